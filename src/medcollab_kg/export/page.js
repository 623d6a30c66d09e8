"use strict";
// The graph view, drawn by sigma.js (WebGL) from a graphology graph. Each connected component is laid out on
// its own by ForceAtlas2, spread by noverlap so nodes do not overlap, and the components are then packed side by
// side, biggest first, so unrelated groups never sit inside each other. Node size follows the number of
// relations; sigma shows labels by size on a grid, so labels do not collide. Article text only ever reaches
// the page through textContent (or sigma's canvas), never as HTML.
(() => {
  const started = performance.now();
  const block = document.getElementById("kg-data");
  const data = JSON.parse(block.textContent);
  block.textContent = "";  // a big graph's text is tens of megabytes: keep only the parsed copy
  const $ = (id) => document.getElementById(id);
  const nodes = data.nodes;
  // Edges come as [source, target, key, relation, attrs, evidence]: numbers for nodes, sentences and articles.
  const edges = data.edges.map(([s, t, key, relation, attrs, evidence]) =>
    ({ source: nodes[s].id, target: nodes[t].id, key, relation, attrs, ev: evidence }));
  data.edges = null;
  const evidenceOf = (e) => e.ev.map(([s, d]) => ({ ...data.sources[d], sentence: data.sentences[s] }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hidden = new Set(data.hidden_relations);
  let selected = null, hovered = null, matches = new Set();
  const { connectedComponents } = graphologyLibrary.components;
  const forceAtlas2 = graphologyLibrary.layoutForceAtlas2, noverlap = graphologyLibrary.layoutNoverlap;

  // ---------------------------------------------------------------- data
  for (const n of nodes) { n.edges = []; n.degree = 0; }
  for (const e of edges) {
    e.s = byId.get(e.source); e.t = byId.get(e.target);
    e.s.edges.push(e); e.t.edges.push(e);
    if (e.relation !== "mentioned_in") { e.s.degree++; e.t.degree++; }
  }
  const colour = (n) => data.colours[n.type] || data.other_colour;
  const visibleEdge = (e) => !hidden.has(e.relation);
  const visibleNode = (n) => n.edges.length === 0 || n.edges.some(visibleEdge);
  const short = (name) => (name.length > 40 ? `${name.slice(0, 39)}…` : name);

  const graph = new graphology.MultiDirectedGraph();
  for (const n of nodes) {
    // "kind", not "type": sigma reads a node's type as the name of the program that draws it
    graph.addNode(n.id, { label: short(n.name), size: 3 + 2.2 * Math.sqrt(n.degree), color: colour(n), kind: n.type });
  }
  edges.forEach((e, i) => {
    const weight = Number(e.attrs.weight) || 1;
    graph.addEdgeWithKey(`e${i}`, e.source, e.target,
                         { relation: e.relation, weight, size: 0.6 + 0.4 * Math.log2(weight), color: "#c5cad3" });
  });

  // ---------------------------------------------------------------- layout
  let seed = 1;  // a fixed seed: the same graph opens in the same shape
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

  // Components up to BIG nodes are laid out before the first frame; bigger ones start from a quick sketch and
  // are refined by ForceAtlas2 in a web worker while the page is already in use.
  const BIG = 1500;
  function subgraph(ids) {
    const sub = new graphology.Graph({ type: "undirected", multi: false });
    const r = 10 * Math.sqrt(ids.length);
    for (const id of ids) {  // a seeded random disc
      const a = 2 * Math.PI * random(), d = r * Math.sqrt(random());
      sub.addNode(id, { x: d * Math.cos(a), y: d * Math.sin(a), size: graph.getNodeAttribute(id, "size") });
    }
    for (const id of ids) {
      graph.forEachOutEdge(id, (edge, attrs, source, target) => {
        if (source !== target && !sub.hasEdge(source, target)) sub.addEdge(source, target, { weight: attrs.weight });
      });
    }
    return sub;
  }
  function fa2Settings(sub) {
    const settings = forceAtlas2.inferSettings(sub);
    settings.barnesHutOptimize = sub.order > 400;  // the quadtree pays off on big components only
    settings.adjustSizes = sub.order <= 400;
    settings.edgeWeightInfluence = 0.5;
    return settings;
  }
  function layoutComponent(ids) {
    const sub = subgraph(ids);
    if (ids.length > 2 && ids.length <= BIG) {
      forceAtlas2.assign(sub, { iterations: ids.length > 400 ? 100 : 200, settings: fa2Settings(sub) });
    } else if (ids.length > BIG) {
      forceAtlas2.assign(sub, { iterations: 3, settings: fa2Settings(sub) });  // the sketch
    }
    fitInto(sub, 25 * Math.sqrt(ids.length));
    if (ids.length > 1 && ids.length <= BIG) noverlap.assign(sub, { maxIterations: 60, settings: { margin: 3, ratio: 1.2 } });
    return sub;
  }
  // Scale and move a component into a square of `side`: its area grows with its number of nodes.
  function fitInto(sub, side) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    sub.forEachNode((id, a) => { x0 = Math.min(x0, a.x); y0 = Math.min(y0, a.y); x1 = Math.max(x1, a.x); y1 = Math.max(y1, a.y); });
    const k = side / (Math.max(x1 - x0, y1 - y0) || 1);
    sub.updateEachNodeAttributes((id, a) => ({ ...a, x: (a.x - x0) * k, y: (a.y - y0) * k }));
  }
  function place(sub, dx, dy) {
    sub.forEachNode((id, a) => graph.mergeNodeAttributes(id, { x: dx + a.x, y: -(dy + a.y) }));
  }

  const refining = [];  // big components still being laid out: { sub, x, y, side }
  function layout() {
    const components = connectedComponents(graph).sort((a, b) => b.length - a.length);
    const boxes = components.map((ids) => {
      const sub = layoutComponent(ids);
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      sub.forEachNode((id, a) => {
        x0 = Math.min(x0, a.x - a.size); y0 = Math.min(y0, a.y - a.size);
        x1 = Math.max(x1, a.x + a.size); y1 = Math.max(y1, a.y + a.size);
      });
      return { sub, x0, y0, w: x1 - x0, h: y1 - y0 };
    });
    // Shelf packing: rows as wide as the biggest component or the square root of the total area; lone nodes
    // (named in articles, in no fact) pack tightly at the end.
    const gapOf = (b) => (b.sub.order > 1 ? 40 : 12);
    const area = boxes.reduce((sum, b) => sum + (b.w + gapOf(b)) * (b.h + gapOf(b)), 0);
    const width = Math.max(boxes.length ? boxes[0].w : 0, Math.sqrt(area) * 1.3);
    let x = 0, y = 0, rowHeight = 0;
    for (const b of boxes) {
      const gap = gapOf(b);
      if (x > 0 && x + b.w > width) { x = 0; y += rowHeight + gap; rowHeight = 0; }
      place(b.sub, x - b.x0, y - b.y0);
      if (b.sub.order > BIG) refining.push({ sub: b.sub, x: x - b.x0, y: y - b.y0, side: 25 * Math.sqrt(b.sub.order) });
      x += b.w + gap; rowHeight = Math.max(rowHeight, b.h);
    }
    return components.length;
  }
  // The worker moves the big components' nodes; every REFINE_EVERY ms they are fitted back into their boxes and
  // drawn (one batched update, so sigma redraws once), for REFINE_MS at most. It starts once the page has loaded,
  // so the first picture and the first clicks do not wait for it.
  const REFINE_EVERY = 2000, REFINE_MS = 8000;
  function refine() {
    if (!refining.length || typeof graphologyLibrary.FA2Layout !== "function") return;
    const layouts = refining.map((r) => {
      const work = r.sub.copy();
      const fa2 = new graphologyLibrary.FA2Layout(work, { settings: fa2Settings(work) });
      fa2.start();
      return { ...r, work, fa2 };
    });
    const began = performance.now();
    const timer = setInterval(() => {
      const moved = new Map();
      for (const l of layouts) {
        l.work.forEachNode((id, a) => l.sub.mergeNodeAttributes(id, { x: a.x, y: a.y }));
        fitInto(l.sub, l.side);
        l.sub.forEachNode((id, a) => moved.set(id, [l.x + a.x, -(l.y + a.y)]));
      }
      graph.updateEachNodeAttributes((id, a) => {
        const p = moved.get(id);
        return p ? { ...a, x: p[0], y: p[1] } : a;
      }, { attributes: ["x", "y"] });
      if (performance.now() - began > REFINE_MS) {
        clearInterval(timer);
        for (const l of layouts) l.fa2.kill();
        kg.timings.refined = performance.now() - started;
      }
    }, REFINE_EVERY);
  }

  const componentCount = layout();
  const laidOut = performance.now();

  // ---------------------------------------------------------------- header
  document.title = data.title;
  $("title").textContent = data.title;
  $("node-count").textContent = String(nodes.length);
  $("edge-count").textContent = String(edges.length);
  $("component-count").textContent = String(componentCount);
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
      updateShown(); if (selected) showCard(selected); refresh();
    });
    label.append(box, ` ${relation} (${count})`);
    $("relations").append(label);
  }
  // A hundred thousand edges are a grey fog, and without a graphics card a browser takes seconds to draw them: past
  // MANY_EDGES, only the selected node's edges are drawn until "draw every edge" is ticked.
  const MANY_EDGES = 20000;
  let everyEdge = edges.length <= MANY_EDGES;
  if (!everyEdge) {
    const label = document.createElement("label"), box = document.createElement("input");
    box.type = "checkbox"; box.id = "every-edge";
    box.addEventListener("change", () => { everyEdge = box.checked; refresh(); });
    label.append(box, ` draw every edge (${edges.length})`);
    $("relations").append(label);
  }
  function updateShown() { $("shown-count").textContent = String(nodes.filter(visibleNode).length); }
  updateShown();

  // ---------------------------------------------------------------- drawing
  const neighbours = () => new Set(selected ? selected.edges.filter(visibleEdge).flatMap((e) => [e.s.id, e.t.id]) : []);
  let near = new Set();
  let renderer = null;
  // Labels are drawn only where they collide with none already drawn in this frame (sigma's grid keeps one label
  // per cell, but long names still run into the next cell); selected, found and hovered nodes always get theirs,
  // and the selected node's neighbours get theirs where they fit.
  let drawn = [];
  function drawLabel(context, d, settings) {
    if (!d.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = d.x + d.size + 3, y = d.y + size / 3, width = context.measureText(d.label).width;
    const box = [x - 1, y - size, x + width + 1, y + 3];
    if (!d.mustLabel && drawn.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) return;
    drawn.push(box);
    context.fillStyle = "#1d2330";
    context.fillText(d.label, x, y);
  }
  try {
    renderer = new Sigma(graph, $("graph"), {
      renderEdgeLabels: false,
      defaultEdgeType: "arrow",
      labelDensity: 0.9,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 5,
      labelFont: "system-ui, sans-serif",
      labelSize: 12,
      defaultDrawNodeLabel: drawLabel,
      zIndex: true,
      stagePadding: 40,
      nodeReducer: (id, attrs) => {
        const n = byId.get(id), out = { ...attrs };
        if (!visibleNode(n)) { out.hidden = true; return out; }
        const lit = n === selected || matches.has(n) || n === hovered;
        if (lit || near.has(id)) { out.forceLabel = true; out.zIndex = 2; }  // offered a label: shown if it fits
        if (lit) { out.highlighted = true; out.mustLabel = true; }  // shown whatever it covers
        if (selected && !lit && !near.has(id)) { out.color = "#dfe3ea"; out.label = ""; out.zIndex = 0; }
        return out;
      },
      edgeReducer: (id, attrs) => {
        const out = { ...attrs };
        if (hidden.has(attrs.relation)) { out.hidden = true; return out; }
        if (!everyEdge) {
          const [s, t] = graph.extremities(id);
          out.hidden = !selected || (s !== selected.id && t !== selected.id);
          if (out.hidden) return out;
        }
        if (selected) {
          const [s, t] = graph.extremities(id);
          if (s === selected.id || t === selected.id) { out.color = "#3b4352"; out.size = attrs.size + 1; out.zIndex = 1; }
          else out.color = "#eceef2";
        }
        return out;
      },
    });
  } catch (error) {  // no WebGL: the search and the cards still work
    const note = document.createElement("p");
    note.className = "hint";
    note.textContent = `This browser cannot draw the graph (${error.message}); search and cards still work.`;
    $("graph").append(note);
  }
  if (renderer) renderer.on("beforeRender", () => { drawn = []; });
  function refresh() { near = neighbours(); if (renderer) renderer.refresh(); }

  // ---------------------------------------------------------------- card
  const WEB_LINK = /^https?:\/\//i;
  function row(list, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    const dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = term; dd.textContent = Array.isArray(value) ? value.join("; ") : String(value);
    list.append(dt, dd);
  }
  function source(ev) {
    const cite = document.createElement("cite"), name = ev.title || ev.document;
    if (ev.url && WEB_LINK.test(ev.url)) {  // only web links are links
      const a = document.createElement("a");
      a.href = ev.url; a.rel = "noopener noreferrer"; a.target = "_blank"; a.textContent = name;
      cite.append(a);
    } else cite.textContent = name;
    if (ev.date) cite.append(` (${ev.date})`);
    return cite;
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
      const extra = [e.attrs.title, e.attrs.on_behalf_of && `for ${e.attrs.on_behalf_of}`, e.attrs.date]
        .filter(Boolean).join(", ");
      div.append(`${arrow} `);
      link.textContent = other.name; link.addEventListener("click", () => select(other, true));
      div.append(link);
      if (extra) div.append(` (${extra})`);
      for (const ev of evidenceOf(e)) {
        const q = document.createElement("blockquote");
        q.textContent = ev.sentence; q.append(source(ev)); div.append(q);
      }
      card.append(div);
    }
  }
  function select(n, centre) {
    selected = n || null;
    if (n) showCard(n);
    refresh();
    if (n && centre && renderer) {
      const d = renderer.getNodeDisplayData(n.id);
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.5) },
                                          { duration: nodes.length > 5000 ? 0 : 300 });  // each frame counts
    }
  }

  // ---------------------------------------------------------------- search
  const fold = (s) => String(s || "").toLocaleLowerCase();
  function search(text) {
    const q = fold(text).trim(), list = $("matches"); list.replaceChildren();
    if (!q) { matches = new Set(); $("search-status").textContent = ""; refresh(); return []; }
    const found = nodes.filter((n) => [n.name, n.attrs.acronym, ...(n.attrs.aliases || [])].some((s) => fold(s).includes(q)));
    const exact = (n) => [n.name, n.attrs.acronym, ...(n.attrs.aliases || [])].some((s) => fold(s) === q);
    // Exact names first, then what is on screen, then the busiest.
    found.sort((a, b) => exact(b) - exact(a) || visibleNode(b) - visibleNode(a) || b.degree - a.degree);
    matches = new Set(found.slice(0, 30));  // the ones listed: a search for "medical" should not light up thousands
    $("search-status").textContent = found.length === 1 ? "1 match" : `${found.length} matches`;
    for (const n of found.slice(0, 30)) {
      const li = document.createElement("li"), b = document.createElement("button");
      b.textContent = `${n.name} (${n.type})`;
      b.addEventListener("click", () => { select(n, true); list.replaceChildren(); });
      li.append(b); list.append(li);
    }
    if (found.length) select(found[0], true); else refresh();
    return found;
  }
  $("search").addEventListener("input", (ev) => search(ev.target.value));
  $("search").addEventListener("keydown", (ev) => { if (ev.key === "Escape") { ev.target.value = ""; search(""); } });

  // ---------------------------------------------------------------- pointer
  if (renderer) {
    renderer.on("clickNode", ({ node }) => select(byId.get(node), false));
    renderer.on("clickStage", () => select(null, false));
    renderer.on("enterNode", ({ node }) => { hovered = byId.get(node); $("graph").title = `${hovered.name} (${hovered.type})`; refresh(); });
    renderer.on("leaveNode", () => { hovered = null; $("graph").title = ""; refresh(); });
    // Drag a node to move it; the camera pans otherwise.
    let dragged = null;
    renderer.on("downNode", ({ node }) => { dragged = node; });
    renderer.getMouseCaptor().on("mousemovebody", (ev) => {
      if (!dragged) return;
      const p = renderer.viewportToGraph(ev);
      graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
      ev.preventSigmaDefault(); ev.original.preventDefault(); ev.original.stopPropagation();
    });
    renderer.getMouseCaptor().on("mouseup", () => { dragged = null; });
  }

  // For tests, benchmarks and the console: where a node is on screen (page coordinates), and how long opening took.
  const screen = (id) => {
    const b = $("graph").getBoundingClientRect(), d = renderer.getNodeDisplayData(id), p = renderer.graphToViewport(d);
    return [b.left + p.x, b.top + p.y];
  };
  const labels = () => drawn.map((b) => [...b]);  // the boxes of the labels drawn in the last frame
  window.kg = {
    search, screen, labels, graph, renderer,
    select: (id) => select(id ? byId.get(id) : null, true),
    // resolves once a camera move (search, select) has ended and the frame after it is drawn
    settle: () => new Promise((done) => setTimeout(() => requestAnimationFrame(() => done()), 400)),
    timings: { start: started, layout: laidOut - started, total: performance.now() - started, components: componentCount,
               refining: refining.length },
  };
  if (document.readyState === "complete") refine();
  else window.addEventListener("load", () => setTimeout(refine, 500));
})();
