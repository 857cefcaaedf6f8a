"""Turn paths (files, directories, globs, ``-`` for standard input) into articles.

Every input kind yields :class:`gundem.model.Article`; anything unreadable yields a
:class:`ReadProblem` naming the file (and line) instead, and the batch goes on.
"""
from __future__ import annotations

import dataclasses
import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gundem.model import Article
from gundem.readers.chrome import find_chrome, load_chrome_patterns
from gundem.readers.decoding import decode
from gundem.readers.html import parse_html
from gundem.readers.jsonl import parse_jsonl
from gundem.readers.language import LanguageIdentifier
from gundem.readers.plaintext import parse_plain
from gundem.readers.problems import ReadError, ReadProblem
from gundem.readers.seed import looks_like_seed, parse_seed
from gundem.settings import DEFAULT_SETTINGS, Settings

__all__ = ["ArticleReader", "ReadProblem", "expand_paths"]

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
STDIN = "-"


def expand_paths(paths: Iterable[str]) -> Iterator[str | ReadProblem]:
    """Files named by ``paths`` in a stable order: directories walked, globs expanded."""
    for raw in paths:
        if raw == STDIN:
            yield raw
        elif any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield ReadProblem(raw, None, "no file matches this pattern")
            yield from (m for m in matches if os.path.isfile(m))
        elif os.path.isdir(raw):
            found = sorted(str(p) for p in Path(raw).rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                yield ReadProblem(raw, None, f"directory holds no {', '.join(ARTICLE_SUFFIXES)} file")
            yield from found
        elif os.path.isfile(raw):
            yield raw
        else:
            yield ReadProblem(raw, None, "no such file or directory")


@dataclass
class ArticleReader:
    """Reads inputs into articles with language and page chrome set. Build once per run."""

    default_date: date | None = None
    settings: Settings = DEFAULT_SETTINGS

    def __post_init__(self) -> None:
        self._chrome = load_chrome_patterns()
        self._languages = LanguageIdentifier()

    def read(self, paths: Iterable[str], stdin: bytes | None = None) -> Iterator[Article | ReadProblem]:
        for path in expand_paths(paths):
            if isinstance(path, ReadProblem):
                yield path
                continue
            yield from self.read_one(path, stdin)

    def read_one(self, path: str, stdin: bytes | None = None) -> Iterator[Article | ReadProblem]:
        name = "<stdin>" if path == STDIN else path
        try:
            data = (stdin or b"") if path == STDIN else Path(path).read_bytes()
            if path.lower().endswith(".jsonl"):
                text, warnings = decode(data, max_bytes=max(len(data), 1))  # limit applies per line
                for item in parse_jsonl(text, name, self.settings.max_article_bytes):
                    yield item if isinstance(item, ReadProblem) else self._finish(item, warnings)
                return
            text, warnings = decode(data, self.settings.max_article_bytes)
            yield self._finish(self._parse(text, name, path), warnings)
        except ReadError as error:
            yield ReadProblem(name, error.line, str(error))
        except OSError as error:
            yield ReadProblem(name, None, f"cannot read: {error.strerror or error}")

    def read_text(self, text: str, doc: str, dct: date | None = None, title: str | None = None,
                  url: str | None = None, html: bool = False) -> Article:
        """One article from a string (the HTTP API's entry point); raises ReadError."""
        if len(text.encode("utf-8")) > self.settings.max_article_bytes:
            raise ReadError(f"too large: limit {self.settings.max_article_bytes:,} bytes")
        if not text.strip():
            raise ReadError("empty: no text to analyse")
        if "\x00" in text:
            raise ReadError("binary data (NUL characters), not text")
        article = self._parse(text, doc, f"{doc}.html" if html else f"{doc}.txt", dct)
        article = dataclasses.replace(article, doc=doc, title=article.title or title, url=article.url or url)
        return self._finish(article, ())

    def _parse(self, text: str, name: str, path: str, dct: date | None = None) -> Article:
        doc = "stdin" if path == STDIN else Path(path).stem
        dct = dct or self.default_date
        if path.lower().endswith((".html", ".htm")) or (path == STDIN and text.lstrip().startswith("<")):
            return parse_html(text, doc, dct, name)
        if looks_like_seed(text):
            return parse_seed(text, doc, name)
        return parse_plain(text, doc, dct, name)

    def _finish(self, article: Article, warnings: tuple[str, ...]) -> Article:
        chrome = find_chrome(article.text, self._chrome)
        masked = tuple(sorted((*article.masked, *chrome), key=lambda region: region.start))
        with_masks = dataclasses.replace(article, masked=masked)
        sample = with_masks.analysis_text[: self.settings.langid_chars]
        return dataclasses.replace(
            with_masks, lang=self._languages.identify(sample), warnings=article.warnings + warnings,
        )
