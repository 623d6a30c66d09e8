"""kg report: the brief as HTML (checked in headless Chromium) and Markdown."""
from __future__ import annotations

import re

import networkx as nx
import pytest
from test_export_browser import ARTIFACTS, Browser
from typer.testing import CliRunner

from medcollab_kg.cli.app import app
from medcollab_kg.graph import load_graph
from medcollab_kg.report import build_report, render_html, render_markdown

runner = CliRunner()
CQMU_SENTENCE = "signed the agreement on behalf of the two parties"


@pytest.fixture(scope="module")
def graph(sample_graph_path) -> nx.MultiDiGraph:
    return load_graph(sample_graph_path)


def linked_graph() -> nx.MultiDiGraph:
    """Two dated agreements in different months, one article with a link, one with markup in its text."""
    g = nx.MultiDiGraph(format="medcollab-kg", schema_version=1)
    for org, name in (("org:a", "Alpha Hospital"), ("org:b", "Beta University"), ("org:c", "Gamma Institute")):
        g.add_node(org, type="Organization", name=name, aliases=[], acronym=None, kind="hospital")
    g.add_node("person:p", type="Person", name="Pat Lee", aliases=[])
    g.add_node("doc:a-txt", type="Document", name="A", title="Alpha and Beta sign", date="2024-03-02", aliases=[],
               url="https://news.example.org/a-b")
    g.add_node("doc:b-txt", type="Document", name="B", title=None, date="2024-06-01", aliases=[], url="javascript:x")
    for agreement, date, parties, doc, sentence in (
            ("agreement:ab", "2024-03-01", ("org:a", "org:b"), "a.txt", "Alpha and Beta signed an MoU."),
            ("agreement:ac", "2024-06", ("org:a", "org:c"), "b.txt", "Alpha <b>and</b> Gamma signed too.")):
        g.add_node(agreement, type="Agreement", name=agreement, title="MoU", date=date, aliases=[])
        for party in parties:
            g.add_edge(party, agreement, "party_to", relation="party_to", support=1,
                       evidence=[{"document": doc, "sentence": sentence}])
    g.add_edge("person:p", "agreement:ab", "signed", relation="signed", on_behalf_of="org:a", support=1,
               evidence=[{"document": "a.txt", "sentence": "Pat Lee signed for Alpha."}])
    g.add_edge("person:p", "org:a", "holds_role:President", relation="holds_role", title="President", support=1,
               evidence=[{"document": "a.txt", "sentence": "Alpha President Pat Lee spoke."}])
    return g


def test_report_lists_new_agreements_in_the_period_with_parties_signatories_and_sources():
    report = build_report(linked_graph(), since="2024-03", until="2024-03")
    (new,) = report.sections[0].lines
    assert new.cells == {"date": "2024-03-01", "agreement": "MoU", "parties": "Alpha Hospital, Beta University",
                         "signatories": "Pat Lee (Alpha Hospital)", "place": ""}
    assert new.source.sentence == "Pat Lee signed for Alpha." and new.source.url == "https://news.example.org/a-b"
    assert report.months[-1] == ("2024-03", 1) and sum(n for _, n in report.months) == 1  # the period only
    everything = build_report(linked_graph())
    assert everything.months == [("2024-01", 0), ("2024-02", 0), ("2024-03", 1), ("2024-04", 0), ("2024-05", 0),
                                 ("2024-06", 1)]  # half a year at least, empty months included


def test_report_html_links_only_web_sources_and_escapes_article_text():
    page = render_html(build_report(linked_graph()))
    assert '<a class="source" href="https://news.example.org/a-b">Alpha and Beta sign</a>' in page
    assert "javascript:" not in page and "Alpha &lt;b&gt;and&lt;/b&gt; Gamma" in page
    assert "<script" not in page and "http://" not in page.split("<svg", 1)[0].replace("https://news", "")


def test_report_markdown_has_every_section_and_links(graph):
    text = render_markdown(build_report(linked_graph()))
    for heading in ("## Agreements per month", "## Agreements", "## Most connected institutions",
                    "## People by institution"):
        assert heading in text
    assert "[Alpha and Beta sign](<https://news.example.org/a-b>)" in text
    assert "| Alpha Hospital | Pat Lee | President | “Alpha President Pat Lee spoke.”" in text


def test_kg_report_writes_html_and_markdown(sample_graph_path, tmp_path):
    out = tmp_path / "brief.html"
    result = runner.invoke(app, ["report", "--graph", str(sample_graph_path), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.stderr and out.read_text(encoding="utf-8").startswith("<!doctype html>")
    md = runner.invoke(app, ["report", "--graph", str(sample_graph_path), "--format", "md", "--since", "2024"])
    assert md.exit_code == 0 and md.stdout.startswith("# Collaborations between medical institutions")
    assert CQMU_SENTENCE in md.stdout
    bad = runner.invoke(app, ["report", "--graph", str(sample_graph_path), "--since", "last year"])
    assert bad.exit_code == 2 and "--since 'last year' is not a date" in bad.stderr


def test_report_in_chromium_shows_chart_tables_and_evidence(graph, tmp_path):
    page = tmp_path / "brief.html"
    page.write_text(render_html(build_report(graph)), encoding="utf-8")
    browser = Browser(tmp_path / "profile")
    try:
        browser.open(page.as_uri())
        headings = browser.js("[...document.querySelectorAll('h2')].map(h => h.textContent)")
        assert headings == ["Agreements per month", "Agreements", "Most connected institutions",
                            "People by institution"]
        bars = browser.js("document.querySelectorAll('#chart svg #kg-bars path, #chart svg #kg-bars rect').length")
        assert bars >= 1  # one bar per month, drawn by matplotlib
        width = browser.js("document.querySelector('#chart svg').getBoundingClientRect().width")
        assert width > 300
        rows = browser.js("[...document.querySelectorAll('table.agreements tbody tr')].map(r => r.textContent)")
        assert len(rows) == 3 and any("Nancy Ip (HKUST)" in r and "Zhang Shuyang (PUMCH)" in r for r in rows)
        quotes = browser.js("[...document.querySelectorAll('td.evidence blockquote')].length")
        lines = browser.js("document.querySelectorAll('tbody tr').length")
        assert quotes == lines  # every line has its sentence
        people = browser.js("[...document.querySelectorAll('table.people-by-institution tbody tr')]"
                            ".map(r => [...r.cells].slice(0, 3).map(c => c.textContent))")
        assert ["Peking Union Medical College Hospital", "Zhang Shuyang", "President"] in people
        browser.screenshot(ARTIFACTS / "report.png")
        assert browser.errors() == []
    finally:
        browser.close()
    assert re.search(r"<svg[^>]*>", page.read_text(encoding="utf-8"))
