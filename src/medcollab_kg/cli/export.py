"""`kg export`: hand the graph to other tools."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from medcollab_kg.cli.output import GraphOption, err, handle_errors, safe
from medcollab_kg.errors import UsageError
from medcollab_kg.export import FOLDER_FORMATS, FORMATS, export_graph
from medcollab_kg.graph import DEFAULT_GRAPH, load_graph


@handle_errors
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write; a folder for csv and neo4j.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "graphml",
    focus: Annotated[str | None, typer.Option(help="Export only this entity (name, alias or acronym) "
                                                    "and what lies within --depth hops of it.")] = None,
    depth: Annotated[int, typer.Option(min=0, help="Hops from --focus to include.")] = 2,
    with_articles: Annotated[bool, typer.Option("--with-articles", help="Add the articles as nodes, with a "
                                                 "mentioned_in edge from each entity they name.")] = False,
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Export the graph for Gephi, Neo4j, spreadsheets or a browser.

    The entities and their facts, weighted by the sentences and articles behind them; the sentences stay on
    each edge. Articles become nodes only with --with-articles.

    Example: kg export --format gexf --output graph.gexf   (or --format html --output pumch.html --focus PUMCH)
    """
    refuse_own_files(output, graph)
    path = export_graph(load_graph(graph), fmt, output, focus=focus, depth=depth, with_articles=with_articles)
    kind = "folder" if fmt in FOLDER_FORMATS else "file"
    err.print(f"Wrote {safe(path)} ({fmt} {kind}).")


def refuse_own_files(output: Path, graph: Path) -> None:
    """--output must not name the graph being exported, nor its fact cache: the export would replace it."""
    from medcollab_kg.store import store_path

    for own in (graph, store_path(graph)):
        same = output.resolve() == own.resolve()
        if not same and output.exists() and own.exists():
            same = os.path.samefile(output, own)  # a hard or symbolic link to it
        if same:
            raise UsageError(f"--output '{output}' is the graph's own {'file' if own == graph else 'fact cache'}; "
                             "the export would replace it. Fix: give --output another path, e.g. graph.graphml.")
