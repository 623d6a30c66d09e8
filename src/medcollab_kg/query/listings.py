"""Listings and stats: people, organizations, agreements, events and paths as rows of plain values, sortable."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from medcollab_kg.errors import UsageError
from medcollab_kg.query.answers import connect, partners, works_at
from medcollab_kg.query.lookup import ANY, ORG, find_entity, name_index
from medcollab_kg.query.periods import check_date, in_period
from medcollab_kg.query.reading import agreements_involving, display, edges, fact_neighbours, short, with_units
from medcollab_kg.schema import NodeType, Relation


@dataclass(frozen=True, slots=True)
class Records:
    """A listing: rows of plain values (str, int, list of str) under fixed columns."""
    title: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]

    def to_list(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.rows]


def sort_records(title: str, columns: tuple[str, ...], rows: list[dict[str, Any]], sort: str | None,
                 descending: bool) -> Records:
    if sort is not None and sort not in columns:
        raise UsageError(f"Cannot sort by '{sort}'. Fix: use one of {', '.join(columns)}.")
    key = sort or columns[0]
    rows.sort(key=lambda r: (str(r.get("name") or r.get("title") or "").lower(), str(r.get("id"))))  # ties: by name

    def value(row: dict[str, Any]) -> tuple[bool, int | str]:
        v = row.get(key)
        v = len(v) if isinstance(v, list) else v
        return (v is None or v == "", v if isinstance(v, int) else str(v or "").lower())

    rows.sort(key=value, reverse=descending)
    if descending:  # empty values stay last either way
        rows.sort(key=lambda r: value(r)[0])
    return Records(title, columns, tuple(rows))


def of_type(graph: nx.MultiDiGraph[str], type_: str) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d.get("type") == type_]


def articles(graph: nx.MultiDiGraph[str], node: str) -> int:
    return len(edges(graph, node, Relation.MENTIONED_IN))


def names(graph: nx.MultiDiGraph[str], nodes: Iterable[str]) -> list[str]:
    return [short(graph, n) for n in nodes]


def people(graph: nx.MultiDiGraph[str], *, org: str | None = None, with_: str | None = None, sort: str | None = None,
           descending: bool = False) -> Records:
    """People with roles and agreements: all, those at `org` (and its units), those who signed or witnessed
    an agreement with `with_`."""
    nodes = ([a.id for a in works_at(graph, find_entity(graph, org, types=ORG))] if org
             else of_type(graph, NodeType.PERSON))
    if with_:
        other = find_entity(graph, with_, types=ORG)
        nodes = [p for p in nodes if agreements_involving(graph, [p, other])]
    rows = [{"name": display(graph, p),
             "roles": [f"{d.get('title') or 'role'}, {short(graph, o)}"
                       for _, o, d in edges(graph, p, Relation.HOLDS_ROLE)],
             "agreements": len(edges(graph, p, Relation.SIGNED)) + len(edges(graph, p, Relation.WITNESSED)),
             "articles": articles(graph, p), "id": p} for p in nodes]
    return sort_records("people", ("name", "roles", "agreements", "articles", "id"), rows, sort, descending)


def orgs(graph: nx.MultiDiGraph[str], *, kind: str | None = None, org: str | None = None, with_: str | None = None,
         sort: str | None = None, descending: bool = False) -> Records:
    """Organizations: all, units of `org`, or partners of `with_`; optionally of one kind."""
    nodes = of_type(graph, NodeType.ORGANIZATION)
    if org:
        nodes = with_units(graph, find_entity(graph, org, types=ORG))[1:]
    if with_:
        found = {a.id for a in partners(graph, find_entity(graph, with_, types=ORG))}
        nodes = [n for n in nodes if n in found]
    rows = [{"name": display(graph, o), "acronym": graph.nodes[o].get("acronym") or "",
             "kind": graph.nodes[o].get("kind") or "", "part_of": names(graph, (v for _, v, _ in
                                                                                 edges(graph, o, Relation.PART_OF))),
             "people": len(edges(graph, o, Relation.HOLDS_ROLE, incoming=True)),
             "agreements": len(edges(graph, o, Relation.PARTY_TO)), "articles": articles(graph, o), "id": o}
            for o in nodes if kind is None or graph.nodes[o].get("kind") == kind.lower()]
    return sort_records("organizations", ("name", "acronym", "kind", "part_of", "people", "agreements", "articles",
                                          "id"), rows, sort, descending)


def agreements(graph: nx.MultiDiGraph[str], *, org: str | None = None, with_: str | None = None,
               since: str | None = None, until: str | None = None, kind: str | None = None,
               sort: str | None = None, descending: bool = False) -> Records:
    """Agreements, optionally those of `org` (and its units) with `with_`, within dates, of a kind."""
    since, until = check_date(since, "--since"), check_date(until, "--until")
    named = [find_entity(graph, n, types=(NodeType.ORGANIZATION, NodeType.PERSON)) for n in (org, with_) if n]
    nodes = agreements_involving(graph, named) if named else of_type(graph, NodeType.AGREEMENT)
    rows = []
    for a in nodes:
        info = graph.nodes[a]
        if not in_period(info.get("date"), since, until) or (kind and kind.lower() not in str(info.get("kind"))):
            continue
        rows.append({"title": info.get("title") or display(graph, a), "date": info.get("date") or "",
                     "parties": names(graph, (p for p, _, _ in edges(graph, a, Relation.PARTY_TO, incoming=True))),
                     "signatories": [display(graph, p) for p, _, _ in edges(graph, a, Relation.SIGNED, incoming=True)],
                     "witnesses": [display(graph, p) for p, _, _ in edges(graph, a, Relation.WITNESSED, incoming=True)],
                     "place": info.get("place") or "", "articles": articles(graph, a), "id": a})
    return sort_records("agreements", ("date", "title", "parties", "signatories", "witnesses", "place", "articles",
                                       "id"), rows, sort, descending)


def events(graph: nx.MultiDiGraph[str], *, org: str | None = None, with_: str | None = None, since: str | None = None,
           until: str | None = None, kind: str | None = None, sort: str | None = None,
           descending: bool = False) -> Records:
    """Events, optionally those `org` and `with_` (with their units) organized or took part in."""
    since, until = check_date(since, "--since"), check_date(until, "--until")
    nodes = set(of_type(graph, NodeType.EVENT))
    for name in (org, with_):
        if name:
            node = find_entity(graph, name, types=(NodeType.ORGANIZATION, NodeType.PERSON))
            members = with_units(graph, node) if graph.nodes[node].get("type") == NodeType.ORGANIZATION else [node]
            nodes &= {e for m in members for rel in (Relation.ORGANIZED, Relation.PARTICIPATED_IN)
                      for _, e, _ in edges(graph, m, rel)}
    rows = []
    for e in nodes:
        info = graph.nodes[e]
        if not in_period(info.get("date"), since, until) or (kind and kind.lower() != str(info.get("kind"))):
            continue
        rows.append({"name": display(graph, e), "kind": info.get("kind") or "", "date": info.get("date") or "",
                     "place": info.get("place") or "",
                     "organizers": names(graph, (o for o, _, _ in edges(graph, e, Relation.ORGANIZED, incoming=True))),
                     "participants": names(graph, (p for p, _, _ in edges(graph, e, Relation.PARTICIPATED_IN,
                                                                          incoming=True))),
                     "articles": articles(graph, e), "id": e})
    return sort_records("events", ("date", "name", "kind", "place", "organizers", "participants", "articles", "id"),
                        rows, sort, descending)


def path(graph: nx.MultiDiGraph[str], start: str, end: str) -> Records:
    """The shortest chain of facts between two named entities, one row per hop."""
    index = name_index(graph)
    a, b = (find_entity(graph, n, types=ANY, index=index) for n in (start, end))
    rows = [{"step": i, "from": display(graph, h.source),
             "relation": h.relation if h.forward else f"{h.relation} (←)",
             "to": display(graph, h.target),
             "fact": h.text, "evidence": list(h.evidence)} for i, h in enumerate(connect(graph, a, b), 1)]
    return Records(f"{display(graph, a)} → {display(graph, b)}", ("step", "from", "relation", "to", "fact",
                                                                  "evidence"), tuple(rows))


def stats(graph: nx.MultiDiGraph[str], *, top: int = 10) -> tuple[Records, ...]:
    """Counts by type and relation, the most connected institutions and people, articles per month."""
    types = Counter(d.get("type") for _, d in graph.nodes(data=True))
    relations = Counter(d.get("relation") for _, _, d in graph.edges(data=True))
    degree = Counter({n: sum(1 for _ in fact_neighbours(graph, n)) for n, d in graph.nodes(data=True)
                      if d.get("type") in (NodeType.ORGANIZATION, NodeType.PERSON)})

    def most(type_: str) -> tuple[dict[str, Any], ...]:
        ranked = sorted((n for n in degree if graph.nodes[n].get("type") == type_),
                        key=lambda n: (-degree[n], display(graph, n)))
        return tuple({"name": display(graph, n), "facts": degree[n], "id": n} for n in ranked[:top])

    months = Counter((str(d.get("date") or "")[:7] or "undated") for _, d in graph.nodes(data=True)
                     if d.get("type") == NodeType.DOCUMENT)
    return (
        Records("nodes", ("type", "count"), tuple({"type": k, "count": v} for k, v in sorted(types.items()))),
        Records("relations", ("relation", "count"),
                tuple({"relation": k, "count": v} for k, v in sorted(relations.items()))),
        Records("most connected institutions", ("name", "facts", "id"), most(NodeType.ORGANIZATION)),
        Records("most connected people", ("name", "facts", "id"), most(NodeType.PERSON)),
        Records("articles per month", ("month", "articles"),
                tuple({"month": k, "articles": v} for k, v in sorted(months.items()))),
    )
