"""The scorer of events' counts, on hand-made gold and system counts."""
import json

from gundem.cli.main import main
from gundem.evaluation.counts import score_counts, system_counts


def count(event, kind, value, qualifier="exact"):
    return {"event": event, "kind": kind, "value": value, "qualifier": qualifier}


def test_a_count_is_a_hit_when_act_kind_value_and_qualifier_agree():
    gold = {"a": [count("ASSAULT", "dead", 14, "at_least"), count("ASSAULT", "injured", 30)]}
    system = {"a": [count("ASSAULT", "dead", 14), count("ASSAULT", "injured", 30), count("COERCE", "detained", 3)]}
    result = score_counts(gold, system)
    assert (result["strict"]["precision"], result["strict"]["recall"]) == (round(1 / 3, 4), 0.5)
    assert (result["value"]["precision"], result["value"]["recall"]) == (round(2 / 3, 4), 1.0)  # the qualifier is not asked
    assert result["errors"] == [{"doc": "a", "missed": ["ASSAULT dead 14 at_least"], "spurious": ["ASSAULT dead 14 exact", "COERCE detained 3 exact"]}]


def test_each_gold_count_is_matched_once():
    gold = {"a": [count("PROTEST", "size", 1000, "order_of")]}
    system = {"a": [count("PROTEST", "size", 1000, "order_of")] * 2}
    assert score_counts(gold, system)["strict"]["precision"] == 0.5


def test_counts_are_read_from_every_event_of_a_document():
    document = {"events": [{"type": "ASSAULT", "counts": [{"kind": "dead", "value": 2, "qualifier": "exact"}]}, {"type": "CONSULT"}]}
    assert system_counts(document) == [{"kind": "dead", "value": 2, "qualifier": "exact", "event": "ASSAULT"}]


def test_eval_counts_scores_a_gold_folder(tmp_path, capsys):
    (tmp_path / "k1.txt").write_text(
        " date 2026-05-04\nKerkük'te saldırı\nIrak'ın Kerkük kentinde bir pazar yerine düzenlenen bombalı saldırıda 9 kişi öldü.\n",
        encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"counts": {"k1": [count("ASSAULT", "dead", 9)]}}), encoding="utf-8")
    assert main(["eval-counts", "--gold", str(tmp_path), "--no-model", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["strict"]["f1"] == 1.0 and result["per_kind"]["dead"]["gold"] == 1
