"""The words of press releases, read from rules/*.json, and name helpers that need no spaCy."""
from __future__ import annotations

import re

from medcollab_kg.nlp.rules import load_rules

ORGS = load_rules("organizations")
PEOPLE = load_rules("people")

HEADS: dict[str, str] = ORGS["heads"]
WEAK_HEADS: dict[str, str] = ORGS["weak_heads"]
FIELD_WORDS = set(ORGS["field_words"])
COMPANY_SUFFIXES = set(ORGS["company_suffixes"])
POSSESSIVE_NAMES = set(ORGS["possessive_names"])
NOT_ACRONYMS = set(ORGS["not_acronyms"])
FIELD_NOUNS = set(ORGS["field_nouns"])
UNITS = set(ORGS["units"])
NOT_ORGS = {w for word in ORGS["not_organizations"] for w in (word, word.upper())}  # "FORUM REPORT" too
ADDRESS_WORDS = set(ORGS["address_words"])
CONNECTORS = set(ORGS["connectors"])
LEADING = set(ORGS["leading_words"])
DESCRIBING_PARTICIPLES = set(ORGS["describing_participles"])
GENERIC_MODIFIERS = set(ORGS["generic_modifiers"])
MONTHS = set(ORGS["months"])
SLOT_BEFORE = set(ORGS["slot_before"])
SLOT_AFTER = set(ORGS["slot_after"])
BOARD_MEMBERS = set(ORGS["board_members"])
HEREAFTER = set(ORGS["hereafter"])
PRESS_VERBS = set(ORGS["press_verbs"])
COUNTRIES = set(ORGS["countries"])
HONORIFICS = {h.lower().rstrip(".") for h in PEOPLE["honorifics"]}
HONORIFIC_LINKS = set(PEOPLE["honorific_links"])
NOT_NAMES = set(PEOPLE["not_names"]) | set(PEOPLE["things"])
PARTICLES = set(PEOPLE["name_particles"])
NAME_ABBREVIATIONS = set(PEOPLE["name_abbreviations"])  # "Jose Ma. Villar": a given name, shortened
CREDENTIALS = set(PEOPLE["credentials"])
ACADEMIC_TITLES = set(PEOPLE["academic_titles"])  # posts held only at a university or one of its schools
PLURAL_TITLES = {f"{t}s".lower(): t for t in PEOPLE["titles"]}  # "vice-chancellors" → "Vice-Chancellor"
NAME_SUFFIXES = set(PEOPLE["name_suffixes"])
THINGS = {w.lower() for w in PEOPLE["things"]} | {w for w in PEOPLE["things"]}
TITLE_WORDS = {w.lower() for t in PEOPLE["titles"] for w in re.split(r"[\s-]", t)} | {
    m.lower() for m in PEOPLE["title_modifiers"]
}
ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z&-]*[A-Z]$|^[A-Z]{2,}s?$")
DASHES = {"-", "–", "—"}
POSSESSIVES = {"'s", "’s"}


def is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 10 and bool(ACRONYM_RE.match(text)) and sum(c.isupper() for c in text) >= 2


def initials_match(acronym: str, words: list[str]) -> bool:
    """Does `acronym` spell the initials of `words`? Letters may also come from inside a word
    ("CQMU" = Chongqing Medical University), connector words may be skipped."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    words = [w for w in words if w and w[0].isalnum()]

    def match(li: int, wi: int) -> bool:
        if li == len(letters):
            return all(w.lower() in CONNECTORS or w.lower() == "the" for w in words[wi:])
        if wi == len(words):
            return False
        word = words[wi].lower()
        if (word in CONNECTORS or word == "the") and match(li, wi + 1):
            return True
        if word[0] != letters[li]:
            return False
        # this word gives its first letter and maybe more letters from inside it
        pos, li2 = 1, li + 1
        if match(li2, wi + 1):
            return True
        while li2 < len(letters):
            found = word.find(letters[li2], pos)
            if found < 0:
                break
            pos, li2 = found + 1, li2 + 1
            if match(li2, wi + 1):
                return True
        return False

    return len(letters) >= 2 and match(0, 0)


def is_headline(sentence: str) -> bool:
    """A line that does not end like a sentence: a headline or title."""
    return not sentence.rstrip("”\"' \n").endswith((".", "!", "?"))
