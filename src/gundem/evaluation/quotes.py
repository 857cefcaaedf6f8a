"""Direct quotes and their speakers against a gold folder of our own (``eval/quotes/``).

A gold folder holds articles (``*.txt``) and a ``gold.json`` giving, per article, each direct
quote's words and its speaker's name as the article writes it in full. A system quote is the
gold one when their words agree once case, spaces and punctuation are set aside (one may hold
the other's closing comma or full stop); its speaker is right when the speaker entity's names
include the gold name (case- and diacritic-folded). Precision and recall of quotes, and of
quotes with the right speaker.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from gundem.analysis.text import fold
from gundem.evaluation.gold import PRF

_NOT_WORDS = re.compile(r"[\W_]+")


def load_quote_gold(folder: Path) -> dict[str, list[dict]]:
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))["quotes"]


def system_quotes(document: dict) -> list[dict]:
    entities = document.get("entities", {})
    return [{"text": quote["text"], "speaker_names": entities.get(quote.get("speaker"), {}).get("names", [])}
            for quote in document.get("quotes", [])]


def score_quotes(gold: dict[str, list[dict]], system: dict[str, list[dict]]) -> dict:
    counts = {"gold": 0, "system": 0, "found": 0, "spoken": 0}
    misses: dict[str, list[str]] = {}
    for doc, expected in gold.items():
        found = list(system.get(doc, []))
        counts["gold"] += len(expected)
        counts["system"] += len(found)
        for quote in expected:
            match = next((item for item in found if _words(item["text"]) == _words(quote["text"])), None)
            if match is None:
                misses.setdefault(doc, []).append(f"missed {quote['text'][:40]!r}")
                continue
            found.remove(match)
            counts["found"] += 1
            if fold(quote["speaker"]) in {fold(name) for name in match["speaker_names"]}:
                counts["spoken"] += 1
            else:
                misses.setdefault(doc, []).append(f"speaker of {quote['text'][:40]!r}: {match['speaker_names'][:1] or None}")
        misses.setdefault(doc, []).extend(f"spurious {item['text'][:40]!r}" for item in found)
    return {
        "articles": len(gold),
        "quotes": PRF(counts["found"], counts["system"], counts["found"], counts["gold"]).as_dict(),
        "quotes_with_speaker": PRF(counts["spoken"], counts["system"], counts["spoken"], counts["gold"]).as_dict(),
        "errors": {doc: lines for doc, lines in misses.items() if lines},
    }


def _words(text: str) -> str:
    return _NOT_WORDS.sub(" ", fold(text)).strip()


def format_quotes(result: dict) -> str:
    lines = [f"quotes over {result['articles']} articles"]
    for name in ("quotes", "quotes_with_speaker"):
        r = result[name]
        lines.append(f"  {name:<20} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  (system {r['predicted']}, gold {r['gold']})")
    lines += [f"  {doc}: {'; '.join(errors)}" for doc, errors in result["errors"].items()]
    return "\n".join(lines)
