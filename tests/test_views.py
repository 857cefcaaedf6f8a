"""One-line event descriptions."""
from gundem.views import describe

ENTITIES = {"per:a": {"name": "Ayla Demir"}, "country:NOR": {"name": "Norway"}}


def test_an_event_names_its_people_even_when_their_role_is_unknown():
    event = {"type": "SUPPORT", "participants": {"persons": ["per:a"]}, "location": None}
    assert describe(event, ENTITIES) == "SUPPORT Ayla Demir"


def test_source_and_target_are_joined_by_an_arrow():
    event = {"type": "THREATEN", "participants": {"source": ["per:a"], "target": ["country:NOR"]}, "location": None}
    assert describe(event, ENTITIES) == "THREATEN Ayla Demir → Norway"
