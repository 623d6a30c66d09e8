"""`kg report`: the brief an analyst would write, from the graph."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from medcollab_kg.cli.output import GraphOption, err, handle_errors, safe
from medcollab_kg.errors import UsageError
from medcollab_kg.graph import DEFAULT_GRAPH, load_graph

REPORT_FORMATS = ("html", "md")


@handle_errors
def report(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="html (one self-contained page) or md (Markdown).")
                   ] = "html",
    since: Annotated[str | None, typer.Option(help="New agreements from this date: YYYY, YYYY-MM or YYYY-MM-DD.")
                     ] = None,
    until: Annotated[str | None, typer.Option(help="New agreements up to this date.")] = None,
    top: Annotated[int, typer.Option(min=1, help="How many of the most connected institutions to list.")] = 10,
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """A brief: new agreements in a period with parties, signatories and dates, a chart of agreements per month,
    the most connected institutions and their partners, people by institution with their roles; each line with
    its evidence sentence and a link to the article.

    Example: kg report --since 2024-01 --output brief.html   (or --format md for Markdown)
    """
    if fmt not in REPORT_FORMATS:
        raise UsageError(f"Unknown report format '{fmt}'. Fix: use html or md.")
    from medcollab_kg.report import build_report, render_html, render_markdown  # matplotlib loads only here

    content = build_report(load_graph(graph), since=since, until=until, top=top)
    text = render_html(content) if fmt == "html" else render_markdown(content)
    if output is None:
        sys.stdout.write(text)
        return
    from medcollab_kg.export.files import write_file_checked

    def check(tmp: Path) -> None:  # what was written reads back whole
        if tmp.read_text(encoding="utf-8") != text:
            raise UsageError(f"'{output}' did not read back as written.")

    write_file_checked(output, lambda tmp: tmp.write_text(text, encoding="utf-8"), check)
    err.print(f"Wrote {safe(output)} ({fmt} report).")
