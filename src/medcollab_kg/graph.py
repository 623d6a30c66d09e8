"""The graph file: schema (v1), node ids, and save_graph / load_graph (node-link JSON, written atomically,
checked on load). Building a graph from facts is assemble.py's job."""
from __future__ import annotations

import math
import mmap
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import orjson

from medcollab_kg.atomic import write_atomic
from medcollab_kg.errors import GraphFileError
from medcollab_kg.memory import gc_paused

# the vocabulary lives in schema.py; importable from here as before
from medcollab_kg.schema import FORMAT_NAME, NODE_TYPES, RELATIONS, SCHEMA_VERSION  # noqa: F401

DEFAULT_GRAPH = Path("data/graphs/graph.json")


def slug(text: str) -> str:
    """The readable part of a node id: "Peking Union Medical College" → "peking-union-medical-college"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "x"


def graph_to_data(graph: nx.MultiDiGraph[str]) -> dict[str, Any]:
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


def graph_json(graph: nx.MultiDiGraph[str]) -> Iterator[bytes]:
    """The graph as node-link JSON (what nx.node_link_data gives), in UTF-8 pieces, one node or edge per line:
    diffable, and written by orjson, four times faster than the standard library. Keys are sorted, so equal
    graphs give equal bytes. Pieces, not one string: the file of a large graph is written without a second copy
    of the graph in memory, nor of the file."""
    nodes = ({**data, "id": node} for node, data in graph.nodes(data=True))
    edges = ({**data, "source": u, "target": v, "key": k} for u, v, k, data in graph.edges(keys=True, data=True))
    fields: dict[str, Any] = {"directed": True, "edges": edges, "graph": graph.graph, "multigraph": True, "nodes": nodes}
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


def save_graph(graph: nx.MultiDiGraph[str], path: str | Path) -> Path:
    """Write node-link JSON atomically: a temporary file in the same folder, then rename."""
    try:
        return write_atomic(Path(path), graph_json(graph))
    except OSError as exc:  # a folder in the way, a full disk, no permission: the old graph is untouched
        raise GraphFileError(f"Cannot write '{path}': {exc.strerror or exc}. "
                             "Fix: pass --graph a file path in a folder you can write to.") from None


def load_graph(path: str | Path) -> nx.MultiDiGraph[str]:
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
                    ) -> nx.MultiDiGraph[str]:
    """The graph node_link_graph would give, every node and edge checked against the schema on the way. Raises
    KeyError or TypeError for a node without a unique text id, an edge to an unknown node or a repeated edge,
    and Invalid for attributes of the wrong type."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.graph.update(attrs)
    add_new(graph, checked_nodes(graph, nodes), checked_edges(edges))
    return graph


def checked_nodes(graph: nx.MultiDiGraph[str], nodes: Iterable[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    for data in nodes:
        name = data.pop("id")
        if not isinstance(name, str) or name in graph:  # the nodes before it are in the graph already
            raise TypeError(f"node id {name!r} is not a unique text")
        check_node(name, data)
        yield name, data


def checked_edges(edges: Iterable[dict[str, Any]]) -> Iterator[tuple[Any, Any, Any, dict[str, Any]]]:
    for data in edges:
        source, target, key = data.pop("source"), data.pop("target"), data.pop("key")
        check_edge(source, target, key, data)
        yield source, target, key, data


def add_new(graph: nx.MultiDiGraph[str], nodes: Iterable[tuple[str, dict[str, Any]]],
            edges: Iterable[tuple[Any, Any, Any, dict[str, Any]]]) -> None:
    """add_nodes_from and add_edges_from for a graph being read, where every node and edge is new and each
    attribute dict (fresh from the parser) can become the graph's own instead of being copied.

    The one place that writes NetworkX's private state (MultiDiGraph's `_node`, `_succ` and `_pred`, in the
    dict-of-dicts layout its documentation describes): the public methods copy every dict and look every edge
    up again, which costs about 0.15 s more on the graph of 1,000 articles, half of `kg query`'s start.
    tests/test_robustness.py checks the result against what networkx reads from the same file.
    Raises KeyError for an edge to an unknown node, TypeError for an edge key that repeats."""
    node, succ, pred = graph._node, graph._succ, graph._pred  # type: ignore[attr-defined]  # not in the stubs
    for name, data in nodes:
        node[name], succ[name], pred[name] = data, {}, {}
    for source, target, key, data in edges:
        keys = succ[source].get(target)
        if keys is None:
            keys = succ[source][target] = pred[target][source] = {}
        if key in keys:
            raise TypeError(f"edge key {key!r} repeats between {source!r} and {target!r}")
        keys[key] = data
