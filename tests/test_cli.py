"""The CLI through CliRunner: exit codes, stdout for data, stderr for people."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from conftest import GOLD, SAMPLES
from typer.testing import CliRunner

from medcollab_kg import __version__
from medcollab_kg.cli.app import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.stdout


@pytest.mark.parametrize("command", ["build", "query", "export", "eval"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout


def test_build_writes_the_graph_and_a_summary(tmp_path):
    graph = tmp_path / "g.json"
    result = run("build", SAMPLES, "--graph", graph, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["articles"] == 5 and summary["nodes"]["Agreement"] == 3
    assert json.loads(graph.read_text())["graph"]["schema_version"] == 1


def test_build_missing_path_is_an_error(tmp_path):
    result = run("build", tmp_path / "nope", "--graph", tmp_path / "g.json")
    assert result.exit_code == 1 and "No such file or folder" in result.stderr
    assert not (tmp_path / "g.json").exists()


def test_query_json(sample_graph_path):
    result = run("query", "Who signed with pumch?", "--graph", sample_graph_path, "--json")
    assert result.exit_code == 0, result.output
    answers = json.loads(result.stdout)["answers"]
    assert [a["name"] for a in answers] == ["Hong Kong University of Science and Technology"]
    assert set(answers[0]["signatories"]) == {"Nancy Ip", "Zhang Shuyang"}


def test_query_table_says_why_and_quotes(sample_graph_path):
    result = run("query", "who works at University of Macau", "--graph", sample_graph_path)
    assert result.exit_code == 0
    assert "Vice Rector" in result.stdout and "Ge Wei" in result.stdout and "Chuxia Deng" in result.stdout


def test_unsupported_question_exits_2(sample_graph_path):
    result = run("query", "what is the meaning of life", "--graph", sample_graph_path)
    assert result.exit_code == 2 and "who signed with X" in result.stderr


def test_unknown_name_suggests(sample_graph_path):
    result = run("query", "who signed with Peking Union Medical Colege Hospital", "--graph", sample_graph_path)
    assert result.exit_code == 1 and "Did you mean" in result.stderr


@pytest.mark.parametrize("content", ["{broken", '{"nodes": []}'])
def test_corrupt_or_foreign_graph_exits_1(tmp_path, content):
    path = tmp_path / "g.json"
    path.write_text(content)
    result = run("query", "who signed with PUMCH", "--graph", path)
    assert result.exit_code == 1 and result.stderr.startswith("Error:") and "Traceback" not in result.output


def test_export_graphml_round_trip(sample_graph_path, tmp_path):
    out = tmp_path / "g.graphml"
    result = run("export", "--format", "graphml", "--graph", sample_graph_path, "--output", out)
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(out, force_multigraph=True)
    original = nx.node_link_graph(json.loads(sample_graph_path.read_text()), edges="edges")
    facts = [(u, v) for u, v, r in original.edges(data="relation") if r != "mentioned_in"]
    assert back.number_of_nodes() == sum(1 for _, t in original.nodes(data="type") if t != "Document")
    assert back.number_of_edges() == len(facts)  # articles only with --with-articles
    assert back.nodes["org:peking-union-medical-college-hospital"]["label"] == "Peking Union Medical College Hospital"


def test_export_json_round_trip(sample_graph_path, tmp_path):
    out = tmp_path / "copy.json"
    assert run("export", "--format", "json", "--graph", sample_graph_path, "--output", out).exit_code == 0
    assert json.loads(out.read_text())["graph"]["schema_version"] == 1


def test_export_unknown_format(sample_graph_path, tmp_path):
    result = run("export", "--format", "pdf", "--graph", sample_graph_path, "--output", tmp_path / "x")
    assert result.exit_code == 2 and "Unknown format" in result.stderr


def test_eval_json_reports_every_category():
    result = run("eval", GOLD, "--corpus", SAMPLES, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report["scores"]) == {"people", "organizations", "roles", "agreements", "signatories", "witnesses"}
    assert report["questions"]["right"] == 8


def test_explain_merges_words_every_reason_on_one_line():
    from medcollab_kg.cli.build import explain
    from medcollab_kg.resolution import Merge, Why

    lines = {why: explain(Merge("org", why, ("UM", "HKU"), ("University of Macau",), ("a.txt", "b.txt"), parent="X"))
             for why in Why}
    assert lines[Why.DEFINED] == "a.txt: 'UM' = 'University of Macau' (defined in the text)"
    assert lines[Why.SAME_NAME] == "'UM' in a.txt = in b.txt (same name)"
    assert lines[Why.KEPT_APART] == "kept apart by the aliases file: 'UM' and 'HKU'"
    assert len(set(lines.values())) == len(Why) and all("\n" not in line for line in lines.values())
    unlinked = Merge("person", Why.UNLINKED, ("Lim",), documents=("a.txt",), candidates=2, fitting=0)
    assert explain(unlinked) == "a.txt: 'Lim' left unlinked (2 full names with it, 0 fit the sentence)"
