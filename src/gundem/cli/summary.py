"""A readable one-article summary for the terminal."""
from __future__ import annotations

from collections import Counter

from gundem.views import describe

QUOTE_WIDTH = 70  # characters of a quote shown in the terminal summary


def summarise(document: dict) -> str:
    title = document.get("title") or "(no title)"
    lines = [f"{document['doc']}  [{document['lang']}]  {document.get('dct')}  {title}"]
    mentions = document.get("mentions")
    if mentions is not None:
        entities = document.get("entities", {})
        counts = Counter(m["entity"] for m in mentions)
        by_type: dict[str, list[str]] = {}
        for entity_id, count in counts.most_common():
            entity = entities[entity_id]
            label = f"{entity['name']}" + (f" ({entity['country']})" if entity.get("country") else "") + (f" ×{count}" if count > 1 else "")
            by_type.setdefault(entity["type"], []).append(label)
        lines.append(f"  {len(mentions)} mentions of {len(counts)} entities")
        for kind in ("PER", "ORG", "LOC", "GROUP"):
            if kind in by_type:
                lines.append(f"    {kind}: " + ", ".join(by_type[kind]))
    for timex in document.get("timexes", []):
        lines.append(f"    time: {timex['text']!r} → {timex['value']}" + (f" (or {', '.join(timex['also_accepted'])})" if timex.get("also_accepted") else ""))
    entities = document.get("entities", {})
    for quote in document.get("quotes", []):
        speaker = (entities.get(quote["speaker"]) or {}).get("name", "unknown speaker")
        text = quote["text"] if len(quote["text"]) <= QUOTE_WIDTH else quote["text"][: QUOTE_WIDTH - 1] + "…"
        lines.append(f"    quote: {speaker}: “{text}”")
    for event in document.get("events", []):
        lines.append(f"    event: {event['date'] or 'undated'} {describe(event, entities)} ({event['status']})")
    if document.get("stages_absent"):
        lines.append(f"  not analysed yet (stages not built): {', '.join(document['stages_absent'])}")
    for warning in document.get("warnings", []):
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)
