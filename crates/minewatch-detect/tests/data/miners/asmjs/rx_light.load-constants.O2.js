
  var bufferView;
  var base64ReverseLookup = new Uint8Array(123/*'z'+1*/);
  for (var i = 25; i >= 0; --i) {
    base64ReverseLookup[48+i] = 52+i; // '0-9'
    base64ReverseLookup[65+i] = i; // 'A-Z'
    base64ReverseLookup[97+i] = 26+i; // 'a-z'
  }
  base64ReverseLookup[43] = 62; // '+'
  base64ReverseLookup[47] = 63; // '/'
  /** @noinline Inlining this function would mean expanding the base64 string 4x times in the source code, which Closure seems to be happy to do. */
  function base64DecodeToExistingUint8Array(uint8Array, offset, b64) {
    var b1, b2, i = 0, j = offset, bLength = b64.length, end = offset + (bLength*3>>2) - (b64[bLength-2] == '=') - (b64[bLength-1] == '=');
    for (; i < bLength; i += 4) {
      b1 = base64ReverseLookup[b64.charCodeAt(i+1)];
      b2 = base64ReverseLookup[b64.charCodeAt(i+2)];
      uint8Array[j++] = base64ReverseLookup[b64.charCodeAt(i)] << 2 | b1 >> 4;
      if (j < end) uint8Array[j++] = b1 << 4 | b2 >> 2;
      if (j < end) uint8Array[j++] = b2 << 6 | base64ReverseLookup[b64.charCodeAt(i+3)];
    }
    return uint8Array;
  }
function initActiveSegments(imports) {
  base64DecodeToExistingUint8Array(bufferView, 1048576, "FnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAL3dvcmsvbWFpbi9jcmF0ZXMvbWluZXdhdGNoLWRldGVjdC90ZXN0cy9taW5lcnMvc3JjL3J4X2xpZ2h0LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0L2RlcHMvZGxtYWxsb2MtMC4yLjExL3NyYy9kbG1hbGxvYy5ycwAAAAAAAAjJvPNn5glqO6fKhIWuZ7sr+JT+cvNuPPE2HV869U+l0YLmrX9SDlEfbD4rjGgFm2u9Qfur2YMfeSF+ExnN4FsAAQIDBAUGBwgJCgsMDQ4PDgoECAkPDQYBDAACCwcFAwsIDAAFAg8NCg4DBgcBCQQHCQMBDQwLDgIGBQoEAA8ICQAFBwIECg8OAQsMBggDDQIMBgoACwgDBA0HBQ8OAQkMBQEPDg0ECgAHBgMJAggLDQsHDgwBAwkFAA8ECAYCCgYPDgkLAwAIDAINBwEECgUKAggEBwYBBQ8LCQ4DDA0AUmFuZG9tWAPPABAAPwAAAD8CAAARAAAAzwAQAD8AAAAVAgAAEQAAAM8AEAA/AAAAFgIAABYAAADPABAAPwAAAC8DAAATAAAAzwAQAD8AAAAvAwAAKwAAAM8AEAA/AAAAOgMAABMAAADPABAAPwAAADoDAAArAAAAxmNjpfh8fITud3eZ9nt7jf/y8g3Wa2u93m9vsZHFxVRgMDBQAgEBA85nZ6lWKyt95/7+GbXX12JNq6vm7HZ2mo/KykUfgoKdicnJQPp9fYfv+voVsllZ645HR8n78PALQa2t7LPU1GdfoqL9Ra+v6iOcnL9TpKT35HJylpvAwFt1t7fC4f39HD2Tk65MJiZqbDY2Wn4/P0H19/cCg8zMT2g0NFxRpaX00eXlNPnx8QjicXGTq9jYc2IxMVMqFRU/CAQEDJXHx1JGIyNlncPDXjAYGCg3lpahCgUFDy+amrUOBwcJJBISNhuAgJvf4uI9zevrJk4nJ2l/srLN6nV1nxIJCRsdg4OeWCwsdDQaGi42Gxst3G5usrRaWu5boKD7pFJS9nY7O0231tZhfbOzzlIpKXvd4+M+Xi8vcROEhJemU1P1udHRaAAAAADB7e0sQCAgYOP8/B95sbHItltb7dRqar6Ny8tGZ76+2XI5OUuUSkremExM1LBYWOiFz89Ku9DQa8Xv7ypPqqrl7fv7FoZDQ8WaTU3XZjMzVRGFhZSKRUXP6fn5EAQCAgb+f3+BoFBQ8Hg8PEQln5+6S6io46JRUfNdo6P+gEBAwAWPj4o/kpKtIZ2dvHA4OEjx9fUEY7y833e2tsGv2tp1QiEhYyAQEDDl//8a/fPzDr/S0m2Bzc1MGAwMFCYTEzXD7Owvvl9f4TWXl6KIRETMLhcXOZPExFdVp6fy/H5+gno9PUfIZGSsul1d5zIZGSvmc3OVwGBgoBmBgZieT0/Ro9zcf0QiImZUKip+O5CQqwuIiIOMRkbKx+7uKWu4uNMoFBQ8p97eebxeXuIWCwsdrdvbdtvg4DtkMjJWdDo6ThQKCh6SSUnbDAYGCkgkJGy4XFzkn8LCXb3T025DrKzvxGJipjmRkagxlZWk0+TkN/J5eYvV5+cyi8jIQ243N1nabW23AY2NjLHV1WScTk7SSamp4NhsbLSsVlb68/T0B8/q6iXKZWWv9Hp6jkeurukQCAgYb7q61fB4eIhKJSVvXC4ucjgcHCRXpqbxc7S0x5fGxlHL6Ogjod3dfOh0dJw+Hx8hlktL3WG9vdwNi4uGD4qKheBwcJB8Pj5CcbW1xMxmZqqQSEjYBgMDBff29gEcDg4SwmFho2o1NV+uV1f5abm50BeGhpGZwcFYOh0dJyeenrnZ4eE46/j4EyuYmLMiEREz0mlpu6nZ2XAHjo6JM5SUpy2bm7Y8Hh4iFYeHksnp6SCHzs5JqlVV/1AoKHil3996A4yMj1mhofgJiYmAGg0NF2W/v9rX5uYxhEJCxtBoaLiCQUHDKZmZsFotLXceDw8Re7Cwy6hUVPxtu7vWLBYWOlH0p1B+QWVTGhekwzonXpY7q2vLH51F8az6WKtL4wOTIDD6Va12bfaIzHaR9QJMJU/l1/zFKsvXJjVEgLVio4/esVpJJbobZ0XqDphd/sDhwy91AoFM8BKNRpeja9P5xgOPX+cVkpyVv21665VSWdrUvoMtWHQh00ngaSmOychEdcKJavSOeXiZWD5rJ7lx3b7hT7bwiK0XySCsZn3OOrRj30oY5RoxgpdRM2BiU39FsWR34LtrroT+gaAc+QgrlHBIaFiPRf0ZlN5sh1J7+Lerc9MjcksC4uMfj1dmVasqsusoBy+1wgOGxXua0zcIpTAoh/Ijv6WyAgNquu0WglyKzxwrp3m0kvMH8vBOaeKhZdr0zQYFvtXRNGIfxKb+ijQuU52i81WgBYrhMqT263ULg+w5QGDvql5xnwa9bhBRPiGK+ZbdBj3dPgWuTea9RpFUjbVxxF0FBAbUb2BQFf8ZmPsk1r3pl4lAQ8xn2Z53sOhCvQeJi4jnGVs4ecju26F8Ckd8Qg/p+IQeyQAAAAAJgIaDMivtSB4RcKxsWnJO/Q7/+w+FOFY9rtUeNi05JwoP2WRoXKYhm1tU0SQ2LjoMCmexk1fnD7TultIbm5GegMDFT2HcIKJad0tpHBIaFuKTugrAoCrlPCLgQxIbFx0OCQ0L8ovHrS22qLkUHqnIV/EZha91B0zumd27o39g/fcBJp9ccvW8RGY7xVv7fjSLQyl2yyPG3Lbt/Gi45PFj1zHcykJjhRATlyJAhMYRIIVKJH3Suz34rvkyEccpoW0dni9L3LIw8w2GUux3wePQK7MWbKlwuZkRlEj6R+lkIqj8jMSg8D8aVn0s2CIzkO+HSU7H2TjRwYzKov6Y1As2pvWBz6V63ijat44mP62/pCw6neRQeJINal/Mm1R+RmL2jRPCkNi46C45916Cw6/1n12AvmnQk3xv1S2pzyUSs8ismTsQGH2n6Jxjbts7u3vNJngJblkY9OyatwGDT5qo5pVuZar/5n4hvM8I7xXo5rrnm9lKbzbO6p8J1CmwfNYxpLKvKj8jMcallDA1ombAdE68N/yCyqbgkNCwM6fYFfEEmEpB7Nr3f81QDheR9i92TdaNQ++wTcyqTVTklgTfntG140xqiBvBLB+4RmVRf51e6gQBjDVd+od0c/sLQS6zZx1aktvSUukQVjNt1kcTmtdhjDehDHpZ+BSO6xM8ic6pJ+63Yck14Rzl7XpHsTyc0t9ZVfJzPxgUznlzxze/U/fN6l/9qlvfPW8UeETbhsqv84G5aMQ+OCQ0LMKjQF8WHcNyvOIlDCg8SYv/DZVBOagBcQgMs97YtOScZFbBkHvLhGHVMrZwSGxcdNC4V0LPABAAPwAAAG8AAAANAAAAzwAQAD8AAAB0AAAACgAAAM8AEAA/AAAAzQIAADQAAADPABAAPwAAANACAAAtAAAAzwAQAD8AAADRAgAAHQAAAM8AEAA/AAAA1wIAACgAAADPABAAPwAAANgCAAAoAAAAzwAQAD8AAADZAgAAKAAAAM8AEAA/AAAA2gIAACgAAADPABAAPwAAANsCAAAoAAAAzwAQAD8AAADcAgAALgAAAM8AEAA/AAAA3AIAADsAAADPABAAPwAAAN0CAAAuAAAAzwAQAD8AAADeAgAAMAAAAM8AEAA/AAAA3gIAAD0AAADPABAAPwAAAN8CAAAwAAAAzwAQAD8AAADiAgAAIwAAAM8AEAA/AAAA5QIAACgAAADPABAAPwAAAOYCAAAaAAAAzwAQAD8AAADnAgAAGgAAAM8AEAA/AAAA6AIAACgAAADPABAAPwAAAOkCAAAoAAAAzwAQAD8AAADqAgAAIAAAAM8AEAA/AAAA9gIAAC4AAADPABAAPwAAAAkDAAAsAAAAzwAQAD8AAAAUAwAAHwAAAM8AEAA/AAAAHQMAAB4AAADPABAAPwAAAB0DAABEAAAAAAAAABkAAAABAAAABwAAAAIAAAAQAAAAAwAAAAcAAAAEAAAAEAAAAAUAAAAEAAAABgAAAAQAAAAHAAAAAQAAAAgAAAAEAAAACQAAAAEAAAAKAAAACAAAAAsAAAACAAAADAAAAA8AAAANAAAABQAAAA4AAAAKAAAADwAAAAAAAAAQAAAABAAAABEAAAAIAAAAEgAAABQAAAATAAAABQAAABQAAAAUAAAAFQAAAAUAAAAWAAAABgAAABcAAAAUAAAAGAAAAAQAAAAZAAAABgAAABoAAAAQAAAAGwAAAAEAAAAcAAAAEAAAAM8AEAA/AAAAjgIAAA0AAABtaW5ld2F0Y2ggaGFybmVzcyBSYW5kb21YIGtleQAAAAIAAAAMAAAABAAAAAMAAAAEAAAABQAAAAAAAAAIAAAABAAAAAYAAAAHAAAACAAAAAkAAAAKAAAAEAAAAAQAAAALAAAADAAAAA0AAAAOAAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/dhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAABgARAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAAYAEQACoAAAC3BAAADQAAAAAAAAAIAAAABAAAAA8AAAACAAAADAAAAAQAAAAQAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAAPARAAUAAAABwAAAAFAAAAMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTk=");
  base64DecodeToExistingUint8Array(bufferView, 19988480, "lEK+BFQmfOBrvUH7q9mDH9GC5q1/Ug5R8TYdXzr1T6V5IX4TGc3gWyv4lP5y8248O6fKhIWuZ7sfbD4rjGgFmwjJvPNn5glq9v///wAAAQH/////6AoQAPj////4ChAA/v///wEAAAD/////AAAAAMAPMABwAhAAoA0QAAAAAABIyb3yZ+YJagD8//8AKjAAAC4wAAAmMAAA/P8AAAAAAP7/PwAAAAAA//////////8AAEAAAPT//wAAAAABAAAACCYwAcD///++////wf///8P///8=");
  base64DecodeToExistingUint8Array(bufferView, 19988703, "gIhMMRZUkRZJNYHvanwxurFPecD0ReMgPvFiEj/GfpSfeNMlF07coQ0Hr3xtDXFqhCtVtdsXSfS0U6WsbQlmcWIAACAAwA8QAOgCEAAAAAAA2dvTQgjb9nYqOgyB/66pmdKaJ6esSjI9pEdMEeT9JNXDWly93P9BZ1DEVWqKJ+j+t4IfFJWeNc9dRpD4puT7fwAAAAAAAPABAAAAAAAADwAAAAAAAADwPwAAwAEAAAAAAAA/");
  base64DecodeToExistingUint8Array(bufferView, 19988894, "gAcAAAAAAAAwMKgMEAAA////kA0QAMAQMAAA+P//wP8fAMQPEADkDxAA/////////wDMDxAA7A8QANQPEAD0DxAA3A8QAPwPEAD4/wMAAAAAAAgLEAAoCxAAiAwQAJgMEAD4/x8AAAAAAHgMEAAAAAAA/v////////9IDBAAOAwQACgMEAAIDBAA+AsQANgLEAD4/x8AuAsQAMgLEACoCxAAiAsQAJgLEAB4CxAAaAsQAFgLEABICxAAOAsQAOgLEAAYCxAAaAwQAAAAAAAAAPCAWAwQAAglMAAAJTAAAAAAAP///38AAAAALX+VTC30UVhO5Sy29zuFhHgt5mx0ViovDOyqzrnvN5Jiip8XlyVNSVxJIr8cuSaBRtjCON+ZcKf8ofVZipcKgRwmMAEYJjABmAIQAAwmMAEQJjABCDIwAfgPEADwDxAA6A8QAOAPEADYDxAA0A8QAMgPEAB4AhAA2AIQAIgCEAC4AhAAqAIQAMgCEAAYDBAABQCheUhJmX4MJApjjYKtB2tQeVDkfKDoFwB3atDHYq5aEp71V4DnrG6ZjTOYt8cVR9uCzK06mNcNLLWS3laonwECiQa/VtyQn5Qki4mD+vab+RjtxkMQ7jzg9FHRY7JhAAAAgNgNEAD0DRAAzf/+//z////M//7/9f//APSGMAH8hjABZIYwAf7///8oiDABLwABAAAA///khjABBIcwAQyHMAEUhzABHIcwASSHMAEshzABNIcwATyHMAFEhzABTIcwAVSHMAFchzABZIcwAWyHMAF0hzABfIcwAYSHMAGMhzABlIcwAZyHMAGkhzABrIcwAbSHMAG8hzABxIcwAcyHMAHUhzAB3IcwAeSHMAHshzAB2P///+D///8wDhAAYA4QAHAOEACgDhAAAAACAAAAAAGwDhAAAAABAID////w////wA0QAMAOEADQDhAA5A4QAAAAEABfABAAmAAQACAAAGAAAAAAIAAAYCgAEAAAABEAAACAAL///////x8AAADgnzAAACD8//9/AQEBAf8A/wABAAEA/wAHAH+WmA==");
}

  var scratchBuffer = new ArrayBuffer(16);
  var i32ScratchView = new Int32Array(scratchBuffer);
  var f32ScratchView = new Float32Array(scratchBuffer);
  var f64ScratchView = new Float64Array(scratchBuffer);
  
  function wasm2js_scratch_load_i32(index) {
    return i32ScratchView[index];
  }
      
  function wasm2js_scratch_store_i32(index, value) {
    i32ScratchView[index] = value;
  }
      
  function wasm2js_scratch_load_f64() {
    return f64ScratchView[0];
  }
      
  function wasm2js_scratch_store_f64(value) {
    f64ScratchView[0] = value;
  }
      
  function wasm2js_memory_fill(dest, value, size) {
    dest = dest >>> 0;
    size = size >>> 0;
    if (dest + size > bufferView.length) throw "trap: invalid memory.fill";
    bufferView.fill(value, dest, dest + size);
  }
      function wasm2js_trap() { throw new Error('abort'); }

  function wasm2js_memory_copy(dest, source, size) {
    // TODO: traps on invalid things
    bufferView.copyWithin(dest, source, source + size);
  }
      
function asmFunc(imports) {
 var buffer = new ArrayBuffer(20054016);
 var HEAP8 = new Int8Array(buffer);
 var HEAP16 = new Int16Array(buffer);
 var HEAP32 = new Int32Array(buffer);
 var HEAPU8 = new Uint8Array(buffer);
 var HEAPU16 = new Uint16Array(buffer);
 var HEAPU32 = new Uint32Array(buffer);
 var HEAPF32 = new Float32Array(buffer);
 var HEAPF64 = new Float64Array(buffer);
 var Math_imul = Math.imul;
 var Math_fround = Math.fround;
 var Math_abs = Math.abs;
 var Math_clz32 = Math.clz32;
 var Math_min = Math.min;
 var Math_max = Math.max;
 var Math_floor = Math.floor;
 var Math_ceil = Math.ceil;
 var Math_trunc = Math.trunc;
 var Math_sqrt = Math.sqrt;
 var global$0 = 1048576;
 var global$1 = 19957801;
 var global$2 = 19957808;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1, $1_1, $2_1, $3_1, $4_1) {
  var $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23 = 0, $24_1 = 0, $25 = 0, $26 = 0, $27_1 = 0, $28 = 0, $29_1 = 0, $30_1 = 0, $31 = 0, $32 = 0, $33 = 0, $34_1 = 0, $35 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, $49 = 0, $50_1 = 0, $51_1 = 0, $52 = 0, $53_1 = 0, $54 = 0, $55_1 = 0, $56_1 = 0, $57_1 = 0, $58 = 0, $59 = 0, $60_1 = 0, $61_1 = 0, $62_1 = 0, $63_1 = 0, $64 = 0, $65 = 0;
  $5_1 = $1_1;
  $1_1 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
  $7 = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
  $11 = global$0 - 128 | 0;
  $6 = $11;
  HEAP32[$6 >> 2] = $1_1;
  HEAP32[$6 + 4 >> 2] = $7;
  $6 = HEAPU8[$5_1 + 12 | 0] | HEAPU8[$5_1 + 13 | 0] << 8 | (HEAPU8[$5_1 + 14 | 0] << 16 | HEAPU8[$5_1 + 15 | 0] << 24);
  $7 = $11;
  HEAP32[$7 + 8 >> 2] = HEAPU8[$5_1 + 8 | 0] | HEAPU8[$5_1 + 9 | 0] << 8 | (HEAPU8[$5_1 + 10 | 0] << 16 | HEAPU8[$5_1 + 11 | 0] << 24);
  HEAP32[$7 + 12 >> 2] = $6;
  $6 = $7;
  $7 = HEAPU8[$5_1 + 20 | 0] | HEAPU8[$5_1 + 21 | 0] << 8 | (HEAPU8[$5_1 + 22 | 0] << 16 | HEAPU8[$5_1 + 23 | 0] << 24);
  HEAP32[$6 + 16 >> 2] = HEAPU8[$5_1 + 16 | 0] | HEAPU8[$5_1 + 17 | 0] << 8 | (HEAPU8[$5_1 + 18 | 0] << 16 | HEAPU8[$5_1 + 19 | 0] << 24);
  HEAP32[$6 + 20 >> 2] = $7;
  $7 = $6;
  $6 = HEAPU8[$5_1 + 28 | 0] | HEAPU8[$5_1 + 29 | 0] << 8 | (HEAPU8[$5_1 + 30 | 0] << 16 | HEAPU8[$5_1 + 31 | 0] << 24);
  HEAP32[$7 + 24 >> 2] = HEAPU8[$5_1 + 24 | 0] | HEAPU8[$5_1 + 25 | 0] << 8 | (HEAPU8[$5_1 + 26 | 0] << 16 | HEAPU8[$5_1 + 27 | 0] << 24);
  HEAP32[$7 + 28 >> 2] = $6;
  $6 = $7;
  $7 = HEAPU8[$5_1 + 36 | 0] | HEAPU8[$5_1 + 37 | 0] << 8 | (HEAPU8[$5_1 + 38 | 0] << 16 | HEAPU8[$5_1 + 39 | 0] << 24);
  HEAP32[$6 + 32 >> 2] = HEAPU8[$5_1 + 32 | 0] | HEAPU8[$5_1 + 33 | 0] << 8 | (HEAPU8[$5_1 + 34 | 0] << 16 | HEAPU8[$5_1 + 35 | 0] << 24);
  HEAP32[$6 + 36 >> 2] = $7;
  $7 = $6;
  $6 = HEAPU8[$5_1 + 44 | 0] | HEAPU8[$5_1 + 45 | 0] << 8 | (HEAPU8[$5_1 + 46 | 0] << 16 | HEAPU8[$5_1 + 47 | 0] << 24);
  HEAP32[$7 + 40 >> 2] = HEAPU8[$5_1 + 40 | 0] | HEAPU8[$5_1 + 41 | 0] << 8 | (HEAPU8[$5_1 + 42 | 0] << 16 | HEAPU8[$5_1 + 43 | 0] << 24);
  HEAP32[$7 + 44 >> 2] = $6;
  $6 = $7;
  $7 = HEAPU8[$5_1 + 52 | 0] | HEAPU8[$5_1 + 53 | 0] << 8 | (HEAPU8[$5_1 + 54 | 0] << 16 | HEAPU8[$5_1 + 55 | 0] << 24);
  HEAP32[$6 + 48 >> 2] = HEAPU8[$5_1 + 48 | 0] | HEAPU8[$5_1 + 49 | 0] << 8 | (HEAPU8[$5_1 + 50 | 0] << 16 | HEAPU8[$5_1 + 51 | 0] << 24);
  HEAP32[$6 + 52 >> 2] = $7;
  $7 = $6;
  $6 = HEAPU8[$5_1 + 60 | 0] | HEAPU8[$5_1 + 61 | 0] << 8 | (HEAPU8[$5_1 + 62 | 0] << 16 | HEAPU8[$5_1 + 63 | 0] << 24);
  HEAP32[$7 + 56 >> 2] = HEAPU8[$5_1 + 56 | 0] | HEAPU8[$5_1 + 57 | 0] << 8 | (HEAPU8[$5_1 + 58 | 0] << 16 | HEAPU8[$5_1 + 59 | 0] << 24);
  HEAP32[$7 + 60 >> 2] = $6;
  $6 = $7;
  $7 = HEAPU8[$5_1 + 68 | 0] | HEAPU8[$5_1 + 69 | 0] << 8 | (HEAPU8[$5_1 + 70 | 0] << 16 | HEAPU8[$5_1 + 71 | 0] << 24);
  HEAP32[$6 + 64 >> 2] = HEAPU8[$5_1 + 64 | 0] | HEAPU8[$5_1 + 65 | 0] << 8 | (HEAPU8[$5_1 + 66 | 0] << 16 | HEAPU8[$5_1 + 67 | 0] << 24);
  HEAP32[$6 + 68 >> 2] = $7;
  $7 = $6;
  $6 = HEAPU8[$5_1 + 76 | 0] | HEAPU8[$5_1 + 77 | 0] << 8 | (HEAPU8[$5_1 + 78 | 0] << 16 | HEAPU8[$5_1 + 79 | 0] << 24);
  HEAP32[$7 + 72 >> 2] = HEAPU8[$5_1 + 72 | 0] | HEAPU8[$5_1 + 73 | 0] << 8 | (HEAPU8[$5_1 + 74 | 0] << 16 | HEAPU8[$5_1 + 75 | 0] << 24);
  HEAP32[$7 + 76 >> 2] = $6;
  $6 = $7;
  $7 = HEAPU8[$5_1 + 84 | 0] | HEAPU8[$5_1 + 85 | 0] << 8 | (HEAPU8[$5_1 + 86 | 0] << 16 | HEAPU8[$5_1 + 87 | 0] << 24);
  HEAP32[$6 + 80 >> 2] = HEAPU8[$5_1 + 80 | 0] | HEAPU8[$5_1 + 81 | 0] << 8 | (HEAPU8[$5_1 + 82 | 0] << 16 | HEAPU8[$5_1 + 83 | 0] << 24);
  HEAP32[$6 + 84 >> 2] = $7;
  $7 = $6;
  $6 = HEAPU8[$5_1 + 92 | 0] | HEAPU8[$5_1 + 93 | 0] << 8 | (HEAPU8[$5_1 + 94 | 0] << 16 | HEAPU8[$5_1 + 95 | 0] << 24);
  HEAP32[$7 + 88 >> 2] = HEAPU8[$5_1 + 88 | 0] | HEAPU8[$5_1 + 89 | 0] << 8 | (HEAPU8[$5_1 + 90 | 0] << 16 | HEAPU8[$5_1 + 91 | 0] << 24);
  HEAP32[$7 + 92 >> 2] = $6;
  $6 = $7;
  $7 = HEAPU8[$5_1 + 100 | 0] | HEAPU8[$5_1 + 101 | 0] << 8 | (HEAPU8[$5_1 + 102 | 0] << 16 | HEAPU8[$5_1 + 103 | 0] << 24);
  HEAP32[$6 + 96 >> 2] = HEAPU8[$5_1 + 96 | 0] | HEAPU8[$5_1 + 97 | 0] << 8 | (HEAPU8[$5_1 + 98 | 0] << 16 | HEAPU8[$5_1 + 99 | 0] << 24);
  HEAP32[$6 + 100 >> 2] = $7;
  $7 = $6;
  $6 = HEAPU8[$5_1 + 108 | 0] | HEAPU8[$5_1 + 109 | 0] << 8 | (HEAPU8[$5_1 + 110 | 0] << 16 | HEAPU8[$5_1 + 111 | 0] << 24);
  HEAP32[$7 + 104 >> 2] = HEAPU8[$5_1 + 104 | 0] | HEAPU8[$5_1 + 105 | 0] << 8 | (HEAPU8[$5_1 + 106 | 0] << 16 | HEAPU8[$5_1 + 107 | 0] << 24);
  HEAP32[$7 + 108 >> 2] = $6;
  $6 = $7;
  $7 = HEAPU8[$5_1 + 116 | 0] | HEAPU8[$5_1 + 117 | 0] << 8 | (HEAPU8[$5_1 + 118 | 0] << 16 | HEAPU8[$5_1 + 119 | 0] << 24);
  HEAP32[$6 + 112 >> 2] = HEAPU8[$5_1 + 112 | 0] | HEAPU8[$5_1 + 113 | 0] << 8 | (HEAPU8[$5_1 + 114 | 0] << 16 | HEAPU8[$5_1 + 115 | 0] << 24);
  HEAP32[$6 + 116 >> 2] = $7;
  $7 = $6;
  $6 = HEAPU8[$5_1 + 124 | 0] | HEAPU8[$5_1 + 125 | 0] << 8 | (HEAPU8[$5_1 + 126 | 0] << 16 | HEAPU8[$5_1 + 127 | 0] << 24);
  HEAP32[$7 + 120 >> 2] = HEAPU8[$5_1 + 120 | 0] | HEAPU8[$5_1 + 121 | 0] << 8 | (HEAPU8[$5_1 + 122 | 0] << 16 | HEAPU8[$5_1 + 123 | 0] << 24);
  HEAP32[$7 + 124 >> 2] = $6;
  $5_1 = 19988480;
  $9 = HEAP32[$5_1 >> 2];
  $6 = HEAP32[$5_1 + 4 >> 2];
  $5_1 = 19988488;
  $10_1 = $4_1;
  $13 = $10_1 ? $9 : HEAP32[$5_1 >> 2];
  $14 = $10_1 ? $6 : HEAP32[$5_1 + 4 >> 2];
  $10_1 = 19988496;
  $15 = $2_1 ^ HEAP32[$10_1 >> 2];
  $16 = $3_1 ^ HEAP32[$10_1 + 4 >> 2];
  $8 = 19988504;
  $33 = HEAP32[$8 >> 2];
  $17 = HEAP32[$8 + 4 >> 2];
  $8 = 19988512;
  $18 = HEAP32[$8 >> 2];
  $19_1 = HEAP32[$8 + 4 >> 2];
  $8 = 19988520;
  $34_1 = HEAP32[$8 >> 2];
  $20_1 = HEAP32[$8 + 4 >> 2];
  $8 = 19988528;
  $38_1 = HEAP32[$8 >> 2];
  $21 = HEAP32[$8 + 4 >> 2];
  $8 = 19988536;
  $30_1 = HEAP32[$8 >> 2];
  $29_1 = HEAP32[$8 + 4 >> 2];
  $8 = 19988544;
  $40_1 = HEAP32[$8 >> 2];
  $31 = HEAP32[$8 + 4 >> 2];
  $4_1 = 0;
  $8 = $0_1;
  $44_1 = HEAP32[$8 >> 2];
  $35 = $44_1;
  $45_1 = HEAP32[$8 + 4 >> 2];
  $39_1 = $45_1;
  $46_1 = HEAP32[$8 + 32 >> 2];
  $2_1 = $46_1;
  $47_1 = HEAP32[$8 + 36 >> 2];
  $3_1 = $47_1;
  $48_1 = HEAP32[$8 + 8 >> 2];
  $36_1 = $48_1;
  $49 = HEAP32[$8 + 12 >> 2];
  $28 = $49;
  $50_1 = HEAP32[$8 + 40 >> 2];
  $22 = $50_1;
  $51_1 = HEAP32[$8 + 44 >> 2];
  $23 = $51_1;
  $52 = HEAP32[$8 + 16 >> 2];
  $37_1 = $52;
  $53_1 = HEAP32[$8 + 20 >> 2];
  $12_1 = $53_1;
  $54 = HEAP32[$8 + 48 >> 2];
  $24_1 = $54;
  $55_1 = HEAP32[$8 + 52 >> 2];
  $25 = $55_1;
  $56_1 = HEAP32[$8 + 24 >> 2];
  $41_1 = $56_1;
  $57_1 = HEAP32[$8 + 28 >> 2];
  $32 = $57_1;
  $58 = HEAP32[$8 + 56 >> 2];
  $26 = $58;
  $59 = HEAP32[$8 + 60 >> 2];
  $27_1 = $59;
  while (1) {
   $1_1 = ($4_1 >>> 0 < 10 ? $4_1 : HEAP32[4997138] + $4_1 | 0) << 4;
   $8 = (HEAPU8[$1_1 + 1049052 | 0] << 3) + $11 | 0;
   $43_1 = HEAP32[$8 >> 2];
   $42_1 = HEAP32[$8 + 4 >> 2];
   $6 = $37_1;
   $7 = $24_1 + $6 | 0;
   $9 = $12_1 + $25 | 0;
   $9 = $6 >>> 0 > $7 >>> 0 ? $9 + 1 | 0 : $9;
   $10_1 = (HEAPU8[$1_1 + 1049044 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$10_1 >> 2];
   $5_1 = $7 + $6 | 0;
   $7 = HEAP32[$10_1 + 4 >> 2] + $9 | 0;
   $37_1 = $5_1;
   $12_1 = $5_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $8 = (HEAPU8[$1_1 + 1049045 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$8 >> 2];
   $9 = $5_1 + $6 | 0;
   $5_1 = $12_1 + HEAP32[$8 + 4 >> 2] | 0;
   $5_1 = $6 >>> 0 > $9 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $10_1 = $9;
   $6 = $34_1;
   $13 = __wasm_rotl_i64($37_1 ^ $13, $12_1 ^ $14, 32);
   $7 = $6 + $13 | 0;
   $14 = i64toi32_i32$HIGH_BITS;
   $9 = $20_1 + $14 | 0;
   $34_1 = $7;
   $20_1 = $6 >>> 0 > $7 >>> 0 ? $9 + 1 | 0 : $9;
   $24_1 = __wasm_rotl_i64($7 ^ $24_1, $20_1 ^ $25, 40);
   $6 = $24_1;
   $25 = i64toi32_i32$HIGH_BITS;
   $7 = $25 + $5_1 | 0;
   $10_1 = $6 + $10_1 | 0;
   $7 = $10_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $62_1 = $10_1;
   $6 = $10_1;
   $8 = $43_1 + $6 | 0;
   $63_1 = $7;
   $10_1 = $7 + $42_1 | 0;
   $43_1 = $8;
   $42_1 = $6 >>> 0 > $8 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $6 = $41_1;
   $9 = $26 + $6 | 0;
   $8 = $27_1 + $32 | 0;
   $7 = $6 >>> 0 > $9 >>> 0 ? $8 + 1 | 0 : $8;
   $10_1 = (HEAPU8[$1_1 + 1049046 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$10_1 >> 2];
   $5_1 = $9 + $6 | 0;
   $9 = HEAP32[$10_1 + 4 >> 2] + $7 | 0;
   $37_1 = $5_1;
   $12_1 = $5_1 >>> 0 < $6 >>> 0 ? $9 + 1 | 0 : $9;
   $7 = (HEAPU8[$1_1 + 1049047 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$7 >> 2];
   $8 = $5_1 + $6 | 0;
   $5_1 = HEAP32[$7 + 4 >> 2] + $12_1 | 0;
   $5_1 = $6 >>> 0 > $8 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $10_1 = $8;
   $6 = $33;
   $18 = __wasm_rotl_i64($37_1 ^ $18, $12_1 ^ $19_1, 32);
   $9 = $6 + $18 | 0;
   $19_1 = i64toi32_i32$HIGH_BITS;
   $8 = $17 + $19_1 | 0;
   $33 = $9;
   $17 = $6 >>> 0 > $9 >>> 0 ? $8 + 1 | 0 : $8;
   $26 = __wasm_rotl_i64($9 ^ $26, $17 ^ $27_1, 40);
   $6 = $26;
   $10_1 = $10_1 + $6 | 0;
   $27_1 = i64toi32_i32$HIGH_BITS;
   $9 = $5_1 + $27_1 | 0;
   $41_1 = $10_1;
   $32 = $6 >>> 0 > $10_1 >>> 0 ? $9 + 1 | 0 : $9;
   $18 = __wasm_rotl_i64($10_1 ^ $18, $32 ^ $19_1, 48);
   $9 = $18;
   $19_1 = i64toi32_i32$HIGH_BITS;
   $10_1 = $19_1 + $17 | 0;
   $6 = $33;
   $7 = $9 + $6 | 0;
   $33 = $7;
   $17 = $6 >>> 0 > $7 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $26 = __wasm_rotl_i64($7 ^ $26, $27_1 ^ $17, 1);
   $6 = $26;
   $5_1 = $43_1 + $6 | 0;
   $27_1 = i64toi32_i32$HIGH_BITS;
   $7 = $42_1 + $27_1 | 0;
   $37_1 = $5_1;
   $12_1 = $5_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $9 = (HEAPU8[$1_1 + 1049053 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$9 >> 2];
   $8 = $5_1 + $6 | 0;
   $5_1 = $12_1 + HEAP32[$9 + 4 >> 2] | 0;
   $64 = $8;
   $43_1 = $6 >>> 0 > $8 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $42_1 = $12_1;
   $6 = $36_1;
   $7 = $22 + $6 | 0;
   $8 = $28 + $23 | 0;
   $10_1 = $6 >>> 0 > $7 >>> 0 ? $8 + 1 | 0 : $8;
   $5_1 = (HEAPU8[$1_1 + 1049042 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$5_1 >> 2];
   $9 = $7 + $6 | 0;
   $7 = $10_1 + HEAP32[$5_1 + 4 >> 2] | 0;
   $36_1 = $9;
   $28 = $6 >>> 0 > $9 >>> 0 ? $7 + 1 | 0 : $7;
   $10_1 = (HEAPU8[$1_1 + 1049043 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$10_1 >> 2];
   $8 = $9 + $6 | 0;
   $9 = $28 + HEAP32[$10_1 + 4 >> 2] | 0;
   $9 = $6 >>> 0 > $8 >>> 0 ? $9 + 1 | 0 : $9;
   $12_1 = $8;
   $6 = $38_1;
   $30_1 = __wasm_rotl_i64($36_1 ^ $30_1, $28 ^ $29_1, 32);
   $7 = $6 + $30_1 | 0;
   $29_1 = i64toi32_i32$HIGH_BITS;
   $8 = $29_1 + $21 | 0;
   $38_1 = $7;
   $21 = $6 >>> 0 > $7 >>> 0 ? $8 + 1 | 0 : $8;
   $22 = __wasm_rotl_i64($7 ^ $22, $23 ^ $21, 40);
   $6 = $22;
   $5_1 = $12_1 + $6 | 0;
   $23 = i64toi32_i32$HIGH_BITS;
   $7 = $9 + $23 | 0;
   $36_1 = $5_1;
   $28 = $5_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $60_1 = __wasm_rotl_i64($5_1 ^ $30_1, $29_1 ^ $28, 48);
   $61_1 = i64toi32_i32$HIGH_BITS;
   $30_1 = __wasm_rotl_i64($37_1 ^ $60_1, $61_1 ^ $42_1, 32);
   $29_1 = i64toi32_i32$HIGH_BITS;
   $6 = $35;
   $10_1 = $2_1 + $6 | 0;
   $5_1 = $3_1 + $39_1 | 0;
   $5_1 = $6 >>> 0 > $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $9 = (HEAPU8[$1_1 + 1049040 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$9 >> 2];
   $7 = $10_1 + $6 | 0;
   $10_1 = $5_1 + HEAP32[$9 + 4 >> 2] | 0;
   $35 = $7;
   $39_1 = $6 >>> 0 > $7 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $8 = (HEAPU8[$1_1 + 1049041 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$8 >> 2];
   $5_1 = $7 + $6 | 0;
   $7 = $39_1 + HEAP32[$8 + 4 >> 2] | 0;
   $7 = $5_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $12_1 = $5_1;
   $6 = $40_1;
   $15 = __wasm_rotl_i64($15 ^ $35, $39_1 ^ $16, 32);
   $10_1 = $6 + $15 | 0;
   $16 = i64toi32_i32$HIGH_BITS;
   $5_1 = $31 + $16 | 0;
   $40_1 = $10_1;
   $31 = $6 >>> 0 > $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $2_1 = __wasm_rotl_i64($2_1 ^ $10_1, $31 ^ $3_1, 40);
   $6 = $2_1;
   $3_1 = i64toi32_i32$HIGH_BITS;
   $10_1 = $3_1 + $7 | 0;
   $9 = $6 + $12_1 | 0;
   $10_1 = $9 >>> 0 < $6 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $35 = $9;
   $6 = $40_1;
   $39_1 = $10_1;
   $15 = __wasm_rotl_i64($9 ^ $15, $10_1 ^ $16, 48);
   $8 = $6 + $15 | 0;
   $16 = i64toi32_i32$HIGH_BITS;
   $9 = $16 + $31 | 0;
   $9 = $6 >>> 0 > $8 >>> 0 ? $9 + 1 | 0 : $9;
   $65 = $8;
   $6 = $8;
   $7 = $30_1 + $6 | 0;
   $42_1 = $9;
   $8 = $29_1 + $9 | 0;
   $40_1 = $7;
   $31 = $6 >>> 0 > $7 >>> 0 ? $8 + 1 | 0 : $8;
   $26 = __wasm_rotl_i64($7 ^ $26, $31 ^ $27_1, 40);
   $6 = $26;
   $27_1 = i64toi32_i32$HIGH_BITS;
   $7 = $27_1 + $43_1 | 0;
   $10_1 = $6 + $64 | 0;
   $7 = $10_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $37_1 = $10_1;
   $6 = $40_1;
   $12_1 = $7;
   $30_1 = __wasm_rotl_i64($10_1 ^ $30_1, $29_1 ^ $7, 48);
   $9 = $6 + $30_1 | 0;
   $29_1 = i64toi32_i32$HIGH_BITS;
   $10_1 = $29_1 + $31 | 0;
   $40_1 = $9;
   $31 = $6 >>> 0 > $9 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $26 = __wasm_rotl_i64($9 ^ $26, $31 ^ $27_1, 1);
   $27_1 = i64toi32_i32$HIGH_BITS;
   $6 = $36_1;
   $10_1 = (HEAPU8[$1_1 + 1049050 | 0] << 3) + $11 | 0;
   $5_1 = $6 + HEAP32[$10_1 >> 2] | 0;
   $9 = HEAP32[$10_1 + 4 >> 2] + $28 | 0;
   $9 = $5_1 >>> 0 < $6 >>> 0 ? $9 + 1 | 0 : $9;
   $8 = $5_1;
   $6 = $34_1;
   $13 = __wasm_rotl_i64($13 ^ $62_1, $14 ^ $63_1, 48);
   $7 = $6 + $13 | 0;
   $14 = i64toi32_i32$HIGH_BITS;
   $5_1 = $14 + $20_1 | 0;
   $34_1 = $7;
   $20_1 = $6 >>> 0 > $7 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $24_1 = __wasm_rotl_i64($7 ^ $24_1, $25 ^ $20_1, 1);
   $6 = $24_1;
   $8 = $8 + $6 | 0;
   $25 = i64toi32_i32$HIGH_BITS;
   $7 = $9 + $25 | 0;
   $36_1 = $8;
   $28 = $6 >>> 0 > $8 >>> 0 ? $7 + 1 | 0 : $7;
   $9 = (HEAPU8[$1_1 + 1049051 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$9 >> 2];
   $10_1 = $8 + $6 | 0;
   $8 = $28 + HEAP32[$9 + 4 >> 2] | 0;
   $8 = $6 >>> 0 > $10_1 >>> 0 ? $8 + 1 | 0 : $8;
   $5_1 = $10_1;
   $6 = $33;
   $15 = __wasm_rotl_i64($15 ^ $36_1, $28 ^ $16, 32);
   $7 = $6 + $15 | 0;
   $16 = i64toi32_i32$HIGH_BITS;
   $10_1 = $16 + $17 | 0;
   $33 = $7;
   $17 = $6 >>> 0 > $7 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $24_1 = __wasm_rotl_i64($7 ^ $24_1, $17 ^ $25, 40);
   $6 = $24_1;
   $25 = i64toi32_i32$HIGH_BITS;
   $7 = $25 + $8 | 0;
   $5_1 = $5_1 + $6 | 0;
   $7 = $5_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $36_1 = $5_1;
   $6 = $33;
   $28 = $7;
   $15 = __wasm_rotl_i64($5_1 ^ $15, $16 ^ $7, 48);
   $9 = $6 + $15 | 0;
   $16 = i64toi32_i32$HIGH_BITS;
   $5_1 = $16 + $17 | 0;
   $33 = $9;
   $17 = $6 >>> 0 > $9 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $24_1 = __wasm_rotl_i64($9 ^ $24_1, $17 ^ $25, 1);
   $25 = i64toi32_i32$HIGH_BITS;
   $6 = $35;
   $5_1 = (HEAPU8[$1_1 + 1049048 | 0] << 3) + $11 | 0;
   $8 = $6 + HEAP32[$5_1 >> 2] | 0;
   $9 = HEAP32[$5_1 + 4 >> 2] + $39_1 | 0;
   $9 = $6 >>> 0 > $8 >>> 0 ? $9 + 1 | 0 : $9;
   $5_1 = $8;
   $8 = $21 + $61_1 | 0;
   $6 = $38_1;
   $7 = $60_1 + $6 | 0;
   $38_1 = $7;
   $21 = $6 >>> 0 > $7 >>> 0 ? $8 + 1 | 0 : $8;
   $22 = __wasm_rotl_i64($7 ^ $22, $23 ^ $21, 1);
   $6 = $22;
   $23 = i64toi32_i32$HIGH_BITS;
   $7 = $23 + $9 | 0;
   $5_1 = $5_1 + $6 | 0;
   $7 = $5_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $35 = $5_1;
   $10_1 = (HEAPU8[$1_1 + 1049049 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$10_1 >> 2];
   $9 = $5_1 + $6 | 0;
   $5_1 = $7 + HEAP32[$10_1 + 4 >> 2] | 0;
   $5_1 = $6 >>> 0 > $9 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $8 = $9;
   $6 = $34_1;
   $18 = __wasm_rotl_i64($18 ^ $35, $7 ^ $19_1, 32);
   $7 = $6 + $18 | 0;
   $19_1 = i64toi32_i32$HIGH_BITS;
   $9 = $19_1 + $20_1 | 0;
   $34_1 = $7;
   $20_1 = $6 >>> 0 > $7 >>> 0 ? $9 + 1 | 0 : $9;
   $22 = __wasm_rotl_i64($7 ^ $22, $20_1 ^ $23, 40);
   $6 = $22;
   $23 = i64toi32_i32$HIGH_BITS;
   $7 = $23 + $5_1 | 0;
   $8 = $6 + $8 | 0;
   $7 = $8 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $35 = $8;
   $6 = $34_1;
   $39_1 = $7;
   $18 = __wasm_rotl_i64($8 ^ $18, $19_1 ^ $7, 48);
   $10_1 = $6 + $18 | 0;
   $19_1 = i64toi32_i32$HIGH_BITS;
   $8 = $19_1 + $20_1 | 0;
   $34_1 = $10_1;
   $20_1 = $6 >>> 0 > $10_1 >>> 0 ? $8 + 1 | 0 : $8;
   $22 = __wasm_rotl_i64($10_1 ^ $22, $20_1 ^ $23, 1);
   $23 = i64toi32_i32$HIGH_BITS;
   $2_1 = __wasm_rotl_i64($2_1 ^ $65, $3_1 ^ $42_1, 1);
   $6 = $2_1;
   $5_1 = $41_1 + $6 | 0;
   $3_1 = i64toi32_i32$HIGH_BITS;
   $10_1 = $32 + $3_1 | 0;
   $10_1 = $5_1 >>> 0 < $6 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $9 = (HEAPU8[$1_1 + 1049054 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$9 >> 2];
   $8 = $5_1 + $6 | 0;
   $5_1 = HEAP32[$9 + 4 >> 2] + $10_1 | 0;
   $41_1 = $8;
   $32 = $6 >>> 0 > $8 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $7 = (HEAPU8[$1_1 + 1049055 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$7 >> 2];
   $10_1 = $8 + $6 | 0;
   $8 = $32 + HEAP32[$7 + 4 >> 2] | 0;
   $8 = $6 >>> 0 > $10_1 >>> 0 ? $8 + 1 | 0 : $8;
   $9 = $10_1;
   $6 = $38_1;
   $13 = __wasm_rotl_i64($13 ^ $41_1, $14 ^ $32, 32);
   $5_1 = $6 + $13 | 0;
   $14 = i64toi32_i32$HIGH_BITS;
   $10_1 = $21 + $14 | 0;
   $38_1 = $5_1;
   $21 = $5_1 >>> 0 < $6 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $2_1 = __wasm_rotl_i64($2_1 ^ $5_1, $21 ^ $3_1, 40);
   $6 = $2_1;
   $9 = $9 + $6 | 0;
   $3_1 = i64toi32_i32$HIGH_BITS;
   $5_1 = $8 + $3_1 | 0;
   $41_1 = $9;
   $32 = $6 >>> 0 > $9 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $13 = __wasm_rotl_i64($9 ^ $13, $14 ^ $32, 48);
   $5_1 = $13;
   $14 = i64toi32_i32$HIGH_BITS;
   $9 = $14 + $21 | 0;
   $6 = $38_1;
   $7 = $5_1 + $6 | 0;
   $38_1 = $7;
   $21 = $6 >>> 0 > $7 >>> 0 ? $9 + 1 | 0 : $9;
   $2_1 = __wasm_rotl_i64($2_1 ^ $7, $21 ^ $3_1, 1);
   $3_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $4_1 + 1 | 0;
   if (($4_1 | 0) != 12) {
    continue
   }
   break;
  };
  $1_1 = $18 ^ $58 ^ $26;
  $5_1 = $0_1;
  HEAP32[$5_1 + 56 >> 2] = $1_1;
  HEAP32[$5_1 + 60 >> 2] = $27_1 ^ ($19_1 ^ $59);
  $1_1 = $24_1 ^ $54 ^ $13;
  HEAP32[$5_1 + 48 >> 2] = $1_1;
  HEAP32[$5_1 + 52 >> 2] = $14 ^ ($25 ^ $55_1);
  $1_1 = $22 ^ $50_1 ^ $30_1;
  HEAP32[$5_1 + 40 >> 2] = $1_1;
  HEAP32[$5_1 + 44 >> 2] = $23 ^ $51_1 ^ $29_1;
  $1_1 = $15 ^ $46_1 ^ $2_1;
  HEAP32[$5_1 + 32 >> 2] = $1_1;
  HEAP32[$5_1 + 36 >> 2] = $3_1 ^ ($16 ^ $47_1);
  $1_1 = $33 ^ $56_1 ^ $41_1;
  HEAP32[$5_1 + 24 >> 2] = $1_1;
  HEAP32[$5_1 + 28 >> 2] = $32 ^ ($17 ^ $57_1);
  $1_1 = $34_1 ^ $52 ^ $37_1;
  HEAP32[$5_1 + 16 >> 2] = $1_1;
  HEAP32[$5_1 + 20 >> 2] = $20_1 ^ $53_1 ^ $12_1;
  $1_1 = $36_1 ^ $48_1 ^ $7;
  HEAP32[$5_1 + 8 >> 2] = $1_1;
  HEAP32[$5_1 + 12 >> 2] = $21 ^ ($28 ^ $49);
  $1_1 = $35 ^ $44_1 ^ $40_1;
  HEAP32[$5_1 >> 2] = $1_1;
  HEAP32[$5_1 + 4 >> 2] = $31 ^ ($39_1 ^ $45_1);
 }
 
 function $1($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0;
  $6 = global$0 - 192 | 0;
  global$0 = $6;
  $5_1 = HEAP32[262259];
  $4_1 = $6;
  HEAP32[$4_1 + 56 >> 2] = HEAP32[262258];
  HEAP32[$4_1 + 60 >> 2] = $5_1;
  $4_1 = HEAP32[262257];
  HEAP32[$6 + 48 >> 2] = HEAP32[262256];
  HEAP32[$6 + 52 >> 2] = $4_1;
  $5_1 = HEAP32[262255];
  $4_1 = $6;
  HEAP32[$4_1 + 40 >> 2] = HEAP32[262254];
  HEAP32[$4_1 + 44 >> 2] = $5_1;
  $4_1 = HEAP32[262253];
  HEAP32[$6 + 32 >> 2] = HEAP32[262252];
  HEAP32[$6 + 36 >> 2] = $4_1;
  $5_1 = HEAP32[262251];
  $4_1 = $6;
  HEAP32[$4_1 + 24 >> 2] = HEAP32[262250];
  HEAP32[$4_1 + 28 >> 2] = $5_1;
  $4_1 = HEAP32[262249];
  HEAP32[$6 + 16 >> 2] = HEAP32[262248];
  HEAP32[$6 + 20 >> 2] = $4_1;
  $5_1 = HEAP32[262247];
  $4_1 = $6;
  HEAP32[$4_1 + 8 >> 2] = HEAP32[262246];
  HEAP32[$4_1 + 12 >> 2] = $5_1;
  $5_1 = HEAP32[4997137];
  HEAP32[$4_1 >> 2] = HEAP32[4997136] ^ (HEAP32[4997139] | $1_1);
  HEAP32[$4_1 + 4 >> 2] = $5_1;
  wasm2js_memory_fill($4_1 - -64 | 0, 0, 128);
  $4_1 = ($3_1 << 3) + $2_1 | 0;
  $5_1 = 0;
  while (1) {
   block : {
    $9 = HEAP32[$2_1 + 4 >> 2];
    if (!$9) {
     break block
    }
    $3_1 = HEAP32[$2_1 >> 2];
    while (1) {
     block3 : {
      $11 = HEAPU8[$3_1 | 0];
      block2 : {
       if (($7 | 0) == 128) {
        $7 = 0;
        $8 = $10_1 + 128 | 0;
        $10_1 = $8;
        $5_1 = $8 >>> 0 < 128 ? $5_1 + 1 | 0 : $5_1;
        $0($6, $6 - -64 | 0, $8, $5_1, 0);
        break block2;
       }
       if ($7 >>> 0 > 127) {
        break block3
       }
      }
      $3_1 = $3_1 + 1 | 0;
      HEAP8[$7 + ($6 - -64 | 0) | 0] = $11;
      $7 = $7 + 1 | 0;
      $9 = HEAP32[4997140] + $9 | 0;
      if ($9) {
       continue
      }
      break block;
     }
     break;
    };
    $57($7, 128, HEAP32[4997141]);
    wasm2js_trap();
   }
   $2_1 = $2_1 + 8 | 0;
   if (($4_1 | 0) != ($2_1 | 0)) {
    continue
   }
   break;
  };
  if ($7 >>> 0 <= 128) {
   $3_1 = 0;
   $9 = 128 - $7 | 0;
   if ($9) {
    wasm2js_memory_fill($7 + ($6 - -64 | 0) | 0, 0, $9)
   }
   $4_1 = $5_1 + 1 | 0;
   $2_1 = $5_1;
   $5_1 = $7 + $10_1 | 0;
   $8 = $7 >>> 0 > $5_1 >>> 0 ? $4_1 : $2_1;
   $0($6, $6 - -64 | 0, $5_1, $8, 1);
   $9 = $1_1 & 126;
   $11 = $1_1 & 1;
   while (1) {
    $2_1 = (HEAP32[4997142] & $3_1) + $6 | 0;
    $10_1 = HEAP32[$2_1 >> 2];
    $1_1 = $10_1;
    $5_1 = HEAP32[$2_1 + 4 >> 2];
    $2_1 = $1_1;
    $7 = $3_1 << 3 & 48;
    $4_1 = $7 & 31;
    if (($7 & 63) >>> 0 >= 32) {
     $1_1 = $5_1 >>> $4_1 | 0
    } else {
     $1_1 = ((1 << $4_1) - 1 & $5_1) << 32 - $4_1 | $2_1 >>> $4_1
    }
    HEAP8[$0_1 | 0] = $1_1;
    $8 = $5_1;
    $5_1 = $10_1;
    $1_1 = $7 | 8;
    $4_1 = $1_1 & 31;
    if (($1_1 & 63) >>> 0 >= 32) {
     $1_1 = $8 >>> $4_1 | 0
    } else {
     $1_1 = ((1 << $4_1) - 1 & $8) << 32 - $4_1 | $5_1 >>> $4_1
    }
    HEAP8[$0_1 + 1 | 0] = $1_1;
    $0_1 = $0_1 + 2 | 0;
    $3_1 = $3_1 + 2 | 0;
    if (($9 | 0) != ($3_1 | 0)) {
     continue
    }
    break;
   };
   if ($11) {
    $8 = (HEAP32[4997142] & $3_1) + $6 | 0;
    $1_1 = HEAP32[$8 >> 2];
    $5_1 = HEAP32[$8 + 4 >> 2];
    $8 = $1_1;
    $1_1 = $3_1 << 3;
    $4_1 = $1_1 & 31;
    if (($1_1 & 63) >>> 0 >= 32) {
     $1_1 = $5_1 >>> $4_1 | 0
    } else {
     $1_1 = ((1 << $4_1) - 1 & $5_1) << 32 - $4_1 | $8 >>> $4_1
    }
    HEAP8[$0_1 | 0] = $1_1;
   }
   global$0 = $6 + 192 | 0;
   return;
  }
  $1_1 = HEAP32[4997143];
  $2_1 = global$0 - 32 | 0;
  global$0 = $2_1;
  block20 : {
   $0_1 = $7;
   if ($7 >>> 0 <= 128) {
    if ($7 >>> 0 <= 128) {
     break block20
    }
    HEAP32[$2_1 + 8 >> 2] = $7;
    HEAP32[$2_1 + 12 >> 2] = 128;
    HEAP32[$2_1 + 24 >> 2] = $2_1 + 12;
    HEAP32[$2_1 + 28 >> 2] = 17;
    HEAP32[$2_1 + 16 >> 2] = $2_1 + 8;
    HEAP32[$2_1 + 20 >> 2] = 17;
    $55(HEAP32[4997403], $2_1 + 16 | 0, $1_1);
    wasm2js_trap();
   }
   HEAP32[$2_1 + 8 >> 2] = $0_1;
   HEAP32[$2_1 + 12 >> 2] = 128;
   HEAP32[$2_1 + 24 >> 2] = $2_1 + 12;
   HEAP32[$2_1 + 28 >> 2] = 17;
   HEAP32[$2_1 + 16 >> 2] = $2_1 + 8;
   HEAP32[$2_1 + 20 >> 2] = 17;
   $55(HEAP32[4997404], $2_1 + 16 | 0, $1_1);
   wasm2js_trap();
  }
  HEAP32[$2_1 + 8 >> 2] = 128;
  HEAP32[$2_1 + 12 >> 2] = 128;
  HEAP32[$2_1 + 24 >> 2] = $2_1 + 12;
  HEAP32[$2_1 + 28 >> 2] = 17;
  HEAP32[$2_1 + 16 >> 2] = $2_1 + 8;
  HEAP32[$2_1 + 20 >> 2] = 17;
  $55(HEAP32[4997405], $2_1 + 16 | 0, $1_1);
  wasm2js_trap();
 }
 
 function $2($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23 = 0, $24_1 = 0, $25 = 0, $26 = 0, $27_1 = 0, $28 = 0, $29_1 = 0, $30_1 = 0, $31 = 0, $32 = 0, $33 = 0, $34_1 = 0, $35 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $6 = $0_1;
  $16 = HEAP32[$6 + 56 >> 2];
  $22 = HEAP32[$6 + 24 >> 2];
  $1_1 = $22;
  $3_1 = $16 + $1_1 | 0;
  $14 = HEAP32[$6 + 60 >> 2];
  $19_1 = HEAP32[$6 + 28 >> 2];
  $5_1 = $14 + $19_1 | 0;
  $8 = $3_1;
  $3_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $5_1 = $19_1;
  $4_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $4_1 << $2_1;
   $2_1 = 0;
  } else {
   $6 = (1 << $2_1) - 1 & $4_1 >>> 32 - $2_1 | $5_1 << $2_1;
   $2_1 = $4_1 << $2_1;
  }
  $5_1 = 19988576;
  $4_1 = 19988584;
  $1_1 = __wasm_i64_mul($2_1 & HEAP32[$5_1 >> 2], HEAP32[$5_1 + 4 >> 2] & $6, HEAP32[$4_1 >> 2] & $16, $14 & HEAP32[$4_1 + 4 >> 2]);
  $3_1 = $3_1 + i64toi32_i32$HIGH_BITS | 0;
  $2_1 = $1_1 + $8 | 0;
  $3_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $22 = $2_1;
  $19_1 = $3_1;
  $6 = $0_1;
  $18 = __wasm_rotl_i64(HEAP32[$6 + 120 >> 2] ^ $2_1, $3_1 ^ HEAP32[$6 + 124 >> 2], 32);
  $4_1 = $18;
  $5_1 = $6;
  $21 = HEAP32[$5_1 + 88 >> 2];
  $1_1 = $21;
  $10_1 = i64toi32_i32$HIGH_BITS;
  $17 = HEAP32[$5_1 + 92 >> 2];
  $2_1 = $10_1 + $17 | 0;
  $4_1 = $4_1 + $1_1 | 0;
  $2_1 = $1_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $9 = $4_1;
  $4_1 = $2_1;
  $2_1 = $17;
  $5_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  $6 = 19988584;
  $7 = HEAP32[$6 >> 2] & $18;
  $8 = $10_1 & HEAP32[$6 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $5_1 << $3_1;
   $1_1 = 0;
  } else {
   $6 = (1 << $3_1) - 1 & $5_1 >>> 32 - $3_1 | $2_1 << $3_1;
   $1_1 = $5_1 << $3_1;
  }
  $2_1 = 19988576;
  $1_1 = __wasm_i64_mul($7, $8, $1_1 & HEAP32[$2_1 >> 2], $6 & HEAP32[$2_1 + 4 >> 2]);
  $3_1 = $9 + $1_1 | 0;
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $21 = $3_1;
  $17 = $3_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $16 = __wasm_rotl_i64($3_1 ^ $16, $14 ^ $17, 40);
  $4_1 = $16;
  $14 = i64toi32_i32$HIGH_BITS;
  $3_1 = $14 + $19_1 | 0;
  $1_1 = $22;
  $2_1 = $1_1 + $4_1 | 0;
  $3_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $9 = $2_1;
  $2_1 = $3_1;
  $5_1 = 19988584;
  $11 = $4_1 & HEAP32[$5_1 >> 2];
  $8 = HEAP32[$5_1 + 4 >> 2] & $14;
  $3_1 = $19_1;
  $4_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $4_1 << $6;
   $4_1 = 0;
  } else {
   $5_1 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $3_1 << $6;
   $4_1 = $4_1 << $6;
  }
  $3_1 = 19988576;
  $1_1 = __wasm_i64_mul($11, $8, $4_1 & HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2] & $5_1);
  $2_1 = $2_1 + i64toi32_i32$HIGH_BITS | 0;
  $6 = $1_1 + $9 | 0;
  $2_1 = $1_1 >>> 0 > $6 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $22 = $6;
  $19_1 = $2_1;
  $18 = __wasm_rotl_i64($6 ^ $18, $2_1 ^ $10_1, 48);
  $10_1 = i64toi32_i32$HIGH_BITS;
  $2_1 = $0_1;
  $11 = HEAP32[$2_1 + 40 >> 2];
  $20_1 = HEAP32[$2_1 + 8 >> 2];
  $1_1 = $20_1;
  $3_1 = $11 + $1_1 | 0;
  $9 = HEAP32[$2_1 + 44 >> 2];
  $8 = HEAP32[$2_1 + 12 >> 2];
  $6 = $9 + $8 | 0;
  $7 = $3_1;
  $3_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $6 = $8;
  $4_1 = $1_1;
  $1_1 = 1;
  $5_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $4_1 << $5_1;
   $4_1 = 0;
  } else {
   $2_1 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $6 << $5_1;
   $4_1 = $4_1 << $5_1;
  }
  $6 = 19988576;
  $1_1 = HEAP32[$6 >> 2];
  $5_1 = HEAP32[$6 + 4 >> 2];
  $1_1 = $4_1 & $1_1;
  $4_1 = 19988584;
  $1_1 = __wasm_i64_mul($1_1, $2_1 & $5_1, HEAP32[$4_1 >> 2] & $11, $9 & HEAP32[$4_1 + 4 >> 2]);
  $5_1 = $1_1 + $7 | 0;
  $3_1 = $3_1 + i64toi32_i32$HIGH_BITS | 0;
  $20_1 = $5_1;
  $8 = $5_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $2_1 = $0_1;
  $29_1 = __wasm_rotl_i64(HEAP32[$2_1 + 104 >> 2] ^ $5_1, HEAP32[$2_1 + 108 >> 2] ^ $8, 32);
  $4_1 = $29_1;
  $39_1 = HEAP32[$2_1 + 72 >> 2];
  $1_1 = $39_1;
  $30_1 = i64toi32_i32$HIGH_BITS;
  $28 = HEAP32[$2_1 + 76 >> 2];
  $5_1 = $30_1 + $28 | 0;
  $4_1 = $4_1 + $1_1 | 0;
  $5_1 = $1_1 >>> 0 > $4_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $15 = $4_1;
  $4_1 = $5_1;
  $2_1 = 19988584;
  $13 = HEAP32[$2_1 >> 2] & $29_1;
  $7 = HEAP32[$2_1 + 4 >> 2] & $30_1;
  $5_1 = $28;
  $6 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $6 << $3_1;
   $3_1 = 0;
  } else {
   $2_1 = (1 << $3_1) - 1 & $6 >>> 32 - $3_1 | $5_1 << $3_1;
   $3_1 = $6 << $3_1;
  }
  $5_1 = 19988576;
  $1_1 = __wasm_i64_mul($13, $7, $3_1 & HEAP32[$5_1 >> 2], $2_1 & HEAP32[$5_1 + 4 >> 2]);
  $4_1 = i64toi32_i32$HIGH_BITS + $4_1 | 0;
  $3_1 = $1_1 + $15 | 0;
  $4_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $39_1 = $3_1;
  $28 = $4_1;
  $11 = __wasm_rotl_i64($3_1 ^ $11, $9 ^ $4_1, 40);
  $1_1 = $20_1;
  $5_1 = $11 + $1_1 | 0;
  $9 = i64toi32_i32$HIGH_BITS;
  $3_1 = $9 + $8 | 0;
  $15 = $5_1;
  $5_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $6 = 19988584;
  $13 = HEAP32[$6 >> 2] & $11;
  $7 = HEAP32[$6 + 4 >> 2] & $9;
  $3_1 = $8;
  $4_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $4_1 << $2_1;
   $4_1 = 0;
  } else {
   $6 = (1 << $2_1) - 1 & $4_1 >>> 32 - $2_1 | $3_1 << $2_1;
   $4_1 = $4_1 << $2_1;
  }
  $3_1 = 19988576;
  $1_1 = __wasm_i64_mul($13, $7, $4_1 & HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2] & $6);
  $5_1 = i64toi32_i32$HIGH_BITS + $5_1 | 0;
  $2_1 = $1_1 + $15 | 0;
  $5_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $20_1 = $2_1;
  $1_1 = $39_1;
  $8 = $5_1;
  $29_1 = __wasm_rotl_i64($2_1 ^ $29_1, $5_1 ^ $30_1, 48);
  $3_1 = $1_1 + $29_1 | 0;
  $30_1 = i64toi32_i32$HIGH_BITS;
  $2_1 = $28 + $30_1 | 0;
  $15 = $3_1;
  $3_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $2_1 = $28;
  $5_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  $4_1 = 19988584;
  $7 = HEAP32[$4_1 >> 2] & $29_1;
  $13 = $30_1 & HEAP32[$4_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $4_1 = $5_1 << $6;
   $1_1 = 0;
  } else {
   $4_1 = (1 << $6) - 1 & $5_1 >>> 32 - $6 | $2_1 << $6;
   $1_1 = $5_1 << $6;
  }
  $2_1 = 19988576;
  $1_1 = __wasm_i64_mul($7, $13, $1_1 & HEAP32[$2_1 >> 2], $4_1 & HEAP32[$2_1 + 4 >> 2]);
  $3_1 = i64toi32_i32$HIGH_BITS + $3_1 | 0;
  $6 = $1_1 + $15 | 0;
  $3_1 = $1_1 >>> 0 > $6 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $39_1 = $6;
  $28 = $3_1;
  $11 = __wasm_rotl_i64($6 ^ $11, $9 ^ $3_1, 1);
  $9 = i64toi32_i32$HIGH_BITS;
  $3_1 = $0_1;
  $31 = HEAP32[$3_1 + 32 >> 2];
  $2_1 = $31;
  $15 = HEAP32[$3_1 + 4 >> 2];
  $32 = HEAP32[$3_1 + 36 >> 2];
  $6 = $15 + $32 | 0;
  $24_1 = HEAP32[$3_1 >> 2];
  $1_1 = $24_1;
  $2_1 = $2_1 + $1_1 | 0;
  $6 = $2_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $7 = $2_1;
  $2_1 = $6;
  $6 = $15;
  $5_1 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $5_1 << $4_1;
   $4_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & $5_1 >>> 32 - $4_1 | $6 << $4_1;
   $4_1 = $5_1 << $4_1;
  }
  $6 = 19988576;
  $5_1 = 19988584;
  $1_1 = __wasm_i64_mul(HEAP32[$6 >> 2] & $4_1, $3_1 & HEAP32[$6 + 4 >> 2], $31 & HEAP32[$5_1 >> 2], HEAP32[$5_1 + 4 >> 2] & $32);
  $2_1 = i64toi32_i32$HIGH_BITS + $2_1 | 0;
  $4_1 = $1_1 + $7 | 0;
  $2_1 = $1_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $24_1 = $4_1;
  $15 = $2_1;
  $3_1 = $0_1;
  $33 = __wasm_rotl_i64($4_1 ^ HEAP32[$3_1 + 96 >> 2], $2_1 ^ HEAP32[$3_1 + 100 >> 2], 32);
  $5_1 = $33;
  $44_1 = HEAP32[$3_1 + 64 >> 2];
  $1_1 = $44_1;
  $40_1 = HEAP32[$3_1 + 68 >> 2];
  $34_1 = i64toi32_i32$HIGH_BITS;
  $4_1 = $40_1 + $34_1 | 0;
  $5_1 = $5_1 + $1_1 | 0;
  $4_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $13 = $5_1;
  $5_1 = $4_1;
  $4_1 = $40_1;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  $3_1 = 19988584;
  $7 = $33 & HEAP32[$3_1 >> 2];
  $12_1 = $34_1 & HEAP32[$3_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $6 << $2_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $4_1 << $2_1;
   $1_1 = $6 << $2_1;
  }
  $4_1 = 19988576;
  $1_1 = __wasm_i64_mul($7, $12_1, $1_1 & HEAP32[$4_1 >> 2], HEAP32[$4_1 + 4 >> 2] & $3_1);
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $2_1 = $1_1 + $13 | 0;
  $5_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $44_1 = $2_1;
  $40_1 = $5_1;
  $31 = __wasm_rotl_i64($2_1 ^ $31, $5_1 ^ $32, 40);
  $5_1 = $31;
  $32 = i64toi32_i32$HIGH_BITS;
  $2_1 = $15 + $32 | 0;
  $1_1 = $24_1;
  $4_1 = $5_1 + $1_1 | 0;
  $2_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $13 = $4_1;
  $4_1 = $2_1;
  $2_1 = $15;
  $5_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  $6 = 19988584;
  $7 = HEAP32[$6 >> 2] & $31;
  $15 = $32 & HEAP32[$6 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $5_1 << $3_1;
   $1_1 = 0;
  } else {
   $6 = (1 << $3_1) - 1 & $5_1 >>> 32 - $3_1 | $2_1 << $3_1;
   $1_1 = $5_1 << $3_1;
  }
  $2_1 = 19988576;
  $1_1 = __wasm_i64_mul($7, $15, $1_1 & HEAP32[$2_1 >> 2], $6 & HEAP32[$2_1 + 4 >> 2]);
  $3_1 = $13 + $1_1 | 0;
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $24_1 = $3_1;
  $15 = $3_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $3_1 = $15 + $9 | 0;
  $1_1 = $24_1;
  $2_1 = $1_1 + $11 | 0;
  $3_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $13 = $2_1;
  $2_1 = $3_1;
  $4_1 = 19988584;
  $12_1 = HEAP32[$4_1 >> 2] & $11;
  $7 = HEAP32[$4_1 + 4 >> 2] & $9;
  $3_1 = $15;
  $6 = $1_1;
  $1_1 = 1;
  $5_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $4_1 = $6 << $5_1;
   $5_1 = 0;
  } else {
   $4_1 = (1 << $5_1) - 1 & $6 >>> 32 - $5_1 | $3_1 << $5_1;
   $5_1 = $6 << $5_1;
  }
  $3_1 = 19988576;
  $1_1 = __wasm_i64_mul($12_1, $7, $5_1 & HEAP32[$3_1 >> 2], $4_1 & HEAP32[$3_1 + 4 >> 2]);
  $2_1 = i64toi32_i32$HIGH_BITS + $2_1 | 0;
  $5_1 = $1_1 + $13 | 0;
  $2_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $26 = $5_1;
  $7 = $2_1;
  $45_1 = __wasm_rotl_i64($5_1 ^ $18, $2_1 ^ $10_1, 32);
  $41_1 = i64toi32_i32$HIGH_BITS;
  $2_1 = $0_1;
  $37_1 = HEAP32[$2_1 + 48 >> 2];
  $42_1 = HEAP32[$2_1 + 16 >> 2];
  $1_1 = $42_1;
  $3_1 = $37_1 + $1_1 | 0;
  $13 = HEAP32[$2_1 + 20 >> 2];
  $23 = HEAP32[$2_1 + 52 >> 2];
  $5_1 = $13 + $23 | 0;
  $12_1 = $3_1;
  $3_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $5_1 = $13;
  $6 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $6 << $4_1;
   $4_1 = 0;
  } else {
   $2_1 = (1 << $4_1) - 1 & $6 >>> 32 - $4_1 | $5_1 << $4_1;
   $4_1 = $6 << $4_1;
  }
  $6 = $2_1;
  $5_1 = 19988576;
  $1_1 = HEAP32[$5_1 >> 2];
  $2_1 = HEAP32[$5_1 + 4 >> 2];
  $2_1 = $2_1 & $6;
  $6 = 19988584;
  $1_1 = __wasm_i64_mul($4_1 & $1_1, $2_1, HEAP32[$6 >> 2] & $37_1, $23 & HEAP32[$6 + 4 >> 2]);
  $3_1 = i64toi32_i32$HIGH_BITS + $3_1 | 0;
  $4_1 = $1_1 + $12_1 | 0;
  $3_1 = $1_1 >>> 0 > $4_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $42_1 = $4_1;
  $13 = $3_1;
  $2_1 = $0_1;
  $35 = __wasm_rotl_i64(HEAP32[$2_1 + 112 >> 2] ^ $4_1, $3_1 ^ HEAP32[$2_1 + 116 >> 2], 32);
  $6 = $35;
  $25 = HEAP32[$2_1 + 80 >> 2];
  $1_1 = $25;
  $36_1 = i64toi32_i32$HIGH_BITS;
  $12_1 = HEAP32[$2_1 + 84 >> 2];
  $4_1 = $36_1 + $12_1 | 0;
  $6 = $6 + $1_1 | 0;
  $4_1 = $1_1 >>> 0 > $6 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $27_1 = $6;
  $6 = $4_1;
  $4_1 = $12_1;
  $5_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  $2_1 = 19988584;
  $12_1 = HEAP32[$2_1 >> 2] & $35;
  $25 = $36_1 & HEAP32[$2_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $5_1 << $3_1;
   $1_1 = 0;
  } else {
   $2_1 = (1 << $3_1) - 1 & $5_1 >>> 32 - $3_1 | $4_1 << $3_1;
   $1_1 = $5_1 << $3_1;
  }
  $4_1 = 19988576;
  $1_1 = __wasm_i64_mul($12_1, $25, $1_1 & HEAP32[$4_1 >> 2], $2_1 & HEAP32[$4_1 + 4 >> 2]);
  $3_1 = $27_1 + $1_1 | 0;
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $25 = $3_1;
  $12_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $37_1 = __wasm_rotl_i64($3_1 ^ $37_1, $23 ^ $12_1, 40);
  $6 = $37_1;
  $23 = i64toi32_i32$HIGH_BITS;
  $3_1 = $23 + $13 | 0;
  $1_1 = $42_1;
  $4_1 = $1_1 + $6 | 0;
  $3_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $27_1 = $4_1;
  $4_1 = $3_1;
  $5_1 = 19988584;
  $43_1 = $6 & HEAP32[$5_1 >> 2];
  $38_1 = HEAP32[$5_1 + 4 >> 2] & $23;
  $3_1 = $13;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $6 << $2_1;
   $2_1 = 0;
  } else {
   $5_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $3_1 << $2_1;
   $2_1 = $6 << $2_1;
  }
  $3_1 = 19988576;
  $1_1 = __wasm_i64_mul($43_1, $38_1, $2_1 & HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2] & $5_1);
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $2_1 = $1_1 + $27_1 | 0;
  $4_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $42_1 = $2_1;
  $13 = $4_1;
  $35 = __wasm_rotl_i64($2_1 ^ $35, $36_1 ^ $4_1, 48);
  $1_1 = $25;
  $3_1 = $35 + $1_1 | 0;
  $36_1 = i64toi32_i32$HIGH_BITS;
  $2_1 = $12_1 + $36_1 | 0;
  $27_1 = $3_1;
  $3_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $2_1 = $12_1;
  $4_1 = $1_1;
  $1_1 = 1;
  $5_1 = 1;
  $6 = 19988584;
  $12_1 = HEAP32[$6 >> 2] & $35;
  $25 = HEAP32[$6 + 4 >> 2] & $36_1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $4_1 << $5_1;
   $1_1 = 0;
  } else {
   $6 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $2_1 << $5_1;
   $1_1 = $4_1 << $5_1;
  }
  $2_1 = 19988576;
  $1_1 = __wasm_i64_mul($12_1, $25, $1_1 & HEAP32[$2_1 >> 2], HEAP32[$2_1 + 4 >> 2] & $6);
  $5_1 = $1_1 + $27_1 | 0;
  $3_1 = $3_1 + i64toi32_i32$HIGH_BITS | 0;
  $25 = $5_1;
  $12_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $5_1 = $41_1 + $12_1 | 0;
  $1_1 = $25;
  $2_1 = $1_1 + $45_1 | 0;
  $5_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $27_1 = $2_1;
  $2_1 = $5_1;
  $3_1 = 19988584;
  $43_1 = $45_1 & HEAP32[$3_1 >> 2];
  $38_1 = HEAP32[$3_1 + 4 >> 2] & $41_1;
  $5_1 = $12_1;
  $6 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $6 << $4_1;
   $4_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & $6 >>> 32 - $4_1 | $5_1 << $4_1;
   $4_1 = $6 << $4_1;
  }
  $5_1 = 19988576;
  $1_1 = __wasm_i64_mul($43_1, $38_1, $4_1 & HEAP32[$5_1 >> 2], HEAP32[$5_1 + 4 >> 2] & $3_1);
  $2_1 = i64toi32_i32$HIGH_BITS + $2_1 | 0;
  $4_1 = $1_1 + $27_1 | 0;
  $2_1 = $1_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $27_1 = $4_1;
  $38_1 = $2_1;
  $11 = __wasm_rotl_i64($4_1 ^ $11, $9 ^ $2_1, 40);
  $1_1 = $26;
  $5_1 = $11 + $1_1 | 0;
  $9 = i64toi32_i32$HIGH_BITS;
  $4_1 = $7 + $9 | 0;
  $43_1 = $5_1;
  $5_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $4_1 = $7;
  $2_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  $6 = 19988584;
  $7 = HEAP32[$6 >> 2] & $11;
  $26 = $9 & HEAP32[$6 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $2_1 << $3_1;
   $1_1 = 0;
  } else {
   $6 = (1 << $3_1) - 1 & $2_1 >>> 32 - $3_1 | $4_1 << $3_1;
   $1_1 = $2_1 << $3_1;
  }
  $4_1 = 19988576;
  $1_1 = __wasm_i64_mul($7, $26, $1_1 & HEAP32[$4_1 >> 2], HEAP32[$4_1 + 4 >> 2] & $6);
  $3_1 = $1_1 + $43_1 | 0;
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $2_1 = $0_1;
  HEAP32[$2_1 >> 2] = $3_1;
  $7 = $3_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  HEAP32[$2_1 + 4 >> 2] = $7;
  $26 = __wasm_rotl_i64($3_1 ^ $45_1, $7 ^ $41_1, 48);
  HEAP32[$2_1 + 120 >> 2] = $26;
  $7 = i64toi32_i32$HIGH_BITS;
  HEAP32[$2_1 + 124 >> 2] = $7;
  $3_1 = $7 + $38_1 | 0;
  $1_1 = $27_1;
  $4_1 = $26 + $1_1 | 0;
  $3_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $41_1 = $4_1;
  $4_1 = $3_1;
  $2_1 = 19988584;
  $26 = HEAP32[$2_1 >> 2] & $26;
  $7 = $7 & HEAP32[$2_1 + 4 >> 2];
  $3_1 = $38_1;
  $5_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $5_1 << $6;
   $6 = 0;
  } else {
   $2_1 = (1 << $6) - 1 & $5_1 >>> 32 - $6 | $3_1 << $6;
   $6 = $5_1 << $6;
  }
  $3_1 = 19988576;
  $1_1 = __wasm_i64_mul($26, $7, $6 & HEAP32[$3_1 >> 2], $2_1 & HEAP32[$3_1 + 4 >> 2]);
  $4_1 = i64toi32_i32$HIGH_BITS + $4_1 | 0;
  $6 = $1_1 + $41_1 | 0;
  $4_1 = $1_1 >>> 0 > $6 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $5_1 = $0_1;
  HEAP32[$5_1 + 80 >> 2] = $6;
  HEAP32[$5_1 + 84 >> 2] = $4_1;
  $2_1 = $5_1;
  (wasm2js_i32$0 = $2_1, wasm2js_i32$1 = __wasm_rotl_i64($6 ^ $11, $4_1 ^ $9, 1)), HEAP32[wasm2js_i32$0 + 40 >> 2] = wasm2js_i32$1;
  HEAP32[$2_1 + 44 >> 2] = i64toi32_i32$HIGH_BITS;
  $1_1 = $20_1;
  $11 = __wasm_rotl_i64($25 ^ $37_1, $12_1 ^ $23, 1);
  $3_1 = $1_1 + $11 | 0;
  $9 = i64toi32_i32$HIGH_BITS;
  $6 = $9 + $8 | 0;
  $12_1 = $3_1;
  $3_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $6 = $8;
  $5_1 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  $2_1 = 19988584;
  $7 = HEAP32[$2_1 >> 2] & $11;
  $8 = $9 & HEAP32[$2_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $5_1 << $4_1;
   $1_1 = 0;
  } else {
   $2_1 = (1 << $4_1) - 1 & $5_1 >>> 32 - $4_1 | $6 << $4_1;
   $1_1 = $5_1 << $4_1;
  }
  $6 = 19988576;
  $1_1 = __wasm_i64_mul($7, $8, $1_1 & HEAP32[$6 >> 2], $2_1 & HEAP32[$6 + 4 >> 2]);
  $3_1 = i64toi32_i32$HIGH_BITS + $3_1 | 0;
  $4_1 = $1_1 + $12_1 | 0;
  $3_1 = $1_1 >>> 0 > $4_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $20_1 = $4_1;
  $24_1 = __wasm_rotl_i64($24_1 ^ $33, $15 ^ $34_1, 48);
  $15 = i64toi32_i32$HIGH_BITS;
  $8 = $3_1;
  $33 = __wasm_rotl_i64($4_1 ^ $24_1, $15 ^ $3_1, 32);
  $23 = $33;
  $34_1 = i64toi32_i32$HIGH_BITS;
  $12_1 = $34_1;
  $4_1 = $10_1 + $17 | 0;
  $1_1 = $21;
  $6 = $18 + $1_1 | 0;
  $4_1 = $6 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $7 = $6;
  $6 = $4_1;
  $4_1 = $17;
  $5_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  $2_1 = 19988584;
  $21 = HEAP32[$2_1 >> 2] & $18;
  $17 = $10_1 & HEAP32[$2_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $5_1 << $3_1;
   $1_1 = 0;
  } else {
   $2_1 = (1 << $3_1) - 1 & $5_1 >>> 32 - $3_1 | $4_1 << $3_1;
   $1_1 = $5_1 << $3_1;
  }
  $4_1 = 19988576;
  $1_1 = __wasm_i64_mul($21, $17, $1_1 & HEAP32[$4_1 >> 2], $2_1 & HEAP32[$4_1 + 4 >> 2]);
  $3_1 = $7 + $1_1 | 0;
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $18 = $3_1;
  $10_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $3_1 = $10_1 + $12_1 | 0;
  $1_1 = $18;
  $4_1 = $1_1 + $23 | 0;
  $3_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $7 = $4_1;
  $4_1 = $3_1;
  $6 = 19988584;
  $12_1 = HEAP32[$6 >> 2] & $33;
  $17 = HEAP32[$6 + 4 >> 2] & $34_1;
  $3_1 = $10_1;
  $2_1 = $1_1;
  $1_1 = 1;
  $5_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $2_1 << $5_1;
   $2_1 = 0;
  } else {
   $6 = (1 << $5_1) - 1 & $2_1 >>> 32 - $5_1 | $3_1 << $5_1;
   $2_1 = $2_1 << $5_1;
  }
  $3_1 = 19988576;
  $1_1 = __wasm_i64_mul($12_1, $17, $2_1 & HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2] & $6);
  $4_1 = i64toi32_i32$HIGH_BITS + $4_1 | 0;
  $5_1 = $1_1 + $7 | 0;
  $4_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $21 = $5_1;
  $17 = $4_1;
  $11 = __wasm_rotl_i64($5_1 ^ $11, $9 ^ $4_1, 40);
  $1_1 = $20_1;
  $3_1 = $11 + $1_1 | 0;
  $9 = i64toi32_i32$HIGH_BITS;
  $5_1 = $8 + $9 | 0;
  $12_1 = $3_1;
  $3_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $2_1 = 19988584;
  $23 = HEAP32[$2_1 >> 2] & $11;
  $7 = HEAP32[$2_1 + 4 >> 2] & $9;
  $5_1 = $8;
  $4_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $4_1 << $6;
   $6 = 0;
  } else {
   $2_1 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $5_1 << $6;
   $6 = $4_1 << $6;
  }
  $5_1 = 19988576;
  $1_1 = __wasm_i64_mul($23, $7, $6 & HEAP32[$5_1 >> 2], HEAP32[$5_1 + 4 >> 2] & $2_1);
  $3_1 = i64toi32_i32$HIGH_BITS + $3_1 | 0;
  $6 = $1_1 + $12_1 | 0;
  $3_1 = $1_1 >>> 0 > $6 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $2_1 = $0_1;
  $20_1 = __wasm_rotl_i64($6 ^ $33, $3_1 ^ $34_1, 48);
  HEAP32[$2_1 + 96 >> 2] = $20_1;
  $8 = i64toi32_i32$HIGH_BITS;
  HEAP32[$2_1 + 100 >> 2] = $8;
  HEAP32[$2_1 + 8 >> 2] = $6;
  HEAP32[$2_1 + 12 >> 2] = $3_1;
  $6 = $8 + $17 | 0;
  $1_1 = $21;
  $5_1 = $20_1 + $1_1 | 0;
  $7 = $5_1;
  $5_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $6 = $17;
  $3_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  $4_1 = 19988584;
  $20_1 = HEAP32[$4_1 >> 2] & $20_1;
  $8 = $8 & HEAP32[$4_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $4_1 = $3_1 << $2_1;
   $1_1 = 0;
  } else {
   $4_1 = (1 << $2_1) - 1 & $3_1 >>> 32 - $2_1 | $6 << $2_1;
   $1_1 = $3_1 << $2_1;
  }
  $6 = 19988576;
  $1_1 = __wasm_i64_mul($20_1, $8, $1_1 & HEAP32[$6 >> 2], $4_1 & HEAP32[$6 + 4 >> 2]);
  $5_1 = i64toi32_i32$HIGH_BITS + $5_1 | 0;
  $2_1 = $1_1 + $7 | 0;
  $5_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $3_1 = $0_1;
  HEAP32[$3_1 + 88 >> 2] = $2_1;
  HEAP32[$3_1 + 92 >> 2] = $5_1;
  (wasm2js_i32$0 = $3_1, wasm2js_i32$1 = __wasm_rotl_i64($2_1 ^ $11, $5_1 ^ $9, 1)), HEAP32[wasm2js_i32$0 + 48 >> 2] = wasm2js_i32$1;
  HEAP32[$3_1 + 52 >> 2] = i64toi32_i32$HIGH_BITS;
  $16 = __wasm_rotl_i64($18 ^ $16, $10_1 ^ $14, 1);
  $3_1 = $16;
  $14 = i64toi32_i32$HIGH_BITS;
  $2_1 = $13 + $14 | 0;
  $1_1 = $42_1;
  $6 = $3_1 + $1_1 | 0;
  $2_1 = $6 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $10_1 = $6;
  $6 = $2_1;
  $2_1 = $13;
  $3_1 = $1_1;
  $1_1 = 1;
  $5_1 = 1;
  $4_1 = 19988584;
  $7 = HEAP32[$4_1 >> 2] & $16;
  $8 = $14 & HEAP32[$4_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $4_1 = $3_1 << $5_1;
   $1_1 = 0;
  } else {
   $4_1 = (1 << $5_1) - 1 & $3_1 >>> 32 - $5_1 | $2_1 << $5_1;
   $1_1 = $3_1 << $5_1;
  }
  $2_1 = 19988576;
  $1_1 = __wasm_i64_mul($7, $8, $1_1 & HEAP32[$2_1 >> 2], $4_1 & HEAP32[$2_1 + 4 >> 2]);
  $6 = i64toi32_i32$HIGH_BITS + $6 | 0;
  $5_1 = $1_1 + $10_1 | 0;
  $6 = $5_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $18 = $5_1;
  $10_1 = $6;
  $21 = __wasm_rotl_i64($5_1 ^ $29_1, $30_1 ^ $6, 32);
  $7 = $21;
  $17 = i64toi32_i32$HIGH_BITS;
  $5_1 = $15 + $40_1 | 0;
  $1_1 = $44_1;
  $2_1 = $1_1 + $24_1 | 0;
  $5_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $9 = $2_1;
  $2_1 = $5_1;
  $3_1 = 19988584;
  $11 = $24_1 & HEAP32[$3_1 >> 2];
  $8 = HEAP32[$3_1 + 4 >> 2] & $15;
  $5_1 = $40_1;
  $6 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $6 << $4_1;
   $4_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & $6 >>> 32 - $4_1 | $5_1 << $4_1;
   $4_1 = $6 << $4_1;
  }
  $5_1 = 19988576;
  $1_1 = __wasm_i64_mul($11, $8, $4_1 & HEAP32[$5_1 >> 2], HEAP32[$5_1 + 4 >> 2] & $3_1);
  $2_1 = i64toi32_i32$HIGH_BITS + $2_1 | 0;
  $4_1 = $1_1 + $9 | 0;
  $2_1 = $1_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $11 = $4_1;
  $1_1 = $4_1;
  $5_1 = $7 + $1_1 | 0;
  $9 = $2_1;
  $4_1 = $2_1 + $17 | 0;
  $7 = $5_1;
  $5_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $4_1 = $2_1;
  $3_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  $2_1 = 19988584;
  $8 = HEAP32[$2_1 >> 2] & $21;
  $13 = $17 & HEAP32[$2_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $3_1 << $6;
   $1_1 = 0;
  } else {
   $2_1 = (1 << $6) - 1 & $3_1 >>> 32 - $6 | $4_1 << $6;
   $1_1 = $3_1 << $6;
  }
  $4_1 = 19988576;
  $1_1 = __wasm_i64_mul($8, $13, $1_1 & HEAP32[$4_1 >> 2], $2_1 & HEAP32[$4_1 + 4 >> 2]);
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $6 = $1_1 + $7 | 0;
  $5_1 = $1_1 >>> 0 > $6 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $20_1 = $6;
  $8 = $5_1;
  $16 = __wasm_rotl_i64($6 ^ $16, $5_1 ^ $14, 40);
  $5_1 = $16;
  $14 = i64toi32_i32$HIGH_BITS;
  $6 = $14 + $10_1 | 0;
  $1_1 = $18;
  $4_1 = $5_1 + $1_1 | 0;
  $6 = $4_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $15 = $4_1;
  $4_1 = $6;
  $6 = $10_1;
  $5_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  $3_1 = 19988584;
  $7 = $16 & HEAP32[$3_1 >> 2];
  $13 = $14 & HEAP32[$3_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $5_1 << $2_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $2_1) - 1 & $5_1 >>> 32 - $2_1 | $6 << $2_1;
   $1_1 = $5_1 << $2_1;
  }
  $6 = 19988576;
  $1_1 = __wasm_i64_mul($7, $13, $1_1 & HEAP32[$6 >> 2], $3_1 & HEAP32[$6 + 4 >> 2]);
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $2_1 = $1_1 + $15 | 0;
  $4_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $3_1 = $0_1;
  $18 = __wasm_rotl_i64($2_1 ^ $21, $4_1 ^ $17, 48);
  HEAP32[$3_1 + 104 >> 2] = $18;
  $10_1 = i64toi32_i32$HIGH_BITS;
  HEAP32[$3_1 + 108 >> 2] = $10_1;
  HEAP32[$3_1 + 16 >> 2] = $2_1;
  HEAP32[$3_1 + 20 >> 2] = $4_1;
  $2_1 = $8 + $10_1 | 0;
  $1_1 = $20_1;
  $6 = $1_1 + $18 | 0;
  $2_1 = $6 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $17 = $6;
  $6 = $2_1;
  $2_1 = $8;
  $4_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  $5_1 = 19988584;
  $7 = $18 & HEAP32[$5_1 >> 2];
  $8 = HEAP32[$5_1 + 4 >> 2] & $10_1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $4_1 << $3_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $3_1) - 1 & $4_1 >>> 32 - $3_1 | $2_1 << $3_1;
   $1_1 = $4_1 << $3_1;
  }
  $2_1 = 19988576;
  $1_1 = __wasm_i64_mul($7, $8, $1_1 & HEAP32[$2_1 >> 2], HEAP32[$2_1 + 4 >> 2] & $5_1);
  $3_1 = $1_1 + $17 | 0;
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $4_1 = $0_1;
  HEAP32[$4_1 + 64 >> 2] = $3_1;
  $10_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  HEAP32[$4_1 + 68 >> 2] = $10_1;
  (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = __wasm_rotl_i64($3_1 ^ $16, $10_1 ^ $14, 1)), HEAP32[wasm2js_i32$0 + 56 >> 2] = wasm2js_i32$1;
  HEAP32[$4_1 + 60 >> 2] = i64toi32_i32$HIGH_BITS;
  $16 = __wasm_rotl_i64($11 ^ $31, $9 ^ $32, 1);
  $1_1 = $16;
  $14 = i64toi32_i32$HIGH_BITS;
  $3_1 = $19_1 + $14 | 0;
  $2_1 = $1_1 + $22 | 0;
  $3_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $8 = $2_1;
  $2_1 = $3_1;
  $3_1 = $19_1;
  $5_1 = $22;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $4_1 = $5_1 << $6;
   $6 = 0;
  } else {
   $4_1 = (1 << $6) - 1 & $5_1 >>> 32 - $6 | $3_1 << $6;
   $6 = $5_1 << $6;
  }
  $3_1 = 19988576;
  $5_1 = 19988584;
  $1_1 = __wasm_i64_mul($6 & HEAP32[$3_1 >> 2], $4_1 & HEAP32[$3_1 + 4 >> 2], $16 & HEAP32[$5_1 >> 2], $14 & HEAP32[$5_1 + 4 >> 2]);
  $2_1 = i64toi32_i32$HIGH_BITS + $2_1 | 0;
  $6 = $1_1 + $8 | 0;
  $2_1 = $1_1 >>> 0 > $6 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $22 = $6;
  $19_1 = $2_1;
  $18 = __wasm_rotl_i64($6 ^ $35, $36_1 ^ $2_1, 32);
  $1_1 = $39_1;
  $5_1 = $18 + $1_1 | 0;
  $10_1 = i64toi32_i32$HIGH_BITS;
  $6 = $10_1 + $28 | 0;
  $9 = $5_1;
  $5_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $6 = $28;
  $2_1 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  $3_1 = 19988584;
  $7 = $18 & HEAP32[$3_1 >> 2];
  $8 = HEAP32[$3_1 + 4 >> 2] & $10_1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $2_1 << $4_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & $2_1 >>> 32 - $4_1 | $6 << $4_1;
   $1_1 = $2_1 << $4_1;
  }
  $6 = 19988576;
  $1_1 = __wasm_i64_mul($7, $8, $1_1 & HEAP32[$6 >> 2], HEAP32[$6 + 4 >> 2] & $3_1);
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $4_1 = $1_1 + $9 | 0;
  $5_1 = $1_1 >>> 0 > $4_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $21 = $4_1;
  $17 = $5_1;
  $16 = __wasm_rotl_i64($4_1 ^ $16, $5_1 ^ $14, 40);
  $5_1 = $16;
  $14 = i64toi32_i32$HIGH_BITS;
  $4_1 = $19_1 + $14 | 0;
  $1_1 = $22;
  $6 = $5_1 + $1_1 | 0;
  $4_1 = $6 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $9 = $6;
  $6 = $4_1;
  $4_1 = $19_1;
  $5_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  $2_1 = 19988584;
  $7 = HEAP32[$2_1 >> 2] & $16;
  $8 = $14 & HEAP32[$2_1 + 4 >> 2];
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $5_1 << $3_1;
   $1_1 = 0;
  } else {
   $2_1 = (1 << $3_1) - 1 & $5_1 >>> 32 - $3_1 | $4_1 << $3_1;
   $1_1 = $5_1 << $3_1;
  }
  $4_1 = 19988576;
  $1_1 = __wasm_i64_mul($7, $8, $1_1 & HEAP32[$4_1 >> 2], $2_1 & HEAP32[$4_1 + 4 >> 2]);
  $3_1 = $9 + $1_1 | 0;
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $2_1 = $0_1;
  $6 = $3_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $22 = __wasm_rotl_i64($3_1 ^ $18, $10_1 ^ $6, 48);
  HEAP32[$2_1 + 112 >> 2] = $22;
  $19_1 = i64toi32_i32$HIGH_BITS;
  HEAP32[$2_1 + 116 >> 2] = $19_1;
  HEAP32[$2_1 + 24 >> 2] = $3_1;
  HEAP32[$2_1 + 28 >> 2] = $6;
  $3_1 = $17 + $19_1 | 0;
  $1_1 = $21;
  $4_1 = $1_1 + $22 | 0;
  $3_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $10_1 = $4_1;
  $4_1 = $3_1;
  $5_1 = 19988584;
  $9 = $22 & HEAP32[$5_1 >> 2];
  $8 = HEAP32[$5_1 + 4 >> 2] & $19_1;
  $3_1 = $17;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $6 << $2_1;
   $2_1 = 0;
  } else {
   $5_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $3_1 << $2_1;
   $2_1 = $6 << $2_1;
  }
  $3_1 = 19988576;
  $1_1 = __wasm_i64_mul($9, $8, $2_1 & HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2] & $5_1);
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $2_1 = $1_1 + $10_1 | 0;
  $4_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $6 = $0_1;
  HEAP32[$6 + 72 >> 2] = $2_1;
  HEAP32[$6 + 76 >> 2] = $4_1;
  $5_1 = $6;
  (wasm2js_i32$0 = $5_1, wasm2js_i32$1 = __wasm_rotl_i64($2_1 ^ $16, $4_1 ^ $14, 1)), HEAP32[wasm2js_i32$0 + 32 >> 2] = wasm2js_i32$1;
  HEAP32[$5_1 + 36 >> 2] = i64toi32_i32$HIGH_BITS;
 }
 
 function $3() {
  return HEAP32[4997148];
 }
 
 function $4($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23 = 0, $24_1 = 0, $25 = 0, $26 = 0, $27_1 = 0, $28 = 0, $29_1 = 0, $30_1 = 0, $31 = 0, $32 = 0, $33 = 0, $34_1 = 0, $35 = 0.0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, $49 = 0, $50_1 = 0, $51_1 = 0, $52 = 0, $53_1 = 0, $54 = 0, $55_1 = 0, $56_1 = 0, $57_1 = 0, $58 = 0, $59 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_f64$0 = 0.0;
  $3_1 = global$0 - 6896 | 0;
  global$0 = $3_1;
  if (!HEAPU8[19932672]) {
   HEAP32[$3_1 + 6712 >> 2] = 0;
   HEAP32[$3_1 + 6716 >> 2] = 0;
   HEAP32[$3_1 + 6704 >> 2] = 0;
   HEAP32[$3_1 + 6708 >> 2] = 0;
   HEAP32[$3_1 + 6696 >> 2] = 0;
   HEAP32[$3_1 + 6700 >> 2] = 0;
   HEAP32[$3_1 + 6688 >> 2] = 0;
   HEAP32[$3_1 + 6692 >> 2] = 0;
   HEAP32[$3_1 + 6680 >> 2] = 0;
   HEAP32[$3_1 + 6684 >> 2] = 0;
   HEAP32[$3_1 + 6672 >> 2] = 0;
   HEAP32[$3_1 + 6676 >> 2] = 0;
   HEAP32[$3_1 + 6664 >> 2] = 0;
   HEAP32[$3_1 + 6668 >> 2] = 0;
   HEAP32[$3_1 + 6656 >> 2] = 0;
   HEAP32[$3_1 + 6660 >> 2] = 0;
   HEAP32[$3_1 + 3432 >> 2] = 0;
   HEAP32[$3_1 + 3428 >> 2] = 1;
   HEAP32[$3_1 + 3436 >> 2] = 16384;
   HEAP32[$3_1 + 3440 >> 2] = 3;
   HEAP32[$3_1 + 3444 >> 2] = 19;
   HEAP32[$3_1 + 3512 >> 2] = 0;
   HEAP32[$3_1 + 3448 >> 2] = 29;
   HEAP32[$3_1 + 6592 >> 2] = 8;
   HEAP32[$3_1 + 3168 >> 2] = 0;
   HEAP32[$3_1 + 96 >> 2] = 0;
   HEAP32[$3_1 + 3612 >> 2] = 4;
   HEAP32[$3_1 + 3604 >> 2] = 4;
   HEAP32[$3_1 + 3596 >> 2] = 8;
   HEAP32[$3_1 + 3592 >> 2] = HEAP32[4997149];
   HEAP32[$3_1 + 3588 >> 2] = 4;
   HEAP32[$3_1 + 3580 >> 2] = 29;
   HEAP32[$3_1 + 3576 >> 2] = HEAP32[4997150];
   HEAP32[$3_1 + 3572 >> 2] = 4;
   HEAP32[$3_1 + 3564 >> 2] = 4;
   HEAP32[$3_1 + 3556 >> 2] = 4;
   HEAP32[$3_1 + 3548 >> 2] = 4;
   HEAP32[$3_1 + 3540 >> 2] = 4;
   HEAP32[$3_1 + 3532 >> 2] = 4;
   HEAP32[$3_1 + 3524 >> 2] = 4;
   HEAP32[$3_1 + 3608 >> 2] = $3_1 + 96;
   HEAP32[$3_1 + 3600 >> 2] = $3_1 + 3168;
   HEAP32[$3_1 + 3584 >> 2] = $3_1 + 6592;
   HEAP32[$3_1 + 3568 >> 2] = $3_1 + 3448;
   HEAP32[$3_1 + 3560 >> 2] = $3_1 + 3512;
   HEAP32[$3_1 + 3552 >> 2] = $3_1 + 3444;
   HEAP32[$3_1 + 3544 >> 2] = $3_1 + 3440;
   HEAP32[$3_1 + 3536 >> 2] = $3_1 + 3436;
   HEAP32[$3_1 + 3528 >> 2] = $3_1 + 3432;
   HEAP32[$3_1 + 3520 >> 2] = $3_1 + 3428;
   $1($3_1 + 6656 | 0, 64, $3_1 + 3520 | 0, 12);
   HEAP32[$3_1 + 6720 >> 2] = 0;
   HEAP32[$3_1 + 6724 >> 2] = 0;
   HEAP32[$3_1 + 3504 >> 2] = 0;
   HEAP32[$3_1 + 3508 >> 2] = 0;
   HEAP32[$3_1 + 3496 >> 2] = 0;
   HEAP32[$3_1 + 3500 >> 2] = 0;
   HEAP32[$3_1 + 3488 >> 2] = 0;
   HEAP32[$3_1 + 3492 >> 2] = 0;
   HEAP32[$3_1 + 3480 >> 2] = 0;
   HEAP32[$3_1 + 3484 >> 2] = 0;
   HEAP32[$3_1 + 3472 >> 2] = 0;
   HEAP32[$3_1 + 3476 >> 2] = 0;
   HEAP32[$3_1 + 3464 >> 2] = 0;
   HEAP32[$3_1 + 3468 >> 2] = 0;
   HEAP32[$3_1 + 3456 >> 2] = 0;
   HEAP32[$3_1 + 3460 >> 2] = 0;
   HEAP32[$3_1 + 3448 >> 2] = 0;
   HEAP32[$3_1 + 3452 >> 2] = 0;
   HEAP32[$3_1 + 108 >> 2] = 72;
   HEAP32[$3_1 + 100 >> 2] = 4;
   HEAP32[$3_1 + 3168 >> 2] = 1024;
   HEAP32[$3_1 + 104 >> 2] = $3_1 + 6656;
   HEAP32[$3_1 + 96 >> 2] = $3_1 + 3168;
   $1($3_1 + 3448 | 0, 64, $3_1 + 96 | 0, 2);
   $20_1 = $3_1 + 3552 | 0;
   wasm2js_memory_fill($20_1, 0, 928);
   $4_1 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 3544 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 3548 >> 2] = $4_1;
   $5_1 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 3536 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 3540 >> 2] = $5_1;
   $4_1 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 3528 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 3532 >> 2] = $4_1;
   $5_1 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 3520 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 3524 >> 2] = $5_1;
   $19_1 = 1;
   while (1) {
    $4_1 = HEAP32[$3_1 + 3508 >> 2];
    HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3504 >> 2];
    HEAP32[$3_1 + 6652 >> 2] = $4_1;
    $5_1 = HEAP32[$3_1 + 3500 >> 2];
    HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3496 >> 2];
    HEAP32[$3_1 + 6644 >> 2] = $5_1;
    $4_1 = HEAP32[$3_1 + 3492 >> 2];
    HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3488 >> 2];
    HEAP32[$3_1 + 6636 >> 2] = $4_1;
    $5_1 = HEAP32[$3_1 + 3484 >> 2];
    HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3480 >> 2];
    HEAP32[$3_1 + 6628 >> 2] = $5_1;
    $4_1 = HEAP32[$3_1 + 3476 >> 2];
    HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3472 >> 2];
    HEAP32[$3_1 + 6620 >> 2] = $4_1;
    $5_1 = HEAP32[$3_1 + 3468 >> 2];
    HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3464 >> 2];
    HEAP32[$3_1 + 6612 >> 2] = $5_1;
    $4_1 = HEAP32[$3_1 + 3460 >> 2];
    HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3456 >> 2];
    HEAP32[$3_1 + 6604 >> 2] = $4_1;
    $5_1 = HEAP32[$3_1 + 3452 >> 2];
    HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3448 >> 2];
    HEAP32[$3_1 + 6596 >> 2] = $5_1;
    $8 = 19988608;
    $6 = HEAP32[$8 >> 2];
    $4_1 = HEAP32[$8 + 4 >> 2];
    HEAP32[$3_1 + 3168 >> 2] = $6;
    HEAP32[$3_1 + 3172 >> 2] = $4_1;
    $12_1 = 0;
    $8 = 0;
    $4_1 = HEAP32[$8 + 1049032 >> 2];
    $5_1 = HEAP32[$8 + 1049036 >> 2];
    HEAP32[$3_1 + 3224 >> 2] = $4_1;
    HEAP32[$3_1 + 3228 >> 2] = $5_1;
    $6 = HEAP32[0 + 1049024 >> 2];
    $4_1 = HEAP32[$8 + 1049028 >> 2];
    HEAP32[$3_1 + 3216 >> 2] = $6;
    HEAP32[$3_1 + 3220 >> 2] = $4_1;
    $4_1 = HEAP32[0 + 1049016 >> 2];
    $5_1 = HEAP32[$8 + 1049020 >> 2];
    HEAP32[$3_1 + 3208 >> 2] = $4_1;
    HEAP32[$3_1 + 3212 >> 2] = $5_1;
    $6 = HEAP32[0 + 1049008 >> 2];
    $4_1 = HEAP32[$8 + 1049012 >> 2];
    HEAP32[$3_1 + 3200 >> 2] = $6;
    HEAP32[$3_1 + 3204 >> 2] = $4_1;
    $4_1 = HEAP32[0 + 1049e3 >> 2];
    $5_1 = HEAP32[$8 + 1049004 >> 2];
    HEAP32[$3_1 + 3192 >> 2] = $4_1;
    HEAP32[$3_1 + 3196 >> 2] = $5_1;
    $6 = HEAP32[0 + 1048992 >> 2];
    $4_1 = HEAP32[$8 + 1048996 >> 2];
    HEAP32[$3_1 + 3184 >> 2] = $6;
    HEAP32[$3_1 + 3188 >> 2] = $4_1;
    $4_1 = HEAP32[0 + 1048984 >> 2];
    $5_1 = HEAP32[$8 + 1048988 >> 2];
    HEAP32[$3_1 + 3176 >> 2] = $4_1;
    HEAP32[$3_1 + 3180 >> 2] = $5_1;
    wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
    $14 = 0;
    $16 = 0;
    $9 = 0;
    while (1) {
     $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
     block2 : {
      if (($12_1 | 0) != 128) {
       $11 = $12_1;
       break block2;
      }
      $11 = 0;
      $6 = $16;
      $10_1 = 128;
      $7 = $10_1 + $14 | 0;
      $14 = $7;
      $16 = $7 >>> 0 < $10_1 >>> 0 ? $6 + 1 | 0 : $6;
      $0($3_1 + 3168 | 0, $3_1 + 96 | 0, $7, $16, 0);
     }
     HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
     $12_1 = $11 + 1 | 0;
     $9 = $9 + 1 | 0;
     if (($9 | 0) != 64) {
      continue
     }
     break;
    };
    $9 = 0;
    $11 = 127 - $11 | 0;
    if ($11) {
     wasm2js_memory_fill($12_1 + ($3_1 + 96 | 0) | 0, 0, $11)
    }
    $7 = $16;
    $10_1 = $12_1;
    $4_1 = $10_1 + $14 | 0;
    $7 = $4_1 >>> 0 < $10_1 >>> 0 ? $7 + 1 | 0 : $7;
    $0($3_1 + 3168 | 0, $3_1 + 96 | 0, $4_1, $7, 1);
    $11 = 8;
    while (1) {
     $6 = ($3_1 + 3168 | 0) + (HEAP32[4997142] & $9) | 0;
     $14 = HEAP32[$6 >> 2];
     $4_1 = $14;
     $16 = HEAP32[$6 + 4 >> 2];
     $5_1 = $16;
     $6 = $4_1;
     $10_1 = $11 & 56;
     $8 = $10_1 & 31;
     $12_1 = $9 + ($3_1 + 3448 | 0) | 0;
     $7 = $12_1 + 1 | 0;
     if (($10_1 & 63) >>> 0 >= 32) {
      $4_1 = $5_1 >>> $8 | 0
     } else {
      $4_1 = ((1 << $8) - 1 & $5_1) << 32 - $8 | $6 >>> $8
     }
     HEAP8[$7 | 0] = $4_1;
     $7 = $16;
     $5_1 = $14;
     $10_1 = HEAP32[4997142] + $11 & 48;
     $8 = $10_1 & 31;
     if (($10_1 & 63) >>> 0 >= 32) {
      $4_1 = $7 >>> $8 | 0
     } else {
      $4_1 = ((1 << $8) - 1 & $7) << 32 - $8 | $5_1 >>> $8
     }
     HEAP8[$12_1 | 0] = $4_1;
     $11 = $11 + 16 | 0;
     $9 = $9 + 2 | 0;
     if (($9 | 0) != 64) {
      continue
     }
     break;
    };
    $5_1 = HEAP32[$3_1 + 3452 >> 2];
    $9 = ($3_1 + 3520 | 0) + ($19_1 << 5) | 0;
    $6 = $9;
    $4_1 = HEAP32[$3_1 + 3448 >> 2];
    HEAP8[$6 | 0] = $4_1;
    HEAP8[$6 + 1 | 0] = $4_1 >>> 8;
    HEAP8[$6 + 2 | 0] = $4_1 >>> 16;
    HEAP8[$6 + 3 | 0] = $4_1 >>> 24;
    HEAP8[$6 + 4 | 0] = $5_1;
    HEAP8[$6 + 5 | 0] = $5_1 >>> 8;
    HEAP8[$6 + 6 | 0] = $5_1 >>> 16;
    HEAP8[$6 + 7 | 0] = $5_1 >>> 24;
    $6 = HEAP32[$3_1 + 3460 >> 2];
    $5_1 = $9;
    $4_1 = HEAP32[$3_1 + 3456 >> 2];
    HEAP8[$5_1 + 8 | 0] = $4_1;
    HEAP8[$5_1 + 9 | 0] = $4_1 >>> 8;
    HEAP8[$5_1 + 10 | 0] = $4_1 >>> 16;
    HEAP8[$5_1 + 11 | 0] = $4_1 >>> 24;
    HEAP8[$5_1 + 12 | 0] = $6;
    HEAP8[$5_1 + 13 | 0] = $6 >>> 8;
    HEAP8[$5_1 + 14 | 0] = $6 >>> 16;
    HEAP8[$5_1 + 15 | 0] = $6 >>> 24;
    $6 = $5_1;
    $5_1 = HEAP32[$3_1 + 3468 >> 2];
    $4_1 = HEAP32[$3_1 + 3464 >> 2];
    HEAP8[$6 + 16 | 0] = $4_1;
    HEAP8[$6 + 17 | 0] = $4_1 >>> 8;
    HEAP8[$6 + 18 | 0] = $4_1 >>> 16;
    HEAP8[$6 + 19 | 0] = $4_1 >>> 24;
    HEAP8[$6 + 20 | 0] = $5_1;
    HEAP8[$6 + 21 | 0] = $5_1 >>> 8;
    HEAP8[$6 + 22 | 0] = $5_1 >>> 16;
    HEAP8[$6 + 23 | 0] = $5_1 >>> 24;
    $5_1 = $6;
    $6 = HEAP32[$3_1 + 3476 >> 2];
    $4_1 = HEAP32[$3_1 + 3472 >> 2];
    HEAP8[$5_1 + 24 | 0] = $4_1;
    HEAP8[$5_1 + 25 | 0] = $4_1 >>> 8;
    HEAP8[$5_1 + 26 | 0] = $4_1 >>> 16;
    HEAP8[$5_1 + 27 | 0] = $4_1 >>> 24;
    HEAP8[$5_1 + 28 | 0] = $6;
    HEAP8[$5_1 + 29 | 0] = $6 >>> 8;
    HEAP8[$5_1 + 30 | 0] = $6 >>> 16;
    HEAP8[$5_1 + 31 | 0] = $6 >>> 24;
    $19_1 = $19_1 + 1 | 0;
    if (($19_1 | 0) != 30) {
     continue
    }
    break;
   };
   $5_1 = HEAP32[$3_1 + 3508 >> 2];
   HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3504 >> 2];
   HEAP32[$3_1 + 6652 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3500 >> 2];
   HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3496 >> 2];
   HEAP32[$3_1 + 6644 >> 2] = $6;
   $5_1 = HEAP32[$3_1 + 3492 >> 2];
   HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3488 >> 2];
   HEAP32[$3_1 + 6636 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3484 >> 2];
   HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3480 >> 2];
   HEAP32[$3_1 + 6628 >> 2] = $6;
   $5_1 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 6620 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 6612 >> 2] = $6;
   $5_1 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 6604 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 6596 >> 2] = $6;
   HEAP32[$3_1 + 3516 >> 2] = 64;
   HEAP32[$3_1 + 3512 >> 2] = $3_1 + 6592;
   $1($3_1 + 3448 | 0, 64, $3_1 + 3512 | 0, 1);
   $5_1 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 4480 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 4484 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 4488 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 4492 >> 2] = $6;
   $5_1 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 4496 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 4500 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 4504 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 4508 >> 2] = $6;
   $5_1 = HEAP32[$3_1 + 3484 >> 2];
   HEAP32[$3_1 + 4512 >> 2] = HEAP32[$3_1 + 3480 >> 2];
   HEAP32[$3_1 + 4516 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3492 >> 2];
   HEAP32[$3_1 + 4520 >> 2] = HEAP32[$3_1 + 3488 >> 2];
   HEAP32[$3_1 + 4524 >> 2] = $6;
   $5_1 = HEAP32[$3_1 + 3500 >> 2];
   HEAP32[$3_1 + 4528 >> 2] = HEAP32[$3_1 + 3496 >> 2];
   HEAP32[$3_1 + 4532 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3508 >> 2];
   HEAP32[$3_1 + 4536 >> 2] = HEAP32[$3_1 + 3504 >> 2];
   HEAP32[$3_1 + 4540 >> 2] = $6;
   $22 = $3_1 + 4480 | 0;
   $9 = HEAP32[4997154];
   while (1) {
    $7 = ($9 + $3_1 | 0) + 4544 | 0;
    $4_1 = $7;
    $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
    $5_1 = HEAPU8[$7 + 4 | 0] | HEAPU8[$7 + 5 | 0] << 8 | (HEAPU8[$7 + 6 | 0] << 16 | HEAPU8[$7 + 7 | 0] << 24);
    $6 = HEAP32[4997155] + $9 | 0;
    HEAP32[$6 >> 2] = $4_1;
    HEAP32[$6 + 4 >> 2] = $5_1;
    $9 = $9 + 8 | 0;
    if ($9) {
     continue
    }
    break;
   };
   HEAP32[$3_1 + 6720 >> 2] = 1;
   HEAP32[$3_1 + 6724 >> 2] = 0;
   HEAP32[$3_1 + 3504 >> 2] = 0;
   HEAP32[$3_1 + 3508 >> 2] = 0;
   HEAP32[$3_1 + 3496 >> 2] = 0;
   HEAP32[$3_1 + 3500 >> 2] = 0;
   HEAP32[$3_1 + 3488 >> 2] = 0;
   HEAP32[$3_1 + 3492 >> 2] = 0;
   HEAP32[$3_1 + 3480 >> 2] = 0;
   HEAP32[$3_1 + 3484 >> 2] = 0;
   HEAP32[$3_1 + 3472 >> 2] = 0;
   HEAP32[$3_1 + 3476 >> 2] = 0;
   HEAP32[$3_1 + 3464 >> 2] = 0;
   HEAP32[$3_1 + 3468 >> 2] = 0;
   HEAP32[$3_1 + 3456 >> 2] = 0;
   HEAP32[$3_1 + 3460 >> 2] = 0;
   HEAP32[$3_1 + 3448 >> 2] = 0;
   HEAP32[$3_1 + 3452 >> 2] = 0;
   HEAP32[$3_1 + 108 >> 2] = 72;
   HEAP32[$3_1 + 100 >> 2] = 4;
   HEAP32[$3_1 + 3168 >> 2] = 1024;
   HEAP32[$3_1 + 104 >> 2] = $3_1 + 6656;
   HEAP32[$3_1 + 96 >> 2] = $3_1 + 3168;
   $1($3_1 + 3448 | 0, 64, $3_1 + 96 | 0, 2);
   wasm2js_memory_fill($20_1, 0, 928);
   $6 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 3544 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 3548 >> 2] = $6;
   $5_1 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 3536 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 3540 >> 2] = $5_1;
   $6 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 3528 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 3532 >> 2] = $6;
   $5_1 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 3520 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 3524 >> 2] = $5_1;
   $19_1 = 1;
   while (1) {
    $6 = HEAP32[$3_1 + 3508 >> 2];
    HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3504 >> 2];
    HEAP32[$3_1 + 6652 >> 2] = $6;
    $5_1 = HEAP32[$3_1 + 3500 >> 2];
    HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3496 >> 2];
    HEAP32[$3_1 + 6644 >> 2] = $5_1;
    $6 = HEAP32[$3_1 + 3492 >> 2];
    HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3488 >> 2];
    HEAP32[$3_1 + 6636 >> 2] = $6;
    $5_1 = HEAP32[$3_1 + 3484 >> 2];
    HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3480 >> 2];
    HEAP32[$3_1 + 6628 >> 2] = $5_1;
    $6 = HEAP32[$3_1 + 3476 >> 2];
    HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3472 >> 2];
    HEAP32[$3_1 + 6620 >> 2] = $6;
    $5_1 = HEAP32[$3_1 + 3468 >> 2];
    HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3464 >> 2];
    HEAP32[$3_1 + 6612 >> 2] = $5_1;
    $6 = HEAP32[$3_1 + 3460 >> 2];
    HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3456 >> 2];
    HEAP32[$3_1 + 6604 >> 2] = $6;
    $5_1 = HEAP32[$3_1 + 3452 >> 2];
    HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3448 >> 2];
    HEAP32[$3_1 + 6596 >> 2] = $5_1;
    $7 = 19988608;
    $4_1 = HEAP32[$7 >> 2];
    $6 = HEAP32[$7 + 4 >> 2];
    HEAP32[$3_1 + 3168 >> 2] = $4_1;
    HEAP32[$3_1 + 3172 >> 2] = $6;
    $7 = 0;
    $4_1 = HEAP32[$7 + 1049032 >> 2];
    $5_1 = HEAP32[$7 + 1049036 >> 2];
    HEAP32[$3_1 + 3224 >> 2] = $4_1;
    HEAP32[$3_1 + 3228 >> 2] = $5_1;
    $4_1 = HEAP32[0 + 1049024 >> 2];
    $6 = HEAP32[$7 + 1049028 >> 2];
    HEAP32[$3_1 + 3216 >> 2] = $4_1;
    HEAP32[$3_1 + 3220 >> 2] = $6;
    $4_1 = HEAP32[0 + 1049016 >> 2];
    $5_1 = HEAP32[$7 + 1049020 >> 2];
    HEAP32[$3_1 + 3208 >> 2] = $4_1;
    HEAP32[$3_1 + 3212 >> 2] = $5_1;
    $4_1 = HEAP32[0 + 1049008 >> 2];
    $6 = HEAP32[$7 + 1049012 >> 2];
    HEAP32[$3_1 + 3200 >> 2] = $4_1;
    HEAP32[$3_1 + 3204 >> 2] = $6;
    $4_1 = HEAP32[0 + 1049e3 >> 2];
    $5_1 = HEAP32[$7 + 1049004 >> 2];
    HEAP32[$3_1 + 3192 >> 2] = $4_1;
    HEAP32[$3_1 + 3196 >> 2] = $5_1;
    $4_1 = HEAP32[0 + 1048992 >> 2];
    $6 = HEAP32[$7 + 1048996 >> 2];
    HEAP32[$3_1 + 3184 >> 2] = $4_1;
    HEAP32[$3_1 + 3188 >> 2] = $6;
    $4_1 = HEAP32[0 + 1048984 >> 2];
    $5_1 = HEAP32[$7 + 1048988 >> 2];
    HEAP32[$3_1 + 3176 >> 2] = $4_1;
    HEAP32[$3_1 + 3180 >> 2] = $5_1;
    wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
    $12_1 = 0;
    $14 = 0;
    $16 = 0;
    $9 = 0;
    while (1) {
     $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
     block5 : {
      if (($12_1 | 0) != 128) {
       $11 = $12_1;
       break block5;
      }
      $11 = 0;
      $4_1 = $16;
      $10_1 = 128;
      $8 = $14 + $10_1 | 0;
      $4_1 = $8 >>> 0 < $10_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
      $14 = $8;
      $16 = $4_1;
      $0($3_1 + 3168 | 0, $3_1 + 96 | 0, $8, $4_1, 0);
     }
     HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
     $12_1 = $11 + 1 | 0;
     $9 = $9 + 1 | 0;
     if (($9 | 0) != 64) {
      continue
     }
     break;
    };
    $9 = 0;
    $11 = 127 - $11 | 0;
    if ($11) {
     wasm2js_memory_fill($12_1 + ($3_1 + 96 | 0) | 0, 0, $11)
    }
    $8 = $16;
    $10_1 = $12_1;
    $6 = $10_1 + $14 | 0;
    $0($3_1 + 3168 | 0, $3_1 + 96 | 0, $6, $6 >>> 0 < $10_1 >>> 0 ? $8 + 1 | 0 : $8, 1);
    $11 = 8;
    while (1) {
     $4_1 = ($3_1 + 3168 | 0) + (HEAP32[4997142] & $9) | 0;
     $14 = HEAP32[$4_1 >> 2];
     $6 = $14;
     $16 = HEAP32[$4_1 + 4 >> 2];
     $5_1 = $16;
     $4_1 = $6;
     $10_1 = $11 & 56;
     $7 = $10_1 & 31;
     $12_1 = $9 + ($3_1 + 3448 | 0) | 0;
     $6 = $12_1 + 1 | 0;
     if (($10_1 & 63) >>> 0 >= 32) {
      $4_1 = $5_1 >>> $7 | 0
     } else {
      $4_1 = ((1 << $7) - 1 & $5_1) << 32 - $7 | $4_1 >>> $7
     }
     HEAP8[$6 | 0] = $4_1;
     $8 = $16;
     $5_1 = $14;
     $10_1 = HEAP32[4997142] + $11 & 48;
     $7 = $10_1 & 31;
     if (($10_1 & 63) >>> 0 >= 32) {
      $4_1 = $8 >>> $7 | 0
     } else {
      $4_1 = ((1 << $7) - 1 & $8) << 32 - $7 | $5_1 >>> $7
     }
     HEAP8[$12_1 | 0] = $4_1;
     $11 = $11 + 16 | 0;
     $9 = $9 + 2 | 0;
     if (($9 | 0) != 64) {
      continue
     }
     break;
    };
    $5_1 = HEAP32[$3_1 + 3452 >> 2];
    $9 = ($3_1 + 3520 | 0) + ($19_1 << 5) | 0;
    $4_1 = $9;
    $6 = HEAP32[$3_1 + 3448 >> 2];
    HEAP8[$4_1 | 0] = $6;
    HEAP8[$4_1 + 1 | 0] = $6 >>> 8;
    HEAP8[$4_1 + 2 | 0] = $6 >>> 16;
    HEAP8[$4_1 + 3 | 0] = $6 >>> 24;
    HEAP8[$4_1 + 4 | 0] = $5_1;
    HEAP8[$4_1 + 5 | 0] = $5_1 >>> 8;
    HEAP8[$4_1 + 6 | 0] = $5_1 >>> 16;
    HEAP8[$4_1 + 7 | 0] = $5_1 >>> 24;
    $4_1 = HEAP32[$3_1 + 3460 >> 2];
    $5_1 = $9;
    $6 = HEAP32[$3_1 + 3456 >> 2];
    HEAP8[$5_1 + 8 | 0] = $6;
    HEAP8[$5_1 + 9 | 0] = $6 >>> 8;
    HEAP8[$5_1 + 10 | 0] = $6 >>> 16;
    HEAP8[$5_1 + 11 | 0] = $6 >>> 24;
    HEAP8[$5_1 + 12 | 0] = $4_1;
    HEAP8[$5_1 + 13 | 0] = $4_1 >>> 8;
    HEAP8[$5_1 + 14 | 0] = $4_1 >>> 16;
    HEAP8[$5_1 + 15 | 0] = $4_1 >>> 24;
    $4_1 = $5_1;
    $5_1 = HEAP32[$3_1 + 3468 >> 2];
    $6 = HEAP32[$3_1 + 3464 >> 2];
    HEAP8[$4_1 + 16 | 0] = $6;
    HEAP8[$4_1 + 17 | 0] = $6 >>> 8;
    HEAP8[$4_1 + 18 | 0] = $6 >>> 16;
    HEAP8[$4_1 + 19 | 0] = $6 >>> 24;
    HEAP8[$4_1 + 20 | 0] = $5_1;
    HEAP8[$4_1 + 21 | 0] = $5_1 >>> 8;
    HEAP8[$4_1 + 22 | 0] = $5_1 >>> 16;
    HEAP8[$4_1 + 23 | 0] = $5_1 >>> 24;
    $5_1 = $4_1;
    $4_1 = HEAP32[$3_1 + 3476 >> 2];
    $6 = HEAP32[$3_1 + 3472 >> 2];
    HEAP8[$5_1 + 24 | 0] = $6;
    HEAP8[$5_1 + 25 | 0] = $6 >>> 8;
    HEAP8[$5_1 + 26 | 0] = $6 >>> 16;
    HEAP8[$5_1 + 27 | 0] = $6 >>> 24;
    HEAP8[$5_1 + 28 | 0] = $4_1;
    HEAP8[$5_1 + 29 | 0] = $4_1 >>> 8;
    HEAP8[$5_1 + 30 | 0] = $4_1 >>> 16;
    HEAP8[$5_1 + 31 | 0] = $4_1 >>> 24;
    $19_1 = $19_1 + 1 | 0;
    if (($19_1 | 0) != 30) {
     continue
    }
    break;
   };
   $5_1 = HEAP32[$3_1 + 3508 >> 2];
   HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3504 >> 2];
   HEAP32[$3_1 + 6652 >> 2] = $5_1;
   $4_1 = HEAP32[$3_1 + 3500 >> 2];
   HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3496 >> 2];
   HEAP32[$3_1 + 6644 >> 2] = $4_1;
   $5_1 = HEAP32[$3_1 + 3492 >> 2];
   HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3488 >> 2];
   HEAP32[$3_1 + 6636 >> 2] = $5_1;
   $4_1 = HEAP32[$3_1 + 3484 >> 2];
   HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3480 >> 2];
   HEAP32[$3_1 + 6628 >> 2] = $4_1;
   $5_1 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 6620 >> 2] = $5_1;
   $4_1 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 6612 >> 2] = $4_1;
   $5_1 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 6604 >> 2] = $5_1;
   $4_1 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 6596 >> 2] = $4_1;
   HEAP32[$3_1 + 3516 >> 2] = 64;
   HEAP32[$3_1 + 3512 >> 2] = $3_1 + 6592;
   $1($3_1 + 3448 | 0, 64, $3_1 + 3512 | 0, 1);
   $5_1 = HEAP32[$3_1 + 3508 >> 2];
   $4_1 = $22;
   $6 = HEAP32[$3_1 + 3504 >> 2];
   HEAP8[$4_1 + 56 | 0] = $6;
   HEAP8[$4_1 + 57 | 0] = $6 >>> 8;
   HEAP8[$4_1 + 58 | 0] = $6 >>> 16;
   HEAP8[$4_1 + 59 | 0] = $6 >>> 24;
   HEAP8[$4_1 + 60 | 0] = $5_1;
   HEAP8[$4_1 + 61 | 0] = $5_1 >>> 8;
   HEAP8[$4_1 + 62 | 0] = $5_1 >>> 16;
   HEAP8[$4_1 + 63 | 0] = $5_1 >>> 24;
   $5_1 = $4_1;
   $4_1 = HEAP32[$3_1 + 3500 >> 2];
   $6 = HEAP32[$3_1 + 3496 >> 2];
   HEAP8[$5_1 + 48 | 0] = $6;
   HEAP8[$5_1 + 49 | 0] = $6 >>> 8;
   HEAP8[$5_1 + 50 | 0] = $6 >>> 16;
   HEAP8[$5_1 + 51 | 0] = $6 >>> 24;
   HEAP8[$5_1 + 52 | 0] = $4_1;
   HEAP8[$5_1 + 53 | 0] = $4_1 >>> 8;
   HEAP8[$5_1 + 54 | 0] = $4_1 >>> 16;
   HEAP8[$5_1 + 55 | 0] = $4_1 >>> 24;
   $4_1 = $5_1;
   $5_1 = HEAP32[$3_1 + 3492 >> 2];
   $6 = HEAP32[$3_1 + 3488 >> 2];
   HEAP8[$4_1 + 40 | 0] = $6;
   HEAP8[$4_1 + 41 | 0] = $6 >>> 8;
   HEAP8[$4_1 + 42 | 0] = $6 >>> 16;
   HEAP8[$4_1 + 43 | 0] = $6 >>> 24;
   HEAP8[$4_1 + 44 | 0] = $5_1;
   HEAP8[$4_1 + 45 | 0] = $5_1 >>> 8;
   HEAP8[$4_1 + 46 | 0] = $5_1 >>> 16;
   HEAP8[$4_1 + 47 | 0] = $5_1 >>> 24;
   $5_1 = $4_1;
   $4_1 = HEAP32[$3_1 + 3484 >> 2];
   $6 = HEAP32[$3_1 + 3480 >> 2];
   HEAP8[$5_1 + 32 | 0] = $6;
   HEAP8[$5_1 + 33 | 0] = $6 >>> 8;
   HEAP8[$5_1 + 34 | 0] = $6 >>> 16;
   HEAP8[$5_1 + 35 | 0] = $6 >>> 24;
   HEAP8[$5_1 + 36 | 0] = $4_1;
   HEAP8[$5_1 + 37 | 0] = $4_1 >>> 8;
   HEAP8[$5_1 + 38 | 0] = $4_1 >>> 16;
   HEAP8[$5_1 + 39 | 0] = $4_1 >>> 24;
   $4_1 = $5_1;
   $5_1 = HEAP32[$3_1 + 3476 >> 2];
   $6 = HEAP32[$3_1 + 3472 >> 2];
   HEAP8[$4_1 + 24 | 0] = $6;
   HEAP8[$4_1 + 25 | 0] = $6 >>> 8;
   HEAP8[$4_1 + 26 | 0] = $6 >>> 16;
   HEAP8[$4_1 + 27 | 0] = $6 >>> 24;
   HEAP8[$4_1 + 28 | 0] = $5_1;
   HEAP8[$4_1 + 29 | 0] = $5_1 >>> 8;
   HEAP8[$4_1 + 30 | 0] = $5_1 >>> 16;
   HEAP8[$4_1 + 31 | 0] = $5_1 >>> 24;
   $5_1 = $4_1;
   $4_1 = HEAP32[$3_1 + 3468 >> 2];
   $6 = HEAP32[$3_1 + 3464 >> 2];
   HEAP8[$5_1 + 16 | 0] = $6;
   HEAP8[$5_1 + 17 | 0] = $6 >>> 8;
   HEAP8[$5_1 + 18 | 0] = $6 >>> 16;
   HEAP8[$5_1 + 19 | 0] = $6 >>> 24;
   HEAP8[$5_1 + 20 | 0] = $4_1;
   HEAP8[$5_1 + 21 | 0] = $4_1 >>> 8;
   HEAP8[$5_1 + 22 | 0] = $4_1 >>> 16;
   HEAP8[$5_1 + 23 | 0] = $4_1 >>> 24;
   $4_1 = $5_1;
   $5_1 = HEAP32[$3_1 + 3460 >> 2];
   $6 = HEAP32[$3_1 + 3456 >> 2];
   HEAP8[$4_1 + 8 | 0] = $6;
   HEAP8[$4_1 + 9 | 0] = $6 >>> 8;
   HEAP8[$4_1 + 10 | 0] = $6 >>> 16;
   HEAP8[$4_1 + 11 | 0] = $6 >>> 24;
   HEAP8[$4_1 + 12 | 0] = $5_1;
   HEAP8[$4_1 + 13 | 0] = $5_1 >>> 8;
   HEAP8[$4_1 + 14 | 0] = $5_1 >>> 16;
   HEAP8[$4_1 + 15 | 0] = $5_1 >>> 24;
   $5_1 = $4_1;
   $4_1 = HEAP32[$3_1 + 3452 >> 2];
   $6 = HEAP32[$3_1 + 3448 >> 2];
   HEAP8[$5_1 | 0] = $6;
   HEAP8[$5_1 + 1 | 0] = $6 >>> 8;
   HEAP8[$5_1 + 2 | 0] = $6 >>> 16;
   HEAP8[$5_1 + 3 | 0] = $6 >>> 24;
   HEAP8[$5_1 + 4 | 0] = $4_1;
   HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
   HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
   HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
   $9 = HEAP32[4997154];
   while (1) {
    $8 = ($9 + $3_1 | 0) + 4544 | 0;
    $4_1 = $8;
    $6 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
    $5_1 = HEAPU8[$4_1 + 4 | 0] | HEAPU8[$4_1 + 5 | 0] << 8 | (HEAPU8[$4_1 + 6 | 0] << 16 | HEAPU8[$4_1 + 7 | 0] << 24);
    $4_1 = HEAP32[4997156] + $9 | 0;
    HEAP32[$4_1 >> 2] = $6;
    HEAP32[$4_1 + 4 >> 2] = $5_1;
    $9 = $9 + 8 | 0;
    if ($9) {
     continue
    }
    break;
   };
   $47_1 = $3_1 + 992 | 0;
   $48_1 = $3_1 + 4416 | 0;
   $49 = $3_1 + 864 | 0;
   $31 = $3_1 + 4288 | 0;
   $32 = $3_1 + 736 | 0;
   $36_1 = $3_1 + 4160 | 0;
   $41_1 = $3_1 + 608 | 0;
   $44_1 = $3_1 + 4032 | 0;
   $42_1 = $3_1 + 480 | 0;
   $38_1 = $3_1 + 3904 | 0;
   $46_1 = $3_1 + 352 | 0;
   $50_1 = $3_1 + 3776 | 0;
   $39_1 = $3_1 + 224 | 0;
   $40_1 = $3_1 + 3648 | 0;
   while (1) {
    $45_1 = HEAP32[4997157];
    $37_1 = 0;
    $29_1 = 0;
    while (1) {
     $17 = $29_1;
     $6 = $17;
     $13 = $37_1;
     $10_1 = 1;
     $7 = $13 + $10_1 | 0;
     $37_1 = $7;
     $6 = $7 >>> 0 < $10_1 >>> 0 ? $6 + 1 | 0 : $6;
     $29_1 = $6;
     $5_1 = $7;
     $10_1 = 12;
     $4_1 = 12;
     if (($10_1 & 63) >>> 0 >= 32) {
      $8 = $5_1 << $4_1;
      $7 = 0;
     } else {
      $8 = (1 << $4_1) - 1 & $5_1 >>> 32 - $4_1 | $6 << $4_1;
      $7 = $5_1 << $4_1;
     }
     $4_1 = !$17 & ($13 | 0) == 3;
     $5_1 = $4_1 ? 0 : $7;
     $10_1 = $4_1 ? 0 : $8;
     $8 = $43_1;
     $28 = $8 ? $5_1 : 0;
     $33 = $8 ? $10_1 : 0;
     $5_1 = !($13 | $17);
     $6 = $8;
     $14 = $6 ? 0 : $5_1 ? 2 : 0;
     $4_1 = $14;
     $16 = 0;
     $30_1 = ($4_1 << 10) + $45_1 | 0;
     $5_1 = $17;
     $6 = $13;
     $8 = 12;
     $10_1 = 12;
     if (($8 & 63) >>> 0 >= 32) {
      $4_1 = $6 << $10_1;
      $27_1 = 0;
     } else {
      $4_1 = (1 << $10_1) - 1 & $6 >>> 32 - $10_1 | $5_1 << $10_1;
      $27_1 = $6 << $10_1;
     }
     $34_1 = $4_1;
     while (1) {
      $9 = HEAP32[4997154];
      $7 = $16 + $34_1 | 0;
      $8 = $27_1;
      $10_1 = $8 + $14 | 0;
      $13 = $10_1;
      $7 = $8 >>> 0 > $10_1 >>> 0 ? $7 + 1 | 0 : $7;
      $17 = $7;
      $11 = $7 | $10_1 ? HEAP32[4997154] + ($10_1 << 10) | 0 : HEAP32[4997158];
      $23 = HEAP32[$11 + 3155456 >> 2];
      $25 = 0;
      wasm2js_memory_fill($3_1 + 96 | 0, 0, 1024);
      $10_1 = $16;
      $8 = 12286;
      $6 = $8 + $14 | 0;
      $12_1 = $6;
      $4_1 = $6 >>> 0 < $8 >>> 0 ? $10_1 + 1 | 0 : $10_1;
      $5_1 = 19988640;
      $8 = HEAP32[$5_1 >> 2];
      $6 = HEAP32[$5_1 + 4 >> 2] + $7 | 0;
      $7 = $8 + $13 | 0;
      $6 = $7 >>> 0 < $8 >>> 0 ? $6 + 1 | 0 : $6;
      $10_1 = $43_1;
      $5_1 = $10_1 ? $12_1 : $7;
      $7 = $33 + ($10_1 ? $4_1 : $6) | 0;
      $6 = $28;
      $5_1 = $6 + $5_1 | 0;
      $22 = $5_1;
      $7 = $25;
      $4_1 = __wasm_i64_mul($23, $7, $23, $7);
      $7 = i64toi32_i32$HIGH_BITS;
      $6 = 32;
      $8 = 0;
      if (($6 & 63) >>> 0 >= 32) {
       $10_1 = 0;
       $23 = $7 >>> $8 | 0;
      } else {
       $10_1 = $7 >>> $8 | 0;
       $23 = ((1 << $8) - 1 & $7) << 32 - $8 | $4_1 >>> $8;
      }
      $12_1 = $10_1;
      $5_1 = $16;
      $6 = 12287;
      $8 = $6 + $14 | 0;
      $5_1 = $8 >>> 0 < $6 >>> 0 ? $5_1 + 1 | 0 : $5_1;
      $25 = $8;
      $7 = $5_1;
      $10_1 = 19988648;
      $6 = HEAP32[$10_1 >> 2];
      $8 = $17 + HEAP32[$10_1 + 4 >> 2] | 0;
      $4_1 = $6 + $13 | 0;
      $8 = $6 >>> 0 > $4_1 >>> 0 ? $8 + 1 | 0 : $8;
      $5_1 = $43_1;
      $4_1 = __wasm_i64_mul($23, $12_1, $5_1 ? $25 : $4_1, $5_1 ? $7 : $8);
      $7 = i64toi32_i32$HIGH_BITS;
      $5_1 = $4_1;
      $8 = 32;
      $10_1 = 0;
      if (($8 & 63) >>> 0 >= 32) {
       $8 = $7 >>> $10_1 | 0
      } else {
       $8 = ((1 << $10_1) - 1 & $7) << 32 - $10_1 | $5_1 >>> $10_1
      }
      $4_1 = $22 - $8 | 0;
      $19_1 = HEAP32[4997157] + (HEAP32[4997158] & $4_1 << 10) | 0;
      $22 = HEAP32[4997157] + $11 | 0;
      while (1) {
       $12_1 = $9 + $19_1 | 0;
       $6 = $12_1 + 1024 | 0;
       $5_1 = HEAP32[$6 >> 2];
       $4_1 = HEAP32[$6 + 4 >> 2];
       $15 = $9 + $22 | 0;
       $6 = $15 + 1024 | 0;
       $8 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       $11 = $9 + ($3_1 + 96 | 0) | 0;
       $6 = $11 + 1024 | 0;
       HEAP32[$6 >> 2] = $5_1 ^ $8;
       HEAP32[$6 + 4 >> 2] = $4_1 ^ $7;
       $4_1 = $12_1 + 1032 | 0;
       $5_1 = HEAP32[$4_1 >> 2];
       $7 = HEAP32[$4_1 + 4 >> 2];
       $4_1 = $15 + 1032 | 0;
       $8 = HEAP32[$4_1 >> 2];
       $6 = HEAP32[$4_1 + 4 >> 2];
       $4_1 = $11 + 1032 | 0;
       HEAP32[$4_1 >> 2] = $5_1 ^ $8;
       HEAP32[$4_1 + 4 >> 2] = $6 ^ $7;
       $9 = $9 + 16 | 0;
       if ($9) {
        continue
       }
       break;
      };
      wasm2js_memory_copy($3_1 + 3168 | 0, $3_1 + 96 | 0, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($3_1 + 3520 | 0, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $39_1, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($40_1, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $46_1, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($50_1, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $42_1, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($38_1, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $41_1, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($44_1, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $32, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($36_1, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $49, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($31, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $47_1, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($48_1, $3_1 + 3168 | 0, 128);
      $11 = 0;
      while (1) {
       $9 = $11 + ($3_1 + 3520 | 0) | 0;
       $7 = $9;
       $6 = HEAP32[$7 >> 2];
       $4_1 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3168 >> 2] = $6;
       HEAP32[$3_1 + 3172 >> 2] = $4_1;
       $12_1 = $7 + 8 | 0;
       $7 = $12_1;
       $4_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3176 >> 2] = $4_1;
       HEAP32[$3_1 + 3180 >> 2] = $6;
       $15 = $9 + 128 | 0;
       $7 = $15;
       $6 = HEAP32[$7 >> 2];
       $4_1 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3184 >> 2] = $6;
       HEAP32[$3_1 + 3188 >> 2] = $4_1;
       $19_1 = $9 + 136 | 0;
       $7 = $19_1;
       $4_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3192 >> 2] = $4_1;
       HEAP32[$3_1 + 3196 >> 2] = $6;
       $22 = $9 + 256 | 0;
       $7 = $22;
       $6 = HEAP32[$7 >> 2];
       $4_1 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3200 >> 2] = $6;
       HEAP32[$3_1 + 3204 >> 2] = $4_1;
       $20_1 = $9 + 264 | 0;
       $7 = $20_1;
       $4_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3208 >> 2] = $4_1;
       HEAP32[$3_1 + 3212 >> 2] = $6;
       $21 = $9 + 384 | 0;
       $7 = $21;
       $6 = HEAP32[$7 >> 2];
       $4_1 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3216 >> 2] = $6;
       HEAP32[$3_1 + 3220 >> 2] = $4_1;
       $18 = $9 + 392 | 0;
       $7 = $18;
       $4_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3224 >> 2] = $4_1;
       HEAP32[$3_1 + 3228 >> 2] = $6;
       $24_1 = $9 + 512 | 0;
       $7 = $24_1;
       $6 = HEAP32[$7 >> 2];
       $4_1 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3232 >> 2] = $6;
       HEAP32[$3_1 + 3236 >> 2] = $4_1;
       $26 = $9 + 520 | 0;
       $7 = $26;
       $4_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3240 >> 2] = $4_1;
       HEAP32[$3_1 + 3244 >> 2] = $6;
       $10_1 = $9 + 640 | 0;
       $7 = $10_1;
       $6 = HEAP32[$7 >> 2];
       $4_1 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3248 >> 2] = $6;
       HEAP32[$3_1 + 3252 >> 2] = $4_1;
       $8 = $9 + 648 | 0;
       $7 = $8;
       $4_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3256 >> 2] = $4_1;
       HEAP32[$3_1 + 3260 >> 2] = $6;
       $5_1 = $9 + 768 | 0;
       $6 = HEAP32[$5_1 >> 2];
       $4_1 = HEAP32[$5_1 + 4 >> 2];
       HEAP32[$3_1 + 3264 >> 2] = $6;
       HEAP32[$3_1 + 3268 >> 2] = $4_1;
       $17 = $9 + 776 | 0;
       $7 = $17;
       $4_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3272 >> 2] = $4_1;
       HEAP32[$3_1 + 3276 >> 2] = $6;
       $13 = $9 + 896 | 0;
       $7 = $13;
       $6 = HEAP32[$7 >> 2];
       $4_1 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3280 >> 2] = $6;
       HEAP32[$3_1 + 3284 >> 2] = $4_1;
       $7 = $9 + 904 | 0;
       $4_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 3288 >> 2] = $4_1;
       HEAP32[$3_1 + 3292 >> 2] = $6;
       $2($3_1 + 3168 | 0);
       $4_1 = HEAP32[$3_1 + 3172 >> 2];
       $6 = $9;
       HEAP32[$6 >> 2] = HEAP32[$3_1 + 3168 >> 2];
       HEAP32[$6 + 4 >> 2] = $4_1;
       $6 = HEAP32[$3_1 + 3180 >> 2];
       $4_1 = $12_1;
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3176 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $6;
       $4_1 = HEAP32[$3_1 + 3188 >> 2];
       $6 = $15;
       HEAP32[$6 >> 2] = HEAP32[$3_1 + 3184 >> 2];
       HEAP32[$6 + 4 >> 2] = $4_1;
       $6 = HEAP32[$3_1 + 3196 >> 2];
       $4_1 = $19_1;
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3192 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $6;
       $4_1 = HEAP32[$3_1 + 3204 >> 2];
       $6 = $22;
       HEAP32[$6 >> 2] = HEAP32[$3_1 + 3200 >> 2];
       HEAP32[$6 + 4 >> 2] = $4_1;
       $6 = HEAP32[$3_1 + 3212 >> 2];
       $4_1 = $20_1;
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3208 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $6;
       $4_1 = HEAP32[$3_1 + 3220 >> 2];
       $6 = $21;
       HEAP32[$6 >> 2] = HEAP32[$3_1 + 3216 >> 2];
       HEAP32[$6 + 4 >> 2] = $4_1;
       $6 = HEAP32[$3_1 + 3228 >> 2];
       $4_1 = $18;
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3224 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $6;
       $4_1 = HEAP32[$3_1 + 3236 >> 2];
       $6 = $24_1;
       HEAP32[$6 >> 2] = HEAP32[$3_1 + 3232 >> 2];
       HEAP32[$6 + 4 >> 2] = $4_1;
       $6 = HEAP32[$3_1 + 3244 >> 2];
       $4_1 = $26;
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3240 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $6;
       $4_1 = HEAP32[$3_1 + 3252 >> 2];
       $6 = $10_1;
       HEAP32[$6 >> 2] = HEAP32[$3_1 + 3248 >> 2];
       HEAP32[$6 + 4 >> 2] = $4_1;
       $6 = HEAP32[$3_1 + 3260 >> 2];
       $4_1 = $8;
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3256 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $6;
       $4_1 = HEAP32[$3_1 + 3268 >> 2];
       HEAP32[$5_1 >> 2] = HEAP32[$3_1 + 3264 >> 2];
       HEAP32[$5_1 + 4 >> 2] = $4_1;
       $6 = HEAP32[$3_1 + 3276 >> 2];
       $4_1 = $17;
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3272 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $6;
       $4_1 = HEAP32[$3_1 + 3284 >> 2];
       $6 = $13;
       HEAP32[$6 >> 2] = HEAP32[$3_1 + 3280 >> 2];
       HEAP32[$6 + 4 >> 2] = $4_1;
       $6 = HEAP32[$3_1 + 3292 >> 2];
       $4_1 = $7;
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3288 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $6;
       $11 = $11 + 16 | 0;
       if (($11 | 0) != 128) {
        continue
       }
       break;
      };
      $9 = 0;
      while (1) {
       $12_1 = $9 + ($3_1 + 96 | 0) | 0;
       $7 = $12_1;
       $5_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       $15 = $9 + ($3_1 + 3520 | 0) | 0;
       $7 = $15;
       $5_1 = $5_1 ^ HEAP32[$7 >> 2];
       $7 = $6 ^ HEAP32[$7 + 4 >> 2];
       $11 = $9 + $30_1 | 0;
       $6 = $11;
       $8 = HEAP32[$6 >> 2];
       $4_1 = HEAP32[$6 + 4 >> 2];
       HEAP32[$6 >> 2] = $5_1 ^ $8;
       HEAP32[$6 + 4 >> 2] = $4_1 ^ $7;
       $7 = $12_1 + 8 | 0;
       $5_1 = HEAP32[$7 >> 2];
       $4_1 = HEAP32[$7 + 4 >> 2];
       $7 = $15 + 8 | 0;
       $5_1 = $5_1 ^ HEAP32[$7 >> 2];
       $7 = HEAP32[$7 + 4 >> 2] ^ $4_1;
       $11 = $6 + 8 | 0;
       $4_1 = $11;
       $8 = HEAP32[$4_1 >> 2];
       $6 = HEAP32[$4_1 + 4 >> 2];
       HEAP32[$4_1 >> 2] = $5_1 ^ $8;
       HEAP32[$4_1 + 4 >> 2] = $6 ^ $7;
       $9 = $9 + 16 | 0;
       if (($9 | 0) != 1024) {
        continue
       }
       break;
      };
      $30_1 = $30_1 + 1024 | 0;
      $10_1 = $16;
      $8 = 1;
      $5_1 = $14 + $8 | 0;
      $10_1 = $5_1 >>> 0 < $8 >>> 0 ? $10_1 + 1 | 0 : $10_1;
      $14 = $5_1;
      $16 = $10_1;
      if (($5_1 | 0) != 4096 | $10_1) {
       continue
      }
      break;
     };
     $45_1 = HEAP32[4997164] + $45_1 | 0;
     if (($37_1 | 0) != 4 | $29_1) {
      continue
     }
     break;
    };
    $43_1 = $43_1 + 1 | 0;
    if (($43_1 | 0) != 3) {
     continue
    }
    break;
   };
   $7 = 0;
   $4_1 = $7;
   $4_1 = HEAPU8[$4_1 + 1052080 | 0] | HEAPU8[$4_1 + 1052081 | 0] << 8 | (HEAPU8[$4_1 + 1052082 | 0] << 16 | HEAPU8[$4_1 + 1052083 | 0] << 24);
   $6 = HEAPU8[$7 + 1052084 | 0] | HEAPU8[$7 + 1052085 | 0] << 8 | (HEAPU8[$7 + 1052086 | 0] << 16 | HEAPU8[$7 + 1052087 | 0] << 24);
   HEAP32[$3_1 + 3536 >> 2] = $4_1;
   HEAP32[$3_1 + 3540 >> 2] = $6;
   $4_1 = 0;
   $4_1 = HEAPU8[$4_1 + 1052085 | 0] | HEAPU8[$4_1 + 1052086 | 0] << 8 | (HEAPU8[$4_1 + 1052087 | 0] << 16 | HEAPU8[$4_1 + 1052088 | 0] << 24);
   $8 = HEAPU8[$7 + 1052089 | 0] | HEAPU8[$7 + 1052090 | 0] << 8 | (HEAPU8[$7 + 1052091 | 0] << 16 | HEAPU8[$7 + 1052092 | 0] << 24);
   HEAP8[$3_1 + 3541 | 0] = $4_1;
   HEAP8[$3_1 + 3542 | 0] = $4_1 >>> 8;
   HEAP8[$3_1 + 3543 | 0] = $4_1 >>> 16;
   HEAP8[$3_1 + 3544 | 0] = $4_1 >>> 24;
   HEAP8[$3_1 + 3545 | 0] = $8;
   HEAP8[$3_1 + 3546 | 0] = $8 >>> 8;
   HEAP8[$3_1 + 3547 | 0] = $8 >>> 16;
   HEAP8[$3_1 + 3548 | 0] = $8 >>> 24;
   HEAP8[$3_1 + 3549 | 0] = 0;
   HEAP8[$3_1 + 3550 | 0] = 0;
   HEAP8[$3_1 + 3551 | 0] = 0;
   HEAP8[$3_1 + 3552 | 0] = 0;
   $4_1 = 0;
   HEAP8[$3_1 + 3553 | 0] = $4_1;
   HEAP8[$3_1 + 3554 | 0] = $4_1 >>> 8;
   HEAP8[$3_1 + 3555 | 0] = $4_1 >>> 16;
   HEAP8[$3_1 + 3556 | 0] = $4_1 >>> 24;
   HEAP8[$3_1 + 3557 | 0] = 0;
   HEAP8[$3_1 + 3558 | 0] = 0;
   HEAP8[$3_1 + 3559 | 0] = 0;
   HEAP8[$3_1 + 3560 | 0] = 0;
   HEAP8[$3_1 + 3561 | 0] = 0;
   HEAP8[$3_1 + 3562 | 0] = $4_1 >>> 8;
   HEAP8[$3_1 + 3563 | 0] = $4_1 >>> 16;
   HEAP8[$3_1 + 3564 | 0] = $4_1 >>> 24;
   HEAP8[$3_1 + 3565 | 0] = 0;
   HEAP8[$3_1 + 3566 | 0] = 0;
   HEAP8[$3_1 + 3567 | 0] = 0;
   HEAP8[$3_1 + 3568 | 0] = 0;
   HEAP8[$3_1 + 3569 | 0] = 0;
   HEAP8[$3_1 + 3570 | 0] = $4_1 >>> 8;
   HEAP8[$3_1 + 3571 | 0] = $4_1 >>> 16;
   HEAP8[$3_1 + 3572 | 0] = $4_1 >>> 24;
   HEAP8[$3_1 + 3572 | 0] = 0;
   HEAP8[$3_1 + 3573 | 0] = 0;
   HEAP8[$3_1 + 3574 | 0] = 0;
   HEAP8[$3_1 + 3575 | 0] = 0;
   HEAP8[$3_1 + 3576 | 0] = 0;
   HEAP8[$3_1 + 3577 | 0] = $4_1 >>> 8;
   HEAP8[$3_1 + 3578 | 0] = $4_1 >>> 16;
   HEAP8[$3_1 + 3579 | 0] = $4_1 >>> 24;
   $14 = HEAPU8[0 + 1052064 | 0] | HEAPU8[$4_1 + 1052065 | 0] << 8 | (HEAPU8[$4_1 + 1052066 | 0] << 16 | HEAPU8[$4_1 + 1052067 | 0] << 24);
   $4_1 = $14;
   $6 = HEAPU8[$7 + 1052068 | 0] | HEAPU8[$7 + 1052069 | 0] << 8 | (HEAPU8[$7 + 1052070 | 0] << 16 | HEAPU8[$7 + 1052071 | 0] << 24);
   HEAP32[$3_1 + 3168 >> 2] = $4_1;
   HEAP32[$3_1 + 3172 >> 2] = $6;
   $4_1 = 0;
   $13 = HEAPU8[$4_1 + 1052072 | 0] | HEAPU8[$4_1 + 1052073 | 0] << 8 | (HEAPU8[$4_1 + 1052074 | 0] << 16 | HEAPU8[$4_1 + 1052075 | 0] << 24);
   $4_1 = $13;
   $8 = HEAPU8[$7 + 1052076 | 0] | HEAPU8[$7 + 1052077 | 0] << 8 | (HEAPU8[$7 + 1052078 | 0] << 16 | HEAPU8[$7 + 1052079 | 0] << 24);
   $17 = $8;
   HEAP32[$3_1 + 3176 >> 2] = $4_1;
   HEAP32[$3_1 + 3180 >> 2] = $8;
   HEAP32[$3_1 + 3520 >> 2] = $14;
   HEAP32[$3_1 + 3524 >> 2] = $6;
   HEAP32[$3_1 + 3528 >> 2] = $4_1;
   HEAP32[$3_1 + 3532 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3540 >> 2];
   HEAP32[$3_1 + 3184 >> 2] = HEAP32[$3_1 + 3536 >> 2];
   HEAP32[$3_1 + 3188 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3548 >> 2];
   HEAP32[$3_1 + 3192 >> 2] = HEAP32[$3_1 + 3544 >> 2];
   HEAP32[$3_1 + 3196 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3556 >> 2];
   HEAP32[$3_1 + 3200 >> 2] = HEAP32[$3_1 + 3552 >> 2];
   HEAP32[$3_1 + 3204 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3564 >> 2];
   HEAP32[$3_1 + 3208 >> 2] = HEAP32[$3_1 + 3560 >> 2];
   HEAP32[$3_1 + 3212 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3572 >> 2];
   HEAP32[$3_1 + 3216 >> 2] = HEAP32[$3_1 + 3568 >> 2];
   HEAP32[$3_1 + 3220 >> 2] = $6;
   HEAP32[$3_1 + 3224 >> 2] = HEAP32[$3_1 + 3576 >> 2];
   HEAP32[$3_1 + 3228 >> 2] = 0;
   $12_1 = 64;
   $18 = 0;
   while (1) {
    $15 = $18;
    $11 = HEAP32[4997165];
    while (1) {
     $7 = 19988664;
     $4_1 = HEAP32[$7 >> 2];
     $8 = HEAP32[$7 + 4 >> 2];
     $9 = $11 + ($3_1 + 3520 | 0) | 0;
     $6 = $9 + 3160 | 0;
     HEAP32[$6 >> 2] = $4_1;
     HEAP32[$6 + 4 >> 2] = $8;
     HEAP32[$9 + 3144 >> 2] = 0;
     $4_1 = HEAP32[4997166];
     $6 = HEAP32[$7 + 4 >> 2];
     $8 = $9 + 3136 | 0;
     HEAP32[$8 >> 2] = $4_1;
     HEAP32[$8 + 4 >> 2] = $6;
     HEAP32[$9 + 3120 >> 2] = 0;
     $4_1 = HEAP32[4997166];
     $8 = HEAP32[$7 + 4 >> 2];
     $6 = $9 + 3112 | 0;
     HEAP32[$6 >> 2] = $4_1;
     HEAP32[$6 + 4 >> 2] = $8;
     HEAP32[$9 + 3096 >> 2] = 0;
     $4_1 = HEAP32[4997166];
     $6 = HEAP32[$7 + 4 >> 2];
     $8 = $9 + 3088 | 0;
     HEAP32[$8 >> 2] = $4_1;
     HEAP32[$8 + 4 >> 2] = $6;
     HEAP32[$9 + 3072 >> 2] = 0;
     $11 = $11 + 96 | 0;
     if ($11) {
      continue
     }
     break;
    };
    HEAP32[$3_1 + 3448 >> 2] = 0;
    HEAP32[$3_1 + 3452 >> 2] = 0;
    $18 = $15 + 3080 | 0;
    $24_1 = HEAP32[4997168] + $15 | 0;
    $9 = 0;
    $11 = $12_1;
    while (1) {
     $22 = $9;
     block19 : {
      block15 : {
       block11 : {
        if (HEAPU32[4997170] >= HEAP32[4997169] + $11 >>> 0) {
         $8 = HEAP32[$3_1 + 3228 >> 2];
         HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3224 >> 2];
         HEAP32[$3_1 + 6652 >> 2] = $8;
         $6 = HEAP32[$3_1 + 3220 >> 2];
         HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3216 >> 2];
         HEAP32[$3_1 + 6644 >> 2] = $6;
         $8 = HEAP32[$3_1 + 3212 >> 2];
         HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3208 >> 2];
         HEAP32[$3_1 + 6636 >> 2] = $8;
         $6 = HEAP32[$3_1 + 3204 >> 2];
         HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3200 >> 2];
         HEAP32[$3_1 + 6628 >> 2] = $6;
         $8 = HEAP32[$3_1 + 3196 >> 2];
         HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3192 >> 2];
         HEAP32[$3_1 + 6620 >> 2] = $8;
         $6 = HEAP32[$3_1 + 3188 >> 2];
         HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3184 >> 2];
         HEAP32[$3_1 + 6612 >> 2] = $6;
         $8 = HEAP32[$3_1 + 3180 >> 2];
         HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3176 >> 2];
         HEAP32[$3_1 + 6604 >> 2] = $8;
         $6 = HEAP32[$3_1 + 3172 >> 2];
         HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3168 >> 2];
         HEAP32[$3_1 + 6596 >> 2] = $6;
         $7 = 19988608;
         $4_1 = HEAP32[$7 >> 2];
         $8 = HEAP32[$7 + 4 >> 2];
         HEAP32[$3_1 + 6656 >> 2] = $4_1;
         HEAP32[$3_1 + 6660 >> 2] = $8;
         $12_1 = 0;
         $7 = 0;
         $4_1 = HEAP32[$7 + 1049032 >> 2];
         $6 = HEAP32[$7 + 1049036 >> 2];
         HEAP32[$3_1 + 6712 >> 2] = $4_1;
         HEAP32[$3_1 + 6716 >> 2] = $6;
         $4_1 = HEAP32[0 + 1049024 >> 2];
         $8 = HEAP32[$7 + 1049028 >> 2];
         HEAP32[$3_1 + 6704 >> 2] = $4_1;
         HEAP32[$3_1 + 6708 >> 2] = $8;
         $4_1 = HEAP32[0 + 1049016 >> 2];
         $6 = HEAP32[$7 + 1049020 >> 2];
         HEAP32[$3_1 + 6696 >> 2] = $4_1;
         HEAP32[$3_1 + 6700 >> 2] = $6;
         $4_1 = HEAP32[0 + 1049008 >> 2];
         $8 = HEAP32[$7 + 1049012 >> 2];
         HEAP32[$3_1 + 6688 >> 2] = $4_1;
         HEAP32[$3_1 + 6692 >> 2] = $8;
         $4_1 = HEAP32[0 + 1049e3 >> 2];
         $6 = HEAP32[$7 + 1049004 >> 2];
         HEAP32[$3_1 + 6680 >> 2] = $4_1;
         HEAP32[$3_1 + 6684 >> 2] = $6;
         $4_1 = HEAP32[0 + 1048992 >> 2];
         $8 = HEAP32[$7 + 1048996 >> 2];
         HEAP32[$3_1 + 6672 >> 2] = $4_1;
         HEAP32[$3_1 + 6676 >> 2] = $8;
         $4_1 = HEAP32[0 + 1048984 >> 2];
         $6 = HEAP32[$7 + 1048988 >> 2];
         HEAP32[$3_1 + 6664 >> 2] = $4_1;
         HEAP32[$3_1 + 6668 >> 2] = $6;
         wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
         $14 = 0;
         $16 = 0;
         $9 = 0;
         while (1) {
          $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
          block9 : {
           if (($12_1 | 0) != 128) {
            $11 = $12_1;
            break block9;
           }
           $11 = 0;
           $5_1 = $16;
           $10_1 = 128;
           $4_1 = $14 + $10_1 | 0;
           $5_1 = $4_1 >>> 0 < $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
           $14 = $4_1;
           $16 = $5_1;
           $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $4_1, $5_1, 0);
          }
          HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
          $12_1 = $11 + 1 | 0;
          $9 = $9 + 1 | 0;
          if (($9 | 0) != 64) {
           continue
          }
          break;
         };
         $9 = 0;
         $11 = $11 ^ 127;
         if ($11) {
          wasm2js_memory_fill($12_1 + ($3_1 + 96 | 0) | 0, 0, $11)
         }
         $4_1 = $16;
         $10_1 = $12_1;
         $8 = $14 + $10_1 | 0;
         $4_1 = $8 >>> 0 < $10_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
         $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $8, $4_1, 1);
         $11 = 8;
         while (1) {
          $5_1 = ($3_1 + 6656 | 0) + (HEAP32[4997142] & $9) | 0;
          $14 = HEAP32[$5_1 >> 2];
          $7 = $14;
          $16 = HEAP32[$5_1 + 4 >> 2];
          $6 = $16;
          $5_1 = $7;
          $10_1 = $11 & 56;
          $7 = $10_1 & 31;
          $12_1 = $9 + ($3_1 + 3168 | 0) | 0;
          $8 = $12_1 + 1 | 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 >>> $7 | 0
          } else {
           $4_1 = ((1 << $7) - 1 & $6) << 32 - $7 | $5_1 >>> $7
          }
          HEAP8[$8 | 0] = $4_1;
          $4_1 = $16;
          $6 = $14;
          $10_1 = HEAP32[4997142] + $11 & 48;
          $7 = $10_1 & 31;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $4_1 >>> $7 | 0
          } else {
           $4_1 = ((1 << $7) - 1 & $4_1) << 32 - $7 | $6 >>> $7
          }
          HEAP8[$12_1 | 0] = $4_1;
          $11 = $11 + 16 | 0;
          $9 = $9 + 2 | 0;
          if (($9 | 0) != 64) {
           continue
          }
          break;
         };
         $20_1 = HEAPU8[$3_1 + 3168 | 0] & 63;
         $9 = 1;
         break block11;
        }
        $9 = $11 + 1 | 0;
        HEAP32[$3_1 + 3232 >> 2] = $9;
        $20_1 = HEAPU8[$11 + ($3_1 + 3168 | 0) | 0] & 63;
        if (($11 | 0) != 63) {
         break block11
        }
        $6 = HEAP32[$3_1 + 3228 >> 2];
        HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3224 >> 2];
        HEAP32[$3_1 + 6652 >> 2] = $6;
        $5_1 = HEAP32[$3_1 + 3220 >> 2];
        HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3216 >> 2];
        HEAP32[$3_1 + 6644 >> 2] = $5_1;
        $6 = HEAP32[$3_1 + 3212 >> 2];
        HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3208 >> 2];
        HEAP32[$3_1 + 6636 >> 2] = $6;
        $5_1 = HEAP32[$3_1 + 3204 >> 2];
        HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3200 >> 2];
        HEAP32[$3_1 + 6628 >> 2] = $5_1;
        $6 = HEAP32[$3_1 + 3196 >> 2];
        HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3192 >> 2];
        HEAP32[$3_1 + 6620 >> 2] = $6;
        $5_1 = HEAP32[$3_1 + 3188 >> 2];
        HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3184 >> 2];
        HEAP32[$3_1 + 6612 >> 2] = $5_1;
        $6 = HEAP32[$3_1 + 3180 >> 2];
        HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3176 >> 2];
        HEAP32[$3_1 + 6604 >> 2] = $6;
        $5_1 = HEAP32[$3_1 + 3172 >> 2];
        HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3168 >> 2];
        HEAP32[$3_1 + 6596 >> 2] = $5_1;
        $4_1 = 19988608;
        $5_1 = HEAP32[$4_1 >> 2];
        $6 = HEAP32[$4_1 + 4 >> 2];
        HEAP32[$3_1 + 6656 >> 2] = $5_1;
        HEAP32[$3_1 + 6660 >> 2] = $6;
        $12_1 = 0;
        $4_1 = 0;
        $6 = HEAP32[$4_1 + 1049032 >> 2];
        $5_1 = HEAP32[$4_1 + 1049036 >> 2];
        HEAP32[$3_1 + 6712 >> 2] = $6;
        HEAP32[$3_1 + 6716 >> 2] = $5_1;
        $5_1 = HEAP32[0 + 1049024 >> 2];
        $6 = HEAP32[$4_1 + 1049028 >> 2];
        HEAP32[$3_1 + 6704 >> 2] = $5_1;
        HEAP32[$3_1 + 6708 >> 2] = $6;
        $6 = HEAP32[0 + 1049016 >> 2];
        $5_1 = HEAP32[$4_1 + 1049020 >> 2];
        HEAP32[$3_1 + 6696 >> 2] = $6;
        HEAP32[$3_1 + 6700 >> 2] = $5_1;
        $5_1 = HEAP32[0 + 1049008 >> 2];
        $6 = HEAP32[$4_1 + 1049012 >> 2];
        HEAP32[$3_1 + 6688 >> 2] = $5_1;
        HEAP32[$3_1 + 6692 >> 2] = $6;
        $6 = HEAP32[0 + 1049e3 >> 2];
        $5_1 = HEAP32[$4_1 + 1049004 >> 2];
        HEAP32[$3_1 + 6680 >> 2] = $6;
        HEAP32[$3_1 + 6684 >> 2] = $5_1;
        $5_1 = HEAP32[0 + 1048992 >> 2];
        $6 = HEAP32[$4_1 + 1048996 >> 2];
        HEAP32[$3_1 + 6672 >> 2] = $5_1;
        HEAP32[$3_1 + 6676 >> 2] = $6;
        $6 = HEAP32[0 + 1048984 >> 2];
        $5_1 = HEAP32[$4_1 + 1048988 >> 2];
        HEAP32[$3_1 + 6664 >> 2] = $6;
        HEAP32[$3_1 + 6668 >> 2] = $5_1;
        wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
        $14 = 0;
        $16 = 0;
        $9 = 0;
        while (1) {
         $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
         block13 : {
          if (($12_1 | 0) != 128) {
           $11 = $12_1;
           break block13;
          }
          $11 = 0;
          $8 = $16;
          $10_1 = 128;
          $7 = $10_1 + $14 | 0;
          $14 = $7;
          $16 = $7 >>> 0 < $10_1 >>> 0 ? $8 + 1 | 0 : $8;
          $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $7, $16, 0);
         }
         HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
         $12_1 = $11 + 1 | 0;
         $9 = $9 + 1 | 0;
         if (($9 | 0) != 64) {
          continue
         }
         break;
        };
        $9 = 0;
        $11 = $11 ^ 127;
        if ($11) {
         wasm2js_memory_fill($12_1 + ($3_1 + 96 | 0) | 0, 0, $11)
        }
        $7 = $16;
        $10_1 = $12_1;
        $6 = $10_1 + $14 | 0;
        $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $6, $6 >>> 0 < $10_1 >>> 0 ? $7 + 1 | 0 : $7, 1);
        $11 = 8;
        while (1) {
         $8 = ($3_1 + 6656 | 0) + (HEAP32[4997142] & $9) | 0;
         $14 = HEAP32[$8 >> 2];
         $4_1 = $14;
         $16 = HEAP32[$8 + 4 >> 2];
         $5_1 = $16;
         $8 = $4_1;
         $10_1 = $11 & 56;
         $4_1 = $10_1 & 31;
         $12_1 = $9 + ($3_1 + 3168 | 0) | 0;
         $7 = $12_1 + 1 | 0;
         if (($10_1 & 63) >>> 0 >= 32) {
          $4_1 = $5_1 >>> $4_1 | 0
         } else {
          $4_1 = ((1 << $4_1) - 1 & $5_1) << 32 - $4_1 | $8 >>> $4_1
         }
         HEAP8[$7 | 0] = $4_1;
         $7 = $16;
         $5_1 = $14;
         $10_1 = HEAP32[4997142] + $11 & 48;
         $4_1 = $10_1 & 31;
         if (($10_1 & 63) >>> 0 >= 32) {
          $4_1 = $7 >>> $4_1 | 0
         } else {
          $4_1 = ((1 << $4_1) - 1 & $7) << 32 - $4_1 | $5_1 >>> $4_1
         }
         HEAP8[$12_1 | 0] = $4_1;
         $11 = $11 + 16 | 0;
         $9 = $9 + 2 | 0;
         if (($9 | 0) != 64) {
          continue
         }
         break;
        };
        $19_1 = HEAPU8[$3_1 + 3168 | 0] & 7;
        $11 = 1;
        break block15;
       }
       $11 = $9 + 1 | 0;
       HEAP32[$3_1 + 3232 >> 2] = $11;
       $19_1 = HEAPU8[$9 + ($3_1 + 3168 | 0) | 0] & 7;
       if (HEAPU32[4997170] < HEAP32[4997171] + $9 >>> 0) {
        break block15
       }
       $5_1 = HEAP32[$3_1 + 3228 >> 2];
       HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3224 >> 2];
       HEAP32[$3_1 + 6652 >> 2] = $5_1;
       $8 = HEAP32[$3_1 + 3220 >> 2];
       HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3216 >> 2];
       HEAP32[$3_1 + 6644 >> 2] = $8;
       $5_1 = HEAP32[$3_1 + 3212 >> 2];
       HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3208 >> 2];
       HEAP32[$3_1 + 6636 >> 2] = $5_1;
       $8 = HEAP32[$3_1 + 3204 >> 2];
       HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3200 >> 2];
       HEAP32[$3_1 + 6628 >> 2] = $8;
       $5_1 = HEAP32[$3_1 + 3196 >> 2];
       HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3192 >> 2];
       HEAP32[$3_1 + 6620 >> 2] = $5_1;
       $8 = HEAP32[$3_1 + 3188 >> 2];
       HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3184 >> 2];
       HEAP32[$3_1 + 6612 >> 2] = $8;
       $5_1 = HEAP32[$3_1 + 3180 >> 2];
       HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3176 >> 2];
       HEAP32[$3_1 + 6604 >> 2] = $5_1;
       $8 = HEAP32[$3_1 + 3172 >> 2];
       HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3168 >> 2];
       HEAP32[$3_1 + 6596 >> 2] = $8;
       $7 = 19988608;
       $4_1 = HEAP32[$7 >> 2];
       $5_1 = HEAP32[$7 + 4 >> 2];
       HEAP32[$3_1 + 6656 >> 2] = $4_1;
       HEAP32[$3_1 + 6660 >> 2] = $5_1;
       $12_1 = 0;
       $7 = 0;
       $4_1 = HEAP32[$7 + 1049032 >> 2];
       $8 = HEAP32[$7 + 1049036 >> 2];
       HEAP32[$3_1 + 6712 >> 2] = $4_1;
       HEAP32[$3_1 + 6716 >> 2] = $8;
       $4_1 = HEAP32[0 + 1049024 >> 2];
       $5_1 = HEAP32[$7 + 1049028 >> 2];
       HEAP32[$3_1 + 6704 >> 2] = $4_1;
       HEAP32[$3_1 + 6708 >> 2] = $5_1;
       $4_1 = HEAP32[0 + 1049016 >> 2];
       $8 = HEAP32[$7 + 1049020 >> 2];
       HEAP32[$3_1 + 6696 >> 2] = $4_1;
       HEAP32[$3_1 + 6700 >> 2] = $8;
       $4_1 = HEAP32[0 + 1049008 >> 2];
       $5_1 = HEAP32[$7 + 1049012 >> 2];
       HEAP32[$3_1 + 6688 >> 2] = $4_1;
       HEAP32[$3_1 + 6692 >> 2] = $5_1;
       $4_1 = HEAP32[0 + 1049e3 >> 2];
       $8 = HEAP32[$7 + 1049004 >> 2];
       HEAP32[$3_1 + 6680 >> 2] = $4_1;
       HEAP32[$3_1 + 6684 >> 2] = $8;
       $4_1 = HEAP32[0 + 1048992 >> 2];
       $5_1 = HEAP32[$7 + 1048996 >> 2];
       HEAP32[$3_1 + 6672 >> 2] = $4_1;
       HEAP32[$3_1 + 6676 >> 2] = $5_1;
       $4_1 = HEAP32[0 + 1048984 >> 2];
       $8 = HEAP32[$7 + 1048988 >> 2];
       HEAP32[$3_1 + 6664 >> 2] = $4_1;
       HEAP32[$3_1 + 6668 >> 2] = $8;
       wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
       $14 = 0;
       $16 = 0;
       $9 = 0;
       while (1) {
        $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
        block17 : {
         if (($12_1 | 0) != 128) {
          $11 = $12_1;
          break block17;
         }
         $11 = 0;
         $6 = $16;
         $10_1 = 128;
         $4_1 = $14 + $10_1 | 0;
         $6 = $4_1 >>> 0 < $10_1 >>> 0 ? $6 + 1 | 0 : $6;
         $14 = $4_1;
         $16 = $6;
         $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $4_1, $6, 0);
        }
        HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
        $12_1 = $11 + 1 | 0;
        $9 = $9 + 1 | 0;
        if (($9 | 0) != 64) {
         continue
        }
        break;
       };
       $9 = 0;
       $11 = $11 ^ 127;
       if ($11) {
        wasm2js_memory_fill($12_1 + ($3_1 + 96 | 0) | 0, 0, $11)
       }
       $4_1 = $16;
       $10_1 = $12_1;
       $5_1 = $10_1 + $14 | 0;
       $4_1 = $5_1 >>> 0 < $10_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
       $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $5_1, $4_1, 1);
       $11 = 8;
       while (1) {
        $6 = ($3_1 + 6656 | 0) + (HEAP32[4997142] & $9) | 0;
        $14 = HEAP32[$6 >> 2];
        $5_1 = $14;
        $16 = HEAP32[$6 + 4 >> 2];
        $8 = $16;
        $6 = $5_1;
        $10_1 = $11 & 56;
        $7 = $10_1 & 31;
        $12_1 = $9 + ($3_1 + 3168 | 0) | 0;
        $5_1 = $12_1 + 1 | 0;
        if (($10_1 & 63) >>> 0 >= 32) {
         $4_1 = $8 >>> $7 | 0
        } else {
         $4_1 = ((1 << $7) - 1 & $8) << 32 - $7 | $6 >>> $7
        }
        HEAP8[$5_1 | 0] = $4_1;
        $4_1 = $16;
        $8 = $14;
        $10_1 = HEAP32[4997142] + $11 & 48;
        $7 = $10_1 & 31;
        if (($10_1 & 63) >>> 0 >= 32) {
         $4_1 = $4_1 >>> $7 | 0
        } else {
         $4_1 = ((1 << $7) - 1 & $4_1) << 32 - $7 | $8 >>> $7
        }
        HEAP8[$12_1 | 0] = $4_1;
        $11 = $11 + 16 | 0;
        $9 = $9 + 2 | 0;
        if (($9 | 0) != 64) {
         continue
        }
        break;
       };
       $11 = 0;
       $9 = 1;
       break block19;
      }
      $9 = $11 + 1 | 0;
     }
     HEAP32[$3_1 + 3232 >> 2] = $9;
     $11 = HEAPU8[$11 + ($3_1 + 3168 | 0) | 0];
     $4_1 = $11 + 1 & 7;
     $11 = $11 & 7;
     $15 = ($11 | 0) == ($19_1 | 0) ? $4_1 : $11;
     $12_1 = 0;
     block21 : {
      if ($20_1 >>> 0 < 7) {
       $11 = $9;
       $20_1 = 0;
       break block21;
      }
      block23 : {
       if ($20_1 >>> 0 < 14) {
        $20_1 = 1;
        break block23;
       }
       block26 : {
        block30 : {
         block29 : {
          block28 : {
           block27 : {
            if (!(($19_1 | 0) != 5 & $20_1 >>> 0 < 21)) {
             if ($20_1 >>> 0 < 35) {
              break block26
             }
             if ($20_1 >>> 0 < 42) {
              break block27
             }
             if ($20_1 >>> 0 < 49) {
              break block28
             }
             if ($20_1 >>> 0 < 56) {
              break block29
             }
             $12_1 = 1;
             if ($20_1 >>> 0 >= 58) {
              break block30
             }
             $20_1 = 7;
             break block23;
            }
            block32 : {
             if (HEAPU32[4997170] >= HEAP32[4997169] + $9 >>> 0) {
              $8 = HEAP32[$3_1 + 3228 >> 2];
              HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
              HEAP32[$3_1 + 156 >> 2] = $8;
              $6 = HEAP32[$3_1 + 3220 >> 2];
              HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
              HEAP32[$3_1 + 148 >> 2] = $6;
              $8 = HEAP32[$3_1 + 3212 >> 2];
              HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
              HEAP32[$3_1 + 140 >> 2] = $8;
              $6 = HEAP32[$3_1 + 3204 >> 2];
              HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
              HEAP32[$3_1 + 132 >> 2] = $6;
              $8 = HEAP32[$3_1 + 3196 >> 2];
              HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
              HEAP32[$3_1 + 124 >> 2] = $8;
              $6 = HEAP32[$3_1 + 3188 >> 2];
              HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
              HEAP32[$3_1 + 116 >> 2] = $6;
              $8 = HEAP32[$3_1 + 3180 >> 2];
              HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
              HEAP32[$3_1 + 108 >> 2] = $8;
              $6 = HEAP32[$3_1 + 3172 >> 2];
              HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
              HEAP32[$3_1 + 100 >> 2] = $6;
              HEAP32[$3_1 + 6660 >> 2] = 64;
              HEAP32[$3_1 + 6656 >> 2] = $3_1 + 96;
              $1($3_1 + 3168 | 0, 64, $3_1 + 6656 | 0, 1);
              $9 = 0;
              $11 = 1;
              break block32;
             }
             $11 = $9 + 1 | 0;
            }
            HEAP32[$3_1 + 3232 >> 2] = $11;
            $21 = HEAPU8[$9 + ($3_1 + 3168 | 0) | 0] & 3;
            $20_1 = 2;
            break block21;
           }
           block34 : {
            if (HEAPU32[4997170] >= HEAP32[4997169] + $9 >>> 0) {
             $8 = HEAP32[$3_1 + 3228 >> 2];
             HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
             HEAP32[$3_1 + 156 >> 2] = $8;
             $6 = HEAP32[$3_1 + 3220 >> 2];
             HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
             HEAP32[$3_1 + 148 >> 2] = $6;
             $8 = HEAP32[$3_1 + 3212 >> 2];
             HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
             HEAP32[$3_1 + 140 >> 2] = $8;
             $6 = HEAP32[$3_1 + 3204 >> 2];
             HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
             HEAP32[$3_1 + 132 >> 2] = $6;
             $8 = HEAP32[$3_1 + 3196 >> 2];
             HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
             HEAP32[$3_1 + 124 >> 2] = $8;
             $6 = HEAP32[$3_1 + 3188 >> 2];
             HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
             HEAP32[$3_1 + 116 >> 2] = $6;
             $8 = HEAP32[$3_1 + 3180 >> 2];
             HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
             HEAP32[$3_1 + 108 >> 2] = $8;
             $6 = HEAP32[$3_1 + 3172 >> 2];
             HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
             HEAP32[$3_1 + 100 >> 2] = $6;
             HEAP32[$3_1 + 6660 >> 2] = 64;
             HEAP32[$3_1 + 6656 >> 2] = $3_1 + 96;
             $1($3_1 + 3168 | 0, 64, $3_1 + 6656 | 0, 1);
             $9 = 0;
             $11 = 1;
             break block34;
            }
            $11 = $9 + 1 | 0;
           }
           HEAP32[$3_1 + 3232 >> 2] = $11;
           $21 = (HEAPU8[$9 + ($3_1 + 3168 | 0) | 0] % 63 | 0) + 1 | 0;
           $20_1 = 4;
           break block21;
          }
          block36 : {
           if (HEAPU32[4997170] >= HEAP32[4997172] + $9 >>> 0) {
            $8 = HEAP32[$3_1 + 3228 >> 2];
            HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
            HEAP32[$3_1 + 156 >> 2] = $8;
            $6 = HEAP32[$3_1 + 3220 >> 2];
            HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
            HEAP32[$3_1 + 148 >> 2] = $6;
            $8 = HEAP32[$3_1 + 3212 >> 2];
            HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
            HEAP32[$3_1 + 140 >> 2] = $8;
            $6 = HEAP32[$3_1 + 3204 >> 2];
            HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
            HEAP32[$3_1 + 132 >> 2] = $6;
            $8 = HEAP32[$3_1 + 3196 >> 2];
            HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
            HEAP32[$3_1 + 124 >> 2] = $8;
            $6 = HEAP32[$3_1 + 3188 >> 2];
            HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
            HEAP32[$3_1 + 116 >> 2] = $6;
            $8 = HEAP32[$3_1 + 3180 >> 2];
            HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
            HEAP32[$3_1 + 108 >> 2] = $8;
            $6 = HEAP32[$3_1 + 3172 >> 2];
            HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
            HEAP32[$3_1 + 100 >> 2] = $6;
            HEAP32[$3_1 + 6660 >> 2] = 64;
            HEAP32[$3_1 + 6656 >> 2] = $3_1 + 96;
            $1($3_1 + 3168 | 0, 64, $3_1 + 6656 | 0, 1);
            $9 = 0;
            $11 = 4;
            break block36;
           }
           $11 = $9 + 4 | 0;
          }
          HEAP32[$3_1 + 3232 >> 2] = $11;
          $4_1 = $9 + ($3_1 + 3168 | 0) | 0;
          $6 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
          $8 = $6 >> 31;
          $13 = $6;
          $17 = $8;
          $20_1 = 5;
          break block21;
         }
         block38 : {
          if (HEAPU32[4997170] >= HEAP32[4997172] + $9 >>> 0) {
           $6 = HEAP32[$3_1 + 3228 >> 2];
           HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
           HEAP32[$3_1 + 156 >> 2] = $6;
           $8 = HEAP32[$3_1 + 3220 >> 2];
           HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
           HEAP32[$3_1 + 148 >> 2] = $8;
           $6 = HEAP32[$3_1 + 3212 >> 2];
           HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
           HEAP32[$3_1 + 140 >> 2] = $6;
           $8 = HEAP32[$3_1 + 3204 >> 2];
           HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
           HEAP32[$3_1 + 132 >> 2] = $8;
           $6 = HEAP32[$3_1 + 3196 >> 2];
           HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
           HEAP32[$3_1 + 124 >> 2] = $6;
           $8 = HEAP32[$3_1 + 3188 >> 2];
           HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
           HEAP32[$3_1 + 116 >> 2] = $8;
           $6 = HEAP32[$3_1 + 3180 >> 2];
           HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
           HEAP32[$3_1 + 108 >> 2] = $6;
           $8 = HEAP32[$3_1 + 3172 >> 2];
           HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
           HEAP32[$3_1 + 100 >> 2] = $8;
           HEAP32[$3_1 + 6660 >> 2] = 64;
           HEAP32[$3_1 + 6656 >> 2] = $3_1 + 96;
           $1($3_1 + 3168 | 0, 64, $3_1 + 6656 | 0, 1);
           $9 = 0;
           $11 = 4;
           break block38;
          }
          $11 = $9 + 4 | 0;
         }
         HEAP32[$3_1 + 3232 >> 2] = $11;
         $4_1 = $9 + ($3_1 + 3168 | 0) | 0;
         $8 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
         $6 = $8 >> 31;
         $13 = $8;
         $17 = $6;
         $20_1 = 6;
         break block21;
        }
        if ($20_1 >>> 0 < 60) {
         $20_1 = 8;
         break block23;
        }
        block41 : {
         if (HEAPU32[4997170] >= HEAP32[4997172] + $9 >>> 0) {
          $8 = HEAP32[$3_1 + 3228 >> 2];
          HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
          HEAP32[$3_1 + 156 >> 2] = $8;
          $6 = HEAP32[$3_1 + 3220 >> 2];
          HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
          HEAP32[$3_1 + 148 >> 2] = $6;
          $8 = HEAP32[$3_1 + 3212 >> 2];
          HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
          HEAP32[$3_1 + 140 >> 2] = $8;
          $6 = HEAP32[$3_1 + 3204 >> 2];
          HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
          HEAP32[$3_1 + 132 >> 2] = $6;
          $8 = HEAP32[$3_1 + 3196 >> 2];
          HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
          HEAP32[$3_1 + 124 >> 2] = $8;
          $6 = HEAP32[$3_1 + 3188 >> 2];
          HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
          HEAP32[$3_1 + 116 >> 2] = $6;
          $8 = HEAP32[$3_1 + 3180 >> 2];
          HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
          HEAP32[$3_1 + 108 >> 2] = $8;
          $6 = HEAP32[$3_1 + 3172 >> 2];
          HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
          HEAP32[$3_1 + 100 >> 2] = $6;
          HEAP32[$3_1 + 6660 >> 2] = 64;
          HEAP32[$3_1 + 6656 >> 2] = $3_1 + 96;
          $1($3_1 + 3168 | 0, 64, $3_1 + 6656 | 0, 1);
          $9 = 0;
          $11 = 4;
          break block41;
         }
         $11 = $9 + 4 | 0;
        }
        HEAP32[$3_1 + 3232 >> 2] = $11;
        $4_1 = 19988696;
        $7 = HEAP32[$4_1 >> 2];
        $5_1 = HEAP32[$4_1 + 4 >> 2];
        $4_1 = $9 + ($3_1 + 3168 | 0) | 0;
        $14 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24) | 3;
        $16 = 0;
        $13 = __wasm_i64_udiv($7, $5_1, $14, $16);
        $6 = $13;
        $17 = i64toi32_i32$HIGH_BITS;
        $8 = $17;
        $23 = 32 - Math_clz32($14) | 0;
        $10_1 = $23;
        $7 = $10_1 & 31;
        if (($10_1 & 63) >>> 0 >= 32) {
         $4_1 = $6 << $7;
         $9 = 0;
        } else {
         $4_1 = (1 << $7) - 1 & $6 >>> 32 - $7 | $8 << $7;
         $9 = $6 << $7;
        }
        $7 = $4_1;
        $8 = 19988696;
        $5_1 = HEAP32[$8 >> 2];
        $6 = HEAP32[$8 + 4 >> 2];
        $10_1 = __wasm_i64_mul($13, $17, $14, $16);
        $17 = $5_1 - $10_1 | 0;
        $5_1 = $6 - (i64toi32_i32$HIGH_BITS + ($5_1 >>> 0 < $10_1 >>> 0) | 0) | 0;
        $6 = $17;
        $10_1 = $23;
        $4_1 = $10_1 & 31;
        if (($10_1 & 63) >>> 0 >= 32) {
         $8 = $6 << $4_1;
         $4_1 = 0;
        } else {
         $8 = (1 << $4_1) - 1 & $6 >>> 32 - $4_1 | $5_1 << $4_1;
         $4_1 = $6 << $4_1;
        }
        $10_1 = __wasm_i64_udiv($4_1, $8, $14, $16);
        $7 = i64toi32_i32$HIGH_BITS + $7 | 0;
        $4_1 = $9 + $10_1 | 0;
        $7 = $10_1 >>> 0 > $4_1 >>> 0 ? $7 + 1 | 0 : $7;
        $13 = $4_1;
        $17 = $7;
        $20_1 = 9;
        break block21;
       }
       $11 = HEAPU8[$19_1 | $3_1 + 3448];
       $20_1 = $11 ? 1 : 3;
       $12_1 = $11 ^ 1;
      }
      $11 = $9;
     }
     $9 = $22 + ($3_1 + 3520 | 0) | 0;
     HEAP32[$9 + 20 >> 2] = $15;
     HEAP32[$9 + 16 >> 2] = $19_1;
     $5_1 = $9;
     HEAP32[$5_1 + 8 >> 2] = $13;
     HEAP32[$5_1 + 12 >> 2] = $17;
     HEAP32[$5_1 + 4 >> 2] = $21;
     HEAP32[$5_1 >> 2] = $20_1;
     HEAP8[$19_1 | $3_1 + 3448] = $12_1;
     $9 = $22 + 24 | 0;
     if (($9 | 0) != 3072) {
      continue
     }
     break;
    };
    block43 : {
     if (HEAPU32[4997170] >= HEAP32[4997169] + $11 >>> 0) {
      $5_1 = HEAP32[$3_1 + 3228 >> 2];
      HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
      HEAP32[$3_1 + 156 >> 2] = $5_1;
      $7 = HEAP32[$3_1 + 3220 >> 2];
      HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
      HEAP32[$3_1 + 148 >> 2] = $7;
      $5_1 = HEAP32[$3_1 + 3212 >> 2];
      HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
      HEAP32[$3_1 + 140 >> 2] = $5_1;
      $7 = HEAP32[$3_1 + 3204 >> 2];
      HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
      HEAP32[$3_1 + 132 >> 2] = $7;
      $5_1 = HEAP32[$3_1 + 3196 >> 2];
      HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
      HEAP32[$3_1 + 124 >> 2] = $5_1;
      $7 = HEAP32[$3_1 + 3188 >> 2];
      HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
      HEAP32[$3_1 + 116 >> 2] = $7;
      $5_1 = HEAP32[$3_1 + 3180 >> 2];
      HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
      HEAP32[$3_1 + 108 >> 2] = $5_1;
      $7 = HEAP32[$3_1 + 3172 >> 2];
      HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
      HEAP32[$3_1 + 100 >> 2] = $7;
      HEAP32[$3_1 + 6660 >> 2] = 64;
      HEAP32[$3_1 + 6656 >> 2] = $3_1 + 96;
      $1($3_1 + 3168 | 0, 64, $3_1 + 6656 | 0, 1);
      $11 = 0;
      $12_1 = 1;
      break block43;
     }
     $12_1 = $11 + 1 | 0;
    }
    HEAP32[$3_1 + 3232 >> 2] = $12_1;
    $9 = HEAPU8[$11 + ($3_1 + 3168 | 0) | 0];
    wasm2js_memory_copy($3_1 + 96 | 0, $3_1 + 3520 | 0, 3072);
    wasm2js_memory_copy($24_1, $3_1 + 96 | 0, 3072);
    HEAP32[$24_1 + 3072 >> 2] = $9 & 7;
    if (($18 | 0) != 24640) {
     continue
    }
    break;
   };
   HEAP8[19932672] = 1;
  }
  HEAP32[$3_1 + 6648 >> 2] = 0;
  HEAP32[$3_1 + 6652 >> 2] = 0;
  HEAP32[$3_1 + 6640 >> 2] = 0;
  HEAP32[$3_1 + 6644 >> 2] = 0;
  HEAP32[$3_1 + 6632 >> 2] = 0;
  HEAP32[$3_1 + 6636 >> 2] = 0;
  HEAP32[$3_1 + 6624 >> 2] = 0;
  HEAP32[$3_1 + 6628 >> 2] = 0;
  HEAP32[$3_1 + 6616 >> 2] = 0;
  HEAP32[$3_1 + 6620 >> 2] = 0;
  HEAP32[$3_1 + 6608 >> 2] = 0;
  HEAP32[$3_1 + 6612 >> 2] = 0;
  HEAP32[$3_1 + 6600 >> 2] = 0;
  HEAP32[$3_1 + 6604 >> 2] = 0;
  HEAP32[$3_1 + 6592 >> 2] = 0;
  HEAP32[$3_1 + 6596 >> 2] = 0;
  HEAP32[$3_1 + 3524 >> 2] = $1_1;
  HEAP32[$3_1 + 3520 >> 2] = $0_1;
  $1($3_1 + 6592 | 0, 64, $3_1 + 3520 | 0, 1);
  $8 = 19988704;
  $0_1 = HEAP32[$8 >> 2];
  $5_1 = HEAP32[$8 + 4 >> 2];
  HEAP32[$3_1 + 152 >> 2] = $0_1;
  HEAP32[$3_1 + 156 >> 2] = $5_1;
  $8 = 19988712;
  $0_1 = HEAP32[$8 >> 2];
  $7 = HEAP32[$8 + 4 >> 2];
  HEAP32[$3_1 + 144 >> 2] = $0_1;
  HEAP32[$3_1 + 148 >> 2] = $7;
  $8 = 19988720;
  $0_1 = HEAP32[$8 >> 2];
  $5_1 = HEAP32[$8 + 4 >> 2];
  HEAP32[$3_1 + 136 >> 2] = $0_1;
  HEAP32[$3_1 + 140 >> 2] = $5_1;
  $8 = 19988728;
  $0_1 = HEAP32[$8 >> 2];
  $7 = HEAP32[$8 + 4 >> 2];
  HEAP32[$3_1 + 128 >> 2] = $0_1;
  HEAP32[$3_1 + 132 >> 2] = $7;
  $8 = 19988736;
  $0_1 = HEAP32[$8 >> 2];
  $5_1 = HEAP32[$8 + 4 >> 2];
  HEAP32[$3_1 + 120 >> 2] = $0_1;
  HEAP32[$3_1 + 124 >> 2] = $5_1;
  $8 = 19988744;
  $0_1 = HEAP32[$8 >> 2];
  $7 = HEAP32[$8 + 4 >> 2];
  HEAP32[$3_1 + 112 >> 2] = $0_1;
  HEAP32[$3_1 + 116 >> 2] = $7;
  $8 = 19988752;
  $0_1 = HEAP32[$8 >> 2];
  $5_1 = HEAP32[$8 + 4 >> 2];
  HEAP32[$3_1 + 104 >> 2] = $0_1;
  HEAP32[$3_1 + 108 >> 2] = $5_1;
  $8 = 19988760;
  $0_1 = HEAP32[$8 >> 2];
  $7 = HEAP32[$8 + 4 >> 2];
  HEAP32[$3_1 + 96 >> 2] = $0_1;
  HEAP32[$3_1 + 100 >> 2] = $7;
  $5_1 = HEAP32[$3_1 + 6652 >> 2];
  HEAP32[$3_1 + 3576 >> 2] = HEAP32[$3_1 + 6648 >> 2];
  HEAP32[$3_1 + 3580 >> 2] = $5_1;
  $7 = HEAP32[$3_1 + 6644 >> 2];
  HEAP32[$3_1 + 3568 >> 2] = HEAP32[$3_1 + 6640 >> 2];
  HEAP32[$3_1 + 3572 >> 2] = $7;
  $5_1 = HEAP32[$3_1 + 6636 >> 2];
  HEAP32[$3_1 + 3560 >> 2] = HEAP32[$3_1 + 6632 >> 2];
  HEAP32[$3_1 + 3564 >> 2] = $5_1;
  $7 = HEAP32[$3_1 + 6628 >> 2];
  HEAP32[$3_1 + 3552 >> 2] = HEAP32[$3_1 + 6624 >> 2];
  HEAP32[$3_1 + 3556 >> 2] = $7;
  $5_1 = HEAP32[$3_1 + 6620 >> 2];
  HEAP32[$3_1 + 3544 >> 2] = HEAP32[$3_1 + 6616 >> 2];
  HEAP32[$3_1 + 3548 >> 2] = $5_1;
  $7 = HEAP32[$3_1 + 6612 >> 2];
  HEAP32[$3_1 + 3536 >> 2] = HEAP32[$3_1 + 6608 >> 2];
  HEAP32[$3_1 + 3540 >> 2] = $7;
  $5_1 = HEAP32[$3_1 + 6604 >> 2];
  HEAP32[$3_1 + 3528 >> 2] = HEAP32[$3_1 + 6600 >> 2];
  HEAP32[$3_1 + 3532 >> 2] = $5_1;
  $7 = HEAP32[$3_1 + 6596 >> 2];
  HEAP32[$3_1 + 3520 >> 2] = HEAP32[$3_1 + 6592 >> 2];
  HEAP32[$3_1 + 3524 >> 2] = $7;
  $7 = HEAP32[4997192];
  $13 = HEAP32[4997193];
  while (1) {
   $18 = 0;
   $12_1 = HEAP32[4997169];
   while (1) {
    $15 = $12_1 + ($3_1 + 3520 | 0) | 0;
    $20_1 = $15 - -64 | 0;
    $0_1 = $20_1;
    $11 = $18 & 1;
    $9 = HEAP32[4997194] + (!$11 << 10) | 0;
    $24_1 = $15 + 68 | 0;
    $19_1 = HEAP32[$24_1 >> 2];
    $26 = $15 + 76 | 0;
    $22 = HEAP32[$26 >> 2];
    $10_1 = $11 ? $19_1 : $22;
    $1_1 = __wasm_rotl_i32(HEAP32[$9 + ($10_1 >>> 6 & 1020) >> 2], 8);
    $20_1 = HEAP32[$20_1 >> 2];
    $8 = $15 + 72 | 0;
    $15 = HEAP32[$8 >> 2];
    $5_1 = $11 ? $22 : $19_1;
    $21 = $12_1 + ($3_1 + 96 | 0) | 0;
    (wasm2js_i32$0 = $0_1, wasm2js_i32$1 = $1_1 ^ HEAP32[(($20_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$21 - -64 >> 2]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $17 = $11 ? $15 : $20_1;
    $11 = $11 ? $20_1 : $15;
    (wasm2js_i32$0 = $24_1, wasm2js_i32$1 = __wasm_rotl_i32(HEAP32[($17 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($19_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($22 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($11 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$21 + 68 >> 2]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    (wasm2js_i32$0 = $8, wasm2js_i32$1 = __wasm_rotl_i32(HEAP32[($5_1 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($15 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($20_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$21 + 72 >> 2]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    (wasm2js_i32$0 = $26, wasm2js_i32$1 = __wasm_rotl_i32(HEAP32[($11 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($22 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($17 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$21 + 76 >> 2]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $18 = $18 + 1 | 0;
    $12_1 = $12_1 + 16 | 0;
    if ($12_1) {
     continue
    }
    break;
   };
   $9 = HEAP32[$3_1 + 3520 >> 2];
   HEAP8[$13 | 0] = $9;
   HEAP8[$13 + 1 | 0] = $9 >>> 8;
   HEAP8[$13 + 2 | 0] = $9 >>> 16;
   HEAP8[$13 + 3 | 0] = $9 >>> 24;
   $11 = HEAP32[$3_1 + 3524 >> 2];
   $0_1 = $11;
   HEAP8[$13 + 4 | 0] = $0_1;
   HEAP8[$13 + 5 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 6 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 7 | 0] = $0_1 >>> 24;
   $12_1 = HEAP32[$3_1 + 3528 >> 2];
   $0_1 = $12_1;
   HEAP8[$13 + 8 | 0] = $0_1;
   HEAP8[$13 + 9 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 10 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 11 | 0] = $0_1 >>> 24;
   $15 = HEAP32[$3_1 + 3532 >> 2];
   $0_1 = $15;
   HEAP8[$13 + 12 | 0] = $0_1;
   HEAP8[$13 + 13 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 14 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 15 | 0] = $0_1 >>> 24;
   $19_1 = HEAP32[$3_1 + 3536 >> 2];
   $0_1 = $19_1;
   HEAP8[$13 + 16 | 0] = $0_1;
   HEAP8[$13 + 17 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 18 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 19 | 0] = $0_1 >>> 24;
   $22 = HEAP32[$3_1 + 3540 >> 2];
   $0_1 = $22;
   HEAP8[$13 + 20 | 0] = $0_1;
   HEAP8[$13 + 21 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 22 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 23 | 0] = $0_1 >>> 24;
   $20_1 = HEAP32[$3_1 + 3544 >> 2];
   $0_1 = $20_1;
   HEAP8[$13 + 24 | 0] = $0_1;
   HEAP8[$13 + 25 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 26 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 27 | 0] = $0_1 >>> 24;
   $21 = HEAP32[$3_1 + 3548 >> 2];
   $0_1 = $21;
   HEAP8[$13 + 28 | 0] = $0_1;
   HEAP8[$13 + 29 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 30 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 31 | 0] = $0_1 >>> 24;
   $18 = HEAP32[$3_1 + 3552 >> 2];
   $0_1 = $18;
   HEAP8[$13 + 32 | 0] = $0_1;
   HEAP8[$13 + 33 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 34 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 35 | 0] = $0_1 >>> 24;
   $24_1 = HEAP32[$3_1 + 3556 >> 2];
   $0_1 = $24_1;
   HEAP8[$13 + 36 | 0] = $0_1;
   HEAP8[$13 + 37 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 38 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 39 | 0] = $0_1 >>> 24;
   $26 = HEAP32[$3_1 + 3560 >> 2];
   $0_1 = $26;
   HEAP8[$13 + 40 | 0] = $0_1;
   HEAP8[$13 + 41 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 42 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 43 | 0] = $0_1 >>> 24;
   $10_1 = HEAP32[$3_1 + 3564 >> 2];
   $0_1 = $10_1;
   HEAP8[$13 + 44 | 0] = $0_1;
   HEAP8[$13 + 45 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 46 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 47 | 0] = $0_1 >>> 24;
   $8 = HEAP32[$3_1 + 3568 >> 2];
   HEAP8[$13 + 48 | 0] = $8;
   HEAP8[$13 + 49 | 0] = $8 >>> 8;
   HEAP8[$13 + 50 | 0] = $8 >>> 16;
   HEAP8[$13 + 51 | 0] = $8 >>> 24;
   $5_1 = HEAP32[$3_1 + 3572 >> 2];
   HEAP8[$13 + 52 | 0] = $5_1;
   HEAP8[$13 + 53 | 0] = $5_1 >>> 8;
   HEAP8[$13 + 54 | 0] = $5_1 >>> 16;
   HEAP8[$13 + 55 | 0] = $5_1 >>> 24;
   $17 = HEAP32[$3_1 + 3576 >> 2];
   $0_1 = $17;
   HEAP8[$13 + 56 | 0] = $0_1;
   HEAP8[$13 + 57 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 58 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 59 | 0] = $0_1 >>> 24;
   $30_1 = HEAP32[$3_1 + 3580 >> 2];
   $0_1 = $30_1;
   HEAP8[$13 + 60 | 0] = $0_1;
   HEAP8[$13 + 61 | 0] = $0_1 >>> 8;
   HEAP8[$13 + 62 | 0] = $0_1 >>> 16;
   HEAP8[$13 + 63 | 0] = $0_1 >>> 24;
   $13 = $13 - -64 | 0;
   $7 = HEAP32[4997169] + $7 | 0;
   if ($7) {
    continue
   }
   break;
  };
  HEAP32[$3_1 + 6652 >> 2] = $0_1;
  HEAP32[$3_1 + 6648 >> 2] = $17;
  HEAP32[$3_1 + 6644 >> 2] = $5_1;
  HEAP32[$3_1 + 6640 >> 2] = $8;
  HEAP32[$3_1 + 6636 >> 2] = $10_1;
  HEAP32[$3_1 + 6632 >> 2] = $26;
  HEAP32[$3_1 + 6628 >> 2] = $24_1;
  HEAP32[$3_1 + 6624 >> 2] = $18;
  HEAP32[$3_1 + 6620 >> 2] = $21;
  HEAP32[$3_1 + 6616 >> 2] = $20_1;
  HEAP32[$3_1 + 6612 >> 2] = $22;
  HEAP32[$3_1 + 6608 >> 2] = $19_1;
  HEAP32[$3_1 + 6604 >> 2] = $15;
  HEAP32[$3_1 + 6600 >> 2] = $12_1;
  HEAP32[$3_1 + 6596 >> 2] = $11;
  HEAP32[$3_1 + 6592 >> 2] = $9;
  wasm2js_memory_fill($3_1 + 3520 | 0, 0, 2176);
  wasm2js_memory_fill($3_1 + 3168 | 0, 0, 256);
  $43_1 = $3_1 + 6664 | 0;
  $47_1 = 0;
  block148 : {
   block131 : {
    block132 : {
     block52 : {
      block53 : {
       block134 : {
        block133 : {
         while (1) {
          $8 = 19988784;
          $0_1 = HEAP32[$8 >> 2];
          $5_1 = HEAP32[$8 + 4 >> 2];
          HEAP32[$3_1 + 6712 >> 2] = $0_1;
          HEAP32[$3_1 + 6716 >> 2] = $5_1;
          $8 = 19988792;
          $0_1 = HEAP32[$8 >> 2];
          $7 = HEAP32[$8 + 4 >> 2];
          HEAP32[$3_1 + 6704 >> 2] = $0_1;
          HEAP32[$3_1 + 6708 >> 2] = $7;
          $8 = 19988800;
          $0_1 = HEAP32[$8 >> 2];
          $5_1 = HEAP32[$8 + 4 >> 2];
          HEAP32[$3_1 + 6696 >> 2] = $0_1;
          HEAP32[$3_1 + 6700 >> 2] = $5_1;
          $8 = 19988808;
          $0_1 = HEAP32[$8 >> 2];
          $7 = HEAP32[$8 + 4 >> 2];
          HEAP32[$3_1 + 6688 >> 2] = $0_1;
          HEAP32[$3_1 + 6692 >> 2] = $7;
          $8 = 19988816;
          $0_1 = HEAP32[$8 >> 2];
          $5_1 = HEAP32[$8 + 4 >> 2];
          HEAP32[$3_1 + 6680 >> 2] = $0_1;
          HEAP32[$3_1 + 6684 >> 2] = $5_1;
          $8 = 19988824;
          $0_1 = HEAP32[$8 >> 2];
          $7 = HEAP32[$8 + 4 >> 2];
          HEAP32[$3_1 + 6672 >> 2] = $0_1;
          HEAP32[$3_1 + 6676 >> 2] = $7;
          $8 = 19988832;
          $0_1 = HEAP32[$8 >> 2];
          $5_1 = HEAP32[$8 + 4 >> 2];
          HEAP32[$3_1 + 6664 >> 2] = $0_1;
          HEAP32[$3_1 + 6668 >> 2] = $5_1;
          $8 = 19988840;
          $0_1 = HEAP32[$8 >> 2];
          $7 = HEAP32[$8 + 4 >> 2];
          HEAP32[$3_1 + 6656 >> 2] = $0_1;
          HEAP32[$3_1 + 6660 >> 2] = $7;
          $5_1 = HEAP32[$3_1 + 6652 >> 2];
          HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 6648 >> 2];
          HEAP32[$3_1 + 156 >> 2] = $5_1;
          $7 = HEAP32[$3_1 + 6644 >> 2];
          HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 6640 >> 2];
          HEAP32[$3_1 + 148 >> 2] = $7;
          $5_1 = HEAP32[$3_1 + 6636 >> 2];
          HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 6632 >> 2];
          HEAP32[$3_1 + 140 >> 2] = $5_1;
          $7 = HEAP32[$3_1 + 6628 >> 2];
          HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 6624 >> 2];
          HEAP32[$3_1 + 132 >> 2] = $7;
          $5_1 = HEAP32[$3_1 + 6620 >> 2];
          HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 6616 >> 2];
          HEAP32[$3_1 + 124 >> 2] = $5_1;
          $7 = HEAP32[$3_1 + 6612 >> 2];
          HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 6608 >> 2];
          HEAP32[$3_1 + 116 >> 2] = $7;
          $5_1 = HEAP32[$3_1 + 6604 >> 2];
          HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 6600 >> 2];
          HEAP32[$3_1 + 108 >> 2] = $5_1;
          $7 = HEAP32[$3_1 + 6596 >> 2];
          HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 6592 >> 2];
          HEAP32[$3_1 + 100 >> 2] = $7;
          $7 = $3_1 + 3520 | 0;
          $30_1 = 2176;
          while (1) {
           $13 = 0;
           while (1) {
            $22 = $13 & 1;
            $9 = HEAP32[4997194] + (!$22 << 10) | 0;
            $17 = ($3_1 + 96 | 0) + ($13 << 4) | 0;
            $15 = HEAP32[$17 + 12 >> 2];
            $19_1 = HEAP32[$17 + 8 >> 2];
            $11 = HEAP32[$17 + 4 >> 2];
            $12_1 = HEAP32[$17 >> 2];
            $21 = 0;
            while (1) {
             $26 = $11 >>> 14 | 0;
             $18 = $22 ? $11 : $15;
             $24_1 = $22 ? $15 : $11;
             $10_1 = $12_1 >>> 14 | 0;
             $8 = $22 ? $19_1 : $12_1;
             $5_1 = $22 ? $12_1 : $19_1;
             $20_1 = $21 + ($3_1 + 6656 | 0) | 0;
             $11 = __wasm_rotl_i32(HEAP32[($8 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($11 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$20_1 + 4 >> 2];
             $12_1 = __wasm_rotl_i32(HEAP32[($18 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($12_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$20_1 >> 2];
             $18 = __wasm_rotl_i32(HEAP32[($24_1 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($19_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($10_1 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($18 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$20_1 + 8 >> 2];
             $19_1 = $18;
             $20_1 = __wasm_rotl_i32(HEAP32[($5_1 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($15 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($26 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($8 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$20_1 + 12 >> 2];
             $15 = $20_1;
             $21 = $21 + 16 | 0;
             if (($21 | 0) != 64) {
              continue
             }
             break;
            };
            HEAP32[$17 + 12 >> 2] = $15;
            HEAP32[$17 + 8 >> 2] = $18;
            HEAP32[$17 + 4 >> 2] = $11;
            HEAP32[$17 >> 2] = $12_1;
            $13 = $13 + 1 | 0;
            if (($13 | 0) != 4) {
             continue
            }
            break;
           };
           $9 = HEAP32[$3_1 + 96 >> 2];
           HEAP8[$7 | 0] = $9;
           HEAP8[$7 + 1 | 0] = $9 >>> 8;
           HEAP8[$7 + 2 | 0] = $9 >>> 16;
           HEAP8[$7 + 3 | 0] = $9 >>> 24;
           $11 = HEAP32[$3_1 + 100 >> 2];
           $0_1 = $11;
           HEAP8[$7 + 4 | 0] = $0_1;
           HEAP8[$7 + 5 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 6 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 7 | 0] = $0_1 >>> 24;
           $12_1 = HEAP32[$3_1 + 104 >> 2];
           $0_1 = $12_1;
           HEAP8[$7 + 8 | 0] = $0_1;
           HEAP8[$7 + 9 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 10 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 11 | 0] = $0_1 >>> 24;
           $15 = HEAP32[$3_1 + 108 >> 2];
           $0_1 = $15;
           HEAP8[$7 + 12 | 0] = $0_1;
           HEAP8[$7 + 13 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 14 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 15 | 0] = $0_1 >>> 24;
           $19_1 = HEAP32[$3_1 + 112 >> 2];
           $0_1 = $19_1;
           HEAP8[$7 + 16 | 0] = $0_1;
           HEAP8[$7 + 17 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 18 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 19 | 0] = $0_1 >>> 24;
           $22 = HEAP32[$3_1 + 116 >> 2];
           $0_1 = $22;
           HEAP8[$7 + 20 | 0] = $0_1;
           HEAP8[$7 + 21 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 22 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 23 | 0] = $0_1 >>> 24;
           $20_1 = HEAP32[$3_1 + 120 >> 2];
           $0_1 = $20_1;
           HEAP8[$7 + 24 | 0] = $0_1;
           HEAP8[$7 + 25 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 26 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 27 | 0] = $0_1 >>> 24;
           $21 = HEAP32[$3_1 + 124 >> 2];
           $0_1 = $21;
           HEAP8[$7 + 28 | 0] = $0_1;
           HEAP8[$7 + 29 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 30 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 31 | 0] = $0_1 >>> 24;
           $18 = HEAP32[$3_1 + 128 >> 2];
           $0_1 = $18;
           HEAP8[$7 + 32 | 0] = $0_1;
           HEAP8[$7 + 33 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 34 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 35 | 0] = $0_1 >>> 24;
           $24_1 = HEAP32[$3_1 + 132 >> 2];
           $0_1 = $24_1;
           HEAP8[$7 + 36 | 0] = $0_1;
           HEAP8[$7 + 37 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 38 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 39 | 0] = $0_1 >>> 24;
           $26 = HEAP32[$3_1 + 136 >> 2];
           $0_1 = $26;
           HEAP8[$7 + 40 | 0] = $0_1;
           HEAP8[$7 + 41 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 42 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 43 | 0] = $0_1 >>> 24;
           $10_1 = HEAP32[$3_1 + 140 >> 2];
           $0_1 = $10_1;
           HEAP8[$7 + 44 | 0] = $0_1;
           HEAP8[$7 + 45 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 46 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 47 | 0] = $0_1 >>> 24;
           $8 = HEAP32[$3_1 + 144 >> 2];
           HEAP8[$7 + 48 | 0] = $8;
           HEAP8[$7 + 49 | 0] = $8 >>> 8;
           HEAP8[$7 + 50 | 0] = $8 >>> 16;
           HEAP8[$7 + 51 | 0] = $8 >>> 24;
           $5_1 = HEAP32[$3_1 + 148 >> 2];
           HEAP8[$7 + 52 | 0] = $5_1;
           HEAP8[$7 + 53 | 0] = $5_1 >>> 8;
           HEAP8[$7 + 54 | 0] = $5_1 >>> 16;
           HEAP8[$7 + 55 | 0] = $5_1 >>> 24;
           $17 = HEAP32[$3_1 + 152 >> 2];
           $0_1 = $17;
           HEAP8[$7 + 56 | 0] = $0_1;
           HEAP8[$7 + 57 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 58 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 59 | 0] = $0_1 >>> 24;
           $13 = HEAP32[$3_1 + 156 >> 2];
           $0_1 = $13;
           HEAP8[$7 + 60 | 0] = $0_1;
           HEAP8[$7 + 61 | 0] = $0_1 >>> 8;
           HEAP8[$7 + 62 | 0] = $0_1 >>> 16;
           HEAP8[$7 + 63 | 0] = $0_1 >>> 24;
           $7 = $7 - -64 | 0;
           $30_1 = HEAP32[4997169] + $30_1 | 0;
           if ($30_1) {
            continue
           }
           break;
          };
          HEAP32[$3_1 + 6652 >> 2] = $0_1;
          HEAP32[$3_1 + 6648 >> 2] = $17;
          HEAP32[$3_1 + 6644 >> 2] = $5_1;
          HEAP32[$3_1 + 6640 >> 2] = $8;
          HEAP32[$3_1 + 6636 >> 2] = $10_1;
          HEAP32[$3_1 + 6632 >> 2] = $26;
          HEAP32[$3_1 + 6628 >> 2] = $24_1;
          HEAP32[$3_1 + 6624 >> 2] = $18;
          HEAP32[$3_1 + 6620 >> 2] = $21;
          HEAP32[$3_1 + 6616 >> 2] = $20_1;
          HEAP32[$3_1 + 6612 >> 2] = $22;
          HEAP32[$3_1 + 6608 >> 2] = $19_1;
          HEAP32[$3_1 + 6604 >> 2] = $15;
          HEAP32[$3_1 + 6600 >> 2] = $12_1;
          HEAP32[$3_1 + 6596 >> 2] = $11;
          HEAP32[$3_1 + 6592 >> 2] = $9;
          $9 = 0;
          HEAP32[788862] = 0;
          $5_1 = 0;
          $8 = HEAPU8[$3_1 + 3527 | 0];
          $10_1 = 49;
          $6 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $8 << $6;
           $0_1 = 0;
          } else {
           $7 = (1 << $6) - 1 & $8 >>> 32 - $6 | $5_1 << $6;
           $0_1 = $8 << $6;
          }
          $5_1 = 19988848;
          $17 = $0_1 & HEAP32[$5_1 >> 2];
          $16 = HEAP32[$5_1 + 4 >> 2] & $7;
          $5_1 = 0;
          $8 = HEAPU8[$3_1 + 3526 | 0];
          $10_1 = 48;
          $6 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $8 << $6;
           $0_1 = 0;
          } else {
           $7 = (1 << $6) - 1 & $8 >>> 32 - $6 | $5_1 << $6;
           $0_1 = $8 << $6;
          }
          $5_1 = 19988856;
          $1_1 = $0_1 & HEAP32[$5_1 >> 2];
          $0_1 = HEAP32[$5_1 + 4 >> 2] & $7;
          $5_1 = 0;
          $8 = HEAPU8[$3_1 + 3525 | 0];
          $10_1 = 40;
          $6 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $8 << $6;
           $4_1 = 0;
          } else {
           $7 = (1 << $6) - 1 & $8 >>> 32 - $6 | $5_1 << $6;
           $4_1 = $8 << $6;
          }
          $4_1 = $4_1 | $1_1;
          $1_1 = $0_1 | $7;
          $7 = HEAPU8[$3_1 + 3524 | 0];
          $10_1 = 32;
          $6 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $7 << $6;
           $0_1 = 0;
          } else {
           $8 = (1 << $6) - 1 & $7 >>> 32 - $6 | $5_1 << $6;
           $0_1 = $7 << $6;
          }
          $0_1 = $4_1 | ($0_1 | HEAP32[$3_1 + 3520 >> 2]) | $17;
          $8 = $1_1 | $8 | $16;
          $5_1 = 19988864;
          $10_1 = HEAP32[$5_1 >> 2];
          $4_1 = HEAP32[$5_1 + 4 >> 2] + $8 | 0;
          $6 = $0_1 + $10_1 | 0;
          $4_1 = $6 >>> 0 < $10_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
          $5_1 = 0;
          HEAP32[$5_1 + 3155328 >> 2] = $6;
          HEAP32[$5_1 + 3155332 >> 2] = $4_1;
          $8 = HEAPU8[$3_1 + 3535 | 0];
          $10_1 = 49;
          $7 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $8 << $7;
           $0_1 = 0;
          } else {
           $4_1 = (1 << $7) - 1 & $8 >>> 32 - $7 | $5_1 << $7;
           $0_1 = $8 << $7;
          }
          $5_1 = 19988848;
          $17 = $0_1 & HEAP32[$5_1 >> 2];
          $16 = $4_1 & HEAP32[$5_1 + 4 >> 2];
          $5_1 = 0;
          $8 = HEAPU8[$3_1 + 3534 | 0];
          $10_1 = 48;
          $7 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $8 << $7;
           $0_1 = 0;
          } else {
           $4_1 = (1 << $7) - 1 & $8 >>> 32 - $7 | $5_1 << $7;
           $0_1 = $8 << $7;
          }
          $5_1 = 19988856;
          $1_1 = $0_1 & HEAP32[$5_1 >> 2];
          $0_1 = $4_1 & HEAP32[$5_1 + 4 >> 2];
          $5_1 = 0;
          $8 = HEAPU8[$3_1 + 3533 | 0];
          $10_1 = 40;
          $7 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $8 << $7;
           $7 = 0;
          } else {
           $4_1 = (1 << $7) - 1 & $8 >>> 32 - $7 | $5_1 << $7;
           $7 = $8 << $7;
          }
          $6 = $7 | $1_1;
          $1_1 = $0_1 | $4_1;
          $4_1 = HEAPU8[$3_1 + 3532 | 0];
          $10_1 = 32;
          $7 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $4_1 << $7;
           $0_1 = 0;
          } else {
           $8 = (1 << $7) - 1 & $4_1 >>> 32 - $7 | $5_1 << $7;
           $0_1 = $4_1 << $7;
          }
          $0_1 = $0_1 | HEAP32[$3_1 + 3528 >> 2] | $6 | $17;
          $8 = $1_1 | $8 | $16;
          $5_1 = 19988864;
          $10_1 = HEAP32[$5_1 >> 2];
          $6 = $8 + HEAP32[$5_1 + 4 >> 2] | 0;
          $7 = $0_1 + $10_1 | 0;
          $6 = $7 >>> 0 < $10_1 >>> 0 ? $6 + 1 | 0 : $6;
          $5_1 = 0;
          HEAP32[$5_1 + 3155336 >> 2] = $7;
          HEAP32[$5_1 + 3155340 >> 2] = $6;
          $14 = HEAPU8[$3_1 + 3543 | 0];
          $16 = 0;
          $13 = HEAP32[$3_1 + 3536 >> 2];
          $17 = 0;
          $23 = HEAPU8[$3_1 + 3540 | 0];
          $25 = 0;
          $28 = HEAPU8[$3_1 + 3542 | 0];
          $33 = 0;
          $27_1 = HEAPU8[$3_1 + 3541 | 0];
          $34_1 = 0;
          $6 = 0;
          $8 = HEAPU8[$3_1 + 3551 | 0];
          $10_1 = 49;
          $4_1 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $8 << $4_1;
           $1_1 = 0;
          } else {
           $5_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $6 << $4_1;
           $1_1 = $8 << $4_1;
          }
          $6 = 19988848;
          $11 = $1_1 & HEAP32[$6 >> 2];
          $12_1 = $5_1 & HEAP32[$6 + 4 >> 2];
          $6 = 0;
          $8 = HEAPU8[$3_1 + 3550 | 0];
          $10_1 = 48;
          $4_1 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $8 << $4_1;
           $1_1 = 0;
          } else {
           $5_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $6 << $4_1;
           $1_1 = $8 << $4_1;
          }
          $6 = 19988856;
          $1_1 = $1_1 & HEAP32[$6 >> 2];
          $0_1 = $5_1 & HEAP32[$6 + 4 >> 2];
          $6 = 0;
          $8 = HEAPU8[$3_1 + 3549 | 0];
          $10_1 = 40;
          $4_1 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $8 << $4_1;
           $4_1 = 0;
          } else {
           $5_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $6 << $4_1;
           $4_1 = $8 << $4_1;
          }
          $7 = $4_1 | $1_1;
          $1_1 = $0_1 | $5_1;
          $5_1 = HEAPU8[$3_1 + 3548 | 0];
          $10_1 = 32;
          $4_1 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $5_1 << $4_1;
           $0_1 = 0;
          } else {
           $8 = (1 << $4_1) - 1 & $5_1 >>> 32 - $4_1 | $6 << $4_1;
           $0_1 = $5_1 << $4_1;
          }
          $0_1 = $0_1 | HEAP32[$3_1 + 3544 >> 2] | $7 | $11;
          $8 = $12_1 | ($1_1 | $8);
          $6 = 19988864;
          $10_1 = HEAP32[$6 >> 2];
          $7 = $8 + HEAP32[$6 + 4 >> 2] | 0;
          $4_1 = $0_1 + $10_1 | 0;
          $7 = $10_1 >>> 0 > $4_1 >>> 0 ? $7 + 1 | 0 : $7;
          $6 = 0;
          HEAP32[$6 + 3155352 >> 2] = $4_1;
          HEAP32[$6 + 3155356 >> 2] = $7;
          $7 = $16;
          $8 = $14;
          $10_1 = 49;
          $5_1 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $8 << $5_1;
           $1_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $8 >>> 32 - $5_1 | $7 << $5_1;
           $1_1 = $8 << $5_1;
          }
          $7 = 19988848;
          $14 = $1_1 & HEAP32[$7 >> 2];
          $16 = HEAP32[$7 + 4 >> 2] & $6;
          $6 = $33;
          $8 = $28;
          $10_1 = 48;
          $5_1 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $8 << $5_1;
           $1_1 = 0;
          } else {
           $7 = (1 << $5_1) - 1 & $8 >>> 32 - $5_1 | $6 << $5_1;
           $1_1 = $8 << $5_1;
          }
          $6 = 19988856;
          $1_1 = $1_1 & HEAP32[$6 >> 2];
          $0_1 = HEAP32[$6 + 4 >> 2] & $7;
          $7 = $34_1;
          $8 = $27_1;
          $10_1 = 40;
          $5_1 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $8 << $5_1;
           $4_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $8 >>> 32 - $5_1 | $7 << $5_1;
           $4_1 = $8 << $5_1;
          }
          $4_1 = $4_1 | $1_1;
          $1_1 = $0_1 | $6;
          $0_1 = $17;
          $8 = $25;
          $6 = $23;
          $10_1 = 32;
          $5_1 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $6 << $5_1;
           $10_1 = 0;
          } else {
           $7 = (1 << $5_1) - 1 & $6 >>> 32 - $5_1 | $8 << $5_1;
           $10_1 = $6 << $5_1;
          }
          $7 = $1_1 | ($0_1 | $7);
          $0_1 = $14 | ($4_1 | ($10_1 | $13));
          $8 = 19988864;
          $10_1 = HEAP32[$8 >> 2];
          $4_1 = HEAP32[$8 + 4 >> 2] + ($7 | $16) | 0;
          $5_1 = $0_1 + $10_1 | 0;
          $4_1 = $10_1 >>> 0 > $5_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
          $8 = 0;
          HEAP32[$8 + 3155344 >> 2] = $5_1;
          HEAP32[$8 + 3155348 >> 2] = $4_1;
          $14 = HEAPU8[$3_1 + 3559 | 0];
          $16 = 0;
          $13 = HEAP32[$3_1 + 3552 >> 2];
          $23 = HEAPU8[$3_1 + 3556 | 0];
          $28 = HEAPU8[$3_1 + 3558 | 0];
          $27_1 = HEAPU8[$3_1 + 3557 | 0];
          $4_1 = 0;
          $6 = HEAPU8[$3_1 + 3567 | 0];
          $10_1 = 49;
          $7 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $6 << $7;
           $0_1 = 0;
          } else {
           $8 = (1 << $7) - 1 & $6 >>> 32 - $7 | $4_1 << $7;
           $0_1 = $6 << $7;
          }
          $6 = $8;
          $4_1 = 19988848;
          $21 = HEAP32[$4_1 >> 2] & $0_1;
          $11 = $6 & HEAP32[$4_1 + 4 >> 2];
          $4_1 = 0;
          $6 = HEAPU8[$3_1 + 3566 | 0];
          $10_1 = 48;
          $7 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $6 << $7;
           $0_1 = 0;
          } else {
           $8 = (1 << $7) - 1 & $6 >>> 32 - $7 | $4_1 << $7;
           $0_1 = $6 << $7;
          }
          $6 = $8;
          $4_1 = 19988856;
          $1_1 = HEAP32[$4_1 >> 2] & $0_1;
          $0_1 = $6 & HEAP32[$4_1 + 4 >> 2];
          $4_1 = 0;
          $6 = HEAPU8[$3_1 + 3565 | 0];
          $10_1 = 40;
          $7 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $6 << $7;
           $7 = 0;
          } else {
           $8 = (1 << $7) - 1 & $6 >>> 32 - $7 | $4_1 << $7;
           $7 = $6 << $7;
          }
          $12_1 = $7 | $1_1;
          $5_1 = $0_1 | $8;
          $8 = HEAPU8[$3_1 + 3564 | 0];
          $10_1 = 32;
          $7 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $8 << $7;
           $1_1 = 0;
          } else {
           $6 = (1 << $7) - 1 & $8 >>> 32 - $7 | $4_1 << $7;
           $1_1 = $8 << $7;
          }
          $8 = $5_1 | $6;
          $0_1 = $21 | (HEAP32[$3_1 + 3560 >> 2] | $1_1 | $12_1);
          $6 = $8 | $11;
          $4_1 = 19988864;
          $10_1 = HEAP32[$4_1 >> 2];
          $5_1 = $6 + HEAP32[$4_1 + 4 >> 2] | 0;
          $7 = $0_1 + $10_1 | 0;
          $5_1 = $7 >>> 0 < $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
          $4_1 = 0;
          HEAP32[$4_1 + 3155368 >> 2] = $7;
          HEAP32[$4_1 + 3155372 >> 2] = $5_1;
          $5_1 = $16;
          $6 = $14;
          $10_1 = 49;
          $8 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 << $8;
           $0_1 = 0;
          } else {
           $4_1 = (1 << $8) - 1 & $6 >>> 32 - $8 | $5_1 << $8;
           $0_1 = $6 << $8;
          }
          $5_1 = 19988848;
          $14 = $0_1 & HEAP32[$5_1 >> 2];
          $16 = $4_1 & HEAP32[$5_1 + 4 >> 2];
          $4_1 = $33;
          $6 = $28;
          $10_1 = 48;
          $8 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $6 << $8;
           $0_1 = 0;
          } else {
           $5_1 = (1 << $8) - 1 & $6 >>> 32 - $8 | $4_1 << $8;
           $0_1 = $6 << $8;
          }
          $4_1 = 19988856;
          $1_1 = HEAP32[$4_1 >> 2] & $0_1;
          $0_1 = $5_1 & HEAP32[$4_1 + 4 >> 2];
          $5_1 = $34_1;
          $6 = $27_1;
          $10_1 = 40;
          $8 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 << $8;
           $7 = 0;
          } else {
           $4_1 = (1 << $8) - 1 & $6 >>> 32 - $8 | $5_1 << $8;
           $7 = $6 << $8;
          }
          $7 = $7 | $1_1;
          $1_1 = $0_1 | $4_1;
          $0_1 = $17;
          $6 = $25;
          $4_1 = $23;
          $10_1 = 32;
          $8 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $4_1 << $8;
           $10_1 = 0;
          } else {
           $5_1 = (1 << $8) - 1 & $4_1 >>> 32 - $8 | $6 << $8;
           $10_1 = $4_1 << $8;
          }
          $5_1 = $0_1 | $5_1 | $1_1;
          $0_1 = $10_1 | $13 | $7 | $14;
          $6 = 19988864;
          $10_1 = HEAP32[$6 >> 2];
          $7 = HEAP32[$6 + 4 >> 2] + ($5_1 | $16) | 0;
          $8 = $0_1 + $10_1 | 0;
          $7 = $10_1 >>> 0 > $8 >>> 0 ? $7 + 1 | 0 : $7;
          $6 = 0;
          HEAP32[$6 + 3155360 >> 2] = $8;
          HEAP32[$6 + 3155364 >> 2] = $7;
          $14 = HEAPU8[$3_1 + 3575 | 0];
          $16 = 0;
          $13 = HEAP32[$3_1 + 3568 >> 2];
          $23 = HEAPU8[$3_1 + 3572 | 0];
          $28 = HEAPU8[$3_1 + 3574 | 0];
          $27_1 = HEAPU8[$3_1 + 3573 | 0];
          $7 = 0;
          $4_1 = HEAPU8[$3_1 + 3583 | 0];
          $10_1 = 49;
          $5_1 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $4_1 << $5_1;
           $0_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $7 << $5_1;
           $0_1 = $4_1 << $5_1;
          }
          $7 = 19988848;
          $11 = $0_1 & HEAP32[$7 >> 2];
          $12_1 = HEAP32[$7 + 4 >> 2] & $6;
          $7 = 0;
          $4_1 = HEAPU8[$3_1 + 3582 | 0];
          $10_1 = 48;
          $5_1 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $4_1 << $5_1;
           $0_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $7 << $5_1;
           $0_1 = $4_1 << $5_1;
          }
          $7 = 19988856;
          $1_1 = $0_1 & HEAP32[$7 >> 2];
          $0_1 = HEAP32[$7 + 4 >> 2] & $6;
          $7 = 0;
          $4_1 = HEAPU8[$3_1 + 3581 | 0];
          $10_1 = 40;
          $5_1 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $4_1 << $5_1;
           $4_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $7 << $5_1;
           $4_1 = $4_1 << $5_1;
          }
          $8 = $4_1 | $1_1;
          $1_1 = $0_1 | $6;
          $6 = HEAPU8[$3_1 + 3580 | 0];
          $10_1 = 32;
          $5_1 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 << $5_1;
           $0_1 = 0;
          } else {
           $4_1 = (1 << $5_1) - 1 & $6 >>> 32 - $5_1 | $7 << $5_1;
           $0_1 = $6 << $5_1;
          }
          $0_1 = $8 | ($0_1 | HEAP32[$3_1 + 3576 >> 2]) | $11;
          $4_1 = $1_1 | $4_1 | $12_1;
          $7 = 19988864;
          $10_1 = HEAP32[$7 >> 2];
          $8 = HEAP32[$7 + 4 >> 2] + $4_1 | 0;
          $5_1 = $0_1 + $10_1 | 0;
          $8 = $10_1 >>> 0 > $5_1 >>> 0 ? $8 + 1 | 0 : $8;
          $7 = 0;
          HEAP32[$7 + 3155384 >> 2] = $5_1;
          HEAP32[$7 + 3155388 >> 2] = $8;
          $8 = $16;
          $4_1 = $14;
          $10_1 = 49;
          $6 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $4_1 << $6;
           $0_1 = 0;
          } else {
           $7 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $8 << $6;
           $0_1 = $4_1 << $6;
          }
          $8 = 19988848;
          $14 = $0_1 & HEAP32[$8 >> 2];
          $16 = HEAP32[$8 + 4 >> 2] & $7;
          $7 = $33;
          $4_1 = $28;
          $10_1 = 48;
          $6 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $4_1 << $6;
           $0_1 = 0;
          } else {
           $8 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $7 << $6;
           $0_1 = $4_1 << $6;
          }
          $7 = 19988856;
          $1_1 = $0_1 & HEAP32[$7 >> 2];
          $0_1 = HEAP32[$7 + 4 >> 2] & $8;
          $8 = $34_1;
          $4_1 = $27_1;
          $10_1 = 40;
          $6 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $4_1 << $6;
           $4_1 = 0;
          } else {
           $7 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $8 << $6;
           $4_1 = $4_1 << $6;
          }
          $5_1 = $4_1 | $1_1;
          $1_1 = $0_1 | $7;
          $0_1 = $17;
          $4_1 = $25;
          $7 = $23;
          $10_1 = 32;
          $6 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $7 << $6;
           $10_1 = 0;
          } else {
           $8 = (1 << $6) - 1 & $7 >>> 32 - $6 | $4_1 << $6;
           $10_1 = $7 << $6;
          }
          $8 = $1_1 | ($0_1 | $8);
          $0_1 = $14 | ($10_1 | $13 | $5_1);
          $7 = $8 | $16;
          $4_1 = 19988864;
          $10_1 = HEAP32[$4_1 >> 2];
          $5_1 = $7 + HEAP32[$4_1 + 4 >> 2] | 0;
          $6 = $0_1 + $10_1 | 0;
          $5_1 = $6 >>> 0 < $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
          $4_1 = 0;
          HEAP32[$4_1 + 3155376 >> 2] = $6;
          HEAP32[$4_1 + 3155380 >> 2] = $5_1;
          $5_1 = 0;
          HEAP32[$5_1 + 3155392 >> 2] = HEAP32[$3_1 + 3584 >> 2];
          HEAP32[$5_1 + 3155396 >> 2] = 0;
          HEAP32[0 + 3155400 >> 2] = HEAP32[$3_1 + 3600 >> 2];
          HEAP32[$4_1 + 3155404 >> 2] = 0;
          $11 = HEAPU8[$3_1 + 3616 | 0];
          HEAP32[788852] = $11 & 1;
          HEAP32[788855] = $11 >>> 3 & 1 | 6;
          HEAP32[788854] = $11 >>> 2 & 1 | 4;
          HEAP32[788853] = $11 >>> 1 & 1 | 2;
          $7 = HEAPU8[$3_1 + 3625 | 0];
          $10_1 = 14;
          $8 = 14;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $7 << $8;
           $1_1 = 0;
          } else {
           $5_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $4_1 << $8;
           $1_1 = $7 << $8;
          }
          $0_1 = $5_1;
          $7 = 0;
          $4_1 = HEAPU8[$3_1 + 3624 | 0];
          $10_1 = 6;
          $8 = 6;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $4_1 << $8;
           $4_1 = 0;
          } else {
           $5_1 = (1 << $8) - 1 & $4_1 >>> 32 - $8 | $7 << $8;
           $4_1 = $4_1 << $8;
          }
          $16 = $4_1 | $1_1;
          $6 = $0_1 | $5_1;
          $5_1 = HEAPU8[$3_1 + 3626 | 0];
          $10_1 = 22;
          $8 = 22;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $5_1 << $8;
           $1_1 = 0;
          } else {
           $4_1 = (1 << $8) - 1 & $5_1 >>> 32 - $8 | $7 << $8;
           $1_1 = $5_1 << $8;
          }
          $7 = 19988872;
          $10_1 = HEAP32[$7 >> 2];
          $7 = HEAP32[$7 + 4 >> 2] & $4_1;
          $5_1 = 0;
          HEAP32[$5_1 + 3155424 >> 2] = $1_1 & $10_1 | $16;
          HEAP32[$5_1 + 3155428 >> 2] = $6 | $7;
          $14 = HEAPU16[$3_1 + 3632 >> 1];
          $16 = 0;
          $13 = HEAPU8[$3_1 + 3634 | 0];
          $23 = HEAPU8[$3_1 + 3639 | 0];
          $1_1 = 0;
          $4_1 = HEAPU8[$3_1 + 3642 | 0];
          $10_1 = 16;
          $8 = 16;
          $6 = HEAPU16[$3_1 + 3640 >> 1];
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $4_1 << $8;
           $0_1 = 0;
          } else {
           $7 = (1 << $8) - 1 & $4_1 >>> 32 - $8 | $5_1 << $8;
           $0_1 = $4_1 << $8;
          }
          $5_1 = 19988880;
          $6 = $6 | $0_1 & HEAP32[$5_1 >> 2];
          $1_1 = $1_1 | HEAP32[$5_1 + 4 >> 2] & $7;
          $4_1 = 0;
          $7 = HEAPU8[$3_1 + 3647 | 0];
          $10_1 = 51;
          $8 = 19;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $7 << $8;
           $0_1 = 0;
          } else {
           $5_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $4_1 << $8;
           $0_1 = $7 << $8;
          }
          $4_1 = 19988888;
          $0_1 = $6 | $0_1 & HEAP32[$4_1 >> 2];
          $7 = $5_1 & HEAP32[$4_1 + 4 >> 2] | $1_1;
          $5_1 = 19988896;
          $10_1 = HEAP32[$5_1 >> 2];
          $4_1 = HEAP32[$5_1 + 4 >> 2];
          $5_1 = 0;
          HEAP32[$5_1 + 3155440 >> 2] = $0_1 | $10_1;
          HEAP32[$5_1 + 3155444 >> 2] = $4_1 | $7;
          $1_1 = $16;
          $4_1 = $17;
          $7 = $13;
          $10_1 = 16;
          $8 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $7 << $8;
           $0_1 = 0;
          } else {
           $5_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $4_1 << $8;
           $0_1 = $7 << $8;
          }
          $4_1 = 19988880;
          $6 = $14 | $0_1 & HEAP32[$4_1 >> 2];
          $1_1 = $5_1 & HEAP32[$4_1 + 4 >> 2] | $1_1;
          $4_1 = $25;
          $5_1 = $23;
          $10_1 = 51;
          $8 = 19;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $5_1 << $8;
           $0_1 = 0;
          } else {
           $7 = (1 << $8) - 1 & $5_1 >>> 32 - $8 | $4_1 << $8;
           $0_1 = $5_1 << $8;
          }
          $4_1 = 19988888;
          $0_1 = $0_1 & HEAP32[$4_1 >> 2] | $6;
          $5_1 = $1_1 | HEAP32[$4_1 + 4 >> 2] & $7;
          $7 = 19988896;
          $10_1 = HEAP32[$7 >> 2];
          $4_1 = HEAP32[$7 + 4 >> 2];
          $7 = 0;
          HEAP32[$7 + 3155432 >> 2] = $0_1 | $10_1;
          HEAP32[$7 + 3155436 >> 2] = $4_1 | $5_1;
          wasm2js_memory_fill($3_1 + 96 | 0, 0, 256);
          wasm2js_memory_copy($43_1, HEAP32[4997226], 232);
          $26 = $47_1 + 1 | 0;
          $19_1 = 0;
          while (1) {
           block44 : {
            $11 = ($19_1 << 3) + $43_1 | 0;
            $12_1 = HEAP32[$11 + 4 >> 2];
            if (!$12_1) {
             break block44
            }
            $15 = HEAPU8[$11 | 0];
            $11 = HEAP32[4997227] + ($9 >>> 0 >= 256 ? 256 : $9) | 0;
            while (1) {
             if ($11) {
              HEAP8[$9 + ($3_1 + 96 | 0) | 0] = $15;
              $11 = $11 + 1 | 0;
              $9 = $9 + 1 | 0;
              $12_1 = HEAP32[4997140] + $12_1 | 0;
              if ($12_1) {
               continue
              }
              break block44;
             }
             break;
            };
            $57($9, 256, HEAP32[4997228]);
            wasm2js_trap();
           }
           $19_1 = $19_1 + 1 | 0;
           if (($19_1 | 0) != 29) {
            continue
           }
           break;
          };
          $12_1 = 0;
          HEAP32[$3_1 + 6712 >> 2] = 0;
          HEAP32[$3_1 + 6704 >> 2] = 0;
          HEAP32[$3_1 + 6696 >> 2] = 0;
          HEAP32[$3_1 + 6688 >> 2] = 0;
          HEAP32[$3_1 + 6680 >> 2] = 0;
          HEAP32[$3_1 + 6672 >> 2] = 0;
          HEAP32[$3_1 + 6664 >> 2] = 0;
          HEAP32[$3_1 + 6656 >> 2] = 0;
          $9 = HEAP32[4997229];
          $19_1 = HEAP32[4997230];
          while (1) {
           $11 = $19_1 + ($3_1 + 3520 | 0) | 0;
           $21 = HEAPU8[$11 + 2178 | 0] & 7;
           $22 = HEAPU8[$11 + 2177 | 0] & 7;
           $20_1 = HEAP32[$11 + 2180 >> 2];
           $15 = 0;
           block49 : {
            block50 : {
             block48 : {
              block46 : {
               block47 : {
                $18 = HEAPU8[HEAPU8[$11 + 2176 | 0] + ($3_1 + 96 | 0) | 0];
                switch ($18 | 0) {
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 11:
                case 12:
                case 13:
                case 14:
                case 15:
                 break block46;
                case 10:
                 break block47;
                case 16:
                 break block48;
                case 26:
                 break block50;
                default:
                 break block49;
                };
               }
               if (!(HEAP32[4997140] + $20_1 & $20_1)) {
                break block49
               }
              }
              $15 = ($3_1 + 6656 | 0) + ($22 << 3) | 0;
              HEAP32[$15 + 4 >> 2] = $12_1;
              HEAP32[$15 >> 2] = 1;
              $15 = 0;
              break block49;
             }
             if (($21 | 0) == ($22 | 0)) {
              break block49
             }
             $15 = ($3_1 + 6656 | 0) + ($22 << 3) | 0;
             HEAP32[$15 + 4 >> 2] = $12_1;
             HEAP32[$15 >> 2] = 1;
             $15 = ($3_1 + 6656 | 0) + ($21 << 3) | 0;
             HEAP32[$15 + 4 >> 2] = $12_1;
             HEAP32[$15 >> 2] = 1;
             $15 = 0;
             break block49;
            }
            $24_1 = ($3_1 + 6656 | 0) + ($22 << 3) | 0;
            if (HEAP32[$24_1 >> 2] == 1) {
             $15 = HEAP32[$24_1 + 4 >> 2] + 1 | 0
            }
            HEAP32[$3_1 + 6716 >> 2] = $12_1;
            HEAP32[$3_1 + 6712 >> 2] = 1;
            HEAP32[$3_1 + 6708 >> 2] = $12_1;
            HEAP32[$3_1 + 6704 >> 2] = 1;
            HEAP32[$3_1 + 6700 >> 2] = $12_1;
            HEAP32[$3_1 + 6696 >> 2] = 1;
            HEAP32[$3_1 + 6692 >> 2] = $12_1;
            HEAP32[$3_1 + 6688 >> 2] = 1;
            HEAP32[$3_1 + 6684 >> 2] = $12_1;
            HEAP32[$3_1 + 6680 >> 2] = 1;
            HEAP32[$3_1 + 6676 >> 2] = $12_1;
            HEAP32[$3_1 + 6672 >> 2] = 1;
            HEAP32[$3_1 + 6668 >> 2] = $12_1;
            HEAP32[$3_1 + 6664 >> 2] = 1;
            HEAP32[$3_1 + 6660 >> 2] = $12_1;
            HEAP32[$3_1 + 6656 >> 2] = 1;
           }
           HEAP32[$9 >> 2] = $22;
           HEAP8[$9 + 17 | 0] = $18;
           HEAP32[$9 + 12 >> 2] = $15;
           HEAP32[$9 + 8 >> 2] = $20_1;
           HEAP32[$9 + 4 >> 2] = $21;
           HEAP8[$9 + 16 | 0] = HEAPU8[$11 + 2179 | 0];
           $12_1 = $12_1 + 1 | 0;
           $9 = $9 + 20 | 0;
           $19_1 = $19_1 + 8 | 0;
           if ($19_1) {
            continue
           }
           break;
          };
          $14 = 0;
          $24_1 = 0;
          HEAP32[0 + 3155136 >> 2] = 0;
          HEAP32[$7 + 3155140 >> 2] = 0;
          HEAP32[0 + 3155144 >> 2] = 0;
          HEAP32[$7 + 3155148 >> 2] = 0;
          HEAP32[0 + 3155152 >> 2] = 0;
          HEAP32[$7 + 3155156 >> 2] = 0;
          HEAP32[0 + 3155160 >> 2] = 0;
          HEAP32[$7 + 3155164 >> 2] = 0;
          HEAP32[0 + 3155168 >> 2] = 0;
          HEAP32[$7 + 3155172 >> 2] = 0;
          HEAP32[0 + 3155176 >> 2] = 0;
          HEAP32[$7 + 3155180 >> 2] = 0;
          HEAP32[0 + 3155184 >> 2] = 0;
          HEAP32[$7 + 3155188 >> 2] = 0;
          HEAP32[0 + 3155192 >> 2] = 0;
          HEAP32[$7 + 3155196 >> 2] = 0;
          $5_1 = 0;
          $37_1 = HEAP32[$5_1 + 3155392 >> 2];
          $44_1 = HEAP32[0 + 3155400 >> 2];
          $13 = 0;
          $23 = 0;
          $28 = 0;
          $27_1 = 0;
          $31 = 0;
          $39_1 = 0;
          $32 = 0;
          $40_1 = 0;
          $38_1 = 0;
          $46_1 = 0;
          block147 : {
           while (1) {
            $9 = HEAP32[788852];
            if ($9 >>> 0 > 7) {
             break block52
            }
            $11 = HEAP32[788853];
            if ($11 >>> 0 >= 8) {
             break block53
            }
            $24_1 = $24_1 + 1 | 0;
            $12_1 = 0;
            $5_1 = $11 << 3;
            $1_1 = HEAP32[$5_1 + 3155136 >> 2];
            $4_1 = HEAP32[$5_1 + 3155140 >> 2];
            $5_1 = $9 << 3;
            $10_1 = HEAP32[$5_1 + 3155136 >> 2];
            $0_1 = HEAP32[$5_1 + 3155140 >> 2] ^ $4_1;
            $36_1 = $1_1 ^ $10_1;
            $21 = HEAP32[4997231] & ($44_1 ^ $36_1);
            $7 = $21;
            $1_1 = HEAPU8[$7 + 1052608 | 0] | HEAPU8[$7 + 1052609 | 0] << 8 | (HEAPU8[$7 + 1052610 | 0] << 16 | HEAPU8[$7 + 1052611 | 0] << 24);
            $4_1 = HEAPU8[$7 + 1052612 | 0] | HEAPU8[$7 + 1052613 | 0] << 8 | (HEAPU8[$7 + 1052614 | 0] << 16 | HEAPU8[$7 + 1052615 | 0] << 24);
            $7 = 0;
            HEAP32[$7 + 3155136 >> 2] = $1_1 ^ $38_1;
            HEAP32[$7 + 3155140 >> 2] = $4_1 ^ $46_1;
            $4_1 = $21;
            $1_1 = HEAPU8[$4_1 + 1052632 | 0] | HEAPU8[$4_1 + 1052633 | 0] << 8 | (HEAPU8[$4_1 + 1052634 | 0] << 16 | HEAPU8[$4_1 + 1052635 | 0] << 24);
            $7 = HEAPU8[$4_1 + 1052636 | 0] | HEAPU8[$4_1 + 1052637 | 0] << 8 | (HEAPU8[$4_1 + 1052638 | 0] << 16 | HEAPU8[$4_1 + 1052639 | 0] << 24);
            $4_1 = 0;
            HEAP32[$4_1 + 3155160 >> 2] = $1_1 ^ $27_1;
            HEAP32[$4_1 + 3155164 >> 2] = $7 ^ $34_1;
            $7 = HEAPU8[$21 + 1052621 | 0];
            $10_1 = 40;
            $8 = 8;
            if (($10_1 & 63) >>> 0 >= 32) {
             $5_1 = $7 << $8;
             $1_1 = 0;
            } else {
             $5_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $4_1 << $8;
             $1_1 = $7 << $8;
            }
            $4_1 = $21;
            $6 = $1_1 | (HEAPU8[$4_1 + 1052616 | 0] | HEAPU8[$4_1 + 1052617 | 0] << 8 | (HEAPU8[$4_1 + 1052618 | 0] << 16 | HEAPU8[$4_1 + 1052619 | 0] << 24));
            $1_1 = $5_1;
            $4_1 = 0;
            $7 = HEAPU8[$21 + 1052620 | 0];
            $10_1 = 32;
            $8 = 0;
            if (($10_1 & 63) >>> 0 >= 32) {
             $5_1 = $7 << $8;
             $7 = 0;
            } else {
             $5_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $4_1 << $8;
             $7 = $7 << $8;
            }
            $6 = $7 | $6;
            $1_1 = $1_1 | $5_1;
            $5_1 = HEAPU8[$21 + 1052622 | 0];
            $10_1 = 48;
            $8 = 16;
            if (($10_1 & 63) >>> 0 >= 32) {
             $7 = $5_1 << $8;
             $5_1 = 0;
            } else {
             $7 = (1 << $8) - 1 & $5_1 >>> 32 - $8 | $4_1 << $8;
             $5_1 = $5_1 << $8;
            }
            $6 = $5_1 | $6;
            $1_1 = $1_1 | $7;
            $7 = HEAPU8[$21 + 1052623 | 0];
            $10_1 = 56;
            $8 = 24;
            if (($10_1 & 63) >>> 0 >= 32) {
             $5_1 = $7 << $8;
             $10_1 = 0;
            } else {
             $5_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $4_1 << $8;
             $10_1 = $7 << $8;
            }
            $7 = $1_1 | $5_1;
            $5_1 = 0;
            HEAP32[$5_1 + 3155144 >> 2] = $32 ^ ($6 | $10_1);
            HEAP32[$5_1 + 3155148 >> 2] = $7 ^ $40_1;
            $7 = HEAPU8[$21 + 1052629 | 0];
            $10_1 = 40;
            $8 = 8;
            if (($10_1 & 63) >>> 0 >= 32) {
             $4_1 = $7 << $8;
             $1_1 = 0;
            } else {
             $4_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $5_1 << $8;
             $1_1 = $7 << $8;
            }
            $5_1 = $21;
            $6 = $1_1 | (HEAPU8[$5_1 + 1052624 | 0] | HEAPU8[$5_1 + 1052625 | 0] << 8 | (HEAPU8[$5_1 + 1052626 | 0] << 16 | HEAPU8[$5_1 + 1052627 | 0] << 24));
            $1_1 = $4_1;
            $5_1 = 0;
            $7 = HEAPU8[$21 + 1052628 | 0];
            $10_1 = 32;
            $8 = 0;
            if (($10_1 & 63) >>> 0 >= 32) {
             $4_1 = $7 << $8;
             $7 = 0;
            } else {
             $4_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $5_1 << $8;
             $7 = $7 << $8;
            }
            $6 = $7 | $6;
            $1_1 = $1_1 | $4_1;
            $4_1 = HEAPU8[$21 + 1052630 | 0];
            $10_1 = 48;
            $8 = 16;
            if (($10_1 & 63) >>> 0 >= 32) {
             $7 = $4_1 << $8;
             $4_1 = 0;
            } else {
             $7 = (1 << $8) - 1 & $4_1 >>> 32 - $8 | $5_1 << $8;
             $4_1 = $4_1 << $8;
            }
            $6 = $4_1 | $6;
            $1_1 = $1_1 | $7;
            $7 = HEAPU8[$21 + 1052631 | 0];
            $10_1 = 56;
            $8 = 24;
            if (($10_1 & 63) >>> 0 >= 32) {
             $4_1 = $7 << $8;
             $10_1 = 0;
            } else {
             $4_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $5_1 << $8;
             $10_1 = $7 << $8;
            }
            $7 = $1_1 | $4_1;
            $4_1 = 0;
            HEAP32[$4_1 + 3155152 >> 2] = $31 ^ ($6 | $10_1);
            HEAP32[$4_1 + 3155156 >> 2] = $7 ^ $39_1;
            $7 = $21;
            $1_1 = HEAPU8[$7 + 1052640 | 0] | HEAPU8[$7 + 1052641 | 0] << 8 | (HEAPU8[$7 + 1052642 | 0] << 16 | HEAPU8[$7 + 1052643 | 0] << 24);
            $4_1 = HEAPU8[$7 + 1052644 | 0] | HEAPU8[$7 + 1052645 | 0] << 8 | (HEAPU8[$7 + 1052646 | 0] << 16 | HEAPU8[$7 + 1052647 | 0] << 24);
            $7 = 0;
            HEAP32[$7 + 3155168 >> 2] = $1_1 ^ $28;
            HEAP32[$7 + 3155172 >> 2] = $4_1 ^ $33;
            $4_1 = $21;
            $1_1 = HEAPU8[$4_1 + 1052648 | 0] | HEAPU8[$4_1 + 1052649 | 0] << 8 | (HEAPU8[$4_1 + 1052650 | 0] << 16 | HEAPU8[$4_1 + 1052651 | 0] << 24);
            $7 = HEAPU8[$4_1 + 1052652 | 0] | HEAPU8[$4_1 + 1052653 | 0] << 8 | (HEAPU8[$4_1 + 1052654 | 0] << 16 | HEAPU8[$4_1 + 1052655 | 0] << 24);
            $4_1 = 0;
            HEAP32[$4_1 + 3155176 >> 2] = $1_1 ^ $23;
            HEAP32[$4_1 + 3155180 >> 2] = $7 ^ $25;
            $7 = $21;
            $1_1 = HEAPU8[$7 + 1052656 | 0] | HEAPU8[$7 + 1052657 | 0] << 8 | (HEAPU8[$7 + 1052658 | 0] << 16 | HEAPU8[$7 + 1052659 | 0] << 24);
            $4_1 = HEAPU8[$7 + 1052660 | 0] | HEAPU8[$7 + 1052661 | 0] << 8 | (HEAPU8[$7 + 1052662 | 0] << 16 | HEAPU8[$7 + 1052663 | 0] << 24);
            $7 = 0;
            HEAP32[$7 + 3155184 >> 2] = $1_1 ^ $13;
            HEAP32[$7 + 3155188 >> 2] = $4_1 ^ $17;
            $4_1 = $21;
            $1_1 = HEAPU8[$4_1 + 1052664 | 0] | HEAPU8[$4_1 + 1052665 | 0] << 8 | (HEAPU8[$4_1 + 1052666 | 0] << 16 | HEAPU8[$4_1 + 1052667 | 0] << 24);
            $7 = HEAPU8[$4_1 + 1052668 | 0] | HEAPU8[$4_1 + 1052669 | 0] << 8 | (HEAPU8[$4_1 + 1052670 | 0] << 16 | HEAPU8[$4_1 + 1052671 | 0] << 24);
            $4_1 = 0;
            HEAP32[$4_1 + 3155192 >> 2] = $1_1 ^ $14;
            HEAP32[$4_1 + 3155196 >> 2] = $7 ^ $16;
            $5_1 = $0_1;
            $7 = $36_1;
            $10_1 = 32;
            $8 = 0;
            if (($10_1 & 63) >>> 0 >= 32) {
             $5_1 = $5_1 >>> $8 | 0
            } else {
             $5_1 = ((1 << $8) - 1 & $5_1) << 32 - $8 | $7 >>> $8
            }
            $18 = HEAP32[4997231] & ($5_1 ^ $37_1);
            $0_1 = $18;
            $9 = HEAPU8[$0_1 + 1052608 | 0] | HEAPU8[$0_1 + 1052609 | 0] << 8 | (HEAPU8[$0_1 + 1052610 | 0] << 16 | HEAPU8[$0_1 + 1052611 | 0] << 24);
            $0_1 = HEAP32[4997232] + $0_1 | 0;
            HEAPF64[394401] = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
            HEAPF64[394400] = $9 | 0;
            $9 = HEAPU8[$18 + 1052640 | 0] | HEAPU8[$18 + 1052641 | 0] << 8 | (HEAPU8[$18 + 1052642 | 0] << 16 | HEAPU8[$18 + 1052643 | 0] << 24);
            $14 = HEAP32[0 + 3155432 >> 2];
            $16 = HEAP32[$4_1 + 3155436 >> 2];
            $0_1 = HEAP32[4997233] + $18 | 0;
            wasm2js_scratch_store_f64(+(HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)));
            $5_1 = wasm2js_scratch_load_i32(1) | 0;
            $4_1 = 19988936;
            $0_1 = wasm2js_scratch_load_i32(0) & HEAP32[$4_1 >> 2];
            $4_1 = $5_1 & HEAP32[$4_1 + 4 >> 2];
            $7 = 0;
            $13 = HEAP32[$7 + 3155440 >> 2];
            $10_1 = $13;
            $17 = HEAP32[$7 + 3155444 >> 2];
            $5_1 = $17;
            HEAP32[0 + 3155272 >> 2] = $0_1 | $10_1;
            HEAP32[$7 + 3155276 >> 2] = $4_1 | $5_1;
            wasm2js_scratch_store_f64(+($9 | 0));
            $5_1 = wasm2js_scratch_load_i32(1) | 0;
            $0_1 = wasm2js_scratch_load_i32(0) | 0;
            $4_1 = 19988936;
            $10_1 = HEAP32[$4_1 >> 2];
            $4_1 = $5_1 & HEAP32[$4_1 + 4 >> 2];
            HEAP32[0 + 3155264 >> 2] = $14 | $0_1 & $10_1;
            HEAP32[$7 + 3155268 >> 2] = $4_1 | $16;
            $9 = HEAPU8[$18 + 1052616 | 0] | HEAPU8[$18 + 1052617 | 0] << 8 | (HEAPU8[$18 + 1052618 | 0] << 16 | HEAPU8[$18 + 1052619 | 0] << 24);
            $0_1 = HEAP32[4997236] + $18 | 0;
            HEAPF64[394403] = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
            HEAPF64[394402] = $9 | 0;
            $9 = HEAPU8[$18 + 1052648 | 0] | HEAPU8[$18 + 1052649 | 0] << 8 | (HEAPU8[$18 + 1052650 | 0] << 16 | HEAPU8[$18 + 1052651 | 0] << 24);
            $0_1 = HEAP32[4997237] + $18 | 0;
            wasm2js_scratch_store_f64(+(HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)));
            $4_1 = wasm2js_scratch_load_i32(1) | 0;
            $0_1 = wasm2js_scratch_load_i32(0) | 0;
            $5_1 = 19988936;
            $10_1 = HEAP32[$5_1 >> 2];
            $5_1 = $4_1 & HEAP32[$5_1 + 4 >> 2];
            HEAP32[0 + 3155288 >> 2] = $13 | $0_1 & $10_1;
            HEAP32[$7 + 3155292 >> 2] = $5_1 | $17;
            wasm2js_scratch_store_f64(+($9 | 0));
            $5_1 = wasm2js_scratch_load_i32(1) | 0;
            $0_1 = wasm2js_scratch_load_i32(0) | 0;
            $4_1 = 19988936;
            $10_1 = HEAP32[$4_1 >> 2];
            $4_1 = $5_1 & HEAP32[$4_1 + 4 >> 2];
            HEAP32[0 + 3155280 >> 2] = $14 | $0_1 & $10_1;
            HEAP32[$7 + 3155284 >> 2] = $4_1 | $16;
            $9 = HEAPU8[$18 + 1052624 | 0] | HEAPU8[$18 + 1052625 | 0] << 8 | (HEAPU8[$18 + 1052626 | 0] << 16 | HEAPU8[$18 + 1052627 | 0] << 24);
            $0_1 = HEAP32[4997238] + $18 | 0;
            HEAPF64[394405] = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
            HEAPF64[394404] = $9 | 0;
            $9 = HEAPU8[$18 + 1052656 | 0] | HEAPU8[$18 + 1052657 | 0] << 8 | (HEAPU8[$18 + 1052658 | 0] << 16 | HEAPU8[$18 + 1052659 | 0] << 24);
            $0_1 = HEAP32[4997239] + $18 | 0;
            wasm2js_scratch_store_f64(+(HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)));
            $4_1 = wasm2js_scratch_load_i32(1) | 0;
            $0_1 = wasm2js_scratch_load_i32(0) | 0;
            $5_1 = 19988936;
            $10_1 = HEAP32[$5_1 >> 2];
            $5_1 = $4_1 & HEAP32[$5_1 + 4 >> 2];
            HEAP32[0 + 3155304 >> 2] = $13 | $0_1 & $10_1;
            HEAP32[$7 + 3155308 >> 2] = $5_1 | $17;
            wasm2js_scratch_store_f64(+($9 | 0));
            $5_1 = wasm2js_scratch_load_i32(1) | 0;
            $0_1 = wasm2js_scratch_load_i32(0) | 0;
            $4_1 = 19988936;
            $10_1 = HEAP32[$4_1 >> 2];
            $4_1 = $5_1 & HEAP32[$4_1 + 4 >> 2];
            HEAP32[0 + 3155296 >> 2] = $14 | $0_1 & $10_1;
            HEAP32[$7 + 3155300 >> 2] = $4_1 | $16;
            $9 = HEAPU8[$18 + 1052632 | 0] | HEAPU8[$18 + 1052633 | 0] << 8 | (HEAPU8[$18 + 1052634 | 0] << 16 | HEAPU8[$18 + 1052635 | 0] << 24);
            $0_1 = HEAP32[4997240] + $18 | 0;
            HEAPF64[394407] = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
            HEAPF64[394406] = $9 | 0;
            $9 = HEAPU8[$18 + 1052664 | 0] | HEAPU8[$18 + 1052665 | 0] << 8 | (HEAPU8[$18 + 1052666 | 0] << 16 | HEAPU8[$18 + 1052667 | 0] << 24);
            $0_1 = HEAP32[4997241] + $18 | 0;
            wasm2js_scratch_store_f64(+(HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)));
            $4_1 = wasm2js_scratch_load_i32(1) | 0;
            $0_1 = wasm2js_scratch_load_i32(0) | 0;
            $5_1 = 19988936;
            $10_1 = HEAP32[$5_1 >> 2];
            $5_1 = $4_1 & HEAP32[$5_1 + 4 >> 2];
            HEAP32[0 + 3155320 >> 2] = $13 | $0_1 & $10_1;
            HEAP32[$7 + 3155324 >> 2] = $5_1 | $17;
            wasm2js_scratch_store_f64(+($9 | 0));
            $5_1 = wasm2js_scratch_load_i32(1) | 0;
            $0_1 = wasm2js_scratch_load_i32(0) | 0;
            $4_1 = 19988936;
            $10_1 = HEAP32[$4_1 >> 2];
            $4_1 = $5_1 & HEAP32[$4_1 + 4 >> 2];
            HEAP32[0 + 3155312 >> 2] = $14 | $0_1 & $10_1;
            HEAP32[$7 + 3155316 >> 2] = $4_1 | $16;
            while (1) {
             $5_1 = 19988968;
             $9 = Math_imul($12_1, 20);
             $20_1 = HEAPU8[$9 + 3150032 | 0];
             $8 = $20_1 & 3;
             $23 = $8 ? 16376 : HEAP32[$5_1 >> 2];
             $19_1 = HEAPU8[$9 + 3150033 | 0];
             $11 = HEAP32[$9 + 3150028 >> 2];
             $22 = HEAP32[$9 + 3150024 >> 2];
             $10_1 = $22;
             $5_1 = $10_1 >> 31;
             $14 = $10_1;
             $16 = $5_1;
             block109 : {
              block107 : {
               block93 : {
                block102 : {
                 block73 : {
                  block74 : {
                   block130 : {
                    block75 : {
                     block103 : {
                      block76 : {
                       block77 : {
                        block129 : {
                         block78 : {
                          block104 : {
                           block81 : {
                            block128 : {
                             block95 : {
                              block96 : {
                               block66 : {
                                block84 : {
                                 block126 : {
                                  block83 : {
                                   block97 : {
                                    block58 : {
                                     block86 : {
                                      block124 : {
                                       block85 : {
                                        block98 : {
                                         block60 : {
                                          block88 : {
                                           block122 : {
                                            block87 : {
                                             block99 : {
                                              block62 : {
                                               $0_1 = $3_1 + 48 | 0;
                                               block90 : {
                                                block119 : {
                                                 block89 : {
                                                  block100 : {
                                                   block64 : {
                                                    block92 : {
                                                     block116 : {
                                                      block91 : {
                                                       block101 : {
                                                        block67 : {
                                                         block68 : {
                                                          block70 : {
                                                           block71 : {
                                                            block72 : {
                                                             block79 : {
                                                              block80 : {
                                                               block82 : {
                                                                $15 = HEAP32[$9 + 3150020 >> 2];
                                                                $9 = HEAP32[$9 + 3150016 >> 2];
                                                                if (($15 | 0) != ($9 | 0)) {
                                                                 block56 : {
                                                                  block69 : {
                                                                   block65 : {
                                                                    block63 : {
                                                                     block61 : {
                                                                      block59 : {
                                                                       block57 : {
                                                                        if ($15 >>> 0 < 8) {
                                                                         $8 = $15 << 3;
                                                                         $13 = HEAP32[$8 + 3155136 >> 2];
                                                                         $17 = HEAP32[$8 + 3155140 >> 2];
                                                                         switch ($19_1 - 1 | 0) {
                                                                         case 0:
                                                                          break block57;
                                                                         case 1:
                                                                          break block58;
                                                                         case 2:
                                                                          break block59;
                                                                         case 3:
                                                                          break block60;
                                                                         case 4:
                                                                          break block61;
                                                                         case 5:
                                                                          break block62;
                                                                         case 6:
                                                                          break block63;
                                                                         case 7:
                                                                          break block64;
                                                                         case 8:
                                                                          break block65;
                                                                         case 9:
                                                                          break block66;
                                                                         case 10:
                                                                          break block67;
                                                                         case 11:
                                                                          break block68;
                                                                         case 12:
                                                                          break block69;
                                                                         case 13:
                                                                          break block70;
                                                                         case 14:
                                                                          break block71;
                                                                         case 15:
                                                                          break block72;
                                                                         case 16:
                                                                          break block73;
                                                                         case 17:
                                                                         case 19:
                                                                          break block74;
                                                                         case 18:
                                                                         case 20:
                                                                          break block75;
                                                                         case 21:
                                                                          break block76;
                                                                         case 22:
                                                                          break block77;
                                                                         case 23:
                                                                          break block78;
                                                                         case 24:
                                                                          break block79;
                                                                         case 25:
                                                                          break block80;
                                                                         case 26:
                                                                          break block81;
                                                                         case 27:
                                                                          break block82;
                                                                         default:
                                                                          break block56;
                                                                         };
                                                                        }
                                                                        $57($15, 8, HEAP32[4997244]);
                                                                        wasm2js_trap();
                                                                       }
                                                                       if ($9 >>> 0 > 7) {
                                                                        break block83
                                                                       }
                                                                       $7 = $14;
                                                                       $4_1 = $7 + $13 | 0;
                                                                       $11 = $4_1 & $23;
                                                                       break block84;
                                                                      }
                                                                      if ($9 >>> 0 > 7) {
                                                                       break block85
                                                                      }
                                                                      $7 = $14;
                                                                      $5_1 = $13 + $7 | 0;
                                                                      $11 = $5_1 & $23;
                                                                      break block86;
                                                                     }
                                                                     if ($9 >>> 0 > 7) {
                                                                      break block87
                                                                     }
                                                                     $7 = $14;
                                                                     $10_1 = $7 + $13 | 0;
                                                                     $7 = $10_1 & $23;
                                                                     break block88;
                                                                    }
                                                                    if ($9 >>> 0 > 7) {
                                                                     break block89
                                                                    }
                                                                    $7 = $14;
                                                                    $8 = $7 + $13 | 0;
                                                                    $6 = $8 & $23;
                                                                    break block90;
                                                                   }
                                                                   if ($9 >>> 0 > 7) {
                                                                    break block91
                                                                   }
                                                                   $7 = $14;
                                                                   $6 = $7 + $13 | 0;
                                                                   $11 = $6 & $23;
                                                                   break block92;
                                                                  }
                                                                  $7 = $14;
                                                                  $4_1 = $7 + $13 | 0;
                                                                  $11 = $4_1 & $23;
                                                                  break block93;
                                                                 }
                                                                 if ($9 >>> 0 <= 7) {
                                                                  $6 = $9 << 3;
                                                                  $23 = HEAP32[$6 + 3155136 >> 2];
                                                                  $25 = HEAP32[$6 + 3155140 >> 2];
                                                                  break block95;
                                                                 }
                                                                 $57($9, 8, HEAP32[4997245]);
                                                                 wasm2js_trap();
                                                                }
                                                                $13 = $14;
                                                                $17 = $16;
                                                                switch ($19_1 - 1 | 0) {
                                                                case 6:
                                                                 break block100;
                                                                case 8:
                                                                 break block101;
                                                                case 12:
                                                                 break block102;
                                                                case 18:
                                                                case 20:
                                                                 break block103;
                                                                case 23:
                                                                 break block104;
                                                                case 1:
                                                                 break block58;
                                                                case 3:
                                                                 break block60;
                                                                case 5:
                                                                 break block62;
                                                                case 7:
                                                                 break block64;
                                                                case 9:
                                                                 break block66;
                                                                case 10:
                                                                 break block67;
                                                                case 11:
                                                                 break block68;
                                                                case 13:
                                                                 break block70;
                                                                case 14:
                                                                 break block71;
                                                                case 15:
                                                                 break block72;
                                                                case 16:
                                                                 break block73;
                                                                case 17:
                                                                case 19:
                                                                 break block74;
                                                                case 21:
                                                                 break block76;
                                                                case 22:
                                                                 break block77;
                                                                case 24:
                                                                 break block79;
                                                                case 25:
                                                                 break block80;
                                                                case 26:
                                                                 break block81;
                                                                case 27:
                                                                 break block82;
                                                                case 0:
                                                                 break block97;
                                                                case 2:
                                                                 break block98;
                                                                case 4:
                                                                 break block99;
                                                                default:
                                                                 break block96;
                                                                };
                                                               }
                                                               if ($9 >>> 0 >= 8) {
                                                                $57($9, 8, HEAP32[4997246]);
                                                                wasm2js_trap();
                                                               }
                                                               if ($15 >>> 0 >= 8) {
                                                                $57($15, 8, HEAP32[4997247]);
                                                                wasm2js_trap();
                                                               }
                                                               $6 = $9 << 3;
                                                               $0_1 = HEAP32[$6 + 3155136 >> 2];
                                                               $8 = 19988992;
                                                               $10_1 = $20_1 >>> 0 > 223;
                                                               $6 = $10_1 ? HEAP32[$8 >> 2] : $23;
                                                               $7 = $14;
                                                               $5_1 = $0_1 + $7 | 0;
                                                               $7 = $5_1 & $6;
                                                               $8 = $15 << 3;
                                                               $0_1 = HEAP32[$8 + 3155136 >> 2];
                                                               $10_1 = HEAP32[$8 + 3155140 >> 2];
                                                               HEAP8[$7 + 1052608 | 0] = $0_1;
                                                               HEAP8[$7 + 1052609 | 0] = $0_1 >>> 8;
                                                               HEAP8[$7 + 1052610 | 0] = $0_1 >>> 16;
                                                               HEAP8[$7 + 1052611 | 0] = $0_1 >>> 24;
                                                               HEAP8[$7 + 1052612 | 0] = $10_1;
                                                               HEAP8[$7 + 1052613 | 0] = $10_1 >>> 8;
                                                               HEAP8[$7 + 1052614 | 0] = $10_1 >>> 16;
                                                               HEAP8[$7 + 1052615 | 0] = $10_1 >>> 24;
                                                               break block107;
                                                              }
                                                              if ($9 >>> 0 >= 8) {
                                                               $57($9, 8, HEAP32[4997250]);
                                                               wasm2js_trap();
                                                              }
                                                              $9 = $9 << 3;
                                                              $23 = $9;
                                                              $8 = $9;
                                                              $25 = HEAP32[$8 + 3155136 >> 2];
                                                              $5_1 = HEAP32[$8 + 3155140 >> 2];
                                                              $7 = 0;
                                                              $8 = 1;
                                                              $9 = $20_1 >>> 4 | 0;
                                                              $13 = $9 + 8 | 0;
                                                              $6 = $13;
                                                              $4_1 = $6 & 31;
                                                              if (($6 & 63) >>> 0 >= 32) {
                                                               $10_1 = $8 << $4_1;
                                                               $0_1 = 0;
                                                              } else {
                                                               $10_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $7 << $4_1;
                                                               $0_1 = $8 << $4_1;
                                                              }
                                                              $1_1 = $0_1 | $14;
                                                              $0_1 = $10_1 | $16;
                                                              $10_1 = 19989008;
                                                              $6 = __wasm_rotl_i64(HEAP32[$10_1 >> 2], HEAP32[$10_1 + 4 >> 2], $9 + 7 | 0);
                                                              $5_1 = ($0_1 & i64toi32_i32$HIGH_BITS) + $5_1 | 0;
                                                              $6 = $1_1 & $6;
                                                              $4_1 = $6 + $25 | 0;
                                                              $5_1 = $4_1 >>> 0 < $6 >>> 0 ? $5_1 + 1 | 0 : $5_1;
                                                              $7 = $23;
                                                              HEAP32[$7 + 3155136 >> 2] = $4_1;
                                                              HEAP32[$7 + 3155140 >> 2] = $5_1;
                                                              $8 = $4_1;
                                                              $6 = $13;
                                                              $10_1 = $6 & 31;
                                                              if (($6 & 63) >>> 0 >= 32) {
                                                               $0_1 = $5_1 >>> $10_1 | 0
                                                              } else {
                                                               $0_1 = ((1 << $10_1) - 1 & $5_1) << 32 - $10_1 | $8 >>> $10_1
                                                              }
                                                              if ($0_1 & 255) {
                                                               break block107
                                                              }
                                                              break block109;
                                                             }
                                                             $9 = $9 << 4 & 48;
                                                             HEAPF64[$9 + 3155272 >> 3] = Math_sqrt(HEAPF64[$9 + 3155272 >> 3]);
                                                             HEAPF64[$9 + 3155264 >> 3] = Math_sqrt(HEAPF64[$9 + 3155264 >> 3]);
                                                             break block107;
                                                            }
                                                            if ($9 >>> 0 >= 8) {
                                                             $57($9, 8, HEAP32[4997254]);
                                                             wasm2js_trap();
                                                            }
                                                            if ($15 >>> 0 >= 8) {
                                                             $57($15, 8, HEAP32[4997254]);
                                                             wasm2js_trap();
                                                            }
                                                            $9 = $9 << 3;
                                                            $7 = $9;
                                                            $14 = HEAP32[$7 + 3155136 >> 2];
                                                            $16 = HEAP32[$7 + 3155140 >> 2];
                                                            $11 = $15 << 3;
                                                            $7 = $11;
                                                            $0_1 = HEAP32[$7 + 3155136 >> 2];
                                                            $8 = HEAP32[$7 + 3155140 >> 2];
                                                            $5_1 = $9;
                                                            HEAP32[$5_1 + 3155136 >> 2] = $0_1;
                                                            HEAP32[$5_1 + 3155140 >> 2] = $8;
                                                            $5_1 = $7;
                                                            HEAP32[$5_1 + 3155136 >> 2] = $14;
                                                            HEAP32[$5_1 + 3155140 >> 2] = $16;
                                                            break block107;
                                                           }
                                                           if ($9 >>> 0 >= 8) {
                                                            $57($9, 8, HEAP32[4997255]);
                                                            wasm2js_trap();
                                                           }
                                                           $9 = $9 << 3;
                                                           $7 = $9;
                                                           $0_1 = __wasm_rotl_i64(HEAP32[$7 + 3155136 >> 2], HEAP32[$7 + 3155140 >> 2], $13);
                                                           HEAP32[$7 + 3155136 >> 2] = $0_1;
                                                           HEAP32[$7 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                                           break block107;
                                                          }
                                                          if ($9 >>> 0 >= 8) {
                                                           $57($9, 8, HEAP32[4997256]);
                                                           wasm2js_trap();
                                                          }
                                                          $9 = $9 << 3;
                                                          $7 = $9;
                                                          $0_1 = __wasm_rotr_i64(HEAP32[$7 + 3155136 >> 2], HEAP32[$7 + 3155140 >> 2], $13);
                                                          $5_1 = $7;
                                                          HEAP32[$5_1 + 3155136 >> 2] = $0_1;
                                                          HEAP32[$5_1 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                                          break block107;
                                                         }
                                                         if ($9 >>> 0 >= 8) {
                                                          $57($9, 8, HEAP32[4997257]);
                                                          wasm2js_trap();
                                                         }
                                                         $9 = $9 << 3;
                                                         $7 = $9;
                                                         $0_1 = HEAP32[$7 + 3155136 >> 2];
                                                         $5_1 = HEAP32[$7 + 3155140 >> 2];
                                                         HEAP32[$7 + 3155136 >> 2] = $0_1 ^ $13;
                                                         HEAP32[$7 + 3155140 >> 2] = $5_1 ^ $17;
                                                         break block107;
                                                        }
                                                        if ($9 >>> 0 >= 8) {
                                                         $57($9, 8, HEAP32[4997258]);
                                                         wasm2js_trap();
                                                        }
                                                        $9 = $9 << 3;
                                                        $5_1 = $9;
                                                        $6 = HEAP32[$5_1 + 3155136 >> 2];
                                                        $8 = HEAP32[$5_1 + 3155140 >> 2];
                                                        $5_1 = 0;
                                                        $10_1 = $5_1 - $6 | 0;
                                                        $4_1 = 0 - (($5_1 >>> 0 < $6 >>> 0) + $8 | 0) | 0;
                                                        $5_1 = $9;
                                                        HEAP32[$5_1 + 3155136 >> 2] = $10_1;
                                                        HEAP32[$5_1 + 3155140 >> 2] = $4_1;
                                                        break block107;
                                                       }
                                                       if ($9 >>> 0 < 8) {
                                                        break block116
                                                       }
                                                      }
                                                      $57($9, 8, HEAP32[4997259]);
                                                      wasm2js_trap();
                                                     }
                                                     $11 = HEAP32[4997260] & $22;
                                                    }
                                                    $25 = $3_1 + 80 | 0;
                                                    $7 = $11;
                                                    $14 = HEAPU8[$7 + 1052608 | 0] | HEAPU8[$7 + 1052609 | 0] << 8 | (HEAPU8[$7 + 1052610 | 0] << 16 | HEAPU8[$7 + 1052611 | 0] << 24);
                                                    $13 = $14;
                                                    $16 = HEAPU8[$7 + 1052612 | 0] | HEAPU8[$7 + 1052613 | 0] << 8 | (HEAPU8[$7 + 1052614 | 0] << 16 | HEAPU8[$7 + 1052615 | 0] << 24);
                                                    $1_1 = $16;
                                                    $5_1 = $16;
                                                    $7 = $13;
                                                    $6 = 63;
                                                    $8 = 31;
                                                    if (($6 & 63) >>> 0 >= 32) {
                                                     $4_1 = $5_1 >> 31;
                                                     $17 = $5_1 >> $8;
                                                    } else {
                                                     $4_1 = $5_1 >> $8;
                                                     $17 = ((1 << $8) - 1 & $5_1) << 32 - $8 | $7 >>> $8;
                                                    }
                                                    $0_1 = $4_1;
                                                    $9 = $9 << 3;
                                                    $5_1 = $9;
                                                    $14 = HEAP32[$5_1 + 3155136 >> 2];
                                                    $10_1 = $14;
                                                    $16 = HEAP32[$5_1 + 3155140 >> 2];
                                                    $7 = $16;
                                                    $5_1 = $10_1;
                                                    if (($6 & 63) >>> 0 >= 32) {
                                                     $4_1 = $7 >> 31;
                                                     $6 = $7 >> $8;
                                                    } else {
                                                     $4_1 = $7 >> $8;
                                                     $6 = ((1 << $8) - 1 & $7) << 32 - $8 | $5_1 >>> $8;
                                                    }
                                                    $63($25, $13, $1_1, $17, $0_1, $10_1, $7, $6, $4_1);
                                                    $7 = HEAP32[$3_1 + 92 >> 2];
                                                    $6 = $9;
                                                    HEAP32[$6 + 3155136 >> 2] = HEAP32[$3_1 + 88 >> 2];
                                                    HEAP32[$6 + 3155140 >> 2] = $7;
                                                    break block107;
                                                   }
                                                   if ($9 >>> 0 >= 8) {
                                                    $57($9, 8, HEAP32[4997261]);
                                                    wasm2js_trap();
                                                   }
                                                   if ($15 >>> 0 >= 8) {
                                                    $57($15, 8, HEAP32[4997262]);
                                                    wasm2js_trap();
                                                   }
                                                   $25 = $3_1 - -64 | 0;
                                                   $5_1 = $15 << 3;
                                                   $14 = HEAP32[$5_1 + 3155136 >> 2];
                                                   $13 = $14;
                                                   $16 = HEAP32[$5_1 + 3155140 >> 2];
                                                   $1_1 = $16;
                                                   $6 = $16;
                                                   $5_1 = $13;
                                                   $4_1 = 63;
                                                   $8 = 31;
                                                   if (($4_1 & 63) >>> 0 >= 32) {
                                                    $7 = $6 >> 31;
                                                    $17 = $6 >> $8;
                                                   } else {
                                                    $7 = $6 >> $8;
                                                    $17 = ((1 << $8) - 1 & $6) << 32 - $8 | $5_1 >>> $8;
                                                   }
                                                   $0_1 = $7;
                                                   $9 = $9 << 3;
                                                   $6 = $9;
                                                   $14 = HEAP32[$6 + 3155136 >> 2];
                                                   $10_1 = $14;
                                                   $16 = HEAP32[$6 + 3155140 >> 2];
                                                   $5_1 = $16;
                                                   $6 = $10_1;
                                                   if (($4_1 & 63) >>> 0 >= 32) {
                                                    $7 = $5_1 >> 31;
                                                    $6 = $5_1 >> $8;
                                                   } else {
                                                    $7 = $5_1 >> $8;
                                                    $6 = ((1 << $8) - 1 & $5_1) << 32 - $8 | $6 >>> $8;
                                                   }
                                                   $63($25, $13, $1_1, $17, $0_1, $10_1, $5_1, $6, $7);
                                                   $5_1 = HEAP32[$3_1 + 76 >> 2];
                                                   $4_1 = $9;
                                                   HEAP32[$4_1 + 3155136 >> 2] = HEAP32[$3_1 + 72 >> 2];
                                                   HEAP32[$4_1 + 3155140 >> 2] = $5_1;
                                                   break block107;
                                                  }
                                                  if ($9 >>> 0 < 8) {
                                                   break block119
                                                  }
                                                 }
                                                 $57($9, 8, HEAP32[4997263]);
                                                 wasm2js_trap();
                                                }
                                                $6 = HEAP32[4997260] & $22;
                                               }
                                               $1_1 = HEAPU8[$6 + 1052608 | 0] | HEAPU8[$6 + 1052609 | 0] << 8 | (HEAPU8[$6 + 1052610 | 0] << 16 | HEAPU8[$6 + 1052611 | 0] << 24);
                                               $4_1 = HEAPU8[$6 + 1052612 | 0] | HEAPU8[$6 + 1052613 | 0] << 8 | (HEAPU8[$6 + 1052614 | 0] << 16 | HEAPU8[$6 + 1052615 | 0] << 24);
                                               $9 = $9 << 3;
                                               $6 = $9;
                                               $63($0_1, $1_1, $4_1, 0, 0, HEAP32[$6 + 3155136 >> 2], HEAP32[$6 + 3155140 >> 2], 0, 0);
                                               $6 = HEAP32[$3_1 + 60 >> 2];
                                               $7 = $9;
                                               HEAP32[$7 + 3155136 >> 2] = HEAP32[$3_1 + 56 >> 2];
                                               HEAP32[$7 + 3155140 >> 2] = $6;
                                               break block107;
                                              }
                                              if ($9 >>> 0 >= 8) {
                                               $57($9, 8, HEAP32[4997264]);
                                               wasm2js_trap();
                                              }
                                              if ($15 >>> 0 >= 8) {
                                               $57($15, 8, HEAP32[4997265]);
                                               wasm2js_trap();
                                              }
                                              $4_1 = $15 << 3;
                                              $0_1 = HEAP32[$4_1 + 3155136 >> 2];
                                              $1_1 = HEAP32[$4_1 + 3155140 >> 2];
                                              $9 = $9 << 3;
                                              $4_1 = $9;
                                              $63($3_1 + 32 | 0, $0_1, $1_1, 0, 0, HEAP32[$4_1 + 3155136 >> 2], HEAP32[$4_1 + 3155140 >> 2], 0, 0);
                                              $4_1 = HEAP32[$3_1 + 44 >> 2];
                                              $5_1 = $9;
                                              HEAP32[$5_1 + 3155136 >> 2] = HEAP32[$3_1 + 40 >> 2];
                                              HEAP32[$5_1 + 3155140 >> 2] = $4_1;
                                              break block107;
                                             }
                                             if ($9 >>> 0 < 8) {
                                              break block122
                                             }
                                            }
                                            $57($9, 8, HEAP32[4997266]);
                                            wasm2js_trap();
                                           }
                                           $7 = HEAP32[4997260] & $22;
                                          }
                                          $0_1 = HEAPU8[$7 + 1052608 | 0] | HEAPU8[$7 + 1052609 | 0] << 8 | (HEAPU8[$7 + 1052610 | 0] << 16 | HEAPU8[$7 + 1052611 | 0] << 24);
                                          $1_1 = HEAPU8[$7 + 1052612 | 0] | HEAPU8[$7 + 1052613 | 0] << 8 | (HEAPU8[$7 + 1052614 | 0] << 16 | HEAPU8[$7 + 1052615 | 0] << 24);
                                          $9 = $9 << 3;
                                          $7 = $9;
                                          $0_1 = __wasm_i64_mul($0_1, $1_1, HEAP32[$7 + 3155136 >> 2], HEAP32[$7 + 3155140 >> 2]);
                                          $5_1 = $7;
                                          HEAP32[$5_1 + 3155136 >> 2] = $0_1;
                                          HEAP32[$5_1 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                          break block107;
                                         }
                                         if ($9 >>> 0 >= 8) {
                                          $57($9, 8, HEAP32[4997267]);
                                          wasm2js_trap();
                                         }
                                         $9 = $9 << 3;
                                         $7 = $9;
                                         $0_1 = __wasm_i64_mul(HEAP32[$7 + 3155136 >> 2], HEAP32[$7 + 3155140 >> 2], $13, $17);
                                         $4_1 = $7;
                                         HEAP32[$4_1 + 3155136 >> 2] = $0_1;
                                         HEAP32[$4_1 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                         break block107;
                                        }
                                        if ($9 >>> 0 < 8) {
                                         break block124
                                        }
                                       }
                                       $57($9, 8, HEAP32[4997268]);
                                       wasm2js_trap();
                                      }
                                      $11 = HEAP32[4997260] & $22;
                                     }
                                     $9 = $9 << 3;
                                     $7 = $9;
                                     $0_1 = HEAP32[$7 + 3155136 >> 2];
                                     $5_1 = HEAP32[$7 + 3155140 >> 2];
                                     $7 = $11;
                                     $6 = HEAPU8[$7 + 1052608 | 0] | HEAPU8[$7 + 1052609 | 0] << 8 | (HEAPU8[$7 + 1052610 | 0] << 16 | HEAPU8[$7 + 1052611 | 0] << 24);
                                     $4_1 = HEAPU8[$7 + 1052612 | 0] | HEAPU8[$7 + 1052613 | 0] << 8 | (HEAPU8[$7 + 1052614 | 0] << 16 | HEAPU8[$7 + 1052615 | 0] << 24);
                                     $7 = $0_1;
                                     $8 = $7 - $6 | 0;
                                     $10_1 = $5_1 - (($6 >>> 0 > $7 >>> 0) + $4_1 | 0) | 0;
                                     $7 = $9;
                                     HEAP32[$7 + 3155136 >> 2] = $8;
                                     HEAP32[$7 + 3155140 >> 2] = $10_1;
                                     break block107;
                                    }
                                    if ($9 >>> 0 >= 8) {
                                     $57($9, 8, HEAP32[4997269]);
                                     wasm2js_trap();
                                    }
                                    $9 = $9 << 3;
                                    $5_1 = $9;
                                    $0_1 = HEAP32[$5_1 + 3155136 >> 2];
                                    $7 = HEAP32[$5_1 + 3155140 >> 2];
                                    $5_1 = $0_1;
                                    $6 = $13;
                                    $4_1 = $5_1 - $6 | 0;
                                    $8 = $7 - (($5_1 >>> 0 < $6 >>> 0) + $17 | 0) | 0;
                                    $5_1 = $9;
                                    HEAP32[$5_1 + 3155136 >> 2] = $4_1;
                                    HEAP32[$5_1 + 3155140 >> 2] = $8;
                                    break block107;
                                   }
                                   if ($9 >>> 0 < 8) {
                                    break block126
                                   }
                                  }
                                  $57($9, 8, HEAP32[4997270]);
                                  wasm2js_trap();
                                 }
                                 $11 = HEAP32[4997260] & $22;
                                }
                                $9 = $9 << 3;
                                $7 = $11;
                                $0_1 = HEAPU8[$7 + 1052608 | 0] | HEAPU8[$7 + 1052609 | 0] << 8 | (HEAPU8[$7 + 1052610 | 0] << 16 | HEAPU8[$7 + 1052611 | 0] << 24);
                                $8 = HEAPU8[$7 + 1052612 | 0] | HEAPU8[$7 + 1052613 | 0] << 8 | (HEAPU8[$7 + 1052614 | 0] << 16 | HEAPU8[$7 + 1052615 | 0] << 24);
                                $7 = $9;
                                $6 = HEAP32[$7 + 3155136 >> 2];
                                $4_1 = $8 + HEAP32[$7 + 3155140 >> 2] | 0;
                                $10_1 = $0_1 + $6 | 0;
                                $4_1 = $6 >>> 0 > $10_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
                                HEAP32[$7 + 3155136 >> 2] = $10_1;
                                HEAP32[$7 + 3155140 >> 2] = $4_1;
                                break block107;
                               }
                               if (!(HEAP32[4997140] + $22 & $22)) {
                                break block107
                               }
                               if ($9 >>> 0 < 8) {
                                $9 = $9 << 3;
                                $8 = 19988696;
                                $1_1 = HEAP32[$8 >> 2];
                                $0_1 = HEAP32[$8 + 4 >> 2];
                                $16 = 0;
                                $13 = __wasm_i64_udiv(HEAP32[4997174], HEAP32[$8 + 4 >> 2], $22, $16);
                                $17 = i64toi32_i32$HIGH_BITS;
                                $6 = __wasm_i64_mul($13, $17, $14, $16);
                                $8 = $1_1;
                                $1_1 = $8 - $6 | 0;
                                $10_1 = $0_1 - (i64toi32_i32$HIGH_BITS + ($6 >>> 0 > $8 >>> 0) | 0) | 0;
                                $4_1 = $1_1;
                                $23 = 32 - Math_clz32($14) | 0;
                                $6 = $23;
                                $7 = $6 & 31;
                                if (($6 & 63) >>> 0 >= 32) {
                                 $8 = $4_1 << $7;
                                 $0_1 = 0;
                                } else {
                                 $8 = (1 << $7) - 1 & $4_1 >>> 32 - $7 | $10_1 << $7;
                                 $0_1 = $4_1 << $7;
                                }
                                $1_1 = __wasm_i64_udiv($0_1, $8, $14, $16);
                                $0_1 = i64toi32_i32$HIGH_BITS;
                                $8 = $17;
                                $10_1 = $13;
                                $7 = $23 & 31;
                                if (($6 & 63) >>> 0 >= 32) {
                                 $4_1 = $10_1 << $7;
                                 $6 = 0;
                                } else {
                                 $4_1 = (1 << $7) - 1 & $10_1 >>> 32 - $7 | $8 << $7;
                                 $6 = $10_1 << $7;
                                }
                                $5_1 = $0_1 + $4_1 | 0;
                                $7 = $1_1 + $6 | 0;
                                $5_1 = $6 >>> 0 > $7 >>> 0 ? $5_1 + 1 | 0 : $5_1;
                                $4_1 = $9;
                                $0_1 = __wasm_i64_mul($7, $5_1, HEAP32[$4_1 + 3155136 >> 2], HEAP32[$4_1 + 3155140 >> 2]);
                                HEAP32[$4_1 + 3155136 >> 2] = $0_1;
                                HEAP32[$4_1 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                break block107;
                               }
                               $57($9, 8, HEAP32[4997271]);
                               wasm2js_trap();
                              }
                              if ($9 >>> 0 > 7) {
                               break block128
                              }
                              $4_1 = $9 << 3;
                              $13 = HEAP32[$4_1 + 3155136 >> 2];
                              $23 = $13;
                              $17 = HEAP32[$4_1 + 3155140 >> 2];
                              $25 = $17;
                             }
                             $11 = $9 << 3;
                             $10_1 = ($9 | 0) == 5;
                             $5_1 = $10_1 ? $14 : 0;
                             $7 = ($10_1 ? $16 : 0) + $25 | 0;
                             $8 = $5_1 + $23 | 0;
                             $7 = $8 >>> 0 < $5_1 >>> 0 ? $7 + 1 | 0 : $7;
                             $0_1 = $7;
                             $7 = $17;
                             $4_1 = $13;
                             $5_1 = $20_1 >>> 2 & 3;
                             $6 = $5_1;
                             if (($5_1 & 63) >>> 0 >= 32) {
                              $10_1 = $4_1 << $5_1;
                              $5_1 = 0;
                             } else {
                              $10_1 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $7 << $6;
                              $5_1 = $4_1 << $6;
                             }
                             $6 = $8 + $5_1 | 0;
                             $8 = $0_1 + $10_1 | 0;
                             $7 = $11;
                             HEAP32[$7 + 3155136 >> 2] = $6;
                             HEAP32[$7 + 3155140 >> 2] = $5_1 >>> 0 > $6 >>> 0 ? $8 + 1 | 0 : $8;
                             break block107;
                            }
                            $57($9, 8, HEAP32[4997272]);
                            wasm2js_trap();
                           }
                           $0_1 = __wasm_rotr_i64($13, $17, $22);
                           HEAP32[788862] = $0_1 & 3;
                           break block107;
                          }
                          if ($9 >>> 0 > 7) {
                           break block129
                          }
                          $10_1 = $9 << 3;
                          $13 = HEAP32[$10_1 + 3155136 >> 2];
                         }
                         $9 = $9 << 4 & 48;
                         $35 = HEAPF64[$9 + 3155272 >> 3];
                         $4_1 = $13 + $14 | 0;
                         $11 = $4_1 & $23;
                         $0_1 = $11;
                         wasm2js_scratch_store_f64(+(HEAPU8[$0_1 + 1052612 | 0] | HEAPU8[$0_1 + 1052613 | 0] << 8 | (HEAPU8[$0_1 + 1052614 | 0] << 16 | HEAPU8[$0_1 + 1052615 | 0] << 24)));
                         $10_1 = wasm2js_scratch_load_i32(1) | 0;
                         $0_1 = wasm2js_scratch_load_i32(0) | 0;
                         $7 = $10_1;
                         $6 = 19988936;
                         $0_1 = $0_1 & HEAP32[$6 >> 2];
                         $6 = $7 & HEAP32[$6 + 4 >> 2];
                         $7 = 0;
                         $5_1 = HEAP32[$7 + 3155440 >> 2];
                         $10_1 = HEAP32[$7 + 3155444 >> 2];
                         wasm2js_scratch_store_i32(0, $0_1 | $5_1);
                         wasm2js_scratch_store_i32(1, $6 | $10_1);
                         (wasm2js_i32$0 = $9, wasm2js_f64$0 = $35 / +wasm2js_scratch_load_f64()), HEAPF64[wasm2js_i32$0 + 3155272 >> 3] = wasm2js_f64$0;
                         $35 = HEAPF64[$9 + 3155264 >> 3];
                         wasm2js_scratch_store_f64(+(HEAPU8[$11 + 1052608 | 0] | HEAPU8[$11 + 1052609 | 0] << 8 | (HEAPU8[$11 + 1052610 | 0] << 16 | HEAPU8[$11 + 1052611 | 0] << 24)));
                         $10_1 = wasm2js_scratch_load_i32(1) | 0;
                         $0_1 = wasm2js_scratch_load_i32(0) | 0;
                         $7 = $10_1;
                         $6 = 19988936;
                         $0_1 = $0_1 & HEAP32[$6 >> 2];
                         $6 = $7 & HEAP32[$6 + 4 >> 2];
                         $7 = 0;
                         $5_1 = HEAP32[$7 + 3155432 >> 2];
                         $10_1 = HEAP32[$7 + 3155436 >> 2];
                         wasm2js_scratch_store_i32(0, $0_1 | $5_1);
                         wasm2js_scratch_store_i32(1, $6 | $10_1);
                         (wasm2js_i32$0 = $9, wasm2js_f64$0 = $35 / +wasm2js_scratch_load_f64()), HEAPF64[wasm2js_i32$0 + 3155264 >> 3] = wasm2js_f64$0;
                         break block107;
                        }
                        $57($9, 8, HEAP32[4997273]);
                        wasm2js_trap();
                       }
                       $9 = $9 << 4 & 48;
                       $11 = $15 << 4 & 48;
                       HEAPF64[$9 + 3155272 >> 3] = HEAPF64[$11 + 3155336 >> 3] * HEAPF64[$9 + 3155272 >> 3];
                       HEAPF64[$9 + 3155264 >> 3] = HEAPF64[$11 + 3155328 >> 3] * HEAPF64[$9 + 3155264 >> 3];
                       break block107;
                      }
                      $9 = $9 << 4 & 48;
                      $6 = $9;
                      $0_1 = HEAP32[$6 + 3155200 >> 2];
                      $10_1 = HEAP32[$6 + 3155204 >> 2];
                      $6 = 19989096;
                      $5_1 = HEAP32[$6 >> 2];
                      $7 = HEAP32[$6 + 4 >> 2];
                      $6 = $9;
                      HEAP32[$6 + 3155200 >> 2] = $0_1 ^ $5_1;
                      HEAP32[$6 + 3155204 >> 2] = $7 ^ $10_1;
                      $0_1 = HEAP32[$6 + 3155208 >> 2];
                      $7 = HEAP32[$6 + 3155212 >> 2];
                      $10_1 = 19989096;
                      $5_1 = HEAP32[$10_1 >> 2];
                      $6 = HEAP32[$10_1 + 4 >> 2];
                      HEAP32[$9 + 3155208 >> 2] = $0_1 ^ $5_1;
                      HEAP32[$9 + 3155212 >> 2] = $6 ^ $7;
                      break block107;
                     }
                     if ($9 >>> 0 > 7) {
                      break block130
                     }
                     $7 = $9 << 3;
                     $13 = HEAP32[$7 + 3155136 >> 2];
                     $17 = HEAP32[$7 + 3155140 >> 2];
                    }
                    $5_1 = $14;
                    $8 = $13 + $5_1 | 0;
                    $9 = $9 << 4 & 48;
                    $11 = $8 & $23;
                    $0_1 = $11;
                    $35 = +(HEAPU8[$0_1 + 1052612 | 0] | HEAPU8[$0_1 + 1052613 | 0] << 8 | (HEAPU8[$0_1 + 1052614 | 0] << 16 | HEAPU8[$0_1 + 1052615 | 0] << 24));
                    $15 = ($19_1 | 0) == 19;
                    HEAPF64[$9 + 3155208 >> 3] = HEAPF64[$9 + 3155208 >> 3] + ($15 ? $35 : -$35);
                    $35 = +(HEAPU8[$0_1 + 1052608 | 0] | HEAPU8[$0_1 + 1052609 | 0] << 8 | (HEAPU8[$0_1 + 1052610 | 0] << 16 | HEAPU8[$0_1 + 1052611 | 0] << 24));
                    HEAPF64[$9 + 3155200 >> 3] = HEAPF64[$9 + 3155200 >> 3] + ($15 ? $35 : -$35);
                    break block107;
                   }
                   $57($9, 8, HEAP32[4997276]);
                   wasm2js_trap();
                  }
                  $9 = $9 << 4 & 48;
                  $35 = ($19_1 | 0) == 18 ? 1.0 : -1.0;
                  $11 = $15 << 4 & 48;
                  HEAPF64[$9 + 3155208 >> 3] = $35 * HEAPF64[$11 + 3155336 >> 3] + HEAPF64[$9 + 3155208 >> 3];
                  HEAPF64[$9 + 3155200 >> 3] = HEAPF64[$9 + 3155200 >> 3] + HEAPF64[$11 + 3155328 >> 3] * $35;
                  break block107;
                 }
                 $9 = $9 << 4 & 112;
                 $11 = $9 + HEAP32[4997277] | 0;
                 $4_1 = $11;
                 $14 = HEAP32[$4_1 >> 2];
                 $16 = HEAP32[$4_1 + 4 >> 2];
                 $9 = HEAP32[4997278] + $9 | 0;
                 $4_1 = $9;
                 $0_1 = HEAP32[$4_1 >> 2];
                 $7 = HEAP32[$4_1 + 4 >> 2];
                 $10_1 = $11;
                 HEAP32[$10_1 >> 2] = $0_1;
                 HEAP32[$10_1 + 4 >> 2] = $7;
                 HEAP32[$4_1 >> 2] = $14;
                 HEAP32[$4_1 + 4 >> 2] = $16;
                 break block107;
                }
                $11 = HEAP32[4997260] & $22;
               }
               if ($9 >>> 0 >= 8) {
                break block131
               }
               $9 = $9 << 3;
               $4_1 = $9;
               $0_1 = HEAP32[$4_1 + 3155136 >> 2];
               $7 = HEAP32[$4_1 + 3155140 >> 2];
               $4_1 = $11;
               $5_1 = HEAPU8[$4_1 + 1052608 | 0] | HEAPU8[$4_1 + 1052609 | 0] << 8 | (HEAPU8[$4_1 + 1052610 | 0] << 16 | HEAPU8[$4_1 + 1052611 | 0] << 24);
               $10_1 = HEAPU8[$4_1 + 1052612 | 0] | HEAPU8[$4_1 + 1052613 | 0] << 8 | (HEAPU8[$4_1 + 1052614 | 0] << 16 | HEAPU8[$4_1 + 1052615 | 0] << 24);
               $4_1 = $9;
               HEAP32[$4_1 + 3155136 >> 2] = $0_1 ^ $5_1;
               HEAP32[$4_1 + 3155140 >> 2] = $7 ^ $10_1;
              }
              $11 = $12_1 + 1 | 0;
             }
             $12_1 = $11;
             if ($11 >>> 0 < 256) {
              continue
             }
             break;
            };
            $9 = HEAP32[788854];
            if ($9 >>> 0 >= 8) {
             break block132
            }
            $11 = HEAP32[788855];
            if ($11 >>> 0 >= 8) {
             break block133
            }
            $19_1 = 0;
            $0_1 = HEAP32[($9 << 3) + 3155136 >> 2] ^ HEAP32[($11 << 3) + 3155136 >> 2];
            $7 = 0;
            $10_1 = 0;
            $5_1 = HEAP32[$10_1 + 3155400 >> 2];
            $4_1 = HEAP32[$10_1 + 3155404 >> 2];
            $31 = $0_1 ^ $5_1;
            HEAP32[0 + 3155400 >> 2] = $31;
            $39_1 = $4_1 ^ $7;
            HEAP32[$10_1 + 3155404 >> 2] = $39_1;
            $32 = HEAP32[0 + 3155392 >> 2];
            $0_1 = $32;
            $40_1 = HEAP32[$7 + 3155396 >> 2];
            $4_1 = $40_1;
            $7 = 19989120;
            $0_1 = $0_1 & HEAP32[$7 >> 2];
            $7 = HEAP32[$7 + 4 >> 2] & $4_1;
            $4_1 = 0;
            $5_1 = HEAP32[$4_1 + 3155424 >> 2];
            $8 = $7 + HEAP32[$4_1 + 3155428 >> 2] | 0;
            $6 = $0_1 + $5_1 | 0;
            $8 = $6 >>> 0 < $5_1 >>> 0 ? $8 + 1 | 0 : $8;
            $7 = $6;
            $5_1 = 6;
            $10_1 = 6;
            if (($5_1 & 63) >>> 0 >= 32) {
             $14 = $8 >>> $10_1 | 0
            } else {
             $4_1 = $8 >>> $10_1 | 0;
             $14 = ((1 << $10_1) - 1 & $8) << 32 - $10_1 | $7 >>> $10_1;
            }
            $8 = 19989128;
            $0_1 = __wasm_i64_mul($14, $4_1, HEAP32[$8 >> 2], HEAP32[$8 + 4 >> 2]);
            $5_1 = HEAP32[4997282];
            $6 = i64toi32_i32$HIGH_BITS + HEAP32[$8 + 4 >> 2] | 0;
            $10_1 = $0_1 + $5_1 | 0;
            $6 = $10_1 >>> 0 < $5_1 >>> 0 ? $6 + 1 | 0 : $6;
            HEAP32[$3_1 + 96 >> 2] = $10_1;
            $17 = $6;
            HEAP32[$3_1 + 100 >> 2] = $6;
            $4_1 = 19989136;
            $5_1 = HEAP32[$4_1 >> 2];
            $6 = HEAP32[$4_1 + 4 >> 2];
            HEAP32[$3_1 + 152 >> 2] = $5_1 ^ $10_1;
            HEAP32[$3_1 + 156 >> 2] = $6 ^ $17;
            $8 = 19989144;
            $5_1 = HEAP32[$8 >> 2];
            $6 = HEAP32[$8 + 4 >> 2];
            HEAP32[$3_1 + 144 >> 2] = $5_1 ^ $10_1;
            HEAP32[$3_1 + 148 >> 2] = $6 ^ $17;
            $4_1 = 19989152;
            $5_1 = HEAP32[$4_1 >> 2];
            $6 = HEAP32[$4_1 + 4 >> 2];
            HEAP32[$3_1 + 136 >> 2] = $5_1 ^ $10_1;
            HEAP32[$3_1 + 140 >> 2] = $6 ^ $17;
            $8 = 19989160;
            $5_1 = HEAP32[$8 >> 2];
            $6 = HEAP32[$8 + 4 >> 2];
            HEAP32[$3_1 + 128 >> 2] = $5_1 ^ $10_1;
            HEAP32[$3_1 + 132 >> 2] = $6 ^ $17;
            $4_1 = 19989168;
            $5_1 = HEAP32[$4_1 >> 2];
            $6 = HEAP32[$4_1 + 4 >> 2];
            HEAP32[$3_1 + 120 >> 2] = $5_1 ^ $10_1;
            HEAP32[$3_1 + 124 >> 2] = $6 ^ $17;
            $8 = 19989176;
            $5_1 = HEAP32[$8 >> 2];
            $6 = HEAP32[$8 + 4 >> 2];
            HEAP32[$3_1 + 112 >> 2] = $5_1 ^ $10_1;
            HEAP32[$3_1 + 116 >> 2] = $6 ^ $17;
            $4_1 = 19989184;
            $5_1 = HEAP32[$4_1 >> 2];
            $6 = HEAP32[$4_1 + 4 >> 2];
            HEAP32[$3_1 + 104 >> 2] = $5_1 ^ $10_1;
            HEAP32[$3_1 + 108 >> 2] = $6 ^ $17;
            while (1) {
             $22 = $19_1 + 3080 | 0;
             $20_1 = HEAP32[4997260] & $14 << 3;
             $11 = 0;
             while (1) {
              $9 = $11 + $19_1 | 0;
              $12_1 = HEAP32[$9 + HEAP32[4997298] >> 2];
              if ($12_1 >>> 0 > 7) {
               break block134
              }
              block146 : {
               block145 : {
                block144 : {
                 block143 : {
                  block142 : {
                   block141 : {
                    block140 : {
                     block139 : {
                      block138 : {
                       block137 : {
                        block136 : {
                         $15 = HEAP32[HEAP32[4997299] + $9 >> 2];
                         if ($15 >>> 0 < 8) {
                          $8 = ($3_1 + 96 | 0) + ($12_1 << 3) | 0;
                          $14 = HEAP32[$8 >> 2];
                          $16 = HEAP32[$8 + 4 >> 2];
                          $12_1 = ($3_1 + 96 | 0) + ($15 << 3) | 0;
                          switch (HEAP32[HEAP32[4997168] + $9 >> 2] - 1 | 0) {
                          case 0:
                           break block137;
                          case 1:
                           break block138;
                          case 2:
                           break block139;
                          case 3:
                           break block140;
                          case 4:
                           break block141;
                          case 5:
                           break block142;
                          case 6:
                           break block143;
                          case 7:
                           break block144;
                          case 8:
                           break block145;
                          default:
                           break block136;
                          };
                         }
                         $57($15, 8, HEAP32[4997300]);
                         wasm2js_trap();
                        }
                        $8 = $12_1;
                        $0_1 = HEAP32[$8 >> 2];
                        $6 = HEAP32[$8 + 4 >> 2];
                        $8 = $0_1;
                        $5_1 = $14;
                        $14 = $8 - $5_1 | 0;
                        $4_1 = $6 - (($5_1 >>> 0 > $8 >>> 0) + $16 | 0) | 0;
                        break block146;
                       }
                       $6 = $12_1;
                       $14 = HEAP32[$6 >> 2] ^ $14;
                       $4_1 = $16 ^ HEAP32[$6 + 4 >> 2];
                       break block146;
                      }
                      $6 = $16;
                      $8 = $14;
                      $5_1 = HEAP32[HEAP32[4997301] + $9 >> 2];
                      $4_1 = $5_1 & 31;
                      if (($5_1 & 63) >>> 0 >= 32) {
                       $10_1 = $8 << $4_1;
                       $0_1 = 0;
                      } else {
                       $10_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $6 << $4_1;
                       $0_1 = $8 << $4_1;
                      }
                      $6 = $12_1;
                      $5_1 = HEAP32[$6 >> 2];
                      $7 = HEAP32[$6 + 4 >> 2] + $10_1 | 0;
                      $4_1 = $0_1 + $5_1 | 0;
                      $7 = $4_1 >>> 0 < $5_1 >>> 0 ? $7 + 1 | 0 : $7;
                      $14 = $4_1;
                      $4_1 = $7;
                      break block146;
                     }
                     $8 = $12_1;
                     $14 = __wasm_i64_mul(HEAP32[$8 >> 2], HEAP32[$8 + 4 >> 2], $14, $16);
                     $4_1 = i64toi32_i32$HIGH_BITS;
                     break block146;
                    }
                    $8 = $12_1;
                    $14 = __wasm_rotr_i64(HEAP32[$8 >> 2], HEAP32[$8 + 4 >> 2], HEAP32[HEAP32[4997301] + $9 >> 2]);
                    $4_1 = i64toi32_i32$HIGH_BITS;
                    break block146;
                   }
                   $8 = $12_1;
                   $0_1 = HEAP32[$8 >> 2];
                   $6 = HEAP32[$8 + 4 >> 2];
                   $8 = HEAP32[4997302] + $9 | 0;
                   $5_1 = HEAP32[$8 >> 2];
                   $4_1 = $6 + HEAP32[$8 + 4 >> 2] | 0;
                   $10_1 = $0_1 + $5_1 | 0;
                   $4_1 = $10_1 >>> 0 < $5_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
                   $14 = $10_1;
                   break block146;
                  }
                  $6 = $12_1;
                  $0_1 = HEAP32[$6 >> 2];
                  $4_1 = HEAP32[$6 + 4 >> 2];
                  $6 = HEAP32[4997302] + $9 | 0;
                  $14 = $0_1 ^ HEAP32[$6 >> 2];
                  $4_1 = HEAP32[$6 + 4 >> 2] ^ $4_1;
                  break block146;
                 }
                 $4_1 = $12_1;
                 $63($3_1, HEAP32[$4_1 >> 2], HEAP32[$4_1 + 4 >> 2], 0, 0, $14, $16, 0, 0);
                 $14 = HEAP32[$3_1 + 8 >> 2];
                 $4_1 = HEAP32[$3_1 + 12 >> 2];
                 break block146;
                }
                $9 = $3_1 + 16 | 0;
                $8 = $12_1;
                $13 = HEAP32[$8 >> 2];
                $17 = HEAP32[$8 + 4 >> 2];
                $5_1 = $17;
                $8 = $13;
                $6 = 63;
                $7 = 31;
                if (($6 & 63) >>> 0 >= 32) {
                 $4_1 = $5_1 >> 31;
                 $0_1 = $5_1 >> $7;
                } else {
                 $4_1 = $5_1 >> $7;
                 $0_1 = ((1 << $7) - 1 & $5_1) << 32 - $7 | $8 >>> $7;
                }
                $1_1 = $4_1;
                $4_1 = $16;
                $5_1 = $14;
                if (($6 & 63) >>> 0 >= 32) {
                 $8 = $4_1 >> 31;
                 $7 = $4_1 >> $7;
                } else {
                 $8 = $4_1 >> $7;
                 $7 = ((1 << $7) - 1 & $4_1) << 32 - $7 | $5_1 >>> $7;
                }
                $63($9, $13, $17, $0_1, $1_1, $14, $4_1, $7, $8);
                $14 = HEAP32[$3_1 + 24 >> 2];
                $4_1 = HEAP32[$3_1 + 28 >> 2];
                break block146;
               }
               $5_1 = $12_1;
               $0_1 = HEAP32[$5_1 >> 2];
               $1_1 = HEAP32[$5_1 + 4 >> 2];
               $5_1 = HEAP32[4997302] + $9 | 0;
               $14 = __wasm_i64_mul($0_1, $1_1, HEAP32[$5_1 >> 2], HEAP32[$5_1 + 4 >> 2]);
               $4_1 = i64toi32_i32$HIGH_BITS;
              }
              $16 = $4_1;
              $6 = $12_1;
              HEAP32[$6 >> 2] = $14;
              HEAP32[$6 + 4 >> 2] = $16;
              $11 = $11 + 24 | 0;
              if (($11 | 0) != 3072) {
               continue
              }
              break;
             };
             $4_1 = HEAP32[$3_1 + 100 >> 2];
             $9 = $20_1 << 3;
             $5_1 = $9;
             $8 = HEAP32[$5_1 + 3155456 >> 2];
             $6 = HEAP32[$5_1 + 3155460 >> 2];
             $13 = $8 ^ HEAP32[$3_1 + 96 >> 2];
             HEAP32[$3_1 + 96 >> 2] = $13;
             $17 = $4_1 ^ $6;
             HEAP32[$3_1 + 100 >> 2] = $17;
             $6 = HEAP32[$3_1 + 108 >> 2];
             $4_1 = $5_1;
             $8 = HEAP32[$4_1 + 3155464 >> 2];
             $5_1 = HEAP32[$4_1 + 3155468 >> 2];
             $23 = $8 ^ HEAP32[$3_1 + 104 >> 2];
             HEAP32[$3_1 + 104 >> 2] = $23;
             $25 = $5_1 ^ $6;
             HEAP32[$3_1 + 108 >> 2] = $25;
             $5_1 = HEAP32[$3_1 + 116 >> 2];
             $6 = $4_1;
             $8 = HEAP32[$4_1 + 3155472 >> 2];
             $4_1 = HEAP32[$4_1 + 3155476 >> 2];
             $28 = HEAP32[$3_1 + 112 >> 2] ^ $8;
             HEAP32[$3_1 + 112 >> 2] = $28;
             $33 = $4_1 ^ $5_1;
             HEAP32[$3_1 + 116 >> 2] = $33;
             $4_1 = HEAP32[$3_1 + 124 >> 2];
             $5_1 = $6;
             $8 = HEAP32[$5_1 + 3155480 >> 2];
             $6 = HEAP32[$5_1 + 3155484 >> 2];
             $27_1 = $8 ^ HEAP32[$3_1 + 120 >> 2];
             HEAP32[$3_1 + 120 >> 2] = $27_1;
             $34_1 = $4_1 ^ $6;
             HEAP32[$3_1 + 124 >> 2] = $34_1;
             $6 = HEAP32[$3_1 + 132 >> 2];
             $4_1 = $5_1;
             $8 = HEAP32[$4_1 + 3155488 >> 2];
             $5_1 = HEAP32[$4_1 + 3155492 >> 2];
             $37_1 = $8 ^ HEAP32[$3_1 + 128 >> 2];
             HEAP32[$3_1 + 128 >> 2] = $37_1;
             $29_1 = $5_1 ^ $6;
             HEAP32[$3_1 + 132 >> 2] = $29_1;
             $5_1 = HEAP32[$3_1 + 140 >> 2];
             $6 = $4_1;
             $8 = HEAP32[$4_1 + 3155496 >> 2];
             $4_1 = HEAP32[$4_1 + 3155500 >> 2];
             $44_1 = HEAP32[$3_1 + 136 >> 2] ^ $8;
             HEAP32[$3_1 + 136 >> 2] = $44_1;
             $42_1 = $4_1 ^ $5_1;
             HEAP32[$3_1 + 140 >> 2] = $42_1;
             $4_1 = HEAP32[$3_1 + 148 >> 2];
             $5_1 = $6;
             $8 = HEAP32[$5_1 + 3155504 >> 2];
             $6 = HEAP32[$5_1 + 3155508 >> 2];
             $36_1 = $8 ^ HEAP32[$3_1 + 144 >> 2];
             HEAP32[$3_1 + 144 >> 2] = $36_1;
             $0_1 = $4_1 ^ $6;
             HEAP32[$3_1 + 148 >> 2] = $0_1;
             $6 = HEAP32[$3_1 + 156 >> 2];
             $4_1 = $5_1;
             $8 = HEAP32[$4_1 + 3155512 >> 2];
             $5_1 = HEAP32[$4_1 + 3155516 >> 2];
             $41_1 = $8 ^ HEAP32[$3_1 + 152 >> 2];
             HEAP32[$3_1 + 152 >> 2] = $41_1;
             $1_1 = $5_1 ^ $6;
             HEAP32[$3_1 + 156 >> 2] = $1_1;
             $9 = HEAP32[HEAP32[4997303] + $19_1 >> 2];
             if ($9 >>> 0 > 7) {
              break block147
             }
             $6 = ($3_1 + 96 | 0) + ($9 << 3) | 0;
             $14 = HEAP32[$6 >> 2];
             $19_1 = $22;
             if (($19_1 | 0) != 24640) {
              continue
             }
             break;
            };
            $5_1 = 0;
            HEAP32[$5_1 + 3155400 >> 2] = $32;
            HEAP32[$5_1 + 3155404 >> 2] = $40_1;
            HEAP32[0 + 3155392 >> 2] = $31;
            HEAP32[$5_1 + 3155396 >> 2] = $39_1;
            $6 = 0;
            $4_1 = HEAP32[$6 + 3155136 >> 2];
            $5_1 = HEAP32[$6 + 3155140 >> 2];
            $38_1 = $4_1 ^ $13;
            HEAP32[0 + 3155136 >> 2] = $38_1;
            $46_1 = $5_1 ^ $17;
            HEAP32[$6 + 3155140 >> 2] = $46_1;
            $5_1 = 0;
            $4_1 = HEAP32[$5_1 + 3155144 >> 2];
            $6 = HEAP32[$5_1 + 3155148 >> 2];
            $32 = $4_1 ^ $23;
            HEAP32[0 + 3155144 >> 2] = $32;
            $40_1 = $6 ^ $25;
            HEAP32[$5_1 + 3155148 >> 2] = $40_1;
            $6 = 0;
            $4_1 = HEAP32[$6 + 3155152 >> 2];
            $5_1 = HEAP32[$6 + 3155156 >> 2];
            $31 = $4_1 ^ $28;
            HEAP32[0 + 3155152 >> 2] = $31;
            $39_1 = $5_1 ^ $33;
            HEAP32[$6 + 3155156 >> 2] = $39_1;
            $5_1 = 0;
            $4_1 = HEAP32[$5_1 + 3155160 >> 2];
            $6 = HEAP32[$5_1 + 3155164 >> 2];
            $27_1 = $4_1 ^ $27_1;
            HEAP32[0 + 3155160 >> 2] = $27_1;
            $34_1 = $6 ^ $34_1;
            HEAP32[$5_1 + 3155164 >> 2] = $34_1;
            $6 = 0;
            $4_1 = HEAP32[$6 + 3155168 >> 2];
            $5_1 = HEAP32[$6 + 3155172 >> 2];
            $28 = $4_1 ^ $37_1;
            HEAP32[0 + 3155168 >> 2] = $28;
            $33 = $5_1 ^ $29_1;
            HEAP32[$6 + 3155172 >> 2] = $33;
            $5_1 = 0;
            $4_1 = HEAP32[$5_1 + 3155176 >> 2];
            $6 = HEAP32[$5_1 + 3155180 >> 2];
            $23 = $4_1 ^ $44_1;
            HEAP32[0 + 3155176 >> 2] = $23;
            $25 = $6 ^ $42_1;
            HEAP32[$5_1 + 3155180 >> 2] = $25;
            $6 = 0;
            $4_1 = HEAP32[$6 + 3155184 >> 2];
            $5_1 = HEAP32[$6 + 3155188 >> 2];
            $13 = $4_1 ^ $36_1;
            HEAP32[0 + 3155184 >> 2] = $13;
            $17 = $0_1 ^ $5_1;
            HEAP32[$6 + 3155188 >> 2] = $17;
            $5_1 = 0;
            $0_1 = HEAP32[$5_1 + 3155192 >> 2];
            $6 = HEAP32[$5_1 + 3155196 >> 2];
            $14 = $0_1 ^ $41_1;
            HEAP32[0 + 3155192 >> 2] = $14;
            $16 = $1_1 ^ $6;
            HEAP32[$5_1 + 3155196 >> 2] = $16;
            $5_1 = HEAP32[4997304] + $18 | 0;
            HEAP8[$5_1 | 0] = $14;
            HEAP8[$5_1 + 1 | 0] = $14 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $14 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $14 >>> 24;
            $4_1 = $16;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $5_1 = HEAP32[4997305] + $18 | 0;
            HEAP8[$5_1 | 0] = $13;
            HEAP8[$5_1 + 1 | 0] = $13 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $13 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $13 >>> 24;
            $4_1 = $17;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $5_1 = HEAP32[4997306] + $18 | 0;
            HEAP8[$5_1 | 0] = $23;
            HEAP8[$5_1 + 1 | 0] = $23 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $23 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $23 >>> 24;
            $4_1 = $25;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $5_1 = HEAP32[4997307] + $18 | 0;
            HEAP8[$5_1 | 0] = $28;
            HEAP8[$5_1 + 1 | 0] = $28 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $28 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $28 >>> 24;
            $4_1 = $33;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $5_1 = HEAP32[4997308] + $18 | 0;
            HEAP8[$5_1 | 0] = $27_1;
            HEAP8[$5_1 + 1 | 0] = $27_1 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $27_1 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $27_1 >>> 24;
            $4_1 = $34_1;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $5_1 = HEAP32[4997309] + $18 | 0;
            HEAP8[$5_1 | 0] = $31;
            HEAP8[$5_1 + 1 | 0] = $31 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $31 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $31 >>> 24;
            $4_1 = $39_1;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $5_1 = HEAP32[4997310] + $18 | 0;
            HEAP8[$5_1 | 0] = $32;
            HEAP8[$5_1 + 1 | 0] = $32 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $32 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $32 >>> 24;
            $4_1 = $40_1;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $5_1 = HEAP32[4997193] + $18 | 0;
            HEAP8[$5_1 | 0] = $38_1;
            HEAP8[$5_1 + 1 | 0] = $38_1 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $38_1 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $38_1 >>> 24;
            $4_1 = $46_1;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $6 = 0;
            $41_1 = HEAP32[$6 + 3155264 >> 2];
            $4_1 = $41_1;
            $1_1 = HEAP32[$6 + 3155268 >> 2];
            $36_1 = HEAP32[0 + 3155200 >> 2];
            $8 = $36_1;
            $0_1 = HEAP32[$6 + 3155204 >> 2];
            $5_1 = $0_1;
            $6 = HEAP32[4997193] + $21 | 0;
            $4_1 = $4_1 ^ $8;
            HEAP8[$6 | 0] = $4_1;
            HEAP8[$6 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$6 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$6 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $1_1 ^ $5_1;
            HEAP8[$6 + 4 | 0] = $4_1;
            HEAP8[$6 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$6 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$6 + 7 | 0] = $4_1 >>> 24;
            $4_1 = 0;
            $42_1 = HEAP32[$4_1 + 3155272 >> 2];
            $6 = $42_1;
            $50_1 = HEAP32[$4_1 + 3155276 >> 2];
            $7 = $50_1;
            $51_1 = HEAP32[0 + 3155208 >> 2];
            $8 = $51_1;
            $20_1 = HEAP32[$4_1 + 3155212 >> 2];
            $5_1 = $20_1;
            $4_1 = HEAP32[4997310] + $21 | 0;
            $6 = $6 ^ $8;
            HEAP8[$4_1 | 0] = $6;
            HEAP8[$4_1 + 1 | 0] = $6 >>> 8;
            HEAP8[$4_1 + 2 | 0] = $6 >>> 16;
            HEAP8[$4_1 + 3 | 0] = $6 >>> 24;
            $6 = $5_1 ^ $7;
            HEAP8[$4_1 + 4 | 0] = $6;
            HEAP8[$4_1 + 5 | 0] = $6 >>> 8;
            HEAP8[$4_1 + 6 | 0] = $6 >>> 16;
            HEAP8[$4_1 + 7 | 0] = $6 >>> 24;
            $5_1 = 0;
            $52 = HEAP32[$5_1 + 3155280 >> 2];
            $4_1 = $52;
            $15 = HEAP32[$5_1 + 3155284 >> 2];
            $7 = $15;
            $53_1 = HEAP32[0 + 3155216 >> 2];
            $8 = $53_1;
            $18 = HEAP32[$5_1 + 3155220 >> 2];
            $6 = $18;
            $5_1 = HEAP32[4997309] + $21 | 0;
            $4_1 = $4_1 ^ $8;
            HEAP8[$5_1 | 0] = $4_1;
            HEAP8[$5_1 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $6 ^ $7;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $6 = 0;
            $54 = HEAP32[$6 + 3155288 >> 2];
            $4_1 = $54;
            $19_1 = HEAP32[$6 + 3155292 >> 2];
            $7 = $19_1;
            $55_1 = HEAP32[0 + 3155224 >> 2];
            $8 = $55_1;
            $22 = HEAP32[$6 + 3155228 >> 2];
            $5_1 = $22;
            $6 = HEAP32[4997308] + $21 | 0;
            $4_1 = $4_1 ^ $8;
            HEAP8[$6 | 0] = $4_1;
            HEAP8[$6 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$6 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$6 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $5_1 ^ $7;
            HEAP8[$6 + 4 | 0] = $4_1;
            HEAP8[$6 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$6 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$6 + 7 | 0] = $4_1 >>> 24;
            $4_1 = 0;
            $56_1 = HEAP32[$4_1 + 3155296 >> 2];
            $6 = $56_1;
            $11 = HEAP32[$4_1 + 3155300 >> 2];
            $7 = $11;
            $57_1 = HEAP32[0 + 3155232 >> 2];
            $8 = $57_1;
            $12_1 = HEAP32[$4_1 + 3155236 >> 2];
            $5_1 = $12_1;
            $4_1 = HEAP32[4997307] + $21 | 0;
            $6 = $6 ^ $8;
            HEAP8[$4_1 | 0] = $6;
            HEAP8[$4_1 + 1 | 0] = $6 >>> 8;
            HEAP8[$4_1 + 2 | 0] = $6 >>> 16;
            HEAP8[$4_1 + 3 | 0] = $6 >>> 24;
            $6 = $5_1 ^ $7;
            HEAP8[$4_1 + 4 | 0] = $6;
            HEAP8[$4_1 + 5 | 0] = $6 >>> 8;
            HEAP8[$4_1 + 6 | 0] = $6 >>> 16;
            HEAP8[$4_1 + 7 | 0] = $6 >>> 24;
            $5_1 = 0;
            $58 = HEAP32[$5_1 + 3155304 >> 2];
            $4_1 = $58;
            $9 = HEAP32[$5_1 + 3155308 >> 2];
            $7 = $9;
            $59 = HEAP32[0 + 3155240 >> 2];
            $8 = $59;
            $10_1 = HEAP32[$5_1 + 3155244 >> 2];
            $6 = $10_1;
            $5_1 = HEAP32[4997306] + $21 | 0;
            $4_1 = $4_1 ^ $8;
            HEAP8[$5_1 | 0] = $4_1;
            HEAP8[$5_1 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $6 ^ $7;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $6 = 0;
            $30_1 = HEAP32[$6 + 3155312 >> 2];
            $29_1 = $30_1;
            $8 = HEAP32[$6 + 3155316 >> 2];
            $45_1 = HEAP32[0 + 3155248 >> 2];
            $4_1 = $45_1;
            $7 = HEAP32[$6 + 3155252 >> 2];
            $5_1 = $7;
            $6 = HEAP32[4997305] + $21 | 0;
            $4_1 = $4_1 ^ $29_1;
            HEAP8[$6 | 0] = $4_1;
            HEAP8[$6 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$6 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$6 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $5_1 ^ $8;
            HEAP8[$6 + 4 | 0] = $4_1;
            HEAP8[$6 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$6 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$6 + 7 | 0] = $4_1 >>> 24;
            $4_1 = 0;
            $48_1 = HEAP32[$4_1 + 3155320 >> 2];
            $37_1 = $48_1;
            $5_1 = HEAP32[$4_1 + 3155324 >> 2];
            $49 = HEAP32[0 + 3155256 >> 2];
            $29_1 = $49;
            $6 = HEAP32[$4_1 + 3155260 >> 2];
            $4_1 = HEAP32[4997304] + $21 | 0;
            $29_1 = $29_1 ^ $37_1;
            HEAP8[$4_1 | 0] = $29_1;
            HEAP8[$4_1 + 1 | 0] = $29_1 >>> 8;
            HEAP8[$4_1 + 2 | 0] = $29_1 >>> 16;
            HEAP8[$4_1 + 3 | 0] = $29_1 >>> 24;
            $21 = $5_1 ^ $6;
            HEAP8[$4_1 + 4 | 0] = $21;
            HEAP8[$4_1 + 5 | 0] = $21 >>> 8;
            HEAP8[$4_1 + 6 | 0] = $21 >>> 16;
            HEAP8[$4_1 + 7 | 0] = $21 >>> 24;
            $44_1 = 0;
            $37_1 = 0;
            if (($24_1 | 0) != 2048) {
             continue
            }
            break;
           };
           if (($47_1 | 0) == 7) {
            break block148
           }
           HEAP32[$3_1 + 3352 >> 2] = $48_1;
           HEAP32[$3_1 + 3356 >> 2] = $5_1;
           HEAP32[$3_1 + 3344 >> 2] = $30_1;
           HEAP32[$3_1 + 3348 >> 2] = $8;
           HEAP32[$3_1 + 3336 >> 2] = $58;
           HEAP32[$3_1 + 3340 >> 2] = $9;
           HEAP32[$3_1 + 3328 >> 2] = $56_1;
           HEAP32[$3_1 + 3332 >> 2] = $11;
           HEAP32[$3_1 + 3320 >> 2] = $54;
           HEAP32[$3_1 + 3324 >> 2] = $19_1;
           HEAP32[$3_1 + 3312 >> 2] = $52;
           HEAP32[$3_1 + 3316 >> 2] = $15;
           HEAP32[$3_1 + 3304 >> 2] = $42_1;
           HEAP32[$3_1 + 3308 >> 2] = $50_1;
           HEAP32[$3_1 + 3296 >> 2] = $41_1;
           HEAP32[$3_1 + 3300 >> 2] = $1_1;
           HEAP32[$3_1 + 3288 >> 2] = $49;
           HEAP32[$3_1 + 3292 >> 2] = $6;
           HEAP32[$3_1 + 3280 >> 2] = $45_1;
           HEAP32[$3_1 + 3284 >> 2] = $7;
           HEAP32[$3_1 + 3272 >> 2] = $59;
           HEAP32[$3_1 + 3276 >> 2] = $10_1;
           HEAP32[$3_1 + 3264 >> 2] = $57_1;
           HEAP32[$3_1 + 3268 >> 2] = $12_1;
           HEAP32[$3_1 + 3256 >> 2] = $55_1;
           HEAP32[$3_1 + 3260 >> 2] = $22;
           HEAP32[$3_1 + 3248 >> 2] = $53_1;
           HEAP32[$3_1 + 3252 >> 2] = $18;
           HEAP32[$3_1 + 3240 >> 2] = $51_1;
           HEAP32[$3_1 + 3244 >> 2] = $20_1;
           HEAP32[$3_1 + 3232 >> 2] = $36_1;
           HEAP32[$3_1 + 3236 >> 2] = $0_1;
           $5_1 = 0;
           $0_1 = HEAP32[$5_1 + 3155192 >> 2];
           $4_1 = HEAP32[$5_1 + 3155196 >> 2];
           HEAP32[$3_1 + 3224 >> 2] = $0_1;
           HEAP32[$3_1 + 3228 >> 2] = $4_1;
           $0_1 = HEAP32[0 + 3155184 >> 2];
           $6 = HEAP32[$5_1 + 3155188 >> 2];
           HEAP32[$3_1 + 3216 >> 2] = $0_1;
           HEAP32[$3_1 + 3220 >> 2] = $6;
           $0_1 = HEAP32[0 + 3155176 >> 2];
           $4_1 = HEAP32[$5_1 + 3155180 >> 2];
           HEAP32[$3_1 + 3208 >> 2] = $0_1;
           HEAP32[$3_1 + 3212 >> 2] = $4_1;
           $0_1 = HEAP32[0 + 3155168 >> 2];
           $6 = HEAP32[$5_1 + 3155172 >> 2];
           HEAP32[$3_1 + 3200 >> 2] = $0_1;
           HEAP32[$3_1 + 3204 >> 2] = $6;
           $0_1 = HEAP32[0 + 3155160 >> 2];
           $4_1 = HEAP32[$5_1 + 3155164 >> 2];
           HEAP32[$3_1 + 3192 >> 2] = $0_1;
           HEAP32[$3_1 + 3196 >> 2] = $4_1;
           $0_1 = HEAP32[0 + 3155152 >> 2];
           $6 = HEAP32[$5_1 + 3155156 >> 2];
           HEAP32[$3_1 + 3184 >> 2] = $0_1;
           HEAP32[$3_1 + 3188 >> 2] = $6;
           $0_1 = HEAP32[0 + 3155144 >> 2];
           $4_1 = HEAP32[$5_1 + 3155148 >> 2];
           HEAP32[$3_1 + 3176 >> 2] = $0_1;
           HEAP32[$3_1 + 3180 >> 2] = $4_1;
           $0_1 = HEAP32[0 + 3155136 >> 2];
           $6 = HEAP32[$5_1 + 3155140 >> 2];
           HEAP32[$3_1 + 3168 >> 2] = $0_1;
           HEAP32[$3_1 + 3172 >> 2] = $6;
           HEAPF64[$3_1 + 3360 >> 3] = HEAPF64[394416];
           HEAPF64[$3_1 + 3368 >> 3] = HEAPF64[394417];
           HEAPF64[$3_1 + 3376 >> 3] = HEAPF64[394418];
           HEAPF64[$3_1 + 3384 >> 3] = HEAPF64[394419];
           HEAPF64[$3_1 + 3392 >> 3] = HEAPF64[394420];
           HEAPF64[$3_1 + 3400 >> 3] = HEAPF64[394421];
           HEAPF64[$3_1 + 3408 >> 3] = HEAPF64[394422];
           HEAPF64[$3_1 + 3416 >> 3] = HEAPF64[394423];
           HEAP32[$3_1 + 100 >> 2] = 256;
           HEAP32[$3_1 + 96 >> 2] = $3_1 + 3168;
           $1($3_1 + 6592 | 0, 64, $3_1 + 96 | 0, 1);
           $47_1 = $26;
           continue;
          }
          break;
         };
         $57($9, 8, HEAP32[4997311]);
         wasm2js_trap();
        }
        $57($11, 8, HEAP32[4997312]);
        wasm2js_trap();
       }
       $57($12_1, 8, HEAP32[4997313]);
       wasm2js_trap();
      }
      $57($11, 8, HEAP32[4997314]);
      wasm2js_trap();
     }
     $57($9, 8, HEAP32[4997315]);
     wasm2js_trap();
    }
    $57($9, 8, HEAP32[4997316]);
    wasm2js_trap();
   }
   $57($9, 8, HEAP32[4997317]);
   wasm2js_trap();
  }
  HEAP32[$3_1 + 3352 >> 2] = $48_1;
  HEAP32[$3_1 + 3356 >> 2] = $5_1;
  HEAP32[$3_1 + 3344 >> 2] = $30_1;
  HEAP32[$3_1 + 3348 >> 2] = $8;
  HEAP32[$3_1 + 3336 >> 2] = $58;
  HEAP32[$3_1 + 3340 >> 2] = $9;
  HEAP32[$3_1 + 3328 >> 2] = $56_1;
  HEAP32[$3_1 + 3332 >> 2] = $11;
  HEAP32[$3_1 + 3320 >> 2] = $54;
  HEAP32[$3_1 + 3324 >> 2] = $19_1;
  HEAP32[$3_1 + 3312 >> 2] = $52;
  HEAP32[$3_1 + 3316 >> 2] = $15;
  HEAP32[$3_1 + 3304 >> 2] = $42_1;
  HEAP32[$3_1 + 3308 >> 2] = $50_1;
  HEAP32[$3_1 + 3296 >> 2] = $41_1;
  HEAP32[$3_1 + 3300 >> 2] = $1_1;
  HEAP32[$3_1 + 3288 >> 2] = $49;
  HEAP32[$3_1 + 3292 >> 2] = $6;
  HEAP32[$3_1 + 3280 >> 2] = $45_1;
  HEAP32[$3_1 + 3284 >> 2] = $7;
  HEAP32[$3_1 + 3272 >> 2] = $59;
  HEAP32[$3_1 + 3276 >> 2] = $10_1;
  HEAP32[$3_1 + 3264 >> 2] = $57_1;
  HEAP32[$3_1 + 3268 >> 2] = $12_1;
  HEAP32[$3_1 + 3256 >> 2] = $55_1;
  HEAP32[$3_1 + 3260 >> 2] = $22;
  HEAP32[$3_1 + 3248 >> 2] = $53_1;
  HEAP32[$3_1 + 3252 >> 2] = $18;
  HEAP32[$3_1 + 3240 >> 2] = $51_1;
  HEAP32[$3_1 + 3244 >> 2] = $20_1;
  HEAP32[$3_1 + 3232 >> 2] = $36_1;
  HEAP32[$3_1 + 3236 >> 2] = $0_1;
  $5_1 = 0;
  $0_1 = HEAP32[$5_1 + 3155192 >> 2];
  $4_1 = HEAP32[$5_1 + 3155196 >> 2];
  HEAP32[$3_1 + 3224 >> 2] = $0_1;
  HEAP32[$3_1 + 3228 >> 2] = $4_1;
  $0_1 = HEAP32[0 + 3155184 >> 2];
  $6 = HEAP32[$5_1 + 3155188 >> 2];
  HEAP32[$3_1 + 3216 >> 2] = $0_1;
  HEAP32[$3_1 + 3220 >> 2] = $6;
  $0_1 = HEAP32[0 + 3155176 >> 2];
  $4_1 = HEAP32[$5_1 + 3155180 >> 2];
  HEAP32[$3_1 + 3208 >> 2] = $0_1;
  HEAP32[$3_1 + 3212 >> 2] = $4_1;
  $0_1 = HEAP32[0 + 3155168 >> 2];
  $6 = HEAP32[$5_1 + 3155172 >> 2];
  HEAP32[$3_1 + 3200 >> 2] = $0_1;
  HEAP32[$3_1 + 3204 >> 2] = $6;
  $0_1 = HEAP32[0 + 3155160 >> 2];
  $4_1 = HEAP32[$5_1 + 3155164 >> 2];
  HEAP32[$3_1 + 3192 >> 2] = $0_1;
  HEAP32[$3_1 + 3196 >> 2] = $4_1;
  $0_1 = HEAP32[0 + 3155152 >> 2];
  $6 = HEAP32[$5_1 + 3155156 >> 2];
  HEAP32[$3_1 + 3184 >> 2] = $0_1;
  HEAP32[$3_1 + 3188 >> 2] = $6;
  $0_1 = HEAP32[0 + 3155144 >> 2];
  $4_1 = HEAP32[$5_1 + 3155148 >> 2];
  HEAP32[$3_1 + 3176 >> 2] = $0_1;
  HEAP32[$3_1 + 3180 >> 2] = $4_1;
  $0_1 = HEAP32[0 + 3155136 >> 2];
  $6 = HEAP32[$5_1 + 3155140 >> 2];
  HEAP32[$3_1 + 3168 >> 2] = $0_1;
  HEAP32[$3_1 + 3172 >> 2] = $6;
  HEAPF64[$3_1 + 3360 >> 3] = HEAPF64[394416];
  HEAPF64[$3_1 + 3368 >> 3] = HEAPF64[394417];
  HEAPF64[$3_1 + 3376 >> 3] = HEAPF64[394418];
  HEAPF64[$3_1 + 3384 >> 3] = HEAPF64[394419];
  HEAPF64[$3_1 + 3392 >> 3] = HEAPF64[394420];
  HEAPF64[$3_1 + 3400 >> 3] = HEAPF64[394421];
  HEAPF64[$3_1 + 3408 >> 3] = HEAPF64[394422];
  HEAPF64[$3_1 + 3416 >> 3] = HEAPF64[394423];
  $5_1 = 19989272;
  $0_1 = HEAP32[$5_1 >> 2];
  $4_1 = HEAP32[$5_1 + 4 >> 2];
  HEAP32[$3_1 + 152 >> 2] = $0_1;
  HEAP32[$3_1 + 156 >> 2] = $4_1;
  $5_1 = 19989280;
  $0_1 = HEAP32[$5_1 >> 2];
  $6 = HEAP32[$5_1 + 4 >> 2];
  HEAP32[$3_1 + 144 >> 2] = $0_1;
  HEAP32[$3_1 + 148 >> 2] = $6;
  $5_1 = 19989288;
  $0_1 = HEAP32[$5_1 >> 2];
  $4_1 = HEAP32[$5_1 + 4 >> 2];
  HEAP32[$3_1 + 136 >> 2] = $0_1;
  HEAP32[$3_1 + 140 >> 2] = $4_1;
  $5_1 = 19989296;
  $0_1 = HEAP32[$5_1 >> 2];
  $6 = HEAP32[$5_1 + 4 >> 2];
  HEAP32[$3_1 + 128 >> 2] = $0_1;
  HEAP32[$3_1 + 132 >> 2] = $6;
  $5_1 = 19989304;
  $0_1 = HEAP32[$5_1 >> 2];
  $4_1 = HEAP32[$5_1 + 4 >> 2];
  HEAP32[$3_1 + 120 >> 2] = $0_1;
  HEAP32[$3_1 + 124 >> 2] = $4_1;
  $5_1 = 19989312;
  $0_1 = HEAP32[$5_1 >> 2];
  $6 = HEAP32[$5_1 + 4 >> 2];
  HEAP32[$3_1 + 112 >> 2] = $0_1;
  HEAP32[$3_1 + 116 >> 2] = $6;
  $5_1 = 19989320;
  $0_1 = HEAP32[$5_1 >> 2];
  $4_1 = HEAP32[$5_1 + 4 >> 2];
  HEAP32[$3_1 + 104 >> 2] = $0_1;
  HEAP32[$3_1 + 108 >> 2] = $4_1;
  $5_1 = 19989328;
  $0_1 = HEAP32[$5_1 >> 2];
  $6 = HEAP32[$5_1 + 4 >> 2];
  HEAP32[$3_1 + 96 >> 2] = $0_1;
  HEAP32[$3_1 + 100 >> 2] = $6;
  $7 = HEAP32[4997192];
  $13 = HEAP32[4997193];
  while (1) {
   $12_1 = HEAP32[4997169];
   $18 = 0;
   while (1) {
    $15 = $12_1 + ($3_1 + 96 | 0) | 0;
    $19_1 = $15 + 76 | 0;
    $1_1 = $19_1;
    $11 = $18 & 1;
    $9 = HEAP32[4997194] + ($11 << 10) | 0;
    $19_1 = HEAP32[$19_1 >> 2];
    $22 = $13 + $12_1 | 0;
    $0_1 = $22 + 76 | 0;
    $24_1 = $15 + 72 | 0;
    $20_1 = HEAP32[$24_1 >> 2];
    $26 = $15 - -64 | 0;
    $21 = HEAP32[$26 >> 2];
    $10_1 = $11 ? $20_1 : $21;
    $0_1 = HEAP32[$9 + (($19_1 & 255) << 2) >> 2] ^ (HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 6 & 1020) + $9 >> 2], 8);
    $8 = $15 + 68 | 0;
    $15 = HEAP32[$8 >> 2];
    $5_1 = $11 ? $21 : $20_1;
    (wasm2js_i32$0 = $1_1, wasm2js_i32$1 = $0_1 ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 22 & 1020) + $9 >> 2], 24)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $0_1 = $22 + 72 | 0;
    $17 = $11 ? $15 : $19_1;
    $11 = $11 ? $19_1 : $15;
    (wasm2js_i32$0 = $24_1, wasm2js_i32$1 = HEAP32[(($20_1 & 255) << 2) + $9 >> 2] ^ (HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)) ^ __wasm_rotl_i32(HEAP32[($17 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($21 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($11 >>> 22 & 1020) + $9 >> 2], 24)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $0_1 = $22 + 68 | 0;
    (wasm2js_i32$0 = $8, wasm2js_i32$1 = HEAP32[(($15 & 255) << 2) + $9 >> 2] ^ (HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)) ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 22 & 1020) + $9 >> 2], 24)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $0_1 = $22 - -64 | 0;
    (wasm2js_i32$0 = $26, wasm2js_i32$1 = HEAP32[(($21 & 255) << 2) + $9 >> 2] ^ (HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)) ^ __wasm_rotl_i32(HEAP32[($11 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($20_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($17 >>> 22 & 1020) + $9 >> 2], 24)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $18 = $18 + 1 | 0;
    $12_1 = $12_1 + 16 | 0;
    if ($12_1) {
     continue
    }
    break;
   };
   $13 = $13 - -64 | 0;
   $7 = HEAP32[4997169] + $7 | 0;
   if ($7) {
    continue
   }
   break;
  };
  $21 = 0;
  $11 = $3_1 + 96 | 0;
  while (1) {
   $15 = $11 + 12 | 0;
   $0_1 = $15;
   $12_1 = $21 & 1;
   $9 = HEAP32[4997194] + ($12_1 << 10) | 0;
   $15 = HEAP32[$15 >> 2];
   $18 = $11 + 8 | 0;
   $19_1 = HEAP32[$18 >> 2];
   $22 = HEAP32[$11 >> 2];
   $24_1 = $12_1 ? $19_1 : $22;
   $1_1 = HEAP32[$9 + (($15 & 255) << 2) >> 2] ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 6 & 1020) + $9 >> 2], 8);
   $26 = $11 + 4 | 0;
   $20_1 = HEAP32[$26 >> 2];
   $10_1 = $12_1 ? $22 : $19_1;
   (wasm2js_i32$0 = $0_1, wasm2js_i32$1 = $1_1 ^ __wasm_rotl_i32(HEAP32[($20_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[4997334]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   $8 = $12_1 ? $20_1 : $15;
   $12_1 = $12_1 ? $15 : $20_1;
   (wasm2js_i32$0 = $18, wasm2js_i32$1 = HEAP32[(($19_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($8 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($22 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($12_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[4997335]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   (wasm2js_i32$0 = $26, wasm2js_i32$1 = HEAP32[(($20_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[4997336]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   (wasm2js_i32$0 = $11, wasm2js_i32$1 = HEAP32[(($22 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($12_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($8 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[4997337]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   $11 = $11 + 16 | 0;
   $21 = $21 + 1 | 0;
   if (($21 | 0) != 4) {
    continue
   }
   break;
  };
  $21 = 0;
  $11 = $3_1 + 96 | 0;
  while (1) {
   $15 = $11 + 12 | 0;
   $0_1 = $15;
   $12_1 = $21 & 1;
   $9 = HEAP32[4997194] + ($12_1 << 10) | 0;
   $15 = HEAP32[$15 >> 2];
   $18 = $11 + 8 | 0;
   $19_1 = HEAP32[$18 >> 2];
   $22 = HEAP32[$11 >> 2];
   $24_1 = $12_1 ? $19_1 : $22;
   $1_1 = HEAP32[$9 + (($15 & 255) << 2) >> 2] ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 6 & 1020) + $9 >> 2], 8);
   $26 = $11 + 4 | 0;
   $20_1 = HEAP32[$26 >> 2];
   $10_1 = $12_1 ? $22 : $19_1;
   (wasm2js_i32$0 = $0_1, wasm2js_i32$1 = $1_1 ^ __wasm_rotl_i32(HEAP32[($20_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[4997338]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   $8 = $12_1 ? $20_1 : $15;
   $12_1 = $12_1 ? $15 : $20_1;
   (wasm2js_i32$0 = $18, wasm2js_i32$1 = HEAP32[(($19_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($8 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($22 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($12_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[4997339]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   (wasm2js_i32$0 = $26, wasm2js_i32$1 = HEAP32[(($20_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[4997340]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   (wasm2js_i32$0 = $11, wasm2js_i32$1 = HEAP32[(($22 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($12_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($8 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[4997341]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   $11 = $11 + 16 | 0;
   $21 = $21 + 1 | 0;
   if (($21 | 0) != 4) {
    continue
   }
   break;
  };
  HEAP32[$3_1 + 3360 >> 2] = HEAP32[$3_1 + 96 >> 2];
  $4_1 = HEAP32[$3_1 + 104 >> 2];
  HEAP32[$3_1 + 3364 >> 2] = HEAP32[$3_1 + 100 >> 2];
  HEAP32[$3_1 + 3368 >> 2] = $4_1;
  $6 = HEAP32[$3_1 + 112 >> 2];
  HEAP32[$3_1 + 3372 >> 2] = HEAP32[$3_1 + 108 >> 2];
  HEAP32[$3_1 + 3376 >> 2] = $6;
  $4_1 = HEAP32[$3_1 + 120 >> 2];
  HEAP32[$3_1 + 3380 >> 2] = HEAP32[$3_1 + 116 >> 2];
  HEAP32[$3_1 + 3384 >> 2] = $4_1;
  $6 = HEAP32[$3_1 + 128 >> 2];
  HEAP32[$3_1 + 3388 >> 2] = HEAP32[$3_1 + 124 >> 2];
  HEAP32[$3_1 + 3392 >> 2] = $6;
  $4_1 = HEAP32[$3_1 + 136 >> 2];
  HEAP32[$3_1 + 3396 >> 2] = HEAP32[$3_1 + 132 >> 2];
  HEAP32[$3_1 + 3400 >> 2] = $4_1;
  $6 = HEAP32[$3_1 + 144 >> 2];
  HEAP32[$3_1 + 3404 >> 2] = HEAP32[$3_1 + 140 >> 2];
  HEAP32[$3_1 + 3408 >> 2] = $6;
  $4_1 = HEAP32[$3_1 + 152 >> 2];
  HEAP32[$3_1 + 3412 >> 2] = HEAP32[$3_1 + 148 >> 2];
  HEAP32[$3_1 + 3416 >> 2] = $4_1;
  HEAP32[$3_1 + 3420 >> 2] = HEAP32[$3_1 + 156 >> 2];
  HEAP32[$3_1 + 100 >> 2] = 256;
  HEAP32[$3_1 + 96 >> 2] = $3_1 + 3168;
  $1($2_1, 32, $3_1 + 96 | 0, 1);
  global$0 = $3_1 + 6896 | 0;
 }
 
 function $5($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0;
  __inlined_func$22$1 : {
   if ($1_1 >>> 0 >= 9) {
    $1_1 = $1_1 >>> 0 <= 16 ? 16 : $1_1;
    block : {
     if (HEAP32[4997345] - $1_1 >>> 0 <= $0_1 >>> 0) {
      break block
     }
     $4_1 = $0_1 >>> 0 < 11 ? 16 : HEAP32[4997142] & $0_1 + 11;
     $0_1 = $24(($4_1 + $1_1 | 0) + 12 | 0);
     if (!$0_1) {
      break block
     }
     $2_1 = HEAP32[4997142] + $0_1 | 0;
     $3_1 = HEAP32[4997140] + $1_1 | 0;
     block2 : {
      if (!($0_1 & $3_1)) {
       $1_1 = $2_1;
       break block2;
      }
      $5_1 = HEAP32[4997346] + $0_1 | 0;
      $6 = HEAP32[$5_1 >> 2];
      $0_1 = HEAP32[4997142] + ($0_1 + $3_1 & 0 - $1_1) | 0;
      $1_1 = $0_1 + ($0_1 - $2_1 >>> 0 <= 16 ? $1_1 : 0) | 0;
      $0_1 = $1_1 - $2_1 | 0;
      $3_1 = ($6 & HEAP32[4997142]) - $0_1 | 0;
      if ($6 & 3) {
       HEAP32[$1_1 + 4 >> 2] = HEAP32[$1_1 + 4 >> 2] & 1 | $3_1 | 2;
       $3_1 = $1_1 + $3_1 | 0;
       HEAP32[$3_1 + 4 >> 2] = HEAP32[$3_1 + 4 >> 2] | 1;
       HEAP32[$5_1 >> 2] = HEAP32[$5_1 >> 2] & 1 | $0_1 | 2;
       $3_1 = $0_1 + $2_1 | 0;
       HEAP32[$3_1 + 4 >> 2] = HEAP32[$3_1 + 4 >> 2] | 1;
       $30($2_1, $0_1);
       break block2;
      }
      $2_1 = HEAP32[$2_1 >> 2];
      HEAP32[$1_1 + 4 >> 2] = $3_1;
      HEAP32[$1_1 >> 2] = $0_1 + $2_1;
     }
     $0_1 = HEAP32[$1_1 + 4 >> 2];
     block4 : {
      if (!($0_1 & 3)) {
       break block4
      }
      $2_1 = HEAP32[4997142] & $0_1;
      if ($2_1 >>> 0 <= $4_1 + 16 >>> 0) {
       break block4
      }
      HEAP32[$1_1 + 4 >> 2] = $0_1 & 1 | $4_1 | 2;
      $0_1 = $1_1 + $4_1 | 0;
      $4_1 = $2_1 - $4_1 | 0;
      HEAP32[$0_1 + 4 >> 2] = $4_1 | 3;
      $2_1 = $1_1 + $2_1 | 0;
      HEAP32[$2_1 + 4 >> 2] = HEAP32[$2_1 + 4 >> 2] | 1;
      $30($0_1, $4_1);
     }
     $2_1 = $1_1 + 8 | 0;
    }
    break __inlined_func$22$1;
   }
   $2_1 = $24($0_1);
  }
  return $2_1;
 }
 
 function $10($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0;
  $11 = global$0 - 16 | 0;
  global$0 = $11;
  $1_1 = $1_1 + $2_1 | 0;
  if ($1_1 >>> 0 < $2_1 >>> 0) {
   $50(0, 0);
   wasm2js_trap();
  }
  $13 = $11 + 4 | 0;
  $2_1 = HEAP32[$0_1 >> 2];
  $3_1 = $2_1;
  $8 = HEAP32[$0_1 + 4 >> 2];
  $14 = 1;
  $7 = 4;
  $2_1 = $3_1 << 1;
  $2_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $1_1 : $2_1;
  $2_1 = $2_1 >>> 0 <= 8 ? 8 : $2_1;
  $1_1 = __wasm_i64_mul(1, 0, $2_1, 0);
  block1 : {
   if (i64toi32_i32$HIGH_BITS) {
    $1_1 = 0;
    break block1;
   }
   if ($1_1 >>> 0 > HEAP32[4997342] - 1 >>> 0) {
    $1_1 = 0;
    break block1;
   }
   block7 : {
    block6 : {
     block4 : {
      if ($3_1) {
       $7 = $1_1;
       __inlined_func$28$3 : {
        block5 : {
         block70 : {
          block12 : {
           block15 : {
            block2 : {
             $12_1 = $8;
             $10_1 = $8 + HEAP32[4997346] | 0;
             $5_1 = HEAP32[$10_1 >> 2];
             $6 = $5_1 & HEAP32[4997142];
             $4_1 = $5_1 & 3;
             if ($6 >>> 0 >= $3_1 + ($4_1 ? 4 : 8) >>> 0) {
              if (($4_1 | 0) != 0 & $3_1 + 39 >>> 0 < $6 >>> 0) {
               break block2
              }
              $8 = 0;
              if (HEAPU32[4997347] < $1_1 >>> 0) {
               break block5
              }
              $3_1 = $1_1 >>> 0 < 11 ? 16 : HEAP32[4997142] & $1_1 + 11;
              $9 = HEAP32[4997142] + $12_1 | 0;
              if (!$4_1) {
               if ($3_1 >>> 0 < 256) {
                break block70
               }
               if (!$9) {
                break block70
               }
               if ($3_1 >>> 0 >= $6 >>> 0) {
                break block70
               }
               if (HEAPU32[4997393] < $6 - $3_1 >>> 0) {
                break block70
               }
               break __inlined_func$28$3;
              }
              $4_1 = $6 + $9 | 0;
              block9 : {
               if ($3_1 >>> 0 > $6 >>> 0) {
                if (HEAP32[4989444] == ($4_1 | 0)) {
                 break block9
                }
                if (($4_1 | 0) != HEAP32[4989443]) {
                 $5_1 = HEAP32[$4_1 + 4 >> 2];
                 if ($5_1 & 2) {
                  break block70
                 }
                 $15 = HEAP32[4997142] & $5_1;
                 $5_1 = $6 + $15 | 0;
                 if ($3_1 >>> 0 > $5_1 >>> 0) {
                  break block70
                 }
                 $29($4_1, $15);
                 $4_1 = $5_1 - $3_1 | 0;
                 if ($4_1 >>> 0 >= 16) {
                  HEAP32[$10_1 >> 2] = HEAP32[$10_1 >> 2] & 1 | $3_1 | 2;
                  $3_1 = $3_1 + $9 | 0;
                  HEAP32[$3_1 + 4 >> 2] = $4_1 | 3;
                  $5_1 = $5_1 + $9 | 0;
                  HEAP32[$5_1 + 4 >> 2] = HEAP32[$5_1 + 4 >> 2] | 1;
                  $30($3_1, $4_1);
                  break block12;
                 }
                 HEAP32[$10_1 >> 2] = HEAP32[$10_1 >> 2] & 1 | $5_1 | 2;
                 $3_1 = $5_1 + $9 | 0;
                 HEAP32[$3_1 + 4 >> 2] = HEAP32[$3_1 + 4 >> 2] | 1;
                 break block12;
                }
                $4_1 = $6 + HEAP32[4989441] | 0;
                if ($3_1 >>> 0 > $4_1 >>> 0) {
                 break block70
                }
                $6 = $4_1 - $3_1 | 0;
                block14 : {
                 if ($6 >>> 0 <= 15) {
                  HEAP32[$10_1 >> 2] = $4_1 | $5_1 & 1 | 2;
                  $3_1 = $4_1 + $9 | 0;
                  HEAP32[$3_1 + 4 >> 2] = HEAP32[$3_1 + 4 >> 2] | 1;
                  $6 = 0;
                  $3_1 = 0;
                  break block14;
                 }
                 HEAP32[$10_1 >> 2] = $5_1 & 1 | $3_1 | 2;
                 $3_1 = $3_1 + $9 | 0;
                 HEAP32[$3_1 + 4 >> 2] = $6 | 1;
                 $4_1 = $4_1 + $9 | 0;
                 HEAP32[$4_1 >> 2] = $6;
                 HEAP32[$4_1 + 4 >> 2] = HEAP32[$4_1 + 4 >> 2] & HEAP32[4997352];
                }
                HEAP32[4989443] = $3_1;
                HEAP32[4989441] = $6;
                break block12;
               }
               $6 = $6 - $3_1 | 0;
               if ($6 >>> 0 <= 15) {
                break block12
               }
               HEAP32[$10_1 >> 2] = $5_1 & 1 | $3_1 | 2;
               $3_1 = $3_1 + $9 | 0;
               HEAP32[$3_1 + 4 >> 2] = $6 | 3;
               HEAP32[$4_1 + 4 >> 2] = HEAP32[$4_1 + 4 >> 2] | 1;
               $30($3_1, $6);
               break block12;
              }
              $4_1 = $6 + HEAP32[4989442] | 0;
              if ($3_1 >>> 0 < $4_1 >>> 0) {
               break block15
              }
              break block70;
             }
             $53(HEAP32[4997389], HEAP32[4997390]);
             wasm2js_trap();
            }
            $53(HEAP32[4997391], HEAP32[4997392]);
            wasm2js_trap();
           }
           HEAP32[$10_1 >> 2] = $5_1 & 1 | $3_1 | 2;
           $5_1 = $3_1 + $9 | 0;
           $3_1 = $4_1 - $3_1 | 0;
           HEAP32[$5_1 + 4 >> 2] = $3_1 | 1;
           HEAP32[4989442] = $3_1;
           HEAP32[4989444] = $5_1;
          }
          if (!$9) {
           break block70
          }
          break __inlined_func$28$3;
         }
         $3_1 = $24($7);
         if (!$3_1) {
          break block5
         }
         $8 = HEAP32[$10_1 >> 2];
         $8 = HEAP32[($8 & 3 ? 19989384 : 19988568) >> 2] + (HEAP32[4997142] & $8) | 0;
         $7 = $7 >>> 0 < $8 >>> 0 ? $7 : $8;
         if ($7) {
          wasm2js_memory_copy($3_1, $12_1, $7)
         }
         $8 = $3_1;
         $27($12_1);
        }
        $12_1 = $8;
       }
       break block4;
      }
      if (!$1_1) {
       $7 = 1;
       break block6;
      }
      $12_1 = $5($1_1, 1);
     }
     $7 = $12_1;
     if ($7) {
      break block6
     }
     HEAP32[$13 + 4 >> 2] = 1;
     break block7;
    }
    HEAP32[$13 + 4 >> 2] = $7;
    $14 = 0;
   }
   $7 = 8;
  }
  HEAP32[$7 + $13 >> 2] = $1_1;
  HEAP32[$13 >> 2] = $14;
  if (HEAP32[$11 + 4 >> 2] == 1) {
   $50(HEAP32[$11 + 8 >> 2], HEAP32[$11 + 12 >> 2]);
   wasm2js_trap();
  }
  $1_1 = HEAP32[$11 + 8 >> 2];
  HEAP32[$0_1 >> 2] = $2_1;
  HEAP32[$0_1 + 4 >> 2] = $1_1;
  global$0 = $11 + 16 | 0;
 }
 
 function $12($0_1) {
  $0_1 = $0_1 | 0;
  wasm2js_trap();
 }
 
 function $19($0_1, $1_1, $2_1, $3_1, $4_1) {
  var $5_1 = 0, $6 = 0, $7 = 0;
  $5_1 = global$0 - 32 | 0;
  global$0 = $5_1;
  $6 = HEAP32[4989336];
  HEAP32[4989336] = $6 + 1;
  block : {
   block4 : {
    block3 : {
     block1 : {
      block2 : {
       $7 = 0;
       block0 : {
        if (($6 | 0) < 0) {
         break block0
        }
        $7 = 1;
        if (HEAPU8[19957324]) {
         break block0
        }
        HEAP8[19957324] = 1;
        HEAP32[4989330] = HEAP32[4989330] + 1;
        $7 = 2;
       }
       switch ($7 & 255) {
       case 0:
        break block;
       case 2:
        break block2;
       default:
        break block1;
       };
      }
      $6 = HEAP32[4989333];
      if (($6 | 0) <= HEAP32[4997140]) {
       break block
      }
      HEAP32[4989333] = $6 + 1;
      if (!HEAP32[4989334]) {
       break block3
      }
      FUNCTION_TABLE[HEAP32[$1_1 + 20 >> 2]]($5_1 + 8 | 0, $0_1);
      HEAP8[$5_1 + 29 | 0] = $4_1;
      HEAP8[$5_1 + 28 | 0] = $3_1;
      HEAP32[$5_1 + 24 >> 2] = $2_1;
      $2_1 = HEAP32[$5_1 + 12 >> 2];
      HEAP32[$5_1 + 16 >> 2] = HEAP32[$5_1 + 8 >> 2];
      HEAP32[$5_1 + 20 >> 2] = $2_1;
      FUNCTION_TABLE[HEAP32[HEAP32[4989335] + 20 >> 2]](HEAP32[4989334], $5_1 + 16 | 0);
      break block4;
     }
     FUNCTION_TABLE[HEAP32[$1_1 + 24 >> 2]]($5_1, $0_1);
     break block;
    }
    $0_1 = HEAP32[4997342];
    if (HEAP32[4997342] != ($0_1 | HEAP32[4997342])) {
     __inlined_func$26$2 : {
      block20 : {
       $1_1 = HEAP32[HEAP32[4997346] + $5_1 >> 2];
       $2_1 = $1_1 & HEAP32[4997142];
       $1_1 = $1_1 & 3;
       if ($2_1 >>> 0 >= $0_1 + ($1_1 ? 4 : 8) >>> 0) {
        if (($1_1 | 0) != 0 & $0_1 + 39 >>> 0 < $2_1 >>> 0) {
         break block20
        }
        $27($5_1);
        break __inlined_func$26$2;
       }
       $53(HEAP32[4997389], HEAP32[4997390]);
       wasm2js_trap();
      }
      $53(HEAP32[4997391], HEAP32[4997392]);
      wasm2js_trap();
     }
    }
   }
   HEAP32[4989333] = HEAP32[4989333] + HEAP32[4997140];
   HEAP8[19957324] = 0;
   if (!$3_1) {
    break block
   }
   wasm2js_trap();
  }
  wasm2js_trap();
 }
 
 function $20($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[19957800] = 1;
 }
 
 function $24($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $9 = global$0 - 16 | 0;
  global$0 = $9;
  block2 : {
   block3 : {
    block4 : {
     if ($0_1 >>> 0 >= 245) {
      if ($0_1 >>> 0 > HEAPU32[4997347]) {
       $0_1 = 0;
       break block2;
      }
      $2_1 = $0_1 + 11 | 0;
      $4_1 = $2_1 & HEAP32[4997142];
      $8 = HEAP32[4989440];
      if (!$8) {
       break block3
      }
      $7 = 31;
      if (HEAPU32[4997348] <= $0_1 >>> 0) {
       break block4
      }
      $0_1 = Math_clz32($2_1 >>> 8 | 0);
      $7 = (($4_1 >>> 38 - $0_1 & 1) - ($0_1 << 1) | 0) + 62 | 0;
      break block4;
     }
     block13 : {
      block17 : {
       block8 : {
        block7 : {
         block6 : {
          $3_1 = HEAP32[4989439];
          $4_1 = $0_1 >>> 0 < 11 ? 16 : $0_1 + 11 & 504;
          $2_1 = $4_1 >>> 3 | 0;
          $0_1 = $3_1 >>> $2_1 | 0;
          if ($0_1 & 3) {
           $5_1 = $2_1 + ((HEAP32[4997140] ^ $0_1) & 1) | 0;
           $4_1 = $5_1 << 3;
           $0_1 = $4_1 + HEAP32[4997349] | 0;
           $2_1 = HEAP32[HEAP32[4997350] + $4_1 >> 2];
           $1_1 = HEAP32[$2_1 + 8 >> 2];
           if (($0_1 | 0) == ($1_1 | 0)) {
            break block6
           }
           HEAP32[$1_1 + 12 >> 2] = $0_1;
           HEAP32[$0_1 + 8 >> 2] = $1_1;
           break block7;
          }
          if (HEAPU32[4989441] >= $4_1 >>> 0) {
           break block3
          }
          if ($0_1) {
           break block8
          }
          $0_1 = HEAP32[4989440];
          if (!$0_1) {
           break block3
          }
          $1_1 = HEAP32[(__wasm_ctz_i32($0_1) << 2) + HEAP32[4997351] >> 2];
          $2_1 = (HEAP32[$1_1 + 4 >> 2] & HEAP32[4997142]) - $4_1 | 0;
          $3_1 = $1_1;
          while (1) {
           block9 : {
            $0_1 = HEAP32[$1_1 + 16 >> 2];
            if ($0_1) {
             break block9
            }
            $0_1 = HEAP32[$1_1 + 20 >> 2];
            if ($0_1) {
             break block9
            }
            $7 = HEAP32[$3_1 + 24 >> 2];
            block12 : {
             block11 : {
              $0_1 = HEAP32[$3_1 + 12 >> 2];
              if (($0_1 | 0) == ($3_1 | 0)) {
               $0_1 = HEAP32[$3_1 + 20 >> 2];
               $1_1 = HEAP32[($0_1 ? 20 : 16) + $3_1 >> 2];
               if ($1_1) {
                break block11
               }
               $0_1 = 0;
               break block12;
              }
              $1_1 = HEAP32[$3_1 + 8 >> 2];
              HEAP32[$1_1 + 12 >> 2] = $0_1;
              HEAP32[$0_1 + 8 >> 2] = $1_1;
              break block12;
             }
             $5_1 = $0_1 ? $3_1 + 20 | 0 : $3_1 + 16 | 0;
             while (1) {
              $6 = $5_1;
              $0_1 = $1_1;
              $1_1 = HEAP32[$0_1 + 20 >> 2];
              $5_1 = $1_1 ? $0_1 + 20 | 0 : $0_1 + 16 | 0;
              $1_1 = HEAP32[($1_1 ? 20 : 16) + $0_1 >> 2];
              if ($1_1) {
               continue
              }
              break;
             };
             HEAP32[$6 >> 2] = 0;
            }
            if (!$7) {
             break block13
            }
            $1_1 = HEAP32[4997351] + (HEAP32[$3_1 + 28 >> 2] << 2) | 0;
            block16 : {
             if (($3_1 | 0) != HEAP32[$1_1 >> 2]) {
              if (HEAP32[$7 + 16 >> 2] != ($3_1 | 0)) {
               HEAP32[$7 + 20 >> 2] = $0_1;
               if ($0_1) {
                break block16
               }
               break block13;
              }
              HEAP32[$7 + 16 >> 2] = $0_1;
              if ($0_1) {
               break block16
              }
              break block13;
             }
             HEAP32[$1_1 >> 2] = $0_1;
             if (!$0_1) {
              break block17
             }
            }
            HEAP32[$0_1 + 24 >> 2] = $7;
            $1_1 = HEAP32[$3_1 + 16 >> 2];
            if ($1_1) {
             HEAP32[$0_1 + 16 >> 2] = $1_1;
             HEAP32[$1_1 + 24 >> 2] = $0_1;
            }
            $1_1 = HEAP32[$3_1 + 20 >> 2];
            if (!$1_1) {
             break block13
            }
            HEAP32[$0_1 + 20 >> 2] = $1_1;
            HEAP32[$1_1 + 24 >> 2] = $0_1;
            break block13;
           }
           $1_1 = (HEAP32[$0_1 + 4 >> 2] & HEAP32[4997142]) - $4_1 | 0;
           $5_1 = $1_1;
           $1_1 = $2_1 >>> 0 > $1_1 >>> 0;
           $2_1 = $1_1 ? $5_1 : $2_1;
           $3_1 = $1_1 ? $0_1 : $3_1;
           $1_1 = $0_1;
           continue;
          };
         }
         (wasm2js_i32$0 = 19957756, wasm2js_i32$1 = __wasm_rotl_i32(HEAP32[4997352], $5_1) & $3_1), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
        }
        $0_1 = $2_1 + 8 | 0;
        HEAP32[$2_1 + 4 >> 2] = $4_1 | 3;
        $4_1 = $2_1 + $4_1 | 0;
        HEAP32[$4_1 + 4 >> 2] = HEAP32[$4_1 + 4 >> 2] | 1;
        break block2;
       }
       $1_1 = $0_1 << $2_1;
       $0_1 = 2 << $2_1;
       $6 = __wasm_ctz_i32($1_1 & ($0_1 | 0 - $0_1));
       $2_1 = $6 << 3;
       $1_1 = $2_1 + HEAP32[4997349] | 0;
       $0_1 = HEAP32[HEAP32[4997350] + $2_1 >> 2];
       $5_1 = HEAP32[$0_1 + 8 >> 2];
       block20 : {
        if (($1_1 | 0) != ($5_1 | 0)) {
         HEAP32[$5_1 + 12 >> 2] = $1_1;
         HEAP32[$1_1 + 8 >> 2] = $5_1;
         break block20;
        }
        (wasm2js_i32$0 = 19957756, wasm2js_i32$1 = __wasm_rotl_i32(HEAP32[4997352], $6) & $3_1), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
       }
       HEAP32[$0_1 + 4 >> 2] = $4_1 | 3;
       $3_1 = $0_1 + $4_1 | 0;
       $1_1 = $2_1 - $4_1 | 0;
       HEAP32[$3_1 + 4 >> 2] = $1_1 | 1;
       HEAP32[$0_1 + $2_1 >> 2] = $1_1;
       $2_1 = HEAP32[4989441];
       if ($2_1) {
        $4_1 = HEAP32[4989443];
        $5_1 = HEAP32[4989439];
        $6 = 1 << ($2_1 >>> 3);
        block23 : {
         if (!($5_1 & $6)) {
          HEAP32[4989439] = $5_1 | $6;
          $2_1 = HEAP32[4997349] + (HEAP32[4997142] & $2_1) | 0;
          $5_1 = $2_1;
          break block23;
         }
         $2_1 = HEAP32[4997142] & $2_1;
         $5_1 = $2_1 + HEAP32[4997349] | 0;
         $2_1 = HEAP32[HEAP32[4997350] + $2_1 >> 2];
        }
        HEAP32[$5_1 + 8 >> 2] = $4_1;
        HEAP32[$2_1 + 12 >> 2] = $4_1;
        HEAP32[$4_1 + 12 >> 2] = $5_1;
        HEAP32[$4_1 + 8 >> 2] = $2_1;
       }
       $0_1 = $0_1 + 8 | 0;
       HEAP32[4989443] = $3_1;
       HEAP32[4989441] = $1_1;
       break block2;
      }
      (wasm2js_i32$0 = 19957760, wasm2js_i32$1 = HEAP32[4989440] & __wasm_rotl_i32(HEAP32[4997352], HEAP32[$3_1 + 28 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
     }
     block28 : {
      block25 : {
       if ($2_1 >>> 0 >= 16) {
        HEAP32[$3_1 + 4 >> 2] = $4_1 | 3;
        $1_1 = $3_1 + $4_1 | 0;
        HEAP32[$1_1 + 4 >> 2] = $2_1 | 1;
        HEAP32[$2_1 + $1_1 >> 2] = $2_1;
        $5_1 = HEAP32[4989441];
        if (!$5_1) {
         break block25
        }
        $0_1 = HEAP32[4989443];
        $6 = HEAP32[4989439];
        $7 = 1 << ($5_1 >>> 3);
        block27 : {
         if (!($6 & $7)) {
          HEAP32[4989439] = $6 | $7;
          $5_1 = HEAP32[4997349] + (HEAP32[4997142] & $5_1) | 0;
          $6 = $5_1;
          break block27;
         }
         $5_1 = HEAP32[4997142] & $5_1;
         $6 = $5_1 + HEAP32[4997349] | 0;
         $5_1 = HEAP32[HEAP32[4997350] + $5_1 >> 2];
        }
        HEAP32[$6 + 8 >> 2] = $0_1;
        HEAP32[$5_1 + 12 >> 2] = $0_1;
        HEAP32[$0_1 + 12 >> 2] = $6;
        HEAP32[$0_1 + 8 >> 2] = $5_1;
        break block25;
       }
       $0_1 = $2_1 + $4_1 | 0;
       HEAP32[$3_1 + 4 >> 2] = $0_1 | 3;
       $0_1 = $0_1 + $3_1 | 0;
       HEAP32[$0_1 + 4 >> 2] = HEAP32[$0_1 + 4 >> 2] | 1;
       break block28;
      }
      HEAP32[4989443] = $1_1;
      HEAP32[4989441] = $2_1;
     }
     $0_1 = $3_1 + 8 | 0;
     if (!$0_1) {
      break block3
     }
     break block2;
    }
    $2_1 = 0 - $4_1 | 0;
    $3_1 = HEAP32[HEAP32[4997351] + ($7 << 2) >> 2];
    block34 : {
     block32 : {
      block30 : {
       if (!$3_1) {
        $0_1 = 0;
        break block30;
       }
       $5_1 = $4_1 << (($7 | 0) != 31 ? 25 - ($7 >>> 1 | 0) | 0 : 0);
       $0_1 = 0;
       while (1) {
        block31 : {
         $6 = HEAP32[$3_1 + 4 >> 2] & HEAP32[4997142];
         if ($4_1 >>> 0 > $6 >>> 0) {
          break block31
         }
         $6 = $6 - $4_1 | 0;
         if ($2_1 >>> 0 <= $6 >>> 0) {
          break block31
         }
         $1_1 = $3_1;
         $2_1 = $6;
         if ($2_1) {
          break block31
         }
         $2_1 = 0;
         $0_1 = $1_1;
         break block32;
        }
        $6 = HEAP32[$3_1 + 20 >> 2];
        $3_1 = HEAP32[(($5_1 >>> 29 & 4) + $3_1 | 0) + 16 >> 2];
        $0_1 = $6 ? (($3_1 | 0) != ($6 | 0) ? $6 : $0_1) : $0_1;
        $5_1 = $5_1 << 1;
        if ($3_1) {
         continue
        }
        break;
       };
      }
      if (!($0_1 | $1_1)) {
       $1_1 = 0;
       $0_1 = 2 << $7;
       $0_1 = $8 & ($0_1 | 0 - $0_1);
       if (!$0_1) {
        break block3
       }
       $0_1 = HEAP32[(__wasm_ctz_i32($0_1) << 2) + HEAP32[4997351] >> 2];
      }
      if (!$0_1) {
       break block34
      }
     }
     while (1) {
      $3_1 = HEAP32[$0_1 + 4 >> 2] & HEAP32[4997142];
      $5_1 = $3_1 - $4_1 | 0;
      $6 = $2_1 >>> 0 > $5_1 >>> 0;
      $10_1 = $6 ? $5_1 : $2_1;
      $5_1 = $3_1 >>> 0 < $4_1 >>> 0;
      $2_1 = $5_1 ? $2_1 : $10_1;
      $1_1 = $5_1 ? $1_1 : $6 ? $0_1 : $1_1;
      $3_1 = HEAP32[$0_1 + 16 >> 2];
      if ($3_1) {
       $0_1 = $3_1
      } else {
       $0_1 = HEAP32[$0_1 + 20 >> 2]
      }
      if ($0_1) {
       continue
      }
      break;
     };
    }
    if (!$1_1) {
     break block3
    }
    $0_1 = HEAP32[4989441];
    if ($0_1 >>> 0 >= $4_1 >>> 0 & $0_1 - $4_1 >>> 0 <= $2_1 >>> 0) {
     break block3
    }
    $7 = HEAP32[$1_1 + 24 >> 2];
    block39 : {
     block38 : {
      $0_1 = HEAP32[$1_1 + 12 >> 2];
      if (($0_1 | 0) == ($1_1 | 0)) {
       $0_1 = HEAP32[$1_1 + 20 >> 2];
       $3_1 = HEAP32[($0_1 ? 20 : 16) + $1_1 >> 2];
       if ($3_1) {
        break block38
       }
       $0_1 = 0;
       break block39;
      }
      $3_1 = HEAP32[$1_1 + 8 >> 2];
      HEAP32[$3_1 + 12 >> 2] = $0_1;
      HEAP32[$0_1 + 8 >> 2] = $3_1;
      break block39;
     }
     $5_1 = $0_1 ? $1_1 + 20 | 0 : $1_1 + 16 | 0;
     while (1) {
      $6 = $5_1;
      $0_1 = $3_1;
      $3_1 = HEAP32[$0_1 + 20 >> 2];
      $5_1 = $3_1 ? $0_1 + 20 | 0 : $0_1 + 16 | 0;
      $3_1 = HEAP32[($3_1 ? 20 : 16) + $0_1 >> 2];
      if ($3_1) {
       continue
      }
      break;
     };
     HEAP32[$6 >> 2] = 0;
    }
    block40 : {
     if (!$7) {
      break block40
     }
     block44 : {
      $3_1 = HEAP32[4997351] + (HEAP32[$1_1 + 28 >> 2] << 2) | 0;
      block43 : {
       if (($1_1 | 0) != HEAP32[$3_1 >> 2]) {
        if (HEAP32[$7 + 16 >> 2] != ($1_1 | 0)) {
         HEAP32[$7 + 20 >> 2] = $0_1;
         if ($0_1) {
          break block43
         }
         break block40;
        }
        HEAP32[$7 + 16 >> 2] = $0_1;
        if ($0_1) {
         break block43
        }
        break block40;
       }
       HEAP32[$3_1 >> 2] = $0_1;
       if (!$0_1) {
        break block44
       }
      }
      HEAP32[$0_1 + 24 >> 2] = $7;
      $3_1 = HEAP32[$1_1 + 16 >> 2];
      if ($3_1) {
       HEAP32[$0_1 + 16 >> 2] = $3_1;
       HEAP32[$3_1 + 24 >> 2] = $0_1;
      }
      $3_1 = HEAP32[$1_1 + 20 >> 2];
      if (!$3_1) {
       break block40
      }
      HEAP32[$0_1 + 20 >> 2] = $3_1;
      HEAP32[$3_1 + 24 >> 2] = $0_1;
      break block40;
     }
     (wasm2js_i32$0 = 19957760, wasm2js_i32$1 = HEAP32[4989440] & __wasm_rotl_i32(HEAP32[4997352], HEAP32[$1_1 + 28 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    }
    block48 : {
     if ($2_1 >>> 0 >= 16) {
      HEAP32[$1_1 + 4 >> 2] = $4_1 | 3;
      $0_1 = $1_1 + $4_1 | 0;
      HEAP32[$0_1 + 4 >> 2] = $2_1 | 1;
      HEAP32[$0_1 + $2_1 >> 2] = $2_1;
      if ($2_1 >>> 0 >= 256) {
       $34($0_1, $2_1);
       break block48;
      }
      $3_1 = HEAP32[4989439];
      $5_1 = 1 << ($2_1 >>> 3);
      block50 : {
       if (!($3_1 & $5_1)) {
        HEAP32[4989439] = $3_1 | $5_1;
        $2_1 = HEAP32[4997349] + ($2_1 & 248) | 0;
        $3_1 = $2_1;
        break block50;
       }
       $2_1 = $2_1 & 248;
       $3_1 = $2_1 + HEAP32[4997349] | 0;
       $2_1 = HEAP32[HEAP32[4997350] + $2_1 >> 2];
      }
      HEAP32[$3_1 + 8 >> 2] = $0_1;
      HEAP32[$2_1 + 12 >> 2] = $0_1;
      HEAP32[$0_1 + 12 >> 2] = $3_1;
      HEAP32[$0_1 + 8 >> 2] = $2_1;
      break block48;
     }
     $0_1 = $2_1 + $4_1 | 0;
     HEAP32[$1_1 + 4 >> 2] = $0_1 | 3;
     $0_1 = $0_1 + $1_1 | 0;
     HEAP32[$0_1 + 4 >> 2] = HEAP32[$0_1 + 4 >> 2] | 1;
    }
    $0_1 = $1_1 + 8 | 0;
    if ($0_1) {
     break block2
    }
   }
   block59 : {
    block73 : {
     block70 : {
      block69 : {
       block60 : {
        $0_1 = HEAP32[4989441];
        if ($0_1 >>> 0 < $4_1 >>> 0) {
         $0_1 = HEAP32[4989442];
         if ($0_1 >>> 0 <= $4_1 >>> 0) {
          $1_1 = $9 + 4 | 0;
          $0_1 = HEAP32[4997355] & HEAP32[4997354] + $4_1;
          $0_1 = ($0_1 >>> 16 | 0) + (($0_1 & 65535) != 0) | 0;
          $6 = __wasm_memory_grow($0_1 | 0);
          block1 : {
           if (($6 | 0) == HEAP32[4997140]) {
            $0_1 = 0;
            $3_1 = 0;
            break block1;
           }
           $3_1 = $0_1 << 16;
           $0_1 = $6 << 16;
           $3_1 = ($0_1 | 0) == (0 - $3_1 | 0) ? $3_1 + HEAP32[4997398] | 0 : $3_1;
          }
          HEAP32[$1_1 + 8 >> 2] = 0;
          HEAP32[$1_1 + 4 >> 2] = $3_1;
          HEAP32[$1_1 >> 2] = $0_1;
          $3_1 = HEAP32[$9 + 4 >> 2];
          if (!$3_1) {
           $0_1 = 0;
           break block2;
          }
          $7 = HEAP32[$9 + 12 >> 2];
          $6 = HEAP32[$9 + 8 >> 2];
          $0_1 = $6 + HEAP32[4989445] | 0;
          HEAP32[4989445] = $0_1;
          $2_1 = HEAP32[4989446];
          HEAP32[4989446] = $0_1 >>> 0 > $2_1 >>> 0 ? $0_1 : $2_1;
          block56 : {
           block55 : {
            $2_1 = HEAP32[4989444];
            if ($2_1) {
             $0_1 = HEAP32[4997356];
             while (1) {
              $1_1 = HEAP32[$0_1 >> 2];
              $5_1 = HEAP32[$0_1 + 4 >> 2];
              if (($1_1 + $5_1 | 0) == ($3_1 | 0)) {
               break block55
              }
              $0_1 = HEAP32[$0_1 + 8 >> 2];
              if ($0_1) {
               continue
              }
              break;
             };
             break block56;
            }
            $0_1 = HEAP32[4989448];
            if (!(($0_1 | 0) != 0 & $0_1 >>> 0 <= $3_1 >>> 0)) {
             HEAP32[4989448] = $3_1
            }
            HEAP32[4989449] = 4095;
            HEAP32[4989372] = $7;
            HEAP32[4989370] = $6;
            HEAP32[4989369] = $3_1;
            HEAP32[4989376] = HEAP32[4997349];
            HEAP32[4989378] = HEAP32[4997350];
            HEAP32[4989375] = HEAP32[4997349];
            HEAP32[4989380] = HEAP32[4997357];
            HEAP32[4989377] = HEAP32[4997350];
            HEAP32[4989382] = HEAP32[4997358];
            HEAP32[4989379] = HEAP32[4997357];
            HEAP32[4989384] = HEAP32[4997359];
            HEAP32[4989381] = HEAP32[4997358];
            HEAP32[4989386] = HEAP32[4997360];
            HEAP32[4989383] = HEAP32[4997359];
            HEAP32[4989388] = HEAP32[4997361];
            HEAP32[4989385] = HEAP32[4997360];
            HEAP32[4989390] = HEAP32[4997362];
            HEAP32[4989387] = HEAP32[4997361];
            HEAP32[4989392] = HEAP32[4997363];
            HEAP32[4989389] = HEAP32[4997362];
            HEAP32[4989391] = HEAP32[4997363];
            HEAP32[4989394] = HEAP32[4997364];
            HEAP32[4989393] = HEAP32[4997364];
            HEAP32[4989396] = HEAP32[4997365];
            HEAP32[4989395] = HEAP32[4997365];
            HEAP32[4989398] = HEAP32[4997366];
            HEAP32[4989397] = HEAP32[4997366];
            HEAP32[4989400] = HEAP32[4997367];
            HEAP32[4989399] = HEAP32[4997367];
            HEAP32[4989402] = HEAP32[4997368];
            HEAP32[4989401] = HEAP32[4997368];
            HEAP32[4989404] = HEAP32[4997369];
            HEAP32[4989403] = HEAP32[4997369];
            HEAP32[4989406] = HEAP32[4997370];
            HEAP32[4989405] = HEAP32[4997370];
            HEAP32[4989408] = HEAP32[4997371];
            HEAP32[4989410] = HEAP32[4997372];
            HEAP32[4989407] = HEAP32[4997371];
            HEAP32[4989412] = HEAP32[4997373];
            HEAP32[4989409] = HEAP32[4997372];
            HEAP32[4989414] = HEAP32[4997374];
            HEAP32[4989411] = HEAP32[4997373];
            HEAP32[4989416] = HEAP32[4997375];
            HEAP32[4989413] = HEAP32[4997374];
            HEAP32[4989418] = HEAP32[4997376];
            HEAP32[4989415] = HEAP32[4997375];
            HEAP32[4989420] = HEAP32[4997377];
            HEAP32[4989417] = HEAP32[4997376];
            HEAP32[4989422] = HEAP32[4997378];
            HEAP32[4989419] = HEAP32[4997377];
            HEAP32[4989424] = HEAP32[4997379];
            HEAP32[4989421] = HEAP32[4997378];
            HEAP32[4989426] = HEAP32[4997380];
            HEAP32[4989423] = HEAP32[4997379];
            HEAP32[4989428] = HEAP32[4997381];
            HEAP32[4989425] = HEAP32[4997380];
            HEAP32[4989430] = HEAP32[4997382];
            HEAP32[4989427] = HEAP32[4997381];
            HEAP32[4989432] = HEAP32[4997383];
            HEAP32[4989429] = HEAP32[4997382];
            HEAP32[4989434] = HEAP32[4997384];
            HEAP32[4989431] = HEAP32[4997383];
            HEAP32[4989436] = HEAP32[4997385];
            HEAP32[4989433] = HEAP32[4997384];
            HEAP32[4989438] = HEAP32[4997386];
            HEAP32[4989435] = HEAP32[4997385];
            $0_1 = HEAP32[4997142] & $3_1 + 15;
            $2_1 = $0_1 + HEAP32[4997142] | 0;
            HEAP32[4989444] = $2_1;
            HEAP32[4989437] = HEAP32[4997386];
            $1_1 = $3_1 - $0_1 | 0;
            $0_1 = HEAP32[4997387] + $6 | 0;
            $1_1 = ($1_1 + $0_1 | 0) + 8 | 0;
            HEAP32[4989442] = $1_1;
            HEAP32[$2_1 + 4 >> 2] = $1_1 | 1;
            HEAP32[($0_1 + $3_1 | 0) + 4 >> 2] = 40;
            HEAP32[4989447] = HEAP32[4997192];
            break block59;
           }
           if ($2_1 >>> 0 >= $3_1 >>> 0) {
            break block56
           }
           if ($2_1 >>> 0 < $1_1 >>> 0) {
            break block56
           }
           $1_1 = HEAP32[$0_1 + 12 >> 2];
           if ($1_1 & 1) {
            break block56
           }
           if (($7 | 0) == ($1_1 >>> 1 | 0)) {
            break block60
           }
          }
          $0_1 = HEAP32[4989448];
          HEAP32[4989448] = $0_1 >>> 0 < $3_1 >>> 0 ? $0_1 : $3_1;
          $1_1 = $3_1 + $6 | 0;
          $0_1 = HEAP32[4997356];
          block63 : {
           block62 : {
            while (1) {
             $5_1 = HEAP32[$0_1 >> 2];
             if (($5_1 | 0) != ($1_1 | 0)) {
              $0_1 = HEAP32[$0_1 + 8 >> 2];
              if ($0_1) {
               continue
              }
              break block62;
             }
             break;
            };
            $1_1 = HEAP32[$0_1 + 12 >> 2];
            if ($1_1 & 1) {
             break block62
            }
            if (($7 | 0) == ($1_1 >>> 1 | 0)) {
             break block63
            }
           }
           $0_1 = HEAP32[4997356];
           while (1) {
            block65 : {
             $1_1 = HEAP32[$0_1 >> 2];
             if ($1_1 >>> 0 <= $2_1 >>> 0) {
              $1_1 = HEAP32[$0_1 + 4 >> 2] + $1_1 | 0;
              if ($1_1 >>> 0 > $2_1 >>> 0) {
               break block65
              }
             }
             $0_1 = HEAP32[$0_1 + 8 >> 2];
             continue;
            }
            break;
           };
           $0_1 = HEAP32[4997142] & $3_1 + 15;
           $5_1 = $0_1 + HEAP32[4997142] | 0;
           HEAP32[4989444] = $5_1;
           $10_1 = $3_1 - $0_1 | 0;
           $0_1 = HEAP32[4997387] + $6 | 0;
           $8 = ($10_1 + $0_1 | 0) + 8 | 0;
           HEAP32[4989442] = $8;
           HEAP32[$5_1 + 4 >> 2] = $8 | 1;
           HEAP32[($0_1 + $3_1 | 0) + 4 >> 2] = 40;
           HEAP32[4989447] = HEAP32[4997192];
           $0_1 = HEAP32[4997142] + (HEAP32[4997142] & HEAP32[4997388] + $1_1) | 0;
           $5_1 = $2_1 + 16 >>> 0 > $0_1 >>> 0 ? $2_1 : $0_1;
           HEAP32[$5_1 + 4 >> 2] = 27;
           $11 = HEAP32[4989369];
           $8 = HEAP32[4989370];
           $0_1 = HEAP32[4989372];
           $10_1 = $5_1 + 16 | 0;
           HEAP32[$10_1 >> 2] = HEAP32[4989371];
           HEAP32[$10_1 + 4 >> 2] = $0_1;
           $0_1 = $5_1 + 8 | 0;
           HEAP32[$0_1 >> 2] = $11;
           HEAP32[$0_1 + 4 >> 2] = $8;
           HEAP32[4989372] = $7;
           HEAP32[4989370] = $6;
           HEAP32[4989369] = $3_1;
           HEAP32[4989371] = $0_1;
           $0_1 = $5_1 + 28 | 0;
           while (1) {
            HEAP32[$0_1 >> 2] = 7;
            $0_1 = $0_1 + 4 | 0;
            if ($1_1 >>> 0 > $0_1 >>> 0) {
             continue
            }
            break;
           };
           if (($2_1 | 0) == ($5_1 | 0)) {
            break block59
           }
           HEAP32[$5_1 + 4 >> 2] = HEAP32[$5_1 + 4 >> 2] & HEAP32[4997352];
           $0_1 = $5_1 - $2_1 | 0;
           HEAP32[$2_1 + 4 >> 2] = $0_1 | 1;
           HEAP32[$5_1 >> 2] = $0_1;
           if ($0_1 >>> 0 >= 256) {
            $34($2_1, $0_1);
            break block59;
           }
           $1_1 = HEAP32[4989439];
           $3_1 = 1 << ($0_1 >>> 3);
           block68 : {
            if (!($1_1 & $3_1)) {
             HEAP32[4989439] = $1_1 | $3_1;
             $0_1 = HEAP32[4997349] + ($0_1 & 248) | 0;
             $1_1 = $0_1;
             break block68;
            }
            $0_1 = $0_1 & 248;
            $1_1 = $0_1 + HEAP32[4997349] | 0;
            $0_1 = HEAP32[HEAP32[4997350] + $0_1 >> 2];
           }
           HEAP32[$1_1 + 8 >> 2] = $2_1;
           HEAP32[$0_1 + 12 >> 2] = $2_1;
           HEAP32[$2_1 + 12 >> 2] = $1_1;
           HEAP32[$2_1 + 8 >> 2] = $0_1;
           break block59;
          }
          HEAP32[$0_1 >> 2] = $3_1;
          HEAP32[$0_1 + 4 >> 2] = $6 + HEAP32[$0_1 + 4 >> 2];
          $1_1 = HEAP32[4997142] + (HEAP32[4997142] & $3_1 + 15) | 0;
          HEAP32[$1_1 + 4 >> 2] = $4_1 | 3;
          $2_1 = HEAP32[4997142] + (HEAP32[4997142] & $5_1 + 15) | 0;
          $0_1 = $1_1 + $4_1 | 0;
          $4_1 = $2_1 - $0_1 | 0;
          if (HEAP32[4989444] == ($2_1 | 0)) {
           break block69
          }
          if (HEAP32[4989443] == ($2_1 | 0)) {
           break block70
          }
          $3_1 = HEAP32[$2_1 + 4 >> 2];
          if (($3_1 & 3) == 1) {
           $3_1 = HEAP32[4997142] & $3_1;
           $29($2_1, $3_1);
           $4_1 = $3_1 + $4_1 | 0;
           $2_1 = $2_1 + $3_1 | 0;
           $3_1 = HEAP32[$2_1 + 4 >> 2];
          }
          HEAP32[$2_1 + 4 >> 2] = HEAP32[4997352] & $3_1;
          HEAP32[$0_1 + 4 >> 2] = $4_1 | 1;
          HEAP32[$0_1 + $4_1 >> 2] = $4_1;
          if ($4_1 >>> 0 >= 256) {
           $34($0_1, $4_1);
           break block73;
          }
          $2_1 = HEAP32[4989439];
          $3_1 = 1 << ($4_1 >>> 3);
          block75 : {
           if (!($2_1 & $3_1)) {
            HEAP32[4989439] = $2_1 | $3_1;
            $4_1 = HEAP32[4997349] + ($4_1 & 248) | 0;
            $2_1 = $4_1;
            break block75;
           }
           $4_1 = $4_1 & 248;
           $2_1 = $4_1 + HEAP32[4997349] | 0;
           $4_1 = HEAP32[HEAP32[4997350] + $4_1 >> 2];
          }
          HEAP32[$2_1 + 8 >> 2] = $0_1;
          HEAP32[$4_1 + 12 >> 2] = $0_1;
          HEAP32[$0_1 + 12 >> 2] = $2_1;
          HEAP32[$0_1 + 8 >> 2] = $4_1;
          break block73;
         }
         $2_1 = $0_1 - $4_1 | 0;
         HEAP32[4989442] = $2_1;
         $0_1 = HEAP32[4989444];
         $1_1 = $4_1 + $0_1 | 0;
         HEAP32[4989444] = $1_1;
         HEAP32[$1_1 + 4 >> 2] = $2_1 | 1;
         HEAP32[$0_1 + 4 >> 2] = $4_1 | 3;
         $0_1 = $0_1 + 8 | 0;
         break block2;
        }
        $2_1 = HEAP32[4989443];
        $1_1 = $0_1 - $4_1 | 0;
        block77 : {
         if ($1_1 >>> 0 <= 15) {
          HEAP32[4989443] = 0;
          HEAP32[4989441] = 0;
          HEAP32[$2_1 + 4 >> 2] = $0_1 | 3;
          $0_1 = $0_1 + $2_1 | 0;
          HEAP32[$0_1 + 4 >> 2] = HEAP32[$0_1 + 4 >> 2] | 1;
          break block77;
         }
         HEAP32[4989441] = $1_1;
         $3_1 = $2_1 + $4_1 | 0;
         HEAP32[4989443] = $3_1;
         HEAP32[$3_1 + 4 >> 2] = $1_1 | 1;
         HEAP32[$0_1 + $2_1 >> 2] = $1_1;
         HEAP32[$2_1 + 4 >> 2] = $4_1 | 3;
        }
        $0_1 = $2_1 + 8 | 0;
        break block2;
       }
       HEAP32[$0_1 + 4 >> 2] = $5_1 + $6;
       $0_1 = HEAP32[4989444];
       $2_1 = HEAP32[4997142] & $0_1 + 15;
       $1_1 = $2_1 + HEAP32[4997142] | 0;
       HEAP32[4989444] = $1_1;
       $3_1 = $0_1 - $2_1 | 0;
       $2_1 = $6 + HEAP32[4989442] | 0;
       $3_1 = ($3_1 + $2_1 | 0) + 8 | 0;
       HEAP32[4989442] = $3_1;
       HEAP32[$1_1 + 4 >> 2] = $3_1 | 1;
       HEAP32[($0_1 + $2_1 | 0) + 4 >> 2] = 40;
       HEAP32[4989447] = HEAP32[4997192];
       break block59;
      }
      HEAP32[4989444] = $0_1;
      $4_1 = $4_1 + HEAP32[4989442] | 0;
      HEAP32[4989442] = $4_1;
      HEAP32[$0_1 + 4 >> 2] = $4_1 | 1;
      break block73;
     }
     HEAP32[4989443] = $0_1;
     $4_1 = $4_1 + HEAP32[4989441] | 0;
     HEAP32[4989441] = $4_1;
     HEAP32[$0_1 + 4 >> 2] = $4_1 | 1;
     HEAP32[$0_1 + $4_1 >> 2] = $4_1;
    }
    $0_1 = $1_1 + 8 | 0;
    break block2;
   }
   $0_1 = 0;
   $2_1 = HEAP32[4989442];
   if ($4_1 >>> 0 >= $2_1 >>> 0) {
    break block2
   }
   $2_1 = $2_1 - $4_1 | 0;
   HEAP32[4989442] = $2_1;
   $0_1 = HEAP32[4989444];
   $1_1 = $4_1 + $0_1 | 0;
   HEAP32[4989444] = $1_1;
   HEAP32[$1_1 + 4 >> 2] = $2_1 | 1;
   HEAP32[$0_1 + 4 >> 2] = $4_1 | 3;
   $0_1 = $0_1 + 8 | 0;
  }
  global$0 = $9 + 16 | 0;
  return $0_1;
 }
 
 function $27($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0;
  $1_1 = HEAP32[4997142] + $0_1 | 0;
  $2_1 = HEAP32[HEAP32[4997346] + $0_1 >> 2];
  $0_1 = $2_1 & HEAP32[4997142];
  $3_1 = $1_1 + $0_1 | 0;
  block1 : {
   block : {
    if ($2_1 & 1) {
     break block
    }
    if (!($2_1 & 2)) {
     break block1
    }
    $2_1 = HEAP32[$1_1 >> 2];
    $0_1 = $0_1 + $2_1 | 0;
    $1_1 = $1_1 - $2_1 | 0;
    if (($1_1 | 0) == HEAP32[4989443]) {
     if ((HEAP32[$3_1 + 4 >> 2] & 3) != 3) {
      break block
     }
     HEAP32[4989441] = $0_1;
     HEAP32[$3_1 + 4 >> 2] = HEAP32[$3_1 + 4 >> 2] & HEAP32[4997352];
     HEAP32[$1_1 + 4 >> 2] = $0_1 | 1;
     HEAP32[$3_1 >> 2] = $0_1;
     return;
    }
    $29($1_1, $2_1);
   }
   block11 : {
    block7 : {
     block9 : {
      block8 : {
       block5 : {
        block4 : {
         $2_1 = HEAP32[$3_1 + 4 >> 2];
         block6 : {
          if (!($2_1 & 2)) {
           if (HEAP32[4989444] == ($3_1 | 0)) {
            break block4
           }
           if (HEAP32[4989443] == ($3_1 | 0)) {
            break block5
           }
           $2_1 = HEAP32[4997142] & $2_1;
           $29($3_1, $2_1);
           $0_1 = $0_1 + $2_1 | 0;
           HEAP32[$1_1 + 4 >> 2] = $0_1 | 1;
           HEAP32[$0_1 + $1_1 >> 2] = $0_1;
           if (HEAP32[4989443] != ($1_1 | 0)) {
            break block6
           }
           HEAP32[4989441] = $0_1;
           return;
          }
          HEAP32[$3_1 + 4 >> 2] = HEAP32[4997352] & $2_1;
          HEAP32[$1_1 + 4 >> 2] = $0_1 | 1;
          HEAP32[$0_1 + $1_1 >> 2] = $0_1;
         }
         if ($0_1 >>> 0 < 256) {
          break block7
         }
         $34($1_1, $0_1);
         $1_1 = HEAP32[4989449] + HEAP32[4997140] | 0;
         HEAP32[4989449] = $1_1;
         if ($1_1) {
          break block1
         }
         $0_1 = HEAP32[4989371];
         if ($0_1) {
          break block8
         }
         $0_1 = 4095;
         break block9;
        }
        HEAP32[4989444] = $1_1;
        $0_1 = $0_1 + HEAP32[4989442] | 0;
        HEAP32[4989442] = $0_1;
        HEAP32[$1_1 + 4 >> 2] = $0_1 | 1;
        if (($1_1 | 0) == HEAP32[4989443]) {
         HEAP32[4989441] = 0;
         HEAP32[4989443] = 0;
        }
        $2_1 = HEAP32[4989447];
        if ($2_1 >>> 0 >= $0_1 >>> 0) {
         break block1
        }
        $0_1 = HEAP32[4989444];
        if (!$0_1) {
         break block1
        }
        $4_1 = HEAP32[4989442];
        if ($4_1 >>> 0 < 41) {
         break block11
        }
        $1_1 = HEAP32[4997356];
        while (1) {
         $3_1 = HEAP32[$1_1 >> 2];
         if ($3_1 >>> 0 <= $0_1 >>> 0 & HEAP32[$1_1 + 4 >> 2] + $3_1 >>> 0 > $0_1 >>> 0) {
          break block11
         }
         $1_1 = HEAP32[$1_1 + 8 >> 2];
         continue;
        };
       }
       HEAP32[4989443] = $1_1;
       $0_1 = $0_1 + HEAP32[4989441] | 0;
       HEAP32[4989441] = $0_1;
       HEAP32[$1_1 + 4 >> 2] = $0_1 | 1;
       HEAP32[$0_1 + $1_1 >> 2] = $0_1;
       return;
      }
      $1_1 = 0;
      while (1) {
       $1_1 = $1_1 + 1 | 0;
       $0_1 = HEAP32[$0_1 + 8 >> 2];
       if ($0_1) {
        continue
       }
       break;
      };
      $0_1 = $1_1 >>> 0 <= 4095 ? 4095 : $1_1;
     }
     HEAP32[4989449] = $0_1;
     return;
    }
    $3_1 = HEAP32[4989439];
    $2_1 = 1 << ($0_1 >>> 3);
    block14 : {
     if (!($3_1 & $2_1)) {
      HEAP32[4989439] = $3_1 | $2_1;
      $0_1 = HEAP32[4997349] + ($0_1 & 248) | 0;
      $3_1 = $0_1;
      break block14;
     }
     $0_1 = $0_1 & 248;
     $3_1 = $0_1 + HEAP32[4997349] | 0;
     $0_1 = HEAP32[HEAP32[4997350] + $0_1 >> 2];
    }
    HEAP32[$3_1 + 8 >> 2] = $1_1;
    HEAP32[$0_1 + 12 >> 2] = $1_1;
    HEAP32[$1_1 + 12 >> 2] = $3_1;
    HEAP32[$1_1 + 8 >> 2] = $0_1;
    return;
   }
   $0_1 = HEAP32[4989371];
   if ($0_1) {
    $1_1 = 0;
    while (1) {
     $1_1 = $1_1 + 1 | 0;
     $0_1 = HEAP32[$0_1 + 8 >> 2];
     if ($0_1) {
      continue
     }
     break;
    };
    $0_1 = $1_1 >>> 0 <= 4095 ? 4095 : $1_1;
   } else {
    $0_1 = 4095
   }
   HEAP32[4989449] = $0_1;
   if ($2_1 >>> 0 >= $4_1 >>> 0) {
    break block1
   }
   HEAP32[4989447] = HEAP32[4997140];
  }
 }
 
 function $29($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $2_1 = HEAP32[$0_1 + 12 >> 2];
  block8 : {
   block4 : {
    block7 : {
     if ($1_1 >>> 0 >= 256) {
      $4_1 = HEAP32[$0_1 + 24 >> 2];
      block3 : {
       block2 : {
        if (($0_1 | 0) == ($2_1 | 0)) {
         $2_1 = HEAP32[$0_1 + 20 >> 2];
         $1_1 = HEAP32[($2_1 ? 20 : 16) + $0_1 >> 2];
         if ($1_1) {
          break block2
         }
         $2_1 = 0;
         break block3;
        }
        $1_1 = HEAP32[$0_1 + 8 >> 2];
        HEAP32[$1_1 + 12 >> 2] = $2_1;
        HEAP32[$2_1 + 8 >> 2] = $1_1;
        break block3;
       }
       $3_1 = $2_1 ? $0_1 + 20 | 0 : $0_1 + 16 | 0;
       while (1) {
        $5_1 = $3_1;
        $2_1 = $1_1;
        $1_1 = HEAP32[$2_1 + 20 >> 2];
        $3_1 = $1_1 ? $2_1 + 20 | 0 : $2_1 + 16 | 0;
        $1_1 = HEAP32[($1_1 ? 20 : 16) + $2_1 >> 2];
        if ($1_1) {
         continue
        }
        break;
       };
       HEAP32[$5_1 >> 2] = 0;
      }
      if (!$4_1) {
       break block4
      }
      block6 : {
       $1_1 = HEAP32[4997351] + (HEAP32[$0_1 + 28 >> 2] << 2) | 0;
       if (($0_1 | 0) != HEAP32[$1_1 >> 2]) {
        if (($0_1 | 0) == HEAP32[$4_1 + 16 >> 2]) {
         break block6
        }
        HEAP32[$4_1 + 20 >> 2] = $2_1;
        if ($2_1) {
         break block7
        }
        break block4;
       }
       HEAP32[$1_1 >> 2] = $2_1;
       if (!$2_1) {
        break block8
       }
       break block7;
      }
      HEAP32[$4_1 + 16 >> 2] = $2_1;
      if ($2_1) {
       break block7
      }
      break block4;
     }
     $3_1 = HEAP32[$0_1 + 8 >> 2];
     if (($2_1 | 0) != ($3_1 | 0)) {
      HEAP32[$3_1 + 12 >> 2] = $2_1;
      HEAP32[$2_1 + 8 >> 2] = $3_1;
      return;
     }
     (wasm2js_i32$0 = 19957756, wasm2js_i32$1 = HEAP32[4989439] & __wasm_rotl_i32(HEAP32[4997352], $1_1 >>> 3 | 0)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
     return;
    }
    HEAP32[$2_1 + 24 >> 2] = $4_1;
    $1_1 = HEAP32[$0_1 + 16 >> 2];
    if ($1_1) {
     HEAP32[$2_1 + 16 >> 2] = $1_1;
     HEAP32[$1_1 + 24 >> 2] = $2_1;
    }
    $1_1 = HEAP32[$0_1 + 20 >> 2];
    if (!$1_1) {
     break block4
    }
    HEAP32[$2_1 + 20 >> 2] = $1_1;
    HEAP32[$1_1 + 24 >> 2] = $2_1;
    return;
   }
   return;
  }
  (wasm2js_i32$0 = 19957760, wasm2js_i32$1 = HEAP32[4989440] & __wasm_rotl_i32(HEAP32[4997352], HEAP32[$0_1 + 28 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
 }
 
 function $30($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1 + $1_1 | 0;
  $3_1 = HEAP32[$0_1 + 4 >> 2];
  block1 : {
   block : {
    if ($3_1 & 1) {
     break block
    }
    if (!($3_1 & 2)) {
     break block1
    }
    $3_1 = HEAP32[$0_1 >> 2];
    $1_1 = $1_1 + $3_1 | 0;
    $0_1 = $0_1 - $3_1 | 0;
    if (($0_1 | 0) == HEAP32[4989443]) {
     if ((HEAP32[$2_1 + 4 >> 2] & 3) != 3) {
      break block
     }
     HEAP32[4989441] = $1_1;
     HEAP32[$2_1 + 4 >> 2] = HEAP32[$2_1 + 4 >> 2] & HEAP32[4997352];
     HEAP32[$0_1 + 4 >> 2] = $1_1 | 1;
     HEAP32[$2_1 >> 2] = $1_1;
     break block1;
    }
    $29($0_1, $3_1);
   }
   block5 : {
    block4 : {
     $3_1 = HEAP32[$2_1 + 4 >> 2];
     block6 : {
      if (!($3_1 & 2)) {
       if (HEAP32[4989444] == ($2_1 | 0)) {
        break block4
       }
       if (HEAP32[4989443] == ($2_1 | 0)) {
        break block5
       }
       $3_1 = HEAP32[4997142] & $3_1;
       $29($2_1, $3_1);
       $1_1 = $1_1 + $3_1 | 0;
       HEAP32[$0_1 + 4 >> 2] = $1_1 | 1;
       HEAP32[$0_1 + $1_1 >> 2] = $1_1;
       if (HEAP32[4989443] != ($0_1 | 0)) {
        break block6
       }
       HEAP32[4989441] = $1_1;
       return;
      }
      HEAP32[$2_1 + 4 >> 2] = HEAP32[4997352] & $3_1;
      HEAP32[$0_1 + 4 >> 2] = $1_1 | 1;
      HEAP32[$0_1 + $1_1 >> 2] = $1_1;
     }
     if ($1_1 >>> 0 >= 256) {
      $34($0_1, $1_1);
      return;
     }
     $2_1 = HEAP32[4989439];
     $3_1 = 1 << ($1_1 >>> 3);
     block9 : {
      if (!($2_1 & $3_1)) {
       HEAP32[4989439] = $2_1 | $3_1;
       $1_1 = HEAP32[4997349] + ($1_1 & 248) | 0;
       $2_1 = $1_1;
       break block9;
      }
      $1_1 = $1_1 & 248;
      $2_1 = $1_1 + HEAP32[4997349] | 0;
      $1_1 = HEAP32[HEAP32[4997350] + $1_1 >> 2];
     }
     HEAP32[$2_1 + 8 >> 2] = $0_1;
     HEAP32[$1_1 + 12 >> 2] = $0_1;
     HEAP32[$0_1 + 12 >> 2] = $2_1;
     HEAP32[$0_1 + 8 >> 2] = $1_1;
     return;
    }
    HEAP32[4989444] = $0_1;
    $1_1 = $1_1 + HEAP32[4989442] | 0;
    HEAP32[4989442] = $1_1;
    HEAP32[$0_1 + 4 >> 2] = $1_1 | 1;
    if (HEAP32[4989443] != ($0_1 | 0)) {
     break block1
    }
    HEAP32[4989441] = 0;
    HEAP32[4989443] = 0;
    return;
   }
   HEAP32[4989443] = $0_1;
   $1_1 = $1_1 + HEAP32[4989441] | 0;
   HEAP32[4989441] = $1_1;
   HEAP32[$0_1 + 4 >> 2] = $1_1 | 1;
   HEAP32[$0_1 + $1_1 >> 2] = $1_1;
  }
 }
 
 function $34($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $1_1 >>> 8 | 0;
  $2_1 = 0;
  block : {
   if (!$3_1) {
    break block
   }
   $2_1 = 31;
   if (HEAPU32[4997394] <= $1_1 >>> 0) {
    break block
   }
   $2_1 = Math_clz32($3_1);
   $2_1 = ($1_1 >>> 38 - $2_1 & 1 | $2_1 << 1) ^ 62;
  }
  HEAP32[$0_1 + 16 >> 2] = 0;
  HEAP32[$0_1 + 20 >> 2] = 0;
  HEAP32[$0_1 + 28 >> 2] = $2_1;
  $3_1 = HEAP32[4997351] + ($2_1 << 2) | 0;
  $4_1 = 1 << $2_1;
  if (!($4_1 & HEAP32[4989440])) {
   HEAP32[$3_1 >> 2] = $0_1;
   HEAP32[$0_1 + 24 >> 2] = $3_1;
   HEAP32[$0_1 + 12 >> 2] = $0_1;
   HEAP32[$0_1 + 8 >> 2] = $0_1;
   HEAP32[4989440] = $4_1 | HEAP32[4989440];
   return;
  }
  block4 : {
   $4_1 = HEAP32[$3_1 >> 2];
   block3 : {
    if ((HEAP32[$4_1 + 4 >> 2] & HEAP32[4997142]) == ($1_1 | 0)) {
     $2_1 = $4_1;
     break block3;
    }
    $3_1 = $1_1 << (($2_1 | 0) != 31 ? 25 - ($2_1 >>> 1 | 0) | 0 : 0);
    while (1) {
     $5_1 = ($3_1 >>> 29 & 4) + $4_1 | 0;
     $2_1 = HEAP32[$5_1 + 16 >> 2];
     if (!$2_1) {
      break block4
     }
     $3_1 = $3_1 << 1;
     $4_1 = $2_1;
     if (($1_1 | 0) != (HEAP32[$2_1 + 4 >> 2] & HEAP32[4997142])) {
      continue
     }
     break;
    };
   }
   $3_1 = HEAP32[$2_1 + 8 >> 2];
   HEAP32[$3_1 + 12 >> 2] = $0_1;
   HEAP32[$2_1 + 8 >> 2] = $0_1;
   HEAP32[$0_1 + 24 >> 2] = 0;
   HEAP32[$0_1 + 12 >> 2] = $2_1;
   HEAP32[$0_1 + 8 >> 2] = $3_1;
   return;
  }
  HEAP32[$5_1 + 16 >> 2] = $0_1;
  HEAP32[$0_1 + 24 >> 2] = $4_1;
  HEAP32[$0_1 + 12 >> 2] = $0_1;
  HEAP32[$0_1 + 8 >> 2] = $0_1;
 }
 
 function $36($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0;
  $1_1 = 0;
  $2_1 = HEAP32[$1_1 + 1052200 >> 2];
  $1_1 = HEAP32[$1_1 + 1052204 >> 2];
  HEAP32[$0_1 + 8 >> 2] = $2_1;
  HEAP32[$0_1 + 12 >> 2] = $1_1;
  $1_1 = 0;
  $2_1 = HEAP32[$1_1 + 1052192 >> 2];
  $1_1 = HEAP32[$1_1 + 1052196 >> 2];
  HEAP32[$0_1 >> 2] = $2_1;
  HEAP32[$0_1 + 4 >> 2] = $1_1;
 }
 
 function $37($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0;
  $1_1 = 0;
  $2_1 = HEAP32[$1_1 + 1052184 >> 2];
  $1_1 = HEAP32[$1_1 + 1052188 >> 2];
  HEAP32[$0_1 + 8 >> 2] = $2_1;
  HEAP32[$0_1 + 12 >> 2] = $1_1;
  $1_1 = 0;
  $2_1 = HEAP32[$1_1 + 1052176 >> 2];
  $1_1 = HEAP32[$1_1 + 1052180 >> 2];
  HEAP32[$0_1 >> 2] = $2_1;
  HEAP32[$0_1 + 4 >> 2] = $1_1;
 }
 
 function $38($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (HEAP32[$0_1 >> 2] != HEAP32[4997342]) {
   return $61($1_1, HEAP32[$0_1 + 4 >> 2], HEAP32[$0_1 + 8 >> 2]) | 0
  }
  $0_1 = HEAP32[HEAP32[$0_1 + 12 >> 2] >> 2];
  return $56(HEAP32[$1_1 >> 2], HEAP32[$1_1 + 4 >> 2], HEAP32[$0_1 >> 2], HEAP32[$0_1 + 4 >> 2]) | 0;
 }
 
 function $39($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[$0_1 + 4 >> 2] = HEAP32[4997395];
  HEAP32[$0_1 >> 2] = $1_1;
 }
 
 function $40($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0;
  $2_1 = HEAP32[$1_1 + 4 >> 2];
  HEAP32[$0_1 >> 2] = HEAP32[$1_1 >> 2];
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $41($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = HEAP32[$1_1 + 4 >> 2];
  $3_1 = HEAP32[$1_1 >> 2];
  $1_1 = $5(8, 4);
  if (!$1_1) {
   $51(4, 8);
   wasm2js_trap();
  }
  HEAP32[$1_1 + 4 >> 2] = $2_1;
  HEAP32[$1_1 >> 2] = $3_1;
  HEAP32[$0_1 + 4 >> 2] = HEAP32[4997395];
  HEAP32[$0_1 >> 2] = $1_1;
 }
 
 function $42($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $61($1_1, HEAP32[$0_1 >> 2], HEAP32[$0_1 + 4 >> 2]) | 0;
 }
 
 function $43($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0;
  $6 = HEAP32[$0_1 + 8 >> 2];
  $3_1 = 1;
  block1 : {
   if ($1_1 >>> 0 < 128) {
    break block1
   }
   $3_1 = 2;
   if ($1_1 >>> 0 < 2048) {
    break block1
   }
   $3_1 = HEAPU32[4997396] > $1_1 >>> 0 ? 3 : 4;
  }
  $2_1 = $6;
  if ($3_1 >>> 0 > HEAP32[$0_1 >> 2] - $2_1 >>> 0) {
   $10($0_1, $2_1, $3_1);
   $2_1 = HEAP32[$0_1 + 8 >> 2];
  }
  $2_1 = $2_1 + HEAP32[$0_1 + 4 >> 2] | 0;
  block6 : {
   if ($1_1 >>> 0 >= 128) {
    $5_1 = HEAP32[4997397] | $1_1 & 63;
    $4_1 = $1_1 >>> 6 | 0;
    if ($1_1 >>> 0 < 2048) {
     HEAP8[$2_1 + 1 | 0] = $5_1;
     HEAP8[$2_1 | 0] = $4_1 | 192;
     break block6;
    }
    $7 = $1_1 >>> 12 | 0;
    $4_1 = HEAP32[4997397] | $4_1 & 63;
    if ($1_1 >>> 0 <= 65535) {
     HEAP8[$2_1 + 2 | 0] = $5_1;
     HEAP8[$2_1 + 1 | 0] = $4_1;
     HEAP8[$2_1 | 0] = $7 | 224;
     break block6;
    }
    HEAP8[$2_1 + 3 | 0] = $5_1;
    HEAP8[$2_1 + 2 | 0] = $4_1;
    HEAP8[$2_1 + 1 | 0] = HEAP32[4997397] | $7 & 63;
    HEAP8[$2_1 | 0] = HEAP32[4997398] | $1_1 >>> 18;
    break block6;
   }
   HEAP8[$2_1 | 0] = $1_1;
  }
  HEAP32[$0_1 + 8 >> 2] = $6 + $3_1;
  return 0;
 }
 
 function $44($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0;
  $3_1 = HEAP32[$0_1 + 8 >> 2];
  block2 : {
   block1 : {
    if ($2_1 >>> 0 > HEAP32[$0_1 >> 2] - $3_1 >>> 0) {
     $10($0_1, $3_1, $2_1);
     $3_1 = HEAP32[$0_1 + 8 >> 2];
     break block1;
    }
    if (!$2_1) {
     break block2
    }
   }
   if (!$2_1) {
    break block2
   }
   wasm2js_memory_copy($3_1 + HEAP32[$0_1 + 4 >> 2] | 0, $1_1, $2_1);
  }
  HEAP32[$0_1 + 8 >> 2] = $2_1 + $3_1;
  return 0;
 }
 
 function $45($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $2_1 = global$0 - 32 | 0;
  global$0 = $2_1;
  if (HEAP32[$1_1 >> 2] == HEAP32[4997342]) {
   $3_1 = HEAP32[$1_1 + 12 >> 2];
   HEAP32[$2_1 + 28 >> 2] = 0;
   $4_1 = 19988664;
   $5_1 = HEAP32[$4_1 >> 2];
   $4_1 = HEAP32[$4_1 + 4 >> 2];
   HEAP32[$2_1 + 20 >> 2] = $5_1;
   HEAP32[$2_1 + 24 >> 2] = $4_1;
   $3_1 = HEAP32[$3_1 >> 2];
   $56($2_1 + 20 | 0, HEAP32[4997399], HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2]);
   $3_1 = HEAP32[$2_1 + 28 >> 2];
   HEAP32[$2_1 + 16 >> 2] = $3_1;
   $4_1 = HEAP32[$2_1 + 24 >> 2];
   $5_1 = HEAP32[$2_1 + 20 >> 2];
   HEAP32[$2_1 + 8 >> 2] = $5_1;
   HEAP32[$2_1 + 12 >> 2] = $4_1;
   HEAP32[$1_1 + 8 >> 2] = $3_1;
   HEAP32[$1_1 >> 2] = $5_1;
   HEAP32[$1_1 + 4 >> 2] = $4_1;
  }
  HEAP32[$0_1 + 4 >> 2] = HEAP32[4997400];
  HEAP32[$0_1 >> 2] = $1_1;
  global$0 = $2_1 + 32 | 0;
 }
 
 function $46($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0;
  $2_1 = global$0 - 48 | 0;
  global$0 = $2_1;
  if (HEAP32[$1_1 >> 2] == HEAP32[4997342]) {
   $3_1 = HEAP32[$1_1 + 12 >> 2];
   HEAP32[$2_1 + 44 >> 2] = 0;
   $4_1 = HEAP32[4997167];
   HEAP32[$2_1 + 36 >> 2] = HEAP32[4997166];
   HEAP32[$2_1 + 40 >> 2] = $4_1;
   $3_1 = HEAP32[$3_1 >> 2];
   $56($2_1 + 36 | 0, HEAP32[4997399], HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2]);
   $3_1 = HEAP32[$2_1 + 44 >> 2];
   HEAP32[$2_1 + 32 >> 2] = $3_1;
   $4_1 = HEAP32[$2_1 + 40 >> 2];
   $5_1 = HEAP32[$2_1 + 36 >> 2];
   HEAP32[$2_1 + 24 >> 2] = $5_1;
   HEAP32[$2_1 + 28 >> 2] = $4_1;
   HEAP32[$1_1 + 8 >> 2] = $3_1;
   HEAP32[$1_1 >> 2] = $5_1;
   HEAP32[$1_1 + 4 >> 2] = $4_1;
  }
  $3_1 = HEAP32[$1_1 + 8 >> 2];
  HEAP32[$1_1 + 8 >> 2] = 0;
  $5_1 = HEAP32[$1_1 >> 2];
  $6 = HEAP32[$1_1 + 4 >> 2];
  $4_1 = HEAP32[4997167];
  HEAP32[$1_1 >> 2] = HEAP32[4997166];
  HEAP32[$1_1 + 4 >> 2] = $4_1;
  HEAP32[$2_1 + 16 >> 2] = $3_1;
  HEAP32[$2_1 + 8 >> 2] = $5_1;
  HEAP32[$2_1 + 12 >> 2] = $6;
  $1_1 = $5(12, 4);
  if (!$1_1) {
   $51(4, 12);
   wasm2js_trap();
  }
  HEAP32[$1_1 + 8 >> 2] = HEAP32[$2_1 + 16 >> 2];
  $4_1 = HEAP32[$2_1 + 12 >> 2];
  HEAP32[$1_1 >> 2] = HEAP32[$2_1 + 8 >> 2];
  HEAP32[$1_1 + 4 >> 2] = $4_1;
  HEAP32[$0_1 + 4 >> 2] = HEAP32[4997400];
  HEAP32[$0_1 >> 2] = $1_1;
  global$0 = $2_1 + 48 | 0;
 }
 
 function $47($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[$0_1 >> 2] = 0;
 }
 
 function $48($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  return $56($0_1, HEAP32[4997399], $1_1, $2_1) | 0;
 }
 
 function $50($0_1, $1_1) {
  if ($0_1) {
   $51($0_1, $1_1);
   wasm2js_trap();
  }
  $55(HEAP32[4997401], 35, HEAP32[4997402]);
  wasm2js_trap();
 }
 
 function $51($0_1, $1_1) {
  var $2_1 = 0;
  $2_1 = global$0 - 16 | 0;
  global$0 = $2_1;
  HEAP32[$2_1 + 12 >> 2] = $1_1;
  HEAP32[$2_1 + 8 >> 2] = $0_1;
  $1_1 = $2_1 + 8 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  $2_1 = HEAP32[$1_1 + 4 >> 2];
  $1_1 = HEAP32[4989332];
  FUNCTION_TABLE[($1_1 ? $1_1 : 1) | 0]($0_1, $2_1);
  wasm2js_trap();
 }
 
 function $53($0_1, $1_1) {
  $55($0_1, 93, $1_1);
  wasm2js_trap();
 }
 
 function $55($0_1, $1_1, $2_1) {
  var $3_1 = 0;
  $3_1 = global$0 - 32 | 0;
  global$0 = $3_1;
  HEAP32[$3_1 + 16 >> 2] = $1_1;
  HEAP32[$3_1 + 12 >> 2] = $0_1;
  HEAP16[$3_1 + 28 >> 1] = 1;
  HEAP32[$3_1 + 24 >> 2] = $2_1;
  HEAP32[$3_1 + 20 >> 2] = $3_1 + 12;
  $0_1 = global$0 - 16 | 0;
  global$0 = $0_1;
  $1_1 = $3_1 + 20 | 0;
  $2_1 = HEAP32[$1_1 + 4 >> 2];
  $3_1 = HEAP32[$1_1 >> 2];
  HEAP32[$0_1 + 12 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $3_1;
  HEAP32[$0_1 + 8 >> 2] = $2_1;
  $1_1 = global$0 - 16 | 0;
  global$0 = $1_1;
  $0_1 = $0_1 + 4 | 0;
  $2_1 = HEAP32[$0_1 >> 2];
  $3_1 = HEAP32[$2_1 + 4 >> 2];
  if ($3_1 & 1) {
   $2_1 = HEAP32[$2_1 >> 2];
   HEAP32[$1_1 + 4 >> 2] = $3_1 >>> 1;
   HEAP32[$1_1 >> 2] = $2_1;
   $2_1 = HEAP32[$0_1 + 4 >> 2];
   $0_1 = HEAP32[$0_1 + 8 >> 2];
   $19($1_1, HEAP32[4997343], $2_1, HEAPU8[$0_1 + 8 | 0], HEAPU8[$0_1 + 9 | 0]);
   wasm2js_trap();
  }
  HEAP32[$1_1 >> 2] = HEAP32[4997342];
  HEAP32[$1_1 + 12 >> 2] = $0_1;
  $2_1 = HEAP32[$0_1 + 4 >> 2];
  $0_1 = HEAP32[$0_1 + 8 >> 2];
  $19($1_1, HEAP32[4997344], $2_1, HEAPU8[$0_1 + 8 | 0], HEAPU8[$0_1 + 9 | 0]);
  wasm2js_trap();
 }
 
 function $56($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0;
  $6 = global$0 - 16 | 0;
  global$0 = $6;
  block2 : {
   block1 : {
    if (!($3_1 & 1)) {
     $4_1 = HEAPU8[$2_1 | 0];
     if ($4_1) {
      break block1
     }
     $5_1 = 0;
     break block2;
    }
    $5_1 = FUNCTION_TABLE[HEAP32[$1_1 + 12 >> 2]]($0_1, $2_1, $3_1 >>> 1 | 0) | 0;
    break block2;
   }
   $10_1 = HEAP32[$1_1 + 12 >> 2];
   while (1) {
    $5_1 = $2_1 + 1 | 0;
    block8 : {
     block5 : {
      block6 : {
       block4 : {
        if (HEAP32[4997140] >= $4_1 << 24 >> 24) {
         $7 = $4_1 & 255;
         if (($7 | 0) == 128) {
          break block4
         }
         if (($7 | 0) != 192) {
          break block5
         }
         HEAP32[$6 + 4 >> 2] = $1_1;
         HEAP32[$6 >> 2] = $0_1;
         $2_1 = 19989624;
         $4_1 = HEAP32[$2_1 >> 2];
         $2_1 = HEAP32[$2_1 + 4 >> 2];
         HEAP32[$6 + 8 >> 2] = $4_1;
         HEAP32[$6 + 12 >> 2] = $2_1;
         $4_1 = ($8 << 3) + $3_1 | 0;
         if (!(FUNCTION_TABLE[HEAP32[$4_1 + 4 >> 2]](HEAP32[$4_1 >> 2], $6) | 0)) {
          break block6
         }
         $5_1 = 1;
         break block2;
        }
        $4_1 = $4_1 & 255;
        if (!(FUNCTION_TABLE[$10_1 | 0]($0_1, $5_1, $4_1) | 0)) {
         $2_1 = $4_1 + $5_1 | 0;
         break block8;
        }
        $5_1 = 1;
        break block2;
       }
       $4_1 = $2_1 + 3 | 0;
       $2_1 = HEAPU8[$2_1 + 1 | 0] | HEAPU8[$2_1 + 2 | 0] << 8;
       if (!(FUNCTION_TABLE[$10_1 | 0]($0_1, $4_1, $2_1) | 0)) {
        $2_1 = $2_1 + $4_1 | 0;
        break block8;
       }
       $5_1 = 1;
       break block2;
      }
      $8 = $8 + 1 | 0;
      $2_1 = $5_1;
      break block8;
     }
     $11 = HEAP32[4997408];
     if ($4_1 & 1) {
      $11 = HEAPU8[$2_1 + 1 | 0] | HEAPU8[$2_1 + 2 | 0] << 8 | (HEAPU8[$2_1 + 3 | 0] << 16 | HEAPU8[$2_1 + 4 | 0] << 24);
      $5_1 = $2_1 + 5 | 0;
     }
     $7 = 0;
     block12 : {
      if (!($4_1 & 2)) {
       $9 = 0;
       $2_1 = $5_1;
       break block12;
      }
      $9 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8;
      $2_1 = $5_1 + 2 | 0;
     }
     if ($4_1 & 4) {
      $7 = HEAPU8[$2_1 | 0] | HEAPU8[$2_1 + 1 | 0] << 8;
      $2_1 = $2_1 + 2 | 0;
     }
     $5_1 = $2_1;
     if ($4_1 & 8) {
      $8 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8;
      $2_1 = $5_1 + 2 | 0;
     } else {
      $2_1 = $5_1
     }
     if ($4_1 & 16) {
      $9 = HEAPU16[(($9 << 3) + $3_1 | 0) + 4 >> 1]
     }
     if ($4_1 & 32) {
      $7 = HEAPU16[(($7 << 3) + $3_1 | 0) + 4 >> 1]
     }
     HEAP16[$6 + 14 >> 1] = $7;
     HEAP16[$6 + 12 >> 1] = $9;
     HEAP32[$6 + 8 >> 2] = $11;
     HEAP32[$6 + 4 >> 2] = $1_1;
     HEAP32[$6 >> 2] = $0_1;
     $4_1 = ($8 << 3) + $3_1 | 0;
     $5_1 = 1;
     if (FUNCTION_TABLE[HEAP32[$4_1 + 4 >> 2]](HEAP32[$4_1 >> 2], $6) | 0) {
      break block2
     }
     $8 = $8 + 1 | 0;
    }
    $4_1 = HEAPU8[$2_1 | 0];
    if ($4_1) {
     continue
    }
    break;
   };
   $5_1 = 0;
  }
  $4_1 = $5_1;
  global$0 = $6 + 16 | 0;
  return $4_1;
 }
 
 function $57($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0;
  $3_1 = global$0 - 32 | 0;
  global$0 = $3_1;
  HEAP32[$3_1 + 12 >> 2] = $1_1;
  HEAP32[$3_1 + 8 >> 2] = $0_1;
  $1_1 = 17;
  $0_1 = 32;
  if (($0_1 & 63) >>> 0 >= 32) {
   $0_1 = $1_1 << $4_1;
   $4_1 = 0;
  } else {
   $0_1 = (1 << $4_1) - 1 & $1_1 >>> 32 - $4_1 | $4_1 << $4_1;
   $4_1 = $1_1 << $4_1;
  }
  $1_1 = $4_1 | $3_1 + 8;
  HEAP32[$3_1 + 24 >> 2] = $1_1;
  HEAP32[$3_1 + 28 >> 2] = $0_1;
  HEAP32[$3_1 + 16 >> 2] = $3_1 + 12 | $4_1;
  HEAP32[$3_1 + 20 >> 2] = $0_1;
  $55(HEAP32[4997409], $3_1 + 16 | 0, $2_1);
  wasm2js_trap();
 }
 
 function $60($0_1, $1_1, $2_1, $3_1) {
  block : {
   if (HEAP32[4997410] == ($2_1 | 0)) {
    break block
   }
   if (!(FUNCTION_TABLE[HEAP32[$1_1 + 16 >> 2]]($0_1, $2_1) | 0)) {
    break block
   }
   return 1;
  }
  if (!$3_1) {
   return 0
  }
  return FUNCTION_TABLE[HEAP32[$1_1 + 12 >> 2]]($0_1, $3_1, 0) | 0;
 }
 
 function $61($0_1, $1_1, $2_1) {
  return FUNCTION_TABLE[HEAP32[HEAP32[$0_1 + 4 >> 2] + 12 >> 2]](HEAP32[$0_1 >> 2], $1_1, $2_1) | 0;
 }
 
 function $62($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0;
  $10_1 = global$0 - 16 | 0;
  global$0 = $10_1;
  $5_1 = 10;
  $7 = HEAP32[$0_1 >> 2];
  $3_1 = $7;
  if ($3_1 >>> 0 >= 1e3) {
   while (1) {
    $0_1 = $3_1;
    $3_1 = ($3_1 >>> 0) / 1e4 | 0;
    $2_1 = $5_1 + ($10_1 + 6 | 0) | 0;
    $4_1 = $2_1 + HEAP32[4997346] | 0;
    $9 = $0_1 - Math_imul($3_1, 1e4) | 0;
    $8 = (($9 & 65535) >>> 0) / 100 | 0;
    $6 = $8 << 1;
    $6 = HEAPU8[$6 + 1052404 | 0] | HEAPU8[$6 + 1052405 | 0] << 8;
    HEAP8[$4_1 | 0] = $6;
    HEAP8[$4_1 + 1 | 0] = $6 >>> 8;
    $2_1 = HEAP32[4997352] + $2_1 | 0;
    $4_1 = ($9 - Math_imul($8, 100) & 65535) << 1;
    $4_1 = HEAPU8[$4_1 + 1052404 | 0] | HEAPU8[$4_1 + 1052405 | 0] << 8;
    HEAP8[$2_1 | 0] = $4_1;
    HEAP8[$2_1 + 1 | 0] = $4_1 >>> 8;
    $5_1 = HEAP32[4997346] + $5_1 | 0;
    if (HEAPU32[4997421] < $0_1 >>> 0) {
     continue
    }
    break;
   }
  }
  block2 : {
   if ($3_1 >>> 0 <= 9) {
    $0_1 = $3_1;
    break block2;
   }
   $5_1 = HEAP32[4997352] + $5_1 | 0;
   $2_1 = $5_1 + ($10_1 + 6 | 0) | 0;
   $0_1 = (($3_1 & 65535) >>> 0) / 100 | 0;
   $3_1 = ($3_1 - Math_imul($0_1, 100) & 65535) << 1;
   $3_1 = HEAPU8[$3_1 + 1052404 | 0] | HEAPU8[$3_1 + 1052405 | 0] << 8;
   HEAP8[$2_1 | 0] = $3_1;
   HEAP8[$2_1 + 1 | 0] = $3_1 >>> 8;
  }
  if (!(!$0_1 & ($7 | 0) != 0)) {
   $5_1 = HEAP32[4997140] + $5_1 | 0;
   HEAP8[$5_1 + ($10_1 + 6 | 0) | 0] = HEAPU8[($0_1 << 1) + 1052405 | 0];
  }
  $13 = $5_1 + ($10_1 + 6 | 0) | 0;
  $7 = 1;
  $8 = HEAP32[$1_1 + 8 >> 2];
  $2_1 = $8 & HEAP32[4997192];
  $0_1 = $2_1 ? 43 : HEAP32[4997410];
  $12_1 = 10 - $5_1 | 0;
  $11 = $12_1 + ($2_1 >>> 21 | 0) | 0;
  $7 = HEAP32[4997411] & $8 ? $7 : 0;
  $5_1 = $0_1;
  $3_1 = HEAPU16[$1_1 + 12 >> 1];
  __inlined_func$58$17 : {
   block12 : {
    if ($11 >>> 0 < $3_1 >>> 0) {
     block13 : {
      block11 : {
       if (!(HEAP32[4997394] & $8)) {
        $0_1 = $3_1 - $11 | 0;
        $2_1 = 0;
        $3_1 = 0;
        block8 : {
         block10 : {
          switch (($8 >>> 29 & 3) - 1 | 0) {
          case 0:
          case 2:
           $3_1 = $0_1;
           break block8;
          case 1:
           break block10;
          default:
           break block8;
          };
         }
         $3_1 = ($0_1 & 65534) >>> 1 | 0;
        }
        $11 = HEAP32[4997413] & $8;
        $6 = HEAP32[$1_1 + 4 >> 2];
        $4_1 = HEAP32[$1_1 >> 2];
        while (1) {
         if (($2_1 & 65535) >>> 0 >= ($3_1 & 65535) >>> 0) {
          break block11
         }
         $9 = 1;
         $2_1 = $2_1 + 1 | 0;
         if (!(FUNCTION_TABLE[HEAP32[$6 + 16 >> 2]]($4_1, $11) | 0)) {
          continue
         }
         break;
        };
        break block12;
       }
       $0_1 = HEAP32[$1_1 + 12 >> 2];
       $8 = HEAP32[$1_1 + 8 >> 2];
       HEAP32[$1_1 + 8 >> 2] = HEAP32[4997415] | $8 & HEAP32[4997414];
       $9 = 1;
       $4_1 = HEAP32[$1_1 >> 2];
       $6 = HEAP32[$1_1 + 4 >> 2];
       if ($60($4_1, $6, $5_1, $7)) {
        break block12
       }
       $2_1 = 0;
       $7 = $3_1 - $11 & 65535;
       while (1) {
        if ($7 >>> 0 <= ($2_1 & 65535) >>> 0) {
         break block13
        }
        $2_1 = $2_1 + 1 | 0;
        if (!(FUNCTION_TABLE[HEAP32[$6 + 16 >> 2]]($4_1, 48) | 0)) {
         continue
        }
        break;
       };
       break block12;
      }
      $9 = 1;
      if ($60($4_1, $6, $5_1, $7)) {
       break block12
      }
      if (FUNCTION_TABLE[HEAP32[$6 + 12 >> 2]]($4_1, $13, $12_1) | 0) {
       break block12
      }
      $2_1 = 0;
      $1_1 = $0_1 - $3_1 & 65535;
      while (1) {
       $7 = $2_1 & 65535;
       $9 = $1_1 >>> 0 > $7 >>> 0;
       if ($1_1 >>> 0 <= $7 >>> 0) {
        break block12
       }
       $2_1 = $2_1 + 1 | 0;
       if (!(FUNCTION_TABLE[HEAP32[$6 + 16 >> 2]]($4_1, $11) | 0)) {
        continue
       }
       break;
      };
      break block12;
     }
     if (FUNCTION_TABLE[HEAP32[$6 + 12 >> 2]]($4_1, $13, $12_1) | 0) {
      break block12
     }
     HEAP32[$1_1 + 8 >> 2] = $8;
     HEAP32[$1_1 + 12 >> 2] = $0_1;
     $5_1 = 0;
     break __inlined_func$58$17;
    }
    $9 = 1;
    $2_1 = HEAP32[$1_1 >> 2];
    $4_1 = HEAP32[$1_1 + 4 >> 2];
    if ($60($2_1, $4_1, $5_1, $7)) {
     break block12
    }
    $9 = FUNCTION_TABLE[HEAP32[$4_1 + 12 >> 2]]($2_1, $13, $12_1) | 0;
   }
   $5_1 = $9;
  }
  global$0 = $10_1 + 16 | 0;
  return $5_1 | 0;
 }
 
 function $63($0_1, $1_1, $2_1, $3_1, $4_1, $5_1, $6, $7, $8) {
  var $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23 = 0, $24_1 = 0, $25 = 0, $26 = 0;
  $10_1 = 19988584;
  $12_1 = HEAP32[$10_1 >> 2];
  $11 = HEAP32[$10_1 + 4 >> 2];
  $16 = $5_1 & $12_1;
  $17 = $6 & $11;
  $14 = 19988584;
  $18 = HEAP32[$14 >> 2] & $1_1;
  $15 = $2_1 & HEAP32[$14 + 4 >> 2];
  $24_1 = __wasm_i64_mul($16, $17, $18, $15);
  $19_1 = $24_1;
  $25 = i64toi32_i32$HIGH_BITS;
  $11 = $6;
  $10_1 = $5_1;
  $12_1 = 32;
  if (($12_1 & 63) >>> 0 >= 32) {
   $14 = 0;
   $20_1 = $11 >>> $9 | 0;
  } else {
   $14 = $11 >>> $9 | 0;
   $20_1 = ((1 << $9) - 1 & $11) << 32 - $9 | $10_1 >>> $9;
  }
  $21 = $14;
  $18 = __wasm_i64_mul($20_1, $14, $18, $15);
  $13 = $18;
  $15 = i64toi32_i32$HIGH_BITS;
  $14 = $2_1;
  $11 = $1_1;
  if (($12_1 & 63) >>> 0 >= 32) {
   $10_1 = 0;
   $22 = $14 >>> $9 | 0;
  } else {
   $10_1 = $14 >>> $9 | 0;
   $22 = ((1 << $9) - 1 & $14) << 32 - $9 | $11 >>> $9;
  }
  $23 = $10_1;
  $12_1 = __wasm_i64_mul($16, $17, $22, $10_1);
  $9 = $12_1 + $13 | 0;
  $13 = $15 + i64toi32_i32$HIGH_BITS | 0;
  $16 = $9;
  $13 = $9 >>> 0 < $12_1 >>> 0 ? $13 + 1 | 0 : $13;
  $17 = $13;
  $10_1 = $9;
  $12_1 = 32;
  $11 = 0;
  if (($12_1 & 63) >>> 0 >= 32) {
   $14 = $9 << $11;
   $12_1 = 0;
  } else {
   $14 = (1 << $11) - 1 & $10_1 >>> 32 - $11 | $13 << $11;
   $12_1 = $10_1 << $11;
  }
  $9 = $14 + $25 | 0;
  $11 = $12_1 + $19_1 | 0;
  $9 = $12_1 >>> 0 > $11 >>> 0 ? $9 + 1 | 0 : $9;
  $26 = $11;
  $13 = $0_1;
  HEAP32[$13 >> 2] = $11;
  $19_1 = $9;
  HEAP32[$13 + 4 >> 2] = $9;
  $23 = __wasm_i64_mul($20_1, $21, $22, $23);
  $21 = i64toi32_i32$HIGH_BITS;
  $14 = 0;
  $9 = $17;
  $13 = $15;
  $12_1 = ($9 | 0) == ($13 | 0) & $16 >>> 0 < $18 >>> 0 | $9 >>> 0 < $13 >>> 0;
  $13 = 32;
  $10_1 = 0;
  if (($13 & 63) >>> 0 >= 32) {
   $9 = $12_1 << $10_1;
   $15 = 0;
  } else {
   $9 = (1 << $10_1) - 1 & $12_1 >>> 32 - $10_1 | $14 << $10_1;
   $15 = $12_1 << $10_1;
  }
  $11 = $9;
  $9 = $17;
  $14 = $16;
  if (($13 & 63) >>> 0 >= 32) {
   $12_1 = 0;
   $13 = $9 >>> $10_1 | 0;
  } else {
   $12_1 = $9 >>> $10_1 | 0;
   $13 = ((1 << $10_1) - 1 & $9) << 32 - $10_1 | $14 >>> $10_1;
  }
  $11 = ($12_1 | $11) + $21 | 0;
  $13 = $13 | $15;
  $10_1 = $13 + $23 | 0;
  $14 = $10_1 >>> 0 < $13 >>> 0 ? $11 + 1 | 0 : $11;
  $11 = $19_1;
  $12_1 = $25;
  $12_1 = ($11 | 0) == ($12_1 | 0) & $24_1 >>> 0 > $26 >>> 0 | $12_1 >>> 0 > $11 >>> 0;
  $9 = $10_1 + $12_1 | 0;
  $10_1 = $14;
  $10_1 = $9 >>> 0 < $12_1 >>> 0 ? $10_1 + 1 | 0 : $10_1;
  $14 = $9;
  $1_1 = __wasm_i64_mul($7, $8, $1_1, $2_1);
  $2_1 = i64toi32_i32$HIGH_BITS;
  $12_1 = __wasm_i64_mul($5_1, $6, $3_1, $4_1);
  $9 = i64toi32_i32$HIGH_BITS + $2_1 | 0;
  $11 = $1_1 + $12_1 | 0;
  $9 = $12_1 >>> 0 > $11 >>> 0 ? $9 + 1 | 0 : $9;
  $12_1 = $11;
  $13 = $11 + $14 | 0;
  $11 = $9 + $10_1 | 0;
  $10_1 = $0_1;
  HEAP32[$10_1 + 8 >> 2] = $13;
  HEAP32[$10_1 + 12 >> 2] = $12_1 >>> 0 > $13 >>> 0 ? $11 + 1 | 0 : $11;
 }
 
 function __wasm_ctz_i32($0_1) {
  if ($0_1) {
   return 31 - Math_clz32($0_1 ^ $0_1 - 1) | 0
  }
  return 32;
 }
 
 function __wasm_i64_mul($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0;
  $4_1 = $2_1 >>> 16 | 0;
  $5_1 = $0_1 >>> 16 | 0;
  $1_1 = (Math_imul($4_1, $5_1) + Math_imul($1_1, $2_1) | 0) + Math_imul($0_1, $3_1) | 0;
  $2_1 = $2_1 & 65535;
  $0_1 = $0_1 & 65535;
  $3_1 = Math_imul($2_1, $0_1);
  $2_1 = ($3_1 >>> 16 | 0) + Math_imul($2_1, $5_1) | 0;
  $1_1 = $1_1 + ($2_1 >>> 16 | 0) | 0;
  $2_1 = Math_imul($0_1, $4_1) + ($2_1 & 65535) | 0;
  i64toi32_i32$HIGH_BITS = $1_1 + ($2_1 >>> 16 | 0) | 0;
  return $3_1 & 65535 | $2_1 << 16;
 }
 
 function __wasm_i64_udiv($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0;
  $12_1 = $2_1;
  $11 = $3_1;
  $7 = $0_1;
  __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$19 : {
   label$1 : {
    label$2 : {
     label$3 : {
      label$4 : {
       label$5 : {
        label$6 : {
         label$7 : {
          label$8 : {
           label$9 : {
            label$11 : {
             $4_1 = $1_1;
             if ($4_1) {
              $2_1 = $3_1;
              $3_1 = $12_1;
              if (!$3_1) {
               break label$11
              }
              if (!$2_1) {
               break label$9
              }
              $4_1 = Math_clz32($2_1) - Math_clz32($4_1) | 0;
              if ($4_1 >>> 0 <= 31) {
               break label$8
              }
              break label$2;
             }
             $0_1 = $11;
             if (($0_1 | 0) == 1 | $0_1 >>> 0 > 1) {
              break label$2
             }
             $4_1 = ($7 >>> 0) / ($2_1 >>> 0) | 0;
             i64toi32_i32$HIGH_BITS = 0;
             $6 = $4_1;
             break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$19;
            }
            $3_1 = $11;
            if (!$7) {
             break label$7
            }
            if (!$3_1) {
             break label$6
            }
            if ($3_1 & $3_1 - 1) {
             break label$6
            }
            $6 = $4_1 >>> __wasm_ctz_i32($3_1) | 0;
            i64toi32_i32$HIGH_BITS = 0;
            break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$19;
           }
           if (!($3_1 & $3_1 - 1)) {
            break label$5
           }
           $4_1 = (Math_clz32($3_1) + 33 | 0) - Math_clz32($4_1) | 0;
           $3_1 = 0 - $4_1 | 0;
           break label$3;
          }
          $3_1 = 63 - $4_1 | 0;
          $4_1 = $4_1 + 1 | 0;
          break label$3;
         }
         i64toi32_i32$HIGH_BITS = 0;
         $6 = ($4_1 >>> 0) / ($3_1 >>> 0) | 0;
         break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$19;
        }
        $4_1 = Math_clz32($3_1) - Math_clz32($4_1) | 0;
        if ($4_1 >>> 0 < 31) {
         break label$4
        }
        break label$2;
       }
       if (($3_1 | 0) == 1) {
        break label$1
       }
       $0_1 = $1_1;
       $6 = $7;
       $8 = __wasm_ctz_i32($3_1);
       $5_1 = $8 & 31;
       if (($8 & 63) >>> 0 >= 32) {
        $2_1 = 0;
        $6 = $0_1 >>> $5_1 | 0;
       } else {
        $2_1 = $0_1 >>> $5_1 | 0;
        $6 = ((1 << $5_1) - 1 & $0_1) << 32 - $5_1 | $6 >>> $5_1;
       }
       i64toi32_i32$HIGH_BITS = $2_1;
       break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$19;
      }
      $3_1 = 63 - $4_1 | 0;
      $4_1 = $4_1 + 1 | 0;
     }
     $6 = $1_1;
     $8 = $4_1 & 63;
     $5_1 = $8 & 31;
     if (($8 & 63) >>> 0 >= 32) {
      $2_1 = 0;
      $9 = $6 >>> $5_1 | 0;
     } else {
      $2_1 = $6 >>> $5_1 | 0;
      $9 = ((1 << $5_1) - 1 & $6) << 32 - $5_1 | $0_1 >>> $5_1;
     }
     $13 = $2_1;
     $2_1 = $1_1;
     $6 = $7;
     $8 = $3_1 & 63;
     $5_1 = $8 & 31;
     if (($8 & 63) >>> 0 >= 32) {
      $0_1 = $6 << $5_1;
      $7 = 0;
     } else {
      $0_1 = (1 << $5_1) - 1 & $6 >>> 32 - $5_1 | $2_1 << $5_1;
      $7 = $6 << $5_1;
     }
     $1_1 = $0_1;
     if ($4_1) {
      $5_1 = $12_1 - 1 | 0;
      $14 = $5_1;
      $3_1 = $11 - 1 | 0;
      $15 = ($5_1 | 0) != -1 ? $3_1 + 1 | 0 : $3_1;
      while (1) {
       $0_1 = $9;
       $2_1 = $13 << 1 | $0_1 >>> 31;
       $9 = $0_1 << 1 | $1_1 >>> 31;
       $6 = $9;
       $5_1 = $15 - (($6 >>> 0 > $14 >>> 0) + $2_1 | 0) | 0;
       $0_1 = $5_1 >> 31;
       $10_1 = $5_1 >> 31;
       $8 = $10_1 & $12_1;
       $9 = $6 - $8 | 0;
       $13 = $2_1 - (($0_1 & $11) + ($6 >>> 0 < $8 >>> 0) | 0) | 0;
       $3_1 = $7;
       $0_1 = $1_1 << 1 | $3_1 >>> 31;
       $7 = $16 | $3_1 << 1;
       $1_1 = $0_1;
       $10_1 = $10_1 & 1;
       $16 = $10_1;
       $4_1 = $4_1 - 1 | 0;
       if ($4_1) {
        continue
       }
       break;
      };
     }
     $3_1 = $7;
     i64toi32_i32$HIGH_BITS = $1_1 << 1 | $3_1 >>> 31;
     $6 = $10_1 | $3_1 << 1;
     break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$19;
    }
    $7 = 0;
    $1_1 = 0;
   }
   i64toi32_i32$HIGH_BITS = $1_1;
   $6 = $7;
  }
  return $6;
 }
 
 function __wasm_rotl_i32($0_1, $1_1) {
  var $2_1 = 0;
  $2_1 = $1_1 & 31;
  $1_1 = 0 - $1_1 & 31;
  return ($0_1 & -1 >>> $2_1) << $2_1 | ($0_1 & -1 << $1_1) >>> $1_1;
 }
 
 function __wasm_rotl_i64($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0;
  $8 = $2_1 & 63;
  $5_1 = $8;
  $4_1 = $5_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6 = -1 >>> $4_1 | 0
  } else {
   $3_1 = -1 >>> $4_1 | 0;
   $6 = (1 << $4_1) - 1 << 32 - $4_1 | -1 >>> $4_1;
  }
  $7 = $1_1 & $3_1;
  $3_1 = $0_1 & $6;
  $4_1 = $8 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6 = $3_1 << $4_1;
   $8 = 0;
  } else {
   $6 = (1 << $4_1) - 1 & $3_1 >>> 32 - $4_1 | $7 << $4_1;
   $8 = $3_1 << $4_1;
  }
  $4_1 = $6;
  $2_1 = 0 - $2_1 & 63;
  $5_1 = $2_1;
  $3_1 = $5_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6 = -1 << $3_1;
   $7 = 0;
  } else {
   $6 = (1 << $3_1) - 1 & -1 >>> 32 - $3_1 | -1 << $3_1;
   $7 = -1 << $3_1;
  }
  $1_1 = $1_1 & $6;
  $6 = $0_1 & $7;
  $3_1 = $2_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $7 = 0;
   $5_1 = $1_1 >>> $3_1 | 0;
  } else {
   $7 = $1_1 >>> $3_1 | 0;
   $5_1 = ((1 << $3_1) - 1 & $1_1) << 32 - $3_1 | $6 >>> $3_1;
  }
  i64toi32_i32$HIGH_BITS = $4_1 | $7;
  return $5_1 | $8;
 }
 
 function __wasm_rotr_i64($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0;
  $8 = $2_1 & 63;
  $6 = $8;
  $4_1 = $6 & 31;
  if (($6 & 63) >>> 0 >= 32) {
   $3_1 = -1 << $4_1;
   $5_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & -1 >>> 32 - $4_1 | -1 << $4_1;
   $5_1 = -1 << $4_1;
  }
  $7 = $1_1 & $3_1;
  $3_1 = $0_1 & $5_1;
  $4_1 = $8 & 31;
  if (($6 & 63) >>> 0 >= 32) {
   $5_1 = 0;
   $8 = $7 >>> $4_1 | 0;
  } else {
   $5_1 = $7 >>> $4_1 | 0;
   $8 = ((1 << $4_1) - 1 & $7) << 32 - $4_1 | $3_1 >>> $4_1;
  }
  $4_1 = $5_1;
  $2_1 = 0 - $2_1 & 63;
  $6 = $2_1;
  $3_1 = $6 & 31;
  if (($6 & 63) >>> 0 >= 32) {
   $5_1 = 0;
   $7 = -1 >>> $3_1 | 0;
  } else {
   $5_1 = -1 >>> $3_1 | 0;
   $7 = (1 << $3_1) - 1 << 32 - $3_1 | -1 >>> $3_1;
  }
  $1_1 = $1_1 & $5_1;
  $5_1 = $0_1 & $7;
  $3_1 = $2_1 & 31;
  if (($6 & 63) >>> 0 >= 32) {
   $7 = $5_1 << $3_1;
   $6 = 0;
  } else {
   $7 = (1 << $3_1) - 1 & $5_1 >>> 32 - $3_1 | $1_1 << $3_1;
   $6 = $5_1 << $3_1;
  }
  i64toi32_i32$HIGH_BITS = $4_1 | $7;
  return $6 | $8;
 }
 
 bufferView = HEAPU8;
 initActiveSegments(imports);
 var FUNCTION_TABLE = [null, $20, $12, $44, $43, $48, $42, $41, $39, $40, $12, $38, $46, $45, $47, $37, $36, $62];
 function __wasm_memory_size() {
  return buffer.byteLength >> 16;
 }
 
 function __wasm_memory_grow(pagesToAdd) {
  pagesToAdd = pagesToAdd | 0;
  var oldPages = __wasm_memory_size() | 0;
  var newPages = oldPages + pagesToAdd | 0;
  if ((oldPages < newPages) && (newPages < 65536)) {
   var newBuffer = new ArrayBuffer(newPages << 16);
   var newHEAP8 = new Int8Array(newBuffer);
   newHEAP8.set(HEAP8);
   HEAP8 = new Int8Array(newBuffer);
   HEAP16 = new Int16Array(newBuffer);
   HEAP32 = new Int32Array(newBuffer);
   HEAPU8 = new Uint8Array(newBuffer);
   HEAPU16 = new Uint16Array(newBuffer);
   HEAPU32 = new Uint32Array(newBuffer);
   HEAPF32 = new Float32Array(newBuffer);
   HEAPF64 = new Float64Array(newBuffer);
   buffer = newBuffer;
   bufferView = HEAPU8;
  }
  return oldPages;
 }
 
 return {
  "memory": Object.create(Object.prototype, {
   "grow": {
    "value": __wasm_memory_grow
   }, 
   "buffer": {
    "get": function () {
     return buffer;
    }
    
   }
  }), 
  "io_buffer": $3, 
  "randomx_hash": $4, 
  "__data_end": {
   get value() {
    return global$1;
   }, 
   set value(_global$1) {
    global$1 = _global$1;
   }
  }, 
  "__heap_base": {
   get value() {
    return global$2;
   }, 
   set value(_global$2) {
    global$2 = _global$2;
   }
  }
 };
}

var retasmFunc = asmFunc({
});
export var memory = retasmFunc.memory;
export var io_buffer = retasmFunc.io_buffer;
export var randomx_hash = retasmFunc.randomx_hash;
export var __data_end = retasmFunc.__data_end;
export var __heap_base = retasmFunc.__heap_base;
