"""Cold-start time of `kg query` on a synthetic graph the size of 1,000 articles.

Usage: PYTHONPATH=src python benchmarks/bench_query.py [--articles 1000] [--runs 5]

Writes a graph that follows schema v1 (people, organizations with units, agreements with parties, signatories
and witnesses, events, visits, documents, evidence sentences on every fact), then times fresh `python -m
medcollab_kg query …` processes, the way an analyst runs them, and says where the time goes.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from medcollab_kg.graph import FORMAT_NAME, SCHEMA_VERSION, save_graph

SRC = Path(__file__).resolve().parent.parent / "src"
KINDS = ["university", "hospital", "school", "faculty", "institute", "center", "laboratory"]
TITLES = ["President", "Vice President", "Dean", "Director", "Professor", "Secretary of the Party Committee"]
SENTENCE = ("The {a} and the {b} signed a cooperation agreement on {date}, witnessed by senior staff of both "
            "institutions, to strengthen joint research, clinical training and the exchange of students.")


def synthetic_graph(articles: int, seed: int = 7) -> nx.MultiDiGraph:
    """About what 1,000 press releases give: ~1 agreement, 1 event, 6 people and 4 organizations each."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph(format=FORMAT_NAME, schema_version=SCHEMA_VERSION, articles=articles)
    orgs = [f"org:institution-{i}" for i in range(articles)]
    people = [f"person:person-{i}" for i in range(articles * 3)]
    for i, org in enumerate(orgs):
        kind = KINDS[i % len(KINDS)]
        graph.add_node(org, type="Organization", name=f"Institution {i} of Medical Sciences", acronym=f"IMS{i}",
                       aliases=[f"IMS{i}"], kind=kind)
        if i % 4 and i > 10:  # three in four are units of an earlier institution
            graph.add_edge(org, orgs[rng.randrange(i // 2)], "part_of", relation="part_of", confidence=0.9,
                           support=1, evidence=[{"document": "x", "sentence": "part"}])
    for i, person in enumerate(people):
        graph.add_node(person, type="Person", name=f"Given{i} Family{i % 997}", aliases=[f"Family{i % 997}"])
    for n in range(articles):
        doc = f"doc:article-{n}"
        date = f"20{18 + n % 8}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        graph.add_node(doc, type="Document", name=f"News {n}", aliases=[], path=f"data/raw/{n}.txt",
                       title=f"News {n}", date=date, sha256="0" * 64)
        a, b = rng.sample(orgs, 2)
        evidence = [{"document": f"{n}.txt", "sentence": SENTENCE.format(a=a, b=b, date=date)}]

        def fact(u, v, relation, doc=doc, evidence=evidence, **attrs):
            graph.add_edge(u, v, relation, relation=relation, evidence=evidence, confidence=0.8, support=1, **attrs)
            for node in (u, v):
                graph.add_edge(node, doc, "mentioned_in", relation="mentioned_in")

        agreement = f"agreement:cooperation-agreement-{n}"
        graph.add_node(agreement, type="Agreement", name=f"cooperation agreement ({a} – {b})", aliases=[],
                       title="cooperation agreement", kind="cooperation agreement", date=date, place=None)
        event = f"event:symposium-{n}"
        graph.add_node(event, type="Event", name=f"Joint Symposium {n}", aliases=[], title=f"Joint Symposium {n}",
                       kind="symposium", date=date, place=None)
        fact(a, agreement, "party_to")
        fact(b, agreement, "party_to")
        fact(a, b, "collaborates_with")
        fact(a, event, "organized")
        fact(b, event, "organized")
        staff = rng.sample(people, 6)
        for k, person in enumerate(staff):
            org = a if k % 2 == 0 else b
            fact(person, org, "holds_role", title=rng.choice(TITLES))
            if k < 2:
                fact(person, agreement, "signed", on_behalf_of=org)
            elif k < 4:
                fact(person, agreement, "witnessed")
            else:
                fact(person, event, "participated_in")
    return graph


def far_apart(graph: nx.MultiDiGraph) -> tuple[str, str]:
    """A signer of the first agreement and the organization furthest from them, so the path question has work."""
    facts = nx.Graph((u, v) for u, v, d in graph.edges(data=True) if d["relation"] != "mentioned_in")
    person = next(u for u, _, d in graph.in_edges("agreement:cooperation-agreement-0", data=True)
                  if d["relation"] == "signed")
    distances = nx.single_source_shortest_path_length(facts, person)
    org = max((n for n in distances if n.startswith("org:")), key=lambda n: (distances[n], n))
    return graph.nodes[person]["name"], graph.nodes[org]["acronym"]


def timed(args: list[str], runs: int) -> tuple[float, str]:
    """Median wall time of `runs` fresh processes, and the last one's stdout."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    times, stdout = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode:
            sys.exit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr}")
        stdout = done.stdout + done.stderr
    return statistics.median(times), stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.json"
        start = time.perf_counter()
        graph = synthetic_graph(options.articles)
        save_graph(graph, path)
        print(f"synthetic graph: {options.articles} articles, {graph.number_of_nodes()} nodes, "
              f"{graph.number_of_edges()} edges, {path.stat().st_size / 1e6:.1f} MB "
              f"(written in {time.perf_counter() - start:.1f} s)")
        baseline, _ = timed(["-c", "pass"], options.runs)
        start_person, far_org = far_apart(graph)
        questions = ["who signed with IMS42", "who works at Institution 3 of Medical Sciences",
                     f"how is {start_person} connected to {far_org}"]
        print(f"python start-up alone:              {baseline * 1000:7.0f} ms")
        for question in questions:
            median, _ = timed(["-m", "medcollab_kg", "query", question, "--graph", str(path), "--json"], options.runs)
            print(f"kg query {question!r:50} {median * 1000:7.0f} ms (median of {options.runs} cold starts)")
        listing, _ = timed(["-m", "medcollab_kg", "agreements", "--org", "IMS42", "--graph", str(path), "--json"],
                           options.runs)
        print(f"kg agreements --org IMS42:          {listing * 1000:7.0f} ms")
        # Where the time goes, in one process: imports, reading the graph, answering.
        probe = (f"import sys, time; t = time.perf_counter(); import medcollab_kg.cli.app;"
                 f"i = time.perf_counter();"
                 f"from medcollab_kg.graph import load_graph; from medcollab_kg.query import ask;"
                 f"g = load_graph({str(path)!r}); l = time.perf_counter(); ask(g, {questions[0]!r});"
                 f"a = time.perf_counter(); ms = lambda s: round(s * 1000);"
                 f"print(ms(i - t), ms(l - i), ms(a - l), 'spacy' in sys.modules)")
        _, line = timed(["-c", probe], 1)
        imports, load, answer, spacy = line.split()
        print(f"  of which: imports {imports} ms, load_graph {load} ms, ask {answer} ms; spaCy imported: {spacy}")
        spacy_alone, _ = timed(["-c", "import spacy"], options.runs)
        print(f"  `import spacy` alone costs        {(spacy_alone - baseline) * 1000:7.0f} ms over start-up")


if __name__ == "__main__":
    main()
