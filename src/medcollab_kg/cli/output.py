"""Rendering: results to stdout (tables or JSON), people-facing messages to stderr."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from medcollab_kg.errors import KgError, UsageError
from medcollab_kg.text import json_dumps, one_line, printable

# Here rather than in cli/build.py, so that commands reading a graph never import the build pipeline (spaCy).
GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="Graph file (node-link JSON).")]

P = ParamSpec("P")
R = TypeVar("R")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # one error, one line


def safe(text: Any) -> str:
    """Article text shown in a terminal: no control sequences, no Rich markup."""
    return escape(printable(str(text)))


def safe_line(text: Any) -> str:
    """safe() for one line of a summary or an error: newlines and tabs (say in a file name) shown as escapes."""
    return escape(one_line(str(text)))


def print_json(data: Any) -> None:
    sys.stdout.write(json_dumps(data, indent=2) + "\n")


def table(title: str | None, columns: list[str], rows: list[list[Any]]) -> Table:
    t = Table(title=title, show_lines=False, title_justify="left")
    for column in columns:
        t.add_column(column, overflow="fold")
    for row in rows:
        t.add_row(*[safe(c) if c is not None else "" for c in row])
    return t


def handle_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Expected errors become one line on stderr and an exit code: 1 for errors, 2 for usage."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except UsageError as exc:  # soft_wrap: one line per message, whole for grep and scripts
            err.print(f"[red]Error:[/red] {safe(exc)}", soft_wrap=True)  # may list the supported forms below
            raise typer.Exit(2) from None
        except KgError as exc:
            err.print(f"[red]Error:[/red] {safe_line(exc)}", soft_wrap=True)
            raise typer.Exit(1) from None
        except OSError as exc:  # a fault no layer foresaw (a disk gone, a folder made read-only): still one line
            where = f" '{exc.filename}'" if exc.filename else ""
            err.print(f"[red]Error:[/red] {safe_line(exc.strerror or exc)}{safe_line(where)}.", soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper
