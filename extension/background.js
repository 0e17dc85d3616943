// minewatch: the extension's service worker. Judges what pages do with the minewatch engine
// (WebAssembly, in this extension), stops miners, keeps the evidence for the popup, and keeps
// the declarativeNetRequest rules (blocklists, the user's own rules, the allowlist, strict mode).
import { loadEngine } from './engine.js';

const tabs = new Map(); // tabId -> state of the page it shows
let costPerCpuHour = null;

const DEFAULTS = {
  allowlist: [],
  strict: 'off', // 'off' | 'wasm' | 'js'
  lists: { builtin: true },
  ownRules: '',
};

async function settings() {
  const s = await chrome.storage.local.get(DEFAULTS);
  const paused = (await chrome.storage.session.get({ paused: [] })).paused;
  return { ...s, paused };
}

function hostOf(url) {
  try { return new URL(url).hostname; } catch (_) { return ''; }
}

function trusted(host, s) {
  const match = (list) => list.some((d) => host === d || host.endsWith('.' + d));
  return match(s.allowlist) || match(s.paused);
}

function stateOf(tabId, url) {
  let st = tabs.get(tabId);
  if (!st || (url && st.url !== url && st.host !== hostOf(url))) {
    st = { url, host: hostOf(url), observed: 0, findings: [], workers: 0, firstActivity: null, stopped: null };
    tabs.set(tabId, st);
  }
  return st;
}

async function cost(cpuSeconds) {
  if (!costPerCpuHour) {
    costPerCpuHour = await (await fetch(chrome.runtime.getURL('cost.json'))).json();
  }
  const k = cpuSeconds / 3600;
  const c = costPerCpuHour.cost;
  return {
    cpu_seconds: cpuSeconds,
    energy_kwh: c.energy_kwh * k,
    victim_usd: c.victim_usd * k,
    attacker_usd: c.attacker_usd * k,
    per_cpu_hour: { victim_usd: c.victim_usd, attacker_usd: c.attacker_usd },
    assumptions: `${costPerCpuHour.usage.watts_per_core} W per core, $${costPerCpuHour.usage.usd_per_kwh}/kWh; ${costPerCpuHour.source}`,
  };
}

function fromBase64(b64) {
  const s = atob(b64);
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

async function judge(m) {
  const engine = await loadEngine();
  if (m.kind === 'wasm' || m.kind === 'script') {
    const bytes = m.payload.base64 ? fromBase64(m.payload.base64) : new TextEncoder().encode(m.payload.text || '');
    const name = m.kind === 'wasm' ? 'module.wasm' : 'worker.js';
    const r = engine.scan(name, bytes);
    return {
      kind: m.kind, what: m.name, verdict: r.verdict, score: r.score,
      evidence: (r.signals || []).slice(0, 6).map((s) => `${s.id}: ${s.evidence}`),
      bytes: bytes.length,
    };
  }
  if (m.kind === 'ws') {
    const c = engine.classify(m.payload.text || '');
    if (!c.protocol) return null;
    return {
      kind: 'ws', what: m.name, verdict: c.mining ? 'miner' : 'suspicious', score: c.mining ? 20 : 5,
      evidence: [`${c.protocol} message ${m.dir}: ${c.evidence}`, String(m.payload.text).slice(0, 200)],
    };
  }
  return null;
}

async function stopTab(tabId, st, finding) {
  const now = Date.now();
  const seconds = Math.max(0, (now - (st.firstActivity || now)) / 1000) * Math.max(1, st.workers);
  st.stopped = { at: now, reason: `${finding.what}: ${finding.evidence[0] || finding.verdict}`, finding, cost: await cost(seconds) };
  await chrome.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await chrome.action.setBadgeText({ tabId, text: 'STOP' });
  await chrome.action.setTitle({ tabId, title: `minewatch stopped a miner: ${st.stopped.reason}` });
  // Every frame of the tab stops, not only the one that reported.
  chrome.tabs.sendMessage(tabId, { type: 'stop', reason: st.stopped.reason }).catch(() => {});
}

chrome.runtime.onMessage.addListener((m, sender, reply) => {
  (async () => {
    const tabId = sender.tab ? sender.tab.id : m.tabId;
    if (m.type === 'hello') {
      const s = await settings();
      const st = stateOf(tabId, sender.tab.url);
      const trust = trusted(hostOf(sender.tab.url), s);
      return { stop: !!st.stopped && !trust, reason: st.stopped?.reason, strict: !trust && s.strict !== 'off' };
    }
    if (m.type === 'observe') {
      const s = await settings();
      const url = sender.tab.url;
      if (trusted(hostOf(url), s)) return {};
      const st = stateOf(tabId, url);
      if (st.stopped) return { stop: true, reason: st.stopped.reason };
      st.observed++;
      if (st.firstActivity === null) st.firstActivity = Date.now();
      if (m.kind === 'worker') { st.workers++; return {}; }
      const f = await judge(m);
      if (!f) return {};
      f.at = Date.now();
      f.frame = m.url;
      if (f.verdict !== 'clean') st.findings.push(f);
      if (f.verdict === 'miner') {
        await stopTab(tabId, st, f);
        return { stop: true, reason: st.stopped.reason };
      }
      return {};
    }
    if (m.type === 'status') {
      const s = await settings();
      const st = tabs.get(m.tabId) || null;
      const tab = await chrome.tabs.get(m.tabId).catch(() => null);
      const host = hostOf((tab && tab.url) || (st && st.url) || '');
      return { host, state: st, trusted: host ? trusted(host, s) : false, settings: s, blocked: await blockedCount(m.tabId) };
    }
    if (m.type === 'allow' || m.type === 'pause') {
      if (m.type === 'allow') {
        const s = await chrome.storage.local.get(DEFAULTS);
        if (!s.allowlist.includes(m.host)) s.allowlist.push(m.host);
        await chrome.storage.local.set({ allowlist: s.allowlist });
      } else {
        const p = (await chrome.storage.session.get({ paused: [] })).paused;
        if (!p.includes(m.host)) p.push(m.host);
        await chrome.storage.session.set({ paused: p });
      }
      await syncRules();
      for (const [id, st] of tabs) if (st.host === m.host) { tabs.delete(id); chrome.action.setBadgeText({ tabId: id, text: '' }); }
      return { ok: true };
    }
    if (m.type === 'settings-changed') {
      return await syncRules();
    }
    return {};
  })().then(reply, (e) => reply({ error: String(e) }));
  return true;
});

async function blockedCount(tabId) {
  try {
    const r = await chrome.declarativeNetRequest.getMatchedRules({ tabId });
    return r.rulesMatchedInfo.map((i) => ({ rule: i.rule.ruleId, ruleset: i.rule.rulesetId, at: i.timeStamp }));
  } catch (_) {
    return [];
  }
}

// Dynamic rules: the allowlist (and paused sites) above everything, the user's own rules, and
// strict mode's CSP header that forbids WebAssembly on untrusted sites.
async function syncRules() {
  const s = await settings();
  const rules = [];
  let id = 1;
  const trustedHosts = [...s.allowlist, ...s.paused];
  for (const host of trustedHosts) {
    rules.push({ id: id++, priority: 1000, action: { type: 'allowAllRequests' },
      condition: { requestDomains: [host], resourceTypes: ['main_frame', 'sub_frame'] } });
    rules.push({ id: id++, priority: 1000, action: { type: 'allow' }, condition: { initiatorDomains: [host] } });
  }
  let ownSkipped = [];
  if (s.ownRules.trim()) {
    const engine = await loadEngine();
    const out = engine.dnr('abp', s.ownRules, 10000);
    if (out.error) return { error: out.error };
    rules.push(...out.rules);
    ownSkipped = out.skipped;
  }
  if (s.strict === 'wasm') {
    rules.push({ id: 9000, priority: 1, action: { type: 'modifyHeaders', responseHeaders: [
      { header: 'Content-Security-Policy', operation: 'append', value: "script-src * 'unsafe-inline' blob: data:" }] },
      condition: { resourceTypes: ['main_frame', 'sub_frame'], ...(trustedHosts.length ? { excludedRequestDomains: trustedHosts } : {}) } });
  }
  const old = await chrome.declarativeNetRequest.getDynamicRules();
  await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds: old.map((r) => r.id), addRules: rules });
  await chrome.declarativeNetRequest.updateEnabledRulesets(
    s.lists.builtin ? { enableRulesetIds: ['blocklist'] } : { disableRulesetIds: ['blocklist'] });
  // Strict JavaScript: the browser's own switch, with the trusted sites allowed.
  if (chrome.contentSettings) {
    await chrome.contentSettings.javascript.clear({});
    if (s.strict === 'js') {
      await chrome.contentSettings.javascript.set({ primaryPattern: '<all_urls>', setting: 'block' });
      for (const host of trustedHosts) {
        await chrome.contentSettings.javascript.set({ primaryPattern: `*://${host}/*`, setting: 'allow' });
        await chrome.contentSettings.javascript.set({ primaryPattern: `*://*.${host}/*`, setting: 'allow' });
      }
    }
  }
  return { ok: true, dynamicRules: rules.length, ownSkipped };
}

chrome.runtime.onInstalled.addListener(() => { syncRules(); });
chrome.runtime.onStartup.addListener(() => { syncRules(); });
chrome.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
chrome.webNavigation?.onCommitted.addListener((d) => {
  if (d.frameId === 0) {
    tabs.delete(d.tabId);
    chrome.action.setBadgeText({ tabId: d.tabId, text: '' }).catch(() => {});
  }
});
