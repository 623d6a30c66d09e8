"""GraphML for Gephi, yEd and Cytoscape: typed scalars only, label and weight where those tools look, unique edge ids."""
from __future__ import annotations

from pathlib import Path
from typing import cast

import networkx as nx

from medcollab_kg.export.files import write_file_checked
from medcollab_kg.export.values import (
    check_same_shape,
    edge_weight,
    split_list,
    start_dates,
    typed_graph,
    xml_attrs,
    xml_text,
)


def to_scalar_graph(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """The graph with attributes GraphML can type: lists joined, evidence as its sentences, None dropped;
    `start` (a full ISO day) on every dated node and edge, beside `date` as written ("2024-03")."""
    node_starts, edge_starts = start_dates(graph)
    nodes = []
    for node, data in graph.nodes(data=True):
        attrs = xml_attrs(data)
        attrs["label"] = xml_text(str(data.get("name") or node))
        if node in node_starts:
            attrs["start"] = node_starts[node]
        nodes.append((node, attrs))
    edges = []
    for n, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        attrs = xml_attrs(data)
        attrs.update(label=str(data.get("relation", "")), weight=edge_weight(data), key=str(key))
        if (u, v, key) in edge_starts:
            attrs["start"] = edge_starts[u, v, key]
        # networkx would write the key as the edge id, and parallel edges share keys across node pairs;
        # Gephi merges edges that share an id, so every edge gets its own.
        edges.append((u, v, f"e{n}", attrs))
    return typed_graph(graph, nodes, edges)


def write_graphml(graph: nx.MultiDiGraph[str], path: Path) -> Path:
    """Write GraphML atomically; the file is parsed back before it replaces an existing one."""
    scalar_graph = to_scalar_graph(graph)

    def check(tmp: Path) -> None:
        check_same_shape(graph, read_graphml(tmp), f"'{path}' (GraphML)")

    return write_file_checked(Path(path), lambda tmp: nx.write_graphml(scalar_graph, tmp), check)


def read_graphml(path: Path) -> nx.MultiDiGraph[str]:
    """A GraphML file written by write_graphml; aliases become a list again."""
    graph = nx.read_graphml(path, force_multigraph=True)
    for _, data in graph.nodes(data=True):
        if "aliases" in data:
            data["aliases"] = split_list(data["aliases"])
    return cast("nx.MultiDiGraph[str]", graph)  # a directed file read with force_multigraph; GraphML ids are text
