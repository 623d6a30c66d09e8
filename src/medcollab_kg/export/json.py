"""Node-link JSON: the graph as built, lists kept as lists, schema_version included."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from medcollab_kg.graph import load_graph, save_graph


def write_json(graph: nx.MultiDiGraph, path: Path) -> Path:
    save_graph(graph, path)
    load_graph(path)  # read back: fails loudly if the file is not what we meant to write
    return path


def read_json(path: Path) -> nx.MultiDiGraph:
    return load_graph(path)
