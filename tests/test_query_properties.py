"""Arbitrary text thrown at the question parser and name lookup: an answer or a KgError, never a traceback; every
question form the docs promise is understood, and text no question could be gets the list of forms."""
from __future__ import annotations

import re
import string

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from medcollab_kg import query as q
from medcollab_kg.errors import KgError, QueryError, UsageError
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
# 300 examples a test, one to two seconds each: the full suite runs them, a quick run (-m "not slow") does not
pytestmark = pytest.mark.slow


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
    assert result.form and result.looked_for  # what the question was read as, in words
    assert all(node in graph for node in result.subjects) and all(a.id in graph for a in result.answers)
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


# The question forms as docs/questions.md lists them; X and Y name organizations, P a person.
DOCUMENTED = ["who signed with X", "which institutions signed with X", "which hospitals did X sign with",
              "with whom did X sign", "which agreements did X sign", "what agreements has X signed",
              "which agreements did P witness", "who signed the agreement between X and Y", "signatories of X",
              "who signed for X", "who signed on behalf of X", "who witnessed the agreement between X and Y",
              "who witnessed X's agreement", "who is the president of X", "who is the dean of X",
              "who is X's director", "who heads X", "who leads X", "who is the head of X", "who works at X",
              "who is at X", "people at X", "staff of X", "where does P work", "what is P's role", "who is P",
              "how is X connected to Y", "how are X and Y connected", "what connects X and Y", "partners of X",
              "who are X's partners", "which universities collaborate with X", "what happened in 2024",
              "what happened at X since March 2023", "which agreements were signed in 2024",
              "which agreements did X sign in 2024", "who signed with X since 2023"]
# Ways to name an entity of the sample graph (a name, an acronym, an alias, a name holding "and") → its id.
ORGS = {"PUMCH": "org:peking-union-medical-college-hospital",
        "Peking Union Medical College Hospital": "org:peking-union-medical-college-hospital",
        "HKUST": "org:hong-kong-university-of-science-and-technology",
        "the Hong Kong University of Science and Technology": "org:hong-kong-university-of-science-and-technology",
        "University of Macau": "org:university-of-macau", "CQMU": "org:chongqing-medical-university",
        "NUS Medicine": "org:yong-loo-lin-school-of-medicine"}
PEOPLE = {"Nancy Ip": "person:nancy-ip", "Zhang Shuyang": "person:zhang-shuyang",
          "Shuyang Zhang": "person:zhang-shuyang", "Prof. Liu Zhengyin": "person:liu-zhengyin"}


@SETTINGS
@given(template=st.sampled_from(DOCUMENTED), x=st.sampled_from(sorted(ORGS)), y=st.sampled_from(sorted(ORGS)),
       p=st.sampled_from(sorted(PEOPLE)), case=st.sampled_from([str, str.lower, str.upper]),
       end=st.sampled_from(["", "?", " ?"]))
def test_every_documented_question_is_understood_and_about_the_names_it_holds(graph, template, x, y, p, case, end):
    assume(ORGS[x] != ORGS[y])
    names = {"X": (x, ORGS[x]), "Y": (y, ORGS[y]), "P": (p, PEOPLE[p])}
    named = re.findall(r"\b[XYP]\b", template)
    question = case(re.sub(r"\b[XYP]\b", lambda m: names[m.group(0)][0], template)) + end
    try:
        result = q.ask(graph, question)
    except QueryError as exc:  # two organizations may share no chain of facts; every other question answers
        assert "connect" in template and "No chain of facts connects" in str(exc), (question, exc)
        return
    assert result.subjects == tuple(names[n][1] for n in named), question


# Words no question is made of, and text without letters: no form can read them.
NOT_QUESTION_WORDS = ["lorem", "ipsum", "dolor", "sit", "amet", "hospital", "university", "2024", "PUMCH", "Zhang",
                      "signed", "and", "the", "of", "in", "?", "!"]
NOT_QUESTIONS = st.one_of(st.lists(st.sampled_from(NOT_QUESTION_WORDS), max_size=8).map(" ".join),
                          st.text(alphabet=string.digits + string.punctuation + " \t", max_size=40))


@SETTINGS
@given(text=NOT_QUESTIONS)
def test_text_that_is_no_question_gets_the_list_of_forms(graph, text):
    with pytest.raises(UsageError) as caught:
        q.ask(graph, text)
    message = str(caught.value)
    assert message.startswith("Unsupported question")
    assert "who signed with X" in message and "how is X connected to Y" in message  # the forms to ask in instead


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
