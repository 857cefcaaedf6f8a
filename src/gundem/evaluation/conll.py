"""Read token-per-line NER corpora (IOB1 or IOB2) into sentences with character spans.

Both Turkish corpora keep case suffixes inside the token (``Erdoğan'ın I-PER``). Gündem's
spans stop at the apostrophe, so each sentence is rebuilt as text (tokens joined by one space)
and entity spans are trimmed before the suffix of their last token.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gundem.analysis.text import strip_suffix

# Corpus labels mapped to Gündem's three types; anything else is not a named entity here.
TYPE_MAP = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC",
}


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str
    token_offsets: tuple[tuple[int, int], ...]
    entities: tuple[tuple[int, int, str], ...]  # (start, end, type), end-exclusive


def read_conll(path: Path, split_at_suffix: bool = False) -> list[GoldSentence]:
    """Sentences of a token-per-line file. IOB1 without B- tags glues two names that touch
    (``Almanya'da Türkiye``: one LOC run); ``split_at_suffix`` ends a run after any token that
    carries an apostrophe suffix, since a Turkish case suffix always closes a name."""
    sentences: list[GoldSentence] = []
    rows: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if rows:
                    sentences.append(_sentence(rows))
                    rows = []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            rows.append((parts[0], parts[-1]))
    if rows:
        sentences.append(_sentence(rows))
    return [_split_glued(sentence) for sentence in sentences] if split_at_suffix else sentences


def _split_glued(sentence: GoldSentence) -> GoldSentence:
    entities = []
    for start, end, kind in sentence.entities:
        for first, last in sentence.token_offsets:
            token = sentence.text[first:last]
            if start <= first and last < end and strip_suffix(token) != token:
                entities.append((start, first + len(strip_suffix(token)), kind))
                start = next(f for f, _ in sentence.token_offsets if f > first)
        entities.append((start, end, kind))
    return GoldSentence(sentence.text, sentence.token_offsets, tuple(entities))


def _sentence(rows: list[tuple[str, str]]) -> GoldSentence:
    offsets: list[tuple[int, int]] = []
    cursor = 0
    for token, _ in rows:
        offsets.append((cursor, cursor + len(token)))
        cursor += len(token) + 1
    text = " ".join(token for token, _ in rows)
    entities = []
    for first, last, label in _chunks([tag for _, tag in rows]):
        kind = TYPE_MAP.get(label)
        if kind is None:
            continue
        start = offsets[first][0]
        last_token = rows[last][0]
        end = offsets[last][0] + len(strip_suffix(last_token))
        entities.append((start, end, kind))
    return GoldSentence(text, tuple(offsets), tuple(entities))


def _chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, label) token runs; a B- tag or a label change starts a new run (IOB1 and IOB2)."""
    chunks: list[tuple[int, int, str]] = []
    open_label: str | None = None
    for index, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if tag == "O" or not label:
            open_label = None
            continue
        if prefix == "B" or label != open_label:
            chunks.append((index, index, label))
        else:
            first, _, _ = chunks[-1]
            chunks[-1] = (first, index, label)
        open_label = label
    return chunks
