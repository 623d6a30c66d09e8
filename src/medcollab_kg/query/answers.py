"""Answers: what the graph says for one kind of question (who signed with X, who works at X, …), each answer with
why and the sentences behind it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypedDict

import networkx as nx

from medcollab_kg.errors import QueryError
from medcollab_kg.names import lookup_key
from medcollab_kg.query.periods import Period
from medcollab_kg.query.reading import (
    agreement_line,
    agreements_involving,
    describe,
    display,
    edges,
    evidence_of,
    fact_neighbours,
    short,
    with_units,
)
from medcollab_kg.schema import NodeType, Relation


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


class SignedAgreement(TypedDict):
    """One agreement behind a signed_with answer, as its details list it."""
    id: str
    title: str | None
    date: str | None
    signatories: list[str]


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a path, in the order walked; the edge itself may point the other way."""
    source: str
    target: str
    relation: str
    forward: bool  # False when the edge points from target to source
    text: str  # the fact as a sentence, in the edge's own direction
    evidence: tuple[str, ...] = ()


def dated_in(graph: nx.MultiDiGraph[str], node: str, when: Period | None) -> bool:
    return when is None or when.holds(graph.nodes[node].get("date"))


def of_kind(graph: nx.MultiDiGraph[str], node: str, kind: str | None) -> bool:
    return kind is None or graph.nodes[node].get("kind") == kind


def signed_with(graph: nx.MultiDiGraph[str], org: str, *, when: Period | None = None, kind: str | None = None
                ) -> list[Answer]:
    """The other parties to the agreements `org` itself is party to (of one kind, within a period); those of its
    units only when it signed none itself ("who signed with NUS", whose medical school signed). An agreement a
    university's affiliated hospital signed is the hospital's, as the annotators of our gold sets read the question."""
    own = any(True for _ in edges(graph, org, Relation.PARTY_TO))
    units = [org] if own else with_units(graph, org)
    found: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for unit in units:
        for _, agreement, party_edge in edges(graph, unit, Relation.PARTY_TO):
            if not dated_in(graph, agreement, when):
                continue
            for other, _, _ in edges(graph, agreement, Relation.PARTY_TO, incoming=True):
                if other not in units and of_kind(graph, other, kind):
                    found.setdefault(other, []).append((unit, agreement, party_edge))
    answers = []
    for other, items in found.items():
        why = "; ".join(agreement_line(graph, a) + (f" (via {display(graph, u)})" if u != org else "")
                        for u, a, _ in items)
        agreements: list[SignedAgreement] = [
            {"id": a, "title": graph.nodes[a].get("title"), "date": graph.nodes[a].get("date"),
             "signatories": [display(graph, p) for p, _, _ in edges(graph, a, Relation.SIGNED, incoming=True)]}
            for _, a, _ in items]
        details = {"agreement": agreements[0]["id"], "date": agreements[0]["date"],
                   "signatories": list(dict.fromkeys(p for a in agreements for p in a["signatories"])),
                   "agreements": agreements}
        answers.append(Answer(other, display(graph, other), NodeType.ORGANIZATION, why,
                              tuple(e for _, _, d in items for e in evidence_of(d)), details))
    return answers


def signers(graph: nx.MultiDiGraph[str], *nodes: str, relation: Relation = Relation.SIGNED, when: Period | None = None
            ) -> list[Answer]:
    """Who signed (or witnessed) the agreements every node takes part in."""
    answers: dict[str, Answer] = {}
    for agreement in agreements_involving(graph, nodes):
        if not dated_in(graph, agreement, when):
            continue
        for person, _, data in edges(graph, agreement, relation, incoming=True):
            if person not in answers:
                answers[person] = Answer(person, display(graph, person), NodeType.PERSON,
                                         f"{relation} " + agreement_line(graph, agreement, data, signers=False),
                                         evidence_of(data), {"agreement": agreement,
                                                             "on_behalf_of": data.get("on_behalf_of")})
    return list(answers.values())


def signed_for(graph: nx.MultiDiGraph[str], org: str, *, when: Period | None = None) -> list[Answer]:
    """People who signed (never those who only witnessed) on behalf of `org` or one of its units."""
    units = set(with_units(graph, org))
    return [a for a in signers(graph, org, when=when) if a.details["on_behalf_of"] in units
            or (a.details["on_behalf_of"] is None
                and any(v in units for _, v, _ in edges(graph, a.id, Relation.HOLDS_ROLE)))]


def witnesses(graph: nx.MultiDiGraph[str], *nodes: str, when: Period | None = None) -> list[Answer]:
    return signers(graph, *nodes, relation=Relation.WITNESSED, when=when)


def signed_by(graph: nx.MultiDiGraph[str], person: str, relation: Relation = Relation.SIGNED, *, when: Period | None = None
              ) -> list[Answer]:
    """The agreements a person signed (or witnessed), with the parties."""
    answers = []
    for _, agreement, data in edges(graph, person, relation):
        if not dated_in(graph, agreement, when):
            continue
        parties = [short(graph, p) for p, _, _ in edges(graph, agreement, Relation.PARTY_TO, incoming=True)]
        why = f"{relation} {agreement_line(graph, agreement, data, signers=False)}; parties: {', '.join(parties)}"
        answers.append(Answer(agreement, display(graph, agreement), NodeType.AGREEMENT, why, evidence_of(data),
                              {"date": graph.nodes[agreement].get("date"), "parties": parties}))
    return answers


def agreement_answer(graph: nx.MultiDiGraph[str], agreement: str, why: str, evidence: tuple[str, ...]) -> Answer:
    info = graph.nodes[agreement]
    parties = [short(graph, p) for p, _, _ in edges(graph, agreement, Relation.PARTY_TO, incoming=True)]
    return Answer(agreement, display(graph, agreement), NodeType.AGREEMENT, why, evidence,
                  {"title": info.get("title"), "date": info.get("date"), "parties": parties,
                   "signatories": [display(graph, p)
                                   for p, _, _ in edges(graph, agreement, Relation.SIGNED, incoming=True)]})


def agreements_signed(graph: nx.MultiDiGraph[str], org: str, *, when: Period | None = None) -> list[Answer]:
    """The agreements `org` or one of its units is party to, with the other parties and signatories."""
    answers, seen = [], set()
    for unit in with_units(graph, org):
        for _, agreement, data in edges(graph, unit, Relation.PARTY_TO):
            if agreement in seen or not dated_in(graph, agreement, when):
                continue
            seen.add(agreement)
            others = [short(graph, p) for p, _, _ in edges(graph, agreement, Relation.PARTY_TO, incoming=True)
                      if p != unit]
            why = agreement_line(graph, agreement) + f"; with {', '.join(others)}" + (
                f" (via {display(graph, unit)})" if unit != org else "")
            answers.append(agreement_answer(graph, agreement, why, evidence_of(data)))
    return sorted(answers, key=lambda a: (a.details["date"] or "", a.name))


def agreements_of(graph: nx.MultiDiGraph[str], node: str, *, when: Period | None = None) -> list[Answer]:
    """'Which agreements did X sign': the agreements a person signed, or an organization is party to."""
    if graph.nodes[node].get("type") == NodeType.PERSON:
        return signed_by(graph, node, when=when)
    return agreements_signed(graph, node, when=when)


def works_at(graph: nx.MultiDiGraph[str], org: str) -> list[Answer]:
    """People holding a role at `org` or at any of its units, with their titles."""
    roles: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for unit in with_units(graph, org):
        for person, _, data in edges(graph, unit, Relation.HOLDS_ROLE, incoming=True):
            roles.setdefault(person, []).append((unit, data))
    return [Answer(person, display(graph, person), NodeType.PERSON,
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


def role_holders(graph: nx.MultiDiGraph[str], org: str, role: str) -> list[Answer]:
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


def works_where(graph: nx.MultiDiGraph[str], person: str) -> list[Answer]:
    """The organizations where a person holds a role, with the titles."""
    titles: dict[str, list[dict[str, Any]]] = {}
    for _, org, data in edges(graph, person, Relation.HOLDS_ROLE):
        titles.setdefault(org, []).append(data)
    return [Answer(org, display(graph, org), NodeType.ORGANIZATION, "; ".join(d.get("title") or "role" for d in items),
                   tuple(e for d in items for e in evidence_of(d)), {"title": items[0].get("title")})
            for org, items in titles.items()]


def partners(graph: nx.MultiDiGraph[str], org: str, *, kind: str | None = None) -> list[Answer]:
    """Collaborators of `org` and its units: `collaborates_with`, shared agreements, co-organized events."""
    units = with_units(graph, org)
    reasons: dict[str, dict[str, tuple[str, ...]]] = {}  # partner → reason → evidence

    def add(partner: str, reason: str, evidence: tuple[str, ...]) -> None:
        if partner not in units and of_kind(graph, partner, kind):
            reasons.setdefault(partner, {}).setdefault(reason, evidence)

    for unit in units:
        via = f" (via {display(graph, unit)})" if unit != org else ""
        both_ways = (edges(graph, unit, Relation.COLLABORATES_WITH)
                     + edges(graph, unit, Relation.COLLABORATES_WITH, incoming=True))
        for u, v, data in both_ways:  # stored once per pair, in name order
            add(v if u == unit else u, "collaborates" + via, evidence_of(data))
        for _, agreement, data in edges(graph, unit, Relation.PARTY_TO):
            for other, _, _ in edges(graph, agreement, Relation.PARTY_TO, incoming=True):
                add(other, agreement_line(graph, agreement, signers=False) + via, evidence_of(data))
        for _, event, data in edges(graph, unit, Relation.ORGANIZED):
            for other, _, _ in edges(graph, event, Relation.ORGANIZED, incoming=True):
                add(other, f"co-organized {display(graph, event)}" + via, evidence_of(data))
    return [Answer(p, display(graph, p), graph.nodes[p].get("type", ""), "; ".join(why),
                   tuple(dict.fromkeys(e for ev in why.values() for e in ev)), {"reasons": list(why)})
            for p, why in reasons.items()]


TIMELINE_KINDS: dict[str | None, str] = {NodeType.AGREEMENT: "agreements", NodeType.EVENT: "events"}  # by node type


def timeline(graph: nx.MultiDiGraph[str], node: str | None = None, *, when: Period | None = None,
             what: str | None = None) -> list[Answer]:
    """Dated agreements, events and visits, oldest first: all of them, or those `node` (and its units) took
    part in; `what` keeps one kind (agreements, events or visits)."""
    involved = None
    if node is not None:
        members = with_units(graph, node) if graph.nodes[node].get("type") == NodeType.ORGANIZATION else [node]
        involved = set(members)
    answers = []
    for item, data in graph.nodes(data=True):
        kind = TIMELINE_KINDS.get(data.get("type"))
        if kind is None or not data.get("date") or (what and what != kind) or not dated_in(graph, item, when):
            continue
        around = [(u, d) for u, _, d in graph.in_edges(item, data=True) if d.get("relation") != Relation.MENTIONED_IN]
        if involved is not None and not involved & {u for u, _ in around}:
            continue
        evidence = next((evidence_of(d) for _, d in around if d.get("evidence")), ())
        if kind == "agreements":
            answer = agreement_answer(graph, item, f"{data['date']}: " + agreement_line(graph, item), evidence)
        else:
            organizers = [short(graph, u) for u, d in around if d.get("relation") == Relation.ORGANIZED]
            why = f"{data['date']}: {data.get('kind') or 'event'}" + (
                f" organized by {', '.join(organizers)}" if organizers else "")
            answer = Answer(item, display(graph, item), NodeType.EVENT, why, evidence, {"date": data["date"]})
        answers.append(answer)
    if what in (None, "visits"):
        for u, v, d in graph.edges(data=True):
            if d.get("relation") != Relation.VISITED or not d.get("date") or (when and not when.holds(d["date"])):
                continue
            if involved is not None and not involved & {u, v}:
                continue
            answers.append(Answer(v, display(graph, v), graph.nodes[v].get("type", ""),
                                  f"{d['date']}: visit: " + describe(graph, u, v, d), evidence_of(d),
                                  {"date": d["date"], "visitor": display(graph, u)}))
    return sorted(answers, key=lambda a: (a.details.get("date") or "", a.name))


def connect(graph: nx.MultiDiGraph[str], start: str, end: str) -> list[Hop]:
    """The shortest chain of facts from `start` to `end` (breadth-first, edges walked either way)."""
    if start == end:
        raise QueryError(f"'{display(graph, start)}' is the same entity twice. Fix: name two different entities.")
    parents: dict[str, tuple[str, str, str, dict[str, Any]] | None] = {start: None}
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
    while (step := parents[node]) is not None:
        previous, u, v, data = step
        hops.append(Hop(previous, node, data["relation"], u == previous, describe(graph, u, v, data),
                        evidence_of(data)))
        node = previous
    return hops[::-1]


def path_answers(graph: nx.MultiDiGraph[str], start: str, end: str) -> list[Answer]:
    """One answer per hop: the entity reached and the fact that reaches it."""
    hops = connect(graph, start, end)
    return [Answer(h.target, display(graph, h.target), graph.nodes[h.target].get("type", ""), h.text, h.evidence,
                   {"step": i, "from": h.source, "relation": h.relation}) for i, h in enumerate(hops, 1)]
