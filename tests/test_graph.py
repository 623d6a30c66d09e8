"""The graph file: schema, atomic save, and clear errors for anything that is not our graph."""
from __future__ import annotations

import difflib
import json

import networkx as nx
import pytest

from medcollab_kg.errors import GraphFileError
from medcollab_kg.graph import (
    NODE_TYPES,
    RELATIONS,
    SCHEMA_VERSION,
    load_graph,
    save_graph,
)


def test_schema_of_the_sample_graph(sample_build):
    graph = sample_build.graph
    assert graph.graph["schema_version"] == SCHEMA_VERSION
    for node, data in graph.nodes(data=True):
        assert data["type"] in NODE_TYPES and data["name"] and isinstance(data["aliases"], list), node
        assert node.split(":")[0] in ("person", "org", "agreement", "event", "place", "doc")
    for u, v, data in graph.edges(data=True):
        assert data["relation"] in RELATIONS
        if data["relation"] != "mentioned_in":
            assert data["evidence"] and data["evidence"][0]["sentence"], (u, v)
            assert 0 < data["confidence"] <= 1 and data["support"] >= 1


def test_signed_edges_say_for_whom(sample_build):
    graph = sample_build.graph
    signed = [(u, d["on_behalf_of"]) for u, _, d in graph.edges(data=True) if d["relation"] == "signed"]
    assert ("person:nancy-ip", "org:hong-kong-university-of-science-and-technology") in signed


def test_round_trip_keeps_lists(sample_build, tmp_path):
    path = save_graph(sample_build.graph, tmp_path / "g.json")
    back = load_graph(path)
    assert sorted(back.nodes) == sorted(sample_build.graph.nodes)
    assert back.number_of_edges() == sample_build.graph.number_of_edges()
    assert isinstance(back.nodes["org:peking-union-medical-college-hospital"]["aliases"], list)


@pytest.mark.parametrize("which", ["sample", "empty"])
def test_the_file_is_node_link_json_one_item_per_line(sample_build, tmp_path, which):
    graph = sample_build.graph if which == "sample" else nx.MultiDiGraph(format="medcollab-kg", schema_version=1)
    path = save_graph(graph, tmp_path / "g.json")
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == json.loads(json.dumps(nx.node_link_data(graph, edges="edges")))
    items = [json.loads(line.strip().rstrip(",")) for line in text.splitlines() if line.lstrip().startswith("{\"")]
    assert sorted(i["id"] for i in items if "id" in i) == sorted(graph.nodes)
    assert sum("source" in i for i in items) == graph.number_of_edges()
    assert save_graph(graph, tmp_path / "again.json").read_bytes() == path.read_bytes()


def test_a_change_to_one_node_is_one_changed_line(sample_build, tmp_path):
    """What a diff of two builds (or version control) shows: the node that changed, nothing else."""
    graph = sample_build.graph.copy()
    before = save_graph(graph, tmp_path / "before.json").read_text(encoding="utf-8").splitlines()
    graph.nodes["org:peking-union-medical-college-hospital"]["kind"] = "research hospital"
    after = save_graph(graph, tmp_path / "after.json").read_text(encoding="utf-8").splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert len(changed) == 2 and all("research hospital" in line or '"hospital"' in line for line in changed)


def test_save_leaves_no_temporary_files(sample_build, tmp_path):
    save_graph(sample_build.graph, tmp_path / "g.json")
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid graph JSON"),
    ('{"nodes": []}', "not a medcollab-kg graph"),
    (json.dumps({"graph": {"format": "medcollab-kg", "schema_version": 99}, "nodes": [], "edges": []}),
     "schema version 99"),
])
def test_bad_graph_files(tmp_path, content, message):
    path = tmp_path / "g.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError, match=message):
        load_graph(path)


def test_missing_graph_names_the_fix(tmp_path):
    with pytest.raises(GraphFileError, match="kg build"):
        load_graph(tmp_path / "nope.json")


def test_the_graph_file_gets_the_permissions_of_any_new_file(sample_build, tmp_path):
    """Written through a temporary file, yet readable by whoever may read a file this user creates."""
    (tmp_path / "plain").write_text("")
    path = save_graph(sample_build.graph, tmp_path / "g.json")
    assert path.stat().st_mode & 0o777 == (tmp_path / "plain").stat().st_mode & 0o777
