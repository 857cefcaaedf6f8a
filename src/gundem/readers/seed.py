"""The collected-page format of ``examples/``.

    ␠date 2026-02-07 <title> - <site>      header: collection date, then the page title
    <title>                               the title again (absent when the header line
                                          goes straight on with the first paragraph;
                                          the only title when the header has the date alone
                                          and the timestamp follows this line)
    07.02.2026 00:06                      printed timestamp (optional)
    <paragraphs>
    Kaynak: AA                            source agency (optional; any space after the colon;
                                          "Source:" in English)
    Dış Politika, Orta Doğu, ...          tag line (only after a Kaynak line)
"""
from __future__ import annotations

import re
from datetime import date, datetime

from gundem.model import Article, MaskedRegion, Span
from gundem.readers.problems import ReadError

HEADER = re.compile(r"\A[ \t\ufeff]?(?P<label>date[ \t]+(?P<date>\S+))[ \t]*(?P<rest>[^\n]*)")
TIMESTAMP = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})")
# "Kaynak: AA" in Turkish pages, "Source: Reuters" in English ones
SOURCE_LINE = re.compile(r"^[ \t]*(?P<label>(?:Kaynak|Source):\s*)(?P<source>[^\n]*?)[ \t]*$", re.MULTILINE)
SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?P<site>[^-–—|\n]+?)\s*$")
# The timestamp, when printed, comes within the first lines after the title.
TIMESTAMP_SEARCH_LINES = 4
HEADLINE_MAX = 200  # characters: a longer first line is a paragraph
SENTENCE_CLOSERS = (".", "!", "?", ":", ";", ",", "\"", "”", "’", "'")  # a headline ends with none (a quoted headline is read as a paragraph)


def looks_like_seed(text: str) -> bool:
    return HEADER.match(text) is not None


def parse_seed(text: str, doc: str, path: str | None = None) -> Article:
    header = HEADER.match(text)
    if header is None:
        raise ReadError("no ' date YYYY-MM-DD' header on the first line", line=1)
    dct = _parse_date(header.group("date"))
    masked = [MaskedRegion(header.start("label"), header.end("label"), "header")]
    lines = _lines(text)
    title, site_suffix = _title(header, lines, masked)
    published = _timestamp(lines, masked)
    source, source_span = _source(text, masked)
    tags = _tags(text, source_span, masked)
    return Article(
        doc=doc, text=text, dct=dct, published=published, title=title, source=source,
        site_suffix=site_suffix, tags=tags, path=path, masked=tuple(masked), source_span=source_span,
    )


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ReadError(f"malformed date {value!r} in the header (expected YYYY-MM-DD)", line=1) from None


def _lines(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"^.*$", text, re.MULTILINE))


def _title(header: re.Match[str], lines: list[re.Match[str]], masked: list[MaskedRegion]) -> tuple[str | None, str | None]:
    rest = header.group("rest").strip()
    non_empty = [line.group().strip() for line in lines[1:] if line.group().strip()]
    repeated = non_empty[0] if non_empty else None
    # the page's own headline may differ from the page title, with the printed timestamp right under it
    own_headline = len(non_empty) > 1 and TIMESTAMP.fullmatch(non_empty[1]) is not None
    if not rest and (own_headline or _reads_as_a_headline(lines)):
        return repeated, None  # a header with the date alone: the headline has a line of its own
    if not rest or repeated is None:
        return None, None
    if repeated == rest:
        return rest, None
    suffix = SITE_SUFFIX.search(header.group("rest"))
    if suffix and (header.group("rest")[: suffix.start()].strip() == repeated or own_headline):
        offset = header.start("rest")
        masked.append(MaskedRegion(offset + suffix.start(), offset + suffix.end(), "site_suffix"))
        return repeated, suffix.group("site")
    return None, None  # no repeated title: the header line carries the first paragraph


def _reads_as_a_headline(lines: list[re.Match[str]]) -> bool:
    """The line after a date-only header, with no timestamp under it, is a headline when it is
    short, ends with no mark that closes a sentence, and a blank line and more text follow it."""
    first = next((index for index, line in enumerate(lines[1:], 1) if line.group().strip()), None)
    if first is None or first + 2 >= len(lines):
        return False
    line = lines[first].group().strip()
    return (len(line) <= HEADLINE_MAX and not line.endswith(SENTENCE_CLOSERS) and not lines[first + 1].group().strip()
            and any(later.group().strip() for later in lines[first + 2:]))


def _timestamp(lines: list[re.Match[str]], masked: list[MaskedRegion]) -> datetime | None:
    non_empty = [line for line in lines[1:] if line.group().strip()][:TIMESTAMP_SEARCH_LINES]
    for line in non_empty:
        found = TIMESTAMP.fullmatch(line.group().strip())
        if found is None:
            continue
        parts = {key: int(value) for key, value in found.groupdict().items()}
        try:
            stamp = datetime(parts["year"], parts["month"], parts["day"], parts["hour"], parts["minute"])
        except ValueError:
            return None  # an impossible date is not a timestamp; the line stays as text
        masked.append(MaskedRegion(line.start(), line.end(), "timestamp"))
        return stamp
    return None


def _source(text: str, masked: list[MaskedRegion]) -> tuple[str | None, Span | None]:
    lines = list(SOURCE_LINE.finditer(text))
    found = lines[-1] if lines else None  # the last Kaynak line is the article's; an earlier one may be quoted prose
    if found is None or not found.group("source"):
        return None, None
    masked.append(MaskedRegion(found.start("label"), found.end("label"), "source_label"))
    return found.group("source"), Span(found.start("source"), found.end("source"))


def _tags(text: str, source_span: Span | None, masked: list[MaskedRegion]) -> tuple[str, ...]:
    if source_span is None:
        return ()
    after = re.search(r"\S[^\n]*", text[source_span.end:])
    if after is None:
        return ()
    start = source_span.end + after.start()
    end = source_span.end + after.end()
    line = text[start:end].rstrip()
    if text[end:].strip():
        return ()  # more text follows: that line was prose, not a tag line
    masked.append(MaskedRegion(start, start + len(line), "tags"))
    return tuple(tag.strip() for tag in line.split(",") if tag.strip())
