"""Time expressions: find them, then give each a TIMEX3 value relative to the article's date.

A bare weekday (``salı günü``) points to the last or the next such day depending on the
tense of the verb that governs it, found by scanning the clause after the expression; an
explicit date with a weekday is checked against the calendar. Every value also carries its
[first day, last day] interval so that later stages can compare dates of different precision.
"""
from __future__ import annotations

import calendar
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypeVar

from gundem.analysis.lang.loader import read_language_json, word_stems
from gundem.analysis.text import alternatives, fold, sentences, turkish_lower
from gundem.model import Article, Timex

T = TypeVar("T")

ANCHORED_RULES = frozenset({"day_month", "month_year", "numeric_date", "iso_date", "year_word", "year_suffix", "year_context", "spelled_year", "quarter", "decade", "decade_word"})
QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
AFTER_AN_EARLIER_EVENT = "counted from an earlier event, not from the article's date"
CLOCK_STAMP = "clock_stamp"  # a time opening a line before a dash: a live report's entry ("09.12 - ...")
CLOCK_RULES = frozenset({"clock", CLOCK_STAMP})
NIGHT = "NI"  # TIMEX3's part of the day for the night: the one part that runs into the next day
COUNTED_FROM_A_NAMED_EVENT = "counted from the event named before it, whose date it does not give"
DURATION_VALUE = re.compile(r"P(\d+)([DWMY])")
EXACT_DURATION = re.compile(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?")  # P8Y4M, PT3H20M; not PXY
DURATION_PART = re.compile(r"(\d+)([YMWDHS])")
DURATION_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")  # larger units first: "8 yıl 4 ay"
DURATION_JOINT = re.compile(r"\s+(?:(?:ve|and)\s+)?")
CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
FEAST_NEARBY_DAYS = 31  # a feast this close to the article is the one it speaks of, past or coming
YEARS_PER_UNIT = {"DE": 10, "CE": 100}
SEASON_MIDDLE_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}  # winter is named by the year of its December
SEASON_HALF_DAYS = 45  # a season is current, whatever the tense, within this many days of its middle
REFERENCE_BY_SIGN = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}
MOD_SHARES = {"START": (0.0, 0.4), "MID": (0.3, 0.7), "END": (0.6, 1.0)}


@dataclass(frozen=True, slots=True)
class TimeVocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    data: dict
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    future_words: frozenset[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    future_lead: re.Pattern[str] | None = None  # "as early as" right before the expression
    previous_year_end_lead: re.Pattern[str] | None = None  # "since" right before "year-end"
    tenseless_words: frozenset[str] = frozenset()  # "olduğunu": the clause's copula says no tense
    verbal_noun: re.Pattern[str] | None = None  # "yapılması"
    bare_verbal_noun: re.Pattern[str] | None = None  # "yapma"
    lexical_nouns: frozenset[str] = frozenset()  # "anlaşma": a noun of its own, not a verbal noun
    future_after_verbal_noun: frozenset[str] = frozenset()  # "konusunda": what the verbal noun names is ahead
    dative_after: re.Pattern[str] | None = None  # "'a" right after the expression: a time moved to
    ahead_after_dative: tuple[str, ...] = ()  # "ertele": a verb that moves a thing to a time still to come
    intention: re.Pattern[str] | None = None  # "götürmek istiyoruz": an infinitive and a verb of wanting or aiming
    occasion_decided: re.Pattern[str] | None = None  # "yapılmasına karar": an occasion's verbal noun and a word of deciding
    ahead_acts: frozenset[str] = frozenset()  # "tatil": days named for it are ahead, whatever the verb's tense
    bound_after: re.Pattern[str] | None = None  # "'a kadar" after a day: a span's bound, no day a clock time is on
    pluperfect: re.Pattern[str] | None = None  # "etmişti": a future told under it is ahead of a time already past
    converb: re.Pattern[str] | None = None  # "suçlayarak": closes the time's clause; past it a plan no longer dates it


def load_vocabulary(lang: str) -> TimeVocabulary:
    from babel import Locale

    locale = Locale(lang)
    data = read_language_json(lang, "time.json")
    months = {turkish_lower(name): number for number, name in locale.months["format"]["wide"].items()}
    months.update({key: number for key, number in data.get("month_extra", {}).items()})
    weekdays = {turkish_lower(name): number for number, name in locale.days["format"]["wide"].items()}
    full_months = {turkish_lower(name): number for number, name in locale.months["format"]["wide"].items()}
    return TimeVocabulary(
        months, weekdays, data, _compile(months, weekdays, data, full_months),
        frozenset(data["tense"]["future_words"]),
        re.compile(data["tense"]["future_pattern"]), re.compile(data["tense"]["past_pattern"]),
        _lead_pattern(data["tense"].get("future_phrases_before", ())),
        _lead_pattern(data.get("previous_year_end_after", ())),
        frozenset(data["tense"].get("tenseless_words", ())),
        re.compile(data["tense"]["verbal_noun"]) if data["tense"].get("verbal_noun") else None,
        re.compile(data["tense"]["bare_verbal_noun"]) if data["tense"].get("bare_verbal_noun") else None,
        word_stems(lang) if data["tense"].get("bare_verbal_noun") else frozenset(),
        frozenset(data["tense"].get("future_after_verbal_noun", ())),
        re.compile(data["tense"]["dative_after"]) if data["tense"].get("dative_after") else None,
        tuple(data["tense"].get("ahead_after_dative", ())),
        re.compile(data["tense"]["intention"]) if data["tense"].get("intention") else None,
        re.compile(data["tense"]["occasion_decided"]) if data["tense"].get("occasion_decided") else None,
        frozenset(data["tense"].get("ahead_acts", ())),
        re.compile(data["bound_after"]) if data.get("bound_after") else None,
        re.compile(data["tense"]["pluperfect"]) if data["tense"].get("pluperfect") else None,
        re.compile(data["tense"]["converb"]) if data["tense"].get("converb") else None,
    )


def names_a_plan(words: list[str], index: int, vocabulary: TimeVocabulary) -> bool:
    """``words[index]`` is a verbal noun followed by a word of deciding, asking or planning
    (``yapılması kararlaştırıldı``, ``yapma konusunda uzlaştı``), or an infinitive followed by
    one of wanting or aiming (``götürmek istiyoruz``): the clause it closes is ahead."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if vocabulary.intention is not None and vocabulary.intention.fullmatch(f"{words[index]} {following}"):
        return True
    if vocabulary.occasion_decided is not None and vocabulary.occasion_decided.fullmatch(f"{words[index]} {following}"):
        return True
    return following in vocabulary.future_after_verbal_noun and _is_verbal_noun(words[index], vocabulary)


def _is_verbal_noun(word: str, vocabulary: TimeVocabulary) -> bool:
    """``yapılması``, or ``yapma`` where the lexicon does not hold the word as a noun (``anlaşma``)."""
    if vocabulary.verbal_noun is not None and vocabulary.verbal_noun.search(word):
        return True
    return vocabulary.bare_verbal_noun is not None and bool(vocabulary.bare_verbal_noun.search(word)) and fold(word) not in vocabulary.lexical_nouns


def _lead_pattern(phrases) -> re.Pattern[str] | None:
    return re.compile(rf"(?:{alternatives(phrases)})\s*$", re.IGNORECASE) if phrases else None


def _compound_numbers(number_words: dict) -> str:
    """Tens then units, as words: "twenty-four", "yirmi beş"."""
    tens = [word for word, value in number_words.items() if isinstance(value, int) and 20 <= value <= 90 and value % 10 == 0]
    units = [word for word, value in number_words.items() if isinstance(value, int) and 1 <= value <= 9 and not (value == 1 and len(word) <= 2)]  # not the article "a"
    return rf"(?:{alternatives(tens)})[\s-](?:{alternatives(units)})"


def _listed(data: dict, key: str) -> str:
    """The alternation of a word list the language may lack; without one, a pattern that never matches."""
    return alternatives(data[key]) if data.get(key) else "(?!)"


def _two_digit_words(number_words: dict) -> str:
    """10 to 99 in words, the second half of a year said aloud ("nineteen ninety-six")."""
    plain = [word for word, value in number_words.items() if isinstance(value, int) and 10 <= value <= 99]
    return rf"(?:{_compound_numbers(number_words)}|{alternatives(plain)})"


QUOTED_SPAN = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»')


def _own_clause(text: str, position: int, end: int) -> str:
    """The text from ``position`` to ``end`` whose verbs govern an expression there: a quotation
    after it has verbs of its own ('perşembe günü ... toplantısında, "... dönecek" dedi' is past),
    and inside one only the quotation's words count."""
    before = text[max(text.rfind("\n", 0, position), 0):position]
    segment = text[position:end]
    if before.count('"') % 2 or before.count("“") > before.count("”") or before.count("«") > before.count("»"):
        closing = [index for index in (segment.find(mark) for mark in '"”»') if index >= 0]
        return segment[:min(closing)] if closing else segment
    return QUOTED_SPAN.sub(" ", segment)


def _monday_of(day: date, weeks: int = 0) -> date:
    """The Monday of ``day``'s week, moved by ``weeks``."""
    return day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)


def _weekend_of(monday: date, make) -> Timex:
    """The weekend of the week that ``monday`` opens (``2026-W07-WE``, Saturday and Sunday)."""
    year, week, _ = monday.isocalendar()
    saturday = monday + timedelta(days=5)
    return make("DATE", f"{year}-W{week:02d}-WE", interval=(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()))


def _year_of_the_weekday(year: int, today: date, month: int, day: int, weekday: int) -> int:
    """``26 Kasım Perşembe günü`` with no year: a year nearer the article than the one the tense
    chose, whose 26 November is a Thursday, outranks it (a past verb told of a day ahead, "ara
    verildiği bildirildi"); a date near the article keeps its year and its mismatch is reported."""
    def distance(candidate: int) -> int:
        return abs((date(candidate, month, min(day, 28)) - today).days)

    def matches(candidate: int) -> bool:
        try:
            return date(candidate, month, day).weekday() == weekday
        except ValueError:
            return False

    nearer = sorted((y for y in (today.year - 1, today.year, today.year + 1) if distance(y) < distance(year)), key=distance)
    return year if matches(year) else next((candidate for candidate in nearer if matches(candidate)), year)


def _compile(months, weekdays, data, full_months) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The language's rule templates with their {placeholders} filled from its word lists."""
    digits = data.get("number_digits", r"\d+")
    words = {
        "month": f"(?P<month>{alternatives(months)})",
        "month_full": f"(?P<month>{alternatives(full_months)})",
        "month_word": alternatives(months),
        "weekday": f"(?P<weekday>{alternatives(weekdays)})",
        "number": rf"(?P<number>{digits}|{_compound_numbers(data['number_words'])}|{alternatives(data['number_words'])})",
        "unit": data["unit_word_pattern"],
        "unit_word": re.sub(r"\(\?P<\w+>", "(?:", data["unit_word_pattern"]),  # the same words, no group to clash with
        "relative": f"(?P<relative>{alternatives(data['relative_words'])})",
        "week_relative": f"(?P<week_relative>{alternatives(data['relative_words'])})",
        "part": f"(?P<part>{alternatives(data['parts'])})",
        "half": alternatives(data["half_year"]),
        "season": alternatives(data["seasons"]),
        "direction": data.get("direction") or alternatives(data["before_after"]),
        "day_word": alternatives(data["day_words"]),
        "day_word_ending": data.get("day_word_ending", ""),
        "period_day_word": _listed(data, "period_day_words"),
        "glued_month": _listed(data, "glued_months"),
        "glued_weekday": _listed(data, "glued_weekdays"),
        "name_head": _listed(data, "name_heads"),
        "day_tail": data["day_name_tail"],
        "year_word": data["year_word"],
        "year_qualified": _listed(data, "nouns_a_year_qualifies"),
        "last_word": data["last_word"],
        "every_word": data["every_word"],
        "clock_word": data["clock_word"],
        "ordinal": _listed(data, "ordinals"),
        "period": _listed(data, "periods"),
        "set_word": _listed(data, "set_words"),
        "reference": _listed(data, "references"),
        "holiday": _listed(data, "holidays"),
        "week_ordinal": _listed(data, "week_ordinals"),
        "two_digit_words": _two_digit_words(data["number_words"]),
    }
    return tuple(
        (kind, re.compile(rf"(?<!\w)(?:{template.format(**words)})(?!\w)", re.IGNORECASE)) for kind, template in data["rules"]
    )


class TimeTagger:
    def __init__(self, vocabulary: TimeVocabulary) -> None:
        self.vocabulary = vocabulary

    @classmethod
    def for_language(cls, lang: str) -> TimeTagger:
        return cls(load_vocabulary(lang))

    def __call__(self, article: Article) -> list[Timex]:
        text = article.analysis_text
        anchor = article.reference_time
        if anchor is None:
            return []
        found: list[tuple[Timex, str]] = []
        taken: list[tuple[int, int]] = []
        for name, pattern in self.vocabulary.patterns:
            for match in pattern.finditer(text):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                timex = self._normalise(name, match, text, anchor)
                if timex is not None:
                    found.append((replace(timex, anchored=name in ANCHORED_RULES), name))
                    taken.append((match.start(), match.end()))
        found.sort(key=lambda item: item[0].start)
        found = self._resolve_against_earlier(found, text)
        found = _joined_to_the_one_before(_joined_to_the_one_before(found, text, _clock_on_the_day), text, _month_of_a_named_year)
        found = _joined_durations(found, text)
        found = _month_ranges_run_forward(found, text, anchor.date())
        return _year_shifts_follow_the_quarter(found)

    def _resolve_against_earlier(self, found: list[tuple[Timex, str]], text: str) -> list[tuple[Timex, str]]:
        """Expressions counted from an earlier one: an anaphoric date (``later that year``) from
        the last date the text named; "4 gün sonra" told in the past from the last day named
        before it in the sentence (``12 Mart 2025'te ... 4 gün sonra`` is 2025-03-16), and with
        no such day it stays a duration."""
        spans: list | None = None
        result: list[tuple[Timex, str]] = []
        bound_after = self.vocabulary.bound_after

        def day_named_before(timex: Timex) -> str | None:
            nonlocal spans
            spans = spans if spans is not None else sentences(text)  # only when a rule asks for it
            return _day_named_before(timex, result, spans) or _day_of_the_sentence_before(timex, result, spans, text, bound_after)

        for index, (timex, rule) in enumerate(found):
            if rule == "anaphoric":
                timex = self._from_the_date_told_before(timex, [t for t, _ in result])
            counted = DURATION_VALUE.fullmatch(timex.value) if timex.note == AFTER_AN_EARLIER_EVENT else None
            if counted is not None and (day := day_named_before(timex)) is not None:
                make = lambda kind, value, _t=timex, **extra: replace(_t, type=kind, value=value, note=None, **extra)
                timex = self._shifted(date.fromisoformat(day), counted.group(2), int(counted.group(1)), make)
            following = found[index + 1][0] if index + 1 < len(found) else None
            if rule == "clock" and (day := day_named_before(timex) or _day_named_right_after(timex, following, text)) is not None:
                # "22 March 2013 Last updated at 11:50 GMT", "at 10:35 a.m. (0735 GMT) Friday":
                # a clock time is on the day its sentence named
                timex = replace(timex, value=day + timex.value[10:], interval=(day, day))
            result.append((timex, rule))
        return result

    # -- values -----------------------------------------------------------------------------

    def _normalise(self, rule: str, match: re.Match[str], text: str, anchor: datetime) -> Timex | None:
        groups = {key: value for key, value in match.groupdict().items() if value is not None}
        today = anchor.date()
        make = lambda kind, value, **extra: Timex(match.start(), match.end(), match.group(), kind, value, **extra)
        if rule == "week_of_day":  # "the week of April 8": that day's ISO week ("the night of Oct. 23" is the day alone)
            day = self._day_month(groups, match, text, today, make)
            if day is None or not DAY_VALUE.fullmatch(day.value):
                return None
            return _week_of(date.fromisoformat(day.value), make)
        if rule == "day_month":
            if self._ambiguous_month(groups, match, text):
                return None
            return self._day_month(groups, match, text, today, make)
        if rule in ("iso_date",):
            rule = "numeric_date"
        if rule == "spelled_year":
            groups["year"], rule = str(self._spelled_year(groups)), "year_suffix"
        if rule in ("year_context", "fiscal_year"):
            rule = "year_suffix"
        extra = self._english_like(rule, groups, match, text, anchor, make)
        if extra is not False:
            return extra
        if rule == "month_year":
            if self._ambiguous_month(groups, match, text):
                return None
            year, month = int(groups["year"]), _look_up(self.vocabulary.months, groups["month"])
            return make("DATE", f"{year:04d}-{month:02d}", interval=_month_interval(year, month))
        if rule == "numeric_date":
            try:
                day = date(int(groups["year"]), int(groups["month_number"]), int(groups["day"]))
            except ValueError:
                return None
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        if rule in ("year_word", "year_suffix"):
            year = int(groups["year"])
            if "part" in groups:  # "2025 yılının başında"
                return self._period(today, "Y", year - today.year, _look_up(self.vocabulary.data["parts"], groups["part"]), make)
            return make("DATE", f"{year:04d}", interval=(f"{year:04d}-01-01", f"{year:04d}-12-31"))
        if rule == "half_year":
            half = _look_up(self.vocabulary.data["half_year"], groups["half"])
            year = self._year_of(groups, today)
            first = date(year, 1 if half == "H1" else 7, 1)
            last = date(year, 6, 30) if half == "H1" else date(year, 12, 31)
            return make("DATE", f"{year}-{half}", interval=(first.isoformat(), last.isoformat()))
        if rule in ("last_n", "within"):  # "son 10 yılda", "iki hafta içinde"
            return make("DURATION", _duration(self._number(groups["number"]), self._unit(groups["unit"])))
        if rule == "ago_later":
            sign = _look_up(self.vocabulary.data["before_after"], groups["direction"])
            amount = self._number(groups.get("number", "1"))
            if amount == "X":
                return make("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
            unit, half = self._unit(groups["unit"]), "half" in groups or "half_after" in groups
            counted_from = self.vocabulary.data.get("counted_from_a_noun")
            if counted_from and re.search(counted_from, turkish_lower(text[max(0, match.start() - 40):match.start()])):
                # "seçimden 10 gün önce": before the election, whose day the expression does not give
                return make("DURATION", _duration(amount, unit, half), note=COUNTED_FROM_A_NAMED_EVENT)
            if sign > 0 and self._tense(text, match) == "past":
                # "12 Mart'ta gözaltına alınmış ve 4 gün sonra tutuklanmıştı": after an earlier event,
                # not after today; dated from a day named before it (see _resolve_against_earlier)
                return make("DURATION", _duration(amount, unit, half), note=AFTER_AN_EARLIER_EVENT)
            if half and unit in HALF_IN_A_FINER_UNIT:  # "iki buçuk yıl önce": thirty months back
                finer, per_unit, half_of_one = HALF_IN_A_FINER_UNIT[unit]
                return self._shifted(today, finer, sign * (amount * per_unit + half_of_one), make)
            return self._shifted(today, unit, sign * amount, make)
        if rule == "every_part":  # "her ay sonunda": at the end of every month; "her hafta sonu": every weekend
            unit, mod = self._unit(groups["unit"]), _look_up(self.vocabulary.data["parts"], groups["part"])
            if self._is_weekend(unit, mod):
                return make("SET", "XXXX-WXX-WE")
            return make("SET", _duration(1, unit), mod=mod)
        if rule in ("relative_unit", "unit_part"):
            vague = self.vocabulary.data.get("vague_relative_units", {}).get(" ".join(turkish_lower(match.group()).split()))
            if vague is not None:
                return make("DATE", vague)  # "geçen gün": the other day
            offset = self._offset(groups)
            part = groups.get("part")
            mod = _look_up(self.vocabulary.data["parts"], part) if part else None
            unit = self._unit(groups["unit"])
            if "relative" not in groups and self._is_weekend(unit, mod) and self._weekend_told_of_the_past(today, text, match):
                offset = -1  # "hafta sonu düzenlediği saldırıda" said on a weekday
            return self._period(today, unit, offset, mod, make)
        if rule == "season":
            return self._season(today, groups, match, text, make)
        if rule == "every":  # "her pazartesi", "every July" / "her temmuz", "every summer", "on Sundays"
            if "season" in groups:
                return make("SET", f"XXXX-{_look_up(self.vocabulary.data['seasons'], groups['season'])}")
            if "month" in groups:
                return make("SET", f"XXXX-{_look_up(self.vocabulary.months, groups['month']):02d}")
            weekday = _look_up(self.vocabulary.weekdays, groups["weekday"])
            period = f"T{self._day_period(groups)}" if "period" in groups else ""
            return make("SET", f"XXXX-WXX-{weekday + 1}{period}")  # "every Friday night", "on Tuesday nights"
        if rule == "month_relative_year":
            year = today.year + self._offset(groups)
            month = _look_up(self.vocabulary.months, groups["month"])
            return make("DATE", f"{year:04d}-{month:02d}", interval=_month_interval(year, month))
        if rule == "clock_day":
            return self._clock_day(groups, match, text, today, make)
        if rule in CLOCK_RULES:
            hour, minute = self._clock(groups)
            if hour is None or minute > 59:
                return None
            published_at = (anchor.hour, anchor.minute)  # (0, 0): the article's hour is not known
            later_today = hour == 24 or (published_at != (0, 0) and (hour, minute) > published_at)  # midnight is always ahead
            foreign = self.vocabulary.data.get("foreign_clock")
            if later_today and foreign is not None and re.match(foreign, turkish_lower(match.group())):
                later_today = False  # "yerel saatle 07.12" in Seoul, told by an article published at 06.30 in Istanbul
            if rule == CLOCK_STAMP:
                # "13.30 - Kremlin Sözcüsü ...": an entry a live report added after it was first published, on the
                # article's day whatever day the entry before it named (no day carries over to it)
                later_today = False
            if later_today and self._tense(text, match) == "past":
                today -= timedelta(days=1)  # "saat 23.30'da meydana geldi" in a morning article: last night
            return make("TIME", f"{today.isoformat()}T{hour:02d}:{minute:02d}", interval=(today.isoformat(), today.isoformat()))
        if rule == "day_word":
            return self._day_word(groups["day_word"], match, text, anchor, make)
        if rule == "weekday":
            return self._weekday(groups, match, text, today, make)
        if rule == "month_day":  # "ayın 15'inde": this month's, "geçen ayın 3'ünde": last month's
            try:
                day = date(*self._relative_month(groups, today), int(groups["day"]))
            except ValueError:
                return None
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        if rule in ("month_only", "month_part"):
            if self._ambiguous_month(groups, match, text):
                return None
            month = _look_up(self.vocabulary.months, groups["month"])
            return self._part_of_month(groups, self._month_year(groups, today, month, text, match), month, make)
        if rule == "relative_month_part":  # "önümüzdeki ayın ilk haftasında", "bu ayın sonunda"
            return self._part_of_month(groups, *self._relative_month(groups, today), make)
        return None

    def _relative_month(self, groups, today: date) -> tuple[int, int]:
        """(year, month) of the month a relative word names (``geçen ayın``: last month's)."""
        months = today.year * 12 + today.month - 1 + self._offset(groups)
        return months // 12, months % 12 + 1

    def _part_of_month(self, groups, year: int, month: int, make) -> Timex:
        """The month, or the week or part of it the groups name (``ocak ayının sonunda``)."""
        if "week" in groups:
            return self._week_of_month(turkish_lower(groups["week"]), year, month, make)
        if "part" in groups:
            mod = _look_up(self.vocabulary.data["parts"], groups["part"])
            first, last = _part(*(date.fromisoformat(day) for day in _month_interval(year, month)), mod)
            return make("DATE", f"{year:04d}-{month:02d}", mod=mod, interval=(first.isoformat(), last.isoformat()))
        return make("DATE", f"{year:04d}-{month:02d}", interval=_month_interval(year, month))

    def _week_of_month(self, word: str, year: int, month: int, make):
        """``aralık ayının ilk haftasında``: the month's first (or last) seven days, the month with
        mod START (END); ``ikinci haftasında``: days 8 to 14, the ISO week of their middle day."""
        first, last = (date.fromisoformat(day) for day in _month_interval(year, month))
        number = _look_up(self.vocabulary.data["week_ordinals"], word)
        if number in (1, -1):
            first, last = (first, first + timedelta(days=6)) if number == 1 else (last - timedelta(days=6), last)
            return make("DATE", f"{year:04d}-{month:02d}", mod="START" if number == 1 else "END", interval=(first.isoformat(), last.isoformat()))
        first = first + timedelta(days=7 * (number - 1))
        last = min(first + timedelta(days=6), last)
        iso_year, iso_week, _ = (first + (last - first) / 2).isocalendar()
        return make("DATE", f"{iso_year:04d}-W{iso_week:02d}", interval=(first.isoformat(), last.isoformat()))

    def _undated_year(self, today: date, month: int, day: int, text: str, match) -> int:
        """The year of a day or month written without one, from the tense around it. A date may
        lie a little on the side the tense rules out: a past verb often sets one ahead ("extended
        the offer until Nov. 9"), a future verb seldom looks back."""
        tense = self._tense_or_default(text, match)
        data = self.vocabulary.data
        tolerance = data.get("tense_tolerance_days", 0)
        if tense == "future":
            tolerance = data.get("tense_tolerance_future_days", tolerance)
        return _nearest_year(today, month, day, tense, tolerance)

    def _month_year(self, groups, today: date, month: int, text: str, match) -> int:
        """"last April" is the latest April before this month, "next April" the first after
        it, "this April" this year's; a bare month follows the tense, unless it is the month of
        the article (``Kasım ayı verileri ... gösterecek`` on 24 November)."""
        relative = _look_up_or(self.vocabulary.data["relative_words"], groups.get("month_relative", ""))
        if relative == -1:
            return today.year if month < today.month else today.year - 1
        if relative == 1:
            return today.year if month > today.month else today.year + 1
        if relative == 0 or (relative is None and month == today.month):
            return today.year  # a bare month that is the article's own: this one, whatever the tense
        attributive = self.vocabulary.data.get("attributive_month")
        if attributive is not None and re.match(attributive, text[match.end():match.end() + 40]) and re.search(r"\s", match.group()):
            # "Ekim ayı sanayi üretimi verileri 10 Aralık'ta açıklanacak" in November: the nearest October, whatever the tense
            return _nearest_year(today, month, 15, None)
        if self._month_told_as_past(text, match):
            return _nearest_year(today, month, 15, "past")
        return self._undated_year(today, month, 15, text, match)

    def _month_told_as_past(self, text: str, match) -> bool:
        """A month named alone that its own words put behind, whatever lies near the article's
        date: after ``since``, or after ``in`` with a past verb a few words before (``M23 seized
        Goma in January``, told in December; not ``said the case is heard in May``)."""
        rule = self.vocabulary.data.get("month_behind")
        if rule is None:
            return False
        sentence_start, _ = _sentence_bounds(text, match.start(), match.end())
        words = _names_as_one_word(re.findall(r"[\w']+", text[sentence_start:match.start()]))
        preposition = words[-1].lower() if words else ""
        if preposition in rule["always_after"]:
            return True
        near = words[-1 - rule["verb_within_words"]:-1]
        return preposition in rule["after_a_past_verb"] and any(self._word_tense(near, index) == "past" for index in range(len(near)))

    def _day_month(self, groups, match, text, today: date, make) -> Timex | None:
        month = _look_up(self.vocabulary.months, groups["month"])
        day_number = int(groups["day"])
        year = int(groups["year"]) if "year" in groups else self._undated_year(today, month, day_number, text, match)
        if "year" not in groups and "weekday" in groups:
            year = _year_of_the_weekday(year, today, month, day_number, _look_up(self.vocabulary.weekdays, groups["weekday"]))
        try:
            day = date(year, month, day_number)
        except ValueError:
            return None
        warning = None
        if "weekday" in groups:
            said = _look_up(self.vocabulary.weekdays, groups["weekday"])
            if said != day.weekday():
                actual = next(name for name, number in self.vocabulary.weekdays.items() if number == day.weekday())
                warning = f"{day.isoformat()} is a {actual}, not a {turkish_lower(groups['weekday'])}"
        first = day.replace(day=int(groups["first_day"])) if 0 < int(groups.get("first_day", 0)) < day_number else day
        # "21-23 Kasım": the first day is the value, the interval runs to the last
        return make("DATE", first.isoformat(), interval=(first.isoformat(), day.isoformat()), calendar_warning=warning)

    def _day_word(self, word: str, match, text: str, anchor: datetime, make) -> Timex:
        word = turkish_lower(word)
        data = self.vocabulary.data
        offset = _look_up_or(data["day_words"], word)
        offset = _look_up(data["period_day_words"], word) if offset is None else offset
        day = anchor.date() + timedelta(days=offset)
        limit = self.vocabulary.data["early_hours_limit_minutes"]
        early = anchor.hour * 60 + anchor.minute < limit and (anchor.hour or anchor.minute)
        if early and self._tense(text, match) == "past":
            before = day - timedelta(days=1)
            note = (f"published {anchor:%Y-%m-%d %H:%M}, in the first hour of the day: the text was "
                    f"probably written on {before.isoformat()}")
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()),
                        also_accepted=(before.isoformat(),), note=note)
        return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))

    def _weekday(self, groups, match, text: str, today: date, make) -> Timex | None:
        name = groups["weekday"]
        if "week_relative" in groups:  # "gelecek hafta perşembe günü": that day of the week named
            weeks = _look_up(self.vocabulary.data["relative_words"], " ".join(groups["week_relative"].split()))
            day = _monday_of(today, weeks) + timedelta(days=_look_up(self.vocabulary.weekdays, name))
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        offset = self._weekday_offset(groups)
        if offset is not None:
            target = _look_up(self.vocabulary.weekdays, name)
            if offset < 0:
                day = today - timedelta(days=(today.weekday() - target) % 7 or 7)
            else:
                day = today + timedelta(days=(target - today.weekday()) % 7 or 7)
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        said_this = "relative" in groups  # "bu pazar": a day, not a market, and on a Sunday that Sunday
        if (name.islower() and turkish_lower(name) in self.vocabulary.data.get("ambiguous_weekdays", ())
                and "günü" not in match.group() and "period" not in groups and not said_this):  # "pazar akşamı" is a day
            return None
        target = _look_up(self.vocabulary.weekdays, name)
        if target == today.weekday() and (said_this or self.vocabulary.data.get("weekday_same_day")):
            return make("DATE", today.isoformat(), interval=(today.isoformat(), today.isoformat()))
        tense = self._direction_of_a_partner(text, match.start()) or self._tense_or_default(text, match)
        if target == today.weekday():
            return self._weekday_of_publication(today, tense, make)
        back = (today.weekday() - target) % 7
        ahead = (target - today.weekday()) % 7
        if tense == "past" or (tense is None and back < ahead):
            day = today - timedelta(days=back)
        else:
            day = today + timedelta(days=ahead)
        return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))

    def _direction_of_a_partner(self, text: str, start: int) -> str | None:
        """``yarın ve pazartesi günü ara verildi``: a day joined to tomorrow or yesterday lies
        the same way, whatever the tense of the decision."""
        partners = self.vocabulary.data.get("coordinated_day_words", {})
        joined = re.search(r"(\w+)\s+(?:ve|ile|veya|ya\s+da)\s+$", text[max(0, start - 30):start])
        return partners.get(turkish_lower(joined.group(1))) if joined else None

    @staticmethod
    def _weekday_of_publication(today: date, tense: str | None, make) -> Timex:
        """``pazartesi günü yaptığı açıklamada`` in a Monday's article: news translated from the
        wires says "on Monday" of the day itself, so a past act is dated that day; a week before
        stays possible. A coming act is a week ahead (the day itself would be ``bugün``), or
        that day."""
        week = timedelta(days=7)
        day, other = (today, today - week) if tense == "past" else (today + week, today)
        note = f"said on the same weekday: {day.isoformat()} or {other.isoformat()}"
        return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()),
                    also_accepted=(other.isoformat(),), note=note)

    def _weekday_offset(self, groups) -> int | None:
        """-1 or 1 when a word says the day is the last or the next one (``last Friday``,
        ``geçen cuma``, ``önümüzdeki çarşamba``); None when the verb must decide (``bu cuma``
        said on a Sunday can be the Friday gone or the one to come)."""
        named = " ".join(turkish_lower(groups.get("weekday_relative", "")).split())
        if named in self.vocabulary.data.get("weekday_relatives", {}):
            return self.vocabulary.data["weekday_relatives"][named]
        offset = _look_up_or(self.vocabulary.data["relative_words"], groups.get("relative", ""))
        return offset or None

    def _weekend_told_of_the_past(self, today: date, text: str, match: re.Match[str]) -> bool:
        """Said on a weekday about something done, "the weekend" is the one just past (in English
        news an undated act is done unless a verb says otherwise)."""
        return today.weekday() < 5 and self._tense_or_default(text, match) == "past"

    def _is_weekend(self, unit: str, mod: str | None) -> bool:
        """The end of a week is its weekend where the language says so (``hafta sonu``)."""
        return unit == "W" and mod == "END" and bool(self.vocabulary.data.get("week_end_is_weekend"))

    def _day_period(self, groups) -> str:
        """``MO``, ``AF``, ``EV``, ``NI`` for the part of the day a rule matched."""
        return _look_up(self.vocabulary.data["periods"], groups["period"])

    def _period(self, today: date, unit: str, offset: int, mod: str | None, make) -> Timex:
        if unit == "D":
            day = today + timedelta(days=offset)
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        if unit == "W":
            monday = _monday_of(today, offset)
            year, week, _ = monday.isocalendar()
            if self._is_weekend(unit, mod):
                return _weekend_of(monday, make)
            first, last = monday, monday + timedelta(days=6)
            value = f"{year}-W{week:02d}"
        elif unit == "M":
            month_index = today.year * 12 + today.month - 1 + offset
            year, month = divmod(month_index, 12)
            first, last = date(year, month + 1, 1), date(year, month + 1, calendar.monthrange(year, month + 1)[1])
            value = f"{year:04d}-{month + 1:02d}"
        elif unit == "Q":
            index = today.year * 4 + (today.month - 1) // 3 + offset
            year, number = divmod(index, 4)
            first_month, last_month = QUARTER_MONTHS[number + 1]
            first, last = date(year, first_month, 1), date.fromisoformat(_month_interval(year, last_month)[1])
            value = f"{year}-Q{number + 1}"
        elif unit == "DE":
            decade = today.year // 10 + offset
            first, last = date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)
            value = f"{decade:03d}"
        elif unit in ("H", "MIN"):
            return make("TIME", "PRESENT_REF")
        else:
            year = today.year + offset
            first, last = date(year, 1, 1), date(year, 12, 31)
            value = f"{year:04d}"
        if mod is not None:
            first, last = _part(first, last, mod)
        return make("DATE", value, mod=mod, interval=(first.isoformat(), last.isoformat()))

    def _clock_day(self, groups, match, text: str, today: date, make) -> Timex | None:
        """"9 a.m. Tuesday", "5 p.m. EST Nov. 9", "noon Thursday": the day's date at that hour."""
        day = self._weekday(groups, match, text, today, make) if "weekday" in groups else self._day_month(groups, match, text, today, make)
        if day is None:
            return None
        hour, minute = self._clock(groups)
        if hour is None or minute > 59:
            return None
        return make("TIME", f"{day.value[:10]}T{hour:02d}:{minute:02d}", interval=day.interval)

    def _clock(self, groups) -> tuple[int | None, int]:
        """Hour and minute of "9:30 a.m.", "14:20" or "noon"/"midnight" (hour 24, as TIMEX3 writes it)."""
        if "clock_word" in groups:
            return _look_up(self.vocabulary.data["clock_words"], groups["clock_word"]), 0
        return _hour_of_day(int(groups["hour"]), groups.get("meridiem", "")), int(groups.get("minute") or 0)

    def _ambiguous_month(self, groups, match: re.Match[str], text: str) -> bool:
        """Lower-case "may", "march": a verb, not a month; "ekimde" in a sentence about fields and
        seed: sowing, not October."""
        name = groups.get("month", "")
        folded = turkish_lower(name)
        if name.islower() and folded in self.vocabulary.data.get("ambiguous_months", ()):
            return True
        other_sense = tuple(self.vocabulary.data.get("month_other_senses", {}).get(folded, ()))
        if not other_sense or not text[match.end("month"):match.end("month") + 1].isalpha():
            return False  # a case ending after an apostrophe marks the proper name: "Ekim'de"
        sentence_start, stop = _sentence_bounds(text, match.start(), match.end())
        words = re.findall(r"\w+", turkish_lower(text[sentence_start:match.start()] + " " + text[match.end():stop]))
        if any(word.startswith(other_sense) for word in words):
            return True
        # "maden ocağında ... kaçak ocakta": the noun's softened stem, which a month never takes, tells the article's sense
        softened = self.vocabulary.data.get("month_noun_stems", {}).get(folded)
        return softened is not None and re.search(rf"(?<!\w){softened}", text) is not None

    def _english_like(self, rule: str, groups, match, text: str, anchor: datetime, make):
        """Rule kinds beyond the Turkish set: quarters, decades, parts of day, references,
        durations and sets. Returns False for a kind it does not handle."""
        data, today = self.vocabulary.data, anchor.date()
        if rule == "quarter":
            number = _look_up(data["ordinals"], groups["ordinal"])
            if "year_ago" in groups:  # "the year-ago third quarter"
                year = today.year - 1
            elif groups.keys() & {"year", "relative", "this_year"}:  # "2025 yılının ilk çeyreği", "geçen yılın son çeyreği", "yılın son çeyreği"
                year = self._year_of(groups, today)
            elif (today.month - 1) // 3 + 1 >= number or self._tense(text, match) == "future":
                year = today.year  # "the third quarter": the latest one begun, or one still to come
            else:
                year = today.year - 1
            first, last = QUARTER_MONTHS[number]
            return make("DATE", f"{year}-Q{number}", interval=(date(year, first, 1).isoformat(), _month_interval(year, last)[1]))
        if rule == "latest_quarter":
            current = (today.month - 1) // 3 + 1
            year, number = (today.year, current - 1) if current > 1 else (today.year - 1, 4)
            first, last = QUARTER_MONTHS[number]
            return make("DATE", f"{year}-Q{number}", interval=(date(year, first, 1).isoformat(), _month_interval(year, last)[1]))
        if rule == "decade":  # "the 1990s", "the mid-1990s"
            return make("DATE", groups["decade"], mod=_look_up(data["parts"], groups["part"]) if "part" in groups else None)
        if rule == "decade_word":  # "the nineties", "90'larda": the latest such decade begun by the article's year
            tens = _look_up(data["decade_words"], groups["decade_word"]) if "decade_word" in groups else int(groups["decade_tens"])
            start = max((century + tens * 10 for century in (1900, 2000) if century + tens * 10 <= today.year), default=1900 + tens * 10)
            return make("DATE", f"{start // 10:03d}", interval=(f"{start}-01-01", f"{start + 9}-12-31"))
        if rule == "weekend":
            offset = self._offset(groups)  # "last", "this past", "next"; "the" and "this" leave it at 0
            if offset == 0 and self._weekend_told_of_the_past(today, text, match):
                offset = -1
            return _weekend_of(_monday_of(today, offset), make)
        if rule in ("part_of_day", "this_period"):
            doubt = {}
            if rule == "this_period":
                day, period = today, (NIGHT if "tonight" in groups else self._day_period(groups))
            else:
                base = self._day_word(groups["day_word"], match, text, anchor, make) if "day_word" in groups else self._weekday(groups, match, text, today, make)
                if base is None:
                    return None
                day, period = date.fromisoformat(base.value[:10]), self._day_period(groups)
                if base.also_accepted:  # "cumartesi sabahı" said on a Saturday: that morning or the one a week away
                    doubt = {"also_accepted": tuple(f"{other}T{period}" for other in base.also_accepted), "note": base.note}
            if "tonight" in groups:
                return make("DATE", today.isoformat(), interval=(today.isoformat(), today.isoformat()))
            return make("TIME", f"{day.isoformat()}T{period}", interval=_period_interval(day, period), **doubt)
        if rule == "last_night":
            if "overnight" in groups:  # the night before a report of the past, the coming one before a future verb
                offset, period = (0 if self._tense(text, match) == "future" else -1), NIGHT
            else:
                offset = 1 if turkish_lower(match.group()).startswith("tomorrow") else -1
                period = self._day_period(groups)
            day = today + timedelta(days=offset)
            return make("TIME", f"{day.isoformat()}T{period}", interval=_period_interval(day, period))
        if rule == "year_end":
            previous = self.vocabulary.previous_year_end_lead.search(text[max(0, match.start() - 20):match.start()])
            year = today.year - 1 if previous else today.year
            return make("DATE", f"{year:04d}", mod="END", interval=(f"{year:04d}-12-01", f"{year:04d}-12-31"))
        if rule == "accounting_period":
            return make("DURATION", _duration(1, self._unit(groups["unit"])))
        if rule == "frequency":
            return make("SET", f"P1{self._unit(groups['unit'])}")
        if rule == "part_of_year":
            year = int(groups["year"])
            mod = _look_up(data["parts"], groups["part"])
            first, last = _part(date(year, 1, 1), date(year, 12, 31), mod)
            return make("DATE", f"{year:04d}", mod=mod, interval=(first.isoformat(), last.isoformat()))
        if rule == "century":
            return make("DATE", f"{int(groups['century_number']) - 1:02d}")
        if rule == "holiday":
            return self._holiday(groups, match, text, today, make)
        if rule == "anaphoric":  # dated from the article until _resolve_against_earlier finds the date told of
            step, unit = self._anaphoric_step(match.group())
            return self._shifted(today, unit, step, make)
        if rule == "reference":
            return make("DATE", _look_up(data["references"], groups["reference"]))
        if rule == "vague_reference":  # "önümüzdeki günlerde", "son yıllarda"
            sign = -1 if "last" in groups else self._offset(groups)
            return make("DATE", REFERENCE_BY_SIGN[sign])
        if rule == "set_word":
            return make("SET", _look_up(data["set_words"], groups["set_word"]))
        if rule == "every_n":  # "every six weeks"
            return make("SET", _duration(self._number(groups["number"]), self._unit(groups["unit"])))
        if rule == "unit_long":  # "day-long", "two-year-long"; "decades-long" is vague
            plural = match.group().removesuffix("-long").endswith("s")
            amount = self._number(groups["number"]) if "number" in groups else ("X" if plural else 1)
            return make("DURATION", _duration(amount, self._unit(groups["unit"])))
        if rule == "duration":
            half = "half" in groups or "half_after" in groups
            return make("DURATION", _duration(self._number(groups["number"]), self._unit(groups["unit"]), half))
        if rule == "vague_duration":
            unit = self._unit((groups.get("vague_unit") or groups["vague_ahead"]).rstrip("s"))
            return make("DURATION", _duration("X", unit))
        return False

    def _holiday(self, groups, match, text: str, today: date, make) -> Timex | None:
        """The occurrence of a feast nearest the article's date on the side the tense or a
        relative word gives (``geçen Kurban Bayramı``); Hijri feasts through hijridate."""
        if _inside_a_name(text, match.start(), match.end()):
            return None  # "Jean-Noel Barrot": a feast's name inside a person's
        rule = _look_up(self.vocabulary.data["holidays"], groups["holiday"])
        if "year" in groups:  # "2027 yılındaki Ramazan Bayramı": that year's
            year = int(groups["year"])
            options = [start for start in _holiday_starts(rule, date(year, 7, 1)) if start is not None and start.year == year]
            return self._feast(rule, options[0], make) if options else None
        relative = _look_up_or(self.vocabulary.data["relative_words"], groups.get("relative", ""))
        options = [start for start in _holiday_starts(rule, today) if start is not None]
        # a feast within a month of the article is the one it speaks of, whatever the tense of the
        # sentence ("tatil Ramazan Bayramı'nda 9 güne çıkarıldı": decided, of the coming one)
        nearby = [start for start in options if abs((start - today).days) <= FEAST_NEARBY_DAYS]
        tense = None if relative is None and nearby else self._tense(text, match)
        if relative == -1 or (relative is None and tense == "past"):
            options = [start for start in options if start <= today] or options
        elif relative == 1 or (relative is None and tense == "future"):
            options = [start for start in options if start >= today] or options
        if not options:
            return None
        return self._feast(rule, min(options, key=lambda day: abs((day - today).days)), make)

    @staticmethod
    def _feast(rule: dict, start: date, make) -> Timex:
        last = start + timedelta(days=rule["days"] - 1)
        return make("DATE", start.isoformat(), interval=(start.isoformat(), last.isoformat()))

    def _shifted(self, today: date, unit: str, amount: int, make) -> Timex:
        if unit == "D":
            day = today + timedelta(days=amount)
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        if unit == "W":
            return _week_of(today + timedelta(weeks=amount), make)
        return self._period(today, unit, amount, None, make)

    def _season(self, today: date, groups, match, text: str, make) -> Timex | None:
        """``last fall``, ``the summer of 2012``; a bare season is the one nearest the article's
        date on the side its verb allows (``the museum will reopen in the spring``). ``spring``
        and ``fall`` are also a verb and a noun: a season only after a word that dates them or
        a preposition and ``the`` (``in the spring``, not ``the fall of the regime``)."""
        word = turkish_lower(groups["season"])
        season = _look_up(self.vocabulary.data["seasons"], word)
        dated = "year" in groups or "relative" in groups
        if not dated and word in self.vocabulary.data.get("seasons_need_context", ()) and not self._season_in_context(match, text):
            return None
        latest_past = turkish_lower(groups.get("relative", "")) in self.vocabulary.data.get("latest_past_words", ())
        if dated and not latest_past:
            return make("DATE", f"{self._year_of(groups, today):04d}-{season}")
        tense = "past" if latest_past else self._tense(text, match)
        year = _nearest_year(today, SEASON_MIDDLE_MONTH[season], 15, tense, 0 if latest_past else SEASON_HALF_DAYS)
        return make("DATE", f"{year:04d}-{season}")

    def _season_in_context(self, match, text: str) -> bool:
        lead = turkish_lower(text[max(0, match.start() - 20):match.start()]).split()
        prepositions = self.vocabulary.data.get("season_prepositions", ())
        return match.group().lower().startswith("the ") and bool(lead) and lead[-1] in prepositions and not re.match(r"\s+of\b", text[match.end():])

    def _anaphoric_step(self, text: str) -> tuple[int, str]:
        """(step, unit) of ``the following month`` (+1, M), ``ertesi gün`` (+1, D), ``that year``
        and ``aynı yılın`` (0, Y): the step from the language's words, the unit from the last
        word, whose case ending is left aside."""
        words = turkish_lower(text).split()
        steps, units = self.vocabulary.data["anaphoric_steps"], self.vocabulary.data["anaphoric_units"]
        step = next((steps[word] for word in words if word in steps), 0)
        return step, next(units[unit] for unit in sorted(units, key=len, reverse=True) if words[-1].startswith(unit))

    def _from_the_date_told_before(self, timex: Timex, before: list[Timex]) -> Timex:
        """``later that year``, ``the following month``, ``the day after``: counted from the last
        date the text named itself (``June 1998``), precise enough for the unit; else from the
        article's date, as _normalise left it."""
        step, unit = self._anaphoric_step(timex.text)
        needed = {"D": 10, "W": 10, "M": 7, "Y": 4}[unit]
        told = next((t for t in reversed(before) if t.anchored and t.type == "DATE" and CALENDAR_VALUE.fullmatch(t.value) and len(t.value) >= needed), None)
        if told is None:
            return timex
        day = date.fromisoformat((told.value + "-01-01")[:10]) if len(told.value) < 10 else date.fromisoformat(told.value)
        make = lambda kind, value, **extra: replace(timex, type=kind, value=value, **extra)
        return self._shifted(day, unit, step, make)

    # -- helpers ----------------------------------------------------------------------------

    def _number(self, raw: str):
        if raw.replace(",", "").isdigit():  # "1,000": the pattern lets commas in only between thousands
            return int(raw.replace(",", ""))
        words = self.vocabulary.data["number_words"]
        lowered = turkish_lower(raw)
        if lowered in words:
            return words[lowered]
        return sum(words[part] for part in re.split(r"[\s-]+", lowered))

    def _offset(self, groups) -> int:
        """The step a relative word gives (``geçen`` -1, ``gelecek`` +1); with none, this one."""
        return _look_up_or(self.vocabulary.data["relative_words"], groups.get("relative", ""), 0)

    def _year_of(self, groups, today: date) -> int:
        """The year written out, else the article's year moved by the relative word."""
        return int(groups["year"]) if "year" in groups else today.year + self._offset(groups)

    def _spelled_year(self, groups) -> int:
        """``nineteen ninety-six`` → 1996, ``nineteen hundred`` → 1900, ``two thousand and two`` → 2002."""
        if "century" in groups:
            rest = groups["century_rest"]
            return self._number(groups["century"]) * 100 + (0 if turkish_lower(rest) == "hundred" else self._number(rest))
        return 2000 + (self._number(groups["millennium_rest"]) if "millennium_rest" in groups else 0)

    def _unit(self, raw: str) -> str:
        word = turkish_lower(raw)
        for stem, code in sorted(self.vocabulary.data["units"].items(), key=lambda item: -len(item[0])):
            if word.startswith(stem):
                return code
        raise ValueError(raw)

    def _tense(self, text: str, match: re.Match[str]) -> str | None:
        """past / future from the verb that governs the expression, else None. Turkish puts the
        verb last, so the clause after the expression is read; English puts it anywhere, so the
        nearest tense cue before the expression wins, then the nearest after it."""
        if self.vocabulary.data.get("tense_scan") == "before":
            return self._nearest_tense(text, match.start(), match.end())
        position = match.end()
        sentence_end = next((s.end for s in sentences(text[position:position + 400])), 0) + position
        # a capitalised word is a name ("Tüpraş Stadı'nda"), whatever its ending looks like
        words = [turkish_lower(word) for word in re.findall(r"\w+", _own_clause(text, position, sentence_end)) if not word[:1].isupper()]
        vocabulary = self.vocabulary
        if vocabulary.dative_after is not None and vocabulary.dative_after.match(text, position) and any(
                word.startswith(vocabulary.ahead_after_dative) for word in words):
            return "future"  # "duruşmayı 12 Şubat'a erteledi": postponed to a day ahead
        return self._clause_tense(words)

    def _clause_tense(self, words: list[str]) -> str | None:
        """The first tense cue in a Turkish clause read left to right. What the verbal noun
        names is still to come when a word of deciding or asking follows it ("şubat ayında
        yapılması konusunda mutabakata vardı": the meeting is ahead, the agreement done)."""
        vocabulary = self.vocabulary
        past_a_converb = False  # "... suçlayarak ... geçmeye çağırdı": the plan is the infinitive's, not the time's
        for index, word in enumerate(words):
            if word in vocabulary.tenseless_words:
                return None
            if not past_a_converb and (names_a_plan(words, index, vocabulary) or word in vocabulary.ahead_acts):
                return "future"  # "çarşamba ve perşembe günleri tatil edildiğini": days off are ahead
            past_a_converb = past_a_converb or (vocabulary.converb is not None and vocabulary.converb.search(word) is not None)
            if word in vocabulary.future_words or vocabulary.future.search(word):
                if vocabulary.pluperfect is not None and any(vocabulary.pluperfect.search(later) for later in words[index + 1:]):
                    return None  # "olacağını tahmin etmişti": ahead of a past forecast, maybe behind today
                return "future"
            if vocabulary.past.search(word) and not self._noun_inside_the_clause(words, index):
                return "past"
        return None

    def _noun_inside_the_clause(self, words: list[str], index: int) -> bool:
        """``toplantı yapılacak``, ``yedi kişi``: a word of the lexicon that only looks past
        (``-tı``, ``-di``) and has more of its clause after it is a noun or a number; a verb ends
        its clause or is joined to the next by a conjunction."""
        following = words[index + 1] if index + 1 < len(words) else None
        conjunctions = self.vocabulary.data["tense"].get("clause_joiners", ())
        return following is not None and following not in conjunctions and fold(words[index]) in self.vocabulary.lexical_nouns

    def _tense_or_default(self, text: str, match: re.Match[str]) -> str | None:
        """The tense, or past where the language's news reports the past by default (English)."""
        tense = self._tense(text, match)
        if tense is None and self.vocabulary.data.get("default_past", False):
            return "past"
        return tense

    def _nearest_tense(self, text: str, start: int, end: int) -> str | None:
        tense_data = self.vocabulary.data["tense"]
        window = self.vocabulary.data.get("tense_window_words", 8)
        sentence_start, stop = _sentence_bounds(text, start, end)
        lead = text[sentence_start:start]
        if self.vocabulary.future_lead is not None and self.vocabulary.future_lead.search(lead):
            return "future"  # "as early as Tuesday"
        if self.vocabulary.data.get("possessive_is_past") and re.match(r"['’]s\s", text[end:end + 3]):
            return "past"
        before = _names_as_one_word(re.findall(r"[\w']+", lead))
        after = _names_as_one_word(re.findall(r"[\w']+", text[end:stop]))
        for index in range(len(before) - 1, max(-1, len(before) - 1 - window), -1):
            if tense := self._word_tense(before, index):
                return tense
            if before[index].lower() in tense_data.get("clause_openers", ()):
                break  # "would produce aid for countries where the Aug. 7 blasts killed": the relative clause has its own verb
        for index in range(min(window, len(after))):
            if tense := self._word_tense(after, index):
                return tense
        return "future" if before and before[-1].lower() in tense_data["deadline_words"] else None

    def _word_tense(self, words: list[str], index: int) -> str | None:
        """The tense one word signals. Capitalised words are names ("United States"), not
        verbs; a participle after a form of "be" ("to be published", "will be named") is passive
        and leaves the decision to the auxiliary before it; "planned to", "is to" look ahead."""
        tense_data = self.vocabulary.data["tense"]
        if words[index][:1].isupper():
            return None
        word = words[index]
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if tense_data.get("not_future_before", {}).get(word) == following:
            return None  # "next to the embassy"
        if word in self.vocabulary.future_words or self.vocabulary.future.search(word):
            return "future"
        if following == "to" and word in tense_data["future_before_to"]:
            return "future"
        if self.vocabulary.past.search(word):
            if index and words[index - 1].lower() in tense_data["passive_auxiliaries"]:
                return None
            return "past"
        return None


def _names_as_one_word(words: list[str]) -> list[str]:
    """A run of capitalised words ("the National Abortion Rights Action League plans") counts
    as one word, so that a long name does not push the verb out of the tense window."""
    merged: list[str] = []
    for word in words:
        if merged and word[:1].isupper() and merged[-1][:1].isupper():
            merged[-1] = f"{merged[-1]} {word}"
        else:
            merged.append(word)
    return merged


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Glued by a hyphen to the word before (``Jean-Noel``), or a single capitalised word between two
    others (``Pere Noel Garcia``): part of a name, no time."""
    if text[start - 1:start] == "-":
        return True
    return (" " not in text[start:end].strip() and re.search(r"[A-ZÇĞİÖŞÜ][\w'’-]*\s+$", text[max(0, start - 30):start]) is not None
            and re.match(r"\s+[A-ZÇĞİÖŞÜ]", text[end:end + 3]) is not None)


def _holiday_starts(rule: dict, today: date) -> list[date | None]:
    """First days of the feast in the years around ``today``."""
    years = (today.year - 1, today.year, today.year + 1)
    if rule["calendar"] == "gregorian":
        return [date(year, rule["month"], rule["day"]) for year in years]
    if rule["calendar"] == "weekday_of_month":  # "the fourth Thursday of November"; nth -1 is the last
        return [_nth_weekday(year, rule["month"], rule["weekday"], rule["nth"]) for year in years]
    from hijridate import Gregorian, Hijri

    year = Gregorian(today.year, today.month, today.day).to_hijri().year
    starts = []
    for hijri_year in (year - 1, year, year + 1):
        try:
            day = Hijri(hijri_year, rule["month"], rule["day"]).to_gregorian()
            starts.append(date(day.year, day.month, day.day))
        except (ValueError, OverflowError):
            starts.append(None)  # outside the library's supported range
    return starts


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return date(year, month, days[nth if nth < 0 else nth - 1])


QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


def _joined_durations(found: list[tuple[Timex, str]], text: str) -> list[tuple[Timex, str]]:
    """``8 yıl 4 ay``, ``two years and three months``: one duration, P8Y4M, when the larger
    unit comes first and nothing but a space or a conjunction stands between."""
    result: list[tuple[Timex, str]] = []
    for timex, rule in found:
        if result and rule == "duration" and result[-1][1] == "duration":  # not "son 5 yılda ve son 3 ayda"
            before = result[-1][0]
            parts = _duration_parts(before.value) + _duration_parts(timex.value)
            units = [unit for _, unit in parts]
            between = text[before.end:timex.start]
            if len(parts) >= 2 and DURATION_ORDER.index(units[-2]) < DURATION_ORDER.index(units[-1]) and DURATION_JOINT.fullmatch(between):
                result[-1] = (replace(before, end=timex.end, text=text[before.start:timex.end], value=_duration_of(parts)), rule)
                continue
        result.append((timex, rule))
    return result


def _sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """Start and end of the sentence around text[start:end], looking at most ``reach``
    characters either side."""
    lead_start = max(0, start - reach)
    for sentence in sentences(text[lead_start:min(len(text), end + reach)]):
        if lead_start + sentence.end >= end:
            return min(start, lead_start + sentence.start), lead_start + sentence.end
    return lead_start, len(text)


def _duration_parts(value: str) -> list[tuple[int, str]]:
    """``P8Y4M`` → [(8, "Y"), (4, "M")]; ``PT30M`` → [(30, "MIN")]; [] for anything vague."""
    if not EXACT_DURATION.fullmatch(value) or value in ("P", "PT"):
        return []
    date_part, _, time_part = value[1:].partition("T")
    return [(int(n), unit) for n, unit in DURATION_PART.findall(date_part)] + [
        (int(n), "MIN" if unit == "M" else unit) for n, unit in DURATION_PART.findall(time_part)]


def _duration_of(parts: list[tuple[int, str]]) -> str:
    date_part = "".join(f"{n}{unit}" for n, unit in parts if unit in ("Y", "M", "W", "D"))
    time_part = "".join(f"{n}{'M' if unit == 'MIN' else unit}" for n, unit in parts if unit in ("H", "MIN", "S"))
    return "P" + date_part + ("T" + time_part if time_part else "")


MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
YEAR_VALUE = re.compile(r"^\d{4}$")


DAY_OR_ITS_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T|$)")


CLOCK_HOUR = re.compile(r"\d{4}-\d{2}-\d{2}T(\d{2}):")
DAWN_HOUR = 6  # a clock time told of a night before this hour is in the small hours after its midnight


def _day_it_names(value: str, told: Timex) -> str | None:
    """The day (YYYY-MM-DD) a value names for the expression ``told`` after it: a night's day, but
    the morning after for a clock time before dawn (``dün gece saat 03.00 sıralarında``)."""
    day = DAY_OR_ITS_TIME.match(value)
    if day is None:
        return None
    hour = CLOCK_HOUR.match(told.value) if value.endswith("T" + NIGHT) else None
    if hour is not None and int(hour.group(1)) < DAWN_HOUR:
        return (date.fromisoformat(day.group(1)) + timedelta(days=1)).isoformat()
    return day.group(1)


def _day_named_before(timex: Timex, earlier: list[tuple[Timex, str]], spans) -> str | None:
    """The last day (YYYY-MM-DD, or a time on it) named before ``timex`` in its sentence."""
    sentence_start = max((span.start for span in spans if span.start <= timex.start), default=0)
    return next((day for t, _ in reversed(earlier) if t.start >= sentence_start and (day := _day_it_names(t.value, timex))), None)


def _day_of_the_sentence_before(timex: Timex, earlier: list[tuple[Timex, str]], spans, text: str,
                                bound_after: re.Pattern[str] | None) -> str | None:
    """``Kabine yarın toplanacak. Saat 14.00'te başlayacak toplantıda ...``: a clock time in a
    sentence that names no day is on the last day the sentence right before it named, unless
    that day only bounds a span (``15 Mayıs'a kadar``)."""
    starts = [span.start for span in spans if span.start <= timex.start]
    if len(starts) < 2:
        return None
    previous, own = starts[-2], starts[-1]
    if any(own <= t.start for t, _ in earlier):
        return None  # its own sentence named a time that is no day: no day carries over
    last = next((t for t, _ in reversed(earlier) if previous <= t.start < own), None)
    day = _day_it_names(last.value, timex) if last is not None else None
    if day is None or (bound_after is not None and bound_after.match(text[last.end:last.end + 30])):
        return None
    return day


CLOCK_TO_DAY_GAP = re.compile(r"[\s,]*(?:\([^()\n]{1,20}\)|[A-Z][A-Za-z]*(?:\s+time)?|local\s+time)?[\s,]*(?:on\s+)?")  # " (0735 GMT) ", " Eastern time on "


def _day_named_right_after(timex: Timex, following: Timex | None, text: str) -> str | None:
    """The day the next expression names, when only a time zone stands between it and the clock time."""
    if following is None or not CLOCK_TO_DAY_GAP.fullmatch(text[timex.end:following.start]):
        return None
    day = DAY_OR_ITS_TIME.match(following.value)
    return day.group(1) if day else None


def _joined_to_the_one_before(found: list[tuple[Timex, str]], text: str, join) -> list[tuple[Timex, str]]:
    """Each expression with only spaces between it and the one before is offered to ``join``,
    which returns the two as one expression, or None to keep them apart."""
    result: list[tuple[Timex, str]] = []
    for timex, rule in found:
        joined = join(result[-1][0], timex, rule) if result and not text[result[-1][0].end:timex.start].strip() else None
        if joined is not None:
            result[-1] = (replace(joined, text=text[joined.start:joined.end]), result[-1][1])
        else:
            result.append((timex, rule))
    return result


def _clock_on_the_day(day: Timex, clock: Timex, rule: str) -> Timex | None:
    """``26 Ekim Pazartesi günü saat 18.30``: a clock time right after a day is that day's."""
    if rule not in CLOCK_RULES or day.type != "DATE" or not DAY_VALUE.fullmatch(day.value):
        return None
    return replace(day, end=clock.end, type="TIME", value=day.value + clock.value[10:])


def _month_of_a_named_year(year: Timex, month: Timex, rule: str) -> Timex | None:
    """``geçen yıl kasım ayında``, ``aynı yılın temmuz ayında``: a month right after a year the
    text names some other way than by its number is that year's month, one expression."""
    number = MONTH_VALUE.match(month.value)
    if rule not in ("month_only", "month_part") or number is None or not YEAR_VALUE.match(year.value) or year.mod is not None:
        return None
    interval = tuple(year.value + day[4:] for day in month.interval) if month.interval else None
    return replace(month, start=year.start, value=f"{year.value}-{number.group(2)}", interval=interval, anchored=year.anchored)


MONTH_RANGE_JOINT = re.compile(r"(?:['’‘]\w+)?\s*(?:[-–]|ve|ile|ila)?\s*")


def _month_ranges_run_forward(found: list[tuple[Timex, str]], text: str, today: date) -> list[tuple[Timex, str]]:
    """Each month of ``Ocak-Eylül``, ``mart ve nisan``, ``Ocak'tan Eylül'e`` took its year on
    its own; a range runs forward, so when the second comes first, the month on the side of
    the article's date moves a year: the first back when it has begun (``Ocak-Eylül`` told in
    February is last year's), the second on when the first is still to come."""
    result = list(found)
    for index in range(1, len(result)):
        (first, first_rule), (second, rule) = result[index - 1], result[index]
        one, two = MONTH_VALUE.match(first.value), MONTH_VALUE.match(second.value)
        if not (one and two and rule == first_rule == "month_only" and MONTH_RANGE_JOINT.fullmatch(text[first.end:second.start])):
            continue
        if (int(one.group(1)), int(one.group(2))) <= (int(two.group(1)), int(two.group(2))):
            continue
        if (int(one.group(1)), int(one.group(2))) <= (today.year, today.month):
            result[index - 1] = (_a_year_on(first, one, -1), first_rule)
        else:
            result[index] = (_a_year_on(second, two, 1), rule)
    return result


def _a_year_on(month: Timex, value: re.Match[str], years: int) -> Timex:
    """The same month ``years`` years later (or earlier)."""
    year, number = int(value.group(1)) + years, int(value.group(2))
    return replace(month, value=f"{year}-{number:02d}", interval=_month_interval(year, number))


def _year_shifts_follow_the_quarter(found: list[tuple[Timex, str]]) -> list[Timex]:
    """In a report about a quarter, "a year ago" / "year-earlier" is that quarter a year before."""
    result, quarter = [], None
    for timex, rule in found:
        matched = QUARTER_VALUE.match(timex.value)
        if matched and timex.anchored:
            quarter = (int(matched.group(1)), matched.group(2))
        elif rule == "ago_later" and quarter and re.fullmatch(r"\d{4}", timex.value) and int(timex.value) == quarter[0] - 1:
            timex = replace(timex, value=f"{quarter[0] - 1}-Q{quarter[1]}")
        result.append(timex)
    return result


def _hour_of_day(hour: int, meridiem: str) -> int | None:
    meridiem = meridiem.lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return hour if hour <= 23 else None


HALF_OF_UNIT = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "MIN": "30S"}
# A date counted back or ahead by a number and a half: the count in a finer unit (unit, per
# whole, the half): two and a half years ago is thirty months ago, a month's precision.
HALF_IN_A_FINER_UNIT = {"Y": ("M", 12, 6), "M": ("D", 30, 15), "W": ("D", 7, 3)}


def _week_of(day: date, make) -> Timex:
    """The ISO week that holds ``day``."""
    year, week, _ = day.isocalendar()
    monday = _monday_of(day)
    return make("DATE", f"{year}-W{week:02d}", interval=(monday.isoformat(), (monday + timedelta(days=6)).isoformat()))


def _duration(amount, unit: str, half: bool = False) -> str:
    if half and isinstance(amount, int) and unit in HALF_OF_UNIT:
        whole = _duration(amount, unit) if amount else ("PT" if unit in ("H", "MIN") else "P")
        return whole + HALF_OF_UNIT[unit]
    if unit in YEARS_PER_UNIT:  # TimeBank counts decades and centuries in years: "two decades" is P20Y
        return f"P{amount * YEARS_PER_UNIT[unit] if isinstance(amount, int) else amount}Y"
    if unit in ("H", "MIN"):
        return f"PT{amount}{'M' if unit == 'MIN' else 'H'}"
    return f"P{amount}{unit}"


def _nearest_year(today: date, month: int, day: int, tense: str | None, tolerance: int = 0) -> int:
    """The year that puts day/month nearest the article's date, on the side the tense allows
    (or less than ``tolerance`` days on the other side: "extended the offer until Nov. 9")."""
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidate = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        if tense == "past" and (candidate - today).days > tolerance or tense == "future" and (today - candidate).days > tolerance:
            continue
        options.append((abs((candidate - today).days), year))
    return min(options)[1] if options else today.year


def _month_interval(year: int, month: int) -> tuple[str, str]:
    return (date(year, month, 1).isoformat(), date(year, month, calendar.monthrange(year, month)[1]).isoformat())


def _look_up(table: Mapping[str, T], word: str) -> T:
    """The entry for ``word`` in a table of lower-case words. The rules match regardless of case,
    and Python's regular expressions then take i and ı for one letter, so ``şımdı`` (typed for
    ``şimdi``) or ``HAZIRAN`` (capitals typed with the dotless I, read as ``hazıran``) reach here:
    such a word finds its entry too."""
    lowered = turkish_lower(word)
    if lowered in table:
        return table[lowered]
    for key, value in table.items():
        if key.replace("ı", "i") == lowered.replace("ı", "i"):
            return value
    raise KeyError(word)


def _look_up_or(table: Mapping[str, T], word: str, default: T | None = None) -> T | None:
    """As ``_look_up``, for a word the table may lack."""
    try:
        return _look_up(table, word)
    except KeyError:
        return default


def _part(first: date, last: date, mod: str) -> tuple[date, date]:
    span = (last - first).days + 1
    low, high = MOD_SHARES[mod]
    start = first + timedelta(days=int(span * low))
    end = first + timedelta(days=max(math.ceil(span * high) - 1, int(span * low)))
    return start, end


def _period_interval(day: date, period: str) -> tuple[str, str]:
    """The days a part of the day spans: a night runs into the next morning (``dün gece`` may be
    told of 02:00 today), every other part stays within its day."""
    last = day + timedelta(days=1) if period == NIGHT else day
    return day.isoformat(), last.isoformat()
