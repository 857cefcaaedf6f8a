"""PER/ORG/LOC span scores of the entity stage on a CoNLL file (Milliyet, tr-wiki-ner).

Each gold sentence is rebuilt as text and run through the same recogniser the pipeline uses,
as an article of its own; spans are compared exactly (start, end, type), suffixes excluded.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from gundem.evaluation.conll import read_conll
from gundem.model import Article

TYPES = ("PER", "ORG", "LOC")


def evaluate_conll(path: Path, use_model: bool = True) -> dict:
    from gundem.analysis.lang.loader import load_resources
    from gundem.analysis.stages import build_recognizer

    recognizer = build_recognizer(load_resources("tr"), use_model)
    counts: Counter[str] = Counter()
    sentences = read_conll(path)
    for number, sentence in enumerate(sentences):
        article = Article(doc=f"s{number}", text=sentence.text, dct=date(2000, 1, 1), lang="tr")
        predicted = {(m.start, m.end, m.type) for m in recognizer(article)}
        gold = set(sentence.entities)
        for kind in TYPES:
            p = {item for item in predicted if item[2] == kind}
            g = {item for item in gold if item[2] == kind}
            counts[f"{kind}_tp"] += len(p & g)
            counts[f"{kind}_pred"] += len(p)
            counts[f"{kind}_gold"] += len(g)
    result = {"file": str(path), "sentences": len(sentences), "model": recognizer.model is not None}
    for kind in (*TYPES, "ALL"):
        kinds = TYPES if kind == "ALL" else (kind,)
        tp = sum(counts[f"{k}_tp"] for k in kinds)
        pred = sum(counts[f"{k}_pred"] for k in kinds)
        gold = sum(counts[f"{k}_gold"] for k in kinds)
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "gold": gold, "predicted": pred}
    return result


def format_ner(result: dict) -> str:
    lines = [f"{result['file']}: {result['sentences']} sentences, model {'on' if result['model'] else 'off'}",
             "type  P      R      F1     gold"]
    for kind in (*TYPES, "ALL"):
        r = result[kind]
        lines.append(f"{kind:<5} {r['precision']:.3f}  {r['recall']:.3f}  {r['f1']:.3f}  {r['gold']}")
    return "\n".join(lines)
