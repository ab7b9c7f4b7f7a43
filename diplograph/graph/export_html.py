"""The page template of the HTML export (see :mod:`diplograph.graph.export`).

Self-contained: styles and script inline, no network. The graph data sits in a
``<script type="application/json">`` element (escaped for that context by the
exporter) and the script only ever sets ``textContent`` and SVG attributes, never
HTML, so names and titles carrying markup stay text. After drawing, the script
writes the number of node circles it drew into ``#rendered-nodes``.
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>diplograph graph</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 360px;
         grid-template-rows: auto 1fr auto; height: 100vh; }
  header { grid-column: 1 / 3; padding: 8px 12px; border-bottom: 1px solid #ccc; display: flex; gap: 16px;
           align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 16px; margin: 0; }
  #graph { width: 100%; height: 100%; background: #fafafa; cursor: grab; }
  aside { border-left: 1px solid #ccc; overflow: auto; padding: 8px 12px; }
  aside h2 { font-size: 15px; margin: 4px 0; }
  aside ul { padding-left: 16px; }
  aside li { margin: 4px 0; }
  footer { grid-column: 1 / 3; max-height: 30vh; overflow: auto; border-top: 1px solid #ccc; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border-bottom: 1px solid #eee; padding: 2px 6px; text-align: left; }
  circle { stroke: #fff; stroke-width: 1; vector-effect: non-scaling-stroke; cursor: pointer; }
  circle.hit { stroke: #000; stroke-width: 3; }
  circle.dim, line.dim { opacity: 0.15; }
  line { stroke-opacity: 0.55; }
  text.lbl { pointer-events: none; fill: #222; }
  .legend span { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin: 0 3px 0 8px; }
</style>
</head>
<body>
<header>
  <h1>diplograph</h1>
  <div><span id="node-count">{{NODE_COUNT}}</span> nodes, <span id="edge-count">{{EDGE_COUNT}}</span> edges
    (drawn: <span id="rendered-nodes">0</span> nodes); selection: <span id="selection">{{DESCRIPTION}}</span>;
    events with one participant left out: {{ONE_SIDED}}</div>
  <label>find <input id="search" type="search" placeholder="name or id"></label>
  <div class="legend" id="legend"></div>
</header>
<svg id="graph" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="graph"></svg>
<aside id="details"><h2>Click a node</h2><p>Its events and relations are listed here; the wheel zooms,
  dragging pans, the search box highlights names.</p></aside>
<footer>
<details><summary>All nodes (table)</summary>
<table id="node-table"><thead><tr><th>id</th><th>name</th><th>kind</th><th>state</th><th>edges</th></tr></thead>
<tbody>
{{NODE_ROWS}}
</tbody></table>
</details>
</footer>
<script type="application/json" id="graph-data">{{DATA}}</script>
<script>
"use strict";
(function () {
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = data.nodes, edges = data.edges, n = nodes.length;
  var svg = document.getElementById("graph");
  var COLORS = {state: "#1f77b4", person: "#d62728", organization: "#2ca02c", place: "#9467bd",
                group: "#ff7f0e", article: "#7f7f7f"};
  var QUAD = {1: "#2ca02c", 2: "#17becf", 3: "#ff7f0e", 4: "#d62728"};
  var index = {}, i, j;
  for (i = 0; i < n; i++) { index[nodes[i].id] = i; nodes[i].deg = 0; }
  // one layout spring per linked pair, whatever the number of edges between them
  var pairs = {}, pairList = [];
  edges.forEach(function (e) {
    var a = index[e.source], b = index[e.target];
    if (a === undefined || b === undefined) return;
    nodes[a].deg++; nodes[b].deg++;
    if (a === b) return;
    var k = a < b ? a + ":" + b : b + ":" + a;
    if (!pairs[k]) { pairs[k] = {a: a, b: b, n: 0, quad: 0, q: 0}; pairList.push(pairs[k]); }
    pairs[k].n++;
    if (e.quad) { pairs[k].quad += e.quad; pairs[k].q++; }
  });
  // deterministic start: a sunflower spiral, busiest nodes in the middle
  var order = nodes.map(function (_, k) { return k; });
  order.sort(function (p, q) { return nodes[q].deg - nodes[p].deg || (nodes[p].id < nodes[q].id ? -1 : 1); });
  var X = new Float64Array(n), Y = new Float64Array(n), DX = new Float64Array(n), DY = new Float64Array(n);
  var spacing = 30, golden = Math.PI * (3 - Math.sqrt(5));
  order.forEach(function (k, r) { var rad = spacing * Math.sqrt(r + 0.5); X[k] = rad * Math.cos(r * golden);
                                   Y[k] = rad * Math.sin(r * golden); });
  var ideal = spacing * 1.5, cell = ideal * 2;
  var iterations = n > 5000 ? 25 : n > 1500 ? 60 : 150;
  for (var it = 0; it < iterations; it++) {
    var temp = ideal * (1 - it / iterations) + 1;
    DX.fill(0); DY.fill(0);
    var grid = {};
    for (i = 0; i < n; i++) {
      var key = Math.floor(X[i] / cell) + "," + Math.floor(Y[i] / cell);
      (grid[key] || (grid[key] = [])).push(i);
    }
    for (i = 0; i < n; i++) {
      var gx = Math.floor(X[i] / cell), gy = Math.floor(Y[i] / cell);
      for (var ox = -1; ox <= 1; ox++) for (var oy = -1; oy <= 1; oy++) {
        var bucket = grid[(gx + ox) + "," + (gy + oy)];
        if (!bucket) continue;
        for (var t = 0; t < bucket.length; t++) {
          j = bucket[t];
          if (j === i) continue;
          var dx = X[i] - X[j], dy = Y[i] - Y[j], d2 = dx * dx + dy * dy + 0.01;
          if (d2 > cell * cell) continue;
          var f = ideal * ideal / d2;
          DX[i] += dx * f; DY[i] += dy * f;
        }
      }
    }
    pairList.forEach(function (p) {
      var dx = X[p.a] - X[p.b], dy = Y[p.a] - Y[p.b], d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      var f = d / ideal;
      DX[p.a] -= dx * f; DY[p.a] -= dy * f; DX[p.b] += dx * f; DY[p.b] += dy * f;
    });
    for (i = 0; i < n; i++) {
      DX[i] -= X[i] * 0.01; DY[i] -= Y[i] * 0.01;  // gravity keeps isolated nodes near
      var len = Math.sqrt(DX[i] * DX[i] + DY[i] * DY[i]) + 0.01, step = Math.min(len, temp);
      X[i] += DX[i] / len * step; Y[i] += DY[i] / len * step;
    }
  }
  var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (i = 0; i < n; i++) { minX = Math.min(minX, X[i]); maxX = Math.max(maxX, X[i]);
                            minY = Math.min(minY, Y[i]); maxY = Math.max(maxY, Y[i]); }
  if (!n) { minX = minY = -100; maxX = maxY = 100; }
  var view = {x: minX - 40, y: minY - 40, w: maxX - minX + 80, h: maxY - minY + 80};
  function setView() { svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h); }
  setView();
  var unit = Math.max(view.w, view.h) / 900;  // one screen pixel at the start, in layout units
  function el(name, attrs) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  var edgeLayer = el("g", {}), nodeLayer = el("g", {}), labelLayer = el("g", {});
  svg.appendChild(edgeLayer); svg.appendChild(nodeLayer); svg.appendChild(labelLayer);
  var lines = pairList.map(function (p) {
    var color = p.q ? QUAD[Math.round(p.quad / p.q)] || "#999" : "#999";
    var ln = el("line", {x1: X[p.a], y1: Y[p.a], x2: X[p.b], y2: Y[p.b], stroke: color,
                         "stroke-width": unit * Math.min(1 + Math.log(p.n), 6)});
    ln.dataset.a = p.a; ln.dataset.b = p.b;
    edgeLayer.appendChild(ln);
    return ln;
  });
  var circles = nodes.map(function (d, k) {
    var c = el("circle", {cx: X[k], cy: Y[k], r: unit * (3 + Math.min(Math.sqrt(d.deg), 12)),
                          fill: COLORS[d.kind] || "#444"});
    var title = el("title", {});
    title.textContent = (d.label || d.id) + " (" + d.id + ", " + d.kind + ")";
    c.appendChild(title);
    c.addEventListener("click", function () { show(k); });
    nodeLayer.appendChild(c);
    return c;
  });
  order.slice(0, 40).forEach(function (k) {
    var t = el("text", {x: X[k] + 8 * unit, y: Y[k] + 4 * unit, "class": "lbl", "font-size": 11 * unit});
    t.textContent = nodes[k].label || nodes[k].id;
    labelLayer.appendChild(t);
  });
  var legend = document.getElementById("legend");
  Object.keys(COLORS).forEach(function (kind) {
    var s = document.createElement("span"); s.style.background = COLORS[kind];
    legend.appendChild(s); legend.appendChild(document.createTextNode(kind));
  });
  function show(k) {
    var d = nodes[k], box = document.getElementById("details");
    while (box.firstChild) box.removeChild(box.firstChild);
    var h = document.createElement("h2"); h.textContent = d.label || d.id; box.appendChild(h);
    var p = document.createElement("p");
    p.textContent = d.id + " \\u00b7 " + d.kind + (d.state ? " \\u00b7 " + d.state : "") +
                    (d.aliases ? " \\u00b7 also " + d.aliases.join(", ") : "");
    box.appendChild(p);
    var ul = document.createElement("ul"), count = 0;
    edges.forEach(function (e) {
      if (e.source !== d.id && e.target !== d.id) return;
      if (++count > 500) return;
      var other = e.source === d.id ? e.target : e.source, o = nodes[index[other]];
      var li = document.createElement("li");
      li.textContent = (e.when || "undated") + ": " + (e.source === d.id ? "\\u2192 " : "\\u2190 ") +
        (o ? (o.label || o.id) : other) + " \\u2014 " + (e.label || e.kind) +
        (e.factuality ? " (" + e.factuality + ")" : "") + (e.n_articles ? ", " + e.n_articles + " source(s)" : "");
      ul.appendChild(li);
    });
    box.appendChild(ul);
    if (count > 500) { var more = document.createElement("p"); more.textContent = (count - 500) + " more";
                       box.appendChild(more); }
  }
  document.getElementById("search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    circles.forEach(function (c, k) {
      var d = nodes[k], hit = q && ((d.label || "").toLowerCase().indexOf(q) >= 0 || d.id.toLowerCase().indexOf(q) >= 0);
      c.classList.toggle("hit", !!hit);
      c.classList.toggle("dim", !!q && !hit);
    });
  });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var s = ev.deltaY > 0 ? 1.15 : 1 / 1.15, r = svg.getBoundingClientRect();
    var mx = view.x + (ev.clientX - r.left) / r.width * view.w, my = view.y + (ev.clientY - r.top) / r.height * view.h;
    view.x = mx - (mx - view.x) * s; view.y = my - (my - view.y) * s; view.w *= s; view.h *= s; setView();
  }, {passive: false});
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = {x: ev.clientX, y: ev.clientY}; });
  window.addEventListener("mouseup", function () { drag = null; });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var r = svg.getBoundingClientRect();
    view.x -= (ev.clientX - drag.x) / r.width * view.w; view.y -= (ev.clientY - drag.y) / r.height * view.h;
    drag = {x: ev.clientX, y: ev.clientY}; setView();
  });
  document.getElementById("rendered-nodes").textContent = String(nodeLayer.querySelectorAll("circle").length);
  document.body.setAttribute("data-rendered", "1");
})();
</script>
</body>
</html>
"""
