import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
BENCHMARKS = SHARED / "benchmarks"
SEED_DOCS = ("000_292c7b092348037e", "001_517464675fa63045")


@pytest.fixture(scope="session")
def resources_tr():
    from gundem.analysis.lang.loader import load_resources

    return load_resources("tr")


@pytest.fixture(scope="session")
def resources_en():
    from gundem.analysis.lang.loader import load_resources

    return load_resources("en")


@pytest.fixture(scope="session")
def reader():
    from gundem.readers import ArticleReader

    return ArticleReader()


@pytest.fixture(scope="session")
def seed_articles(reader):
    return {article.doc: article for article in reader.read([str(EXAMPLES)])}


@pytest.fixture(scope="session")
def gold_folder():
    if not GOLD.exists():
        pytest.skip("../shared/gold is not beside the project")
    return GOLD


@pytest.fixture(scope="session")
def gold_docs():
    if not GOLD.exists():
        pytest.skip("../shared/gold is not beside the project")
    return {doc: json.loads((GOLD / f"{doc}.json").read_text(encoding="utf-8")) for doc in SEED_DOCS}


@pytest.fixture(scope="session")
def analyser():
    from gundem.core import Analyser

    return Analyser()


@pytest.fixture(scope="session")
def seed_output(analyser):
    from gundem.core import Analyser

    fresh = Analyser()  # a run of its own: entity ids start from an empty registry
    return [doc for doc in fresh.annotate([str(path) for path in sorted(EXAMPLES.glob("*.txt"))])]


def speech_in(lang: str):
    """``run(text) -> (quotes, reported)``: each quote as (text, speaker's name, cue), each reported
    clause as (cue, speaker's name), from a rules-only analyser reading ``text`` in ``lang``."""
    from datetime import date

    from gundem.core import Analyser
    from gundem.model import Article

    analyser = Analyser(use_model=False)

    def run(text):
        document = analyser.annotate_one(Article(doc="t", text=text, dct=date(2026, 3, 11), lang=lang))
        name = lambda id_: document["entities"][id_]["name"] if id_ else None
        quotes = [(q["text"], name(q["speaker"]), q["cue"]) for q in document["quotes"]]
        reported = [(r["cue"], name(r["speaker"])) for r in document["indirect_speech"]]
        return quotes, reported

    return run
