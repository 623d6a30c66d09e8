"""One build at a time per graph: an advisory lock file beside it, taken with fcntl.flock.

The kernel releases the lock when the process ends, however it ends (kill -9 included), so a stale lock
never blocks a build; the file itself stays, empty, and is safe to delete when no build runs.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from medcollab_kg.errors import BusyError, GraphFileError

try:
    import fcntl
except ImportError:  # Windows: no flock; builds are not serialised there
    fcntl = None  # type: ignore[assignment]

# How long a build waits for another one on the same graph before it gives up.
LOCK_TIMEOUT = 600.0
POLL = 0.1


def lock_path(path: str | Path) -> Path:
    """`data/graphs/graph.json` → `data/graphs/.graph.json.lock` (hidden, so no corpus scan reads it)."""
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@contextmanager
def build_lock(path: str | Path, *, timeout: float | None = None,
               on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the lock of graph `path` for the block; wait up to `timeout` seconds (default LOCK_TIMEOUT) for
    another build to release it, telling `on_wait` once, then raise BusyError."""
    if fcntl is None:
        yield
        return
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    lock = lock_path(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise GraphFileError(f"Cannot write '{lock}': {exc.strerror or exc}. Fix: pass --graph a file path in "
                             "a folder you can write to.") from None
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise BusyError(f"Another kg build is writing '{path}' and did not finish within {timeout:g} "
                                    "seconds. Fix: wait for it to end, or build to another --graph.") from None
                if not told and on_wait is not None:
                    on_wait(f"Waiting for another kg build writing '{path}' to finish (up to {timeout:g} s)…")
                    told = True
                time.sleep(POLL)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
