"""Groups that act in the news without a name of their own: the police, soldiers, protesters,
suspects (``Polis, 12 şüpheliyi gözaltına aldı``).

They are found after the named entities are linked, by the language's group words
(``lang/<lang>/actors.tsv``), and become entities of type ``GROUP`` with an English label, a
sector and a country, as POLECAT codes its generic actors. The country is the one an adjective
of nationality gives (``Filistinli göstericiler``), else the place the sentence is set in
(``Tiflis'te polis``), else the one country all the article's places are in, else the country of
the place the story is datelined in (``BERLİN (AA) -``), else the one country an English story sets
its scenes in (``in Guinea-Bissau``, ``in the capital Bissau``); else none. A
group word right after a name (``İsrail polisi``) is left to the name: the state acts through it.
The mention covers the word and its plural; the case ending after it is read as a name's is.
"""
from __future__ import annotations

import re
from functools import partial

from gundem.analysis.lang.loader import GroupWord, LanguageResources
from gundem.analysis.linking import (
    LocalEntity,
    country_of_the_scene,
    dateline_country,
    names_a_town,
    the_one_country_named,
    the_one_scene_country,
)
from gundem.analysis.text import (
    fold,
    last_body_closed_by,
    lowercase,
    names_a_model,
    sentence_at,
    sentences,
    suffix_after,
    suffix_end,
)
from gundem.model import Mention

GROUP = "GROUP"
POSSESSIVE_ENDINGS = ("ı", "i", "u", "ü")  # "işçileri", "polisi": also the accusative's form
PLURAL_ENDINGS = ("lar", "ler")
NATIONALS = "nationals"  # the label of a country's people named by its adjective ("Filistinliler")
CIVILIANS = "civilians"  # the sector of people named only as people ("kişiler", "siviller", "vatandaşlar")
UPROOTED_SECTORS = frozenset({"refugees"})  # people from elsewhere: the scene they are in does not make them its country's
STATELESS_SECTORS = frozenset({"international"})  # "uluslararası toplum": no country's, wherever it is called on
CAPITALISED_WORD = re.compile(r"(?<![\w'’])[A-ZÇĞİÖŞÜ][\w'’‘ʼ]*")
SPACES = re.compile(" *")
COMPOUND_POSSESSIVE = re.compile(r"(?<=[aeıioöuü])s[ıiuü]|l[ae]r[ıi]n")  # "kaçakçısı", "kaçakçılarını": not the accusative's form


def find_groups(text: str, mentions: list[Mention], entities: list[LocalEntity],
                resources: LanguageResources) -> tuple[list[Mention], list[LocalEntity]]:
    """The article's mentions and entities with its groups added (mentions in text order)."""
    if resources.group_pattern is None:
        return mentions, entities
    entities = list(entities)
    by_identity: dict[tuple[str, str | None], int] = {}
    found = []
    lowered = lowercase(text, resources.lang)
    candidates = [*_group_words(text, lowered, mentions, entities, resources), *_nationals(text, lowered, mentions, resources)]
    stated: dict[str, set[str]] = {}  # label → the countries adjectives of nationality give it
    placed: dict[str, set[str]] = {}  # label → the countries the scenes it is named in give it
    for _, _, word, country, by_nationality, _ in candidates:
        if country:
            (stated if by_nationality else placed).setdefault(word.label, set()).add(country)
    for start, end, word, country, by_nationality, body in candidates:
        if body is not None:  # "Mahkeme heyeti": the court named before, not courts at large
            found.append(Mention(start, end, text[start:end], GROUP, "lexicon", key=entities[body].key, country_hint=entities[body].country, cluster=body))
            continue
        if not by_nationality and len(stated.get(word.label, ())) == 1:
            country = next(iter(stated[word.label]))  # "3 rehine" of the headline are the "3 İsrailli rehine" of the text
        elif country is None and not stated.get(word.label) and len(placed.get(word.label, ())) == 1:
            country = next(iter(placed[word.label]))  # "Nijer'de askeri yönetim" is the military government named again
        identity = (word.label, country)
        if identity not in by_identity:
            by_identity[identity] = len(entities)
            key = f"group:{word.label.replace(' ', '-')}" + (f":{country.lower()}" if country else "")
            entities.append(LocalEntity(GROUP, [word.lemma], key=key, country=country, kind=word.sector, english_name=word.label))
        cluster = by_identity[identity]
        if by_nationality:
            entities[cluster].hint = country  # "China's military", "Rus askerleri": stated, not guessed from the scene
        found.append(Mention(start, end, text[start:end], GROUP, "lexicon", key=entities[cluster].key, country_hint=country, cluster=cluster))
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end)), entities


def _group_words(text: str, lowered: str, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources):
    """(start, end, group word, country, whether an adjective of nationality gave the country) of
    each word of ``actors.tsv`` that names a group here."""
    spans = sentences(text)
    # the one country of every scene outranks the dateline's: "CAIRO (Reuters) - ... in Khan Younis in southern Gaza"
    article_country = (the_one_country_named(mentions, entities, text, resources.citizenship_after)
                       or the_one_scene_country(text, mentions, entities, resources.scene_before) or dateline_country(text, spans, mentions, entities, resources))
    for match in resources.group_pattern.finditer(lowered):
        word = _group_word_of(match, resources)
        end = match.end() if _possessive_compound(match, lowered, spans, resources.group_pattern) else match.end() - len(match.group("case") or "")
        if word.sector not in STATE_FORCES and (country := _counted_people_of_a_country(match, lowered, mentions, entities, resources)) is not None:
            yield match.start(), end, word, country, True, None  # "42 Afganistan vatandaşını": of the country, counted
            continue
        if _named_here(match, mentions, entities) or not _counts_as_a_group(match, word, lowered, resources) or _addressed(match, lowered, resources):
            continue
        if _qualifies_a_group_word(match, lowered, resources) or _inside_a_hyphenated_word(match, lowered):
            continue  # "göçmen kaçakçısı": the smugglers, not the migrants; "anti-government protesters": the protesters
        if _a_title_before_a_name(match, text, mentions, resources):
            continue  # "Cumhuriyet Savcısı Ahmet Yılmaz": the person's title, no group
        nationality = _nationality_before(text, match.start(), resources) or _owners_country(text, match.start(), mentions, entities, resources)
        body = _affiliated_body(text, match.start(), mentions, resources)
        if word.owned_only and nationality is None and body is None:
            continue  # "hava unsurları", "Sahil Güvenlik unsurları": a force's elements, no group of their own
        # "Mahkeme heyeti": the court named before; "gazeteciler" after "Sınır Tanımayan Gazeteciler" are journalists at large
        if nationality is None and body is None and not match.group("plural") and (
                named := last_body_closed_by(mentions, word.lemma, match.start(), resources.name_connector_tails)) is not None:
            yield match.start(), end, word, None, False, named.cluster
            continue
        placed_after = _country_of_the_place_after(text, match.end(), mentions, entities, resources)
        if nationality is None and body is not None:
            # "4 PKK'lı terörist": the body's own people, of its country if it has one, not of where they were found
            yield match.start(), end, word, entities[body.cluster].country, False, None
            continue
        if word.sector in STATELESS_SECTORS:
            yield match.start(), end, word, None, False, None
            continue
        if word.sector in UPROOTED_SECTORS:
            yield match.start(), end, word, nationality, bool(nationality), None  # migrants in Bodrum are not Türkiye's people
            continue
        teller = _tellers_country(text, spans, match.start(), mentions, entities) if word.sector in STATE_FORCES else None
        scene = country_of_the_scene(text, spans, match.start(), mentions, entities, countries_only=False,
                                     place_noun=resources.place_noun, scene_before=resources.scene_before,
                                     occasion_after=resources.occasion_after_a_place, home_country=resources.home_country)
        yield match.start(), end, word, nationality or placed_after or teller or scene or article_country, bool(nationality), None


def _tellers_country(text: str, spans, start: int, mentions: list[Mention], entities: list[LocalEntity]) -> str | None:
    """``Tayvan Savunma Bakanlığı, ... 71 Çin savaş uçağı ..., ordunun yüksek alarma geçtiğini duyurdu``:
    the army or police named bare in what a state or a state's body, set off by a comma at the
    sentence's start, tells are that state's own, wherever the sentence's places are."""
    sentence = sentence_at(spans, start)
    teller = next((m for m in mentions if sentence is not None and sentence.start <= m.start < start), None)
    if teller is None or teller.cluster is None or text[sentence.start:teller.start].strip() or not text.startswith(",", teller.end):
        return None
    entity = entities[teller.cluster]
    return entity.country if entity.type == "ORG" or entity.kind == "country" else None


def _mention_before(mentions: list[Mention], position: int) -> Mention | None:
    """The last mention ending at or before ``position``."""
    return next((m for m in reversed(mentions) if m.end <= position), None)


def _group_word_of(match: re.Match[str], resources: LanguageResources) -> GroupWord:
    """The row of ``actors.tsv`` whose stem the group pattern matched."""
    return resources.group_words[next(i for i in range(len(resources.group_words)) if match.group(f"g{i}"))]


STATE_FORCES = ("military", "police")  # "üç gazeteci İsrail ordusu": the state's force, not a country's people counted
ARMED_STATE_SECTORS = frozenset({*STATE_FORCES, "security"})  # a state's armed forces, its security forces with them
OUTLAW_SECTORS = frozenset({"criminal", "rebels"})  # armed groups outside the state: gunmen, attackers, militants


def _counted_people_of_a_country(match: re.Match[str], lowered: str, mentions: list[Mention], entities: list[LocalEntity],
                                 resources: LanguageResources) -> str | None:
    """``42 Afganistan vatandaşını``: a number, a country's name, then a group's word: the
    country's people, counted (``İsrail polisi``, uncounted, is the state acting)."""
    country = _mention_before(mentions, match.start())
    if (country is None or country.type != "LOC" or country.cluster is None or entities[country.cluster].kind != "country"
            or lowered[country.end:match.start()] != " "):
        return None
    line_start = lowered.rfind("\n", 0, country.start) + 1  # a time stamped on the line before counts no one
    if not _counted(lowered[line_start:country.start], country.start - line_start, resources):
        return None
    return entities[country.cluster].country


def _country_of_the_place_after(text: str, end: int, mentions: list[Mention], entities: list[LocalEntity],
                                resources: LanguageResources) -> str | None:
    """``civilians in El Fasher``: the country of a place named right after the group's word."""
    if resources.group_place_after is None:
        return None
    place = next((m for m in mentions if m.start >= end), None)
    if place is None or place.type != "LOC" or place.cluster is None or not resources.group_place_after.fullmatch(text, end, place.start):
        return None
    return entities[place.cluster].country


def _affiliated_body(text: str, start: int, mentions: list[Mention], resources: LanguageResources) -> Mention | None:
    """``PKK'lı teröristler``, ``DEAŞ'lı 3 terörist``: the organisation whose adjective of
    belonging (``-lı``) stands before the group's word, a number at most between."""
    body = _mention_before(mentions, start)
    if body is None or body.type != "ORG" or body.cluster is None:
        return None
    ending = suffix_after(text, body.end)
    if not ending or not resources.demonym_suffix.match(ending):
        return None
    return body if re.fullmatch(r"\s+(?:\d[\d.,]*\s+)?", text[suffix_end(text, body.end):start]) else None


def _owners_country(text: str, start: int, mentions: list[Mention], entities: list[LocalEntity], resources: LanguageResources) -> str | None:
    """``İsrail'in askerleri``, ``Lufthansa'nın pilotları``: the country of the name in the
    genitive right before the group's word, whose people the group are; so is the name before
    ``ait`` (``Çin'e ait 4 sahil güvenlik gemisi``)."""
    owner = _mention_before(mentions, start)
    if owner is None or resources.genitive_suffix is None or owner.cluster is None:
        return None
    between = text[suffix_end(text, owner.end):start]
    belonging = resources.belonging_after is not None and resources.belonging_after.fullmatch(between) is not None
    if not belonging and (not resources.genitive_suffix.match(suffix_after(text, owner.end)) or between.strip()):
        return None
    return entities[owner.cluster].country


MEMBER_ROLE = "Member"  # the role of a title that names the group's own people ("çete üyesi")


def _qualifies_a_group_word(match: re.Match[str], lowered: str, resources: LanguageResources) -> bool:
    """A bare group word before another that carries a compound's possessive (``3 göçmen
    kaçakçısı``, ``göçmen kaçakçılarını``) or before a title (``hükümet başkanları``): the first
    word of the compound; not before a word in a case of its own (``polis göstericilere``)."""
    if match.group("plural") or match.group("case") or lowered[match.end():match.end() + 1] != " ":
        return False
    title = re.match(r"\w+", lowered[match.end() + 1:])
    role = (resources.titles.get((fold(title.group()),)) or resources.plural_title_role((fold(title.group()),))) if title is not None else None
    if role is not None and role != MEMBER_ROLE:
        return True  # "devlet ve hükümet başkanları", "ordu komutanı": the word opens a title, no group ("çete üyesi" are the gang)
    following = resources.group_pattern.match(lowered, match.end() + 1)
    if following is not None and _group_word_of(following, resources).owned_only:
        return False  # "Sahil Güvenlik unsurları": the coast guard's elements are the coast guard
    return following is not None and COMPOUND_POSSESSIVE.search(following.group()) is not None


def _inside_a_hyphenated_word(match: re.Match[str], lowered: str) -> bool:
    """The group word is joined by a hyphen to a word before or after it, an adjective
    (``anti-government``, ``pro-army``, ``government-backed``)."""
    before, after = lowered[max(0, match.start() - 2):match.start()], lowered[match.end():match.end() + 2]
    return (len(before) == 2 and before[1] == "-" and before[0].isalpha()) or (len(after) == 2 and after[0] == "-" and after[1].isalpha())


def _a_title_before_a_name(match: re.Match[str], text: str, mentions: list[Mention], resources: LanguageResources) -> bool:
    """The group's word is a title (``Savcı``, ``Savcısı``) and a person's name follows it."""
    if (fold(match.group()),) not in resources.titles:
        return False
    after = SPACES.match(text, match.end()).end()
    return any(m.start == after and m.type == "PER" for m in mentions)


def _nationals(text: str, lowered: str, mentions: list[Mention], resources: LanguageResources):
    """``Filistinlilere``, ``ABD'liler``, ``Ruslar``, ``3 Filistinliyi``: a country's people named
    by the plural of its adjective, or by the singular after a number; (start, end before the
    case ending, group word, country, True)."""
    for word in CAPITALISED_WORD.finditer(text):
        ending, country = _nationality(fold(word.group()), resources, partial(_counted, lowered, word.start(), resources))
        if country is not None and not any(m.start <= word.start() < m.end for m in mentions):
            end = word.start() + ending.start() + len(ending.group(1))
            yield word.start(), end, GroupWord(text[word.start():end], NATIONALS, CIVILIANS, True), country, True, None


def _nationality(folded: str, resources: LanguageResources, counted=lambda: False) -> tuple[re.Match[str] | None, str | None]:
    """The ending after an adjective of nationality and its country: the plural (``filistinlilere``,
    ``palestinians``), or the singular when ``counted`` says a number stands before it (``3 Filistinliyi``)."""
    ending = resources.nationals_plural.search(folded) if resources.nationals_plural is not None else None
    singular = resources.nationals_counted.search(folded) if resources.nationals_counted is not None else None
    if ending is None and singular is not None and counted():
        ending = singular
    return ending, (resources.country_of_adjective(folded[:ending.start()]) if ending is not None else None)


def country_of_its_people(folded: str, resources: LanguageResources) -> str | None:
    """``ukrainians``, ``filistinliler``: the country whose people the plural of its adjective names."""
    return _nationality(folded, resources)[1]


def _addressed(match: re.Match[str], lowered: str, resources: LanguageResources) -> bool:
    """``gazetecilere yaptığı açıklamada``, ``işçilere seslendi``: the audience of a speech, no actor."""
    dative = resources.group_dative
    return (resources.audience_after is not None and dative is not None and dative.match(match.group("case") or "") is not None
            and resources.audience_after.match(lowered, match.end()) is not None)


def _named_here(match: re.Match[str], mentions: list[Mention], entities: list[LocalEntity]) -> bool:
    """Inside a name (``Polis Akademisi``), or right after one that stands for a state or a body
    (``İsrail polisi``, ``Hamas militanları``); after a town's name the group is its own (``Ankara
    polisi``, ``a Paris court``); a short form in brackets may close the name (``Ulusal Kurtuluş
    Ordusu (ELN) militanları``)."""
    return any(m.start <= match.start() < m.end or (0 <= match.start() - m.end <= 2 and re.fullmatch(r"\)?\s?", match.string[m.end:match.start()])
                                                    and not names_a_town(m, entities)) for m in mentions)


def _counts_as_a_group(match: re.Match[str], word: GroupWord, lowered: str, resources: LanguageResources) -> bool:
    """A word that names a group only in the plural does so in the singular after a number
    (``12 şüpheli``), as Turkish counts."""
    return not word.plural_only or bool(match.group("plural")) or _counted(lowered, match.start(), resources)


def _counted(lowered: str, start: int, resources: LanguageResources) -> bool:
    """A number or a word of quantity before ``start``: ``12 şüpheli``, ``binlerce gösterici``."""
    return resources.quantity_before is not None and resources.quantity_before.search(lowered[max(0, start - 60):start]) is not None


def _possessive_compound(match: re.Match[str], lowered: str, spans, group_pattern: re.Pattern[str] | None = None) -> bool:
    """``Metal işçileri greve çıktı``, ``trafik polisi``: after a word that qualifies it, at the
    head of its clause, the ending is the compound's possessive (the subject), not the accusative
    it shares a form with (``Polis, şüphelileri gözaltına aldı``)."""
    if match.group("case") not in POSSESSIVE_ENDINGS:
        return False
    stem_words = match.group()[:len(match.group()) - len(match.group("case"))].split()
    if len(stem_words) > 1:
        # "bilgisayar korsanı", "çevre örgütleri": a noun before the group's word makes a compound, whose possessive
        # this is ("uluslararası toplumu", "silahlı grubu": after an adjective, which ends so, it is the accusative)
        return stem_words[0][-1] not in "ıiuü"
    sentence = sentence_at(spans, match.start())
    sentence_start = sentence.start if sentence is not None else 0
    words = re.split(r"[,;:]", lowered[sentence_start:match.start()])[-1].split()
    # a name with its case ending before it ("Bursa'da işçileri") or a number ("2 gardiyanı") is no qualifier; nor is a
    # counted noun, a plural or another group's word, the subject before an object ("194 milletvekili hükümeti destekledi",
    # "Göstericiler hükümeti protesto etti", "Muhalefet hükümeti eleştirdi")
    # deeper in its clause only when set off as its subject ("... bağlı otobüs şoförleri, ... iş bıraktı")
    set_off = lowered.startswith(",", match.end())
    # or after a compound qualifying it whole ("belediye otobüsü şoförleri")
    chained = len(words) == 3 and words[-1].endswith(POSSESSIVE_ENDINGS) and words[-2].isalpha()
    if not (1 <= len(words) <= 2 or chained or set_off and words) or not words[-1].isalpha() or any(word[0].isdigit() for word in words[-2:]):
        return False
    return not words[-1].endswith(PLURAL_ENDINGS) and (group_pattern is None or group_pattern.fullmatch(words[-1]) is None)


def _nationality_before(text: str, start: int, resources: LanguageResources) -> str | None:
    """``Filistinli göstericiler``, ``ABD'li askerler``, ``Rus askerleri``: the country of the
    adjective of nationality right before, of a country's name owning the word (``Venezuela's
    government``), or of a country's name no mention took (``Çin Sahil Güvenlik``)."""
    cited = resources.citizenship_before.search(text, max(0, start - 60), start) if resources.citizenship_before is not None else None
    if cited is not None and resources.is_a_country(fold(cited.group(1))):
        return resources.known_names[fold(cited.group(1))].country  # "Suriye uyruklu 56 düzensiz göçmen"
    previous = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    if previous is None or previous.group(1).endswith((",", ";", ":")):
        return None  # "Volker Türk, yetkilileri": a name's word set off before the group qualifies nothing
    word = fold(previous.group(1))
    # "Romania's new government", "İsrail'in yeni hükümeti", "Russian MiG-31 fighter jets": the word before
    if word in resources.tenure_words or names_a_model(previous.group(1)):
        return _nationality_before(text, start - len(previous.group(0)), resources)
    # "Venezuela's government", "Venezuela'nın hükümeti"; "Çin Sahil Güvenlik gemileri": a country's own name
    # before the word, where no name was found for it
    found = (resources.country_of_owner(word) or resources.country_of_adjective(word)
             or (resources.known_names[word].country if resources.is_a_country(word) else None))
    middle = previous.group(1)
    if found is None and middle.isalpha() and middle.islower() and not (resources.group_pattern and resources.group_pattern.fullmatch(middle)):
        # "Cezayirli kamyon şoförleri", "Algerian truck drivers": an adjective of nationality before the
        # noun that makes the group's compound (not before another group's word: "Suriyeli göçmen kaçakçıları")
        before = re.search(r"(\S+)\s+$", text[max(0, start - len(previous.group(0)) - 40):start - len(previous.group(0))])
        found = resources.country_of_adjective(fold(before.group(1))) if before is not None else None
    return found
