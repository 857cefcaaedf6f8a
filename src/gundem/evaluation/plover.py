"""English events on PLOVER's gold standard records (``plover-gsr``): event types and the countries
of their source and target actors.

Each record is one or two English sentences, read as an article of its own, with one coded
event: its type and its source and target actors, each with a country code (ISO 3166 alpha-3,
or ``IGO`` for an international organisation). The records use the 2016 ontology; its
DISAPPROVE and INVESTIGATE are ACCUSE in the current one, FIGHT is ASSAULT, and a kidnapping
coded COERCE (mode detain) is ASSAULT (abduct, CAMEO 181 in the 2021 conversion table), as the
trigger tables have them. Scores:

- type: a record's gold type among the types of the events found in it (recall), and each
  type found that is not the record's (precision; a sentence telling two acts is charged for
  the second, so precision is a lower bound);
- actors: for each record whose type was found, the gold (role, country) pairs against those of
  the events of that type found in it, a symmetric event's parties standing for both roles.

The suggested split (the benchmark's README): records whose number ``n % 5 == 1`` are the
development set, the others the test set.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from gundem.evaluation.gold import PRF
from gundem.model import Article

CURRENT_TYPE = {"DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
ABDUCTION = re.compile(r"kidnap|abduct|hijack|hostage", re.IGNORECASE)  # in the record's eventText
CODE_SPELLINGS = {"ITL": "ITA", "JAP": "JPN"}  # the records' own codes for Italy and Japan
INTERNATIONAL = "IGO"


def read_records(path: Path, split: str) -> list[dict]:
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") not in (None, "DOCUMENT") and r.get("text")]
    development = [r for r in records if int(r["id"].rsplit("-", 1)[1]) % 5 == 1]
    return development if split == "dev" else [r for r in records if r not in development] if split == "test" else records


def evaluate_plover(path: Path, split: str = "dev", use_model: bool = True) -> dict:
    from gundem.core import Analyser

    analyser = Analyser(use_model=use_model)
    counts: Counter[str] = Counter()
    for record in read_records(path, split):
        article = Article(doc=record["id"], text=record["text"].strip("{} "), dct=_date(record), lang="en")
        document = analyser.annotate_one(article)
        _score(record, document, counts)
    result = {"file": str(path), "split": split, "records": counts["records"]}
    for name in ("type", "actors"):
        hits = counts[f"{name}_hits"]
        result[name] = PRF(hits, counts[f"{name}_pred"], hits, counts[f"{name}_gold"]).as_dict()
    return result


def _date(record: dict) -> date:
    try:
        return date.fromisoformat(record.get("date", ""))
    except ValueError:
        return date(2000, 1, 1)


def current_type(record: dict) -> str:
    """The record's type in the current ontology."""
    if record["event"] == "COERCE" and ABDUCTION.search(record.get("eventText", "")):
        return "ASSAULT"
    return CURRENT_TYPE.get(record["event"], record["event"])


def _score(record: dict, document: dict, counts: Counter[str]) -> None:
    gold_type = current_type(record)
    events = document.get("events", [])
    found_types = {event["type"] for event in events}
    counts["records"] += 1
    counts["type_gold"] += 1
    counts["type_hits"] += gold_type in found_types
    counts["type_pred"] += len(found_types)
    gold = {(role, code) for role in ("source", "target") for actor in _actors(record, role) if (code := _code(actor.get("code")))}
    counts["actors_gold"] += len(gold)
    if gold_type not in found_types:
        return
    found = set()
    for event in (e for e in events if e["type"] == gold_type):
        for role, members in event["participants"].items():
            codes = {_entity_code(document["entities"].get(member, {})) for member in members} - {None}
            roles = ("source", "target") if role == "parties" else (role,) if role in ("source", "target") else ()
            found |= {(each, code) for each in roles for code in codes}
    counts["actors_pred"] += len(found)
    counts["actors_hits"] += len(found & gold)


def _actors(record: dict, role: str) -> list[dict]:
    """A record's actors in a role; some records write an empty string (or a word) there instead
    of a list: no coded actor."""
    actors = record.get(role) or []
    return [actor for actor in actors if isinstance(actor, dict)] if isinstance(actors, list) else []


def _code(code: str | None) -> str | None:
    if not code or not code.isalpha() or len(code) != 3:
        return None
    code = code.upper()
    return CODE_SPELLINGS.get(code, code)


def _entity_code(entity: dict) -> str | None:
    """An entity's country, or ``IGO`` for an international organisation the tables know."""
    if entity.get("country"):
        return entity["country"]
    return INTERNATIONAL if entity.get("kind") == "international organisation" else None


def format_plover(result: dict) -> str:
    lines = [f"{result['file']}: {result['records']} records ({result['split']})", "layer   P      R      F1     gold  predicted"]
    for name in ("type", "actors"):
        r = result[name]
        lines.append(f"{name:<7} {r['precision']:.3f}  {r['recall']:.3f}  {r['f1']:.3f}  {r['gold']:<5} {r['predicted']}")
    return "\n".join(lines)
