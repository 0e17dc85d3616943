// The minewatch engine (crates/minewatch-wasm, the same detectors as `minewatch scan web`)
// compiled to WebAssembly, loaded from the extension's own files.
let engine = null;

export async function loadEngine() {
  if (engine) return engine;
  const bytes = await (await fetch(chrome.runtime.getURL('engine.wasm'))).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, {});
  const x = instance.exports;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const call = (fn, parts) => {
    let len = 0;
    for (const p of parts) len += p.length;
    const ptr = x.mw_input(len);
    let at = ptr;
    for (const p of parts) {
      new Uint8Array(x.memory.buffer, at, p.length).set(p);
      at += p.length;
    }
    const outLen = fn(...parts.slice(0, -1).map((p) => p.length));
    const out = new Uint8Array(x.memory.buffer, x.mw_output(), outLen);
    return JSON.parse(dec.decode(out));
  };
  engine = {
    version: () => call(x.mw_version, [new Uint8Array(0)]),
    // A file (JS, HTML or wasm; told apart by name and content): the web scanner's report.
    scan: (name, bytes) => call(x.mw_scan, [enc.encode(name), bytes]),
    // One websocket message: the mining protocol it speaks, if any.
    classify: (text) => call(x.mw_classify, [enc.encode(text)]),
    // A blocklist (abp, hosts or match-patterns) as declarativeNetRequest rules.
    dnr: (format, text, firstId) => call(x.mw_dnr, [enc.encode(`${format}\n${firstId}\n`), enc.encode(text)]),
  };
  return engine;
}
