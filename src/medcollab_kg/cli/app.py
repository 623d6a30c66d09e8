"""The `kg` application: registers each command group's commands."""
from __future__ import annotations

from typing import Annotated

import typer

import medcollab_kg
from medcollab_kg.cli.browse import agreements, events, orgs, path, people, show, stats
from medcollab_kg.cli.build import build
from medcollab_kg.cli.evaluate import evaluate_cmd
from medcollab_kg.cli.export import export
from medcollab_kg.cli.query import query
from medcollab_kg.cli.report import report
from medcollab_kg.memory import leave_to_the_os

app = typer.Typer(
    name="kg",
    help="Turn news about collaborations between medical institutions into a knowledge graph.\n\n"
         "Example: kg build data/raw && kg query \"who signed with PUMCH\"",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
app.command()(build)
app.command()(query)
app.command()(export)
app.command("eval")(evaluate_cmd)
app.command()(show)
app.command()(people)
app.command()(orgs)
app.command()(agreements)
app.command()(events)
app.command()(path)
app.command()(stats)
app.command()(report)


def show_version(value: bool) -> None:
    if value:
        print(f"kg (medcollab-kg) {medcollab_kg.__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn news about collaborations between medical institutions into a knowledge graph."""


def main() -> None:
    try:
        app()
    finally:
        leave_to_the_os()
