"""Questions in an analyst's words: one test per form of the grammar's newer rows, time phrases, kind filters,
partial names and what an empty answer says."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from medcollab_kg import query as q
from medcollab_kg.cli.app import app
from medcollab_kg.errors import QueryError, UsageError
from medcollab_kg.graph import load_graph

runner = CliRunner()
CQMU_NUS = "agreement:cooperation-agreement-chongqing-medical-univer-yong-loo-lin-school-of-m"


@pytest.fixture(scope="module")
def graph(sample_graph_path):
    return load_graph(sample_graph_path)


def names(result: q.Result) -> list[str]:
    return [a.name for a in result.answers]


def test_role_title_question_names_the_holder_not_vice_or_honorary_ones(graph):
    result = q.ask(graph, "who is the president of PUMCH")
    assert result.form == "role" and names(result) == ["Zhang Shuyang"]  # not Han Ding (Vice), Zhao Yupei (Honorary)
    assert result.answers[0].why == "President, Peking Union Medical College Hospital" and result.answers[0].evidence
    assert sorted(names(q.ask(graph, "who is the vice president of PUMCH"))) == ["Du Bin", "Han Ding"]
    assert names(q.ask(graph, "who is PUMCH's president")) == ["Zhang Shuyang"]


def test_role_title_reaches_a_unit_when_the_institution_itself_has_none(graph):
    (dean,) = q.ask(graph, "who is the dean of the University of Macau").answers
    assert dean.name == "Chuxia Deng" and dean.why == "Dean, Faculty of Health Sciences"


@pytest.mark.parametrize("question", ["who heads HKUST", "who leads HKUST", "who is the head of HKUST"])
def test_who_heads_takes_any_head_title(graph, question):
    result = q.ask(graph, question)
    assert result.form == "heads" and names(result) == ["Nancy Ip"]


def test_heads_of_the_institution_come_before_heads_of_its_units(graph):
    assert names(q.ask(graph, "who heads PUMCH")) == ["Zhang Shuyang"]  # not the director of its unit


def test_who_signed_for_gives_signatories_never_witnesses():
    g = nx.MultiDiGraph()
    g.add_node("org:x", type="Organization", name="X Hospital", acronym="XH", aliases=[])
    g.add_node("org:y", type="Organization", name="Y University", acronym="YU", aliases=[])
    g.add_node("agreement:a", type="Agreement", name="MoU (X – Y)", title="MoU", date="2024-05", aliases=[])
    for person in ("Signer", "Witness"):
        g.add_node(f"person:{person}", type="Person", name=person, aliases=[])
        g.add_edge(f"person:{person}", "org:x", "holds_role:Director", relation="holds_role", title="Director")
    for org in ("org:x", "org:y"):
        g.add_edge(org, "agreement:a", "party_to", relation="party_to")
    g.add_edge("person:Signer", "agreement:a", "signed", relation="signed")
    g.add_edge("person:Witness", "agreement:a", "witnessed", relation="witnessed")
    assert names(q.ask(g, "who signed for XH")) == ["Signer"]
    assert names(q.ask(g, "who witnessed the agreement between XH and YU")) == ["Witness"]


def test_who_witnessed_the_agreement_between_two_parties(graph):
    result = q.ask(graph, "who witnessed the agreement between HKUST and PUMCH")
    assert result.form == "witnessed"
    assert set(names(result)) == {"Han Ding", "Wu Peixin", "Penger Tong", "Zhang Qian"}


def test_which_agreements_did_an_institution_sign_in_a_year(graph):
    result = q.ask(graph, "which agreements did CQMU sign in 2024")
    assert result.form == "agreements_of" and [a.id for a in result.answers] == [CQMU_NUS]
    assert result.answers[0].details["date"] == "2024-11-22" and result.answers[0].details["signatories"]
    assert q.ask(graph, "which agreements did CQMU sign in 2023").answers == ()
    assert [a.id for a in q.ask(graph, "which agreements did CQMU sign since November 2024").answers] == [CQMU_NUS]


def test_what_happened_in_a_year_lists_dated_agreements_events_and_visits_oldest_first(graph):
    result = q.ask(graph, "what happened in 2024")
    dates = [a.details["date"] for a in result.answers]
    assert result.form == "timeline" and dates == sorted(dates) and all(d.startswith("2024") for d in dates)
    assert CQMU_NUS in {a.id for a in result.answers}
    assert any("Nancy Ip visited" in a.why for a in result.answers)
    later = q.ask(graph, "what happened since March 2024")
    assert {a.details["date"][:4] for a in later.answers} == {"2024", "2026"}
    assert all(a.details["date"] < "2024-07" for a in q.ask(graph, "what happened before July 2024").answers)


def test_what_happened_at_an_institution(graph):
    result = q.ask(graph, "what happened at University of Macau")
    assert names(result) == ["Second Joint Symposium"]  # organized by its faculty


@pytest.mark.parametrize("question, expected", [
    ("which schools did CQMU sign with", ["Yong Loo Lin School of Medicine"]),
    ("which hospitals did CQMU sign with", []),
    ("which universities collaborate with PUMCH", ["Hong Kong University of Science and Technology",
                                                   "University of Macau"]),
])
def test_kind_words_filter_the_answers(graph, question, expected):
    result = q.ask(graph, question)
    assert names(result) == expected
    assert result.looked_for.startswith(question.split()[1])  # "hospitals that signed an agreement with …"


@pytest.mark.parametrize("phrase, since, until", [
    ("in 2024", "2024", "2024"), ("in March 2024", "2024-03", "2024-03"), ("since March 2023", "2023-03", None),
    ("after 2022", "2023", None), ("before 2025", None, "2024"), ("before January 2025", None, "2024-12"),
    ("between 2022 and 2024", "2022", "2024"), ("until Sept 2024", None, "2024-09"),
])
def test_time_phrases(phrase, since, until):
    text, when = q.split_when(f"what happened {phrase}")
    assert text == "what happened" and (when.since, when.until) == (since, until) and when.text == phrase


def test_a_date_on_a_question_that_takes_none_says_so(graph):
    with pytest.raises(UsageError, match="take no date \\('in 2024'\\)"):
        q.ask(graph, "who works at PUMCH in 2024")


def test_a_partial_name_gets_the_names_it_is_part_of(graph):
    with pytest.raises(QueryError, match="No organization called 'Peking Union'. Did you mean: Peking Union Medical "
                                         "College Hospital"):
        q.ask(graph, "who signed with Peking Union")


def test_an_empty_answer_says_what_was_looked_for_and_what_to_try(sample_graph_path):
    result = runner.invoke(app, ["query", "which agreements did CQMU sign in 2023", "--graph", str(sample_graph_path)])
    assert result.exit_code == 0 and result.stdout == ""
    assert "No answer: the graph has no agreements Chongqing Medical University signed in 2023." in result.stderr
    assert 'Try: kg query "partners of Chongqing Medical University"' in result.stderr
    assert "No which" not in result.stderr
    data = json.loads(runner.invoke(app, ["query", "who is the dean of PUMCH", "--json", "--graph",
                                          str(sample_graph_path)]).stdout)
    assert data["answers"] == [] and data["looked_for"].startswith("people with the title 'dean' at Peking Union")
    assert "who works at Peking Union Medical College Hospital" in data["try"]


def test_query_help_lists_every_form():
    result = runner.invoke(app, ["query", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for form in q.FORMS:
        for example in form.example.split(" / "):
            assert example in result.stdout, example
