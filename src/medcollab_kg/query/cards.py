"""Entity cards: everything the graph says about one entity, grouped into sections, each fact with its sentences."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from medcollab_kg.query.answers import partners, works_at
from medcollab_kg.query.lookup import ANY, find_entity
from medcollab_kg.query.reading import describe, display, edges, evidence_of, fact_neighbours
from medcollab_kg.schema import NodeType, Relation


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    target: str | None = None
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "target": self.target, "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class Card:
    """Everything the graph says about one entity, grouped into sections."""
    id: str
    name: str
    type: str
    attributes: dict[str, Any]
    sections: tuple[tuple[str, tuple[Fact, ...]], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, **self.attributes,
                "sections": {title: [f.to_dict() for f in facts] for title, facts in self.sections}}


# (relation, True when the entity is the edge's source) → card section; looked up with an edge's relation, if any
SECTIONS: dict[tuple[str | None, bool], str] = {
    (Relation.HOLDS_ROLE, True): "roles", (Relation.HOLDS_ROLE, False): "people",
    (Relation.PART_OF, True): "part of", (Relation.PART_OF, False): "units",
    (Relation.PARTY_TO, True): "agreements", (Relation.PARTY_TO, False): "parties",
    (Relation.SIGNED, True): "agreements", (Relation.SIGNED, False): "signatories",
    (Relation.WITNESSED, True): "agreements", (Relation.WITNESSED, False): "witnesses",
    (Relation.COLLABORATES_WITH, True): "partners", (Relation.COLLABORATES_WITH, False): "partners",
    (Relation.ORGANIZED, True): "events", (Relation.ORGANIZED, False): "organizers",
    (Relation.PARTICIPATED_IN, True): "events", (Relation.PARTICIPATED_IN, False): "participants",
    (Relation.VISITED, True): "visits", (Relation.VISITED, False): "visitors",
    (Relation.LOCATED_IN, True): "place", (Relation.LOCATED_IN, False): "located here",
}


def card(graph: nx.MultiDiGraph[str], name: str) -> Card:
    """An entity card: what the graph says about `name`, each fact with the sentences behind it."""
    node = find_entity(graph, name, types=ANY)
    data = graph.nodes[node]
    sections: dict[str, list[Fact]] = {}
    for other, u, v, edge in fact_neighbours(graph, node):
        section = SECTIONS.get((edge.get("relation"), u == node), edge.get("relation", "other"))
        text = describe(graph, u, v, edge, brief=node)  # the card's own name is in its heading
        if section == "agreements" and graph.nodes[v].get("date"):
            text += f", {graph.nodes[v]['date']}"
        sections.setdefault(section, []).append(Fact(text, other, evidence_of(edge)))
    if data.get("type") == NodeType.ORGANIZATION:  # derived facts: people of its units, partners through agreements
        sections["people"] = [Fact(f"{a.name}: {a.why}", a.id, a.evidence) for a in works_at(graph, node)]
        sections["partners"] = [Fact(f"{a.name}: {a.why}", a.id, a.evidence) for a in partners(graph, node)]
    sections["articles"] = [Fact(f"{display(graph, d)}" + (f" ({graph.nodes[d]['date']})"
                                                           if graph.nodes[d].get("date") else ""), d)
                            for _, d, _ in edges(graph, node, Relation.MENTIONED_IN)]
    sections = {k: v for k, v in sections.items() if v}
    attributes = {k: data[k] for k in ("aliases", "acronym", "kind", "title", "date", "place", "duration")
                  if data.get(k)}
    return Card(node, display(graph, node), str(data.get("type")), attributes,
                tuple((k, tuple(v)) for k, v in sections.items()))
