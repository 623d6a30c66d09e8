"""Node-link JSON: the graph as built, lists kept as lists, schema_version included."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from medcollab_kg.export.files import write_file_checked
from medcollab_kg.export.values import check_same_shape
from medcollab_kg.graph import graph_to_data, load_graph


def write_json(graph: nx.MultiDiGraph[str], path: Path) -> Path:
    """Write node-link JSON atomically; the file is loaded back before it replaces an existing one."""
    text = json.dumps(graph_to_data(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    def check(tmp: Path) -> None:
        check_same_shape(graph, load_graph(tmp), f"'{path}' (JSON)")

    return write_file_checked(Path(path), lambda tmp: tmp.write_text(text, encoding="utf-8"), check)


def read_json(path: Path) -> nx.MultiDiGraph[str]:
    return load_graph(path)
