"""evaluate_corpus: kg eval's work as a library call, the pipeline compared with --compare included."""
from __future__ import annotations

import shutil

import pytest
from conftest import GOLD, SAMPLES

import medcollab_kg.evaluate
from medcollab_kg.build import build_graph
from medcollab_kg.errors import InputError
from medcollab_kg.evaluate import evaluate, evaluate_corpus, read_gold
from medcollab_kg.nlp.pipeline import model_version


def test_each_pipeline_is_measured_by_its_own_build():
    evaluation = evaluate_corpus(GOLD, SAMPLES, model=None, compare="blank", workers=1)
    articles, questions = read_gold(GOLD)
    assert evaluation.articles == articles
    assert (evaluation.measured.model, evaluation.measured.pipeline) == (None, model_version(None))
    assert evaluation.compared is not None
    assert (evaluation.compared.model, evaluation.compared.pipeline) == ("blank", model_version("blank"))
    # the compared report is fast mode's, not a copy of the first: it is what a blank build of the same articles scores
    blank = build_graph([SAMPLES / a["document"] for a in articles], graph_path=None, model="blank", workers=1)
    assert evaluation.compared.report.to_dict(True) == evaluate(blank.graph, articles, questions).to_dict(True)
    assert evaluation.measured.report.scores["people"].f1 == 1.0
    data = evaluation.to_dict()
    assert data["scores"] == evaluation.measured.report.to_dict()["scores"]
    assert data["compare"]["model"] == "blank" and data["compare"]["pipeline"] == model_version("blank")
    assert data["compare"]["scores"] == evaluation.compared.report.to_dict()["scores"]


def test_without_compare_one_build_and_no_compare_key(monkeypatch):
    builds = []
    real_build = medcollab_kg.evaluate.build
    monkeypatch.setattr(medcollab_kg.evaluate, "build", lambda options: builds.append(options) or real_build(options))
    evaluation = evaluate_corpus(GOLD, SAMPLES, model="blank", workers=1)
    assert evaluation.compared is None and "compare" not in evaluation.to_dict()
    assert [(o.model, o.graph_path, o.workers) for o in builds] == [("blank", None, 1)]  # in memory: no graph file, no cache
    assert evaluation.measured.report.questions == evaluation.to_dict()["questions"]["items"]


def test_an_article_missing_from_the_corpus_fails_before_any_build(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    next(corpus.glob("*.txt")).unlink()
    monkeypatch.setattr(medcollab_kg.evaluate, "build", lambda options: pytest.fail("built with an article missing"))
    with pytest.raises(InputError, match=r"Gold names articles not in .*Fix: --corpus DIR"):
        evaluate_corpus(GOLD, corpus, compare="blank")


def test_gold_agreements_with_the_same_parties_are_scored_as_one(tmp_path):
    # a renewal and the original it renews: one set of parties, so one agreement whose signers are the renewal's
    article = tmp_path / "001_renewal.txt"
    article.write_text("Marlow University and Fenwick Hospital renewed their affiliation agreement on 3 March 2025. "
                       "The renewal was signed by Prof. Ada Quinn, Vice-Chancellor of Marlow University, and Dr. Tom "
                       "Reyes, Chief Executive of Fenwick Hospital. The original agreement was signed in 2019.\n")
    parties = ["Marlow University", "Fenwick Hospital"]
    gold = {"document": article.name, "people": [], "organizations": [{"name": p} for p in parties],
            "agreements": [{"parties": parties, "signatories": [
                                {"person": "Ada Quinn", "on_behalf_of": "Marlow University"},
                                {"person": "Tom Reyes", "on_behalf_of": "Fenwick Hospital"}], "witnesses": []},
                           {"parties": parties, "signatories": [], "witnesses": []}]}
    built = build_graph([article], graph_path=None, model=None, workers=1)
    signatories = evaluate(built.graph, [gold], []).scores["signatories"]
    assert (signatories.tp, signatories.fp, signatories.fn) == (2, 0, 0)


def test_predicted_agreements_with_the_same_parties_are_scored_as_one(tmp_path):
    # a framework agreement and the earlier letter of intent it follows: two agreements of one pair, each found;
    # a gold that lists only the framework agreement still finds its signers in the pair's agreements
    article = tmp_path / "001_framework.txt"
    article.write_text("DENVER, 6 May 2025 – Halvard Health, Inc. and the Plains Mesa University System (PMUS) "
                       "signed a framework agreement on Monday. The agreement was signed by Dr. Ana Ruiz, CEO of Halvard Health, "
                       "and Dr. Ben Cole, Chancellor of the Plains Mesa University System. The framework agreement "
                       "follows a letter of intent that Halvard and PMUS signed in June 2024.\n")
    parties = ["Halvard Health, Inc.", "Plains Mesa University System"]
    gold = {"document": article.name, "people": [], "organizations": [{"name": p} for p in parties],
            "agreements": [{"parties": parties, "signatories": [
                                {"person": "Ana Ruiz", "on_behalf_of": parties[0]},
                                {"person": "Ben Cole", "on_behalf_of": parties[1]}], "witnesses": []}]}
    built = build_graph([article], graph_path=None, model=None, workers=1)
    assert sum(d["type"] == "Agreement" for _, d in built.graph.nodes(data=True)) == 2
    signatories = evaluate(built.graph, [gold], []).scores["signatories"]
    assert (signatories.tp, signatories.fp, signatories.fn) == (2, 0, 0)
