"use strict";
// The graph view: a small force layout on a canvas. Article text only ever reaches the page through
// textContent, never as HTML.
(() => {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const canvas = $("graph"), ctx = canvas.getContext("2d");
  const nodes = data.nodes, edges = data.edges;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hidden = new Set(data.hidden_relations);
  let selected = null, hovered = null, matches = new Set();
  const view = { x: 0, y: 0, k: 1 };

  // ---------------------------------------------------------------- data
  for (const n of nodes) { n.edges = []; n.degree = 0; }
  for (const e of edges) {
    e.s = byId.get(e.source); e.t = byId.get(e.target);
    e.s.edges.push(e); e.t.edges.push(e);
    if (e.relation !== "mentioned_in") { e.s.degree++; e.t.degree++; }
  }
  for (const n of nodes) n.r = 6 + 3 * Math.sqrt(n.degree);
  // Big graphs label only their busiest nodes (and whatever is selected, found or hovered), so names stay legible.
  const labelled = new Set(nodes.length > 120 ? [...nodes].sort((a, b) => b.degree - a.degree).slice(0, 40) : nodes);
  const colour = (n) => data.colours[n.type] || data.other_colour;
  const visibleEdge = (e) => !hidden.has(e.relation);
  const visibleNode = (n) => n.edges.length === 0 || n.edges.some(visibleEdge);

  // ---------------------------------------------------------------- header
  document.title = data.title;
  $("title").textContent = data.title;
  $("node-count").textContent = String(nodes.length);
  $("edge-count").textContent = String(edges.length);
  for (const [type, c] of Object.entries(data.colours)) {
    if (!nodes.some((n) => n.type === type)) continue;
    const item = document.createElement("span");
    item.style.setProperty("--colour", c);
    item.textContent = type;
    $("legend").append(item);
  }
  const relationCounts = new Map();
  for (const e of edges) relationCounts.set(e.relation, (relationCounts.get(e.relation) || 0) + 1);
  for (const [relation, count] of [...relationCounts].sort()) {
    const label = document.createElement("label"), box = document.createElement("input");
    box.type = "checkbox"; box.checked = !hidden.has(relation); box.value = relation;
    box.addEventListener("change", () => {
      box.checked ? hidden.delete(relation) : hidden.add(relation);
      updateShown(); if (selected) showCard(selected); heat(0.3);
    });
    label.append(box, ` ${relation} (${count})`);
    $("relations").append(label);
  }
  function updateShown() { $("shown-count").textContent = String(nodes.filter(visibleNode).length); }
  updateShown();

  // ---------------------------------------------------------------- layout
  let seed = 1;  // a fixed seed: the same graph opens in the same shape
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  nodes.forEach((n, i) => {
    const a = i * 2.399963, d = 12 * Math.sqrt(i + 1);  // golden-angle spiral
    n.x = d * Math.cos(a) + random(); n.y = d * Math.sin(a) + random(); n.vx = 0; n.vy = 0;
  });
  let alpha = 1, dragging = null;
  function tick() {
    const live = nodes.filter(visibleNode), links = edges.filter(visibleEdge);
    for (let i = 0; i < live.length; i++) {  // repulsion between every pair: fine for the few hundred nodes of a news corpus
      const a = live[i];
      for (let j = i + 1; j < live.length; j++) {
        const b = live[j];
        let dx = b.x - a.x, dy = b.y - a.y, d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = random() - 0.5; dy = random() - 0.5; d2 = 0.01; }
        if (d2 > 250000) continue;
        const f = (1400 * alpha) / d2;
        a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
      }
    }
    for (const e of links) {
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - 70) / d) * 0.06 * alpha;
      e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
    }
    for (const n of live) {
      n.vx -= n.x * 0.004 * alpha; n.vy -= n.y * 0.004 * alpha;
      if (n === dragging) { n.vx = n.vy = 0; continue; }
      n.vx *= 0.6; n.vy *= 0.6; n.x += n.vx; n.y += n.vy;
    }
    alpha *= 0.985;
  }
  function heat(a) { alpha = Math.max(alpha, a); if (!running) { running = true; requestAnimationFrame(frame); } }
  let running = false;
  function frame() {
    tick(); draw();
    if (alpha > 0.01 || dragging) requestAnimationFrame(frame); else running = false;
  }

  // ---------------------------------------------------------------- drawing
  function resize() {
    const ratio = window.devicePixelRatio || 1, box = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, box.width * ratio); canvas.height = Math.max(1, box.height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    draw();
  }
  const toScreen = (n) => [canvas.clientWidth / 2 + (n.x + view.x) * view.k, canvas.clientHeight / 2 + (n.y + view.y) * view.k];
  function toWorld(px, py) {
    return [(px - canvas.clientWidth / 2) / view.k - view.x, (py - canvas.clientHeight / 2) / view.k - view.y];
  }
  function draw() {
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    const near = new Set(selected ? selected.edges.filter(visibleEdge).flatMap((e) => [e.s, e.t]) : []);
    for (const e of edges) {
      if (!visibleEdge(e)) continue;
      const [x1, y1] = toScreen(e.s), [x2, y2] = toScreen(e.t);
      const lit = selected && (e.s === selected || e.t === selected);
      ctx.strokeStyle = lit ? "rgba(30,40,60,0.8)" : "rgba(120,130,150,0.35)";
      ctx.lineWidth = lit ? 1.8 : 1;
      ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2); ctx.stroke();
      const a = Math.atan2(y2 - y1, x2 - x1), r = e.t.r * view.k, hx = x2 - r * Math.cos(a), hy = y2 - r * Math.sin(a);
      ctx.beginPath(); ctx.moveTo(hx, hy);  // arrow head: relations have a direction
      ctx.lineTo(hx - 7 * Math.cos(a - 0.4), hy - 7 * Math.sin(a - 0.4));
      ctx.lineTo(hx - 7 * Math.cos(a + 0.4), hy - 7 * Math.sin(a + 0.4));
      ctx.closePath(); ctx.fillStyle = ctx.strokeStyle; ctx.fill();
    }
    for (const n of nodes) {
      if (!visibleNode(n)) continue;
      const [x, y] = toScreen(n), r = n.r * view.k;
      const dim = selected && n !== selected && !near.has(n);
      ctx.globalAlpha = dim ? 0.3 : 1;
      ctx.beginPath(); ctx.arc(x, y, r, 0, 2 * Math.PI); ctx.fillStyle = colour(n); ctx.fill();
      if (n === selected || matches.has(n) || n === hovered) {
        ctx.lineWidth = 3; ctx.strokeStyle = n === selected ? "#1d2330" : "#d62728"; ctx.stroke();
      }
      if (labelled.has(n) || n === selected || near.has(n) || matches.has(n) || n === hovered || view.k > 1.6) {
        ctx.fillStyle = "#1d2330"; ctx.font = "12px system-ui, sans-serif";
        const text = n.name.length > 48 ? `${n.name.slice(0, 47)}…` : n.name;
        ctx.fillText(text, x + r + 3, y + 4);  // canvas text is drawn, never parsed as HTML
      }
      ctx.globalAlpha = 1;
    }
  }

  // ---------------------------------------------------------------- card
  function row(list, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    const dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = term; dd.textContent = Array.isArray(value) ? value.join("; ") : String(value);
    list.append(dt, dd);
  }
  function showCard(n) {
    const card = $("card"); card.replaceChildren();
    const h = document.createElement("h2"); h.textContent = n.name;
    const badge = document.createElement("span"); badge.className = "badge"; badge.textContent = n.type;
    badge.style.background = colour(n);
    const list = document.createElement("dl");
    row(list, "id", n.id);
    for (const [k, v] of Object.entries(n.attrs)) row(list, k, v);
    card.append(h, badge, list);
    const facts = n.edges.filter(visibleEdge);
    const heading = document.createElement("h3"); heading.textContent = `Relations (${facts.length})`;
    card.append(heading);
    for (const e of facts) {
      const other = e.s === n ? e.t : e.s, div = document.createElement("div"), link = document.createElement("button");
      div.className = "fact";
      const arrow = e.s === n ? `${e.relation} →` : `← ${e.relation}`;
      const extra = [e.attrs.title, e.attrs.date].filter(Boolean).join(", ");
      div.append(`${arrow} `);
      link.textContent = other.name; link.addEventListener("click", () => select(other, true));
      div.append(link);
      if (extra) div.append(` (${extra})`);
      for (const ev of e.evidence) {
        const q = document.createElement("blockquote"), cite = document.createElement("cite");
        q.textContent = ev.sentence; cite.textContent = ev.document; q.append(cite); div.append(q);
      }
      card.append(div);
    }
  }
  function select(n, centre) {
    selected = n;
    if (n) {
      showCard(n);
      if (centre) { view.x = -n.x; view.y = -n.y; }
    }
    draw();
  }

  // ---------------------------------------------------------------- search
  const fold = (s) => String(s || "").toLocaleLowerCase();
  function search(text) {
    const q = fold(text).trim(), list = $("matches"); list.replaceChildren();
    if (!q) { matches = new Set(); $("search-status").textContent = ""; draw(); return []; }
    const found = nodes.filter((n) => [n.name, n.attrs.acronym, ...(n.attrs.aliases || [])].some((s) => fold(s).includes(q)));
    const exact = (n) => [n.name, n.attrs.acronym, ...(n.attrs.aliases || [])].some((s) => fold(s) === q);
    // Exact names first, then what is on screen (documents start hidden), then the busiest.
    found.sort((a, b) => exact(b) - exact(a) || visibleNode(b) - visibleNode(a) || b.degree - a.degree);
    matches = new Set(found);
    $("search-status").textContent = found.length === 1 ? "1 match" : `${found.length} matches`;
    for (const n of found.slice(0, 30)) {
      const li = document.createElement("li"), b = document.createElement("button");
      b.textContent = `${n.name} (${n.type})`;
      b.addEventListener("click", () => { select(n, true); list.replaceChildren(); });
      li.append(b); list.append(li);
    }
    if (found.length) select(found[0], true); else draw();
    return found;
  }
  $("search").addEventListener("input", (ev) => search(ev.target.value));
  $("search").addEventListener("keydown", (ev) => { if (ev.key === "Escape") { ev.target.value = ""; search(""); } });

  // ---------------------------------------------------------------- pointer
  function nodeAt(px, py) {
    const [x, y] = toWorld(px, py);
    let best = null, bestD = Infinity;
    for (const n of nodes) {
      if (!visibleNode(n)) continue;
      const d = Math.hypot(n.x - x, n.y - y);
      if (d < Math.max(n.r, 6 / view.k) && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }
  let panning = null, moved = false;
  canvas.addEventListener("pointerdown", (ev) => {
    canvas.setPointerCapture(ev.pointerId); moved = false;
    dragging = nodeAt(ev.offsetX, ev.offsetY);
    panning = dragging ? null : { x: ev.offsetX, y: ev.offsetY, vx: view.x, vy: view.y };
    if (dragging) heat(0.1);
  });
  canvas.addEventListener("pointermove", (ev) => {
    if (dragging) { [dragging.x, dragging.y] = toWorld(ev.offsetX, ev.offsetY); moved = true; draw(); return; }
    if (panning) {
      view.x = panning.vx + (ev.offsetX - panning.x) / view.k; view.y = panning.vy + (ev.offsetY - panning.y) / view.k;
      moved = true; draw(); return;
    }
    const n = nodeAt(ev.offsetX, ev.offsetY);
    if (n !== hovered) { hovered = n; canvas.title = n ? `${n.name} (${n.type})` : ""; draw(); }
  });
  canvas.addEventListener("pointerup", (ev) => {
    const n = nodeAt(ev.offsetX, ev.offsetY);
    if (!moved) select(n, false);
    dragging = null; panning = null;
  });
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const [wx, wy] = toWorld(ev.offsetX, ev.offsetY);
    view.k = Math.min(8, Math.max(0.1, view.k * Math.exp(-ev.deltaY * 0.0015)));
    const [nx, ny] = toWorld(ev.offsetX, ev.offsetY);  // keep the point under the cursor in place
    view.x += nx - wx; view.y += ny - wy; draw();
  }, { passive: false });
  window.addEventListener("resize", resize);

  // Settle most of the layout before the first paint, so the page opens calm; then animate the rest.
  function fit() {
    const live = nodes.filter(visibleNode);
    if (!live.length) return;
    // Fit the middle 96% of nodes: a few stragglers should not shrink the whole picture.
    const xs = live.map((n) => n.x).sort((a, b) => a - b), ys = live.map((n) => n.y).sort((a, b) => a - b);
    const lo = Math.floor(live.length * 0.02), hi = Math.ceil(live.length * 0.98) - 1;
    const [x0, x1, y0, y1] = [xs[lo], xs[hi], ys[lo], ys[hi]];
    view.k = Math.min(2, Math.max(0.1, Math.min(canvas.clientWidth / (x1 - x0 + 160), canvas.clientHeight / (y1 - y0 + 80))));
    view.x = -(x0 + x1) / 2; view.y = -(y0 + y1) / 2;
  }
  const warmup = Math.max(20, Math.min(200, Math.floor(4e7 / (nodes.length * nodes.length + 1))));  // big graphs open fast
  for (let i = 0; i < warmup; i++) tick();
  resize();
  fit();
  heat(alpha);
  // For tests and the console: where a node is on screen, in page coordinates.
  const screen = (id) => { const b = canvas.getBoundingClientRect(), [x, y] = toScreen(byId.get(id)); return [b.left + x, b.top + y]; };
  window.kg = { search, screen, select: (id) => select(byId.get(id), true), settle: () => { alpha = 0; } };
})();
