"""Train the Turkish NER model that ships in ``gundem/analysis/lang/tr/ner_model``.

Data (see docs/models.md for licences): tr-wiki-ner ``train.conll`` (CC BY-SA 4.0) and the
Milliyet ``dev`` split train the model; tr-wiki-ner ``dev.conll`` tunes it (early stopping).
The Milliyet ``test`` split is never read here.

Every sentence is re-tokenized with :func:`gundem.analysis.text.tokenize`, the tokenizer the
pipeline uses at run time, so an apostrophe suffix is its own token outside the entity.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from gundem.analysis.text import tokenize
from gundem.evaluation.conll import GoldSentence, read_conll

TRAIN_FILES = ("tr-wiki-ner/train.conll", "tr-ner-milliyet/gungor.ner.dev.14.only_consistent.tsv")
DEV_FILES = ("tr-wiki-ner/dev.conll",)
# Labels: PER (tr-wiki-ner PERSON), ORG, LOC (GPE and LOC). Training also on tr-wiki-ner's other
# name types (EVENT, WORK_OF_ART, ...) with a wider encoder (128) scored the same on
# tr-wiki-ner dev (0.623 against 0.621 for the whole recogniser) with a 40% bigger model.


def sentence_to_doc(nlp, sentence: GoldSentence):
    from spacy.tokens import Doc

    tokens = tokenize(sentence.text)
    words = [token.text for token in tokens]
    spaces = [
        index + 1 < len(tokens) and tokens[index + 1].start > token.end
        for index, token in enumerate(tokens)
    ]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    spans = []
    for start, end, label in sentence.entities:
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is not None and len(span):
            spans.append(span)
    doc.ents = spans
    return doc


def build_docbin(nlp, benchmarks: Path, files: tuple[str, ...], target: Path) -> int:
    from spacy.tokens import DocBin

    docbin = DocBin()
    count = 0
    for name in files:
        for sentence in read_conll(benchmarks / name):
            docbin.add(sentence_to_doc(nlp, sentence))
            count += 1
    docbin.to_disk(target)
    return count


def train(benchmarks: Path, output: Path, max_steps: int = 8000, width: int = 96) -> Path:
    """Train and copy the best model to ``output``; returns ``output``."""
    import spacy
    from spacy.cli.init_config import init_config
    from spacy.cli.train import train as spacy_train

    nlp = spacy.blank("tr")
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        n_train = build_docbin(nlp, benchmarks, TRAIN_FILES, work / "train.spacy")
        n_dev = build_docbin(nlp, benchmarks, DEV_FILES, work / "dev.spacy")
        print(f"training sentences: {n_train}, dev sentences: {n_dev}")
        config = init_config(lang="tr", pipeline=["ner"], optimize="efficiency", gpu=False)
        config_path = work / "config.cfg"
        config.to_disk(config_path)
        overrides = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "training.max_steps": max_steps,
            "training.max_epochs": 0,
            "training.eval_frequency": 500,
            "training.patience": 3000,
            "training.seed": 13,
            "components.tok2vec.model.encode.width": width,
        }
        spacy_train(config_path, work / "out", overrides=overrides)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(work / "out" / "model-best", output)
    return output
