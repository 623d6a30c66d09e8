"""GraphML for Gephi, yEd and Cytoscape: scalar attributes only, a unique id per edge."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx

from medcollab_kg.errors import KgError
from medcollab_kg.graph import current_umask


def scalar(value: Any) -> str | int | float | bool | None:
    """GraphML holds typed scalars only: lists are joined with "; ", dicts and None are dropped."""
    if value is None or isinstance(value, dict):
        return None
    if isinstance(value, (list, tuple)):
        parts = [v["sentence"] if isinstance(v, dict) and "sentence" in v else v for v in value]
        return "; ".join(str(p) for p in parts if p is not None)
    return value


def to_scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {k: scalar(v) for k, v in data.items()}
        attrs["label"] = data.get("name") or node
        out.add_node(node, **{k: v for k, v in attrs.items() if v is not None})
    for n, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        attrs = {k: scalar(val) for k, val in data.items()}
        attrs["label"] = data.get("relation", "")
        attrs["weight"] = float(data.get("support", 1) or 1)
        if "evidence" in data:
            attrs["evidence"] = scalar(data["evidence"])
        # networkx would reuse the key as the edge id; Gephi merges edges that share an id
        out.add_edge(u, v, key=f"e{n}", **{k: val for k, val in attrs.items() if val is not None})
    return out


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write atomically and read the file back before it replaces an existing one."""
    scalar_graph = to_scalar_graph(graph)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, 0o666 & ~current_umask())
    try:
        nx.write_graphml(scalar_graph, tmp, edge_id_from_attribute=None, named_key_ids=True)
        back = nx.read_graphml(tmp, force_multigraph=True)
        if back.number_of_nodes() != graph.number_of_nodes() or back.number_of_edges() != graph.number_of_edges():
            raise KgError(f"GraphML check failed for '{path}': counts differ after reading it back.")
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def read_graphml(path: Path) -> nx.MultiDiGraph:
    return nx.read_graphml(path, force_multigraph=True)
