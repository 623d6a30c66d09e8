"""`kg show`, `people`, `orgs`, `agreements`, `events`, `path`, `stats`: browse the graph from the command line."""
from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer

from medcollab_kg import query as q
from medcollab_kg.cli.output import (
    GraphOption,
    err,
    handle_errors,
    out,
    print_json,
    safe,
    table,
)
from medcollab_kg.errors import UsageError
from medcollab_kg.graph import DEFAULT_GRAPH, load_graph
from medcollab_kg.text import neutralise_formula, terminal_safe

FORMATS = ("table", "json", "csv")
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table (default), json or csv.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (same as --format json).")]
SortOption = Annotated[str | None, typer.Option("--sort", "-s", help="Column to sort by.")]
DescOption = Annotated[bool, typer.Option("--desc", help="Sort in descending order.")]
OrgOption = Annotated[str | None, typer.Option("--org", "-o", help="Only those of this organization (with its units).")]
WithOption = Annotated[str | None, typer.Option("--with", "-w", help="Only those shared with this organization.")]
SinceOption = Annotated[str | None, typer.Option(help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
KindOption = Annotated[str | None, typer.Option("--kind", "-k", help="Only this kind, e.g. university, conference.")]
EvidenceOption = Annotated[bool, typer.Option("--evidence", "-e", help="Quote the sentences behind each fact.")]


# ---------------------------------------------------------------- rendering


def output_format(fmt: str, as_json: bool) -> str:
    fmt = "json" if as_json else fmt.lower()
    if fmt not in FORMATS:
        raise UsageError(f"Unknown format '{fmt}'. Fix: use one of {', '.join(FORMATS)}.")
    return fmt


def cell(value: Any, joiner: str) -> str:
    return joiner.join(map(str, value)) if isinstance(value, list | tuple) else "" if value is None else str(value)


def csv_cell(value: Any) -> str:
    """A CSV cell for stdout: no escape sequences for the terminal (newlines and tabs stay, quoted), and a cell that
    would start a formula in a spreadsheet written as text, as in `kg export --format csv`."""
    return neutralise_formula(terminal_safe(cell(value, "; ")))


def emit(listings: q.Records | Sequence[q.Records], fmt: str) -> None:
    """Records to stdout: Rich tables, JSON (a list, or an object of lists) or CSV (a section column when several)."""
    several = not isinstance(listings, q.Records)
    listings = [listings] if isinstance(listings, q.Records) else list(listings)  # `several`, as mypy can follow
    if fmt == "json":
        print_json({r.title: r.to_list() for r in listings} if several else listings[0].to_list())
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        # Several listings (kg stats) share one CSV: section, then each listing's first two columns.
        writer.writerow(["section", "name", "value"] if several else listings[0].columns)
        for r in listings:
            for row in r.rows:
                values = [csv_cell(row.get(c)) for c in r.columns]
                writer.writerow([csv_cell(r.title), *values[:2]] if several else values)
    else:
        for r in listings:
            columns = [c for c in r.columns if c != "id"]  # ids are for scripts; a terminal has no room for them
            if r.rows:
                out.print(table(safe(r.title), columns, [[cell(row.get(c), "\n") for c in columns] for row in r.rows]))
            else:
                err.print(f"No {safe(r.title)}.")


# ---------------------------------------------------------------- commands


@handle_errors
def show(
    name: Annotated[str, typer.Argument(help="A name, alias, acronym or id, e.g. PUMCH.")],
    graph: GraphOption = DEFAULT_GRAPH,
    evidence: EvidenceOption = False,
    as_json: JsonOption = False,
) -> None:
    """Show an entity card: type, aliases, roles, agreements, partners, events, articles.

    Example: kg show PUMCH --evidence
    """
    entity = q.card(load_graph(graph), name)
    if as_json:
        print_json(entity.to_dict())
        return
    out.print(f"[bold]{safe(entity.name)}[/bold]  {safe(entity.type)} · {safe(entity.id)}")
    for key, value in entity.attributes.items():
        out.print(f"  {key}: {safe(cell(value, ', '))}")
    for title, facts in entity.sections:
        out.print(f"\n[bold]{safe(title)}[/bold] ({len(facts)})")
        for fact in facts:
            out.print(f"  • {safe(fact.text)}")
            for sentence in fact.evidence if evidence else ():
                out.print(f"      [dim]“{safe(sentence)}”[/dim]")


@handle_errors
def people(
    graph: GraphOption = DEFAULT_GRAPH,
    org: OrgOption = None,
    with_: Annotated[str | None, typer.Option("--with", "-w", help="Only those who signed or witnessed an "
                                              "agreement with this organization.")] = None,
    sort: SortOption = None,
    desc: DescOption = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """List people with their roles; --org keeps those at one organization and its units.

    Example: kg people --org PUMCH --with HKUST
    """
    fmt = output_format(fmt, as_json)
    emit(q.people(load_graph(graph), org=org, with_=with_, sort=sort, descending=desc), fmt)


@handle_errors
def orgs(
    graph: GraphOption = DEFAULT_GRAPH,
    kind: KindOption = None,
    org: Annotated[str | None, typer.Option("--org", "-o", help="Only the units of this organization.")] = None,
    with_: Annotated[str | None, typer.Option("--with", "-w", help="Only the partners of this organization.")] = None,
    sort: SortOption = None,
    desc: DescOption = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """List organizations: all, the units of one (--org), or the partners of one (--with).

    Example: kg orgs --kind university --sort agreements --desc
    """
    fmt = output_format(fmt, as_json)
    emit(q.orgs(load_graph(graph), kind=kind, org=org, with_=with_, sort=sort, descending=desc), fmt)


@handle_errors
def agreements(
    graph: GraphOption = DEFAULT_GRAPH,
    org: OrgOption = None,
    with_: WithOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: KindOption = None,
    sort: SortOption = None,
    desc: DescOption = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """List agreements with parties, signatories and witnesses.

    Example: kg agreements --org PUMCH --with HKUST --since 2024
    """
    fmt = output_format(fmt, as_json)
    emit(q.agreements(load_graph(graph), org=org, with_=with_, since=since, until=until, kind=kind, sort=sort,
                      descending=desc), fmt)


@handle_errors
def events(
    graph: GraphOption = DEFAULT_GRAPH,
    org: OrgOption = None,
    with_: WithOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: KindOption = None,
    sort: SortOption = None,
    desc: DescOption = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """List events with organizers and participants.

    Example: kg events --org "University of Macau" --kind symposium
    """
    fmt = output_format(fmt, as_json)
    emit(q.events(load_graph(graph), org=org, with_=with_, since=since, until=until, kind=kind, sort=sort,
                  descending=desc), fmt)


@handle_errors
def path(
    start: Annotated[str, typer.Argument(help="First entity (name, alias, acronym or id).")],
    end: Annotated[str, typer.Argument(help="Second entity.")],
    graph: GraphOption = DEFAULT_GRAPH,
    evidence: EvidenceOption = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Show the shortest chain of facts between two entities, each hop named.

    Example: kg path "Nancy Ip" "Liu Zhengyin" --evidence
    """
    fmt = output_format(fmt, as_json)
    hops = q.path(load_graph(graph), start, end)
    if fmt == "table" and not evidence:  # the sentences make the table wide; scripts get them always
        hops = q.Records(hops.title, hops.columns[:-1], hops.rows)
    emit(hops, fmt)


@handle_errors
def stats(
    graph: GraphOption = DEFAULT_GRAPH,
    top: Annotated[int, typer.Option(help="How many institutions and people to rank.", min=1)] = 10,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Counts by type and relation, the most connected institutions and people, articles per month.

    Example: kg stats --top 5
    """
    fmt = output_format(fmt, as_json)
    emit(q.stats(load_graph(graph), top=top), fmt)
