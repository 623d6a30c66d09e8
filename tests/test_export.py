"""Exports: every format round-trips, opens as its tools expect, writes atomically, and honours --focus."""
from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from medcollab_kg.cli.app import app
from medcollab_kg.errors import KgError
from medcollab_kg.export import FORMATS, export_graph, focus_subgraph, reader, writer
from medcollab_kg.export.html import render_page, script_json
from medcollab_kg.export.values import (
    TYPE_COLOURS,
    date_start,
    scalar,
    scalar_attrs,
    start_dates,
)
from medcollab_kg.export.view import tool_view

PUMCH = "org:peking-union-medical-college-hospital"
FILE_SUFFIX = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "csv": "", "neo4j": "", "html": ".html"}
# Attributes a format adds for its tools, not part of the graph itself.
ADDED = {"label", "weight", "key", "id", "start", "spells", "viz", "networkx_key"}


@pytest.fixture(scope="session")
def sample(sample_build) -> tuple[nx.MultiDiGraph, Path]:
    """The sample graph, built once for the session (conftest): (graph, path of its JSON file)."""
    return sample_build.graph, sample_build.path


@pytest.fixture
def graph(sample) -> nx.MultiDiGraph:
    return sample[0].copy()


def hostile_graph() -> nx.MultiDiGraph:
    """A tiny graph whose article text tries everything: markup, quotes, separators, newlines, parallel edges."""
    g = nx.MultiDiGraph(format="medcollab-kg", schema_version=1)
    g.add_node("org:a", type="Organization", name='A & B <script>alert("x")</script>', aliases=["A;B", "A, \"B\""],
               acronym="AB", kind="hospital")
    g.add_node("org:b", type="Organization", name="Beta\nHospital", aliases=[], acronym=None, kind="other")
    g.add_node("person:c", type="Person", name="Chen </script><img src=x onerror=alert(1)>", aliases=[])
    g.add_node("agreement:d", type="Agreement", name="Pact", aliases=[], title="Pact", kind="mou", date="2024-03",
               place=None, duration=None)
    g.add_edge("org:a", "agreement:d", "party_to", relation="party_to", confidence=0.8, support=1,
               evidence=[{"document": "x.txt", "sentence": "A; B signed\n<b>the</b> pact & more."}])
    g.add_edge("org:b", "agreement:d", "party_to", relation="party_to", confidence=0.8, support=2,
               evidence=[{"document": "x.txt", "sentence": "B too."}, {"document": "y.txt", "sentence": "Again."}])
    g.add_edge("person:c", "org:a", "holds_role:Dean", relation="holds_role", title="Dean", confidence=0.7,
               support=1, evidence=[{"document": "x.txt", "sentence": "Chen, dean of A."}])
    g.add_edge("person:c", "org:a", "holds_role:Professor", relation="holds_role", title="Professor",
               confidence=0.7, support=1, evidence=[{"document": "x.txt", "sentence": "Prof. Chen of A."}])
    return g


def output_path(tmp_path: Path, fmt: str) -> Path:
    return tmp_path / f"out{FILE_SUFFIX[fmt]}"


def edge_facts(graph: nx.MultiDiGraph, lossless: bool, neo4j: bool = False) -> Counter:
    """Each edge as (source, target, attributes): exact for lossless formats, as scalars otherwise."""
    facts = Counter()
    for u, v, data in graph.edges(data=True):
        attrs = {k: val for k, val in data.items() if k not in ADDED}
        if neo4j and "evidence" in attrs:  # neo4j-admin cannot escape its array delimiter
            attrs["evidence"] = [{"document": e["document"], "sentence": e["sentence"].replace(";", ",")}
                                 for e in attrs["evidence"]]
        attrs = attrs if lossless else scalar_attrs(attrs)
        facts[str(u), str(v), json.dumps(attrs, sort_keys=True)] += 1
    return facts


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("which", ["sample", "hostile"])
def test_round_trip_keeps_nodes_edges_and_attributes(fmt, which, graph, tmp_path):
    original = graph if which == "sample" else hostile_graph()
    write, read = writer(fmt), reader(fmt)
    back = read(write(original, output_path(tmp_path, fmt)))
    lossless = fmt in ("json", "csv", "neo4j", "html")  # GraphML and GEXF hold scalars only
    assert set(back) == set(original)
    for node, data in original.nodes(data=True):
        expected = {k: v for k, v in data.items() if v is not None}
        got = {k: v for k, v in back.nodes[node].items() if k not in ADDED and v is not None}
        if fmt == "neo4j":  # neo4j-admin cannot escape its array delimiter
            expected["aliases"] = [a.replace(";", ",") for a in expected["aliases"]]
        if lossless:
            assert got == expected, node
        else:
            assert scalar_attrs(got) == scalar_attrs(expected), node
            assert got["aliases"] == expected["aliases"], node  # joined, and split again on reading
    assert edge_facts(back, lossless) == edge_facts(original, lossless, neo4j=fmt == "neo4j")
    if lossless:  # keys survive too, so parallel edges stay apart
        assert set(back.edges(keys=True)) == set(original.edges(keys=True))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_control_characters_in_article_text_never_break_an_export(fmt, tmp_path):
    g = hostile_graph()
    g.nodes["org:b"]["name"] = "Beta\x0cHos\x00pital\x1b"
    g.edges["org:b", "agreement:d", "party_to"]["evidence"][0]["sentence"] = "B\x0b too."
    write, read = writer(fmt), reader(fmt)
    back = read(write(g, output_path(tmp_path, fmt)))
    # XML 1.0 cannot hold these characters at all, so GraphML and GEXF drop them; the other formats keep them.
    assert back.nodes["org:b"]["name"] == ("BetaHospital" if fmt in ("graphml", "gexf") else "Beta\x0cHos\x00pital\x1b")


def test_an_unreadable_export_is_an_error_that_names_the_file(graph, tmp_path, monkeypatch):
    def garbled(_graph, path):
        path.write_text("<graphml><node", encoding="utf-8")

    monkeypatch.setattr("medcollab_kg.export.graphml.nx.write_graphml", garbled)
    with pytest.raises(KgError, match=r"Export check failed for '.*g.graphml': reading it back gave ParseError"):
        export_graph(graph, "graphml", tmp_path / "g.graphml")
    assert list(tmp_path.iterdir()) == []


def test_json_keeps_lists_and_schema_version(graph, tmp_path):
    path = export_graph(graph, "json", tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["graph"]["schema_version"] == 1
    assert any(isinstance(n["aliases"], list) and n["aliases"] for n in data["nodes"])
    assert all(isinstance(e["evidence"], list) for e in data["edges"] if e["relation"] != "mentioned_in")


# ---------------------------------------------------------------- GraphML and GEXF as Gephi reads them

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"


def test_graphml_has_typed_scalars_labels_weights_and_unique_edge_ids(graph, tmp_path):
    root = ET.parse(export_graph(graph, "graphml", tmp_path / "g.graphml")).getroot()
    graph = tool_view(graph)  # what an export holds: entities and facts
    keys = root.findall(f"{GRAPHML}key")
    assert {k.get("attr.type") for k in keys} <= {"string", "long", "double", "boolean"}
    declared = Counter((k.get("for"), k.get("attr.name")) for k in keys)
    assert max(declared.values()) == 1, "an attribute declared twice shows up twice in Gephi"
    names = {(k.get("for"), k.get("attr.name")): k.get("id") for k in keys}
    assert {("node", "label"), ("node", "type"), ("node", "kind"), ("node", "acronym"), ("node", "aliases"),
            ("edge", "label"), ("edge", "weight"), ("edge", "title"), ("edge", "date")} <= set(names)
    edges = root.iter(f"{GRAPHML}edge")
    ids = [e.get("id") for e in edges]
    assert len(ids) == graph.number_of_edges() == len(set(ids))
    node = next(n for n in root.iter(f"{GRAPHML}node") if n.get("id") == PUMCH)
    values = {d.get("key"): d.text for d in node.findall(f"{GRAPHML}data")}
    assert values[names["node", "label"]] == "Peking Union Medical College Hospital"
    assert "PUMCH" in values[names["node", "aliases"]].split("; ") or values[names["node", "acronym"]] == "PUMCH"
    dates = {d.text for e in root.iter(f"{GRAPHML}edge") for d in e.findall(f"{GRAPHML}data")
             if d.get("key") == names["edge", "date"]}
    expected = {d for *_, d in graph.edges(data="date") if d}
    assert expected and dates == expected  # dates stay strings, partial ones too


def test_graphml_parallel_edges_between_the_same_pair_stay_apart(tmp_path):
    path = export_graph(hostile_graph(), "graphml", tmp_path / "g.graphml")
    ids = [e.get("id") for e in ET.parse(path).getroot().iter(f"{GRAPHML}edge")]
    assert len(ids) == 4 == len(set(ids))


def spell_start(element: ET.Element) -> str | None:
    spell = element.find(f"{GEXF}spells/{GEXF}spell")
    return spell.get("start") if spell is not None else None


def test_gexf_is_version_1_2_with_colours_sizes_and_a_timeline(graph, tmp_path):
    root = ET.parse(export_graph(graph, "gexf", tmp_path / "g.gexf")).getroot()
    graph = tool_view(graph)
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.2"
    g = root.find(f"{GEXF}graph")
    assert g.get("mode") == "dynamic" and g.get("timeformat") == "date"
    nodes = {n.get("id"): n for n in g.iter(f"{GEXF}node")}
    assert len(nodes) == graph.number_of_nodes()
    for node_id, element in nodes.items():
        colour = element.find(f"{VIZ}color")
        expected = TYPE_COLOURS[graph.nodes[node_id]["type"]]
        assert "#{:02X}{:02X}{:02X}".format(*(int(colour.get(c)) for c in "rgb")) == expected
        assert float(element.find(f"{VIZ}size").get("value")) > 0
    size = lambda n: float(nodes[n].find(f"{VIZ}size").get("value"))  # noqa: E731
    assert size(PUMCH) > min(size(n) for n in nodes)  # busier nodes are drawn bigger
    dated = [n for n, d in graph.nodes(data=True) if d["type"] in ("Agreement", "Event") and d.get("date")]
    assert dated and all(spell_start(nodes[n]) == date_start(graph.nodes[n]["date"]) for n in dated)
    edge_ids = [e.get("id") for e in g.iter(f"{GEXF}edge")]
    assert len(edge_ids) == graph.number_of_edges() == len(set(edge_ids))
    for e in g.iter(f"{GEXF}edge"):  # an edge never appears before its ends
        if spell_start(e):
            for end in (e.get("source"), e.get("target")):
                assert spell_start(nodes[end]) is None or spell_start(nodes[end]) <= spell_start(e)


def test_start_dates_follow_own_dates_then_articles():
    g = hostile_graph()
    g.add_node("doc:x", type="Document", name="x.txt", aliases=[], date="2023-05-02")
    g.add_edge("org:b", "doc:x", "mentioned_in", relation="mentioned_in")
    nodes, edges = start_dates(g)
    assert nodes["agreement:d"] == "2024-03-01"  # partial dates start on their first day
    assert nodes["org:b"] == "2023-05-02"  # mentioned before the agreement
    assert nodes["org:a"] == "2024-03-01"
    assert edges["org:a", "agreement:d", "party_to"] == "2024-03-01"
    assert "person:c" not in nodes  # nothing dates it: always visible
    assert date_start("March 2024") is None and date_start("2024") == "2024-01-01"


# ---------------------------------------------------------------- CSV as Gephi, pandas and spreadsheets read it


def test_csv_has_gephi_columns_and_reads_in_pandas(graph, tmp_path):
    folder = export_graph(graph, "csv", tmp_path / "tables")
    graph = tool_view(graph)
    assert sorted(p.name for p in folder.iterdir()) == ["edges.csv", "evidence.csv", "nodes.csv"]
    nodes = pd.read_csv(folder / "nodes.csv", keep_default_na=False)
    edges = pd.read_csv(folder / "edges.csv", keep_default_na=False)
    evidence = pd.read_csv(folder / "evidence.csv", keep_default_na=False)
    assert list(nodes.columns[:2]) == ["Id", "Label"] and {"type", "aliases"} <= set(nodes.columns)
    assert list(edges.columns[:6]) == ["Id", "Source", "Target", "Type", "Label", "Weight"]
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    assert set(edges["Type"]) == {"Directed"} and edges["Weight"].dtype.kind in "if"
    assert edges["Id"].is_unique and set(edges["Source"]) | set(edges["Target"]) <= set(nodes["Id"])
    assert set(evidence["edge"]) <= set(edges["Id"])
    assert len(evidence) == sum(len(d.get("evidence", [])) for *_, d in graph.edges(data=True))
    assert nodes.set_index("Id").loc[PUMCH, "Label"] == "Peking Union Medical College Hospital"


def test_csv_keeps_hostile_text_intact(tmp_path):
    folder = export_graph(hostile_graph(), "csv", tmp_path / "tables")
    with open(folder / "evidence.csv", encoding="utf-8", newline="") as handle:
        sentences = [row["sentence"] for row in csv.DictReader(handle)]
    assert "A; B signed\n<b>the</b> pact & more." in sentences


# ---------------------------------------------------------------- Neo4j


def test_neo4j_folder_has_admin_import_headers_and_a_matching_load_script(graph, tmp_path):
    folder = export_graph(graph, "neo4j", tmp_path / "neo4j")
    graph = tool_view(graph)
    node_files = sorted(folder.glob("nodes_*.csv"))
    rel_files = sorted(folder.glob("relationships_*.csv"))
    types = {"string", "string[]", "long", "double", "boolean"}
    ids, labels = set(), Counter()
    for file in node_files:
        rows = list(csv.reader(file.open(encoding="utf-8", newline="")))
        assert rows[0][:2] == ["id:ID", ":LABEL"]
        assert all(h.partition(":")[2] in types | {""} for h in rows[0][2:])
        for row in rows[1:]:
            ids.add(row[0])
            labels.update(row[1].split(";"))
    assert ids == set(graph) and labels["KgNode"] == graph.number_of_nodes()
    assert labels["Organization"] == sum(1 for _, t in graph.nodes(data="type") if t == "Organization")
    rel_count = 0
    for file in rel_files:
        rows = list(csv.reader(file.open(encoding="utf-8", newline="")))
        assert rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
        for row in rows[1:]:
            assert row[0] in ids and row[1] in ids and re.fullmatch(r"[A-Z_]+", row[2])
            rel_count += 1
    assert rel_count == graph.number_of_edges()
    cypher = (folder / "load.cypher").read_text(encoding="utf-8")
    loaded = set(re.findall(r"LOAD CSV WITH HEADERS FROM 'file:///([^']+)'", cypher))
    assert loaded == {f.name for f in node_files + rel_files}
    assert "CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:KgNode) REQUIRE n.id IS UNIQUE;" in cypher
    code = "\n".join(line for line in cypher.splitlines() if not line.startswith("//"))
    statements = [s.strip() for s in code.split(";\n") if s.strip()]
    assert len(statements) == 1 + len(loaded) and all("MERGE" in s for s in statements[1:])
    script = (folder / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in " ".join(script.replace("\\\n", " ").split())
    assert set(re.findall(r"--(?:nodes|relationships)=(\S+)", script)) == loaded


def test_neo4j_arrays_never_split_a_value(tmp_path):
    folder = export_graph(hostile_graph(), "neo4j", tmp_path / "neo4j")
    rows = list(csv.DictReader((folder / "nodes_Organization.csv").open(encoding="utf-8", newline="")))
    aliases = next(r for r in rows if r["id:ID"] == "org:a")["aliases:string[]"].split(";")
    assert aliases == ["A,B", 'A, "B"']  # ';' inside a value would have made three


# ---------------------------------------------------------------- HTML without a browser


def test_html_embeds_article_text_inert():
    page = render_page(hostile_graph())
    assert "<script>alert" not in page and "</script><img" not in page and "<b>the</b>" not in page
    # the data block, the three vendored libraries (graphology, its standard library, sigma.js) and our script
    assert page.count("<script") == 5 and page.count("</script>") == 5
    assert "\\u003cscript\\u003ealert" in page
    assert json.loads(script_json({"s": "</script>&\u2028"})) == {"s": "</script>&\u2028"}
    policy = page.split('http-equiv="Content-Security-Policy" content="')[1].split('"')[0]
    allowed = policy.split("script-src ")[1].split(";")[0].split()
    assert len(allowed) == 4 and all(a.startswith("'sha256-") for a in allowed)  # only those four scripts run


# ---------------------------------------------------------------- writing safely


@pytest.mark.parametrize("fmt, module, reader", [("json", "json", "load_graph"), ("graphml", "graphml", "read_graphml"),
                                                 ("csv", "csv", "read_csv"), ("neo4j", "neo4j", "read_neo4j")])
def test_failed_check_keeps_the_previous_export(fmt, module, reader, graph, tmp_path, monkeypatch):
    path = output_path(tmp_path, fmt)
    export_graph(graph, fmt, path)
    before = sorted((p.name, p.read_bytes()) for p in ([path] if path.is_file() else path.iterdir()))

    def broken(_):
        raise KgError("cannot read it back")

    monkeypatch.setattr(f"medcollab_kg.export.{module}.{reader}", broken)
    with pytest.raises(KgError, match="cannot read it back"):
        export_graph(hostile_graph(), fmt, path)
    after = sorted((p.name, p.read_bytes()) for p in ([path] if path.is_file() else path.iterdir()))
    assert after == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "temporary files left behind"


def test_folder_export_refuses_to_replace_someone_elses_folder(graph, tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(KgError, match=r"holds 1 file\(s\) this export did not write, e.g. 'mine.txt'"):
        export_graph(graph, "csv", tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def test_folder_export_replaces_its_own_earlier_export(graph, tmp_path):
    export_graph(graph, "neo4j", tmp_path / "neo")
    export_graph(hostile_graph(), "neo4j", tmp_path / "neo")
    assert not (tmp_path / "neo" / "nodes_Event.csv").exists()  # the new graph has no events
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neo"]


# ---------------------------------------------------------------- focus


def test_focus_keeps_the_entity_and_what_lies_within_depth(graph):
    assert set(focus_subgraph(graph, "pumch", depth=0)) == {PUMCH}
    one = focus_subgraph(graph, "PUMCH", depth=1)
    two = focus_subgraph(graph, "Peking Union Medical College Hospital", depth=2)
    neighbours = set(graph.successors(PUMCH)) | set(graph.predecessors(PUMCH))
    assert set(one) == {PUMCH} | neighbours
    assert set(one) < set(two) < set(graph)
    agreement = next(v for _, v, r in graph.out_edges(PUMCH, data="relation") if r == "party_to")
    partners = {u for u, _, r in graph.in_edges(agreement, data="relation") if r == "party_to"}
    assert partners <= set(two)  # "who signed with PUMCH" is two hops
    assert two.graph["focus"] == PUMCH and two.graph["depth"] == 2


def test_focus_does_not_walk_through_documents(graph):
    one = focus_subgraph(graph, "PUMCH", depth=1)
    three = focus_subgraph(graph, "PUMCH", depth=3)
    docs = {n for n in one if graph.nodes[n]["type"] == "Document"}
    assert docs
    shared_only = {n for d in docs for n in graph.predecessors(d)} - set(three)
    assert shared_only, "some entities share an article with PUMCH but are not near it in the facts"


def test_focus_on_an_unknown_name_says_so(graph):
    with pytest.raises(KgError, match="No entity called 'Nowhere Clinic'"):
        focus_subgraph(graph, "Nowhere Clinic")


# ---------------------------------------------------------------- CLI

runner = CliRunner()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_cli_exports_each_format_with_focus(fmt, sample, tmp_path):
    graph, graph_path = sample
    out = output_path(tmp_path, fmt)
    result = runner.invoke(app, ["export", "--graph", str(graph_path), "--format", fmt, "--output", str(out),
                                 "--focus", "PUMCH", "--depth", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # data goes to the file, messages to stderr
    assert f"({fmt} " in result.stderr
    back = reader(fmt)(out)
    assert set(back) == set(tool_view(focus_subgraph(graph, "PUMCH", depth=1)))


def test_cli_unknown_format_is_one_line_error(sample, tmp_path):
    result = runner.invoke(app, ["export", "--graph", str(sample[1]), "--format", "pdf", "--output",
                                 str(tmp_path / "g.pdf")])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: Unknown format 'pdf'") and len(result.stderr.splitlines()) == 1
    assert "graphml" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "g.pdf").exists()


def test_cli_unknown_focus_is_an_error(sample, tmp_path):
    result = runner.invoke(app, ["export", "--graph", str(sample[1]), "--format", "json", "--output",
                                 str(tmp_path / "g.json"), "--focus", "Nowhere Clinic"])
    assert result.exit_code == 1 and "Error: No entity called 'Nowhere Clinic'" in result.stderr


def test_cli_negative_depth_is_a_usage_error(sample, tmp_path):
    result = runner.invoke(app, ["export", "--graph", str(sample[1]), "--format", "json", "--output",
                                 str(tmp_path / "g.json"), "--focus", "PUMCH", "--depth", "-1"])
    assert result.exit_code == 2


def test_scalar_joins_lists_and_drops_what_it_cannot_hold():
    assert scalar(["a", "b"]) == "a; b"
    assert scalar([{"document": "d", "sentence": "s"}]) == "s"
    assert scalar(None) is None and scalar({"x": 1}) is None and scalar(0.5) == 0.5
