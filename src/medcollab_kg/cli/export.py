"""`kg export`: hand the graph to other tools."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from medcollab_kg.cli.output import DEFAULT_GRAPH, GraphOption, err, handle_errors, safe
from medcollab_kg.export import WRITERS, export_graph
from medcollab_kg.graph import load_graph


@handle_errors
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File (or folder) to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(sorted(WRITERS))}.")] = "graphml",
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Export the graph for Gephi and other tools.

    Example: kg export --format graphml --output data/graphs/graph.graphml
    """
    path = export_graph(load_graph(graph), fmt, output)
    err.print(f"Wrote {safe(path)} ({fmt}).")
