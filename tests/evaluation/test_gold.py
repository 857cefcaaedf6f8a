"""The scorer on hand-made cases: each kind of mistake lowers exactly its own figure."""
import copy

import pytest

from gundem.evaluation.gold import score

ENTITIES = {"iran": {"country": "IRN"}, "bakan": {"country": "IRN"}, "cenevre": {"country": "CHE"}}
GOLD = {
    "d1": {
        "doc": "d1",
        "mentions": [
            {"start": 0, "end": 4, "type": "LOC", "entity": "iran"},
            {"start": 10, "end": 20, "type": "PER", "entity": "bakan"},
            {"start": 30, "end": 37, "type": "LOC", "entity": "cenevre"},
            {"start": 50, "end": 54, "type": "LOC", "entity": "iran"},
        ],
        "ignore": [{"start": 60, "end": 66}],
        "timexes": [{"start": 40, "end": 45, "value": "2026-02-17"}],
        "quotes": [{"start": 70, "end": 90, "speaker": "bakan"}],
        "events": [{"type": "CONSULT", "status": "planned", "date": "2026-02-17", "location": "cenevre",
                    "participants": {"parties": ["iran"]}, "evidence": [{"start": 30, "end": 45}]}],
    }
}


def perfect_system():
    gold = GOLD["d1"]
    ids = {"iran": "X", "bakan": "Y", "cenevre": "Z"}
    return {
        "doc": "d1",
        "mentions": [dict(m, entity=ids[m["entity"]]) for m in gold["mentions"]],
        "entities": {"X": {"country": "IRN"}, "Y": {"country": "IRN"}, "Z": {"country": "CHE"}},
        "timexes": [dict(t, type="DATE") for t in gold["timexes"]],
        "quotes": [{"start": 70, "end": 90, "speaker": "Y"}],
        "events": [{"type": "CONSULT", "status": "planned", "date": "2026-02-17", "location": "Z",
                    "participants": {"parties": ["X"]}, "evidence": [{"start": 30, "end": 45}]}],
    }


def run(system):
    return score(GOLD, ENTITIES, [system])


def test_perfect_output_scores_one_everywhere():
    result = run(perfect_system())
    for layer in ("mentions_strict", "mentions_relaxed", "time", "quotes", "events", "linking_b3"):
        assert result[layer]["f1"] == 1.0, layer
    assert result["entity_country"]["accuracy"] == result["time_value_accuracy"]["accuracy"] == 1.0
    assert result["quote_speaker_accuracy"]["accuracy"] == 1.0
    assert set(result["event_fields"].values()) == {1.0}


def test_a_shifted_span_costs_strict_but_not_relaxed():
    system = perfect_system()
    system["mentions"][1] = dict(system["mentions"][1], start=11)
    result = run(system)
    assert result["mentions_strict"]["f1"] == pytest.approx(0.75)
    assert result["mentions_relaxed"]["f1"] == 1.0
    assert result["linking_b3"]["f1"] == 1.0


def test_a_split_entity_costs_linking_recall_only():
    system = perfect_system()
    system["mentions"][3] = dict(system["mentions"][3], entity="X2")
    system["entities"]["X2"] = {"country": "IRN"}
    result = run(system)
    assert result["mentions_strict"]["f1"] == 1.0
    assert result["linking_b3"]["precision"] == 1.0
    assert result["linking_b3"]["recall"] == pytest.approx(0.75)  # two Iran mentions each see half their cluster


def test_a_wrong_date_costs_time_value_accuracy_and_event_date_only():
    system = perfect_system()
    system["timexes"][0]["value"] = "2026-02-10"
    system["events"][0]["date"] = "2026-02-10"
    result = run(system)
    assert result["time"]["f1"] == 1.0
    assert result["time_value_accuracy"]["accuracy"] == 0.0
    assert result["event_fields"]["date"] == 0.0
    assert result["event_fields"]["status"] == 1.0


def test_predictions_in_ignored_spans_are_neither_hits_nor_false_alarms():
    system = perfect_system()
    system["mentions"].append({"start": 60, "end": 66, "type": "LOC", "entity": "X"})
    assert run(system)["mentions_strict"]["precision"] == 1.0


def test_a_wrong_country_is_counted():
    system = perfect_system()
    system["entities"]["Z"] = {"country": "FRA"}
    result = run(system)
    assert result["entity_country"]["accuracy"] == pytest.approx(2 / 3, abs=1e-4)


def test_also_accepted_and_interval_equivalents():
    gold = copy.deepcopy(GOLD)
    gold["d1"]["timexes"][0].update(also_accepted=["2026-02-16"], interval=["2026-02-16", "2026-02-18"])
    system = perfect_system()
    system["timexes"][0]["value"] = "2026-02-16"
    assert score(gold, ENTITIES, [system])["time_value_accuracy"]["accuracy"] == 1.0
    system["timexes"][0].update(value="2026-W08", interval=["2026-02-16", "2026-02-18"])
    assert score(gold, ENTITIES, [system])["time_value_accuracy"]["accuracy"] == 1.0


def test_missing_stage_scores_zero_recall_and_says_so():
    system = perfect_system()
    del system["events"]
    system["stages_absent"] = ["events"]
    result = run(system)
    assert result["events"]["recall"] == 0.0 and result["stages_absent"] == ["events"]
