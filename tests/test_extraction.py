"""Doc → facts: each test reads like the press-release phrasing it covers."""
from __future__ import annotations

import pytest

from medcollab_kg.facts import extract_facts
from medcollab_kg.ingest import make_article


def facts(nlp, text):
    article = make_article("t.txt", "t.txt", text)
    return extract_facts(nlp(article.text), article)


def roles(nlp, text):
    return {(r.person, r.title, r.org) for r in facts(nlp, text).roles}


@pytest.mark.parametrize("text, role", [
    ("The deal was signed by RHH President Prof. Mary KANE yesterday.", ("Mary Kane", "President", "RHH")),
    ("Dr. Tom Reyes, Vice Dean of Delta University, spoke.", ("Tom Reyes", "Vice Dean", "Delta University")),
    ("Tom Reyes, director of the Harbour Cancer Centre, said so.", ("Tom Reyes", "Director", "Harbour Cancer Centre")),
    ("It was opened by Acting Head of Division of Cell Biology Prof. Ana Ruiz.",
     ("Ana Ruiz", "Acting Head", "Division of Cell Biology")),
    ("Visitors met Delta University's Chief Executive Officer Ms Helen Brandt.",
     ("Helen Brandt", "Chief Executive Officer", "Delta University")),
    ("The keynote came from RHH Secretary of the Party Committee Prof. WU Lan.",
     ("Wu Lan", "Secretary of the Party Committee", "RHH")),
    ("Dr. Lakshmi Rao, Dean of Research at Tapi Institute of Medical Sciences, spoke.",
     ("Lakshmi Rao", "Dean of Research", "Tapi Institute of Medical Sciences")),
    ("The team visited the Delta Emergency Center with its director, Prof. Ana Ruiz.",
     ("Ana Ruiz", "Director", "Delta Emergency Center")),
    ("The study is led by Dr. Tom Reyes, who heads the Department of Infectious Diseases.",
     ("Tom Reyes", "Head", "Department of Infectious Diseases")),
    (("North Vale Hospitals NHS Foundation Trust will open a unit. The trust's chief executive, Harriet Lowe, "
      "said so."), ("Harriet Lowe", "Chief Executive", "North Vale Hospitals NHS Foundation Trust")),
    ("Professor Rhys ap Owen, Dean of Vale Medical School, spoke.", ("Rhys ap Owen", "Dean", "Vale Medical School")),
    ("Dr Chiara Rossi, who leads the Heart Failure Clinic, spoke.", ("Chiara Rossi", "Head", "Heart Failure Clinic")),
    ("It was signed by Rev. Fr. Jose Ma. Villar, OP, President of Santo Domingo University.",
     ("Jose Ma. Villar", "President", "Santo Domingo University")),
    ("Vale Hospital and Delta University signed it. It was signed by the Chief Medical Director, Prof. Ngozi Eze, "
     "on behalf of Vale Hospital, and by Dr. Tom Reyes on behalf of Delta University.",
     ("Ngozi Eze", "Chief Medical Director", "Vale Hospital")),
])
def test_role_shapes(nlp, text, role):
    assert role in roles(nlp, text)


def test_two_roles_in_one_phrase(nlp):
    found = roles(nlp, "On May 2, 2024, Ana Ruiz, Founding President of Delta University and Director of "
                       "Harbour Bay Laboratory, led a team to Vale Hospital.")
    assert {("Ana Ruiz", "Founding President", "Delta University"),
            ("Ana Ruiz", "Director", "Harbour Bay Laboratory")} <= found


def test_title_without_organization_takes_the_only_one_in_the_sentence(nlp):
    found = roles(nlp, "Dr. Lee visited Vale Hospital, where she met Honorary President Prof. Oscar Pina.")
    assert ("Oscar Pina", "Honorary President", "Vale Hospital") in found


def test_place_in_the_organization_slot_gives_no_role(nlp):
    assert roles(nlp, "Lisbon Mayor Rui Costa met doctors from Vale Hospital.") == set()


def test_academic_rank_alone_is_not_a_role(nlp):
    assert roles(nlp, "Professor Ana Ruiz of Delta University spoke.") == set()


def test_agreement_signed_by_and_witnessed_by(nlp):
    f = facts(nlp, "Delta University and Vale Hospital signed a five-year Memorandum of Understanding in Porto. "
                   "The memorandum was signed by Delta University President Prof. Ana Ruiz and Vale Hospital "
                   "Director Dr. Tom Reyes, and witnessed by Dr. Lia Moura, Dean of Delta Medical School.")
    (agreement,) = f.agreements
    assert set(agreement.parties) == {"Delta University", "Vale Hospital"}
    assert {(s.person, s.org) for s in agreement.signatories} == {("Ana Ruiz", "Delta University"),
                                                                   ("Tom Reyes", "Vale Hospital")}
    assert agreement.witnesses == ("Lia Moura",)
    assert agreement.duration == "five-year" and agreement.place == "Porto"
    assert agreement.kind == "memorandum of understanding"


def test_along_with_on_behalf_of(nlp):
    f = facts(nlp, "A signing ceremony for a cooperation agreement between Delta University and Vale Hospital "
                   "was held. Professor Ana Ruiz, Vice President of Delta University, along with Dr. Tom Reyes, "
                   "Director of Vale Hospital, signed the agreement on behalf of the two parties.")
    (agreement,) = f.agreements
    assert {s.person for s in agreement.signatories} == {"Ana Ruiz", "Tom Reyes"}


def test_three_parties(nlp):
    f = facts(nlp, "According to the agreement, Delta University and Vale Hospital and Porto Institute of "
                   "Oncology will boost collaboration.")
    (agreement,) = f.agreements
    assert set(agreement.parties) == {"Delta University", "Vale Hospital", "Porto Institute of Oncology"}


def test_contract_with_people_is_not_an_agreement_between_institutions(nlp):
    f = facts(nlp, "Professor Ana Ruiz, Dean of Delta Medical School, signed contracts with the representatives.")
    assert f.agreements == ()


def test_event_with_organizers_and_article_date(nlp):
    f = facts(nlp, "LISBON, March 3, 2025 - Delta University and Vale Hospital co-organised the Third Joint "
                   "Symposium on cancer care.")
    assert f.date == "2025-03-03"
    event = next(e for e in f.events if "Symposium" in e.name)
    assert event.name == "Third Joint Symposium" and set(event.organizers) == {"Delta University", "Vale Hospital"}
    assert event.date == "2025-03-03"


def test_relative_dates_are_not_invented(nlp):
    assert facts(nlp, "Delta University will open a clinic later this year.").date is None


def test_visit(nlp):
    f = facts(nlp, "In March 2024, Prof. Ana Ruiz visited Vale Hospital to explore collaboration.")
    assert [(v.visitor, v.host, v.date) for v in f.visits] == [("Ana Ruiz", "Vale Hospital", "2024-03")]


def test_every_fact_keeps_its_sentence(nlp):
    f = facts(nlp, "Tom Reyes, director of the Harbour Cancer Centre, said so. Nothing else happened.")
    (role,) = f.roles
    assert f.sentences[role.sentence].startswith("Tom Reyes, director")


def test_signed_on_behalf_of_and_for(nlp):
    f = facts(nlp, "Delta University and Vale Hospital signed a memorandum of understanding on Monday. "
                   "Dr. Ana Ruiz signed on behalf of Delta University, while Mr. Tom Reyes signed for Vale Hospital.")
    (agreement,) = f.agreements
    assert {(s.person, s.org) for s in agreement.signatories} == {("Ana Ruiz", "Delta University"),
                                                                   ("Tom Reyes", "Vale Hospital")}


def test_names_with_particles_and_four_words(nlp):
    f = facts(nlp, "The MoU was signed by Dr. Khalid al-Rashid and Prof. María José García López.")
    assert {m.text for m in f.mentions if m.kind == "person"} >= {"Khalid al-Rashid", "María José García López"}


def test_qualified_title(nlp):
    found = roles(nlp, "The talk was given by Delta University Pro Vice-Chancellor (Research) Prof. Jane Doe.")
    assert ("Jane Doe", "Pro Vice-Chancellor (Research)", "Delta University") in found


# ---------------------------------------------------------------- phrasings from held-out sets 4 and 5


def test_central_european_honorifics_keep_the_name_in_its_sentence(nlp):
    f = facts(nlp, "Delta University and Vale Hospital signed a memorandum of agreement. The memorandum was "
                   "signed by prof. dr hab. Anna Kowal, Rector of Delta University, and Dr. Tom Reyes, Director "
                   "of Vale Hospital.")
    (agreement,) = f.agreements
    assert {s.person for s in agreement.signatories} == {"Anna Kowal", "Tom Reyes"}


def test_parties_described_in_the_lead_come_from_the_signatories(nlp):
    f = facts(nlp, "OSLO, 3 June 2025 – A Norwegian hospital and a Saudi medical complex signed a letter of "
                   "intent on Tuesday.\n\nThe letter was signed by Dr. Kari Holm, chief executive officer of "
                   "Fjord Valley Hospital, and Dr. Omar Al-Rashid, executive director at Al-Noor Medical City.")
    (agreement,) = f.agreements
    assert set(agreement.parties) == {"Fjord Valley Hospital", "Al-Noor Medical City"}
    assert {s.person for s in agreement.signatories} == {"Kari Holm", "Omar Al-Rashid"}


def test_a_short_name_in_parentheses_does_not_break_the_list_of_parties(nlp):
    f = facts(nlp, "Universidad del Sur (USur) and Harbour University Hospital signed a memorandum of "
                   "understanding on Monday.")
    (agreement,) = f.agreements
    assert set(agreement.parties) == {"Universidad del Sur", "Harbour University Hospital"}
    assert ("USur", "Universidad del Sur") in {(a.short, a.long) for a in f.aliases}


def test_a_native_name_and_its_acronym_in_parentheses_are_aliases(nlp):
    f = facts(nlp, "Alder Valley General Hospital (Hospital Geral Vale do Amieiro, HGVA) renewed its twinning "
                   "agreement with Delta University. HGVA will host residents.")
    aliases = {a.short for a in f.aliases if a.long == "Alder Valley General Hospital"}
    assert {"Hospital Geral Vale do Amieiro", "HGVA"} <= aliases
    place = facts(nlp, "Harbour Cancer Hospital (Melbourne, VIC) signed an agreement with Vale University.")
    assert "VIC" not in {a.short for a in place.aliases}  # a place and its state, not a name and its acronym


def test_the_n_institutions_are_the_n_listed_before(nlp):
    f = facts(nlp, "Delta University, Vale Hospital and the Orchard Institute for Genomics have formed a "
                   "research network. Representatives of the three institutions signed the network agreement "
                   "in Porto on 8 July 2025.")
    (agreement,) = f.agreements
    assert set(agreement.parties) == {"Delta University", "Vale Hospital", "Orchard Institute for Genomics"}


def test_a_name_continued_with_a_connector_elsewhere_is_the_same_organization(nlp):
    f = facts(nlp, "Vale Hospital and Instituto Costa Brava sign MoU\n\nVale Hospital today signed a memorandum "
                   "of understanding (MoU) with the Instituto Costa Brava de Medicina Tropical (ICBMT).")
    assert len(f.agreements) == 1
    assert ("Instituto Costa Brava", "Instituto Costa Brava de Medicina Tropical") in {
        (a.short, a.long) for a in f.aliases}


def test_signatories_listed_under_a_heading(nlp):
    f = facts(nlp, "On 19 May 2025 a Framework Agreement was signed between Delta General Hospital and Vale "
                   "University Hospital.\n\n1. Signatories\n- For Delta General Hospital: Dr. NGUYEN Van An, "
                   "Director of Delta General Hospital;\n- For Vale University Hospital: Prof. Kenji Mori, "
                   "Director of Vale University Hospital.\n\n2. Main contents\nThe agreement runs for five years.")
    (agreement,) = f.agreements
    assert {(s.person, s.org) for s in agreement.signatories} == {
        ("Nguyen Van An", "Delta General Hospital"), ("Kenji Mori", "Vale University Hospital")}


def test_a_draft_memorandum_is_not_an_agreement(nlp):
    f = facts(nlp, "No agreement was signed. Delta University and Vale Hospital will exchange a draft "
                   "memorandum of understanding by March, with a view to signing it later that year.")
    assert f.agreements == ()


def test_banners_are_not_organizations(nlp):
    f = facts(nlp, "DELTA NEWS\n\nDelta University signed an agreement with Vale Hospital.")
    assert not any("NEWS" in m.text for m in f.mentions)


def test_a_headline_in_other_words_names_the_agreement_of_the_text(nlp):
    f = facts(nlp, "The Orchard Institute and the Santa Lucia University Polyclinic sign a research partnership "
                   "agreement\n\nThe Institut Orchard de Recherche (IOR - Orchard Institute) and the Policlinico "
                   "Universitario Santa Lucia signed a four-year research partnership agreement on 16 September "
                   "2025 in Parma.")
    (agreement,) = f.agreements
    assert "Policlinico Universitario Santa Lucia" in agreement.parties
    assert ("IOR", "Institut Orchard de Recherche") in {(a.short, a.long) for a in f.aliases}


def test_to_dict_is_what_asdict_gives(nlp):
    from dataclasses import asdict

    f = facts(nlp, "Delta University and Vale Hospital signed a three-year agreement on 4 May 2024 in Lyon, "
                   "signed by Prof. Ana Ruiz, Dean of Delta University, and witnessed by Dr. Tom Reyes.")
    assert f.agreements and f.roles
    assert f.to_dict() == asdict(f)
