// A benign worker with the same outline as a mining one: jobs by message, a loop over a counter
// calling the script's own function, results posted back (a tile renderer). It must not be
// judged a miner: no job of a pool (blob, target, nonce, seed) is read or reported.
function shade(x, y, params) {
  return ((x * params.scale) ^ (y * params.scale)) & 255;
}

onmessage = function (e) {
  var task = e.data;
  var pixels = new Uint8ClampedArray(task.width * task.height * 4);
  for (var i = 0; i < task.width * task.height; i++) {
    var v = shade(i % task.width, Math.floor(i / task.width), task.params);
    pixels[i * 4] = v; pixels[i * 4 + 1] = v; pixels[i * 4 + 2] = v; pixels[i * 4 + 3] = 255;
  }
  postMessage({ id: task.id, tile: task.tile, pixels: pixels, result: "done" }, [pixels.buffer]);
};
