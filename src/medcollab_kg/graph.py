"""The graph schema (v1), its assembly from facts, and save_graph / load_graph (node-link JSON, atomic)."""
from __future__ import annotations

import math
import mmap
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import orjson

from medcollab_kg.atomic import write_atomic
from medcollab_kg.errors import GraphFileError
from medcollab_kg.memory import gc_paused
from medcollab_kg.nlp.lexicon import is_headline

if TYPE_CHECKING:  # only assembly needs them, and loading a graph (every `kg query`) should not pay for them
    from medcollab_kg.models import ArticleFacts
    from medcollab_kg.resolution import Resolution

SCHEMA_VERSION = 1
DEFAULT_GRAPH = Path("data/graphs/graph.json")
FORMAT_NAME = "medcollab-kg"
NODE_TYPES = ("Person", "Organization", "Agreement", "Event", "Place", "Document")
RELATIONS = ("holds_role", "party_to", "signed", "witnessed", "part_of", "collaborates_with", "organized",
             "participated_in", "visited", "located_in", "mentioned_in")


def slug(text: str) -> str:
    """The readable part of a node id: "Peking Union Medical College" → "peking-union-medical-college"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "x"


def assemble_graph(facts: Iterable[ArticleFacts], resolution: Resolution, *, meta: dict[str, Any] | None = None,
                   urls: dict[str, str] | None = None) -> nx.MultiDiGraph:
    """Entities and facts → a MultiDiGraph following the schema in DESIGN.md.

    `urls` maps a document name to the link its source gave (a dump's `url`, a page's canonical link); facts
    do not carry it, since the same text found at two links is one article to extract.
    """
    graph = nx.MultiDiGraph(format=FORMAT_NAME, schema_version=SCHEMA_VERSION, **(meta or {}))
    for entity in resolution.entities.values():
        attrs = {"type": entity.type, "name": entity.name, "aliases": entity.aliases}
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

    def __init__(self, graph: nx.MultiDiGraph, resolution: Resolution, article: ArticleFacts,
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
        for agreement in a.agreements:
            parties = [p for p in dict.fromkeys(self.org(p) for p in agreement.parties) if p]
            if len(parties) < 2:
                continue
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


# ---------------------------------------------------------------- files


def graph_to_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    return nx.node_link_data(graph, edges="edges")


def check_writable(path: str | Path) -> None:
    """Fail before any work when the graph could not be written: a folder in its place, a file as its folder."""
    path = Path(path)
    problem = None
    if path.is_dir():
        problem = "Is a directory"
    elif any(parent.exists() and not parent.is_dir() for parent in path.parents):
        problem = "Not a directory"
    else:  # the folder the graph goes in, or the nearest one that exists: read-only (even for root) or not ours
        folder = next((p for p in path.absolute().parents if p.exists()), None)
        if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
            problem = f"the folder '{folder}' is read-only or not yours"
    if problem:
        raise GraphFileError(f"Cannot write '{path}': {problem}. Fix: pass --graph a file path in a folder you "
                             "can write to.")
    if path.exists() and not is_graph_file(path):
        raise GraphFileError(f"'{path}' is not a medcollab-kg graph, and kg build does not replace other files. "
                             "Fix: pass --graph a new file name (or the path of a graph), or move the file away.")


GRAPH_START = b'{\n "directed": true,\n "edges": ['  # how graph_json() begins every file


def is_graph_file(path: Path) -> bool:
    """Whether `path` may be replaced by a graph: empty, a JSON object naming our format, or the start of one
    save_graph wrote (a damaged graph, which a rebuild repairs). Quick on any size: the file is mapped, not read,
    and searched for the format's name."""
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                return True
            head = handle.read(64)
            if head.startswith(GRAPH_START):
                return True
            if not head.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"{"):
                return False
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return data.find(b'"' + FORMAT_NAME.encode() + b'"') != -1
    except (OSError, ValueError) as exc:
        raise GraphFileError(f"Cannot read '{path}': {getattr(exc, 'strerror', None) or exc}. Fix: pass --graph "
                             "a file you can read and write.") from None


def graph_json(graph: nx.MultiDiGraph) -> Iterator[bytes]:
    """The graph as node-link JSON (what nx.node_link_data gives), in UTF-8 pieces, one node or edge per line:
    diffable, and written by orjson, four times faster than the standard library. Keys are sorted, so equal
    graphs give equal bytes. Pieces, not one string: the file of a large graph is written without a second copy
    of the graph in memory, nor of the file."""
    nodes = ({**data, "id": node} for node, data in graph.nodes(data=True))
    edges = ({**data, "source": u, "target": v, "key": k} for u, v, k, data in graph.edges(keys=True, data=True))
    fields = {"directed": True, "edges": edges, "graph": graph.graph, "multigraph": True, "nodes": nodes}
    yield b"{\n "
    for n, (key, value) in enumerate(fields.items()):
        yield (b",\n " if n else b"") + dumps(key) + b": "
        if key in ("nodes", "edges"):
            first = next(value, None)
            if first is None:
                yield b"[]"
                continue
            yield b"[\n  " + dumps(first)
            for item in value:
                yield b",\n  " + dumps(item)
            yield b"\n ]"
        else:
            yield dumps(value)
    yield b"\n}\n"


def dumps(value: Any) -> bytes:
    """Compact JSON with sorted keys; like the standard library, dict keys that are not text are written as text."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def save_graph(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write node-link JSON atomically: a temporary file in the same folder, then rename."""
    try:
        return write_atomic(Path(path), graph_json(graph))
    except OSError as exc:  # a folder in the way, a full disk, no permission: the old graph is untouched
        raise GraphFileError(f"Cannot write '{path}': {exc.strerror or exc}. "
                             "Fix: pass --graph a file path in a folder you can write to.") from None


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by save_graph; a clear error for anything else."""
    path = Path(path)
    if not path.exists():
        raise GraphFileError(f"No graph at '{path}'. Build one first: kg build data/raw --graph {path}")
    with gc_paused():
        try:
            data = orjson.loads(path.read_bytes())  # invalid UTF-8 and deep nesting ("[[[[…") raise this too
        except orjson.JSONDecodeError as exc:
            raise GraphFileError(f"'{path}' is not valid graph JSON ({exc.__class__.__name__}). "
                                 f"Rebuild it: kg build data/raw --graph {path}") from None
        except OSError as exc:
            raise GraphFileError(f"Cannot read '{path}': {exc.strerror}.") from None
        attrs = data.get("graph") if isinstance(data, dict) else None
        if not isinstance(attrs, dict) or attrs.get("format") != FORMAT_NAME or "edges" not in data:
            raise GraphFileError(f"'{path}' is not a medcollab-kg graph. Build one: kg build data/raw --graph {path}")
        version = attrs.get("schema_version")
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise GraphFileError(f"'{path}' has schema version {version!r}; this kg reads up to {SCHEMA_VERSION}. "
                                 "Upgrade medcollab-kg or rebuild the graph.")
        try:
            return graph_from_data(attrs, data.get("nodes"), data["edges"])
        except (KeyError, TypeError, AttributeError) as exc:
            raise GraphFileError(f"'{path}' is corrupt (every node needs a text id, every edge a known source, "
                                 f"target and key; {exc.__class__.__name__}: {exc}). "
                                 f"Rebuild it: kg build data/raw --graph {path}") from None
        except Invalid as exc:
            raise GraphFileError(f"'{path}' is corrupt: {exc}. Rebuild it: kg build data/raw --graph {path}") from None


class Invalid(Exception):
    """Internal: a node or edge whose attributes do not follow the schema; the message names it."""


# What every reader of a graph relies on: these attributes, when present, hold these types (None is allowed
# where a value may be unknown). Checked on load, so a hand-edited file fails with the node named, not with a
# traceback in whichever command first reads the attribute.
TEXT_ATTRS = ("acronym", "kind", "title", "date", "place", "duration", "path", "sha256", "on_behalf_of")


def check_node(node: str, data: dict[str, Any]) -> None:
    kind, name = data.get("type"), data.get("name")
    if not isinstance(kind, str):
        raise Invalid(f"node '{node}' has type {kind!r}, not text")
    if not isinstance(name, str):
        raise Invalid(f"node '{node}' has name {name!r}, not text")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise Invalid(f"node '{node}' has aliases {short(aliases)}, not a list of text")
    check_text_attrs(f"node '{node}'", data)


def check_edge(source: str, target: str, key: Any, data: dict[str, Any]) -> None:
    where = f"edge {source!r} → {target!r} ({key!r})"
    if not isinstance(data.get("relation"), str):
        raise Invalid(f"{where} has relation {short(data.get('relation'))}, not text")
    evidence = data.get("evidence", [])
    if not isinstance(evidence, list) or not all(
            isinstance(e, dict) and isinstance(e.get("document"), str) and isinstance(e.get("sentence"), str)
            for e in evidence):
        raise Invalid(f"{where} has evidence {short(evidence)}, not a list of {{document, sentence}} objects")
    support = data.get("support", 0)
    if not isinstance(support, int) or isinstance(support, bool) or support < 0:
        raise Invalid(f"{where} has support {short(support)}, not a count")
    confidence = data.get("confidence", 0.0)
    if not isinstance(confidence, int | float) or isinstance(confidence, bool) or not math.isfinite(confidence):
        raise Invalid(f"{where} has confidence {short(confidence)}, not a number")
    check_text_attrs(where, data)


def check_text_attrs(where: str, data: dict[str, Any]) -> None:
    for attr in TEXT_ATTRS:
        value = data.get(attr)
        if value is not None and not isinstance(value, str):
            raise Invalid(f"{where} has {attr} {short(value)}, not text")


def short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def graph_from_data(attrs: dict[str, Any], nodes: list[dict[str, Any]], edges: list[dict[str, Any]]
                    ) -> nx.MultiDiGraph:
    """The graph node_link_graph would give, built straight into MultiDiGraph's adjacency dicts (its documented
    dict-of-dicts layout): three times faster, since every node and edge here is known to be new. Raises
    KeyError or TypeError for a node without a text id or an edge to an unknown node."""
    graph = nx.MultiDiGraph()
    graph.graph.update(attrs)
    node, succ, pred = graph._node, graph._succ, graph._pred
    for data in nodes:
        name = data.pop("id")
        if not isinstance(name, str) or name in node:
            raise TypeError(f"node id {name!r} is not a unique text")
        check_node(name, data)
        node[name], succ[name], pred[name] = data, {}, {}
    for data in edges:
        source, target, key = data.pop("source"), data.pop("target"), data.pop("key")
        check_edge(source, target, key, data)
        keys = succ[source].get(target)
        if keys is None:
            keys = succ[source][target] = pred[target][source] = {}
        if key in keys:
            raise TypeError(f"edge key {key!r} repeats between {source!r} and {target!r}")
        keys[key] = data
    return graph
