// A Bitcoin-style browser miner for minewatch's detector tests: Stratum V1 (mining.subscribe,
// mining.authorize, mining.notify, mining.submit) tunnelled over a websocket, a worker running a
// SHA-256d nonce-search wasm core embedded as bytes. The pool address is unroutable (.invalid).
(function () {
  var CORE = [@WASM_BYTES@];
  var ws = new WebSocket("wss://stratum.invalid/ws");
  var id = 1;
  var job = null;
  var worker = new Worker("sha-worker.js");
  function call(method, params) { ws.send(JSON.stringify({id: id++, method: method, params: params})); }
  ws.onopen = function () {
    call("mining.subscribe", ["browser/1.0"]);
    call("mining.authorize", ["wallet.worker", "x"]);
  };
  ws.onmessage = function (ev) {
    var msg = JSON.parse(ev.data);
    if (msg.method === "mining.notify") {
      job = {job_id: msg.params[0], prevhash: msg.params[1], target: msg.params[6], nonce: 0};
      WebAssembly.instantiate(new Uint8Array(CORE)).then(function (r) {
        worker.postMessage({job: job, scan: r.instance.exports.scan});
      });
    }
  };
  worker.onmessage = function (e) {
    call("mining.submit", ["wallet.worker", job.job_id, e.data.extranonce2, e.data.ntime, e.data.nonce]);
  };
  window.minerStats = { hashrate: 0, threads: 1, throttle: 0.5 };
})();
