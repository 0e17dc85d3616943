// minewatch: relays between the page-world hooks (content-main.js) and the extension's
// service worker, which runs the engine. Bytes travel as base64.
(() => {
  'use strict';
  const toBase64 = (u8) => {
    let s = '';
    for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const toPage = (msg) => window.postMessage({ minewatch: 'to-page', msg }, '*');
  window.addEventListener('message', (e) => {
    if (e.source !== window || !e.data || e.data.minewatch !== 'to-relay') return;
    const m = e.data.msg;
    if (!m || m.type !== 'observe') return;
    const payload = m.payload instanceof Uint8Array ? { base64: toBase64(m.payload) } : { text: String(m.payload) };
    chrome.runtime.sendMessage({ ...m, payload, top: window === window.top }).then((answer) => {
      if (answer && answer.stop) toPage({ type: 'stop', reason: answer.reason });
    }).catch(() => {});
  });
  chrome.runtime.sendMessage({ type: 'hello', url: location.href }).then((s) => {
    if (!s) return;
    if (s.stop) toPage({ type: 'stop', reason: s.reason });
    if (s.strict) toPage({ type: 'settings', strict: true });
  }).catch(() => {});
  chrome.runtime.onMessage.addListener((m) => {
    if (m && m.type === 'stop') toPage({ type: 'stop', reason: m.reason });
  });
})();
