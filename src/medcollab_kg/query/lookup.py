"""Finding an entity by name: any case, accents, alias, acronym or id, with suggestions when the name is wrong."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import networkx as nx

from medcollab_kg.errors import QueryError
from medcollab_kg.names import SAINTS, lookup_key, without_honorifics, without_legal_form
from medcollab_kg.nlp.lexicon import initials_match, is_acronym, packaged_lexicon
from medcollab_kg.query.reading import with_units
from medcollab_kg.resolution import LEVEL_ADJECTIVES
from medcollab_kg.schema import ENTITY_TYPES, NodeType, Relation

ANY = ENTITY_TYPES
ORG = (NodeType.ORGANIZATION,)
PERSON = (NodeType.PERSON,)
# for messages: "not an organization"; looked up with whatever a node has as its type, None too
TYPE_WORDS: dict[str | None, str] = {t: t.value.lower() for t in ENTITY_TYPES}
# words that say which kind of hospital or school, left off with the kind ("Prairie Rose" for Prairie Rose Community
# Hospital)
KIND_MODIFIERS = {"community", "general", "regional", "district", "county", "memorial", "municipal", "provincial",
                  "teaching", "referral", "university", "children's", "specialist", "specialty", "speciality", "health",
                  "nhs", "christian", "mission", "adventist", "baptist", "methodist", "catholic", "lutheran"}
QUOTED = re.compile(r'\s*["“„«][^"”»“]{2,80}["”»“]')  # a name in quotes inside an organization's name
LEVELS = {adjective: level for level, adjective in LEVEL_ADJECTIVES.items()}  # "Prefectural": "Prefecture"
# "X Prefectural Government" is the government of "X Prefecture"
PLACE_GOVERNMENT = re.compile(rf"(?:the )?(.+) ({'|'.join(LEVELS)}) Government")
MEDICAL_CENTRE = {"medical center", "medical centre"}  # a kind as a whole: "Ramat Eshel" for Ramat Eshel Medical Center


def a_or_an(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def name_index(graph: nx.MultiDiGraph[str]) -> dict[str, set[str]]:
    """Every name, acronym and alias, as lookup keys → node ids."""
    index: dict[str, set[str]] = {}
    unquoted: dict[str, set[str]] = {}
    for node, data in graph.nodes(data=True):
        if data.get("type") == NodeType.DOCUMENT:
            continue
        names = [data.get("name"), data.get("acronym"), data.get("title"), *(data.get("aliases") or [])]
        if data.get("type") == NodeType.PERSON:
            names += [" ".join(reversed(str(data.get("name", "")).split()))]
        if data.get("type") == NodeType.ORGANIZATION and (government := PLACE_GOVERNMENT.fullmatch(str(data.get("name")))):
            # "Ehime Prefectural Government" is asked for as "Ehime Prefecture", unless another node is called so
            unquoted.setdefault(lookup_key(f"{government[1]} {LEVELS[government[2]]}"), set()).add(node)
        if data.get("type") == NodeType.ORGANIZATION and data.get("name") and QUOTED.search(str(data["name"])):
            # 'Centro de Estudios Oftalmológicos del Caribe "Dr. Aurelio Benítez"': also without its quoted eponym,
            # unless another organization goes by that name
            unquoted.setdefault(lookup_key(QUOTED.sub(" ", str(data["name"]))), set()).add(node)
        for name in names:
            if name:
                key = lookup_key(str(name))
                index.setdefault(key, set()).add(node)
                if data.get("type") != NodeType.PERSON and (bare := without_legal_form(key)) != key:
                    index.setdefault(bare, set()).add(node)
    for key, nodes in unquoted.items():
        index.setdefault(key, nodes)
    return index


def wanted(graph: nx.MultiDiGraph[str], node: str, types: tuple[str, ...] | None) -> bool:
    return types is None or graph.nodes[node].get("type") in types


def find_entity(graph: nx.MultiDiGraph[str], name: str, *, types: tuple[str, ...] | None = None,
                index: dict[str, set[str]] | None = None) -> str:
    """The one node called `name` (any case, alias, acronym or id); suggestions when there is none or several."""
    key = lookup_key(name)
    if not key:
        raise QueryError(f"Empty name {name!r}. Fix: give a person or organization, e.g. PUMCH.")
    index = name_index(graph) if index is None else index
    if key not in index:  # "Prof. Nancy Ip" is Nancy Ip; names are stored without honorifics
        key = without_honorifics(key)
    if key not in index:  # "Harmoni Medical Group Bhd" is Harmoni Medical Group, and the other way round
        key = without_legal_form(key)
    named = index.get(key, set())
    found = {n for n in named if wanted(graph, n, types)}
    if len(found) == 1:
        return found.pop()
    if len(found) > 1:
        shown = ", ".join(sorted(f"{graph.nodes[n]['name']} ({n})" for n in found))
        raise QueryError(f"'{name}' is ambiguous: {shown}. Fix: use the full name or the id.")
    if name.strip() in graph and wanted(graph, name.strip(), types):
        return name.strip()
    if types is None or NodeType.ORGANIZATION in types:
        # "Halvorsen" for Halvorsen Diagnostics (the short name articles use: one word), "Jeonbuk Hanul University
        # Hospital" for a longer name it begins (a whole name: it ends in a head word), "Fundación Arcoíris para la
        # Niñez" for Fundación Arcoíris (a name whose first words are one organization's); a partial name such as
        # "Peking Union" gets suggestions instead
        whole = " " not in key or key.split()[-1].capitalize() in packaged_lexicon().heads
        fits = {n for k, ids in index.items()
                if (k.startswith(key + " ") and whole and not k.startswith(key + " s "))  # not "Huaxin's R&D Center"
                or (key.startswith(k + " ") and len(k.split()) >= 2)
                for n in ids if graph.nodes[n].get("type") == NodeType.ORGANIZATION and wanted(graph, n, types)}

        def continued(tail: Callable[[str], bool]) -> set[str]:  # the organizations named the key, then words `tail` accepts
            return {n for k, ids in index.items() if k.startswith(key + " ") and tail(k[len(key) + 1 :])
                    for n in ids if graph.nodes[n].get("type") == NodeType.ORGANIZATION and wanted(graph, n, types)}

        lex = packaged_lexicon()
        kind_words = {k.lower() for k in (*lex.heads, *lex.weak_heads)}
        if len(fits) != 1 and " " in key:
            # "St. Ansgar Children's" for St. Ansgar Children's Hospital, "Flint Hills VA" for Flint Hills VA Health Care
            # System: the name less its kind word (or words)
            heads = {k.lower() for k in lex.heads}
            leading = heads | KIND_MODIFIERS

            def kind_only(rest: str) -> bool:  # also two words: "St Enda's" … "University Hospital", "Prairie Rose" …
                # "Community Hospital" (not "Peking Union" … "Medical College Hospital": part of the name is missing)
                words = rest.split()
                return rest in kind_words or (len(words) == 2 and words[0] in leading and words[1] in heads)
            kinds = continued(kind_only)
            fits = kinds if len(kinds) == 1 else fits
        if not fits and " " in key and len(alone := continued(lambda rest: True)) == 1 and (
                key.split()[0] in SAINTS or continued(lambda rest: rest in MEDICAL_CENTRE) == alone):
            # the one organization whose name goes on from a saint's ("St Aldhelm's" for St Aldhelm's University
            # Hospitals NHS Foundation Trust) or with "Medical Center" ("Ramat Eshel")
            fits = alone
        if len(fits) != 1 and " " in key:
            # "Tigris Star" for Tigris Star Medical Systems Company, "Volta Bioscience" for Volta Bioscience Ghana
            # Limited: a company's name less its trade words, country and legal form, as articles shorten it
            trade = company_words()
            companies = continued(lambda rest: set(rest.split()) <= trade)
            fits = companies if len(companies) == 1 else fits
        if len(fits) != 1 and " " in key:
            # "Mwangaza Foundation" for Mwangaza Health Foundation, "Hospital Cumbres" for Hospital Universitario
            # Cumbres: the name less kind or trade words inside it (not "Peking Union": its end is missing)
            plain = company_words() | kind_words | set(lex.name_translations)
            skipping = {n for k, ids in index.items() if k != key and skips_only(key.split(), k.split(), plain)
                        for n in ids if graph.nodes[n].get("type") == NodeType.ORGANIZATION and wanted(graph, n, types)}
            fits = skipping if len(skipping) == 1 else fits
        if not fits and " " not in key:
            # "Seiryokai" for Medical Corporation Seiryokai: the one name word after kind and legal words
            plain = company_words() | kind_words
            kinds_before = {n for k, ids in index.items() if k.endswith(" " + key) and set(k.split()[:-1]) <= plain
                            for n in ids if graph.nodes[n].get("type") == NodeType.ORGANIZATION and wanted(graph, n, types)}
            fits = kinds_before if len(kinds_before) == 1 else fits
        if not fits and " " in key and is_acronym(name.split()[-1]):
            # "Glan Tywi UHB" for Glan Tywi University Health Board: the first words, then the acronym of the rest
            *first, acronym = key.split()
            lead = " ".join(first) + " "
            # (past the small words the acronym skips: "Burdekin Coast HHS" for … Hospital and Health Service)
            spelled = {n for k, ids in index.items() if k.startswith(lead)
                       and initials_match(acronym, k[len(lead) :].split())
                       for n in ids if graph.nodes[n].get("type") == NodeType.ORGANIZATION and wanted(graph, n, types)}
            fits = spelled if len(spelled) == 1 else fits
        if len(fits) == 1:
            return fits.pop()
        if len(fits) > 1 and (parents := [n for n in fits if fits <= set(with_units(graph, n))]):
            return parents[0]  # "Lakemont" for Lakemont University, whose school of medicine it also begins
        if len(fits) > 1 and " " not in name.strip() and (main := main_organization(graph, fits)) is not None:
            return main
    if (types is None or NodeType.PERSON in types) and len(words := key.split()) == 2 and len(words[0]) >= 3:
        # "Sam Okonjo" for Samuel Okonjo, "Chris Bauer" for Christine Bauer: a given name shortened, the one such person
        people = {n for n, data in graph.nodes(data=True) if data.get("type") == NodeType.PERSON and wanted(graph, n, types)
                  and len(full := lookup_key(str(data.get("name", ""))).split()) >= 2 and full[-1] == words[1]
                  and full[0].startswith(words[0])}
        if len(people) == 1:
            return people.pop()
    if (types is None or NodeType.PERSON in types) and len(words := key.split()) == 1 \
            and without_honorifics(lookup_key(name)) != lookup_key(name):
        # "Prof. Schwerdtfeger": a surname after an honorific, the one person of that name
        people = {n for n, data in graph.nodes(data=True) if data.get("type") == NodeType.PERSON and wanted(graph, n, types)
                  and len(full := lookup_key(str(data.get("name", ""))).split()) >= 2 and words[0] in (full[0], full[-1])}
        if len(people) == 1:
            return people.pop()
    looking_for = "entity" if set(types or ANY) >= set(ANY) else " or ".join(TYPE_WORDS.get(t, t) for t in types or ())
    if named:  # the name exists, but as something this question cannot use
        other = sorted({TYPE_WORDS.get(graph.nodes[n].get("type"), "entity") for n in named})
        raise QueryError(f"'{name}' is {' and '.join(map(a_or_an, other))}, not {a_or_an(looking_for)}. "
                         f"Fix: name {a_or_an(looking_for)}, or see `kg show \"{name}\"`.")
    from rapidfuzz import fuzz, process  # only misspelt names pay for the import

    choices = [k for k, ids in index.items() if any(wanted(graph, n, types) for n in ids)]
    hints = []
    # a partial name ("Peking Union") suggests the names it is part of, word for word
    part = re.compile(rf"(?:^|\s){re.escape(key)}(?:\s|$)")
    for k in sorted((k for k in choices if part.search(k)), key=len)[:5]:
        hints += sorted(graph.nodes[n]["name"] for n in index[k] if wanted(graph, n, types))
    for k, _, _ in process.extract(key, choices, scorer=fuzz.ratio, limit=5, score_cutoff=70):
        hints += sorted(graph.nodes[n]["name"] for n in index[k] if wanted(graph, n, types))
    if hints:
        raise QueryError(f"No {looking_for} called '{name}'. Did you mean: {', '.join(dict.fromkeys(hints))}?")
    raise QueryError(f"No {looking_for} called '{name}'. Fix: `kg orgs` or `kg people` lists the names.")


def skips_only(short: list[str], long: list[str], plain: frozenset[str]) -> bool:
    """Is `long` the words of `short`, in order, beginning and ending alike, with only `plain` words between?"""
    if not short or not long or long[0] != short[0] or long[-1] != short[-1]:
        return False
    at = 0
    for word in long:
        if at < len(short) and word == short[at]:
            at += 1
        elif word not in plain:
            return False
    return at == len(short)


@cache  # the lexicon's words, the same for every lookup
def company_words() -> frozenset[str]:
    """Words after a company's own name, as lookup keys: its trade ("Medical Systems"), "Company", its country and its
    legal form."""
    lex = packaged_lexicon()
    words = [*lex.company_suffixes, *lex.weak_heads, *lex.company_nouns, *lex.countries,
             "company", "corporation", "group", "holding", "holdings", "international", "insurance", "assurance"]
    return frozenset(part for word in words for part in lookup_key(word).split())


def main_organization(graph: nx.MultiDiGraph[str], fits: set[str]) -> str | None:
    """Of the organizations a one-word short name begins ("Bellhaven", "Corvex"), the one it stands for: the one
    more articles name than any other ("Bellhaven Health" in three, its medical center in one), if in two or more; of
    as many articles, the one with more facts ("Corvex Health plc", which signs, and its subsidiary "Corvex Labs Ltd");
    in one article, the one with facts beside others with none ("Corvex Health plc" beside the "Corvex Health Media
    Relations" of a press contact)."""
    articles = {n: sum(1 for _, _, data in graph.out_edges(n, data=True) if data.get("relation") == Relation.MENTIONED_IN)
                for n in fits}
    facts = {n: graph.degree(n) - articles[n] for n in fits}
    ranked = sorted(fits, key=lambda n: (-articles[n], -facts[n], n))
    first, second = ranked[0], ranked[1]
    if articles[first] >= 2 and (articles[first], facts[first]) > (articles[second], facts[second]):
        return first
    return first if facts[first] > 0 and all(facts[n] == 0 for n in ranked[1:]) else None

