"""Question forms, name lookup, paths, cards and listings on the sample graph (and small graphs made here)."""
from __future__ import annotations

import networkx as nx
import pytest

from medcollab_kg import query as q
from medcollab_kg.build import build_graph
from medcollab_kg.errors import QueryError, UsageError
from medcollab_kg.graph import load_graph

PUMCH = "org:peking-union-medical-college-hospital"
HKUST = "org:hong-kong-university-of-science-and-technology"
UM = "org:university-of-macau"


@pytest.fixture(scope="module")
def graph(sample_graph_path):
    return load_graph(sample_graph_path)


def names(result: q.Result) -> set[str]:
    return {a.name for a in result.answers}


# ---------------------------------------------------------------- question forms


@pytest.mark.parametrize("question", [
    "who signed with PUMCH", "Who signed with pumch?",
    "which institutions signed with Peking Union Medical College Hospital",
    "who has signed an agreement with the PUMCH",
    "which universities have signed with PUMCH", "who did PUMCH sign with", "  WHO   SIGNED WITH PUMCH ?? ",
    "with whom did PUMCH sign an agreement",
])
def test_signed_with_forms_give_hkust_with_agreement_and_signatories(graph, question):
    result = q.ask(graph, question)
    assert result.subject == PUMCH and [a.id for a in result.answers] == [HKUST]
    answer = result.answers[0]
    assert set(answer.details["signatories"]) == {"Nancy Ip", "Zhang Shuyang"}
    assert answer.details["agreements"][0]["title"] == "Strategic Cooperation Agreement"
    assert "Nancy Ip" in answer.why and answer.evidence and "Strategic Cooperation Agreement" in answer.evidence[0]


def test_signed_with_reaches_through_units(graph):
    result = q.ask(graph, "who signed with NUS")
    assert names(result) == {"Chongqing Medical University"}
    assert "via Yong Loo Lin School of Medicine" in result.answers[0].why


def test_signed_with_lists_every_other_party(graph):
    assert names(q.ask(graph, "who signed with University of Macau")) == {
        "Shanghai Jiao Tong University School of Medicine", "Macau University of Science and Technology"}


@pytest.mark.parametrize("question", [
    "who signed the agreement between HKUST and PUMCH",
    ("Who signed the agreement between Hong Kong University of Science and Technology and Peking Union Medical "
     "College Hospital?"),
    "who were the signatories of the agreement between pumch and hkust",
])
def test_signatories_between_two_parties(graph, question):
    result = q.ask(graph, question)
    assert result.form == "signatories" and set(result.subjects) == {HKUST, PUMCH}
    assert names(result) == {"Nancy Ip", "Zhang Shuyang"}
    by_name = {a.name: a for a in result.answers}
    assert by_name["Nancy Ip"].details["on_behalf_of"] == HKUST and "for HKUST" in by_name["Nancy Ip"].why


def test_signatories_between_parties_without_a_shared_agreement_is_empty(graph):
    assert q.ask(graph, "who signed the agreement between HKUST and CQMU").answers == ()


@pytest.mark.parametrize("question, expected", [
    ("who signed for PUMCH", {"Zhang Shuyang"}),
    ("who signed on behalf of HKUST", {"Nancy Ip"}),
    ("who signed the agreement for Chongqing Medical University", {"Li Huabing"}),
])
def test_signed_for(graph, question, expected):
    assert names(q.ask(graph, question)) == expected


@pytest.mark.parametrize("question", ["who witnessed the agreement between HKUST and PUMCH",
                                      "who witnessed the agreement with PUMCH", "Who witnessed HKUST's agreement",
                                      "who witnessed the Strategic Cooperation Agreement"])
def test_witnesses(graph, question):
    assert names(q.ask(graph, question)) == {"Penger Tong", "Zhang Qian", "Wu Peixin", "Han Ding"}


def test_witnessed_by_person(graph):
    result = q.ask(graph, "which agreements did Han Ding witness")
    assert [a.type for a in result.answers] == ["Agreement"]
    assert set(result.answers[0].details["parties"]) == {"HKUST", "PUMCH"}


@pytest.mark.parametrize("question", ["which agreements did Nancy Ip sign", "what did nancy ip sign",
                                      "what agreements has Prof Nancy Ip signed"])
def test_agreements_a_person_signed(graph, question):
    result = q.ask(graph, question)
    assert len(result.answers) == 1
    assert result.answers[0].id.startswith("agreement:strategic-cooperation-agreement")
    assert "for HKUST" in result.answers[0].why


@pytest.mark.parametrize("question", ["who works at PUMCH", "who is at pumch",
                                      "people at Peking Union Medical College Hospital", "staff of PUMCH",
                                      "Who are employed at PUMCH?"])
def test_works_at_includes_units(graph, question):
    result = q.ask(graph, question)
    assert names(result) == {"Zhang Shuyang", "Wu Peixin", "Han Ding", "Zhao Yupei", "Du Bin", "Liu Zhengyin"}
    liu = next(a for a in result.answers if a.name == "Liu Zhengyin")
    assert liu.why == "Director, Macao Union Medical Center"  # a unit of PUMCH, named in the answer


@pytest.mark.parametrize("question", ["where does Nieng Yan work", "what is Nieng Yan's role", "who is nieng yan",
                                      "What are Nieng Yan’s roles?", "where is Nieng Yan based"])
def test_roles_of_a_person(graph, question):
    result = q.ask(graph, question)
    assert {(a.name, a.why) for a in result.answers} == {("SMART", "Founding President"),
                                                         ("Shenzhen Bay Laboratory", "Director")}


def test_person_by_reversed_name_and_surname_alias(graph):
    assert q.ask(graph, "who is Shuyang Zhang").subject == "person:zhang-shuyang"
    assert q.ask(graph, "who is Zhang").subject == "person:zhang-shuyang"


@pytest.mark.parametrize("question", ["how is Nancy Ip connected to Liu Zhengyin",
                                      "how are Nancy Ip and Liu Zhengyin connected",
                                      "what connects nancy ip and liu zhengyin"])
def test_path_names_each_hop(graph, question):
    result = q.ask(graph, question)
    assert result.form == "path"
    assert [a.name for a in result.answers] == ["Peking Union Medical College Hospital", "Macao Union Medical Center",
                                                "Liu Zhengyin"]
    assert [a.why for a in result.answers] == [
        "Nancy Ip visited Peking Union Medical College Hospital (2024-03)",
        "Macao Union Medical Center is part of Peking Union Medical College Hospital",
        "Liu Zhengyin is Director at Macao Union Medical Center"]
    assert all(a.evidence for a in result.answers)


def test_path_between_names_containing_and(graph):
    result = q.ask(graph, "how are Hong Kong University of Science and Technology and Peking Union Medical College "
                          "Hospital connected")
    assert result.subjects == (HKUST, PUMCH) and len(result.answers) == 1


def test_no_path_is_a_clean_error(graph):
    with pytest.raises(QueryError, match="No chain of facts connects"):
        q.ask(graph, "how is HKUST connected to NUS")


def test_partners_through_collaboration_agreements_and_events(graph):
    result = q.ask(graph, "partners of University of Macau")
    by_name = {a.name: a for a in result.answers}
    assert set(by_name) == {"Macau University of Science and Technology",
                            "Shanghai Jiao Tong University School of Medicine", "Macao Union Medical Center"}
    assert "co-organized Second Joint Symposium (via Faculty of Health Sciences)" in by_name[
        "Macao Union Medical Center"].why
    assert "cooperation agreement" in by_name["Macau University of Science and Technology"].why
    assert names(q.ask(graph, "which institutions collaborate with UM")) == names(result)
    pumch = names(q.ask(graph, "who are PUMCH's partners"))
    assert pumch >= {"Hong Kong University of Science and Technology", "Faculty of Health Sciences"}
    assert "Macao Union Medical Center" not in pumch  # a unit of PUMCH is not its partner


# ---------------------------------------------------------------- errors


def test_unsupported_question_lists_the_forms(graph):
    with pytest.raises(UsageError) as caught:
        q.ask(graph, "what is the weather in Beijing")
    assert "who signed with X" in str(caught.value) and "how is X connected to Y" in str(caught.value)


def test_misspelt_name_gets_did_you_mean(graph):
    with pytest.raises(QueryError, match="Did you mean: Peking Union Medical College Hospital"):
        q.ask(graph, "who signed with Peking Union Medcal College Hospital")


def test_wrong_type_says_what_the_name_is(graph):
    with pytest.raises(QueryError, match="'PUMCH' is an organization, not a person"):
        q.ask(graph, "who is PUMCH")


def test_pair_error_names_the_side_that_failed(graph):
    with pytest.raises(QueryError, match="Did you mean: Peking Union Medical College Hospital"):
        q.ask(graph, "who signed the agreement between Hong Kong University of Science and Technology and Pekng "
                     "Union Medical College Hospital")


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("person:wang-wei-1", type="Person", name="Wang Wei", aliases=[])
    g.add_node("person:wang-wei-2", type="Person", name="Wang Wei", aliases=["Wei Wang"])
    g.add_node("org:a", type="Organization", name="Alpha University", acronym="AU", aliases=["AU"])
    return g


def test_ambiguous_name_lists_the_candidates():
    with pytest.raises(QueryError) as caught:
        q.find_entity(small_graph(), "wang wei")
    assert "ambiguous" in str(caught.value)
    assert "person:wang-wei-1" in str(caught.value) and "person:wang-wei-2" in str(caught.value)


def test_an_id_resolves_an_ambiguous_name():
    assert q.find_entity(small_graph(), "person:wang-wei-2") == "person:wang-wei-2"


def test_lookup_with_or_without_a_legal_form():
    g = small_graph()
    g.add_node("org:h", type="Organization", name="Harmoni Medical Group Bhd", aliases=[])
    g.add_node("org:n", type="Organization", name="Nile Diagnostics", aliases=[])
    assert q.find_entity(g, "Harmoni Medical Group", types=q.ORG) == "org:h"
    assert q.find_entity(g, "Nile Diagnostics Ltd.", types=q.ORG) == "org:n"
    # a form written first, as Baltic releases write a foundation's
    g.add_node("org:t", type="Organization", name="Tammiku University Hospital", aliases=["SA Tammiku Ülikooli Kliinik"])
    assert q.find_entity(g, "Tammiku Ülikooli Kliinik", types=q.ORG) == "org:t"


def test_lookup_by_the_first_words_of_one_name_or_a_longer_form_of_it():
    g = small_graph()
    g.add_node("org:h", type="Organization", name="Halvorsen Diagnostics", aliases=[])
    g.add_node("org:hc", type="Organization", name="Halvorsen's R&D Center", aliases=[])  # a unit, not Halvorsen
    g.add_node("org:f", type="Organization", name="Fundación Arcoíris", aliases=[])
    g.add_node("org:n1", type="Organization", name="Northgate University", aliases=[])
    g.add_node("org:n2", type="Organization", name="Northgate Hospital", aliases=[])
    assert q.find_entity(g, "Halvorsen", types=q.ORG) == "org:h"
    assert q.find_entity(g, "Fundación Arcoíris para la Niñez", types=q.ORG) == "org:f"
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Northgate", types=q.ORG)  # two fit: ask which
    # … unless articles name one more often: "Bellhaven" is Bellhaven Health, named in two, not its medical center
    g.add_node("org:b", type="Organization", name="Bellhaven Health", aliases=[])
    g.add_node("org:bm", type="Organization", name="Bellhaven Medical Center", aliases=[])
    for doc, orgs in (("doc:1", ["org:b", "org:bm"]), ("doc:2", ["org:b"])):
        g.add_node(doc, type="Document", name=doc)
        for org in orgs:
            g.add_edge(org, doc, key="mentioned_in", relation="mentioned_in")
    assert q.find_entity(g, "Bellhaven", types=q.ORG) == "org:b"
    g.add_edge("org:bm", "doc:2", key="mentioned_in", relation="mentioned_in")
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Bellhaven", types=q.ORG)  # named as often: ask which


def test_lookup_by_a_name_less_its_kind_word_and_by_a_shortened_given_name():
    g = small_graph()
    g.add_node("org:s", type="Organization", name="St. Brigid Children's Hospital", aliases=[])
    g.add_node("org:sm", type="Organization", name="St. Brigid Children's Hospital Media Relations", aliases=[])
    g.add_node("org:p1", type="Organization", name="Eastfield Union Medical College", aliases=[])
    g.add_node("org:p2", type="Organization", name="Eastfield Union Medical College Hospital", aliases=[])
    g.add_node("person:s", type="Person", name="Samuel Adeyemi", aliases=[])
    assert q.find_entity(g, "St. Brigid Children's", types=q.ORG) == "org:s"
    g.add_node("org:e", type="Organization", name="St Aidan's University Hospital", aliases=[])
    assert q.find_entity(g, "St Aidan's", types=q.ORG) == "org:e"  # less two kind words
    g.add_node("org:r", type="Organization", name="Prairie Sage Community Hospital", aliases=[])
    assert q.find_entity(g, "Prairie Sage", types=q.ORG) == "org:r"  # less a modifier and its kind word
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Eastfield Union", types=q.ORG)  # a partial name: more than its kind word is missing
    g.add_node("org:v", type="Organization", name="Cedar Plains VA Health Care System", aliases=[])
    g.add_node("org:h", type="Organization", name="Kessler-Marsh Health", aliases=[])
    g.add_node("org:hc", type="Organization", name="Kessler-Marsh Children's Hospital", aliases=[])
    assert q.find_entity(g, "Cedar Plains VA", types=q.ORG) == "org:v"
    assert q.find_entity(g, "Kessler-Marsh", types=q.ORG) == "org:h"
    assert q.find_entity(g, "Sam Adeyemi", types=q.PERSON) == "person:s"
    with pytest.raises(QueryError):
        q.find_entity(g, "Sa Adeyemi", types=q.PERSON)  # too short to be a given name


def test_lookup_by_the_name_word_after_kind_words_and_by_a_surname_after_an_honorific():
    g = small_graph()
    g.add_node("org:k", type="Organization", name="Medical Corporation Kotobukikai", aliases=[])
    g.add_node("person:a", type="Person", name="Ingrid Vollrath", aliases=[])
    g.add_node("person:b", type="Person", name="Lutz Hammerschmidt", aliases=[])
    g.add_node("person:c", type="Person", name="Nora Hammerschmidt", aliases=[])
    assert q.find_entity(g, "Kotobukikai", types=q.ORG) == "org:k"
    assert q.find_entity(g, "Prof. Vollrath", types=q.PERSON) == "person:a"
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Dr. Hammerschmidt", types=q.PERSON)  # two people of that name: ask which
    with pytest.raises(QueryError):
        q.find_entity(g, "Vollrath", types=q.PERSON)  # a bare surname is no one's name


def test_lookup_without_a_gulf_companys_legal_form():
    g = small_graph()
    g.add_node("org:d", type="Organization", name="Sohar Minerals Company SAOC", aliases=[])
    assert q.find_entity(g, "Sohar Minerals", types=q.ORG) == "org:d"


def test_lookup_without_a_legal_form_in_initials():
    g = small_graph()
    g.add_node("org:v", type="Organization", name="Vireon S.A.", aliases=[])
    g.add_node("org:w", type="Organization", name="Ward B", aliases=[])
    assert q.find_entity(g, "Vireon", types=q.ORG) == "org:v"
    assert q.find_entity(g, "Ward B", types=q.ORG) == "org:w"


def test_lookup_by_acronym_in_any_case_and_leading_the():
    assert q.find_entity(small_graph(), "the au", types=q.ORG) == "org:a"


# ---------------------------------------------------------------- cards and listings


def test_card_of_an_organization(graph):
    card = q.card(graph, "pumch")
    sections = dict(card.sections)
    assert card.id == PUMCH and card.attributes["acronym"] == "PUMCH"
    assert {f.target for f in sections["people"]} >= {"person:zhang-shuyang", "person:liu-zhengyin"}
    assert {f.target for f in sections["units"]} == {"org:macao-union-medical-center"}
    assert {f.target for f in sections["partners"]} >= {HKUST, "org:faculty-of-health-sciences"}
    assert len(sections["articles"]) == 3
    assert all(f.evidence for f in sections["visitors"])


def test_card_of_a_person(graph):
    sections = dict(q.card(graph, "Nancy Ip").sections)
    role = "Nancy Ip is President at Hong Kong University of Science and Technology"
    assert [f.text for f in sections["roles"]] == [role]
    assert sections["agreements"][0].text.endswith("for HKUST")


def test_people_at_an_org_sorted(graph):
    listing = q.people(graph, org="PUMCH", sort="name")
    assert [r["name"] for r in listing.rows] == ["Du Bin", "Han Ding", "Liu Zhengyin", "Wu Peixin", "Zhang Shuyang",
                                                 "Zhao Yupei"]
    assert q.people(graph, sort="articles", descending=True).rows[0]["name"] == "Zhang Shuyang"
    # PUMCH people who signed or witnessed an agreement with HKUST
    assert {r["name"] for r in q.people(graph, org="PUMCH", with_="HKUST").rows} == {"Zhang Shuyang", "Wu Peixin",
                                                                                  "Han Ding"}


def test_orgs_filters(graph):
    assert {r["name"] for r in q.orgs(graph, org="CQMU").rows} == {"Graduate School of CQMU",
                                                                   "Second Affiliated Hospital of CQMU"}
    assert {r["name"] for r in q.orgs(graph, with_="PUMCH").rows} == names(q.ask(graph, "partners of PUMCH"))
    assert {r["kind"] for r in q.orgs(graph, kind="University").rows} == {"university"}


def test_agreements_filters(graph):
    between = q.agreements(graph, org="PUMCH", with_="HKUST")
    assert len(between.rows) == 1 and set(between.rows[0]["signatories"]) == {"Nancy Ip", "Zhang Shuyang"}
    assert [r["date"] for r in q.agreements(graph, since="2024-11").rows] == ["2024-11-22"]
    assert q.agreements(graph, until="2024-10").rows == ()
    assert len(q.agreements(graph, kind="strategic").rows) == 1


def test_events_filters(graph):
    assert [r["name"] for r in q.events(graph, org="University of Macau").rows] == ["Second Joint Symposium"]
    assert {r["kind"] for r in q.events(graph, kind="conference").rows} == {"conference"}
    assert all(r["date"] >= "2026" for r in q.events(graph, since="2026").rows)


@pytest.mark.parametrize("date, since, until, expected", [
    ("2024-03", "2024-03-15", None, True),  # a month overlapping the start counts
    ("2024-03", "2024-04", None, False),
    ("2024", None, "2023-12", False),
    ("2024-11-22", "2024", "2024", True),
    (None, "2020", None, False),  # undated items drop out once a date filter is set
    (None, None, None, True),
])
def test_in_period(date, since, until, expected):
    assert q.in_period(date, since, until) is expected


def test_bad_date_and_sort_are_usage_errors(graph):
    with pytest.raises(UsageError, match="not a date"):
        q.agreements(graph, since="last year")
    with pytest.raises(UsageError, match="Cannot sort by 'colour'"):
        q.people(graph, sort="colour")


def test_path_listing(graph):
    hops = q.path(graph, "Nancy Ip", "Liu Zhengyin")
    assert [r["relation"] for r in hops.rows] == ["visited", "part_of (←)", "holds_role (←)"]
    assert hops.rows[-1]["to"] == "Liu Zhengyin"


def test_stats(graph):
    listings = {r.title: r for r in q.stats(graph, top=2)}
    assert {r["type"]: r["count"] for r in listings["nodes"].rows}["Agreement"] == 3
    assert listings["most connected institutions"].rows[0]["name"] == "Peking Union Medical College Hospital"
    assert len(listings["most connected people"].rows) == 2
    months = {r["month"]: r["articles"] for r in listings["articles per month"].rows}
    assert sum(months.values()) == 5 and months["2024-11"] == 1


@pytest.mark.parametrize("form", q.FORMS, ids=lambda f: f.name)
def test_every_advertised_example_is_read_as_its_form(graph, form):
    """The unsupported-question message lists these examples, so each one must work as written."""
    names = {"X": "HKUST", "Y": "PUMCH", "P": "Nancy Ip"}
    for example in form.example.split(" / "):
        question = " ".join(names.get(w.removesuffix("'s"), w) + ("'s" if w.endswith("'s") else "")
                            for w in example.split())
        assert q.ask(graph, question).form == form.name, question


def test_readme_names_every_browse_command():
    from conftest import ROOT

    doc = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("query", "show", "people", "orgs", "agreements", "events", "path", "stats"):
        assert f"kg {command}" in doc


def test_a_form_whose_name_fails_lets_later_forms_try():
    g = nx.MultiDiGraph()
    g.add_node("person:in-soo-kim", type="Person", name="In Soo Kim", aliases=[])
    g.add_node("org:k", type="Organization", name="Korea Institute", acronym=None, aliases=[])
    g.add_edge("person:in-soo-kim", "org:k", "holds_role", relation="holds_role", title="Director", evidence=[])
    result = q.ask(g, "who is In Soo Kim")  # reads as "who is in <org>" first
    assert result.form == "works_where" and [a.why for a in result.answers] == ["Director"]


def test_names_in_questions_match_without_their_accents():
    g = nx.MultiDiGraph()
    g.add_node("person:g", type="Person", name="Geneviève Tremblay-Okafor", aliases=[])
    g.add_node("org:h", type="Organization", name="The Hospital Clínico", acronym=None, aliases=[])
    assert q.find_entity(g, "genevieve tremblay okafor") == "person:g"
    assert q.find_entity(g, "hospital clinico") == "org:h"


def test_signed_with_is_the_organizations_own_agreements_when_it_has_any(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Hanshan Medical University and Tarn University signed a cooperation agreement "
                                  "on Monday.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("The First Affiliated Hospital of Hanshan Medical University and Lakeside Hospital "
                                  "signed a cooperation agreement on Tuesday.\n", encoding="utf-8")
    graph = build_graph([corpus], graph_path=tmp_path / "g.json", workers=1).graph
    assert names(q.ask(graph, "who signed with Hanshan Medical University")) == {"Tarn University"}
    assert names(q.ask(graph, "who signed with First Affiliated Hospital of Hanshan Medical University")) == {
        "Lakeside Hospital"}


def test_a_company_asked_for_by_its_short_name():
    g = nx.MultiDiGraph()
    g.add_node("org:tigris", type="Organization", name="Tigris Star Medical Systems Company", aliases=[])
    g.add_node("org:peking", type="Organization", name="Peking Union Medical College Hospital", aliases=[])
    assert q.find_entity(g, "Tigris Star") == "org:tigris"
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Peking Union")  # part of the name, not its trade words, is missing


def test_an_insurer_asked_for_without_its_trade_and_legal_form():
    g = nx.MultiDiGraph()
    g.add_node("org:rahma", type="Organization", name="Rahma Takaful Insurance PJSC", aliases=[])
    g.add_node("org:suraksha", type="Organization", name="Suraksha Health Insurance Ltd", aliases=[])
    assert q.find_entity(g, "Rahma Takaful") == "org:rahma"
    assert q.find_entity(g, "Suraksha") == "org:suraksha"


def test_a_name_asked_for_by_its_first_words_and_the_acronym_of_the_rest():
    g = nx.MultiDiGraph()
    g.add_node("org:teifi", type="Organization", name="Teifi Valley University Health Board", aliases=[])
    g.add_node("org:uni", type="Organization", name="Teifi Valley University", aliases=[])
    assert q.find_entity(g, "Teifi Valley UHB") == "org:teifi"


def test_a_name_asked_for_without_kind_words_inside_it_or_a_subsidiarys_words():
    g = small_graph()
    g.add_node("org:mw", type="Organization", name="Mwimbi Health Foundation", aliases=[])
    g.add_node("org:hc", type="Organization", name="Hospital Universitario Cerralvo", aliases=[])
    g.add_node("org:pk", type="Organization", name="Pangora Union Medical College Hospital", aliases=[])
    assert q.find_entity(g, "Mwimbi Foundation", types=q.ORG) == "org:mw"
    assert q.find_entity(g, "Hospital Cerralvo", types=q.ORG) == "org:hc"
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Pangora Union", types=q.ORG)  # its end is missing


def test_a_one_word_short_name_is_the_company_with_more_facts_than_its_subsidiary():
    g = nx.MultiDiGraph()
    g.add_node("org:c", type="Organization", name="Corvella Health plc", aliases=[])
    g.add_node("org:s", type="Organization", name="Corvella Pathology Ltd", aliases=[])
    g.add_node("org:n", type="Organization", name="NHS Corran", aliases=[])
    g.add_node("agreement:a", type="Agreement", name="LOI", aliases=[])
    for n, doc in (("org:c", "d1"), ("org:c", "d2"), ("org:s", "d1"), ("org:s", "d2")):
        g.add_node(f"doc:{doc}", type="Document", name=doc, aliases=[])
        g.add_edge(n, f"doc:{doc}", key="mentioned_in", relation="mentioned_in")
    g.add_edge("org:c", "agreement:a", key="party_to", relation="party_to")
    g.add_edge("org:n", "agreement:a", key="party_to", relation="party_to")
    assert q.find_entity(g, "Corvella", types=q.ORG) == "org:c"


def test_a_short_name_from_a_saint_a_medical_center_a_trust_or_a_university_and_its_school():
    g = nx.MultiDiGraph()
    for node, name in [("org:st", "St Wendreda's University Hospitals NHS Foundation Trust"),
                       ("org:mc", "Tel Oranim Medical Center"), ("org:tr", "Vaimoana Health Trust"),
                       ("org:nhs", "Ashby and Fenn NHS Trust"), ("org:ch", "Hsin-Pei Christian Hospital"),
                       ("org:u", "Quarrington University"), ("org:us", "Quarrington University School of Medicine"),
                       ("org:pu", "Eastfield Union Medical College Hospital"),
                       ("org:sp", "Al-Rimal Specialty Hospital")]:
        g.add_node(node, type="Organization", name=name, aliases=[])
    assert q.find_entity(g, "St Wendreda's", types=q.ORG) == "org:st"
    assert q.find_entity(g, "Tel Oranim", types=q.ORG) == "org:mc"
    assert q.find_entity(g, "Vaimoana", types=q.ORG) == "org:tr"
    assert q.find_entity(g, "Ashby and Fenn", types=q.ORG) == "org:nhs"
    assert q.find_entity(g, "Hsin-Pei", types=q.ORG) == "org:ch"
    assert q.find_entity(g, "Al Rimal", types=q.ORG) == "org:sp"
    with pytest.raises(QueryError, match="Did you mean"):  # its school is no unit of it yet: ask which
        q.find_entity(g, "Quarrington", types=q.ORG)
    g.add_edge("org:us", "org:u", relation="part_of")
    assert q.find_entity(g, "Quarrington", types=q.ORG) == "org:u"
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Eastfield Union", types=q.ORG)  # part of the name is missing
    g.add_node("org:mcv", type="Organization", name="Tel Oranim Medical Center Foundation", aliases=[])
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Tel Oranim", types=q.ORG)  # two names go on from it


def test_a_one_word_short_name_in_one_article_is_the_organization_with_facts():
    # "Talvane" in a release whose press contact is "Talvane Diagnostics Media Relations": the company that signs
    g = small_graph()
    g.add_node("org:t", type="Organization", name="Talvane Diagnostics SA", aliases=[])
    g.add_node("org:tm", type="Organization", name="Talvane Diagnostics Media Relations", aliases=[])
    g.add_node("doc:1", type="Document", name="doc:1")
    for org in ("org:t", "org:tm"):
        g.add_edge(org, "doc:1", key="mentioned_in", relation="mentioned_in")
    with pytest.raises(QueryError, match="Did you mean"):
        q.find_entity(g, "Talvane", types=q.ORG)  # no facts either way: ask which
    g.add_node("agreement:a", type="Agreement", name="MoU")
    g.add_edge("org:t", "agreement:a", key="party_to", relation="party_to")
    assert q.find_entity(g, "Talvane", types=q.ORG) == "org:t"


def test_a_name_asked_for_without_its_quoted_eponym_or_by_an_acronym_that_skips_small_words():
    g = nx.MultiDiGraph()
    g.add_node("org:ceo", type="Organization", name='Centro de Estudios Oculares del Istmo "Dr. Aurelio Vargas"',
               aliases=[])
    g.add_node("org:hhs", type="Organization", name="Wongaburra Coast Hospital and Health Service", aliases=[])
    assert q.find_entity(g, "Centro de Estudios Oculares del Istmo", types=q.ORG) == "org:ceo"
    assert q.find_entity(g, "Wongaburra Coast HHS", types=q.ORG) == "org:hhs"


def test_a_place_government_asked_for_by_its_place():
    g = nx.MultiDiGraph()
    g.add_node("org:gov", type="Organization", name="Tottori Prefectural Government", aliases=[])
    g.add_node("org:pro", type="Organization", name="Kasai Provincial Government", aliases=[])
    g.add_node("org:county", type="Organization", name="Lake Ogwen County", aliases=[])
    g.add_node("org:cgov", type="Organization", name="Lake Ogwen County Government", aliases=[])
    assert q.find_entity(g, "Tottori Prefecture", types=q.ORG) == "org:gov"
    assert q.find_entity(g, "Kasai Province", types=q.ORG) == "org:pro"
    assert q.find_entity(g, "Lake Ogwen County", types=q.ORG) == "org:county"  # (the node called so comes first)
