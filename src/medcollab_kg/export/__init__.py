"""Exports: one module per format, each writer atomic and checked by reading its output back."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import cast

import networkx as nx

from medcollab_kg.errors import KgError, UsageError
from medcollab_kg.export.focus import focus_subgraph
from medcollab_kg.export.view import tool_view

Writer = Callable[["nx.MultiDiGraph[str]", Path], Path]  # quoted: networkx's classes take no [] at run time
Reader = Callable[[Path], "nx.MultiDiGraph[str]"]

# Each format is the module of that name here, with write_<format> and read_<format>; csv and neo4j write a
# folder, the others one file. Modules load on use, so `kg` starts without every writer's imports.
FORMATS = ("graphml", "gexf", "json", "csv", "neo4j", "html")
FOLDER_FORMATS = ("csv", "neo4j")


def writer(fmt: str) -> Writer:
    return cast(Writer, getattr(importlib.import_module(f"{__name__}.{fmt}"), f"write_{fmt}"))


def reader(fmt: str) -> Reader:
    return cast(Reader, getattr(importlib.import_module(f"{__name__}.{fmt}"), f"read_{fmt}"))


def export_graph(graph: nx.MultiDiGraph[str], fmt: str, output: str | Path, *, focus: str | None = None,
                 depth: int = 2, with_articles: bool = False) -> Path:
    """Write `graph` (or the part within `depth` hops of `focus`) in format `fmt` to `output`.

    The file holds the entities and their facts, each fact with its weight, date, names and sources
    (see tool_view); articles and `mentioned_in` edges only `with_articles`.
    """
    if fmt not in FORMATS:
        *others, last = FORMATS
        raise UsageError(f"Unknown format '{fmt}'. Fix: use {', '.join(others)} or {last}.")
    if focus is not None:
        graph = focus_subgraph(graph, focus, depth=depth)
    try:
        return writer(fmt)(tool_view(graph, with_articles=with_articles), Path(output))
    except OSError as exc:  # a read-only folder, a full disk: the writers leave any older export as it was
        raise KgError(f"Cannot write '{output}': {exc.strerror or exc}. Fix: free disk space or give --output a "
                      "path in a folder you can write to; nothing was replaced.") from None
