"""The web pages in real headless Chromium (Debian's), driven by Playwright."""
import shutil
import socket
import threading
import time

import pytest

from tests.http.conftest import HOSTILE_TEXT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STORY = "story:000_292c7b092348037e"


@pytest.fixture(scope="module")
def server(app):
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.errors = []
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.on("dialog", lambda dialog: (opened.errors.append("dialog: " + dialog.message), dialog.dismiss()))
    yield opened
    context.close()


def test_story_page_event_click_entity_link_and_article(page, server, tmp_path):
    page.goto(f"{server}/")
    page.click("text=Iran – United States: talks and contacts")
    page.wait_for_selector("svg.timeline rect.event")
    assert page.locator("svg.timeline rect.event").count() == 7  # dated events; three undated are listed below
    assert page.locator("svg.timeline rect.event.planned").count() == 1
    page.locator("svg.timeline rect.event").nth(2).click()
    details = page.locator("#details")
    assert "CONSULT" in details.locator("h2").inner_text() and "Muscat" in details.inner_text()
    assert details.locator(".sources li").count() >= 2 and details.locator("mark").count() >= 2
    page.screenshot(path=str(tmp_path / "story.png"), full_page=True)

    details.locator("a.entity", has_text="Abbas Erakçı").click()
    page.wait_for_selector("h1:has-text('Abbas Erakçı')")
    assert "Minister of Foreign Affairs" in page.inner_text("main") and "İyi bir başlangıç." in page.inner_text("main")
    page.screenshot(path=str(tmp_path / "entity.png"))

    page.locator("a.source").first.click()
    page.wait_for_selector(".article-text a.entity")
    assert page.locator(".article-text a.entity.PER").count() >= 2
    assert page.locator(".article-text .timex").count() >= 1 and page.locator(".article-text .quote").count() >= 1
    timex_title = page.locator(".article-text .timex").first.get_attribute("title")
    assert timex_title.startswith("DATE ")
    page.screenshot(path=str(tmp_path / "article.png"))
    assert (tmp_path / "story.png").stat().st_size > 10_000
    assert page.errors == []


def test_search_box(page, server):
    page.goto(f"{server}/")
    page.fill("#search input", "Busaidi")
    page.click("#search button")
    page.wait_for_selector("h1:has-text('Search: Busaidi')")
    assert page.locator("section a.entity", has_text="Bedr bin Hamed el-Busaidi").count() == 1


def test_hostile_article_is_shown_as_text_and_runs_nothing(page, server, client, tmp_path):
    posted = client.post("/api/articles", json={"id": "hostile-browser", "date": "2026-02-20", "text": HOSTILE_TEXT + "Son.\n"})
    assert posted.status_code == 201
    page.goto(f"{server}/article/hostile-browser")
    page.wait_for_selector(".article-text")
    page.hover(".article-text")
    shown = page.inner_text(".article-text")
    assert '<script>window.__pwned = 1; alert("x")</script>' in shown
    assert "onerror" in shown and 'onmouseover="window.__pwned=3"' in shown
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img, [onmouseover], [onerror]").count() == 0
    page.screenshot(path=str(tmp_path / "hostile.png"))
    assert page.errors == []
