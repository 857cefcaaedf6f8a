"""HTML pages: trafilatura extracts the article; offsets index the extracted text."""
from __future__ import annotations

from datetime import date

from gundem.model import Article
from gundem.readers.problems import ReadError


def parse_html(markup: str, doc: str, dct: date | None, path: str | None = None) -> Article:
    import trafilatura

    result = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    extracted = result.as_dict() if result is not None else None
    if not extracted or not (extracted.get("text") or "").strip():
        raise ReadError("no article text found in the HTML page")
    page_date = _page_date(extracted.get("date"))
    if page_date is None and dct is None:
        raise ReadError("the page carries no date and no --date was given")
    return Article(
        doc=doc, text=extracted["text"], dct=page_date or dct, title=extracted.get("title"),
        url=extracted.get("url"), source=extracted.get("sitename"), path=path,
    )


def _page_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
