"""The trained spaCy NER model, fed with Gündem's own tokens (so apostrophe suffixes split alike)."""
from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from gundem.analysis.entities import ModelSpan
from gundem.analysis.text import Token


def shipped_model_path(lang: str) -> Path:
    return Path(str(resources.files(f"gundem.analysis.lang.{lang}").joinpath("ner_model")))


def default_model_path(lang: str) -> Path | None:
    """The shipped model, or None for a language that has none (rules and tables only)."""
    path = shipped_model_path(lang)
    return path if (path / "meta.json").exists() else None


class NerModel:
    def __init__(self, path: Path) -> None:
        import spacy

        self._nlp = spacy.load(path)

    def batch(self, text: str, sentences: Sequence[Sequence[Token]]) -> list[list[ModelSpan]]:
        """Spans for many sentences in one pass of the model (far cheaper than one call each)."""
        from spacy.tokens import Doc

        docs = []
        for tokens in sentences:
            spaces = [i + 1 < len(tokens) and tokens[i + 1].start > t.end for i, t in enumerate(tokens)]
            docs.append(Doc(self._nlp.vocab, words=[t.text for t in tokens] or [" "], spaces=spaces or [False]))
        return [self._spans(doc, tokens) for doc, tokens in zip(self._nlp.pipe(docs, batch_size=64), sentences)]

    @staticmethod
    def _spans(doc, tokens: Sequence[Token]) -> list[ModelSpan]:
        spans = []
        for ent in doc.ents:
            inside = list(tokens[ent.start:ent.end])
            while inside and inside[-1].kind == "suffix":
                inside.pop()  # the model sometimes takes the case suffix in; names stop before it
            cut = next((i for i, token in enumerate(inside) if token.kind == "suffix"), len(inside))
            inside = inside[:cut]  # "Braun Atlanta'da": a suffix inside ends the name
            if inside:
                spans.append(ModelSpan(inside[0].start, inside[-1].end, ent.label_))
        return spans
