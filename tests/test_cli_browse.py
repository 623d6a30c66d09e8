"""`kg query`, `show`, `people`, `orgs`, `agreements`, `events`, `path` and `stats` through CliRunner."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from medcollab_kg.cli.app import app

runner = CliRunner()
BROWSE = ["show", "people", "orgs", "agreements", "events", "path", "stats"]


@pytest.fixture(scope="module")
def kg(sample_graph_path):
    def run(*args):
        return runner.invoke(app, [*map(str, args), "--graph", str(sample_graph_path)])
    return run


def answers(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["answers"]


# ---------------------------------------------------------------- kg query: every form


def test_who_signed_with(kg):
    (hkust,) = answers(kg("query", "who signed with PUMCH", "--json"))
    assert hkust["name"] == "Hong Kong University of Science and Technology"
    assert hkust["agreements"][0]["title"] == "Strategic Cooperation Agreement"
    assert set(hkust["signatories"]) == {"Nancy Ip", "Zhang Shuyang"}
    assert "Strategic Cooperation Agreement" in hkust["evidence"][0]


def test_which_institutions_and_what_agreements(kg):
    assert [a["name"] for a in answers(kg("query", "Which institutions signed with CQMU?", "--json"))] == [
        "Yong Loo Lin School of Medicine"]
    found = answers(kg("query", "what agreements has hkust signed", "--json"))
    assert [(a["title"], a["parties"]) for a in found] == [("Strategic Cooperation Agreement", ["PUMCH", "HKUST"])]


def test_who_signed_the_agreement_between(kg):
    found = answers(kg("query", "who signed the agreement between HKUST and PUMCH", "--json"))
    assert {(a["name"], a["on_behalf_of"]) for a in found} == {
        ("Nancy Ip", "org:hong-kong-university-of-science-and-technology"),
        ("Zhang Shuyang", "org:peking-union-medical-college-hospital")}


def test_who_signed_for(kg):
    assert [a["name"] for a in answers(kg("query", "who signed for CQMU", "--json"))] == ["Li Huabing"]


def test_who_works_at_with_titles(kg):
    result = kg("query", "who works at University of Macau")
    assert result.exit_code == 0
    assert "Ge Wei" in result.stdout and "Vice Rector" in result.stdout and "Chuxia Deng" in result.stdout
    assert "works_at: University of Macau" in result.stderr


def test_where_does_p_work_and_who_is_p(kg):
    assert {a["name"] for a in answers(kg("query", "where does Nieng Yan work", "--json"))} == {
        "SMART", "Shenzhen Bay Laboratory"}
    assert [(a["name"], a["why"]) for a in answers(kg("query", "who is Zhang Shuyang", "--json"))] == [
        ("Peking Union Medical College Hospital", "President")]


def test_who_witnessed_and_which_agreements_did_p_sign(kg):
    assert {a["name"] for a in answers(kg("query", "who witnessed the agreement between HKUST and PUMCH", "--json"))
            } == {"Penger Tong", "Zhang Qian", "Wu Peixin", "Han Ding"}
    (signed,) = answers(kg("query", "which agreements did Li Huabing sign", "--json"))
    assert signed["type"] == "Agreement" and set(signed["parties"]) == {"CQMU", "Yong Loo Lin School of Medicine"}


def test_how_is_x_connected_to_y(kg):
    hops = answers(kg("query", "how is Nancy Ip connected to Liu Zhengyin", "--json"))
    assert [h["relation"] for h in hops] == ["visited", "part_of", "holds_role"]
    assert hops[-1]["name"] == "Liu Zhengyin"


def test_partners_of(kg):
    found = {a["name"]: a for a in answers(kg("query", "partners of PUMCH", "--json"))}
    assert set(found) >= {"Hong Kong University of Science and Technology", "Faculty of Health Sciences"}
    assert "Strategic Cooperation Agreement" in found["Hong Kong University of Science and Technology"]["reasons"]
    assert "Macao Union Medical Center" not in found  # PUMCH's own unit


def test_query_csv_has_ids_and_every_sentence(kg):
    result = kg("query", "who works at PUMCH", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0 and len(rows) == 6
    zhang = next(r for r in rows if r["answer"] == "Zhang Shuyang")
    assert zhang["id"] == "person:zhang-shuyang" and zhang["evidence"].count("[0") == 3


def test_unsupported_question_exits_2_with_the_forms(kg):
    result = kg("query", "what is the meaning of life")
    assert result.exit_code == 2 and result.stdout == ""
    assert "who signed with X" in result.stderr and "how is X connected to Y" in result.stderr


@pytest.mark.parametrize("question, message", [
    ("who signed with Peking Union Medical Colege Hospital", "Did you mean: Peking Union Medical College Hospital"),
    ("who works at Nancy Ip", "'Nancy Ip' is a person, not an organization"),
    ("who witnessed the cooperation agreement", "is ambiguous"),
])
def test_name_errors_exit_1_with_help(kg, question, message):
    result = kg("query", question)
    assert result.exit_code == 1 and result.stderr.startswith("Error:") and "Traceback" not in result.output
    assert message in " ".join(result.stderr.split())


# ---------------------------------------------------------------- browse commands


@pytest.mark.parametrize("command", BROWSE + ["query"])
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.stdout


def test_show_card(kg):
    result = kg("show", "pumch")
    assert result.exit_code == 0
    assert "Peking Union Medical College Hospital" in result.stdout and "hospital" in result.stdout
    for heading in ("people (6)", "partners (", "units (1)", "articles (3)"):
        assert heading in result.stdout
    assert "Hong Kong University of Science and Technology: collaborates; Strategic Cooperation" in result.stdout
    assert "“" not in result.stdout  # sentences only with --evidence


def test_show_evidence_quotes_sentences(kg):
    result = kg("show", "Nancy Ip", "--evidence")
    assert result.exit_code == 0 and "“In March 2024, Prof. Ip visited PUMCH" in result.stdout


def test_show_json(kg):
    result = kg("show", "HKUST", "--json")
    card = json.loads(result.stdout)
    assert card["id"] == "org:hong-kong-university-of-science-and-technology" and card["acronym"] == "HKUST"
    assert {f["target"] for f in card["sections"]["people"]} >= {"person:nancy-ip", "person:penger-tong"}
    assert all(f["evidence"] for f in card["sections"]["people"])


def test_show_unknown_name_exits_1(kg):
    result = kg("show", "Nobody Atall")
    assert result.exit_code == 1 and "No entity called 'Nobody Atall'" in result.stderr


def test_people_json_filtered_and_sorted(kg):
    result = kg("people", "--org", "PUMCH", "--sort", "name", "--desc", "--json")
    rows = json.loads(result.stdout)
    assert [r["name"] for r in rows][:2] == ["Zhao Yupei", "Zhang Shuyang"] and len(rows) == 6
    assert "President, PUMCH" in rows[1]["roles"]


def test_people_table_on_stdout(kg):
    result = kg("people", "--org", "University of Macau")
    assert result.exit_code == 0 and "Chuxia Deng" in result.stdout and "Dean, FHS" in result.stdout


def test_orgs_csv(kg):
    result = kg("orgs", "--kind", "university", "--sort", "agreements", "--desc", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0 and {r["kind"] for r in rows} == {"university"}
    assert int(rows[0]["agreements"]) == 1 and int(rows[-1]["agreements"]) == 0


def test_orgs_with_lists_partners(kg):
    rows = json.loads(kg("orgs", "--with", "University of Macau", "--json").stdout)
    assert {r["name"] for r in rows} == {"Macau University of Science and Technology", "Macao Union Medical Center",
                                         "Shanghai Jiao Tong University School of Medicine"}


def test_agreements_between_two_orgs(kg):
    rows = json.loads(kg("agreements", "--org", "PUMCH", "--with", "HKUST", "--json").stdout)
    assert len(rows) == 1 and rows[0]["place"] == "Beijing"
    assert set(rows[0]["signatories"]) == {"Nancy Ip", "Zhang Shuyang"} and len(rows[0]["witnesses"]) == 4


def test_agreements_by_date(kg):
    rows = json.loads(kg("agreements", "--since", "2024-11-01", "--until", "2024-11-30", "--json").stdout)
    assert [r["parties"] for r in rows] == [["CQMU", "Yong Loo Lin School of Medicine"]]


def test_bad_date_exits_2(kg):
    result = kg("agreements", "--since", "yesterday")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_events_filters(kg):
    rows = json.loads(kg("events", "--org", "PUMCH", "--json").stdout)  # through its unit, the Macao centre
    assert [r["name"] for r in rows] == ["Second Joint Symposium"] and rows[0]["place"] == "Macao"
    rows = json.loads(kg("events", "--kind", "conference", "--sort", "name", "--json").stdout)
    assert rows and {r["kind"] for r in rows} == {"conference"} and all("CQMU" in r["organizers"] for r in rows)
    assert [r["name"] for r in rows] == sorted((r["name"] for r in rows), key=str.lower)


def test_empty_listing_says_so_on_stderr(kg):
    result = kg("events", "--since", "2030")
    assert result.exit_code == 0 and result.stdout == "" and "No events." in result.stderr


def test_path(kg):
    result = kg("path", "Nancy Ip", "Liu Zhengyin", "--json")
    hops = json.loads(result.stdout)
    assert [(h["from"], h["to"]) for h in hops] == [
        ("Nancy Ip", "Peking Union Medical College Hospital"),
        ("Peking Union Medical College Hospital", "Macao Union Medical Center"),
        ("Macao Union Medical Center", "Liu Zhengyin")]
    table = kg("path", "Nancy Ip", "Liu Zhengyin")
    assert "visited" in table.stdout and "March" not in table.stdout  # a table cell wraps; one word does not
    assert "March" in kg("path", "Nancy Ip", "Liu Zhengyin", "--evidence").stdout


def test_path_without_connection_exits_1(kg):
    result = kg("path", "HKUST", "NUS")
    assert result.exit_code == 1 and "No chain of facts" in result.stderr


def test_stats(kg):
    data = json.loads(kg("stats", "--top", "1", "--json").stdout)
    assert {r["type"]: r["count"] for r in data["nodes"]}["Person"] == 20
    assert [r["name"] for r in data["most connected institutions"]] == ["Peking Union Medical College Hospital"]
    assert sum(r["articles"] for r in data["articles per month"]) == 5
    rows = list(csv.reader(io.StringIO(kg("stats", "--format", "csv").stdout)))
    assert rows[0] == ["section", "name", "value"] and ["relations", "signed", "4"] in rows


def test_unknown_format_and_sort_exit_2(kg):
    assert kg("people", "--format", "xml").exit_code == 2
    result = kg("people", "--sort", "height")
    assert result.exit_code == 2 and "Cannot sort by 'height'" in result.stderr


def test_missing_graph_exits_1(tmp_path):
    result = runner.invoke(app, ["people", "--graph", str(tmp_path / "none.json")])
    assert result.exit_code == 1 and "No graph at" in result.stderr


def test_article_text_cannot_drive_the_terminal(tmp_path):
    """Names come from articles: control sequences in them are neutralised in tables and cards."""
    import networkx as nx

    from medcollab_kg.graph import FORMAT_NAME, SCHEMA_VERSION, save_graph

    graph = nx.MultiDiGraph(format=FORMAT_NAME, schema_version=SCHEMA_VERSION)
    graph.add_node("person:x", type="Person", name="Evil\x1b[2J Name [bold]x[/bold]", aliases=[])
    graph.add_node("org:y", type="Organization", name="Y Org", aliases=[], acronym=None, kind="other")
    graph.add_edge("person:x", "org:y", "holds_role", relation="holds_role", title="Head\x07",
                   evidence=[{"document": "d.txt", "sentence": "Bad \x1b]0;title\x07 text."}])
    path = save_graph(graph, tmp_path / "g.json")
    for args in (["people"], ["show", "person:x", "--evidence"], ["query", "who works at Y Org", "--evidence"]):
        result = runner.invoke(app, [*args, "--graph", str(path)])
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "[bold]x[/bold]" in result.stdout


def test_the_cli_starts_without_the_nlp_stack():
    """`kg query` starts fast: importing the commands must not import spaCy (build and eval import it when run)."""
    code = "import sys, medcollab_kg.cli.app; print('spacy' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    imported = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                              check=True)
    assert imported.stdout.strip() == "False", "importing the CLI pulled in spaCy"


def test_query_table_shortens_sentences_unless_evidence_is_asked(kg):
    short = kg("query", "who signed with PUMCH")
    assert short.exit_code == 0 and "…" in short.stdout and "talent" not in short.stdout
    assert "talent" in kg("query", "who signed with PUMCH", "--evidence").stdout


def test_people_with_an_agreement_partner(kg):
    rows = json.loads(kg("people", "--org", "HKUST", "--with", "PUMCH", "--json").stdout)
    assert {r["name"] for r in rows} == {"Nancy Ip", "Penger Tong"}  # Zhang Qian: a division not linked to HKUST
