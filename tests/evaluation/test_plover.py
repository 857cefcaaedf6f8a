"""PLOVER gold standard records scored on records written for these tests."""
import json

from gundem.evaluation.plover import current_type, evaluate_plover, read_records

RECORDS = [
    {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT"},
    {"id": "PLOVER-GSR01-ACCUSE-0001", "event": "DISAPPROVE", "date": "2001-05-02",
     "text": "Greece condemned Turkey on Tuesday.", "source": [{"actorText": "Greece", "code": "GRC"}],
     "target": [{"actorText": "Turkey", "code": "TUR"}]},
    {"id": "PLOVER-GSR01-CONSULT-0002", "event": "CONSULT", "text": "Iceland met Norway.",
     "source": [{"actorText": "Iceland", "code": "ISL"}], "target": ""},
]


def test_records_split_by_their_number(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    assert [r["id"][-4:] for r in read_records(path, "dev")] == ["0001"]
    assert [r["id"][-4:] for r in read_records(path, "test")] == ["0002"]


def test_the_2016_types_are_read_in_the_current_ontology_and_actors_by_country(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    result = evaluate_plover(path, "dev", use_model=False)
    assert result["records"] == 1
    assert (result["type"]["precision"], result["type"]["recall"]) == (1.0, 1.0)  # DISAPPROVE is ACCUSE
    assert (result["actors"]["precision"], result["actors"]["recall"]) == (1.0, 1.0)


def test_a_record_with_no_list_of_actors_has_none(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    result = evaluate_plover(path, "test", use_model=False)
    assert result["records"] == 1 and result["actors"]["gold"] == 1


def test_an_abduction_coded_as_coercion_in_2016_is_an_assault_now():
    assert current_type({"event": "COERCE", "eventText": "kidnapped"}) == "ASSAULT"
    assert current_type({"event": "COERCE", "eventText": "arrested"}) == "COERCE"
    assert current_type({"event": "FIGHT", "eventText": "clashed"}) == "ASSAULT"
