"""`kg query`: answer a question from the graph."""
from __future__ import annotations

from typing import Annotated

import typer

from medcollab_kg.cli.build import GraphOption
from medcollab_kg.build import DEFAULT_GRAPH
from medcollab_kg.cli.output import err, handle_errors, out, print_json, safe, table
from medcollab_kg.graph import load_graph
from medcollab_kg.query import ask


@handle_errors
def query(
    question: Annotated[str, typer.Argument(help="A question, e.g. \"who signed with PUMCH\".")],
    graph: GraphOption = DEFAULT_GRAPH,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answers as JSON.")] = False,
) -> None:
    """Ask the graph a question; each answer says why and quotes its sentence.

    Example: kg query "who signed with PUMCH"
    """
    result = ask(load_graph(graph), question)
    if as_json:
        print_json(result.to_dict())
        return
    if not result.answers:
        err.print("No answers.")
        return
    rows = [[a.name, a.type, a.why, a.evidence[0] if a.evidence else ""] for a in result.answers]
    out.print(table(safe(question), ["answer", "type", "why", "evidence"], rows))
