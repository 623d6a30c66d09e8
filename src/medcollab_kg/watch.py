"""`kg build --watch`: rebuild whenever an article is added, changed or removed, with the model kept loaded.

A one-off `kg build` pays about a second to import spaCy and load the model before it can extract even one
changed article; a watching process pays it once, so a rebuild costs only the corpus scan, the changed
articles and writing the graph.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from medcollab_kg.ingest import SUFFIXES


def article_changes(paths: Iterable[Path], ignore: Iterable[Path] = ()) -> Iterator[list[str]]:
    """Blocks until an article file under `paths` is added, changed or removed; yields the paths that changed.

    Files kg writes itself (`ignore`: the graph, its temporary files) never trigger a rebuild. Stops with
    KeyboardInterrupt (Ctrl-C).
    """
    from watchfiles import watch

    ignored = {str(Path(p).resolve()) for p in ignore}

    def is_article(_change: object, path: str) -> bool:
        return Path(path).suffix.lower() in SUFFIXES and str(Path(path).resolve()) not in ignored

    for changes in watch(*paths, watch_filter=is_article):
        yield sorted({path for _, path in changes})
