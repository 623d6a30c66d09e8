"""Gold files → precision, recall and F1, matched as tests/gold/FORMAT.md says."""
from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import networkx as nx

from medcollab_kg.build import BuildOptions, build
from medcollab_kg.errors import InputError, KgError
from medcollab_kg.names import gold_org_key, gold_person_key, gold_title_key
from medcollab_kg.query import ask
from medcollab_kg.schema import NodeType, Relation

CATEGORIES = ("people", "organizations", "roles", "agreements", "signatories", "witnesses")
Key = TypeVar("Key", bound=Hashable)  # what a name matches by: a set of name tokens (people), a text (organizations)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self, verbose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                               "recall": round(self.recall, 4), "f1": round(self.f1, 4)}
        if verbose:
            out.update(misses=self.misses, extras=self.extras)
        return out


@dataclass
class Report:
    scores: dict[str, Score]
    questions: list[dict[str, Any]]

    @property
    def questions_right(self) -> int:
        return sum(q["correct"] for q in self.questions)

    def to_dict(self, verbose: bool = False) -> dict[str, Any]:
        return {"scores": {k: s.to_dict(verbose) for k, s in self.scores.items()},
                "questions": {"right": self.questions_right, "total": len(self.questions),
                              "items": self.questions}}


@dataclass
class Measured:
    """One pipeline's figures on a gold set: the model asked for (None: the default), the pipeline that ran."""

    model: str | None
    pipeline: str
    report: Report


@dataclass
class Evaluation:
    """What `kg eval` shows: the gold articles read, the pipeline measured, and the one compared with it, if any."""

    articles: list[dict[str, Any]]
    measured: Measured
    compared: Measured | None = None

    def to_dict(self, verbose: bool = False) -> dict[str, Any]:
        """The measured pipeline's report; the compared one's, with its model and pipeline, under "compare"."""
        data = self.measured.report.to_dict(verbose)
        if self.compared is not None:
            data["compare"] = {"model": self.compared.model, "pipeline": self.compared.pipeline,
                               **self.compared.report.to_dict(verbose)}
        return data


# ---------------------------------------------------------------- matching rules (the keys are names.py's gold_*)


def node_person_keys(data: dict[str, Any]) -> set[frozenset[str]]:
    """Its name (one word for someone known by one name), and its full-name aliases (two words or more)."""
    aliases = {gold_person_key(n) for n in data.get("aliases") or [] if len(gold_person_key(n)) >= 2}
    return aliases | ({gold_person_key(data["name"])} if data.get("name") else set())


def gold_person_keys(gold: dict[str, Any]) -> set[frozenset[str]]:
    mentions = {gold_person_key(n) for n in gold.get("mentions", []) if len(gold_person_key(n)) >= 2}
    return mentions | {gold_person_key(gold["name"])}


def node_org_keys(data: dict[str, Any]) -> set[str]:
    return {gold_org_key(n) for n in [data.get("name"), data.get("acronym"), *(data.get("aliases") or [])] if n}


def gold_org_keys(gold: dict[str, Any]) -> set[str]:
    return {gold_org_key(n) for n in [gold["name"], *gold.get("mentions", [])]}


def match_entities(predicted: list[str], golds: list[dict[str, Any]],
                   node_keys: Callable[[dict[str, Any]], set[Key]], gold_keys: Callable[[dict[str, Any]], set[Key]],
                   graph: nx.MultiDiGraph[str], score: Score) -> dict[str, str]:
    """Score predicted nodes against gold entities; returns node id → gold name."""
    matched: dict[str, str] = {}
    taken: set[str] = set()
    keys = [gold_keys(g) for g in golds]
    for node in predicted:
        nk = node_keys(graph.nodes[node])
        gold = next((g for g, k in zip(golds, keys, strict=True) if nk & k), None)
        if gold is None:
            score.fp += 1
            score.extras.append(graph.nodes[node]["name"])
            continue
        matched[node] = gold["name"]
        if gold.get("optional"):
            continue
        if gold["name"] in taken:
            score.fp += 1
            score.extras.append(f"{graph.nodes[node]['name']} (duplicate of {gold['name']})")
        else:
            score.tp += 1
            taken.add(gold["name"])
    for gold in golds:
        if not gold.get("optional") and gold["name"] not in taken:
            score.fn += 1
            score.misses.append(gold["name"])
    return matched


def score_sets(predicted: Iterable[str], gold: Iterable[str], score: Score, label: str = "") -> None:
    predicted, gold = set(predicted), set(gold)
    score.tp += len(predicted & gold)
    score.fp += len(predicted - gold)
    score.fn += len(gold - predicted)
    score.extras += [f"{label}{x}" for x in sorted(predicted - gold)]
    score.misses += [f"{label}{x}" for x in sorted(gold - predicted)]


# ---------------------------------------------------------------- evaluation


def read_gold(gold_dir: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    gold_dir = Path(gold_dir)
    files = sorted(p for p in gold_dir.glob("*.json") if p.name != "questions.json")
    if not gold_dir.is_dir() or not files:
        raise InputError(f"No gold files in '{gold_dir}': expected NNN_*.json files and questions.json.")
    try:
        articles = [json.loads(p.read_text(encoding="utf-8")) for p in files]
        qpath = gold_dir / "questions.json"
        questions = json.loads(qpath.read_text(encoding="utf-8"))["questions"] if qpath.exists() else []
    except (json.JSONDecodeError, KeyError) as exc:
        raise InputError(f"Unreadable gold file in '{gold_dir}': {exc}") from None
    return articles, questions


def evaluate(graph: nx.MultiDiGraph[str], articles: list[dict[str, Any]], questions: list[dict[str, Any]]) -> Report:
    scores = {c: Score() for c in CATEGORIES}
    for gold in articles:
        evaluate_article(graph, gold, scores)
    # FORMAT.md matches an answer as it matches an entity: by the gold name or any of its mentions
    mentions: dict[str, set[str]] = {}
    for gold in articles:
        for entity in [*gold.get("organizations", []), *gold.get("people", [])]:
            mentions.setdefault(entity["name"], set()).update(entity.get("mentions", []))
    return Report(scores, [evaluate_question(graph, q, mentions) for q in questions])


def evaluate_corpus(gold_dir: str | Path, corpus: str | Path, model: str | None = None,
                    compare: str | None = None, *, workers: int | None = None) -> Evaluation:
    """The gold files in `gold_dir` against the graph of the articles they name in `corpus`, built by `model`;
    with `compare`, built by that pipeline too and measured beside it ('blank': fast mode).

    Each graph is built in memory, with no graph file and no cache, so every article is extracted by the
    pipeline measured (by `workers` processes, as in BuildOptions). An article the gold names but `corpus` lacks
    is an InputError, raised before any build.
    """
    articles, questions = read_gold(gold_dir)
    paths = [Path(corpus) / a["document"] for a in articles]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InputError(f"Gold names articles not in '{corpus}': {', '.join(missing[:3])}. Fix: --corpus DIR.")
    built = [(m, build(BuildOptions(tuple(paths), graph_path=None, model=m, workers=workers)))
             for m in ([model, compare] if compare else [model])]
    measured = [Measured(m, result.pipeline, evaluate(result.graph, articles, questions)) for m, result in built]
    return Evaluation(articles, measured[0], measured[1] if compare else None)


def in_document(graph: nx.MultiDiGraph[str], document: str, type_: str) -> list[str]:
    doc_node = next((n for n, d in graph.nodes(data=True) if d.get("type") == NodeType.DOCUMENT
                     and Path(d.get("path", "")).name == document), None)
    if doc_node is None:
        return []
    return sorted(u for u, _, d in graph.in_edges(doc_node, data=True)
                  if d.get("relation") == Relation.MENTIONED_IN and graph.nodes[u].get("type") == type_)


def cites(data: dict[str, Any], document: str) -> bool:
    return any(e.get("document") == document for e in data.get("evidence", []))


def evaluate_article(graph: nx.MultiDiGraph[str], gold: dict[str, Any], scores: dict[str, Score]) -> None:
    document = gold["document"]
    people = match_entities(in_document(graph, document, NodeType.PERSON), gold.get("people", []), node_person_keys,
                            gold_person_keys, graph, scores["people"])
    orgs = match_entities(in_document(graph, document, NodeType.ORGANIZATION), gold.get("organizations", []),
                          node_org_keys, gold_org_keys, graph, scores["organizations"])
    # roles: (person, title, organization), people and organizations matched as above
    optional_roles: set[tuple[str, str, str]] = set()
    gold_roles: set[tuple[str, str, str]] = set()
    for person in gold.get("people", []):
        for role in person.get("roles", []):
            key = (person["name"], gold_title_key(role["title"]), role["org"])
            (optional_roles if role.get("optional") else gold_roles).add(key)
    predicted_roles = set()
    for u, v, data in graph.edges(data=True):
        if data.get("relation") == Relation.HOLDS_ROLE and cites(data, document):
            key = (people.get(u, graph.nodes[u]["name"]), gold_title_key(data.get("title", "")),
                   orgs.get(v, graph.nodes[v]["name"]))
            if key not in optional_roles:
                predicted_roles.add(key)
    score_sets({f"{p} | {t} | {o}" for p, t, o in predicted_roles},
               {f"{p} | {t} | {o}" for p, t, o in gold_roles}, scores["roles"], f"{document}: ")
    # agreements: matched by their set of parties; then signatories and witnesses as sets of people
    # a renewal and the original, or one deal told twice, share their parties: one agreement whose signers and
    # witnesses are those of all of them (on both sides)
    predicted: dict[frozenset[str], list[str]] = {}
    for node in in_document(graph, document, NodeType.AGREEMENT):
        parties = frozenset(orgs.get(u, graph.nodes[u]["name"]) for u, _, d in graph.in_edges(node, data=True)
                            if d.get("relation") == Relation.PARTY_TO)
        predicted.setdefault(parties, []).append(node)
    golds: dict[frozenset[str], dict[str, Any]] = {}
    for a in gold.get("agreements", []):
        same = golds.setdefault(frozenset(a["parties"]), {"signatories": [], "witnesses": []})
        same["signatories"] += a.get("signatories", [])
        same["witnesses"] += a.get("witnesses", [])
    score_sets({" + ".join(sorted(p)) for p in predicted}, {" + ".join(sorted(p)) for p in golds},
               scores["agreements"], f"{document}: ")
    for parties, agreement in golds.items():
        signers: set[str] = set()
        witnesses: set[str] = set()
        for found in predicted.get(parties, []):
            for u, _, d in graph.in_edges(found, data=True):
                if d.get("relation") == Relation.SIGNED and cites(d, document):
                    signers.add(people.get(u, graph.nodes[u]["name"]))
                if d.get("relation") == Relation.WITNESSED and cites(d, document):
                    witnesses.add(people.get(u, graph.nodes[u]["name"]))
        score_sets(signers, {s["person"] for s in agreement.get("signatories", [])}, scores["signatories"],
                   f"{document}: ")
        score_sets(witnesses, set(agreement.get("witnesses", [])), scores["witnesses"], f"{document}: ")


def answer_matches(data: dict[str, Any], gold_name: str, mentions: Iterable[str] = ()) -> bool:
    if data.get("type") == NodeType.PERSON:
        full = [m for m in mentions if len(gold_person_key(m)) >= 2]  # a lone surname matches nobody
        return bool(node_person_keys(data) & {gold_person_key(n) for n in [gold_name, *full]})
    return bool(node_org_keys(data) & {gold_org_key(n) for n in [gold_name, *mentions]})


def evaluate_question(graph: nx.MultiDiGraph[str], question: dict[str, Any],
                      mentions: dict[str, set[str]] | None = None) -> dict[str, Any]:
    mentions = mentions or {}
    try:
        result = ask(graph, question["ask"])
        answers = [(a.id, a.name) for a in result.answers]
        error = None
    except KgError as exc:
        answers, error = [], str(exc)
    gold = list(question["answer"])
    matched = {g for g in gold for node, _ in answers if answer_matches(graph.nodes[node], g, mentions.get(g, ()))}
    unmatched = [name for node, name in answers
                 if not any(answer_matches(graph.nodes[node], g, mentions.get(g, ())) for g in gold)]
    correct = matched == set(gold) and not unmatched and len(answers) == len(gold)
    return {"ask": question["ask"], "correct": correct, "answers": [n for _, n in answers], "expected": gold,
            "missing": [g for g in gold if g not in matched], "extra": unmatched, "error": error}
