"""Mentions → entities: one node per real-world person or organization.

Organizations merge through acronyms defined or spelled in the article, prefixed
forms ("UM FHS"), and the same full name across articles, also in another
language ("Università del Gargano" = "University of Gargano"); an acronym links
articles only when it means one thing across the corpus, or a name and its
translation. People merge when their
names have the same words in any order and case ("ZHANG Shuyang" = "Shuyang
Zhang"); a surname alone links to the one full name that fits its sentence.
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from medcollab_kg.errors import InputError
from medcollab_kg.graph import slug
from medcollab_kg.models import ArticleFacts
from medcollab_kg.names import org_key as norm  # resolution's short name for it
from medcollab_kg.names import person_key, person_words
from medcollab_kg.nlp.lexicon import fold_accents, initials_match, is_acronym, packaged_lexicon, spells_without_first

# Resolution merges facts across articles, with no Doc to read a lexicon from: it reads the packaged word lists,
# whatever rules folder extracted the facts.
CONNECTORS = packaged_lexicon().connectors
COUNTRIES = packaged_lexicon().countries
HEADS = packaged_lexicon().heads
# words that say what kind of body a name is ("Healthcare", "Group", "Ltd"), not which one
KIND_WORDS = {w for w in (*HEADS, *packaged_lexicon().weak_heads) if " " not in w} | {"Management", "Solutions"}
UNITS = packaged_lexicon().units
TRANSLATIONS = packaged_lexicon().name_translations
JOINERS = packaged_lexicon().name_joiners
QUOTED_NAME = re.compile(r'\s["“«]')  # where a name in quotes begins: 'Hospital for Active Treatment "Sveti Naum"'

GENERIC_FIRST_WORDS = UNITS | {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Affiliated"}
# words that begin many names, so a name ending in "Medical University" says nothing about which one
COMMON_MODIFIERS = {"Medical", "National", "General", "Central", "State", "Public", "Children's", "Women's",
                    "Teaching", "Specialist", "Memorial", "International", "Regional", "City", "People's", "Union",
                    "Research", "Cancer", "Heart", "Eye", "Dental", "Clinical", "Health"}
# the English words a translated name may hold besides its own: what remains is the name proper
NAME_WORDS = {*TRANSLATIONS.values(), *(h.lower() for h in HEADS), *(m.lower() for m in COMMON_MODIFIERS)}


@dataclass
class Entity:
    id: str
    type: str  # Person or Organization
    name: str
    aliases: list[str]
    acronym: str | None = None
    kind: str | None = None


class Why(Enum):
    """Why names became one entity, or did not."""

    # organizations, within one article
    DEFINED = "defined"  # the text defines one as the other: "Vale Hospital (VH)"
    INITIALS = "initials"  # an acronym spelling a name's initials
    WITH_PLACE = "with-place"  # "Whitford Clinic" and "Whitford Clinic of Rochester"
    END_OF_LONGER = "end-of-longer"  # "Harbourview Hospital" in "Hong Kong Harbourview Hospital"
    KIND_IN_LOWER_CASE = "kind-in-lower-case"  # "the Santa Brígida hospital"
    SHORTENED = "shortened"  # "Gulf Crest" or "Gulf Crest Group" for "Gulf Crest Healthcare Group"; "Emirates College
    # of Medicine" for "Emirates College of Medicine and Health Sciences"
    PLACE_GOVERNMENT = "place-government"  # "Hinokawa Prefecture" and "Hinokawa Prefectural Government"
    FIELD_FIRST = "field-first"  # "Health Ministry" for "Ministry of Health"
    SPELLING = "spelling"  # one name in another case, spelling or punctuation, or without its legal form ("Inc.")
    UNIT = "unit"  # "UM FHS": a prefixed form naming a unit of the prefix's organization
    # organizations, across articles
    SAME_NAME = "same-name"  # the same distinctive full name
    TRANSLATED = "translated"  # one name in two languages or word orders: "Università del Gargano", "University of
    # Gargano"; or one acronym defined for a name and for its translation
    ONE_MEANING = "one-meaning"  # an acronym used for one organization only in the corpus
    SAME_UNIT = "same-unit"  # a generic unit name under the same parent
    ALIASES_FILE = "aliases-file"  # forced by the aliases file (organizations and people)
    KEPT_APART = "kept-apart"  # not merged: the aliases file forbids it
    AMBIGUOUS = "ambiguous"  # not merged: the acronym means different organizations in different articles
    # people
    SHORTER_FORM = "shorter-form"  # a shorter form of the one longer name in the article
    SHORTER_FORM_ELSEWHERE = "shorter-form-elsewhere"  # a shorter form of the one longer name in the corpus
    SAME_WORDS = "same-words"  # the same words in any order, case or accents
    NAMESAKE = "namesake"  # not merged: the aliases file says this article names a namesake
    OTHER_ORGS = "other-orgs"  # not merged: the same name holds posts at unrelated organizations in other articles
    SURNAME_IN_CONTEXT = "surname-in-context"  # the one full name with the surname that fits the sentence
    SURNAME_IN_CORPUS = "surname-in-corpus"  # the one person in the corpus with the surname (which holds a role)
    ONE_NAME = "one-name"  # a person known by one name (it holds a role)
    UNLINKED = "unlinked"  # not merged: no full name, or more than one, fits the surname


@dataclass(slots=True)  # not frozen: a corpus makes tens of thousands, and frozen ones take four times as long
class Merge:
    """One decision of resolution: names that became one entity (or were kept apart, or left unlinked), what
    they joined, where and why. `kg build --explain-merges` words it."""

    kind: str  # "org" or "person"
    why: Why
    names: tuple[str, ...]  # the names merged, kept apart or left unlinked
    into: tuple[str, ...] = ()  # the name they joined, as written there (SHORTER_FORM_ELSEWHERE: all its forms)
    documents: tuple[str, ...] = ()  # the article it was decided in; across articles, the name's then the other's
    parent: str | None = None  # UNIT: the organization the unit belongs to
    candidates: int = 0  # UNLINKED: full names in the article with this surname
    fitting: int = 0  # UNLINKED: of those, the ones the sentence fits


EntityIds = dict[tuple[str, str, str], str]  # (document, "person"|"org", surface) → entity id


@dataclass
class Resolution:
    entities: dict[str, Entity]
    ids: EntityIds
    merges: list[Merge] = field(default_factory=list)

    def lookup(self, document: str, kind: str, surface: str | None) -> str | None:
        if surface is None:
            return None
        return self.ids.get((document, kind, surface))


@dataclass(frozen=True, slots=True)
class Override:
    kind: str  # person or org
    name: str
    alias: str
    same: bool  # force the merge (True) or forbid it (False)


T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    def __init__(self) -> None:
        self.parent: dict[T, T] = {}

    def find(self, x: T) -> T:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: T, b: T) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb, key=str)] = min(ra, rb, key=str)
        return True

    def groups(self) -> dict[T, list[T]]:
        out: dict[T, list[T]] = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return out


def without_country(name: str) -> str:
    """"Harbour Bay Health Sciences Center of Canada" → "Harbour Bay Health Sciences Center": a distinctive name
    with its country added is the same name."""
    found = country_after_of(name)
    if found is None:
        return name
    short, _ = found
    return short if len(short.split()) >= 2 and not is_generic(short) else name


def country_after_of(name: str) -> tuple[str, str] | None:
    """The name before the first " of " that a country follows, and that country: "… of Yunnan Province of the
    People's Republic of China" → ("… of Yunnan Province", "People's Republic of China"); "… of the UAE" too."""
    parts = name.split(" of ")
    for n in range(1, len(parts)):
        short, country = " of ".join(parts[:n]), " of ".join(parts[n:]).removeprefix("the ")
        if country in COUNTRIES:
            return short, country
    return None


def country_of(name: str) -> str | None:
    """The country a name places its organization in, by the country's last word: "Ministry of Health of the
    Republic of Uzbekistan" → "Uzbekistan", "Kenya Ministry of Health" → "Kenya"."""
    if (found := country_after_of(name)) is not None:
        return found[1].split()[-1]
    words = name.split()
    return words[0] if len(words) >= 3 and words[0] in COUNTRIES else None


# "Hospital Geral Dr. Jacinto Muanza" is Jacinto Muanza General Hospital: the honorific of the doctor it is named after
EPONYM_HONORIFICS = frozenset({"dr", "dra", "prof", "profa"})
# "CHU de Songon" is the Songon University Hospital Centre: initials of kind words, in English
INITIALLED_KINDS = {"chu": ("centre", "hospital", "university")}


@lru_cache(maxsize=65536)  # extraction compares the same few names again and again
def translated_key(name: str) -> frozenset[str] | None:
    """"Università del Gargano" and "University of Gargano": a name's words in English, in any order, without
    the small words that join them; None for a name with no proper word of its own ("Hospital Universitario")."""
    words = [TRANSLATIONS.get(w, w) for w in re.split(r"[\s'’.,()-]+", name.lower())
             if w and w not in JOINERS and w not in EPONYM_HONORIFICS]
    words = [part for w in words for part in INITIALLED_KINDS.get(w, (w,))]
    key = frozenset(fold_accents(w) for w in words)
    return key if len(key) >= 2 and key - NAME_WORDS and key & NAME_WORDS else None


def shorter_forms(keys: dict[frozenset[str], list[str]]) -> dict[frozenset[str], frozenset[str]]:
    """Across articles: "Ana Lima" for "Ana da Costa Lima" (first and last name kept),
    "María Luz Ortega" for "María Luz Ortega de la Vega" (the name's beginning), "Sezgin Tekeli" for "Orhan Sezgin
    Tekeli" (its end). Only when exactly one
    longer name in the corpus fits."""
    # Candidates hold every word of the shorter name: found through a word index, not by comparing every
    # pair of names, which grew with the square of the corpus.
    holders: dict[str, set[frozenset[str]]] = defaultdict(set)
    for key in keys:
        for word in key:
            holders[word].add(key)
    found = {}
    for key, texts in keys.items():
        if len(key) < 2:
            continue
        short = person_words(texts[0])
        fits = []
        if all(len(word) == 1 for word in short[:-1]):  # "R.C. Panda" for "Ramesh Chandra Panda"
            for other in holders[short[-1]] - {key}:
                long = person_words(max(keys[other], key=len))
                if long[-1] == short[-1] and len(long) == len(short) and all(
                        w.startswith(i) and len(w) > 1 for i, w in zip(short[:-1], long[:-1], strict=True)):
                    fits.append(other)
        elif len(short) == 2 and len(short[0]) >= 3:  # "Sam Okonjo" for "Samuel Okonjo", "Chris" for "Christine"
            for other in holders[short[-1]] - {key}:
                long = person_words(max(keys[other], key=len))
                if len(long) == 2 and long[-1] == short[-1] and long[0].startswith(short[0]) \
                        and len(long[0]) >= len(short[0]) + 2 and "-" not in long[0]:
                    fits.append(other)
        for other in set.intersection(*(holders[word] for word in key)) - {key} if not fits else ():
            long = person_words(max(keys[other], key=len))
            # (also the name without its first given name: "Sezgin Tekeli" for "Orhan Sezgin Tekeli")
            if long[: len(short)] == short or (short[0] == long[0] and short[-1] == long[-1]) or long[-len(short):] == short:
                fits.append(other)
        if len(fits) == 1:
            found[key] = fits[0]
    return found


def is_kind_short_form(name: str) -> bool:
    """"Santa Brígida hospital": a name that ends in its kind in lower case."""
    last = name.split()[-1] if name.split() else ""
    return last.islower() and last.capitalize() in HEADS


def contains_words(words: list[str], run: list[str]) -> bool:
    """`run` appears in `words` as consecutive words."""
    return any(words[i: i + len(run)] == run for i in range(len(words) - len(run) + 1))


def own_kind(name: str) -> str | None:
    """The kind of a name's own head: the last head word (or pair of words) before its first "of"/"de", so the
    First Hospital of Jilin University is a hospital and the Centre Hospitalier Universitaire de X one too."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w in {"of", "de", "du", "des", "di", "do", "da"}), len(words))
    kind = None
    for i, word in enumerate(words[:cut]):
        pair = f"{words[i - 1]} {word}" if i else ""
        kind = HEADS.get(pair) or HEADS.get(word) or kind
    return kind


def shortens(short: str, long: str) -> bool:
    """A headline's or a later sentence's shorter form of a name: the same distinctive words (two or more), the
    short form's kind words among the long one's, in order, ending as it ends; or the long name cut before its "and"
    when the name begins with its distinctive word (not "Ministry of Health" for "Ministry of Health and Welfare")."""
    if long.startswith(short + " and ") and len(short.split()) >= 3 and short.split()[0] not in HEADS \
            and not is_generic(short):
        return True
    short_words, long_words = short.split(), long.split()
    cut = next((i for i in range(len(long_words)) if all(w in KIND_WORDS for w in long_words[i:])), len(long_words))
    distinctive, kinds = long_words[:cut], iter(long_words[cut:])
    return (len(distinctive) >= 2 and short_words[:cut] == distinctive and len(short_words) < len(long_words)
            and not any(w in HEADS or w in COMMON_MODIFIERS for w in distinctive) and not is_acronym(distinctive[0])
            and all(w in kinds for w in short_words[cut:])  # a subsequence: the iterator is consumed in order
            and (len(short_words) == cut or short_words[-1] == long_words[-1]))


def is_generic(name: str) -> bool:
    """"Faculty of Medicine", "Second Affiliated Hospital": a unit's name that many institutions share."""
    words = re.sub(r"^(the|The)\s+", "", name).split()
    return bool(words) and (words[0] in GENERIC_FIRST_WORDS or (len(words) > 1 and is_acronym(words[0])))


# ---------------------------------------------------------------- overrides


def read_overrides(path: str | Path | None) -> list[Override]:
    """The analyst's corrections: CSV with columns kind,name,alias,action (action: same | different)."""
    if path is None:
        return []
    path = Path(path)
    if not path.exists():
        raise InputError(f"No aliases file '{path}'. Create it (columns: kind,name,alias,action) or drop --aliases.")
    overrides = []
    with path.open(newline="", encoding="utf-8-sig") as handle:  # -sig: Excel's "CSV UTF-8" starts with a BOM
        for n, row in enumerate(csv.DictReader(handle), start=2):
            kind, action = (row.get("kind") or "").strip().lower(), (row.get("action") or "same").strip().lower()
            if kind not in ("person", "org") or action not in ("same", "different") or not row.get("name") \
                    or not row.get("alias"):
                raise InputError(f"{path}:{n}: expected kind=person|org, name, alias, action=same|different.")
            overrides.append(Override(kind, row["name"].strip(), row["alias"].strip(), action == "same"))
    return overrides


# ---------------------------------------------------------------- resolution


def resolve_entities(facts: Iterable[ArticleFacts], overrides: Iterable[Override] = ()) -> Resolution:
    facts = list(facts)
    overrides = list(overrides)
    orgs = resolve_orgs(facts, overrides)
    people = resolve_people(facts, overrides, orgs.ids)
    return Resolution({**orgs.entities, **people.entities}, {**orgs.ids, **people.ids}, orgs.merges + people.merges)


PLACE_LINKS = ("de", "du", "des", "of", "in")  # "… de Bouaflé", "… of Tarn": the town after a name

LEVEL_ADJECTIVES = {"Prefecture": "Prefectural", "Province": "Provincial", "County": "County", "State": "State",
                    "Region": "Regional", "Municipality": "Municipal", "City": "City"}


def field_first_ministry(short: str, long: str) -> bool:
    """Is `short` ("Health Ministry", "Kazakh Healthcare Ministry") `long` ("Ministry of Healthcare of the Republic of
    Kazakhstan") with its field first, and perhaps its nation's adjective, which begins as the country does?"""
    field, ministry, country = short.split()[:-1], without_country(long), (country_of(long) or "").lower()
    return ministry == f"Ministry of {' '.join(field)}" or (
        len(field) >= 2 and ministry == f"Ministry of {' '.join(field[1:])}"
        and len(country) >= 4 and field[0].lower().startswith(country[:4]))


def org_groups_in(article: ArticleFacts) -> tuple[UnionFind[str], dict[str, str], list[Merge]]:
    """Union names of one organization within one article; returns the groups, each name's parent name and
    the merges made."""
    doc = article.document
    merges: list[Merge] = []

    def merged(why: Why, name: str, into: str, parent: str | None = None) -> None:
        merges.append(Merge("org", why, (name,), (into,), (doc,), parent))

    uf: UnionFind[str] = UnionFind()
    names = [m.text for m in article.mentions if m.kind == "org"]
    names += [n for p in article.part_of for n in (p.child, p.parent)]
    for name in names:
        uf.find(name)
    for alias in article.aliases:
        if uf.union(alias.short, alias.long):
            merged(Why.DEFINED, alias.short, alias.long)
    defined = {a.short for a in article.aliases}
    full = [n for n in set(names) | {a.long for a in article.aliases} if not is_acronym(n)]
    for name in sorted(set(names)):
        if is_acronym(name) and name not in defined:
            # (of the words before a quoted name too: 'UMHAT' for 'University Multiprofile Hospital for Active
            # Treatment "Sveti Naum" - Ruse EAD')
            spelled = sorted({uf.find(f) for f in full if initials_match(name, f.split())
                              or (QUOTED_NAME.search(f) and initials_match(name, QUOTED_NAME.split(f, 1)[0].split()))})
            if not spelled:
                spelled = sorted({uf.find(f) for f in full if spells_without_first(name, f.split())})
            if len(spelled) == 1:
                uf.union(name, spelled[0])
                merged(Why.INITIALS, name, spelled[0])
    # "CC Morava" and "Clinical Centre Morava", "UZ Leiemonde" and "Universitair Ziekenhuis Leiemonde": the initials
    # of the words before a distinctive name, then the name (and "CHU Tiassalé Nord" for "Centre
    # Hospitalier Universitaire Tiassalé Nord de Bouaflé": without the town)
    def initialled_as(acronym: str, tail: list[str], long: list[str]) -> bool:
        at = next((k for k in range(1, len(long) - len(tail) + 1) if long[k : k + len(tail)] == tail), None)
        town = long[at + len(tail):] if at is not None else []
        return at is not None and initials_match(acronym, long[:at]) and (
            not town or (town[0] in PLACE_LINKS and 2 <= len(town) <= 3))

    for short in full:
        words = short.split()
        if 2 <= len(words) <= 3 and is_acronym(words[0]) and words[0] not in defined:
            tail = words[1:]
            initialled = {uf.find(f) for f in full if f != short and len(f.split()) > len(tail) + 1
                          and initialled_as(words[0], tail, f.split())}
            if len(initialled) == 1 and uf.union(short, long := initialled.pop()):
                merged(Why.INITIALS, short, long)
    # "Whitford Clinic of Rochester" and "Whitford Clinic", "St. Anne Hospital in Kielno" and "St. Anne Hospital": the
    # place added to a distinctive name
    for short in full:
        if len(short.split()) >= 2 and not is_generic(short):
            for long in full:
                if long.startswith((short + " of ", short + " in ")) and uf.union(short, long):
                    merged(Why.WITH_PLACE, short, long)
    # "Harbourview Hospital" and "Hong Kong Harbourview Hospital": a distinctive name with a place before it
    for short in full:
        words = short.split()
        if len(words) >= 2 and not is_generic(short) and not is_kind_short_form(short) \
                and words[0] not in COMMON_MODIFIERS | HEADS.keys():
            # not "… of Jiangbei Medical University" or "Thornbury and Hokusetsu …": other names ending in it
            longer = {uf.find(n) for n in full if n != short and n.endswith(" " + short)
                      and n[: -len(short)].split()[-1].lower() not in CONNECTORS | {"'s", "’s"}}
            if len(longer) == 1:
                root = longer.pop()
                if uf.union(short, root):
                    merged(Why.END_OF_LONGER, short, root)
    # "the Santa Brígida hospital": a short name with its kind in lower case names the one organization it starts
    for short in {n for n in names if is_kind_short_form(n)}:
        words = short.split()[:-1]
        longer = {uf.find(n) for n in full if n != short and not is_kind_short_form(n)
                  and n.split()[: len(words)] == words}
        if not longer:
            # "the Liège university", "the Norfork hospital": the place inside one name of that kind ("Université
            # Saint-Lambert de Liège", "Ozark Meridian Norfork Hospital")
            kind = HEADS[short.split()[-1].capitalize()]
            longer = {uf.find(n) for n in full if n != short and not is_kind_short_form(n)
                      and contains_words(n.split(), words) and own_kind(n) == kind}
        if len(longer) == 1:
            root = longer.pop()
            uf.union(short, root)
            merged(Why.KIND_IN_LOWER_CASE, short, root)
    # "Gulf Crest" and "Gulf Crest Group" for "Gulf Crest Healthcare Group": the distinctive words, with fewer kind
    # words after them; "Emirates College of Medicine" for "Emirates College of Medicine and Health Sciences"
    for short in sorted(full, key=lambda n: (-len(n), n)):  # the longer short forms first: then one root remains
        longer = {uf.find(n) for n in full if n != short and shortens(short, n)}
        if len(longer) == 1 and uf.union(short, root := longer.pop()):
            merged(Why.SHORTENED, short, root)
    # "Twin Lakes Tech" for "Twin Lakes Technical and Community College": a name's last word cut short
    for short in full:
        *words, cut = short.split()
        if words and 3 <= len(cut) <= 5 and cut[:1].isupper() and cut not in HEADS:
            longer = {uf.find(n) for n in full if n.split()[: len(words)] == words
                      and (after := n.split()[len(words):]) and after[0] != cut and after[0].startswith(cut)}
            if len(longer) == 1 and uf.union(short, root := longer.pop()):
                merged(Why.SHORTENED, short, root)
    # "Hinokawa Prefecture" and "Hinokawa Prefectural Government", "Okuta State" and "Okuta State Government": a
    # place that signs is its government
    for short in full:
        words = short.split()
        if len(words) >= 2 and words[-1] in LEVEL_ADJECTIVES:
            place, level, adjective = " ".join(words[:-1]), words[-1], LEVEL_ADJECTIVES[words[-1]]
            forms = {f"{place} {adjective} Government", f"{adjective} Government of {place}",
                     f"{place} {level} Government", f"{level} Government of {place}",
                     f"{place} {level} government", f"{place} {adjective} government"}  # (a wire's lower case)
            governments = {uf.find(n) for n in full if n in forms}
            if len(governments) == 1 and uf.union(short, root := governments.pop()):
                merged(Why.PLACE_GOVERNMENT, short, root)
    # "the Health Ministry" and "Kazakh Healthcare Ministry" for "Ministry of Health(care) of the Republic of
    # Kazakhstan": the field before the word, and the nation's adjective, as headlines and wires write a ministry
    for short in (n for n in full if n.endswith(" Ministry")):
        ministries = {uf.find(n) for n in full if n != short and field_first_ministry(short, n)}
        if len(ministries) == 1 and uf.union(short, root := ministries.pop()):
            merged(Why.FIELD_FIRST, short, root)
    # "Veridian Genomics" and "Veridian Genomics, Inc.": one name, with and without the company's legal form
    by_norm: dict[str, str] = {}
    for name in sorted(full):
        first = by_norm.setdefault(norm(name), name)
        if first != name and uf.union(first, name):
            merged(Why.SPELLING, name, first)
    parent_of = {p.child: p.parent for p in article.part_of}
    # "UM FHS", "NUS Medicine": a prefixed form names a unit of the prefix's organization
    for child, parent in list(parent_of.items()):
        rest = child[len(parent):].strip() if child.startswith(parent + " ") else None
        if not rest:
            continue
        parent_root, groups = uf.find(parent), uf.groups()
        units = {
            uf.find(c) for c, p in parent_of.items()
            if c != child and uf.find(p) == parent_root
            and any(rest == n or rest in n.split() for n in groups[uf.find(c)])
        }
        if len(units) == 1:
            unit = units.pop()
            uf.union(child, unit)
            merged(Why.UNIT, child, unit, parent)
    return uf, parent_of, merges


Group = tuple[str, str]  # (document, the name that stands for one organization's names in it)


def resolve_orgs(facts: list[ArticleFacts], overrides: list[Override]) -> Resolution:
    """Organizations: names merged within each article, then across articles; one entity per organization."""
    merges: list[Merge] = []
    global_uf: UnionFind[Group] = UnionFind()
    doc_groups: dict[Group, list[str]] = {}  # (document, root name) → names
    parents: dict[Group, Group] = {}
    kinds: dict[Group, Counter[str]] = defaultdict(Counter)
    display: dict[Group, Counter[str]] = defaultdict(Counter)
    for article in facts:
        uf, parent_of, found = org_groups_in(article)
        merges += found
        for root, names in uf.groups().items():
            key = (article.document, root)
            doc_groups[key] = names
            global_uf.find(key)
        for m in article.mentions:
            if m.kind == "org":
                key = (article.document, uf.find(m.text))
                kinds[key][m.org_kind or "other"] += 1
                if not is_acronym(m.text):
                    display[key][m.text] += 1
        for child, parent in parent_of.items():
            parents[(article.document, uf.find(child))] = (article.document, uf.find(parent))
    forbidden = {(norm(o.name), norm(o.alias)) for o in overrides if o.kind == "org" and not o.same}
    forbidden |= {(b, a) for a, b in forbidden}

    def union(a: Group, b: Group, why: Why, name: str, into: str) -> None:
        """Merge group `b`, where `name` was found, into group `a`, where it is `into`, unless the aliases file
        forbids it."""
        if forbidden:  # only an aliases file with "different" rows pays for looking at whole groups
            groups = global_uf.groups()
            names_a = {norm(n) for k in groups.get(global_uf.find(a), [a]) for n in doc_groups[k]}
            names_b = {norm(n) for k in groups.get(global_uf.find(b), [b]) for n in doc_groups[k]}
            if any((x, y) in forbidden for x in names_a for y in names_b):
                merges.append(Merge("org", Why.KEPT_APART, (a[1], b[1]), (), (a[0], b[0])))
                return
        if global_uf.union(a, b):
            merges.append(Merge("org", why, (name,), (into,), (b[0], a[0])))

    # (but not when the two articles place it in different countries: "Ministry of Health" of Armenia and of
    # Uzbekistan)
    countries = {key: {c for n in names if (c := country_of(n))} for key, names in doc_groups.items()}

    def elsewhere(a: Group, b: Group) -> bool:
        in_a, in_b = countries.get(global_uf.find(a), set()), countries.get(global_uf.find(b), set())
        return bool(in_a and in_b and not in_a & in_b)

    def same_name(a: Group, b: Group, name: str, into: str) -> None:
        placed = countries.get(global_uf.find(a), set()) | countries.get(global_uf.find(b), set())
        union(a, b, Why.SAME_NAME, name, into)
        countries[global_uf.find(a)] = placed

    # 1. the same distinctive full name in two articles is one organization
    by_name: dict[str, tuple[Group, str]] = {}
    by_words: dict[frozenset[str], tuple[Group, str]] = {}  # … or in two languages
    for key, names in doc_groups.items():
        for name in names:
            if is_acronym(name) or (is_generic(name) and key in parents):
                continue
            n = norm(without_country(name))
            if n in by_name and not elsewhere(by_name[n][0], key):
                first, as_named = by_name[n]
                same_name(first, key, name, as_named)
            else:
                by_name[n] = (key, name)
            words = translated_key(without_country(name))
            if words is not None and words in by_words:
                first, as_named = by_words[words]
                union(first, key, Why.TRANSLATED, name, as_named)
            elif words is not None:
                by_words[words] = (key, name)
    # … and "Whitford Clinic of Rochester" in one article is "Whitford Clinic" of another: the place added
    for key, names in doc_groups.items():
        for name in names:
            short, _, place = name.rpartition(" of ")
            if short and len(short.split()) >= 2 and not is_generic(short) and translated_key(short) is not None \
                    and 1 <= len(place.split()) <= 2 \
                    and not any(w in HEADS for w in place.split()) and norm(short) in by_name:
                first, as_named = by_name[norm(short)]
                union(first, key, Why.WITH_PLACE, name, as_named)
    # 2. an acronym links articles only when it means one organization across the corpus
    acronym_clusters: dict[str, set[Group]] = defaultdict(set)
    for key, names in doc_groups.items():
        if any(not is_acronym(n) for n in names):
            for name in names:
                if is_acronym(name):
                    acronym_clusters[name].add(global_uf.find(key))
    # "Universidade Federal do Planalto Norte (UFPN)" and "Federal University of the Northern Plateau (UFPN)": of two
    # organizations of one kind sharing an acronym, only one name spells it; the other is its translation
    def spells(group: Group, acronym: str) -> bool:
        return any(initials_match(acronym, n.split()) for n in doc_groups[group] if not is_acronym(n))

    def kind_of_group(group: Group) -> str | None:  # its commonest known kind, as the entity's will be
        return next((k for k, _ in kinds[group].most_common() if k != "other"), None)

    for name, clusters in acronym_clusters.items():
        by_root: dict[Group, list[Group]] = defaultdict(list)
        for cluster in clusters:
            by_root[global_uf.find(cluster)].append(cluster)
        if len(by_root) == 2:
            (one, ones), (other, others) = sorted(by_root.items())
            if any(spells(g, name) for g in ones) != any(spells(g, name) for g in others) \
                    and kind_of_group(ones[0]) == kind_of_group(others[0]) is not None:
                union(one, other, Why.TRANSLATED, name, name)
    bare_acronyms: dict[str, Group] = {}  # an acronym no article spells out: the first group written so
    for key, names in doc_groups.items():
        if all(is_acronym(n) for n in names):
            for name in names:
                roots = {global_uf.find(c) for c in acronym_clusters.get(name, set())}
                if len(roots) == 1:
                    union(next(iter(roots)), key, Why.ONE_MEANING, name, name)
                elif not roots and name in bare_acronyms:  # "WPC" in three articles, never spelt out: one organization
                    union(bare_acronyms[name], key, Why.ONE_MEANING, name, name)
                elif not roots:
                    bare_acronyms[name] = key
    for name, clusters in acronym_clusters.items():
        if len({global_uf.find(c) for c in clusters}) > 1:
            merges.append(Merge("org", Why.AMBIGUOUS, (name,)))
    # 3. a generic unit name is the same unit only under the same parent
    by_parent_name: dict[tuple[Group, str], tuple[Group, str]] = {}
    for key, names in doc_groups.items():
        if key not in parents:
            continue
        parent_group = global_uf.find(parents[key])
        parent_names = doc_groups[parents[key]]
        for name in names:
            # "College of Health Sciences of OUMS" is the "College of Health Sciences" of OUMS
            short, _, owner = name.rpartition(" of ")
            unit = (parent_group, norm(short if short and owner in parent_names else name))
            if unit in by_parent_name:
                first, as_named = by_parent_name[unit]
                union(first, key, Why.SAME_UNIT, name, as_named)
            else:
                by_parent_name[unit] = (key, name)
    # … and an article that names "the Faculty of Nursing" without its parent, but names the parent, means the one
    # faculty of that name known under that parent elsewhere
    owners_of: dict[Group, set[Group]] = defaultdict(set)  # a unit's root → its parents' roots
    for key, held_by in parents.items():
        owners_of[global_uf.find(key)].add(global_uf.find(held_by))
    units_named: dict[str, set[Group]] = defaultdict(set)
    for key in parents:
        for name in doc_groups[key]:
            if is_generic(name):
                units_named[norm(name)].add(global_uf.find(key))
    roots_in: dict[str, set[Group]] = defaultdict(set)  # document → roots of the groups it names
    for key in doc_groups:
        roots_in[key[0]].add(global_uf.find(key))
    for key, names in doc_groups.items():
        if key in parents or not all(is_generic(n) for n in names):
            continue  # (a group with a name of its own is no bare unit)
        for name in names:
            units = {u for u in units_named.get(norm(name), ()) if owners_of[u] & roots_in[key[0]]}
            if len(units) == 1 and owners_of[global_uf.find(key)] <= owners_of[known := units.pop()]:
                union(known, key, Why.SAME_UNIT, name, name)
                owners_of[global_uf.find(key)] = owners_of[known]
                break
    # 4. the analyst's forced merges
    for override in overrides:
        if override.kind == "org" and override.same:
            a = [k for k, ns in doc_groups.items() if norm(override.name) in {norm(n) for n in ns}]
            b = [k for k, ns in doc_groups.items() if norm(override.alias) in {norm(n) for n in ns}]
            for x in a[:1]:
                for y in b:
                    if global_uf.union(x, y):
                        merges.append(Merge("org", Why.ALIASES_FILE, (override.alias,), (override.name,)))
    # entities
    entities: dict[str, Entity] = {}
    ids: EntityIds = {}
    for members in sorted(global_uf.groups().values(), key=min):
        names = [n for k in members for n in doc_groups[k]]
        if all(is_kind_short_form(n) for n in names):
            continue  # "a Chinese hospital" named nothing we know
        shown: Counter[str] = Counter()
        kind: Counter[str] = Counter()
        for k in members:
            shown.update(display[k])
            kind.update(kinds[k])
        full = [n for n in names if not is_acronym(n)]
        # (of two writings alike, the one not in capitals: "Kafue Valley University", not "KAFUE Valley University")
        name = (max(shown.items(), key=lambda kv: (kv[1], len(kv[0]), -sum(w.isupper() for w in kv[0].split())))[0]
                if shown
                else max(full, key=len) if full else names[0])
        name = re.sub(r"^(the|The)\s+", "", name)
        acronyms = Counter(n for n in names if is_acronym(n))
        best_kind = next((k for k, _ in kind.most_common() if k != "other"), "other")
        if best_kind == "other":
            best_kind = next((HEADS[w] for n in full for w in reversed(n.split()) if w in HEADS), "other")
        entity = new_entity(entities, "org", "Organization", name)
        # "Faculty of Medicine" of Nakhon Lanna University: also "Nakhon Lanna University Faculty of Medicine" and
        # "Faculty of Medicine, Nakhon Lanna University", the names that tell it from other faculties of medicine
        owners = {max((n for n in doc_groups[parents[k]] if not is_acronym(n)), key=len, default="")
                  for k in members if k in parents} - {""} if is_generic(name) else set()
        qualified = {form for owner in owners for form in (f"{owner} {name}", f"{name}, {owner}")}
        entity.aliases = sorted((set(names) | qualified) - {name})
        entity.acronym = acronyms.most_common(1)[0][0] if acronyms else None
        entity.kind = best_kind
        for k in members:
            for n in doc_groups[k]:
                ids[(k[0], "org", n)] = entity.id
    return Resolution(entities, ids, merges)


def new_entity(entities: dict[str, Entity], prefix: str, type_: str, name: str) -> Entity:
    base = f"{prefix}:{slug(name)}"
    id_, n = base, 2
    while id_ in entities:
        id_, n = f"{base}-{n}", n + 1
    entity = Entity(id_, type_, name, [])
    entities[id_] = entity
    return entity


def org_families(facts: list[ArticleFacts], orgs: Mapping[tuple[str, str, str], str]) -> dict[str, set[str]]:
    """Each organization (by id) with those it is related to: itself, its units and parents anywhere in the
    corpus, and those whose name holds its name or is held in it ("Center for Global Surgery" and "RUMC Center
    for Global Surgery"), found through the runs of words of every name rather than by comparing every pair."""
    family: dict[str, set[str]] = defaultdict(set)
    for article in facts:
        for p in article.part_of:
            child, parent = orgs.get((article.document, "org", p.child)), orgs.get((article.document, "org", p.parent))
            if child and parent:
                family[child].add(parent)
                family[parent].add(child)
    by_words: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for (_, _, text), id_ in orgs.items():
        by_words[tuple(text.lower().split())].add(id_)
        family[id_].add(id_)
    for words, ids in by_words.items():
        for n in range(1, len(words)):
            for i in range(len(words) - n + 1):
                for inner in by_words.get(words[i : i + n], ()):
                    for id_ in ids:
                        family[id_].add(inner)
                        family[inner].add(id_)
    return family


def namesakes_by_org(articles: Mapping[str, ArticleFacts], seen: list[tuple[str, str]],
                     orgs: Mapping[tuple[str, str, str], str], family: Mapping[str, set[str]]) -> list[set[str]]:
    """The articles of one full name, grouped by the organizations the name holds posts at or signs for. Two
    articles name two people ("Dr. Lei Wang" of a Texas hospital, "Ms. Wang Lei" of a Beijing university) when
    neither names an organization related to the other's posts (org_families); an article with no post goes with
    the group whose posts it names, else the largest. One group when nothing tells them apart."""
    docs = {d for d, _ in seen}
    if len(docs) < 2:
        return [docs]
    by_doc = {d: articles[d] for d in docs}
    texts = {(d, t) for d, t in seen}
    posts: dict[str, set[str]] = {}  # the organizations of the name's posts in each article, and their families
    named: dict[str, set[str]] = {}
    for doc, article in by_doc.items():
        held = {orgs.get((doc, "org", r.org)) for r in article.roles if (doc, r.person) in texts}
        held |= {orgs.get((doc, "org", party)) for a in article.agreements for s in a.signatories
                 if (doc, s.person) in texts for party in ((s.org,) if s.org else a.parties)}
        posts[doc] = {f for o in held if o for f in family[o]}
        named[doc] = {o for m in article.mentions if m.kind == "org" and (o := orgs.get((doc, "org", m.text)))}
    groups: list[tuple[set[str], set[str], set[str]]] = []  # articles, their posts' families, what they name
    holders = sorted(d for d in docs if posts[d])
    for doc in holders:
        joined = [g for g in groups if posts[doc] & g[2] or g[1] & named[doc]]
        merged = ({doc}, set(posts[doc]), set(named[doc]))
        for g in joined:
            for part, more in zip(merged, g, strict=True):
                part.update(more)
            groups.remove(g)
        groups.append(merged)
    if len(groups) < 2:
        return [docs]
    for doc in sorted(docs - set(holders)):
        home = next((g for g in groups if g[1] & named[doc]), max(groups, key=lambda g: len(g[0])))
        home[0].add(doc)
    return sorted((g[0] for g in groups), key=min)


def resolve_people(facts: list[ArticleFacts], overrides: list[Override], orgs: Mapping[tuple[str, str, str], str]
                   ) -> Resolution:
    """People: one entity per person; `orgs` (the organizations' ids) tells which full name a surname's sentence
    fits."""
    merges: list[Merge] = []
    entities: dict[str, Entity] = {}
    ids: EntityIds = {}
    forced = {person_key(o.alias): person_key(o.name) for o in overrides if o.kind == "person" and o.same}
    forced_names = {person_key(o.name): o.name for o in overrides if o.kind == "person" and o.same}
    # "different" for a person: `alias` names an article whose `name` is someone else (a namesake)
    namesakes = {(person_key(o.name), o.alias) for o in overrides if o.kind == "person" and not o.same}
    by_key: dict[tuple[frozenset[str], str], list[tuple[str, str]]] = defaultdict(list)
    surnames: list[tuple[ArticleFacts, str, int]] = []
    for article in facts:
        # (a name of one word with an initial, "B.Oyunbileg", is a full name: the initial is a word of it)
        full_keys = {person_key(m.text) for m in article.mentions if m.kind == "person" and len(person_words(m.text)) > 1}
        for m in article.mentions:
            if m.kind != "person":
                continue
            if len(person_words(m.text)) == 1:
                surnames.append((article, m.text, m.sentence))
                continue
            key = person_key(m.text)
            # "Costa Lima" after "João Carlos Costa Lima": a shorter form of the one longer name
            longer = [k for k in full_keys if key < k]
            if len(longer) > 1 and all(k <= (top := max(longer, key=len)) for k in longer):
                longer = [top]  # "Al Shamsi" in "Mariam Al Shamsi" in "Mariam Saeed Al Shamsi": one name, written fuller
            if len(longer) == 1:
                long = next(n.text for n in article.mentions if n.kind == "person" and person_key(n.text) == longer[0])
                merges.append(Merge("person", Why.SHORTER_FORM, (m.text,), (long,), (article.document,)))
                key = longer[0]
            key = forced.get(key, key)
            if key != person_key(m.text) and key in forced.values():
                merges.append(Merge("person", Why.ALIASES_FILE, (m.text,), (forced_names[key],), (article.document,)))
            namesake = article.document if (key, article.document) in namesakes else ""
            by_key[(key, namesake)].append((article.document, m.text))
    texts: dict[frozenset[str], list[str]] = defaultdict(list)
    for (key, namesake), seen in by_key.items():
        if not namesake:
            texts[key] += [text for _, text in seen]
    longer_form = shorter_forms(texts)
    for short, long_key in longer_form.items():
        while long_key in longer_form:  # a shorter form of a shorter form
            long_key = longer_form[long_key]
        seen = by_key.pop((short, ""))
        merges.append(Merge("person", Why.SHORTER_FORM_ELSEWHERE, tuple(sorted({t for _, t in seen})),
                            tuple(sorted({t for _, t in by_key[(long_key, "")]}))))
        by_key[(long_key, "")] += seen
    family = org_families(facts, orgs)
    articles = {a.document: a for a in facts}
    for (key, namesake), seen in list(by_key.items()):
        if namesake or key in forced.values():
            continue
        apart = namesakes_by_org(articles, seen, orgs, family)
        for group in apart[1:]:
            first = min(group)
            by_key[(key, first)] = [s for s in seen if s[0] in group]
            by_key[(key, "")] = [s for s in by_key[(key, "")] if s[0] not in group]
            merges.append(Merge("person", Why.OTHER_ORGS, (by_key[(key, first)][0][1],), (), tuple(sorted(group))))
    for (_, namesake), seen in sorted(by_key.items(), key=lambda kv: (sorted(kv[0][0]), kv[0][1])):
        forms = Counter(text for _, text in seen)
        name = max(forms, key=lambda f: (len(person_words(f)), forms[f]))  # the fullest form, then the commonest
        entity = new_entity(entities, "person", "Person", name)
        entity.aliases = sorted(set(forms) - {name})
        docs = sorted({d for d, _ in seen})
        if len(forms) > 1 or len(docs) > 1:
            merges.append(Merge("person", Why.SAME_WORDS, tuple(sorted(forms)), (name,), tuple(docs)))
        if namesake:
            merges.append(Merge("person", Why.NAMESAKE, (name,), (), (namesake,)))
        for document, text in seen:
            ids[(document, "person", text)] = entity.id
    # surname only: the one full name in the article that fits the sentence
    mononyms: dict[frozenset[str], Entity] = {}
    for article, surname, sentence in surnames:
        doc = article.document
        if (doc, "person", surname) in ids:
            continue
        candidates = {
            ids[(doc, "person", m.text)] for m in article.mentions
            if m.kind == "person" and len(person_words(m.text)) > 1
            and person_key(surname) <= person_key(m.text)
        }
        found = len(candidates)
        if len(candidates) > 1:
            orgs_here = {orgs.get((doc, "org", m.text)) for m in article.mentions
                         if m.kind == "org" and m.sentence == sentence}
            fitting = {c for c in candidates if any(
                orgs.get((doc, "org", r.org)) in orgs_here
                for r in article.roles if ids.get((doc, "person", r.person)) == c)}
            candidates = fitting
        if len(candidates) == 1:
            target = candidates.pop()
            ids[(doc, "person", surname)] = target
            if surname not in entities[target].aliases:
                entities[target].aliases.append(surname)
            merges.append(Merge("person", Why.SURNAME_IN_CONTEXT, (surname,), (entities[target].name,), (doc,)))
        elif not found and any(r.person == surname for r in article.roles):
            # a surname holding a role, with no full name in the article: the one person in the corpus with that
            # surname, or someone known by one name ("Professor Wirawan, Dean of the Faculty of Medicine")
            key = person_key(surname)
            elsewhere = {e.id for e in entities.values() if e.type == "Person" and len(person_words(e.name)) > 1
                         and key <= person_key(e.name)}
            if len(elsewhere) == 1:
                target = elsewhere.pop()
                merges.append(Merge("person", Why.SURNAME_IN_CORPUS, (surname,), (entities[target].name,), (doc,)))
            else:
                if key not in mononyms:
                    mononyms[key] = new_entity(entities, "person", "Person", surname)
                target = mononyms[key].id
                merges.append(Merge("person", Why.ONE_NAME, (surname,), (entities[target].name,), (doc,)))
            ids[(doc, "person", surname)] = target
            if surname not in entities[target].aliases and surname != entities[target].name:
                entities[target].aliases.append(surname)
        else:
            merges.append(Merge("person", Why.UNLINKED, (surname,), (), (doc,), candidates=found,
                                fitting=len(candidates)))
    return Resolution(entities, ids, merges)
