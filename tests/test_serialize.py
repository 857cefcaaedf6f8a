"""The annotation document's event records (docs/format.md)."""
from gundem.analysis.events import Event
from gundem.merge.entities import CanonicalEntity
from gundem.serialize import event_dict


def test_two_local_entities_the_run_links_to_one_are_listed_once_in_a_role():
    text = "Hükümet, Ulusal Kurtuluş Ordusu (UKO) ile görüşmeleri askıya aldı. UKO ise ..."
    group = CanonicalEntity("ORG", ["Ulusal Kurtuluş Ordusu", "UKO"], id="org:uko", country="COL")
    event = Event("CONSULT", "occurred", [(49, 66)], participants={"target": [0, 1]})
    record = event_dict("d", 1, event, ["org:uko", "org:uko"], {"org:uko": group}, text)
    assert (record["participants"], record["countries"]) == ({"target": ["org:uko"]}, {"target": ["COL"]})
