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
