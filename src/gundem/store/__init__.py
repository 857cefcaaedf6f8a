"""SQLite store: articles with their annotation documents, entities, mentions, time expressions.

The schema is versioned by ``PRAGMA user_version``; :data:`MIGRATIONS` holds one script per
version and opening a store applies the missing ones in a transaction. Writes go in batches,
one transaction each, so an interrupted ingest leaves whole articles or none.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Self

from gundem.analysis.text import fold
from gundem.merge.entities import CanonicalEntity

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        doc TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        lang TEXT, dct TEXT, published TEXT, title TEXT, source TEXT, site_suffix TEXT,
        tags TEXT NOT NULL DEFAULT '[]', url TEXT, path TEXT,
        text TEXT NOT NULL,
        document TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT, kind TEXT, key TEXT,
        english_name TEXT, names TEXT NOT NULL, countries_seen TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE entity_names (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        name TEXT NOT NULL, folded TEXT NOT NULL,
        PRIMARY KEY (entity_id, name)
    );
    CREATE INDEX entity_names_folded ON entity_names(folded);
    CREATE TABLE mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id), text TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE timexes (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
        first_day TEXT, last_day TEXT
    );
    CREATE INDEX timexes_article ON timexes(article_id);
    """,
    """
    CREATE TABLE event_roots (
        key TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES articles(doc) ON DELETE CASCADE, root TEXT NOT NULL
    );
    CREATE INDEX event_roots_root ON event_roots(root);
    CREATE TABLE merged_events (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT, date TEXT, first_day TEXT, last_day TEXT,
        location TEXT, story TEXT, data TEXT NOT NULL
    );
    CREATE INDEX merged_events_story ON merged_events(story);
    CREATE INDEX merged_events_first_day ON merged_events(first_day);
    CREATE TABLE merged_event_entities (
        event_id TEXT NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE, entity_id TEXT NOT NULL, role TEXT NOT NULL
    );
    CREATE INDEX merged_event_entities_entity ON merged_event_entities(entity_id);
    CREATE TABLE story_members (doc TEXT PRIMARY KEY REFERENCES articles(doc) ON DELETE CASCADE, story TEXT NOT NULL);
    CREATE INDEX story_members_story ON story_members(story);
    CREATE TABLE stories (id TEXT PRIMARY KEY, label TEXT NOT NULL, data TEXT NOT NULL);
    """,
    """
    CREATE TABLE quotes (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT, cue TEXT
    );
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE merged_event_countries (
        event_id TEXT NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE, country TEXT NOT NULL
    );
    CREATE INDEX merged_event_countries_country ON merged_event_countries(country);
    INSERT INTO quotes (article_id, start, "end", text, speaker, cue)
        SELECT a.id, json_extract(q.value, '$.start'), json_extract(q.value, '$.end'), json_extract(q.value, '$.text'),
               json_extract(q.value, '$.speaker'), json_extract(q.value, '$.cue')
        FROM articles a, json_each(a.document, '$.quotes') q;
    INSERT INTO merged_event_countries (event_id, country)
        SELECT DISTINCT e.id, c.value FROM merged_events e, json_each(e.data, '$.countries') r, json_each(r.value) c;
    """,
)


SNIPPET_CHARACTERS = 240


def _snippet(text: str, document: dict, title: str | None) -> str:
    """The opening of the article's prose: metadata and page chrome left out, the title once."""
    chars = list(text)
    for region in document.get("masked", []):
        chars[region["start"]:region["end"]] = " " * (region["end"] - region["start"])
    prose = " ".join("".join(chars).split())
    if title:
        while prose.startswith(title):
            prose = prose[len(title):].lstrip(" -–")
    return prose[:SNIPPET_CHARACTERS]


def _where(conditions: list[tuple[str, object]]) -> tuple[str, list]:
    """" WHERE a AND b" from the conditions whose value is given; a tuple value fills several ?."""
    parts, args = [], []
    for sql, value in conditions:
        if value:
            parts.append(sql)
            args.extend(value if isinstance(value, tuple) else (value,))
    return (" WHERE " + " AND ".join(parts)) if parts else "", args


class Store:
    def __init__(self, path: str) -> None:
        self.path = path
        self.connection = sqlite3.connect(path)
        self.connection.row_factory = sqlite3.Row
        self.connection.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.connection.close()

    @property
    def schema_version(self) -> int:
        return self.connection.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise RuntimeError(f"{self.path} has schema version {current}, newer than this Gündem ({len(MIGRATIONS)})")
        for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.connection:
                self.connection.executescript(f"BEGIN; {script}; PRAGMA user_version = {version}; COMMIT;")

    # -- writing ----------------------------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        return self.doc_with_content(content_hash) is not None

    def path_of(self, doc: str) -> str | None:
        """The file an article stored under ``doc`` was read from."""
        row = self.connection.execute("SELECT path FROM articles WHERE doc = ?", (doc,)).fetchone()
        return row[0] if row else None

    def doc_with_content(self, content_hash: str) -> str | None:
        row = self.connection.execute("SELECT doc FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def write_batch(self, documents: Iterable[tuple[str, str, dict]], entities: Iterable[CanonicalEntity]) -> None:
        """(content_hash, text, annotation document) triples and the entities they refer to, atomically."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.connection:  # one transaction: all of the batch or none of it
            for entity in entities:
                self._upsert_entity(entity)
            for content_hash, text, document in documents:
                self._write_article(content_hash, text, document, now)

    def _upsert_entity(self, entity: CanonicalEntity) -> None:
        self.connection.execute(
            """INSERT INTO entities (id, type, name, country, role, kind, key, english_name, names, countries_seen)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET name = excluded.name, country = excluded.country, role = excluded.role,
                 kind = excluded.kind, names = excluded.names, countries_seen = excluded.countries_seen""",
            (entity.id, entity.type, entity.name, entity.country, entity.role, entity.kind, entity.key,
             entity.english_name, json.dumps(entity.names, ensure_ascii=False), json.dumps(entity.countries_seen)),
        )
        self.connection.executemany(
            "INSERT OR IGNORE INTO entity_names (entity_id, name, folded) VALUES (?, ?, ?)",
            [(entity.id, name, fold(name)) for name in entity.names],
        )

    def _write_article(self, content_hash: str, text: str, document: dict, now: str) -> None:
        # A new version of an article already stored under the same id replaces it.
        self.connection.execute("DELETE FROM articles WHERE doc = ?", (document["doc"],))
        cursor = self.connection.execute(
            """INSERT INTO articles (doc, content_hash, lang, dct, published, title, source, site_suffix, tags, url, path,
                                     text, document, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (document["doc"], content_hash, document["lang"], document["dct"], document["published"], document["title"],
             document["source"], document["site_suffix"], json.dumps(document["tags"], ensure_ascii=False),
             document.get("url"), document.get("path"), text, json.dumps(document, ensure_ascii=False), now),
        )
        article_id = cursor.lastrowid
        self.connection.executemany(
            'INSERT INTO mentions (article_id, start, "end", type, entity_id, text) VALUES (?, ?, ?, ?, ?, ?)',
            [(article_id, m["start"], m["end"], m["type"], m["entity"], m["text"]) for m in document.get("mentions", [])],
        )
        self.connection.executemany(
            'INSERT INTO quotes (article_id, start, "end", text, speaker, cue) VALUES (?, ?, ?, ?, ?, ?)',
            [(article_id, q["start"], q["end"], q["text"], q["speaker"], q.get("cue")) for q in document.get("quotes", [])],
        )
        self.connection.executemany(
            'INSERT INTO timexes (article_id, start, "end", type, value, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(article_id, t["start"], t["end"], t["type"], t["value"], *(t.get("interval") or (None, None)))
             for t in document.get("timexes", [])],
        )

    def write_chronicle(self, events: list[dict], stories: list[dict], roots: dict[str, str], members: dict[str, str],
                        dropped_events: set[str], dropped_stories: set[str]) -> None:
        """Merged events and stories the last ingest touched, in one transaction; ``dropped_*``
        were absorbed into others."""
        with self.connection:
            self.connection.executemany("DELETE FROM merged_events WHERE id = ?", [(id_,) for id_ in dropped_events])
            self.connection.executemany("DELETE FROM stories WHERE id = ?", [(id_,) for id_ in dropped_stories])
            for event in events:
                interval = event.get("interval") or (None, None)
                self.connection.execute(
                    """INSERT OR REPLACE INTO merged_events (id, type, status, date, first_day, last_day, location, story, data)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (event["id"], event["type"], event["status"], event["date"], interval[0], interval[1],
                     event.get("location"), event.get("story"), json.dumps(event, ensure_ascii=False)),
                )
                self.connection.execute("DELETE FROM merged_event_entities WHERE event_id = ?", (event["id"],))
                self.connection.execute("DELETE FROM merged_event_countries WHERE event_id = ?", (event["id"],))
                self.connection.executemany(
                    "INSERT INTO merged_event_countries (event_id, country) VALUES (?, ?)",
                    [(event["id"], c) for c in sorted({c for cs in event.get("countries", {}).values() for c in cs})],
                )
                self.connection.executemany(
                    "INSERT INTO merged_event_entities (event_id, entity_id, role) VALUES (?, ?, ?)",
                    [(event["id"], id_, role) for role, ids in event["participants"].items() for id_ in ids],
                )
            self.connection.executemany("INSERT OR REPLACE INTO event_roots (key, doc, root) VALUES (?, ?, ?)",
                                        [(key, key.rsplit(":e", 1)[0], root) for key, root in roots.items()])
            self.connection.executemany("INSERT OR REPLACE INTO story_members (doc, story) VALUES (?, ?)", list(members.items()))
            self.connection.executemany("INSERT OR REPLACE INTO stories (id, label, data) VALUES (?, ?, ?)",
                                        [(s["id"], s["label"], json.dumps(s, ensure_ascii=False)) for s in stories])

    def docs_dated_after(self, day: str) -> list[str]:
        """Articles whose date is later than ``day`` (an ISO date): few, when news comes in order."""
        return [row[0] for row in self.connection.execute("SELECT doc FROM articles WHERE dct > ?", (day,))]

    def chronicle_state(self) -> tuple[list[dict], dict[str, str], dict[str, str]]:
        """Stored documents in (date, doc) order, event roots, and story membership."""
        documents = [json.loads(row[0]) for row in self.connection.execute("SELECT document FROM articles ORDER BY dct, doc")]
        roots = dict(self.connection.execute("SELECT key, root FROM event_roots"))
        members = dict(self.connection.execute("SELECT doc, story FROM story_members"))
        return documents, roots, members

    def merged_events(self, story: str | None = None, entity: str | None = None) -> list[dict]:
        query, args = "SELECT data FROM merged_events", []
        if story:
            query += " WHERE story = ?"
            args.append(story)
        elif entity:
            query += " WHERE id IN (SELECT event_id FROM merged_event_entities WHERE entity_id = ?)"
            args.append(entity)
        rows = self.connection.execute(query + " ORDER BY first_day IS NULL, first_day, type, id", args)
        return [json.loads(row[0]) for row in rows]

    def story_rows(self) -> list[dict]:
        """Stories, the biggest first (the order of ``Chronicle.story_list``)."""
        stories = [json.loads(row[0]) for row in self.connection.execute("SELECT data FROM stories")]
        return sorted(stories, key=lambda story: (-len(story["docs"]), story["id"]))

    def entity_table(self, ids=None) -> dict[str, dict]:
        """Entities as annotation documents show them: all, or only those with the given ids."""
        return {entity.id: entity.as_dict() for entity in self.load_entities(ids)}

    def entities_of(self, events: list[dict]) -> dict[str, dict]:
        """The entities merged events name, as participants or as their place."""
        ids = {i for event in events for ids in event["participants"].values() for i in ids}
        return self.entity_table(ids | {event["location"] for event in events if event.get("location")})

    # -- queries for the HTTP API (every list is paged; every filter optional) ---------------

    def search_articles(self, q=None, date_from=None, date_to=None, source=None, lang=None, story=None,
                        limit=20, offset=0) -> tuple[int, list[dict]]:
        clause, args = _where([
            ("(a.text LIKE ? OR a.title LIKE ?)", (f"%{q}%", f"%{q}%") if q else None),
            ("a.source = ?", source), ("a.lang = ?", lang), ("a.dct >= ?", date_from), ("a.dct <= ?", date_to),
            ("a.doc IN (SELECT doc FROM story_members WHERE story = ?)", story),
        ])
        total = self.connection.execute(f"SELECT COUNT(*) FROM articles a{clause}", args).fetchone()[0]
        rows = self.connection.execute(
            f"""SELECT a.doc, a.lang, a.dct, a.published, a.title, a.source, a.url, m.story, a.text, a.document
                FROM articles a LEFT JOIN story_members m ON m.doc = a.doc{clause}
                ORDER BY a.dct DESC, a.doc LIMIT ? OFFSET ?""", args + [limit, offset]).fetchall()
        items = []
        for row in rows:
            item = {key: row[key] for key in ("doc", "lang", "dct", "published", "title", "source", "url", "story")}
            item["snippet"] = _snippet(row["text"], json.loads(row["document"]), row["title"])
            items.append(item)
        return total, items

    def article(self, doc: str) -> dict | None:
        row = self.connection.execute(
            "SELECT a.document, a.text, m.story FROM articles a LEFT JOIN story_members m ON m.doc = a.doc WHERE a.doc = ?",
            (doc,)).fetchone()
        if row is None:
            return None
        return {"document": json.loads(row["document"]), "text": row["text"], "story": row["story"]}

    def search_entities(self, q=None, kind=None, limit=20, offset=0) -> tuple[int, list[dict]]:
        from gundem.analysis.text import strip_suffix

        clause, args = _where([
            ("e.id IN (SELECT entity_id FROM entity_names WHERE folded LIKE ?)", f"%{fold(strip_suffix(q.strip()))}%" if q else None),
            ("e.type = ?", kind),
        ])
        total = self.connection.execute(f"SELECT COUNT(*) FROM entities e{clause}", args).fetchone()[0]
        rows = self.connection.execute(
            f"""SELECT e.id, e.type, e.name, e.country, e.role, e.kind, e.names,
                       (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions
                FROM entities e{clause} ORDER BY mentions DESC, e.id LIMIT ? OFFSET ?""", args + [limit, offset]).fetchall()
        return total, [dict(row, names=json.loads(row["names"])) for row in rows]

    def entity_profile(self, entity_id: str) -> dict | None:
        if self.connection.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is None:
            return None
        profile = self._profile(entity_id)
        profile["events"] = self.merged_events(entity=entity_id)
        profile["quotes"] = self.search_quotes(speaker=entity_id, limit=100)[1]
        profile["co_occurring"] = [dict(row) for row in self.connection.execute(
            """SELECT e.id, e.name, e.type, e.country, COUNT(DISTINCT m2.article_id) AS articles
               FROM mentions m1 JOIN mentions m2 ON m1.article_id = m2.article_id AND m2.entity_id != m1.entity_id
               JOIN entities e ON e.id = m2.entity_id
               WHERE m1.entity_id = ? GROUP BY e.id ORDER BY articles DESC, e.id LIMIT 20""", (entity_id,))]
        return profile

    def search_events(self, kind=None, status=None, date_from=None, date_to=None, participant=None, country=None,
                      story=None, place=None, limit=20, offset=0) -> tuple[int, list[dict]]:
        clause, args = _where([
            ("type = ?", kind), ("status = ?", status), ("story = ?", story), ("location = ?", place),
            ("last_day >= ?", date_from), ("first_day <= ?", date_to),
            ("id IN (SELECT event_id FROM merged_event_entities WHERE entity_id = ?)", participant),
            ("id IN (SELECT event_id FROM merged_event_countries WHERE country = ?)", country),
        ])
        total = self.connection.execute(f"SELECT COUNT(*) FROM merged_events{clause}", args).fetchone()[0]
        rows = self.connection.execute(f"SELECT data FROM merged_events{clause} ORDER BY first_day IS NULL, first_day, type, id LIMIT ? OFFSET ?",
                                       args + [limit, offset])
        return total, [json.loads(row[0]) for row in rows]

    def search_quotes(self, speaker=None, story=None, q=None, limit=20, offset=0) -> tuple[int, list[dict]]:
        clause, args = _where([
            ("q.speaker = ?", speaker), ("a.doc IN (SELECT doc FROM story_members WHERE story = ?)", story),
            ("q.text LIKE ?", f"%{q}%" if q else None),
        ])
        base = f"FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker{clause}"
        total = self.connection.execute(f"SELECT COUNT(*) {base}", args).fetchone()[0]
        rows = self.connection.execute(
            f"""SELECT a.doc, a.dct, q.start, q."end", q.text, q.speaker, e.name AS speaker_name, q.cue {base}
                ORDER BY a.dct DESC, a.doc, q.start LIMIT ? OFFSET ?""", args + [limit, offset]).fetchall()
        return total, [dict(row) for row in rows]

    def story(self, story_id: str) -> dict | None:
        row = self.connection.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    # -- reading ----------------------------------------------------------------------------

    def load_entities(self, ids=None) -> list[CanonicalEntity]:
        if ids is None:
            rows = self.connection.execute("SELECT * FROM entities ORDER BY id")
        else:
            rows = self.connection.execute(
                "SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", (json.dumps(sorted(ids)),))
        return [
            CanonicalEntity(
                row["type"], json.loads(row["names"]), id=row["id"], key=row["key"], country=row["country"],
                role=row["role"], kind=row["kind"], english_name=row["english_name"],
                countries_seen=json.loads(row["countries_seen"]),
            )
            for row in rows
        ]

    def articles(self, limit: int = 100, offset: int = 0) -> list[sqlite3.Row]:
        return self.connection.execute(
            "SELECT doc, lang, dct, published, title, source FROM articles ORDER BY dct, doc LIMIT ? OFFSET ?", (limit, offset)
        ).fetchall()

    def document(self, doc: str) -> dict | None:
        row = self.connection.execute("SELECT document FROM articles WHERE doc = ?", (doc,)).fetchone()
        return json.loads(row["document"]) if row else None

    def entity_rows(self, limit: int = 100) -> list[sqlite3.Row]:
        return self.connection.execute(
            """SELECT e.id, e.type, e.name, e.country, e.role, COUNT(m.entity_id) AS mentions
               FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
               GROUP BY e.id ORDER BY mentions DESC, e.id LIMIT ?""", (limit,)
        ).fetchall()

    def find_entity(self, name: str) -> list[dict]:
        """Entities with a name that folds like ``name`` (case, diacritics and suffix insensitive)."""
        from gundem.analysis.text import strip_suffix

        wanted = fold(strip_suffix(name.strip()))
        ids = [row[0] for row in self.connection.execute(
            "SELECT DISTINCT entity_id FROM entity_names WHERE folded = ? OR folded LIKE ? ORDER BY entity_id",
            (wanted, f"% {wanted}"),
        )]
        return [self._profile(entity_id) for entity_id in ids]

    def _profile(self, entity_id: str) -> dict:
        row = self.connection.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        mentions = self.connection.execute(
            """SELECT a.doc, m.start, m."end", m.text FROM mentions m JOIN articles a ON a.id = m.article_id
               WHERE m.entity_id = ? ORDER BY a.dct, a.doc, m.start""", (entity_id,)
        ).fetchall()
        return {
            "id": row["id"], "type": row["type"], "name": row["name"], "country": row["country"], "role": row["role"],
            "kind": row["kind"], "names": json.loads(row["names"]), "mention_count": len(mentions),
            "articles": sorted({m["doc"] for m in mentions}),
            "mentions": [dict(m) for m in mentions[:50]],
        }
