"""The annotation document's event records (docs/format.md)."""
from gundem.analysis.events import Event
from gundem.analysis.linking import LocalEntity
from gundem.merge.entities import CanonicalEntity
from gundem.serialize import entities_as_told, event_dict


def test_two_local_entities_the_run_links_to_one_are_listed_once_in_a_role():
    text = "Hükümet, Ulusal Kurtuluş Ordusu (UKO) ile görüşmeleri askıya aldı. UKO ise ..."
    group = CanonicalEntity("ORG", ["Ulusal Kurtuluş Ordusu", "UKO"], id="org:uko", country="COL")
    event = Event("CONSULT", "occurred", [(49, 66)], participants={"target": [0, 1]})
    record = event_dict("d", 1, event, ["org:uko", "org:uko"], {"org:uko": group.as_dict()}, text)
    assert (record["participants"], record["countries"]) == ({"target": ["org:uko"]}, {"target": ["COL"]})


def test_an_article_shows_the_role_its_own_text_gives():
    # an earlier article named her a member of parliament; this one names her the trade minister
    minister = CanonicalEntity("PER", ["Zeynep Aksoy"], id="per:zeynep-aksoy", role="Member of Parliament", country="TUR")
    spokesman = CanonicalEntity("PER", ["Ali Veli"], id="per:ali-veli", role="Spokesperson", country="DEU")
    local = [LocalEntity("PER", ["Zeynep Aksoy"], role="Minister of Trade", country="TUR"), LocalEntity("PER", ["Veli"])]
    told = entities_as_told(local, ["per:zeynep-aksoy", "per:ali-veli"], {e.id: e for e in (minister, spokesman)})
    assert told["per:zeynep-aksoy"]["role"] == "Minister of Trade"
    assert (told["per:ali-veli"]["role"], told["per:ali-veli"]["country"]) == ("Spokesperson", "DEU")  # nothing said here
    assert minister.role == "Member of Parliament"  # the run's entity is left as the run knows it
