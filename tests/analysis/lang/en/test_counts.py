"""English counts of the dead, injured, detained and of a crowd, on sentences written for these tests."""
from datetime import date

import pytest

from gundem.core import Analyser
from gundem.model import Article


@pytest.fixture(scope="module")
def counts():
    analyser = Analyser(use_model=False)

    def run(text):
        document = analyser.annotate_one(Article(doc="t", text=text, dct=date(2026, 7, 3), lang="en"))
        return [(e["type"], [(c["kind"], c["value"], c["qualifier"]) for c in e.get("counts", [])]) for e in document["events"]]

    return run


@pytest.mark.parametrize("text, expected", [
    # a verb before its count (the active), after it (the passive), a count before a participle alone
    ("Gunmen attacked a village in Zamfara, killing at least 30 people.", [("ASSAULT", [("dead", 30, "at_least")])]),
    ("Police detained more than 200 protesters in Tbilisi.", [("COERCE", [("detained", 200, "more_than")])]),
    ("Rebels attacked a convoy. Two soldiers were killed and 17 wounded.", [("ASSAULT", [("dead", 2, "exact"), ("injured", 17, "exact")])]),
    # an order of magnitude, multiplied
    ("Tens of thousands of people marched in Belgrade to protest against corruption.", [("PROTEST", [("size", 10000, "order_of")])]),
    # the dead of a hazard are no act's
    ("An earthquake struck eastern Turkey, killing 12 people. Police arrested three looters.", [("COERCE", [("arrested", 3, "exact")])]),
    # the "one" of "no one" counts no one
    ("Jets shot down a drone. No one was hurt.", [("ASSAULT", [("injured", 0, "exact")])]),
])
def test_english_counts(counts, text, expected):
    assert counts(text) == expected


def test_english_writes_a_comma_between_thousands(counts):
    assert counts("About 2,500 protesters rallied in Lima against the president.") == [("PROTEST", [("size", 2500, "about")])]
