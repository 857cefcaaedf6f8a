"""The HTTP API over a store built from the example articles."""
import pytest

from tests.http.conftest import HOSTILE_TEXT

STORY = "story:000_292c7b092348037e"


def test_openapi_schema_is_served(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/entities/{entity_id}", "/api/events", "/api/stories/{story_id}", "/api/quotes"} <= set(schema["paths"])


def test_articles_list_filters_and_pages(client):
    everything = client.get("/api/articles").json()
    assert everything["total"] >= 2
    one = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert len(one["items"]) == 1 and one["items"][0]["doc"] == everything["items"][1]["doc"]
    in_february = client.get("/api/articles", params={"date_from": "2026-02-10", "date_to": "2026-02-14"}).json()
    assert [a["doc"] for a in in_february["items"]] == ["001_517464675fa63045"]
    assert client.get("/api/articles", params={"q": "Cenevre"}).json()["items"][0]["doc"] == "001_517464675fa63045"
    assert client.get("/api/articles", params={"source": "AA"}).json()["total"] == 1
    assert client.get("/api/articles", params={"story": STORY}).json()["total"] == 2


def test_one_article_with_its_annotations(client):
    found = client.get("/api/articles/000_292c7b092348037e").json()
    assert found["document"]["title"] == "Katar'dan ABD-İran Müzakerelerine Destek"
    assert found["text"].startswith(" date 2026-02-07") and found["story"] == STORY
    assert client.get("/api/articles/nope").status_code == 404


def test_entity_search_by_any_name_variant(client):
    for variant in ("Erakçi'nin", "ERAKÇI", "erakci", "Abbas"):
        names = [e["name"] for e in client.get("/api/entities", params={"q": variant}).json()["items"]]
        assert "Abbas Erakçı" in names, variant
    places = client.get("/api/entities", params={"q": "Maskat", "type": "LOC"}).json()["items"]
    assert places[0]["name"] == "Muscat" and places[0]["country"] == "OMN"


def test_entity_profile(client):
    profile = client.get("/api/entities/per:abbas-erakci").json()
    assert profile["country"] == "IRN" and profile["role"] == "Minister of Foreign Affairs"
    assert profile["mention_count"] == 3 and len(profile["articles"]) == 2
    assert [q["text"] for q in profile["quotes"]] == ["İyi bir başlangıç."]
    assert any(e["type"] == "CONSULT" and e["date"] == "2026-02-06" for e in profile["events"])
    assert "per:donald-trump" in {o["id"] for o in profile["co_occurring"]}
    assert client.get("/api/entities/per:nobody").status_code == 404


@pytest.mark.parametrize("params, expected", [
    ({"type": "CONSULT", "status": "planned"}, [("CONSULT", "2026-02-17")]),
    ({"type": "ASSAULT"}, [("ASSAULT", "2025-06")]),
    ({"country": "CHE"}, []),
    ({"place": "city:2660646"}, [("CONSULT", "2026-02-17")]),
    ({"date_from": "2026-02-09", "date_to": "2026-02-11", "type": "CONSULT"},
     [("CONSULT", "2026-W07"), ("CONSULT", "2026-02-10"), ("CONSULT", "2026-02-10")]),
    ({"participant": "per:ismail-bekayi"}, [("CONSULT", "2026-02-06")]),
])
def test_event_filters(client, params, expected):
    items = client.get("/api/events", params=params).json()["items"]
    assert sorted((e["type"], e["date"]) for e in items) == sorted(expected)


def test_events_by_country_and_story(client):
    assert client.get("/api/events", params={"country": "QAT"}).json()["items"][0]["type"] == "SUPPORT"
    assert client.get("/api/events", params={"story": STORY}).json()["total"] == 10


def test_stories_and_one_story_timeline(client):
    stories = client.get("/api/stories").json()["items"]
    assert [s["label"] for s in stories] == ["Iran – United States: talks and contacts"]
    story = client.get(f"/api/stories/{STORY}").json()
    talks = next(e for e in story["timeline"] if e["type"] == "CONSULT" and e["date"] == "2026-02-06")
    assert talks["docs"] == ["000_292c7b092348037e", "001_517464675fa63045"]
    assert all(source["sentence"].strip() and "date 2026" not in source["sentence"] for source in talks["sources"])
    assert client.get("/api/stories/story:nope").status_code == 404


def test_quotes_by_speaker_story_and_text(client):
    assert [q["text"] for q in client.get("/api/quotes", params={"speaker": "per:donald-trump"}).json()["items"]] == [
        "Eğer anlaşmaya varamazsak, ikinci aşamaya geçeceğiz ve bu aşama, onlar için çok zor olacak, ben bunun peşinde değilim."]
    assert client.get("/api/quotes", params={"story": STORY}).json()["total"] == 4
    assert client.get("/api/quotes", params={"q": "başlangıç"}).json()["items"][0]["speaker_name"] == "Abbas Erakçı"


def test_search_across_everything(client):
    found = client.get("/api/search", params={"q": "Witkoff"}).json()
    assert found["entities"][0]["name"] == "Steve Witkoff" and len(found["articles"]) == 2


@pytest.mark.parametrize("path, params", [
    ("/api/articles", {"limit": 0}), ("/api/articles", {"limit": 101}), ("/api/articles", {"offset": -1}),
    ("/api/articles", {"date_from": "yesterday"}), ("/api/articles", {"lang": "xx"}), ("/api/articles", {"q": "x" * 201}),
    ("/api/events", {"type": "consult"}), ("/api/events", {"country": "TR"}), ("/api/events", {"status": "maybe"}),
    ("/api/entities", {"type": "PERSON"}), ("/api/search", {"q": ""}),
])
def test_inputs_are_validated_and_bounded(client, path, params):
    assert client.get(path, params=params).status_code == 422


def test_posting_an_article_analyses_and_stores_it(client):
    text = "Almanya ile Fransa arasında Berlin'de yapılan görüşmeler dün sona erdi. Bakan Ali Demir, \"Görüşmeler olumlu geçti.\" dedi."
    created = client.post("/api/articles", json={"id": "post-1", "date": "2026-03-11", "text": text, "title": "Berlin"})
    assert created.status_code == 201 and created.json()["status"] == "added" and created.json()["events"] == 1
    again = client.post("/api/articles", json={"id": "post-1", "date": "2026-03-11", "text": text, "title": "Berlin"})
    assert again.status_code == 200 and again.json()["status"] == "unchanged" and again.json()["doc"] == "post-1"
    event = client.get("/api/events", params={"country": "DEU"}).json()["items"][0]
    assert (event["date"], event["location_name"]) == ("2026-03-10", "Berlin")


@pytest.mark.parametrize("body, status", [
    ({"id": "x", "date": "2026-03-11", "text": "a" * 60_000}, 413),
    ({"id": "x", "date": "2026-02-30", "text": "Metin."}, 422),
    ({"id": "x y", "date": "2026-03-11", "text": "Metin."}, 422),
    ({"id": "x", "text": "Metin."}, 422),
    ({"id": "x", "date": "2026-03-11", "text": "   "}, 400),
    ({"id": "x", "date": "2026-03-11", "text": "ikili\u0000veri"}, 400),
])
def test_bad_posts_get_clear_4xx_and_store_nothing(client, body, status):
    before = client.get("/api/articles").json()["total"]
    response = client.post("/api/articles", json=body)
    assert response.status_code == status and response.json()["detail"]
    assert client.get("/api/articles").json()["total"] == before


def test_pages_are_served_with_a_strict_content_security_policy(client):
    for path in ("/", f"/story/{STORY}", "/entity/per:abbas-erakci", "/article/000_292c7b092348037e"):
        response = client.get(path)
        assert response.status_code == 200 and "script-src 'self'" in response.headers["content-security-policy"]
        assert "<script>" not in response.text  # only the external script, no inline code


def test_hostile_article_text_is_stored_verbatim(client):
    created = client.post("/api/articles", json={"id": "hostile", "date": "2026-02-20", "text": HOSTILE_TEXT})
    assert created.status_code == 201
    assert client.get("/api/articles/hostile").json()["text"] == HOSTILE_TEXT


def test_article_snippets_start_with_the_prose(client):
    items = client.get("/api/articles", params={"q": "Maskat"}).json()["items"]
    snippets = {item["doc"]: item["snippet"] for item in items}
    assert snippets["000_292c7b092348037e"].startswith("Katar, ABD ile İran arasındaki müzakerelerin")
    assert not any("date 2026" in snippet for snippet in snippets.values())


def test_posting_an_html_page(client):
    page = ("<html><head><title>Viyana görüşmesi</title></head><body><article><h1>Viyana görüşmesi</h1>"
            "<p>Avusturya ile Macaristan arasında Viyana'da yapılan görüşmeler dün sona erdi ve taraflar ortak bir açıklama yaptı.</p>"
            "<p>Toplantıya iki ülkenin dışişleri bakanları katıldı ve enerji konusunu ele aldı.</p></article></body></html>")
    created = client.post("/api/articles", json={"id": "html-1", "date": "2026-03-11", "text": page, "html": True})
    assert created.status_code == 201
    stored = client.get("/api/articles/html-1").json()
    assert "<p>" not in stored["text"] and "Viyana'da yapılan görüşmeler" in stored["text"]
    assert stored["document"]["events"][0]["type"] == "CONSULT"
