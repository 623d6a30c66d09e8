"""`kg report`: the brief an analyst would write, as one self-contained HTML page or Markdown.

New agreements in a period (parties, signatories, dates), a chart of agreements per month, the most
connected institutions and their partners, people by institution with their roles; every line with the
sentence behind it and a link to its article.
"""
from __future__ import annotations

import html
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import networkx as nx

from medcollab_kg import query as q
from medcollab_kg.graph import slug
from medcollab_kg.schema import NodeType, Relation


@dataclass(frozen=True, slots=True)
class Source:
    """The sentence behind a line and where to read it: the article's link when it has one, else its file."""
    sentence: str
    document: str
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Line:
    cells: dict[str, str]
    source: Source | None


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    note: str
    columns: tuple[str, ...]
    lines: tuple[Line, ...]


@dataclass
class Report:
    title: str
    period: str
    summary: str
    months: list[tuple[str, int]]  # agreements per month, every month between the first and the last
    generated: str = ""  # when, in UTC
    sections: list[Section] = field(default_factory=list)
    undated: int = 0  # agreements without a date, left out of the chart


def source(graph: nx.MultiDiGraph[str], data: dict[str, Any]) -> Source | None:
    """The first piece of evidence of an edge, with its article's title and link."""
    for item in data.get("evidence", []):
        doc = graph.nodes.get(f"doc:{slug(item.get('document') or '')}", {})
        return Source(item.get("sentence", ""), item.get("document", ""), doc.get("title"), doc.get("url"))
    return None


def agreement_source(graph: nx.MultiDiGraph[str], agreement: str) -> Source | None:
    """The sentence that tells of the agreement: its signing if there is one, else a party's."""
    for relation in (Relation.SIGNED, Relation.PARTY_TO):
        for _, _, data in q.edges(graph, agreement, relation, incoming=True):
            found = source(graph, data)
            if found:
                return found
    return None


def month_range(first: str, last: str) -> list[str]:
    months, (year, month) = [], (int(first[:4]), int(first[5:7]))
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def agreements_per_month(graph: nx.MultiDiGraph[str], since: str | None, until: str | None) -> tuple[list[tuple[str, int]],
                                                                                                int]:
    """(month, agreements) for every month from the first dated agreement to the last, and the undated count.
    An agreement dated by its year only counts in January of that year."""
    counts: Counter[str] = Counter()
    undated = 0
    for node in q.of_type(graph, NodeType.AGREEMENT):
        date = str(graph.nodes[node].get("date") or "")
        if not re.match(r"\d{4}", date):
            undated += 1
        elif q.in_period(date, since, until):
            counts[date[:7] if len(date) >= 7 else f"{date[:4]}-01"] += 1
    if not counts:
        return [], undated
    first, last = min(counts), max(counts)
    # at least half a year, so that one busy month reads as a bar among months, not as a block
    first = min(first, month_range(f"{int(last[:4]) - 1}{last[4:]}", last)[-6])
    return [(m, counts.get(m, 0)) for m in month_range(first, last)], undated


def signatory_names(graph: nx.MultiDiGraph[str], agreement: str) -> str:
    return ", ".join(f"{q.display(graph, p)} ({q.short(graph, d['on_behalf_of'])})" if d.get("on_behalf_of") in graph
                     else q.display(graph, p) for p, _, d in q.edges(graph, agreement, Relation.SIGNED, incoming=True))


def fact_degree(graph: nx.MultiDiGraph[str], node: str) -> int:
    return sum(1 for _ in q.fact_neighbours(graph, node))


def build_report(graph: nx.MultiDiGraph[str], *, since: str | None = None, until: str | None = None, top: int = 10,
                 generated: str | None = None) -> Report:
    """The report's content, ready to render; `since` and `until` (YYYY, YYYY-MM or YYYY-MM-DD) bound the
    agreements counted as new."""
    since, until = q.check_date(since, "--since"), q.check_date(until, "--until")
    bounded = since is not None or until is not None
    period = ("from " + since if since else "") + (" " if since and until else "") + ("until " + until if until else "")
    agreements = sorted(q.of_type(graph, NodeType.AGREEMENT),
                        key=lambda a: (str(graph.nodes[a].get("date") or "9999"), q.display(graph, a)))
    new = [a for a in agreements if not bounded or q.in_period(graph.nodes[a].get("date"), since, until)]
    agreement_lines = tuple(Line({
        "date": str(graph.nodes[a].get("date") or "undated"),
        "agreement": str(graph.nodes[a].get("title") or q.display(graph, a)),
        "parties": ", ".join(q.display(graph, p) for p, _, _ in q.edges(graph, a, Relation.PARTY_TO, incoming=True)),
        "signatories": signatory_names(graph, a) or "not named",
        "place": str(graph.nodes[a].get("place") or ""),
    }, agreement_source(graph, a)) for a in new)

    orgs = sorted((o for o in q.of_type(graph, NodeType.ORGANIZATION) if fact_degree(graph, o)),
                  key=lambda o: (-fact_degree(graph, o), q.display(graph, o)))[:top]
    connected = []
    for org in orgs:
        partners = q.partners(graph, org)
        first = next((d for _, _, d in q.edges(graph, org, Relation.PARTY_TO)), None) or next(
            (d for *_, d in q.fact_neighbours(graph, org) if d.get("evidence")), {})
        connected.append(Line({"institution": q.display(graph, org), "facts": str(fact_degree(graph, org)),
                               "partners": ", ".join(p.name for p in partners) or "none on record"},
                              source(graph, first)))

    people = []
    for org in sorted(q.of_type(graph, NodeType.ORGANIZATION), key=lambda o: q.display(graph, o)):
        for person, _, data in sorted(q.edges(graph, org, Relation.HOLDS_ROLE, incoming=True),
                                      key=lambda e: q.display(graph, e[0])):
            people.append(Line({"institution": q.display(graph, org), "person": q.display(graph, person),
                                "role": str(data.get("title") or "role")}, source(graph, data)))

    months, undated = agreements_per_month(graph, since, until)
    documents = q.of_type(graph, NodeType.DOCUMENT)
    summary = (f"{len(new)} agreement(s) {period or 'in the graph'}, from {len(documents)} article(s); "
               f"{len(q.of_type(graph, NodeType.ORGANIZATION))} institutions and "
               f"{len(q.of_type(graph, NodeType.PERSON))} people.")
    report = Report("Collaborations between medical institutions: brief", period or "all dates", summary, months,
                    generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), undated=undated)
    report.sections = [
        Section("New agreements" if bounded else "Agreements",
                f"Agreements dated {period}, oldest first." if bounded else
                "Every agreement in the graph, oldest first; undated ones last.",
                ("date", "agreement", "parties", "signatories", "place"), agreement_lines),
        Section("Most connected institutions",
                f"The {len(connected)} institutions with the most facts (roles, agreements, events, visits, "
                "units), and their partners (shared agreements, collaborations, co-organized events).",
                ("institution", "facts", "partners"), tuple(connected)),
        Section("People by institution", "Everyone holding a role, under the institution they hold it at.",
                ("institution", "person", "role"), tuple(people)),
    ]
    return report


# ---------------------------------------------------------------- the chart


def chart_svg(months: list[tuple[str, int]]) -> str:
    """Agreements per month as an inline SVG bar chart, drawn by matplotlib; '' when there is nothing to draw."""
    if not months:
        return ""
    import matplotlib

    matplotlib.use("Agg")  # no display, no GUI toolkit
    from matplotlib import pyplot as plt
    from matplotlib.ticker import MaxNLocator

    with matplotlib.rc_context({"svg.hashsalt": "kg-report", "svg.fonttype": "path", "font.size": 9}):
        fig, ax = plt.subplots(figsize=(min(max(len(months) * 0.35, 6.0), 12.0), 2.6), dpi=96)
        labels = [m for m, _ in months]
        ax.bar(range(len(months)), [n for _, n in months], color="#009E73", width=0.8, gid="kg-bars")
        step = max(1, len(months) // 12)
        ax.set_xticks(range(0, len(months), step), labels[::step], rotation=45, ha="right")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("agreements")
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None})
        plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # no XML declaration or DOCTYPE inside an HTML page


# ---------------------------------------------------------------- HTML and Markdown

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
.meta { color: #666; } table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #eee; }
th { background: #f6f6f6; } td.evidence { font-size: .85rem; color: #444; max-width: 30rem; }
blockquote { margin: 0; font-style: italic; } .source { font-style: normal; color: #0072B2; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
"""


def link(src: Source) -> str:
    label = html.escape(src.title or src.document)
    if src.url and re.match(r"https?://", src.url, re.IGNORECASE):  # only web links are links
        return f'<a class="source" href="{html.escape(src.url, quote=True)}">{label}</a>'
    return f'<span class="source">{label}</span>'


def render_html(report: Report) -> str:
    """One page with everything inline: no script, no network; the policy forbids loading anything."""
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
        'img-src data:">',
        f"<title>{html.escape(report.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{html.escape(report.title)}</h1>",
        f'<p class="meta">Period: {html.escape(report.period)} · generated {html.escape(report.generated)}</p>',
        f'<p id="summary">{html.escape(report.summary)}</p>',
        '<h2 id="timeline">Agreements per month</h2>',
    ]
    svg = chart_svg(report.months)
    if svg:
        parts.append(f'<figure id="chart">{svg}<figcaption class="meta">Agreements per month, by their date'
                     + (f"; {report.undated} undated agreement(s) not shown" if report.undated else "")
                     + ".</figcaption></figure>")
    else:
        parts.append('<p class="meta">No dated agreements to chart.</p>')
    for section in report.sections:
        anchor = slug(section.title)
        parts.append(f'<h2 id="{anchor}">{html.escape(section.title)}</h2><p class="meta">{html.escape(section.note)}</p>')
        if not section.lines:
            parts.append('<p class="empty">None.</p>')
            continue
        head = "".join(f"<th>{html.escape(c)}</th>" for c in section.columns) + "<th>evidence</th>"
        rows = []
        for line in section.lines:
            cells = "".join(f"<td>{html.escape(line.cells.get(c, ''))}</td>" for c in section.columns)
            evidence = (f"<blockquote>“{html.escape(line.source.sentence)}”</blockquote>{link(line.source)}"
                        if line.source else "")
            rows.append(f'<tr>{cells}<td class="evidence">{evidence}</td></tr>')
        parts.append(f'<table class="{anchor}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def md(text: str) -> str:
    """Text safe in a Markdown table cell: no pipes or line breaks, no markup."""
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"([\\|*_`<>\[\]])", r"\\\1", text)


def render_markdown(report: Report) -> str:
    lines = [f"# {report.title}", "", f"Period: {report.period} · generated {report.generated}", "",
             report.summary, "", "## Agreements per month", ""]
    if report.months:
        most = max(n for _, n in report.months) or 1
        lines += ["| month | agreements | |", "| --- | --- | --- |"]
        lines += [f"| {m} | {n} | {'█' * round(20 * n / most)} |" for m, n in report.months]
        if report.undated:
            lines += ["", f"{report.undated} undated agreement(s) not shown."]
    else:
        lines.append("No dated agreements to chart.")
    for section in report.sections:
        lines += ["", f"## {section.title}", "", section.note, ""]
        if not section.lines:
            lines.append("None.")
            continue
        lines += ["| " + " | ".join([*section.columns, "evidence"]) + " |",
                  "| " + " | ".join("---" for _ in range(len(section.columns) + 1)) + " |"]
        for line in section.lines:
            evidence = ""
            if line.source:
                where = md(line.source.title or line.source.document)
                if line.source.url and re.match(r"https?://", line.source.url, re.IGNORECASE):
                    where = f"[{where}](<{line.source.url.replace('>', '%3E').replace(' ', '%20')}>)"
                evidence = f"“{md(line.source.sentence)}” ({where})"
            lines.append("| " + " | ".join([*(md(line.cells.get(c, "")) for c in section.columns), evidence]) + " |")
    return "\n".join(lines) + "\n"
