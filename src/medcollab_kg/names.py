"""Names compared as names: how an organization's, a person's or a typed name becomes a key, and the honorifics
each drops.

Three keys differ on purpose, each for its reader: `org_key` and `person_words` decide which mentions are one
entity; `lookup_key` finds a name a user typed among every name, alias and acronym in the graph; the `gold_*`
keys match a graph against gold files exactly as the gold's FORMAT.md says, whatever resolution does.
"""
from __future__ import annotations

import re
from functools import lru_cache

from medcollab_kg.nlp.lexicon import fold_accents, packaged_lexicon

# Names are compared across articles and typed in queries, with no Doc to read a lexicon from: the packaged word
# lists. HONORIFICS: the one list (the rules'), lower case.
COMPANY_SUFFIXES = packaged_lexicon().company_suffixes
HEADS = frozenset(packaged_lexicon().heads)
HONORIFICS = packaged_lexicon().honorifics

# The honorifics gold FORMAT.md drops when it matches people (Prof., Professor, Dr, Mr, Ms, Mrs, Sir), all in
# the lexicon's list; a lookup strips these same ones from a typed name.
COMMON_HONORIFICS = ("prof", "professor", "dr", "mr", "ms", "mrs", "sir")

LEADING_THE = re.compile(r"^(the)\s+", flags=re.IGNORECASE)
# the words a saint's name begins with, lower case and without a full stop: "St Aldhelm's", "St. John of God"
SAINTS = frozenset({"st", "saint", "san", "santa", "sao", "sankt", "sainte", "ste"})
NOT_NAME = re.compile(r"[^\w&]+")

# British and American spellings of the words in institutions' names, and short forms of them
SPELLINGS = {"centre": "center", "centres": "centers", "organisation": "organization", "paediatric": "pediatric",
             "paediatrics": "pediatrics", "orthopaedic": "orthopedic", "orthopaedics": "orthopedics",
             "haematology": "hematology", "gynaecology": "gynecology", "anaesthesia": "anesthesia",
             "anaesthesiology": "anesthesiology", "programme": "program", "behavioural": "behavioral",
             # a company's trade written short: "Nilkantha Pharma" for Nilkantha Pharmaceuticals PLC
             "pharma": "pharmaceuticals", "pharmaceutical": "pharmaceuticals",
             # a legal form written short: "Hikarinami Corp" for Hikarinami Corporation
             "corp": "corporation", "ltd": "limited", "inc": "incorporated"}

# a company's legal form (the lexicon's list), as org_key() writes it: dropped at the end of a name of three words
# or more
LEGAL_FORMS = {w for form in COMPANY_SUFFIXES for w in NOT_NAME.sub(" ", form.lower()).split()}
# the forms written in initials, as lookup keys spell them: "S.A." → "s a", "S.p.A." → "s p a"
INITIALLED_FORMS = sorted({key for form in COMPANY_SUFFIXES if " " in (key := NOT_NAME.sub(" ", form.lower()).strip())},
                          key=len, reverse=True)


# ---------------------------------------------------------------- resolution: which mentions are one entity


NUMBER_SIGNS = frozenset({"no", "nr", "number", "nº", "n°"})
NHS_TRUSTS = (["nhs", "foundation", "trust"], ["nhs", "trust"])  # an English trust's legal form


@lru_cache(maxsize=1 << 16)  # the same names recur across articles
def org_key(name: str) -> str:
    """An organization's name for comparing: no leading "the" or punctuation, any case, accents folded, one
    spelling ("Centre" = "Center", "&" = "and")."""
    written = NOT_NAME.sub(" ", LEADING_THE.sub("", name.strip())).split()
    name = fold_accents(LEADING_THE.sub("", name.strip()).lower()).replace("&", " and ")
    words = NOT_NAME.sub(" ", name).split()
    if len(words) == 2 and len(written) == 2 and written[-1] in COMPANY_SUFFIXES and len(words[0]) >= 4 \
            and written[0].capitalize() not in HEADS:
        words.pop()  # "Medivoog AS" = "Medivoog", "Lumora GmbH" = "Lumora": a one-word company and its legal form
        # (not "Centre Inc.": a kind of institution is no name)
    popped = 0
    while len(words) > 2 and (words[-1] in LEGAL_FORMS or (words[-1] == "public" and popped)):
        words.pop()  # "Veridian Genomics, Inc." = "Veridian Genomics", and "… Public Company Limited"
        popped += 1
    words = [SPELLINGS.get(w, w) for w, after in zip(words, [*words[1:], ""])
             if not (w in NUMBER_SIGNS and after.isdigit())]  # "Garrison Hospital No. 412" = "Garrison Hospital 412"
    for trust in NHS_TRUSTS:  # "Wealdbrook University Hospitals NHS Foundation Trust" = "Wealdbrook University Hospitals"
        if len(words) > len(trust) + 1 and words[-len(trust):] == trust:
            words = words[: -len(trust)]
            break
    return " ".join(words)



def person_key(name: str) -> frozenset[str]:
    """A person's name as a set of words: "ZHANG Shuyang" = "Shuyang Zhang", "Fawaz Al-Omari" = "Fawaz Al Omari"."""
    return frozenset(part for word in person_words(name) for part in word.split("-") if part)


@lru_cache(maxsize=1 << 16)  # the same names recur across articles
def person_words(name: str) -> tuple[str, ...]:
    """The words of a person's name in order, lower case, accents folded ("Hélène" = "Helene"), no
    honorifics."""
    return tuple(w for w in re.findall(r"[\w'-]+", fold_accents(name.lower())) if w.rstrip(".") not in HONORIFICS)


# ---------------------------------------------------------------- lookup: a name as a user types it


def lookup_key(name: str) -> str:
    """How names are compared: no leading "the", no punctuation, any case, accents folded ("Hélène" =
    "Helene"). Unlike org_key it keeps spellings and legal forms: it serves every kind of name, and the index
    it looks in already holds each entity's aliases."""
    name = NOT_NAME.sub(" ", LEADING_THE.sub("", name.strip()).lower()).strip()
    if name.isascii():
        return name
    return fold_accents(name)


def without_legal_form(key: str) -> str:
    """A lookup key without the legal form at its end ("harmoni medical group bhd" → "harmoni medical group") or
    start: users and articles leave it off."""
    form = next((f for f in INITIALLED_FORMS if key.endswith(" " + f)), None)  # "bioaustral s a" → "bioaustral"
    if form is not None:
        key = key[: -len(form) - 1]
    words = key.split()
    while len(words) > 2 and words[-1] in LEGAL_FORMS and len(words[-1]) > 1:  # "Ward B" keeps its letter
        words.pop()
    if len(words) > 2 and words[0] in LEGAL_FORMS and len(words[0]) > 1:
        words.pop(0)  # "SA Emajõe Ülikooli Kliinikum", "PT Bumi Sehat": a form written first, as Baltic and Indonesian do
    return " ".join(words)


# a lookup key with its honorifics in front: "prof nancy ip"
LEADING_HONORIFICS = re.compile(rf"^(?:(?:{'|'.join(COMMON_HONORIFICS)})\s+)+")


def without_honorifics(key: str) -> str:
    """A lookup key without the honorifics in front ("prof nancy ip" → "nancy ip"); the key itself when that
    leaves nothing."""
    return LEADING_HONORIFICS.sub("", key) or key


# ---------------------------------------------------------------- gold files: as FORMAT.md says


def gold_person_key(name: str) -> frozenset[str]:
    """Lower-cased tokens without FORMAT.md's honorifics; no accent folding, since the gold's rule has none."""
    return frozenset(w for w in re.findall(r"[\w'-]+", name.lower()) if w.rstrip(".") not in COMMON_HONORIFICS)


def gold_org_key(name: str) -> str:
    """Lower-cased, leading "the" and punctuation removed (FORMAT.md); no spellings or legal forms."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s&]", " ", lookup_key(name))).strip()


def gold_title_key(title: str) -> str:
    """A role's title as FORMAT.md compares titles: lower case, without "the"."""
    return " ".join(re.sub(r"\bthe\b", "", title.lower()).split())
