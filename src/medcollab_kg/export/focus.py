"""Subgraphs for focused exports: one entity and everything within a few hops."""
from __future__ import annotations

import networkx as nx

from medcollab_kg.errors import KgError
from medcollab_kg.query import find_entity
from medcollab_kg.schema import NodeType


def focus_subgraph(graph: nx.MultiDiGraph[str], name: str, *, depth: int = 2) -> nx.MultiDiGraph[str]:
    """The entity called `name` and every node within `depth` hops, edges followed either way.

    Documents are reached but not walked through: two entities are not neighbours just because
    one article mentions both.
    """
    if depth < 0:
        raise KgError(f"Depth {depth} is negative. Fix: use --depth 0 or more.")
    start = find_entity(graph, name)
    keep, frontier = {start}, {start}
    for _ in range(depth):
        step: set[str] = set()
        for node in frontier:
            if graph.nodes[node].get("type") == NodeType.DOCUMENT and node != start:
                continue
            step.update(graph.successors(node), graph.predecessors(node))
        frontier = step - keep
        keep |= frontier
    sub = graph.subgraph(keep).copy()
    sub.graph.update(focus=start, depth=depth)
    return sub
