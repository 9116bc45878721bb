// pyround workbench. Every value from the API or the URL goes into the page
// through textContent, createTextNode or setAttribute, never innerHTML, so
// the page works under the Content-Security-Policy default-src 'self'.
"use strict";

(function () {
  const SVGNS = "http://www.w3.org/2000/svg";
  const PANELS = ["explain", "modes", "bias", "eval"];
  const $ = (id) => document.getElementById(id);

  // el("td", {class: "x"}, "text", node) builds an element safely.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVGNS, tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function setAttrs(e, attrs) {
    if (!attrs) return;
    for (const k of Object.keys(attrs)) {
      if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, String(attrs[k]));
    }
  }
  function append(e, children) {
    for (const c of children) {
      if (c === undefined || c === null) continue;
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
  }
  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }
  function showError(id, msg) {
    const p = $(id);
    if (msg) {
      p.textContent = msg;
      p.hidden = false;
    } else {
      p.textContent = "";
      p.hidden = true;
    }
  }

  // api fetches JSON; a 4xx/5xx answer {"error": {"type", "message"}}
  // becomes an Error whose message is "Type: message".
  async function api(url, opts) {
    let res;
    try {
      res = await fetch(url, opts);
    } catch (e) {
      if (e && e.name === "AbortError") throw e;
      throw new Error("NetworkError: the pyround server did not answer (" + String(e && e.message) + ")");
    }
    let body = null;
    const text = await res.text();
    try {
      body = text ? JSON.parse(text) : null;
    } catch (e) {
      body = null;
    }
    if (!res.ok || (body && body.error)) {
      const err = body && body.error;
      if (err && typeof err === "object") {
        throw new Error(String(err.type || "Error") + ": " + String(err.message || ""));
      }
      throw new Error("HTTPError: " + res.status + " " + res.statusText);
    }
    if (body === null) throw new Error("HTTPError: the answer was not JSON");
    return body;
  }

  // ---- URL state ----------------------------------------------------------
  const params = new URLSearchParams(location.search);
  let activePanel = PANELS.includes(params.get("panel")) ? params.get("panel") : "explain";

  function updateURL() {
    const q = new URLSearchParams();
    if (activePanel !== "explain") q.set("panel", activePanel);
    if (activePanel === "explain") {
      q.set("x", $("explain-x").value);
      q.set("n", $("explain-n").value);
    } else if (activePanel === "modes") {
      q.set("values", $("modes-input").value);
      q.set("n", $("modes-n").value);
    } else if (activePanel === "bias") {
      q.set("n", $("bias-n").value);
      if ($("bias-column").value) q.set("column", $("bias-column").value);
    } else if (activePanel === "eval") {
      q.set("expr", $("eval-expr").value);
    }
    history.replaceState(null, "", location.pathname + "?" + q.toString());
  }

  // ---- tabs ---------------------------------------------------------------
  const tabs = PANELS.map((p) => $("tab-" + p));
  function selectPanel(name, focusTab) {
    activePanel = name;
    for (const t of tabs) {
      const on = t.dataset.panel === name;
      t.setAttribute("aria-selected", on ? "true" : "false");
      $("panel-" + t.dataset.panel).hidden = !on;
      if (on && focusTab) t.focus();
    }
    updateURL();
    // The first visit of Modes or Try Python shows the example already there.
    if (!visited.has(name)) {
      visited.add(name);
      if (name === "modes" && $("modes-input").value.trim() !== "") runModes();
      if (name === "eval" && $("eval-expr").value.trim() !== "") runEval();
    }
  }
  const visited = new Set();
  for (const t of tabs) {
    t.addEventListener("click", () => selectPanel(t.dataset.panel, false));
    t.addEventListener("keydown", (ev) => {
      const i = tabs.indexOf(t);
      let j = -1;
      if (ev.key === "ArrowRight") j = (i + 1) % tabs.length;
      else if (ev.key === "ArrowLeft") j = (i + tabs.length - 1) % tabs.length;
      else if (ev.key === "Home") j = 0;
      else if (ev.key === "End") j = tabs.length - 1;
      if (j >= 0) {
        ev.preventDefault();
        selectPanel(tabs[j].dataset.panel, true);
      }
    });
  }

  // ---- Explain ------------------------------------------------------------
  let explainTimer = 0;
  let explainSeq = 0;
  let explainAbort = null;
  let firstExplain = true;

  function markReady() {
    if (firstExplain) {
      firstExplain = false;
      document.body.setAttribute("data-ready", "true");
      if (window.performance && performance.mark) performance.mark("pyround-ready");
    }
  }

  function scheduleExplain() {
    clearTimeout(explainTimer);
    explainTimer = setTimeout(runExplain, 150);
    updateURL();
  }

  async function runExplain() {
    const x = $("explain-x").value.trim();
    const n = $("explain-n").value.trim();
    const seq = ++explainSeq;
    if (explainAbort) explainAbort.abort();
    if (x === "") {
      showError("explain-error", "");
      $("explain-out").hidden = true;
      markReady();
      return;
    }
    explainAbort = new AbortController();
    const url = "/api/explain?x=" + encodeURIComponent(x) + "&n=" + encodeURIComponent(n === "" ? "0" : n);
    try {
      const data = await api(url, { signal: explainAbort.signal });
      if (seq !== explainSeq) return;
      showError("explain-error", "");
      renderExplain(data);
      $("explain-out").hidden = false;
    } catch (e) {
      if (e && e.name === "AbortError") return;
      if (seq !== explainSeq) return;
      showError("explain-error", e.message);
      $("explain-out").hidden = true;
    }
    $("explain-out").setAttribute("data-x", x);
    markReady();
  }

  function sigDigits(s) {
    // The significant digits of a repr such as "2.675", "1e+300", "-0.001".
    let m = String(s).toLowerCase().split("e")[0].replace(/[^0-9]/g, "");
    m = m.replace(/^0+/, "");
    return m.replace(/0+$/, "").length || 1;
  }

  function renderExact(target, repr, exact) {
    clear(target);
    const k = sigDigits(repr);
    let seen = 0;
    let started = false;
    let cut = exact.length;
    for (let i = 0; i < exact.length; i++) {
      const c = exact[i];
      if (c >= "0" && c <= "9") {
        if (c !== "0") started = true;
        if (started) {
          seen++;
          if (seen === k) {
            cut = i + 1;
            break;
          }
        }
      }
    }
    append(target, [el("strong", { class: "repr-digits" }, exact.slice(0, cut))]);
    if (cut < exact.length) append(target, [el("span", { class: "beyond" }, exact.slice(cut))]);
    return exact.length - cut;
  }

  function renderExplain(d) {
    const v = d.value || {};
    const rest = renderExact($("exact-value"), String(v.repr), String(v.exact));
    const restDigits = (String(v.exact).slice(String(v.exact).length - rest).match(/[0-9]/g) || []).length;
    $("exact-note").textContent =
      "Python shows " + v.repr + " (the shortest repr, in bold: " + sigDigits(v.repr) + " significant digits); " +
      (restDigits ? "the double stores " + restDigits + " more, dimmed." : "the double stores exactly that.");

    const tb = $("neighbours-table").tBodies[0];
    clear(tb);
    const rows = [["previous double", d.previous, ""], ["this value", v, "current"], ["next double", d.next, ""]];
    for (const [name, f, cls] of rows) {
      if (!f) continue;
      tb.appendChild(el("tr", { class: cls || null }, el("th", { scope: "row" }, name), el("td", { class: "mono" }, String(f.repr)), el("td", { class: "mono" }, String(f.exact))));
    }

    renderNumberLine(d);

    const mt = $("modes-table").tBodies[0];
    clear(mt);
    for (const m of d.modes || []) {
      const differ = m.exact !== m.displayed;
      const disp = el("td", { class: "mono" + (differ ? " differs" : "") }, String(m.displayed));
      if (differ) disp.appendChild(el("span", { class: "marker", title: "differs from the exact value's rounding" }, "≠"));
      mt.appendChild(el("tr", { "data-mode": String(m.mode) }, el("th", { scope: "row", class: "mono" }, String(m.mode)), el("td", { class: "mono mode-exact" }, String(m.exact)), disp));
    }

    const st = $("systems-table").tBodies[0];
    clear(st);
    for (const s of d.conventions || d.systems || []) {
      st.appendChild(el("tr", { "data-system": s.id ? String(s.id) : null }, el("td", null, String(s.system)), el("td", { class: "mono" }, String(s.result)), el("td", null, String(s.reason))));
    }
  }

  function renderNumberLine(d) {
    const box = $("number-line");
    clear(box);
    const note = $("line-note");
    const lower = d.lower, upper = d.upper, tie = d.tie;
    if (lower === undefined || upper === undefined || lower === upper || tie === undefined) {
      note.textContent = (d.side ? d.side + ": " : "") + "the value is already a multiple of 10^-" + d.n + ", so no rounding is needed.";
      return;
    }
    const lo = parseFloat(lower), hi = parseFloat(upper);
    const dist = parseFloat(d.distance);
    const width = hi - lo;
    note.textContent = "Candidates " + lower + " and " + upper + ", tie " + tie + ": the exact value is " + (d.side || "") +
      ", at a distance of " + d.distance + " from it.";

    const W = 720, H = 150, L = 60, R = W - 60;
    const pos = (frac) => L + (R - L) * frac;
    let frac = 0.5 + (isFinite(dist) && width > 0 ? dist / width : 0);
    frac = Math.min(1, Math.max(0, frac));
    const s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Number line: lower candidate " + lower + ", tie " + tie + ", upper candidate " + upper + ", exact value " + d.value.exact });
    s.appendChild(svg("line", { class: "axis", x1: L - 20, y1: 50, x2: R + 20, y2: 50 }));
    for (const [f, label] of [[0, lower], [1, upper]]) {
      s.appendChild(svg("line", { class: "candidate", x1: pos(f), y1: 38, x2: pos(f), y2: 62 }));
      s.appendChild(svg("text", { x: pos(f), y: 80, "text-anchor": "middle" }, String(label)));
    }
    s.appendChild(svg("line", { class: "tie", x1: pos(0.5), y1: 30, x2: pos(0.5), y2: 70 }));
    s.appendChild(svg("text", { class: "tie-label", x: pos(0.5), y: 22, "text-anchor": "middle" }, "tie " + tie));
    s.appendChild(svg("circle", { class: "exact-mark", cx: pos(frac), cy: 50, r: 5 }));
    s.appendChild(svg("text", { class: "exact-label", x: pos(frac), y: 98, "text-anchor": "middle" }, "exact value"));

    // A zoomed view around the tie when the exact value is too close to it to see.
    const rel = Math.abs(dist / width);
    if (isFinite(rel) && rel > 0 && rel < 0.02) {
      const zy = 130;
      s.appendChild(svg("line", { class: "zoom-link", x1: pos(0.5), y1: 100, x2: pos(0.5), y2: zy - 10 }));
      const zl = pos(0.25), zr = pos(0.75);
      s.appendChild(svg("line", { class: "axis", x1: zl, y1: zy, x2: zr, y2: zy }));
      const zt = (zl + zr) / 2;
      const ze = zt + Math.sign(dist) * (zr - zl) * 0.35;
      s.appendChild(svg("line", { class: "tie", x1: zt, y1: zy - 10, x2: zt, y2: zy + 10 }));
      s.appendChild(svg("circle", { class: "exact-mark", cx: ze, cy: zy, r: 4 }));
      s.appendChild(svg("text", { x: zr + 8, y: zy + 4 }, "zoom ×" + (0.35 / rel).toExponential(1)));
    }
    box.appendChild(s);
  }

  function syncN(from) {
    const box = $("explain-n"), range = $("explain-n-range");
    if (from === box) {
      if (box.value !== "" && !isNaN(Number(box.value))) range.value = box.value;
    } else {
      box.value = range.value;
    }
    scheduleExplain();
  }
  $("explain-x").addEventListener("input", scheduleExplain);
  $("explain-n").addEventListener("input", () => syncN($("explain-n")));
  $("explain-n-range").addEventListener("input", () => syncN($("explain-n-range")));
  $("explain-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    clearTimeout(explainTimer);
    runExplain();
  });

  // ---- Modes --------------------------------------------------------------
  let modesSeq = 0;
  async function runModes() {
    updateURL();
    const seq = ++modesSeq;
    const n = $("modes-n").value.trim() || "0";
    try {
      const d = await api("/api/modes?n=" + encodeURIComponent(n), {
        method: "POST",
        headers: { "Content-Type": "text/plain; charset=utf-8" },
        body: $("modes-input").value,
      });
      if (seq !== modesSeq) return;
      showError("modes-error", "");
      renderModes(d);
    } catch (e) {
      if (seq !== modesSeq) return;
      showError("modes-error", e.message);
      $("modes-result").hidden = true;
      $("modes-legend").hidden = true;
    }
  }

  function renderModes(d) {
    const t = $("modes-result");
    clear(t.tHead);
    clear(t.tBodies[0]);
    const names = d.modes || [];
    const hr = el("tr", null, el("th", { scope: "col" }, "value"));
    names.forEach((m, i) => hr.appendChild(el("th", { scope: "col", class: "mono" }, String(m), i === 0 ? el("span", { class: "tag" }, "round()") : null)));
    t.tHead.appendChild(hr);
    for (const r of d.rows || []) {
      const tr = el("tr", null, el("th", { scope: "row", class: "mono" }, String(r.input)));
      if (r.error) {
        const msg = typeof r.error === "object" ? String(r.error.type) + ": " + String(r.error.message) : String(r.error);
        tr.appendChild(el("td", { class: "row-error", colspan: Math.max(1, names.length) }, msg));
      } else {
        const res = r.results || [];
        res.forEach((v, i) => {
          const differ = i > 0 && v !== res[0];
          const td = el("td", { class: "mono" + (differ ? " differs" : ""), "data-mode": names[i] ? String(names[i]) : null }, String(v));
          if (differ) td.appendChild(el("span", { class: "marker", title: "differs from HALF_EVEN" }, "≠"));
          tr.appendChild(td);
        });
      }
      t.tBodies[0].appendChild(tr);
    }
    t.hidden = false;
    $("modes-legend").hidden = false;
  }
  $("modes-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    runModes();
  });
  $("modes-n").addEventListener("input", updateURL);
  $("modes-input").addEventListener("input", updateURL);

  // ---- Bias ---------------------------------------------------------------
  let biasFile = null; // {name, text}
  const hiddenModes = new Set();
  let chartState = null;

  function csvHeader(text) {
    // The first record's cells (simple CSV: quotes with doubled quotes).
    const line = text.split(/\r?\n/, 1)[0] || "";
    const out = [];
    let cur = "", q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) {
        if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
        else if (c === '"') q = false;
        else cur += c;
      } else if (c === '"') q = true;
      else if (c === ",") { out.push(cur); cur = ""; }
      else cur += c;
    }
    out.push(cur);
    return out;
  }

  $("bias-file").addEventListener("change", () => {
    const f = $("bias-file").files[0];
    if (!f) return;
    const reader = new FileReader();
    reader.onload = () => {
      biasFile = { name: f.name, text: String(reader.result) };
      $("bias-file-note").textContent = "Using " + f.name + " (" + f.size + " bytes), read in this browser.";
      $("bias-file-clear").hidden = false;
      const dl = $("bias-columns");
      clear(dl);
      const header = csvHeader(biasFile.text);
      for (const h of header) dl.appendChild(el("option", { value: h }));
      if (!$("bias-column").value && header.length) $("bias-column").value = header[0];
      updateURL();
    };
    reader.onerror = () => showError("bias-error", "OSError: could not read " + f.name);
    reader.readAsText(f);
  });
  $("bias-file-clear").addEventListener("click", () => {
    biasFile = null;
    $("bias-file").value = "";
    $("bias-file-note").textContent = "";
    $("bias-file-clear").hidden = true;
  });

  let biasSeq = 0;
  async function runBias() {
    updateURL();
    const seq = ++biasSeq;
    const n = $("bias-n").value.trim() || "0";
    let url = "/api/bias?n=" + encodeURIComponent(n);
    let body, type;
    if (biasFile) {
      const col = $("bias-column").value.trim();
      if (col) url += "&column=" + encodeURIComponent(col);
      body = biasFile.text;
      type = "text/csv; charset=utf-8";
    } else {
      body = $("bias-input").value;
      type = "text/plain; charset=utf-8";
    }
    try {
      const d = await api(url, { method: "POST", headers: { "Content-Type": type }, body: body });
      if (seq !== biasSeq) return;
      showError("bias-error", "");
      renderBias(d);
    } catch (e) {
      if (seq !== biasSeq) return;
      showError("bias-error", e.message);
      $("bias-out").hidden = true;
    }
  }
  $("bias-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    runBias();
  });
  $("bias-n").addEventListener("input", updateURL);
  $("bias-column").addEventListener("input", updateURL);

  function fmt(v) {
    if (!isFinite(v)) return String(v);
    if (v === 0) return "0";
    const a = Math.abs(v);
    if (a >= 1e6 || a < 1e-4) return v.toExponential(3);
    return String(Number(v.toPrecision(6)));
  }

  function renderBias(d) {
    $("bias-out").hidden = false;
    $("bias-source").textContent = String(d.values) + " values from " + String(d.source) + ", rounded to " + String(d.n) + " places; the chart shows the running total error (rounded − value) of each mode.";
    const tb = $("bias-table").tBodies[0];
    clear(tb);
    (d.modes || []).forEach((m, i) => {
      tb.appendChild(el("tr", { "data-mode": String(m.mode) },
        el("th", { scope: "row", class: "mono" }, el("span", { class: "swatch m" + (i % 8) }), " ", String(m.mode)),
        el("td", { class: "mono" }, String(m.total_error)), el("td", { class: "mono" }, String(m.mean_error)),
        el("td", { class: "mono" }, String(m.worst_drift)), el("td", { class: "mono" }, String(m.worst_at))));
    });
    drawChart(d);
  }

  function drawChart(d) {
    const chart = $("bias-chart");
    const title = chart.querySelector("title");
    clear(chart);
    chart.appendChild(title);
    const series = d.series || [];
    const xt = (d.x_ticks || []).map(Number), yt = (d.y_ticks || []).map(Number);
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (const s of series) {
      for (const v of s.x) { if (v < x0) x0 = v; if (v > x1) x1 = v; }
      for (const v of s.y) { if (v < y0) y0 = v; if (v > y1) y1 = v; }
    }
    for (const v of xt) { if (v < x0) x0 = v; if (v > x1) x1 = v; }
    for (const v of yt) { if (v < y0) y0 = v; if (v > y1) y1 = v; }
    if (!isFinite(x0)) { x0 = 0; x1 = 1; }
    if (!isFinite(y0)) { y0 = -1; y1 = 1; }
    if (x1 === x0) x1 = x0 + 1;
    if (y1 === y0) { y0 -= 1; y1 += 1; }
    const W = 800, H = 380, L = 80, R = 20, T = 16, B = 40;
    const sx = (v) => L + (W - L - R) * (v - x0) / (x1 - x0);
    const sy = (v) => T + (H - T - B) * (1 - (v - y0) / (y1 - y0));
    const grid = svg("g", { class: "axes" });
    for (const v of yt) {
      grid.appendChild(svg("line", { class: v === 0 ? "zero" : "grid", x1: L, x2: W - R, y1: sy(v), y2: sy(v) }));
      grid.appendChild(svg("text", { x: L - 6, y: sy(v) + 4, "text-anchor": "end" }, fmt(v)));
    }
    for (const v of xt) {
      grid.appendChild(svg("line", { class: "grid", x1: sx(v), x2: sx(v), y1: T, y2: H - B }));
      grid.appendChild(svg("text", { x: sx(v), y: H - B + 16, "text-anchor": "middle" }, fmt(v)));
    }
    grid.appendChild(svg("rect", { class: "frame", x: L, y: T, width: W - L - R, height: H - T - B }));
    grid.appendChild(svg("text", { x: (L + W - R) / 2, y: H - 4, "text-anchor": "middle" }, "value number"));
    grid.appendChild(svg("text", { x: 14, y: (T + H - B) / 2, "text-anchor": "middle", transform: "rotate(-90 14 " + (T + H - B) / 2 + ")" }, "running total error"));
    chart.appendChild(grid);
    const lines = svg("g", { class: "lines" });
    series.forEach((s, i) => {
      const pts = [];
      for (let k = 0; k < s.x.length && k < s.y.length; k++) pts.push(sx(s.x[k]).toFixed(1) + "," + sy(s.y[k]).toFixed(1));
      const p = svg("polyline", { class: "series m" + (i % 8) + (hiddenModes.has(s.mode) ? " off" : ""), "data-mode": String(s.mode), points: pts.join(" ") });
      lines.appendChild(p);
    });
    chart.appendChild(lines);
    const cursor = svg("line", { class: "cursor", x1: 0, x2: 0, y1: T, y2: H - B, visibility: "hidden" });
    chart.appendChild(cursor);
    chartState = { series, sx, x0, x1, L, R, W, cursor, index: -1 };

    const legend = $("bias-legend");
    clear(legend);
    series.forEach((s, i) => {
      const b = el("button", { type: "button", "aria-pressed": hiddenModes.has(s.mode) ? "false" : "true", "data-mode": String(s.mode) }, el("span", { class: "swatch m" + (i % 8), "aria-hidden": "true" }), String(s.mode));
      b.addEventListener("click", () => {
        const on = b.getAttribute("aria-pressed") !== "true";
        b.setAttribute("aria-pressed", on ? "true" : "false");
        if (on) hiddenModes.delete(s.mode); else hiddenModes.add(s.mode);
        const line = chart.querySelector('.series[data-mode="' + CSS.escape(String(s.mode)) + '"]');
        if (line) line.classList.toggle("off", !on);
      });
      legend.appendChild(b);
    });
    $("bias-tooltip").hidden = true;
  }

  function nearestIndex(xs, v) {
    let lo = 0, hi = xs.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < v) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && Math.abs(xs[lo - 1] - v) <= Math.abs(xs[lo] - v)) lo--;
    return lo;
  }

  function showTooltipAt(xv) {
    const st = chartState;
    if (!st || !st.series.length) return;
    const xs = st.series[0].x;
    const i = nearestIndex(xs, xv);
    if (i < 0) return;
    st.index = i;
    const px = st.sx(xs[i]);
    st.cursor.setAttribute("x1", px);
    st.cursor.setAttribute("x2", px);
    st.cursor.setAttribute("visibility", "visible");
    const lines = ["value " + fmt(xs[i])];
    for (const s of st.series) {
      if (hiddenModes.has(s.mode)) continue;
      const j = s.x === xs ? i : nearestIndex(s.x, xs[i]);
      lines.push(String(s.mode).padEnd(10) + " " + fmt(s.y[j]));
    }
    const tip = $("bias-tooltip");
    tip.textContent = lines.join("\n");
    tip.hidden = false;
    const chart = $("bias-chart");
    const rect = chart.getBoundingClientRect();
    const left = (px / st.W) * rect.width;
    // CSSOM assignment (allowed under the CSP; style="" attributes are not).
    if (left > rect.width / 2) {
      tip.style.left = "";
      tip.style.right = Math.max(0, rect.width - left + 12) + "px";
    } else {
      tip.style.right = "";
      tip.style.left = left + 12 + "px";
    }
  }

  const chartEl = $("bias-chart");
  chartEl.addEventListener("pointermove", (ev) => {
    const st = chartState;
    if (!st) return;
    const rect = chartEl.getBoundingClientRect();
    const px = ((ev.clientX - rect.left) / rect.width) * st.W;
    const xv = st.x0 + ((px - st.L) / (st.W - st.L - st.R)) * (st.x1 - st.x0);
    showTooltipAt(xv);
  });
  chartEl.addEventListener("pointerleave", () => {
    $("bias-tooltip").hidden = true;
    if (chartState) chartState.cursor.setAttribute("visibility", "hidden");
  });
  chartEl.addEventListener("keydown", (ev) => {
    const st = chartState;
    if (!st || !st.series.length) return;
    const xs = st.series[0].x;
    let i = st.index < 0 ? 0 : st.index;
    const step = Math.max(1, Math.round(xs.length / 50));
    if (ev.key === "ArrowRight") i = Math.min(xs.length - 1, i + step);
    else if (ev.key === "ArrowLeft") i = Math.max(0, i - step);
    else if (ev.key === "Home") i = 0;
    else if (ev.key === "End") i = xs.length - 1;
    else if (ev.key === "Escape") { $("bias-tooltip").hidden = true; return; }
    else return;
    ev.preventDefault();
    showTooltipAt(xs[i]);
  });

  // ---- Try Python -----------------------------------------------------------
  let evalSeq = 0;
  async function runEval() {
    updateURL();
    const seq = ++evalSeq;
    const expr = $("eval-expr").value;
    if (expr.trim() === "") return;
    try {
      const d = await api("/api/eval?expr=" + encodeURIComponent(expr));
      if (seq !== evalSeq) return;
      showError("eval-error", "");
      $("eval-result").textContent = String(d.result);
    } catch (e) {
      if (seq !== evalSeq) return;
      showError("eval-error", e.message);
      $("eval-result").textContent = "";
    }
  }
  $("eval-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    runEval();
  });
  $("eval-expr").addEventListener("input", updateURL);
  for (const b of document.querySelectorAll(".example")) {
    b.addEventListener("click", () => {
      $("eval-expr").value = b.textContent;
      runEval();
    });
  }

  // ---- start --------------------------------------------------------------
  function setIf(id, key) {
    if (params.has(key)) $(id).value = params.get(key);
  }
  if (activePanel === "explain") {
    setIf("explain-x", "x");
    setIf("explain-n", "n");
    $("explain-n-range").value = $("explain-n").value;
  } else if (activePanel === "modes") {
    setIf("modes-input", "values");
    setIf("modes-n", "n");
  } else if (activePanel === "bias") {
    setIf("bias-n", "n");
    setIf("bias-column", "column");
  } else if (activePanel === "eval") {
    setIf("eval-expr", "expr");
  }
  selectPanel(activePanel, false);
  runExplain();
})();
