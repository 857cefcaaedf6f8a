import pytest

from tests.conftest import EXAMPLES

HOSTILE_TEXT = (
    ' date 2026-02-20 Ankara\'da <script>window.__pwned = 1; alert("x")</script> toplantı - Site\n'
    'Ankara\'da <script>window.__pwned = 1; alert("x")</script> toplantı\n\n'
    'Dışişleri Bakanı Ali Demir, "<img src=x onerror=\\"window.__pwned=2\\"> Görüşmeler olumlu geçti." dedi.\n\n'
    'Toplantı Ankara\'da yapıldı" onmouseover="window.__pwned=3" x=".\n'
)


@pytest.fixture(scope="session")
def store_path(tmp_path_factory):
    from gundem.core import Analyser, ingest
    from gundem.store import Store

    path = tmp_path_factory.mktemp("store") / "gundem.db"
    with Store(str(path)) as store:
        ingest(Analyser(), store, [str(EXAMPLES)])
    return str(path)


@pytest.fixture(scope="session")
def app(store_path):
    from gundem.core import Analyser
    from gundem.http.app import create_app

    return create_app(store_path, analyser_factory=lambda: Analyser(use_model=False), max_article_bytes=50_000)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client
