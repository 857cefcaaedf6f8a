"""Tokens, sentences and case folding, all with offsets into the original text.

Turkish attaches case suffixes to proper nouns after an apostrophe (``İran'a``), so the
tokenizer splits there: the name is one token, the suffix (apostrophe included) another.
The same function tokenizes the NER training data, so the model sees what it will meet.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

APOSTROPHES = "'’‘ʼ`"
HEADLINE_MAX_WORDS = 16  # a longer line without a full stop is a sentence that lost it, not a headline

_TOKEN = re.compile(
    rf"(?P<suffix>(?:(?<=\w)|(?<=(?<!\w)[A-ZÇĞİÖŞÜ]\.))[{APOSTROPHES}]\w+)"  # 'nin, ’a: a suffix glued to the word before, or to an initial ("Y.'yi")
    r"|(?P<number>\d+(?:[.,:]\d+)*)"
    rf"|(?P<word>(?<!\w)[A-Z]\w*[{APOSTROPHES}]s(?!\w)"  # Moody's, McDonald's: an English possessive in a name, no Turkish suffix
    rf"|(?:(?<!\w)[^\W\d_][{APOSTROPHES}](?=[A-ZÇĞİÖŞÜ][a-zçğıöşü]))?\w+)"  # O'Brien, N'Djamena: one name
    r"|(?P<other>\S)"
)

# A sentence ends at . ! ? (or … ) followed by space and a capital, a quote or a digit,
# or at a blank line; abbreviations such as "Dr." are not split before a lower-case word.
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’])[a-zçğıöşü]")
_LOWER_CASE_WORD_BUT_VE = re.compile(r"(?<![\w'’])(?!ve\b)[a-zçğıöşü]")
_LOWER_CASE_WORD_BUT_VE_IN_A_NAME = re.compile(r"(?<![\w'’])(?!ve\s+[A-ZÇĞİÖŞÜ])[a-zçğıöşü]")
_INITIAL = re.compile(r"(?:[A-ZÇĞİÖŞÜ]\.){1,3}")  # "W.", and "U.S." before "President"
ROMAN_NUMERAL = re.compile(r"[IVXLC]{1,7}")  # a regnal or ordinal number in Roman figures ("II. Abdullah", "XVI. Louis")
_ORDINAL = re.compile(rf"\d{{1,3}}\.|{ROMAN_NUMERAL.pattern}\.")  # "3. Ağır Ceza", "II. Abdullah"
_MODEL_DESIGNATION = re.compile(r"[^\W\d_]{1,3}-\d{1,4}[^\W\d_]?")  # "F-16", "Su-35", "S-400", "MiG-31"
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


def sentences(text: str, ordinals: bool = True) -> list[Sentence]:
    """Sentence spans of ``text``; a line break always ends a sentence. Without ``ordinals``
    (English, which writes no ``3.`` for third) a number's full stop ends one: ``the age to 67. Police``."""
    spans: list[Sentence] = []
    for paragraph in re.finditer(r"[^\n]+", text):  # news text puts one paragraph, title or heading per line
        cursor = paragraph.start()
        for brk in _SENTENCE_BREAK.finditer(text, paragraph.start(), paragraph.end()):
            if _ends_no_sentence(text[max(paragraph.start(), brk.start() - 20):brk.start()], text[brk.end():brk.end() + 20], ordinals):
                continue
            _append_trimmed(spans, text, cursor, brk.start())
            cursor = brk.end()
        _append_trimmed(spans, text, cursor, paragraph.end())
    return spans


def sentence_at(spans: list[Sentence], position: int) -> Sentence | None:
    """The sentence of ``spans`` that holds ``position``, if any."""
    return next((span for span in spans if span.start <= position < span.end), None)


def in_a_headline(text: str, spans: list[Sentence], position: int) -> bool:
    """A line of a few words with no full stop holds ``position``: a title, whose grammar is a headline's."""
    sentence = sentence_at(spans, position)
    if sentence is None:
        return False
    line = text[sentence.start:sentence.end].strip()
    return "\n" not in line and not line.endswith((".", "!", "?", '"', "”")) and len(line.split()) <= HEADLINE_MAX_WORDS


_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m."})


def _ends_no_sentence(before: str, after: str, ordinals: bool = True) -> bool:
    """``Prof. Dr. Ayşe Kaya``, ``George W. Bush``, ``3. Ağır Ceza Mahkemesi``: a full stop after
    an abbreviation, an initial or an ordinal number is no sentence's end (but a number before
    an ALL-CAPS word is a score or a count that closes one: ``2 - 0. NOTLAR``)."""
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if word in abbreviations() or _INITIAL.fullmatch(word):
        return True
    next_word = after.split(None, 1)[0] if after.strip() else ""
    if word.lower() in _CLOCK_ABBREVIATIONS and next_word.rstrip(".,;:)") in _clock_continuations():
        return True  # "at 5 p.m. Eastern time", "at 9 a.m. Tuesday"
    return ordinals and _ORDINAL.fullmatch(word) is not None and not (len(next_word) > 1 and next_word.isupper())


def abbreviations() -> frozenset[str]:
    """Abbreviations that end no sentence (``Doç.``, ``Gen.``): the table ``gundem
    build-resources`` writes from spaCy's Turkish and English tokenizer exceptions."""
    return _word_table("abbreviations.txt")


def _clock_continuations() -> frozenset[str]:
    """Time zones and weekdays after which ``a.m.`` and ``p.m.`` end no sentence."""
    return _word_table("clock_continuations.txt")


@lru_cache(maxsize=4)
def _word_table(name: str) -> frozenset[str]:
    """A table of ``gundem.analysis.lang``, one entry per line, ``#`` opening a comment line."""
    from importlib import resources

    table = resources.files("gundem.analysis.lang").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line for line in table.splitlines() if line and not line.startswith("#"))


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


def past_the_dateline(text: str, sentence: Sentence, dateline: re.Pattern[str] | None) -> Sentence:
    """``KONYA (İHA) - ...``, ``KABUL, Oct 2 (AFP) - ...``: the sentence after the dateline that
    opens it, whose place and agency take part in no act; the sentence itself where none does."""
    opening = dateline.match(text, sentence.start, sentence.end) if dateline is not None else None
    return Sentence(opening.end(), sentence.end) if opening is not None and opening.end() < sentence.end else sentence


_DOTTED_CAPITAL_I = str.maketrans({"İ": "I"})


def lowercase(text: str, lang: str) -> str:
    """Lower case with every offset kept: Turkish's own ``I``/``ı`` and ``İ``/``i``
    (:func:`turkish_lower`) for Turkish; for other languages ``İ`` (a Turkish name in English
    text) as ``i``, which ``str.lower`` would write as two characters."""
    return turkish_lower(text) if lang == "tr" else text.translate(_DOTTED_CAPITAL_I).lower()


_TURKISH_UPPER = str.maketrans({"ı": "I", "i": "İ"})


def turkish_upper(text: str) -> str:
    """Upper case with Turkish dotted/dotless i (``Şam`` → ``ŞAM``, ``Niğde`` → ``NİĞDE``)."""
    return text.translate(_TURKISH_UPPER).upper()


_FOLD_EXTRA = str.maketrans({"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "â": "a", "î": "i", "û": "u"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: ``Çavuşoğlu``, ``ÇAVUŞOĞLU`` and ``Cavusoglu`` fold alike.
    Memoised: the same words are folded again and again by every stage."""
    lowered = turkish_lower(text).translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s\-‐–]+", " ", stripped).strip()


def slug(name: str) -> str:
    """An identifier's part made of a name: ``Ministry of Health of Lebanon`` → ``ministry-of-health-of-lebanon``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "unnamed"


def suffix_after(text: str, end: int) -> str:
    """The case ending right after a name, with its apostrophe: ``'dan`` after ``Katar`` in
    ``Katar'dan``. A name that ends inside a word (``Sağlık Bakanlığı`` in ``Sağlık
    Bakanlığından``: no apostrophe after a common word closing a name) has its glued ending
    returned the same way, ``'ndan``."""
    if end >= len(text):
        return ""
    if text[end] in APOSTROPHES:
        tokens = tokenize(text, end, min(len(text), end + 12))
        return tokens[0].text if tokens and tokens[0].kind == "suffix" else ""
    if end > 0 and text[end - 1].isalpha() and text[end].isalpha():
        return "'" + re.match(r"\w+", text[end:end + 12]).group()
    return ""


def suffix_end(text: str, end: int) -> int:
    """Where the case ending after a name ends in ``text``: :func:`suffix_after` gives a glued
    ending an apostrophe the text does not have (``çetelerin``), so its length is one too many."""
    suffix = suffix_after(text, end)
    return end + len(suffix) - (1 if suffix and text[end] not in APOSTROPHES else 0)


def only_capitalised_before(text: str, start: int, end: int, ve_allowed: bool = True) -> bool:
    """Only capitalised words (a country, a title, a name) stand in ``text[start:end]``, "ve"
    inside a title allowed unless ``ve_allowed`` is false (``Hazine ve Maliye Bakanı``): the
    opening noun phrase of a sentence."""
    return (_LOWER_CASE_WORD_BUT_VE if ve_allowed else _LOWER_CASE_WORD).search(text, start, end) is None


def only_capitalised_in_a_name(text: str, start: int, end: int) -> bool:
    """Only capitalised words stand in ``text[start:end]``, "ve" only between two of them
    (``Yunanistan Göç ve İltica Bakanı``): one name or title."""
    return _LOWER_CASE_WORD_BUT_VE_IN_A_NAME.search(text, start, end) is None


def closed_by_head_word(name: str, head_word: str, tails=frozenset()) -> bool:
    """``Para Politikası Kurulu`` is closed by ``Kurulun``, ``Dünya Sağlık Örgütü`` by ``Örgüt``: the
    name's last word opens with the head word's stem (``bakanlık`` and ``bakanlığı`` share all but
    the stem's last, softened letter); or a word before one of ``tails`` (``Ministry of Public
    Health`` by ``ministry``, ``European Court of Human Rights`` by ``court``)."""
    words = name.split()
    stem = fold(head_word)[:-1]
    return len(words) > 1 and (fold(words[-1]).startswith(stem) or any(
        following in tails and fold(word).startswith(stem) for word, following in itertools.pairwise(words)))


def last_body_closed_by(mentions, head_word: str, before: int, tails=frozenset()):
    """The organisation last named before ``before`` whose name ``head_word`` closes (``Örgüt``,
    ``Kurulun``, ``kulüp``), or opens before one of ``tails``; or None."""
    return next((m for m in reversed(mentions) if m.end <= before and m.type == "ORG" and closed_by_head_word(m.text, head_word, tails)), None)


def last_holder_of_title(mentions, title_word: str, before: int):
    """The person last named before ``before`` with a title whose last word ``title_word``
    opens (``Bakan`` for ``Dışişleri Bakanı Hakan Fidan``), or None."""
    folded = fold(title_word)
    return next((m for m in reversed(mentions) if m.end <= before and m.type == "PER" and m.title
                 and m.title.split()[-1].startswith(folded)), None)


def strip_suffix(surface: str) -> str:
    """``Çavuşoğlu'nun`` → ``Çavuşoğlu``: drop a suffix after the last apostrophe."""
    for index in range(len(surface) - 1, 0, -1):
        if surface[index] in APOSTROPHES:
            return surface[:index]
    return surface


def is_all_caps_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def reads_as_stem_and_ending(folded: str, stems: frozenset[str], endings: frozenset[str], inflected_only: bool = False,
                             derivations: tuple[str, ...] = ()) -> bool:
    """``futbolda`` is ``futbol`` + ``da``, ``suphelilerin`` is ``suphe`` + ``li`` (one of
    ``derivations``) + ``lerin``; a bare stem counts unless ``inflected_only``."""
    if not inflected_only and folded in stems:
        return True
    for cut in range(2, len(folded)):
        if folded[:cut] not in stems:
            continue
        rest = folded[cut:]
        if rest in endings or any(rest.startswith(suffix) and (rest == suffix or rest[len(suffix):] in endings) for suffix in derivations):
            return True
    return False


def reads_as_stem_or_derived(folded: str, stems: frozenset[str], derivations: tuple[str, ...]) -> bool:
    """``uydu``, ``hakimlik``: a bare stem, or a stem and one of ``derivations`` with no ending after it."""
    return reads_as_stem_and_ending(folded, stems, frozenset(), derivations=derivations)


def inside_quotation_marks(text: str, start: int, position: int) -> bool:
    """Whether ``position`` stands inside a double quotation opened after ``start`` (a sentence's start)."""
    return len(re.findall(r'["“”]', text[start:position])) % 2 == 1


def followed_by(pattern: re.Pattern[str] | None, text: str, position: int) -> bool:
    """``pattern`` (such as a focus particle, "CHP ise") matches right at ``position``."""
    return pattern is not None and pattern.match(text, position) is not None


def alternatives(words) -> str:
    """A regex alternation of literal words, longest first, so that a longer word wins over its prefix."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def names_a_model(word: str) -> bool:
    """Letters, a hyphen and digits: a weapon's or a machine's model (``F-16``, ``Su-35``,
    ``S-400``), no person's or place's name; a longer word so joined names an event (``Efes-2026``)."""
    return _MODEL_DESIGNATION.fullmatch(word) is not None
