"""Rendering: results to stdout (tables or JSON), people-facing messages to stderr."""
from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from medcollab_kg.errors import KgError, UsageError

# Here rather than in cli/build.py, so that commands reading a graph never import the build pipeline (spaCy).
GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="Graph file (node-link JSON).")]

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # one error, one line


def safe(text: Any) -> str:
    """Article text shown in a terminal: no control sequences, no Rich markup."""
    cleaned = "".join(c if c.isprintable() or c in "\n\t" else "�" for c in str(text))
    return escape(cleaned)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def table(title: str | None, columns: list[str], rows: list[list[Any]]) -> Table:
    t = Table(title=title, show_lines=False, title_justify="left")
    for column in columns:
        t.add_column(column, overflow="fold")
    for row in rows:
        t.add_row(*[safe(c) if c is not None else "" for c in row])
    return t


def handle_errors(command: Callable) -> Callable:
    """Expected errors become one line on stderr and an exit code: 1 for errors, 2 for usage."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except UsageError as exc:  # soft_wrap: one line per message, whole for grep and scripts
            err.print(f"[red]Error:[/red] {safe(exc)}", soft_wrap=True)
            raise typer.Exit(2) from None
        except KgError as exc:
            err.print(f"[red]Error:[/red] {safe(exc)}", soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper
