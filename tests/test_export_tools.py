"""Exports as graph tools read them: entities and facts by default, weights, dates, names and article links,
read back by networkx, igraph and graphology (in headless Chromium)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pandas as pd
import pytest
from test_export_browser import Browser

from medcollab_kg.build import build_graph
from medcollab_kg.export import export_graph
from medcollab_kg.export.view import tool_view

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
VENDOR = ROOT / "src" / "medcollab_kg" / "export" / "vendor"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
URL = "https://news.example.org/hkust-pumch-agreement"
HKUST_PUMCH = (RAW / "001_7cfde3da59199728.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> nx.MultiDiGraph:
    """The sample articles, one of them from a news dump that gives its link and date."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in RAW.glob("*.txt"):
        if path.name != "001_7cfde3da59199728.txt":
            (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    record = {"title": "HKUST, PUMCH Sign Strategic Cooperation Agreement", "date": "2024-05-20", "url": URL,
              "text": HKUST_PUMCH.split("\n", 1)[1]}
    (corpus / "dump.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return build_graph([corpus], graph_path=tmp_path_factory.mktemp("graph") / "g.json").graph


def data_by_name(element: ET.Element, names: dict[str, str]) -> dict[str, str]:
    return {names[d.get("key")]: d.text for d in element.findall(f"{GRAPHML}data")}


def graphml_parts(path: Path) -> tuple[dict[str, dict], list[dict]]:
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.findall(f"{GRAPHML}key")}
    nodes = {n.get("id"): data_by_name(n, names) for n in root.iter(f"{GRAPHML}node")}
    edges = [{"source": e.get("source"), "target": e.get("target"), **data_by_name(e, names)}
             for e in root.iter(f"{GRAPHML}edge")]
    return nodes, edges


def test_exports_hold_entities_and_facts_unless_articles_are_asked_for(built, tmp_path):
    nodes, edges = graphml_parts(export_graph(built, "graphml", tmp_path / "g.graphml"))
    assert nodes and not any(d["type"] == "Document" for d in nodes.values())
    assert edges and "mentioned_in" not in {e["label"] for e in edges}
    assert all(e["evidence"] for e in edges)  # the sentences stay with each fact
    nodes, edges = graphml_parts(export_graph(built, "graphml", tmp_path / "a.graphml", with_articles=True))
    documents = [d for d in nodes.values() if d["type"] == "Document"]
    assert len(documents) == 5 and "mentioned_in" in {e["label"] for e in edges}
    assert [d["url"] for d in documents if "url" in d] == [URL]


def test_weight_counts_the_sentences_and_articles_behind_a_fact(tmp_path):
    g = nx.MultiDiGraph(format="medcollab-kg", schema_version=1)
    for n in ("org:a", "org:b", "org:c"):
        g.add_node(n, type="Organization", name=n.upper(), aliases=[])
    told = lambda *docs: [{"document": d, "sentence": f"A works with B ({d})."} for d in docs]  # noqa: E731
    g.add_edge("org:a", "org:b", "collaborates_with", relation="collaborates_with", support=2, confidence=0.7,
               evidence=told("x.txt", "y.txt", "y.txt#2"))
    g.add_edge("org:a", "org:c", "collaborates_with", relation="collaborates_with", support=1, confidence=0.7,
               evidence=told("x.txt"))
    back = nx.read_graphml(export_graph(g, "graphml", tmp_path / "g.graphml"), force_multigraph=True)
    weights = {(u, v): d["weight"] for u, v, d in back.edges(data=True)}
    assert weights == {("org:a", "org:b"): 5.0, ("org:a", "org:c"): 2.0}  # 3 sentences + 2 articles; 1 + 1


def test_every_dated_fact_carries_its_date_in_graphml_gexf_and_csv(built, tmp_path):
    view = tool_view(built)
    dated = {(u, v, d.get("relation")): d for u, v, d in view.edges(data=True) if d.get("date") or d.get("reported")}
    assert any(d.get("date") for d in dated.values()) and any(not d.get("date") for d in dated.values())
    _, edges = graphml_parts(export_graph(built, "graphml", tmp_path / "g.graphml"))
    for e in edges:
        fact = dated.get((e["source"], e["target"], e["label"]))
        if fact:
            assert e["start"][:4] == (fact.get("date") or fact["reported"])[:4], e
            assert e.get("date") == fact.get("date")
    assert sum(1 for e in edges if "start" in e) == len(dated)
    root = ET.parse(export_graph(built, "gexf", tmp_path / "g.gexf")).getroot()
    spells = [e for e in root.iter(f"{GEXF}edge") if e.find(f"{GEXF}spells/{GEXF}spell") is not None]
    assert len(spells) == len(dated)
    table = pd.read_csv(export_graph(built, "csv", tmp_path / "csv") / "edges.csv", keep_default_na=False)
    assert (table["date"] != "").sum() == sum(1 for d in dated.values() if d.get("date"))
    assert (table["reported"] != "").sum() == sum(1 for d in dated.values() if d.get("reported"))


def test_ids_become_names_and_evidence_keeps_its_article_link(built, tmp_path):
    _, edges = graphml_parts(export_graph(built, "graphml", tmp_path / "g.graphml"))
    signed = [e for e in edges if e["label"] == "signed"]
    assert signed and {e["on_behalf_of"] for e in signed if "on_behalf_of" in e} >= {
        "Peking Union Medical College Hospital", "Hong Kong University of Science and Technology"}
    assert all(not e.get("on_behalf_of", "").startswith("org:") for e in signed)
    assert any(URL in e["sources"].split("; ") for e in signed)
    evidence = pd.read_csv(export_graph(built, "csv", tmp_path / "csv") / "evidence.csv", keep_default_na=False)
    linked = evidence[evidence["url"] == URL]
    assert len(linked) and set(linked["date"]) == {"2024-05-20"}
    assert linked["sentence"].str.contains("signed by HKUST President").any()


# ---------------------------------------------------------------- the readers Gephi users rely on


def test_networkx_reads_graphml_and_gexf_with_weights_and_dates(built, tmp_path):
    view = tool_view(built)
    for fmt in ("graphml", "gexf"):
        path = export_graph(built, fmt, tmp_path / f"g.{fmt}")
        back = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
        assert back.number_of_nodes() == view.number_of_nodes()
        assert back.number_of_edges() == view.number_of_edges()
        assert all(d["weight"] >= 2 for *_, d in back.edges(data=True)), fmt


def test_igraph_reads_graphml_with_names_weights_and_dates(built, tmp_path):
    view = tool_view(built)
    g = igraph.Graph.Read_GraphML(str(export_graph(built, "graphml", tmp_path / "g.graphml")))
    assert g.vcount() == view.number_of_nodes() and g.ecount() == view.number_of_edges() and g.is_directed()
    assert "Peking Union Medical College Hospital" in g.vs["label"]
    assert min(g.es["weight"]) >= 2
    assert any(s and s.startswith("2024") for s in g.es["start"])
    pumch = g.vs.find(label="Peking Union Medical College Hospital")
    assert pumch.degree() >= 5  # facts only: PUMCH is among the most connected, not the articles


GRAPHOLOGY_CHECK = """(() => {
  const Graph = graphology.MultiDirectedGraph;
  const out = {};
  for (const [fmt, text] of Object.entries(FILES)) {
    const g = graphologyLibrary[fmt].parse(Graph, text);
    const weights = g.mapEdges((e, a) => a.weight);
    const starts = g.mapEdges((e, a) => a.start).filter(Boolean);
    const labels = g.mapNodes((n, a) => a.label);
    out[fmt] = {order: g.order, size: g.size, minWeight: Math.min(...weights), starts: starts.length,
                labels: labels.includes('Peking Union Medical College Hospital')};
  }
  return out;
})()"""


def test_graphology_parses_graphml_and_gexf_in_a_browser(built, tmp_path):
    """graphology (sigma.js's graph library, as vendored for the HTML page) reads both files."""
    view = tool_view(built)
    files = {"graphml": export_graph(built, "graphml", tmp_path / "g.graphml").read_text(encoding="utf-8"),
             "gexf": export_graph(built, "gexf", tmp_path / "g.gexf").read_text(encoding="utf-8")}
    blank = tmp_path / "blank.html"
    blank.write_text("<!doctype html><title>graphology</title>", encoding="utf-8")
    browser = Browser(tmp_path / "profile")
    try:
        browser.open(blank.as_uri())
        for script in ("graphology.umd.min.js", "graphology-library.min.js"):
            browser.js((VENDOR / script).read_text(encoding="utf-8"))
        result = browser.js(f"const FILES = {json.dumps(files)};" + GRAPHOLOGY_CHECK)
        assert browser.errors() == []
    finally:
        browser.close()
    for fmt in ("graphml", "gexf"):
        assert result[fmt]["order"] == view.number_of_nodes(), fmt
        assert result[fmt]["size"] == view.number_of_edges(), fmt
        assert result[fmt]["minWeight"] >= 2 and result[fmt]["labels"], fmt
    assert result["graphml"]["starts"] > 0  # GraphML's start attribute; GEXF's spells are graphology's to skip


def test_cli_with_articles_flag(sample_graph_path, tmp_path):
    from typer.testing import CliRunner

    from medcollab_kg.cli.app import app

    runner = CliRunner()
    for flag, documents in (([], 0), (["--with-articles"], 5)):
        out = tmp_path / f"g{len(flag)}.graphml"
        result = runner.invoke(app, ["export", "--graph", str(sample_graph_path), "--output", str(out), *flag])
        assert result.exit_code == 0, result.output
        nodes, edges = graphml_parts(out)
        assert sum(1 for d in nodes.values() if d["type"] == "Document") == documents
        assert ("mentioned_in" in {e["label"] for e in edges}) == bool(documents)
