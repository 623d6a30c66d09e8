"""The library's build: articles → facts (cached, in parallel) → entities → graph file.

`build(BuildOptions(...))` plans (checks the graph can be written, reads the aliases), then, holding the graph's
lock, extracts, resolves, assembles and saves; `kg build` is this call under a progress bar.
"""
from __future__ import annotations

import csv
import hashlib
import io
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from medcollab_kg.resolution import Merge, Override, read_overrides, resolve_entities
from medcollab_kg.store import FactStore, article_key, store_path

if TYPE_CHECKING:  # parallel is imported when articles must be extracted
    from concurrent.futures import ProcessPoolExecutor

    from medcollab_kg.parallel import Batch

Progress = Callable[[str], None]

DEFAULT_CORPUS = Path("data/raw")
# Like the two defaults above, relative to the working folder; kg build says when it reads it.
DEFAULT_ALIASES = Path("data/aliases.csv")


def default_aliases() -> Path | None:
    """The aliases file a build reads when none is named: data/aliases.csv, if the working folder has one."""
    return DEFAULT_ALIASES if DEFAULT_ALIASES.exists() else None


@dataclass(frozen=True)
class BuildOptions:
    """What a build reads, how it extracts, and what it writes."""

    paths: Sequence[str | Path] = (DEFAULT_CORPUS,)  # article files or folders; "-" reads one article from stdin
    graph_path: str | Path | None = DEFAULT_GRAPH  # None: nothing written, no lock (and no cache, unless cache_path)
    model: str | None = None  # spaCy pipeline name or path; "blank" for rules only
    aliases: str | Path | None = None  # CSV of forced or forbidden merges
    workers: int | None = None  # processes extracting in parallel (default: all cores)
    scheduler: str | None = None  # a dask.distributed scheduler's address: extract on the cluster instead
    cache: bool = True  # take facts from the cache; False extracts every article again (and refreshes the cache)
    cache_path: str | Path | None = None  # default: beside the graph, <graph>.facts.sqlite
    reuse: bool = True  # when nothing that shapes the graph changed since it was written, read it back
    max_bytes: int = DEFAULT_MAX_BYTES  # skip files (JSONL: lines) larger than this
    text_fields: Sequence[str] = ()  # JSON fields holding the article text, tried before text, body, content

    def fresh(self) -> BuildOptions:
        """This build with every article extracted again and the graph rebuilt (kg build --no-cache)."""
        return replace(self, cache=False, reuse=False)


@dataclass(frozen=True)
class BuildHooks:
    """What a running build tells its caller."""

    progress: Progress | None = None  # an article was extracted (its name)
    on_total: Callable[[int], None] | None = None  # the number of articles to extract, once known
    on_wait: Callable[[str], None] | None = None  # another build holds the graph's lock: why this one waits


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph[str]
    path: Path | None
    articles: int
    skipped: list[Skipped] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)  # what resolution merged, kept apart or left unlinked, and why
    extracted: int = 0  # articles run through the NLP pipeline in this build
    cached: int = 0  # articles whose facts came from the cache
    pipeline: str = ""  # pipeline_version the facts belong to
    warnings: list[str] = field(default_factory=list)  # "path: message", from Article.warnings

    def counts(self) -> dict[str, Counter[Any]]:
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


@dataclass(frozen=True)
class Plan:
    """What a build found out before any work: the aliases read, the graph known to be writable, stdin read."""

    options: BuildOptions
    reading: Reading
    overrides: list[Override]
    cache_path: str | Path | None

    def locked(self, on_wait: Callable[[str], None] | None) -> AbstractContextManager[None]:
        """One build at a time per graph (or per cache, for a graph not written)."""
        target = self.options.graph_path if self.options.graph_path is not None else self.cache_path
        return build_lock(target, on_wait=on_wait) if target is not None else nullcontext()


def build(options: BuildOptions, hooks: BuildHooks | None = None, *,
          memo: dict[str, ArticleFacts] | None = None) -> BuildResult:
    """Read every article under `options.paths`, extract, resolve, and write the graph (unless graph_path is None).

    Facts are cached (default: beside the graph, `<graph>.facts.sqlite`); only new or changed articles are
    extracted, unless `options.cache` is False. When nothing that shapes the graph changed since it was written
    (and `options.reuse`), the graph file is read back instead of rebuilt. `memo`, kept by the caller between
    builds (watch.Watch), holds every article's facts in memory, so a rebuild does not read them back from the
    cache. A second build of the same graph waits for the first (telling `hooks.on_wait`), up to
    lock.LOCK_TIMEOUT seconds.
    """
    hooks = hooks or BuildHooks()
    plan = plan_build(options)
    with plan.locked(hooks.on_wait):
        collected = collect_facts(plan.reading, model=options.model, cache_path=plan.cache_path,
                                  use_cache=options.cache, workers=options.workers, scheduler=options.scheduler,
                                  progress=hooks.progress, on_total=hooks.on_total, memo=memo)
        facts = collected.facts
        inputs = inputs_fingerprint(collected, plan.overrides)
        if options.reuse and options.graph_path is not None and collected.extracted == 0:
            graph = unchanged_graph(options.graph_path, inputs)
            if graph is not None:
                return BuildResult(graph, Path(options.graph_path), len(facts), collected.skipped, [],
                                   0, collected.cached, collected.pipeline, collected.warnings)
        meta = {"articles": len(facts), "skipped": [{"path": s.path, "reason": s.reason} for s in collected.skipped],
                "pipeline": collected.pipeline, "inputs": inputs}
        with gc_paused():
            resolution = resolve_entities(facts, plan.overrides)
            graph = assemble_graph(facts, resolution, meta=meta, urls=collected.urls)
            path = save_graph(graph, options.graph_path) if options.graph_path is not None else None
    return BuildResult(graph, path, len(facts), collected.skipped, resolution.merges,
                       collected.extracted, collected.cached, collected.pipeline, collected.warnings)


def plan_build(options: BuildOptions) -> Plan:
    """Everything that can fail before any work, failing in this order: the aliases file, the graph path."""
    paths = list(options.paths)
    overrides = read_aliases(options.aliases)
    if options.graph_path is not None:
        check_writable(options.graph_path)
    cache_path = options.cache_path
    if cache_path is None and options.graph_path is not None:
        cache_path = store_path(options.graph_path)
    stdin = sys.stdin.buffer.read() if any(str(p) == "-" for p in paths) else None
    return Plan(options, Reading(paths, options.max_bytes, tuple(options.text_fields), stdin), overrides, cache_path)


def build_graph(paths: Iterable[str | Path], *, progress: Progress | None = None,
                on_total: Callable[[int], None] | None = None, on_wait: Callable[[str], None] | None = None,
                memo: dict[str, ArticleFacts] | None = None, **options: Any) -> BuildResult:
    """build() in one call, BuildOptions' fields and BuildHooks' as keywords: build_graph([folder], model="blank")."""
    return build(BuildOptions(tuple(paths), **options), BuildHooks(progress, on_total, on_wait), memo=memo)


def read_aliases(aliases: str | Path | None) -> list[Override]:
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
                for done in batch.items:
                    if done.error or done.facts is None:  # not cached: the next build tries again, say with a fixed rule
                        skipped.append(Skipped(done.path, done.error))
                    else:
                        if store is not None:
                            store.put(done.key, done.facts)
                        found[done.key] = done.facts
                    if progress:
                        progress(done.name)
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


def inputs_fingerprint(collected: Collected, overrides: list[Override]) -> str:
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


def unchanged_graph(graph_path: str | Path, inputs: str) -> nx.MultiDiGraph[str] | None:
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
                   scheduler: str | None, pool: ProcessPoolExecutor | None = None) -> Iterator[Batch]:
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
