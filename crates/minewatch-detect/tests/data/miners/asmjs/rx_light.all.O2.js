
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
      function wasm2js_trap() { throw new Error('abort'); }

  function wasm2js_memory_fill(dest, value, size) {
    dest = dest >>> 0;
    size = size >>> 0;
    if (dest + size > bufferView.length) throw "trap: invalid memory.fill";
    bufferView.fill(value, dest, dest + size);
  }
      
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
 var global$3 = 1240733591;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1, $1_1, $2_1, $3_1, $4_1) {
  var $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23_1 = 0, $24_1 = 0, $25 = 0, $26 = 0, $27_1 = 0, $28 = 0, $29_1 = 0, $30_1 = 0, $31 = 0, $32 = 0, $33 = 0, $34_1 = 0, $35 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, $49 = 0, $50_1 = 0, $51_1 = 0, $52 = 0, $53_1 = 0, $54 = 0, $55_1 = 0, $56_1 = 0, $57_1 = 0, $58 = 0, $59 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1899921850;
   global$3 = HEAP32[7230];
  }
  $5_1 = 16;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 2144573526;
    global$3 = HEAP32[3162];
   }
   block41 : {
    switch ($5_1 | 0) {
    case 0:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1730123673;
      global$3 = HEAP32[4153];
     }
     $5_1 = $5_1 + 16 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $65($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 10;
     continue;
    case 1:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1700457032;
      global$3 = HEAP32[3127];
     }
     $5_1 = $5_1 + 120 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $67($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 26;
     continue;
    case 2:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1563174615;
      global$3 = HEAP32[4340];
     }
     $5_1 = $5_1 + 80 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $69($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 24;
     continue;
    case 3:
     $40_1 = $70($0_1);
     $15 = $40_1;
     $41_1 = i64toi32_i32$HIGH_BITS;
     $16 = $41_1;
     $5_1 = 36;
     continue;
    case 4:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1724668496;
      global$3 = HEAP32[3744];
     }
     $5_1 = $5_1 + 56 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $72($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 19;
     continue;
    case 5:
     $74($0_1, $73($73($17, $18, $42_1, $43_1), i64toi32_i32$HIGH_BITS, $2_1, $3_1), i64toi32_i32$HIGH_BITS);
     $5_1 = 9;
     continue;
    case 6:
     $19_1 = __wasm_i64_mul(-323947603, 1491561972, 1811915655, -1788105412);
     $20_1 = i64toi32_i32$HIGH_BITS;
     $5_1 = 40;
     continue;
    case 7:
     $34_1 = -205731576;
     $35 = 1779033703;
     $5_1 = 13;
     continue;
    case 8:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1002118716;
      global$3 = HEAP32[15079];
     }
     $5_1 = $5_1 + 8 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $76($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 0;
     continue;
    case 9:
     $77($0_1, $73($73($21, $22, $44_1, $45_1), i64toi32_i32$HIGH_BITS, $14, $33), i64toi32_i32$HIGH_BITS);
     $5_1 = 30;
     continue;
    case 10:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1237415235;
      global$3 = HEAP32[565];
     }
     $5_1 = $5_1 + 24 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $77($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 15;
     continue;
    case 11:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1283894213;
      global$3 = HEAP32[11329];
     }
     $5_1 = $5_1 + 112 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $80($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 1;
     continue;
    case 12:
     $17 = $73($2_1, $3_1, -1377402159, 1359893119);
     $18 = i64toi32_i32$HIGH_BITS;
     $5_1 = 34;
     continue;
    case 13:
     $4_1 = 0;
     $5_1 = 17;
     continue;
    case 14:
     $72($0_1, $73($73($23_1, $24_1, $40_1, $41_1), i64toi32_i32$HIGH_BITS, $15, $16), i64toi32_i32$HIGH_BITS);
     $5_1 = 37;
     continue;
    case 15:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -382503320;
      global$3 = HEAP32[12641];
     }
     $5_1 = $5_1 + 32 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $74($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 33;
     continue;
    case 16:
     $7 = $82(global$0, 128);
     $84($7, $83($1_1), i64toi32_i32$HIGH_BITS);
     $5_1 = 8;
     continue;
    case 17:
     $46_1 = $85($0_1);
     $11 = $46_1;
     $47_1 = i64toi32_i32$HIGH_BITS;
     $12_1 = $47_1;
     $5_1 = 38;
     continue;
    case 18:
     $48_1 = $86($0_1);
     $25 = $48_1;
     $49 = i64toi32_i32$HIGH_BITS;
     $26 = $49;
     $5_1 = 25;
     continue;
    case 19:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1487414883;
      global$3 = HEAP32[7281];
     }
     $5_1 = $5_1 - -64 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $88($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 27;
     continue;
    case 20:
     $50_1 = $89($0_1);
     $9 = $50_1;
     $51_1 = i64toi32_i32$HIGH_BITS;
     $13 = $51_1;
     $5_1 = 28;
     continue;
    case 21:
     $76($0_1, $73($73($9, $13, $50_1, $51_1), i64toi32_i32$HIGH_BITS, $19_1, $20_1), i64toi32_i32$HIGH_BITS);
     $5_1 = 29;
     continue;
    case 22:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1672058806;
      global$3 = HEAP32[12936];
     }
     $5_1 = $5_1 + 48 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $91($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 4;
     continue;
    case 23:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1198704799;
      global$3 = HEAP32[10618];
     }
     $5_1 = $5_1 + 96 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $93($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 32;
     continue;
    case 24:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -591512613;
      global$3 = HEAP32[11844];
     }
     $5_1 = $5_1 + 88 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $95($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 23;
     continue;
    case 25:
     $44_1 = $96($0_1);
     $14 = $44_1;
     $45_1 = i64toi32_i32$HIGH_BITS;
     $33 = $45_1;
     $5_1 = 3;
     continue;
    case 26:
     $27_1 = $4_1 ? 79577748 : -79577749;
     $28 = $4_1 ? -528734636 : 528734635;
     $5_1 = 12;
     continue;
    case 27:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 126181192;
      global$3 = HEAP32[12996];
     }
     $5_1 = $5_1 + 72 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $98($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 2;
     continue;
    case 28:
     $52 = $99($0_1);
     $29_1 = $52;
     $53_1 = i64toi32_i32$HIGH_BITS;
     $30_1 = $53_1;
     $5_1 = 39;
     continue;
    case 29:
     $84($0_1, $73($73($11, $12_1, $46_1, $47_1), i64toi32_i32$HIGH_BITS, $34_1, $35), i64toi32_i32$HIGH_BITS);
     return;
    case 30:
     $65($0_1, $73($73($31, $32, $54, $55_1), i64toi32_i32$HIGH_BITS, $8_1, $10_1), i64toi32_i32$HIGH_BITS);
     $5_1 = 21;
     continue;
    case 31:
     $100($0_1, $73($73($29_1, $30_1, $52, $53_1), i64toi32_i32$HIGH_BITS, $36_1, $37_1), i64toi32_i32$HIGH_BITS);
     $5_1 = 5;
     continue;
    case 32:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -895828580;
      global$3 = HEAP32[14402];
     }
     $5_1 = $5_1 + 104 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $102($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 11;
     continue;
    case 33:
     $5_1 = $1_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1340021495;
      global$3 = HEAP32[14732];
     }
     $5_1 = $5_1 + 40 | 0;
     $6 = HEAPU8[$5_1 | 0] | HEAPU8[$5_1 + 1 | 0] << 8 | (HEAPU8[$5_1 + 2 | 0] << 16 | HEAPU8[$5_1 + 3 | 0] << 24);
     i64toi32_i32$HIGH_BITS = HEAPU8[$5_1 + 4 | 0] | HEAPU8[$5_1 + 5 | 0] << 8 | (HEAPU8[$5_1 + 6 | 0] << 16 | HEAPU8[$5_1 + 7 | 0] << 24);
     $100($7, $6, i64toi32_i32$HIGH_BITS);
     $5_1 = 22;
     continue;
    case 34:
     $21 = __wasm_i64_mul(-1567255151, 753547080, -311075999, 503916357);
     $22 = i64toi32_i32$HIGH_BITS;
     $5_1 = 35;
     continue;
    case 35:
     $23_1 = __wasm_i64_mul(1450074143, -59234786, 1711795047, -1441103292);
     $24_1 = i64toi32_i32$HIGH_BITS;
     $5_1 = 41;
     continue;
    case 36:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -728426135;
       global$3 = HEAP32[3274];
      }
      $1_1 = $105((wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $104($4_1, -10), wasm2js_i32$2 = $4_1 >>> 0 < 10, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1), 4);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1855431828;
       global$3 = HEAP32[9972];
      }
      $5_1 = $85($104($7, $105(HEAPU8[$1_1 + 1049052 | 0], 3)));
      $6 = i64toi32_i32$HIGH_BITS;
      $8_1 = $107($25, $26, $8_1, $10_1);
      $10_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 703549985;
       global$3 = HEAP32[8933];
      }
      $8_1 = $107($8_1, $10_1, $85($104($7, $105(HEAPU8[$1_1 + 1049044 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $10_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1425233086;
       global$3 = HEAP32[16077];
      }
      $38_1 = $107($8_1, $10_1, $85($104($7, $105(HEAPU8[$1_1 + 1049045 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $39_1 = i64toi32_i32$HIGH_BITS;
      $27_1 = $110($73($8_1, $10_1, $27_1, $28), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-2092301728, 1526451133, -1279395301, 1033405684));
      $28 = i64toi32_i32$HIGH_BITS;
      $31 = $107($27_1, $28, $31, $32);
      $32 = i64toi32_i32$HIGH_BITS;
      $25 = $110($73($31, $32, $25, $26), i64toi32_i32$HIGH_BITS, 40);
      $26 = i64toi32_i32$HIGH_BITS;
      $38_1 = $107($38_1, $39_1, $25, $26);
      $39_1 = i64toi32_i32$HIGH_BITS;
      $5_1 = $107($5_1, $6, $38_1, $39_1);
      $6 = i64toi32_i32$HIGH_BITS;
      $8_1 = $107($15, $16, $14, $33);
      $10_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -2045116432;
       global$3 = HEAP32[14203];
      }
      $8_1 = $107($8_1, $10_1, $85($104($7, $105(HEAPU8[$1_1 + 1049046 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $10_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1399048185;
       global$3 = HEAP32[8];
      }
      $14 = $107($8_1, $10_1, $85($104($7, $105(HEAPU8[$1_1 + 1049047 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $33 = i64toi32_i32$HIGH_BITS;
      $23_1 = $110($73($8_1, $10_1, $23_1, $24_1), i64toi32_i32$HIGH_BITS, 32);
      $24_1 = i64toi32_i32$HIGH_BITS;
      $21 = $107($23_1, $24_1, $21, $22);
      $22 = i64toi32_i32$HIGH_BITS;
      $15 = $110($73($21, $22, $15, $16), i64toi32_i32$HIGH_BITS, 40);
      $16 = i64toi32_i32$HIGH_BITS;
      $14 = $107($14, $33, $15, $16);
      $33 = i64toi32_i32$HIGH_BITS;
      $23_1 = $110($73($14, $33, $23_1, $24_1), i64toi32_i32$HIGH_BITS, 48);
      $24_1 = i64toi32_i32$HIGH_BITS;
      $21 = $107($23_1, $24_1, $21, $22);
      $22 = i64toi32_i32$HIGH_BITS;
      $15 = $110($73($21, $22, $15, $16), i64toi32_i32$HIGH_BITS, 1);
      $16 = i64toi32_i32$HIGH_BITS;
      $8_1 = $107($5_1, $6, $15, $16);
      $10_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 798648324;
       global$3 = HEAP32[6333];
      }
      $58 = $107($8_1, $10_1, $85($104($7, $105(HEAPU8[$1_1 + 1049053 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $59 = i64toi32_i32$HIGH_BITS;
      $5_1 = $107($29_1, $30_1, $9, $13);
      $9 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -635728280;
       global$3 = HEAP32[14831];
      }
      $9 = $107($5_1, $9, $85($104($7, $105(HEAPU8[$1_1 + 1049042 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $13 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -605851505;
       global$3 = HEAP32[6315];
      }
      $5_1 = $107($9, $13, $85($104($7, $105(HEAPU8[$1_1 + 1049043 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $6 = i64toi32_i32$HIGH_BITS;
      $36_1 = $110($73($9, $13, $36_1, $37_1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-1201305440, 2062219049, -1014298995, 728832636));
      $37_1 = i64toi32_i32$HIGH_BITS;
      $19_1 = $107($36_1, $37_1, $19_1, $20_1);
      $20_1 = i64toi32_i32$HIGH_BITS;
      $29_1 = $110($73($19_1, $20_1, $29_1, $30_1), i64toi32_i32$HIGH_BITS, 40);
      $30_1 = i64toi32_i32$HIGH_BITS;
      $9 = $107($5_1, $6, $29_1, $30_1);
      $13 = i64toi32_i32$HIGH_BITS;
      $6 = $110($73($9, $13, $36_1, $37_1), i64toi32_i32$HIGH_BITS, 48);
      $56_1 = i64toi32_i32$HIGH_BITS;
      $36_1 = $110($73($8_1, $10_1, $6, $56_1), i64toi32_i32$HIGH_BITS, 32);
      $37_1 = i64toi32_i32$HIGH_BITS;
      $5_1 = $107($2_1, $3_1, $11, $12_1);
      $8_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1432723217;
       global$3 = HEAP32[2041];
      }
      $11 = $107($5_1, $8_1, $85($104($7, $105(HEAPU8[$1_1 + 1049040 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $12_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1255370420;
       global$3 = HEAP32[11907];
      }
      $5_1 = $107($11, $12_1, $85($104($7, $105(HEAPU8[$1_1 + 1049041 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $8_1 = i64toi32_i32$HIGH_BITS;
      $17 = $110($73($11, $12_1, $17, $18), i64toi32_i32$HIGH_BITS, 32);
      $18 = i64toi32_i32$HIGH_BITS;
      $34_1 = $107($17, $18, $34_1, $35);
      $35 = i64toi32_i32$HIGH_BITS;
      $2_1 = $110($73($34_1, $35, $2_1, $3_1), i64toi32_i32$HIGH_BITS, 40);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $11 = $107($5_1, $8_1, $2_1, $3_1);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $17 = $110($73($11, $12_1, $17, $18), i64toi32_i32$HIGH_BITS, 48);
      $18 = i64toi32_i32$HIGH_BITS;
      $57_1 = $107($17, $18, $34_1, $35);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $34_1 = $107($36_1, $37_1, $57_1, $5_1);
      $35 = i64toi32_i32$HIGH_BITS;
      $15 = $110($73($34_1, $35, $15, $16), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(474293832, 1954000328, -951350435, -1645998898));
      $16 = i64toi32_i32$HIGH_BITS;
      $8_1 = $107($58, $59, $15, $16);
      $10_1 = i64toi32_i32$HIGH_BITS;
      $36_1 = $110($73($8_1, $10_1, $36_1, $37_1), i64toi32_i32$HIGH_BITS, 48);
      $37_1 = i64toi32_i32$HIGH_BITS;
      $34_1 = $107($36_1, $37_1, $34_1, $35);
      $35 = i64toi32_i32$HIGH_BITS;
      $15 = $110($73($34_1, $35, $15, $16), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-436468747, 650574298, -1650569123, 1440916116));
      $16 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 260665483;
       global$3 = HEAP32[2803];
      }
      $9 = $107($85($104($7, $105(HEAPU8[$1_1 + 1049050 | 0], 3))), i64toi32_i32$HIGH_BITS, $9, $13);
      $13 = i64toi32_i32$HIGH_BITS;
      $27_1 = $110($73($38_1, $39_1, $27_1, $28), i64toi32_i32$HIGH_BITS, 48);
      $28 = i64toi32_i32$HIGH_BITS;
      $31 = $107($27_1, $28, $31, $32);
      $32 = i64toi32_i32$HIGH_BITS;
      $25 = $110($73($31, $32, $25, $26), i64toi32_i32$HIGH_BITS, 1);
      $26 = i64toi32_i32$HIGH_BITS;
      $9 = $107($9, $13, $25, $26);
      $13 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -841102922;
       global$3 = HEAP32[6655];
      }
      $38_1 = $107($9, $13, $85($104($7, $105(HEAPU8[$1_1 + 1049051 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $39_1 = i64toi32_i32$HIGH_BITS;
      $17 = $110($73($9, $13, $17, $18), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(553147360, 999755767, 93092127, 1953873113));
      $18 = i64toi32_i32$HIGH_BITS;
      $21 = $107($17, $18, $21, $22);
      $22 = i64toi32_i32$HIGH_BITS;
      $25 = $110($73($21, $22, $25, $26), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-2002376776, -745268997, -1980485661, -2097221864));
      $26 = i64toi32_i32$HIGH_BITS;
      $9 = $107($38_1, $39_1, $25, $26);
      $13 = i64toi32_i32$HIGH_BITS;
      $17 = $110($73($9, $13, $17, $18), i64toi32_i32$HIGH_BITS, 48);
      $18 = i64toi32_i32$HIGH_BITS;
      $21 = $107($17, $18, $21, $22);
      $22 = i64toi32_i32$HIGH_BITS;
      $25 = $110($73($21, $22, $25, $26), i64toi32_i32$HIGH_BITS, 1);
      $26 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -849217636;
       global$3 = HEAP32[14976];
      }
      $11 = $107($85($104($7, $105(HEAPU8[$1_1 + 1049048 | 0], 3))), i64toi32_i32$HIGH_BITS, $11, $12_1);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $19_1 = $107($6, $56_1, $19_1, $20_1);
      $20_1 = i64toi32_i32$HIGH_BITS;
      $29_1 = $110($73($19_1, $20_1, $29_1, $30_1), i64toi32_i32$HIGH_BITS, 1);
      $30_1 = i64toi32_i32$HIGH_BITS;
      $11 = $107($11, $12_1, $29_1, $30_1);
      $12_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -362404937;
       global$3 = HEAP32[2244];
      }
      $6 = $107($11, $12_1, $85($104($7, $105(HEAPU8[$1_1 + 1049049 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $38_1 = i64toi32_i32$HIGH_BITS;
      $23_1 = $110($73($23_1, $24_1, $11, $12_1), i64toi32_i32$HIGH_BITS, 32);
      $24_1 = i64toi32_i32$HIGH_BITS;
      $31 = $107($23_1, $24_1, $31, $32);
      $32 = i64toi32_i32$HIGH_BITS;
      $29_1 = $110($73($31, $32, $29_1, $30_1), i64toi32_i32$HIGH_BITS, 40);
      $30_1 = i64toi32_i32$HIGH_BITS;
      $11 = $107($6, $38_1, $29_1, $30_1);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $23_1 = $110($73($11, $12_1, $23_1, $24_1), i64toi32_i32$HIGH_BITS, 48);
      $24_1 = i64toi32_i32$HIGH_BITS;
      $31 = $107($23_1, $24_1, $31, $32);
      $32 = i64toi32_i32$HIGH_BITS;
      $29_1 = $110($73($31, $32, $29_1, $30_1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(25970009, -1465469194, -345656599, -1376496755));
      $30_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $110($73($57_1, $5_1, $2_1, $3_1), i64toi32_i32$HIGH_BITS, 1);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $5_1 = $107($14, $33, $2_1, $3_1);
      $14 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1935060552;
       global$3 = HEAP32[13417];
      }
      $14 = $107($5_1, $14, $85($104($7, $105(HEAPU8[$1_1 + 1049054 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $33 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -940093650;
       global$3 = HEAP32[15215];
      }
      $5_1 = $107($14, $33, $85($104($7, $105(HEAPU8[$1_1 + 1049055 | 0], 3))), i64toi32_i32$HIGH_BITS);
      $6 = i64toi32_i32$HIGH_BITS;
      $27_1 = $110($73($14, $33, $27_1, $28), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-1706236e3, -851573556, 1322002453, -181341822));
      $28 = i64toi32_i32$HIGH_BITS;
      $19_1 = $107($27_1, $28, $19_1, $20_1);
      $20_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $110($73($19_1, $20_1, $2_1, $3_1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(2074980680, 475019305, -1410638211, -1148882249));
      $3_1 = i64toi32_i32$HIGH_BITS;
      $14 = $107($5_1, $6, $2_1, $3_1);
      $33 = i64toi32_i32$HIGH_BITS;
      $27_1 = $110($73($14, $33, $27_1, $28), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-1546427088, -2085528001, -170034799, 768029137));
      $28 = i64toi32_i32$HIGH_BITS;
      $19_1 = $107($27_1, $28, $19_1, $20_1);
      $20_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $110($73($19_1, $20_1, $2_1, $3_1), i64toi32_i32$HIGH_BITS, 1);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $4_1 = $104($4_1, 1);
      if (($4_1 | 0) != 12) {
       continue
      }
      break;
     };
     $5_1 = 14;
     continue;
    case 37:
     $91($0_1, $73($73($25, $26, $48_1, $49), i64toi32_i32$HIGH_BITS, $27_1, $28), i64toi32_i32$HIGH_BITS);
     $5_1 = 31;
     continue;
    case 38:
     $42_1 = $124($0_1);
     $2_1 = $42_1;
     $43_1 = i64toi32_i32$HIGH_BITS;
     $3_1 = $43_1;
     $5_1 = 20;
     continue;
    case 39:
     $54 = $125($0_1);
     $8_1 = $54;
     $55_1 = i64toi32_i32$HIGH_BITS;
     $10_1 = $55_1;
     $5_1 = 18;
     continue;
    case 40:
     $36_1 = 725511199;
     $37_1 = -1694144372;
     $5_1 = 7;
     continue;
    default:
     break block41;
    };
   }
   $31 = -23791573;
   $32 = 1013904242;
   $5_1 = 6;
   continue;
  };
 }
 
 function $1($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, $11 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1702620455;
   global$3 = HEAP32[13379];
  }
  $4_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1375018777;
    global$3 = HEAP32[678];
   }
   block16 : {
    switch ($4_1 | 0) {
    case 0:
     $7 = __wasm_i64_mul(0, 0, -79220271, 420998075);
     $8_1 = i64toi32_i32$HIGH_BITS;
     $4_1 = 14;
     continue;
    case 1:
     $5_1 = $82(global$0, 192);
     global$0 = $5_1;
     $4_1 = 5;
     continue;
    case 2:
     wasm2js_trap();
    case 3:
     $84($5_1, $73($126($1_1, 16842752), 0, -205731576, 1779033703), i64toi32_i32$HIGH_BITS);
     $4_1 = 4;
     continue;
    case 4:
     wasm2js_memory_fill($104($5_1, 64), 0, 128);
     $4_1 = 16;
     continue;
    case 5:
     $6 = 0;
     $4_1 = 10;
     continue;
    case 6:
     $65($5_1, $127(), i64toi32_i32$HIGH_BITS);
     $4_1 = 8;
     continue;
    case 7:
     if ($6 >>> 0 <= 128) {
      $3_1 = 0;
      $4_1 = $82(128, $6);
      if ($4_1) {
       wasm2js_memory_fill($104($104($5_1, 64), $6), 0, $4_1)
      }
      $0($5_1, $104($5_1, 64), $107($7, $8_1, $6, 0), i64toi32_i32$HIGH_BITS, 1);
      $4_1 = $128($1_1, 126);
      $9 = $128($1_1, 1);
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 210236791;
        global$3 = HEAP32[8769];
       }
       $7 = $85($104($5_1, $128($3_1, -8)));
       $8_1 = i64toi32_i32$HIGH_BITS;
       $6 = $128($105($3_1, 3), 48);
       $130($0_1, $129($7, $8_1, $6));
       $1_1 = $129($7, $8_1, $126($6, 8));
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -1292130636;
        global$3 = HEAP32[8216];
       }
       HEAP8[$0_1 + 1 | 0] = $1_1;
       $0_1 = $104($0_1, 2);
       $3_1 = $104($3_1, 2);
       if (($4_1 | 0) != ($3_1 | 0)) {
        continue
       }
       break;
      };
      if ($9) {
       $130($0_1, $129($85($104($5_1, $128($3_1, -8))), i64toi32_i32$HIGH_BITS, $105($3_1, 3)))
      }
      global$0 = $104($5_1, 192);
      return;
     }
     $4_1 = 13;
     continue;
    case 8:
     $76($5_1, $132(), i64toi32_i32$HIGH_BITS);
     $4_1 = 3;
     continue;
    case 9:
     $74($5_1, $133(), i64toi32_i32$HIGH_BITS);
     $4_1 = 11;
     continue;
    case 10:
     $72($5_1, $134(), i64toi32_i32$HIGH_BITS);
     $4_1 = 15;
     continue;
    case 11:
     $77($5_1, $135(), i64toi32_i32$HIGH_BITS);
     $4_1 = 6;
     continue;
    case 12:
     $100($5_1, $136(), i64toi32_i32$HIGH_BITS);
     $4_1 = 9;
     continue;
    case 13:
     $0_1 = 0;
     $2_1 = 0;
     $3_1 = 0;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 543561569;
      global$3 = HEAP32[11987];
     }
     $1_1 = 7;
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1300793282;
       global$3 = HEAP32[351];
      }
      block71 : {
       switch ($1_1 | 0) {
       case 0:
        $77($0_1, $416($2_1, $3_1, $104($0_1, 12), 0), i64toi32_i32$HIGH_BITS);
        $1_1 = 3;
        continue;
       case 1:
        block1019 : {
         if ($6 >>> 0 <= 128) {
          $2_1 = $143(17, 0, __wasm_i64_mul(1365200992, -223555959, 1566876715, 789250809));
          $3_1 = i64toi32_i32$HIGH_BITS;
          if ($6 >>> 0 <= 128) {
           break block1019
          }
          $433($0_1, $6);
          $432($0_1, 128);
          $77($0_1, $416($2_1, $3_1, $104($0_1, 12), 0), i64toi32_i32$HIGH_BITS);
          $65($0_1, $416($2_1, $3_1, $104($0_1, 8), 0), i64toi32_i32$HIGH_BITS);
          $55(1048576, $104($0_1, 16), 1051384);
          wasm2js_trap();
         }
         $433($0_1, $6);
         $432($0_1, 128);
         $2_1 = $143(17, 0, __wasm_i64_mul(-47252896, -1039162496, -174393253, -1841228352));
         $3_1 = i64toi32_i32$HIGH_BITS;
         $77($0_1, $416($2_1, $3_1, $104($0_1, 12), 0), i64toi32_i32$HIGH_BITS);
         $65($0_1, $416($2_1, $3_1, $104($0_1, 8), 0), i64toi32_i32$HIGH_BITS);
         $55(1048671, $104($0_1, 16), 1051384);
         wasm2js_trap();
        }
        $1_1 = 4;
        continue;
       case 2:
        wasm2js_trap();
       case 3:
        $65($0_1, $416($2_1, $3_1, $104($0_1, 8), 0), i64toi32_i32$HIGH_BITS);
        $1_1 = 6;
        continue;
       case 4:
        $433($0_1, 128);
        $1_1 = 5;
        continue;
       case 5:
        $432($0_1, 128);
        $1_1 = 0;
        continue;
       case 6:
        $55(1048728, $104($0_1, 16), 1051384);
        $1_1 = 2;
        continue;
       default:
        break block71;
       };
      }
      $0_1 = $82(global$0, 32);
      global$0 = $0_1;
      $1_1 = 1;
      continue;
     };
    case 14:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1560444790;
       global$3 = HEAP32[3757];
      }
      block20 : {
       $4_1 = $137($2_1);
       if (!$4_1) {
        break block20
       }
       $3_1 = $138($2_1);
       while (1) {
        block23 : {
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = 201276703;
          global$3 = HEAP32[482];
         }
         $9 = $139($3_1);
         block22 : {
          if (($6 | 0) == 128) {
           $6 = 0;
           $10_1 = $104($5_1, 64);
           $7 = $107($7, $8_1, 128, 0);
           $8_1 = i64toi32_i32$HIGH_BITS;
           $0($5_1, $10_1, $7, $8_1, 0);
           break block22;
          }
          if ($6 >>> 0 > 127) {
           break block23
          }
         }
         $3_1 = $104($3_1, 1);
         $140($104($104($5_1, 64), $6), $9);
         $6 = $104($6, 1);
         $4_1 = $104($4_1, -1);
         if ($4_1) {
          continue
         }
         break block20;
        }
        break;
       };
       $57($6, 128, 1051368);
       wasm2js_trap();
      }
      $2_1 = $104($2_1, 8);
      if (($11 | 0) != ($2_1 | 0)) {
       continue
      }
      break;
     };
     $4_1 = 7;
     continue;
    case 15:
     $91($5_1, $141(), i64toi32_i32$HIGH_BITS);
     $4_1 = 12;
     continue;
    default:
     break block16;
    };
   }
   $11 = $104($2_1, $105($3_1, 3));
   $4_1 = 0;
   continue;
  };
 }
 
 function $2($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23_1 = 0, $24_1 = 0, $25 = 0, $26 = 0, $27_1 = 0, $28 = 0, $29_1 = 0, $30_1 = 0, $31 = 0, $32 = 0, $33 = 0, $34_1 = 0, $35 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 295834706;
   global$3 = HEAP32[8666];
  }
  $3_1 = 3;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 1238396524;
    global$3 = HEAP32[6808];
   }
   block15 : {
    switch ($3_1 | 0) {
    case 0:
     $14 = $107($107($14, $15, $35, $36_1), i64toi32_i32$HIGH_BITS, $144($142($14, $15, __wasm_i64_mul(-203322635, -338599644, 1810542243, -1482411275), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($35, $36_1, __wasm_i64_mul(116527371, 231142472, -494849373, -1132031354)), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $15 = i64toi32_i32$HIGH_BITS;
     $69($0_1, $14, $15);
     $3_1 = 14;
     continue;
    case 1:
     $6 = $110($73($4_1, $5_1, $6, $7), i64toi32_i32$HIGH_BITS, 1);
     $7 = i64toi32_i32$HIGH_BITS;
     $4_1 = $107($107($6, $7, $19_1, $20_1), i64toi32_i32$HIGH_BITS, $144($142($6, $7, __wasm_i64_mul(1826902317, -10360423, 1059641691, -652710033), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($19_1, $20_1, __wasm_i64_mul(252904721, 2113390738, -438793231, -1173313284)), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $10_1 = $110($73($4_1, $5_1, $21, $22), i64toi32_i32$HIGH_BITS, 32);
     $11 = i64toi32_i32$HIGH_BITS;
     $1_1 = $107($107($16, $17, $37_1, $25), i64toi32_i32$HIGH_BITS, $144($142($16, $17, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($37_1, $25, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $2_1 = i64toi32_i32$HIGH_BITS;
     $8_1 = $107($107($10_1, $11, $1_1, $2_1), i64toi32_i32$HIGH_BITS, $144($142($10_1, $11, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($1_1, $2_1, __wasm_i64_mul(1927971115, 96488045, 986068355, -1384721488)), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(44215886, -1032167503, 301160297, -1293301266), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $9 = i64toi32_i32$HIGH_BITS;
     $6 = $110($73($8_1, $9, $6, $7), i64toi32_i32$HIGH_BITS, 40);
     $7 = i64toi32_i32$HIGH_BITS;
     $21 = $107($107($6, $7, $4_1, $5_1), i64toi32_i32$HIGH_BITS, $144($142($6, $7, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($4_1, $5_1, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $22 = i64toi32_i32$HIGH_BITS;
     $4_1 = $110($73($21, $22, $10_1, $11), i64toi32_i32$HIGH_BITS, 48);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $102($0_1, $4_1, $5_1);
     $3_1 = 15;
     continue;
    case 2:
     $14 = $110($73($14, $15, $38_1, $39_1), i64toi32_i32$HIGH_BITS, 48);
     $15 = i64toi32_i32$HIGH_BITS;
     $67($0_1, $14, $15);
     $3_1 = 0;
     continue;
    case 3:
     $6 = $70($0_1);
     $7 = i64toi32_i32$HIGH_BITS;
     $12_1 = $96($0_1);
     $13 = i64toi32_i32$HIGH_BITS;
     $12_1 = $107($107($6, $7, $12_1, $13), i64toi32_i32$HIGH_BITS, $144($142($143($12_1, $13, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS, $142($6, $7, -1, 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $13 = i64toi32_i32$HIGH_BITS;
     $4_1 = $110($73($12_1, $13, $145($0_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-377971616, -648381684, 406823115, -621827820));
     $5_1 = i64toi32_i32$HIGH_BITS;
     $10_1 = $146($0_1);
     $11 = i64toi32_i32$HIGH_BITS;
     $10_1 = $107($107($4_1, $5_1, $10_1, $11), i64toi32_i32$HIGH_BITS, $144($142($4_1, $5_1, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($10_1, $11, __wasm_i64_mul(-1093327177, -1805967156, 509253383, 672682130)), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $11 = i64toi32_i32$HIGH_BITS;
     $6 = $110($73($10_1, $11, $6, $7), i64toi32_i32$HIGH_BITS, 40);
     $7 = i64toi32_i32$HIGH_BITS;
     $12_1 = $107($107($6, $7, $12_1, $13), i64toi32_i32$HIGH_BITS, $144($142($6, $7, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($12_1, $13, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $13 = i64toi32_i32$HIGH_BITS;
     $4_1 = $110($73($12_1, $13, $4_1, $5_1), i64toi32_i32$HIGH_BITS, 48);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = $99($0_1);
     $2_1 = i64toi32_i32$HIGH_BITS;
     $8_1 = $89($0_1);
     $9 = i64toi32_i32$HIGH_BITS;
     $8_1 = $107($107($1_1, $2_1, $8_1, $9), i64toi32_i32$HIGH_BITS, $144($142($143($8_1, $9, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS, $142($1_1, $2_1, -1, 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $9 = i64toi32_i32$HIGH_BITS;
     $21 = $110($73($8_1, $9, $147($0_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 32);
     $22 = i64toi32_i32$HIGH_BITS;
     $23_1 = $148($0_1);
     $24_1 = i64toi32_i32$HIGH_BITS;
     $23_1 = $107($107($21, $22, $23_1, $24_1), i64toi32_i32$HIGH_BITS, $144($142($21, $22, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($23_1, $24_1, __wasm_i64_mul(122531943, -170916681, -764253353, -775204162)), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-1220720694, -373763853, 1436622355, -835343019), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $24_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = $110($73($23_1, $24_1, $1_1, $2_1), i64toi32_i32$HIGH_BITS, 40);
     $2_1 = i64toi32_i32$HIGH_BITS;
     $8_1 = $107($107($1_1, $2_1, $8_1, $9), i64toi32_i32$HIGH_BITS, $144($142($1_1, $2_1, __wasm_i64_mul(628601533, -1534458728, -1270110357, 1284211138), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($8_1, $9, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $9 = i64toi32_i32$HIGH_BITS;
     $21 = $110($73($8_1, $9, $21, $22), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(859143248, 1464281017, 1707093287, -1742483934));
     $22 = i64toi32_i32$HIGH_BITS;
     $23_1 = $107($107($21, $22, $23_1, $24_1), i64toi32_i32$HIGH_BITS, $144($142($21, $22, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($23_1, $24_1, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $24_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = $110($73($23_1, $24_1, $1_1, $2_1), i64toi32_i32$HIGH_BITS, 1);
     $2_1 = i64toi32_i32$HIGH_BITS;
     $26 = $124($0_1);
     $27_1 = i64toi32_i32$HIGH_BITS;
     $16 = $85($0_1);
     $17 = i64toi32_i32$HIGH_BITS;
     $16 = $107($107($26, $27_1, $16, $17), i64toi32_i32$HIGH_BITS, $144($142($143($16, $17, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS, $142($26, $27_1, -1, 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $17 = i64toi32_i32$HIGH_BITS;
     $28 = $110($73($16, $17, $149($0_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 32);
     $29_1 = i64toi32_i32$HIGH_BITS;
     $3_1 = $0_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1508603224;
      global$3 = HEAP32[15608];
     }
     $25 = $3_1 - -64 | 0;
     $3_1 = HEAP32[$25 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$25 + 4 >> 2];
     $25 = i64toi32_i32$HIGH_BITS;
     $37_1 = $107($107($28, $29_1, $3_1, $25), i64toi32_i32$HIGH_BITS, $144($142($28, $29_1, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($3_1, $25, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $25 = i64toi32_i32$HIGH_BITS;
     $26 = $110($73($37_1, $25, $26, $27_1), i64toi32_i32$HIGH_BITS, 40);
     $27_1 = i64toi32_i32$HIGH_BITS;
     $16 = $107($107($26, $27_1, $16, $17), i64toi32_i32$HIGH_BITS, $144($142($26, $27_1, __wasm_i64_mul(1047380795, 120886862, 587850253, -729951174), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($16, $17, 1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(1880646510, -326572291, -354057223, -1370791800), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $17 = i64toi32_i32$HIGH_BITS;
     $14 = $107($107($1_1, $2_1, $16, $17), i64toi32_i32$HIGH_BITS, $144($142($1_1, $2_1, __wasm_i64_mul(854673515, 772561709, -1824597059, -1910166437), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($16, $17, __wasm_i64_mul(-1850577277, 383259918, 1228918827, -1891352256)), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $15 = i64toi32_i32$HIGH_BITS;
     $38_1 = $110($73($4_1, $5_1, $14, $15), i64toi32_i32$HIGH_BITS, 32);
     $39_1 = i64toi32_i32$HIGH_BITS;
     $30_1 = $86($0_1);
     $31 = i64toi32_i32$HIGH_BITS;
     $19_1 = $125($0_1);
     $20_1 = i64toi32_i32$HIGH_BITS;
     $19_1 = $107($107($30_1, $31, $19_1, $20_1), i64toi32_i32$HIGH_BITS, $144($142($143($19_1, $20_1, __wasm_i64_mul(-1591188971, 1233484571, 159604029, 1290055994)), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-2012708558, 1206891839, -1565922217, 1528305442), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($30_1, $31, -1, 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $20_1 = i64toi32_i32$HIGH_BITS;
     $32 = $110($73($19_1, $20_1, $151($0_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 32);
     $33 = i64toi32_i32$HIGH_BITS;
     $3_1 = $0_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1637190058;
      global$3 = HEAP32[15231];
     }
     $18 = $3_1 + 80 | 0;
     $3_1 = HEAP32[$18 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$18 + 4 >> 2];
     $18 = i64toi32_i32$HIGH_BITS;
     $34_1 = $107($107($32, $33, $3_1, $18), i64toi32_i32$HIGH_BITS, $144($142($32, $33, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($3_1, $18, 1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(1896811298, 1294148441, -1287379825, 1091033535), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $18 = i64toi32_i32$HIGH_BITS;
     $30_1 = $110($73($34_1, $18, $30_1, $31), i64toi32_i32$HIGH_BITS, 40);
     $31 = i64toi32_i32$HIGH_BITS;
     $19_1 = $107($107($30_1, $31, $19_1, $20_1), i64toi32_i32$HIGH_BITS, $144($142($30_1, $31, __wasm_i64_mul(346551597, -1857112709, 515169627, -1778182920), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($19_1, $20_1, __wasm_i64_mul(1251665629, -554175794, 555360629, 1414764364)), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $20_1 = i64toi32_i32$HIGH_BITS;
     $32 = $110($73($19_1, $20_1, $32, $33), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(1272194192, 798700072, 1783820267, 1271429314));
     $33 = i64toi32_i32$HIGH_BITS;
     $34_1 = $107($107($32, $33, $34_1, $18), i64toi32_i32$HIGH_BITS, $144($142($32, $33, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($34_1, $18, __wasm_i64_mul(-1679822403, 195374894, 1674695061, 883829201)), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-300945982, 985861467, 1960325855, 1360513729), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $18 = i64toi32_i32$HIGH_BITS;
     $35 = $107($107($38_1, $39_1, $34_1, $18), i64toi32_i32$HIGH_BITS, $144($142($38_1, $39_1, __wasm_i64_mul(-1192198825, -1907082790, -1579269735, -660098875), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($34_1, $18, __wasm_i64_mul(-1746103951, -706420392, 3936145, 147385225)), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $36_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = $110($73($35, $36_1, $1_1, $2_1), i64toi32_i32$HIGH_BITS, 40);
     $2_1 = i64toi32_i32$HIGH_BITS;
     $14 = $107($107($1_1, $2_1, $14, $15), i64toi32_i32$HIGH_BITS, $144($142($1_1, $2_1, __wasm_i64_mul(1876014899, 294263871, -1756699643, -8175483), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($14, $15, __wasm_i64_mul(-1209459673, 1782273338, -625306729, -1706924259)), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $15 = i64toi32_i32$HIGH_BITS;
     $84($0_1, $14, $15);
     $3_1 = 2;
     continue;
    case 4:
     $72($0_1, $110($73($4_1, $5_1, $6, $7), i64toi32_i32$HIGH_BITS, 1), i64toi32_i32$HIGH_BITS);
     $3_1 = 10;
     continue;
    case 5:
     $4_1 = $107($107($4_1, $5_1, $8_1, $9), i64toi32_i32$HIGH_BITS, $144($142($4_1, $5_1, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($8_1, $9, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $88($0_1, $4_1, $5_1);
     $3_1 = 4;
     continue;
    case 6:
     $1_1 = $110($73($34_1, $18, $30_1, $31), i64toi32_i32$HIGH_BITS, 1);
     $2_1 = i64toi32_i32$HIGH_BITS;
     $8_1 = $107($107($1_1, $2_1, $8_1, $9), i64toi32_i32$HIGH_BITS, $144($142($1_1, $2_1, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($8_1, $9, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $9 = i64toi32_i32$HIGH_BITS;
     $16 = $110($73($16, $17, $28, $29_1), i64toi32_i32$HIGH_BITS, 48);
     $17 = i64toi32_i32$HIGH_BITS;
     $28 = $110($73($8_1, $9, $16, $17), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(537995744, 2052092573, -2059604561, 877440295));
     $29_1 = i64toi32_i32$HIGH_BITS;
     $4_1 = $107($107($4_1, $5_1, $10_1, $11), i64toi32_i32$HIGH_BITS, $144($142($4_1, $5_1, __wasm_i64_mul(1271705927, -641725055, 840587145, -1918737211), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($10_1, $11, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $10_1 = $107($107($28, $29_1, $4_1, $5_1), i64toi32_i32$HIGH_BITS, $144($142($28, $29_1, __wasm_i64_mul(1055928947, -162264063, 630144325, 457332919), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($4_1, $5_1, __wasm_i64_mul(1417971097, 616206803, -2056847703, -1565553076)), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $11 = i64toi32_i32$HIGH_BITS;
     $1_1 = $110($73($10_1, $11, $1_1, $2_1), i64toi32_i32$HIGH_BITS, 40);
     $2_1 = i64toi32_i32$HIGH_BITS;
     $14 = $107($107($1_1, $2_1, $8_1, $9), i64toi32_i32$HIGH_BITS, $144($142($1_1, $2_1, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($8_1, $9, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $15 = i64toi32_i32$HIGH_BITS;
     $8_1 = $110($73($14, $15, $28, $29_1), i64toi32_i32$HIGH_BITS, 48);
     $9 = i64toi32_i32$HIGH_BITS;
     $93($0_1, $8_1, $9);
     $3_1 = 7;
     continue;
    case 7:
     $76($0_1, $14, $15);
     $3_1 = 13;
     continue;
    case 8:
     $12_1 = $107($107($12_1, $13, $10_1, $11), i64toi32_i32$HIGH_BITS, $144($142($12_1, $13, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($10_1, $11, 1), i64toi32_i32$HIGH_BITS, -2, 1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $13 = i64toi32_i32$HIGH_BITS;
     $98($0_1, $12_1, $13);
     $3_1 = 11;
     continue;
    case 9:
     $77($0_1, $1_1, $2_1);
     $3_1 = 8;
     continue;
    case 10:
     $6 = $110($73($1_1, $2_1, $26, $27_1), i64toi32_i32$HIGH_BITS, 1);
     $7 = i64toi32_i32$HIGH_BITS;
     $12_1 = $107($107($12_1, $13, $6, $7), i64toi32_i32$HIGH_BITS, $144($142($143($12_1, $13, 1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(626553186, 1077181530, -19337297, -632563421), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($6, $7, -1, 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $13 = i64toi32_i32$HIGH_BITS;
     $4_1 = $110($73($12_1, $13, $32, $33), i64toi32_i32$HIGH_BITS, 32);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $10_1 = $107($107($4_1, $5_1, $23_1, $24_1), i64toi32_i32$HIGH_BITS, $144($142($4_1, $5_1, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($23_1, $24_1, 1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(926877206, 1715440033, 720850781, 1481939009), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $11 = i64toi32_i32$HIGH_BITS;
     $6 = $110($73($10_1, $11, $6, $7), i64toi32_i32$HIGH_BITS, 40);
     $7 = i64toi32_i32$HIGH_BITS;
     $1_1 = $107($107($6, $7, $12_1, $13), i64toi32_i32$HIGH_BITS, $144($142($6, $7, __wasm_i64_mul(1046705809, -655923073, 1115223439, -1521266665), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($12_1, $13, 1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(1305632934, 2119934461, 928214053, 2094496132), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $2_1 = i64toi32_i32$HIGH_BITS;
     $12_1 = $110($73($1_1, $2_1, $4_1, $5_1), i64toi32_i32$HIGH_BITS, 48);
     $13 = i64toi32_i32$HIGH_BITS;
     $80($0_1, $12_1, $13);
     $3_1 = 9;
     continue;
    case 11:
     $74($0_1, $110($73($12_1, $13, $6, $7), i64toi32_i32$HIGH_BITS, 1), i64toi32_i32$HIGH_BITS);
     return;
    case 12:
     $91($0_1, $110($73($10_1, $11, $1_1, $2_1), i64toi32_i32$HIGH_BITS, 1), i64toi32_i32$HIGH_BITS);
     $3_1 = 1;
     continue;
    case 13:
     $10_1 = $107($107($8_1, $9, $10_1, $11), i64toi32_i32$HIGH_BITS, $144($142($8_1, $9, -1, 0), i64toi32_i32$HIGH_BITS, $142($143($10_1, $11, 1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(556862202, -153617811, -1261689813, 1983648631), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $11 = i64toi32_i32$HIGH_BITS;
     $95($0_1, $10_1, $11);
     $3_1 = 12;
     continue;
    case 14:
     $100($0_1, $110($73($14, $15, $1_1, $2_1), i64toi32_i32$HIGH_BITS, 1), i64toi32_i32$HIGH_BITS);
     $3_1 = 6;
     continue;
    default:
     break block15;
    };
   }
   $65($0_1, $21, $22);
   $3_1 = 5;
   continue;
  };
 }
 
 function $3() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 759570122;
   global$3 = HEAP32[3129];
  }
  return 3149760;
 }
 
 function $4($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0, $22 = 0, $23_1 = 0, $24_1 = 0, $25 = 0, $26 = 0, $27_1 = 0, $28 = 0, $29_1 = 0, $30_1 = 0.0, $31 = 0, $32 = 0, $33 = 0, $34_1 = 0, $35 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, $49 = 0, $50_1 = 0, $51_1 = 0, $52 = 0, $53_1 = 0, $54 = 0, $55_1 = 0, $56_1 = 0, $57_1 = 0, $58 = 0, $59 = 0, $60_1 = 0, $61_1 = 0, $62_1 = 0, $63_1 = 0, $64 = 0, $65_1 = 0, $66 = 0, $67_1 = 0, $68 = 0, $69_1 = 0, $70_1 = 0, $71 = 0, $72_1 = 0, $73_1 = 0, $74_1 = 0, $75 = 0, $76_1 = 0, $77_1 = 0.0, $78 = 0, $79 = 0, $80_1 = 0, $81 = 0, $82_1 = 0, $83_1 = 0, $84_1 = 0, $85_1 = 0, $86_1 = 0, $87 = 0, wasm2js_i32$0 = 0, wasm2js_f64$0 = 0.0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0, wasm2js_i32$3 = 0, wasm2js_i32$4 = 0, wasm2js_i32$5 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -481814193;
   global$3 = HEAP32[2232];
  }
  $8_1 = 37;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 2013793140;
    global$3 = HEAP32[15814];
   }
   block114 : {
    switch ($8_1 | 0) {
    case 0:
     $153($3_1, __wasm_i64_mul(0, 0, -287879819, -1670120267), i64toi32_i32$HIGH_BITS);
     $8_1 = 2;
     continue;
    case 1:
     $154($3_1, $14);
     $8_1 = 27;
     continue;
    case 2:
     $155($3_1, __wasm_i64_mul(0, 0, 2137250475, -1087412225), i64toi32_i32$HIGH_BITS);
     $8_1 = 69;
     continue;
    case 3:
     $11 = 0;
     $8_1 = 60;
     continue;
    case 4:
     $157($3_1, $156(), i64toi32_i32$HIGH_BITS);
     $8_1 = 97;
     continue;
    case 5:
     $158($3_1, 372329608, 1226215764);
     $8_1 = 46;
     continue;
    case 6:
     $159($3_1, 1786183703, -1369258032);
     $8_1 = 32;
     continue;
    case 7:
     $160($3_1, $104($3_1, 3168));
     $8_1 = 53;
     continue;
    case 8:
     $161($3_1, $50_1, $51_1);
     $8_1 = 88;
     continue;
    case 9:
     $162($3_1, __wasm_i64_mul(-178340687, 238768674, 931231195, -383850271), i64toi32_i32$HIGH_BITS);
     $8_1 = 6;
     continue;
    case 10:
     $163($3_1, $18);
     $8_1 = 72;
     continue;
    case 11:
     $164($3_1, $29_1);
     $8_1 = 26;
     continue;
    case 12:
     $10_1 = $3_1;
     $6 = $3_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -432073324;
      global$3 = HEAP32[8025];
     }
     $9 = $6 + 124 | 0;
     $6 = HEAP32[$9 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$9 + 4 >> 2];
     $9 = $6;
     $6 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1566753485;
      global$3 = HEAP32[4524];
     }
     $10_1 = $10_1 + 3388 | 0;
     HEAP32[$10_1 >> 2] = $9;
     HEAP32[$10_1 + 4 >> 2] = $6;
     $8_1 = 51;
     continue;
    case 13:
     $167($3_1, $38_1, $39_1);
     $8_1 = 58;
     continue;
    case 14:
     $168($3_1, $52, $53_1);
     $8_1 = 50;
     continue;
    case 15:
     $158($3_1, __wasm_i64_mul(-964898567, -1474709399, -1090275731, 1965956690), i64toi32_i32$HIGH_BITS);
     $8_1 = 45;
     continue;
    case 16:
     $169($3_1, $35);
     $8_1 = 86;
     continue;
    case 17:
     $170($3_1, 388354936, 228711502);
     $8_1 = 96;
     continue;
    case 18:
     $171($3_1, -863839417, -677889363);
     $8_1 = 57;
     continue;
    case 19:
     $5_1 = $104($3_1, 96);
     $8_1 = 34;
     continue;
    case 20:
     $171($3_1, __wasm_i64_mul(-909389587, -613295500, 1303917431, -2061100615), i64toi32_i32$HIGH_BITS);
     $8_1 = 74;
     continue;
    case 21:
     $6 = $172($3_1);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1521192948;
      global$3 = HEAP32[3753];
     }
     HEAP32[$3_1 + 3420 >> 2] = $6;
     $8_1 = 98;
     continue;
    case 22:
     $11 = 0;
     $8_1 = 19;
     continue;
    case 23:
     $20_1 = 1052608;
     $8_1 = 80;
     continue;
    case 24:
     (wasm2js_i32$0 = $3_1 + 3400 | 0, wasm2js_f64$0 = $174()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
     $8_1 = 105;
     continue;
    case 25:
     wasm2js_memory_fill($104($3_1, 3168), 0, 256);
     $8_1 = 99;
     continue;
    case 26:
     $175($3_1, $25);
     $8_1 = 67;
     continue;
    case 27:
     $176($3_1, $7);
     $8_1 = 41;
     continue;
    case 28:
     (wasm2js_i32$0 = $3_1 + 3368 | 0, wasm2js_f64$0 = $177(0)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
     $8_1 = 59;
     continue;
    case 29:
     $159($3_1, __wasm_i64_mul(-488199793, 589504040, -735908993, -824894743), i64toi32_i32$HIGH_BITS);
     $8_1 = 17;
     continue;
    case 30:
     $10_1 = $3_1;
     $6 = $3_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1344937164;
      global$3 = HEAP32[1828];
     }
     $9 = $6 + 148 | 0;
     $6 = HEAP32[$9 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$9 + 4 >> 2];
     $9 = $6;
     $6 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1069448881;
      global$3 = HEAP32[12245];
     }
     $10_1 = $10_1 + 3412 | 0;
     HEAP32[$10_1 >> 2] = $9;
     HEAP32[$10_1 + 4 >> 2] = $6;
     $8_1 = 21;
     continue;
    case 31:
     $181($3_1, $180($3_1), i64toi32_i32$HIGH_BITS);
     $8_1 = 48;
     continue;
    case 32:
     $170($3_1, -174189990, -1394114473);
     $8_1 = 84;
     continue;
    case 33:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1970441371;
       global$3 = HEAP32[11079];
      }
      $17 = 0;
      $7 = -64;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 515147461;
        global$3 = HEAP32[12247];
       }
       $14 = $104($104($3_1, 3520), $7);
       $18 = $104($14, 64);
       $6 = $18;
       $5_1 = $128($17, 1);
       $4_1 = $104($105($182($5_1, 1), 10), 1049320);
       $21 = $104($14, 68);
       $15 = $138($21);
       $24_1 = $104($14, 76);
       $13 = $138($24_1);
       $27_1 = $5_1 ? $15 : $13;
       $9 = $184($138($104($4_1, $128($183($27_1, 6), 1020))), 8);
       $18 = $138($18);
       $9 = $182($9, $138($104($4_1, $105($128($18, 255), 2))));
       $25 = $104($14, 72);
       $14 = $138($25);
       $29_1 = $5_1 ? $13 : $15;
       $9 = $182($182($9, $184($138($104($4_1, $128($183($14, 14), 1020))), 16)), $184($138($104($4_1, $128($183($29_1, 22), 1020))), 24));
       $11 = $104($104($3_1, 96), $7);
       $185($6, $182($9, $138($104($11, 64))));
       $26 = $5_1 ? $14 : $18;
       $5_1 = $5_1 ? $18 : $14;
       $185($21, $182($182($182($182($184($138($104($4_1, $128($183($26, 6), 1020))), 8), $138($104($4_1, $105($128($15, 255), 2)))), $184($138($104($4_1, $128($183($13, 14), 1020))), 16)), $184($138($104($4_1, $128($183($5_1, 22), 1020))), 24)), $138($104($11, 68))));
       $185($25, $182($182($182($182($184($138($104($4_1, $128($183($29_1, 6), 1020))), 8), $138($104($4_1, $105($128($14, 255), 2)))), $184($138($104($4_1, $128($183($18, 14), 1020))), 16)), $184($138($104($4_1, $128($183($27_1, 22), 1020))), 24)), $138($104($11, 72))));
       $185($24_1, $182($182($182($182($184($138($104($4_1, $128($183($5_1, 6), 1020))), 8), $138($104($4_1, $105($128($13, 255), 2)))), $184($138($104($4_1, $128($183($15, 14), 1020))), 16)), $184($138($104($4_1, $128($183($26, 22), 1020))), 24)), $138($104($11, 76))));
       $17 = $104($17, 1);
       $7 = $104($7, 16);
       if ($7) {
        continue
       }
       break;
      };
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -632400670;
       global$3 = HEAP32[8561];
      }
      $4_1 = HEAP32[$3_1 + 3520 >> 2];
      $187($20_1, $4_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 497530554;
       global$3 = HEAP32[12893];
      }
      $5_1 = HEAP32[$3_1 + 3524 >> 2];
      $189($20_1, $5_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1456743127;
       global$3 = HEAP32[6774];
      }
      $7 = HEAP32[$3_1 + 3528 >> 2];
      $191($20_1, $7);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1020765284;
       global$3 = HEAP32[4892];
      }
      $14 = HEAP32[$3_1 + 3532 >> 2];
      $193($20_1, $14);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 565240759;
       global$3 = HEAP32[222];
      }
      $15 = HEAP32[$3_1 + 3536 >> 2];
      $195($20_1, $15);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1925411755;
       global$3 = HEAP32[13417];
      }
      $13 = HEAP32[$3_1 + 3540 >> 2];
      $197($20_1, $13);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -869644808;
       global$3 = HEAP32[10625];
      }
      $18 = HEAP32[$3_1 + 3544 >> 2];
      $199($20_1, $18);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -2070418815;
       global$3 = HEAP32[12480];
      }
      $11 = HEAP32[$3_1 + 3548 >> 2];
      $201($20_1, $11);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -851038033;
       global$3 = HEAP32[15122];
      }
      $17 = HEAP32[$3_1 + 3552 >> 2];
      $203($20_1, $17);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 595408966;
       global$3 = HEAP32[984];
      }
      $21 = HEAP32[$3_1 + 3556 >> 2];
      $205($20_1, $21);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1472367925;
       global$3 = HEAP32[15604];
      }
      $24_1 = HEAP32[$3_1 + 3560 >> 2];
      $207($20_1, $24_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 471405680;
       global$3 = HEAP32[3016];
      }
      $27_1 = HEAP32[$3_1 + 3564 >> 2];
      $209($20_1, $27_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1115843702;
       global$3 = HEAP32[6237];
      }
      $25 = HEAP32[$3_1 + 3568 >> 2];
      $211($20_1, $25);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1286983989;
       global$3 = HEAP32[4651];
      }
      $29_1 = HEAP32[$3_1 + 3572 >> 2];
      $213($20_1, $29_1);
      $26 = $214($3_1);
      $215($20_1, $26);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -186851900;
       global$3 = HEAP32[5499];
      }
      $35 = HEAP32[$3_1 + 3580 >> 2];
      $217($20_1, $35);
      $20_1 = $104($20_1, 64);
      $23_1 = $104($23_1, -64);
      if ($23_1) {
       continue
      }
      break;
     };
     $8_1 = 16;
     continue;
    case 34:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 940902427;
       global$3 = HEAP32[8894];
      }
      $14 = $104($5_1, 12);
      $6 = $14;
      $7 = $128($11, 1);
      $4_1 = $104($105($7, 10), 1049320);
      $14 = $138($14);
      $9 = $138($104($4_1, $105($128($14, 255), 2)));
      $17 = $104($5_1, 8);
      $15 = $138($17);
      $13 = $138($5_1);
      $21 = $7 ? $15 : $13;
      $9 = $182($9, $184($138($104($4_1, $128($183($21, 6), 1020))), 8));
      $24_1 = $104($5_1, 4);
      $18 = $138($24_1);
      $27_1 = $7 ? $13 : $15;
      $185($6, $182($182($182($9, $184($138($104($4_1, $128($183($18, 14), 1020))), 16)), $184($138($104($4_1, $128($183($27_1, 22), 1020))), 24)), -317130341));
      $25 = $7 ? $18 : $14;
      $7 = $7 ? $14 : $18;
      $185($17, $182($182($182($182($138($104($4_1, $105($128($15, 255), 2))), $184($138($104($4_1, $128($183($25, 6), 1020))), 8)), $184($138($104($4_1, $128($183($13, 14), 1020))), 16)), $184($138($104($4_1, $128($183($7, 22), 1020))), 24)), -300923962));
      $185($24_1, $182($182($182($182($138($104($4_1, $105($128($18, 255), 2))), $184($138($104($4_1, $128($183($27_1, 6), 1020))), 8)), $184($138($104($4_1, $128($183($14, 14), 1020))), 16)), $184($138($104($4_1, $128($183($21, 22), 1020))), 24)), 1375002684));
      $185($5_1, $182($182($182($182($138($104($4_1, $105($128($13, 255), 2))), $184($138($104($4_1, $128($183($7, 6), 1020))), 8)), $184($138($104($4_1, $128($183($15, 14), 1020))), 16)), $184($138($104($4_1, $128($183($25, 22), 1020))), 24)), 1639080913));
      $5_1 = $104($5_1, 16);
      $11 = $104($11, 1);
      if (($11 | 0) != 4) {
       continue
      }
      break;
     };
     $8_1 = 83;
     continue;
    case 35:
     $218($3_1, $54, $55_1);
     $8_1 = 8;
     continue;
    case 36:
     $10_1 = $3_1;
     $6 = $3_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 652129885;
      global$3 = HEAP32[9370];
     }
     $9 = $6 + 100 | 0;
     $6 = HEAP32[$9 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$9 + 4 >> 2];
     $9 = $6;
     $6 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1495197533;
      global$3 = HEAP32[1801];
     }
     $10_1 = $10_1 + 3364 | 0;
     HEAP32[$10_1 >> 2] = $9;
     HEAP32[$10_1 + 4 >> 2] = $6;
     $8_1 = 100;
     continue;
    case 37:
     $3_1 = $82(global$0, 6896);
     global$0 = $3_1;
     $8_1 = 109;
     continue;
    case 38:
     $10_1 = $3_1;
     $6 = $3_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1691015934;
      global$3 = HEAP32[19];
     }
     $9 = $6 + 140 | 0;
     $6 = HEAP32[$9 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$9 + 4 >> 2];
     $9 = $6;
     $6 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1026928073;
      global$3 = HEAP32[10765];
     }
     $10_1 = $10_1 + 3404 | 0;
     HEAP32[$10_1 >> 2] = $9;
     HEAP32[$10_1 + 4 >> 2] = $6;
     $8_1 = 30;
     continue;
    case 39:
     $224($3_1, $223(), i64toi32_i32$HIGH_BITS);
     $8_1 = 113;
     continue;
    case 40:
     $225($3_1, $15);
     $8_1 = 1;
     continue;
    case 41:
     $226($3_1, $5_1);
     $8_1 = 75;
     continue;
    case 42:
     $227($3_1, $56_1, $57_1);
     $8_1 = 14;
     continue;
    case 43:
     (wasm2js_i32$0 = $3_1 + 3384 | 0, wasm2js_f64$0 = $228()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
     $8_1 = 95;
     continue;
    case 44:
     $6 = $3_1;
     $9 = $229($3_1);
     $10_1 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1972955915;
      global$3 = HEAP32[16247];
     }
     $6 = $6 + 3576 | 0;
     HEAP32[$6 >> 2] = $9;
     HEAP32[$6 + 4 >> 2] = $10_1;
     $8_1 = 79;
     continue;
    case 45:
     $231($3_1, 1661608972, 128811661);
     $8_1 = 9;
     continue;
    case 46:
     $231($3_1, 1794081077, -1313197700);
     $8_1 = 104;
     continue;
    case 47:
     $232($3_1, $58, $59);
     $8_1 = 42;
     continue;
    case 48:
     $234($3_1, $233($3_1), i64toi32_i32$HIGH_BITS);
     $8_1 = 106;
     continue;
    case 49:
     $235($3_1, $21);
     $8_1 = 101;
     continue;
    case 50:
     $236($3_1, $60_1, $61_1);
     $8_1 = 107;
     continue;
    case 51:
     $10_1 = $3_1;
     $6 = $3_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1877056404;
      global$3 = HEAP32[12326];
     }
     $9 = $6 + 132 | 0;
     $6 = HEAP32[$9 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$9 + 4 >> 2];
     $9 = $6;
     $6 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1766698334;
      global$3 = HEAP32[14340];
     }
     $10_1 = $10_1 + 3396 | 0;
     HEAP32[$10_1 >> 2] = $9;
     HEAP32[$10_1 + 4 >> 2] = $6;
     $8_1 = 38;
     continue;
    case 52:
     $239($3_1, 0, 0);
     $8_1 = 0;
     continue;
    case 53:
     $1($2_1, 32, $104($3_1, 96), 1);
     $8_1 = 55;
     continue;
    case 54:
     $240($3_1, $62_1, $63_1);
     $8_1 = 82;
     continue;
    case 55:
     global$0 = $104($3_1, 6896);
     return;
    case 56:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -954465534;
       global$3 = HEAP32[8170];
      }
      $14 = $104($5_1, 12);
      $6 = $14;
      $7 = $128($11, 1);
      $4_1 = $104($105($7, 10), 1049320);
      $14 = $138($14);
      $9 = $138($104($4_1, $105($128($14, 255), 2)));
      $17 = $104($5_1, 8);
      $15 = $138($17);
      $13 = $138($5_1);
      $21 = $7 ? $15 : $13;
      $9 = $182($9, $184($138($104($4_1, $128($183($21, 6), 1020))), 8));
      $24_1 = $104($5_1, 4);
      $18 = $138($24_1);
      $27_1 = $7 ? $13 : $15;
      $185($6, $182($182($182($9, $184($138($104($4_1, $128($183($18, 14), 1020))), 16)), $184($138($104($4_1, $128($183($27_1, 22), 1020))), 24)), 109642241));
      $25 = $7 ? $18 : $14;
      $7 = $7 ? $14 : $18;
      $185($17, $182($182($182($182($138($104($4_1, $105($128($15, 255), 2))), $184($138($104($4_1, $128($183($25, 6), 1020))), 8)), $184($138($104($4_1, $128($183($13, 14), 1020))), 16)), $184($138($104($4_1, $128($183($7, 22), 1020))), 24)), -1864608065));
      $185($24_1, $182($182($182($182($138($104($4_1, $105($128($18, 255), 2))), $184($138($104($4_1, $128($183($27_1, 6), 1020))), 8)), $184($138($104($4_1, $128($183($14, 14), 1020))), 16)), $184($138($104($4_1, $128($183($21, 22), 1020))), 24)), -1960536929));
      $185($5_1, $182($182($182($182($138($104($4_1, $105($128($13, 255), 2))), $184($138($104($4_1, $128($183($7, 6), 1020))), 8)), $184($138($104($4_1, $128($183($15, 14), 1020))), 16)), $184($138($104($4_1, $128($183($25, 22), 1020))), 24)), -151354487));
      $5_1 = $104($5_1, 16);
      $11 = $104($11, 1);
      if (($11 | 0) != 4) {
       continue
      }
      break;
     };
     $8_1 = 22;
     continue;
    case 57:
     $241($3_1, -1833620467, -1616357666);
     $8_1 = 68;
     continue;
    case 58:
     $243($3_1, $242(), i64toi32_i32$HIGH_BITS);
     $8_1 = 91;
     continue;
    case 59:
     (wasm2js_i32$0 = $3_1 + 3376 | 0, wasm2js_f64$0 = $244()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
     $8_1 = 43;
     continue;
    case 60:
     $5_1 = $104($3_1, 96);
     $8_1 = 56;
     continue;
    case 61:
     $245($3_1, $24_1);
     $8_1 = 49;
     continue;
    case 62:
     (wasm2js_i32$0 = $3_1 + 3360 | 0, wasm2js_f64$0 = $246(0)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
     $8_1 = 28;
     continue;
    case 63:
     $247($3_1, $1_1);
     $8_1 = 76;
     continue;
    case 64:
     $248($3_1, $64, $65_1);
     $8_1 = 103;
     continue;
    case 65:
     $249($3_1, $11);
     $8_1 = 10;
     continue;
    case 66:
     $49 = 0;
     $8_1 = 110;
     continue;
    case 67:
     $250($3_1, $27_1);
     $8_1 = 61;
     continue;
    case 68:
     $23_1 = 2097152;
     $8_1 = 23;
     continue;
    case 69:
     $251($3_1, 0, 0);
     $8_1 = 108;
     continue;
    case 70:
     $252($3_1, 0, 0);
     $8_1 = 81;
     continue;
    case 71:
     $6 = $3_1;
     $9 = $253($3_1);
     $10_1 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1635264252;
      global$3 = HEAP32[628];
     }
     $6 = $6 + 3560 | 0;
     HEAP32[$6 >> 2] = $9;
     HEAP32[$6 + 4 >> 2] = $10_1;
     $8_1 = 89;
     continue;
    case 72:
     $255($3_1, $13);
     $8_1 = 40;
     continue;
    case 73:
     $256($3_1, 0, 0);
     $8_1 = 52;
     continue;
    case 74:
     $241($3_1, 1840031059, 1651598857);
     $8_1 = 44;
     continue;
    case 75:
     $257($3_1, $4_1);
     $8_1 = 94;
     continue;
    case 76:
     $258($3_1, $0_1);
     $8_1 = 77;
     continue;
    case 77:
     $1($104($3_1, 6592), 64, $104($3_1, 3520), 1);
     $8_1 = 5;
     continue;
    case 78:
     $259($3_1, $66, $67_1);
     $8_1 = 54;
     continue;
    case 79:
     $6 = $3_1;
     $9 = $260($3_1);
     $10_1 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1206068767;
      global$3 = HEAP32[13048];
     }
     $6 = $6 + 3568 | 0;
     HEAP32[$6 >> 2] = $9;
     HEAP32[$6 + 4 >> 2] = $10_1;
     $8_1 = 71;
     continue;
    case 80:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 475493098;
       global$3 = HEAP32[5703];
      }
      $7 = -64;
      $17 = 0;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -518197062;
        global$3 = HEAP32[11656];
       }
       $14 = $104($104($3_1, 96), $7);
       $15 = $104($14, 76);
       $6 = $15;
       $5_1 = $128($17, 1);
       $4_1 = $104($105($5_1, 10), 1049320);
       $15 = $138($15);
       $9 = $138($104($4_1, $105($128($15, 255), 2)));
       $13 = $104($20_1, $7);
       $9 = $182($9, $262($104($13, 76)));
       $21 = $104($14, 72);
       $18 = $138($21);
       $24_1 = $104($14, 64);
       $11 = $138($24_1);
       $27_1 = $5_1 ? $18 : $11;
       $9 = $182($9, $184($138($104($4_1, $128($183($27_1, 6), 1020))), 8));
       $25 = $104($14, 68);
       $14 = $138($25);
       $29_1 = $5_1 ? $11 : $18;
       $185($6, $182($182($9, $184($138($104($4_1, $128($183($14, 14), 1020))), 16)), $184($138($104($4_1, $128($183($29_1, 22), 1020))), 24)));
       $26 = $5_1 ? $14 : $15;
       $5_1 = $5_1 ? $15 : $14;
       $185($21, $182($182($182($182($138($104($4_1, $105($128($18, 255), 2))), $262($104($13, 72))), $184($138($104($4_1, $128($183($26, 6), 1020))), 8)), $184($138($104($4_1, $128($183($11, 14), 1020))), 16)), $184($138($104($4_1, $128($183($5_1, 22), 1020))), 24)));
       $185($25, $182($182($182($182($138($104($4_1, $105($128($14, 255), 2))), $262($104($13, 68))), $184($138($104($4_1, $128($183($29_1, 6), 1020))), 8)), $184($138($104($4_1, $128($183($15, 14), 1020))), 16)), $184($138($104($4_1, $128($183($27_1, 22), 1020))), 24)));
       $185($24_1, $182($182($182($182($138($104($4_1, $105($128($11, 255), 2))), $262($104($13, 64))), $184($138($104($4_1, $128($183($5_1, 6), 1020))), 8)), $184($138($104($4_1, $128($183($18, 14), 1020))), 16)), $184($138($104($4_1, $128($183($26, 22), 1020))), 24)));
       $17 = $104($17, 1);
       $7 = $104($7, 16);
       if ($7) {
        continue
       }
       break;
      };
      $20_1 = $104($20_1, 64);
      $23_1 = $104($23_1, -64);
      if ($23_1) {
       continue
      }
      break;
     };
     $8_1 = 3;
     continue;
    case 81:
     $263($3_1, 0, 0);
     $8_1 = 63;
     continue;
    case 82:
     $264($3_1, $68, $69_1);
     $8_1 = 35;
     continue;
    case 83:
     $6 = $265($3_1);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1988340727;
      global$3 = HEAP32[2164];
     }
     HEAP32[$3_1 + 3360 >> 2] = $6;
     $8_1 = 36;
     continue;
    case 84:
     $267($3_1, 864917870, 365410200);
     $8_1 = 18;
     continue;
    case 85:
     $20_1 = 1052608;
     $8_1 = 33;
     continue;
    case 86:
     $268($3_1, $26);
     $8_1 = 11;
     continue;
    case 87:
     $10_1 = $3_1;
     $6 = $3_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1408651876;
      global$3 = HEAP32[3043];
     }
     $9 = $6 + 116 | 0;
     $6 = HEAP32[$9 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$9 + 4 >> 2];
     $9 = $6;
     $6 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -2030638711;
      global$3 = HEAP32[14411];
     }
     $10_1 = $10_1 + 3380 | 0;
     HEAP32[$10_1 >> 2] = $9;
     HEAP32[$10_1 + 4 >> 2] = $6;
     $8_1 = 12;
     continue;
    case 88:
     $271($3_1, $70_1, $71);
     $8_1 = 13;
     continue;
    case 89:
     $6 = $3_1;
     $9 = $272($3_1);
     $10_1 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 483314014;
      global$3 = HEAP32[11525];
     }
     $6 = $6 + 3552 | 0;
     HEAP32[$6 >> 2] = $9;
     HEAP32[$6 + 4 >> 2] = $10_1;
     $8_1 = 90;
     continue;
    case 90:
     $275($3_1, $274($3_1), i64toi32_i32$HIGH_BITS);
     $8_1 = 31;
     continue;
    case 91:
     $277($3_1, $276(), i64toi32_i32$HIGH_BITS);
     $8_1 = 4;
     continue;
    case 92:
     $279($3_1, $278(), i64toi32_i32$HIGH_BITS);
     $8_1 = 102;
     continue;
    case 93:
     $280($3_1, $72_1, $73_1);
     $8_1 = 64;
     continue;
    case 94:
     wasm2js_memory_fill($104($3_1, 3520), 0, 2176);
     $8_1 = 25;
     continue;
    case 95:
     (wasm2js_i32$0 = $3_1 + 3392 | 0, wasm2js_f64$0 = $281()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
     $8_1 = 24;
     continue;
    case 96:
     $267($3_1, 1836887815, -2073399027);
     $8_1 = 20;
     continue;
    case 97:
     $283($3_1, $282(), i64toi32_i32$HIGH_BITS);
     $8_1 = 39;
     continue;
    case 98:
     $284($3_1, 256);
     $8_1 = 7;
     continue;
    case 99:
     $40_1 = $104($104($3_1, 6656), 8);
     $8_1 = 66;
     continue;
    case 100:
     $10_1 = $3_1;
     $6 = $3_1;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1253360201;
      global$3 = HEAP32[11508];
     }
     $9 = $6 + 108 | 0;
     $6 = HEAP32[$9 >> 2];
     i64toi32_i32$HIGH_BITS = HEAP32[$9 + 4 >> 2];
     $9 = $6;
     $6 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 585707017;
      global$3 = HEAP32[14759];
     }
     $10_1 = $10_1 + 3372 | 0;
     HEAP32[$10_1 >> 2] = $9;
     HEAP32[$10_1 + 4 >> 2] = $6;
     $8_1 = 87;
     continue;
    case 101:
     $287($3_1, $17);
     $8_1 = 65;
     continue;
    case 102:
     $289($3_1, $288(0), i64toi32_i32$HIGH_BITS);
     $8_1 = 62;
     continue;
    case 103:
     $290($3_1, $74_1, $75);
     $8_1 = 47;
     continue;
    case 104:
     $162($3_1, __wasm_i64_mul(-1785915129, -129808344, -373099655, 991575458), i64toi32_i32$HIGH_BITS);
     $8_1 = 29;
     continue;
    case 105:
     (wasm2js_i32$0 = $3_1 + 3408 | 0, wasm2js_f64$0 = $291()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
     $8_1 = 112;
     continue;
    case 106:
     $293($3_1, $292($3_1), i64toi32_i32$HIGH_BITS);
     $8_1 = 111;
     continue;
    case 107:
     $294($3_1, $46_1, $47_1);
     $8_1 = 114;
     continue;
    case 108:
     $295($3_1, __wasm_i64_mul(0, 0, -1676040573, 1699813795), i64toi32_i32$HIGH_BITS);
     $8_1 = 70;
     continue;
    case 109:
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1187962116;
      global$3 = HEAP32[7746];
     }
     if (!HEAPU8[19932672]) {
      $297($3_1, __wasm_i64_mul(0, 0, -1784570977, -579705639), i64toi32_i32$HIGH_BITS);
      $298($3_1, 0, 0);
      $299($3_1, __wasm_i64_mul(0, 0, 350549053, 695023318), i64toi32_i32$HIGH_BITS);
      $300($3_1, 0, 0);
      $301($3_1, __wasm_i64_mul(0, 0, 285826079, -1623572686), i64toi32_i32$HIGH_BITS);
      $302($3_1, 0, 0);
      $303($3_1, 0, 0);
      $304($3_1, 0, 0);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1870304697;
       global$3 = HEAP32[1637];
      }
      HEAP32[$3_1 + 3432 >> 2] = 0;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1580442485;
       global$3 = HEAP32[4666];
      }
      HEAP32[$3_1 + 3428 >> 2] = 1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 2108687779;
       global$3 = HEAP32[2440];
      }
      HEAP32[$3_1 + 3436 >> 2] = 16384;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -575173386;
       global$3 = HEAP32[13224];
      }
      HEAP32[$3_1 + 3440 >> 2] = 3;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 510321875;
       global$3 = HEAP32[13027];
      }
      HEAP32[$3_1 + 3444 >> 2] = 19;
      $310($3_1, 0);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -397026303;
       global$3 = HEAP32[2573];
      }
      HEAP32[$3_1 + 3448 >> 2] = 29;
      $257($3_1, 8);
      $312($3_1, 0);
      $160($3_1, 0);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1540923482;
       global$3 = HEAP32[7164];
      }
      HEAP32[$3_1 + 3612 >> 2] = 4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -362506474;
       global$3 = HEAP32[7044];
      }
      HEAP32[$3_1 + 3604 >> 2] = 4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1948205772;
       global$3 = HEAP32[11494];
      }
      HEAP32[$3_1 + 3596 >> 2] = 8;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1486233551;
       global$3 = HEAP32[2744];
      }
      HEAP32[$3_1 + 3592 >> 2] = 1049200;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1011260065;
       global$3 = HEAP32[1370];
      }
      HEAP32[$3_1 + 3588 >> 2] = 4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1158666991;
       global$3 = HEAP32[12757];
      }
      HEAP32[$3_1 + 3580 >> 2] = 29;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 2113877508;
       global$3 = HEAP32[11604];
      }
      HEAP32[$3_1 + 3576 >> 2] = 1052064;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -876427688;
       global$3 = HEAP32[3468];
      }
      HEAP32[$3_1 + 3572 >> 2] = 4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1116105589;
       global$3 = HEAP32[5276];
      }
      HEAP32[$3_1 + 3564 >> 2] = 4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 373388030;
       global$3 = HEAP32[15059];
      }
      HEAP32[$3_1 + 3556 >> 2] = 4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1949158938;
       global$3 = HEAP32[5090];
      }
      HEAP32[$3_1 + 3548 >> 2] = 4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1327515504;
       global$3 = HEAP32[13533];
      }
      HEAP32[$3_1 + 3540 >> 2] = 4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -73553515;
       global$3 = HEAP32[13095];
      }
      HEAP32[$3_1 + 3532 >> 2] = 4;
      $247($3_1, 4);
      $4_1 = $104($3_1, 96);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -412110331;
       global$3 = HEAP32[4520];
      }
      HEAP32[$3_1 + 3608 >> 2] = $4_1;
      $4_1 = $104($3_1, 3168);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 606585478;
       global$3 = HEAP32[11844];
      }
      HEAP32[$3_1 + 3600 >> 2] = $4_1;
      $4_1 = $104($3_1, 6592);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -954270704;
       global$3 = HEAP32[5707];
      }
      HEAP32[$3_1 + 3584 >> 2] = $4_1;
      $4_1 = $104($3_1, 3448);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 228514485;
       global$3 = HEAP32[9456];
      }
      HEAP32[$3_1 + 3568 >> 2] = $4_1;
      $4_1 = $104($3_1, 3512);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1685037993;
       global$3 = HEAP32[6994];
      }
      HEAP32[$3_1 + 3560 >> 2] = $4_1;
      $4_1 = $104($3_1, 3444);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1354139466;
       global$3 = HEAP32[5282];
      }
      HEAP32[$3_1 + 3552 >> 2] = $4_1;
      $4_1 = $104($3_1, 3440);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1737792565;
       global$3 = HEAP32[7604];
      }
      HEAP32[$3_1 + 3544 >> 2] = $4_1;
      $4_1 = $104($3_1, 3436);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1622926077;
       global$3 = HEAP32[12463];
      }
      HEAP32[$3_1 + 3536 >> 2] = $4_1;
      $4_1 = $104($3_1, 3432);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1571473872;
       global$3 = HEAP32[6360];
      }
      HEAP32[$3_1 + 3528 >> 2] = $4_1;
      $258($3_1, $104($3_1, 3428));
      $1($104($3_1, 6656), 64, $104($3_1, 3520), 12);
      $335($3_1, __wasm_i64_mul(0, 0, -1829396115, 322240830), i64toi32_i32$HIGH_BITS);
      $336($3_1);
      $337($3_1, __wasm_i64_mul(0, 0, -1167638793, 390816888), i64toi32_i32$HIGH_BITS);
      $338($3_1, 0, 0);
      $339($3_1, 0, 0);
      $340($3_1, __wasm_i64_mul(0, 0, -752434257, -654249661), i64toi32_i32$HIGH_BITS);
      $341($3_1, __wasm_i64_mul(0, 0, -1815351359, -725176802), i64toi32_i32$HIGH_BITS);
      $342($3_1, 0, 0);
      $343($3_1, __wasm_i64_mul(0, 0, 935149377, -976760868), i64toi32_i32$HIGH_BITS);
      $344($3_1);
      $284($3_1, 4);
      $312($3_1, 1024);
      $345($3_1, $104($3_1, 6656));
      $160($3_1, $104($3_1, 3168));
      $1($104($3_1, 3448), 64, $104($3_1, 96), 2);
      $18 = $104($3_1, 3552);
      wasm2js_memory_fill($18, 0, 928);
      $275($3_1, $346($3_1), i64toi32_i32$HIGH_BITS);
      $181($3_1, $347($3_1), i64toi32_i32$HIGH_BITS);
      $234($3_1, $348($3_1), i64toi32_i32$HIGH_BITS);
      $293($3_1, $349($3_1), i64toi32_i32$HIGH_BITS);
      $15 = 1;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -1560629191;
        global$3 = HEAP32[558];
       }
       $256($3_1, $350($3_1), i64toi32_i32$HIGH_BITS);
       $239($3_1, $351($3_1), i64toi32_i32$HIGH_BITS);
       $153($3_1, $352($3_1), i64toi32_i32$HIGH_BITS);
       $155($3_1, $353($3_1), i64toi32_i32$HIGH_BITS);
       $251($3_1, $346($3_1), i64toi32_i32$HIGH_BITS);
       $295($3_1, $347($3_1), i64toi32_i32$HIGH_BITS);
       $252($3_1, $348($3_1), i64toi32_i32$HIGH_BITS);
       $263($3_1, $349($3_1), i64toi32_i32$HIGH_BITS);
       $289($3_1, __wasm_i64_mul(2018127832, -784891110, 1780574251, -1313580587), i64toi32_i32$HIGH_BITS);
       $7 = 0;
       $243($3_1, $134(), i64toi32_i32$HIGH_BITS);
       $277($3_1, $141(), i64toi32_i32$HIGH_BITS);
       $157($3_1, $136(), i64toi32_i32$HIGH_BITS);
       $283($3_1, $133(), i64toi32_i32$HIGH_BITS);
       $224($3_1, $135(), i64toi32_i32$HIGH_BITS);
       $354($3_1, $127(), i64toi32_i32$HIGH_BITS);
       $279($3_1, $132(), i64toi32_i32$HIGH_BITS);
       wasm2js_memory_fill($104($3_1, 96), 0, 128);
       $12_1 = __wasm_i64_mul(0, 0, 776336243, -274916084);
       $6 = i64toi32_i32$HIGH_BITS;
       $4_1 = 0;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = 858465906;
         global$3 = HEAP32[10475];
        }
        $14 = $139($104($104($3_1, 6592), $4_1));
        if (($7 | 0) != 128) {
         $5_1 = $7
        } else {
         $5_1 = $104($3_1, 3168);
         $9 = $104($3_1, 96);
         $12_1 = $107($12_1, $6, 128, 0);
         $6 = i64toi32_i32$HIGH_BITS;
         $0($5_1, $9, $12_1, $6, 0);
         $5_1 = 0;
        }
        $140($104($104($3_1, 96), $5_1), $14);
        $7 = $104($5_1, 1);
        $4_1 = $104($4_1, 1);
        if (($4_1 | 0) != 64) {
         continue
        }
        break;
       };
       $4_1 = 0;
       $5_1 = $82(127, $5_1);
       if ($5_1) {
        wasm2js_memory_fill($104($104($3_1, 96), $7), 0, $5_1)
       }
       $0($104($3_1, 3168), $104($3_1, 96), $107($12_1, $6, $7, 0), i64toi32_i32$HIGH_BITS, 1);
       $5_1 = 8;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = 2009530016;
         global$3 = HEAP32[11733];
        }
        $7 = $104($104($3_1, 3448), $4_1);
        $9 = $104($7, 1);
        $12_1 = $85($104($104($3_1, 3168), $128($4_1, -8)));
        $6 = i64toi32_i32$HIGH_BITS;
        $130($9, $129($12_1, $6, $128($5_1, 56)));
        $130($7, $129($12_1, $6, $128($104($5_1, -8), 48)));
        $5_1 = $104($5_1, 16);
        $4_1 = $104($4_1, 2);
        if (($4_1 | 0) != 64) {
         continue
        }
        break;
       };
       $4_1 = $104($104($3_1, 3520), $105($15, 5));
       $355($4_1, $349($3_1), i64toi32_i32$HIGH_BITS);
       $356($4_1, $348($3_1), i64toi32_i32$HIGH_BITS);
       $357($4_1, $347($3_1), i64toi32_i32$HIGH_BITS);
       $358($4_1, $346($3_1), i64toi32_i32$HIGH_BITS);
       $15 = $104($15, 1);
       if (($15 | 0) != 30) {
        continue
       }
       break;
      };
      $256($3_1, $350($3_1), i64toi32_i32$HIGH_BITS);
      $239($3_1, $351($3_1), i64toi32_i32$HIGH_BITS);
      $153($3_1, $352($3_1), i64toi32_i32$HIGH_BITS);
      $155($3_1, $353($3_1), i64toi32_i32$HIGH_BITS);
      $251($3_1, $346($3_1), i64toi32_i32$HIGH_BITS);
      $295($3_1, $347($3_1), i64toi32_i32$HIGH_BITS);
      $252($3_1, $348($3_1), i64toi32_i32$HIGH_BITS);
      $263($3_1, $349($3_1), i64toi32_i32$HIGH_BITS);
      $359($3_1);
      $310($3_1, $104($3_1, 6592));
      $1($104($3_1, 3448), 64, $104($3_1, 3512), 1);
      $4_1 = $3_1;
      $7 = $349($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1845075229;
       global$3 = HEAP32[5283];
      }
      $4_1 = $4_1 + 4480 | 0;
      HEAP32[$4_1 >> 2] = $7;
      HEAP32[$4_1 + 4 >> 2] = $11;
      $4_1 = $3_1;
      $7 = $348($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 831926130;
       global$3 = HEAP32[15107];
      }
      $4_1 = $4_1 + 4488 | 0;
      HEAP32[$4_1 >> 2] = $7;
      HEAP32[$4_1 + 4 >> 2] = $11;
      $4_1 = $3_1;
      $7 = $347($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 776241511;
       global$3 = HEAP32[3015];
      }
      $4_1 = $4_1 + 4496 | 0;
      HEAP32[$4_1 >> 2] = $7;
      HEAP32[$4_1 + 4 >> 2] = $11;
      $4_1 = $3_1;
      $7 = $346($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -283167130;
       global$3 = HEAP32[3028];
      }
      $4_1 = $4_1 + 4504 | 0;
      HEAP32[$4_1 >> 2] = $7;
      HEAP32[$4_1 + 4 >> 2] = $11;
      $4_1 = $3_1;
      $7 = $353($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 2127252571;
       global$3 = HEAP32[15022];
      }
      $4_1 = $4_1 + 4512 | 0;
      HEAP32[$4_1 >> 2] = $7;
      HEAP32[$4_1 + 4 >> 2] = $11;
      $4_1 = $3_1;
      $7 = $352($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -2022002002;
       global$3 = HEAP32[11350];
      }
      $4_1 = $4_1 + 4520 | 0;
      HEAP32[$4_1 >> 2] = $7;
      HEAP32[$4_1 + 4 >> 2] = $11;
      $4_1 = $3_1;
      $7 = $351($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1139309875;
       global$3 = HEAP32[13665];
      }
      $4_1 = $4_1 + 4528 | 0;
      HEAP32[$4_1 >> 2] = $7;
      HEAP32[$4_1 + 4 >> 2] = $11;
      $4_1 = $3_1;
      $7 = $350($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1256964604;
       global$3 = HEAP32[7721];
      }
      $4_1 = $4_1 + 4536 | 0;
      HEAP32[$4_1 >> 2] = $7;
      HEAP32[$4_1 + 4 >> 2] = $11;
      $13 = $104($3_1, 4480);
      $4_1 = -1024;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 1094890136;
        global$3 = HEAP32[2700];
       }
       $84($104($4_1, 3156480), $83($104($104($104($3_1, 3520), $4_1), 1024)), i64toi32_i32$HIGH_BITS);
       $4_1 = $104($4_1, 8);
       if ($4_1) {
        continue
       }
       break;
      };
      $335($3_1, 1, 0);
      $336($3_1);
      $337($3_1, 0, 0);
      $338($3_1, 0, 0);
      $339($3_1, 0, 0);
      $340($3_1, 0, 0);
      $341($3_1, 0, 0);
      $342($3_1, __wasm_i64_mul(0, 0, -79713261, -2043143167), i64toi32_i32$HIGH_BITS);
      $343($3_1, 0, 0);
      $344($3_1);
      $284($3_1, 4);
      $312($3_1, 1024);
      $345($3_1, $104($3_1, 6656));
      $160($3_1, $104($3_1, 3168));
      $1($104($3_1, 3448), 64, $104($3_1, 96), 2);
      wasm2js_memory_fill($18, 0, 928);
      $275($3_1, $346($3_1), i64toi32_i32$HIGH_BITS);
      $181($3_1, $347($3_1), i64toi32_i32$HIGH_BITS);
      $234($3_1, $348($3_1), i64toi32_i32$HIGH_BITS);
      $293($3_1, $349($3_1), i64toi32_i32$HIGH_BITS);
      $15 = 1;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 1459995705;
        global$3 = HEAP32[14908];
       }
       $256($3_1, $350($3_1), i64toi32_i32$HIGH_BITS);
       $239($3_1, $351($3_1), i64toi32_i32$HIGH_BITS);
       $153($3_1, $352($3_1), i64toi32_i32$HIGH_BITS);
       $155($3_1, $353($3_1), i64toi32_i32$HIGH_BITS);
       $251($3_1, $346($3_1), i64toi32_i32$HIGH_BITS);
       $295($3_1, $347($3_1), i64toi32_i32$HIGH_BITS);
       $252($3_1, $348($3_1), i64toi32_i32$HIGH_BITS);
       $263($3_1, $349($3_1), i64toi32_i32$HIGH_BITS);
       $289($3_1, __wasm_i64_mul(1370402632, -1010747512, -1349353151, 833971606), i64toi32_i32$HIGH_BITS);
       $243($3_1, $134(), i64toi32_i32$HIGH_BITS);
       $277($3_1, $141(), i64toi32_i32$HIGH_BITS);
       $157($3_1, $136(), i64toi32_i32$HIGH_BITS);
       $283($3_1, $133(), i64toi32_i32$HIGH_BITS);
       $224($3_1, $135(), i64toi32_i32$HIGH_BITS);
       $354($3_1, $127(), i64toi32_i32$HIGH_BITS);
       $279($3_1, $132(), i64toi32_i32$HIGH_BITS);
       wasm2js_memory_fill($104($3_1, 96), 0, 128);
       $7 = 0;
       $12_1 = 0;
       $6 = 0;
       $4_1 = 0;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = -872576482;
         global$3 = HEAP32[1135];
        }
        $14 = $139($104($104($3_1, 6592), $4_1));
        if (($7 | 0) != 128) {
         $5_1 = $7
        } else {
         $5_1 = $104($3_1, 3168);
         $9 = $104($3_1, 96);
         $12_1 = $107($12_1, $6, 128, 0);
         $6 = i64toi32_i32$HIGH_BITS;
         $0($5_1, $9, $12_1, $6, 0);
         $5_1 = 0;
        }
        $140($104($104($3_1, 96), $5_1), $14);
        $7 = $104($5_1, 1);
        $4_1 = $104($4_1, 1);
        if (($4_1 | 0) != 64) {
         continue
        }
        break;
       };
       $4_1 = 0;
       $5_1 = $82(127, $5_1);
       if ($5_1) {
        wasm2js_memory_fill($104($104($3_1, 96), $7), 0, $5_1)
       }
       $0($104($3_1, 3168), $104($3_1, 96), $107($12_1, $6, $7, 0), i64toi32_i32$HIGH_BITS, 1);
       $5_1 = 8;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = 1944587055;
         global$3 = HEAP32[5233];
        }
        $7 = $104($104($3_1, 3448), $4_1);
        $9 = $104($7, 1);
        $12_1 = $85($104($104($3_1, 3168), $128($4_1, -8)));
        $6 = i64toi32_i32$HIGH_BITS;
        $130($9, $129($12_1, $6, $128($5_1, 56)));
        $130($7, $129($12_1, $6, $128($104($5_1, -8), 48)));
        $5_1 = $104($5_1, 16);
        $4_1 = $104($4_1, 2);
        if (($4_1 | 0) != 64) {
         continue
        }
        break;
       };
       $4_1 = $104($104($3_1, 3520), $105($15, 5));
       $355($4_1, $349($3_1), i64toi32_i32$HIGH_BITS);
       $356($4_1, $348($3_1), i64toi32_i32$HIGH_BITS);
       $357($4_1, $347($3_1), i64toi32_i32$HIGH_BITS);
       $358($4_1, $346($3_1), i64toi32_i32$HIGH_BITS);
       $15 = $104($15, 1);
       if (($15 | 0) != 30) {
        continue
       }
       break;
      };
      $256($3_1, $350($3_1), i64toi32_i32$HIGH_BITS);
      $239($3_1, $351($3_1), i64toi32_i32$HIGH_BITS);
      $153($3_1, $352($3_1), i64toi32_i32$HIGH_BITS);
      $155($3_1, $353($3_1), i64toi32_i32$HIGH_BITS);
      $251($3_1, $346($3_1), i64toi32_i32$HIGH_BITS);
      $295($3_1, $347($3_1), i64toi32_i32$HIGH_BITS);
      $252($3_1, $348($3_1), i64toi32_i32$HIGH_BITS);
      $263($3_1, $349($3_1), i64toi32_i32$HIGH_BITS);
      $359($3_1);
      $310($3_1, $104($3_1, 6592));
      $1($104($3_1, 3448), 64, $104($3_1, 3512), 1);
      $4_1 = $13;
      $7 = $350($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -572657924;
       global$3 = HEAP32[9789];
      }
      $4_1 = $4_1 + 56 | 0;
      HEAP8[$4_1 | 0] = $7;
      HEAP8[$4_1 + 1 | 0] = $7 >>> 8;
      HEAP8[$4_1 + 2 | 0] = $7 >>> 16;
      HEAP8[$4_1 + 3 | 0] = $7 >>> 24;
      HEAP8[$4_1 + 4 | 0] = $11;
      HEAP8[$4_1 + 5 | 0] = $11 >>> 8;
      HEAP8[$4_1 + 6 | 0] = $11 >>> 16;
      HEAP8[$4_1 + 7 | 0] = $11 >>> 24;
      $4_1 = $13;
      $7 = $351($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 830490122;
       global$3 = HEAP32[6427];
      }
      $4_1 = $4_1 + 48 | 0;
      HEAP8[$4_1 | 0] = $7;
      HEAP8[$4_1 + 1 | 0] = $7 >>> 8;
      HEAP8[$4_1 + 2 | 0] = $7 >>> 16;
      HEAP8[$4_1 + 3 | 0] = $7 >>> 24;
      HEAP8[$4_1 + 4 | 0] = $11;
      HEAP8[$4_1 + 5 | 0] = $11 >>> 8;
      HEAP8[$4_1 + 6 | 0] = $11 >>> 16;
      HEAP8[$4_1 + 7 | 0] = $11 >>> 24;
      $4_1 = $13;
      $7 = $352($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1504218447;
       global$3 = HEAP32[9785];
      }
      $4_1 = $4_1 + 40 | 0;
      HEAP8[$4_1 | 0] = $7;
      HEAP8[$4_1 + 1 | 0] = $7 >>> 8;
      HEAP8[$4_1 + 2 | 0] = $7 >>> 16;
      HEAP8[$4_1 + 3 | 0] = $7 >>> 24;
      HEAP8[$4_1 + 4 | 0] = $11;
      HEAP8[$4_1 + 5 | 0] = $11 >>> 8;
      HEAP8[$4_1 + 6 | 0] = $11 >>> 16;
      HEAP8[$4_1 + 7 | 0] = $11 >>> 24;
      $4_1 = $13;
      $7 = $353($3_1);
      $11 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1732247845;
       global$3 = HEAP32[5156];
      }
      $4_1 = $4_1 + 32 | 0;
      HEAP8[$4_1 | 0] = $7;
      HEAP8[$4_1 + 1 | 0] = $7 >>> 8;
      HEAP8[$4_1 + 2 | 0] = $7 >>> 16;
      HEAP8[$4_1 + 3 | 0] = $7 >>> 24;
      HEAP8[$4_1 + 4 | 0] = $11;
      HEAP8[$4_1 + 5 | 0] = $11 >>> 8;
      HEAP8[$4_1 + 6 | 0] = $11 >>> 16;
      HEAP8[$4_1 + 7 | 0] = $11 >>> 24;
      $358($13, $346($3_1), i64toi32_i32$HIGH_BITS);
      $357($13, $347($3_1), i64toi32_i32$HIGH_BITS);
      $356($13, $348($3_1), i64toi32_i32$HIGH_BITS);
      $355($13, $349($3_1), i64toi32_i32$HIGH_BITS);
      $4_1 = -1024;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 1263095650;
        global$3 = HEAP32[2410];
       }
       $84($104($4_1, 3157504), $83($104($104($104($3_1, 3520), $4_1), 1024)), i64toi32_i32$HIGH_BITS);
       $4_1 = $104($4_1, 8);
       if ($4_1) {
        continue
       }
       break;
      };
      $49 = $104($104($3_1, 96), 896);
      $80_1 = $104($104($3_1, 3520), 896);
      $81 = $104($104($3_1, 96), 768);
      $82_1 = $104($104($3_1, 3520), 768);
      $83_1 = $104($104($3_1, 96), 640);
      $84_1 = $104($104($3_1, 3520), 640);
      $85_1 = $104($104($3_1, 96), 512);
      $86_1 = $104($104($3_1, 3520), 512);
      $87 = $104($104($3_1, 96), 384);
      $41_1 = $104($104($3_1, 3520), 384);
      $42_1 = $104($104($3_1, 96), 256);
      $45_1 = $104($104($3_1, 3520), 256);
      $48_1 = $104($104($3_1, 96), 128);
      $43_1 = $104($104($3_1, 3520), 128);
      $40_1 = 0;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -715502212;
        global$3 = HEAP32[3301];
       }
       $76_1 = 3155456;
       $36_1 = __wasm_i64_mul(0, 0, 756518469, 2135875798);
       $37_1 = i64toi32_i32$HIGH_BITS;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = -731571140;
         global$3 = HEAP32[10916];
        }
        $9 = $36_1;
        $16 = $37_1;
        $36_1 = $107($9, $16, __wasm_i64_mul(-1061571669, -2078576469, 319008515, 324830513), i64toi32_i32$HIGH_BITS);
        $37_1 = i64toi32_i32$HIGH_BITS;
        $8_1 = $143($36_1, $37_1, 12);
        $10_1 = i64toi32_i32$HIGH_BITS;
        $15 = (__wasm_i64_mul(-2075507021, -695002723, 1067157873, -463774598) | 0) == ($9 | 0) & ($16 | 0) == (i64toi32_i32$HIGH_BITS | 0);
        $8_1 = $15 ? 0 : $8_1;
        $13 = $15 ? 0 : $10_1;
        $10_1 = $40_1;
        $31 = $10_1 ? $8_1 : 0;
        $32 = $10_1 ? $13 : 0;
        $15 = !($9 | $16);
        $12_1 = (wasm2js_i32$0 = 0, wasm2js_i32$1 = (wasm2js_i32$3 = __wasm_i64_mul(829542278, -9057273, -2017738517, 1228357301), wasm2js_i32$4 = 0, wasm2js_i32$5 = $15, wasm2js_i32$5 ? wasm2js_i32$3 : wasm2js_i32$4), wasm2js_i32$2 = $10_1, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
        $6 = $40_1 ? 0 : $15 ? i64toi32_i32$HIGH_BITS : 0;
        $35 = $104($76_1, $105($12_1, 10));
        $33 = $143($9, $16, 12);
        $34_1 = i64toi32_i32$HIGH_BITS;
        while (1) {
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = -1350242658;
          global$3 = HEAP32[12106];
         }
         $4_1 = -1024;
         $9 = $107($12_1, $6, $33, $34_1);
         $16 = i64toi32_i32$HIGH_BITS;
         $5_1 = (wasm2js_i32$0 = $104($105($9, 10), -1024), wasm2js_i32$1 = 16776192, wasm2js_i32$2 = $9 | $16, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
         $11 = $5_1;
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = -1003028895;
          global$3 = HEAP32[6984];
         }
         i64toi32_i32$HIGH_BITS = 0;
         $19_1 = HEAP32[$11 + 3155456 >> 2];
         wasm2js_memory_fill($104($3_1, 96), 0, 1024);
         $10_1 = $107($12_1, $6, 12286, 0);
         $15 = i64toi32_i32$HIGH_BITS;
         $13 = $40_1;
         $44_1 = $107((wasm2js_i32$0 = $10_1, wasm2js_i32$1 = $107($9, $16, 4194302, 0), wasm2js_i32$2 = $13, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1), $13 ? $15 : i64toi32_i32$HIGH_BITS, $31, $32);
         $7 = i64toi32_i32$HIGH_BITS;
         $22 = 0;
         $22 = $129($144($19_1, $22, $19_1, $22), i64toi32_i32$HIGH_BITS, 32);
         $28 = i64toi32_i32$HIGH_BITS;
         $15 = $107($12_1, $6, 12287, 0);
         $10_1 = i64toi32_i32$HIGH_BITS;
         $15 = $104($128($105($373($44_1, $7, $129($144($22, $28, (wasm2js_i32$0 = $15, wasm2js_i32$1 = $107($9, $16, __wasm_i64_mul(-2077169561, -1122436460, 1082674345, 2060878263), i64toi32_i32$HIGH_BITS), wasm2js_i32$2 = $13, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1), $13 ? $10_1 : i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(2035111136, -1561018442, 341351703, 1016930232)), i64toi32_i32$HIGH_BITS), 10), 16776192), 3155456);
         $13 = $104($5_1, 3155456);
         while (1) {
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = -790817852;
           global$3 = HEAP32[15951];
          }
          $5_1 = $104($104($3_1, 96), $4_1);
          $9 = $104($5_1, 1024);
          $7 = $104($15, $4_1);
          $10_1 = $85($104($7, 1024));
          $17 = i64toi32_i32$HIGH_BITS;
          $14 = $104($13, $4_1);
          $84($9, $73($10_1, $17, $85($104($14, 1024)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
          $84($104($5_1, 1032), $73($85($104($7, 1032)), i64toi32_i32$HIGH_BITS, $85($104($14, 1032)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
          $4_1 = $104($4_1, 16);
          if ($4_1) {
           continue
          }
          break;
         };
         wasm2js_memory_copy($104($3_1, 3168), $104($3_1, 96), 128);
         $2($104($3_1, 3168));
         wasm2js_memory_copy($104($3_1, 3520), $104($3_1, 3168), 128);
         wasm2js_memory_copy($104($3_1, 3168), $48_1, 128);
         $2($104($3_1, 3168));
         wasm2js_memory_copy($43_1, $104($3_1, 3168), 128);
         wasm2js_memory_copy($104($3_1, 3168), $42_1, 128);
         $2($104($3_1, 3168));
         wasm2js_memory_copy($45_1, $104($3_1, 3168), 128);
         wasm2js_memory_copy($104($3_1, 3168), $87, 128);
         $2($104($3_1, 3168));
         wasm2js_memory_copy($41_1, $104($3_1, 3168), 128);
         wasm2js_memory_copy($104($3_1, 3168), $85_1, 128);
         $2($104($3_1, 3168));
         wasm2js_memory_copy($86_1, $104($3_1, 3168), 128);
         wasm2js_memory_copy($104($3_1, 3168), $83_1, 128);
         $2($104($3_1, 3168));
         wasm2js_memory_copy($84_1, $104($3_1, 3168), 128);
         wasm2js_memory_copy($104($3_1, 3168), $81, 128);
         $2($104($3_1, 3168));
         wasm2js_memory_copy($82_1, $104($3_1, 3168), 128);
         wasm2js_memory_copy($104($3_1, 3168), $49, 128);
         $2($104($3_1, 3168));
         wasm2js_memory_copy($80_1, $104($3_1, 3168), 128);
         $5_1 = 0;
         while (1) {
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = 1626511167;
           global$3 = HEAP32[6260];
          }
          $4_1 = $104($104($3_1, 3520), $5_1);
          $289($3_1, $85($4_1), i64toi32_i32$HIGH_BITS);
          $7 = $104($4_1, 8);
          $279($3_1, $85($7), i64toi32_i32$HIGH_BITS);
          $14 = $104($4_1, 128);
          $354($3_1, $85($14), i64toi32_i32$HIGH_BITS);
          $15 = $104($4_1, 136);
          $224($3_1, $85($15), i64toi32_i32$HIGH_BITS);
          $13 = $104($4_1, 256);
          $283($3_1, $85($13), i64toi32_i32$HIGH_BITS);
          $18 = $104($4_1, 264);
          $157($3_1, $85($18), i64toi32_i32$HIGH_BITS);
          $11 = $104($4_1, 384);
          $277($3_1, $85($11), i64toi32_i32$HIGH_BITS);
          $17 = $104($4_1, 392);
          $243($3_1, $85($17), i64toi32_i32$HIGH_BITS);
          $21 = $104($4_1, 512);
          $167($3_1, $85($21), i64toi32_i32$HIGH_BITS);
          $24_1 = $104($4_1, 520);
          $271($3_1, $85($24_1), i64toi32_i32$HIGH_BITS);
          $27_1 = $104($4_1, 640);
          $161($3_1, $85($27_1), i64toi32_i32$HIGH_BITS);
          $25 = $104($4_1, 648);
          $218($3_1, $85($25), i64toi32_i32$HIGH_BITS);
          $29_1 = $104($4_1, 768);
          $264($3_1, $85($29_1), i64toi32_i32$HIGH_BITS);
          $26 = $104($4_1, 776);
          $240($3_1, $85($26), i64toi32_i32$HIGH_BITS);
          $20_1 = $104($4_1, 896);
          $259($3_1, $85($20_1), i64toi32_i32$HIGH_BITS);
          $23_1 = $104($4_1, 904);
          $374($3_1, $85($23_1), i64toi32_i32$HIGH_BITS);
          $2($104($3_1, 3168));
          $84($4_1, $375($3_1), i64toi32_i32$HIGH_BITS);
          $84($7, $376($3_1), i64toi32_i32$HIGH_BITS);
          $84($14, $377($3_1), i64toi32_i32$HIGH_BITS);
          $84($15, $378($3_1), i64toi32_i32$HIGH_BITS);
          $84($13, $379($3_1), i64toi32_i32$HIGH_BITS);
          $84($18, $380($3_1), i64toi32_i32$HIGH_BITS);
          $84($11, $381($3_1), i64toi32_i32$HIGH_BITS);
          $84($17, $382($3_1), i64toi32_i32$HIGH_BITS);
          $4_1 = $3_1;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = 433528072;
           global$3 = HEAP32[13163];
          }
          $7 = $4_1 + 3232 | 0;
          $4_1 = HEAP32[$7 >> 2];
          i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
          $84($21, $4_1, i64toi32_i32$HIGH_BITS);
          $4_1 = $3_1;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = 1686581857;
           global$3 = HEAP32[12556];
          }
          $7 = $4_1 + 3240 | 0;
          $4_1 = HEAP32[$7 >> 2];
          i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
          $84($24_1, $4_1, i64toi32_i32$HIGH_BITS);
          $4_1 = $3_1;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = 1763291232;
           global$3 = HEAP32[1662];
          }
          $7 = $4_1 + 3248 | 0;
          $4_1 = HEAP32[$7 >> 2];
          i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
          $84($27_1, $4_1, i64toi32_i32$HIGH_BITS);
          $4_1 = $3_1;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = -1501666668;
           global$3 = HEAP32[6204];
          }
          $7 = $4_1 + 3256 | 0;
          $4_1 = HEAP32[$7 >> 2];
          i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
          $84($25, $4_1, i64toi32_i32$HIGH_BITS);
          $4_1 = $3_1;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = -1510580220;
           global$3 = HEAP32[14015];
          }
          $7 = $4_1 + 3264 | 0;
          $4_1 = HEAP32[$7 >> 2];
          i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
          $84($29_1, $4_1, i64toi32_i32$HIGH_BITS);
          $4_1 = $3_1;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = -167311972;
           global$3 = HEAP32[1234];
          }
          $7 = $4_1 + 3272 | 0;
          $4_1 = HEAP32[$7 >> 2];
          i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
          $84($26, $4_1, i64toi32_i32$HIGH_BITS);
          $4_1 = $3_1;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = -1798894880;
           global$3 = HEAP32[5409];
          }
          $7 = $4_1 + 3280 | 0;
          $4_1 = HEAP32[$7 >> 2];
          i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
          $84($20_1, $4_1, i64toi32_i32$HIGH_BITS);
          $4_1 = $3_1;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = -568962016;
           global$3 = HEAP32[8884];
          }
          $7 = $4_1 + 3288 | 0;
          $4_1 = HEAP32[$7 >> 2];
          i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
          $84($23_1, $4_1, i64toi32_i32$HIGH_BITS);
          $5_1 = $104($5_1, 16);
          if (($5_1 | 0) != 128) {
           continue
          }
          break;
         };
         $4_1 = 0;
         while (1) {
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = -551511150;
           global$3 = HEAP32[7632];
          }
          $5_1 = $104($35, $4_1);
          $7 = $104($104($3_1, 96), $4_1);
          $9 = $85($7);
          $10_1 = i64toi32_i32$HIGH_BITS;
          $14 = $104($104($3_1, 3520), $4_1);
          $84($5_1, $73($73($9, $10_1, $85($14), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $85($5_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
          $5_1 = $104($5_1, 8);
          $84($5_1, $73($73($85($104($7, 8)), i64toi32_i32$HIGH_BITS, $85($104($14, 8)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $85($5_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
          $4_1 = $104($4_1, 16);
          if (($4_1 | 0) != 1024) {
           continue
          }
          break;
         };
         $35 = $104($35, 1024);
         $12_1 = $107($12_1, $6, 1, 0);
         $6 = i64toi32_i32$HIGH_BITS;
         if (($12_1 | 0) != 4096 | $6) {
          continue
         }
         break;
        };
        $76_1 = $104($76_1, 4194304);
        if ($37_1 | ($36_1 | 0) != 4) {
         continue
        }
        break;
       };
       $40_1 = $104($40_1, 1);
       if (($40_1 | 0) != 3) {
        continue
       }
       break;
      };
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -667983013;
       global$3 = HEAP32[5509];
      }
      i64toi32_i32$HIGH_BITS = HEAPU8[1052084] | HEAPU8[1052085] << 8 | (HEAPU8[1052086] << 16 | HEAPU8[1052087] << 24);
      $181($3_1, HEAPU8[1052080] | HEAPU8[1052081] << 8 | (HEAPU8[1052082] << 16 | HEAPU8[1052083] << 24), i64toi32_i32$HIGH_BITS);
      $4_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -754828680;
       global$3 = HEAP32[5001];
      }
      i64toi32_i32$HIGH_BITS = HEAPU8[1052089] | HEAPU8[1052090] << 8 | (HEAPU8[1052091] << 16 | HEAPU8[1052092] << 24);
      $5_1 = HEAPU8[1052085] | HEAPU8[1052086] << 8 | (HEAPU8[1052087] << 16 | HEAPU8[1052088] << 24);
      $7 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1250638567;
       global$3 = HEAP32[14691];
      }
      $4_1 = $4_1 + 3541 | 0;
      HEAP8[$4_1 | 0] = $5_1;
      HEAP8[$4_1 + 1 | 0] = $5_1 >>> 8;
      HEAP8[$4_1 + 2 | 0] = $5_1 >>> 16;
      HEAP8[$4_1 + 3 | 0] = $5_1 >>> 24;
      HEAP8[$4_1 + 4 | 0] = $7;
      HEAP8[$4_1 + 5 | 0] = $7 >>> 8;
      HEAP8[$4_1 + 6 | 0] = $7 >>> 16;
      HEAP8[$4_1 + 7 | 0] = $7 >>> 24;
      $4_1 = $3_1;
      $5_1 = __wasm_i64_mul(0, 0, 1928945247, 266662036);
      $7 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 2075090256;
       global$3 = HEAP32[12653];
      }
      $4_1 = $4_1 + 3549 | 0;
      HEAP8[$4_1 | 0] = $5_1;
      HEAP8[$4_1 + 1 | 0] = $5_1 >>> 8;
      HEAP8[$4_1 + 2 | 0] = $5_1 >>> 16;
      HEAP8[$4_1 + 3 | 0] = $5_1 >>> 24;
      HEAP8[$4_1 + 4 | 0] = $7;
      HEAP8[$4_1 + 5 | 0] = $7 >>> 8;
      HEAP8[$4_1 + 6 | 0] = $7 >>> 16;
      HEAP8[$4_1 + 7 | 0] = $7 >>> 24;
      $4_1 = $3_1;
      $5_1 = __wasm_i64_mul(0, 0, 939924251, 873332435);
      $7 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 928624649;
       global$3 = HEAP32[6912];
      }
      $4_1 = $4_1 + 3557 | 0;
      HEAP8[$4_1 | 0] = $5_1;
      HEAP8[$4_1 + 1 | 0] = $5_1 >>> 8;
      HEAP8[$4_1 + 2 | 0] = $5_1 >>> 16;
      HEAP8[$4_1 + 3 | 0] = $5_1 >>> 24;
      HEAP8[$4_1 + 4 | 0] = $7;
      HEAP8[$4_1 + 5 | 0] = $7 >>> 8;
      HEAP8[$4_1 + 6 | 0] = $7 >>> 16;
      HEAP8[$4_1 + 7 | 0] = $7 >>> 24;
      $4_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -586007194;
       global$3 = HEAP32[14805];
      }
      $4_1 = $4_1 + 3565 | 0;
      HEAP8[$4_1 | 0] = 0;
      HEAP8[$4_1 + 1 | 0] = 0;
      HEAP8[$4_1 + 2 | 0] = 0;
      HEAP8[$4_1 + 3 | 0] = 0;
      HEAP8[$4_1 + 4 | 0] = 0;
      HEAP8[$4_1 + 5 | 0] = 0;
      HEAP8[$4_1 + 6 | 0] = 0;
      HEAP8[$4_1 + 7 | 0] = 0;
      $4_1 = $3_1;
      $5_1 = __wasm_i64_mul(0, 0, 2020677197, -1474979181);
      $7 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -924506686;
       global$3 = HEAP32[11074];
      }
      $4_1 = $4_1 + 3572 | 0;
      HEAP8[$4_1 | 0] = $5_1;
      HEAP8[$4_1 + 1 | 0] = $5_1 >>> 8;
      HEAP8[$4_1 + 2 | 0] = $5_1 >>> 16;
      HEAP8[$4_1 + 3 | 0] = $5_1 >>> 24;
      HEAP8[$4_1 + 4 | 0] = $7;
      HEAP8[$4_1 + 5 | 0] = $7 >>> 8;
      HEAP8[$4_1 + 6 | 0] = $7 >>> 16;
      HEAP8[$4_1 + 7 | 0] = $7 >>> 24;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 447600476;
       global$3 = HEAP32[15708];
      }
      i64toi32_i32$HIGH_BITS = HEAPU8[1052068] | HEAPU8[1052069] << 8 | (HEAPU8[1052070] << 16 | HEAPU8[1052071] << 24);
      $12_1 = HEAPU8[1052064] | HEAPU8[1052065] << 8 | (HEAPU8[1052066] << 16 | HEAPU8[1052067] << 24);
      $6 = i64toi32_i32$HIGH_BITS;
      $289($3_1, $12_1, $6);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1295618408;
       global$3 = HEAP32[12182];
      }
      i64toi32_i32$HIGH_BITS = HEAPU8[1052076] | HEAPU8[1052077] << 8 | (HEAPU8[1052078] << 16 | HEAPU8[1052079] << 24);
      $9 = HEAPU8[1052072] | HEAPU8[1052073] << 8 | (HEAPU8[1052074] << 16 | HEAPU8[1052075] << 24);
      $16 = i64toi32_i32$HIGH_BITS;
      $279($3_1, $9, $16);
      $293($3_1, $12_1, $6);
      $234($3_1, $9, $16);
      $4_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1886309322;
       global$3 = HEAP32[2644];
      }
      $7 = $4_1 + 3536 | 0;
      $4_1 = HEAP32[$7 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
      $354($3_1, $4_1, i64toi32_i32$HIGH_BITS);
      $4_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1248708383;
       global$3 = HEAP32[14986];
      }
      $7 = $4_1 + 3544 | 0;
      $4_1 = HEAP32[$7 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
      $224($3_1, $4_1, i64toi32_i32$HIGH_BITS);
      $4_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1903848191;
       global$3 = HEAP32[1715];
      }
      $7 = $4_1 + 3552 | 0;
      $4_1 = HEAP32[$7 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
      $283($3_1, $4_1, i64toi32_i32$HIGH_BITS);
      $4_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 137942314;
       global$3 = HEAP32[15547];
      }
      $7 = $4_1 + 3560 | 0;
      $4_1 = HEAP32[$7 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
      $157($3_1, $4_1, i64toi32_i32$HIGH_BITS);
      $4_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 860804973;
       global$3 = HEAP32[12028];
      }
      $7 = $4_1 + 3568 | 0;
      $4_1 = HEAP32[$7 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$7 + 4 >> 2];
      $277($3_1, $4_1, i64toi32_i32$HIGH_BITS);
      $4_1 = $214($3_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1244552765;
       global$3 = HEAP32[13695];
      }
      HEAP32[$3_1 + 3224 >> 2] = $4_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1640854546;
       global$3 = HEAP32[2385];
      }
      HEAP32[$3_1 + 3228 >> 2] = 0;
      $7 = 64;
      $17 = 0;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -685658243;
        global$3 = HEAP32[5425];
       }
       $14 = $17;
       $5_1 = -3072;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = -400737009;
         global$3 = HEAP32[11208];
        }
        $4_1 = $104($104($3_1, 3520), $5_1);
        $84($104($4_1, 3160), 0, 1);
        $185($104($4_1, 3144), 0);
        $84($104($4_1, 3136), 0, 1);
        $185($104($4_1, 3120), 0);
        $84($104($4_1, 3112), 0, 1);
        $185($104($4_1, 3096), 0);
        $84($104($4_1, 3088), 0, 1);
        $185($104($4_1, 3072), 0);
        $5_1 = $104($5_1, 96);
        if ($5_1) {
         continue
        }
        break;
       };
       $343($3_1, 0, 0);
       $17 = $104($14, 3080);
       $21 = $104($14, 19932680);
       $4_1 = 0;
       $5_1 = $7;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = -1855086417;
         global$3 = HEAP32[4555];
        }
        $13 = $4_1;
        block134 : {
         block130 : {
          block126 : {
           if ($104($5_1, -64) >>> 0 <= 4294967230) {
            $256($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
            $239($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
            $153($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
            $155($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
            $251($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
            $295($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
            $252($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
            $263($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
            $304($3_1, -222443192, 1779033703);
            $7 = 0;
            $297($3_1, $134(), i64toi32_i32$HIGH_BITS);
            $298($3_1, $141(), i64toi32_i32$HIGH_BITS);
            $299($3_1, $136(), i64toi32_i32$HIGH_BITS);
            $300($3_1, $133(), i64toi32_i32$HIGH_BITS);
            $301($3_1, $135(), i64toi32_i32$HIGH_BITS);
            $302($3_1, $127(), i64toi32_i32$HIGH_BITS);
            $303($3_1, $132(), i64toi32_i32$HIGH_BITS);
            wasm2js_memory_fill($104($3_1, 96), 0, 128);
            $12_1 = 0;
            $6 = 0;
            $4_1 = 0;
            while (1) {
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 2068974653;
              global$3 = HEAP32[2629];
             }
             $14 = $139($104($104($3_1, 6592), $4_1));
             if (($7 | 0) != 128) {
              $5_1 = $7
             } else {
              $5_1 = $104($3_1, 6656);
              $10_1 = $104($3_1, 96);
              $12_1 = $107($12_1, $6, 128, 0);
              $6 = i64toi32_i32$HIGH_BITS;
              $0($5_1, $10_1, $12_1, $6, 0);
              $5_1 = 0;
             }
             $140($104($104($3_1, 96), $5_1), $14);
             $7 = $104($5_1, 1);
             $4_1 = $104($4_1, 1);
             if (($4_1 | 0) != 64) {
              continue
             }
             break;
            };
            $4_1 = 0;
            $5_1 = $182($5_1, 127);
            if ($5_1) {
             wasm2js_memory_fill($104($104($3_1, 96), $7), 0, $5_1)
            }
            $0($104($3_1, 6656), $104($3_1, 96), $107($12_1, $6, $7, 0), i64toi32_i32$HIGH_BITS, 1);
            $5_1 = 8;
            while (1) {
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1164256437;
              global$3 = HEAP32[243];
             }
             $7 = $104($104($3_1, 3168), $4_1);
             $10_1 = $104($7, 1);
             $12_1 = $85($104($104($3_1, 6656), $128($4_1, -8)));
             $6 = i64toi32_i32$HIGH_BITS;
             $130($10_1, $129($12_1, $6, $128($5_1, 56)));
             $130($7, $129($12_1, $6, $128($104($5_1, -8), 48)));
             $5_1 = $104($5_1, 16);
             $4_1 = $104($4_1, 2);
             if (($4_1 | 0) != 64) {
              continue
             }
             break;
            };
            $18 = $128($407($3_1), 63);
            $4_1 = 1;
            break block126;
           }
           $4_1 = $104($5_1, 1);
           $408($3_1, $4_1);
           $18 = $128($139($104($104($3_1, 3168), $5_1)), 63);
           if (($5_1 | 0) != 63) {
            break block126
           }
           $256($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
           $239($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
           $153($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
           $155($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
           $251($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
           $295($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
           $252($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
           $263($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
           $304($3_1, -222443192, 1779033703);
           $7 = 0;
           $297($3_1, $134(), i64toi32_i32$HIGH_BITS);
           $298($3_1, $141(), i64toi32_i32$HIGH_BITS);
           $299($3_1, $136(), i64toi32_i32$HIGH_BITS);
           $300($3_1, $133(), i64toi32_i32$HIGH_BITS);
           $301($3_1, $135(), i64toi32_i32$HIGH_BITS);
           $302($3_1, $127(), i64toi32_i32$HIGH_BITS);
           $303($3_1, $132(), i64toi32_i32$HIGH_BITS);
           wasm2js_memory_fill($104($3_1, 96), 0, 128);
           $12_1 = __wasm_i64_mul(0, 0, -1345624875, -1396341243);
           $6 = i64toi32_i32$HIGH_BITS;
           $4_1 = 0;
           while (1) {
            if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
             global$3 = -516719622;
             global$3 = HEAP32[6970];
            }
            $14 = $139($104($104($3_1, 6592), $4_1));
            if (($7 | 0) != 128) {
             $5_1 = $7
            } else {
             $5_1 = $104($3_1, 6656);
             $10_1 = $104($3_1, 96);
             $12_1 = $107($12_1, $6, 128, 0);
             $6 = i64toi32_i32$HIGH_BITS;
             $0($5_1, $10_1, $12_1, $6, 0);
             $5_1 = 0;
            }
            $140($104($104($3_1, 96), $5_1), $14);
            $7 = $104($5_1, 1);
            $4_1 = $104($4_1, 1);
            if (($4_1 | 0) != 64) {
             continue
            }
            break;
           };
           $4_1 = 0;
           $5_1 = $182($5_1, 127);
           if ($5_1) {
            wasm2js_memory_fill($104($104($3_1, 96), $7), 0, $5_1)
           }
           $0($104($3_1, 6656), $104($3_1, 96), $107($12_1, $6, $7, 0), i64toi32_i32$HIGH_BITS, 1);
           $5_1 = 8;
           while (1) {
            if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
             global$3 = -1540987987;
             global$3 = HEAP32[11938];
            }
            $7 = $104($104($3_1, 3168), $4_1);
            $10_1 = $104($7, 1);
            $12_1 = $85($104($104($3_1, 6656), $128($4_1, -8)));
            $6 = i64toi32_i32$HIGH_BITS;
            $130($10_1, $129($12_1, $6, $128($5_1, 56)));
            $130($7, $129($12_1, $6, $128($104($5_1, -8), 48)));
            $5_1 = $104($5_1, 16);
            $4_1 = $104($4_1, 2);
            if (($4_1 | 0) != 64) {
             continue
            }
            break;
           };
           $15 = $128($407($3_1), 7);
           $5_1 = 1;
           break block130;
          }
          $5_1 = $104($4_1, 1);
          $408($3_1, $5_1);
          $15 = $128($139($104($104($3_1, 3168), $4_1)), 7);
          if ($104($4_1, -63) >>> 0 > 4294967230) {
           break block130
          }
          $256($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
          $239($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
          $153($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
          $155($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
          $251($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
          $295($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
          $252($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
          $263($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
          $304($3_1, -222443192, 1779033703);
          $7 = 0;
          $297($3_1, $134(), i64toi32_i32$HIGH_BITS);
          $298($3_1, $141(), i64toi32_i32$HIGH_BITS);
          $299($3_1, $136(), i64toi32_i32$HIGH_BITS);
          $300($3_1, $133(), i64toi32_i32$HIGH_BITS);
          $301($3_1, $135(), i64toi32_i32$HIGH_BITS);
          $302($3_1, $127(), i64toi32_i32$HIGH_BITS);
          $303($3_1, $132(), i64toi32_i32$HIGH_BITS);
          wasm2js_memory_fill($104($3_1, 96), 0, 128);
          $12_1 = 0;
          $6 = 0;
          $4_1 = 0;
          while (1) {
           if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
            global$3 = 1102594956;
            global$3 = HEAP32[9136];
           }
           $14 = $139($104($104($3_1, 6592), $4_1));
           if (($7 | 0) != 128) {
            $5_1 = $7
           } else {
            $5_1 = $104($3_1, 6656);
            $10_1 = $104($3_1, 96);
            $12_1 = $107($12_1, $6, 128, 0);
            $6 = i64toi32_i32$HIGH_BITS;
            $0($5_1, $10_1, $12_1, $6, 0);
            $5_1 = 0;
           }
           $140($104($104($3_1, 96), $5_1), $14);
           $7 = $104($5_1, 1);
           $4_1 = $104($4_1, 1);
           if (($4_1 | 0) != 64) {
            continue
           }
           break;
          };
          $4_1 = 0;
          $5_1 = $182($5_1, 127);
          if ($5_1) {
           wasm2js_memory_fill($104($104($3_1, 96), $7), 0, $5_1)
          }
          $0($104($3_1, 6656), $104($3_1, 96), $107($12_1, $6, $7, 0), i64toi32_i32$HIGH_BITS, 1);
          $5_1 = 8;
          while (1) {
           if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
            global$3 = 776842665;
            global$3 = HEAP32[8629];
           }
           $7 = $104($104($3_1, 3168), $4_1);
           $10_1 = $104($7, 1);
           $12_1 = $85($104($104($3_1, 6656), $128($4_1, -8)));
           $6 = i64toi32_i32$HIGH_BITS;
           $130($10_1, $129($12_1, $6, $128($5_1, 56)));
           $130($7, $129($12_1, $6, $128($104($5_1, -8), 48)));
           $5_1 = $104($5_1, 16);
           $4_1 = $104($4_1, 2);
           if (($4_1 | 0) != 64) {
            continue
           }
           break;
          };
          $5_1 = 0;
          $4_1 = 1;
          break block134;
         }
         $4_1 = $104($5_1, 1);
        }
        $408($3_1, $4_1);
        $5_1 = $139($104($104($3_1, 3168), $5_1));
        $6 = $128($104($5_1, 1), 7);
        $5_1 = $128($5_1, 7);
        $14 = ($5_1 | 0) == ($15 | 0) ? $6 : $5_1;
        $7 = 0;
        block136 : {
         if ($18 >>> 0 < 7) {
          $5_1 = $4_1;
          $18 = 0;
          break block136;
         }
         block138 : {
          if ($18 >>> 0 < 14) {
           $18 = 1;
           break block138;
          }
          block141 : {
           block145 : {
            block144 : {
             block143 : {
              block142 : {
               if (!(($15 | 0) != 5 & $18 >>> 0 < 21)) {
                if ($18 >>> 0 < 35) {
                 break block141
                }
                if ($18 >>> 0 < 42) {
                 break block142
                }
                if ($18 >>> 0 < 49) {
                 break block143
                }
                if ($18 >>> 0 < 56) {
                 break block144
                }
                $7 = 1;
                if ($18 >>> 0 >= 58) {
                 break block145
                }
                $18 = 7;
                break block138;
               }
               block147 : {
                if ($104($4_1, -64) >>> 0 <= 4294967230) {
                 $409($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
                 $410($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
                 $411($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
                 $412($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
                 $67($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
                 $80($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
                 $102($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
                 $93($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
                 $413($3_1, 64);
                 $414($3_1, $104($3_1, 96));
                 $1($104($3_1, 3168), 64, $104($3_1, 6656), 1);
                 $4_1 = 0;
                 $5_1 = 1;
                 break block147;
                }
                $5_1 = $104($4_1, 1);
               }
               $408($3_1, $5_1);
               $11 = $128($139($104($104($3_1, 3168), $4_1)), 3);
               $18 = 2;
               break block136;
              }
              block149 : {
               if ($104($4_1, -64) >>> 0 <= 4294967230) {
                $409($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
                $410($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
                $411($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
                $412($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
                $67($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
                $80($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
                $102($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
                $93($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
                $413($3_1, 64);
                $414($3_1, $104($3_1, 96));
                $1($104($3_1, 3168), 64, $104($3_1, 6656), 1);
                $4_1 = 0;
                $5_1 = 1;
                break block149;
               }
               $5_1 = $104($4_1, 1);
              }
              $408($3_1, $5_1);
              $11 = $104(($139($104($104($3_1, 3168), $4_1)) >>> 0) % 63 | 0, 1);
              $18 = 4;
              break block136;
             }
             block151 : {
              if ($104($4_1, -61) >>> 0 <= 4294967230) {
               $409($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
               $410($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
               $411($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
               $412($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
               $67($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
               $80($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
               $102($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
               $93($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
               $413($3_1, 64);
               $414($3_1, $104($3_1, 96));
               $1($104($3_1, 3168), 64, $104($3_1, 6656), 1);
               $4_1 = 0;
               $5_1 = 4;
               break block151;
              }
              $5_1 = $104($4_1, 4);
             }
             $408($3_1, $5_1);
             $8_1 = $104($104($3_1, 3168), $4_1);
             $28 = HEAPU8[$8_1 | 0] | HEAPU8[$8_1 + 1 | 0] << 8 | (HEAPU8[$8_1 + 2 | 0] << 16 | HEAPU8[$8_1 + 3 | 0] << 24);
             $10_1 = $28 >> 31;
             $9 = $28;
             $16 = $10_1;
             $18 = 5;
             break block136;
            }
            block153 : {
             if ($104($4_1, -61) >>> 0 <= 4294967230) {
              $409($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
              $410($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
              $411($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
              $412($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
              $67($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
              $80($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
              $102($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
              $93($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
              $413($3_1, 64);
              $414($3_1, $104($3_1, 96));
              $1($104($3_1, 3168), 64, $104($3_1, 6656), 1);
              $4_1 = 0;
              $5_1 = 4;
              break block153;
             }
             $5_1 = $104($4_1, 4);
            }
            $408($3_1, $5_1);
            $8_1 = $104($104($3_1, 3168), $4_1);
            $10_1 = HEAPU8[$8_1 | 0] | HEAPU8[$8_1 + 1 | 0] << 8 | (HEAPU8[$8_1 + 2 | 0] << 16 | HEAPU8[$8_1 + 3 | 0] << 24);
            $28 = $10_1 >> 31;
            $9 = $10_1;
            $16 = $28;
            $18 = 6;
            break block136;
           }
           if ($18 >>> 0 < 60) {
            $18 = 8;
            break block138;
           }
           block156 : {
            if ($104($4_1, -61) >>> 0 <= 4294967230) {
             $409($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
             $410($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
             $411($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
             $412($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
             $67($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
             $80($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
             $102($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
             $93($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
             $413($3_1, 64);
             $414($3_1, $104($3_1, 96));
             $1($104($3_1, 3168), 64, $104($3_1, 6656), 1);
             $4_1 = 0;
             $5_1 = 4;
             break block156;
            }
            $5_1 = $104($4_1, 4);
           }
           $408($3_1, $5_1);
           $4_1 = $104($104($3_1, 3168), $4_1);
           if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
            global$3 = 1063913563;
            global$3 = HEAP32[2418];
           }
           i64toi32_i32$HIGH_BITS = 0;
           $12_1 = $416(HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24), 0, 3, 0);
           $6 = i64toi32_i32$HIGH_BITS;
           $9 = __wasm_i64_udiv(0, -2147483648, $12_1, $6);
           $16 = i64toi32_i32$HIGH_BITS;
           $19_1 = $82(32, Math_clz32($12_1));
           $9 = $107($143($9, $16, $19_1), i64toi32_i32$HIGH_BITS, __wasm_i64_udiv($143($373(0, -2147483648, $144($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $19_1), i64toi32_i32$HIGH_BITS, $12_1, $6), i64toi32_i32$HIGH_BITS);
           $16 = i64toi32_i32$HIGH_BITS;
           $18 = 9;
           break block136;
          }
          $5_1 = $139($126($104($3_1, 3448), $15));
          $18 = $5_1 ? 1 : 3;
          $7 = $182($5_1, 1);
         }
         $5_1 = $4_1;
        }
        $4_1 = $104($104($3_1, 3520), $13);
        $417($4_1, $14);
        $418($4_1, $15);
        $76($4_1, $9, $16);
        $419($4_1, $11);
        $185($4_1, $18);
        $140($126($104($3_1, 3448), $15), $7);
        $4_1 = $104($13, 24);
        if (($4_1 | 0) != 3072) {
         continue
        }
        break;
       };
       block158 : {
        if ($104($5_1, -64) >>> 0 <= 4294967230) {
         $409($3_1, $382($3_1), i64toi32_i32$HIGH_BITS);
         $410($3_1, $381($3_1), i64toi32_i32$HIGH_BITS);
         $411($3_1, $380($3_1), i64toi32_i32$HIGH_BITS);
         $412($3_1, $379($3_1), i64toi32_i32$HIGH_BITS);
         $67($3_1, $378($3_1), i64toi32_i32$HIGH_BITS);
         $80($3_1, $377($3_1), i64toi32_i32$HIGH_BITS);
         $102($3_1, $376($3_1), i64toi32_i32$HIGH_BITS);
         $93($3_1, $375($3_1), i64toi32_i32$HIGH_BITS);
         $413($3_1, 64);
         $414($3_1, $104($3_1, 96));
         $1($104($3_1, 3168), 64, $104($3_1, 6656), 1);
         $5_1 = 0;
         $7 = 1;
         break block158;
        }
        $7 = $104($5_1, 1);
       }
       $408($3_1, $7);
       $4_1 = $139($104($104($3_1, 3168), $5_1));
       wasm2js_memory_copy($104($3_1, 96), $104($3_1, 3520), 3072);
       wasm2js_memory_copy($21, $104($3_1, 96), 3072);
       $6 = $21;
       $10_1 = $128($4_1, 7);
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -630427897;
        global$3 = HEAP32[9288];
       }
       HEAP32[$6 + 3072 >> 2] = $10_1;
       if (($17 | 0) != 24640) {
        continue
       }
       break;
      };
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1914173431;
       global$3 = HEAP32[7864];
      }
      HEAP8[19932672] = 1;
     }
     $8_1 = 73;
     continue;
    case 110:
     block263 : {
      block246 : {
       block247 : {
        block167 : {
         block168 : {
          block249 : {
           block248 : {
            while (1) {
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1436704437;
              global$3 = HEAP32[14948];
             }
             $4_1 = $3_1;
             $7 = __wasm_i64_mul(-1877485507, 1964211049, 590524365, 1075541843);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1859952375;
              global$3 = HEAP32[5103];
             }
             $4_1 = $4_1 + 6712 | 0;
             HEAP32[$4_1 >> 2] = $7;
             HEAP32[$4_1 + 4 >> 2] = $11;
             $4_1 = $3_1;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 271971860;
              global$3 = HEAP32[5661];
             }
             $4_1 = $4_1 + 6704 | 0;
             HEAP32[$4_1 >> 2] = -2129905110;
             HEAP32[$4_1 + 4 >> 2] = -1716932865;
             $4_1 = $3_1;
             $7 = __wasm_i64_mul(1739307686, -996534418, -81144109, -607940325);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1635228020;
              global$3 = HEAP32[3727];
             }
             $4_1 = $4_1 + 6696 | 0;
             HEAP32[$4_1 >> 2] = $7;
             HEAP32[$4_1 + 4 >> 2] = $11;
             $4_1 = $3_1;
             $7 = __wasm_i64_mul(-1024014700, -1234787187, -1539529739, -142111782);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1740184692;
              global$3 = HEAP32[12591];
             }
             $4_1 = $4_1 + 6688 | 0;
             HEAP32[$4_1 >> 2] = $7;
             HEAP32[$4_1 + 4 >> 2] = $11;
             $4_1 = $3_1;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -472908217;
              global$3 = HEAP32[12603];
             }
             $4_1 = $4_1 + 6680 | 0;
             HEAP32[$4_1 >> 2] = -1118020925;
             HEAP32[$4_1 + 4 >> 2] = 1732378588;
             $4_1 = $3_1;
             $7 = __wasm_i64_mul(1190151024, -1889021415, 1214750051, 953505590);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1386942468;
              global$3 = HEAP32[10525];
             }
             $4_1 = $4_1 + 6672 | 0;
             HEAP32[$4_1 >> 2] = $7;
             HEAP32[$4_1 + 4 >> 2] = $11;
             $4_1 = $3_1;
             $7 = __wasm_i64_mul(-1626829701, 1159278629, 656466933, -2050077163);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -640018887;
              global$3 = HEAP32[3130];
             }
             $4_1 = $4_1 + 6664 | 0;
             HEAP32[$4_1 >> 2] = $7;
             HEAP32[$4_1 + 4 >> 2] = $11;
             $4_1 = $3_1;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 571830325;
              global$3 = HEAP32[3809];
             }
             $4_1 = $4_1 + 6656 | 0;
             HEAP32[$4_1 >> 2] = -124762531;
             HEAP32[$4_1 + 4 >> 2] = 2147214502;
             $409($3_1, $229($3_1), i64toi32_i32$HIGH_BITS);
             $410($3_1, $260($3_1), i64toi32_i32$HIGH_BITS);
             $411($3_1, $253($3_1), i64toi32_i32$HIGH_BITS);
             $412($3_1, $272($3_1), i64toi32_i32$HIGH_BITS);
             $67($3_1, $274($3_1), i64toi32_i32$HIGH_BITS);
             $80($3_1, $180($3_1), i64toi32_i32$HIGH_BITS);
             $102($3_1, $233($3_1), i64toi32_i32$HIGH_BITS);
             $93($3_1, $292($3_1), i64toi32_i32$HIGH_BITS);
             $23_1 = $104($3_1, 3520);
             $35 = 2176;
             while (1) {
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 1656908840;
               global$3 = HEAP32[8463];
              }
              $20_1 = 0;
              while (1) {
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1775870417;
                global$3 = HEAP32[10131];
               }
               $13 = $128($20_1, 1);
               $4_1 = $104($105($182($13, 1), 10), 1049320);
               $26 = $104($104($3_1, 96), $105($20_1, 4));
               $14 = $430($26);
               $15 = $431($26);
               $5_1 = $137($26);
               $7 = $138($26);
               $11 = 0;
               while (1) {
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -902604362;
                 global$3 = HEAP32[6199];
                }
                $24_1 = $183($5_1, 14);
                $17 = $13 ? $5_1 : $14;
                $21 = $13 ? $14 : $5_1;
                $27_1 = $183($7, 14);
                $25 = $13 ? $15 : $7;
                $29_1 = $13 ? $7 : $15;
                $6 = $182($182($182($184($138($104($4_1, $128($183($25, 6), 1020))), 8), $138($104($4_1, $105($128($5_1, 255), 2)))), $184($138($104($4_1, $128($183($14, 14), 1020))), 16)), $184($138($104($4_1, $128($183($29_1, 22), 1020))), 24));
                $18 = $104($104($3_1, 6656), $11);
                $5_1 = $182($6, $138($104($18, 4)));
                $7 = $182($182($182($182($184($138($104($4_1, $128($183($17, 6), 1020))), 8), $138($104($4_1, $105($128($7, 255), 2)))), $184($138($104($4_1, $128($183($15, 14), 1020))), 16)), $184($138($104($4_1, $128($183($21, 22), 1020))), 24)), $138($18));
                $17 = $182($182($182($182($184($138($104($4_1, $128($183($21, 6), 1020))), 8), $138($104($4_1, $105($128($15, 255), 2)))), $184($138($104($4_1, $128($27_1, 1020))), 16)), $184($138($104($4_1, $128($183($17, 22), 1020))), 24)), $138($104($18, 8)));
                $15 = $17;
                $18 = $182($182($182($182($184($138($104($4_1, $128($183($29_1, 6), 1020))), 8), $138($104($4_1, $105($128($14, 255), 2)))), $184($138($104($4_1, $128($24_1, 1020))), 16)), $184($138($104($4_1, $128($183($25, 22), 1020))), 24)), $138($104($18, 12)));
                $14 = $18;
                $11 = $104($11, 16);
                if (($11 | 0) != 64) {
                 continue
                }
                break;
               };
               $432($26, $14);
               $433($26, $15);
               $419($26, $5_1);
               $185($26, $7);
               $20_1 = $104($20_1, 1);
               if (($20_1 | 0) != 4) {
                continue
               }
               break;
              };
              $4_1 = $265($3_1);
              $187($23_1, $4_1);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -755595932;
               global$3 = HEAP32[5995];
              }
              $5_1 = HEAP32[$3_1 + 100 >> 2];
              $189($23_1, $5_1);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 365342679;
               global$3 = HEAP32[9890];
              }
              $7 = HEAP32[$3_1 + 104 >> 2];
              $191($23_1, $7);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 189715253;
               global$3 = HEAP32[2776];
              }
              $14 = HEAP32[$3_1 + 108 >> 2];
              $193($23_1, $14);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 1839807894;
               global$3 = HEAP32[6199];
              }
              $15 = HEAP32[$3_1 + 112 >> 2];
              $195($23_1, $15);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 2121593129;
               global$3 = HEAP32[11179];
              }
              $13 = HEAP32[$3_1 + 116 >> 2];
              $197($23_1, $13);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -307680148;
               global$3 = HEAP32[8527];
              }
              $18 = HEAP32[$3_1 + 120 >> 2];
              $199($23_1, $18);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -1806834062;
               global$3 = HEAP32[12782];
              }
              $11 = HEAP32[$3_1 + 124 >> 2];
              $201($23_1, $11);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 743348884;
               global$3 = HEAP32[13755];
              }
              $17 = HEAP32[$3_1 + 128 >> 2];
              $203($23_1, $17);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -1066119093;
               global$3 = HEAP32[12488];
              }
              $21 = HEAP32[$3_1 + 132 >> 2];
              $205($23_1, $21);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 1141837659;
               global$3 = HEAP32[7544];
              }
              $24_1 = HEAP32[$3_1 + 136 >> 2];
              $207($23_1, $24_1);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -1612247322;
               global$3 = HEAP32[1149];
              }
              $27_1 = HEAP32[$3_1 + 140 >> 2];
              $209($23_1, $27_1);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 1639654706;
               global$3 = HEAP32[15628];
              }
              $25 = HEAP32[$3_1 + 144 >> 2];
              $211($23_1, $25);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 998904487;
               global$3 = HEAP32[12438];
              }
              $29_1 = HEAP32[$3_1 + 148 >> 2];
              $213($23_1, $29_1);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -403370803;
               global$3 = HEAP32[11079];
              }
              $26 = HEAP32[$3_1 + 152 >> 2];
              $215($23_1, $26);
              $20_1 = $172($3_1);
              $217($23_1, $20_1);
              $23_1 = $104($23_1, 64);
              $35 = $104($35, -64);
              if ($35) {
               continue
              }
              break;
             };
             $169($3_1, $20_1);
             $268($3_1, $26);
             $164($3_1, $29_1);
             $175($3_1, $25);
             $250($3_1, $27_1);
             $245($3_1, $24_1);
             $235($3_1, $21);
             $287($3_1, $17);
             $249($3_1, $11);
             $163($3_1, $18);
             $255($3_1, $13);
             $225($3_1, $15);
             $154($3_1, $14);
             $176($3_1, $7);
             $226($3_1, $5_1);
             $257($3_1, $4_1);
             $4_1 = 0;
             $448(0);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1663854456;
              global$3 = HEAP32[13454];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $6 = $142($143(HEAPU8[$3_1 + 3527 | 0], 0, 49), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, -1238368256, -1006044395, 387804140), i64toi32_i32$HIGH_BITS);
             $5_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1735393118;
              global$3 = HEAP32[1775];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $9 = $142($143(HEAPU8[$3_1 + 3526 | 0], 0, 48), i64toi32_i32$HIGH_BITS, 0, 983040);
             $10_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -473755630;
              global$3 = HEAP32[5397];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $9 = $416($9, $10_1, $143(HEAPU8[$3_1 + 3525 | 0], 0, 40), i64toi32_i32$HIGH_BITS);
             $10_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -316733178;
              global$3 = HEAP32[16073];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $13 = $143(HEAPU8[$3_1 + 3524 | 0], 0, __wasm_i64_mul(1782072480, 2136100125, 357730733, -103857719));
             $17 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 775266741;
              global$3 = HEAP32[4512];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $107($416($6, $5_1, $416($9, $10_1, $416($13, $17, HEAP32[$3_1 + 3520 >> 2], 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 0, 1072693248);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 731907083;
              global$3 = HEAP32[13794];
             }
             HEAP32[788832] = $7;
             HEAP32[788833] = $11;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1334773947;
              global$3 = HEAP32[9302];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $6 = $142($143(HEAPU8[$3_1 + 3535 | 0], 0, __wasm_i64_mul(1862089175, 739145213, 1494721847, -1023205352)), i64toi32_i32$HIGH_BITS, 0, 32505856);
             $5_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 2073290447;
              global$3 = HEAP32[8880];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $9 = $142($143(HEAPU8[$3_1 + 3534 | 0], 0, __wasm_i64_mul(1661122192, 1443725870, 1561149067, -2100976730)), i64toi32_i32$HIGH_BITS, 0, 983040);
             $10_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 85648292;
              global$3 = HEAP32[12955];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $9 = $416($9, $10_1, $143(HEAPU8[$3_1 + 3533 | 0], 0, __wasm_i64_mul(-241572888, 1871782201, -219574231, -906188622)), i64toi32_i32$HIGH_BITS);
             $10_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1020015084;
              global$3 = HEAP32[7497];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $13 = $143(HEAPU8[$3_1 + 3532 | 0], 0, 32);
             $17 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1790758071;
              global$3 = HEAP32[1578];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $107($416($6, $5_1, $416($9, $10_1, $416($13, $17, HEAP32[$3_1 + 3528 >> 2], 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 0, 1072693248);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -2085389513;
              global$3 = HEAP32[5475];
             }
             HEAP32[788834] = $7;
             HEAP32[788835] = $11;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1419159531;
              global$3 = HEAP32[1465];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $12_1 = HEAPU8[$3_1 + 3543 | 0];
             $6 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -2021115291;
              global$3 = HEAP32[6487];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $9 = HEAP32[$3_1 + 3536 >> 2];
             $16 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 169979712;
              global$3 = HEAP32[9360];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $19_1 = HEAPU8[$3_1 + 3540 | 0];
             $22 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1417262408;
              global$3 = HEAP32[11546];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $31 = HEAPU8[$3_1 + 3542 | 0];
             $32 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 824752403;
              global$3 = HEAP32[7517];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $33 = HEAPU8[$3_1 + 3541 | 0];
             $34_1 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -13743514;
              global$3 = HEAP32[14874];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $5_1 = $142($143(HEAPU8[$3_1 + 3551 | 0], 0, 49), i64toi32_i32$HIGH_BITS, 0, 32505856);
             $10_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -909512621;
              global$3 = HEAP32[98];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $13 = $142($143(HEAPU8[$3_1 + 3550 | 0], 0, __wasm_i64_mul(-2052880912, -1201478568, 1593469661, 309238026)), i64toi32_i32$HIGH_BITS, 0, 983040);
             $17 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -2007444594;
              global$3 = HEAP32[3824];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $13 = $416($13, $17, $143(HEAPU8[$3_1 + 3549 | 0], 0, 40), i64toi32_i32$HIGH_BITS);
             $17 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -178367761;
              global$3 = HEAP32[15364];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $143(HEAPU8[$3_1 + 3548 | 0], 0, 32);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1857275387;
              global$3 = HEAP32[4518];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $107($416($5_1, $10_1, $416($13, $17, $416($7, $11, HEAP32[$3_1 + 3544 >> 2], 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, -831520768, -722639575, 1036104481), i64toi32_i32$HIGH_BITS);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1285398651;
              global$3 = HEAP32[5770];
             }
             HEAP32[788838] = $7;
             HEAP32[788839] = $11;
             $7 = $107($416($142($143($12_1, $6, 49), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, -1951399936, -595074579, -1782685659), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $416($416($142($143($31, $32, 48), i64toi32_i32$HIGH_BITS, 0, 983040), i64toi32_i32$HIGH_BITS, $143($33, $34_1, __wasm_i64_mul(-184432184, -146955835, -1961199315, 1158844989)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $416($9, $16, $143($19_1, $22, 32), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, 1278214144, 1082490901, 297993285), i64toi32_i32$HIGH_BITS);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1872921906;
              global$3 = HEAP32[12963];
             }
             HEAP32[788836] = $7;
             HEAP32[788837] = $11;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1367284781;
              global$3 = HEAP32[2567];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $12_1 = HEAPU8[$3_1 + 3559 | 0];
             $6 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1543505568;
              global$3 = HEAP32[2271];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $9 = HEAP32[$3_1 + 3552 >> 2];
             $16 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1533528373;
              global$3 = HEAP32[12619];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $19_1 = HEAPU8[$3_1 + 3556 | 0];
             $22 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1034243927;
              global$3 = HEAP32[3035];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $31 = HEAPU8[$3_1 + 3558 | 0];
             $32 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -286977185;
              global$3 = HEAP32[8413];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $33 = HEAPU8[$3_1 + 3557 | 0];
             $34_1 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 68293961;
              global$3 = HEAP32[13357];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $5_1 = $142($143(HEAPU8[$3_1 + 3567 | 0], 0, 49), i64toi32_i32$HIGH_BITS, 0, 32505856);
             $10_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1679958806;
              global$3 = HEAP32[5872];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $13 = $142($143(HEAPU8[$3_1 + 3566 | 0], 0, 48), i64toi32_i32$HIGH_BITS, 0, 983040);
             $17 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -491420065;
              global$3 = HEAP32[9473];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $13 = $416($13, $17, $143(HEAPU8[$3_1 + 3565 | 0], 0, 40), i64toi32_i32$HIGH_BITS);
             $17 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1952998956;
              global$3 = HEAP32[4953];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $143(HEAPU8[$3_1 + 3564 | 0], 0, __wasm_i64_mul(-2102436832, -1878016795, 1347504417, -1926109873));
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1118388930;
              global$3 = HEAP32[9124];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $107($416($5_1, $10_1, $416($13, $17, $416($7, $11, HEAP32[$3_1 + 3560 >> 2], 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, 334495744, -767619775, 260651142), i64toi32_i32$HIGH_BITS);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1740310277;
              global$3 = HEAP32[185];
             }
             HEAP32[788842] = $7;
             HEAP32[788843] = $11;
             $7 = $107($416($142($143($12_1, $6, 49), i64toi32_i32$HIGH_BITS, 0, 32505856), i64toi32_i32$HIGH_BITS, $416($416($142($143($31, $32, __wasm_i64_mul(-1223003888, -2113106984, -423592493, 807473609)), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, -1652228096, -1180343933, 1681137530), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $143($33, $34_1, __wasm_i64_mul(290557784, 1251974416, 1843997135, -957715651)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $416($9, $16, $143($19_1, $22, 32), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 0, 1072693248);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1291489163;
              global$3 = HEAP32[9395];
             }
             HEAP32[788840] = $7;
             HEAP32[788841] = $11;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 117770253;
              global$3 = HEAP32[6194];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $12_1 = HEAPU8[$3_1 + 3575 | 0];
             $6 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1063533399;
              global$3 = HEAP32[77];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $9 = HEAP32[$3_1 + 3568 >> 2];
             $16 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 2045150805;
              global$3 = HEAP32[10998];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $19_1 = HEAPU8[$3_1 + 3572 | 0];
             $22 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1243538;
              global$3 = HEAP32[10417];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $31 = HEAPU8[$3_1 + 3574 | 0];
             $32 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1894358761;
              global$3 = HEAP32[789];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $33 = HEAPU8[$3_1 + 3573 | 0];
             $34_1 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -824373082;
              global$3 = HEAP32[5526];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $5_1 = $142($143(HEAPU8[$3_1 + 3583 | 0], 0, 49), i64toi32_i32$HIGH_BITS, 0, 32505856);
             $10_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1978975516;
              global$3 = HEAP32[8377];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $13 = $142($143(HEAPU8[$3_1 + 3582 | 0], 0, 48), i64toi32_i32$HIGH_BITS, 0, 983040);
             $17 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 469956683;
              global$3 = HEAP32[6087];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $13 = $416($13, $17, $143(HEAPU8[$3_1 + 3581 | 0], 0, __wasm_i64_mul(-1016313144, -1469447003, 153152141, 1861482821)), i64toi32_i32$HIGH_BITS);
             $17 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1104041932;
              global$3 = HEAP32[10414];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $143(HEAPU8[$3_1 + 3580 | 0], 0, __wasm_i64_mul(-216022304, 1366426728, -2014439001, 1487379420));
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1035933093;
              global$3 = HEAP32[3743];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $107($416($5_1, $10_1, $416($13, $17, $416($7, $11, HEAP32[$3_1 + 3576 >> 2], 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 0, 1072693248);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 893086674;
              global$3 = HEAP32[16185];
             }
             HEAP32[788846] = $7;
             HEAP32[788847] = $11;
             $7 = $107($416($142($143($12_1, $6, 49), i64toi32_i32$HIGH_BITS, 0, 32505856), i64toi32_i32$HIGH_BITS, $416($416($142($143($31, $32, 48), i64toi32_i32$HIGH_BITS, 0, 983040), i64toi32_i32$HIGH_BITS, $143($33, $34_1, __wasm_i64_mul(-1054057832, 154887075, 1172354119, -302260277)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $416($9, $16, $143($19_1, $22, __wasm_i64_mul(-976864160, 357272010, -363947061, 1325862541)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 0, 1072693248);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -647127445;
              global$3 = HEAP32[8999];
             }
             HEAP32[788844] = $7;
             HEAP32[788845] = $11;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1578810988;
              global$3 = HEAP32[2046];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $498(HEAP32[$3_1 + 3584 >> 2], 0);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 386088338;
              global$3 = HEAP32[4367];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $500(HEAP32[$3_1 + 3600 >> 2], 0);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 75435725;
              global$3 = HEAP32[12345];
             }
             $5_1 = HEAPU8[$3_1 + 3616 | 0];
             $11 = $128($5_1, 1);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1248941726;
              global$3 = HEAP32[3239];
             }
             HEAP32[788852] = $11;
             $11 = $126($128($183($5_1, 3), 1), 6);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -121136629;
              global$3 = HEAP32[12020];
             }
             HEAP32[788855] = $11;
             $11 = $126($128($183($5_1, 2), 1), 4);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 960205307;
              global$3 = HEAP32[6792];
             }
             HEAP32[788854] = $11;
             $11 = $126($128($183($5_1, 1), 1), 2);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -201831635;
              global$3 = HEAP32[7772];
             }
             HEAP32[788853] = $11;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1331909533;
              global$3 = HEAP32[2646];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $6 = $143(HEAPU8[$3_1 + 3625 | 0], 0, 14);
             $5_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1293291086;
              global$3 = HEAP32[14312];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $6 = $416($6, $5_1, $143(HEAPU8[$3_1 + 3624 | 0], 0, 6), i64toi32_i32$HIGH_BITS);
             $5_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1897468731;
              global$3 = HEAP32[8842];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $416($6, $5_1, $142($143(HEAPU8[$3_1 + 3626 | 0], 0, 22), i64toi32_i32$HIGH_BITS, 29360128, 0), i64toi32_i32$HIGH_BITS);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -477735003;
              global$3 = HEAP32[15654];
             }
             HEAP32[788856] = $7;
             HEAP32[788857] = $11;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -703217186;
              global$3 = HEAP32[9648];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $12_1 = HEAPU16[$3_1 + 3632 >> 1];
             $6 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -798620360;
              global$3 = HEAP32[11284];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $9 = HEAPU8[$3_1 + 3634 | 0];
             $16 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1218285438;
              global$3 = HEAP32[10390];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $19_1 = HEAPU8[$3_1 + 3639 | 0];
             $22 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 899681457;
              global$3 = HEAP32[14293];
             }
             i64toi32_i32$HIGH_BITS = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -413464757;
              global$3 = HEAP32[10814];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $5_1 = $416(HEAPU16[$3_1 + 3640 >> 1], 0, $142($143(HEAPU8[$3_1 + 3642 | 0], 0, 16), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(-295370752, 1121937188, 47433683, -1449815513), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
             $10_1 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 530925857;
              global$3 = HEAP32[48];
             }
             i64toi32_i32$HIGH_BITS = 0;
             $7 = $416($416($5_1, $10_1, $142($143(HEAPU8[$3_1 + 3647 | 0], 0, 51), i64toi32_i32$HIGH_BITS, 0, 125829120), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 0, 808452096);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1632123814;
              global$3 = HEAP32[4401];
             }
             HEAP32[788860] = $7;
             HEAP32[788861] = $11;
             $7 = $416($416($416($12_1, $6, $142($143($9, $16, __wasm_i64_mul(1539663664, -791515445, -145801541, 1013849668)), i64toi32_i32$HIGH_BITS, 4128768, 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $142($143($19_1, $22, __wasm_i64_mul(945744623, -1712590537, 2134068989, -1307528987)), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, -545259520, -985966159, 1749105367), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, -135266304, 696950397, -150590462), i64toi32_i32$HIGH_BITS);
             $11 = i64toi32_i32$HIGH_BITS;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1504791356;
              global$3 = HEAP32[12848];
             }
             HEAP32[788858] = $7;
             HEAP32[788859] = $11;
             wasm2js_memory_fill($104($3_1, 96), 0, 256);
             wasm2js_memory_copy($40_1, 1051816, 232);
             $24_1 = $104($49, 1);
             $15 = 0;
             while (1) {
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -396338758;
               global$3 = HEAP32[4522];
              }
              block159 : {
               $5_1 = $104($40_1, $105($15, 3));
               $7 = $137($5_1);
               if (!$7) {
                break block159
               }
               $14 = $139($5_1);
               $5_1 = $104($4_1 >>> 0 >= 256 ? 256 : $4_1, -256);
               while (1) {
                block160 : {
                 if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                  global$3 = -516245163;
                  global$3 = HEAP32[5297];
                 }
                 if (!$5_1) {
                  break block160
                 }
                 $140($104($104($3_1, 96), $4_1), $14);
                 $5_1 = $104($5_1, 1);
                 $4_1 = $104($4_1, 1);
                 $7 = $104($7, -1);
                 if ($7) {
                  continue
                 }
                 break block159;
                }
                break;
               };
               $57($4_1, 256, 1052048);
               wasm2js_trap();
              }
              $15 = $104($15, 1);
              if (($15 | 0) != 29) {
               continue
              }
              break;
             };
             $7 = 0;
             $518($3_1, 0);
             $519($3_1, 0);
             $520($3_1, 0);
             $521($3_1, 0);
             $522($3_1, 0);
             $523($3_1, 0);
             $524($3_1, 0);
             $414($3_1, 0);
             $4_1 = 3150016;
             $15 = -2048;
             while (1) {
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 957799490;
               global$3 = HEAP32[14835];
              }
              $5_1 = $104($104($3_1, 3520), $15);
              $11 = $128($139($104($5_1, 2178)), 7);
              $13 = $128($139($104($5_1, 2177)), 7);
              $18 = $138($104($5_1, 2180));
              $14 = 0;
              block164 : {
               block165 : {
                block163 : {
                 block161 : {
                  block162 : {
                   $17 = $139($104($104($3_1, 96), $139($104($5_1, 2176))));
                   switch ($17 | 0) {
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
                    break block161;
                   case 10:
                    break block162;
                   case 16:
                    break block163;
                   case 26:
                    break block165;
                   default:
                    break block164;
                   };
                  }
                  if (!$128($18, $104($18, -1))) {
                   break block164
                  }
                 }
                 $14 = $104($104($3_1, 6656), $105($13, 3));
                 $419($14, $7);
                 $185($14, 1);
                 $14 = 0;
                 break block164;
                }
                if (($11 | 0) == ($13 | 0)) {
                 break block164
                }
                $14 = $104($104($3_1, 6656), $105($13, 3));
                $419($14, $7);
                $185($14, 1);
                $14 = $104($104($3_1, 6656), $105($11, 3));
                $419($14, $7);
                $185($14, 1);
                $14 = 0;
                break block164;
               }
               $21 = $104($104($3_1, 6656), $105($13, 3));
               if (($138($21) | 0) == 1) {
                $14 = $104($137($21), 1)
               }
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -145673909;
                global$3 = HEAP32[10721];
               }
               HEAP32[$3_1 + 6716 >> 2] = $7;
               $518($3_1, 1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1209618957;
                global$3 = HEAP32[9757];
               }
               HEAP32[$3_1 + 6708 >> 2] = $7;
               $519($3_1, 1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 102904419;
                global$3 = HEAP32[11960];
               }
               HEAP32[$3_1 + 6700 >> 2] = $7;
               $520($3_1, 1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -763567987;
                global$3 = HEAP32[12872];
               }
               HEAP32[$3_1 + 6692 >> 2] = $7;
               $521($3_1, 1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -248222583;
                global$3 = HEAP32[191];
               }
               HEAP32[$3_1 + 6684 >> 2] = $7;
               $522($3_1, 1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -759748298;
                global$3 = HEAP32[13730];
               }
               HEAP32[$3_1 + 6676 >> 2] = $7;
               $523($3_1, 1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1837512155;
                global$3 = HEAP32[11354];
               }
               HEAP32[$3_1 + 6668 >> 2] = $7;
               $524($3_1, 1);
               $413($3_1, $7);
               $414($3_1, 1);
              }
              $185($4_1, $13);
              $140($104($4_1, 17), $17);
              $185($104($4_1, 12), $14);
              $185($104($4_1, 8), $18);
              $185($104($4_1, 4), $11);
              $140($104($4_1, 16), $139($104($5_1, 2179)));
              $7 = $104($7, 1);
              $4_1 = $104($4_1, 20);
              $15 = $104($15, 8);
              if ($15) {
               continue
              }
              break;
             };
             $12_1 = __wasm_i64_mul(0, 0, -1086397735, 1531937746);
             $6 = i64toi32_i32$HIGH_BITS;
             $21 = 0;
             $532(0, 0, 0);
             $533(0, __wasm_i64_mul(0, 0, 1687010941, -310312955), i64toi32_i32$HIGH_BITS);
             $534(__wasm_i64_mul(0, 0, 1745384427, -1932188165), i64toi32_i32$HIGH_BITS);
             $535(__wasm_i64_mul(0, 0, 1800505059, -889384017), i64toi32_i32$HIGH_BITS);
             $536(0, 0);
             $537(0, 0);
             $538(__wasm_i64_mul(0, 0, 1480969451, -157290526), i64toi32_i32$HIGH_BITS);
             $539(__wasm_i64_mul(0, 0, 130435117, 223567525), i64toi32_i32$HIGH_BITS);
             $36_1 = $540();
             $37_1 = i64toi32_i32$HIGH_BITS;
             $45_1 = $541();
             $10_1 = i64toi32_i32$HIGH_BITS;
             $9 = 0;
             $16 = 0;
             $19_1 = 0;
             $22 = 0;
             $31 = __wasm_i64_mul(0, 0, -96921669, -1607032664);
             $32 = i64toi32_i32$HIGH_BITS;
             $33 = 0;
             $34_1 = 0;
             $41_1 = 0;
             $43_1 = 0;
             $42_1 = 0;
             $44_1 = 0;
             $48_1 = __wasm_i64_mul(0, 0, -1292886097, -1945519172);
             $28 = i64toi32_i32$HIGH_BITS;
             block262 : {
              while (1) {
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1498022728;
                global$3 = HEAP32[3064];
               }
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1938329383;
                global$3 = HEAP32[16180];
               }
               $4_1 = HEAP32[788852];
               if ($4_1 >>> 0 > 7) {
                break block167
               }
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 266036566;
                global$3 = HEAP32[10283];
               }
               $5_1 = HEAP32[788853];
               if ($5_1 >>> 0 >= 8) {
                break block168
               }
               $21 = $104($21, 1);
               $7 = 0;
               $38_1 = $73($288($105($5_1, 3)), i64toi32_i32$HIGH_BITS, $288($105($4_1, 3)), i64toi32_i32$HIGH_BITS);
               $39_1 = i64toi32_i32$HIGH_BITS;
               $11 = $128($73($38_1, $39_1, $45_1, $10_1), 2097088);
               $532(0, $73($544($11), i64toi32_i32$HIGH_BITS, $48_1, $28), i64toi32_i32$HIGH_BITS);
               $4_1 = $11;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1351872212;
                global$3 = HEAP32[2316];
               }
               $4_1 = $4_1 + 1052632 | 0;
               $5_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               i64toi32_i32$HIGH_BITS = HEAPU8[$4_1 + 4 | 0] | HEAPU8[$4_1 + 5 | 0] << 8 | (HEAPU8[$4_1 + 6 | 0] << 16 | HEAPU8[$4_1 + 7 | 0] << 24);
               $535($73($5_1, i64toi32_i32$HIGH_BITS, $33, $34_1), i64toi32_i32$HIGH_BITS);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 39023933;
                global$3 = HEAP32[5789];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $5_1 = $143(HEAPU8[$11 + 1052621 | 0], 0, 40);
               $10_1 = i64toi32_i32$HIGH_BITS;
               $4_1 = $11;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 952550118;
                global$3 = HEAP32[1294];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $4_1 = $4_1 + 1052616 | 0;
               $4_1 = $416($5_1, $10_1, HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24), 0);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1675711897;
                global$3 = HEAP32[13173];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $4_1 = $416($4_1, $5_1, $143(HEAPU8[$11 + 1052620 | 0], 0, 32), i64toi32_i32$HIGH_BITS);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 159062073;
                global$3 = HEAP32[5085];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $4_1 = $416($4_1, $5_1, $143(HEAPU8[$11 + 1052622 | 0], 0, 48), i64toi32_i32$HIGH_BITS);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1334228129;
                global$3 = HEAP32[3098];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $533(0, $73($416($4_1, $5_1, $143(HEAPU8[$11 + 1052623 | 0], 0, 56), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $42_1, $44_1), i64toi32_i32$HIGH_BITS);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 699589171;
                global$3 = HEAP32[6656];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $5_1 = $143(HEAPU8[$11 + 1052629 | 0], 0, __wasm_i64_mul(1153341816, -1311150767, 1164813067, -1376104087));
               $10_1 = i64toi32_i32$HIGH_BITS;
               $4_1 = $11;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1943905180;
                global$3 = HEAP32[5482];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $4_1 = $4_1 + 1052624 | 0;
               $4_1 = $416($5_1, $10_1, HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24), 0);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1769342044;
                global$3 = HEAP32[13235];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $4_1 = $416($4_1, $5_1, $143(HEAPU8[$11 + 1052628 | 0], 0, 32), i64toi32_i32$HIGH_BITS);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 166240783;
                global$3 = HEAP32[7377];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $4_1 = $416($4_1, $5_1, $143(HEAPU8[$11 + 1052630 | 0], 0, 48), i64toi32_i32$HIGH_BITS);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1925934328;
                global$3 = HEAP32[6541];
               }
               i64toi32_i32$HIGH_BITS = 0;
               $534($73($416($4_1, $5_1, $143(HEAPU8[$11 + 1052631 | 0], 0, __wasm_i64_mul(-1656550648, -1628404616, 1365774951, 501159318)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $41_1, $43_1), i64toi32_i32$HIGH_BITS);
               $4_1 = $11;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 909067295;
                global$3 = HEAP32[6010];
               }
               $4_1 = $4_1 + 1052640 | 0;
               $5_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               i64toi32_i32$HIGH_BITS = HEAPU8[$4_1 + 4 | 0] | HEAPU8[$4_1 + 5 | 0] << 8 | (HEAPU8[$4_1 + 6 | 0] << 16 | HEAPU8[$4_1 + 7 | 0] << 24);
               $536($73($5_1, i64toi32_i32$HIGH_BITS, $31, $32), i64toi32_i32$HIGH_BITS);
               $4_1 = $11;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1689201170;
                global$3 = HEAP32[15235];
               }
               $4_1 = $4_1 + 1052648 | 0;
               $5_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               i64toi32_i32$HIGH_BITS = HEAPU8[$4_1 + 4 | 0] | HEAPU8[$4_1 + 5 | 0] << 8 | (HEAPU8[$4_1 + 6 | 0] << 16 | HEAPU8[$4_1 + 7 | 0] << 24);
               $537($73($5_1, i64toi32_i32$HIGH_BITS, $19_1, $22), i64toi32_i32$HIGH_BITS);
               $4_1 = $11;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 461713069;
                global$3 = HEAP32[11939];
               }
               $4_1 = $4_1 + 1052656 | 0;
               $5_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               i64toi32_i32$HIGH_BITS = HEAPU8[$4_1 + 4 | 0] | HEAPU8[$4_1 + 5 | 0] << 8 | (HEAPU8[$4_1 + 6 | 0] << 16 | HEAPU8[$4_1 + 7 | 0] << 24);
               $538($73($5_1, i64toi32_i32$HIGH_BITS, $9, $16), i64toi32_i32$HIGH_BITS);
               $4_1 = $11;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -925049406;
                global$3 = HEAP32[14782];
               }
               $4_1 = $4_1 + 1052664 | 0;
               $5_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               i64toi32_i32$HIGH_BITS = HEAPU8[$4_1 + 4 | 0] | HEAPU8[$4_1 + 5 | 0] << 8 | (HEAPU8[$4_1 + 6 | 0] << 16 | HEAPU8[$4_1 + 7 | 0] << 24);
               $539($73($5_1, i64toi32_i32$HIGH_BITS, $12_1, $6), i64toi32_i32$HIGH_BITS);
               $17 = $128($73($129($38_1, $39_1, __wasm_i64_mul(-893434400, -1736152473, -777548593, -1863766995)), i64toi32_i32$HIGH_BITS, $36_1, $37_1), 2097088);
               $4_1 = $560($17);
               (wasm2js_i32$0 = 3155208, wasm2js_f64$0 = +($262($104($17, 1052612)) | 0)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
               HEAPF64[394400] = $4_1 | 0;
               $4_1 = $17;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1883240816;
                global$3 = HEAP32[11020];
               }
               $4_1 = $4_1 + 1052640 | 0;
               $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               $12_1 = $562();
               $6 = i64toi32_i32$HIGH_BITS;
               wasm2js_scratch_store_f64(+($262($104($17, 1052644)) | 0));
               $10_1 = wasm2js_scratch_load_i32(1) | 0;
               $5_1 = $142(wasm2js_scratch_load_i32(0) | 0, $10_1, __wasm_i64_mul(422804217, -776490855, 1127864503, -1678069674), i64toi32_i32$HIGH_BITS);
               $10_1 = i64toi32_i32$HIGH_BITS;
               $9 = $563();
               $16 = i64toi32_i32$HIGH_BITS;
               $13 = $416($5_1, $10_1, $9, $16);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1819728847;
                global$3 = HEAP32[9586];
               }
               HEAP32[788818] = $13;
               HEAP32[788819] = $5_1;
               wasm2js_scratch_store_f64(+($4_1 | 0));
               $8_1 = wasm2js_scratch_load_i32(1) | 0;
               $5_1 = $416($12_1, $6, $142(wasm2js_scratch_load_i32(0) | 0, $8_1, __wasm_i64_mul(-1595693971, -951343188, 1012791963, 327492768), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
               $4_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -725418659;
                global$3 = HEAP32[6996];
               }
               HEAP32[788816] = $5_1;
               HEAP32[788817] = $4_1;
               $4_1 = $17;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1354716124;
                global$3 = HEAP32[2445];
               }
               $4_1 = $4_1 + 1052616 | 0;
               $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               (wasm2js_i32$0 = 3155224, wasm2js_f64$0 = +($262($104($17, 1052620)) | 0)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
               HEAPF64[394402] = $4_1 | 0;
               $4_1 = $17;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1877367315;
                global$3 = HEAP32[8117];
               }
               $4_1 = $4_1 + 1052648 | 0;
               $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               wasm2js_scratch_store_f64(+($262($104($17, 1052652)) | 0));
               $8_1 = wasm2js_scratch_load_i32(1) | 0;
               $13 = $416($9, $16, $142(wasm2js_scratch_load_i32(0) | 0, $8_1, -1, 16777215), i64toi32_i32$HIGH_BITS);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1708310911;
                global$3 = HEAP32[5663];
               }
               HEAP32[788822] = $13;
               HEAP32[788823] = $5_1;
               wasm2js_scratch_store_f64(+($4_1 | 0));
               $10_1 = wasm2js_scratch_load_i32(1) | 0;
               $5_1 = $416($12_1, $6, $142(wasm2js_scratch_load_i32(0) | 0, $10_1, -1, 16777215), i64toi32_i32$HIGH_BITS);
               $4_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1934421915;
                global$3 = HEAP32[14787];
               }
               HEAP32[788820] = $5_1;
               HEAP32[788821] = $4_1;
               $4_1 = $17;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1397157836;
                global$3 = HEAP32[1510];
               }
               $4_1 = $4_1 + 1052624 | 0;
               $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               (wasm2js_i32$0 = 3155240, wasm2js_f64$0 = +($262($104($17, 1052628)) | 0)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
               HEAPF64[394404] = $4_1 | 0;
               $4_1 = $17;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 528963856;
                global$3 = HEAP32[13928];
               }
               $4_1 = $4_1 + 1052656 | 0;
               $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               wasm2js_scratch_store_f64(+($262($104($17, 1052660)) | 0));
               $15 = wasm2js_scratch_load_i32(1) | 0;
               $13 = $416($9, $16, $142(wasm2js_scratch_load_i32(0) | 0, $15, -1, 16777215), i64toi32_i32$HIGH_BITS);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1748608622;
                global$3 = HEAP32[1624];
               }
               HEAP32[788826] = $13;
               HEAP32[788827] = $5_1;
               wasm2js_scratch_store_f64(+($4_1 | 0));
               $28 = wasm2js_scratch_load_i32(1) | 0;
               $5_1 = $416($12_1, $6, $142(wasm2js_scratch_load_i32(0) | 0, $28, -1, 16777215), i64toi32_i32$HIGH_BITS);
               $4_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -85884900;
                global$3 = HEAP32[11896];
               }
               HEAP32[788824] = $5_1;
               HEAP32[788825] = $4_1;
               $4_1 = $17;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1065146195;
                global$3 = HEAP32[6948];
               }
               $4_1 = $4_1 + 1052632 | 0;
               $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               (wasm2js_i32$0 = 3155256, wasm2js_f64$0 = +($262($104($17, 1052636)) | 0)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
               HEAPF64[394406] = $4_1 | 0;
               $4_1 = $17;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1810757950;
                global$3 = HEAP32[3007];
               }
               $4_1 = $4_1 + 1052664 | 0;
               $4_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
               wasm2js_scratch_store_f64(+($262($104($17, 1052668)) | 0));
               $13 = wasm2js_scratch_load_i32(1) | 0;
               $13 = $416($9, $16, $142(wasm2js_scratch_load_i32(0) | 0, $13, -1, 16777215), i64toi32_i32$HIGH_BITS);
               $5_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1693448305;
                global$3 = HEAP32[4743];
               }
               HEAP32[788830] = $13;
               HEAP32[788831] = $5_1;
               wasm2js_scratch_store_f64(+($4_1 | 0));
               $8_1 = wasm2js_scratch_load_i32(1) | 0;
               $5_1 = $416($12_1, $6, $142(wasm2js_scratch_load_i32(0) | 0, $8_1, __wasm_i64_mul(559628285, -2017975618, 628877995, -353458297), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
               $4_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1736908093;
                global$3 = HEAP32[2520];
               }
               HEAP32[788828] = $5_1;
               HEAP32[788829] = $4_1;
               while (1) {
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 262806913;
                 global$3 = HEAP32[6726];
                }
                $8_1 = __wasm_i64_mul(464155608, -1279605095, -646635699, 392451120);
                $13 = i64toi32_i32$HIGH_BITS;
                $4_1 = $578($7, 20);
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -1212805771;
                 global$3 = HEAP32[6613];
                }
                $18 = HEAPU8[$4_1 + 3150032 | 0];
                $15 = $128($18, 3);
                $19_1 = $15 ? 16376 : $8_1;
                $22 = $15 ? 0 : $13;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 1147237858;
                 global$3 = HEAP32[2346];
                }
                $15 = HEAPU8[$4_1 + 3150033 | 0];
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -469154268;
                 global$3 = HEAP32[15020];
                }
                $5_1 = HEAP32[$4_1 + 3150028 >> 2];
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 1988410789;
                 global$3 = HEAP32[13685];
                }
                $13 = HEAP32[$4_1 + 3150024 >> 2];
                $8_1 = $13 >> 31;
                $12_1 = $13;
                $6 = $8_1;
                block224 : {
                 block222 : {
                  block208 : {
                   block217 : {
                    block188 : {
                     block189 : {
                      block245 : {
                       block190 : {
                        block218 : {
                         block191 : {
                          block192 : {
                           block244 : {
                            block193 : {
                             block219 : {
                              block196 : {
                               block243 : {
                                block210 : {
                                 block211 : {
                                  block181 : {
                                   block199 : {
                                    block241 : {
                                     block198 : {
                                      block212 : {
                                       block173 : {
                                        block201 : {
                                         block239 : {
                                          block200 : {
                                           block213 : {
                                            block175 : {
                                             block203 : {
                                              block237 : {
                                               block202 : {
                                                block214 : {
                                                 block177 : {
                                                  block205 : {
                                                   block234 : {
                                                    block204 : {
                                                     block215 : {
                                                      block179 : {
                                                       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                                                        global$3 = 138097995;
                                                        global$3 = HEAP32[1356];
                                                       }
                                                       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                                                        global$3 = -1327776130;
                                                        global$3 = HEAP32[13111];
                                                       }
                                                       block207 : {
                                                        block231 : {
                                                         block206 : {
                                                          block216 : {
                                                           block182 : {
                                                            block183 : {
                                                             block185 : {
                                                              block186 : {
                                                               block187 : {
                                                                block194 : {
                                                                 block195 : {
                                                                  block197 : {
                                                                   $14 = HEAP32[$4_1 + 3150020 >> 2];
                                                                   $4_1 = HEAP32[$4_1 + 3150016 >> 2];
                                                                   if (($14 | 0) != ($4_1 | 0)) {
                                                                    block171 : {
                                                                     block184 : {
                                                                      block180 : {
                                                                       block178 : {
                                                                        block176 : {
                                                                         block174 : {
                                                                          block172 : {
                                                                           if ($14 >>> 0 < 8) {
                                                                            $9 = $288($105($14, 3));
                                                                            $16 = i64toi32_i32$HIGH_BITS;
                                                                            switch ($15 - 1 | 0) {
                                                                            case 0:
                                                                             break block172;
                                                                            case 1:
                                                                             break block173;
                                                                            case 2:
                                                                             break block174;
                                                                            case 3:
                                                                             break block175;
                                                                            case 4:
                                                                             break block176;
                                                                            case 5:
                                                                             break block177;
                                                                            case 6:
                                                                             break block178;
                                                                            case 7:
                                                                             break block179;
                                                                            case 8:
                                                                             break block180;
                                                                            case 9:
                                                                             break block181;
                                                                            case 10:
                                                                             break block182;
                                                                            case 11:
                                                                             break block183;
                                                                            case 12:
                                                                             break block184;
                                                                            case 13:
                                                                             break block185;
                                                                            case 14:
                                                                             break block186;
                                                                            case 15:
                                                                             break block187;
                                                                            case 16:
                                                                             break block188;
                                                                            case 17:
                                                                            case 19:
                                                                             break block189;
                                                                            case 18:
                                                                            case 20:
                                                                             break block190;
                                                                            case 21:
                                                                             break block191;
                                                                            case 22:
                                                                             break block192;
                                                                            case 23:
                                                                             break block193;
                                                                            case 24:
                                                                             break block194;
                                                                            case 25:
                                                                             break block195;
                                                                            case 26:
                                                                             break block196;
                                                                            case 27:
                                                                             break block197;
                                                                            default:
                                                                             break block171;
                                                                            };
                                                                           }
                                                                           $57($14, 8, 1051400);
                                                                           wasm2js_trap();
                                                                          }
                                                                          if ($4_1 >>> 0 > 7) {
                                                                           break block198
                                                                          }
                                                                          $5_1 = $142($107($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS, $19_1, $22);
                                                                          break block199;
                                                                         }
                                                                         if ($4_1 >>> 0 > 7) {
                                                                          break block200
                                                                         }
                                                                         $5_1 = $142($107($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS, $19_1, $22);
                                                                         break block201;
                                                                        }
                                                                        if ($4_1 >>> 0 > 7) {
                                                                         break block202
                                                                        }
                                                                        $5_1 = $142($107($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS, $19_1, $22);
                                                                        break block203;
                                                                       }
                                                                       if ($4_1 >>> 0 > 7) {
                                                                        break block204
                                                                       }
                                                                       $5_1 = $142($107($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS, $19_1, $22);
                                                                       break block205;
                                                                      }
                                                                      if ($4_1 >>> 0 > 7) {
                                                                       break block206
                                                                      }
                                                                      $5_1 = $142($107($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS, $19_1, $22);
                                                                      break block207;
                                                                     }
                                                                     $5_1 = $142($107($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS, $19_1, $22);
                                                                     break block208;
                                                                    }
                                                                    if ($4_1 >>> 0 <= 7) {
                                                                     $19_1 = $288($105($4_1, 3));
                                                                     $5_1 = i64toi32_i32$HIGH_BITS;
                                                                     break block210;
                                                                    }
                                                                    $57($4_1, 8, 1051432);
                                                                    wasm2js_trap();
                                                                   }
                                                                   $9 = $12_1;
                                                                   $16 = $6;
                                                                   switch ($15 - 1 | 0) {
                                                                   case 1:
                                                                    break block173;
                                                                   case 3:
                                                                    break block175;
                                                                   case 5:
                                                                    break block177;
                                                                   case 7:
                                                                    break block179;
                                                                   case 9:
                                                                    break block181;
                                                                   case 10:
                                                                    break block182;
                                                                   case 11:
                                                                    break block183;
                                                                   case 13:
                                                                    break block185;
                                                                   case 14:
                                                                    break block186;
                                                                   case 15:
                                                                    break block187;
                                                                   case 16:
                                                                    break block188;
                                                                   case 17:
                                                                   case 19:
                                                                    break block189;
                                                                   case 21:
                                                                    break block191;
                                                                   case 22:
                                                                    break block192;
                                                                   case 24:
                                                                    break block194;
                                                                   case 25:
                                                                    break block195;
                                                                   case 26:
                                                                    break block196;
                                                                   case 27:
                                                                    break block197;
                                                                   case 0:
                                                                    break block212;
                                                                   case 2:
                                                                    break block213;
                                                                   case 4:
                                                                    break block214;
                                                                   case 6:
                                                                    break block215;
                                                                   case 8:
                                                                    break block216;
                                                                   case 12:
                                                                    break block217;
                                                                   case 18:
                                                                   case 20:
                                                                    break block218;
                                                                   case 23:
                                                                    break block219;
                                                                   default:
                                                                    break block211;
                                                                   };
                                                                  }
                                                                  if ($4_1 >>> 0 >= 8) {
                                                                   $57($4_1, 8, 1051784);
                                                                   wasm2js_trap();
                                                                  }
                                                                  if ($14 >>> 0 >= 8) {
                                                                   $57($14, 8, 1051800);
                                                                   wasm2js_trap();
                                                                  }
                                                                  $8_1 = $18 >>> 0 > 223;
                                                                  $6 = $142($107($288($105($4_1, 3)), i64toi32_i32$HIGH_BITS, $12_1, $6), i64toi32_i32$HIGH_BITS, $8_1 ? 2097144 : $19_1, $8_1 ? 0 : $22);
                                                                  $5_1 = $288($105($14, 3));
                                                                  $4_1 = i64toi32_i32$HIGH_BITS;
                                                                  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                                                                   global$3 = 2072716797;
                                                                   global$3 = HEAP32[16018];
                                                                  }
                                                                  $6 = $6 + 1052608 | 0;
                                                                  HEAP8[$6 | 0] = $5_1;
                                                                  HEAP8[$6 + 1 | 0] = $5_1 >>> 8;
                                                                  HEAP8[$6 + 2 | 0] = $5_1 >>> 16;
                                                                  HEAP8[$6 + 3 | 0] = $5_1 >>> 24;
                                                                  HEAP8[$6 + 4 | 0] = $4_1;
                                                                  HEAP8[$6 + 5 | 0] = $4_1 >>> 8;
                                                                  HEAP8[$6 + 6 | 0] = $4_1 >>> 16;
                                                                  HEAP8[$6 + 7 | 0] = $4_1 >>> 24;
                                                                  break block222;
                                                                 }
                                                                 if ($4_1 >>> 0 >= 8) {
                                                                  $57($4_1, 8, 1051768);
                                                                  wasm2js_trap();
                                                                 }
                                                                 $4_1 = $105($4_1, 3);
                                                                 $10_1 = $4_1;
                                                                 $13 = $288($4_1);
                                                                 $16 = i64toi32_i32$HIGH_BITS;
                                                                 $4_1 = $183($18, 4);
                                                                 $9 = $104($4_1, 8);
                                                                 $12_1 = $107($13, $16, $142($416($143(1, 0, $9), i64toi32_i32$HIGH_BITS, $12_1, $6), i64toi32_i32$HIGH_BITS, $110(__wasm_i64_mul(-1209324594, 393923907, 339825193, 236621634), i64toi32_i32$HIGH_BITS, $104($4_1, 7)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
                                                                 $6 = i64toi32_i32$HIGH_BITS;
                                                                 $532($10_1, $12_1, $6);
                                                                 if ($142($129($12_1, $6, $9), i64toi32_i32$HIGH_BITS, 255, 0) | i64toi32_i32$HIGH_BITS) {
                                                                  break block222
                                                                 }
                                                                 break block224;
                                                                }
                                                                $4_1 = $128($105($4_1, 4), 48);
                                                                $30_1 = Math_sqrt($586($4_1));
                                                                HEAPF64[$4_1 + 3155272 >> 3] = $30_1;
                                                                (wasm2js_i32$0 = $4_1 + 3155264 | 0, wasm2js_f64$0 = Math_sqrt($587($4_1))), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
                                                                break block222;
                                                               }
                                                               if ($4_1 >>> 0 >= 8) {
                                                                $57($4_1, 8, 1051720);
                                                                wasm2js_trap();
                                                               }
                                                               if ($14 >>> 0 >= 8) {
                                                                $57($14, 8, 1051720);
                                                                wasm2js_trap();
                                                               }
                                                               $4_1 = $105($4_1, 3);
                                                               $12_1 = $288($4_1);
                                                               $6 = i64toi32_i32$HIGH_BITS;
                                                               $5_1 = $105($14, 3);
                                                               $532($4_1, $288($5_1), i64toi32_i32$HIGH_BITS);
                                                               $532($5_1, $12_1, $6);
                                                               break block222;
                                                              }
                                                              if ($4_1 >>> 0 >= 8) {
                                                               $57($4_1, 8, 1051704);
                                                               wasm2js_trap();
                                                              }
                                                              $4_1 = $105($4_1, 3);
                                                              $8_1 = $288($4_1);
                                                              $532($4_1, $110($8_1, i64toi32_i32$HIGH_BITS, $9), i64toi32_i32$HIGH_BITS);
                                                              break block222;
                                                             }
                                                             if ($4_1 >>> 0 >= 8) {
                                                              $57($4_1, 8, 1051688);
                                                              wasm2js_trap();
                                                             }
                                                             $4_1 = $105($4_1, 3);
                                                             $8_1 = $288($4_1);
                                                             $532($4_1, __wasm_rotr_i64($8_1, i64toi32_i32$HIGH_BITS, $9), i64toi32_i32$HIGH_BITS);
                                                             break block222;
                                                            }
                                                            if ($4_1 >>> 0 >= 8) {
                                                             $57($4_1, 8, 1051656);
                                                             wasm2js_trap();
                                                            }
                                                            $4_1 = $105($4_1, 3);
                                                            $8_1 = $288($4_1);
                                                            $532($4_1, $73($8_1, i64toi32_i32$HIGH_BITS, $9, $16), i64toi32_i32$HIGH_BITS);
                                                            break block222;
                                                           }
                                                           if ($4_1 >>> 0 >= 8) {
                                                            $57($4_1, 8, 1051640);
                                                            wasm2js_trap();
                                                           }
                                                           $4_1 = $105($4_1, 3);
                                                           $532($4_1, $373(__wasm_i64_mul(0, 0, 57765743, 1823805972), i64toi32_i32$HIGH_BITS, $288($4_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
                                                           break block222;
                                                          }
                                                          if ($4_1 >>> 0 < 8) {
                                                           break block231
                                                          }
                                                         }
                                                         $57($4_1, 8, 1051608);
                                                         wasm2js_trap();
                                                        }
                                                        $5_1 = $128($13, 2097144);
                                                       }
                                                       $10_1 = $104($3_1, 80);
                                                       $12_1 = $544($5_1);
                                                       $5_1 = $12_1;
                                                       $6 = i64toi32_i32$HIGH_BITS;
                                                       $9 = $6;
                                                       $13 = $588($12_1, $6, __wasm_i64_mul(1631906091, -2075504707, 1949487933, -207420091));
                                                       $16 = i64toi32_i32$HIGH_BITS;
                                                       $4_1 = $105($4_1, 3);
                                                       $12_1 = $288($4_1);
                                                       $6 = i64toi32_i32$HIGH_BITS;
                                                       $63($10_1, $5_1, $9, $13, $16, $12_1, $6, $588($12_1, $6, __wasm_i64_mul(1459484501, -1895974724, 275591491, 1604006043)), i64toi32_i32$HIGH_BITS);
                                                       $532($4_1, $146($3_1), i64toi32_i32$HIGH_BITS);
                                                       break block222;
                                                      }
                                                      if ($4_1 >>> 0 >= 8) {
                                                       $57($4_1, 8, 1051576);
                                                       wasm2js_trap();
                                                      }
                                                      if ($14 >>> 0 >= 8) {
                                                       $57($14, 8, 1051592);
                                                       wasm2js_trap();
                                                      }
                                                      $10_1 = $104($3_1, 64);
                                                      $12_1 = $288($105($14, 3));
                                                      $5_1 = $12_1;
                                                      $6 = i64toi32_i32$HIGH_BITS;
                                                      $9 = $6;
                                                      $13 = $588($12_1, $6, __wasm_i64_mul(-1442506667, -1552070969, 1164581443, 66561171));
                                                      $16 = i64toi32_i32$HIGH_BITS;
                                                      $4_1 = $105($4_1, 3);
                                                      $12_1 = $288($4_1);
                                                      $6 = i64toi32_i32$HIGH_BITS;
                                                      $63($10_1, $5_1, $9, $13, $16, $12_1, $6, $588($12_1, $6, 63), i64toi32_i32$HIGH_BITS);
                                                      $532($4_1, $148($3_1), i64toi32_i32$HIGH_BITS);
                                                      break block222;
                                                     }
                                                     if ($4_1 >>> 0 < 8) {
                                                      break block234
                                                     }
                                                    }
                                                    $57($4_1, 8, 1051560);
                                                    wasm2js_trap();
                                                   }
                                                   $5_1 = $128($13, 2097144);
                                                  }
                                                  $6 = $104($3_1, 48);
                                                  $5_1 = $544($5_1);
                                                  $9 = i64toi32_i32$HIGH_BITS;
                                                  $4_1 = $105($4_1, 3);
                                                  $63($6, $5_1, $9, 0, 0, $288($4_1), i64toi32_i32$HIGH_BITS, 0, 0);
                                                  $532($4_1, $70($3_1), i64toi32_i32$HIGH_BITS);
                                                  break block222;
                                                 }
                                                 if ($4_1 >>> 0 >= 8) {
                                                  $57($4_1, 8, 1051528);
                                                  wasm2js_trap();
                                                 }
                                                 if ($14 >>> 0 >= 8) {
                                                  $57($14, 8, 1051544);
                                                  wasm2js_trap();
                                                 }
                                                 $6 = $104($3_1, 32);
                                                 $5_1 = $288($105($14, 3));
                                                 $9 = i64toi32_i32$HIGH_BITS;
                                                 $4_1 = $105($4_1, 3);
                                                 $63($6, $5_1, $9, 0, 0, $288($4_1), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, 0, 666305437, -24882996), i64toi32_i32$HIGH_BITS);
                                                 $532($4_1, $99($3_1), i64toi32_i32$HIGH_BITS);
                                                 break block222;
                                                }
                                                if ($4_1 >>> 0 < 8) {
                                                 break block237
                                                }
                                               }
                                               $57($4_1, 8, 1051512);
                                               wasm2js_trap();
                                              }
                                              $5_1 = $128($13, 2097144);
                                             }
                                             $4_1 = $105($4_1, 3);
                                             $532($4_1, $144($544($5_1), i64toi32_i32$HIGH_BITS, $288($4_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
                                             break block222;
                                            }
                                            if ($4_1 >>> 0 >= 8) {
                                             $57($4_1, 8, 1051496);
                                             wasm2js_trap();
                                            }
                                            $4_1 = $105($4_1, 3);
                                            $8_1 = $288($4_1);
                                            $532($4_1, $144($8_1, i64toi32_i32$HIGH_BITS, $9, $16), i64toi32_i32$HIGH_BITS);
                                            break block222;
                                           }
                                           if ($4_1 >>> 0 < 8) {
                                            break block239
                                           }
                                          }
                                          $57($4_1, 8, 1051480);
                                          wasm2js_trap();
                                         }
                                         $5_1 = $128($13, 2097144);
                                        }
                                        $4_1 = $105($4_1, 3);
                                        $15 = $288($4_1);
                                        $532($4_1, $373($15, i64toi32_i32$HIGH_BITS, $544($5_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
                                        break block222;
                                       }
                                       if ($4_1 >>> 0 >= 8) {
                                        $57($4_1, 8, 1051464);
                                        wasm2js_trap();
                                       }
                                       $4_1 = $105($4_1, 3);
                                       $8_1 = $288($4_1);
                                       $532($4_1, $373($8_1, i64toi32_i32$HIGH_BITS, $9, $16), i64toi32_i32$HIGH_BITS);
                                       break block222;
                                      }
                                      if ($4_1 >>> 0 < 8) {
                                       break block241
                                      }
                                     }
                                     $57($4_1, 8, 1051448);
                                     wasm2js_trap();
                                    }
                                    $5_1 = $128($13, 2097144);
                                   }
                                   $4_1 = $105($4_1, 3);
                                   $532($4_1, $107($544($5_1), i64toi32_i32$HIGH_BITS, $288($4_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
                                   break block222;
                                  }
                                  if (!$128($13, $104($13, -1))) {
                                   break block222
                                  }
                                  if ($4_1 >>> 0 < 8) {
                                   $4_1 = $105($4_1, 3);
                                   $9 = __wasm_i64_udiv(__wasm_i64_mul(0, -2147483648, -1053450861, 816462689), i64toi32_i32$HIGH_BITS, $13, 0);
                                   $16 = i64toi32_i32$HIGH_BITS;
                                   $6 = $373(0, -2147483648, $144($9, $16, $12_1, 0), i64toi32_i32$HIGH_BITS);
                                   $5_1 = i64toi32_i32$HIGH_BITS;
                                   $19_1 = $82(32, Math_clz32($12_1));
                                   $532($4_1, $144($107(__wasm_i64_udiv($143($6, $5_1, $19_1), i64toi32_i32$HIGH_BITS, $12_1, 0), i64toi32_i32$HIGH_BITS, $143($9, $16, $19_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $288($4_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
                                   break block222;
                                  }
                                  $57($4_1, 8, 1051624);
                                  wasm2js_trap();
                                 }
                                 if ($4_1 >>> 0 > 7) {
                                  break block243
                                 }
                                 $9 = $288($105($4_1, 3));
                                 $19_1 = $9;
                                 $16 = i64toi32_i32$HIGH_BITS;
                                 $5_1 = $16;
                                }
                                $22 = $5_1;
                                $13 = ($4_1 | 0) == 5;
                                $532($105($4_1, 3), $107($107($19_1, $22, $13 ? $12_1 : 0, $13 ? $6 : 0), i64toi32_i32$HIGH_BITS, $143($9, $16, $128($183($18, 2), 3)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
                                break block222;
                               }
                               $57($4_1, 8, 1051416);
                               wasm2js_trap();
                              }
                              $448($128(__wasm_rotr_i64($9, $16, $13), 3));
                              break block222;
                             }
                             if ($4_1 >>> 0 > 7) {
                              break block244
                             }
                             $9 = $288($105($4_1, 3));
                             $16 = i64toi32_i32$HIGH_BITS;
                            }
                            $4_1 = $128($105($4_1, 4), 48);
                            $30_1 = $586($4_1);
                            $5_1 = $142($107($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS, $19_1, $22);
                            wasm2js_scratch_store_f64(+($589($5_1) | 0));
                            $8_1 = wasm2js_scratch_load_i32(1) | 0;
                            $8_1 = $416($142(wasm2js_scratch_load_i32(0) | 0, $8_1, __wasm_i64_mul(-434908237, -504049126, -1873875835, -1901353089), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $563(), i64toi32_i32$HIGH_BITS);
                            $28 = i64toi32_i32$HIGH_BITS;
                            wasm2js_scratch_store_i32(0, $8_1 | 0);
                            wasm2js_scratch_store_i32(1, $28 | 0);
                            (wasm2js_i32$0 = $4_1 + 3155272 | 0, wasm2js_f64$0 = $30_1 / +wasm2js_scratch_load_f64()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
                            $30_1 = $587($4_1);
                            wasm2js_scratch_store_f64(+($560($5_1) | 0));
                            $28 = wasm2js_scratch_load_i32(1) | 0;
                            $10_1 = $416($142(wasm2js_scratch_load_i32(0) | 0, $28, __wasm_i64_mul(1966424077, -706227688, -542707397, -690641473), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $562(), i64toi32_i32$HIGH_BITS);
                            $8_1 = i64toi32_i32$HIGH_BITS;
                            wasm2js_scratch_store_i32(0, $10_1 | 0);
                            wasm2js_scratch_store_i32(1, $8_1 | 0);
                            (wasm2js_i32$0 = $4_1 + 3155264 | 0, wasm2js_f64$0 = $30_1 / +wasm2js_scratch_load_f64()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
                            break block222;
                           }
                           $57($4_1, 8, 1051752);
                           wasm2js_trap();
                          }
                          $4_1 = $128($105($4_1, 4), 48);
                          $5_1 = $128($105($14, 4), 48);
                          (wasm2js_i32$0 = $4_1 + 3155272 | 0, wasm2js_f64$0 = $177($5_1) * $586($4_1)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
                          (wasm2js_i32$0 = $4_1 + 3155264 | 0, wasm2js_f64$0 = $246($5_1) * $587($4_1)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
                          break block222;
                         }
                         $4_1 = $128($105($4_1, 4), 48);
                         $10_1 = $590($4_1);
                         $5_1 = $4_1;
                         $13 = $73($10_1, i64toi32_i32$HIGH_BITS, 0, -2131755008);
                         $6 = i64toi32_i32$HIGH_BITS;
                         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                          global$3 = 834638772;
                          global$3 = HEAP32[14496];
                         }
                         $5_1 = $5_1 + 3155200 | 0;
                         HEAP32[$5_1 >> 2] = $13;
                         HEAP32[$5_1 + 4 >> 2] = $6;
                         $6 = $73($592($4_1), i64toi32_i32$HIGH_BITS, 0, -2131755008);
                         $5_1 = i64toi32_i32$HIGH_BITS;
                         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                          global$3 = 577258142;
                          global$3 = HEAP32[13137];
                         }
                         $4_1 = $4_1 + 3155208 | 0;
                         HEAP32[$4_1 >> 2] = $6;
                         HEAP32[$4_1 + 4 >> 2] = $5_1;
                         break block222;
                        }
                        if ($4_1 >>> 0 > 7) {
                         break block245
                        }
                        $9 = $288($105($4_1, 3));
                        $16 = i64toi32_i32$HIGH_BITS;
                       }
                       $4_1 = $128($105($4_1, 4), 48);
                       $30_1 = $594($4_1);
                       $77_1 = $30_1;
                       $5_1 = $142($107($9, $16, $12_1, $6), i64toi32_i32$HIGH_BITS, $19_1, $22);
                       $30_1 = +($589($5_1) | 0);
                       $14 = ($15 | 0) == 19;
                       HEAPF64[$4_1 + 3155208 >> 3] = $77_1 + ($14 ? $30_1 : -$30_1);
                       $77_1 = $595($4_1);
                       $30_1 = +($560($5_1) | 0);
                       HEAPF64[$4_1 + 3155200 >> 3] = $77_1 + ($14 ? $30_1 : -$30_1);
                       break block222;
                      }
                      $57($4_1, 8, 1051736);
                      wasm2js_trap();
                     }
                     $4_1 = $128($105($4_1, 4), 48);
                     $30_1 = ($15 | 0) == 18 ? 1.0 : -1.0;
                     $5_1 = $128($105($14, 4), 48);
                     (wasm2js_i32$0 = $4_1 + 3155208 | 0, wasm2js_f64$0 = $30_1 * $177($5_1) + $594($4_1)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
                     (wasm2js_i32$0 = $4_1 + 3155200 | 0, wasm2js_f64$0 = $595($4_1) + $246($5_1) * $30_1), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
                     break block222;
                    }
                    $4_1 = $128($105($4_1, 4), 112);
                    $5_1 = $104($4_1, 3155208);
                    $12_1 = $85($5_1);
                    $6 = i64toi32_i32$HIGH_BITS;
                    $4_1 = $104($4_1, 3155200);
                    $84($5_1, $85($4_1), i64toi32_i32$HIGH_BITS);
                    $84($4_1, $12_1, $6);
                    break block222;
                   }
                   $5_1 = $128($13, 2097144);
                  }
                  if ($4_1 >>> 0 >= 8) {
                   break block246
                  }
                  $4_1 = $105($4_1, 3);
                  $15 = $288($4_1);
                  $532($4_1, $73($15, i64toi32_i32$HIGH_BITS, $544($5_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
                 }
                 $5_1 = $104($7, 1);
                }
                $7 = $5_1;
                if ($5_1 >>> 0 < 256) {
                 continue
                }
                break;
               };
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -332904381;
                global$3 = HEAP32[14274];
               }
               $4_1 = HEAP32[788854];
               if ($4_1 >>> 0 >= 8) {
                break block247
               }
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -717464963;
                global$3 = HEAP32[4076];
               }
               $5_1 = HEAP32[788855];
               if ($5_1 >>> 0 >= 8) {
                break block248
               }
               $15 = 0;
               $41_1 = $73($73($598($105($5_1, 3)), i64toi32_i32$HIGH_BITS, $598($105($4_1, 3)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $541(), i64toi32_i32$HIGH_BITS);
               $43_1 = i64toi32_i32$HIGH_BITS;
               $500($41_1, $43_1);
               $42_1 = $540();
               $44_1 = i64toi32_i32$HIGH_BITS;
               $4_1 = $142($42_1, $44_1, __wasm_i64_mul(-859182469, 909839025, -148595891, 1097339346), i64toi32_i32$HIGH_BITS);
               $6 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1464524106;
                global$3 = HEAP32[11857];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788857];
               $12_1 = $129($107($4_1, $6, HEAP32[788856], i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, 6);
               $9 = $107($144($12_1, i64toi32_i32$HIGH_BITS, 1284865837, 1481765933), i64toi32_i32$HIGH_BITS, 1284865837, 1481765933);
               $16 = i64toi32_i32$HIGH_BITS;
               $93($3_1, $9, $16);
               $409($3_1, $73($9, $16, __wasm_i64_mul(-2144961650, -1139476663, -1296522207, 1397142726), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
               $410($3_1, $73($9, $16, __wasm_i64_mul(112999928, -378963127, 45334033, -2106313904), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
               $411($3_1, $73($9, $16, -827659252, -1841827911), i64toi32_i32$HIGH_BITS);
               $412($3_1, $73($9, $16, 396331618, 1229792663), i64toi32_i32$HIGH_BITS);
               $67($3_1, $73($9, $16, __wasm_i64_mul(-1161379524, 1102420119, -1981041799, -1522009788), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
               $80($3_1, $73($9, $16, 952293446, -1485792801), i64toi32_i32$HIGH_BITS);
               $102($3_1, $73($9, $16, 1509270012, -2130012278), i64toi32_i32$HIGH_BITS);
               while (1) {
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 277941979;
                 global$3 = HEAP32[7515];
                }
                $13 = $104($15, 3080);
                $18 = $128($105($12_1, 3), 2097144);
                $5_1 = 0;
                while (1) {
                 if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                  global$3 = 905744666;
                  global$3 = HEAP32[7953];
                 }
                 $4_1 = $104($15, $5_1);
                 $7 = $138($104($4_1, 19932700));
                 if ($7 >>> 0 > 7) {
                  break block249
                 }
                 block261 : {
                  block260 : {
                   block259 : {
                    block258 : {
                     block257 : {
                      block256 : {
                       block255 : {
                        block254 : {
                         block253 : {
                          block252 : {
                           block251 : {
                            $14 = $138($104($4_1, 19932696));
                            if ($14 >>> 0 < 8) {
                             $12_1 = $85($104($104($3_1, 96), $105($7, 3)));
                             $6 = i64toi32_i32$HIGH_BITS;
                             $7 = $104($104($3_1, 96), $105($14, 3));
                             switch ($138($104($4_1, 19932680)) - 1 | 0) {
                             case 0:
                              break block252;
                             case 1:
                              break block253;
                             case 2:
                              break block254;
                             case 3:
                              break block255;
                             case 4:
                              break block256;
                             case 5:
                              break block257;
                             case 6:
                              break block258;
                             case 7:
                              break block259;
                             case 8:
                              break block260;
                             default:
                              break block251;
                             };
                            }
                            $57($14, 8, 1049240);
                            wasm2js_trap();
                           }
                           $12_1 = $373($85($7), i64toi32_i32$HIGH_BITS, $12_1, $6);
                           $6 = i64toi32_i32$HIGH_BITS;
                           break block261;
                          }
                          $12_1 = $73($85($7), i64toi32_i32$HIGH_BITS, $12_1, $6);
                          $6 = i64toi32_i32$HIGH_BITS;
                          break block261;
                         }
                         $12_1 = $107($143($12_1, $6, $600($104($4_1, 19932684))), i64toi32_i32$HIGH_BITS, $85($7), i64toi32_i32$HIGH_BITS);
                         $6 = i64toi32_i32$HIGH_BITS;
                         break block261;
                        }
                        $12_1 = $144($85($7), i64toi32_i32$HIGH_BITS, $12_1, $6);
                        $6 = i64toi32_i32$HIGH_BITS;
                        break block261;
                       }
                       $12_1 = __wasm_rotr_i64($85($7), i64toi32_i32$HIGH_BITS, $600($104($4_1, 19932684)));
                       $6 = i64toi32_i32$HIGH_BITS;
                       break block261;
                      }
                      $12_1 = $107($85($7), i64toi32_i32$HIGH_BITS, $85($104($4_1, 19932688)), i64toi32_i32$HIGH_BITS);
                      $6 = i64toi32_i32$HIGH_BITS;
                      break block261;
                     }
                     $12_1 = $73($85($7), i64toi32_i32$HIGH_BITS, $85($104($4_1, 19932688)), i64toi32_i32$HIGH_BITS);
                     $6 = i64toi32_i32$HIGH_BITS;
                     break block261;
                    }
                    $63($3_1, $85($7), i64toi32_i32$HIGH_BITS, __wasm_i64_mul(0, 0, -59032539, -4071755), i64toi32_i32$HIGH_BITS, $12_1, $6, 0, 0);
                    $12_1 = $89($3_1);
                    $6 = i64toi32_i32$HIGH_BITS;
                    break block261;
                   }
                   $4_1 = $104($3_1, 16);
                   $9 = $85($7);
                   $16 = i64toi32_i32$HIGH_BITS;
                   $63($4_1, $9, $16, $588($9, $16, __wasm_i64_mul(-795599069, -1480008045, -102491595, 1350096662)), i64toi32_i32$HIGH_BITS, $12_1, $6, $588($12_1, $6, 63), i64toi32_i32$HIGH_BITS);
                   $12_1 = $96($3_1);
                   $6 = i64toi32_i32$HIGH_BITS;
                   break block261;
                  }
                  $12_1 = $144($85($7), i64toi32_i32$HIGH_BITS, $85($104($4_1, 19932688)), i64toi32_i32$HIGH_BITS);
                  $6 = i64toi32_i32$HIGH_BITS;
                 }
                 $84($7, $12_1, $6);
                 $5_1 = $104($5_1, 24);
                 if (($5_1 | 0) != 3072) {
                  continue
                 }
                 break;
                };
                $9 = $149($3_1);
                $12_1 = i64toi32_i32$HIGH_BITS;
                $4_1 = $105($18, 3);
                $10_1 = $4_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 1276863068;
                 global$3 = HEAP32[2626];
                }
                $6 = $10_1 + 3155456 | 0;
                $10_1 = HEAP32[$6 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$6 + 4 >> 2];
                $9 = $73($9, $12_1, $10_1, i64toi32_i32$HIGH_BITS);
                $16 = i64toi32_i32$HIGH_BITS;
                $93($3_1, $9, $16);
                $12_1 = $147($3_1);
                $8_1 = i64toi32_i32$HIGH_BITS;
                $6 = $4_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 1115060935;
                 global$3 = HEAP32[13449];
                }
                $10_1 = $6 + 3155464 | 0;
                $6 = HEAP32[$10_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$10_1 + 4 >> 2];
                $19_1 = $73($12_1, $8_1, $6, i64toi32_i32$HIGH_BITS);
                $22 = i64toi32_i32$HIGH_BITS;
                $102($3_1, $19_1, $22);
                $12_1 = $151($3_1);
                $8_1 = i64toi32_i32$HIGH_BITS;
                $6 = $4_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -577645242;
                 global$3 = HEAP32[15040];
                }
                $10_1 = $6 + 3155472 | 0;
                $6 = HEAP32[$10_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$10_1 + 4 >> 2];
                $31 = $73($12_1, $8_1, $6, i64toi32_i32$HIGH_BITS);
                $32 = i64toi32_i32$HIGH_BITS;
                $80($3_1, $31, $32);
                $12_1 = $145($3_1);
                $8_1 = i64toi32_i32$HIGH_BITS;
                $6 = $4_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 1575269446;
                 global$3 = HEAP32[13536];
                }
                $10_1 = $6 + 3155480 | 0;
                $6 = HEAP32[$10_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$10_1 + 4 >> 2];
                $33 = $73($12_1, $8_1, $6, i64toi32_i32$HIGH_BITS);
                $34_1 = i64toi32_i32$HIGH_BITS;
                $67($3_1, $33, $34_1);
                $6 = $3_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -1635069914;
                 global$3 = HEAP32[11885];
                }
                $10_1 = $6 + 128 | 0;
                $6 = HEAP32[$10_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$10_1 + 4 >> 2];
                $12_1 = $6;
                $8_1 = i64toi32_i32$HIGH_BITS;
                $6 = $4_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -219193818;
                 global$3 = HEAP32[1681];
                }
                $10_1 = $6 + 3155488 | 0;
                $6 = HEAP32[$10_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$10_1 + 4 >> 2];
                $36_1 = $73($12_1, $8_1, $6, i64toi32_i32$HIGH_BITS);
                $37_1 = i64toi32_i32$HIGH_BITS;
                $412($3_1, $36_1, $37_1);
                $6 = $3_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -579747201;
                 global$3 = HEAP32[10460];
                }
                $10_1 = $6 + 136 | 0;
                $6 = HEAP32[$10_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$10_1 + 4 >> 2];
                $12_1 = $6;
                $8_1 = i64toi32_i32$HIGH_BITS;
                $6 = $4_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -1272315925;
                 global$3 = HEAP32[4515];
                }
                $10_1 = $6 + 3155496 | 0;
                $6 = HEAP32[$10_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$10_1 + 4 >> 2];
                $45_1 = $73($12_1, $8_1, $6, i64toi32_i32$HIGH_BITS);
                $10_1 = i64toi32_i32$HIGH_BITS;
                $411($3_1, $45_1, $10_1);
                $6 = $3_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -903799798;
                 global$3 = HEAP32[1319];
                }
                $8_1 = $6 + 144 | 0;
                $6 = HEAP32[$8_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$8_1 + 4 >> 2];
                $12_1 = $6;
                $28 = i64toi32_i32$HIGH_BITS;
                $6 = $4_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 706556170;
                 global$3 = HEAP32[5466];
                }
                $8_1 = $6 + 3155504 | 0;
                $6 = HEAP32[$8_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$8_1 + 4 >> 2];
                $38_1 = $73($12_1, $28, $6, i64toi32_i32$HIGH_BITS);
                $39_1 = i64toi32_i32$HIGH_BITS;
                $410($3_1, $38_1, $39_1);
                $6 = $3_1;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -368433395;
                 global$3 = HEAP32[6358];
                }
                $8_1 = $6 + 152 | 0;
                $6 = HEAP32[$8_1 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$8_1 + 4 >> 2];
                $12_1 = $6;
                $8_1 = i64toi32_i32$HIGH_BITS;
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = -629830101;
                 global$3 = HEAP32[7935];
                }
                $6 = $4_1 + 3155512 | 0;
                $4_1 = HEAP32[$6 >> 2];
                i64toi32_i32$HIGH_BITS = HEAP32[$6 + 4 >> 2];
                $46_1 = $73($12_1, $8_1, $4_1, i64toi32_i32$HIGH_BITS);
                $47_1 = i64toi32_i32$HIGH_BITS;
                $409($3_1, $46_1, $47_1);
                $4_1 = $138($104($15, 19935752));
                if ($4_1 >>> 0 > 7) {
                 break block262
                }
                $12_1 = $85($104($104($3_1, 96), $105($4_1, 3)));
                $15 = $13;
                if (($13 | 0) != 24640) {
                 continue
                }
                break;
               };
               $500($42_1, $44_1);
               $498($41_1, $43_1);
               $48_1 = $73($288(0), i64toi32_i32$HIGH_BITS, $9, $16);
               $28 = i64toi32_i32$HIGH_BITS;
               $532(0, $48_1, $28);
               $42_1 = $73($278(), i64toi32_i32$HIGH_BITS, $19_1, $22);
               $44_1 = i64toi32_i32$HIGH_BITS;
               $533(0, $42_1, $44_1);
               $41_1 = $73($613(), i64toi32_i32$HIGH_BITS, $31, $32);
               $43_1 = i64toi32_i32$HIGH_BITS;
               $534($41_1, $43_1);
               $33 = $73($223(), i64toi32_i32$HIGH_BITS, $33, $34_1);
               $34_1 = i64toi32_i32$HIGH_BITS;
               $535($33, $34_1);
               $31 = $73($282(), i64toi32_i32$HIGH_BITS, $36_1, $37_1);
               $32 = i64toi32_i32$HIGH_BITS;
               $536($31, $32);
               $19_1 = $73($156(), i64toi32_i32$HIGH_BITS, $45_1, $10_1);
               $22 = i64toi32_i32$HIGH_BITS;
               $537($19_1, $22);
               $9 = $73($276(), i64toi32_i32$HIGH_BITS, $38_1, $39_1);
               $16 = i64toi32_i32$HIGH_BITS;
               $538($9, $16);
               $12_1 = $73($242(), i64toi32_i32$HIGH_BITS, $46_1, $47_1);
               $6 = i64toi32_i32$HIGH_BITS;
               $539($12_1, $6);
               $355($104($17, 1052664), $12_1, $6);
               $355($104($17, 1052656), $9, $16);
               $355($104($17, 1052648), $19_1, $22);
               $355($104($17, 1052640), $31, $32);
               $355($104($17, 1052632), $33, $34_1);
               $355($104($17, 1052624), $41_1, $43_1);
               $355($104($17, 1052616), $42_1, $44_1);
               $355($104($17, 1052608), $48_1, $28);
               $10_1 = $104($11, 1052608);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1853195972;
                global$3 = HEAP32[10505];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788817];
               $46_1 = HEAP32[788816];
               $47_1 = i64toi32_i32$HIGH_BITS;
               $38_1 = $590(0);
               $39_1 = i64toi32_i32$HIGH_BITS;
               $355($10_1, $73($46_1, $47_1, $38_1, $39_1), i64toi32_i32$HIGH_BITS);
               $10_1 = $104($11, 1052616);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 871459928;
                global$3 = HEAP32[1911];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788819];
               $60_1 = HEAP32[788818];
               $61_1 = i64toi32_i32$HIGH_BITS;
               $70_1 = $592(0);
               $71 = i64toi32_i32$HIGH_BITS;
               $355($10_1, $73($60_1, $61_1, $70_1, $71), i64toi32_i32$HIGH_BITS);
               $10_1 = $104($11, 1052624);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1340761381;
                global$3 = HEAP32[13332];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788821];
               $52 = HEAP32[788820];
               $53_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1132532988;
                global$3 = HEAP32[13861];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788805];
               $50_1 = HEAP32[788804];
               $51_1 = i64toi32_i32$HIGH_BITS;
               $355($10_1, $73($52, $53_1, $50_1, $51_1), i64toi32_i32$HIGH_BITS);
               $10_1 = $104($11, 1052632);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 774292849;
                global$3 = HEAP32[11829];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788823];
               $56_1 = HEAP32[788822];
               $57_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -201569509;
                global$3 = HEAP32[16145];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788807];
               $54 = HEAP32[788806];
               $55_1 = i64toi32_i32$HIGH_BITS;
               $355($10_1, $73($56_1, $57_1, $54, $55_1), i64toi32_i32$HIGH_BITS);
               $10_1 = $104($11, 1052640);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1737634936;
                global$3 = HEAP32[4280];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788825];
               $58 = HEAP32[788824];
               $59 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 2026437092;
                global$3 = HEAP32[7088];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788809];
               $68 = HEAP32[788808];
               $69_1 = i64toi32_i32$HIGH_BITS;
               $355($10_1, $73($58, $59, $68, $69_1), i64toi32_i32$HIGH_BITS);
               $10_1 = $104($11, 1052648);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -313561719;
                global$3 = HEAP32[2661];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788827];
               $74_1 = HEAP32[788826];
               $75 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1637640308;
                global$3 = HEAP32[5233];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788811];
               $62_1 = HEAP32[788810];
               $63_1 = i64toi32_i32$HIGH_BITS;
               $355($10_1, $73($74_1, $75, $62_1, $63_1), i64toi32_i32$HIGH_BITS);
               $10_1 = $104($11, 1052656);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -488112215;
                global$3 = HEAP32[13224];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788829];
               $64 = HEAP32[788828];
               $65_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 681430535;
                global$3 = HEAP32[10073];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788813];
               $66 = HEAP32[788812];
               $67_1 = i64toi32_i32$HIGH_BITS;
               $355($10_1, $73($64, $65_1, $66, $67_1), i64toi32_i32$HIGH_BITS);
               $10_1 = $104($11, 1052664);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1879370861;
                global$3 = HEAP32[3171];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788831];
               $72_1 = HEAP32[788830];
               $73_1 = i64toi32_i32$HIGH_BITS;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1508432809;
                global$3 = HEAP32[14174];
               }
               i64toi32_i32$HIGH_BITS = HEAP32[788815];
               $78 = HEAP32[788814];
               $79 = i64toi32_i32$HIGH_BITS;
               $355($10_1, $73($72_1, $73_1, $78, $79), i64toi32_i32$HIGH_BITS);
               $45_1 = __wasm_i64_mul(0, 0, 1230706701, 1646242964);
               $10_1 = i64toi32_i32$HIGH_BITS;
               $36_1 = __wasm_i64_mul(0, 0, -1474584991, -304162961);
               $37_1 = i64toi32_i32$HIGH_BITS;
               if (($21 | 0) != 2048) {
                continue
               }
               break;
              };
              if (($49 | 0) == 7) {
               break block263
              }
              $280($3_1, $72_1, $73_1);
              $248($3_1, $64, $65_1);
              $290($3_1, $74_1, $75);
              $232($3_1, $58, $59);
              $227($3_1, $56_1, $57_1);
              $168($3_1, $52, $53_1);
              $236($3_1, $60_1, $61_1);
              $294($3_1, $46_1, $47_1);
              $374($3_1, $78, $79);
              $259($3_1, $66, $67_1);
              $240($3_1, $62_1, $63_1);
              $264($3_1, $68, $69_1);
              $218($3_1, $54, $55_1);
              $161($3_1, $50_1, $51_1);
              $271($3_1, $70_1, $71);
              $167($3_1, $38_1, $39_1);
              $243($3_1, $242(), i64toi32_i32$HIGH_BITS);
              $277($3_1, $276(), i64toi32_i32$HIGH_BITS);
              $157($3_1, $156(), i64toi32_i32$HIGH_BITS);
              $283($3_1, $282(), i64toi32_i32$HIGH_BITS);
              $224($3_1, $223(), i64toi32_i32$HIGH_BITS);
              $354($3_1, $613(), i64toi32_i32$HIGH_BITS);
              $279($3_1, $278(), i64toi32_i32$HIGH_BITS);
              $289($3_1, $288(0), i64toi32_i32$HIGH_BITS);
              (wasm2js_i32$0 = $3_1 + 3360 | 0, wasm2js_f64$0 = $246(0)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
              (wasm2js_i32$0 = $3_1 + 3368 | 0, wasm2js_f64$0 = $177(0)), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
              (wasm2js_i32$0 = $3_1 + 3376 | 0, wasm2js_f64$0 = $244()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
              (wasm2js_i32$0 = $3_1 + 3384 | 0, wasm2js_f64$0 = $228()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
              (wasm2js_i32$0 = $3_1 + 3392 | 0, wasm2js_f64$0 = $281()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
              (wasm2js_i32$0 = $3_1 + 3400 | 0, wasm2js_f64$0 = $174()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
              (wasm2js_i32$0 = $3_1 + 3408 | 0, wasm2js_f64$0 = $291()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
              (wasm2js_i32$0 = $3_1 + 3416 | 0, wasm2js_f64$0 = $628()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
              $284($3_1, 256);
              $160($3_1, $104($3_1, 3168));
              $1($104($3_1, 6592), 64, $104($3_1, 96), 1);
              $49 = $24_1;
              continue;
             }
             break;
            };
            $57($4_1, 8, 1049208);
            wasm2js_trap();
           }
           $57($5_1, 8, 1049304);
           wasm2js_trap();
          }
          $57($7, 8, 1049224);
          wasm2js_trap();
         }
         $57($5_1, 8, 1049272);
         wasm2js_trap();
        }
        $57($4_1, 8, 1049256);
        wasm2js_trap();
       }
       $57($4_1, 8, 1049288);
       wasm2js_trap();
      }
      $57($4_1, 8, 1051672);
      wasm2js_trap();
     }
     $8_1 = 93;
     continue;
    case 111:
     $23_1 = 2097152;
     $8_1 = 85;
     continue;
    case 112:
     (wasm2js_i32$0 = $3_1 + 3416 | 0, wasm2js_f64$0 = $628()), HEAPF64[wasm2js_i32$0 >> 3] = wasm2js_f64$0;
     $8_1 = 15;
     continue;
    case 113:
     $354($3_1, $613(), i64toi32_i32$HIGH_BITS);
     $8_1 = 92;
     continue;
    default:
     break block114;
    };
   }
   $374($3_1, $78, $79);
   $8_1 = 78;
   continue;
  };
 }
 
 function $5($0_1, $1_1) {
  var $2_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1013626862;
   global$3 = HEAP32[1541];
  }
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 8557290;
   global$3 = HEAP32[2782];
  }
  $2_1 = 1;
  __inlined_func$22$305 : {
   while (1) {
    if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
     global$3 = 1914784934;
     global$3 = HEAP32[14909];
    }
    if (!$2_1) {
     $0_1 = $24($0_1);
     break __inlined_func$22$305;
    }
    if ($1_1 >>> 0 >= 9) {
     $0_1 = $23($1_1, $0_1)
    } else {
     $2_1 = 0;
     continue;
    }
    break;
   };
  }
  return $0_1;
 }
 
 function $8() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 697117709;
   global$3 = HEAP32[1491];
  }
 }
 
 function $10($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  $14 = 1;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1769945384;
   global$3 = HEAP32[12892];
  }
  $4_1 = 4;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 189643227;
    global$3 = HEAP32[3006];
   }
   block7 : {
    switch ($4_1 | 0) {
    case 0:
     $1_1 = $104($2_1, $1_1);
     if ($1_1 >>> 0 < $2_1 >>> 0) {
      $50(0, 0);
      wasm2js_trap();
     }
     $4_1 = 2;
     continue;
    case 1:
     $419($0_1, $14);
     $4_1 = 7;
     continue;
    case 2:
     $15 = $104($12_1, 4);
     $2_1 = $138($0_1);
     $17 = $2_1;
     $19_1 = $137($0_1);
     $2_1 = $105($2_1, 1);
     $2_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $1_1 : $2_1;
     $1_1 = ($14 | 0) == 1 ? 8 : 4;
     $2_1 = $1_1 >>> 0 < $2_1 >>> 0 ? $2_1 : $1_1;
     $11 = $2_1;
     $3_1 = 0;
     $16 = 0;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1017609476;
      global$3 = HEAP32[7631];
     }
     $4_1 = 4;
     while (1) {
      __inlined_func$18$309 : {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -812249792;
        global$3 = HEAP32[3515];
       }
       block41 : {
        switch ($4_1 | 0) {
        case 0:
         $4_1 = $144($14, 0, $11, 0);
         block69 : {
          if ($129($4_1, i64toi32_i32$HIGH_BITS, 32)) {
           $11 = 0;
           break block69;
          }
          $11 = $4_1;
          if ($82(-2147483648, 1) >>> 0 < $4_1 >>> 0) {
           $11 = 0;
           break block69;
          }
          block12 : {
           block11 : {
            block9 : {
             if ($17) {
              $4_1 = $19_1;
              $3_1 = $578($14, $17);
              $6 = $11;
              $5_1 = 0;
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = 1717852951;
               global$3 = HEAP32[16301];
              }
              $13 = $4_1;
              $4_1 = 1;
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -1159993822;
               global$3 = HEAP32[4612];
              }
              __inlined_func$28$307 : {
               while (1) {
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 1973593563;
                 global$3 = HEAP32[10722];
                }
                if (!$5_1) {
                 block72 : {
                  block20 : {
                   block93 : {
                    block144 : {
                     block17 : {
                      block19 : {
                       block45 : {
                        $10_1 = $104($13, -4);
                        $7 = $138($10_1);
                        $8_1 = $128($7, -8);
                        $5_1 = $128($7, 3);
                        if ($8_1 >>> 0 >= $104($5_1 ? 4 : 8, $3_1) >>> 0) {
                         $9 = $104($3_1, 39);
                         if (($5_1 | 0) != 0 & $9 >>> 0 < $8_1 >>> 0) {
                          break block45
                         }
                         block66 : {
                          if ($4_1 >>> 0 >= 9) {
                           $4_1 = $23($4_1, $6);
                           if ($4_1) {
                            break block66
                           }
                           $4_1 = 0;
                           break __inlined_func$28$307;
                          }
                          $4_1 = 0;
                          if ($6 >>> 0 > 4294901708) {
                           break block72
                          }
                          $3_1 = (wasm2js_i32$0 = 16, wasm2js_i32$1 = $128($104($6, 11), -8), wasm2js_i32$2 = $6 >>> 0 < 11, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
                          $9 = $104($13, -8);
                          if (!$5_1) {
                           if ($3_1 >>> 0 < 256) {
                            break block93
                           }
                           if (!$9) {
                            break block93
                           }
                           if ($3_1 >>> 0 >= $8_1 >>> 0) {
                            break block93
                           }
                           if ($82($8_1, $3_1) >>> 0 > 131072) {
                            break block93
                           }
                           $4_1 = $13;
                           break __inlined_func$28$307;
                          }
                          $5_1 = $104($9, $8_1);
                          block117 : {
                           if ($3_1 >>> 0 > $8_1 >>> 0) {
                            if (($659() | 0) == ($5_1 | 0)) {
                             break block117
                            }
                            if (($650() | 0) != ($5_1 | 0)) {
                             $7 = $137($5_1);
                             if ($128($7, 2)) {
                              break block93
                             }
                             $18 = $128($7, -8);
                             $7 = $104($18, $8_1);
                             if ($3_1 >>> 0 > $7 >>> 0) {
                              break block93
                             }
                             $29($5_1, $18);
                             $5_1 = $82($7, $3_1);
                             if ($5_1 >>> 0 >= 16) {
                              $185($10_1, $126($126($3_1, $128($138($10_1), 1)), 2));
                              $3_1 = $104($9, $3_1);
                              $419($3_1, $126($5_1, 3));
                              $7 = $104($9, $7);
                              $419($7, $126($137($7), 1));
                              $30($3_1, $5_1);
                              break block144;
                             }
                             $185($10_1, $126($126($7, $128($138($10_1), 1)), 2));
                             $3_1 = $104($9, $7);
                             $419($3_1, $126($137($3_1), 1));
                             break block144;
                            }
                            $5_1 = $104($646(), $8_1);
                            if ($3_1 >>> 0 > $5_1 >>> 0) {
                             break block93
                            }
                            $8_1 = $82($5_1, $3_1);
                            block16 : {
                             if ($8_1 >>> 0 <= 15) {
                              $185($10_1, $126($126($128($7, 1), $5_1), 2));
                              $3_1 = $104($9, $5_1);
                              $419($3_1, $126($137($3_1), 1));
                              $8_1 = 0;
                              $3_1 = 0;
                              break block16;
                             }
                             $185($10_1, $126($126($3_1, $128($7, 1)), 2));
                             $3_1 = $104($9, $3_1);
                             $419($3_1, $126($8_1, 1));
                             $5_1 = $104($9, $5_1);
                             $185($5_1, $8_1);
                             $419($5_1, $128($137($5_1), -2));
                            }
                            $651($3_1);
                            $652($8_1);
                            break block144;
                           }
                           $8_1 = $82($8_1, $3_1);
                           if ($8_1 >>> 0 <= 15) {
                            break block144
                           }
                           $185($10_1, $126($126($3_1, $128($7, 1)), 2));
                           $3_1 = $104($9, $3_1);
                           $419($3_1, $126($8_1, 3));
                           $419($5_1, $126($137($5_1), 1));
                           $30($3_1, $8_1);
                           break block144;
                          }
                          $5_1 = $104($654(), $8_1);
                          if ($3_1 >>> 0 < $5_1 >>> 0) {
                           break block17
                          }
                          break block93;
                         }
                         $6 = $3_1 >>> 0 > $6 >>> 0 ? $6 : $3_1;
                         if ($6) {
                          wasm2js_memory_copy($4_1, $13, $6)
                         }
                         $6 = $138($10_1);
                         $5_1 = $128($6, -8);
                         $6 = $128($6, 3);
                         if ($5_1 >>> 0 < $104($6 ? 4 : 8, $3_1) >>> 0) {
                          break block19
                         }
                         if (!$6) {
                          break block20
                         }
                         if ($5_1 >>> 0 <= $9 >>> 0) {
                          break block20
                         }
                         $53(1052272, 1052320);
                         wasm2js_trap();
                        }
                        $53(1052208, 1052256);
                        wasm2js_trap();
                       }
                       $53(1052272, 1052320);
                       wasm2js_trap();
                      }
                      $53(1052208, 1052256);
                      wasm2js_trap();
                     }
                     $185($10_1, $126($126($3_1, $128($7, 1)), 2));
                     $7 = $104($9, $3_1);
                     $3_1 = $82($5_1, $3_1);
                     $419($7, $126($3_1, 1));
                     $731($3_1);
                     $729($7);
                    }
                    if (!$9) {
                     break block93
                    }
                    $4_1 = $13;
                    break __inlined_func$28$307;
                   }
                   $3_1 = $24($6);
                   if (!$3_1) {
                    break block72
                   }
                   $4_1 = $138($10_1);
                   $4_1 = $104($128($4_1, 3) ? -4 : -8, $128($4_1, -8));
                   $6 = $4_1 >>> 0 > $6 >>> 0 ? $6 : $4_1;
                   if ($6) {
                    wasm2js_memory_copy($3_1, $13, $6)
                   }
                   $4_1 = $3_1;
                  }
                  $27($13);
                 }
                 $5_1 = 1;
                 continue;
                }
                break;
               };
              }
              break block9;
             }
             if (!$11) {
              $3_1 = 1;
              break block11;
             }
             $8();
             $4_1 = $5($11, 1);
            }
            $3_1 = $4_1;
            if ($3_1) {
             break block11
            }
            $419($15, 1);
            break block12;
           }
           $419($15, $3_1);
           $16 = 0;
          }
          $3_1 = 8;
         }
         $4_1 = 2;
         continue;
        case 1:
         $3_1 = 4;
         $4_1 = 0;
         continue;
        case 2:
         $185($104($15, $3_1), $11);
         $4_1 = 3;
         continue;
        case 3:
         $185($15, $16);
         break __inlined_func$18$309;
        default:
         break block41;
        };
       }
       $16 = 1;
       $4_1 = 1;
       continue;
      }
      break;
     };
     $4_1 = 5;
     continue;
    case 3:
     $14 = $431($12_1);
     $4_1 = 6;
     continue;
    case 4:
     $12_1 = $82(global$0, 16);
     global$0 = $12_1;
     $4_1 = 0;
     continue;
    case 5:
     if (($137($12_1) | 0) == 1) {
      $50($431($12_1), $430($12_1));
      wasm2js_trap();
     }
     $4_1 = 3;
     continue;
    case 6:
     $185($0_1, $2_1);
     $4_1 = 1;
     continue;
    default:
     break block7;
    };
   }
   break;
  };
  global$0 = $104($12_1, 16);
 }
 
 function $12($0_1) {
  $0_1 = $0_1 | 0;
  wasm2js_trap();
 }
 
 function $19($0_1, $1_1, $2_1, $3_1, $4_1) {
  var $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 905913610;
   global$3 = HEAP32[16054];
  }
  $5_1 = 2;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 498046967;
    global$3 = HEAP32[1204];
   }
   block2 : {
    switch ($5_1 | 0) {
    case 0:
     wasm2js_trap();
    case 1:
     block3 : {
      block7 : {
       block6 : {
        block4 : {
         block5 : {
          __inlined_func$35$312 : {
           $5_1 = 0;
           $7 = 0;
           $8_1 = 0;
           if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
            global$3 = -1245817800;
            global$3 = HEAP32[14874];
           }
           while (1) {
            if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
             global$3 = 1699805850;
             global$3 = HEAP32[1192];
            }
            block31 : {
             switch ($5_1 | 0) {
             case 0:
              $7 = 0;
              $5_1 = 3;
              continue;
             case 1:
              block49 : {
               if (($8_1 | 0) < 0) {
                break block49
               }
               $7 = 1;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1280010674;
                global$3 = HEAP32[14923];
               }
               if (HEAPU8[19957324]) {
                break block49
               }
               $642(1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1081927195;
                global$3 = HEAP32[347];
               }
               $5_1 = $104(HEAP32[4989330], 1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1909277914;
                global$3 = HEAP32[10695];
               }
               HEAP32[4989330] = $5_1;
               $7 = 2;
              }
              $5_1 = 2;
              continue;
             case 2:
              break __inlined_func$35$312;
             default:
              break block31;
             };
            }
            if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
             global$3 = -1207475396;
             global$3 = HEAP32[2858];
            }
            $8_1 = HEAP32[4989336];
            $5_1 = $104($8_1, 1);
            if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
             global$3 = -725178374;
             global$3 = HEAP32[16310];
            }
            HEAP32[4989336] = $5_1;
            $5_1 = 1;
            continue;
           };
          }
          switch ($128($7, 255) | 0) {
          case 0:
           break block3;
          case 2:
           break block5;
          default:
           break block4;
          };
         }
         $5_1 = $632();
         if (($5_1 | 0) < 0) {
          break block3
         }
         $633($104($5_1, 1));
         if (!$634()) {
          break block6
         }
         ((wasm2js_i32$1 = $104($6, 8), wasm2js_i32$2 = $0_1), wasm2js_i32$0 = $635($1_1) | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$1 | 0, wasm2js_i32$2 | 0);
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = 284853736;
          global$3 = HEAP32[4792];
         }
         HEAP8[$6 + 29 | 0] = $4_1;
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = 807157842;
          global$3 = HEAP32[10062];
         }
         HEAP8[$6 + 28 | 0] = $3_1;
         $638($6, $2_1);
         $639($6, $89($6), i64toi32_i32$HIGH_BITS);
         $7 = $634();
         $5_1 = $104($6, 16);
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = -173673146;
          global$3 = HEAP32[1344];
         }
         FUNCTION_TABLE[$635(HEAP32[4989335]) | 0]($7, $5_1);
         break block7;
        }
        FUNCTION_TABLE[$641($1_1) | 0]($6, $0_1);
        break block3;
       }
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 433154509;
        global$3 = HEAP32[7718];
       }
       if (($126(-2147483648, -2147483648) | 0) != -2147483648) {
        $5_1 = 0;
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = -377964182;
         global$3 = HEAP32[4451];
        }
        while (1) {
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = 419420521;
          global$3 = HEAP32[1850];
         }
         if (!$5_1) {
          $5_1 = 0;
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = 961440213;
           global$3 = HEAP32[16039];
          }
          __inlined_func$26$306 : {
           while (1) {
            if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
             global$3 = -1417401162;
             global$3 = HEAP32[10747];
            }
            block23 : {
             switch ($5_1 | 0) {
             case 0:
              block510 : {
               $5_1 = $138($104($6, -4));
               $7 = $128($5_1, -8);
               $5_1 = $128($5_1, 3);
               if ($7 >>> 0 >= $104($5_1 ? 4 : 8, -2147483648) >>> 0) {
                if ($5_1) {
                 if ($104(-2147483648, 39) >>> 0 < $7 >>> 0) {
                  break block510
                 }
                }
                $27($6);
                break __inlined_func$26$306;
               }
               $53(1052208, 1052256);
               wasm2js_trap();
              }
              $5_1 = 1;
              continue;
             case 1:
              $53(1052272, 1052320);
              $5_1 = 2;
              continue;
             default:
              break block23;
             };
            }
            break;
           };
           wasm2js_trap();
          }
          $5_1 = 1;
          continue;
         }
         break;
        };
       }
      }
      $633($104($632(), -1));
      $642(0);
      if (!$3_1) {
       break block3
      }
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1392633146;
       global$3 = HEAP32[6986];
      }
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 555491206;
       global$3 = HEAP32[8614];
      }
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 494594991;
       global$3 = HEAP32[14066];
      }
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 2140696895;
       global$3 = HEAP32[10218];
      }
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1802333542;
       global$3 = HEAP32[14259];
      }
      wasm2js_trap();
     }
     $5_1 = 0;
     continue;
    default:
     break block2;
    };
   }
   $6 = $82(global$0, 32);
   global$0 = $6;
   $5_1 = 1;
   continue;
  };
 }
 
 function $20($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -423109383;
   global$3 = HEAP32[10147];
  }
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 68047589;
   global$3 = HEAP32[8138];
  }
  HEAP8[19957800] = 1;
 }
 
 function $23($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1606216996;
   global$3 = HEAP32[2844];
  }
  $3_1 = 2;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 2066655855;
    global$3 = HEAP32[15638];
   }
   block2 : {
    switch ($3_1 | 0) {
    case 0:
     return $2_1;
    case 1:
     $0_1 = $0_1 >>> 0 <= 16 ? 16 : $0_1;
     block3 : {
      if ($82(-65587, $0_1) >>> 0 <= $1_1 >>> 0) {
       break block3
      }
      $4_1 = (wasm2js_i32$0 = 16, wasm2js_i32$1 = $128($104($1_1, 11), -8), wasm2js_i32$2 = $1_1 >>> 0 < 11, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
      $1_1 = $24($104($104($0_1, $4_1), 12));
      if (!$1_1) {
       break block3
      }
      $2_1 = $104($1_1, -8);
      $3_1 = $104($0_1, -1);
      block5 : {
       if (!$128($3_1, $1_1)) {
        $0_1 = $2_1;
        break block5;
       }
       $5_1 = $104($1_1, -4);
       $6 = $138($5_1);
       $7 = $128($6, -8);
       $1_1 = $104($128($104($3_1, $1_1), $82(0, $0_1)), -8);
       $0_1 = $104($1_1, $82($1_1, $2_1) >>> 0 <= 16 ? $0_1 : 0);
       $1_1 = $82($0_1, $2_1);
       $3_1 = $82($7, $1_1);
       if ($128($6, 3)) {
        $419($0_1, $126($126($3_1, $128($137($0_1), 1)), 2));
        $3_1 = $104($0_1, $3_1);
        $419($3_1, $126($137($3_1), 1));
        $185($5_1, $126($126($1_1, $128($138($5_1), 1)), 2));
        $3_1 = $104($2_1, $1_1);
        $419($3_1, $126($137($3_1), 1));
        $30($2_1, $1_1);
        break block5;
       }
       $2_1 = $138($2_1);
       $419($0_1, $3_1);
       $185($0_1, $104($2_1, $1_1));
      }
      $1_1 = $137($0_1);
      block7 : {
       if (!$128($1_1, 3)) {
        break block7
       }
       $2_1 = $128($1_1, -8);
       if ($2_1 >>> 0 <= $104($4_1, 16) >>> 0) {
        break block7
       }
       $419($0_1, $126($126($4_1, $128($1_1, 1)), 2));
       $1_1 = $104($0_1, $4_1);
       $4_1 = $82($2_1, $4_1);
       $419($1_1, $126($4_1, 3));
       $2_1 = $104($0_1, $2_1);
       $419($2_1, $126($137($2_1), 1));
       $30($1_1, $4_1);
      }
      $2_1 = $104($0_1, 8);
     }
     $3_1 = 0;
     continue;
    default:
     break block2;
    };
   }
   $2_1 = 0;
   $3_1 = 1;
   continue;
  };
 }
 
 function $24($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1466770930;
   global$3 = HEAP32[11071];
  }
  $3_1 = 3;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -2054266057;
    global$3 = HEAP32[15656];
   }
   block3 : {
    switch ($3_1 | 0) {
    case 0:
     global$0 = $104($9, 16);
     $3_1 = 2;
     continue;
    case 1:
     block6 : {
      block7 : {
       block8 : {
        if ($0_1 >>> 0 >= 245) {
         if ($0_1 >>> 0 > 4294901708) {
          $0_1 = 0;
          break block6;
         }
         $2_1 = $104($0_1, 11);
         $4_1 = $128($2_1, -8);
         $8_1 = $644();
         if (!$8_1) {
          break block7
         }
         $7 = 31;
         if ($0_1 >>> 0 >= 16777205) {
          break block8
         }
         $0_1 = Math_clz32($183($2_1, 8));
         $7 = $104($82($128($183($4_1, $82(38, $0_1)), 1), $105($0_1, 1)), 62);
         break block8;
        }
        block17 : {
         block21 : {
          block12 : {
           block11 : {
            block10 : {
             $3_1 = $645();
             $4_1 = (wasm2js_i32$0 = 16, wasm2js_i32$1 = $128($104($0_1, 11), 504), wasm2js_i32$2 = $0_1 >>> 0 < 11, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
             $2_1 = $183($4_1, 3);
             $0_1 = $183($3_1, $2_1);
             if ($128($0_1, 3)) {
              $5_1 = $104($128($182($0_1, -1), 1), $2_1);
              $4_1 = $105($5_1, 3);
              $0_1 = $104($4_1, 19957492);
              $2_1 = $138($104($4_1, 19957500));
              $1_1 = $431($2_1);
              if (($0_1 | 0) == ($1_1 | 0)) {
               break block10
              }
              $432($1_1, $0_1);
              $433($0_1, $1_1);
              break block11;
             }
             if ($646() >>> 0 >= $4_1 >>> 0) {
              break block7
             }
             if ($0_1) {
              break block12
             }
             $0_1 = $644();
             if (!$0_1) {
              break block7
             }
             $1_1 = $138($104($105(__wasm_ctz_i32($0_1), 2), 19957348));
             $2_1 = $82($128($137($1_1), -8), $4_1);
             $3_1 = $1_1;
             while (1) {
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -1467043751;
               global$3 = HEAP32[16051];
              }
              block13 : {
               $0_1 = $647($1_1);
               if ($0_1) {
                break block13
               }
               $0_1 = $635($1_1);
               if ($0_1) {
                break block13
               }
               $7 = $641($3_1);
               block16 : {
                block15 : {
                 $0_1 = $430($3_1);
                 if (($0_1 | 0) == ($3_1 | 0)) {
                  $0_1 = $635($3_1);
                  $1_1 = $138($104($3_1, $0_1 ? 20 : 16));
                  if ($1_1) {
                   break block15
                  }
                  $0_1 = 0;
                  break block16;
                 }
                 $1_1 = $431($3_1);
                 $432($1_1, $0_1);
                 $433($0_1, $1_1);
                 break block16;
                }
                $5_1 = (wasm2js_i32$0 = $104($3_1, 20), wasm2js_i32$1 = $104($3_1, 16), wasm2js_i32$2 = $0_1, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
                while (1) {
                 if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                  global$3 = 944808114;
                  global$3 = HEAP32[2016];
                 }
                 $6 = $5_1;
                 $0_1 = $1_1;
                 $5_1 = $104($0_1, 20);
                 $8_1 = $104($0_1, 16);
                 $1_1 = $635($0_1);
                 $5_1 = $1_1 ? $5_1 : $8_1;
                 $1_1 = $138($104($0_1, $1_1 ? 20 : 16));
                 if ($1_1) {
                  continue
                 }
                 break;
                };
                $185($6, 0);
               }
               if (!$7) {
                break block17
               }
               $1_1 = $104($105($648($3_1), 2), 19957348);
               block20 : {
                if (($138($1_1) | 0) != ($3_1 | 0)) {
                 if (($647($7) | 0) != ($3_1 | 0)) {
                  $417($7, $0_1);
                  if ($0_1) {
                   break block20
                  }
                  break block17;
                 }
                 $418($7, $0_1);
                 if ($0_1) {
                  break block20
                 }
                 break block17;
                }
                $185($1_1, $0_1);
                if (!$0_1) {
                 break block21
                }
               }
               $638($0_1, $7);
               $1_1 = $647($3_1);
               if ($1_1) {
                $418($0_1, $1_1);
                $638($1_1, $0_1);
               }
               $1_1 = $635($3_1);
               if (!$1_1) {
                break block17
               }
               $417($0_1, $1_1);
               $638($1_1, $0_1);
               break block17;
              }
              $1_1 = $82($128($137($0_1), -8), $4_1);
              $5_1 = $1_1;
              $1_1 = $2_1 >>> 0 > $1_1 >>> 0;
              $2_1 = $1_1 ? $5_1 : $2_1;
              $3_1 = $1_1 ? $0_1 : $3_1;
              $1_1 = $0_1;
              continue;
             };
            }
            $649($128($3_1, $184(-2, $5_1)));
           }
           $0_1 = $104($2_1, 8);
           $419($2_1, $126($4_1, 3));
           $4_1 = $104($2_1, $4_1);
           $419($4_1, $126($137($4_1), 1));
           break block6;
          }
          $1_1 = $105($0_1, $2_1);
          $0_1 = $105(2, $2_1);
          $6 = __wasm_ctz_i32($128($1_1, $126($0_1, $82(0, $0_1))));
          $2_1 = $105($6, 3);
          $1_1 = $104($2_1, 19957492);
          $0_1 = $138($104($2_1, 19957500));
          $5_1 = $431($0_1);
          block24 : {
           if (($1_1 | 0) != ($5_1 | 0)) {
            $432($5_1, $1_1);
            $433($1_1, $5_1);
            break block24;
           }
           $649($128($3_1, $184(-2, $6)));
          }
          $419($0_1, $126($4_1, 3));
          $3_1 = $104($0_1, $4_1);
          $1_1 = $82($2_1, $4_1);
          $419($3_1, $126($1_1, 1));
          $185($104($0_1, $2_1), $1_1);
          $2_1 = $646();
          if ($2_1) {
           $4_1 = $650();
           $5_1 = $645();
           $6 = $105(1, $183($2_1, 3));
           block27 : {
            if (!$128($5_1, $6)) {
             $649($126($5_1, $6));
             $2_1 = $104($128($2_1, -8), 19957492);
             $5_1 = $2_1;
             break block27;
            }
            $2_1 = $128($2_1, -8);
            $5_1 = $104($2_1, 19957492);
            $2_1 = $138($104($2_1, 19957500));
           }
           $433($5_1, $4_1);
           $432($2_1, $4_1);
           $432($4_1, $5_1);
           $433($4_1, $2_1);
          }
          $0_1 = $104($0_1, 8);
          $651($3_1);
          $652($1_1);
          break block6;
         }
         $653($128($644(), $184(-2, $648($3_1))));
        }
        block32 : {
         block29 : {
          if ($2_1 >>> 0 >= 16) {
           $419($3_1, $126($4_1, 3));
           $1_1 = $104($3_1, $4_1);
           $419($1_1, $126($2_1, 1));
           $185($104($1_1, $2_1), $2_1);
           $5_1 = $646();
           if (!$5_1) {
            break block29
           }
           $0_1 = $650();
           $6 = $645();
           $7 = $105(1, $183($5_1, 3));
           block31 : {
            if (!$128($6, $7)) {
             $649($126($6, $7));
             $5_1 = $104($128($5_1, -8), 19957492);
             $6 = $5_1;
             break block31;
            }
            $5_1 = $128($5_1, -8);
            $6 = $104($5_1, 19957492);
            $5_1 = $138($104($5_1, 19957500));
           }
           $433($6, $0_1);
           $432($5_1, $0_1);
           $432($0_1, $6);
           $433($0_1, $5_1);
           break block29;
          }
          $0_1 = $104($2_1, $4_1);
          $419($3_1, $126($0_1, 3));
          $0_1 = $104($3_1, $0_1);
          $419($0_1, $126($137($0_1), 1));
          break block32;
         }
         $651($1_1);
         $652($2_1);
        }
        $0_1 = $104($3_1, 8);
        if (!$0_1) {
         break block7
        }
        break block6;
       }
       $2_1 = $82(0, $4_1);
       $3_1 = $138($104($105($7, 2), 19957348));
       block38 : {
        block36 : {
         block34 : {
          if (!$3_1) {
           $1_1 = 0;
           $0_1 = 0;
           break block34;
          }
          $1_1 = 0;
          $5_1 = $105($4_1, (wasm2js_i32$0 = $82(25, $183($7, 1)), wasm2js_i32$1 = 0, wasm2js_i32$2 = ($7 | 0) != 31, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1));
          $0_1 = 0;
          while (1) {
           if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
            global$3 = 867898262;
            global$3 = HEAP32[1913];
           }
           block35 : {
            $6 = $128($137($3_1), -8);
            if ($4_1 >>> 0 > $6 >>> 0) {
             break block35
            }
            $6 = $82($6, $4_1);
            if ($2_1 >>> 0 <= $6 >>> 0) {
             break block35
            }
            $1_1 = $3_1;
            $2_1 = $6;
            if ($2_1) {
             break block35
            }
            $2_1 = 0;
            $0_1 = $1_1;
            break block36;
           }
           $6 = $635($3_1);
           $3_1 = $647($104($3_1, $128($183($5_1, 29), 4)));
           $0_1 = $6 ? (($3_1 | 0) != ($6 | 0) ? $6 : $0_1) : $0_1;
           $5_1 = $105($5_1, 1);
           if ($3_1) {
            continue
           }
           break;
          };
         }
         if (!$126($0_1, $1_1)) {
          $1_1 = 0;
          $0_1 = $105(2, $7);
          $0_1 = $128($126($0_1, $82(0, $0_1)), $8_1);
          if (!$0_1) {
           break block7
          }
          $0_1 = $138($104($105(__wasm_ctz_i32($0_1), 2), 19957348));
         }
         if (!$0_1) {
          break block38
         }
        }
        while (1) {
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = -778440055;
          global$3 = HEAP32[11213];
         }
         $3_1 = $128($137($0_1), -8);
         $5_1 = $82($3_1, $4_1);
         $6 = $2_1 >>> 0 > $5_1 >>> 0;
         $7 = $6 ? $5_1 : $2_1;
         $5_1 = $3_1 >>> 0 < $4_1 >>> 0;
         $2_1 = $5_1 ? $2_1 : $7;
         $1_1 = $5_1 ? $1_1 : $6 ? $0_1 : $1_1;
         $3_1 = $647($0_1);
         if ($3_1) {
          $0_1 = $3_1
         } else {
          $0_1 = $635($0_1)
         }
         if ($0_1) {
          continue
         }
         break;
        };
       }
       if (!$1_1) {
        break block7
       }
       $0_1 = $646();
       if ($0_1 >>> 0 >= $4_1 >>> 0) {
        if ($82($0_1, $4_1) >>> 0 <= $2_1 >>> 0) {
         break block7
        }
       }
       $7 = $641($1_1);
       block43 : {
        block42 : {
         $0_1 = $430($1_1);
         if (($0_1 | 0) == ($1_1 | 0)) {
          $0_1 = $635($1_1);
          $3_1 = $138($104($1_1, $0_1 ? 20 : 16));
          if ($3_1) {
           break block42
          }
          $0_1 = 0;
          break block43;
         }
         $3_1 = $431($1_1);
         $432($3_1, $0_1);
         $433($0_1, $3_1);
         break block43;
        }
        $5_1 = (wasm2js_i32$0 = $104($1_1, 20), wasm2js_i32$1 = $104($1_1, 16), wasm2js_i32$2 = $0_1, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
        while (1) {
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = -408952951;
          global$3 = HEAP32[3938];
         }
         $6 = $5_1;
         $0_1 = $3_1;
         $5_1 = $104($0_1, 20);
         $8_1 = $104($0_1, 16);
         $3_1 = $635($0_1);
         $5_1 = $3_1 ? $5_1 : $8_1;
         $3_1 = $138($104($0_1, $3_1 ? 20 : 16));
         if ($3_1) {
          continue
         }
         break;
        };
        $185($6, 0);
       }
       block44 : {
        if (!$7) {
         break block44
        }
        block48 : {
         $3_1 = $104($105($648($1_1), 2), 19957348);
         block47 : {
          if (($138($3_1) | 0) != ($1_1 | 0)) {
           if (($647($7) | 0) != ($1_1 | 0)) {
            $417($7, $0_1);
            if ($0_1) {
             break block47
            }
            break block44;
           }
           $418($7, $0_1);
           if ($0_1) {
            break block47
           }
           break block44;
          }
          $185($3_1, $0_1);
          if (!$0_1) {
           break block48
          }
         }
         $638($0_1, $7);
         $3_1 = $647($1_1);
         if ($3_1) {
          $418($0_1, $3_1);
          $638($3_1, $0_1);
         }
         $3_1 = $635($1_1);
         if (!$3_1) {
          break block44
         }
         $417($0_1, $3_1);
         $638($3_1, $0_1);
         break block44;
        }
        $653($128($644(), $184(-2, $648($1_1))));
       }
       block52 : {
        if ($2_1 >>> 0 >= 16) {
         $419($1_1, $126($4_1, 3));
         $0_1 = $104($1_1, $4_1);
         $419($0_1, $126($2_1, 1));
         $185($104($0_1, $2_1), $2_1);
         if ($2_1 >>> 0 >= 256) {
          $34($0_1, $2_1);
          break block52;
         }
         $3_1 = $645();
         $5_1 = $105(1, $183($2_1, 3));
         block54 : {
          if (!$128($3_1, $5_1)) {
           $649($126($3_1, $5_1));
           $2_1 = $104($128($2_1, 248), 19957492);
           $3_1 = $2_1;
           break block54;
          }
          $2_1 = $128($2_1, 248);
          $3_1 = $104($2_1, 19957492);
          $2_1 = $138($104($2_1, 19957500));
         }
         $433($3_1, $0_1);
         $432($2_1, $0_1);
         $432($0_1, $3_1);
         $433($0_1, $2_1);
         break block52;
        }
        $0_1 = $104($2_1, $4_1);
        $419($1_1, $126($0_1, 3));
        $0_1 = $104($1_1, $0_1);
        $419($0_1, $126($137($0_1), 1));
       }
       $0_1 = $104($1_1, 8);
       if ($0_1) {
        break block6
       }
      }
      block63 : {
       block77 : {
        block74 : {
         block73 : {
          block64 : {
           $0_1 = $646();
           if ($0_1 >>> 0 < $4_1 >>> 0) {
            $0_1 = $654();
            if ($0_1 >>> 0 <= $4_1 >>> 0) {
             $6 = $104($9, 4);
             $0_1 = $128($104($4_1, 65583), -65536);
             $3_1 = 0;
             $1_1 = 0;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -2117583553;
              global$3 = HEAP32[14982];
             }
             while (1) {
              __inlined_func$49$319 : {
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 395781082;
                global$3 = HEAP32[2611];
               }
               block33 : {
                switch ($3_1 | 0) {
                case 0:
                 $0_1 = $104($183($0_1, 16), ($128($0_1, 65535) | 0) != 0);
                 $3_1 = __wasm_memory_grow($0_1 | 0);
                 block5 : {
                  if (($3_1 | 0) == -1) {
                   $0_1 = 0;
                   $1_1 = 0;
                   break block5;
                  }
                  $1_1 = $105($0_1, 16);
                  $2_1 = $104($1_1, -16);
                  $0_1 = $105($3_1, 16);
                  $1_1 = ($0_1 | 0) == ($82(0, $1_1) | 0) ? $2_1 : $1_1;
                 }
                 $3_1 = 1;
                 continue;
                case 1:
                 $433($6, 0);
                 $3_1 = 3;
                 continue;
                case 2:
                 $185($6, $0_1);
                 break __inlined_func$49$319;
                default:
                 break block33;
                };
               }
               $419($6, $1_1);
               $3_1 = 2;
               continue;
              }
              break;
             };
             $3_1 = $137($9);
             if (!$3_1) {
              $0_1 = 0;
              break block6;
             }
             $7 = $430($9);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1833620394;
              global$3 = HEAP32[13170];
             }
             $0_1 = HEAP32[4989445];
             $6 = $431($9);
             $0_1 = $104($0_1, $6);
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1943263493;
              global$3 = HEAP32[1789];
             }
             HEAP32[4989445] = $0_1;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -1463035660;
              global$3 = HEAP32[874];
             }
             $2_1 = HEAP32[4989446];
             $0_1 = $0_1 >>> 0 > $2_1 >>> 0 ? $0_1 : $2_1;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -2078603929;
              global$3 = HEAP32[2302];
             }
             HEAP32[4989446] = $0_1;
             block60 : {
              block59 : {
               $2_1 = $659();
               if ($2_1) {
                $0_1 = 19957476;
                while (1) {
                 if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                  global$3 = 2108112980;
                  global$3 = HEAP32[3168];
                 }
                 $1_1 = $138($0_1);
                 $5_1 = $137($0_1);
                 if (($104($1_1, $5_1) | 0) == ($3_1 | 0)) {
                  break block59
                 }
                 $0_1 = $431($0_1);
                 if ($0_1) {
                  continue
                 }
                 break;
                };
                break block60;
               }
               $0_1 = $660();
               if (!(($0_1 | 0) != 0 & $0_1 >>> 0 <= $3_1 >>> 0)) {
                $661($3_1)
               }
               $662(4095);
               $663($7);
               $664($6);
               $665($3_1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 269903196;
                global$3 = HEAP32[2251];
               }
               HEAP32[4989376] = 19957492;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 703722656;
                global$3 = HEAP32[3291];
               }
               HEAP32[4989378] = 19957500;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 882693882;
                global$3 = HEAP32[14129];
               }
               HEAP32[4989375] = 19957492;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1059987510;
                global$3 = HEAP32[10204];
               }
               HEAP32[4989380] = 19957508;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 966108770;
                global$3 = HEAP32[3531];
               }
               HEAP32[4989377] = 19957500;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -504170190;
                global$3 = HEAP32[6890];
               }
               HEAP32[4989382] = 19957516;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1380467013;
                global$3 = HEAP32[5591];
               }
               HEAP32[4989379] = 19957508;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 159796117;
                global$3 = HEAP32[12362];
               }
               HEAP32[4989384] = 19957524;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1523527950;
                global$3 = HEAP32[15654];
               }
               HEAP32[4989381] = 19957516;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1502467345;
                global$3 = HEAP32[2908];
               }
               HEAP32[4989386] = 19957532;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 2042136065;
                global$3 = HEAP32[1740];
               }
               HEAP32[4989383] = 19957524;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1231381574;
                global$3 = HEAP32[6501];
               }
               HEAP32[4989388] = 19957540;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1386522137;
                global$3 = HEAP32[2468];
               }
               HEAP32[4989385] = 19957532;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1339309475;
                global$3 = HEAP32[14464];
               }
               HEAP32[4989390] = 19957548;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 849147444;
                global$3 = HEAP32[678];
               }
               HEAP32[4989387] = 19957540;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1566009410;
                global$3 = HEAP32[5343];
               }
               HEAP32[4989392] = 19957556;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1048838634;
                global$3 = HEAP32[605];
               }
               HEAP32[4989389] = 19957548;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -701167988;
                global$3 = HEAP32[10528];
               }
               HEAP32[4989391] = 19957556;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 417469695;
                global$3 = HEAP32[3855];
               }
               HEAP32[4989394] = 19957564;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1443096567;
                global$3 = HEAP32[5793];
               }
               HEAP32[4989393] = 19957564;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1798613893;
                global$3 = HEAP32[6784];
               }
               HEAP32[4989396] = 19957572;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1528605762;
                global$3 = HEAP32[9419];
               }
               HEAP32[4989395] = 19957572;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1155682118;
                global$3 = HEAP32[4894];
               }
               HEAP32[4989398] = 19957580;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -431199098;
                global$3 = HEAP32[12890];
               }
               HEAP32[4989397] = 19957580;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -220261478;
                global$3 = HEAP32[9960];
               }
               HEAP32[4989400] = 19957588;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1420359128;
                global$3 = HEAP32[14226];
               }
               HEAP32[4989399] = 19957588;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -468025804;
                global$3 = HEAP32[9305];
               }
               HEAP32[4989402] = 19957596;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1463818126;
                global$3 = HEAP32[14829];
               }
               HEAP32[4989401] = 19957596;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 920457487;
                global$3 = HEAP32[1917];
               }
               HEAP32[4989404] = 19957604;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1756590150;
                global$3 = HEAP32[10065];
               }
               HEAP32[4989403] = 19957604;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1983566242;
                global$3 = HEAP32[9231];
               }
               HEAP32[4989406] = 19957612;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1783927494;
                global$3 = HEAP32[11198];
               }
               HEAP32[4989405] = 19957612;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1196304710;
                global$3 = HEAP32[133];
               }
               HEAP32[4989408] = 19957620;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 169087123;
                global$3 = HEAP32[7637];
               }
               HEAP32[4989410] = 19957628;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -42265694;
                global$3 = HEAP32[868];
               }
               HEAP32[4989407] = 19957620;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1925612914;
                global$3 = HEAP32[2555];
               }
               HEAP32[4989412] = 19957636;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 2058379188;
                global$3 = HEAP32[665];
               }
               HEAP32[4989409] = 19957628;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 830017351;
                global$3 = HEAP32[97];
               }
               HEAP32[4989414] = 19957644;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1264579502;
                global$3 = HEAP32[12590];
               }
               HEAP32[4989411] = 19957636;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -689305064;
                global$3 = HEAP32[11278];
               }
               HEAP32[4989416] = 19957652;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -25687654;
                global$3 = HEAP32[6411];
               }
               HEAP32[4989413] = 19957644;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -2033512364;
                global$3 = HEAP32[4235];
               }
               HEAP32[4989418] = 19957660;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -880989815;
                global$3 = HEAP32[8072];
               }
               HEAP32[4989415] = 19957652;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1594429452;
                global$3 = HEAP32[8572];
               }
               HEAP32[4989420] = 19957668;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1470000225;
                global$3 = HEAP32[15195];
               }
               HEAP32[4989417] = 19957660;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 2062458197;
                global$3 = HEAP32[4172];
               }
               HEAP32[4989422] = 19957676;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1325970526;
                global$3 = HEAP32[4206];
               }
               HEAP32[4989419] = 19957668;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -301826888;
                global$3 = HEAP32[9875];
               }
               HEAP32[4989424] = 19957684;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1548141788;
                global$3 = HEAP32[12581];
               }
               HEAP32[4989421] = 19957676;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1770731920;
                global$3 = HEAP32[11144];
               }
               HEAP32[4989426] = 19957692;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 74210186;
                global$3 = HEAP32[15524];
               }
               HEAP32[4989423] = 19957684;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -179031444;
                global$3 = HEAP32[5714];
               }
               HEAP32[4989428] = 19957700;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 150376915;
                global$3 = HEAP32[1132];
               }
               HEAP32[4989425] = 19957692;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 235166269;
                global$3 = HEAP32[1722];
               }
               HEAP32[4989430] = 19957708;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 2098757894;
                global$3 = HEAP32[9381];
               }
               HEAP32[4989427] = 19957700;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -2033367331;
                global$3 = HEAP32[4337];
               }
               HEAP32[4989432] = 19957716;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -336722141;
                global$3 = HEAP32[15800];
               }
               HEAP32[4989429] = 19957708;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 825579510;
                global$3 = HEAP32[3356];
               }
               HEAP32[4989434] = 19957724;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1933818454;
                global$3 = HEAP32[5213];
               }
               HEAP32[4989431] = 19957716;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1066842135;
                global$3 = HEAP32[12244];
               }
               HEAP32[4989436] = 19957732;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1478422524;
                global$3 = HEAP32[14270];
               }
               HEAP32[4989433] = 19957724;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 796814945;
                global$3 = HEAP32[2845];
               }
               HEAP32[4989438] = 19957740;
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 123795762;
                global$3 = HEAP32[2076];
               }
               HEAP32[4989435] = 19957732;
               $0_1 = $128($104($3_1, 15), -8);
               $2_1 = $104($0_1, -8);
               $729($2_1);
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -1488236287;
                global$3 = HEAP32[11920];
               }
               HEAP32[4989437] = 19957740;
               $1_1 = $82($3_1, $0_1);
               $0_1 = $104($6, -40);
               $1_1 = $104($104($1_1, $0_1), 8);
               $731($1_1);
               $419($2_1, $126($1_1, 1));
               $419($104($3_1, $0_1), 40);
               $732(2097152);
               break block63;
              }
              if ($2_1 >>> 0 >= $3_1 >>> 0) {
               break block60
              }
              if ($2_1 >>> 0 < $1_1 >>> 0) {
               break block60
              }
              $1_1 = $430($0_1);
              if ($128($1_1, 1)) {
               break block60
              }
              if (($183($1_1, 1) | 0) == ($7 | 0)) {
               break block64
              }
             }
             $0_1 = $660();
             $661($0_1 >>> 0 < $3_1 >>> 0 ? $0_1 : $3_1);
             $1_1 = $104($3_1, $6);
             $0_1 = 19957476;
             block67 : {
              block66 : {
               while (1) {
                block65 : {
                 if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                  global$3 = -1433571316;
                  global$3 = HEAP32[8254];
                 }
                 $5_1 = $138($0_1);
                 if (($1_1 | 0) == ($5_1 | 0)) {
                  break block65
                 }
                 $0_1 = $431($0_1);
                 if ($0_1) {
                  continue
                 }
                 break block66;
                }
                break;
               };
               $1_1 = $430($0_1);
               if ($128($1_1, 1)) {
                break block66
               }
               if (($183($1_1, 1) | 0) == ($7 | 0)) {
                break block67
               }
              }
              $0_1 = 19957476;
              while (1) {
               block69 : {
                if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                 global$3 = 477287306;
                 global$3 = HEAP32[14568];
                }
                $1_1 = $138($0_1);
                if ($1_1 >>> 0 <= $2_1 >>> 0) {
                 $1_1 = $104($1_1, $137($0_1));
                 if ($1_1 >>> 0 > $2_1 >>> 0) {
                  break block69
                 }
                }
                $0_1 = $431($0_1);
                continue;
               }
               break;
              };
              $0_1 = $128($104($3_1, 15), -8);
              $5_1 = $104($0_1, -8);
              $729($5_1);
              $8_1 = $82($3_1, $0_1);
              $0_1 = $104($6, -40);
              $8_1 = $104($104($8_1, $0_1), 8);
              $731($8_1);
              $419($5_1, $126($8_1, 1));
              $419($104($3_1, $0_1), 40);
              $732(2097152);
              $0_1 = $104($128($104($1_1, -32), -8), -8);
              $5_1 = $104($2_1, 16) >>> 0 > $0_1 >>> 0 ? $2_1 : $0_1;
              $419($5_1, 27);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -538822775;
               global$3 = HEAP32[16160];
              }
              i64toi32_i32$HIGH_BITS = HEAP32[4989370];
              $8_1 = HEAP32[4989369];
              $10_1 = i64toi32_i32$HIGH_BITS;
              $0_1 = $104($5_1, 16);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -800889132;
               global$3 = HEAP32[8771];
              }
              i64toi32_i32$HIGH_BITS = HEAP32[4989372];
              $735($0_1, HEAP32[4989371], i64toi32_i32$HIGH_BITS);
              $0_1 = $104($5_1, 8);
              $735($0_1, $8_1, $10_1);
              $663($7);
              $664($6);
              $665($3_1);
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -612471150;
               global$3 = HEAP32[10632];
              }
              HEAP32[4989371] = $0_1;
              $0_1 = $104($5_1, 28);
              while (1) {
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = 1147908803;
                global$3 = HEAP32[978];
               }
               $185($0_1, 7);
               $0_1 = $104($0_1, 4);
               if ($1_1 >>> 0 > $0_1 >>> 0) {
                continue
               }
               break;
              };
              if (($2_1 | 0) == ($5_1 | 0)) {
               break block63
              }
              $419($5_1, $128($137($5_1), -2));
              $0_1 = $82($5_1, $2_1);
              $419($2_1, $126($0_1, 1));
              $185($5_1, $0_1);
              if ($0_1 >>> 0 >= 256) {
               $34($2_1, $0_1);
               break block63;
              }
              $1_1 = $645();
              $3_1 = $105(1, $183($0_1, 3));
              block72 : {
               if (!$128($1_1, $3_1)) {
                $649($126($1_1, $3_1));
                $0_1 = $104($128($0_1, 248), 19957492);
                $1_1 = $0_1;
                break block72;
               }
               $0_1 = $128($0_1, 248);
               $1_1 = $104($0_1, 19957492);
               $0_1 = $138($104($0_1, 19957500));
              }
              $433($1_1, $2_1);
              $432($0_1, $2_1);
              $432($2_1, $1_1);
              $433($2_1, $0_1);
              break block63;
             }
             $185($0_1, $3_1);
             $419($0_1, $104($137($0_1), $6));
             $1_1 = $104($128($104($3_1, 15), -8), -8);
             $419($1_1, $126($4_1, 3));
             $2_1 = $104($128($104($5_1, 15), -8), -8);
             $0_1 = $104($1_1, $4_1);
             $4_1 = $82($2_1, $0_1);
             if (($659() | 0) == ($2_1 | 0)) {
              break block73
             }
             if (($650() | 0) == ($2_1 | 0)) {
              break block74
             }
             $3_1 = $137($2_1);
             if (($128($3_1, 3) | 0) == 1) {
              $3_1 = $128($3_1, -8);
              $29($2_1, $3_1);
              $4_1 = $104($3_1, $4_1);
              $2_1 = $104($2_1, $3_1);
              $3_1 = $137($2_1);
             }
             $419($2_1, $128($3_1, -2));
             $419($0_1, $126($4_1, 1));
             $185($104($0_1, $4_1), $4_1);
             if ($4_1 >>> 0 >= 256) {
              $34($0_1, $4_1);
              break block77;
             }
             $2_1 = $645();
             $3_1 = $105(1, $183($4_1, 3));
             block79 : {
              if (!$128($2_1, $3_1)) {
               $649($126($2_1, $3_1));
               $4_1 = $104($128($4_1, 248), 19957492);
               $2_1 = $4_1;
               break block79;
              }
              $4_1 = $128($4_1, 248);
              $2_1 = $104($4_1, 19957492);
              $4_1 = $138($104($4_1, 19957500));
             }
             $433($2_1, $0_1);
             $432($4_1, $0_1);
             $432($0_1, $2_1);
             $433($0_1, $4_1);
             break block77;
            }
            $2_1 = $82($0_1, $4_1);
            $731($2_1);
            $0_1 = $659();
            $1_1 = $104($0_1, $4_1);
            $729($1_1);
            $419($1_1, $126($2_1, 1));
            $419($0_1, $126($4_1, 3));
            $0_1 = $104($0_1, 8);
            break block6;
           }
           $2_1 = $650();
           $1_1 = $82($0_1, $4_1);
           block81 : {
            if ($1_1 >>> 0 <= 15) {
             $651(0);
             $652(0);
             $419($2_1, $126($0_1, 3));
             $0_1 = $104($2_1, $0_1);
             $419($0_1, $126($137($0_1), 1));
             break block81;
            }
            $652($1_1);
            $3_1 = $104($2_1, $4_1);
            $651($3_1);
            $419($3_1, $126($1_1, 1));
            $185($104($2_1, $0_1), $1_1);
            $419($2_1, $126($4_1, 3));
           }
           $0_1 = $104($2_1, 8);
           break block6;
          }
          $419($0_1, $104($5_1, $6));
          $0_1 = $659();
          $2_1 = $128($104($0_1, 15), -8);
          $1_1 = $104($2_1, -8);
          $729($1_1);
          $3_1 = $82($0_1, $2_1);
          $2_1 = $104($654(), $6);
          $3_1 = $104($104($3_1, $2_1), 8);
          $731($3_1);
          $419($1_1, $126($3_1, 1));
          $419($104($0_1, $2_1), 40);
          $732(2097152);
          break block63;
         }
         $729($0_1);
         $4_1 = $104($654(), $4_1);
         $731($4_1);
         $419($0_1, $126($4_1, 1));
         break block77;
        }
        $651($0_1);
        $4_1 = $104($646(), $4_1);
        $652($4_1);
        $419($0_1, $126($4_1, 1));
        $185($104($0_1, $4_1), $4_1);
       }
       $0_1 = $104($1_1, 8);
       break block6;
      }
      $0_1 = 0;
      $2_1 = $654();
      if ($4_1 >>> 0 >= $2_1 >>> 0) {
       break block6
      }
      $2_1 = $82($2_1, $4_1);
      $731($2_1);
      $0_1 = $659();
      $1_1 = $104($0_1, $4_1);
      $729($1_1);
      $419($1_1, $126($2_1, 1));
      $419($0_1, $126($4_1, 3));
      $0_1 = $104($0_1, 8);
     }
     $3_1 = 0;
     continue;
    case 2:
     return $0_1;
    default:
     break block3;
    };
   }
   $9 = $82(global$0, 16);
   global$0 = $9;
   $3_1 = 1;
   continue;
  };
 }
 
 function $27($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -814577763;
   global$3 = HEAP32[6469];
  }
  $4_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -451704402;
    global$3 = HEAP32[3282];
   }
   if ($4_1) {
    $1_1 = $104($0_1, -8);
    $2_1 = $138($104($0_1, -4));
    $0_1 = $128($2_1, -8);
    $3_1 = $104($1_1, $0_1);
    $4_1 = 0;
    continue;
   } else {
    block3 : {
     block2 : {
      if ($128($2_1, 1)) {
       break block2
      }
      if (!$128($2_1, 2)) {
       break block3
      }
      $2_1 = $138($1_1);
      $0_1 = $104($2_1, $0_1);
      $1_1 = $82($1_1, $2_1);
      if (($1_1 | 0) == ($650() | 0)) {
       if (($128($137($3_1), 3) | 0) != 3) {
        break block2
       }
       $652($0_1);
       $419($3_1, $128($137($3_1), -2));
       $419($1_1, $126($0_1, 1));
       $185($3_1, $0_1);
       return;
      }
      $29($1_1, $2_1);
     }
     block13 : {
      block9 : {
       block11 : {
        block10 : {
         block7 : {
          block6 : {
           $2_1 = $137($3_1);
           block8 : {
            if (!$128($2_1, 2)) {
             if (($659() | 0) == ($3_1 | 0)) {
              break block6
             }
             if (($650() | 0) == ($3_1 | 0)) {
              break block7
             }
             $2_1 = $128($2_1, -8);
             $29($3_1, $2_1);
             $0_1 = $104($2_1, $0_1);
             $419($1_1, $126($0_1, 1));
             $185($104($1_1, $0_1), $0_1);
             if (($650() | 0) != ($1_1 | 0)) {
              break block8
             }
             $652($0_1);
             return;
            }
            $419($3_1, $128($2_1, -2));
            $419($1_1, $126($0_1, 1));
            $185($104($1_1, $0_1), $0_1);
           }
           if ($0_1 >>> 0 < 256) {
            break block9
           }
           $34($1_1, $0_1);
           if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
            global$3 = -34673479;
            global$3 = HEAP32[1284];
           }
           $1_1 = $104(HEAP32[4989449], -1);
           $662($1_1);
           if ($1_1) {
            break block3
           }
           $0_1 = $738();
           if ($0_1) {
            break block10
           }
           $0_1 = 4095;
           break block11;
          }
          $729($1_1);
          $0_1 = $104($654(), $0_1);
          $731($0_1);
          $419($1_1, $126($0_1, 1));
          if (($650() | 0) == ($1_1 | 0)) {
           $652(0);
           $651(0);
          }
          if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
           global$3 = -1943119068;
           global$3 = HEAP32[838];
          }
          $2_1 = HEAP32[4989447];
          if ($2_1 >>> 0 >= $0_1 >>> 0) {
           break block3
          }
          $0_1 = $659();
          if (!$0_1) {
           break block3
          }
          $4_1 = $654();
          if ($4_1 >>> 0 < 41) {
           break block13
          }
          $1_1 = 19957476;
          while (1) {
           if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
            global$3 = -454890083;
            global$3 = HEAP32[14083];
           }
           $3_1 = $138($1_1);
           if ($3_1 >>> 0 <= $0_1 >>> 0) {
            if ($104($3_1, $137($1_1)) >>> 0 > $0_1 >>> 0) {
             break block13
            }
           }
           $1_1 = $431($1_1);
           continue;
          };
         }
         $651($1_1);
         $0_1 = $104($646(), $0_1);
         $652($0_1);
         $419($1_1, $126($0_1, 1));
         $185($104($1_1, $0_1), $0_1);
         return;
        }
        $1_1 = 0;
        while (1) {
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = -1857531191;
          global$3 = HEAP32[5796];
         }
         $1_1 = $104($1_1, 1);
         $0_1 = $431($0_1);
         if ($0_1) {
          continue
         }
         break;
        };
        $0_1 = $1_1 >>> 0 <= 4095 ? 4095 : $1_1;
       }
       $662($0_1);
       return;
      }
      $3_1 = $645();
      $2_1 = $105(1, $183($0_1, 3));
      block16 : {
       if (!$128($3_1, $2_1)) {
        $649($126($3_1, $2_1));
        $0_1 = $104($128($0_1, 248), 19957492);
        $3_1 = $0_1;
        break block16;
       }
       $0_1 = $128($0_1, 248);
       $3_1 = $104($0_1, 19957492);
       $0_1 = $138($104($0_1, 19957500));
      }
      $433($3_1, $1_1);
      $432($0_1, $1_1);
      $432($1_1, $3_1);
      $433($1_1, $0_1);
      return;
     }
     $0_1 = $738();
     if ($0_1) {
      $1_1 = 0;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 1271715065;
        global$3 = HEAP32[3803];
       }
       $1_1 = $104($1_1, 1);
       $0_1 = $431($0_1);
       if ($0_1) {
        continue
       }
       break;
      };
      $0_1 = $1_1 >>> 0 <= 4095 ? 4095 : $1_1;
     } else {
      $0_1 = 4095
     }
     $662($0_1);
     if ($2_1 >>> 0 >= $4_1 >>> 0) {
      break block3
     }
     $732(-1);
    }
   }
   break;
  };
 }
 
 function $29($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -850447562;
   global$3 = HEAP32[14128];
  }
  $3_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 702881650;
    global$3 = HEAP32[2855];
   }
   block2 : {
    switch ($3_1 | 0) {
    case 0:
     block11 : {
      block7 : {
       block10 : {
        if ($1_1 >>> 0 >= 256) {
         $4_1 = $641($0_1);
         block6 : {
          block5 : {
           if (($0_1 | 0) == ($2_1 | 0)) {
            $2_1 = $635($0_1);
            $1_1 = $138($104($0_1, $2_1 ? 20 : 16));
            if ($1_1) {
             break block5
            }
            $2_1 = 0;
            break block6;
           }
           $1_1 = $431($0_1);
           $432($1_1, $2_1);
           $433($2_1, $1_1);
           break block6;
          }
          $3_1 = (wasm2js_i32$0 = $104($0_1, 20), wasm2js_i32$1 = $104($0_1, 16), wasm2js_i32$2 = $2_1, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
          while (1) {
           if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
            global$3 = -1965046664;
            global$3 = HEAP32[12479];
           }
           $5_1 = $3_1;
           $2_1 = $1_1;
           $3_1 = $104($2_1, 20);
           $6 = $104($2_1, 16);
           $1_1 = $635($2_1);
           $3_1 = $1_1 ? $3_1 : $6;
           $1_1 = $138($104($2_1, $1_1 ? 20 : 16));
           if ($1_1) {
            continue
           }
           break;
          };
          $185($5_1, 0);
         }
         if (!$4_1) {
          break block7
         }
         block9 : {
          $1_1 = $104($105($648($0_1), 2), 19957348);
          if (($138($1_1) | 0) != ($0_1 | 0)) {
           if (($647($4_1) | 0) == ($0_1 | 0)) {
            break block9
           }
           $417($4_1, $2_1);
           if ($2_1) {
            break block10
           }
           break block7;
          }
          $185($1_1, $2_1);
          if (!$2_1) {
           break block11
          }
          break block10;
         }
         $418($4_1, $2_1);
         if ($2_1) {
          break block10
         }
         break block7;
        }
        $3_1 = $431($0_1);
        if (($2_1 | 0) != ($3_1 | 0)) {
         $432($3_1, $2_1);
         $433($2_1, $3_1);
         return;
        }
        $649($128($645(), $184(-2, $183($1_1, 3))));
        return;
       }
       $638($2_1, $4_1);
       $1_1 = $647($0_1);
       if ($1_1) {
        $418($2_1, $1_1);
        $638($1_1, $2_1);
       }
       $1_1 = $635($0_1);
       if (!$1_1) {
        break block7
       }
       $417($2_1, $1_1);
       $638($1_1, $2_1);
       return;
      }
      return;
     }
     $3_1 = 2;
     continue;
    case 1:
     $2_1 = $430($0_1);
     $3_1 = 0;
     continue;
    default:
     break block2;
    };
   }
   break;
  };
  $653($128($644(), $184(-2, $648($0_1))));
 }
 
 function $30($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1605609395;
   global$3 = HEAP32[15823];
  }
  $2_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1589660810;
    global$3 = HEAP32[3744];
   }
   if (!$2_1) {
    block3 : {
     $2_1 = $137($0_1);
     block2 : {
      if ($128($2_1, 1)) {
       break block2
      }
      if (!$128($2_1, 2)) {
       break block3
      }
      $2_1 = $138($0_1);
      $1_1 = $104($2_1, $1_1);
      $0_1 = $82($0_1, $2_1);
      if (($0_1 | 0) == ($650() | 0)) {
       if (($128($137($3_1), 3) | 0) != 3) {
        break block2
       }
       $652($1_1);
       $419($3_1, $128($137($3_1), -2));
       $419($0_1, $126($1_1, 1));
       $185($3_1, $1_1);
       break block3;
      }
      $29($0_1, $2_1);
     }
     block7 : {
      block6 : {
       $2_1 = $137($3_1);
       block8 : {
        if (!$128($2_1, 2)) {
         if (($659() | 0) == ($3_1 | 0)) {
          break block6
         }
         if (($650() | 0) == ($3_1 | 0)) {
          break block7
         }
         $2_1 = $128($2_1, -8);
         $29($3_1, $2_1);
         $1_1 = $104($2_1, $1_1);
         $419($0_1, $126($1_1, 1));
         $185($104($0_1, $1_1), $1_1);
         if (($650() | 0) != ($0_1 | 0)) {
          break block8
         }
         $652($1_1);
         return;
        }
        $419($3_1, $128($2_1, -2));
        $419($0_1, $126($1_1, 1));
        $185($104($0_1, $1_1), $1_1);
       }
       if ($1_1 >>> 0 >= 256) {
        $34($0_1, $1_1);
        return;
       }
       $3_1 = $645();
       $2_1 = $105(1, $183($1_1, 3));
       block11 : {
        if (!$128($3_1, $2_1)) {
         $649($126($3_1, $2_1));
         $1_1 = $104($128($1_1, 248), 19957492);
         $3_1 = $1_1;
         break block11;
        }
        $1_1 = $128($1_1, 248);
        $3_1 = $104($1_1, 19957492);
        $1_1 = $138($104($1_1, 19957500));
       }
       $433($3_1, $0_1);
       $432($1_1, $0_1);
       $432($0_1, $3_1);
       $433($0_1, $1_1);
       return;
      }
      $729($0_1);
      $1_1 = $104($654(), $1_1);
      $731($1_1);
      $419($0_1, $126($1_1, 1));
      if (($650() | 0) != ($0_1 | 0)) {
       break block3
      }
      $652(0);
      $651(0);
      return;
     }
     $651($0_1);
     $1_1 = $104($646(), $1_1);
     $652($1_1);
     $419($0_1, $126($1_1, 1));
     $185($104($0_1, $1_1), $1_1);
     return;
    }
    return;
   }
   $3_1 = $104($0_1, $1_1);
   $2_1 = 0;
   continue;
  };
 }
 
 function $34($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1353310544;
   global$3 = HEAP32[7262];
  }
  $3_1 = 9;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1152839268;
    global$3 = HEAP32[13746];
   }
   block10 : {
    switch ($3_1 | 0) {
    case 0:
     $742($0_1, $2_1);
     $3_1 = 1;
     continue;
    case 1:
     $4_1 = $104($105($2_1, 2), 19957348);
     $3_1 = 8;
     continue;
    case 2:
     $638($0_1, $5_1);
     $3_1 = 10;
     continue;
    case 3:
     $433($0_1, $0_1);
     return;
    case 4:
     $639($0_1, 0, 0);
     $3_1 = 0;
     continue;
    case 5:
     block13 : {
      $5_1 = $138($4_1);
      block12 : {
       if (($128($137($5_1), -8) | 0) == ($1_1 | 0)) {
        $2_1 = $5_1;
        break block12;
       }
       $4_1 = $105($1_1, (wasm2js_i32$0 = $82(25, $183($2_1, 1)), wasm2js_i32$1 = 0, wasm2js_i32$2 = ($2_1 | 0) != 31, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1));
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = -477377485;
         global$3 = HEAP32[4610];
        }
        $6 = $104($5_1, $128($183($4_1, 29), 4));
        $2_1 = $647($6);
        if (!$2_1) {
         break block13
        }
        $4_1 = $105($4_1, 1);
        $5_1 = $2_1;
        if (($128($137($2_1), -8) | 0) != ($1_1 | 0)) {
         continue
        }
        break;
       };
      }
      $4_1 = $431($2_1);
      $432($4_1, $0_1);
      $433($2_1, $0_1);
      $638($0_1, 0);
      $432($0_1, $2_1);
      $433($0_1, $4_1);
      return;
     }
     $3_1 = 6;
     continue;
    case 6:
     $185($104($6, 16), $0_1);
     $3_1 = 2;
     continue;
    case 7:
     $4_1 = $183($1_1, 8);
     block14 : {
      if (!$4_1) {
       break block14
      }
      $2_1 = 31;
      if ($1_1 >>> 0 >= 16777216) {
       break block14
      }
      $2_1 = Math_clz32($4_1);
      $2_1 = $182($126($128($183($1_1, $82(38, $2_1)), 1), $105($2_1, 1)), 62);
     }
     $3_1 = 4;
     continue;
    case 8:
     $3_1 = $644();
     $5_1 = $105(1, $2_1);
     if (!$128($3_1, $5_1)) {
      $185($4_1, $0_1);
      $638($0_1, $4_1);
      $432($0_1, $0_1);
      $433($0_1, $0_1);
      $653($126($644(), $5_1));
      return;
     }
     $3_1 = 5;
     continue;
    case 9:
     $2_1 = 0;
     $3_1 = 7;
     continue;
    default:
     break block10;
    };
   }
   $432($0_1, $0_1);
   $3_1 = 3;
   continue;
  };
 }
 
 function $36($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1451950325;
   global$3 = HEAP32[8079];
  }
  $1_1 = 0;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -609315088;
    global$3 = HEAP32[14133];
   }
   if (!$1_1) {
    if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
     global$3 = -1135733270;
     global$3 = HEAP32[12296];
    }
    i64toi32_i32$HIGH_BITS = HEAP32[263051];
    $749($0_1, HEAP32[263050], i64toi32_i32$HIGH_BITS);
    $1_1 = 1;
    continue;
   }
   break;
  };
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -404841073;
   global$3 = HEAP32[4902];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[263049];
  $735($0_1, HEAP32[263048], i64toi32_i32$HIGH_BITS);
 }
 
 function $37($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1674319657;
   global$3 = HEAP32[15069];
  }
  $1_1 = 0;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -440839361;
    global$3 = HEAP32[9035];
   }
   if (!$1_1) {
    if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
     global$3 = 822373211;
     global$3 = HEAP32[10647];
    }
    i64toi32_i32$HIGH_BITS = HEAP32[263047];
    $749($0_1, HEAP32[263046], i64toi32_i32$HIGH_BITS);
    $1_1 = 1;
    continue;
   }
   break;
  };
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 151744502;
   global$3 = HEAP32[12168];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[263045];
  $735($0_1, HEAP32[263044], i64toi32_i32$HIGH_BITS);
 }
 
 function $38($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 276779117;
   global$3 = HEAP32[6621];
  }
  $2_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1739677472;
    global$3 = HEAP32[2815];
   }
   if (!$2_1) {
    $2_1 = $138($1_1);
    $1_1 = $137($1_1);
    $0_1 = $138($430($0_1));
    return $56($2_1, $1_1, $138($0_1), $137($0_1)) | 0;
   }
   if (($138($0_1) | 0) != -2147483648) {
    $0_1 = $61($1_1, $137($0_1), $431($0_1))
   } else {
    $2_1 = 0;
    continue;
   }
   break;
  };
  return $0_1 | 0;
 }
 
 function $39($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1906248191;
   global$3 = HEAP32[9174];
  }
  $2_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1834747836;
    global$3 = HEAP32[1019];
   }
   if (!$2_1) {
    $185($0_1, $1_1);
    return;
   }
   $419($0_1, 1052336);
   $2_1 = 0;
   continue;
  };
 }
 
 function $40($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1515810770;
   global$3 = HEAP32[9011];
  }
  $84($0_1, $741($1_1), i64toi32_i32$HIGH_BITS);
 }
 
 function $41($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 376477477;
   global$3 = HEAP32[6003];
  }
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -2093630643;
    global$3 = HEAP32[739];
   }
   block7 : {
    switch ($2_1 | 0) {
    case 0:
     $3_1 = $137($1_1);
     $2_1 = 2;
     continue;
    case 1:
     $185($1_1, $4_1);
     $2_1 = 6;
     continue;
    case 2:
     $4_1 = $138($1_1);
     $2_1 = 7;
     continue;
    case 3:
     $419($1_1, $3_1);
     $2_1 = 1;
     continue;
    case 4:
     $185($0_1, $1_1);
     return;
    case 5:
     $1_1 = $5(8, 4);
     if (!$1_1) {
      $51(4, 8);
      wasm2js_trap();
     }
     $2_1 = 3;
     continue;
    case 6:
     $419($0_1, 1052336);
     $2_1 = 4;
     continue;
    default:
     break block7;
    };
   }
   $8();
   $2_1 = 5;
   continue;
  };
 }
 
 function $42($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1625284526;
   global$3 = HEAP32[13776];
  }
  return $61($1_1, $138($0_1), $137($0_1)) | 0;
 }
 
 function $43($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 496563435;
   global$3 = HEAP32[9835];
  }
  $3_1 = 3;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -2088255644;
    global$3 = HEAP32[15863];
   }
   block7 : {
    switch ($3_1 | 0) {
    case 0:
     $433($0_1, $104($4_1, $6));
     $3_1 = 6;
     continue;
    case 1:
     $4_1 = 1;
     block9 : {
      if ($1_1 >>> 0 < 128) {
       break block9
      }
      $4_1 = 2;
      if ($1_1 >>> 0 < 2048) {
       break block9
      }
      $4_1 = $1_1 >>> 0 < 65536 ? 3 : 4;
     }
     $3_1 = 2;
     continue;
    case 2:
     $2_1 = $6;
     $3_1 = 5;
     continue;
    case 3:
     $6 = $431($0_1);
     $3_1 = 1;
     continue;
    case 4:
     block13 : {
      if ($1_1 >>> 0 >= 128) {
       $7 = $126($128($1_1, 63), -128);
       $5_1 = $183($1_1, 6);
       if ($1_1 >>> 0 < 2048) {
        $753($2_1, $7);
        $140($2_1, $126($5_1, 192));
        break block13;
       }
       $3_1 = $183($1_1, 12);
       $5_1 = $126($128($5_1, 63), -128);
       if ($1_1 >>> 0 <= 65535) {
        $754($2_1, $7);
        $753($2_1, $5_1);
        $140($2_1, $126($3_1, 224));
        break block13;
       }
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 1707622939;
        global$3 = HEAP32[8127];
       }
       HEAP8[$2_1 + 3 | 0] = $7;
       $754($2_1, $5_1);
       $753($2_1, $126($128($3_1, 63), -128));
       $140($2_1, $126($183($1_1, 18), -16));
       break block13;
      }
      $140($2_1, $1_1);
     }
     $3_1 = 0;
     continue;
    case 5:
     if ($82($138($0_1), $6) >>> 0 < $4_1 >>> 0) {
      $10($0_1, $6, $4_1);
      $2_1 = $431($0_1);
     }
     $3_1 = 7;
     continue;
    case 6:
     return 0;
    default:
     break block7;
    };
   }
   $2_1 = $104($137($0_1), $2_1);
   $3_1 = 4;
   continue;
  };
 }
 
 function $44($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0, $4_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1889346514;
   global$3 = HEAP32[6221];
  }
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1614884900;
    global$3 = HEAP32[14373];
   }
   block2 : {
    switch ($4_1 | 0) {
    case 0:
     $4_1 = $138($0_1);
     $3_1 = $431($0_1);
     block5 : {
      block4 : {
       if ($82($4_1, $3_1) >>> 0 < $2_1 >>> 0) {
        $10($0_1, $3_1, $2_1);
        $3_1 = $431($0_1);
        break block4;
       }
       if (!$2_1) {
        break block5
       }
      }
      if (!$2_1) {
       break block5
      }
      wasm2js_memory_copy($104($137($0_1), $3_1), $1_1, $2_1);
     }
     $4_1 = 1;
     continue;
    case 1:
     $433($0_1, $104($3_1, $2_1));
     $4_1 = 2;
     continue;
    default:
     break block2;
    };
   }
   break;
  };
  $0_1 = 0;
  return $0_1 | 0;
 }
 
 function $45($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1784689925;
   global$3 = HEAP32[1097];
  }
  $2_1 = 2;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 750957369;
    global$3 = HEAP32[4529];
   }
   block4 : {
    switch ($2_1 | 0) {
    case 0:
     global$0 = $104($4_1, 32);
     return;
    case 1:
     if (($138($1_1) | 0) == -2147483648) {
      $2_1 = $430($1_1);
      $742($4_1, 0);
      $3_1 = $4_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1853329532;
       global$3 = HEAP32[12603];
      }
      $3_1 = $3_1 + 20 | 0;
      HEAP32[$3_1 >> 2] = 0;
      HEAP32[$3_1 + 4 >> 2] = 1;
      $3_1 = $104($4_1, 20);
      $2_1 = $138($2_1);
      $56($3_1, 1052096, $138($2_1), $137($2_1));
      $2_1 = $648($4_1);
      $418($4_1, $2_1);
      $3_1 = $4_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1928085e3;
       global$3 = HEAP32[2330];
      }
      $5_1 = $3_1 + 20 | 0;
      $3_1 = HEAP32[$5_1 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$5_1 + 4 >> 2];
      $5_1 = i64toi32_i32$HIGH_BITS;
      $76($4_1, $3_1, $5_1);
      $433($1_1, $2_1);
      $735($1_1, $3_1, $5_1);
     }
     $2_1 = 3;
     continue;
    case 2:
     $4_1 = $82(global$0, 32);
     global$0 = $4_1;
     $2_1 = 1;
     continue;
    case 3:
     $419($0_1, 1052352);
     $2_1 = 4;
     continue;
    default:
     break block4;
    };
   }
   $185($0_1, $1_1);
   $2_1 = 0;
   continue;
  };
 }
 
 function $46($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 317862223;
   global$3 = HEAP32[3864];
  }
  $2_1 = 8;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 44833061;
    global$3 = HEAP32[5695];
   }
   block14 : {
    switch ($2_1 | 0) {
    case 0:
     $76($3_1, $6, $5_1);
     $2_1 = 5;
     continue;
    case 1:
     $418($3_1, $4_1);
     $2_1 = 0;
     continue;
    case 2:
     global$0 = $104($3_1, 48);
     return;
    case 3:
     $735($1_1, 0, 1);
     $2_1 = 1;
     continue;
    case 4:
     $433($1_1, $647($3_1));
     $2_1 = 7;
     continue;
    case 5:
     $8();
     $2_1 = 9;
     continue;
    case 6:
     $185($0_1, $1_1);
     $2_1 = 2;
     continue;
    case 7:
     $735($1_1, $89($3_1), i64toi32_i32$HIGH_BITS);
     $2_1 = 14;
     continue;
    case 8:
     $3_1 = $82(global$0, 48);
     global$0 = $3_1;
     $2_1 = 11;
     continue;
    case 9:
     $1_1 = $5(12, 4);
     if (!$1_1) {
      $51(4, 12);
      wasm2js_trap();
     }
     $2_1 = 4;
     continue;
    case 10:
     $4_1 = $431($1_1);
     $2_1 = 12;
     continue;
    case 11:
     if (($138($1_1) | 0) == -2147483648) {
      $4_1 = $430($1_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1410736626;
       global$3 = HEAP32[2958];
      }
      HEAP32[$3_1 + 44 >> 2] = 0;
      $2_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -92130975;
       global$3 = HEAP32[8988];
      }
      $2_1 = $2_1 + 36 | 0;
      HEAP32[$2_1 >> 2] = 0;
      HEAP32[$2_1 + 4 >> 2] = 1;
      $2_1 = $104($3_1, 36);
      $4_1 = $138($4_1);
      $56($2_1, 1052096, $138($4_1), $137($4_1));
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 327833292;
       global$3 = HEAP32[4463];
      }
      $4_1 = HEAP32[$3_1 + 44 >> 2];
      $2_1 = $4_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1068275544;
       global$3 = HEAP32[10425];
      }
      HEAP32[$3_1 + 32 >> 2] = $2_1;
      $2_1 = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -2080460574;
       global$3 = HEAP32[3181];
      }
      $5_1 = $2_1 + 36 | 0;
      $2_1 = HEAP32[$5_1 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$5_1 + 4 >> 2];
      $6 = $2_1;
      $5_1 = i64toi32_i32$HIGH_BITS;
      $77($3_1, $2_1, $5_1);
      $433($1_1, $4_1);
      $735($1_1, $2_1, $5_1);
     }
     $2_1 = 10;
     continue;
    case 12:
     $433($1_1, 0);
     $2_1 = 13;
     continue;
    case 13:
     $6 = $741($1_1);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $2_1 = 3;
     continue;
    default:
     break block14;
    };
   }
   $419($0_1, 1052352);
   $2_1 = 6;
   continue;
  };
 }
 
 function $47($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -970332815;
   global$3 = HEAP32[9806];
  }
  $185($0_1, 0);
 }
 
 function $48($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1851146325;
   global$3 = HEAP32[3008];
  }
  return $56($0_1, 1052096, $1_1, $2_1) | 0;
 }
 
 function $50($0_1, $1_1) {
  var $2_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -180036828;
   global$3 = HEAP32[5084];
  }
  $2_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 1403506278;
    global$3 = HEAP32[15848];
   }
   block2 : {
    switch ($2_1 | 0) {
    case 0:
     wasm2js_trap();
    case 1:
     if ($0_1) {
      $51($0_1, $1_1);
      wasm2js_trap();
     }
     $2_1 = 2;
     continue;
    default:
     break block2;
    };
   }
   break;
  };
  $0_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1975477166;
   global$3 = HEAP32[4556];
  }
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1894074595;
    global$3 = HEAP32[191];
   }
   if (!$0_1) {
    $55(1052368, 35, 1052388);
    $0_1 = 1;
    continue;
   }
   break;
  };
  wasm2js_trap();
 }
 
 function $51($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1323638602;
   global$3 = HEAP32[13025];
  }
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 690440217;
   global$3 = HEAP32[7046];
  }
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1282653609;
   global$3 = HEAP32[5986];
  }
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1658847820;
   global$3 = HEAP32[1475];
  }
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -434864217;
   global$3 = HEAP32[9376];
  }
  $2_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1647083623;
    global$3 = HEAP32[11920];
   }
   block4 : {
    switch ($2_1 | 0) {
    case 0:
     wasm2js_trap();
    case 1:
     $3_1 = $82(global$0, 16);
     global$0 = $3_1;
     $2_1 = 2;
     continue;
    case 2:
     $432($3_1, $1_1);
     $2_1 = 4;
     continue;
    case 3:
     $0_1 = $104($3_1, 8);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 283150986;
      global$3 = HEAP32[11046];
     }
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1086765729;
      global$3 = HEAP32[14259];
     }
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -221408266;
      global$3 = HEAP32[5603];
     }
     $1_1 = 1;
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 953892393;
       global$3 = HEAP32[11007];
      }
      if ($1_1) {
       $1_1 = $138($0_1);
       $2_1 = $137($0_1);
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -811269904;
        global$3 = HEAP32[3883];
       }
       $0_1 = HEAP32[4989332];
       FUNCTION_TABLE[($0_1 ? $0_1 : 1) | 0]($1_1, $2_1);
       $1_1 = 0;
       continue;
      } else {
       wasm2js_trap()
      }
     };
    default:
     break block4;
    };
   }
   $433($3_1, $0_1);
   $2_1 = 3;
   continue;
  };
 }
 
 function $53($0_1, $1_1) {
  var $2_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1527795289;
   global$3 = HEAP32[6598];
  }
  $2_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 1815567832;
    global$3 = HEAP32[564];
   }
   if ($2_1) {
    $55($0_1, $126($105(46, 1), 1), $1_1);
    $2_1 = 0;
    continue;
   } else {
    wasm2js_trap()
   }
  };
 }
 
 function $55($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 775607994;
   global$3 = HEAP32[10705];
  }
  $3_1 = 4;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -285913894;
    global$3 = HEAP32[6193];
   }
   block7 : {
    switch ($3_1 | 0) {
    case 0:
     $638($4_1, $2_1);
     $3_1 = 5;
     continue;
    case 1:
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 2057395761;
      global$3 = HEAP32[3510];
     }
     HEAP16[$4_1 + 28 >> 1] = 1;
     $3_1 = 0;
     continue;
    case 2:
     $432($4_1, $0_1);
     $3_1 = 1;
     continue;
    case 3:
     $2_1 = $104($4_1, 20);
     $0_1 = 0;
     $1_1 = 0;
     $3_1 = 0;
     $4_1 = 0;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -266674093;
      global$3 = HEAP32[8586];
     }
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1066880511;
       global$3 = HEAP32[8180];
      }
      block51 : {
       switch ($0_1 | 0) {
       case 0:
        $1_1 = $82(global$0, 16);
        global$0 = $1_1;
        $0_1 = 2;
        continue;
       case 1:
        $0_1 = $1_1;
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = 392162188;
         global$3 = HEAP32[7125];
        }
        $0_1 = $0_1 + 4 | 0;
        HEAP32[$0_1 >> 2] = $3_1;
        HEAP32[$0_1 + 4 >> 2] = $4_1;
        $0_1 = 5;
        continue;
       case 2:
        $3_1 = $741($2_1);
        $4_1 = i64toi32_i32$HIGH_BITS;
        $0_1 = 4;
        continue;
       case 3:
        wasm2js_trap();
       case 4:
        $432($1_1, $2_1);
        $0_1 = 1;
        continue;
       default:
        break block51;
       };
      }
      break;
     };
     $0_1 = $104($1_1, 4);
     $1_1 = 0;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1726993371;
      global$3 = HEAP32[16111];
     }
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -449265290;
      global$3 = HEAP32[12849];
     }
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1705432643;
      global$3 = HEAP32[12935];
     }
     $2_1 = 3;
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1921085011;
       global$3 = HEAP32[6418];
      }
      block50 : {
       switch ($2_1 | 0) {
       case 0:
        $432($1_1, $0_1);
        $2_1 = 5;
        continue;
       case 1:
        wasm2js_trap();
       case 2:
        $2_1 = $138($0_1);
        $3_1 = $137($2_1);
        if ($128($3_1, 1)) {
         $2_1 = $138($2_1);
         $419($1_1, $183($3_1, 1));
         $185($1_1, $2_1);
         $2_1 = $137($0_1);
         $0_1 = $431($0_1);
         $19($1_1, 1052120, $2_1, $630($0_1), $631($0_1));
         wasm2js_trap();
        }
        $2_1 = 4;
        continue;
       case 3:
        $1_1 = $82(global$0, 16);
        global$0 = $1_1;
        $2_1 = 2;
        continue;
       case 4:
        $185($1_1, -2147483648);
        $2_1 = 0;
        continue;
       default:
        break block50;
       };
      }
      $2_1 = $137($0_1);
      $0_1 = $431($0_1);
      $19($1_1, 1052148, $2_1, $630($0_1), $631($0_1));
      $2_1 = 1;
      continue;
     };
    case 4:
     $4_1 = $82(global$0, 32);
     global$0 = $4_1;
     $3_1 = 6;
     continue;
    case 5:
     $417($4_1, $104($4_1, 12));
     $3_1 = 3;
     continue;
    case 6:
     $418($4_1, $1_1);
     $3_1 = 2;
     continue;
    default:
     break block7;
    };
   }
   break;
  };
  wasm2js_trap();
 }
 
 function $56($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, $11 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0, wasm2js_i32$3 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1776171975;
   global$3 = HEAP32[13052];
  }
  $4_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1598623566;
    global$3 = HEAP32[3964];
   }
   block3 : {
    switch ($4_1 | 0) {
    case 0:
     global$0 = $104($6, 16);
     $4_1 = 2;
     continue;
    case 1:
     $6 = $82(global$0, 16);
     global$0 = $6;
     $4_1 = 3;
     continue;
    case 2:
     return $5_1;
    default:
     break block3;
    };
   }
   block6 : {
    block5 : {
     if (!$128($3_1, 1)) {
      $5_1 = $139($2_1);
      if ($5_1) {
       break block5
      }
      $4_1 = 0;
      break block6;
     }
     $4_1 = ((((wasm2js_i32$1 = $0_1, wasm2js_i32$2 = $2_1), wasm2js_i32$3 = $183($3_1, 1)), wasm2js_i32$0 = $430($1_1) | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$1 | 0, wasm2js_i32$2 | 0, wasm2js_i32$3 | 0) | 0);
     break block6;
    }
    $10_1 = $430($1_1);
    $7 = 0;
    while (1) {
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1729947989;
      global$3 = HEAP32[9681];
     }
     $4_1 = $104($2_1, 1);
     block12 : {
      block9 : {
       block10 : {
        block8 : {
         if ($5_1 << 24 >> 24 < 0) {
          $8_1 = $128($5_1, 255);
          if (($8_1 | 0) == 128) {
           break block8
          }
          if (($8_1 | 0) != 192) {
           break block9
          }
          $419($6, $1_1);
          $185($6, $0_1);
          $749($6, 1610612768, 0);
          $5_1 = $104($3_1, $105($7, 3));
          if (!(((wasm2js_i32$3 = $138($5_1), wasm2js_i32$2 = $6), wasm2js_i32$0 = $137($5_1) | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$3 | 0, wasm2js_i32$2 | 0) | 0)) {
           break block10
          }
          $4_1 = 1;
          break block6;
         }
         $5_1 = $128($5_1, 255);
         if (!(FUNCTION_TABLE[$10_1 | 0]($0_1, $4_1, $5_1) | 0)) {
          $2_1 = $104($4_1, $5_1);
          break block12;
         }
         $4_1 = 1;
         break block6;
        }
        $5_1 = $104($2_1, 3);
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = 923504692;
         global$3 = HEAP32[264];
        }
        $2_1 = $2_1 + 1 | 0;
        $2_1 = HEAPU8[$2_1 | 0] | HEAPU8[$2_1 + 1 | 0] << 8;
        if (!(FUNCTION_TABLE[$10_1 | 0]($0_1, $5_1, $2_1) | 0)) {
         $2_1 = $104($5_1, $2_1);
         break block12;
        }
        $4_1 = 1;
        break block6;
       }
       $7 = $104($7, 1);
       $2_1 = $4_1;
       break block12;
      }
      $11 = 1610612768;
      if ($128($5_1, 1)) {
       $4_1 = $104($2_1, 5);
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = -1671000529;
        global$3 = HEAP32[15600];
       }
       $2_1 = $2_1 + 1 | 0;
       $11 = HEAPU8[$2_1 | 0] | HEAPU8[$2_1 + 1 | 0] << 8 | (HEAPU8[$2_1 + 2 | 0] << 16 | HEAPU8[$2_1 + 3 | 0] << 24);
      }
      $8_1 = 0;
      block16 : {
       if (!$128($5_1, 2)) {
        $2_1 = $4_1;
        $9 = 0;
        break block16;
       }
       $2_1 = $104($4_1, 2);
       $9 = $766($4_1);
      }
      block18 : {
       if (!$128($5_1, 4)) {
        $4_1 = $2_1;
        break block18;
       }
       $4_1 = $104($2_1, 2);
       $8_1 = $766($2_1);
      }
      block20 : {
       if (!$128($5_1, 8)) {
        $2_1 = $4_1;
        break block20;
       }
       $2_1 = $104($4_1, 2);
       $7 = $766($4_1);
      }
      if ($128($5_1, 16)) {
       $9 = $767($104($3_1, $105($128($9, 65535), 3)))
      }
      if ($128($5_1, 32)) {
       $8_1 = $767($104($3_1, $105($128($8_1, 65535), 3)))
      }
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -75224276;
       global$3 = HEAP32[16140];
      }
      HEAP16[$6 + 14 >> 1] = $8_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -382332674;
       global$3 = HEAP32[6350];
      }
      HEAP16[$6 + 12 >> 1] = $9;
      $433($6, $11);
      $419($6, $1_1);
      $185($6, $0_1);
      $5_1 = $104($3_1, $105($7, 3));
      $4_1 = 1;
      if (((wasm2js_i32$2 = $138($5_1), wasm2js_i32$3 = $6), wasm2js_i32$0 = $137($5_1) | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$2 | 0, wasm2js_i32$3 | 0) | 0) {
       break block6
      }
      $7 = $104($7, 1);
     }
     $5_1 = $139($2_1);
     if ($5_1) {
      continue
     }
     break;
    };
    $4_1 = 0;
   }
   $5_1 = $4_1;
   $4_1 = 0;
   continue;
  };
 }
 
 function $57($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1485746251;
   global$3 = HEAP32[15693];
  }
  $3_1 = 3;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 1425587186;
    global$3 = HEAP32[1603];
   }
   block6 : {
    switch ($3_1 | 0) {
    case 0:
     wasm2js_trap();
    case 1:
     $55(1048616, $104($4_1, 16), $2_1);
     $3_1 = 0;
     continue;
    case 2:
     $65($4_1, $416($5_1, $6, $104($4_1, 12), 0), i64toi32_i32$HIGH_BITS);
     $3_1 = 1;
     continue;
    case 3:
     $4_1 = $82(global$0, 32);
     global$0 = $4_1;
     $3_1 = 4;
     continue;
    case 4:
     $432($4_1, $1_1);
     $3_1 = 5;
     continue;
    case 5:
     $433($4_1, $0_1);
     $3_1 = 6;
     continue;
    default:
     break block6;
    };
   }
   $3_1 = 32;
   $5_1 = $143(17, 0, $3_1);
   $6 = i64toi32_i32$HIGH_BITS;
   $77($4_1, $416($5_1, $6, $104($4_1, 8), 0), i64toi32_i32$HIGH_BITS);
   $3_1 = 2;
   continue;
  };
 }
 
 function $60($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1753197555;
   global$3 = HEAP32[10266];
  }
  $4_1 = 2;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -1807957009;
    global$3 = HEAP32[8681];
   }
   block2 : {
    switch ($4_1 | 0) {
    case 0:
     return FUNCTION_TABLE[$430($1_1) | 0]($0_1, $3_1, 0) | 0;
    case 1:
     if (!$3_1) {
      return 0
     }
     $4_1 = 0;
     continue;
    default:
     break block2;
    };
   }
   block4 : {
    if (($2_1 | 0) == 1114112) {
     break block4
    }
    if (!(FUNCTION_TABLE[$647($1_1) | 0]($0_1, $2_1) | 0)) {
     break block4
    }
    return 1;
   }
   $4_1 = 1;
   continue;
  };
 }
 
 function $61($0_1, $1_1, $2_1) {
  var wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0, wasm2js_i32$3 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -500204074;
   global$3 = HEAP32[2428];
  }
  return (((wasm2js_i32$1 = $138($0_1), wasm2js_i32$2 = $1_1), wasm2js_i32$3 = $2_1), wasm2js_i32$0 = $430($137($0_1)) | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$1 | 0, wasm2js_i32$2 | 0, wasm2js_i32$3 | 0) | 0;
 }
 
 function $62($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 516154866;
   global$3 = HEAP32[2890];
  }
  $3_1 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 1024628674;
    global$3 = HEAP32[12027];
   }
   block8 : {
    switch ($3_1 | 0) {
    case 0:
     block10 : {
      if ($11 >>> 0 <= 9) {
       $0_1 = $11;
       break block10;
      }
      $0_1 = $104($13, 6);
      $5_1 = $104($5_1, -2);
      $2_1 = $104($0_1, $5_1);
      $0_1 = ($128($11, 65535) >>> 0) / 100 | 0;
      $776($2_1, $775($105($128($82($11, $578($0_1, 100)), 65535), 1)));
     }
     $3_1 = 6;
     continue;
    case 1:
     $13 = $82(global$0, 16);
     global$0 = $13;
     $3_1 = 5;
     continue;
    case 2:
     __inlined_func$58$433 : {
      $6 = $1_1;
      $18 = $104($104($13, 6), $5_1);
      $15 = $82(10, $5_1);
      $4_1 = 0;
      $8_1 = 0;
      $9 = 0;
      $3_1 = 0;
      $14 = 0;
      $16 = 0;
      $10_1 = 1;
      $7 = 1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -773549474;
       global$3 = HEAP32[13924];
      }
      $2_1 = 2;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 809992684;
        global$3 = HEAP32[9081];
       }
       block51 : {
        switch ($2_1 | 0) {
        case 0:
         $5_1 = $8_1;
         break __inlined_func$58$433;
        case 1:
         $9 = $104((wasm2js_i32$0 = $183($4_1, 21), wasm2js_i32$1 = 1, wasm2js_i32$2 = $7, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1), $15);
         $2_1 = 3;
         continue;
        case 2:
         $14 = $431($6);
         $4_1 = $128($14, 2097152);
         $3_1 = $4_1 ? 43 : 1114112;
         $2_1 = 1;
         continue;
        case 3:
         block710 : {
          if (!$128($14, 8388608)) {
           $10_1 = 0;
           break block710;
          }
          $4_1 = 0;
          $9 = $104($4_1, $9);
         }
         $2_1 = 5;
         continue;
        case 4:
         if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
          global$3 = 931161133;
          global$3 = HEAP32[3591];
         }
         $7 = HEAPU16[$6 + 12 >> 1];
         block18 : {
          if ($9 >>> 0 < $7 >>> 0) {
           block19 : {
            block17 : {
             if (!$128($14, 16777216)) {
              $3_1 = $82($7, $9);
              $4_1 = 0;
              $7 = 0;
              block14 : {
               block16 : {
                switch ($128($183($14, 29), 3) - 1 | 0) {
                case 0:
                case 2:
                 $7 = $3_1;
                 break block14;
                case 1:
                 break block16;
                default:
                 break block14;
                };
               }
               $7 = $183($128($3_1, 65534), 1);
              }
              $9 = $128($14, 2097151);
              $12_1 = $137($6);
              $2_1 = $138($6);
              while (1) {
               if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
                global$3 = -502141969;
                global$3 = HEAP32[7102];
               }
               if ($128($4_1, 65535) >>> 0 >= $128($7, 65535) >>> 0) {
                break block17
               }
               $8_1 = 1;
               $4_1 = $104($4_1, 1);
               if (!(FUNCTION_TABLE[$647($12_1) | 0]($2_1, $9) | 0)) {
                continue
               }
               break;
              };
              break block18;
             }
             $2_1 = $6;
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = 1212538116;
              global$3 = HEAP32[13310];
             }
             $8_1 = $2_1 + 8 | 0;
             $2_1 = HEAP32[$8_1 >> 2];
             i64toi32_i32$HIGH_BITS = HEAP32[$8_1 + 4 >> 2];
             $5_1 = $2_1;
             $19_1 = i64toi32_i32$HIGH_BITS;
             $433($6, $126($128($2_1, -1612709888), 536870960));
             $8_1 = 1;
             $2_1 = $138($6);
             $12_1 = $137($6);
             if ($60($2_1, $12_1, $16, $10_1)) {
              break block18
             }
             $4_1 = 0;
             $10_1 = $128($82($7, $9), 65535);
             while (1) {
              if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
               global$3 = -1793505074;
               global$3 = HEAP32[5803];
              }
              if ($128($4_1, 65535) >>> 0 >= $10_1 >>> 0) {
               break block19
              }
              $4_1 = $104($4_1, 1);
              if (!(FUNCTION_TABLE[$647($12_1) | 0]($2_1, 48) | 0)) {
               continue
              }
              break;
             };
             break block18;
            }
            $8_1 = 1;
            if ($60($2_1, $12_1, $16, $10_1)) {
             break block18
            }
            if (FUNCTION_TABLE[$430($12_1) | 0]($2_1, $18, $15) | 0) {
             break block18
            }
            $4_1 = 0;
            $6 = $128($82($3_1, $7), 65535);
            while (1) {
             if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
              global$3 = -353515865;
              global$3 = HEAP32[3916];
             }
             $10_1 = $128($4_1, 65535);
             $8_1 = $6 >>> 0 > $10_1 >>> 0;
             if ($6 >>> 0 <= $10_1 >>> 0) {
              break block18
             }
             $4_1 = $104($4_1, 1);
             if (!(FUNCTION_TABLE[$647($12_1) | 0]($2_1, $9) | 0)) {
              continue
             }
             break;
            };
            break block18;
           }
           if (FUNCTION_TABLE[$430($12_1) | 0]($2_1, $18, $15) | 0) {
            break block18
           }
           $749($6, $5_1, $19_1);
           $5_1 = 0;
           break __inlined_func$58$433;
          }
          $8_1 = 1;
          $4_1 = $138($6);
          $2_1 = $137($6);
          if ($60($4_1, $2_1, $16, $10_1)) {
           break block18
          }
          $8_1 = FUNCTION_TABLE[$430($2_1) | 0]($4_1, $18, $15) | 0;
         }
         $2_1 = 0;
         continue;
        default:
         break block51;
        };
       }
       $16 = $7 ? $3_1 : 45;
       $2_1 = 4;
       continue;
      };
     }
     $3_1 = 3;
     continue;
    case 3:
     global$0 = $104($13, 16);
     $3_1 = 4;
     continue;
    case 4:
     return $5_1 | 0;
    case 5:
     $5_1 = 10;
     $3_1 = 7;
     continue;
    case 6:
     if (!(!$0_1 & ($17 | 0) != 0)) {
      $2_1 = $104($13, 6);
      $5_1 = $104($5_1, -1);
      $2_1 = $104($2_1, $5_1);
      $3_1 = $105($0_1, 1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1310728164;
       global$3 = HEAP32[8086];
      }
      $140($2_1, HEAPU8[$3_1 + 1052405 | 0]);
     }
     $3_1 = 2;
     continue;
    case 7:
     $17 = $138($0_1);
     $11 = $17;
     $3_1 = 8;
     continue;
    default:
     break block8;
    };
   }
   if ($17 >>> 0 >= 1e3) {
    $5_1 = 10;
    $11 = $17;
    while (1) {
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 111316724;
      global$3 = HEAP32[7382];
     }
     $0_1 = $11;
     $11 = ($0_1 >>> 0) / 1e4 | 0;
     $3_1 = $104($104($13, 6), $5_1);
     $7 = $104($3_1, -4);
     $2_1 = $82($0_1, $578($11, 1e4));
     $6 = ($128($2_1, 65535) >>> 0) / 100 | 0;
     $776($7, $775($105($6, 1)));
     $776($104($3_1, -2), $775($105($128($82($2_1, $578($6, 100)), 65535), 1)));
     $5_1 = $104($5_1, -4);
     if ($0_1 >>> 0 > 9999999) {
      continue
     }
     break;
    };
   }
   $3_1 = 0;
   continue;
  };
 }
 
 function $63($0_1, $1_1, $2_1, $3_1, $4_1, $5_1, $6, $7, $8_1) {
  var $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19_1 = 0, $20_1 = 0, $21 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1927410071;
   global$3 = HEAP32[10120];
  }
  $15 = 1;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 1894146203;
    global$3 = HEAP32[8735];
   }
   if (!$15) {
    $76($0_1, $107($107($107($144($16, $17, $18, $19_1), i64toi32_i32$HIGH_BITS, $416($143(($9 | 0) == ($10_1 | 0) & $11 >>> 0 < $12_1 >>> 0 | $9 >>> 0 < $10_1 >>> 0, 0, __wasm_i64_mul(503776928, 1851343565, -1681171939, 1212947833)), i64toi32_i32$HIGH_BITS, $129($11, $9, 32), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, ($13 | 0) == ($14 | 0) & $20_1 >>> 0 > $21 >>> 0 | $13 >>> 0 < $14 >>> 0, 0), i64toi32_i32$HIGH_BITS, $107($144($7, $8_1, $1_1, $2_1), i64toi32_i32$HIGH_BITS, $144($5_1, $6, $3_1, $4_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
    return;
   }
   $11 = $142($5_1, $6, -1, 0);
   $9 = i64toi32_i32$HIGH_BITS;
   $12_1 = $142($1_1, $2_1, __wasm_i64_mul(-1024222571, 1309683446, 1699520323, -1410456600), i64toi32_i32$HIGH_BITS);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $20_1 = $144($11, $9, $12_1, $10_1);
   $14 = i64toi32_i32$HIGH_BITS;
   $16 = $129($5_1, $6, __wasm_i64_mul(-929113120, 1176619647, -798735073, -1669418502));
   $17 = i64toi32_i32$HIGH_BITS;
   $12_1 = $144($16, $17, $12_1, $10_1);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $18 = $129($1_1, $2_1, __wasm_i64_mul(1236663648, -547167231, -1833369405, -1854243232));
   $19_1 = i64toi32_i32$HIGH_BITS;
   $11 = $107($12_1, $10_1, $144($11, $9, $18, $19_1), i64toi32_i32$HIGH_BITS);
   $9 = i64toi32_i32$HIGH_BITS;
   $21 = $107($20_1, $14, $143($11, $9, 32), i64toi32_i32$HIGH_BITS);
   $13 = i64toi32_i32$HIGH_BITS;
   $84($0_1, $21, $13);
   $15 = 0;
   continue;
  };
 }
 
 function $65($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -7128092;
   global$3 = HEAP32[14584];
  }
  $0_1 = $0_1 + 16 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $67($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1399289032;
   global$3 = HEAP32[5166];
  }
  $0_1 = $0_1 + 120 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $69($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1988525519;
   global$3 = HEAP32[15959];
  }
  $0_1 = $0_1 + 80 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $70($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -576201705;
   global$3 = HEAP32[8467];
  }
  $1_1 = $0_1 + 56 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $72($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 388884676;
   global$3 = HEAP32[11610];
  }
  $0_1 = $0_1 + 56 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $73($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 816121578;
   global$3 = HEAP32[16338];
  }
  $4_1 = __wasm_i64_mul(2049273177, -1836480489, 474346775, -90128062);
  i64toi32_i32$HIGH_BITS = ($3_1 ^ -1) & $1_1 | $3_1 & (i64toi32_i32$HIGH_BITS ^ $1_1);
  return $2_1 & ($0_1 ^ $4_1) | ($2_1 ^ -1) & $0_1;
 }
 
 function $74($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1832686780;
   global$3 = HEAP32[15133];
  }
  $0_1 = $0_1 + 32 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $76($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -979475161;
   global$3 = HEAP32[635];
  }
  $0_1 = $0_1 + 8 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $77($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 150823100;
   global$3 = HEAP32[13631];
  }
  $0_1 = $0_1 + 24 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $80($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -89028188;
   global$3 = HEAP32[5208];
  }
  $0_1 = $0_1 + 112 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $82($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2003572939;
   global$3 = HEAP32[11578];
  }
  return (($1_1 ^ -1) + $0_1 | 0) + 1 | 0;
 }
 
 function $83($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1699094942;
   global$3 = HEAP32[5219];
  }
  i64toi32_i32$HIGH_BITS = HEAPU8[$0_1 + 4 | 0] | HEAPU8[$0_1 + 5 | 0] << 8 | (HEAPU8[$0_1 + 6 | 0] << 16 | HEAPU8[$0_1 + 7 | 0] << 24);
  return HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
 }
 
 function $84($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1076072487;
   global$3 = HEAP32[5837];
  }
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $85($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1183479458;
   global$3 = HEAP32[2971];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 4 >> 2];
  return HEAP32[$0_1 >> 2];
 }
 
 function $86($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -311703091;
   global$3 = HEAP32[10681];
  }
  $1_1 = $0_1 + 48 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $88($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1827841890;
   global$3 = HEAP32[326];
  }
  $0_1 = $0_1 - -64 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $89($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1005731563;
   global$3 = HEAP32[3337];
  }
  $1_1 = $0_1 + 8 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $91($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2032650887;
   global$3 = HEAP32[10559];
  }
  $0_1 = $0_1 + 48 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $93($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -288560961;
   global$3 = HEAP32[5937];
  }
  $0_1 = $0_1 + 96 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $95($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -862197709;
   global$3 = HEAP32[2631];
  }
  $0_1 = $0_1 + 88 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $96($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 71098695;
   global$3 = HEAP32[1406];
  }
  $1_1 = $0_1 + 24 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $98($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1484321001;
   global$3 = HEAP32[11183];
  }
  $0_1 = $0_1 + 72 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $99($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1400225993;
   global$3 = HEAP32[2383];
  }
  $1_1 = $0_1 + 40 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $100($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1698431004;
   global$3 = HEAP32[313];
  }
  $0_1 = $0_1 + 40 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $102($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1279013311;
   global$3 = HEAP32[1337];
  }
  $0_1 = $0_1 + 104 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $104($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 740096238;
   global$3 = HEAP32[6854];
  }
  return ($0_1 ^ $1_1) + (($0_1 & $1_1) << 1) | 0;
 }
 
 function $105($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 589236843;
   global$3 = HEAP32[15700];
  }
  return $0_1 << $1_1;
 }
 
 function $107($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1659389913;
   global$3 = HEAP32[3566];
  }
  $5_1 = $0_1 ^ $2_1;
  $6 = $1_1 ^ $3_1;
  $4_1 = $0_1 & $2_1;
  $0_1 = $1_1 & $3_1;
  $2_1 = __wasm_i64_mul(1907382081, -2001554872, 821573825, 202584467);
  $3_1 = $4_1;
  $4_1 = $2_1 & 31;
  if (($2_1 & 63) >>> 0 >= 32) {
   $1_1 = $3_1 << $4_1;
   $2_1 = 0;
  } else {
   $1_1 = (1 << $4_1) - 1 & $3_1 >>> 32 - $4_1 | $0_1 << $4_1;
   $2_1 = $3_1 << $4_1;
  }
  $4_1 = $2_1 + $5_1 | 0;
  $0_1 = $1_1 + $6 | 0;
  i64toi32_i32$HIGH_BITS = $2_1 >>> 0 > $4_1 >>> 0 ? $0_1 + 1 | 0 : $0_1;
  return $4_1;
 }
 
 function $110($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1079464906;
   global$3 = HEAP32[5904];
  }
  $8_1 = $2_1 & 63;
  $5_1 = $8_1;
  $4_1 = $5_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6 = -1 >>> $4_1 | 0
  } else {
   $3_1 = -1 >>> $4_1 | 0;
   $6 = (1 << $4_1) - 1 << 32 - $4_1 | -1 >>> $4_1;
  }
  $7 = $1_1 & $3_1;
  $3_1 = $0_1 & $6;
  $4_1 = $8_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6 = $3_1 << $4_1;
   $8_1 = 0;
  } else {
   $6 = (1 << $4_1) - 1 & $3_1 >>> 32 - $4_1 | $7 << $4_1;
   $8_1 = $3_1 << $4_1;
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
  return $5_1 | $8_1;
 }
 
 function $124($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2105283669;
   global$3 = HEAP32[5941];
  }
  $1_1 = $0_1 + 32 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $125($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1610526484;
   global$3 = HEAP32[14231];
  }
  $1_1 = $0_1 + 16 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $126($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1484831430;
   global$3 = HEAP32[372];
  }
  return $0_1 & $1_1 | $0_1 ^ $1_1;
 }
 
 function $127() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1016105457;
   global$3 = HEAP32[11091];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[262249];
  return HEAP32[262248];
 }
 
 function $128($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1868834561;
   global$3 = HEAP32[9003];
  }
  return $0_1 & ($1_1 ^ -1 ^ $0_1);
 }
 
 function $129($0_1, $1_1, $2_1) {
  var $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1090830455;
   global$3 = HEAP32[15406];
  }
  $3_1 = $0_1;
  $0_1 = $2_1 & 31;
  if (($2_1 & 63) >>> 0 >= 32) {
   $2_1 = 0;
   $3_1 = $1_1 >>> $0_1 | 0;
  } else {
   $2_1 = $1_1 >>> $0_1 | 0;
   $3_1 = ((1 << $0_1) - 1 & $1_1) << 32 - $0_1 | $3_1 >>> $0_1;
  }
  i64toi32_i32$HIGH_BITS = $2_1;
  return $3_1;
 }
 
 function $130($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -467257756;
   global$3 = HEAP32[10418];
  }
  HEAP8[$0_1 | 0] = $1_1;
 }
 
 function $132() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1694726663;
   global$3 = HEAP32[15168];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[262247];
  return HEAP32[262246];
 }
 
 function $133() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -497622840;
   global$3 = HEAP32[4244];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[262253];
  return HEAP32[262252];
 }
 
 function $134() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -148060389;
   global$3 = HEAP32[14303];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[262259];
  return HEAP32[262258];
 }
 
 function $135() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1479152211;
   global$3 = HEAP32[3383];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[262251];
  return HEAP32[262250];
 }
 
 function $136() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -48856580;
   global$3 = HEAP32[10089];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[262255];
  return HEAP32[262254];
 }
 
 function $137($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1967927753;
   global$3 = HEAP32[2601];
  }
  return HEAP32[$0_1 + 4 >> 2];
 }
 
 function $138($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1460955636;
   global$3 = HEAP32[579];
  }
  return HEAP32[$0_1 >> 2];
 }
 
 function $139($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1432254383;
   global$3 = HEAP32[16065];
  }
  return HEAPU8[$0_1 | 0];
 }
 
 function $140($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1208647650;
   global$3 = HEAP32[9692];
  }
  HEAP8[$0_1 | 0] = $1_1;
 }
 
 function $141() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1904778966;
   global$3 = HEAP32[13309];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[262257];
  return HEAP32[262256];
 }
 
 function $142($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 270541548;
   global$3 = HEAP32[5816];
  }
  $4_1 = __wasm_i64_mul(-1497685531, 1181798334, -1290613741, -381546611);
  i64toi32_i32$HIGH_BITS = (i64toi32_i32$HIGH_BITS ^ $3_1 ^ $1_1) & $1_1;
  return $0_1 & ($2_1 ^ $4_1 ^ $0_1);
 }
 
 function $143($0_1, $1_1, $2_1) {
  var $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1538625934;
   global$3 = HEAP32[15638];
  }
  $3_1 = $2_1 & 31;
  if (($2_1 & 63) >>> 0 >= 32) {
   $1_1 = $0_1 << $3_1;
   $0_1 = 0;
  } else {
   $1_1 = (1 << $3_1) - 1 & $0_1 >>> 32 - $3_1 | $1_1 << $3_1;
   $0_1 = $0_1 << $3_1;
  }
  i64toi32_i32$HIGH_BITS = $1_1;
  return $0_1;
 }
 
 function $144($0_1, $1_1, $2_1, $3_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 730143765;
   global$3 = HEAP32[5563];
  }
  $3_1 = __wasm_i64_mul($0_1, $1_1, $2_1, $3_1);
  return $3_1;
 }
 
 function $145($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 262231034;
   global$3 = HEAP32[14960];
  }
  $1_1 = $0_1 + 120 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $146($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 156505985;
   global$3 = HEAP32[3729];
  }
  $1_1 = $0_1 + 88 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $147($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 514405114;
   global$3 = HEAP32[879];
  }
  $1_1 = $0_1 + 104 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $148($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -893177205;
   global$3 = HEAP32[10013];
  }
  $1_1 = $0_1 + 72 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $149($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1523176838;
   global$3 = HEAP32[13023];
  }
  $1_1 = $0_1 + 96 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $151($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 691811777;
   global$3 = HEAP32[14545];
  }
  $1_1 = $0_1 + 112 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $153($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 994950784;
   global$3 = HEAP32[8828];
  }
  $0_1 = $0_1 + 6632 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $154($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2006482798;
   global$3 = HEAP32[4595];
  }
  HEAP32[$0_1 + 6604 >> 2] = $1_1;
 }
 
 function $155($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 774183593;
   global$3 = HEAP32[7963];
  }
  $0_1 = $0_1 + 6624 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $156() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 930587834;
   global$3 = HEAP32[7128];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788795];
  return HEAP32[788794];
 }
 
 function $157($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1474607380;
   global$3 = HEAP32[10252];
  }
  $0_1 = $0_1 + 3208 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $158($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1509991915;
   global$3 = HEAP32[2310];
  }
  $0_1 = $0_1 + 152 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $159($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -397057099;
   global$3 = HEAP32[11670];
  }
  $0_1 = $0_1 + 128 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $160($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -937292212;
   global$3 = HEAP32[12688];
  }
  HEAP32[$0_1 + 96 >> 2] = $1_1;
 }
 
 function $161($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -836607915;
   global$3 = HEAP32[5385];
  }
  $0_1 = $0_1 + 3248 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $162($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2107610230;
   global$3 = HEAP32[6519];
  }
  $0_1 = $0_1 + 136 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $163($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 477634786;
   global$3 = HEAP32[4533];
  }
  HEAP32[$0_1 + 6616 >> 2] = $1_1;
 }
 
 function $164($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1999182741;
   global$3 = HEAP32[6898];
  }
  HEAP32[$0_1 + 6644 >> 2] = $1_1;
 }
 
 function $167($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1136821324;
   global$3 = HEAP32[13034];
  }
  $0_1 = $0_1 + 3232 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $168($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1737816597;
   global$3 = HEAP32[11858];
  }
  $0_1 = $0_1 + 3312 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $169($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1730655522;
   global$3 = HEAP32[4409];
  }
  HEAP32[$0_1 + 6652 >> 2] = $1_1;
 }
 
 function $170($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 143365099;
   global$3 = HEAP32[3847];
  }
  $0_1 = $0_1 + 120 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $171($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1972462552;
   global$3 = HEAP32[15523];
  }
  $0_1 = $0_1 + 104 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $172($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1680579885;
   global$3 = HEAP32[8273];
  }
  return HEAP32[$0_1 + 156 >> 2];
 }
 
 function $174() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 249162392;
   global$3 = HEAP32[4792];
  }
  return HEAPF64[394421];
 }
 
 function $175($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1782668444;
   global$3 = HEAP32[587];
  }
  HEAP32[$0_1 + 6640 >> 2] = $1_1;
 }
 
 function $176($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1047085548;
   global$3 = HEAP32[2298];
  }
  HEAP32[$0_1 + 6600 >> 2] = $1_1;
 }
 
 function $177($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 399744344;
   global$3 = HEAP32[14305];
  }
  return HEAPF64[$0_1 + 3155336 >> 3];
 }
 
 function $180($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -689563518;
   global$3 = HEAP32[1284];
  }
  $1_1 = $0_1 + 6608 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $181($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2077867530;
   global$3 = HEAP32[6460];
  }
  $0_1 = $0_1 + 3536 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $182($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 599584174;
   global$3 = HEAP32[2537];
  }
  return $1_1 & ($0_1 ^ -1) | ($1_1 ^ -1) & $0_1;
 }
 
 function $183($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 909938647;
   global$3 = HEAP32[6291];
  }
  return $0_1 >>> $1_1 | 0;
 }
 
 function $184($0_1, $1_1) {
  var $2_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1510066367;
   global$3 = HEAP32[11704];
  }
  $2_1 = $1_1 & 31;
  $1_1 = 0 - $1_1 & 31;
  return ($0_1 & -1 >>> $2_1) << $2_1 | ($0_1 & -1 << $1_1) >>> $1_1;
 }
 
 function $185($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1293313163;
   global$3 = HEAP32[6612];
  }
  HEAP32[$0_1 >> 2] = $1_1;
 }
 
 function $187($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1974621070;
   global$3 = HEAP32[16067];
  }
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $189($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1180353936;
   global$3 = HEAP32[940];
  }
  $0_1 = $0_1 + 4 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $191($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 916683531;
   global$3 = HEAP32[12372];
  }
  $0_1 = $0_1 + 8 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $193($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 951401918;
   global$3 = HEAP32[2822];
  }
  $0_1 = $0_1 + 12 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $195($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2056616855;
   global$3 = HEAP32[12113];
  }
  $0_1 = $0_1 + 16 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $197($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -881240948;
   global$3 = HEAP32[1941];
  }
  $0_1 = $0_1 + 20 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $199($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 66431271;
   global$3 = HEAP32[8262];
  }
  $0_1 = $0_1 + 24 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $201($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1648137250;
   global$3 = HEAP32[14298];
  }
  $0_1 = $0_1 + 28 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $203($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1086712444;
   global$3 = HEAP32[11464];
  }
  $0_1 = $0_1 + 32 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $205($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 486316055;
   global$3 = HEAP32[6811];
  }
  $0_1 = $0_1 + 36 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $207($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1862190825;
   global$3 = HEAP32[14789];
  }
  $0_1 = $0_1 + 40 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $209($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -376481654;
   global$3 = HEAP32[12274];
  }
  $0_1 = $0_1 + 44 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $211($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1837386414;
   global$3 = HEAP32[10542];
  }
  $0_1 = $0_1 + 48 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $213($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 996312504;
   global$3 = HEAP32[14619];
  }
  $0_1 = $0_1 + 52 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $214($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -566559395;
   global$3 = HEAP32[4980];
  }
  return HEAP32[$0_1 + 3576 >> 2];
 }
 
 function $215($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -929212949;
   global$3 = HEAP32[11563];
  }
  $0_1 = $0_1 + 56 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $217($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1767207673;
   global$3 = HEAP32[11705];
  }
  $0_1 = $0_1 + 60 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $218($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -989339199;
   global$3 = HEAP32[4647];
  }
  $0_1 = $0_1 + 3256 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $223() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 913448320;
   global$3 = HEAP32[5909];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788791];
  return HEAP32[788790];
 }
 
 function $224($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 222424158;
   global$3 = HEAP32[4048];
  }
  $0_1 = $0_1 + 3192 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $225($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -204074976;
   global$3 = HEAP32[8977];
  }
  HEAP32[$0_1 + 6608 >> 2] = $1_1;
 }
 
 function $226($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1403476089;
   global$3 = HEAP32[163];
  }
  HEAP32[$0_1 + 6596 >> 2] = $1_1;
 }
 
 function $227($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2067529255;
   global$3 = HEAP32[2385];
  }
  $0_1 = $0_1 + 3320 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $228() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2091838307;
   global$3 = HEAP32[9359];
  }
  return HEAPF64[394419];
 }
 
 function $229($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1006379756;
   global$3 = HEAP32[12448];
  }
  $1_1 = $0_1 + 6648 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $231($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2020665505;
   global$3 = HEAP32[11606];
  }
  $0_1 = $0_1 + 144 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $232($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -801470442;
   global$3 = HEAP32[9341];
  }
  $0_1 = $0_1 + 3328 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $233($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1467530345;
   global$3 = HEAP32[10598];
  }
  $1_1 = $0_1 + 6600 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $234($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -449761257;
   global$3 = HEAP32[4097];
  }
  $0_1 = $0_1 + 3528 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $235($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 630744110;
   global$3 = HEAP32[15813];
  }
  HEAP32[$0_1 + 6628 >> 2] = $1_1;
 }
 
 function $236($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1167793248;
   global$3 = HEAP32[758];
  }
  $0_1 = $0_1 + 3304 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $239($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -373056122;
   global$3 = HEAP32[16007];
  }
  $0_1 = $0_1 + 6640 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $240($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1243891259;
   global$3 = HEAP32[11939];
  }
  $0_1 = $0_1 + 3272 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $241($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -519921819;
   global$3 = HEAP32[8722];
  }
  $0_1 = $0_1 + 96 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $242() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -650579240;
   global$3 = HEAP32[11896];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788799];
  return HEAP32[788798];
 }
 
 function $243($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1904289789;
   global$3 = HEAP32[15761];
  }
  $0_1 = $0_1 + 3224 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $244() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 493994327;
   global$3 = HEAP32[8693];
  }
  return HEAPF64[394418];
 }
 
 function $245($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1117850037;
   global$3 = HEAP32[12397];
  }
  HEAP32[$0_1 + 6632 >> 2] = $1_1;
 }
 
 function $246($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2123449102;
   global$3 = HEAP32[10445];
  }
  return HEAPF64[$0_1 + 3155328 >> 3];
 }
 
 function $247($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1782670962;
   global$3 = HEAP32[385];
  }
  HEAP32[$0_1 + 3524 >> 2] = $1_1;
 }
 
 function $248($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1376944747;
   global$3 = HEAP32[972];
  }
  $0_1 = $0_1 + 3344 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $249($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1845280495;
   global$3 = HEAP32[2961];
  }
  HEAP32[$0_1 + 6620 >> 2] = $1_1;
 }
 
 function $250($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2064899368;
   global$3 = HEAP32[8160];
  }
  HEAP32[$0_1 + 6636 >> 2] = $1_1;
 }
 
 function $251($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -982338851;
   global$3 = HEAP32[14933];
  }
  $0_1 = $0_1 + 6616 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $252($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 486892962;
   global$3 = HEAP32[15973];
  }
  $0_1 = $0_1 + 6600 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $253($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1518673904;
   global$3 = HEAP32[12796];
  }
  $1_1 = $0_1 + 6632 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $255($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -206842369;
   global$3 = HEAP32[11547];
  }
  HEAP32[$0_1 + 6612 >> 2] = $1_1;
 }
 
 function $256($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1283854404;
   global$3 = HEAP32[4530];
  }
  $0_1 = $0_1 + 6648 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $257($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1918900454;
   global$3 = HEAP32[2305];
  }
  HEAP32[$0_1 + 6592 >> 2] = $1_1;
 }
 
 function $258($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -777895371;
   global$3 = HEAP32[14436];
  }
  HEAP32[$0_1 + 3520 >> 2] = $1_1;
 }
 
 function $259($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1440009053;
   global$3 = HEAP32[15439];
  }
  $0_1 = $0_1 + 3280 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $260($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -740648414;
   global$3 = HEAP32[12934];
  }
  $1_1 = $0_1 + 6640 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $262($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1643000547;
   global$3 = HEAP32[11098];
  }
  return HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
 }
 
 function $263($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1458241454;
   global$3 = HEAP32[11021];
  }
  $0_1 = $0_1 + 6592 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $264($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2047995255;
   global$3 = HEAP32[8656];
  }
  $0_1 = $0_1 + 3264 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $265($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1655736946;
   global$3 = HEAP32[2501];
  }
  return HEAP32[$0_1 + 96 >> 2];
 }
 
 function $267($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -401251903;
   global$3 = HEAP32[4433];
  }
  $0_1 = $0_1 + 112 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $268($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1627693991;
   global$3 = HEAP32[3059];
  }
  HEAP32[$0_1 + 6648 >> 2] = $1_1;
 }
 
 function $271($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2033327988;
   global$3 = HEAP32[4e3];
  }
  $0_1 = $0_1 + 3240 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $272($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1506981290;
   global$3 = HEAP32[9684];
  }
  $1_1 = $0_1 + 6624 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $274($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -352522364;
   global$3 = HEAP32[396];
  }
  $1_1 = $0_1 + 6616 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $275($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1412940340;
   global$3 = HEAP32[7644];
  }
  $0_1 = $0_1 + 3544 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $276() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -773733057;
   global$3 = HEAP32[3492];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788797];
  return HEAP32[788796];
 }
 
 function $277($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1978179835;
   global$3 = HEAP32[664];
  }
  $0_1 = $0_1 + 3216 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $278() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -849429312;
   global$3 = HEAP32[534];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788787];
  return HEAP32[788786];
 }
 
 function $279($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 545288769;
   global$3 = HEAP32[4064];
  }
  $0_1 = $0_1 + 3176 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $280($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1891431121;
   global$3 = HEAP32[15744];
  }
  $0_1 = $0_1 + 3352 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $281() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1359035382;
   global$3 = HEAP32[8912];
  }
  return HEAPF64[394420];
 }
 
 function $282() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1677482678;
   global$3 = HEAP32[16295];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788793];
  return HEAP32[788792];
 }
 
 function $283($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2017678021;
   global$3 = HEAP32[1857];
  }
  $0_1 = $0_1 + 3200 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $284($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1426233159;
   global$3 = HEAP32[4613];
  }
  HEAP32[$0_1 + 100 >> 2] = $1_1;
 }
 
 function $287($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -795815143;
   global$3 = HEAP32[3712];
  }
  HEAP32[$0_1 + 6624 >> 2] = $1_1;
 }
 
 function $288($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2029269158;
   global$3 = HEAP32[7498];
  }
  $1_1 = $0_1 + 3155136 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $289($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 249318819;
   global$3 = HEAP32[3033];
  }
  $0_1 = $0_1 + 3168 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $290($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 962051175;
   global$3 = HEAP32[5118];
  }
  $0_1 = $0_1 + 3336 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $291() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -416624089;
   global$3 = HEAP32[10876];
  }
  return HEAPF64[394422];
 }
 
 function $292($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1348938890;
   global$3 = HEAP32[3646];
  }
  $1_1 = $0_1 + 6592 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $293($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2102787299;
   global$3 = HEAP32[5766];
  }
  $0_1 = $0_1 + 3520 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $294($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1650224874;
   global$3 = HEAP32[15690];
  }
  $0_1 = $0_1 + 3296 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $295($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1760445994;
   global$3 = HEAP32[13892];
  }
  $0_1 = $0_1 + 6608 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $297($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1032824870;
   global$3 = HEAP32[12883];
  }
  $0_1 = $0_1 + 6712 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $298($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1675643272;
   global$3 = HEAP32[12512];
  }
  $0_1 = $0_1 + 6704 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $299($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 128149335;
   global$3 = HEAP32[14640];
  }
  $0_1 = $0_1 + 6696 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $300($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1540116652;
   global$3 = HEAP32[9940];
  }
  $0_1 = $0_1 + 6688 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $301($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 26290898;
   global$3 = HEAP32[11023];
  }
  $0_1 = $0_1 + 6680 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $302($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -695985674;
   global$3 = HEAP32[15880];
  }
  $0_1 = $0_1 + 6672 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $303($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1229499062;
   global$3 = HEAP32[3845];
  }
  $0_1 = $0_1 + 6664 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $304($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1793332133;
   global$3 = HEAP32[8012];
  }
  $0_1 = $0_1 + 6656 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $310($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1591693152;
   global$3 = HEAP32[13508];
  }
  HEAP32[$0_1 + 3512 >> 2] = $1_1;
 }
 
 function $312($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -13955483;
   global$3 = HEAP32[15437];
  }
  HEAP32[$0_1 + 3168 >> 2] = $1_1;
 }
 
 function $335($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1074611060;
   global$3 = HEAP32[4380];
  }
  $0_1 = $0_1 + 6720 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $336($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1289945717;
   global$3 = HEAP32[3545];
  }
  $0_1 = $0_1 + 3504 | 0;
  HEAP32[$0_1 >> 2] = 0;
  HEAP32[$0_1 + 4 >> 2] = 0;
 }
 
 function $337($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -735815003;
   global$3 = HEAP32[2090];
  }
  $0_1 = $0_1 + 3496 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $338($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 321423486;
   global$3 = HEAP32[12302];
  }
  $0_1 = $0_1 + 3488 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $339($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -262275829;
   global$3 = HEAP32[13313];
  }
  $0_1 = $0_1 + 3480 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $340($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 867331522;
   global$3 = HEAP32[15065];
  }
  $0_1 = $0_1 + 3472 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $341($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1113412857;
   global$3 = HEAP32[10319];
  }
  $0_1 = $0_1 + 3464 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $342($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -872114455;
   global$3 = HEAP32[13300];
  }
  $0_1 = $0_1 + 3456 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $343($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 218973686;
   global$3 = HEAP32[6793];
  }
  $0_1 = $0_1 + 3448 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $344($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 530601747;
   global$3 = HEAP32[12204];
  }
  HEAP32[$0_1 + 108 >> 2] = 72;
 }
 
 function $345($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1141901760;
   global$3 = HEAP32[5593];
  }
  HEAP32[$0_1 + 104 >> 2] = $1_1;
 }
 
 function $346($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1299415326;
   global$3 = HEAP32[9205];
  }
  $1_1 = $0_1 + 3472 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $347($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1211954774;
   global$3 = HEAP32[10952];
  }
  $1_1 = $0_1 + 3464 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $348($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1555533498;
   global$3 = HEAP32[7293];
  }
  $1_1 = $0_1 + 3456 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $349($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 39451528;
   global$3 = HEAP32[15026];
  }
  $1_1 = $0_1 + 3448 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $350($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 876139867;
   global$3 = HEAP32[14007];
  }
  $1_1 = $0_1 + 3504 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $351($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2111484507;
   global$3 = HEAP32[6667];
  }
  $1_1 = $0_1 + 3496 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $352($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1059045281;
   global$3 = HEAP32[16235];
  }
  $1_1 = $0_1 + 3488 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $353($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1828217374;
   global$3 = HEAP32[5583];
  }
  $1_1 = $0_1 + 3480 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $354($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 37410769;
   global$3 = HEAP32[1146];
  }
  $0_1 = $0_1 + 3184 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $355($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2082398713;
   global$3 = HEAP32[11841];
  }
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
  HEAP8[$0_1 + 4 | 0] = $2_1;
  HEAP8[$0_1 + 5 | 0] = $2_1 >>> 8;
  HEAP8[$0_1 + 6 | 0] = $2_1 >>> 16;
  HEAP8[$0_1 + 7 | 0] = $2_1 >>> 24;
 }
 
 function $356($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -201292156;
   global$3 = HEAP32[6887];
  }
  $0_1 = $0_1 + 8 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
  HEAP8[$0_1 + 4 | 0] = $2_1;
  HEAP8[$0_1 + 5 | 0] = $2_1 >>> 8;
  HEAP8[$0_1 + 6 | 0] = $2_1 >>> 16;
  HEAP8[$0_1 + 7 | 0] = $2_1 >>> 24;
 }
 
 function $357($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -439444327;
   global$3 = HEAP32[4687];
  }
  $0_1 = $0_1 + 16 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
  HEAP8[$0_1 + 4 | 0] = $2_1;
  HEAP8[$0_1 + 5 | 0] = $2_1 >>> 8;
  HEAP8[$0_1 + 6 | 0] = $2_1 >>> 16;
  HEAP8[$0_1 + 7 | 0] = $2_1 >>> 24;
 }
 
 function $358($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1598207078;
   global$3 = HEAP32[12955];
  }
  $0_1 = $0_1 + 24 | 0;
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
  HEAP8[$0_1 + 4 | 0] = $2_1;
  HEAP8[$0_1 + 5 | 0] = $2_1 >>> 8;
  HEAP8[$0_1 + 6 | 0] = $2_1 >>> 16;
  HEAP8[$0_1 + 7 | 0] = $2_1 >>> 24;
 }
 
 function $359($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1502701588;
   global$3 = HEAP32[1333];
  }
  HEAP32[$0_1 + 3516 >> 2] = 64;
 }
 
 function $373($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 559082182;
   global$3 = HEAP32[9641];
  }
  $4_1 = __wasm_i64_mul(-479160873, -1420751919, 1220661785, 1670473279) ^ $2_1;
  $5_1 = $4_1 + $0_1 | 0;
  $0_1 = (i64toi32_i32$HIGH_BITS ^ $3_1) + $1_1 | 0;
  $0_1 = $5_1 >>> 0 < $4_1 >>> 0 ? $0_1 + 1 | 0 : $0_1;
  $4_1 = 1;
  $2_1 = $5_1 + $4_1 | 0;
  $5_1 = $0_1;
  $0_1 = $2_1;
  i64toi32_i32$HIGH_BITS = $4_1 >>> 0 > $0_1 >>> 0 ? $5_1 + 1 | 0 : $5_1;
  return $0_1;
 }
 
 function $374($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1728752578;
   global$3 = HEAP32[11004];
  }
  $0_1 = $0_1 + 3288 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $375($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -463217922;
   global$3 = HEAP32[15507];
  }
  $1_1 = $0_1 + 3168 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $376($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 381840892;
   global$3 = HEAP32[6441];
  }
  $1_1 = $0_1 + 3176 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $377($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 483057876;
   global$3 = HEAP32[4812];
  }
  $1_1 = $0_1 + 3184 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $378($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -29866474;
   global$3 = HEAP32[4198];
  }
  $1_1 = $0_1 + 3192 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $379($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 951400865;
   global$3 = HEAP32[14633];
  }
  $1_1 = $0_1 + 3200 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $380($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1714286851;
   global$3 = HEAP32[544];
  }
  $1_1 = $0_1 + 3208 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $381($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -569094487;
   global$3 = HEAP32[14511];
  }
  $1_1 = $0_1 + 3216 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $382($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1240469651;
   global$3 = HEAP32[8104];
  }
  $1_1 = $0_1 + 3224 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $407($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1980589568;
   global$3 = HEAP32[13767];
  }
  return HEAPU8[$0_1 + 3168 | 0];
 }
 
 function $408($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1497508265;
   global$3 = HEAP32[2341];
  }
  HEAP32[$0_1 + 3232 >> 2] = $1_1;
 }
 
 function $409($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -772349330;
   global$3 = HEAP32[11123];
  }
  $0_1 = $0_1 + 152 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $410($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 219783875;
   global$3 = HEAP32[14639];
  }
  $0_1 = $0_1 + 144 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $411($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1694799942;
   global$3 = HEAP32[14548];
  }
  $0_1 = $0_1 + 136 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $412($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1888005394;
   global$3 = HEAP32[12379];
  }
  $0_1 = $0_1 + 128 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $413($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -717963574;
   global$3 = HEAP32[13196];
  }
  HEAP32[$0_1 + 6660 >> 2] = $1_1;
 }
 
 function $414($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 694874909;
   global$3 = HEAP32[3491];
  }
  HEAP32[$0_1 + 6656 >> 2] = $1_1;
 }
 
 function $416($0_1, $1_1, $2_1, $3_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1486978481;
   global$3 = HEAP32[13044];
  }
  i64toi32_i32$HIGH_BITS = $1_1 & $3_1 | $1_1 ^ $3_1;
  return $0_1 & $2_1 | $0_1 ^ $2_1;
 }
 
 function $417($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1699424264;
   global$3 = HEAP32[13033];
  }
  HEAP32[$0_1 + 20 >> 2] = $1_1;
 }
 
 function $418($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -674344367;
   global$3 = HEAP32[12726];
  }
  HEAP32[$0_1 + 16 >> 2] = $1_1;
 }
 
 function $419($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -913306792;
   global$3 = HEAP32[9108];
  }
  HEAP32[$0_1 + 4 >> 2] = $1_1;
 }
 
 function $430($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 787906827;
   global$3 = HEAP32[10635];
  }
  return HEAP32[$0_1 + 12 >> 2];
 }
 
 function $431($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 294248041;
   global$3 = HEAP32[14901];
  }
  return HEAP32[$0_1 + 8 >> 2];
 }
 
 function $432($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -402118693;
   global$3 = HEAP32[16339];
  }
  HEAP32[$0_1 + 12 >> 2] = $1_1;
 }
 
 function $433($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 738231572;
   global$3 = HEAP32[3600];
  }
  HEAP32[$0_1 + 8 >> 2] = $1_1;
 }
 
 function $448($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1452917360;
   global$3 = HEAP32[1958];
  }
  HEAP32[788862] = $0_1;
 }
 
 function $498($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1768805272;
   global$3 = HEAP32[381];
  }
  HEAP32[788848] = $0_1;
  HEAP32[788849] = $1_1;
 }
 
 function $500($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 796815493;
   global$3 = HEAP32[1157];
  }
  HEAP32[788850] = $0_1;
  HEAP32[788851] = $1_1;
 }
 
 function $518($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1032868462;
   global$3 = HEAP32[12313];
  }
  HEAP32[$0_1 + 6712 >> 2] = $1_1;
 }
 
 function $519($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1932866835;
   global$3 = HEAP32[10233];
  }
  HEAP32[$0_1 + 6704 >> 2] = $1_1;
 }
 
 function $520($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -692978712;
   global$3 = HEAP32[8416];
  }
  HEAP32[$0_1 + 6696 >> 2] = $1_1;
 }
 
 function $521($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2144970396;
   global$3 = HEAP32[4779];
  }
  HEAP32[$0_1 + 6688 >> 2] = $1_1;
 }
 
 function $522($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -46160536;
   global$3 = HEAP32[11279];
  }
  HEAP32[$0_1 + 6680 >> 2] = $1_1;
 }
 
 function $523($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -919916854;
   global$3 = HEAP32[8673];
  }
  HEAP32[$0_1 + 6672 >> 2] = $1_1;
 }
 
 function $524($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -10825807;
   global$3 = HEAP32[13371];
  }
  HEAP32[$0_1 + 6664 >> 2] = $1_1;
 }
 
 function $532($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1665295165;
   global$3 = HEAP32[44];
  }
  $0_1 = $0_1 + 3155136 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $533($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -330551231;
   global$3 = HEAP32[2156];
  }
  $0_1 = $0_1 + 3155144 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $534($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1845974682;
   global$3 = HEAP32[4391];
  }
  HEAP32[788788] = $0_1;
  HEAP32[788789] = $1_1;
 }
 
 function $535($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 896229262;
   global$3 = HEAP32[7649];
  }
  HEAP32[788790] = $0_1;
  HEAP32[788791] = $1_1;
 }
 
 function $536($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -287367268;
   global$3 = HEAP32[6568];
  }
  HEAP32[788792] = $0_1;
  HEAP32[788793] = $1_1;
 }
 
 function $537($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -313771410;
   global$3 = HEAP32[9008];
  }
  HEAP32[788794] = $0_1;
  HEAP32[788795] = $1_1;
 }
 
 function $538($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1027888030;
   global$3 = HEAP32[6183];
  }
  HEAP32[788796] = $0_1;
  HEAP32[788797] = $1_1;
 }
 
 function $539($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 312131600;
   global$3 = HEAP32[13397];
  }
  HEAP32[788798] = $0_1;
  HEAP32[788799] = $1_1;
 }
 
 function $540() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1257701582;
   global$3 = HEAP32[14593];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788849];
  return HEAP32[788848];
 }
 
 function $541() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 284515702;
   global$3 = HEAP32[16059];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788851];
  return HEAP32[788850];
 }
 
 function $544($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 741892052;
   global$3 = HEAP32[7202];
  }
  $0_1 = $0_1 + 1052608 | 0;
  i64toi32_i32$HIGH_BITS = HEAPU8[$0_1 + 4 | 0] | HEAPU8[$0_1 + 5 | 0] << 8 | (HEAPU8[$0_1 + 6 | 0] << 16 | HEAPU8[$0_1 + 7 | 0] << 24);
  return HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
 }
 
 function $560($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -456339100;
   global$3 = HEAP32[1146];
  }
  $0_1 = $0_1 + 1052608 | 0;
  return HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
 }
 
 function $562() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2074308497;
   global$3 = HEAP32[3350];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788859];
  return HEAP32[788858];
 }
 
 function $563() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 536334213;
   global$3 = HEAP32[2681];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788861];
  return HEAP32[788860];
 }
 
 function $578($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 658442096;
   global$3 = HEAP32[10426];
  }
  return Math_imul($0_1, $1_1);
 }
 
 function $586($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -804382544;
   global$3 = HEAP32[2111];
  }
  return HEAPF64[$0_1 + 3155272 >> 3];
 }
 
 function $587($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1462186349;
   global$3 = HEAP32[15054];
  }
  return HEAPF64[$0_1 + 3155264 >> 3];
 }
 
 function $588($0_1, $1_1, $2_1) {
  var $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -840147090;
   global$3 = HEAP32[2946];
  }
  $3_1 = $0_1;
  $0_1 = $2_1 & 31;
  if (($2_1 & 63) >>> 0 >= 32) {
   $2_1 = $1_1 >> 31;
   $3_1 = $1_1 >> $0_1;
  } else {
   $2_1 = $1_1 >> $0_1;
   $3_1 = ((1 << $0_1) - 1 & $1_1) << 32 - $0_1 | $3_1 >>> $0_1;
  }
  i64toi32_i32$HIGH_BITS = $2_1;
  return $3_1;
 }
 
 function $589($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1268973044;
   global$3 = HEAP32[16032];
  }
  $0_1 = $0_1 + 1052612 | 0;
  return HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
 }
 
 function $590($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1664920185;
   global$3 = HEAP32[10030];
  }
  $1_1 = $0_1 + 3155200 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $592($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -561107188;
   global$3 = HEAP32[9465];
  }
  $1_1 = $0_1 + 3155208 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $594($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1069937315;
   global$3 = HEAP32[9655];
  }
  return HEAPF64[$0_1 + 3155208 >> 3];
 }
 
 function $595($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1742734613;
   global$3 = HEAP32[4507];
  }
  return HEAPF64[$0_1 + 3155200 >> 3];
 }
 
 function $598($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -774622862;
   global$3 = HEAP32[2125];
  }
  i64toi32_i32$HIGH_BITS = 0;
  return HEAP32[$0_1 + 3155136 >> 2];
 }
 
 function $600($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1435056674;
   global$3 = HEAP32[16197];
  }
  i64toi32_i32$HIGH_BITS = 0;
  return HEAP32[$0_1 >> 2];
 }
 
 function $613() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -467652142;
   global$3 = HEAP32[10672];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[788789];
  return HEAP32[788788];
 }
 
 function $628() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -780780919;
   global$3 = HEAP32[6266];
  }
  return HEAPF64[394423];
 }
 
 function $630($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1523528412;
   global$3 = HEAP32[11793];
  }
  return HEAPU8[$0_1 + 8 | 0];
 }
 
 function $631($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1387251498;
   global$3 = HEAP32[11312];
  }
  return HEAPU8[$0_1 + 9 | 0];
 }
 
 function $632() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -144856039;
   global$3 = HEAP32[9509];
  }
  return HEAP32[4989333];
 }
 
 function $633($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1850335407;
   global$3 = HEAP32[6407];
  }
  HEAP32[4989333] = $0_1;
 }
 
 function $634() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1229800137;
   global$3 = HEAP32[11158];
  }
  return HEAP32[4989334];
 }
 
 function $635($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1879285916;
   global$3 = HEAP32[12235];
  }
  return HEAP32[$0_1 + 20 >> 2];
 }
 
 function $638($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 479681944;
   global$3 = HEAP32[5063];
  }
  HEAP32[$0_1 + 24 >> 2] = $1_1;
 }
 
 function $639($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1954095354;
   global$3 = HEAP32[15599];
  }
  $0_1 = $0_1 + 16 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $641($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1941185249;
   global$3 = HEAP32[5389];
  }
  return HEAP32[$0_1 + 24 >> 2];
 }
 
 function $642($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -850753844;
   global$3 = HEAP32[3460];
  }
  HEAP8[19957324] = $0_1;
 }
 
 function $644() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -236571806;
   global$3 = HEAP32[6461];
  }
  return HEAP32[4989440];
 }
 
 function $645() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 8773966;
   global$3 = HEAP32[921];
  }
  return HEAP32[4989439];
 }
 
 function $646() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 800610236;
   global$3 = HEAP32[1438];
  }
  return HEAP32[4989441];
 }
 
 function $647($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1077952457;
   global$3 = HEAP32[9656];
  }
  return HEAP32[$0_1 + 16 >> 2];
 }
 
 function $648($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1086778420;
   global$3 = HEAP32[4046];
  }
  return HEAP32[$0_1 + 28 >> 2];
 }
 
 function $649($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1167801596;
   global$3 = HEAP32[4292];
  }
  HEAP32[4989439] = $0_1;
 }
 
 function $650() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 177113394;
   global$3 = HEAP32[15236];
  }
  return HEAP32[4989443];
 }
 
 function $651($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1821036098;
   global$3 = HEAP32[6164];
  }
  HEAP32[4989443] = $0_1;
 }
 
 function $652($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1150853820;
   global$3 = HEAP32[1271];
  }
  HEAP32[4989441] = $0_1;
 }
 
 function $653($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1893253088;
   global$3 = HEAP32[9383];
  }
  HEAP32[4989440] = $0_1;
 }
 
 function $654() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -496418714;
   global$3 = HEAP32[9209];
  }
  return HEAP32[4989442];
 }
 
 function $659() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1753366261;
   global$3 = HEAP32[14340];
  }
  return HEAP32[4989444];
 }
 
 function $660() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -272753211;
   global$3 = HEAP32[6074];
  }
  return HEAP32[4989448];
 }
 
 function $661($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2117203398;
   global$3 = HEAP32[6142];
  }
  HEAP32[4989448] = $0_1;
 }
 
 function $662($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 171490793;
   global$3 = HEAP32[779];
  }
  HEAP32[4989449] = $0_1;
 }
 
 function $663($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1628300426;
   global$3 = HEAP32[3858];
  }
  HEAP32[4989372] = $0_1;
 }
 
 function $664($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1349730165;
   global$3 = HEAP32[2814];
  }
  HEAP32[4989370] = $0_1;
 }
 
 function $665($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 64104424;
   global$3 = HEAP32[14558];
  }
  HEAP32[4989369] = $0_1;
 }
 
 function $729($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -205282374;
   global$3 = HEAP32[14258];
  }
  HEAP32[4989444] = $0_1;
 }
 
 function $731($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1001158501;
   global$3 = HEAP32[15488];
  }
  HEAP32[4989442] = $0_1;
 }
 
 function $732($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1302476588;
   global$3 = HEAP32[6706];
  }
  HEAP32[4989447] = $0_1;
 }
 
 function $735($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 703099227;
   global$3 = HEAP32[1801];
  }
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $738() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 61324274;
   global$3 = HEAP32[2581];
  }
  return HEAP32[4989371];
 }
 
 function $741($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 791028167;
   global$3 = HEAP32[5462];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 4 >> 2];
  return HEAP32[$0_1 >> 2];
 }
 
 function $742($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2092231414;
   global$3 = HEAP32[2936];
  }
  HEAP32[$0_1 + 28 >> 2] = $1_1;
 }
 
 function $749($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2023975808;
   global$3 = HEAP32[9978];
  }
  $0_1 = $0_1 + 8 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $753($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1839573749;
   global$3 = HEAP32[416];
  }
  HEAP8[$0_1 + 1 | 0] = $1_1;
 }
 
 function $754($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1990023010;
   global$3 = HEAP32[5298];
  }
  HEAP8[$0_1 + 2 | 0] = $1_1;
 }
 
 function $766($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -866868431;
   global$3 = HEAP32[5318];
  }
  return HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8;
 }
 
 function $767($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -106923864;
   global$3 = HEAP32[9958];
  }
  return HEAPU16[$0_1 + 4 >> 1];
 }
 
 function $775($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1507814845;
   global$3 = HEAP32[14599];
  }
  $0_1 = $0_1 + 1052404 | 0;
  return HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8;
 }
 
 function $776($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1851813410;
   global$3 = HEAP32[14029];
  }
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
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
  var $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0, $9 = 0, $10_1 = 0, $11 = 0, $12_1 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0;
  $12_1 = $2_1;
  $11 = $3_1;
  $7 = $0_1;
  __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$421 : {
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
             break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$421;
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
            break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$421;
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
         break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$421;
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
       $8_1 = __wasm_ctz_i32($3_1);
       $5_1 = $8_1 & 31;
       if (($8_1 & 63) >>> 0 >= 32) {
        $2_1 = 0;
        $6 = $0_1 >>> $5_1 | 0;
       } else {
        $2_1 = $0_1 >>> $5_1 | 0;
        $6 = ((1 << $5_1) - 1 & $0_1) << 32 - $5_1 | $6 >>> $5_1;
       }
       i64toi32_i32$HIGH_BITS = $2_1;
       break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$421;
      }
      $3_1 = 63 - $4_1 | 0;
      $4_1 = $4_1 + 1 | 0;
     }
     $6 = $1_1;
     $8_1 = $4_1 & 63;
     $5_1 = $8_1 & 31;
     if (($8_1 & 63) >>> 0 >= 32) {
      $2_1 = 0;
      $9 = $6 >>> $5_1 | 0;
     } else {
      $2_1 = $6 >>> $5_1 | 0;
      $9 = ((1 << $5_1) - 1 & $6) << 32 - $5_1 | $0_1 >>> $5_1;
     }
     $13 = $2_1;
     $2_1 = $1_1;
     $6 = $7;
     $8_1 = $3_1 & 63;
     $5_1 = $8_1 & 31;
     if (($8_1 & 63) >>> 0 >= 32) {
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
       $8_1 = $10_1 & $12_1;
       $9 = $6 - $8_1 | 0;
       $13 = $2_1 - (($0_1 & $11) + ($6 >>> 0 < $8_1 >>> 0) | 0) | 0;
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
     break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$421;
    }
    $7 = 0;
    $1_1 = 0;
   }
   i64toi32_i32$HIGH_BITS = $1_1;
   $6 = $7;
  }
  return $6;
 }
 
 function __wasm_rotr_i64($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6 = 0, $7 = 0, $8_1 = 0;
  $8_1 = $2_1 & 63;
  $6 = $8_1;
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
  $4_1 = $8_1 & 31;
  if (($6 & 63) >>> 0 >= 32) {
   $5_1 = 0;
   $8_1 = $7 >>> $4_1 | 0;
  } else {
   $5_1 = $7 >>> $4_1 | 0;
   $8_1 = ((1 << $4_1) - 1 & $7) << 32 - $4_1 | $3_1 >>> $4_1;
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
  return $6 | $8_1;
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
  "a": Object.create(Object.prototype, {
   "grow": {
    "value": __wasm_memory_grow
   }, 
   "buffer": {
    "get": function () {
     return buffer;
    }
    
   }
  }), 
  "b": $3, 
  "c": $4, 
  "d": {
   get value() {
    return global$1;
   }, 
   set value(_global$1) {
    global$1 = _global$1;
   }
  }, 
  "e": {
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
export var a = retasmFunc.a;
export var b = retasmFunc.b;
export var c = retasmFunc.c;
export var d = retasmFunc.d;
export var e = retasmFunc.e;
