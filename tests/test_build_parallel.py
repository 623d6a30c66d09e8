"""Parallel extraction: the same graph from one process or many, with a bounded stream and a trimmed model."""
from __future__ import annotations

import itertools
import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import networkx as nx
import pytest

from medcollab_kg import parallel
from medcollab_kg.build import build_graph
from medcollab_kg.ingest import make_article
from medcollab_kg.nlp import pipeline_version
from medcollab_kg.nlp.pipeline import model_version

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def graph_json(graph: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(graph, edges="edges"), sort_keys=True)


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Ten articles: the samples and a variant of each, enough for a pool to get several batches."""
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    for path in sorted(folder.glob("*.txt")):
        (folder / f"v_{path.name}").write_text(path.read_text() + "\nThe partners will meet again next year.\n")
    return folder


@pytest.mark.slow  # starts a pool of worker processes
def test_a_process_pool_builds_the_same_graph_as_one_process(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "BATCH", 2)  # five batches over two workers
    one = build_graph([corpus], graph_path=tmp_path / "one" / "graph.json", model="blank", workers=1)
    pool = build_graph([corpus], graph_path=tmp_path / "pool" / "graph.json", model="blank", workers=2)
    assert pool.extracted == one.extracted == 10
    assert graph_json(pool.graph) == graph_json(one.graph)


def test_the_pool_is_fed_lazily(monkeypatch):
    """An endless stream of articles still yields results: nothing reads the stream to its end."""
    article = make_article("a.txt", "a.txt", "Text.")
    submitted = []

    def fake_batch(chunk, model):
        return parallel.Batch("v", tuple(parallel.Extracted(a.name, k, {}) for k, a in chunk))

    endless = ((str(i), article) for i in itertools.count())
    with ThreadPoolExecutor(2) as executor:
        def submit(chunk):
            submitted.append(len(chunk))
            return executor.submit(fake_batch, chunk, None)

        results = list(itertools.islice(parallel._bounded(submit, endless, 2), 5))
    assert len(results) == 5
    assert len(submitted) <= 5 + 2 * parallel.IN_FLIGHT  # what was yielded plus the bounded window


def test_model_version_is_known_without_loading_the_model():
    for model in (None, "blank"):  # against the pipelines builds load (once per session, as in a worker)
        assert model_version(model) == pipeline_version(parallel.cached_nlp(model))


def test_model_version_of_an_unknown_model_is_none():
    assert model_version("no_such_model_package") is None


def test_the_model_is_trimmed_to_what_extraction_reads(nlp):
    """Sentences and names, which extraction reads; no tags, lemmas or parse, which it would pay for unread."""
    doc = nlp("The agreement was signed by Prof. Zhang Wei of Peking University. Dr. Li Na witnessed it.")
    assert [s.text for s in doc.sents] == ["The agreement was signed by Prof. Zhang Wei of Peking University.",
                                           "Dr. Li Na witnessed it."]
    assert {("Zhang Wei", "PERSON"), ("Peking University", "ORG")} <= {(e.text, e.label_) for e in doc.ents}
    assert not any(doc.has_annotation(a) for a in ("TAG", "POS", "LEMMA", "DEP"))


@pytest.mark.slow  # starts two pools of worker processes, each loading a pipeline: a second
def test_workers_start_before_the_articles_to_extract_are_all_read(corpus, tmp_path, monkeypatch):
    """A cold build starts every worker before reading; a rebuild starts one at its first changed article."""
    import medcollab_kg.build
    from medcollab_kg import ingest

    events = []
    monkeypatch.setattr(parallel, "_NLP", {})  # as in a new process: no pipeline loaded here yet
    start_pool, read_file = parallel.start_pool, ingest.read_file
    monkeypatch.setattr(parallel, "start_pool", lambda model, n: events.append(f"pool of {n}") or start_pool(model, n))
    monkeypatch.setattr(ingest, "read_file", lambda *a, **k: events.append("read") or read_file(*a, **k))
    graph = tmp_path / "graph.json"
    cold = medcollab_kg.build.build_graph([corpus], graph_path=graph, model="blank", workers=2)
    assert cold.extracted == 10
    assert events.index("pool of 2") < events.index("read") and "pool of 1" not in events
    events.clear()
    changed = sorted(corpus.glob("*.txt"))[3]
    changed.write_text(changed.read_text() + "\nThe partners will meet again in the autumn.\n")
    again = medcollab_kg.build.build_graph([corpus], graph_path=graph, model="blank", workers=2)
    assert (again.extracted, again.cached) == (1, 9)
    assert events.count("pool of 1") == 1 and "pool of 2" not in events
    reads_before_the_pool = events.index("pool of 1")
    assert 0 < reads_before_the_pool < events.count("read")  # it started while the rest was still being read
    fresh = medcollab_kg.build.build_graph([corpus], graph_path=tmp_path / "fresh.json", model="blank", workers=1)
    assert graph_json(again.graph) == graph_json(fresh.graph)
