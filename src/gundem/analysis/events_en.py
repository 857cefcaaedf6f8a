"""PLOVER events in English text: triggers from ``lang/en/event_triggers.tsv``, roles by word order.

English puts the subject before the verb and the object after it, and marks other roles with
prepositions: ``X met Y in Z``, ``X was attacked by Y``, ``talks between X and Y``. Within the
clause around a trigger (a clause ends at ``;``, at ``, which``, at a verb of saying), the actors
before it are its subject, those after it its object, a place after ``in``/``at`` its place, and
a possessor its subject when a noun is the trigger (``Israel's attack on Gaza``) but only a
qualifier when a name follows (``Iran's foreign minister X``). The status comes from the words
just before the trigger (``will``, ``not``, ``expected to``, ``if``). Events of one article are
merged by the same function as Turkish ones, and are what the Turkish stage produces: the
cross-article merging, the store and the timelines read both alike.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from importlib import resources
from types import MappingProxyType

from gundem.analysis.counts import CountFinder
from gundem.analysis.entities import is_headline
from gundem.analysis.events import (
    RETALIATION,
    Event,
    asides_where_their_meeting_was,
    claims_joined_to_their_attack,
    merge_mentions,
    named_apart,
    no_forces_moved_as_targets,
    no_threat_to_ones_own_country,
    one_side,
    planned_when_dated_after,
    protests_of_states_accuse,
    stated_country_of_groups,
    states_named,
)
from gundem.analysis.groups import CIVILIANS, GROUP, STATE_FORCES
from gundem.analysis.lang.loader import read_language_json
from gundem.analysis.text import fold, lowercase, past_the_dateline, sentences, tokenize
from gundem.model import Mention, Timex

ACTOR_TYPES = ("PER", "ORG", "LOC", GROUP)
QUALIFIER_GAP = 40  # characters between a possessor or a country and the name it qualifies
SAYER_GAP = 40  # characters between who says and the end of "said" ("X, the prime minister, said")
HAZARD_REACH = 120  # characters before an act read for a natural hazard as its subject ("earthquakes in recent years, including one in Herat ... that killed")
POSSESSIVE = re.compile(r"['’]s?\b")
PLACES_LISTED = re.compile(r",\s*|,?\s+and\s+")  # between two places of a list
TITLE_BETWEEN = re.compile(r"['’]?s?\s+(?:(?!(?:and|or)\s)[\w.'’-]+\s+){1,5}")  # "U.S. Secretary of State ", "Greece's foreign minister ": a title, no "and" or comma
TITLED_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w.'’-]+\s+){1,4}")  # "and Bulgarian President "
# "X, Y and Z", "the army and the paramilitary RSF": the gap between two joined names
JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:[a-z]+(?:-[a-z]+)?\s+)?)?")
OWNED_GROUP_GAP = re.compile(r"['’]s?\s+")  # "Sudan's army": the group the name before owns


@dataclass(frozen=True, slots=True)
class EnglishTrigger:
    type: str
    kind: str  # verb or noun
    shape: str  # symmetric or directed
    pattern: re.Pattern[str]
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class EnglishEventGrammar:
    triggers: tuple[EnglishTrigger, ...]
    patterns: dict[str, re.Pattern[str]]


def load_english_grammar() -> EnglishEventGrammar:
    package = resources.files("gundem.analysis.lang.en")
    rows = [line.split("\t") for line in package.joinpath("event_triggers.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    triggers = tuple(EnglishTrigger(row[0], row[1], row[2], re.compile(rf"(?<![\w-]){row[3]}"), (row[4] if len(row) > 4 else "") or None)
                     for row in rows)
    data = read_language_json("en", "event_grammar.json")
    return EnglishEventGrammar(triggers, {key: re.compile(value) for key, value in data.items() if not key.startswith("_")})


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    number: int  # the sentence's
    opening: int = 0  # where the sentence's words begin, past any dateline


class EnglishEventFinder:
    def __init__(self, grammar: EnglishEventGrammar, title_words: frozenset[str] = frozenset(),
                 demonyms: Mapping[str, str | None] = MappingProxyType({}), dateline: re.Pattern[str] | None = None,
                 counts: CountFinder | None = None) -> None:
        self.grammar = grammar
        self.dateline = dateline  # "KABUL, Oct 2 (AFP) - ": its place and agency take part in no act
        self.counts = counts  # how many were killed, injured, detained: each count joins the act it counts
        self.title_words = title_words  # folded words of titles: "U.S. Secretary of State X", "Iran's foreign minister X"
        self.demonyms = demonyms  # folded "israeli" → "ISR": "Israeli warplanes struck" is the country the article names acting

    def __call__(self, text: str, mentions: list[Mention], timexes: list[Timex], entities, quotes=(), dct: date | None = None) -> list[Event]:
        lowered = lowercase(text, "en")
        actors = [m for m in mentions if m.type in ACTOR_TYPES and m.cluster >= 0]
        countries = states_named(entities)
        no_person = lambda cluster: entities[cluster].type != "PER"
        spans = sentences(text, ordinals=False)
        found: list[Event] = []
        for number, sentence in enumerate(spans):
            told: list[tuple[_Clause, Event]] = []
            subject: list[Mention] = []  # the last verb's, for a verb joined to it by "and"
            mediating: list[int] = []  # "brokered a ceasefire": who mediates the act the next noun names
            # "the Gulf Cooperation Council": a word of an act inside a body's name, whatever its kind, is the name's
            bodies = [(m.start, m.end) for m in actors if m.type == "ORG" and sentence.start <= m.start < sentence.end]
            triggers = [t for t in self._triggers(lowered, sentence.start, sentence.end)
                        if not (t[2].kind == "noun" and _inside_a_name(text, t[0], sentence, actors))
                        and not any(start <= t[0] < end for start, end in bodies)]
            clause_start = past_the_dateline(text, sentence, self.dateline).start
            for index, (start, end, trigger) in enumerate(triggers):
                clause = self._clause(lowered, clause_start, sentence.end, start, end, number)
                if (self.grammar.patterns["natural_hazard_before"].search(lowered, max(clause.start, start - HAZARD_REACH), start)
                        or trigger.type == "ASSAULT" and self.grammar.patterns["hazard_after"].match(lowered, end, sentence.end)
                        or lowered.startswith("killing", start)
                        and self.grammar.patterns["hazard_before_a_participle"].search(lowered, max(clause.start, start - HAZARD_REACH), start)):
                    continue  # "an earthquake struck", "killed as a plane crashes", "erupted on Friday, killing": no one acts
                if (trigger.kind == "verb" and lowered[start:end].endswith("ed")
                        and (any(m.start == end + 1 and m.type in (GROUP, "ORG", "PER") for m in actors)
                             or self.grammar.patterns["described_noun_after"].match(lowered, end))
                        and self.grammar.patterns["attributive_before"].search(lowered, max(clause.start, start - 20), start)):
                    continue  # "to release jailed journalists", "the banned Baloch Liberation Army": described, no act here
                if trigger.kind == "verb" and self.grammar.patterns["adjective_use"].search(lowered, max(clause.start, start - 20), start):
                    trigger = replace(trigger, kind="noun")  # "its demand", "the first visit by": the verb's form as a noun
                if trigger.kind == "noun" and self.grammar.patterns["a_right_before"].search(lowered, max(clause.start, start - 30), start):
                    continue  # "the right to peaceful protest": a right, not an act
                if trigger.kind == "verb" and self.grammar.patterns["one_of_a_series_before"].search(lowered, max(clause.start, start - 70), start):
                    continue  # "the fourth former president to be jailed": how many were, no act of its own
                if lowered[start:end].split()[0].endswith("ing") and (
                        self.grammar.patterns["topic_gerund_before"].search(lowered, max(clause.start, start - 20), start)
                        or self.grammar.patterns["described_by_a_participle_before"].search(lowered, max(clause.start, start - 50), start)):
                    continue  # "discussed lifting sanctions", "the coalition fighting Islamic State": talked over, or a standing
                if trigger.kind == "noun" and (self.grammar.patterns["topic_gerund_object_before"].search(lowered, max(clause.start, start - 60), start) or (
                        self.grammar.patterns["topic_object_before"].search(lowered, max(clause.start, start - 60), start)
                        and not any(event.type == trigger.type for event in found))):
                    continue  # "discussed making the Gaza ceasefire permanent", "to discuss the second phase of the Gaza ceasefire": a topic
                if any(earlier == clause and self._in_the_charge(lowered, event, start) for earlier, event in told):
                    continue  # "accused Ethiopia of preparing an invasion": the charge, not an act told
                verb = next((event for earlier, event in told if earlier == clause and event.type == trigger.type and event.kind == "verb"), None)
                # (not an act the verb's answers: "fired missiles in retaliation for Israeli air strikes")
                answered = self.grammar.patterns["answered_act_before"].search(lowered, max(clause.start, start - 40), start) is not None
                if trigger.kind == "noun" and verb is not None and not answered:
                    verb.evidence.append((start, end))  # "signed an agreement", "imposed new sanctions": the verb's object
                    _owner_of_the_act_noun_acts(text, verb, actors, start)
                    continue
                # objects stop at a verb joined by "and" ("condemned ... and called on X"), not at an act
                # the verb embeds ("threatened to hold a strike unless X ...")
                reach = next((later[0] for later in triggers[index + 1:] if later[2].kind == "verb"
                              and self.grammar.patterns["joined_verb"].search(lowered, end, later[0])), clause.end)
                if trigger.type == "ACCUSE" and (charge := self._charge_opened(lowered, start, end, reach)) is not None:
                    reach = charge  # "accusing them of helping X": X is in the charge
                # "condemned the attack": the noun is the verb's object; "agreed to resume talks": the subject's own act
                embedded = trigger.kind == "noun" and (any(
                    earlier == clause and event.kind == "verb" and not INFINITIVE_BETWEEN.search(lowered, event.evidence[0][1], start)
                    for earlier, event in told)  # "called the protests a coup": what the subject said of others' act
                    or (trigger.shape != "symmetric"  # who describes the talks took part in them
                        and self.grammar.patterns["characterising_verb_before"].search(lowered, max(clause.start, start - 40), start) is not None)
                    # "farmers drive tractors into Paris over Mercosur deal": the deal is what they act over, not theirs;
                    # "vowed to respond to any attack": the act answered is another's
                    or self.grammar.patterns["topic_before"].search(lowered, max(clause.start, start - 40), start) is not None
                    or answered)
                # "called on Israel to withdraw", "urged both sides to stop fighting": the act asked for is the addressee's
                # "demanded that the government withdraw the bill": the verb's bare form after "that" is asked for too
                asked = next((event for earlier, event in reversed(told) if earlier == clause and event.type in ASKING_TYPES
                              and (INFINITIVE_BETWEEN.search(lowered, event.evidence[0][1], start)
                                   or INFINITIVE.search(lowered, event.evidence[0][1], start)
                                   or (trigger.kind == "verb" and MANDATIVE_THAT.fullmatch(lowered, event.evidence[0][1], start)
                                       and not lowered.startswith("insist", event.evidence[0][0])  # "insisted that X withdrew": a claim
                                       and not INFLECTED_VERB.search(lowered[start:end].split()[0])))), None)  # "urged both to agree"
                # "agreed on Monday to hold talks in March": a date after an act in the infinitive is that act's
                # (a noun after "to" too: "called on supporters to protest in Chisinau next Sunday")
                infinitives = tuple(later[0] for later in triggers[index + 1:] if later[0] < clause.end
                                    and INFINITIVE.search(lowered, max(0, later[0] - 4), later[0]))
                sides = _Sides(clause, start, end, min(reach, clause.end), subject, _parties_before(found), embedded,
                               _parties_of(_last_act_of_sides([told_event for _, told_event in told])),
                               None if asked is None else [_Cluster(c) for c in asked.participants.get("target", [])], infinitives,
                               _parties_of(_last_act_of_sides(found)), tuple((later[0], later[2].shape) for later in triggers[index + 1:]),
                               _parties_before(found, lambda cluster: entities[cluster].type == "PER"),
                               max((event.evidence[0][1] for earlier, event in told if earlier == clause and event.kind == "verb"
                                    and event.evidence[0][1] <= start), default=-1),
                               _parties_of(_last_act_of_sides(found, no_person), no_person))
                event, used = self._event(text, lowered, sides, trigger, actors, timexes, entities, countries)
                if asked is None and INFINITIVE.search(lowered, max(clause.start, start - 4), start):  # "to protest": a verb, whatever its table says
                    self._done_by_who_acts_for_it(event, clause, told, lowered, start)
                if trigger.kind == "noun" and mediating:
                    for cluster in mediating:  # its subject stood between the sides, no side of it
                        event.drop(cluster)
                        event.add("mediator", cluster)
                    mediating = []
                if trigger.shape == "mediator" and not event.participants.get("parties") and self._act_named_after(lowered, end):
                    mediating = event.participants.get("mediator", [])  # "Russia, which brokered a ceasefire in 2020"
                    continue
                if (mediated := self._act_mediated(lowered, trigger, end, event, told, found)) is not None:
                    for cluster in event.participants.get("mediator", []):
                        mediated.add("mediator", cluster)  # "exchanged prisoners in a swap mediated by X": X mediated the swap
                    continue
                # "On the sidelines, X held talks with Y": a meeting of its own beside the one told
                event.aside = self.grammar.patterns["aside_of_another"].search(lowered, sentence.start, start) is not None
                # "the largest since the collapse ... last year sparked months of demonstrations": a past one the news is measured by
                event.recalled = self.grammar.patterns["measured_since_before"].search(lowered, sentence.start, start) is not None
                if trigger.kind == "noun" and self._told_again(lowered, start, event, found):
                    # "protested against the agreement", "ratification of the deal": the act told before, named again
                    event.participants, event.location, event.date = {}, None, None
                if trigger.kind == "verb" and not INFINITIVE.search(lowered, max(clause.start, start - 4), start):
                    subject = used  # "urged X to withdraw ... and warned": "warned" shares the subject of "urged", not of "withdraw"
                told.append((clause, event))
                found.append(event)
        country_of = lambda cluster: None if entities[cluster].type == GROUP else entities[cluster].country
        planned_when_dated_after(found, dct)
        protests_of_states_accuse(found, entities)
        no_threat_to_ones_own_country(found, entities)
        no_forces_moved_as_targets(found, entities)
        kind_of, is_group = (lambda cluster: entities[cluster].kind), (lambda cluster: entities[cluster].type == GROUP)
        self._attitudes_to_acts_named_after(lowered, found, is_group)
        # an act told as not done is not the one told as done: the two are merged apart
        group_country_of = lambda cluster: entities[cluster].country  # "Nigerien army": a group of a country is no body of none
        events = [event for negated in (False, True)
                  for event in merge_mentions([e for e in found if (e.status == "negated") == negated], country_of, kind_of, is_group,
                                              group_country_of=group_country_of, one_side=partial(one_side, entities),
                                              named_apart=partial(named_apart, entities),
                                              stated_country_of=stated_country_of_groups(entities))]
        events = claims_joined_to_their_attack(events, self.grammar.patterns["claim_of_responsibility"])
        asides_where_their_meeting_was(events)
        if self.counts is not None:
            self.counts.attach(events, lowered, spans, timexes)
        return [e for e in events if any(e.participants.values()) or e.location is not None or e.counts]

    def _act_mediated(self, lowered: str, trigger: EnglishTrigger, end: int, event: Event, told: list, found: list[Event]) -> Event | None:
        """``exchanged prisoners ... in a swap mediated by X``: a mediator after ``by`` mediates the
        act of two sides told before it in the sentence; ``the 17th exchange it had brokered``, with
        no sides of its own, the last such act of the article. Talks mediated are the talks themselves."""
        if trigger.shape != "mediator":
            return None
        if self.grammar.patterns["agent_after"].match(lowered, end) is not None:
            earlier = [act for _, act in told]
            if any(not lowered[act.evidence[-1][1]:event.evidence[0][0]].strip() and act.type == trigger.type for act in earlier):
                return None  # "at peace talks hosted by Turkey": the talks named right before are the ones hosted
            # "under a prisoner exchange deal brokered by Qatar and Egypt": the act named right before the participle
            # (a noun with no sides of its own, "swapped prisoners in a deal brokered by Qatar", leaves it to the swap)
            named = next((act for act in reversed(earlier) if not lowered[act.evidence[-1][1]:event.evidence[0][0]].strip()
                          and act.type != trigger.type), None)
            if named is not None and (named.participants.get("parties") or named.participants.get("source")):
                return named
            act = _last_act_of_sides(earlier)
            return act if act is not None and act.type != trigger.type else named
        elif not event.participants.get("parties"):
            earlier = found
        else:
            return None
        act = _last_act_of_sides(earlier)
        return act if act is not None and act.type != trigger.type else None

    def _act_named_after(self, lowered: str, end: int) -> bool:
        """An act's noun opens the object right after a verb (``brokered a ceasefire``)."""
        article = self.grammar.patterns["article_then_words"].match(lowered, end)
        return article is not None and any(start == article.end() and trigger.kind == "noun"
                                           for start, _, trigger in self._triggers(lowered, article.end(), article.end() + 40))

    def _attitudes_to_acts_named_after(self, lowered: str, found: list[Event], is_group) -> None:
        """``Syria condemned the strikes``: condemning, welcoming or rejecting an act the article
        told before, named by its noun right after the verb, is aimed at whoever did that act
        (the last act of that type told with a named author, before the acts are merged; of acts told
        with groups alone, the first: ``an air strike by Myanmar's military`` before ``Fighter jets
        bombed``)."""
        object_gap = self.grammar.patterns["act_object_gap"]
        for index, event in enumerate(found):
            if event.type not in ATTITUDE_TYPES or event.kind != "verb" or event.participants.get("target"):
                continue
            verb_end = event.evidence[0][1]
            named = next((act.type for act in found[index + 1:] if act.kind == "noun" and object_gap.fullmatch(lowered, verb_end, act.evidence[0][0])), None)
            if named is None:
                # "condemned the strike": a word no trigger takes alone ("strike" may be a walkout); "welcomed the decision"
                # of a court told before
                named = ("ASSAULT" if self._named_in_the_object(lowered, verb_end, self.grammar.patterns["assault_named_again"])
                         else "ACCUSE" if self._named_in_the_object(lowered, verb_end, self.grammar.patterns["legal_act_named_again"]) else None)
            if named is None:
                continue
            # an attack condemned is not the fire returned at it
            authored = [act for act in reversed(found[:index]) if act.type == named and act.mode != RETALIATION
                        and (act.participants.get("source") or act.participants.get("parties"))]
            told = next((act for act in authored if not all(map(is_group, act.participants.get("source") or act.participants["parties"]))),
                        authored[-1] if authored else None)
            for cluster in (told.participants.get("source") or told.participants.get("parties", [])) if told is not None else ():
                if cluster not in event.participants.get("source", []):
                    event.add("target", cluster)

    def _named_in_the_object(self, lowered: str, verb_end: int, noun: re.Pattern[str]) -> bool:
        """``noun`` opens one of the first three words of the object after the verb (``the deadly strike``)."""
        opening = self.grammar.patterns["act_object_determiner"].match(lowered, verb_end)
        return opening is not None and any(noun.match(lowered, opening.end() + word.start())
                                           for word in itertools.islice(re.finditer(r"\S+", lowered[opening.end():opening.end() + 60]), 3))

    def _told_again(self, lowered: str, start: int, event: Event, found: list[Event]) -> bool:
        """A noun with ``the`` after a preposition that names an act of a type told before."""
        return (any(earlier.type == event.type for earlier in found)
                and self.grammar.patterns["named_again_before"].search(lowered, max(0, start - 40), start) is not None)

    def _in_the_charge(self, lowered: str, accusation: Event, position: int) -> bool:
        """After a verb of accusing and ``of`` (``accused X last month of preparing an invasion``)."""
        accusing_start, accusing_end = accusation.evidence[0]
        if accusation.type != "ACCUSE" or accusing_end > position:
            return False
        opened = self._charge_opened(lowered, accusing_start, accusing_end, position)
        # "a man accused of theft was arrested": the sentence's own passive verb closes the charge
        word_end = WORD_AT.match(lowered, position).end()
        return opened is not None and self.grammar.patterns["charge_closed_by"].search(lowered, opened, word_end) is None

    def _charge_opened(self, lowered: str, start: int, end: int, limit: int) -> int | None:
        """Where ``of`` opens the charge after a verb of accusing at ``start``..``end``, before ``limit``."""
        if self.grammar.patterns["accusing_verb"].match(lowered, start) is None:
            return None
        charge = self.grammar.patterns["charge_opener"].search(lowered, end, limit)
        return charge.start() if charge is not None else None

    def _triggers(self, lowered: str, start: int, end: int) -> list[tuple[int, int, EnglishTrigger]]:
        """Every trigger of the sentence, the longest where two overlap."""
        matches = sorted(((m.start(), m.end(), trigger) for trigger in self.grammar.triggers
                          for m in trigger.pattern.finditer(lowered, start, end)), key=lambda t: (t[0], -t[1]))
        kept: list[tuple[int, int, EnglishTrigger]] = []
        for match in matches:
            if not kept or match[0] >= kept[-1][1]:
                kept.append(match)
        return kept

    def _clause(self, lowered: str, start: int, end: int, trigger_start: int, trigger_end: int, number: int) -> _Clause:
        breaks = self.grammar.patterns["clause_breaks"]
        before = [m.end() for m in breaks.finditer(lowered, start, trigger_start)]
        after = breaks.search(lowered, trigger_end, end)
        speech = [m.end() for m in self.grammar.patterns["reported_speech"].finditer(lowered, start, trigger_start)]
        return _Clause(max([start, *before, *speech]), after.start() if after else end, number, start)

    def _event(self, text: str, lowered: str, sides: _Sides, trigger: EnglishTrigger,
               actors: list[Mention], timexes: list[Timex], entities, countries: dict[str, int]) -> tuple[Event, list[Mention]]:
        """The event of one trigger, and the subject it was given (none for a passive's)."""
        clause, start, end = sides.clause, sides.start, sides.end
        be_before = (self.grammar.patterns["passive_before"].search(lowered, max(clause.start, start - 30), start) is not None
                     or self.grammar.patterns["headline_passive"].match(lowered, start) is not None)
        # "called the drills a rehearsal for invasion": an act only led up to is imagined, and who says so does not do it
        led_up_to = trigger.kind == "noun" and self.grammar.patterns["led_up_to_before"].search(lowered, max(clause.start, start - 40), start) is not None
        imagined = led_up_to or self._imagined(lowered, clause, start, end, trigger)
        event = Event(trigger.type, self._status(lowered, clause, start, trigger, imagined), [(start, end)], trigger.shape, trigger.kind,
                      sentences={clause.number}, mode=trigger.mode, wording=[lowered[start:end]])
        inside = [m for m in actors if clause.start <= m.start and m.end <= clause.end and not self._qualifies(text, m, actors)]
        brokers = [m for m in inside if self.grammar.patterns["mediator_adjective"].match(lowered, m.end)]  # "a UAE-brokered deal"
        inside = [m for m in inside if m not in brokers]
        # "gathered outside Congress": the body's building is where, the body no one who acts
        inside = [m for m in inside if not (entities[m.cluster].type == "ORG"
                                            and self.grammar.patterns["building_before"].search(lowered, max(clause.start, m.start - 30), m.start))]
        places: list[Mention] = []
        for mention in (m for m in inside if entities[m.cluster].type == "LOC"):
            # "in Kocaeli, Bursa and Izmir": the places listed after the first are places too
            listed = bool(places) and PLACES_LISTED.fullmatch(lowered, places[-1].end, mention.start) is not None
            # "the Istanbul talks": a town's name before an act's noun says where it is held
            # ("the Mogadishu market bombing": a common noun may stand between)
            where_held = (trigger.kind == "noun" and entities[mention.cluster].kind in TOWN_KINDS and mention.end <= start
                          and TOWN_BEFORE_AN_ACT_GAP.fullmatch(text, mention.end, start) is not None)
            if mention.start > end and (self.grammar.patterns["participle_before_a_place"].search(lowered, end, mention.start)
                                        or _in_a_clause_of_since(lowered, end, mention.start)
                                        or self.grammar.patterns["clause_after_that"].search(lowered, end, mention.start)
                                        or self._another_act_named_between(lowered, end, mention.start, trigger, sides.acts_after)):
                # "accused each other of violating a truce signed in Jeddah": where the truce was signed; "the deadliest
                # fighting since the two sides agreed a ceasefire in Doha": where the clause of "since" was; "suspended
                # talks ... after a bomb attack on a police station in X": where the attack was; "rejected accusations
                # that a drone had killed two drivers near the border": where the drone struck
                continue
            if listed or where_held or self._is_place(lowered, mention, clause):
                places.append(mention)
        later = [m for m in places if m.start >= end]
        if later and trigger.kind == "verb" and any(JOINED_CLAUSE.search(lowered, m.end, start) for m in places if m.end <= start):
            places = later  # "will co-chair a meeting in Doha ... and is expected to meet X in Abu Dhabi": the joined verb's own place
        # an act answered ("in retaliation for Israeli air strikes"), named by its noun, is another's, with its own place and date
        answered = trigger.kind == "noun" and self.grammar.patterns["answered_act_before"].search(lowered, max(clause.start, start - 40), start) is not None
        if answered:
            places = [m for m in places if m.start > end]  # "fired missiles at Israel in retaliation for air strikes": not where those were
        if places:
            event.location = min(places, key=lambda m: abs(m.start - end)).cluster
        roles = [m for m in inside if m not in places]
        subject, objects = self._sides(text, lowered, sides, trigger, roles, [m for m in actors if m.end <= clause.start], be_before)
        occasion = self.grammar.patterns["occasion_before"].search(lowered, max(clause.start, start - 60), start)
        named = [m for m in roles if occasion is not None and occasion.start("names") <= m.start and m.end <= start]
        subject = named or subject  # "during Sharif visit": Sharif's ("throwing stones during demonstrations": the throwers')
        if objects and trigger.shape == "directed" and (the_two := self.grammar.patterns["the_two_after"].match(lowered, end)) \
                and self.grammar.patterns["pair_of_countries"].search(the_two.group()):
            objects = _the_states_of_people(objects, entities, countries)  # "urged both countries", after their two presidents agreed
        if not objects and trigger.shape == "directed" and self.grammar.patterns["the_two_after"].match(lowered, end):
            # "urged both countries to agree to a ceasefire", no act of two told before: the two countries the article
            # names, other than the subject's own
            own = {entities[m.cluster].country for m in subject}
            others = [cluster for country, cluster in countries.items() if country not in own]
            objects = [_Cluster(cluster) for cluster in others] if len(others) == 2 else []
        if event.status == "occurred" and sides.asked_of and {m.cluster for m in subject} == {c.cluster for c in sides.asked_of}:
            event.status = "planned"  # "urged both sides to show restraint and return to talks": asked of them, not done
        counterpart = self.grammar.patterns["counterpart_after"].match(lowered, end) if not objects else None
        if counterpart is not None and (country := self.demonyms.get(fold(counterpart.group(1)))) in countries:
            objects = [_Cluster(countries[country])]  # "met his Iranian counterpart": Iran, named elsewhere in the article
        origin = self.grammar.patterns["origin_after"].match(text, end)
        if origin is not None and (country := self.demonyms.get(fold(origin.group(1)))) in countries:
            subject = [_Cluster(countries[country])]  # "attacks from Afghan soil": Afghanistan's, whoever the sentence's subject is
        if not subject and trigger.kind == "verb" and not be_before:
            subject = self._country_by_adjective(text, clause.start, start, countries)
        elif not subject and trigger.kind == "noun":
            subject = self._country_of_the_adjective_before(text, start, countries)  # "an Israeli air strike"
        elif len(subject) == 1 and isinstance(subject[0], Mention) and entities[subject[0].cluster].type == GROUP:
            subject = self._countries_of_joined_adjectives(text, subject[0], countries) or subject
        owner = _owner_of_a_shared_act(text, trigger, start, roles) if subject else None
        if owner is not None and owner not in subject:
            subject = [owner]  # "protest against the European Union's trade agreement with Mercosur": the EU's, not the farmers'
        if led_up_to:
            subject = []
        if trigger.kind == "noun" and self.grammar.patterns["repelled_before"].search(lowered, max(clause.start, start - 40), start):
            subject, objects = [], [*objects, *subject]  # "its fighters had repelled an attack": they were attacked
        if (trigger.type == "SUPPORT" and self.grammar.patterns["reception_verb"].fullmatch(lowered, start, end) and objects
                and all(isinstance(m, Mention) and entities[m.cluster].type == "PER" and not POSSESSIVE.match(text, m.end) for m in objects)):
            event.type = "CONSULT"  # "welcomed President X with a ceremony": a guest received, not a stance
        if trigger.mode == "expectation":
            # "said Warsaw should expect a response": who must expect it is threatened by who says so
            speaker = next((m for m in actors if clause.opening <= m.start and m.end <= clause.start), None)
            subject, objects = ([speaker] if speaker is not None and speaker not in subject else []), subject
        if trigger.shape == "mediator":
            event.shape = "symmetric"  # "Oman mediated the talks between X and Y": Oman is no side
            # "an exchange brokered by X": the agent (what _sides gives as the subject) mediates the act told before
            agent = self.grammar.patterns["agent_after"].match(lowered, end) is not None
            mediators, sides_of = subject, (sides.sides_in_sentence if agent else objects)
            for mention in mediators:
                event.add("mediator", mention.cluster)
            for mention in sides_of:
                event.add("parties", mention.cluster)
        elif trigger.shape == "symmetric":
            for mention in (*subject, *objects):
                if mention in objects and entities[mention.cluster].kind == CIVILIANS:
                    continue  # "swapped 150 prisoners": what is exchanged, no side
                event.add("parties", mention.cluster)
        else:
            for mention in subject:
                event.add("source", mention.cluster)
            for mention in objects:
                if (trigger.type in ("MOBILIZE", "RETREAT") and isinstance(mention, Mention) and entities[mention.cluster].kind in STATE_FORCES
                        and OWN_BEFORE.search(lowered, end, mention.start)):
                    continue  # "withdraw its roughly 1,000 troops from Chad": the subject's own forces, moved
                if mention.cluster not in event.participants.get("source", []):
                    event.add("target", mention.cluster)
                if (event.location is None and entities[mention.cluster].type == "LOC"
                        and self.grammar.patterns["visit_verb"].fullmatch(lowered, start, end)):
                    event.location = mention.cluster  # "visited Baghdad": where the visit was, as well as whom it was paid
        for broker in brokers:
            if self.grammar.patterns["attitude_types"].fullmatch(trigger.type):
                break  # "urged both sides to return to the EU-mediated dialogue": the dialogue is mediated, not the call
            if (start - broker.end < BROKERED_NOUN_REACH if trigger.kind == "noun" else broker.start > end) and broker.end <= clause.end:
                event.add("mediator", broker.cluster)  # "exchanged prisoners in a UAE-brokered deal": the UAE mediated the exchange
        if trigger.type == "SANCTION" and not event.participants.get("target") and (
                imports := self.grammar.patterns["imports_of_a_people"].match(lowered, end, clause.end)) is not None:
            people = ADJECTIVE_AND_NOUN.match(text, imports.end())
            for target in self._country_by_adjective(text, imports.end(), people.end(2), countries) if people is not None else []:
                event.add("target", target.cluster)  # "suspended imports of Japanese seafood": Japan is shut out
        if not imagined:
            # a date before another's act named as a thing is the clause's ("drove into Paris on Monday to protest against X's deal")
            after = start if answered else -1  # "in retaliation for Israeli air strikes ... a day earlier": what follows its noun
            event.date = _nearest_date([t for t in timexes if not self._a_year_as_adjective(lowered, t) and (owner is None or t.start > owner.start)
                                        and t.start > after
                                        and not self.grammar.patterns["participle_before_a_date"].search(lowered, end, t.start)
                                        and not (trigger.kind == "verb" and self._dates_another_clause(lowered, end, t.start, sides.infinitives_after, trigger))],
                                       clause, start, lowered, infinitive=trigger.kind == "verb" and INFINITIVE.search(lowered, max(0, start - 4), start) is not None)
        return event, [] if be_before else subject

    def _dates_another_clause(self, lowered: str, end: int, date_start: int, infinitives_after: tuple[int, ...], trigger: EnglishTrigger) -> bool:
        """A date after a verb that an act in the infinitive (``agreed to hold talks in March``,
        ``agrees to raise output from January``), a relative clause (``violating the ceasefire
        that took effect in October``) or a clause told by a verb joined after it (``accused the
        government ... and said protests would continue on Thursday``) stands before: that act's."""
        patterns = self.grammar.patterns
        return date_start > end and (any(end < infinitive < date_start for infinitive in infinitives_after)
                                     or (patterns["types_taking_an_infinitive"].fullmatch(trigger.type) is not None
                                         and patterns["infinitive_after"].match(lowered, end, date_start) is not None)
                                     or patterns["relative_clause_between"].search(lowered, end, date_start) is not None
                                     or patterns["told_clause_between"].search(lowered, end, date_start) is not None)

    def _a_year_as_adjective(self, lowered: str, timex: Timex) -> bool:
        """``his 2007 campaign``, ``the 2012 election``: a year between a determiner and a noun names
        the thing, not when an act of the clause happened."""
        return (timex.text.isdigit() and self.grammar.patterns["determiner_before_a_year"].search(lowered, max(0, timex.start - 12), timex.start) is not None
                and re.match(r"\s+[a-z]", lowered[timex.end:timex.end + 3]) is not None)

    def _another_act_named_between(self, lowered: str, end: int, place_start: int, trigger: EnglishTrigger,
                                   acts_after: tuple[tuple[int, str], ...]) -> bool:
        """An act of the sentence named after a preposition of time or cause (``after a bomb attack``) between
        an act and a place; not talks after which two sides agree (``agreed ... after talks in Istanbul``: the
        deal was reached there)."""
        another = self.grammar.patterns["another_act_before"]
        return any(end <= start < place_start and another.search(lowered, max(end, start - 40), start)
                   and not (trigger.shape == shape == "symmetric") for start, shape in acts_after)

    def _imagined(self, lowered: str, clause: _Clause, start: int, end: int, trigger: EnglishTrigger) -> bool:
        """An act's noun told as possible (``a possible strike``, ``an attack on Taiwan could ...``, ``open to talks``)."""
        patterns = self.grammar.patterns
        return trigger.kind == "noun" and (patterns["hypothetical_before"].search(lowered, max(clause.start, start - 40), start) is not None
                                           or patterns["modal_after_noun"].match(lowered, end, clause.end) is not None
                                           and patterns["indefinite_before"].search(lowered, max(clause.start, start - 40), start) is not None)

    def _status(self, lowered: str, clause: _Clause, start: int, trigger: EnglishTrigger, imagined: bool = False) -> str:
        """From the words before the trigger; a noun's from those before the verb it is the object
        of (``would impose new sanctions``); a condition anywhere in the clause; an act told as
        possible (``imagined``) is conditional unless negated."""
        before = lowered[max(clause.start, start - 60):start]
        if trigger.kind == "noun" and (self.grammar.patterns["without_before"].search(before)
                                       or self.grammar.patterns["called_off_nouns_before"].search(lowered, clause.start, start)):
            return "negated"  # "the talks ended without a deal", "cancelled a visit"
        if trigger.kind == "noun":
            before = NOUN_PHRASE_END.sub("", before)  # "would impose new " → "would "
        patterns = self.grammar.patterns
        if patterns["condition"].search(lowered, clause.start, clause.end):
            return "conditional"
        if patterns["threatened_before"].search(before):
            return "conditional"  # "had threatened to veto the package": only threatened
        if patterns["negated_before"].search(before):
            return "negated"
        if patterns["denial_before"].search(before):
            return "negated" if patterns["planned_before"].search(before) else "reported"  # a plan denied; a deed disputed
        if imagined:
            return "conditional"
        if patterns["expected_before"].search(before):
            return "expected"
        if patterns["halting_before"].search(lowered, max(clause.start, start - 40), start):
            return "occurred"  # "to halt its attacks", "agreed to stop attacks": they go on, only their end is asked or planned
        if trigger.kind == "verb" and patterns["attempted_before"].search(before):
            return "occurred"  # "protesters trying to march on parliament"
        purpose = patterns["purpose_after_an_object"].search(before)
        if trigger.kind == "verb" and purpose is not None and purpose.end() == len(before):
            return "occurred"  # "called Y to congratulate him": done in the call
        if patterns["planned_before"].search(before):
            return "planned"
        if trigger.kind == "noun" and patterns["planned_nouns_before"].search(lowered, clause.start, start):
            return "planned"
        if trigger.kind == "noun" and patterns["blocked_nouns_before"].search(lowered, clause.start, start):
            return "negated"
        if patterns["alleged_before"].search(before):
            return "reported"  # "on charges of collaborating with Israel": a claim, not an act told as done
        return "occurred"

    def _qualifies(self, text: str, mention: Mention, actors: list[Mention]) -> bool:
        """``U.S.`` in ``U.S. President X``, ``Iran`` in ``Iran's foreign minister X``: a place or body
        right before a person, with nothing but the person's title between, names the person's
        country or employer and is no actor of its own."""
        following = next((m for m in actors if m.start >= mention.end), None)
        if mention.type not in ("LOC", "ORG") or following is None or following.type != "PER" or following.start - mention.end > QUALIFIER_GAP:
            return False
        words = POSSESSIVE.sub(" ", text[mention.end:following.start], count=1).split()
        return all(word[:1].isupper() or word.lower().rstrip(".,") in self.title_words for word in words)

    def _country_by_adjective(self, text: str, start: int, end: int, countries: dict[str, int]) -> list:
        """``Israeli warplanes struck``: a subject named by a thing and its country's adjective is
        that country, when the article names the country (``countries``: its country clusters),
        unless a preposition makes the thing another word's object."""
        not_subject = self.grammar.patterns["not_subject_before"]
        for match in reversed(list(ADJECTIVE_AND_NOUN.finditer(text, start, end))):
            if not_subject.search(text[max(start, match.start() - 40):match.start()].lower()):
                continue  # "a strike on the southern Lebanese city of X killed": where it struck, not who
            country = self.demonyms.get(fold(match.group(1)))
            if country in countries and match.group(2).lower() not in self.title_words:  # "Brazilian president": a person
                joined = JOINED_ADJECTIVES_BEFORE.search(text, max(start, match.start() - 30), match.end())
                other = self.demonyms.get(fold(joined.group(1))) if joined is not None else None
                # "Russian and Ukrainian delegations agreed": both countries
                return [_Cluster(countries[other]), _Cluster(countries[country])] if other in countries and other != country else [_Cluster(countries[country])]
        return []

    def _country_of_the_adjective_before(self, text: str, start: int, countries: dict[str, int]) -> list:
        """``an Israeli air strike``: a country's adjective right before the act's noun, or a word
        of it before, names who did it, when the article names the country."""
        adjective = NOUN_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
        country = self.demonyms.get(fold(adjective.group(1))) if adjective is not None else None
        return [_Cluster(countries[country])] if country in countries else []

    def _done_by_who_acts_for_it(self, event: Event, clause, told, lowered: str, start: int) -> None:
        """``The ministry summoned China's ambassador to protest the incident``: an act in the
        infinitive of purpose right after another act of the clause and its object (not one asking
        it of someone, nor one told in a relative clause between: ``students who tried to march``)
        is done by that act's source, not by a name right before it."""
        purpose_of = next((act for earlier, act in reversed(told) if earlier == clause and act.kind == "verb"
                           and act.type not in ASKING_TYPES and act.participants.get("source")), None)
        if purpose_of is None or event.shape != "directed":
            return
        between = lowered[purpose_of.evidence[0][1]:start]
        if (len(between.split()) > PURPOSE_REACH_WORDS or self.grammar.patterns["clause_between_purpose"].search(between)
                or self.grammar.patterns["attempted_before"].search(between)):
            return  # "fired tear gas at protesters trying to march": the protesters' own attempt
        for cluster in event.participants.pop("source", []):
            if cluster not in purpose_of.participants["source"] and cluster not in event.participants.get("target", []):
                event.add("target", cluster)
        for cluster in purpose_of.participants["source"]:
            event.drop(cluster)
            event.add("source", cluster)

    def _countries_of_joined_adjectives(self, text: str, group: Mention, countries: dict[str, int]) -> list:
        """``Indian and Pakistani troops exchanged fire``: one group named by two countries'
        adjectives is both countries' people, the two sides, when the article names both."""
        joined = JOINED_ADJECTIVES_BEFORE.search(text, max(0, group.start - 40), group.start)
        found = [self.demonyms.get(fold(word)) for word in joined.groups()] if joined else []
        return [_Cluster(countries[country]) for country in found if country in countries] if len(set(found) & set(countries)) == 2 else []

    def _is_place(self, lowered: str, mention: Mention, clause: _Clause) -> bool:
        """After ``in``/``at``, unless that is where a topic is (``the war in Gaza``)."""
        window = max(clause.start, mention.start - 40)
        return (self.grammar.patterns["place_before"].search(lowered, window, mention.start) is not None
                and self.grammar.patterns["topic_before_place"].search(lowered, window, mention.start) is None)

    def _sides(self, text: str, lowered: str, sides: _Sides, trigger: EnglishTrigger, roles: list[Mention],
               earlier: list[Mention], be_before: bool) -> tuple[list[Mention], list[Mention]]:
        """(who acts, whom or with whom) around the trigger: the subject before it, the object
        after it and before the next act; in the passive, the agent after ``by`` acts on the
        subject. A verb joined by ``and`` to the one before shares its subject; a relative
        clause's subject is the name before ``, which``; ``the two leaders`` are the two sides
        of the last act of two."""
        patterns = self.grammar.patterns
        clause, start, end = sides.clause, sides.start, sides.end
        before = lowered[clause.start:start]
        left = [m for m in roles if m.end <= start and not _in_apposition(lowered, clause, m, start)]
        opener = list(patterns["subordinate_opener"].finditer(lowered, clause.start, start))[-1:] if trigger.shape == "directed" else []
        if opener and "," not in lowered[opener[0].end():start] and not patterns["shared_subject_after_opener"].match(lowered, opener[0].end()):
            # "Colombia suspends peace talks with ELN after attack kills 7 police officers": the names before "after"
            # are the main clause's, not the attack's (talks or a deal "after" it are the sides' own; "before being
            # released": the subject's own)
            left = [m for m in left if m.start >= opener[0].end()]
        relative = list(RELATIVE_SET_OFF.finditer(lowered, clause.start, start))[-1:]
        if relative and "," not in lowered[relative[0].end():start]:
            # "mediate between the two neighbours, who fought": the words right before the pronoun act, no name before them
            left = [m for m in left if m.start >= relative[0].end() or RELATIVE_AFTER_A_NAME.fullmatch(lowered, m.end, relative[0].end())]
        if sides.embedded:  # only "Israel's attack", not "Russia's Foreign Ministry welcomed the deal" nor "Haiti's council welcomed the deployment"
            left = [m for m in left if POSSESSIVE.match(text, m.end) and start - m.end < QUALIFIER_GAP and m.start > sides.verb_end
                    and not any(m.end < other.start and other.end <= start for other in roles)]
        purpose = patterns["purpose_after_an_object"].search(before)
        if purpose is not None and trigger.kind == "verb" and (purpose.end() == len(before) or patterns["joined_verb"].search(before, purpose.end())):
            # "X called Y to congratulate him and promised ...": X does both
            left = [m for m in left if m.start < clause.start + purpose.start()]
        # a titled person's title stands between any preposition and the name ("Secretary of State X")
        candidates = [m for m in left if m.role is not None
                      or patterns["people_of_before"].search(lowered, max(clause.start, m.start - 40), m.start)
                      or patterns["group_linked_to_before"].search(lowered, max(clause.start, m.start - 40), m.start)
                      or not (patterns["not_subject_before"].search(lowered, max(clause.start, m.start - 30), m.start)
                              or patterns["participle_object_before"].search(text, max(clause.start, m.start - 30), m.start))]
        # "Border guards from Kyrgyzstan and Tajikistan": a name joined to one "from" governs is governed too
        candidates = [m for m in candidates if not any(other not in candidates and JOINED.fullmatch(lowered, other.end, m.start)
                                                       and ORIGIN_BEFORE.search(lowered, max(clause.start, other.start - 12), other.start)
                                                       for other in left)]
        subject = _last_joined(lowered, candidates)
        if trigger.shape == "symmetric" and len(subject) == 1 and subject[0].type == GROUP:
            origins = _last_joined(lowered, [m for m in left if m.start > subject[0].end and m.type == "LOC"])
            if len(origins) > 1 and patterns["group_from_after"].fullmatch(lowered, subject[0].end, origins[0].start):
                subject = origins  # each country's border guards clash with the other's: the two countries are the sides
        attempt = patterns["attempted_before"].search(before)
        if attempt is not None and left and not lowered[left[-1].end:clause.start + attempt.start()].strip():
            return _last_joined(lowered, left), []  # "police fired at protesters trying to march": the protesters march
        doers = _last_joined(lowered, left) if left and lowered[start:end].endswith("ing") and not lowered[left[-1].end:start].strip() else []
        if doers and patterns["absolute_with_before"].search(lowered, max(clause.start, doers[0].start - 12), doers[0].start):
            subject = doers  # "..., with the African Union attending as an observer": the name after "with" does it
        if sides.asked_of is not None:
            subject = sides.asked_of  # "X urged Y to withdraw": Y would, not the one who asks
        if trigger.kind == "noun" and left and patterns["own_pronoun_before"].search(lowered, max(clause.start, start - 20), start):
            subject = left[-1:]  # "urged X to press Israel to halt its attacks": "its" is the name right before, Israel
        told_subject_as_object: list = []
        # "X said ...": the clause is told by the name right before its verb of saying
        told_by_the_name_before = (bool(earlier) and patterns["said_before"].search(lowered, max(0, clause.start - 12), clause.start) is not None
                                   and clause.start - earlier[-1].end <= SAYER_GAP)
        if ((sides.last_subject or subject) and told_by_the_name_before and trigger.kind == "verb" and patterns["joined_verb"].search(before)
                and patterns["pronoun_object_after"].match(lowered, end)):
            # "X said Thailand had started the clash and accused it of ...": X accused Thailand
            subject, told_subject_as_object = earlier[-1:], sides.last_subject or subject
        elif sides.last_subject and (patterns["joined_verb"].search(before)
                                     or (trigger.kind == "verb" and lowered[start:end].endswith("ing") and patterns["participle_after_comma"].search(before))):
            subject = sides.last_subject  # "X urged Y to withdraw and warned ...": X warned; "X imposed sanctions on Y, accusing them": X accuses
        elif (trigger.kind == "verb" and left and (patterns["joined_verb"].search(before) or patterns["verb_to_after_comma"].search(before))
              and patterns["opening_subject_before"].match(lowered[clause.start:left[0].start])):
            # "Gunmen stormed a school in X's Kebbi state and abducted ...": the gunmen did; "Turkey's Fidan meets Y in Moscow,
            # offers to host talks": Fidan offers, not the possessor before him
            subject = _first_joined(lowered, [m for m in left if not POSSESSIVE.match(text, m.end)] or left)
        # "said it had halted aid to end the fighting": the act whose end is sought is not the pronoun's
        halted = trigger.kind == "noun" and patterns["halting_before"].search(lowered, max(clause.start, start - 40), start) is not None
        if not subject and earlier and not sides.embedded and not halted and (patterns["relative_opener"].search(lowered, max(0, clause.start - 12), clause.start)
                                                               or patterns["pronoun_subject"].match(before)):
            # "Hungary, which had threatened ...", "the agency said it had sent ...": the name before; "he": the person;
            # not a name that only qualifies a word by a hyphen ("the ship's Istanbul-based operator"); "it" not one of
            # another sentence ("The company said ... it had spoken with the captain": the company, which has no name)
            # "protesters in Nairobi ... as they tried to march": a name a preposition governs is no subject a pronoun stands for
            named = [m for m in earlier if not text.startswith("-", m.end)
                     and not patterns["not_subject_before"].search(lowered, max(sides.clause.opening, m.start - 30), m.start)]
            if not patterns["pronoun_subject"].match(before):
                # "between the two neighbours, who fought": the relative pronoun stands for the words right before it
                named = [m for m in named if RELATIVE_AFTER_A_NAME.fullmatch(lowered, m.end, clause.start)]
            subject = ([m for m in named if m.type == "PER"] if patterns["personal_pronoun_subject"].match(before)
                       else [m for m in named if m.start >= sides.clause.opening])[-1:]
        if (told_by_the_name_before and trigger.kind == "verb"
                and (not subject and patterns["joined_verb"].search(before) or patterns["comma_joined_verb"].search(before))):
            # "X said the violence would not go unpunished and accused Y", "X said two people were killed, and accused Y": X accused
            subject = earlier[-1:]
        if not subject and trigger.kind == "noun":
            subject = [m for m in left if POSSESSIVE.match(text, m.end) and start - m.end < QUALIFIER_GAP][-1:]  # "Israel's attack"
        if not subject and told_by_the_name_before and patterns["acts_of_the_sayer"].fullmatch(trigger.type):
            subject = earlier[-1:]  # "Hezbollah said the attack would not go unanswered": the saying is the threat
        if not subject and told_by_the_name_before and trigger.shape == "symmetric" and patterns["occasion_of_the_saying"].fullmatch(before):
            subject = earlier[-1:]  # "X said after talks with Y": who says so took part in the talks
        the_two = list(patterns["the_two"].finditer(before))[-1:]
        # "X met Y ..., and the two sides agreed": named after the last name in the clause, the two are the subject
        named_last = the_two and not any(clause.start + the_two[0].end() <= m.start for m in left)
        if the_two and (not subject or named_last or all(isinstance(m, Mention) and m.type == GROUP for m in subject)):
            # "the two governments signed": the two sides, not a group named "governments"; the sides of talks or a
            # clash before those of an accusation told since ("India blamed Pakistan. The two neighbours agreed ...")
            # "X spoke to Y by phone and the two leaders agreed": the pair of the talks in the same sentence first
            people = sides.people_before if patterns["the_two_people"].search(the_two[0].group()) else []
            states = [] if people else list(sides.states_before)  # "troops from both sides": the countries, not their ministers
            subject = list(sides.sides_in_sentence) or people or states or sides.parties_before or sides.pair_before or subject
        reach_back = max(0, clause.start - SAYER_GAP)
        telling = (patterns["telling_on_the_occasion_before"].search(lowered, reach_back, start)
                   if trigger.kind == "noun" and trigger.shape == "symmetric" else None)
        if telling is not None:
            # "X told Y in a phone call": who told (named before the clause told, which opens after the verb) and who
            # was told are the call's sides
            named = [m for m in (*earlier, *left) if not POSSESSIVE.match(text, m.end)]
            teller = _last_joined(lowered, [m for m in named if m.end <= telling.start("verb") and telling.start("verb") - m.end <= SAYER_GAP])
            told_to = _first_joined(lowered, [m for m in named if m.start >= telling.end("verb")])
            subject = [*teller, *told_to] if teller and told_to else subject
        organiser = next((m for m in roles if end < m.start < clause.end and patterns["organiser_after_noun"].fullmatch(lowered, end, m.start)),
                         None) if trigger.kind == "noun" else None
        if organiser is not None:
            return [organiser], []  # "The protest, called by university students, ...": who called it holds it
        if trigger.kind == "noun" and subject and patterns["placed_under_before"].search(lowered, max(clause.start, start - 40), start):
            return [], subject  # "Guanipa was placed under house arrest": the subject is held, no one named holds him
        passive = trigger.kind == "verb" and not lowered[start:end].endswith("ing")  # "is refusing": progressive, not passive
        full = passive and be_before
        reduced = passive and not full and patterns["agent_after"].match(lowered, end) is not None  # "reforms demanded by the EU"
        if full or reduced:
            agent = [m for m in roles if end <= m.start < clause.end and patterns["agent_after"].match(lowered[end:m.start])][:1]
            # "reforms demanded by X": the noun before the participle, no name, is acted on; so are the counted in ", 27 detained"
            acted_on = [] if reduced or patterns["count_right_before"].search(lowered, max(clause.start, start - 30), start) else subject
            if (not agent and full and told_by_the_name_before and patterns["told_of_ones_own"].fullmatch(trigger.type)
                    and trigger.mode is None and not MODAL_BE_BEFORE.search(lowered, max(clause.start, start - 30), start)):
                # "Foreign Minister X said Russia's charge d'affaires had been summoned": a summons, a sanction or aid told in
                # the passive with no agent is the teller's government's own
                return earlier[-1:], acted_on
            return _first_joined(lowered, agent + [m for m in roles if agent and m.start > agent[0].start]) if agent else [], acted_on
        right = [m for m in roles if end <= m.start < sides.reach]
        if trigger.type in ASKING_TYPES and trigger.kind == "verb":
            # "urges citizens to avoid Japan": whom the asking addresses stands before the infinitive, Japan is in what is asked
            asked = INFINITIVE_BETWEEN.search(lowered, end, sides.reach)
            right = [m for m in right if asked is None or m.start < asked.start()]
        gap = _before_the_title(lowered[end:right[0].start], right[0]) if right else ""
        # "fired tear gas at the protesters": who or what a directed act is aimed at (places are no roles here)
        aimed = trigger.shape == "directed" and patterns["aimed_at"].search(gap) is not None
        # "Clashes broke out in Lima between police and protesters": the sides named after "between", past the place
        aimed = aimed or (trigger.shape == "symmetric" and patterns["sides_after_between"].search(gap) is not None)
        blocked = ((patterns["object_blocked"].search(gap) and not aimed) or (trigger.shape != "directed" and patterns["symmetric_object_blocked"].search(gap))
                   or (trigger.type != "THREATEN" and patterns["condition_between"].search(gap))
                   or (trigger.type not in ASKING_TYPES and patterns["clause_after_that"].search(gap))
                   or (right and patterns["verb_joined_between"].search(text, end, right[0].start)))
        objects = _first_joined(lowered, _without_qualifiers_of_titles(lowered, right)) if right and not blocked else []
        if not objects and trigger.shape == "directed" and patterns["the_two_after"].match(lowered, end):
            objects = [m for m in sides.parties_before if m.cluster not in {s.cluster for s in subject}]  # "called on both countries"
        return subject, told_subject_as_object or objects


@dataclass(frozen=True, slots=True)
class _Sides:
    """Where to look for a trigger's sides: its clause, its span, how far its object may stand,
    the subject of the verb before it in the sentence and the two sides of the last act of two."""

    clause: _Clause
    start: int
    end: int
    reach: int
    last_subject: list[Mention]
    pair_before: list[Mention]
    embedded: bool = False  # a noun that is the object of a verb before it ("condemned the attack"): the clause's subject is not its actor
    sides_in_sentence: list = ()  # the sides of the last act of two sides told in the sentence: whom a mediator "by X" brought together
    asked_of: list | None = None  # the addressees of a request whose infinitive holds the act: they would do it
    infinitives_after: tuple[int, ...] = ()  # where the acts in the infinitive after it start: a date after one is theirs
    parties_before: list = ()  # the parties of the last act of two sides told before it: "both countries" addressed
    acts_after: tuple[tuple[int, str], ...] = ()  # where the sentence's later acts start, and their shapes: a place after one may be theirs
    people_before: list = ()  # the two people of the last act told between two people: "the two leaders" after their talks
    verb_end: int = -1  # where the verb whose object the noun is ends: a possessor of the noun stands after it
    states_before: list = ()  # the sides, no person, of the last act of two told before: "troops from both sides" after the ministers' talks


def _inside_a_name(text: str, start: int, sentence, actors: list[Mention]) -> bool:
    """``National Rally leader X``, ``the Nuclear Non-Proliferation Treaty``: an act's noun inside a
    name (an organisation or place found, or a capitalised word after another in a sentence that
    is not a title-case headline) is the name's word."""
    if any(m.type in ("ORG", "LOC") and m.start <= start < m.end for m in actors):
        return True
    before = text[sentence.start:start].rstrip()
    word_before = re.search(r"[\w'’-]+$", before)
    return (text[start:start + 1].isupper() and word_before is not None and word_before.start() > 0
            and word_before.group()[:1].isupper() and not re.search(r"[.:;\"“]\s*$", text[sentence.start:word_before.start()])
            and not is_headline(text[sentence.start:sentence.end], tokenize(text, sentence.start, sentence.end)))


def _owner_of_a_shared_act(text: str, trigger: EnglishTrigger, start: int, roles: list[Mention]) -> Mention | None:
    """``the European Union's trade agreement with Mercosur``: the possessor right before the noun of
    an act of two sides (up to two words between) is its first side, whoever the clause's subject is."""
    if trigger.kind != "noun" or trigger.shape != "symmetric":
        return None
    return next((m for m in reversed(roles) if m.end <= start and OWNED_NOUN_BETWEEN.fullmatch(text, m.end, start)), None)


def _last_act_of_sides(acts: list[Event], side=lambda cluster: True) -> Event | None:
    """The last of ``acts`` told with two parties or more (each one ``side`` accepts)."""
    return next((act for act in reversed(acts) if len([c for c in act.participants.get("parties", []) if side(c)]) >= 2), None)


def _parties_of(act: Event | None, side=lambda cluster: True) -> list:
    """The parties of ``act`` (those ``side`` accepts), if any, as stand-in mentions of their clusters."""
    return [_Cluster(cluster) for cluster in act.participants["parties"] if side(cluster)] if act is not None else []


def _parties_before(found: list[Event], side=lambda cluster: True) -> list:
    """The two sides of the last act told with two (each one ``side`` accepts), as stand-in mentions of their clusters."""
    for event in reversed(found):
        sides = event.participants.get("parties") or [*event.participants.get("source", []), *event.participants.get("target", [])]
        if len(sides) == 2 and all(map(side, sides)):
            return [_Cluster(cluster) for cluster in sides]
    return []


@dataclass(frozen=True, slots=True)
class _Cluster:
    cluster: int


# the verb, article and adjectives before a noun trigger: "impose new ", "hold the first round of "
NOUN_PHRASE_END = re.compile(r"(?:\b[a-z]+\s+)?(?:(?:the|a|an|its|their|his|her|new|further|fresh|more|first|second)\s+|[a-z]+(?:al|ic|ive|ary|ed)\s+)*(?:round\s+of\s+)?$")
# "Israeli warplanes"; the noun is looked ahead at, so that every capitalised word is tried ("An Israeli strike")
POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")  # "the U.S. ", "Israel's " before an act's noun
NOUN_ADJECTIVE_BEFORE = re.compile(r"\b([A-Z][\w-]+)\s+(?:[a-z-]+\s+)?$")  # "Israeli air ", "Russian "
ADJECTIVE_AND_NOUN = re.compile(r"\b([A-Z][a-z]+)\s+(?=([A-Za-z]+))")
TOWN_BEFORE_AN_ACT_GAP = re.compile(r"(?:\s+[a-z]+)?\s+")  # "Istanbul talks", "Mogadishu market bombing"
JOINED_ADJECTIVES_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+$")  # "Indian and Pakistani " before a group
TOWN_KINDS = ("city", "district")
BROKERED_NOUN_REACH = 25  # characters from "UAE-brokered" to the noun of the act it brokered ("peace deal")
ASKING_TYPES = ("REQUEST", "DEMAND")  # acts whose infinitive complement tells what another is to do
ATTITUDE_TYPES = ("ACCUSE", "SUPPORT", "REJECT")  # acts aimed at whoever did the act they are about
INFINITIVE = re.compile(r"\bto\s+$")
ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
MANDATIVE_THAT = re.compile(r"\s+that\s+(?:[\w'’.-]+\s+){1,6}")  # "demanded that the government " before the act asked for
INFLECTED_VERB = re.compile(r"(?:ed|[^s]s|ing|en|wn)$")  # "withdrew" is told, "withdraw" after "demanded that" is asked for
MODAL_BE_BEFORE = re.compile(r"\b(?:to|must|should|would|could|will|might|may|can)\s+be\s+$")  # "had to be recognised": not done
WORD_AT = re.compile(r"\S*")  # the word at a position, to its end
PURPOSE_REACH_WORDS = 8  # "summoned China's ambassador in Manila to protest": the words an act's object and the infinitive take
OWNED_NOUN_BETWEEN = re.compile(r"['’]s?\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}")  # "'s trade ", "'s long-awaited peace "
INFINITIVE_BETWEEN = re.compile(r"\bto\s+[a-z]+")
APPOSITION = re.compile(r",\s+(?:a|an|the|who|which|whose|from|including|mostly|mainly|all)\b[^,;]*,")  # "Pakistan, a key U.S. ally, has refused", "The crew, from India and Sri Lanka, were"


def _in_apposition(lowered: str, clause: _Clause, mention: Mention, trigger_start: int) -> bool:
    """A name inside a description set off by commas between the subject and its verb."""
    return any(m.start() < mention.start < m.end() for m in APPOSITION.finditer(lowered, clause.start, trigger_start))


def _last_joined(lowered: str, mentions: list[Mention]) -> list[Mention]:
    """The last mention and those joined to it by ``and`` or commas (``X and Y agreed``, ``X and
    Bulgarian President Y signed``: the title of a person so joined stands between)."""
    joined = mentions[-1:]
    for mention in reversed(mentions[:-1]):
        gap = lowered[mention.end:joined[0].start]
        if not (JOINED.fullmatch(gap) or (joined[0].role is not None and TITLED_JOINED.fullmatch(gap))):
            break
        joined.insert(0, mention)
    return joined


def _before_the_title(gap: str, person: Mention) -> str:
    """``with U.S. Secretary of State X``: the words before the person's title; the title's own
    "of" governs no name."""
    words = gap.rstrip()
    return words[:-len(person.title)] if person.title and words.endswith(person.title) else gap


def _without_qualifiers_of_titles(lowered: str, mentions: list[Mention]) -> list[Mention]:
    """``with U.S. Secretary of State X``: a country or body right before the title of the person
    named next says whose the office is; the person is the side."""
    return [m for m, following in zip(mentions, [*mentions[1:], None])
            if m.type == "PER" or following is None or following.role is None or not TITLE_BETWEEN.fullmatch(lowered[m.end:following.start])]


def _owner_of_the_act_noun_acts(text: str, verb: Event, actors: list[Mention], noun_start: int) -> None:
    """``three people were killed in the U.S. strikes``: a name right before the act's noun, the verb
    of its kind before it having no source, carried it out; it is no place of the act."""
    owner = next((m for m in actors if m.end <= noun_start and POSSESSIVE_GAP.fullmatch(text, m.end, noun_start)), None)
    if owner is None or verb.participants.get("source") or owner.cluster in verb.participants.get("target", []):
        return
    verb.add("source", owner.cluster)
    if verb.location == owner.cluster:
        verb.location = None


def _first_joined(lowered: str, mentions: list[Mention]) -> list[Mention]:
    """The first mention and those joined to it by ``and`` or commas (``met X and Y``); a country's
    group (``between Sudan's army and the RSF``) is the country's side, and the list goes on after it."""
    joined = mentions[:1]
    end = joined[0].end if joined else 0
    for mention in mentions[1:]:
        gap = lowered[end:mention.start]
        if mention.type == GROUP and joined[-1].end == end and OWNED_GROUP_GAP.fullmatch(gap):
            end = mention.end
            continue
        if not (JOINED.fullmatch(gap) or (mention.role is not None and TITLED_JOINED.fullmatch(gap))):
            break
        joined.append(mention)
        end = mention.end
    return joined


SINCE = re.compile(r"\bsince\b")


def _in_a_clause_of_since(lowered: str, start: int, date_start: int) -> bool:
    """A "since" between the act and the date opens a clause of its own ("since Milei took office
    in December 2023"); right before the date ("fighting cancer since 2004") it dates the act's start."""
    since = [m for m in SINCE.finditer(lowered, start, date_start)]
    return bool(since) and lowered[since[-1].end():date_start].strip() != ""


RELATIVE_OPENER = re.compile(r"(?:who|which|whose|whom)\b")
RELATIVE_AFTER_A_COMMA = re.compile(r",\s+(?:who|which|whose|whom)\b")  # ", who fought ..."
OWN_BEFORE = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w,.-]+\s+){0,3}$")  # "its roughly 1,000 " before the forces
JOINED_CLAUSE = re.compile(r"\s(?:and|but)\s")  # a verb joined after another's place
RELATIVE_SET_OFF = re.compile(r",\s*(?:which|who)\s+")
RELATIVE_AFTER_A_NAME = re.compile(r"(?:['’]s?)?(?:\s*\([^)]*\))?\s*,?\s*(?:which|who)\s*")  # "Hungary, which ", "the Houthis (Ansarullah), who "


def _nearest_date(timexes: list[Timex], clause: _Clause, start: int, lowered: str, infinitive: bool = False) -> Timex | None:
    """The date nearest the act in its clause; not one after "since" between them ("their first
    meeting since Milei took office in December 2023" was not held then). An act in the infinitive
    takes a date after it first ("agreed on Monday to hold talks in March": the talks are in March)."""
    # ("at the last minute", PRESENT_REF, names no day: an act dated by it could not be placed or merged)
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and clause.start <= t.start < clause.end and not (t.value or "").endswith("_REF")
             and not (t.start > start and _in_a_clause_of_since(lowered, start, t.start))
             and not _in_a_relative_clause_set_off(lowered, t.start, start)]
    if infinitive and any(t.start > start for t in dated):
        dated = [t for t in dated if t.start > start]
    return min(dated, key=lambda t: abs(t.start - start), default=None)


def _in_a_relative_clause_set_off(lowered: str, position: int, trigger_start: int) -> bool:
    """``Erhurman, who took office in October 2025, met X last week``: a time inside a relative
    clause between commas, closed before the act, dates what the clause tells, not the act; so does
    one in a relative clause opened after the act (``offered to mediate between the two neighbours,
    who fought a border war from 1998 to 2000``)."""
    if position > trigger_start:
        return RELATIVE_AFTER_A_COMMA.search(lowered, trigger_start, position) is not None
    opened = lowered.rfind(", ", 0, position)
    closed = lowered.find(",", position, trigger_start)
    return opened >= 0 and closed >= 0 and RELATIVE_OPENER.match(lowered, opened + 2) is not None


def _the_states_of_people(sides: list, entities, countries: Mapping[str, int]) -> list:
    """Two people as the two states named in the article they are of; anything else as it is."""
    states = [countries.get(entities[side.cluster].country) if entities[side.cluster].type == "PER" else None for side in sides]
    if None in states or len(set(states)) != 2:
        return sides
    return [_Cluster(cluster) for cluster in dict.fromkeys(states)]
