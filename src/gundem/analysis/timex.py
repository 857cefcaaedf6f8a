"""Time expressions: find them, then give each a TIMEX3 value relative to the article's date.

A bare weekday (``salı günü``) points to the last or the next such day depending on the
tense of the verb that governs it, found by scanning the clause after the expression; an
explicit date with a weekday is checked against the calendar. Every value also carries its
[first day, last day] interval so that later stages can compare dates of different precision.
"""
from __future__ import annotations

import calendar
import math
import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from importlib import resources

from gundem.analysis.text import sentences, turkish_lower
from gundem.model import Article, Timex

ANCHORED_RULES = frozenset({"day_month", "month_year", "numeric_date", "year_word", "year_suffix"})
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


def load_vocabulary(lang: str) -> TimeVocabulary:
    from babel import Locale

    locale = Locale(lang)
    months = {turkish_lower(name): number for number, name in locale.months["format"]["wide"].items()}
    weekdays = {turkish_lower(name): number for number, name in locale.days["format"]["wide"].items()}
    data = json.loads(resources.files(f"gundem.analysis.lang.{lang}").joinpath("time.json").read_text(encoding="utf-8"))
    return TimeVocabulary(
        months, weekdays, data, _compile(months, weekdays, data),
        frozenset(data["tense"]["future_words"]),
        re.compile(data["tense"]["future_pattern"]), re.compile(data["tense"]["past_pattern"]),
    )


def _alternatives(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _compile(months, weekdays, data) -> tuple[tuple[str, re.Pattern[str]], ...]:
    month = f"(?P<month>{_alternatives(months)})"
    weekday = f"(?P<weekday>{_alternatives(weekdays)})"
    number = rf"(?P<number>\d+|{_alternatives(data['number_words'])})"
    unit = data["unit_word_pattern"]
    relative = f"(?P<relative>{_alternatives(data['relative_words'])})"
    part = f"(?P<part>{_alternatives(data['parts'])})"
    day_tail = data["day_name_tail"]
    rules = {
        "day_month": rf"(?P<day>\d{{1,2}})\s+{month}(?:\s+(?P<year>\d{{4}}))?(?:\s+{weekday})?{day_tail}",
        "month_year": rf"{month}\s+(?P<year>\d{{4}})",
        "numeric_date": r"(?P<day>\d{1,2})\.(?P<month_number>\d{1,2})\.(?P<year>\d{4})",
        "year_word": rf"(?P<year>\d{{4}})\s+{data['year_word']}",
        "year_suffix": r"(?P<year>(?:19|20)\d{2})(?=['’])",
        "half_year": rf"yılın\s+(?P<half>{_alternatives(data['half_year'])})",
        "last_n": rf"{data['last_word']}\s+{number}\s+{unit}",
        "ago_later": rf"{number}\s+{unit}\s+(?P<direction>{_alternatives(data['before_after'])})",
        "relative_unit": rf"{relative}\s+{unit}(?:\s+{part})?",
        "unit_part": rf"{unit}\s+{part}",
        "season": rf"{relative}\s+(?P<season>{_alternatives(data['seasons'])})",
        "every": rf"{data['every_word']}\s+{weekday}",
        "clock": rf"{data['clock_word']}\s+(?P<hour>\d{{1,2}})[.:](?P<minute>\d{{2}})",
        "day_word": f"(?P<day_word>{_alternatives(data['day_words'])})",
        "weekday": rf"{weekday}{day_tail}",
        "month_only": rf"{month}\s+ay[ıi]n(?:da|de)",
    }
    return tuple((name, re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)) for name, body in rules.items())


class TimeTagger:
    def __init__(self, vocabulary: TimeVocabulary) -> None:
        self.vocabulary = vocabulary

    @classmethod
    def for_language(cls, lang: str) -> "TimeTagger":
        return cls(load_vocabulary(lang))

    def __call__(self, article: Article) -> list[Timex]:
        text = article.analysis_text
        anchor = article.reference_time
        if anchor is None:
            return []
        found: list[Timex] = []
        taken: list[tuple[int, int]] = []
        for name, pattern in self.vocabulary.patterns:
            for match in pattern.finditer(text):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                timex = self._normalise(name, match, text, anchor)
                if timex is not None:
                    timex = replace(timex, anchored=name in ANCHORED_RULES)
                    found.append(timex)
                    taken.append((match.start(), match.end()))
        return sorted(found, key=lambda timex: timex.start)

    # -- values -----------------------------------------------------------------------------

    def _normalise(self, rule: str, match: re.Match[str], text: str, anchor: datetime) -> Timex | None:
        groups = {key: value for key, value in match.groupdict().items() if value is not None}
        today = anchor.date()
        make = lambda kind, value, **extra: Timex(match.start(), match.end(), match.group(), kind, value, **extra)  # noqa: E731
        if rule == "day_month":
            return self._day_month(groups, match, text, today, make)
        if rule == "month_year":
            year, month = int(groups["year"]), self.vocabulary.months[turkish_lower(groups["month"])]
            return make("DATE", f"{year:04d}-{month:02d}", interval=_month_interval(year, month))
        if rule == "numeric_date":
            try:
                day = date(int(groups["year"]), int(groups["month_number"]), int(groups["day"]))
            except ValueError:
                return None
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        if rule in ("year_word", "year_suffix"):
            year = int(groups["year"])
            return make("DATE", f"{year:04d}", interval=(f"{year:04d}-01-01", f"{year:04d}-12-31"))
        if rule == "half_year":
            half = self.vocabulary.data["half_year"][turkish_lower(groups["half"])]
            first = date(today.year, 1 if half == "H1" else 7, 1)
            last = date(today.year, 6, 30) if half == "H1" else date(today.year, 12, 31)
            return make("DATE", f"{today.year}-{half}", interval=(first.isoformat(), last.isoformat()))
        if rule == "last_n":
            amount = self._number(groups["number"])
            return make("DURATION", f"P{amount}{self._unit(groups['unit'])}")
        if rule == "ago_later":
            sign = self.vocabulary.data["before_after"][turkish_lower(groups["direction"])]
            return self._shifted(today, self._unit(groups["unit"]), sign * self._number(groups["number"]), make)
        if rule in ("relative_unit", "unit_part"):
            offset = self.vocabulary.data["relative_words"].get(turkish_lower(groups.get("relative", "bu")), 0)
            part = groups.get("part")
            mod = self.vocabulary.data["parts"][turkish_lower(part)] if part else None
            return self._period(today, self._unit(groups["unit"]), offset, mod, make)
        if rule == "season":
            return self._season(today, groups, make)
        if rule == "every":
            weekday = self.vocabulary.weekdays[turkish_lower(groups["weekday"])]
            return make("SET", f"XXXX-WXX-{weekday + 1}")
        if rule == "clock":
            hour, minute = int(groups["hour"]), int(groups["minute"])
            if hour > 23 or minute > 59:
                return None
            return make("TIME", f"{today.isoformat()}T{hour:02d}:{minute:02d}", interval=(today.isoformat(), today.isoformat()))
        if rule == "day_word":
            return self._day_word(groups["day_word"], match, text, anchor, make)
        if rule == "weekday":
            return self._weekday(groups, match, text, today, make)
        if rule == "month_only":
            month = self.vocabulary.months[turkish_lower(groups["month"])]
            year = _nearest_year(today, month, 15, self._tense(text, match.end()))
            return make("DATE", f"{year:04d}-{month:02d}", interval=_month_interval(year, month))
        return None

    def _day_month(self, groups, match, text, today: date, make) -> Timex | None:
        month = self.vocabulary.months[turkish_lower(groups["month"])]
        day_number = int(groups["day"])
        year = int(groups["year"]) if "year" in groups else _nearest_year(today, month, day_number, self._tense(text, match.end()))
        try:
            day = date(year, month, day_number)
        except ValueError:
            return None
        warning = None
        if "weekday" in groups:
            said = self.vocabulary.weekdays[turkish_lower(groups["weekday"])]
            if said != day.weekday():
                actual = [name for name, number in self.vocabulary.weekdays.items() if number == day.weekday()][0]
                warning = f"{day.isoformat()} is a {actual}, not a {turkish_lower(groups['weekday'])}"
        return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()), calendar_warning=warning)

    def _day_word(self, word: str, match, text: str, anchor: datetime, make) -> Timex:
        offset = self.vocabulary.data["day_words"][turkish_lower(word)]
        day = anchor.date() + timedelta(days=offset)
        limit = self.vocabulary.data["early_hours_limit_minutes"]
        early = anchor.hour * 60 + anchor.minute < limit and (anchor.hour or anchor.minute)
        if early and self._tense(text, match.end()) == "past":
            before = day - timedelta(days=1)
            note = (f"published {anchor:%Y-%m-%d %H:%M}, in the first hour of the day: the text was "
                    f"probably written on {before.isoformat()}")
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()),
                        also_accepted=(before.isoformat(),), note=note)
        return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))

    def _weekday(self, groups, match, text: str, today: date, make) -> Timex | None:
        name = groups["weekday"]
        if name.islower() and turkish_lower(name) in self.vocabulary.data.get("ambiguous_weekdays", ()) and "günü" not in match.group():
            return None
        target = self.vocabulary.weekdays[turkish_lower(name)]
        tense = self._tense(text, match.end())
        back = (today.weekday() - target) % 7 or 7
        ahead = (target - today.weekday()) % 7 or 7
        if tense == "past" or (tense is None and back < ahead):
            day = today - timedelta(days=back)
        else:
            day = today + timedelta(days=ahead)
        return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))

    def _period(self, today: date, unit: str, offset: int, mod: str | None, make) -> Timex:
        if unit == "D":
            day = today + timedelta(days=offset)
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        if unit == "W":
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
            year, week, _ = monday.isocalendar()
            if mod == "END" and self.vocabulary.data.get("week_end_is_weekend"):
                saturday = monday + timedelta(days=5)
                return make("DATE", f"{year}-W{week:02d}-WE", interval=(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()))
            first, last = monday, monday + timedelta(days=6)
            value = f"{year}-W{week:02d}"
        elif unit == "M":
            month_index = today.year * 12 + today.month - 1 + offset
            year, month = divmod(month_index, 12)
            first, last = date(year, month + 1, 1), date(year, month + 1, calendar.monthrange(year, month + 1)[1])
            value = f"{year:04d}-{month + 1:02d}"
        else:
            year = today.year + offset
            first, last = date(year, 1, 1), date(year, 12, 31)
            value = f"{year:04d}"
        if mod is not None:
            first, last = _part(first, last, mod)
        return make("DATE", value, mod=mod, interval=(first.isoformat(), last.isoformat()))

    def _shifted(self, today: date, unit: str, amount: int, make) -> Timex:
        if unit == "D":
            day = today + timedelta(days=amount)
            return make("DATE", day.isoformat(), interval=(day.isoformat(), day.isoformat()))
        if unit == "W":
            day = today + timedelta(weeks=amount)
            year, week, _ = day.isocalendar()
            monday = day - timedelta(days=day.weekday())
            return make("DATE", f"{year}-W{week:02d}", interval=(monday.isoformat(), (monday + timedelta(days=6)).isoformat()))
        return self._period(today, unit, amount, None, make)

    def _season(self, today: date, groups, make) -> Timex:
        season = self.vocabulary.data["seasons"][turkish_lower(groups["season"])]
        offset = self.vocabulary.data["relative_words"][turkish_lower(groups["relative"])]
        year = today.year + offset
        return make("DATE", f"{year:04d}-{season}")

    # -- helpers ----------------------------------------------------------------------------

    def _number(self, raw: str) -> int:
        return int(raw) if raw.isdigit() else self.vocabulary.data["number_words"][turkish_lower(raw)]

    def _unit(self, raw: str) -> str:
        word = turkish_lower(raw)
        for stem, code in sorted(self.vocabulary.data["units"].items(), key=lambda item: -len(item[0])):
            if word.startswith(stem):
                return code
        raise ValueError(raw)

    def _tense(self, text: str, position: int) -> str | None:
        """past / future from the first verb form after ``position`` in its sentence, else None."""
        sentence_end = next((s.end for s in sentences(text[position:position + 400])), 0) + position
        for word in re.findall(r"\w+", text[position:sentence_end]):
            lowered = turkish_lower(word)
            if lowered in self.vocabulary.future_words or self.vocabulary.future.search(lowered):
                return "future"
            if self.vocabulary.past.search(lowered):
                return "past"
        return None


def _nearest_year(today: date, month: int, day: int, tense: str | None) -> int:
    """The year that puts day/month nearest the article's date, on the side the tense allows."""
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidate = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        if tense == "past" and candidate > today or tense == "future" and candidate < today:
            continue
        options.append((abs((candidate - today).days), year))
    return min(options)[1] if options else today.year


def _month_interval(year: int, month: int) -> tuple[str, str]:
    return (date(year, month, 1).isoformat(), date(year, month, calendar.monthrange(year, month)[1]).isoformat())


def _part(first: date, last: date, mod: str) -> tuple[date, date]:
    span = (last - first).days + 1
    low, high = MOD_SHARES[mod]
    start = first + timedelta(days=int(span * low))
    end = first + timedelta(days=max(math.ceil(span * high) - 1, int(span * low)))
    return start, end
