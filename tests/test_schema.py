"""The schema module: the graph a build writes keeps to it, and its words read as the plain strings in the file."""
from __future__ import annotations

import json

from medcollab_kg.schema import EDGES, NODE_ATTRIBUTES, NodeType, Relation

COMMON_NODE = {"type", "name", "aliases"}
COMMON_FACT = {"relation", "evidence", "confidence", "support"}


def test_the_sample_graph_keeps_to_the_schema(sample_build):
    graph = sample_build.graph
    for node, data in graph.nodes(data=True):
        assert set(data) - COMMON_NODE <= set(NODE_ATTRIBUTES[NodeType(data["type"])]), node
    for u, v, data in graph.edges(data=True):
        kind = EDGES[Relation(data["relation"])]
        assert graph.nodes[u]["type"] in kind.sources and graph.nodes[v]["type"] in kind.targets, (u, v, data)
        assert set(data) - COMMON_FACT <= set(kind.attributes), (u, v, data)
    assert {d["relation"] for *_, d in graph.edges(data=True)} >= {"holds_role", "party_to", "signed"}


def test_every_relation_has_one_edge_kind():
    assert set(EDGES) == set(Relation)


def test_the_words_are_their_strings_wherever_they_are_written():
    # a graph file, an export or a terminal table reads the same whether code used the member or the string
    assert NodeType.ORGANIZATION == "Organization" and {"Organization": 1}[NodeType.ORGANIZATION] == 1
    assert f"{NodeType.PERSON} {Relation.HOLDS_ROLE}" == "Person holds_role" and str(Relation.SIGNED) == "signed"
    assert json.dumps({NodeType.EVENT: [Relation.ORGANIZED]}) == '{"Event": ["organized"]}'
