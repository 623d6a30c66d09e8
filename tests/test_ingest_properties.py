"""Property-based: whatever bytes the reader gets and whatever text the extractor gets, only our errors come out."""
from __future__ import annotations

import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from medcollab_kg.errors import KgError
from medcollab_kg.ingest import SUFFIXES, iso_date, make_article, read_articles
from medcollab_kg.models import Article, Skipped

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that look like our inputs as well as noise, so the interesting branches are reached.
SEEDS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"<html><body><p>", b"{\"text\": \"",
         b"[{\"body\": ", b"\n", b"\x00", b"\xe9", b"PUMCH signed an MoU with HKU on March 5, 2024. "]
CHUNKS = st.lists(st.sampled_from(SEEDS) | st.binary(max_size=64), max_size=12).map(b"".join)


def check(items: list[Article | Skipped]) -> None:
    for item in items:
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Article):
            assert item.text and item.text == item.text.strip()
            item.text.encode("utf-8")  # no lone surrogates: the text can be hashed, cached and written
        else:
            assert item.reason and "\n" not in item.reason


def read_all(paths, **options) -> list[Article | Skipped]:
    try:
        return list(read_articles(paths, **options))
    except KgError:
        return []


@pytest.mark.slow  # writes 50 files and reads each twice: most of a second
@SETTINGS
@given(data=CHUNKS, suffix=st.sampled_from(sorted(SUFFIXES)))
def test_any_bytes_in_any_article_file(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"a{suffix}"
        path.write_bytes(data)
        check(read_all([folder], max_bytes=512))
        check(read_all([path]))


@SETTINGS
@given(data=CHUNKS)
def test_any_bytes_on_stdin(data):
    check(read_all(["-"], stdin=io.BytesIO(data)))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "body", "content", "title", "date", "published", "url", "articles"]) | st.text(max_size=8),
        inner, max_size=5),
    max_leaves=12,
)


@pytest.mark.slow  # 50 folders of nested JSON: a second
@SETTINGS
@given(records=st.lists(JSON, max_size=5))
def test_any_json_values_in_dumps(records):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "d.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        Path(folder, "d.json").write_text(json.dumps(records), encoding="utf-8")
        check(read_all([folder]))


@SETTINGS
@given(text=st.text())
def test_iso_date_gives_none_or_a_real_iso_date(text):
    result = iso_date(text)
    assert result is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", result)


@SETTINGS
@given(text=st.text())
def test_make_article_takes_any_text(text):
    check([make_article("a.txt", "a.txt", text)])


# ---------------------------------------------------------------- the extractor

PRESS = [
    "Peking Union Medical College Hospital (PUMCH)", "the University of Macau (UM)",
    "signed a memorandum of understanding with", "Professor Zhang Shuyang, President of PUMCH,", "on March 5, 2024", "in Beijing",
    "co-organised the Second Joint Symposium", "visited", "The Faculty of Health Sciences of", "Dr.", "(", ")",
    ",", ".", "\n\n", "MACAU, January 22 -", "witnessed by", "and", "Vice President", "a five-year agreement",
]
ARTICLE_TEXT = st.lists(st.sampled_from(PRESS) | st.text(max_size=20), min_size=1, max_size=30).map(" ".join)


def extract(nlp, text: str) -> None:
    from medcollab_kg.facts import extract_facts

    article = make_article("a.txt", "a.txt", text)
    if isinstance(article, Skipped):
        return
    try:
        facts = extract_facts(nlp(article.text), article)
    except KgError:
        return
    assert facts.document == "a.txt"
    assert all(0 <= m.sentence < len(facts.sentences) for m in facts.mentions)


@pytest.mark.slow  # 50 texts through the model
@SETTINGS
@given(text=st.text(max_size=400))
def test_extractor_takes_any_text(nlp, text):
    extract(nlp, text)


@pytest.mark.slow  # 50 articles through the model
@SETTINGS
@given(text=ARTICLE_TEXT)
@example(text="A\U000fdf12\u00d8.\U00018a3c\U000478bb Dr.")  # a name's honorific last, after one token it cannot read
def test_extractor_takes_press_release_shaped_text(nlp, text):
    extract(nlp, text)
