"""The cross-article state: merged events and stories, built document by document."""
from __future__ import annotations

from dataclasses import dataclass, field

from gundem.merge.events import EventMerger, merged_event
from gundem.merge.stories import (
    StoryBuilder,
    content_stems,
    story_keys,
    story_label,
    type_nouns,
)


@dataclass
class Chronicle:
    events: EventMerger = field(default_factory=EventMerger)
    stories: StoryBuilder = field(default_factory=StoryBuilder)
    entities: dict[str, dict] = field(default_factory=dict)
    documents: dict[str, dict] = field(default_factory=dict)  # doc → {dct, title, source}

    def add_documents(self, documents: list[dict]) -> set[str]:
        """Add articles in (date, doc) order; returns the merged-event roots they touched."""
        touched: set[str] = set()
        for document in sorted(documents, key=lambda d: (d.get("dct") or "", d["doc"])):
            self.entities.update(document.get("entities", {}))
            self.documents[document["doc"]] = {k: document.get(k) for k in ("dct", "title", "source", "url")}
            roots = self.events.add_document(document)
            touched |= roots
            self.stories.add(document["doc"], document.get("dct") or "", story_keys(document), stems=content_stems(document))
            for root in roots:
                for doc in sorted(self.events.docs_of(root)):
                    self.stories.union(document["doc"], doc)  # articles telling one event tell one story
        return {self.events.find(root) for root in touched}

    def event_roots(self) -> dict[str, str]:
        """Each event mention's key → the root of the merged event it belongs to."""
        return {key: self.events.find(key) for key in self.events.mentions}

    def story_roots(self) -> dict[str, str]:
        """Each article → the root of its story."""
        return {doc: self.stories.find(doc) for doc in self.stories.parent}

    def merged_events(self, roots: set[str] | None = None) -> list[dict]:
        """Merged events, all of them or those of the given component roots."""
        components = self.events.components()
        wanted = components.items() if roots is None else ((r, components[r]) for r in roots if r in components)
        found = [merged_event(root, members, self.entities) for root, members in wanted]
        for event in found:
            event["story"] = f"story:{self.stories.find(event['docs'][0])}"
        return sorted(found, key=_chronological)

    def story_list(self, story_roots: set[str] | None = None, events: list[dict] | None = None) -> list[dict]:
        """Stories (all, or those with the given roots), from ``events`` when the caller has them."""
        nouns = type_nouns()
        events = self.merged_events() if events is None else events
        by_story: dict[str, list[dict]] = {}
        for event in events:
            by_story.setdefault(event["story"], []).append(event)
        result = []
        for root, docs in self.stories.stories().items():
            if story_roots is not None and root not in story_roots:
                continue
            story_id = f"story:{root}"
            members = by_story.get(story_id, [])
            dated = sorted((e for e in members if e.get("interval")), key=lambda e: (e["interval"][0], e["interval"][1]))
            result.append({
                "id": story_id, "label": story_label(members, self.entities, nouns), "docs": docs, "events": len(members),
                "first_date": dated[0]["date"] if dated else None,
                "last_date": max(dated, key=lambda e: e["interval"][1])["date"] if dated else None,
            })
        return sorted(result, key=lambda s: (-len(s["docs"]), s["id"]))


def _chronological(event: dict) -> tuple:
    interval = event.get("interval") or [event.get("date") or "9999", event.get("date") or "9999"]
    return (interval[0] or "9999", event["type"], event["id"])
