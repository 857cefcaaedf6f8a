from gundem.analysis.linking import LocalEntity
from gundem.merge.entities import EntityRegistry


def test_variant_spellings_across_articles_are_one_person():
    registry = EntityRegistry()
    first = registry.link(LocalEntity("PER", ["Abbas Erakçı", "Erakçı"], country="IRN"))
    second = registry.link(LocalEntity("PER", ["Arakçi"]))
    assert second.id == first.id and second.country == "IRN"


def test_an_ambiguous_surname_does_not_merge():
    registry = EntityRegistry()
    registry.link(LocalEntity("PER", ["Ahmet Yılmaz"]))
    registry.link(LocalEntity("PER", ["Mehmet Yılmaz"]))
    alone = registry.link(LocalEntity("PER", ["Yılmaz"]))
    assert len(registry.entities) == 3 and alone.names == ["Yılmaz"]


def test_a_shared_surname_does_not_join_two_full_names():
    registry = EntityRegistry()
    daughter = registry.link(LocalEntity("PER", ["Elif Nur Demirtaş", "Demirtaş"]))
    mother = registry.link(LocalEntity("PER", ["Ayşe Demirtaş"]))
    again = registry.link(LocalEntity("PER", ["Elif Demirtaş"]))
    assert mother.id != daughter.id and again.id == daughter.id


def test_places_link_by_table_key_whatever_the_spelling():
    registry = EntityRegistry()
    a = registry.link(LocalEntity("LOC", ["Cenevre"], key="city:2660646", country="CHE", english_name="Geneva", kind="city"))
    b = registry.link(LocalEntity("LOC", ["Geneva"], key="city:2660646", country="CHE"))
    assert a.id == b.id == "city:2660646" and b.name == "Geneva" and b.names == ["Cenevre", "Geneva"]


def test_country_is_the_one_most_sources_give():
    registry = EntityRegistry()
    for country in ("USA", "USA", "IRN"):
        entity = registry.link(LocalEntity("PER", ["Jane Doe"], country=country))
    assert entity.country == "USA"


def test_a_body_named_without_its_country_is_one_per_country():
    registry = EntityRegistry()
    gaza = registry.link(LocalEntity("ORG", ["Sağlık Bakanlığı"], country="PSE"))
    home = registry.link(LocalEntity("ORG", ["Sağlık Bakanlığı"], country="TUR"))
    again = registry.link(LocalEntity("ORG", ["Sağlık Bakanlığı"], country="PSE"))
    unknown = registry.link(LocalEntity("ORG", ["Sağlık Bakanlığı"]))
    assert (gaza.id != home.id, again.id, gaza.country, home.country) == (True, gaza.id, "PSE", "TUR")
    assert unknown.id in (gaza.id, home.id)  # a mention with no country still joins a body of that name


def test_a_body_named_by_common_words_with_no_country_joins_no_countrys_body():
    registry = EntityRegistry()
    georgian = registry.link(LocalEntity("ORG", ["interior ministry"], country="GEO"))
    unknown = registry.link(LocalEntity("ORG", ["interior ministry"]))
    again = registry.link(LocalEntity("ORG", ["interior ministry"]))
    assert unknown.id != georgian.id and unknown.country is None and again.id == unknown.id


def test_a_role_spelled_out_in_a_later_article_replaces_the_bare_office():
    registry = EntityRegistry()
    registry.link(LocalEntity("PER", ["Yusuf Tekin"], role="Minister"))
    fuller = registry.link(LocalEntity("PER", ["Yusuf Tekin"], role="Minister of National Education"))
    other = registry.link(LocalEntity("PER", ["Yusuf Tekin"], role="Spokesperson"))
    assert fuller.role == other.role == "Minister of National Education"


def test_the_same_name_with_roles_of_fields_no_career_joins_is_two_people():
    registry = EntityRegistry()
    official = registry.link(LocalEntity("PER", ["Mehmet Kaya", "Kaya"], role="Deputy Minister of the Interior", country="TUR"))
    lawyer = registry.link(LocalEntity("PER", ["Mehmet Kaya"], role="lawyer"))
    general = registry.link(LocalEntity("PER", ["Ali Güler"], role="Chief of the General Staff"))
    minister = registry.link(LocalEntity("PER", ["Ali Güler"], role="Minister of National Defence"))
    retired = registry.link(LocalEntity("PER", ["Mehmet Kaya"], role="former Deputy Minister of the Interior"))
    assert lawyer.id != official.id and minister.id == general.id and retired.id in (official.id, lawyer.id)


def test_a_regnal_name_read_in_a_later_article_names_the_person_from_then_on():
    registry = EntityRegistry()
    first = registry.link(LocalEntity("PER", ["Henry"]))
    later = registry.link(LocalEntity("PER", ["VIII. Henry", "Henry"], english_name="Henry VIII"))
    assert later is first and first.name == "Henry VIII"


def test_holders_of_offices_of_two_states_with_one_name_are_two_people():
    registry = EntityRegistry()
    colombian = registry.link(LocalEntity("PER", ["Pablo Ruiz"], role="Minister of Defence", country="COL"))
    spaniard = registry.link(LocalEntity("PER", ["Pablo Ruiz", "Ruiz"], role="Prime Minister", country="ESP"))
    again = registry.link(LocalEntity("PER", ["Pablo Ruiz"], role="Minister of Defence", country="COL"))
    # a country guessed without an office keeps nobody apart
    unqualified = registry.link(LocalEntity("PER", ["Pablo Ruiz"], country="MEX"))
    assert spaniard.id != colombian.id and again.id == colombian.id and unqualified.id in (colombian.id, spaniard.id)
