"""Page chrome: lines copied from a web page that are not article text (font buttons, share labels)."""
from __future__ import annotations

import re
from importlib import resources

from gundem.model import MaskedRegion


def load_chrome_patterns() -> tuple[re.Pattern[str], ...]:
    """Whole-line patterns from ``data/chrome_lines.tsv`` (one regex per line, # comments)."""
    text = resources.files("gundem.data").joinpath("chrome_lines.tsv").read_text(encoding="utf-8")
    patterns = []
    for line in text.splitlines():
        line = line.split("\t", 1)[0].strip()
        if line and not line.startswith("#"):
            patterns.append(re.compile(rf"\s*(?:{line})\s*", re.IGNORECASE))
    return tuple(patterns)


def find_chrome(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[MaskedRegion]:
    regions = []
    for line in re.finditer(r"[^\n]+", text):
        if any(pattern.fullmatch(line.group()) for pattern in patterns):
            regions.append(MaskedRegion(line.start(), line.end(), "chrome"))
    return regions
