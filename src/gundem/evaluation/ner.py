"""PER/ORG/LOC span scores of the entity stage on a CoNLL file (Milliyet, tr-wiki-ner).

Each gold sentence is rebuilt as text and run through the same recogniser the pipeline uses;
spans are compared exactly (start, end, type), suffixes excluded. By default every sentence is an
article of its own. With ``window`` > 1, that many consecutive sentences, one per line, form one
article, as the pipeline reads an article: both corpora keep their sentences in article order
but mark no article boundaries, so a window approximates the article a sentence came from (a
surname alone, ``Demirel``, is then known from an earlier full name). Only raw text is shared.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from gundem.evaluation.conll import read_conll
from gundem.evaluation.gold import PRF
from gundem.model import NAME_TYPES, Article


def evaluate_conll(path: Path, use_model: bool = True, window: int = 1, split_glued: bool = False) -> dict:
    from gundem.analysis.lang.loader import load_resources
    from gundem.analysis.stages import build_recognizer

    recognizer = build_recognizer(load_resources("tr"), use_model)
    counts: Counter[str] = Counter()
    sentences = read_conll(path, split_at_suffix=split_glued)
    for first in range(0, len(sentences), max(1, window)):
        _score_window(recognizer, sentences[first:first + max(1, window)], first, counts)
    result = {"file": str(path), "sentences": len(sentences), "model": recognizer.model is not None, "window": window, "split_glued": split_glued}
    return _with_scores(result, counts)


def evaluate_meantime(folder: Path) -> dict:
    """English names on MEANTIME (NewsReader CAT files): each document is an article of its own,
    its annotated sentences as text; exact spans and types of named PER/ORG/LOC mentions."""
    from gundem.analysis.lang.loader import load_resources
    from gundem.analysis.stages import build_recognizer
    from gundem.evaluation.timeml import read_folder

    recognizer = build_recognizer(load_resources("en"))
    counts: Counter[str] = Counter()
    documents = read_folder(folder)
    for document in documents:
        article = Article(doc=document.name, text=document.text, dct=document.dct, lang="en")
        predicted = {(m.start, m.end, m.type) for m in recognizer(article)}
        _count(predicted, {(name.start, name.end, name.type) for name in document.names}, counts)
    result = {"file": str(folder), "documents": len(documents), "model": False, "window": 0, "split_glued": False}
    return _with_scores(result, counts)


def _with_scores(result: dict, counts: Counter[str]) -> dict:
    for kind in (*NAME_TYPES, "ALL"):
        kinds = NAME_TYPES if kind == "ALL" else (kind,)
        tp = sum(counts[f"{k}_tp"] for k in kinds)
        result[kind] = PRF(tp, sum(counts[f"{k}_pred"] for k in kinds), tp, sum(counts[f"{k}_gold"] for k in kinds)).as_dict()
    return result


def _score_window(recognizer, sentences, first: int, counts: Counter[str]) -> None:
    """Run the recogniser once over the window's sentences, one per line, and count per type."""
    offsets, cursor = [], 0
    for sentence in sentences:
        offsets.append(cursor)
        cursor += len(sentence.text) + 1
    text = "\n".join(sentence.text for sentence in sentences)
    article = Article(doc=f"s{first}", text=text, dct=date(2000, 1, 1), lang="tr")
    predicted = {(m.start, _token_end(text, m.end), m.type) for m in recognizer(article)}
    gold = {(start + offset, end + offset, kind) for sentence, offset in zip(sentences, offsets) for start, end, kind in sentence.entities}
    _count(predicted, gold, counts)


def _count(predicted: set[tuple[int, int, str]], gold: set[tuple[int, int, str]], counts: Counter[str]) -> None:
    for kind in NAME_TYPES:
        p = {item for item in predicted if item[2] == kind}
        g = {item for item in gold if item[2] == kind}
        counts[f"{kind}_tp"] += len(p & g)
        counts[f"{kind}_pred"] += len(p)
        counts[f"{kind}_gold"] += len(g)


def _token_end(text: str, end: int) -> int:
    """The corpora tag whole tokens: a name that ends inside one (``Sağlık Bakanlığı`` in
    ``Sağlık Bakanlığından``, a case ending written without an apostrophe) is scored as the
    token. Apostrophe suffixes are tokens of their own and stay outside."""
    while 0 < end < len(text) and text[end - 1].isalpha() and text[end].isalpha():
        end += 1
    return end


def format_ner(result: dict) -> str:
    if "documents" in result:
        header = f"{result['file']}: {result['documents']} documents (MEANTIME), rules and tables, no model"
    else:
        header = (f"{result['file']}: {result['sentences']} sentences, model {'on' if result['model'] else 'off'}, "
                  f"{result['window']} sentence(s) per article" + (", gold runs split at apostrophe suffixes" if result.get("split_glued") else ""))
    lines = [header, "type  P      R      F1     gold"]
    for kind in (*NAME_TYPES, "ALL"):
        r = result[kind]
        lines.append(f"{kind:<5} {r['precision']:.3f}  {r['recall']:.3f}  {r['f1']:.3f}  {r['gold']}")
    return "\n".join(lines)
