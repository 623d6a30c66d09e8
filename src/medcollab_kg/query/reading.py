"""How every job here reads the graph: a node's name, its edges of one relation, an organization's units, a fact
as a sentence, the agreements a set of entities share."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from medcollab_kg.schema import EDGES, NodeType, Relation


def display(graph: nx.MultiDiGraph[str], node: str) -> str:
    return str(graph.nodes[node].get("name") or node)


def short(graph: nx.MultiDiGraph[str], node: str) -> str:
    """The acronym (or an agreement's title) when there is one: answers name many organizations."""
    data = graph.nodes[node]
    return str(data.get("acronym") or (data.get("title") if data.get("type") == NodeType.AGREEMENT else None)
               or display(graph, node))


def evidence_of(data: dict[str, Any]) -> tuple[str, ...]:
    return tuple(f"{e['sentence']} [{e['document']}]" for e in data.get("evidence", []))


def edges(graph: nx.MultiDiGraph[str], node: str, relation: str, *, incoming: bool = False
          ) -> list[tuple[str, str, dict[str, Any]]]:
    items = graph.in_edges(node, data=True) if incoming else graph.out_edges(node, data=True)
    return [(u, v, d) for u, v, d in items if d.get("relation") == relation]


def with_units(graph: nx.MultiDiGraph[str], org: str) -> list[str]:
    """The organization and every unit that is part of it, at any depth."""
    seen, todo = [org], [org]
    while todo:
        for child, _, _ in edges(graph, todo.pop(), Relation.PART_OF, incoming=True):
            if child not in seen:
                seen.append(child)
                todo.append(child)
    return seen


PHRASES = {relation: kind.phrase for relation, kind in EDGES.items()}  # holds_role → "holds a role at"


def describe(graph: nx.MultiDiGraph[str], u: str, v: str, data: dict[str, Any], *, brief: str | None = None) -> str:
    """One edge as a sentence: 'Nancy Ip signed … for HKUST'; the `brief` node goes by its short name."""
    def name(node: str) -> str:
        return short(graph, node) if node == brief else display(graph, node)

    relation = data.get("relation", "")
    if relation == Relation.HOLDS_ROLE and data.get("title"):
        return f"{name(u)} is {data['title']} at {name(v)}"
    text = f"{name(u)} {PHRASES.get(relation, relation)} {name(v)}"
    if relation == Relation.SIGNED and data.get("on_behalf_of") in graph:
        text += f" for {short(graph, data['on_behalf_of'])}"
    if data.get("date"):
        text += f" ({data['date']})"
    return text


def agreements_involving(graph: nx.MultiDiGraph[str], nodes: Iterable[str]) -> list[str]:
    """Agreements that every node takes part in: as the agreement, a party (or a party's unit), signer or witness."""
    common: set[str] | None = None
    for node in nodes:
        kind = graph.nodes[node].get("type")
        if kind == NodeType.AGREEMENT:
            found = {node}
        elif kind == NodeType.ORGANIZATION:
            found = {a for unit in with_units(graph, node) for _, a, _ in edges(graph, unit, Relation.PARTY_TO)}
        else:
            found = {a for rel in (Relation.SIGNED, Relation.WITNESSED) for _, a, _ in edges(graph, node, rel)}
        common = found if common is None else common & found
    return sorted(common or ())


def agreement_line(graph: nx.MultiDiGraph[str], agreement: str, signature: dict[str, Any] | None = None, *,
                   signers: bool = True) -> str:
    """'Strategic Cooperation Agreement for HKUST, 2024-11-22; signed by …' ('for' when given one signature)."""
    info = graph.nodes[agreement]
    line = str(info.get("title") or "agreement")
    if signature and signature.get("on_behalf_of") in graph:
        line += f" for {short(graph, signature['on_behalf_of'])}"
    line += f", {info['date']}" if info.get("date") else ""
    names = [f"{display(graph, p)} ({short(graph, d['on_behalf_of'])})" if d.get("on_behalf_of") in graph
             else display(graph, p) for p, _, d in edges(graph, agreement, Relation.SIGNED, incoming=True)]
    return line + (f"; signed by {', '.join(names)}" if names and signers else "")


def fact_neighbours(graph: nx.MultiDiGraph[str], node: str) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(neighbour, edge source, edge target, data) over fact edges in both directions; documents are not facts."""
    for u, v, data in graph.out_edges(node, data=True):
        if data.get("relation") != Relation.MENTIONED_IN:
            yield v, u, v, data
    for u, v, data in graph.in_edges(node, data=True):
        if data.get("relation") != Relation.MENTIONED_IN:
            yield u, u, v, data
