"""Score the counts of events (dead, injured, detained, arrested, crowd size) against a gold folder.

A gold folder holds articles (``*.txt``) and ``gold.json``: per article (file stem), the counts
a careful reader takes from it, each with the type of the act it counts, its kind, its value
and its qualifier. A system count is a hit when a gold count of the same article agrees on all
four (strict), or on kind and value alone (value); each gold count is matched once.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from gundem.evaluation.gold import PRF

STRICT = ("event", "kind", "value", "qualifier")
VALUE = ("kind", "value")


def load_count_gold(folder: Path) -> dict[str, list[dict]]:
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))["counts"]


def system_counts(document: dict) -> list[dict]:
    return [dict(count, event=event["type"]) for event in document.get("events", []) for count in event.get("counts", [])]


def score_counts(gold: dict[str, list[dict]], system: dict[str, list[dict]]) -> dict:
    result = {"documents": len(gold)}
    for name, fields in (("strict", STRICT), ("value", VALUE)):
        result[name] = _matched(gold, system, fields).as_dict()
    kinds = sorted({c["kind"] for counts in gold.values() for c in counts} | {c["kind"] for counts in system.values() for c in counts})
    result["per_kind"] = {kind: _matched(_only(gold, kind), _only(system, kind), STRICT).as_dict() for kind in kinds}
    errors = ({"doc": doc, "missed": _keys(gold.get(doc, []), system.get(doc, []), STRICT),
               "spurious": _keys(system.get(doc, []), gold.get(doc, []), STRICT)} for doc in sorted(set(gold) | set(system)))
    result["errors"] = [error for error in errors if error["missed"] or error["spurious"]]
    return result


def _only(counts: dict[str, list[dict]], kind: str) -> dict[str, list[dict]]:
    return {doc: [c for c in found if c["kind"] == kind] for doc, found in counts.items()}


def _matched(gold: dict[str, list[dict]], system: dict[str, list[dict]], fields: tuple[str, ...]) -> PRF:
    hits = predicted = total = 0
    for doc in set(gold) | set(system):
        mine = Counter(tuple(c[f] for f in fields) for c in system.get(doc, []))
        theirs = Counter(tuple(c[f] for f in fields) for c in gold.get(doc, []))
        hits += sum((mine & theirs).values())
        predicted += sum(mine.values())
        total += sum(theirs.values())
    return PRF(hits, predicted, hits, total)


def _keys(these: list[dict], those: list[dict], fields: tuple[str, ...]) -> list[str]:
    left = Counter(tuple(c[f] for f in fields) for c in these) - Counter(tuple(c[f] for f in fields) for c in those)
    return [" ".join(str(part) for part in key) for key in sorted(left.elements(), key=str)]


def format_counts(result: dict) -> str:
    lines = [f"counts over {result['documents']} articles"]
    for name in ("strict", "value"):
        r = result[name]
        lines.append(f"  {name:<8} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  (system {r['predicted']}, gold {r['gold']})")
    for kind, r in result["per_kind"].items():
        lines.append(f"    {kind:<9} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  (system {r['predicted']}, gold {r['gold']})")
    for error in result["errors"]:
        lines.append(f"  {error['doc']}: missed {error['missed'] or '-'}; spurious {error['spurious'] or '-'}")
    return "\n".join(lines)
