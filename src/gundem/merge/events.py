"""One event per real-world event across articles.

Input: the per-article events of annotation documents (see docs/format.md). Two of them are
the same event when they have the same type, overlapping date intervals (an uncertain date
counts with every reading), places in the same country, and shared participants (countries;
for directed events the source and the target separately), and enough of them: two countries
in common, a named person or organisation in common, or the same place on the same dates (one
shared country is not enough in a country's own news). The same people in the same place
dated a day apart are one meeting whose date the sources dispute (a conflict, not two events).
Two events of one article are never merged: the article already told them apart.

Candidates are blocked by (type, participant country, week), so adding an event
costs about the size of its block, not of the whole store. Components are kept in a
union-find; adding articles in (date, doc) order gives the same result whether they come one
by one (``gundem ingest``) or all at once.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from gundem.analysis.events import different_casts, different_sides
from gundem.merge.disjoint import DisjointSets
from gundem.model import PLACE_SPECIFICITY

DATE_KIND_RANK = {"explicit": 0, "relative": 1, "uncertain": 2, None: 3}
STATUS_PROGRESS = {"occurred": 0, "negated": 1, "planned": 2, "expected": 3, "reported": 4, "conditional": 5}
WEEKS_AROUND = 2  # an undated event is compared with events of its article's week and two weeks either side
DISPUTED_DATE_DAYS = 1  # two sources a day apart on the same meeting disagree; further apart, two meetings
ONE_ACTOR_DAYS = 1  # articles at most this far apart may share an undated event by one actor alone
HAPPENED = frozenset({"occurred", "reported"})  # told as done: done by the article's date
MIN_SAME_CAST = 2  # people named alike on both sides before a one-day gap is read as a disagreement
MAX_BLOCK_WEEKS = 60  # a date wider than a year (a decade) is blocked by its article's week instead


def _weeks(mention: EventMention, spread: int) -> list[int]:
    """Week numbers covered by the date's readings (else the article's week), widened by ``spread``."""
    spans = [(r[0], r[1]) for r in mention.readings] or ([(mention.dct, mention.dct)] if mention.dct else [])
    weeks: set[int] = set()
    for first, last in spans:
        low, high = _week_number(first), _week_number(last)
        if high - low > MAX_BLOCK_WEEKS and mention.dct:
            low = high = _week_number(mention.dct)
        weeks.update(range(low - spread, high + spread + 1))
    return sorted(weeks) or [0]


def _week_number(day: str) -> int:
    return date.fromisoformat(day[:10]).toordinal() // 7


@dataclass(frozen=True, slots=True)
class EventMention:
    """One article's event, as the merger needs it."""

    key: str  # "<doc>:e<n>"
    doc: str
    dct: str
    type: str
    status: str
    date: str | None
    interval: tuple[str, str] | None
    readings: tuple[tuple[str, str], ...]  # intervals of every accepted reading of the date
    date_kind: str | None
    location: str | None
    location_country: str | None
    participants: dict
    countries: dict  # role → countries
    evidence: tuple[dict, ...]
    shape: str  # symmetric or directed
    all_countries: frozenset[str] = frozenset()
    counts: tuple[dict, ...] = ()  # how many were killed, injured, detained; a crowd's size
    done_by: str | None = None  # told as done: the last day it can have happened on, with a day's leeway


def mentions_from_document(document: dict) -> list[EventMention]:
    entities = document.get("entities", {})
    found = []
    for event in document.get("events", []):
        interval = tuple(event["interval"]) if event.get("interval") else None
        readings = [interval] if interval else []
        readings += [(value, value) for value in event.get("date_alternatives", []) if len(value) == 10]
        location = event.get("location")
        countries = {role: tuple(cs) for role, cs in event.get("countries", {}).items()}
        found.append(EventMention(
            key=event["id"], doc=document["doc"], dct=document.get("dct") or "", type=event["type"],
            status=event["status"], date=event.get("date"), interval=interval, readings=tuple(readings),
            date_kind=event.get("date_kind"), location=location,
            location_country=(entities.get(location) or {}).get("country") if location else None,
            participants=event.get("participants", {}), countries=countries,
            evidence=tuple(dict(e, doc=document["doc"]) for e in event.get("evidence", [])),
            shape="symmetric" if "parties" in countries else "directed",
            all_countries=frozenset(c for cs in countries.values() for c in cs),
            counts=tuple(dict(c, doc=document["doc"]) for c in event.get("counts", [])),
            done_by=_done_by(event["status"], document.get("dct") or ""),
        ))
    return found


def compatible(a: EventMention, b: EventMention) -> bool:
    if a.type != b.type or a.doc == b.doc:
        return False
    if _done_before(a.done_by, b.readings) or _done_before(b.done_by, a.readings):
        return False  # a drill already held on 24 November is not the one planned for December
    dates_meet = not (a.readings and b.readings) or any(x[0] <= y[1] and y[0] <= x[1] for x in a.readings for y in b.readings)
    if not dates_meet and not _same_occasion_a_day_apart(a, b):
        return False
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return False
    if different_casts(a.participants.get("persons", []), b.participants.get("persons", [])):
        return False  # the articles name different people: different meetings
    if a.shape == "directed" and b.shape == "directed":
        for role in ("source", "target"):
            mine, theirs = set(a.countries.get(role, ())), set(b.countries.get(role, ()))
            if mine and theirs and not mine & theirs:
                return False
        speakers = [{id_ for id_ in m.participants.get("source", ()) if id_.startswith("per:")} for m in (a, b)]
        if all(speakers) and not speakers[0] & speakers[1]:
            return False  # two people of one country, each criticising the same third, did two things
    if different_sides(a.all_countries, b.all_countries):
        return False
    return _same_actors(a, b, dated=dates_meet and bool(a.readings and b.readings))


def _done_by(status: str, dct: str) -> str | None:
    """The last day an event told as done can have happened on: its article's date, and a day's
    leeway for a source that dates it a day later (an article published past midnight)."""
    if status not in HAPPENED or not dct:
        return None
    return (date.fromisoformat(dct[:10]) + timedelta(days=DISPUTED_DATE_DAYS)).isoformat()


def _done_before(done_by: str | None, readings) -> bool:
    """Every reading of the other's date starts after ``done_by`` (ISO days compare as text)."""
    return bool(done_by and readings) and all(start[:10] > done_by for start, _ in readings)


def _same_actors(a: EventMention, b: EventMention, dated: bool) -> bool:
    """Enough to say two articles tell of one event: two countries in common, a person or an
    organisation in common (when one of them names that actor alone: on dates that meet, or told
    at most a day apart), or the
    same place on the same dates. One shared country is not enough: in a country's own news most
    events involve it."""
    if len(a.all_countries & b.all_countries) >= 2:
        return True
    mine, theirs = _named_actors(a), _named_actors(b)
    if mine & theirs and (dated or min(len(mine), len(theirs)) >= 2
                          or (a.dct and b.dct and _days_between((a.dct, a.dct), (b.dct, b.dct)) <= ONE_ACTOR_DAYS)):
        # one actor named alone is weak ground: undated and told days apart, "Erdoğan" alone would join
        # every meeting of his; told the same day or the next, it is the day's news
        return True
    # the same place on the same dates, unless each names people and none in common (the central bank
    # governor meeting bankers in Ankara on Thursday is not the chancellor's visit to Ankara that day)
    people = set(a.participants.get("persons", ())), set(b.participants.get("persons", ()))
    strangers = all(people) and not people[0] & people[1]
    return dated and a.location is not None and a.location == b.location and not strangers


def _named_actors(event: EventMention) -> set[str]:
    # a country, or a group with no name (the police of a country), is no actor named
    return {id_ for ids in event.participants.values() for id_ in ids if not id_.startswith(("country:", "region:", "group:"))}


def _same_occasion_a_day_apart(a: EventMention, b: EventMention) -> bool:
    """The same people in the same place, dated a day apart by two sources (``perşembe`` in one,
    ``dün`` in the other): one meeting whose date the sources dispute, shown as a conflict."""
    people = set(a.participants.get("persons", ()))
    if a.location is None or a.location != b.location or len(people) < MIN_SAME_CAST or people != set(b.participants.get("persons", ())):
        return False
    gaps = [_days_between(x, y) for x in a.readings for y in b.readings]
    return min(gaps) <= DISPUTED_DATE_DAYS


def _joined_span(spans) -> tuple[str, str] | None:
    """The first and last day of (first day, last day) spans together, or None for none."""
    return (min(first for first, _ in spans), max(last for _, last in spans)) if spans else None


def _days_between(x: tuple[str, str], y: tuple[str, str]) -> int:
    first, second = sorted((x, y))
    return (date.fromisoformat(second[0][:10]) - date.fromisoformat(first[1][:10])).days


@dataclass
class EventMerger:
    mentions: dict[str, EventMention] = field(default_factory=dict)
    _blocks: dict[tuple, list[str]] = field(default_factory=lambda: defaultdict(list))
    _docs: dict[str, set[str]] = field(default_factory=dict)  # component root → docs in it
    comparisons: int = 0  # compatibility checks made, for `gundem bench-merge`

    _spans: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # component root → first and last day its dates cover
    _sides: dict[str, frozenset[str]] = field(default_factory=dict)  # component root → the countries its events name
    _done_by: dict[str, str | None] = field(default_factory=dict)  # component root → the earliest date of an article telling it done

    def __post_init__(self) -> None:
        self._sets = DisjointSets(lambda key: (self.mentions[key].dct, key))

    def add_document(self, document: dict) -> set[str]:
        """Merge one article's events in; returns the roots of the components it touched."""
        touched = set()
        for mention in mentions_from_document(document):
            touched.add(self.add(mention))
        return {self.find(root) for root in touched}

    def add(self, mention: EventMention, root: str | None = None) -> str:
        """Add a mention; with ``root`` (from a store) it joins that component without comparisons."""
        self.mentions[mention.key] = mention
        self._sets.add(mention.key)
        self._docs[mention.key] = {mention.doc}
        self._spans[mention.key] = _joined_span(mention.readings)
        self._sides[mention.key] = mention.all_countries
        self._done_by[mention.key] = mention.done_by
        if root is not None and root in self._sets.parent:
            self._union(self.find(root), mention.key)
        elif root is None:
            for candidate in sorted(self._candidates(mention)):
                self.comparisons += 1
                if compatible(self.mentions[candidate], mention) and self._fits(self.find(candidate), self.find(mention.key)):
                    self._union(self.find(candidate), self.find(mention.key))
        for block in self._block_keys(mention):
            self._blocks[block].append(mention.key)
        return self.find(mention.key)

    def find(self, key: str) -> str:
        return self._sets.find(key)

    def _fits(self, a: str, b: str) -> bool:
        """Two components whose dated events lie apart (a meeting in March 2023, another in November
        2026), or whose events name different sides (Türkiye with Russia, Türkiye with Qatar), stay
        two, though a mention that names less fits both: its likeness to each is no bridge."""
        if different_sides(self._sides.get(a, frozenset()), self._sides.get(b, frozenset())):
            return False
        first, second = self._spans.get(a), self._spans.get(b)
        if _done_before(self._done_by.get(a), [second] if second else []) or _done_before(self._done_by.get(b), [first] if first else []):
            return False  # one was told done before the other's earliest day
        if first is None or second is None:
            return True
        return _days_between(first, second) <= DISPUTED_DATE_DAYS  # overlapping spans are a negative number of days apart

    def _union(self, a: str, b: str) -> None:
        a, b = self.find(a), self.find(b)
        if a == b or self._docs[a] & self._docs[b]:
            return  # never two events of the same article in one
        span = _joined_span([s for s in (self._spans.pop(a, None), self._spans.pop(b, None)) if s])
        sides = self._sides.pop(a, frozenset()) | self._sides.pop(b, frozenset())
        done_by = min((d for d in (self._done_by.pop(a, None), self._done_by.pop(b, None)) if d), default=None)
        keep, drop = self._sets.union(a, b)
        self._docs[keep] |= self._docs.pop(drop)
        self._spans[keep], self._sides[keep], self._done_by[keep] = span, sides, done_by

    def _block_keys(self, mention: EventMention, spread: int = 0) -> list[tuple]:
        """(type, country, week) blocks: the weeks the date covers, else the article's week. The
        place's country counts too: an attack told with no actor's country ("? in Quetta") meets
        the same attack told with one."""
        countries = sorted(mention.all_countries | ({mention.location_country} if mention.location_country else set())) or [None]
        return [(mention.type, country, week) for country in countries for week in _weeks(mention, spread)]

    def _candidates(self, mention: EventMention) -> set[str]:
        found: set[str] = set()
        for block in self._block_keys(mention, spread=WEEKS_AROUND):
            found.update(self._blocks.get(block, ()))
        return found

    def docs_of(self, root: str) -> set[str]:
        return self._docs[self.find(root)]

    def components(self) -> dict[str, list[EventMention]]:
        groups: dict[str, list[EventMention]] = defaultdict(list)
        for key, mention in self.mentions.items():
            groups[self.find(key)].append(mention)
        return groups


# -- the merged event ------------------------------------------------------------------------

def merged_event(root: str, members: list[EventMention], entities: dict[str, dict]) -> dict:
    members = sorted(members, key=lambda m: (m.dct, m.doc, m.key))
    dated = [m for m in members if m.date]
    best_date = min(dated, key=lambda m: (DATE_KIND_RANK.get(m.date_kind, 3), _width(m.interval), m.dct, m.doc), default=None)
    status = min((m.status for m in members), key=lambda s: STATUS_PROGRESS.get(s, 9))  # planned → occurred
    located = [m for m in members if m.location]
    location = min(located, key=lambda m: (PLACE_SPECIFICITY.get((entities.get(m.location) or {}).get("kind"), 9), m.dct), default=None)
    participants: dict[str, list[str]] = {}
    for member in members:
        for role, ids in member.participants.items():
            for id_ in ids:
                if id_ not in participants.setdefault(role, []):
                    participants[role].append(id_)
    countries: dict[str, list[str]] = {}
    for member in members:
        for role, cs in member.countries.items():
            countries[role] = sorted(set(countries.get(role, [])) | set(cs))
    counts, count_conflicts = _counts(members)
    return {
        "id": f"ev:{root}",
        "type": members[0].type,
        "date": best_date.date if best_date else None,
        "interval": list(best_date.interval) if best_date and best_date.interval else None,
        "date_kind": best_date.date_kind if best_date else None,
        "status": status,
        "location": location.location if location else None,
        "participants": participants,
        "countries": countries,
        "docs": sorted({m.doc for m in members}),
        "mentions": [m.key for m in members],
        "evidence": [e for m in members for e in m.evidence],
        **({"counts": counts} if counts else {}),
        "conflicts": _conflicts(members, best_date, location, entities) + count_conflicts,
        "status_history": [{"doc": m.doc, "dct": m.dct, "status": m.status} for m in members],
    }


def _width(interval) -> int:
    if not interval:
        return 10**6
    from datetime import date

    return (date.fromisoformat(interval[1]) - date.fromisoformat(interval[0])).days


def _conflicts(members, best_date, location, entities) -> list[dict]:
    """Where sources disagree: other dates that the chosen one does not refine, other places
    that are not within the chosen one."""
    conflicts = []
    if best_date is not None:
        for member in members:
            if member.date and member.date != best_date.date and not _contains(member.interval, best_date.interval):
                conflicts.append({"field": "date", "value": member.date, "chosen": best_date.date, "doc": member.doc,
                                  "kind": member.date_kind})
    if location is not None:
        chosen_country = (entities.get(location.location) or {}).get("country")
        for member in members:
            if member.location and member.location != location.location:
                member_entity = entities.get(member.location) or {}
                within = member_entity.get("kind") == "country" and member_entity.get("country") == chosen_country
                if not within:
                    conflicts.append({"field": "location", "value": member.location, "chosen": location.location, "doc": member.doc})
    statuses = {m.status for m in members}
    if {"occurred", "negated"} <= statuses:  # one source says it happened, another that it did not
        conflicts.append({"field": "status", "values": [{"doc": m.doc, "status": m.status} for m in members]})
    return conflicts


def _counts(members: list[EventMention]) -> tuple[list[dict], list[dict]]:
    """Per kind, the figure of the latest article (a toll rises as news comes in); where the
    articles' figures cannot all be true at once (12 dead and 15 dead, not 'at least 12' and
    15), every figure is listed as a conflict."""
    chosen, conflicts = [], []
    for kind in sorted({c["kind"] for m in members for c in m.counts}):
        told = [c for m in members for c in m.counts if c["kind"] == kind]  # members come in (dct, doc) order
        latest = [c for c in told if c["doc"] == told[-1]["doc"]]
        chosen.extend(latest)
        if len({c["doc"] for c in told}) > 1 and not _all_compatible(told):
            conflicts.append({"field": kind, "values": [{"doc": c["doc"], "value": c["value"], "qualifier": c["qualifier"]} for c in told],
                              "chosen": [c["value"] for c in latest]})
    return chosen, conflicts


def _count_range(count: dict) -> tuple[float, float]:
    value = count["value"]
    return {"at_least": (value, float("inf")), "more_than": (value + 1, float("inf")), "up_to": (0, value),
            "about": (value * 0.8, value * 1.2), "order_of": (value, value * 10)}.get(count["qualifier"], (value, value))


def _all_compatible(counts: list[dict]) -> bool:
    ranges = [_count_range(c) for c in counts]
    return max(low for low, _ in ranges) <= min(high for _, high in ranges)


def _contains(outer, inner) -> bool:
    return bool(outer and inner and outer[0] <= inner[0] and inner[1] <= outer[1])
