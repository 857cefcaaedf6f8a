"""``gundem bench``: throughput and peak memory of the per-article pipeline, whole and per stage."""
from __future__ import annotations

import resource
import sys
import time

from gundem.readers import ReadProblem


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def run_benchmark(analyser, paths: list[str], repeat: int) -> str:
    from gundem.analysis.text import tokenize

    started = time.perf_counter()
    articles = [item for item in analyser.reader.read(paths) if not isinstance(item, ReadProblem)]
    read_seconds = time.perf_counter() - started
    if not articles:
        return "no readable article"
    size_mb = sum(len(article.text.encode("utf-8")) for article in articles) / 1e6
    tokens = sum(len(tokenize(article.text)) for article in articles)
    analyser.pipeline.timings.clear()
    started = time.perf_counter()
    for _ in range(repeat):
        for article in articles:
            analyser.annotate_one(article)
    elapsed = time.perf_counter() - started
    count = len(articles) * repeat
    lines = [
        f"articles: {len(articles)} × {repeat} repeats = {count}; {size_mb * repeat:.3f} MB of text, {tokens * repeat} tokens",
        f"start-up (readers, language id, resources, NER model): {analyser.startup_seconds:.2f} s",
        f"reading (once, incl. language id): {read_seconds:.3f} s",
        f"whole pipeline: {count / elapsed:.1f} articles/s, {size_mb * repeat / elapsed:.3f} MB/s ({elapsed:.3f} s)",
    ]
    for stage, seconds in analyser.pipeline.timings.items():
        lines.append(f"  stage {stage:<9} {count / seconds:8.1f} articles/s  {tokens * repeat / seconds:9.0f} tokens/s  "
                     f"{size_mb * repeat / seconds:.3f} MB/s  ({seconds:.3f} s)")
    lines.append(f"peak memory (max RSS of the process): {_peak_rss_mb():.0f} MB")
    return "\n".join(lines)


EVENTS_PER_DAY = 400


def synthetic_documents(count: int, seed: int = 7, per_day: int = 400) -> list[dict]:
    """``count`` events in articles of four events each, as a news flow of ``per_day`` events a day
    (so a bigger corpus covers more days, as a growing archive does): 17 types, 60 countries,
    a third undated, three in ten told again by a later article within the fortnight."""
    import random
    from datetime import date, timedelta

    rng = random.Random(seed)
    types = ["CONSULT", "AGREE", "SUPPORT", "REQUEST", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
             "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "AID", "COOPERATE", "CONCEDE", "RETREAT"]
    countries = [f"C{n:02d}" for n in range(60)]
    start = date(2024, 1, 1)
    days = max(7, count // per_day)
    documents, told = [], []
    for number in range(0, count, 4):
        day = start + timedelta(days=number * days // count)
        events = []
        for index in range(min(4, count - number)):
            if told and rng.random() < 0.3:
                kind, pair, when = rng.choice(told[-per_day * 14:])  # the same event told again
            else:
                kind, pair = rng.choice(types), rng.sample(countries, 2)
                when = None if rng.random() < 0.33 else (day - timedelta(days=rng.randrange(20))).isoformat()
                told.append((kind, pair, when))
            events.append({
                "id": f"d{number}:e{index + 1}", "type": kind, "status": "occurred", "date": when,
                "interval": [when, when] if when else None, "date_kind": "explicit", "location": None,
                "participants": {"source": [f"country:{pair[0]}"], "target": [f"country:{pair[1]}"]},
                "countries": {"source": [pair[0]], "target": [pair[1]]}, "evidence": [],
            })
        documents.append({"doc": f"d{number}", "dct": day.isoformat(), "events": events, "entities": {}})
    return documents


def run_merge_benchmark(sizes: list[int]) -> str:
    from gundem.merge.chronicle import Chronicle

    lines = ["events     articles  merged    seconds  events/s   µs/event  checks/event"]
    from gundem.merge.stories import content_stems

    content_stems({"lang": "tr"})  # load the stop-word list before timing
    for size in sizes:
        documents = synthetic_documents(size)
        started = time.perf_counter()
        chronicle = Chronicle()
        chronicle.add_documents(documents)
        merged = len(chronicle.events.components())
        elapsed = time.perf_counter() - started
        checks = chronicle.events.comparisons / size
        lines.append(f"{size:<10} {len(documents):<9} {merged:<9} {elapsed:<8.2f} {size / elapsed:<10.0f} {elapsed / size * 1e6:<9.1f} {checks:.1f}")
    lines.append(f"peak memory (max RSS of the process): {_peak_rss_mb():.0f} MB")
    return "\n".join(lines)
