"""Read one language's data files into frozen lookup tables, once per pipeline."""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from gundem.analysis.lang.build_places import CITY_MIN_POPULATION
from gundem.analysis.text import fold, reads_as_stem_and_ending
from gundem.readers.language import SUPPORTED

KIND_PRIORITY = {"country": 0, "region": 1, "city": 2, "province": 3, "district": 4}


def _split_at_apostrophe(word: str) -> tuple[str, str, str]:
    """``abd'li`` → (``abd``, ``'``, ``li``); a word with no apostrophe → (word, "", "")."""
    return tuple(re.split(r"(['’‘ʼ])", word, maxsplit=1)) if re.search(r"['’‘ʼ]", word) else (word, "", "")


@dataclass(frozen=True, slots=True)
class KnownName:
    """A place or organisation the tables know, under one of its names."""

    key: str
    type: str  # LOC or ORG
    kind: str
    country: str | None
    english_name: str
    population: int = 0
    capital: bool = False


@dataclass(frozen=True, slots=True)
class GroupWord:
    """A word for a group that acts in the news without a name (``polis``, ``göstericiler``)."""

    lemma: str
    label: str  # in English: "police"
    sector: str  # the kind of actor: "police", "protesters", "military"
    plural_only: bool  # a group only in the plural or when counted ("şüpheliler", "12 şüpheli")
    owned_only: bool = False  # a group only with the country or body it belongs to named before it ("Yunan unsurları")


@dataclass(frozen=True, slots=True)
class LanguageResources:
    lang: str
    known_names: Mapping[str, KnownName]  # folded name → entry
    known_by_key: Mapping[str, KnownName]
    longest_known_name: int  # in tokens
    titles: Mapping[tuple[str, ...], str]  # folded title tokens → English role
    title_words: frozenset[str]  # every folded word of a title
    longest_title: int
    title_openers: frozenset[str]  # folded first words of titles ("basbakan", "disisleri")
    title_closers: frozenset[str]  # folded last words of titles ("bakani"): "Başbakanı ve Dışişleri Bakanı"
    title_joins: frozenset[tuple[str, str, str]]  # ("hazine", "ve", "maliye"): a conjunction inside a title
    title_abbreviations: frozenset[str]  # "prof", "dr": title words written with a full stop ("Prof. Dr.")
    place_titles: frozenset[tuple[str, ...]]  # "ilce baskani": the word before names a place ("Mamak İlçe Başkanı")
    posting_titles: frozenset[tuple[str, ...]]  # "buyukelcisi": the place before is where the envoy serves
    peer_titles: frozenset[str]  # folded "mevkidasi": the holder has the office of the person named before
    address_titles: frozenset[str]  # folded "seyh": a form of address, after an office no role of its own
    organization_heads: Mapping[str, str]  # folded last word → English
    organization_heads_before_of: frozenset[str]  # folded "ministry", "center": they open a name before "of" or "for" too (English)
    head_holders: Mapping[str, str]  # folded "bakanligi" → "bakani": the title of the one who heads the body
    countries_named_with_the: frozenset[str]  # "USA": "of the United States"
    waters: frozenset[str]  # keys of seas and rivers: places, never actors
    known_by_english_name: Mapping[str, KnownName]  # English name (see body_named_in_english) → listed organisation
    organization_cues: tuple[tuple[str, ...], ...]
    organization_cues_before: tuple[tuple[str, ...], ...]  # "örgütü" in "insan hakları örgütü Human Rights Watch"
    team_cues_before: tuple[tuple[str, ...], ...]  # "ekibi" in "İspanyol ekibi Valencia": a city's name is its team's
    team_cues_after_places: tuple[tuple[str, ...], ...]  # "karşısında": only a known place's name stands for a team before it
    place_heads: frozenset[str]  # folded last words that close a place's name ("caddesi")
    event_heads: frozenset[str]  # folded last words that close an event's name ("fuari", "kupasi")
    state_heads: frozenset[str]  # those that name a state: "Türkiye Cumhuriyeti" is Türkiye
    posting_heads: frozenset[str]  # folded "buyukelciligi": the place before it is where it serves
    facility_heads: frozenset[str]  # those named after the town they serve: "Mersin Limanı" is in Türkiye
    island_heads: frozenset[str]  # those named after the country they are: "Tayvan Adası" is Taiwan's
    name_particles: frozenset[str]
    chained_name_particles: frozenset[str]
    patronymic_particles: frozenset[str]  # "bin", "ibn": the word after one names the father, not the person
    regnal_ordinals: Mapping[str, int]  # folded "ikinci" → 2: "İkinci Abdullah" is Abdullah II
    regnal_tens: Mapping[str, int]  # folded "on" → 10: "On Dördüncü Leo" is Leo XIV
    demonyms: Mapping[str, str | None]
    demonym_suffix: re.Pattern[str]
    place_case_suffix: re.Pattern[str] | None
    person_case_suffix: re.Pattern[str] | None
    genitive_suffix: re.Pattern[str] | None
    focus_particle: re.Pattern[str] | None  # " ise", " de" after a bare name: the sentence's subject
    on_behalf_after: re.Pattern[str] | None  # " adına" after a country: the title after it is that country's
    relational_noun: re.Pattern[str] | None  # "güneyindeki": a part or the surroundings of a place
    place_noun: re.Pattern[str] | None  # lower-cased "ilçesidir", "kentinde": a settlement or region
    delegation_words: frozenset[str]
    bare_heads: frozenset[str]  # folded heads without their possessive ("belediye", "dernek", "heyet"): the body or delegation as a common noun
    represent_verbs: frozenset[str]
    foreign_articles: frozenset[str]  # "The General": a title after another language's article is a word of a title of a work
    name_connector_tails: frozenset[str]  # "of" in "Ministry of X": a head word before it opens the name (English)
    common_words: frozenset[str]
    given_names: frozenset[str]
    home_country: str | None
    home_offices: frozenset[str]
    home_office_heads: frozenset[str]  # folded last words ("bakani", "bakan yardimcisi"): any minister named without a country is the home country's
    home_generic_names: frozenset[str] = frozenset()  # folded "meclis": the home body's name in a home story only
    home_organization_heads: frozenset[str] = frozenset()  # folded: "bakanligi" named alone is the home country's
    locative_suffix: re.Pattern[str] | None = None  # "'ta", "'deki": where a person seldom stands
    owner_suffix: re.Pattern[str] | None = None  # "'nın", "'s": a country's name with it owns the group word after it
    topic_after_a_place: re.Pattern[str] | None = None  # "Gazze'de yaşananları": what happens there, no scene
    home_bodies: Mapping[str, KnownName] = field(default_factory=dict)  # folded name: the home body it names when linking gives it the home country
    home_bodies_at_work_at_home: frozenset[str] = frozenset()  # folded "icisleri bakanligi": in a report from abroad, the scene country's
    scene_organization_heads: tuple[str, ...] = ()  # folded: "partisi" named alone is the scene's country's
    national_words: frozenset[str] = frozenset()  # folded: "ulusal", "national": a body so named is its story's country's
    compass_words: frozenset[str] = frozenset()  # folded: "kuzey", "northern": before a known place, a part of it
    hyphenated_body_tails: frozenset[str] = frozenset()  # folded: "is" of "Eğitim-İş": a union's name
    home_offices_abolished: Mapping[str, date] = field(default_factory=dict)  # folded office: the day the home country abolished it
    scene_offices: frozenset[str] = frozenset()  # folded: "adayi", a candidate, is of the country the sentence sets the scene in, or none
    parliament_titles: Mapping[str, str] = field(default_factory=dict)  # folded "baskani" after a parliament's name: "Speaker of Parliament"
    parliament_heads: frozenset[str] = frozenset()  # folded "meclisi": a body so named is a parliament
    organization_conjunctions: frozenset[str] = frozenset()  # "ve" inside "Gençlik ve Spor Bakanlığı"
    organization_suffixes: tuple[str, ...] = ()  # folded word endings that make an organisation ("spor")
    plain_words: frozenset[str] = frozenset()  # folded lower-case words that never open a name
    calendar_words: frozenset[str] = frozenset()  # folded month and weekday names
    not_names: frozenset[str] = frozenset()  # folded capitalised words that take an apostrophe but name no one: months, days, languages
    list_headers: Mapping[str, str] = field(default_factory=dict)  # folded "hakemler" → "PER": the names listed after its colon
    honorifics_before: frozenset[str] = frozenset()  # folded "sayin": a person's name follows
    honorifics_after: frozenset[str] = frozenset()  # folded "bey", "hanim": a person's name precedes
    family_names: frozenset[str] = frozenset()  # folded last words of persons' names in the training splits
    glued_case: re.Pattern[str] | None = None  # "ndan" in "Bakanlığından": a case ending with no apostrophe
    glued_plural_case: re.Pattern[str] | None = None  # "Husiler-in": a case ending glued on a people's plural name
    bare_noun_case: re.Pattern[str] | None = None  # "a" in "Bakanlığa": a case ending on a noun with no possessive
    office_word: re.Pattern[str] | None = None  # folded "yardimciligina": an office or body as a common noun, a case glued on
    based_in_between: re.Pattern[str] | None = None  # " merkezli enerji şirketi ", "-based energy company ": a body based in the place before
    our_possessive: re.Pattern[str] | None = None  # "mizin" in "Büyükelçiliğimizin": the body is the home country's
    name_word_ending: re.Pattern[str] | None = None  # "Yeşiller", "Cumhurbaşkanlığı": endings a word inside a name may carry
    place_cues: tuple[tuple[str, ...], ...] = ()  # "ilçesi": "Pütürge ilçesinde" names a place
    place_cues_after_unknown_names: tuple[tuple[str, ...], ...] = ()  # "kampı": "Ebu Şuk kampına", not "Galatasaray kampına"
    thing_cues: tuple[tuple[str, ...], ...] = ()  # "gemisi": "Osman Gazi sondaj gemisiyle" names a ship
    minute_word: str | None = None  # "dakikada": "34. dakikada X" names a player
    document_words: frozenset[str] = frozenset()  # folded "karari", "raporu": "Yargıtay Kararı" names Yargıtay's decision
    thing_names: Mapping[str, str] = field(default_factory=dict)  # folded "brent" → "petrol": "Brent petrolü" is oil, no place
    spelled_places: Mapping[str, KnownName] = field(default_factory=dict)  # "Şam" as written → Damascus (folded, it is "sam")
    noun_acronyms: frozenset[str] = frozenset()  # folded "iha": a known body's acronym that is also a common noun's
    origin_words: frozenset[str] = frozenset()  # folded "dogumlu", "asilli": the place right before is where someone comes from
    tenure_words: frozenset[str] = frozenset()  # folded "eski", "former": before a title, whether its holder holds it still
    welcomed: re.Pattern[str] | None = None  # "resmi törenle karşılandı": the subject is a guest where the scene is
    agent_before: re.Pattern[str] | None = None  # "by " (and a title) before a name: the agent of a passive
    agent_after: re.Pattern[str] | None = None  # " tarafından" after a name: the agent of a passive
    scene_before: re.Pattern[str] | None = None  # "in the capital ": a place after it is where the story happens (English)
    occasion_after_a_place: re.Pattern[str] | None = None  # "'de düzenlediği basın toplantısında": where words were said, no scene
    citizenship_after: re.Pattern[str] | None = None  # "Afganistan ve Eritre uyruklu": where people are from, not the scene
    citizenship_before: re.Pattern[str] | None = None  # "Suriye uyruklu 56 ": the country of the group's people after it
    short_form_senses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # folded "rsf": the keys of the bodies it may name
    venue_towns: frozenset[str] = frozenset()  # place keys of towns where others' talks meet (Geneva): a dateline there may be no scene
    club_name_endings: tuple[str, ...] = ()  # folded "jk": "Beşiktaş JK" is the club "Beşiktaş" typed a body names
    pair_nouns: tuple[str, ...] = ()  # folded "gorusmesi", "maci": after "X-Y", what pairs two names
    named_kind_words: frozenset[str] = frozenset()  # folded "adli": "X adlı grup" names X a group
    named_kinds: Mapping[str, str] = field(default_factory=dict)  # folded "grup" → "ORG": the kind of a name "adlı" gives
    past_tenure_words: frozenset[str] = frozenset()  # folded "eski", "former": before a title, its holder holds it no longer
    first_person_verb: re.Pattern[str] | None = None  # folded "korkmayacagiz": a verb of "we" or "I", no name, opening a quote
    ablative_scope_words: frozenset[str] = frozenset()  # "sorumlu": "Ticaretten Sorumlu Üyesi" is one title
    word_stems: frozenset[str] = frozenset()  # folded surface stems of common words ("futbol", "kitab")
    word_endings: frozenset[str] = frozenset()  # folded endings after them ("da", "inin")
    derivational_suffixes: tuple[str, ...] = ()  # folded "li", "siz": a word made from a stem before its ending
    names_like_words: frozenset[str] = frozenset()  # folded names that read as stem + ending ("gulden")
    person_name_words: frozenset[str] = frozenset()  # folded words of people's names that read as common words ("kaya")
    compound_possessives: tuple[str, ...] = ()  # folded "si", "lari": the compound's possessive after a common noun's stem
    possessive_endings: tuple[str, ...] = ()  # folded "si", "i": the compound's singular possessive, longest first
    relative_of_place_endings: tuple[str, ...] = ()  # folded "teki": "Muhalefetteki" is a common word made an adjective, no name
    delegation_owners: frozenset[str] = frozenset()  # "ordusu": a country's army or government before its delegation ("Sudan ordusu heyetine")
    newsroom_desk_words: frozenset[str] = frozenset()  # "haber", "merkezi": a Kaynak line of these names the paper's own desk
    media_kinds: frozenset[str] = frozenset()  # "news agency": a medium's name before an unknown word names its service ("AA Finans")
    function_words: frozenset[str] = frozenset()  # folded adverbs, conjunctions, nouns of time ("bugun", "ayrica"): no name's first noun
    speaker_participle: re.Pattern[str] | None = None  # lower-cased "belirten", "söyleyen": the name after it spoke
    speech_cue: re.Pattern[str] | None = None  # lower-cased: a verb that reports speech ("dedi", "belirtti")
    statement_source: re.Pattern[str] | None = None  # lower-cased, after a name: its statement ("'ten yapılan açıklamada")
    name_internal_titles: frozenset[str] = frozenset()  # folded "seyh": between a given name and another, part of the name
    group_words: tuple[GroupWord, ...] = ()  # "polis", "göstericiler": groups that act without a name
    group_pattern: re.Pattern[str] | None = None  # lower-cased: any of them with its endings; group "g<i>" names which
    group_dative: re.Pattern[str] | None = None  # the dative ending of a group's word ("e" in "göstericilere")
    group_place_after: re.Pattern[str] | None = None  # " in " in "civilians in El Fasher": a place after the group's word
    belonging_after: re.Pattern[str] | None = None  # " ait 4 " in "Çin'e ait 4 sahil güvenlik gemisi": the owner's people
    quantity_before: re.Pattern[str] | None = None  # "12 ", "binlerce ": a singular after it counts a group
    nationals_plural: re.Pattern[str] | None = None  # folded "lerin" of "filistinlilerin", "s" of "palestinians": a country's people
    dateline: re.Pattern[str] | None = None  # "KABUL, Oct 2 (AFP) - ": the place and agency opening a story's first paragraph
    nationals_counted: re.Pattern[str] | None = None  # folded "yi" of "3 filistinliyi": the singular after a number, with a case ending
    audience_after: re.Pattern[str] | None = None  # lower-cased " yaptığı açıklamada" after "gazetecilere": spoken to
    office_of_a_country_after: re.Pattern[str] | None = None  # "'in eski" after "Filipinler", before "Devlet Başkanı X"
    namesake_places: Mapping[str, tuple[KnownName, ...]] = field(default_factory=dict)  # folded "valensiya": Spain's and Venezuela's

    def reads_as_common_word(self, word: str, inflected_only: bool = False) -> bool:
        """``Futbolda``, ``Kasetin``, ``Oturup``: a common word, bare or with an ending glued on
        (a name takes its ending after an apostrophe), and no name the tables know."""
        folded = fold(word)
        if folded in self.names_like_words or folded in self.given_names or folded in self.family_names or folded in self.known_names:
            return False
        return self.reads_as_word(folded, inflected_only)

    def reads_as_word(self, folded: str, inflected_only: bool = False) -> bool:
        """The folded form alone, names aside: ``sendika``, ``parti`` read as words, ``emlakbank`` does not."""
        return reads_as_stem_and_ending(folded, self.word_stems, self.word_endings, inflected_only, self.derivational_suffixes)

    def body_word_stem(self, folded: str) -> int:
        """How long the stem of a body's word is in a folded word, bare or with a case ending glued
        on (``bakanlık``, ``bakanlığa``: 8, ``komisyonun``: 8); 0 for any other word."""
        if folded in self.bare_heads and folded not in self.given_names:
            return len(folded)
        ending = self.bare_noun_case
        return next((cut for cut in range(3, len(folded)) if ending is not None and folded[:cut] in self.bare_heads
                     and folded[:cut] not in self.given_names and ending.match(folded[cut:])), 0)

    def country_of_adjective(self, word: str) -> str | None:
        """The country of a folded adjective of nationality (``rus``, ``filistinli``, ``abd'li``);
        a country's own name is none (``somali`` is Somalia, not of Soma)."""
        if word in self.demonyms:
            return self.demonyms[word]
        name, apostrophe, ending = _split_at_apostrophe(word)
        if apostrophe:  # "abd'li"
            base = name if self.demonym_suffix.match(apostrophe + ending) else ""
        else:
            adjective = self.demonym_suffix.search(word)
            base = word[:adjective.start()] if adjective is not None and not self.is_a_country(word) else ""
        known = self.known_names.get(base) if base else None
        return known.country if known is not None and known.kind == "country" else None

    def country_of_owner(self, word: str) -> str | None:
        """The country a folded country's name with the possessive names (``venezuela's``,
        ``venezuela'nın``): what the word after it belongs to."""
        name, apostrophe, ending = _split_at_apostrophe(word)
        if apostrophe and self.owner_suffix is not None and self.owner_suffix.match(apostrophe + ending) and self.is_a_country(name):
            return self.known_names[name].country
        return None

    def known_name_at_start(self, folded: list[str], kind: str | None = None, shortest: int = 1) -> tuple[int, KnownName] | None:
        """The longest known name (of type ``kind``, if given) of at least ``shortest`` words
        that the folded words open with, and its length in words."""
        for length in range(min(len(folded), self.longest_known_name), shortest - 1, -1):
            known = self.known_names.get(" ".join(folded[:length]))
            if known is not None and kind in (None, known.type):
                return length, known
        return None

    def is_a_country(self, folded: str) -> bool:
        known = self.known_names.get(folded)
        return known is not None and known.kind == "country"

    def is_capital(self, key: str | None) -> bool:
        """``city:524901``: a place the tables know as a national capital."""
        entry = self.known_by_key.get(key or "")
        return entry is not None and entry.capital

    def is_home_office(self, title: str | None) -> bool:
        """``disisleri bakani``, ``kultur ve turizm bakani``: an office of the home country when no country is named."""
        return title is not None and (title in self.home_offices or title in self.scene_offices
                                      or any(title == head or title.endswith(" " + head) for head in self.home_office_heads))

    def body_of_a_field(self, folded: tuple[str, ...]) -> str | None:
        """The English name of a ministry-like body by the field its holder's title names
        (folded ``lubnan saglik bakanligi`` → ``Ministry of Health``, ``health ministry`` → the same),
        or None when its words name no field (``Bakanlık``)."""
        holder = self.head_holders.get(folded[-1]) if folded else None
        if holder is None:
            return None
        as_title = (*folded[:-1], holder)
        for length in range(min(self.longest_title, len(as_title)), 1, -1):
            role = self.titles.get(as_title[-length:])
            if role is not None and " of " in role:
                return f"{self.organization_heads[folded[-1]]} of {role.split(' of ', 1)[1]}"
        return None

    def body_named_in_english(self, name: str) -> KnownName | None:
        """The listed body of an English name, read past its articles (``Ministry of the
        Interior of Türkiye`` is the table's ``Ministry of Interior of Türkiye``)."""
        return self.known_by_english_name.get(_english_key(name))

    def plural_title_role(self, words: tuple[str, ...]) -> str | None:
        """The role of a title in the plural, by its singular in the table (folded ``disisleri
        bakanlari`` → ``disisleri bakani``, ``sozculeri`` → ``sozcusu``)."""
        plural = PLURAL_POSSESSIVE.fullmatch(words[-1]) if words else None
        if plural is None:
            return None
        stem = plural.group("stem")
        return next((role for ending in SINGULAR_POSSESSIVES if (role := self.titles.get((*words[:-1], stem + ending)))), None)


PLURAL_POSSESSIVES = ("lari", "leri")  # folded: "bakanlari", "buyukelcileri"
# and with a case ending after it: "bakanlarinin", "sozculerine"
PLURAL_POSSESSIVE = re.compile(rf"(?P<stem>\w+?)(?:{'|'.join(PLURAL_POSSESSIVES)})(?:nin|na|ne|ni|nda|nde|ndan|nden|yla|yle)?")
SINGULAR_POSSESSIVES = ("i", "si", "u", "su")  # folded: "bakani", "buyukelcisi", "sozcusu"


@lru_cache(maxsize=len(SUPPORTED))
def _english_organization_names(lang: str) -> Mapping[str, KnownName]:
    """Every language's listed organisations by their English names, ``lang``'s own first: a
    body named in English by its field and country may be one a table of either language lists
    (``Turkey's interior ministry`` is the Turkish table's ``İçişleri Bakanlığı``)."""
    found: dict[str, KnownName] = {}
    for table_lang in sorted(SUPPORTED, key=lambda each: each != lang):
        package = f"gundem.analysis.lang.{table_lang}"
        home = read_morphology(table_lang).get("home_country")
        rows = [(row + [""] * 5)[:5] for row in _data_lines(package, "organizations.tsv")]
        rows += [(name, key, english, home, kind) for name, key, english, kind, *_ in
                 ((row + [""] * 5)[:5] for row in _data_lines(package, "home_bodies.tsv"))] if home else []
        for name, key, english, country, kind in rows:
            entry = KnownName(key, "ORG", kind, country or None, english)
            found.setdefault(_english_key(english), entry)
            if table_lang == "en":
                found.setdefault(_english_key(name), entry)
    return MappingProxyType(found)


@lru_cache(maxsize=1)
def small_towns() -> Mapping[str, tuple[tuple[str, str, str], ...]]:
    """Foreign towns too small for the place table, by folded name: (key, country, English name)
    of each town so named (``towns.tsv``, folded when built). Read on first use: only a place no
    table knows needs it."""
    text = resources.files("gundem.analysis.lang").joinpath("towns.tsv").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            name, _, rest = line.partition("\t")  # the rest of the row kept whole: split only for a name looked up
            found[name] = f"{found[name]}\n{rest}" if name in found else rest
    return _TownRows(found)


class _TownRows(Mapping[str, tuple[tuple[str, str, str], ...]]):
    """Rows kept as text until asked for: most articles look up no town, and many towns fit in little memory."""

    def __init__(self, rows: dict[str, str]):
        self._rows = rows

    def __getitem__(self, name: str) -> tuple[tuple[str, str, str], ...]:
        return tuple((key, country, english) for key, country, english, *_ in (row.split("\t") for row in self._rows[name].split("\n")))

    def __contains__(self, name: object) -> bool:
        return name in self._rows  # no rows split just to learn a town bears the name

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _english_key(name: str) -> str:
    return " ".join(word for word in fold(name).split() if word != "the")


def _optional_pattern(morphology: dict, key: str) -> re.Pattern[str] | None:
    """A pattern the language may leave out (English has no case endings)."""
    return re.compile(morphology[key]) if key in morphology else None


def _data_lines(package: str, name: str) -> list[list[str]]:
    try:
        text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _cue_words(rows) -> tuple[tuple[str, ...], ...]:
    """The folded words of each cue (first column) of a cue table's rows."""
    return tuple(tuple(fold(row[0]).split()) for row in rows)


def _word_list(package: str, name: str) -> frozenset[str]:
    """A table of one word per line."""
    return frozenset(row[0] for row in _data_lines(package, name))


def given_names(lang: str) -> frozenset[str]:
    """The folded given names the language's table lists (``given_names.txt``)."""
    return _word_list(f"gundem.analysis.lang.{lang}", "given_names.txt")


def word_stems(lang: str) -> frozenset[str]:
    """The folded surface stems of the language's common words (``anlasma``, ``kitab``)."""
    return _word_list(f"gundem.analysis.lang.{lang}", "word_stems.txt")


def titles_with_full_stops(lang: str) -> frozenset[str]:
    """The abbreviated words of the titles table as written (``Prof.``, ``Öğr.``)."""
    return _abbreviated_words(_data_lines(f"gundem.analysis.lang.{lang}", "titles.tsv"))


def _abbreviated_words(title_rows: list[list[str]]) -> frozenset[str]:
    return frozenset(word for row in title_rows for word in row[0].split() if word.endswith("."))


def place_names(lang: str, small_home_towns: bool = True) -> frozenset[str]:
    """Every folded place name of the tables, before any is set aside as a common word; without
    the home country's towns under CITY_MIN_POPULATION if ``small_home_towns`` is false (a given
    name such as İdil stays a given name, and then sets the town aside)."""
    extra = frozenset(fold(row[0]) for row in _data_lines(f"gundem.analysis.lang.{lang}", "places_extra.tsv"))
    return _table_names(lang, lambda small: small_home_towns or not small) | extra


def home_town_names(lang: str) -> frozenset[str]:
    """The folded names of the home country's towns and districts that the table holds only for
    being the home country's (see ``small_home_town``)."""
    return _table_names(lang, lambda small: small)


def _table_names(lang: str, keep) -> frozenset[str]:
    """The folded names of places.tsv's rows that ``keep`` accepts, told whether each row is a
    small home town."""
    home = read_morphology(lang).get("home_country")
    return frozenset(fold(row[0]) for row in _data_lines("gundem.analysis.lang", "places.tsv")
                     if keep(small_home_town(row[2], row[3], int(row[5] or 0), home)))


def read_language_json(lang: str, name: str) -> dict:
    """One of the language's JSON data files (``time.json``, ``event_grammar.json``); empty for a
    language without it."""
    path = resources.files(f"gundem.analysis.lang.{lang}").joinpath(name)
    return parse_data_json(path.read_text(encoding="utf-8"), f"lang/{lang}/{name}") if path.is_file() else {}


def parse_data_json(text: str, where: str) -> dict:
    """A data file's JSON, where a key written twice is an error: JSON keeps the last silently,
    and the rule written first would never run."""
    def unique_keys(pairs: list[tuple[str, object]]) -> dict:
        keys = [key for key, _ in pairs]
        if twice := sorted({key for key in keys if keys.count(key) > 1}):
            raise ValueError(f"{where}: key written twice: {', '.join(twice)}")
        return dict(pairs)

    return json.loads(text, object_pairs_hook=unique_keys)


def read_morphology(lang: str) -> dict:
    """The language's ``morphology.json`` (suffix patterns, word lists, home country); empty
    for a language without one."""
    return read_language_json(lang, "morphology.json")


def _tokenized(name: str) -> list[str]:
    """The folded words of a table's name as the tokenizer yields them, which leaves an
    abbreviation's full stop out of the word: "Prof. Dr." is ("prof", "dr"), "G.Saray" ("g", "saray")."""
    return fold(name).replace(".", " ").split()


def small_home_town(kind: str, country: str, population: int, home_country: str | None) -> bool:
    """A town or district the table holds only because it is the home country's (see build_places)."""
    return kind in ("city", "district") and country == home_country and population < CITY_MIN_POPULATION


COMMON_WORD_CITY_MIN_POPULATION = 1_000_000


NAMESAKE_MIN_POPULATION = 100_000  # a town this big may be the one meant when a text names its country


def _place_entries(lang: str, common_words: frozenset[str], home_country: str | None,
                   not_home_towns: frozenset[str] = frozenset()) -> tuple[dict[str, KnownName], dict[str, tuple[KnownName, ...]]]:
    """The best-ranked place for each folded name, and for names several big cities share, all of them."""
    best: dict[str, KnownName] = {}
    cities: dict[str, dict[str, KnownName]] = {}
    for row in _data_lines("gundem.analysis.lang", "places.tsv"):
        name, key, kind, country, english, population, role = (row + [""] * 7)[:7]
        entry = KnownName(key, "LOC", kind, country or None, english, int(population or 0), role == "capital")
        folded = fold(name)
        big_city_by_its_own_name = entry.population >= COMMON_WORD_CITY_MIN_POPULATION and folded == fold(english)
        if kind == "city" and folded in common_words and country != home_country and not big_city_by_its_own_name:
            continue  # "Sarı" (GeoNames: Sari in Iran, Surrey in Canada) and "Para" (Belém) are words
        if small_home_town(kind, country, entry.population, home_country) and (folded in not_home_towns or folded in common_words):
            continue  # "İdil Biret", "Can Dündar" (Çan), "çay", "Beşiktaş": a small town's name that is more often a name or a word is that
        current = best.get(folded)
        if current is None or _outranks(entry, current, folded):
            best[folded] = entry
        if kind == "city" and entry.population >= NAMESAKE_MIN_POPULATION:
            cities.setdefault(folded, {})[key] = entry
    for row in _data_lines(f"gundem.analysis.lang.{lang}", "places_extra.tsv"):
        name, entry = _hand_entered_place(row)
        best[fold(name)] = entry
    namesakes = {name: tuple(found.values()) for name, found in cities.items()
                 if len({entry.country for entry in found.values()}) > 1 and best.get(name) in found.values()}
    return best, namesakes


def _add_article_variants(known: dict[str, KnownName], articles) -> None:
    """``el-fasir`` beside ``al-fasir``: a place opened by one spelling of the Arabic article is
    known by the others, unless another place holds that name."""
    openings = tuple(article + separator for article in articles for separator in "- ")
    for name, entry in [item for item in known.items() if item[0].startswith(openings)]:
        opening = next(opening for opening in openings if name.startswith(opening))
        for article in articles:
            known.setdefault(article + name[len(opening) - 1:], entry)  # "el" + "-fasir"


def _hand_entered_place(row: list[str]) -> tuple[str, KnownName]:
    """A row of places_extra.tsv or places_spelled.tsv: name, key, kind, country, English name."""
    name, key, kind, country, english = (row + [""] * 5)[:5]
    return name, KnownName(key, "LOC", kind, country or None, english)


def _outranks(entry: KnownName, current: KnownName, name: str) -> bool:
    own, theirs = fold(entry.english_name) == name, fold(current.english_name) == name
    if {entry.kind, current.kind} == {"city", "province"} and own != theirs:
        return own  # "Sakarya", "Hatay": the province so named, not the city of Adapazarı or Antakya
    if entry.kind == current.kind == "city" and (own and entry.capital) != (theirs and current.capital):
        return own and entry.capital  # "İslamabad": Pakistan's capital, not Chattogram, which GeoNames also lists under its old name
    rank = (KIND_PRIORITY.get(entry.kind, 9), -entry.population)
    return rank < (KIND_PRIORITY.get(current.kind, 9), -current.population)


# Turkish names its languages with -ca/-ce ("Türkçe", "Arapça"); CLDR's other language names
# ("Akan", "Asu") are also given names and are left out.
LANGUAGE_NAME_ENDINGS = ("ca", "ce")


def calendar_and_language_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Month and weekday names, and language names (babel, CLDR): Turkish capitalises them and
    writes them with an apostrophe before a suffix (``Şubat'ta``, ``Türkçe'yi``) although they
    name no one."""
    from babel import Locale

    locale = Locale(lang)
    calendar = [*locale.months["format"]["wide"].values(), *locale.days["format"]["wide"].values()]
    languages = [name for name in locale.languages.values() if fold(name).endswith(LANGUAGE_NAME_ENDINGS)]
    return tuple(frozenset(fold(name) for name in names if " " not in name) for names in (calendar, languages))


def _feast_words(lang: str) -> frozenset[str]:
    """First words of the feasts the time rules know (``Ramazan``, ``Kurban``)."""
    time_rules = read_language_json(lang, "time.json")
    return frozenset(fold(name).split()[0] for name in time_rules.get("holidays", {}))


def _speech_cue(speech: dict) -> re.Pattern[str] | None:
    """The speech stage's cue verbs, closing a quote or a reported clause, found anywhere."""
    if not speech:
        return None
    return re.compile(rf"(?<!\w)(?:{speech['reported_cues']})|{speech['closing_cues']}")


def _without_possessive(heads, morphology: dict) -> frozenset[str]:
    """The folded stems of head words that end in the compound's possessive: ``belediye`` of
    ``belediyesi``, ``dernek`` of ``derneği`` (a softened final consonant hardened again)."""
    endings = morphology.get("possessive_endings", ())
    hardened = morphology.get("softened_consonants", {})
    vowels = morphology.get("folded_vowels", "")
    stems = set()
    for head in heads:
        for ending in endings:
            stem = head[:-len(ending)]
            # the buffer "s" comes after a vowel only: "belediye-si", "merkez-i"
            buffered = ending[0] not in vowels
            if head.endswith(ending) and len(stem) >= 3 and (stem[-1] in vowels) == buffered:
                stems.add(stem)
                if stem[-1] in hardened:
                    stems.add(stem[:-1] + hardened[stem[-1]])
    return frozenset(stems)


def _group_words(package: str, morphology: dict) -> tuple[tuple[GroupWord, ...], re.Pattern[str] | None]:
    """The group words of ``actors.tsv`` and one lower-case pattern for all of them, each stem
    in its own group ``g<i>``, followed by the endings the language glues on."""
    rows = _data_lines(package, "actors.tsv")
    if not rows or "group_endings" not in morphology:
        return (), None
    words = tuple(GroupWord(lemma, label, sector, number in ("plural", "owned"), number == "owned") for lemma, _, label, sector, number in rows)
    stems = "|".join(f"(?P<g{index}>{row[1]})" for index, row in enumerate(rows))
    return words, re.compile(rf"(?<!\w)(?:{stems}){morphology['group_endings']}(?!\w)")


def load_resources(lang: str) -> LanguageResources:
    package = f"gundem.analysis.lang.{lang}"
    common_words = _word_list(package, "common_words.txt")
    morphology = read_morphology(lang)
    speech, cue_rows = read_language_json(lang, "speech.json"), _data_lines(package, "organization_cues.tsv")
    place_cue_rows = _data_lines(package, "place_cues.tsv")
    calendar, languages = calendar_and_language_words(lang)
    demonyms = {fold(row[0]): (row[1] if len(row) > 1 and row[1] else None) for row in _data_lines(package, "demonyms.tsv")}
    given_names = _word_list(package, "given_names.txt")
    not_home_towns = given_names | _word_list(package, "seldom_places.txt")
    known, namesakes = _place_entries(lang, common_words, morphology.get("home_country"), not_home_towns)
    _add_article_variants(known, morphology.get("arabic_articles", ()))
    for adjective in demonyms.keys() & known.keys():
        del known[adjective]  # "Türk" is an adjective, not GeoNames' alternate name of Angren
    for name, key, english, country, kind in (
        (row + [""] * 5)[:5] for row in _data_lines(package, "organizations.tsv")
    ):
        entry = KnownName(key, "ORG", kind, country or None, english)
        known[fold(name)] = entry
        known.setdefault(" ".join(_tokenized(name)), entry)
        if kind == "sports club":
            for word in morphology.get("club_words", ()):
                known.setdefault(f"{fold(name)} {fold(word)}", entry)  # "Galatasaray Kulübü"
    home_body_rows = [(row + [""] * 5)[:5] for row in _data_lines(package, "home_bodies.tsv")]
    home_bodies = {fold(name): KnownName(key, "ORG", kind, morphology.get("home_country"), english)
                   for name, key, english, kind, _ in home_body_rows}
    title_rows = _data_lines(package, "titles.tsv")
    particle_rows = _data_lines(package, "name_particles.tsv")
    titles = {tuple(_tokenized(row[0])): row[1] for row in title_rows}
    place_heads, honorifics = _data_lines(package, "place_heads.tsv"), _data_lines(package, "honorifics.tsv")
    group_words, group_pattern = _group_words(package, morphology)
    head_rows = _data_lines(package, "organization_heads.tsv")
    organization_heads = {fold(row[0]).split()[-1]: row[1] for row in head_rows}
    return LanguageResources(
        lang=lang,
        known_names=MappingProxyType(known),
        known_by_key=MappingProxyType({entry.key: entry for entry in [*home_bodies.values(), *(e for found in namesakes.values() for e in found),
                                                                      *reversed(list(known.values()))]}),
        namesake_places=MappingProxyType(namesakes),
        short_form_senses=MappingProxyType({fold(row[0]): tuple(row[1:]) for row in _data_lines(package, "short_form_senses.tsv")}),
        longest_known_name=max(len(name.split()) for name in known),
        titles=MappingProxyType(titles),
        title_words=frozenset(word for title in titles for word in title),
        longest_title=max(len(title) for title in titles),
        title_openers=frozenset(title[0] for title in titles),
        title_closers=frozenset(title[-1] for title in titles),
        place_titles=frozenset(tuple(fold(row[0]).split()) for row in title_rows if row[2:3] == ["place"]),
        posting_titles=frozenset(tuple(fold(row[0]).split()) for row in title_rows if row[2:3] == ["posting"]),
        peer_titles=frozenset(fold(row[0]) for row in title_rows if row[2:3] == ["peer"]),
        address_titles=frozenset(fold(row[0]) for row in title_rows if row[2:3] == ["address"]),
        title_joins=frozenset(title[i - 1:i + 2] for title in titles for i in range(1, len(title) - 1) if title[i] == "ve"),
        title_abbreviations=frozenset(fold(word)[:-1] for word in _abbreviated_words(title_rows)),
        organization_heads=MappingProxyType(organization_heads),
        posting_heads=frozenset(fold(row[0]).split()[-1] for row in head_rows if row[2:3] == ["posting"]),
        organization_heads_before_of=frozenset(fold(row[0]) for row in head_rows if row[2:3] in (["of"], ["for"])),
        head_holders=MappingProxyType({fold(row[0]).split()[-1]: fold(row[3]) for row in head_rows if row[3:4] and row[3]}),
        countries_named_with_the=_word_list("gundem.analysis.lang", "countries_named_with_the.txt"),
        waters=_word_list("gundem.analysis.lang", "waters.txt"),
        known_by_english_name=_english_organization_names(lang),
        place_heads=frozenset(fold(row[0]).split()[-1] for row in place_heads),
        event_heads=frozenset(fold(row[0]) for row in _data_lines(package, "event_heads.tsv")),
        state_heads=frozenset(fold(row[0]).split()[-1] for row in place_heads if row[2:3] == ["state"]),
        facility_heads=frozenset(fold(row[0]).split()[-1] for row in place_heads if row[2:3] == ["facility"]),
        island_heads=frozenset(fold(row[0]).split()[-1] for row in place_heads if row[2:3] == ["island"]),
        organization_cues=_cue_words(row for row in cue_rows if row[3:4] != ["place"] and row[2:3] != ["only"]),
        team_cues_after_places=_cue_words(row for row in cue_rows if row[3:4] == ["place"]),
        organization_cues_before=_cue_words(row for row in cue_rows if row[2:3] not in (["no"], ["team"])),
        team_cues_before=_cue_words(row for row in cue_rows if row[2:3] == ["team"]),
        place_cues=_cue_words(row for row in place_cue_rows if row[1:] != ["unknown names"]),
        place_cues_after_unknown_names=_cue_words(row for row in place_cue_rows if row[1:] == ["unknown names"]),
        thing_cues=_cue_words(_data_lines(package, "thing_cues.tsv")),
        minute_word=morphology.get("minute_word"),
        document_words=frozenset(fold(row[0]) for row in _data_lines(package, "document_words.tsv")),
        thing_names=MappingProxyType({fold(row[0]): fold(row[1]) for row in _data_lines(package, "thing_names.tsv")}),
        spelled_places=MappingProxyType(dict(_hand_entered_place(row) for row in _data_lines(package, "places_spelled.tsv"))),
        name_particles=frozenset(row[0] for row in particle_rows),
        chained_name_particles=frozenset(row[0] for row in particle_rows if row[1:2] == ["chained"]),
        patronymic_particles=frozenset(row[0] for row in particle_rows if row[1:2] == ["patronymic"]),
        regnal_ordinals=MappingProxyType(morphology.get("regnal_ordinals", {})),
        regnal_tens=MappingProxyType(morphology.get("regnal_tens", {})),
        demonyms=MappingProxyType(demonyms),
        demonym_suffix=re.compile(morphology["demonym_suffix"]),
        place_case_suffix=_optional_pattern(morphology, "place_case_suffix"),
        locative_suffix=_optional_pattern(morphology, "locative_suffix"),
        owner_suffix=_optional_pattern(morphology, "owner_suffix"),
        topic_after_a_place=_optional_pattern(morphology, "topic_after_a_place"),
        scene_before=_optional_pattern(morphology, "scene_before"),
        occasion_after_a_place=_optional_pattern(morphology, "occasion_after_a_place"),
        person_case_suffix=_optional_pattern(morphology, "person_case_suffix"),
        genitive_suffix=_optional_pattern(morphology, "genitive_suffix"),
        focus_particle=_optional_pattern(morphology, "focus_particle"),
        on_behalf_after=_optional_pattern(morphology, "on_behalf_after"),
        relational_noun=_optional_pattern(morphology, "relational_nouns"),
        place_noun=_optional_pattern(morphology, "place_noun"),
        glued_case=_optional_pattern(morphology, "glued_case"),
        glued_plural_case=_optional_pattern(morphology, "glued_plural_case"),
        bare_noun_case=_optional_pattern(morphology, "bare_noun_case"),
        office_word=_optional_pattern(morphology, "office_word"),
        based_in_between=_optional_pattern(morphology, "based_in_between"),
        our_possessive=_optional_pattern(morphology, "our_possessive"),
        name_word_ending=_optional_pattern(morphology, "name_word_ending"),
        ablative_scope_words=frozenset(fold(word) for word in morphology.get("ablative_scope_words", ())),
        origin_words=frozenset(fold(word) for word in morphology.get("origin_words", ())),
        tenure_words=frozenset(fold(word) for word in morphology.get("tenure_words", ())),
        citizenship_after=_optional_pattern(morphology, "citizenship_after"),
        citizenship_before=_optional_pattern(morphology, "citizenship_before"),
        welcomed=_optional_pattern(morphology, "welcomed"),
        agent_before=_optional_pattern(morphology, "agent_before"),
        agent_after=_optional_pattern(morphology, "agent_after"),
        club_name_endings=tuple(fold(word) for word in morphology.get("club_name_endings", ())),
        venue_towns=frozenset(row[0] for row in _data_lines("gundem.data", "venue_towns.tsv")),
        pair_nouns=tuple(fold(word) for word in morphology.get("pair_nouns", ())),
        named_kind_words=frozenset(map(fold, morphology.get("named_kind_words", ()))),
        named_kinds={fold(stem): kind for stem, kind in morphology.get("named_kinds", {}).items()},
        past_tenure_words=frozenset(fold(word) for word in morphology.get("past_tenure_words", ())),
        first_person_verb=_optional_pattern(morphology, "first_person_verb"),
        noun_acronyms=frozenset(fold(word) for word in morphology.get("noun_acronyms", ())),
        delegation_words=frozenset(morphology["delegation_words"]),
        delegation_owners=frozenset(morphology.get("delegation_owners", ())),
        bare_heads=_without_possessive((*organization_heads, *map(fold, morphology["delegation_words"])), morphology),
        represent_verbs=frozenset(morphology["represent_verbs"]),
        foreign_articles=frozenset(morphology.get("foreign_articles", ())),
        name_connector_tails=frozenset(morphology.get("connector_tails", ())),
        common_words=common_words,
        given_names=given_names,
        family_names=_word_list(package, "family_names.txt"),
        plain_words=_word_list(package, "plain_words.txt"),
        word_stems=word_stems(lang),
        word_endings=_word_list(package, "word_endings.txt"),
        derivational_suffixes=tuple(morphology.get("derivational_suffixes", ())),
        names_like_words=_word_list(package, "names_like_words.txt"),
        person_name_words=_word_list(package, "person_name_words.txt"),
        function_words=_word_list(package, "function_words.txt"),
        media_kinds=frozenset(morphology.get("media_kinds", ())),
        newsroom_desk_words=frozenset(morphology.get("newsroom_desk_words", ())),
        compound_possessives=tuple(morphology.get("compound_possessives", ())),
        possessive_endings=tuple(sorted(morphology.get("possessive_endings", ()), key=len, reverse=True)),
        relative_of_place_endings=tuple(morphology.get("relative_of_place_endings", ())),
        speech_cue=_speech_cue(speech),
        statement_source=_optional_pattern(speech, "statement_source"),
        speaker_participle=_optional_pattern(speech, "speaker_participle"),
        calendar_words=calendar,
        not_names=calendar | languages | _feast_words(lang)
        | frozenset(fold(row[0]).split("'")[0] for row in _data_lines(package, "not_names.tsv")),
        home_country=morphology.get("home_country"),
        home_offices=frozenset(morphology.get("home_offices", ())),
        scene_offices=frozenset(morphology.get("scene_offices", ())),
        parliament_titles=MappingProxyType(dict(morphology.get("parliament_titles", {}))),
        parliament_heads=frozenset(morphology.get("parliament_heads", ())),
        home_office_heads=frozenset(morphology.get("home_office_heads", ())),
        home_generic_names=frozenset(fold(name) for name in morphology.get("home_generic_names", ())),
        home_organization_heads=frozenset(morphology.get("home_organization_heads", ())),
        home_bodies=MappingProxyType(home_bodies),
        home_bodies_at_work_at_home=frozenset(fold(row[0]) for row in home_body_rows if row[4] != "abroad"),
        scene_organization_heads=tuple(morphology.get("scene_organization_heads", ())),
        national_words=frozenset(morphology.get("national_words", ())),
        compass_words=frozenset(morphology.get("compass_words", ())),
        hyphenated_body_tails=frozenset(morphology.get("hyphenated_body_tails", ())),
        home_offices_abolished={office: date.fromisoformat(day) for office, day in morphology.get("home_offices_abolished", {}).items()},
        name_internal_titles=frozenset(fold(word) for word in morphology.get("name_internal_titles", ())),
        group_words=group_words,
        group_pattern=group_pattern,
        group_dative=_optional_pattern(morphology, "group_dative"),
        group_place_after=_optional_pattern(morphology, "group_place_after"),
        belonging_after=_optional_pattern(morphology, "belonging_after"),
        quantity_before=_optional_pattern(morphology, "quantity_before"),
        nationals_plural=_optional_pattern(morphology, "nationals_plural"),
        nationals_counted=_optional_pattern(morphology, "nationals_counted"),
        dateline=_optional_pattern(morphology, "dateline"),
        audience_after=_optional_pattern(morphology, "audience_after"),
        office_of_a_country_after=_optional_pattern(morphology, "office_of_a_country_after"),
        organization_suffixes=tuple(morphology.get("organization_suffixes", ())),
        organization_conjunctions=frozenset(morphology.get("organization_conjunctions", ())),
        list_headers=MappingProxyType({fold(row[0]): row[1] for row in _data_lines(package, "list_headers.tsv")}),
        honorifics_before=frozenset(fold(row[0]) for row in honorifics if row[1:2] == ["before"]),
        honorifics_after=frozenset(fold(row[0]) for row in honorifics if row[1:2] == ["after"]),
    )
