"""Analysed articles as annotation documents (the format of docs/format.md)."""
from __future__ import annotations

from gundem.analysis.linking import LocalEntity
from gundem.merge.entities import CanonicalEntity
from gundem.model import HEAD_WORD, AnalysedArticle, Timex

FORMAT_VERSION = 1


def document(analysed: AnalysedArticle, entity_ids: list[str], entities: dict[str, CanonicalEntity]) -> dict:
    """``entity_ids[i]`` is the canonical id of the article's local entity (mention cluster) ``i``."""
    article, notes = analysed.article, analysed.annotations
    text = article.text
    told = entities_as_told(notes.entities, entity_ids, entities)
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
            for m in notes.mentions if m.origin != HEAD_WORD  # "Bakanlığın": the body named again by a word, no name to list
        ]
        used = sorted({entity_ids[m.cluster] for m in notes.mentions})
        doc["entities"] = {id_: told[id_] for id_ in used}
    if "time" in notes.stages_run:
        doc["timexes"] = [timex_dict(t) for t in notes.timexes]
    speaker = lambda cluster: entity_ids[cluster] if cluster is not None else None
    if "quotes" in notes.stages_run:
        doc["quotes"] = [
            {"start": q.start, "end": q.end, "text": q.text, "speaker": speaker(q.speaker), "cue": q.cue} for q in notes.quotes
        ]
        doc["indirect_speech"] = [
            {"start": r.start, "end": r.end, "cue": r.cue, "speaker": speaker(r.speaker)} for r in notes.indirect_speech
        ]
    if "events" in notes.stages_run:
        doc["events"] = [event_dict(article.doc, number, event, entity_ids, told, text) for number, event in enumerate(notes.events, 1)]
    return doc


def entities_as_told(local: list[LocalEntity], entity_ids: list[str], entities: dict[str, CanonicalEntity]) -> dict[str, dict]:
    """Each canonical entity of the article as the article tells it: with the role its own text
    gives (``Ticaret Bakanı X`` after an earlier article's ``Ankara Milletvekili X``), the run's
    where it gives none. The country stays the run's, which weighs every article's evidence: a
    person's office changes, their country seldom does."""
    told = {id_: entities[id_].as_dict() for id_ in dict.fromkeys(entity_ids)}
    for facts, id_ in reversed(list(zip(local, entity_ids))):  # the first local entity with a role wins
        if facts.role:
            told[id_]["role"] = facts.role
    return told


def event_dict(doc_id: str, number: int, event, entity_ids: list[str], entities: dict[str, dict], text: str) -> dict:
    # two local entities the run links to one ("Ulusal Kurtuluş Ordusu (ELN)" and a later bare "ELN") are listed once
    participants = {role: list(dict.fromkeys(entity_ids[c] for c in clusters)) for role, clusters in event.participants.items() if clusters}
    data = {
        "id": f"{doc_id}:e{number}",
        "type": event.type,
        "status": event.status,
        **event_date(event),
        "location": entity_ids[event.location] if event.location is not None else None,
        "participants": participants,
        "countries": {
            role: sorted({entities[id_]["country"] for id_ in ids if entities[id_]["country"]}) for role, ids in participants.items()
        },
        "evidence": [{"start": s, "end": e, "text": text[s:e]} for s, e in event.evidence],
    }
    if event.counts:
        data["counts"] = [{"kind": c.kind, "value": c.value, "qualifier": c.qualifier, "start": c.start, "end": c.end,
                           "text": text[c.start:c.end]} for c in event.counts]
    return data


def event_date(event) -> dict:
    """The event's date. A relative expression whose reference day is uncertain (``bugün`` just
    after midnight) dates a past event by its likelier reading, keeping the other as alternative."""
    timex = event.date
    if timex is None:
        return {"date": None, "interval": None}
    basis = {"date_text": timex.text, "date_kind": "explicit" if timex.anchored else "relative"}
    if timex.also_accepted and event.status == "occurred":
        alternative = timex.also_accepted[0]
        return {"date": alternative, "interval": [alternative, alternative], "date_alternatives": [timex.value],
                "date_note": timex.note, **basis, "date_kind": "uncertain"}
    value = timex.value[:10] if timex.type == "TIME" and timex.interval else timex.value  # events are dated to the day
    return {"date": value, "interval": list(timex.interval) if timex.interval else None, **basis}


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
