"""One-line event descriptions."""
from gundem.views import describe

ENTITIES = {"per:a": {"name": "Ayla Demir"}, "country:NOR": {"name": "Norway"}}


def test_an_event_names_its_people_even_when_their_role_is_unknown():
    event = {"type": "SUPPORT", "participants": {"persons": ["per:a"]}, "location": None}
    assert describe(event, ENTITIES) == "SUPPORT Ayla Demir"


def test_source_and_target_are_joined_by_an_arrow():
    event = {"type": "THREATEN", "participants": {"source": ["per:a"], "target": ["country:NOR"]}, "location": None}
    assert describe(event, ENTITIES) == "THREATEN Ayla Demir → Norway"


def test_a_target_named_among_the_persons_is_not_shown_as_the_actor_too():
    event = {"type": "COERCE", "participants": {"persons": ["per:x"], "target": ["per:x"]}}
    assert describe(event, {"per:x": {"name": "Can Yurt"}}) == "COERCE ? → Can Yurt"


def test_a_mediator_of_unnamed_sides_is_not_also_shown_as_the_actor():
    event = {"type": "CONSULT", "participants": {"mediator": ["per:x"], "persons": ["per:x"]}}
    assert describe(event, {"per:x": {"name": "Can Yurt"}}) == "CONSULT ? (via Can Yurt)"
