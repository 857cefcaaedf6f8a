"""English time expressions, after the TimeML conventions, with a fixed article date."""
from datetime import date

import pytest

from gundem.analysis.timex import TimeTagger
from gundem.model import Article

THURSDAY = date(2026, 2, 12)  # week 2026-W07; the first quarter of 2026 is not over


@pytest.fixture(scope="module")
def tag():
    tagger = TimeTagger.for_language("en")

    def run(text, dct=THURSDAY):
        return [(t.text, t.type, t.value) for t in tagger(Article(doc="t", text=text, dct=dct, lang="en"))]

    return run


@pytest.mark.parametrize("text, expected", [
    ("The talks began on Feb. 6, 2026.", ("Feb. 6, 2026", "DATE", "2026-02-06")),
    ("They met on 6 February.", ("6 February", "DATE", "2026-02-06")),
    ("Sales fell in June 2025.", ("June 2025", "DATE", "2025-06")),
    ("The ministers met on Tuesday.", ("Tuesday", "DATE", "2026-02-10")),
    ("The minister said on Thursday that talks went well.", ("Thursday", "DATE", "2026-02-12")),
    ("The ministers will meet on Tuesday.", ("Tuesday", "DATE", "2026-02-17")),
    ("He arrived last Friday.", ("last Friday", "DATE", "2026-02-06")),
    ("It rained yesterday.", ("yesterday", "DATE", "2026-02-11")),
    ("Prices rose last year.", ("last year", "DATE", "2025")),
    ("Output grew this month.", ("this month", "DATE", "2026-02")),
    ("Talks resume next week.", ("next week", "DATE", "2026-W08")),
    ("Profit rose in the fourth quarter.", ("the fourth quarter", "DATE", "2025-Q4")),
    ("Growth slowed over the past three years.", ("the past three years", "DURATION", "P3Y")),
    ("The strike lasted two weeks.", ("two weeks", "DURATION", "P2W")),
    ("Shelling continued for 24 hours.", ("24 hours", "DURATION", "PT24H")),
    ("The fighting stopped three days ago.", ("three days ago", "DATE", "2026-02-09")),
    ("The board meets once a month.", ("once a month", "SET", "P1M")),
    ("The paper is published daily.", ("daily", "SET", "P1D")),
    ("Markets are calm now.", ("now", "DATE", "PRESENT_REF")),
    ("Prices rose in the 1990s.", ("the 1990s", "DATE", "199")),
    ("The vote is at 9:30 a.m.", ("9:30 a.m.", "TIME", "2026-02-12T09:30")),
    ("Shots were heard last night.", ("last night", "TIME", "2026-02-11TNI")),
    ("They met this morning.", ("this morning", "TIME", "2026-02-12TMO")),
    ("The deal was signed in 2019.", ("2019", "DATE", "2019")),
    ("Trade grew in the spring of 2024.", ("the spring of 2024", "DATE", "2024-SP")),
])
def test_expression_values(tag, text, expected):
    assert tag(text) == [expected]


def test_words_that_only_look_like_dates(tag):
    assert tag("Prices may fall. Rivals march on.") == []
    assert tag("The 6-year-old boy and 2,019 people.") == []


def test_a_year_ago_in_a_quarterly_report_is_that_quarter():
    tagger = TimeTagger.for_language("en")
    text = "Profit in the third quarter rose 5% from a year ago."
    found = tagger(Article(doc="t", text=text, dct=date(2026, 11, 2), lang="en"))
    assert [(t.text, t.value) for t in found] == [("the third quarter", "2026-Q3"), ("a year ago", "2025-Q3")]
