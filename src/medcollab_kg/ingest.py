"""Find and read articles; no NLP."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from medcollab_kg.errors import InputError
from medcollab_kg.models import Article, Skipped

TEXT_SUFFIXES = {".txt", ".md"}
SUFFIXES = TEXT_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000


def find_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every article file under `paths`, sorted so builds are reproducible."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"No such file or folder: '{raw}'. Check the path.")
        if path.is_file():
            found.append(path)
        else:
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUFFIXES)
    return found


def read_articles(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skipped]:
    """Yield an Article for each readable file and a Skipped, with the reason, for the rest."""
    files = find_files(paths)
    if not files:
        shown = ", ".join(f"'{p}'" for p in paths)
        raise InputError(f"No articles in {shown}: expected {', '.join(sorted(SUFFIXES))} files.")
    seen: dict[str, str] = {}
    for path in files:
        item = read_article(path, max_bytes=max_bytes)
        if isinstance(item, Article):
            if item.sha256 in seen:
                item = Skipped(str(path), f"duplicate of {seen[item.sha256]}")
            else:
                seen[item.sha256] = str(path)
        yield item


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | Skipped:
    if path.suffix.lower() not in SUFFIXES:
        return Skipped(str(path), f"unsupported file type '{path.suffix or '(none)'}'")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(str(path), f"larger than --max-bytes ({size} > {max_bytes} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), f"unreadable: {exc.strerror or exc}")
    if b"\x00" in data[:4096]:
        return Skipped(str(path), "binary file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Skipped(str(path), "not UTF-8 text")
    return make_article(path.name, str(path), text)


def make_article(name: str, path: str, text: str, **meta: str | None) -> Article | Skipped:
    text = text.replace("\r\n", "\n").strip()
    if not text:
        return Skipped(path, "empty")
    return Article(name=name, path=path, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), **meta)
