"""GEXF 1.2 for Gephi: colours by node type, sizes by degree, and spells from each date so the timeline plays the growth."""
from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import networkx as nx

from medcollab_kg.export.files import write_file_checked
from medcollab_kg.export.values import (
    OTHER_COLOUR,
    TYPE_COLOURS,
    check_same_shape,
    edge_weight,
    fact_degree,
    node_size,
    rgb,
    split_list,
    start_dates,
    typed_graph,
    xml_attrs,
    xml_text,
)

GEXF_VERSION = "1.2draft"  # networkx's name for GEXF 1.2, the version Gephi writes itself


def to_gexf_graph(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """Scalar attributes plus what Gephi reads from GEXF itself: label, weight, viz and spells."""
    node_starts, edge_starts = start_dates(graph)
    nodes = []
    for node, data in graph.nodes(data=True):
        r, g, b = rgb(TYPE_COLOURS.get(data.get("type"), OTHER_COLOUR))
        attrs: dict[str, Any] = xml_attrs(data)  # and what Gephi reads: viz and spells
        attrs.update(label=xml_text(str(data.get("name") or node)),
                     viz={"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": node_size(fact_degree(graph, node))})
        if node in node_starts:  # a spell from its first date on: Gephi's timeline shows it from then
            attrs["spells"] = [(node_starts[node], None)]
        nodes.append((node, attrs))
    edges = []
    for n, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        attrs = cast("dict[str, Any]", xml_attrs(data))  # and spells, as for nodes
        # id: unique across the file (Gephi merges edges sharing one); the networkx key is kept as networkx_key
        attrs.update(id=f"e{n}", label=str(data.get("relation", "")), weight=edge_weight(data))
        if (u, v, key) in edge_starts:
            attrs["spells"] = [(edge_starts[u, v, key], None)]
        edges.append((u, v, key, attrs))
    return typed_graph(graph, nodes, edges)


def write_gexf(graph: nx.MultiDiGraph[str], path: Path) -> Path:
    """Write GEXF atomically; the file is parsed back before it replaces an existing one."""
    gexf_graph = to_gexf_graph(graph)

    def check(tmp: Path) -> None:
        check_same_shape(graph, read_gexf(tmp), f"'{path}' (GEXF)")

    return write_file_checked(Path(path), lambda tmp: nx.write_gexf(gexf_graph, tmp, version=GEXF_VERSION), check)


def read_gexf(path: Path) -> nx.MultiDiGraph[str]:
    """A GEXF file written by write_gexf, as a MultiDiGraph keyed like the original; aliases become a list."""
    graph = nx.read_gexf(path, version=GEXF_VERSION)
    if not graph.is_multigraph():  # the reader returns a simple graph when no pair has parallel edges
        graph = nx.MultiDiGraph(graph)
    for _, data in graph.nodes(data=True):
        if "aliases" in data:
            data["aliases"] = split_list(data["aliases"])
    return cast("nx.MultiDiGraph[str]", graph)  # directed, and made a multigraph above; GEXF ids are text
