// Runs miner cores made by the harness and prints each one's hash of a fixed input, one line
// per file: "<file> <hex>". The exports are found by shape, not by name (`strip` renames
// them): the function of no parameters returns the I/O buffer, the one of three hashes.
import { readFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  try {
    const { instance } = await WebAssembly.instantiate(readFileSync(file), {});
    const fns = Object.values(instance.exports).filter((e) => typeof e === "function");
    const mem = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
    const io = fns.find((f) => f.length === 0);
    const hash = fns.find((f) => f.length === 3);
    const buf = io();
    const bytes = new Uint8Array(mem.buffer);
    const input = new TextEncoder().encode("minewatch harness: the same input for every variant");
    bytes.set(input, buf);
    hash(buf, input.length, buf + 128);
    const out = Buffer.from(new Uint8Array(mem.buffer, buf + 128, 32)).toString("hex");
    console.log(`${file} ${out}`);
  } catch (e) {
    console.log(`${file} error: ${e}`);
  }
}
