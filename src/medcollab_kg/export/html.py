"""A self-contained HTML page with an interactive view of the graph: no network needed to open it."""
from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from medcollab_kg.errors import KgError
from medcollab_kg.export.files import write_file_checked
from medcollab_kg.export.values import OTHER_COLOUR, TYPE_COLOURS, check_same_shape
from medcollab_kg.schema import Relation

DATA_MARK, SCRIPT_MARK, CSP_MARK = "__KG_DATA__", "__KG_SCRIPT__", "__KG_CSP__"
HIDDEN_RELATIONS = [Relation.MENTIONED_IN]  # one edge per entity and article: it hides the facts, so it starts off
# JSON in a <script> element ends at the first "</script>"; escaping these keeps any article text inert.
JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def page_data(graph: nx.MultiDiGraph[str]) -> dict[str, Any]:
    """The graph as the page reads it, compact: a big graph's page is mostly its evidence, so each sentence and
    each article is written once and edges point to them (and to nodes) by number."""
    focus = graph.graph.get("focus")
    title = "medcollab-kg graph"
    if focus:
        title += f": {graph.nodes[focus].get('name', focus)}, {graph.graph.get('depth')} hops"
    ids = {n: i for i, n in enumerate(graph)}
    nodes = [{"id": n, "name": str(d.get("name") or n), "type": d.get("type"),
              "attrs": {k: v for k, v in d.items() if k not in ("name", "type") and v is not None}}
             for n, d in graph.nodes(data=True)]
    sentences: dict[str, int] = {}
    sources: dict[str, int] = {}  # an article as evidence names it (document, and url, title, date when known)
    edges = []
    for u, v, k, d in graph.edges(keys=True, data=True):
        evidence = []
        for item in d.get("evidence", []):
            where = {key: value for key, value in item.items() if key != "sentence"}
            evidence.append([sentences.setdefault(str(item.get("sentence", "")), len(sentences)),
                             sources.setdefault(json.dumps(where, sort_keys=True), len(sources))])
        # `sources` repeats what the evidence says; the page shows each sentence with its article instead
        attrs = {a: val for a, val in d.items() if a not in ("relation", "evidence", "sources") and val is not None}
        edges.append([ids[u], ids[v], str(k), d.get("relation"), attrs, evidence])
    return {"title": title, "colours": TYPE_COLOURS, "other_colour": OTHER_COLOUR,
            "hidden_relations": HIDDEN_RELATIONS, "graph": dict(graph.graph), "nodes": nodes, "edges": edges,
            "sentences": list(sentences), "sources": [json.loads(s) for s in sources]}


def script_json(data: Any) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>' or '&' survive unescaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return "".join(JSON_ESCAPES.get(c, c) for c in text)


# Vendored, MIT-licensed, inlined so the page needs no network: graphology holds the graph, its standard
# library lays it out (ForceAtlas2, noverlap, connected components), sigma.js draws it with WebGL.
VENDORED = ("vendor/graphology.umd.min.js", "vendor/graphology-library.min.js", "vendor/sigma.min.js")


def page_scripts() -> list[str]:
    package = resources.files("medcollab_kg.export")
    return [package.joinpath(name).read_text(encoding="utf-8") for name in (*VENDORED, "page.js")]


def render_page(graph: nx.MultiDiGraph[str]) -> str:
    template = resources.files("medcollab_kg.export").joinpath("page.html").read_text(encoding="utf-8")
    scripts = page_scripts()
    # Only our own scripts may run: the policy names their hashes, so injected markup could not execute anyway.
    digests = [base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") for s in scripts]
    csp = ("default-src 'none'; script-src " + " ".join(f"'sha256-{d}'" for d in digests)
           + "; worker-src blob:; style-src 'unsafe-inline'; img-src data:")  # blob: the layout's web worker
    head, rest = template.split(DATA_MARK)
    tags = "\n".join(f"<script>{s}</script>" for s in scripts)
    # Placeholders are filled in our template only, never inside inserted text.
    return head.replace(CSP_MARK, csp) + script_json(page_data(graph)) + rest.replace(SCRIPT_MARK, tags)


def write_html(graph: nx.MultiDiGraph[str], path: Path) -> Path:
    """Write the page atomically; its embedded data is parsed back before it replaces an existing page."""
    page = render_page(graph)

    def check(tmp: Path) -> None:
        check_same_shape(graph, read_html(tmp), f"'{path}' (HTML)")

    return write_file_checked(Path(path), lambda tmp: tmp.write_text(page, encoding="utf-8"), check)


def read_html(path: Path) -> nx.MultiDiGraph[str]:
    """The graph embedded in a page written by write_html."""
    text = Path(path).read_text(encoding="utf-8")
    start_tag = '<script type="application/json" id="kg-data">'
    start = text.find(start_tag)
    end = text.find("</script>", start)
    if start < 0 or end < 0:
        raise KgError(f"'{path}' is not a page written by kg export --format html.")
    try:
        data = json.loads(text[start + len(start_tag):end])
    except json.JSONDecodeError as exc:
        raise KgError(f"'{path}' has a broken data block ({exc.msg}). Fix: export it again.") from None
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(**data["graph"])
    for n in data["nodes"]:
        graph.add_node(n["id"], name=n["name"], type=n["type"], **n["attrs"])
    ids = [n["id"] for n in data["nodes"]]
    for source, target, key, relation, attrs, evidence in data["edges"]:
        attrs = dict(attrs, relation=relation)
        if evidence:
            attrs["evidence"] = [{**data["sources"][d], "sentence": data["sentences"][s]} for s, d in evidence]
        graph.add_edge(ids[source], ids[target], key, **attrs)
    return graph
