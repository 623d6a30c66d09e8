"""Exports: one module per format, each writer atomic and checked by reading its output back."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx

from medcollab_kg.errors import UsageError
from medcollab_kg.export.csv import read_csv, write_csv
from medcollab_kg.export.focus import focus_subgraph
from medcollab_kg.export.gexf import read_gexf, write_gexf
from medcollab_kg.export.graphml import read_graphml, write_graphml
from medcollab_kg.export.html import read_html, write_html
from medcollab_kg.export.json import read_json, write_json
from medcollab_kg.export.neo4j import read_neo4j, write_neo4j

Writer = Callable[[nx.MultiDiGraph, Path], Path]
Reader = Callable[[Path], nx.MultiDiGraph]

# format → (writer, reader); csv and neo4j write a folder, the others one file.
FORMATS: dict[str, tuple[Writer, Reader]] = {
    "graphml": (write_graphml, read_graphml),
    "gexf": (write_gexf, read_gexf),
    "json": (write_json, read_json),
    "csv": (write_csv, read_csv),
    "neo4j": (write_neo4j, read_neo4j),
    "html": (write_html, read_html),
}
WRITERS = {name: writer for name, (writer, _) in FORMATS.items()}
FOLDER_FORMATS = ("csv", "neo4j")


def export_graph(graph: nx.MultiDiGraph, fmt: str, output: str | Path, *, focus: str | None = None,
                 depth: int = 2) -> Path:
    """Write `graph` (or the part within `depth` hops of `focus`) in format `fmt` to `output`."""
    if fmt not in FORMATS:
        *others, last = FORMATS
        raise UsageError(f"Unknown format '{fmt}'. Fix: use {', '.join(others)} or {last}.")
    if focus is not None:
        graph = focus_subgraph(graph, focus, depth=depth)
    return FORMATS[fmt][0](graph, Path(output))
