"""Read-only questions over the graph: name lookup, question parsing, answers, cards and listings as records."""
from __future__ import annotations

import datetime
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from medcollab_kg.errors import QueryError, UsageError


@dataclass(frozen=True, slots=True)
class Answer:
    id: str
    name: str
    type: str
    why: str  # agreement title and date, role title, …
    evidence: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "why": self.why,
                "evidence": list(self.evidence), **self.details}


@dataclass(frozen=True, slots=True)
class Result:
    question: str
    form: str
    subject: str | None
    answers: tuple[Answer, ...]
    subjects: tuple[str, ...] = ()  # every entity the question names, in order

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "form": self.form, "subject": self.subject,
                "subjects": list(self.subjects), "answers": [a.to_dict() for a in self.answers]}


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a path, in the order walked; the edge itself may point the other way."""
    source: str
    target: str
    relation: str
    forward: bool  # False when the edge points from target to source
    text: str  # the fact as a sentence, in the edge's own direction
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    target: str | None = None
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "target": self.target, "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class Card:
    """Everything the graph says about one entity, grouped into sections."""
    id: str
    name: str
    type: str
    attributes: dict[str, Any]
    sections: tuple[tuple[str, tuple[Fact, ...]], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, **self.attributes,
                "sections": {title: [f.to_dict() for f in facts] for title, facts in self.sections}}


@dataclass(frozen=True, slots=True)
class Records:
    """A listing: rows of plain values (str, int, list of str) under fixed columns."""
    title: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]

    def to_list(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.rows]


# ---------------------------------------------------------------- names

ANY = ("Person", "Organization", "Agreement", "Event", "Place")
ORG = ("Organization",)
PERSON = ("Person",)
HONORIFICS = ("prof", "professor", "dr", "mr", "ms", "mrs", "sir")
TYPE_WORDS = {"Person": "person", "Organization": "organization", "Agreement": "agreement", "Event": "event",
              "Place": "place"}


def a_or_an(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


LEADING_THE = re.compile(r"^(the)\s+", flags=re.IGNORECASE)
NOT_NAME = re.compile(r"[^\w&]+")


def normalise(name: str) -> str:
    """How names are compared: no leading "the", no punctuation, any case, accents folded ("Hélène" =
    "Helene")."""
    name = NOT_NAME.sub(" ", LEADING_THE.sub("", name.strip()).lower()).strip()
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def name_index(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Every normalised name, acronym and alias → node ids."""
    index: dict[str, set[str]] = {}
    for node, data in graph.nodes(data=True):
        if data.get("type") in ("Document",):
            continue
        names = [data.get("name"), data.get("acronym"), data.get("title"), *(data.get("aliases") or [])]
        if data.get("type") == "Person":
            names += [" ".join(reversed(str(data.get("name", "")).split()))]
        for name in names:
            if name:
                index.setdefault(normalise(str(name)), set()).add(node)
    return index


def wanted(graph: nx.MultiDiGraph, node: str, types: tuple[str, ...] | None) -> bool:
    return types is None or graph.nodes[node].get("type") in types


def find_entity(graph: nx.MultiDiGraph, name: str, *, types: tuple[str, ...] | None = None,
                index: dict[str, set[str]] | None = None) -> str:
    """The one node called `name` (any case, alias, acronym or id); suggestions when there is none or several."""
    key = normalise(name)
    if not key:
        raise QueryError(f"Empty name {name!r}. Fix: give a person or organization, e.g. PUMCH.")
    index = name_index(graph) if index is None else index
    if key not in index:  # "Prof. Nancy Ip" is Nancy Ip; names are stored without honorifics
        key = re.sub(rf"^(?:(?:{'|'.join(HONORIFICS)})\s+)+", "", key) or key
    named = index.get(key, set())
    found = {n for n in named if wanted(graph, n, types)}
    if len(found) == 1:
        return found.pop()
    if len(found) > 1:
        shown = ", ".join(sorted(f"{graph.nodes[n]['name']} ({n})" for n in found))
        raise QueryError(f"'{name}' is ambiguous: {shown}. Fix: use the full name or the id.")
    if name.strip() in graph and wanted(graph, name.strip(), types):
        return name.strip()
    looking_for = "entity" if set(types or ANY) >= set(ANY) else " or ".join(TYPE_WORDS.get(t, t) for t in types)
    if named:  # the name exists, but as something this question cannot use
        other = sorted({TYPE_WORDS.get(graph.nodes[n].get("type"), "entity") for n in named})
        raise QueryError(f"'{name}' is {' and '.join(map(a_or_an, other))}, not {a_or_an(looking_for)}. "
                         f"Fix: name {a_or_an(looking_for)}, or see `kg show \"{name}\"`.")
    from rapidfuzz import fuzz, process  # only misspelt names pay for the import

    choices = [k for k, ids in index.items() if any(wanted(graph, n, types) for n in ids)]
    hints = []
    for k, _, _ in process.extract(key, choices, scorer=fuzz.ratio, limit=5, score_cutoff=70):
        hints += sorted(graph.nodes[n]["name"] for n in index[k] if wanted(graph, n, types))
    if hints:
        raise QueryError(f"No {looking_for} called '{name}'. Did you mean: {', '.join(dict.fromkeys(hints))}?")
    raise QueryError(f"No {looking_for} called '{name}'. Fix: `kg orgs` or `kg people` lists the names.")


def display(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("name") or node)


def short(graph: nx.MultiDiGraph, node: str) -> str:
    """The acronym (or an agreement's title) when there is one: answers name many organizations."""
    data = graph.nodes[node]
    return str(data.get("acronym") or (data.get("title") if data.get("type") == "Agreement" else None)
               or display(graph, node))


# ---------------------------------------------------------------- facts


def evidence_of(data: dict[str, Any]) -> tuple[str, ...]:
    return tuple(f"{e['sentence']} [{e['document']}]" for e in data.get("evidence", []))


def edges(graph: nx.MultiDiGraph, node: str, relation: str, *, incoming: bool = False):
    items = graph.in_edges(node, data=True) if incoming else graph.out_edges(node, data=True)
    return [(u, v, d) for u, v, d in items if d.get("relation") == relation]


def with_units(graph: nx.MultiDiGraph, org: str) -> list[str]:
    """The organization and every unit that is part of it, at any depth."""
    seen, todo = [org], [org]
    while todo:
        for child, _, _ in edges(graph, todo.pop(), "part_of", incoming=True):
            if child not in seen:
                seen.append(child)
                todo.append(child)
    return seen


PHRASES = {"holds_role": "holds a role at", "party_to": "is party to", "signed": "signed", "witnessed": "witnessed",
           "part_of": "is part of", "collaborates_with": "collaborates with", "organized": "organized",
           "participated_in": "participated in", "visited": "visited", "located_in": "is located in",
           "mentioned_in": "is mentioned in"}


def describe(graph: nx.MultiDiGraph, u: str, v: str, data: dict[str, Any], *, brief: str | None = None) -> str:
    """One edge as a sentence: 'Nancy Ip signed … for HKUST'; the `brief` node goes by its short name."""
    def name(node: str) -> str:
        return short(graph, node) if node == brief else display(graph, node)

    relation = data.get("relation", "")
    if relation == "holds_role" and data.get("title"):
        return f"{name(u)} is {data['title']} at {name(v)}"
    text = f"{name(u)} {PHRASES.get(relation, relation)} {name(v)}"
    if relation == "signed" and data.get("on_behalf_of") in graph:
        text += f" for {short(graph, data['on_behalf_of'])}"
    if data.get("date"):
        text += f" ({data['date']})"
    return text


def agreements_involving(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> list[str]:
    """Agreements that every node takes part in: as the agreement, a party (or a party's unit), signer or witness."""
    common: set[str] | None = None
    for node in nodes:
        kind = graph.nodes[node].get("type")
        if kind == "Agreement":
            found = {node}
        elif kind == "Organization":
            found = {a for unit in with_units(graph, node) for _, a, _ in edges(graph, unit, "party_to")}
        else:
            found = {a for rel in ("signed", "witnessed") for _, a, _ in edges(graph, node, rel)}
        common = found if common is None else common & found
    return sorted(common or ())


def agreement_line(graph: nx.MultiDiGraph, agreement: str, signature: dict[str, Any] | None = None, *,
                   signers: bool = True) -> str:
    """'Strategic Cooperation Agreement for HKUST, 2024-11-22; signed by …' ('for' when given one signature)."""
    info = graph.nodes[agreement]
    line = str(info.get("title") or "agreement")
    if signature and signature.get("on_behalf_of") in graph:
        line += f" for {short(graph, signature['on_behalf_of'])}"
    line += f", {info['date']}" if info.get("date") else ""
    names = [f"{display(graph, p)} ({short(graph, d['on_behalf_of'])})" if d.get("on_behalf_of") in graph
             else display(graph, p) for p, _, d in edges(graph, agreement, "signed", incoming=True)]
    return line + (f"; signed by {', '.join(names)}" if names and signers else "")


# ---------------------------------------------------------------- answers


def signed_with(graph: nx.MultiDiGraph, org: str) -> list[Answer]:
    """The other parties to the agreements of `org` and its units."""
    units = with_units(graph, org)
    found: dict[str, list[tuple[str, str, dict]]] = {}
    for unit in units:
        for _, agreement, party_edge in edges(graph, unit, "party_to"):
            for other, _, _ in edges(graph, agreement, "party_to", incoming=True):
                if other not in units:
                    found.setdefault(other, []).append((unit, agreement, party_edge))
    answers = []
    for other, items in found.items():
        why = "; ".join(agreement_line(graph, a) + (f" (via {display(graph, u)})" if u != org else "")
                        for u, a, _ in items)
        agreements = [{"id": a, "title": graph.nodes[a].get("title"), "date": graph.nodes[a].get("date"),
                       "signatories": [display(graph, p) for p, _, _ in edges(graph, a, "signed", incoming=True)]}
                      for _, a, _ in items]
        details = {"agreement": agreements[0]["id"], "date": agreements[0]["date"],
                   "signatories": list(dict.fromkeys(p for a in agreements for p in a["signatories"])),
                   "agreements": agreements}
        answers.append(Answer(other, display(graph, other), "Organization", why,
                              tuple(e for _, _, d in items for e in evidence_of(d)), details))
    return answers


def signers(graph: nx.MultiDiGraph, *nodes: str, relation: str = "signed") -> list[Answer]:
    """Who signed (or witnessed) the agreements every node takes part in."""
    answers: dict[str, Answer] = {}
    for agreement in agreements_involving(graph, nodes):
        for person, _, data in edges(graph, agreement, relation, incoming=True):
            if person not in answers:
                answers[person] = Answer(person, display(graph, person), "Person",
                                         f"{relation} " + agreement_line(graph, agreement, data, signers=False),
                                         evidence_of(data), {"agreement": agreement,
                                                             "on_behalf_of": data.get("on_behalf_of")})
    return list(answers.values())


def signed_for(graph: nx.MultiDiGraph, org: str) -> list[Answer]:
    """People who signed on behalf of `org` or one of its units."""
    units = set(with_units(graph, org))
    return [a for a in signers(graph, org) if a.details["on_behalf_of"] in units
            or (a.details["on_behalf_of"] is None and any(v in units for _, v, _ in edges(graph, a.id, "holds_role")))]


def witnesses(graph: nx.MultiDiGraph, *nodes: str) -> list[Answer]:
    return signers(graph, *nodes, relation="witnessed")


def signed_by(graph: nx.MultiDiGraph, person: str, relation: str = "signed") -> list[Answer]:
    """The agreements a person signed (or witnessed), with the parties."""
    answers = []
    for _, agreement, data in edges(graph, person, relation):
        parties = [short(graph, p) for p, _, _ in edges(graph, agreement, "party_to", incoming=True)]
        why = f"{relation} {agreement_line(graph, agreement, data, signers=False)}; parties: {', '.join(parties)}"
        answers.append(Answer(agreement, display(graph, agreement), "Agreement", why, evidence_of(data),
                              {"date": graph.nodes[agreement].get("date"), "parties": parties}))
    return answers


def agreements_of(graph: nx.MultiDiGraph, node: str) -> list[Answer]:
    """'What agreements has X signed': the other parties for an organization, the agreements for a person."""
    return signed_by(graph, node) if graph.nodes[node].get("type") == "Person" else signed_with(graph, node)


def works_at(graph: nx.MultiDiGraph, org: str) -> list[Answer]:
    """People holding a role at `org` or at any of its units, with their titles."""
    roles: dict[str, list[tuple[str, dict]]] = {}
    for unit in with_units(graph, org):
        for person, _, data in edges(graph, unit, "holds_role", incoming=True):
            roles.setdefault(person, []).append((unit, data))
    return [Answer(person, display(graph, person), "Person",
                   "; ".join(f"{d.get('title') or 'role'}, {display(graph, u)}" for u, d in items),
                   tuple(e for _, d in items for e in evidence_of(d)),
                   {"title": items[0][1].get("title"), "org": items[0][0],
                    "roles": [{"title": d.get("title"), "org": u} for u, d in items]})
            for person, items in roles.items()]


def works_where(graph: nx.MultiDiGraph, person: str) -> list[Answer]:
    """The organizations where a person holds a role, with the titles."""
    titles: dict[str, list[dict]] = {}
    for _, org, data in edges(graph, person, "holds_role"):
        titles.setdefault(org, []).append(data)
    return [Answer(org, display(graph, org), "Organization", "; ".join(d.get("title") or "role" for d in items),
                   tuple(e for d in items for e in evidence_of(d)), {"title": items[0].get("title")})
            for org, items in titles.items()]


def partners(graph: nx.MultiDiGraph, org: str) -> list[Answer]:
    """Collaborators of `org` and its units: `collaborates_with`, shared agreements, co-organized events."""
    units = with_units(graph, org)
    reasons: dict[str, dict[str, tuple[str, ...]]] = {}  # partner → reason → evidence

    def add(partner: str, reason: str, evidence: tuple[str, ...]) -> None:
        if partner not in units:
            reasons.setdefault(partner, {}).setdefault(reason, evidence)

    for unit in units:
        via = f" (via {display(graph, unit)})" if unit != org else ""
        both_ways = edges(graph, unit, "collaborates_with") + edges(graph, unit, "collaborates_with", incoming=True)
        for u, v, data in both_ways:  # stored once per pair, in name order
            add(v if u == unit else u, "collaborates" + via, evidence_of(data))
        for _, agreement, data in edges(graph, unit, "party_to"):
            for other, _, _ in edges(graph, agreement, "party_to", incoming=True):
                add(other, agreement_line(graph, agreement, signers=False) + via, evidence_of(data))
        for _, event, data in edges(graph, unit, "organized"):
            for other, _, _ in edges(graph, event, "organized", incoming=True):
                add(other, f"co-organized {display(graph, event)}" + via, evidence_of(data))
    return [Answer(p, display(graph, p), graph.nodes[p].get("type", ""), "; ".join(why),
                   tuple(dict.fromkeys(e for ev in why.values() for e in ev)), {"reasons": list(why)})
            for p, why in reasons.items()]


def fact_neighbours(graph: nx.MultiDiGraph, node: str):
    """(neighbour, edge source, edge target, data) over fact edges in both directions; documents are not facts."""
    for u, v, data in graph.out_edges(node, data=True):
        if data.get("relation") != "mentioned_in":
            yield v, u, v, data
    for u, v, data in graph.in_edges(node, data=True):
        if data.get("relation") != "mentioned_in":
            yield u, u, v, data


def connect(graph: nx.MultiDiGraph, start: str, end: str) -> list[Hop]:
    """The shortest chain of facts from `start` to `end` (breadth-first, edges walked either way)."""
    if start == end:
        raise QueryError(f"'{display(graph, start)}' is the same entity twice. Fix: name two different entities.")
    parents: dict[str, tuple[str, str, str, dict] | None] = {start: None}
    frontier = [start]
    while frontier and end not in parents:
        following = []
        for node in frontier:
            for other, u, v, data in fact_neighbours(graph, node):
                if other not in parents:
                    parents[other] = (node, u, v, data)
                    following.append(other)
        frontier = following
    if end not in parents:
        raise QueryError(f"No chain of facts connects '{display(graph, start)}' and '{display(graph, end)}'.")
    hops, node = [], end
    while parents[node] is not None:
        previous, u, v, data = parents[node]
        hops.append(Hop(previous, node, data["relation"], u == previous, describe(graph, u, v, data),
                        evidence_of(data)))
        node = previous
    return hops[::-1]


def path_answers(graph: nx.MultiDiGraph, start: str, end: str) -> list[Answer]:
    """One answer per hop: the entity reached and the fact that reaches it."""
    hops = connect(graph, start, end)
    return [Answer(h.target, display(graph, h.target), graph.nodes[h.target].get("type", ""), h.text, h.evidence,
                   {"step": i, "from": h.source, "relation": h.relation}) for i, h in enumerate(hops, 1)]


# ---------------------------------------------------------------- questions

AGREEMENT = r"(?:an? |the |any )?(?:agreements?|mous?|deals?|contracts?|memorand(?:um|a)(?: of understanding)?)"
INSTITUTIONS = r"(?:institutions?|organi[sz]ations?|universities|university|hospitals?|partners?|schools?)"


@dataclass(frozen=True, slots=True)
class Form:
    """A kind of question: patterns whose groups name entities (x, y, or a pair split at `separator`)."""
    name: str
    example: str
    patterns: tuple[str, ...]
    types: tuple[str, ...]
    answer: Callable[..., list[Answer]]
    separator: str = r"\s+and\s+"


# Order matters: the first form whose pattern matches answers ("who is at X" before "who is P").
FORMS: tuple[Form, ...] = (
    Form("signatories", "who signed the agreement between X and Y", (
        (rf"who (?:signed|were the signatories (?:of|to)|are the signatories (?:of|to)) {AGREEMENT}\s+"
         r"between (?P<pair>.+)"),
        rf"(?:signatories|signers) (?:of|to) {AGREEMENT}\s+between (?P<pair>.+)",
        r"(?:who (?:were|are) the )?(?:signatories|signers) (?:of|to) (?P<x>.+)",
    ), ("Organization", "Agreement"), signers),
    Form("signed_for", "who signed for X", (
        rf"who (?:signed|has signed|signs)(?: {AGREEMENT})? (?:for|on behalf of) (?P<x>.+)",
    ), ORG, signed_for),
    Form("witnessed", "who witnessed the agreement between X and Y", (
        rf"who witnessed (?:the (?:signing|signature) of )?{AGREEMENT}\s+between (?P<pair>.+)",
        r"who witnessed (?P<x>.+?)[’']s? (?:agreements?|mous?|deals?|contracts?|signing)",
        (rf"who witnessed (?:the (?:signing|signature) of )?(?:{AGREEMENT}\s+(?:with|of|for|by|signed by)\s+)?"
         r"(?P<x>.+)"),
        r"(?:witnesses) (?:of|to|for) (?:the )?(?P<x>.+)",
    ), ("Organization", "Agreement"), witnesses),
    Form("witnessed_by", "which agreements did P witness", (
        r"(?:what|which) (?:agreements?|mous?|deals?|contracts?) (?:has|have|did) (?P<x>.+?) witness(?:ed)?",
        r"what did (?P<x>.+?) witness",
    ), PERSON, lambda g, p: signed_by(g, p, "witnessed")),
    Form("agreements_of", "which agreements did P sign / what agreements has X signed", (
        r"(?:what|which) (?:agreements?|mous?|deals?|contracts?) (?:has|have|did|had) (?P<x>.+?) (?:signed|sign)",
        r"(?:agreements?|mous?) (?:signed by|of) (?P<x>.+)",
        r"what did (?P<x>.+?) sign",
    ), ("Organization", "Person"), agreements_of),
    Form("signed_with", "who signed with X / which institutions signed with X", (
        (rf"(?:who|which {INSTITUTIONS}|what {INSTITUTIONS})\s+(?:has |have |had )?(?:signed|inked|concluded)"
         rf"(?: {AGREEMENT}| (?:a |an )?partnerships?)?\s+with\s+(?P<x>.+)"),
        rf"(?:who|which {INSTITUTIONS}) (?:has|have|did) (?P<x>.+?) (?:signed|sign)(?: {AGREEMENT})? with",
        rf"with (?:whom|which {INSTITUTIONS}) (?:has|have|did) (?P<x>.+?) (?:signed|sign)(?: {AGREEMENT})?",
    ), ORG, signed_with),
    Form("partners", "partners of X", (
        r"(?:who|what|which) (?:are|were) (?:the )?(?:partners?|collaborators?) (?:of|for) (?P<x>.+)",
        r"(?:partners?|collaborators?) (?:of|for) (?P<x>.+)",
        r"(?:who|what|which) (?:are|were) (?P<x>.+?)[’']s? (?:partners?|collaborators?)",
        r"(?P<x>.+?)[’']s? (?:partners?|collaborators?)",
        rf"(?:who|which {INSTITUTIONS}) (?:collaborates?|partners?|works?|cooperates?) with (?P<x>.+)",
        (rf"(?:who|which {INSTITUTIONS}) (?:does|do|did|has|have) (?P<x>.+?) "
         r"(?:work(?:ed)?|collaborated?|partnered) with"),
    ), ORG, partners),
    Form("works_at", "who works at X / people at X", (
        r"who (?:works|worked|is|are|was|were) (?:at|for|in)\s+(?P<x>.+)",
        r"who (?:is|are|was|were) (?:employed|working) (?:at|by|for|in)\s+(?P<x>.+)",
        r"(?:people|staff|persons?|employees) (?:at|of|in|from)\s+(?P<x>.+)",
    ), ORG, works_at),
    Form("works_where", "where does P work / what is P's role / who is P", (
        r"where (?:does|did) (?P<x>.+?) work",
        r"where (?:is|was) (?P<x>.+?) (?:working|employed|based)",
        r"what (?:is|are|was|were) (?P<x>.+?)[’']s? (?:roles?|jobs?|titles?|positions?)",
        r"what (?:roles?|titles?|positions?) (?:does|did) (?P<x>.+?) (?:have|hold)",
        r"(?:roles?|titles?) of (?P<x>.+)",
        r"who (?:is|was) (?P<x>.+)",
    ), PERSON, works_where),
    Form("path", "how is X connected to Y", (
        r"how (?:is|are|was|were) (?P<x>.+?) (?:connected|linked|related) (?:to|with) (?P<y>.+)",
        r"how (?:is|are|were) (?P<pair>.+) (?:connected|linked|related)(?: to each other)?",
        r"(?:what|which) (?:connects|links) (?P<pair>.+)",
        r"(?:path|connection|link) (?:from|between) (?P<pair>.+)",
    ), ANY, path_answers, r"\s+(?:and|to|with)\s+"),
)
SUPPORTED = [form.example for form in FORMS]


def clean_question(question: str) -> str:
    text = re.sub(r"\s+", " ", question).strip().replace("’", "'")
    text = re.sub(r"^(?:please\s+)?(?:(?:tell me|show me|list)\s+)?", "", text, flags=re.IGNORECASE)
    return re.sub(r"[\s?.!]+$", "", text)


# The longest question read, and the most ways "A and B" is split: no name is longer, none holds more "and"s.
MAX_QUESTION = 1000
MAX_SPLITS = 16


def resolve_pair(graph: nx.MultiDiGraph, text: str, separator: str, types: tuple[str, ...],
                 index: dict[str, set[str]]) -> tuple[str, str]:
    """Split "A and B" where the names may contain the separator too: try each split, keep one that names two."""
    best: tuple[int, QueryError] | None = None
    # Each split looks both halves up, so trying every separator of a long text would be quadratic; names hold
    # a few "and"s at most, so the first MAX_SPLITS splits are all that can name two entities.
    for sep in itertools.islice(re.finditer(separator, text, flags=re.IGNORECASE), MAX_SPLITS):
        left, right = text[: sep.start()], text[sep.end():]
        found, error = [], None
        for part in (left, right):
            try:
                found.append(find_entity(graph, part.strip(" '\""), types=types, index=index))
            except QueryError as exc:
                error = error or exc
        if error is None:
            return found[0], found[1]
        if best is None or len(found) > best[0]:
            best = (len(found), error)
    if best is None:
        raise QueryError(f"'{text}' names one entity; this question needs two (X and Y).")
    raise best[1]


def parse(graph: nx.MultiDiGraph, question: str) -> tuple[Form, tuple[str, ...]]:
    """The form a question takes and the entities it names; UsageError when it takes none."""
    if len(question) > MAX_QUESTION:
        raise UsageError(f"The question is {len(question)} characters long; kg reads questions of at most "
                         f"{MAX_QUESTION}. Fix: ask about one or two names.")
    text = clean_question(question)
    index: dict[str, set[str]] | None = None
    first_error: QueryError | None = None
    for form in FORMS:
        for pattern in form.patterns:
            match = re.fullmatch(pattern, text, flags=re.IGNORECASE)
            if not match:
                continue
            index = index or name_index(graph)
            groups = {k: v for k, v in match.groupdict().items() if v}
            try:
                if "pair" in groups:
                    return form, resolve_pair(graph, groups["pair"], form.separator, form.types, index)
                return form, tuple(find_entity(graph, groups[k].strip(" '\""), types=form.types, index=index)
                                   for k in ("x", "y") if k in groups)
            except QueryError as exc:  # "who is in …" may be a person called "In …": let later forms try
                first_error = first_error or exc
    if first_error:
        raise first_error
    raise UsageError(f"Unsupported question '{text}'. Ask in one of these forms (X, Y: any name, alias or acronym):\n"
                     + "\n".join(f"  {form}" for form in SUPPORTED))


def ask(graph: nx.MultiDiGraph, question: str) -> Result:
    """Answer one question in a supported form; UsageError lists the forms otherwise."""
    form, nodes = parse(graph, question)
    return Result(question, form.name, nodes[0] if nodes else None, tuple(form.answer(graph, *nodes)), nodes)


# ---------------------------------------------------------------- cards


SECTIONS = {  # (relation, True when the entity is the edge's source) → card section
    ("holds_role", True): "roles", ("holds_role", False): "people",
    ("part_of", True): "part of", ("part_of", False): "units",
    ("party_to", True): "agreements", ("party_to", False): "parties",
    ("signed", True): "agreements", ("signed", False): "signatories",
    ("witnessed", True): "agreements", ("witnessed", False): "witnesses",
    ("collaborates_with", True): "partners", ("collaborates_with", False): "partners",
    ("organized", True): "events", ("organized", False): "organizers",
    ("participated_in", True): "events", ("participated_in", False): "participants",
    ("visited", True): "visits", ("visited", False): "visitors",
    ("located_in", True): "place", ("located_in", False): "located here",
}


def card(graph: nx.MultiDiGraph, name: str) -> Card:
    """An entity card: what the graph says about `name`, each fact with the sentences behind it."""
    node = find_entity(graph, name, types=ANY)
    data = graph.nodes[node]
    sections: dict[str, list[Fact]] = {}
    for other, u, v, edge in fact_neighbours(graph, node):
        section = SECTIONS.get((edge.get("relation"), u == node), edge.get("relation", "other"))
        text = describe(graph, u, v, edge, brief=node)  # the card's own name is in its heading
        if section == "agreements" and graph.nodes[v].get("date"):
            text += f", {graph.nodes[v]['date']}"
        sections.setdefault(section, []).append(Fact(text, other, evidence_of(edge)))
    if data.get("type") == "Organization":  # derived facts: people of its units, partners through agreements
        sections["people"] = [Fact(f"{a.name}: {a.why}", a.id, a.evidence) for a in works_at(graph, node)]
        sections["partners"] = [Fact(f"{a.name}: {a.why}", a.id, a.evidence) for a in partners(graph, node)]
    sections["articles"] = [Fact(f"{display(graph, d)}" + (f" ({graph.nodes[d]['date']})"
                                                           if graph.nodes[d].get("date") else ""), d)
                            for _, d, _ in edges(graph, node, "mentioned_in")]
    sections = {k: v for k, v in sections.items() if v}
    attributes = {k: data[k] for k in ("aliases", "acronym", "kind", "title", "date", "place", "duration")
                  if data.get(k)}
    return Card(node, display(graph, node), str(data.get("type")), attributes,
                tuple((k, tuple(v)) for k, v in sections.items()))


# ---------------------------------------------------------------- listings

DATE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def check_date(value: str | None, option: str) -> str | None:
    """A --since or --until value: YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists (not 2020-13, 2021-02-30)."""
    if value is None:
        return None
    if DATE_RE.fullmatch(value):
        year, month, day = (value.split("-") + ["01", "01"])[:3]
        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError as exc:
            raise UsageError(f"{option} '{value}' is not a date ({exc}). "
                             "Fix: use YYYY, YYYY-MM or YYYY-MM-DD.") from None
        return value
    raise UsageError(f"{option} '{value}' is not a date. Fix: use YYYY, YYYY-MM or YYYY-MM-DD.")


def in_period(date: str | None, since: str | None, until: str | None) -> bool:
    """Partial dates ('2024-03') count when their period overlaps [since, until]; undated items never do."""
    if since is None and until is None:
        return True
    if not date:
        return False
    return (since is None or date >= since[: len(date)]) and (until is None or date[: len(until)] <= until)


def sort_records(title: str, columns: tuple[str, ...], rows: list[dict[str, Any]], sort: str | None,
                 descending: bool) -> Records:
    if sort is not None and sort not in columns:
        raise UsageError(f"Cannot sort by '{sort}'. Fix: use one of {', '.join(columns)}.")
    key = sort or columns[0]
    rows.sort(key=lambda r: (str(r.get("name") or r.get("title") or "").lower(), str(r.get("id"))))  # ties: by name

    def value(row: dict[str, Any]) -> tuple:
        v = row.get(key)
        v = len(v) if isinstance(v, list) else v
        return (v is None or v == "", v if isinstance(v, int) else str(v or "").lower())

    rows.sort(key=value, reverse=descending)
    if descending:  # empty values stay last either way
        rows.sort(key=lambda r: value(r)[0])
    return Records(title, columns, tuple(rows))


def of_type(graph: nx.MultiDiGraph, type_: str) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d.get("type") == type_]


def articles(graph: nx.MultiDiGraph, node: str) -> int:
    return len(edges(graph, node, "mentioned_in"))


def names(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> list[str]:
    return [short(graph, n) for n in nodes]


def people(graph: nx.MultiDiGraph, *, org: str | None = None, with_: str | None = None, sort: str | None = None,
           descending: bool = False) -> Records:
    """People with roles and agreements: all, those at `org` (and its units), those who signed or witnessed
    an agreement with `with_`."""
    nodes = [a.id for a in works_at(graph, find_entity(graph, org, types=ORG))] if org else of_type(graph, "Person")
    if with_:
        other = find_entity(graph, with_, types=ORG)
        nodes = [p for p in nodes if agreements_involving(graph, [p, other])]
    rows = [{"name": display(graph, p),
             "roles": [f"{d.get('title') or 'role'}, {short(graph, o)}" for _, o, d in edges(graph, p, "holds_role")],
             "agreements": len(edges(graph, p, "signed")) + len(edges(graph, p, "witnessed")),
             "articles": articles(graph, p), "id": p} for p in nodes]
    return sort_records("people", ("name", "roles", "agreements", "articles", "id"), rows, sort, descending)


def orgs(graph: nx.MultiDiGraph, *, kind: str | None = None, org: str | None = None, with_: str | None = None,
         sort: str | None = None, descending: bool = False) -> Records:
    """Organizations: all, units of `org`, or partners of `with_`; optionally of one kind."""
    nodes = of_type(graph, "Organization")
    if org:
        nodes = with_units(graph, find_entity(graph, org, types=ORG))[1:]
    if with_:
        found = {a.id for a in partners(graph, find_entity(graph, with_, types=ORG))}
        nodes = [n for n in nodes if n in found]
    rows = [{"name": display(graph, o), "acronym": graph.nodes[o].get("acronym") or "",
             "kind": graph.nodes[o].get("kind") or "", "part_of": names(graph, (v for _, v, _ in
                                                                                 edges(graph, o, "part_of"))),
             "people": len(edges(graph, o, "holds_role", incoming=True)),
             "agreements": len(edges(graph, o, "party_to")), "articles": articles(graph, o), "id": o}
            for o in nodes if kind is None or graph.nodes[o].get("kind") == kind.lower()]
    return sort_records("organizations", ("name", "acronym", "kind", "part_of", "people", "agreements", "articles",
                                          "id"), rows, sort, descending)


def agreements(graph: nx.MultiDiGraph, *, org: str | None = None, with_: str | None = None,
               since: str | None = None, until: str | None = None, kind: str | None = None,
               sort: str | None = None, descending: bool = False) -> Records:
    """Agreements, optionally those of `org` (and its units) with `with_`, within dates, of a kind."""
    since, until = check_date(since, "--since"), check_date(until, "--until")
    named = [find_entity(graph, n, types=("Organization", "Person")) for n in (org, with_) if n]
    nodes = agreements_involving(graph, named) if named else of_type(graph, "Agreement")
    rows = []
    for a in nodes:
        info = graph.nodes[a]
        if not in_period(info.get("date"), since, until) or (kind and kind.lower() not in str(info.get("kind"))):
            continue
        rows.append({"title": info.get("title") or display(graph, a), "date": info.get("date") or "",
                     "parties": names(graph, (p for p, _, _ in edges(graph, a, "party_to", incoming=True))),
                     "signatories": [display(graph, p) for p, _, _ in edges(graph, a, "signed", incoming=True)],
                     "witnesses": [display(graph, p) for p, _, _ in edges(graph, a, "witnessed", incoming=True)],
                     "place": info.get("place") or "", "articles": articles(graph, a), "id": a})
    return sort_records("agreements", ("date", "title", "parties", "signatories", "witnesses", "place", "articles",
                                       "id"), rows, sort, descending)


def events(graph: nx.MultiDiGraph, *, org: str | None = None, with_: str | None = None, since: str | None = None,
           until: str | None = None, kind: str | None = None, sort: str | None = None,
           descending: bool = False) -> Records:
    """Events, optionally those `org` and `with_` (with their units) organized or took part in."""
    since, until = check_date(since, "--since"), check_date(until, "--until")
    nodes = set(of_type(graph, "Event"))
    for name in (org, with_):
        if name:
            node = find_entity(graph, name, types=("Organization", "Person"))
            members = with_units(graph, node) if graph.nodes[node].get("type") == "Organization" else [node]
            nodes &= {e for m in members for rel in ("organized", "participated_in")
                      for _, e, _ in edges(graph, m, rel)}
    rows = []
    for e in nodes:
        info = graph.nodes[e]
        if not in_period(info.get("date"), since, until) or (kind and kind.lower() != str(info.get("kind"))):
            continue
        rows.append({"name": display(graph, e), "kind": info.get("kind") or "", "date": info.get("date") or "",
                     "place": info.get("place") or "",
                     "organizers": names(graph, (o for o, _, _ in edges(graph, e, "organized", incoming=True))),
                     "participants": names(graph, (p for p, _, _ in edges(graph, e, "participated_in",
                                                                          incoming=True))),
                     "articles": articles(graph, e), "id": e})
    return sort_records("events", ("date", "name", "kind", "place", "organizers", "participants", "articles", "id"),
                        rows, sort, descending)


def path(graph: nx.MultiDiGraph, start: str, end: str) -> Records:
    """The shortest chain of facts between two named entities, one row per hop."""
    index = name_index(graph)
    a, b = (find_entity(graph, n, types=ANY, index=index) for n in (start, end))
    rows = [{"step": i, "from": display(graph, h.source),
             "relation": h.relation if h.forward else f"{h.relation} (←)",
             "to": display(graph, h.target),
             "fact": h.text, "evidence": list(h.evidence)} for i, h in enumerate(connect(graph, a, b), 1)]
    return Records(f"{display(graph, a)} → {display(graph, b)}", ("step", "from", "relation", "to", "fact",
                                                                  "evidence"), tuple(rows))


def stats(graph: nx.MultiDiGraph, *, top: int = 10) -> tuple[Records, ...]:
    """Counts by type and relation, the most connected institutions and people, articles per month."""
    types = Counter(d.get("type") for _, d in graph.nodes(data=True))
    relations = Counter(d.get("relation") for _, _, d in graph.edges(data=True))
    degree = Counter({n: sum(1 for _ in fact_neighbours(graph, n)) for n, d in graph.nodes(data=True)
                      if d.get("type") in ("Organization", "Person")})

    def most(type_: str) -> tuple[dict[str, Any], ...]:
        ranked = sorted((n for n in degree if graph.nodes[n].get("type") == type_),
                        key=lambda n: (-degree[n], display(graph, n)))
        return tuple({"name": display(graph, n), "facts": degree[n], "id": n} for n in ranked[:top])

    months = Counter((str(d.get("date") or "")[:7] or "undated") for _, d in graph.nodes(data=True)
                     if d.get("type") == "Document")
    return (
        Records("nodes", ("type", "count"), tuple({"type": k, "count": v} for k, v in sorted(types.items()))),
        Records("relations", ("relation", "count"),
                tuple({"relation": k, "count": v} for k, v in sorted(relations.items()))),
        Records("most connected institutions", ("name", "facts", "id"), most("Organization")),
        Records("most connected people", ("name", "facts", "id"), most("Person")),
        Records("articles per month", ("month", "articles"),
                tuple({"month": k, "articles": v} for k, v in sorted(months.items()))),
    )
