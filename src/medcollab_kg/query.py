"""Read-only questions over the graph: name lookup, question parsing, answers, cards and listings as records."""
from __future__ import annotations

import datetime
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from medcollab_kg.errors import KgError, QueryError, UsageError
from medcollab_kg.names import lookup_key, without_honorifics


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
    looked_for: str = ""  # what the question was read as asking for, in words: "people who signed for PUMCH"
    hints: tuple[str, ...] = ()  # questions to try when there is no answer

    def to_dict(self) -> dict[str, Any]:
        data = {"question": self.question, "form": self.form, "subject": self.subject,
                "subjects": list(self.subjects), "looked_for": self.looked_for,
                "answers": [a.to_dict() for a in self.answers]}
        if not self.answers:
            data["try"] = list(self.hints)
        return data


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
TYPE_WORDS = {"Person": "person", "Organization": "organization", "Agreement": "agreement", "Event": "event",
              "Place": "place"}


def a_or_an(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def name_index(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Every name, acronym and alias, as lookup keys → node ids."""
    index: dict[str, set[str]] = {}
    for node, data in graph.nodes(data=True):
        if data.get("type") in ("Document",):
            continue
        names = [data.get("name"), data.get("acronym"), data.get("title"), *(data.get("aliases") or [])]
        if data.get("type") == "Person":
            names += [" ".join(reversed(str(data.get("name", "")).split()))]
        for name in names:
            if name:
                index.setdefault(lookup_key(str(name)), set()).add(node)
    return index


def wanted(graph: nx.MultiDiGraph, node: str, types: tuple[str, ...] | None) -> bool:
    return types is None or graph.nodes[node].get("type") in types


def find_entity(graph: nx.MultiDiGraph, name: str, *, types: tuple[str, ...] | None = None,
                index: dict[str, set[str]] | None = None) -> str:
    """The one node called `name` (any case, alias, acronym or id); suggestions when there is none or several."""
    key = lookup_key(name)
    if not key:
        raise QueryError(f"Empty name {name!r}. Fix: give a person or organization, e.g. PUMCH.")
    index = name_index(graph) if index is None else index
    if key not in index:  # "Prof. Nancy Ip" is Nancy Ip; names are stored without honorifics
        key = without_honorifics(key)
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
    # a partial name ("Peking Union") suggests the names it is part of, word for word
    part = re.compile(rf"(?:^|\s){re.escape(key)}(?:\s|$)")
    for k in sorted((k for k in choices if part.search(k)), key=len)[:5]:
        hints += sorted(graph.nodes[n]["name"] for n in index[k] if wanted(graph, n, types))
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


@dataclass(frozen=True, slots=True)
class Period:
    """A time filter read from a question ("in 2024", "since March 2023"); bounds are YYYY or YYYY-MM."""
    since: str | None
    until: str | None
    text: str  # as asked, for messages: "in 2024"

    def holds(self, date: str | None) -> bool:
        return in_period(date, self.since, self.until)


def dated_in(graph: nx.MultiDiGraph, node: str, when: Period | None) -> bool:
    return when is None or when.holds(graph.nodes[node].get("date"))


def of_kind(graph: nx.MultiDiGraph, node: str, kind: str | None) -> bool:
    return kind is None or graph.nodes[node].get("kind") == kind


def signed_with(graph: nx.MultiDiGraph, org: str, *, when: Period | None = None, kind: str | None = None
                ) -> list[Answer]:
    """The other parties to the agreements of `org` and its units (of one kind, within a period)."""
    units = with_units(graph, org)
    found: dict[str, list[tuple[str, str, dict]]] = {}
    for unit in units:
        for _, agreement, party_edge in edges(graph, unit, "party_to"):
            if not dated_in(graph, agreement, when):
                continue
            for other, _, _ in edges(graph, agreement, "party_to", incoming=True):
                if other not in units and of_kind(graph, other, kind):
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


def signers(graph: nx.MultiDiGraph, *nodes: str, relation: str = "signed", when: Period | None = None
            ) -> list[Answer]:
    """Who signed (or witnessed) the agreements every node takes part in."""
    answers: dict[str, Answer] = {}
    for agreement in agreements_involving(graph, nodes):
        if not dated_in(graph, agreement, when):
            continue
        for person, _, data in edges(graph, agreement, relation, incoming=True):
            if person not in answers:
                answers[person] = Answer(person, display(graph, person), "Person",
                                         f"{relation} " + agreement_line(graph, agreement, data, signers=False),
                                         evidence_of(data), {"agreement": agreement,
                                                             "on_behalf_of": data.get("on_behalf_of")})
    return list(answers.values())


def signed_for(graph: nx.MultiDiGraph, org: str, *, when: Period | None = None) -> list[Answer]:
    """People who signed (never those who only witnessed) on behalf of `org` or one of its units."""
    units = set(with_units(graph, org))
    return [a for a in signers(graph, org, when=when) if a.details["on_behalf_of"] in units
            or (a.details["on_behalf_of"] is None and any(v in units for _, v, _ in edges(graph, a.id, "holds_role")))]


def witnesses(graph: nx.MultiDiGraph, *nodes: str, when: Period | None = None) -> list[Answer]:
    return signers(graph, *nodes, relation="witnessed", when=when)


def signed_by(graph: nx.MultiDiGraph, person: str, relation: str = "signed", *, when: Period | None = None
              ) -> list[Answer]:
    """The agreements a person signed (or witnessed), with the parties."""
    answers = []
    for _, agreement, data in edges(graph, person, relation):
        if not dated_in(graph, agreement, when):
            continue
        parties = [short(graph, p) for p, _, _ in edges(graph, agreement, "party_to", incoming=True)]
        why = f"{relation} {agreement_line(graph, agreement, data, signers=False)}; parties: {', '.join(parties)}"
        answers.append(Answer(agreement, display(graph, agreement), "Agreement", why, evidence_of(data),
                              {"date": graph.nodes[agreement].get("date"), "parties": parties}))
    return answers


def agreement_answer(graph: nx.MultiDiGraph, agreement: str, why: str, evidence: tuple[str, ...]) -> Answer:
    info = graph.nodes[agreement]
    parties = [short(graph, p) for p, _, _ in edges(graph, agreement, "party_to", incoming=True)]
    return Answer(agreement, display(graph, agreement), "Agreement", why, evidence,
                  {"title": info.get("title"), "date": info.get("date"), "parties": parties,
                   "signatories": [display(graph, p) for p, _, _ in edges(graph, agreement, "signed", incoming=True)]})


def agreements_signed(graph: nx.MultiDiGraph, org: str, *, when: Period | None = None) -> list[Answer]:
    """The agreements `org` or one of its units is party to, with the other parties and signatories."""
    answers, seen = [], set()
    for unit in with_units(graph, org):
        for _, agreement, data in edges(graph, unit, "party_to"):
            if agreement in seen or not dated_in(graph, agreement, when):
                continue
            seen.add(agreement)
            others = [short(graph, p) for p, _, _ in edges(graph, agreement, "party_to", incoming=True) if p != unit]
            why = agreement_line(graph, agreement) + f"; with {', '.join(others)}" + (
                f" (via {display(graph, unit)})" if unit != org else "")
            answers.append(agreement_answer(graph, agreement, why, evidence_of(data)))
    return sorted(answers, key=lambda a: (a.details["date"] or "", a.name))


def agreements_of(graph: nx.MultiDiGraph, node: str, *, when: Period | None = None) -> list[Answer]:
    """'Which agreements did X sign': the agreements a person signed, or an organization is party to."""
    if graph.nodes[node].get("type") == "Person":
        return signed_by(graph, node, when=when)
    return agreements_signed(graph, node, when=when)


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


# The titles of whoever heads an institution, for "who heads X" and "who is the head of X".
HEAD_TITLES = ("president", "director", "director general", "dean", "chair", "chairman", "chairwoman",
               "chairperson", "head", "chief executive", "chief executive officer", "ceo", "rector",
               "vice chancellor", "principal", "superintendent", "provost", "commissioner", "minister")
# Words that make a title someone else's: the vice president is not the president.
NOT_THE_ROLE = ("vice", "deputy", "associate", "assistant", "honorary", "former", "emeritus", "executive vice")


def title_fits(title: str | None, role: str) -> bool:
    """Does a held title answer "who is the <role>": the role's words in it, not after vice, deputy, …;
    "head" (or leader, chief) is any of HEAD_TITLES."""
    text, role = lookup_key(title or "").replace("-", " "), lookup_key(role).replace("-", " ")
    roles = HEAD_TITLES if role in ("head", "leader", "chief") else (role,)
    return any(names_role(text, r) for r in roles)


def names_role(text: str, role: str) -> bool:
    if not re.search(rf"(?:^|\s){re.escape(role)}(?:\s|$)", text):
        return False
    if any(role.startswith(word) for word in NOT_THE_ROLE):  # "who is the vice president" asks for one
        return True
    return not re.search(rf"(?:^|\s)(?:{'|'.join(NOT_THE_ROLE)})\s+{re.escape(role)}(?:\s|$)", text)


def role_holders(graph: nx.MultiDiGraph, org: str, role: str) -> list[Answer]:
    """People whose title at `org` is `role` (president, dean; head is any head title); those at its units
    only when `org` itself has none: the dean of a university's faculty answers "who is the dean of" it."""
    people = [(person, [r for r in person.details["roles"] if title_fits(r["title"], role)])
              for person in works_at(graph, org)]
    if any(r["org"] == org for _, fits in people for r in fits):
        people = [(person, [r for r in fits if r["org"] == org]) for person, fits in people]
    answers = []
    for person, fits in people:
        if fits:
            why = "; ".join(f"{r['title']}, {display(graph, r['org'])}" for r in fits)
            answers.append(Answer(person.id, person.name, person.type, why, person.evidence,
                                  {**person.details, "title": fits[0]["title"], "org": fits[0]["org"],
                                   "roles": fits}))
    return answers


def works_where(graph: nx.MultiDiGraph, person: str) -> list[Answer]:
    """The organizations where a person holds a role, with the titles."""
    titles: dict[str, list[dict]] = {}
    for _, org, data in edges(graph, person, "holds_role"):
        titles.setdefault(org, []).append(data)
    return [Answer(org, display(graph, org), "Organization", "; ".join(d.get("title") or "role" for d in items),
                   tuple(e for d in items for e in evidence_of(d)), {"title": items[0].get("title")})
            for org, items in titles.items()]


def partners(graph: nx.MultiDiGraph, org: str, *, kind: str | None = None) -> list[Answer]:
    """Collaborators of `org` and its units: `collaborates_with`, shared agreements, co-organized events."""
    units = with_units(graph, org)
    reasons: dict[str, dict[str, tuple[str, ...]]] = {}  # partner → reason → evidence

    def add(partner: str, reason: str, evidence: tuple[str, ...]) -> None:
        if partner not in units and of_kind(graph, partner, kind):
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


def timeline(graph: nx.MultiDiGraph, node: str | None = None, *, when: Period | None = None,
             what: str | None = None) -> list[Answer]:
    """Dated agreements, events and visits, oldest first: all of them, or those `node` (and its units) took
    part in; `what` keeps one kind (agreements, events or visits)."""
    involved = None
    if node is not None:
        members = with_units(graph, node) if graph.nodes[node].get("type") == "Organization" else [node]
        involved = set(members)
    answers = []
    for item, data in graph.nodes(data=True):
        kind = {"Agreement": "agreements", "Event": "events"}.get(data.get("type"))
        if kind is None or not data.get("date") or (what and what != kind) or not dated_in(graph, item, when):
            continue
        around = [(u, d) for u, _, d in graph.in_edges(item, data=True) if d.get("relation") != "mentioned_in"]
        if involved is not None and not involved & {u for u, _ in around}:
            continue
        evidence = next((evidence_of(d) for _, d in around if d.get("evidence")), ())
        if kind == "agreements":
            answer = agreement_answer(graph, item, f"{data['date']}: " + agreement_line(graph, item), evidence)
        else:
            organizers = [short(graph, u) for u, d in around if d.get("relation") == "organized"]
            why = f"{data['date']}: {data.get('kind') or 'event'}" + (
                f" organized by {', '.join(organizers)}" if organizers else "")
            answer = Answer(item, display(graph, item), "Event", why, evidence, {"date": data["date"]})
        answers.append(answer)
    if what in (None, "visits"):
        for u, v, d in graph.edges(data=True):
            if d.get("relation") != "visited" or not d.get("date") or (when and not when.holds(d["date"])):
                continue
            if involved is not None and not involved & {u, v}:
                continue
            answers.append(Answer(v, display(graph, v), graph.nodes[v].get("type", ""),
                                  f"{d['date']}: visit: " + describe(graph, u, v, d), evidence_of(d),
                                  {"date": d["date"], "visitor": display(graph, u)}))
    return sorted(answers, key=lambda a: (a.details.get("date") or "", a.name))


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
INSTITUTIONS = (r"(?:institutions?|organi[sz]ations?|universities|university|hospitals?|partners?|schools?|"
                r"institutes?|labs?|laboratories|cent(?:er|re)s?|companies|faculties)")
KIND = rf"(?P<kind>{INSTITUTIONS})"  # "which hospitals …" keeps the hospitals
KIND_WORDS = {"universit": "university", "hospital": "hospital", "school": "school", "institute": "institute",
              "lab": "laboratory", "cent": "center", "compan": "company", "facult": "faculty"}
ROLE = r"(?!(?:employed|working|based|at|in|for)\b)(?P<role>[a-z][\w .&-]*?)"  # "employed at X" is works_at


@dataclass(frozen=True, slots=True)
class Form:
    """A kind of question, one row of the grammar.

    `patterns` are regular expressions over the whole question: groups x, y (or a `pair` split at `separator`)
    name entities of `types`; `role`, `kind` and `what` are words passed on. `takes` lists what the answer
    function accepts besides entities: "when" for a time phrase ("in 2024", "since March 2023"), "kind" for
    "which hospitals". `looked_for` says in words what an empty answer did not find, and `hints` what to ask
    instead ({x}, {y}, {names}, {role}, {kind} and {when} are filled in).
    """
    name: str
    example: str
    patterns: tuple[str, ...]
    types: tuple[str, ...]
    answer: Callable[..., list[Answer]]
    looked_for: str
    hints: tuple[str, ...] = ()
    takes: tuple[str, ...] = ()
    separator: str = r"\s+and\s+"


# Order matters: the first form whose pattern matches answers ("who is the dean of X" before "who is P").
FORMS: tuple[Form, ...] = (
    Form("signatories", "who signed the agreement between X and Y", (
        (rf"who (?:signed|were the signatories (?:of|to)|are the signatories (?:of|to)) {AGREEMENT}\s+"
         r"between (?P<pair>.+)"),
        rf"(?:signatories|signers) (?:of|to) {AGREEMENT}\s+between (?P<pair>.+)",
        r"(?:who (?:were|are) the )?(?:signatories|signers) (?:of|to) (?P<x>.+)",
    ), ("Organization", "Agreement"), signers,
        "people who signed an agreement of {names}{when}",
        ("which agreements did {x} sign", "who witnessed the agreement between {names}"), ("when",)),
    Form("signed_for", "who signed for X", (
        rf"who (?:signed|has signed|signs)(?: {AGREEMENT})? (?:for|on behalf of) (?P<x>.+)",
    ), ORG, signed_for,
        "people who signed for {x} or one of its units (signatories, not witnesses){when}",
        ("who witnessed {x}'s agreements", "who works at {x}"), ("when",)),
    Form("witnessed", "who witnessed the agreement between X and Y", (
        rf"who witnessed (?:the (?:signing|signature) of )?{AGREEMENT}\s+between (?P<pair>.+)",
        r"who witnessed (?P<x>.+?)[’']s? (?:agreements?|mous?|deals?|contracts?|signing)",
        (rf"who witnessed (?:the (?:signing|signature) of )?(?:{AGREEMENT}\s+(?:with|of|for|by|signed by)\s+)?"
         r"(?P<x>.+)"),
        r"(?:witnesses) (?:of|to|for) (?:the )?(?P<x>.+)",
    ), ("Organization", "Agreement"), witnesses,
        "people who witnessed an agreement of {names}{when}",
        ("who signed for {x}", "which agreements did {x} sign"), ("when",)),
    Form("witnessed_by", "which agreements did P witness", (
        r"(?:what|which) (?:agreements?|mous?|deals?|contracts?) (?:has|have|did) (?P<x>.+?) witness(?:ed)?",
        r"what did (?P<x>.+?) witness",
    ), PERSON, lambda g, p, **o: signed_by(g, p, "witnessed", **o),
        "agreements {x} witnessed{when}", ("which agreements did {x} sign", "who is {x}"), ("when",)),
    Form("agreements_of", "which agreements did X sign / which agreements did X sign in 2024", (
        r"(?:what|which) (?:agreements?|mous?|deals?|contracts?) (?:has|have|did|had) (?P<x>.+?) (?:signed|sign)",
        r"(?:agreements?|mous?) (?:signed by|of) (?P<x>.+)",
        r"what did (?P<x>.+?) sign",
    ), ("Organization", "Person"), agreements_of,
        "agreements {x} signed{when}", ("partners of {x}", "what happened{when}"), ("when",)),
    Form("signed_with", "who signed with X / which hospitals did X sign with", (
        (rf"(?:who|(?:which|what) {KIND})\s+(?:has |have |had )?(?:signed|inked|concluded)"
         rf"(?: {AGREEMENT}| (?:a |an )?partnerships?)?\s+with\s+(?P<x>.+)"),
        rf"(?:who|which {KIND}) (?:has|have|did) (?P<x>.+?) (?:signed|sign)(?: {AGREEMENT})? with",
        rf"with (?:whom|which {KIND}) (?:has|have|did) (?P<x>.+?) (?:signed|sign)(?: {AGREEMENT})?",
    ), ORG, signed_with,
        "{kind} that signed an agreement with {x} or its units{when}",
        ("partners of {x}", "which agreements did {x} sign"), ("when", "kind")),
    Form("partners", "partners of X / which universities collaborate with X", (
        r"(?:who|what|which) (?:are|were) (?:the )?(?:partners?|collaborators?) (?:of|for) (?P<x>.+)",
        r"(?:partners?|collaborators?) (?:of|for) (?P<x>.+)",
        r"(?:who|what|which) (?:are|were) (?P<x>.+?)[’']s? (?:partners?|collaborators?)",
        r"(?P<x>.+?)[’']s? (?:partners?|collaborators?)",
        rf"(?:who|which {KIND}) (?:collaborates?|partners?|works?|cooperates?|partnered) with (?P<x>.+)",
        (rf"(?:who|which {KIND}) (?:does|do|did|has|have) (?P<x>.+?) "
         r"(?:work(?:ed)?|collaborated?|partnered|partner) with"),
    ), ORG, partners,
        "{kind} that collaborate with {x}, share an agreement or co-organized an event",
        ("who signed with {x}", "who works at {x}"), ("kind",)),
    Form("heads", "who heads X", (
        r"who (?:heads|leads|directs|runs|chairs|manages|is in charge of|is at the head of) (?P<x>.+)",
        r"who (?:is|was) (?:the )?(?:head|leader|chief) (?:of|at) (?P<x>.+)",
    ), ORG, lambda g, x: role_holders(g, x, "head"),
        "the head of {x} (a president, director, dean, chair, rector, … of it or its units)",
        ("who works at {x}", "kg show \"{x}\""), ()),
    Form("role", "who is the dean of X / who is the president of X", (
        rf"who (?:is|are|was|were) (?:the |a |an )?{ROLE} (?:of|at|for) (?P<x>.+)",
        rf"who (?:is|are|was|were) (?P<x>.+?)[’']s? {ROLE}",
    ), ORG, role_holders,
        "people with the title '{role}' at {x} or its units (not vice, deputy or honorary ones)",
        ("who works at {x}", "who heads {x}"), ()),
    Form("works_at", "who works at X / people at X", (
        r"who (?:works|worked|is|are|was|were) (?:at|for|in)\s+(?P<x>.+)",
        r"who (?:is|are|was|were) (?:employed|working) (?:at|by|for|in)\s+(?P<x>.+)",
        r"(?:people|staff|persons?|employees) (?:at|of|in|from)\s+(?P<x>.+)",
    ), ORG, works_at,
        "people with a role at {x} or its units", ("partners of {x}", "who signed for {x}")),
    Form("works_where", "where does P work / what is P's role / who is P", (
        r"where (?:does|did) (?P<x>.+?) work",
        r"where (?:is|was) (?P<x>.+?) (?:working|employed|based)",
        r"what (?:is|are|was|were) (?P<x>.+?)[’']s? (?:roles?|jobs?|titles?|positions?)",
        r"what (?:roles?|titles?|positions?) (?:does|did) (?P<x>.+?) (?:have|hold)",
        r"(?:roles?|titles?) of (?P<x>.+)",
        r"who (?:is|was) (?P<x>.+)",
    ), PERSON, works_where,
        "roles {x} holds", ("which agreements did {x} sign", "kg show \"{x}\"")),
    Form("path", "how is X connected to Y", (
        r"how (?:is|are|was|were) (?P<x>.+?) (?:connected|linked|related) (?:to|with) (?P<y>.+)",
        r"how (?:is|are|were) (?P<pair>.+) (?:connected|linked|related)(?: to each other)?",
        r"(?:what|which) (?:connects|links) (?P<pair>.+)",
        r"(?:path|connection|link) (?:from|between) (?P<pair>.+)",
    ), ANY, path_answers, "a chain of facts between {names}", (), (), r"\s+(?:and|to|with)\s+"),
    Form("timeline", "what happened in 2024 / what happened at X since March 2023", (
        r"what (?:happened|has happened|took place|is new|was new|'s new)",
        r"what (?:happened|has happened|took place) (?:at|to|with|for|involving) (?P<x>.+)",
        r"(?:what|which) (?P<what>agreements|events|visits) (?:were|was|have been) (?:signed|held|made|there)",
        r"(?:news|timeline)(?: (?:of|for|about) (?P<x>.+))?",
    ), ("Organization", "Person"), timeline,
        "dated agreements, events and visits{about}{when}",
        ("what happened", "kg agreements --since 2024"), ("when",)),
)
SUPPORTED = [form.example for form in FORMS]
TIME_PHRASES = "in 2024, in March 2024, since March 2023, after 2022, before 2025, between 2022 and 2024"

MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"), 1)}
DATE_WORDS = (r"(?:(?P<M>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?P<Y>(?:19|20)\d\d)"
              r"|(?P<I>\d{4}-\d{2}(?:-\d{2})?)")
WHEN = re.compile(rf"\s+(?P<op>in|during|since|from|after|before|until|till|between)\s+(?P<a>{DATE_WORDS})"
                  rf"(?:\s+(?:and|to|until)\s+(?P<b>{DATE_WORDS.replace('?P<', '?P<b')}))?$", re.IGNORECASE)


def month_of(match: re.Match, prefix: str = "") -> str:
    """'March 2023' → '2023-03', '2024' → '2024', '2024-03-05' → '2024-03-05'."""
    if match.group(prefix + "I"):
        return match.group(prefix + "I")
    year, month = match.group(prefix + "Y"), match.group(prefix + "M")
    if not month:
        return year
    number = next(i for name, i in MONTHS.items() if name.startswith(month.lower()[:3]))
    return f"{year}-{number:02d}"


def step(date: str, by: int) -> str:
    """The period just after (by=1) or before (by=-1) a year or month."""
    if len(date) == 4:
        return str(int(date) + by)
    year, month = int(date[:4]), int(date[5:7]) + by
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year}-{month:02d}"


def split_when(text: str) -> tuple[str, Period | None]:
    """A question without its closing time phrase, and the period that phrase names."""
    match = WHEN.search(text)
    if not match:
        return text, None
    op, first = match.group("op").lower(), month_of(match)
    second = month_of(match, "b") if match.group("bY") or match.group("bI") else None
    if op == "between" and second is None:
        return text, None
    since, until = {
        "in": (first, first), "during": (first, first), "since": (first, None), "from": (first, second),
        "after": (step(first[:7], 1), None), "before": (None, step(first[:7], -1)),
        "until": (None, first), "till": (None, first), "between": (first, second),
    }[op]
    if second and op != "between":
        until = second
    return text[:match.start()], Period(since, until, match.group(0).strip())


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


def kind_word(word: str | None) -> str | None:
    """'hospitals' → 'hospital'; words for any institution ('partners', 'institutions') filter nothing."""
    word = (word or "").lower()
    return next((kind for stem, kind in KIND_WORDS.items() if word.startswith(stem)), None)


def parse(graph: nx.MultiDiGraph, question: str) -> tuple[Form, tuple[str, ...], dict[str, Any]]:
    """The form a question takes, the entities it names and its options (when, kind, role); UsageError when it
    takes none."""
    if len(question) > MAX_QUESTION:
        raise UsageError(f"The question is {len(question)} characters long; kg reads questions of at most "
                         f"{MAX_QUESTION}. Fix: ask about one or two names.")
    text, when = split_when(clean_question(question))
    index: dict[str, set[str]] | None = None
    first_error: KgError | None = None
    for form in FORMS:
        for pattern in form.patterns:
            match = re.fullmatch(pattern, text, flags=re.IGNORECASE)
            if not match:
                continue
            groups = {k: v for k, v in match.groupdict().items() if v}
            if when and "when" not in form.takes:
                first_error = first_error or UsageError(
                    f"'{form.example.split(' / ')[0]}' questions take no date ('{when.text}'). Fix: ask without it, "
                    "or ask 'what happened " + when.text + "'.")
                continue
            options: dict[str, Any] = {}
            if when:
                options["when"] = when
            if "kind" in form.takes and kind_word(groups.get("kind")):
                options["kind"] = kind_word(groups["kind"])
            for word in ("role", "what"):
                if word in groups:
                    options[word] = groups[word].lower()
            index = index or name_index(graph)
            try:
                if "pair" in groups:
                    return form, resolve_pair(graph, groups["pair"], form.separator, form.types, index), options
                return form, tuple(find_entity(graph, groups[k].strip(" '\""), types=form.types, index=index)
                                   for k in ("x", "y") if k in groups), options
            except QueryError as exc:  # "who is in …" may be a person called "In …": let later forms try
                first_error = first_error or exc
    if first_error:
        raise first_error
    raise UsageError(f"Unsupported question '{text}'. Ask in one of these forms (X, Y: any name, alias or acronym; "
                     f"a date at the end such as {TIME_PHRASES}):\n" + "\n".join(f"  {form}" for form in SUPPORTED))


def ask(graph: nx.MultiDiGraph, question: str) -> Result:
    """Answer one question in a supported form; UsageError lists the forms otherwise."""
    form, nodes, options = parse(graph, question)
    answers = tuple(form.answer(graph, *nodes, **options))
    names = [display(graph, n) for n in nodes]
    when = options.get("when")
    kind = re.search(KIND, question, re.IGNORECASE) if options.get("kind") else None  # "hospitals", as asked
    fill = {"x": names[0] if names else "", "y": names[1] if len(names) > 1 else "",
            "names": " and ".join(names), "role": options.get("role", ""),
            "kind": kind.group(0).lower() if kind else "institutions",
            "when": f" {when.text}" if when else "", "about": f" involving {names[0]}" if names else ""}
    looked_for = form.looked_for.format(**fill)
    if options.get("what"):
        looked_for = looked_for.replace("agreements, events and visits", options["what"])
    hints = tuple(h.format(**fill) for h in form.hints if "{x}" not in h or names)
    return Result(question, form.name, nodes[0] if nodes else None, answers, nodes, looked_for, hints)


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
