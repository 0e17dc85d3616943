// The popup: what minewatch did on this tab, and why.
const q = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

async function tabId() {
  if (params.has('tab')) return Number(params.get('tab')); // tests open the popup as a page
  const [t] = await chrome.tabs.query({ active: true, currentWindow: true });
  return t ? t.id : -1;
}

function usd(v) {
  if (v === 0) return '$0';
  return v < 0.01 ? `$${v.toExponential(2)}` : `$${v.toFixed(2)}`;
}

function li(text, cls) {
  const e = document.createElement('li');
  e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function render() {
  const id = await tabId();
  const r = await chrome.runtime.sendMessage({ type: 'status', tabId: id });
  const st = r.state;
  q('site').textContent = r.host || '';
  const v = q('verdict');
  v.replaceChildren();
  const h = document.createElement('h2');
  const p = document.createElement('p');
  if (r.trusted) {
    h.textContent = 'Allowed site';
    p.textContent = 'minewatch does not judge or block this site (allowlisted or paused).';
    v.className = 'card ok';
  } else if (st && st.stopped) {
    h.textContent = 'Miner stopped';
    v.dataset.stoppedAt = String(st.stopped.at);
    const t = new Date(st.stopped.at).toLocaleTimeString();
    p.textContent = `At ${t}: its workers were terminated, its sockets closed, and WebAssembly refused on this page.`;
    v.className = 'card stop';
  } else {
    h.textContent = 'No miner seen';
    p.textContent = st ? `${st.observed} things checked on this page (WebAssembly, workers, websocket messages).` : 'Nothing checked on this page yet.';
    v.className = 'card ok';
  }
  v.append(h, p);
  const list = q('findings');
  list.replaceChildren();
  if (st && st.findings.length) {
    q('evidence').hidden = false;
    for (const f of st.findings) {
      list.append(li(`${f.verdict.toUpperCase()} ${f.kind}: ${f.what}`, 'what'));
      for (const e of f.evidence) list.append(li(e, 'detail'));
    }
  }
  if (st && st.stopped && st.stopped.cost) {
    const c = st.stopped.cost;
    const e = q('cost');
    e.hidden = false;
    e.replaceChildren();
    const h2 = document.createElement('h2');
    h2.textContent = 'What it would have cost you';
    const p1 = document.createElement('p');
    p1.textContent = `It ran for about ${c.cpu_seconds.toFixed(1)} CPU-seconds before it was stopped: ${usd(c.victim_usd)} of electricity (${(c.energy_kwh * 1000).toFixed(3)} Wh), earning its operator about ${usd(c.attacker_usd)}.`;
    const p2 = document.createElement('p');
    p2.textContent = `Left running, every CPU-hour would cost you ${usd(c.per_cpu_hour.victim_usd)} and earn them ${usd(c.per_cpu_hour.attacker_usd)}.`;
    const p3 = document.createElement('p');
    p3.className = 'small';
    p3.textContent = c.assumptions;
    e.append(h2, p1, p2, p3);
  }
  if (r.blocked && r.blocked.length) {
    const b = q('blocked');
    b.hidden = false;
    b.textContent = `${r.blocked.length} request(s) to known miner addresses blocked on this tab.`;
  }
  q('allow').disabled = !r.host || r.trusted;
  q('pause').disabled = !r.host || r.trusted;
  q('allow').onclick = async () => { await chrome.runtime.sendMessage({ type: 'allow', host: r.host }); render(); };
  q('pause').onclick = async () => { await chrome.runtime.sendMessage({ type: 'pause', host: r.host }); render(); };
}

render();
