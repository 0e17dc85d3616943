
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
 var buffer = new ArrayBuffer(19988480);
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
  $10_1 = $4_1;
  $13 = $10_1 ? 79577748 : -79577749;
  $14 = $10_1 ? -528734636 : 528734635;
  $15 = $2_1 ^ -1377402159;
  $16 = $3_1 ^ 1359893119;
  $32 = 1595750129;
  $17 = -1521486534;
  $18 = 327033209;
  $19_1 = 1541459225;
  $33 = -23791573;
  $20_1 = 1013904242;
  $38_1 = -2067093701;
  $21 = -1150833019;
  $30_1 = 725511199;
  $29_1 = -1694144372;
  $40_1 = -205731576;
  $31 = 1779033703;
  $4_1 = 0;
  $5_1 = $0_1;
  $44_1 = HEAP32[$5_1 >> 2];
  $34_1 = $44_1;
  $45_1 = HEAP32[$5_1 + 4 >> 2];
  $39_1 = $45_1;
  $46_1 = HEAP32[$5_1 + 32 >> 2];
  $2_1 = $46_1;
  $47_1 = HEAP32[$5_1 + 36 >> 2];
  $3_1 = $47_1;
  $48_1 = HEAP32[$5_1 + 8 >> 2];
  $35 = $48_1;
  $49 = HEAP32[$5_1 + 12 >> 2];
  $28 = $49;
  $50_1 = HEAP32[$5_1 + 40 >> 2];
  $22 = $50_1;
  $51_1 = HEAP32[$5_1 + 44 >> 2];
  $23 = $51_1;
  $52 = HEAP32[$5_1 + 16 >> 2];
  $36_1 = $52;
  $53_1 = HEAP32[$5_1 + 20 >> 2];
  $12_1 = $53_1;
  $54 = HEAP32[$5_1 + 48 >> 2];
  $24_1 = $54;
  $55_1 = HEAP32[$5_1 + 52 >> 2];
  $25 = $55_1;
  $56_1 = HEAP32[$5_1 + 24 >> 2];
  $41_1 = $56_1;
  $57_1 = HEAP32[$5_1 + 28 >> 2];
  $37_1 = $57_1;
  $58 = HEAP32[$5_1 + 56 >> 2];
  $26 = $58;
  $59 = HEAP32[$5_1 + 60 >> 2];
  $27_1 = $59;
  while (1) {
   $1_1 = ($4_1 >>> 0 < 10 ? $4_1 : $4_1 - 10 | 0) << 4;
   $5_1 = (HEAPU8[$1_1 + 1049052 | 0] << 3) + $11 | 0;
   $43_1 = HEAP32[$5_1 >> 2];
   $42_1 = HEAP32[$5_1 + 4 >> 2];
   $6 = $36_1;
   $7 = $24_1 + $6 | 0;
   $9 = $12_1 + $25 | 0;
   $9 = $6 >>> 0 > $7 >>> 0 ? $9 + 1 | 0 : $9;
   $10_1 = (HEAPU8[$1_1 + 1049044 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$10_1 >> 2];
   $8 = $7 + $6 | 0;
   $7 = HEAP32[$10_1 + 4 >> 2] + $9 | 0;
   $36_1 = $8;
   $12_1 = $6 >>> 0 > $8 >>> 0 ? $7 + 1 | 0 : $7;
   $5_1 = (HEAPU8[$1_1 + 1049045 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$5_1 >> 2];
   $9 = $8 + $6 | 0;
   $8 = $12_1 + HEAP32[$5_1 + 4 >> 2] | 0;
   $8 = $6 >>> 0 > $9 >>> 0 ? $8 + 1 | 0 : $8;
   $10_1 = $9;
   $6 = $33;
   $13 = __wasm_rotl_i64($36_1 ^ $13, $12_1 ^ $14, 32);
   $7 = $6 + $13 | 0;
   $14 = i64toi32_i32$HIGH_BITS;
   $9 = $20_1 + $14 | 0;
   $33 = $7;
   $20_1 = $6 >>> 0 > $7 >>> 0 ? $9 + 1 | 0 : $9;
   $24_1 = __wasm_rotl_i64($7 ^ $24_1, $20_1 ^ $25, 40);
   $6 = $24_1;
   $10_1 = $10_1 + $6 | 0;
   $25 = i64toi32_i32$HIGH_BITS;
   $7 = $8 + $25 | 0;
   $7 = $6 >>> 0 > $10_1 >>> 0 ? $7 + 1 | 0 : $7;
   $62_1 = $10_1;
   $6 = $10_1;
   $5_1 = $43_1 + $6 | 0;
   $63_1 = $7;
   $10_1 = $7 + $42_1 | 0;
   $43_1 = $5_1;
   $42_1 = $5_1 >>> 0 < $6 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $6 = $41_1;
   $9 = $26 + $6 | 0;
   $5_1 = $27_1 + $37_1 | 0;
   $7 = $6 >>> 0 > $9 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $10_1 = (HEAPU8[$1_1 + 1049046 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$10_1 >> 2];
   $8 = $9 + $6 | 0;
   $9 = HEAP32[$10_1 + 4 >> 2] + $7 | 0;
   $36_1 = $8;
   $12_1 = $6 >>> 0 > $8 >>> 0 ? $9 + 1 | 0 : $9;
   $7 = (HEAPU8[$1_1 + 1049047 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$7 >> 2];
   $5_1 = $8 + $6 | 0;
   $8 = HEAP32[$7 + 4 >> 2] + $12_1 | 0;
   $8 = $5_1 >>> 0 < $6 >>> 0 ? $8 + 1 | 0 : $8;
   $10_1 = $5_1;
   $6 = $32;
   $18 = __wasm_rotl_i64($36_1 ^ $18, $12_1 ^ $19_1, 32);
   $9 = $6 + $18 | 0;
   $19_1 = i64toi32_i32$HIGH_BITS;
   $5_1 = $17 + $19_1 | 0;
   $32 = $9;
   $17 = $6 >>> 0 > $9 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $26 = __wasm_rotl_i64($9 ^ $26, $27_1 ^ $17, 40);
   $6 = $26;
   $10_1 = $10_1 + $6 | 0;
   $27_1 = i64toi32_i32$HIGH_BITS;
   $9 = $8 + $27_1 | 0;
   $9 = $6 >>> 0 > $10_1 >>> 0 ? $9 + 1 | 0 : $9;
   $41_1 = $10_1;
   $6 = $32;
   $37_1 = $9;
   $18 = __wasm_rotl_i64($10_1 ^ $18, $9 ^ $19_1, 48);
   $7 = $6 + $18 | 0;
   $19_1 = i64toi32_i32$HIGH_BITS;
   $10_1 = $17 + $19_1 | 0;
   $32 = $7;
   $17 = $6 >>> 0 > $7 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $26 = __wasm_rotl_i64($7 ^ $26, $27_1 ^ $17, 1);
   $6 = $26;
   $8 = $43_1 + $6 | 0;
   $27_1 = i64toi32_i32$HIGH_BITS;
   $7 = $42_1 + $27_1 | 0;
   $36_1 = $8;
   $12_1 = $6 >>> 0 > $8 >>> 0 ? $7 + 1 | 0 : $7;
   $9 = (HEAPU8[$1_1 + 1049053 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$9 >> 2];
   $5_1 = $8 + $6 | 0;
   $8 = $12_1 + HEAP32[$9 + 4 >> 2] | 0;
   $64 = $5_1;
   $43_1 = $5_1 >>> 0 < $6 >>> 0 ? $8 + 1 | 0 : $8;
   $42_1 = $12_1;
   $6 = $35;
   $7 = $22 + $6 | 0;
   $5_1 = $28 + $23 | 0;
   $10_1 = $6 >>> 0 > $7 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $8 = (HEAPU8[$1_1 + 1049042 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$8 >> 2];
   $9 = $7 + $6 | 0;
   $7 = $10_1 + HEAP32[$8 + 4 >> 2] | 0;
   $35 = $9;
   $28 = $6 >>> 0 > $9 >>> 0 ? $7 + 1 | 0 : $7;
   $10_1 = (HEAPU8[$1_1 + 1049043 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$10_1 >> 2];
   $5_1 = $9 + $6 | 0;
   $9 = $28 + HEAP32[$10_1 + 4 >> 2] | 0;
   $9 = $5_1 >>> 0 < $6 >>> 0 ? $9 + 1 | 0 : $9;
   $12_1 = $5_1;
   $6 = $38_1;
   $30_1 = __wasm_rotl_i64($35 ^ $30_1, $28 ^ $29_1, 32);
   $7 = $6 + $30_1 | 0;
   $29_1 = i64toi32_i32$HIGH_BITS;
   $5_1 = $29_1 + $21 | 0;
   $38_1 = $7;
   $21 = $6 >>> 0 > $7 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $22 = __wasm_rotl_i64($7 ^ $22, $23 ^ $21, 40);
   $6 = $22;
   $8 = $12_1 + $6 | 0;
   $23 = i64toi32_i32$HIGH_BITS;
   $7 = $9 + $23 | 0;
   $35 = $8;
   $28 = $6 >>> 0 > $8 >>> 0 ? $7 + 1 | 0 : $7;
   $60_1 = __wasm_rotl_i64($8 ^ $30_1, $29_1 ^ $28, 48);
   $61_1 = i64toi32_i32$HIGH_BITS;
   $30_1 = __wasm_rotl_i64($36_1 ^ $60_1, $61_1 ^ $42_1, 32);
   $29_1 = i64toi32_i32$HIGH_BITS;
   $6 = $34_1;
   $10_1 = $2_1 + $6 | 0;
   $8 = $3_1 + $39_1 | 0;
   $8 = $6 >>> 0 > $10_1 >>> 0 ? $8 + 1 | 0 : $8;
   $9 = (HEAPU8[$1_1 + 1049040 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$9 >> 2];
   $7 = $10_1 + $6 | 0;
   $10_1 = HEAP32[$9 + 4 >> 2] + $8 | 0;
   $34_1 = $7;
   $39_1 = $6 >>> 0 > $7 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $5_1 = (HEAPU8[$1_1 + 1049041 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$5_1 >> 2];
   $8 = $7 + $6 | 0;
   $7 = $39_1 + HEAP32[$5_1 + 4 >> 2] | 0;
   $7 = $6 >>> 0 > $8 >>> 0 ? $7 + 1 | 0 : $7;
   $12_1 = $8;
   $6 = $40_1;
   $15 = __wasm_rotl_i64($15 ^ $34_1, $39_1 ^ $16, 32);
   $10_1 = $6 + $15 | 0;
   $16 = i64toi32_i32$HIGH_BITS;
   $8 = $31 + $16 | 0;
   $40_1 = $10_1;
   $31 = $6 >>> 0 > $10_1 >>> 0 ? $8 + 1 | 0 : $8;
   $2_1 = __wasm_rotl_i64($2_1 ^ $10_1, $31 ^ $3_1, 40);
   $6 = $2_1;
   $3_1 = i64toi32_i32$HIGH_BITS;
   $10_1 = $3_1 + $7 | 0;
   $9 = $6 + $12_1 | 0;
   $10_1 = $9 >>> 0 < $6 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $34_1 = $9;
   $6 = $40_1;
   $39_1 = $10_1;
   $15 = __wasm_rotl_i64($9 ^ $15, $10_1 ^ $16, 48);
   $5_1 = $6 + $15 | 0;
   $16 = i64toi32_i32$HIGH_BITS;
   $9 = $16 + $31 | 0;
   $9 = $5_1 >>> 0 < $6 >>> 0 ? $9 + 1 | 0 : $9;
   $65 = $5_1;
   $6 = $5_1;
   $7 = $30_1 + $5_1 | 0;
   $42_1 = $9;
   $5_1 = $29_1 + $9 | 0;
   $40_1 = $7;
   $31 = $6 >>> 0 > $7 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $26 = __wasm_rotl_i64($7 ^ $26, $27_1 ^ $31, 40);
   $6 = $26;
   $27_1 = i64toi32_i32$HIGH_BITS;
   $7 = $27_1 + $43_1 | 0;
   $10_1 = $6 + $64 | 0;
   $7 = $10_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $36_1 = $10_1;
   $6 = $40_1;
   $12_1 = $7;
   $30_1 = __wasm_rotl_i64($10_1 ^ $30_1, $29_1 ^ $7, 48);
   $9 = $6 + $30_1 | 0;
   $29_1 = i64toi32_i32$HIGH_BITS;
   $10_1 = $31 + $29_1 | 0;
   $40_1 = $9;
   $31 = $6 >>> 0 > $9 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $26 = __wasm_rotl_i64($9 ^ $26, $31 ^ $27_1, 1);
   $27_1 = i64toi32_i32$HIGH_BITS;
   $6 = $35;
   $10_1 = (HEAPU8[$1_1 + 1049050 | 0] << 3) + $11 | 0;
   $8 = $6 + HEAP32[$10_1 >> 2] | 0;
   $9 = HEAP32[$10_1 + 4 >> 2] + $28 | 0;
   $9 = $6 >>> 0 > $8 >>> 0 ? $9 + 1 | 0 : $9;
   $5_1 = $8;
   $6 = $33;
   $13 = __wasm_rotl_i64($13 ^ $62_1, $14 ^ $63_1, 48);
   $7 = $6 + $13 | 0;
   $14 = i64toi32_i32$HIGH_BITS;
   $8 = $14 + $20_1 | 0;
   $33 = $7;
   $20_1 = $6 >>> 0 > $7 >>> 0 ? $8 + 1 | 0 : $8;
   $24_1 = __wasm_rotl_i64($7 ^ $24_1, $25 ^ $20_1, 1);
   $6 = $24_1;
   $5_1 = $5_1 + $6 | 0;
   $25 = i64toi32_i32$HIGH_BITS;
   $7 = $9 + $25 | 0;
   $35 = $5_1;
   $28 = $5_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $9 = (HEAPU8[$1_1 + 1049051 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$9 >> 2];
   $10_1 = $5_1 + $6 | 0;
   $5_1 = $28 + HEAP32[$9 + 4 >> 2] | 0;
   $5_1 = $6 >>> 0 > $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $8 = $10_1;
   $6 = $32;
   $15 = __wasm_rotl_i64($15 ^ $35, $28 ^ $16, 32);
   $7 = $6 + $15 | 0;
   $16 = i64toi32_i32$HIGH_BITS;
   $10_1 = $16 + $17 | 0;
   $32 = $7;
   $17 = $6 >>> 0 > $7 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $24_1 = __wasm_rotl_i64($7 ^ $24_1, $17 ^ $25, 40);
   $6 = $24_1;
   $25 = i64toi32_i32$HIGH_BITS;
   $7 = $25 + $5_1 | 0;
   $8 = $6 + $8 | 0;
   $7 = $8 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $35 = $8;
   $6 = $32;
   $28 = $7;
   $15 = __wasm_rotl_i64($8 ^ $15, $16 ^ $7, 48);
   $9 = $6 + $15 | 0;
   $16 = i64toi32_i32$HIGH_BITS;
   $8 = $16 + $17 | 0;
   $32 = $9;
   $17 = $6 >>> 0 > $9 >>> 0 ? $8 + 1 | 0 : $8;
   $24_1 = __wasm_rotl_i64($9 ^ $24_1, $17 ^ $25, 1);
   $25 = i64toi32_i32$HIGH_BITS;
   $6 = $34_1;
   $8 = (HEAPU8[$1_1 + 1049048 | 0] << 3) + $11 | 0;
   $5_1 = $6 + HEAP32[$8 >> 2] | 0;
   $9 = HEAP32[$8 + 4 >> 2] + $39_1 | 0;
   $9 = $5_1 >>> 0 < $6 >>> 0 ? $9 + 1 | 0 : $9;
   $8 = $5_1;
   $5_1 = $21 + $61_1 | 0;
   $6 = $38_1;
   $7 = $60_1 + $6 | 0;
   $38_1 = $7;
   $21 = $6 >>> 0 > $7 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $22 = __wasm_rotl_i64($7 ^ $22, $23 ^ $21, 1);
   $6 = $22;
   $23 = i64toi32_i32$HIGH_BITS;
   $7 = $23 + $9 | 0;
   $8 = $6 + $8 | 0;
   $7 = $8 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $34_1 = $8;
   $10_1 = (HEAPU8[$1_1 + 1049049 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$10_1 >> 2];
   $9 = $8 + $6 | 0;
   $8 = $7 + HEAP32[$10_1 + 4 >> 2] | 0;
   $8 = $6 >>> 0 > $9 >>> 0 ? $8 + 1 | 0 : $8;
   $5_1 = $9;
   $6 = $33;
   $18 = __wasm_rotl_i64($18 ^ $34_1, $7 ^ $19_1, 32);
   $7 = $6 + $18 | 0;
   $19_1 = i64toi32_i32$HIGH_BITS;
   $9 = $19_1 + $20_1 | 0;
   $33 = $7;
   $20_1 = $6 >>> 0 > $7 >>> 0 ? $9 + 1 | 0 : $9;
   $22 = __wasm_rotl_i64($7 ^ $22, $20_1 ^ $23, 40);
   $6 = $22;
   $23 = i64toi32_i32$HIGH_BITS;
   $7 = $23 + $8 | 0;
   $5_1 = $5_1 + $6 | 0;
   $7 = $5_1 >>> 0 < $6 >>> 0 ? $7 + 1 | 0 : $7;
   $34_1 = $5_1;
   $6 = $33;
   $39_1 = $7;
   $18 = __wasm_rotl_i64($5_1 ^ $18, $19_1 ^ $7, 48);
   $10_1 = $6 + $18 | 0;
   $19_1 = i64toi32_i32$HIGH_BITS;
   $5_1 = $19_1 + $20_1 | 0;
   $33 = $10_1;
   $20_1 = $6 >>> 0 > $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $22 = __wasm_rotl_i64($10_1 ^ $22, $20_1 ^ $23, 1);
   $23 = i64toi32_i32$HIGH_BITS;
   $2_1 = __wasm_rotl_i64($2_1 ^ $65, $3_1 ^ $42_1, 1);
   $6 = $2_1;
   $8 = $41_1 + $6 | 0;
   $3_1 = i64toi32_i32$HIGH_BITS;
   $10_1 = $37_1 + $3_1 | 0;
   $10_1 = $6 >>> 0 > $8 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $9 = (HEAPU8[$1_1 + 1049054 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$9 >> 2];
   $5_1 = $8 + $6 | 0;
   $8 = HEAP32[$9 + 4 >> 2] + $10_1 | 0;
   $41_1 = $5_1;
   $37_1 = $5_1 >>> 0 < $6 >>> 0 ? $8 + 1 | 0 : $8;
   $7 = (HEAPU8[$1_1 + 1049055 | 0] << 3) + $11 | 0;
   $6 = HEAP32[$7 >> 2];
   $10_1 = $5_1 + $6 | 0;
   $5_1 = $37_1 + HEAP32[$7 + 4 >> 2] | 0;
   $5_1 = $6 >>> 0 > $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
   $9 = $10_1;
   $6 = $38_1;
   $13 = __wasm_rotl_i64($13 ^ $41_1, $14 ^ $37_1, 32);
   $8 = $6 + $13 | 0;
   $14 = i64toi32_i32$HIGH_BITS;
   $10_1 = $21 + $14 | 0;
   $38_1 = $8;
   $21 = $6 >>> 0 > $8 >>> 0 ? $10_1 + 1 | 0 : $10_1;
   $2_1 = __wasm_rotl_i64($2_1 ^ $8, $21 ^ $3_1, 40);
   $6 = $2_1;
   $9 = $9 + $6 | 0;
   $3_1 = i64toi32_i32$HIGH_BITS;
   $8 = $5_1 + $3_1 | 0;
   $41_1 = $9;
   $37_1 = $6 >>> 0 > $9 >>> 0 ? $8 + 1 | 0 : $8;
   $13 = __wasm_rotl_i64($9 ^ $13, $14 ^ $37_1, 48);
   $8 = $13;
   $14 = i64toi32_i32$HIGH_BITS;
   $9 = $14 + $21 | 0;
   $6 = $38_1;
   $7 = $8 + $6 | 0;
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
  $8 = $0_1;
  HEAP32[$8 + 56 >> 2] = $1_1;
  HEAP32[$8 + 60 >> 2] = $27_1 ^ ($19_1 ^ $59);
  $1_1 = $24_1 ^ $54 ^ $13;
  HEAP32[$8 + 48 >> 2] = $1_1;
  HEAP32[$8 + 52 >> 2] = $14 ^ ($25 ^ $55_1);
  $1_1 = $22 ^ $50_1 ^ $30_1;
  HEAP32[$8 + 40 >> 2] = $1_1;
  HEAP32[$8 + 44 >> 2] = $23 ^ $51_1 ^ $29_1;
  $1_1 = $15 ^ $46_1 ^ $2_1;
  HEAP32[$8 + 32 >> 2] = $1_1;
  HEAP32[$8 + 36 >> 2] = $3_1 ^ ($16 ^ $47_1);
  $1_1 = $32 ^ $56_1 ^ $41_1;
  HEAP32[$8 + 24 >> 2] = $1_1;
  HEAP32[$8 + 28 >> 2] = $37_1 ^ ($17 ^ $57_1);
  $1_1 = $33 ^ $52 ^ $36_1;
  HEAP32[$8 + 16 >> 2] = $1_1;
  HEAP32[$8 + 20 >> 2] = $20_1 ^ $53_1 ^ $12_1;
  $1_1 = $35 ^ $48_1 ^ $7;
  HEAP32[$8 + 8 >> 2] = $1_1;
  HEAP32[$8 + 12 >> 2] = $21 ^ ($28 ^ $49);
  $1_1 = $34_1 ^ $44_1 ^ $40_1;
  HEAP32[$8 >> 2] = $1_1;
  HEAP32[$8 + 4 >> 2] = $31 ^ ($39_1 ^ $45_1);
 }
 
 function $1($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0;
  $6 = global$0 - 192 | 0;
  global$0 = $6;
  $4_1 = HEAP32[262259];
  HEAP32[$6 + 56 >> 2] = HEAP32[262258];
  HEAP32[$6 + 60 >> 2] = $4_1;
  $5_1 = HEAP32[262257];
  $4_1 = $6;
  HEAP32[$4_1 + 48 >> 2] = HEAP32[262256];
  HEAP32[$4_1 + 52 >> 2] = $5_1;
  $4_1 = HEAP32[262255];
  HEAP32[$6 + 40 >> 2] = HEAP32[262254];
  HEAP32[$6 + 44 >> 2] = $4_1;
  $5_1 = HEAP32[262253];
  $4_1 = $6;
  HEAP32[$4_1 + 32 >> 2] = HEAP32[262252];
  HEAP32[$4_1 + 36 >> 2] = $5_1;
  $4_1 = HEAP32[262251];
  HEAP32[$6 + 24 >> 2] = HEAP32[262250];
  HEAP32[$6 + 28 >> 2] = $4_1;
  $5_1 = HEAP32[262249];
  $4_1 = $6;
  HEAP32[$4_1 + 16 >> 2] = HEAP32[262248];
  HEAP32[$4_1 + 20 >> 2] = $5_1;
  $4_1 = HEAP32[262247];
  $5_1 = 0;
  HEAP32[$6 + 8 >> 2] = HEAP32[$5_1 + 1048984 >> 2];
  HEAP32[$6 + 12 >> 2] = $4_1;
  HEAP32[$6 >> 2] = ($1_1 | 16842752) ^ -205731576;
  HEAP32[$6 + 4 >> 2] = 1779033703;
  wasm2js_memory_fill($6 - -64 | 0, 0, 128);
  $4_1 = ($3_1 << 3) + $2_1 | 0;
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
      $9 = $9 - 1 | 0;
      if ($9) {
       continue
      }
      break block;
     }
     break;
    };
    $57($7, 128, 1051368);
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
    $2_1 = ($3_1 & -8) + $6 | 0;
    $10_1 = HEAP32[$2_1 >> 2];
    $1_1 = $10_1;
    $5_1 = HEAP32[$2_1 + 4 >> 2];
    $2_1 = $1_1;
    $7 = $3_1 << 3 & 48;
    $1_1 = $7;
    $4_1 = $1_1 & 31;
    if (($1_1 & 63) >>> 0 >= 32) {
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
    $8 = ($3_1 & -8) + $6 | 0;
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
  $1_1 = global$0 - 32 | 0;
  global$0 = $1_1;
  block20 : {
   $0_1 = $7;
   if ($7 >>> 0 <= 128) {
    if ($7 >>> 0 <= 128) {
     break block20
    }
    HEAP32[$1_1 + 8 >> 2] = $7;
    HEAP32[$1_1 + 12 >> 2] = 128;
    HEAP32[$1_1 + 24 >> 2] = $1_1 + 12;
    HEAP32[$1_1 + 28 >> 2] = 17;
    HEAP32[$1_1 + 16 >> 2] = $1_1 + 8;
    HEAP32[$1_1 + 20 >> 2] = 17;
    $55(1048576, $1_1 + 16 | 0, 1051384);
    wasm2js_trap();
   }
   HEAP32[$1_1 + 8 >> 2] = $0_1;
   HEAP32[$1_1 + 12 >> 2] = 128;
   HEAP32[$1_1 + 24 >> 2] = $1_1 + 12;
   HEAP32[$1_1 + 28 >> 2] = 17;
   HEAP32[$1_1 + 16 >> 2] = $1_1 + 8;
   HEAP32[$1_1 + 20 >> 2] = 17;
   $55(1048671, $1_1 + 16 | 0, 1051384);
   wasm2js_trap();
  }
  HEAP32[$1_1 + 8 >> 2] = 128;
  HEAP32[$1_1 + 12 >> 2] = 128;
  HEAP32[$1_1 + 24 >> 2] = $1_1 + 12;
  HEAP32[$1_1 + 28 >> 2] = 17;
  HEAP32[$1_1 + 16 >> 2] = $1_1 + 8;
  HEAP32[$1_1 + 20 >> 2] = 17;
  $55(1048728, $1_1 + 16 | 0, 1051384);
  wasm2js_trap();
 }
 
 function $2($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23 = 0, $24_1 = 0, $25 = 0, $26 = 0, $27_1 = 0, $28 = 0, $29_1 = 0, $30_1 = 0, $31 = 0, $32 = 0, $33 = 0, $34_1 = 0, $35 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $3_1 = $0_1;
  $11 = HEAP32[$3_1 + 56 >> 2];
  $20_1 = HEAP32[$3_1 + 24 >> 2];
  $1_1 = $20_1;
  $2_1 = $11 + $1_1 | 0;
  $15 = HEAP32[$3_1 + 60 >> 2];
  $18 = HEAP32[$3_1 + 28 >> 2];
  $4_1 = $15 + $18 | 0;
  $12_1 = $2_1;
  $2_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $4_1 = $18;
  $5_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $5_1 << $6;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $6) - 1 & $5_1 >>> 32 - $6 | $4_1 << $6;
   $1_1 = $5_1 << $6;
  }
  $1_1 = __wasm_i64_mul($1_1 & -2, $3_1 & 1, $11, 0);
  $2_1 = $2_1 + i64toi32_i32$HIGH_BITS | 0;
  $6 = $1_1 + $12_1 | 0;
  $2_1 = $1_1 >>> 0 > $6 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $20_1 = $6;
  $4_1 = $0_1;
  $18 = $2_1;
  $14 = __wasm_rotl_i64($6 ^ HEAP32[$4_1 + 120 >> 2], $2_1 ^ HEAP32[$4_1 + 124 >> 2], 32);
  $3_1 = $14;
  $22 = HEAP32[$4_1 + 88 >> 2];
  $1_1 = $22;
  $16 = HEAP32[$4_1 + 92 >> 2];
  $17 = i64toi32_i32$HIGH_BITS;
  $6 = $16 + $17 | 0;
  $3_1 = $3_1 + $1_1 | 0;
  $6 = $1_1 >>> 0 > $3_1 >>> 0 ? $6 + 1 | 0 : $6;
  $7 = $3_1;
  $3_1 = $6;
  $5_1 = $16;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $4_1 = $6 << $2_1;
   $1_1 = 0;
  } else {
   $4_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $5_1 << $2_1;
   $1_1 = $6 << $2_1;
  }
  $1_1 = __wasm_i64_mul($14, 0, $1_1 & -2, $4_1 & 1);
  $2_1 = $7 + $1_1 | 0;
  $3_1 = $3_1 + i64toi32_i32$HIGH_BITS | 0;
  $22 = $2_1;
  $16 = $2_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $11 = __wasm_rotl_i64($2_1 ^ $11, $15 ^ $16, 40);
  $3_1 = $11;
  $15 = i64toi32_i32$HIGH_BITS;
  $2_1 = $15 + $18 | 0;
  $1_1 = $20_1;
  $5_1 = $1_1 + $3_1 | 0;
  $2_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $7 = $5_1;
  $5_1 = $2_1;
  $3_1 = $18;
  $2_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $4_1 = $2_1 << $6;
   $1_1 = 0;
  } else {
   $4_1 = (1 << $6) - 1 & $2_1 >>> 32 - $6 | $3_1 << $6;
   $1_1 = $2_1 << $6;
  }
  $1_1 = __wasm_i64_mul($11, 0, $1_1 & -2, $4_1 & 1);
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $6 = $1_1 + $7 | 0;
  $5_1 = $1_1 >>> 0 > $6 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $20_1 = $6;
  $18 = $5_1;
  $14 = __wasm_rotl_i64($6 ^ $14, $17 ^ $5_1, 48);
  $17 = i64toi32_i32$HIGH_BITS;
  $5_1 = $0_1;
  $8 = HEAP32[$5_1 + 40 >> 2];
  $3_1 = $8;
  $12_1 = HEAP32[$5_1 + 12 >> 2];
  $7 = HEAP32[$5_1 + 44 >> 2];
  $6 = $12_1 + $7 | 0;
  $19_1 = HEAP32[$5_1 + 8 >> 2];
  $1_1 = $19_1;
  $3_1 = $1_1 + $3_1 | 0;
  $6 = $3_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $9 = $3_1;
  $3_1 = $6;
  $6 = $12_1;
  $4_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $4_1 << $2_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $2_1) - 1 & $4_1 >>> 32 - $2_1 | $6 << $2_1;
   $1_1 = $4_1 << $2_1;
  }
  $1_1 = __wasm_i64_mul($1_1 & -2, $5_1 & 1, $8, 0);
  $2_1 = $9 + $1_1 | 0;
  $3_1 = $3_1 + i64toi32_i32$HIGH_BITS | 0;
  $19_1 = $2_1;
  $12_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $6 = $0_1;
  $26 = __wasm_rotl_i64(HEAP32[$6 + 104 >> 2] ^ $2_1, $12_1 ^ HEAP32[$6 + 108 >> 2], 32);
  $5_1 = $26;
  $4_1 = $6;
  $33 = HEAP32[$4_1 + 72 >> 2];
  $1_1 = $33;
  $34_1 = i64toi32_i32$HIGH_BITS;
  $25 = HEAP32[$4_1 + 76 >> 2];
  $2_1 = $34_1 + $25 | 0;
  $5_1 = $1_1 + $5_1 | 0;
  $2_1 = $1_1 >>> 0 > $5_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $13 = $5_1;
  $5_1 = $2_1;
  $4_1 = $25;
  $2_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $2_1 << $3_1;
   $1_1 = 0;
  } else {
   $6 = (1 << $3_1) - 1 & $2_1 >>> 32 - $3_1 | $4_1 << $3_1;
   $1_1 = $2_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($26, 0, $1_1 & -2, $6 & 1);
  $5_1 = i64toi32_i32$HIGH_BITS + $5_1 | 0;
  $3_1 = $1_1 + $13 | 0;
  $5_1 = $1_1 >>> 0 > $3_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $33 = $3_1;
  $25 = $5_1;
  $8 = __wasm_rotl_i64($3_1 ^ $8, $7 ^ $5_1, 40);
  $1_1 = $19_1;
  $4_1 = $8 + $1_1 | 0;
  $7 = i64toi32_i32$HIGH_BITS;
  $3_1 = $12_1 + $7 | 0;
  $13 = $4_1;
  $4_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $5_1 = $12_1;
  $3_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $3_1 << $2_1;
   $1_1 = 0;
  } else {
   $6 = (1 << $2_1) - 1 & $3_1 >>> 32 - $2_1 | $5_1 << $2_1;
   $1_1 = $3_1 << $2_1;
  }
  $1_1 = __wasm_i64_mul($8, 0, $1_1 & -2, $6 & 1);
  $2_1 = $1_1 + $13 | 0;
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $19_1 = $2_1;
  $12_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $26 = __wasm_rotl_i64($2_1 ^ $26, $12_1 ^ $34_1, 48);
  $4_1 = $26;
  $34_1 = i64toi32_i32$HIGH_BITS;
  $2_1 = $25 + $34_1 | 0;
  $1_1 = $33;
  $5_1 = $4_1 + $1_1 | 0;
  $2_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $13 = $5_1;
  $5_1 = $2_1;
  $4_1 = $25;
  $2_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $2_1 << $3_1;
   $1_1 = 0;
  } else {
   $6 = (1 << $3_1) - 1 & $2_1 >>> 32 - $3_1 | $4_1 << $3_1;
   $1_1 = $2_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($26, 0, $1_1 & -2, $6 & 1);
  $5_1 = i64toi32_i32$HIGH_BITS + $5_1 | 0;
  $3_1 = $1_1 + $13 | 0;
  $5_1 = $1_1 >>> 0 > $3_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $33 = $3_1;
  $25 = $5_1;
  $8 = __wasm_rotl_i64($3_1 ^ $8, $7 ^ $5_1, 1);
  $7 = i64toi32_i32$HIGH_BITS;
  $5_1 = $0_1;
  $27_1 = HEAP32[$5_1 + 32 >> 2];
  $23 = HEAP32[$5_1 >> 2];
  $1_1 = $23;
  $4_1 = $27_1 + $1_1 | 0;
  $35 = HEAP32[$5_1 + 36 >> 2];
  $13 = HEAP32[$5_1 + 4 >> 2];
  $3_1 = $35 + $13 | 0;
  $9 = $4_1;
  $4_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $3_1 = $13;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $6 << $2_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $3_1 << $2_1;
   $1_1 = $6 << $2_1;
  }
  $1_1 = __wasm_i64_mul($1_1 & -2, $5_1 & 1, $27_1, 0);
  $2_1 = $1_1 + $9 | 0;
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $23 = $2_1;
  $13 = $2_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $3_1 = $0_1;
  $28 = __wasm_rotl_i64(HEAP32[$3_1 + 96 >> 2] ^ $2_1, HEAP32[$3_1 + 100 >> 2] ^ $13, 32);
  $5_1 = $28;
  $42_1 = HEAP32[$3_1 + 64 >> 2];
  $1_1 = $42_1;
  $36_1 = i64toi32_i32$HIGH_BITS;
  $31 = HEAP32[$3_1 + 68 >> 2];
  $2_1 = $36_1 + $31 | 0;
  $5_1 = $1_1 + $5_1 | 0;
  $2_1 = $1_1 >>> 0 > $5_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $10_1 = $5_1;
  $5_1 = $2_1;
  $6 = $31;
  $2_1 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $2_1 << $4_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & $2_1 >>> 32 - $4_1 | $6 << $4_1;
   $1_1 = $2_1 << $4_1;
  }
  $1_1 = __wasm_i64_mul($28, 0, $1_1 & -2, $3_1 & 1);
  $4_1 = $1_1 + $10_1 | 0;
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $42_1 = $4_1;
  $31 = $4_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $27_1 = __wasm_rotl_i64($4_1 ^ $27_1, $35 ^ $31, 40);
  $5_1 = $27_1;
  $35 = i64toi32_i32$HIGH_BITS;
  $4_1 = $13 + $35 | 0;
  $1_1 = $23;
  $6 = $1_1 + $5_1 | 0;
  $4_1 = $6 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $10_1 = $6;
  $6 = $4_1;
  $5_1 = $13;
  $4_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $4_1 << $2_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $2_1) - 1 & $4_1 >>> 32 - $2_1 | $5_1 << $2_1;
   $1_1 = $4_1 << $2_1;
  }
  $1_1 = __wasm_i64_mul($27_1, 0, $1_1 & -2, $3_1 & 1);
  $2_1 = $1_1 + $10_1 | 0;
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $23 = $2_1;
  $13 = $2_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $2_1 = $13 + $7 | 0;
  $1_1 = $23;
  $5_1 = $8 + $1_1 | 0;
  $2_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $10_1 = $5_1;
  $5_1 = $2_1;
  $4_1 = $13;
  $2_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $6 = $2_1 << $3_1;
   $1_1 = 0;
  } else {
   $6 = (1 << $3_1) - 1 & $2_1 >>> 32 - $3_1 | $4_1 << $3_1;
   $1_1 = $2_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($8, 0, $1_1 & -2, $6 & 1);
  $5_1 = i64toi32_i32$HIGH_BITS + $5_1 | 0;
  $3_1 = $1_1 + $10_1 | 0;
  $5_1 = $1_1 >>> 0 > $3_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $37_1 = $3_1;
  $9 = $5_1;
  $43_1 = __wasm_rotl_i64($3_1 ^ $14, $5_1 ^ $17, 32);
  $41_1 = i64toi32_i32$HIGH_BITS;
  $5_1 = $0_1;
  $29_1 = HEAP32[$5_1 + 48 >> 2];
  $38_1 = HEAP32[$5_1 + 16 >> 2];
  $1_1 = $38_1;
  $4_1 = $29_1 + $1_1 | 0;
  $39_1 = HEAP32[$5_1 + 52 >> 2];
  $24_1 = HEAP32[$5_1 + 20 >> 2];
  $3_1 = $39_1 + $24_1 | 0;
  $10_1 = $4_1;
  $4_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $3_1 = $24_1;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $6 << $2_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $3_1 << $2_1;
   $1_1 = $6 << $2_1;
  }
  $1_1 = __wasm_i64_mul($1_1 & -2, $5_1 & 1, $29_1, 0);
  $2_1 = $1_1 + $10_1 | 0;
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $38_1 = $2_1;
  $24_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $3_1 = $0_1;
  $30_1 = __wasm_rotl_i64(HEAP32[$3_1 + 112 >> 2] ^ $2_1, HEAP32[$3_1 + 116 >> 2] ^ $24_1, 32);
  $5_1 = $30_1;
  $32 = HEAP32[$3_1 + 80 >> 2];
  $1_1 = $32;
  $40_1 = i64toi32_i32$HIGH_BITS;
  $10_1 = HEAP32[$3_1 + 84 >> 2];
  $2_1 = $40_1 + $10_1 | 0;
  $5_1 = $1_1 + $5_1 | 0;
  $2_1 = $1_1 >>> 0 > $5_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $21 = $5_1;
  $5_1 = $2_1;
  $6 = $10_1;
  $2_1 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $2_1 << $4_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & $2_1 >>> 32 - $4_1 | $6 << $4_1;
   $1_1 = $2_1 << $4_1;
  }
  $1_1 = __wasm_i64_mul($30_1, 0, $1_1 & -2, $3_1 & 1);
  $4_1 = $1_1 + $21 | 0;
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $32 = $4_1;
  $10_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $29_1 = __wasm_rotl_i64($4_1 ^ $29_1, $39_1 ^ $10_1, 40);
  $5_1 = $29_1;
  $39_1 = i64toi32_i32$HIGH_BITS;
  $4_1 = $24_1 + $39_1 | 0;
  $1_1 = $38_1;
  $6 = $1_1 + $5_1 | 0;
  $4_1 = $6 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $21 = $6;
  $6 = $4_1;
  $5_1 = $24_1;
  $4_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $4_1 << $2_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $2_1) - 1 & $4_1 >>> 32 - $2_1 | $5_1 << $2_1;
   $1_1 = $4_1 << $2_1;
  }
  $1_1 = __wasm_i64_mul($29_1, 0, $1_1 & -2, $3_1 & 1);
  $2_1 = $1_1 + $21 | 0;
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $38_1 = $2_1;
  $24_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $30_1 = __wasm_rotl_i64($2_1 ^ $30_1, $40_1 ^ $24_1, 48);
  $6 = $30_1;
  $40_1 = i64toi32_i32$HIGH_BITS;
  $2_1 = $10_1 + $40_1 | 0;
  $1_1 = $32;
  $5_1 = $1_1 + $6 | 0;
  $2_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $21 = $5_1;
  $5_1 = $2_1;
  $6 = $10_1;
  $2_1 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $2_1 << $4_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & $2_1 >>> 32 - $4_1 | $6 << $4_1;
   $1_1 = $2_1 << $4_1;
  }
  $1_1 = __wasm_i64_mul($30_1, 0, $1_1 & -2, $3_1 & 1);
  $4_1 = $1_1 + $21 | 0;
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $32 = $4_1;
  $10_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $4_1 = $10_1 + $41_1 | 0;
  $1_1 = $32;
  $6 = $43_1 + $1_1 | 0;
  $4_1 = $6 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $21 = $6;
  $6 = $4_1;
  $2_1 = $10_1;
  $4_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $4_1 << $3_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $3_1) - 1 & $4_1 >>> 32 - $3_1 | $2_1 << $3_1;
   $1_1 = $4_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($43_1, 0, $1_1 & -2, $5_1 & 1);
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $3_1 = $1_1 + $21 | 0;
  $6 = $1_1 >>> 0 > $3_1 >>> 0 ? $6 + 1 | 0 : $6;
  $44_1 = $3_1;
  $21 = $6;
  $8 = __wasm_rotl_i64($3_1 ^ $8, $6 ^ $7, 40);
  $1_1 = $37_1;
  $2_1 = $8 + $1_1 | 0;
  $7 = i64toi32_i32$HIGH_BITS;
  $3_1 = $9 + $7 | 0;
  $5_1 = $2_1;
  $2_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $6 = $9;
  $3_1 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  $9 = $5_1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $3_1 << $4_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $4_1) - 1 & $3_1 >>> 32 - $4_1 | $6 << $4_1;
   $1_1 = $3_1 << $4_1;
  }
  $1_1 = __wasm_i64_mul($8, 0, $1_1 & -2, $5_1 & 1);
  $4_1 = $9 + $1_1 | 0;
  $2_1 = $2_1 + i64toi32_i32$HIGH_BITS | 0;
  $5_1 = $0_1;
  HEAP32[$5_1 >> 2] = $4_1;
  $9 = $4_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  HEAP32[$5_1 + 4 >> 2] = $9;
  $3_1 = $5_1;
  $37_1 = __wasm_rotl_i64($4_1 ^ $43_1, $9 ^ $41_1, 48);
  HEAP32[$3_1 + 120 >> 2] = $37_1;
  $9 = i64toi32_i32$HIGH_BITS;
  HEAP32[$3_1 + 124 >> 2] = $9;
  $4_1 = $9 + $21 | 0;
  $1_1 = $44_1;
  $6 = $37_1 + $1_1 | 0;
  $4_1 = $6 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $41_1 = $6;
  $6 = $4_1;
  $2_1 = $21;
  $4_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $4_1 << $3_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $3_1) - 1 & $4_1 >>> 32 - $3_1 | $2_1 << $3_1;
   $1_1 = $4_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($37_1, 0, $1_1 & -2, $5_1 & 1);
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $3_1 = $1_1 + $41_1 | 0;
  $6 = $1_1 >>> 0 > $3_1 >>> 0 ? $6 + 1 | 0 : $6;
  $5_1 = $0_1;
  HEAP32[$5_1 + 80 >> 2] = $3_1;
  HEAP32[$5_1 + 84 >> 2] = $6;
  $4_1 = $5_1;
  (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = __wasm_rotl_i64($3_1 ^ $8, $6 ^ $7, 1)), HEAP32[wasm2js_i32$0 + 40 >> 2] = wasm2js_i32$1;
  HEAP32[$4_1 + 44 >> 2] = i64toi32_i32$HIGH_BITS;
  $8 = __wasm_rotl_i64($32 ^ $29_1, $10_1 ^ $39_1, 1);
  $1_1 = $19_1;
  $2_1 = $8 + $1_1 | 0;
  $7 = i64toi32_i32$HIGH_BITS;
  $3_1 = $7 + $12_1 | 0;
  $10_1 = $2_1;
  $2_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $5_1 = $12_1;
  $3_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $4_1 = $3_1 << $6;
   $1_1 = 0;
  } else {
   $4_1 = (1 << $6) - 1 & $3_1 >>> 32 - $6 | $5_1 << $6;
   $1_1 = $3_1 << $6;
  }
  $1_1 = __wasm_i64_mul($8, 0, $1_1 & -2, $4_1 & 1);
  $2_1 = $2_1 + i64toi32_i32$HIGH_BITS | 0;
  $6 = $1_1 + $10_1 | 0;
  $2_1 = $1_1 >>> 0 > $6 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $19_1 = $6;
  $23 = __wasm_rotl_i64($23 ^ $28, $13 ^ $36_1, 48);
  $13 = i64toi32_i32$HIGH_BITS;
  $12_1 = $2_1;
  $28 = __wasm_rotl_i64($6 ^ $23, $13 ^ $2_1, 32);
  $21 = $28;
  $36_1 = i64toi32_i32$HIGH_BITS;
  $10_1 = $36_1;
  $6 = $17 + $16 | 0;
  $1_1 = $22;
  $5_1 = $14 + $1_1 | 0;
  $6 = $5_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $9 = $5_1;
  $5_1 = $6;
  $4_1 = $16;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $6 << $2_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $4_1 << $2_1;
   $1_1 = $6 << $2_1;
  }
  $1_1 = __wasm_i64_mul($14, 0, $1_1 & -2, $3_1 & 1);
  $5_1 = i64toi32_i32$HIGH_BITS + $5_1 | 0;
  $2_1 = $1_1 + $9 | 0;
  $5_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $14 = $2_1;
  $1_1 = $2_1;
  $4_1 = $2_1 + $21 | 0;
  $17 = $5_1;
  $2_1 = $5_1 + $10_1 | 0;
  $9 = $4_1;
  $4_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $6 = $5_1;
  $2_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $2_1 << $3_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $3_1) - 1 & $2_1 >>> 32 - $3_1 | $6 << $3_1;
   $1_1 = $2_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($28, 0, $1_1 & -2, $5_1 & 1);
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $3_1 = $1_1 + $9 | 0;
  $4_1 = $1_1 >>> 0 > $3_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $22 = $3_1;
  $16 = $4_1;
  $8 = __wasm_rotl_i64($3_1 ^ $8, $4_1 ^ $7, 40);
  $4_1 = $8;
  $7 = i64toi32_i32$HIGH_BITS;
  $3_1 = $12_1 + $7 | 0;
  $1_1 = $19_1;
  $6 = $4_1 + $1_1 | 0;
  $3_1 = $6 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $10_1 = $6;
  $6 = $3_1;
  $4_1 = $12_1;
  $3_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $3_1 << $2_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $2_1) - 1 & $3_1 >>> 32 - $2_1 | $4_1 << $2_1;
   $1_1 = $3_1 << $2_1;
  }
  $1_1 = __wasm_i64_mul($8, 0, $1_1 & -2, $5_1 & 1);
  $6 = i64toi32_i32$HIGH_BITS + $6 | 0;
  $2_1 = $1_1 + $10_1 | 0;
  $6 = $2_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $3_1 = $0_1;
  $19_1 = __wasm_rotl_i64($2_1 ^ $28, $6 ^ $36_1, 48);
  HEAP32[$3_1 + 96 >> 2] = $19_1;
  $12_1 = i64toi32_i32$HIGH_BITS;
  HEAP32[$3_1 + 100 >> 2] = $12_1;
  HEAP32[$3_1 + 8 >> 2] = $2_1;
  HEAP32[$3_1 + 12 >> 2] = $6;
  $2_1 = $12_1 + $16 | 0;
  $1_1 = $22;
  $4_1 = $1_1 + $19_1 | 0;
  $9 = $4_1;
  $4_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $6 = $16;
  $2_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $2_1 << $3_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $3_1) - 1 & $2_1 >>> 32 - $3_1 | $6 << $3_1;
   $1_1 = $2_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($19_1, 0, $1_1 & -2, $5_1 & 1);
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $3_1 = $1_1 + $9 | 0;
  $4_1 = $1_1 >>> 0 > $3_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $5_1 = $0_1;
  HEAP32[$5_1 + 88 >> 2] = $3_1;
  HEAP32[$5_1 + 92 >> 2] = $4_1;
  $2_1 = $5_1;
  (wasm2js_i32$0 = $2_1, wasm2js_i32$1 = __wasm_rotl_i64($3_1 ^ $8, $4_1 ^ $7, 1)), HEAP32[wasm2js_i32$0 + 48 >> 2] = wasm2js_i32$1;
  HEAP32[$2_1 + 52 >> 2] = i64toi32_i32$HIGH_BITS;
  $11 = __wasm_rotl_i64($14 ^ $11, $17 ^ $15, 1);
  $5_1 = $11;
  $15 = i64toi32_i32$HIGH_BITS;
  $3_1 = $24_1 + $15 | 0;
  $1_1 = $38_1;
  $6 = $1_1 + $5_1 | 0;
  $3_1 = $6 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $7 = $6;
  $6 = $3_1;
  $5_1 = $24_1;
  $3_1 = $1_1;
  $1_1 = 1;
  $4_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $3_1 << $4_1;
   $1_1 = 0;
  } else {
   $2_1 = (1 << $4_1) - 1 & $3_1 >>> 32 - $4_1 | $5_1 << $4_1;
   $1_1 = $3_1 << $4_1;
  }
  $1_1 = __wasm_i64_mul($11, 0, $1_1 & -2, $2_1 & 1);
  $4_1 = $7 + $1_1 | 0;
  $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
  $14 = $4_1;
  $17 = $4_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $22 = __wasm_rotl_i64($4_1 ^ $26, $34_1 ^ $17, 32);
  $9 = $22;
  $16 = i64toi32_i32$HIGH_BITS;
  $4_1 = $13 + $31 | 0;
  $1_1 = $42_1;
  $5_1 = $1_1 + $23 | 0;
  $4_1 = $5_1 >>> 0 < $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $7 = $5_1;
  $5_1 = $4_1;
  $6 = $31;
  $4_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $2_1 = $4_1 << $3_1;
   $1_1 = 0;
  } else {
   $2_1 = (1 << $3_1) - 1 & $4_1 >>> 32 - $3_1 | $6 << $3_1;
   $1_1 = $4_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($23, 0, $1_1 & -2, $2_1 & 1);
  $5_1 = $5_1 + i64toi32_i32$HIGH_BITS | 0;
  $3_1 = $1_1 + $7 | 0;
  $5_1 = $1_1 >>> 0 > $3_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $8 = $3_1;
  $7 = $5_1;
  $3_1 = $5_1 + $16 | 0;
  $1_1 = $8;
  $6 = $9 + $1_1 | 0;
  $3_1 = $6 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $9 = $6;
  $6 = $3_1;
  $4_1 = $5_1;
  $3_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $3_1 << $2_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $2_1) - 1 & $3_1 >>> 32 - $2_1 | $4_1 << $2_1;
   $1_1 = $3_1 << $2_1;
  }
  $1_1 = __wasm_i64_mul($22, 0, $1_1 & -2, $5_1 & 1);
  $6 = i64toi32_i32$HIGH_BITS + $6 | 0;
  $2_1 = $1_1 + $9 | 0;
  $6 = $2_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $19_1 = $2_1;
  $12_1 = $6;
  $11 = __wasm_rotl_i64($2_1 ^ $11, $6 ^ $15, 40);
  $1_1 = $14;
  $4_1 = $11 + $1_1 | 0;
  $15 = i64toi32_i32$HIGH_BITS;
  $2_1 = $17 + $15 | 0;
  $13 = $4_1;
  $4_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $6 = $17;
  $2_1 = $1_1;
  $1_1 = 1;
  $3_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $2_1 << $3_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $3_1) - 1 & $2_1 >>> 32 - $3_1 | $6 << $3_1;
   $1_1 = $2_1 << $3_1;
  }
  $1_1 = __wasm_i64_mul($11, 0, $1_1 & -2, $5_1 & 1);
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $3_1 = $1_1 + $13 | 0;
  $4_1 = $1_1 >>> 0 > $3_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $2_1 = $0_1;
  $14 = __wasm_rotl_i64($3_1 ^ $22, $4_1 ^ $16, 48);
  HEAP32[$2_1 + 104 >> 2] = $14;
  $17 = i64toi32_i32$HIGH_BITS;
  HEAP32[$2_1 + 108 >> 2] = $17;
  HEAP32[$2_1 + 16 >> 2] = $3_1;
  HEAP32[$2_1 + 20 >> 2] = $4_1;
  $3_1 = $12_1 + $17 | 0;
  $1_1 = $19_1;
  $6 = $14 + $1_1 | 0;
  $3_1 = $6 >>> 0 < $1_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $16 = $6;
  $6 = $3_1;
  $4_1 = $12_1;
  $3_1 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $3_1 << $2_1;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $2_1) - 1 & $3_1 >>> 32 - $2_1 | $4_1 << $2_1;
   $1_1 = $3_1 << $2_1;
  }
  $1_1 = __wasm_i64_mul($14, 0, $1_1 & -2, $5_1 & 1);
  $6 = i64toi32_i32$HIGH_BITS + $6 | 0;
  $2_1 = $1_1 + $16 | 0;
  $6 = $2_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $5_1 = $0_1;
  HEAP32[$5_1 + 64 >> 2] = $2_1;
  HEAP32[$5_1 + 68 >> 2] = $6;
  $3_1 = $5_1;
  (wasm2js_i32$0 = $3_1, wasm2js_i32$1 = __wasm_rotl_i64($2_1 ^ $11, $6 ^ $15, 1)), HEAP32[wasm2js_i32$0 + 56 >> 2] = wasm2js_i32$1;
  HEAP32[$3_1 + 60 >> 2] = i64toi32_i32$HIGH_BITS;
  $11 = __wasm_rotl_i64($8 ^ $27_1, $7 ^ $35, 1);
  $1_1 = $11;
  $4_1 = $1_1 + $20_1 | 0;
  $15 = i64toi32_i32$HIGH_BITS;
  $2_1 = $18 + $15 | 0;
  $12_1 = $4_1;
  $4_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $2_1 = $18;
  $3_1 = $20_1;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $5_1 = $3_1 << $6;
   $1_1 = 0;
  } else {
   $5_1 = (1 << $6) - 1 & $3_1 >>> 32 - $6 | $2_1 << $6;
   $1_1 = $3_1 << $6;
  }
  $1_1 = __wasm_i64_mul($1_1 & -2, $5_1 & 1, $11, 0);
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $6 = $1_1 + $12_1 | 0;
  $4_1 = $1_1 >>> 0 > $6 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $20_1 = $6;
  $18 = $4_1;
  $14 = __wasm_rotl_i64($6 ^ $30_1, $4_1 ^ $40_1, 32);
  $4_1 = $14;
  $17 = i64toi32_i32$HIGH_BITS;
  $6 = $25 + $17 | 0;
  $1_1 = $33;
  $5_1 = $4_1 + $1_1 | 0;
  $6 = $5_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $7 = $5_1;
  $5_1 = $6;
  $4_1 = $25;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $6 << $2_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $4_1 << $2_1;
   $1_1 = $6 << $2_1;
  }
  $1_1 = __wasm_i64_mul($14, 0, $1_1 & -2, $3_1 & 1);
  $5_1 = i64toi32_i32$HIGH_BITS + $5_1 | 0;
  $2_1 = $1_1 + $7 | 0;
  $5_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $22 = $2_1;
  $16 = $5_1;
  $11 = __wasm_rotl_i64($2_1 ^ $11, $15 ^ $5_1, 40);
  $1_1 = $20_1;
  $4_1 = $11 + $1_1 | 0;
  $15 = i64toi32_i32$HIGH_BITS;
  $2_1 = $15 + $18 | 0;
  $7 = $4_1;
  $4_1 = $4_1 >>> 0 < $1_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  $5_1 = $18;
  $2_1 = $1_1;
  $1_1 = 1;
  $6 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $2_1 << $6;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $6) - 1 & $2_1 >>> 32 - $6 | $5_1 << $6;
   $1_1 = $2_1 << $6;
  }
  $1_1 = __wasm_i64_mul($11, 0, $1_1 & -2, $3_1 & 1);
  $4_1 = $4_1 + i64toi32_i32$HIGH_BITS | 0;
  $6 = $1_1 + $7 | 0;
  $4_1 = $1_1 >>> 0 > $6 >>> 0 ? $4_1 + 1 | 0 : $4_1;
  $2_1 = $0_1;
  $20_1 = __wasm_rotl_i64($6 ^ $14, $4_1 ^ $17, 48);
  HEAP32[$2_1 + 112 >> 2] = $20_1;
  $18 = i64toi32_i32$HIGH_BITS;
  HEAP32[$2_1 + 116 >> 2] = $18;
  HEAP32[$2_1 + 24 >> 2] = $6;
  HEAP32[$2_1 + 28 >> 2] = $4_1;
  $6 = $16 + $18 | 0;
  $1_1 = $22;
  $5_1 = $20_1 + $1_1 | 0;
  $6 = $5_1 >>> 0 < $1_1 >>> 0 ? $6 + 1 | 0 : $6;
  $7 = $5_1;
  $5_1 = $6;
  $4_1 = $16;
  $6 = $1_1;
  $1_1 = 1;
  $2_1 = 1;
  if (($1_1 & 63) >>> 0 >= 32) {
   $3_1 = $6 << $2_1;
   $1_1 = 0;
  } else {
   $3_1 = (1 << $2_1) - 1 & $6 >>> 32 - $2_1 | $4_1 << $2_1;
   $1_1 = $6 << $2_1;
  }
  $1_1 = __wasm_i64_mul($20_1, 0, $1_1 & -2, $3_1 & 1);
  $5_1 = i64toi32_i32$HIGH_BITS + $5_1 | 0;
  $2_1 = $1_1 + $7 | 0;
  $5_1 = $2_1 >>> 0 < $1_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  $3_1 = $0_1;
  HEAP32[$3_1 + 72 >> 2] = $2_1;
  HEAP32[$3_1 + 76 >> 2] = $5_1;
  (wasm2js_i32$0 = $3_1, wasm2js_i32$1 = __wasm_rotl_i64($2_1 ^ $11, $5_1 ^ $15, 1)), HEAP32[wasm2js_i32$0 + 32 >> 2] = wasm2js_i32$1;
  HEAP32[$3_1 + 36 >> 2] = i64toi32_i32$HIGH_BITS;
 }
 
 function $3() {
  return 3149760;
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
   HEAP32[$3_1 + 3592 >> 2] = 1049200;
   HEAP32[$3_1 + 3588 >> 2] = 4;
   HEAP32[$3_1 + 3580 >> 2] = 29;
   HEAP32[$3_1 + 3576 >> 2] = 1052064;
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
   $8 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 3544 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 3548 >> 2] = $8;
   $10_1 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 3536 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 3540 >> 2] = $10_1;
   $8 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 3528 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 3532 >> 2] = $8;
   $10_1 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 3520 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 3524 >> 2] = $10_1;
   $19_1 = 1;
   while (1) {
    $8 = HEAP32[$3_1 + 3508 >> 2];
    HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3504 >> 2];
    HEAP32[$3_1 + 6652 >> 2] = $8;
    $10_1 = HEAP32[$3_1 + 3500 >> 2];
    HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3496 >> 2];
    HEAP32[$3_1 + 6644 >> 2] = $10_1;
    $8 = HEAP32[$3_1 + 3492 >> 2];
    HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3488 >> 2];
    HEAP32[$3_1 + 6636 >> 2] = $8;
    $10_1 = HEAP32[$3_1 + 3484 >> 2];
    HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3480 >> 2];
    HEAP32[$3_1 + 6628 >> 2] = $10_1;
    $8 = HEAP32[$3_1 + 3476 >> 2];
    HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3472 >> 2];
    HEAP32[$3_1 + 6620 >> 2] = $8;
    $10_1 = HEAP32[$3_1 + 3468 >> 2];
    HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3464 >> 2];
    HEAP32[$3_1 + 6612 >> 2] = $10_1;
    $8 = HEAP32[$3_1 + 3460 >> 2];
    HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3456 >> 2];
    HEAP32[$3_1 + 6604 >> 2] = $8;
    $10_1 = HEAP32[$3_1 + 3452 >> 2];
    HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3448 >> 2];
    HEAP32[$3_1 + 6596 >> 2] = $10_1;
    HEAP32[$3_1 + 3168 >> 2] = -222443192;
    HEAP32[$3_1 + 3172 >> 2] = 1779033703;
    $13 = 0;
    $4_1 = 0;
    $5_1 = HEAP32[$4_1 + 1049032 >> 2];
    $8 = HEAP32[$4_1 + 1049036 >> 2];
    HEAP32[$3_1 + 3224 >> 2] = $5_1;
    HEAP32[$3_1 + 3228 >> 2] = $8;
    $5_1 = HEAP32[0 + 1049024 >> 2];
    $10_1 = HEAP32[$4_1 + 1049028 >> 2];
    HEAP32[$3_1 + 3216 >> 2] = $5_1;
    HEAP32[$3_1 + 3220 >> 2] = $10_1;
    $5_1 = HEAP32[0 + 1049016 >> 2];
    $8 = HEAP32[$4_1 + 1049020 >> 2];
    HEAP32[$3_1 + 3208 >> 2] = $5_1;
    HEAP32[$3_1 + 3212 >> 2] = $8;
    $5_1 = HEAP32[0 + 1049008 >> 2];
    $10_1 = HEAP32[$4_1 + 1049012 >> 2];
    HEAP32[$3_1 + 3200 >> 2] = $5_1;
    HEAP32[$3_1 + 3204 >> 2] = $10_1;
    $5_1 = HEAP32[0 + 1049e3 >> 2];
    $8 = HEAP32[$4_1 + 1049004 >> 2];
    HEAP32[$3_1 + 3192 >> 2] = $5_1;
    HEAP32[$3_1 + 3196 >> 2] = $8;
    $5_1 = HEAP32[0 + 1048992 >> 2];
    $10_1 = HEAP32[$4_1 + 1048996 >> 2];
    HEAP32[$3_1 + 3184 >> 2] = $5_1;
    HEAP32[$3_1 + 3188 >> 2] = $10_1;
    $5_1 = HEAP32[0 + 1048984 >> 2];
    $8 = HEAP32[$4_1 + 1048988 >> 2];
    HEAP32[$3_1 + 3176 >> 2] = $5_1;
    HEAP32[$3_1 + 3180 >> 2] = $8;
    wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
    $14 = 0;
    $16 = 0;
    $9 = 0;
    while (1) {
     $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
     block2 : {
      if (($13 | 0) != 128) {
       $11 = $13;
       break block2;
      }
      $11 = 0;
      $6 = $16;
      $7 = 128;
      $5_1 = $7 + $14 | 0;
      $14 = $5_1;
      $16 = $5_1 >>> 0 < $7 >>> 0 ? $6 + 1 | 0 : $6;
      $0($3_1 + 3168 | 0, $3_1 + 96 | 0, $5_1, $16, 0);
     }
     HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
     $13 = $11 + 1 | 0;
     $9 = $9 + 1 | 0;
     if (($9 | 0) != 64) {
      continue
     }
     break;
    };
    $9 = 0;
    $11 = 127 - $11 | 0;
    if ($11) {
     wasm2js_memory_fill($13 + ($3_1 + 96 | 0) | 0, 0, $11)
    }
    $5_1 = $16;
    $7 = $13;
    $10_1 = $7 + $14 | 0;
    $5_1 = $10_1 >>> 0 < $7 >>> 0 ? $5_1 + 1 | 0 : $5_1;
    $0($3_1 + 3168 | 0, $3_1 + 96 | 0, $10_1, $5_1, 1);
    $11 = 8;
    while (1) {
     $6 = ($3_1 + 3168 | 0) + ($9 & -8) | 0;
     $14 = HEAP32[$6 >> 2];
     $4_1 = $14;
     $16 = HEAP32[$6 + 4 >> 2];
     $8 = $16;
     $6 = $4_1;
     $7 = $11 & 56;
     $4_1 = $7 & 31;
     $13 = $9 + ($3_1 + 3448 | 0) | 0;
     $5_1 = $13 + 1 | 0;
     if (($7 & 63) >>> 0 >= 32) {
      $4_1 = $8 >>> $4_1 | 0
     } else {
      $4_1 = ((1 << $4_1) - 1 & $8) << 32 - $4_1 | $6 >>> $4_1
     }
     HEAP8[$5_1 | 0] = $4_1;
     $5_1 = $16;
     $8 = $14;
     $7 = $11 - 8 & 48;
     $4_1 = $7 & 31;
     if (($7 & 63) >>> 0 >= 32) {
      $4_1 = $5_1 >>> $4_1 | 0
     } else {
      $4_1 = ((1 << $4_1) - 1 & $5_1) << 32 - $4_1 | $8 >>> $4_1
     }
     HEAP8[$13 | 0] = $4_1;
     $11 = $11 + 16 | 0;
     $9 = $9 + 2 | 0;
     if (($9 | 0) != 64) {
      continue
     }
     break;
    };
    $8 = HEAP32[$3_1 + 3452 >> 2];
    $9 = ($3_1 + 3520 | 0) + ($19_1 << 5) | 0;
    $6 = $9;
    $5_1 = $6;
    $4_1 = HEAP32[$3_1 + 3448 >> 2];
    HEAP8[$6 | 0] = $4_1;
    HEAP8[$6 + 1 | 0] = $4_1 >>> 8;
    HEAP8[$6 + 2 | 0] = $4_1 >>> 16;
    HEAP8[$6 + 3 | 0] = $4_1 >>> 24;
    HEAP8[$6 + 4 | 0] = $8;
    HEAP8[$6 + 5 | 0] = $8 >>> 8;
    HEAP8[$6 + 6 | 0] = $8 >>> 16;
    HEAP8[$6 + 7 | 0] = $8 >>> 24;
    $6 = HEAP32[$3_1 + 3460 >> 2];
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
    $8 = HEAP32[$3_1 + 3468 >> 2];
    $4_1 = HEAP32[$3_1 + 3464 >> 2];
    HEAP8[$6 + 16 | 0] = $4_1;
    HEAP8[$6 + 17 | 0] = $4_1 >>> 8;
    HEAP8[$6 + 18 | 0] = $4_1 >>> 16;
    HEAP8[$6 + 19 | 0] = $4_1 >>> 24;
    HEAP8[$6 + 20 | 0] = $8;
    HEAP8[$6 + 21 | 0] = $8 >>> 8;
    HEAP8[$6 + 22 | 0] = $8 >>> 16;
    HEAP8[$6 + 23 | 0] = $8 >>> 24;
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
   $8 = HEAP32[$3_1 + 3508 >> 2];
   HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3504 >> 2];
   HEAP32[$3_1 + 6652 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3500 >> 2];
   HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3496 >> 2];
   HEAP32[$3_1 + 6644 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3492 >> 2];
   HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3488 >> 2];
   HEAP32[$3_1 + 6636 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3484 >> 2];
   HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3480 >> 2];
   HEAP32[$3_1 + 6628 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 6620 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 6612 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 6604 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 6596 >> 2] = $6;
   HEAP32[$3_1 + 3516 >> 2] = 64;
   HEAP32[$3_1 + 3512 >> 2] = $3_1 + 6592;
   $1($3_1 + 3448 | 0, 64, $3_1 + 3512 | 0, 1);
   $8 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 4480 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 4484 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 4488 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 4492 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 4496 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 4500 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 4504 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 4508 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3484 >> 2];
   HEAP32[$3_1 + 4512 >> 2] = HEAP32[$3_1 + 3480 >> 2];
   HEAP32[$3_1 + 4516 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3492 >> 2];
   HEAP32[$3_1 + 4520 >> 2] = HEAP32[$3_1 + 3488 >> 2];
   HEAP32[$3_1 + 4524 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3500 >> 2];
   HEAP32[$3_1 + 4528 >> 2] = HEAP32[$3_1 + 3496 >> 2];
   HEAP32[$3_1 + 4532 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3508 >> 2];
   HEAP32[$3_1 + 4536 >> 2] = HEAP32[$3_1 + 3504 >> 2];
   HEAP32[$3_1 + 4540 >> 2] = $6;
   $22 = $3_1 + 4480 | 0;
   $9 = -1024;
   while (1) {
    $5_1 = ($9 + $3_1 | 0) + 4544 | 0;
    $4_1 = $5_1;
    $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
    $8 = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
    $6 = $9 + 3156480 | 0;
    HEAP32[$6 >> 2] = $4_1;
    HEAP32[$6 + 4 >> 2] = $8;
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
   $8 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 3536 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 3540 >> 2] = $8;
   $6 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 3528 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 3532 >> 2] = $6;
   $8 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 3520 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 3524 >> 2] = $8;
   $19_1 = 1;
   while (1) {
    $6 = HEAP32[$3_1 + 3508 >> 2];
    HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3504 >> 2];
    HEAP32[$3_1 + 6652 >> 2] = $6;
    $8 = HEAP32[$3_1 + 3500 >> 2];
    HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3496 >> 2];
    HEAP32[$3_1 + 6644 >> 2] = $8;
    $6 = HEAP32[$3_1 + 3492 >> 2];
    HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3488 >> 2];
    HEAP32[$3_1 + 6636 >> 2] = $6;
    $8 = HEAP32[$3_1 + 3484 >> 2];
    HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3480 >> 2];
    HEAP32[$3_1 + 6628 >> 2] = $8;
    $6 = HEAP32[$3_1 + 3476 >> 2];
    HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3472 >> 2];
    HEAP32[$3_1 + 6620 >> 2] = $6;
    $8 = HEAP32[$3_1 + 3468 >> 2];
    HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3464 >> 2];
    HEAP32[$3_1 + 6612 >> 2] = $8;
    $6 = HEAP32[$3_1 + 3460 >> 2];
    HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3456 >> 2];
    HEAP32[$3_1 + 6604 >> 2] = $6;
    $8 = HEAP32[$3_1 + 3452 >> 2];
    HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3448 >> 2];
    HEAP32[$3_1 + 6596 >> 2] = $8;
    HEAP32[$3_1 + 3168 >> 2] = -222443192;
    HEAP32[$3_1 + 3172 >> 2] = 1779033703;
    $5_1 = 0;
    $4_1 = HEAP32[$5_1 + 1049032 >> 2];
    $6 = HEAP32[$5_1 + 1049036 >> 2];
    HEAP32[$3_1 + 3224 >> 2] = $4_1;
    HEAP32[$3_1 + 3228 >> 2] = $6;
    $4_1 = HEAP32[0 + 1049024 >> 2];
    $8 = HEAP32[$5_1 + 1049028 >> 2];
    HEAP32[$3_1 + 3216 >> 2] = $4_1;
    HEAP32[$3_1 + 3220 >> 2] = $8;
    $4_1 = HEAP32[0 + 1049016 >> 2];
    $6 = HEAP32[$5_1 + 1049020 >> 2];
    HEAP32[$3_1 + 3208 >> 2] = $4_1;
    HEAP32[$3_1 + 3212 >> 2] = $6;
    $4_1 = HEAP32[0 + 1049008 >> 2];
    $8 = HEAP32[$5_1 + 1049012 >> 2];
    HEAP32[$3_1 + 3200 >> 2] = $4_1;
    HEAP32[$3_1 + 3204 >> 2] = $8;
    $4_1 = HEAP32[0 + 1049e3 >> 2];
    $6 = HEAP32[$5_1 + 1049004 >> 2];
    HEAP32[$3_1 + 3192 >> 2] = $4_1;
    HEAP32[$3_1 + 3196 >> 2] = $6;
    $4_1 = HEAP32[0 + 1048992 >> 2];
    $8 = HEAP32[$5_1 + 1048996 >> 2];
    HEAP32[$3_1 + 3184 >> 2] = $4_1;
    HEAP32[$3_1 + 3188 >> 2] = $8;
    $4_1 = HEAP32[0 + 1048984 >> 2];
    $6 = HEAP32[$5_1 + 1048988 >> 2];
    HEAP32[$3_1 + 3176 >> 2] = $4_1;
    HEAP32[$3_1 + 3180 >> 2] = $6;
    wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
    $13 = 0;
    $14 = 0;
    $16 = 0;
    $9 = 0;
    while (1) {
     $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
     block5 : {
      if (($13 | 0) != 128) {
       $11 = $13;
       break block5;
      }
      $11 = 0;
      $10_1 = $16;
      $7 = 128;
      $4_1 = $14 + $7 | 0;
      $10_1 = $4_1 >>> 0 < $7 >>> 0 ? $10_1 + 1 | 0 : $10_1;
      $14 = $4_1;
      $16 = $10_1;
      $0($3_1 + 3168 | 0, $3_1 + 96 | 0, $4_1, $10_1, 0);
     }
     HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
     $13 = $11 + 1 | 0;
     $9 = $9 + 1 | 0;
     if (($9 | 0) != 64) {
      continue
     }
     break;
    };
    $9 = 0;
    $11 = 127 - $11 | 0;
    if ($11) {
     wasm2js_memory_fill($13 + ($3_1 + 96 | 0) | 0, 0, $11)
    }
    $4_1 = $16;
    $7 = $13;
    $8 = $14 + $7 | 0;
    $4_1 = $8 >>> 0 < $7 >>> 0 ? $4_1 + 1 | 0 : $4_1;
    $0($3_1 + 3168 | 0, $3_1 + 96 | 0, $8, $4_1, 1);
    $11 = 8;
    while (1) {
     $10_1 = ($3_1 + 3168 | 0) + ($9 & -8) | 0;
     $14 = HEAP32[$10_1 >> 2];
     $5_1 = $14;
     $16 = HEAP32[$10_1 + 4 >> 2];
     $6 = $16;
     $10_1 = $5_1;
     $7 = $11 & 56;
     $5_1 = $7 & 31;
     $13 = $9 + ($3_1 + 3448 | 0) | 0;
     $4_1 = $13 + 1 | 0;
     if (($7 & 63) >>> 0 >= 32) {
      $5_1 = $6 >>> $5_1 | 0
     } else {
      $5_1 = ((1 << $5_1) - 1 & $6) << 32 - $5_1 | $10_1 >>> $5_1
     }
     HEAP8[$4_1 | 0] = $5_1;
     $4_1 = $16;
     $6 = $14;
     $7 = $11 - 8 & 48;
     $5_1 = $7 & 31;
     if (($7 & 63) >>> 0 >= 32) {
      $4_1 = $4_1 >>> $5_1 | 0
     } else {
      $4_1 = ((1 << $5_1) - 1 & $4_1) << 32 - $5_1 | $6 >>> $5_1
     }
     HEAP8[$13 | 0] = $4_1;
     $11 = $11 + 16 | 0;
     $9 = $9 + 2 | 0;
     if (($9 | 0) != 64) {
      continue
     }
     break;
    };
    $6 = HEAP32[$3_1 + 3452 >> 2];
    $9 = ($3_1 + 3520 | 0) + ($19_1 << 5) | 0;
    $5_1 = $9;
    $4_1 = HEAP32[$3_1 + 3448 >> 2];
    HEAP8[$5_1 | 0] = $4_1;
    HEAP8[$5_1 + 1 | 0] = $4_1 >>> 8;
    HEAP8[$5_1 + 2 | 0] = $4_1 >>> 16;
    HEAP8[$5_1 + 3 | 0] = $4_1 >>> 24;
    HEAP8[$5_1 + 4 | 0] = $6;
    HEAP8[$5_1 + 5 | 0] = $6 >>> 8;
    HEAP8[$5_1 + 6 | 0] = $6 >>> 16;
    HEAP8[$5_1 + 7 | 0] = $6 >>> 24;
    $10_1 = HEAP32[$3_1 + 3460 >> 2];
    $6 = $5_1;
    $4_1 = HEAP32[$3_1 + 3456 >> 2];
    HEAP8[$6 + 8 | 0] = $4_1;
    HEAP8[$6 + 9 | 0] = $4_1 >>> 8;
    HEAP8[$6 + 10 | 0] = $4_1 >>> 16;
    HEAP8[$6 + 11 | 0] = $4_1 >>> 24;
    HEAP8[$6 + 12 | 0] = $10_1;
    HEAP8[$6 + 13 | 0] = $10_1 >>> 8;
    HEAP8[$6 + 14 | 0] = $10_1 >>> 16;
    HEAP8[$6 + 15 | 0] = $10_1 >>> 24;
    $6 = HEAP32[$3_1 + 3468 >> 2];
    $4_1 = HEAP32[$3_1 + 3464 >> 2];
    HEAP8[$5_1 + 16 | 0] = $4_1;
    HEAP8[$5_1 + 17 | 0] = $4_1 >>> 8;
    HEAP8[$5_1 + 18 | 0] = $4_1 >>> 16;
    HEAP8[$5_1 + 19 | 0] = $4_1 >>> 24;
    HEAP8[$5_1 + 20 | 0] = $6;
    HEAP8[$5_1 + 21 | 0] = $6 >>> 8;
    HEAP8[$5_1 + 22 | 0] = $6 >>> 16;
    HEAP8[$5_1 + 23 | 0] = $6 >>> 24;
    $10_1 = HEAP32[$3_1 + 3476 >> 2];
    $6 = $5_1;
    $4_1 = HEAP32[$3_1 + 3472 >> 2];
    HEAP8[$6 + 24 | 0] = $4_1;
    HEAP8[$6 + 25 | 0] = $4_1 >>> 8;
    HEAP8[$6 + 26 | 0] = $4_1 >>> 16;
    HEAP8[$6 + 27 | 0] = $4_1 >>> 24;
    HEAP8[$6 + 28 | 0] = $10_1;
    HEAP8[$6 + 29 | 0] = $10_1 >>> 8;
    HEAP8[$6 + 30 | 0] = $10_1 >>> 16;
    HEAP8[$6 + 31 | 0] = $10_1 >>> 24;
    $19_1 = $19_1 + 1 | 0;
    if (($19_1 | 0) != 30) {
     continue
    }
    break;
   };
   $6 = HEAP32[$3_1 + 3508 >> 2];
   HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3504 >> 2];
   HEAP32[$3_1 + 6652 >> 2] = $6;
   $10_1 = HEAP32[$3_1 + 3500 >> 2];
   HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3496 >> 2];
   HEAP32[$3_1 + 6644 >> 2] = $10_1;
   $6 = HEAP32[$3_1 + 3492 >> 2];
   HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3488 >> 2];
   HEAP32[$3_1 + 6636 >> 2] = $6;
   $10_1 = HEAP32[$3_1 + 3484 >> 2];
   HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3480 >> 2];
   HEAP32[$3_1 + 6628 >> 2] = $10_1;
   $6 = HEAP32[$3_1 + 3476 >> 2];
   HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3472 >> 2];
   HEAP32[$3_1 + 6620 >> 2] = $6;
   $10_1 = HEAP32[$3_1 + 3468 >> 2];
   HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3464 >> 2];
   HEAP32[$3_1 + 6612 >> 2] = $10_1;
   $6 = HEAP32[$3_1 + 3460 >> 2];
   HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3456 >> 2];
   HEAP32[$3_1 + 6604 >> 2] = $6;
   $10_1 = HEAP32[$3_1 + 3452 >> 2];
   HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3448 >> 2];
   HEAP32[$3_1 + 6596 >> 2] = $10_1;
   HEAP32[$3_1 + 3516 >> 2] = 64;
   HEAP32[$3_1 + 3512 >> 2] = $3_1 + 6592;
   $1($3_1 + 3448 | 0, 64, $3_1 + 3512 | 0, 1);
   $6 = HEAP32[$3_1 + 3508 >> 2];
   $10_1 = $22;
   $4_1 = HEAP32[$3_1 + 3504 >> 2];
   HEAP8[$10_1 + 56 | 0] = $4_1;
   HEAP8[$10_1 + 57 | 0] = $4_1 >>> 8;
   HEAP8[$10_1 + 58 | 0] = $4_1 >>> 16;
   HEAP8[$10_1 + 59 | 0] = $4_1 >>> 24;
   HEAP8[$10_1 + 60 | 0] = $6;
   HEAP8[$10_1 + 61 | 0] = $6 >>> 8;
   HEAP8[$10_1 + 62 | 0] = $6 >>> 16;
   HEAP8[$10_1 + 63 | 0] = $6 >>> 24;
   $6 = $10_1;
   $10_1 = HEAP32[$3_1 + 3500 >> 2];
   $4_1 = HEAP32[$3_1 + 3496 >> 2];
   HEAP8[$6 + 48 | 0] = $4_1;
   HEAP8[$6 + 49 | 0] = $4_1 >>> 8;
   HEAP8[$6 + 50 | 0] = $4_1 >>> 16;
   HEAP8[$6 + 51 | 0] = $4_1 >>> 24;
   HEAP8[$6 + 52 | 0] = $10_1;
   HEAP8[$6 + 53 | 0] = $10_1 >>> 8;
   HEAP8[$6 + 54 | 0] = $10_1 >>> 16;
   HEAP8[$6 + 55 | 0] = $10_1 >>> 24;
   $10_1 = $6;
   $6 = HEAP32[$3_1 + 3492 >> 2];
   $4_1 = HEAP32[$3_1 + 3488 >> 2];
   HEAP8[$10_1 + 40 | 0] = $4_1;
   HEAP8[$10_1 + 41 | 0] = $4_1 >>> 8;
   HEAP8[$10_1 + 42 | 0] = $4_1 >>> 16;
   HEAP8[$10_1 + 43 | 0] = $4_1 >>> 24;
   HEAP8[$10_1 + 44 | 0] = $6;
   HEAP8[$10_1 + 45 | 0] = $6 >>> 8;
   HEAP8[$10_1 + 46 | 0] = $6 >>> 16;
   HEAP8[$10_1 + 47 | 0] = $6 >>> 24;
   $6 = $10_1;
   $10_1 = HEAP32[$3_1 + 3484 >> 2];
   $4_1 = HEAP32[$3_1 + 3480 >> 2];
   HEAP8[$6 + 32 | 0] = $4_1;
   HEAP8[$6 + 33 | 0] = $4_1 >>> 8;
   HEAP8[$6 + 34 | 0] = $4_1 >>> 16;
   HEAP8[$6 + 35 | 0] = $4_1 >>> 24;
   HEAP8[$6 + 36 | 0] = $10_1;
   HEAP8[$6 + 37 | 0] = $10_1 >>> 8;
   HEAP8[$6 + 38 | 0] = $10_1 >>> 16;
   HEAP8[$6 + 39 | 0] = $10_1 >>> 24;
   $10_1 = $6;
   $6 = HEAP32[$3_1 + 3476 >> 2];
   $4_1 = HEAP32[$3_1 + 3472 >> 2];
   HEAP8[$10_1 + 24 | 0] = $4_1;
   HEAP8[$10_1 + 25 | 0] = $4_1 >>> 8;
   HEAP8[$10_1 + 26 | 0] = $4_1 >>> 16;
   HEAP8[$10_1 + 27 | 0] = $4_1 >>> 24;
   HEAP8[$10_1 + 28 | 0] = $6;
   HEAP8[$10_1 + 29 | 0] = $6 >>> 8;
   HEAP8[$10_1 + 30 | 0] = $6 >>> 16;
   HEAP8[$10_1 + 31 | 0] = $6 >>> 24;
   $6 = $10_1;
   $10_1 = HEAP32[$3_1 + 3468 >> 2];
   $4_1 = HEAP32[$3_1 + 3464 >> 2];
   HEAP8[$6 + 16 | 0] = $4_1;
   HEAP8[$6 + 17 | 0] = $4_1 >>> 8;
   HEAP8[$6 + 18 | 0] = $4_1 >>> 16;
   HEAP8[$6 + 19 | 0] = $4_1 >>> 24;
   HEAP8[$6 + 20 | 0] = $10_1;
   HEAP8[$6 + 21 | 0] = $10_1 >>> 8;
   HEAP8[$6 + 22 | 0] = $10_1 >>> 16;
   HEAP8[$6 + 23 | 0] = $10_1 >>> 24;
   $10_1 = $6;
   $6 = HEAP32[$3_1 + 3460 >> 2];
   $4_1 = HEAP32[$3_1 + 3456 >> 2];
   HEAP8[$10_1 + 8 | 0] = $4_1;
   HEAP8[$10_1 + 9 | 0] = $4_1 >>> 8;
   HEAP8[$10_1 + 10 | 0] = $4_1 >>> 16;
   HEAP8[$10_1 + 11 | 0] = $4_1 >>> 24;
   HEAP8[$10_1 + 12 | 0] = $6;
   HEAP8[$10_1 + 13 | 0] = $6 >>> 8;
   HEAP8[$10_1 + 14 | 0] = $6 >>> 16;
   HEAP8[$10_1 + 15 | 0] = $6 >>> 24;
   $6 = $10_1;
   $10_1 = HEAP32[$3_1 + 3452 >> 2];
   $4_1 = HEAP32[$3_1 + 3448 >> 2];
   HEAP8[$6 | 0] = $4_1;
   HEAP8[$6 + 1 | 0] = $4_1 >>> 8;
   HEAP8[$6 + 2 | 0] = $4_1 >>> 16;
   HEAP8[$6 + 3 | 0] = $4_1 >>> 24;
   HEAP8[$6 + 4 | 0] = $10_1;
   HEAP8[$6 + 5 | 0] = $10_1 >>> 8;
   HEAP8[$6 + 6 | 0] = $10_1 >>> 16;
   HEAP8[$6 + 7 | 0] = $10_1 >>> 24;
   $9 = -1024;
   while (1) {
    $4_1 = ($9 + $3_1 | 0) + 4544 | 0;
    $5_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
    $6 = HEAPU8[$4_1 + 4 | 0] | HEAPU8[$4_1 + 5 | 0] << 8 | (HEAPU8[$4_1 + 6 | 0] << 16 | HEAPU8[$4_1 + 7 | 0] << 24);
    $10_1 = $9 + 3157504 | 0;
    HEAP32[$10_1 >> 2] = $5_1;
    HEAP32[$10_1 + 4 >> 2] = $6;
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
   $40_1 = $3_1 + 608 | 0;
   $44_1 = $3_1 + 4032 | 0;
   $41_1 = $3_1 + 480 | 0;
   $38_1 = $3_1 + 3904 | 0;
   $46_1 = $3_1 + 352 | 0;
   $50_1 = $3_1 + 3776 | 0;
   $39_1 = $3_1 + 224 | 0;
   $42_1 = $3_1 + 3648 | 0;
   while (1) {
    $45_1 = 3155456;
    $37_1 = 0;
    $29_1 = 0;
    while (1) {
     $17 = $29_1;
     $8 = $17;
     $12_1 = $37_1;
     $7 = 1;
     $5_1 = $12_1 + $7 | 0;
     $37_1 = $5_1;
     $8 = $5_1 >>> 0 < $7 >>> 0 ? $8 + 1 | 0 : $8;
     $29_1 = $8;
     $6 = $5_1;
     $7 = 12;
     $10_1 = 12;
     if (($7 & 63) >>> 0 >= 32) {
      $4_1 = $6 << $10_1;
      $5_1 = 0;
     } else {
      $4_1 = (1 << $10_1) - 1 & $6 >>> 32 - $10_1 | $8 << $10_1;
      $5_1 = $6 << $10_1;
     }
     $10_1 = !$17 & ($12_1 | 0) == 3;
     $6 = $10_1 ? 0 : $5_1;
     $7 = $10_1 ? 0 : $4_1;
     $4_1 = $43_1;
     $28 = $4_1 ? $6 : 0;
     $33 = $4_1 ? $7 : 0;
     $6 = !($12_1 | $17);
     $14 = $4_1 ? 0 : $6 ? 2 : 0;
     $4_1 = $14;
     $16 = 0;
     $30_1 = ($4_1 << 10) + $45_1 | 0;
     $6 = $17;
     $8 = $12_1;
     $4_1 = 12;
     $7 = 12;
     if (($4_1 & 63) >>> 0 >= 32) {
      $10_1 = $8 << $7;
      $27_1 = 0;
     } else {
      $10_1 = (1 << $7) - 1 & $8 >>> 32 - $7 | $6 << $7;
      $27_1 = $8 << $7;
     }
     $34_1 = $10_1;
     while (1) {
      $9 = -1024;
      $5_1 = $16 + $34_1 | 0;
      $4_1 = $27_1;
      $7 = $14 + $4_1 | 0;
      $12_1 = $7;
      $5_1 = $4_1 >>> 0 > $7 >>> 0 ? $5_1 + 1 | 0 : $5_1;
      $17 = $5_1;
      $11 = $5_1 | $7 ? ($7 << 10) - 1024 | 0 : 16776192;
      $23 = HEAP32[$11 + 3155456 >> 2];
      $25 = 0;
      wasm2js_memory_fill($3_1 + 96 | 0, 0, 1024);
      $7 = $16;
      $4_1 = 12286;
      $8 = $4_1 + $14 | 0;
      $7 = $8 >>> 0 < $4_1 >>> 0 ? $7 + 1 | 0 : $7;
      $6 = $8;
      $4_1 = 4194302;
      $5_1 = $12_1 + $4_1 | 0;
      $8 = $17;
      $8 = $4_1 >>> 0 > $5_1 >>> 0 ? $8 + 1 | 0 : $8;
      $10_1 = $43_1;
      $4_1 = $10_1 ? $6 : $5_1;
      $8 = $28;
      $6 = $8 + $4_1 | 0;
      $21 = $6;
      $5_1 = $25;
      $4_1 = __wasm_i64_mul($23, $5_1, $23, $5_1);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $7 = $4_1;
      $8 = 32;
      $4_1 = 0;
      if (($8 & 63) >>> 0 >= 32) {
       $10_1 = 0;
       $25 = $5_1 >>> $4_1 | 0;
      } else {
       $10_1 = $5_1 >>> $4_1 | 0;
       $25 = ((1 << $4_1) - 1 & $5_1) << 32 - $4_1 | $7 >>> $4_1;
      }
      $8 = 12287;
      $4_1 = $14 + $8 | 0;
      $6 = $16;
      $6 = $4_1 >>> 0 < $8 >>> 0 ? $6 + 1 | 0 : $6;
      $5_1 = $4_1;
      $8 = -1;
      $7 = $8 + $12_1 | 0;
      $4_1 = $17 - 1 | 0;
      $4_1 = $8 >>> 0 > $7 >>> 0 ? $4_1 + 1 | 0 : $4_1;
      $8 = $5_1;
      $5_1 = $43_1;
      $4_1 = __wasm_i64_mul($25, $10_1, $5_1 ? $8 : $7, $5_1 ? $6 : $4_1);
      $6 = i64toi32_i32$HIGH_BITS;
      $5_1 = $4_1;
      $4_1 = 32;
      $10_1 = 0;
      if (($4_1 & 63) >>> 0 >= 32) {
       $4_1 = $6 >>> $10_1 | 0
      } else {
       $4_1 = ((1 << $10_1) - 1 & $6) << 32 - $10_1 | $5_1 >>> $10_1
      }
      $8 = $21 - $4_1 | 0;
      $19_1 = ($8 << 10 & 16776192) + 3155456 | 0;
      $22 = $11 + 3155456 | 0;
      while (1) {
       $13 = $9 + $19_1 | 0;
       $8 = $13 + 1024 | 0;
       $5_1 = HEAP32[$8 >> 2];
       $7 = HEAP32[$8 + 4 >> 2];
       $15 = $9 + $22 | 0;
       $8 = $15 + 1024 | 0;
       $4_1 = HEAP32[$8 >> 2];
       $6 = HEAP32[$8 + 4 >> 2];
       $11 = $9 + ($3_1 + 96 | 0) | 0;
       $8 = $11 + 1024 | 0;
       HEAP32[$8 >> 2] = $4_1 ^ $5_1;
       HEAP32[$8 + 4 >> 2] = $6 ^ $7;
       $7 = $13 + 1032 | 0;
       $5_1 = HEAP32[$7 >> 2];
       $6 = HEAP32[$7 + 4 >> 2];
       $7 = $15 + 1032 | 0;
       $4_1 = HEAP32[$7 >> 2];
       $8 = HEAP32[$7 + 4 >> 2];
       $7 = $11 + 1032 | 0;
       HEAP32[$7 >> 2] = $4_1 ^ $5_1;
       HEAP32[$7 + 4 >> 2] = $6 ^ $8;
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
      wasm2js_memory_copy($42_1, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $46_1, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($50_1, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $41_1, 128);
      $2($3_1 + 3168 | 0);
      wasm2js_memory_copy($38_1, $3_1 + 3168 | 0, 128);
      wasm2js_memory_copy($3_1 + 3168 | 0, $40_1, 128);
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
       $6 = $9;
       $4_1 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3168 >> 2] = $4_1;
       HEAP32[$3_1 + 3172 >> 2] = $7;
       $13 = $6 + 8 | 0;
       $6 = $13;
       $4_1 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3176 >> 2] = $4_1;
       HEAP32[$3_1 + 3180 >> 2] = $8;
       $15 = $9 + 128 | 0;
       $6 = $15;
       $4_1 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3184 >> 2] = $4_1;
       HEAP32[$3_1 + 3188 >> 2] = $7;
       $19_1 = $9 + 136 | 0;
       $6 = $19_1;
       $4_1 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3192 >> 2] = $4_1;
       HEAP32[$3_1 + 3196 >> 2] = $8;
       $22 = $9 + 256 | 0;
       $6 = $22;
       $4_1 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3200 >> 2] = $4_1;
       HEAP32[$3_1 + 3204 >> 2] = $7;
       $20_1 = $9 + 264 | 0;
       $6 = $20_1;
       $4_1 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3208 >> 2] = $4_1;
       HEAP32[$3_1 + 3212 >> 2] = $8;
       $21 = $9 + 384 | 0;
       $6 = $21;
       $4_1 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3216 >> 2] = $4_1;
       HEAP32[$3_1 + 3220 >> 2] = $7;
       $18 = $9 + 392 | 0;
       $6 = $18;
       $4_1 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3224 >> 2] = $4_1;
       HEAP32[$3_1 + 3228 >> 2] = $8;
       $24_1 = $9 + 512 | 0;
       $6 = $24_1;
       $4_1 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3232 >> 2] = $4_1;
       HEAP32[$3_1 + 3236 >> 2] = $7;
       $26 = $9 + 520 | 0;
       $6 = $26;
       $4_1 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3240 >> 2] = $4_1;
       HEAP32[$3_1 + 3244 >> 2] = $8;
       $10_1 = $9 + 640 | 0;
       $6 = $10_1;
       $4_1 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3248 >> 2] = $4_1;
       HEAP32[$3_1 + 3252 >> 2] = $7;
       $5_1 = $9 + 648 | 0;
       $6 = $5_1;
       $4_1 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3256 >> 2] = $4_1;
       HEAP32[$3_1 + 3260 >> 2] = $8;
       $4_1 = $9 + 768 | 0;
       $8 = HEAP32[$4_1 >> 2];
       $7 = HEAP32[$4_1 + 4 >> 2];
       HEAP32[$3_1 + 3264 >> 2] = $8;
       HEAP32[$3_1 + 3268 >> 2] = $7;
       $17 = $9 + 776 | 0;
       $6 = $17;
       $7 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3272 >> 2] = $7;
       HEAP32[$3_1 + 3276 >> 2] = $8;
       $12_1 = $9 + 896 | 0;
       $6 = $12_1;
       $8 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3280 >> 2] = $8;
       HEAP32[$3_1 + 3284 >> 2] = $7;
       $6 = $9 + 904 | 0;
       $7 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       HEAP32[$3_1 + 3288 >> 2] = $7;
       HEAP32[$3_1 + 3292 >> 2] = $8;
       $2($3_1 + 3168 | 0);
       $7 = HEAP32[$3_1 + 3172 >> 2];
       HEAP32[$9 >> 2] = HEAP32[$3_1 + 3168 >> 2];
       HEAP32[$9 + 4 >> 2] = $7;
       $8 = HEAP32[$3_1 + 3180 >> 2];
       $7 = $13;
       HEAP32[$7 >> 2] = HEAP32[$3_1 + 3176 >> 2];
       HEAP32[$7 + 4 >> 2] = $8;
       $7 = HEAP32[$3_1 + 3188 >> 2];
       $8 = $15;
       HEAP32[$8 >> 2] = HEAP32[$3_1 + 3184 >> 2];
       HEAP32[$8 + 4 >> 2] = $7;
       $8 = HEAP32[$3_1 + 3196 >> 2];
       $7 = $19_1;
       HEAP32[$7 >> 2] = HEAP32[$3_1 + 3192 >> 2];
       HEAP32[$7 + 4 >> 2] = $8;
       $7 = HEAP32[$3_1 + 3204 >> 2];
       $8 = $22;
       HEAP32[$8 >> 2] = HEAP32[$3_1 + 3200 >> 2];
       HEAP32[$8 + 4 >> 2] = $7;
       $8 = HEAP32[$3_1 + 3212 >> 2];
       $7 = $20_1;
       HEAP32[$7 >> 2] = HEAP32[$3_1 + 3208 >> 2];
       HEAP32[$7 + 4 >> 2] = $8;
       $7 = HEAP32[$3_1 + 3220 >> 2];
       $8 = $21;
       HEAP32[$8 >> 2] = HEAP32[$3_1 + 3216 >> 2];
       HEAP32[$8 + 4 >> 2] = $7;
       $8 = HEAP32[$3_1 + 3228 >> 2];
       $7 = $18;
       HEAP32[$7 >> 2] = HEAP32[$3_1 + 3224 >> 2];
       HEAP32[$7 + 4 >> 2] = $8;
       $7 = HEAP32[$3_1 + 3236 >> 2];
       $8 = $24_1;
       HEAP32[$8 >> 2] = HEAP32[$3_1 + 3232 >> 2];
       HEAP32[$8 + 4 >> 2] = $7;
       $8 = HEAP32[$3_1 + 3244 >> 2];
       $7 = $26;
       HEAP32[$7 >> 2] = HEAP32[$3_1 + 3240 >> 2];
       HEAP32[$7 + 4 >> 2] = $8;
       $7 = HEAP32[$3_1 + 3252 >> 2];
       $8 = $10_1;
       HEAP32[$8 >> 2] = HEAP32[$3_1 + 3248 >> 2];
       HEAP32[$8 + 4 >> 2] = $7;
       $8 = HEAP32[$3_1 + 3260 >> 2];
       HEAP32[$5_1 >> 2] = HEAP32[$3_1 + 3256 >> 2];
       HEAP32[$5_1 + 4 >> 2] = $8;
       $7 = HEAP32[$3_1 + 3268 >> 2];
       HEAP32[$4_1 >> 2] = HEAP32[$3_1 + 3264 >> 2];
       HEAP32[$4_1 + 4 >> 2] = $7;
       $8 = HEAP32[$3_1 + 3276 >> 2];
       $7 = $17;
       HEAP32[$7 >> 2] = HEAP32[$3_1 + 3272 >> 2];
       HEAP32[$7 + 4 >> 2] = $8;
       $7 = HEAP32[$3_1 + 3284 >> 2];
       $8 = $12_1;
       HEAP32[$8 >> 2] = HEAP32[$3_1 + 3280 >> 2];
       HEAP32[$8 + 4 >> 2] = $7;
       $8 = HEAP32[$3_1 + 3292 >> 2];
       HEAP32[$6 >> 2] = HEAP32[$3_1 + 3288 >> 2];
       HEAP32[$6 + 4 >> 2] = $8;
       $11 = $11 + 16 | 0;
       if (($11 | 0) != 128) {
        continue
       }
       break;
      };
      $9 = 0;
      while (1) {
       $13 = $9 + ($3_1 + 96 | 0) | 0;
       $6 = $13;
       $5_1 = HEAP32[$6 >> 2];
       $8 = HEAP32[$6 + 4 >> 2];
       $15 = $9 + ($3_1 + 3520 | 0) | 0;
       $6 = $15;
       $5_1 = $5_1 ^ HEAP32[$6 >> 2];
       $6 = HEAP32[$6 + 4 >> 2] ^ $8;
       $11 = $9 + $30_1 | 0;
       $8 = $11;
       $4_1 = HEAP32[$8 >> 2];
       $7 = HEAP32[$8 + 4 >> 2];
       HEAP32[$8 >> 2] = $4_1 ^ $5_1;
       HEAP32[$8 + 4 >> 2] = $6 ^ $7;
       $6 = $13 + 8 | 0;
       $5_1 = HEAP32[$6 >> 2];
       $7 = HEAP32[$6 + 4 >> 2];
       $6 = $15 + 8 | 0;
       $5_1 = $5_1 ^ HEAP32[$6 >> 2];
       $6 = $7 ^ HEAP32[$6 + 4 >> 2];
       $11 = $8 + 8 | 0;
       $7 = $11;
       $4_1 = HEAP32[$7 >> 2];
       $8 = HEAP32[$7 + 4 >> 2];
       HEAP32[$7 >> 2] = $4_1 ^ $5_1;
       HEAP32[$7 + 4 >> 2] = $6 ^ $8;
       $9 = $9 + 16 | 0;
       if (($9 | 0) != 1024) {
        continue
       }
       break;
      };
      $30_1 = $30_1 + 1024 | 0;
      $10_1 = $16;
      $4_1 = 1;
      $5_1 = $14 + $4_1 | 0;
      $14 = $5_1;
      $16 = $4_1 >>> 0 > $5_1 >>> 0 ? $10_1 + 1 | 0 : $10_1;
      if (($5_1 | 0) != 4096 | $16) {
       continue
      }
      break;
     };
     $45_1 = $45_1 + 4194304 | 0;
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
   $6 = 0;
   $4_1 = $6;
   $4_1 = HEAPU8[$4_1 + 1052080 | 0] | HEAPU8[$4_1 + 1052081 | 0] << 8 | (HEAPU8[$4_1 + 1052082 | 0] << 16 | HEAPU8[$4_1 + 1052083 | 0] << 24);
   $8 = HEAPU8[$6 + 1052084 | 0] | HEAPU8[$6 + 1052085 | 0] << 8 | (HEAPU8[$6 + 1052086 | 0] << 16 | HEAPU8[$6 + 1052087 | 0] << 24);
   HEAP32[$3_1 + 3536 >> 2] = $4_1;
   HEAP32[$3_1 + 3540 >> 2] = $8;
   $4_1 = 0;
   $5_1 = HEAPU8[$4_1 + 1052085 | 0] | HEAPU8[$4_1 + 1052086 | 0] << 8 | (HEAPU8[$4_1 + 1052087 | 0] << 16 | HEAPU8[$4_1 + 1052088 | 0] << 24);
   $4_1 = HEAPU8[$6 + 1052089 | 0] | HEAPU8[$6 + 1052090 | 0] << 8 | (HEAPU8[$6 + 1052091 | 0] << 16 | HEAPU8[$6 + 1052092 | 0] << 24);
   HEAP8[$3_1 + 3541 | 0] = $5_1;
   HEAP8[$3_1 + 3542 | 0] = $5_1 >>> 8;
   HEAP8[$3_1 + 3543 | 0] = $5_1 >>> 16;
   HEAP8[$3_1 + 3544 | 0] = $5_1 >>> 24;
   HEAP8[$3_1 + 3545 | 0] = $4_1;
   HEAP8[$3_1 + 3546 | 0] = $4_1 >>> 8;
   HEAP8[$3_1 + 3547 | 0] = $4_1 >>> 16;
   HEAP8[$3_1 + 3548 | 0] = $4_1 >>> 24;
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
   $8 = HEAPU8[$6 + 1052068 | 0] | HEAPU8[$6 + 1052069 | 0] << 8 | (HEAPU8[$6 + 1052070 | 0] << 16 | HEAPU8[$6 + 1052071 | 0] << 24);
   HEAP32[$3_1 + 3168 >> 2] = $4_1;
   HEAP32[$3_1 + 3172 >> 2] = $8;
   $4_1 = 0;
   $12_1 = HEAPU8[$4_1 + 1052072 | 0] | HEAPU8[$4_1 + 1052073 | 0] << 8 | (HEAPU8[$4_1 + 1052074 | 0] << 16 | HEAPU8[$4_1 + 1052075 | 0] << 24);
   $5_1 = $12_1;
   $4_1 = HEAPU8[$6 + 1052076 | 0] | HEAPU8[$6 + 1052077 | 0] << 8 | (HEAPU8[$6 + 1052078 | 0] << 16 | HEAPU8[$6 + 1052079 | 0] << 24);
   $17 = $4_1;
   HEAP32[$3_1 + 3176 >> 2] = $5_1;
   HEAP32[$3_1 + 3180 >> 2] = $4_1;
   HEAP32[$3_1 + 3520 >> 2] = $14;
   HEAP32[$3_1 + 3524 >> 2] = $8;
   HEAP32[$3_1 + 3528 >> 2] = $5_1;
   HEAP32[$3_1 + 3532 >> 2] = $4_1;
   $8 = HEAP32[$3_1 + 3540 >> 2];
   HEAP32[$3_1 + 3184 >> 2] = HEAP32[$3_1 + 3536 >> 2];
   HEAP32[$3_1 + 3188 >> 2] = $8;
   $4_1 = HEAP32[$3_1 + 3548 >> 2];
   HEAP32[$3_1 + 3192 >> 2] = HEAP32[$3_1 + 3544 >> 2];
   HEAP32[$3_1 + 3196 >> 2] = $4_1;
   $8 = HEAP32[$3_1 + 3556 >> 2];
   HEAP32[$3_1 + 3200 >> 2] = HEAP32[$3_1 + 3552 >> 2];
   HEAP32[$3_1 + 3204 >> 2] = $8;
   $4_1 = HEAP32[$3_1 + 3564 >> 2];
   HEAP32[$3_1 + 3208 >> 2] = HEAP32[$3_1 + 3560 >> 2];
   HEAP32[$3_1 + 3212 >> 2] = $4_1;
   $8 = HEAP32[$3_1 + 3572 >> 2];
   HEAP32[$3_1 + 3216 >> 2] = HEAP32[$3_1 + 3568 >> 2];
   HEAP32[$3_1 + 3220 >> 2] = $8;
   HEAP32[$3_1 + 3224 >> 2] = HEAP32[$3_1 + 3576 >> 2];
   HEAP32[$3_1 + 3228 >> 2] = 0;
   $13 = 64;
   $18 = 0;
   while (1) {
    $15 = $18;
    $11 = -3072;
    while (1) {
     $9 = $11 + ($3_1 + 3520 | 0) | 0;
     $4_1 = $9 + 3160 | 0;
     HEAP32[$4_1 >> 2] = 0;
     HEAP32[$4_1 + 4 >> 2] = 1;
     HEAP32[$9 + 3144 >> 2] = 0;
     $4_1 = $9 + 3136 | 0;
     HEAP32[$4_1 >> 2] = 0;
     HEAP32[$4_1 + 4 >> 2] = 1;
     HEAP32[$9 + 3120 >> 2] = 0;
     $4_1 = $9 + 3112 | 0;
     HEAP32[$4_1 >> 2] = 0;
     HEAP32[$4_1 + 4 >> 2] = 1;
     HEAP32[$9 + 3096 >> 2] = 0;
     $4_1 = $9 + 3088 | 0;
     HEAP32[$4_1 >> 2] = 0;
     HEAP32[$4_1 + 4 >> 2] = 1;
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
    $24_1 = $15 + 19932680 | 0;
    $9 = 0;
    $11 = $13;
    while (1) {
     $22 = $9;
     block19 : {
      block15 : {
       block11 : {
        if ($11 + -64 >>> 0 <= 4294967230) {
         $4_1 = HEAP32[$3_1 + 3228 >> 2];
         HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3224 >> 2];
         HEAP32[$3_1 + 6652 >> 2] = $4_1;
         $8 = HEAP32[$3_1 + 3220 >> 2];
         HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3216 >> 2];
         HEAP32[$3_1 + 6644 >> 2] = $8;
         $4_1 = HEAP32[$3_1 + 3212 >> 2];
         HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3208 >> 2];
         HEAP32[$3_1 + 6636 >> 2] = $4_1;
         $8 = HEAP32[$3_1 + 3204 >> 2];
         HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3200 >> 2];
         HEAP32[$3_1 + 6628 >> 2] = $8;
         $4_1 = HEAP32[$3_1 + 3196 >> 2];
         HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3192 >> 2];
         HEAP32[$3_1 + 6620 >> 2] = $4_1;
         $8 = HEAP32[$3_1 + 3188 >> 2];
         HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3184 >> 2];
         HEAP32[$3_1 + 6612 >> 2] = $8;
         $4_1 = HEAP32[$3_1 + 3180 >> 2];
         HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3176 >> 2];
         HEAP32[$3_1 + 6604 >> 2] = $4_1;
         $8 = HEAP32[$3_1 + 3172 >> 2];
         HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3168 >> 2];
         HEAP32[$3_1 + 6596 >> 2] = $8;
         HEAP32[$3_1 + 6656 >> 2] = -222443192;
         HEAP32[$3_1 + 6660 >> 2] = 1779033703;
         $13 = 0;
         $6 = 0;
         $5_1 = HEAP32[$6 + 1049032 >> 2];
         $4_1 = HEAP32[$6 + 1049036 >> 2];
         HEAP32[$3_1 + 6712 >> 2] = $5_1;
         HEAP32[$3_1 + 6716 >> 2] = $4_1;
         $4_1 = HEAP32[0 + 1049024 >> 2];
         $8 = HEAP32[$6 + 1049028 >> 2];
         HEAP32[$3_1 + 6704 >> 2] = $4_1;
         HEAP32[$3_1 + 6708 >> 2] = $8;
         $5_1 = HEAP32[0 + 1049016 >> 2];
         $4_1 = HEAP32[$6 + 1049020 >> 2];
         HEAP32[$3_1 + 6696 >> 2] = $5_1;
         HEAP32[$3_1 + 6700 >> 2] = $4_1;
         $4_1 = HEAP32[0 + 1049008 >> 2];
         $8 = HEAP32[$6 + 1049012 >> 2];
         HEAP32[$3_1 + 6688 >> 2] = $4_1;
         HEAP32[$3_1 + 6692 >> 2] = $8;
         $5_1 = HEAP32[0 + 1049e3 >> 2];
         $4_1 = HEAP32[$6 + 1049004 >> 2];
         HEAP32[$3_1 + 6680 >> 2] = $5_1;
         HEAP32[$3_1 + 6684 >> 2] = $4_1;
         $4_1 = HEAP32[0 + 1048992 >> 2];
         $8 = HEAP32[$6 + 1048996 >> 2];
         HEAP32[$3_1 + 6672 >> 2] = $4_1;
         HEAP32[$3_1 + 6676 >> 2] = $8;
         $5_1 = HEAP32[0 + 1048984 >> 2];
         $4_1 = HEAP32[$6 + 1048988 >> 2];
         HEAP32[$3_1 + 6664 >> 2] = $5_1;
         HEAP32[$3_1 + 6668 >> 2] = $4_1;
         wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
         $14 = 0;
         $16 = 0;
         $9 = 0;
         while (1) {
          $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
          block9 : {
           if (($13 | 0) != 128) {
            $11 = $13;
            break block9;
           }
           $11 = 0;
           $5_1 = $16;
           $10_1 = 128;
           $7 = $14 + $10_1 | 0;
           $14 = $7;
           $16 = $7 >>> 0 < $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
           $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $7, $16, 0);
          }
          HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
          $13 = $11 + 1 | 0;
          $9 = $9 + 1 | 0;
          if (($9 | 0) != 64) {
           continue
          }
          break;
         };
         $9 = 0;
         $11 = $11 ^ 127;
         if ($11) {
          wasm2js_memory_fill($13 + ($3_1 + 96 | 0) | 0, 0, $11)
         }
         $7 = $16;
         $10_1 = $13;
         $8 = $14 + $10_1 | 0;
         $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $8, $8 >>> 0 < $10_1 >>> 0 ? $7 + 1 | 0 : $7, 1);
         $11 = 8;
         while (1) {
          $5_1 = ($3_1 + 6656 | 0) + ($9 & -8) | 0;
          $14 = HEAP32[$5_1 >> 2];
          $8 = $14;
          $16 = HEAP32[$5_1 + 4 >> 2];
          $4_1 = $16;
          $5_1 = $8;
          $10_1 = $11 & 56;
          $6 = $10_1 & 31;
          $13 = $9 + ($3_1 + 3168 | 0) | 0;
          $8 = $13 + 1 | 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $4_1 >>> $6 | 0
          } else {
           $4_1 = ((1 << $6) - 1 & $4_1) << 32 - $6 | $5_1 >>> $6
          }
          HEAP8[$8 | 0] = $4_1;
          $7 = $16;
          $4_1 = $14;
          $10_1 = $11 - 8 & 48;
          $6 = $10_1 & 31;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $7 >>> $6 | 0
          } else {
           $4_1 = ((1 << $6) - 1 & $7) << 32 - $6 | $4_1 >>> $6
          }
          HEAP8[$13 | 0] = $4_1;
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
        $4_1 = HEAP32[$3_1 + 3228 >> 2];
        HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3224 >> 2];
        HEAP32[$3_1 + 6652 >> 2] = $4_1;
        $5_1 = HEAP32[$3_1 + 3220 >> 2];
        HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3216 >> 2];
        HEAP32[$3_1 + 6644 >> 2] = $5_1;
        $4_1 = HEAP32[$3_1 + 3212 >> 2];
        HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3208 >> 2];
        HEAP32[$3_1 + 6636 >> 2] = $4_1;
        $5_1 = HEAP32[$3_1 + 3204 >> 2];
        HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3200 >> 2];
        HEAP32[$3_1 + 6628 >> 2] = $5_1;
        $4_1 = HEAP32[$3_1 + 3196 >> 2];
        HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3192 >> 2];
        HEAP32[$3_1 + 6620 >> 2] = $4_1;
        $5_1 = HEAP32[$3_1 + 3188 >> 2];
        HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3184 >> 2];
        HEAP32[$3_1 + 6612 >> 2] = $5_1;
        $4_1 = HEAP32[$3_1 + 3180 >> 2];
        HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3176 >> 2];
        HEAP32[$3_1 + 6604 >> 2] = $4_1;
        $5_1 = HEAP32[$3_1 + 3172 >> 2];
        HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3168 >> 2];
        HEAP32[$3_1 + 6596 >> 2] = $5_1;
        HEAP32[$3_1 + 6656 >> 2] = -222443192;
        HEAP32[$3_1 + 6660 >> 2] = 1779033703;
        $13 = 0;
        $7 = 0;
        $5_1 = HEAP32[$7 + 1049032 >> 2];
        $4_1 = HEAP32[$7 + 1049036 >> 2];
        HEAP32[$3_1 + 6712 >> 2] = $5_1;
        HEAP32[$3_1 + 6716 >> 2] = $4_1;
        $4_1 = HEAP32[0 + 1049024 >> 2];
        $5_1 = HEAP32[$7 + 1049028 >> 2];
        HEAP32[$3_1 + 6704 >> 2] = $4_1;
        HEAP32[$3_1 + 6708 >> 2] = $5_1;
        $5_1 = HEAP32[0 + 1049016 >> 2];
        $4_1 = HEAP32[$7 + 1049020 >> 2];
        HEAP32[$3_1 + 6696 >> 2] = $5_1;
        HEAP32[$3_1 + 6700 >> 2] = $4_1;
        $4_1 = HEAP32[0 + 1049008 >> 2];
        $5_1 = HEAP32[$7 + 1049012 >> 2];
        HEAP32[$3_1 + 6688 >> 2] = $4_1;
        HEAP32[$3_1 + 6692 >> 2] = $5_1;
        $5_1 = HEAP32[0 + 1049e3 >> 2];
        $4_1 = HEAP32[$7 + 1049004 >> 2];
        HEAP32[$3_1 + 6680 >> 2] = $5_1;
        HEAP32[$3_1 + 6684 >> 2] = $4_1;
        $4_1 = HEAP32[0 + 1048992 >> 2];
        $5_1 = HEAP32[$7 + 1048996 >> 2];
        HEAP32[$3_1 + 6672 >> 2] = $4_1;
        HEAP32[$3_1 + 6676 >> 2] = $5_1;
        $5_1 = HEAP32[0 + 1048984 >> 2];
        $4_1 = HEAP32[$7 + 1048988 >> 2];
        HEAP32[$3_1 + 6664 >> 2] = $5_1;
        HEAP32[$3_1 + 6668 >> 2] = $4_1;
        wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
        $14 = 0;
        $16 = 0;
        $9 = 0;
        while (1) {
         $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
         block13 : {
          if (($13 | 0) != 128) {
           $11 = $13;
           break block13;
          }
          $11 = 0;
          $8 = $16;
          $10_1 = 128;
          $6 = $14 + $10_1 | 0;
          $14 = $6;
          $16 = $6 >>> 0 < $10_1 >>> 0 ? $8 + 1 | 0 : $8;
          $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $6, $16, 0);
         }
         HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
         $13 = $11 + 1 | 0;
         $9 = $9 + 1 | 0;
         if (($9 | 0) != 64) {
          continue
         }
         break;
        };
        $9 = 0;
        $11 = $11 ^ 127;
        if ($11) {
         wasm2js_memory_fill($13 + ($3_1 + 96 | 0) | 0, 0, $11)
        }
        $6 = $16;
        $10_1 = $13;
        $5_1 = $14 + $10_1 | 0;
        $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $5_1, $5_1 >>> 0 < $10_1 >>> 0 ? $6 + 1 | 0 : $6, 1);
        $11 = 8;
        while (1) {
         $8 = ($3_1 + 6656 | 0) + ($9 & -8) | 0;
         $14 = HEAP32[$8 >> 2];
         $5_1 = $14;
         $16 = HEAP32[$8 + 4 >> 2];
         $4_1 = $16;
         $8 = $5_1;
         $10_1 = $11 & 56;
         $7 = $10_1 & 31;
         $13 = $9 + ($3_1 + 3168 | 0) | 0;
         $5_1 = $13 + 1 | 0;
         if (($10_1 & 63) >>> 0 >= 32) {
          $4_1 = $4_1 >>> $7 | 0
         } else {
          $4_1 = ((1 << $7) - 1 & $4_1) << 32 - $7 | $8 >>> $7
         }
         HEAP8[$5_1 | 0] = $4_1;
         $6 = $16;
         $4_1 = $14;
         $10_1 = $11 - 8 & 48;
         $7 = $10_1 & 31;
         if (($10_1 & 63) >>> 0 >= 32) {
          $4_1 = $6 >>> $7 | 0
         } else {
          $4_1 = ((1 << $7) - 1 & $6) << 32 - $7 | $4_1 >>> $7
         }
         HEAP8[$13 | 0] = $4_1;
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
       if ($9 - 63 >>> 0 > 4294967230) {
        break block15
       }
       $4_1 = HEAP32[$3_1 + 3228 >> 2];
       HEAP32[$3_1 + 6648 >> 2] = HEAP32[$3_1 + 3224 >> 2];
       HEAP32[$3_1 + 6652 >> 2] = $4_1;
       $8 = HEAP32[$3_1 + 3220 >> 2];
       HEAP32[$3_1 + 6640 >> 2] = HEAP32[$3_1 + 3216 >> 2];
       HEAP32[$3_1 + 6644 >> 2] = $8;
       $4_1 = HEAP32[$3_1 + 3212 >> 2];
       HEAP32[$3_1 + 6632 >> 2] = HEAP32[$3_1 + 3208 >> 2];
       HEAP32[$3_1 + 6636 >> 2] = $4_1;
       $8 = HEAP32[$3_1 + 3204 >> 2];
       HEAP32[$3_1 + 6624 >> 2] = HEAP32[$3_1 + 3200 >> 2];
       HEAP32[$3_1 + 6628 >> 2] = $8;
       $4_1 = HEAP32[$3_1 + 3196 >> 2];
       HEAP32[$3_1 + 6616 >> 2] = HEAP32[$3_1 + 3192 >> 2];
       HEAP32[$3_1 + 6620 >> 2] = $4_1;
       $8 = HEAP32[$3_1 + 3188 >> 2];
       HEAP32[$3_1 + 6608 >> 2] = HEAP32[$3_1 + 3184 >> 2];
       HEAP32[$3_1 + 6612 >> 2] = $8;
       $4_1 = HEAP32[$3_1 + 3180 >> 2];
       HEAP32[$3_1 + 6600 >> 2] = HEAP32[$3_1 + 3176 >> 2];
       HEAP32[$3_1 + 6604 >> 2] = $4_1;
       $8 = HEAP32[$3_1 + 3172 >> 2];
       HEAP32[$3_1 + 6592 >> 2] = HEAP32[$3_1 + 3168 >> 2];
       HEAP32[$3_1 + 6596 >> 2] = $8;
       HEAP32[$3_1 + 6656 >> 2] = -222443192;
       HEAP32[$3_1 + 6660 >> 2] = 1779033703;
       $13 = 0;
       $6 = 0;
       $5_1 = HEAP32[$6 + 1049032 >> 2];
       $4_1 = HEAP32[$6 + 1049036 >> 2];
       HEAP32[$3_1 + 6712 >> 2] = $5_1;
       HEAP32[$3_1 + 6716 >> 2] = $4_1;
       $4_1 = HEAP32[0 + 1049024 >> 2];
       $8 = HEAP32[$6 + 1049028 >> 2];
       HEAP32[$3_1 + 6704 >> 2] = $4_1;
       HEAP32[$3_1 + 6708 >> 2] = $8;
       $5_1 = HEAP32[0 + 1049016 >> 2];
       $4_1 = HEAP32[$6 + 1049020 >> 2];
       HEAP32[$3_1 + 6696 >> 2] = $5_1;
       HEAP32[$3_1 + 6700 >> 2] = $4_1;
       $4_1 = HEAP32[0 + 1049008 >> 2];
       $8 = HEAP32[$6 + 1049012 >> 2];
       HEAP32[$3_1 + 6688 >> 2] = $4_1;
       HEAP32[$3_1 + 6692 >> 2] = $8;
       $5_1 = HEAP32[0 + 1049e3 >> 2];
       $4_1 = HEAP32[$6 + 1049004 >> 2];
       HEAP32[$3_1 + 6680 >> 2] = $5_1;
       HEAP32[$3_1 + 6684 >> 2] = $4_1;
       $4_1 = HEAP32[0 + 1048992 >> 2];
       $8 = HEAP32[$6 + 1048996 >> 2];
       HEAP32[$3_1 + 6672 >> 2] = $4_1;
       HEAP32[$3_1 + 6676 >> 2] = $8;
       $5_1 = HEAP32[0 + 1048984 >> 2];
       $4_1 = HEAP32[$6 + 1048988 >> 2];
       HEAP32[$3_1 + 6664 >> 2] = $5_1;
       HEAP32[$3_1 + 6668 >> 2] = $4_1;
       wasm2js_memory_fill($3_1 + 96 | 0, 0, 128);
       $14 = 0;
       $16 = 0;
       $9 = 0;
       while (1) {
        $15 = HEAPU8[$9 + ($3_1 + 6592 | 0) | 0];
        block17 : {
         if (($13 | 0) != 128) {
          $11 = $13;
          break block17;
         }
         $11 = 0;
         $5_1 = $16;
         $10_1 = 128;
         $7 = $14 + $10_1 | 0;
         $14 = $7;
         $16 = $7 >>> 0 < $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
         $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $7, $16, 0);
        }
        HEAP8[$11 + ($3_1 + 96 | 0) | 0] = $15;
        $13 = $11 + 1 | 0;
        $9 = $9 + 1 | 0;
        if (($9 | 0) != 64) {
         continue
        }
        break;
       };
       $9 = 0;
       $11 = $11 ^ 127;
       if ($11) {
        wasm2js_memory_fill($13 + ($3_1 + 96 | 0) | 0, 0, $11)
       }
       $7 = $16;
       $10_1 = $13;
       $8 = $14 + $10_1 | 0;
       $0($3_1 + 6656 | 0, $3_1 + 96 | 0, $8, $8 >>> 0 < $10_1 >>> 0 ? $7 + 1 | 0 : $7, 1);
       $11 = 8;
       while (1) {
        $5_1 = ($3_1 + 6656 | 0) + ($9 & -8) | 0;
        $14 = HEAP32[$5_1 >> 2];
        $8 = $14;
        $16 = HEAP32[$5_1 + 4 >> 2];
        $4_1 = $16;
        $5_1 = $8;
        $10_1 = $11 & 56;
        $6 = $10_1 & 31;
        $13 = $9 + ($3_1 + 3168 | 0) | 0;
        $8 = $13 + 1 | 0;
        if (($10_1 & 63) >>> 0 >= 32) {
         $4_1 = $4_1 >>> $6 | 0
        } else {
         $4_1 = ((1 << $6) - 1 & $4_1) << 32 - $6 | $5_1 >>> $6
        }
        HEAP8[$8 | 0] = $4_1;
        $7 = $16;
        $4_1 = $14;
        $10_1 = $11 - 8 & 48;
        $6 = $10_1 & 31;
        if (($10_1 & 63) >>> 0 >= 32) {
         $4_1 = $7 >>> $6 | 0
        } else {
         $4_1 = ((1 << $6) - 1 & $7) << 32 - $6 | $4_1 >>> $6
        }
        HEAP8[$13 | 0] = $4_1;
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
     $13 = 0;
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
             $13 = 1;
             if ($20_1 >>> 0 >= 58) {
              break block30
             }
             $20_1 = 7;
             break block23;
            }
            block32 : {
             if ($9 + -64 >>> 0 <= 4294967230) {
              $4_1 = HEAP32[$3_1 + 3228 >> 2];
              HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
              HEAP32[$3_1 + 156 >> 2] = $4_1;
              $5_1 = HEAP32[$3_1 + 3220 >> 2];
              HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
              HEAP32[$3_1 + 148 >> 2] = $5_1;
              $4_1 = HEAP32[$3_1 + 3212 >> 2];
              HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
              HEAP32[$3_1 + 140 >> 2] = $4_1;
              $5_1 = HEAP32[$3_1 + 3204 >> 2];
              HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
              HEAP32[$3_1 + 132 >> 2] = $5_1;
              $4_1 = HEAP32[$3_1 + 3196 >> 2];
              HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
              HEAP32[$3_1 + 124 >> 2] = $4_1;
              $5_1 = HEAP32[$3_1 + 3188 >> 2];
              HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
              HEAP32[$3_1 + 116 >> 2] = $5_1;
              $4_1 = HEAP32[$3_1 + 3180 >> 2];
              HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
              HEAP32[$3_1 + 108 >> 2] = $4_1;
              $5_1 = HEAP32[$3_1 + 3172 >> 2];
              HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
              HEAP32[$3_1 + 100 >> 2] = $5_1;
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
            if ($9 + -64 >>> 0 <= 4294967230) {
             $4_1 = HEAP32[$3_1 + 3228 >> 2];
             HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
             HEAP32[$3_1 + 156 >> 2] = $4_1;
             $5_1 = HEAP32[$3_1 + 3220 >> 2];
             HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
             HEAP32[$3_1 + 148 >> 2] = $5_1;
             $4_1 = HEAP32[$3_1 + 3212 >> 2];
             HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
             HEAP32[$3_1 + 140 >> 2] = $4_1;
             $5_1 = HEAP32[$3_1 + 3204 >> 2];
             HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
             HEAP32[$3_1 + 132 >> 2] = $5_1;
             $4_1 = HEAP32[$3_1 + 3196 >> 2];
             HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
             HEAP32[$3_1 + 124 >> 2] = $4_1;
             $5_1 = HEAP32[$3_1 + 3188 >> 2];
             HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
             HEAP32[$3_1 + 116 >> 2] = $5_1;
             $4_1 = HEAP32[$3_1 + 3180 >> 2];
             HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
             HEAP32[$3_1 + 108 >> 2] = $4_1;
             $5_1 = HEAP32[$3_1 + 3172 >> 2];
             HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
             HEAP32[$3_1 + 100 >> 2] = $5_1;
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
           if ($9 - 61 >>> 0 <= 4294967230) {
            $4_1 = HEAP32[$3_1 + 3228 >> 2];
            HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
            HEAP32[$3_1 + 156 >> 2] = $4_1;
            $5_1 = HEAP32[$3_1 + 3220 >> 2];
            HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
            HEAP32[$3_1 + 148 >> 2] = $5_1;
            $4_1 = HEAP32[$3_1 + 3212 >> 2];
            HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
            HEAP32[$3_1 + 140 >> 2] = $4_1;
            $5_1 = HEAP32[$3_1 + 3204 >> 2];
            HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
            HEAP32[$3_1 + 132 >> 2] = $5_1;
            $4_1 = HEAP32[$3_1 + 3196 >> 2];
            HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
            HEAP32[$3_1 + 124 >> 2] = $4_1;
            $5_1 = HEAP32[$3_1 + 3188 >> 2];
            HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
            HEAP32[$3_1 + 116 >> 2] = $5_1;
            $4_1 = HEAP32[$3_1 + 3180 >> 2];
            HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
            HEAP32[$3_1 + 108 >> 2] = $4_1;
            $5_1 = HEAP32[$3_1 + 3172 >> 2];
            HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
            HEAP32[$3_1 + 100 >> 2] = $5_1;
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
          $5_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
          $4_1 = $5_1 >> 31;
          $12_1 = $5_1;
          $17 = $4_1;
          $20_1 = 5;
          break block21;
         }
         block38 : {
          if ($9 - 61 >>> 0 <= 4294967230) {
           $5_1 = HEAP32[$3_1 + 3228 >> 2];
           HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
           HEAP32[$3_1 + 156 >> 2] = $5_1;
           $4_1 = HEAP32[$3_1 + 3220 >> 2];
           HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
           HEAP32[$3_1 + 148 >> 2] = $4_1;
           $5_1 = HEAP32[$3_1 + 3212 >> 2];
           HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
           HEAP32[$3_1 + 140 >> 2] = $5_1;
           $4_1 = HEAP32[$3_1 + 3204 >> 2];
           HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
           HEAP32[$3_1 + 132 >> 2] = $4_1;
           $5_1 = HEAP32[$3_1 + 3196 >> 2];
           HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
           HEAP32[$3_1 + 124 >> 2] = $5_1;
           $4_1 = HEAP32[$3_1 + 3188 >> 2];
           HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
           HEAP32[$3_1 + 116 >> 2] = $4_1;
           $5_1 = HEAP32[$3_1 + 3180 >> 2];
           HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
           HEAP32[$3_1 + 108 >> 2] = $5_1;
           $4_1 = HEAP32[$3_1 + 3172 >> 2];
           HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
           HEAP32[$3_1 + 100 >> 2] = $4_1;
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
         $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
         $5_1 = $4_1 >> 31;
         $12_1 = $4_1;
         $17 = $5_1;
         $20_1 = 6;
         break block21;
        }
        if ($20_1 >>> 0 < 60) {
         $20_1 = 8;
         break block23;
        }
        block41 : {
         if ($9 - 61 >>> 0 <= 4294967230) {
          $4_1 = HEAP32[$3_1 + 3228 >> 2];
          HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 3224 >> 2];
          HEAP32[$3_1 + 156 >> 2] = $4_1;
          $5_1 = HEAP32[$3_1 + 3220 >> 2];
          HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 3216 >> 2];
          HEAP32[$3_1 + 148 >> 2] = $5_1;
          $4_1 = HEAP32[$3_1 + 3212 >> 2];
          HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 3208 >> 2];
          HEAP32[$3_1 + 140 >> 2] = $4_1;
          $5_1 = HEAP32[$3_1 + 3204 >> 2];
          HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 3200 >> 2];
          HEAP32[$3_1 + 132 >> 2] = $5_1;
          $4_1 = HEAP32[$3_1 + 3196 >> 2];
          HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 3192 >> 2];
          HEAP32[$3_1 + 124 >> 2] = $4_1;
          $5_1 = HEAP32[$3_1 + 3188 >> 2];
          HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 3184 >> 2];
          HEAP32[$3_1 + 116 >> 2] = $5_1;
          $4_1 = HEAP32[$3_1 + 3180 >> 2];
          HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 3176 >> 2];
          HEAP32[$3_1 + 108 >> 2] = $4_1;
          $5_1 = HEAP32[$3_1 + 3172 >> 2];
          HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 3168 >> 2];
          HEAP32[$3_1 + 100 >> 2] = $5_1;
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
        $4_1 = $9 + ($3_1 + 3168 | 0) | 0;
        $14 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24) | 3;
        $16 = 0;
        $12_1 = __wasm_i64_udiv(0, -2147483648, $14, $16);
        $4_1 = $12_1;
        $17 = i64toi32_i32$HIGH_BITS;
        $5_1 = $17;
        $23 = 32 - Math_clz32($14) | 0;
        $10_1 = $23;
        $6 = $10_1 & 31;
        if (($10_1 & 63) >>> 0 >= 32) {
         $7 = $4_1 << $6;
         $9 = 0;
        } else {
         $7 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $5_1 << $6;
         $9 = $4_1 << $6;
        }
        $6 = $7;
        $5_1 = 0;
        $10_1 = __wasm_i64_mul($12_1, $17, $14, $16);
        $7 = $5_1 - $10_1 | 0;
        $8 = -2147483648 - (i64toi32_i32$HIGH_BITS + ($5_1 >>> 0 < $10_1 >>> 0) | 0) | 0;
        $10_1 = $23;
        $4_1 = $10_1 & 31;
        if (($10_1 & 63) >>> 0 >= 32) {
         $5_1 = $7 << $4_1;
         $4_1 = 0;
        } else {
         $5_1 = (1 << $4_1) - 1 & $7 >>> 32 - $4_1 | $8 << $4_1;
         $4_1 = $7 << $4_1;
        }
        $10_1 = __wasm_i64_udiv($4_1, $5_1, $14, $16);
        $4_1 = $9 + $10_1 | 0;
        $6 = $6 + i64toi32_i32$HIGH_BITS | 0;
        $12_1 = $4_1;
        $17 = $4_1 >>> 0 < $10_1 >>> 0 ? $6 + 1 | 0 : $6;
        $20_1 = 9;
        break block21;
       }
       $11 = HEAPU8[$19_1 | $3_1 + 3448];
       $20_1 = $11 ? 1 : 3;
       $13 = $11 ^ 1;
      }
      $11 = $9;
     }
     $9 = $22 + ($3_1 + 3520 | 0) | 0;
     HEAP32[$9 + 20 >> 2] = $15;
     HEAP32[$9 + 16 >> 2] = $19_1;
     HEAP32[$9 + 8 >> 2] = $12_1;
     HEAP32[$9 + 12 >> 2] = $17;
     HEAP32[$9 + 4 >> 2] = $21;
     HEAP32[$9 >> 2] = $20_1;
     HEAP8[$19_1 | $3_1 + 3448] = $13;
     $9 = $22 + 24 | 0;
     if (($9 | 0) != 3072) {
      continue
     }
     break;
    };
    block43 : {
     if ($11 + -64 >>> 0 <= 4294967230) {
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
      $11 = 0;
      $13 = 1;
      break block43;
     }
     $13 = $11 + 1 | 0;
    }
    HEAP32[$3_1 + 3232 >> 2] = $13;
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
  HEAP32[$3_1 + 152 >> 2] = 372329608;
  HEAP32[$3_1 + 156 >> 2] = 1226215764;
  HEAP32[$3_1 + 144 >> 2] = 1794081077;
  HEAP32[$3_1 + 148 >> 2] = -1313197700;
  HEAP32[$3_1 + 136 >> 2] = -188712625;
  HEAP32[$3_1 + 140 >> 2] = 1042342725;
  HEAP32[$3_1 + 128 >> 2] = 1058169585;
  HEAP32[$3_1 + 132 >> 2] = -1617658170;
  HEAP32[$3_1 + 120 >> 2] = 388354936;
  HEAP32[$3_1 + 124 >> 2] = 228711502;
  HEAP32[$3_1 + 112 >> 2] = 1836887815;
  HEAP32[$3_1 + 116 >> 2] = -2073399027;
  HEAP32[$3_1 + 104 >> 2] = -608873173;
  HEAP32[$3_1 + 108 >> 2] = -1259058921;
  HEAP32[$3_1 + 96 >> 2] = 1840031059;
  HEAP32[$3_1 + 100 >> 2] = 1651598857;
  $8 = HEAP32[$3_1 + 6652 >> 2];
  HEAP32[$3_1 + 3576 >> 2] = HEAP32[$3_1 + 6648 >> 2];
  HEAP32[$3_1 + 3580 >> 2] = $8;
  $6 = HEAP32[$3_1 + 6644 >> 2];
  HEAP32[$3_1 + 3568 >> 2] = HEAP32[$3_1 + 6640 >> 2];
  HEAP32[$3_1 + 3572 >> 2] = $6;
  $8 = HEAP32[$3_1 + 6636 >> 2];
  HEAP32[$3_1 + 3560 >> 2] = HEAP32[$3_1 + 6632 >> 2];
  HEAP32[$3_1 + 3564 >> 2] = $8;
  $6 = HEAP32[$3_1 + 6628 >> 2];
  HEAP32[$3_1 + 3552 >> 2] = HEAP32[$3_1 + 6624 >> 2];
  HEAP32[$3_1 + 3556 >> 2] = $6;
  $8 = HEAP32[$3_1 + 6620 >> 2];
  HEAP32[$3_1 + 3544 >> 2] = HEAP32[$3_1 + 6616 >> 2];
  HEAP32[$3_1 + 3548 >> 2] = $8;
  $6 = HEAP32[$3_1 + 6612 >> 2];
  HEAP32[$3_1 + 3536 >> 2] = HEAP32[$3_1 + 6608 >> 2];
  HEAP32[$3_1 + 3540 >> 2] = $6;
  $8 = HEAP32[$3_1 + 6604 >> 2];
  HEAP32[$3_1 + 3528 >> 2] = HEAP32[$3_1 + 6600 >> 2];
  HEAP32[$3_1 + 3532 >> 2] = $8;
  $6 = HEAP32[$3_1 + 6596 >> 2];
  HEAP32[$3_1 + 3520 >> 2] = HEAP32[$3_1 + 6592 >> 2];
  HEAP32[$3_1 + 3524 >> 2] = $6;
  $6 = 2097152;
  $12_1 = 1052608;
  while (1) {
   $18 = 0;
   $13 = -64;
   while (1) {
    $15 = $13 + ($3_1 + 3520 | 0) | 0;
    $20_1 = $15 - -64 | 0;
    $0_1 = $20_1;
    $11 = $18 & 1;
    $9 = (!$11 << 10) + 1049320 | 0;
    $24_1 = $15 + 68 | 0;
    $19_1 = HEAP32[$24_1 >> 2];
    $26 = $15 + 76 | 0;
    $22 = HEAP32[$26 >> 2];
    $10_1 = $11 ? $19_1 : $22;
    $1_1 = __wasm_rotl_i32(HEAP32[$9 + ($10_1 >>> 6 & 1020) >> 2], 8);
    $20_1 = HEAP32[$20_1 >> 2];
    $5_1 = $15 + 72 | 0;
    $15 = HEAP32[$5_1 >> 2];
    $4_1 = $11 ? $22 : $19_1;
    $21 = $13 + ($3_1 + 96 | 0) | 0;
    (wasm2js_i32$0 = $0_1, wasm2js_i32$1 = $1_1 ^ HEAP32[(($20_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($4_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$21 - -64 >> 2]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $17 = $11 ? $15 : $20_1;
    $11 = $11 ? $20_1 : $15;
    (wasm2js_i32$0 = $24_1, wasm2js_i32$1 = __wasm_rotl_i32(HEAP32[($17 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($19_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($22 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($11 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$21 + 68 >> 2]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    (wasm2js_i32$0 = $5_1, wasm2js_i32$1 = __wasm_rotl_i32(HEAP32[($4_1 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($15 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($20_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$21 + 72 >> 2]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    (wasm2js_i32$0 = $26, wasm2js_i32$1 = __wasm_rotl_i32(HEAP32[($11 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($22 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($17 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$21 + 76 >> 2]), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $18 = $18 + 1 | 0;
    $13 = $13 + 16 | 0;
    if ($13) {
     continue
    }
    break;
   };
   $9 = HEAP32[$3_1 + 3520 >> 2];
   HEAP8[$12_1 | 0] = $9;
   HEAP8[$12_1 + 1 | 0] = $9 >>> 8;
   HEAP8[$12_1 + 2 | 0] = $9 >>> 16;
   HEAP8[$12_1 + 3 | 0] = $9 >>> 24;
   $11 = HEAP32[$3_1 + 3524 >> 2];
   $0_1 = $11;
   HEAP8[$12_1 + 4 | 0] = $0_1;
   HEAP8[$12_1 + 5 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 6 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 7 | 0] = $0_1 >>> 24;
   $13 = HEAP32[$3_1 + 3528 >> 2];
   $0_1 = $13;
   HEAP8[$12_1 + 8 | 0] = $0_1;
   HEAP8[$12_1 + 9 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 10 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 11 | 0] = $0_1 >>> 24;
   $15 = HEAP32[$3_1 + 3532 >> 2];
   $0_1 = $15;
   HEAP8[$12_1 + 12 | 0] = $0_1;
   HEAP8[$12_1 + 13 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 14 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 15 | 0] = $0_1 >>> 24;
   $19_1 = HEAP32[$3_1 + 3536 >> 2];
   $0_1 = $19_1;
   HEAP8[$12_1 + 16 | 0] = $0_1;
   HEAP8[$12_1 + 17 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 18 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 19 | 0] = $0_1 >>> 24;
   $22 = HEAP32[$3_1 + 3540 >> 2];
   $0_1 = $22;
   HEAP8[$12_1 + 20 | 0] = $0_1;
   HEAP8[$12_1 + 21 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 22 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 23 | 0] = $0_1 >>> 24;
   $20_1 = HEAP32[$3_1 + 3544 >> 2];
   $0_1 = $20_1;
   HEAP8[$12_1 + 24 | 0] = $0_1;
   HEAP8[$12_1 + 25 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 26 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 27 | 0] = $0_1 >>> 24;
   $21 = HEAP32[$3_1 + 3548 >> 2];
   $0_1 = $21;
   HEAP8[$12_1 + 28 | 0] = $0_1;
   HEAP8[$12_1 + 29 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 30 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 31 | 0] = $0_1 >>> 24;
   $18 = HEAP32[$3_1 + 3552 >> 2];
   $0_1 = $18;
   HEAP8[$12_1 + 32 | 0] = $0_1;
   HEAP8[$12_1 + 33 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 34 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 35 | 0] = $0_1 >>> 24;
   $24_1 = HEAP32[$3_1 + 3556 >> 2];
   $0_1 = $24_1;
   HEAP8[$12_1 + 36 | 0] = $0_1;
   HEAP8[$12_1 + 37 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 38 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 39 | 0] = $0_1 >>> 24;
   $26 = HEAP32[$3_1 + 3560 >> 2];
   $0_1 = $26;
   HEAP8[$12_1 + 40 | 0] = $0_1;
   HEAP8[$12_1 + 41 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 42 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 43 | 0] = $0_1 >>> 24;
   $10_1 = HEAP32[$3_1 + 3564 >> 2];
   $0_1 = $10_1;
   HEAP8[$12_1 + 44 | 0] = $0_1;
   HEAP8[$12_1 + 45 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 46 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 47 | 0] = $0_1 >>> 24;
   $5_1 = HEAP32[$3_1 + 3568 >> 2];
   HEAP8[$12_1 + 48 | 0] = $5_1;
   HEAP8[$12_1 + 49 | 0] = $5_1 >>> 8;
   HEAP8[$12_1 + 50 | 0] = $5_1 >>> 16;
   HEAP8[$12_1 + 51 | 0] = $5_1 >>> 24;
   $4_1 = HEAP32[$3_1 + 3572 >> 2];
   HEAP8[$12_1 + 52 | 0] = $4_1;
   HEAP8[$12_1 + 53 | 0] = $4_1 >>> 8;
   HEAP8[$12_1 + 54 | 0] = $4_1 >>> 16;
   HEAP8[$12_1 + 55 | 0] = $4_1 >>> 24;
   $17 = HEAP32[$3_1 + 3576 >> 2];
   $0_1 = $17;
   HEAP8[$12_1 + 56 | 0] = $0_1;
   HEAP8[$12_1 + 57 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 58 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 59 | 0] = $0_1 >>> 24;
   $30_1 = HEAP32[$3_1 + 3580 >> 2];
   $0_1 = $30_1;
   HEAP8[$12_1 + 60 | 0] = $0_1;
   HEAP8[$12_1 + 61 | 0] = $0_1 >>> 8;
   HEAP8[$12_1 + 62 | 0] = $0_1 >>> 16;
   HEAP8[$12_1 + 63 | 0] = $0_1 >>> 24;
   $12_1 = $12_1 - -64 | 0;
   $6 = $6 + -64 | 0;
   if ($6) {
    continue
   }
   break;
  };
  HEAP32[$3_1 + 6652 >> 2] = $0_1;
  HEAP32[$3_1 + 6648 >> 2] = $17;
  HEAP32[$3_1 + 6644 >> 2] = $4_1;
  HEAP32[$3_1 + 6640 >> 2] = $5_1;
  HEAP32[$3_1 + 6636 >> 2] = $10_1;
  HEAP32[$3_1 + 6632 >> 2] = $26;
  HEAP32[$3_1 + 6628 >> 2] = $24_1;
  HEAP32[$3_1 + 6624 >> 2] = $18;
  HEAP32[$3_1 + 6620 >> 2] = $21;
  HEAP32[$3_1 + 6616 >> 2] = $20_1;
  HEAP32[$3_1 + 6612 >> 2] = $22;
  HEAP32[$3_1 + 6608 >> 2] = $19_1;
  HEAP32[$3_1 + 6604 >> 2] = $15;
  HEAP32[$3_1 + 6600 >> 2] = $13;
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
          HEAP32[$3_1 + 6712 >> 2] = 1121180633;
          HEAP32[$3_1 + 6716 >> 2] = 1995889416;
          HEAP32[$3_1 + 6704 >> 2] = -2129905110;
          HEAP32[$3_1 + 6708 >> 2] = -1716932865;
          HEAP32[$3_1 + 6696 >> 2] = -1490576686;
          HEAP32[$3_1 + 6700 >> 2] = 1026706092;
          HEAP32[$3_1 + 6688 >> 2] = 290211748;
          HEAP32[$3_1 + 6692 >> 2] = -718995996;
          HEAP32[$3_1 + 6680 >> 2] = -1118020925;
          HEAP32[$3_1 + 6684 >> 2] = 1732378588;
          HEAP32[$3_1 + 6672 >> 2] = 1784005712;
          HEAP32[$3_1 + 6676 >> 2] = -18339958;
          HEAP32[$3_1 + 6664 >> 2] = 337609399;
          HEAP32[$3_1 + 6668 >> 2] = -818569579;
          HEAP32[$3_1 + 6656 >> 2] = -124762531;
          HEAP32[$3_1 + 6660 >> 2] = 2147214502;
          $8 = HEAP32[$3_1 + 6652 >> 2];
          HEAP32[$3_1 + 152 >> 2] = HEAP32[$3_1 + 6648 >> 2];
          HEAP32[$3_1 + 156 >> 2] = $8;
          $6 = HEAP32[$3_1 + 6644 >> 2];
          HEAP32[$3_1 + 144 >> 2] = HEAP32[$3_1 + 6640 >> 2];
          HEAP32[$3_1 + 148 >> 2] = $6;
          $8 = HEAP32[$3_1 + 6636 >> 2];
          HEAP32[$3_1 + 136 >> 2] = HEAP32[$3_1 + 6632 >> 2];
          HEAP32[$3_1 + 140 >> 2] = $8;
          $6 = HEAP32[$3_1 + 6628 >> 2];
          HEAP32[$3_1 + 128 >> 2] = HEAP32[$3_1 + 6624 >> 2];
          HEAP32[$3_1 + 132 >> 2] = $6;
          $8 = HEAP32[$3_1 + 6620 >> 2];
          HEAP32[$3_1 + 120 >> 2] = HEAP32[$3_1 + 6616 >> 2];
          HEAP32[$3_1 + 124 >> 2] = $8;
          $6 = HEAP32[$3_1 + 6612 >> 2];
          HEAP32[$3_1 + 112 >> 2] = HEAP32[$3_1 + 6608 >> 2];
          HEAP32[$3_1 + 116 >> 2] = $6;
          $8 = HEAP32[$3_1 + 6604 >> 2];
          HEAP32[$3_1 + 104 >> 2] = HEAP32[$3_1 + 6600 >> 2];
          HEAP32[$3_1 + 108 >> 2] = $8;
          $6 = HEAP32[$3_1 + 6596 >> 2];
          HEAP32[$3_1 + 96 >> 2] = HEAP32[$3_1 + 6592 >> 2];
          HEAP32[$3_1 + 100 >> 2] = $6;
          $6 = $3_1 + 3520 | 0;
          $30_1 = 2176;
          while (1) {
           $12_1 = 0;
           while (1) {
            $22 = $12_1 & 1;
            $9 = (!$22 << 10) + 1049320 | 0;
            $17 = ($3_1 + 96 | 0) + ($12_1 << 4) | 0;
            $15 = HEAP32[$17 + 12 >> 2];
            $19_1 = HEAP32[$17 + 8 >> 2];
            $11 = HEAP32[$17 + 4 >> 2];
            $13 = HEAP32[$17 >> 2];
            $21 = 0;
            while (1) {
             $26 = $11 >>> 14 | 0;
             $18 = $22 ? $11 : $15;
             $24_1 = $22 ? $15 : $11;
             $10_1 = $13 >>> 14 | 0;
             $5_1 = $22 ? $19_1 : $13;
             $4_1 = $22 ? $13 : $19_1;
             $20_1 = $21 + ($3_1 + 6656 | 0) | 0;
             $11 = __wasm_rotl_i32(HEAP32[($5_1 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($11 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($4_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$20_1 + 4 >> 2];
             $13 = __wasm_rotl_i32(HEAP32[($18 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($13 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$20_1 >> 2];
             $18 = __wasm_rotl_i32(HEAP32[($24_1 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($19_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($10_1 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($18 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$20_1 + 8 >> 2];
             $19_1 = $18;
             $20_1 = __wasm_rotl_i32(HEAP32[($4_1 >>> 6 & 1020) + $9 >> 2], 8) ^ HEAP32[(($15 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($26 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 22 & 1020) + $9 >> 2], 24) ^ HEAP32[$20_1 + 12 >> 2];
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
            HEAP32[$17 >> 2] = $13;
            $12_1 = $12_1 + 1 | 0;
            if (($12_1 | 0) != 4) {
             continue
            }
            break;
           };
           $9 = HEAP32[$3_1 + 96 >> 2];
           HEAP8[$6 | 0] = $9;
           HEAP8[$6 + 1 | 0] = $9 >>> 8;
           HEAP8[$6 + 2 | 0] = $9 >>> 16;
           HEAP8[$6 + 3 | 0] = $9 >>> 24;
           $11 = HEAP32[$3_1 + 100 >> 2];
           $0_1 = $11;
           HEAP8[$6 + 4 | 0] = $0_1;
           HEAP8[$6 + 5 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 6 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 7 | 0] = $0_1 >>> 24;
           $13 = HEAP32[$3_1 + 104 >> 2];
           $0_1 = $13;
           HEAP8[$6 + 8 | 0] = $0_1;
           HEAP8[$6 + 9 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 10 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 11 | 0] = $0_1 >>> 24;
           $15 = HEAP32[$3_1 + 108 >> 2];
           $0_1 = $15;
           HEAP8[$6 + 12 | 0] = $0_1;
           HEAP8[$6 + 13 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 14 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 15 | 0] = $0_1 >>> 24;
           $19_1 = HEAP32[$3_1 + 112 >> 2];
           $0_1 = $19_1;
           HEAP8[$6 + 16 | 0] = $0_1;
           HEAP8[$6 + 17 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 18 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 19 | 0] = $0_1 >>> 24;
           $22 = HEAP32[$3_1 + 116 >> 2];
           $0_1 = $22;
           HEAP8[$6 + 20 | 0] = $0_1;
           HEAP8[$6 + 21 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 22 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 23 | 0] = $0_1 >>> 24;
           $20_1 = HEAP32[$3_1 + 120 >> 2];
           $0_1 = $20_1;
           HEAP8[$6 + 24 | 0] = $0_1;
           HEAP8[$6 + 25 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 26 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 27 | 0] = $0_1 >>> 24;
           $21 = HEAP32[$3_1 + 124 >> 2];
           $0_1 = $21;
           HEAP8[$6 + 28 | 0] = $0_1;
           HEAP8[$6 + 29 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 30 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 31 | 0] = $0_1 >>> 24;
           $18 = HEAP32[$3_1 + 128 >> 2];
           $0_1 = $18;
           HEAP8[$6 + 32 | 0] = $0_1;
           HEAP8[$6 + 33 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 34 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 35 | 0] = $0_1 >>> 24;
           $24_1 = HEAP32[$3_1 + 132 >> 2];
           $0_1 = $24_1;
           HEAP8[$6 + 36 | 0] = $0_1;
           HEAP8[$6 + 37 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 38 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 39 | 0] = $0_1 >>> 24;
           $26 = HEAP32[$3_1 + 136 >> 2];
           $0_1 = $26;
           HEAP8[$6 + 40 | 0] = $0_1;
           HEAP8[$6 + 41 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 42 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 43 | 0] = $0_1 >>> 24;
           $10_1 = HEAP32[$3_1 + 140 >> 2];
           HEAP8[$6 + 44 | 0] = $10_1;
           HEAP8[$6 + 45 | 0] = $10_1 >>> 8;
           HEAP8[$6 + 46 | 0] = $10_1 >>> 16;
           HEAP8[$6 + 47 | 0] = $10_1 >>> 24;
           $5_1 = HEAP32[$3_1 + 144 >> 2];
           HEAP8[$6 + 48 | 0] = $5_1;
           HEAP8[$6 + 49 | 0] = $5_1 >>> 8;
           HEAP8[$6 + 50 | 0] = $5_1 >>> 16;
           HEAP8[$6 + 51 | 0] = $5_1 >>> 24;
           $4_1 = HEAP32[$3_1 + 148 >> 2];
           HEAP8[$6 + 52 | 0] = $4_1;
           HEAP8[$6 + 53 | 0] = $4_1 >>> 8;
           HEAP8[$6 + 54 | 0] = $4_1 >>> 16;
           HEAP8[$6 + 55 | 0] = $4_1 >>> 24;
           $17 = HEAP32[$3_1 + 152 >> 2];
           $0_1 = $17;
           HEAP8[$6 + 56 | 0] = $0_1;
           HEAP8[$6 + 57 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 58 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 59 | 0] = $0_1 >>> 24;
           $12_1 = HEAP32[$3_1 + 156 >> 2];
           $0_1 = $12_1;
           HEAP8[$6 + 60 | 0] = $0_1;
           HEAP8[$6 + 61 | 0] = $0_1 >>> 8;
           HEAP8[$6 + 62 | 0] = $0_1 >>> 16;
           HEAP8[$6 + 63 | 0] = $0_1 >>> 24;
           $6 = $6 - -64 | 0;
           $30_1 = $30_1 + -64 | 0;
           if ($30_1) {
            continue
           }
           break;
          };
          HEAP32[$3_1 + 6652 >> 2] = $0_1;
          HEAP32[$3_1 + 6648 >> 2] = $17;
          HEAP32[$3_1 + 6644 >> 2] = $4_1;
          HEAP32[$3_1 + 6640 >> 2] = $5_1;
          HEAP32[$3_1 + 6636 >> 2] = $10_1;
          HEAP32[$3_1 + 6632 >> 2] = $26;
          HEAP32[$3_1 + 6628 >> 2] = $24_1;
          HEAP32[$3_1 + 6624 >> 2] = $18;
          HEAP32[$3_1 + 6620 >> 2] = $21;
          HEAP32[$3_1 + 6616 >> 2] = $20_1;
          HEAP32[$3_1 + 6612 >> 2] = $22;
          HEAP32[$3_1 + 6608 >> 2] = $19_1;
          HEAP32[$3_1 + 6604 >> 2] = $15;
          HEAP32[$3_1 + 6600 >> 2] = $13;
          HEAP32[$3_1 + 6596 >> 2] = $11;
          HEAP32[$3_1 + 6592 >> 2] = $9;
          $9 = 0;
          HEAP32[788862] = 0;
          $8 = 0;
          $5_1 = HEAPU8[$3_1 + 3527 | 0];
          $10_1 = 49;
          $7 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $5_1 << $7;
           $0_1 = 0;
          } else {
           $6 = (1 << $7) - 1 & $5_1 >>> 32 - $7 | $8 << $7;
           $0_1 = 0;
          }
          $17 = 0;
          $16 = $6 & 32505856;
          $6 = HEAPU8[$3_1 + 3526 | 0];
          $10_1 = 48;
          $7 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $6 << $7;
           $0_1 = 0;
          } else {
           $5_1 = (1 << $7) - 1 & $6 >>> 32 - $7 | $8 << $7;
           $0_1 = 0;
          }
          $1_1 = 0;
          $0_1 = $5_1 & 983040;
          $5_1 = HEAPU8[$3_1 + 3525 | 0];
          $10_1 = 40;
          $7 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $5_1 << $7;
           $4_1 = 0;
          } else {
           $6 = (1 << $7) - 1 & $5_1 >>> 32 - $7 | $8 << $7;
           $4_1 = $5_1 << $7;
          }
          $4_1 = $4_1 | $1_1;
          $1_1 = $0_1 | $6;
          $6 = HEAPU8[$3_1 + 3524 | 0];
          $10_1 = 32;
          $7 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $6 << $7;
           $0_1 = 0;
          } else {
           $5_1 = (1 << $7) - 1 & $6 >>> 32 - $7 | $8 << $7;
           $0_1 = $6 << $7;
          }
          $0_1 = $17 | ($4_1 | ($0_1 | HEAP32[$3_1 + 3520 >> 2]));
          $4_1 = ($1_1 | $5_1 | $16) + 1072693248 | 0;
          $10_1 = 0;
          $7 = $0_1 + $10_1 | 0;
          HEAP32[0 + 3155328 >> 2] = $7;
          HEAP32[$8 + 3155332 >> 2] = $7 >>> 0 < $10_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
          $6 = HEAPU8[$3_1 + 3535 | 0];
          $10_1 = 49;
          $5_1 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 << $5_1;
           $0_1 = 0;
          } else {
           $4_1 = (1 << $5_1) - 1 & $6 >>> 32 - $5_1 | $8 << $5_1;
           $0_1 = 0;
          }
          $16 = $4_1 & 32505856;
          $4_1 = HEAPU8[$3_1 + 3534 | 0];
          $10_1 = 48;
          $5_1 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $4_1 << $5_1;
           $0_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $8 << $5_1;
           $0_1 = 0;
          }
          $1_1 = 0;
          $0_1 = $6 & 983040;
          $6 = HEAPU8[$3_1 + 3533 | 0];
          $10_1 = 40;
          $5_1 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 << $5_1;
           $5_1 = 0;
          } else {
           $4_1 = (1 << $5_1) - 1 & $6 >>> 32 - $5_1 | $8 << $5_1;
           $5_1 = $6 << $5_1;
          }
          $7 = $5_1 | $1_1;
          $1_1 = $0_1 | $4_1;
          $4_1 = HEAPU8[$3_1 + 3532 | 0];
          $10_1 = 32;
          $5_1 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $4_1 << $5_1;
           $0_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $8 << $5_1;
           $0_1 = $4_1 << $5_1;
          }
          $0_1 = $17 | ($7 | ($0_1 | HEAP32[$3_1 + 3528 >> 2]));
          $7 = ($1_1 | $6 | $16) + 1072693248 | 0;
          $10_1 = 0;
          $5_1 = $0_1 + $10_1 | 0;
          HEAP32[0 + 3155336 >> 2] = $5_1;
          HEAP32[$8 + 3155340 >> 2] = $5_1 >>> 0 < $10_1 >>> 0 ? $7 + 1 | 0 : $7;
          $14 = HEAPU8[$3_1 + 3543 | 0];
          $16 = 0;
          $12_1 = HEAP32[$3_1 + 3536 >> 2];
          $23 = HEAPU8[$3_1 + 3540 | 0];
          $25 = 0;
          $28 = HEAPU8[$3_1 + 3542 | 0];
          $33 = 0;
          $27_1 = HEAPU8[$3_1 + 3541 | 0];
          $34_1 = 0;
          $7 = 0;
          $4_1 = HEAPU8[$3_1 + 3551 | 0];
          $10_1 = 49;
          $6 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $4_1 << $6;
           $0_1 = 0;
          } else {
           $8 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $7 << $6;
           $0_1 = 0;
          }
          $21 = 0;
          $11 = $8 & 32505856;
          $8 = HEAPU8[$3_1 + 3550 | 0];
          $10_1 = 48;
          $6 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $8 << $6;
           $0_1 = 0;
          } else {
           $4_1 = (1 << $6) - 1 & $8 >>> 32 - $6 | $7 << $6;
           $0_1 = 0;
          }
          $1_1 = 0;
          $0_1 = $4_1 & 983040;
          $4_1 = HEAPU8[$3_1 + 3549 | 0];
          $10_1 = 40;
          $6 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $4_1 << $6;
           $4_1 = 0;
          } else {
           $8 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $7 << $6;
           $4_1 = $4_1 << $6;
          }
          $13 = $4_1 | $1_1;
          $5_1 = $0_1 | $8;
          $8 = HEAPU8[$3_1 + 3548 | 0];
          $10_1 = 32;
          $6 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $8 << $6;
           $1_1 = 0;
          } else {
           $4_1 = (1 << $6) - 1 & $8 >>> 32 - $6 | $7 << $6;
           $1_1 = $8 << $6;
          }
          $8 = $4_1 | $5_1;
          $0_1 = $21 | ($13 | ($1_1 | HEAP32[$3_1 + 3544 >> 2]));
          $5_1 = ($8 | $11) + 1072693248 | 0;
          $10_1 = 0;
          $6 = $0_1 + $10_1 | 0;
          HEAP32[0 + 3155352 >> 2] = $6;
          HEAP32[$7 + 3155356 >> 2] = $6 >>> 0 < $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
          $5_1 = $16;
          $8 = $14;
          $10_1 = 49;
          $4_1 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $8 << $4_1;
           $0_1 = 0;
          } else {
           $7 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $5_1 << $4_1;
           $0_1 = 0;
          }
          $14 = 0;
          $16 = $7 & 32505856;
          $8 = $33;
          $7 = $28;
          $10_1 = 48;
          $4_1 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $7 << $4_1;
           $0_1 = 0;
          } else {
           $5_1 = (1 << $4_1) - 1 & $7 >>> 32 - $4_1 | $8 << $4_1;
           $0_1 = 0;
          }
          $1_1 = 0;
          $0_1 = $5_1 & 983040;
          $7 = $34_1;
          $5_1 = $27_1;
          $10_1 = 40;
          $4_1 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $5_1 << $4_1;
           $4_1 = 0;
          } else {
           $8 = (1 << $4_1) - 1 & $5_1 >>> 32 - $4_1 | $7 << $4_1;
           $4_1 = $5_1 << $4_1;
          }
          $6 = $4_1 | $1_1;
          $1_1 = $0_1 | $8;
          $0_1 = $17;
          $5_1 = $25;
          $8 = $23;
          $10_1 = 32;
          $4_1 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $8 << $4_1;
           $10_1 = 0;
          } else {
           $7 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $5_1 << $4_1;
           $10_1 = $8 << $4_1;
          }
          $7 = $0_1 | $7 | $1_1;
          $0_1 = $14 | ($6 | ($10_1 | $12_1));
          $6 = ($7 | $16) + 1072693248 | 0;
          $10_1 = 0;
          $4_1 = $0_1 + $10_1 | 0;
          HEAP32[0 + 3155344 >> 2] = $4_1;
          HEAP32[$5_1 + 3155348 >> 2] = $4_1 >>> 0 < $10_1 >>> 0 ? $6 + 1 | 0 : $6;
          $14 = HEAPU8[$3_1 + 3559 | 0];
          $16 = 0;
          $12_1 = HEAP32[$3_1 + 3552 >> 2];
          $23 = HEAPU8[$3_1 + 3556 | 0];
          $28 = HEAPU8[$3_1 + 3558 | 0];
          $27_1 = HEAPU8[$3_1 + 3557 | 0];
          $6 = 0;
          $7 = HEAPU8[$3_1 + 3567 | 0];
          $10_1 = 49;
          $8 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $7 << $8;
           $0_1 = 0;
          } else {
           $5_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $6 << $8;
           $0_1 = 0;
          }
          $11 = 0;
          $13 = $5_1 & 32505856;
          $5_1 = HEAPU8[$3_1 + 3566 | 0];
          $10_1 = 48;
          $8 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $5_1 << $8;
           $0_1 = 0;
          } else {
           $7 = (1 << $8) - 1 & $5_1 >>> 32 - $8 | $6 << $8;
           $0_1 = 0;
          }
          $1_1 = 0;
          $0_1 = $7 & 983040;
          $7 = HEAPU8[$3_1 + 3565 | 0];
          $10_1 = 40;
          $8 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $7 << $8;
           $4_1 = 0;
          } else {
           $5_1 = (1 << $8) - 1 & $7 >>> 32 - $8 | $6 << $8;
           $4_1 = $7 << $8;
          }
          $4_1 = $4_1 | $1_1;
          $1_1 = $0_1 | $5_1;
          $5_1 = HEAPU8[$3_1 + 3564 | 0];
          $10_1 = 32;
          $8 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $5_1 << $8;
           $0_1 = 0;
          } else {
           $7 = (1 << $8) - 1 & $5_1 >>> 32 - $8 | $6 << $8;
           $0_1 = $5_1 << $8;
          }
          $0_1 = $11 | ($4_1 | ($0_1 | HEAP32[$3_1 + 3560 >> 2]));
          $4_1 = ($13 | ($1_1 | $7)) + 1072693248 | 0;
          $10_1 = 0;
          $8 = $0_1 + $10_1 | 0;
          HEAP32[0 + 3155368 >> 2] = $8;
          HEAP32[$6 + 3155372 >> 2] = $8 >>> 0 < $10_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
          $4_1 = $16;
          $5_1 = $14;
          $10_1 = 49;
          $7 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $5_1 << $7;
           $0_1 = 0;
          } else {
           $6 = (1 << $7) - 1 & $5_1 >>> 32 - $7 | $4_1 << $7;
           $0_1 = 0;
          }
          $14 = 0;
          $16 = $6 & 32505856;
          $5_1 = $33;
          $6 = $28;
          $10_1 = 48;
          $7 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 << $7;
           $0_1 = 0;
          } else {
           $4_1 = (1 << $7) - 1 & $6 >>> 32 - $7 | $5_1 << $7;
           $0_1 = 0;
          }
          $1_1 = 0;
          $0_1 = $4_1 & 983040;
          $6 = $34_1;
          $4_1 = $27_1;
          $10_1 = 40;
          $7 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $4_1 << $7;
           $4_1 = 0;
          } else {
           $5_1 = (1 << $7) - 1 & $4_1 >>> 32 - $7 | $6 << $7;
           $4_1 = $4_1 << $7;
          }
          $8 = $4_1 | $1_1;
          $1_1 = $0_1 | $5_1;
          $0_1 = $17;
          $4_1 = $25;
          $5_1 = $23;
          $10_1 = 32;
          $7 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $5_1 << $7;
           $10_1 = 0;
          } else {
           $6 = (1 << $7) - 1 & $5_1 >>> 32 - $7 | $4_1 << $7;
           $10_1 = $5_1 << $7;
          }
          $6 = $1_1 | ($0_1 | $6);
          $0_1 = $14 | ($8 | ($10_1 | $12_1));
          $8 = ($6 | $16) + 1072693248 | 0;
          $10_1 = 0;
          $7 = $0_1 + $10_1 | 0;
          HEAP32[0 + 3155360 >> 2] = $7;
          HEAP32[$4_1 + 3155364 >> 2] = $7 >>> 0 < $10_1 >>> 0 ? $8 + 1 | 0 : $8;
          $14 = HEAPU8[$3_1 + 3575 | 0];
          $16 = 0;
          $12_1 = HEAP32[$3_1 + 3568 >> 2];
          $23 = HEAPU8[$3_1 + 3572 | 0];
          $28 = HEAPU8[$3_1 + 3574 | 0];
          $27_1 = HEAPU8[$3_1 + 3573 | 0];
          $8 = 0;
          $6 = HEAPU8[$3_1 + 3583 | 0];
          $10_1 = 49;
          $5_1 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 << $5_1;
           $0_1 = 0;
          } else {
           $4_1 = (1 << $5_1) - 1 & $6 >>> 32 - $5_1 | $8 << $5_1;
           $0_1 = 0;
          }
          $13 = $4_1 & 32505856;
          $4_1 = HEAPU8[$3_1 + 3582 | 0];
          $10_1 = 48;
          $5_1 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $4_1 << $5_1;
           $0_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $8 << $5_1;
           $0_1 = 0;
          }
          $1_1 = 0;
          $0_1 = $6 & 983040;
          $6 = HEAPU8[$3_1 + 3581 | 0];
          $10_1 = 40;
          $5_1 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $6 << $5_1;
           $5_1 = 0;
          } else {
           $4_1 = (1 << $5_1) - 1 & $6 >>> 32 - $5_1 | $8 << $5_1;
           $5_1 = $6 << $5_1;
          }
          $7 = $5_1 | $1_1;
          $1_1 = $0_1 | $4_1;
          $4_1 = HEAPU8[$3_1 + 3580 | 0];
          $10_1 = 32;
          $5_1 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $6 = $4_1 << $5_1;
           $0_1 = 0;
          } else {
           $6 = (1 << $5_1) - 1 & $4_1 >>> 32 - $5_1 | $8 << $5_1;
           $0_1 = $4_1 << $5_1;
          }
          $0_1 = $11 | ($7 | ($0_1 | HEAP32[$3_1 + 3576 >> 2]));
          $7 = ($1_1 | $6 | $13) + 1072693248 | 0;
          $10_1 = 0;
          $5_1 = $0_1 + $10_1 | 0;
          HEAP32[0 + 3155384 >> 2] = $5_1;
          HEAP32[$8 + 3155388 >> 2] = $5_1 >>> 0 < $10_1 >>> 0 ? $7 + 1 | 0 : $7;
          $7 = $16;
          $4_1 = $14;
          $10_1 = 49;
          $6 = 17;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $4_1 << $6;
           $0_1 = 0;
          } else {
           $8 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $7 << $6;
           $0_1 = 0;
          }
          $14 = 0;
          $16 = $8 & 32505856;
          $4_1 = $33;
          $8 = $28;
          $10_1 = 48;
          $6 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $8 << $6;
           $0_1 = 0;
          } else {
           $7 = (1 << $6) - 1 & $8 >>> 32 - $6 | $4_1 << $6;
           $0_1 = 0;
          }
          $1_1 = 0;
          $0_1 = $7 & 983040;
          $8 = $34_1;
          $7 = $27_1;
          $10_1 = 40;
          $6 = 8;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = $7 << $6;
           $5_1 = 0;
          } else {
           $4_1 = (1 << $6) - 1 & $7 >>> 32 - $6 | $8 << $6;
           $5_1 = $7 << $6;
          }
          $5_1 = $5_1 | $1_1;
          $1_1 = $0_1 | $4_1;
          $0_1 = $17;
          $7 = $25;
          $4_1 = $23;
          $10_1 = 32;
          $6 = 0;
          if (($10_1 & 63) >>> 0 >= 32) {
           $8 = $4_1 << $6;
           $10_1 = 0;
          } else {
           $8 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $7 << $6;
           $10_1 = $4_1 << $6;
          }
          $8 = $0_1 | $8 | $1_1;
          $0_1 = $14 | ($5_1 | ($10_1 | $12_1));
          $5_1 = ($8 | $16) + 1072693248 | 0;
          $10_1 = 0;
          $6 = $0_1 + $10_1 | 0;
          HEAP32[0 + 3155376 >> 2] = $6;
          HEAP32[$7 + 3155380 >> 2] = $6 >>> 0 < $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
          $5_1 = 0;
          HEAP32[$5_1 + 3155392 >> 2] = HEAP32[$3_1 + 3584 >> 2];
          HEAP32[$5_1 + 3155396 >> 2] = 0;
          HEAP32[0 + 3155400 >> 2] = HEAP32[$3_1 + 3600 >> 2];
          HEAP32[$7 + 3155404 >> 2] = 0;
          $11 = HEAPU8[$3_1 + 3616 | 0];
          HEAP32[788852] = $11 & 1;
          HEAP32[788855] = $11 >>> 3 & 1 | 6;
          HEAP32[788854] = $11 >>> 2 & 1 | 4;
          HEAP32[788853] = $11 >>> 1 & 1 | 2;
          $8 = HEAPU8[$3_1 + 3625 | 0];
          $10_1 = 14;
          $4_1 = 14;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $8 << $4_1;
           $1_1 = 0;
          } else {
           $5_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $7 << $4_1;
           $1_1 = $8 << $4_1;
          }
          $0_1 = $5_1;
          $8 = 0;
          $7 = HEAPU8[$3_1 + 3624 | 0];
          $10_1 = 6;
          $4_1 = 6;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $7 << $4_1;
           $4_1 = 0;
          } else {
           $5_1 = (1 << $4_1) - 1 & $7 >>> 32 - $4_1 | $8 << $4_1;
           $4_1 = $7 << $4_1;
          }
          $1_1 = $4_1 | $1_1;
          $0_1 = $0_1 | $5_1;
          $5_1 = HEAPU8[$3_1 + 3626 | 0];
          $10_1 = 22;
          $4_1 = 22;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = 0
          } else {
           $4_1 = $5_1 << $4_1
          }
          $10_1 = $4_1 & 29360128;
          $7 = 0;
          HEAP32[$7 + 3155424 >> 2] = $1_1 | $10_1;
          HEAP32[$7 + 3155428 >> 2] = $0_1 | $8;
          $14 = HEAPU16[$3_1 + 3632 >> 1];
          $16 = 0;
          $12_1 = HEAPU8[$3_1 + 3634 | 0];
          $23 = HEAPU8[$3_1 + 3639 | 0];
          $1_1 = HEAPU16[$3_1 + 3640 >> 1];
          $0_1 = 0;
          $5_1 = HEAPU8[$3_1 + 3642 | 0];
          $10_1 = 16;
          $4_1 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $4_1 = 0
          } else {
           $4_1 = $5_1 << $4_1
          }
          $1_1 = $1_1 | $4_1 & 4128768;
          $8 = 0;
          $5_1 = HEAPU8[$3_1 + 3647 | 0];
          $10_1 = 51;
          $4_1 = 19;
          if (($10_1 & 63) >>> 0 >= 32) {
           $7 = $5_1 << $4_1;
           $4_1 = 0;
          } else {
           $7 = (1 << $4_1) - 1 & $5_1 >>> 32 - $4_1 | $8 << $4_1;
           $4_1 = 0;
          }
          $10_1 = 0;
          $8 = $0_1 | $7 & 125829120;
          $0_1 = $1_1 | $10_1;
          $5_1 = 0;
          HEAP32[$5_1 + 3155440 >> 2] = $0_1;
          HEAP32[$5_1 + 3155444 >> 2] = $8 | 808452096;
          $0_1 = $16;
          $7 = $17;
          $8 = $12_1;
          $10_1 = 16;
          $4_1 = 16;
          if (($10_1 & 63) >>> 0 >= 32) {
           $1_1 = 0
          } else {
           $1_1 = $8 << $4_1
          }
          $1_1 = $14 | $1_1 & 4128768;
          $8 = $23;
          $10_1 = 51;
          $4_1 = 19;
          if (($10_1 & 63) >>> 0 >= 32) {
           $5_1 = $8 << $4_1;
           $4_1 = 0;
          } else {
           $5_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $7 << $4_1;
           $4_1 = 0;
          }
          $10_1 = 0;
          $7 = $5_1 & 125829120 | $0_1;
          $0_1 = $1_1 | $10_1;
          $8 = 0;
          HEAP32[$8 + 3155432 >> 2] = $0_1;
          HEAP32[$8 + 3155436 >> 2] = $7 | 808452096;
          wasm2js_memory_fill($3_1 + 96 | 0, 0, 256);
          wasm2js_memory_copy($43_1, 1051816, 232);
          $26 = $47_1 + 1 | 0;
          $19_1 = 0;
          while (1) {
           block44 : {
            $11 = ($19_1 << 3) + $43_1 | 0;
            $13 = HEAP32[$11 + 4 >> 2];
            if (!$13) {
             break block44
            }
            $15 = HEAPU8[$11 | 0];
            $11 = ($9 >>> 0 >= 256 ? 256 : $9) - 256 | 0;
            while (1) {
             if ($11) {
              HEAP8[$9 + ($3_1 + 96 | 0) | 0] = $15;
              $11 = $11 + 1 | 0;
              $9 = $9 + 1 | 0;
              $13 = $13 - 1 | 0;
              if ($13) {
               continue
              }
              break block44;
             }
             break;
            };
            $57($9, 256, 1052048);
            wasm2js_trap();
           }
           $19_1 = $19_1 + 1 | 0;
           if (($19_1 | 0) != 29) {
            continue
           }
           break;
          };
          $13 = 0;
          HEAP32[$3_1 + 6712 >> 2] = 0;
          HEAP32[$3_1 + 6704 >> 2] = 0;
          HEAP32[$3_1 + 6696 >> 2] = 0;
          HEAP32[$3_1 + 6688 >> 2] = 0;
          HEAP32[$3_1 + 6680 >> 2] = 0;
          HEAP32[$3_1 + 6672 >> 2] = 0;
          HEAP32[$3_1 + 6664 >> 2] = 0;
          HEAP32[$3_1 + 6656 >> 2] = 0;
          $9 = 3150016;
          $19_1 = -2048;
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
               if (!($20_1 - 1 & $20_1)) {
                break block49
               }
              }
              $15 = ($3_1 + 6656 | 0) + ($22 << 3) | 0;
              HEAP32[$15 + 4 >> 2] = $13;
              HEAP32[$15 >> 2] = 1;
              $15 = 0;
              break block49;
             }
             if (($21 | 0) == ($22 | 0)) {
              break block49
             }
             $15 = ($3_1 + 6656 | 0) + ($22 << 3) | 0;
             HEAP32[$15 + 4 >> 2] = $13;
             HEAP32[$15 >> 2] = 1;
             $15 = ($3_1 + 6656 | 0) + ($21 << 3) | 0;
             HEAP32[$15 + 4 >> 2] = $13;
             HEAP32[$15 >> 2] = 1;
             $15 = 0;
             break block49;
            }
            $24_1 = ($3_1 + 6656 | 0) + ($22 << 3) | 0;
            if (HEAP32[$24_1 >> 2] == 1) {
             $15 = HEAP32[$24_1 + 4 >> 2] + 1 | 0
            }
            HEAP32[$3_1 + 6716 >> 2] = $13;
            HEAP32[$3_1 + 6712 >> 2] = 1;
            HEAP32[$3_1 + 6708 >> 2] = $13;
            HEAP32[$3_1 + 6704 >> 2] = 1;
            HEAP32[$3_1 + 6700 >> 2] = $13;
            HEAP32[$3_1 + 6696 >> 2] = 1;
            HEAP32[$3_1 + 6692 >> 2] = $13;
            HEAP32[$3_1 + 6688 >> 2] = 1;
            HEAP32[$3_1 + 6684 >> 2] = $13;
            HEAP32[$3_1 + 6680 >> 2] = 1;
            HEAP32[$3_1 + 6676 >> 2] = $13;
            HEAP32[$3_1 + 6672 >> 2] = 1;
            HEAP32[$3_1 + 6668 >> 2] = $13;
            HEAP32[$3_1 + 6664 >> 2] = 1;
            HEAP32[$3_1 + 6660 >> 2] = $13;
            HEAP32[$3_1 + 6656 >> 2] = 1;
           }
           HEAP32[$9 >> 2] = $22;
           HEAP8[$9 + 17 | 0] = $18;
           HEAP32[$9 + 12 >> 2] = $15;
           HEAP32[$9 + 8 >> 2] = $20_1;
           HEAP32[$9 + 4 >> 2] = $21;
           HEAP8[$9 + 16 | 0] = HEAPU8[$11 + 2179 | 0];
           $13 = $13 + 1 | 0;
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
          HEAP32[$8 + 3155140 >> 2] = 0;
          HEAP32[0 + 3155144 >> 2] = 0;
          HEAP32[$8 + 3155148 >> 2] = 0;
          HEAP32[0 + 3155152 >> 2] = 0;
          HEAP32[$8 + 3155156 >> 2] = 0;
          HEAP32[0 + 3155160 >> 2] = 0;
          HEAP32[$8 + 3155164 >> 2] = 0;
          HEAP32[0 + 3155168 >> 2] = 0;
          HEAP32[$8 + 3155172 >> 2] = 0;
          HEAP32[0 + 3155176 >> 2] = 0;
          HEAP32[$8 + 3155180 >> 2] = 0;
          HEAP32[0 + 3155184 >> 2] = 0;
          HEAP32[$8 + 3155188 >> 2] = 0;
          HEAP32[0 + 3155192 >> 2] = 0;
          HEAP32[$8 + 3155196 >> 2] = 0;
          $7 = 0;
          $37_1 = HEAP32[$7 + 3155392 >> 2];
          $44_1 = HEAP32[0 + 3155400 >> 2];
          $12_1 = 0;
          $23 = 0;
          $28 = 0;
          $27_1 = 0;
          $31 = 0;
          $39_1 = 0;
          $32 = 0;
          $42_1 = 0;
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
            $13 = 0;
            $7 = $11 << 3;
            $1_1 = HEAP32[$7 + 3155136 >> 2];
            $5_1 = HEAP32[$7 + 3155140 >> 2];
            $7 = $9 << 3;
            $10_1 = HEAP32[$7 + 3155136 >> 2];
            $0_1 = $5_1 ^ HEAP32[$7 + 3155140 >> 2];
            $36_1 = $1_1 ^ $10_1;
            $21 = ($36_1 ^ $44_1) & 2097088;
            $8 = $21;
            $1_1 = HEAPU8[$8 + 1052608 | 0] | HEAPU8[$8 + 1052609 | 0] << 8 | (HEAPU8[$8 + 1052610 | 0] << 16 | HEAPU8[$8 + 1052611 | 0] << 24);
            $5_1 = HEAPU8[$8 + 1052612 | 0] | HEAPU8[$8 + 1052613 | 0] << 8 | (HEAPU8[$8 + 1052614 | 0] << 16 | HEAPU8[$8 + 1052615 | 0] << 24);
            $8 = 0;
            HEAP32[$8 + 3155136 >> 2] = $1_1 ^ $38_1;
            HEAP32[$8 + 3155140 >> 2] = $5_1 ^ $46_1;
            $5_1 = $21;
            $1_1 = HEAPU8[$5_1 + 1052632 | 0] | HEAPU8[$5_1 + 1052633 | 0] << 8 | (HEAPU8[$5_1 + 1052634 | 0] << 16 | HEAPU8[$5_1 + 1052635 | 0] << 24);
            $8 = HEAPU8[$5_1 + 1052636 | 0] | HEAPU8[$5_1 + 1052637 | 0] << 8 | (HEAPU8[$5_1 + 1052638 | 0] << 16 | HEAPU8[$5_1 + 1052639 | 0] << 24);
            $5_1 = 0;
            HEAP32[$5_1 + 3155160 >> 2] = $1_1 ^ $27_1;
            HEAP32[$5_1 + 3155164 >> 2] = $8 ^ $34_1;
            $8 = HEAPU8[$21 + 1052621 | 0];
            $10_1 = 40;
            $4_1 = 8;
            if (($10_1 & 63) >>> 0 >= 32) {
             $7 = $8 << $4_1;
             $1_1 = 0;
            } else {
             $7 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $5_1 << $4_1;
             $1_1 = $8 << $4_1;
            }
            $5_1 = $21;
            $6 = $1_1 | (HEAPU8[$5_1 + 1052616 | 0] | HEAPU8[$5_1 + 1052617 | 0] << 8 | (HEAPU8[$5_1 + 1052618 | 0] << 16 | HEAPU8[$5_1 + 1052619 | 0] << 24));
            $1_1 = $7;
            $5_1 = 0;
            $8 = HEAPU8[$21 + 1052620 | 0];
            $10_1 = 32;
            $4_1 = 0;
            if (($10_1 & 63) >>> 0 >= 32) {
             $7 = $8 << $4_1;
             $4_1 = 0;
            } else {
             $7 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $5_1 << $4_1;
             $4_1 = $8 << $4_1;
            }
            $6 = $4_1 | $6;
            $1_1 = $1_1 | $7;
            $7 = HEAPU8[$21 + 1052622 | 0];
            $10_1 = 48;
            $4_1 = 16;
            if (($10_1 & 63) >>> 0 >= 32) {
             $8 = $7 << $4_1;
             $4_1 = 0;
            } else {
             $8 = (1 << $4_1) - 1 & $7 >>> 32 - $4_1 | $5_1 << $4_1;
             $4_1 = $7 << $4_1;
            }
            $6 = $4_1 | $6;
            $1_1 = $1_1 | $8;
            $8 = HEAPU8[$21 + 1052623 | 0];
            $10_1 = 56;
            $4_1 = 24;
            if (($10_1 & 63) >>> 0 >= 32) {
             $7 = $8 << $4_1;
             $10_1 = 0;
            } else {
             $7 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $5_1 << $4_1;
             $10_1 = $8 << $4_1;
            }
            $8 = $1_1 | $7;
            $1_1 = ($6 | $10_1) ^ $32;
            $7 = 0;
            HEAP32[$7 + 3155144 >> 2] = $1_1;
            HEAP32[$7 + 3155148 >> 2] = $8 ^ $42_1;
            $8 = HEAPU8[$21 + 1052629 | 0];
            $10_1 = 40;
            $4_1 = 8;
            if (($10_1 & 63) >>> 0 >= 32) {
             $5_1 = $8 << $4_1;
             $4_1 = 0;
            } else {
             $5_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $7 << $4_1;
             $4_1 = $8 << $4_1;
            }
            $7 = $21;
            $6 = $4_1 | (HEAPU8[$7 + 1052624 | 0] | HEAPU8[$7 + 1052625 | 0] << 8 | (HEAPU8[$7 + 1052626 | 0] << 16 | HEAPU8[$7 + 1052627 | 0] << 24));
            $1_1 = $5_1;
            $7 = 0;
            $8 = HEAPU8[$21 + 1052628 | 0];
            $10_1 = 32;
            $4_1 = 0;
            if (($10_1 & 63) >>> 0 >= 32) {
             $5_1 = $8 << $4_1;
             $4_1 = 0;
            } else {
             $5_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $7 << $4_1;
             $4_1 = $8 << $4_1;
            }
            $6 = $4_1 | $6;
            $1_1 = $1_1 | $5_1;
            $5_1 = HEAPU8[$21 + 1052630 | 0];
            $10_1 = 48;
            $4_1 = 16;
            if (($10_1 & 63) >>> 0 >= 32) {
             $8 = $5_1 << $4_1;
             $4_1 = 0;
            } else {
             $8 = (1 << $4_1) - 1 & $5_1 >>> 32 - $4_1 | $7 << $4_1;
             $4_1 = $5_1 << $4_1;
            }
            $6 = $4_1 | $6;
            $1_1 = $1_1 | $8;
            $8 = HEAPU8[$21 + 1052631 | 0];
            $10_1 = 56;
            $4_1 = 24;
            if (($10_1 & 63) >>> 0 >= 32) {
             $5_1 = $8 << $4_1;
             $10_1 = 0;
            } else {
             $5_1 = (1 << $4_1) - 1 & $8 >>> 32 - $4_1 | $7 << $4_1;
             $10_1 = $8 << $4_1;
            }
            $8 = $1_1 | $5_1;
            $1_1 = ($6 | $10_1) ^ $31;
            $5_1 = 0;
            HEAP32[$5_1 + 3155152 >> 2] = $1_1;
            HEAP32[$5_1 + 3155156 >> 2] = $8 ^ $39_1;
            $8 = $21;
            $1_1 = HEAPU8[$8 + 1052640 | 0] | HEAPU8[$8 + 1052641 | 0] << 8 | (HEAPU8[$8 + 1052642 | 0] << 16 | HEAPU8[$8 + 1052643 | 0] << 24);
            $5_1 = HEAPU8[$8 + 1052644 | 0] | HEAPU8[$8 + 1052645 | 0] << 8 | (HEAPU8[$8 + 1052646 | 0] << 16 | HEAPU8[$8 + 1052647 | 0] << 24);
            $8 = 0;
            HEAP32[$8 + 3155168 >> 2] = $1_1 ^ $28;
            HEAP32[$8 + 3155172 >> 2] = $5_1 ^ $33;
            $5_1 = $21;
            $1_1 = HEAPU8[$5_1 + 1052648 | 0] | HEAPU8[$5_1 + 1052649 | 0] << 8 | (HEAPU8[$5_1 + 1052650 | 0] << 16 | HEAPU8[$5_1 + 1052651 | 0] << 24);
            $8 = HEAPU8[$5_1 + 1052652 | 0] | HEAPU8[$5_1 + 1052653 | 0] << 8 | (HEAPU8[$5_1 + 1052654 | 0] << 16 | HEAPU8[$5_1 + 1052655 | 0] << 24);
            $5_1 = 0;
            HEAP32[$5_1 + 3155176 >> 2] = $1_1 ^ $23;
            HEAP32[$5_1 + 3155180 >> 2] = $8 ^ $25;
            $8 = $21;
            $1_1 = HEAPU8[$8 + 1052656 | 0] | HEAPU8[$8 + 1052657 | 0] << 8 | (HEAPU8[$8 + 1052658 | 0] << 16 | HEAPU8[$8 + 1052659 | 0] << 24);
            $5_1 = HEAPU8[$8 + 1052660 | 0] | HEAPU8[$8 + 1052661 | 0] << 8 | (HEAPU8[$8 + 1052662 | 0] << 16 | HEAPU8[$8 + 1052663 | 0] << 24);
            $8 = 0;
            HEAP32[$8 + 3155184 >> 2] = $1_1 ^ $12_1;
            HEAP32[$8 + 3155188 >> 2] = $5_1 ^ $17;
            $5_1 = $21;
            $1_1 = HEAPU8[$5_1 + 1052664 | 0] | HEAPU8[$5_1 + 1052665 | 0] << 8 | (HEAPU8[$5_1 + 1052666 | 0] << 16 | HEAPU8[$5_1 + 1052667 | 0] << 24);
            $8 = HEAPU8[$5_1 + 1052668 | 0] | HEAPU8[$5_1 + 1052669 | 0] << 8 | (HEAPU8[$5_1 + 1052670 | 0] << 16 | HEAPU8[$5_1 + 1052671 | 0] << 24);
            $5_1 = 0;
            HEAP32[$5_1 + 3155192 >> 2] = $1_1 ^ $14;
            HEAP32[$5_1 + 3155196 >> 2] = $8 ^ $16;
            $7 = $0_1;
            $8 = $36_1;
            $10_1 = 32;
            $4_1 = 0;
            if (($10_1 & 63) >>> 0 >= 32) {
             $7 = $7 >>> $4_1 | 0
            } else {
             $7 = ((1 << $4_1) - 1 & $7) << 32 - $4_1 | $8 >>> $4_1
            }
            $18 = ($7 ^ $37_1) & 2097088;
            $0_1 = $18;
            $9 = HEAPU8[$0_1 + 1052608 | 0] | HEAPU8[$0_1 + 1052609 | 0] << 8 | (HEAPU8[$0_1 + 1052610 | 0] << 16 | HEAPU8[$0_1 + 1052611 | 0] << 24);
            $0_1 = $0_1 + 1052612 | 0;
            HEAPF64[394401] = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
            HEAPF64[394400] = $9 | 0;
            $9 = HEAPU8[$18 + 1052640 | 0] | HEAPU8[$18 + 1052641 | 0] << 8 | (HEAPU8[$18 + 1052642 | 0] << 16 | HEAPU8[$18 + 1052643 | 0] << 24);
            $14 = HEAP32[0 + 3155432 >> 2];
            $16 = HEAP32[$5_1 + 3155436 >> 2];
            $0_1 = $18 + 1052644 | 0;
            wasm2js_scratch_store_f64(+(HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)));
            $7 = wasm2js_scratch_load_i32(1) | 0;
            $0_1 = wasm2js_scratch_load_i32(0) | 0;
            $5_1 = $7 & 16777215;
            $7 = 0;
            $12_1 = HEAP32[$7 + 3155440 >> 2];
            $10_1 = $12_1;
            $17 = HEAP32[$7 + 3155444 >> 2];
            $8 = $17;
            HEAP32[0 + 3155272 >> 2] = $0_1 | $10_1;
            HEAP32[$7 + 3155276 >> 2] = $5_1 | $8;
            wasm2js_scratch_store_f64(+($9 | 0));
            $8 = wasm2js_scratch_load_i32(1) | 0;
            $10_1 = wasm2js_scratch_load_i32(0) | 0;
            $5_1 = $8 & 16777215;
            $8 = 0;
            HEAP32[$8 + 3155264 >> 2] = $10_1 | $14;
            HEAP32[$8 + 3155268 >> 2] = $5_1 | $16;
            $9 = HEAPU8[$18 + 1052616 | 0] | HEAPU8[$18 + 1052617 | 0] << 8 | (HEAPU8[$18 + 1052618 | 0] << 16 | HEAPU8[$18 + 1052619 | 0] << 24);
            $0_1 = $18 + 1052620 | 0;
            HEAPF64[394403] = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
            HEAPF64[394402] = $9 | 0;
            $9 = HEAPU8[$18 + 1052648 | 0] | HEAPU8[$18 + 1052649 | 0] << 8 | (HEAPU8[$18 + 1052650 | 0] << 16 | HEAPU8[$18 + 1052651 | 0] << 24);
            $0_1 = $18 + 1052652 | 0;
            wasm2js_scratch_store_f64(+(HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)));
            $5_1 = wasm2js_scratch_load_i32(1) | 0;
            $10_1 = wasm2js_scratch_load_i32(0) | 0;
            $7 = $5_1 & 16777215;
            $5_1 = 0;
            HEAP32[$5_1 + 3155288 >> 2] = $10_1 | $12_1;
            HEAP32[$5_1 + 3155292 >> 2] = $7 | $17;
            wasm2js_scratch_store_f64(+($9 | 0));
            $7 = wasm2js_scratch_load_i32(1) | 0;
            $10_1 = wasm2js_scratch_load_i32(0) | 0;
            $8 = $7 & 16777215;
            $7 = 0;
            HEAP32[$7 + 3155280 >> 2] = $10_1 | $14;
            HEAP32[$7 + 3155284 >> 2] = $8 | $16;
            $9 = HEAPU8[$18 + 1052624 | 0] | HEAPU8[$18 + 1052625 | 0] << 8 | (HEAPU8[$18 + 1052626 | 0] << 16 | HEAPU8[$18 + 1052627 | 0] << 24);
            $0_1 = $18 + 1052628 | 0;
            HEAPF64[394405] = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
            HEAPF64[394404] = $9 | 0;
            $9 = HEAPU8[$18 + 1052656 | 0] | HEAPU8[$18 + 1052657 | 0] << 8 | (HEAPU8[$18 + 1052658 | 0] << 16 | HEAPU8[$18 + 1052659 | 0] << 24);
            $0_1 = $18 + 1052660 | 0;
            wasm2js_scratch_store_f64(+(HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)));
            $8 = wasm2js_scratch_load_i32(1) | 0;
            $10_1 = wasm2js_scratch_load_i32(0) | 0;
            $5_1 = $8 & 16777215;
            $8 = 0;
            HEAP32[$8 + 3155304 >> 2] = $10_1 | $12_1;
            HEAP32[$8 + 3155308 >> 2] = $5_1 | $17;
            wasm2js_scratch_store_f64(+($9 | 0));
            $5_1 = wasm2js_scratch_load_i32(1) | 0;
            $10_1 = wasm2js_scratch_load_i32(0) | 0;
            $7 = $5_1 & 16777215;
            $5_1 = 0;
            HEAP32[$5_1 + 3155296 >> 2] = $10_1 | $14;
            HEAP32[$5_1 + 3155300 >> 2] = $7 | $16;
            $9 = HEAPU8[$18 + 1052632 | 0] | HEAPU8[$18 + 1052633 | 0] << 8 | (HEAPU8[$18 + 1052634 | 0] << 16 | HEAPU8[$18 + 1052635 | 0] << 24);
            $0_1 = $18 + 1052636 | 0;
            HEAPF64[394407] = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
            HEAPF64[394406] = $9 | 0;
            $9 = HEAPU8[$18 + 1052664 | 0] | HEAPU8[$18 + 1052665 | 0] << 8 | (HEAPU8[$18 + 1052666 | 0] << 16 | HEAPU8[$18 + 1052667 | 0] << 24);
            $0_1 = $18 + 1052668 | 0;
            wasm2js_scratch_store_f64(+(HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)));
            $7 = wasm2js_scratch_load_i32(1) | 0;
            $10_1 = wasm2js_scratch_load_i32(0) | 0;
            $8 = $7 & 16777215;
            $7 = 0;
            HEAP32[$7 + 3155320 >> 2] = $10_1 | $12_1;
            HEAP32[$7 + 3155324 >> 2] = $8 | $17;
            wasm2js_scratch_store_f64(+($9 | 0));
            $8 = wasm2js_scratch_load_i32(1) | 0;
            $10_1 = wasm2js_scratch_load_i32(0) | 0;
            $5_1 = $8 & 16777215;
            $8 = 0;
            HEAP32[$8 + 3155312 >> 2] = $10_1 | $14;
            HEAP32[$8 + 3155316 >> 2] = $5_1 | $16;
            while (1) {
             $9 = Math_imul($13, 20);
             $20_1 = HEAPU8[$9 + 3150032 | 0];
             $4_1 = $20_1 & 3;
             $23 = $4_1 ? 16376 : 262136;
             $19_1 = HEAPU8[$9 + 3150033 | 0];
             $11 = HEAP32[$9 + 3150028 >> 2];
             $22 = HEAP32[$9 + 3150024 >> 2];
             $10_1 = $22;
             $7 = $10_1 >> 31;
             $14 = $10_1;
             $16 = $7;
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
                                               $6 = $3_1 + 48 | 0;
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
                                                                         $4_1 = $15 << 3;
                                                                         $12_1 = HEAP32[$4_1 + 3155136 >> 2];
                                                                         $17 = HEAP32[$4_1 + 3155140 >> 2];
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
                                                                        $57($15, 8, 1051400);
                                                                        wasm2js_trap();
                                                                       }
                                                                       if ($9 >>> 0 > 7) {
                                                                        break block83
                                                                       }
                                                                       $5_1 = $14;
                                                                       $8 = $5_1 + $12_1 | 0;
                                                                       $11 = $8 & $23;
                                                                       break block84;
                                                                      }
                                                                      if ($9 >>> 0 > 7) {
                                                                       break block85
                                                                      }
                                                                      $5_1 = $14;
                                                                      $7 = $12_1 + $5_1 | 0;
                                                                      $11 = $7 & $23;
                                                                      break block86;
                                                                     }
                                                                     if ($9 >>> 0 > 7) {
                                                                      break block87
                                                                     }
                                                                     $5_1 = $14;
                                                                     $10_1 = $5_1 + $12_1 | 0;
                                                                     $4_1 = $10_1 & $23;
                                                                     break block88;
                                                                    }
                                                                    if ($9 >>> 0 > 7) {
                                                                     break block89
                                                                    }
                                                                    $5_1 = $14;
                                                                    $4_1 = $5_1 + $12_1 | 0;
                                                                    $8 = $4_1 & $23;
                                                                    break block90;
                                                                   }
                                                                   if ($9 >>> 0 > 7) {
                                                                    break block91
                                                                   }
                                                                   $5_1 = $14;
                                                                   $6 = $5_1 + $12_1 | 0;
                                                                   $11 = $6 & $23;
                                                                   break block92;
                                                                  }
                                                                  $5_1 = $14;
                                                                  $8 = $5_1 + $12_1 | 0;
                                                                  $11 = $8 & $23;
                                                                  break block93;
                                                                 }
                                                                 if ($9 >>> 0 <= 7) {
                                                                  $6 = $9 << 3;
                                                                  $23 = HEAP32[$6 + 3155136 >> 2];
                                                                  $25 = HEAP32[$6 + 3155140 >> 2];
                                                                  break block95;
                                                                 }
                                                                 $57($9, 8, 1051432);
                                                                 wasm2js_trap();
                                                                }
                                                                $12_1 = $14;
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
                                                                $57($9, 8, 1051784);
                                                                wasm2js_trap();
                                                               }
                                                               if ($15 >>> 0 >= 8) {
                                                                $57($15, 8, 1051800);
                                                                wasm2js_trap();
                                                               }
                                                               $6 = $9 << 3;
                                                               $0_1 = HEAP32[$6 + 3155136 >> 2];
                                                               $5_1 = $14;
                                                               $7 = $0_1 + $5_1 | 0;
                                                               $10_1 = $20_1 >>> 0 > 223;
                                                               $8 = $10_1 ? 2097144 : $23;
                                                               $5_1 = $8 & $7;
                                                               $4_1 = $15 << 3;
                                                               $0_1 = HEAP32[$4_1 + 3155136 >> 2];
                                                               $10_1 = HEAP32[$4_1 + 3155140 >> 2];
                                                               HEAP8[$5_1 + 1052608 | 0] = $0_1;
                                                               HEAP8[$5_1 + 1052609 | 0] = $0_1 >>> 8;
                                                               HEAP8[$5_1 + 1052610 | 0] = $0_1 >>> 16;
                                                               HEAP8[$5_1 + 1052611 | 0] = $0_1 >>> 24;
                                                               HEAP8[$5_1 + 1052612 | 0] = $10_1;
                                                               HEAP8[$5_1 + 1052613 | 0] = $10_1 >>> 8;
                                                               HEAP8[$5_1 + 1052614 | 0] = $10_1 >>> 16;
                                                               HEAP8[$5_1 + 1052615 | 0] = $10_1 >>> 24;
                                                               break block107;
                                                              }
                                                              if ($9 >>> 0 >= 8) {
                                                               $57($9, 8, 1051768);
                                                               wasm2js_trap();
                                                              }
                                                              $9 = $9 << 3;
                                                              $25 = $9;
                                                              $4_1 = $9;
                                                              $7 = HEAP32[$4_1 + 3155136 >> 2];
                                                              $1_1 = HEAP32[$4_1 + 3155140 >> 2];
                                                              $5_1 = 0;
                                                              $4_1 = 1;
                                                              $9 = $20_1 >>> 4 | 0;
                                                              $12_1 = $9 + 8 | 0;
                                                              $8 = $12_1;
                                                              $6 = $8 & 31;
                                                              $0_1 = __wasm_rotl_i64(-2, -1, $9 + 7 | 0);
                                                              if (($8 & 63) >>> 0 >= 32) {
                                                               $10_1 = $4_1 << $6;
                                                               $4_1 = 0;
                                                              } else {
                                                               $10_1 = (1 << $6) - 1 & $4_1 >>> 32 - $6 | $5_1 << $6;
                                                               $4_1 = $4_1 << $6;
                                                              }
                                                              $8 = $0_1 & ($4_1 | $14);
                                                              $6 = $7 + $8 | 0;
                                                              $7 = $1_1 + (i64toi32_i32$HIGH_BITS & ($10_1 | $16)) | 0;
                                                              $4_1 = $25;
                                                              HEAP32[$4_1 + 3155136 >> 2] = $6;
                                                              $7 = $6 >>> 0 < $8 >>> 0 ? $7 + 1 | 0 : $7;
                                                              HEAP32[$4_1 + 3155140 >> 2] = $7;
                                                              $5_1 = $6;
                                                              $8 = $12_1;
                                                              $10_1 = $8 & 31;
                                                              if (($8 & 63) >>> 0 >= 32) {
                                                               $0_1 = $7 >>> $10_1 | 0
                                                              } else {
                                                               $0_1 = ((1 << $10_1) - 1 & $7) << 32 - $10_1 | $5_1 >>> $10_1
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
                                                             $57($9, 8, 1051720);
                                                             wasm2js_trap();
                                                            }
                                                            if ($15 >>> 0 >= 8) {
                                                             $57($15, 8, 1051720);
                                                             wasm2js_trap();
                                                            }
                                                            $9 = $9 << 3;
                                                            $4_1 = $9;
                                                            $14 = HEAP32[$4_1 + 3155136 >> 2];
                                                            $16 = HEAP32[$4_1 + 3155140 >> 2];
                                                            $11 = $15 << 3;
                                                            $4_1 = $11;
                                                            $0_1 = HEAP32[$4_1 + 3155136 >> 2];
                                                            $5_1 = HEAP32[$4_1 + 3155140 >> 2];
                                                            HEAP32[$9 + 3155136 >> 2] = $0_1;
                                                            HEAP32[$9 + 3155140 >> 2] = $5_1;
                                                            HEAP32[$4_1 + 3155136 >> 2] = $14;
                                                            HEAP32[$4_1 + 3155140 >> 2] = $16;
                                                            break block107;
                                                           }
                                                           if ($9 >>> 0 >= 8) {
                                                            $57($9, 8, 1051704);
                                                            wasm2js_trap();
                                                           }
                                                           $9 = $9 << 3;
                                                           $4_1 = $9;
                                                           $0_1 = __wasm_rotl_i64(HEAP32[$4_1 + 3155136 >> 2], HEAP32[$4_1 + 3155140 >> 2], $12_1);
                                                           HEAP32[$4_1 + 3155136 >> 2] = $0_1;
                                                           HEAP32[$4_1 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                                           break block107;
                                                          }
                                                          if ($9 >>> 0 >= 8) {
                                                           $57($9, 8, 1051688);
                                                           wasm2js_trap();
                                                          }
                                                          $9 = $9 << 3;
                                                          $4_1 = $9;
                                                          $0_1 = __wasm_rotr_i64(HEAP32[$4_1 + 3155136 >> 2], HEAP32[$4_1 + 3155140 >> 2], $12_1);
                                                          HEAP32[$4_1 + 3155136 >> 2] = $0_1;
                                                          HEAP32[$4_1 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                                          break block107;
                                                         }
                                                         if ($9 >>> 0 >= 8) {
                                                          $57($9, 8, 1051656);
                                                          wasm2js_trap();
                                                         }
                                                         $9 = $9 << 3;
                                                         $4_1 = $9;
                                                         $0_1 = HEAP32[$4_1 + 3155136 >> 2];
                                                         $7 = HEAP32[$4_1 + 3155140 >> 2];
                                                         HEAP32[$4_1 + 3155136 >> 2] = $0_1 ^ $12_1;
                                                         HEAP32[$4_1 + 3155140 >> 2] = $7 ^ $17;
                                                         break block107;
                                                        }
                                                        if ($9 >>> 0 >= 8) {
                                                         $57($9, 8, 1051640);
                                                         wasm2js_trap();
                                                        }
                                                        $9 = $9 << 3;
                                                        $7 = $9;
                                                        $8 = HEAP32[$7 + 3155136 >> 2];
                                                        $5_1 = HEAP32[$7 + 3155140 >> 2];
                                                        $7 = 0;
                                                        HEAP32[$9 + 3155136 >> 2] = $7 - $8;
                                                        HEAP32[$9 + 3155140 >> 2] = 0 - (($8 >>> 0 > $7 >>> 0) + $5_1 | 0);
                                                        break block107;
                                                       }
                                                       if ($9 >>> 0 < 8) {
                                                        break block116
                                                       }
                                                      }
                                                      $57($9, 8, 1051608);
                                                      wasm2js_trap();
                                                     }
                                                     $11 = $22 & 2097144;
                                                    }
                                                    $25 = $3_1 + 80 | 0;
                                                    $4_1 = $11;
                                                    $14 = HEAPU8[$4_1 + 1052608 | 0] | HEAPU8[$4_1 + 1052609 | 0] << 8 | (HEAPU8[$4_1 + 1052610 | 0] << 16 | HEAPU8[$4_1 + 1052611 | 0] << 24);
                                                    $12_1 = $14;
                                                    $16 = HEAPU8[$4_1 + 1052612 | 0] | HEAPU8[$4_1 + 1052613 | 0] << 8 | (HEAPU8[$4_1 + 1052614 | 0] << 16 | HEAPU8[$4_1 + 1052615 | 0] << 24);
                                                    $1_1 = $16;
                                                    $7 = $16;
                                                    $4_1 = $12_1;
                                                    $8 = 63;
                                                    $5_1 = 31;
                                                    if (($8 & 63) >>> 0 >= 32) {
                                                     $6 = $7 >> 31;
                                                     $17 = $7 >> $5_1;
                                                    } else {
                                                     $6 = $7 >> $5_1;
                                                     $17 = ((1 << $5_1) - 1 & $7) << 32 - $5_1 | $4_1 >>> $5_1;
                                                    }
                                                    $0_1 = $6;
                                                    $9 = $9 << 3;
                                                    $7 = $9;
                                                    $14 = HEAP32[$7 + 3155136 >> 2];
                                                    $10_1 = $14;
                                                    $16 = HEAP32[$7 + 3155140 >> 2];
                                                    $4_1 = $16;
                                                    $7 = $10_1;
                                                    if (($8 & 63) >>> 0 >= 32) {
                                                     $6 = $4_1 >> 31;
                                                     $5_1 = $4_1 >> $5_1;
                                                    } else {
                                                     $6 = $4_1 >> $5_1;
                                                     $5_1 = ((1 << $5_1) - 1 & $4_1) << 32 - $5_1 | $7 >>> $5_1;
                                                    }
                                                    $63($25, $12_1, $1_1, $17, $0_1, $10_1, $4_1, $5_1, $6);
                                                    $4_1 = HEAP32[$3_1 + 92 >> 2];
                                                    HEAP32[$9 + 3155136 >> 2] = HEAP32[$3_1 + 88 >> 2];
                                                    HEAP32[$9 + 3155140 >> 2] = $4_1;
                                                    break block107;
                                                   }
                                                   if ($9 >>> 0 >= 8) {
                                                    $57($9, 8, 1051576);
                                                    wasm2js_trap();
                                                   }
                                                   if ($15 >>> 0 >= 8) {
                                                    $57($15, 8, 1051592);
                                                    wasm2js_trap();
                                                   }
                                                   $25 = $3_1 - -64 | 0;
                                                   $7 = $15 << 3;
                                                   $14 = HEAP32[$7 + 3155136 >> 2];
                                                   $12_1 = $14;
                                                   $16 = HEAP32[$7 + 3155140 >> 2];
                                                   $1_1 = $16;
                                                   $8 = $16;
                                                   $7 = $12_1;
                                                   $6 = 63;
                                                   $5_1 = 31;
                                                   if (($6 & 63) >>> 0 >= 32) {
                                                    $4_1 = $8 >> 31;
                                                    $17 = $8 >> $5_1;
                                                   } else {
                                                    $4_1 = $8 >> $5_1;
                                                    $17 = ((1 << $5_1) - 1 & $8) << 32 - $5_1 | $7 >>> $5_1;
                                                   }
                                                   $0_1 = $4_1;
                                                   $9 = $9 << 3;
                                                   $14 = HEAP32[$9 + 3155136 >> 2];
                                                   $10_1 = $14;
                                                   $16 = HEAP32[$9 + 3155140 >> 2];
                                                   $7 = $16;
                                                   $8 = $10_1;
                                                   if (($6 & 63) >>> 0 >= 32) {
                                                    $4_1 = $7 >> 31;
                                                    $5_1 = $7 >> $5_1;
                                                   } else {
                                                    $4_1 = $7 >> $5_1;
                                                    $5_1 = ((1 << $5_1) - 1 & $7) << 32 - $5_1 | $8 >>> $5_1;
                                                   }
                                                   $63($25, $12_1, $1_1, $17, $0_1, $10_1, $7, $5_1, $4_1);
                                                   $7 = HEAP32[$3_1 + 76 >> 2];
                                                   $6 = $9;
                                                   HEAP32[$6 + 3155136 >> 2] = HEAP32[$3_1 + 72 >> 2];
                                                   HEAP32[$6 + 3155140 >> 2] = $7;
                                                   break block107;
                                                  }
                                                  if ($9 >>> 0 < 8) {
                                                   break block119
                                                  }
                                                 }
                                                 $57($9, 8, 1051560);
                                                 wasm2js_trap();
                                                }
                                                $8 = $22 & 2097144;
                                               }
                                               $1_1 = HEAPU8[$8 + 1052608 | 0] | HEAPU8[$8 + 1052609 | 0] << 8 | (HEAPU8[$8 + 1052610 | 0] << 16 | HEAPU8[$8 + 1052611 | 0] << 24);
                                               $0_1 = HEAPU8[$8 + 1052612 | 0] | HEAPU8[$8 + 1052613 | 0] << 8 | (HEAPU8[$8 + 1052614 | 0] << 16 | HEAPU8[$8 + 1052615 | 0] << 24);
                                               $9 = $9 << 3;
                                               $63($6, $1_1, $0_1, 0, 0, HEAP32[$9 + 3155136 >> 2], HEAP32[$9 + 3155140 >> 2], 0, 0);
                                               $8 = HEAP32[$3_1 + 60 >> 2];
                                               $4_1 = $9;
                                               HEAP32[$4_1 + 3155136 >> 2] = HEAP32[$3_1 + 56 >> 2];
                                               HEAP32[$4_1 + 3155140 >> 2] = $8;
                                               break block107;
                                              }
                                              if ($9 >>> 0 >= 8) {
                                               $57($9, 8, 1051528);
                                               wasm2js_trap();
                                              }
                                              if ($15 >>> 0 >= 8) {
                                               $57($15, 8, 1051544);
                                               wasm2js_trap();
                                              }
                                              $6 = $15 << 3;
                                              $1_1 = HEAP32[$6 + 3155136 >> 2];
                                              $0_1 = HEAP32[$6 + 3155140 >> 2];
                                              $9 = $9 << 3;
                                              $6 = $9;
                                              $63($3_1 + 32 | 0, $1_1, $0_1, 0, 0, HEAP32[$6 + 3155136 >> 2], HEAP32[$6 + 3155140 >> 2], 0, 0);
                                              $6 = HEAP32[$3_1 + 44 >> 2];
                                              HEAP32[$9 + 3155136 >> 2] = HEAP32[$3_1 + 40 >> 2];
                                              HEAP32[$9 + 3155140 >> 2] = $6;
                                              break block107;
                                             }
                                             if ($9 >>> 0 < 8) {
                                              break block122
                                             }
                                            }
                                            $57($9, 8, 1051512);
                                            wasm2js_trap();
                                           }
                                           $4_1 = $22 & 2097144;
                                          }
                                          $1_1 = HEAPU8[$4_1 + 1052608 | 0] | HEAPU8[$4_1 + 1052609 | 0] << 8 | (HEAPU8[$4_1 + 1052610 | 0] << 16 | HEAPU8[$4_1 + 1052611 | 0] << 24);
                                          $6 = HEAPU8[$4_1 + 1052612 | 0] | HEAPU8[$4_1 + 1052613 | 0] << 8 | (HEAPU8[$4_1 + 1052614 | 0] << 16 | HEAPU8[$4_1 + 1052615 | 0] << 24);
                                          $9 = $9 << 3;
                                          $4_1 = $9;
                                          $0_1 = HEAP32[$4_1 + 3155136 >> 2];
                                          (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = __wasm_i64_mul($1_1, $6, $0_1, HEAP32[$4_1 + 3155140 >> 2])), HEAP32[wasm2js_i32$0 + 3155136 >> 2] = wasm2js_i32$1;
                                          HEAP32[$4_1 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                          break block107;
                                         }
                                         if ($9 >>> 0 >= 8) {
                                          $57($9, 8, 1051496);
                                          wasm2js_trap();
                                         }
                                         $9 = $9 << 3;
                                         $4_1 = $9;
                                         $0_1 = __wasm_i64_mul(HEAP32[$4_1 + 3155136 >> 2], HEAP32[$4_1 + 3155140 >> 2], $12_1, $17);
                                         HEAP32[$4_1 + 3155136 >> 2] = $0_1;
                                         HEAP32[$4_1 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                         break block107;
                                        }
                                        if ($9 >>> 0 < 8) {
                                         break block124
                                        }
                                       }
                                       $57($9, 8, 1051480);
                                       wasm2js_trap();
                                      }
                                      $11 = $22 & 2097144;
                                     }
                                     $9 = $9 << 3;
                                     $4_1 = $9;
                                     $0_1 = HEAP32[$4_1 + 3155136 >> 2];
                                     $7 = HEAP32[$4_1 + 3155140 >> 2];
                                     $4_1 = $11;
                                     $8 = HEAPU8[$4_1 + 1052608 | 0] | HEAPU8[$4_1 + 1052609 | 0] << 8 | (HEAPU8[$4_1 + 1052610 | 0] << 16 | HEAPU8[$4_1 + 1052611 | 0] << 24);
                                     $6 = HEAPU8[$4_1 + 1052612 | 0] | HEAPU8[$4_1 + 1052613 | 0] << 8 | (HEAPU8[$4_1 + 1052614 | 0] << 16 | HEAPU8[$4_1 + 1052615 | 0] << 24);
                                     $4_1 = $0_1;
                                     $5_1 = $4_1 - $8 | 0;
                                     $10_1 = $7 - (($4_1 >>> 0 < $8 >>> 0) + $6 | 0) | 0;
                                     $4_1 = $9;
                                     HEAP32[$4_1 + 3155136 >> 2] = $5_1;
                                     HEAP32[$4_1 + 3155140 >> 2] = $10_1;
                                     break block107;
                                    }
                                    if ($9 >>> 0 >= 8) {
                                     $57($9, 8, 1051464);
                                     wasm2js_trap();
                                    }
                                    $9 = $9 << 3;
                                    $7 = $9;
                                    $0_1 = HEAP32[$7 + 3155136 >> 2];
                                    $4_1 = HEAP32[$7 + 3155140 >> 2];
                                    $7 = $0_1;
                                    $8 = $12_1;
                                    HEAP32[$9 + 3155136 >> 2] = $7 - $8;
                                    HEAP32[$9 + 3155140 >> 2] = $4_1 - (($8 >>> 0 > $7 >>> 0) + $17 | 0);
                                    break block107;
                                   }
                                   if ($9 >>> 0 < 8) {
                                    break block126
                                   }
                                  }
                                  $57($9, 8, 1051448);
                                  wasm2js_trap();
                                 }
                                 $11 = $22 & 2097144;
                                }
                                $9 = $9 << 3;
                                $4_1 = $11;
                                $0_1 = HEAPU8[$4_1 + 1052608 | 0] | HEAPU8[$4_1 + 1052609 | 0] << 8 | (HEAPU8[$4_1 + 1052610 | 0] << 16 | HEAPU8[$4_1 + 1052611 | 0] << 24);
                                $5_1 = HEAPU8[$4_1 + 1052612 | 0] | HEAPU8[$4_1 + 1052613 | 0] << 8 | (HEAPU8[$4_1 + 1052614 | 0] << 16 | HEAPU8[$4_1 + 1052615 | 0] << 24);
                                $4_1 = $9;
                                $8 = HEAP32[$4_1 + 3155136 >> 2];
                                $6 = $5_1 + HEAP32[$4_1 + 3155140 >> 2] | 0;
                                $10_1 = $0_1 + $8 | 0;
                                $6 = $8 >>> 0 > $10_1 >>> 0 ? $6 + 1 | 0 : $6;
                                HEAP32[$4_1 + 3155136 >> 2] = $10_1;
                                HEAP32[$4_1 + 3155140 >> 2] = $6;
                                break block107;
                               }
                               if (!($22 - 1 & $22)) {
                                break block107
                               }
                               if ($9 >>> 0 < 8) {
                                $9 = $9 << 3;
                                $5_1 = 0;
                                $16 = 0;
                                $12_1 = __wasm_i64_udiv(0, -2147483648, $22, $16);
                                $17 = i64toi32_i32$HIGH_BITS;
                                $8 = __wasm_i64_mul($12_1, $17, $14, $16);
                                $0_1 = $5_1 - $8 | 0;
                                $10_1 = -2147483648 - (i64toi32_i32$HIGH_BITS + ($5_1 >>> 0 < $8 >>> 0) | 0) | 0;
                                $6 = $0_1;
                                $23 = 32 - Math_clz32($14) | 0;
                                $8 = $23;
                                $4_1 = $8 & 31;
                                if (($8 & 63) >>> 0 >= 32) {
                                 $5_1 = $6 << $4_1;
                                 $0_1 = 0;
                                } else {
                                 $5_1 = (1 << $4_1) - 1 & $6 >>> 32 - $4_1 | $10_1 << $4_1;
                                 $0_1 = $6 << $4_1;
                                }
                                $1_1 = __wasm_i64_udiv($0_1, $5_1, $14, $16);
                                $0_1 = i64toi32_i32$HIGH_BITS;
                                $5_1 = $17;
                                $10_1 = $12_1;
                                $4_1 = $23 & 31;
                                if (($8 & 63) >>> 0 >= 32) {
                                 $6 = $10_1 << $4_1;
                                 $8 = 0;
                                } else {
                                 $6 = (1 << $4_1) - 1 & $10_1 >>> 32 - $4_1 | $5_1 << $4_1;
                                 $8 = $10_1 << $4_1;
                                }
                                $4_1 = $1_1 + $8 | 0;
                                $7 = $0_1 + $6 | 0;
                                $6 = $9;
                                $0_1 = __wasm_i64_mul($4_1, $4_1 >>> 0 < $8 >>> 0 ? $7 + 1 | 0 : $7, HEAP32[$6 + 3155136 >> 2], HEAP32[$6 + 3155140 >> 2]);
                                HEAP32[$6 + 3155136 >> 2] = $0_1;
                                HEAP32[$6 + 3155140 >> 2] = i64toi32_i32$HIGH_BITS;
                                break block107;
                               }
                               $57($9, 8, 1051624);
                               wasm2js_trap();
                              }
                              if ($9 >>> 0 > 7) {
                               break block128
                              }
                              $6 = $9 << 3;
                              $12_1 = HEAP32[$6 + 3155136 >> 2];
                              $23 = $12_1;
                              $17 = HEAP32[$6 + 3155140 >> 2];
                              $25 = $17;
                             }
                             $11 = $9 << 3;
                             $10_1 = ($9 | 0) == 5;
                             $7 = $10_1 ? $14 : 0;
                             $4_1 = $25 + ($10_1 ? $16 : 0) | 0;
                             $5_1 = $7 + $23 | 0;
                             $4_1 = $5_1 >>> 0 < $7 >>> 0 ? $4_1 + 1 | 0 : $4_1;
                             $1_1 = $5_1;
                             $0_1 = $4_1;
                             $4_1 = $17;
                             $6 = $12_1;
                             $7 = $20_1 >>> 2 & 3;
                             $8 = $7;
                             if (($7 & 63) >>> 0 >= 32) {
                              $10_1 = $6 << $7;
                              $7 = 0;
                             } else {
                              $10_1 = (1 << $8) - 1 & $6 >>> 32 - $8 | $4_1 << $8;
                              $7 = $6 << $8;
                             }
                             $5_1 = $0_1 + $10_1 | 0;
                             $8 = $1_1 + $7 | 0;
                             $5_1 = $7 >>> 0 > $8 >>> 0 ? $5_1 + 1 | 0 : $5_1;
                             $4_1 = $11;
                             HEAP32[$4_1 + 3155136 >> 2] = $8;
                             HEAP32[$4_1 + 3155140 >> 2] = $5_1;
                             break block107;
                            }
                            $57($9, 8, 1051416);
                            wasm2js_trap();
                           }
                           $0_1 = __wasm_rotr_i64($12_1, $17, $22);
                           HEAP32[788862] = $0_1 & 3;
                           break block107;
                          }
                          if ($9 >>> 0 > 7) {
                           break block129
                          }
                          $10_1 = $9 << 3;
                          $12_1 = HEAP32[$10_1 + 3155136 >> 2];
                         }
                         $9 = $9 << 4 & 48;
                         $35 = HEAPF64[$9 + 3155272 >> 3];
                         $6 = $12_1 + $14 | 0;
                         $11 = $6 & $23;
                         $0_1 = $11;
                         wasm2js_scratch_store_f64(+(HEAPU8[$0_1 + 1052612 | 0] | HEAPU8[$0_1 + 1052613 | 0] << 8 | (HEAPU8[$0_1 + 1052614 | 0] << 16 | HEAPU8[$0_1 + 1052615 | 0] << 24)));
                         $10_1 = wasm2js_scratch_load_i32(1) | 0;
                         $0_1 = wasm2js_scratch_load_i32(0) | 0;
                         $8 = $10_1 & 16777215;
                         $10_1 = 0;
                         $7 = HEAP32[$10_1 + 3155440 >> 2];
                         $4_1 = HEAP32[$10_1 + 3155444 >> 2];
                         wasm2js_scratch_store_i32(0, $0_1 | $7);
                         wasm2js_scratch_store_i32(1, $4_1 | $8);
                         (wasm2js_i32$0 = $9, wasm2js_f64$0 = $35 / +wasm2js_scratch_load_f64()), HEAPF64[wasm2js_i32$0 + 3155272 >> 3] = wasm2js_f64$0;
                         $35 = HEAPF64[$9 + 3155264 >> 3];
                         wasm2js_scratch_store_f64(+(HEAPU8[$11 + 1052608 | 0] | HEAPU8[$11 + 1052609 | 0] << 8 | (HEAPU8[$11 + 1052610 | 0] << 16 | HEAPU8[$11 + 1052611 | 0] << 24)));
                         $4_1 = wasm2js_scratch_load_i32(1) | 0;
                         $0_1 = wasm2js_scratch_load_i32(0) | 0;
                         $8 = $4_1 & 16777215;
                         $4_1 = 0;
                         $7 = HEAP32[$4_1 + 3155432 >> 2];
                         $10_1 = HEAP32[$4_1 + 3155436 >> 2];
                         wasm2js_scratch_store_i32(0, $0_1 | $7);
                         wasm2js_scratch_store_i32(1, $8 | $10_1);
                         (wasm2js_i32$0 = $9, wasm2js_f64$0 = $35 / +wasm2js_scratch_load_f64()), HEAPF64[wasm2js_i32$0 + 3155264 >> 3] = wasm2js_f64$0;
                         break block107;
                        }
                        $57($9, 8, 1051752);
                        wasm2js_trap();
                       }
                       $9 = $9 << 4 & 48;
                       $11 = $15 << 4 & 48;
                       HEAPF64[$9 + 3155272 >> 3] = HEAPF64[$11 + 3155336 >> 3] * HEAPF64[$9 + 3155272 >> 3];
                       HEAPF64[$9 + 3155264 >> 3] = HEAPF64[$11 + 3155328 >> 3] * HEAPF64[$9 + 3155264 >> 3];
                       break block107;
                      }
                      $9 = $9 << 4 & 48;
                      $0_1 = HEAP32[$9 + 3155200 >> 2];
                      $4_1 = HEAP32[$9 + 3155204 >> 2];
                      HEAP32[$9 + 3155200 >> 2] = $0_1;
                      HEAP32[$9 + 3155204 >> 2] = $4_1 ^ -2131755008;
                      $4_1 = $9;
                      $0_1 = HEAP32[$4_1 + 3155208 >> 2];
                      $8 = HEAP32[$4_1 + 3155212 >> 2];
                      HEAP32[$4_1 + 3155208 >> 2] = $0_1;
                      HEAP32[$4_1 + 3155212 >> 2] = $8 ^ -2131755008;
                      break block107;
                     }
                     if ($9 >>> 0 > 7) {
                      break block130
                     }
                     $8 = $9 << 3;
                     $12_1 = HEAP32[$8 + 3155136 >> 2];
                     $17 = HEAP32[$8 + 3155140 >> 2];
                    }
                    $7 = $14;
                    $5_1 = $7 + $12_1 | 0;
                    $9 = $9 << 4 & 48;
                    $11 = $5_1 & $23;
                    $0_1 = $11;
                    $35 = +(HEAPU8[$0_1 + 1052612 | 0] | HEAPU8[$0_1 + 1052613 | 0] << 8 | (HEAPU8[$0_1 + 1052614 | 0] << 16 | HEAPU8[$0_1 + 1052615 | 0] << 24));
                    $15 = ($19_1 | 0) == 19;
                    HEAPF64[$9 + 3155208 >> 3] = HEAPF64[$9 + 3155208 >> 3] + ($15 ? $35 : -$35);
                    $35 = +(HEAPU8[$0_1 + 1052608 | 0] | HEAPU8[$0_1 + 1052609 | 0] << 8 | (HEAPU8[$0_1 + 1052610 | 0] << 16 | HEAPU8[$0_1 + 1052611 | 0] << 24));
                    HEAPF64[$9 + 3155200 >> 3] = HEAPF64[$9 + 3155200 >> 3] + ($15 ? $35 : -$35);
                    break block107;
                   }
                   $57($9, 8, 1051736);
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
                 $11 = $9 + 3155208 | 0;
                 $6 = $11;
                 $14 = HEAP32[$6 >> 2];
                 $16 = HEAP32[$6 + 4 >> 2];
                 $9 = $9 + 3155200 | 0;
                 $6 = $9;
                 $0_1 = HEAP32[$6 >> 2];
                 $8 = HEAP32[$6 + 4 >> 2];
                 $4_1 = $11;
                 HEAP32[$4_1 >> 2] = $0_1;
                 HEAP32[$4_1 + 4 >> 2] = $8;
                 $4_1 = $6;
                 HEAP32[$4_1 >> 2] = $14;
                 HEAP32[$4_1 + 4 >> 2] = $16;
                 break block107;
                }
                $11 = $22 & 2097144;
               }
               if ($9 >>> 0 >= 8) {
                break block131
               }
               $9 = $9 << 3;
               $6 = $9;
               $0_1 = HEAP32[$6 + 3155136 >> 2];
               $8 = HEAP32[$6 + 3155140 >> 2];
               $6 = $11;
               $7 = HEAPU8[$6 + 1052608 | 0] | HEAPU8[$6 + 1052609 | 0] << 8 | (HEAPU8[$6 + 1052610 | 0] << 16 | HEAPU8[$6 + 1052611 | 0] << 24);
               $4_1 = HEAPU8[$6 + 1052612 | 0] | HEAPU8[$6 + 1052613 | 0] << 8 | (HEAPU8[$6 + 1052614 | 0] << 16 | HEAPU8[$6 + 1052615 | 0] << 24);
               $6 = $9;
               HEAP32[$6 + 3155136 >> 2] = $0_1 ^ $7;
               HEAP32[$6 + 3155140 >> 2] = $4_1 ^ $8;
              }
              $11 = $13 + 1 | 0;
             }
             $13 = $11;
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
            $0_1 = HEAP32[($11 << 3) + 3155136 >> 2] ^ HEAP32[($9 << 3) + 3155136 >> 2];
            $8 = 0;
            $4_1 = 0;
            $7 = HEAP32[$4_1 + 3155400 >> 2];
            $6 = HEAP32[$4_1 + 3155404 >> 2];
            $31 = $0_1 ^ $7;
            HEAP32[0 + 3155400 >> 2] = $31;
            $39_1 = $6 ^ $8;
            HEAP32[$4_1 + 3155404 >> 2] = $39_1;
            $32 = HEAP32[0 + 3155392 >> 2];
            $0_1 = $32;
            $4_1 = HEAP32[$8 + 3155396 >> 2];
            $42_1 = $4_1;
            $0_1 = $0_1 & 2147483647;
            $4_1 = 0;
            $7 = HEAP32[$4_1 + 3155424 >> 2];
            $5_1 = HEAP32[$4_1 + 3155428 >> 2] + $8 | 0;
            $10_1 = $0_1 + $7 | 0;
            $5_1 = $7 >>> 0 > $10_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
            $8 = $10_1;
            $7 = 6;
            $6 = 6;
            if (($7 & 63) >>> 0 >= 32) {
             $14 = $5_1 >>> $6 | 0
            } else {
             $4_1 = $5_1 >>> $6 | 0;
             $14 = ((1 << $6) - 1 & $5_1) << 32 - $6 | $8 >>> $6;
            }
            $5_1 = __wasm_i64_mul($14, $4_1, 1284865837, 1481765933);
            $10_1 = i64toi32_i32$HIGH_BITS + 1481765933 | 0;
            $7 = 1284865837;
            $6 = $5_1 + $7 | 0;
            HEAP32[$3_1 + 96 >> 2] = $6;
            $10_1 = $6 >>> 0 < $7 >>> 0 ? $10_1 + 1 | 0 : $10_1;
            HEAP32[$3_1 + 100 >> 2] = $10_1;
            HEAP32[$3_1 + 152 >> 2] = $6 ^ -1238571698;
            HEAP32[$3_1 + 156 >> 2] = $10_1 ^ -2071643145;
            HEAP32[$3_1 + 144 >> 2] = $6 ^ 1827024248;
            HEAP32[$3_1 + 148 >> 2] = $10_1 ^ 791303796;
            HEAP32[$3_1 + 136 >> 2] = $6 ^ -827659252;
            HEAP32[$3_1 + 140 >> 2] = $10_1 ^ -1841827911;
            HEAP32[$3_1 + 128 >> 2] = $6 ^ 396331618;
            HEAP32[$3_1 + 132 >> 2] = $10_1 ^ 1229792663;
            HEAP32[$3_1 + 120 >> 2] = $6 ^ -1088272036;
            HEAP32[$3_1 + 124 >> 2] = $10_1 ^ -2128168676;
            HEAP32[$3_1 + 112 >> 2] = $6 ^ 952293446;
            HEAP32[$3_1 + 116 >> 2] = $10_1 ^ -1485792801;
            HEAP32[$3_1 + 104 >> 2] = $6 ^ 1509270012;
            HEAP32[$3_1 + 108 >> 2] = $10_1 ^ -2130012278;
            while (1) {
             $22 = $19_1 + 3080 | 0;
             $20_1 = $14 << 3 & 2097144;
             $11 = 0;
             while (1) {
              $9 = $11 + $19_1 | 0;
              $13 = HEAP32[$9 + 19932700 >> 2];
              if ($13 >>> 0 > 7) {
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
                         $15 = HEAP32[$9 + 19932696 >> 2];
                         if ($15 >>> 0 < 8) {
                          $10_1 = ($3_1 + 96 | 0) + ($13 << 3) | 0;
                          $14 = HEAP32[$10_1 >> 2];
                          $16 = HEAP32[$10_1 + 4 >> 2];
                          $13 = ($3_1 + 96 | 0) + ($15 << 3) | 0;
                          switch (HEAP32[$9 + 19932680 >> 2] - 1 | 0) {
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
                         $57($15, 8, 1049240);
                         wasm2js_trap();
                        }
                        $10_1 = $13;
                        $0_1 = HEAP32[$10_1 >> 2];
                        $5_1 = HEAP32[$10_1 + 4 >> 2];
                        $7 = $14;
                        $14 = $0_1 - $7 | 0;
                        $4_1 = $5_1 - (($0_1 >>> 0 < $7 >>> 0) + $16 | 0) | 0;
                        break block146;
                       }
                       $5_1 = $13;
                       $14 = HEAP32[$5_1 >> 2] ^ $14;
                       $4_1 = $16 ^ HEAP32[$5_1 + 4 >> 2];
                       break block146;
                      }
                      $5_1 = $16;
                      $10_1 = $14;
                      $7 = HEAP32[$9 + 19932684 >> 2];
                      $4_1 = $7 & 31;
                      if (($7 & 63) >>> 0 >= 32) {
                       $6 = $10_1 << $4_1;
                       $1_1 = 0;
                      } else {
                       $6 = (1 << $4_1) - 1 & $10_1 >>> 32 - $4_1 | $5_1 << $4_1;
                       $1_1 = $10_1 << $4_1;
                      }
                      $5_1 = $13;
                      $7 = HEAP32[$5_1 >> 2];
                      $8 = HEAP32[$5_1 + 4 >> 2] + $6 | 0;
                      $4_1 = $1_1 + $7 | 0;
                      $8 = $7 >>> 0 > $4_1 >>> 0 ? $8 + 1 | 0 : $8;
                      $14 = $4_1;
                      $4_1 = $8;
                      break block146;
                     }
                     $10_1 = $13;
                     $14 = __wasm_i64_mul(HEAP32[$10_1 >> 2], HEAP32[$10_1 + 4 >> 2], $14, $16);
                     $4_1 = i64toi32_i32$HIGH_BITS;
                     break block146;
                    }
                    $10_1 = $13;
                    $14 = __wasm_rotr_i64(HEAP32[$10_1 >> 2], HEAP32[$10_1 + 4 >> 2], HEAP32[$9 + 19932684 >> 2]);
                    $4_1 = i64toi32_i32$HIGH_BITS;
                    break block146;
                   }
                   $10_1 = $13;
                   $0_1 = HEAP32[$10_1 >> 2];
                   $5_1 = HEAP32[$10_1 + 4 >> 2];
                   $10_1 = $9 + 19932688 | 0;
                   $7 = HEAP32[$10_1 >> 2];
                   $4_1 = $5_1 + HEAP32[$10_1 + 4 >> 2] | 0;
                   $6 = $0_1 + $7 | 0;
                   $4_1 = $6 >>> 0 < $7 >>> 0 ? $4_1 + 1 | 0 : $4_1;
                   $14 = $6;
                   break block146;
                  }
                  $5_1 = $13;
                  $0_1 = HEAP32[$5_1 >> 2];
                  $4_1 = HEAP32[$5_1 + 4 >> 2];
                  $5_1 = $9 + 19932688 | 0;
                  $14 = $0_1 ^ HEAP32[$5_1 >> 2];
                  $4_1 = $4_1 ^ HEAP32[$5_1 + 4 >> 2];
                  break block146;
                 }
                 $4_1 = $13;
                 $63($3_1, HEAP32[$4_1 >> 2], HEAP32[$4_1 + 4 >> 2], 0, 0, $14, $16, 0, 0);
                 $14 = HEAP32[$3_1 + 8 >> 2];
                 $4_1 = HEAP32[$3_1 + 12 >> 2];
                 break block146;
                }
                $6 = $3_1 + 16 | 0;
                $10_1 = $13;
                $12_1 = HEAP32[$10_1 >> 2];
                $17 = HEAP32[$10_1 + 4 >> 2];
                $7 = $17;
                $10_1 = $12_1;
                $5_1 = 63;
                $8 = 31;
                if (($5_1 & 63) >>> 0 >= 32) {
                 $4_1 = $7 >> 31;
                 $1_1 = $7 >> $8;
                } else {
                 $4_1 = $7 >> $8;
                 $1_1 = ((1 << $8) - 1 & $7) << 32 - $8 | $10_1 >>> $8;
                }
                $0_1 = $4_1;
                $4_1 = $16;
                $7 = $14;
                if (($5_1 & 63) >>> 0 >= 32) {
                 $10_1 = $4_1 >> 31;
                 $5_1 = $4_1 >> $8;
                } else {
                 $10_1 = $4_1 >> $8;
                 $5_1 = ((1 << $8) - 1 & $4_1) << 32 - $8 | $7 >>> $8;
                }
                $63($6, $12_1, $17, $1_1, $0_1, $14, $4_1, $5_1, $10_1);
                $14 = HEAP32[$3_1 + 24 >> 2];
                $4_1 = HEAP32[$3_1 + 28 >> 2];
                break block146;
               }
               $7 = $13;
               $1_1 = HEAP32[$7 >> 2];
               $0_1 = HEAP32[$7 + 4 >> 2];
               $7 = $9 + 19932688 | 0;
               $14 = __wasm_i64_mul($1_1, $0_1, HEAP32[$7 >> 2], HEAP32[$7 + 4 >> 2]);
               $4_1 = i64toi32_i32$HIGH_BITS;
              }
              $16 = $4_1;
              $5_1 = $13;
              HEAP32[$5_1 >> 2] = $14;
              HEAP32[$5_1 + 4 >> 2] = $16;
              $11 = $11 + 24 | 0;
              if (($11 | 0) != 3072) {
               continue
              }
              break;
             };
             $4_1 = HEAP32[$3_1 + 100 >> 2];
             $9 = $20_1 << 3;
             $7 = $9;
             $10_1 = HEAP32[$7 + 3155456 >> 2];
             $5_1 = HEAP32[$7 + 3155460 >> 2];
             $12_1 = HEAP32[$3_1 + 96 >> 2] ^ $10_1;
             HEAP32[$3_1 + 96 >> 2] = $12_1;
             $17 = $4_1 ^ $5_1;
             HEAP32[$3_1 + 100 >> 2] = $17;
             $5_1 = HEAP32[$3_1 + 108 >> 2];
             $4_1 = $7;
             $10_1 = HEAP32[$4_1 + 3155464 >> 2];
             $7 = HEAP32[$4_1 + 3155468 >> 2];
             $23 = HEAP32[$3_1 + 104 >> 2] ^ $10_1;
             HEAP32[$3_1 + 104 >> 2] = $23;
             $25 = $5_1 ^ $7;
             HEAP32[$3_1 + 108 >> 2] = $25;
             $7 = HEAP32[$3_1 + 116 >> 2];
             $4_1 = HEAP32[$4_1 + 3155476 >> 2];
             $28 = HEAP32[$9 + 3155472 >> 2] ^ HEAP32[$3_1 + 112 >> 2];
             HEAP32[$3_1 + 112 >> 2] = $28;
             $33 = $4_1 ^ $7;
             HEAP32[$3_1 + 116 >> 2] = $33;
             $4_1 = HEAP32[$3_1 + 124 >> 2];
             $5_1 = HEAP32[$9 + 3155484 >> 2];
             $27_1 = HEAP32[$9 + 3155480 >> 2] ^ HEAP32[$3_1 + 120 >> 2];
             HEAP32[$3_1 + 120 >> 2] = $27_1;
             $34_1 = $4_1 ^ $5_1;
             HEAP32[$3_1 + 124 >> 2] = $34_1;
             $5_1 = HEAP32[$3_1 + 132 >> 2];
             $4_1 = $9;
             $10_1 = HEAP32[$4_1 + 3155488 >> 2];
             $7 = HEAP32[$4_1 + 3155492 >> 2];
             $37_1 = HEAP32[$3_1 + 128 >> 2] ^ $10_1;
             HEAP32[$3_1 + 128 >> 2] = $37_1;
             $29_1 = $5_1 ^ $7;
             HEAP32[$3_1 + 132 >> 2] = $29_1;
             $7 = HEAP32[$3_1 + 140 >> 2];
             $4_1 = HEAP32[$4_1 + 3155500 >> 2];
             $44_1 = HEAP32[$9 + 3155496 >> 2] ^ HEAP32[$3_1 + 136 >> 2];
             HEAP32[$3_1 + 136 >> 2] = $44_1;
             $41_1 = $4_1 ^ $7;
             HEAP32[$3_1 + 140 >> 2] = $41_1;
             $4_1 = HEAP32[$3_1 + 148 >> 2];
             $5_1 = HEAP32[$9 + 3155508 >> 2];
             $36_1 = HEAP32[$9 + 3155504 >> 2] ^ HEAP32[$3_1 + 144 >> 2];
             HEAP32[$3_1 + 144 >> 2] = $36_1;
             $0_1 = $4_1 ^ $5_1;
             HEAP32[$3_1 + 148 >> 2] = $0_1;
             $5_1 = HEAP32[$3_1 + 156 >> 2];
             $4_1 = $9;
             $10_1 = HEAP32[$4_1 + 3155512 >> 2];
             $7 = HEAP32[$4_1 + 3155516 >> 2];
             $40_1 = HEAP32[$3_1 + 152 >> 2] ^ $10_1;
             HEAP32[$3_1 + 152 >> 2] = $40_1;
             $1_1 = $5_1 ^ $7;
             HEAP32[$3_1 + 156 >> 2] = $1_1;
             $9 = HEAP32[$19_1 + 19935752 >> 2];
             if ($9 >>> 0 > 7) {
              break block147
             }
             $5_1 = ($3_1 + 96 | 0) + ($9 << 3) | 0;
             $14 = HEAP32[$5_1 >> 2];
             $19_1 = $22;
             if (($19_1 | 0) != 24640) {
              continue
             }
             break;
            };
            $7 = 0;
            HEAP32[$7 + 3155400 >> 2] = $32;
            HEAP32[$7 + 3155404 >> 2] = $42_1;
            HEAP32[0 + 3155392 >> 2] = $31;
            HEAP32[$7 + 3155396 >> 2] = $39_1;
            $5_1 = 0;
            $4_1 = HEAP32[$5_1 + 3155136 >> 2];
            $7 = HEAP32[$5_1 + 3155140 >> 2];
            $38_1 = $4_1 ^ $12_1;
            HEAP32[0 + 3155136 >> 2] = $38_1;
            $46_1 = $7 ^ $17;
            HEAP32[$5_1 + 3155140 >> 2] = $46_1;
            $7 = 0;
            $4_1 = HEAP32[$7 + 3155144 >> 2];
            $5_1 = HEAP32[$7 + 3155148 >> 2];
            $32 = $4_1 ^ $23;
            HEAP32[0 + 3155144 >> 2] = $32;
            $42_1 = $5_1 ^ $25;
            HEAP32[$7 + 3155148 >> 2] = $42_1;
            $5_1 = 0;
            $4_1 = HEAP32[$5_1 + 3155152 >> 2];
            $7 = HEAP32[$5_1 + 3155156 >> 2];
            $31 = $4_1 ^ $28;
            HEAP32[0 + 3155152 >> 2] = $31;
            $39_1 = $7 ^ $33;
            HEAP32[$5_1 + 3155156 >> 2] = $39_1;
            $7 = 0;
            $4_1 = HEAP32[$7 + 3155160 >> 2];
            $5_1 = HEAP32[$7 + 3155164 >> 2];
            $27_1 = $4_1 ^ $27_1;
            HEAP32[0 + 3155160 >> 2] = $27_1;
            $34_1 = $5_1 ^ $34_1;
            HEAP32[$7 + 3155164 >> 2] = $34_1;
            $5_1 = 0;
            $4_1 = HEAP32[$5_1 + 3155168 >> 2];
            $7 = HEAP32[$5_1 + 3155172 >> 2];
            $28 = $4_1 ^ $37_1;
            HEAP32[0 + 3155168 >> 2] = $28;
            $33 = $7 ^ $29_1;
            HEAP32[$5_1 + 3155172 >> 2] = $33;
            $7 = 0;
            $4_1 = HEAP32[$7 + 3155176 >> 2];
            $5_1 = HEAP32[$7 + 3155180 >> 2];
            $23 = $4_1 ^ $44_1;
            HEAP32[0 + 3155176 >> 2] = $23;
            $25 = $5_1 ^ $41_1;
            HEAP32[$7 + 3155180 >> 2] = $25;
            $5_1 = 0;
            $4_1 = HEAP32[$5_1 + 3155184 >> 2];
            $7 = HEAP32[$5_1 + 3155188 >> 2];
            $12_1 = $4_1 ^ $36_1;
            HEAP32[0 + 3155184 >> 2] = $12_1;
            $17 = $0_1 ^ $7;
            HEAP32[$5_1 + 3155188 >> 2] = $17;
            $7 = 0;
            $0_1 = HEAP32[$7 + 3155192 >> 2];
            $5_1 = HEAP32[$7 + 3155196 >> 2];
            $14 = $0_1 ^ $40_1;
            HEAP32[0 + 3155192 >> 2] = $14;
            $16 = $1_1 ^ $5_1;
            HEAP32[$7 + 3155196 >> 2] = $16;
            $7 = $18 + 1052664 | 0;
            HEAP8[$7 | 0] = $14;
            HEAP8[$7 + 1 | 0] = $14 >>> 8;
            HEAP8[$7 + 2 | 0] = $14 >>> 16;
            HEAP8[$7 + 3 | 0] = $14 >>> 24;
            $4_1 = $16;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $7 = $18 + 1052656 | 0;
            HEAP8[$7 | 0] = $12_1;
            HEAP8[$7 + 1 | 0] = $12_1 >>> 8;
            HEAP8[$7 + 2 | 0] = $12_1 >>> 16;
            HEAP8[$7 + 3 | 0] = $12_1 >>> 24;
            $4_1 = $17;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $7 = $18 + 1052648 | 0;
            HEAP8[$7 | 0] = $23;
            HEAP8[$7 + 1 | 0] = $23 >>> 8;
            HEAP8[$7 + 2 | 0] = $23 >>> 16;
            HEAP8[$7 + 3 | 0] = $23 >>> 24;
            $4_1 = $25;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $7 = $18 + 1052640 | 0;
            HEAP8[$7 | 0] = $28;
            HEAP8[$7 + 1 | 0] = $28 >>> 8;
            HEAP8[$7 + 2 | 0] = $28 >>> 16;
            HEAP8[$7 + 3 | 0] = $28 >>> 24;
            $4_1 = $33;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $7 = $18 + 1052632 | 0;
            HEAP8[$7 | 0] = $27_1;
            HEAP8[$7 + 1 | 0] = $27_1 >>> 8;
            HEAP8[$7 + 2 | 0] = $27_1 >>> 16;
            HEAP8[$7 + 3 | 0] = $27_1 >>> 24;
            $4_1 = $34_1;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $7 = $18 + 1052624 | 0;
            HEAP8[$7 | 0] = $31;
            HEAP8[$7 + 1 | 0] = $31 >>> 8;
            HEAP8[$7 + 2 | 0] = $31 >>> 16;
            HEAP8[$7 + 3 | 0] = $31 >>> 24;
            $4_1 = $39_1;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $7 = $18 + 1052616 | 0;
            HEAP8[$7 | 0] = $32;
            HEAP8[$7 + 1 | 0] = $32 >>> 8;
            HEAP8[$7 + 2 | 0] = $32 >>> 16;
            HEAP8[$7 + 3 | 0] = $32 >>> 24;
            $4_1 = $42_1;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $7 = $18 + 1052608 | 0;
            HEAP8[$7 | 0] = $38_1;
            HEAP8[$7 + 1 | 0] = $38_1 >>> 8;
            HEAP8[$7 + 2 | 0] = $38_1 >>> 16;
            HEAP8[$7 + 3 | 0] = $38_1 >>> 24;
            $4_1 = $46_1;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $5_1 = 0;
            $40_1 = HEAP32[$5_1 + 3155264 >> 2];
            $4_1 = $40_1;
            $1_1 = HEAP32[$5_1 + 3155268 >> 2];
            $36_1 = HEAP32[0 + 3155200 >> 2];
            $10_1 = $36_1;
            $0_1 = HEAP32[$5_1 + 3155204 >> 2];
            $7 = $0_1;
            $5_1 = $21 + 1052608 | 0;
            $4_1 = $4_1 ^ $10_1;
            HEAP8[$5_1 | 0] = $4_1;
            HEAP8[$5_1 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $1_1 ^ $7;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $4_1 = 0;
            $41_1 = HEAP32[$4_1 + 3155272 >> 2];
            $5_1 = $41_1;
            $50_1 = HEAP32[$4_1 + 3155276 >> 2];
            $7 = $50_1;
            $51_1 = HEAP32[0 + 3155208 >> 2];
            $10_1 = $51_1;
            $20_1 = HEAP32[$4_1 + 3155212 >> 2];
            $8 = $20_1;
            $4_1 = $21 + 1052616 | 0;
            $5_1 = $5_1 ^ $10_1;
            HEAP8[$4_1 | 0] = $5_1;
            HEAP8[$4_1 + 1 | 0] = $5_1 >>> 8;
            HEAP8[$4_1 + 2 | 0] = $5_1 >>> 16;
            HEAP8[$4_1 + 3 | 0] = $5_1 >>> 24;
            $5_1 = $8 ^ $7;
            HEAP8[$4_1 + 4 | 0] = $5_1;
            HEAP8[$4_1 + 5 | 0] = $5_1 >>> 8;
            HEAP8[$4_1 + 6 | 0] = $5_1 >>> 16;
            HEAP8[$4_1 + 7 | 0] = $5_1 >>> 24;
            $7 = 0;
            $52 = HEAP32[$7 + 3155280 >> 2];
            $4_1 = $52;
            $15 = HEAP32[$7 + 3155284 >> 2];
            $8 = $15;
            $53_1 = HEAP32[0 + 3155216 >> 2];
            $10_1 = $53_1;
            $18 = HEAP32[$7 + 3155220 >> 2];
            $5_1 = $18;
            $7 = $21 + 1052624 | 0;
            $4_1 = $4_1 ^ $10_1;
            HEAP8[$7 | 0] = $4_1;
            HEAP8[$7 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $5_1 ^ $8;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $5_1 = 0;
            $54 = HEAP32[$5_1 + 3155288 >> 2];
            $4_1 = $54;
            $19_1 = HEAP32[$5_1 + 3155292 >> 2];
            $8 = $19_1;
            $55_1 = HEAP32[0 + 3155224 >> 2];
            $10_1 = $55_1;
            $22 = HEAP32[$5_1 + 3155228 >> 2];
            $7 = $22;
            $5_1 = $21 + 1052632 | 0;
            $4_1 = $4_1 ^ $10_1;
            HEAP8[$5_1 | 0] = $4_1;
            HEAP8[$5_1 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $8 ^ $7;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $4_1 = 0;
            $56_1 = HEAP32[$4_1 + 3155296 >> 2];
            $5_1 = $56_1;
            $11 = HEAP32[$4_1 + 3155300 >> 2];
            $7 = $11;
            $57_1 = HEAP32[0 + 3155232 >> 2];
            $10_1 = $57_1;
            $13 = HEAP32[$4_1 + 3155236 >> 2];
            $8 = $13;
            $4_1 = $21 + 1052640 | 0;
            $5_1 = $5_1 ^ $10_1;
            HEAP8[$4_1 | 0] = $5_1;
            HEAP8[$4_1 + 1 | 0] = $5_1 >>> 8;
            HEAP8[$4_1 + 2 | 0] = $5_1 >>> 16;
            HEAP8[$4_1 + 3 | 0] = $5_1 >>> 24;
            $5_1 = $8 ^ $7;
            HEAP8[$4_1 + 4 | 0] = $5_1;
            HEAP8[$4_1 + 5 | 0] = $5_1 >>> 8;
            HEAP8[$4_1 + 6 | 0] = $5_1 >>> 16;
            HEAP8[$4_1 + 7 | 0] = $5_1 >>> 24;
            $7 = 0;
            $58 = HEAP32[$7 + 3155304 >> 2];
            $6 = $58;
            $9 = HEAP32[$7 + 3155308 >> 2];
            $59 = HEAP32[0 + 3155240 >> 2];
            $4_1 = $59;
            $10_1 = HEAP32[$7 + 3155244 >> 2];
            $5_1 = $10_1;
            $7 = $21 + 1052648 | 0;
            $4_1 = $4_1 ^ $6;
            HEAP8[$7 | 0] = $4_1;
            HEAP8[$7 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $5_1 ^ $9;
            HEAP8[$7 + 4 | 0] = $4_1;
            HEAP8[$7 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$7 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$7 + 7 | 0] = $4_1 >>> 24;
            $5_1 = 0;
            $30_1 = HEAP32[$5_1 + 3155312 >> 2];
            $29_1 = $30_1;
            $6 = HEAP32[$5_1 + 3155316 >> 2];
            $45_1 = HEAP32[0 + 3155248 >> 2];
            $4_1 = $45_1;
            $7 = HEAP32[$5_1 + 3155252 >> 2];
            $5_1 = $21 + 1052656 | 0;
            $4_1 = $4_1 ^ $29_1;
            HEAP8[$5_1 | 0] = $4_1;
            HEAP8[$5_1 + 1 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 2 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 3 | 0] = $4_1 >>> 24;
            $4_1 = $6 ^ $7;
            HEAP8[$5_1 + 4 | 0] = $4_1;
            HEAP8[$5_1 + 5 | 0] = $4_1 >>> 8;
            HEAP8[$5_1 + 6 | 0] = $4_1 >>> 16;
            HEAP8[$5_1 + 7 | 0] = $4_1 >>> 24;
            $4_1 = 0;
            $48_1 = HEAP32[$4_1 + 3155320 >> 2];
            $37_1 = $48_1;
            $8 = HEAP32[$4_1 + 3155324 >> 2];
            $49 = HEAP32[0 + 3155256 >> 2];
            $29_1 = $49;
            $5_1 = HEAP32[$4_1 + 3155260 >> 2];
            $4_1 = $21 + 1052664 | 0;
            $29_1 = $29_1 ^ $37_1;
            HEAP8[$4_1 | 0] = $29_1;
            HEAP8[$4_1 + 1 | 0] = $29_1 >>> 8;
            HEAP8[$4_1 + 2 | 0] = $29_1 >>> 16;
            HEAP8[$4_1 + 3 | 0] = $29_1 >>> 24;
            $21 = $5_1 ^ $8;
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
           HEAP32[$3_1 + 3356 >> 2] = $8;
           HEAP32[$3_1 + 3344 >> 2] = $30_1;
           HEAP32[$3_1 + 3348 >> 2] = $6;
           HEAP32[$3_1 + 3336 >> 2] = $58;
           HEAP32[$3_1 + 3340 >> 2] = $9;
           HEAP32[$3_1 + 3328 >> 2] = $56_1;
           HEAP32[$3_1 + 3332 >> 2] = $11;
           HEAP32[$3_1 + 3320 >> 2] = $54;
           HEAP32[$3_1 + 3324 >> 2] = $19_1;
           HEAP32[$3_1 + 3312 >> 2] = $52;
           HEAP32[$3_1 + 3316 >> 2] = $15;
           HEAP32[$3_1 + 3304 >> 2] = $41_1;
           HEAP32[$3_1 + 3308 >> 2] = $50_1;
           HEAP32[$3_1 + 3296 >> 2] = $40_1;
           HEAP32[$3_1 + 3300 >> 2] = $1_1;
           HEAP32[$3_1 + 3288 >> 2] = $49;
           HEAP32[$3_1 + 3292 >> 2] = $5_1;
           HEAP32[$3_1 + 3280 >> 2] = $45_1;
           HEAP32[$3_1 + 3284 >> 2] = $7;
           HEAP32[$3_1 + 3272 >> 2] = $59;
           HEAP32[$3_1 + 3276 >> 2] = $10_1;
           HEAP32[$3_1 + 3264 >> 2] = $57_1;
           HEAP32[$3_1 + 3268 >> 2] = $13;
           HEAP32[$3_1 + 3256 >> 2] = $55_1;
           HEAP32[$3_1 + 3260 >> 2] = $22;
           HEAP32[$3_1 + 3248 >> 2] = $53_1;
           HEAP32[$3_1 + 3252 >> 2] = $18;
           HEAP32[$3_1 + 3240 >> 2] = $51_1;
           HEAP32[$3_1 + 3244 >> 2] = $20_1;
           HEAP32[$3_1 + 3232 >> 2] = $36_1;
           HEAP32[$3_1 + 3236 >> 2] = $0_1;
           $7 = 0;
           $0_1 = HEAP32[$7 + 3155192 >> 2];
           $4_1 = HEAP32[$7 + 3155196 >> 2];
           HEAP32[$3_1 + 3224 >> 2] = $0_1;
           HEAP32[$3_1 + 3228 >> 2] = $4_1;
           $0_1 = HEAP32[0 + 3155184 >> 2];
           $5_1 = HEAP32[$7 + 3155188 >> 2];
           HEAP32[$3_1 + 3216 >> 2] = $0_1;
           HEAP32[$3_1 + 3220 >> 2] = $5_1;
           $0_1 = HEAP32[0 + 3155176 >> 2];
           $4_1 = HEAP32[$7 + 3155180 >> 2];
           HEAP32[$3_1 + 3208 >> 2] = $0_1;
           HEAP32[$3_1 + 3212 >> 2] = $4_1;
           $0_1 = HEAP32[0 + 3155168 >> 2];
           $5_1 = HEAP32[$7 + 3155172 >> 2];
           HEAP32[$3_1 + 3200 >> 2] = $0_1;
           HEAP32[$3_1 + 3204 >> 2] = $5_1;
           $0_1 = HEAP32[0 + 3155160 >> 2];
           $4_1 = HEAP32[$7 + 3155164 >> 2];
           HEAP32[$3_1 + 3192 >> 2] = $0_1;
           HEAP32[$3_1 + 3196 >> 2] = $4_1;
           $0_1 = HEAP32[0 + 3155152 >> 2];
           $5_1 = HEAP32[$7 + 3155156 >> 2];
           HEAP32[$3_1 + 3184 >> 2] = $0_1;
           HEAP32[$3_1 + 3188 >> 2] = $5_1;
           $0_1 = HEAP32[0 + 3155144 >> 2];
           $4_1 = HEAP32[$7 + 3155148 >> 2];
           HEAP32[$3_1 + 3176 >> 2] = $0_1;
           HEAP32[$3_1 + 3180 >> 2] = $4_1;
           $0_1 = HEAP32[0 + 3155136 >> 2];
           $5_1 = HEAP32[$7 + 3155140 >> 2];
           HEAP32[$3_1 + 3168 >> 2] = $0_1;
           HEAP32[$3_1 + 3172 >> 2] = $5_1;
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
         $57($9, 8, 1049208);
         wasm2js_trap();
        }
        $57($11, 8, 1049304);
        wasm2js_trap();
       }
       $57($13, 8, 1049224);
       wasm2js_trap();
      }
      $57($11, 8, 1049272);
      wasm2js_trap();
     }
     $57($9, 8, 1049256);
     wasm2js_trap();
    }
    $57($9, 8, 1049288);
    wasm2js_trap();
   }
   $57($9, 8, 1051672);
   wasm2js_trap();
  }
  HEAP32[$3_1 + 3352 >> 2] = $48_1;
  HEAP32[$3_1 + 3356 >> 2] = $8;
  HEAP32[$3_1 + 3344 >> 2] = $30_1;
  HEAP32[$3_1 + 3348 >> 2] = $6;
  HEAP32[$3_1 + 3336 >> 2] = $58;
  HEAP32[$3_1 + 3340 >> 2] = $9;
  HEAP32[$3_1 + 3328 >> 2] = $56_1;
  HEAP32[$3_1 + 3332 >> 2] = $11;
  HEAP32[$3_1 + 3320 >> 2] = $54;
  HEAP32[$3_1 + 3324 >> 2] = $19_1;
  HEAP32[$3_1 + 3312 >> 2] = $52;
  HEAP32[$3_1 + 3316 >> 2] = $15;
  HEAP32[$3_1 + 3304 >> 2] = $41_1;
  HEAP32[$3_1 + 3308 >> 2] = $50_1;
  HEAP32[$3_1 + 3296 >> 2] = $40_1;
  HEAP32[$3_1 + 3300 >> 2] = $1_1;
  HEAP32[$3_1 + 3288 >> 2] = $49;
  HEAP32[$3_1 + 3292 >> 2] = $5_1;
  HEAP32[$3_1 + 3280 >> 2] = $45_1;
  HEAP32[$3_1 + 3284 >> 2] = $7;
  HEAP32[$3_1 + 3272 >> 2] = $59;
  HEAP32[$3_1 + 3276 >> 2] = $10_1;
  HEAP32[$3_1 + 3264 >> 2] = $57_1;
  HEAP32[$3_1 + 3268 >> 2] = $13;
  HEAP32[$3_1 + 3256 >> 2] = $55_1;
  HEAP32[$3_1 + 3260 >> 2] = $22;
  HEAP32[$3_1 + 3248 >> 2] = $53_1;
  HEAP32[$3_1 + 3252 >> 2] = $18;
  HEAP32[$3_1 + 3240 >> 2] = $51_1;
  HEAP32[$3_1 + 3244 >> 2] = $20_1;
  HEAP32[$3_1 + 3232 >> 2] = $36_1;
  HEAP32[$3_1 + 3236 >> 2] = $0_1;
  $7 = 0;
  $0_1 = HEAP32[$7 + 3155192 >> 2];
  $4_1 = HEAP32[$7 + 3155196 >> 2];
  HEAP32[$3_1 + 3224 >> 2] = $0_1;
  HEAP32[$3_1 + 3228 >> 2] = $4_1;
  $0_1 = HEAP32[0 + 3155184 >> 2];
  $5_1 = HEAP32[$7 + 3155188 >> 2];
  HEAP32[$3_1 + 3216 >> 2] = $0_1;
  HEAP32[$3_1 + 3220 >> 2] = $5_1;
  $0_1 = HEAP32[0 + 3155176 >> 2];
  $4_1 = HEAP32[$7 + 3155180 >> 2];
  HEAP32[$3_1 + 3208 >> 2] = $0_1;
  HEAP32[$3_1 + 3212 >> 2] = $4_1;
  $0_1 = HEAP32[0 + 3155168 >> 2];
  $5_1 = HEAP32[$7 + 3155172 >> 2];
  HEAP32[$3_1 + 3200 >> 2] = $0_1;
  HEAP32[$3_1 + 3204 >> 2] = $5_1;
  $0_1 = HEAP32[0 + 3155160 >> 2];
  $4_1 = HEAP32[$7 + 3155164 >> 2];
  HEAP32[$3_1 + 3192 >> 2] = $0_1;
  HEAP32[$3_1 + 3196 >> 2] = $4_1;
  $0_1 = HEAP32[0 + 3155152 >> 2];
  $5_1 = HEAP32[$7 + 3155156 >> 2];
  HEAP32[$3_1 + 3184 >> 2] = $0_1;
  HEAP32[$3_1 + 3188 >> 2] = $5_1;
  $0_1 = HEAP32[0 + 3155144 >> 2];
  $4_1 = HEAP32[$7 + 3155148 >> 2];
  HEAP32[$3_1 + 3176 >> 2] = $0_1;
  HEAP32[$3_1 + 3180 >> 2] = $4_1;
  $0_1 = HEAP32[0 + 3155136 >> 2];
  $5_1 = HEAP32[$7 + 3155140 >> 2];
  HEAP32[$3_1 + 3168 >> 2] = $0_1;
  HEAP32[$3_1 + 3172 >> 2] = $5_1;
  HEAPF64[$3_1 + 3360 >> 3] = HEAPF64[394416];
  HEAPF64[$3_1 + 3368 >> 3] = HEAPF64[394417];
  HEAPF64[$3_1 + 3376 >> 3] = HEAPF64[394418];
  HEAPF64[$3_1 + 3384 >> 3] = HEAPF64[394419];
  HEAPF64[$3_1 + 3392 >> 3] = HEAPF64[394420];
  HEAPF64[$3_1 + 3400 >> 3] = HEAPF64[394421];
  HEAPF64[$3_1 + 3408 >> 3] = HEAPF64[394422];
  HEAPF64[$3_1 + 3416 >> 3] = HEAPF64[394423];
  HEAP32[$3_1 + 152 >> 2] = 2040594437;
  HEAP32[$3_1 + 156 >> 2] = 2123974984;
  HEAP32[$3_1 + 144 >> 2] = 1661608972;
  HEAP32[$3_1 + 148 >> 2] = 128811661;
  HEAP32[$3_1 + 136 >> 2] = 1350127723;
  HEAP32[$3_1 + 140 >> 2] = -392135452;
  HEAP32[$3_1 + 128 >> 2] = 1786183703;
  HEAP32[$3_1 + 132 >> 2] = -1369258032;
  HEAP32[$3_1 + 120 >> 2] = -174189990;
  HEAP32[$3_1 + 124 >> 2] = -1394114473;
  HEAP32[$3_1 + 112 >> 2] = 864917870;
  HEAP32[$3_1 + 116 >> 2] = 365410200;
  HEAP32[$3_1 + 104 >> 2] = -863839417;
  HEAP32[$3_1 + 108 >> 2] = -677889363;
  HEAP32[$3_1 + 96 >> 2] = -1833620467;
  HEAP32[$3_1 + 100 >> 2] = -1616357666;
  $6 = 2097152;
  $12_1 = 1052608;
  while (1) {
   $13 = -64;
   $18 = 0;
   while (1) {
    $15 = $13 + ($3_1 + 96 | 0) | 0;
    $19_1 = $15 + 76 | 0;
    $1_1 = $19_1;
    $11 = $18 & 1;
    $9 = ($11 << 10) + 1049320 | 0;
    $19_1 = HEAP32[$19_1 >> 2];
    $22 = $12_1 + $13 | 0;
    $0_1 = $22 + 76 | 0;
    $24_1 = $15 + 72 | 0;
    $20_1 = HEAP32[$24_1 >> 2];
    $26 = $15 - -64 | 0;
    $21 = HEAP32[$26 >> 2];
    $10_1 = $11 ? $20_1 : $21;
    $0_1 = HEAP32[$9 + (($19_1 & 255) << 2) >> 2] ^ (HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 6 & 1020) + $9 >> 2], 8);
    $5_1 = $15 + 68 | 0;
    $15 = HEAP32[$5_1 >> 2];
    $4_1 = $11 ? $21 : $20_1;
    (wasm2js_i32$0 = $1_1, wasm2js_i32$1 = $0_1 ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($4_1 >>> 22 & 1020) + $9 >> 2], 24)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $0_1 = $22 + 72 | 0;
    $17 = $11 ? $15 : $19_1;
    $11 = $11 ? $19_1 : $15;
    (wasm2js_i32$0 = $24_1, wasm2js_i32$1 = HEAP32[(($20_1 & 255) << 2) + $9 >> 2] ^ (HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)) ^ __wasm_rotl_i32(HEAP32[($17 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($21 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($11 >>> 22 & 1020) + $9 >> 2], 24)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $0_1 = $22 + 68 | 0;
    (wasm2js_i32$0 = $5_1, wasm2js_i32$1 = HEAP32[(($15 & 255) << 2) + $9 >> 2] ^ (HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)) ^ __wasm_rotl_i32(HEAP32[($4_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 22 & 1020) + $9 >> 2], 24)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $0_1 = $22 - -64 | 0;
    (wasm2js_i32$0 = $26, wasm2js_i32$1 = HEAP32[(($21 & 255) << 2) + $9 >> 2] ^ (HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24)) ^ __wasm_rotl_i32(HEAP32[($11 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($20_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($17 >>> 22 & 1020) + $9 >> 2], 24)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    $18 = $18 + 1 | 0;
    $13 = $13 + 16 | 0;
    if ($13) {
     continue
    }
    break;
   };
   $12_1 = $12_1 - -64 | 0;
   $6 = $6 + -64 | 0;
   if ($6) {
    continue
   }
   break;
  };
  $21 = 0;
  $11 = $3_1 + 96 | 0;
  while (1) {
   $15 = $11 + 12 | 0;
   $0_1 = $15;
   $13 = $21 & 1;
   $9 = ($13 << 10) + 1049320 | 0;
   $15 = HEAP32[$15 >> 2];
   $18 = $11 + 8 | 0;
   $19_1 = HEAP32[$18 >> 2];
   $22 = HEAP32[$11 >> 2];
   $24_1 = $13 ? $19_1 : $22;
   $1_1 = HEAP32[$9 + (($15 & 255) << 2) >> 2] ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 6 & 1020) + $9 >> 2], 8);
   $26 = $11 + 4 | 0;
   $20_1 = HEAP32[$26 >> 2];
   $10_1 = $13 ? $22 : $19_1;
   (wasm2js_i32$0 = $0_1, wasm2js_i32$1 = $1_1 ^ __wasm_rotl_i32(HEAP32[($20_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 22 & 1020) + $9 >> 2], 24) ^ 109642241), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   $5_1 = $13 ? $20_1 : $15;
   $13 = $13 ? $15 : $20_1;
   (wasm2js_i32$0 = $18, wasm2js_i32$1 = HEAP32[(($19_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($22 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($13 >>> 22 & 1020) + $9 >> 2], 24) ^ -1864608065), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   (wasm2js_i32$0 = $26, wasm2js_i32$1 = HEAP32[(($20_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 22 & 1020) + $9 >> 2], 24) ^ -1960536929), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   (wasm2js_i32$0 = $11, wasm2js_i32$1 = HEAP32[(($22 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($13 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 22 & 1020) + $9 >> 2], 24) ^ -151354487), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
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
   $13 = $21 & 1;
   $9 = ($13 << 10) + 1049320 | 0;
   $15 = HEAP32[$15 >> 2];
   $18 = $11 + 8 | 0;
   $19_1 = HEAP32[$18 >> 2];
   $22 = HEAP32[$11 >> 2];
   $24_1 = $13 ? $19_1 : $22;
   $1_1 = HEAP32[$9 + (($15 & 255) << 2) >> 2] ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 6 & 1020) + $9 >> 2], 8);
   $26 = $11 + 4 | 0;
   $20_1 = HEAP32[$26 >> 2];
   $10_1 = $13 ? $22 : $19_1;
   (wasm2js_i32$0 = $0_1, wasm2js_i32$1 = $1_1 ^ __wasm_rotl_i32(HEAP32[($20_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 22 & 1020) + $9 >> 2], 24) ^ -317130341), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   $5_1 = $13 ? $20_1 : $15;
   $13 = $13 ? $15 : $20_1;
   (wasm2js_i32$0 = $18, wasm2js_i32$1 = HEAP32[(($19_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($22 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($13 >>> 22 & 1020) + $9 >> 2], 24) ^ -300923962), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   (wasm2js_i32$0 = $26, wasm2js_i32$1 = HEAP32[(($20_1 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($10_1 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($15 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($24_1 >>> 22 & 1020) + $9 >> 2], 24) ^ 1375002684), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   (wasm2js_i32$0 = $11, wasm2js_i32$1 = HEAP32[(($22 & 255) << 2) + $9 >> 2] ^ __wasm_rotl_i32(HEAP32[($13 >>> 6 & 1020) + $9 >> 2], 8) ^ __wasm_rotl_i32(HEAP32[($19_1 >>> 14 & 1020) + $9 >> 2], 16) ^ __wasm_rotl_i32(HEAP32[($5_1 >>> 22 & 1020) + $9 >> 2], 24) ^ 1639080913), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
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
  $5_1 = HEAP32[$3_1 + 112 >> 2];
  HEAP32[$3_1 + 3372 >> 2] = HEAP32[$3_1 + 108 >> 2];
  HEAP32[$3_1 + 3376 >> 2] = $5_1;
  $4_1 = HEAP32[$3_1 + 120 >> 2];
  HEAP32[$3_1 + 3380 >> 2] = HEAP32[$3_1 + 116 >> 2];
  HEAP32[$3_1 + 3384 >> 2] = $4_1;
  $5_1 = HEAP32[$3_1 + 128 >> 2];
  HEAP32[$3_1 + 3388 >> 2] = HEAP32[$3_1 + 124 >> 2];
  HEAP32[$3_1 + 3392 >> 2] = $5_1;
  $4_1 = HEAP32[$3_1 + 136 >> 2];
  HEAP32[$3_1 + 3396 >> 2] = HEAP32[$3_1 + 132 >> 2];
  HEAP32[$3_1 + 3400 >> 2] = $4_1;
  $5_1 = HEAP32[$3_1 + 144 >> 2];
  HEAP32[$3_1 + 3404 >> 2] = HEAP32[$3_1 + 140 >> 2];
  HEAP32[$3_1 + 3408 >> 2] = $5_1;
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
     if (-65587 - $1_1 >>> 0 <= $0_1 >>> 0) {
      break block
     }
     $4_1 = $0_1 >>> 0 < 11 ? 16 : $0_1 + 11 & -8;
     $0_1 = $24(($4_1 + $1_1 | 0) + 12 | 0);
     if (!$0_1) {
      break block
     }
     $2_1 = $0_1 - 8 | 0;
     $3_1 = $1_1 - 1 | 0;
     block2 : {
      if (!($0_1 & $3_1)) {
       $1_1 = $2_1;
       break block2;
      }
      $5_1 = $0_1 - 4 | 0;
      $6 = HEAP32[$5_1 >> 2];
      $0_1 = ($0_1 + $3_1 & 0 - $1_1) - 8 | 0;
      $1_1 = $0_1 + ($0_1 - $2_1 >>> 0 <= 16 ? $1_1 : 0) | 0;
      $0_1 = $1_1 - $2_1 | 0;
      $3_1 = ($6 & -8) - $0_1 | 0;
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
      $2_1 = $0_1 & -8;
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
   if ($1_1 >>> 0 > 2147483647) {
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
             $10_1 = $8 - 4 | 0;
             $5_1 = HEAP32[$10_1 >> 2];
             $6 = $5_1 & -8;
             $4_1 = $5_1 & 3;
             if ($6 >>> 0 >= $3_1 + ($4_1 ? 4 : 8) >>> 0) {
              if (($4_1 | 0) != 0 & $3_1 + 39 >>> 0 < $6 >>> 0) {
               break block2
              }
              $8 = 0;
              if ($1_1 >>> 0 > 4294901708) {
               break block5
              }
              $3_1 = $1_1 >>> 0 < 11 ? 16 : $1_1 + 11 & -8;
              $9 = $12_1 - 8 | 0;
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
               if ($6 - $3_1 >>> 0 > 131072) {
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
                 $15 = $5_1 & -8;
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
                 HEAP32[$4_1 + 4 >> 2] = HEAP32[$4_1 + 4 >> 2] & -2;
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
             $53(1052208, 1052256);
             wasm2js_trap();
            }
            $53(1052272, 1052320);
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
         $8 = ($8 & 3 ? -4 : -8) + ($8 & -8) | 0;
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
     if (($6 | 0) < 0) {
      break block
     }
     HEAP32[4989333] = $6 + 1;
     if (!HEAP32[4989334]) {
      break block4
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
   HEAP32[4989333] = HEAP32[4989333] - 1;
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
      if ($0_1 >>> 0 > 4294901708) {
       $0_1 = 0;
       break block2;
      }
      $2_1 = $0_1 + 11 | 0;
      $4_1 = $2_1 & -8;
      $8 = HEAP32[4989440];
      if (!$8) {
       break block3
      }
      $7 = 31;
      if ($0_1 >>> 0 >= 16777205) {
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
           $5_1 = $2_1 + (($0_1 ^ -1) & 1) | 0;
           $4_1 = $5_1 << 3;
           $0_1 = $4_1 + 19957492 | 0;
           $2_1 = HEAP32[$4_1 + 19957500 >> 2];
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
          $1_1 = HEAP32[(__wasm_ctz_i32($0_1) << 2) + 19957348 >> 2];
          $2_1 = (HEAP32[$1_1 + 4 >> 2] & -8) - $4_1 | 0;
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
            $1_1 = (HEAP32[$3_1 + 28 >> 2] << 2) + 19957348 | 0;
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
           $1_1 = (HEAP32[$0_1 + 4 >> 2] & -8) - $4_1 | 0;
           $5_1 = $1_1;
           $1_1 = $2_1 >>> 0 > $1_1 >>> 0;
           $2_1 = $1_1 ? $5_1 : $2_1;
           $3_1 = $1_1 ? $0_1 : $3_1;
           $1_1 = $0_1;
           continue;
          };
         }
         (wasm2js_i32$0 = 19957756, wasm2js_i32$1 = __wasm_rotl_i32(-2, $5_1) & $3_1), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
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
       $1_1 = $2_1 + 19957492 | 0;
       $0_1 = HEAP32[$2_1 + 19957500 >> 2];
       $5_1 = HEAP32[$0_1 + 8 >> 2];
       block20 : {
        if (($1_1 | 0) != ($5_1 | 0)) {
         HEAP32[$5_1 + 12 >> 2] = $1_1;
         HEAP32[$1_1 + 8 >> 2] = $5_1;
         break block20;
        }
        (wasm2js_i32$0 = 19957756, wasm2js_i32$1 = __wasm_rotl_i32(-2, $6) & $3_1), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
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
          $2_1 = ($2_1 & -8) + 19957492 | 0;
          $5_1 = $2_1;
          break block23;
         }
         $2_1 = $2_1 & -8;
         $5_1 = $2_1 + 19957492 | 0;
         $2_1 = HEAP32[$2_1 + 19957500 >> 2];
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
      (wasm2js_i32$0 = 19957760, wasm2js_i32$1 = HEAP32[4989440] & __wasm_rotl_i32(-2, HEAP32[$3_1 + 28 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
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
          $5_1 = ($5_1 & -8) + 19957492 | 0;
          $6 = $5_1;
          break block27;
         }
         $5_1 = $5_1 & -8;
         $6 = $5_1 + 19957492 | 0;
         $5_1 = HEAP32[$5_1 + 19957500 >> 2];
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
    $3_1 = HEAP32[($7 << 2) + 19957348 >> 2];
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
         $6 = HEAP32[$3_1 + 4 >> 2] & -8;
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
       $0_1 = HEAP32[(__wasm_ctz_i32($0_1) << 2) + 19957348 >> 2];
      }
      if (!$0_1) {
       break block34
      }
     }
     while (1) {
      $3_1 = HEAP32[$0_1 + 4 >> 2] & -8;
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
      $3_1 = (HEAP32[$1_1 + 28 >> 2] << 2) + 19957348 | 0;
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
     (wasm2js_i32$0 = 19957760, wasm2js_i32$1 = HEAP32[4989440] & __wasm_rotl_i32(-2, HEAP32[$1_1 + 28 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
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
        $2_1 = ($2_1 & 248) + 19957492 | 0;
        $3_1 = $2_1;
        break block50;
       }
       $2_1 = $2_1 & 248;
       $3_1 = $2_1 + 19957492 | 0;
       $2_1 = HEAP32[$2_1 + 19957500 >> 2];
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
          $0_1 = $4_1 + 65583 & -65536;
          $0_1 = ($0_1 >>> 16 | 0) + (($0_1 & 65535) != 0) | 0;
          $6 = __wasm_memory_grow($0_1 | 0);
          block1 : {
           if (($6 | 0) == -1) {
            $0_1 = 0;
            $3_1 = 0;
            break block1;
           }
           $3_1 = $0_1 << 16;
           $0_1 = $6 << 16;
           $3_1 = ($0_1 | 0) == (0 - $3_1 | 0) ? $3_1 - 16 | 0 : $3_1;
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
             $0_1 = 19957476;
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
            HEAP32[4989376] = 19957492;
            HEAP32[4989378] = 19957500;
            HEAP32[4989375] = 19957492;
            HEAP32[4989380] = 19957508;
            HEAP32[4989377] = 19957500;
            HEAP32[4989382] = 19957516;
            HEAP32[4989379] = 19957508;
            HEAP32[4989384] = 19957524;
            HEAP32[4989381] = 19957516;
            HEAP32[4989386] = 19957532;
            HEAP32[4989383] = 19957524;
            HEAP32[4989388] = 19957540;
            HEAP32[4989385] = 19957532;
            HEAP32[4989390] = 19957548;
            HEAP32[4989387] = 19957540;
            HEAP32[4989392] = 19957556;
            HEAP32[4989389] = 19957548;
            HEAP32[4989391] = 19957556;
            HEAP32[4989394] = 19957564;
            HEAP32[4989393] = 19957564;
            HEAP32[4989396] = 19957572;
            HEAP32[4989395] = 19957572;
            HEAP32[4989398] = 19957580;
            HEAP32[4989397] = 19957580;
            HEAP32[4989400] = 19957588;
            HEAP32[4989399] = 19957588;
            HEAP32[4989402] = 19957596;
            HEAP32[4989401] = 19957596;
            HEAP32[4989404] = 19957604;
            HEAP32[4989403] = 19957604;
            HEAP32[4989406] = 19957612;
            HEAP32[4989405] = 19957612;
            HEAP32[4989408] = 19957620;
            HEAP32[4989410] = 19957628;
            HEAP32[4989407] = 19957620;
            HEAP32[4989412] = 19957636;
            HEAP32[4989409] = 19957628;
            HEAP32[4989414] = 19957644;
            HEAP32[4989411] = 19957636;
            HEAP32[4989416] = 19957652;
            HEAP32[4989413] = 19957644;
            HEAP32[4989418] = 19957660;
            HEAP32[4989415] = 19957652;
            HEAP32[4989420] = 19957668;
            HEAP32[4989417] = 19957660;
            HEAP32[4989422] = 19957676;
            HEAP32[4989419] = 19957668;
            HEAP32[4989424] = 19957684;
            HEAP32[4989421] = 19957676;
            HEAP32[4989426] = 19957692;
            HEAP32[4989423] = 19957684;
            HEAP32[4989428] = 19957700;
            HEAP32[4989425] = 19957692;
            HEAP32[4989430] = 19957708;
            HEAP32[4989427] = 19957700;
            HEAP32[4989432] = 19957716;
            HEAP32[4989429] = 19957708;
            HEAP32[4989434] = 19957724;
            HEAP32[4989431] = 19957716;
            HEAP32[4989436] = 19957732;
            HEAP32[4989433] = 19957724;
            HEAP32[4989438] = 19957740;
            HEAP32[4989435] = 19957732;
            $0_1 = $3_1 + 15 & -8;
            $2_1 = $0_1 - 8 | 0;
            HEAP32[4989444] = $2_1;
            HEAP32[4989437] = 19957740;
            $1_1 = $3_1 - $0_1 | 0;
            $0_1 = $6 - 40 | 0;
            $1_1 = ($1_1 + $0_1 | 0) + 8 | 0;
            HEAP32[4989442] = $1_1;
            HEAP32[$2_1 + 4 >> 2] = $1_1 | 1;
            HEAP32[($0_1 + $3_1 | 0) + 4 >> 2] = 40;
            HEAP32[4989447] = 2097152;
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
          $0_1 = 19957476;
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
           $0_1 = 19957476;
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
           $0_1 = $3_1 + 15 & -8;
           $5_1 = $0_1 - 8 | 0;
           HEAP32[4989444] = $5_1;
           $10_1 = $3_1 - $0_1 | 0;
           $0_1 = $6 - 40 | 0;
           $8 = ($10_1 + $0_1 | 0) + 8 | 0;
           HEAP32[4989442] = $8;
           HEAP32[$5_1 + 4 >> 2] = $8 | 1;
           HEAP32[($0_1 + $3_1 | 0) + 4 >> 2] = 40;
           HEAP32[4989447] = 2097152;
           $0_1 = ($1_1 - 32 & -8) - 8 | 0;
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
           HEAP32[$5_1 + 4 >> 2] = HEAP32[$5_1 + 4 >> 2] & -2;
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
             $0_1 = ($0_1 & 248) + 19957492 | 0;
             $1_1 = $0_1;
             break block68;
            }
            $0_1 = $0_1 & 248;
            $1_1 = $0_1 + 19957492 | 0;
            $0_1 = HEAP32[$0_1 + 19957500 >> 2];
           }
           HEAP32[$1_1 + 8 >> 2] = $2_1;
           HEAP32[$0_1 + 12 >> 2] = $2_1;
           HEAP32[$2_1 + 12 >> 2] = $1_1;
           HEAP32[$2_1 + 8 >> 2] = $0_1;
           break block59;
          }
          HEAP32[$0_1 >> 2] = $3_1;
          HEAP32[$0_1 + 4 >> 2] = $6 + HEAP32[$0_1 + 4 >> 2];
          $1_1 = ($3_1 + 15 & -8) - 8 | 0;
          HEAP32[$1_1 + 4 >> 2] = $4_1 | 3;
          $2_1 = ($5_1 + 15 & -8) - 8 | 0;
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
           $3_1 = $3_1 & -8;
           $29($2_1, $3_1);
           $4_1 = $3_1 + $4_1 | 0;
           $2_1 = $2_1 + $3_1 | 0;
           $3_1 = HEAP32[$2_1 + 4 >> 2];
          }
          HEAP32[$2_1 + 4 >> 2] = $3_1 & -2;
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
            $4_1 = ($4_1 & 248) + 19957492 | 0;
            $2_1 = $4_1;
            break block75;
           }
           $4_1 = $4_1 & 248;
           $2_1 = $4_1 + 19957492 | 0;
           $4_1 = HEAP32[$4_1 + 19957500 >> 2];
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
       $2_1 = $0_1 + 15 & -8;
       $1_1 = $2_1 - 8 | 0;
       HEAP32[4989444] = $1_1;
       $3_1 = $0_1 - $2_1 | 0;
       $2_1 = $6 + HEAP32[4989442] | 0;
       $3_1 = ($3_1 + $2_1 | 0) + 8 | 0;
       HEAP32[4989442] = $3_1;
       HEAP32[$1_1 + 4 >> 2] = $3_1 | 1;
       HEAP32[($0_1 + $2_1 | 0) + 4 >> 2] = 40;
       HEAP32[4989447] = 2097152;
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
  $1_1 = $0_1 - 8 | 0;
  $2_1 = HEAP32[$0_1 - 4 >> 2];
  $0_1 = $2_1 & -8;
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
     HEAP32[$3_1 + 4 >> 2] = HEAP32[$3_1 + 4 >> 2] & -2;
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
           $2_1 = $2_1 & -8;
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
          HEAP32[$3_1 + 4 >> 2] = $2_1 & -2;
          HEAP32[$1_1 + 4 >> 2] = $0_1 | 1;
          HEAP32[$0_1 + $1_1 >> 2] = $0_1;
         }
         if ($0_1 >>> 0 < 256) {
          break block7
         }
         $34($1_1, $0_1);
         $1_1 = HEAP32[4989449] - 1 | 0;
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
        $1_1 = 19957476;
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
      $0_1 = ($0_1 & 248) + 19957492 | 0;
      $3_1 = $0_1;
      break block14;
     }
     $0_1 = $0_1 & 248;
     $3_1 = $0_1 + 19957492 | 0;
     $0_1 = HEAP32[$0_1 + 19957500 >> 2];
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
   HEAP32[4989447] = -1;
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
       $1_1 = (HEAP32[$0_1 + 28 >> 2] << 2) + 19957348 | 0;
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
     (wasm2js_i32$0 = 19957756, wasm2js_i32$1 = HEAP32[4989439] & __wasm_rotl_i32(-2, $1_1 >>> 3 | 0)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
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
  (wasm2js_i32$0 = 19957760, wasm2js_i32$1 = HEAP32[4989440] & __wasm_rotl_i32(-2, HEAP32[$0_1 + 28 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
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
     HEAP32[$2_1 + 4 >> 2] = HEAP32[$2_1 + 4 >> 2] & -2;
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
       $3_1 = $3_1 & -8;
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
      HEAP32[$2_1 + 4 >> 2] = $3_1 & -2;
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
       $1_1 = ($1_1 & 248) + 19957492 | 0;
       $2_1 = $1_1;
       break block9;
      }
      $1_1 = $1_1 & 248;
      $2_1 = $1_1 + 19957492 | 0;
      $1_1 = HEAP32[$1_1 + 19957500 >> 2];
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
  HEAP32[$0_1 + 16 >> 2] = 0;
  HEAP32[$0_1 + 20 >> 2] = 0;
  $3_1 = $1_1 >>> 8 | 0;
  $2_1 = 0;
  block : {
   if (!$3_1) {
    break block
   }
   $2_1 = 31;
   if ($1_1 >>> 0 >= 16777216) {
    break block
   }
   $2_1 = Math_clz32($3_1);
   $2_1 = ($1_1 >>> 38 - $2_1 & 1 | $2_1 << 1) ^ 62;
  }
  HEAP32[$0_1 + 28 >> 2] = $2_1;
  $3_1 = ($2_1 << 2) + 19957348 | 0;
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
    if ((HEAP32[$4_1 + 4 >> 2] & -8) == ($1_1 | 0)) {
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
     if (($1_1 | 0) != (HEAP32[$2_1 + 4 >> 2] & -8)) {
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
  if (HEAP32[$0_1 >> 2] != -2147483648) {
   return $61($1_1, HEAP32[$0_1 + 4 >> 2], HEAP32[$0_1 + 8 >> 2]) | 0
  }
  $0_1 = HEAP32[HEAP32[$0_1 + 12 >> 2] >> 2];
  return $56(HEAP32[$1_1 >> 2], HEAP32[$1_1 + 4 >> 2], HEAP32[$0_1 >> 2], HEAP32[$0_1 + 4 >> 2]) | 0;
 }
 
 function $39($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[$0_1 + 4 >> 2] = 1052336;
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
  HEAP32[$0_1 + 4 >> 2] = 1052336;
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
   $3_1 = $1_1 >>> 0 < 65536 ? 3 : 4;
  }
  $2_1 = $6;
  if ($3_1 >>> 0 > HEAP32[$0_1 >> 2] - $2_1 >>> 0) {
   $10($0_1, $2_1, $3_1);
   $2_1 = HEAP32[$0_1 + 8 >> 2];
  }
  $2_1 = $2_1 + HEAP32[$0_1 + 4 >> 2] | 0;
  block6 : {
   if ($1_1 >>> 0 >= 128) {
    $5_1 = $1_1 & 63 | -128;
    $4_1 = $1_1 >>> 6 | 0;
    if ($1_1 >>> 0 < 2048) {
     HEAP8[$2_1 + 1 | 0] = $5_1;
     HEAP8[$2_1 | 0] = $4_1 | 192;
     break block6;
    }
    $7 = $1_1 >>> 12 | 0;
    $4_1 = $4_1 & 63 | -128;
    if ($1_1 >>> 0 <= 65535) {
     HEAP8[$2_1 + 2 | 0] = $5_1;
     HEAP8[$2_1 + 1 | 0] = $4_1;
     HEAP8[$2_1 | 0] = $7 | 224;
     break block6;
    }
    HEAP8[$2_1 + 3 | 0] = $5_1;
    HEAP8[$2_1 + 2 | 0] = $4_1;
    HEAP8[$2_1 + 1 | 0] = $7 & 63 | -128;
    HEAP8[$2_1 | 0] = $1_1 >>> 18 | -16;
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
  if (HEAP32[$1_1 >> 2] == -2147483648) {
   $3_1 = HEAP32[$1_1 + 12 >> 2];
   HEAP32[$2_1 + 28 >> 2] = 0;
   HEAP32[$2_1 + 20 >> 2] = 0;
   HEAP32[$2_1 + 24 >> 2] = 1;
   $3_1 = HEAP32[$3_1 >> 2];
   $56($2_1 + 20 | 0, 1052096, HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2]);
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
  HEAP32[$0_1 + 4 >> 2] = 1052352;
  HEAP32[$0_1 >> 2] = $1_1;
  global$0 = $2_1 + 32 | 0;
 }
 
 function $46($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $2_1 = global$0 - 48 | 0;
  global$0 = $2_1;
  if (HEAP32[$1_1 >> 2] == -2147483648) {
   $3_1 = HEAP32[$1_1 + 12 >> 2];
   HEAP32[$2_1 + 44 >> 2] = 0;
   HEAP32[$2_1 + 36 >> 2] = 0;
   HEAP32[$2_1 + 40 >> 2] = 1;
   $3_1 = HEAP32[$3_1 >> 2];
   $56($2_1 + 36 | 0, 1052096, HEAP32[$3_1 >> 2], HEAP32[$3_1 + 4 >> 2]);
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
  $4_1 = HEAP32[$1_1 + 4 >> 2];
  HEAP32[$1_1 >> 2] = 0;
  HEAP32[$1_1 + 4 >> 2] = 1;
  HEAP32[$2_1 + 16 >> 2] = $3_1;
  HEAP32[$2_1 + 8 >> 2] = $5_1;
  HEAP32[$2_1 + 12 >> 2] = $4_1;
  $1_1 = $5(12, 4);
  if (!$1_1) {
   $51(4, 12);
   wasm2js_trap();
  }
  HEAP32[$1_1 + 8 >> 2] = HEAP32[$2_1 + 16 >> 2];
  $4_1 = HEAP32[$2_1 + 12 >> 2];
  HEAP32[$1_1 >> 2] = HEAP32[$2_1 + 8 >> 2];
  HEAP32[$1_1 + 4 >> 2] = $4_1;
  HEAP32[$0_1 + 4 >> 2] = 1052352;
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
  return $56($0_1, 1052096, $1_1, $2_1) | 0;
 }
 
 function $50($0_1, $1_1) {
  if ($0_1) {
   $51($0_1, $1_1);
   wasm2js_trap();
  }
  $55(1052368, 35, 1052388);
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
   $19($1_1, 1052120, $2_1, HEAPU8[$0_1 + 8 | 0], HEAPU8[$0_1 + 9 | 0]);
   wasm2js_trap();
  }
  HEAP32[$1_1 >> 2] = -2147483648;
  HEAP32[$1_1 + 12 >> 2] = $0_1;
  $2_1 = HEAP32[$0_1 + 4 >> 2];
  $0_1 = HEAP32[$0_1 + 8 >> 2];
  $19($1_1, 1052148, $2_1, HEAPU8[$0_1 + 8 | 0], HEAPU8[$0_1 + 9 | 0]);
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
        if ($4_1 << 24 >> 24 < 0) {
         $7 = $4_1 & 255;
         if (($7 | 0) == 128) {
          break block4
         }
         if (($7 | 0) != 192) {
          break block5
         }
         HEAP32[$6 + 4 >> 2] = $1_1;
         HEAP32[$6 >> 2] = $0_1;
         HEAP32[$6 + 8 >> 2] = 1610612768;
         HEAP32[$6 + 12 >> 2] = 0;
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
     $11 = 1610612768;
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
  $55(1048616, $3_1 + 16 | 0, $2_1);
  wasm2js_trap();
 }
 
 function $60($0_1, $1_1, $2_1, $3_1) {
  block : {
   if (($2_1 | 0) == 1114112) {
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
    $4_1 = $2_1 - 4 | 0;
    $9 = $0_1 - Math_imul($3_1, 1e4) | 0;
    $8 = (($9 & 65535) >>> 0) / 100 | 0;
    $6 = $8 << 1;
    $6 = HEAPU8[$6 + 1052404 | 0] | HEAPU8[$6 + 1052405 | 0] << 8;
    HEAP8[$4_1 | 0] = $6;
    HEAP8[$4_1 + 1 | 0] = $6 >>> 8;
    $2_1 = $2_1 - 2 | 0;
    $4_1 = ($9 - Math_imul($8, 100) & 65535) << 1;
    $4_1 = HEAPU8[$4_1 + 1052404 | 0] | HEAPU8[$4_1 + 1052405 | 0] << 8;
    HEAP8[$2_1 | 0] = $4_1;
    HEAP8[$2_1 + 1 | 0] = $4_1 >>> 8;
    $5_1 = $5_1 - 4 | 0;
    if ($0_1 >>> 0 > 9999999) {
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
   $5_1 = $5_1 - 2 | 0;
   $2_1 = $5_1 + ($10_1 + 6 | 0) | 0;
   $0_1 = (($3_1 & 65535) >>> 0) / 100 | 0;
   $3_1 = ($3_1 - Math_imul($0_1, 100) & 65535) << 1;
   $3_1 = HEAPU8[$3_1 + 1052404 | 0] | HEAPU8[$3_1 + 1052405 | 0] << 8;
   HEAP8[$2_1 | 0] = $3_1;
   HEAP8[$2_1 + 1 | 0] = $3_1 >>> 8;
  }
  if (!(!$0_1 & ($7 | 0) != 0)) {
   $5_1 = $5_1 - 1 | 0;
   HEAP8[$5_1 + ($10_1 + 6 | 0) | 0] = HEAPU8[($0_1 << 1) + 1052405 | 0];
  }
  $13 = $5_1 + ($10_1 + 6 | 0) | 0;
  $7 = 1;
  $8 = HEAP32[$1_1 + 8 >> 2];
  $2_1 = $8 & 2097152;
  $0_1 = $2_1 ? 43 : 1114112;
  $12_1 = 10 - $5_1 | 0;
  $11 = $12_1 + ($2_1 >>> 21 | 0) | 0;
  $7 = $8 & 8388608 ? $7 : 0;
  $5_1 = $0_1;
  $3_1 = HEAPU16[$1_1 + 12 >> 1];
  __inlined_func$58$17 : {
   block12 : {
    if ($11 >>> 0 < $3_1 >>> 0) {
     block13 : {
      block11 : {
       if (!($8 & 16777216)) {
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
        $11 = $8 & 2097151;
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
       HEAP32[$1_1 + 8 >> 2] = $8 & -1612709888 | 536870960;
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
  var $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23 = 0, $24_1 = 0, $25 = 0, $26 = 0, $27_1 = 0;
  $15 = $5_1;
  $16 = $1_1;
  $24_1 = __wasm_i64_mul($15, 0, $16, 0);
  $25 = i64toi32_i32$HIGH_BITS;
  $18 = $25;
  $10_1 = $6;
  $11 = $15;
  $12_1 = 32;
  if (($12_1 & 63) >>> 0 >= 32) {
   $10_1 = $10_1 >>> $9 | 0
  } else {
   $14 = $10_1 >>> $9 | 0;
   $10_1 = ((1 << $9) - 1 & $10_1) << 32 - $9 | $11 >>> $9;
  }
  $26 = $10_1;
  $19_1 = $14;
  $16 = __wasm_i64_mul($26, $14, $16, $20_1);
  $21 = $16;
  $20_1 = i64toi32_i32$HIGH_BITS;
  $22 = $20_1;
  $14 = $2_1;
  $10_1 = $1_1;
  if (($12_1 & 63) >>> 0 >= 32) {
   $11 = 0;
   $9 = $14 >>> $9 | 0;
  } else {
   $11 = $14 >>> $9 | 0;
   $9 = ((1 << $9) - 1 & $14) << 32 - $9 | $10_1 >>> $9;
  }
  $27_1 = $9;
  $23 = $11;
  $12_1 = __wasm_i64_mul($15, $17, $27_1, $11);
  $13 = i64toi32_i32$HIGH_BITS + $22 | 0;
  $9 = $12_1 + $21 | 0;
  $13 = $9 >>> 0 < $12_1 >>> 0 ? $13 + 1 | 0 : $13;
  $15 = $9;
  $17 = $13;
  $11 = $9;
  $12_1 = 32;
  $10_1 = 0;
  if (($12_1 & 63) >>> 0 >= 32) {
   $14 = $9 << $10_1;
   $12_1 = 0;
  } else {
   $14 = (1 << $10_1) - 1 & $11 >>> 32 - $10_1 | $13 << $10_1;
   $12_1 = $11 << $10_1;
  }
  $9 = $14 + $18 | 0;
  $10_1 = $12_1 + $24_1 | 0;
  $9 = $12_1 >>> 0 > $10_1 >>> 0 ? $9 + 1 | 0 : $9;
  $18 = $10_1;
  $13 = $0_1;
  HEAP32[$13 >> 2] = $10_1;
  $21 = $9;
  HEAP32[$13 + 4 >> 2] = $9;
  $22 = $13;
  $19_1 = __wasm_i64_mul($26, $19_1, $27_1, $23);
  $23 = i64toi32_i32$HIGH_BITS;
  $14 = 0;
  $9 = $17;
  $13 = $20_1;
  $12_1 = ($9 | 0) == ($13 | 0) & $15 >>> 0 < $16 >>> 0 | $9 >>> 0 < $13 >>> 0;
  $13 = 32;
  $11 = 0;
  if (($13 & 63) >>> 0 >= 32) {
   $9 = $12_1 << $11;
   $10_1 = 0;
  } else {
   $9 = (1 << $11) - 1 & $12_1 >>> 32 - $11 | $14 << $11;
   $10_1 = $12_1 << $11;
  }
  $0_1 = $9;
  $9 = $17;
  $14 = $15;
  if (($13 & 63) >>> 0 >= 32) {
   $12_1 = 0;
   $9 = $9 >>> $11 | 0;
  } else {
   $12_1 = $9 >>> $11 | 0;
   $9 = ((1 << $11) - 1 & $9) << 32 - $11 | $14 >>> $11;
  }
  $13 = $9 | $10_1;
  $11 = $13 + $19_1 | 0;
  $10_1 = ($0_1 | $12_1) + $23 | 0;
  $14 = $11 >>> 0 < $13 >>> 0 ? $10_1 + 1 | 0 : $10_1;
  $10_1 = $21;
  $12_1 = $25;
  $12_1 = ($10_1 | 0) == ($12_1 | 0) & $18 >>> 0 < $24_1 >>> 0 | $12_1 >>> 0 > $10_1 >>> 0;
  $9 = $11 + $12_1 | 0;
  $11 = $14;
  $11 = $9 >>> 0 < $12_1 >>> 0 ? $11 + 1 | 0 : $11;
  $17 = $9;
  $14 = __wasm_i64_mul($7, $8, $1_1, $2_1);
  $0_1 = i64toi32_i32$HIGH_BITS;
  $12_1 = __wasm_i64_mul($5_1, $6, $3_1, $4_1);
  $9 = i64toi32_i32$HIGH_BITS + $0_1 | 0;
  $10_1 = $12_1 + $14 | 0;
  $9 = $12_1 >>> 0 > $10_1 >>> 0 ? $9 + 1 | 0 : $9;
  $12_1 = $10_1;
  $13 = $10_1 + $17 | 0;
  $10_1 = $9 + $11 | 0;
  $11 = $22;
  HEAP32[$11 + 8 >> 2] = $13;
  HEAP32[$11 + 12 >> 2] = $12_1 >>> 0 > $13 >>> 0 ? $10_1 + 1 | 0 : $10_1;
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
