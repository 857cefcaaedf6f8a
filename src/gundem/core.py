"""The library API: read → analyse → link entities across articles. No argv, stdout or files here
beyond what the readers read; the CLI and the HTTP API are thin shells around these calls."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from gundem.analysis.pipeline import Pipeline, build_pipeline
from gundem.merge.entities import EntityRegistry
from gundem.model import AnalysedArticle
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
        self.reader = ArticleReader(self.default_date, self.settings)
        self.pipeline: Pipeline = build_pipeline(self.use_model)

    def annotate(self, paths: Iterable[str], stdin: bytes | None = None) -> Iterator[dict | ReadProblem]:
        """One annotation document per readable article, a ReadProblem for anything else."""
        for item in self.reader.read(paths, stdin):
            if isinstance(item, ReadProblem):
                yield item
                continue
            yield self.annotate_article(self.pipeline.analyse(item))

    def annotate_article(self, analysed: AnalysedArticle) -> dict:
        ids = [self.registry.link(local).id for local in analysed.annotations.entities]
        return document(analysed, ids, self.registry.entities)
