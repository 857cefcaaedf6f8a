"""Language identification per article: Turkish, English or other."""
from __future__ import annotations

SUPPORTED = ("tr", "en")
MIN_CONFIDENCE = 0.5  # below this a short or mixed text is "other" rather than a guess


class LanguageIdentifier:
    """Wraps py3langid's model; build once per run (loading takes most of a second)."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE
        from py3langid.langid import LanguageIdentifier as _Model

        self._model = _Model.from_model_file(MODEL_FILE, norm_probs=True)

    def identify(self, text: str) -> str:
        if not any(ch.isalpha() for ch in text):
            return "other"
        code, confidence = self._model.classify(text)
        return code if code in SUPPORTED and confidence >= MIN_CONFIDENCE else "other"
