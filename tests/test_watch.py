"""`kg build --watch`: a real process, real files; each change rebuilds the graph with only that article extracted."""
from __future__ import annotations

import json
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from medcollab_kg.graph import load_graph

pytestmark = pytest.mark.slow  # every test runs kg build --watch in a process of its own

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
NEW_ARTICLE = ("Thornvale University and Brackenridge Children's Hospital signed a memorandum of understanding "
               "on 3 March 2025 to train paediatric nurses together.\n")


def start_watching(cwd: Path, folder: str, graph: str) -> tuple[subprocess.Popen, queue.Queue]:
    process = subprocess.Popen(
        [sys.executable, "-m", "medcollab_kg", "build", folder, "--graph", graph, "--model", "blank",
         "--workers", "1", "--watch", "--json"],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # a suite run in the background (`make test &`, some CI runners) ignores SIGINT, and the watcher would
        # inherit that and never see the Ctrl-C this test sends: give it the default disposition back
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    # stderr is read as it comes, or a full pipe would block the watcher (and its exit) on a write
    logged: list[str] = []
    reader = threading.Thread(target=lambda: logged.extend(process.stderr), daemon=True)
    reader.start()
    process.logged, process.log_reader = logged, reader  # type: ignore[attr-defined]
    return process, lines


def log_of(process: subprocess.Popen) -> str:
    """Everything the watcher wrote to stderr, once it has exited."""
    process.log_reader.join(timeout=10)  # type: ignore[attr-defined]
    return "".join(process.logged)  # type: ignore[attr-defined]


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
    process.wait()
    process.stdout.close()


def next_build(lines: queue.Queue) -> dict:
    return json.loads(lines.get(timeout=60))  # one JSON line per build


@pytest.fixture
def watching(tmp_path):
    shutil.copytree(RAW, tmp_path / "raw")
    process, lines = start_watching(tmp_path, "raw", "graphs/graph.json")
    yield process, lines
    stop(process)


def test_watch_rebuilds_on_each_change_extracting_only_what_changed(watching, tmp_path):
    process, lines = watching
    first = next_build(lines)
    samples = len(list(RAW.glob("*.txt")))
    assert (first["articles"], first["extracted"]) == (samples, samples)
    time.sleep(0.5)  # let the watcher start before the change

    (tmp_path / "raw" / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    added = next_build(lines)
    assert (added["articles"], added["extracted"], added["cached"]) == (samples + 1, 1, samples)
    names = {d.get("name") for _, d in load_graph(tmp_path / "graphs" / "graph.json").nodes(data=True)}
    assert "Brackenridge Children's Hospital" in names

    (tmp_path / "raw" / "new.txt").unlink()
    removed = next_build(lines)
    assert (removed["articles"], removed["extracted"]) == (samples, 0)
    names = {d.get("name") for _, d in load_graph(tmp_path / "graphs" / "graph.json").nodes(data=True)}
    assert "Brackenridge Children's Hospital" not in names

    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    assert "Stopped watching" in log_of(process)


def test_files_kg_writes_itself_do_not_trigger_a_rebuild(tmp_path):
    """Watching a folder that holds the graph: writing the graph must not start another build."""
    shutil.copytree(RAW, tmp_path / "raw")
    process, lines = start_watching(tmp_path, ".", "graph.json")
    try:
        next_build(lines)
        with pytest.raises(queue.Empty):
            lines.get(timeout=3)
    finally:
        stop(process)


def test_watch_cannot_watch_stdin(tmp_path):
    done = subprocess.run([sys.executable, "-m", "medcollab_kg", "build", "-", "--watch"], cwd=tmp_path,
                          input="text", capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "stdin" in done.stderr


def test_an_error_during_a_rebuild_is_reported_and_the_watch_goes_on(watching, tmp_path):
    process, lines = watching
    next_build(lines)
    time.sleep(0.5)
    graph = tmp_path / "graphs" / "graph.json"
    graph.unlink()
    graph.mkdir()  # a folder where the graph should go: this rebuild cannot write it
    (tmp_path / "raw" / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    with pytest.raises(queue.Empty):
        lines.get(timeout=5)
    graph.rmdir()
    (tmp_path / "raw" / "new.txt").write_text(NEW_ARTICLE + "A second paragraph.\n", encoding="utf-8")
    assert next_build(lines)["articles"] == len(list(RAW.glob("*.txt"))) + 1
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    assert "Error: Cannot write" in log_of(process)
