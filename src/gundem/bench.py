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
    started = time.perf_counter()
    articles = [item for item in analyser.reader.read(paths) if not isinstance(item, ReadProblem)]
    read_seconds = time.perf_counter() - started
    if not articles:
        return "no readable article"
    size_mb = sum(len(article.text.encode("utf-8")) for article in articles) / 1e6
    analyser.pipeline.timings.clear()
    started = time.perf_counter()
    for _ in range(repeat):
        for article in articles:
            analyser.annotate_one(article)
    elapsed = time.perf_counter() - started
    count = len(articles) * repeat
    lines = [
        f"articles: {len(articles)} × {repeat} repeats = {count}; {size_mb * repeat:.3f} MB of text",
        f"reading (once, incl. language id): {read_seconds:.3f} s",
        f"whole pipeline: {count / elapsed:.1f} articles/s, {size_mb * repeat / elapsed:.3f} MB/s ({elapsed:.3f} s)",
    ]
    for stage, seconds in analyser.pipeline.timings.items():
        lines.append(f"  stage {stage:<9} {count / seconds:8.1f} articles/s  {size_mb * repeat / seconds:.3f} MB/s  ({seconds:.3f} s)")
    lines.append(f"peak memory (max RSS of the process): {_peak_rss_mb():.0f} MB")
    return "\n".join(lines)
