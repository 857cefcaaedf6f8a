"""One-line event descriptions and the words for where sources disagree."""
from gundem.views import conflict_text, describe

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


def test_counts_stand_in_the_description_and_their_conflicts_in_words():
    event = {"type": "ASSAULT", "participants": {}, "counts": [
        {"kind": "dead", "value": 14, "qualifier": "at_least"}, {"kind": "injured", "value": 100, "qualifier": "order_of"}]}
    assert describe(event, {}) == "ASSAULT ? (dead ≥14, injured 100s)"
    conflict = {"field": "dead", "chosen": [15], "values": [{"doc": "a", "value": 12, "qualifier": "exact"},
                                                            {"doc": "b", "value": 15, "qualifier": "about"}]}
    assert conflict_text(conflict) == "dead: 12 (a), ~15 (b)"
