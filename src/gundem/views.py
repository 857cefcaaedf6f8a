"""Timelines as text: table, Markdown, JSON (the shape of ../shared/gold/timeline.json) and HTML."""
from __future__ import annotations

import html
import json

FORMATS = ("table", "markdown", "json", "html")


def precision_of(date: str | None) -> str:
    if not date:
        return "none"
    if "W" in date:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "other")


def describe(event: dict, entities: dict[str, dict]) -> str:
    """One line: who did what to or with whom, where."""
    name = lambda id_: (entities.get(id_) or {}).get("name", id_)
    parts = event.get("participants", {})
    if parts.get("parties"):
        who = " – ".join(name(i) for i in parts["parties"])
    else:
        named_in_a_role = set(parts.get("target", [])) | set(parts.get("mediator", []))
        # persons: named, role unknown (but not the target or mediator again: "? → X" when X is the one arrested)
        actors = parts.get("source", []) or [i for i in parts.get("persons", []) if i not in named_in_a_role]
        who = ", ".join(name(i) for i in actors) or "?"
        if parts.get("target"):
            who += " → " + ", ".join(name(i) for i in parts["target"])
    if parts.get("mediator"):
        who += " (via " + ", ".join(name(i) for i in parts["mediator"]) + ")"
    place = f" in {name(event['location'])}" if event.get("location") else ""
    counts = ", ".join(f"{c['kind']} {count_text(c)}" for c in event.get("counts", []))
    return f"{event['type']} {who}{place}" + (f" ({counts})" if counts else "")


QUALIFIER_SIGNS = {"exact": "", "at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤"}


def count_text(count: dict) -> str:
    """``≥14``, ``>40``, ``~30``, ``100s`` (an order of magnitude: ``yüzlerce``)."""
    if count["qualifier"] == "order_of":
        return f"{count['value']}s"
    return f"{QUALIFIER_SIGNS.get(count['qualifier'], '')}{count['value']}"


def timeline_json(events: list[dict], entities: dict[str, dict]) -> list[dict]:
    rows = []
    for event in events:
        rows.append({
            "id": event["id"], "type": event["type"], "date": event["date"], "date_precision": precision_of(event["date"]),
            "interval": event.get("interval"), "status": event["status"], "location": event.get("location"),
            "location_name": (entities.get(event.get("location")) or {}).get("name") if event.get("location") else None,
            "participants": event["participants"], "countries": event.get("countries", {}), "docs": event["docs"],
            "description": describe(event, entities), "conflicts": [dict(c, text=conflict_text(c)) for c in event.get("conflicts", [])], "story": event.get("story"),
            "evidence": event.get("evidence", []), "counts": event.get("counts", []),
        })
    return rows


def render(events: list[dict], entities: dict[str, dict], fmt: str, title: str = "Timeline") -> str:
    rows = timeline_json(events, entities)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "html":
        return _html(rows, title)
    header = ["date", "precision", "type", "status", "what", "sources", "conflicts"]
    lines = [[r["date"] or "—", r["date_precision"], r["type"], r["status"], r["description"], ", ".join(r["docs"]),
              "; ".join(conflict_text(c) for c in r["conflicts"]) or ""] for r in rows]
    if fmt == "markdown":
        out = [f"## {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(str(row[i])) for row in [header] + lines) for i in range(len(header))]
    return "\n".join("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in [header] + lines)


def conflict_text(conflict: dict) -> str:
    if conflict["field"] == "status":
        return "status: " + ", ".join(f"{v['status']} ({v['doc']})" for v in conflict["values"])
    if "values" in conflict:  # counts: every source's figure
        return f"{conflict['field']}: " + ", ".join(f"{count_text(v)} ({v['doc']})" for v in conflict["values"])
    return f"{conflict['field']}: {conflict['value']} in {conflict['doc']} (chosen {conflict['chosen']})"


def _html(rows: list[dict], title: str) -> str:
    items = "\n".join(
        f"<tr class='{html.escape(r['status'])}'><td>{html.escape(r['date'] or '—')}</td><td>{html.escape(r['type'])}</td>"
        f"<td>{html.escape(r['status'])}</td><td>{html.escape(r['description'])}</td>"
        f"<td>{html.escape(', '.join(r['docs']))}</td><td>{html.escape('; '.join(conflict_text(c) for c in r['conflicts']))}</td></tr>"
        for r in rows
    )
    return (f"<!doctype html><meta charset='utf-8'><title>{html.escape(title)}</title>"
            "<style>body{font-family:sans-serif}td{padding:2px 8px;border-bottom:1px solid #ddd}"
            ".planned,.expected{font-style:italic;color:#555}.conditional{color:#a50}</style>"
            f"<h1>{html.escape(title)}</h1><table><tr><th>date</th><th>type</th><th>status</th><th>what</th>"
            f"<th>sources</th><th>conflicts</th></tr>\n{items}\n</table>")
