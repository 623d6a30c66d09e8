"""The fact cache: keys, versions, pruning, and surviving interruption and damage."""
from __future__ import annotations

import json
from dataclasses import replace

from medcollab_kg import store as store_module
from medcollab_kg.ingest import make_article
from medcollab_kg.models import Agreement, ArticleFacts, Mention, Role, Signatory
from medcollab_kg.store import FactStore, article_key, store_path

FACTS = ArticleFacts("a.txt", "news/a.txt", "abc", "Title", "2024-05-01", ("One sentence.",),
                     mentions=(Mention("Peking University", "org", 0, "university"),))


def test_store_path_sits_beside_the_graph(tmp_path):
    assert store_path(tmp_path / "graph.json") == tmp_path / "graph.facts.sqlite"


def test_facts_round_trip_through_the_store(tmp_path):
    with FactStore(tmp_path / "f.sqlite", "v1") as store:
        store.put("k", FACTS.to_dict())
    with FactStore(tmp_path / "f.sqlite", "v1") as store:
        assert ArticleFacts.from_dict(store.get("k")) == FACTS
        assert store.get("missing") is None


def test_facts_stored_as_a_dataclass_read_back_as_stored_from_their_dict(tmp_path):
    """Extraction hands the store dataclasses; what it writes must be exactly what to_dict() would give."""
    facts = replace(FACTS, roles=(Role("Ana Lima", "President", "Peking University", 0),),
                    agreements=(Agreement("memorandum of understanding", "MoU", ("Peking University", "Lakeshore Hospital"),
                                          signatories=(Signatory("Ana Lima", "Peking University"),),
                                          date="2024-05-01", sentences=(0,), confidence=0.85),))
    with FactStore(tmp_path / "f.sqlite", "v1") as store:
        store.put("object", facts)
        store.put("dict", facts.to_dict())
        assert store.get("object") == store.get("dict") == json.loads(json.dumps(facts.to_dict()))
        assert ArticleFacts.from_dict(store.get("object")) == facts


def test_another_pipeline_version_sees_nothing_and_prune_drops_it(tmp_path):
    path = tmp_path / "f.sqlite"
    with FactStore(path, "v1") as store:
        store.put("k", FACTS.to_dict())
        store.put("gone", FACTS.to_dict())
    with FactStore(path, "v2") as store:
        assert store.get("k") is None
        store.put("k", FACTS.to_dict())
        assert store.prune(["k"]) == 2  # v1's two rows
    with FactStore(path, "v1") as store:
        assert store.get("k") is None
    with FactStore(path, "v2") as store:
        assert store.count() == 1


def test_prune_drops_articles_no_longer_in_the_corpus(tmp_path):
    with FactStore(tmp_path / "f.sqlite", "v1") as store:
        for key in "abc":
            store.put(key, FACTS.to_dict())
        assert store.prune(["a", "c"]) == 1
        assert store.get("b") is None and store.get("a") is not None


def test_uncommitted_rows_survive_an_exception(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "COMMIT_SECONDS", 3600.0)  # no commit by time while the test runs
    path = tmp_path / "f.sqlite"
    try:
        with FactStore(path, "v1") as store:
            store.put("k", FACTS.to_dict())  # one row, far below COMMIT_EVERY: not committed yet
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    with FactStore(path, "v1") as store:
        assert store.get("k") is not None


def test_a_damaged_cache_is_replaced_not_fatal(tmp_path):
    path = tmp_path / "f.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with FactStore(path, "v1") as store:
        assert store.get("k") is None
        store.put("k", FACTS.to_dict())
    with FactStore(path, "v1") as store:
        assert store.get("k") is not None


def test_article_key_follows_text_and_metadata_not_location():
    a = make_article("a.txt", "news/a.txt", "Text of the article.")
    assert article_key(a) == article_key(replace(a, name="b.txt", path="old/b.txt"))
    assert article_key(a) != article_key(replace(a, title="A headline"))
    assert article_key(a) != article_key(replace(a, date="2024-05-01"))
    assert article_key(a) != article_key(make_article("a.txt", "news/a.txt", "Other text."))
