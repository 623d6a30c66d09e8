"""How fast `kg build` is, against the ceiling of bare spaCy, and how its memory grows with the corpus.

    python benchmarks/bench_build.py                 # 1,000 generated articles
    python benchmarks/bench_build.py --articles 200  # quicker
    python benchmarks/bench_build.py --corpus DIR    # your own articles (N = all of them; 5N is skipped)

Builds run as `python -m medcollab_kg build …` subprocesses, as a user runs them, so
their times include start-up, model loading, resolution and writing the graph.
Memory is the peak of the summed RSS of the build process and its workers.
Prints a Markdown table; --output also writes it to a file (benchmarks/RESULTS.md).
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate_corpus

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
ENV: dict[str, str] = {}


def use_source(src: Path) -> None:
    """Run kg (in subprocesses and here) from `src`: this checkout by default, or a tree with a change to measure."""
    global SRC
    SRC = src.resolve()
    sys.path.insert(0, str(SRC))
    ENV.clear()
    ENV.update(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])))


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float  # user + system seconds of the command and every worker it waited for
    peak_rss: int  # bytes, build process plus its children


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_kg(*args: str) -> Run:
    """Run one kg command; sample the process tree's RSS every 20 ms."""
    start, cpu = time.perf_counter(), children_cpu()
    proc = subprocess.Popen([sys.executable, "-m", "medcollab_kg", *args], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            parent = psutil.Process(proc.pid)
            while not stop.is_set():
                total = 0
                for p in [parent, *parent.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, total)
                stop.wait(0.02)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({proc.returncode}):\n{stderr.decode()[-2000:]}")
    return Run(seconds, children_cpu() - cpu, peak)


def bare_pipe(texts: list[str], model: str | None) -> tuple[float, float]:
    """Wall and CPU seconds for nlp.pipe over the texts in this process, model already loaded: the ceiling."""
    from medcollab_kg.nlp import build_nlp

    nlp = build_nlp(model)
    list(nlp.pipe(texts[:20]))  # warm up
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def untrimmed_pipe(texts: list[str]) -> tuple[float, float]:
    """Seconds for the same texts with the whole model (as spacy.load gives it) and with our trimmed one."""
    import spacy

    from medcollab_kg.nlp.pipeline import default_model

    full = spacy.load(default_model())
    list(full.pipe(texts[:20]))
    cpu = time.process_time()
    for _ in full.pipe(texts):
        pass
    return time.process_time() - cpu, bare_pipe(texts, None)[1]


def load() -> str:
    return f"{os.getloadavg()[0]:.2f}"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import spacy

    from medcollab_kg.nlp import build_nlp, pipeline_version

    return (f"{cpu}, {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}, spaCy {spacy.__version__}; "
            f"pipeline {pipeline_version(build_nlp())} ({', '.join(build_nlp().pipe_names)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="N (default 1000)")
    parser.add_argument("--corpus", type=Path, help="read these articles instead of generating N")
    parser.add_argument("--workers", type=int, default=psutil.cpu_count(), help="for the all-cores build")
    parser.add_argument("--output", type=Path, help="also write the table to this Markdown file")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    parser.add_argument("--src", type=Path, default=SRC, help="source tree to run (default: this checkout's src/)")
    args = parser.parse_args()
    use_source(args.src)

    work = Path(args.keep or tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.corpus:
        corpus = args.corpus
    else:
        corpus = work / "corpus"
        shutil.rmtree(corpus, ignore_errors=True)
        generate_corpus(corpus, args.articles)
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    n, words = len(texts), sum(len(t.split()) for t in texts)
    print(f"corpus: {n} articles, {words} words ({words // max(n, 1)} per article) in {corpus}", file=sys.stderr)

    def graph(name: str) -> str:
        shutil.rmtree(work / name, ignore_errors=True)
        return str(work / name / "graph.json")

    rows: list[list[str]] = []
    notes: list[str] = []

    def row(label: str, seconds: float, cpu: float | None, value: str, target: str, ok: bool | None) -> None:
        verdict = "" if ok is None else ("met" if ok else "**missed**")
        rows.append([label, f"{seconds:.2f} s", "" if cpu is None else f"{cpu:.2f} s", value, target, verdict])
        print(f"{label}: {seconds:.2f} s (cpu {cpu or 0:.2f} s), {value} {verdict} [load {load()}]", file=sys.stderr)

    loads = [load()]
    # 1. the ceiling: the same pipeline kg build runs, nlp.pipe only, one process, model loaded
    ceiling, ceiling_cpu = bare_pipe(texts, None)
    row("1. bare `nlp.pipe`, 1 process", ceiling, ceiling_cpu,
        f"{n / ceiling:.1f} art/s, {words / ceiling:,.0f} words/s", "ceiling", None)

    # 2. cold build, one worker
    g_one = graph("one")
    one = run_kg("build", str(corpus), "--graph", g_one, "--workers", "1")
    ratio = ceiling / one.seconds
    row("2. `kg build` cold, 1 worker", one.seconds, one.cpu,
        f"{n / one.seconds:.1f} art/s, {words / one.seconds:,.0f} words/s; {ratio:.2f} of (1) "
        f"(by CPU time {ceiling_cpu / one.cpu:.2f})", "≥ 0.85 of (1)", ratio >= 0.85)

    # 3. cold build, all workers (the default command)
    g_all = graph("all")
    cold = run_kg("build", str(corpus), "--graph", g_all, "--workers", str(args.workers))
    speedup = one.seconds / cold.seconds
    row(f"3. `kg build` cold, {args.workers} workers", cold.seconds, cold.cpu,
        f"{n / cold.seconds:.1f} art/s; {speedup:.2f}x (2)", "≥ 1.6x (2)", speedup >= 1.6)

    # 4. rebuilds: nothing changed, then one article changed
    same = run_kg("build", str(corpus), "--graph", g_all)
    row("4a. `kg build` again, nothing changed", same.seconds, same.cpu, f"{same.seconds / cold.seconds:.2%} of (3)",
        "< 5% of (3)", same.seconds < 0.05 * cold.seconds)
    changed = one_changed(corpus, work / "all", work / "edited")
    row("4b. `kg build` again, 1 article changed", changed.seconds, changed.cpu,
        f"{changed.seconds / cold.seconds:.2%} of (3); {changed.seconds / one.seconds:.2%} of (2)",
        "< 5% of (3)", changed.seconds < 0.05 * cold.seconds)

    watched = watch_changed(corpus, work / "all", work / "watched")
    row("4d. `kg build --watch`, 1 article changed", watched, None,
        f"{watched / cold.seconds:.2%} of (3); median of 3, from the write to the new graph", "< 5% of (3)",
        watched < 0.05 * cold.seconds)

    # 5. fast mode, one worker, against (2)
    fast = run_kg("build", str(corpus), "--graph", graph("fast"), "--workers", "1", "--model", "blank")
    fast_ratio = one.seconds / fast.seconds
    row("5. `kg build --model blank` cold, 1 worker", fast.seconds, fast.cpu,
        f"{n / fast.seconds:.1f} art/s; {fast_ratio:.1f}x (2) (by CPU time {one.cpu / fast.cpu:.1f}x)", "≥ 10x (2)",
        fast_ratio >= 10)
    fast_all = run_kg("build", str(corpus), "--graph", graph("fast-all"), "--workers", str(args.workers),
                      "--model", "blank")
    # fast mode as a user runs it: all cores, the default
    fast_ratio_all = one.seconds / fast_all.seconds
    row(f"5b. `kg build --model blank` cold, {args.workers} workers (the default)", fast_all.seconds, fast_all.cpu,
        f"{n / fast_all.seconds:.1f} art/s; {fast_ratio_all:.1f}x (2), {cold.seconds / fast_all.seconds:.1f}x (3)",
        "≥ 10x (2)", fast_ratio_all >= 10)

    # 6. memory at N and 5N (the all-workers builds)
    rows.append([f"6a. peak RSS, cold build of N={n}", f"{cold.seconds:.2f} s", f"{cold.cpu:.2f} s",
                 f"{cold.peak_rss / 2**20:.0f} MiB", "", ""])
    if not args.corpus:
        big = work / "corpus5"
        shutil.rmtree(big, ignore_errors=True)
        generate_corpus(big, 5 * n, seed=7)
        five = run_kg("build", str(big), "--graph", graph("five"), "--workers", str(args.workers))
        growth = five.peak_rss / cold.peak_rss
        row(f"6b. peak RSS, cold build of 5N={5 * n}", five.seconds, five.cpu,
            f"{five.peak_rss / 2**20:.0f} MiB; {growth:.2f}x (6a)", "< 1.5x (6a)", growth < 1.5)
        changed5 = one_changed(big, work / "five", work / "edited5")
        row(f"4c. as 4b, on the 5N={5 * n} corpus", changed5.seconds, changed5.cpu,
            f"{changed5.seconds / five.seconds:.2%} of its cold build (6b)", "< 5% of (6b)",
            changed5.seconds < 0.05 * five.seconds)
        notes.append(f"5N build throughput: {5 * n / five.seconds:.1f} art/s.")

    # 7. query cold start: a new process each time; median of five
    question = "who signed with " + busiest_party(g_all)
    runs = [run_kg("query", question, "--graph", g_all) for _ in range(5)]
    q = statistics.median(r.seconds for r in runs)
    row(f"7. `kg query` cold start (\"{question}\")", q, statistics.median(r.cpu for r in runs),
        f"median of 5 (min {min(r.seconds for r in runs):.2f} s)", "< 0.5 s", q < 0.5)
    loads.append(load())

    # extra: what trimming the model buys, on the first 200 texts
    m = min(n, 200)
    full, trimmed = untrimmed_pipe(texts[:m])
    notes.append(f"Trimming, by CPU time on the first {m} texts: the whole model as `spacy.load` gives it runs "
                 f"{m / full:.1f} art/s, the trimmed pipeline with our components {m / trimmed:.1f} art/s "
                 f"({full / trimmed:.2f}x).")

    notes.append(f"Load average (1 min) at start and end: {loads[0]} and {loads[1]}; anything above 0 is other "
                 "work competing for the same cores, which the wall-clock times include and the CPU times do not.")
    table = ["| measure | wall | CPU | result | target | |", "| --- | --- | --- | --- | --- | --- |"]
    table += ["| " + " | ".join(r) + " |" for r in sorted(rows, key=lambda r: r[0].split(" ")[0])]  # 4c ran late
    text = "\n".join([f"Corpus: {n} articles, {words:,} words ({words // max(n, 1)} per article); "
                      f"{'generated by benchmarks/corpus.py' if not args.corpus else corpus}.", "",
                      f"Machine: {machine()}.", "",
                      *([f"Source: {SRC} (not this checkout).", ""] if SRC != (ROOT / "src").resolve() else []),
                      *table, "", *[f"- {x}" for x in notes]])
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def one_changed(corpus: Path, built: Path, edited: Path) -> Run:
    """Copy a built corpus and its fact cache, add a sentence to its first article, and rebuild."""
    shutil.rmtree(edited, ignore_errors=True)
    shutil.copytree(corpus, edited)
    shutil.copy(built / "graph.facts.sqlite", edited.with_suffix(".facts.sqlite"))
    first = sorted(p for p in edited.rglob("*") if p.suffix in (".txt", ".md"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nThe partners will meet again next spring.\n",
                     encoding="utf-8")
    return run_kg("build", str(edited), "--graph", str(edited.with_suffix(".json")))


def watch_changed(corpus: Path, built: Path, watched: Path, times: int = 3) -> float:
    """`kg build --watch` on a copy of a built corpus: seconds from changing one article to the rebuilt graph's
    summary line, the median of `times` changes (each to another article)."""
    shutil.rmtree(watched, ignore_errors=True)
    shutil.copytree(corpus, watched / "raw")
    shutil.copy(built / "graph.facts.sqlite", watched / "graph.facts.sqlite")
    proc = subprocess.Popen([sys.executable, "-m", "medcollab_kg", "build", str(watched / "raw"), "--graph",
                             str(watched / "graph.json"), "--watch", "--json"], env=ENV, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdout.readline()  # the first build's summary
        while "Watching" not in proc.stderr.readline():  # said once the model is loaded
            if proc.poll() is not None:
                raise SystemExit(f"kg build --watch failed ({proc.returncode})")
        files = sorted(p for p in (watched / "raw").rglob("*") if p.suffix in (".txt", ".md"))
        seconds = []
        for i in range(times):
            time.sleep(1)
            article = files[i * len(files) // times]
            start = time.perf_counter()
            article.write_text(article.read_text(encoding="utf-8") + f"\nThe partners will meet again in {2030 + i}.\n",
                               encoding="utf-8")
            line = proc.stdout.readline()
            seconds.append(time.perf_counter() - start)
            if '"extracted": 1' not in line:
                raise SystemExit(f"kg build --watch did not rebuild one article: {line[:200]}")
        return statistics.median(seconds)
    finally:
        proc.terminate()
        proc.wait()


def busiest_party(graph_path: str) -> str:
    """The organization that is party to most agreements, by name (invented acronyms collide)."""
    from collections import Counter

    from medcollab_kg.graph import load_graph

    g = load_graph(graph_path)
    counts = Counter(u for u, _, d in g.edges(data=True) if d.get("relation") == "party_to")
    if not counts:
        return "University"
    node = g.nodes[counts.most_common(1)[0][0]]
    return node["name"]


if __name__ == "__main__":
    main()
