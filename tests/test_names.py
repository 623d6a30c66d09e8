"""names.py: one place for name keys; where two keys differ, the difference is the point."""
from __future__ import annotations

from medcollab_kg.names import (
    COMMON_HONORIFICS,
    HONORIFICS,
    gold_org_key,
    gold_person_key,
    lookup_key,
    org_key,
    person_key,
    without_honorifics,
)


def test_the_honorifics_gold_files_and_lookups_drop_are_in_the_rules_list():
    assert set(COMMON_HONORIFICS) <= HONORIFICS
    assert {"academician", "datuk"} <= HONORIFICS - set(COMMON_HONORIFICS)  # resolution drops more


def test_one_organization_however_its_name_is_spelled():
    assert org_key("The Harbour Bay Paediatric Centre") == org_key("harbour bay pediatric center")
    assert org_key("Veridian Genomics, Inc.") == org_key("Veridian Genomics")
    assert org_key("Centre Inc.") != org_key("Centre")  # a legal form goes only from names of three words or more
    assert org_key("Kolpara Pharma") == org_key("Kolpara Pharmaceuticals PLC")  # the trade written short
    assert org_key("Umiyama Corp") == org_key("Umiyama Corporation")  # a legal form written short
    assert org_key("Tessel Ltd") == org_key("Tessel Limited")


def test_one_person_whatever_the_order_case_accents_and_honorifics():
    assert person_key("Prof. ZHANG Shuyang") == person_key("Shuyang Zhang")
    assert person_key("Academician Hélène Roy") == person_key("helene roy")
    assert person_key("Fawaz Al-Omari") == person_key("Fawaz Al Omari")  # a hyphen or a space inside the surname


def test_gold_files_are_matched_by_their_own_rules_not_by_resolution():
    # FORMAT.md folds no accents and drops fewer honorifics than resolution
    assert gold_person_key("Hélène Roy") != gold_person_key("Helene Roy")
    assert gold_person_key("Academician Roy") != gold_person_key("Roy")
    # and compares organizations without spellings or legal forms
    assert gold_org_key("The Harbour Bay Centre") == gold_org_key("harbour bay centre")
    assert gold_org_key("Harbour Bay Centre") != gold_org_key("Harbour Bay Center")


def test_a_typed_name_is_found_as_written_without_the_honorifics_in_front():
    assert lookup_key("The Hospital Clínico!") == "hospital clinico"
    assert lookup_key("Centre for X") == "centre for x"  # every alias is in the index: no spelling rules needed
    assert without_honorifics(lookup_key("Prof. Dr. Nancy Ip")) == "nancy ip"
    assert without_honorifics(lookup_key("Dr")) == "dr"
