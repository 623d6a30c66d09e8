"""CSV for Gephi's spreadsheet import, pandas and spreadsheets: nodes.csv, edges.csv and evidence.csv in a folder."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx

from medcollab_kg.errors import KgError
from medcollab_kg.export.files import write_folder_checked
from medcollab_kg.export.values import check_same_shape, edge_weight, scalar, split_list
from medcollab_kg.text import neutralise_formula, restore_formula

# Gephi reads these capitalised columns itself (Type is the edge direction); the rest become attributes.
NODE_COLUMNS = ["Id", "Label", "type", "kind", "acronym", "aliases"]
EDGE_COLUMNS = ["Id", "Source", "Target", "Type", "Label", "Weight", "key"]
# url, title and date are the article's, when tool_view added them: where to read the sentence in context
EVIDENCE_COLUMNS = ["edge", "document", "sentence", "url", "title", "date"]
NUMBERS = {"confidence": float, "support": int, "duration": str}
FILES = ("nodes.csv", "edges.csv", "evidence.csv")


def columns(first: list[str], records: list[dict[str, Any]]) -> list[str]:
    extra = sorted({k for r in records for k in r} - set(first))
    return first + extra


def node_records(graph: nx.MultiDiGraph[str]) -> list[dict[str, Any]]:
    records = []
    for node, data in graph.nodes(data=True):
        record = {k: scalar(v) for k, v in data.items() if k != "name"}
        records.append({"Id": node, "Label": data.get("name") or node, **record})
    return records


def edge_records(graph: nx.MultiDiGraph[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    edges, evidence = [], []
    for n, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        edge_id = f"e{n}"
        record = {k: scalar(val) for k, val in data.items() if k not in ("relation", "evidence", "weight")}
        edges.append({"Id": edge_id, "Source": u, "Target": v, "Type": "Directed", "Label": data.get("relation"),
                      "Weight": edge_weight(data), "key": key, **record})
        evidence += [{"edge": edge_id, **{c: e.get(c) for c in EVIDENCE_COLUMNS[1:]}}
                     for e in data.get("evidence", [])]
    return edges, evidence


def write_table(path: Path, fieldnames: list[str], records: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fieldnames)
        writer.writeheader()
        # article text may start like a formula (=HYPERLINK(…)): such cells are written as text (OWASP)
        writer.writerows({k: "" if v is None else neutralise_formula(v) for k, v in r.items()} for r in records)


def write_csv(graph: nx.MultiDiGraph[str], path: Path) -> Path:
    """Write the three tables into a folder atomically; they are read back before replacing an older export."""
    nodes = node_records(graph)
    edges, evidence = edge_records(graph)

    def write(folder: Path) -> None:
        write_table(folder / "nodes.csv", columns(NODE_COLUMNS, nodes), nodes)
        write_table(folder / "edges.csv", columns(EDGE_COLUMNS, edges), edges)
        write_table(folder / "evidence.csv", EVIDENCE_COLUMNS, evidence)

    def check(folder: Path) -> None:
        check_same_shape(graph, read_csv(folder), f"'{path}' (CSV)")

    return write_folder_checked(Path(path), write, check, owned=FILES)


def read_table(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    if any(None in row or None in row.values() for row in rows):
        raise KgError(f"'{path}' has rows with the wrong number of fields.")
    return [{k: restore_formula(v) for k, v in row.items()} for row in rows]


def typed(key: str, value: str) -> Any:
    return NUMBERS.get(key, str)(value)


def read_csv(path: Path) -> nx.MultiDiGraph[str]:
    """A folder written by write_csv, as a graph: names, lists, numbers and evidence restored."""
    path = Path(path)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for row in read_table(path / "nodes.csv"):
        attrs = {k: typed(k, v) for k, v in row.items() if v != "" and k not in ("Id", "Label")}
        attrs["name"] = row["Label"]
        if "aliases" in row:
            attrs["aliases"] = split_list(row["aliases"])
        graph.add_node(row["Id"], **attrs)
    evidence: dict[str, list[dict[str, str]]] = {}
    for row in read_table(path / "evidence.csv"):
        item = {"document": row["document"], "sentence": row["sentence"]}
        item.update({c: row[c] for c in EVIDENCE_COLUMNS[3:] if row.get(c)})
        evidence.setdefault(row["edge"], []).append(item)
    for row in read_table(path / "edges.csv"):
        attrs = {k: typed(k, v) for k, v in row.items() if v != "" and k not in EDGE_COLUMNS}
        attrs["relation"] = row["Label"]
        if row["Id"] in evidence:
            attrs["evidence"] = evidence[row["Id"]]
        graph.add_edge(row["Source"], row["Target"], row["key"], **attrs)
    return graph
