"""The per-article fact cache: SQLite beside the graph, keyed by article content and pipeline version."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import orjson

from medcollab_kg.errors import CacheError
from medcollab_kg.models import Article, ArticleFacts

T = TypeVar("T")
COLUMNS = ["key", "pipeline", "facts"]
# SQLite's result codes for a file that is not a sound database: it is set aside and the cache starts again.
# Any other failure (a full disk, a read-only folder, an I/O error) is an error: the cache is not lost to it.
DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
DAMAGED_MESSAGES = ("malformed", "not a database", "file is encrypted")

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


class Damaged(Exception):
    """Internal: the cache file is not a sound fact cache."""


def is_damaged(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", None)  # Python 3.11+
    if name is not None:
        return name in DAMAGED
    return any(m in str(exc) for m in DAMAGED_MESSAGES)


class FactStore:
    """Facts (as JSON) of one pipeline version; rows of other versions are ignored, then pruned.

    Only a cache: a damaged file (garbage pages, a table of another shape, a folder in its place) is set aside
    as `<name>.damaged` with a warning (in `warnings`) and the cache starts again, costing one full rebuild;
    a row that does not read back is extracted again. A cache that cannot be written raises CacheError.
    """

    def __init__(self, path: str | Path, pipeline: str):
        self.path, self.pipeline = Path(path), pipeline
        self.warnings: list[str] = []
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self.cannot_write(exc) from None
        self.db = self._open()
        self.pending = 0
        self.last_commit = time.monotonic()

    def cannot_write(self, exc: BaseException) -> CacheError:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return CacheError(f"Cannot write the fact cache '{self.path}': {why}. Fix: free disk space or make "
                          "the folder writable (the cache is beside --graph); the graph file was not changed.")

    def _open(self) -> sqlite3.Connection:
        try:
            if os.path.lexists(self.path) and not self.path.is_file():
                raise Damaged("not a file")
            return self._connect()
        except (sqlite3.DatabaseError, Damaged) as exc:
            if isinstance(exc, sqlite3.Error) and not is_damaged(exc):
                raise self.cannot_write(exc) from None
            self.set_aside(exc)
            try:
                return self._connect()
            except (sqlite3.Error, Damaged) as again:
                raise self.cannot_write(again) from None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash may lose the last commit, never corrupt
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                db.execute("DROP TABLE IF EXISTS facts")
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("CREATE TABLE IF NOT EXISTS facts (key TEXT NOT NULL, pipeline TEXT NOT NULL, "
                       "facts TEXT NOT NULL, PRIMARY KEY (key, pipeline)) WITHOUT ROWID")
            shape = [row[1] for row in db.execute("PRAGMA table_info(facts)")]
            if shape != COLUMNS:
                raise Damaged(f"a facts table with the columns {', '.join(shape)}")
            db.execute("BEGIN")
        except BaseException:
            db.close()
            raise
        return db

    def set_aside(self, why: BaseException) -> None:
        """Move the damaged cache (and its journal files) to `<name>.damaged`, replacing an older one."""
        aside = self.path.with_name(self.path.name + ".damaged")
        try:
            for suffix in ("", "-wal", "-shm"):
                source, target = Path(f"{self.path}{suffix}"), Path(f"{aside}{suffix}")
                if not os.path.lexists(source):
                    continue
                if target.is_dir() and not target.is_symlink():
                    shutil.rmtree(target)
                elif os.path.lexists(target):
                    target.unlink()
                os.replace(source, target)
        except OSError as exc:
            raise self.cannot_write(exc) from None
        self.warnings.append(f"{self.path}: damaged fact cache ({why}); set aside as {aside.name}, and every "
                             "article is extracted again")

    def _guarded(self, operation: Callable[[], T], fallback: Callable[[], T]) -> T:
        """Run `operation`; when the file turns out damaged, set it aside, start a new cache and run `fallback`."""
        try:
            return operation()
        except sqlite3.DatabaseError as exc:
            if not is_damaged(exc):
                raise self.cannot_write(exc) from None
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            self.set_aside(exc)
            self.db = self._open()
            self.pending = 0
            return fallback()

    def get(self, key: str) -> dict[str, Any] | None:
        """The facts cached for `key`, or None; a row that does not read back as JSON counts as none."""
        row = self._guarded(lambda: self.db.execute("SELECT facts FROM facts WHERE key = ? AND pipeline = ?",
                                                    (key, self.pipeline)).fetchone(), lambda: None)
        if not row:
            return None
        try:
            data = orjson.loads(row[0])
        except (orjson.JSONDecodeError, TypeError):
            return None
        return data if isinstance(data, dict) else None

    def put(self, key: str, facts: ArticleFacts | dict[str, Any]) -> None:
        # orjson writes a dataclass as the dict to_dict() gives, without building that dict
        row = (key, self.pipeline, orjson.dumps(facts).decode())

        def insert() -> None:
            self.db.execute("INSERT OR REPLACE INTO facts VALUES (?, ?, ?)", row)

        self._guarded(insert, insert)
        self.pending += 1
        if self.pending >= COMMIT_EVERY or time.monotonic() - self.last_commit > COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        def commit() -> None:
            self.db.execute("COMMIT")
            self.db.execute("BEGIN")

        self._guarded(commit, lambda: None)
        self.pending, self.last_commit = 0, time.monotonic()

    def has_facts(self) -> bool:
        """Whether any article's facts are cached for this pipeline: if not, a build extracts every article."""
        return self._guarded(lambda: self.db.execute("SELECT 1 FROM facts WHERE pipeline = ? LIMIT 1",
                                                     (self.pipeline,)).fetchone() is not None, lambda: False)

    def count(self) -> int:
        return int(self._guarded(lambda: self.db.execute("SELECT count(*) FROM facts WHERE pipeline = ?",
                                                         (self.pipeline,)).fetchone()[0], lambda: 0))

    def prune(self, keep: Iterable[str]) -> int:
        """Drop facts of other pipeline versions and of articles no longer in the corpus; returns rows dropped."""
        keep = list(keep)

        def prune() -> int:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY) WITHOUT ROWID")
            self.db.execute("DELETE FROM keep")
            self.db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in keep))
            dropped = self.db.execute("DELETE FROM facts WHERE pipeline != ? OR key NOT IN (SELECT key FROM keep)",
                                      (self.pipeline,)).rowcount
            self.db.execute("DELETE FROM keep")
            return dropped

        return self._guarded(prune, lambda: 0)

    def close(self) -> None:
        """Commits what is pending: an interrupted build keeps every finished article."""
        try:
            if self.db.in_transaction:
                self._guarded(lambda: self.db.execute("COMMIT"), lambda: None)
        finally:
            self.db.close()

    def __enter__(self) -> FactStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
