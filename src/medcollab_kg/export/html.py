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

DATA_MARK, SCRIPT_MARK, CSP_MARK = "__KG_DATA__", "__KG_SCRIPT__", "__KG_CSP__"
HIDDEN_RELATIONS = ["mentioned_in"]  # one edge per entity and article: it hides the facts, so it starts off
# JSON in a <script> element ends at the first "</script>"; escaping these keeps any article text inert.
JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def page_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    focus = graph.graph.get("focus")
    title = "medcollab-kg graph"
    if focus:
        title += f": {graph.nodes[focus].get('name', focus)}, {graph.graph.get('depth')} hops"
    nodes = [{"id": n, "name": str(d.get("name") or n), "type": d.get("type"),
              "attrs": {k: v for k, v in d.items() if k not in ("name", "type") and v is not None}}
             for n, d in graph.nodes(data=True)]
    edges = [{"source": u, "target": v, "key": str(k), "relation": d.get("relation"),
              "evidence": d.get("evidence", []),
              "attrs": {a: val for a, val in d.items() if a not in ("relation", "evidence") and val is not None}}
             for u, v, k, d in graph.edges(keys=True, data=True)]
    return {"title": title, "colours": TYPE_COLOURS, "other_colour": OTHER_COLOUR,
            "hidden_relations": HIDDEN_RELATIONS, "graph": dict(graph.graph), "nodes": nodes, "edges": edges}


def script_json(data: Any) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>' or '&' survive unescaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return "".join(JSON_ESCAPES.get(c, c) for c in text)


def render_page(graph: nx.MultiDiGraph) -> str:
    package = resources.files("medcollab_kg.export")
    template = package.joinpath("page.html").read_text(encoding="utf-8")
    script = package.joinpath("page.js").read_text(encoding="utf-8")
    # Only our own script may run: the policy names its hash, so injected markup could not execute anyway.
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:"
    head, rest = template.split(DATA_MARK)
    # Placeholders are filled in our template only, never inside inserted text.
    return head.replace(CSP_MARK, csp) + script_json(page_data(graph)) + rest.replace(SCRIPT_MARK, script)


def write_html(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write the page atomically; its embedded data is parsed back before it replaces an existing page."""
    page = render_page(graph)

    def check(tmp: Path) -> None:
        check_same_shape(graph, read_html(tmp), f"'{path}' (HTML)")

    return write_file_checked(Path(path), lambda tmp: tmp.write_text(page, encoding="utf-8"), check)


def read_html(path: Path) -> nx.MultiDiGraph:
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
    graph = nx.MultiDiGraph(**data["graph"])
    for n in data["nodes"]:
        graph.add_node(n["id"], name=n["name"], type=n["type"], **n["attrs"])
    for e in data["edges"]:
        attrs = dict(e["attrs"], relation=e["relation"])
        if e["evidence"]:
            attrs["evidence"] = e["evidence"]
        graph.add_edge(e["source"], e["target"], e["key"], **attrs)
    return graph
