"""Mentions → entities: one node per real-world person or organization.

Organizations merge through acronyms defined or spelled in the article, prefixed
forms ("UM FHS"), and the same full name across articles; an acronym links
articles only when it means one thing across the corpus. People merge when their
names have the same words in any order and case ("ZHANG Shuyang" = "Shuyang
Zhang"); a surname alone links to the one full name that fits its sentence.
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from medcollab_kg.errors import InputError
from medcollab_kg.graph import slug
from medcollab_kg.models import ArticleFacts
from medcollab_kg.names import org_key as norm  # resolution's short name for it
from medcollab_kg.names import person_key, person_words
from medcollab_kg.nlp.lexicon import (
    CONNECTORS,
    COUNTRIES,
    HEADS,
    UNITS,
    initials_match,
    is_acronym,
)

GENERIC_FIRST_WORDS = UNITS | {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Affiliated"}
# words that begin many names, so a name ending in "Medical University" says nothing about which one
COMMON_MODIFIERS = {"Medical", "National", "General", "Central", "State", "Public", "Children's", "Women's",
                    "Teaching", "Specialist", "Memorial", "International", "Regional", "City", "People's", "Union",
                    "Research", "Cancer", "Heart", "Eye", "Dental", "Clinical", "Health"}


@dataclass
class Entity:
    id: str
    type: str  # Person or Organization
    name: str
    aliases: list[str]
    acronym: str | None = None
    kind: str | None = None


@dataclass
class Resolution:
    entities: dict[str, Entity]
    ids: dict[tuple[str, str, str], str]  # (document, "person"|"org", surface) → entity id
    merges: list[str] = field(default_factory=list)

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


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb, key=str)] = min(ra, rb, key=str)
        return True

    def groups(self) -> dict:
        out: dict = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return out


def without_country(name: str) -> str:
    """"Harbour Bay Health Sciences Center of Canada" → "Harbour Bay Health Sciences Center": a distinctive name
    with its country added is the same name."""
    short, _, country = name.rpartition(" of ")
    return short if country in COUNTRIES and len(short.split()) >= 2 and not is_generic(short) else name


def shorter_forms(keys: dict[frozenset[str], list[str]]) -> dict[frozenset[str], frozenset[str]]:
    """Across articles: "Ana Lima" for "Ana da Costa Lima" (first and last name kept),
    "María Luz Ortega" for "María Luz Ortega de la Vega" (the name's beginning). Only when exactly one
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
        for other in set.intersection(*(holders[word] for word in key)) - {key} if not fits else ():
            long = person_words(max(keys[other], key=len))
            if long[: len(short)] == short or (short[0] == long[0] and short[-1] == long[-1]):
                fits.append(other)
        if len(fits) == 1:
            found[key] = fits[0]
    return found


def is_kind_short_form(name: str) -> bool:
    """"Santa Brígida hospital": a name that ends in its kind in lower case."""
    last = name.split()[-1] if name.split() else ""
    return last.islower() and last.capitalize() in HEADS


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
    merges: list[str] = []
    ids: dict[tuple[str, str, str], str] = {}
    entities: dict[str, Entity] = {}
    resolve_orgs(facts, overrides, ids, entities, merges)
    resolve_people(facts, overrides, ids, entities, merges)
    return Resolution(entities, ids, merges)


def org_groups_in(article: ArticleFacts, merges: list[str]) -> tuple[UnionFind, dict[str, str]]:
    """Union names of one organization within one article; returns the groups and each name's parent name."""
    uf = UnionFind()
    names = [m.text for m in article.mentions if m.kind == "org"]
    names += [n for p in article.part_of for n in (p.child, p.parent)]
    for name in names:
        uf.find(name)
    for alias in article.aliases:
        if uf.union(alias.short, alias.long):
            merges.append(f"{article.document}: '{alias.short}' = '{alias.long}' (defined in the text)")
    defined = {a.short for a in article.aliases}
    full = [n for n in set(names) | {a.long for a in article.aliases} if not is_acronym(n)]
    for name in sorted(set(names)):
        if is_acronym(name) and name not in defined:
            spelled = sorted({uf.find(f) for f in full if initials_match(name, f.split())})
            if len(spelled) == 1:
                uf.union(name, spelled[0])
                merges.append(f"{article.document}: '{name}' = '{spelled[0]}' (initials)")
    # "Whitford Clinic of Rochester" and "Whitford Clinic": the place added to a distinctive name
    for short in full:
        if len(short.split()) >= 2 and not is_generic(short):
            for long in full:
                if long.startswith(short + " of ") and uf.union(short, long):
                    merges.append(f"{article.document}: '{short}' = '{long}' (the same name with its place)")
    # "Harbourview Hospital" and "Hong Kong Harbourview Hospital": a distinctive name with a place before it
    for short in full:
        words = short.split()
        if len(words) >= 2 and not is_generic(short) and not is_kind_short_form(short) \
                and words[0] not in COMMON_MODIFIERS | HEADS.keys():
            # not "… of Jiangbei Medical University" or "Thornbury and Hokusetsu …": other names ending in it
            longer = {uf.find(n) for n in full if n != short and n.endswith(" " + short)
                      and n[: -len(short)].split()[-1].lower() not in CONNECTORS | {"'s", "’s"}}
            if len(longer) == 1 and uf.union(short, longer.pop()):
                merges.append(f"{article.document}: '{short}' is the end of a longer name in the article")
    # "the Santa Brígida hospital": a short name with its kind in lower case names the one organization it starts
    for short in {n for n in names if is_kind_short_form(n)}:
        words = short.split()[:-1]
        longer = {uf.find(n) for n in full if n != short and not is_kind_short_form(n)
                  and n.split()[: len(words)] == words}
        if len(longer) == 1:
            uf.union(short, longer.pop())
            merges.append(f"{article.document}: '{short}' is a short name in the article")
    # "Veridian Genomics" and "Veridian Genomics, Inc.": one name, with and without the company's legal form
    by_norm: dict[str, str] = {}
    for name in sorted(full):
        first = by_norm.setdefault(norm(name), name)
        if first != name and uf.union(first, name):
            merges.append(f"{article.document}: '{name}' = '{first}' (the same name)")
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
            merges.append(f"{article.document}: '{child}' = '{unit}' (unit of '{parent}')")
    return uf, parent_of


def resolve_orgs(facts, overrides, ids, entities, merges) -> None:
    global_uf = UnionFind()
    doc_groups: dict[tuple[str, str], list[str]] = {}  # (document, root name) → names
    parents: dict[tuple[str, str], tuple[str, str]] = {}
    kinds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    display: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for article in facts:
        uf, parent_of = org_groups_in(article, merges)
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

    def union(a, b, reason: str) -> None:
        if forbidden:  # only an aliases file with "different" rows pays for looking at whole groups
            groups = global_uf.groups()
            names_a = {norm(n) for k in groups.get(global_uf.find(a), [a]) for n in doc_groups[k]}
            names_b = {norm(n) for k in groups.get(global_uf.find(b), [b]) for n in doc_groups[k]}
            if any((x, y) in forbidden for x in names_a for y in names_b):
                merges.append(f"kept apart by the aliases file: '{a[1]}' and '{b[1]}'")
                return
        if global_uf.union(a, b):
            merges.append(reason)

    # 1. the same distinctive full name in two articles is one organization
    by_name: dict[str, tuple[str, str]] = {}
    for key, names in doc_groups.items():
        for name in names:
            if is_acronym(name) or (is_generic(name) and key in parents):
                continue
            n = norm(without_country(name))
            if n in by_name:
                union(by_name[n], key, f"'{name}' in {key[0]} = in {by_name[n][0]} (same name)")
            else:
                by_name[n] = key
    # 2. an acronym links articles only when it means one organization across the corpus
    acronym_clusters: dict[str, set] = defaultdict(set)
    for key, names in doc_groups.items():
        if any(not is_acronym(n) for n in names):
            for name in names:
                if is_acronym(name):
                    acronym_clusters[name].add(global_uf.find(key))
    for key, names in doc_groups.items():
        if all(is_acronym(n) for n in names):
            for name in names:
                clusters = acronym_clusters.get(name, set())
                if len(clusters) == 1:
                    union(next(iter(clusters)), key, f"'{name}' in {key[0]} (acronym used for one organization only)")
    for name, clusters in acronym_clusters.items():
        if len({global_uf.find(c) for c in clusters}) > 1:
            merges.append(f"'{name}' means different organizations in different articles; not linked across them")
    # 3. a generic unit name is the same unit only under the same parent
    by_parent_name: dict[tuple, tuple[str, str]] = {}
    for key, names in doc_groups.items():
        if key not in parents:
            continue
        parent = global_uf.find(parents[key])
        for name in names:
            k = (parent, norm(name))
            if k in by_parent_name:
                union(by_parent_name[k], key, f"'{name}' in {key[0]} = in {by_parent_name[k][0]} (same unit)")
            else:
                by_parent_name[k] = key
    # 4. the analyst's forced merges
    for override in overrides:
        if override.kind == "org" and override.same:
            a = [k for k, ns in doc_groups.items() if norm(override.name) in {norm(n) for n in ns}]
            b = [k for k, ns in doc_groups.items() if norm(override.alias) in {norm(n) for n in ns}]
            for x in a[:1]:
                for y in b:
                    if global_uf.union(x, y):
                        merges.append(f"'{override.alias}' = '{override.name}' (aliases file)")
    # entities
    for members in sorted(global_uf.groups().values(), key=min):
        names = [n for k in members for n in doc_groups[k]]
        if all(is_kind_short_form(n) for n in names):
            continue  # "a Chinese hospital" named nothing we know
        shown = Counter()
        kind = Counter()
        for k in members:
            shown.update(display[k])
            kind.update(kinds[k])
        full = [n for n in names if not is_acronym(n)]
        name = (max(shown.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if shown
                else max(full, key=len) if full else names[0])
        name = re.sub(r"^(the|The)\s+", "", name)
        acronyms = Counter(n for n in names if is_acronym(n))
        best_kind = next((k for k, _ in kind.most_common() if k != "other"), "other")
        if best_kind == "other":
            best_kind = next((HEADS[w] for n in full for w in reversed(n.split()) if w in HEADS), "other")
        entity = new_entity(entities, "org", "Organization", name)
        entity.aliases = sorted(set(names) - {name})
        entity.acronym = acronyms.most_common(1)[0][0] if acronyms else None
        entity.kind = best_kind
        for k in members:
            for n in doc_groups[k]:
                ids[(k[0], "org", n)] = entity.id


def new_entity(entities: dict[str, Entity], prefix: str, type_: str, name: str) -> Entity:
    base = f"{prefix}:{slug(name)}"
    id_, n = base, 2
    while id_ in entities:
        id_, n = f"{base}-{n}", n + 1
    entity = Entity(id_, type_, name, [])
    entities[id_] = entity
    return entity


def resolve_people(facts, overrides, ids, entities, merges) -> None:
    forced = {person_key(o.alias): person_key(o.name) for o in overrides if o.kind == "person" and o.same}
    # "different" for a person: `alias` names an article whose `name` is someone else (a namesake)
    namesakes = {(person_key(o.name), o.alias) for o in overrides if o.kind == "person" and not o.same}
    by_key: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    surnames: list[tuple[ArticleFacts, str, int]] = []
    for article in facts:
        full_keys = {person_key(m.text) for m in article.mentions if m.kind == "person" and len(m.text.split()) > 1}
        for m in article.mentions:
            if m.kind != "person":
                continue
            if len(m.text.split()) == 1:
                surnames.append((article, m.text, m.sentence))
                continue
            key = person_key(m.text)
            # "Costa Lima" after "João Carlos Costa Lima": a shorter form of the one longer name
            longer = [k for k in full_keys if key < k]
            if len(longer) == 1:
                merges.append(f"{article.document}: '{m.text}' is a shorter form of a longer name in the article")
                key = longer[0]
            key = forced.get(key, key)
            if key != person_key(m.text) and key in forced.values():
                merges.append(f"{article.document}: '{m.text}' (aliases file)")
            namesake = article.document if (key, article.document) in namesakes else ""
            by_key[(key, namesake)].append((article.document, m.text))
    texts: dict[frozenset[str], list[str]] = defaultdict(list)
    for (key, namesake), seen in by_key.items():
        if not namesake:
            texts[key] += [text for _, text in seen]
    longer = shorter_forms(texts)
    for short, long in longer.items():
        while long in longer:  # a shorter form of a shorter form
            long = longer[long]
        seen = by_key.pop((short, ""))
        merges.append(f"{sorted({t for _, t in seen})} is a shorter form of the one longer name "
                      f"{sorted({t for _, t in by_key[(long, '')]})}")
        by_key[(long, "")] += seen
    for (_, namesake), seen in sorted(by_key.items(), key=lambda kv: (sorted(kv[0][0]), kv[0][1])):
        forms = Counter(text for _, text in seen)
        name = max(forms, key=lambda f: (len(f.split()), forms[f]))  # the fullest form, then the commonest
        entity = new_entity(entities, "person", "Person", name)
        entity.aliases = sorted(set(forms) - {name})
        docs = sorted({d for d, _ in seen})
        if len(forms) > 1 or len(docs) > 1:
            merges.append(f"'{name}' = {sorted(forms)} (same name, any order or case) in {', '.join(docs)}")
        if namesake:
            merges.append(f"'{name}' in {namesake} kept apart from namesakes (aliases file)")
        for document, text in seen:
            ids[(document, "person", text)] = entity.id
    # surname only: the one full name in the article that fits the sentence
    mononyms: dict[frozenset[str], Entity] = {}
    for article, surname, sentence in surnames:
        if (article.document, "person", surname) in ids:
            continue
        candidates = {
            ids[(article.document, "person", m.text)] for m in article.mentions
            if m.kind == "person" and len(m.text.split()) > 1
            and surname.lower() in m.text.lower().split()
        }
        found = len(candidates)
        if len(candidates) > 1:
            orgs_here = {ids.get((article.document, "org", m.text)) for m in article.mentions
                         if m.kind == "org" and m.sentence == sentence}
            fitting = {c for c in candidates if any(
                ids.get((article.document, "org", r.org)) in orgs_here
                for r in article.roles if ids.get((article.document, "person", r.person)) == c)}
            candidates = fitting
        if len(candidates) == 1:
            target = candidates.pop()
            ids[(article.document, "person", surname)] = target
            if surname not in entities[target].aliases:
                entities[target].aliases.append(surname)
            merges.append(f"{article.document}: '{surname}' = '{entities[target].name}' (surname in context)")
        elif not found and any(r.person == surname for r in article.roles):
            # a surname holding a role, with no full name in the article: the one person in the corpus with that
            # surname, or someone known by one name ("Professor Wirawan, Dean of the Faculty of Medicine")
            key = person_key(surname)
            elsewhere = {e.id for e in entities.values() if e.type == "Person" and len(e.name.split()) > 1
                         and key <= person_key(e.name)}
            if len(elsewhere) == 1:
                target = elsewhere.pop()
                merges.append(f"{article.document}: '{surname}' = '{entities[target].name}' (the one person in "
                              "the corpus with that name)")
            else:
                if key not in mononyms:
                    mononyms[key] = new_entity(entities, "person", "Person", surname)
                target = mononyms[key].id
                merges.append(f"{article.document}: '{surname}' is a person known by one name (holds a role)")
            ids[(article.document, "person", surname)] = target
            if surname not in entities[target].aliases and surname != entities[target].name:
                entities[target].aliases.append(surname)
        else:
            why = (f"{found} full names with it, {len(candidates)} fit the sentence" if found
                   else "no full name with it")
            merges.append(f"{article.document}: '{surname}' left unlinked ({why})")
