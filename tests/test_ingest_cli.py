"""`kg build` on messy input: summary lines, exit codes, stdin, options, and nothing injected in the terminal."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medcollab_kg.cli.app import app
from medcollab_kg.graph import load_graph

NASTY = Path(__file__).parent / "fixtures" / "nasty"
NEWS = ("BEIJING, March 5, 2024 - Peking Union Medical College Hospital (PUMCH) signed a memorandum "
        "of understanding with the University of Macau on clinical research.\n")
runner = CliRunner()


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no data/aliases.csv from the repository


def kg(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def build(*args: str, graph: Path, input: str | bytes | None = None):
    return kg("build", *args, "--graph", str(graph), "--model", "blank", input=input)


def test_nasty_folder_builds_and_lists_each_skip_and_warning(tmp_path):
    graph = tmp_path / "g.json"
    result = build(str(NASTY), "--json", graph=graph)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["articles"] == 7
    reasons = {s["path"]: s["reason"] for s in summary["skipped"]}
    assert reasons[str(NASTY / "empty.txt")] == "empty"
    assert reasons[f"{NASTY / 'dump.jsonl'}:2"].startswith("invalid JSON")
    assert any("latin1.txt: not UTF-8; decoded as cp1252" in w for w in summary["warnings"])
    meta = load_graph(graph).graph
    assert meta["skipped"] == summary["skipped"] and meta["articles"] == 7


def test_human_summary_has_one_line_per_skip_on_stderr(tmp_path):
    result = build(str(NASTY), graph=tmp_path / "g.json")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert f"  skipped {NASTY / 'empty.txt'}: empty" in lines
    assert any(line.startswith(f"  skipped {NASTY / 'dump.jsonl'}:4: no article text") and
               line.endswith("name the field with --text-field") for line in lines)
    assert any(line.startswith(f"  warning {NASTY / 'latin1.txt'}: not UTF-8") for line in lines)
    assert result.stdout == ""


def test_max_bytes_and_text_field_options(tmp_path):
    result = build(str(NASTY), "--json", "--max-bytes", "300", "--text-field", "story", graph=tmp_path / "g.json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    reasons = {s["path"]: s["reason"] for s in summary["skipped"]}
    assert reasons[str(NASTY / "page.html")].startswith("larger than --max-bytes (906 > 300 bytes)")
    assert f"{NASTY / 'dump.jsonl'}:7" not in reasons  # read through --text-field story


def test_bad_max_bytes_is_a_usage_error(tmp_path):
    result = build(str(NASTY), "--max-bytes", "0", graph=tmp_path / "g.json")
    assert result.exit_code == 2
    assert "--max-bytes" in result.stderr


def test_stdin_article(tmp_path):
    graph = tmp_path / "g.json"
    result = build("-", "--json", graph=graph, input=NEWS)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"] == 1
    assert "doc:stdin" in load_graph(graph)


def test_missing_path_exits_1_with_the_fix(tmp_path):
    result = build("nowhere", graph=tmp_path / "g.json")
    assert result.exit_code == 1
    assert result.stderr == "Error: No such file or folder: 'nowhere'. Fix: check the path.\n"
    assert "Traceback" not in result.output
    assert not (tmp_path / "g.json").exists()


def test_only_bad_files_exit_1_and_keep_the_previous_graph(tmp_path):
    graph = tmp_path / "g.json"
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(NEWS)
    assert build(str(tmp_path / "news"), graph=graph).exit_code == 0
    before = graph.read_bytes()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    (tmp_path / "bad" / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = build(str(tmp_path / "bad"), graph=graph)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: No articles in '{tmp_path / 'bad'}'. 2 skipped")
    assert len(result.stderr.splitlines()) == 1
    assert graph.read_bytes() == before


def test_control_sequences_from_files_never_reach_the_terminal(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "evil\x1b]0;owned\x07.txt").write_bytes(b"")  # a file name carrying an OSC sequence
    (news / "d.jsonl").write_text(json.dumps({"text": NEWS, "date": "\x1b[2J\x1b[31mlater", "title": "\x1b[5m"}) + "\n")
    (news / "bad.jsonl").write_text('{"text": "\x1b[31m\n')
    result = build(str(news), graph=tmp_path / "g.json")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil�]0;owned�.txt: empty" in result.stderr
    assert "date '\ufffd[2J\ufffd[31mlater' is not an absolute date" in result.stderr


def test_rich_markup_in_file_names_is_shown_literally(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "[bold]x.txt").write_bytes(b"")
    (tmp_path / "news" / "a.txt").write_text(NEWS)
    result = build(str(tmp_path / "news"), graph=tmp_path / "g.json")
    assert "[bold]x.txt: empty" in result.stderr


def test_output_path_comes_only_from_options(tmp_path):
    """An article naming a path never decides where anything is written."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.json").write_text(json.dumps({"text": NEWS, "url": "../../escape.json", "title": "/tmp/owned.json"}))
    before = set(tmp_path.rglob("*"))
    result = build(str(news), graph=tmp_path / "out" / "g.json")
    assert result.exit_code == 0
    out = tmp_path / "out"
    # the graph, its cache and the lock that keeps a second build waiting
    assert set(tmp_path.rglob("*")) - before == {out, out / "g.json", out / "g.facts.sqlite", out / ".g.json.lock"}
