"""The graph's vocabulary, spelled once: node types, relations, what each carries, the file's format and version."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

SCHEMA_VERSION = 1  # in every graph file; a reader refuses a newer one
FORMAT_NAME = "medcollab-kg"  # a graph file says it is one of ours with this


class _Word(str, Enum):
    """A word of the graph: it is its string, so it compares, hashes, formats and goes to JSON as "Person" does,
    and graphs and outputs stay the same whether code writes the word or the member (on Python 3.10 too)."""

    __str__ = str.__str__
    # typeshed spells str.__format__ other than Enum.__format__; it is the same call
    __format__ = str.__format__  # type: ignore[assignment]


class NodeType(_Word):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    AGREEMENT = "Agreement"
    EVENT = "Event"
    PLACE = "Place"
    DOCUMENT = "Document"


class Relation(_Word):
    HOLDS_ROLE = "holds_role"
    PARTY_TO = "party_to"
    SIGNED = "signed"
    WITNESSED = "witnessed"
    PART_OF = "part_of"
    COLLABORATES_WITH = "collaborates_with"
    ORGANIZED = "organized"
    PARTICIPATED_IN = "participated_in"
    VISITED = "visited"
    LOCATED_IN = "located_in"
    MENTIONED_IN = "mentioned_in"


# As plain strings, in this order: what graph.py has always offered.
NODE_TYPES = tuple(t.value for t in NodeType)
RELATIONS = tuple(r.value for r in Relation)

# The entities a question or a card can be about: every node type but the articles.
ENTITY_TYPES = (NodeType.PERSON, NodeType.ORGANIZATION, NodeType.AGREEMENT, NodeType.EVENT, NodeType.PLACE)

# Attributes beyond type, name and aliases, which every node has.
NODE_ATTRIBUTES: dict[NodeType, tuple[str, ...]] = {
    NodeType.PERSON: (),
    NodeType.ORGANIZATION: ("acronym", "kind"),
    NodeType.AGREEMENT: ("title", "kind", "date", "place", "duration"),
    NodeType.EVENT: ("title", "kind", "date", "place"),
    NodeType.PLACE: (),
    NodeType.DOCUMENT: ("path", "title", "date", "sha256", "url"),
}


@dataclass(frozen=True, slots=True)
class EdgeKind:
    """What one relation links and carries; fact edges (all but mentioned_in) also carry evidence, confidence and
    support."""
    relation: Relation
    sources: tuple[NodeType, ...]
    targets: tuple[NodeType, ...]
    phrase: str  # the relation in a sentence: "<source> holds a role at <target>"
    attributes: tuple[str, ...] = ()


_P, _O, _A, _E = NodeType.PERSON, NodeType.ORGANIZATION, NodeType.AGREEMENT, NodeType.EVENT
EDGES: dict[Relation, EdgeKind] = {e.relation: e for e in (
    EdgeKind(Relation.HOLDS_ROLE, (_P,), (_O,), "holds a role at", ("title",)),
    EdgeKind(Relation.PARTY_TO, (_O,), (_A,), "is party to"),
    EdgeKind(Relation.SIGNED, (_P,), (_A,), "signed", ("on_behalf_of",)),  # an organization's id
    EdgeKind(Relation.WITNESSED, (_P,), (_A,), "witnessed"),
    EdgeKind(Relation.PART_OF, (_O,), (_O,), "is part of"),
    EdgeKind(Relation.COLLABORATES_WITH, (_O,), (_O,), "collaborates with"),  # once per pair, in id order
    EdgeKind(Relation.ORGANIZED, (_O,), (_E,), "organized"),
    EdgeKind(Relation.PARTICIPATED_IN, (_P, _O), (_E,), "participated in"),
    EdgeKind(Relation.VISITED, (_P, _O), (_O,), "visited", ("date",)),
    EdgeKind(Relation.LOCATED_IN, (_A, _E), (NodeType.PLACE,), "is located in"),
    EdgeKind(Relation.MENTIONED_IN, (_P, _O, _A, _E), (NodeType.DOCUMENT,), "is mentioned in"),
)}
