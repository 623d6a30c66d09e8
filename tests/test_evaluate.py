"""Quality floors on the gold sets, and the matching rules of FORMAT.md."""
from __future__ import annotations

import pytest
from conftest import (
    CHALLENGE,
    EXTRA,
    GOLD,
    HELDOUT,
    HELDOUT2,
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    HELDOUT7,
    HELDOUT8,
    HELDOUT9,
    HELDOUT10,
    HELDOUT11,
    HELDOUT12,
    HELDOUT13,
    HELDOUT14,
    HELDOUT15,
    HELDOUT16,
    HELDOUT17,
    HELDOUT18,
    HELDOUT19,
    HELDOUT20,
    HELDOUT21,
    HELDOUT22,
    HELDOUT23,
    HELDOUT24,
    HELDOUT25,
    HELDOUT26,
    HELDOUT27,
    HELDOUT28,
    HELDOUT29,
    HELDOUT30,
    HELDOUT31,
    HELDOUT32,
    HELDOUT34,
    HELDOUT35,
    HELDOUT36,
    HELDOUT37,
    HELDOUT38,
    HELDOUT39,
    HELDOUT40,
    HELDOUT41,
    HELDOUT43,
    HELDOUT44,
    HELDOUT45,
    HELDOUT46,
    HELDOUT47,
    HELDOUT48,
    HELDOUT49,
    HELDOUT50,
    HELDOUT51,
    HELDOUT52,
    HELDOUT53,
    HELDOUT54,
    HELDOUT55,
    HELDOUT56,
    HELDOUT57,
    HELDOUT58,
    HELDOUT59,
    HELDOUT60,
    HELDOUT61,
    HELDOUT62,
    HELDOUT63,
    HELDOUT64,
    HELDOUT65,
    HELDOUT66,
    HELDOUT67,
    HELDOUT68,
    HELDOUT69,
    HELDOUT70,
    HELDOUT71,
    HELDOUT72,
    HELDOUT73,
    HELDOUT74,
    HELDOUT75,
    HELDOUT76,
    HELDOUT77,
    HELDOUT78,
    HELDOUT79,
    HELDOUT80,
    HELDOUT81,
    HELDOUT82,
    HELDOUT83,
    HELDOUT84,
    HELDOUT85,
    HELDOUT86,
    HELDOUT87,
    HELDOUT88,
    HELDOUT89,
    HELDOUT90,
    HELDOUT91,
    HELDOUT92,
    HELDOUT93,
    HELDOUT94,
    HELDOUT95,
    HELDOUT96,
    HELDOUT97,
    HELDOUT98,
    HELDOUT99,
    HELDOUT100,
    HELDOUT101,
    HELDOUT102,
    HELDOUT103,
    HELDOUT104,
    HELDOUT105,
    HELDOUT106,
    HELDOUT107,
    HELDOUT108,
    HELDOUT109,
    HELDOUT110,
    HELDOUT111,
    HELDOUT112,
    HELDOUT113,
    HELDOUT114,
    HELDOUT115,
    HELDOUT116,
    HELDOUT117,
    HELDOUT118,
    HELDOUT119,
    HELDOUT120,
    HELDOUT121,
    HELDOUT122,
    HELDOUT123,
    HELDOUT124,
    HELDOUT125,
    HELDOUT126,
    HELDOUT127,
    HELDOUT128,
    HELDOUT129,
    HELDOUT130,
    HELDOUT131,
    HELDOUT132,
    HELDOUT133,
    HELDOUT134,
    HELDOUT135,
    HELDOUT136,
    HELDOUT137,
    HELDOUT138,
    HELDOUT139,
    HELDOUT140,
    HELDOUT141,
    HELDOUT142,
    HELDOUT143,
    HELDOUT144,
    HELDOUT145,
    HELDOUT146,
    HELDOUT147,
    HELDOUT148,
    HELDOUT149,
    HELDOUT150,
    HELDOUT151,
    HELDOUT152,
    HELDOUT153,
    HELDOUT154,
    HELDOUT155,
    HELDOUT156,
    HELDOUT157,
    HELDOUT158,
    HELDOUT159,
    HELDOUT160,
    HELDOUT161,
    HELDOUT162,
    HELDOUT163,
    HELDOUT164,
    HELDOUT165,
    HELDOUT166,
    HELDOUT167,
    HELDOUT168,
    HELDOUT169,
    HELDOUT170,
    HELDOUT171,
    HELDOUT172,
    HELDOUT173,
    HELDOUT174,
    HELDOUT175,
    HELDOUT176,
    HELDOUT177,
    HELDOUT178,
    HELDOUT179,
    HELDOUT180,
    HELDOUT181,
    HELDOUT182,
    HELDOUT183,
    HELDOUT184,
    SAMPLES,
)

from medcollab_kg.build import build_graph
from medcollab_kg.evaluate import Score, evaluate, read_gold
from medcollab_kg.names import gold_org_key, gold_person_key, gold_title_key

# Floors from the issues; the measured figures are in the README.
SAMPLE_FLOORS = {"people": 0.97, "organizations": 0.92, "roles": 0.90, "agreements": 1.0, "signatories": 0.90,
                 "witnesses": 0.90}


def report_for(gold_dir, corpus, tmp_path):
    # in this process, which holds the model once for the session: no pool of workers loading it again per set
    articles, questions = read_gold(gold_dir)
    result = build_graph([corpus / a["document"] for a in articles], graph_path=tmp_path / "g.json", workers=1)
    return evaluate(result.graph, articles, questions)


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    return report_for(GOLD, SAMPLES, tmp_path_factory.mktemp("sample_gold"))


def test_sample_gold_meets_the_floors(sample_report):
    report = sample_report
    for category, floor in SAMPLE_FLOORS.items():
        assert report.scores[category].f1 >= floor, (category, report.scores[category].to_dict(True))
    assert report.questions_right == len(report.questions) == 8


def test_sample_people_have_no_duplicates_and_no_wrong_merges(sample_report):
    people = sample_report.scores["people"]
    assert people.fp == 0 and people.fn == 0, people.to_dict(True)


@pytest.mark.slow  # runs the model over a corpus of its own: a second or more each
def test_articles_written_for_testing_meet_the_floors(tmp_path):
    report = report_for(EXTRA / "gold", EXTRA / "corpus", tmp_path)
    for category, floor in SAMPLE_FLOORS.items():
        assert report.scores[category].f1 >= floor, (category, report.scores[category].to_dict(True))
    assert report.questions_right == len(report.questions)


@pytest.mark.slow  # runs the model over a corpus of its own: a second or more each
@pytest.mark.parametrize("folder, wrong_questions", [
    (HELDOUT, 1),  # a unit the text only implies is part of a university
    (HELDOUT2, 2),  # an associate professor counted as a role; a title whose organization is ambiguous
])
def test_heldout_articles_meet_the_floors(tmp_path, folder, wrong_questions):
    # written without sight of the rules; the rules then learnt from their misses (README has both figures)
    report = report_for(folder / "gold", folder / "corpus", tmp_path)
    for category, floor in SAMPLE_FLOORS.items():
        assert report.scores[category].f1 >= floor, (category, report.scores[category].to_dict(True))
    assert report.questions_right >= len(report.questions) - wrong_questions


@pytest.mark.slow  # runs the model over a corpus of its own: a second or more each
@pytest.mark.parametrize("folder, floors, questions", [
    # wire copy, newsletters, five continents
    (HELDOUT3, {"people": 0.98, "organizations": 0.98, "roles": 0.87, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 7),
    # notices, wire copy and newsletters from ten countries
    (HELDOUT4, {"people": 0.98, "organizations": 0.94, "roles": 0.96, "agreements": 0.90, "signatories": 0.97,
                 "witnesses": 0.99}, 7),
    # ten countries' conventions: post-nominals, bracketed honorifics, translations
    (HELDOUT5, {"people": 0.97, "organizations": 0.93, "roles": 0.84, "agreements": 0.89, "signatories": 0.91,
                 "witnesses": 0.92}, 6),
    # sets 6 to 8: written from real releases of 27 countries; first runs and later figures in docs/quality.md
    # (witnesses: these sets do not count people "present at the signing", which the rules now do, as sets 12, 16
    # and 17 ask)
    (HELDOUT6, {"people": 0.98, "organizations": 0.96, "roles": 0.87, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.82}, 13),
    (HELDOUT7, {"people": 0.96, "organizations": 0.91, "roles": 0.96, "agreements": 0.99, "signatories": 0.98,
                 "witnesses": 0.84}, 12),
    (HELDOUT8, {"people": 0.97, "organizations": 0.95, "roles": 0.90, "agreements": 0.99, "signatories": 0.97,
                 "witnesses": 0.90}, 13),
    # set 9: 20 more, nursing, dental and veterinary schools, blood banks, registries; measured once, untuned
    (HELDOUT9, {"people": 0.99, "organizations": 0.98, "roles": 0.95, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.94}, 19),
    # sets 10 and 11: wire reports and institutional releases from five continents; first runs in docs/quality.md
    (HELDOUT10, {"people": 0.99, "organizations": 0.93, "roles": 0.93, "agreements": 0.95, "signatories": 0.97,
                 "witnesses": 0.89}, 19),
    (HELDOUT11, {"people": 0.98, "organizations": 0.98, "roles": 0.94, "agreements": 0.99, "signatories": 0.98,
                 "witnesses": 0.95}, 17),
    # sets 12 and 13: news reports and institutional releases of some 40 countries; first runs in docs/quality.md
    (HELDOUT12, {"people": 0.98, "organizations": 0.97, "roles": 0.91, "agreements": 0.95, "signatories": 0.97,
                 "witnesses": 0.82}, 18),
    (HELDOUT13, {"people": 0.98, "organizations": 0.92, "roles": 0.88, "agreements": 0.90, "signatories": 0.92,
                 "witnesses": 0.99}, 17),
    # sets 14 and 15: news reports and releases of some 45 countries, written without reading the rules
    (HELDOUT14, {"people": 0.97, "organizations": 0.86, "roles": 0.81, "agreements": 0.85, "signatories": 0.84,
                 "witnesses": 0.88}, 11),
    (HELDOUT15, {"people": 0.98, "organizations": 0.89, "roles": 0.83, "agreements": 0.85, "signatories": 0.84,
                 "witnesses": 0.89}, 14),
    # sets 16 to 19: news, releases and briefs of some 60 countries, written without reading the rules
    (HELDOUT16, {"people": 0.98, "organizations": 0.95, "roles": 0.84, "agreements": 0.85, "signatories": 0.88,
                 "witnesses": 0.66}, 14),
    (HELDOUT17, {"people": 0.98, "organizations": 0.88, "roles": 0.87, "agreements": 0.91, "signatories": 0.89,
                 "witnesses": 0.62}, 11),
    (HELDOUT18, {"people": 0.96, "organizations": 0.95, "roles": 0.86, "agreements": 0.98, "signatories": 0.96,
                 "witnesses": 0.78}, 14),
    (HELDOUT19, {"people": 0.98, "organizations": 0.89, "roles": 0.81, "agreements": 0.99, "signatories": 0.94,
                 "witnesses": 0.71}, 16),
    # sets 20 to 23: Latin America, southern Europe and lusophone and francophone Africa; the UK, Ireland,
    # Australia, New Zealand and Canada; South Asia; East and Southeast Asia and the Gulf; first runs in
    # docs/quality.md
    (HELDOUT20, {"people": 0.94, "organizations": 0.87, "roles": 0.77, "agreements": 0.91, "signatories": 0.90,
                 "witnesses": 0.67}, 11),
    (HELDOUT21, {"people": 0.98, "organizations": 0.91, "roles": 0.71, "agreements": 0.84, "signatories": 0.89,
                 "witnesses": 0.61}, 12),
    (HELDOUT22, {"people": 0.98, "organizations": 0.92, "roles": 0.79, "agreements": 0.93, "signatories": 0.97,
                 "witnesses": 0.61}, 13),
    (HELDOUT23, {"people": 0.96, "organizations": 0.92, "roles": 0.90, "agreements": 0.94, "signatories": 0.93,
                 "witnesses": 0.68}, 13),
    (HELDOUT24, {"people": 0.99, "organizations": 0.91, "roles": 0.78, "agreements": 0.83, "signatories": 0.88,
                 "witnesses": 0.91}, 8),
    (HELDOUT25, {"people": 0.99, "organizations": 0.90, "roles": 0.84, "agreements": 0.94, "signatories": 0.94,
                 "witnesses": 0.86}, 17),
    (HELDOUT26, {"people": 0.98, "organizations": 0.95, "roles": 0.73, "agreements": 0.90, "signatories": 0.96,
                 "witnesses": 0.51}, 11),
    (HELDOUT27, {"people": 0.98, "organizations": 0.90, "roles": 0.87, "agreements": 0.91, "signatories": 0.85,
                 "witnesses": 0.56}, 12),
    (HELDOUT28, {"people": 0.98, "organizations": 0.88, "roles": 0.90, "agreements": 0.96, "signatories": 0.95,
                 "witnesses": 0.93}, 11),
    # sets 29 to 32: Turkey to Central Asia and the Balkans; Japan, Korea, Taiwan, Hong Kong, Macau; East and
    # West Africa with US and European partners; industry and academic medical centres; first runs in docs/quality.md
    (HELDOUT29, {"people": 0.98, "organizations": 0.84, "roles": 0.86, "agreements": 0.94, "signatories": 0.92,
                 "witnesses": 0.82}, 9),
    (HELDOUT30, {"people": 0.98, "organizations": 0.94, "roles": 0.88, "agreements": 0.94, "signatories": 0.97,
                 "witnesses": 0.96}, 11),
    (HELDOUT31, {"people": 0.97, "organizations": 0.92, "roles": 0.90, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.97}, 11),
    (HELDOUT32, {"people": 0.96, "organizations": 0.90, "roles": 0.81, "agreements": 0.88, "signatories": 0.96,
                 "witnesses": 0.99}, 10),
    # set 34: South Asia and the Gulf, written in the ninth session, scored first on that session's starting code
    # and its final rules (docs/quality.md), learnt from in the tenth
    (HELDOUT34, {"people": 0.99, "organizations": 0.90, "roles": 0.94, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    # sets 35 to 38: Southeast Asia and Oceania; North, francophone and lusophone Africa; the UK, Ireland and Canada;
    # Latin America, Spain and Portugal; written in the tenth session, first runs in docs/quality.md, then learnt from
    (HELDOUT35, {"people": 0.99, "organizations": 0.93, "roles": 0.91, "agreements": 0.99, "signatories": 0.94,
                 "witnesses": 0.72}, 16),
    (HELDOUT36, {"people": 0.99, "organizations": 0.90, "roles": 0.88, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 16),
    (HELDOUT37, {"people": 0.98, "organizations": 0.94, "roles": 0.91, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT38, {"people": 0.97, "organizations": 0.93, "roles": 0.88, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 14),
    # sets 39 to 41: South Asia; the Gulf, Jordan and Turkey; the US; written in the eleventh session, first runs in
    # docs/quality.md, then learnt from
    (HELDOUT39, {"people": 0.98, "organizations": 0.88, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT40, {"people": 0.97, "organizations": 0.95, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 13),
    (HELDOUT41, {"people": 0.99, "organizations": 0.88, "roles": 0.93, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 8),
    # sets 43 to 55: continental Europe; East Asia; Latin America; Africa; the UK, Ireland, Canada, Australia and
    # New Zealand; Europe again; Southeast Asia; the US and Canada; the Middle East and North Africa; South Asia;
    # East Asia again; sub-Saharan Africa; Central Asia and the Caucasus; written in the twelfth session, first
    # runs in docs/quality.md, then learnt from
    (HELDOUT43, {"people": 0.98, "organizations": 0.94, "roles": 0.96, "agreements": 0.99, "signatories": 0.97,
                 "witnesses": 0.99}, 16),
    (HELDOUT44, {"people": 0.98, "organizations": 0.95, "roles": 0.94, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 15),
    (HELDOUT45, {"people": 0.98, "organizations": 0.92, "roles": 0.93, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 15),
    (HELDOUT46, {"people": 0.99, "organizations": 0.92, "roles": 0.90, "agreements": 0.93, "signatories": 0.93,
                 "witnesses": 0.91}, 14),
    (HELDOUT47, {"people": 0.96, "organizations": 0.90, "roles": 0.91, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT48, {"people": 0.98, "organizations": 0.96, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 13),
    (HELDOUT49, {"people": 0.95, "organizations": 0.97, "roles": 0.92, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.91}, 13),
    (HELDOUT50, {"people": 0.96, "organizations": 0.96, "roles": 0.84, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 10),
    (HELDOUT51, {"people": 0.94, "organizations": 0.89, "roles": 0.95, "agreements": 0.99, "signatories": 0.88,
                 "witnesses": 0.94}, 15),
    (HELDOUT52, {"people": 0.97, "organizations": 0.92, "roles": 0.89, "agreements": 0.94, "signatories": 0.99,
                 "witnesses": 0.89}, 12),
    (HELDOUT53, {"people": 0.99, "organizations": 0.94, "roles": 0.89, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 13),
    (HELDOUT54, {"people": 0.97, "organizations": 0.97, "roles": 0.77, "agreements": 0.94, "signatories": 0.99,
                 "witnesses": 0.99}, 15),
    (HELDOUT55, {"people": 0.96, "organizations": 0.97, "roles": 0.83, "agreements": 0.99, "signatories": 0.96,
                 "witnesses": 0.94}, 13),
    # sets 56 to 59: the US and Canada; Europe; East Asia; Latin America with Portuguese- and French-speaking
    # Africa; written in the twelfth session, first runs on that session's rules in docs/quality.md
    (HELDOUT56, {"people": 0.98, "organizations": 0.87, "roles": 0.90, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 14),
    (HELDOUT57, {"people": 0.98, "organizations": 0.97, "roles": 0.85, "agreements": 0.94, "signatories": 0.99,
                 "witnesses": 0.99}, 13),
    (HELDOUT58, {"people": 0.99, "organizations": 0.94, "roles": 0.86, "agreements": 0.99, "signatories": 0.94,
                 "witnesses": 0.93}, 15),
    (HELDOUT59, {"people": 0.96, "organizations": 0.89, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 11),
    # Sets 60 to 79 (thirteenth session): first runs in docs/quality.md
    (HELDOUT60, {"people": 0.97, "organizations": 0.93, "roles": 0.94, "agreements": 0.93, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT61, {"people": 0.97, "organizations": 0.92, "roles": 0.88, "agreements": 0.99, "signatories": 0.96,
                 "witnesses": 0.99}, 12),
    (HELDOUT62, {"people": 0.97, "organizations": 0.97, "roles": 0.93, "agreements": 0.94, "signatories": 0.96,
                 "witnesses": 0.99}, 12),
    (HELDOUT63, {"people": 0.97, "organizations": 0.95, "roles": 0.92, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 15),
    (HELDOUT64, {"people": 0.95, "organizations": 0.93, "roles": 0.87, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.92}, 11),
    (HELDOUT65, {"people": 0.96, "organizations": 0.96, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 14),
    (HELDOUT66, {"people": 0.96, "organizations": 0.92, "roles": 0.88, "agreements": 0.87, "signatories": 0.85,
                 "witnesses": 0.94}, 13),
    (HELDOUT67, {"people": 0.98, "organizations": 0.88, "roles": 0.89, "agreements": 0.99, "signatories": 0.93,
                 "witnesses": 0.88}, 14),
    (HELDOUT68, {"people": 0.97, "organizations": 0.90, "roles": 0.92, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.95}, 12),
    (HELDOUT69, {"people": 0.96, "organizations": 0.91, "roles": 0.88, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 10),
    (HELDOUT70, {"people": 0.96, "organizations": 0.92, "roles": 0.91, "agreements": 0.88, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT71, {"people": 0.98, "organizations": 0.94, "roles": 0.87, "agreements": 0.99, "signatories": 0.85,
                 "witnesses": 0.99}, 15),
    (HELDOUT72, {"people": 0.98, "organizations": 0.88, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.90}, 12),
    (HELDOUT73, {"people": 0.99, "organizations": 0.96, "roles": 0.88, "agreements": 0.79, "signatories": 0.73,
                 "witnesses": 0.57}, 7),
    (HELDOUT74, {"people": 0.96, "organizations": 0.89, "roles": 0.83, "agreements": 0.85, "signatories": 0.89,
                 "witnesses": 0.93}, 11),
    (HELDOUT75, {"people": 0.97, "organizations": 0.91, "roles": 0.83, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 10),
    (HELDOUT76, {"people": 0.97, "organizations": 0.89, "roles": 0.84, "agreements": 0.93, "signatories": 0.96,
                 "witnesses": 0.85}, 13),
    (HELDOUT77, {"people": 0.99, "organizations": 0.93, "roles": 0.91, "agreements": 0.99, "signatories": 0.94,
                 "witnesses": 0.99}, 10),
    (HELDOUT78, {"people": 0.97, "organizations": 0.92, "roles": 0.90, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.88}, 12),
    (HELDOUT79, {"people": 0.97, "organizations": 0.86, "roles": 0.83, "agreements": 0.85, "signatories": 0.92,
                 "witnesses": 0.94}, 12),
    # fourteenth session: sets 80-99, written by helpers from real pages (the US and Canada, West and East Africa,
    # Southeast Asia, western Europe, the Gulf, Russia and Central Asia, Oceania, China and Taiwan, southern India
    # and Sri Lanka, the UK, Japan and Korea, North Africa, Latin America, central and eastern Europe, South Asia,
    # southern Africa, the Middle East, northern Europe, global partnerships)
    (HELDOUT80, {"people": 0.99, "organizations": 0.91, "roles": 0.86, "agreements": 0.93, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT81, {"people": 0.99, "organizations": 0.88, "roles": 0.85, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 14),
    (HELDOUT82, {"people": 0.92, "organizations": 0.89, "roles": 0.83, "agreements": 0.99, "signatories": 0.94,
                 "witnesses": 0.81}, 14),
    (HELDOUT83, {"people": 0.97, "organizations": 0.88, "roles": 0.82, "agreements": 0.87, "signatories": 0.86,
                 "witnesses": 0.99}, 13),
    (HELDOUT84, {"people": 0.97, "organizations": 0.92, "roles": 0.95, "agreements": 0.87, "signatories": 0.93,
                 "witnesses": 0.66}, 14),
    (HELDOUT85, {"people": 0.94, "organizations": 0.93, "roles": 0.80, "agreements": 0.99, "signatories": 0.94,
                 "witnesses": 0.79}, 16),
    (HELDOUT86, {"people": 0.94, "organizations": 0.94, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 14),
    (HELDOUT87, {"people": 0.98, "organizations": 0.88, "roles": 0.88, "agreements": 0.95, "signatories": 0.95,
                 "witnesses": 0.93}, 15),
    (HELDOUT88, {"people": 0.96, "organizations": 0.89, "roles": 0.86, "agreements": 0.92, "signatories": 0.88,
                 "witnesses": 0.94}, 11),
    (HELDOUT89, {"people": 0.99, "organizations": 0.92, "roles": 0.87, "agreements": 0.99, "signatories": 0.93,
                 "witnesses": 0.99}, 10),
    (HELDOUT90, {"people": 0.99, "organizations": 0.94, "roles": 0.91, "agreements": 0.87, "signatories": 0.93,
                 "witnesses": 0.87}, 9),
    (HELDOUT91, {"people": 0.98, "organizations": 0.92, "roles": 0.86, "agreements": 0.99, "signatories": 0.90,
                 "witnesses": 0.99}, 11),
    (HELDOUT92, {"people": 0.99, "organizations": 0.95, "roles": 0.90, "agreements": 0.99, "signatories": 0.97,
                 "witnesses": 0.99}, 14),
    (HELDOUT93, {"people": 0.98, "organizations": 0.88, "roles": 0.83, "agreements": 0.79, "signatories": 0.82,
                 "witnesses": 0.85}, 11),
    (HELDOUT94, {"people": 0.97, "organizations": 0.89, "roles": 0.90, "agreements": 0.99, "signatories": 0.96,
                 "witnesses": 0.99}, 12),
    (HELDOUT95, {"people": 0.98, "organizations": 0.92, "roles": 0.90, "agreements": 0.94, "signatories": 0.99,
                 "witnesses": 0.99}, 9),
    (HELDOUT96, {"people": 0.97, "organizations": 0.91, "roles": 0.74, "agreements": 0.88, "signatories": 0.93,
                 "witnesses": 0.99}, 13),
    (HELDOUT97, {"people": 0.99, "organizations": 0.95, "roles": 0.90, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 14),
    (HELDOUT98, {"people": 0.99, "organizations": 0.90, "roles": 0.77, "agreements": 0.99, "signatories": 0.97,
                 "witnesses": 0.99}, 13),
    (HELDOUT99, {"people": 0.99, "organizations": 0.92, "roles": 0.84, "agreements": 0.94, "signatories": 0.88,
                 "witnesses": 0.94}, 14),
    # held-out sets 100 to 114 (fifteenth session): Latin America, francophone Africa, Southeast and South Asia, the
    # Mediterranean, the Caribbean, North America, the Balkans, China, East Africa, German-speaking Europe, Vietnam
    (HELDOUT100, {"people": 0.94, "organizations": 0.89, "roles": 0.95, "agreements": 0.93, "signatories": 0.96,
                 "witnesses": 0.99}, 13),
    (HELDOUT101, {"people": 0.97, "organizations": 0.92, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT102, {"people": 0.98, "organizations": 0.98, "roles": 0.94, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT103, {"people": 0.98, "organizations": 0.91, "roles": 0.85, "agreements": 0.93, "signatories": 0.88,
                 "witnesses": 0.88}, 13),
    (HELDOUT104, {"people": 0.99, "organizations": 0.98, "roles": 0.93, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.90}, 13),
    (HELDOUT105, {"people": 0.98, "organizations": 0.93, "roles": 0.93, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.95}, 12),
    (HELDOUT106, {"people": 0.95, "organizations": 0.98, "roles": 0.87, "agreements": 0.99, "signatories": 0.96,
                 "witnesses": 0.93}, 14),
    (HELDOUT107, {"people": 0.97, "organizations": 0.85, "roles": 0.88, "agreements": 0.82, "signatories": 0.85,
                 "witnesses": 0.83}, 11),
    (HELDOUT108, {"people": 0.96, "organizations": 0.89, "roles": 0.84, "agreements": 0.93, "signatories": 0.92,
                 "witnesses": 0.83}, 9),
    (HELDOUT109, {"people": 0.97, "organizations": 0.95, "roles": 0.90, "agreements": 0.85, "signatories": 0.92,
                 "witnesses": 0.89}, 13),
    (HELDOUT110, {"people": 0.96, "organizations": 0.90, "roles": 0.87, "agreements": 0.87, "signatories": 0.99,
                 "witnesses": 0.92}, 14),
    (HELDOUT111, {"people": 0.91, "organizations": 0.87, "roles": 0.74, "agreements": 0.93, "signatories": 0.78,
                 "witnesses": 0.87}, 9),
    (HELDOUT112, {"people": 0.99, "organizations": 0.88, "roles": 0.89, "agreements": 0.94, "signatories": 0.99,
                 "witnesses": 0.94}, 13),
    (HELDOUT113, {"people": 0.98, "organizations": 0.89, "roles": 0.86, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.90}, 11),
    (HELDOUT114, {"people": 0.98, "organizations": 0.91, "roles": 0.87, "agreements": 0.99, "signatories": 0.91,
                 "witnesses": 0.83}, 10),
    # held-out sets 115 to 129 (sixteenth session): Japan, Korea and Taiwan, West Africa, the UK and Oceania, the Gulf,
    # South Asia, mainland Southeast Asia, Brazil and Portugal, the Nordic and Baltic countries, the Horn of Africa,
    # cross-border industry, southern Europe, the Levant, southern Africa, mainland China and US public health
    (HELDOUT115, {"people": 0.99, "organizations": 0.97, "roles": 0.93, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.85}, 12),
    (HELDOUT116, {"people": 0.99, "organizations": 0.91, "roles": 0.83, "agreements": 0.87, "signatories": 0.96,
                 "witnesses": 0.99}, 11),
    (HELDOUT117, {"people": 0.96, "organizations": 0.89, "roles": 0.86, "agreements": 0.85, "signatories": 0.93,
                 "witnesses": 0.99}, 13),
    (HELDOUT118, {"people": 0.98, "organizations": 0.92, "roles": 0.93, "agreements": 0.87, "signatories": 0.90,
                 "witnesses": 0.94}, 12),
    (HELDOUT119, {"people": 0.98, "organizations": 0.90, "roles": 0.90, "agreements": 0.93, "signatories": 0.99,
                 "witnesses": 0.91}, 11),
    (HELDOUT120, {"people": 0.97, "organizations": 0.90, "roles": 0.81, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 11),
    (HELDOUT121, {"people": 0.96, "organizations": 0.89, "roles": 0.84, "agreements": 0.93, "signatories": 0.99,
                 "witnesses": 0.89}, 12),
    (HELDOUT122, {"people": 0.97, "organizations": 0.97, "roles": 0.89, "agreements": 0.99, "signatories": 0.94,
                 "witnesses": 0.79}, 12),
    (HELDOUT123, {"people": 0.93, "organizations": 0.95, "roles": 0.86, "agreements": 0.99, "signatories": 0.88,
                 "witnesses": 0.99}, 14),
    (HELDOUT124, {"people": 0.97, "organizations": 0.89, "roles": 0.89, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.90}, 14),
    (HELDOUT125, {"people": 0.98, "organizations": 0.86, "roles": 0.88, "agreements": 0.85, "signatories": 0.88,
                 "witnesses": 0.72}, 8),
    (HELDOUT126, {"people": 0.99, "organizations": 0.90, "roles": 0.93, "agreements": 0.82, "signatories": 0.88,
                 "witnesses": 0.90}, 8),
    (HELDOUT127, {"people": 0.99, "organizations": 0.94, "roles": 0.94, "agreements": 0.87, "signatories": 0.90,
                 "witnesses": 0.79}, 11),
    (HELDOUT128, {"people": 0.98, "organizations": 0.92, "roles": 0.93, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 16),
    (HELDOUT129, {"people": 0.99, "organizations": 0.88, "roles": 0.75, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 10),
    # held-out sets 130 to 154 (seventeenth session): eastern India, Benelux, transnational medical education, Turkey
    # and Central Asia, nursing and dental schools, Central America, hospitals abroad, the Great Lakes, southern India,
    # central Europe, North Africa, US academic medicine, the UK and Ireland, Chinese cooperation abroad, Gulf
    # partnerships, Vietnam, Indonesia and the Philippines, Oceania, Canada, DACH and Benelux companies, Russia and
    # Central Asia, Japan, Korea, Nigeria and Ghana, South America, Greece, Cyprus, Israel and Turkey
    (HELDOUT130, {"people": 0.98, "organizations": 0.87, "roles": 0.78, "agreements": 0.93, "signatories": 0.99,
                 "witnesses": 0.99}, 12),
    (HELDOUT131, {"people": 0.96, "organizations": 0.93, "roles": 0.89, "agreements": 0.85, "signatories": 0.91,
                 "witnesses": 0.90}, 10),
    (HELDOUT132, {"people": 0.97, "organizations": 0.94, "roles": 0.87, "agreements": 0.99, "signatories": 0.88,
                 "witnesses": 0.72}, 15),
    (HELDOUT133, {"people": 0.96, "organizations": 0.95, "roles": 0.83, "agreements": 0.87, "signatories": 0.87,
                 "witnesses": 0.95}, 7),
    (HELDOUT134, {"people": 0.99, "organizations": 0.84, "roles": 0.78, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.92}, 13),
    (HELDOUT135, {"people": 0.92, "organizations": 0.95, "roles": 0.96, "agreements": 0.94, "signatories": 0.90,
                 "witnesses": 0.89}, 14),
    (HELDOUT136, {"people": 0.93, "organizations": 0.92, "roles": 0.85, "agreements": 0.85, "signatories": 0.79,
                 "witnesses": 0.84}, 11),
    (HELDOUT137, {"people": 0.94, "organizations": 0.89, "roles": 0.82, "agreements": 0.87, "signatories": 0.79,
                 "witnesses": 0.82}, 13),
    (HELDOUT138, {"people": 0.98, "organizations": 0.87, "roles": 0.87, "agreements": 0.82, "signatories": 0.87,
                 "witnesses": 0.73}, 10),
    (HELDOUT139, {"people": 0.99, "organizations": 0.86, "roles": 0.80, "agreements": 0.99, "signatories": 0.97,
                 "witnesses": 0.99}, 10),
    (HELDOUT140, {"people": 0.98, "organizations": 0.87, "roles": 0.88, "agreements": 0.87, "signatories": 0.79,
                 "witnesses": 0.82}, 10),
    (HELDOUT141, {"people": 0.98, "organizations": 0.89, "roles": 0.86, "agreements": 0.85, "signatories": 0.85,
                 "witnesses": 0.79}, 9),
    (HELDOUT142, {"people": 0.98, "organizations": 0.92, "roles": 0.94, "agreements": 0.99, "signatories": 0.96,
                 "witnesses": 0.82}, 13),
    (HELDOUT143, {"people": 0.98, "organizations": 0.82, "roles": 0.89, "agreements": 0.87, "signatories": 0.88,
                 "witnesses": 0.90}, 12),
    (HELDOUT144, {"people": 0.96, "organizations": 0.95, "roles": 0.93, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.99}, 16),
    (HELDOUT145, {"people": 0.98, "organizations": 0.82, "roles": 0.82, "agreements": 0.85, "signatories": 0.88,
                 "witnesses": 0.91}, 8),
    (HELDOUT146, {"people": 0.97, "organizations": 0.98, "roles": 0.88, "agreements": 0.85, "signatories": 0.89,
                 "witnesses": 0.90}, 9),
    (HELDOUT147, {"people": 0.92, "organizations": 0.93, "roles": 0.81, "agreements": 0.92, "signatories": 0.92,
                 "witnesses": 0.85}, 10),
    (HELDOUT148, {"people": 0.99, "organizations": 0.90, "roles": 0.77, "agreements": 0.87, "signatories": 0.94,
                 "witnesses": 0.99}, 7),
    (HELDOUT149, {"people": 0.93, "organizations": 0.83, "roles": 0.66, "agreements": 0.83, "signatories": 0.79,
                 "witnesses": 0.83}, 6),
    (HELDOUT150, {"people": 0.98, "organizations": 0.92, "roles": 0.85, "agreements": 0.99, "signatories": 0.97,
                 "witnesses": 0.79}, 9),
    (HELDOUT151, {"people": 0.98, "organizations": 0.93, "roles": 0.85, "agreements": 0.92, "signatories": 0.99,
                 "witnesses": 0.99}, 11),
    (HELDOUT152, {"people": 0.98, "organizations": 0.94, "roles": 0.73, "agreements": 0.99, "signatories": 0.97,
                 "witnesses": 0.96}, 10),
    (HELDOUT153, {"people": 0.97, "organizations": 0.97, "roles": 0.89, "agreements": 0.99, "signatories": 0.99,
                 "witnesses": 0.89}, 10),
    (HELDOUT154, {"people": 0.94, "organizations": 0.84, "roles": 0.92, "agreements": 0.85, "signatories": 0.86,
                 "witnesses": 0.79}, 7),
    (HELDOUT155, {"people": 0.98, "organizations": 0.83, "roles": 0.83, "agreements": 0.87,
                 "signatories": 0.97, "witnesses": 0.95}, 13),
    (HELDOUT156, {"people": 0.97, "organizations": 0.88, "roles": 0.77, "agreements": 0.99,
                 "signatories": 0.79, "witnesses": 0.99}, 10),
    (HELDOUT157, {"people": 0.99, "organizations": 0.87, "roles": 0.73, "agreements": 0.87,
                 "signatories": 0.97, "witnesses": 0.94}, 13),
    (HELDOUT158, {"people": 0.98, "organizations": 0.87, "roles": 0.80, "agreements": 0.99,
                 "signatories": 0.99, "witnesses": 0.83}, 13),
    (HELDOUT159, {"people": 0.98, "organizations": 0.89, "roles": 0.79, "agreements": 0.87,
                 "signatories": 0.88, "witnesses": 0.86}, 9),
    (HELDOUT160, {"people": 0.98, "organizations": 0.92, "roles": 0.81, "agreements": 0.93,
                 "signatories": 0.99, "witnesses": 0.89}, 12),
    (HELDOUT161, {"people": 0.97, "organizations": 0.81, "roles": 0.82, "agreements": 0.85,
                 "signatories": 0.90, "witnesses": 0.92}, 13),
    (HELDOUT162, {"people": 0.92, "organizations": 0.86, "roles": 0.75, "agreements": 0.99,
                 "signatories": 0.99, "witnesses": 0.89}, 10),
    (HELDOUT163, {"people": 0.99, "organizations": 0.86, "roles": 0.76, "agreements": 0.99,
                 "signatories": 0.97, "witnesses": 0.82}, 14),
    (HELDOUT164, {"people": 0.96, "organizations": 0.85, "roles": 0.88, "agreements": 0.93,
                 "signatories": 0.93, "witnesses": 0.99}, 11),
    (HELDOUT165, {"people": 0.98, "organizations": 0.88, "roles": 0.77, "agreements": 0.93,
                 "signatories": 0.94, "witnesses": 0.99}, 12),
    (HELDOUT166, {"people": 0.92, "organizations": 0.88, "roles": 0.78, "agreements": 0.87,
                 "signatories": 0.90, "witnesses": 0.94}, 9),
    (HELDOUT167, {"people": 0.96, "organizations": 0.85, "roles": 0.65, "agreements": 0.85,
                 "signatories": 0.87, "witnesses": 0.95}, 10),
    (HELDOUT168, {"people": 0.94, "organizations": 0.98, "roles": 0.90, "agreements": 0.85,
                 "signatories": 0.89, "witnesses": 0.89}, 11),
    (HELDOUT169, {"people": 0.95, "organizations": 0.83, "roles": 0.74, "agreements": 0.85,
                 "signatories": 0.88, "witnesses": 0.99}, 10),
    (HELDOUT170, {"people": 0.95, "organizations": 0.95, "roles": 0.79, "agreements": 0.85,
                 "signatories": 0.90, "witnesses": 0.99}, 11),
    (HELDOUT171, {"people": 0.97, "organizations": 0.84, "roles": 0.74, "agreements": 0.85,
                 "signatories": 0.89, "witnesses": 0.79}, 12),
    (HELDOUT172, {"people": 0.91, "organizations": 0.83, "roles": 0.83, "agreements": 0.66,
                 "signatories": 0.76, "witnesses": 0.83}, 5),
    (HELDOUT173, {"people": 0.97, "organizations": 0.93, "roles": 0.85, "agreements": 0.77,
                 "signatories": 0.90, "witnesses": 0.94}, 11),
    (HELDOUT174, {"people": 0.94, "organizations": 0.85, "roles": 0.84, "agreements": 0.93,
                 "signatories": 0.93, "witnesses": 0.69}, 15),
    (HELDOUT175, {"people": 0.95, "organizations": 0.87, "roles": 0.76, "agreements": 0.69,
                 "signatories": 0.61, "witnesses": 0.66}, 8),
    (HELDOUT176, {"people": 0.99, "organizations": 0.83, "roles": 0.65, "agreements": 0.74,
                 "signatories": 0.82, "witnesses": 0.74}, 8),
    (HELDOUT177, {"people": 0.97, "organizations": 0.92, "roles": 0.89, "agreements": 0.76,
                 "signatories": 0.66, "witnesses": 0.60}, 12),
    (HELDOUT178, {"people": 0.94, "organizations": 0.88, "roles": 0.77, "agreements": 0.63,
                 "signatories": 0.69, "witnesses": 0.57}, 7),
    (HELDOUT179, {"people": 0.98, "organizations": 0.93, "roles": 0.66, "agreements": 0.74,
                 "signatories": 0.61, "witnesses": 0.66}, 10),
    (HELDOUT180, {"people": 0.91, "organizations": 0.80, "roles": 0.84, "agreements": 0.79,
                 "signatories": 0.72, "witnesses": 0.69}, 10),
    (HELDOUT181, {"people": 0.97, "organizations": 0.86, "roles": 0.83, "agreements": 0.54,
                 "signatories": 0.68, "witnesses": 0.66}, 10),
    (HELDOUT182, {"people": 0.90, "organizations": 0.88, "roles": 0.75, "agreements": 0.85,
                 "signatories": 0.68, "witnesses": 0.76}, 13),
    (HELDOUT183, {"people": 0.95, "organizations": 0.92, "roles": 0.82, "agreements": 0.69,
                 "signatories": 0.74, "witnesses": 0.62}, 8),
    (HELDOUT184, {"people": 0.94, "organizations": 0.84, "roles": 0.78, "agreements": 0.66,
                 "signatories": 0.75, "witnesses": 0.72}, 9),
], ids=["heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
        "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
        "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
        "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout34", "heldout35", "heldout36",
        "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout43", "heldout44", "heldout45",
        "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53",
        "heldout54", "heldout55", "heldout56", "heldout57", "heldout58", "heldout59", "heldout60", "heldout61",
        "heldout62", "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69",
        "heldout70", "heldout71", "heldout72", "heldout73", "heldout74", "heldout75", "heldout76", "heldout77",
        "heldout78", "heldout79", "heldout80", "heldout81", "heldout82", "heldout83", "heldout84", "heldout85",
        "heldout86", "heldout87", "heldout88", "heldout89", "heldout90", "heldout91", "heldout92", "heldout93",
        "heldout94", "heldout95", "heldout96", "heldout97", "heldout98", "heldout99", "heldout100", "heldout101",
        "heldout102", "heldout103", "heldout104", "heldout105", "heldout106", "heldout107", "heldout108", "heldout109",
        "heldout110", "heldout111", "heldout112", "heldout113", "heldout114", "heldout115", "heldout116", "heldout117",
        "heldout118", "heldout119", "heldout120", "heldout121", "heldout122", "heldout123", "heldout124", "heldout125",
        "heldout126", "heldout127", "heldout128", "heldout129", "heldout130", "heldout131", "heldout132", "heldout133",
        "heldout134", "heldout135", "heldout136", "heldout137", "heldout138", "heldout139", "heldout140", "heldout141",
        "heldout142", "heldout143", "heldout144", "heldout145", "heldout146", "heldout147", "heldout148", "heldout149",
        "heldout150", "heldout151", "heldout152", "heldout153", "heldout154", "heldout155", "heldout156", "heldout157",
        "heldout158", "heldout159", "heldout160", "heldout161", "heldout162", "heldout163", "heldout164", "heldout165",
        "heldout166", "heldout167", "heldout168", "heldout169", "heldout170", "heldout171", "heldout172", "heldout173",
        "heldout174", "heldout175", "heldout176", "heldout177", "heldout178", "heldout179", "heldout180", "heldout181",
        "heldout182", "heldout183", "heldout184"])
def test_harder_heldout_sets_hold_their_measured_level(tmp_path, folder, floors, questions):
    # below the sample floors, so each is held at its own level (learnt from after its first run)
    report = report_for(folder / "gold", folder / "corpus", tmp_path)
    for category, floor in floors.items():
        assert report.scores[category].f1 >= floor, (category, report.scores[category].to_dict(True))
    assert report.questions_right >= questions


@pytest.mark.slow  # runs the model over a corpus of its own: a second or more each
def test_the_challenge_set_meets_its_floor(tmp_path):
    # one phrasing family per article (../shared/challenge): every metric at 0.95 or more, every question
    report = report_for(CHALLENGE / "gold", CHALLENGE / "corpus", tmp_path)
    for category, score in report.scores.items():
        assert score.f1 >= 0.95, (category, score.to_dict(True))
    assert report.questions_right == len(report.questions)


def test_a_person_known_by_one_name_matches_by_that_name_but_a_lone_surname_alias_does_not():
    from medcollab_kg.evaluate import gold_person_keys, node_person_keys

    assert node_person_keys({"name": "Sutrisno"}) & gold_person_keys({"name": "Sutrisno"})
    assert not node_person_keys({"name": "Ana Ruiz", "aliases": ["Ruiz"]}) & gold_person_keys({"name": "Tom Ruiz"})


def test_person_names_compare_as_token_sets():
    assert gold_person_key("Prof. ZHANG Shuyang") == gold_person_key("Shuyang Zhang")


def test_organization_names_drop_the_and_punctuation():
    assert gold_org_key("The Hong Kong University of Science and Technology") == gold_org_key(
        "hong kong university of science and technology")


def test_titles_drop_the():
    assert gold_title_key("Secretary of the Party Committee") == gold_title_key("secretary of party committee")


def test_score_arithmetic():
    s = Score(tp=3, fp=1, fn=2)
    assert s.precision == pytest.approx(0.75) and s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_an_answer_matches_the_gold_name_or_one_of_its_mentions_as_an_entity_does():
    from medcollab_kg.evaluate import answer_matches

    unit = {"type": "Organization", "name": "School of Medicine", "aliases": []}
    assert not answer_matches(unit, "School of Medicine (Te Awa University)")
    assert answer_matches(unit, "School of Medicine (Te Awa University)", {"School of Medicine"})
    person = {"type": "Person", "name": "R. Okafor", "aliases": []}
    assert not answer_matches(person, "Rita Okafor", {"Okafor"})  # a lone surname mention matches nobody
    assert answer_matches(person, "Rita Okafor", {"R. Okafor"})
