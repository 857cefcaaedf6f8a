"""Every annotation document validates against the published JSON Schema."""
import json
from importlib import resources

import jsonschema


def test_seed_output_validates(seed_output):
    schema = json.loads(resources.files("gundem.data").joinpath("annotation.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for document in seed_output:
        errors = sorted(validator.iter_errors(document), key=str)
        assert not errors, errors[0].message


def test_offsets_slice_the_original_file(seed_output):
    from tests.conftest import EXAMPLES

    for document in seed_output:
        text = (EXAMPLES / f"{document['doc']}.txt").read_text(encoding="utf-8")
        for item in document["mentions"] + document["timexes"]:
            assert text[item["start"]:item["end"]] == item["text"]


def test_entity_ids_are_shared_across_articles(seed_output):
    first, second = seed_output
    shared = set(first["entities"]) & set(second["entities"])
    assert {"country:IRN", "country:USA", "city:287286"} <= shared
    people = {first["entities"][id_]["name"] for id_ in shared if first["entities"][id_]["type"] == "PER"}
    assert {"Abbas Erakçı", "Donald Trump", "Steve Witkoff"} <= people
