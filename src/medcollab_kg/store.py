"""The per-article fact cache: SQLite beside the graph, keyed by article content and pipeline version."""
from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from medcollab_kg.models import Article, ArticleFacts

SCHEMA_VERSION = 1
# Commit at least this often, so an interrupted build keeps what it finished without paying a disk sync per article.
COMMIT_EVERY = 32
COMMIT_SECONDS = 1.0


def store_path(graph_path: str | Path) -> Path:
    """`data/graphs/graph.json` → `data/graphs/graph.facts.sqlite`."""
    return Path(graph_path).with_suffix(".facts.sqlite")


def article_key(article: Article) -> str:
    """What extraction reads from an article besides its text: title and date from metadata."""
    return hashlib.sha256("\0".join((article.sha256, article.title or "", article.date or "")).encode()).hexdigest()


class FactStore:
    """Facts (as JSON) of one pipeline version; rows of other versions are ignored, then pruned."""

    def __init__(self, path: str | Path, pipeline: str):
        self.path, self.pipeline = Path(path), pipeline
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = self._open()
        self.pending = 0
        self.last_commit = time.monotonic()

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError:
            # Only a cache: a damaged or foreign file costs one full rebuild, never an error.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash may lose the last commit, never corrupt
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            db.execute("DROP TABLE IF EXISTS facts")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute("CREATE TABLE IF NOT EXISTS facts (key TEXT NOT NULL, pipeline TEXT NOT NULL, "
                   "facts TEXT NOT NULL, PRIMARY KEY (key, pipeline)) WITHOUT ROWID")
        db.execute("BEGIN")
        return db

    def get(self, key: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT facts FROM facts WHERE key = ? AND pipeline = ?", (key, self.pipeline)).fetchone()
        return orjson.loads(row[0]) if row else None

    def put(self, key: str, facts: ArticleFacts | dict[str, Any]) -> None:
        # orjson writes a dataclass as the dict to_dict() gives, without building that dict
        self.db.execute("INSERT OR REPLACE INTO facts VALUES (?, ?, ?)",
                        (key, self.pipeline, orjson.dumps(facts).decode()))
        self.pending += 1
        if self.pending >= COMMIT_EVERY or time.monotonic() - self.last_commit > COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")
        self.pending, self.last_commit = 0, time.monotonic()

    def has_facts(self) -> bool:
        """Whether any article's facts are cached for this pipeline: if not, a build extracts every article."""
        return self.db.execute("SELECT 1 FROM facts WHERE pipeline = ? LIMIT 1", (self.pipeline,)).fetchone() is not None

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM facts WHERE pipeline = ?", (self.pipeline,)).fetchone()[0]

    def prune(self, keep: Iterable[str]) -> int:
        """Drop facts of other pipeline versions and of articles no longer in the corpus; returns rows dropped."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("DELETE FROM keep")
        self.db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in keep))
        dropped = self.db.execute("DELETE FROM facts WHERE pipeline != ? OR key NOT IN (SELECT key FROM keep)",
                                  (self.pipeline,)).rowcount
        self.db.execute("DELETE FROM keep")
        return dropped

    def close(self) -> None:
        """Commits what is pending: an interrupted build keeps every finished article."""
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self.db.close()

    def __enter__(self) -> FactStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
