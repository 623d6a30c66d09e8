"""Runners that turn a stream of articles into facts: in this process, a local process pool, or a Dask cluster.

Each yields `Extracted` as articles finish (not necessarily in order). Articles are
read lazily and only a few batches are in flight, so memory does not grow with
the corpus. Workers load the model once per process and send back plain facts (dataclasses).
"""
from __future__ import annotations

import itertools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import TYPE_CHECKING

from medcollab_kg.errors import KgError
from medcollab_kg.models import Article, ArticleFacts

if TYPE_CHECKING:  # imported where they are used, so that a cached rebuild never pays for spaCy
    from distributed import Client
    from spacy.language import Language

BATCH = 8  # articles per task: enough to amortise pickling, small enough to balance the last tasks
IN_FLIGHT = 2  # batches queued per worker, so a worker never waits for the next one
# nlp.pipe's own batch in one process: the model's default (256, 1000) would hold that many Docs at once.
PIPE_BATCH = 32
DASK_HINT = "pip install 'medcollab-kg[dask]'"


@dataclass(frozen=True, slots=True)
class Extracted:
    name: str
    key: str
    facts: ArticleFacts | None
    path: str = ""
    error: str = ""  # why extraction failed on this article (then facts is None): it is skipped, the build goes on


@dataclass(frozen=True, slots=True)
class Batch:
    """What one task carries back: the worker's pipeline version, so mismatched installs are caught."""

    pipeline: str
    items: tuple[Extracted, ...]


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# ------------------------------------------------------------------ the work itself

_NLP: dict[str | None, Language] = {}  # one pipeline per model per process: loaded on first use, then reused
# A Dask worker may run tasks in several threads: load once, and never run one pipeline in two threads at once.
_LOCK = threading.RLock()


def is_loaded(model: str | None) -> bool:
    """Whether this process already holds the pipeline (kg build --watch keeps it between builds)."""
    return model in _NLP


def cached_nlp(model: str | None) -> Language:
    with _LOCK:
        if model not in _NLP:
            from medcollab_kg.nlp import build_nlp

            _NLP[model] = build_nlp(model)
        return _NLP[model]


def extract_batch(articles: list[tuple[str, Article]], model: str | None) -> Batch:
    """(key, article) pairs → their facts, with the pipeline version that made them."""
    from medcollab_kg.nlp import pipeline_version

    with _LOCK:
        nlp = cached_nlp(model)
        items = tuple(extract_each(nlp, articles))
    return Batch(pipeline_version(nlp), items)


def extract_each(nlp: Language, articles: list[tuple[str, Article]]) -> list[Extracted]:
    """Facts of each (key, article), the batch through nlp.pipe. Should text nobody foresaw trip the pipeline or
    a rule, the batch is run again one article at a time, and only the article that fails is set aside, with
    the error as its reason."""
    from medcollab_kg.facts import extract_facts

    docs = nlp.pipe(((a.text, (k, a)) for k, a in articles), as_tuples=True, batch_size=PIPE_BATCH)
    try:  # each Doc is freed once its facts are read: the batch's Docs are never all held at once
        return [Extracted(a.name, k, extract_facts(doc, a), a.path) for doc, (k, a) in docs]
    except Exception:  # noqa: BLE001  (any error of one article must not end the build)
        return [extract_one(nlp, key, article) for key, article in articles]


def extract_one(nlp: Language, key: str, article: Article) -> Extracted:
    from medcollab_kg.facts import extract_facts

    try:
        return Extracted(article.name, key, extract_facts(nlp(article.text), article), article.path)
    except Exception as exc:  # noqa: BLE001
        return Extracted(article.name, key, None, article.path, f"extraction failed ({type(exc).__name__}: {exc})")


def batches(items: Iterable[tuple[str, Article]], size: int | None = None) -> Iterator[list[tuple[str, Article]]]:
    iterator, size = iter(items), size or BATCH
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# ------------------------------------------------------------------ runners


def extract_serial(items: Iterable[tuple[str, Article]], *, model: str | None) -> Iterator[Batch]:
    """This process, a bounded batch at a time; one result per article."""
    from medcollab_kg.nlp import pipeline_version

    nlp = cached_nlp(model)
    version = pipeline_version(nlp)
    iterator = iter(items)
    # a bounded batch at a time: nlp.pipe reads its whole input first, and memory must stay flat
    while chunk := list(itertools.islice(iterator, PIPE_BATCH)):
        for item in extract_each(nlp, chunk):
            yield Batch(version, (item,))


def _init_worker(model: str | None, parent: int | None = None) -> None:
    # Ctrl-C is the parent's to handle: it stops feeding and keeps finished facts; workers just end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a fork inherits the parent's handler; a worker just ends
    if parent is not None:
        die_with_parent(parent)
    cached_nlp(model)


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """End this worker when the `kg` process that started it ends, however it ends (kill -9 included): no worker
    (about 110 MB each) is left running. Linux: the kernel sends SIGKILL (prctl PR_SET_PDEATHSIG); elsewhere a
    watchdog thread checks the parent once a second."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        armed = sys.platform.startswith("linux") and libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError, TypeError):  # no C library to load, or no prctl in it
        armed = False
    if os.getppid() != parent:  # the parent ended before the signal was armed
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="kg-parent-watchdog").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def stop_pool(executor: ProcessPoolExecutor, *, now: bool = False) -> None:
    """Shut the pool down without waiting; `now` (an interrupted build) also ends batches still running, so the
    workers are gone when `kg` exits rather than when their batch would have finished."""
    executor.shutdown(wait=False, cancel_futures=True)
    if now:
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            try:
                process.terminate()
            except (OSError, ValueError):  # already gone
                pass


def new_pool(model: str | None, workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(model, os.getpid()))


def start_pool(model: str | None, workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers start loading the model now, while this process still reads the corpus."""
    executor = new_pool(model, workers)
    for _ in range(workers):
        executor.submit(int)  # a no-op per worker: pools may start their workers only as tasks arrive
    return executor


def extract_pool(items: Iterable[tuple[str, Article]], *, model: str | None, workers: int,
                 executor: ProcessPoolExecutor | None = None) -> Iterator[Batch]:
    """A local process pool (`executor`, if one was started already); each worker loads the model once, in its
    initializer."""
    executor = executor or new_pool(model, workers)
    try:
        yield from _bounded(lambda chunk: executor.submit(extract_batch, chunk, model), items, workers)
    except BaseException:  # Ctrl-C, SIGTERM, an error: stop the workers now
        stop_pool(executor, now=True)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def extract_dask(items: Iterable[tuple[str, Article]], *, model: str | None, scheduler: str) -> Iterator[Batch]:
    """A dask.distributed cluster: tasks run `extract_batch`, which keeps one pipeline per worker process."""
    try:
        from distributed import Client
    except ImportError:
        raise KgError(f"--scheduler needs dask.distributed, which is not installed. Fix: {DASK_HINT}") from None
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"Cannot reach the Dask scheduler at '{scheduler}' ({exc}). "
                      "Fix: start one (dask scheduler; dask worker ADDRESS) or check the address.") from None
    try:
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        yield from _bounded_dask(client, items, model, workers)
    finally:
        client.close()  # cancels what is still queued; the cluster itself stays up


def _bounded_dask(client: Client, items: Iterable[tuple[str, Article]], model: str | None, workers: int
                  ) -> Iterator[Batch]:
    """_bounded for Dask futures, which complete through the client's event loop."""
    from distributed import as_completed

    chunks = batches(items)
    # pure=False: the same batch sent twice (a rerun) must run, not hit Dask's result cache
    done = as_completed(loop=client.loop)
    for chunk in itertools.islice(chunks, workers * IN_FLIGHT):
        done.add(client.submit(extract_batch, chunk, model, pure=False))
    for future in done:
        more = next(chunks, None)
        if more is not None:
            done.add(client.submit(extract_batch, more, model, pure=False))
        yield future.result()


def _bounded(submit: Callable[[list[tuple[str, Article]]], Future[Batch]], items: Iterable[tuple[str, Article]],
             workers: int) -> Iterator[Batch]:
    """Submit batches as earlier ones finish, keeping IN_FLIGHT per worker; yield results as they come."""
    chunks = batches(items)
    running: set[Future[Batch]] = set()
    try:
        for chunk in itertools.islice(chunks, workers * IN_FLIGHT):
            running.add(submit(chunk))
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                more = next(chunks, None)
                if more is not None:
                    running.add(submit(more))
                yield future.result()
    finally:
        for future in running:
            future.cancel()
