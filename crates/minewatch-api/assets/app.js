// minewatch dashboard: plain JavaScript, no dependencies, everything from the API and the
// stream. Untrusted text (evidence, names) only ever goes through textContent.
"use strict";

const state = { key: null, ws: null, series: { pool: [], miner: [] }, alerts: [], retry: 1000, wsTimer: null };
const MAX_POINTS = 900;

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...kids) {
  const svg = ["svg", "path", "line", "text", "polyline", "g", "rect"].includes(tag);
  const e = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined) continue;
    e.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return e;
}

function fmtHs(h) {
  if (!isFinite(h) || h <= 0) return "0 H/s";
  const u = ["H/s", "kH/s", "MH/s", "GH/s", "TH/s", "PH/s", "EH/s"];
  let i = 0;
  while (h >= 1000 && i < u.length - 1) { h /= 1000; i++; }
  return h.toFixed(h < 10 ? 2 : h < 100 ? 1 : 0) + " " + u[i];
}
const usd = (v) => (v < 0 ? "-$" : "$") + Math.abs(v).toLocaleString("en-US", { maximumFractionDigits: Math.abs(v) < 100 ? 2 : 0 });
const timeOf = (t) => new Date(t * 1000).toLocaleTimeString([], { hour12: false });
const dateOf = (t) => new Date(t * 1000).toLocaleString([], { hour12: false });

async function api(path, opts = {}) {
  const headers = { Authorization: "Bearer " + state.key };
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  const r = await fetch(path, { method: opts.method || "GET", headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  if (r.status === 401) { signOut("Your key was refused: sign in again."); throw new Error("unauthorized"); }
  const type = r.headers.get("content-type") || "";
  const data = type.includes("json") ? await r.json() : await r.text();
  if (!r.ok) throw new Error(data && data.error ? data.error.message : "HTTP " + r.status);
  return data;
}

function toast(title, body, level) {
  const t = el("div", { class: "toast " + (level || "") }, el("b", { text: title }), el("span", { class: "muted small", text: body || "" }));
  $("toasts").prepend(t);
  setTimeout(() => t.remove(), 6000);
}

// ----------------------------------------------------------------------------------- login

async function signIn(key) {
  state.key = key.trim();
  $("login-error").textContent = "";
  try {
    await api("/v1/miner");
  } catch (e) {
    state.key = null;
    $("login-error").textContent = e.message === "unauthorized" ? "That key was refused." : e.message;
    return;
  }
  sessionStorage.setItem("minewatch-key", state.key);
  $("login").classList.add("hidden");
  $("whoami").textContent = "key " + state.key.split("_")[1];
  connect();
  refreshAll();
}

function signOut(msg) {
  sessionStorage.removeItem("minewatch-key");
  state.key = null;
  if (state.ws) { state.ws.onclose = null; state.ws.close(); state.ws = null; }
  $("login").classList.remove("hidden");
  if (msg) $("login-error").textContent = msg;
}

// ----------------------------------------------------------------------------------- stream

function connect() {
  if (!state.key) return;
  const proto = location.protocol === "https:" ? "wss:" : "ws:";
  const ws = new WebSocket(`${proto}//${location.host}/v1/stream?key=${encodeURIComponent(state.key)}`);
  state.ws = ws;
  ws.onopen = () => { state.retry = 1000; setLive(true); };
  ws.onclose = () => {
    setLive(false);
    state.ws = null;
    clearTimeout(state.wsTimer);
    state.wsTimer = setTimeout(connect, state.retry);
    state.retry = Math.min(state.retry * 2, 15000);
  };
  ws.onmessage = (ev) => {
    let m;
    try { m = JSON.parse(ev.data); } catch (_) { return; }
    onMessage(m);
  };
}

function setLive(on) {
  const p = $("live");
  p.className = "pill " + (on ? "on" : "off");
  p.textContent = on ? "live" : "offline";
}

function onMessage(m) {
  switch (m.type) {
    case "alert":
      addAlert(m.alert, true);
      toast(m.alert.title, m.alert.subject, m.alert.severity);
      break;
    case "scan":
      addScanRow(m.scan, true);
      break;
    case "hashrate":
      pushPoint("pool", m.time, m.pool);
      pushPoint("miner", m.time, m.miner);
      $("kpi-pool-hs").textContent = fmtHs(m.pool);
      $("kpi-workers").textContent = m.workers + (m.workers === 1 ? " worker" : " workers");
      $("kpi-height").textContent = m.height;
      $("mk-height").textContent = "height " + m.height;
      if (m.miner > 0) { $("kpi-miner-hs").textContent = fmtHs(m.miner); $("mk-hs").textContent = fmtHs(m.miner); }
      drawCharts();
      break;
    case "block":
      toast("Block " + m.height + " found", m.hash.slice(0, 24) + "... by " + m.worker, "");
      refreshPool();
      break;
    case "miner":
      refreshMiner();
      break;
    case "lagged":
      refreshAll();
      break;
  }
}

// ----------------------------------------------------------------------------------- alerts

function addAlert(a, fresh) {
  state.alerts.unshift(a);
  const ev = (a.detail && a.detail.evidence && a.detail.evidence[0]) || null;
  const tr = el("tr", { class: fresh ? "fresh" : null, "data-alert": a.id },
    el("td", { class: "mono", text: timeOf(a.created) }),
    el("td", {}, el("span", { class: "badge " + a.severity, text: a.severity })),
    el("td", {}, el("div", { text: a.title }), a.scan_id ? el("a", { href: "#", text: "scan #" + a.scan_id, onclick: (e) => { e.preventDefault(); showTab("scans"); showScan(a.scan_id); } }) : null),
    el("td", { class: "small" }, ev ? el("span", { text: ev.evidence }) : "", ev ? el("div", { class: "muted mono", text: ev.location }) : null));
  $("alerts-table").tBodies[0].prepend(tr);
  while ($("alerts-table").tBodies[0].rows.length > 50) $("alerts-table").tBodies[0].lastChild.remove();
  $("alerts-empty").hidden = true;
  updateAlertKpis();
}

function updateAlertKpis() {
  const crit = state.alerts.filter((a) => a.severity === "critical").length;
  const warn = state.alerts.filter((a) => a.severity === "warning").length;
  $("kpi-alerts").textContent = state.alerts.length;
  $("kpi-alerts-sub").textContent = `critical ${crit} \u00b7 warning ${warn}`;
}

async function refreshAlerts() {
  const page = await api("/v1/alerts?limit=50");
  state.alerts = [];
  $("alerts-table").tBodies[0].replaceChildren();
  for (const a of page.items.slice().reverse()) addAlert(a, false);
  $("alerts-empty").hidden = page.items.length > 0;
  updateAlertKpis();
}

// ----------------------------------------------------------------------------------- scans

function families(list) { return (list || []).map((f) => el("span", { class: "family", text: f })); }

function addScanRow(s, fresh) {
  const tb = $("scans-table").tBodies[0];
  if (tb.querySelector(`tr[data-scan="${s.id}"]`)) return;
  const tr = el("tr", { class: fresh ? "fresh" : null, "data-scan": s.id, onclick: () => showScan(s.id) },
    el("td", { class: "mono", text: s.id }),
    el("td", { class: "mono", text: timeOf(s.created) }),
    el("td", { text: s.kind }),
    el("td", { class: "mono", text: s.target }),
    el("td", {}, el("span", { class: "badge " + s.verdict, text: s.verdict })),
    el("td", { text: s.score }),
    el("td", {}, families(s.families)),
    el("td", { text: s.files }));
  tb.prepend(tr);
  while (tb.rows.length > 100) tb.lastChild.remove();
}

async function refreshScans() {
  const page = await api("/v1/scans?limit=50");
  $("scans-table").tBodies[0].replaceChildren();
  for (const s of page.items.slice().reverse()) addScanRow(s, false);
}

function renderScan(detail) {
  const s = detail.scan;
  $("scan-result-title").textContent = `#${s.id} \u00b7 ${s.kind} \u00b7 ${s.files} ${s.kind === "pcap" ? "flow(s)" : "file(s)"}, ${s.bytes.toLocaleString()} bytes`;
  const box = $("scan-result");
  box.replaceChildren(el("div", { class: "verdict-head" },
    el("span", { class: "verdict-big " + s.verdict, text: s.verdict }),
    el("span", { class: "muted", text: "score " + s.score }),
    el("span", {}, families(s.families))),
    el("div", { class: "mono small muted", text: s.target }));
  if (s.kind === "pcap") {
    for (const cap of detail.reports || []) {
      box.append(el("p", { class: "muted small", text: `${cap.frames} frames, ${cap.flows} flows, ${cap.mining.length} found mining` }));
      if (cap.mining.length) box.append(el("table", { class: "table" },
        el("thead", {}, el("tr", {}, el("th", { text: "Protocol" }), el("th", { text: "Client \u2192 server" }), el("th", { text: "Evidence" }), el("th", { text: "First message" }), el("th", { text: "Packets" }))),
        el("tbody", {}, cap.mining.map((f) => el("tr", {},
          el("td", {}, el("span", { class: "badge " + f.verdict, text: f.protocol })),
          el("td", { class: "mono small", text: `${f.client} \u2192 ${f.server} (${f.transport})` }),
          el("td", { class: "small", text: (f.signals || []).map((g) => g.evidence).concat(f.evidence || []).join(", ") }),
          el("td", { class: "mono small", text: f.first_message.slice(0, 160) }),
          el("td", { text: `${f.packets} / ${f.bytes.toLocaleString()} B` }))))));
      for (const n of cap.notes || []) box.append(el("p", { class: "muted small", text: "note: " + n }));
    }
    return;
  }
  const shown = (detail.reports || []).filter((r) => r.verdict !== "clean" || (detail.reports || []).length === 1).slice(0, 20);
  for (const r of shown) {
    box.append(el("div", { class: "file-head" }, el("span", { class: "badge " + r.verdict, text: r.verdict }), " ", el("span", { class: "mono", text: r.name })));
    if (!r.signals.length) box.append(el("p", { class: "muted small", text: "no signals" }));
    else box.append(el("table", { class: "table" },
      el("thead", {}, el("tr", {}, el("th", { text: "Signal" }), el("th", { text: "Family" }), el("th", { text: "Weight" }), el("th", { text: "Evidence" }), el("th", { text: "Where" }))),
      el("tbody", {}, r.signals.map((g) => el("tr", {},
        el("td", { class: "mono", text: g.id }),
        el("td", {}, el("span", { class: "family", text: g.family })),
        el("td", { text: g.weight }),
        el("td", { text: g.evidence }),
        el("td", { class: "mono small", text: g.location }))))));
    for (const n of r.notes || []) box.append(el("p", { class: "muted small", text: "note: " + n }));
  }
}

async function showScan(id) {
  try { renderScan(await api("/v1/scans/" + id)); } catch (e) { $("scan-error").textContent = e.message; }
}

let scanMode = "paste";
function setScanMode(mode) {
  scanMode = mode;
  for (const b of $("scan-mode").querySelectorAll("button")) b.classList.toggle("active", b.dataset.mode === mode);
  for (const d of $("scan-form").querySelectorAll("[data-for]")) d.hidden = d.dataset.for !== mode;
}

function toBase64(buf) {
  const bytes = new Uint8Array(buf);
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function submitScan(ev) {
  ev.preventDefault();
  $("scan-error").textContent = "";
  let body;
  if (scanMode === "paste") {
    body = { type: "content", name: $("scan-name").value || "pasted.js", text: $("scan-text").value };
  } else if (scanMode === "url") {
    body = { type: "url", url: $("scan-url").value };
  } else {
    const f = $("scan-file").files[0];
    if (!f) { $("scan-error").textContent = "choose a file first"; return; }
    const b64 = toBase64(await f.arrayBuffer());
    body = /\.(tgz|tar\.gz)$/i.test(f.name) ? { type: "package", name: f.name, base64: b64 }
      : /\.(pcap|pcapng|cap)$/i.test(f.name) ? { type: "pcap", name: f.name, base64: b64 }
      : { type: "content", name: f.name, base64: b64 };
  }
  const btn = $("scan-submit");
  btn.disabled = true; btn.textContent = "Scanning...";
  try {
    const d = await api("/v1/scans", { method: "POST", body });
    renderScan(d);
    addScanRow(d.scan, true);
  } catch (e) {
    $("scan-error").textContent = e.message;
  } finally {
    btn.disabled = false; btn.textContent = "Scan";
  }
}

// ----------------------------------------------------------------------------------- charts

function pushPoint(which, t, v) {
  const s = state.series[which];
  if (s.length && s[s.length - 1][0] >= t) return;
  s.push([t, v]);
  if (s.length > MAX_POINTS) s.splice(0, s.length - MAX_POINTS);
}

function niceMax(v) {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function drawChart(host) {
  const W = Math.max(host.clientWidth, 300), H = Math.max(host.clientHeight, 160);
  const L = 70, R = 12, T = 12, B = 26;
  const pool = state.series.pool, miner = state.series.miner;
  const all = pool.concat(miner);
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "hashrate over time" });
  if (!all.length) {
    svg.append(el("text", { x: W / 2, y: H / 2, class: "axis", "text-anchor": "middle", text: "waiting for hashrate samples..." }));
    host.replaceChildren(svg);
    return;
  }
  const t0 = Math.min(...all.map((p) => p[0])), t1 = Math.max(...all.map((p) => p[0]), t0 + 1);
  const vmax = niceMax(Math.max(...all.map((p) => p[1])) * 1.1);
  const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
  const y = (v) => T + (1 - v / vmax) * (H - T - B);
  for (let i = 0; i <= 4; i++) {
    const v = (vmax * i) / 4;
    svg.append(el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }));
    svg.append(el("text", { x: L - 8, y: y(v) + 4, class: "axis", "text-anchor": "end", text: fmtHs(v) }));
  }
  for (let i = 0; i <= 4; i++) {
    const t = t0 + ((t1 - t0) * i) / 4;
    svg.append(el("text", { x: x(t), y: H - 6, class: "axis", "text-anchor": i === 0 ? "start" : i === 4 ? "end" : "middle", text: timeOf(t) }));
  }
  const line = (pts) => pts.map((p, i) => (i ? "L" : "M") + x(p[0]).toFixed(1) + " " + y(p[1]).toFixed(1)).join(" ");
  if (pool.length > 1) {
    svg.append(el("path", { d: line(pool) + ` L${x(pool[pool.length - 1][0]).toFixed(1)} ${y(0)} L${x(pool[0][0]).toFixed(1)} ${y(0)} Z`, class: "pool-area" }));
    svg.append(el("path", { d: line(pool), class: "pool" }));
  }
  if (miner.length > 1) svg.append(el("path", { d: line(miner), class: "miner" }));
  host.replaceChildren(svg);
}

let drawPending = false;
function drawCharts() {
  if (drawPending) return;
  drawPending = true;
  requestAnimationFrame(() => {
    drawPending = false;
    for (const id of ["overview-chart", "mining-chart"]) {
      const h = $(id);
      if (h.offsetParent !== null) drawChart(h);
    }
  });
}

async function refreshHashrate() {
  const since = Math.floor(Date.now() / 1000) - 1800;
  const [p, m] = await Promise.all([api(`/v1/pool/hashrate?source=pool&since=${since}`), api(`/v1/pool/hashrate?source=miner&since=${since}`)]);
  state.series.pool = p.map((q) => [q.time, q.hashrate]);
  state.series.miner = m.map((q) => [q.time, q.hashrate]);
  drawCharts();
}

// ----------------------------------------------------------------------------------- miner and pool

async function refreshMiner() {
  const s = await api("/v1/miner");
  $("mk-hs").textContent = s.running ? fmtHs(s.hashrate) : "stopped";
  $("kpi-miner-hs").textContent = s.running ? fmtHs(s.hashrate) : "stopped";
  $("mk-backend").textContent = s.running ? `${s.threads} thread(s), ${s.backend}` : "backends: " + s.backends.join(", ");
  $("kpi-miner-sub").textContent = s.running ? `${s.accepted} shares accepted` : "start it under Miner & pool";
  $("miner-start").disabled = s.running;
  $("miner-stop").disabled = !s.running;
}

async function refreshPool() {
  const [p, workers, blocks, payouts] = await Promise.all([api("/v1/pool"), api("/v1/pool/workers"), api("/v1/pool/blocks?limit=10"), api("/v1/pool/payouts")]);
  $("kpi-height").textContent = p.height;
  $("kpi-blocks").textContent = p.blocks + " blocks found";
  $("kpi-pool-hs").textContent = fmtHs(p.hashrate);
  $("kpi-workers").textContent = p.workers + (p.workers === 1 ? " worker" : " workers");
  $("mk-blocks").textContent = p.blocks;
  $("mk-height").textContent = "height " + p.height;
  $("mk-shares").textContent = p.shares;
  $("mk-stratum").textContent = p.stratum || "not listening";
  const owed = Object.fromEntries(payouts.map((q) => [q.worker, q.satoshis]));
  $("mk-rejected").textContent = workers.reduce((a, w) => a + w.rejected, 0) + " rejected";
  $("workers-table").tBodies[0].replaceChildren(...workers.map((w) => el("tr", {},
    el("td", { class: "mono", text: w.name }), el("td", { text: fmtHs(w.hashrate) }), el("td", { text: w.accepted }), el("td", { text: w.rejected }),
    el("td", { text: ((owed[w.name] || 0) / 1e8).toFixed(8) + " BTC" }))));
  $("blocks-table").tBodies[0].replaceChildren(...blocks.items.map((b) => el("tr", {},
    el("td", { text: b.height }), el("td", { class: "mono", text: b.hash.slice(0, 20) + "\u2026" }), el("td", { class: "mono", text: b.worker }), el("td", { class: "mono", text: dateOf(b.time) }))));
}

async function minerAction(action) {
  $("miner-error").textContent = "";
  try {
    const body = action === "start" ? { threads: Number($("miner-threads").value) || 1 } : undefined;
    await api("/v1/miner/" + action, { method: "POST", body: body === undefined ? {} : body });
    await refreshMiner();
  } catch (e) {
    $("miner-error").textContent = e.message;
  }
}

// ----------------------------------------------------------------------------------- profit

async function loadHardware() {
  const list = await api("/v1/hardware");
  const sel = $("pf-hardware");
  sel.replaceChildren(...list.map((h) => el("option", { value: h.model, text: `${h.model} (${h.hashrate_ths} TH/s, ${h.power_w} W)` })));
  const s21 = list.find((h) => h.model === "Antminer S21");
  if (s21) sel.value = s21.model;
}

async function calculate(ev) {
  if (ev) ev.preventDefault();
  $("profit-error").textContent = "";
  const req = {
    hardware: $("pf-hardware").value,
    units: Number($("pf-units").value) || 1,
    power_price: Number($("pf-power-price").value),
    pool_fee: Number($("pf-pool-fee").value) / 100,
    horizon: $("pf-horizon").value,
    difficulty_growth: $("pf-growth").value + "%",
    monte_carlo: Number($("pf-mc").value) || 0,
  };
  if ($("pf-price").value) req.btc_price = Number($("pf-price").value);
  const btn = $("profit-submit");
  btn.disabled = true;
  try {
    const [r, svg] = await Promise.all([api("/v1/profit", { method: "POST", body: req }), api("/v1/profit/chart", { method: "POST", body: req })]);
    const t = r.today, p = r.projection;
    $("pk-revenue").textContent = usd(t.revenue_usd);
    $("pk-btc").textContent = t.btc.toFixed(8) + " BTC";
    $("pk-power").textContent = usd(t.power_usd);
    $("pk-watts").textContent = (r.rig.watts / 1000).toFixed(1) + " kW at $" + req.power_price + "/kWh";
    $("pk-profit").textContent = usd(t.profit_usd);
    $("pk-profit").className = "kpi-value " + (t.profit_usd >= 0 ? "pos" : "neg");
    $("pk-breakeven").textContent = "break-even $" + t.break_even_usd_per_kwh.toFixed(3) + "/kWh";
    $("pk-net").textContent = usd(p.net_usd);
    $("pk-net").className = "kpi-value " + (p.net_usd >= 0 ? "pos" : "neg");
    $("pk-mc").textContent = r.monte_carlo ? `P10 ${usd(r.monte_carlo.result.p10_usd)} \u00b7 P90 ${usd(r.monte_carlo.result.p90_usd)}` : r.days + " days";
    $("profit-sources").textContent = `BTC $${Math.round(r.market.btc_usd).toLocaleString()} (${r.sources.btc_usd}); difficulty ${r.market.difficulty.toExponential(3)} (${r.sources.difficulty})`;
    // Market figures from an old snapshot price today's rig with yesterday's market: say so.
    const ages = [r.sources.btc_usd, r.sources.difficulty].map((s) => Number((/\((\d+) days old\)/.exec(s || "") || [])[1] || 0));
    const oldest = Math.max(...ages);
    if (oldest > 30) {
      $("profit-sources").prepend(el("span", { class: "stale", id: "profit-stale", text: `Market figures are ${oldest} days old (offline snapshot): give a BTC price, or run the server online. ` }));
    }
    const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    const img = el("img", { src: url, alt: "profit projection chart", id: "profit-chart-img" });
    img.addEventListener("load", () => URL.revokeObjectURL(url));
    $("profit-chart").replaceChildren(img);
  } catch (e) {
    $("profit-error").textContent = e.message;
  } finally {
    btn.disabled = false;
  }
}

async function priceJacking(ev) {
  ev.preventDefault();
  $("jack-error").textContent = "";
  const cpu = Number($("jk-hours").value) * 3600 * Number($("jk-cores").value) * Number($("jk-share").value) / 100;
  try {
    const r = await api("/v1/jacking-cost", { method: "POST", body: { cpu_seconds: cpu, power_price: Number($("jk-price").value) } });
    const c = r.cost;
    $("jack-result").replaceChildren(
      el("b", { text: usd(c.victim_usd) }), ` of electricity (${c.energy_kwh.toFixed(2)} kWh) cost the victim; the operator earned `,
      el("b", { text: usd(c.attacker_usd) }), ` (${c.attacker_xmr.toFixed(6)} XMR): the victim pays `,
      el("b", { text: isFinite(c.victim_usd_per_attacker_usd) && c.victim_usd_per_attacker_usd !== null ? "$" + c.victim_usd_per_attacker_usd.toFixed(0) : "\u221e" }),
      " for every dollar the miner makes.");
  } catch (e) {
    $("jack-error").textContent = e.message;
  }
}

// ----------------------------------------------------------------------------------- tabs, boot

function showTab(name) {
  for (const b of $("tabs").querySelectorAll("button")) b.classList.toggle("active", b.dataset.tab === name);
  for (const s of document.querySelectorAll(".tab")) s.classList.toggle("active", s.id === "tab-" + name);
  drawCharts();
}

async function refreshAll() {
  const jobs = [refreshAlerts(), refreshScans(), refreshMiner(), refreshPool(), refreshHashrate()];
  if (!$("pf-hardware").options.length) jobs.push(loadHardware());
  for (const r of await Promise.allSettled(jobs)) if (r.status === "rejected" && r.reason.message !== "unauthorized") console.warn(r.reason);
}

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", (e) => { e.preventDefault(); signIn($("login-key").value); });
  $("logout").addEventListener("click", () => signOut());
  for (const b of $("tabs").querySelectorAll("button")) b.addEventListener("click", () => showTab(b.dataset.tab));
  for (const b of $("scan-mode").querySelectorAll("button")) b.addEventListener("click", (e) => { e.preventDefault(); setScanMode(b.dataset.mode); });
  $("scan-form").addEventListener("submit", submitScan);
  $("profit-form").addEventListener("submit", calculate);
  $("jack-form").addEventListener("submit", priceJacking);
  $("miner-start").addEventListener("click", () => minerAction("start"));
  $("miner-stop").addEventListener("click", () => minerAction("stop"));
  window.addEventListener("resize", drawCharts);
  setInterval(() => { if (state.key) { refreshMiner().catch(() => {}); refreshPool().catch(() => {}); } }, 10000);
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("key");
  if (fromHash) history.replaceState(null, "", location.pathname);
  const key = fromHash || sessionStorage.getItem("minewatch-key");
  if (key) signIn(key);
  // A #key= link opened in a tab that already shows the page (the login box): sign in now.
  window.addEventListener("hashchange", () => {
    const k = new URLSearchParams(location.hash.slice(1)).get("key");
    if (!k) return;
    history.replaceState(null, "", location.pathname);
    signIn(k);
  });
});
