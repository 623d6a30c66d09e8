"""`kg query`: answer a question from the graph."""
from __future__ import annotations

from typing import Annotated

import typer

from medcollab_kg.cli.browse import (
    EvidenceOption,
    FormatOption,
    JsonOption,
    emit,
    output_format,
)
from medcollab_kg.cli.output import (
    GraphOption,
    err,
    handle_errors,
    print_json,
    safe,
)
from medcollab_kg.graph import DEFAULT_GRAPH, load_graph
from medcollab_kg.query import FORMS, TIME_PHRASES, Records, ask


def brief(evidence: str, width: int = 100) -> str:
    """The start of a quoted sentence and its article; --evidence shows all of every one."""
    sentence, _, document = evidence.rpartition(" [")
    if not sentence or len(sentence) <= width:
        return evidence
    return f"{sentence[:width].rsplit(' ', 1)[0]}… [{document}"


@handle_errors
def query(
    question: Annotated[str, typer.Argument(help="A question, e.g. \"who signed with PUMCH\".")],
    graph: GraphOption = DEFAULT_GRAPH,
    evidence: EvidenceOption = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Ask the graph a question; each answer says why and quotes its sentence.

    Example: kg query "who signed with PUMCH"

    Exit codes: 0 answered (maybe with no answers), 1 unknown or ambiguous name, 2 unsupported question.
    """  # the forms are added below, from the grammar itself
    fmt = output_format(fmt, as_json)
    kg = load_graph(graph)
    result = ask(kg, question)
    if fmt == "json":
        print_json(result.to_dict())
        return
    err.print(f"[dim]{safe(result.form)}: {safe(' · '.join(kg.nodes[n]['name'] for n in result.subjects))}[/dim]")
    if not result.answers:  # say what was looked for, and what to ask instead
        err.print(f"No answer: the graph has no {safe(result.looked_for)}.")
        if result.hints:
            err.print("Try: " + "; ".join(f'kg query "{safe(h)}"' if not h.startswith("kg ") else safe(h)
                                          for h in result.hints))
        return
    rows = tuple({"answer": a.name, "type": a.type, "why": a.why,
                  "evidence": list(a.evidence) if evidence or fmt == "csv" else [brief(e) for e in a.evidence[:1]],
                  "id": a.id} for a in result.answers)
    columns = ("answer", "type", "why", "evidence") + (("id",) if fmt == "csv" else ())  # ids are for scripts
    emit(Records(question, columns, rows), fmt)


query.__doc__ = (query.__doc__ or "").rstrip() + "\n\n    " + "\n    ".join([
    "Questions (X, Y: a name, alias or acronym; P: a person):", "",
    *(f"  {example}" for form in FORMS for example in form.example.split(" / ")), "",
    f"Questions about agreements and what happened take a date at the end: {TIME_PHRASES}."]) + "\n    "
