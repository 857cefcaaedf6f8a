"""The HTTP API and the web pages, over one store.

Every list is paged (``limit`` ≤ MAX_PAGE, ``offset``) and every parameter bounded. Pages are
static shells: the browser script fetches the API and builds the page with DOM calls that
treat article text as text, and the Content-Security-Policy forbids inline script.
"""
from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from gundem.analysis.text import sentence_at, sentences
from gundem.readers.problems import ReadError
from gundem.store import Store
from gundem.views import timeline_json

MAX_PAGE = 100
MAX_QUERY = 200
DATE = r"^\d{4}-\d{2}-\d{2}$"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
WEB = Path(str(resources.files("gundem.web")))


class NewArticle(BaseModel):
    id: str = Field(min_length=1, max_length=200, pattern=r"^[\w.\-:]+$")
    date: str = Field(pattern=DATE)
    text: str = Field(min_length=1)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    html: bool = False


def create_app(db_path: str, analyser_factory=None, max_article_bytes: int = 2_000_000) -> FastAPI:
    app = FastAPI(title="Gündem", version="0.1.0", description="Entities, dates, quotes, events and stories from the news.")
    app.state.db_path = db_path
    app.state.analyser = None
    app.state.write_lock = threading.Lock()  # SQLite takes one writer at a time

    def analyser():
        with app.state.write_lock:
            if app.state.analyser is None:
                from gundem.core import Analyser
                from gundem.settings import Settings

                factory = analyser_factory or (lambda: Analyser(settings=Settings(max_article_bytes=max_article_bytes)))
                app.state.analyser = factory()
        return app.state.analyser

    def store() -> Store:
        return Store(app.state.db_path)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    # -- articles ---------------------------------------------------------------------------

    @app.get("/api/articles")
    def list_articles(q: str | None = Query(None, max_length=MAX_QUERY), date_from: str | None = Query(None, pattern=DATE),
                      date_to: str | None = Query(None, pattern=DATE), source: str | None = Query(None, max_length=100),
                      lang: str | None = Query(None, pattern="^(tr|en|other)$"), story: str | None = Query(None, max_length=300),
                      limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**7)):
        with store() as db:
            total, items = db.search_articles(q, date_from, date_to, source, lang, story, limit, offset)
        return _page(total, items, limit, offset)

    @app.get("/api/articles/{doc}")
    def get_article(doc: str):
        with store() as db:
            found = db.article(doc)
        if found is None:
            raise HTTPException(404, f"no article {doc!r}")
        return found

    @app.post("/api/articles", status_code=201)
    def post_article(article: NewArticle, request: Request):
        if len(article.text.encode("utf-8")) > max_article_bytes:
            raise HTTPException(413, f"article text larger than {max_article_bytes:,} bytes")
        from gundem.core import ingest_items

        worker = analyser()
        try:
            parsed = worker.reader.read_text(article.text, article.id, _date(article.date), article.title, article.url, article.html)
        except ReadError as error:
            raise HTTPException(400, f"{article.id}: {error}") from None
        with app.state.write_lock, store() as db:
            report = ingest_items(worker, db, [parsed])
            document = db.document(article.id)
        if report.problems:
            raise HTTPException(422, str(report.problems[0]))
        if report.unchanged:
            from gundem.core import content_hash

            with store() as db:
                existing = db.doc_with_content(content_hash(parsed))
            return JSONResponse({"doc": existing, "status": "unchanged", "detail": f"this content is already stored as {existing!r}"},
                                status_code=200)
        return {"doc": article.id, "status": "added", "lang": document["lang"], "stages_run": document["stages_run"],
                "mentions": len(document.get("mentions", [])), "events": len(document.get("events", []))}

    # -- entities, events, stories, quotes ----------------------------------------------------

    @app.get("/api/entities")
    def list_entities(q: str | None = Query(None, max_length=MAX_QUERY), type: str | None = Query(None, pattern="^(PER|ORG|LOC|GROUP)$"),
                      limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**7)):
        with store() as db:
            total, items = db.search_entities(q, type, limit, offset)
        return _page(total, items, limit, offset)

    @app.get("/api/entities/{entity_id}")
    def get_entity(entity_id: str):
        with store() as db:
            profile = db.entity_profile(entity_id)
            entities = db.entities_of(profile["events"]) if profile else {}
        if profile is None:
            raise HTTPException(404, f"no entity {entity_id!r}")
        profile["events"] = timeline_json(profile["events"], entities)
        return profile

    @app.get("/api/events")
    def list_events(type: str | None = Query(None, pattern="^[A-Z]{3,12}$"),
                    status: str | None = Query(None, pattern="^(occurred|planned|expected|conditional|negated|reported)$"),
                    date_from: str | None = Query(None, pattern=DATE), date_to: str | None = Query(None, pattern=DATE),
                    participant: str | None = Query(None, max_length=300), country: str | None = Query(None, pattern="^[A-Z]{3}$"),
                    story: str | None = Query(None, max_length=300), place: str | None = Query(None, max_length=300),
                    limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**7)):
        with store() as db:
            total, items = db.search_events(type, status, date_from, date_to, participant, country, story, place, limit, offset)
            entities = db.entities_of(items)
        return _page(total, timeline_json(items, entities), limit, offset)

    @app.get("/api/stories")
    def list_stories(limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**7)):
        with store() as db:
            stories = db.story_rows()
        return _page(len(stories), stories[offset:offset + limit], limit, offset)

    @app.get("/api/stories/{story_id}")
    def get_story(story_id: str):
        with store() as db:
            story = db.story(story_id)
            if story is None:
                raise HTTPException(404, f"no story {story_id!r}")
            merged = db.merged_events(story=story_id)
            entities = db.entities_of(merged)
            events = timeline_json(merged, entities)
            texts = {doc: _readable_text(db.article(doc)) for doc in story["docs"]}
            spans = {doc: sentences(text) for doc, text in texts.items()}
            titles = {row["doc"]: row["title"] for row in db.search_articles(story=story_id, limit=MAX_PAGE)[1]}
        for event in events:
            event["sources"] = _sources(event["evidence"], texts, spans)
        return {**story, "titles": titles, "timeline": events, "entities": {i: entities[i] for e in events
                                                                             for ids in e["participants"].values() for i in ids if i in entities}}

    @app.get("/api/quotes")
    def list_quotes(speaker: str | None = Query(None, max_length=300), story: str | None = Query(None, max_length=300),
                    q: str | None = Query(None, max_length=MAX_QUERY),
                    limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10**7)):
        with store() as db:
            total, items = db.search_quotes(speaker, story, q, limit, offset)
        return _page(total, items, limit, offset)

    @app.get("/api/search")
    def search(q: str = Query(..., min_length=1, max_length=MAX_QUERY), limit: int = Query(10, ge=1, le=MAX_PAGE)):
        with store() as db:
            return {
                "articles": db.search_articles(q=q, limit=limit)[1],
                "entities": db.search_entities(q=q, limit=limit)[1],
                "quotes": db.search_quotes(q=q, limit=limit)[1],
            }

    # -- pages ------------------------------------------------------------------------------

    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")

    def page(item: str = ""):
        return FileResponse(WEB / "pages" / "app.html")  # one shell; the script reads the path

    app.add_api_route("/", page, include_in_schema=False)
    for name in ("story", "entity", "article"):
        app.add_api_route(f"/{name}/{{item:path}}", page, include_in_schema=False)

    return app


def _page(total: int, items: list, limit: int, offset: int) -> dict:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _date(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"not a calendar date: {value!r}") from None


def _readable_text(found: dict | None) -> str:
    """The article text with its metadata and page chrome blanked (same length, offsets kept)."""
    if not found:
        return ""
    chars = list(found["text"])
    for region in found["document"].get("masked", []):
        for index in range(region["start"], min(region["end"], len(chars))):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


def _sources(evidence: list[dict], texts: dict[str, str], spans: dict[str, list]) -> list[dict]:
    """Evidence grouped by the sentence that holds it: each sentence once, its event words marked."""
    grouped: dict[tuple[str, int], dict] = {}
    for item in evidence:
        text = texts.get(item["doc"], "")
        sentence = sentence_at(spans.get(item["doc"], []), item["start"])
        start, end = (sentence.start, sentence.end) if sentence else (item["start"], item["end"])
        entry = grouped.setdefault((item["doc"], start), {"doc": item["doc"], "start": start, "sentence": text[start:end], "marks": []})
        mark = [item["start"] - start, min(item["end"], end) - start]
        if mark not in entry["marks"]:
            entry["marks"].append(mark)
    for entry in grouped.values():
        entry["marks"].sort()
    return sorted(grouped.values(), key=lambda e: (e["doc"], e["start"]))
