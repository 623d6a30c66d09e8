"""`kg eval`: extraction quality against gold files."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from medcollab_kg.cli.output import err, handle_errors, out, print_json, safe, table


@handle_errors
def evaluate_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files (NNN_*.json, questions.json).")],
    corpus: Annotated[Path, typer.Option(help="Folder holding the articles the gold files name.")] = Path("data/raw"),
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path; 'blank' for rules only.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List misses and extras.")] = False,
    compare: Annotated[str | None, typer.Option(
        help="Also evaluate this pipeline and show its F1 beside the first ('blank': fast mode).")] = None,
) -> None:
    """Measure precision, recall and F1 against hand-made gold files.

    Example: kg eval tests/gold -v
    Example: kg eval tests/gold --compare blank
    """
    from medcollab_kg.evaluate import evaluate_corpus  # imported here, so other commands start without it

    evaluation = evaluate_corpus(gold_dir, corpus, model, compare)
    report = evaluation.measured.report
    if as_json:
        print_json(evaluation.to_dict(verbose))
        return
    rows = [[name, s.tp, s.fp, s.fn, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"]
            for name, s in report.scores.items()]
    out.print(table(f"kg eval {safe(gold_dir)}", ["category", "tp", "fp", "fn", "precision", "recall", "f1"], rows))
    out.print(f"questions: {report.questions_right}/{len(report.questions)} right")
    if evaluation.compared is not None:
        other_report = evaluation.compared.report
        out.print(table(f"kg eval {safe(gold_dir)}: F1 by pipeline",
                        ["category", safe(model or "default model"), safe(evaluation.compared.model)],
                        [[name, f"{s.f1:.3f}", f"{other_report.scores[name].f1:.3f}"]
                         for name, s in report.scores.items()]
                        + [["questions right", f"{report.questions_right}/{len(report.questions)}",
                            f"{other_report.questions_right}/{len(other_report.questions)}"]]))
    if verbose:
        for name, s in report.scores.items():
            for miss in s.misses:
                out.print(f"  miss  {name}: {safe(miss)}")
            for extra in s.extras:
                out.print(f"  extra {name}: {safe(extra)}")
        for q in report.questions:
            if not q["correct"]:
                out.print(f"  wrong question: {safe(q['ask'])} → {safe(q['answers'])} "
                          f"(expected {safe(q['expected'])}; missing {safe(q['missing'])}, not expected "
                          f"{safe(q['extra'])}){' ' + safe(q['error']) if q['error'] else ''}")
    err.print(f"{len(evaluation.articles)} gold article(s) from {safe(corpus)}")
