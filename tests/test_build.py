"""Incremental builds: the fact cache decides what is extracted, and the graph does not notice."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from medcollab_kg import parallel
from medcollab_kg.build import BuildHooks, BuildOptions, build_graph
from medcollab_kg.build import build as run_build
from medcollab_kg.cli.app import app
from medcollab_kg.nlp import pipeline

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    return folder


def graph_json(graph: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(graph, edges="edges"), sort_keys=True)


def build(corpus: Path, tmp_path: Path, *, memo: dict | None = None, progress=None, **options):
    options = BuildOptions([corpus], graph_path=tmp_path / "graphs" / "graph.json", model="blank", workers=1, **options)
    return run_build(options, BuildHooks(progress=progress), memo=memo)


def test_first_build_extracts_all_and_caches_beside_the_graph(corpus, tmp_path):
    result = build(corpus, tmp_path)
    assert (result.articles, result.extracted, result.cached) == (5, 5, 0)
    assert (tmp_path / "graphs" / "graph.facts.sqlite").exists()


def test_unchanged_corpus_loads_no_model_and_gives_the_same_graph(corpus, tmp_path, monkeypatch):
    first = build(corpus, tmp_path)
    monkeypatch.setattr(parallel, "_NLP", {})
    monkeypatch.setattr(parallel, "cached_nlp", lambda model: pytest.fail("the model was loaded"))
    again = build(corpus, tmp_path)
    assert (again.extracted, again.cached) == (0, 5)
    assert graph_json(again.graph) == graph_json(first.graph)


def test_changed_added_and_deleted_articles_touch_only_their_own_facts(corpus, tmp_path):
    build(corpus, tmp_path)
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text() + "\nA sentence added in an update.\n")
    (corpus / "new.txt").write_text(sorted(corpus.glob("*.txt"))[1].read_text() + "\nA different ending.\n")
    deleted = sorted(corpus.glob("*.txt"))[2]
    deleted.unlink()
    result = build(corpus, tmp_path)
    assert (result.articles, result.extracted, result.cached) == (5, 2, 3)
    documents = {d["path"] for _, d in result.graph.nodes(data=True) if d["type"] == "Document"}
    assert str(deleted) not in documents and str(corpus / "new.txt") in documents
    fresh = build_graph([corpus], graph_path=tmp_path / "fresh" / "graph.json", model="blank", workers=1)
    assert graph_json(result.graph) == graph_json(fresh.graph)


def test_articles_to_extract_give_the_same_graph_kept_or_read_again(corpus, tmp_path, monkeypatch):
    import medcollab_kg.build

    reads = []
    original = medcollab_kg.build.to_extract
    monkeypatch.setattr(medcollab_kg.build, "to_extract", lambda *a: reads.append(1) or original(*a))
    graphs = []
    for keep_chars in (0, 10**9):  # none kept: streamed in a second pass; all kept from the first
        monkeypatch.setattr(medcollab_kg.build, "KEEP_CHARS", keep_chars)
        result = build_graph([corpus], graph_path=tmp_path / str(keep_chars) / "graph.json", model="blank",
                             workers=1)
        assert result.extracted == 5
        graphs.append(graph_json(result.graph))
    assert len(reads) == 1
    assert graphs[0] == graphs[1]


def test_a_renamed_article_comes_from_the_cache_under_its_new_name(corpus, tmp_path):
    build(corpus, tmp_path)
    old = sorted(corpus.glob("*.txt"))[0]
    old.rename(corpus / "renamed.txt")
    result = build(corpus, tmp_path)
    assert result.extracted == 0
    documents = {d["path"] for _, d in result.graph.nodes(data=True) if d["type"] == "Document"}
    assert str(corpus / "renamed.txt") in documents
    assert str(old) not in documents


def test_a_memo_kept_between_builds_serves_facts_without_the_cache(corpus, tmp_path, monkeypatch):
    memo: dict = {}
    first = build(corpus, tmp_path, memo=memo)
    assert len(memo) == 5
    (tmp_path / "graphs" / "graph.facts.sqlite").unlink()  # only the memo can still know the facts
    monkeypatch.setattr(parallel, "cached_nlp", lambda model: pytest.fail("the model was loaded"))
    again = build(corpus, tmp_path, memo=memo, reuse=False)
    assert (again.extracted, again.cached) == (0, 5)
    assert graph_json(again.graph) == graph_json(first.graph)
    min(corpus.glob("*.txt")).unlink()
    build(corpus, tmp_path, memo=memo, reuse=False)
    assert len(memo) == 4  # a removed article's facts leave the memo too


def test_a_changed_pipeline_re_extracts_everything(corpus, tmp_path, monkeypatch):
    build(corpus, tmp_path)
    monkeypatch.setattr(pipeline, "RULES_VERSION", "changed")
    result = build(corpus, tmp_path)
    assert (result.extracted, result.cached) == (5, 0)
    assert result.pipeline.split("+rules")[1].startswith("changed")


def test_no_cache_re_extracts_everything(corpus, tmp_path):
    build(corpus, tmp_path)
    result = build(corpus, tmp_path, cache=False)
    assert (result.extracted, result.cached) == (5, 0)


def test_build_graph_takes_the_options_as_keywords(corpus, tmp_path):
    names = []
    result = build_graph([corpus], graph_path=tmp_path / "g.json", model="blank", workers=1, progress=names.append)
    assert result.extracted == 5 and len(names) == 5 and result.path == tmp_path / "g.json"


def test_a_build_without_a_graph_path_writes_nothing(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_build(BuildOptions([corpus], graph_path=None, model="blank", workers=1))
    assert result.path is None and result.extracted == 5 and result.graph.number_of_nodes() > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raw"]


def test_the_default_aliases_file_is_read_from_the_working_folder_and_said(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "aliases.csv").write_text("kind,name,alias,action\n"
                                                   "org,Peking Union Medical College Hospital,SZBL,same\n")
    result = CliRunner().invoke(app, ["build", str(corpus), "--graph", "g.json", "--model", "blank", "--workers", "1",
                                      "--explain-merges", "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == ("Reading the aliases file data/aliases.csv found in this folder "
                                             "(--aliases FILE names another).")
    assert "'SZBL' = 'Peking Union Medical College Hospital' (aliases file)" in json.loads(result.stdout)["merges"]


def test_an_interrupted_build_keeps_finished_articles_and_resumes(corpus, tmp_path):
    done = []

    def interrupt_after_two(name: str) -> None:
        done.append(name)
        if len(done) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(corpus, tmp_path, progress=interrupt_after_two)
    result = build(corpus, tmp_path)
    assert (result.extracted, result.cached) == (3, 2)


def test_the_model_and_fast_mode_have_separate_caches(corpus, tmp_path):
    build(corpus, tmp_path)
    result = build_graph([corpus], graph_path=tmp_path / "graphs" / "graph.json", workers=1)
    assert result.extracted == 5
    assert not result.pipeline.startswith("en_blank")


def test_cli_build_reports_extracted_and_cached(corpus, tmp_path):
    runner = CliRunner()
    graph = tmp_path / "g" / "graph.json"
    args = ["build", str(corpus), "--graph", str(graph), "--model", "blank", "--workers", "1", "--json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["extracted"] == 5
    second = runner.invoke(app, args)
    assert json.loads(second.stdout)["cached"] == 5
    forced = runner.invoke(app, [*args, "--no-cache"])
    assert json.loads(forced.stdout)["extracted"] == 5


def test_cli_rejects_zero_workers(corpus, tmp_path):
    result = CliRunner().invoke(app, ["build", str(corpus), "--graph", str(tmp_path / "g.json"), "--workers", "0"])
    assert result.exit_code == 2


def test_unchanged_inputs_reuse_the_graph_file_without_resolving(corpus, tmp_path, monkeypatch):
    from medcollab_kg import build as build_module

    first = build(corpus, tmp_path)
    written = first.path.stat().st_mtime_ns
    monkeypatch.setattr(build_module, "resolve_entities", lambda *a: pytest.fail("resolved again"))
    again = build(corpus, tmp_path)
    assert again.path.stat().st_mtime_ns == written
    assert graph_json(again.graph) == graph_json(first.graph)


def test_a_new_aliases_file_a_missing_graph_or_reuse_false_rebuild_the_graph(corpus, tmp_path, monkeypatch):
    from medcollab_kg import build as build_module

    calls = []
    real = build_module.resolve_entities
    monkeypatch.setattr(build_module, "resolve_entities", lambda *a: calls.append(1) or real(*a))
    first = build(corpus, tmp_path)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("kind,name,alias,action\norg,Peking University,PKU,same\n")
    build(corpus, tmp_path, aliases=aliases)
    build(corpus, tmp_path, aliases=aliases, reuse=False)
    first.path.unlink()
    build(corpus, tmp_path, aliases=aliases)
    assert len(calls) == 4
    assert first.path.exists()


def test_an_article_that_trips_extraction_is_skipped_with_the_reason_and_the_rest_is_built(corpus, tmp_path,
                                                                                        monkeypatch):
    import medcollab_kg.facts

    original = medcollab_kg.facts.extract_facts
    bad = sorted(corpus.glob("*.txt"))[2]

    def trips_on_one(doc, article):
        if article.path == str(bad):
            raise KeyError("a word no rule foresaw")
        return original(doc, article)

    monkeypatch.setattr(medcollab_kg.facts, "extract_facts", trips_on_one)
    result = build(corpus, tmp_path)
    assert (result.articles, result.extracted) == (4, 4)
    assert [(s.path, s.reason) for s in result.skipped] == [
        (str(bad), "extraction failed (KeyError: 'a word no rule foresaw')")]
    monkeypatch.setattr(medcollab_kg.facts, "extract_facts", original)
    again = build(corpus, tmp_path)  # a failed article is not cached: it is extracted again
    assert (again.articles, again.extracted, again.cached, again.skipped) == (5, 1, 4, [])


def test_a_headlines_agreement_of_two_parties_is_the_signed_one_of_three(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(
        "Health ministry, Tana River University sign pact to train specialist nurses\n\n"
        "NAIROBI, Jul 15 - The Ministry of Health has signed a Memorandum of Understanding with Tana River University "
        "and Kora Hills Referral Hospital to train specialist nurses.\n\n"
        "Principal Secretary Joseph Langat signed on behalf of the Ministry, Vice-Chancellor Prof. Grace Mwangi signed "
        "for the university, and Dr. Peter Odhiambo, Chief Executive Officer of Kora Hills Referral Hospital, signed "
        "for the hospital.\n", encoding="utf-8")
    graph = build_graph([tmp_path / "raw"], graph_path=tmp_path / "g.json", workers=1).graph
    agreements = [n for n, d in graph.nodes(data=True) if d["type"] == "Agreement"]
    assert len(agreements) == 1
    parties = {graph.nodes[u]["name"] for u, _, d in graph.in_edges(agreements[0], data=True) if d["relation"] == "party_to"}
    assert parties == {"Ministry of Health", "Tana River University", "Kora Hills Referral Hospital"}
    # the headline's mention of the ministry ("Health ministry") is the ministry's, and supports its part in the deal
    ministry = next(n for n, d in graph.nodes(data=True) if d["name"] == "Ministry of Health")
    evidence = {e["sentence"] for e in graph.edges[ministry, agreements[0], "party_to"]["evidence"]}
    assert "Health ministry, Tana River University sign pact to train specialist nurses" in evidence
