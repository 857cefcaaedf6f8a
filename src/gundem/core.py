"""The library API: read → analyse → link entities across articles. No argv, stdout or files here
beyond what the readers read; the CLI and the HTTP API are thin shells around these calls."""
from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from gundem.analysis.pipeline import Pipeline, build_pipeline
from gundem.merge.chronicle import Chronicle
from gundem.merge.entities import EntityRegistry
from gundem.merge.events import mentions_from_document
from gundem.merge.stories import content_stems, story_keys
from gundem.model import Article
from gundem.readers import ArticleReader, ReadProblem
from gundem.serialize import document
from gundem.settings import DEFAULT_SETTINGS, Settings


@dataclass
class Analyser:
    """Holds what is expensive to build (readers, resources, model) and the run's entity registry."""

    default_date: date | None = None
    settings: Settings = DEFAULT_SETTINGS
    use_model: bool = True
    registry: EntityRegistry = field(default_factory=EntityRegistry)

    def __post_init__(self) -> None:
        started = time.perf_counter()
        self.reader = ArticleReader(self.default_date, self.settings)
        self.pipeline: Pipeline = build_pipeline(self.use_model)
        self.startup_seconds = time.perf_counter() - started

    def annotate(self, paths: Iterable[str], stdin: bytes | None = None) -> Iterator[dict | ReadProblem]:
        """One annotation document per readable article, a ReadProblem for anything else."""
        paths_of: dict[str, str | None] = {}
        for item in self.reader.read(paths, stdin):
            if isinstance(item, ReadProblem):
                yield item
                continue
            item = distinct_doc(item, paths_of.get(item.doc))
            paths_of[item.doc] = item.path
            yield self.annotate_one(item)

    def annotate_one(self, article: Article) -> dict | ReadProblem:
        """Analyse and link one article; a failure inside a stage is reported, never raised."""
        try:
            analysed = self.pipeline.analyse(article)
            ids = [self.registry.link(local).id for local in analysed.annotations.entities]
            return document(analysed, ids, self.registry.entities)
        except Exception as error:  # noqa: BLE001 - one bad article must not stop a batch
            return ReadProblem(article.path or article.doc, None, f"analysis failed: {type(error).__name__}: {error}")


def distinct_doc(article: Article, known_path: str | None) -> Article:
    """Two files of one name in different folders (``a/c2.txt``, ``b/c2.txt``) are two articles:
    the second takes its content's hash after its name. The same path again is a new version of
    the article, which keeps its id and replaces it."""
    if known_path is None or known_path == article.path:
        return article
    return replace(article, doc=f"{article.doc}-{content_hash(article)[:8]}")


def content_hash(article: Article) -> str:
    """Identity of an article's content: its text and its date."""
    digest = hashlib.sha256(article.text.encode("utf-8"))
    digest.update(str(article.dct).encode())
    return digest.hexdigest()


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    problems: list[ReadProblem] = field(default_factory=list)
    new_documents: list[dict] = field(default_factory=list)


def ingest(analyser: Analyser, store, paths: Iterable[str], stdin: bytes | None = None) -> IngestReport:
    """Analyse new articles and write them in batches; entities link to those already stored."""
    return ingest_items(analyser, store, analyser.reader.read(paths, stdin))


def ingest_items(analyser: Analyser, store, items: Iterable[Article | ReadProblem]) -> IngestReport:
    analyser.registry = EntityRegistry(store.load_entities())
    report = IngestReport()
    batch: list[tuple[str, str, dict]] = []
    for item in items:
        if isinstance(item, ReadProblem):
            report.problems.append(item)
            continue
        digest = content_hash(item)
        if store.has_content(digest) or any(digest == queued for queued, _, _ in batch):
            report.unchanged += 1
            continue
        queued_path = next((doc.get("path") for _, _, doc in batch if doc["doc"] == item.doc), None)
        item = distinct_doc(item, queued_path or store.path_of(item.doc))
        result = analyser.annotate_one(item)
        if isinstance(result, ReadProblem):
            report.problems.append(result)
            continue
        batch.append((digest, item.text, result))
        if len(batch) >= analyser.settings.ingest_batch_size:
            _flush(analyser, store, batch, report)
    _flush(analyser, store, batch, report)
    if report.new_documents:
        update_chronicle(store, report.new_documents)
    return report


def _flush(analyser: Analyser, store, batch: list[tuple[str, str, dict]], report: IngestReport) -> None:
    if not batch:
        return
    touched = {id_ for _, _, doc in batch for id_ in doc.get("entities", {})}
    store.write_batch(batch, [analyser.registry.entities[id_] for id_ in sorted(touched)])
    report.added += len(batch)
    report.new_documents.extend(doc for _, _, doc in batch)
    batch.clear()


def load_chronicle(store, exclude: frozenset[str] = frozenset()) -> Chronicle:
    """Rebuild the cross-article state from the store without comparing anything again:
    each stored event joins the component it was assigned to. ``exclude``: articles just
    written whose merging is still to be done."""
    documents, roots, members = store.chronicle_state()
    chronicle = _chronicle_with_stored_entities(store)
    for stored in documents:
        if stored["doc"] in exclude:
            continue
        chronicle.documents[stored["doc"]] = {k: stored.get(k) for k in ("dct", "title", "source", "url")}
        for mention in mentions_from_document(stored):
            chronicle.events.add(mention, root=roots.get(mention.key, mention.key))
        story_root = members.get(stored["doc"], "story:" + stored["doc"]).removeprefix("story:")
        chronicle.stories.add(stored["doc"], stored.get("dct") or "", story_keys(stored), story_of=story_root,
                              stems=content_stems(stored))
    return chronicle


def update_chronicle(store, new_documents: list[dict]) -> Chronicle:
    """Merge new articles into the stored events and stories; rewrite only what changed.

    Merging adds articles in (date, doc) order, so an article older than one already stored
    would join components that a merge in date order might have formed differently: then the
    whole chronicle is merged again from the stored documents, as a batch run would."""
    new_docs = frozenset(d["doc"] for d in new_documents)
    oldest_new = min((d.get("dct") or "" for d in new_documents), default=None)
    if oldest_new is not None and any(doc not in new_docs for doc in store.docs_dated_after(oldest_new)):
        return _remerge_all(store)
    chronicle = load_chronicle(store, new_docs)
    before, stories_before = chronicle.event_roots(), chronicle.story_roots()
    touched = chronicle.add_documents(new_documents)
    roots, stories_after = chronicle.event_roots(), chronicle.story_roots()

    moved = {doc for doc, story in stories_after.items() if stories_before.get(doc) != story}  # new or regrouped
    touched_stories = {stories_after[doc] for doc in moved}
    in_touched_stories = {doc for doc, story in stories_after.items() if story in touched_stories}
    changed_roots = touched | {roots[key] for key, old in before.items() if roots[key] != old}
    # every event of a touched story is rewritten: its story id may have changed
    event_roots = changed_roots | {root for root in set(roots.values()) if chronicle.events.docs_of(root) & in_touched_stories}
    events = chronicle.merged_events(event_roots)
    dropped_events = {f"ev:{old}" for key, old in before.items() if roots[key] != old} - {e["id"] for e in events}
    dropped_stories = {f"story:{stories_before[doc]}" for doc in moved if doc in stories_before} - {f"story:{s}" for s in touched_stories}
    store.write_chronicle(
        events, chronicle.story_list(touched_stories, events),
        {key: root for key, root in roots.items() if root in event_roots},
        {doc: f"story:{stories_after[doc]}" for doc in moved}, dropped_events, dropped_stories,
    )
    return chronicle


def _remerge_all(store) -> Chronicle:
    """Merge every stored article again in (date, doc) order and replace the stored chronicle."""
    documents, roots_before, members_before = store.chronicle_state()
    chronicle = _chronicle_with_stored_entities(store)
    chronicle.add_documents(documents)
    events = chronicle.merged_events()
    roots = chronicle.event_roots()
    members = {doc: f"story:{root}" for doc, root in chronicle.story_roots().items()}
    dropped_events = {f"ev:{root}" for root in roots_before.values()} - {e["id"] for e in events}
    dropped_stories = set(members_before.values()) - set(members.values())
    store.write_chronicle(events, chronicle.story_list(None, events), roots, members, dropped_events, dropped_stories)
    return chronicle


def _chronicle_with_stored_entities(store) -> Chronicle:
    chronicle = Chronicle()
    chronicle.entities.update(store.entity_table())
    return chronicle


def chronicle_from_paths(analyser: Analyser, paths: Iterable[str], stdin: bytes | None = None) -> tuple[Chronicle, list[ReadProblem]]:
    """Annotate files and merge them, with no store."""
    documents, problems = [], []
    for item in analyser.annotate(paths, stdin):
        (problems if isinstance(item, ReadProblem) else documents).append(item)
    chronicle = Chronicle()
    chronicle.add_documents(documents)
    return chronicle, problems
