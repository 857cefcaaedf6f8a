"""The hand-written language files are well formed."""
from importlib import resources

import pytest

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
