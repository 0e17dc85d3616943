// minewatch: page-world hooks, injected at document_start in every frame.
//
// Watches what the page does: the WebAssembly it compiles (and its streaming forms), the
// workers it starts (their source, and the same hooks inside them), and what its websockets
// say. Everything seen goes to the extension (through content-relay.js) to be judged by the
// minewatch engine; on a `miner` verdict this script terminates the page's workers, closes its
// sockets, makes the wasm it instantiated throw, and refuses any more.
(() => {
  'use strict';
  if (window.__minewatchHooked) return;
  Object.defineProperty(window, '__minewatchHooked', { value: true });

  const TAG = 'minewatch:' + Math.random().toString(36).slice(2);
  const MAX_BYTES = 16 << 20;
  const WS_MESSAGES = 8;
  let stopped = false;
  let strict = false;
  const workers = new Set();
  const sockets = new Set();
  const instances = [];
  let seq = 0;

  // To and from the relay (content-relay.js, the isolated world) through window messages.
  const post = (msg) => window.postMessage({ minewatch: 'to-relay', msg }, '*');
  window.addEventListener('message', (e) => {
    if (e.source !== window || !e.data || e.data.minewatch !== 'to-page') return;
    const m = e.data.msg;
    if (m.type === 'stop') stopAll(m.reason);
    if (m.type === 'settings') strict = !!m.strict;
  });

  function report(kind, name, payload, extra) {
    if (stopped) return;
    post({ type: 'observe', id: ++seq, kind, name, payload, url: location.href, ...extra });
  }

  function stopAll(reason) {
    stopped = true;
    for (const w of workers) { try { w.terminate(); } catch (_) {} }
    workers.clear();
    for (const s of sockets) { try { s.close(); } catch (_) {} }
    sockets.clear();
    for (const flag of instances) flag.stopped = true;
    console.warn('minewatch stopped a miner on this page:', reason);
  }

  const blocked = () => new Error(stopped
    ? 'minewatch: WebAssembly and workers are blocked on this page (a miner was stopped)'
    : 'minewatch: strict mode blocks WebAssembly and workers on untrusted sites');

  function bytesOf(src) {
    try {
      if (src instanceof ArrayBuffer) return new Uint8Array(src.slice(0, MAX_BYTES));
      if (ArrayBuffer.isView(src)) return new Uint8Array(src.buffer.slice(src.byteOffset, src.byteOffset + Math.min(src.byteLength, MAX_BYTES)));
    } catch (_) {}
    return null;
  }

  // Exports whose functions throw once the page is stopped (a hash loop on the main thread ends
  // at its next call into wasm).
  function guard(instance) {
    const flag = { stopped };
    instances.push(flag);
    const exports = {};
    for (const [k, v] of Object.entries(instance.exports)) {
      exports[k] = typeof v === 'function'
        ? function (...args) { if (flag.stopped) throw blocked(); return v.apply(this, args); }
        : v;
    }
    return new Proxy(instance, { get: (t, p) => (p === 'exports' ? exports : Reflect.get(t, p)) });
  }

  const WA = WebAssembly;
  const orig = {
    instantiate: WA.instantiate, compile: WA.compile, Module: WA.Module,
    instantiateStreaming: WA.instantiateStreaming, compileStreaming: WA.compileStreaming,
  };
  const wasmSeen = (src, how) => {
    const b = bytesOf(src);
    if (b) report('wasm', how, b);
  };
  WA.instantiate = function (src, imports) {
    if (stopped || strict) return Promise.reject(blocked());
    if (!(src instanceof WA.Module)) wasmSeen(src, 'WebAssembly.instantiate');
    return orig.instantiate.call(WA, src, imports).then((r) =>
      r instanceof WA.Instance ? guard(r) : { module: r.module, instance: guard(r.instance) });
  };
  WA.compile = function (src) {
    if (stopped || strict) return Promise.reject(blocked());
    wasmSeen(src, 'WebAssembly.compile');
    return orig.compile.call(WA, src);
  };
  WA.Module = new Proxy(orig.Module, {
    construct(t, args) {
      if (stopped || strict) throw blocked();
      wasmSeen(args[0], 'new WebAssembly.Module');
      return Reflect.construct(t, args);
    },
  });
  if (orig.instantiateStreaming) {
    WA.instantiateStreaming = async function (resp, imports) {
      if (stopped || strict) throw blocked();
      const r = await resp;
      const buf = await r.clone().arrayBuffer();
      wasmSeen(buf, 'WebAssembly.instantiateStreaming');
      const out = await orig.instantiate.call(WA, buf, imports);
      return { module: out.module, instance: guard(out.instance) };
    };
  }
  if (orig.compileStreaming) {
    WA.compileStreaming = async function (resp) {
      if (stopped || strict) throw blocked();
      const buf = await (await resp).clone().arrayBuffer();
      wasmSeen(buf, 'WebAssembly.compileStreaming');
      return orig.compile.call(WA, buf);
    };
  }

  // Websockets: the first messages each way.
  const OrigWS = window.WebSocket;
  window.WebSocket = new Proxy(OrigWS, {
    construct(t, args) {
      if (stopped) throw blocked();
      const ws = Reflect.construct(t, args);
      sockets.add(ws);
      const url = String(args[0]);
      let sent = 0, got = 0;
      const send = ws.send;
      ws.send = function (data) {
        if (typeof data === 'string' && sent++ < WS_MESSAGES) report('ws', url, data, { dir: 'sent' });
        return send.call(this, data);
      };
      ws.addEventListener('message', (e) => {
        if (typeof e.data === 'string' && got++ < WS_MESSAGES) report('ws', url, e.data, { dir: 'received' });
      });
      ws.addEventListener('close', () => sockets.delete(ws));
      return ws;
    },
  });

  // Workers: their source is judged, and they run the same hooks (reporting back over a
  // BroadcastChannel only this page knows).
  const channel = new BroadcastChannel(TAG);
  channel.onmessage = (e) => {
    const m = e.data;
    if (m && m.kind) report(m.kind, m.name, m.payload, { dir: m.dir, worker: true });
  };
  const workerHooks = `(() => {
    const ch = new BroadcastChannel(${JSON.stringify(TAG)});
    const send = (kind, name, payload, dir) => { try { ch.postMessage({ kind, name, payload, dir }); } catch (_) {} };
    const WA = WebAssembly, oi = WA.instantiate, oc = WA.compile, OM = WA.Module;
    const bytes = (s) => s instanceof ArrayBuffer ? new Uint8Array(s.slice(0, ${MAX_BYTES}))
      : ArrayBuffer.isView(s) ? new Uint8Array(s.buffer.slice(s.byteOffset, s.byteOffset + Math.min(s.byteLength, ${MAX_BYTES}))) : null;
    WA.instantiate = function (s, i) { if (!(s instanceof OM)) { const b = bytes(s); if (b) send('wasm', 'WebAssembly.instantiate (worker)', b); } return oi.call(WA, s, i); };
    WA.compile = function (s) { const b = bytes(s); if (b) send('wasm', 'WebAssembly.compile (worker)', b); return oc.call(WA, s); };
    WA.Module = new Proxy(OM, { construct(t, a) { const b = bytes(a[0]); if (b) send('wasm', 'new WebAssembly.Module (worker)', b); return Reflect.construct(t, a); } });
    if (WA.instantiateStreaming) WA.instantiateStreaming = async (r, i) => { const b = await (await r).clone().arrayBuffer(); send('wasm', 'WebAssembly.instantiateStreaming (worker)', new Uint8Array(b)); return oi.call(WA, b, i); };
    const OW = self.WebSocket;
    if (OW) self.WebSocket = new Proxy(OW, { construct(t, a) {
      const ws = Reflect.construct(t, a); let n = 0, m = 0; const s = ws.send;
      ws.send = function (d) { if (typeof d === 'string' && n++ < ${WS_MESSAGES}) send('ws', String(a[0]), d, 'sent'); return s.call(this, d); };
      ws.addEventListener('message', (e) => { if (typeof e.data === 'string' && m++ < ${WS_MESSAGES}) send('ws', String(a[0]), e.data, 'received'); });
      return ws; } });
  })();\n`;

  function wrapWorker(Orig, label) {
    return new Proxy(Orig, {
      construct(t, args) {
        if (stopped || strict) throw blocked();
        let [url, opts] = args;
        const abs = new URL(String(url), location.href).href;
        // Judge its source.
        fetch(abs).then((r) => r.text()).then((text) => report('script', label + ' ' + abs, text.slice(0, MAX_BYTES))).catch(() => {});
        let target = url;
        const sameOrigin = abs.startsWith('blob:') || abs.startsWith('data:') || new URL(abs).origin === location.origin;
        if (sameOrigin && !(opts && opts.type === 'module')) {
          const body = workerHooks + 'importScripts(' + JSON.stringify(abs) + ');\n';
          target = URL.createObjectURL(new Blob([body], { type: 'text/javascript' }));
        }
        const w = Reflect.construct(t, [target, opts]);
        workers.add(w);
        report('worker', label, abs);
        return w;
      },
    });
  }
  window.Worker = wrapWorker(window.Worker, 'Worker');
  if (window.SharedWorker) window.SharedWorker = wrapWorker(window.SharedWorker, 'SharedWorker');
})();
