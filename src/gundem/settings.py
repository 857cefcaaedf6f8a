"""Named limits and defaults, each with its unit and the reason for its value."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    # A news article is rarely above 100 kB of text; 2 MB leaves room for long reports while
    # keeping one bad file (a log, a dump) from stalling a batch. Per article, not per JSONL file.
    max_article_bytes: int = 2_000_000
    # Articles per store transaction: an interrupted ingest loses at most one batch, never half an article.
    ingest_batch_size: int = 50
    # Language identification looks at this many characters; more adds time, not accuracy.
    langid_chars: int = 2_000


DEFAULT_SETTINGS = Settings()
