"""Tokens, sentences and case folding, all with offsets into the original text.

Turkish attaches case suffixes to proper nouns after an apostrophe (``İran'a``), so the
tokenizer splits there: the name is one token, the suffix (apostrophe included) another.
The same function tokenizes the NER training data, so the model sees what it will meet.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

APOSTROPHES = "'’‘ʼ`"

_TOKEN = re.compile(
    rf"(?P<suffix>(?<=\w)[{APOSTROPHES}]\w+)"  # 'nin, ’a: a suffix glued to the word before
    r"|(?P<number>\d+(?:[.,:]\d+)*)"
    r"|(?P<word>\w+)"
    r"|(?P<other>\S)"
)

# A sentence ends at . ! ? (or … ) followed by space and a capital, a quote or a digit,
# or at a blank line; abbreviations such as "Dr." are not split before a lower-case word.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”»’']?[ \t]+(?=[\"“«‘'(\-–—]?[A-ZÇĞİÖŞÜÂÎÛ0-9])")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # word, number, suffix, other

    @property
    def is_capitalised(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), m.lastgroup or "other")
        for m in _TOKEN.finditer(text, start, end)
    ]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


def sentences(text: str) -> list[Sentence]:
    """Sentence spans of ``text``; a line break always ends a sentence."""
    spans: list[Sentence] = []
    for paragraph in re.finditer(r"[^\n]+", text):  # news text puts one paragraph, title or heading per line
        cursor = paragraph.start()
        for brk in _SENTENCE_BREAK.finditer(text, paragraph.start(), paragraph.end()):
            _append_trimmed(spans, text, cursor, brk.start())
            cursor = brk.end()
        _append_trimmed(spans, text, cursor, paragraph.end())
    return spans


def _append_trimmed(spans: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end))


_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def turkish_lower(text: str) -> str:
    """Lower case with Turkish dotted/dotless i; same length as the input."""
    lowered = text.translate(_TURKISH_LOWER).lower()
    # str.lower() never changes length once İ is mapped by hand, but guard the invariant.
    return lowered if len(lowered) == len(text) else "".join(ch.lower()[:1] for ch in text)


_FOLD_EXTRA = str.maketrans({"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "â": "a", "î": "i", "û": "u"})


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: ``Çavuşoğlu``, ``ÇAVUŞOĞLU`` and ``Cavusoglu`` fold alike."""
    lowered = turkish_lower(text).translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s\-‐–]+", " ", stripped).strip()


def strip_suffix(surface: str) -> str:
    """``Çavuşoğlu'nun`` → ``Çavuşoğlu``: drop a suffix after the last apostrophe."""
    for index in range(len(surface) - 1, 0, -1):
        if surface[index] in APOSTROPHES:
            return surface[:index]
    return surface


def is_all_caps_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)
