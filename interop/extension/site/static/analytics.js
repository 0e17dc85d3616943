// A renamed, self-hosted miner (what the blocklists miss): a CryptoNight-shaped wasm core served
// as "analytics-core.wasm", hashing on the main thread, talking Monero-style Stratum (login,
// job, submit) to a websocket on this server. For minewatch's extension tests only.
(async function () {
  const t = (window.__test = { started: Date.now(), hashes: 0, lastHash: 0, errors: [] });
  const pool = 'ws://' + location.host + '/socket';
  let core;
  try {
    const bytes = await (await fetch('/static/vendor/analytics-core.wasm')).arrayBuffer();
    core = (await WebAssembly.instantiate(bytes, {})).instance.exports;
  } catch (e) {
    t.errors.push(String(e));
    t.stoppedAt = Date.now();
    return;
  }
  const hb = core.__heap_base.value;
  let ws, job = null;
  try {
    ws = new WebSocket(pool);
    ws.onopen = () => ws.send(JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'login', params: { login: 'wallet', pass: 'x', agent: 'analytics/1.0' } }));
    ws.onmessage = (e) => {
      const m = JSON.parse(e.data);
      if (m.result && m.result.job) job = m.result.job;
      if (m.method === 'job') job = m.params;
    };
  } catch (e) {
    t.errors.push(String(e));
  }
  function loop() {
    try {
      for (let i = 0; i < 4; i++) {
        core.cn_hash(hb, 76, hb + 128, 1 << 12);
        t.hashes++;
        t.lastHash = Date.now();
      }
      if (job && t.hashes % 40 === 0 && ws.readyState === 1) {
        ws.send(JSON.stringify({ id: 2, jsonrpc: '2.0', method: 'submit', params: { id: 's', job_id: job.job_id, nonce: '00000000', result: '00'.repeat(32) } }));
      }
    } catch (e) {
      t.errors.push(String(e));
      t.stoppedAt = Date.now();
      return;
    }
    setTimeout(loop, 0);
  }
  loop();
})();
