"""Exports: one module per format, each writer atomic and checked by reading its file back."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from medcollab_kg.errors import KgError
from medcollab_kg.export.graphml import write_graphml
from medcollab_kg.export.json import write_json

WRITERS = {"graphml": write_graphml, "json": write_json}


def export_graph(graph: nx.MultiDiGraph, fmt: str, output: str | Path) -> Path:
    writer = WRITERS.get(fmt)
    if writer is None:
        raise KgError(f"Unknown format '{fmt}'. Fix: use one of {', '.join(sorted(WRITERS))}.")
    return writer(graph, Path(output))
