"""Python's cycle collector, kept out of the way where it costs time and frees nothing.

Builds and graph loading allocate many objects and free few; a watching process keeps the model and every
article's facts for hours; a command that ends holds a graph the OS frees faster than the collector would.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """For work that allocates many objects and frees few (reading a graph or the fact cache, resolution,
    assembly): the cycle collector's passes over them are pure cost, a quarter of the time or more."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settle_memory() -> None:
    """While waiting for the next change: free the last build's garbage, then set what stays (the model, every
    article's facts) aside from the cycle collector, which would otherwise walk it again during a rebuild
    (0.2 s or more on 1,000 articles, now and then)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def leave_to_the_os() -> None:
    """At exit: a graph is a web of cycles (networkx views point back at it), so Python's collector would walk
    and free it object by object, up to a second for a large one. Frozen objects are left to the OS."""
    gc.freeze()
