"""The graph as graph tools should see it: entities and facts, weights, dates, names and sources on every edge."""
from __future__ import annotations

from typing import Any

import networkx as nx

from medcollab_kg.export.values import date_start
from medcollab_kg.graph import slug
from medcollab_kg.schema import NodeType, Relation

DATED_NODES = (NodeType.AGREEMENT, NodeType.EVENT)


def tool_view(graph: nx.MultiDiGraph[str], *, with_articles: bool = False) -> nx.MultiDiGraph[str]:
    """A copy of `graph` for Gephi, igraph, graphology and the other exports.

    Without `with_articles`, article nodes and `mentioned_in` edges are left out: they outnumber the facts and
    would make layouts and centralities about articles. Each fact edge gets
    - `weight`: its support, sentences plus articles behind it (2 for a fact told once, 4 for one told in
      two articles), so tools draw and lay out well-supported facts stronger;
    - `date`: when the fact happened (a visit's own date, else its agreement's or event's date), and
      `reported`: the first date of an article that tells it;
    - `on_behalf_of` as a name (the id stays in `on_behalf_of_id`);
    - `sources`: the link (or file) of each supporting article, and each evidence item its article's
      `url`, `title` and `date`.
    Entities get `articles`, the number of articles that mention them.
    """
    documents = {n: d for n, d in graph.nodes(data=True) if d.get("type") == NodeType.DOCUMENT}
    mentions: dict[str, int] = {}
    relation: str | None  # the stubs give no type to the values of edges(data=<attribute>)
    for u, v, relation in graph.edges(data="relation"):
        if relation == Relation.MENTIONED_IN:
            mentions[u] = mentions.get(u, 0) + 1
    out: nx.MultiDiGraph[str] = nx.MultiDiGraph(**graph.graph)
    for node, data in graph.nodes(data=True):
        if node in documents:
            if with_articles:
                out.add_node(node, **data)
            continue
        out.add_node(node, **data, articles=mentions.get(node, 0))
    for u, v, key, data in graph.edges(keys=True, data=True):
        if data.get("relation") == Relation.MENTIONED_IN:
            if with_articles:
                out.add_edge(u, v, key, **data, weight=1.0)
            continue
        out.add_edge(u, v, key, **fact_attrs(graph, u, v, data, documents))
    out.graph["with_articles"] = with_articles
    return out


def fact_attrs(graph: nx.MultiDiGraph[str], u: str, v: str, data: dict[str, Any], documents: dict[str, dict[str, Any]]
               ) -> dict[str, Any]:
    attrs = dict(data)
    evidence: list[dict[str, Any]] = []
    sources: list[str] = []
    reported: list[str] = []
    for item in data.get("evidence", []):
        doc = documents.get(f"doc:{slug(item.get('document') or '')}", {})
        enriched = dict(item)
        for k in ("url", "title", "date"):
            if doc.get(k) and k not in enriched:
                enriched[k] = doc[k]
        evidence.append(enriched)
        source = doc.get("url") or item.get("document")
        if source and source not in sources:
            sources.append(source)
        if doc.get("date"):
            reported.append(doc["date"])
    if "evidence" in data:
        attrs["evidence"] = evidence
        attrs["sources"] = sources
    support = data.get("support") or len({e.get("document") for e in evidence}) or 1
    attrs["weight"] = float(len(evidence) + support) if evidence else float(support)
    date = data.get("date") or next((graph.nodes[n].get("date") for n in (v, u)
                                     if graph.nodes[n].get("type") in DATED_NODES and graph.nodes[n].get("date")),
                                    None)
    if date:
        attrs["date"] = date
    if reported:
        attrs["reported"] = min(reported, key=lambda d: date_start(d) or d)
    behalf = data.get("on_behalf_of")
    if behalf and behalf in graph:
        attrs["on_behalf_of"] = graph.nodes[behalf].get("name") or behalf
        attrs["on_behalf_of_id"] = behalf
    return attrs
