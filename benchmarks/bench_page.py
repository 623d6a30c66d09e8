"""How fast the HTML page of a big graph opens and answers, in headless Chromium (target: usable in under 5 s).

Usage: PYTHONPATH=src python benchmarks/bench_page.py [--articles 5000] [--synthetic]

Builds the graph of N generated press releases (benchmarks/corpus.py, rules-only pipeline; or, with
--synthetic, bench_query's synthetic graph of N articles, which is denser), exports it as one HTML page, opens
it in headless Chromium and prints: the page's size, the time from navigation to the page's load event, the
layout and script time the page measures itself, the time until the first frame is drawn with labels, and how
long a search and a click on a node take to answer.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from bench_query import synthetic_graph  # noqa: E402
from corpus import generate_corpus  # noqa: E402
from test_export_browser import Browser  # noqa: E402

from medcollab_kg.build import build_graph  # noqa: E402
from medcollab_kg.export import export_graph  # noqa: E402

FIRST_FRAME = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--synthetic", action="store_true", help="use bench_query's synthetic graph")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        started = time.perf_counter()
        if args.synthetic:
            graph = synthetic_graph(args.articles)
        else:
            generate_corpus(tmp / "corpus", args.articles)
            graph = build_graph([tmp / "corpus"], graph_path=tmp / "graph.json", model="blank").graph
        print(f"graph of {args.articles} articles: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} "
              f"edges ({time.perf_counter() - started:.1f} s to make)")
        page = export_graph(graph, "html", tmp / "graph.html")
        print(f"page: {page.stat().st_size / 1e6:.1f} MB (entities and facts; articles left out)")
        browser = Browser(tmp / "profile")
        try:
            t0 = time.perf_counter()
            browser.open(page.as_uri())  # returns at the load event: the page's scripts (layout included) have run
            loaded = time.perf_counter() - t0
            timings = browser.js("kg.timings")
            browser.js(FIRST_FRAME)
            drawn = time.perf_counter() - t0
            labels = len(browser.js("kg.labels()"))
            t1 = time.perf_counter()
            found = browser.js("kg.search('medical').length")
            browser.js(FIRST_FRAME)
            search = time.perf_counter() - t1
            node = browser.js("kg.graph.nodes().sort((a, b) => kg.graph.degree(b) - kg.graph.degree(a))[0]")
            browser.js("kg.select(null); kg.search('')")
            browser.js("kg.settle()")
            x, y = browser.js(f"kg.screen({node!r})")
            t2 = time.perf_counter()
            browser.click(x, y)
            browser.js(FIRST_FRAME)
            click = time.perf_counter() - t2
            card = browser.js("document.querySelector('#card h2') && document.querySelector('#card h2').textContent")
            errors = browser.errors()
        finally:
            browser.close()
    print(f"open to load event: {loaded:.2f} s (layout {timings['layout'] / 1000:.2f} s, all page script "
          f"{timings['total'] / 1000:.2f} s, {timings['components']} groups laid out apart)")
    print(f"open to first frame with {labels} labels: {drawn:.2f} s  (target: under 5 s)")
    print(f"search 'medical' ({found} matches) to next frame: {search * 1000:.0f} ms")
    print(f"click on the busiest node to its card ({card!r}): {click * 1000:.0f} ms")
    if errors:
        print("browser errors:", *errors, sep="\n  ")


if __name__ == "__main__":
    main()
