"""Neo4j: CSV files for `neo4j-admin database import full`, and load.cypher to load the same files with LOAD CSV."""
from __future__ import annotations

import csv
import json
import re
import shlex
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeAlias

import networkx as nx

from medcollab_kg.errors import KgError
from medcollab_kg.export.files import write_folder_checked
from medcollab_kg.export.values import check_same_shape

SHARED_LABEL = "KgNode"  # on every node: one uniqueness constraint, and relationships find their ends by id
ARRAY_DELIMITER = ";"  # neo4j-admin's default
FILES = ("nodes_*.csv", "relationships_*.csv", "load.cypher", "import.sh")

Tables: TypeAlias = dict[str, tuple[list[str], list[list[str]]]]  # file name → (header, rows)


def rel_type(relation: str) -> str:
    """Neo4j names relationship types in upper snake case: party_to → PARTY_TO."""
    return re.sub(r"\W", "_", relation).upper()


def label(node_type: str) -> str:
    return re.sub(r"\W", "", node_type) or "Other"


def column_type(values: list[Any]) -> str:
    """The neo4j-admin type that holds every value of a column."""
    kinds = {type(v) for v in values}
    if kinds & {list, tuple}:
        return "string[]"
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "long"
    if kinds <= {int, float}:
        return "double"
    return "string"


def columns(records: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(property, type) for every property some record has."""
    keys = sorted({k for r in records for k, v in r.items() if v is not None})
    return [(k, column_type([r[k] for r in records if r.get(k) is not None])) for k in keys]


def header(key: str, kind: str) -> str:
    return key if kind == "string" else f"{key}:{kind}"


def array(values: Iterable[Any]) -> str:
    # neo4j-admin splits arrays on ';' and has no escape for it, so a ';' inside a value becomes ','.
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in values)


def cell(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "string[]":
        return array(value if isinstance(value, (list, tuple)) else [value])
    if kind == "boolean":
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value)


def node_tables(graph: nx.MultiDiGraph[str]) -> Tables:
    """nodes_<Label>.csv: id:ID, :LABEL, then the properties that label's nodes have."""
    groups: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for node, data in graph.nodes(data=True):
        props = {k: v for k, v in data.items() if k != "type"}
        groups.setdefault(label(str(data.get("type", "Other"))), []).append((node, props))
    tables = {}
    for name, members in sorted(groups.items()):
        cols = columns([p for _, p in members])
        head = ["id:ID", ":LABEL", *(header(k, kind) for k, kind in cols)]
        rows = [[node, f"{SHARED_LABEL}{ARRAY_DELIMITER}{name}", *(cell(kind, p.get(k)) for k, kind in cols)]
                for node, p in members]
        tables[f"nodes_{name}.csv"] = head, rows
    return tables


def relationship_tables(graph: nx.MultiDiGraph[str]) -> Tables:
    """relationships_<TYPE>.csv: :START_ID, :END_ID, :TYPE, key (to MERGE on), then properties."""
    groups: dict[str, list[tuple[str, str, Any, dict[str, Any]]]] = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        props = {k: val for k, val in data.items() if k not in ("relation", "evidence") and val is not None}
        if data.get("evidence"):
            props["documents"] = [e.get("document") for e in data["evidence"]]
            props["sentences"] = [e.get("sentence") for e in data["evidence"]]
        groups.setdefault(rel_type(str(data.get("relation", "related_to"))), []).append((u, v, key, props))
    tables = {}
    for name, members in sorted(groups.items()):
        cols = columns([p for *_, p in members])
        head = [":START_ID", ":END_ID", ":TYPE", "key", *(header(k, kind) for k, kind in cols)]
        rows = [[u, v, name, str(key), *(cell(kind, p.get(k)) for k, kind in cols)] for u, v, key, p in members]
        tables[f"relationships_{name}.csv"] = head, rows
    return tables


def cypher_value(head: str) -> str:
    """The LOAD CSV expression for one column: typed like neo4j-admin would type it."""
    _, _, kind = head.partition(":")
    column = f"row.`{head}`"
    if kind.endswith("[]"):
        return f"split({column}, '{ARRAY_DELIMITER}')"
    return {"long": f"toInteger({column})", "double": f"toFloat({column})",
            "boolean": f"toBoolean({column})"}.get(kind, column)


def props(head: list[str], skip: int) -> str:
    # A missing value comes through LOAD CSV as null, and SET n.x = null leaves no property, as neo4j-admin does.
    return ", ".join(f"{h.partition(':')[0]}: {cypher_value(h)}" for h in head[skip:])


def load_cypher(nodes: Tables, relationships: Tables) -> str:
    """Constraints, then MERGE every node and relationship from the CSV files in Neo4j's import folder."""
    lines = [
        "// Load with: cypher-shell -u neo4j -p <password> -f load.cypher",
        "// after copying the CSV files of this folder into the database's import folder.",
        f"CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:{SHARED_LABEL}) REQUIRE n.id IS UNIQUE;",
        "",
    ]
    for file, (head, _) in nodes.items():
        name = file.removeprefix("nodes_").removesuffix(".csv")
        lines += [f"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row",
                  f"MERGE (n:{SHARED_LABEL} {{id: row.`id:ID`}})",
                  f"SET n:{name}, n += {{{props(head, 2)}}};", ""]
    for file, (head, _) in relationships.items():
        name = file.removeprefix("relationships_").removesuffix(".csv")
        lines += [f"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row",
                  f"MATCH (a:{SHARED_LABEL} {{id: row.`:START_ID`}}), (b:{SHARED_LABEL} {{id: row.`:END_ID`}})",
                  f"MERGE (a)-[r:{name} {{key: row.key}}]->(b)"]
        rest = props(head, 4)
        lines += [f"SET r += {{{rest}}};" if rest else ";", ""]
    return "\n".join(lines)


def import_script(nodes: Tables, relationships: Tables) -> str:
    """The neo4j-admin command for exactly these files; run it beside them with the database stopped."""
    args = [f"--nodes={f}" for f in nodes] + [f"--relationships={f}" for f in relationships]
    command = ["neo4j-admin", "database", "import", "full", '"${1:-neo4j}"', "--overwrite-destination",
               f"--array-delimiter={shlex.quote(ARRAY_DELIMITER)}", "--multiline-fields=true", *args]
    return "\n".join([
        "#!/bin/sh",
        "# Import into a stopped Neo4j 5 database (default name: neo4j). Usage: sh import.sh [database]",
        "set -e",
        'cd "$(dirname "$0")"',
        " \\\n  ".join(command),
        "",
    ])


def write_table(path: Path, head: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(head)
        writer.writerows(rows)


def write_neo4j(graph: nx.MultiDiGraph[str], path: Path) -> Path:
    """Write the import folder atomically; its tables are read back before replacing an older export."""
    nodes, relationships = node_tables(graph), relationship_tables(graph)

    def write(folder: Path) -> None:
        for file, (head, rows) in {**nodes, **relationships}.items():
            write_table(folder / file, head, rows)
        (folder / "load.cypher").write_text(load_cypher(nodes, relationships), encoding="utf-8")
        (folder / "import.sh").write_text(import_script(nodes, relationships), encoding="utf-8")
        (folder / "import.sh").chmod(0o755)

    def check(folder: Path) -> None:
        check_same_shape(graph, read_neo4j(folder), f"'{path}' (Neo4j)")

    return write_folder_checked(Path(path), write, check, owned=FILES)


def parse(kind: str, value: str) -> Any:
    if kind.endswith("[]"):
        return [v for v in value.split(ARRAY_DELIMITER) if v]
    parsers: dict[str, Callable[[str], Any]] = {"long": int, "double": float, "boolean": lambda v: v == "true"}
    return parsers.get(kind, str)(value)


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    head, body = rows[0], rows[1:]
    if any(len(row) != len(head) for row in body):
        raise KgError(f"'{path}' has rows with the wrong number of fields.")
    return head, [dict(zip(head, row)) for row in body]


def read_neo4j(path: Path) -> nx.MultiDiGraph[str]:
    """An import folder written by write_neo4j, as a graph: node types from labels, evidence from the arrays."""
    path = Path(path)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for file in sorted(path.glob("nodes_*.csv")):
        _, rows = read_rows(file)
        for row in rows:
            labels = [x for x in row[":LABEL"].split(ARRAY_DELIMITER) if x != SHARED_LABEL]
            attrs = {h.partition(":")[0]: parse(h.partition(":")[2], v) for h, v in row.items()
                     if v != "" and not h.startswith(":") and h != "id:ID"}
            attrs.setdefault("aliases", [])
            graph.add_node(row["id:ID"], type=labels[0], **attrs)
    for file in sorted(path.glob("relationships_*.csv")):
        _, rows = read_rows(file)
        for row in rows:
            attrs = {h.partition(":")[0]: parse(h.partition(":")[2], v) for h, v in row.items()
                     if v != "" and not h.startswith(":") and h != "key"}
            documents, sentences = attrs.pop("documents", None), attrs.pop("sentences", None)
            if documents is not None:
                attrs["evidence"] = [{"document": d, "sentence": s} for d, s in zip(documents, sentences or [])]
            graph.add_edge(row[":START_ID"], row[":END_ID"], row["key"], relation=row[":TYPE"].lower(), **attrs)
    return graph
