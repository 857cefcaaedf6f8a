"""Group an article's mentions into entities and give each a role and a country.

Countries of people come from what the text says: the country or body in their title
(``İran Dışişleri Bakanı``), the delegation they sit in (``Almanya heyetinde ... Berger``), the
country they represent (``Ürdün'ü ... Bakan Nasser temsil etti``), or the person whose envoy or
relative they are (``Lund'un ... Özel Temsilcisi Nils Berg``).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache, partial
from itertools import pairwise

from rapidfuzz import fuzz

from gundem.analysis.entities import BRACKETED_ACRONYM, BRACKETED_NAME, GENITIVE_ENDINGS
from gundem.analysis.lang.loader import (
    LanguageResources,
    read_language_json,
    small_towns,
)
from gundem.analysis.text import (
    ROMAN_NUMERAL,
    fold,
    in_a_headline,
    inside_quotation_marks,
    last_body_closed_by,
    lowercase,
    past_the_dateline,
    sentence_at,
    sentences,
    slug,
    suffix_after,
    suffix_end,
    tokenize,
)
from gundem.model import HEAD_WORD, Mention

# Two spellings of one name (Zelenskiy / Selenskiy, Çavuşoğlu / Cavusoglu) score above this after folding.
NAME_SIMILARITY = 80.0
AGENT_REACH = 60  # characters read before or after a name for the word that makes it a passive's agent
ACCUSATIVE_ENDINGS = ("ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü")
LOCATIVE_ENDINGS = ("da", "de", "ta", "te", "nda", "nde")


NEWS_AGENCY = "news agency"  # the source line's agency says nothing of where the story is


@dataclass(slots=True)
class EntityFacts:
    """What the text and the tables say of an entity: an article's entities and the canonical
    ones across articles carry the same facts."""

    type: str
    names: list[str]
    key: str | None = None
    country: str | None = None
    role: str | None = None
    kind: str | None = None
    english_name: str | None = None


@dataclass(slots=True)
class LocalEntity(EntityFacts):
    principals: set[int] = field(default_factory=set)  # local entities this one acts for
    employers: set[int] = field(default_factory=set)  # bodies named right before this one's title ("CHP Genel Başkanı X")
    part_of: int | None = None  # the body whose name this one's opens with ("AB Konseyi": the EU)
    hint: str | None = None  # the country its first name's context gave ("Türk" before "Dışişleri Bakanlığı")

    @property
    def name(self) -> str:
        return self.english_name if self.type == "PER" and self.english_name else fullest_name(self.names)


def regnal_name(name: str, ordinals: Mapping[str, int], tens: Mapping[str, int]) -> str | None:
    """``II. Abdullah``, ``14. Leo``, ``İkinci Abdullah``, ``On Dördüncü Leo``: a monarch's or a
    pope's regnal number written before the name, which other languages write after it in Roman
    figures after the regnal name (``Abdullah II``, ``Leo XIV``); None for any other name."""
    words = name.split()
    if len(words) < 2:
        return None
    number, rest = None, words[1:]
    if words[0].endswith(".") and ROMAN_NUMERAL.fullmatch(words[0][:-1]):
        return " ".join([rest[0], words[0][:-1], *rest[1:]])
    if re.fullmatch(r"\d{1,2}\.", words[0]):
        number = int(words[0][:-1])
    elif fold(words[0]) in ordinals:
        number = ordinals[fold(words[0])]
    elif fold(words[0]) in tens and len(words) > 2 and fold(words[1]) in ordinals:
        number, rest = tens[fold(words[0])] + ordinals[fold(words[1])], words[2:]
    # the number after the regnal name, before an epithet ("V. Selevkos Filometor": Selevkos V Filometor)
    return " ".join([rest[0], _roman(number), *rest[1:]]) if number and 0 < number < 40 and rest else None


def _roman(number: int) -> str:
    tens, units = divmod(number, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


def names_a_town(mention: Mention, entities: list[LocalEntity]) -> bool:
    """A place of a kind the tables know that is no country (``Ankara``, ``Paris``): no state acts through it."""
    return mention.type == "LOC" and mention.cluster >= 0 and entities[mention.cluster].kind not in (None, "country")


def fullest_name(names: list[str]) -> str:
    """The form with the most words (then letters): ``Ali Demir`` over ``Demir``."""
    return max(names, key=lambda n: (len(n.split()), len(n)))


def names_match(a: str, b: str, particles: frozenset[str] = frozenset(), patronymics: frozenset[str] = frozenset()) -> bool:
    """Same person? Equal, one a part of the other (``Trump`` / ``Donald Trump``), or a variant
    spelling of the same full name; different first names keep two people apart. With the
    language's name ``particles``, a family name opened by one is the full name's end
    (``Al Sani`` for ``Muhammed bin Abdurrahman Al Sani``); a lone word is never the father's name
    after one of its ``patronymics`` (``Abdullah`` is not ``Hüseyin bin Abdullah``)."""
    words_a, words_b = fold(a).split(), fold(b).split()
    if words_a == words_b:
        return True
    shorter, longer = sorted((words_a, words_b), key=len)
    if len(shorter) >= 2 and shorter[0] in particles and longer[-len(shorter):] == shorter:
        return True
    # "Tedros", "Tedros Adhanom" for "Tedros Adhanom Ghebreyesus": names that are not a family name first; a lone
    # word only as written there ("Mohamud" is no "Mohammed bin Salman")
    if len(longer) >= 3 and all((a == b if len(shorter) == 1 else _similar(a, b)) for a, b in zip(shorter, longer)):
        return True
    if len(shorter) == 1:
        # "Lula" for "Luiz Inacio Lula da Silva": the last two words the particles leave
        named = [word for word in _own_words(longer, patronymics) if word not in particles] or longer
        return any(_similar(shorter[0], word) for word in named[-2:]) if len(longer) > 1 else _similar(shorter[0], longer[0])
    if not _similar(shorter[-1], longer[-1]):
        return False
    return _similar(shorter[0], longer[0])


def _own_words(words: list[str], patronymics: frozenset[str]) -> list[str]:
    """The name's words less each father's name a patronymic particle opens (``bin Abdullah``)."""
    return [word for position, word in enumerate(words) if position == 0 or words[position - 1] not in patronymics]


def _similar(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= NAME_SIMILARITY) or _spelled_alike(a, b)


def _spelled_alike(a: str, b: str) -> bool:
    """``khamenei`` and ``hamaney``: one name in English and in Turkish spelling, by the consonants
    both keep (``lang/en/spelling.json``); only where one of the two, and only one, is spelled as
    Turkish never is (``Bardhi`` and ``Barth`` are two foreign names, not one name twice)."""
    spelling = _spelling()
    foreign_a, foreign_b = spelling["foreign"].search(a) is not None, spelling["foreign"].search(b) is not None
    if foreign_a == foreign_b:
        return False
    english, turkish = (a, b) if foreign_a else (b, a)
    respelled = _respelled(english)
    skeleton = _skeleton(respelled)
    return (len(skeleton) >= spelling["min_skeleton"] and skeleton == _skeleton(turkish)
            and fuzz.ratio(respelled, turkish) >= spelling["min_similarity"])


def fuller_role(known: str | None, named: str | None) -> str | None:
    """The role first named, unless a later one spells the same office out (``Bakan X`` in a
    headline, ``Milli Eğitim Bakanı X`` after it: Minister, then Minister of National Education)."""
    if named and (not known or named.startswith(known + " ")):
        return named
    return known


TITLE_WINDOW = 120  # characters before a person within which their title and its qualifiers are written
QUALIFIERS_BEFORE_A_TITLE = 3  # "eski Bolu Belediye Başkanı": the places and bodies between a tenure word and the title
FORMER = "former"  # roles are written in English whatever the article's language


def _as_held(text: str, mention: Mention, resources: LanguageResources) -> str | None:
    """The mention's role, marked as held no longer after a word of past tenure before the title
    or the places and bodies that qualify it (``eski Başbakan X``, ``eski Bolu Belediye Başkanı X``,
    ``former U.S. President X``)."""
    if not mention.role or not mention.title or not resources.past_tenure_words:
        return mention.role
    for word in reversed(_words_before_the_title(text, mention)[-(QUALIFIERS_BEFORE_A_TITLE + 1):]):
        if fold(word) in resources.past_tenure_words:
            return f"{FORMER} {mention.role}"
        if not word[:1].isupper():
            break
    return mention.role


def _words_before_the_title(text: str, mention: Mention) -> list[str]:
    """The words written before a titled person's title, nearest last."""
    words = re.findall(r"[^\s-]+", text[max(0, mention.start - TITLE_WINDOW):mention.start])
    return words[:-len(mention.title.split())]


@lru_cache(maxsize=1 << 14)
def _respelled(word: str) -> str:
    """A folded English spelling as Turkish would write it: ``khamenei`` → ``hamenei``."""
    spelling = _spelling()
    for digraph, letter in spelling["digraphs"].items():
        word = word.replace(digraph, letter)
    return "".join(spelling["turkish_letters"].get(ch, ch) for ch in word)


@lru_cache(maxsize=1 << 14)
def _skeleton(word: str) -> str:
    """The consonants, by class, without repeats: ``hamenei`` and ``hamaney`` are both ``hmn``."""
    spelling = _spelling()
    consonants = "".join(spelling["classes"].get(ch, ch) for ch in word if ch not in spelling["vowels"] and ch.isalpha())
    return re.sub(r"(.)\1+", r"\1", consonants)


@lru_cache(maxsize=1)
def _spelling() -> dict:
    data = read_language_json("en", "spelling.json")
    return {"foreign": re.compile(data["foreign_spellings"]), "digraphs": data["digraphs"], "classes": data["letter_classes"],
            "turkish_letters": data["turkish_letters"], "vowels": data["vowels"], "min_skeleton": data["min_skeleton"],
            "min_similarity": data["min_similarity"]}


def link_article(text: str, mentions: list[Mention], resources: LanguageResources,
                 dct: date | None = None) -> tuple[list[Mention], list[LocalEntity]]:
    entities: list[LocalEntity] = []
    by_key: dict[str, int] = {}
    spans = sentences(text)
    mentions, short_forms = _with_short_forms(text, mentions)
    mentions = _namesakes_of_countries_named(spans, mentions, resources)
    mentions = _short_forms_in_the_sense_named(mentions, resources)
    mentions, short_forms, head_words = _with_head_words(mentions, short_forms, _bodies_named_again_by_their_word(text, spans, mentions, resources))
    short_forms.update(_bodies_named_by_a_head_word(mentions, resources))
    # longest names first; an acronym bracketed after its name before the same acronym elsewhere,
    # so that a headline's "ELN" finds the body its lead spells out
    order = sorted(range(len(mentions)), key=lambda i: (-len(mentions[i].text.split()), i not in short_forms))
    cluster_of = [-1] * len(mentions)
    headline_end = spans[0].end if spans else 0
    named_at: dict[int, list[int]] = {}  # entity number → where each of its names stands
    for index in order:
        mention = mentions[index]
        if index in short_forms and cluster_of[short_forms[index]] >= 0:
            cluster_of[index] = cluster_of[short_forms[index]]
            if index not in head_words:
                entities[cluster_of[index]].names.append(mention.text)  # later bare uses of the short form join too
        else:
            # "Dışişleri Bakanlığı ..., Rusya Dışişleri Bakanlığı ise": a shorter name stands for a fuller one
            # named before it, or after it only from the headline
            cluster_of[index] = _find_or_add(mention, entities, by_key, resources,
                                             lambda number, at=mention.start: at < headline_end or min(named_at[number]) < at,
                                             lambda number, at=mention.start: max((s for s in named_at[number] if s < at), default=-1),
                                             _as_written_with_a_patronymic(text, mention, resources.patronymic_particles)
                                             if mention.type == "PER" else None)
        named_at.setdefault(cluster_of[index], []).append(mention.start)
    settled: set[int] = set()  # entities a mention in the story, not a headline, has given their country
    from_a_headline: set[int] = set()  # entities whose country so far only a headline's words gave
    for index, mention in enumerate(mentions):
        cluster = cluster_of[index]
        entity = entities[cluster]
        if mention.text not in entity.names and index not in head_words:
            entity.names.append(mention.text)
        entity.role = fuller_role(entity.role, _as_held(text, mention, resources))
        if mention.type == "LOC" or not mention.country_hint or cluster in settled:
            continue
        # "Serb leader Dodik" in the headline, "Bosnian Serb leader Milorad Dodik" in the story: the story's fuller words
        headline = in_a_headline(text, spans, mention.start)
        if not entity.country or (cluster in from_a_headline and not headline):
            entity.country = mention.country_hint
        (from_a_headline if headline else settled).add(cluster)
    linked = [replace(m, cluster=cluster_of[i]) for i, m in enumerate(mentions)]
    _offices_of_counterparts(text, spans, linked, entities, resources)
    _home_bodies_named_abroad(text, linked, entities, resources)
    _generic_bodies_of_the_datelines_country(text, spans, linked, entities, resources)
    _scene_country_for_parties(text, spans, linked, entities, resources)
    _national_bodies_of_the_story(text, spans, linked, entities, resources)
    _parts_of_bodies_named(text, linked, entities)
    _countries_from_context(text, spans, linked, entities, resources)
    _propagate_principals(entities)
    _home_country_for_unqualified_offices(text, spans, linked, entities, resources, dct)
    for sentence in spans:  # "Eğitim-İş Sendikası Genel Başkanı X": a body given the home country only now passes it on
        _employers(text, [m for m in linked if sentence.start <= m.start < sentence.end], entities, resources)
    _employers_named_by_a_head_word(text, linked, entities, resources)
    _home_bodies_known(entities, resources)
    _small_foreign_towns(text, linked, entities, resources)
    _unknown_settlements_in_the_one_country(text, spans, linked, entities, resources)  # once every person has their office's country
    _bodies_based_in_a_country(text, linked, entities, resources)
    _bodies_named_by_their_field(entities, resources)
    for entity in entities:
        if entity.type == "PER" and not entity.english_name:
            entity.english_name = regnal_name(fullest_name(entity.names), resources.regnal_ordinals, resources.regnal_tens)
    return linked, entities


def _bodies_based_in_a_country(text: str, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``İspanya merkezli enerji şirketi Solaria``, ``Spain-based energy company Solaria``: a body
    no table gives a country is of the country it is based in."""
    if resources.based_in_between is None:
        return
    for place, body in pairwise(mentions):
        entity, where = entities[body.cluster], entities[place.cluster]
        if (body.type == "ORG" and not entity.country and place.type == "LOC" and where.kind == "country"
                and resources.based_in_between.match(lowercase(text[place.end:body.start], resources.lang))):
            entity.country = where.country


def _bodies_named_by_their_field(entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Lübnan Sağlık Bakanlığı`` and ``Lebanon's health ministry`` are one body, the
    ``Ministry of Health of Lebanon``: a ministry is named by its field and its country in every
    language, and keyed by that name so that articles in both languages meet on it (on the
    listed body's key when the tables know it: ``Turkey's foreign ministry`` is ``org:tr-mfa``)."""
    for entity in entities:
        if entity.type != "ORG" or entity.key or not entity.country:
            continue
        country = resources.known_by_key.get(f"country:{entity.country}")
        field_name = next((found for name in entity.names if (found := resources.body_of_a_field(tuple(fold(name).split())))), None)
        if country is None or field_name is None:
            continue
        the = "the " if entity.country in resources.countries_named_with_the else ""
        english = f"{field_name} of {the}{country.english_name}"
        known = resources.body_named_in_english(english)
        entity.key = known.key if known is not None else f"org:{slug(english)}"
        entity.english_name = known.english_name if known is not None else english
        entity.kind = known.kind if known is not None else entity.kind


CITIZENSHIP_REACH = 80  # characters after a country read for a word of citizenship, past the others listed with it


def the_one_country_named(mentions: list[Mention], entities: list[LocalEntity], text: str,
                          citizenship_after: re.Pattern[str] | None) -> str | None:
    """The country of every place and person the article names, when they are all in one: the
    police of a story told in Istanbul and Ankara are Türkiye's; a story that names Israel and
    Lebanon does not say whose the people killed were, nor does a Turkish cabinet's agenda that
    names Syria make the cabinet Syria's. (Bodies do not count: the news agency of the source
    line is named in every story; nor do countries people are from, ``Afganistan ve Eritre
    uyruklu``, which ``citizenship_after`` reads after the name.)"""
    def where_people_are_from(mention: Mention) -> bool:
        return citizenship_after is not None and citizenship_after.match(text, mention.end, mention.end + CITIZENSHIP_REACH) is not None

    countries = {entities[m.cluster].country for m in mentions if m.type in ("LOC", "PER") and entities[m.cluster].country
                 and not where_people_are_from(m)}
    return countries.pop() if len(countries) == 1 else None


def _small_foreign_towns(text: str, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Tulcea county``, ``Tulça iline``, ``Luzern, İsviçre'de``: a place no table knows that is the
    name of one foreign town (``towns.tsv``) is that town where the text names it as a settlement, or
    names the town's country right after it, or a rule read the name as a place; a name
    the model alone guessed a place may be a word or a person's (``Batı'ya``, the West; ``Tolga'nın``),
    and one that towns of several countries share stays unknown."""
    for index, mention in enumerate(mentions):
        entity = entities[mention.cluster]
        if mention.type != "LOC" or entity.key is not None or entity.country is not None:
            continue
        towns = small_towns().get(fold(mention.text), frozenset())
        countries = {country for _, country, _ in towns}
        if len(countries) != 1:
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        country_after = (following is not None and entities[following.cluster].kind == "country" and entities[following.cluster].country in countries
                         and text[suffix_end(text, mention.end):following.start].strip() == ",")
        read_by_a_rule = mention.origin == "pattern"  # not the model's guess: "the boat left Zuwara"
        if country_after or read_by_a_rule or _named_as_a_settlement(text, mentions, index, resources):
            entity.country = countries.pop()
            if len(towns) == 1:  # towns of one country sharing the name give only the country
                entity.key, _, entity.english_name = towns[0]
                entity.kind = "city"


def _named_as_a_settlement(text: str, mentions: list[Mention], index: int, resources: LanguageResources) -> bool:
    """The word for a town after the name, or after the names listed with it (``Manastır ve Pirlepe şehirleri``),
    or closing the name itself (``Karakeçili Mahallesi``)."""
    if resources.place_noun is None:
        return False
    words = mentions[index].text.split()
    if len(words) > 1 and resources.place_noun.fullmatch(lowercase(words[-1], resources.lang)):
        return True
    listed = mentions[index:]
    joints = {",", *resources.organization_conjunctions}
    end = next(suffix_end(text, m.end) for m, after in zip(listed, [*listed[1:], None])
               if after is None or text[suffix_end(text, m.end):after.start].strip() not in joints)
    return resources.place_noun.match(lowercase(text[end:end + 30], resources.lang).lstrip()) is not None


def _unknown_settlements_in_the_one_country(text: str, spans, mentions: list[Mention], entities: list[LocalEntity],
                                            resources: LanguageResources) -> None:
    """``Yerkesik, Bayır ve Kafaca mahallelerinin``: towns and quarters no table knows, named as
    such, in a story whose every known place and person is of one country, or in a sentence whose
    every other place is of one country (``Afganistan'ın doğusunda ... Kunar ve Nangarhar
    vilayetlerinde``; the people and bodies named with it may be foreign to it), are in that
    country (a sea, a palace or a disputed land named alone may not be)."""
    story = the_one_country_named(mentions, entities, text, resources.citizenship_after)
    for index, mention in enumerate(mentions):
        entity = entities[mention.cluster]
        if mention.type != "LOC" or entity.key is not None or entity.country is not None:
            continue
        country = story or _the_one_country_of_its_sentence(spans, mentions, entities, mention)
        if country is not None and _named_as_a_settlement(text, mentions, index, resources):
            entity.country = country


def _the_one_country_of_its_sentence(spans, mentions: list[Mention], entities: list[LocalEntity], mention: Mention) -> str | None:
    sentence = sentence_at(spans, mention.start)
    countries = {entities[m.cluster].country for m in mentions if sentence is not None and sentence.start <= m.start < sentence.end
                 and m is not mention and m.type == "LOC" and entities[m.cluster].country}
    return countries.pop() if len(countries) == 1 else None


def _offices_of_counterparts(text: str, spans, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Dışişleri Bakanı Hakan Fidan, Özbek mevkidaşı X ile görüştü``: a counterpart holds the
    office of the last person with a role named before in the sentence, not one named as the agent
    of a passive (``Foreign Minister X was received by President Y before talks with his
    counterpart Z``: X's)."""
    for index, mention in enumerate(mentions):
        if mention.type != "PER" or mention.title not in resources.peer_titles:
            continue
        sentence = sentence_at(spans, mention.start)
        holders = [other for other in mentions[:index] if other.type == "PER" and other.title not in resources.peer_titles
                   and entities[other.cluster].role and sentence is not None and sentence.start <= other.start]
        if holders and entities[mention.cluster].role == mention.role:
            holder = next((other for other in reversed(holders) if not _agent_of_a_passive(text, other, resources)), holders[-1])
            entities[mention.cluster].role = entities[holder.cluster].role


def _agent_of_a_passive(text: str, mention: Mention, resources: LanguageResources) -> bool:
    """``by Iranian President X``, ``X tarafından``: the name is the agent of a passive verb."""
    before = resources.agent_before is not None and resources.agent_before.search(text, max(0, mention.start - AGENT_REACH), mention.start)
    after = resources.agent_after is not None and resources.agent_after.match(text, mention.end, mention.end + AGENT_REACH)
    return bool(before or after)


def _namesakes_of_countries_named(spans, mentions: list[Mention], resources: LanguageResources) -> list[Mention]:
    """``İspanya'nın doğusundaki Valensiya``: a city that shares its name with a city of another
    country is the one in the country its sentence names, when the tables' first choice is in none."""
    if not resources.namesake_places:
        return mentions
    resolved = []
    for mention in mentions:
        namesakes = resources.namesake_places.get(fold(mention.text)) if mention.type == "LOC" and mention.key else None
        if namesakes:
            span = sentence_at(spans, mention.start)
            named = {m.country_hint for m in mentions if span is not None and span.start <= m.start < span.end
                     and (m.key or "").startswith("country:")}
            meant = [place for place in namesakes if place.country in named]
            if mention.country_hint not in named and len(meant) == 1:
                mention = replace(mention, key=meant[0].key, country_hint=meant[0].country)
        resolved.append(mention)
    return resolved


def _short_forms_in_the_sense_named(mentions: list[Mention], resources: LanguageResources) -> list[Mention]:
    """``RSF`` in a story that names the Rapid Support Forces (``Hızlı Destek Kuvvetleri``) is
    theirs, not Reporters Without Borders': a short form of several senses takes the one whose
    body the article names otherwise."""
    named = {m.key for m in mentions if m.key and fold(m.text) not in resources.short_form_senses}
    resolved = []
    for mention in mentions:
        senses = resources.short_form_senses.get(fold(mention.text), ())
        meant = next((key for key in senses if key in named and key != mention.key), None)
        known = resources.known_by_key.get(meant) if meant else None
        resolved.append(replace(mention, key=known.key, type=known.type, country_hint=known.country) if known is not None else mention)
    return resolved


def _with_short_forms(text: str, mentions: list[Mention]) -> tuple[list[Mention], dict[int, int]]:
    """``Afet ve Acil Durum Yönetimi Başkanlığı (AFAD)``: an acronym in brackets right after a
    name is that name's short form. A known acronym lends the full name its key; an unknown one
    is mapped to the full name's mention (returned as {acronym index: name index})."""
    lent_keys: dict[str, str] = {}
    short_forms: dict[int, int] = {}
    for index, (name, short) in enumerate(pairwise(mentions)):
        bracket = BRACKETED_ACRONYM.match(text, name.end) or BRACKETED_NAME.match(text, name.end)  # the patterns the recogniser read them by
        if name.type != short.type or bracket is None or bracket.span(1) != (short.start, short.end):
            continue
        if short.key and not name.key:
            lent_keys[fold(name.text)] = short.key
        elif not short.key:  # "Hızlı Destek Kuvvetleri'nin (HDK)": a known name's unknown acronym is its short form too
            short_forms[index + 1] = index
    # the body the tables know is the name's, with the tables' country ("BM Barış Gücü (UNDOF)": no country's force)
    keyed = [replace(m, key=lent_keys[fold(m.text)], country_hint=None) if not m.key and fold(m.text) in lent_keys else m for m in mentions]
    # "in ELN drone attack" in a headline, read as a place: the acronym the article spells out is that body
    spelled_out = {fold(mentions[index].text): mentions[index].type for index in short_forms}
    keyed = [replace(m, type=spelled_out[fold(m.text)]) if not m.key and m.text.isupper() and spelled_out.get(fold(m.text), m.type) != m.type
             else m for m in keyed]
    return keyed, short_forms


def _home_country_for_unqualified_offices(text: str, spans, mentions: list[Mention], entities: list[LocalEntity],
                                         resources: LanguageResources, dct: date | None = None) -> None:
    """The last resort: an office, or a ministry or governorship, named with no country is the
    home country's, unless its sentence has set the scene in a country before it (``Portekiz'de
    dün yapılan seçimde, Başbakan Luís Montenegro``: Portugal's prime minister), or the office is
    one the home country had abolished by the article's date (a prime minister in a report from
    Pakistan is Pakistan's). An office qualified by a place that is no country (``KKTC
    Cumhurbaşkanı``) is that place's, not the home country's."""
    if not resources.home_country:
        _dateline_country_for_unqualified_offices(text, spans, mentions, entities, resources)
        return
    capital = partial(_a_capital, resources=resources)  # "Bakü'de Cumhurbaşkanı X": a capital sets the scene too
    foreign = _foreign_country_of_the_article(text, mentions, entities, resources.topic_after_a_place)
    default = foreign if foreign and not _names_the_home_country(mentions, entities, resources.home_country) else resources.home_country
    # an office the home country no longer has ("Başbakan Viktor Orban" after 2018) is the foreign or most named country's
    abroad = foreign or _most_named_country(mentions, entities)[0]
    abroad = abroad if abroad != resources.home_country else None  # "Devlet Başkanı Putin" in a story naming Türkiye most
    dateline = dateline_country(text, spans, mentions, entities, resources)
    # a person's office read from what a sentence tells (a scene, a counterpart, a welcome) outweighs
    # the article's default read from another mention ("Dışişleri Bakanı Fidan, Tahran'da ..." in a headline)
    defaulted: set[int] = set()
    for index, mention in enumerate(mentions):
        entity = entities[mention.cluster]
        if (entity.country and mention.cluster not in defaulted) or mention.country_hint:
            continue
        office = mention.type == "PER" and resources.is_home_office(mention.title) and not _office_of_the_name_before(text, mentions, index, resources.title_words)
        body = _a_body_of_no_country_named(mention, entity, resources)
        # "AB Dönem Başkanlığı" is the EU's, "Emniyet Genel Müdürlüğü ... Daire Başkanlığı" Türkiye's: part of the body it opens with
        if body and (whole := resources.known_name_at_start(fold(mention.text).split()[:-1], kind="ORG")) is not None:
            entity.country = whole[1].country
            continue
        if office or body:
            abolished = resources.home_offices_abolished.get(mention.title or "")
            home_office = abolished is None or dct is None or dct < abolished
            scene = country_of_the_scene(text, spans, mention.start, mentions, entities, stands_for_a_state=capital,
                                         occasion_after=resources.occasion_after_a_place, home_country=resources.home_country)
            if scene is not None and _another_office_of(scene, mention, spans, mentions):
                scene = None  # "Bakü'de Enerji Bakanı X ile Azerbaycan Ekonomi Bakanı Y": the scene's own office is named as such
            if scene is None and mention.title in resources.scene_offices:
                if foreign is None:
                    continue  # "başbakan adayı X" with no scene: a candidate anywhere
                scene = foreign  # "Romanya'da ... seçimin ikinci turu ... aday X": the foreign country the article is about
            # "Peru Kongresi, Devlet Başkanı X'i görevden aldı": with no country named, the foreign body of its sentence
            chosen = scene or (default if home_office else abroad or _the_one_foreign_body_country(spans, mention, mentions, entities,
                                                                                                  resources.home_country))
            if body and fold(mention.text) in resources.home_bodies_at_work_at_home and chosen == resources.home_country:
                chosen = _the_one_foreign_scene(text, mentions, entities, resources) or chosen  # "İçişleri Bakanlığı" in a report from Paris
            told = scene is not None
            if office and home_office and not told and (posted := _the_datelines_body_of_the_office(dateline, mention, mentions, entities, resources)):
                chosen, told = posted, True  # "WASHINGTON (AA) - ABD Hazine Bakanlığı ... Hazine Bakanı X": the dateline country's
            if office and home_office and chosen != resources.home_country and _a_counterpart_of(chosen, mention, spans, mentions, resources):
                # "Dışişleri Bakanı X, Bağdat'ta Iraklı mevkidaşı Y ile", "... Azerbaycan Dışişleri Bakanı Y ile": Y holds
                # that country's office, so X does not
                chosen, told = resources.home_country, True
            if office and home_office and chosen != resources.home_country and _welcomed(text, spans, mention, resources):
                chosen, told = resources.home_country, True  # "Cumhurbaşkanı X, Kuala Lumpur'da ... karşılandı": the guest, not the host
            if mention.cluster in defaulted and not told:
                continue
            entity.country = chosen
            if told:
                defaulted.discard(mention.cluster)
            elif office:
                defaulted.add(mention.cluster)


def _the_datelines_body_of_the_office(country: str | None, mention: Mention, mentions: list[Mention], entities: list[LocalEntity],
                                      resources: LanguageResources) -> str | None:
    """In a story datelined in a foreign ``country``'s town, an office whose body the article names
    with that country (``ABD Hazine Bakanlığı`` ... ``Hazine Bakanı Scott Bessent``) is that country's."""
    if country in (None, resources.home_country) or not mention.title:
        return None
    title = tuple(mention.title.split())
    for body in mentions:
        words = fold(body.text).split()
        holder = resources.head_holders.get(words[-1]) if body.type == "ORG" and len(words) > len(title) else None
        if holder is not None and entities[body.cluster].country == country and (*words[len(words) - len(title):-1], holder) == title:
            return country
    return None


def _the_one_foreign_body_country(spans, mention: Mention, mentions: list[Mention], entities: list[LocalEntity], home: str | None) -> str | None:
    """The one foreign country the bodies of ``mention``'s sentence are of (news agencies aside)."""
    sentence = sentence_at(spans, mention.start)
    if sentence is None:
        return None
    countries = {entities[m.cluster].country for m in mentions if sentence.start <= m.start < sentence.end and m.type == "ORG"
                 and entities[m.cluster].kind != NEWS_AGENCY}
    foreign = countries - {home, None}
    return foreign.pop() if len(foreign) == 1 else None


def _a_body_of_no_country_named(mention: Mention, entity: LocalEntity, resources: LanguageResources) -> bool:
    """A ministry, a directorate or a union no table knows, its name closed by a head word the
    language's news uses for bodies of the country the story is in (``İçişleri Bakanlığı``, ``Interior Ministry``),
    or named as one of the home bodies every country has (``Anayasa Mahkemesi``)."""
    folded = fold(mention.text)
    return mention.type == "ORG" and not entity.key and (folded.split()[-1] in resources.home_organization_heads or folded in resources.home_bodies)


def _welcomed(text: str, spans, mention: Mention, resources: LanguageResources) -> bool:
    """The person is welcomed in their sentence (``Cumhurbaşkanı X, ... resmi törenle karşılandı``):
    a guest where the sentence sets its scene."""
    sentence = sentence_at(spans, mention.start)
    return (resources.welcomed is not None and sentence is not None
            and resources.welcomed.search(lowercase(text[mention.end:sentence.end], resources.lang)) is not None)


def _the_one_foreign_scene(text: str, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> str | None:
    """The foreign country every place and person of the article is in, named twice or more and
    once in the locative (``Fransa'nın başkenti Paris'te``), when nothing of the home country is named."""
    country = the_one_country_named(mentions, entities, text, resources.citizenship_after)
    places = [m for m in mentions if m.type == "LOC" and entities[m.cluster].country == country]
    if country is None or country == resources.home_country or len(places) < 2 or _names_the_home_country(mentions, entities, resources.home_country):
        return None
    return country if any(_suffix_after(text, m.end) in LOCATIVE_ENDINGS for m in places) else None


def _dateline_country_for_unqualified_offices(text: str, spans, mentions: list[Mention], entities: list[LocalEntity],
                                              resources: LanguageResources) -> None:
    """With no home country (English): ``NAIROBI (AP) - ... Interior Minister X``: an office, or a
    ministry, named with no country in a story datelined in a country's town is that country's, unless its
    sentence names another country before it (``WASHINGTON - ... Venezuela's state oil company ...
    President Nicolas Maduro``) and not the dateline country's people before the office. A town of
    one country right before the office sets its scene, with a dateline or without (``In Moscow,
    Foreign Ministry spokeswoman X``)."""
    country = dateline_country(text, spans, mentions, entities, resources) or the_one_scene_country(text, mentions, entities, resources.scene_before)
    for index, mention in enumerate(mentions):
        entity = entities[mention.cluster]
        body = _a_body_of_no_country_named(mention, entity, resources)
        if (not entity.country and not mention.country_hint and (body or mention.type == "PER" and resources.is_home_office(mention.title))
                and not _office_of_the_name_before(text, mentions, index)):
            sentence = sentence_at(spans, mention.start)
            # a country named inside a quotation ("Russia is betting on terror", Zelenskiy said) sets no scene
            # ("President X signed an order imposing tariffs on China": a country named after the office is what it acts on)
            named = {entities[m.cluster].country for m in mentions if m.type == "LOC" and (entities[m.cluster].key or "").startswith("country:")
                     and sentence is not None and sentence.start <= m.start < mention.start
                     and not inside_quotation_marks(text, sentence.start, m.start)}
            # "Polish police arrested two Ukrainian citizens ..., Interior Minister X said": the dateline's own
            # nationality in the sentence outweighs another country named there
            own = country is not None and sentence is not None and _calls_its_people(country, text[sentence.start:mention.start], resources)
            told = past_the_dateline(text, sentence, resources.dateline) if sentence is not None else None
            # "In Moscow, Foreign Ministry spokeswoman X": a town of one other country before the office, past the
            # dateline, and no other country named, sets the scene
            towns = {entities[m.cluster].country for m in mentions if m.type == "LOC" and told is not None
                     and told.start <= m.start < mention.start and not (entities[m.cluster].key or "").startswith("country:")}
            if len(towns) == 1 and not own and not named - towns and None not in towns and towns != {country}:
                entity.country = towns.pop()
                continue
            # "BERLIN (AP) - Germany will deliver ... to Ukraine, Defense Minister X said": the sentence's subject is the dateline's country
            first = next((m for m in mentions if told is not None and told.start <= m.start < mention.start and m.type == "LOC"
                          and (entities[m.cluster].key or "").startswith("country:")), None)
            opens = first is not None and entities[first.cluster].country == country and not text[told.start:first.start].strip()
            if country is not None and (named <= {country} or own or opens):
                entity.country = country


def dateline_country(text: str, spans, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> str | None:
    """The country of the place a story's dateline opens it in (``NAIROBI (AP) - ``, ``BERLİN (AA) -``),
    if any, and if the story is set there: a dateline in a town where others meet, whose country the
    story never names while it names others, is only where the talks were (``GENEVA (AFP) - Libya's
    rival administrations agreed ...``), and a bureau's town, in a story of another country's towns
    (``CAIRO (AP) - ... west of El Obeid``), is only where it was written: neither is whose people act."""
    for sentence in spans:
        body = past_the_dateline(text, sentence, resources.dateline)
        if body.start > sentence.start:
            places = [m for m in mentions if sentence.start <= m.start < body.start and m.type == "LOC" and entities[m.cluster].country]
            if not places:
                return None
            town = entities[places[0].cluster]
            return town.country if _set_in(town, body.start, text, mentions, entities, resources) else None
    return None


def _set_in(town: LocalEntity, start: int, text: str, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> bool:
    """Whether the story from ``start`` is set in the dateline town's country: yes, unless it never
    names the town's country, a place in it or its people, and either the town is where others
    meet (Geneva) and the story names other countries, or it names towns or regions of another
    country (``CAIRO (AP) - ... a village west of El Obeid``: a bureau's town, the story Sudan's)."""
    country = town.country
    if country == resources.home_country:
        return True
    later = [entities[m.cluster] for m in mentions if m.start >= start and m.type == "LOC" and entities[m.cluster].country]
    countries = {place.country for place in later if (place.key or "").startswith("country:")}
    if town.key in resources.venue_towns:  # "talks in Geneva" names the venue again, not the story's country
        return country in countries or not countries or _calls_its_people(country, text[start:], resources)
    if any(place.country == country for place in later) or _calls_its_people(country, text[start:], resources):
        return True
    return all((place.key or "").startswith("country:") for place in later)


def _calls_its_people(country: str, text: str, resources: LanguageResources) -> bool:
    """Whether ``text`` holds an adjective of ``country``'s nationality (``Polish``, ``Swiss``)."""
    return any(resources.country_of_adjective(fold(word)) == country for word in re.findall(r"[^\W\d_]+", text))


def _a_counterpart_of(country: str | None, mention: Mention, spans, mentions: list[Mention], resources: LanguageResources) -> bool:
    """A counterpart of ``country`` named in the mention's sentence (``Iraklı mevkidaşı``), or the
    holder of the mention's own office there (``Azerbaycan Dışişleri Bakanı``)."""
    return any(other.title in resources.peer_titles or other.title == mention.title
               for other in _office_holders_of(country, mention, spans, mentions))


def _home_bodies_known(entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Dışişleri Bakanlığı`` given the home country is the home ministry the tables know: one
    entity with ``Dışişleri`` and with the ministry in other articles."""
    for entity in entities:
        if entity.type == "ORG" and not entity.key and entity.country == resources.home_country:
            names = [_without_the_home_country(fold(name), resources) for name in entity.names]
            home = next((resources.home_bodies[folded] for folded in names if folded in resources.home_bodies), None)
            if home is not None:
                entity.key, entity.kind, entity.english_name = home.key, home.kind, home.english_name


def _without_the_home_country(folded: str, resources: LanguageResources) -> str:
    """``turkiye disisleri bakanligi`` → ``disisleri bakanligi``: the home country's name opening a
    body's name, which the home bodies are known without."""
    words = folded.split()
    for length in range(1, min(3, len(words) - 1) + 1):
        known = resources.known_names.get(" ".join(words[:length]))
        if known is not None and known.kind == "country" and known.country == resources.home_country:
            return " ".join(words[length:])
    return folded


def _another_office_of(country: str, mention: Mention, spans, mentions: list[Mention]) -> bool:
    """Another holder of an office in the mention's sentence whose title names ``country``."""
    return bool(_office_holders_of(country, mention, spans, mentions))


def _office_holders_of(country: str | None, mention: Mention, spans, mentions: list[Mention]) -> list[Mention]:
    """The other people with a title in the mention's sentence whose title names ``country``."""
    sentence = sentence_at(spans, mention.start)
    if country is None or sentence is None:
        return []
    return [other for other in mentions if other is not mention and other.type == "PER" and other.title and other.country_hint == country
            and sentence.start <= other.start < sentence.end]


def _scene_country_for_parties(text: str, spans, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Hollanda'da yapılan seçimde ... Özgürlük Partisi``: a party named with no country is the
    country's its sentence sets the scene in (before its leader takes the party's country); with
    no scene in its sentence, it is the country every party given one that way is of (``Norveç'te
    ... İşçi Partisi birinci ... İlerleme Partisi ikinci``). A name the common noun follows, in
    any case, is one too (``GERB partisi``, ``Birleşik Ulusal Hareket partisinin``)."""
    def names_a_party(mention: Mention) -> bool:
        following = re.match(r"\s+(\w+)", text[suffix_end(text, mention.end):mention.end + 40])
        return (fold(mention.text).split()[-1] in resources.scene_organization_heads
                or (following is not None and following.group(1).islower() and _a_party_word(following.group(1), resources)))

    parties = [m for m in mentions if m.type == "ORG" and not entities[m.cluster].country and not entities[m.cluster].key and names_a_party(m)]
    for mention in parties:
        entity = entities[mention.cluster]
        entity.country = entity.country or country_of_the_scene(text, spans, mention.start, mentions, entities)
    scenes = {entities[m.cluster].country for m in parties if entities[m.cluster].country}
    if len(scenes) == 1:
        for mention in parties:
            entities[mention.cluster].country = entities[mention.cluster].country or next(iter(scenes))


def _national_bodies_of_the_story(text: str, spans, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Endonezya'nın Sumatra Adası'nda ... Ulusal Afet Yönetim Ajansı Başkanı``: a national body
    named with no country is the country's its sentence sets the scene in, else the one country
    the story names."""
    national = [m for m in mentions if m.type == "ORG" and not entities[m.cluster].country and not entities[m.cluster].key
                and fold(m.text).split()[0] in resources.national_words and " " in m.text]
    story = the_one_country_named(mentions, entities, text, resources.citizenship_after) if national else None
    for mention in national:
        entity = entities[mention.cluster]
        entity.country = entity.country or country_of_the_scene(text, spans, mention.start, mentions, entities) or story


def _a_party_word(word: str, resources: LanguageResources) -> bool:
    """``partisi``, ``partisinin``: a party's or an assembly's common noun, in any case."""
    return fold(word).startswith(resources.scene_organization_heads)


def _office_of_the_name_before(text: str, mentions: list[Mention], index: int, title_words: frozenset[str] = frozenset()) -> bool:
    """``KKTC Cumhurbaşkanı Tufan Erhürman``: the title right after a named place or body, or its
    bracketed short form (``Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Cumhurbaşkanı``); with
    ``title_words``, also after words of titles (``Demokrat Parti'nin başkan adayı X``)."""
    mention = mentions[index]
    if index == 0 or mentions[index - 1].type == "PER" or not mention.title:
        return False
    before_end = mentions[index - 1].end
    if text.startswith(")", before_end) and re.fullmatch(r"\s+[\w\s]+", text[before_end + 1:mention.start]):
        before_end += 1  # "(KKTC) Cumhurbaşkanı": past the bracket (not a dateline's "(AP) - President")
    between = fold(text[before_end:mention.start]).split()
    if " ".join(between) == mention.title:
        return True
    # "'nin başkan adayı": past the case ending, words of titles before the title
    title, words = mention.title.split(), fold(text[suffix_end(text, mentions[index - 1].end):mention.start]).split()
    return len(words) > len(title) and words[-len(title):] == title and all(word in title_words for word in words[:-len(title)])


def _home_bodies_named_abroad(text: str, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Meclis`` alone names the home parliament in a home story; in a report from Serbia that
    names nothing of Türkiye (``Göstericiler Meclis binası önüne yürüdü``) it is Serbia's."""
    generic = {m.cluster for m in mentions if fold(m.text) in resources.home_generic_names}
    generic = {c for c in generic if all(fold(name) in resources.home_generic_names for name in entities[c].names)}
    if not generic:
        return
    placed = _generic_bodies_in_a_foreign_place(text, mentions, generic, entities, resources.home_country)
    for cluster, country in placed:
        _given_to_another_country(entities[cluster], country)
        generic.discard(cluster)
    _office_holders_go_with_their_bodies(text, mentions, {cluster for cluster, _ in placed}, entities, resources.home_country)
    others = [m for m in mentions if m.cluster not in generic]
    foreign = _foreign_country_of_the_article(text, others, entities, resources.topic_after_a_place)
    if foreign is None or _names_the_home_country(others, entities, resources.home_country):
        return
    for cluster in generic:
        _given_to_another_country(entities[cluster], foreign)
    _office_holders_go_with_their_bodies(text, mentions, generic, entities, resources.home_country)


def _generic_bodies_of_the_datelines_country(text: str, spans, mentions: list[Mention], entities: list[LocalEntity],
                                             resources: LanguageResources) -> None:
    """``LIMA (Reuters) - ... outside Congress``: with no home country, a body's common name the tables
    give one country's body (``Congress``, the United States') is, in a story datelined in another
    country that names nothing else of that one, the dateline country's."""
    if resources.home_country or not resources.home_generic_names:
        return
    generic = {m.cluster for m in mentions if fold(m.text) in resources.home_generic_names}
    generic = {c for c in generic if all(fold(name) in resources.home_generic_names for name in entities[c].names)}
    dateline = dateline_country(text, spans, mentions, entities, resources) if generic else None
    if dateline is None:
        return
    others = [entities[m.cluster].country for m in mentions if m.cluster not in generic and m.type in ("LOC", "ORG")]
    for cluster in generic:
        if entities[cluster].country not in (dateline, *others):
            _given_to_another_country(entities[cluster], dateline)


def _given_to_another_country(entity: LocalEntity, country: str) -> None:
    """The home body a common name first gave is another country's: no table key, no English name of the home one."""
    entity.key, entity.country, entity.english_name = None, country, None


def _office_holders_go_with_their_bodies(text: str, mentions: list[Mention], bodies: set[int], entities: list[LocalEntity], home: str) -> None:
    """``Meclis Başkanı Kim Jae-hoon``: who holds an office of a body found to be another country's
    is of that country too, not the home one the body's name first gave."""
    for body, holder in pairwise(mentions):
        if (body.cluster in bodies and holder.type == "PER" and entities[holder.cluster].country == home
                and re.fullmatch(r"(?:\s+[A-ZÇĞİÖŞÜ]\w*){1,3}\s+", text[body.end:holder.start])):
            entities[holder.cluster].country = entities[body.cluster].country


def _generic_bodies_in_a_foreign_place(text: str, mentions: list[Mention], generic: set[int], entities: list[LocalEntity],
                                       home: str) -> list[tuple[int, str]]:
    """``Şam'da Genelkurmay Başkanlığı binası``: a body's common name right after a foreign place in
    the locative is that place's country's, whatever else the article names."""
    found = []
    for place, body in pairwise(mentions):
        country = entities[place.cluster].country
        if (body.cluster in generic and place.type == "LOC" and country not in (None, home)
                and _suffix_after(text, place.end) in LOCATIVE_ENDINGS and not text[suffix_end(text, place.end):body.start].strip()):
            found.append((body.cluster, country))
    return found


def _names_the_home_country(mentions: list[Mention], entities: list[LocalEntity], home: str) -> bool:
    return any(entities[m.cluster].country == home and entities[m.cluster].kind != NEWS_AGENCY for m in mentions if m.type in ("LOC", "ORG"))


def _foreign_country_of_the_article(text: str, mentions: list[Mention], entities: list[LocalEntity], topic_after=None) -> str | None:
    """The country the article names more often than any other, twice or more, once at least in
    the locative, itself or a place in it (a report from Germany, ``Almanya'da``, ``Berlin'de``:
    its president is Germany's, unless the article names something of the home country too:
    AFAD's aid to Sudan is still Türkiye's story, and so is a visit to Hungary, ``Macaristan'ı
    ziyaret edecek``, which names Hungary only as where the president goes). An article set in
    places of two countries or more, a tour, is reported from none of them."""
    # the scenes: countries, or places in them ("Gürcistan'ın başkenti Tiflis'te"), in the locative; a tour
    # ("Riyad'da ..., Doha'da ...") is reported from no one of them
    return _the_country_of_every_scene(mentions, entities, lambda m: _suffix_after(text, m.end) in LOCATIVE_ENDINGS
                                       and not _a_topic_after(text, suffix_end(text, m.end), topic_after))


def _the_country_of_every_scene(mentions: list[Mention], entities: list[LocalEntity], is_scene) -> str | None:
    """The country the article names more often than any other, by its name twice or more, or
    three times or more counting its places (``Gürcistan'ın başkenti Tiflis'te`` and ``Tiflis'te``
    again), when every place ``is_scene`` accepts is in it."""
    first, count = _most_named_country(mentions, entities)
    if count < 2:
        first, count = _most_named_country(mentions, entities, by_its_places=True)
        if count < 3:
            return None
    scenes = {entities[m.cluster].country for m in mentions if m.type == "LOC" and is_scene(m)}
    return first if scenes - {None} == {first} else None


def the_one_scene_country(text: str, mentions: list[Mention], entities: list[LocalEntity], scene_before) -> str | None:
    """With no dateline to tell it (``DAKAR (Reuters) - A group of soldiers in Guinea-Bissau ...``):
    the country the article names more often than any other, twice or more, when every place named
    after ``scene_before`` (``in the capital Bissau``) is in it; or, when none is named so, the one
    country every place the article names is in."""
    if scene_before is None:
        return None
    lowered = text.lower()
    return (_the_country_of_every_scene(mentions, entities, lambda m: scene_before.search(lowered, max(0, m.start - 30), m.start) is not None)
            or _the_only_country_named(mentions, entities))


def _the_only_country_named(mentions: list[Mention], entities: list[LocalEntity]) -> str | None:
    """``A magnitude 7.2 earthquake struck off the coast of northern Japan ... Hachinohe``: every place
    the article names is in one country, named by its name and its places three times or more."""
    first, count = _most_named_country(mentions, entities, by_its_places=True)
    places = {entities[m.cluster].country for m in mentions if m.type == "LOC"} - {None}
    return first if count >= 3 and places == {first} else None


def _a_topic_after(text: str, position: int, topic_after) -> bool:
    """``Gazze'de yaşananları``: a place in the locative before a participle of what happens there is
    what the article is about, not where it is reported from."""
    return topic_after is not None and topic_after.match(text, position) is not None


def _most_named_country(mentions: list[Mention], entities: list[LocalEntity], by_its_places: bool = False) -> tuple[str | None, int]:
    """The country the article names by its name more often than any other, and how often; with
    ``by_its_places``, named by its name or a place in it (``Gürcistan'ın başkenti Tiflis'te``),
    by its own name once at least."""
    places = [entities[m.cluster] for m in mentions if m.type == "LOC" and entities[m.cluster].country]
    by_name = Counter(entity.country for entity in places if (entity.key or "").startswith("country:"))
    named = Counter(entity.country for entity in places if entity.country in by_name) if by_its_places else by_name
    (first, count), *rest = named.most_common(2) or [(None, 0)]
    return (first, count) if not rest or rest[0][1] < count else (None, 0)


def country_of_the_scene(text: str, spans, position: int, mentions: list[Mention], entities: list[LocalEntity],
                         countries_only: bool = True, stands_for_a_state=lambda entity: False, place_noun=None, scene_before=None,
                         occasion_after=None, home_country: str | None = None) -> str | None:
    """The country of the last place named in the locative before ``position`` in its sentence:
    a country itself or a place ``stands_for_a_state`` accepts (a capital: ``Bakü'de Cumhurbaşkanı
    X``), or with ``countries_only`` off any place the tables give a country (``Tiflis'te polis``);
    the locative may stand on a word for a settlement after it that ``place_noun`` matches
    (``El-Faşir kentinde``), or, in English, on the words ``scene_before`` matches (``in southern Gaza``).
    A place abroad of the occasion a relative clause after it names (``occasion_after``: ``Cenevre'de
    düzenlediği basın toplantısında``) is where words were said, not the scene of what they tell
    (a home town's press conference, ``Batman'da yaptığı toplantıda``, is as likely about home)."""
    sentence = sentence_at(spans, position)
    if sentence is None:
        return None

    def scene(entity: LocalEntity) -> bool:
        if not countries_only:
            return bool(entity.country)
        return (entity.key or "").startswith("country:") or (bool(entity.country) and stands_for_a_state(entity))

    lowered = text[:position].lower() if scene_before is not None else ""
    scenes = [m for m in mentions if sentence.start <= m.start < position and m.type == "LOC"
              and scene(entities[m.cluster]) and not (occasion_after is not None and occasion_after.match(text, m.end)
                                                      and entities[m.cluster].country != home_country)
              and (_suffix_after(text, m.end) in LOCATIVE_ENDINGS or _settlement_in_the_locative(text, m.end, place_noun)
                                                  or (scene_before is not None and scene_before.search(lowered, max(0, m.start - 30), m.start) is not None))]
    return entities[scenes[-1].cluster].country if scenes else None


def _settlement_in_the_locative(text: str, end: int, place_noun) -> bool:
    """``kentinde``, ``bölgesinde`` right after the name: the place's case stands on that word."""
    word = re.match(r"\s+(\w+)", text[end:end + 30])
    return place_noun is not None and word is not None and place_noun.fullmatch(word.group(1)) is not None and word.group(1).endswith(LOCATIVE_ENDINGS)


def _a_capital(entity: LocalEntity, resources: LanguageResources) -> bool:
    known = resources.known_by_key.get(entity.key or "")
    return known is not None and known.capital


def _bodies_named_by_a_head_word(mentions: list[Mention], resources: LanguageResources) -> dict[int, int]:
    """``Bakanlık Sözcüsü``: a bare organisation head word names the last body named in full
    before it whose name it closes (``Almanya İçişleri Bakanlığı``), as a sentence's opening head
    word does for events and quotes; returned as {bare word's index: name's index}."""
    found = {}
    for index, mention in enumerate(mentions):
        if mention.type != "ORG" or mention.key or " " in mention.text or fold(mention.text) not in resources.organization_heads:
            continue
        body = last_body_closed_by(mentions[:index], mention.text, mention.start, resources.name_connector_tails)
        if body is not None:
            found[index] = mentions.index(body, 0, index)
    return found


def _with_head_words(mentions: list[Mention], short_forms: dict[int, int],
                     named_again: list[tuple[Mention, int]]) -> tuple[list[Mention], dict[int, int], set[int]]:
    """The mentions with the head words' added in text order, the short forms moved to the new
    indices and each head word mapped to its body's, and the head words' indices ("Bakanlığ(ın)":
    no name to list)."""
    if not named_again:
        return mentions, short_forms, set()
    tagged = [*((mention, index) for index, mention in enumerate(mentions)), *((word, -1 - number) for number, (word, _) in enumerate(named_again))]
    ordered = sorted(tagged, key=lambda pair: (pair[0].start, pair[0].end))
    position = {tag: new for new, (_, tag) in enumerate(ordered)}
    moved = {position[short]: position[full] for short, full in short_forms.items()}
    moved.update({position[-1 - number]: position[body] for number, (_, body) in enumerate(named_again)})
    return [mention for mention, _ in ordered], moved, {position[-1 - number] for number in range(len(named_again))}


def _bodies_named_again_by_their_word(text: str, spans, mentions: list[Mention], resources: LanguageResources) -> list[tuple[Mention, int]]:
    """``Asgari Ücret Tespit Komisyonu ... Komisyonun ikinci toplantısı``, ``Mahkemeye``: a body's
    word alone, capitalised as the name of one body is, with no name around it and a case ending at
    most, names the body last named whose name it closes: (the word's mention, the name's index)
    pairs (the recogniser leaves such words out, a sentence's first word above all, as it cannot
    know them for names)."""
    if resources.bare_noun_case is None:
        return []
    index_of = {id(mention): index for index, mention in enumerate(mentions)}
    added = []
    for sentence in spans:
        words = list(re.finditer(r"[A-ZÇĞİÖŞÜ][^\W\d_]+", text[sentence.start:sentence.end]))
        for word in words:
            start, end = sentence.start + word.start(), sentence.start + word.end()
            stem = resources.body_word_stem(fold(word.group()))
            if not stem or any(m.start <= start < m.end or start <= m.start < end for m in mentions):
                continue
            if resources.group_pattern is not None and resources.group_pattern.fullmatch(lowercase(word.group(), resources.lang)):
                continue  # "Mahkeme heyeti", "Hükümet": a group's word, which the groups stage joins to the body named
            after = re.match(r"\s+[A-ZÇĞİÖŞÜ]", text[end:end + 3])
            # a capitalised word right before, unless it opens the sentence ("Açıklamada Bakanlığın")
            before = re.search(r"(\S+)\s+$", text[sentence.start:start])
            if after is not None or (before is not None and before.start(1) > 0 and before.group(1)[0].isupper()):
                continue  # "Komisyon Başkanı", "Türk Kızılay Derneği": a word of a longer name
            body = last_body_closed_by(mentions, word.group()[:stem], start)
            if body is not None:
                added.append((replace(body, start=start, end=start + stem, text=text[start:start + stem], origin=HEAD_WORD), index_of[id(body)]))
    return added


def _as_written_with_a_patronymic(text: str, mention: Mention, patronymics: frozenset[str]) -> str:
    """``Bin Ferhan``, its particle left out of the name found at a sentence's start: the person
    called by the father's name, as written, for ``Faysal bin Ferhan``."""
    before = re.search(r"(\w+)\s+$", text[max(0, mention.start - 8):mention.start])
    return f"{before.group(1)} {mention.text}" if before is not None and fold(before.group(1)) in patronymics else mention.text


def _find_or_add(mention: Mention, entities: list[LocalEntity], by_key: dict[str, int], resources: LanguageResources,
                 may_stand_for=lambda number: True, last_named_before=lambda number: -1, written: str | None = None) -> int:
    if mention.key:
        if mention.key not in by_key:
            entities.append(LocalEntity(mention.type, [], key=mention.key, country=mention.country_hint))
            known = resources.known_by_key.get(mention.key)
            if known is not None:
                entities[-1].kind, entities[-1].english_name = known.kind, known.english_name
            by_key[mention.key] = len(entities) - 1
        return by_key[mention.key]
    written = written or mention.text
    if mention.type == "PER" and (namesake := _person_named_exactly(written, entities, last_named_before, resources.patronymic_particles)) is not None:
        return namesake
    for number, entity in enumerate(entities):
        if entity.type != mention.type:
            continue
        if entity.key:  # "HDK" again, after "Hızlı Destek Kuvvetleri'nin (HDK)" lent the known body its short form
            if mention.type != "PER" and fold(mention.text) in {fold(name) for name in entity.names}:
                return number
            continue
        if mention.type == "PER" and any(names_match(written, name, resources.name_particles, resources.patronymic_particles)
                                         for name in entity.names + [entity.name]):
            return number
        # "Türk Dışişleri Bakanlığı" is not "Yunanistan Dışişleri Bakanlığı" said shorter: their countries differ
        other_country = mention.country_hint and entity.hint and mention.country_hint != entity.hint
        # "The foreign ministry said ... Russian foreign ministry spokeswoman": a body written in lower case, named
        # with a country only after it was named bare, may be another country's
        other_country = other_country or (mention.country_hint and not entity.hint and mention.text.islower())
        if (mention.type != "PER" and not other_country and any(_short_form_of(fold(mention.text), fold(name)) for name in entity.names)
                and may_stand_for(number)):
            return number
    # an unlisted place may know its country from the text ("Malatya'nın Pütürge ilçesi")
    entities.append(LocalEntity(mention.type, [mention.text], country=mention.country_hint if mention.type == "LOC" else None,
                                hint=mention.country_hint))
    return len(entities) - 1


def _person_named_exactly(written: str, entities: list[LocalEntity], last_named_before, patronymics: frozenset[str]) -> int | None:
    """The person whose name holds the mention's every word as written (``Petro`` for ``Gustavo
    Petro``), before any whose name is only spelled alike (``Pedro Sanchez``, named earlier). Of
    two such (``Kim Jong Un'un kız kardeşi Kim Yo Jong ... Kim, ... dedi``) the one named last before it."""
    words = fold(written).split()
    holders = [number for number, entity in enumerate(entities)
               if entity.type == "PER" and not entity.key and any(_holds_in_order(fold(name).split(), words, patronymics) for name in entity.names)]
    return max(holders, key=last_named_before) if holders else None


def _holds_in_order(name: list[str], words: list[str], patronymics: frozenset[str]) -> bool:
    if len(words) >= len(name):
        return name == words
    fathers_name = len(words) == 1 and name[-2] in patronymics  # a lone "Abdullah" is not "Hüseyin bin Abdullah"
    return name[:len(words)] == words or (not fathers_name and name[-len(words):] == words)


def _short_form_of(short: str, full: str) -> bool:
    """``Merkez Bankası`` is ``Türkiye Cumhuriyet Merkez Bankası`` said shorter: its last words."""
    short_words, full_words = short.split(), full.split()
    return short_words == full_words or (1 < len(short_words) < len(full_words) and full_words[-len(short_words):] == short_words)


def _suffix_after(text: str, end: int) -> str:
    return suffix_after(text, end)[1:]


def _countries_from_context(text: str, spans, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    for sentence in spans:
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        words = [t for t in tokenize(text, sentence.start, sentence.end) if t.kind == "word"]
        represents = bool({fold(t.text) for t in words} & resources.represent_verbs)
        # "Hamas heyetine X": a body's delegation stands for the body's country as a country's does
        countries = [(m.start, m.end, entities[m.cluster].country) for m in inside if entities[m.cluster].country
                     and (m.type == "LOC" or (m.type == "ORG" and _delegation_after(words, m.end, resources)))]
        countries = sorted(countries + _delegations_by_nationality(words, resources))
        for number, (start, end, country) in enumerate(countries):
            delegation = _delegation_after(words, end, resources)
            represented = represents and _suffix_after(text, end) in ACCUSATIVE_ENDINGS
            if not (delegation or represented):
                continue
            # The delegation or represented country covers the people up to the next country named.
            scope_end = countries[number + 1][0] if number + 1 < len(countries) else sentence.end
            for person in inside:
                if person.type == "PER" and start < person.start < scope_end and not entities[person.cluster].country:
                    entities[person.cluster].country = country
        _principals(text, inside, entities, resources)
        _employers(text, inside, entities, resources)


def _delegation_after(words: list, end: int, resources: LanguageResources) -> bool:
    """The sentence's next word after ``end`` (``words``: its word tokens) is a word for a
    delegation, or for the country's army or government before one; a word the name ends inside
    of has only a case ending left, no such word."""
    at = next((index for index, word in enumerate(words) if word.end > end), None)
    if at is None or words[at].start < end:
        return False
    if fold(words[at].text) in resources.delegation_words:
        return True
    # "Sudan ordusu heyetine": the country's army or government between the name and its delegation
    return at + 1 < len(words) and fold(words[at].text) in resources.delegation_owners and fold(words[at + 1].text) in resources.delegation_words


def _delegations_by_nationality(words: list, resources: LanguageResources) -> list[tuple[int, int, str]]:
    """``Yunan heyetine ise Büyükelçi X başkanlık etti``: an adjective of nationality before a
    word for a delegation stands for its country, as a country's name would (``words``: the
    sentence's word tokens)."""
    return [(word.start, word.end, country) for word, following in pairwise(words)
            if fold(following.text) in resources.delegation_words and (country := resources.country_of_adjective(fold(word.text)))]


def _parts_of_bodies_named(text: str, mentions: list[Mention], entities: list[LocalEntity]) -> None:
    """``Türk Tabipleri Birliği (TTB) ... TTB Merkez Konseyi``: a body whose name opens with the
    short form, or a name of two words or more, of another body the article has named is part of
    it, in its country; one word alone may be another's (``Apple Corps`` is no part of ``Apple``).
    So is a body named right after another's bracketed short form (``Türkiye Büyük Millet Meclisi
    (TBMM) Genel Kurulu``)."""
    owners = {fold(name): number for number, entity in enumerate(entities) if entity.type == "ORG"
              for name in entity.names if name.isupper() or len(name.split()) >= 2}
    for entity in entities:
        if entity.type != "ORG":
            continue
        words = fold(entity.name).split()
        owner = next((owners[opening] for length in range(len(words) - 1, 0, -1) if (opening := " ".join(words[:length])) in owners), None)
        if owner is not None and entities[owner] is not entity:
            entity.part_of = owner  # "AB Konseyi" acts for the EU: one side with it in an act
            entity.country = entity.country or entities[owner].country
    for short, body in pairwise(mentions):
        owner, part = entities[short.cluster], entities[body.cluster]
        if (short.type == body.type == "ORG" and owner.country and not part.country and text[short.start - 1:short.start] == "("
                and re.fullmatch(r"\)\s", text[short.end:body.start])):
            part.country = owner.country


def _principals(text: str, inside: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Lund'un Özel Temsilcisi Berg ve danışmanı Weil``: titled people in the noun phrase
    after a person in the genitive act for that person."""
    people = [m for m in inside if m.type == "PER"]
    for position, principal in enumerate(people):
        if _suffix_after(text, principal.end) not in GENITIVE_ENDINGS:
            continue
        cursor = principal.end
        for agent in people[position + 1:]:
            if not agent.role or not _same_noun_phrase(text, cursor, agent.start, resources):
                break
            if agent.cluster != principal.cluster:
                entities[agent.cluster].principals.add(principal.cluster)
            cursor = agent.end


def _employers(text: str, inside: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``NASA Başkanı Jared Isaacman``: a titled person with no country of their own has that of
    the body named right before the title, once the body's country is known from the article
    (``ABD Ulusal Havacılık ve Uzay Dairesi (NASA)``)."""
    for before, person in pairwise(inside):
        employer = entities[before.cluster]
        if not (person.type == "PER" and person.role and before.type == "ORG" and _same_noun_phrase(text, before.end, person.start, resources)):
            continue
        entities[person.cluster].employers.add(before.cluster)  # "CHP'nin Genel Başkanı X" too
        # "Anayasal Demokrat Parti'nin lideri X": the genitive names the employer as well
        if employer.country and not entities[person.cluster].country and _suffix_after(text, before.end) in ("", *GENITIVE_ENDINGS):
            entities[person.cluster].country = employer.country


def _employers_named_by_a_head_word(text: str, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> None:
    """``Demiryolu Makinistleri Sendikası (GDL) ... Sendika Başkanı X``: the bare head word before a
    title, no name of its own, is the body last named whose name it closes, and the holder's employer."""
    for index, person in enumerate(mentions):
        if person.type != "PER" or not person.title or entities[person.cluster].country:
            continue
        before = _words_before_the_title(text, person)
        while before and (fold(before[-1]),) in resources.titles:
            before.pop()  # "Komutanlık Sözcüsü Albay X": past the office before the rank
        head_word = next(iter(before[-1:]), "")
        if not head_word[:1].isupper() or fold(head_word) not in resources.bare_heads:
            continue
        body = last_body_closed_by(mentions[:index], head_word, person.start)
        if body is not None and entities[body.cluster].country:
            entities[person.cluster].employers.add(body.cluster)
            entities[person.cluster].country = entities[body.cluster].country


def _same_noun_phrase(text: str, start: int, end: int, resources: LanguageResources) -> bool:
    """Only capitalised words, titles, suffixes, "ve" and the bracket closing a short form
    (``Liberal Demokrat Parti (LDP) lideri X``), the full stop of an abbreviated title
    (``Başkanı Prof. Dr. X``) and a word of tenure (``CHP eski Genel Başkanı X``) stand between the two names."""
    previous = None
    for token in tokenize(text, start, end):
        abbreviation = token.text == "." and previous is not None and fold(previous.text) in resources.title_abbreviations
        previous = token
        if token.kind == "suffix" or token.is_capitalised or token.text in ("ve", ")") or abbreviation or fold(token.text) in resources.tenure_words:
            continue
        if token.kind == "word" and (fold(token.text),) in resources.titles:
            continue
        if token.kind == "word" and _a_party_word(token.text, resources):
            continue  # "Birleşik Ulusal Hareket partisinin lideri X": the body's common noun after its name
        return False
    return True


def _propagate_principals(entities: list[LocalEntity]) -> None:
    changed = True
    while changed:
        changed = False
        for entity in entities:
            for number in entity.principals:
                principal = entities[number]
                if principal.country and not entity.country:
                    entity.country, changed = principal.country, True
                elif entity.country and not principal.country:
                    principal.country, changed = entity.country, True
