"""Plain text whose date comes from the command line (or the caller)."""
from __future__ import annotations

from datetime import date

from gundem.model import Article
from gundem.readers.problems import ReadError


def parse_plain(text: str, doc: str, dct: date | None, path: str | None = None) -> Article:
    if dct is None:
        raise ReadError("no ' date YYYY-MM-DD' header and no --date given: the article needs a date", line=1)
    return Article(doc=doc, text=text, dct=dct, path=path)
