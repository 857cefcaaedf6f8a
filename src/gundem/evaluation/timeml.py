"""Read TimeML (TempEval-3) documents and score time expressions as TempEval-3 does.

A document's text is the content of ``<TEXT>`` with every tag removed; TIMEX3 spans index that
text. The document creation time comes from the CREATION_TIME TIMEX3 (``<DCT>``) and is not
an expression to find. Scores (UzZaman et al. 2013): strict and relaxed span F1 (relaxed: any
overlap), and the attribute F1 of ``value`` and ``type`` over relaxed matches
(P = right attribute / system count, R = right attribute / gold count).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.etree import ElementTree


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    also_accepted: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldName:
    """A named mention of a person, organisation or place (MEANTIME's NAM and PRE.NAM mentions)."""

    start: int
    end: int
    text: str
    type: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: date
    timexes: tuple[GoldTimex, ...]
    names: tuple[GoldName, ...] = ()


def read_timeml(path: Path) -> TimeMLDocument:
    root = ElementTree.fromstring(path.read_bytes())
    dct_node = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    dct_value = (dct_node.get("value") if dct_node is not None else "")[:10]
    text_node = root.find("TEXT")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []

    def walk(node) -> None:
        if node.text:
            pieces.append(node.text)
        for child in node:
            start = sum(map(len, pieces))
            walk(child)
            if child.tag == "TIMEX3":
                end = sum(map(len, pieces))
                surface = "".join(pieces)[start:end]
                timexes.append(GoldTimex(start, end, surface, child.get("type", ""), child.get("value", "")))
            if child.tail:
                pieces.append(child.tail)

    walk(text_node)
    return TimeMLDocument(path.stem, "".join(pieces), date.fromisoformat(dct_value), tuple(timexes))


def read_folder(folder: Path) -> list[TimeMLDocument]:
    """TimeML files, MEANTIME CAT files, or a Gündem gold folder (``<doc>.json`` naming its text)."""
    tml = sorted(folder.rglob("*.tml"))
    if tml:
        return [read_timeml(path) for path in tml]
    cat = sorted(folder.rglob("*.xml"))
    if cat:
        return [document for document in map(read_cat, cat) if document is not None]
    return [_from_gold_json(folder, path) for path in sorted(folder.glob("*.json")) if path.name[:1].isdigit()]


# Tokens written without a space before them when a tokenised text is put back together.
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "%", "'s", "'", "n't", "''", "'re", "'ve", "'ll", "'d", "'m"})
NO_SPACE_AFTER = frozenset({"(", "$", "``", "#"})


def read_cat(path: Path) -> TimeMLDocument | None:
    """A MEANTIME (NewsReader CAT) document: tokens, then TIMEX3 markables anchored to them. The
    text is the tokens put back together, one sentence per line, up to the last sentence holding
    any markable (MEANTIME annotates the title, the dateline and the first four sentences, so
    the rest would count as false positives). The creation time's markable is the dateline in
    the text, so it is an expression to find like any other. A document without a creation time
    (two of MEANTIME's 120) cannot be normalised against anything and is left out (None)."""
    root = ElementTree.fromstring(path.read_bytes())
    sentence_of = {token.get("t_id"): int(token.get("sentence")) for token in root.iter("token")}
    markables = root.find("Markables")
    anchored = [sentence_of[a.get("t_id")] for a in (markables.iter("token_anchor") if markables is not None else ()) if a.get("t_id") in sentence_of]
    last_annotated = max(anchored, default=-1)  # MEANTIME annotates the title, dateline and first sentences only
    pieces: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    cursor, sentence, previous = 0, None, ""
    for token in root.iter("token"):
        if int(token.get("sentence")) > last_annotated:
            break
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            pieces.append("\n")
            cursor += 1
        elif pieces and word not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER:
            pieces.append(" ")
            cursor += 1
        spans[token.get("t_id")] = (cursor, cursor + len(word))
        pieces.append(word)
        cursor += len(word)
        sentence, previous = token.get("sentence"), word
    text = "".join(pieces)
    timexes, dct = [], None
    for node in root.iter("TIMEX3"):
        anchors = [spans[a.get("t_id")] for a in node.iter("token_anchor") if a.get("t_id") in spans]
        if node.get("functionInDocument") == "CREATION_TIME":
            dct = node.get("value", "")[:10]
        if anchors:
            start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
            timexes.append(GoldTimex(start, end, text[start:end], node.get("type", ""), node.get("value", "")))
    if not dct:
        return None
    names = _cat_names(root, markables, spans, text)
    return TimeMLDocument(path.stem, text, _creation_date(dct), tuple(sorted(timexes, key=lambda t: t.start)), names)


NAMED_MENTIONS = ("NAM", "PRE.NAM")  # "Apple" alone, and "Apple" in "Apple CEO"
NAME_TYPES_KEPT = ("PER", "ORG", "LOC")  # MEANTIME's products (PRO), money (FIN) and mixed (MIX) are no names Gündem tags
_LEADING_ARTICLE = ("the ", "The ")


def _cat_names(root, markables, spans: dict[str, tuple[int, int]], text: str) -> tuple[GoldName, ...]:
    """The named mentions of people, organisations and places, typed by the entity each refers
    to. A leading article and trailing punctuation stay outside the span (``the US`` is ``US``,
    ``Apple Inc.,`` is ``Apple Inc.``), as names are tagged in the CoNLL corpora."""
    if markables is None:
        return ()
    entity_type = {node.get("m_id"): node.get("ent_type") for node in markables.iter("ENTITY")}
    refers = {source.get("m_id"): entity_type.get(link.find("target").get("m_id"))
              for link in root.iter("REFERS_TO") for source in link.iter("source")}
    names = []
    for node in markables.iter("ENTITY_MENTION"):
        kind = refers.get(node.get("m_id"))
        anchors = [spans[a.get("t_id")] for a in node.iter("token_anchor") if a.get("t_id") in spans]
        if node.get("syntactic_type") not in NAMED_MENTIONS or kind not in NAME_TYPES_KEPT or not anchors:
            continue
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        if text.startswith(_LEADING_ARTICLE, start) and end - start > 4:
            start += 4
        while end > start and text[end - 1] in ",;:'\"":
            end -= 1
        names.append(GoldName(start, end, text[start:end], kind))
    return tuple(sorted(set(names), key=lambda n: (n.start, n.end)))


def _creation_date(value: str) -> date:
    """ISO, or day-month-year as one MEANTIME document writes it ("03-02-2009" for 3 February)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        day, month, year = (int(part) for part in value.split("-"))
        return date(year, month, day)


def _from_gold_json(folder: Path, path: Path) -> TimeMLDocument:
    import json

    gold = json.loads(path.read_text(encoding="utf-8"))
    text = list((folder.parent / gold["file"]).read_text(encoding="utf-8"))
    for span in gold.get("ignore", []):  # metadata lines, as the reader masks them
        text[span["start"]:span["end"]] = " " * (span["end"] - span["start"])
    timexes = tuple(GoldTimex(t["start"], t["end"], t["text"], t["type"], t["value"], tuple(t.get("also_accepted", ())))
                    for t in gold["timexes"])
    text = "".join(text)
    return TimeMLDocument(gold["doc"], text, date.fromisoformat(gold["dct"]), timexes)


def language_of(folder: Path) -> str:
    return "en" if any(folder.rglob("*.tml")) or any(folder.rglob("*.xml")) else "tr"


def evaluate(documents: list[TimeMLDocument], tag) -> dict:
    """``tag(text, dct)`` returns objects with start, end, type, value."""
    counts = dict.fromkeys(("system", "gold", "strict_p", "strict_r", "relaxed_p", "relaxed_r", "value", "type"), 0)
    started = time.perf_counter()
    wrong_values = []
    for document in documents:
        predicted = list(tag(document.text, document.dct))
        gold = document.timexes
        counts["system"] += len(predicted)
        counts["gold"] += len(gold)
        counts["strict_p"] += sum(any((p.start, p.end) == (g.start, g.end) for g in gold) for p in predicted)
        counts["strict_r"] += sum(any((p.start, p.end) == (g.start, g.end) for p in predicted) for g in gold)
        counts["relaxed_r"] += sum(any(_overlap(p, g) for p in predicted) for g in gold)
        for p in predicted:
            match = next((g for g in gold if _overlap(p, g)), None)
            if match is None:
                continue
            counts["relaxed_p"] += 1
            counts["value"] += p.value in (match.value, *match.also_accepted)
            counts["type"] += p.type == match.type
            if p.value != match.value and len(wrong_values) < 400:
                wrong_values.append({"doc": document.name, "text": match.text, "gold": match.value, "system": p.value})
    elapsed = time.perf_counter() - started
    return {
        "documents": len(documents), "gold": counts["gold"], "system": counts["system"],
        "strict_f1": _f1(counts["strict_p"], counts["system"], counts["strict_r"], counts["gold"]),
        "relaxed_precision": round(_ratio(counts["relaxed_p"], counts["system"]), 4),
        "relaxed_recall": round(_ratio(counts["relaxed_r"], counts["gold"]), 4),
        "relaxed_f1": _f1(counts["relaxed_p"], counts["system"], counts["relaxed_r"], counts["gold"]),
        "value_f1": _f1(counts["value"], counts["system"], counts["value"], counts["gold"]),
        "type_f1": _f1(counts["type"], counts["system"], counts["type"], counts["gold"]),
        "seconds": round(elapsed, 3), "documents_per_second": round(len(documents) / elapsed, 1) if elapsed else None,
        "wrong_values": wrong_values,
    }


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(tp_p: int, system: int, tp_r: int, gold: int) -> float:
    precision, recall = _ratio(tp_p, system), _ratio(tp_r, gold)
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
