"""The HTML export in a real headless Chromium, driven over the DevTools protocol on a pipe (no network)."""
from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from medcollab_kg.build import build_graph
from medcollab_kg.export import export_graph

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
PUMCH = "org:peking-union-medical-college-hospital"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900", "--remote-debugging-pipe"]


def find_chromium() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if path is None:
        # Not a skip: CI installs chromium (make test does), so its absence is a broken set-up.
        pytest.fail("chromium not found: the HTML export is tested in a real browser. "
                    "Install it with `apt-get install -y chromium` (make test does this).", pytrace=False)
    return path


class Browser:
    """Just enough of the Chrome DevTools protocol: commands, events, one page session."""

    def __init__(self, profile: Path):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def pipes_on_3_and_4() -> None:  # --remote-debugging-pipe reads fd 3 and writes fd 4
            a, b = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10), fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.process = subprocess.Popen([find_chromium(), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=pipes_on_3_and_4, pass_fds=(3, 4))
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer, self.next_id, self.events, self.session = b"", 0, [], None

    def send(self, method: str, params: dict | None = None, timeout: float = 20) -> dict[str, Any]:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        reply = self.wait(lambda m: m.get("id") == self.next_id, timeout)
        if "error" in reply:
            raise AssertionError(f"{method}: {reply['error']}")
        return reply["result"]

    def wait(self, match, timeout: float = 20) -> dict[str, Any]:
        """Read messages until one matches; events on the way are kept in self.events."""
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "method" in message:
                    self.events.append(message)
                if match(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_chrome], [], [], left)[0]:
                raise AssertionError("chromium did not answer in time")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise AssertionError("chromium closed the DevTools pipe")
            self.buffer += chunk

    def open(self, url: str) -> None:
        target = next(t for t in self.send("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Page.navigate", {"url": url})
        self.wait(lambda m: m.get("method") == "Page.loadEventFired")

    def js(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def errors(self) -> list[str]:
        """Uncaught exceptions, console.error calls and browser log errors (CSP violations, failed loads)."""
        found = []
        for e in self.events:
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                found.append(json.dumps(p["exceptionDetails"])[:500])
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                found.append(json.dumps(p.get("args"))[:500])
            elif e["method"] == "Log.entryAdded" and p["entry"]["level"] == "error":
                found.append(p["entry"]["text"])
        return found

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"]))

    def close(self) -> None:
        self.session = None  # Browser.close is a browser-level command, not a page's
        try:
            self.send("Browser.close", timeout=5)
        except AssertionError:
            pass  # it may close the pipe before it answers
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.to_chrome)
        os.close(self.from_chrome)


def shown_nodes(graph: nx.MultiDiGraph, hidden: set[str]) -> int:
    """Nodes the page should draw: those with an edge of a shown relation, and those with no edges at all."""
    relations = {n: [d for *_, d in graph.edges(n, data="relation")] + [d for *_, d in graph.in_edges(n, data="relation")]
                 for n in graph}
    return sum(1 for rs in relations.values() if not rs or any(r not in hidden for r in rs))


@pytest.fixture(scope="module")
def sample_graph(tmp_path_factory) -> nx.MultiDiGraph:
    return build_graph([ROOT / "data" / "raw"], graph_path=tmp_path_factory.mktemp("graph") / "g.json").graph


@pytest.fixture
def browser(tmp_path):
    b = Browser(tmp_path / "profile")
    yield b
    b.close()


def test_page_loads_clean_shows_the_graph_and_finds_nodes(sample_graph, browser, tmp_path):
    page = export_graph(sample_graph, "html", tmp_path / "graph.html", with_articles=True)
    browser.open(page.as_uri())
    assert browser.js("document.getElementById('node-count').textContent") == str(sample_graph.number_of_nodes())
    assert browser.js("document.getElementById('edge-count').textContent") == str(sample_graph.number_of_edges())
    types = {t for _, t in sample_graph.nodes(data="type")}
    assert set(browser.js("[...document.querySelectorAll('#legend span')].map(s => s.textContent)")) == types

    # Search as a person would: focus the box and type.
    browser.js("document.getElementById('search').focus()")
    browser.send("Input.insertText", {"text": "pumch"})
    assert browser.js("document.querySelector('#card h2').textContent") == "Peking Union Medical College Hospital"
    assert re.fullmatch(r"\d+ match(es)?", browser.js("document.getElementById('search-status').textContent"))
    evidence = browser.js("[...document.querySelectorAll('#card blockquote')].map(q => q.textContent)")
    assert any("Strategic Cooperation Agreement" in q for q in evidence)
    browser.screenshot(ARTIFACTS / "export-html.png")

    # Click another node on the canvas: its card replaces PUMCH's.
    target = "org:hong-kong-university-of-science-and-technology"
    browser.js(f"kg.select({json.dumps(target)})")
    browser.js("kg.settle()")
    x, y = browser.js(f"kg.screen({json.dumps(target)})")
    browser.js("kg.select(null)")
    browser.js("kg.settle()")
    browser.click(x, y)
    assert browser.js("document.querySelector('#card h2').textContent") == sample_graph.nodes[target]["name"]

    # Filter by relation: without holds_role, people who only hold roles leave the picture.
    shown = int(browser.js("document.getElementById('shown-count').textContent"))
    assert shown == shown_nodes(sample_graph, hidden={"mentioned_in"})  # documents start hidden
    browser.js("document.querySelector('#relations input[value=holds_role]').click()")
    assert int(browser.js("document.getElementById('shown-count').textContent")) < shown
    browser.js("document.querySelector('#relations input[value=mentioned_in]').click()")
    assert int(browser.js("document.getElementById('shown-count').textContent")) == shown_nodes(
        sample_graph, hidden={"holds_role"})
    assert browser.errors() == []


def test_article_text_with_markup_never_runs(browser, tmp_path):
    g = nx.MultiDiGraph(format="medcollab-kg", schema_version=1)
    evil = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    g.add_node("org:evil", type="Organization", name=f"Evil {evil}", aliases=["</script><script>window.pwned=3</script>"],
               acronym="EVIL", kind="other")
    g.add_node("org:good", type="Organization", name="Good Hospital", aliases=[], acronym=None, kind="hospital")
    g.add_edge("org:evil", "org:good", "collaborates_with", relation="collaborates_with", confidence=0.7, support=1,
               evidence=[{"document": "evil.txt", "sentence": f"They said {evil} & left."}])
    page = export_graph(g, "html", tmp_path / "evil.html")
    browser.open(page.as_uri())
    browser.js("document.getElementById('search').focus()")
    browser.send("Input.insertText", {"text": "evil"})
    assert browser.js("document.querySelector('#card h2').textContent") == f"Evil {evil}"
    assert browser.js("document.querySelector('#card blockquote').firstChild.textContent") == f"They said {evil} & left."
    assert browser.js("typeof window.pwned") == "undefined"
    assert browser.js("document.querySelectorAll('img, #card script').length") == 0
    assert browser.js("document.getElementById('node-count').textContent") == "2"
    assert browser.errors() == []


def test_the_picture_sizes_nodes_by_connections_keeps_labels_apart_and_groups_apart(sample_graph, browser, tmp_path):
    page = export_graph(sample_graph, "html", tmp_path / "graph.html")
    browser.open(page.as_uri())
    browser.js("kg.settle()")
    size = lambda node: browser.js(f"kg.graph.getNodeAttribute({json.dumps(node)}, 'size')")  # noqa: E731
    leaf = next(n for n in sample_graph if n.startswith("person:") and sample_graph.degree(n) == 1)
    assert size(PUMCH) > size(leaf)  # node size follows the number of relations

    boxes = browser.js("kg.labels()")  # [x0, y0, x1, y1] of every label drawn
    assert len(boxes) >= 15
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]]
    assert overlapping == []

    # Each connected group of nodes is laid out in a box of its own: no two groups' boxes overlap.
    groups = browser.js("""graphologyLibrary.components.connectedComponents(kg.graph).filter(c => c.length > 1)
        .map(c => { const xs = c.map(n => kg.graph.getNodeAttribute(n, 'x')), ys = c.map(n => kg.graph.getNodeAttribute(n, 'y'));
                    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]; })""")
    assert len(groups) >= 2
    assert not [(a, b) for i, a in enumerate(groups) for b in groups[i + 1:]
                if a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]]

    # Every node is on the canvas, below the toolbar.
    graph_box = browser.js("(b => [b.left, b.top, b.right, b.bottom])(document.getElementById('graph').getBoundingClientRect())")
    for node in (PUMCH, leaf):
        x, y = browser.js(f"kg.screen({json.dumps(node)})")
        assert graph_box[0] <= x <= graph_box[2] and graph_box[1] <= y <= graph_box[3], node
    assert browser.errors() == []


def test_cards_link_evidence_to_its_article(browser, tmp_path):
    g = nx.MultiDiGraph(format="medcollab-kg", schema_version=1)
    g.add_node("org:a", type="Organization", name="Alpha Hospital", aliases=[], acronym="AH", kind="hospital")
    g.add_node("org:b", type="Organization", name="Beta University", aliases=[], acronym="BU", kind="university")
    g.add_node("doc:a-txt", type="Document", name="Alpha and Beta", title="Alpha and Beta", date="2024-05-20",
               url="https://news.example.org/a-b", aliases=[])
    g.add_edge("org:a", "org:b", "collaborates_with", relation="collaborates_with", confidence=0.7, support=1,
               evidence=[{"document": "a.txt", "sentence": "Alpha works with Beta."}])
    page = export_graph(g, "html", tmp_path / "linked.html")
    browser.open(page.as_uri())
    browser.js("document.getElementById('search').focus()")
    browser.send("Input.insertText", {"text": "alpha"})
    link = browser.js("(a => a && [a.textContent, a.href])(document.querySelector('#card blockquote cite a'))")
    assert link == ["Alpha and Beta", "https://news.example.org/a-b"]
    assert "(2024-05-20)" in browser.js("document.querySelector('#card blockquote cite').textContent")
    assert browser.errors() == []
