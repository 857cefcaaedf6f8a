"""Generated resources are fresh: rebuilt in memory, they equal the committed files."""
from importlib import resources

import pytest

from gundem.analysis.lang.build_places import (
    build_common_words,
    build_given_names,
    build_plain_words,
    build_table,
)
from tests.conftest import BENCHMARKS


def test_place_table_is_fresh():
    committed = resources.files("gundem.analysis.lang").joinpath("places.tsv").read_text(encoding="utf-8")
    assert build_table() == committed, "places.tsv is stale: run `gundem build-resources`"


def test_common_words_are_fresh():
    if not BENCHMARKS.exists():
        pytest.skip("../shared/benchmarks is not beside the project")
    committed = resources.files("gundem.analysis.lang.tr").joinpath("common_words.txt").read_text(encoding="utf-8")
    assert build_common_words(BENCHMARKS) == committed


def test_given_names_are_fresh():
    if not BENCHMARKS.exists():
        pytest.skip("../shared/benchmarks is not beside the project")
    committed = resources.files("gundem.analysis.lang.tr").joinpath("given_names.txt").read_text(encoding="utf-8")
    assert build_given_names(BENCHMARKS) == committed


@pytest.mark.parametrize("name, english, country", [
    ("cenevre", "Geneva", "CHE"), ("maskat", "Muscat", "OMN"), ("tahran", "Tehran", "IRN"),
    ("umman", "Oman", "OMN"), ("abd", "United States", "USA"), ("almanya", "Germany", "DEU"),
])
def test_turkish_names_resolve_to_english_names_and_countries(resources_tr, name, english, country):
    known = resources_tr.known_names[name]
    assert (known.english_name, known.country) == (english, country)


def test_plain_words_are_fresh():
    if not BENCHMARKS.exists():
        pytest.skip("../shared/benchmarks is not beside the project")
    committed = resources.files("gundem.analysis.lang.tr").joinpath("plain_words.txt").read_text(encoding="utf-8")
    assert build_plain_words(BENCHMARKS) == committed
