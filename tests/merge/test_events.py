"""Cross-article merging on hand-made annotation documents and on the seeds."""
from gundem.merge.chronicle import Chronicle

ENTITIES = {
    "country:IRN": {"type": "LOC", "name": "Iran", "country": "IRN", "kind": "country", "names": ["İran"]},
    "country:USA": {"type": "LOC", "name": "United States", "country": "USA", "kind": "country", "names": ["ABD"]},
    "country:OMN": {"type": "LOC", "name": "Oman", "country": "OMN", "kind": "country", "names": ["Umman"]},
    "city:muscat": {"type": "LOC", "name": "Muscat", "country": "OMN", "kind": "city", "names": ["Maskat"]},
    "city:geneva": {"type": "LOC", "name": "Geneva", "country": "CHE", "kind": "city", "names": ["Cenevre"]},
    "region:145": {"type": "LOC", "name": "Western Asia", "country": None, "kind": "region", "names": ["Batı Asya"]},
    "country:ISR": {"type": "LOC", "name": "Israel", "country": "ISR", "kind": "country", "names": ["İsrail"]},
    "country:LBN": {"type": "LOC", "name": "Lebanon", "country": "LBN", "kind": "country", "names": ["Lübnan"]},
}


def talks(doc, dct, date=None, status="occurred", location=None, kind="explicit", alternatives=(), number=1):
    event = {
        "id": f"{doc}:e{number}", "type": "CONSULT", "status": status, "date": date,
        "interval": [date, date] if date and len(date) == 10 else None, "date_kind": kind if date else None,
        "location": location, "participants": {"parties": ["country:USA", "country:IRN"]},
        "countries": {"parties": ["IRN", "USA"]}, "evidence": [{"start": 0, "end": 5, "text": "talks"}],
    }
    if alternatives:
        event["date_alternatives"] = list(alternatives)
    return event


def document(doc, dct, *events):
    return {"doc": doc, "dct": dct, "events": list(events), "entities": ENTITIES}


def merged(*documents):
    chronicle = Chronicle()
    chronicle.add_documents(list(documents))
    return chronicle.merged_events()


def test_the_same_talks_in_two_articles_come_out_once_with_both_sources():
    events = merged(document("a", "2026-02-06", talks("a", "2026-02-06", "2026-02-06", location="country:OMN")),
                    document("b", "2026-02-07", talks("b", "2026-02-07", "2026-02-06", location="city:muscat")))
    assert len(events) == 1
    assert events[0]["docs"] == ["a", "b"] and events[0]["location"] == "city:muscat"  # the most specific place
    assert events[0]["conflicts"] == []  # Muscat lies in Oman: no disagreement


def test_a_country_locates_an_event_better_than_a_region_around_it():
    events = merged(document("a", "2026-02-06", talks("a", "2026-02-06", "2026-02-06", location="region:145")),
                    document("b", "2026-02-07", talks("b", "2026-02-07", "2026-02-06", location="country:OMN")))
    assert events[0]["location"] == "country:OMN"


def test_an_explicit_date_outranks_an_uncertain_relative_one():
    uncertain = talks("a", "2026-02-07", "2026-02-07", kind="uncertain", alternatives=["2026-02-06"])
    explicit = talks("b", "2026-02-14", "2026-02-06")
    events = merged(document("a", "2026-02-07", uncertain), document("b", "2026-02-14", explicit))
    assert len(events) == 1 and events[0]["date"] == "2026-02-06"
    assert events[0]["conflicts"] == [{"field": "date", "value": "2026-02-07", "chosen": "2026-02-06", "doc": "a", "kind": "uncertain"}]


def test_planned_becomes_occurred_when_a_later_article_reports_it():
    events = merged(document("a", "2026-02-14", talks("a", "2026-02-14", "2026-02-17", status="planned", location="city:geneva")),
                    document("b", "2026-02-18", talks("b", "2026-02-18", "2026-02-17", location="city:geneva")))
    assert len(events) == 1 and events[0]["status"] == "occurred"
    assert [h["status"] for h in events[0]["status_history"]] == ["planned", "occurred"]


def test_different_places_in_different_countries_stay_apart():
    events = merged(document("a", "2026-02-14", talks("a", "2026-02-14", "2026-02-17", location="city:geneva")),
                    document("b", "2026-02-18", talks("b", "2026-02-18", "2026-02-17", location="city:muscat")))
    assert len(events) == 2


def test_two_events_of_one_article_are_never_merged_through_a_third():
    first_round = talks("a", "2026-02-20", "2026-02-06")
    second_round = talks("a", "2026-02-20", "2026-02-17", number=2)
    undated = talks("b", "2026-02-21")  # compatible with both rounds
    events = merged(document("a", "2026-02-20", first_round, second_round), document("b", "2026-02-21", undated))
    assert len(events) == 2
    assert all(len(e["mentions"]) == len(set(e["docs"])) for e in events)


def test_incompatible_dates_stay_apart():
    events = merged(document("a", "2026-02-20", talks("a", "2026-02-20", "2026-02-06")),
                    document("b", "2026-02-21", talks("b", "2026-02-21", "2026-02-17")))
    assert len(events) == 2


def test_a_story_groups_the_seeds_under_a_label(seed_output):
    chronicle = Chronicle()
    chronicle.add_documents(seed_output)
    stories = chronicle.story_list()
    assert len(stories) == 1 and stories[0]["label"] == "Iran – United States: talks and contacts"
    assert stories[0]["docs"] == ["000_292c7b092348037e", "001_517464675fa63045"]


def test_an_unrelated_article_is_another_story(seed_output):
    other = {"doc": "x", "dct": "2026-02-10", "entities": {
        "per:ana-lima": {"type": "PER", "name": "Ana Lima", "country": "BRA", "names": ["Ana Lima"]}},
        "events": [{"id": "x:e1", "type": "PROTEST", "status": "occurred", "date": None, "interval": None,
                    "location": None, "participants": {"source": ["per:ana-lima"]}, "countries": {"source": ["BRA"]},
                    "evidence": []}]}
    chronicle = Chronicle()
    chronicle.add_documents(seed_output + [other])
    assert len(chronicle.story_list()) == 2


def test_timeline_of_the_seeds_matches_the_gold(seed_output, gold_folder):
    from gundem.evaluation.timeline import gold_timeline, score_timeline
    from gundem.views import timeline_json

    chronicle = Chronicle()
    chronicle.add_documents(seed_output)
    result = score_timeline(gold_timeline(gold_folder), timeline_json(chronicle.merged_events(), chronicle.entities))
    assert result["f1"] >= 0.9
    assert result["date_accuracy"] == 1.0 and result["sources_complete"] == 1.0


def test_merging_grows_near_linearly():
    """Not a timing test: it counts compatibility checks, which blocking must keep per-event flat."""
    from gundem.bench import synthetic_documents
    from gundem.merge import events as merging

    calls = {"n": 0}
    original = merging.compatible

    def counting(a, b):
        calls["n"] += 1
        return original(a, b)

    per_event = []
    for size in (2000, 8000):  # at 50 events a day: 40 and 160 days, both longer than the blocking window
        calls["n"] = 0
        merging.compatible = counting
        try:
            Chronicle().add_documents(synthetic_documents(size, per_day=50))
        finally:
            merging.compatible = original
        per_event.append(calls["n"] / size)
    assert per_event[1] < per_event[0] * 1.5  # quadratic growth would multiply it by 4


def _article(doc, dct, person, evidence, kind):
    return {"doc": doc, "dct": dct, "title": None, "quotes": [], "lang": "tr",
            "entities": {person: {"type": "PER", "name": person, "country": "SDN", "names": [person]}},
            "events": [{"id": f"{doc}:e1", "type": kind, "status": "occurred", "date": None, "interval": None,
                        "location": None, "participants": {"source": [person]}, "countries": {"source": ["SDN"]},
                        "evidence": [{"start": 0, "end": len(evidence), "text": evidence}]}]}


def test_one_shared_person_and_similar_words_make_one_story():
    # three kinds of event, so that no merged event ties the articles: only the words can
    a = _article("a", "2026-03-01", "per:amina-yusuf", "Hartum sokaklarında ekmek zammı protestoları büyüdü", "PROTEST")
    b = _article("b", "2026-03-04", "per:amina-yusuf", "Hartum sokaklarında ekmek zammına karşı protestocular gözaltına alındı", "COERCE")
    c = _article("c", "2026-03-05", "per:amina-yusuf", "Futbol federasyonu yeni sezonun fikstürünü açıkladı", "SUPPORT")
    chronicle = Chronicle()
    chronicle.add_documents([a, b, c])
    assert sorted(len(story["docs"]) for story in chronicle.story_list()) == [1, 2]


def with_people(event, *people):
    event["participants"]["persons"] = list(people)
    return event


def test_the_same_people_in_the_same_place_a_day_apart_is_one_meeting_with_a_disputed_date():
    one_day = talks("a", "2026-02-06", "2026-02-06", location="city:muscat")
    next_day = talks("b", "2026-02-07", "2026-02-05", location="city:muscat", kind="relative")
    events = merged(document("a", "2026-02-06", with_people(one_day, "per:a", "per:b")),
                    document("b", "2026-02-07", with_people(next_day, "per:a", "per:b")))
    assert len(events) == 1 and events[0]["date"] == "2026-02-06"
    assert events[0]["conflicts"] == [{"field": "date", "value": "2026-02-05", "chosen": "2026-02-06", "doc": "b", "kind": "relative"}]


def test_a_day_apart_without_the_same_people_or_place_stays_two_events():
    one_day = with_people(talks("a", "2026-02-06", "2026-02-06", location="city:muscat"), "per:a", "per:b")
    elsewhere = with_people(talks("b", "2026-02-07", "2026-02-05", location="country:OMN"), "per:a", "per:b")
    others = with_people(talks("c", "2026-02-07", "2026-02-05", location="city:muscat"), "per:a", "per:c")
    assert len(merged(document("a", "2026-02-06", one_day), document("b", "2026-02-07", elsewhere))) == 2
    assert len(merged(document("a", "2026-02-06", one_day), document("c", "2026-02-07", others))) == 2


def meeting(doc, dct, parties, countries, date=None, persons=()):
    event = talks(doc, dct, date)
    event["participants"] = {"parties": list(parties), "persons": list(persons)}
    event["countries"] = {"parties": sorted(countries)}
    return event


def test_one_shared_country_does_not_make_two_undated_events_one():
    # a domestic commission's meeting and a minister's talks abroad: both Turkish, nothing else in common
    commission = meeting("a", "2026-11-09", ["org:commission"], ["TUR"])
    talks_abroad = meeting("b", "2026-11-10", ["per:minister", "per:commissioner"], ["TUR"], persons=["per:minister", "per:commissioner"])
    assert len(merged(document("a", "2026-11-09", commission), document("b", "2026-11-10", talks_abroad))) == 2


def test_talks_sharing_one_side_but_not_the_other_stay_apart():
    call = meeting("a", "2026-11-13", ["country:TUR", "country:AZE"], ["TUR", "AZE"])
    summit = meeting("b", "2026-11-13", ["country:AZE", "country:ARM"], ["AZE", "ARM"])
    assert len(merged(document("a", "2026-11-13", call), document("b", "2026-11-13", summit))) == 2


def test_the_same_person_named_in_two_articles_joins_their_events():
    first = meeting("a", "2026-11-13", ["per:minister"], ["TUR"], persons=["per:minister"])
    second = meeting("b", "2026-11-14", ["per:minister", "per:envoy"], ["TUR"], persons=["per:minister", "per:envoy"])
    assert len(merged(document("a", "2026-11-13", first), document("b", "2026-11-14", second))) == 1


def test_the_police_of_one_country_are_no_shared_actor_across_articles():
    groups = {"group:police:tur": {"type": "GROUP", "name": "police", "country": "TUR", "kind": "police", "names": ["polis"]},
              "group:suspects:tur": {"type": "GROUP", "name": "suspects", "country": "TUR", "kind": "criminal", "names": ["şüpheliler"]}}

    def arrest(doc):
        event = {"id": f"{doc}:e1", "type": "COERCE", "status": "occurred", "date": "2026-03-10", "interval": ["2026-03-10", "2026-03-10"],
                 "date_kind": "explicit", "location": None,
                 "participants": {"source": ["group:police:tur"], "target": ["group:suspects:tur"]},
                 "countries": {"source": ["TUR"], "target": ["TUR"]}, "evidence": [{"start": 0, "end": 5, "text": "gözaltı"}]}
        return {"doc": doc, "dct": "2026-03-10", "events": [event], "entities": groups}

    # two arrests by the Turkish police on one day are two arrests, unless more than that is shared
    assert len(merged(arrest("a"), arrest("b"))) == 2


def strike(doc, *counts):
    """Israel's strike on Lebanon in one article, with the counts it gives as (kind, value, qualifier)."""
    return {
        "id": f"{doc}:e1", "type": "ASSAULT", "status": "occurred", "date": "2026-03-02", "interval": ["2026-03-02", "2026-03-02"],
        "date_kind": "explicit", "location": None,
        "participants": {"source": ["country:ISR"], "target": ["country:LBN"]}, "countries": {"source": ["ISR"], "target": ["LBN"]},
        "evidence": [{"start": 0, "end": 8, "text": "saldırı"}],
        "counts": [{"kind": kind, "value": value, "qualifier": qualifier, "start": 0, "end": 5, "text": str(value)}
                   for kind, value, qualifier in counts],
    }


def strikes_told_by(*tellings):
    return merged(*[{"doc": doc, "dct": dct, "events": [strike(doc, *counts)], "entities": ENTITIES} for doc, dct, counts in tellings])


def test_two_sources_giving_different_tolls_are_a_conflict_and_the_latest_figure_is_chosen():
    events = strikes_told_by(("a", "2026-03-02", [("dead", 12, "exact")]), ("b", "2026-03-03", [("dead", 15, "exact")]))
    assert len(events) == 1
    assert [(c["kind"], c["value"], c["doc"]) for c in events[0]["counts"]] == [("dead", 15, "b")]
    assert events[0]["conflicts"] == [{"field": "dead", "chosen": [15], "values": [
        {"doc": "a", "value": 12, "qualifier": "exact"}, {"doc": "b", "value": 15, "qualifier": "exact"}]}]


def test_at_least_twelve_and_fifteen_can_both_be_true():
    events = strikes_told_by(("a", "2026-03-02", [("dead", 12, "at_least")]), ("b", "2026-03-03", [("dead", 15, "exact"), ("injured", 40, "exact")]))
    assert [(c["kind"], c["value"]) for c in events[0]["counts"]] == [("dead", 15), ("injured", 40)]
    assert events[0]["conflicts"] == []


def test_an_attack_told_with_no_actors_country_meets_the_same_attack_told_with_one():
    ENTITIES.setdefault("city:quetta", {"type": "LOC", "name": "Quetta", "country": "PAK", "kind": "city", "names": ["Ketta"]})
    with_actor = strike("a", ("dead", 12, "at_least"))
    without = dict(strike("b", ("dead", 19, "exact")), participants={}, countries={})
    for event in (with_actor, without):
        event["location"] = "city:quetta"
    events = merged({"doc": "a", "dct": "2026-03-02", "events": [with_actor], "entities": ENTITIES},
                    {"doc": "b", "dct": "2026-03-02", "events": [without], "entities": ENTITIES})
    assert len(events) == 1 and events[0]["docs"] == ["a", "b"]


def test_an_undated_mention_is_no_bridge_between_dated_events_apart():
    march = talks("a", "2026-03-02", "2026-03-02")
    undated = talks("b", "2026-03-10")
    later = talks("c", "2026-03-20", "2026-03-20")
    events = merged(document("a", "2026-03-02", march), document("b", "2026-03-10", undated), document("c", "2026-03-20", later))
    assert sorted(len(e["docs"]) for e in events) == [1, 2]


def test_a_mention_naming_one_side_is_no_bridge_between_talks_of_different_sides():
    def talks_of(doc, *countries):
        return dict(talks(doc, "2026-03-02", "2026-03-02", location="city:geneva"), participants={"parties": [f"country:{c}" for c in countries]},
                    countries={"parties": list(countries)})
    ENTITIES.setdefault("country:QAT", {"type": "LOC", "name": "Qatar", "country": "QAT", "kind": "country", "names": ["Katar"]})
    events = merged(document("a", "2026-03-02", talks_of("a", "IRN", "USA")), document("b", "2026-03-02", talks_of("b", "USA")),
                    document("c", "2026-03-02", talks_of("c", "QAT", "USA")))
    assert sorted(len(e["docs"]) for e in events) == [1, 2]


def test_meetings_in_one_place_on_one_day_with_different_people_stay_apart():
    entities = {**ENTITIES, "city:ankara": {"type": "LOC", "name": "Ankara", "country": "TUR", "kind": "city", "names": ["Ankara"]},
                "per:a": {"type": "PER", "name": "Ali Kaya", "country": "TUR", "names": ["Ali Kaya"]},
                "per:b": {"type": "PER", "name": "Tom Berg", "country": "DEU", "names": ["Tom Berg"]},
                "per:c": {"type": "PER", "name": "Veli Demir", "country": "TUR", "names": ["Veli Demir"]}}

    def meeting(doc, people, countries):
        event = {"id": f"{doc}:e1", "type": "CONSULT", "status": "planned", "date": "2026-12-03", "interval": ["2026-12-03", "2026-12-03"],
                 "date_kind": "explicit", "location": "city:ankara", "participants": {"persons": people, "source": people[:1]},
                 "countries": {"persons": countries, "source": countries[:1]}, "evidence": [{"start": 0, "end": 5, "text": "bir araya gelecek"}]}
        return {"doc": doc, "dct": "2026-11-26", "events": [event], "entities": entities}

    events = merged(meeting("governor", ["per:a"], ["TUR"]), meeting("visit", ["per:c", "per:b"], ["TUR", "DEU"]))
    assert len(events) == 2


def test_an_event_told_as_done_is_not_one_dated_after_its_article():
    # talks told as held, undated, in an article of 21 November are not the talks another article dates 29 November
    held = document("a", "2026-11-21", talks("a", "2026-11-21"))
    later = document("b", "2026-11-30", talks("b", "2026-11-30", "2026-11-29", kind="relative"))
    assert len(merged(held, later)) == 2
    # a day's leeway: a source may date it a day after an article published past midnight
    assert len(merged(document("c", "2026-11-28", talks("c", "2026-11-28")),
                      document("d", "2026-11-30", talks("d", "2026-11-30", "2026-11-29", kind="relative")))) == 1


def test_one_person_named_alone_days_apart_is_no_ground_to_merge():
    # undated, told three days apart: the president's reception of one guest is not his talks with another
    first = meeting("a", "2026-11-20", ["per:president"], ["TUR"], persons=["per:president"])
    second = meeting("b", "2026-11-23", ["per:president", "per:guest"], ["TUR"], persons=["per:president", "per:guest"])
    assert len(merged(document("a", "2026-11-20", first), document("b", "2026-11-23", second))) == 2


def test_two_people_criticising_the_same_third_did_two_things():
    def criticism(doc, critic):
        event = {"id": f"{doc}:e1", "type": "ACCUSE", "status": "occurred", "date": None, "interval": None, "date_kind": None,
                 "location": None, "participants": {"source": [critic], "target": ["per:leader"], "persons": [critic, "per:leader"]},
                 "countries": {"source": ["TUR"], "target": ["TUR"]}, "evidence": [{"start": 0, "end": 9, "text": "eleştirdi"}]}
        return {"doc": doc, "dct": "2026-11-23", "events": [event], "entities": {}}

    assert len(merged(criticism("a", "per:deputy"), criticism("b", "per:chair"))) == 2
