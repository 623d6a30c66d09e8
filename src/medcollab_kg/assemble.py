"""Entities and facts → the graph: one node per entity, agreement, event, place and article, one edge per fact
with every sentence that states it."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import networkx as nx

from medcollab_kg.graph import FORMAT_NAME, SCHEMA_VERSION, slug
from medcollab_kg.models import Agreement, ArticleFacts
from medcollab_kg.nlp.lexicon import is_headline
from medcollab_kg.resolution import Resolution


def assemble_graph(facts: Iterable[ArticleFacts], resolution: Resolution, *, meta: dict[str, Any] | None = None,
                   urls: dict[str, str] | None = None) -> nx.MultiDiGraph[str]:
    """Entities and facts → a MultiDiGraph following the schema in docs/architecture.md.

    `urls` maps a document name to the link its source gave (a dump's `url`, a page's canonical link); facts
    do not carry it, since the same text found at two links is one article to extract.
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(format=FORMAT_NAME, schema_version=SCHEMA_VERSION, **(meta or {}))
    for entity in resolution.entities.values():
        attrs: dict[str, Any] = {"type": entity.type, "name": entity.name, "aliases": entity.aliases}
        if entity.type == "Organization":
            attrs.update(acronym=entity.acronym, kind=entity.kind)
        graph.add_node(entity.id, **attrs)
    for article in facts:
        GraphWriter(graph, resolution, article, (urls or {}).get(article.document)).write()
    for _, _, data in graph.edges(data=True):
        if "evidence" in data:
            data["support"] = len({e["document"] for e in data["evidence"]})
    return graph


class GraphWriter:
    """Adds one article's facts to the graph, merging repeated facts into one edge with more evidence."""

    def __init__(self, graph: nx.MultiDiGraph[str], resolution: Resolution, article: ArticleFacts,
                 url: str | None = None):
        self.graph, self.resolution, self.article, self.url = graph, resolution, article, url
        self.doc_id = f"doc:{slug(article.document)}"

    def person(self, name: str | None) -> str | None:
        return self.resolution.lookup(self.article.document, "person", name)

    def org(self, name: str | None) -> str | None:
        return self.resolution.lookup(self.article.document, "org", name)

    def evidence(self, sentence: int) -> dict[str, str]:
        return {"document": self.article.document, "sentence": self.article.sentences[sentence]}

    def fact(self, u: str | None, v: str | None, relation: str, sentence: int, confidence: float = 0.8,
             **attrs: Any) -> None:
        if not u or not v or u == v:
            return
        key = relation + "".join(f":{attrs[k]}" for k in sorted(attrs) if k in ("title",))
        evidence = self.evidence(sentence)
        data = self.graph.get_edge_data(u, v, key)  # one lookup; graph.edges[…] builds a view per call
        if data is not None:
            if evidence not in data["evidence"]:
                data["evidence"].append(evidence)
            data["confidence"] = max(data["confidence"], confidence)
            for k, value in attrs.items():
                data.setdefault(k, value) if value is not None else None
            return
        clean = {k: value for k, value in attrs.items() if value is not None}
        self.graph.add_edge(u, v, key, relation=relation, evidence=[evidence], confidence=confidence, **clean)

    def naming(self, sentences: tuple[int, ...], name: str, default: int) -> int:
        words = name.lower().split()
        return next((i for i in sentences if all(w in self.article.sentences[i].lower() for w in words)), default)

    def place(self, name: str | None) -> str | None:
        if not name:
            return None
        node = f"place:{slug(name)}"
        if node not in self.graph:
            self.graph.add_node(node, type="Place", name=name, aliases=[])
        return node

    def folded(self, agreements: tuple[Agreement, ...]) -> list[Agreement]:
        """Each agreement, or the one agreement of the article it is a part of once names are resolved: "the Health
        ministry and the university" in a headline, "the Ministry of Health, the university and the hospital" signing
        below; a headline's unit for its university. Only a part nobody signed for, or whose signers stand for the
        larger one's parties."""
        sets = [frozenset(filter(None, (self.org(p) for p in x.parties))) for x in agreements]
        article_date = self.article.date
        parents = {self.org(p.child): self.org(p.parent) for p in self.article.part_of}
        found = []
        for x, parties in zip(agreements, sets):
            larger = {s for s in sets if s > parties}
            whole = next(iter(larger)) if len(larger) == 1 else None
            lifted = frozenset(parents.get(p) or p for p in parties)
            if whole is None and not x.signatories and set(x.sentences) <= {0} and lifted != parties and lifted in sets:
                whole = lifted  # "X and the Y School of Dentistry sign …" heads the article on X and Y's agreement
            signers = {self.org(s.org) for s in x.signatories if s.org}
            # (not an agreement of an earlier year, whose date the article does not know; nor one dated in another
            # month: "… with which it signed a bilateral memorandum in October 2024")
            whole_date = agreements[sets.index(whole)].date if whole is not None else None
            earlier = whole is not None and ((x.date is None and whole_date is not None) or (
                x.date is not None and x.date[:7] != (whole_date or article_date or x.date)[:7]))
            if whole is not None and not earlier and (not x.signatories or (signers <= whole and not signers <= parties)):
                x = agreements[sets.index(whole)]
            found.append(x)
        return found

    def write(self) -> None:
        a = self.article
        self.graph.add_node(self.doc_id, type="Document", name=a.title or a.document, aliases=[], path=a.path,
                            title=a.title, date=a.date, sha256=a.sha256, url=self.url)
        mentioned: set[str] = set()
        for m in a.mentions:
            node = self.person(m.text) if m.kind == "person" else self.org(m.text) if m.kind == "org" else None
            if node:
                mentioned.add(node)
        for role in a.roles:
            self.fact(self.person(role.person), self.org(role.org), "holds_role", role.sentence, role.confidence,
                      title=role.title)
        for part in a.part_of:
            self.fact(self.org(part.child), self.org(part.parent), "part_of", part.sentence, 0.9)
        for agreement, into in zip(a.agreements, self.folded(a.agreements)):
            parties = [p for p in dict.fromkeys(self.org(p) for p in into.parties) if p]
            if len(parties) < 2:
                continue
            agreement = replace(agreement, kind=into.kind, title=into.title)
            names = sorted(self.graph.nodes[p]["name"] for p in parties)
            node = f"agreement:{slug(agreement.kind)}-{slug('-'.join(p.split(':')[1][:24] for p in sorted(parties)))}"
            if node not in self.graph:
                self.graph.add_node(node, type="Agreement", name=f"{agreement.title} ({' – '.join(names)})",
                                    aliases=[], title=agreement.title, kind=agreement.kind, date=agreement.date,
                                    place=agreement.place, duration=agreement.duration)
            else:
                data = self.graph.nodes[node]
                for k in ("date", "place", "duration"):
                    if data.get(k) is None and getattr(agreement, k):
                        data[k] = getattr(agreement, k)
            mentioned.add(node)
            # a full sentence rather than a headline, and for each person the sentence that names them
            first = min(agreement.sentences, key=lambda i: (is_headline(a.sentences[i]), i))
            for party in parties:
                self.fact(party, node, "party_to", first, agreement.confidence)
            for s in agreement.signatories:
                self.fact(self.person(s.person), node, "signed", self.naming(agreement.sentences, s.person, first),
                          agreement.confidence, on_behalf_of=self.org(s.org))
            for w in agreement.witnesses:
                self.fact(self.person(w), node, "witnessed", self.naming(agreement.sentences, w, first),
                          agreement.confidence)
            self.fact(node, self.place(agreement.place), "located_in", first, 0.7)
        for event in a.events:
            node = f"event:{slug(event.name)}-{slug(event.date or a.document)}"
            if node not in self.graph:
                self.graph.add_node(node, type="Event", name=event.name, aliases=[], title=event.name,
                                    kind=event.kind, date=event.date, place=event.place)
            mentioned.add(node)
            for org in event.organizers:
                self.fact(self.org(org), node, "organized", event.sentence, 0.7)
            for participant in event.participants:
                self.fact(self.person(participant) or self.org(participant), node, "participated_in",
                          event.sentence, 0.6)
            self.fact(node, self.place(event.place), "located_in", event.sentence, 0.6)
        for visit in a.visits:
            visitor = self.person(visit.visitor) if visit.visitor_kind == "person" else self.org(visit.visitor)
            self.fact(visitor, self.org(visit.host), "visited", visit.sentence, 0.7, date=visit.date)
        for c in a.collaborations:
            ends = sorted(filter(None, {self.org(c.a), self.org(c.b)}))
            if len(ends) == 2:  # one direction, so a pair is one edge whatever the order in the text
                self.fact(ends[0], ends[1], "collaborates_with", c.sentence, 0.7)
        for node in sorted(mentioned):
            if not self.graph.has_edge(node, self.doc_id, "mentioned_in"):
                self.graph.add_edge(node, self.doc_id, "mentioned_in", relation="mentioned_in")
