// Drives minewatch's dashboard in real headless Chromium (Debian's /usr/bin/chromium) with
// playwright-core: sign in with a key, submit a scan, see an alert arrive live over the
// stream, draw the profit chart, start and stop the miner; screenshots of each view.
//
// usage: node dashboard.mjs BASE_URL API_KEY SCREENSHOT_DIR [CAPTURE.pcap]
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const [base, key, outDir] = process.argv.slice(2);
if (!base || !key || !outDir) {
  console.error("usage: node dashboard.mjs BASE_URL API_KEY SCREENSHOT_DIR");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const MINER_JS = `// renamed, self-hosted browser miner
var ws = new WebSocket("ws://127.0.0.1:9/proxy");
ws.onopen = function () {
  ws.send(JSON.stringify({ method: "login", params: { login: "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A", pass: "x", agent: "xmrig" }, id: 1 }));
};
ws.onmessage = function (m) {
  var msg = JSON.parse(m.data);
  if (msg.method === "job") { worker.postMessage({ blob: msg.params.blob, target: msg.params.target }); }
};
var worker = new Worker("cryptonight-worker.js");
worker.onmessage = function (e) {
  ws.send(JSON.stringify({ method: "submit", params: { id: "1", job_id: e.data.job_id, nonce: e.data.nonce, result: e.data.result }, id: 2 }));
};
var miner = new CoinHive.Anonymous("site-key", { throttle: 0.3, threads: 4 });
miner.start();`;

const errors = [];
const fail = async (page, msg) => {
  if (page) await page.screenshot({ path: `${outDir}/failure.png`, fullPage: true }).catch(() => {});
  console.error("FAIL: " + msg);
  if (errors.length) console.error("page errors:\n" + errors.join("\n"));
  process.exit(1);
};

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on("pageerror", (e) => errors.push(String(e)));
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
page.setDefaultTimeout(20000);

try {
  // 1. A wrong key is refused with a message; the right one signs in and the stream goes live.
  await page.goto(base);
  await page.fill("#login-key", "mwk_000000000000_notavalidkeynotavalidkeynotavalidkey00");
  await page.click("#login-form button[type=submit]");
  await page.waitForFunction(() => document.getElementById("login-error").textContent.length > 0);
  await page.screenshot({ path: `${outDir}/login.png` });
  await page.fill("#login-key", key);
  await page.click("#login-form button[type=submit]");
  await page.waitForSelector("#login.hidden", { state: "attached" });
  await page.waitForFunction(() => document.getElementById("live").textContent === "live");
  console.log("signed in, stream live");
  // The refused key's 401 was expected; from here on, any error in the page fails the test.
  errors.length = 0;

  // 2. Submit a scan from the Scans tab: the verdict and its evidence are shown.
  await page.click("nav button[data-tab=scans]");
  await page.fill("#scan-name", "static/js/app-helper.js");
  await page.fill("#scan-text", MINER_JS);
  await page.click("#scan-submit");
  await page.waitForSelector("#scan-result .verdict-big");
  const verdict = await page.textContent("#scan-result .verdict-big");
  if (verdict !== "miner") await fail(page, `scan verdict ${verdict}, expected miner`);
  const signals = await page.$$eval("#scan-result tbody tr", (rows) => rows.length);
  if (signals < 2) await fail(page, `only ${signals} evidence rows`);
  await page.screenshot({ path: `${outDir}/scans.png`, fullPage: true });
  console.log(`scan: verdict ${verdict}, ${signals} signals`);

  // 2b. Upload a network capture: the mining flows are the evidence.
  const [, , , pcapPath] = process.argv.slice(2);
  if (pcapPath) {
    await page.click("#scan-mode button[data-mode=file]");
    await page.setInputFiles("#scan-file", pcapPath);
    await page.click("#scan-submit");
    await page.waitForFunction(() => document.querySelector("#scan-result .verdict-big") && document.getElementById("scan-result-title").textContent.includes("pcap"));
    const flows = await page.$$eval("#scan-result tbody tr", (rows) => rows.map((r) => r.textContent));
    // The protocol, and what its findings matched (the login coin-hive-stratum sends).
    if (!flows.some((t) => t.includes("monero-stratum") && t.includes("login"))) await fail(page, "pcap flows: " + flows.join(" | "));
    await page.screenshot({ path: `${outDir}/pcap.png`, fullPage: true });
    console.log(`pcap: ${flows.length} mining flows shown`);
  }

  // 3. An alert raised by someone else (a scan submitted straight to the API) arrives live
  //    over the stream, without a reload.
  await page.click("nav button[data-tab=overview]");
  const before = await page.$$eval("#alerts-table tbody tr", (r) => r.length);
  const res = await fetch(`${base}v1/scans`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ type: "content", name: "cdn/live-alert-miner.js", text: MINER_JS }),
  });
  if (res.status !== 201) await fail(page, `API scan answered ${res.status}`);
  await page.waitForFunction((n) => document.querySelectorAll("#alerts-table tbody tr").length > n, before);
  const top = await page.textContent("#alerts-table tbody tr:first-child");
  if (!top.includes("live-alert-miner.js")) await fail(page, `newest alert row is ${top}`);
  await page.waitForSelector(".toast.critical");
  await page.screenshot({ path: `${outDir}/overview-alert.png` });
  console.log("alert arrived live: " + top.slice(0, 80));

  // 4. Profitability: the calculator fills the figures and draws the chart.
  await page.click("nav button[data-tab=profit]");
  await page.waitForFunction(() => document.getElementById("pf-hardware").options.length > 5);
  await page.fill("#pf-mc", "500");
  await page.click("#profit-submit");
  await page.waitForSelector("#profit-chart-img");
  await page.waitForFunction(() => {
    const i = document.getElementById("profit-chart-img");
    return i && i.complete && i.naturalWidth > 500;
  });
  const revenue = await page.textContent("#pk-revenue");
  if (!revenue.startsWith("$")) await fail(page, `revenue shows ${revenue}`);
  await page.click("#jack-form button[type=submit]");
  await page.waitForFunction(() => document.getElementById("jack-result").textContent.includes("for every dollar"));
  await page.screenshot({ path: `${outDir}/profit.png`, fullPage: true });
  console.log("profit chart drawn, revenue/day " + revenue);
  // The server runs offline: the figures come from the dated snapshot, and the page says so.
  const stale = await page.textContent("#profit-stale").catch(() => null);
  if (!stale || !/days old/.test(stale)) await fail(page, `no warning about the snapshot's age: ${stale}`);
  // The chart is not a white box on the dark page.
  const filter = await page.evaluate(() => getComputedStyle(document.getElementById("profit-chart-img")).filter);
  if (!filter.includes("invert")) await fail(page, `chart shown as drawn (white): filter ${filter}`);
  // Narrow and wide: every figure fits its box and nothing in the top bar overlaps.
  for (const width of [420, 1400]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    const problems = await page.evaluate(() => {
      const out = [];
      for (const e of document.querySelectorAll("#tab-profit .kpi-value, #tab-profit .kpi-label")) {
        if (e.offsetParent && e.scrollWidth > e.clientWidth + 1) out.push(`${e.id || e.className} cut: ${e.textContent}`);
      }
      const boxes = [...document.querySelectorAll(".topbar .brand, .topbar nav button, .topbar .right > *")]
        .filter((e) => e.offsetParent).map((e) => [e.textContent.trim(), e.getBoundingClientRect()]);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const [a, r] = boxes[i], [b, q] = boxes[j];
        if (r.left < q.right - 1 && q.left < r.right - 1 && r.top < q.bottom - 1 && q.top < r.bottom - 1) out.push(`"${a}" overlaps "${b}"`);
      }
      return out;
    });
    await page.screenshot({ path: `${outDir}/profit-${width}.png`, fullPage: true });
    if (problems.length) await fail(page, `at ${width} px: ${problems.join("; ")}`);
    console.log(`profit at ${width} px: every figure fits`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // 5. Miner and pool: start the local miner, see it mine on the embedded pool, stop it.
  await page.click("nav button[data-tab=mining]");
  await page.click("#miner-start");
  await page.waitForFunction(() => document.getElementById("mk-backend").textContent.includes("thread"));
  // The chart has the miner's hashrate from the stream's ticks.
  await page.waitForFunction(() => state.series.miner.some((p) => p[1] > 0) && document.querySelectorAll("#mining-chart svg path.miner").length > 0, null, { timeout: 30000 });
  // A share (on regtest, every share is also a block) shows up in the pool's tables.
  await page.waitForFunction(() => document.querySelectorAll("#blocks-table tbody tr").length > 0 && document.querySelectorAll("#workers-table tbody tr").length > 0, null, { timeout: 60000 });
  await page.screenshot({ path: `${outDir}/mining.png`, fullPage: true });
  await page.click("#miner-stop");
  await page.waitForFunction(() => document.getElementById("mk-hs").textContent === "stopped");
  console.log("miner started, charted and stopped");

  // 6. A #key= link opened in a tab that shows the login box signs in without a reload.
  await page.click("#logout");
  await page.waitForSelector("#login:not(.hidden)");
  await page.evaluate((k) => { location.hash = "key=" + k; }, key);
  await page.waitForSelector("#login.hidden", { state: "attached" });
  if ((await page.evaluate(() => location.hash)) !== "") await fail(page, "the key stayed in the address bar");
  console.log("signed in from a #key= link without a reload");
} catch (e) {
  await fail(page, e.message);
}
const serious = errors;
if (serious.length) await fail(page, "errors in the page:\n" + serious.join("\n"));
await browser.close();
console.log("dashboard ok");
