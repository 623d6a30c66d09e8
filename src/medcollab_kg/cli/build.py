"""`kg build`: articles → graph file."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from medcollab_kg.cli.output import (
    GraphOption,
    err,
    handle_errors,
    print_json,
    safe,
    table,
)
from medcollab_kg.graph import DEFAULT_GRAPH
from medcollab_kg.ingest import DEFAULT_MAX_BYTES


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
) -> None:
    """Build the knowledge graph from a folder of articles.

    Only new or changed articles are extracted: facts are cached beside the graph
    (graph.facts.sqlite). An interrupted build resumes where it stopped.

    Example: kg build data/raw --graph data/graphs/graph.json --workers 2
    Example: curl -s https://example.org/news.html | kg build - --graph news.json
    """
    # imported here, so other commands start without them
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from medcollab_kg.build import build_graph

    if aliases is None and Path("data/aliases.csv").exists():
        aliases = Path("data/aliases.csv")
    done = 0

    def advance(_name: str) -> None:
        nonlocal done
        done += 1
        bar.advance(task)

    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("Reading articles", total=None)
            result = build_graph(
                paths or [Path("data/raw")], graph_path=graph, model=model, aliases=aliases,
                on_total=lambda n: bar.update(task, total=n, description="Extracting"),
                progress=advance, workers=workers, cache=not no_cache, scheduler=scheduler,
                max_bytes=max_bytes, text_fields=text_field or (),
                reuse=not (explain_merges or no_cache),  # merges are only known when resolution runs
            )
    except KeyboardInterrupt:
        err.print(f"Interrupted: the facts of {done} newly extracted article(s) are saved; "
                  "run the same command to resume.")
        raise typer.Exit(130) from None
    counts = result.counts()
    summary = {
        "graph": str(result.path), "articles": result.articles,
        "extracted": result.extracted, "cached": result.cached,
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "warnings": result.warnings,
        "nodes": dict(sorted(counts["nodes"].items())), "edges": dict(sorted(counts["edges"].items())),
    }
    if explain_merges:
        summary["merges"] = result.merges
    if as_json:
        print_json(summary)
        return
    err.print(f"Built [bold]{safe(result.path)}[/bold] from {result.articles} article(s) "
              f"({result.extracted} extracted, {result.cached} from the cache).", soft_wrap=True)
    for s in result.skipped:
        err.print(f"  skipped {safe(s.path)}: {safe(s.reason)}", soft_wrap=True)
    for w in result.warnings:
        err.print(f"  [yellow]warning[/yellow] {safe(w)}", soft_wrap=True)
    err.print(table("Nodes", ["type", "count"], [[k, v] for k, v in summary["nodes"].items()]))
    err.print(table("Edges", ["relation", "count"], [[k, v] for k, v in summary["edges"].items()]))
    if explain_merges:
        err.print(table("Merges", ["merge and why"], [[m] for m in result.merges]))
