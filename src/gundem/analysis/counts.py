"""How many: the dead, injured and kidnapped of an assault, those detained or arrested, the size of a crowd.

A count is a number (in digits, in words, or only its order of magnitude: ``onlarca``) with a
qualifier (``en az``, ``40'tan fazla``, ``100'e yakın``) and a kind, told by the words around it
(``counts.json``): a verb after its subject (``14 kişi hayatını kaybetti``), a noun right after it
(``14 ölü, 30 yaralı``), a participle before it (``yaralanan 14 mahkum``), a tally it rose to
(``ölenlerin sayısı 23'e yükseldi``) or a phrase telling there were none (``can kaybı olmadı``).
Each count then joins the act it counts: the nearest act of its kind's type in its sentence,
else the last one told shortly before (see :meth:`CountFinder.attach`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from gundem.analysis.lang.loader import read_language_json
from gundem.analysis.text import Sentence, alternatives

QUALIFIER_RANK = {"exact": 0}  # any other qualifier says more than "exact" about the same number
SUFFIX = re.compile(r"['’]\w+")
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Count:
    kind: str  # dead, injured, detained, arrested, size
    value: int
    qualifier: str  # exact, at_least, more_than, about, up_to, order_of
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CountGrammar:
    data: dict
    number: str  # the pattern of a number, with its digits or words in group "n"
    number_words: dict[str, int]

    @property
    def scale_words(self) -> dict[str, int]:
        return self.data["scale_words"]

    @property
    def vague_words(self) -> dict[str, int]:
        return self.data["vague_words"]


def load_count_grammar(lang: str, time_number_words: dict) -> CountGrammar | None:
    """The language's ``counts.json``, with the number words its time vocabulary already holds
    (``iki``, ``on beş``; the vague ``birkaç`` left out); None for a language without one."""
    data = read_language_json(lang, "counts.json")
    if not data:
        return None
    number_words = {word: value for word, value in time_number_words.items() if isinstance(value, int)}
    return CountGrammar(data, _number_pattern(data, number_words), number_words)


def _number_pattern(data: dict, number_words: dict[str, int]) -> str:
    scales = alternatives(data["scale_words"])
    word = alternatives({**number_words, **data["scale_words"]})
    thousands, decimal = (re.escape(mark) for mark in _separators(data))
    digits = rf"\d{{1,3}}(?:{thousands}\d{{3}})+|\d+(?:{decimal}\d+)?"
    vague = rf"(?:{data['vague_multiplier']})?(?:{alternatives(data['vague_words'])})"
    after_scale = "".join(f"(?<={re.escape(scale)})" if not index else f"|(?<={re.escape(scale)})"
                          for index, scale in enumerate(data["scale_words"]))
    # a scale word may carry its case ending unseparated ("38 bini aştı"); any other number ends at a word's end
    ending = rf"(?:(?!\w)|(?:{after_scale})(?={data['scale_suffix']}(?!\w)))"
    return (rf"(?<![\w.,'’])(?P<n>{vague}|(?:{digits})(?:\s+(?:{scales})(?:\s+\d{{1,3}})?)?"
            rf"|(?:{word})(?:\s+(?:{word}))*){ending}")


def _separators(data: dict) -> tuple[str, str]:
    """The language's thousands separator and decimal mark in written numbers."""
    return data.get("thousands_separator", "."), data.get("decimal_mark", ",")


def read_number(grammar: CountGrammar, raw: str) -> tuple[int, bool]:
    """The value of a number as written, and whether it is only an order of magnitude
    (``87 bin 445`` → 87445, ``yüz yirmi`` → 120, ``on binlerce`` → 10000, vague)."""
    total, current, vague = 0.0, 0.0, False
    fillers, (thousands, decimal) = grammar.data.get("filler_words", ()), _separators(grammar.data)
    for token in raw.split():
        if token in fillers:
            continue  # "of" in "tens of thousands"
        if token in grammar.vague_words:
            current, vague = (current or 1) * grammar.vague_words[token], True
        elif token in grammar.scale_words and grammar.scale_words[token] >= 1000:
            total, current = total + (current or 1) * grammar.scale_words[token], 0.0
        elif token in grammar.scale_words:
            current = (current or 1) * grammar.scale_words[token]
        elif token in grammar.number_words:
            current += grammar.number_words[token]
        else:  # digits: "1.200" with a thousands dot and "1,5" with a decimal comma in Turkish, the other way round in English
            current += float(token.replace(thousands, "").replace(decimal, "."))
    return round(total + current), vague


class CountFinder:
    def __init__(self, grammar: CountGrammar) -> None:
        self.grammar = grammar
        data, number = grammar.data, grammar.number
        self.number = re.compile(number)
        self.prefilter = re.compile(rf"(?<!\w)(?:{data['prefilter']})")
        self.before = {name: re.compile(rf"(?<!\w)(?:{pattern})\s+$") for name, pattern in data["qualifier_before"].items()}
        self.after = {name: re.compile(pattern) for name, pattern in data["qualifier_after"].items()}
        qualifier_before = "|".join(data["qualifier_before"].values())
        self.cues, self.forms = {}, []
        for kind, words in data["kinds"].items():
            self.cues[kind] = re.compile(rf"(?<!\w)(?:{'|'.join(words[key] for key in ('verb', 'active') if key in words)})")
            if "headline" in words:
                self.forms.append((kind, "exact", re.compile(rf"{number}\s+(?:{words['headline']})(?![\w'’])(?!\s+sayı)")))
            if "participle" in words:
                self.forms.append((kind, None, re.compile(rf"(?<!\w)(?:{words['participle']})\s+(?:(?:{qualifier_before})\s+)?{number}")))
            if "tally" in words:
                tally = rf"(?<!\w)(?:{words['tally']})\s+(?:\S+\s+){{0,2}}?(?:(?:{qualifier_before})\s+)?{number}"
                self.forms.append((kind, "exact", re.compile(tally + data["tally_rose_to"])))
                self.forms.append((kind, "more_than", re.compile(tally + data["tally_passed"])))
        self.none = [(kind, re.compile(rf"(?<!\w)(?:{words['none']})")) for kind, words in data["kinds"].items() if "none" in words]
        self.none_of_both = re.compile(rf"(?<!\w)(?:{data['none_of_both']})")
        self.breaks = {kind: re.compile(pattern) for kind, pattern in data["clause_break"].items()}
        self.figure_sources = re.compile(rf"{number}{data['sources_of_a_figure']}")
        self.not_people_after, self.not_people_before = re.compile(data["not_people_after"]), re.compile(data["not_people_before"])
        self.postposition = re.compile(data["gap_postpositions"])
        self.agent_before_the_verb = re.compile(rf"{data['agent_after_a_comma']}$")

    def attach(self, events: list, lowered: str, spans: list[Sentence], timexes=()) -> None:
        """The counts told in each sentence of the lower-cased article, each given to the act it counts;
        ``timexes`` are the article's time expressions (any object with ``start``, ``end`` and ``type``)."""
        times = [(t.start, t.end) for t in timexes if t.type in ("DATE", "TIME")]
        attach_counts([count for span in spans for count in self(lowered, span, times)], events, spans, self.grammar.data, lowered)

    def __call__(self, lowered_text: str, sentence: Sentence, times=()) -> list[Count]:
        """The counts told in one sentence of the lower-cased text (``turkish_lower``); ``times`` are the
        spans of dates and times in the text, which may stand between a number and its verb."""
        lowered = lowered_text[sentence.start:sentence.end]
        if self.prefilter.search(lowered) is None:
            return []
        own_times = [(max(0, s - sentence.start), e - sentence.start) for s, e in times if sentence.start <= s < sentence.end]
        nothing = self._none(lowered)
        # "No one was hurt": the "one" inside a phrase telling of none counts no one
        told = [c for c in self._told_by_verbs(lowered, own_times) + self._told_by_forms(lowered)
                if not any(none.kind == c.kind and none.start <= c.start < none.end for none in nothing)]
        found = told + nothing
        found.sort(key=lambda c: (c.start, c.kind))
        unique = {(c.kind, c.start): c for c in found}  # a number read by two forms is one count
        return [Count(c.kind, c.value, c.qualifier, c.start + sentence.start, c.end + sentence.start) for c in unique.values()]

    def _told_by_verbs(self, lowered: str, times=()) -> list[Count]:
        """``en az 14 kişi hayatını kaybetti``: the nearest number before the verb, in its clause; a date or
        time between them is not counted among the words between (``12 kişi bu sabah gözaltına alındı``)."""
        found = []
        for kind, cue in self.cues.items():
            breaks = self.breaks.get(kind, self.breaks["default"])
            reach = self.grammar.data["words_between"].get(kind, self.grammar.data["words_between"]["default"])
            for match in cue.finditer(lowered):
                # "42 göçmen, Sahil Güvenlik ekiplerince yakalandı": the agent set off by a comma stands outside the count
                agent = self.agent_before_the_verb.search(lowered, 0, match.start())
                verb_start = agent.start() if agent is not None else match.start()
                clause_start = max((b.end() for b in breaks.finditer(lowered, 0, verb_start)), default=0)
                number = next(reversed([n for n in self.number.finditer(lowered, clause_start, verb_start)
                                        if self._counts_people(lowered, n) and not _within(n.start("n"), times)]), None)
                if number is None or self._words_after(lowered, number.end(), verb_start, times) > reach or (
                        self.postposition.search(lowered, number.end(), verb_start)):
                    continue
                count = self._count(kind, lowered, number, match.end(), None)
                if count.value < self.grammar.data["smallest"].get(kind, 0):
                    continue  # "bir diplomatı bakanlığa çağırarak olayı protesto etti": one is no crowd
                found.append(count)
                if kind == "size":
                    found.extend(self._other_figures(lowered, number, match.end()))
        return found

    def _words_after(self, lowered: str, position: int, end: int, times=()) -> int:
        """Words between a number and its verb, less its suffix and qualifier (``30'u aşkın kişi de``) and
        any date or time."""
        qualified = next((found.end() for pattern in self.after.values() if (found := pattern.match(lowered, position))), position)
        suffix = SUFFIX.match(lowered, qualified)
        words = WORD.finditer(lowered, suffix.end() if suffix else qualified, end)
        return sum(1 for word in words if not _within(word.start(), times))

    def _other_figures(self, lowered: str, number: re.Match, end: int) -> list[Count]:
        """``Bakanlığa göre 120 bin, sendikalara göre 300 bin kişi katıldı``: each source's figure."""
        start = self._qualified_start(lowered, number.start())
        before = self.figure_sources.search(lowered, max(0, start - 80), start)
        if before is None or before.end() != start:
            return []
        return [self._count("size", lowered, before, before.end("n"), None)]

    def _told_by_forms(self, lowered: str) -> list[Count]:
        return [self._count(kind, lowered, match, match.end(), qualifier)
                for kind, qualifier, pattern in self.forms for match in pattern.finditer(lowered) if self._counts_people(lowered, match)]

    def _counts_people(self, lowered: str, number: re.Match) -> bool:
        """Not a number of days, dates, money or percent, nor an ordinal or an age."""
        return not (self.not_people_after.match(lowered, number.end("n"))
                    or self.not_people_before.search(lowered, max(0, number.start("n") - 8), number.start("n")))

    def _none(self, lowered: str) -> list[Count]:
        found = [Count(kind, 0, "exact", m.start(), m.end()) for kind, pattern in self.none for m in pattern.finditer(lowered)]
        for match in self.none_of_both.finditer(lowered):
            found += [Count("dead", 0, "exact", match.start(), match.end()), Count("injured", 0, "exact", match.start(), match.end())]
        return found

    def _count(self, kind: str, lowered: str, number: re.Match, end: int, qualifier: str | None) -> Count:
        value, vague = read_number(self.grammar, number.group("n"))
        start = self._qualified_start(lowered, number.start("n"))
        if vague:
            qualifier = "order_of"
        elif qualifier != "more_than":  # a tally that passed a number says more than any word around it
            qualifier = (next((name for name, pattern in self.after.items() if pattern.match(lowered, number.end("n"))), None)
                         or self._qualifier_before(lowered, number.start("n")) or qualifier or "exact")
        return Count(kind, value, qualifier, min(start, number.start()), end)

    def _qualifier_before(self, lowered: str, position: int) -> str | None:
        return next((name for name, pattern in self.before.items() if pattern.search(lowered, max(0, position - 20), position)), None)

    def _qualified_start(self, lowered: str, position: int) -> int:
        for pattern in self.before.values():
            match = pattern.search(lowered, max(0, position - 20), position)
            if match is not None:
                return match.start()
        return position


def _within(position: int, spans) -> bool:
    return any(start <= position < end for start, end in spans)


def attach_counts(counts: list[Count], events: list, spans: list[Sentence], data: dict, lowered: str) -> None:
    """Give each count to the act it counts: the nearest act of its kind's type in its sentence,
    else the article's only such act, else the last one told at most ``sentences_back`` sentences
    before, else (a headline's count) the first one told after it. A count told in the pluperfect,
    or since a date, is background."""
    for count in counts:
        sentence = next(number for number, span in enumerate(spans) if span.start <= count.start < span.end)
        if "hazard" in data and re.search(data["hazard"], lowered[spans[sentence].start:spans[sentence].end]):
            continue  # "an earthquake struck, killing 30": the dead of no one's act
        kind_of_act = data["event_types"][count.kind]
        acts = [e for e in events if e.type == kind_of_act]
        here = [e for e in acts if sentence in e.sentences]
        if here:
            _add(min(here, key=lambda e: min(abs(s - count.start) for s, _ in e.evidence)), count)
            continue
        whole = lowered[spans[sentence].start:spans[sentence].end]
        if re.search(data["background_verb"], lowered[count.start:spans[sentence].end]) or re.search(data["standing"], whole):
            continue
        if count.kind in data["act_named"] and not re.search(data["act_named"][count.kind], whole):
            continue
        if _qualifies_the_noun_after(count, data, lowered):
            continue
        if len(acts) == 1:
            _add(acts[0], count)
            continue
        before = [e for e in acts if any(sentence - data["sentences_back"] <= s < sentence for s in e.sentences)]
        after = [e for e in acts if sentence == 0 and min(e.sentences) <= data["sentences_back"]]
        chosen = max(before, key=lambda e: max(s for s in e.sentences if s < sentence), default=None) or (after[0] if after else None)
        if chosen is not None:
            _add(chosen, count)


def _qualifies_the_noun_after(count: Count, data: dict, lowered: str) -> bool:
    verb, head = data.get("relative_clause_verb"), data.get("relative_clause_head_after")
    return (verb is not None and re.search(verb, lowered[count.start:count.end]) is not None
            and re.match(head, lowered[count.end:count.end + 30]) is not None)


def _add(event, count: Count) -> None:
    """One count of a kind and value per act: the same number told twice keeps its qualified telling."""
    for index, known in enumerate(event.counts):
        if known.kind == count.kind and known.value == count.value:
            if QUALIFIER_RANK.get(count.qualifier, 1) > QUALIFIER_RANK.get(known.qualifier, 1):
                event.counts[index] = count
            return
    event.counts.append(count)
