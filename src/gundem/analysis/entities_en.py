"""PER/ORG/LOC mentions in English text.

English marks a name by its capitals alone: no apostrophe before a case ending, no vowel harmony.
A run of capitalised words (with ``of``, ``and``, ``the`` or a name particle inside it where
an organisation head, a title or the tables justify them) is typed, in this order, by the
tables (places from CLDR and GeoNames, organisations), by a title before a person
(``Foreign Minister``, or in lower case before the run: ``Greece's foreign minister Giorgos
Gerapetritis``), by a word that closes an organisation's name (``Ministry``, ``Inc``), and by a form
of address (``Mr.``). An unknown run of two or more words is a person; one unknown word is
typed by the article's other names (``Jobs`` after ``Steve Jobs``, ``Apple`` after ``Apple
Inc.``) or else read as an organisation, unless it only opens a sentence or the text also writes
it in lower case. A title-case headline keeps only the names the tables or the body know.

The language's words are data in ``lang/en`` (titles, organisation heads, demonyms, forms of
address, name particles, organisations); this module holds only the order of the rules.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cached_property

from gundem.analysis.entities import (
    MINOR_PLACE_KINDS,
    is_headline,
    without_things_named_like_places,
)
from gundem.analysis.groups import country_of_its_people
from gundem.analysis.lang.loader import KnownName, LanguageResources, small_towns
from gundem.analysis.text import (
    abbreviations,
    closed_by_head_word,
    fold,
    names_a_model,
    sentences,
    tokenize,
)
from gundem.model import Article, Mention

# A dotted acronym (``U.S.``), an initial (``W.``), or a word with inner hyphens, ampersands or
# apostrophes (``Wal-Mart``, ``AT&T``, ``O'Brien``) but not the possessive ``'s``.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]\.(?=\s)|\w+(?:[-–&]\w+|['’](?![sS]\b)\w+)*")
# " military exercise", " naval drills": the common noun of an event right after its name
EVENT_HEAD_AFTER = re.compile(r"\s+(?:(?:joint|military|naval|air|annual|large-scale|live-fire|strategic|command-staff)\s+){0,2}([a-z]+)\b")
# " in southern Turkey", " in Florida": a place right after a facility's name
PLACE_IN_AFTER = re.compile(r"\s+in\s+(?:(?:the\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                            r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
POSSESSIVE_S = re.compile(r"['’]s\b")
_DOTTED = re.compile(r"(?:[^\W\d_]\.){2,}")
_RUN_GAP = re.compile(r"[ \t]+")
_PLURAL_POSSESSIVE_GAP = re.compile(r"['’][ \t]+")  # "Workers' Union"
_NAME_PARTICLE_PREFIX = re.compile(r"(?:al|el|bin|ibn|de|van|von|le|la|du|da|di)[-‐–]\w", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_OPENERS = " \"“‘'([-–—"
_OPENING_QUOTES = ("\"", "“", "‘", "``")  # a quote opens a sentence of its own: `saying, "Stop me ...`
_SERVING_IN = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}$")  # "ambassador to the United Nations"
_SCOPE_OF_A_TITLE = re.compile(r"\s+(?:in|for|on)\s+(?:the\s+)?[\w.’'\-]+(?:\s+[\w.’'\-]+){0,2}$")  # "envoy for Yemen", "spokesperson for the junta"
_WORDS_BEFORE_A_LOWER_CASE_TITLE = 4  # "China's foreign ministry spokesperson": a body's words between the country and the title
_LOWER_TITLE_WINDOW = 5
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’.\-])[a-z]+(?![\w'’\-])")
_SEAT_AFTER = re.compile(r"\s+in\s+([A-Z][\w’'.-]+)")  # a body's seat after its name: its country
_LOWER_CASE_RUN_BEFORE = re.compile(r"(?<![\w'’.\-])[a-z]+(?:[ \t]+[a-z]+)*[ \t]+$")  # "health " before "ministry"
_THE_BEFORE = re.compile(r"(?<!\w)[Tt]he[ \t]+$")
# "Terespol and Kuznica border crossings", "the Tigris and Euphrates rivers": the cue after the last
_CUE_AFTER_NAMES = re.compile(r"(?:(?:,|\s+and)\s+[A-Z]\w*){0,3}\s+(\w+)")
# ", the agency's director general", ", Brazil's foreign minister", ", a Turkish deputy minister"
_APPOSITION = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?P<words>[\w.’'\-]+(?:\s+[\w.\-]+){0,4})")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def folded(self) -> str:
        """``u.s.`` as the tables key it; ``inc`` for ``Inc.``."""
        return fold(self.text if _DOTTED.fullmatch(self.text) else self.text.rstrip("."))

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or _NAME_PARTICLE_PREFIX.match(self.text) is not None


@dataclass(frozen=True, slots=True)
class _Pending:
    """A run no rule typed: the article's other names decide."""

    words: list[_Word]
    sentence_initial: bool
    after_address: bool


class EnglishEntityRecognizer:
    """Rules and tables for English; no statistical model yet (none is trained for English)."""

    model = None

    def __init__(self, resources: LanguageResources, stop_words: frozenset[str], morphology: dict):
        self.resources = resources
        self.stop_words = stop_words
        self.apposition_titles = morphology.get("apposition_titles", {})  # "head": a title only after a comma
        self.connectors = frozenset(morphology["name_connectors"])  # "of", "and": inside a name where a head or title justifies them
        self.connector_tails = resources.name_connector_tails  # "of", "for": after a head that opens a name
        self.articles_after_tails = frozenset(morphology["articles_after_tails"])  # "the" in "Council of the EU"
        self.place_before = re.compile(morphology["place_before"])  # "the town of X", "in X"
        self.kind_of_place_before = re.compile(morphology["kind_of_place_before"])  # "the German state of X"
        self.route_before = re.compile(morphology["route_before"])  # "from" in "from Karelia to Kaliningrad"
        self.route_joint = re.compile(morphology["route_joint"])  # "to" there
        self.town_before = re.compile(morphology["town_before"])  # "left X": a place when X is a town's name
        self.person_verb_after = re.compile(morphology["person_verb_after"])  # "X told reporters": X is a person
        self.adjective_tail = re.compile(morphology["adjective_tail"])  # "-backed" in "United Nations-backed": no part of the name
        self.place_after = frozenset(cue[0] for cue in resources.place_cues)  # "X province"
        self.thing_after = frozenset(morphology.get("thing_cues_after", ()))  # "the Ebola outbreak": a disease's name
        self.body_after = frozenset(morphology.get("body_cues_after", ()))  # "X coalition", "X gang": a body's name
        self.person_particles = frozenset(morphology.get("person_particles", ()))  # "von", "al": inside people's names only
        self.place_openers = frozenset(morphology.get("place_openers", ()))  # "place", "lake": open a place's name
        self.place_heads_before_of = frozenset(morphology.get("place_heads_before_of", ()))  # "gulf" in "Gulf of Finland"

    @cached_property
    def _of_heads(self) -> frozenset[str]:
        """Head words that open a name before ``of`` (``Ministry of``, ``Bank of``) and title
        words that do (``Secretary of State``)."""
        title_words = {title[i - 1] for title in self.resources.titles for i in range(1, len(title)) if title[i] in self.connector_tails}
        return frozenset(title_words | self.resources.organization_heads_before_of | self.place_heads_before_of)

    def __call__(self, article: Article) -> list[Mention]:
        text = article.analysis_text
        lower_words = frozenset(re.findall(r"(?<![\w'’])[a-z][a-z\-]+", text))
        found: list[Mention] = []
        pending: list[_Pending] = []
        headline_runs: list[list[_Word]] = []
        for sentence in sentences(text, ordinals=False):
            words = [_Word(m.start(), m.end(), m.group())
                     for m in _WORD.finditer(text, sentence.start, sentence.end)]
            words = [self._with_full_stop(text, self._without_adjective_tail(word)) for word in words]
            words = self._with_inner_possessives(text, words)
            line = text[sentence.start:sentence.end]
            title_case = is_headline(line, tokenize(text, sentence.start, sentence.end))
            for run in self._runs(text, words):
                if title_case:
                    headline_runs.append(run)
                    continue
                before = text[sentence.start:run[0].start].rstrip(" ")
                sentence_initial = (not before.strip(_OPENERS) or before.endswith(_OPENING_QUOTES)
                                    or self.resources.dateline.fullmatch(before + " ") is not None)
                self._read_run(text, run, sentence_initial, lower_words, found, pending)
        found.extend(self._resolve(text, pending, found, lower_words))
        found = _people_named_like_towns(found)
        found.extend(self._in_headlines(text, headline_runs, found))
        found.extend(self._lower_case_bodies(text, found))
        found = without_things_named_like_places(text, found, self.resources)
        return sorted((self._with_title_after(text, m) for m in found), key=lambda m: m.start)

    def _lower_case_bodies(self, text: str, named: list[Mention]) -> list[Mention]:
        """``Lebanon's health ministry``, ``the Turkish foreign ministry``: a body written in lower
        case is named by its field after a country's possessive or adjective; ``the ministry``
        after one is named is that one again (linking joins them)."""
        found: list[Mention] = []
        for head in _LOWER_CASE_WORD.finditer(text):
            holder = self.resources.head_holders.get(head.group())
            if holder is None:
                continue
            head_word = _Word(head.start(), head.end(), head.group())
            if _THE_BEFORE.search(text, max(0, head.start() - 5), head.start()) and any(
                    m.type == "ORG" and m.start < head.start() and closed_by_head_word(m.text, head.group(), self.connector_tails)
                    for m in [*named, *found]):
                found.append(_mention(text, [head_word], "ORG", "pattern"))
            elif (body := self._body_by_its_field(text, head_word, holder)) is not None:
                found.append(body)
        return found

    def _body_by_its_field(self, text: str, head: _Word, holder: str) -> Mention | None:
        """The lower-case words before ``head`` that name a field with it (``health`` before
        ``ministry``: ``health minister`` is a title), after a country's possessive or adjective, or
        after ``the`` (whose country the story's dateline or scene gives)."""
        before = _LOWER_CASE_RUN_BEFORE.search(text, max(0, head.start - 60), head.start)
        words = [_Word(m.start(), m.end(), m.group()) for m in _LOWER_CASE_WORD.finditer(text, before.start(), before.end())] if before else []
        for length in range(min(len(words), self.resources.longest_title - 1), 0, -1):
            field = words[-length:]
            if self._title([*(word.text for word in field), holder]) is not None:
                owner = re.search(r"([\w.’']+)\s+$", text[max(0, field[0].start - 40):field[0].start])
                seat = _SEAT_AFTER.match(text, head.end)  # "the defence ministry in Bucharest"
                country = next(filter(None, (self._country_of(word.group(1)) for word in (owner, seat) if word is not None)), None)
                # "the interior ministry said": a country's body all the same, its country left to the dateline or the scene
                named_by_the = owner is not None and owner.group(1).lower() == "the"
                return _mention(text, [*field, head], "ORG", "pattern", country=country) if country is not None or named_by_the else None
        return None

    def _without_adjective_tail(self, word: _Word) -> _Word:
        tail = self.adjective_tail.search(word.text)
        return word if tail is None or tail.start() == 0 else _Word(word.start, word.start + tail.start(), word.text[:tail.start()])

    def _with_inner_possessives(self, text: str, words: list[_Word]) -> list[_Word]:
        """``People's Liberation Army``, ``Republican People's Party``: a possessive inside a name the
        tables know stays in its word, so that the run goes on past it."""
        merged: list[_Word] = []
        index = 0
        while index < len(words):
            word = words[index]
            possessive = index + 1 < len(words) and words[index + 1].text in ("s", "S") and words[index + 1].start == word.end + 1 \
                and text[word.end] in "'’" and word.capitalised
            if possessive and self._known_name_through(text, words, index):
                merged.append(_Word(word.start, words[index + 1].end, text[word.start:words[index + 1].end].replace("’", "'")))
                index += 2
                continue
            merged.append(word)
            index += 1
        return merged

    def _known_name_through(self, text: str, words: list[_Word], index: int) -> bool:
        """A name the tables know runs from up to three words before ``words[index]``, through its
        possessive, to one of the next capitalised words."""
        known = self.resources.known_names
        after = list(itertools.takewhile(lambda word: word.capitalised, words[index + 2:index + 6]))
        return any(fold(text[words[first].start:last.end].replace("’", "'")) in known
                   for first in range(max(0, index - 3), index + 1) for last in after)

    def _with_full_stop(self, text: str, word: _Word) -> _Word:
        """``Inc.``, ``Mr.``, ``Gen.``: an abbreviation keeps its full stop."""
        short_head = len(word.text) <= 4 and word.folded in self.resources.organization_heads  # "Inc.", "Co."
        if text[word.end:word.end + 1] == "." and (f"{word.text}." in abbreviations() or short_head):
            return _Word(word.start, word.end + 1, word.text + ".")
        return word

    def _runs(self, text: str, words: list[_Word]) -> list[list[_Word]]:
        """Maximal runs of capitalised words, with connectors between two of them, split where
        no head, title or table justifies a connector."""
        runs: list[list[_Word]] = []
        current: list[_Word] = []
        for index, word in enumerate(words):
            joined = bool(current) and self._joins(text, current, words[index:index + 4])
            if word.capitalised:
                current = [*current, word] if joined else [word]
            elif joined and self._may_connect(word) and self._capital_after_particles(text, word, words[index + 1:index + 3]):
                current.append(word)
                continue
            else:
                current = []
            if current and (index + 1 == len(words) or not self._continues(text, current, words[index + 1:index + 4])):
                runs.extend(self._split_at_connectors(current))
                current = []
        return runs

    def _may_connect(self, word: _Word) -> bool:
        return word.text in self.connectors or word.text in self.resources.name_particles

    def _continues(self, text: str, run: list[_Word], following: list[_Word]) -> bool:
        if not self._joins(text, run, following):
            return False
        return following[0].capitalised or (self._may_connect(following[0]) and self._capital_after_particles(text, following[0], following[1:]))

    def _joins(self, text: str, run: list[_Word], following: list[_Word]) -> bool:
        """Only spaces part the run's last word from the next, or a plural's apostrophe inside a
        body's name (not "The Kurds' Syrian Democratic Forces": a lone capitalised article before it)."""
        if not following:
            return False
        if _RUN_GAP.fullmatch(text[run[-1].end:following[0].start]):
            return True
        return len(run) > 1 and run[-2].text.lower() not in self.stop_words and self._plural_owner_of_a_body(text, run[-1], following)

    def _plural_owner_of_a_body(self, text: str, word: _Word, following: list[_Word]) -> bool:
        """``United Metalworkers' Union``, ``Turkish Employers' Association of ...``: a plural in the
        possessive inside a body's name (a word of it before), whose head word follows among the next
        capitalised words."""
        if not (word.text.endswith("s") and following and _PLURAL_POSSESSIVE_GAP.fullmatch(text[word.end:following[0].start])):
            return False
        heads = self.resources.organization_heads
        return any(after.folded in heads or after.folded in self.resources.organization_heads_before_of
                   for after in itertools.takewhile(lambda after: after.capitalised, following))

    def _capital_after_particles(self, text: str, word: _Word, following: list[_Word]) -> bool:
        """A capitalised word next, or after one more name particle (``von der Leyen``, ``Place de la Concorde``)."""
        previous = word
        for position, after in enumerate(following[:2]):
            if not _RUN_GAP.fullmatch(text[previous.end:after.start]):
                return False
            if after.capitalised:
                return True
            if position or not (after.text in self.resources.name_particles
                                or (word.text in self.connector_tails and after.text in self.articles_after_tails)):
                return False
            previous = after
        return False

    def _split_at_connectors(self, run: list[_Word]) -> list[list[_Word]]:
        body = run[1:] if len(run) > 2 and run[0].text.lower() in self.stop_words else run
        opener = self._known_whole(body[:1]) if len(body) > 2 else None
        if self._known_whole(run) or self._known_whole(body) or (opener is not None and opener.kind == "country" and self._known_whole(body[1:])):
            # "The Democratic Republic of Congo" opening a sentence: the article is shed later; "U.S. Centers for Disease
            # Control and Prevention": the country and its body
            return [run]
        segments, current, inside_of = [], [], False
        for index, word in enumerate(run):
            if word.text in self.resources.name_particles or word.text == "&":
                current.append(word)
                continue
            if word.text in self.connectors:
                before = run[index - 1].folded if index else ""
                after = run[index + 1].folded if index + 1 < len(run) else ""
                if after in self.resources.not_names:  # "European Union on Wednesday": a day is no part of a name
                    segments.append(current)
                    current, inside_of = [], False
                    continue
                if word.text in self.connector_tails and (before in self._of_heads or inside_of):
                    inside_of = True
                    current.append(word)
                    continue
                # "Department of Health and Human Services"; not "Secretary of State X and Greek Foreign Minister Y",
                # where "and" opens another office's holder
                if inside_of and (word.text == "the" or (word.text == "and" and not self._opens_a_holder([w.folded for w in run[index + 1:]]))):
                    current.append(word)
                    continue
                if self._inside_a_title([w.folded for w in run], index):
                    current.append(word)  # "Agriculture and Forestry Minister X"
                    continue
                segments.append(current)
                current, inside_of = [], False
                continue
            current.append(word)
        segments.append(current)
        return [segment for segment in segments if segment]

    def _inside_a_title(self, folded: list[str], index: int) -> bool:
        """The connector at ``index`` stands inside a title the table knows, begun a few words before it."""
        return any((title := self._title_at(folded, start)) is not None and start + title[0] > index + 1
                   for start in range(max(0, index - self.resources.longest_title), index))

    def _opens_a_holder(self, folded: list[str]) -> bool:
        """The words open with a demonym or a title: another office and its holder (``Greek Foreign Minister X``)."""
        return bool(folded) and (folded[0] in self.resources.demonyms or self._title_at(folded, 0) is not None)

    def _known_whole(self, run: list[_Word], text: str = "") -> KnownName | None:
        joined = " ".join(word.folded for word in run)
        known = self.resources.known_names.get(joined)
        if known is None and POSSESSIVE_S.match(text, run[-1].end):
            known = self.resources.known_names.get(joined + "'s")  # "Moody's": the possessive is the name's own
        return known

    def _read_run(self, text: str, run: list[_Word], sentence_initial: bool, lower_words: frozenset[str],
                  found: list[Mention], pending: list[_Pending]) -> None:
        run, addressed = self._without_openers(run, sentence_initial, lower_words)
        if not run:
            return
        known = self._known_whole(run, text)
        if known is None and len(run) > 1 and run[0].folded in self.resources.compass_words:
            inner = self._known_whole(run[1:])  # "South Caucasus", "Northern Syria": a part of a known place
            known = inner if inner is not None and inner.type == "LOC" else None
        if known is not None:
            found.append(_mention(text, run, known.type, "gazetteer", key=known.key, country=known.country))
            return
        joined = " ".join(word.folded for word in run)
        if joined in self.resources.demonyms or (len(run) > 1 and joined.endswith("s") and joined[:-1] in self.resources.demonyms) or (
                len(run) == 1 and all(part in self.resources.demonyms for part in run[0].folded.split())):
            return  # "North Korean", "German-Russian", "Turkish Cypriots": adjectives of nationality or a people, not names
        if any(" ".join(word.folded for word in run[:cut]) in self.resources.demonyms
               and all(word.folded in self.resources.not_names or names_a_model(word.text) for word in run[cut:]) for cut in range(1, len(run))):
            return  # "Russian LNG", "Turkish GDP", "Thai F-16": a nationality before a word that names nothing
        if len(run) > 1 and run[0].folded in self.resources.demonyms and (body := self._known_whole(run[1:])) is not None \
                and body.type == "ORG" and not body.country:
            # "Palestinian UN membership": an adjective of nationality before a body of no country is no part of its name
            found.append(_mention(text, run[1:], "ORG", "gazetteer", key=body.key))
            return
        last = run[-1].folded
        if last in self.resources.event_heads or self._names_the_event_after(text, run[-1].end):
            found.extend(self._known_inside(text, run))  # "Munich Security Conference": Munich; "the Zapad-2027 military exercise"
            return
        titled = self._titled_person(text, run)
        if titled is not None:
            found.extend(titled)
            return
        typed = self._by_head(text, run)
        if typed is not None:
            found.append(typed)
        elif len(run) > 1:
            found.extend(self._known_then_rest(text, run, addressed, sentence_initial, pending))
        elif run[0].folded not in self.resources.demonyms and run[0].folded not in self.resources.not_names and not names_a_model(run[0].text):
            pending.append(_Pending(run, sentence_initial, addressed))  # ("F-35 fighter jets": a model, no name)

    def _without_openers(self, run: list[_Word], sentence_initial: bool, lower_words: frozenset[str]) -> tuple[list[_Word], bool]:
        """The run without a capitalised function word, month or weekday before the name (``The``,
        ``On Monday``), a sentence's common first word (``Analysts``), or a form of address
        (``Mr.``, which makes the rest a person)."""
        addressed = False
        while run and not self._known_whole(run):
            first = run[0]
            lowered = first.text.lower().rstrip(".")
            if first.folded in self.resources.honorifics_before or first.text in self.resources.honorifics_before:
                addressed = True
            elif len(first.text) > 1 and first.text.isupper() and self._known_whole([first]):
                break  # "US Ambassador X said": a known name in capitals, not the pronoun "us"
            elif not (lowered in self.stop_words or first.folded in self.resources.not_names or lowered in self.connectors
                      or (sentence_initial and first is run[0] and len(run) > 1 and lowered in lower_words
                          and not self._opens_a_name(run))):
                break
            run = run[1:]
            sentence_initial = False
        while run and (run[-1].text in self.connectors or run[-1].text in self.resources.name_particles):
            run = run[:-1]
        return run, addressed

    def _place_cue_after(self, text: str, end: int) -> bool:
        return self._cue_after(text, end, self.place_after)

    @staticmethod
    def _cue_after(text: str, end: int, cues: frozenset[str]) -> bool:
        """One of ``cues`` after the name ending at ``end`` (past names listed with it)."""
        following = _CUE_AFTER_NAMES.match(text, end)
        return following is not None and following.group(1) in cues

    def _opens_a_name(self, run: list[_Word]) -> bool:
        """A common word that opens a title or an organisation's name here (``Foreign Minister``)."""
        folded = [word.folded for word in run]
        return self._title_at(folded, 0) is not None or folded[-1] in self.resources.organization_heads

    def _title(self, folded: list[str]) -> str | None:
        """The role of folded words as the titles table keys them (``lt. gen.`` is ``lt gen``)."""
        return self.resources.titles.get(tuple(" ".join(folded).replace(".", " ").split()))

    def _title_at(self, folded: list[str], position: int) -> tuple[int, str] | None:
        """The longest title the words open with from ``position``, and its length in words."""
        for length in range(min(self.resources.longest_title, len(folded) - position), 0, -1):
            role = self._title(folded[position:position + length])
            if role is not None:
                return length, role
        return None

    def _title_ending_at(self, folded: list[str], end: int) -> tuple[int, str] | None:
        """The longest title the words end with at ``end``, and its length in words."""
        for length in range(min(self.resources.longest_title, end), 0, -1):
            role = self._title(folded[end - length:end])
            if role is not None:
                return length, role
        return None

    def _titled_person(self, text: str, run: list[_Word]) -> list[Mention] | None:
        """``U.S. President Joe Biden``, ``Apple CEO Tim Cook``, ``Greece's foreign minister Giorgos
        Gerapetritis``: a title (the last one in the run, or one in lower case before the run) and the
        person's name after it; what stands before the title names the person's country or
        employer. A run that is only a title and its employer names the employer alone."""
        folded = [word.folded for word in run]
        for name_start in range(len(run), 0, -1):
            title = self._title_ending_at(folded, name_start)
            if title is not None:
                break
        else:
            return self._after_lower_case_title(text, run)
        length, role = title
        if " ".join(folded[name_start - length:name_start]) in self.resources.address_titles and (
                office := self._title_ending_at(folded, name_start - length)) is not None:
            # "United Arab Emirates President Sheikh X": the office before the form of address is the role
            title_end, (length, role) = name_start - length, office
        else:
            title_end = name_start
        name, before = run[name_start:], run[:title_end - length]
        if name and name[-1].folded in self._closing_heads:
            return None
        mentions, country = self._employer(text, before)
        posted = tuple(folded[title_end - length:title_end]) in self.resources.posting_titles
        if country is None and (not before or posted):
            # "Ukraine's President X"; "Britain's UN Ambassador X": the body named is where the envoy serves
            country = self._possessive_country_before(text, run[0].start)
        if country is None and not before:
            country = self._country_before_a_tenure_word(text, run[0].start)  # "Thai acting Prime Minister X"
        if name:
            title_words = " ".join(folded[title_end - length:title_end])
            mentions.append(_mention(text, name, "PER", "pattern", role=role, title=title_words, country=country))
        return mentions

    @cached_property
    def _closing_heads(self) -> frozenset[str]:
        return frozenset(self.resources.organization_heads) | self.resources.place_heads | self.resources.event_heads

    def _employer(self, text: str, words: list[_Word]) -> tuple[list[Mention], str | None]:
        """What stands before a title: a demonym or a known place gives the country; a known or
        headed organisation is the employer, named (``Apple``, ``Apple Computer``)."""
        if not words:
            return [], None
        for length in (2, 1):  # "South Korean", "Saudi", "Saudi Foreign Minister" (Prince X)
            demonym = " ".join(word.folded for word in words[:length])
            if len(words) >= length and demonym in self.resources.demonyms and (
                    len(words) == length or self._title_ending_at([w.folded for w in words], len(words))):
                return [], self.resources.demonyms[demonym]
        known = self._known_whole(words)
        if known is not None:
            mention = _mention(text, words, known.type, "gazetteer", key=known.key, country=known.country)
            return [mention], known.country if known.type == "LOC" else None
        typed = self._by_head(text, words)
        return ([typed], typed.country_hint) if typed is not None else ([], None)

    def _after_lower_case_title(self, text: str, run: list[_Word]) -> list[Mention] | None:
        lower_title = self._title_before(text, run[0].start)
        if lower_title is None or run[-1].folded in self._closing_heads:
            return None
        role, title_words, country = lower_title
        return [_mention(text, run, "PER", "pattern", role=role, title=title_words, country=country)]

    def _with_title_after(self, text: str, mention: Mention) -> Mention:
        """``Rafael Grossi, the agency's director general,``, ``Tim Cook, Apple's chief
        executive``, ``Ana Silva, Brazil's foreign minister``: a title set off by a comma after a
        person's name is that person's, and a country's possessive or demonym before it their
        country."""
        if mention.type != "PER" or mention.role is not None:
            return mention
        apposed = self._apposed_title(text, mention.end)
        if apposed is None:
            return mention
        role, title_words, country = apposed
        return replace(mention, role=role, title=title_words, country_hint=mention.country_hint or country)

    def _apposed_title(self, text: str, end: int) -> tuple[str, str, str | None] | None:
        """(role, title words, country) of a title set off by a comma after ``end``, with a
        country's possessive or demonym before it (``, Brazil's foreign minister``)."""
        after = _APPOSITION.match(text, end)
        if after is None:
            return None
        words = after.group("words").split()
        folded = [fold(word) for word in words]
        for owner, first in ((None, 0), (words[0], 1)):
            title = self._title_at(folded, first) or ((1, self.apposition_titles[folded[first]])
                                                     if first < len(folded) and folded[first] in self.apposition_titles else None)
            if title is not None:
                length, role = title
                title_words = " ".join(" ".join(folded[first:first + length]).replace(".", " ").split())
                return role, title_words, self._country_of(owner) if owner else None
        return None

    def _title_before(self, text: str, start: int) -> tuple[str, str, str | None] | None:
        """A title written in lower case right before a name (``foreign minister``, ``the
        company's chief executive,``) and the country of a demonym or place's possessive before it."""
        before = text[max(0, start - 120):start].rstrip()
        set_off = before.endswith(",")
        before = before.removesuffix(",")
        # "Russia's ambassador to Germany, Sergei Nechayev": an envoy's title, then where they serve
        posting = _SERVING_IN.search(before) if set_off else None
        before = before[:posting.start()] if posting is not None else before
        scope = _SCOPE_OF_A_TITLE.search(before) if set_off and posting is None else None
        before = before[:scope.start()] if scope is not None else before  # "The High Representative in Bosnia, X"
        # the title's noun phrase stops at a comma: "a loan to Ukraine, EU foreign policy chief X" is no Ukrainian
        words = re.findall(r"[\w.\-’']+", before[before.rfind(",") + 1:])[-_LOWER_TITLE_WINDOW:]
        if not words or not (words[-1].islower() or set_off) or "." in words[-1]:
            return None  # "... the city's mayor. Officers used": the sentence before ended
        folded = [fold(word) for word in words]
        if folded[-1].endswith("s") and folded[-1][:-1] in self.resources.title_closers:
            folded[-1] = folded[-1][:-1]  # "their foreign ministers, X and Y"
        title = self._title_ending_at(folded, len(folded))
        if title is None or (posting is not None and tuple(folded[-title[0]:]) not in self.resources.posting_titles):
            return None
        length, role = title
        rest = words[:-length]
        return role, " ".join(folded[-length:]), self._country_before_a_lower_case_title(rest)

    def _country_before_a_lower_case_title(self, words: list[str]) -> str | None:
        """``Nigerian junior foreign minister``, ``China's foreign ministry spokesperson``: a
        country's adjective or possessive before the title, past lower-case words and known bodies only;
        a body of one country stands for it (``The Taliban administration's foreign minister``)."""
        words = words[-_WORDS_BEFORE_A_LOWER_CASE_TITLE:]
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            # "Bosnian Serb leader": an adjective of two words names its own country
            if index and (found := self._country_of(f"{words[index - 1]} {word}")) is not None:
                return found
            if (found := self._country_of(word)) is not None:
                return found
            known = self.resources.known_names.get(fold(_POSSESSIVE_AFTER.split(word)[0]))
            if known is not None and known.type == "ORG" and known.country:
                return known.country
            if not word.islower() and (known is None or known.type != "ORG"):
                return None  # "Russia's deputy U.N. ambassador": past the body the envoy serves at
        return None

    def _posting_before(self, text: str, start: int) -> tuple[str, str, str | None] | None:
        """An envoy's title and ``to`` (``Ambassador to``, ``permanent representative to the``)
        right before ``start``, and the country of a demonym or possessive before the title."""
        before = re.search(r"((?:[\w.’'\-]+\s+){1,5})to\s+(?:the\s+)?$", text[max(0, start - 100):start])
        if before is None:
            return None
        words = before.group(1).split()
        folded = [fold(word) for word in words]
        title = self._title_ending_at(folded, len(folded))
        if title is None or tuple(folded[-title[0]:]) not in self.resources.posting_titles:
            return None
        length, role = title
        country = next((found for word in reversed(words[:-length][-2:]) if (found := self._country_of(word))), None)
        return role, " ".join(folded[-length:]), country

    def _country_before_a_tenure_word(self, text: str, start: int) -> str | None:
        """``Thai acting Prime Minister``, ``Iran's former President``: the country's adjective or name
        before a lower-case word of tenure right before the title."""
        before = re.search(r"([\w.'’-]+)\s+([a-z]+)\s+$", text[max(0, start - 40):start])
        if before is None or before.group(2) not in self.resources.tenure_words:
            return None
        return self._country_of(before.group(1))

    def _possessive_country_before(self, text: str, start: int) -> str | None:
        """The country whose name stands in the possessive right before ``start`` (``Iran's``,
        ``South Korea's``: the longest name of up to three words)."""
        owner = re.search(r"((?:[\w.]+\s+){0,2}[\w.]+)(?:['’]s|(?<=s)['’])\s+$", text[max(0, start - 60):start])
        if owner is None:
            return None
        words = owner.group(1).split()
        return next((country for length in range(len(words), 0, -1) if (country := self._country_of(" ".join(words[-length:])))), None)

    def _country_of(self, word: str) -> str | None:
        """The country of ``Turkish``, ``Iran's``, ``U.S.``; English writes them all with a capital,
        so a word in lower case names none (``sister of leader X``: no town called Of)."""
        bare = _POSSESSIVE_AFTER.split(word)[0]
        if not bare[:1].isupper():
            return None
        folded = fold(bare)
        if folded in self.resources.demonyms:
            return self.resources.demonyms[folded]
        known = self.resources.known_names.get(folded)
        return known.country if known is not None and known.type == "LOC" else None

    def _country_after_of(self, run: list[_Word]) -> str | None:
        """The country the words after the run's last ``of`` name, when they name one and only one."""
        at = max((index for index, word in enumerate(run) if word.text == "of"), default=None)
        if at is None or at + 1 >= len(run):
            return None
        known = self.resources.known_names.get(" ".join(word.folded for word in run[at + 1:]))
        return known.country if known is not None and known.type == "LOC" and known.kind == "country" else None

    def _by_head(self, text: str, run: list[_Word]) -> Mention | None:
        """A run closed by an organisation's head word (``Foreign Ministry``, ``Apple Inc.``) or
        opened by one before ``of`` (``Ministry of Foreign Affairs``) is an organisation; one
        closed by a place's head word (``Taksim Square``) a place."""
        folded = [word.folded for word in run]
        if len(run) > 2 and folded[0] in self.place_heads_before_of and run[1].text == "of":
            return _mention(text, run, "LOC", "pattern")  # "Gulf of Finland": a water no table lists, not Finland
        closes = len(run) > 1 and folded[-1] in self.resources.organization_heads
        opens = len(run) > 2 and any(folded[i] in self.resources.organization_heads_before_of and run[i + 1].text in self.connector_tails
                                     for i in range(len(run) - 1))  # "National Union for the Total Independence of X"
        if not (closes or opens):
            if len(run) > 1 and folded[-1] in self.resources.place_heads:
                country = self._country_of(run[0].text) or self._country_of_the_place_after(text, run[-1].end)
                return _mention(text, run, "LOC", "pattern", country=country)
            return None
        country = self._country_of(run[0].text) if len(run) > 1 else None
        known = self._known_whole(run[1:]) if country is not None else None
        if known is not None and known.type == "ORG" and known.country == country:
            return _mention(text, run, "ORG", "gazetteer", key=known.key, country=country)  # "U.S. Treasury Department"
        if country is None and opens:
            country = self._country_after_of(run)  # "Journalists Association of Turkey"
        if country is None:
            country = self._possessive_country_before(text, run[0].start)
        return _mention(text, run, "ORG", "pattern", country=country)

    def _names_the_event_after(self, text: str, end: int) -> bool:
        """``the joint Zapad-2027 military exercise``: a lower-case word that closes an event's name
        follows the run, at most two words of its kind between."""
        after = EVENT_HEAD_AFTER.match(text, end)
        return after is not None and fold(after.group(1)) in self.resources.event_heads

    def _country_of_the_place_after(self, text: str, end: int) -> str | None:
        """``Ramstein Air Base in Germany``, ``Incirlik Air Base in southern Turkey``: the country of
        a place the tables know named right after ``in``."""
        after = PLACE_IN_AFTER.match(text, end)
        known = self.resources.known_names.get(fold(after.group(1))) if after else None
        return known.country if known is not None and known.type == "LOC" else None

    def _known_inside(self, text: str, run: list[_Word]) -> list[Mention]:
        mentions, position = [], 0
        while position < len(run):
            known = self.resources.known_name_at_start([word.folded for word in run[position:]])
            if known is None:
                position += 1
                continue
            length, entry = known
            mentions.append(_mention(text, run[position:position + length], entry.type, "gazetteer", key=entry.key, country=entry.country))
            position += length
        return mentions

    def _known_then_rest(self, text: str, run: list[_Word], addressed: bool, sentence_initial: bool,
                         pending: list[_Pending]) -> list[Mention]:
        """A known name before other capitalised words (``Ankara Monday``) is a mention of its own.
        An unknown run of two words or more is a person's where a form of address or a given
        name opens it, an organisation's where it is written in capitals, and otherwise waits
        for the article: a person's if its last word also names someone alone (``Cook``)."""
        folded = [word.folded for word in run]
        known = self.resources.known_name_at_start(folded)
        if known is not None and known[1].type == "LOC" and known[1].kind in MINOR_PLACE_KINDS and not known[1].capital:
            known = None  # "Kaja Kallas": a small town's name opening a name no table knows is a given name
        if known is not None and known[0] < len(run) and not addressed:
            length, entry = known
            rest = run[length:]
            body = self._known_whole(rest)
            if entry.kind == "country" and body is not None and body.type == "ORG" and body.country == entry.country:
                return [_mention(text, run, "ORG", "gazetteer", key=body.key, country=body.country)]  # "U.S. Treasury"
            head = [_mention(text, run[:length], entry.type, "gazetteer", key=entry.key, country=entry.country)]
            envoy = self._posting_before(text, run[0].start)
            if envoy is not None and rest[-1].folded not in self._closing_heads:
                role, title_words, country = envoy  # "Russia's Ambassador to the UN Vassily Nebenzia": the envoy posted there
                return [*head, _mention(text, rest, "PER", "pattern", role=role, title=title_words, country=country)]
            if len(rest) > 1 or (rest[0].folded not in self.resources.not_names and rest[0].folded not in self.resources.demonyms):
                pending.append(_Pending(rest, False, False))
            return head
        if not addressed and folded[0] in self.resources.compass_words and self._place_cue_after(text, run[-1].end):
            return [_mention(text, run, "LOC", "pattern")]  # "North Kivu province": no given name North
        if not addressed and self._cue_after(text, run[-1].end, self.body_after):
            # "the Viv Ansanm coalition": no given name Viv; "the Dutch Green-Left-Labour alliance": the country's
            return [_mention(text, run, "ORG", "pattern", country=self.resources.demonyms.get(folded[0]))]
        kind_of_place = None if addressed else self.kind_of_place_before.search(text, max(0, run[0].start - 40), run[0].start)
        if kind_of_place is not None:  # "the German state of North Rhine-Westphalia"
            demonym = kind_of_place.group("demonym")
            return [_mention(text, run, "LOC", "pattern", country=self.resources.demonyms.get(fold(demonym)) if demonym else None)]
        if addressed or folded[0] in self.resources.given_names or self._holds_a_person_particle(run):
            return [_mention(text, run, "PER", "pattern")]
        if len(run) > 1 and folded[0] in self.place_openers:
            return [_mention(text, run, "LOC", "pattern")]  # "Place de la Republique", "Lake Chad"
        if all(word.text.isupper() for word in run):
            return [_mention(text, run, "ORG", "pattern")]
        pending.append(_Pending(run, sentence_initial, False))
        return []

    def _name_and_its_stem(self, word: str) -> tuple[str, ...]:
        """``al-Sudani``: the folded word and, after a particle joined by a hyphen, the name alone."""
        particle, hyphen, stem = word.partition("-")
        return (fold(word), fold(stem)) if hyphen and stem and fold(particle) in self.person_particles else (fold(word),)

    def _holds_a_person_particle(self, run: list[_Word]) -> bool:
        """``Ursula von der Leyen``, ``Bashar al-Assad``: a particle found only inside people's names."""
        return len(run) > 1 and any(word.text in self.person_particles or word.text.split("-")[0] in self.person_particles
                                    for word in run[1:])

    def _resolve(self, text: str, pending: list[_Pending], found: list[Mention], lower_words: frozenset[str]) -> list[Mention]:
        """Runs no rule typed, by the article's other names: a run of several words is a person's
        name if its last word also stands alone (``Tim Cook`` ... ``Cook``), else an
        organisation's; a lone word is the person whose name ends with it, or the organisation
        or place whose name opens with it (``Apple`` after ``Apple Inc.``), or else an
        organisation, unless it only opens a sentence or the text also writes it in lower case."""
        pending = [self._without_sentence_opener(item, found) for item in pending]
        lone = {item.words[0].folded for item in pending if len(item.words) == 1}
        resolved = []
        people = [m for m in found if m.type == "PER"]
        # "Mozambique's Cabo Delgado" in a headline, "Cabo Delgado province" in the body: one place
        placed = {" ".join(word.folded for word in item.words) for item in pending
                  if len(item.words) > 1 and self._place_cue_after(text, item.words[-1].end)}
        for item in pending:
            if len(item.words) > 1:
                # "Mohammad Eslami, head of the ...": a title set off after it is a person's
                person = (item.words[-1].folded in lone or _coordinated_with(text, item.words, people)
                          or self._apposed_title(text, item.words[-1].end) is not None
                          or self.person_verb_after.match(text, item.words[-1].end) is not None)
                kind = "PER" if person else "LOC" if " ".join(word.folded for word in item.words) in placed else "ORG"  # "Cabo Delgado province"
                # "the Dutch Green-Left-Labour alliance": a body opened by a country's adjective is that country's
                country = self.resources.demonyms.get(item.words[0].folded) if kind == "ORG" else None
                resolved.append(_mention(text, item.words, kind, "pattern", country=country))
        typed = [*found, *resolved]
        # "Sudani" after "Mohammed Shia al-Sudani": the name after its particle stands alone too
        person_words = {part for m in typed if m.type == "PER" for word in m.text.split() for part in self._name_and_its_stem(word)}
        body_openers = {fold(m.text.split()[0]): m for m in typed if m.type in ("ORG", "LOC") and len(m.text.split()) > 1}
        mid_sentence = {item.words[0].folded for item in pending if not item.sentence_initial}
        for item in pending:
            if len(item.words) > 1:
                continue
            word = item.words[0]
            if item.after_address or word.folded in person_words:
                resolved.append(_mention(text, [word], "PER", "coreference"))
            elif word.folded in body_openers:
                opener = body_openers[word.folded]
                resolved.append(_mention(text, [word], opener.type, "coreference", key=opener.key, country=opener.country_hint))
            elif (self.place_before.search(text, max(0, word.start - 30), word.start) or self._place_cue_after(text, word.end)
                  or (self.town_before.search(text, max(0, word.start - 30), word.start) and word.folded in small_towns())):
                resolved.append(_mention(text, [word], "LOC", "pattern"))  # "the town of Tawila", "Punjab province", "in Bavaria", "left Zuwara"
            elif self._opens_a_route_to_a_place(text, word, found):
                resolved.append(_mention(text, [word], "LOC", "pattern"))  # "from Karelia to Kaliningrad"
            elif self._cue_after(text, word.end, self.thing_after):
                continue  # "the Ebola outbreak": a disease, no name of anyone
            elif (item.sentence_initial and word.folded not in mid_sentence) or word.text.lower() in lower_words \
                    or word.text.lower() in self.stop_words or country_of_its_people(word.folded, self.resources) is not None:
                continue  # "the returning Ukrainians": a country's people, a group of no name
            else:
                resolved.append(_mention(text, [word], "ORG", "pattern"))
        return resolved

    def _opens_a_route_to_a_place(self, text: str, word: _Word, found: list[Mention]) -> bool:
        if not self.route_before.search(text, max(0, word.start - 10), word.start):
            return False
        joint = self.route_joint.match(text, word.end)
        return joint is not None and any(m.start == joint.end() and m.type == "LOC" for m in found)

    @staticmethod
    def _without_sentence_opener(item: _Pending, found: list[Mention]) -> _Pending:
        """``Later Acme``: a sentence's capitalised first word before a name the article writes
        without it."""
        if not item.sentence_initial or len(item.words) < 2:
            return item
        rest = " ".join(word.folded for word in item.words[1:])
        named = {fold(m.text) for m in found} | {fold(m.text.split()[0]) for m in found if m.type != "PER"}
        return _Pending(item.words[1:], False, item.after_address) if rest in named else item

    def _in_headlines(self, text: str, runs: list[list[_Word]], found: list[Mention]) -> list[Mention]:
        """A title-case headline capitalises every word: only names the tables know, or the body
        names, are names there."""
        body_names = {fold(m.text): m for m in found}
        mentions = []
        for run in runs:
            position = 0
            while position < len(run):
                folded = [word.folded for word in run[position:]]
                for length in range(len(folded), 0, -1):
                    key = " ".join(folded[:length])
                    known, seen = self.resources.known_names.get(key), body_names.get(key)
                    if known is not None or seen is not None:
                        kind = known.type if known is not None else seen.type
                        mentions.append(_mention(text, run[position:position + length], kind, "gazetteer" if known else "coreference",
                                                 key=known.key if known else seen.key,
                                                 country=known.country if known else seen.country_hint))
                        position += length
                        break
                else:
                    position += 1
        return mentions


def _people_named_like_towns(found: list[Mention]) -> list[Mention]:
    """``U.N. envoy Maria Angela Holguin ... , Holguin said``: a lone word that names a town the tables
    know and ends the name of a person in the article is that person."""
    surnames = {fold(m.text.split()[-1]) for m in found if m.type == "PER" and len(m.text.split()) > 1}
    return [replace(m, type="PER", origin="coreference", key=None, country_hint=None)
            if m.type == "LOC" and (m.key or "").startswith("city:") and " " not in m.text and fold(m.text) in surnames else m
            for m in found]


def _coordinated_with(text: str, words: list[_Word], people: list[Mention]) -> bool:
    """``Giorgos Gerapetritis and Hakan Fidan``: a name joined by ``and`` or a comma to a person's."""
    return any(_COORDINATION.fullmatch(text[words[-1].end:m.start]) or _COORDINATION.fullmatch(text[m.end:words[0].start]) for m in people)


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _mention(text: str, words: list[_Word], kind: str, origin: str, key: str | None = None, role: str | None = None,
             title: str | None = None, country: str | None = None) -> Mention:
    start, end = words[0].start, words[-1].end
    return Mention(start, end, text[start:end], kind, origin, key=key, role=role, title=title, country_hint=country)
