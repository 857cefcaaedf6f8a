"""Analysed articles as annotation documents (the format of docs/format.md)."""
from __future__ import annotations

from gundem.merge.entities import CanonicalEntity
from gundem.model import AnalysedArticle, Timex

FORMAT_VERSION = 1


def document(analysed: AnalysedArticle, entity_ids: list[str], entities: dict[str, CanonicalEntity]) -> dict:
    """``entity_ids[i]`` is the canonical id of the article's local entity (mention cluster) ``i``."""
    article, notes = analysed.article, analysed.annotations
    text = article.text
    doc = {
        "format": FORMAT_VERSION,
        "doc": article.doc,
        "lang": article.lang,
        "dct": article.dct.isoformat() if article.dct else None,
        "published": article.published.isoformat(timespec="minutes") if article.published else None,
        "title": article.title,
        "source": article.source,
        "site_suffix": article.site_suffix,
        "tags": list(article.tags),
        "url": article.url,
        "path": article.path,
        "stages_run": list(notes.stages_run),
        "stages_absent": list(notes.stages_absent),
        "warnings": list(article.warnings),
        "masked": [{"start": r.start, "end": r.end, "reason": r.reason} for r in article.masked],
    }
    if "entities" in notes.stages_run:
        doc["mentions"] = [
            {"start": m.start, "end": m.end, "text": text[m.start:m.end], "type": m.type,
             "entity": entity_ids[m.cluster], "origin": m.origin}
            for m in notes.mentions
        ]
        used = sorted({entity_ids[m.cluster] for m in notes.mentions})
        doc["entities"] = {id_: entities[id_].as_dict() for id_ in used}
    if "time" in notes.stages_run:
        doc["timexes"] = [timex_dict(t) for t in notes.timexes]
    for key in ("quotes", "indirect_speech"):
        if "quotes" in notes.stages_run:
            doc[key] = getattr(notes, key)
    if "events" in notes.stages_run:
        doc["events"] = notes.events
    return doc


def timex_dict(timex: Timex) -> dict:
    data = {"start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type, "value": timex.value}
    if timex.mod:
        data["mod"] = timex.mod
    if timex.interval:
        data["interval"] = list(timex.interval)
    if timex.also_accepted:
        data["also_accepted"] = list(timex.also_accepted)
    if timex.note:
        data["note"] = timex.note
    if timex.calendar_warning:
        data["calendar_warning"] = timex.calendar_warning
    return data
