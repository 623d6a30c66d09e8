"""Read-only questions over the graph: name lookup, question parsing, answers as records."""
from __future__ import annotations

import re
from collections.abc import Callable
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

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "form": self.form, "subject": self.subject,
                "answers": [a.to_dict() for a in self.answers]}


# ---------------------------------------------------------------- names


def normalise(name: str) -> str:
    name = re.sub(r"^(the)\s+", "", name.strip(), flags=re.I)
    return re.sub(r"[^\w&]+", " ", name.lower()).strip()


def name_index(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Every normalised name, acronym and alias → node ids."""
    index: dict[str, set[str]] = {}
    for node, data in graph.nodes(data=True):
        if data.get("type") in ("Document",):
            continue
        names = [data.get("name"), data.get("acronym"), *(data.get("aliases") or [])]
        if data.get("type") == "Person":
            names += [" ".join(reversed(str(data.get("name", "")).split()))]
        for name in names:
            if name:
                index.setdefault(normalise(str(name)), set()).add(node)
    return index


def find_entity(graph: nx.MultiDiGraph, name: str, *, types: tuple[str, ...] | None = None) -> str:
    """The one node called `name` (any case, alias or acronym); suggestions when there is none or several."""
    key = normalise(name)
    if not key:
        raise QueryError("Empty name. Fix: give a person or organization, e.g. PUMCH.")
    index = name_index(graph)
    found = {n for n in index.get(key, set()) if types is None or graph.nodes[n].get("type") in types}
    if len(found) == 1:
        return found.pop()
    if len(found) > 1:
        shown = ", ".join(sorted(f"{graph.nodes[n]['name']} ({n})" for n in found))
        raise QueryError(f"'{name}' is ambiguous: {shown}. Fix: use the full name or the id.")
    if name in graph and (types is None or graph.nodes[name].get("type") in types):
        return name
    from rapidfuzz import process

    choices = {k: k for k, ids in index.items()
               if types is None or any(graph.nodes[n].get("type") in types for n in ids)}
    best = process.extract(key, choices, limit=3, score_cutoff=70)
    if best:
        hints = ", ".join(sorted({graph.nodes[n]["name"] for _, _, k in best for n in index[k]}))
        raise QueryError(f"No entity called '{name}'. Did you mean: {hints}?")
    raise QueryError(f"No entity called '{name}'. Fix: `kg orgs` or `kg people` lists the names.")


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


def signed_with(graph: nx.MultiDiGraph, org: str) -> list[Answer]:
    answers: dict[str, Answer] = {}
    for _, agreement, party_edge in edges(graph, org, "party_to"):
        info = graph.nodes[agreement]
        signers = [graph.nodes[p]["name"] for p, _, _ in edges(graph, agreement, "signed", incoming=True)]
        for other, _, _ in edges(graph, agreement, "party_to", incoming=True):
            if other == org or other in answers:
                continue
            why = f"{info.get('title') or 'agreement'}" + (f", {info['date']}" if info.get("date") else "")
            if signers:
                why += f"; signed by {', '.join(signers)}"
            answers[other] = Answer(other, graph.nodes[other]["name"], "Organization", why,
                                    evidence_of(party_edge), {"agreement": agreement, "date": info.get("date"),
                                                               "signatories": signers})
    return list(answers.values())


def works_at(graph: nx.MultiDiGraph, org: str) -> list[Answer]:
    answers: dict[str, Answer] = {}
    for unit in with_units(graph, org):
        for person, _, data in edges(graph, unit, "holds_role", incoming=True):
            title = data.get("title", "")
            where = graph.nodes[unit]["name"]
            if person in answers:
                continue
            answers[person] = Answer(person, graph.nodes[person]["name"], "Person", f"{title}, {where}",
                                     evidence_of(data), {"title": title, "org": unit})
    return list(answers.values())


def works_where(graph: nx.MultiDiGraph, person: str) -> list[Answer]:
    answers: dict[str, Answer] = {}
    for _, org, data in edges(graph, person, "holds_role"):
        if org not in answers:
            answers[org] = Answer(org, graph.nodes[org]["name"], "Organization", data.get("title", ""),
                                  evidence_of(data), {"title": data.get("title")})
    return list(answers.values())


# ---------------------------------------------------------------- questions

ORG = ("Organization",)
PERSON = ("Person",)
FORMS: list[tuple[str, re.Pattern, tuple[str, ...], Callable]] = [
    ("signed_with", re.compile(
        r"^(?:who|which (?:institutions?|organi[sz]ations?|universities|hospitals?))\s+"
        r"(?:has |have )?signed(?: (?:an|the|a) (?:agreement|mou|deal|contract))?\s+with\s+(?P<x>.+)$"),
     ORG, signed_with),
    ("signed_with", re.compile(r"^(?:what|which) agreements (?:has|did|have) (?P<x>.+?) signed$"), ORG, signed_with),
    ("signed_with", re.compile(r"^partners? of (?P<x>.+)$"), ORG, signed_with),
    ("works_at", re.compile(r"^(?:who (?:works|worked|is|are) (?:at|for|in)|people at|staff (?:at|of))\s+(?P<x>.+)$"),
     ORG, works_at),
    ("works_where", re.compile(r"^(?:where does (?P<x>.+?) work|what is (?P<y>.+?)'s role)$"), PERSON, works_where),
]
SUPPORTED = [
    "who signed with X", "which institutions signed with X", "what agreements has X signed",
    "who works at X", "where does P work", "what is P's role",
]


def ask(graph: nx.MultiDiGraph, question: str) -> Result:
    """Answer one question in a supported form; UsageError lists the forms otherwise."""
    text = re.sub(r"\s+", " ", question.strip().rstrip("?").strip()).lower()
    for form, pattern, types, answer in FORMS:
        match = pattern.match(text)
        if match:
            subject = (match.groupdict().get("x") or match.groupdict().get("y") or "").strip(" '\"")
            start = text.find(subject) if subject else -1
            original = question.strip()[start : start + len(subject)] if start >= 0 else subject
            node = find_entity(graph, original, types=types)
            return Result(question, form, node, tuple(answer(graph, node)))
    raise UsageError("Unsupported question. Try one of: " + "; ".join(SUPPORTED) + ".")
