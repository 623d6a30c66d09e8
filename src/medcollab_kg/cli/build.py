"""`kg build`: articles → graph file."""
from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from medcollab_kg.cli.output import (
    GraphOption,
    err,
    handle_errors,
    print_json,
    safe,
    safe_line,
    table,
)
from medcollab_kg.errors import KgError
from medcollab_kg.graph import DEFAULT_GRAPH
from medcollab_kg.ingest import DEFAULT_MAX_BYTES
from medcollab_kg.text import json_dumps

if TYPE_CHECKING:
    from medcollab_kg.build import BuildHooks, BuildResult
    from medcollab_kg.resolution import Merge
    from medcollab_kg.watch import Watch


@handle_errors
def build(
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files or folders; - reads one article from stdin.",
                                                       show_default="data/raw")] = None,
    graph: GraphOption = DEFAULT_GRAPH,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path; 'blank' for rules only.")] = None,
    aliases: Annotated[Path | None, typer.Option(help="CSV of forced or forbidden merges.")] = None,
    explain_merges: Annotated[bool, typer.Option("--explain-merges", help="List every merge and why.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip files (JSONL: lines) larger than this.")
                         ] = DEFAULT_MAX_BYTES,
    text_field: Annotated[list[str] | None, typer.Option("--text-field", help="JSON field holding the article "
                          "text, tried before text, body, content; repeatable.")] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, show_default="all cores", help="Processes extracting in parallel.")] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Re-extract every article, ignoring the fact cache beside the graph.")] = False,
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://host:8786): extract on the cluster. Needs medcollab-kg[dask].")] = None,
    watch: Annotated[bool, typer.Option(
        "--watch", help="Keep running: rebuild whenever an article is added, changed or removed (Ctrl-C stops). "
                        "The model stays loaded, so a rebuild costs only what changed.")] = False,
) -> None:
    """Build the knowledge graph from a folder of articles.

    Only new or changed articles are extracted: facts are cached beside the graph
    (graph.facts.sqlite). An interrupted build resumes where it stopped.

    Example: kg build data/raw --graph data/graphs/graph.json --workers 2
    Example: kg build data/raw --watch    (rebuilds as articles arrive)
    Example: curl -s https://example.org/news.html | kg build - --graph news.json
    """
    from medcollab_kg.build import DEFAULT_CORPUS, BuildOptions, default_aliases
    from medcollab_kg.build import build as run_build

    default = default_aliases() if aliases is None else None
    options = BuildOptions(
        tuple(paths or [DEFAULT_CORPUS]), graph_path=graph, model=model, aliases=aliases or default,
        workers=workers, scheduler=scheduler, max_bytes=max_bytes, text_fields=tuple(text_field or ()),
        reuse=not explain_merges,  # merges are only known when resolution runs
    )
    watcher = None
    if watch:
        from medcollab_kg.watch import Watch

        watcher = Watch(options)
    if default is not None:
        err.print(f"Reading the aliases file {safe_line(default)} found in this folder (--aliases FILE names another).",
                  soft_wrap=True)

    def run(fresh: bool) -> BuildResult:
        if watcher is not None:
            return with_progress(lambda hooks: watcher.build(hooks, fresh=fresh))
        return with_progress(lambda hooks: run_build(options.fresh() if fresh else options, hooks))

    with sigterm_as_interrupt():  # `kill`, a service manager or a CI timeout: end as Ctrl-C does
        try:
            result = run(fresh=no_cache)  # --no-cache: a fresh first build; rebuilds then extract only what changed
            report(result, as_json=as_json, explain_merges=explain_merges, lines=watch and as_json)
        except KeyboardInterrupt as exc:
            interrupted(exc)
        if watcher is not None:
            del result  # its graph is on disk; the watch holds only the next one
            watch_and_rebuild(watcher, lambda: run(fresh=False), as_json=as_json, explain_merges=explain_merges)


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises Terminated (a KeyboardInterrupt) while the block runs; the previous handler comes back."""
    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def with_progress(build: Callable[[BuildHooks], BuildResult]) -> BuildResult:
    """Runs `build(hooks)` under a Rich progress bar on stderr (when it is a terminal), which also says when
    the build waits for another."""
    # imported here, so other commands start without them
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from medcollab_kg.build import BuildHooks

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("Reading articles", total=None)
        return build(BuildHooks(progress=lambda _name: bar.advance(task),
                                on_total=lambda n: bar.update(task, total=n, description="Extracting"),
                                on_wait=lambda message: err.print(safe_line(message), soft_wrap=True)))


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the build is, so it ends as Ctrl-C ends it: finished facts kept, workers stopped."""


def terminate(_signum: int, _frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
    raise Terminated


def interrupted(exc: KeyboardInterrupt | None = None) -> NoReturn:
    what = "Terminated" if isinstance(exc, Terminated) else "Interrupted"
    err.print(f"{what}: the facts of every article extracted so far are saved; run the same command to resume.")
    raise typer.Exit(143 if isinstance(exc, Terminated) else 130) from None


def watch_and_rebuild(watcher: Watch, rebuild: Callable[[], BuildResult], *, as_json: bool,
                      explain_merges: bool) -> NoReturn:
    """What the watch says: when it starts, each change and the build that follows, and how it ended."""
    watcher.ready()
    err.print(f"Watching {', '.join(safe(p) for p in watcher.options.paths)} for new, changed or removed articles. "
              "Ctrl-C stops.", soft_wrap=True)
    try:
        for changed in watcher.changes():
            err.print(f"{len(changed)} file(s) changed: {safe_line(changed[0])}" + (" …" if len(changed) > 1 else ""),
                      soft_wrap=True)
            try:
                report(rebuild(), as_json=as_json, explain_merges=explain_merges, lines=True)
            except KgError as exc:  # e.g. the graph's folder became read-only: say so, and keep watching
                err.print(f"[red]Error:[/red] {safe_line(exc)}", soft_wrap=True)
    except KeyboardInterrupt as exc:
        if isinstance(exc, Terminated):
            interrupted(exc)
        err.print("Stopped watching; the graph is the one last built.")
        raise typer.Exit(0) from None
    raise typer.Exit(0)


def report(result: BuildResult, *, as_json: bool, explain_merges: bool, lines: bool = False) -> None:
    """The build summary: JSON on stdout, else stderr. `lines` (a rebuild while watching): one JSON line per
    build for a program reading them as they come, or one line of text without the tables."""
    counts = result.counts()
    summary: dict[str, Any] = {
        "graph": str(result.path), "articles": result.articles,
        "extracted": result.extracted, "cached": result.cached,
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "warnings": result.warnings,
        "nodes": dict(sorted(counts["nodes"].items())), "edges": dict(sorted(counts["edges"].items())),
    }
    if explain_merges:
        summary["merges"] = [explain(m) for m in result.merges]
    if as_json:
        if lines:
            sys.stdout.write(json_dumps(summary) + "\n")
            sys.stdout.flush()
        else:
            print_json(summary)
        return
    err.print(f"Built [bold]{safe_line(result.path)}[/bold] from {result.articles} article(s) "
              f"({result.extracted} extracted, {result.cached} from the cache).", soft_wrap=True)
    for s in result.skipped:  # one line each, whatever a file name holds
        err.print(f"  skipped {safe_line(s.path)}: {safe_line(s.reason)}", soft_wrap=True)
    for w in result.warnings:
        err.print(f"  [yellow]warning[/yellow] {safe_line(w)}", soft_wrap=True)
    if lines:
        return
    err.print(table("Nodes", ["type", "count"], [[k, v] for k, v in summary["nodes"].items()]))
    err.print(table("Edges", ["relation", "count"], [[k, v] for k, v in summary["edges"].items()]))
    if explain_merges:
        err.print(table("Merges", ["merge and why"], [[m] for m in summary["merges"]]))


def explain(m: Merge) -> str:
    """One decision of resolution, in a line for --explain-merges."""
    from medcollab_kg.resolution import Why

    name, into = m.names[0], m.into[0] if m.into else ""
    here = f"{m.documents[0]}: " if m.documents else ""
    match m.why:
        case Why.DEFINED:
            return f"{here}'{name}' = '{into}' (defined in the text)"
        case Why.INITIALS:
            return f"{here}'{name}' = '{into}' (initials)"
        case Why.WITH_PLACE:
            return f"{here}'{name}' = '{into}' (the same name with its place)"
        case Why.END_OF_LONGER:
            return f"{here}'{name}' is the end of a longer name in the article"
        case Why.KIND_IN_LOWER_CASE:
            return f"{here}'{name}' is a short name in the article"
        case Why.SHORTENED:
            return f"{here}'{name}' = '{into}' (the name shortened)"
        case Why.PLACE_GOVERNMENT:
            return f"{here}'{name}' = '{into}' (a place and its government)"
        case Why.FIELD_FIRST:
            return f"{here}'{name}' = '{into}' (a ministry with its field first)"
        case Why.SPELLING:
            return f"{here}'{name}' = '{into}' (the same name)"
        case Why.UNIT:
            return f"{here}'{name}' = '{into}' (unit of '{m.parent}')"
        case Why.SAME_NAME:
            return f"'{name}' in {m.documents[0]} = in {m.documents[1]} (same name)"
        case Why.TRANSLATED:
            return f"'{name}' in {m.documents[0]} = '{into}' in {m.documents[1]} (the same name's words in another language or order)"
        case Why.ONE_MEANING:
            return f"'{name}' in {m.documents[0]} (acronym used for one organization only)"
        case Why.SAME_UNIT:
            return f"'{name}' in {m.documents[0]} = in {m.documents[1]} (same unit)"
        case Why.ALIASES_FILE if m.kind == "person":
            return f"{here}'{name}' (aliases file)"
        case Why.ALIASES_FILE:
            return f"'{name}' = '{into}' (aliases file)"
        case Why.KEPT_APART:
            return f"kept apart by the aliases file: '{name}' and '{m.names[1]}'"
        case Why.AMBIGUOUS:
            return f"'{name}' means different organizations in different articles; not linked across them"
        case Why.SHORTER_FORM:
            return f"{here}'{name}' is a shorter form of a longer name in the article"
        case Why.SHORTER_FORM_ELSEWHERE:
            return f"{list(m.names)} is a shorter form of the one longer name {list(m.into)}"
        case Why.SAME_WORDS:
            return f"'{into}' = {list(m.names)} (same name, any order or case) in {', '.join(m.documents)}"
        case Why.NAMESAKE:
            return f"'{name}' in {m.documents[0]} kept apart from namesakes (aliases file)"
        case Why.OTHER_ORGS:
            return f"'{name}' in {', '.join(m.documents)} kept apart from a namesake at other organizations"
        case Why.SURNAME_IN_CONTEXT:
            return f"{here}'{name}' = '{into}' (surname in context)"
        case Why.SURNAME_IN_CORPUS:
            return f"{here}'{name}' = '{into}' (the one person in the corpus with that name)"
        case Why.ONE_NAME:
            return f"{here}'{name}' is a person known by one name (holds a role)"
        case Why.UNLINKED:
            why = (f"{m.candidates} full names with it, {m.fitting} fit the sentence" if m.candidates
                   else "no full name with it")
            return f"{here}'{name}' left unlinked ({why})"
    raise ValueError(m.why)
