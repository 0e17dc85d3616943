// Options: lists, the user's own rules, the allowlist, strict mode.
const q = (id) => document.getElementById(id);
const DEFAULTS = { allowlist: [], strict: 'off', lists: { builtin: true }, ownRules: '' };

async function load() {
  const s = await chrome.storage.local.get(DEFAULTS);
  q('builtin').checked = s.lists.builtin;
  q('own').value = s.ownRules;
  q('allowlist').value = s.allowlist.join('\n');
  for (const r of document.querySelectorAll('input[name=strict]')) r.checked = r.value === s.strict;
  const rules = await (await fetch(chrome.runtime.getURL('rules/blocklist.json'))).json();
  q('builtin-count').textContent = rules.length.toLocaleString('en');
}

function hosts(text) {
  return text.split(/\s+/).map((h) => h.trim().toLowerCase().replace(/^\*\./, '').replace(/^https?:\/\//, '').replace(/\/.*$/, '')).filter(Boolean);
}

q('save').onclick = async () => {
  const strict = document.querySelector('input[name=strict]:checked')?.value || 'off';
  await chrome.storage.local.set({
    lists: { builtin: q('builtin').checked },
    ownRules: q('own').value,
    allowlist: [...new Set(hosts(q('allowlist').value))],
    strict,
  });
  const r = await chrome.runtime.sendMessage({ type: 'settings-changed' });
  if (r.error) {
    q('own-status').textContent = `Not saved: ${r.error}`;
    q('saved').textContent = '';
    return;
  }
  q('own-status').textContent = r.ownSkipped && r.ownSkipped.length ? `Rules the browser cannot express, skipped: ${r.ownSkipped.join(', ')}` : '';
  q('saved').textContent = `Saved: ${r.dynamicRules} dynamic rule(s) active.`;
};

load();
