"""The hand-written language files are well formed."""
from importlib import resources

import pytest

from gundem.analysis.lang.loader import parse_data_json, read_language_json
from gundem.analysis.text import fold


@pytest.mark.parametrize("name", ["titles.tsv", "organization_heads.tsv", "organizations.tsv", "demonyms.tsv", "places_extra.tsv"])
def test_no_entry_is_written_twice(name):
    text = resources.files("gundem.analysis.lang.tr").joinpath(name).read_text(encoding="utf-8")
    keys = [fold(line.split("\t")[0]) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


@pytest.mark.parametrize("name", ["event_triggers.tsv"])
def test_every_trigger_has_a_plover_type_a_kind_and_a_shape(name):
    plover = {"CONSULT", "AGREE", "SUPPORT", "REQUEST", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
              "SANCTION", "COERCE", "ASSAULT", "AID", "COOPERATE", "CONCEDE", "RETREAT"}
    text = resources.files("gundem.analysis.lang.tr").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert {row[0] for row in rows} == plover
    assert all(row[1] in ("noun", "verb", "part") and row[2] in ("symmetric", "directed") for row in rows)


@pytest.mark.parametrize("lang", ["tr", "en"])
@pytest.mark.parametrize("name", ["event_grammar.json", "morphology.json", "time.json", "speech.json", "counts.json", "spelling.json"])
def test_no_json_key_is_written_twice(lang, name):
    read_language_json(lang, name)  # raises on a key written twice, which JSON would keep silently, the last winning


def test_a_key_written_twice_is_an_error_naming_the_file():
    with pytest.raises(ValueError, match=r"lang/xx/time\.json: key written twice: converb"):
        parse_data_json('{"converb": "a", "finite": "b", "converb": "c"}', "lang/xx/time.json")
    assert parse_data_json('{"nested": {"converb": "a"}, "converb": "b"}', "lang/xx/time.json") == {"nested": {"converb": "a"}, "converb": "b"}


def test_a_language_without_the_file_reads_as_empty():
    assert read_language_json("en", "no_such_file.json") == {}
