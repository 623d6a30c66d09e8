"""The rule components, one phrasing per test."""
from __future__ import annotations

import pytest

from medcollab_kg.nlp.components import initials_match, is_acronym


def orgs(nlp, text):
    return {o.name: o for o in nlp(text)._.kg_orgs}


def people(nlp, text):
    return [p.name for p in nlp(text)._.kg_people if not p.surname_only]


@pytest.mark.parametrize("acronym, name", [
    ("HKUST", "Hong Kong University of Science and Technology"),
    ("CQMU", "Chongqing Medical University"),  # a letter from inside a one-word city
    ("SZBL", "Shenzhen Bay Laboratory"),
    ("UoN", "University of Nairobi"),
    ("FHS", "Faculty of Health Sciences"),
])
def test_acronym_spells_initials(acronym, name):
    assert initials_match(acronym, name.split())


@pytest.mark.parametrize("acronym, name", [("UK", "University of Manchester"), ("USA", "Temple University"),
                                           ("NUS", "University of Sydney")])
def test_acronym_that_does_not_spell_the_name(acronym, name):
    assert not initials_match(acronym, name.split())


def test_is_acronym():
    assert is_acronym("PUMCH") and is_acronym("UoN") and not is_acronym("Prof") and not is_acronym("A")


def test_defined_acronym_and_leading_the(nlp):
    found = orgs(nlp, "The Royal Harbour Hospital (RHH) signed an agreement with Delta University.")
    assert "Royal Harbour Hospital" in found
    assert "RHH" in found["Royal Harbour Hospital"].aliases
    assert "Delta University" in found


def test_title_is_not_glued_to_an_organization(nlp):
    doc = nlp("The deal was signed by RHH Associate Provost (Clinical Affairs) Prof. Mary KANE.")
    titles = [s.text for s in doc.spans["kg_titles"]]
    assert "Associate Provost (Clinical Affairs)" in titles
    assert all("Provost" not in o.name for o in doc._.kg_orgs)


def test_country_tail_is_not_part_of_the_name(nlp):
    found = orgs(nlp, "Experts came from Temple University (USA) and the University of Lyon (France).")
    assert {"Temple University", "University of Lyon"} <= set(found)


def test_coordinated_list_is_split(nlp):
    found = orgs(nlp, "Shanghai Jiao Tong University School of Medicine and University of Macau and "
                      "Macau University of Science and Technology will cooperate.")
    assert {"Shanghai Jiao Tong University School of Medicine", "University of Macau",
            "Macau University of Science and Technology"} <= set(found)


def test_nested_unit_keeps_its_parent(nlp):
    found = orgs(nlp, "The Faculty of Nursing (FON) of the University of Leeds (UL) held a forum.")
    assert found["Faculty of Nursing"].parent == "University of Leeds"


def test_possessive_unit(nlp):
    found = orgs(nlp, "A team from the University of Ghana's Noguchi School of Public Health attended.")
    assert found["Noguchi School of Public Health"].parent == "University of Ghana"


def test_possessive_inside_a_name(nlp):
    assert "Riverside Children's Hospital" in orgs(nlp, "He joined Riverside Children's Hospital in 2020.")


def test_description_and_ranking_are_not_organizations(nlp):
    found = orgs(nlp, "It is a Grade 3A General Hospital and was ranked in the World University Rankings 2024.")
    assert found == {}


def test_people_lose_honorifics_and_shouting_capitals(nlp):
    assert people(nlp, "The agreement was signed by Prof. ZHANG Shuyang and Dr. Mei-Ling Chow.") == [
        "Zhang Shuyang", "Mei-Ling Chow"]


def test_acronym_is_never_a_person(nlp):
    assert "HKUST" not in people(nlp, "HKUST said on Monday that it would expand.")


def test_words_read_once_match_the_doc(nlp):
    from medcollab_kg.nlp.components import Words, words

    doc = nlp("The JBMU-FAH team met Prof. Ana Ruiz.\n\nTalks with Delta University (DU) went on.")
    assert "JBMU-FAH" in [t.text for t in doc]  # merged by kg_abbreviations after the Words were first read
    assert words(doc) == Words.read(doc)
    assert words(doc).texts == [t.text for t in doc] and words(doc).lowers == [t.lower_ for t in doc]
    assert words(doc).spaces == [t.whitespace_ for t in doc] and words(doc).starts == [t.idx for t in doc]
    assert words(doc).text == doc.text
    assert [words(doc).text_of(s.start, s.end) for s in doc.sents] == [s.text for s in doc.sents]


def test_hyphenated_acronyms_merge_left_to_right(nlp):
    texts = [t.text for t in nlp("Teams of JBMU-FAH-KU and of UM-FHS met. X-Y is not merged.")]
    assert texts[:6] == ["Teams", "of", "JBMU-FAH", "-", "KU", "and"]
    assert "UM-FHS" in texts and "X-Y" not in texts


def test_every_rule_file_has_the_shape_the_code_reads():
    from medcollab_kg.nlp.rules import RULES_FILES, load_rules

    assert all(load_rules(name) for name in RULES_FILES)


@pytest.mark.parametrize("rules, says", [
    ([], "must hold one object"),
    ({"titles": ["Dean", "Dean"]}, "'Dean' twice"),
    ({"titles": "Dean"}, "neither a word list nor a table"),
    ({"heads": {"University": 3.5}}, "neither a word list nor a table"),
])
def test_a_rule_file_of_another_shape_is_named_with_its_key(rules, says):
    from medcollab_kg.errors import RulesError
    from medcollab_kg.nlp.rules import check_rules

    with pytest.raises(RulesError, match=says):
        check_rules("people", rules)
