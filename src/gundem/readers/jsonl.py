"""JSON Lines: one article per line with ``id``, ``date``, ``text`` and optional ``url``, ``title``."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

from gundem.model import Article
from gundem.readers.problems import ReadError, ReadProblem


def parse_jsonl(text: str, path: str, max_bytes: int) -> Iterator[Article | ReadProblem]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield _article(line, path, max_bytes)
        except ReadError as error:
            yield ReadProblem(path, number, str(error))


def _article(line: str, path: str, max_bytes: int) -> Article:
    if len(line.encode("utf-8")) > max_bytes:
        raise ReadError(f"article too large ({len(line):,} characters, limit {max_bytes:,} bytes)")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReadError(f"not valid JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise ReadError("a line must be a JSON object")
    missing = [key for key in ("id", "date", "text") if key not in record]
    if missing:
        raise ReadError(f"missing field(s): {', '.join(missing)}")
    text = record["text"]
    if not isinstance(text, str) or not text.strip():
        raise ReadError("field 'text' is empty or not a string")
    dct, published = _date(record["date"])
    return Article(
        doc=str(record["id"]), text=text, dct=dct, published=published,
        title=record.get("title"), url=record.get("url"), path=path,
    )


def _date(value: object) -> tuple[date, datetime | None]:
    if not isinstance(value, str):
        raise ReadError(f"field 'date' must be a string, got {type(value).__name__}")
    try:
        if len(value) == 10:
            return date.fromisoformat(value), None
        stamp = datetime.fromisoformat(value).replace(tzinfo=None)
        return stamp.date(), stamp
    except ValueError:
        raise ReadError(f"malformed date {value!r} (expected YYYY-MM-DD or an ISO timestamp)") from None
