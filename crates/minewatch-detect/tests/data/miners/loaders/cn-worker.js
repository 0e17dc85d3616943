// A mining worker in the shape of the 2017-2024 web miners' worker scripts: it loads a
// CryptoNight module, takes jobs from the page by postMessage, hashes a range of nonces and posts
// shares and hash counts back. Written for minewatch's detector tests; the core only hashes.
importScripts("cn.js");

var hashFn = null;
var input = new Uint8Array(84);
var output = new Uint8Array(32);

function hexToBytes(hex, out) {
  for (var i = 0; i < hex.length / 2; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

function bytesToHex(bytes) {
  var s = "";
  for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
  return s;
}

function meetsTarget(hash, target) {
  for (var i = 0; i < target.length; i++) {
    var h = hash[hash.length - 1 - i], t = target[target.length - 1 - i];
    if (h !== t) return h < t;
  }
  return true;
}

self.onmessage = function (e) {
  var job = e.data;
  if (!hashFn) hashFn = Module.cwrap("cryptonight_hash", "number", ["number", "number", "number", "number"]);
  hexToBytes(job.blob, input);
  var target = hexToBytes(job.target, new Uint8Array(job.target.length / 2));
  var nonce = job.start >>> 0;
  var hashes = 0;
  for (var n = 0; n < job.count; n++, nonce++) {
    input[39] = nonce & 0xff; input[40] = (nonce >>> 8) & 0xff;
    input[41] = (nonce >>> 16) & 0xff; input[42] = (nonce >>> 24) & 0xff;
    hashFn(input, output, job.blob.length / 2, job.variant);
    hashes++;
    if (meetsTarget(output, target)) {
      self.postMessage({ job_id: job.job_id, nonce: bytesToHex(input.subarray(39, 43)), result: bytesToHex(output) });
    }
  }
  self.postMessage({ hashes: hashes, job_id: job.job_id });
};
