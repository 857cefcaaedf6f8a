"""Taggers to score side by side: Gündem's time stage and dateparser's ``search_dates``."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    type: str
    value: str


def gundem_tagger(lang: str):
    from gundem.analysis.timex import TimeTagger
    from gundem.model import Article

    tagger = TimeTagger.for_language(lang)

    def tag(text: str, dct: date) -> list[Found]:
        article = Article(doc="t", text=text, dct=dct, lang=lang)
        return [Found(t.start, t.end, t.type, t.value) for t in tagger(article)]

    return tag


def dateparser_tagger(lang: str):
    """dateparser finds substrings and datetimes; each substring is located left to right (it
    gives no offsets) and valued at day precision."""
    from dateparser.search import search_dates

    def tag(text: str, dct: date) -> list[Found]:
        base = datetime(dct.year, dct.month, dct.day, 12, 0)
        found = search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        results, cursor = [], 0
        for surface, moment in found:
            start = text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            results.append(Found(start, cursor, "DATE", moment.date().isoformat()))
        return results

    return tag
