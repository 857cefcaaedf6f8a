"""Per-article analysis as a sequence of named stages, registered in one place.

A stage is a callable from (article, annotations so far) to nothing: it fills the fields it
declares in ``produces``. The runner checks that every ``requires`` is produced by an earlier
stage. A stage that is not built for an article's language is not run, and the output lists
it under ``stages_absent``: nothing is invented for it.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from gundem.model import AnalysedArticle, Annotations, Article

ALL_STAGES = ("entities", "time", "quotes", "events")


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    languages: frozenset[str]
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable[[Article, Annotations], None]


@dataclass
class Pipeline:
    stages: list[Stage]
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent per stage, for `gundem bench`

    def __post_init__(self) -> None:
        produced: set[str] = set()
        for stage in self.stages:  # one stage name may have one entry per language
            missing = [need for need in stage.requires if need not in produced]
            if missing:
                raise ValueError(f"stage {stage.name!r} requires {missing}, which no earlier stage produces")
            produced.update(stage.produces)

    def analyse(self, article: Article) -> AnalysedArticle:
        annotations = Annotations()
        for stage in self.stages:
            if article.lang not in stage.languages:
                continue
            started = time.perf_counter()
            stage.run(article, annotations)
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + time.perf_counter() - started
            annotations.stages_run.append(stage.name)
        annotations.stages_absent = [name for name in ALL_STAGES if name not in annotations.stages_run]
        return AnalysedArticle(article, annotations)


def build_pipeline(use_model: bool = True) -> Pipeline:
    """The registry: every stage Gündem has, in order."""
    from gundem.analysis.lang.loader import load_resources
    from gundem.analysis.stages import (
        entity_stage,
        event_stage,
        quote_stage,
        time_stage,
    )
    from gundem.analysis.timex import load_vocabulary

    turkish, english = load_resources("tr"), load_resources("en")  # once: the entity, quote and event stages share them
    turkish_time, english_time = load_vocabulary("tr"), load_vocabulary("en")  # once: the time and event stages share them
    return Pipeline([
        entity_stage(turkish, use_model), entity_stage(english),
        time_stage("tr", turkish_time), time_stage("en", english_time),
        quote_stage(turkish), quote_stage(english), event_stage(turkish, turkish_time), event_stage(english, english_time),
    ])
