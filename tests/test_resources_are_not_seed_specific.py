"""Rules and lexicons must capture Turkish, not the seed articles: no seed person, body or
phrase may appear in any hand-written language resource."""
from importlib import resources
from pathlib import Path

import pytest

SEED_SPECIFIC = (
    "erakç", "arakç", "araghchi", "witkoff", "kushner", "laricani", "larijani", "busaidi", "bekayi",
    "baghaei", "axios", "ulusal güvenlik yüksek", "maskat'", "iyi bir başlangıç",
)
GENERATED = {"places.tsv", "common_words.txt", "given_names.txt"}  # built from CLDR / GeoNames / corpora, not typed


def _hand_written_files():
    root = Path(str(resources.files("gundem")))
    for path in sorted(root.rglob("*")):
        if path.suffix in {".tsv", ".txt", ".json", ".py"} and path.name not in GENERATED and "ner_model" not in path.parts:
            yield path


@pytest.mark.parametrize("path", list(_hand_written_files()), ids=lambda p: p.name)
def test_no_seed_specific_names(path):
    text = path.read_text(encoding="utf-8").casefold()
    assert not [word for word in SEED_SPECIFIC if word in text]
