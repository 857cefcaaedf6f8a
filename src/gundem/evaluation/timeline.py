"""Score a merged timeline against ../shared/gold/timeline.json (rules in the gold README).

Gold timeline events carry no participants; they are read from the per-article gold events
with the same id. A system event matches a gold event of the same type with the same set of
participant countries (failing that, the largest overlap); then its date must equal the gold
date and its sources must include every article the gold lists.
"""
from __future__ import annotations

import json
from pathlib import Path


def gold_timeline(folder: Path) -> list[dict]:
    """The gold folder's timeline, with each event's participant countries (``timeline.json``
    itself may be given: its folder is read)."""
    folder = folder.parent if folder.is_file() else folder
    timeline = json.loads((folder / "timeline.json").read_text(encoding="utf-8"))
    entities = json.loads((folder / "entities.json").read_text(encoding="utf-8"))
    countries: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "events" in data:
            for event in data["events"]:
                found = {entities[i]["country"] for ids in event["participants"].values() for i in ids if entities[i]["country"]}
                countries.setdefault(event["id"], set()).update(found)
    return [dict(event, countries=sorted(countries.get(event["id"], ()))) for event in timeline]


def score_timeline(gold: list[dict], system: list[dict]) -> dict:
    used: set[int] = set()
    matched = dates = sources = 0
    details = []
    for event in gold:
        wanted = set(event["countries"])
        options = [(i, s) for i, s in enumerate(system) if i not in used and s["type"] == event["type"]]
        scored = sorted(options, key=lambda o: (-(set(_countries(o[1])) == wanted), -len(set(_countries(o[1])) & wanted), o[0]))
        if not scored or not set(_countries(scored[0][1])) & wanted and wanted:
            details.append({"gold": event["id"], "matched": None})
            continue
        index, found = scored[0]
        used.add(index)
        matched += 1
        date_ok = found.get("date") == event["date"]
        docs_ok = set(event["docs"]) <= set(found.get("docs", []))
        dates += date_ok
        sources += docs_ok
        details.append({"gold": event["id"], "matched": found["id"], "date": found.get("date"), "date_ok": date_ok,
                        "docs_ok": docs_ok})
    precision = matched / len(system) if system else 0.0
    recall = matched / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "date_accuracy": round(dates / matched, 4) if matched else 0.0,
        "sources_complete": round(sources / matched, 4) if matched else 0.0,
        "gold": len(gold), "system": len(system), "details": details,
    }


def _countries(event: dict) -> list[str]:
    return sorted({c for cs in event.get("countries", {}).values() for c in cs})
