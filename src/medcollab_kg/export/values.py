"""Shared by the exports: scalar attribute values, dates for timelines, colours by node type, read-back checks."""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any, cast

import networkx as nx

from medcollab_kg.errors import KgError
from medcollab_kg.schema import NodeType, Relation

LIST_SEPARATOR = "; "

# One colour per node type, shared by GEXF and the HTML page (colour-blind safe, Okabe–Ito).
TYPE_COLOURS: dict[str | None, str] = {  # looked up with a node's type, or None when it has none
    NodeType.ORGANIZATION: "#0072B2",
    NodeType.PERSON: "#E69F00",
    NodeType.AGREEMENT: "#009E73",
    NodeType.EVENT: "#CC79A7",
    NodeType.PLACE: "#56B4E9",
    NodeType.DOCUMENT: "#999999",
}
OTHER_COLOUR = "#555555"


def scalar(value: Any) -> str | int | float | bool | None:
    """A value that GraphML, GEXF and CSV can hold: lists joined, evidence as its sentences, dicts and None dropped."""
    if value is None or isinstance(value, dict):
        return None
    if isinstance(value, (list, tuple)):
        parts = [v.get("sentence") if isinstance(v, dict) else v for v in value]
        return LIST_SEPARATOR.join(str(p) for p in parts if p is not None)
    if isinstance(value, (str, bool, int, float)):
        return value
    return str(value)


def scalar_attrs(data: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Every attribute as a scalar; those with nothing to say are left out."""
    attrs = {k: scalar(v) for k, v in data.items()}
    return {k: v for k, v in attrs.items() if v is not None}


# Characters XML 1.0 cannot hold at all, not even escaped; article text extracted from PDFs or pages can carry them.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    return XML_ILLEGAL.sub("", text)


def xml_attrs(data: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """scalar_attrs for GraphML and GEXF: strings lose the characters XML cannot hold."""
    return {k: xml_text(v) if isinstance(v, str) else v for k, v in scalar_attrs(data).items()}


def split_list(text: str | None) -> list[str]:
    return [part for part in (text or "").split(LIST_SEPARATOR) if part]


def date_start(date: Any) -> str | None:
    """An ISO date, possibly partial ("2024", "2024-03"), as the first day it can mean; None if it is no date."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(date or "").strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return f"{year}-{month}-{day}"


def start_dates(graph: nx.MultiDiGraph[str]) -> tuple[dict[str, str], dict[tuple[str, str, Any], str]]:
    """When each node and edge enters the network, for timelines.

    A node starts at the earliest of its own date (agreements, events, documents), the articles that
    mention it and the dated facts it takes part in; an edge at its own date (a visit, or the agreement
    or event it points to), else when an article first reported it, else when both of its ends exist.
    """
    own = {n: date_start(d.get("date")) for n, d in graph.nodes(data=True)
           if d.get("type") in (NodeType.AGREEMENT, NodeType.EVENT, NodeType.DOCUMENT)}
    edge_own: dict[tuple[str, str, Any], str] = {}  # (source, target, key)
    for u, v, k, d in graph.edges(keys=True, data=True):
        if d.get("relation") == Relation.MENTIONED_IN:
            continue
        # its own date, its agreement's or event's, else when an article first told it (tool_view's `reported`)
        date = date_start(d.get("date")) or own.get(v) or own.get(u) or date_start(d.get("reported"))
        if date:
            edge_own[u, v, k] = date
    candidates: dict[str, list[str]] = {n: [start] if (start := own.get(n)) else [] for n in graph}
    for u, v, k, d in graph.edges(keys=True, data=True):
        if d.get("relation") == Relation.MENTIONED_IN and (start := own.get(v)):
            candidates[u].append(start)
        elif (u, v, k) in edge_own:
            candidates[u].append(edge_own[u, v, k])
            candidates[v].append(edge_own[u, v, k])
    nodes = {n: min(dates) for n, dates in candidates.items() if dates}
    edges: dict[tuple[str, str, Any], str] = {}
    for u, v, k in graph.edges(keys=True):
        ends = [nodes.get(u), nodes.get(v)]
        date = edge_own.get((u, v, k)) or (max(cast("list[str]", ends)) if all(ends) else None)  # all: no None
        if date:
            edges[u, v, k] = date
    return nodes, edges


def edge_weight(data: dict[str, Any]) -> float:
    """What tools read as an edge's strength: tool_view's `weight`, else its support (articles)."""
    return float(data.get("weight") or data.get("support") or 1)


def fact_degree(graph: nx.MultiDiGraph[str], node: str) -> int:
    """Edges other than mentioned_in: how connected a node is in the facts, not how often it is cited."""
    return sum(1 for _, _, d in graph.edges(node, data=True) if d.get("relation") != Relation.MENTIONED_IN) + sum(
        1 for _, _, d in graph.in_edges(node, data=True) if d.get("relation") != Relation.MENTIONED_IN)


def node_size(degree: int) -> float:
    return round(6 + 4 * math.sqrt(degree), 2)


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def check_same_shape(written: nx.MultiDiGraph[str], back: nx.MultiDiGraph[str], what: str) -> None:
    """The file read back has the nodes and edges we meant to write, or the export stops."""
    if set(map(str, written)) != set(map(str, back)):
        missing = sorted(set(map(str, written)) ^ set(map(str, back)))[:3]
        raise KgError(f"Export check failed for {what}: nodes differ after reading it back ({', '.join(missing)}).")
    ends = Counter((str(u), str(v)) for u, v in written.edges())
    if ends != Counter((str(u), str(v)) for u, v in back.edges()):
        raise KgError(f"Export check failed for {what}: edges differ after reading it back.")


def one_type_per_attribute(records: list[dict[str, Any]]) -> None:
    """Give each attribute name one type across records, in place: GraphML and GEXF declare a key's type once,
    and a name declared twice shows up twice in Gephi."""
    types: dict[str, set[type]] = {}
    for record in records:
        for k, v in record.items():
            types.setdefault(k, set()).add(type(v))
    for k, seen in types.items():
        if len(seen) < 2:
            continue
        cast = float if seen <= {int, float} else str
        for record in records:
            if k in record:
                record[k] = cast(record[k])


def graph_scalars(graph: nx.MultiDiGraph[str]) -> dict[str, Any]:
    return {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float, bool))}


def typed_graph(graph: nx.MultiDiGraph[str], nodes: list[tuple[str, dict[str, Any]]],
                edges: list[tuple[str, str, Any, dict[str, Any]]]) -> nx.MultiDiGraph[str]:
    """The graph GraphML and GEXF writers get: `graph`'s scalar attributes, these nodes and edges, and one
    type per attribute name."""
    one_type_per_attribute([attrs for _, attrs in nodes])
    one_type_per_attribute([attrs for *_, attrs in edges])
    out: nx.MultiDiGraph[str] = nx.MultiDiGraph(**graph_scalars(graph))
    out.add_nodes_from(nodes)
    out.add_edges_from(edges)  # type: ignore[arg-type]  # the stubs miss a multigraph's (u, v, key, data) edges
    return out
