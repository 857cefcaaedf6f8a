"""Stories: articles (and their events) about one unfolding matter.

Two articles belong to one story when they tell the same merged event; or when they share
enough of their key participants (the country pairs their events connect, the people and
organisations they name: Jaccard ≥ STORY_MIN_SIMILARITY over at least STORY_MIN_SHARED); or
when they share a key participant and say similar things (Jaccard of the content-word stems of
their title, event evidence and quotes ≥ STORY_MIN_WORD_SIMILARITY). Stories are the connected
components of that relation, kept in a union-find so that a new article joins (or bridges)
stories without regrouping the rest.
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from importlib import resources

from gundem.analysis.lang.loader import parse_data_json
from gundem.merge.disjoint import DisjointSets

STORY_MIN_SHARED = 2  # one shared name (a country everyone mentions) does not make a story
STORY_MIN_SIMILARITY = 0.2
STORY_MIN_WORD_SIMILARITY = 0.2
STEM_LENGTH = 5  # Turkish suffixes pile up at the end: the first letters of a word stand for it
# A new article is compared with this many of the latest articles sharing each of its keys:
# joining any article of a story joins the story, so older ones add cost, not links.
STORY_RECENT_PER_KEY = 50


def content_stems(document: dict) -> frozenset[str]:
    """Stems of the content words the article states its events and quotes with."""
    from gundem.analysis.text import fold

    STOP_WORDS = _stop_words(document.get("lang") or "tr")

    pieces = [document.get("title") or ""]
    pieces += [e["text"] for event in document.get("events", []) for e in event.get("evidence", [])]
    pieces += [quote["text"] for quote in document.get("quotes", [])]
    words = (fold(word) for piece in pieces for word in piece.split())
    return frozenset(word[:STEM_LENGTH] for word in words if len(word) >= STEM_LENGTH and word.isalpha() and word not in STOP_WORDS)


@functools.lru_cache(maxsize=8)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for the language (folded), or none for a language spaCy lacks."""
    import importlib

    from gundem.analysis.text import fold

    try:
        words = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(fold(word) for word in words)


def story_keys(document: dict) -> frozenset[str]:
    """What an article is about: the country pairs of its events and its people and bodies."""
    keys = set()
    for event in document.get("events", []):
        countries = sorted({c for cs in event.get("countries", {}).values() for c in cs})
        keys.update(f"pair:{a}|{b}" for i, a in enumerate(countries) for b in countries[i + 1:])
    for id_, entity in document.get("entities", {}).items():
        if entity["type"] in ("PER", "ORG") and entity.get("kind") not in ("news agency", "news media", "broadcaster"):
            keys.add(id_)
    return frozenset(keys)


@dataclass
class StoryBuilder:
    dct: dict[str, str] = field(default_factory=dict)
    keys: dict[str, frozenset[str]] = field(default_factory=dict)
    stems: dict[str, frozenset[str]] = field(default_factory=dict)
    _by_key: dict[str, deque[str]] = field(default_factory=lambda: defaultdict(lambda: deque(maxlen=STORY_RECENT_PER_KEY)))

    def __post_init__(self) -> None:
        self._sets = DisjointSets(lambda doc: (self.dct.get(doc, ""), doc))

    @property
    def parent(self) -> dict[str, str]:
        return self._sets.parent

    def add(self, doc: str, dct: str, keys: frozenset[str], story_of: str | None = None,
            stems: frozenset[str] = frozenset()) -> None:
        self._sets.add(doc)
        self.dct[doc] = dct
        self.keys[doc] = keys
        self.stems[doc] = stems
        if story_of is not None and story_of in self.parent:
            self.union(story_of, doc)
        elif story_of is None:
            candidates = set().union(*(self._by_key[k] for k in keys)) if keys else set()
            for other in sorted(candidates):
                if self._related(doc, other):
                    self.union(other, doc)
        for key in keys:
            self._by_key[key].append(doc)

    def _related(self, doc: str, other: str) -> bool:
        shared = self.keys[doc] & self.keys[other]
        if len(shared) >= STORY_MIN_SHARED and len(shared) / len(self.keys[doc] | self.keys[other]) >= STORY_MIN_SIMILARITY:
            return True
        words, theirs = self.stems[doc], self.stems.get(other, frozenset())
        return bool(shared) and bool(words | theirs) and len(words & theirs) / len(words | theirs) >= STORY_MIN_WORD_SIMILARITY

    def find(self, doc: str) -> str:
        return self._sets.find(doc)

    def union(self, a: str, b: str) -> None:
        self._sets.union(a, b)

    def stories(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for doc in self.parent:
            groups[self.find(doc)].append(doc)
        return {root: sorted(docs, key=lambda d: (self.dct.get(d, ""), d)) for root, docs in groups.items()}


def type_nouns() -> dict[str, str]:
    text = resources.files("gundem.data").joinpath("event_type_nouns.json").read_text(encoding="utf-8")
    return parse_data_json(text, "data/event_type_nouns.json")


def story_label(events: list[dict], entities: dict[str, dict], nouns: dict[str, str]) -> str:
    """"Iran – United States: talks", from the story's main countries and commonest event type."""
    countries = Counter(c for event in events for cs in event.get("countries", {}).values() for c in set(cs))
    country_names = {e["country"]: e["name"] for e in entities.values() if e.get("kind") == "country" and e.get("country")}
    main = [country_names.get(code, code) for code, _ in countries.most_common(2)]
    kinds = Counter(event["type"] for event in events)
    kind = nouns.get(kinds.most_common(1)[0][0], kinds.most_common(1)[0][0].lower()) if kinds else "news"
    return f"{' – '.join(sorted(main)) or 'Unplaced'}: {kind}"
