"""The pipeline: articles → facts → entities → graph file, with progress reporting."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from medcollab_kg.graph import assemble_graph, save_graph
from medcollab_kg.ingest import DEFAULT_MAX_BYTES, read_articles
from medcollab_kg.models import Article, ArticleFacts, Skipped
from medcollab_kg.resolution import read_overrides, resolve_entities

DEFAULT_GRAPH = Path("data/graphs/graph.json")
Progress = Callable[[str], None]


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    path: Path | None
    articles: int
    skipped: list[Skipped] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "path: message", from Article.warnings

    def counts(self) -> dict[str, Counter]:
        nodes = Counter(d.get("type") for _, d in self.graph.nodes(data=True))
        edges = Counter(d.get("relation") for _, _, d in self.graph.edges(data=True))
        return {"nodes": nodes, "edges": edges}


def extract_all(articles: Iterable[Article], *, model: str | None = None, progress: Progress | None = None
                ) -> list[ArticleFacts]:
    """Run the NLP pipeline over articles (streamed: one Doc at a time)."""
    from medcollab_kg.extraction import extract_facts
    from medcollab_kg.nlp import build_nlp

    nlp = build_nlp(model)
    articles = list(articles)
    facts = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        facts.append(extract_facts(doc, article))
        if progress:
            progress(article.name)
    return facts


def build_graph(
    paths: Iterable[str | Path],
    *,
    graph_path: str | Path | None = DEFAULT_GRAPH,
    model: str | None = None,
    aliases: str | Path | None = None,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    text_fields: Sequence[str] = (),
) -> BuildResult:
    """Read every article under `paths`, extract, resolve, and write the graph (unless graph_path is None)."""
    overrides = read_overrides(aliases)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in read_articles(paths, max_bytes=max_bytes, text_fields=text_fields):
        (articles if isinstance(item, Article) else skipped).append(item)
    if on_total:
        on_total(len(articles))
    facts = extract_all(articles, model=model, progress=progress)
    resolution = resolve_entities(facts, overrides)
    meta = {"articles": len(facts), "skipped": [{"path": s.path, "reason": s.reason} for s in skipped]}
    graph = assemble_graph(facts, resolution, meta=meta)
    path = save_graph(graph, graph_path) if graph_path is not None else None
    warnings = [f"{a.path}: {w}" for a in articles for w in a.warnings]
    return BuildResult(graph, path, len(facts), skipped, resolution.merges, warnings)
