"""A graph is never lost: killed builds, byte-identical rebuilds, and corrupt graph files met with a clear error."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import medcollab_kg
from medcollab_kg.cli.app import app
from medcollab_kg.errors import GraphFileError
from medcollab_kg.graph import SCHEMA_VERSION, load_graph

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
NASTY = Path(__file__).parent / "fixtures" / "nasty"
SRC = Path(medcollab_kg.__file__).resolve().parent.parent
runner = CliRunner()


def kg_process(*args: str) -> list[str]:
    return [sys.executable, "-m", "medcollab_kg", *args]


def subprocess_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC), **extra}


def corpus(folder: Path, copies: int) -> Path:
    """The sample articles, `copies` times over with a line that makes each copy a new article."""
    folder.mkdir()
    for n in range(copies):
        for article in sorted(RAW.glob("*.txt")):
            text = article.read_text(encoding="utf-8")
            (folder / f"{n:03d}_{article.name}").write_text(f"{text}\nCopy {n}.\n", encoding="utf-8")
    return folder


# ---------------------------------------------------------------- killed builds


@pytest.mark.slow
def test_kg_build_killed_at_any_moment_leaves_the_previous_graph(tmp_path):
    news = corpus(tmp_path / "news", copies=4)
    graph = tmp_path / "graph.json"
    command = kg_process("build", str(news), "--graph", str(graph), "--model", "blank")
    started = time.monotonic()
    subprocess.run(command, env=subprocess_env(), check=True, capture_output=True, timeout=300)
    full_run = time.monotonic() - started
    previous = graph.read_bytes()
    (news / "extra.txt").write_text("LONDON, May 1, 2024 - King's College London signed an agreement with "
                                    "Guy's and St Thomas' NHS Foundation Trust.\n", encoding="utf-8")
    outcomes = set()
    for fraction in (0.5, 0.8, 0.9, 0.97, 1.05):  # the graph is written in the last moments
        process = subprocess.Popen(command, env=subprocess_env(), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(full_run * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        loaded = load_graph(graph)  # never half a file
        data = graph.read_bytes()
        if data == previous:
            outcomes.add("old")
        else:
            outcomes.add("new")
            assert "doc:extra-txt" in loaded
            previous = data
    assert "old" in outcomes  # the kills did land before the rename


WRITER = """
import sys, networkx as nx
from medcollab_kg.graph import FORMAT_NAME, SCHEMA_VERSION, save_graph
graph = nx.MultiDiGraph(format=FORMAT_NAME, schema_version=SCHEMA_VERSION)
for i in range(20_000):
    graph.add_node(f"org:n{i}", type="Organization", name=f"Organization {i}", aliases=[f"O{i}"] * 3)
    if i:
        graph.add_edge(f"org:n{i}", f"org:n{i - 1}", "part_of", relation="part_of", evidence=[{"document": "d", "sentence": "s" * 40}])
while True:
    graph.graph["round"] = graph.graph.get("round", 0) + 1
    save_graph(graph, sys.argv[1])
"""


@pytest.mark.slow
def test_kill_during_the_write_itself_never_leaves_half_a_graph(tmp_path):
    """Kill a writer the moment its temporary file appears, i.e. while the JSON is being written."""
    graph = tmp_path / "graph.json"
    landed_mid_write = 0
    for delay in (0.0, 0.002, 0.02):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(graph)], env=subprocess_env())
        try:
            while not graph.exists() and process.poll() is None:  # the first run has no previous graph yet
                time.sleep(0.01)
            before = graph.read_bytes()
            while not list(tmp_path.glob(".graph.json.*.tmp")) and process.poll() is None:
                time.sleep(0.0005)
            time.sleep(delay)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        temporary = list(tmp_path.glob(".graph.json.*.tmp"))
        landed_mid_write += bool(temporary)
        loaded = load_graph(graph)
        assert loaded.number_of_nodes() == 20_000
        assert graph.read_bytes() == before or loaded.graph["round"] > json.loads(before)["graph"]["round"]
        for leftover in temporary:  # what SIGKILL leaves behind: a hidden temporary file, never the graph
            leftover.unlink()
    assert landed_mid_write >= 1


# ---------------------------------------------------------------- reproducible builds


def test_building_twice_gives_byte_identical_graphs(tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for graph in (first, second):
        result = runner.invoke(app, ["build", str(RAW), str(NASTY), "--graph", str(graph), "--model", "blank"])
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.slow
def test_rebuild_is_byte_identical_across_processes_and_hash_seeds(tmp_path):
    """Set and dict ordering can differ between processes; the file must not."""
    outputs = []
    for seed in ("1", "2"):
        graph = tmp_path / f"graph-{seed}.json"
        subprocess.run(kg_process("build", str(RAW), str(NASTY), "--graph", str(graph)),
                       env=subprocess_env(PYTHONHASHSEED=seed), check=True, capture_output=True, timeout=300)
        outputs.append(graph.read_bytes())
    assert outputs[0] == outputs[1]
    assert load_graph(tmp_path / "graph-1.json").number_of_nodes() > 20


# ---------------------------------------------------------------- corrupt graph files


def good_graph(tmp_path: Path) -> Path:
    graph = tmp_path / "good.json"
    result = runner.invoke(app, ["build", str(RAW), "--graph", str(graph), "--model", "blank"])
    assert result.exit_code == 0, result.output
    return graph


def graph_json(**changes) -> str:
    data = {"directed": True, "multigraph": True, "graph": {"format": "medcollab-kg", "schema_version": 1},
            "nodes": [], "edges": []}
    data.update(changes)
    return json.dumps(data)


BAD_GRAPHS = {
    "empty": (b"", "is not valid graph JSON", "Rebuild it: kg build"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\xff", "is not valid graph JSON", "Rebuild it: kg build"),
    "utf16": ('{"a": 1}'.encode("utf-16"), "is not valid graph JSON", "Rebuild it: kg build"),
    "not json": (b"nodes: []\n", "is not valid graph JSON", "Rebuild it: kg build"),
    "deeply nested": (b"[" * 100_000 + b"]" * 100_000, "is not valid graph JSON", "Rebuild it: kg build"),
    "a list": (b"[1, 2, 3]", "is not a medcollab-kg graph", "Build one: kg build"),
    "someone else's": (json.dumps({"graph": {}, "nodes": [], "edges": []}).encode(), "is not a medcollab-kg graph",
                       "Build one: kg build"),
    "newer schema": (graph_json(graph={"format": "medcollab-kg", "schema_version": SCHEMA_VERSION + 1}).encode(),
                     f"has schema version {SCHEMA_VERSION + 1}", "Upgrade medcollab-kg or rebuild the graph"),
    "schema as text": (graph_json(graph={"format": "medcollab-kg", "schema_version": "1"}).encode(),
                       "has schema version '1'", "Upgrade medcollab-kg or rebuild the graph"),
    "nodes not a list": (graph_json(nodes="abc").encode(), "is corrupt", "Rebuild it: kg build"),
    "node without id": (graph_json(nodes=[{"type": "Person"}]).encode(), "is corrupt", "Rebuild it: kg build"),
    "unhashable id": (graph_json(nodes=[{"id": {"a": 1}}]).encode(), "is corrupt", "Rebuild it: kg build"),
    "edge without target": (graph_json(edges=[{"source": "a"}]).encode(), "is corrupt", "Rebuild it: kg build"),
    "edge to no node": (graph_json(nodes=[{"id": "a"}], edges=[{"source": "a", "target": "b", "key": "k"}]).encode(),
                        "is corrupt", "Rebuild it: kg build"),
    "repeated node": (graph_json(nodes=[{"id": "a"}, {"id": "a"}]).encode(), "is corrupt", "Rebuild it: kg build"),
}


@pytest.mark.parametrize("command", [["query", "who signed with PUMCH"], ["export", "-o", "out.graphml"]])
@pytest.mark.parametrize("case", sorted(BAD_GRAPHS))
def test_corrupt_graph_files_give_one_line_naming_the_fix(tmp_path, monkeypatch, case, command):
    monkeypatch.chdir(tmp_path)
    content, problem, fix = BAD_GRAPHS[case]
    graph = tmp_path / "graph.json"
    graph.write_bytes(content)
    result = runner.invoke(app, [*command, "--graph", str(graph)])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"Error: '{graph}' {problem}")
    assert fix in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.output
    assert not (tmp_path / "out.graphml").exists()


def test_load_graph_gives_what_networkx_reads_from_the_same_file(tmp_path):
    path = good_graph(tmp_path)
    expected = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), directed=True, multigraph=True,
                                  edges="edges")
    graph = load_graph(path)
    assert graph.number_of_edges() > 50
    assert nx.utils.graphs_equal(graph, expected)
    assert list(graph.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert dict(graph.in_degree()) == dict(expected.in_degree())


def test_truncated_graph_is_reported_not_loaded(tmp_path):
    graph = good_graph(tmp_path)
    data = graph.read_bytes()
    for cut in (1, len(data) // 3, len(data) // 2, len(data) - 3):
        graph.write_bytes(data[:cut])
        result = runner.invoke(app, ["query", "who signed with PUMCH", "--graph", str(graph)])
        assert result.exit_code == 1
        assert result.stderr.startswith(f"Error: '{graph}' is not valid graph JSON")


def test_missing_graph_and_folder_as_graph(tmp_path):
    result = runner.invoke(app, ["query", "who signed with PUMCH", "--graph", str(tmp_path / "none.json")])
    assert result.exit_code == 1
    assert "Build one first: kg build data/raw --graph" in result.stderr
    result = runner.invoke(app, ["query", "who signed with PUMCH", "--graph", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: Cannot read '{tmp_path}'")


def test_unknown_export_format_is_a_usage_error(tmp_path):
    graph = good_graph(tmp_path)
    result = runner.invoke(app, ["export", "--format", "pdf", "-o", str(tmp_path / "x"), "--graph", str(graph)])
    assert result.exit_code == 2


def test_unknown_export_format_names_the_choices(tmp_path):
    graph = good_graph(tmp_path)
    result = runner.invoke(app, ["export", "--format", "pdf", "-o", str(tmp_path / "x"), "--graph", str(graph)])
    assert result.exit_code != 0
    assert "Unknown format 'pdf'. Fix: use graphml, gexf, json, csv, neo4j or html." in result.stderr
    assert "Traceback" not in result.output


@pytest.fixture(scope="module")
def valid_graph_bytes(tmp_path_factory) -> bytes:
    return good_graph(tmp_path_factory.mktemp("graph")).read_bytes()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_damage_to_a_graph_file_loads_or_raises_graph_file_error(tmp_path, valid_graph_bytes, data):
    damaged = bytearray(valid_graph_bytes)
    for _ in range(data.draw(st.integers(1, 5))):
        where = data.draw(st.integers(0, len(damaged) - 1))
        damaged[where:where + data.draw(st.integers(0, 50))] = data.draw(st.binary(max_size=8))
    path = tmp_path / "damaged.json"
    path.write_bytes(bytes(damaged))
    try:
        load_graph(path)
    except GraphFileError as exc:
        assert "\n" not in str(exc)


@pytest.mark.parametrize("where", ["folder", "under a file"])
def test_unwritable_graph_path_is_one_line_and_leaves_nothing_behind(tmp_path, where):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("x")
    graph = tmp_path / "folder" if where == "folder" else tmp_path / "file" / "graph.json"
    result = runner.invoke(app, ["build", str(RAW), "--graph", str(graph), "--model", "blank"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: Cannot write '{graph}': ")
    assert "Fix: pass --graph a file path" in result.stderr and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "folder"]  # no temporary file left
    assert list((tmp_path / "folder").iterdir()) == []
