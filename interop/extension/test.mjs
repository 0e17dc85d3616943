// End-to-end tests of minewatch's browser extension in real headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core), the extension loaded unpacked, against pages
// and a Monero-style websocket pool served on 127.0.0.1. Every name resolves to nothing except
// coinhive.com, which maps to this server, so nothing leaves the machine.
//
// usage: node test.mjs EXTENSION_DIR NPM_CORPUS_DIR OUT_DIR OBFUSCATED_WASM MEMORY_WASM
// (OBFUSCATED_WASM: cn-lite's core through every obfuscating transform of minewatch-harness;
// MEMORY_WASM: cn-lite's core with its constants kept in memory (load-constants), its masks
// read back from the module's data; both written by the Rust test that runs this.)
// Prints one JSON summary line; exit 0 when every check passes, 1 otherwise.
import { chromium } from 'playwright-core';
import { WebSocketServer } from 'ws';
import http from 'node:http';
import { readFileSync, mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname, extname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { NEGATIVES } from './negatives.js';

const here = dirname(fileURLToPath(import.meta.url));
const [extDir, corpusDir, outDir, obfuscatedWasm, memoryWasm] = process.argv.slice(2);
if (!extDir || !corpusDir || !outDir || !obfuscatedWasm || !memoryWasm) {
  console.error('usage: node test.mjs EXTENSION_DIR NPM_CORPUS_DIR OUT_DIR OBFUSCATED_WASM MEMORY_WASM');
  process.exit(2);
}
for (const f of ['manifest.json', 'engine.wasm', 'rules/blocklist.json', 'cost.json']) {
  if (!existsSync(join(extDir, f))) {
    console.error(`${join(extDir, f)} is missing: build the extension with scripts/build-extension.sh`);
    process.exit(2);
  }
}
mkdirSync(outDir, { recursive: true });
const results = { checks: [], timings: {} };
let failed = false;
const check = (name, ok, detail) => {
  results.checks.push({ name, ok: !!ok, detail });
  if (!ok) failed = true;
  console.error(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail === undefined ? '' : ': ' + JSON.stringify(detail)}`);
};

// The libraries of the hard-negative pages, from the npm corpus.
const libDir = mkdtempSync(join(tmpdir(), 'mw-ext-libs-'));
const libs = new Map();
for (const n of NEGATIVES) {
  const files = [n.file, ...(n.extra || [])];
  execFileSync('tar', ['xzf', join(corpusDir, n.tgz), '-C', libDir, ...files]);
  for (const f of files) libs.set(`/neg/${n.name}/${f.split('/').pop()}`, join(libDir, f));
}

// Cores judged by their structure alone (no pool traffic, no names): workers that pick the
// hash function by its arity (io buffer: no parameters; hash: input, length, output).
const drive = `
  function drive(ex) {
    const fns = Object.values(ex).filter((f) => typeof f === 'function');
    const io = fns.find((f) => f.length === 0), hash = fns.find((f) => f.length === 3);
    const p = io();
    (async () => { for (;;) { hash(p, 76, p + 128); postMessage(1); await new Promise((r) => setTimeout(r, 0)); } })();
  }`;
const asmCore = readFileSync(join(here, '../../crates/minewatch-detect/tests/data/miners/asmjs/cn_lite.all.O2.js'), 'utf8');
const generated = {
  // cn-lite obfuscated (exports renamed, flattened, constants encoded, ...) then turned into
  // asm.js by wasm2js: no WebAssembly at all.
  '/gen/asm-worker.js': asmCore.replace(/^export /gm, '') + drive + '\ndrive(retasmFunc);\n',
  // The same obfuscated core as wasm.
  '/gen/wasm-worker.js': drive + `
    // Absolute: the extension runs same-origin workers from a blob: URL, where '/' means nothing.
    fetch(location.origin + '/gen/core.wasm').then((r) => r.arrayBuffer()).then((b) => WebAssembly.instantiate(b, {}))
      .then((m) => drive(m.instance.exports));\n`,
  // cn-lite with its mask and every large constant loaded from memory: no structure to read.
  '/gen/memwasm-worker.js': drive + `
    fetch(location.origin + '/gen/core-mem.wasm').then((r) => r.arrayBuffer()).then((b) => WebAssembly.instantiate(b, {}))
      .then((m) => drive(m.instance.exports));\n`,
};
const structurePage = (kind) => `<!doctype html><meta charset="utf-8"><title>${kind} core</title>
  <script>window.__test = { hashes: 0, workerStarted: 0, errors: [] };
    const w = new Worker('/gen/${kind}-worker.js');
    __test.workerStarted = Date.now();
    w.onmessage = (e) => { __test.hashes += e.data; };
    w.onerror = (e) => __test.errors.push(String(e.message));</script>
  <h1>An obfuscated cn-lite core (${kind}) in a worker</h1>`;

// The server: pages, the listed "coinhive.com", and the pool.
const requests = [];
const pool = { logins: [], closes: [], messages: 0, open: 0 };
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = http.createServer((req, res) => {
  const host = (req.headers.host || '').split(':')[0];
  const path = new URL(req.url, 'http://x').pathname;
  requests.push({ host, path, at: Date.now() });
  let file = null;
  if (generated[path] !== undefined) {
    res.setHeader('content-type', 'text/javascript');
    res.end(generated[path]);
    return;
  }
  if (path === '/gen/core.wasm') file = obfuscatedWasm;
  else if (path === '/gen/core-mem.wasm') file = memoryWasm;
  else if (path === '/gen/asm.html' || path === '/gen/wasm.html' || path === '/gen/memwasm.html') {
    res.setHeader('content-type', 'text/html');
    res.end(structurePage(path.slice(5, -5)));
    return;
  } else if (libs.has(path)) file = libs.get(path);
  else if (path.startsWith('/neg/')) {
    const n = NEGATIVES.find((x) => path === `/neg/${x.name}/`);
    if (n) {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><meta charset="utf-8"><title>${n.name}</title>
        <script src="/neg/${n.name}/${n.file.split('/').pop()}"></script>
        <script>window.__test = {};
          (async () => { try { window.__test.done = await (async () => { ${n.work} })(); } catch (e) { window.__test.error = String(e); } })();</script>
        <h1>${n.name} at work</h1>`);
      return;
    }
  } else {
    const p = host === 'coinhive.com' ? join(here, 'site', path) : join(here, 'site', path === '/' ? 'index.html' : path);
    if (!p.includes('..') && existsSync(p)) file = p;
  }
  if (!file) { res.statusCode = 404; res.end('not found'); return; }
  res.setHeader('content-type', types[extname(file)] || 'application/octet-stream');
  res.end(readFileSync(file));
});
const wss = new WebSocketServer({ server, path: '/socket' });
wss.on('connection', (ws) => {
  pool.open++;
  let login = null;
  ws.on('message', (data) => {
    pool.messages++;
    let m;
    try { m = JSON.parse(String(data)); } catch (_) { return; }
    if (m.method === 'login') {
      login = Date.now();
      pool.logins.push(login);
      ws.send(JSON.stringify({ id: m.id, jsonrpc: '2.0', error: null, result: { id: 'session', status: 'OK',
        job: { blob: '0707' + '00'.repeat(74), job_id: 'j1', target: 'b88d0600', algo: 'cn/0' } } }));
    } else if (m.method === 'submit') {
      ws.send(JSON.stringify({ id: m.id, jsonrpc: '2.0', error: null, result: { status: 'OK' } }));
    }
  });
  ws.on('close', () => { pool.open--; pool.closes.push({ at: Date.now(), login }); });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const base = `http://127.0.0.1:${port}`;

const profile = mkdtempSync(join(tmpdir(), 'mw-ext-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1000, height: 700 },
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
    '--disable-background-networking', '--disable-component-update',
    `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
    `--host-resolver-rules=MAP coinhive.com 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  ],
});
const pageErrors = [];
context.on('weberror', (e) => pageErrors.push(String(e.error())));
let [sw] = context.serviceWorkers();
if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
const extId = new URL(sw.url()).host;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tabIdOf = async (url) => sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
const stoppedAtOf = async (tabId) => {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await p.waitForSelector('#verdict h2');
  const at = await p.evaluate(() => Number(document.querySelector('#verdict').dataset.stoppedAt || 0));
  await p.close();
  return at || null;
};
const evidenceOf = async (tabId) => {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await p.waitForSelector('#verdict h2');
  const text = await p.textContent('#findings');
  await p.close();
  return text;
};
const badgeOf = async (tabId) => sw.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId);

try {
  // 1. Listed URLs are blocked by the declarativeNetRequest rules.
  {
    const page = await context.newPage();
    requests.length = 0;
    await page.goto(`${base}/listed.html`);
    await sleep(500);
    const t = await page.evaluate(() => window.__test);
    const leaked = requests.filter((r) => r.host === 'coinhive.com' || r.path.endsWith('coinhive.min.js'));
    check('listed miner URLs never reach the network', leaked.length === 0, leaked);
    check('both listed scripts fail to load on the page', t.errors.length === 2 && t.loaded.length === 0, t);
    const rules = await sw.evaluate(async () => (await chrome.declarativeNetRequest.getMatchedRules({})).rulesMatchedInfo.length);
    check('the rules that matched are reported', rules >= 2, rules);
    await page.close();
  }

  // 2. A renamed, self-hosted miner is stopped within 2 s of starting, with the evidence shown.
  let minerTab;
  {
    const page = await context.newPage();
    await page.goto(`${base}/miner.html`);
    await page.waitForFunction(() => window.__test && window.__test.stoppedAt, null, { timeout: 10000 }).catch(() => {});
    const t = await page.evaluate(() => window.__test);
    minerTab = await tabIdOf(page.url());
    const stoppedAt = await stoppedAtOf(minerTab);
    const took = stoppedAt ? stoppedAt - t.started : null;
    results.timings.main_thread_stop_ms = took;
    results.timings.main_thread_hashes_before_stop = t.hashes;
    check('the self-hosted miner is stopped within 2 s of starting', took !== null && took <= 2000 && !!t.stoppedAt, { took, errors: t.errors, hashes: t.hashes });
    const before = t.hashes;
    await sleep(1000);
    const after = await page.evaluate(() => window.__test.hashes);
    check('it hashes no more once stopped', after === before, { before, after });
    await sleep(300);
    check('its pool connections are closed', pool.open === 0, pool);
    check('the badge says STOP', (await badgeOf(minerTab)) === 'STOP');
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${minerTab}`);
    await popup.waitForSelector('#verdict h2');
    const heading = await popup.textContent('#verdict h2');
    const evidence = await popup.textContent('#findings');
    const cost = await popup.textContent('#cost');
    check('the popup says the miner was stopped', heading === 'Miner stopped', heading);
    check('the popup shows the evidence', /wasm|monero-stratum/.test(evidence), evidence.slice(0, 300));
    check('the popup shows what it would have cost', /CPU-seconds/.test(cost) && /CPU-hour/.test(cost), cost.slice(0, 300));
    await popup.screenshot({ path: join(outDir, 'popup-miner-stopped.png'), fullPage: true });
    results.popup = { heading, evidence: evidence.slice(0, 400), cost };
    await popup.close();
    await page.close();
  }

  // 3. The same miner started 10 s after load, inside a worker, is stopped too.
  {
    const page = await context.newPage();
    const logins = pool.logins.length;
    await page.goto(`${base}/delayed.html`);
    await page.waitForFunction(() => window.__test.workerStarted, null, { timeout: 15000 });
    await sleep(3000);
    const t = await page.evaluate(() => window.__test);
    const tab = await tabIdOf(page.url());
    const stoppedAt = await stoppedAtOf(tab);
    const took = stoppedAt ? stoppedAt - t.workerStarted : null;
    results.timings.worker_stop_ms = took;
    results.timings.worker_hashes_before_stop = t.hashes;
    const waitedAfterLoad = t.workerStarted - (await page.evaluate(() => performance.timeOrigin));
    check('the worker started 10 s after load', waitedAfterLoad >= 9900, waitedAfterLoad);
    check('the worker miner is stopped within 2 s of starting', took !== null && took >= 0 && took <= 2000, { took, hashes: t.hashes, errors: t.errors });
    const before = t.hashes;
    await sleep(1000);
    const after = await page.evaluate(() => window.__test.hashes);
    check('the worker hashes no more', after === before, { before, after });
    check('the worker\'s pool connection is closed', pool.open === 0, { open: pool.open, logins: pool.logins.length - logins });
    check('the badge says STOP for the worker miner', (await badgeOf(tab)) === 'STOP');
    const why = await evidenceOf(tab);
    check('the worker miner\'s evidence is shown', /worker|cryptonight|monero-stratum/i.test(why), why.slice(0, 300));
    results.worker_evidence = why.slice(0, 400);
    await page.close();
  }

  // 3b. Obfuscated cn-lite in a worker, as wasm and as asm.js, no pool: stopped within 2 s on
  // the structure of its main loop alone; with its constants in memory, on what its main loop
  // does when the engine runs it in its bounded interpreter.
  for (const kind of ['wasm', 'asm', 'memwasm']) {
    const page = await context.newPage();
    await page.goto(`${base}/gen/${kind}.html`);
    await sleep(3000);
    const t = await page.evaluate(() => window.__test);
    const tab = await tabIdOf(page.url());
    const stoppedAt = await stoppedAtOf(tab);
    const took = stoppedAt ? stoppedAt - t.workerStarted : null;
    results.timings[`obfuscated_${kind}_stop_ms`] = took;
    check(`the obfuscated ${kind} core is stopped within 2 s of starting`, took !== null && took >= 0 && took <= 2000, { took, hashes: t.hashes, errors: t.errors });
    const before = t.hashes;
    await sleep(1500);
    const after = await page.evaluate(() => window.__test.hashes);
    check(`the obfuscated ${kind} core hashes no more`, after === before, { before, after });
    const why = await evidenceOf(tab);
    const loop = /memory-hard-loop/;
    check(`the obfuscated ${kind} core's evidence is its memory-hard loop`, loop.test(why), why.slice(0, 300));
    results[`obfuscated_${kind}_evidence`] = why.slice(0, 400);
    await page.close();
  }

  // 4. Hard negatives keep working: nothing blocked, nothing stopped.
  for (const n of NEGATIVES) {
    const page = await context.newPage();
    await page.goto(`${base}/neg/${n.name}/`);
    await page.waitForFunction(() => window.__test && (window.__test.done || window.__test.error), null, { timeout: 30000 }).catch(() => {});
    const t = await page.evaluate(() => window.__test);
    const tab = await tabIdOf(page.url());
    const badge = await badgeOf(tab);
    check(`${n.name}: works and nothing is stopped`, !!t.done && !t.error && badge === '', { done: String(t.done).slice(0, 60), error: t.error, badge });
    await page.close();
  }

  // 5. "Allow this site" from the popup: the miner page is left alone afterwards.
  {
    const page = await context.newPage();
    await page.goto(`${base}/miner.html`);
    await page.waitForFunction(() => window.__test && window.__test.stoppedAt, null, { timeout: 10000 }).catch(() => {});
    const tab = await tabIdOf(page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tab}`);
    await popup.waitForSelector('#allow:not([disabled])');
    await popup.click('#allow');
    await popup.waitForFunction(() => document.querySelector('#verdict h2')?.textContent === 'Allowed site');
    await popup.close();
    await page.reload();
    await sleep(2500);
    const t = await page.evaluate(() => window.__test);
    check('an allowed site is not stopped', !t.stoppedAt && t.hashes > 0, { hashes: t.hashes, errors: t.errors });
    await page.close();
    // The control for the worker case: with the site allowed, the (hooked) worker really mines.
    const d = await context.newPage();
    const logins = pool.logins.length;
    await d.goto(`${base}/delayed.html`);
    await d.waitForFunction(() => window.__test.workerStarted, null, { timeout: 15000 });
    await sleep(2500);
    const td = await d.evaluate(() => window.__test);
    check('on an allowed site the delayed worker mines and logs in to the pool', td.hashes > 0 && pool.logins.length > logins, { hashes: td.hashes, logins: pool.logins.length - logins });
    await d.close();
    // Undo, for the screenshots.
    await sw.evaluate(async () => { await chrome.storage.local.set({ allowlist: [] }); });
  }

  // 6. The options page: the user's own rules become dynamic rules; strict mode blocks wasm.
  {
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.waitForFunction(() => document.querySelector('#builtin-count').textContent !== '');
    await page.fill('#own', '||pool.example^$websocket\n/analytics-core.wasm\n##.miner-banner');
    await page.fill('#allowlist', 'trusted.example');
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#saved').textContent.startsWith('Saved'));
    const status = await page.textContent('#own-status');
    const saved = await page.textContent('#saved');
    check('own rules are compiled by the engine (element hiding reported as skipped)', /miner-banner/.test(status), status);
    const dyn = await sw.evaluate(async () => chrome.declarativeNetRequest.getDynamicRules());
    check('own rules and the allowlist are dynamic rules', dyn.some((r) => r.condition.urlFilter === '/analytics-core.wasm') && dyn.some((r) => r.action.type === 'allowAllRequests'), dyn.length);
    await page.screenshot({ path: join(outDir, 'options.png'), fullPage: true });
    results.options = { saved, status };
    // Own rule blocks the self-hosted core by its (renamed) path before anything runs.
    const m = await context.newPage();
    requests.length = 0;
    await m.goto(`${base}/miner.html`);
    await sleep(1000);
    const got = requests.filter((r) => r.path.endsWith('analytics-core.wasm'));
    check('an own rule blocks a request', got.length === 0, got);
    await m.close();
    // Strict mode: no WebAssembly at all on untrusted sites (xxhash-wasm fails, by design).
    await page.check('input[name=strict][value=wasm]');
    await page.fill('#own', '');
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#saved').textContent.startsWith('Saved'));
    const x = await context.newPage();
    await x.goto(`${base}/neg/xxhash-wasm/`);
    await x.waitForFunction(() => window.__test && (window.__test.done || window.__test.error), null, { timeout: 15000 }).catch(() => {});
    const tx = await x.evaluate(() => window.__test);
    check('strict mode refuses WebAssembly on an untrusted site', !!tx.error && !tx.done, tx);
    await x.close();
    await page.check('input[name=strict][value=off]');
    await page.click('#save');
    await page.close();
  }

  // The popup of a clean page, for the record.
  {
    const page = await context.newPage();
    await page.goto(`${base}/neg/js-sha256/`);
    await page.waitForFunction(() => window.__test && window.__test.done, null, { timeout: 15000 }).catch(() => {});
    const tab = await tabIdOf(page.url());
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 400 });
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tab}`);
    await popup.waitForSelector('#verdict h2');
    await popup.screenshot({ path: join(outDir, 'popup-clean.png'), fullPage: true });
    await popup.close();
    await page.close();
  }
} catch (e) {
  check('the run completes', false, String(e && e.stack || e));
} finally {
  results.page_errors = pageErrors.slice(0, 20);
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(libDir, { recursive: true, force: true });
}
results.ok = !failed;
console.log(JSON.stringify(results));
process.exit(failed ? 1 : 0);
