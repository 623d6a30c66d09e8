"""Arbitrary text thrown at the question parser and name lookup: an answer or a KgError, never a traceback."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from medcollab_kg import query as q
from medcollab_kg.errors import KgError, UsageError
from medcollab_kg.graph import load_graph

# Question-shaped text: the forms' own templates filled with sample names, names in odd case, near-misses and
# noise, so that lookup, pair splitting and answering run, not only the "unsupported question" path.
TEMPLATES = ["who signed with {}", "who signed the agreement between {} and {}", "who signed for {}",
             "who witnessed the agreement between {} and {}", "which agreements did {} sign", "who works at {}",
             "where does {} work", "what is {}'s role", "who is {}", "how is {} connected to {}", "partners of {}",
             "what connects {} and {}", "who witnessed {}", "people at {}", "{} {}"]
SAMPLE_NAMES = ["PUMCH", "HKUST", "Nancy Ip", "Zhang", "University of Macau", "CQMU", "Liu Zhengyin", "and",
                "Hong Kong University of Science and Technology", "org:smart", "person:nancy-ip", "Pekng", "the", "'s"]
NAMES = st.one_of(st.sampled_from(SAMPLE_NAMES), st.sampled_from(SAMPLE_NAMES).map(str.swapcase),
                  st.text(max_size=12))
QUESTIONS = st.one_of(
    st.text(max_size=80),
    st.builds(lambda t, a, b, noise: t.format(a, b) + noise, st.sampled_from(TEMPLATES), NAMES, NAMES,
              st.sampled_from(["", "?", " ?!", ".", "\n", "\x1b[31m"])),
)
WORDS = SAMPLE_NAMES
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def graph(sample_graph_path):
    return load_graph(sample_graph_path)


@SETTINGS
@given(question=QUESTIONS)
def test_ask_answers_or_raises_a_kg_error(graph, question):
    try:
        result = q.ask(graph, question)
    except KgError as exc:
        event(type(exc).__name__)
        assert str(exc)  # every error says something
        return
    event(f"answered: {result.form}")
    assert result.form in {f.name for f in q.FORMS}
    assert all(a.id in graph for a in result.answers)
    result.to_dict()  # answers serialise


@SETTINGS
@given(name=st.one_of(st.text(max_size=40), st.sampled_from(WORDS)),
       types=st.sampled_from([None, q.ORG, q.PERSON, q.ANY]))
def test_find_entity_returns_a_node_of_the_type_or_raises(graph, name, types):
    try:
        node = q.find_entity(graph, name, types=types)
    except KgError:
        return
    assert types is None or graph.nodes[node]["type"] in types


@SETTINGS
@given(text=st.text(max_size=60))
def test_text_outside_every_form_is_a_usage_error(graph, text):
    cleaned = q.split_when(q.clean_question(text))[0]  # a closing date ("in 2024") is read apart
    if any(re.fullmatch(p, cleaned, flags=re.IGNORECASE) for f in q.FORMS for p in f.patterns):
        return
    with pytest.raises(UsageError):
        q.ask(graph, text)


@SETTINGS
@given(name=NAMES, date=st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["2024", "2024-11", "2026-01-22"])),
       sort=st.one_of(st.none(), st.sampled_from(["name", "date", "articles", "colour"])))
def test_listings_and_cards_answer_or_raise_a_kg_error(graph, name, date, sort):
    calls = [lambda: q.people(graph, org=name, sort=sort), lambda: q.orgs(graph, with_=name, kind=name),
             lambda: q.agreements(graph, with_=name, since=date, sort=sort),
             lambda: q.events(graph, org=name, until=date), lambda: q.card(graph, name),
             lambda: q.path(graph, name, "PUMCH")]
    for call in calls:
        try:
            call()
        except KgError as exc:
            assert str(exc)
