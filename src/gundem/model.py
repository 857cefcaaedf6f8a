"""The types every stage reads and writes. Offsets are end-exclusive indices into ``Article.text``."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# How precisely a kind of place locates an event: smaller is more specific.
PLACE_SPECIFICITY = {"district": 0, "city": 1, "province": 2, "country": 3, "region": 4}
NAME_TYPES = ("PER", "ORG", "LOC")  # named entities; a group with no name (GROUP) is none


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class MaskedRegion:
    """A stretch of the file that is not article prose (metadata, page chrome)."""

    start: int
    end: int
    reason: str  # header, site_suffix, timestamp, source_label, tags, chrome


@dataclass(frozen=True, slots=True)
class Article:
    doc: str
    text: str  # the file's text as read; all offsets index it
    dct: date | None
    lang: str = "und"
    published: datetime | None = None
    title: str | None = None
    source: str | None = None
    site_suffix: str | None = None
    tags: tuple[str, ...] = ()
    url: str | None = None
    path: str | None = None
    masked: tuple[MaskedRegion, ...] = ()
    source_span: Span | None = None  # where the agency name stands in the Kaynak line
    warnings: tuple[str, ...] = ()

    @property
    def analysis_text(self) -> str:
        """``text`` with masked regions blanked out: same length, so offsets carry over."""
        if not self.masked:
            return self.text
        chars = list(self.text)
        for region in self.masked:
            for index in range(region.start, region.end):
                if chars[index] != "\n":
                    chars[index] = " "
        return "".join(chars)

    @property
    def reference_time(self) -> datetime | None:
        if self.published is not None:
            return self.published
        if self.dct is not None:
            return datetime(self.dct.year, self.dct.month, self.dct.day)
        return None


HEAD_WORD = "head word"  # a mention's origin when a body is named again by its common word ("Bakanlığın"): no name to list


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC; GROUP for a group with no name (the police, protesters)
    origin: str  # gazetteer, pattern, model, coreference, lexicon (a group's word), head word (a body's word alone: no name)
    key: str | None = None  # gazetteer key (e.g. "country:IRN") when the name is a known place or body
    role: str | None = None  # the title before a person, in English (``Minister of Foreign Affairs``)
    title: str | None = None  # that title as written, folded (``disisleri bakani``)
    country_hint: str | None = None  # ISO alpha-3 the text gives for this entity (a title's country, a place's own)
    cluster: int = -1  # within-article entity cluster, set by linking


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    name: str
    country: str | None = None
    kind: str | None = None
    role: str | None = None
    names: tuple[str, ...] = ()
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None
    interval: tuple[str, str] | None = None
    also_accepted: tuple[str, ...] = ()
    note: str | None = None
    calendar_warning: str | None = None
    anchored: bool = False  # names its calendar date itself ("6 Şubat"), not relative to the article's


@dataclass(slots=True)
class Annotations:
    """What the stages have produced for one article so far (filled stage by stage)."""

    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    indirect_speech: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    entities: list = field(default_factory=list)  # LocalEntity per mention cluster
    stages_run: list[str] = field(default_factory=list)
    stages_absent: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    article: Article
    annotations: Annotations
