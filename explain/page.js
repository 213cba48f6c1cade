// page.js: the page of `mgc explain` (explain/explain.c writes the data).
//
// Everything is drawn from the JSON document in <script id="mgc-data"> with
// textContent, never innerHTML, so no text from the program is read as HTML.
//
//   header     title, search box, the two views
//   sidebar    functions, itabs, type descriptors (filtered by the search)
//   code view  source | phase (tokens, AST, types, IR after each step, asm) | gc
//   types view the itab or descriptor drawn field by field, arrows to what
//              each word points at, and the iface/eface words that lead there
"use strict";

const D = JSON.parse(document.getElementById("mgc-data").textContent);

// ---- Small helpers ----------------------------------------------------------------

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

// put appends one child and returns it; add appends several and returns the parent.
function put(parent, child) {
  parent.appendChild(child);
  return child;
}

function add(parent, ...kids) {
  for (const k of kids) if (k) parent.appendChild(typeof k === "string" ? document.createTextNode(k) : k);
  return parent;
}

// lineColor gives each Go line its own pale colour (the golden angle spreads
// neighbouring lines apart); strong is the highlighted form.
function lineColor(file, line, strong) {
  const hue = Math.round(((line * 137.508) + file * 53) % 360);
  return strong ? `hsl(${hue} 90% 81%)` : `hsl(${hue} 80% 92%)`;
}

// ---- Symbols: Go name and NASM name -> function or descriptor ---------------------

const byGo = new Map(), byAsm = new Map();
D.funcs.forEach((f, i) => {
  const s = { kind: "func", index: i, name: f.sym, go: f.sym };
  byGo.set(f.sym, s);
  byAsm.set(f.asm, s);
});
D.data.forEach((d, i) => {
  const s = { kind: d.kind, index: i, name: d.title || d.sym, go: d.sym };
  byGo.set(d.sym, s);
  byAsm.set(d.asm, s);
});

// ---- State ---------------------------------------------------------------------------

const state = { view: "code", func: -1, phase: "asm", data: -1, pinned: null, focusK: null };

const app = document.getElementById("app");
const header = add(el("header"), el("span", "brand", "mgc explain"),
                   el("span", "title", D.title + (D.optimize ? "  (optimized)" : "  (-N: not optimized)")));
const search = el("input", "search");
search.type = "search";
search.placeholder = "search symbols: main.Rect.Area, itab, Shape…";
search.setAttribute("aria-label", "search symbols");
const viewTabs = el("nav", "views");
add(header, search, viewTabs);
const sidebar = el("aside", "sidebar");
const main = el("main", "main");
add(app, header, add(el("div", "body"), sidebar, main));

function button(label, cls, onclick) {
  const b = el("button", cls, label);
  b.type = "button";
  b.addEventListener("click", onclick);
  return b;
}

// ---- Sidebar ---------------------------------------------------------------------------

function sidebarEntries() {
  const entries = [];
  const funcs = D.funcs.map((f, i) => i);
  const fgroup = (f) => mine(f.sym) ? (f.file >= 0 ? 0 : 1) : 2;
  funcs.sort((a, b) => fgroup(D.funcs[a]) - fgroup(D.funcs[b]) || a - b);
  const fnames = ["Functions of the program", "Made by the compiler", "Library functions"];
  for (const i of funcs) {
    const f = D.funcs[i];
    entries.push({ group: fnames[fgroup(f)], label: f.sym, sym: f.sym, asm: f.asm,
      open: () => openFunc(i), active: () => state.view === "code" && state.func === i });
  }
  for (const i of sortedData()) {
    const d = D.data[i];
    entries.push({ group: (d.kind === "itab" ? "Itabs" : "Type descriptors") + (mine(d.sym) ? "" : " (library)"),
      label: d.title || d.sym, sym: d.sym, asm: d.asm,
      open: () => openData(i), active: () => state.view === "types" && state.data === i });
  }
  return entries;
}

function renderSidebar() {
  const q = search.value.trim().toLowerCase();
  sidebar.textContent = "";
  let group = null, list = null, n = 0;
  for (const e of sidebarEntries()) {
    if (q && !(e.label + " " + e.sym + " " + e.asm).toLowerCase().includes(q)) continue;
    if (e.group !== group) {
      group = e.group;
      add(sidebar, el("h3", null, group));
      list = put(sidebar, el("ul"));
    }
    const li = put(list, el("li", e.active() ? "active" : null));
    const a = put(li, button(e.label, "sym", e.open));
    a.title = e.sym;
    n++;
  }
  if (n === 0) add(sidebar, el("p", "empty", "no symbol matches “" + search.value + "”"));
}

search.addEventListener("input", renderSidebar);
search.addEventListener("keydown", (ev) => {
  if (ev.key !== "Enter") return;
  const first = sidebar.querySelector("button.sym");
  if (first) first.click();
});

function renderViewTabs() {
  viewTabs.textContent = "";
  const code = button("Code", state.view === "code" ? "on" : null,
                      () => openFunc(state.func >= 0 ? state.func : defaultFunc()));
  const types = button("Types & itabs", state.view === "types" ? "on" : null,
                       () => openData(state.data >= 0 ? state.data : defaultData()));
  add(viewTabs, code, types);
}

function defaultFunc() {
  const i = D.funcs.findIndex((f) => f.sym === "main.main");
  return i >= 0 ? i : 0;
}

function defaultData() {
  const order = sortedData();
  return order.length ? order[0] : 0;
}

// mine: a symbol of the program itself, not of a library package or the runtime
function mine(sym) {
  return /^(main\.|go\.itab\.\*?main\.|type\.\*?main\.)/.test(sym);
}

// sortedData: the program's own itabs first, then its types, then the rest
function sortedData() {
  const rank = (d) => (d.kind === "itab" ? 0 : 2) + (mine(d.sym) ? 0 : 1);
  return D.data.map((d, i) => i).sort((a, b) => rank(D.data[a]) - rank(D.data[b]) || a - b);
}

// ---- Code view ---------------------------------------------------------------------------

function openFunc(i, phase) {
  if (i < 0 || i >= D.funcs.length) return;
  state.view = "code";
  state.func = i;
  if (phase) state.phase = phase;
  state.pinned = null;
  render();
}

// operandSpans makes the operand text of an instruction into spans, with a link on
// every symbol the page knows and every local label.
function operandSpans(text, labels) {
  const frag = document.createDocumentFragment();
  const re = /(\.L[\w.$]+|[A-Za-z_?$][\w.$?@#~]*)/g;
  let last = 0, m;
  while ((m = re.exec(text)) !== null) {
    const word = m[1];
    const sym = byAsm.get(word);
    const local = word.startsWith(".L") && labels.has(word);
    if (!sym && !local && /^runtime\./.test(word)) {   // C, in runtime/: not on this page
      frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      const r = el("span", "ext", word);
      r.title = "a function of mgc's C runtime (runtime/*.c), not on this page";
      frag.appendChild(r);
      last = m.index + word.length;
      continue;
    }
    if (!sym && !local) continue;
    frag.appendChild(document.createTextNode(text.slice(last, m.index)));
    const a = el("a", "link", word);
    a.href = "#";
    if (sym) {
      a.dataset.target = sym.go;
      a.title = (sym.kind === "func" ? "go to the code of " : "show the descriptor of ") + sym.name;
      a.addEventListener("click", (ev) => { ev.preventDefault(); openSymbol(sym); });
    } else {
      a.dataset.label = word;
      a.title = "go to " + word;
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        const target = main.querySelector(`.asm .row.l[data-label="${CSS.escape(word + ":")}"]`);
        if (target) { target.scrollIntoView({ block: "center" }); flash(target); }
      });
    }
    frag.appendChild(a);
    last = m.index + word.length;
  }
  frag.appendChild(document.createTextNode(text.slice(last)));
  return frag;
}

function openSymbol(sym) {
  if (sym.kind === "func") openFunc(sym.index, "asm");
  else openData(sym.index);
}

function flash(node) {
  node.classList.add("flash");
  setTimeout(() => node.classList.remove("flash"), 1200);
}

// An interface method call: the note the lowering writes before it names the
// interface, the method and the fun[k] slot of the itab.
const ICALL = /^(\w+)\.(\w+): fun\[(\d+)\] of the itab/;

function itabsOf(iface) {
  return D.data.map((d, i) => [d, i]).filter(([d]) => d.kind === "itab" &&
    (d.groups[0].fields[0].value || "").split(".").pop() === iface);
}

function asmRow(r, labels, icall) {
  const [kind, file, line, text, ir] = r;
  const row = el("div", "row " + kind);
  if (line > 0 && kind !== "h") {
    row.dataset.file = file;
    row.dataset.line = line;
    row.style.background = lineColor(file, line, false);
  }
  if (kind === "l") row.dataset.label = text;
  if (kind === "i") {
    const sp = text.search(/\s/);
    const mnem = sp < 0 ? text : text.slice(0, sp);
    const ops = sp < 0 ? "" : text.slice(sp).trim();
    add(row, el("span", "mnem", mnem));
    const o = put(row, el("span", "ops"));
    o.appendChild(operandSpans(ops, labels));
    if (icall && mnem === "call") {
      const a = put(row, el("a", "link icall", `→ fun[${icall.k}] of itab(*, ${icall.iface})`));
      a.href = "#";
      a.dataset.iface = icall.iface;
      a.dataset.k = icall.k;
      a.title = `the code pointer came from [tab+${24 + 8 * icall.k}]: see the itabs of ${icall.iface}`;
      a.addEventListener("click", (ev) => { ev.preventDefault(); openItabsOf(icall.iface, icall.k); });
    }
    if (ir) add(row, el("span", "ir", ir));
  } else if (kind === "n") {
    add(row, el("span", "note", "▸ " + text));
  } else {
    add(row, el("span", null, text));
  }
  return row;
}

function renderAsm(fn) {
  const box = el("div", "asm code");
  const labels = new Set(fn.rows.filter((r) => r[0] === "l").map((r) => r[3].replace(/:$/, "")));
  let icall = null, note = 0, group = 0;
  fn.rows.forEach((r) => {
    if (r[0] === "n") {
      const m = ICALL.exec(r[3]);
      icall = m ? { iface: m[1], method: m[2], k: +m[3] } : null;
      note = ++group;
    } else if (r[0] === "s" || r[0] === "l") {
      icall = null;
      note = 0;
    }
    const row = asmRow(r, labels, icall);
    if (note) row.dataset.note = note;   // a lowering note and the instructions it explains
    if (icall && r[0] === "i" && /^call\b/.test(r[3])) icall = null;
    box.appendChild(row);
  });
  if (fn.rows.length === 0) add(box, el("p", "empty", "no assembly for this function"));
  return box;
}

// The file-wide dumps cut to the function's lines: a dump line starts with
// (indent) LINE:COL; the AST and types keep whole subtrees.
function cutDump(text, fn, kind) {
  const lines = text.split("\n");
  if (fn.file < 0) return ["(this function was made by the compiler: it has no source)"];
  const lineOf = (s) => { const m = /^\s*(\d+):\d+/.exec(s); return m ? +m[1] : null; };
  const indent = (s) => s.length - s.trimStart().length;
  if (kind === "tokens")
    return lines.filter((s) => { const l = lineOf(s); return l !== null && l >= fn.first && l <= fn.last; });
  const out = [];
  let depth = -1;
  for (const s of lines) {
    const l = lineOf(s);
    if (depth >= 0 && s.trim() && indent(s) <= depth) depth = -1;
    if (depth < 0 && l === fn.first && /DECL_FUNC|func /.test(s)) depth = indent(s);
    if (depth >= 0) out.push(s);
  }
  return out.length ? out : lines.filter((s) => { const l = lineOf(s); return l !== null && l >= fn.first && l <= fn.last; });
}

// diffLines compares two listings line by line (a longest common
// subsequence): [op, text] with op "=" kept, "+" new in b, "-" gone from a.
function diffLines(a, b) {
  const n = a.length, m = b.length;
  if (n * m > 4e6) return b.map((s) => ["=", s]);   // too big to compare: show b as is
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const ops = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { ops.push(["=", b[j]]); i++; j++; }
    else if (dp[i + 1][j] >= dp[i][j + 1]) ops.push(["-", a[i++]]);
    else ops.push(["+", b[j++]]);
  }
  while (i < n) ops.push(["-", a[i++]]);
  while (j < m) ops.push(["+", b[j++]]);
  return ops;
}

function renderText(lines, fn, opts) {
  const box = el("div", "code text " + (opts.cls || ""));
  let cur = 0;
  lines.forEach((s, j) => {
    const row = el("div", "row");
    // IR: a "# path:LINE  text" comment starts a statement's instructions
    const stmt = opts.ir && /^\s*# \S+?:(\d+)\s/.exec(s);
    if (stmt) cur = +stmt[1];
    // a block label or the header starts code that no statement comment names yet
    if (opts.ir && /^(func |b\d+[\w.]*:)/.test(s)) cur = 0;
    const l = opts.ir ? cur : (/^\s*(\d+):\d+/.exec(s) || [])[1];
    if (l && fn.file >= 0) {
      row.dataset.file = fn.file;
      row.dataset.line = l;
      row.style.background = lineColor(fn.file, +l, false);
    }
    if (opts.ops && opts.ops[j] === "+") row.classList.add("chg");
    if (opts.ops && opts.ops[j] === "-") row.classList.add("del");
    if (opts.ir && /^\s*#/.test(s)) row.classList.add("n");
    add(row, el("span", null, s));
    box.appendChild(row);
  });
  return box;
}

function phaseList(fn) {
  const list = [
    { id: "tokens", label: "tokens" },
    { id: "ast", label: "AST" },
    { id: "types", label: "types" },
  ];
  fn.phases.forEach((p, i) => list.push({ id: "ir:" + i, label: i === 0 ? "IR: " + p.name : "after " + p.name, pass: i }));
  list.push({ id: "asm", label: "assembly" });
  return list;
}

function renderPhase(fn) {
  const f = fn.file >= 0 ? D.files[fn.file] : null;
  if (state.phase === "asm") return renderAsm(fn);
  if (!f && ["tokens", "ast", "types"].includes(state.phase))
    return el("p", "empty", "this function was made by the compiler: it has no source");
  if (state.phase === "tokens") return renderText(cutDump(f.tokens, fn, "tokens"), fn, { cls: "tokens" });
  if (state.phase === "ast") return renderText(cutDump(f.ast, fn, "ast"), fn, { cls: "ast" });
  if (state.phase === "types") return renderText(cutDump(f.types, fn, "types"), fn, { cls: "types" });
  const i = +state.phase.slice(3);
  const p = fn.phases[i];
  if (!p) return el("p", "empty", "no such phase");
  const split = (t) => t.replace(/\n$/, "").split("\n");
  if (i === 0) return renderText(split(p.text), fn, { ir: true, cls: "ir" });
  const diff = diffLines(split(fn.phases[i - 1].text), split(p.text));
  const box = renderText(diff.map((d) => d[1]), fn, { ir: true, ops: diff.map((d) => d[0]), cls: "ir" });
  const added = diff.filter((d) => d[0] === "+").length, removed = diff.filter((d) => d[0] === "-").length;
  box.prepend(el("p", "legend", added + removed === 0
    ? `${p.name} changed nothing in this function`
    : `${p.name}, against ${fn.phases[i - 1].name}: ${added} line${added === 1 ? "" : "s"} new (marked +), ${removed} gone (struck out)`));
  return box;
}

function renderSource(fn) {
  const box = el("div", "code source");
  if (fn.file < 0) {
    add(box, el("p", "empty", "made by the compiler (no Go source): " + fn.name));
    return box;
  }
  const f = D.files[fn.file];
  const used = new Set(fn.rows.filter((r) => r[0] === "i" && r[1] === fn.file).map((r) => r[2]));
  (fn.gc || []).forEach((r) => used.add(r[0]));
  f.text.replace(/\n$/, "").split("\n").forEach((s, j) => {
    const line = j + 1;
    const row = el("div", "row");
    row.dataset.file = fn.file;
    row.dataset.line = line;
    if (line >= fn.first && line <= fn.last) row.classList.add("infunc");
    if (used.has(line)) {
      row.classList.add("has");
      row.style.background = lineColor(fn.file, line, false);
    }
    add(row, el("span", "ln", String(line)), el("span", "src", s.replace(/\t/g, "    ")));
    box.appendChild(row);
  });
  return box;
}

function renderGc(fn) {
  const box = el("div", "code gc");
  if (!D.gc.on) {
    add(box, el("p", "empty", "gc's assembly is missing: " + D.gc.why));
    return box;
  }
  if (!fn.gc) {
    add(box, el("p", "empty", "gc made no function " + fn.sym + " (inlined away, or mgc-only)"));
    return box;
  }
  const own = fn.file >= 0 ? D.files[fn.file].name : null;
  const src = fn.file >= 0 ? D.files[fn.file].text.split("\n") : [];
  let prev = null;
  fn.gc.forEach(([line, text, file]) => {
    // a statement comment where the line changes, as mgc writes them
    if (file + ":" + line !== prev && file === own && line > 0) {
      const head = el("div", "row s", `${file}:${line}  ${(src[line - 1] || "").trim()}`);
      head.dataset.file = fn.file;
      head.dataset.line = line;
      head.style.background = lineColor(fn.file, line, false);
      box.appendChild(head);
    }
    prev = file + ":" + line;
    const row = el("div", "row i");
    const mineLine = file === own && line > 0;
    if (mineLine) {
      row.dataset.file = fn.file;
      row.dataset.line = line;
      row.style.background = lineColor(fn.file, line, false);
    } else {
      row.classList.add("inl");
      row.title = "inlined from " + file + ":" + line;
    }
    add(row, el("span", "ln", mineLine ? String(line) : file + ":" + line), el("span", null, text));
    box.appendChild(row);
  });
  return box;
}

function pane(title, body, cls) {
  return add(el("section", "pane " + (cls || "")), add(el("div", "pane-head"), ...[].concat(title)), body);
}

function renderCode() {
  const fn = D.funcs[state.func];
  const head = el("div", "func-head");
  add(head, el("h2", null, "func " + fn.sym),
      el("span", "sub", (fn.file >= 0 ? `${D.files[fn.file].name}:${fn.line}` : "made by the compiler") + ` · NASM symbol ${fn.asm}`));
  const tabs = el("div", "phases");
  for (const p of phaseList(fn)) {
    const b = put(tabs, button(p.label, state.phase === p.id ? "on" : null, () => { state.phase = p.id; render(); }));
    b.dataset.phase = p.id;
  }
  const fname = fn.file >= 0 ? D.files[fn.file].name : "(no source)";
  const gcAsked = D.gc.on || !/^not asked/.test(D.gc.why || "");
  const grid = add(el("div", "grid" + (gcAsked ? " three" : "")),
    pane(fname, renderSource(fn), "p-source"),
    pane([el("span", null, "mgc"), tabs], renderPhase(fn), "p-phase"),
    gcAsked ? pane(D.gc.on ? "gc (" + (D.gc.version || "go").trim() + ")" : "gc", renderGc(fn), "p-gc") : null);
  if (!gcAsked) head.appendChild(el("span", "sub gc-hint", "gc column: mgc explain -gc"));
  add(main, head, grid);
  wireHighlight(grid);
  const firstLine = grid.querySelector(".source .row.infunc");
  if (firstLine) firstLine.scrollIntoView({ block: "start" });
}

// ---- Highlighting one Go line on every side ----------------------------------------------

function rowsOf(root, file, line) {
  return root.querySelectorAll(`.row[data-file="${file}"][data-line="${line}"]`);
}

function setHot(root, file, line, cls, on) {
  for (const r of rowsOf(root, file, line)) {
    r.classList.toggle(cls, on);
    r.style.background = lineColor(+file, +line, on || r.classList.contains("sel"));
  }
}

// markNote outlines a lowering note together with the instructions after it.
function markNote(root, row, on) {
  if (!row.classList.contains("n") || !row.dataset.note) return;
  for (const r of root.querySelectorAll(`.asm .row[data-note="${row.dataset.note}"]`)) r.classList.toggle("noted", on);
}

function wireHighlight(root) {
  root.addEventListener("mouseover", (ev) => {
    const note = ev.target.closest(".asm .row.n");
    if (note) markNote(root, note, true);
    const row = ev.target.closest(".row[data-line]");
    if (!row) return;
    setHot(root, row.dataset.file, row.dataset.line, "hot", true);
  });
  root.addEventListener("mouseout", (ev) => {
    const note = ev.target.closest(".asm .row.n");
    if (note) markNote(root, note, false);
    const row = ev.target.closest(".row[data-line]");
    if (!row) return;
    setHot(root, row.dataset.file, row.dataset.line, "hot", false);
  });
  root.addEventListener("click", (ev) => {
    if (ev.target.closest("a,button")) return;
    const row = ev.target.closest(".row[data-line]");
    if (!row) return;
    const { file, line } = row.dataset;
    if (row.closest(".source") && !row.classList.contains("infunc")) {
      openFuncAt(+file, +line);
      return;
    }
    if (state.pinned) setHot(root, state.pinned.file, state.pinned.line, "sel", false);
    const same = state.pinned && state.pinned.file === file && state.pinned.line === line;
    state.pinned = same ? null : { file, line };
    if (same) return;
    selectLine(root, file, line);
  });
}

// selectLine pins one Go line: its rows in every pane are marked and
// scrolled into view.
function selectLine(root, file, line) {
    state.pinned = { file: String(file), line: String(line) };
    setHot(root, file, line, "sel", true);
    // bring the line's rows into view in the other panes
    for (const p of root.querySelectorAll(".pane")) {
      const first = p.querySelector(`.row.sel`);
      const scroller = p.querySelector(".code");
      if (first && scroller && !isVisible(first, scroller))
        scroller.scrollTop = first.offsetTop - 24;  // .code is the offsetParent
    }
}

function isVisible(row, scroller) {
  return row.offsetTop >= scroller.scrollTop && row.offsetTop + row.offsetHeight <= scroller.scrollTop + scroller.clientHeight;
}

// openFuncAt opens the function a source line belongs to (the one with the
// most instructions on it) and pins the line.
function openFuncAt(file, line) {
  let best = -1, most = 0;
  D.funcs.forEach((f, i) => {
    if (f.file !== file || line < f.first || line > f.last) return;
    const n = f.rows.filter((r) => r[2] === line && r[0] === "i").length;
    if (n > most) { best = i; most = n; }
  });
  if (best < 0) return;
  openFunc(best);
  const grid = main.querySelector(".grid");
  if (grid) selectLine(grid, file, line);
}

// ---- Types view: descriptors and itabs, drawn ----------------------------------------------

function openData(i) {
  if (i < 0 || i >= D.data.length) return;
  state.view = "types";
  state.data = i;
  state.focusK = null;
  render();
}

function openItabsOf(iface, k) {
  const tabs = itabsOf(iface);
  state.view = "types";
  state.data = tabs.length ? tabs[0][1] : defaultData();
  state.focusK = k;
  state.icallIface = iface;
  render();
}

function fieldRow(d, g, f) {
  const row = el("div", "field");
  row.dataset.name = f.name;
  row.dataset.off = f.off;
  if (f.value !== null) row.dataset.value = f.value;
  add(row, el("span", "off", "+" + f.off), el("span", "fname", f.name));
  const val = put(row, el("span", "fval"));
  if (f.ref) {
    row.dataset.ref = f.ref;
    const target = byGo.get(f.ref);
    const text = f.ref + (f.addend ? " + " + f.addend : "");
    if (target) {
      const a = put(val, el("a", "link", text));
      a.href = "#";
      a.title = (target.kind === "func" ? "go to the code of " : "show ") + target.name;
      a.addEventListener("click", (ev) => { ev.preventDefault(); openSymbol(target); });
    } else {
      add(val, el("span", "ext", text));
      val.title = /^runtime\./.test(f.ref) ? "in the C runtime (runtime/)" : "";
    }
    if (f.value) add(val, el("span", "dec", " " + f.value));
  } else {
    add(val, el("span", null, f.value !== null ? f.value : ""));
  }
  val.title = [f.ref, f.value].filter(Boolean).join("  ");
  add(row, el("span", "hex", f.hex));
  if (f.note) row.title = f.note;
  return row;
}

// box draws one descriptor: its symbol, then each group's fields with
// offsets, bytes and decoded values.
function box(d, cls) {
  const b = el("div", "box " + d.kind + " " + (cls || ""));
  b.dataset.sym = d.sym;
  add(b, add(el("div", "box-head"), el("strong", null, d.title || d.sym), el("span", "sub", `${d.sym} · ${d.size} bytes`)));
  // in memory order: a kind's trailing array (fields, imethods) comes after the uncommontype
  const first = (g) => (g.fields.length ? g.fields[0].off : 0);
  for (const g of [...d.groups].sort((x, y) => first(x) - first(y))) {
    const gh = put(b, el("div", "group", g.title));
    if (g.note) gh.title = g.note;
    for (const f of g.fields) b.appendChild(fieldRow(d, g, f));
  }
  return b;
}

function funcBox(sym) {
  const s = byGo.get(sym);
  const b = el("div", "box code-box");
  b.dataset.sym = sym;
  if (!s || s.kind !== "func") {
    add(b, el("strong", null, sym), el("div", "sub", "not in this module"));
    return b;
  }
  const fn = D.funcs[s.index];
  const a = el("a", "link", fn.sym);
  a.href = "#";
  a.dataset.target = fn.sym;
  a.title = "go to the code of " + fn.sym;
  a.addEventListener("click", (ev) => { ev.preventDefault(); openFunc(s.index, "asm"); });
  add(b, add(el("div", "box-head"), add(el("strong"), a)));
  const calls = fn.rows.filter((r) => r[0] === "i" && /^call\s+\S/.test(r[3]) && !/^call\s+r\d/.test(r[3]))
    .map((r) => r[3].replace(/^call\s+/, "")).filter((t) => !/^runtime\./.test(t));
  if (calls.length)
    add(b, el("div", "sub", "a wrapper: the data word is a pointer to the value; it calls " + calls.map((c) => (byAsm.get(c) || { name: c }).name).join(", ")));
  else
    add(b, el("div", "sub", fn.rows.filter((r) => r[0] === "i").length + " instructions"));
  return b;
}

function wordsBox(title, words, note) {
  const b = el("div", "box words");
  add(b, add(el("div", "box-head"), el("strong", null, title), el("span", "sub", note)));
  for (const [name, ref, text] of words) {
    const row = put(b, el("div", "field"));
    row.dataset.name = name;
    if (ref) row.dataset.ref = ref;
    add(row, el("span", "fname", name), el("span", "fval", text));
  }
  return b;
}

// dataWord says what the data word of an interface holding a T is: the
// pointer itself when T is pointer-shaped (kind has DirectIface), else a
// pointer to a copy of the value (runtime.convT*, or a static for constants).
function dataWord(typeSym) {
  const t = byGo.get(typeSym);
  const d = t && D.data[t.index];
  const kind = d && d.groups[0].fields.find((f) => f.name === "kind");
  if (kind && /DirectIface/.test(kind.value || ""))
    return ["the pointer itself", "pointer-shaped: the value is stored in the word (kind has DirectIface)"];
  return ["→ a copy of the value", "the value is boxed: copied to the heap (runtime.convT*) or to a static for a constant"];
}

// ifaceWords draws the two words of an interface value, the way the Go
// articles draw them: the type word points at the itab (iface) or the
// descriptor (eface).
function ifaceWords(kind, typeWord, target, concrete, decl) {
  const [text, note] = dataWord(concrete);
  const b = wordsBox(kind, [[typeWord, target, typeWord === "tab" ? "*itab" : "*_type"], ["data", null, text]], decl);
  b.querySelector('.field[data-name="data"]').title = note;
  return add(b, el("div", "sub words-note", note));
}

function renderItab(d, col) {
  const fields = d.groups[0].fields;
  const [inter, concrete] = [fields[0], fields[1]];
  const left = col("an iface value (2 words)");
  add(left, ifaceWords("iface", "tab", d.sym, concrete.ref, `var s ${inter.value || "I"} = ${concrete.value || "T"}…`));
  const mid = col("the itab");
  add(mid, box(d));
  const others = itabsOf((inter.value || "").split(".").pop()).filter(([x]) => x !== d);
  if (others.length) add(mid, el("h4", null, "other itabs of " + inter.value));
  for (const [x, i] of others) add(mid, button(x.title, "sym other-itab", () => { state.data = i; render(); }));
  const code = col("fun[k]: the code");
  for (const f of fields.filter((f) => /^fun\[/.test(f.name) && f.ref)) add(code, funcBox(f.ref));
  // the descriptors inter and _type point at, under the iface (the arrows go left)
  add(left, el("h4", null, "inter and _type: the descriptors"));
  for (const f of [inter, concrete]) {
    const t = byGo.get(f.ref);
    if (t) add(left, box(D.data[t.index], "small"));
  }
}

function renderDescriptor(d, col) {
  add(col("an eface value (2 words)"),
      ifaceWords("eface", "_type", d.sym, d.sym, `var x any = ${d.title || "T"}…`));
  add(col("the descriptor"), box(d));
  const refs = [];
  for (const g of d.groups) for (const f of g.fields)
    if (f.ref && f.ref !== d.sym && byGo.has(f.ref) && !refs.includes(f.ref)) refs.push(f.ref);
  const right = col("what its words point at");
  for (const r of refs) {
    const t = byGo.get(r);
    add(right, t.kind === "func" ? funcBox(r) : box(D.data[t.index], "small"));
  }
  if (!refs.length) add(right, el("p", "empty", "only runtime symbols (equal functions, gc bitmaps) and names"));
}

function renderTypes() {
  const d = D.data[state.data];
  const cols = el("div", "diagram");
  const col = (title) => put(cols, add(el("div", "col"), el("h4", null, title)));
  if (d.kind === "itab") renderItab(d, col);
  else renderDescriptor(d, col);
  const wrap = add(el("div", "diagram-wrap"), cols);
  const head = el("div", "func-head");
  add(head, el("h2", null, d.kind === "itab" ? d.title : "type " + (d.title || d.sym)),
      el("span", "sub", d.kind === "itab"
        ? "an itab pairs an interface with a concrete type; a call s.M() loads fun[k] from [tab + 24 + 8k] and calls it with the data word"
        : "a type descriptor: what the runtime knows about a type (go1.19 runtime/type.go)"));
  add(main, head, wrap);
  if (state.focusK !== null) {
    const f = wrap.querySelector(`.box.itab .field[data-name="fun[${state.focusK}]"]`);
    if (f) f.classList.add("focus");
  }
  requestAnimationFrame(() => drawArrows(wrap));
}

// drawArrows joins each field that holds an address to the box it points at,
// when that box is drawn, with an SVG curve.
function drawArrows(wrap) {
  const old = wrap.querySelector("svg.arrows");
  if (old) old.remove();
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "arrows");
  const base = wrap.getBoundingClientRect();
  svg.setAttribute("width", wrap.scrollWidth);
  svg.setAttribute("height", wrap.scrollHeight);
  const defs = document.createElementNS(svg.namespaceURI, "defs");
  defs.innerHTML = '<marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>';
  svg.appendChild(defs);
  for (const f of wrap.querySelectorAll(".field[data-ref]")) {
    const from = f.closest(".box");
    if (from.classList.contains("small")) continue;   // only the words of the main boxes
    let to = null;
    for (const b of wrap.querySelectorAll(".box[data-sym]"))
      if (b.dataset.sym === f.dataset.ref && b !== from) { to = b; break; }
    if (!to) continue;
    const a = f.getBoundingClientRect(), t = to.getBoundingClientRect();
    const x1 = a.right - base.left + wrap.scrollLeft, y1 = a.top + a.height / 2 - base.top + wrap.scrollTop;
    const leftward = t.left < a.left;
    const x2 = (leftward ? t.right : t.left) - base.left + wrap.scrollLeft;
    const y2 = t.top + 14 - base.top + wrap.scrollTop;
    const sx = leftward ? a.left - base.left + wrap.scrollLeft : x1;
    const dx = Math.max(40, Math.abs(x2 - sx) / 2) * (leftward ? -1 : 1);
    const p = document.createElementNS(svg.namespaceURI, "path");
    p.setAttribute("d", `M${sx},${y1} C${sx + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`);
    p.setAttribute("marker-end", "url(#head)");
    if (f.classList.contains("focus")) p.setAttribute("class", "focus");
    svg.appendChild(p);
  }
  wrap.prepend(svg);
}

window.addEventListener("resize", () => {
  const wrap = main.querySelector(".diagram-wrap");
  if (wrap) drawArrows(wrap);
});

// ---- Rendering -------------------------------------------------------------------------------

function render() {
  main.textContent = "";
  renderViewTabs();
  renderSidebar();
  if (state.view === "code" && D.funcs.length) renderCode();
  else if (state.view === "types" && D.data.length) renderTypes();
  else add(main, el("p", "empty", state.view === "code" ? "no functions" : "this program uses no type descriptors"));
  const active = sidebar.querySelector("li.active");
  if (active) active.scrollIntoView({ block: "nearest" });
}

state.func = defaultFunc();
render();
