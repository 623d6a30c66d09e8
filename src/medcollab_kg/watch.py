"""`kg build --watch`: rebuild whenever an article is added, changed or removed, with the model kept loaded.

A one-off `kg build` pays about a second to import spaCy and load the model before it can extract even one
changed article; a watching process pays it once, so a rebuild costs only the corpus scan, the changed
articles and writing the graph.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from medcollab_kg.build import BuildHooks, BuildOptions, BuildResult, build
from medcollab_kg.errors import UsageError
from medcollab_kg.ingest import SUFFIXES
from medcollab_kg.memory import settle_memory
from medcollab_kg.models import ArticleFacts
from medcollab_kg.store import store_path


class Watch:
    """Builds of one corpus in one long-running process: `build()` once, `ready()`, then a `build()` for each
    batch of `changes()`. Every article's facts stay in memory between builds."""

    def __init__(self, options: BuildOptions) -> None:
        if any(str(p) == "-" for p in options.paths):
            raise UsageError("--watch watches files and folders; it cannot watch stdin ('-').")
        self.options = options
        self.memo: dict[str, ArticleFacts] = {}

    def build(self, hooks: BuildHooks | None = None, *, fresh: bool = False) -> BuildResult:
        """A build with the facts in memory; `fresh` extracts every article again (the first build of
        kg build --watch --no-cache); rebuilds then extract only what changed."""
        return build(self.options.fresh() if fresh else self.options, hooks, memo=self.memo)

    def ready(self) -> None:
        """Load the model now, so that the first rebuild is as quick as the rest, and set what stays aside."""
        if self.options.scheduler is None:  # on a cluster the workers hold it
            from medcollab_kg.parallel import cached_nlp

            cached_nlp(self.options.model)
        settle_memory()

    def changes(self) -> Iterator[list[str]]:
        """Blocks until article files under the paths change, and yields them, for the caller to build; after
        each build the garbage it left is collected. Stops with KeyboardInterrupt (Ctrl-C)."""
        graph, cache = self.options.graph_path, self.options.cache_path
        if cache is None and graph is not None:
            cache = store_path(graph)
        ignore = [Path(p) for p in (graph, cache) if p is not None]
        for changed in article_changes([Path(p) for p in self.options.paths], ignore=ignore):
            yield changed
            settle_memory()


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
