"""The pipeline: articles → facts (cached, in parallel) → entities → graph file, with progress reporting."""
from __future__ import annotations

import csv
import hashlib
import io
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx

from medcollab_kg.assemble import assemble_graph
from medcollab_kg.errors import GraphFileError, InputError, KgError
from medcollab_kg.graph import (
    DEFAULT_GRAPH,
    SCHEMA_VERSION,
    check_writable,
    load_graph,
    save_graph,
)
from medcollab_kg.ingest import DEFAULT_MAX_BYTES, read_articles
from medcollab_kg.lock import build_lock
from medcollab_kg.memory import gc_paused
from medcollab_kg.models import Article, ArticleFacts, Skipped
from medcollab_kg.resolution import Merge, read_overrides, resolve_entities
from medcollab_kg.store import FactStore, article_key, store_path

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    path: Path | None
    articles: int
    skipped: list[Skipped] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)  # what resolution merged, kept apart or left unlinked, and why
    extracted: int = 0  # articles run through the NLP pipeline in this build
    cached: int = 0  # articles whose facts came from the cache
    pipeline: str = ""  # pipeline_version the facts belong to
    warnings: list[str] = field(default_factory=list)  # "path: message", from Article.warnings

    def counts(self) -> dict[str, Counter]:
        nodes = Counter(d.get("type") for _, d in self.graph.nodes(data=True))
        edges = Counter(d.get("relation") for _, _, d in self.graph.edges(data=True))
        return {"nodes": nodes, "edges": edges}


@dataclass
class Collected:
    facts: list[ArticleFacts]
    keys: list[str]  # article_key of each fact, same order
    skipped: list[Skipped]
    extracted: int
    cached: int
    pipeline: str
    warnings: list[str] = field(default_factory=list)
    urls: dict[str, str] = field(default_factory=dict)  # document name → its source's link


@dataclass(frozen=True)
class Reading:
    """How to read the corpus; each pass opens it anew (stdin, read once, is replayed from memory)."""

    paths: list[str | Path]
    max_bytes: int = DEFAULT_MAX_BYTES
    text_fields: Sequence[str] = ()
    stdin: bytes | None = None

    def articles(self) -> Iterator[Article | Skipped]:
        stdin = io.BytesIO(self.stdin) if self.stdin is not None else None
        return read_articles(self.paths, max_bytes=self.max_bytes, text_fields=self.text_fields, stdin=stdin)


def build_graph(
    paths: Iterable[str | Path],
    *,
    graph_path: str | Path | None = DEFAULT_GRAPH,
    model: str | None = None,
    aliases: str | Path | None = None,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    workers: int | None = None,
    cache: bool = True,
    scheduler: str | None = None,
    cache_path: str | Path | None = None,
    reuse: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    text_fields: Sequence[str] = (),
    memo: dict[str, ArticleFacts] | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> BuildResult:
    """Read every article under `paths`, extract, resolve, and write the graph (unless graph_path is None).

    Facts are cached in `cache_path` (default: beside the graph, `<graph>.facts.sqlite`); only new or changed
    articles are extracted, unless `cache` is False. `workers` processes extract in parallel (default: all
    cores); `scheduler` sends extraction to a dask.distributed cluster instead. When nothing that shapes the
    graph changed since it was written (and `reuse`), the graph file is read back instead of rebuilt.
    `memo`, kept by the caller between builds (kg build --watch), holds every article's facts in memory, so a
    rebuild does not read them back from the cache.
    A second build of the same graph waits for the first (telling `on_wait`), up to lock.LOCK_TIMEOUT seconds.
    """
    paths = list(paths)
    overrides = read_aliases(aliases)
    if graph_path is not None:
        check_writable(graph_path)
    if cache_path is None and graph_path is not None:
        cache_path = store_path(graph_path)
    stdin = sys.stdin.buffer.read() if any(str(p) == "-" for p in paths) else None
    reading = Reading(paths, max_bytes, tuple(text_fields), stdin)
    target = graph_path if graph_path is not None else cache_path
    with build_lock(target, on_wait=on_wait) if target is not None else nullcontext():
        return build_locked(reading, overrides, graph_path=graph_path, model=model, cache_path=cache_path,
                            use_cache=cache, workers=workers, scheduler=scheduler, progress=progress,
                            on_total=on_total, memo=memo, reuse=reuse)


def read_aliases(aliases: str | Path | None) -> list:
    """The aliases file's rows; a folder, a binary file or a damaged CSV is a one-line error naming the file."""
    if aliases is not None and Path(aliases).is_dir():
        raise InputError(f"--aliases '{aliases}' is a folder. Fix: name a CSV file with the columns "
                         "kind,name,alias,action.")
    try:
        return read_overrides(aliases)
    except UnicodeDecodeError:
        raise InputError(f"--aliases '{aliases}' is not UTF-8 text. Fix: save it as a CSV in UTF-8 with the columns "
                         "kind,name,alias,action.") from None
    except csv.Error as exc:
        raise InputError(f"--aliases '{aliases}' is not a readable CSV ({exc}). Fix: save it as a CSV in UTF-8 with "
                         "the columns kind,name,alias,action.") from None
    except OSError as exc:
        raise InputError(f"Cannot read --aliases '{aliases}': {exc.strerror or exc}.") from None


def build_locked(reading: Reading, overrides: list, *, graph_path: str | Path | None, model: str | None,
                 cache_path: str | Path | None, use_cache: bool, workers: int | None, scheduler: str | None,
                 progress: Progress | None, on_total: Callable[[int], None] | None,
                 memo: dict[str, ArticleFacts] | None, reuse: bool) -> BuildResult:
    """build_graph's work, while this build holds the graph's lock."""
    cache = use_cache
    collected = collect_facts(reading, model=model, cache_path=cache_path, use_cache=cache, workers=workers,
                              scheduler=scheduler, progress=progress, on_total=on_total, memo=memo)
    facts = collected.facts
    inputs = inputs_fingerprint(collected, overrides)
    if reuse and graph_path is not None and collected.extracted == 0:
        graph = unchanged_graph(graph_path, inputs)
        if graph is not None:
            return BuildResult(graph, Path(graph_path), len(facts), collected.skipped, [],
                               0, collected.cached, collected.pipeline, collected.warnings)
    meta = {"articles": len(facts), "skipped": [{"path": s.path, "reason": s.reason} for s in collected.skipped],
            "pipeline": collected.pipeline, "inputs": inputs}
    with gc_paused():
        resolution = resolve_entities(facts, overrides)
        graph = assemble_graph(facts, resolution, meta=meta, urls=collected.urls)
        path = save_graph(graph, graph_path) if graph_path is not None else None
    return BuildResult(graph, path, len(facts), collected.skipped, resolution.merges,
                       collected.extracted, collected.cached, collected.pipeline, collected.warnings)


def collect_facts(
    reading: Reading,
    *,
    model: str | None = None,
    cache_path: str | Path | None = None,
    use_cache: bool = True,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    memo: dict[str, ArticleFacts] | None = None,
) -> Collected:
    """Every article's facts, in corpus order: from the cache when it has them, else extracted and cached.

    The first pass hashes each article and looks it up, keeping the articles to extract while their text
    stays under KEEP_CHARS (a rebuild after a few changes reads the corpus once). Past that, a second pass
    streams them to the runner instead, so memory stays flat on a cold build of any size while the progress
    bar still knows how much work there is.
    """
    from medcollab_kg.nlp.pipeline import model_version
    from medcollab_kg.parallel import (
        BATCH,
        cached_nlp,
        cpu_count,
        is_loaded,
        start_pool,
        stop_pool,
    )

    version = model_version(model)
    if version is None:  # not found by name: load it here, which also raises the clear error
        from medcollab_kg.nlp import pipeline_version

        version = pipeline_version(cached_nlp(model))
    store = FactStore(cache_path, version) if cache_path is not None else None
    workers = workers or cpu_count()
    pool, pool_size = None, 0
    try:
        # Workers start before the articles to extract are all known, so that they load the model (about a second)
        # while the corpus is read: a cold build (nothing cached for this pipeline) extracts every article, so
        # all of them start at once; a rebuild usually has a few, so one starts at the first. Not for one worker,
        # a cluster, or a model this process holds (kg build --watch).
        early = workers > 1 and scheduler is None and not is_loaded(model)
        cold = store is None or not use_cache or not store.has_facts()
        if early and cold:
            pool, pool_size = start_pool(model, workers), workers
        order: dict[str, int] = {}
        found: dict[str, ArticleFacts] = {}
        todo: set[str] = set()
        kept: list[tuple[str, Article]] | None = []  # the articles to extract, while they fit in KEEP_CHARS
        kept_chars = 0
        skipped: list[Skipped] = []
        warnings: list[str] = []
        urls: dict[str, str] = {}
        taken: dict[str, tuple[str, str]] = {}  # path → (key, name) of each article taken so far
        with gc_paused():
            for item in reading.articles():
                if isinstance(item, Skipped):
                    skipped.append(item)
                    if item.path in taken:  # a later copy of this article has more metadata: it replaces this one
                        key, name = taken.pop(item.path)
                        found.pop(key, None)
                        todo.discard(key)
                        urls.pop(name, None)
                        if kept is not None:
                            kept = [(k, a) for k, a in kept if k != key]
                    continue
                warnings += [f"{item.path}: {w}" for w in item.warnings]
                if item.url:
                    urls[item.name] = item.url
                key = article_key(item)
                taken[item.path] = (key, item.name)
                order.setdefault(key, len(order))
                known = memo.get(key) if memo is not None and use_cache else None
                if known is None and store is not None and use_cache:
                    known = cached_facts(store, key)
                if known is not None:
                    found[key] = replace(known, document=item.name, path=item.path)
                else:
                    todo.add(key)
                    if early and pool is None:
                        pool, pool_size = start_pool(model, 1), 1
                    if kept is not None:
                        kept.append((key, item))
                        kept_chars += len(item.text)
                        if kept_chars > KEEP_CHARS:
                            kept = None
        cached = len(found)
        if on_total:
            on_total(len(todo))
        if pool is not None and pool_size < workers and len(todo) > BATCH:  # more than a few: use all workers
            stop_pool(pool)
            pool = None
        if todo:
            stream = iter(kept) if kept is not None else to_extract(reading, todo)
            for batch in run_extraction(stream, len(todo), model=model, scheduler=scheduler,
                                        workers=pool_size if pool is not None else workers, pool=pool):
                if batch.pipeline != version:
                    raise KgError(f"A worker runs pipeline '{batch.pipeline}' but this machine expects "
                                  f"'{version}'. Fix: install the same spaCy model, spaCy and medcollab-kg "
                                  "versions on every worker.")
                for item in batch.items:
                    if item.error:  # not cached: the next build tries again, say with a fixed rule
                        skipped.append(Skipped(item.path, item.error))
                    else:
                        if store is not None:
                            store.put(item.key, item.facts)
                        found[item.key] = item.facts
                    if progress:
                        progress(item.name)
        if store is not None:
            store.prune(order)
            warnings += store.warnings
        keys = sorted(found, key=order.__getitem__)
        if memo is not None:
            memo.clear()
            memo.update(found)
        return Collected([found[k] for k in keys], keys, skipped, len(found) - cached, cached, version, warnings,
                         urls)
    except BaseException:
        if pool is not None:  # reading or extraction stopped early (Ctrl-C, SIGTERM, an error): end the workers
            stop_pool(pool, now=True)
            pool = None
        raise
    finally:
        if pool is not None:  # shut down already, unless reading or extraction stopped early
            stop_pool(pool)
        if store is not None:
            store.close()


def cached_facts(store: FactStore, key: str) -> ArticleFacts | None:
    """The facts the cache holds for `key`; a row that does not make ArticleFacts (a damaged cache) is a miss,
    extracted again and overwritten."""
    data = store.get(key)
    if data is None:
        return None
    try:
        return ArticleFacts.from_dict(data)
    except Exception:  # noqa: BLE001  (whatever the damage, the article is extracted again)
        return None


# Text of articles to extract that the first pass may hold, sparing a second read of the corpus.
KEEP_CHARS = 16_000_000  # about 6,000 press releases

# Code that turns facts into the graph: a change here must rebuild even an unchanged corpus.
GRAPH_CODE = ("build.py", "resolution.py", "assemble.py", "graph.py")


def inputs_fingerprint(collected: Collected, overrides: list) -> str:
    """Everything the graph is a function of: facts (by key and place), skips, aliases, pipeline, graph code."""
    digest = hashlib.sha256(f"schema{SCHEMA_VERSION}\0{collected.pipeline}\0{overrides!r}".encode())
    for key, fact in zip(collected.keys, collected.facts, strict=True):
        digest.update(f"\0{key}\0{fact.document}\0{fact.path}".encode())
    for s in collected.skipped:
        digest.update(f"\0skipped\0{s.path}\0{s.reason}".encode())
    for name, url in sorted(collected.urls.items()):  # a link is not in the facts' key, but it is in the graph
        digest.update(f"\0url\0{name}\0{url}".encode())
    root = Path(__file__).resolve().parent
    for name in GRAPH_CODE:
        digest.update((root / name).read_bytes())
    return digest.hexdigest()


def unchanged_graph(graph_path: str | Path, inputs: str) -> nx.MultiDiGraph | None:
    """The graph file, if it was built from exactly these inputs; else None (and it is rebuilt)."""
    try:
        graph = load_graph(graph_path)
    except GraphFileError:
        return None
    return graph if graph.graph.get("inputs") == inputs else None


def to_extract(reading: Reading, keys: set[str]) -> Iterator[tuple[str, Article]]:
    """The second pass: (key, article) for the articles whose key is in `keys`, read one at a time."""
    for item in reading.articles():
        if isinstance(item, Article) and (key := article_key(item)) in keys:
            yield key, item


def run_extraction(stream: Iterator[tuple[str, Article]], total: int, *, model: str | None, workers: int,
                   scheduler: str | None, pool=None):
    """Pick the runner: the cluster when asked, the pool if one was started or there is enough work for one,
    else this process."""
    from medcollab_kg import parallel

    if scheduler:
        return parallel.extract_dask(stream, model=model, scheduler=scheduler)
    if pool is not None:
        return parallel.extract_pool(stream, model=model, workers=workers, executor=pool)
    # Each pool worker loads the model (about a second); a handful of articles is faster done here.
    workers = min(workers, -(-total // parallel.BATCH))
    if workers > 1:
        return parallel.extract_pool(stream, model=model, workers=workers)
    return parallel.extract_serial(stream, model=model)
