"""Score annotation documents against the gold folder (rules in ../shared/gold/README.md)."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from gundem.model import NAME_TYPES


@dataclass(frozen=True, slots=True)
class PRF:
    tp_precision: int  # predictions that are hits
    predicted: int
    tp_recall: int  # gold items that are found
    gold: int

    @property
    def precision(self) -> float:
        return self.tp_precision / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp_recall / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "predicted": self.predicted, "gold": self.gold}


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def load_gold(folder: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    docs = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "doc" in data and "mentions" in data:
            docs[data["doc"]] = data
    entities_path = folder / "entities.json"
    entities = json.loads(entities_path.read_text(encoding="utf-8")) if entities_path.exists() else {}
    return docs, entities


def score(gold_docs: dict[str, dict], gold_entities: dict[str, dict], system_docs: list[dict]) -> dict:
    system = {doc["doc"]: doc for doc in system_docs if doc.get("doc") in gold_docs}
    missing = sorted(set(gold_docs) - set(system))
    result = {"documents": {"gold": len(gold_docs), "scored": len(system), "missing": missing}}
    pairs = [(gold_docs[name], system.get(name, {})) for name in sorted(gold_docs)]
    mentions, hits = _mentions(pairs)
    result["mentions_strict"], result["mentions_relaxed"] = mentions
    mapping = _entity_mapping(hits)
    result["linking_b3"] = _b_cubed(hits)
    result["entity_country"] = _countries(pairs, mapping, gold_entities)
    result["time"], result["time_value_accuracy"] = _time(pairs)
    result["quotes"], result["quote_speaker_accuracy"] = _quotes(pairs, mapping)
    result["events"], result["event_fields"] = _events(pairs, mapping, gold_entities)
    result["stages_absent"] = sorted({stage for _, doc in pairs for stage in doc.get("stages_absent", [])})
    return result


# -- mentions and entities -------------------------------------------------------------------

def _mentions(pairs) -> tuple[tuple[dict, dict], list[tuple[str, str, str]]]:
    counts = Counter()
    hits = []  # (doc, gold entity, system entity) for every relaxed hit
    for gold, doc in pairs:
        ignore = gold.get("ignore", [])
        # groups with no name (the police) are no named-entity mentions: the gold has only names
        predicted = [m for m in doc.get("mentions", []) if m["type"] in NAME_TYPES and not any(_overlap(m, span) for span in ignore)]
        counts["predicted"] += len(predicted)
        counts["gold"] += len(gold["mentions"])
        strict_keys = {(m["start"], m["end"], m["type"]) for m in gold["mentions"]}
        counts["strict_p"] += sum((m["start"], m["end"], m["type"]) in strict_keys for m in predicted)
        predicted_keys = {(m["start"], m["end"], m["type"]) for m in predicted}
        counts["strict_r"] += sum((m["start"], m["end"], m["type"]) in predicted_keys for m in gold["mentions"])
        for mention in predicted:
            match = next((g for g in gold["mentions"] if g["type"] == mention["type"] and _overlap(g, mention)), None)
            if match is not None:
                counts["relaxed_p"] += 1
                hits.append((gold["doc"], match["entity"], mention.get("entity")))
        counts["relaxed_r"] += sum(
            any(m["type"] == g["type"] and _overlap(m, g) for m in predicted) for g in gold["mentions"]
        )
    strict = PRF(counts["strict_p"], counts["predicted"], counts["strict_r"], counts["gold"])
    relaxed = PRF(counts["relaxed_p"], counts["predicted"], counts["relaxed_r"], counts["gold"])
    return (strict.as_dict(), relaxed.as_dict()), hits


def _entity_mapping(hits) -> dict[str, str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for _, gold_entity, system_entity in hits:
        votes[system_entity][gold_entity] += 1
    return {system_entity: counter.most_common(1)[0][0] for system_entity, counter in votes.items()}


def _b_cubed(hits) -> dict:
    if not hits:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "mentions": 0}
    by_gold: dict[str, list[int]] = defaultdict(list)
    by_system: dict[str, list[int]] = defaultdict(list)
    for index, (_, gold_entity, system_entity) in enumerate(hits):
        by_gold[gold_entity].append(index)
        by_system[system_entity].append(index)
    precision = recall = 0.0
    for _, gold_entity, system_entity in hits:
        gold_set, system_set = set(by_gold[gold_entity]), set(by_system[system_entity])
        shared = len(gold_set & system_set)
        precision += shared / len(system_set)
        recall += shared / len(gold_set)
    precision, recall = precision / len(hits), recall / len(hits)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "mentions": len(hits)}


def _countries(pairs, mapping, gold_entities) -> dict:
    checked = right = 0
    wrong = []
    seen = set()
    for _, doc in pairs:
        for entity_id, entity in doc.get("entities", {}).items():
            gold_id = mapping.get(entity_id)
            if gold_id is None or gold_id not in gold_entities or entity_id in seen:
                continue
            seen.add(entity_id)
            checked += 1
            if entity.get("country") == gold_entities[gold_id]["country"]:
                right += 1
            else:
                wrong.append({"entity": entity_id, "gold": gold_id, "country": entity.get("country"),
                              "expected": gold_entities[gold_id]["country"]})
    return {"accuracy": round(right / checked, 4) if checked else 0.0, "checked": checked, "wrong": wrong}


# -- time, quotes, events ----------------------------------------------------------------------

def _time(pairs) -> tuple[dict, dict]:
    predicted = gold_total = hits_p = hits_r = 0
    valued = right = 0
    wrong = []
    for gold, doc in pairs:
        system = doc.get("timexes", [])
        predicted += len(system)
        gold_total += len(gold["timexes"])
        hits_p += sum(any(_overlap(t, g) for g in gold["timexes"]) for t in system)
        for g in gold["timexes"]:
            match = next((t for t in system if _overlap(t, g)), None)
            if match is None:
                continue
            hits_r += 1
            valued += 1
            if _same_time(match, g):
                right += 1
            else:
                wrong.append({"doc": gold["doc"], "text": g.get("text"), "value": match.get("value"), "expected": g["value"]})
    prf = PRF(hits_p, predicted, hits_r, gold_total).as_dict()
    return prf, {"accuracy": round(right / valued, 4) if valued else 0.0, "hits": valued, "wrong": wrong}


def _same_time(system: dict, gold: dict) -> bool:
    accepted = {gold["value"], *gold.get("also_accepted", [])}
    if system.get("value") in accepted:
        return True
    return bool(gold.get("interval")) and system.get("interval") == gold["interval"]


def _quotes(pairs, mapping) -> tuple[dict, dict]:
    predicted = gold_total = hits_p = hits_r = speakers = 0
    for gold, doc in pairs:
        system = doc.get("quotes", [])
        predicted += len(system)
        gold_total += len(gold["quotes"])
        hits_p += sum(any(_overlap(q, g) * 2 >= g["end"] - g["start"] for g in gold["quotes"]) for q in system)
        for g in gold["quotes"]:
            match = next((q for q in system if _overlap(q, g) * 2 >= g["end"] - g["start"]), None)
            if match is not None:
                hits_r += 1
                speakers += mapping.get(match.get("speaker")) == g["speaker"]
    return PRF(hits_p, predicted, hits_r, gold_total).as_dict(), {
        "accuracy": round(speakers / hits_r, 4) if hits_r else 0.0, "hits": hits_r,
    }


def _countries_of(participants: dict, resolve) -> set[str]:
    return {country for ids in participants.values() for id_ in ids if (country := resolve(id_))}


def _country_lookup(entities: dict):
    return lambda id_: (entities.get(id_) or {}).get("country")


def _events(pairs, mapping, gold_entities) -> tuple[dict, dict]:
    predicted = gold_total = matched = 0
    fields = Counter()
    gold_country = _country_lookup(gold_entities)
    for gold, doc in pairs:
        system = doc.get("events", [])
        system_country = _country_lookup(doc.get("entities", {}))
        predicted += len(system)
        gold_total += len(gold["events"])
        used = set()
        for g in gold["events"]:
            candidates = [i for i, e in enumerate(system) if i not in used and e.get("type") == g["type"]]
            match = next((i for i in candidates if any(_overlap(a, b) for a in system[i].get("evidence", []) for b in g["evidence"])), None)
            if match is None:
                wanted = _countries_of(g["participants"], gold_country)
                match = next((i for i in candidates if wanted and wanted & _countries_of(system[i].get("participants", {}), system_country)), None)
            if match is None:
                continue
            used.add(match)
            matched += 1
            event = system[match]
            fields["status"] += event.get("status") == g["status"]
            fields["date"] += event.get("date") == g["date"]
            fields["location"] += gold_country(g["location"]) == system_country(event.get("location")) if g["location"] else event.get("location") is None
            fields["participants"] += _countries_of(g["participants"], gold_country) == _countries_of(event.get("participants", {}), system_country)
    prf = PRF(matched, predicted, matched, gold_total).as_dict()
    agreement = {name: round(fields[name] / matched, 4) if matched else 0.0 for name in ("status", "date", "location", "participants")}
    return prf, agreement


def format_table(result: dict) -> str:
    rows = [("layer", "P", "R", "F1", "other")]
    for name in ("mentions_strict", "mentions_relaxed", "time", "quotes", "events"):
        r = result[name]
        rows.append((name, f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}", f"pred {r['predicted']} / gold {r['gold']}"))
    b3 = result["linking_b3"]
    rows.append(("linking (B-cubed)", f"{b3['precision']:.3f}", f"{b3['recall']:.3f}", f"{b3['f1']:.3f}", f"{b3['mentions']} hit mentions"))
    rows.append(("entity country", "", "", "", f"accuracy {result['entity_country']['accuracy']:.3f} of {result['entity_country']['checked']}"))
    rows.append(("time value", "", "", "", f"accuracy {result['time_value_accuracy']['accuracy']:.3f} of {result['time_value_accuracy']['hits']}"))
    rows.append(("quote speaker", "", "", "", f"accuracy {result['quote_speaker_accuracy']['accuracy']:.3f} of {result['quote_speaker_accuracy']['hits']}"))
    fields = ", ".join(f"{k} {v:.3f}" for k, v in result["event_fields"].items())
    rows.append(("event fields", "", "", "", fields))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    if result["stages_absent"]:
        lines.append(f"stages absent from the system output (scored as nothing found): {', '.join(result['stages_absent'])}")
    if result["documents"]["missing"]:
        lines.append(f"gold documents missing from the system output: {', '.join(result['documents']['missing'])}")
    return "\n".join(lines)
