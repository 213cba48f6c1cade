// explain_test.js: drives pages made by `mgc explain` in headless Chromium
// (testdata/scripts/explain_browser.sh runs it; see there for what it checks).
//
//   node explain_test.js --chromium PATH --shots DIR --typedata FILE page.html...
//
// The first page must be testdata/demo/shapes.go's; the others are only loaded
// and checked for errors. Exit status 0 when every check passes.
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

function parseArgs(argv) {
  const o = { pages: [] };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i].startsWith("--")) o[argv[i].slice(2)] = argv[++i];
    else o.pages.push(argv[i]);
  }
  return o;
}

let failures = 0;
function check(ok, what) {
  if (ok) return;
  failures++;
  console.log("FAIL: " + what);
}

// typedataBlocks reads `mgc dump -phase=typedata` into {typename: [lines]}.
function typedataBlocks(text) {
  const blocks = {};
  let cur = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("type ")) blocks[(cur = line.slice(5))] = [];
    else if (cur && line.trim()) blocks[cur].push(line.trim());
  }
  return blocks;
}

// newPage opens a tab that records console errors and uncaught exceptions.
async function newPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}

async function load(page, file) {
  await page.goto("file://" + path.resolve(file));
  await page.waitForSelector(".grid .asm .row");
}

// clickSourceLine clicks the line of the current function's source that
// contains text; returns its number.
async function clickSourceLine(page, text) {
  const row = page.locator(".source .row", { hasText: text }).first();
  await row.scrollIntoViewIfNeeded();
  await row.click();
  return Number(await row.getAttribute("data-line"));
}

async function highlightTest(page, shots) {
  const line = await clickSourceLine(page, "total += s.Area()");
  const got = await page.$$eval(".asm .row.sel", (rs) => rs.map((r) => [r.dataset.line, r.textContent]));
  const all = await page.$$eval(`.asm .row[data-line="${line}"]`, (rs) => rs.length);
  check(got.length > 0, `a click on line ${line} highlights its instructions`);
  check(got.every(([l]) => Number(l) === line), `only line ${line}'s instructions are highlighted`);
  check(got.length === all, `all ${all} rows of line ${line} are highlighted (got ${got.length})`);
  check(got.some(([, t]) => /\+24\]/.test(t)), "line's instructions load fun[0] from [tab+24]");
  const srcSel = await page.$$eval(".source .row.sel", (rs) => rs.map((r) => Number(r.dataset.line)));
  check(srcSel.length === 1 && srcSel[0] === line, "the source line itself is highlighted");
  const gcOn = await page.evaluate(() => D.gc.on);
  if (gcOn) {
    const gc = await page.$$eval(".gc .row.sel", (rs) => rs.map((r) => Number(r.dataset.line)));
    check(gc.length > 0 && gc.every((l) => l === line), `gc's instructions of line ${line} are highlighted too`);
  }
  await page.screenshot({ path: path.join(shots, "1-source-and-asm.png") });
  return line;
}

// itabTest: the itab of Rect for Shape, as drawn, against the typedata dump.
async function itabTest(page, blocks, shots) {
  await page.fill("input.search", "itab(main.Rect");
  await page.click(".sidebar button.sym >> text=itab(main.Rect, main.Shape)");
  const box = page.locator(".box.itab").first();
  await box.waitFor();
  const field = async (name) => box.locator(`.field[data-name="${name}"]`);
  const valueOf = async (name) => (await field(name)).getAttribute("data-value");
  const refOf = async (name) => (await field(name)).getAttribute("data-ref");
  const rect = blocks["main.Rect"] || [], shape = blocks["main.Shape"] || [];
  check(rect.length && shape.length, "typedata has main.Rect and main.Shape");
  const hash = (/hash (0x[0-9a-f]+)/.exec(rect[0] || "") || [])[1];
  check((await valueOf("hash")) === hash, `itab.hash ${await valueOf("hash")} == type main.Rect's hash ${hash}`);
  check((await valueOf("inter")) === "main.Shape", "itab.inter is main.Shape");
  check((await valueOf("_type")) === "main.Rect", "itab._type is main.Rect");
  const imethods = shape.filter((l) => l.startsWith("imethod ")).map((l) => l.split(" ")[1]);
  check(imethods.length === 2, "main.Shape has 2 imethods");
  for (let k = 0; k < imethods.length; k++) {
    const m = rect.find((l) => l.startsWith(`method ${imethods[k]} `)) || "";
    const ifn = (/ ifn (\S+)/.exec(m) || [])[1];
    check((await refOf(`fun[${k}]`)) === ifn, `fun[${k}] = ${await refOf(`fun[${k}]`)}, typedata's ifn of ${imethods[k]} = ${ifn}`);
  }
  check(await page.locator("svg.arrows path").count() >= 3, "the diagram draws arrows");
  await page.screenshot({ path: path.join(shots, "2-itab.png") });
  await page.fill("input.search", "");
}

// pathTest: s.Area() -> the call through [tab+24] -> fun[0] -> main.Rect.Area.
async function pathTest(page, shots) {
  await page.click(".sidebar button.sym >> text=/^main\\.main$/");
  await page.waitForSelector(".func-head h2 >> text=func main.main");
  await clickSourceLine(page, "total += s.Area()");
  const icall = page.locator(".asm .row.sel a.icall").first();
  check(await icall.count() === 1, "the call through the itab has a link");
  check((await icall.getAttribute("data-k")) === "0", "it is fun[0]");
  await icall.click();
  await page.waitForSelector(".box.itab .field.focus");
  const other = page.locator("button.other-itab", { hasText: "itab(main.Rect, main.Shape)" });
  if (await other.count()) await other.click();
  const fun0 = page.locator('.box.itab .field[data-name="fun[0]"]');
  check((await fun0.getAttribute("class")).includes("focus"), "fun[0] is marked");
  await page.screenshot({ path: path.join(shots, "3-icall-itab.png") });
  await fun0.locator("a.link").click();
  await page.waitForSelector(".func-head h2 >> text=func main.(*Rect).Area");
  // The wrapper either calls main.Rect.Area (a link), or, optimized, holds
  // its body inlined (as gc's wrappers do), marked by the inliner's note.
  const call = page.locator('.asm a.link[data-target="main.Rect.Area"]').first();
  if (await call.count() === 0) {
    const wrapper = await page.locator(".asm").textContent();
    check(/inlined main\.Rect\.Area/.test(wrapper), "the wrapper main.(*Rect).Area inlines main.Rect.Area");
    check(/imul/.test(wrapper), "the inlined main.Rect.Area multiplies");
    await page.click(".sidebar button.sym >> text=/^main\\.Rect\\.Area$/");
  } else {
    await call.click();
  }
  await page.waitForSelector(".func-head h2 >> text=func main.Rect.Area");
  const text = await page.locator(".asm").textContent();
  check(/imul/.test(text), "main.Rect.Area's code multiplies");
  await page.screenshot({ path: path.join(shots, "4-rect-area.png") });
}

// jumpTest: a click on a line of another function opens that function.
async function jumpTest(page) {
  await page.click(".sidebar button.sym >> text=/^main\\.main$/");
  const line = await clickSourceLine(page, "for (r+1)*(r+1) <= n");
  await page.waitForSelector(".func-head h2 >> text=func main.isqrt");
  const sel = await page.$$eval(".asm .row.sel", (rs) => rs.map((r) => Number(r.dataset.line)));
  check(sel.length > 0 && sel.every((l) => l === line), `line ${line} of main.isqrt is selected after the jump`);
}

async function phasesTest(page) {
  const tabs = await page.$$eval(".phases button", (bs) => bs.map((b) => b.textContent));
  for (const t of ["tokens", "AST", "types", "IR: lower", "assembly"])
    check(tabs.includes(t), `phase tab ${t}`);
  for (const t of tabs) {
    await page.click(`.phases button >> text="${t}"`);
    check(await page.locator(".p-phase .row").count() > 0, `phase ${t} shows lines`);
  }
  await page.click('.phases button >> text="assembly"');
  // the pass diff (today's only pass seldom changes anything: check the differ itself)
  const ops = await page.evaluate(() => diffLines(["b0:", "v1 = const 1", "v2 = mov v1", "ret v2"],
                                                  ["b0:", "v1 = const 1", "ret v1"]));
  check(JSON.stringify(ops) === JSON.stringify([["=", "b0:"], ["=", "v1 = const 1"], ["-", "v2 = mov v1"],
                                                ["-", "ret v2"], ["+", "ret v1"]]),
        "diffLines marks what a pass removed and added: " + JSON.stringify(ops));
}

// readmeShot: the picture of README.md (docs/explain.png): main.largest with
// the line of its interface calls clicked, small enough to commit.
async function readmeShot(page, file, shots) {
  await page.setViewportSize({ width: 1200, height: 640 });
  await load(page, file);
  await page.click(".sidebar button.sym >> text=/^main\\.largest$/");
  await clickSourceLine(page, "if s.Area() > best.Area()");
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(shots, "readme.png") });
  await page.setViewportSize({ width: 1440, height: 860 });
}

async function main() {
  const o = parseArgs(process.argv);
  fs.mkdirSync(o.shots, { recursive: true });
  const blocks = typedataBlocks(fs.readFileSync(o.typedata, "utf8"));
  const browser = await chromium.launch({ executablePath: o.chromium, args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
    const { page, errors } = await newPage(context);
    await load(page, o.pages[0]);
    await highlightTest(page, o.shots);
    await phasesTest(page);
    await itabTest(page, blocks, o.shots);
    await pathTest(page, o.shots);
    await jumpTest(page);
    check(errors.length === 0, "no console errors on shapes: " + errors.join("; "));
    await readmeShot(page, o.pages[0], o.shots);
    for (const file of o.pages.slice(1)) {
      errors.length = 0;
      await load(page, file);
      await page.click("nav.views button >> text=Types & itabs");
      await page.waitForTimeout(100);
      check(errors.length === 0, `no console errors on ${path.basename(file)}: ` + errors.join("; "));
      check(await page.locator("img, b").count() === 0, `${path.basename(file)}: source text made no elements`);
    }
  } finally {
    await browser.close();
  }
  console.log(failures ? `${failures} checks failed` : "explain pages: all checks passed");
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.log("FAIL: " + (e && e.stack || e));
  process.exit(1);
});
