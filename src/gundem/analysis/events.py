"""Events in PLOVER types, with status, participants by role, place and date.

Per sentence:
1. Triggers (``event_triggers.tsv``) are found, except inside the condition of ``Eğer ... -sA``,
   a purpose clause (``iletilmesi için``) or a backgrounding modifier (``Bakü'yü ziyaret eden``).
2. Each trigger owns a window of the sentence: from the end of the previous trigger's predicate
   to the end of its own. Turkish puts modifiers before their head, so a date or a place before
   a trigger belongs to it.
3. Status comes from the predicate: the trigger verb itself, the participle before a noun
   (``yapılan müzakereler``) or the light verb after it (``görüşme gerçekleşti``, ``yapılması
   planlanıyor``); a consequence of ``Eğer`` is conditional.
4. Roles come from case and postpositions: ``X ile Y arasında`` and ``X ve Y heyetleri`` (parties
   of the next symmetric event), the genitive (source), the dative or ``X'e yönelik`` (target),
   the locative (place), ``arabuluculuk yapan X``, ``X'in ev sahipliği`` (mediator), ``X'in
   mesajı``, ``X adına`` (on behalf of), and the people named (persons).
A threat in the consequence of a condition (``..., çok zor olacak``) is THREATEN, conditional.

Then mentions of one event within the article are merged (see :func:`merge_mentions`).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from importlib import resources
from types import MappingProxyType

from gundem.analysis.counts import CountFinder
from gundem.analysis.groups import (
    ARMED_STATE_SECTORS,
    CIVILIANS,
    GROUP,
    OUTLAW_SECTORS,
    STATE_FORCES,
)
from gundem.analysis.lang.loader import LanguageResources, read_language_json
from gundem.analysis.linking import names_a_town
from gundem.analysis.text import (
    APOSTROPHES,
    alternatives,
    fold,
    followed_by,
    in_a_headline,
    last_body_closed_by,
    last_holder_of_title,
    only_capitalised_before,
    only_capitalised_in_a_name,
    past_the_dateline,
    sentence_at,
    sentences,
    suffix_after,
    suffix_end,
    turkish_lower,
)
from gundem.analysis.timex import TimeVocabulary, names_a_plan
from gundem.model import PLACE_SPECIFICITY, Mention, Timex

WORD = re.compile(r"\w+")
WORD_REST = re.compile(r"\w*")  # the rest of a word from inside it
HAS_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")  # "Tayvan'a": a name with its suffix
# "Japon Başbakan,", "CHP lideri ise": a capitalised word and a bare noun opening a sentence, before a comma or a focus particle
DESCRIBED_SUBJECT = re.compile(r"([A-ZÇĞİÖŞÜ][\w'’]+)\s+(\w+)(?=,|\s+(?:ise|de|da)\s)")
OPENER_SET_OFF = re.compile(r"[A-ZÇĞİÖŞÜ][\w'’]*(?:\s+[A-ZÇĞİÖŞÜ][\w'’]*){0,3},")  # "Bakan,", "Dışişleri Bakanı,": a subject and its comma
LIST_AFTER_A_NAME = re.compile(r",(?:\s+[A-ZÇĞİÖŞÜ][\w'’-]*)+(?:,(?:\s+[A-ZÇĞİÖŞÜ][\w'’-]*)+)*\s+ve\s+[A-ZÇĞİÖŞÜ]")  # ", Katar ve ABD'nin"
PERSON_DESCRIBED_BETWEEN = re.compile(r"(?:\s+[a-zçğıöşü]+){1,3}(?:\s+[A-ZÇĞİÖŞÜ][\w'’]*)?\s+")  # " ordusu sözcüsü Tümgeneral "
NAME_THEN_WORD = re.compile(r"\s*[A-ZÇĞİÖŞÜ][\w'’]*\s+(\w+)")  # "İsrail mevzilerine", "Rus kentlerine"
SUBJECT_SET_OFF = re.compile(r"\s*(?:[a-zçğıöşü]+\s*)?,")  # "İsrail güçleri,": a bare name (and its group word) set off as the subject
CLAUSE_JOINT = re.compile(r",\s|\sve\s")  # where a clause joined to the one before it opens ("..., ve iki lider ...")
HEADLINE_COLON = re.compile(r"(?<!\d):(?!\s*[\"“'‘«])\s*")  # "... gerginlik: Eritre yedek askerleri ...", not "14:30" nor a quote opened
READINESS_REACH = 60  # characters after a trigger within which "-mAyA hazır" makes it an offer
OWNER_REACH_WORDS = 6  # words a relative clause may put between joined owners and their noun
CAUSE_NOUN_WORDS = 2  # words of a cause's noun phrase after a name in the dative it governs ("saldırılar nedeniyle")
RELATIVE_HEAD_WORDS = 3  # words after a participle within which the noun it describes stands ("yaptığı ilk resmi ziyaret")
UNREST = "unrest"  # the mode of riot control and street disturbances (event_triggers.tsv), CAMEO 175
RETALIATION = "retaliation"  # the mode of firing back at an attack (event_triggers.tsv)
FRAGMENT_WORDS = 4  # words at most of a fragment quoted inside a clause ('saldırının "cevapsız kalmayacağını" açıkladı')
STATUS_RANK = {"occurred": 0, "negated": 1, "planned": 2, "expected": 3, "reported": 4, "conditional": 5}
FUTURE_STATUSES = {"planned", "expected"}
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"})  # acts on a place itself ("Kyiv was struck", "aid reached Khartoum")
DAYS_OF_THE_STORY = 7  # an act begun at most this many days before the article is the story's own, not a state of long standing


NAME_GAP = 8  # characters of space at most between a name and the noun it stands before
ACCUSATIVE_VERBAL_NOUN = ("masını", "mesini")  # "imzalanmasını": what a verb after it may await
TITLE_REACH = 80  # characters after a name read for its title and case ("Dış İlişkiler ve Güvenlik Politikası Yüksek Temsilcisi")


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    kind: str  # noun, verb or part
    shape: str  # symmetric or directed
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None
    mode: str | None = None  # the kind of act within its type ("investigation", "sentence")
    # the pattern without its word-start guard: a lookbehind first keeps re from scanning for the
    # pattern's literal opening, so this finds sentences that may hold a match three times faster
    prefilter: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class EventGrammar:
    triggers: tuple[Trigger, ...]
    data: dict
    suffix_roles: dict[str, re.Pattern[str]]
    status: dict[str, re.Pattern[str]]
    light_verb: re.Pattern[str]
    participle_before: re.Pattern[str]
    blockers: re.Pattern[str]
    modifier: re.Pattern[str]
    condition_verb: re.Pattern[str]
    threat: re.Pattern[str]
    attributive_time: re.Pattern[str]  # "2027 yılı": a time expression that qualifies a noun
    place_noun_case: re.Pattern[str]  # "kentine": a word for a settlement that carries the place's case
    relative_participle: re.Pattern[str] | None = None  # "uygulanacak": a clause between a time and the trigger
    agent_noun_after: re.Pattern[str] | None = None  # " ekiplerinin": the body before it acts in a passive sentence
    any_trigger: re.Pattern[str] | None = None  # every trigger at once: does one start at this word?
    told_clause_then_ve: re.Pattern[str] = re.compile("(?!)")  # "yaralandığını ve ": one told clause ends, the next begins


def load_grammar(lang: str) -> EventGrammar:
    package = resources.files(f"gundem.analysis.lang.{lang}")
    triggers = []
    for line in package.joinpath("event_triggers.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind_type, kind, shape, pattern, requires, mode = (line.split("\t") + [""] * 6)[:6]
            triggers.append(Trigger(kind_type, kind, shape, re.compile(rf"(?<!\w){pattern}"), re.compile(requires) if requires else None,
                                    mode or None, re.compile(pattern)))
    data = read_language_json(lang, "event_grammar.json")
    modifiers = "|".join(data["modifiers"])
    return EventGrammar(
        tuple(triggers), data,
        {role: re.compile(pattern) for role, pattern in data["suffix_roles"].items()},
        {name: re.compile(pattern) for name, pattern in data["status"].items()},
        re.compile(data["light_verbs"]), re.compile(rf"^(?:{data['participles_before']})$"),
        re.compile(rf"(?<!\w)(?:{data['purpose']}|{modifiers}|{data['called_for']}|{data['charged_with']}|{data['not_acts']})"),
        re.compile(rf"(?<!\w)(?:{modifiers})"),
        re.compile(data["condition_verb"]), re.compile(data["threat_consequence"]), re.compile(data["attributive_time"]),
        re.compile(data["place_noun_case"]),
        re.compile(data["relative_participle"]) if data.get("relative_participle") else None,
        re.compile(data["agent_noun_after"]) if data.get("agent_noun_after") else None,
        re.compile("|".join(f"(?:{trigger.pattern.pattern})" for trigger in triggers)),
        re.compile(data.get("told_clause_then_ve", "(?!)")),
    )


@dataclass
class Event:
    type: str
    status: str | None  # None: a mention with no predicate, evidence only
    evidence: list[tuple[int, int]]
    shape: str = "directed"
    kind: str = "verb"
    participants: dict[str, list[int]] = field(default_factory=dict)  # role → entity clusters
    location: int | None = None
    date: Timex | None = None
    sentences: set[int] = field(default_factory=set)
    recalled: bool = False  # dated with "da/de" after the date: another time it happened ("2019'da da")
    aside: bool = False  # held on the margins of another meeting ("marjında"): a meeting of its own
    earlier: bool = False  # told in the pluperfect after a past date ("geçen ay ... bir araya gelmişti"): not the undated act of the day
    mode: str | None = None  # the kind of act within its type, from its trigger ("investigation", "sentence")
    standing: bool = False  # dated by when it began ("Nisan 2023'ten bu yana sürüyor"): a state since then, not one act
    topic_place: bool = False  # its place stands before a colon, the trigger after it ("Kadıköy'de soygun: 2 şüpheli yakalandı")
    counts: list = field(default_factory=list)  # how many were killed, injured, detained (gundem.analysis.counts.Count)
    wording: list[str] = field(default_factory=list)  # the lower-cased trigger words of each mention ("kabul edildi")

    def add(self, role: str, cluster: int) -> None:
        members = self.participants.setdefault(role, [])
        if cluster not in members:
            members.append(cluster)

    def drop(self, cluster: int) -> None:
        for role in list(self.participants):
            if cluster in self.participants[role]:
                self.participants[role].remove(cluster)
            if not self.participants[role]:
                del self.participants[role]

    def countries(self, country_of, roles=None) -> set[str]:
        return {c for role, clusters in self.participants.items() if roles is None or role in roles
                for cluster in clusters if (c := country_of(cluster))}


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    trigger: Trigger


@dataclass
class _Context:
    """What one article's sentences share: its text, mentions and the places visited so far."""

    text: str
    lowered: str
    mentions: list[Mention]
    timexes: list[Timex]
    entities: list
    quotes: tuple
    visits: dict[int, Timex] = field(default_factory=dict)  # place cluster → date of the visit
    sentence_spans: list = field(default_factory=list)
    dct: date | None = None  # the article's date, which tells a time still to come from one past

    def country_of(self, cluster: int) -> str | None:
        return self.entities[cluster].country

    def kind_of(self, cluster: int) -> str | None:
        return self.entities[cluster].kind

    def is_group(self, cluster: int) -> bool:
        return self.entities[cluster].type == GROUP

    def one_side(self, a: int, b: int) -> bool:
        return one_side(self.entities, a, b)

    def named_apart(self, a: int, b: int) -> bool:
        return named_apart(self.entities, a, b)

    def names_a_state(self, mention: Mention) -> bool:
        """A country's name, which stands for its state (not a town in it)."""
        return mention.type == "LOC" and self.kind_of(mention.cluster) == "country"

    def named_country_of(self, cluster: int) -> str | None:
        return None if self.is_group(cluster) else self.entities[cluster].country


class EventFinder:
    def __init__(self, grammar: EventGrammar, resources: LanguageResources, time_vocabulary: TimeVocabulary | None = None,
                 counts: CountFinder | None = None) -> None:
        self.grammar = grammar
        self.counts = counts  # how many were killed, injured, detained: each count joins the act it counts
        self.time_vocabulary = time_vocabulary  # "yapma konusunda": a planned clause keeps its own time and place
        self.titles = resources.titles  # folded title tuples: a name before a title is that person's label
        self.is_capital = resources.is_capital  # "Moskova'dan özür talep etti": a capital asked stands for its state
        self.title_closers = resources.title_closers  # folded "bakani": a bare "Bakan" opening a sentence is its holder
        self.posting_titles = resources.posting_titles  # folded "buyukelcisi": the place before is where the envoy serves
        self.posting_title_openers = frozenset(title[0] for title in resources.posting_titles)  # the cheap test of each place named
        self.longest_title = resources.longest_title
        self.country_of_adjective = resources.country_of_adjective  # "Japon Başbakan": the country's person with that title
        self.plural_title_role = resources.plural_title_role  # "Dışişleri Bakanları": the ministers of the countries before
        self.focus_particle = resources.focus_particle  # "İsrail de ...": a bare name before it is the subject
        self.relational_noun = resources.relational_noun  # "Gazze'nin kuzeyine": a part of the place
        self.word_stems = resources.word_stems  # folded "ekonomi": a bare noun, though it ends like a possessive
        self.function_words = resources.function_words  # folded "dun", "bugun": adverbs and nouns of time that end like a genitive
        self.reads_as_common_word = resources.reads_as_common_word  # "Toplantıya X ile Y katıldı": no name opens it
        self.speech_cue = resources.speech_cue  # "bildirdi", "açıkladı": the sentence reports what its subject said
        self.statement_source = resources.statement_source  # "'ten yapılan açıklamada": the body before it issued the statement
        self.dateline = resources.dateline  # "ANKARA (AA) - ": opens a story's first sentence
        self.organization_heads = resources.organization_heads  # folded "buyukelciligi": "Türkiye'nin Berlin Büyükelçiliği" is Türkiye's
        self.until = re.compile(grammar.data["until"])  # tried at every trigger's match
        self.locative_word = re.compile(grammar.data["locative_word"])  # "karargahında": a noun that says where
        # tried at every trigger, word or name: compiled once
        self.passive_clause_noun = re.compile(grammar.data["passive_clause_noun"])
        self.owner_of_a_passive_clause = re.compile(rf"\s*\w*?(?:{grammar.data['passive_clause_noun']})")  # "Yıldız'ın tutuklanmasının"
        self.participle_as_noun = re.compile(grammar.data["participle_as_noun"])
        self.happening_participle = re.compile(grammar.data["happening_participle"])
        self.passive_verb = re.compile(grammar.data["passive_verb"])
        self.possessive_participle = re.compile(grammar.data["possessive_participle"])
        self.genitive_subject_form = re.compile(grammar.data["genitive_subject_form"])
        self.body_noun_case = re.compile(grammar.data["body_noun_case"])
        self.converb = re.compile(grammar.data["converb"])
        self.noun_phrase_opener = re.compile(grammar.data["noun_phrase_opener"])
        self.case_of_a_head = re.compile(grammar.data["case_of_a_head"])
        self.act_head_noun = re.compile(grammar.data["act_head_noun"])
        self.own_side_dative = re.compile(grammar.data["own_side_dative"])
        self.object_list_words = frozenset(grammar.data["object_list_words"])  # "3 şirket ve 12 tankeri": words that add no noun
        self.bare_verbal_noun_object = re.compile(grammar.data["bare_verbal_noun_object"])
        self.evaluating_predicate = re.compile(grammar.data["evaluating_predicate"])
        self.finite_verb = re.compile(grammar.data["finite_verb"])
        self.participle_right_before = re.compile(grammar.data["participles_right_before"])
        self.told_clause_end = re.compile(grammar.data["object_clause"])
        self.owned_dative = re.compile(grammar.data["owned_dative"])
        self.owned_plural_dative = re.compile(grammar.data["owned_plural_dative"])
        self.telling_noun_after = re.compile(grammar.data["telling_noun_after"])
        self.saying_in_the_trigger = re.compile(grammar.data["saying_in_the_trigger"])
        self.cause_after_the_act = re.compile(grammar.data["cause_after_the_act"])
        self.accusative_on_a_possessive = re.compile(grammar.data["accusative_on_a_possessive"])
        self.own_country_in_the_genitive = re.compile(grammar.data["own_country_in_the_genitive"])
        self.bound_light_verbs = re.compile(grammar.data["bound_light_verbs"])
        self.verbal_noun_of_signing = re.compile(grammar.data["verbal_noun_of_signing"])
        self.object_participle = re.compile(grammar.data["object_participle"])
        self.topic_after_noun = re.compile(grammar.data["topic_after_noun"])
        self.asked_act = re.compile(grammar.data["asked_act"])
        self.ordered_by_a_decision = re.compile(grammar.data["ordered_by_a_decision"])
        self.possessed_noun = re.compile(grammar.data["possessed_noun"])
        self.owned_after_a_genitive = re.compile(grammar.data["owned_after_a_genitive"])  # "davetiyle", "daveti üzerine"
        # "ziyaret ederek": a converb closes the clause a time before it opens, for dates as for the time tagger
        self.converb_closing_a_clause = time_vocabulary.converb if time_vocabulary is not None else None
        self.agent_head_after = re.compile(rf"\s+(?:\w+\s+)?(?:{grammar.data['agent_head_nouns']})\w*")
        # "gazeteci Ayşe Demirtaş": the noun uninflected (or possessed) before a name is its apposition, not another head
        self.apposed_head_noun = re.compile(rf"(?:{grammar.data['agent_head_nouns']})(?:l[ae]r)?(?:s?[ıiuü])?")
        self.plural_accusative = re.compile(grammar.data["plural_accusative"])
        self.active_participle = re.compile(grammar.data["active_participle_word"])
        self.accusative_head = re.compile(grammar.data["accusative_head"])
        self.asked_infinitive, self.asking_verb_after = re.compile(grammar.data["asked_infinitive"]), re.compile(rf"\s+(?:{grammar.data['asking_verb']})")
        self.verbal_noun_in_the_genitive = re.compile(grammar.data["verbal_noun_in_the_genitive"])
        self.time_as_adjective = (re.compile(grammar.data["time_as_adjective"]), re.compile(grammar.data["time_as_adjective_end"]))
        self.joined_participles_before = re.compile(
            rf"(?<!\w)({grammar.data['participles_before']})\s+ve\s+(?:[^\s,]+\s+){{0,5}}?{grammar.data['joined_participle']}\s*$")
        self.genitive_by_its_noun = re.compile(rf"\s*(?:{grammar.data['genitive_by_its_noun']})")
        self.led_body_after = re.compile(grammar.data["led_body_after"])
        describing = grammar.data.get("between_describing")  # "X ile Y arasındaki": the pair describes the noun after it
        self.between_describing = re.compile(describing) if describing is not None else None
        self.vessels_in_the_genitive = re.compile(rf"\s*(?:{grammar.data['vessels_in_the_genitive']})")
        # "Avrupa Birliği (AB) liderlerinin": a lower-case noun in the genitive right after a name, which it qualifies
        self.qualifies_a_genitive_noun = re.compile(rf"\s+(?=[^\W\d])(?!\w*[A-ZÇĞİÖŞÜ]){grammar.data['owned_noun_in_the_genitive']}")
        self.no_compound_head = re.compile(grammar.data["no_compound_head"])  # "sınıra" after "Rusya": no compound's head
        self.qualifier_before = re.compile(rf"(?<!\w)(?:{grammar.data['qualifying_adjective_after']})\s+$")  # "El Kaide bağlantılı "
        self.hypothetical_before = re.compile(grammar.data["hypothetical_before"])
        self.possessed_in_a_complement = re.compile(grammar.data["possessed_in_a_complement"])  # "çıkarlarına"
        self.manner_before_an_attitude = re.compile(grammar.data.get("manner_before_an_attitude", r"\s*"))  # "saldırıyı şiddetle kınadı"
        # "tatbikatı bölgesel barışa yönelik bir tehdit olarak nitelendirdi": what is characterised stands before the words that characterise it
        self.characterised = (re.compile(grammar.data["characterising_verb"]), re.compile(grammar.data["characterised_gap"]),
                              re.compile(grammar.data["quoted_characterisation"]))
        self.acts_named_again = {kind: re.compile(rf"(?<!\w)(?:{noun})(?!\w)") for kind, noun in grammar.data["acts_named_again"].items()}
        self.acts_named_again_words = grammar.data.get("acts_named_again_by_their_own_word", {})
        self.delegation_after = re.compile(rf"\s+{grammar.data['delegation_words']}")  # "IMF heyeti"
        # acts an article may tell either way round, when one telling is of this kind (a reception)
        self.claim_of_responsibility = re.compile(grammar.data["claim_of_responsibility"])
        self.finite_clause_end = re.compile(grammar.data["finite_clause_end"])
        self.acts_joined_between = re.compile(grammar.data["acts_joined_between"])
        self.reversible = MappingProxyType({kind: re.compile(pattern) for kind, pattern in grammar.data["sides_reversible_in_an_article"].items()})
        aimed = alternatives(grammar.data["target_postpositions"])  # "yönelik", "karşı": what an act is aimed at
        self.aimed_at = re.compile(rf"(?<!\w)(?:{aimed})(?!\w)")
        self.aimed_after = re.compile(rf"\s*(?:{aimed})(?!\w)")  # right after a name ("karşı", not "karşılık")
        self.aimed_at_the_end = re.compile(rf"(?:{aimed})$")
        self.belonging_to = re.compile(grammar.data["belonging_to"])  # "Çin Sahil Güvenliğine ait bir gemi": matched at a name's end

    def __call__(self, text: str, mentions: list[Mention], timexes: list[Timex], entities, quotes=(), dct: date | None = None) -> list[Event]:
        context = _Context(text, turkish_lower(text), mentions, timexes, entities, tuple(quotes), dct=dct)
        context.sentence_spans = [past_the_dateline(text, sentence, self.dateline) for sentence in sentences(text)]
        found: list[Event] = []
        for number, sentence in enumerate(context.sentence_spans):
            found.extend(self._sentence(context, number, sentence.start, sentence.end))
        planned_when_dated_after(found, dct)
        self._talks_organised_with_another(context, found)
        protests_of_states_accuse(found, entities)
        no_threat_to_ones_own_country(found, entities)
        no_forces_moved_as_targets(found, entities)
        # a group's country is where it was, or a guess from the article: no ground to keep two mentions apart
        events = merge_mentions(found, context.named_country_of, context.kind_of, context.is_group, self.reversible, context.country_of, dct,
                                context.one_side, context.named_apart, stated_country_of_groups(context.entities))
        _inherit_for_outcomes(events, self.grammar.data["outcome_types"])
        events = claims_joined_to_their_attack(events, self.claim_of_responsibility)
        _attitudes_to_acts_told_before(context, events, [*self.grammar.data["attitude_types"], *self.grammar.data["answering_types"]],
                                       self.manner_before_an_attitude, self.characterised,
                                       (self.acts_named_again, self.acts_named_again_words), self.converb_closing_a_clause,
                                       self.telling_noun_after)
        self._stances_quoted_are_the_speakers(context, events)
        self._the_two_named_before(context, events)
        self._the_sides_addressed(context, events)
        _share_standing_mediators(events, context.country_of)
        asides_where_their_meeting_was(events)
        for event in events:
            # a group with no name on both sides is two sets of people ("iki kişi ... ateş açtı", "1 kişi yaralandı")
            for cluster in {c for c in event.participants.get("source", []) if not context.is_group(c)} & set(event.participants.get("target", [])):
                # "gözaltına alınan X tutuklandı ... X'in de aralarında bulunduğu": a possessor read as the
                # source elsewhere; the passive's subject is acted on
                event.participants["source"].remove(cluster)
            if not event.participants.get("source", True):
                del event.participants["source"]
            if event.type == "ASSAULT":
                # a strike on a place happens there: on a country with no place told, on a town within the country told
                places = [c for c in event.participants.get("target", []) if entities[c].type == "LOC"]
                if event.location is None:
                    event.location = places[0] if places else None
                elif within := [c for c in places if context.country_of(c) == context.country_of(event.location)
                                and _nearer_the_act(c, event.location, context.kind_of, context.country_of)]:
                    event.location = within[0]
            if event.type in self.grammar.data["given_to_the_place"] and not event.participants.get("target") and event.location is not None:
                event.add("target", event.location)  # "Darfur bölgesinde yerinden edilen aileler için yardım": aid goes where it is given
        if self.counts is not None:
            self.counts.attach(events, context.lowered, context.sentence_spans, context.timexes)
        # neither anyone named, nor a place, nor how many: nothing to say about who did what, or where
        return [e for e in events if any(e.participants.values()) or e.location is not None or e.counts]

    def _the_two_named_before(self, context: _Context, found: list[Event]) -> None:
        """``İki lider en son 3 Eylül'de görüşmüştü``, ``İki bakanın gelecek ay görüşmesi
        bekleniyor``: an act of two people named by a word for them takes the two people of the
        act told last before it as its parties."""
        pair_word, sides_word = self.grammar.data["pair_of_people"], self.grammar.data["the_sides"]
        for index, event in enumerate(found):
            if event.shape == "directed":
                self._the_sides_as_subject(context, event, found[:index])
            if event.shape != "symmetric":
                continue
            sentence = context.sentence_spans[min(event.sentences)]
            before = context.lowered[sentence.start:event.evidence[0][0]]
            named = any(role not in ("persons", "mediator") and members for role, members in event.participants.items())
            # "... telefonda görüştüğünü ve iki liderin ... mutabık kaldığını": the pair opens the act's own clause
            own_clause = before[max((joint.end() for joint in CLAUSE_JOINT.finditer(before)), default=0):]
            paired_here = re.match(rf"\s*(?:{pair_word})", own_clause) is not None and own_clause != before
            if named and not paired_here and (event.participants.get("parties") or not re.match(rf"\s*(?:{pair_word})", before)):
                continue  # "İki lider, ... NATO zirvesinde bir araya gelmeyi kararlaştırdı": the two leaders, not the summit's host
            if paired_here:
                before = own_clause
                for cluster in event.participants.pop("parties", []):
                    event.drop(cluster)  # the two the pair word names, not a name of the clause before
            kinds = None
            if pair := re.search(pair_word, before):
                # "İki lider": the two people; "İki ülke dışişleri bakanları": the two people, the two states, or both
                sides_of = _two_sides_of if re.search(self.grammar.data["pair_of_countries"], pair.group()) else _two_people_of
            elif re.search(sides_word, before):
                sides_of = _two_sides_of  # "taraflar": the two people, the two states, or both
            elif re.match(self.grammar.data["round_of"], context.lowered[event.evidence[0][0]:event.evidence[0][0] + 40]):
                sides_of, kinds = _two_sides_of, {event.type}  # "İlk müzakere turu ... yapılacak": a round of the talks told
            elif not before.strip() and event.kind == "noun":
                sides_of, kinds = _two_sides_of_a_symmetric_act, {event.type}  # "Görüşmelerin cuma günü yeniden başlaması": the talks told
            elif re.match(self.grammar.data["at_the_meeting"], before):
                sides_of, kinds = _two_sides_of_a_symmetric_act, {"CONSULT"}  # "Toplantıda ... 11 anlaşma imzalandı": its two sides signed
            else:
                continue
            earlier_acts = list(reversed(found[:index]))
            if pair is not None and pair.group("bare"):  # "Bakanların": the two of the last act of its kind, if it had two
                earlier_acts = [e for e in earlier_acts if e.type == event.type][:1]
            sides = next((sides for earlier in earlier_acts if (kinds is None or earlier.type in kinds) and (sides := sides_of(earlier, context))), None)
            if sides is None:  # "törene Bakan X ile Bakan Y katıldı. İki bakan ...": the last two people named with a title;
                # not for a bare plural ("Liderler, ... bir sonraki zirvede"), which may be every leader of a summit
                counted = pair is not None and not pair.group().endswith(",") and not pair.group("bare")
                sides = _last_two_titled(context, sentence.start) if sides_of is _two_people_of and counted else []
            if pair is None and (named_sides := re.search(sides_word, before)) and re.search(self.grammar.data["pair_of_countries"], named_sides.group()):
                sides = _the_states_of(sides, context)  # "İki ülke ... anlaşmaya varmıştı", after India's ministry accused Pakistan
            for cluster in sides:
                event.add("parties", cluster)
                if context.entities[cluster].type == "PER":
                    event.add("persons", cluster)
            if sides:
                event.participants.pop("source", None)
                event.participants.pop("target", None)

    def _the_sides_as_subject(self, context: _Context, event: Event, earlier: list[Event]) -> None:
        """``İki ülke, ... ateşkes ilan etmişti``: an act of one side done by "the two countries"
        with no one named as its doer was done by both sides of the last act of two told before."""
        if event.participants.get("source"):
            return
        sentence = context.sentence_spans[min(event.sentences)]
        named = re.match(self.grammar.data["sides_as_subject"], context.lowered[sentence.start:event.evidence[0][0]])
        if not named:
            return
        # an act of one side alone (a call made by two countries, its addressees not yet read) has no two sides; "iki
        # ülke" are two states ("Pakistan'ın ... Kurram bölgesine": a place is no side)
        states = re.search(self.grammar.data["pair_of_countries"], named.group()) is not None
        # "İki ülke deniz kuvvetleri ... tatbikat düzenleyecek", after two ministers signed: the ministers' states
        sides = next((sides for act in reversed(earlier) if (act.shape == "symmetric" or act.participants.get("target"))
                      and (sides := _two_sides_of(act, context)) and (sides := _the_states_of(sides, context, people=True) if states else sides)
                      and not (states and any(context.kind_of(c) != "country" for c in sides))), [])
        for cluster in sides:
            event.drop(cluster)
            event.add("source", cluster)

    def _the_sides_addressed(self, context: _Context, found: list[Event]) -> None:
        """``Guterres, iki ülkeyi itidale çağırdı``, ``BM, taraflara ateşkes çağrısında bulundu``: a
        directed act with no target, addressed to "the sides", is aimed at the sides of the last
        talks or clash told before it."""
        addressed = self.grammar.data["sides_addressed"]
        for index, event in enumerate(found):
            if event.shape != "directed" or event.participants.get("target"):
                continue
            sentence = context.sentence_spans[min(event.sentences)]
            own = [span for span in event.evidence if sentence.start <= span[0] < sentence.end] or event.evidence
            # "iki ülkeyi sükunete davet ederken, sınıra ek asker konuşlandırdı": the sides another act of the sentence addresses
            opened = max((span[1] for other in found if other is not event for span in other.evidence
                          if sentence.start <= span[1] <= own[0][0]), default=sentence.start)
            if not (sides_named := re.search(addressed, context.lowered[opened:own[-1][1]])):
                continue
            # "iki silahlı grup arasında çıkan çatışma": a group against itself is both sides; who addresses
            # the sides is none of them (an envoy's own talks told before are not what he calls on)
            sources = event.participants.get("source", [])
            sides = next((sides for earlier in reversed(found[:index])
                          if (sides := _two_sides_of_a_symmetric_act(earlier, context) or _a_group_on_both_sides(earlier, context))
                          and not set(sides) & set(sources)), [])
            if not sides:  # "AB, iki ülkeyi diyaloğa davet etti" after a trade row, when neither is the caller's own
                named, own = _the_two_countries_named(context), {context.country_of(cluster) for cluster in sources}
                sides = [] if any(context.country_of(cluster) in own for cluster in named) else named
            elif re.search(self.grammar.data["pair_of_countries"], sides_named.group()):
                sides = _the_states_of(sides, context, people=True)  # "iki ülkeyi", after the two presidents agreed: their states
            for cluster in sides:
                if cluster not in sources:
                    event.add("target", cluster)

    # -- one sentence -----------------------------------------------------------------------

    def _sentence(self, context: _Context, number: int, start: int, end: int) -> list[Event]:
        lowered = context.lowered
        condition = self._condition(context.text, lowered, start, end)
        blocked = [(m.start(), m.end()) for m in self.grammar.blockers.finditer(lowered, start, end)]
        # "MSB: Irak'ın kuzeyinde 7 terörist etkisiz hale getirildi": who tells the line is not in what it tells
        inside = [m for m in context.mentions if start <= m.start < end and not _tells_the_line(context.text, m) and not self._a_posting(context, m)]
        hints = self._visit_hints(context, inside, start, end)
        pairs = self._party_pairs(context, inside)
        joint_subjects = self._joint_subjects(context, inside) + _listed_subjects(  # parties of its first symmetric act
            context, inside, self.focus_particle, self.grammar.data["party_institution"])
        sentence_subjects = list(joint_subjects)  # sources of all its directed acts
        joint_possessors = self._joint_possessors(context, inside)  # parties of the noun right after them only
        used_pairs: list[list[int]] = []
        by_start = {m.start: m for m in inside}
        purposes = [m.end() for m in re.finditer(self.grammar.data["purpose"], lowered[start:end])]
        events: list[Event] = []
        window_start = start
        bare: tuple[str, int] | None = None
        objects_left: list[Mention] = []  # names in the accusative a noun's window took, left to the verb after it
        # "Yüksek Düzeyli İşbirliği Konseyi": a word of an act inside a name is the name's
        names = [(m.start, m.end) for m in inside if m.type in ("ORG", "LOC")]
        for found in self._triggers(lowered, start, end, condition, blocked, names):
            # "Rusya'nın saldırılarını kınadı": the act condemned and its actor are the object
            attitude_to = self._act_the_stance_is_towards(lowered, events, found)
            if bare is not None and (bare[0] == found.trigger.type or attitude_to is not None):
                window_start = bare[1]
            # "X'in mesajlarının İran'a iletilmesi için aktardı": the aim's arguments are not the act's
            window_start = max([window_start] + [start + p for p in purposes if start + p <= found.start])
            predicate_start, predicate_end, status = self._predicate(context, found, end, condition)
            if condition is not None and condition[0] <= found.start and found.end <= condition[1]:
                continue  # "anlaşmanın imzalanması halinde": the condition itself is no event
            window_end = max(predicate_end, found.end)
            event = Event(found.trigger.type, status, [(predicate_start, window_end)], found.trigger.shape, found.trigger.kind, sentences={number},
                          mode=found.trigger.mode, wording=[lowered[found.start:found.end]])
            # "48 polisin yaralandığını ve 80 kişinin gözaltına alındığını": the clause told before "ve" or a converb of
            # saying is another verb's; a noun after it may still stand for talks with whom that clause names, but
            # not be owned by a name in it ("X'in ... mevzilendiğini öne sürerek saldırıların süreceğini")
            told_before = max((m.end() for m in self.grammar.told_clause_then_ve.finditer(lowered, window_start, found.start)), default=window_start)
            if found.trigger.kind == "noun":
                genitive = self.grammar.suffix_roles["genitive"]
                window = [m for m in inside if window_start <= m.start < window_end
                          and not (m.start < told_before and genitive.match(_suffix(context.text, m.end)))]
            else:
                window = [m for m in inside if told_before <= m.start < window_end]
            if found.trigger.kind == "verb":
                window = [*(m for m in objects_left if m not in window), *window]
                if self._describes_a_noun_after(context, found.trigger.kind, found.start, found.end):
                    # "protesto etmek için toplanan gruba polis müdahale etti": the main clause after the participle is not its own
                    window = [m for m in window if m.start < found.start]
            objects_left = self._objects_before_a_noun(context, window, found) if found.trigger.kind == "noun" else []
            symmetric = found.trigger.shape == "symmetric"
            struck_part = self._roles(context, event, window, pairs + joint_subjects + joint_possessors if symmetric else pairs + joint_subjects,
                                      found.start)
            if (found.trigger.kind == "verb" and not event.participants.get("source")
                    and (sharer := self._subject_of_the_participle_joined_before(context, inside, window_start, told_before, found)) is not None):
                event.add("source", sharer.cluster)  # "Macron'un istifayı kabul ettiği ve ... Bayrou'dan ... istediği"
                if sharer.type == "PER":
                    event.add("persons", sharer.cluster)
            if (counterpart := self._counterpart_by_adjective(context, window_start, found.start)) is not None:
                event.add("target", counterpart)  # "Rus mevkidaşı ile görüştü": Russia, named elsewhere in the article
            if (posted := self._where_the_envoy_serves(context, found.start)) is not None:
                event.add("target", posted.cluster)  # "Fransa'daki büyükelçisini geri çağırdı": recalled from France
                event.location = None if event.location == posted.cluster else event.location
            if event.type in self.grammar.data["asking_types"] and (asked := self._asked_in_the_ablative(context, inside, start, found.start)):
                # "İran'dan tankeri serbest bırakmasını istedi": who is asked; the names inside the act asked are its own
                event.participants["target"] = [m.cluster for m in asked]
            if symmetric and not event.participants.get("parties"):
                self._a_group_against_itself(context, event, window)
            if not symmetric and found.trigger.kind == "noun":
                _joint_owners_act(event, joint_possessors, by_start, lowered, found.start)
            if symmetric:
                for group in (pairs, joint_subjects, joint_possessors):
                    for position, members in list(group):
                        if group is pairs and not self._pair_reaches(context, [by_start[m] for m in members], position, found.start):
                            continue
                        if position <= found.start and (group is not joint_possessors or not lowered[position:found.start].strip()
                                                        or re.fullmatch(self.grammar.data["owners_taking_part"], lowered[position:found.start].strip())):
                            for member in members:
                                if by_start[member].cluster not in event.participants.get("mediator", []):
                                    event.add("parties", by_start[member].cluster)  # "Katar ve Mısır arabuluculuğunda": no sides
                            if event.status is not None:  # a bare noun may be only evidence: the verb after it still needs them
                                group.remove((position, members))
                                used_pairs.append(members)
            elif found.trigger.type in self.grammar.data["acts_between_two_sides"] and not any(event.participants.values()):
                for position, members in pairs:
                    if position <= found.start and members not in used_pairs and self._pair_reaches(context, [by_start[m] for m in members], position, found.start):
                        for member in members:  # "İsrail ile Hizbullah arasında ateşkes ilan edildi": both sides' act
                            event.add("parties", by_start[member].cluster)
                        used_pairs.append(members)
                        break
            elif (found.trigger.type in self.grammar.data["attitude_types"] or attitude_to is not None) and not event.participants.get("target"):
                for members in used_pairs:  # "A ile B arasındaki müzakereleri memnuniyetle karşıladı"
                    for member in members:
                        event.add("target", by_start[member].cluster)
                if attitude_to is not None and not event.participants.get("target"):
                    # "İsrail'in Gazze'ye saldırılarını kınadı": its actor; "A ile B arasındaki müzakereleri": its parties
                    for cluster in attitude_to.participants.get("source") or attitude_to.participants.get("parties", []):
                        event.add("target", cluster)
            subject = self._subject(context, inside, found.start, found.end, verb=found.trigger.kind == "verb")
            if subject is not None and (body := by_start.get(subject.start)) is not None and body.cluster != subject.cluster:
                # "CHP lideri, ...": the leader the body's name describes takes the body's place in the act
                for role, members in event.participants.items():
                    event.participants[role] = [subject.cluster if c == body.cluster else c for c in members]
                event.add("persons", subject.cluster)
            # "X, Y ile yaptığı görüşmenin ardından": a noun after the subject's own participle is the subject's act
            # ("Yönetim Kurulu, yaptığı toplantıda": talks with no counterpart are no one's talks with another)
            own_noun = (found.trigger.kind == "noun" and subject is not None and predicate_start < found.start
                        and (event.shape == "directed" or any(role != "persons" for role in event.participants))
                        and re.fullmatch(self.grammar.data["own_participle_before_noun"], lowered[predicate_start:found.start]) is not None)
            acts = found.trigger.kind == "verb" or (found.trigger.kind == "noun" and predicate_end > found.end) or own_noun
            # "Yıldız'ın tutuklanmasının ... ihlal ettiğine hükmetti": a passive clause made a noun is passive, whatever verb follows
            clause_noun = self.passive_clause_noun.search(lowered, found.start, found.end)
            # a verb's own last word carries its voice: "protesto etmek için ... toplandı" is no passive protest, nor
            # '"kabul edilemez bir provokasyon" olarak niteleyerek' a passive condemnation
            voiced = lowered[found.start:found.end].split()[-1] if found.trigger.kind == "verb" else lowered[predicate_start:predicate_end]
            passive_verb = self.passive_verb.search(voiced) or clause_noun
            if found.trigger.kind == "noun" and self._put_off_or_called_off(lowered, found.end, predicate_end):
                passive_verb = None  # "Merz'in yapması planlanan ziyaretin ertelendiği": the putting off is passive, not the visit
            told = self._told(lowered, predicate_start, predicate_end) or self._told_past_a_converb(lowered, predicate_start, predicate_end)
            if found.trigger.kind == "noun" and told and not passive_verb and not event.participants.get("source"):
                # "çatışmayı Pakistan'ın başlattığını öne sürdü": the told clause's subject, between the noun and its verb, did it
                verb_start = lowered.rfind(" ", found.end, predicate_end) + 1
                doer = next((m for m in inside if found.end <= m.start and m.end < verb_start and not lowered[suffix_end(context.text, m.end):verb_start].strip()
                             and self.grammar.suffix_roles["genitive"].match(_suffix(context.text, m.end))), None)
                if doer is not None:
                    event.drop(doer.cluster)
                    event.add("source", doer.cluster)
            # "saldırının ...", "Batı'nın Ukrayna'ya silah göndermesinin çatışmayı uzattığını": a noun, or a verbal noun, in the
            # genitive is the subject of another predicate
            genitive_noun = (found.trigger.kind == "noun" and re.search(self.grammar.data["genitive_end"], lowered[found.start:found.end])) or (
                found.trigger.kind == "verb" and self.verbal_noun_in_the_genitive.search(lowered, found.start, found.end))
            paired = subject is not None and any(subject.start in members for members in used_pairs + [m for _, m in pairs])
            obligation = found.trigger.mode == "obligation"
            if obligation:
                verbal_noun = re.search(rf"\w+{self.grammar.data['obligation']}", lowered[max(0, found.start - 30):found.start])
                joint = _acting_with(subject, sentence_subjects, found.start, by_start) or []
                tellers = [by_start[member] for member in joint] or ([subject] if subject is not None else [])
                # "gerek yok" names no act; "dikkatli olunması gerektiğini söyledi" asks no one anything
                if verbal_noun is None or not self._obliged(context, event, inside, tellers, found):
                    window_start = window_end
                    continue
                event.evidence = [(found.start - len(verbal_noun.group()), window_end)]  # "çekilmesi gerektiğini"
            # "Başsavcı X, ... soruşturma başlatıldığını açıkladı", "MSB, 7 teröristin etkisiz hale getirildiğini açıkladı": its own act
            # but "saldırının ... gerçekleştirildiğini açıkladı" tells, of an act already named (its noun in the genitive), how it was done
            own_act = subject is not None and bool(passive_verb) and not (found.trigger.kind == "noun" and genitive_noun) and (
                self._tells_of_its_own(event.type, context.entities[subject.cluster]) or self.ordered_by_a_decision.match(lowered, found.end) is not None)
            # "Rusya Savunma Bakanlığı, Ukrayna'nın tesislerini vurduklarını duyurdu": a defence ministry telling, in the
            # active, of a strike whose clause has no subject of its own tells of its own forces' act
            own_act = own_act or (subject is not None and not passive_verb and told and self._tells_of_its_own(event.type, context.entities[subject.cluster])
                                  and not self._clause_has_its_own_subject(context.text, lowered, subject.end, found.start))
            # "Grossi, Tahran ile anlaşmaya varıldığını açıkladı": with one side named in the comitative, who tells of
            # talks or a deal in the impersonal passive is the other
            own_act = own_act or (subject is not None and told and symmetric and self._impersonal(event)
                                  and bool(event.participants.get("target")) and not event.participants.get("parties"))
            # "Bayramov, Ermenistan ile yürütülen görüşmelerin ... ilerlediğini ifade etti": talks told with one side named in
            # the comitative are the teller's with that side
            # (or a deal whose signing is named by a verbal noun: "Ermenistan ile barış anlaşmasının imzalanmasından sonra")
            signing = self.verbal_noun_of_signing.search(lowered, found.start, found.end) is not None
            if (subject is not None and symmetric and (found.trigger.kind == "noun" or signing) and event.participants.get("target")
                    and not event.participants.get("parties") and subject.type != GROUP
                    and event.participants.get("source", []) in ([], [subject.cluster] if signing else [])
                    and (told or any(re.search(self.grammar.data["object_clause"], word) for word in lowered[predicate_start:predicate_end].split())
                         or (signing and self._tells_after(context, found.end)))):
                event.add("source", subject.cluster)
                own_act = True
            # "X, Y'nin serbest bırakılmasını talep etti ve ...": the told clause begins after the acts before it
            # "Norveç ile İsveç, anlaşmanın imzalandığını açıkladı": the pair that tells of a symmetric act is its parties
            if subject is not None and told and self._a_told_charge(event):
                self._charged_by_the_teller(context, inside, event, subject, found)
            elif not (obligation or own_act or (paired and symmetric)) and subject is not None and self._tells_of_it(
                    context.text, lowered, found, subject, predicate_end, end, told, passive_verb, genitive_noun, paired, max(subject.end, window_start, told_before)):
                event.drop(subject.cluster)  # who tells of the act is not in it
                if found.trigger.kind == "verb" and event.shape == "directed" and not event.participants.get("source") and not passive_verb:
                    # (a passive clause's subject in the genitive is acted on: "maslahatgüzarının bakanlığa çağrıldığını")
                    told_subject = self._told_clause_subject(context, inside, subject.end, found.start)
                    if told_subject is not None:
                        event.add("source", told_subject.cluster)
                    elif (own_country := self._tellers_country_as_the_subject(context, subject, found.start)) is not None:
                        event.add("source", own_country)
                elif found.trigger.kind == "verb" and symmetric and not event.participants.get("parties"):
                    # "X, A ile B'nin ortak bir komite kurmayı kabul ettiğini açıkladı": the pair in the told clause agreed
                    told_subject = self._told_clause_subject(context, inside, subject.end, found.start)
                    joined = [m for m in inside if told_subject is not None and subject.end < m.start
                              and re.fullmatch(rf"\s+{self.grammar.data['comitative_word']}\s+", lowered[m.end:told_subject.start])]
                    for side in [*joined, told_subject] if joined else []:
                        event.add("parties", side.cluster)
                subject = None
            if subject is not None and self._asked_of_another(lowered, found):
                event.drop(subject.cluster)  # "X, müttefiklerini hava savunma sistemi göndermeye çağırdı": the allies would send them
                subject = None
            reflexive = event.type in self.grammar.data["reflexive_types"] or re.match(self.grammar.data["reflexive_verbs"], lowered[found.start:found.end])
            passive = event.shape == "directed" and not reflexive and passive_verb and not obligation
            if obligation:
                pass  # its teller and the one obliged are its roles already
            elif passive:
                # "gözaltına alınan Azerbaycan vatandaşları": a passive participle's target is the head after it, not the subject
                participle = found.trigger.kind == "verb" and self.grammar.status["verb_participle"].search(lowered[found.start:found.end])
                # who tells of a passive act is acted on only when the clause has no subject of its own ("Gazeteci X,
                # gözaltına alındığını açıkladı"); of a sanction or aid it is the giver ("AB, Rusya'ya yaptırım
                # uygulanacağını açıkladı"); of another's detention it may only report it
                own_act = own_act or event.type in self.grammar.data["told_of_ones_own"] or event.mode in self.grammar.data["modes_told_of_ones_own"]
                # "MSB, ... Türk üs bölgesine roketli saldırı düzenlendiğini açıkladı": done to its side, not by it
                own_side = own_act and subject is not None and self._aimed_at_its_own_side(context, subject, found.start)
                own_act = own_act and not own_side
                # (nor when the clause names whom the act is done to: "göstericilere müdahale edileceği uyarısında bulundu")
                teller = subject if told and subject is not None and (
                    own_act or self._clause_has_a_subject(context, inside, subject, found.start)
                    or self._clause_names_its_target(lowered, subject.end, found.start)
                    or any(cluster != subject.cluster for cluster in event.participants.get("target", []))) else None
                # "Jandarma, gözaltına alınan bir şüpheliyi sorguluyor", "X, gazetecilerin serbest bırakılmasını istedi":
                # the subject of the verb after the participle, or of the verb the act's clause is the object of
                if (participle or clause_noun) and teller is None and subject is not None and context.text.startswith(
                        ",", _past_a_short_form(context.text, subject.end)):
                    teller = subject
                # "diğer iki sanığın ise 3'er yıl hapis cezasına çarptırılmasına hükmetti": a passive act made a noun has
                # its subject in the genitive, as a told clause does
                # "X, ziyaretin sonbaharda gerçekleştirilmesi konusunda mutabık kalındığını belirtti": a topic, no one's act on X
                topic = found.trigger.kind == "noun" and re.match(self.grammar.data["topic_after_the_act"], lowered[predicate_end:end])
                self._passive_roles(context, event, [m for m in inside if m.start < predicate_end],
                                    None if participle or teller is not None or topic else subject, found.start, told or clause_noun is not None, teller)
                if teller is not None and own_act and not event.participants.get("source"):
                    event.add("source", teller.cluster)
                if own_side and not event.participants.get("target"):
                    event.add("target", subject.cluster)
                acting = set(event.participants.get("source", [])) - set(event.participants.get("target", []))
                if not acting and event.type in self.grammar.data["acts_of_a_statement"] and (
                        author := self._statement_author(context, inside, found.start)) is not None:
                    event.drop(author.cluster)
                    event.participants["source"] = [author.cluster]  # "Bakanlıktan yapılan açıklamada, saldırı kınandı"
                head = self._participle_head(context, inside, found.end, inflected=True) if participle else None
                if head is not None:
                    event.add("target", head.cluster)  # "gözaltına alınan 5 şüpheliden": a number may stand between
            elif (event.shape == "directed" and found.trigger.kind == "verb"
                  and set(event.participants.get("source", [])) <= ({subject.cluster} if subject is not None else set())
                  and self.grammar.status["verb_participle"].search(lowered[found.start:found.end])
                  and (head := self._participle_head(context, inside, found.end, inflected=True)) is not None):
                # "hükümeti protesto eden binlerce gösterici", "protesto eden göstericilerle": the head after an active
                # participle acts, whatever case it takes in the sentence ("Polis, ... toplanan göstericilere": not the
                # sentence's subject)
                event.participants["source"] = [head.cluster]
            elif (event.shape == "directed" and found.trigger.kind == "verb" and not event.participants.get("target")
                  and self.object_participle.search(lowered, found.start, found.end)
                  and (head := self._participle_head(context, inside, found.end, inflected=True)) is not None):
                event.add("target", head.cluster)  # "biber gazıyla müdahale ettiği göstericilerden": the head after it is acted on
            # a group with no name as the only source leaves room for the sentence's named subject
            elif (subject is not None and acts and not event.participants.get("parties")
                  and not self._describes_a_noun_after(context, found.trigger.kind, found.start, found.end)
                  and all(context.is_group(c) for c in event.participants.get("source", []))
                  and not (event.participants.get("source") and context.is_group(subject.cluster))):
                # "göstericiler polise taş attı, polis de ... karşılık verdi": a group subject leaves another group's act alone
                joint = _acting_with(subject, sentence_subjects, found.start, by_start)
                if joint is not None:
                    for member in joint:  # "Rusya ile Çin, ortak tatbikat düzenledi": both act, in every act of the sentence
                        event.add("source", by_start[member].cluster)
                elif not any(subject.start in members for members in used_pairs) and (own_noun or not genitive_noun) and not (
                        found.trigger.kind == "verb" and re.search(self.grammar.data["verbal_noun_end"], lowered[found.start:found.end])
                        and self._clause_has_its_own_subject(context.text, lowered, max(subject.end, window_start), found.start)) and not (
                        found.trigger.kind == "verb" and self._an_act_judged(context, found.start, found.end)):
                    # "Polis, saldırganın esirleri serbest bırakmasından sonra": the verbal noun's own subject acts
                    # not when already a party of this sentence's talks; "X ise tatbikatın gerilimi artırabileceğini öne
                    # sürdü": a noun in the genitive owns another predicate
                    event.add("source", subject.cluster)  # a verb, or a noun with its light verb ("saldırılar düzenledi")
            if (told and not passive and event.type in self.grammar.data["acts_of_a_statement"] and not event.participants.get("source")
                    and (author := self._statement_author(context, inside, found.start)) is not None):
                event.drop(author.cluster)  # "Hizbullah'tan yapılan açıklamada, saldırının cevapsız kalmayacağı belirtildi"
                event.add("source", author.cluster)
            if re.match(self.grammar.data["convening_verb"], lowered[found.start:found.end]):
                # "X, tarafları bir araya getirdi", "X'in tarafları bir araya getirmesi bekleniyor"
                sources = event.participants.get("source", [])
                convener = subject or next((m for m in window if m.cluster in sources), None)
                if convener is not None:
                    self._convened(context, event, [m for m in window if m.end <= found.start], convener)
            if event.type in self.grammar.data["harm_types"] and found.trigger.kind == "noun":
                victims = self._casualties(context, inside, found.end, end)
                for victim in victims:
                    event.add("target", victim.cluster)  # "saldırıda 12 Filistinli hayatını kaybetti": the dead were its targets
                if not victims and subject is not None and subject.type in ("PER", GROUP) and self._died_in_it(context, inside, found.end, end):
                    event.drop(subject.cluster)  # "Duran, ... silahlı saldırıda hayatını kaybetmişti": the subject died in it
                    event.add("target", subject.cluster)
                    if subject.type == "PER":
                        event.add("persons", subject.cluster)
            sources = {context.country_of(cluster) for cluster in event.participants.get("source", [])}
            if struck_part is not None and sources and not event.participants.get("target") and context.country_of(struck_part) not in sources:
                event.add("target", struck_part)  # "İsrail, Lübnan'ın güneyinde hava saldırısı düzenledi": a foreign army strikes it
            if event.status is None and event.shape == "directed" and event.participants.get("source") and event.participants.get("target"):
                event.status = "occurred"  # "X'in Y'ye saldırıları": a definite act with its agent has happened
            hosted = event.participants.get("parties") and re.match(self.grammar.data["hosting_predicate"], lowered[found.end:found.end + 30])
            if found.trigger.kind == "noun" and (re.match(self.grammar.data["mediating_predicate"], lowered[found.end:found.end + 30]) or hosted):
                mediators = event.participants.pop("source", []) + ([subject.cluster] if subject is not None else [])
                for cluster in mediators:
                    if cluster not in event.participants.get("parties", []):
                        event.add("mediator", cluster)  # "esir takasına aracılık etti": the subject brought the sides together
            if found.trigger.kind == "noun" and (behind := re.match(self.grammar.data["behind_the_act"], lowered[found.end:found.end + 30])):
                # "saldırının arkasında Rusya ile bağlantılı bir grubun olduğundan": who is behind it did it; who tells so did not
                suspects = [m.cluster for m in inside if found.end + behind.end() <= m.start and m.end <= window_end]
                if suspects:
                    event.participants = {"source": suspects}
            event.topic_place = _place_before_a_colon(context, event, inside, start, found.start)
            event.date = self._date(context.text, context.timexes, window_start, window_end, found.start, context.dct)
            if found.trigger.kind == "noun" and event.status == "planned" and re.match(self.grammar.data["end_to_come_after"], lowered[found.end:end]):
                # "tatbikatın cuma günü sona ereceğini": an act that will end is going on; the day is its end's, not its own
                event.status, event.date = "occurred", None
            imagined = self._imagined(lowered, found) if event.date is not None and event.status == "conditional" else None
            if imagined is not None and event.date.start < imagined.start():
                event.date = None  # "7 Kasım'da yaptığı konuşmada, olası bir saldırının": the day of the telling, not of an act imagined
            event.standing = event.date is not None and re.match(self.grammar.data["since_after"], lowered[event.date.end:event.date.end + 20]) is not None
            if event.standing and re.match(self.grammar.data["first_since"], lowered[event.date.end:found.end + 80]):
                event.date, event.standing = None, False  # "2021'den bu yana ... ilk resmi ziyaret": the first since then, not then
            elif event.standing and _begun_this_week(event.date, context.dct):
                event.standing = False  # "cuma günü başlayan saldırılarda": the story's own acts, begun days ago, not a state of long standing
            event.recalled = self._another_instance(context, event.date, window_start, found.start) or (
                found.trigger.kind == "noun" and self._a_tally_before(context, found.start))
            event.aside = self._aside_of_another(context, found.start)
            event.earlier = self._told_in_the_pluperfect(context, found.start)
            if (events and event.shape == "directed" and not event.participants.get("target")
                    and re.search(self.grammar.data["patient_of_listed_decisions"], lowered[max(start, found.start - 40):found.start])):
                for cluster in events[-1].participants.get("target", []):
                    event.add("target", cluster)  # "X'in cezalandırılmasına, tutukluluk halinin devamına": X's too
            if (events and events[-1].status is None and not any(event.participants.values())
                    and self._joined_to_an_act_of_its_kind(lowered, events[-1], found)):
                for role, members in events[-1].participants.items():  # "sendikaların çağrısıyla grev ve gösteriler": both theirs
                    for cluster in members:
                        event.add(role, cluster)
            for position, place, visit_date in hints:
                if window_start <= position < window_end or position < found.start:
                    event.location = event.location if event.location is not None else place
                    event.date = event.date or visit_date
            events.append(event)
            # a bare noun ("zirvesinde bir araya gelecek") leaves its date, place and parties to the verb of its kind after it
            bare = (found.trigger.type, window_start) if event.status is None else None
            window_start = window_end
        scene = self._scene(context, inside, events)
        for event in events:
            if event.location is None and (event.kind != "noun" or event.status is not None) and scene is not None and scene.end <= event.evidence[0][0]:
                event.location = scene.cluster  # "Tiflis'te hükümetin kararını protesto eden binlerce kişi"
        if condition is not None:
            _threats_on_the_conditions_subject(context, events, condition, inside)
            threat = self._threat(context, condition, end, inside, number)
            if threat is not None:  # it stands for any threat its consequence's own words told ("karşılık vereceğini")
                events = [e for e in events if not (e.type == "THREATEN" and condition[1] <= e.evidence[0][0] < threat.evidence[0][1])]
                events.append(threat)
        return events

    def _act_the_stance_is_towards(self, lowered: str, events: list[Event], found: _Found) -> Event | None:
        """The act told right before a stance (``Rusya'nın saldırılarını kınadı``), or before a threat
        to answer it when it is named in the dative (``ABD'nin saldırılarına karşılık vereceğiz``)."""
        if not events or not _right_after_the_act(lowered, events[-1], found.start):
            return None
        act, data = events[-1], self.grammar.data
        if self._joined_to_an_act_of_its_kind(lowered, act, found):
            return None  # "grev ve gösteriler düzenlendi": two acts of a kind joined, one no stance towards the other
        answered = found.trigger.type in data["answering_types"] and act.wording and re.search(data["answered_act_end"], act.wording[-1])
        return act if found.trigger.type in data["attitude_types"] or answered else None

    def _joined_to_an_act_of_its_kind(self, lowered: str, act: Event, found: _Found) -> bool:
        """``grev ve gösteriler``: the trigger follows an act of its own type, joined to it as one phrase."""
        return act.type == found.trigger.type and self.acts_joined_between.fullmatch(lowered, act.evidence[-1][1], found.start) is not None

    def _subject_of_the_participle_joined_before(self, context: _Context, inside: list[Mention], window_start: int, told_before: int,
                                                 found: _Found) -> Mention | None:
        """``Macron'un istifayı kabul ettiği ve Bayrou'dan görevini sürdürmesini istediği``: an active participle
        joined by ``ve`` to one before it, with no genitive of its own, shares the genitive subject opening the first."""
        if told_before <= window_start or not _ve_right_before(context.lowered, told_before):
            return None
        own_word = context.lowered[found.start:found.end].split()[-1]
        if self.possessive_participle.fullmatch(own_word) is None or self.passive_verb.search(own_word):
            return None
        genitive = self.grammar.suffix_roles["genitive"]
        in_the_genitive = [m for m in inside if window_start <= m.start < found.start and genitive.match(_suffix(context.text, m.end))]
        if not in_the_genitive or any(m.start >= told_before for m in in_the_genitive):
            return None
        first = in_the_genitive[0]
        before = context.lowered[window_start:first.start].strip()
        opens = not before or before.endswith(",")  # the first clause opens with it
        # and is its subject: no comma after it ("Kurulun karar metninde, ..."), no genitive of another subject in the second
        own_clause = "," not in context.lowered[first.end:told_before] and not any(
            re.search(self.grammar.data["genitive_end"], word) for word in WORD.findall(context.lowered, told_before, found.start))
        return first if opens and own_clause and first.type != GROUP else None

    def _asked_in_the_ablative(self, context: _Context, inside: list[Mention], start: int, trigger_start: int) -> list[Mention]:
        """A country, body or person in the ablative before the act asked of them (a verbal noun in
        the accusative) and the verb of asking; not a place left (``Gazze'den tahliye edilmesini``), nor
        the source of a statement (``Elysee Sarayı'ndan yapılan açıklamada``)."""
        ablative = self.grammar.suffix_roles["ablative"]
        addressable = lambda m: m.type in ("PER", "ORG") or context.names_a_state(m) or (m.type == "LOC" and self.is_capital(context.entities[m.cluster].key))
        told_by = lambda m: self.statement_source is not None and self.statement_source.match(context.lowered, m.end) is not None
        asked = [m for m in inside if start <= m.start and m.end <= trigger_start and ablative.match(_suffix(context.text, m.end))
                 and addressable(m) and not told_by(m) and self.asked_act.search(context.lowered, suffix_end(context.text, m.end), trigger_start)]
        # "ABD ve Fransa'dan İsrail'e baskı yapmalarını istedi": the names listed before the last, in the ablative, are asked too
        listed = [m for last in asked for m in _listed_before(context, inside[:inside.index(last) + 1])
                  if start <= m.start and addressable(m)]
        return sorted({*listed, *asked}, key=lambda m: m.start)

    def _obliged(self, context: _Context, event: Event, inside: list[Mention], tellers: list[Mention], found: _Found) -> bool:
        """``X, HDK'nin şehirlerden çekilmesi gerektiğini söyledi``: who says another must act demands it
        of them; the told clause's subject, in the genitive, is the target. False when the clause names
        no one to act, or no one tells it."""
        if not tellers:
            body = self._body_of_an_unnamed_speaker(context, inside)
            tellers = [body] if body is not None else []
        if not tellers:
            return False
        genitive = self.grammar.suffix_roles["genitive"]
        clause_start = max(tellers[-1].end, context.text.rfind(",", 0, found.start))  # "X'in hazır olduğunu, ancak Y'nin ...": Y's
        obliged = [m for m in inside if clause_start < m.start and m.end <= found.start and genitive.match(_suffix(context.text, m.end))]
        if not obliged:
            return False
        event.participants = {}
        for role, mention in [*(("source", teller) for teller in tellers), ("target", obliged[-1])]:
            event.add(role, mention.cluster)
            if mention.type == "PER":
                event.add("persons", mention.cluster)
        return True

    def _body_of_an_unnamed_speaker(self, context: _Context, inside: list[Mention]) -> Mention | None:
        """``ABD Dışişleri Bakanlığı Sözcüsü, ...``: a body whose unnamed officer opens the sentence speaks through them."""
        first = inside[0] if inside else None
        if first is None or first.type == "PER" or _suffix(context.text, first.end):
            return None
        if not self._opens_its_clause(context, first):
            return None
        titled = context.lowered[first.end:first.end + TITLE_REACH].lstrip()
        title = self._title_after(titled)
        after_title = titled[title.end():] if title is not None else ""
        return first if title is not None and after_title.startswith(",") else None

    def _objects_before_a_noun(self, context: _Context, window: list[Mention], found: _Found) -> list[Mention]:
        """``Machado'yu ... düzenlenen bir mitingin ardından gözaltına aldı``: a noun takes no object in
        the accusative, so one before it is the next verb's."""
        accusative = self.grammar.suffix_roles["accusative"]
        return [m for m in window if m.end <= found.start and (accusative.match(_suffix(context.text, m.end))
                                                               or self._dative_before_a_happening(context, m, found.start))]

    def _dative_before_a_happening(self, context: _Context, mention: Mention, anchor: int) -> bool:
        """``Fenerbahçe'ye maçta yaşanan olaylar nedeniyle ceza verdi``: a participle of happening,
        which takes no dative, stands between a name in the dative and the noun: the name is the
        next verb's."""
        return (self.grammar.suffix_roles["dative"].match(_suffix(context.text, mention.end)) is not None and mention.end <= anchor
                and self.happening_participle.search(context.lowered, suffix_end(context.text, mention.end), anchor) is not None)

    def _scene(self, context: _Context, inside: list[Mention], events: list[Event]) -> Mention | None:
        """A place in the locative before the sentence's first act (``Tiflis'te ... protesto eden
        binlerce kişi``): the scene of its verbs, though a noun's window took it first."""
        first = min((event.evidence[0][0] for event in events), default=None)
        locative = self.grammar.suffix_roles["locative"]
        opening = next((m for m in inside if first is not None and m.end <= first and m.type == "LOC"
                        and locative.match(suffix := _suffix(context.text, m.end)) and not suffix.endswith("ki")), None)
        if opening is None or "," in context.text[_sentence_start(context, opening.start):opening.start]:
            return None  # "Almanya ile Fransa, mayıs ayında Paris'te ... düzenleme konusunda": after the subject, a clause's own
        if self._a_cause_between(context.lowered, opening.end, first):
            return None
        return None if self._in_a_planned_clause(context.text, opening.end, first) else opening

    def _convened(self, context: _Context, event: Event, before: list[Mention], convener: Mention) -> None:
        """``Türkiye, Rusya ve Ukrayna'yı İstanbul'da bir araya getirecek``: who brings the sides
        together mediates; the names in the accusative, and a name joined to one by "ile" or
        "ve", are the parties."""
        event.drop(convener.cluster)
        event.add("mediator", convener.cluster)
        if convener.type == "PER":
            event.add("persons", convener.cluster)
        accusative = self.grammar.suffix_roles["accusative"]
        for first, second in itertools.pairwise(before):
            if accusative.match(_suffix(context.text, second.end)) and not _suffix(context.text, first.end) and re.fullmatch(
                    r"\s+(?:ile|ve)\s+", context.lowered[first.end:second.start]):
                event.add("parties", first.cluster)
        for mention in before:
            if mention.cluster != convener.cluster and accusative.match(_suffix(context.text, mention.end)):
                event.add("parties", mention.cluster)

    def _tells_of_it(self, text: str, lowered: str, found: _Found, subject: Mention, predicate_end: int, end: int,
                     told: bool, passive_verb, genitive_noun, paired: bool, clause_start: int) -> bool:
        """The sentence's subject only tells of the act: the act is a noun inside what is
        reported (``Kliçko, ... saldırıda bir apartmanın hasar gördüğünü bildirdi``); the clause
        told has a subject of its own (``Yumaklı, 2 kişinin gözaltına alındığını açıkladı``,
        ``X, saldırının gece başladığını belirtti``); or a passive trigger holds its own object
        (``Vali X, soruşturma başlatıldığını açıkladı``), unless the subject is a party named in a pair."""
        if found.trigger.kind == "verb" and self.saying_in_the_trigger.search(lowered, found.start, found.end):
            return False  # 'yaptırımların "yasa dışı" olduğunu savunarak': the saying is the act, and the sayer its source
        # "saldırganların ... havaya ateş açarak öğrencileri götürdüğünü söyledi": a converb's act is the told clause's too
        # when that clause's own subject stands before it; "tarafları uzlaşmaya çağırarak bakanlığın ... hazır olduğunu
        # belirtti" is the speaker's act, the clause told begins after it
        if (found.trigger.kind == "verb" and re.search(self.grammar.data["verbal_noun_in_the_genitive"], lowered[found.start:found.end])
                and self._clause_has_its_own_subject(text, lowered, clause_start, found.start)):
            return True  # "Maduro, ABD ordusunun bir tekneyi vurmasının ardından ...": the verbal noun's own subject did it
        converb = re.search(self.grammar.data["converb"], lowered[found.start:found.end]) and self._clause_has_its_own_subject(
            text, lowered, subject.end, found.start)
        # "Kliçko, saldırıda bir apartmanın çöktüğünü ve ... çalışmaların sürdüğünü bildirdi": an act in the locative is
        # the occasion of what is told, whatever verb the clause told ends with
        occasion = found.trigger.shape == "directed" and re.match(self.grammar.data["occasion_case"], lowered[found.start:end]) is not None
        if ((found.trigger.kind == "noun" or converb) and (predicate_end <= found.end or occasion) and self._in_a_report(lowered, found, end)
                and not self._subjects_own_act(text, lowered, subject.end, found.start)):
            return True
        # a verb's own words hold no subject of its clause ("yaptırımların genişletileceğini duyurdu"); a noun's may
        # ("saldırının gece başladığını belirtti")
        subject_reach = found.start if found.trigger.kind == "verb" else predicate_end
        # "X, bankacılarla yaptığı toplantıda politikanın sürdürüleceğini söyledi": the subject's own meeting, whatever is told at it
        if told and not (found.trigger.kind == "noun" and self._subjects_own_act(text, lowered, subject.end, found.start)) and (genitive_noun or (passive_verb and re.search(self.grammar.data["clause_subject"], lowered[clause_start:subject_reach]))
                     or self._clause_has_its_own_subject(text, lowered, clause_start, self._past_its_object(lowered, found))
                     or self._subject_shared_with_the_clause_before(text, lowered, subject.end, found.start)):
            return True
        return bool(passive_verb) and not paired and re.match(self.grammar.data["object_in_trigger"], lowered[found.start:found.end]) is not None

    def _subject_shared_with_the_clause_before(self, text: str, lowered: str, teller_end: int, trigger_start: int) -> bool:
        """``X, Washington'ın gelişmeleri izlediğini ve Pekin'i ... çağırdığını belirtti``: told clauses
        joined by 've' or a comma share the subject the first of them opens with."""
        joins = list(self.grammar.told_clause_then_ve.finditer(lowered, teller_end, trigger_start))
        if not joins or not all(re.search(self.grammar.data["clauses_sharing_a_subject"], join.group()) for join in joins):
            return False
        if re.match(self.grammar.data["response_opener"], lowered[joins[-1].end():trigger_start]):
            return False  # "X'in ... ateş açtığını, buna karşılık ... vurduklarını açıkladı": the teller's side answers
        return self._clause_has_its_own_subject(text, lowered, teller_end, joins[0].start())

    def _a_told_charge(self, event: Event) -> bool:
        """``güvenliği tehdit ettiğini``: a clause told that charges its subject with harm to a value."""
        charge = self.grammar.data.get("charge_in_a_told_clause")
        return event.type == "ACCUSE" and charge is not None and re.search(charge, event.wording[0]) is not None

    def _charged_by_the_teller(self, context: _Context, inside: list[Mention], event: Event, teller: Mention, found: _Found) -> None:
        """``Zaharova, NATO'nun ... bölgesel güvenliği tehdit ettiğini öne sürdü``: who tells it accuses,
        and the clause's subject is the one accused; no one named with the teller before the clause
        told (``BM ... Komiseri X, saldırıların ... ihlal ettiğini belirterek``) is, nor the owner of the
        value harmed (``operasyonun Irak'ın egemenliğini ihlal ettiğini``)."""
        trigger_start = found.start
        told_from = max(teller.end, context.text.find(",", teller.end, trigger_start))
        opens_with_its_object = self._past_its_object(context.lowered, found) > trigger_start
        owner = [m.cluster for m in inside if opens_with_its_object and not context.text[suffix_end(context.text, m.end):trigger_start].strip()]
        tellers = {m.cluster for m in inside if m.end <= told_from} | {teller.cluster} | set(owner)
        accused = [cluster for role in ("source", "target") for cluster in event.participants.get(role, []) if cluster not in tellers]
        if not accused and (told_subject := self._told_clause_subject(context, inside, teller.end, trigger_start)) is not None and (
                told_subject.cluster not in owner):
            accused = [told_subject.cluster]  # a genitive after the teller: never the teller
        event.participants["source"] = [teller.cluster]
        event.participants["target"] = accused
        if not accused:
            del event.participants["target"]

    def _told_clause_subject(self, context: _Context, inside: list[Mention], teller_end: int, trigger_start: int) -> Mention | None:
        """``X, saldırganların ... geldiğini ve havaya ateş açarak ...``: the last name in the genitive
        between the teller and the act that owns no object after it, the told clause's subject."""
        genitive = self.grammar.suffix_roles["genitive"]
        # (not the subject of a relative clause on the way: "İsrail'in çekildiği köylere birlik konuşlandırdığını")
        subjects = [m for m in inside if teller_end < m.start and m.end <= trigger_start and genitive.match(_suffix(context.text, m.end))
                    and not self._owns_an_object(context.text, context.lowered, suffix_end(context.text, m.end), trigger_start)
                    and not re.match(self.grammar.data["passive_relative"], context.lowered[suffix_end(context.text, m.end):trigger_start].lstrip())]
        return subjects[-1] if subjects else None

    def _tellers_country_as_the_subject(self, context: _Context, teller: Mention, trigger_start: int) -> int | None:
        """``Maduro, ... ülkesinin her türlü saldırıya karşılık vereceğini söyledi``: the told
        clause's subject is the teller's own country, when the article names it."""
        own = self.own_country_in_the_genitive
        if not any(own.fullmatch(word.group()) and not self._owns_an_object(context.text, context.lowered, word.end(), trigger_start)
                   for word in WORD.finditer(context.lowered, teller.end, trigger_start)):
            return None
        country = context.country_of(teller.cluster)
        return next((m.cluster for m in context.mentions if country is not None and context.names_a_state(m) and context.country_of(m.cluster) == country), None)

    def _part_aimed_at_after(self, lowered: str, start: int, trigger_start: int) -> bool:
        """The words after a bare name are its possessed part in the dative (``mevzilerine``,
        ``topraklarına``), a few words at most before the act (not ``Mali sınırına yakın bölgede ... pusuda``;
        not ``Sudan ordusu HDK mevzilerine``, whose posts are another's)."""
        between = lowered[start:trigger_start]
        part = self._aimed_part(between)
        return part is not None and not between[:part.start("part")].strip()

    def _aimed_part(self, between: str) -> re.Match[str] | None:
        """``between`` a name and the act: a part of a place or a post in the dative, possessed, and a few words."""
        owned = re.fullmatch(self.grammar.data["possessed_dative_before_the_act"], between)
        return owned if owned is not None and re.match(self.grammar.data["aimed_parts"], owned.group("part")) is not None else None

    def _owns_a_dative_before_the_act(self, context: _Context, window: list[Mention], owner: Mention, after_suffix: int,
                                      trigger_start: int) -> bool:
        """``İsrail'in çeşitli bölgelerine balistik füzelerle saldırı``: only lower-case words, no name
        and no participle of the genitive's own (``Ukrayna'nın Belgorod bölgesine düzenlediği``), up
        to what it owns in the dative, then the act: the act is aimed at it. After another name in
        the genitive the participle is that one's (``İsrail ve ABD'nin İran'ın nükleer tesislerine
        düzenlediği saldırılar``: Iran's facilities were struck)."""
        before = next((m for m in reversed(window) if m.end <= owner.start), None)
        another_subject = before is not None and self.grammar.suffix_roles["genitive"].match(_suffix(context.text, before.end)) is not None and not (
            context.text[suffix_end(context.text, before.end):owner.start].strip())
        # "İsrail güçleri, ... Batı Şeria'nın çeşitli kentlerine düzenlediği baskınlarda": the sentence's subject, set off by a comma
        another_subject = another_subject or (before is not None and not _suffix(context.text, before.end)
                                              and SUBJECT_SET_OFF.match(context.text, before.end) is not None)
        # "Ukrayna'nın Rus kentlerine": the part after a name or a nationality is theirs, not the genitive's
        return (not any(owner.end < m.start < trigger_start for m in window) and not self._compound_after_a_name(context.text, after_suffix, trigger_start)
                and self._owns_a_dative(context.lowered, after_suffix, trigger_start, participle_allowed=another_subject))

    def _owns_a_dative(self, lowered: str, genitive_end: int, trigger_start: int, participle_allowed: bool = False) -> bool:
        """What the genitive ending at ``genitive_end`` owns is a part of it (a region, a town, a post)
        in the dative before the act, and no participle of its own before the act makes it the
        subject of a clause (``Ukrayna'nın Belgorod bölgesine düzenlediği``)."""
        data = self.grammar.data
        between = lowered[genitive_end:trigger_start]
        return self._aimed_part(between) is not None and (participle_allowed or re.search(data["object_participle_word"], between) is None)

    def _compound_after_a_name(self, text: str, start: int, end: int) -> bool:
        """A bare name or nationality and a possessed noun next (``İsrail mevzilerine``, ``Rus
        kentlerine``): the noun is theirs, not a genitive's before them."""
        compound = NAME_THEN_WORD.match(text, start, end)
        if compound is not None and fold(compound.group(1)).startswith(tuple(self.posting_title_openers)):
            return False  # "Rusya'nın Kopenhag Büyükelçisini": the envoy the genitive sends, where he serves between
        return compound is not None and self.possessed_noun.fullmatch(turkish_lower(compound.group(1))) is not None

    def _owns_an_object(self, text: str, lowered: str, genitive_end: int, trigger_start: int) -> bool:
        """A possessed object stands between a word in the genitive and the act (``Putin'in davetini kabul
        ettiğini``), or the object is the head of the genitive's relative clause (``İsveç'in attığı adımları
        memnuniyetle karşıladıklarını``), or what it owns is where the act is aimed (``İsrail'in bölgelerine ... saldırı``)."""
        if re.match(self.grammar.data["owned_by_a_relative_clause"], lowered[genitive_end:trigger_start]) is not None:
            return True
        if self._compound_after_a_name(text, genitive_end, trigger_start):
            return False  # "Hizbullah'ın İsrail mevzilerine ateş açtığını": the noun after a name is that name's
        return (re.match(self.grammar.data["possessed_object"], lowered[genitive_end:trigger_start].lstrip() + " ") is not None
                or self._owns_a_dative(lowered, genitive_end, trigger_start))

    def _aimed_at_its_own_side(self, context: _Context, teller: Mention, trigger_start: int) -> bool:
        """Between the teller and a passive act, its own country's adjective opens the phrase the act is
        aimed at, in the dative (``Türk üs bölgesine``, ``İsrail mevzilerine``)."""
        country = context.country_of(teller.cluster)
        words = WORD.findall(context.lowered, teller.end, trigger_start)
        return country is not None and any(
            self.country_of_adjective(fold(word)) == country and any(self.own_side_dative.search(later) for later in words[index + 1:index + 4])
            for index, word in enumerate(words))

    def _tells_of_its_own(self, kind: str, entity) -> bool:
        """A prosecutor or court telling of legal action, an army or defence ministry of a strike, the
        police or interior ministry of an arrest: by its name or its role, the body that acts."""
        actors = self.grammar.data["tellers_of_their_own_acts"].get(kind)
        # "MSB" alone says what it is in the English name the tables give it
        described = f"{turkish_lower(entity.name)} {(entity.english_name or '').lower()} {(entity.role or '').lower()}"
        return actors is not None and re.search(actors, described) is not None

    def _past_its_object(self, lowered: str, found: _Found) -> int:
        """Where the trigger's own object ends when the trigger opens with one (``şartlarını kabul
        etmediğini``): what a genitive before it owns; else where the trigger starts."""
        first = WORD.match(lowered, found.start)
        if first is not None and first.end() < found.end and self.possessed_noun.fullmatch(first.group()):
            return first.end()
        return found.start

    def _clause_has_its_own_subject(self, text: str, lowered: str, subject_end: int, trigger_start: int) -> bool:
        """``X, anlaşmanın ... işbirliğinde yeni bir dönem başlattığını söyledi``: a word in the
        genitive that owns no object after it is the reported clause's subject."""
        data = self.grammar.data
        return any(not self._owns_an_object(text, lowered, genitive.end(), trigger_start)
                   and not re.match(data["possessed_adjunct"], lowered[genitive.end():trigger_start])
                   # "taleplerinin karşılanmaması halinde": the subject of a condition, not of the clause told;
                   # "görüşmenin ardından": a postposition's object, when the subject spoke
                   and not re.match(data["condition_clause"], lowered[genitive.end():trigger_start].lstrip())
                   and not re.match(data["postposition_after_genitive"], lowered[genitive.end():trigger_start].lstrip())
                   and not re.match(data["condition_after_genitive"], lowered[genitive.end():trigger_start].lstrip())
                   # "İsrail'in kuzeyindeki mevzilere": the owner of a part of a place
                   and not (self.relational_noun is not None and self.relational_noun.match(lowered[genitive.end():trigger_start].lstrip()))
                   for genitive in re.compile(data["clause_subject"]).finditer(lowered, subject_end, trigger_start))

    def _in_a_report(self, lowered: str, found: _Found, end: int) -> bool:
        """A clause made a noun (``hasar gördüğünü``) and a verb of saying follow the trigger."""
        rest = lowered[found.end:end]
        clause = next((word for word in WORD.finditer(rest) if re.search(self.grammar.data["object_clause"], word.group())), None)
        return clause is not None and self.speech_cue is not None and self.speech_cue.search(rest, clause.end()) is not None

    def _subjects_own_act(self, text: str, lowered: str, subject_end: int, trigger_start: int) -> bool:
        """``Erdoğan, Putin ile yaptığı görüşmenin ...``: a participle with the subject's
        possessive stands right before the noun, in the same stretch between commas, and no word
        in the genitive before it owns it instead (``X, ABD ordusunun ... düzenlediği saldırıda``:
        the army's act; ``Putin'in davetiyle yaptığı`` keeps the subject's)."""
        stretch_start = lowered.rfind(",", subject_end, trigger_start) + 1 or subject_end
        words = list(WORD.finditer(lowered, stretch_start, trigger_start))
        participle = next((word for word in words[-3:] if re.fullmatch(self.grammar.data["possessive_participle"], word.group())), None)
        if participle is None:
            return False
        owned = self.owned_after_a_genitive
        before = [word for word in words if word.end() <= participle.start()]
        # what a genitive owns is the next word, or the next two ("daveti üzerine")
        owns = lambda index: any(owned.fullmatch(lowered, before[at].start(), before[last].end())
                                 for at in range(index + 1, min(index + 3, len(before))) for last in (at, at + 1) if last < len(before))
        return not any(self._in_the_genitive(text, lowered, word) and not owns(index) for index, word in enumerate(before))

    def _stances_quoted_are_the_speakers(self, context: _Context, events: list[Event]) -> None:
        """``X, "... her saldırı cevapsız kalmayacak" dedi``: a stance taken in the active inside a
        quoted sentence, with no one of its own taking it, is the speaker's (not one suffered,
        ``eleştiriliyoruz``, nor one a participle tells of another, ``ithamlarla suçlanan``)."""
        for event in events:
            if (event.type not in self.grammar.data["quoted_stance_types"] or event.participants.get("source")
                    or event.participants.get("parties") or not event.wording):
                continue
            own_word = event.wording[-1].split()[-1]
            if self.passive_verb.search(own_word) or self.grammar.status["verb_participle"].search(own_word):
                continue
            quote = _quote_at(context.quotes, event.evidence[0][0])
            if (quote is None or quote.speaker is None or _a_fragment_in_a_clause(context, quote, self.told_clause_end)
                    or quote.speaker in event.participants.get("target", [])):
                continue
            event.add("source", quote.speaker)
            if context.entities[quote.speaker].type == "PER":
                event.add("persons", quote.speaker)

    def _a_converbs_clause_closes_between(self, context: _Context, start: int, end: int) -> bool:
        """A converb and its comma (``teşekkür ederek,``) stand between ``start`` and ``end``."""
        return any(re.search(self.grammar.data["converb"], word.group()) and context.text.startswith(",", word.end())
                   for word in WORD.finditer(context.lowered, start, end))

    def _subject_of_a_relative_clause_between(self, context: _Context, genitive: Mention, clause_start: int, trigger_start: int,
                                              form: str = "noun") -> bool:
        """Subjects in the genitive pair with the participles after them that carry a possessive as
        brackets pair, the nearest open one first, the act's own last participle before its noun
        aside (``X'in [Y'nin kaldığı] kampa düzenlediği saldırı``: Y is a relative clause's subject). A
        participle that would leave the act with no subject has one dropped, as Turkish allows:
        ``İsrail'in [tuttuğu] tutukluları serbest bırakması`` is all Israel's. An act told in a
        ``finite`` form (``baskın düzenledi``) takes no subject in the genitive:
        ``polis, [Sırpların yaşadığı] köyde ... baskın düzenledi``; one told by a verbal noun or
        participle (``saldırdığı``) has no participle of its own before it."""
        words = list(WORD.finditer(context.lowered, clause_start, trigger_start))
        # the participles that close relative clauses: all but the act's own, the last participle of any kind, when
        # it describes the act's phrase ("kampa düzenlediği saldırı", "hazırladığı 500 ton yardım") and not a place or
        # a thing in a case of its own ("yaşadığı köyde ... baskın düzenledi", "kullandığı bir otele düzenlenen saldırı")
        closing = {index for index, word in enumerate(words) if self.possessive_participle.fullmatch(word.group())}
        # the act's own participle may open its trigger ("kullandığı bir otele [düzenlenen ... saldırıda]")
        lead = WORD.match(context.lowered, trigger_start)
        if lead is not None and (self.possessive_participle.fullmatch(lead.group()) or self.grammar.status["participle"].search(lead.group())):
            last, own = None, False
            # the act takes a subject in the genitive unless told by a finite verb or with a participle with no possessive
            finite = form == "finite" or not self.possessive_participle.fullmatch(lead.group())
        else:
            last = max((index for index, word in enumerate(words) if index in closing or self.grammar.status["participle"].search(word.group())), default=None)
            head = next((word for word in words[last + 1:] if not self.noun_phrase_opener.fullmatch(word.group())), None) if last is not None else None
            own = last is not None and (head is None or not self.case_of_a_head.search(head.group()) or self.act_head_noun.match(head.group()) is not None)
            finite = form == "finite" or (form == "noun" and own and last not in closing)
        if own:
            closing.discard(last)
        if not any(words[index].start() >= genitive.end for index in closing):
            return False  # none after the genitive: no clause of its own
        # names in the genitive whose ending is glued to them, capitalised (``Sırpların``, ``Ordunun`` opening a sentence)
        ends = [mention.end for mention in context.mentions if clause_start < mention.end < trigger_start
                and self.grammar.suffix_roles["genitive"].match(_suffix(context.text, mention.end))]
        glued = {word.start() for word in words for end in ends if word.start() < end < word.end()}
        owner = next((word.start() for word in words if word.start() < genitive.end < word.end()
                      or (word.end() >= genitive.end and self._in_the_genitive(context.text, context.lowered, word))), None)
        open_subjects: list[int] = []
        for index, word in enumerate(words):
            if index in closing:
                if open_subjects and (finite or len(open_subjects) > 1) and open_subjects.pop() == owner:
                    return True
            elif word.start() in glued or self._in_the_genitive(context.text, context.lowered, word):
                open_subjects.append(word.start())
        return False

    def _an_act_judged(self, context: _Context, start: int, end: int) -> bool:
        """``Petro, serbest bırakmayı "önemli bir adım" olarak nitelendirdi``: a verbal noun with no
        possessive, judged by the sentence's verb, names an act the judge did not do."""
        return (self.bare_verbal_noun_object.search(context.lowered, start, end) is not None
                and self.evaluating_predicate.search(context.lowered, end, _sentence_end(context, start)) is not None)

    def _verb_form(self, context: _Context, event: Event, trigger_start: int) -> str:
        """How the act is told: ``finite`` by a verb, or a noun and its light verb (``baskın
        düzenledi``), in no possessed verbal noun or participle, whose subject is not in the genitive;
        ``verbal noun`` by a verb that is one (``saldırdığı``, ``bırakması``); else by a ``noun``."""
        if event.kind == "verb":
            verb = WORD.search(context.lowered, trigger_start + event.wording[0].rfind(" ") + 1)  # the trigger's last word
        elif self._with_its_light_verb(context, event, trigger_start):
            verb = WORD.search(context.lowered, trigger_start + len(event.wording[0]))
        else:
            return "noun"
        # a converb ("vurarak", "düzenleyerek") shares the subject of the verb it leads to
        for word in WORD.finditer(context.lowered, verb.start(), _sentence_end(context, trigger_start)):
            if self.genitive_subject_form.search(word.group()):
                return "verbal noun"
            if (word.start() == verb.start() and not self.converb.search(word.group())) or self.finite_verb.search(word.group()):
                return "finite"
        return "verbal noun"

    def _owns_what_is_struck(self, context: _Context, window: list[Mention], start: int, trigger_start: int) -> bool:
        """Between a genitive and the act: a noun it owns, in the dative, with at most an adjective before
        it, then at most the act's participle and a word (``İran'ın nükleer tesislerine düzenlediği hava
        saldırıları``), no name."""
        if any(start <= m.start < trigger_start for m in window):
            return False
        words = [word.group() for word in WORD.finditer(context.lowered, start, trigger_start)]
        struck = next((index for index, word in enumerate(words) if self.owned_dative.search(word)), None)
        # a word before the noun makes it a compound of its own ("bir yolcu trenine", "Filipin gemisine"), unless the noun is
        # plural and that word an adjective of it ("nükleer tesislerine")
        if (struck is None or struck > 1 or (struck and not self.owned_plural_dative.search(words[struck]))
                or self.grammar.data["indefinite_article"] in words[:struck]):
            return False
        rest = words[struck + 1:]
        return not rest or (len(rest) <= 2 and self.possessive_participle.fullmatch(rest[0]) is not None)

    def _a_genitive_between(self, context: _Context, start: int, end: int) -> bool:
        """A word in the genitive between ``start`` and ``end``: the nearer owner of what follows."""
        return any(self._in_the_genitive(context.text, context.lowered, word) for word in WORD.finditer(context.lowered, start, end))

    def _in_the_genitive(self, text: str, lowered: str, word: re.Match[str]) -> bool:
        """A common word ending in the genitive, or a name's genitive after its apostrophe
        (``İsrail'in``); a name's own letters are no case (``Putin ile``)."""
        if word.start() and text[word.start() - 1] in APOSTROPHES:
            return self.grammar.suffix_roles["genitive"].match(lowered[word.start() - 1:word.end()]) is not None
        return not text[word.start()].isupper() and re.search(self.grammar.data["genitive_end"], word.group()) is not None

    def _a_tally_before(self, context: _Context, trigger_start: int) -> bool:
        """A number before the act's noun counts such acts (``üç tur görüşme``), unless a
        capitalised word no mention covers opens it with the number: the act's own name
        (``BALTOPS 26 tatbikatı``, ``Efes-2026 tatbikatı``)."""
        window = max(0, trigger_start - TALLY_WINDOW)
        tally = re.search(self.grammar.data["tally_before"], context.lowered[window:trigger_start])
        if tally is None:
            return False
        named = re.search(r"([A-ZÇĞİÖŞÜ][\w]*)[\s-]+$", context.text[max(0, window + tally.start() - TALLY_WINDOW):window + tally.start()])
        return named is None or any(m.start <= window + tally.start() - len(named.group()) < m.end for m in context.mentions)

    def _another_instance(self, context: _Context, date: Timex | None, window_start: int, trigger_start: int) -> bool:
        """The act told is another time it happened: dated with "da/de" (``2019'da da``), after a
        year made an adjective (``geçen yılki tatbikat``), dated as the last or an earlier time
        (``en son 3 Eylül'de görüşmüştü``)."""
        lowered = context.lowered
        if date is not None and (followed_by(self.focus_particle, lowered, date.end)
                                 or re.search(self.grammar.data["earlier_instance"], lowered[window_start:trigger_start])):
            return True
        return any(_a_years_instance(lowered, timex) for timex in context.timexes if window_start <= timex.start < trigger_start)

    def _imagined(self, lowered: str, found: _Found) -> re.Match[str] | None:
        """The word of possibility before an act's noun (``olası bir Çin saldırısının``), if any."""
        if found.trigger.kind != "noun":
            return None
        return self.hypothetical_before.search(lowered, max(found.start - 60, 0), found.start)

    def _told_in_the_pluperfect(self, context: _Context, trigger_start: int) -> bool:
        """``Fidan, geçen ay Erbil'i ziyaret ederek Barzani ile bir araya gelmişti``: a sentence of the
        act closed by a verb in the pluperfect, with a date before the act and before the day before
        the article's, tells an earlier time."""
        pluperfect = self.time_vocabulary.pluperfect if self.time_vocabulary is not None else None
        sentence = sentence_at(context.sentence_spans, trigger_start)
        if pluperfect is None or sentence is None or context.dct is None:
            return False
        yesterday = (context.dct - timedelta(days=1)).isoformat()  # "dün ... görüşmüştü" still tells the story's own days
        if not any(sentence.start <= t.start < trigger_start and t.type == "DATE" and (t.value or "")[:4].isdigit()
                   and t.value < yesterday[:len(t.value)] for t in context.timexes):
            return False
        last = _last_word(context.lowered, trigger_start, sentence.end)
        return last is not None and pluperfect.fullmatch(last) is not None

    def _a_clause_closed_between(self, context: _Context, start: int, end: int) -> bool:
        """A finite verb and a comma between ``start`` and ``end``: a clause closed, the next with a subject of its own."""
        return any(self.finite_verb.search(word.group()) and context.text.startswith(",", word.end())
                   for word in WORD.finditer(context.lowered, start, end))

    def _aside_of_another(self, context: _Context, trigger_start: int) -> bool:
        """``toplantının marjında ... ile görüştü``: a meeting of its own beside the one told."""
        return re.search(self.grammar.data["aside_of_another"], context.lowered[_sentence_start(context, trigger_start):trigger_start]) is not None

    def _passive_roles(self, context: _Context, event: Event, before: list[Mention], subject: Mention | None, trigger_start: int,
                       told: bool = False, teller: Mention | None = None) -> None:
        """``Yazar Ayşe Kara, Ankara'da polis tarafından gözaltına alındı``: the uninflected
        subject of a passive act is its target, and so is one among it (``Erdem'in de aralarında
        bulunduğu 12 şüpheli``); a name before ``tarafından``, or before its teams
        in the genitive (``X ekiplerinin düzenlediği operasyonda``), is its source. In a clause
        told by someone (``Aksoy'un gözaltına alındığını açıkladı``) the subject is in the genitive."""
        agent_word, agent_noun = self.grammar.data["agent_postposition"], self.grammar.agent_noun_after
        # "Hızlı Destek Kuvvetleri (HDK) tarafından": past the name's bracketed short form
        ends = {m.start: _past_a_short_form(context.text, m.end, closing_only=_is_a_short_form(context.text, m)) for m in before}
        # "savaş uçakları tarafından": a group word's own ending may stand between it and the postposition
        agents = {m.cluster for m in before if re.match(rf"\w*\s*{agent_word}(?!\w)", context.lowered[ends[m.start]:ends[m.start] + len(agent_word) + 8])
                  or (agent_noun is not None and agent_noun.match(context.lowered, m.end, m.end + 40))
                  or self.grammar.suffix_roles["agentive"].match(_suffix(context.text, m.end))
                  # "X ile Y makamlarının ortak çalışması sonucu gözaltına alındı": whose work the act came of
                  or re.match(self.grammar.data["joint_work_after"], context.lowered[suffix_end(context.text, m.end):trigger_start].lstrip())}
        comitative = self.grammar.data["comitative_word"]
        for first, second in itertools.pairwise(before):
            if second.cluster in agents and re.fullmatch(rf"\)?\s+{comitative}\s+", context.lowered[first.end:second.start]):
                agents.add(first.cluster)  # "MİT ile Emniyet Müdürlüğü'nün ortak çalışmasında": both acted
            elif second.cluster in agents and re.fullmatch(self.grammar.data["owned_by_before"], context.lowered[first.end:second.start]):
                agents.add(first.cluster)  # "Hava Kuvvetlerine ait savaş uçakları tarafından": the owner acted through them
        genitive, among = self.grammar.suffix_roles["genitive"], self.grammar.data["among_the_head"]
        # "48 polisin yaralandığını ve 80 kişinin gözaltına alındığını": each told clause has its own subject
        sentence_start = _sentence_start(context, trigger_start)
        clause_start = max((m.end() for m in self.grammar.told_clause_then_ve.finditer(context.lowered, sentence_start, trigger_start)),
                           default=sentence_start)
        # "Yunanistan'ın geri itme uygulamaları, ... eleştiriliyor": the owner of the possessed subject is acted on through it
        owners = {m.cluster for m in before if m.end <= trigger_start and genitive.match(_suffix(context.text, m.end))
                  and re.match(self.grammar.data["possessed_subject"], context.lowered[suffix_end(context.text, m.end):trigger_start])}
        owners |= {m.cluster for m in before if m.end <= trigger_start and self._office_of_the_subject(context, m, trigger_start, told)}
        # "X ile birlikte gözaltına alınan 8 şüpheliden 3'ü serbest bırakıldı": X shares the participle's act, not the verb's
        with_the_head = {m.cluster for m in before if re.match(self.grammar.data["with_the_head_of_a_participle"], context.lowered[m.end:trigger_start])}
        subjects = ({m.cluster for m in before if not _suffix(context.text, m.end)
                    or (told and clause_start <= m.start and m.end <= trigger_start and genitive.match(_suffix(context.text, m.end))
                        and not self._reports_the_act(context, m))
                    or re.match(among, context.lowered[m.end:m.end + 60])} | owners) - agents - with_the_head - ({teller.cluster} if teller else set())
        next_to_verb = next((m for m in reversed(before) if m.end <= trigger_start), None)
        own_subject = next_to_verb is not None and next_to_verb.cluster in subjects and not context.text[next_to_verb.end:trigger_start].strip()
        if own_subject:
            event.add("target", next_to_verb.cluster)  # "operasyonda Ali Vural gözaltına alındı"
            if subject is not None and subject is not next_to_verb and self._a_clause_closed_between(context, subject.end, next_to_verb.start):
                subject = None  # "Polis, gruba biber gazıyla müdahale etti, 15 kişi gözaltına alındı": the police is the clause's before
        if subject is not None and subject.cluster not in agents | with_the_head:
            subjects.add(subject.cluster)
            event.add("target", subject.cluster)
        for cluster in [c for c in event.participants.get("source", []) if c in subjects] + [c for c in owners if c in subjects]:
            if cluster in event.participants.get("source", []):
                event.participants["source"].remove(cluster)
            event.add("target", cluster)
        for cluster in agents:
            if cluster in event.participants.get("target", []):
                event.participants["target"].remove(cluster)  # "X ile Y'nin ortak çalışmasında": read as a comitative before
            event.add("source", cluster)
        if teller is not None and teller.cluster in event.participants.get("source", []):
            event.participants["source"].remove(teller.cluster)  # who tells of another's act may only report it
        if not event.participants.get("source"):
            event.participants.pop("source", None)

    def _counterpart_by_adjective(self, context: _Context, start: int, trigger_start: int) -> int | None:
        """``Rus mevkidaşı ile görüştü``: a counterpart named only by the adjective of a country, no
        name after it, stands for that country, when the article names it."""
        counterpart = None
        for match in re.finditer(self.grammar.data["counterpart_by_adjective"], context.lowered[start:trigger_start]):
            after = start + match.end()
            if not any(m.start >= after and not context.text[after:m.start].strip() for m in context.mentions):
                counterpart = self.country_of_adjective(fold(match.group(1)))
        return next((cluster for cluster, entity in enumerate(context.entities)
                     if counterpart and entity.type == "LOC" and entity.kind == "country" and entity.country == counterpart), None)

    def _where_the_envoy_serves(self, context: _Context, trigger_start: int) -> Mention | None:
        """``Ankara Büyükelçisini``, ``Fransa'daki büyükelçisini``: the place right before an act
        that opens with an envoy's title (a recall) is where the envoy serves."""
        word = WORD.match(context.lowered, trigger_start)
        if word is None or not any(fold(word.group()).startswith(opener) for opener in self.posting_title_openers):
            return None
        place = next((m for m in reversed(context.mentions) if m.end <= trigger_start), None)
        if place is None or place.type != "LOC" or context.text[suffix_end(context.text, place.end):trigger_start].strip():
            return None
        suffix = _suffix(context.text, place.end)
        return place if not suffix or (self.grammar.suffix_roles["locative"].match(suffix) and suffix.endswith("ki")) else None

    def _office_of_the_subject(self, context: _Context, mention: Mention, trigger_start: int, told: bool = False) -> bool:
        """``İsveç'in Ankara Büyükelçisi Dışişleri Bakanlığına çağrıldı``, ``X Büyükelçiliği
        maslahatgüzarının bakanlığa çağrıldığını``: an office of the country or body, its holder
        unnamed, is the passive act's subject; the country or body stands for the holder. One set off
        by a comma before a clause told (``İran İçişleri Bakanı, 200 kişinin gözaltına alındığını
        açıkladı``) tells of the act."""
        after_suffix = suffix_end(context.text, mention.end)
        genitive = self.grammar.suffix_roles["genitive"].match(_suffix(context.text, mention.end)) is not None
        if _suffix(context.text, mention.end) and not genitive:
            return False
        after = context.lowered[after_suffix:trigger_start]
        # "İsveç'in Ankara Büyükelçisi": the place where the envoy serves between them
        found = next((found for skip in ((0, 1) if genitive else (0,)) if (found := self._office_after(after, skip)) is not None), None)
        if found is None:
            return False
        title_end, in_the_genitive = found
        if told and not in_the_genitive and after[title_end:].lstrip().startswith(","):
            return False
        if re.match(r"['’]?\w", after[title_end:]) or self._holder_named_after(context, after_suffix + title_end):
            return False  # "Büyükelçisi'ne", "Büyükelçisi Ali Veli": the office in another case, or its holder named
        following = WORD.search(after, title_end)
        # "Bakanının açıklamasına göre": a title in the genitive that owns a noun after it is no subject
        return following is None or not (in_the_genitive and self.possessed_noun.fullmatch(following.group()))

    @staticmethod
    def _holder_named_after(context: _Context, position: int) -> bool:
        """A capitalised word after an office that opens no body's or place's name (``Tuğamiral
        Zeki Aktürk``, or a name the recogniser missed): the office holder is named."""
        following = re.match(r"\s+([A-ZÇĞİÖŞÜ])", context.text[position:position + 3])
        return following is not None and not any(m.start == position + following.start(1) and m.type in ("ORG", "LOC") for m in context.mentions)

    def _office_after(self, after: str, skip: int) -> tuple[int, bool] | None:
        """Where a title right after a name ends, and whether it is in the genitive (``maslahatgüzarının``)."""
        title = self._title_after(after, skip)
        if title is not None:
            genitive = re.match(r"['’](?:n?[ıiuü]n)(?!\w)", after[title.end():])
            return (title.end() + genitive.end(), True) if genitive else (title.end(), False)
        words = list(WORD.finditer(after))[skip:skip + self.longest_title]
        for length in range(len(words), 0, -1):
            folded = [fold(word.group()) for word in words[:length]]
            stem = re.sub(r"n[iu]n$", "", folded[-1])
            if stem != folded[-1] and (*folded[:-1], stem) in self.titles:
                return words[length - 1].end(), True
        return None

    def _casualties(self, context: _Context, inside: list[Mention], position: int, end: int) -> list[Mention]:
        """``saldırıda 12 Filistinli hayatını kaybetti``, ``9 kişinin öldüğünü``: the subject of a
        death or an injury told right after an event noun, uninflected or in the genitive."""
        verb = self._casualty_verb(context.lowered, position, end, self.grammar.data["max_verb_distance_words"])
        if verb is None:
            return []
        return [m for m in inside if position < m.start and m.end <= verb and self._bare_or_genitive(context, m)]

    def _died_in_it(self, context: _Context, inside: list[Mention], position: int, end: int) -> bool:
        """A verb of death or injury among the next two words after the act's noun, no name between."""
        verb = self._casualty_verb(context.lowered, position, end, 2)
        return verb is not None and not any(position <= m.start < verb for m in inside)

    def _casualty_verb(self, lowered: str, position: int, end: int, reach: int) -> int | None:
        """Where a verb of death or injury begins among the first ``reach`` words after ``position``."""
        words = list(WORD.finditer(lowered, position, end))[:reach]
        return next((w.start() for w in words if re.match(self.grammar.data["casualty_verbs"], w.group())), None)

    def _a_group_against_itself(self, context: _Context, event: Event, window: list[Mention]) -> None:
        """``taraftarları arasında arbede``: a group before "arasında" is both sides of its own quarrel."""
        between = re.compile(rf"\w*\s+{self.grammar.data['between_word']}(?!\w)")
        for mention in window:
            if context.is_group(mention.cluster) and between.match(context.lowered, mention.end, mention.end + 30):
                event.add("parties", mention.cluster)

    def _statement_author(self, context: _Context, inside: list[Mention], trigger_start: int) -> Mention | None:
        """The body whose statement the sentence gives before ``trigger_start``: a name before
        ``'ten yapılan açıklamada`` (the speech stage's pattern of a statement's source), or in the
        genitive before ``açıklamasında``."""
        genitive = self.grammar.suffix_roles["genitive"]
        for mention in (m for m in inside if m.end <= trigger_start and m.type in ("ORG", "LOC")):
            if (self.statement_source is not None and self.statement_source.match(context.lowered, mention.end)) or (
                    genitive.match(_suffix(context.text, mention.end)) and self._reports_the_act(context, mention)):
                return mention
        return None

    def _reports_the_act(self, context: _Context, mention: Mention) -> bool:
        """``Bakanlığın açıklamasına göre``, ``MSB'nin sosyal medya hesabından yapılan paylaşımda``: a
        name in the genitive that owns the report, no party of the act."""
        start = suffix_end(context.text, mention.end)
        return re.match(self.grammar.data["attribution_after"], context.lowered[start:start + TITLE_REACH].lstrip()) is not None

    def _told(self, lowered: str, predicate_start: int, predicate_end: int) -> bool:
        """A clause told by the sentence's verb (``saldırdığını açıkladı``) or by a noun of saying, also before "ve" and
        the next told clause (``teslim edildiği ve ... götürüldüğü bildirildi``, ``yakalandığı, ... sürdüğü bildirildi``) or as a
        passive verb's subject (``getirildiği bildirildi``)."""
        predicate, data = lowered[predicate_start:predicate_end], self.grammar.data
        if re.search(data["noun_told_clause"], predicate) and re.match(data["telling_noun_after"], lowered[predicate_end:predicate_end + 40]):
            return True  # "uygulanacağı uyarısında bulundu"
        if re.search(data["dative_clause"], predicate) and re.match(data["judging_after"], lowered[predicate_end:predicate_end + 30]):
            return True  # "emri verdiğine hükmetti"
        return re.search(data["object_clause"], predicate) is not None or (
            re.search(data["coordinated_object_clause"], predicate) is not None and (
                lowered[predicate_end:predicate_end + 4].strip() == "ve" or lowered.startswith(",", predicate_end)
                or re.match(data["passive_telling_after"], lowered[predicate_end:predicate_end + 30])))

    def _told_past_a_converb(self, lowered: str, predicate_start: int, predicate_end: int) -> bool:
        """``İsakov'un bakanlığa çağrılarak kararın tebliğ edildiği belirtildi``: a converb shares the told
        clause of the verb it leads to, and its subject in the genitive."""
        if not re.search(self.grammar.data["converb"], lowered[predicate_start:predicate_end]):
            return False
        rest = re.match(r"[^.!?;,]*", lowered[predicate_end:])
        clause_verb = next((word for word in re.finditer(r"\w+", rest.group()) if re.search(self.grammar.data["coordinated_object_clause"], word.group())
                            or re.search(self.grammar.data["object_clause"], word.group())), None)
        return clause_verb is not None and self._told(lowered, predicate_end + clause_verb.start(), predicate_end + clause_verb.end())

    def _clause_has_a_subject(self, context: _Context, inside: list[Mention], teller: Mention, trigger_start: int) -> bool:
        """Between the teller and the act, a name uninflected or in the genitive: the told clause's own subject."""
        return any(teller.end < m.start and m.end <= trigger_start and self._bare_or_genitive(context, m) for m in inside)

    def _clause_names_its_target(self, lowered: str, teller_end: int, trigger_start: int) -> bool:
        """``X, sistemlerine yönelik bir siber saldırı düzenlendiğini açıkladı``: the told act is aimed at
        what the postposition names, not at its teller."""
        return self.aimed_at.search(lowered[teller_end:trigger_start]) is not None

    def _bare_or_genitive(self, context: _Context, mention: Mention) -> bool:
        """A name uninflected or in the genitive: a clause's subject."""
        suffix = _suffix(context.text, mention.end)
        return not suffix or self.grammar.suffix_roles["genitive"].match(suffix) is not None

    def _triggers(self, lowered: str, start: int, end: int, condition, blocked, names=()) -> list[_Found]:
        sentence = lowered[start:end]
        found = []
        for trigger in self.grammar.triggers:
            if trigger.prefilter is not None and trigger.prefilter.search(lowered, start, end) is None:
                continue
            if trigger.requires is not None and not trigger.requires.search(sentence):
                continue
            for match in trigger.pattern.finditer(lowered, start, end):
                if condition and condition[0] <= match.start() < condition[1]:
                    continue  # "Eğer anlaşmaya varamazsak": a condition, not an event
                if any(s <= match.start() < e for s, e in blocked):
                    continue  # a purpose clause or a backgrounding modifier
                if any(s <= match.start() and match.end() <= e for s, e in names):
                    continue
                if self.until.match(lowered, match.end() - 3, match.end() + 7):
                    continue  # "son terörist etkisiz hale getirilene kadar": how long something goes on, no act
                found.append(_Found(match.start(), match.end(), trigger))
        found.sort(key=lambda f: (f.start, -(f.end - f.start)))
        kept: list[_Found] = []
        for item in found:
            if kept and self._means_of(lowered, kept[-1], item):
                kept[-1] = _Found(kept[-1].start, item.end, item.trigger)
            elif not kept or item.start >= kept[-1].end:
                kept.append(item)
        return [item for index, item in enumerate(kept) if not self._accused_of(lowered, item, kept[index + 1:])]

    def _means_of(self, lowered: str, noun: _Found, verb: _Found) -> bool:
        """``hava harekatıyla etkisiz hale getirildi``: a noun of the act in the instrumental right
        before a verb of the same act tells how it was done; the two are one act, the verb's."""
        ending = self.grammar.data.get("means_noun_end")
        return (ending is not None and noun.trigger.kind == "noun" and verb.trigger.kind == "verb" and noun.trigger.type == verb.trigger.type
                and verb.start >= noun.end and not lowered[noun.end:verb.start].strip() and re.search(ending, lowered[noun.start:noun.end]) is not None)

    def _accused_of(self, lowered: str, item: _Found, later: list[_Found]) -> bool:
        """``Hamas'ı esirleri serbest bırakmaya yanaşmamakla suçladı``: an act inside what someone
        is accused of (an infinitive in -mAklA before the accusing verb) is the charge, not an event."""
        charge = self.grammar.data.get("accused_act")
        accusation = next((other for other in later if other.trigger.type == "ACCUSE"), None)
        between = lowered[item.end:accusation.start] if accusation is not None else ""
        return charge is not None and "," not in between and re.search(rf"(?<!\w){charge}(?!\w)", between) is not None

    def _condition(self, text: str, lowered: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of "eğer ... -sA" or of a verbal noun's "halinde", "durumunda" ("... durdurmaması halinde")."""
        opener = re.search(rf"(?<!\w){self.grammar.data['condition_opener']}(?!\w)", lowered[start:end])
        if opener is not None:
            verb = self.grammar.condition_verb.search(lowered, start + opener.end(), end)
            return (start + opener.start(), verb.end()) if verb else None
        clause = next((found for found in re.finditer(self.grammar.data["condition_clause"], lowered[start:end])
                       if not text[start + found.start()].isupper()), None)  # "Bursa'da" is a place, "ederse" a condition
        if clause is None:
            return None
        opening = lowered.rfind(",", start, start + clause.start())  # the clause runs from the subject's comma
        return (opening + 1 if opening >= 0 else start, start + clause.end())

    # -- status -----------------------------------------------------------------------------

    def _predicate(self, context: _Context, found: _Found, end: int, condition) -> tuple[int, int, str | None]:
        lowered, text = context.lowered, context.text
        predicate_start, predicate_end = found.start, found.end
        status = None
        trigger_words = lowered[found.start:found.end].split()
        awaiting = WORD.search(lowered, found.end, end) if trigger_words[-1].endswith(ACCUSATIVE_VERBAL_NOUN) else None
        if awaiting is not None and re.match(self.grammar.data["awaiting_verb"], awaiting.group()):
            return predicate_start, awaiting.end(), "expected"  # "anlaşmanın imzalanmasını beklediklerini"
        if found.trigger.kind != "noun" and self.participle_as_noun.search(trigger_words[-1]):
            return predicate_start, predicate_end, None  # "kaçırılanların ... geldiğini": those acted on, named; no act told anew
        if found.trigger.kind != "noun":  # "gözaltına aldı": the trigger ends in its verb ("insani yardım" only looks as if)
            inherent = re.search(self.grammar.data["inherent_negation"], lowered[found.start:found.end]) is not None
            status = self._status(trigger_words[-1], negation=not inherent)
            if status is None and re.search(self.grammar.data["converb"], trigger_words[-1]):
                status = self._sentence_verb_status(lowered, found.end, end)
            if (status is None and re.search(self.grammar.data["verbal_noun_in_the_genitive"], trigger_words[-1])
                    and re.match(self.grammar.data["done_before_what_follows"], lowered[found.end:end])):
                status = "occurred"
            if status is None and self.grammar.status["verb_participle"].search(trigger_words[-1]):
                # "suçlamaları reddeden Duman": -(y)An on a verb's stem (on any word it is too often a
                # noun) makes a relative clause, whose head, the word after, is who acts
                status = "occurred"
                head = re.match(r"\s+\w+", text[found.end:end])
                predicate_end = found.end + head.end() if head else predicate_end
        if found.trigger.kind == "noun" and status is None:
            # "yapılan Türkiye-Yunanistan Yüksek Düzeyli İşbirliği Konseyi toplantısını": a name before the noun counts as one word
            reach_end = next((m.start for m in context.mentions if 0 < found.start - m.end <= NAME_GAP and _right_before(lowered, m.end, found.start)),
                             found.start)
            # within the clause: "yapılan açıklamaya göre, görüşmede" is no talks held
            clause = max(reach_end - 60, lowered.rfind(",", 0, reach_end) + 1, 0)
            before = list(WORD.finditer(lowered[clause:reach_end]))
            reach = before[-self.grammar.data["light_verb_participle_reach_words"]:]
            for word in reversed(reach):
                if self.grammar.participle_before.match(word.group()) or (
                        word is reach[-1] and self.participle_right_before.fullmatch(word.group())):
                    predicate_start = clause + word.start()
                    status = self._status(word.group()) or "occurred"  # "çıkan çatışmada", "süren görüşmeler"
                    break
                if re.match(self.grammar.data["statement_in_the_locative"], word.group()):
                    break  # "yaptığı açıklamada saldırıyı kınadı": the participle is the statement's
            if status is None and (joined := self.joined_participles_before.search(lowered, clause, reach_end)) is not None:
                # "düzenlediği ve 80 kişinin hayatını kaybettiği saldırılar": the light verb's participle joined to another
                predicate_start = joined.start()
                status = self._status(joined.group(1)) or "occurred"
            # a finite light verb after the noun outranks the participle before it ("planlanan toplantı yapılmadı");
            # none is the noun's that frames the time of another act ("Zirvenin sonunda ... imzalaması bekleniyor")
            framing = status is None and re.match(self.grammar.data["time_frame_after_genitive"], lowered[found.start:end]) is not None
            # "saldırı sonucu rafineride yangın çıktığını": an act named as the cause of what follows happened, and takes no verb of its own
            cause = status is None and self.cause_after_the_act.match(lowered, found.end, end) is not None
            following, following_end = (None, predicate_end) if framing or cause else self._following_predicate(text, lowered, found, end, predicate_end)
            status = "occurred" if cause else status
            occasion = re.match(self.grammar.data["occasion_case"], lowered[found.start:end]) is not None
            told_verb = WORD.findall(lowered, found.end, following_end)[-1:] if following is not None and occasion else []
            if told_verb and re.search(self.grammar.data["object_clause"], told_verb[0]):
                # "görüşmesinde ise Erdoğan, ... sürdüreceğini ifade etti": the talks are the occasion of the saying, not of what is said
                following = self._sentence_verb_status(lowered, following_end, end) or following
            if following is not None:
                # "yapılan görüşmelerde ... teklifin kabul edilemez olduğunu": the talks in the locative are the
                # occasion of the verb after them (whose subject took part), their own participle tells whether they took place
                status, predicate_end = (status if status is not None and occasion else following), following_end
            elif status is None and occasion:
                status, predicate_end = self._occasion_ahead(text, lowered, found.end, end, found.trigger.shape == "symmetric") or (status, predicate_end)
        elif status is None:
            status, predicate_end = self._following_predicate(text, lowered, found, end, predicate_end)
        else:
            modal = self._next_modal(lowered, found.end, end)
            if modal is not None:
                status, predicate_end = modal
        intended = self._intended(lowered, found.start, max(predicate_end, found.end), end)
        if intended is not None:
            status, predicate_end = intended
        elif (ready := self._readiness(lowered, found, end)) is not None:
            status, predicate_end = "conditional", max(predicate_end, ready)  # an offer
        elif re.search(self.grammar.data["offer"], lowered[found.start:found.end]):
            status = "conditional"  # "teknik destek teklif etti": offered, not given
        imagined = status != "negated" and self._imagined(lowered, found) is not None  # "olası bir saldırı"
        if (condition is not None and found.start >= condition[1] and status is not None) or imagined:
            status = "conditional"
        elif status in ("planned", "expected") and re.match(self.grammar.data.get("denial_after", "(?!)"), lowered[predicate_end:end]):
            status = "negated"  # "asker gönderileceği iddialarını yalanladı": a plan denied; a deed denied stays alleged (below)
        elif status == "occurred" and self._hedged(lowered, found, predicate_end, end):
            status = "reported"
        return predicate_start, predicate_end, status

    def _intended(self, lowered: str, trigger_start: int, predicate_end: int, end: int) -> tuple[str, int] | None:
        """``imzalamak istiyor``, ``imzalamayı hedefliyor``: an act in the infinitive that someone
        wants or aims at is a plan, or negated when the wish is (``görüşmek istemiyor``)."""
        intention = self.time_vocabulary.intention if self.time_vocabulary is not None else None
        if intention is None:
            return None
        for word in WORD.finditer(lowered, trigger_start, predicate_end):
            wish = WORD.search(lowered, word.end(), end)
            if wish is not None and intention.fullmatch(f"{word.group()} {lowered[word.end():wish.end()].strip()}"):
                negated = self.grammar.status["negated"].search(wish.group())
                return ("negated" if negated else "planned"), max(predicate_end, wish.end())
        return None

    def _readiness(self, lowered: str, found: _Found, end: int) -> int | None:
        """Where ``yapmaya hazır`` ends, when it stands within a few words of the trigger, no comma
        between, and the trigger is no converb (``ateşkese çağırarak arabuluculuk yapmaya hazır``: the
        call is made, the mediation offered)."""
        if re.search(self.grammar.data["converb"], lowered[found.start:found.end]):
            return None
        ready = re.compile(self.grammar.data["readiness"]).search(lowered, found.start, min(end, found.end + READINESS_REACH))
        return ready.end() if ready is not None and "," not in lowered[found.end:ready.start()] else None

    def _sentence_verb_status(self, lowered: str, position: int, end: int) -> str | None:
        """A converb ("çağrısında bulunarak ... önerdi") has the tense of the sentence's last
        verb; that verb's negation is its own."""
        last = WORD.findall(lowered, position, end)
        return self._status(last[-1], negation=False) if last else None

    def _occasion_ahead(self, text: str, lowered: str, position: int, end: int, meeting: bool) -> tuple[str, int] | None:
        """A meeting in the locative is the occasion of its clause's verb ("Erdoğan ile Merz'in
        görüşmesinde göç konusunun ele alınacağı bildirildi"): a future verb, before any past one,
        makes it planned; a past one makes a ``meeting`` held ("Bakanlar, görüşmede ... ele aldı")."""
        for match in _common_words(text, position, end):
            word = turkish_lower(match.group())
            if meeting and self.grammar.any_trigger.match(lowered, match.start()) and any(
                    t.kind != "noun" and (verb := t.pattern.match(lowered, match.start())) and not re.search(self.grammar.data["verbal_noun_end"], verb.group())
                    for t in self.grammar.triggers):
                return None  # "6 Şubat görüşmesinde bir araya geldi": the act's own verb tells it ("yaptırımların kaldırılması" is a noun)
            if self.grammar.status["negated"].search(word):
                return None
            if re.search(self.grammar.data["object_clause"], word):
                # "Erdoğan, görüşmede ... çabalarını sürdüreceğini ifade etti": what is said there; the saying tells of the meeting
                status = self._sentence_verb_status(lowered, match.end(), end)
                return (status, position) if status is not None else None
            if meeting and re.search(self.grammar.data["past_verb_end"], word):
                return "occurred", position  # "görüşmede ... ele alındı": something was discussed there, so it was held
            if re.search(self.grammar.data["clear_past"], word):
                return None
            if self.grammar.status["verb_participle"].search(word):
                continue  # "yapılması planlanan toplantının": a relative clause's verb, not the clause's
            if self.grammar.status["planned"].search(word):
                return "planned", position  # the clause's other names are its own, not the meeting's
        return None

    def _hedged(self, lowered: str, found: _Found, predicate_end: int, end: int) -> bool:
        """Only alleged: a hedge right after the predicate or right before the act's words, or an "iddiaya göre" in the sentence."""
        data = self.grammar.data
        sentence_start = lowered.rfind("\n", 0, found.start) + 1
        return (re.match(data["hedge_after"], lowered[predicate_end:end]) is not None
                or re.search(data["hedge_sentence"], lowered[sentence_start:end]) is not None
                or re.search(data["hedge_before"], lowered[max(sentence_start, found.start - 50):found.start]) is not None)

    def _following_predicate(self, text, lowered, found: _Found, end: int, predicate_end: int) -> tuple[str | None, int]:
        if found.trigger.kind == "noun" and self.topic_after_noun.match(lowered, found.end, end):
            return None, predicate_end
        if (re.search(self.grammar.data["verbal_noun_end"], lowered[found.start:found.end])
                and re.match(self.grammar.data["topic_after_verbal_noun"], lowered[found.end:end])):
            return None, predicate_end  # "öldürülmesine ilişkin davada": a verbal noun, only what another noun is about
        reach = self.grammar.data["max_verb_distance_words"]
        if found.trigger.kind == "noun" and lowered.startswith(",", found.end):
            reach = self.grammar.data["subject_verb_distance_words"]  # "BALTOPS 26 tatbikatı, ... katılımıyla bugün başladı": the subject's verb ends the sentence
        words = list(WORD.finditer(lowered[found.end:end]))[:reach]
        halted = awaited = False  # "askıya alındı": the verb after such a word carries the act too
        for position, match in enumerate(words):
            word, word_end = match.group(), found.end + match.end()
            if (position and found.trigger.kind == "noun" and self.bound_light_verbs.match(word)
                    and not re.fullmatch(self.grammar.data["continuation_noun"], words[position - 1].group())):
                continue  # "hizmet edecek": another noun's light verb ("görüşmeler devam edecek": the noun's own going on)
            if (position and found.trigger.kind == "noun" and self.grammar.light_verb.match(word)
                    and re.fullmatch(self.grammar.data["compound_verb_object"], f"{words[position - 1].group()} {word}")):
                return None, predicate_end  # "saldırıları kabul etmeyeceğiz": the act named is the object of another verb
            if awaited and re.match(self.grammar.data["awaiting_verb"], word):
                return "expected", word_end
            if text[found.end + match.start()].isupper():
                continue  # a name, not a verb
            if self.grammar.any_trigger.match(lowered, found.end + match.start()):
                return None, predicate_end  # the next event's verb: this mention has none of its own
            if found.trigger.kind == "noun" and re.match(self.grammar.data["lasting_verb"], word):
                return None, predicate_end  # "25 Ağustos'a kadar sürecek": how long, not whether
            modal = self._modal(word, right_after=position == 0)
            if modal is not None and self.grammar.status["verb_participle"].search(word) and self._trigger_within(lowered, word_end, end):
                return None, predicate_end  # "görüşmede ... yapılması planlanan ... toplantısının": the plan is the act named next
            if modal is not None:
                return modal, word_end
            if found.trigger.kind == "noun" and re.match(self.grammar.data["casualty_verbs"], word) and not self.grammar.status["negated"].search(word):
                return "occurred", predicate_end  # "saldırıda 12 kişi hayatını kaybetti": it happened; the dead did not do it
            if found.trigger.kind == "noun" and re.match(self.grammar.data["copula"], word) and re.search(
                    self.grammar.data["genitive_end"], lowered[found.start:found.end]) and not re.match(
                    self.grammar.data["behind_the_act"], lowered[found.end:found.end + 30]):
                # "tatbikatın ciddi bir uyarı olduğunu": the act is described, so it took place; the names describing it are not in it
                return "occurred", predicate_end
            if found.trigger.kind != "noun" or self.grammar.light_verb.match(word) or halted:
                if (re.search(self.grammar.data["attributive_participle"], word) and position + 1 < len(words)
                        and re.fullmatch(self.grammar.data["noun_after_a_participle"], words[position + 1].group())):
                    continue  # "yerinden edilmiş ailelerin kaldığı bir çadıra": the participle describes the families
                if word.endswith(ACCUSATIVE_VERBAL_NOUN):
                    awaited = True  # "imzalanmasını beklediklerini": expected, if a verb of awaiting follows
                    continue
                if word.endswith(("ması", "mesi")) and re.match(self.grammar.data["agreed_upon_after"], lowered[word_end:end]):
                    return "planned", word_end  # "toplantının mart ayında yapılması konusunda anlaştı": agreed to be held
                if word.endswith(("ması", "mesi", "masıyla", "mesiyle")):
                    continue  # "yapılması planlanıyor": the modal decides
                if found.trigger.kind == "noun" and re.search(self.grammar.data["converb"], word):
                    # "ziyaret ederek ... incelemesi bekleniyor": the light verb ends the act's clause, the sentence's verb gives its tense
                    return self._sentence_verb_status(lowered, word_end, end), word_end
                participle = self.object_participle.search(word) or self.grammar.status["verb_participle"].search(word)
                if participle and self._trigger_within(lowered, found.end + match.end(), end):
                    # "Merz'in ziyareti, ... Türkiye'ye yaptığı ilk resmi ziyaret olacak", "serbest bırakılması, ...
                    # Katar'da yürütülen görüşmelerin ardından geldi": the participle describes the act named next
                    return None, predicate_end
                status = self._status(word)
                if status is not None:
                    return status, word_end
            halted = re.match(self.grammar.data["halting_words"], word) is not None
        return None, predicate_end

    @staticmethod
    def _word_end(context: _Context, position: int) -> int:
        word = WORD.match(context.lowered, position)
        return word.end() if word else position

    def _trigger_within(self, lowered: str, position: int, end: int) -> bool:
        """An act's word among the next few words (``ilk resmi ziyaret``)."""
        words = itertools.islice(WORD.finditer(lowered, position, end), RELATIVE_HEAD_WORDS)
        return any(self.grammar.any_trigger.match(lowered, word.start()) for word in words)

    def _next_modal(self, lowered: str, position: int, end: int) -> tuple[str, int] | None:
        following = re.match(r"\s+(\w+)", lowered[position:end])
        if following and self._modal(following.group(1)):
            return self._modal(following.group(1)), position + following.end()
        return None

    def _put_off_or_called_off(self, lowered: str, position: int, end: int) -> bool:
        """The word right after the act's noun puts it off or calls it off (``ertelendi``, ``iptal edildi``)."""
        following = WORD.search(lowered, position, end)
        return following is not None and not lowered[position:following.start()].strip() and self._putting_off(following.group()) is not None

    def _putting_off(self, word: str) -> str | None:
        """``ertelendi``: put off, still planned; ``iptal``: called off, negated."""
        if word.startswith(tuple(self.grammar.data.get("putting_off_verbs", ()))):
            return "planned"
        return "negated" if word in self.grammar.data.get("calling_off_words", ()) else None

    def _modal(self, word: str, right_after: bool = False) -> str | None:
        if self.grammar.status["expected"].search(word):
            return "expected"
        planning = next((stem for stem in self.grammar.data.get("planning_verbs", ()) if word.startswith(stem)), None)
        agent_noun = self.grammar.data.get("agent_noun_ending")
        if planning is not None and not (agent_noun and re.match(agent_noun, word[len(planning):])):
            # not "saldırının planlayıcıları": those who planned it, a noun; "göndermeyi planlamadıklarını": planned not to happen
            return "negated" if self.grammar.status["negated"].search(word) else "planned"
        return self._putting_off(word) if right_after else None  # "ziyareti ertelendi", "ziyaretini iptal etti"

    def _status(self, word: str, negation: bool = True) -> str | None:
        status = self.grammar.status
        if negation and status["negated"].search(word):
            return "negated"
        if status["expected"].search(word):
            return "expected"
        if status["planned"].search(word):
            return "planned"
        if status["past"].search(word) or status["present"].search(word) or status["participle"].search(word):
            return "occurred"
        return None

    # -- roles ------------------------------------------------------------------------------

    def _roles(self, context: _Context, event: Event, window: list[Mention], pairs, trigger_start: int) -> int | None:
        """Fill ``event``'s roles from the cases the names of ``window`` take; return the country,
        if any, in whose part (``Lübnan'ın güneyinde``) a harm was done, a target if no other is."""
        roles, data = self.grammar.suffix_roles, self.grammar.data
        paired = {start for _, members in pairs for start in members}
        reasons: list[Mention] = []  # names in the genitive opening a clause of reason
        struck_part = None  # a country whose part, in the locative, the harm is done in
        judged = event.kind == "verb" and self._an_act_judged(context, trigger_start, trigger_start + len(event.wording[0]))
        for mention in window:
            if self._in_the_title_of_one_paired(context, mention, paired):
                continue  # "X ile Ermenistan Özel Temsilcisi, ... Y arasındaki görüşmede": Y's country, no side of its own
            if mention.start < trigger_start < mention.end or mention.start == trigger_start:
                # "Dışişleri Bakanlığına çağrıldı", "Anayasa Mahkemesine götüreceklerini": a name the trigger's own words hold is part of the act's phrase
                continue
            suffix = _suffix(context.text, mention.end)
            after_suffix = suffix_end(context.text, mention.end)
            # "Birleşik Arap Emirlikleri'nin (BAE) arabuluculuğunda": the words after the short form
            after_start = _past_a_short_form(context.text, after_suffix)
            after_at = after_start  # where the words after the name (``after``) are read from, past its case or its noun
            after = context.lowered[after_start:after_start + TITLE_REACH].lstrip()
            settlement = False  # "Refah kentinde": a town, though no table knows it
            if not suffix and ((noun := self.genitive_by_its_noun.match(context.lowered, after_start, after_start + 40))
                               or context.names_a_state(mention) and (noun := self.vessels_in_the_genitive.match(context.lowered, after_start, after_start + 50))):
                # "Lazarus grubunun, ... saldırı düzenlediği", "X Partisi hükümetinin istifasını": the noun's genitive is the name's
                suffix, after_suffix = "'nin", noun.end()
                after_at = after_suffix
                after = context.lowered[after_suffix:after_suffix + TITLE_REACH].lstrip()
            if not suffix and re.match(data["spatial_postposition"], after):
                continue  # "Başkonsolosluğu önünde toplanan": where it happened, not who took part
            case_end = after_suffix  # where the case ending ends: on the name, or on the word for a place after it
            if not suffix and ((mention.type in ("LOC", GROUP) and (noun := self.grammar.place_noun_case.match(after)))
                               or (mention.type == "ORG" and (noun := self.body_noun_case.match(after)))):
                # "El-Faşir kentine": the case the place takes is on the word "kent" after it
                case_end = after_start + len(context.lowered[after_start:after_start + TITLE_REACH]) - len(after) + noun.end()
                suffix, after = "'" + noun.group("case"), after[noun.end():].lstrip()
                settlement = re.match(self.grammar.data["settlement_noun"], noun.group()) is not None
            before = context.lowered[max(0, mention.start - 40):mention.start].rstrip()
            if roles["genitive"].match(suffix) and mention.end <= trigger_start and re.match(
                    data["reason_clause"], context.lowered[after_suffix:trigger_start]):
                # "Google'ın hakim durumunu kötüye kullandığı gerekçesiyle ... ceza verdi": whose deed is the reason is
                # acted on; a genitive after it inside the clause owns a word of it ("X'in, Y'nin şiirini okuduğu için")
                if event.shape == "directed" and not reasons and not event.participants.get("target"):
                    event.add("target", mention.cluster)  # (not when the one acted on is named before: "X'e, taraftarların ... yakması nedeniyle")
                reasons.append(mention)
                continue
            if (roles["genitive"].match(suffix) and event.shape == "directed" and mention.end <= trigger_start and event.type in data["harm_types"]
                    and re.fullmatch(data["dative_head_of_a_relative_clause"], context.lowered[after_suffix:trigger_start])
                    and not self._a_genitive_between(context, after_suffix, trigger_start)):
                # "bir ailenin yaşadığı eve kundaklama saldırısı": whose home was hit (not "HDK'nin mültecilerin kaldığı
                # kampa düzenlediği saldırı", where the nearer genitive lives there; nor troops sent "İsrail'in çekildiği
                # köylere": no harm done)
                event.add("target", mention.cluster)
                continue
            if mention.end <= trigger_start and (self._in_the_subjects_relative_clause(context.lowered, mention.end, trigger_start)
                                                 or self._in_the_objects_relative_clause(context, mention, trigger_start)
                                                 or self._in_a_complement_clause(context, mention, trigger_start)
                                                 or self._in_a_possessors_relative_clause(context, mention, trigger_start)
                                                 or self._owns_a_place_in_a_relative_clause(context, mention, trigger_start)
                                                 or self._with_whom_a_participle_tells(context, mention, trigger_start)):
                continue  # "Göçmenleri Yunanistan'ın adasına geçirmeye çalışan 2 organizatör, ... yakalandı": another act's
            if event.shape == "directed" and mention.end <= trigger_start and (owned := self._role_of_what_it_owns(context, mention, trigger_start)):
                event.add(owned, mention.cluster)  # "Çin Sahil Güvenliğine ait bir gemi, Filipinler'e ait bir gemiye ..."
                continue
            if mention.type == "PER" and roles["genitive"].match(suffix) and re.match(data["kin_after"], after):
                continue  # "Kim Jong Un'un kız kardeşi Kim Yo Jong": whose sister she is, no one who acts
            if not suffix and re.match(data["qualifying_adjective_after"], after):
                continue  # "El Kaide bağlantılı Eş-Şebab örgütü": the name only describes the one named after it
            if mention.type == "PER" and not judged:
                event.add("persons", mention.cluster)
            # a name in the locative is where, not who: "... arabuluculuğunda Kahire'de"
            # a group with no name ("rehinelerin Kızılhaç aracılığıyla") mediates nothing
            mediator = mention.type != GROUP and not roles["locative"].match(suffix) and (
                any(before.endswith(cue) for cue in data["mediator_before"]) or self._mediator_cue_at(after)
                or self._hosts_talks_between_others(context, event, mention, suffix, trigger_start))
            if mediator and event.type in data["attitude_types"]:
                continue  # "AB arabuluculuğundaki diyaloğa dönmeye çağırdı": the act an attitude is about is mediated, not the attitude
            if mediator:
                event.add("mediator", mention.cluster)
            elif not (mention.type == "LOC" and roles["locative"].match(suffix)) and (title := self._title_after(after)) is not None:
                # ("Riyad'da Prens X ile görüştü": a place in the locative is where, not the title's country)
                role = self._bare_title_role(after, title)
                # "Japonya Başbakanı, füze denemesini ... niteleyerek", "Belgorod valisi, ... saldırısında bir kişinin
                # öldüğünü bildirdi": as a subject named alone, the office holder does not do the act a noun names as
                # the object, nor one it tells of; "Kulübü Başkanı, ... yaptığı toplantıdan" held the meeting
                not_its_act = role == "source" and event.kind == "noun" and after[title.end():].startswith(",") and (
                    re.search(self.grammar.data["object_noun_end"], event.wording[0]) is not None
                    or self._tells_after(context, trigger_start))
                if role is not None and not not_its_act:
                    event.add(role, mention.cluster)  # "Katar Dışişleri Bakanı'na": the office stands for its country
                elif (self._takes_part(context, event, mention, trigger_start) and (not suffix or roles["genitive"].match(suffix))
                      and not self._tells_of_it_as_subject(context, mention, trigger_start)):
                    event.add("parties", mention.cluster)  # "Zirveye Türkiye Dışişleri Bakanı X katıldı": the minister's country
                continue  # "Umman Dışişleri Bakanı X": the country in a title
            elif (event.shape == "symmetric" and event.kind != "part" and mention.end <= trigger_start
                  and (roles["genitive"].match(suffix) or not suffix and self._listed_before(context, window, mention))
                  and (title_end := self._plural_title_end(after)) is not None and re.match(r",|\s+\w", after[title_end:])):
                # "ABD, Japonya ve Güney Kore'nin Dışişleri Bakanları, ... telefonda görüştü", "Türkiye, Azerbaycan ve Gürcistan
                # dışişleri bakanları toplandı": the countries whose ministers talk are its sides, every one the list names
                # ("... bakanları ile görüştü": the counterparts)
                role = "target" if after[title_end:].lstrip().startswith(data["comitative_word"] + " ") else "parties"
                for member in [*self._listed_before(context, window, mention), mention]:
                    event.add(role, member.cluster)
            elif self._takes_part(context, event, mention, trigger_start) and (
                    (not suffix and (re.match(r"\s*(?:,|(?:ve|ile|d[ae])\s)", after) or not context.text[mention.end:trigger_start].strip()))
                    or (roles["genitive"].match(suffix) and self._plural_title_after(after))
                    or (not suffix and re.match(data["representatives_after"], after))):
                # "Toplantıya Türkiye ve Yunanistan katıldı", "İngiltere'nin dışişleri bakanları katıldı", "TİSK yöneticileri
                # katıldı": who take part are its sides
                event.add("parties", mention.cluster)
            elif event.kind == "part" and mention.type != "LOC":
                if re.match(data["welcome_part"], event.wording[0]) and mention.end <= trigger_start:
                    # "X, ... Y tarafından resmi törenle karşılandı": the guest visits, the host receives
                    if after.startswith(data["agent_postposition"]):
                        event.add("target", mention.cluster)
                    elif not suffix and after.startswith(","):
                        event.add("source", mention.cluster)
                continue  # taking part names no source or target
            elif (not suffix and event.kind == "noun" and event.shape == "directed" and mention.end <= trigger_start
                  and re.fullmatch(rf"{data['agent_postposition']}\s+(?:\w+\s+){{0,2}}", context.lowered[after_start:trigger_start].lstrip())):
                event.add("source", mention.cluster)  # "HDK tarafından düzenlenen saldırılarda": the agent of the passive participle
            elif (roles["ablative"].match(suffix) and event.shape == "directed" and event.kind == "noun" and mention.end <= trigger_start
                  and mention.type != GROUP and _in_a_headline(context, mention.start)
                  and not re.match(data["compound_head_after"], context.lowered[event.evidence[0][1]:event.evidence[0][1] + 30])):
                # "Ukrayna'dan Rusya'ya İHA saldırısı": in a headline, from whom; not "ABD'den İran'a yaptırım
                # tehdidi", where the act only qualifies the noun that heads the phrase
                event.add("source", mention.cluster)
            elif (roles["ablative"].match(suffix) and event.type in data["given_from_the_ablative"] and mention.end <= trigger_start
                  and mention.type != GROUP):
                event.add("source", mention.cluster)  # "Türkiye'den bölgeye yardım taşıyan tırlar yola çıktı": aid comes from the giver
            elif (roles["ablative"].match(suffix) and event.type == "SANCTION" and mention.end <= trigger_start
                  and re.match(data["imports_after_the_ablative"], after)):
                event.add("target", mention.cluster)  # "Japonya'dan deniz ürünleri ithalatını askıya aldı": Japan's goods are shut out
            elif roles["ablative"].match(suffix) and event.shape == "directed" and re.match(data["part_of_them_after"], after):
                event.add("target", mention.cluster)  # "göstericilerden 120'sini gözaltına aldı": some of them were acted on
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and self.owner_of_a_passive_clause.fullmatch(
                    context.lowered, after_suffix, self._word_end(context, trigger_start)):
                event.add("target", mention.cluster)  # "Yıldız'ın tutuklanmasının": whose detention it is
            elif (roles["genitive"].match(suffix) and event.type in data["dative_complement_types"] and mention.end <= trigger_start
                  and not any(mention.end < other.start < trigger_start for other in window)
                  and re.fullmatch(data["owns_the_acts_dative"], context.lowered[after_suffix:trigger_start])):
                event.add("target", mention.cluster)  # "Grossi'nin ülkeye girişine izin verilmeyeceğini": whose entry is barred
            elif (not suffix and event.shape == "directed" and mention.end <= trigger_start
                  and (mention.type == "ORG" or (mention.type == "LOC" and context.names_a_state(mention)))
                  and self._part_aimed_at_after(context.lowered, after_start, trigger_start)):
                # "Hizbullah, İsrail mevzilerine ateş açtı", "ordu, HDK mevzilerine hava saldırıları düzenledi": whose posts were fired on
                event.add("target", mention.cluster)
            elif (roles["genitive"].match(suffix) and event.shape == "directed" and mention.end <= trigger_start
                  and self._owns_a_dative_before_the_act(context, window, mention, after_suffix, trigger_start)):
                event.add("target", mention.cluster)  # "İsrail'in çeşitli bölgelerine füzelerle saldırı düzenlediğini": aimed at its parts
            elif (roles["genitive"].match(suffix) and event.shape == "directed" and mention.end <= trigger_start
                  and re.match(data["premises_after_genitive"], after)):
                event.add("target", mention.cluster)  # "şüphelilerin evlerinde ... el konuldu": whose premises were searched
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and re.match(data["found_guilty"], after):
                event.add("target", mention.cluster)  # "X'in polise saldırmaktan suçlu olduğuna karar verdi": who is found guilty
            elif roles["genitive"].match(suffix) and re.match(data["patient_noun"], after):
                event.add("target", mention.cluster)  # "İmamoğlu'nun tutukluluk halinin devamına": whose detention it is
            elif re.match(data["message_words"], after) and (roles["genitive"].match(suffix) or re.match(r"\w+n[ıiuü]n\s", after)):
                event.add("on_behalf_of", mention.cluster)  # "Washington'un mesajları", "Kolombiya hükümetinin mesajı"
            elif any(after.startswith(word) for word in data["on_behalf_after"]):
                event.add("on_behalf_of", mention.cluster)
            elif mention.start in paired:
                continue
            elif (mention.type == "LOC" and not suffix and event.kind == "noun" and _right_before(context.text, mention.end, trigger_start)
                  and event.wording[0].startswith(data["visit_word"])):
                event.location = mention.cluster  # "Atina'da ... Ankara ziyaretinin": the place visited, not where it was told
            elif (not suffix and event.kind == "noun" and re.fullmatch(data["compound_words_between"], context.text[mention.end:trigger_start] + " ")
                  and (mention.type == "ORG" or (event.shape == "directed" and context.names_a_state(mention)
                                                 and not self._owner_right_before(context, window, mention)))
                  and not re.match(data["bare_accusative"], context.lowered[trigger_start:trigger_start + 30])):
                # "AB zirvesi", "İsrail saldırılarında", "AB liderler zirvesinde", "İsrail hava saldırısında": the organisation
                # or the country the noun is compounded with acts ("Brüksel zirvesi" is a place)
                event.add("source", mention.cluster)
            elif (not suffix and event.kind == "verb" and event.shape == "directed" and mention.type != "LOC"
                  and _right_before(context.text, after_start, trigger_start)):
                # "ilgili X Başsavcılığı soruşturma başlattı": the subject stands before its verb; after a
                # subject set off by a comma, a bare noun there is the object ("Litvanya, 3 Rus diplomatı sınır dışı etti")
                event.add("target" if self._subject_named_before(context, window, mention) else "source", mention.cluster)
            elif (not suffix and event.shape == "directed" and (event.kind == "verb" or self._with_its_light_verb(context, event, trigger_start))
                  and mention.type != "LOC" and mention.end <= trigger_start and self._object_alone_between(context, window, after_start, trigger_start)):
                # "silahlı kişiler bir yatılı okula saldırarak", "... okula baskın düzenleyerek": a bare name, then only
                # its verb's object phrase; before a possessed object it names what the object belongs to ("Husi hedeflerini vurdu",
                # "HDK mevzilerine hava saldırısı düzenledi")
                first = WORD.search(context.lowered, after_start, trigger_start)
                owned = first is not None and self.possessed_noun.fullmatch(first.group())
                event.add("target" if owned or self._subject_named_before(context, window, mention) else "source", mention.cluster)
            elif (roles["genitive"].match(suffix) and event.type in data["asking_types"] and mention.end <= trigger_start
                  and re.fullmatch(data["possessive_participle"], event.wording[0].split()[-1])
                  and self._asked_in_the_ablative(context, window, after_suffix, trigger_start)):
                event.add("source", mention.cluster)  # "Macron'un Bayrou'dan görevini sürdürmesini istediği": who asks the one in the ablative
            elif (roles["genitive"].match(suffix) and event.type in data["asking_types"]
                  and re.fullmatch(data["asked_clause"], context.lowered[after_suffix:trigger_start].strip())):
                event.add("target", mention.cluster)  # "diplomatların ülkeyi terk etmesini istedi": who is asked to act
            elif mention.type == "LOC" and not suffix and re.match(data["centred_on"], after):
                # "İstanbul merkezli 5 ilde düzenlenen operasyon"; but "Norveç merkezli bir şirketle" tells where a body is based
                if event.location is None and not re.match(data["body_based_in"], after):
                    event.location = mention.cluster
            elif (mention.type == "ORG" and roles["locative"].match(suffix) and not suffix.endswith("ki")
                  and context.kind_of(mention.cluster) in data["seat_kinds"]):
                event.location = event.location if event.location is not None else mention.cluster  # "Beyaz Saray'da düzenlenen törende"
            elif mention.type == "LOC" and roles["locative"].match(suffix):
                aimed = (suffix.endswith("ki") and event.type in data["harm_types"] and event.shape == "directed"
                         and mention.end <= trigger_start and re.match(data["aimed_part_after_a_place"], after) is not None)
                if aimed:
                    event.add("target", mention.cluster)  # "Kamboçya'daki askeri hedefleri vurdu": the place whose posts were struck, and where
                if suffix.endswith("ki") and not aimed and not self._describes_the_trigger(context, after_suffix, event) and not self._qualifies_a_locative(
                        context.text, after_suffix, trigger_start):
                    continue  # "Ukrayna'daki savaş nedeniyle ... yaptırım": the place of another noun
                if self._in_a_planned_clause(context.text, mention.end, trigger_start, [other.start for other in window if other.type == "LOC"]):
                    continue
                if mention.end <= trigger_start and self._places_the_act_invited_to(context.text, after_suffix, trigger_start):
                    continue
                if mention.end <= trigger_start and self._a_cause_between(context.lowered, mention.end, trigger_start):
                    continue
                if (mention.end <= trigger_start and re.match(data["place_of_a_statement"], after)
                        and (self._tells_after(context, trigger_start) or event.type not in data["acts_of_a_statement"])):
                    # "Tallinn'de yaptığı açıklamada, tatbikatın ... düzenlendiğini söyledi", "Ankara'da yaptığı açıklamada
                    # saldırıyı kınadı": where it was told, not where the act told of or condemned was
                    continue
                if (event.location is None or _more_specific(mention.cluster, event.location, context.kind_of)
                        or (settlement and context.kind_of(event.location) in ("region", "country"))):
                    event.location = mention.cluster
            elif mention.type == "LOC" and roles["accusative"].match(suffix) and after.startswith(data["visit_word"]):
                event.location = mention.cluster
            elif roles["genitive"].match(suffix) and after.startswith(data["capital_phrase"]):
                continue  # "Umman'ın başkenti Maskat": the capital carries the place
            elif mention.type == "LOC" and roles["genitive"].match(suffix) and self._part_named_next(context, window, case_end, mention):
                continue  # "Kocaeli'nin Gebze ilçesinde": the province holds the place named next
            elif roles["genitive"].match(suffix) and self.relational_noun is not None and (part := self.relational_noun.match(after)):
                if any(character.isdigit() for character in part.group()):
                    pass  # "Bamako'nun 300 kilometre kuzeyindeki köye": a landmark to measure from, no part of it struck
                elif re.search(r"(?<![dt])[ye]?[ae]$|n[ae]$", part.group()) or self._dative_head_after(context, after_suffix, part, trigger_start):
                    event.add("target", mention.cluster)  # "Gazze'nin kuzeyine", "İsrail'in kuzeyindeki mevzilere": towards a part of it
                elif event.type in data["harm_types"] and context.kind_of(mention.cluster) == "country":
                    struck_part = mention.cluster  # "Lübnan'ın güneyinde": where; struck, if no one else is and a foreign army strikes
                if mention.type == "LOC" and (event.location is None or re.search(r"[dt][ae]$", part.group())):
                    event.location = mention.cluster
            elif roles["dative"].match(suffix) and after.startswith(data["owner_word"] + " ") and event.shape == "directed":
                # "İsrail ordusuna ait insansız hava aracının ... hedef aldığını": the owner of the drone struck; of the tanks, was struck
                event.add("source" if re.match(data["owned_subject"], after) else "target", mention.cluster)
            elif roles["dative"].match(suffix) and re.match(data["according_to_after"], after):
                continue  # "BM'ye göre": whose account it is, not whom the act concerns
            elif (roles["dative"].match(suffix) and event.mode in data["modes_of_a_case"]
                  and re.search(data["court_word"], context.lowered[mention.start:mention.end])):
                continue  # "Anayasa Mahkemesine dava açtı": where the case is brought, not whom it is against
            elif roles["dative"].match(suffix) and re.match(data["topic_after_dative"], after):
                continue  # "X'in Tayvan'a ilişkin açıklamalarını eleştirdi": what the words were about, not whom the act is aimed at
            elif roles["dative"].match(suffix) and re.match(data["attached_to_after"], after):
                continue  # "Ulaştırma Bakanlığına bağlı USOM": what a body belongs to, not whom the act concerns
            elif roles["dative"].match(suffix) and re.match(data["audience_frames"], after):
                continue  # "AA'ya yaptığı açıklamada", "CNN'e konuşan": who heard the statement, not whom the act concerns
            elif (roles["genitive"].match(suffix) and mention.end <= trigger_start and event.shape == "directed"
                  and re.match(data["owner_of_what_is_demanded"], after)):
                event.add("target", mention.cluster)  # "hükümetin istifası talebiyle toplandı": protested against, not protesting
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and re.match(data["condition_after_genitive"], after):
                continue  # "İsrail ordusunun Gazze'den çekilmesi şartıyla": who must meet the condition, not who acts
            elif roles["genitive"].match(suffix) and re.match(data["postposition_after_genitive"], after):
                continue  # "Duterte'nin ardından Maduro hakkında da": a time or a comparison, not a role
            elif roles["genitive"].match(suffix) and re.match(data["attribution_after"], after):
                continue  # "Bakanlığı'nın açıklamasına göre": who reports the act, not who does it
            elif roles["genitive"].match(suffix) and re.match(data["host_after"], after):
                event.add("target", mention.cluster)  # "Orban'ın davetlisi olarak ... ziyaret": the host is visited
            elif mention.type == "LOC" and roles["dative"].match(suffix) and mention.end <= trigger_start and re.match(data["travel_after_dative"], after):
                event.location = event.location if event.location is not None else mention.cluster  # "Kahire'ye geçerek ... görüşecek"
            elif (mention.type == "LOC" and roles["dative"].match(suffix) and mention.end <= trigger_start and re.match(data["invitation"], event.wording[0])
                  and any(other.end <= mention.start and (roles["accusative"].match(_suffix(context.text, other.end))
                                                           or roles["genitive"].match(_suffix(context.text, other.end))) for other in window)):
                continue  # "Sisi'yi Ankara'ya davet etti", "X'in İran'a davet edildiğini": where the guest is asked to come
            elif (mention.type == "LOC" and roles["dative"].match(suffix) and event.location is None
                  and re.match(rf"(?:\w+\s+)?{data['visit_word']}", after)):
                event.location = mention.cluster  # "Budapeşte'ye resmi ziyaret gerçekleştirecek"
                event.add("target", mention.cluster)
            elif ((roles["dative"].match(suffix) or self.aimed_after.match(after))
                  and mention.end <= trigger_start and self._concerned_by_the_cause(context.lowered, after_suffix, trigger_start, after)):
                continue  # "Türk vatandaşlarına yönelik saldırılar nedeniyle ... çağrıldı": whom the cause concerns
            elif (event.type in data["asking_types"] and event.kind == "verb" and mention.end <= trigger_start and not roles["accusative"].match(suffix)
                  and any(other.end <= mention.start and roles["accusative"].match(_suffix(context.text, other.end)) for other in window)
                  and re.search(data["infinitive_in_the_dative"], context.lowered[after_suffix:trigger_start])):
                continue  # "Pekin'i ... Tayvan ile diyalog başlatmaya çağırdı": a name inside the act asked is not asked
            elif (event.type in data["asking_types"] and roles["dative"].match(suffix) and mention.end <= trigger_start
                  and any(other.end <= mention.start and roles["dative"].match(other_suffix := _suffix(context.text, other.end))
                          and not context.text[other.end + len(other_suffix):mention.start].strip() for other in window)
                  and re.search(data["deed_named_before_a_call"], context.lowered[after_suffix:trigger_start])):
                continue  # "uluslararası topluma cuntaya silah satışını durdurma çağrısında": the one asked is named first
            elif (roles["dative"].match(suffix) and mention.end <= trigger_start
                  and re.match(data["dative_of_a_verbal_noun"], context.lowered[after_suffix:trigger_start])):
                continue  # "bilgileri İsrail'e aktarmaktan yargılandı": whom the deed charged was done to
            elif roles["dative"].match(suffix) and re.match(data["purpose_after_dative"], after):
                continue  # "saldırının Gazze'deki Filistinlilere destek amacıyla düzenlendiğini": whom the aim concerns
            elif roles["dative"].match(suffix) and mention.type == "ORG" and re.match(data["handed_over"], event.wording[0]):
                event.add("mediator", mention.cluster)  # "esirleri Kızılhaç'a teslim etti": the body they were handed to stands between
            elif event.kind == "noun" and self._dative_before_a_happening(context, mention, trigger_start):
                continue  # the next verb's ("Fenerbahçe'ye maçta yaşanan olaylar nedeniyle ceza verdi")
            elif mention.end <= trigger_start and self._aimed_at_by_another_act(context.lowered, after_suffix, trigger_start):
                continue  # "sivillere yönelik saldırılardan sorumlu tutuldu": the attacks' target, not the one held responsible
            elif roles["dative"].match(suffix) and mention.end <= trigger_start and self._in_a_participles_clause(context, after_suffix, trigger_start):
                continue  # "polise taş atan kişilerin gözaltına alındığını": the relative clause's object, not the act's
            elif event.type in data["marching_types"] and roles["dative"].match(suffix) and mention.type == "LOC" and not context.names_a_state(mention):
                event.location = event.location if event.location is not None else mention.cluster  # "Taksim Meydanı'na yürümek": where to
            elif (roles["dative"].match(suffix) or (self.aimed_after.match(after) and not roles["genitive"].match(suffix))
                  or (event.type in data["legal_types"] and after.startswith(data["accused_postposition"]))):
                # ("Moskova'nın karşı önlemler alacağını": a genitive before "karşı" owns the countermeasures, no one they are against)
                event.add("target", mention.cluster)
            elif mention.type == GROUP and roles["accusative"].match(suffix) and (
                    mention.start in paired or self._possessed_group(context, window, mention) or self._group_set_off_first(context, mention, after_suffix)
                    or re.match(data["reflexive_verbs"], event.wording[0])):  # "askerleri ... çekilecek": no object of a verb that takes none
                # "TTB ve sağlık sendikaları, ... iş bıraktı", "İsrail'in askerleri": a possessive, no object's accusative
                continue
            elif roles["accusative"].match(suffix) and event.shape == "directed" and event.kind == "verb":
                if event.participants.get("target") and re.search(data["accused_act"], context.lowered[mention.end:trigger_start]):
                    continue  # "Hamas'ı esirleri serbest bırakmamakla suçladı": the object of the act charged
                if self._object_of_a_participle_after(context.lowered, after_suffix, trigger_start):
                    continue  # "Filistin devletini henüz tanımayan ülkeleri ... çağırdı": the object of the relative clause
                event.add("target", mention.cluster)  # "Rusya, Ukrayna'yı suçladı": the object is acted on
            elif (roles["genitive"].match(suffix) and event.type in data["asking_types"] and mention.end <= trigger_start
                  and (deed := WORD.findall(context.lowered, after_suffix, trigger_start)[-1:])
                  and re.search(data["asked_passive_deed"], deed[0])):
                # "yetkilileri faillerin yargı önüne çıkarılmasına çağırdı", "taraflara sivillerin korunması çağrısında
                # bulundu": who the passive deed asked for is done to
                continue
            elif roles["genitive"].match(suffix) and event.kind == "verb" and event.shape == "directed" and event.type not in data["reflexive_types"] and (
                    owned := self._possessed_object_after(context, after_suffix, case_end)):
                # "Moskova'nın sürecin dışında tutulmasını eleştirdi": a passive clause's subject is acted on by someone unnamed;
                # an object inside the trigger, words away from the name, is the act's own ("İsrail'in Gazze'ye insani yardım
                # girişini kısıtlamaya devam ettiği"; but "İsrail'in şartlarını kabul etmediğini": Israel's terms)
                inside_the_act = (context.lowered.find(owned.group(), case_end) + len(owned.group()) > trigger_start
                                  and len(owned.group().split()) > 1)
                if not re.search(data["passive_verbal_noun"], owned.group()) and not (
                        inside_the_act and not re.search(data["passive_verb"], event.wording[0].split()[-1])):
                    event.add("target", mention.cluster)  # "İsrail'in saldırılarını kınadı": whose act is the object is acted on
            elif roles["genitive"].match(suffix) and (title := self._title_after(after, skip=1)) is not None:
                if re.match(rf"\s+{data['comitative_word']}\s", after[title.end():]):
                    event.add("target", mention.cluster)  # "ABD'nin Lübnan Büyükelçisi ile bir araya geldi": the envoy stands for the country
                continue  # "Hollanda'nın Ankara Büyükelçisi X": the country of the envoy named next
            elif (roles["genitive"].match(suffix) and event.kind == "noun" and mention.start > trigger_start
                  and re.match(data["doing_the_act_named"], context.lowered[after_at:after_at + 40])):
                # "saldırıyı Hızlı Destek Kuvvetleri'nin (HDK) gerçekleştirdiğini açıkladı": the told clause's subject did the
                # act its object names; who tells it does not
                event.participants["source"] = [c for c in event.participants.get("source", []) if c == mention.cluster]
                event.add("source", mention.cluster)
            elif roles["genitive"].match(suffix) and event.kind == "noun" and mention.start > trigger_start:
                continue  # "toplantıda Türkiye'nin ... olduğunu": a possessor stands before its noun, so this one owns another
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and re.match(data["casualty_relative"], after):
                if event.type in data["harm_types"]:
                    event.add("target", mention.cluster)  # "80 kişinin hayatını kaybettiği saldırılar": the dead were its victims
            elif (roles["genitive"].match(suffix) and mention.end <= trigger_start and re.match(data["command_in_the_instrumental"], after)
                  and self._subject_after(context, window, mention, trigger_start)):
                continue  # "Başsavcılığın talimatıyla Emniyet Müdürlüğü ekipleri, ... baskın düzenledi": who ordered it did not do it
            elif roles["genitive"].match(suffix) and re.match(data["passive_relative"], after):
                if event.type in data["harm_types"]:
                    event.add("target", mention.cluster)  # "Hastanesi'nin de vurulduğu saldırıda": what the act hit
                # ("İsrail'in çekildiği köylere birlik konuşlandırdı": where troops go is no target)
            elif roles["genitive"].match(suffix) and self._owns_the_name_after(context, mention, window):
                continue  # "Çin'in Manila Büyükelçiliğine": the owner of the name after it, whose role that name takes
            elif (roles["genitive"].match(suffix) and event.kind == "verb" and event.shape == "directed" and mention.end <= trigger_start
                  and re.match(data["owned_by_a_relative_clause"], context.lowered[after_suffix:trigger_start])):
                event.add("target", mention.cluster)  # "Türkiye'nin Ege'de yayımladığı NAVTEX'i ... kınadı": whose deed is the object
            elif (roles["genitive"].match(suffix) and event.shape == "directed" and event.kind == "verb" and mention.end <= trigger_start
                  and re.search(data["object_clause_before_the_act"], context.lowered[mention.end:trigger_start])):
                event.add("target", mention.cluster)  # "hükümetin ... başarısız olduğunu protesto etti": whose deed the clause tells is the object
            elif (roles["genitive"].match(suffix) and event.shape == "directed" and mention.end <= trigger_start
                  and (re.search(data["clause_the_act_names"], context.lowered[mention.end:trigger_start])
                       or (event.kind == "verb" and re.search(data["verbal_noun_object_before_the_act"], context.lowered[mention.end:trigger_start])))
                  and not self._a_genitive_between(context, after_suffix, trigger_start)):
                # "uluslararası toplumun ... adımlar atması çağrısında bulundu": who is called on; "İsrail hükümetinin ...
                # onay vermesini kınadı": whose deed is condemned
                event.add("target", mention.cluster)
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and (adjunct := re.match(
                    rf"['’]?\w*{data['possessed_adjunct']}", context.lowered[mention.end:trigger_start])) and not any(
                    # "sendikaların hükümetin emeklilik reformuna karşı düzenlediği grev": the nearer genitive owns the adjunct
                    mention.end < other.start < mention.end + adjunct.end() and roles["genitive"].match(_suffix(context.text, other.end))
                    for other in window):
                # "hükümetin emeklilik reformuna karşı düzenlenen gösteriler": the owner of what the act is aimed at is its
                # target, not its source; the owner of a cause or a topic ("X'in açıklaması nedeniyle") is neither
                # ('"Venezuela'nın egemenliğine yönelik her saldırı cevapsız kalmayacak"': another act's aim, the one named between)
                between = WORD.finditer(context.lowered, mention.end + adjunct.end(), trigger_start)
                if (event.shape == "directed" and self.aimed_at_the_end.search(adjunct.group())
                        and not any(self.grammar.any_trigger.match(context.lowered, word.start()) for word in between)):
                    event.add("target", mention.cluster)
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and re.match(
                    data["purpose_clause"], context.lowered[after_suffix:trigger_start]):
                if event.shape == "directed":  # "çetelerin cezaevlerindeki kontrolünü kırmak için olağanüstü hal ilan etti"
                    event.add("target", mention.cluster)
            elif roles["genitive"].match(suffix) and event.kind == "verb" and mention.start > trigger_start:
                continue  # "ateş açması sonucu 14 kişinin öldüğünü": a subject after the verb is a later clause's
            elif roles["genitive"].match(suffix) and self._owns_a_group_after(context, mention, window):
                continue  # "Lufthansa'nın pilotları greve başladı": the group acts, not its owner
            elif (roles["genitive"].match(suffix) and event.kind == "verb"
                  and re.search(data["while_clause_end"], context.lowered[mention.end:trigger_start])):
                continue  # "X'in hazırladığı tasarıya 14 üye oy verirken, Rusya veto etti": the clause of 'while' is its own
            elif roles["genitive"].match(suffix) and event.shape == "symmetric" and self._impersonal(event):
                continue  # "İran'ın tesislerine ... anlaşmaya Tahran ile varıldığını": an impersonal passive has no subject
            elif (roles["genitive"].match(suffix) and mention.type == "LOC" and context.kind_of(mention.cluster) != "country"
                  and re.match(data["place_owned_after_genitive"], after)):
                continue  # "Konya'nın Selçuklu ilçesinde": where, not who ("Rusya'nın Donetsk bölgesinde ... saldırdığı": a state acts)
            elif (roles["genitive"].match(suffix) and event.kind == "noun" and mention.end <= trigger_start
                  and re.search(data["unpossessed_noun"], event.wording[0].split()[0])
                  and not any(re.fullmatch(data["possessive_participle"], word) for word in WORD.findall(context.lowered, after_suffix, trigger_start))):
                continue  # "ordunun görüşmeler sürerken ... saldırdığını": a noun with no possessive has no owner; the genitive is another verb's subject
            elif (roles["genitive"].match(suffix) and mention.end <= trigger_start
                  and (owned := re.match(data["owned_noun_in_the_genitive"], after)) is not None
                  and after_start + len(context.lowered[after_start:after_start + TITLE_REACH]) - len(after) + owned.end() < trigger_start):
                continue  # "Servisi'nin soruşturmasının saldırıyı X'in gerçekleştirdiğini": the owner of another noun, itself a genitive
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and re.match(data["place_of_a_statement"], after):
                continue  # "KCNA'nın yayımladığı açıklamasında, tatbikatın ...": who published the statement
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and (
                    self._a_converbs_clause_closes_between(context, mention.end, trigger_start)
                    or re.search(data["told_clause_closed_before_ve"], context.lowered[mention.end:trigger_start])):
                # "Türkiye'nin desteğe teşekkür ederek, iki ülkenin ... imzalamaya": the converb's clause is its own;
                # "çatışmayı Pakistan'ın başlattığını öne sürdü ve Pakistan'ı ... suçladı": so is a clause told before "ve"
                continue
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and self._subject_of_a_relative_clause_between(
                    context, mention, _sentence_start(context, trigger_start), trigger_start, form=self._verb_form(context, event, trigger_start)):
                continue  # "HDK'nin yerinden edilmiş kişilerin kaldığı kampa düzenlediği saldırıda": the people only live there
            elif roles["genitive"].match(suffix) and event.shape == "directed" and self._title_in_the_accusative_after(after):
                event.add("target", mention.cluster)  # "Rusya'nın Bakü Büyükelçisini bakanlığa çağırdı": the envoy stands for the country
            elif (roles["genitive"].match(suffix) and event.shape == "directed" and event.type in data["harm_types"]
                  and mention.end <= trigger_start and self._owns_what_is_struck(context, window, after_suffix, trigger_start)
                  and any(other.end < mention.start and roles["genitive"].match(_suffix(context.text, other.end)) for other in window)):
                # "İsrail'in İran'ın nükleer tesislerine düzenlediği saldırılar": the second genitive owns what is struck (one
                # alone is the subject: "Ukrayna'nın Rus kentlerine saldırdığını")
                event.add("target", mention.cluster)
            elif roles["genitive"].match(suffix) and mention.end <= trigger_start and self.saying_in_the_trigger.search(event.wording[0]):
                event.add("target", mention.cluster)  # 'Bulgaristan'ın şartının "kabul edilemez" olduğunu söyledi': whose term is judged
            elif roles["genitive"].match(suffix):
                event.add("source", mention.cluster)
            elif (linked := re.match(data["linked_to"], after)) is not None:
                # "X ile bağlantılı bir grup üstlendi": the name qualifies the group after it, which acts; no counterpart
                if linked.group("acting"):
                    event.add("source", mention.cluster)
            elif (mention.type == "LOC" and event.shape != "symmetric" and after.startswith(data["comitative_word"] + " ")
                  and _name_after_conjunction(context.text, after_suffix)):
                continue  # "Tahran ile İsfahan ve Şiraz kentlerinde protestolar": places listed, the case comes last
            elif after.startswith(data["comitative_word"] + " ") and self._joined_to_a_genitive(context, window, mention):
                continue  # "Adalet Bakanlığı ile İçişleri Bakanlığının ortak çalışması": the genitive's case marks both
            elif (event.shape == "directed" and re.match(data["acting_together_after_comitative"], context.lowered[after_suffix:after_suffix + 30])
                  and mention.end <= trigger_start):
                event.add("source", mention.cluster)  # "Belarus'un Rusya ile ortak düzenleyeceği tatbikat": Russia drills too
            elif after.startswith(data["comitative_word"] + " ") or suffix.endswith(("la", "le")):
                event.add("target", mention.cluster)  # "X ile görüştü": the counterpart; the subject is the source
            elif not suffix and after.startswith(",") and event.kind != "noun" and not self._inside_a_list(context, mention):
                # not of an act another's participle or a verbal noun in the genitive tells ("Batı'nın ... silah göndermesinin")
                if not (self._describes_a_noun_after(context, event.kind, trigger_start, trigger_start + len(event.wording[0]))
                        or self.verbal_noun_in_the_genitive.search(event.wording[0])
                        or self._a_genitive_owns_the_participle(context, window, mention, event, trigger_start)
                        or judged):
                    event.add("source", mention.cluster)
            elif mention.type == "LOC" and re.match(data["delegation_words"], after):
                event.add("parties", mention.cluster)
            elif event.kind == "part":
                continue
        self._share_coordinated_roles(context, event, window)
        return struck_part

    def _a_genitive_owns_the_participle(self, context: _Context, window: list[Mention], subject: Mention, event: Event,
                                        trigger_start: int) -> bool:
        """``Aktürk, Yunanistan'ın adalarda askeri yığınak yaptığı iddialarına ...``: a participle with a
        possessive ending has its own subject in the genitive; the sentence's subject does not do it."""
        genitive = self.grammar.suffix_roles["genitive"]
        return (re.fullmatch(self.grammar.data["possessive_participle"], event.wording[0].split()[-1]) is not None
                and any(subject.end < other.start and other.end <= trigger_start and genitive.match(_suffix(context.text, other.end))
                        for other in window))

    def _role_of_what_it_owns(self, context: _Context, mention: Mention, trigger_start: int) -> str | None:
        """``X'e ait bir gemi, ...``: the role of the phrase a name in the dative owns through 'ait'."""
        owned = self.belonging_to.match(context.lowered, mention.end, trigger_start)
        if owned is None:
            return None
        words = owned.group("phrase").split()
        if owned.group("comma") and len(words) <= OWNED_PHRASE_WORDS:
            return "source"  # the phrase is the sentence's subject
        return "target" if any(re.search(self.grammar.data["owned_head_acted_on"], word) for word in words[:OWNED_PHRASE_WORDS]) else None

    def _aimed_at_by_another_act(self, lowered: str, after_suffix: int, trigger_start: int) -> bool:
        """A name right before ``yönelik``/``karşı`` and, a few words on, another act's noun that stands
        before this act's trigger: the name is what that act was aimed at."""
        aimed = self.aimed_after.match(lowered, after_suffix)
        if aimed is None:
            return False
        words = itertools.islice(WORD.finditer(lowered, aimed.end(), trigger_start), AIMED_ACT_WORDS)
        return any(self.grammar.any_trigger.match(lowered, word.start()) for word in words)

    def _subject_after(self, context: _Context, window: list[Mention], mention: Mention, trigger_start: int) -> bool:
        """An uninflected name after ``mention`` and before the act, set off by a comma, or by the word
        for its units and a comma (``Emniyet Müdürlüğü ekipleri,``): the clause's subject."""
        return any(mention.end < other.start < trigger_start and not _suffix(context.text, other.end)
                   and (context.text.startswith(",", other.end)
                        or re.match(self.grammar.data["institution_then_comma"], context.lowered[other.end:other.end + 30]))
                   for other in window)

    @staticmethod
    def _takes_part(context: _Context, event: Event, mention: Mention, trigger_start: int) -> bool:
        """A country or body named before a verb of taking part in talks (``Toplantıya ... katıldı``)."""
        return (event.kind == "part" and event.shape == "symmetric" and mention.end <= trigger_start
                and (mention.type == "ORG" or context.names_a_state(mention)))

    def _owns_a_group_after(self, context: _Context, owner: Mention, window: list[Mention]) -> bool:
        """The mention after ``owner``, right after its genitive ending, is a group's word in the
        possessive (``İsrail'in askerleri``, ``askerlerini``; not ``polisin göstericilere``)."""
        after = next((m for m in window if m.start >= owner.end), None)
        return (after is not None and context.is_group(after.cluster) and re.fullmatch(r"['’]?\w*\s+", context.text[owner.end:after.start]) is not None
                and re.fullmatch(self.grammar.data["possessed_group_ending"], _suffix(context.text, after.end)) is not None)

    def _group_set_off_first(self, context: _Context, group: Mention, after_suffix: int) -> bool:
        """``Yerel kaynaklara göre savaş uçakları, ... bombaladı``: a group opening its clause, set
        off by a comma, is its subject, whatever its plural's ending looks like."""
        return context.text.startswith(",", after_suffix) and self._opens_its_clause(context, group)

    def _possessed_group(self, context: _Context, inside: list[Mention], group: Mention) -> bool:
        """``THY'nin pilotları``: a group's word with only the possessive after a name in the genitive
        right before it; the two are one noun phrase with no case, which may be the subject."""
        if not context.is_group(group.cluster) or not re.fullmatch(self.grammar.data["possessive_only"], _suffix(context.text, group.end)):
            return False
        owner = next((m for m in reversed(inside) if m.end <= group.start), None)
        return (owner is not None and self.grammar.suffix_roles["genitive"].match(_suffix(context.text, owner.end)) is not None
                and self._owns_a_group_after(context, owner, [group]))

    def _in_a_participles_clause(self, context: _Context, position: int, trigger_start: int) -> bool:
        """An active participle among the next three words and a noun after it before the act: the name
        before is in that relative clause (``polise taş atan kişilerin``, ``Gazze'ye giden konvoya``)."""
        lowered = context.lowered
        if self.aimed_after.match(lowered[position:trigger_start].lstrip()):
            return False  # "Ukrayna'ya yönelik yeni finansman paketine": the postposition's, whose noun the act is about
        words = list(WORD.finditer(lowered, position, trigger_start))
        # (not an occasion's participle: "DEAŞ'a yönelik düzenlenen operasyonda" tells whom the operation was aimed at;
        # nor a passive one: "Arıkan'a verilen cezayı onadı" names whom the sentence was given; nor a time: "geçen hafta")
        return any(self.active_participle.search(word.group()) and not self.grammar.participle_before.match(word.group())
                   and not self.passive_verb.search(word.group()) and index + 1 < len(words)
                   and not any(t.start <= word.start() < t.end for t in context.timexes) for index, word in enumerate(words[:3]))

    def _object_of_a_participle_after(self, lowered: str, position: int, trigger_start: int) -> bool:
        """An active participle among the next three words, and the noun it describes after it in the
        accusative: that noun is the act's object (``Filistin devletini henüz tanımayan ülkeleri``)."""
        words = WORD.findall(lowered, position, trigger_start)
        return any(self.active_participle.search(word) and self.accusative_head.fullmatch(" ".join(words[index + 1:index + 3]))
                   for index, word in enumerate(words[:3]))

    def _asked_of_another(self, lowered: str, found: _Found) -> bool:
        """The act is an infinitive in the dative right before a verb of calling on or inviting."""
        return found.trigger.kind == "verb" and self.asked_infinitive.search(lowered, found.start, found.end) is not None and (
            self.asking_verb_after.match(lowered, found.end) is not None)

    def _describes_a_noun_after(self, context: _Context, kind: str, start: int, end: int) -> bool:
        """``İsrail'e destek veren şirketlere``: an active participle describes the people or bodies named
        by the noun after it, who act; the sentence's subject does not (but ``kınayan ortak bir açıklama``
        is the subject's statement)."""
        return (kind == "verb" and self.grammar.status["verb_participle"].search(context.lowered, start, end) is not None
                and self.agent_head_after.match(context.lowered, end) is not None)

    def _with_its_light_verb(self, context: _Context, event: Event, trigger_start: int) -> bool:
        """A noun with its light verb right after it (``baskın düzenleyerek``) acts as a verb does; not
        one in the passive (``tatbikatın yapıldığı bölge``), whose doer is not named before it."""
        after = WORD.search(context.lowered, trigger_start + len(event.wording[0]))
        return (event.kind == "noun" and event.status is not None and after is not None and self.grammar.light_verb.match(after.group()) is not None
                and self.passive_verb.search(after.group()) is None)

    def _object_alone_between(self, context: _Context, window: list[Mention], start: int, trigger_start: int) -> bool:
        """One to three lower-case words, no comma, no name and no verb form between a name and its act."""
        particle = self.focus_particle.match(context.lowered, start) if self.focus_particle is not None else None
        between = context.text[particle.end() if particle else start:trigger_start]  # "Polis de göstericilere": the subject's particle
        words = between.split()
        if particle is not None and not words:
            return True  # "polis de tazyikli suyla karşılık verdi": the subject and its particle right before the act
        if not 1 <= len(words) <= 3 or any(not re.fullmatch(r"[a-zçğıöşü]+", word) for word in words):
            return False
        if any(start <= m.start < trigger_start and not self._marked_for_case(context, m) for m in window):
            return False  # "gösterici polise taş attı": a name marked for its case may stand in the object phrase
        verb_form = self.grammar.data["verb_form_end"]
        if any(re.search(verb_form, word) or self.grammar.relative_participle.match(word) or self._qualifying_participle(word) for word in words):
            return False  # "FARC militanlarından oluşan grupları": the name is in the object's relative clause
        return re.search(self.grammar.data["object_case_end"], words[-1]) is not None  # "AB üyelik müzakerelerini": a compound

    def _marked_for_case(self, context: _Context, mention: Mention) -> bool:
        """In the dative, accusative or locative, after an apostrophe or on a group's own word (``polise``)."""
        suffix, roles = _suffix(context.text, mention.end), self.grammar.suffix_roles
        if suffix:
            return any(roles[case].match(suffix) for case in ("dative", "accusative", "locative"))
        return mention.type == GROUP and re.search(self.grammar.data["object_case_end"], turkish_lower(mention.text)) is not None

    def _dative_head_after(self, context: _Context, after_suffix: int, part: re.Match[str], trigger_start: int) -> bool:
        """``kuzeyindeki askeri mevzilere``: a part in the locative adjective, then a head in the dative, before the act."""
        if not part.group().endswith("ki"):
            return False
        start = context.lowered.find(part.group(), after_suffix) + len(part.group())
        words = context.text[start:trigger_start].split()
        # a common noun with the dative's vowel, not the instrumental's ("roketlerle") nor the locative's ("bölgesinde");
        # "okula", "kente" are lost to the doubt
        # with a name among them ("güneyindeki Nabatiye kentine") the named place is the target
        return 1 <= len(words) <= 3 and all(word.islower() for word in words) and any(re.search(r"(?<![ldt])[ae]$", word) for word in words)

    def _possessed_object_after(self, context: _Context, after_suffix: int, case_end: int) -> re.Match[str] | None:
        """The possessed object after a name in the genitive; where the genitive is on a word after
        the name (``İsrail askerlerinin bölgedeki varlığını``), read past that word, for an object in the
        accusative only (``Çin Sahil Güvenlik gemilerinin ikmal teknesine ... sıktığını``: the ships act)."""
        owned = self._possessed_object(_without_quoted(context.lowered[case_end:case_end + 120]).lstrip())
        if case_end != after_suffix and owned is not None and not self.accusative_on_a_possessive.search(owned.group()):
            owned = None
        return owned if owned is not None or case_end == after_suffix else self._possessed_object(
            _without_quoted(context.lowered[after_suffix:after_suffix + 120]).lstrip())

    def _possessed_object(self, after: str) -> re.Match[str] | None:
        """The possessed object after a genitive; a bare noun of the dictionary before it that only ends like a
        possessive (``hükümetin ekonomi politikalarını``) qualifies the object and is skipped."""
        words = after.split(" ")
        for skipped in range(3):
            if skipped and not (words[skipped - 1] in self.word_stems or fold(words[skipped - 1]) in self.word_stems):
                return None
            if skipped and self.country_of_adjective(fold(words[skipped - 1])) is not None:
                return None  # "Çin gemisinin Filipin gemisine ... müdahale ettiğini": a country's adjective owns its compound
            if (owned := re.match(self.grammar.data["possessed_object"], " ".join(words[skipped:]))) is not None:
                return owned
        return None

    def _a_cause_between(self, lowered: str, place_end: int, act_start: int) -> bool:
        """``Stockholm'de Kur'an yakılmasına izin verilmesi üzerine ... çağrıldı``: a clause made a noun
        and closed by a postposition of cause stands between a place and the act: the place is the cause's."""
        return re.search(self.grammar.data["cause_clause_end"], lowered[place_end:act_start]) is not None

    def _tells_of_it_as_subject(self, context: _Context, mention: Mention, trigger_start: int) -> bool:
        """``BM Sözcüsü X, toplantıya ... katılacağını söyledi``: a name in the sentence's opening phrase,
        set off by a comma, before a verb of saying after the act: who tells of it, not who takes part."""
        opening = self._clause_opening(context, mention.start)
        comma = context.text.find(",", mention.end, trigger_start)
        return (comma != -1 and only_capitalised_before(context.text, opening, comma)
                and self._tells_after(context, trigger_start))

    def _tells_after(self, context: _Context, position: int) -> bool:
        """A verb of saying after ``position`` in its sentence: its subject tells of the act."""
        sentence = sentence_at(context.sentence_spans, position)
        return sentence is not None and self.speech_cue is not None and self.speech_cue.search(context.lowered, position, sentence.end) is not None

    def _subject_named_before(self, context: _Context, window: list[Mention], mention: Mention) -> bool:
        """Another name before ``mention``, uninflected and set off by a comma not a list's: the clause's
        subject; or, before a group's word in the plural accusative, any uninflected name right before it
        (``Polis göstericileri gözaltına aldı``)."""
        plural_object = mention.type == GROUP and self.plural_accusative.search(context.lowered, mention.start, mention.end) is not None
        if plural_object and OPENER_SET_OFF.match(context.text, self._clause_opening(context, mention.start), mention.start):
            return True  # "Bakan, gazeteciyi tutuklayan polisleri kınadı": a subject set off by a comma, named or not
        return any(other.end < mention.start and other.cluster != mention.cluster and not _suffix(context.text, other.end)
                   and ((context.text[other.end:other.end + 1] == "," and not self._inside_a_list(context, other))
                        or (plural_object and not context.text[other.end:mention.start].strip()))
                   for other in window)

    def _owner_right_before(self, context: _Context, window: list[Mention], mention: Mention) -> bool:
        """``Rusya'nın Ukrayna saldırısı``: a name in the genitive right before owns the compound; the
        country inside it is what the act is aimed at."""
        return any(other.end < mention.start and self.grammar.suffix_roles["genitive"].match(_suffix(context.text, other.end))
                   and not context.text[suffix_end(context.text, other.end):mention.start].strip() for other in window)

    def _owns_the_name_after(self, context: _Context, mention: Mention, window: list[Mention]) -> bool:
        """``Çin'in Manila Büyükelçiliğine``, ``Türkiye'nin Berlin Büyükelçiliği,``: the name after is the
        owner's, when it has a case ending or closes with a body's head in the possessive; not
        ``rehinelerin Kızılhaç aracılığıyla``, where the genitive is a subject."""
        following = next((m for m in window if m.start > mention.end), None)
        # "Brezilya'nın Flamengo takımında": the case on the possessed noun of the body after it
        noun_after = WORD.match(context.lowered, following.end + 1) if following is not None else None
        return (following is not None and following.type == "ORG" and not context.text[mention.end:following.start].split()[1:]
                and (bool(_suffix(context.text, following.end)) or fold(following.text.split()[-1]) in self.organization_heads
                     or (noun_after is not None and re.fullmatch(self.grammar.data["possessed_in_a_place_case"], noun_after.group()) is not None)))

    def _part_named_next(self, context: _Context, window: list[Mention], position: int, owner: Mention) -> bool:
        """A place right after, itself followed by a word for a settlement (``Gebze ilçesinde``), in
        the owner's country (``Ukrayna'nın Belgorod bölgesine``: the owner acts on another's region)."""
        following = next((m for m in window if m.type == "LOC" and 0 < m.start - position <= 1), None)
        if following is None or not re.match(self.grammar.data["place_noun"], context.lowered[following.end:following.end + 40].lstrip()):
            return False
        countries = context.country_of(owner.cluster), context.country_of(following.cluster)
        return None in countries or countries[0] == countries[1]

    def _qualifies_a_locative(self, text: str, position: int, trigger_start: int) -> bool:
        """``Brüksel'deki karargahında ... toplantıya başladı``: the place qualifies a noun, within
        three words, that itself says where the act happens."""
        for word in itertools.islice(WORD.finditer(text, position, trigger_start), 3):
            if "," in text[position:word.start()]:
                return False
            if self.locative_word.fullmatch(word.group()):
                return True
        return False

    @staticmethod
    def _describes_the_trigger(context: _Context, position: int, event: Event) -> bool:
        """``Kahire'deki görüşmeler``: an adjectival locative stands at most two words before the trigger."""
        trigger_start = event.evidence[0][0]
        return position <= trigger_start and len(context.lowered[position:trigger_start].split()) <= 2

    def _share_coordinated_roles(self, context: _Context, event: Event, window: list[Mention]) -> None:
        """``İsrail ve ABD'nin saldırıları``: the case on the last conjunct marks them all; the
        country in a title is the holder's (``X ve Norveç Dışişleri Bakanı Y ile``: X and Y)."""
        in_titles = {m.start: m for m in window if not _suffix(context.text, m.end) and self._title_after(
            context.lowered[m.end:m.end + TITLE_REACH].lstrip()) is not None}
        holders = [m for m in window if m.start not in in_titles]
        for first, second in reversed(list(itertools.pairwise(holders))):
            # the conjunction stands before the country of the second's title
            front = next((m.start for m in window if m.start in in_titles and first.end < m.start < second.start), second.start)
            # "M.K. (28) ve S.T. (31)": an age or a short form in brackets stands before the conjunction; "(AFAD) ile":
            # the short form's own closing bracket
            first_end = suffix_end(context.text, first.end) + (1 if _is_a_short_form(context.text, first) else 0)
            joint = re.sub(r"^\([^()]{1,20}\)", "", context.lowered[first_end:front].strip()).strip()
            if joint not in ("ve", ",", self.grammar.data["comitative_word"]) or _suffix(context.text, first.end):
                continue
            if joint == self.grammar.data["comitative_word"] and not self.grammar.suffix_roles["genitive"].match(_suffix(context.text, second.end)):
                continue  # "X ile Y'nin ortak çalışması" are joint owners; "X ile Y görüştü" are two sides
            if joint == "," and not self._inside_a_list(context, first):
                continue  # "Rusya, Ukrayna ve Belarus'a ...": the first may be the subject
            roles = [role for role, members in event.participants.items() if second.cluster in members and role != "persons"]
            if roles and not any(first.cluster in members for role, members in event.participants.items() if role != "persons"):
                event.add(roles[0], first.cluster)

    def _concerned_by_the_cause(self, lowered: str, after_suffix: int, trigger_start: int, after: str) -> bool:
        """``Türk vatandaşlarına yönelik saldırılar nedeniyle``: a name in the dative governed by the
        noun of a cause, or a participle, right after it; one before a clause of its own
        (``Fenerbahçe'ye taraftarların meşale yakması nedeniyle ceza verdi``) is the act's."""
        cause = re.search(self.grammar.data["cause_postposition"], lowered[after_suffix:trigger_start])
        if cause is None:
            return False
        words = WORD.findall(lowered, after_suffix, after_suffix + cause.start())
        # "Türklere yaptığı çağrıyı ... gerekçesiyle eleştirdi": the participle right after it governs it
        governed = bool(words) and (self._qualifying_participle(words[0]) or self.object_participle.search(words[0]) is not None)
        return bool(self.aimed_after.match(after)) or governed or (
            len(words) <= CAUSE_NOUN_WORDS and not any(re.search(self.grammar.data["genitive_end"], word) for word in words))

    def _impersonal(self, event: Event) -> bool:
        """A verb in the passive that takes no object (``anlaşmaya varıldı``, ``görüşüldü``)."""
        return event.kind == "verb" and self.passive_verb.search(event.wording[0].split()[-1]) is not None

    def _mediators_listed(self, context: _Context, last_name: int) -> bool:
        """``İsrail ile Hamas, Katar ve Mısır arabuluculuğunda``: the list after the comma names the
        mediators, so the pair before it is closed."""
        names = re.match(r"(?:[A-ZÇĞİÖŞÜ][\w'’-]*\s+)+", context.text[last_name:last_name + 80])
        after = context.lowered[last_name + names.end():last_name + names.end() + 40] if names else ""
        return bool(after) and self._mediator_cue_at(after)

    def _hosts_talks_between_others(self, context: _Context, event: Event, mention: Mention, suffix: str, trigger_start: int) -> bool:
        """``Katar, İsrail ile Hamas arasında dolaylı görüşmeler düzenledi``: who organises talks between
        sides named after it hosts them, no side of them."""
        data = self.grammar.data
        return (event.type in data["hosted_types"] and not suffix and mention.end <= trigger_start
                and context.text.startswith(",", _past_a_short_form(context.text, mention.end))
                and re.match(data["organising_light_verb"], context.lowered[trigger_start:trigger_start + TITLE_REACH]) is not None
                and re.search(data["sides_between"], context.lowered[mention.end:trigger_start]) is not None)

    def _talks_organised_with_another(self, context: _Context, found: list[Event]) -> None:
        """``Suudi Arabistan, görüşmelerin ABD ile birlikte düzenleneceğini açıkladı``: talks told before,
        named again in the genitive and organised together with another, are hosted by both; their
        sides are those of the talks told before."""
        for index, event in enumerate(found):
            start, end = event.evidence[0]
            if event.type not in self.grammar.data["hosted_types"] or not re.match(self.grammar.data["talks_organised_with"], context.lowered[start:end]):
                continue
            hosts = [*event.participants.pop("source", []), *event.participants.pop("target", [])]
            for cluster in hosts:
                event.add("mediator", cluster)
            sides = next((sides for earlier in reversed(found[:index]) if earlier.type == event.type
                          and (sides := _two_sides_of_a_symmetric_act(earlier, context)) and not set(sides) & set(hosts)), [])
            for cluster in sides:
                event.add("parties", cluster)

    def _mediator_cue_at(self, text: str) -> bool:
        """``arabuluculuğunda``, ``aracılığıyla`` open ``text``: the name before mediates."""
        return any(re.match(cue, text) for cue in self.grammar.data["mediator_after"])

    def _joined_to_a_genitive(self, context: _Context, window: list[Mention], mention: Mention) -> bool:
        """The name after ``mention`` and the word for 'with' between them (past its short form:
        ``Başkanlığı (AFAD) ile Türk Kızılay'ın``) is in the genitive."""
        end = _past_a_short_form(context.text, mention.end)
        second = next((m for m in window if m.start >= end), None)
        return (second is not None and context.lowered[end:second.start].strip() == self.grammar.data["comitative_word"]
                and self.grammar.suffix_roles["genitive"].match(_suffix(context.text, second.end)) is not None)

    def _inside_a_list(self, context: _Context, mention: Mention) -> bool:
        """A name, not the sentence's first, followed by a comma, more names and "ve" (``... için
        Mısır, Katar ve ABD'nin``): a member of a list, not a subject set off by its comma."""
        listed = LIST_AFTER_A_NAME.match(context.text, mention.end, mention.end + 120)
        if listed is None:
            return False  # the cheap test first: most names are followed by no such list
        sentence_start = _sentence_start(context, mention.start)
        before = [other for other in context.mentions if sentence_start <= other.start < mention.start]
        if not before:
            return self._towns_listed(context, mention)
        # "İsrail ile Hamas, Katar ve Mısır arabuluculuğunda": the second of a pair set off by its comma
        paired = bool(before) and context.lowered[suffix_end(context.text, before[-1].end):mention.start].strip() == self.grammar.data["comitative_word"]
        # "Lübnan Cumhurbaşkanı X, ABD ve Fransa'dan": a name opening the sentence after its country and title is first
        return bool(before) and not self._titled_opening(context, before, sentence_start, mention) and not (
            paired and self._mediators_listed(context, listed.end() - 1))

    def _towns_listed(self, context: _Context, mention: Mention) -> bool:
        """``Bursa, Kocaeli ve Manisa'daki 22 fabrikada``: places smaller than a country, listed from
        the sentence's first name, are where things happen; a town seldom acts as a subject."""
        index = context.mentions.index(mention)
        listed = _a_list_from(context.text, context.mentions, index)
        return bool(listed) and all(other.type == "LOC" and context.kind_of(other.cluster) != "country" for other in listed)

    def _titled_opening(self, context: _Context, before: list[Mention], sentence_start: int, mention: Mention) -> bool:
        """``Lübnan Cumhurbaşkanı X``: the name opens the sentence after its country and title, the
        only name before it, uninflected (not ``İsrail'in Lübnan, ...``)."""
        between = context.lowered[before[-1].end:mention.start]
        title = self._title_after(between)
        return (len(before) == 1 and not _suffix(context.text, before[-1].end) and title is not None
                and not between[title.end():].strip() and only_capitalised_in_a_name(context.text, sentence_start, mention.start))

    def _a_posting(self, context: _Context, mention: Mention) -> bool:
        """``İsveç'in Ankara Büyükelçisi``: the place between a country in the genitive and an
        envoy's title is where the envoy serves, no side of the act (the country stands for them)."""
        if mention.type != "LOC" or _suffix(context.text, mention.end):
            return False
        following = WORD.search(context.lowered, mention.end, mention.end + TITLE_REACH)
        if following is None or fold(following.group()) not in self.posting_title_openers:
            return False
        title = self._title_after(context.lowered[mention.end:mention.end + TITLE_REACH])
        if title is None or tuple(fold(w) for w in WORD.findall(context.lowered, mention.end, mention.end + title.end())) not in self.posting_titles:
            return False
        genitive = self.grammar.suffix_roles["genitive"]
        return any(genitive.match(_suffix(context.text, owner.end)) and not context.text[suffix_end(context.text, owner.end):mention.start].strip()
                   for owner in context.mentions if owner.end < mention.start)

    def _title_after(self, after: str, skip: int = 0) -> re.Match[str] | None:
        """The last word of a title standing right after a name (``Dışişleri Bakanı``), if any;
        with ``skip``, after that many words (``Hollanda'nın Ankara Büyükelçisi``: where the envoy serves).
        A comma parts them: ``Başsavcılığı, gazeteci X hakkında`` names the journalist's job, not the body's."""
        if re.match(r"\s*[^\w\s]", after):
            return None
        longest = self.longest_title  # "Dış İlişkiler ve Güvenlik Politikası Yüksek Temsilcisi": six words
        words = list(WORD.finditer(after))[skip:skip + longest]
        folded = tuple(fold(w.group()) for w in words)
        return next((words[length - 1] for length in range(longest, 0, -1) if len(words) >= length and folded[:length] in self.titles), None)

    def _title_in_the_accusative_after(self, after: str) -> bool:
        """``Bakü Büyükelçisini``, ``maslahatgüzarını``: a title of one word, after a place or not, in the
        accusative (its possessive's -n- and the case vowel on the title the table holds)."""
        words = [fold(w.group()) for w in WORD.finditer(after[:60])][:2]
        return any(self.accusative_on_a_possessive.search(word) and (word[:-2],) in self.titles for word in words)

    def _plural_title_after(self, after: str) -> bool:
        """``Dışişleri Bakanları``: a title in the plural (its singular ``Bakanı`` in the table)."""
        return self._plural_title_end(after) is not None

    def _plural_title_end(self, after: str) -> int | None:
        """Where a title in the plural right after a name ends in ``after``, if one stands there."""
        words = list(WORD.finditer(after))[:3]
        folded = tuple(fold(word.group()) for word in words)
        return next((words[length - 1].end() for length in range(len(folded), 0, -1) if self.plural_title_role(folded[:length])), None)

    @staticmethod
    def _listed_before(context: _Context, window: list[Mention], last: Mention) -> list[Mention]:
        """``ABD, Japonya ve Güney Kore'nin``: the names of its kind listed before the last, which alone takes
        the case (``Fidan, ABD ve Japonya'nın``: the person is the subject)."""
        listed: list[Mention] = []
        following = last
        for member in reversed([m for m in window if m.end <= last.start]):
            if member.type != last.type or _suffix(context.text, member.end) or context.lowered[member.end:following.start].strip() not in (",", "ve"):
                break
            listed.insert(0, member)
            following = member
        return listed

    def _bare_title_role(self, after: str, title_end: re.Match[str]) -> str | None:
        """A country whose title has no name after it stands for the office holder:
        ``Katar Dışişleri Bakanı, ...`` (subject), ``... Bakanı'na``, ``Katar Emiri'ni``,
        ``Fransa Cumhurbaşkanı ile`` (whom the act is aimed at or held with)."""
        rest = after[title_end.end():]
        suffix = re.match(r"['’]\w+", rest)
        if suffix:
            for case, role in (("dative", "target"), ("accusative", "target"), ("genitive", "source")):
                if self.grammar.suffix_roles[case].match(suffix.group().lower()):
                    return role
            return None
        if re.match(rf"\s+{self.grammar.data['comitative_word']}\s", rest):
            return "target"
        return "source" if rest.startswith(",") or followed_by(self.focus_particle, rest, 0) else None  # "Sözcüsü ise"

    @staticmethod
    def _in_the_title_of_one_paired(context: _Context, mention: Mention, paired: set[int]) -> bool:
        """The name opens the title (commas allowed in a chain of them) of a name of a pair."""
        holder = min((start for start in paired if start > mention.end), default=None)
        if holder is None or mention.start in paired or holder - mention.end > 80:
            return False
        between = context.text[mention.end:holder].replace(",", " ")
        return "," in context.text[mention.end:holder] and bool(between.strip()) and only_capitalised_in_a_name(between, 0, len(between))

    def _pair_reaches(self, context: _Context, members: list[Mention], position: int, trigger_start: int) -> bool:
        """A pair closed by "arasındaki" names the sides of the noun right after it only, unless the two are
        states ("Tayland ile Kamboçya arasındaki sınır bölgesinde başlayan çatışmalar": theirs)."""
        if self.between_describing is None:
            return True
        word_end = WORD_REST.match(context.lowered, position).end()  # "arasında" may be read short of its "-ki"
        if word_end > trigger_start or not self.between_describing.search(context.lowered, max(0, word_end - 12), word_end):
            return True
        return len(context.lowered[word_end:trigger_start].split()) <= 2 or all(context.names_a_state(member) for member in members)

    def _party_pairs(self, context: _Context, inside: list[Mention]) -> list[tuple[int, list[int]]]:
        """(position, [start of a, start of b]) for "A ile/ve B arasında" and "A ve B heyetleri";
        an institution may follow either name (``Suriye hükümeti ile SDG arasında``) and a short
        description stand before the second (``A ile terör örgütü X'in yönettiği B arasında``)."""
        data = self.grammar.data
        between, delegation, institution = data["between_word"], data["delegation_words"], data["party_institution"]
        joint = re.compile(rf"(?:\s+{institution})?\s*(?:ile|ve|-|–)\s")
        pairs = []
        for index, second in enumerate(inside):
            if _is_a_short_form(context.text, second):
                continue  # "Sosyal Demokrat Parti (SPD) arasında": the name before it stands for both
            second_end = _past_a_short_form(context.text, second.end)
            tail_start = suffix_end(context.text, second_end)
            # "İran ile İngiltere, Fransa ve Almanya'dan oluşan E3 ülkelerinin heyetleri": the names the second side is made of
            composed = (re.match(data["composed_of_after"], context.lowered[tail_start:tail_start + 60])
                        if self.grammar.suffix_roles["ablative"].match(_suffix(context.text, second_end)) else None)
            members = [*_listed_before(context, inside[:index + 1]), second] if composed else [second]
            tail_start += composed.end() if composed else 0
            tail = re.match(rf"(?:\s+{institution})?\s*(?:(?:{delegation})\s+)?{between}|\s*{delegation}",
                            context.lowered[tail_start:tail_start + 60])
            if tail is None:
                continue
            head = members[0]
            for first in reversed(inside[max(0, inside.index(head) - 3):inside.index(head)]):
                if _is_a_short_form(context.text, first):
                    continue
                first_end = _past_a_short_form(context.text, first.end)
                gap = context.lowered[suffix_end(context.text, first_end):head.start]
                # "Hamas'la İsrail arasında", "göstericilerle polis arasında": the comitative is the first name's ending
                joined = joint.match(gap) or (re.match(r"\s", gap) if self.grammar.suffix_roles["comitative"].fullmatch(
                    _suffix(context.text, first_end)) else None)
                description = gap[joined.end():] if joined else ""
                # "X ile Ermenistan Özel Temsilcisi, Ulusal Meclis Başkan Yardımcısı Y arasında": a chain of titles
                titles = context.text[head.start - len(description):head.start]
                chained = "," in description and only_capitalised_in_a_name(titles.replace(",", " "), 0, len(titles))
                if joined and len(description.split()) <= (8 if chained else 6) and (
                        chained or not re.search(r"[,;]|(?<!\w)(?:ile|ve)(?!\w)", description)):
                    pairs.append((tail_start + tail.end(), [first.start, *(member.start for member in members)]))
                    break
        return pairs

    def _joint_possessors(self, context: _Context, inside: list[Mention]) -> list[tuple[int, list[int]]]:
        """``Erdoğan ile Aliyev'in görüşmesi``, ``X ile Rus mevkidaşı Y'nin görüşmesi``: two names
        joined by "ile" or "ve", the second in the genitive, or by a hyphen (``Erdoğan-Putin
        görüşmesi``), own the noun after them together."""
        genitive = self.grammar.suffix_roles["genitive"]

        def closed_by_genitive(first: Mention, second: Mention) -> int | None:
            suffix = _suffix(context.text, second.end)
            return suffix_end(context.text, second.end) if genitive.match(suffix) else None

        hyphened = [(second.end, [first.start, second.start]) for first, second in itertools.pairwise(inside)
                    if context.text[first.end:second.start] in ("-", "–") and not _suffix(context.text, second.end)]
        listed = _listed_possessors(context, inside, genitive)
        in_a_list = {start for _, members in listed for start in members}
        joined = [(position, members) for position, members in _joined_names(context, inside, closed_by_genitive, self.grammar.data["appositive"])
                  if not in_a_list & set(members)]
        return joined + hyphened + listed

    def _joint_subjects(self, context: _Context, inside: list[Mention]) -> list[tuple[int, list[int]]]:
        """``Fidan ile Yunanistan Dışişleri Bakanı Gerapetritis, ... bir araya geldi``: two names
        joined by "ile" or "ve" and closed by the subject's comma act together; so do two that
        open the sentence, the second uninflected (``Rusya ile Japonya anlaşmaya vardı``)."""
        def closed(first: Mention, second: Mention) -> int | None:
            second_end = _past_a_short_form(context.text, second.end)
            if second.type == GROUP and (possessive := re.match(self.grammar.data["compound_possessive_vowel"], context.text[second_end:second_end + 2])):
                second_end += possessive.end()  # "sağlık sendikaları,": a group's word closing a compound
            described = re.match(self.grammar.data["descriptor_after"], context.lowered[second_end:second_end + 40])
            second_end += described.end() if described else 0  # "Ulusal Kurtuluş Ordusu (ELN) gerilla örgütü,"
            if context.text[second_end:second_end + 1] == ",":
                # "Tahran ile Meşhed, İsfahan ve Tebriz kentlerinde": the comma goes on with the list
                listed = LIST_AFTER_A_NAME.match(context.text, second_end)
                return None if listed and not self._mediators_listed(context, listed.end() - 1) else second_end
            if self._plural_title_after(context.lowered[second.end:second.end + 40]):
                return second.end  # "Fransa ile Almanya Dışişleri Bakanları": the two countries' ministers meet
            sentence_start = _sentence_start(context, first.start)
            opener = WORD.match(context.text, sentence_start, first.start)  # "Toplantıya X ile Y de katıldı": an object opens it
            fronted = opener is not None and re.match(self.grammar.data["fronted_document"], turkish_lower(opener.group())) is not None
            opening = only_capitalised_before(context.text, sentence_start, first.start) and (fronted or not (
                opener and self.reads_as_common_word(opener.group(), inflected_only=True)))
            following = re.match(r" (\S+)", context.text[second.end:second.end + 40])
            if not (opening and following):
                return None
            # "Fransa Dışişleri Bakanı" goes on; a lower-case word, an inflected name ("Paris'te") or a number ("1000'er")
            # follows the subject
            word = following.group(1)
            if word == self.grammar.data["comitative_word"] or re.fullmatch(self.grammar.data["between_word"], word):
                return None  # "X, Y ve Z ile görüştü": the two are whom the subject met; "X ile Y arasında": where, not who
            return second.end if word[:1].islower() or word[:1].isdigit() or re.match(r"[^\W\d_]+['’]", word) else None

        return _joined_names(context, inside, closed, self.grammar.data["appositive"], self.grammar.data["party_institution"],
                             group_modifier=self.grammar.data["group_modifier"])

    def _participle_head(self, context: _Context, inside: list[Mention], position: int, inflected: bool = False) -> Mention | None:
        """The name after a participle, a number or a few lower-case words between (``protesto
        eden binlerce gösterici``, ``ateş açan iki asker``): uninflected, unless ``inflected``
        allows the head's case (a passive participle's ``gözaltına alınan 5 şüpheliden``)."""
        head = next((m for m in inside if m.start >= position), None)
        if head is not None and head.type == "LOC" and (citizen := re.match(self.grammar.data["citizen_of"], context.lowered[head.end:head.end + 30])):
            # "suçlanan ABD vatandaşı gazeteci Mark Fogel'i": the country only tells the person's citizenship
            person = next((m for m in inside if m.start >= head.end + citizen.end()), None)
            if person is not None and re.fullmatch(self.grammar.data["participle_head_gap"], context.text[head.end + citizen.end():person.start]):
                return person
        if head is None:
            return None
        described = self.agent_head_after.match(context.lowered, position)
        if (described is not None and described.end() <= head.start
                and not self.apposed_head_noun.fullmatch(described.group().split()[-1])):
            return None  # "toplanan gruba polis müdahale etti": the participle describes the group, the name after acts on it
        gap_end = head.start
        holder = next((m for m in inside if m.start > head.end), None)
        if (head.type in ("LOC", "ORG") and not _suffix(context.text, head.end) and holder is not None and holder.type == "PER"
                and holder.title and only_capitalised_before(context.text, head.end, holder.start)):
            head = holder  # "suçlanan eski Manavgat Belediye Başkanı Şükrü Sözen'e": the place is the title's, its holder the head
        if not inflected and _suffix(context.text, head.end):
            return None
        # "gözaltına alınan 3 Türk gazeteci": an adjective of nationality may stand in the gap too
        gap = " ".join(word for word in context.text[position:gap_end].split(" ") if not (word and self.country_of_adjective(fold(word))))
        return head if re.fullmatch(self.grammar.data["participle_head_gap"], gap) else None

    def _subject(self, context: _Context, inside: list[Mention], position: int, end: int | None = None,
                 verb: bool = False) -> Mention | None:
        """An uninflected name followed by a comma, on the same side of any quotation mark as
        ``position``: the subject of the sentence (or of the quoted sentence). A trigger that
        opens inside a quotation and ends outside it (``"düşmanca bir adım" olarak nitelendirdi``)
        is on the side of its verb, where it ends. A place opening the sentence of a verb, with no
        comma, is its subject before a word no possessive ending makes its compound's head."""
        region = _quote_region(context.quotes, position)
        if end is not None and region is not None and _quote_region(context.quotes, end - 1) is None:
            region = None
        if region is not None and _a_fragment_in_a_clause(context, _quote_at(context.quotes, position), self.told_clause_end):
            region = None  # 'Hizbullah, saldırının "cevapsız kalmayacağını" açıkladı': the quoted words are the told clause's
        for mention in inside:
            if mention.start >= position or _quote_region(context.quotes, mention.start) != region:
                continue
            if self._inside_a_list(context, mention):
                continue  # "... için Mısır, Katar ve ABD'nin arabuluculuğunda": the comma is the list's
            if re.search(r":(?!\s*[\"“'‘«])", context.text[mention.end:position]):
                continue  # "Silahlı Kişiler Okul Bastı: 50 Öğrenci Kaçırıldı": a colon closes the clause before it (not one opening a quote)
            if mention.type == GROUP and self._compounded_with_a_genitive(context, mention):
                continue  # "12 polis memurunun yaralandığı": the group's word compounds with a noun that carries the case
            if re.search(self.grammar.data["casualty_clause_closed"], context.lowered[mention.end:position]):
                continue  # "3 polis yaralandı, 14 kişi gözaltına alındı": the subject of a clause closed before
            if re.match(self.grammar.data["according_to_its_words"], context.lowered[mention.end:mention.end + TITLE_REACH].lstrip()):
                continue  # "BM verilerine göre, ...": whose figures tell the sentence, not its subject
            if re.match(self.grammar.data["qualifying_adjective_after"], context.lowered[mention.end:mention.end + TITLE_REACH].lstrip()):
                continue  # "El Kaide bağlantılı Eş-Şebab örgütü üstlendi": the name after it is the subject
            if self.qualifies_a_genitive_noun.match(context.text, _past_a_short_form(context.text, mention.end, closing_only=_is_a_short_form(context.text, mention))):
                continue  # "Avrupa Birliği (AB) liderlerinin ... zirvesinde": the name qualifies a noun in the genitive
            possessed = self._possessed_group(context, inside, mention)
            if self._unnamed_holder_of_its_office(context, mention):
                return mention  # "ASEAN'ın Myanmar Özel Temsilcisi, ...": an office with no holder named stands for its body
            if (_suffix(context.text, mention.end) and not possessed) or self._in_the_subjects_relative_clause(context.lowered, mention.end, position):
                continue  # "X başkanlığında toplanan Kurul, ...": the subject is the head the clause qualifies
            members = re.match(self.grammar.data["members_after"], context.text[mention.end:mention.end + 60])
            title_after = context.lowered[mention.end:mention.end + TITLE_REACH]
            title = self._title_after(title_after.lstrip()) if mention.type != "PER" and not members else None
            # "ABD Dışişleri Bakanlığı Sözcüsü ise ...": an office with no holder named stands for its body
            office = title is not None and (title_after.lstrip()[title.end():].startswith(",")
                                            or followed_by(self.focus_particle, title_after.lstrip(), title.end()))
            if title is not None and not office:
                continue  # "Fenerbahçe Teknik Direktörü Tedesco": the club qualifies the person after it
            if self._qualifies_a_person_after(context, inside, mention):
                continue  # "İsrail ordusu sözcüsü Avichay Adraee, ...": the spokesman speaks, not the army
            # in the opening noun phrase: only capitalised words (a country, a title) stand before it
            opening = self._clause_opening(context, mention.start)
            opens = (only_capitalised_before(context.text, opening, mention.start) or self._opens_past_a_qualifier(context, opening, mention) or (
                mention.type == GROUP and re.fullmatch(self.grammar.data["words_describing_a_group"], context.lowered[opening:mention.start]) is not None))
            institution = re.match(self.grammar.data["institution_then_comma"], context.lowered[mention.end:mention.end + 30]) or (
                re.match(self.grammar.data["institution_after"], context.lowered[mention.end:mention.end + 30])
                and (opens or self._army_in_the_verbs_clause(context, mention, position)))
            # a place opening the sentence is its subject when an inflected name or a number follows ("İsrail Gazze'yi vurdu")
            acting_place = opens and mention.type == "LOC" and (
                re.match(self.grammar.data["object_after_a_place"], context.text[mention.end:mention.end + 40])
                or verb and self._bare_word_after(context, mention.end, position))
            # "çıkan Hristiyan Demokrat Birlik (CDU), ...": a comma after the name's short form
            end = mention.end + len(_suffix(context.text, mention.end)) - 1 if possessed else mention.end  # "pilotları,"
            comma_after = context.text.startswith(",", _past_a_short_form(context.text, end, closing_only=_is_a_short_form(context.text, mention)))
            comma_after = comma_after or (not _suffix(context.text, mention.end)
                                          and self.led_body_after.match(context.lowered, mention.end, mention.end + 80) is not None)
            if (office or comma_after or institution or opens and mention.type != "LOC" or acting_place
                    or followed_by(self.focus_particle, context.lowered, mention.end)):  # "partisi SYRIZA ise"
                subject = self._subject_after_a_while_clause(context, inside, mention, position) or mention
                return self._leader_of(context, subject) or _group_of_a_town(context, inside, subject) or subject
        opener = self._subject_after_a_while_clause(context, inside, None, position)
        if opener is not None:
            return opener  # "X'in hazırladığı tasarıya 14 üye oy verirken, Rusya veto etti": no subject before the clause
        return self._body_named_before(context, position) if region is None else None

    def _bare_word_after(self, context: _Context, end: int, position: int) -> bool:
        """``Rusya sınıra asker sevk etti``, ``Rusya saldırdı``: the verb or a word in lower case that
        carries no possessive ending right after the place (not ``Rusya sınırına``, ``Rusya ordusu``,
        nor a capitalised word of the name's own noun phrase: ``Antalya Büyükşehir Belediye Başkanı``)."""
        words = list(WORD.finditer(context.text, end, position + 1))[:2]
        # "Tayland hava kuvvetlerine ait": a bare word may open a compound whose head comes next
        return bool(words) and all(word.start() == position or (self.no_compound_head.fullmatch(word.group()) is not None
                                                                and not word.group()[0].isupper()) for word in words)

    def _unnamed_holder_of_its_office(self, context: _Context, mention: Mention) -> bool:
        """A body's or a country's name in the genitive opening its sentence, then a title set off by a
        comma (not a person's: ``X'in avukatı,`` is someone else)."""
        suffix = _suffix(context.text, mention.end)
        if mention.type not in ("ORG", "LOC") or not suffix or not self.grammar.suffix_roles["genitive"].match(suffix) or not self._opens_its_clause(
                context, mention):
            return False
        after = context.lowered[mention.end + len(suffix):mention.end + len(suffix) + TITLE_REACH]
        return any((title := self._title_after(after, skip)) is not None and after[title.end():].startswith(",") for skip in (0, 1))

    def _opens_past_a_qualifier(self, context: _Context, opening: int, mention: Mention) -> bool:
        """``Saldırıyı, El Kaide bağlantılı Eş-Şebab örgütü``: only capitalised words before a name made an
        adjective that stands before ``mention`` (not one in the genitive by its noun: ``... Lazarus grubunun``)."""
        qualified = self.qualifier_before.search(context.lowered, opening, mention.start)
        return (qualified is not None and not self.genitive_by_its_noun.match(context.lowered, mention.end, mention.end + 40)
                and only_capitalised_before(context.text, opening, qualified.start()))

    def _army_in_the_verbs_clause(self, context: _Context, mention: Mention, position: int) -> bool:
        """``Teknelere İsrail askerleri uluslararası sularda müdahale etti``: a country's army,
        uninflected, after the objects, with no comma before the act and no agent's postposition
        after it (``İsrail askerleri tarafından``), is the subject where it stands."""
        words = context.lowered[mention.end:position]
        return "," not in words and self.grammar.data["agent_postposition"] not in words.split()[1:2]

    def _subject_after_a_while_clause(self, context: _Context, inside: list[Mention], subject: Mention | None, position: int) -> Mention | None:
        """``X, ... savunurken, muhalefet partileri ... düzenledi``: the uninflected name opening
        the clause after a clause of 'while' (after ``subject``, or in the sentence) is the main clause's subject."""
        start = subject.end if subject is not None else _sentence_start(context, position)
        ends = list(re.finditer(self.grammar.data["while_clause_end"], context.lowered[start:position]))
        if not ends:
            return None
        boundary = start + ends[-1].end()
        after = next((m for m in inside if boundary <= m.start < position), None)
        if after is None or _suffix(context.text, after.end) or len(context.text[boundary:after.start].split()) > 1:
            return None
        return after

    def _qualifies_a_person_after(self, context: _Context, inside: list[Mention], mention: Mention) -> bool:
        """Lower-case words and a rank or title, then a person set off by a comma: the name opens the
        person's description (``Tayland ordusu sözcüsü Tümgeneral X,``)."""
        after = next((m for m in inside if m.start >= mention.end), None)
        return (after is not None and after.type == "PER" and context.text.startswith(",", after.end)
                and PERSON_DESCRIBED_BETWEEN.fullmatch(context.text, mention.end, after.start) is not None)

    def _leader_of(self, context: _Context, body: Mention) -> Mention | None:
        """``CHP lideri, ...``: a body's name and the word for its leader stand for the person who heads it."""
        if body.type != "ORG":
            return None
        start = _sentence_start(context, body.start)
        described = DESCRIBED_SUBJECT.match(context.text[start:body.end + 40])
        if described is None or start + described.start(1) != body.start:
            return None
        return self._person_described(context, described, start)

    def _compounded_with_a_genitive(self, context: _Context, mention: Mention) -> bool:
        noun = re.match(r"\s+([a-zçğıöşü]+)(?!['’\w])", context.text[mention.end:mention.end + 40])
        return (noun is not None and fold(noun.group(1)) not in self.function_words  # "ordusu dün gece": no genitive
                and re.search(self.grammar.data["genitive_end"], noun.group(1)) is not None)

    def _opens_its_clause(self, context: _Context, mention: Mention) -> bool:
        """Only capitalised words (a country, a title) stand between the clause's opening and ``mention``."""
        return only_capitalised_before(context.text, self._clause_opening(context, mention.start), mention.start)

    def _clause_opening(self, context: _Context, position: int) -> int:
        """Where the sentence's opening noun phrase begins: past a word that joins the sentence to
        the one before (``Öte yandan Rus ordusu ...``)."""
        start = _sentence_start(context, position)
        if context.text.find(":", start, position) >= 0:  # most sentences have no colon: spare the search
            colons = list(HEADLINE_COLON.finditer(context.text, start, position))
            start = colons[-1].end() if colons else start  # "Etiyopya ile Eritre arasında gerginlik: Eritre ...": the clause after the topic
        if context.text.find(",", start, position) >= 0:
            # "Turun ilk durağı Kuveyt olacak, Erdoğan burada ... görüşecek": a clause joined after a finite verb and a comma
            closed = list(self.finite_clause_end.finditer(context.lowered, start, position))
            start = closed[-1].end() if closed else start
        connective = re.match(rf"(?:{self.grammar.data['sentence_connective']}),?\s+", context.text[start:position]) or re.match(
            self.grammar.data["according_to_opening"], context.text[start:position])  # "Açıklamaya göre, Erdoğan ..."
        return start + connective.end() if connective is not None else start

    def _body_named_before(self, context: _Context, position: int) -> Mention | None:
        """``Örgüt, ... gönderdiğini açıkladı``: a sentence opened by an organisation's head word
        alone, then a comma, speaks of the last body named before it whose name that word closes
        (``Dünya Sağlık Örgütü``); the mention returned stands at the head word."""
        start = _sentence_start(context, position)
        described = DESCRIBED_SUBJECT.match(context.text[start:position])
        if described is not None:
            return self._person_described(context, described, start)
        opener = re.match(r"([A-ZÇĞİÖŞÜ]\w+)(?=,|\s+(?:ise|de|da)\s)", context.text[start:position])
        if opener is None:
            return None
        if re.fullmatch(self.grammar.data["delegation_words"], turkish_lower(opener.group(1))):
            body = self._last_delegation(context, start)  # "IMF heyeti ... Heyet, bugün de X ile görüşecek"
        elif re.fullmatch(self.grammar.data["body_words"], turkish_lower(opener.group(1))):
            body = last_body_closed_by(context.mentions, opener.group(1), start)
        else:
            body = self._holder_of_the_title(context, opener.group(1), start)
        return None if body is None else replace(body, start=start, end=start + opener.end(1), text=opener.group(1))

    def _holder_of_the_title(self, context: _Context, word: str, before: int) -> Mention | None:
        """``Bakan, yarın ... ziyaret edecek``, ``Papa, ...``: a bare title opening the sentence
        stands for the person last named before with that title (``Dışişleri Bakanı Hakan
        Fidan``), as it does for the quotes."""
        folded = fold(word)
        if not any(closer.startswith(folded) for closer in self.title_closers):
            return None
        return last_holder_of_title(context.mentions, word, before)

    def _person_described(self, context: _Context, described: re.Match[str], start: int) -> Mention | None:
        """``Japon Başbakan, yarın İstanbul'da ... bir araya gelecek``: an adjective of nationality
        and a bare title opening the sentence stand for the person last named with that title and
        of that country (``Rus lider``: the one who heads it); the mention returned stands at the description."""
        country, word = self.country_of_adjective(fold(described.group(1))), fold(described.group(2))
        leader, data = self.grammar.data["leader_word"], self.grammar.data
        # "CHP lideri": the leader of a body named there is who heads it, by the body they act for
        body = next((m.cluster for m in context.mentions if m.start == start and m.type == "ORG" and m.end <= start + described.end(1)), None)
        if body is not None and word.startswith(leader):
            roles = set(data["body_leader_roles"])
        else:
            roles = set(data["leader_roles"]) if word == leader else {self.titles.get((word,))} - {None}
        if (country is None and body is None) or not roles:
            return None
        person = next((m for m in reversed(context.mentions) if m.end <= start and m.type == "PER" and m.role in roles
                       and (context.country_of(m.cluster) == country if body is None else body in context.entities[m.cluster].employers)), None)
        return None if person is None else replace(person, start=start, end=start + described.end(2), text=described.group())

    def _last_delegation(self, context: _Context, before: int) -> Mention | None:
        """The name last told before ``before`` with a word for its delegation after it (``IMF heyeti``)."""
        return next((m for m in reversed(context.mentions) if m.end <= before and m.type != GROUP
                     and self.delegation_after.match(context.lowered, suffix_end(context.text, m.end))), None)

    def _visit_hints(self, context: _Context, inside: list[Mention], start: int, end: int):
        """``cuma günü Bakü'yü ziyaret eden X``: the place (and date) of a backgrounded visit."""
        hints = []
        for modifier in self.grammar.modifier.finditer(context.lowered, start, end):
            place = next((m for m in reversed(inside) if m.end <= modifier.start() and m.type == "LOC"
                          and self.grammar.suffix_roles["accusative"].match(_suffix(context.text, m.end))
                          and modifier.start() - m.end < 6), None)
            if place is None:
                continue
            date = self._date(context.text, context.timexes, start, modifier.start(), modifier.start())
            if date is not None:
                context.visits[place.cluster] = date
            hints.append((modifier.end(), place.cluster, date or context.visits.get(place.cluster)))
        return hints

    # -- date, threats ----------------------------------------------------------------------

    def _date(self, text: str, timexes: list[Timex], start: int, end: int, anchor: int, dct: date | None = None) -> Timex | None:
        # "son günlerde" (PAST_REF) names no day: an event dated by it could not be placed or merged;
        # "2027 yılı bütçesi" names the budget's year, not when it was debated
        inside = [t for t in timexes if start <= t.start < end and t.type in ("DATE", "TIME") and not t.value.endswith("_REF")
                  and not self._attributive(text, t, anchor) and not self._bounds_a_stretch(text, t)
                  and not self._in_a_relative_clause(text, t, anchor, timexes, dct) and not self._dates_the_act_invited_to(text, t, anchor, dct)]
        return min(inside, key=lambda t: abs(t.start - anchor)) if inside else None

    def _attributive(self, text: str, timex: Timex, anchor: int) -> bool:
        """The time names a thing, not when the act at ``anchor`` happened: ``2027 yılı bütçesi``,
        ``10 Mart mutabakatına`` (but ``6 Şubat görüşmesinde`` dates the talks the noun names)."""
        if self._a_time_as_adjective(text, timex):
            noun = WORD.search(text, suffix_end(text, timex.end))  # "23 Şubat'taki seçimlerden": the word after "-ki"
            if noun is not None and noun.end() <= anchor:
                return True
        qualified = self.grammar.data.get("noun_a_date_qualifies_after")
        if qualified and re.fullmatch(self.grammar.data["day_and_month"], turkish_lower(timex.text)):
            noun = re.match(qualified, text[timex.end:timex.end + 40])
            if noun and timex.end + noun.end() <= anchor:
                return True
        if not self.grammar.attributive_time.search(turkish_lower(timex.text)):
            return False
        opens_a_range = self.grammar.data.get("year_range_after")
        dates_the_clause = self.grammar.data.get("locative_after_a_year")  # "2021'de ... anlaşmıştı": when it happened
        return ((opens_a_range is None or re.match(opens_a_range, text[timex.end:timex.end + 12]) is None)
                and (dates_the_clause is None or re.match(dates_the_clause, text[timex.end:timex.end + 12]) is None))

    def _a_time_as_adjective(self, text: str, timex: Timex) -> bool:
        after, within = self.time_as_adjective
        return after.match(text, timex.end) is not None or within.search(turkish_lower(timex.text)) is not None

    def _bounds_a_stretch(self, text: str, timex: Timex) -> bool:
        bound = self.grammar.data.get("time_bound_after")
        return bound is not None and re.match(bound, turkish_lower(text[timex.end:timex.end + 12])) is not None

    def _in_a_relative_clause(self, text: str, timex: Timex, anchor: int, timexes: list[Timex], dct: date | None = None) -> bool:
        """A time before the trigger with a participle between them, other than one naming the
        event's own occasion ("yapılan"), dates the relative clause, not the event; after the
        occasion's participle, another joined to it by "ve" no longer takes the time ("dün ...
        düzenlenen ve 17 kişinin hayatını kaybettiği saldırı") unless the trigger heads them both: in
        "geçen yıl yaşanan ve 15 kişinin öldüğü çöküşün sorumlularının yargılanmasını istedi" the
        time is the collapse's. A past time is no future participle's ("geçen ay ... kolaylaştıracak bir
        protokol imzalamıştı": the protocol was signed last month), nor is a time a comma sets off."""
        if self.grammar.relative_participle is None or timex.end > anchor:
            return False
        if text.startswith(",", suffix_end(text, timex.end)):
            return False  # "dün akşam saatlerinde, sırasını beklemek istemeyen hasta yakınları ... darbetti": set off, the sentence's
        past = dct is not None and timex.interval is not None and timex.interval[1] < dct.isoformat()
        words = [word.group() for word in _common_words(text, timex.end, anchor)]
        if self._opens_the_acts_own_clause(text, timex, words):
            return False
        adjective = self.grammar.data.get("attributive_adjectives")
        for index, word in enumerate(words):
            if self.converb_closing_a_clause is not None and self.converb_closing_a_clause.search(turkish_lower(word)):
                return False  # "çarşamba günü bölgeyi ziyaret ederek etkilenen ailelere": the converb's clause and the verb's
            if adjective is not None and re.fullmatch(adjective, word):
                return True
            participle = self.grammar.relative_participle.match(word)
            if participle is None and self._qualifying_participle(word):
                return True  # "Ekim 2025'te yürürlüğe giren ateşkese rağmen ... sürüyor": the time is the truce's
            if participle is not None:
                if past and re.search(self.grammar.data["future_participle"], word):
                    continue
                if self.grammar.participle_before.match(word):
                    joined = [at for at, later in enumerate(words) if at > index and self.grammar.relative_participle.match(later)]
                    if joined and len(words) - joined[-1] - 1 > self.grammar.data["participle_reach_words"]:
                        return True
                    break
                return True
        return self._dates_another_act(words) or self._in_a_planned_clause(text, timex.end, anchor, [other.start for other in timexes])

    def _opens_the_acts_own_clause(self, text: str, timex: Timex, words: list[str]) -> bool:
        """``ABD ordusunun dün ... bir tekneye düzenlediği saldırıda``: a time right after a subject in
        the genitive, whose possessive participle stands right before the act, dates that participle's
        clause, whatever clauses nest inside it."""
        before = [word.group() for word in WORD.finditer(turkish_lower(text[max(0, timex.start - 40):timex.start]))]
        return (bool(words) and bool(before) and re.search(self.grammar.data["genitive_end"], before[-1]) is not None
                and re.fullmatch(self.grammar.data["possessive_participle"], turkish_lower(words[-1])) is not None)

    def _dates_another_act(self, words: list[str]) -> bool:
        """``geçen ay yapılan seçimin ardından``: an occasion's participle, then a postposition
        placing the event after that occasion; the time is the occasion's."""
        postposition = self.grammar.data.get("after_another_act")
        participle = next((index for index, word in enumerate(words) if self.grammar.relative_participle.match(word)), None)
        return postposition is not None and participle is not None and any(
            re.fullmatch(postposition, word) for word in words[participle + 2:])

    def _in_the_subjects_relative_clause(self, lowered: str, position: int, anchor: int) -> bool:
        """``Kadıköy ilçesinde bir kuyumcuyu soyan 2 şüpheli, ... yakalandı``: a name before a
        participle that qualifies the subject, set off by a comma, tells of something else the
        subject did (where, with or to whom); the occasion's own participles (``düzenlenen
        törende,``) are not such."""
        segment = lowered[position:anchor]
        comma = segment.find(",")
        if comma < 0:
            return False
        # the participle, then a head of up to six words ("şüpheli Ali Vural", "Gambiya bayraklı bir petrol tankeri"); a
        # name with its suffix ("Tayvan'a") is no participle, however it ends
        words = [word for token in segment[:comma].split() if (word := WORD.search(token))][-7:-1]
        return any(self._qualifying_participle(word.group()) for word in words if not HAS_APOSTROPHE.search(word.string))

    def _qualifying_participle(self, word: str) -> bool:
        """``soyan``, ``çalışan``: a participle that qualifies the head after it, not an occasion's (``düzenlenen``)."""
        return (re.fullmatch(self.grammar.data["subject_participle"], word) is not None and not self.grammar.participle_before.match(word)
                and fold(word) not in self.function_words  # "erken", "önceden": adverbs that end like one
                and not self._noun_ending_like_a_participle(word))

    def _noun_ending_like_a_participle(self, word: str) -> bool:
        """``maden``, ``orman``, ``meydan``: a common noun whose last two letters leave no word
        before them; ``gelen`` stays a participle, for ``gel`` is a stem."""
        return word in self.word_stems and word[:-2] not in self.word_stems

    def _with_whom_a_participle_tells(self, context: _Context, mention: Mention, anchor: int) -> bool:
        """``Lyon ile oynanan maçta ... ceza verdi``: a name before "ile" and a participle whose head
        is another noun than the act's (``X ile yapılan görüşmede`` keeps X) tells of that noun."""
        after_start = suffix_end(context.text, mention.end)
        words = list(itertools.islice(WORD.finditer(context.lowered, after_start, anchor), 3))
        return (len(words) == 3 and words[0].group() == self.grammar.data["comitative_word"] and not context.text[words[1].start()].isupper()
                and self._qualifying_participle(words[1].group()) and words[2].end() < anchor)

    def _in_the_objects_relative_clause(self, context: _Context, mention: Mention, anchor: int) -> bool:
        """``Yunanistan'a geçmeye çalışan 47 göçmeni yakaladı``: a name in the dative or the
        accusative before a participle that qualifies the object tells where or whom the object
        went or did, not whom the act concerns."""
        suffix = _suffix(context.text, mention.end)
        roles = self.grammar.suffix_roles
        if not (roles["dative"].match(suffix) or roles["accusative"].match(suffix)):
            return False
        after_start = suffix_end(context.text, mention.end)
        if re.match(self.grammar.data["penalty_given_to"], context.lowered[after_start:anchor + 20]):
            return False  # "X'e verilen hapis cezasını onadı": the one the penalty was given is the one the act concerns
        if roles["accusative"].match(suffix) and re.search(self.grammar.data["charge_right_before"], context.lowered[after_start:anchor]):
            return False  # "İsrail'i ekim ayında yürürlüğe giren ateşkesi ihlal etmekle suçladı": the participle is in the charge
        found = list(WORD.finditer(context.lowered, after_start, anchor))
        words = [word.group() for word in found]
        # "Gazze'ye geçen hafta saldırdı": "geçen" before a word of time is "last", no participle; a name
        # ("Pekin'i Tayvan ile diyalog başlatmaya çağırdı") is none either, however it ends; a participle whose
        # head stands in a cause ("maçta oynanan olaylar nedeniyle ceza verdi") qualifies no object
        # the object's words, numbers and a conjunction aside ("... belirlenen 3 şirket ve 12 tankeri yaptırım listesine aldı")
        object_words = [sum(1 for later in words[index + 1:] if not later.isdigit() and later not in self.object_list_words) for index in range(len(words))]
        return any(self._qualifying_participle(word) and 1 <= len(words) - index - 1 and object_words[index] <= 4 and not context.text[found[index].start()].isupper()
                   and not re.match(self.grammar.data["time_noun"], words[index + 1])
                   and not re.search(self.grammar.data["cause_postposition"], " ".join(words[index + 1:])) for index, word in enumerate(words))

    def _in_a_possessors_relative_clause(self, context: _Context, mention: Mention, anchor: int) -> bool:
        """``15 kişinin hayatını kaybettiği çöküşün sorumlularının yargılanmasını istedi``: a name in
        the genitive is the subject of a participle whose head owns, in the genitive, what the act
        concerns; the name is neither its asker nor the one asked."""
        if not self.grammar.suffix_roles["genitive"].match(_suffix(context.text, mention.end)):
            return False
        words = WORD.findall(context.lowered[suffix_end(context.text, mention.end):anchor])
        participle = next((index for index, word in enumerate(words[:4]) if re.search(self.grammar.data["object_participle"], word)), None)
        return participle is not None and any(re.search(self.grammar.data["genitive_end"], word) for word in words[participle + 1:])

    def _owns_a_place_in_a_relative_clause(self, context: _Context, mention: Mention, anchor: int) -> bool:
        """``Brezilya'nın Flamengo takımında forma giyen forvet X ile sözleşme imzaladı``: a name in the
        genitive owning the place-like noun of a participle's clause (``takımında``, ``kentinden``) tells
        where the head after the participle is from, and takes no part in the act."""
        if not self.grammar.suffix_roles["genitive"].match(_suffix(context.text, mention.end)):
            return False
        act = WORD.match(context.lowered, anchor)
        if act is not None and re.search(self.grammar.data["clause_verb_with_a_genitive_subject"], act.group()):
            return False  # "Rusya'nın Donetsk bölgesinde yaşayan sivillere saldırdığı": the genitive is the act's subject
        # a name, then the place-like noun it is part of: "Flamengo takımında", "Donetsk bölgesinde"
        named = re.match(r"\s+[A-ZÇĞİÖŞÜ][\w'’-]*\s+(\w+)", context.text[suffix_end(context.text, mention.end):anchor])
        if named is None or not re.search(self.grammar.data["possessed_in_a_place_case"], turkish_lower(named.group(1))):
            return False
        words = WORD.findall(context.lowered[suffix_end(context.text, mention.end) + named.end():anchor])
        participle = next((index for index, word in enumerate(words[:3]) if re.fullmatch(self.grammar.data["subject_participle"], word)), None)
        # "Yunanistan'ın Atina yakınlarında etkili olan yangınlarla mücadelesine": a possessed noun after the clause is the genitive's
        return participle is not None and not any(re.search(self.grammar.data["possessed_with_a_case"], word) for word in words[participle + 1:])

    def _in_a_complement_clause(self, context: _Context, mention: Mention, anchor: int) -> bool:
        """``hükümeti göstericilere karşı güç kullanmaktan kaçınmaya çağırdı``, ``Orban'ı Rusya'nın
        çıkarlarına hizmet etmekle suçladı``: a name in the dative or the genitive, or before a
        postposition of aim, ahead of a verbal noun is in what is asked or charged, not in the asking
        (the addressee, in the accusative, still is)."""
        suffix = _suffix(context.text, mention.end)
        after = context.lowered[suffix_end(context.text, mention.end):anchor]
        roles = self.grammar.suffix_roles
        if not (roles["dative"].match(suffix) or roles["genitive"].match(suffix) or self.aimed_after.match(after)):
            return False
        words = WORD.findall(after)
        closing = re.search(r'["”]', after)
        quoted = len(WORD.findall(after[:closing.start()])) if closing is not None and not re.search(r'["“]', after[:closing.start()]) else 0
        # an infinitive takes no subject in the genitive: a name in the genitive is in the complement only as the
        # owner of a noun there ("Rusya'nın çıkarlarına hizmet etmekle"), else it is the subject of the clause after
        # the infinitive ("X'in polise saldırmaktan suçlu olduğuna")
        genitive = roles["genitive"].match(suffix) is not None
        # the verbal noun stands near both: within four words after the name, or closing the quotation the name
        # stands in ('Japonya'yı "Çin'in iç işlerine kaba bir şekilde karışmakla" suçladı'), and two before the act
        return any(re.fullmatch(self.grammar.data["complement_verb"], word) and (index < 4 or index == quoted - 1) and len(words) - index - 1 <= 2
                   and (not genitive or any(self.possessed_in_a_complement.fullmatch(owned) for owned in words[:index]))
                   for index, word in enumerate(words))

    def _in_a_planned_clause(self, text: str, position: int, anchor: int, rivals=()) -> bool:
        """A time or place before the trigger with a planned verbal noun between them ("ocak ayında
        Bakü'de yapma konusunda uzlaştı") belongs to the plan, not to the agreeing, unless another
        of its kind stands nearer the plan ("Berlin'de ... Paris'te yapma": Paris is the plan's)."""
        if self.time_vocabulary is None or position > anchor:
            return False
        found = _common_words(text, position, anchor)
        words = [turkish_lower(word.group()) for word in found]
        plan = next((word.start() for index, word in enumerate(found) if names_a_plan(words, index, self.time_vocabulary)), None)
        return plan is not None and not any(position < rival < plan for rival in rivals)

    def _dates_the_act_invited_to(self, text: str, timex: Timex, anchor: int, dct: date | None) -> bool:
        """``yarın bakanlıkta görüşmeye davet etti``: a time still to come before the infinitive one is
        invited or called on to do, right before the act, is that infinitive's; the invitation is now."""
        if dct is None or timex.end > anchor or not timex.interval or timex.interval[0] <= dct.isoformat():
            return False
        lowered = turkish_lower(text[timex.end:anchor + 6])  # "toplantısı için Sisi'yi Ankara'ya davet": the occasion's time
        invited_for = "invited_for" in self.grammar.data and re.search(self.grammar.data["invited_for"], lowered[:anchor - timex.end])
        return self._invited_to(text, _common_words(text, timex.end, anchor), anchor) or bool(
            invited_for and re.match(self.grammar.data["invitation"], lowered[anchor - timex.end:]))

    def _places_the_act_invited_to(self, text: str, after_suffix: int, anchor: int) -> bool:
        """``tarafları Ankara'da görüşmeye davet etti``: a place right before the infinitive one is
        invited to is where that act is to be, not where the invitation was made."""
        between = list(WORD.finditer(text, after_suffix, anchor))
        return len(between) == 1 and self._invited_to(text, between, anchor)

    def _invited_to(self, text: str, before: list[re.Match[str]], anchor: int) -> bool:
        """The last word before the verb at ``anchor`` is an infinitive it invites or calls on someone to do."""
        intention = self.time_vocabulary.intention if self.time_vocabulary is not None else None
        act = WORD.match(text, anchor)
        return (intention is not None and bool(before) and act is not None
                and intention.fullmatch(f"{turkish_lower(before[-1].group())} {turkish_lower(act.group())}") is not None)

    def _threat(self, context: _Context, condition, end: int, inside: list[Mention], number: int) -> Event | None:
        lowered = context.lowered
        consequence = self.grammar.threat.search(lowered, condition[1], end)
        if consequence is None:
            return None
        clause = re.search(r"[,;]\s*(.+?)(?=\s+ve\s|[,;.]|$)", lowered[condition[1]:consequence.end()])
        start = condition[1] + clause.start(1) if clause else consequence.start()
        finish = condition[1] + clause.end(1) if clause else consequence.end()
        event = Event("THREATEN", "conditional", [(start, finish)], "directed", "verb", sentences={number})
        quote = next((q for q in context.quotes if q.start <= condition[0] < q.end), None)
        if quote is not None and quote.speaker is not None:
            event.add("source", quote.speaker)
            others = _other_side(context, quote.speaker, [m for m in inside if not quote.start <= m.start < quote.end])
            if others:
                event.add("target", others[-1].cluster)  # "onlar için": the other side named outside the quote
        elif quote is None and (speaker := self._subject(context, inside, condition[0])) is not None:
            # "X, İran'ın ... durdurmaması halinde yeni yaptırımların gündeme geleceğini söyledi"
            event.add("source", speaker.cluster)
            others = _other_side(context, speaker.cluster, [m for m in inside if speaker.end <= m.start < condition[1]])
            if others:
                event.add("target", others[0].cluster)  # who must act to avoid it: the condition's subject
        return event


def _threats_on_the_conditions_subject(context: _Context, events: list[Event], condition: tuple[int, int], inside: list[Mention]) -> None:
    """``X, Suriye güçlerinin çekilmemesi halinde saldırıların şiddetleneceği tehdidinde bulundu``: a
    threat told after a condition, with no one it is aimed at, is aimed at the condition's subject."""
    for event in events:
        sources = event.participants.get("source", [])
        if event.type != "THREATEN" or not sources or event.participants.get("target") or event.evidence[0][0] < condition[1]:
            continue
        others = _other_side(context, sources[0], [m for m in inside if condition[0] <= m.start < condition[1]])
        if others:
            event.add("target", others[0].cluster)


def _group_of_a_town(context: _Context, inside: list[Mention], place: Mention) -> Mention | None:
    """``Ankara polisi``: a group named right after a town (not a state) is the group acting there."""
    after = next((m for m in inside if m.start > place.start), None)
    return after if (after is not None and after.type == GROUP and names_a_town(place, context.entities)
                     and 0 <= after.start - suffix_end(context.text, place.end) <= 1) else None


def _right_after_the_act(lowered: str, act: Event, position: int) -> bool:
    """An attitude's verb a few words after the act it concerns, no comma between
    (``saldırılarını sert bir dille kınadı``): the act is its object. An act told by a verb is
    no object (``saldırıyı kınadı ve taraflara çağrı yaptı``: the call concerns no condemning)."""
    between = lowered[act.evidence[0][1]:position]
    return act.kind == "noun" and act.evidence[0][1] <= position and len(between.split()) <= 4 and "," not in between


def _place_before_a_colon(context: _Context, event: Event, inside: list[Mention], start: int, trigger_start: int) -> bool:
    """``Kadıköy'de kuyumcu soygunu: 2 şüpheli yakalandı``: the place belongs to the topic before
    the colon; where the arrest was, the body may tell (``Gebze ilçesinde ... gözaltına alındı``)."""
    colon = context.text.find(":", start, trigger_start)
    if colon < 0 or event.location is None:
        return False
    places = [m.start for m in inside if m.cluster == event.location]
    return bool(places) and all(position < colon for position in places)


def _last_two_titled(context: _Context, before: int) -> list[int]:
    """The last two people named with a title before ``before``, or none."""
    people: list[int] = []
    for mention in reversed([m for m in context.mentions if m.end <= before and m.type == "PER" and m.role]):
        if mention.cluster not in people:
            people.append(mention.cluster)
        if len(people) == 2:
            return people[::-1]
    return []


def _acting_with(subject: Mention | None, sentence_subjects, position: int, by_start: Mapping[int, Mention]) -> list[int] | None:
    """The starts of the names that open the sentence together with ``subject`` before ``position``
    (``Rusya ile Çin, ...``, ``Almanya ve Fransa, ...``; ``Türk Tabipleri Birliği (TTB) ve ...``,
    where the short form is joined), or None."""
    if subject is None:
        return None
    return next((members for start, members in sentence_subjects
                 if start <= position and any(by_start[member].cluster == subject.cluster for member in members)), None)


def _two_people_of(event: Event, context: _Context) -> list[int]:
    """The two people among an act's parties, source and target, or none; for talks, among the
    people named in them too (``X'in Cumhurbaşkanı Y ile telefonda görüştüğünü``)."""
    people = [cluster for cluster in _sides_of(event) if context.entities[cluster].type == "PER"]
    if len(people) < 2 and event.type == "CONSULT":
        people = list(dict.fromkeys([*people, *event.participants.get("persons", [])]))
    return people if len(people) == 2 else []


def _sides_of(event: Event) -> list[int]:
    """An act's parties, source and target, in that order."""
    sides = []
    for role in ("parties", "source", "target"):
        for cluster in event.participants.get(role, []):
            if cluster not in sides:
                sides.append(cluster)
    return sides


def _two_sides_of(event: Event, context: _Context) -> list[int]:
    """The sides of an act of two: its two people, its two states or bodies, or both pairs; or none.
    Talks whose only named part is who attended (``Toplantıya ... temsil etti``) have them as sides."""
    sides = _sides_of(event) or (list(event.participants.get("persons", [])) if event.shape == "symmetric" else [])
    people = [cluster for cluster in sides if context.entities[cluster].type == "PER"]
    others = [cluster for cluster in sides if cluster not in people]
    return sides if len(people) in (0, 2) and len(others) in (0, 2) and len(sides) >= 2 else []


def _the_states_of(sides: list[int], context: _Context, people: bool = False) -> list[int]:
    """Two bodies or a body and a state, no person (a ministry as its country named in the article),
    or with ``people`` two people and nothing else, as the states they are of, when that gives two
    states (a person of no state named keeps the people as they are)."""
    persons = [context.entities[cluster].type == "PER" for cluster in sides]
    if not (all(persons) if people else not any(persons)):
        return sides
    states = states_named(context.entities)
    mapped = list(dict.fromkeys(states.get(context.entities[cluster].country, cluster) for cluster in sides))
    if people and not set(mapped) <= set(states.values()):
        return sides
    return mapped if len(mapped) == 2 else sides


def _the_two_countries_named(context: _Context) -> list[int]:
    """The two countries the article names most often, when a third is named less often than both."""
    counts = Counter(m.cluster for m in context.mentions if (context.entities[m.cluster].key or "").startswith("country:"))
    ranked = counts.most_common(3)
    return [cluster for cluster, _ in ranked[:2]] if len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][1] > ranked[2][1]) else []


def _two_sides_of_a_symmetric_act(event: Event, context: _Context) -> list[int]:
    """The two sides of talks or a clash, not the source and target of an act of one against another;
    a group with no name beside two named sides is one of theirs (``Hint askerleri``)."""
    if event.shape != "symmetric":
        return []
    named = [cluster for cluster in _sides_of(event) if not context.is_group(cluster)]
    return named if len(named) == 2 else _two_sides_of(event, context)


def _a_group_on_both_sides(event: Event, context: _Context) -> list[int]:
    """The one party of talks or a clash, when it is a group with no name: its members on both sides."""
    parties = event.participants.get("parties", []) if event.shape == "symmetric" else []
    return parties if len(parties) == 1 and context.is_group(parties[0]) else []


def _other_side(context: _Context, speaker: int, mentions: list[Mention]) -> list[Mention]:
    """The places among ``mentions`` that stand for a country other than the speaker's."""
    speaker_country = context.country_of(speaker)
    return [m for m in mentions if m.type == "LOC" and context.country_of(m.cluster) not in (None, speaker_country)]


def _a_years_instance(lowered: str, date: Timex) -> bool:
    """``geçen yılki tatbikat``, ``2019'daki zirve``: a year made an adjective names another
    instance of the act, not the one the article tells."""
    word_end = re.match(r"[\w'’]*", lowered[date.end:])
    return len(date.value) == 4 and date.value.isdigit() and (lowered[date.start:date.end] + word_end.group()).endswith("ki")


def _common_words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words between ``start`` and ``end`` that are not capitalised ("Paşinyan" is a name, not a verb)."""
    return [word for word in WORD.finditer(text, start, end) if not word.group()[:1].isupper()]


def _attitudes_to_acts_told_before(context: _Context, events: list[Event], attitude_types, manner: re.Pattern[str], characterised=None,
                                   named_again=None, converb: re.Pattern[str] | None = None,
                                   telling_noun: re.Pattern[str] | None = None) -> None:
    """``Selam, saldırıları kınayarak ...``: condemning an act the article told before, named by
    its noun right before the verb (or only words of manner between: ``saldırıyı şiddetle
    kınayarak``; or, for a verb of characterising, the words that characterise it: ``tatbikatı
    bölgesel barışa yönelik bir tehdit olarak nitelendirdi``), is aimed at whoever did that act;
    an act in a converb (``X'i telefonla arayarak tebrik etti``) is the same hands' step towards the same
    one, who is the attitude's target too, as is one the act told as the attitude's content is done to
    (``göstericilere müdahale edileceği uyarısında bulundu``: the warning is to the protesters)."""
    for event in events:
        if event.type not in attitude_types or event.participants.get("target"):
            continue
        trigger_start = event.evidence[0][0]
        # (a threat read from a condition's consequence has no words of its own)
        gap = characterised[1] if characterised is not None and event.wording and characterised[0].search(event.wording[0]) else manner
        # '"... bir eylem" olarak kınadı': a quoted characterisation and "olarak" before any verb of stance
        quoted = characterised[2] if characterised is not None else None
        for act in events:
            sources = act.participants.get("source", [])
            if act is event or act.shape != "directed":
                continue
            right_before = [(start, end) for start, end in act.evidence if end <= trigger_start and (
                manner.fullmatch(context.lowered, end, trigger_start) or gap.fullmatch(context.lowered, end, trigger_start)
                or (quoted is not None and quoted.fullmatch(context.lowered, end, trigger_start)))]
            told = telling_noun is not None and any(telling_noun.match(context.lowered, end) for _, end in right_before)
            if right_before and (sources or told and act.participants.get("target")):
                stepped = converb is not None and any(converb.search(context.lowered[start:end].split()[-1]) for start, end in right_before)
                for cluster in act.participants.get("target", []) if stepped or told else sources:
                    event.add("target", cluster)
                break
        if not event.participants.get("target") and named_again is not None:
            _attitude_to_an_act_named_again(context, events, event, *named_again, gap)


def _attitude_to_an_act_named_again(context: _Context, events: list[Event], event: Event, named_again, own_words: Mapping[str, str],
                                    gap: re.Pattern[str]) -> None:
    """``İsrail, anlaşmayı eleştirerek``, ``anlaşmayı memnuniyetle karşıladı``: the noun of an act
    told before with no verb of its own (an agreement signed earlier) names it again; the attitude
    is aimed at that act's sides. Some nouns name again only an act told with them (``kararı``)."""
    trigger_start = event.evidence[0][0]
    for kind, noun in named_again.items():
        # 'kararı "düşmanca bir adım" olarak nitelendirdi': a trigger may open with the quoted characterisation
        if not any(gap.fullmatch(context.lowered, found.end(), trigger_start) or re.fullmatch(r"\s*[\"“«]?", context.lowered[found.end():trigger_start])
                   for found in noun.finditer(context.lowered, max(0, trigger_start - 60), trigger_start)):
            continue
        told = [act for act in events if act.type == kind and act is not event and act.evidence[0][0] < trigger_start
                and (act.participants.get("parties") or act.participants.get("source"))
                and (kind not in own_words or any(own_words[kind] in wording for wording in act.wording))]
        if not told:
            continue  # "kararı": a court's ruling told before, else a sanction decided
        for cluster in told[-1].participants.get("parties") or told[-1].participants.get("source", []):
            if cluster not in event.participants.get("source", []):
                event.add("target", cluster)
        return


def _in_a_headline(context: _Context, position: int) -> bool:
    """A line of a few words with no full stop: a title, whose grammar is a headline's."""
    return in_a_headline(context.text, context.sentence_spans, position)


def _joint_owners_act(event: Event, joint_possessors, by_start: dict[int, Mention], lowered: str, trigger_start: int) -> None:
    """``ABD ile Güney Kore'nin önümüzdeki hafta başlayacak ortak tatbikatı``: when the second of
    two joined owners acts, so does the first, a few words before the noun with no comma between."""
    sources = event.participants.get("source", [])
    for position, members in joint_possessors:
        between = lowered[position:trigger_start]
        if position <= trigger_start and "," not in between and len(between.split()) <= OWNER_REACH_WORDS and by_start[members[-1]].cluster in sources:
            for member in members:
                event.add("source", by_start[member].cluster)


def _joined_names(context: _Context, inside: list[Mention], closed_at, appositive: str | None = None,
                  institution: str = "(?!)", group_modifier: str | None = None) -> list[tuple[int, list[int]]]:
    """(position, [start of a, start of b]) for a name joined by "ile" or "ve" to a later one that
    ``closed_at`` accepts (only capitalised words, a country or a title, may stand between the
    conjunction and the second name, or what ``appositive`` matches: ``İsveçli telekomünikasyon şirketi``;
    before a group's word, what ``group_modifier`` matches: ``sağlık sendikaları``)."""
    pairs = []
    for index, first in enumerate(inside):
        if _suffix(context.text, first.end):
            continue
        first_end = _past_a_short_form(context.text, first.end, closing_only=True)
        joint = re.match(rf"(?:\s+{institution})?\s+(?:ile|ve)\s+", context.lowered[first_end:first_end + 30])  # "Kolombiya hükümeti ile"
        if joint is None:
            continue
        for number, second in enumerate(inside[index + 1:]):
            between = context.lowered[first_end + joint.end():second.start]
            # "X ile Yunanistan Göç ve İltica Bakanı Y": "ve" inside the second's title, no other person before it
            named_start = first_end + joint.end()
            capitalised_only = (only_capitalised_in_a_name(context.text, named_start, second.start)
                                if not any(m.type == "PER" for m in inside[index + 1:index + 1 + number])
                                else only_capitalised_before(context.text, named_start, second.start, ve_allowed=False))
            if not (capitalised_only
                    or (appositive is not None and re.fullmatch(appositive, between))
                    or (group_modifier is not None and second.type == GROUP and re.fullmatch(group_modifier, between))):
                break
            if (position := closed_at(first, second)) is not None:
                pairs.append((position, [first.start, second.start]))
                break
    return pairs


def _listed_subjects(context: _Context, inside: list[Mention], focus_particle=None, institution: str = "(?!)") -> list[tuple[int, list[int]]]:
    """``Türkiye, Suudi Arabistan ve İran, iki ülkeyi itidale davet etti``: three or more names
    opening the sentence, parted by commas and a last "ve", the list closed by a comma, a focus
    particle (``Fransa, Almanya ve İngiltere de ... kınadı``) or the word for their governments
    (``Brezilya, Kolombiya ve Meksika hükümetleri ortak açıklama yaparak``), act together."""
    if not inside or not only_capitalised_before(context.text, _sentence_start(context, inside[0].start), inside[0].start):
        return []
    listed = _a_list_from(context.text, inside, 0)
    closed = bool(listed) and (context.text[listed[-1].end:listed[-1].end + 1] == ","
                               or followed_by(focus_particle, context.lowered, listed[-1].end)
                               or re.match(rf"\s+{institution}(?=[\s,])", context.lowered[listed[-1].end:listed[-1].end + 30]) is not None)
    return [(listed[-1].end, [m.start for m in listed])] if closed else []


def _listed_possessors(context: _Context, inside: list[Mention], genitive: re.Pattern[str]) -> list[tuple[int, list[int]]]:
    """``Türkiye, Irak, Katar ve BAE'nin ulaştırma bakanlarının katıldığı toplantıda``: three or more
    names parted by commas and a last "ve", the last in the genitive, own what follows together."""
    found = []
    for index, first in enumerate(inside):
        if any(first.start in members for _, members in found):
            continue
        listed = _a_list_from(context.text, inside, index)
        if listed and genitive.match(_suffix(context.text, listed[-1].end)):
            found.append((suffix_end(context.text, listed[-1].end), [m.start for m in listed]))
    return found


def _ve_right_before(lowered: str, position: int) -> bool:
    """The text right before ``position`` is the conjunction ``ve``."""
    return re.search(r"(?<!\w)ve,?\s*$", lowered[max(0, position - 6):position]) is not None


def _listed_before(context: _Context, inside: list[Mention]) -> list[Mention]:
    """The uninflected names listed before the last of ``inside``, parted by commas and a "ve"
    right before the last (``Rusya, ABD ve Fransa'dan``: Rusya and ABD), short of a name opening
    the sentence before a comma: its subject (``Aoun, ABD ve Fransa'dan``)."""
    last = inside[-1]
    for index in range(len(inside) - 1):  # the longest list first
        listed = _a_list_from(context.text, inside, index, least=2)
        if not listed or listed[-1] is not last:
            continue
        first_start = _sentence_start(context, listed[0].start)
        subject = (len(listed) > 2 and "," not in context.text[first_start:listed[0].start]
                   and only_capitalised_before(context.text, first_start, listed[0].start))
        return listed[1:-1] if subject else listed[:-1]
    return []


def _a_list_from(text: str, inside: list[Mention], index: int, least: int = 3) -> list[Mention]:
    """The names from ``inside[index]`` parted by commas and closed by "ve" before the last, ``least``
    or more of them, uninflected but for the last; none if they make no such list."""
    members = [inside[index]]
    for mention in inside[index + 1:]:
        gap = text[members[-1].end:mention.start]
        if not re.fullmatch(r",\s+|\s+ve\s+", gap):
            return []
        members.append(mention)
        if gap.strip() == "ve":
            return members if len(members) >= least else []
    return []


def _past_a_short_form(text: str, end: int, closing_only: bool = False) -> int:
    """After a name's bracketed short form (``Şirketi (SOCAR)``), or only its closing bracket
    for the short form itself (``(BOTAŞ) ile``)."""
    bracket = re.match(r"\)" if closing_only else r"\s*\([^()\n]{1,12}\)", text[end:end + 16])
    return end + bracket.end() if bracket else end


def _is_a_short_form(text: str, mention: Mention) -> bool:
    """``(SPD)``: the bracketed short form of the name before it."""
    return text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")"


def _last_word(text: str, start: int, end: int) -> str | None:
    """The last word between ``start`` and ``end``, read from the end."""
    for token in reversed(text[start:end].split()):
        words = WORD.findall(token)
        if words:
            return words[-1]
    return None


def _without_quoted(text: str) -> str:
    """``Çin'in "tehlikeli ve istikrarı bozucu" eylemlerini``: the words quoted inside a phrase left out."""
    return re.sub(r'["“][^"”]{0,80}["”]\s*', "", text)


def _tells_the_line(text: str, mention: Mention) -> bool:
    """A name opening a line (a masked header before it is blank), then a colon (``MSB: ...``)."""
    return text[mention.end:mention.end + 1] == ":" and not text[text.rfind("\n", 0, mention.start) + 1:mention.start].strip()


def _sentence_start(context: _Context, position: int) -> int:
    return max((s.start for s in context.sentence_spans if s.start <= position), default=0)


def _sentence_end(context: _Context, position: int) -> int:
    sentence = sentence_at(context.sentence_spans, position)
    return sentence.end if sentence is not None else len(context.text)


def _quote_at(quotes, position: int):
    return next((quote for quote in quotes if quote.start <= position < quote.end), None)


def _quote_region(quotes, position: int):
    quote = _quote_at(quotes, position)
    return quote.start if quote is not None else None


def _a_fragment_in_a_clause(context: _Context, quote, told_clause_end: re.Pattern[str] | None = None) -> bool:
    """``quote`` is a few words inside a sentence that goes on around it, or the end of a clause it
    tells (``İran'ın "çok ağır bir bedel ödeyeceğini" söyledi``), not a quoted sentence of its own
    (after a colon or opening the sentence)."""
    sentence_start = _sentence_start(context, quote.start)
    before = context.text[sentence_start:quote.start].rstrip(" \"“'‘«")
    words = quote.text.split()
    told = told_clause_end is not None and bool(words) and told_clause_end.search(turkish_lower(words[-1])) is not None
    return (len(words) <= FRAGMENT_WORDS or told) and bool(before.strip()) and not before.endswith(":")


def _name_after_conjunction(text: str, position: int) -> bool:
    """``Tahran ile İsfahan``: a capitalised word follows the conjunction after the name."""
    following = re.match(r"\s*\w+\s+(\w)", text[position:position + 40])
    return following is not None and following.group(1).isupper()


def _right_before(text: str, end: int, position: int) -> bool:
    """Only spaces stand between ``end`` and ``position``."""
    return end <= position and not text[end:position].strip()


def _suffix(text: str, end: int) -> str:
    return suffix_after(text, end).lower()


def _more_specific(candidate: int, current: int, kind_of) -> bool:
    return PLACE_SPECIFICITY.get(kind_of(candidate), 9) < PLACE_SPECIFICITY.get(kind_of(current), 9)


def _nearer_the_act(candidate: int, current: int, kind_of, country_of) -> bool:
    """A place of a more specific kind, or one no table knows (``Kuzey Kordofan``, ``Arauca``) in
    the country told."""
    return _more_specific(candidate, current, kind_of) or (
        kind_of(candidate) is None and kind_of(current) == "country" and country_of(candidate) is not None
        and country_of(candidate) == country_of(current))


# -- one event per real-world event within an article ----------------------------------------

OWNED_PHRASE_WORDS = 5  # "ait bir balıkçılık denetim gemisine": the words read for the phrase a name owns
AIMED_ACT_WORDS = 3  # "sivillere yönelik toplu öldürmelerden": the words after "yönelik" read for the act aimed
TALLY_WINDOW = 30  # characters before an act's noun read for a number counting such acts


STATE_KINDS = frozenset({"country", "ministry", "government body", "seat of government", "government"})


def protests_of_states_accuse(mentions: list[Event], entities) -> None:
    """A state, its government or a ministry that protests (``Dışişleri Bakanlığı ... olayı protesto
    etti``, ``summoned the ambassador to protest the incident``) lodges a diplomatic protest: it
    accuses, it does not take to the streets."""
    for mention in mentions:
        sources = mention.participants.get("source", [])
        if mention.type == "PROTEST" and sources and all(_a_state_body(entities[cluster]) for cluster in sources):
            mention.type = "ACCUSE"


def no_threat_to_ones_own_country(mentions: list[Event], entities) -> None:
    """``Araqchi warned that the agreement would be void if Iran were attacked``: the country the
    clause names is the threatening side's own, so no target of its threat."""
    for mention in mentions:
        if mention.type != "THREATEN":
            continue
        targets = mention.participants.get("target", [])
        # (a name read both ways is left to the reading that drops it from the sources)
        own = {entities[cluster].country for cluster in mention.participants.get("source", []) if entities[cluster].type != GROUP and cluster not in targets}
        mention.participants["target"] = [c for c in targets if not (entities[c].kind == "country" and entities[c].country in own)]
        if not mention.participants["target"]:
            del mention.participants["target"]


def no_forces_moved_as_targets(mentions: list[Event], entities) -> None:
    """``yedek askerleri göreve çağırdı``, ``deploy troops in southern Syria``: the forces a side
    mobilises are what it moves, not whom the move is aimed at (another country's are)."""
    for mention in mentions:
        if mention.type == "MOBILIZE":
            own = {entities[cluster].country for cluster in mention.participants.get("source", [])}
            for cluster in [c for c in mention.participants.get("target", [])
                            if entities[c].kind in STATE_FORCES and entities[c].country in (own | {None})]:
                mention.participants["target"].remove(cluster)
            if "target" in mention.participants and not mention.participants["target"]:
                del mention.participants["target"]


def _a_state_body(entity) -> bool:
    return entity.kind in STATE_KINDS or (entity.key or "").startswith("org:ministry-of-")


def places_not_sides(events: list[Event], entities, waters: frozenset[str]) -> list[Event]:
    """A sea or a river read as a side of an act is a misreading: it neither acts nor is acted on;
    nor is a region of no country that forces move to or train in (``drills on the Korean
    Peninsula``). Read as its target, either is where the act happens when nothing else is (``a
    missile fired into the Sea of Japan``); read as who acts, it is nowhere the act is."""
    for event in events:
        for cluster in [c for members in event.participants.values() for c in members
                        if entities[c].key in waters or event.type == "MOBILIZE" and _a_stateless_region(entities[c])]:
            if event.location is None and cluster in event.participants.get("target", []):
                event.location = cluster
            event.drop(cluster)
    return events


def claims_joined_to_their_attack(events: list[Event], claim: re.Pattern[str]) -> list[Event]:
    """``Saldırıyı BLA üstlendi``, ``The BLA claimed responsibility for the attack``: a claim, told
    after an attack of its day and place, names who carried that attack out; it is no attack of its own."""
    kept: list[Event] = []
    for event in events:
        # the claim's sentence alone tells of it ("Saldırıyı ... üstlendi": the attack's noun is the claim's object)
        claimed = event.type == "ASSAULT" and len(event.sentences) == 1 and any(claim.search(words) for words in event.wording)
        attack = next((earlier for earlier in reversed(kept) if earlier.type == "ASSAULT" and earlier.status == event.status
                       and not (earlier.date and event.date and not _dates_overlap(earlier.date, event.date))), None) if claimed else None
        if attack is None or event.participants.get("target"):
            kept.append(event)
            continue
        for cluster in event.participants.get("source", []):
            attack.add("source", cluster)
        attack.evidence = sorted({*attack.evidence, *event.evidence})
        attack.sentences |= event.sentences
        attack.wording.extend(event.wording)
    return kept


def states_named(entities) -> dict[str, int]:
    """The article's countries by their code: the entity of each state it names."""
    return {entity.country: index for index, entity in enumerate(entities) if entity.type == "LOC" and entity.kind == "country" and entity.country}


def stated_country_of_groups(entities):
    """For ``merge_mentions``: the country the text states for a group (by a nationality or an owner), else None."""
    return lambda cluster: entities[cluster].hint if entities[cluster].type == GROUP else None


def capitals_for_their_states(events: list[Event], entities, is_capital) -> list[Event]:
    """A capital that acts, or is acted on by word (``Rabat'ı suçladı``, ``Beijing opposed``), stands
    for its state, when the article names that state; one struck, entered or sent aid is the city
    itself, and one that is where the act happens is only that."""
    states = states_named(entities)
    for event in events:
        for role, members in event.participants.items():
            if role == "persons" or (role == "target" and event.type in PLACE_TARGET_TYPES):
                continue
            for position, cluster in enumerate(members):
                state = states.get(entities[cluster].country)
                if cluster != event.location and state is not None and is_capital(entities[cluster].key):
                    members[position] = state
            event.participants[role] = list(dict.fromkeys(members))
    return events


def _a_stateless_region(entity) -> bool:
    return entity.type == "LOC" and entity.kind == "region" and not entity.country


def one_side(entities, a: int, b: int) -> bool:
    """One body is part of the other (``AB Konseyi`` and the EU)."""
    return entities[a].part_of == b or entities[b].part_of == a


def named_apart(entities, a: int, b: int) -> bool:
    """Two people or bodies, neither a place standing for its state: sharing a country does
    not make them one side (an employers' union and a minister each calling on the sides)."""
    first, second = entities[a], entities[b]
    if a == b or one_side(entities, a, b) or (first.key is not None and first.key == second.key):
        return False
    # "Yargıtay" and "Yargıtay 5. Ceza Dairesi": the one's name opens the other's
    shorter, longer = sorted((fold(first.name).split(), fold(second.name).split()), key=len)
    return longer[:len(shorter)] != shorter and first.type in ("PER", "ORG") and second.type in ("PER", "ORG")


def merge_mentions(mentions: list[Event], country_of, kind_of, is_group=lambda cluster: False,
                   reversible: Mapping[str, re.Pattern[str]] = MappingProxyType({}), group_country_of=lambda cluster: None,
                   today: date | None = None, one_side=lambda a, b: False, named_apart=lambda a, b: False,
                   stated_country_of=lambda cluster: None) -> list[Event]:
    """Fold mentions of one event together; a mention without a predicate only adds evidence,
    and taking part (``yer alacak``) joins the event told nearby even when it names one side;
    a bare noun dated after the article's ``today`` tells of no act that has occurred."""
    events: list[Event] = []
    parts_alone: set[int] = set()  # id() of the events only taking part has told of so far
    for mention in sorted(mentions, key=lambda m: (m.status is None, m.kind == "part")):
        best = _best_match(events, mention, country_of, is_group, anyone=lambda c: is_group(c) and kind_of(c) == CIVILIANS, reversible=reversible,
                           group_country_of=group_country_of, one_side=one_side, named_apart=named_apart, kind_of=kind_of,
                           stated_country_of=stated_country_of)
        if best is not None and mention.status is None and not _shares_something(best, mention, country_of) and not (
                _says_nothing_else(mention) and (sum(event.type == mention.type for event in events) == 1 or _told_just_before(best, mention))):
            # a bare noun shares nothing with that event: it is not evidence for it, but may name the act told before it
            best = _the_one_told_before(events, mention, country_of) if _says_nothing_else(mention) else None
        if best is not None and mention.status is None and best.status == "occurred" and dated_after(mention.date, today):
            best = None  # "telefonda görüştü ... önümüzdeki ay yüz yüze görüşmesinin": another meeting, still to come
        if (best is not None and mention.status is not None and best.date is None and best.kind == "verb" and best.status == "occurred"
                and _ended_before_the_story(mention.date, today)):
            best = None  # "kabul etti ... 2024'te başlatılan müzakereler": talks begun years ago are not today's meeting
        if best is not None:
            _absorb(best, mention, kind_of, evidence_only=mention.status is None, reversible=reversible, country_of=group_country_of)
            if mention.kind != "part":
                parts_alone.discard(id(best))
        elif mention.status is not None:
            events.append(mention)
            if mention.kind == "part":
                parts_alone.add(id(mention))
    # "IMF heyetine başkanlık eden X, ... açıklamada": heading a delegation, with no talks told, is no talks
    events = [event for event in events if id(event) not in parts_alone]
    for event in events:
        event.evidence.sort()
        if event.shape == "directed" and event.type == "CONSULT" and event.participants.get("parties") and not event.participants.get("target"):
            # "Guterres will host a meeting ... X and Y will attend": who convenes the others' talks stands between them
            for cluster in event.participants.pop("source", []):
                if cluster not in event.participants["parties"]:
                    event.add("mediator", cluster)
        parties = event.participants.get("parties", [])
        if event.location in parties and len(parties) > 2 and kind_of(event.location) == "city":
            event.drop(event.location)  # "visits Tehran, meets Pezeshkian": the town visited is where they met, no side
        if event.shape == "symmetric" and event.participants.get("parties"):
            # talks between parties have no source and target; a speaker's "X ile görüşmeler" told
            # in passing must not make them a directed act
            event.participants.pop("source", None)
            event.participants.pop("target", None)
    return sorted(events, key=lambda e: e.evidence[0])


def planned_when_dated_after(events: list[Event], today: date | None) -> None:
    """``Kabine yarın toplanıyor``, ``called for more protests next week``: an act told as
    happening but dated after the article is still to come."""
    for event in events:
        if event.status == "occurred" and dated_after(event.date, today):
            event.status = "planned"


def dated_after(timex: Timex | None, today: date | None) -> bool:
    """The time expression begins after ``today``: what it dates is still to come."""
    return timex is not None and today is not None and timex.interval is not None and timex.interval[0] > today.isoformat()


def _hands_named(event: Event) -> bool:
    """Whoever did it is named: a source, or the parties of a clash."""
    return bool(event.participants.get("source") or event.participants.get("parties"))


def _told_just_before(event: Event, mention: Event) -> bool:
    """``... toplantısını verimli buldu. Marinakis, toplantıda ...``: the act told in the sentence before."""
    return min(mention.sentences) - 1 in event.sentences


def _the_one_told_before(events: list[Event], mention: Event, country_of) -> Event | None:
    """``... köye saldırdı. ... OCHA, saldırıyı kınayarak ...``: the act of the noun's type told
    last before it, when the acts of that type told before are by hands of one country, as far as
    their countries are known (a headline's ``HDK``, the lead's ``Hızlı Destek Kuvvetleri``), though
    another is told later in the article (``süren çatışmalarda``). Acts by two countries' hands
    told before leave the noun unresolved."""
    # (an offer, "ev sahipliği yapmaya hazır", is no act a noun names again: "görüşmenin yapıcı geçtiğini" is the call's)
    before = [other for other in events if other.type == mention.type and min(other.sentences) < min(mention.sentences)
              and other.status != "conditional" and (other.mode == RETALIATION) == (mention.mode == RETALIATION)]
    hands = [cluster for other in before for cluster in other.participants.get("source") or other.participants.get("parties") or ()]
    if not hands or len({country_of(cluster) for cluster in hands} - {None}) > 1:
        return None
    return max(before, key=lambda other: max(other.sentences))


def _says_nothing_else(mention: Event) -> bool:
    """A bare noun with no one, no place and no date of its own ("görüşmede ... ele alındı"):
    in an article that tells of one such event, it is that event."""
    named = any(members for role, members in mention.participants.items() if role != "persons")  # a person merely nearby says nothing
    return not named and mention.location is None and mention.date is None


def _shares_something(event: Event, mention: Event, country_of) -> bool:
    """Same sentence, a shared country, or a participant from the country the event took place in
    (``Umman'ın müzakerelere ev sahipliği`` and talks held in Muscat)."""
    if event.sentences & mention.sentences or event.countries(country_of) & mention.countries(country_of):
        return True
    return event.location is not None and country_of(event.location) in mention.countries(country_of)


def _best_match(events: list[Event], mention: Event, country_of, is_group=lambda cluster: False, anyone=lambda cluster: True,
                reversible: Mapping[str, re.Pattern[str]] = MappingProxyType({}), group_country_of=lambda cluster: None,
                one_side=lambda a, b: False, named_apart=lambda a, b: False, kind_of=lambda cluster: None,
                stated_country_of=lambda cluster: None) -> Event | None:
    scored = []
    for order, event in enumerate(events):
        if not compatible(event, mention, country_of, relaxed=mention.kind == "part" or mention.status is None, is_group=is_group,
                          anyone=anyone, reversible=reversible, group_country_of=group_country_of, one_side=one_side, named_apart=named_apart,
                          kind_of=kind_of, stated_country_of=stated_country_of):
            continue
        score = 3 * bool(event.sentences & mention.sentences)
        score += 2 * len(event.countries(country_of) & mention.countries(country_of))
        score += 2 * bool(event.date and mention.date and event.date.value == mention.date.value)
        score += bool(event.location is not None and event.location == mention.location)
        score += event.shape == mention.shape
        # "İsrail'in saldırılarının" told after Israel's attack and Hezbollah's strike on Israel is Israel's
        score += 2 * bool(event.countries(country_of, ("source", "parties")) & mention.countries(country_of, ("source", "parties")))
        score -= 3 * (event.shape == mention.shape == "directed" and _sides_reversed(event, mention, country_of))
        # a bare noun names an act told before it ("telefonda görüştü ... Görüşmede ... ele alındı"), not one told only later
        score -= 3 * (mention.status is None and min(event.sentences) > max(mention.sentences))
        # a tie goes to the event told nearest, then to the one told first ("X heyetine başkanlık
        # ediyor" joins the talks it follows, not last month's told after it)
        distance = min((abs(a - b) for a in event.sentences for b in mention.sentences), default=0)
        scored.append((score, -distance, -order, event))
    return max(scored, key=lambda item: item[:3])[3] if scored else None


def compatible(event: Event, mention: Event, country_of, relaxed: bool = False, is_group=lambda cluster: False,
               anyone=lambda cluster: True, reversible: Mapping[str, re.Pattern[str]] = MappingProxyType({}),
               group_country_of=lambda cluster: None, one_side=lambda a, b: False, named_apart=lambda a, b: False,
               kind_of=lambda cluster: None, stated_country_of=lambda cluster: None) -> bool:
    if event.type != mention.type or "conditional" in (event.status, mention.status) or event.recalled != mention.recalled:
        return False
    if event.aside != mention.aside and not _told_again_of_the_aside(event, mention):
        return False
    if event.earlier != mention.earlier and (event.date is None or mention.date is None):
        return False  # today's undated call is not last month's visit told in the pluperfect
    if (event.mode == RETALIATION) != (mention.mode == RETALIATION):
        return False  # "Türk üssüne saldırı ... TSK karşılık vererek hedefleri vurdu": the answer is an act of its own
    if {event.mode, mention.mode} == {UNREST, None} and (event.sentences & mention.sentences or not _hands_named(
            event if event.mode is None else mention)):
        pass  # "police fired tear gas ..., and three people were killed", "Three killed as police ...": one crackdown
    elif mention.mode and event.mode != mention.mode and (event.mode or mention.status is None):
        return False  # an investigation opened last year and today's sentence; "soruşturmaları eleştirdi" is no investigation
    elif event.mode != mention.mode and mention.status is not None and mention.kind != "part":
        return False  # "karara tepki gösterdi": criticising a sentence or an investigation is neither
    if event.standing != mention.standing and mention.status is not None:
        return False  # the clashes going on since 2023 are not the air strikes condemned today
    if mention.status is not None and (event.status in FUTURE_STATUSES) != (mention.status in FUTURE_STATUSES):
        return False
    if mention.status is not None and (event.status == "negated") != (mention.status == "negated"):
        return False  # "masaya oturmayacağız" is not the talks going on since 2022
    if event.date and mention.date and not _dates_overlap(event.date, mention.date):
        return False
    if event.location is not None and mention.location is not None:
        a, b = country_of(event.location), country_of(mention.location)
        if a and b and a != b:
            return False
    if relaxed:
        return True
    if different_casts(_sides_people(event), _sides_people(mention)):
        return False
    if event.shape == mention.shape == "symmetric":
        # a mediator is no side: "müzakerelerin Umman'ın arabuluculuğunda yürütüleceğini" tells of the Iran-US talks
        mine, theirs = _sides_countries(event, country_of), _sides_countries(mention, country_of)
        if different_sides(mine, theirs):
            return False
        return not mine or not theirs or bool(mine & theirs)
    if reversible.get(event.type) is not None and _both_sides(event) == _both_sides(mention) and any(
            reversible[event.type].search(words) for words in (*event.wording, *mention.wording)):
        return True  # "Fidan, Aliyev ile görüştü" and "Fidan, Aliyev tarafından kabul edildi": one meeting, told either way round
    if _sides_reversed(event, mention, country_of) or _one_acts_on_the_other(event, mention, anyone) or _an_outsider_acts(event, mention, country_of) or _an_outsider_acts(mention, event, country_of):
        return False
    for role in ("source", "target"):
        mine, theirs = event.countries(country_of, (role,)), mention.countries(country_of, (role,))
        if mine and theirs and not mine & theirs:
            return False
        # a group with no name ("işçiler") may be the body named elsewhere ("Sendika üyesi işçiler")
        who = {c for c in event.participants.get(role, []) if not is_group(c)}
        whom = {c for c in mention.participants.get(role, []) if not is_group(c)}
        if who and whom and not who & whom and not any(one_side(a, b) for a in who for b in whom) and (
                not (mine and theirs) or not event.sentences & mention.sentences and all(named_apart(a, b) for a in who for b in whom)):
            return False  # different actors, and no shared country or body to say they are one side
        if role == "source" and _a_countrys_group_and_a_body_of_none(event, mention, country_of, group_country_of, is_group):
            return False  # Serbia's protesters and the EU: a group of one country is no body that belongs to none
        if role == "source" and _groups_of_other_countries(event, mention, group_country_of, is_group):
            return False  # Cambodian troops firing rockets and Thai jets striking back: each side's own act
        if role == "source" and (_a_stated_group_and_named_others(event, mention, stated_country_of, country_of, is_group)
                                 or _a_stated_group_and_named_others(mention, event, stated_country_of, country_of, is_group)):
            return False  # China's military drilling and Taiwan's defence ministry putting its forces on alert
        if role == "source" and _a_force_and_its_foes(event, mention, kind_of, is_group):
            return False  # gunmen attacking a train and security forces killing militants in the operation after it
        people = who & set(event.participants.get("persons", [])), whom & set(mention.participants.get("persons", []))
        if all(people) and not people[0] & people[1]:
            return False  # the president and the opposition leader of one country each accusing: two acts
    return True


def asides_where_their_meeting_was(events: list[Event]) -> None:
    """``Brüksel'deki toplantıya katılan X, marjında Y ile görüştü``: talks on the margins of a
    meeting told before, with no place of their own, are where that meeting was."""
    for index, event in enumerate(events):
        if event.aside and event.location is None:
            meeting = next((earlier for earlier in reversed(events[:index]) if earlier.type == event.type and not earlier.aside
                            and min(earlier.sentences) < min(event.sentences)), None)
            if meeting is not None and meeting.location is not None and meeting.status == event.status:
                event.location = meeting.location


def _told_again_of_the_aside(event: Event, mention: Event) -> bool:
    """``Fidan, Rubio ile görüşmesinde``, told after the talks on the summit's margins: only people
    of those talks, named again with a verb of their own, tell of them again; the summit itself
    (``zirve marjında``) is another meeting."""
    people = set(_sides_people(mention))
    return event.aside and not mention.aside and mention.status is not None and bool(people) and people <= set(_sides_people(event))


def _sides_people(event: Event) -> list[int]:
    """The people of an act who are no mediator: whoever hosts talks is no cast of them."""
    mediators = event.participants.get("mediator", [])
    return [cluster for cluster in event.participants.get("persons", []) if cluster not in mediators]


def _sides_countries(event: Event, country_of) -> set[str]:
    """The countries of the sides of talks: their parties, source, target and people, not who hosts them."""
    return event.countries(country_of, ("parties", "source", "target")) | {country for cluster in _sides_people(event) if (country := country_of(cluster))}


def _a_stated_group_and_named_others(event: Event, mention: Event, stated_country_of, country_of, is_group) -> bool:
    """The sources of one are all groups whose country the text states (by a nationality or an
    owner), of the other all named actors of other countries."""
    mine, theirs = event.participants.get("source", []), mention.participants.get("source", [])
    stated = {stated_country_of(c) for c in mine}
    named = {country_of(c) for c in theirs}
    return (bool(mine) and all(is_group(c) for c in mine) and None not in stated
            and bool(theirs) and not any(is_group(c) for c in theirs) and None not in named and not stated & named)


def _a_force_and_its_foes(event: Event, mention: Event, kind_of, is_group) -> bool:
    """The groups among the sources of one are all a state's forces, of the other all armed groups
    outside the state (a body named beside them, the claimant of an attack, says nothing of it)."""
    def kinds(act: Event) -> frozenset[str | None]:
        return frozenset(kind_of(c) for c in act.participants.get("source", []) if is_group(c))

    mine, theirs = kinds(event), kinds(mention)
    return bool(mine and theirs) and ((mine <= ARMED_STATE_SECTORS and theirs <= OUTLAW_SECTORS)
                                      or (mine <= OUTLAW_SECTORS and theirs <= ARMED_STATE_SECTORS))


def _groups_of_other_countries(event: Event, mention: Event, group_country_of, is_group) -> bool:
    """The sources of both are all groups of a country, and no country is both's."""
    def countries(act: Event) -> set[str]:
        side = act.participants.get("source", [])
        found = {group_country_of(c) for c in side}
        return found if side and all(is_group(c) for c in side) and None not in found else set()

    mine, theirs = countries(event), countries(mention)
    return bool(mine) and bool(theirs) and not mine & theirs


def _a_countrys_group_and_a_body_of_none(event: Event, mention: Event, country_of, group_country_of, is_group) -> bool:
    """The sources of one are all groups of a country, of the other all named bodies (no person) of no country."""
    def only_groups_of_a_country(act: Event) -> bool:
        side = act.participants.get("source", [])
        return bool(side) and all(is_group(c) and group_country_of(c) for c in side)

    def only_bodies_of_none(act: Event) -> bool:
        side, people = act.participants.get("source", []), act.participants.get("persons", [])
        return bool(side) and all(not is_group(c) and c not in people and country_of(c) is None for c in side)

    return (only_groups_of_a_country(event) and only_bodies_of_none(mention)) or (only_groups_of_a_country(mention) and only_bodies_of_none(event))


def _both_sides(event: Event) -> set[int]:
    return {*event.participants.get("source", []), *event.participants.get("target", [])}


def _an_outsider_acts(clash: Event, act: Event, country_of) -> bool:
    """A directed act whose source is none of a clash's parties, by name or country, is another
    act: the police stepping into a fight between fans did not fight."""
    parties, sources = set(clash.participants.get("parties", [])), set(act.participants.get("source", []))
    if clash.shape != "symmetric" or act.shape != "directed" or not parties or not sources or parties & sources:
        return False
    return not clash.countries(country_of, ("parties",)) & act.countries(country_of, ("source",))


def _sides_reversed(event: Event, mention: Event, country_of) -> bool:
    """One's target is the other's source and not also its target: the Dutch envoy summoned
    and the Dutch minister condemning are two acts, not one."""
    sources = event.countries(country_of, ("source",)), mention.countries(country_of, ("source",))
    targets = event.countries(country_of, ("target",)), mention.countries(country_of, ("target",))
    return bool((targets[0] & sources[1] and not targets[0] & targets[1]) or (sources[0] & targets[1] and not sources[0] & sources[1]))


def _one_acts_on_the_other(event: Event, mention: Event, anyone) -> bool:
    """The same actor is the source of one and the target of the other: the police stepping in
    (``Polis, gruba biber gazıyla müdahale etti``) and the police hurt (``olaylarda 12 polis
    yaralandı``) are two acts. Not for people named only as people (``iki kişi ateş açtı``,
    ``1 kişi yaralandı``): they are two sets of people."""
    who = [set(e.participants.get("source", [])) for e in (event, mention)]
    whom = [set(e.participants.get("target", [])) for e in (event, mention)]
    crossed = ((who[0] & whom[1]) - who[1] - whom[0]) | ((whom[0] & who[1]) - whom[1] - who[0])
    return any(not anyone(cluster) for cluster in crossed)


def different_sides(mine: set[str], theirs: set[str]) -> bool:
    """Both name two countries or more and neither names all of the other's: Turkey-Azerbaijan
    and Azerbaijan-Armenia talks share one side and are two meetings."""
    return len(mine) >= 2 and len(theirs) >= 2 and not (mine <= theirs or theirs <= mine)


MIN_CAST = 2  # people named on each side before two disjoint casts mean two different meetings


def different_casts(people: list, theirs: list) -> bool:
    """Both mentions name who took part, and nobody is in both: different meetings. One person
    named in one sentence and another in the next may still be one meeting's two sides."""
    return len(set(people)) >= MIN_CAST and len(set(theirs)) >= MIN_CAST and not set(people) & set(theirs)


def _ended_before_the_story(timex: Timex | None, today: date | None) -> bool:
    """The time ends more than the story's week before ``today``."""
    return timex is not None and timex.interval is not None and today is not None and timex.interval[1] < _the_storys_week_start(today)


def _the_storys_week_start(today: date) -> str:
    """The ISO day ``DAYS_OF_THE_STORY`` days before ``today``: an act begun since is the story's own."""
    return (today - timedelta(days=DAYS_OF_THE_STORY)).isoformat()


def _begun_this_week(timex: Timex, today: date | None) -> bool:
    """The time begins within the week before ``today`` (intervals are ISO days, compared as text, as in ``dated_after``)."""
    return (timex.interval is not None and today is not None
            and _the_storys_week_start(today) <= timex.interval[0] <= today.isoformat())


def _dates_overlap(a: Timex, b: Timex) -> bool:
    if a.interval and b.interval:
        return a.interval[0] <= b.interval[1] and b.interval[0] <= a.interval[1]
    return a.value == b.value


def _absorb(event: Event, mention: Event, kind_of, evidence_only: bool = False,
            reversible: Mapping[str, re.Pattern[str]] = MappingProxyType({}), country_of=lambda cluster: None) -> None:
    own_sentence = mention.sentences <= event.sentences
    event.evidence.extend(mention.evidence)
    event.wording.extend(mention.wording)
    event.sentences |= mention.sentences
    if evidence_only:
        for cluster in mention.participants.get("mediator", []):
            event.add("mediator", cluster)
        if own_sentence and event.shape == "directed" and not event.participants.get("target"):
            for cluster in mention.participants.get("target", []):
                event.add("target", cluster)  # "İsrail'in saldırılarını protesto etmek için toplanan": the aim names whom it is against
        return
    event.mode = event.mode or mention.mode
    if STATUS_RANK[mention.status] < STATUS_RANK.get(event.status, 9):
        event.status = mention.status
    if mention.date and (event.date is None or _span_days(mention.date) < _span_days(event.date)):
        event.date = mention.date
    if mention.location is not None and (event.location is None or (event.topic_place and not mention.topic_place)
                                         or _nearer_the_act(mention.location, event.location, kind_of, country_of)):
        event.location, event.topic_place = mention.location, mention.topic_place
    sides = _both_sides(event) if reversible.get(event.type) is not None else set()
    for role, clusters in mention.participants.items():
        for cluster in clusters:
            if role in ("source", "target") and cluster in sides:
                continue  # a side already in the event keeps its role: "X, Y ile görüştü" then "Y tarafından kabul edildi"
            event.add(role, cluster)


def _span_days(timex: Timex) -> int:
    from datetime import date

    if not timex.interval:
        return 10_000
    return (date.fromisoformat(timex.interval[1]) - date.fromisoformat(timex.interval[0])).days


def _inherit_for_outcomes(events: list[Event], outcome_types) -> None:
    """An agreement told in the sentence that ends the talks happened at the talks; one that names
    no one at all (``Bakanlar, ... konusunda uzlaştı``) was reached by the sides of the talks told
    last before it, and a meeting planned in its sentence is theirs too."""
    for outcome in events:
        if outcome.type not in outcome_types:
            continue
        talks = next((e for e in events if e.type == "CONSULT" and e.sentences & outcome.sentences and e.status == "occurred"), None)
        if talks is None and not any(outcome.participants.values()):
            talks = next((e for e in reversed(events) if e.type == "CONSULT" and e.status == "occurred" and _sides_of(e)
                          and min(e.sentences) < min(outcome.sentences)), None)
            if talks is not None:
                _the_sides_plan_their_next_meeting(events, outcome, _sides_of(talks))
        if talks is None:
            continue
        outcome.date = outcome.date or talks.date
        outcome.location = outcome.location if outcome.location is not None else talks.location
        if not outcome.participants.get("parties"):
            for cluster in _sides_of(talks):  # "X ile bir araya geldi. Görüşmede ... anlaşmaya varıldı": both sides agreed
                outcome.add("parties", cluster)
                if cluster in talks.participants.get("persons", []):
                    outcome.add("persons", cluster)
            if outcome.shape == "symmetric":  # sides of a deal are its parties, not its source or target
                for cluster in outcome.participants.get("parties", []):
                    for role in ("source", "target"):
                        if cluster in outcome.participants.get(role, []):
                            outcome.participants[role].remove(cluster)
                outcome.participants = {role: members for role, members in outcome.participants.items() if members}


def _the_sides_plan_their_next_meeting(events: list[Event], outcome: Event, sides: list[int]) -> None:
    """``... bir sonraki toplantının Doha'da yapılması konusunda uzlaştı``: a meeting planned in the
    sentence of the sides' agreement, naming no one, is theirs."""
    for planned in events:
        if planned.type == "CONSULT" and planned.status == "planned" and planned.sentences & outcome.sentences and not _sides_of(planned):
            for cluster in sides:
                planned.add("parties", cluster)


def _share_standing_mediators(events: list[Event], country_of) -> None:
    """"Taraflar arasında arabuluculuk yapan X" describes a standing role: X mediates every
    round of talks between the same parties that the article tells."""
    for event in events:
        for other in events:
            if other is event or other.type != event.type or not other.participants.get("mediator"):
                continue
            parties = event.countries(country_of, ("parties",))
            if parties and parties == other.countries(country_of, ("parties",)):
                for cluster in other.participants["mediator"]:
                    if country_of(cluster) not in parties:
                        event.add("mediator", cluster)
