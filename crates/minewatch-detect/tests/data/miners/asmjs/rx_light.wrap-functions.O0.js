
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
 var __wasm_intrinsics_temp_i64 = 0;
 var __wasm_intrinsics_temp_i64$hi = 0;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1, $1_1, $2_1, $2$hi, $3_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $2$hi = $2$hi | 0;
  $3_1 = $3_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, $4_1 = 0, $19$hi = 0, $23$hi = 0, $27$hi = 0, $5$hi = 0, $6$hi = 0, $7$hi = 0, $8$hi = 0, $9$hi = 0, $10$hi = 0, $14$hi = 0, $17$hi = 0, $21$hi = 0, $11$hi = 0, $12$hi = 0, $25$hi = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $14_1 = 0, $17_1 = 0, $19_1 = 0, $21_1 = 0, $23_1 = 0, $27_1 = 0, $11_1 = 0, $12_1 = 0, $25_1 = 0, $28$hi = 0, $29$hi = 0, $30$hi = 0, $13$hi = 0, $15$hi = 0, $16$hi = 0, $18$hi = 0, $20$hi = 0, $22$hi = 0, $24$hi = 0, $26$hi = 0, $28_1 = 0, $29_1 = 0, $30_1 = 0, $13_1 = 0, $15_1 = 0, $16_1 = 0, $18_1 = 0, $20_1 = 0, $22_1 = 0, $24_1 = 0, $26_1 = 0, $128_1 = 0, $128$hi = 0, $131_1 = 0, $131$hi = 0, $137_1 = 0, $137$hi = 0, $145_1 = 0, $145$hi = 0, $146_1 = 0, $146$hi = 0, $132_1 = 0, $133_1 = 0, $161_1 = 0, $161$hi = 0, $164_1 = 0, $164$hi = 0, $170_1 = 0, $170$hi = 0, $178_1 = 0, $178$hi = 0, $179_1 = 0, $179$hi = 0, $134_1 = 0, $135_1 = 0, $136_1 = 0, $138_1 = 0, $212_1 = 0, $212$hi = 0, $213_1 = 0, $213$hi = 0, $217_1 = 0, $217$hi = 0, $223_1 = 0, $223$hi = 0, $231_1 = 0, $231$hi = 0, $232_1 = 0, $232$hi = 0, $139_1 = 0, $140_1 = 0, $141_1 = 0, $142_1 = 0, $256_1 = 0, $256$hi = 0, $262_1 = 0, $262$hi = 0, $270_1 = 0, $270$hi = 0, $271_1 = 0, $271$hi = 0, $143_1 = 0, $144_1 = 0, $147_1 = 0, $148_1 = 0, $149_1 = 0, $150_1 = 0, $316$hi = 0, $151_1 = 0, $318_1 = 0, $318$hi = 0, $152_1 = 0, $153_1 = 0, $338_1 = 0, $338$hi = 0, $339_1 = 0, $339$hi = 0, $154_1 = 0, $155_1 = 0, $156_1 = 0, $157_1 = 0, $369$hi = 0, $158_1 = 0, $371_1 = 0, $371$hi = 0, $159_1 = 0, $387_1 = 0, $387$hi = 0, $388_1 = 0, $388$hi = 0, $160_1 = 0, $162_1 = 0, $163_1 = 0, $165_1 = 0, $166_1 = 0, $419_1 = 0, $419$hi = 0, $425_1 = 0, $425$hi = 0, $433_1 = 0, $433$hi = 0, $434_1 = 0, $434$hi = 0, $167_1 = 0, $168_1 = 0, $169_1 = 0, $171_1 = 0, $466$hi = 0, $172_1 = 0, $472$hi = 0, $173_1 = 0, $478$hi = 0, $174_1 = 0, $484$hi = 0, $175_1 = 0, $490$hi = 0, $176_1 = 0, $496$hi = 0, $177_1 = 0, $502$hi = 0, $180_1 = 0, $508$hi = 0, $181_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  $4_1 = $64(global$0 | 0, 128 | 0) | 0;
  i64toi32_i32$0 = $65($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $66($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $67($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $68($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $69($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $70($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $71($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $72($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $73($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $74($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $75($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $76($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $77($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $78($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $79($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $80($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $81($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $82($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $83($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $84($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $85($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $86($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $87($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $88($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $89($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $90($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $91($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $92($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $93($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $94($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $95($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $96($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = -528734636;
  i64toi32_i32$1 = 528734635;
  i64toi32_i32$3 = $3_1 ? 79577748 : -79577749;
  i64toi32_i32$2 = $3_1 ? i64toi32_i32$0 : i64toi32_i32$1;
  $5_1 = i64toi32_i32$3;
  $5$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $2$hi;
  i64toi32_i32$3 = 1359893119;
  i64toi32_i32$3 = $97($2_1 | 0, i64toi32_i32$2 | 0, -1377402159 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$3;
  $6$hi = i64toi32_i32$2;
  i64toi32_i32$2 = -1521486534;
  $7_1 = 1595750129;
  $7$hi = i64toi32_i32$2;
  i64toi32_i32$2 = 1541459225;
  $8_1 = 327033209;
  $8$hi = i64toi32_i32$2;
  i64toi32_i32$2 = 1013904242;
  $9_1 = -23791573;
  $9$hi = i64toi32_i32$2;
  i64toi32_i32$2 = -1150833019;
  $10_1 = -2067093701;
  $10$hi = i64toi32_i32$2;
  i64toi32_i32$2 = -1694144372;
  $11_1 = 725511199;
  $11$hi = i64toi32_i32$2;
  i64toi32_i32$2 = 1779033703;
  $12_1 = -205731576;
  $12$hi = i64toi32_i32$2;
  $3_1 = 0;
  i64toi32_i32$2 = $98($0_1 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $13_1 = i64toi32_i32$2;
  $13$hi = i64toi32_i32$3;
  $14_1 = i64toi32_i32$2;
  $14$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $99($0_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $15_1 = i64toi32_i32$3;
  $15$hi = i64toi32_i32$2;
  $2_1 = i64toi32_i32$3;
  $2$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $100($0_1 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $16_1 = i64toi32_i32$2;
  $16$hi = i64toi32_i32$3;
  $17_1 = i64toi32_i32$2;
  $17$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $101($0_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $18_1 = i64toi32_i32$3;
  $18$hi = i64toi32_i32$2;
  $19_1 = i64toi32_i32$3;
  $19$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $102($0_1 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $20_1 = i64toi32_i32$2;
  $20$hi = i64toi32_i32$3;
  $21_1 = i64toi32_i32$2;
  $21$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $103($0_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $22_1 = i64toi32_i32$3;
  $22$hi = i64toi32_i32$2;
  $23_1 = i64toi32_i32$3;
  $23$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $104($0_1 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $24_1 = i64toi32_i32$2;
  $24$hi = i64toi32_i32$3;
  $25_1 = i64toi32_i32$2;
  $25$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $105($0_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $26_1 = i64toi32_i32$3;
  $26$hi = i64toi32_i32$2;
  $27_1 = i64toi32_i32$3;
  $27$hi = i64toi32_i32$2;
  label : while (1) {
   $1_1 = $107((wasm2js_i32$0 = $3_1, wasm2js_i32$1 = $106($3_1 | 0, -10 | 0) | 0, wasm2js_i32$2 = $3_1 >>> 0 < 10 >>> 0, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1) | 0, 4 | 0) | 0;
   i64toi32_i32$2 = $98($106($4_1 | 0, $107($108($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $128_1 = i64toi32_i32$2;
   $128$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $23$hi;
   i64toi32_i32$3 = $21$hi;
   i64toi32_i32$3 = $23$hi;
   i64toi32_i32$2 = $21$hi;
   i64toi32_i32$2 = $109($23_1 | 0, i64toi32_i32$3 | 0, $21_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $131_1 = i64toi32_i32$2;
   $131$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $98($106($4_1 | 0, $107($110($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $137_1 = i64toi32_i32$3;
   $137$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $131$hi;
   i64toi32_i32$3 = $137$hi;
   i64toi32_i32$3 = $109($131_1 | 0, i64toi32_i32$2 | 0, $137_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $21_1 = i64toi32_i32$3;
   $21$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $98($106($4_1 | 0, $107($111($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $145_1 = i64toi32_i32$2;
   $145$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $21$hi;
   i64toi32_i32$2 = $145$hi;
   i64toi32_i32$2 = $109($21_1 | 0, i64toi32_i32$3 | 0, $145_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $146_1 = i64toi32_i32$2;
   $146$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $21$hi;
   i64toi32_i32$3 = $5$hi;
   i64toi32_i32$3 = $21$hi;
   i64toi32_i32$2 = $5$hi;
   i64toi32_i32$2 = $97($21_1 | 0, i64toi32_i32$3 | 0, $5_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $132_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($132_1 | 0, i64toi32_i32$3 | 0, 32 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $5_1 = i64toi32_i32$2;
   $5$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $9$hi;
   i64toi32_i32$3 = $5$hi;
   i64toi32_i32$2 = $9$hi;
   i64toi32_i32$2 = $109($5_1 | 0, i64toi32_i32$3 | 0, $9_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $9_1 = i64toi32_i32$2;
   $9$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $23$hi;
   i64toi32_i32$3 = $9$hi;
   i64toi32_i32$2 = $23$hi;
   i64toi32_i32$2 = $97($9_1 | 0, i64toi32_i32$3 | 0, $23_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $133_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($133_1 | 0, i64toi32_i32$3 | 0, 40 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $23_1 = i64toi32_i32$2;
   $23$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $146$hi;
   i64toi32_i32$2 = $23$hi;
   i64toi32_i32$2 = $109($146_1 | 0, i64toi32_i32$3 | 0, $23_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $28_1 = i64toi32_i32$2;
   $28$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $128$hi;
   i64toi32_i32$2 = $28$hi;
   i64toi32_i32$2 = $109($128_1 | 0, i64toi32_i32$3 | 0, $28_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $161_1 = i64toi32_i32$2;
   $161$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $27$hi;
   i64toi32_i32$3 = $25$hi;
   i64toi32_i32$3 = $27$hi;
   i64toi32_i32$2 = $25$hi;
   i64toi32_i32$2 = $109($27_1 | 0, i64toi32_i32$3 | 0, $25_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $164_1 = i64toi32_i32$2;
   $164$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $98($106($4_1 | 0, $107($113($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $170_1 = i64toi32_i32$3;
   $170$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $164$hi;
   i64toi32_i32$3 = $170$hi;
   i64toi32_i32$3 = $109($164_1 | 0, i64toi32_i32$2 | 0, $170_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $21_1 = i64toi32_i32$3;
   $21$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $98($106($4_1 | 0, $107($114($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $178_1 = i64toi32_i32$2;
   $178$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $21$hi;
   i64toi32_i32$2 = $178$hi;
   i64toi32_i32$2 = $109($21_1 | 0, i64toi32_i32$3 | 0, $178_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $179_1 = i64toi32_i32$2;
   $179$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $21$hi;
   i64toi32_i32$3 = $8$hi;
   i64toi32_i32$3 = $21$hi;
   i64toi32_i32$2 = $8$hi;
   i64toi32_i32$2 = $97($21_1 | 0, i64toi32_i32$3 | 0, $8_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $134_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($134_1 | 0, i64toi32_i32$3 | 0, 32 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $8_1 = i64toi32_i32$2;
   $8$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $7$hi;
   i64toi32_i32$3 = $8$hi;
   i64toi32_i32$2 = $7$hi;
   i64toi32_i32$2 = $109($8_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$2;
   $7$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $27$hi;
   i64toi32_i32$3 = $7$hi;
   i64toi32_i32$2 = $27$hi;
   i64toi32_i32$2 = $97($7_1 | 0, i64toi32_i32$3 | 0, $27_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $135_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($135_1 | 0, i64toi32_i32$3 | 0, 40 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $27_1 = i64toi32_i32$2;
   $27$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $179$hi;
   i64toi32_i32$2 = $27$hi;
   i64toi32_i32$2 = $109($179_1 | 0, i64toi32_i32$3 | 0, $27_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $25_1 = i64toi32_i32$2;
   $25$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $8$hi;
   i64toi32_i32$3 = $25$hi;
   i64toi32_i32$2 = $8$hi;
   i64toi32_i32$2 = $97($25_1 | 0, i64toi32_i32$3 | 0, $8_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $136_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($136_1 | 0, i64toi32_i32$3 | 0, 48 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $8_1 = i64toi32_i32$2;
   $8$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $7$hi;
   i64toi32_i32$3 = $8$hi;
   i64toi32_i32$2 = $7$hi;
   i64toi32_i32$2 = $109($8_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$2;
   $7$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $27$hi;
   i64toi32_i32$3 = $7$hi;
   i64toi32_i32$2 = $27$hi;
   i64toi32_i32$2 = $97($7_1 | 0, i64toi32_i32$3 | 0, $27_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $138_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($138_1 | 0, i64toi32_i32$3 | 0, 1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $27_1 = i64toi32_i32$2;
   $27$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $161$hi;
   i64toi32_i32$2 = $27$hi;
   i64toi32_i32$2 = $109($161_1 | 0, i64toi32_i32$3 | 0, $27_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $21_1 = i64toi32_i32$2;
   $21$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $98($106($4_1 | 0, $107($115($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $212_1 = i64toi32_i32$3;
   $212$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $21$hi;
   i64toi32_i32$3 = $212$hi;
   i64toi32_i32$3 = $109($21_1 | 0, i64toi32_i32$2 | 0, $212_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $213_1 = i64toi32_i32$3;
   $213$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $21$hi;
   i64toi32_i32$2 = $19$hi;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$2 = $19$hi;
   i64toi32_i32$3 = $17$hi;
   i64toi32_i32$3 = $109($19_1 | 0, i64toi32_i32$2 | 0, $17_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $217_1 = i64toi32_i32$3;
   $217$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $98($106($4_1 | 0, $107($116($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $223_1 = i64toi32_i32$2;
   $223$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $217$hi;
   i64toi32_i32$2 = $223$hi;
   i64toi32_i32$2 = $109($217_1 | 0, i64toi32_i32$3 | 0, $223_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $17_1 = i64toi32_i32$2;
   $17$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $98($106($4_1 | 0, $107($117($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $231_1 = i64toi32_i32$3;
   $231$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$3 = $231$hi;
   i64toi32_i32$3 = $109($17_1 | 0, i64toi32_i32$2 | 0, $231_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $232_1 = i64toi32_i32$3;
   $232$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$2 = $11$hi;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$3 = $11$hi;
   i64toi32_i32$3 = $97($17_1 | 0, i64toi32_i32$2 | 0, $11_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $139_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($139_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $11_1 = i64toi32_i32$3;
   $11$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$2 = $11$hi;
   i64toi32_i32$3 = $10$hi;
   i64toi32_i32$3 = $109($11_1 | 0, i64toi32_i32$2 | 0, $10_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $10_1 = i64toi32_i32$3;
   $10$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $19$hi;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$3 = $19$hi;
   i64toi32_i32$3 = $97($10_1 | 0, i64toi32_i32$2 | 0, $19_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $140_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($140_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $19_1 = i64toi32_i32$3;
   $19$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $232$hi;
   i64toi32_i32$3 = $19$hi;
   i64toi32_i32$3 = $109($232_1 | 0, i64toi32_i32$2 | 0, $19_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $17_1 = i64toi32_i32$3;
   $17$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $11$hi;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$3 = $11$hi;
   i64toi32_i32$3 = $97($17_1 | 0, i64toi32_i32$2 | 0, $11_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $141_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($141_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$3;
   $29$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $21$hi;
   i64toi32_i32$3 = $29$hi;
   i64toi32_i32$3 = $97($21_1 | 0, i64toi32_i32$2 | 0, $29_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $142_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($142_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $11_1 = i64toi32_i32$3;
   $11$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $2$hi;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$2 = $2$hi;
   i64toi32_i32$3 = $14$hi;
   i64toi32_i32$3 = $109($2_1 | 0, i64toi32_i32$2 | 0, $14_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $256_1 = i64toi32_i32$3;
   $256$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $98($106($4_1 | 0, $107($118($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $262_1 = i64toi32_i32$2;
   $262$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $256$hi;
   i64toi32_i32$2 = $262$hi;
   i64toi32_i32$2 = $109($256_1 | 0, i64toi32_i32$3 | 0, $262_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $14_1 = i64toi32_i32$2;
   $14$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $98($106($4_1 | 0, $107($119($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $270_1 = i64toi32_i32$3;
   $270$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$3 = $270$hi;
   i64toi32_i32$3 = $109($14_1 | 0, i64toi32_i32$2 | 0, $270_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $271_1 = i64toi32_i32$3;
   $271$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$2 = $6$hi;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$3 = $6$hi;
   i64toi32_i32$3 = $97($14_1 | 0, i64toi32_i32$2 | 0, $6_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $143_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($143_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $6_1 = i64toi32_i32$3;
   $6$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$2 = $6$hi;
   i64toi32_i32$3 = $12$hi;
   i64toi32_i32$3 = $109($6_1 | 0, i64toi32_i32$2 | 0, $12_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $12_1 = i64toi32_i32$3;
   $12$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $2$hi;
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$3 = $2$hi;
   i64toi32_i32$3 = $97($12_1 | 0, i64toi32_i32$2 | 0, $2_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $144_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($144_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $2_1 = i64toi32_i32$3;
   $2$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $271$hi;
   i64toi32_i32$3 = $2$hi;
   i64toi32_i32$3 = $109($271_1 | 0, i64toi32_i32$2 | 0, $2_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $14_1 = i64toi32_i32$3;
   $14$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $6$hi;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$3 = $6$hi;
   i64toi32_i32$3 = $97($14_1 | 0, i64toi32_i32$2 | 0, $6_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $147_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($147_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $6_1 = i64toi32_i32$3;
   $6$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$2 = $6$hi;
   i64toi32_i32$3 = $12$hi;
   i64toi32_i32$3 = $109($6_1 | 0, i64toi32_i32$2 | 0, $12_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $30_1 = i64toi32_i32$3;
   $30$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $11$hi;
   i64toi32_i32$3 = $30$hi;
   i64toi32_i32$3 = $109($11_1 | 0, i64toi32_i32$2 | 0, $30_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $12_1 = i64toi32_i32$3;
   $12$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $27$hi;
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$3 = $27$hi;
   i64toi32_i32$3 = $97($12_1 | 0, i64toi32_i32$2 | 0, $27_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $148_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($148_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $27_1 = i64toi32_i32$3;
   $27$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $213$hi;
   i64toi32_i32$3 = $27$hi;
   i64toi32_i32$3 = $109($213_1 | 0, i64toi32_i32$2 | 0, $27_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $21_1 = i64toi32_i32$3;
   $21$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $11$hi;
   i64toi32_i32$2 = $21$hi;
   i64toi32_i32$3 = $11$hi;
   i64toi32_i32$3 = $97($21_1 | 0, i64toi32_i32$2 | 0, $11_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $149_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($149_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $11_1 = i64toi32_i32$3;
   $11$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$2 = $11$hi;
   i64toi32_i32$3 = $12$hi;
   i64toi32_i32$3 = $109($11_1 | 0, i64toi32_i32$2 | 0, $12_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $12_1 = i64toi32_i32$3;
   $12$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $27$hi;
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$3 = $27$hi;
   i64toi32_i32$3 = $97($12_1 | 0, i64toi32_i32$2 | 0, $27_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $150_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($150_1 | 0, i64toi32_i32$2 | 0, 1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $27_1 = i64toi32_i32$3;
   $27$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $98($106($4_1 | 0, $107($120($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $316$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $17$hi;
   i64toi32_i32$3 = $316$hi;
   $151_1 = i64toi32_i32$2;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$2 = $109($151_1 | 0, i64toi32_i32$3 | 0, $17_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $318_1 = i64toi32_i32$2;
   $318$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $28$hi;
   i64toi32_i32$3 = $5$hi;
   i64toi32_i32$3 = $28$hi;
   i64toi32_i32$2 = $5$hi;
   i64toi32_i32$2 = $97($28_1 | 0, i64toi32_i32$3 | 0, $5_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $152_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($152_1 | 0, i64toi32_i32$3 | 0, 48 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $5_1 = i64toi32_i32$2;
   $5$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $9$hi;
   i64toi32_i32$3 = $5$hi;
   i64toi32_i32$2 = $9$hi;
   i64toi32_i32$2 = $109($5_1 | 0, i64toi32_i32$3 | 0, $9_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $9_1 = i64toi32_i32$2;
   $9$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $23$hi;
   i64toi32_i32$3 = $9$hi;
   i64toi32_i32$2 = $23$hi;
   i64toi32_i32$2 = $97($9_1 | 0, i64toi32_i32$3 | 0, $23_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $153_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($153_1 | 0, i64toi32_i32$3 | 0, 1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $23_1 = i64toi32_i32$2;
   $23$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $318$hi;
   i64toi32_i32$2 = $23$hi;
   i64toi32_i32$2 = $109($318_1 | 0, i64toi32_i32$3 | 0, $23_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $17_1 = i64toi32_i32$2;
   $17$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $98($106($4_1 | 0, $107($121($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $338_1 = i64toi32_i32$3;
   $338$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$3 = $338$hi;
   i64toi32_i32$3 = $109($17_1 | 0, i64toi32_i32$2 | 0, $338_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $339_1 = i64toi32_i32$3;
   $339$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$2 = $6$hi;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$3 = $6$hi;
   i64toi32_i32$3 = $97($17_1 | 0, i64toi32_i32$2 | 0, $6_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $154_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($154_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $6_1 = i64toi32_i32$3;
   $6$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $7$hi;
   i64toi32_i32$2 = $6$hi;
   i64toi32_i32$3 = $7$hi;
   i64toi32_i32$3 = $109($6_1 | 0, i64toi32_i32$2 | 0, $7_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$3;
   $7$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $23$hi;
   i64toi32_i32$2 = $7$hi;
   i64toi32_i32$3 = $23$hi;
   i64toi32_i32$3 = $97($7_1 | 0, i64toi32_i32$2 | 0, $23_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $155_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($155_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $23_1 = i64toi32_i32$3;
   $23$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $339$hi;
   i64toi32_i32$3 = $23$hi;
   i64toi32_i32$3 = $109($339_1 | 0, i64toi32_i32$2 | 0, $23_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $17_1 = i64toi32_i32$3;
   $17$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $6$hi;
   i64toi32_i32$2 = $17$hi;
   i64toi32_i32$3 = $6$hi;
   i64toi32_i32$3 = $97($17_1 | 0, i64toi32_i32$2 | 0, $6_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $156_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($156_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $6_1 = i64toi32_i32$3;
   $6$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $7$hi;
   i64toi32_i32$2 = $6$hi;
   i64toi32_i32$3 = $7$hi;
   i64toi32_i32$3 = $109($6_1 | 0, i64toi32_i32$2 | 0, $7_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$3;
   $7$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $23$hi;
   i64toi32_i32$2 = $7$hi;
   i64toi32_i32$3 = $23$hi;
   i64toi32_i32$3 = $97($7_1 | 0, i64toi32_i32$2 | 0, $23_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $157_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($157_1 | 0, i64toi32_i32$2 | 0, 1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $23_1 = i64toi32_i32$3;
   $23$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $98($106($4_1 | 0, $107($122($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $369$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $14$hi;
   i64toi32_i32$3 = $369$hi;
   $158_1 = i64toi32_i32$2;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$2 = $109($158_1 | 0, i64toi32_i32$3 | 0, $14_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $371_1 = i64toi32_i32$2;
   $371$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $29$hi;
   i64toi32_i32$3 = $10$hi;
   i64toi32_i32$3 = $29$hi;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$2 = $109($29_1 | 0, i64toi32_i32$3 | 0, $10_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $10_1 = i64toi32_i32$2;
   $10$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $19$hi;
   i64toi32_i32$3 = $10$hi;
   i64toi32_i32$2 = $19$hi;
   i64toi32_i32$2 = $97($10_1 | 0, i64toi32_i32$3 | 0, $19_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $159_1 = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   i64toi32_i32$2 = $112($159_1 | 0, i64toi32_i32$3 | 0, 1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $19_1 = i64toi32_i32$2;
   $19$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $371$hi;
   i64toi32_i32$2 = $19$hi;
   i64toi32_i32$2 = $109($371_1 | 0, i64toi32_i32$3 | 0, $19_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $14_1 = i64toi32_i32$2;
   $14$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $98($106($4_1 | 0, $107($123($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $387_1 = i64toi32_i32$3;
   $387$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$3 = $387$hi;
   i64toi32_i32$3 = $109($14_1 | 0, i64toi32_i32$2 | 0, $387_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $388_1 = i64toi32_i32$3;
   $388$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $8$hi;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$2 = $8$hi;
   i64toi32_i32$3 = $14$hi;
   i64toi32_i32$3 = $97($8_1 | 0, i64toi32_i32$2 | 0, $14_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $160_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($160_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $8_1 = i64toi32_i32$3;
   $8$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $9$hi;
   i64toi32_i32$2 = $8$hi;
   i64toi32_i32$3 = $9$hi;
   i64toi32_i32$3 = $109($8_1 | 0, i64toi32_i32$2 | 0, $9_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $9_1 = i64toi32_i32$3;
   $9$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $19$hi;
   i64toi32_i32$2 = $9$hi;
   i64toi32_i32$3 = $19$hi;
   i64toi32_i32$3 = $97($9_1 | 0, i64toi32_i32$2 | 0, $19_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $162_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($162_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $19_1 = i64toi32_i32$3;
   $19$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $388$hi;
   i64toi32_i32$3 = $19$hi;
   i64toi32_i32$3 = $109($388_1 | 0, i64toi32_i32$2 | 0, $19_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $14_1 = i64toi32_i32$3;
   $14$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $8$hi;
   i64toi32_i32$2 = $14$hi;
   i64toi32_i32$3 = $8$hi;
   i64toi32_i32$3 = $97($14_1 | 0, i64toi32_i32$2 | 0, $8_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $163_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($163_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $8_1 = i64toi32_i32$3;
   $8$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $9$hi;
   i64toi32_i32$2 = $8$hi;
   i64toi32_i32$3 = $9$hi;
   i64toi32_i32$3 = $109($8_1 | 0, i64toi32_i32$2 | 0, $9_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $9_1 = i64toi32_i32$3;
   $9$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $19$hi;
   i64toi32_i32$2 = $9$hi;
   i64toi32_i32$3 = $19$hi;
   i64toi32_i32$3 = $97($9_1 | 0, i64toi32_i32$2 | 0, $19_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $165_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($165_1 | 0, i64toi32_i32$2 | 0, 1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $19_1 = i64toi32_i32$3;
   $19$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $25$hi;
   i64toi32_i32$2 = $30$hi;
   i64toi32_i32$2 = $2$hi;
   i64toi32_i32$2 = $30$hi;
   i64toi32_i32$3 = $2$hi;
   i64toi32_i32$3 = $97($30_1 | 0, i64toi32_i32$2 | 0, $2_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $166_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($166_1 | 0, i64toi32_i32$2 | 0, 1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $2_1 = i64toi32_i32$3;
   $2$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $25$hi;
   i64toi32_i32$3 = $2$hi;
   i64toi32_i32$3 = $109($25_1 | 0, i64toi32_i32$2 | 0, $2_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $419_1 = i64toi32_i32$3;
   $419$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $98($106($4_1 | 0, $107($124($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $425_1 = i64toi32_i32$2;
   $425$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $419$hi;
   i64toi32_i32$2 = $425$hi;
   i64toi32_i32$2 = $109($419_1 | 0, i64toi32_i32$3 | 0, $425_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $25_1 = i64toi32_i32$2;
   $25$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $98($106($4_1 | 0, $107($125($1_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $433_1 = i64toi32_i32$3;
   $433$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $25$hi;
   i64toi32_i32$3 = $433$hi;
   i64toi32_i32$3 = $109($25_1 | 0, i64toi32_i32$2 | 0, $433_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $434_1 = i64toi32_i32$3;
   $434$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $25$hi;
   i64toi32_i32$2 = $5$hi;
   i64toi32_i32$2 = $25$hi;
   i64toi32_i32$3 = $5$hi;
   i64toi32_i32$3 = $97($25_1 | 0, i64toi32_i32$2 | 0, $5_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $167_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($167_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $5_1 = i64toi32_i32$3;
   $5$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$2 = $5$hi;
   i64toi32_i32$3 = $10$hi;
   i64toi32_i32$3 = $109($5_1 | 0, i64toi32_i32$2 | 0, $10_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $10_1 = i64toi32_i32$3;
   $10$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $2$hi;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$3 = $2$hi;
   i64toi32_i32$3 = $97($10_1 | 0, i64toi32_i32$2 | 0, $2_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $168_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($168_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $2_1 = i64toi32_i32$3;
   $2$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $434$hi;
   i64toi32_i32$3 = $2$hi;
   i64toi32_i32$3 = $109($434_1 | 0, i64toi32_i32$2 | 0, $2_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $25_1 = i64toi32_i32$3;
   $25$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $5$hi;
   i64toi32_i32$2 = $25$hi;
   i64toi32_i32$3 = $5$hi;
   i64toi32_i32$3 = $97($25_1 | 0, i64toi32_i32$2 | 0, $5_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $169_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($169_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $5_1 = i64toi32_i32$3;
   $5$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$2 = $5$hi;
   i64toi32_i32$3 = $10$hi;
   i64toi32_i32$3 = $109($5_1 | 0, i64toi32_i32$2 | 0, $10_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $10_1 = i64toi32_i32$3;
   $10$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $2$hi;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$3 = $2$hi;
   i64toi32_i32$3 = $97($10_1 | 0, i64toi32_i32$2 | 0, $2_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $171_1 = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   i64toi32_i32$3 = $112($171_1 | 0, i64toi32_i32$2 | 0, 1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $2_1 = i64toi32_i32$3;
   $2$hi = i64toi32_i32$2;
   $3_1 = $106($3_1 | 0, 1 | 0) | 0;
   if (($3_1 | 0) != (12 | 0)) {
    continue label
   }
   break label;
  };
  i64toi32_i32$2 = $8$hi;
  i64toi32_i32$2 = $26$hi;
  i64toi32_i32$2 = $8$hi;
  i64toi32_i32$3 = $26$hi;
  i64toi32_i32$3 = $97($8_1 | 0, i64toi32_i32$2 | 0, $26_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $466$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $27$hi;
  i64toi32_i32$2 = $466$hi;
  $172_1 = i64toi32_i32$3;
  i64toi32_i32$3 = $27$hi;
  i64toi32_i32$3 = $97($172_1 | 0, i64toi32_i32$2 | 0, $27_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $80($0_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $23$hi;
  i64toi32_i32$2 = $22$hi;
  i64toi32_i32$2 = $23$hi;
  i64toi32_i32$3 = $22$hi;
  i64toi32_i32$3 = $97($23_1 | 0, i64toi32_i32$2 | 0, $22_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $472$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $5$hi;
  i64toi32_i32$2 = $472$hi;
  $173_1 = i64toi32_i32$3;
  i64toi32_i32$3 = $5$hi;
  i64toi32_i32$3 = $97($173_1 | 0, i64toi32_i32$2 | 0, $5_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $78($0_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $19$hi;
  i64toi32_i32$2 = $18$hi;
  i64toi32_i32$2 = $19$hi;
  i64toi32_i32$3 = $18$hi;
  i64toi32_i32$3 = $97($19_1 | 0, i64toi32_i32$2 | 0, $18_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $478$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $11$hi;
  i64toi32_i32$2 = $478$hi;
  $174_1 = i64toi32_i32$3;
  i64toi32_i32$3 = $11$hi;
  i64toi32_i32$3 = $97($174_1 | 0, i64toi32_i32$2 | 0, $11_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $76($0_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$2 = $15$hi;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$3 = $15$hi;
  i64toi32_i32$3 = $97($6_1 | 0, i64toi32_i32$2 | 0, $15_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $484$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $2$hi;
  i64toi32_i32$2 = $484$hi;
  $175_1 = i64toi32_i32$3;
  i64toi32_i32$3 = $2$hi;
  i64toi32_i32$3 = $97($175_1 | 0, i64toi32_i32$2 | 0, $2_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $74($0_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $7$hi;
  i64toi32_i32$2 = $24$hi;
  i64toi32_i32$2 = $7$hi;
  i64toi32_i32$3 = $24$hi;
  i64toi32_i32$3 = $97($7_1 | 0, i64toi32_i32$2 | 0, $24_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $490$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $25$hi;
  i64toi32_i32$2 = $490$hi;
  $176_1 = i64toi32_i32$3;
  i64toi32_i32$3 = $25$hi;
  i64toi32_i32$3 = $97($176_1 | 0, i64toi32_i32$2 | 0, $25_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $72($0_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $9$hi;
  i64toi32_i32$2 = $20$hi;
  i64toi32_i32$2 = $9$hi;
  i64toi32_i32$3 = $20$hi;
  i64toi32_i32$3 = $97($9_1 | 0, i64toi32_i32$2 | 0, $20_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $496$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $21$hi;
  i64toi32_i32$2 = $496$hi;
  $177_1 = i64toi32_i32$3;
  i64toi32_i32$3 = $21$hi;
  i64toi32_i32$3 = $97($177_1 | 0, i64toi32_i32$2 | 0, $21_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $70($0_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $17$hi;
  i64toi32_i32$2 = $16$hi;
  i64toi32_i32$2 = $17$hi;
  i64toi32_i32$3 = $16$hi;
  i64toi32_i32$3 = $97($17_1 | 0, i64toi32_i32$2 | 0, $16_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $502$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $10$hi;
  i64toi32_i32$2 = $502$hi;
  $180_1 = i64toi32_i32$3;
  i64toi32_i32$3 = $10$hi;
  i64toi32_i32$3 = $97($180_1 | 0, i64toi32_i32$2 | 0, $10_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $68($0_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $14$hi;
  i64toi32_i32$2 = $13$hi;
  i64toi32_i32$2 = $14$hi;
  i64toi32_i32$3 = $13$hi;
  i64toi32_i32$3 = $97($14_1 | 0, i64toi32_i32$2 | 0, $13_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $508$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $12$hi;
  i64toi32_i32$2 = $508$hi;
  $181_1 = i64toi32_i32$3;
  i64toi32_i32$3 = $12$hi;
  i64toi32_i32$3 = $97($181_1 | 0, i64toi32_i32$2 | 0, $12_1 | 0, i64toi32_i32$3 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $66($0_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
 }
 
 function $1($0_1, $1_1, $2_1, $3_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, $4_1 = 0, $5_1 = 0, $8_1 = 0, $7$hi = 0, $7_1 = 0, $9_1 = 0, $6_1 = 0, $57_1 = 0, $95_1 = 0, $98$hi = 0, $115$hi = 0, $121$hi = 0, $137$hi = 0, $140$hi = 0, $20_1 = 0;
  $4_1 = $64(global$0 | 0, 192 | 0) | 0;
  global$0 = $4_1;
  $5_1 = 0;
  i64toi32_i32$0 = $126(0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $80($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $127(0 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $78($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $128(0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $76($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $129(0 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $74($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $130(0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $72($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $131(0 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $70($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $132(0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $68($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = 0;
  i64toi32_i32$0 = 1779033703;
  i64toi32_i32$0 = $97($133($1_1 | 0, 16842752 | 0) | 0 | 0, i64toi32_i32$1 | 0, -205731576 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $66($4_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  wasm2js_memory_fill($106($4_1 | 0, 64 | 0) | 0, 0, 128);
  $6_1 = $106($2_1 | 0, $107($3_1 | 0, 3 | 0) | 0 | 0) | 0;
  i64toi32_i32$1 = 0;
  $7_1 = 0;
  $7$hi = i64toi32_i32$1;
  label1 : while (1) {
   block : {
    $8_1 = $134($2_1 | 0) | 0;
    if (!$8_1) {
     break block
    }
    $3_1 = $135($2_1 | 0) | 0;
    block3 : {
     label : while (1) {
      $9_1 = $136($3_1 | 0) | 0;
      block2 : {
       block1 : {
        if (($5_1 | 0) != (128 | 0)) {
         break block1
        }
        $5_1 = 0;
        $57_1 = $106($4_1 | 0, 64 | 0) | 0;
        i64toi32_i32$1 = $7$hi;
        i64toi32_i32$0 = 0;
        i64toi32_i32$0 = $109($7_1 | 0, i64toi32_i32$1 | 0, 128 | 0, i64toi32_i32$0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $7_1 = i64toi32_i32$0;
        $7$hi = i64toi32_i32$1;
        $0($4_1 | 0, $57_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0, 0 | 0);
        break block2;
       }
       if ($5_1 >>> 0 > 127 >>> 0) {
        break block3
       }
      }
      $3_1 = $106($3_1 | 0, 1 | 0) | 0;
      $137($106($106($4_1 | 0, 64 | 0) | 0 | 0, $5_1 | 0) | 0 | 0, $9_1 | 0);
      $5_1 = $106($5_1 | 0, 1 | 0) | 0;
      $8_1 = $106($8_1 | 0, -1 | 0) | 0;
      if (!$8_1) {
       break block
      }
      continue label;
     };
    }
    $57($5_1 | 0, 128 | 0, 1051368 | 0);
    wasm2js_trap();
   }
   $2_1 = $106($2_1 | 0, 8 | 0) | 0;
   if (($2_1 | 0) != ($6_1 | 0)) {
    continue label1
   }
   break label1;
  };
  block4 : {
   if ($5_1 >>> 0 > 128 >>> 0) {
    break block4
   }
   $3_1 = 0;
   block5 : {
    $8_1 = $64(128 | 0, $5_1 | 0) | 0;
    if (!$8_1) {
     break block5
    }
    wasm2js_memory_fill($106($106($4_1 | 0, 64 | 0) | 0 | 0, $5_1 | 0) | 0, 0, $8_1);
   }
   $95_1 = $106($4_1 | 0, 64 | 0) | 0;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$1 = 0;
   $98$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$0 = $98$hi;
   i64toi32_i32$0 = $109($7_1 | 0, i64toi32_i32$1 | 0, $5_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $0($4_1 | 0, $95_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0, 1 | 0);
   $8_1 = $138($1_1 | 0, 126 | 0) | 0;
   $9_1 = $138($1_1 | 0, 1 | 0) | 0;
   label2 : while (1) {
    i64toi32_i32$1 = $98($106($4_1 | 0, $138($3_1 | 0, -8 | 0) | 0 | 0) | 0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $7_1 = i64toi32_i32$1;
    $7$hi = i64toi32_i32$0;
    $5_1 = $138($107($3_1 | 0, 3 | 0) | 0 | 0, 48 | 0) | 0;
    i64toi32_i32$0 = 0;
    $115$hi = i64toi32_i32$0;
    i64toi32_i32$0 = $7$hi;
    i64toi32_i32$1 = $115$hi;
    i64toi32_i32$1 = $139($7_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $140($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $7$hi;
    i64toi32_i32$0 = 0;
    $121$hi = i64toi32_i32$0;
    i64toi32_i32$0 = $7$hi;
    i64toi32_i32$1 = $121$hi;
    i64toi32_i32$1 = $139($7_1 | 0, i64toi32_i32$0 | 0, $133($5_1 | 0, 8 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $141($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    $0_1 = $106($0_1 | 0, 2 | 0) | 0;
    $3_1 = $106($3_1 | 0, 2 | 0) | 0;
    if (($3_1 | 0) != ($8_1 | 0)) {
     continue label2
    }
    break label2;
   };
   block6 : {
    if (!$9_1) {
     break block6
    }
    i64toi32_i32$0 = $98($106($4_1 | 0, $138($3_1 | 0, -8 | 0) | 0 | 0) | 0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $137$hi = i64toi32_i32$1;
    i64toi32_i32$1 = 0;
    $140$hi = i64toi32_i32$1;
    i64toi32_i32$1 = $137$hi;
    $20_1 = i64toi32_i32$0;
    i64toi32_i32$0 = $140$hi;
    i64toi32_i32$0 = $139($20_1 | 0, i64toi32_i32$1 | 0, $107($3_1 | 0, 3 | 0) | 0 | 0, i64toi32_i32$0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $140($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   }
   global$0 = $106($4_1 | 0, 192 | 0) | 0;
   return;
  }
  $54($5_1 | 0, 128 | 0, 128 | 0, 1051384 | 0);
  wasm2js_trap();
 }
 
 function $2($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, $5$hi = 0, $3$hi = 0, $5_1 = 0, $1$hi = 0, $6$hi = 0, $3_1 = 0, $4$hi = 0, $1_1 = 0, $2$hi = 0, $6_1 = 0, $4_1 = 0, $2_1 = 0, $10$hi = 0, $10_1 = 0, $13$hi = 0, $13_1 = 0, $7$hi = 0, $8$hi = 0, $16$hi = 0, $18$hi = 0, $7_1 = 0, $8_1 = 0, $16_1 = 0, $18_1 = 0, $9$hi = 0, $11$hi = 0, $15$hi = 0, $17$hi = 0, $9_1 = 0, $11_1 = 0, $12$hi = 0, $15_1 = 0, $17_1 = 0, $12_1 = 0, $14$hi = 0, $19$hi = 0, $14_1 = 0, $19_1 = 0, $34_1 = 0, $34$hi = 0, $305_1 = 0, $37_1 = 0, $37$hi = 0, $39_1 = 0, $39$hi = 0, $40_1 = 0, $40$hi = 0, $44_1 = 0, $44$hi = 0, $306_1 = 0, $51_1 = 0, $51$hi = 0, $53_1 = 0, $53$hi = 0, $307_1 = 0, $56_1 = 0, $56$hi = 0, $57_1 = 0, $57$hi = 0, $308_1 = 0, $65_1 = 0, $65$hi = 0, $67_1 = 0, $67$hi = 0, $309_1 = 0, $70_1 = 0, $70$hi = 0, $71_1 = 0, $71$hi = 0, $310_1 = 0, $84_1 = 0, $84$hi = 0, $311_1 = 0, $87_1 = 0, $87$hi = 0, $89_1 = 0, $89$hi = 0, $90_1 = 0, $90$hi = 0, $94_1 = 0, $94$hi = 0, $312_1 = 0, $101_1 = 0, $101$hi = 0, $103_1 = 0, $103$hi = 0, $314_1 = 0, $106_1 = 0, $106$hi = 0, $107_1 = 0, $107$hi = 0, $316_1 = 0, $115_1 = 0, $115$hi = 0, $117_1 = 0, $117$hi = 0, $317_1 = 0, $120_1 = 0, $120$hi = 0, $121_1 = 0, $121$hi = 0, $320_1 = 0, $129_1 = 0, $129$hi = 0, $131_1 = 0, $131$hi = 0, $321_1 = 0, $134_1 = 0, $134$hi = 0, $135_1 = 0, $135$hi = 0, $322_1 = 0, $148_1 = 0, $148$hi = 0, $323_1 = 0, $151_1 = 0, $151$hi = 0, $153_1 = 0, $153$hi = 0, $154_1 = 0, $154$hi = 0, $158_1 = 0, $158$hi = 0, $324_1 = 0, $165_1 = 0, $165$hi = 0, $167_1 = 0, $167$hi = 0, $325_1 = 0, $170_1 = 0, $170$hi = 0, $171_1 = 0, $171$hi = 0, $326_1 = 0, $179_1 = 0, $179$hi = 0, $181_1 = 0, $181$hi = 0, $327_1 = 0, $184_1 = 0, $184$hi = 0, $185_1 = 0, $185$hi = 0, $188_1 = 0, $188$hi = 0, $190_1 = 0, $190$hi = 0, $328_1 = 0, $193_1 = 0, $193$hi = 0, $194_1 = 0, $194$hi = 0, $329_1 = 0, $206_1 = 0, $206$hi = 0, $330_1 = 0, $209_1 = 0, $209$hi = 0, $211_1 = 0, $211$hi = 0, $212_1 = 0, $212$hi = 0, $216_1 = 0, $216$hi = 0, $331_1 = 0, $223_1 = 0, $223$hi = 0, $225_1 = 0, $225$hi = 0, $333_1 = 0, $228_1 = 0, $228$hi = 0, $229_1 = 0, $229$hi = 0, $335_1 = 0, $237_1 = 0, $237$hi = 0, $239_1 = 0, $239$hi = 0, $336_1 = 0, $242_1 = 0, $242$hi = 0, $243_1 = 0, $243$hi = 0, $339_1 = 0, $251_1 = 0, $251$hi = 0, $253_1 = 0, $253$hi = 0, $340_1 = 0, $256_1 = 0, $256$hi = 0, $257_1 = 0, $257$hi = 0, $260_1 = 0, $260$hi = 0, $262_1 = 0, $262$hi = 0, $342_1 = 0, $265_1 = 0, $265$hi = 0, $266_1 = 0, $266$hi = 0, $344_1 = 0, $274_1 = 0, $274$hi = 0, $276_1 = 0, $276$hi = 0, $345_1 = 0, $279_1 = 0, $279$hi = 0, $280_1 = 0, $280$hi = 0, $348_1 = 0, $292_1 = 0, $292$hi = 0, $294_1 = 0, $294$hi = 0, $349_1 = 0, $297_1 = 0, $297$hi = 0, $298_1 = 0, $298$hi = 0, $350_1 = 0, $351_1 = 0, $313_1 = 0, $313$hi = 0, $315_1 = 0, $315$hi = 0, $352_1 = 0, $318_1 = 0, $318$hi = 0, $319_1 = 0, $319$hi = 0, $353_1 = 0, $354_1 = 0, $332_1 = 0, $332$hi = 0, $334_1 = 0, $334$hi = 0, $356_1 = 0, $337_1 = 0, $337$hi = 0, $338_1 = 0, $338$hi = 0, $341_1 = 0, $341$hi = 0, $343_1 = 0, $343$hi = 0, $358_1 = 0, $346_1 = 0, $346$hi = 0, $347_1 = 0, $347$hi = 0, $359_1 = 0, $355_1 = 0, $355$hi = 0, $357_1 = 0, $357$hi = 0, $362_1 = 0, $360_1 = 0, $360$hi = 0, $361_1 = 0, $361$hi = 0, $363_1 = 0, $373_1 = 0, $373$hi = 0, $375_1 = 0, $375$hi = 0, $364_1 = 0, $378_1 = 0, $378$hi = 0, $379_1 = 0, $379$hi = 0, $365_1 = 0, $366_1 = 0, $394_1 = 0, $394$hi = 0, $396_1 = 0, $396$hi = 0, $367_1 = 0, $399_1 = 0, $399$hi = 0, $400_1 = 0, $400$hi = 0, $368_1 = 0, $409_1 = 0, $409$hi = 0, $411_1 = 0, $411$hi = 0, $369_1 = 0, $414_1 = 0, $414$hi = 0, $415_1 = 0, $415$hi = 0, $418_1 = 0, $418$hi = 0, $420_1 = 0, $420$hi = 0, $370_1 = 0, $423_1 = 0, $423$hi = 0, $424_1 = 0, $424$hi = 0, $371_1 = 0, $432_1 = 0, $432$hi = 0, $434_1 = 0, $434$hi = 0, $372_1 = 0, $437_1 = 0, $437$hi = 0, $438_1 = 0, $438$hi = 0, $374_1 = 0, $450_1 = 0, $450$hi = 0, $452_1 = 0, $452$hi = 0, $376_1 = 0, $455_1 = 0, $455$hi = 0, $456_1 = 0, $456$hi = 0, $377_1 = 0, $380_1 = 0, $471_1 = 0, $471$hi = 0, $381_1 = 0, $474_1 = 0, $474$hi = 0, $476_1 = 0, $476$hi = 0, $477_1 = 0, $477$hi = 0, $382_1 = 0, $485_1 = 0, $485$hi = 0, $487_1 = 0, $487$hi = 0, $383_1 = 0, $490_1 = 0, $490$hi = 0, $491_1 = 0, $491$hi = 0, $384_1 = 0, $499_1 = 0, $499$hi = 0, $501_1 = 0, $501$hi = 0, $385_1 = 0, $504_1 = 0, $504$hi = 0, $505_1 = 0, $505$hi = 0, $386_1 = 0, $517_1 = 0, $517$hi = 0, $519_1 = 0, $519$hi = 0, $387_1 = 0, $522_1 = 0, $522$hi = 0, $523_1 = 0, $523$hi = 0, $388_1 = 0;
  i64toi32_i32$0 = $105($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $1_1 = i64toi32_i32$0;
  $1$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $104($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $2_1 = i64toi32_i32$1;
  $2$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $2$hi;
  i64toi32_i32$1 = $109($1_1 | 0, i64toi32_i32$0 | 0, $2_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $34_1 = i64toi32_i32$1;
  $34$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($2_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $305_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($305_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $37_1 = i64toi32_i32$1;
  $37$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($1_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $39_1 = i64toi32_i32$1;
  $39$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $37$hi;
  i64toi32_i32$1 = $39$hi;
  i64toi32_i32$1 = $144($37_1 | 0, i64toi32_i32$0 | 0, $39_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $40_1 = i64toi32_i32$1;
  $40$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $34$hi;
  i64toi32_i32$1 = $40$hi;
  i64toi32_i32$1 = $109($34_1 | 0, i64toi32_i32$0 | 0, $40_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $2_1 = i64toi32_i32$1;
  $2$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $145($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $44_1 = i64toi32_i32$0;
  $44$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $2$hi;
  i64toi32_i32$0 = $44$hi;
  i64toi32_i32$0 = $97($2_1 | 0, i64toi32_i32$1 | 0, $44_1 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $306_1 = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $112($306_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $3_1 = i64toi32_i32$0;
  $3$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $146($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4_1 = i64toi32_i32$1;
  $4$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = $4$hi;
  i64toi32_i32$1 = $109($3_1 | 0, i64toi32_i32$0 | 0, $4_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $51_1 = i64toi32_i32$1;
  $51$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($3_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $53_1 = i64toi32_i32$1;
  $53$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($4_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $307_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($307_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $56_1 = i64toi32_i32$1;
  $56$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $53$hi;
  i64toi32_i32$1 = $56$hi;
  i64toi32_i32$1 = $144($53_1 | 0, i64toi32_i32$0 | 0, $56_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $57_1 = i64toi32_i32$1;
  $57$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $51$hi;
  i64toi32_i32$1 = $57$hi;
  i64toi32_i32$1 = $109($51_1 | 0, i64toi32_i32$0 | 0, $57_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4_1 = i64toi32_i32$1;
  $4$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = $97($4_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $308_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($308_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $1_1 = i64toi32_i32$1;
  $1$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $2$hi;
  i64toi32_i32$1 = $109($1_1 | 0, i64toi32_i32$0 | 0, $2_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $65_1 = i64toi32_i32$1;
  $65$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($1_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $67_1 = i64toi32_i32$1;
  $67$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($2_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $309_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($309_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $70_1 = i64toi32_i32$1;
  $70$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $67$hi;
  i64toi32_i32$1 = $70$hi;
  i64toi32_i32$1 = $144($67_1 | 0, i64toi32_i32$0 | 0, $70_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $71_1 = i64toi32_i32$1;
  $71$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $65$hi;
  i64toi32_i32$1 = $71$hi;
  i64toi32_i32$1 = $109($65_1 | 0, i64toi32_i32$0 | 0, $71_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $2_1 = i64toi32_i32$1;
  $2$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = $3$hi;
  i64toi32_i32$1 = $97($2_1 | 0, i64toi32_i32$0 | 0, $3_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $310_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($310_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $3_1 = i64toi32_i32$1;
  $3$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $101($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$0;
  $5$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $100($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $109($5_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $84_1 = i64toi32_i32$1;
  $84$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($6_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $311_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($311_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $87_1 = i64toi32_i32$1;
  $87$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($5_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $89_1 = i64toi32_i32$1;
  $89$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $87$hi;
  i64toi32_i32$1 = $89$hi;
  i64toi32_i32$1 = $144($87_1 | 0, i64toi32_i32$0 | 0, $89_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $90_1 = i64toi32_i32$1;
  $90$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $84$hi;
  i64toi32_i32$1 = $90$hi;
  i64toi32_i32$1 = $109($84_1 | 0, i64toi32_i32$0 | 0, $90_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $147($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $94_1 = i64toi32_i32$0;
  $94$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$0 = $94$hi;
  i64toi32_i32$0 = $97($6_1 | 0, i64toi32_i32$1 | 0, $94_1 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $312_1 = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $112($312_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $7_1 = i64toi32_i32$0;
  $7$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $148($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $8_1 = i64toi32_i32$1;
  $8$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$1 = $8$hi;
  i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$0 | 0, $8_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $101_1 = i64toi32_i32$1;
  $101$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($7_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $103_1 = i64toi32_i32$1;
  $103$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($8_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $314_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($314_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $106_1 = i64toi32_i32$1;
  $106$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $103$hi;
  i64toi32_i32$1 = $106$hi;
  i64toi32_i32$1 = $144($103_1 | 0, i64toi32_i32$0 | 0, $106_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $107_1 = i64toi32_i32$1;
  $107$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $101$hi;
  i64toi32_i32$1 = $107$hi;
  i64toi32_i32$1 = $109($101_1 | 0, i64toi32_i32$0 | 0, $107_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $8_1 = i64toi32_i32$1;
  $8$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = $5$hi;
  i64toi32_i32$1 = $97($8_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $316_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($316_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $109($5_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $115_1 = i64toi32_i32$1;
  $115$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($5_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $117_1 = i64toi32_i32$1;
  $117$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($6_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $317_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($317_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $120_1 = i64toi32_i32$1;
  $120$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $117$hi;
  i64toi32_i32$1 = $120$hi;
  i64toi32_i32$1 = $144($117_1 | 0, i64toi32_i32$0 | 0, $120_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $121_1 = i64toi32_i32$1;
  $121$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $115$hi;
  i64toi32_i32$1 = $121$hi;
  i64toi32_i32$1 = $109($115_1 | 0, i64toi32_i32$0 | 0, $121_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = $7$hi;
  i64toi32_i32$1 = $97($6_1 | 0, i64toi32_i32$0 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $320_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($320_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $7_1 = i64toi32_i32$1;
  $7$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$1 = $8$hi;
  i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$0 | 0, $8_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $129_1 = i64toi32_i32$1;
  $129$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($7_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $131_1 = i64toi32_i32$1;
  $131$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($8_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $321_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($321_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $134_1 = i64toi32_i32$1;
  $134$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $131$hi;
  i64toi32_i32$1 = $134$hi;
  i64toi32_i32$1 = $144($131_1 | 0, i64toi32_i32$0 | 0, $134_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $135_1 = i64toi32_i32$1;
  $135$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $129$hi;
  i64toi32_i32$1 = $135$hi;
  i64toi32_i32$1 = $109($129_1 | 0, i64toi32_i32$0 | 0, $135_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $8_1 = i64toi32_i32$1;
  $8$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = $5$hi;
  i64toi32_i32$1 = $97($8_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $322_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($322_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $99($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $9_1 = i64toi32_i32$0;
  $9$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $98($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $10_1 = i64toi32_i32$1;
  $10$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $9$hi;
  i64toi32_i32$1 = $10$hi;
  i64toi32_i32$1 = $109($9_1 | 0, i64toi32_i32$0 | 0, $10_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $148_1 = i64toi32_i32$1;
  $148$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($10_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $323_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($323_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $151_1 = i64toi32_i32$1;
  $151$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $9$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($9_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $153_1 = i64toi32_i32$1;
  $153$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $151$hi;
  i64toi32_i32$1 = $153$hi;
  i64toi32_i32$1 = $144($151_1 | 0, i64toi32_i32$0 | 0, $153_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $154_1 = i64toi32_i32$1;
  $154$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $148$hi;
  i64toi32_i32$1 = $154$hi;
  i64toi32_i32$1 = $109($148_1 | 0, i64toi32_i32$0 | 0, $154_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $10_1 = i64toi32_i32$1;
  $10$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $149($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $158_1 = i64toi32_i32$0;
  $158$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $10$hi;
  i64toi32_i32$0 = $158$hi;
  i64toi32_i32$0 = $97($10_1 | 0, i64toi32_i32$1 | 0, $158_1 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $324_1 = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $112($324_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $11_1 = i64toi32_i32$0;
  $11$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $150($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $12_1 = i64toi32_i32$1;
  $12$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $11$hi;
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$1 = $109($11_1 | 0, i64toi32_i32$0 | 0, $12_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $165_1 = i64toi32_i32$1;
  $165$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $11$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($11_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $167_1 = i64toi32_i32$1;
  $167$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $12$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($12_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $325_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($325_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $170_1 = i64toi32_i32$1;
  $170$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $167$hi;
  i64toi32_i32$1 = $170$hi;
  i64toi32_i32$1 = $144($167_1 | 0, i64toi32_i32$0 | 0, $170_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $171_1 = i64toi32_i32$1;
  $171$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $165$hi;
  i64toi32_i32$1 = $171$hi;
  i64toi32_i32$1 = $109($165_1 | 0, i64toi32_i32$0 | 0, $171_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $12_1 = i64toi32_i32$1;
  $12$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $9$hi;
  i64toi32_i32$0 = $12$hi;
  i64toi32_i32$1 = $9$hi;
  i64toi32_i32$1 = $97($12_1 | 0, i64toi32_i32$0 | 0, $9_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $326_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($326_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $9_1 = i64toi32_i32$1;
  $9$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$0 = $9$hi;
  i64toi32_i32$1 = $10$hi;
  i64toi32_i32$1 = $109($9_1 | 0, i64toi32_i32$0 | 0, $10_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $179_1 = i64toi32_i32$1;
  $179$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $9$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($9_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $181_1 = i64toi32_i32$1;
  $181$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($10_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $327_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($327_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $184_1 = i64toi32_i32$1;
  $184$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $181$hi;
  i64toi32_i32$1 = $184$hi;
  i64toi32_i32$1 = $144($181_1 | 0, i64toi32_i32$0 | 0, $184_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $185_1 = i64toi32_i32$1;
  $185$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $179$hi;
  i64toi32_i32$1 = $185$hi;
  i64toi32_i32$1 = $109($179_1 | 0, i64toi32_i32$0 | 0, $185_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $10_1 = i64toi32_i32$1;
  $10$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $10$hi;
  i64toi32_i32$1 = $109($5_1 | 0, i64toi32_i32$0 | 0, $10_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $188_1 = i64toi32_i32$1;
  $188$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($5_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $190_1 = i64toi32_i32$1;
  $190$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($10_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $328_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($328_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $193_1 = i64toi32_i32$1;
  $193$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $190$hi;
  i64toi32_i32$1 = $193$hi;
  i64toi32_i32$1 = $144($190_1 | 0, i64toi32_i32$0 | 0, $193_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $194_1 = i64toi32_i32$1;
  $194$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $188$hi;
  i64toi32_i32$1 = $194$hi;
  i64toi32_i32$1 = $109($188_1 | 0, i64toi32_i32$0 | 0, $194_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $13_1 = i64toi32_i32$1;
  $13$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$1 = $97($3_1 | 0, i64toi32_i32$0 | 0, $13_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $329_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($329_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $14_1 = i64toi32_i32$1;
  $14$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $103($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $15_1 = i64toi32_i32$0;
  $15$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $102($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $16_1 = i64toi32_i32$1;
  $16$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $15$hi;
  i64toi32_i32$1 = $16$hi;
  i64toi32_i32$1 = $109($15_1 | 0, i64toi32_i32$0 | 0, $16_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $206_1 = i64toi32_i32$1;
  $206$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $16$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($16_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $330_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($330_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $209_1 = i64toi32_i32$1;
  $209$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $15$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($15_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $211_1 = i64toi32_i32$1;
  $211$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $209$hi;
  i64toi32_i32$1 = $211$hi;
  i64toi32_i32$1 = $144($209_1 | 0, i64toi32_i32$0 | 0, $211_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $212_1 = i64toi32_i32$1;
  $212$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $206$hi;
  i64toi32_i32$1 = $212$hi;
  i64toi32_i32$1 = $109($206_1 | 0, i64toi32_i32$0 | 0, $212_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $16_1 = i64toi32_i32$1;
  $16$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $151($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $216_1 = i64toi32_i32$0;
  $216$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $16$hi;
  i64toi32_i32$0 = $216$hi;
  i64toi32_i32$0 = $97($16_1 | 0, i64toi32_i32$1 | 0, $216_1 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $331_1 = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $112($331_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $17_1 = i64toi32_i32$0;
  $17$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $152($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $18_1 = i64toi32_i32$1;
  $18$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $17$hi;
  i64toi32_i32$1 = $18$hi;
  i64toi32_i32$1 = $109($17_1 | 0, i64toi32_i32$0 | 0, $18_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $223_1 = i64toi32_i32$1;
  $223$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $17$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($17_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $225_1 = i64toi32_i32$1;
  $225$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $18$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($18_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $333_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($333_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $228_1 = i64toi32_i32$1;
  $228$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $225$hi;
  i64toi32_i32$1 = $228$hi;
  i64toi32_i32$1 = $144($225_1 | 0, i64toi32_i32$0 | 0, $228_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $229_1 = i64toi32_i32$1;
  $229$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $223$hi;
  i64toi32_i32$1 = $229$hi;
  i64toi32_i32$1 = $109($223_1 | 0, i64toi32_i32$0 | 0, $229_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $18_1 = i64toi32_i32$1;
  $18$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $15$hi;
  i64toi32_i32$0 = $18$hi;
  i64toi32_i32$1 = $15$hi;
  i64toi32_i32$1 = $97($18_1 | 0, i64toi32_i32$0 | 0, $15_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $335_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($335_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $15_1 = i64toi32_i32$1;
  $15$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $16$hi;
  i64toi32_i32$0 = $15$hi;
  i64toi32_i32$1 = $16$hi;
  i64toi32_i32$1 = $109($15_1 | 0, i64toi32_i32$0 | 0, $16_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $237_1 = i64toi32_i32$1;
  $237$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $15$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($15_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $239_1 = i64toi32_i32$1;
  $239$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $16$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($16_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $336_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($336_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $242_1 = i64toi32_i32$1;
  $242$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $239$hi;
  i64toi32_i32$1 = $242$hi;
  i64toi32_i32$1 = $144($239_1 | 0, i64toi32_i32$0 | 0, $242_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $243_1 = i64toi32_i32$1;
  $243$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $237$hi;
  i64toi32_i32$1 = $243$hi;
  i64toi32_i32$1 = $109($237_1 | 0, i64toi32_i32$0 | 0, $243_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $16_1 = i64toi32_i32$1;
  $16$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $17$hi;
  i64toi32_i32$0 = $16$hi;
  i64toi32_i32$1 = $17$hi;
  i64toi32_i32$1 = $97($16_1 | 0, i64toi32_i32$0 | 0, $17_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $339_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($339_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $17_1 = i64toi32_i32$1;
  $17$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $18$hi;
  i64toi32_i32$0 = $17$hi;
  i64toi32_i32$1 = $18$hi;
  i64toi32_i32$1 = $109($17_1 | 0, i64toi32_i32$0 | 0, $18_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $251_1 = i64toi32_i32$1;
  $251$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $17$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($17_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $253_1 = i64toi32_i32$1;
  $253$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $18$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($18_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $340_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($340_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $256_1 = i64toi32_i32$1;
  $256$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $253$hi;
  i64toi32_i32$1 = $256$hi;
  i64toi32_i32$1 = $144($253_1 | 0, i64toi32_i32$0 | 0, $256_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $257_1 = i64toi32_i32$1;
  $257$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $251$hi;
  i64toi32_i32$1 = $257$hi;
  i64toi32_i32$1 = $109($251_1 | 0, i64toi32_i32$0 | 0, $257_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $18_1 = i64toi32_i32$1;
  $18$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $14$hi;
  i64toi32_i32$1 = $18$hi;
  i64toi32_i32$1 = $109($14_1 | 0, i64toi32_i32$0 | 0, $18_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $260_1 = i64toi32_i32$1;
  $260$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $14$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($14_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $262_1 = i64toi32_i32$1;
  $262$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $18$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($18_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $342_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($342_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $265_1 = i64toi32_i32$1;
  $265$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $262$hi;
  i64toi32_i32$1 = $265$hi;
  i64toi32_i32$1 = $144($262_1 | 0, i64toi32_i32$0 | 0, $265_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $266_1 = i64toi32_i32$1;
  $266$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $260$hi;
  i64toi32_i32$1 = $266$hi;
  i64toi32_i32$1 = $109($260_1 | 0, i64toi32_i32$0 | 0, $266_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $19_1 = i64toi32_i32$1;
  $19$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $19$hi;
  i64toi32_i32$1 = $5$hi;
  i64toi32_i32$1 = $97($19_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $344_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($344_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $13$hi;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$1 = $109($5_1 | 0, i64toi32_i32$0 | 0, $13_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $274_1 = i64toi32_i32$1;
  $274$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($5_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $276_1 = i64toi32_i32$1;
  $276$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $13$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($13_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $345_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($345_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $279_1 = i64toi32_i32$1;
  $279$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $276$hi;
  i64toi32_i32$1 = $279$hi;
  i64toi32_i32$1 = $144($276_1 | 0, i64toi32_i32$0 | 0, $279_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $280_1 = i64toi32_i32$1;
  $280$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $274$hi;
  i64toi32_i32$1 = $280$hi;
  i64toi32_i32$1 = $109($274_1 | 0, i64toi32_i32$0 | 0, $280_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $13_1 = i64toi32_i32$1;
  $13$hi = i64toi32_i32$0;
  $66($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $14$hi;
  i64toi32_i32$0 = $13$hi;
  i64toi32_i32$1 = $14$hi;
  i64toi32_i32$1 = $97($13_1 | 0, i64toi32_i32$0 | 0, $14_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $348_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($348_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $13_1 = i64toi32_i32$1;
  $13$hi = i64toi32_i32$0;
  $96($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $19$hi;
  i64toi32_i32$0 = $13$hi;
  i64toi32_i32$1 = $19$hi;
  i64toi32_i32$1 = $109($13_1 | 0, i64toi32_i32$0 | 0, $19_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $292_1 = i64toi32_i32$1;
  $292$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $13$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($13_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $294_1 = i64toi32_i32$1;
  $294$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $19$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($19_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $349_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($349_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $297_1 = i64toi32_i32$1;
  $297$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $294$hi;
  i64toi32_i32$1 = $297$hi;
  i64toi32_i32$1 = $144($294_1 | 0, i64toi32_i32$0 | 0, $297_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $298_1 = i64toi32_i32$1;
  $298$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $292$hi;
  i64toi32_i32$1 = $298$hi;
  i64toi32_i32$1 = $109($292_1 | 0, i64toi32_i32$0 | 0, $298_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $13_1 = i64toi32_i32$1;
  $13$hi = i64toi32_i32$0;
  $86($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $13$hi;
  i64toi32_i32$1 = $5$hi;
  i64toi32_i32$1 = $97($13_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $350_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($350_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $76($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $18$hi;
  i64toi32_i32$0 = $15$hi;
  i64toi32_i32$0 = $18$hi;
  i64toi32_i32$1 = $15$hi;
  i64toi32_i32$1 = $97($18_1 | 0, i64toi32_i32$0 | 0, $15_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $351_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($351_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $109($5_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $313_1 = i64toi32_i32$1;
  $313$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($5_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $315_1 = i64toi32_i32$1;
  $315$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($6_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $352_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($352_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $318_1 = i64toi32_i32$1;
  $318$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $315$hi;
  i64toi32_i32$1 = $318$hi;
  i64toi32_i32$1 = $144($315_1 | 0, i64toi32_i32$0 | 0, $318_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $319_1 = i64toi32_i32$1;
  $319$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $313$hi;
  i64toi32_i32$1 = $319$hi;
  i64toi32_i32$1 = $109($313_1 | 0, i64toi32_i32$0 | 0, $319_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$0 = $11$hi;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$1 = $97($10_1 | 0, i64toi32_i32$0 | 0, $11_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $353_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($353_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $10_1 = i64toi32_i32$1;
  $10$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = $10$hi;
  i64toi32_i32$1 = $97($6_1 | 0, i64toi32_i32$0 | 0, $10_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $354_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($354_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $11_1 = i64toi32_i32$1;
  $11$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = $4$hi;
  i64toi32_i32$1 = $109($3_1 | 0, i64toi32_i32$0 | 0, $4_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $332_1 = i64toi32_i32$1;
  $332$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($3_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $334_1 = i64toi32_i32$1;
  $334$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($4_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $356_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($356_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $337_1 = i64toi32_i32$1;
  $337$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $334$hi;
  i64toi32_i32$1 = $337$hi;
  i64toi32_i32$1 = $144($334_1 | 0, i64toi32_i32$0 | 0, $337_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $338_1 = i64toi32_i32$1;
  $338$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $332$hi;
  i64toi32_i32$1 = $338$hi;
  i64toi32_i32$1 = $109($332_1 | 0, i64toi32_i32$0 | 0, $338_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $3_1 = i64toi32_i32$1;
  $3$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $11$hi;
  i64toi32_i32$1 = $3$hi;
  i64toi32_i32$1 = $109($11_1 | 0, i64toi32_i32$0 | 0, $3_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $341_1 = i64toi32_i32$1;
  $341$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $11$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($11_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $343_1 = i64toi32_i32$1;
  $343$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($3_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $358_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($358_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $346_1 = i64toi32_i32$1;
  $346$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $343$hi;
  i64toi32_i32$1 = $346$hi;
  i64toi32_i32$1 = $144($343_1 | 0, i64toi32_i32$0 | 0, $346_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $347_1 = i64toi32_i32$1;
  $347$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $341$hi;
  i64toi32_i32$1 = $347$hi;
  i64toi32_i32$1 = $109($341_1 | 0, i64toi32_i32$0 | 0, $347_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4_1 = i64toi32_i32$1;
  $4$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = $5$hi;
  i64toi32_i32$1 = $97($4_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $359_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($359_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $109($5_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $355_1 = i64toi32_i32$1;
  $355$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($5_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $357_1 = i64toi32_i32$1;
  $357$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($6_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $362_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($362_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $360_1 = i64toi32_i32$1;
  $360$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $357$hi;
  i64toi32_i32$1 = $360$hi;
  i64toi32_i32$1 = $144($357_1 | 0, i64toi32_i32$0 | 0, $360_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $361_1 = i64toi32_i32$1;
  $361$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $355$hi;
  i64toi32_i32$1 = $361$hi;
  i64toi32_i32$1 = $109($355_1 | 0, i64toi32_i32$0 | 0, $361_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $13_1 = i64toi32_i32$1;
  $13$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $11$hi;
  i64toi32_i32$0 = $13$hi;
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$1 = $97($13_1 | 0, i64toi32_i32$0 | 0, $11_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $363_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($363_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  $90($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $13$hi;
  $68($0_1 | 0, $13_1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = $4$hi;
  i64toi32_i32$1 = $109($6_1 | 0, i64toi32_i32$0 | 0, $4_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $373_1 = i64toi32_i32$1;
  $373$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($6_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $375_1 = i64toi32_i32$1;
  $375$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($4_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $364_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($364_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $378_1 = i64toi32_i32$1;
  $378$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $375$hi;
  i64toi32_i32$1 = $378$hi;
  i64toi32_i32$1 = $144($375_1 | 0, i64toi32_i32$0 | 0, $378_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $379_1 = i64toi32_i32$1;
  $379$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $373$hi;
  i64toi32_i32$1 = $379$hi;
  i64toi32_i32$1 = $109($373_1 | 0, i64toi32_i32$0 | 0, $379_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4_1 = i64toi32_i32$1;
  $4$hi = i64toi32_i32$0;
  $88($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = $5$hi;
  i64toi32_i32$1 = $97($4_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $365_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($365_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $78($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = $97($3_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $366_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($366_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $1_1 = i64toi32_i32$1;
  $1$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $16$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $16$hi;
  i64toi32_i32$1 = $109($1_1 | 0, i64toi32_i32$0 | 0, $16_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $394_1 = i64toi32_i32$1;
  $394$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($1_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $396_1 = i64toi32_i32$1;
  $396$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $16$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($16_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $367_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($367_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $399_1 = i64toi32_i32$1;
  $399$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $396$hi;
  i64toi32_i32$1 = $399$hi;
  i64toi32_i32$1 = $144($396_1 | 0, i64toi32_i32$0 | 0, $399_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $400_1 = i64toi32_i32$1;
  $400$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $394$hi;
  i64toi32_i32$1 = $400$hi;
  i64toi32_i32$1 = $109($394_1 | 0, i64toi32_i32$0 | 0, $400_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $3_1 = i64toi32_i32$1;
  $3$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = $7$hi;
  i64toi32_i32$1 = $97($3_1 | 0, i64toi32_i32$0 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $368_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($368_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4_1 = i64toi32_i32$1;
  $4$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$0 = $12$hi;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$1 = $109($10_1 | 0, i64toi32_i32$0 | 0, $12_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $409_1 = i64toi32_i32$1;
  $409$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($10_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $411_1 = i64toi32_i32$1;
  $411$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $12$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($12_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $369_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($369_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $414_1 = i64toi32_i32$1;
  $414$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $411$hi;
  i64toi32_i32$1 = $414$hi;
  i64toi32_i32$1 = $144($411_1 | 0, i64toi32_i32$0 | 0, $414_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $415_1 = i64toi32_i32$1;
  $415$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $409$hi;
  i64toi32_i32$1 = $415$hi;
  i64toi32_i32$1 = $109($409_1 | 0, i64toi32_i32$0 | 0, $415_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = $5$hi;
  i64toi32_i32$1 = $109($4_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $418_1 = i64toi32_i32$1;
  $418$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($4_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $420_1 = i64toi32_i32$1;
  $420$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($5_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $370_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($370_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $423_1 = i64toi32_i32$1;
  $423$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $420$hi;
  i64toi32_i32$1 = $423$hi;
  i64toi32_i32$1 = $144($420_1 | 0, i64toi32_i32$0 | 0, $423_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $424_1 = i64toi32_i32$1;
  $424$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $418$hi;
  i64toi32_i32$1 = $424$hi;
  i64toi32_i32$1 = $109($418_1 | 0, i64toi32_i32$0 | 0, $424_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = $97($6_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $371_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($371_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $1_1 = i64toi32_i32$1;
  $1$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $3$hi;
  i64toi32_i32$1 = $109($1_1 | 0, i64toi32_i32$0 | 0, $3_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $432_1 = i64toi32_i32$1;
  $432$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($1_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $434_1 = i64toi32_i32$1;
  $434$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($3_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $372_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($372_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $437_1 = i64toi32_i32$1;
  $437$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $434$hi;
  i64toi32_i32$1 = $437$hi;
  i64toi32_i32$1 = $144($434_1 | 0, i64toi32_i32$0 | 0, $437_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $438_1 = i64toi32_i32$1;
  $438$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $432$hi;
  i64toi32_i32$1 = $438$hi;
  i64toi32_i32$1 = $109($432_1 | 0, i64toi32_i32$0 | 0, $438_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $7_1 = i64toi32_i32$1;
  $7$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$1 = $4$hi;
  i64toi32_i32$1 = $97($7_1 | 0, i64toi32_i32$0 | 0, $4_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $374_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($374_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $3_1 = i64toi32_i32$1;
  $3$hi = i64toi32_i32$0;
  $92($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $7$hi;
  $70($0_1 | 0, $7_1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $109($3_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $450_1 = i64toi32_i32$1;
  $450$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($3_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $452_1 = i64toi32_i32$1;
  $452$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($6_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $376_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($376_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $455_1 = i64toi32_i32$1;
  $455$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $452$hi;
  i64toi32_i32$1 = $455$hi;
  i64toi32_i32$1 = $144($452_1 | 0, i64toi32_i32$0 | 0, $455_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $456_1 = i64toi32_i32$1;
  $456$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $450$hi;
  i64toi32_i32$1 = $456$hi;
  i64toi32_i32$1 = $109($450_1 | 0, i64toi32_i32$0 | 0, $456_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $3_1 = i64toi32_i32$1;
  $3$hi = i64toi32_i32$0;
  $82($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = $97($3_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $377_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($377_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $80($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $9$hi;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $9$hi;
  i64toi32_i32$1 = $97($5_1 | 0, i64toi32_i32$0 | 0, $9_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $380_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($380_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $1_1 = i64toi32_i32$1;
  $1$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = $109($2_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $471_1 = i64toi32_i32$1;
  $471$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($2_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $381_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($381_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $474_1 = i64toi32_i32$1;
  $474$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($1_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $476_1 = i64toi32_i32$1;
  $476$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $474$hi;
  i64toi32_i32$1 = $476$hi;
  i64toi32_i32$1 = $144($474_1 | 0, i64toi32_i32$0 | 0, $476_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $477_1 = i64toi32_i32$1;
  $477$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $471$hi;
  i64toi32_i32$1 = $477$hi;
  i64toi32_i32$1 = $109($471_1 | 0, i64toi32_i32$0 | 0, $477_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $2_1 = i64toi32_i32$1;
  $2$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $17$hi;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = $17$hi;
  i64toi32_i32$1 = $97($2_1 | 0, i64toi32_i32$0 | 0, $17_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $382_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($382_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $3_1 = i64toi32_i32$1;
  $3$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = $8$hi;
  i64toi32_i32$1 = $109($3_1 | 0, i64toi32_i32$0 | 0, $8_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $485_1 = i64toi32_i32$1;
  $485$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($3_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $487_1 = i64toi32_i32$1;
  $487$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($8_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $383_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($383_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $490_1 = i64toi32_i32$1;
  $490$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $487$hi;
  i64toi32_i32$1 = $490$hi;
  i64toi32_i32$1 = $144($487_1 | 0, i64toi32_i32$0 | 0, $490_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $491_1 = i64toi32_i32$1;
  $491$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $485$hi;
  i64toi32_i32$1 = $491$hi;
  i64toi32_i32$1 = $109($485_1 | 0, i64toi32_i32$0 | 0, $491_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4_1 = i64toi32_i32$1;
  $4$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = $97($4_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $384_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($384_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $1_1 = i64toi32_i32$1;
  $1$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $2$hi;
  i64toi32_i32$1 = $109($1_1 | 0, i64toi32_i32$0 | 0, $2_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $499_1 = i64toi32_i32$1;
  $499$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($1_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $501_1 = i64toi32_i32$1;
  $501$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($2_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $385_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($385_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $504_1 = i64toi32_i32$1;
  $504$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $501$hi;
  i64toi32_i32$1 = $504$hi;
  i64toi32_i32$1 = $144($501_1 | 0, i64toi32_i32$0 | 0, $504_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $505_1 = i64toi32_i32$1;
  $505$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $499$hi;
  i64toi32_i32$1 = $505$hi;
  i64toi32_i32$1 = $109($499_1 | 0, i64toi32_i32$0 | 0, $505_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $3$hi;
  i64toi32_i32$1 = $97($5_1 | 0, i64toi32_i32$0 | 0, $3_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $386_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($386_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $2_1 = i64toi32_i32$1;
  $2$hi = i64toi32_i32$0;
  $94($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $5$hi;
  $72($0_1 | 0, $5_1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = $4$hi;
  i64toi32_i32$1 = $109($2_1 | 0, i64toi32_i32$0 | 0, $4_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $517_1 = i64toi32_i32$1;
  $517$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($2_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $519_1 = i64toi32_i32$1;
  $519$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($4_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $387_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 1;
  i64toi32_i32$1 = $143($387_1 | 0, i64toi32_i32$0 | 0, -2 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $522_1 = i64toi32_i32$1;
  $522$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $519$hi;
  i64toi32_i32$1 = $522$hi;
  i64toi32_i32$1 = $144($519_1 | 0, i64toi32_i32$0 | 0, $522_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $523_1 = i64toi32_i32$1;
  $523$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $517$hi;
  i64toi32_i32$1 = $523$hi;
  i64toi32_i32$1 = $109($517_1 | 0, i64toi32_i32$0 | 0, $523_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $2_1 = i64toi32_i32$1;
  $2$hi = i64toi32_i32$0;
  $84($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = $97($2_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $388_1 = i64toi32_i32$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $112($388_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $74($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
 }
 
 function $3() {
  return 3149760 | 0;
 }
 
 function $4($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$1 = 0, $3_1 = 0, i64toi32_i32$3 = 0, $8_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$4 = 0, $10_1 = 0, $7$hi = 0, $6_1 = 0, $7_1 = 0, $9_1 = 0, $29$hi = 0, $5_1 = 0, $4_1 = 0, $29_1 = 0, $11_1 = 0, $34_1 = 0, $35_1 = 0, $33$hi = 0, $33_1 = 0, $42_1 = 0, $36_1 = 0, $43_1 = 0, $37_1 = 0, $39_1 = 0, $41_1 = 0, $38_1 = 0, $40_1 = 0, $30$hi = 0, $32$hi = 0, $30_1 = 0, $32_1 = 0, $28$hi = 0, $31_1 = 0, $26_1 = 0, $28_1 = 0, $48$hi = 0, $48_1 = 0, $49_1 = 0.0, $44$hi = 0, $45$hi = 0, $46_1 = 0, $46$hi = 0, $50$hi = 0, $12_1 = 0, $45_1 = 0, $50_1 = 0, $44_1 = 0, $47$hi = 0, $27_1 = 0, $47_1 = 0, $51_1 = 0, $51$hi = 0, $52_1 = 0, $52$hi = 0, $53_1 = 0, $53$hi = 0, $54_1 = 0, $54$hi = 0, $55_1 = 0, $55$hi = 0, $56_1 = 0, $56$hi = 0, $57_1 = 0, $57$hi = 0, $58_1 = 0, $58$hi = 0, $59_1 = 0, $59$hi = 0, $60_1 = 0, $60$hi = 0, $61_1 = 0, $61$hi = 0, $62_1 = 0, $62$hi = 0, $63_1 = 0, $63$hi = 0, $64_1 = 0, $64$hi = 0, $229_1 = 0, $231_1 = 0, $256_1 = 0, $258_1 = 0, $261$hi = 0, $268_1 = 0, $278$hi = 0, $285$hi = 0, $373_1 = 0, $468_1 = 0, $470_1 = 0, $495_1 = 0, $497_1 = 0, $500$hi = 0, $507_1 = 0, $517$hi = 0, $524$hi = 0, $610_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $666_1 = 0, $666$hi = 0, $611_1 = 0, $675_1 = 0, $675$hi = 0, $699_1 = 0, $699$hi = 0, $701_1 = 0, $701$hi = 0, $703$hi = 0, $612_1 = 0, $705_1 = 0, $705$hi = 0, $613_1 = 0, $709_1 = 0, $709$hi = 0, $711_1 = 0, $711$hi = 0, $713_1 = 0, $713$hi = 0, $715_1 = 0, $715$hi = 0, $614_1 = 0, $717_1 = 0, $717$hi = 0, $730_1 = 0, $736_1 = 0, $736$hi = 0, $742_1 = 0, $742$hi = 0, $745_1 = 0, $748_1 = 0, $748$hi = 0, $751_1 = 0, $751$hi = 0, $967 = 0, $967$hi = 0, $973 = 0, $973$hi = 0, $974 = 0, $974$hi = 0, $976 = 0, $976$hi = 0, $983 = 0, $983$hi = 0, $986 = 0, $986$hi = 0, $987 = 0, $987$hi = 0, $989 = 0, $989$hi = 0, $1130 = 0, $1132 = 0, $1157 = 0, $1159 = 0, $1162$hi = 0, $1169 = 0, $1179$hi = 0, $1186$hi = 0, $1259 = 0, $1261 = 0, $1286 = 0, $1288 = 0, $1291$hi = 0, $1298 = 0, $1308$hi = 0, $1315$hi = 0, $1389 = 0, $1391 = 0, $1416 = 0, $1418 = 0, $1421$hi = 0, $1428 = 0, $1438$hi = 0, $1445$hi = 0, $1464 = 0, $615_1 = 0, $1726 = 0, $1726$hi = 0, $1729 = 0, $1729$hi = 0, $1730$hi = 0, $616_1 = 0, $1732$hi = 0, $617_1 = 0, $1734 = 0, $1734$hi = 0, $1879 = 0, $1904 = 0, $1913 = 0, $1937 = 0, $2274 = 0, $618_1 = 0, $619_1 = 0, $2504 = 0, $2504$hi = 0, $620_1 = 0, $621_1 = 0, $2508 = 0, $2508$hi = 0, $622_1 = 0, $2511 = 0, $2511$hi = 0, $2512 = 0, $2512$hi = 0, $623_1 = 0, $2515 = 0, $2515$hi = 0, $2517 = 0, $2517$hi = 0, $2518 = 0, $2518$hi = 0, $2519 = 0, $2519$hi = 0, $624_1 = 0, $625_1 = 0, $626_1 = 0, $2525 = 0, $2525$hi = 0, $627_1 = 0, $628_1 = 0, $2529 = 0, $2529$hi = 0, $629_1 = 0, $2532 = 0, $2532$hi = 0, $2533 = 0, $2533$hi = 0, $630_1 = 0, $2536 = 0, $2536$hi = 0, $2538 = 0, $2538$hi = 0, $2539 = 0, $2539$hi = 0, $2540 = 0, $2540$hi = 0, $631_1 = 0, $632_1 = 0, $633_1 = 0, $2556 = 0, $2556$hi = 0, $634_1 = 0, $635_1 = 0, $2560 = 0, $2560$hi = 0, $636_1 = 0, $2563 = 0, $2563$hi = 0, $2564 = 0, $2564$hi = 0, $637_1 = 0, $2567 = 0, $2567$hi = 0, $2569 = 0, $2569$hi = 0, $2570 = 0, $2570$hi = 0, $2571 = 0, $2571$hi = 0, $638_1 = 0, $639_1 = 0, $2576 = 0, $2576$hi = 0, $640_1 = 0, $2579 = 0, $2579$hi = 0, $2581 = 0, $2581$hi = 0, $2582 = 0, $2582$hi = 0, $2585 = 0, $2585$hi = 0, $2586 = 0, $2586$hi = 0, $2587 = 0, $2587$hi = 0, $641_1 = 0, $642_1 = 0, $643_1 = 0, $2603 = 0, $2603$hi = 0, $644_1 = 0, $645_1 = 0, $2607 = 0, $2607$hi = 0, $646_1 = 0, $2610 = 0, $2610$hi = 0, $2611 = 0, $2611$hi = 0, $647_1 = 0, $2614 = 0, $2614$hi = 0, $2616 = 0, $2616$hi = 0, $2617 = 0, $2617$hi = 0, $2618 = 0, $2618$hi = 0, $648_1 = 0, $649_1 = 0, $2623 = 0, $2623$hi = 0, $650_1 = 0, $2626 = 0, $2626$hi = 0, $2628 = 0, $2628$hi = 0, $2629 = 0, $2629$hi = 0, $2632 = 0, $2632$hi = 0, $2633 = 0, $2633$hi = 0, $2634 = 0, $2634$hi = 0, $651_1 = 0, $652_1 = 0, $653_1 = 0, $2650 = 0, $2650$hi = 0, $654_1 = 0, $655_1 = 0, $2654 = 0, $2654$hi = 0, $656_1 = 0, $2657 = 0, $2657$hi = 0, $2658 = 0, $2658$hi = 0, $657_1 = 0, $2661 = 0, $2661$hi = 0, $2663 = 0, $2663$hi = 0, $2664 = 0, $2664$hi = 0, $2665 = 0, $2665$hi = 0, $658_1 = 0, $659_1 = 0, $2670 = 0, $2670$hi = 0, $660_1 = 0, $2673 = 0, $2673$hi = 0, $2675 = 0, $2675$hi = 0, $2676 = 0, $2676$hi = 0, $2679 = 0, $2679$hi = 0, $2680 = 0, $2680$hi = 0, $2681 = 0, $2681$hi = 0, $661_1 = 0, $662_1 = 0, $2706 = 0, $2706$hi = 0, $663_1 = 0, $2709 = 0, $2709$hi = 0, $2710 = 0, $2710$hi = 0, $664_1 = 0, $665_1 = 0, $2714 = 0, $2714$hi = 0, $2723 = 0, $2723$hi = 0, $667_1 = 0, $668_1 = 0, $2727 = 0, $2727$hi = 0, $2728 = 0, $2728$hi = 0, $669_1 = 0, $670_1 = 0, $2732 = 0, $2732$hi = 0, $671_1 = 0, $672_1 = 0, $2738 = 0, $2738$hi = 0, $2739 = 0, $2739$hi = 0, $673_1 = 0, $2742 = 0, $2742$hi = 0, $674_1 = 0, $2921 = 0, $2921$hi = 0, $2924 = 0, $2924$hi = 0, $2932$hi = 0, $676_1 = 0, $2936$hi = 0, $677_1 = 0, $678_1 = 0, $2941 = 0, $2941$hi = 0, $2943 = 0, $2943$hi = 0, $2944 = 0, $2944$hi = 0, $679_1 = 0, $2947 = 0, $2947$hi = 0, $2948 = 0, $2948$hi = 0, $680_1 = 0, $2951 = 0, $2951$hi = 0, $2952 = 0, $2952$hi = 0, $681_1 = 0, $2955 = 0, $2955$hi = 0, $2956$hi = 0, $682_1 = 0, $683_1 = 0, $2961 = 0, $2961$hi = 0, $2963 = 0, $2963$hi = 0, $2964 = 0, $2964$hi = 0, $684_1 = 0, $2967 = 0, $2967$hi = 0, $2968 = 0, $2968$hi = 0, $685_1 = 0, $2971 = 0, $2971$hi = 0, $2972 = 0, $2972$hi = 0, $686_1 = 0, $2975 = 0, $2975$hi = 0, $2976$hi = 0, $687_1 = 0, $2980$hi = 0, $688_1 = 0, $2984$hi = 0, $689_1 = 0, $2988$hi = 0, $690_1 = 0, $2992$hi = 0, $691_1 = 0, $2996$hi = 0, $692_1 = 0, $3017 = 0, $3017$hi = 0, $3025 = 0, $3025$hi = 0, $3043 = 0, $3043$hi = 0, $3049 = 0, $3049$hi = 0, $3067 = 0, $3067$hi = 0, $3073 = 0, $3073$hi = 0, $3091 = 0, $3091$hi = 0, $3097 = 0, $3097$hi = 0, $3132$hi = 0, $693_1 = 0, $3140$hi = 0, $694_1 = 0, $3148$hi = 0, $695_1 = 0, $3156$hi = 0, $696_1 = 0, $3164$hi = 0, $697_1 = 0, $3170$hi = 0, $698_1 = 0, $3190$hi = 0, $700_1 = 0, $3192 = 0, $3192$hi = 0, $3196 = 0, $3196$hi = 0, $3198 = 0, $3207 = 0, $3209 = 0, $3209$hi = 0, $3216$hi = 0, $702_1 = 0, $3218 = 0, $3218$hi = 0, $3221$hi = 0, $3222 = 0, $3222$hi = 0, $3223 = 0, $3223$hi = 0, $703_1 = 0, $3267$hi = 0, $704_1 = 0, $3277$hi = 0, $706_1 = 0, $3287$hi = 0, $707_1 = 0, $3297 = 0, $3297$hi = 0, $3305 = 0, $3308 = 0, $3308$hi = 0, $3310 = 0, $3310$hi = 0, $3317 = 0, $3317$hi = 0, $3328 = 0, $3332 = 0, $3332$hi = 0, $3334 = 0, $3334$hi = 0, $3341 = 0, $3341$hi = 0, $3351 = 0, $3353 = 0, $3353$hi = 0, $3357 = 0, $3357$hi = 0, $3368 = 0, $3371 = 0, $3371$hi = 0, $3375 = 0, $3375$hi = 0, $3388 = 0, $3388$hi = 0, $3390 = 0, $3390$hi = 0, $3399$hi = 0, $708_1 = 0, $3411 = 0, $3411$hi = 0, $3413 = 0, $3413$hi = 0, $3422$hi = 0, $710_1 = 0, $3434 = 0, $3434$hi = 0, $3436 = 0, $3436$hi = 0, $3454 = 0, $3454$hi = 0, $3455$hi = 0, $712_1 = 0, $3461$hi = 0, $714_1 = 0, $3463 = 0, $3463$hi = 0, $3466 = 0, $3466$hi = 0, $3467 = 0, $3467$hi = 0, $3469 = 0, $3469$hi = 0, $3479 = 0, $3484 = 0, $3484$hi = 0, $3485 = 0, $3485$hi = 0, $3490$hi = 0, $3491 = 0, $3491$hi = 0, $3496$hi = 0, $3510 = 0.0, $3513$hi = 0, $716_1 = 0, $3521 = 0, $3521$hi = 0, $3522 = 0, $3522$hi = 0, $3528 = 0.0, $3533 = 0, $3533$hi = 0, $3534 = 0, $3534$hi = 0, $718_1 = 0, $719_1 = 0, $3578 = 0.0, $3581$hi = 0, $720_1 = 0, $3598 = 0.0, $3656 = 0, $3656$hi = 0, $3658 = 0, $3658$hi = 0, $3673 = 0, $3673$hi = 0, $3676 = 0, $3676$hi = 0, $3677 = 0, $3677$hi = 0, $3678 = 0, $3678$hi = 0, $3684 = 0, $3684$hi = 0, $3685 = 0, $3685$hi = 0, $721_1 = 0, $722_1 = 0, $3748$hi = 0, $723_1 = 0, $3752$hi = 0, $724_1 = 0, $3758 = 0, $3758$hi = 0, $3759 = 0, $3759$hi = 0, $3761 = 0, $3761$hi = 0, $3764$hi = 0, $725_1 = 0, $3768 = 0, $3768$hi = 0, $3771 = 0, $3771$hi = 0, $3774 = 0, $3774$hi = 0, $3777 = 0, $3777$hi = 0, $3780 = 0, $3780$hi = 0, $3783 = 0, $3783$hi = 0, $3787$hi = 0, $726_1 = 0, $3792 = 0, $3797 = 0, $3797$hi = 0, $3800 = 0, $3800$hi = 0, $3804 = 0, $3804$hi = 0, $3807 = 0, $3807$hi = 0, $3817 = 0, $3817$hi = 0, $3821 = 0, $3821$hi = 0, $3826 = 0, $3826$hi = 0, $3828 = 0, $3828$hi = 0, $3833 = 0, $3833$hi = 0, $3835 = 0, $3835$hi = 0, $3840 = 0, $3840$hi = 0, $3842 = 0, $3842$hi = 0, $3847 = 0, $3847$hi = 0, $3849 = 0, $3849$hi = 0, $3854 = 0, $3854$hi = 0, $3856 = 0, $3856$hi = 0, $3861 = 0, $3861$hi = 0, $3863 = 0, $3863$hi = 0, $3868 = 0, $3868$hi = 0, $3870 = 0, $3870$hi = 0, $3889$hi = 0, $727_1 = 0, $3893$hi = 0, $728_1 = 0, $3897$hi = 0, $729_1 = 0, $3901$hi = 0, $731_1 = 0, $3905$hi = 0, $732_1 = 0, $3909$hi = 0, $733_1 = 0, $3913$hi = 0, $734_1 = 0, $3917$hi = 0, $735_1 = 0, $3946 = 0, $3953 = 0, $3960 = 0, $3967 = 0, $3974 = 0, $3981 = 0, $3988 = 0, $3995 = 0, $4163 = 0, $4176 = 0, $4183 = 0, $4203 = 0, $4355 = 0, $4368 = 0, $4386 = 0, $4526 = 0, $4539 = 0, $4557 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0, wasm2js_f64$0 = 0.0;
  $3_1 = $64(global$0 | 0, 6896 | 0) | 0;
  global$0 = $3_1;
  block : {
   if ($153(0 | 0) | 0) {
    break block
   }
   i64toi32_i32$0 = 0;
   $154($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $155($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $156($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $157($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $158($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $159($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $160($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $161($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   $162($3_1 | 0, 0 | 0);
   $163($3_1 | 0, 1 | 0);
   $164($3_1 | 0, 16384 | 0);
   $165($3_1 | 0, 3 | 0);
   $166($3_1 | 0, 19 | 0);
   $167($3_1 | 0, 0 | 0);
   $168($3_1 | 0, 29 | 0);
   $169($3_1 | 0, 8 | 0);
   $170($3_1 | 0, 0 | 0);
   $171($3_1 | 0, 0 | 0);
   $172($3_1 | 0, 4 | 0);
   $173($3_1 | 0, 4 | 0);
   $174($3_1 | 0, 8 | 0);
   $175($3_1 | 0, 1049200 | 0);
   $176($3_1 | 0, 4 | 0);
   $177($3_1 | 0, 29 | 0);
   $178($3_1 | 0, 1052064 | 0);
   $179($3_1 | 0, 4 | 0);
   $180($3_1 | 0, 4 | 0);
   $181($3_1 | 0, 4 | 0);
   $182($3_1 | 0, 4 | 0);
   $183($3_1 | 0, 4 | 0);
   $184($3_1 | 0, 4 | 0);
   $185($3_1 | 0, 4 | 0);
   $186($3_1 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0);
   $187($3_1 | 0, $106($3_1 | 0, 3168 | 0) | 0 | 0);
   $188($3_1 | 0, $106($3_1 | 0, 6592 | 0) | 0 | 0);
   $189($3_1 | 0, $106($3_1 | 0, 3448 | 0) | 0 | 0);
   $190($3_1 | 0, $106($3_1 | 0, 3512 | 0) | 0 | 0);
   $191($3_1 | 0, $106($3_1 | 0, 3444 | 0) | 0 | 0);
   $192($3_1 | 0, $106($3_1 | 0, 3440 | 0) | 0 | 0);
   $193($3_1 | 0, $106($3_1 | 0, 3436 | 0) | 0 | 0);
   $194($3_1 | 0, $106($3_1 | 0, 3432 | 0) | 0 | 0);
   $195($3_1 | 0, $106($3_1 | 0, 3428 | 0) | 0 | 0);
   $1($106($3_1 | 0, 6656 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 3520 | 0) | 0 | 0, 12 | 0);
   i64toi32_i32$0 = 0;
   $196($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $197($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $198($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $199($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $200($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $201($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $202($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $203($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = 0;
   $204($3_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   $205($3_1 | 0, 72 | 0);
   $206($3_1 | 0, 4 | 0);
   $170($3_1 | 0, 1024 | 0);
   $207($3_1 | 0, $106($3_1 | 0, 6656 | 0) | 0 | 0);
   $171($3_1 | 0, $106($3_1 | 0, 3168 | 0) | 0 | 0);
   $1($106($3_1 | 0, 3448 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0, 2 | 0);
   $4_1 = $106($3_1 | 0, 3552 | 0) | 0;
   wasm2js_memory_fill($4_1, 0, 928);
   i64toi32_i32$0 = $208($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $209($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $210($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $211($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $212($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $213($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $214($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $215($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   $5_1 = 1;
   label2 : while (1) {
    i64toi32_i32$0 = $216($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $217($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $218($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $219($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $220($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $221($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $222($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $223($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $208($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $224($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $210($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $225($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $212($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $226($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $214($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $227($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = 1779033703;
    $228($3_1 | 0, -222443192 | 0, i64toi32_i32$0 | 0);
    $6_1 = 0;
    i64toi32_i32$0 = $126(0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $229($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $127(0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $230($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $128(0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $231($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $129(0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $232($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $130(0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $233($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $131(0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $234($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $132(0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $235($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    wasm2js_memory_fill($106($3_1 | 0, 96 | 0) | 0, 0, 128);
    i64toi32_i32$1 = 0;
    $7_1 = 0;
    $7$hi = i64toi32_i32$1;
    $8_1 = 0;
    label : while (1) {
     $9_1 = $136($106($106($3_1 | 0, 6592 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0;
     block2 : {
      block1 : {
       if (($6_1 | 0) == (128 | 0)) {
        break block1
       }
       $10_1 = $6_1;
       break block2;
      }
      $10_1 = 0;
      $229_1 = $106($3_1 | 0, 3168 | 0) | 0;
      $231_1 = $106($3_1 | 0, 96 | 0) | 0;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$0 = 0;
      i64toi32_i32$0 = $109($7_1 | 0, i64toi32_i32$1 | 0, 128 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $7_1 = i64toi32_i32$0;
      $7$hi = i64toi32_i32$1;
      $0($229_1 | 0, $231_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0, 0 | 0);
     }
     $137($106($106($3_1 | 0, 96 | 0) | 0 | 0, $10_1 | 0) | 0 | 0, $9_1 | 0);
     $6_1 = $106($10_1 | 0, 1 | 0) | 0;
     $8_1 = $106($8_1 | 0, 1 | 0) | 0;
     if (($8_1 | 0) != (64 | 0)) {
      continue label
     }
     break label;
    };
    $8_1 = 0;
    block3 : {
     $10_1 = $64(127 | 0, $10_1 | 0) | 0;
     if (!$10_1) {
      break block3
     }
     wasm2js_memory_fill($106($106($3_1 | 0, 96 | 0) | 0 | 0, $6_1 | 0) | 0, 0, $10_1);
    }
    $256_1 = $106($3_1 | 0, 3168 | 0) | 0;
    $258_1 = $106($3_1 | 0, 96 | 0) | 0;
    i64toi32_i32$1 = $7$hi;
    i64toi32_i32$1 = 0;
    $261$hi = i64toi32_i32$1;
    i64toi32_i32$1 = $7$hi;
    i64toi32_i32$0 = $261$hi;
    i64toi32_i32$0 = $109($7_1 | 0, i64toi32_i32$1 | 0, $6_1 | 0, i64toi32_i32$0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $0($256_1 | 0, $258_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0, 1 | 0);
    $10_1 = 8;
    label1 : while (1) {
     $6_1 = $106($106($3_1 | 0, 3448 | 0) | 0 | 0, $8_1 | 0) | 0;
     $268_1 = $106($6_1 | 0, 1 | 0) | 0;
     i64toi32_i32$1 = $98($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $138($8_1 | 0, -8 | 0) | 0 | 0) | 0 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $7_1 = i64toi32_i32$1;
     $7$hi = i64toi32_i32$0;
     i64toi32_i32$0 = 0;
     $278$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $7$hi;
     i64toi32_i32$1 = $278$hi;
     i64toi32_i32$1 = $139($7_1 | 0, i64toi32_i32$0 | 0, $138($10_1 | 0, 56 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $140($268_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
     i64toi32_i32$0 = $7$hi;
     i64toi32_i32$0 = 0;
     $285$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $7$hi;
     i64toi32_i32$1 = $285$hi;
     i64toi32_i32$1 = $139($7_1 | 0, i64toi32_i32$0 | 0, $138($106($10_1 | 0, -8 | 0) | 0 | 0, 48 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $140($6_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
     $10_1 = $106($10_1 | 0, 16 | 0) | 0;
     $8_1 = $106($8_1 | 0, 2 | 0) | 0;
     if (($8_1 | 0) != (64 | 0)) {
      continue label1
     }
     break label1;
    };
    $8_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, $107($5_1 | 0, 5 | 0) | 0 | 0) | 0;
    i64toi32_i32$0 = $214($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $236($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $212($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $237($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $210($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $238($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $208($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $239($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    $5_1 = $106($5_1 | 0, 1 | 0) | 0;
    if (($5_1 | 0) != (30 | 0)) {
     continue label2
    }
    break label2;
   };
   i64toi32_i32$0 = $216($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $217($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $218($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $219($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $220($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $221($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $222($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $223($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $208($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $224($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $210($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $225($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $212($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $226($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $214($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $227($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   $240($3_1 | 0, 64 | 0);
   $167($3_1 | 0, $106($3_1 | 0, 6592 | 0) | 0 | 0);
   $1($106($3_1 | 0, 3448 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 3512 | 0) | 0 | 0, 1 | 0);
   i64toi32_i32$0 = $214($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $241($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $212($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $242($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $210($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $243($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $208($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $244($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $222($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $245($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $220($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $246($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $218($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $247($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $216($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $248($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   $11_1 = $106($3_1 | 0, 4480 | 0) | 0;
   $8_1 = -1024;
   label3 : while (1) {
    $373_1 = $106($8_1 | 0, 3156480 | 0) | 0;
    i64toi32_i32$0 = $65($106($106($106($3_1 | 0, 3520 | 0) | 0 | 0, $8_1 | 0) | 0 | 0, 1024 | 0) | 0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $66($373_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    $8_1 = $106($8_1 | 0, 8 | 0) | 0;
    if ($8_1) {
     continue label3
    }
    break label3;
   };
   i64toi32_i32$1 = 0;
   $196($3_1 | 0, 1 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = 0;
   $197($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = 0;
   $198($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = 0;
   $199($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = 0;
   $200($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = 0;
   $201($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = 0;
   $202($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = 0;
   $203($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = 0;
   $204($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
   $205($3_1 | 0, 72 | 0);
   $206($3_1 | 0, 4 | 0);
   $170($3_1 | 0, 1024 | 0);
   $207($3_1 | 0, $106($3_1 | 0, 6656 | 0) | 0 | 0);
   $171($3_1 | 0, $106($3_1 | 0, 3168 | 0) | 0 | 0);
   $1($106($3_1 | 0, 3448 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0, 2 | 0);
   wasm2js_memory_fill($4_1, 0, 928);
   i64toi32_i32$1 = $208($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $209($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $210($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $211($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $212($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $213($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $214($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $215($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   $5_1 = 1;
   label6 : while (1) {
    i64toi32_i32$1 = $216($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $217($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $218($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $219($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $220($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $221($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $222($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $223($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $208($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $224($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $210($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $225($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $212($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $226($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $214($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $227($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = 1779033703;
    $228($3_1 | 0, -222443192 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $126(0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $229($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $127(0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $230($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $128(0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $231($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $129(0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $232($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $130(0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $233($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $131(0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $234($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $132(0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $235($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    wasm2js_memory_fill($106($3_1 | 0, 96 | 0) | 0, 0, 128);
    $6_1 = 0;
    i64toi32_i32$0 = 0;
    $7_1 = 0;
    $7$hi = i64toi32_i32$0;
    $8_1 = 0;
    label4 : while (1) {
     $9_1 = $136($106($106($3_1 | 0, 6592 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0;
     block5 : {
      block4 : {
       if (($6_1 | 0) == (128 | 0)) {
        break block4
       }
       $10_1 = $6_1;
       break block5;
      }
      $10_1 = 0;
      $468_1 = $106($3_1 | 0, 3168 | 0) | 0;
      $470_1 = $106($3_1 | 0, 96 | 0) | 0;
      i64toi32_i32$0 = $7$hi;
      i64toi32_i32$1 = 0;
      i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$0 | 0, 128 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $7_1 = i64toi32_i32$1;
      $7$hi = i64toi32_i32$0;
      $0($468_1 | 0, $470_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0, 0 | 0);
     }
     $137($106($106($3_1 | 0, 96 | 0) | 0 | 0, $10_1 | 0) | 0 | 0, $9_1 | 0);
     $6_1 = $106($10_1 | 0, 1 | 0) | 0;
     $8_1 = $106($8_1 | 0, 1 | 0) | 0;
     if (($8_1 | 0) != (64 | 0)) {
      continue label4
     }
     break label4;
    };
    $8_1 = 0;
    block6 : {
     $10_1 = $64(127 | 0, $10_1 | 0) | 0;
     if (!$10_1) {
      break block6
     }
     wasm2js_memory_fill($106($106($3_1 | 0, 96 | 0) | 0 | 0, $6_1 | 0) | 0, 0, $10_1);
    }
    $495_1 = $106($3_1 | 0, 3168 | 0) | 0;
    $497_1 = $106($3_1 | 0, 96 | 0) | 0;
    i64toi32_i32$0 = $7$hi;
    i64toi32_i32$0 = 0;
    $500$hi = i64toi32_i32$0;
    i64toi32_i32$0 = $7$hi;
    i64toi32_i32$1 = $500$hi;
    i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $0($495_1 | 0, $497_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0, 1 | 0);
    $10_1 = 8;
    label5 : while (1) {
     $6_1 = $106($106($3_1 | 0, 3448 | 0) | 0 | 0, $8_1 | 0) | 0;
     $507_1 = $106($6_1 | 0, 1 | 0) | 0;
     i64toi32_i32$0 = $98($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $138($8_1 | 0, -8 | 0) | 0 | 0) | 0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $7_1 = i64toi32_i32$0;
     $7$hi = i64toi32_i32$1;
     i64toi32_i32$1 = 0;
     $517$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $7$hi;
     i64toi32_i32$0 = $517$hi;
     i64toi32_i32$0 = $139($7_1 | 0, i64toi32_i32$1 | 0, $138($10_1 | 0, 56 | 0) | 0 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $140($507_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
     i64toi32_i32$1 = $7$hi;
     i64toi32_i32$1 = 0;
     $524$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $7$hi;
     i64toi32_i32$0 = $524$hi;
     i64toi32_i32$0 = $139($7_1 | 0, i64toi32_i32$1 | 0, $138($106($10_1 | 0, -8 | 0) | 0 | 0, 48 | 0) | 0 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $140($6_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
     $10_1 = $106($10_1 | 0, 16 | 0) | 0;
     $8_1 = $106($8_1 | 0, 2 | 0) | 0;
     if (($8_1 | 0) != (64 | 0)) {
      continue label5
     }
     break label5;
    };
    $8_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, $107($5_1 | 0, 5 | 0) | 0 | 0) | 0;
    i64toi32_i32$1 = $214($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $236($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $212($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $237($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    i64toi32_i32$1 = $210($3_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $238($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $208($3_1 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $239($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    $5_1 = $106($5_1 | 0, 1 | 0) | 0;
    if (($5_1 | 0) != (30 | 0)) {
     continue label6
    }
    break label6;
   };
   i64toi32_i32$1 = $216($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $217($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $218($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $219($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $220($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $221($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $222($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $223($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $208($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $224($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $210($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $225($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $212($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $226($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $214($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $227($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   $240($3_1 | 0, 64 | 0);
   $167($3_1 | 0, $106($3_1 | 0, 6592 | 0) | 0 | 0);
   $1($106($3_1 | 0, 3448 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 3512 | 0) | 0 | 0, 1 | 0);
   i64toi32_i32$1 = $216($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $249($11_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $218($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $250($11_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $220($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $251($11_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $222($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $252($11_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $208($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $239($11_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $210($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $238($11_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $212($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $237($11_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $214($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $236($11_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   $8_1 = -1024;
   label7 : while (1) {
    $610_1 = $106($8_1 | 0, 3157504 | 0) | 0;
    i64toi32_i32$1 = $65($106($106($106($3_1 | 0, 3520 | 0) | 0 | 0, $8_1 | 0) | 0 | 0, 1024 | 0) | 0 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $66($610_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    $8_1 = $106($8_1 | 0, 8 | 0) | 0;
    if ($8_1) {
     continue label7
    }
    break label7;
   };
   $12_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, 896 | 0) | 0;
   $13_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, 896 | 0) | 0;
   $14_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, 768 | 0) | 0;
   $15_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, 768 | 0) | 0;
   $16_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, 640 | 0) | 0;
   $17_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, 640 | 0) | 0;
   $18_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, 512 | 0) | 0;
   $19_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, 512 | 0) | 0;
   $20_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, 384 | 0) | 0;
   $21_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, 384 | 0) | 0;
   $22_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, 256 | 0) | 0;
   $23_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, 256 | 0) | 0;
   $24_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, 128 | 0) | 0;
   $25_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, 128 | 0) | 0;
   $26_1 = 0;
   label13 : while (1) {
    $27_1 = 3155456;
    i64toi32_i32$0 = 0;
    $28_1 = 0;
    $28$hi = i64toi32_i32$0;
    label12 : while (1) {
     i64toi32_i32$0 = $28$hi;
     $29_1 = $28_1;
     $29$hi = i64toi32_i32$0;
     i64toi32_i32$1 = 0;
     i64toi32_i32$1 = $109($29_1 | 0, i64toi32_i32$0 | 0, 1 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $28_1 = i64toi32_i32$1;
     $28$hi = i64toi32_i32$0;
     i64toi32_i32$1 = 0;
     i64toi32_i32$1 = $142($28_1 | 0, i64toi32_i32$0 | 0, 12 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $666_1 = i64toi32_i32$1;
     $666$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $29$hi;
     i64toi32_i32$2 = $29_1;
     i64toi32_i32$1 = 0;
     i64toi32_i32$3 = 3;
     i64toi32_i32$4 = (i64toi32_i32$2 | 0) == (i64toi32_i32$3 | 0) & (i64toi32_i32$0 | 0) == (i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$2 = 0;
     i64toi32_i32$0 = $666$hi;
     i64toi32_i32$1 = i64toi32_i32$4 ? 0 : $666_1;
     i64toi32_i32$3 = i64toi32_i32$4 ? i64toi32_i32$2 : i64toi32_i32$0;
     i64toi32_i32$0 = $26_1;
     $611_1 = i64toi32_i32$1;
     i64toi32_i32$1 = 0;
     i64toi32_i32$2 = i64toi32_i32$0 ? $611_1 : 0;
     i64toi32_i32$4 = i64toi32_i32$0 ? i64toi32_i32$3 : i64toi32_i32$1;
     $30_1 = i64toi32_i32$2;
     $30$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $29$hi;
     i64toi32_i32$1 = !($29_1 | i64toi32_i32$4 | 0);
     i64toi32_i32$4 = 0;
     i64toi32_i32$2 = 0;
     i64toi32_i32$3 = i64toi32_i32$1 ? 2 : 0;
     i64toi32_i32$0 = i64toi32_i32$1 ? i64toi32_i32$4 : i64toi32_i32$2;
     $675_1 = i64toi32_i32$3;
     $675$hi = i64toi32_i32$0;
     i64toi32_i32$2 = $26_1;
     i64toi32_i32$0 = 0;
     i64toi32_i32$3 = $675$hi;
     i64toi32_i32$4 = i64toi32_i32$2 ? 0 : $675_1;
     i64toi32_i32$1 = i64toi32_i32$2 ? i64toi32_i32$0 : i64toi32_i32$3;
     $7_1 = i64toi32_i32$4;
     $7$hi = i64toi32_i32$1;
     $31_1 = $106($27_1 | 0, $107(i64toi32_i32$4 | 0, 10 | 0) | 0 | 0) | 0;
     i64toi32_i32$1 = $29$hi;
     i64toi32_i32$4 = 0;
     i64toi32_i32$4 = $142($29_1 | 0, i64toi32_i32$1 | 0, 12 | 0, i64toi32_i32$4 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $32_1 = i64toi32_i32$4;
     $32$hi = i64toi32_i32$1;
     label11 : while (1) {
      $8_1 = -1024;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$1 = $32$hi;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$4 = $32$hi;
      i64toi32_i32$4 = $109($7_1 | 0, i64toi32_i32$1 | 0, $32_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$4;
      $29$hi = i64toi32_i32$1;
      $10_1 = (wasm2js_i32$0 = 16776192, wasm2js_i32$1 = $106($107(i64toi32_i32$4 | 0, 10 | 0) | 0 | 0, -1024 | 0) | 0, wasm2js_i32$2 = !(i64toi32_i32$4 | i64toi32_i32$1 | 0), wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
      i64toi32_i32$1 = $253($10_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $33_1 = i64toi32_i32$1;
      $33$hi = i64toi32_i32$4;
      wasm2js_memory_fill($106($3_1 | 0, 96 | 0) | 0, 0, 1024);
      i64toi32_i32$4 = $7$hi;
      i64toi32_i32$1 = 0;
      i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$4 | 0, 12286 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $699_1 = i64toi32_i32$1;
      $699$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $29$hi;
      i64toi32_i32$1 = 0;
      i64toi32_i32$1 = $109($29_1 | 0, i64toi32_i32$4 | 0, 4194302 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $701_1 = i64toi32_i32$1;
      $701$hi = i64toi32_i32$4;
      i64toi32_i32$3 = $26_1;
      i64toi32_i32$4 = $699$hi;
      i64toi32_i32$1 = $701$hi;
      i64toi32_i32$0 = i64toi32_i32$3 ? $699_1 : $701_1;
      i64toi32_i32$2 = i64toi32_i32$3 ? i64toi32_i32$4 : i64toi32_i32$1;
      $703$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $30$hi;
      i64toi32_i32$2 = $703$hi;
      $612_1 = i64toi32_i32$0;
      i64toi32_i32$0 = $30$hi;
      i64toi32_i32$0 = $109($612_1 | 0, i64toi32_i32$2 | 0, $30_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $705_1 = i64toi32_i32$0;
      $705$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $33$hi;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$0 = $144($33_1 | 0, i64toi32_i32$2 | 0, $33_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $613_1 = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      i64toi32_i32$0 = $139($613_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $709_1 = i64toi32_i32$0;
      $709$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $7$hi;
      i64toi32_i32$0 = 0;
      i64toi32_i32$0 = $109($7_1 | 0, i64toi32_i32$2 | 0, 12287 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $711_1 = i64toi32_i32$0;
      $711$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$0 = -1;
      i64toi32_i32$0 = $109($29_1 | 0, i64toi32_i32$2 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $713_1 = i64toi32_i32$0;
      $713$hi = i64toi32_i32$2;
      i64toi32_i32$1 = i64toi32_i32$3;
      i64toi32_i32$2 = $711$hi;
      i64toi32_i32$0 = $713$hi;
      i64toi32_i32$4 = i64toi32_i32$1 ? $711_1 : $713_1;
      i64toi32_i32$3 = i64toi32_i32$1 ? i64toi32_i32$2 : i64toi32_i32$0;
      $715_1 = i64toi32_i32$4;
      $715$hi = i64toi32_i32$3;
      i64toi32_i32$3 = $709$hi;
      i64toi32_i32$4 = $715$hi;
      i64toi32_i32$4 = $144($709_1 | 0, i64toi32_i32$3 | 0, $715_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
      $614_1 = i64toi32_i32$4;
      i64toi32_i32$4 = 0;
      i64toi32_i32$4 = $139($614_1 | 0, i64toi32_i32$3 | 0, 32 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
      $717_1 = i64toi32_i32$4;
      $717$hi = i64toi32_i32$3;
      i64toi32_i32$3 = $705$hi;
      i64toi32_i32$4 = $717$hi;
      i64toi32_i32$4 = $254($705_1 | 0, i64toi32_i32$3 | 0, $717_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
      $5_1 = $106($138($107(i64toi32_i32$4 | 0, 10 | 0) | 0 | 0, 16776192 | 0) | 0 | 0, 3155456 | 0) | 0;
      $11_1 = $106($10_1 | 0, 3155456 | 0) | 0;
      label8 : while (1) {
       $10_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, $8_1 | 0) | 0;
       $730_1 = $106($10_1 | 0, 1024 | 0) | 0;
       $6_1 = $106($5_1 | 0, $8_1 | 0) | 0;
       i64toi32_i32$3 = $98($106($6_1 | 0, 1024 | 0) | 0 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $736_1 = i64toi32_i32$3;
       $736$hi = i64toi32_i32$4;
       $9_1 = $106($11_1 | 0, $8_1 | 0) | 0;
       i64toi32_i32$4 = $98($106($9_1 | 0, 1024 | 0) | 0 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $742_1 = i64toi32_i32$4;
       $742$hi = i64toi32_i32$3;
       i64toi32_i32$3 = $736$hi;
       i64toi32_i32$4 = $742$hi;
       i64toi32_i32$4 = $97($736_1 | 0, i64toi32_i32$3 | 0, $742_1 | 0, i64toi32_i32$4 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($730_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $745_1 = $106($10_1 | 0, 1032 | 0) | 0;
       i64toi32_i32$3 = $98($106($6_1 | 0, 1032 | 0) | 0 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $748_1 = i64toi32_i32$3;
       $748$hi = i64toi32_i32$4;
       i64toi32_i32$4 = $98($106($9_1 | 0, 1032 | 0) | 0 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $751_1 = i64toi32_i32$4;
       $751$hi = i64toi32_i32$3;
       i64toi32_i32$3 = $748$hi;
       i64toi32_i32$4 = $751$hi;
       i64toi32_i32$4 = $97($748_1 | 0, i64toi32_i32$3 | 0, $751_1 | 0, i64toi32_i32$4 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($745_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $8_1 = $106($8_1 | 0, 16 | 0) | 0;
       if ($8_1) {
        continue label8
       }
       break label8;
      };
      wasm2js_memory_copy($106($3_1 | 0, 3168 | 0) | 0, $106($3_1 | 0, 96 | 0) | 0, 128);
      $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
      wasm2js_memory_copy($106($3_1 | 0, 3520 | 0) | 0, $106($3_1 | 0, 3168 | 0) | 0, 128);
      wasm2js_memory_copy($106($3_1 | 0, 3168 | 0) | 0, $24_1, 128);
      $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
      wasm2js_memory_copy($25_1, $106($3_1 | 0, 3168 | 0) | 0, 128);
      wasm2js_memory_copy($106($3_1 | 0, 3168 | 0) | 0, $22_1, 128);
      $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
      wasm2js_memory_copy($23_1, $106($3_1 | 0, 3168 | 0) | 0, 128);
      wasm2js_memory_copy($106($3_1 | 0, 3168 | 0) | 0, $20_1, 128);
      $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
      wasm2js_memory_copy($21_1, $106($3_1 | 0, 3168 | 0) | 0, 128);
      wasm2js_memory_copy($106($3_1 | 0, 3168 | 0) | 0, $18_1, 128);
      $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
      wasm2js_memory_copy($19_1, $106($3_1 | 0, 3168 | 0) | 0, 128);
      wasm2js_memory_copy($106($3_1 | 0, 3168 | 0) | 0, $16_1, 128);
      $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
      wasm2js_memory_copy($17_1, $106($3_1 | 0, 3168 | 0) | 0, 128);
      wasm2js_memory_copy($106($3_1 | 0, 3168 | 0) | 0, $14_1, 128);
      $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
      wasm2js_memory_copy($15_1, $106($3_1 | 0, 3168 | 0) | 0, 128);
      wasm2js_memory_copy($106($3_1 | 0, 3168 | 0) | 0, $12_1, 128);
      $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
      wasm2js_memory_copy($13_1, $106($3_1 | 0, 3168 | 0) | 0, 128);
      $10_1 = 0;
      label9 : while (1) {
       $8_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, $10_1 | 0) | 0;
       i64toi32_i32$3 = $98($8_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $228($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $6_1 = $106($8_1 | 0, 8 | 0) | 0;
       i64toi32_i32$4 = $98($6_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $235($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $9_1 = $106($8_1 | 0, 128 | 0) | 0;
       i64toi32_i32$3 = $98($9_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $234($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $5_1 = $106($8_1 | 0, 136 | 0) | 0;
       i64toi32_i32$4 = $98($5_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $233($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $11_1 = $106($8_1 | 0, 256 | 0) | 0;
       i64toi32_i32$3 = $98($11_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $232($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $4_1 = $106($8_1 | 0, 264 | 0) | 0;
       i64toi32_i32$4 = $98($4_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $231($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $34_1 = $106($8_1 | 0, 384 | 0) | 0;
       i64toi32_i32$3 = $98($34_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $230($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $35_1 = $106($8_1 | 0, 392 | 0) | 0;
       i64toi32_i32$4 = $98($35_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $229($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $36_1 = $106($8_1 | 0, 512 | 0) | 0;
       i64toi32_i32$3 = $98($36_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $255($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $37_1 = $106($8_1 | 0, 520 | 0) | 0;
       i64toi32_i32$4 = $98($37_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $256($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $38_1 = $106($8_1 | 0, 640 | 0) | 0;
       i64toi32_i32$3 = $98($38_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $257($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $39_1 = $106($8_1 | 0, 648 | 0) | 0;
       i64toi32_i32$4 = $98($39_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $258($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $40_1 = $106($8_1 | 0, 768 | 0) | 0;
       i64toi32_i32$3 = $98($40_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $259($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $41_1 = $106($8_1 | 0, 776 | 0) | 0;
       i64toi32_i32$4 = $98($41_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $260($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $42_1 = $106($8_1 | 0, 896 | 0) | 0;
       i64toi32_i32$3 = $98($42_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $261($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $43_1 = $106($8_1 | 0, 904 | 0) | 0;
       i64toi32_i32$4 = $98($43_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $262($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $2($106($3_1 | 0, 3168 | 0) | 0 | 0);
       i64toi32_i32$3 = $263($3_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($8_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       i64toi32_i32$4 = $264($3_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($6_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       i64toi32_i32$3 = $265($3_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($9_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       i64toi32_i32$4 = $266($3_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($5_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       i64toi32_i32$3 = $267($3_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($11_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       i64toi32_i32$4 = $268($3_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($4_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       i64toi32_i32$3 = $269($3_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($34_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       i64toi32_i32$4 = $270($3_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($35_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       i64toi32_i32$3 = $271($3_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($36_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       i64toi32_i32$4 = $272($3_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($37_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       i64toi32_i32$3 = $273($3_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($38_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       i64toi32_i32$4 = $274($3_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($39_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       i64toi32_i32$3 = $275($3_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($40_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       i64toi32_i32$4 = $276($3_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($41_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       i64toi32_i32$3 = $277($3_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($42_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       i64toi32_i32$4 = $278($3_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($43_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $10_1 = $106($10_1 | 0, 16 | 0) | 0;
       if (($10_1 | 0) != (128 | 0)) {
        continue label9
       }
       break label9;
      };
      $8_1 = 0;
      label10 : while (1) {
       $10_1 = $106($31_1 | 0, $8_1 | 0) | 0;
       $6_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, $8_1 | 0) | 0;
       i64toi32_i32$3 = $98($6_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $967 = i64toi32_i32$3;
       $967$hi = i64toi32_i32$4;
       $9_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, $8_1 | 0) | 0;
       i64toi32_i32$4 = $98($9_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $973 = i64toi32_i32$4;
       $973$hi = i64toi32_i32$3;
       i64toi32_i32$3 = $967$hi;
       i64toi32_i32$4 = $973$hi;
       i64toi32_i32$4 = $97($967 | 0, i64toi32_i32$3 | 0, $973 | 0, i64toi32_i32$4 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $974 = i64toi32_i32$4;
       $974$hi = i64toi32_i32$3;
       i64toi32_i32$3 = $98($10_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $976 = i64toi32_i32$3;
       $976$hi = i64toi32_i32$4;
       i64toi32_i32$4 = $974$hi;
       i64toi32_i32$3 = $976$hi;
       i64toi32_i32$3 = $97($974 | 0, i64toi32_i32$4 | 0, $976 | 0, i64toi32_i32$3 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $66($10_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
       $10_1 = $106($10_1 | 0, 8 | 0) | 0;
       i64toi32_i32$4 = $98($106($6_1 | 0, 8 | 0) | 0 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $983 = i64toi32_i32$4;
       $983$hi = i64toi32_i32$3;
       i64toi32_i32$3 = $98($106($9_1 | 0, 8 | 0) | 0 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $986 = i64toi32_i32$3;
       $986$hi = i64toi32_i32$4;
       i64toi32_i32$4 = $983$hi;
       i64toi32_i32$3 = $986$hi;
       i64toi32_i32$3 = $97($983 | 0, i64toi32_i32$4 | 0, $986 | 0, i64toi32_i32$3 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $987 = i64toi32_i32$3;
       $987$hi = i64toi32_i32$4;
       i64toi32_i32$4 = $98($10_1 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $989 = i64toi32_i32$4;
       $989$hi = i64toi32_i32$3;
       i64toi32_i32$3 = $987$hi;
       i64toi32_i32$4 = $989$hi;
       i64toi32_i32$4 = $97($987 | 0, i64toi32_i32$3 | 0, $989 | 0, i64toi32_i32$4 | 0) | 0;
       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
       $66($10_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$3 | 0);
       $8_1 = $106($8_1 | 0, 16 | 0) | 0;
       if (($8_1 | 0) != (1024 | 0)) {
        continue label10
       }
       break label10;
      };
      $31_1 = $106($31_1 | 0, 1024 | 0) | 0;
      i64toi32_i32$3 = $7$hi;
      i64toi32_i32$4 = 0;
      i64toi32_i32$4 = $109($7_1 | 0, i64toi32_i32$3 | 0, 1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
      $7_1 = i64toi32_i32$4;
      $7$hi = i64toi32_i32$3;
      i64toi32_i32$1 = i64toi32_i32$4;
      i64toi32_i32$4 = 0;
      i64toi32_i32$2 = 4096;
      if ((i64toi32_i32$1 | 0) != (i64toi32_i32$2 | 0) | (i64toi32_i32$3 | 0) != (i64toi32_i32$4 | 0) | 0) {
       continue label11
      }
      break label11;
     };
     $27_1 = $106($27_1 | 0, 4194304 | 0) | 0;
     i64toi32_i32$1 = $28$hi;
     i64toi32_i32$2 = $28_1;
     i64toi32_i32$3 = 0;
     i64toi32_i32$4 = 4;
     if ((i64toi32_i32$2 | 0) != (i64toi32_i32$4 | 0) | (i64toi32_i32$1 | 0) != (i64toi32_i32$3 | 0) | 0) {
      continue label12
     }
     break label12;
    };
    $26_1 = $106($26_1 | 0, 1 | 0) | 0;
    if (($26_1 | 0) != (3 | 0)) {
     continue label13
    }
    break label13;
   };
   i64toi32_i32$2 = $279(0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $211($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $280(0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $281($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = 0;
   $282($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = 0;
   $283($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = 0;
   $284($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = 0;
   $285($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = $286(0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$2;
   $7$hi = i64toi32_i32$1;
   $228($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $287(0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$1;
   $29$hi = i64toi32_i32$2;
   $235($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = $7$hi;
   $215($3_1 | 0, $7_1 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = $29$hi;
   $213($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = $288($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $234($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $289($3_1 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $233($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = $290($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $232($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $291($3_1 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $231($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = $292($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $230($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
   $294($3_1 | 0, $293($3_1 | 0) | 0 | 0);
   $295($3_1 | 0, 0 | 0);
   $6_1 = 64;
   $35_1 = 0;
   label22 : while (1) {
    $9_1 = $35_1;
    $10_1 = -3072;
    label14 : while (1) {
     $8_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, $10_1 | 0) | 0;
     i64toi32_i32$1 = 1;
     $66($106($8_1 | 0, 3160 | 0) | 0 | 0, 0 | 0, i64toi32_i32$1 | 0);
     $296($106($8_1 | 0, 3144 | 0) | 0 | 0, 0 | 0);
     i64toi32_i32$1 = 1;
     $66($106($8_1 | 0, 3136 | 0) | 0 | 0, 0 | 0, i64toi32_i32$1 | 0);
     $296($106($8_1 | 0, 3120 | 0) | 0 | 0, 0 | 0);
     i64toi32_i32$1 = 1;
     $66($106($8_1 | 0, 3112 | 0) | 0 | 0, 0 | 0, i64toi32_i32$1 | 0);
     $296($106($8_1 | 0, 3096 | 0) | 0 | 0, 0 | 0);
     i64toi32_i32$1 = 1;
     $66($106($8_1 | 0, 3088 | 0) | 0 | 0, 0 | 0, i64toi32_i32$1 | 0);
     $296($106($8_1 | 0, 3072 | 0) | 0 | 0, 0 | 0);
     $10_1 = $106($10_1 | 0, 96 | 0) | 0;
     if ($10_1) {
      continue label14
     }
     break label14;
    };
    i64toi32_i32$1 = 0;
    $204($3_1 | 0, 0 | 0, i64toi32_i32$1 | 0);
    $35_1 = $106($9_1 | 0, 3080 | 0) | 0;
    $36_1 = $106($9_1 | 0, 19932680 | 0) | 0;
    $8_1 = 0;
    $10_1 = $6_1;
    label21 : while (1) {
     $11_1 = $8_1;
     block19 : {
      block15 : {
       block11 : {
        block7 : {
         if (($106($10_1 | 0, -64 | 0) | 0) >>> 0 > -66 >>> 0) {
          break block7
         }
         i64toi32_i32$1 = $270($3_1 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $217($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
         i64toi32_i32$2 = $269($3_1 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $219($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         i64toi32_i32$1 = $268($3_1 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $221($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
         i64toi32_i32$2 = $267($3_1 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $223($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         i64toi32_i32$1 = $266($3_1 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $224($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
         i64toi32_i32$2 = $265($3_1 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $225($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         i64toi32_i32$1 = $264($3_1 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $226($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
         i64toi32_i32$2 = $263($3_1 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $227($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         i64toi32_i32$1 = 1779033703;
         $161($3_1 | 0, -222443192 | 0, i64toi32_i32$1 | 0);
         $6_1 = 0;
         i64toi32_i32$1 = $126(0 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $154($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
         i64toi32_i32$2 = $127(0 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $155($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         i64toi32_i32$1 = $128(0 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $156($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
         i64toi32_i32$2 = $129(0 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $157($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         i64toi32_i32$1 = $130(0 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $158($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
         i64toi32_i32$2 = $131(0 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $159($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         i64toi32_i32$1 = $132(0 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $160($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
         wasm2js_memory_fill($106($3_1 | 0, 96 | 0) | 0, 0, 128);
         i64toi32_i32$2 = 0;
         $7_1 = 0;
         $7$hi = i64toi32_i32$2;
         $8_1 = 0;
         label15 : while (1) {
          $9_1 = $136($106($106($3_1 | 0, 6592 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0;
          block9 : {
           block8 : {
            if (($6_1 | 0) == (128 | 0)) {
             break block8
            }
            $10_1 = $6_1;
            break block9;
           }
           $10_1 = 0;
           $1130 = $106($3_1 | 0, 6656 | 0) | 0;
           $1132 = $106($3_1 | 0, 96 | 0) | 0;
           i64toi32_i32$2 = $7$hi;
           i64toi32_i32$1 = 0;
           i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$2 | 0, 128 | 0, i64toi32_i32$1 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $7_1 = i64toi32_i32$1;
           $7$hi = i64toi32_i32$2;
           $0($1130 | 0, $1132 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0, 0 | 0);
          }
          $137($106($106($3_1 | 0, 96 | 0) | 0 | 0, $10_1 | 0) | 0 | 0, $9_1 | 0);
          $6_1 = $106($10_1 | 0, 1 | 0) | 0;
          $8_1 = $106($8_1 | 0, 1 | 0) | 0;
          if (($8_1 | 0) != (64 | 0)) {
           continue label15
          }
          break label15;
         };
         $8_1 = 0;
         block10 : {
          $10_1 = $297($10_1 | 0, 127 | 0) | 0;
          if (!$10_1) {
           break block10
          }
          wasm2js_memory_fill($106($106($3_1 | 0, 96 | 0) | 0 | 0, $6_1 | 0) | 0, 0, $10_1);
         }
         $1157 = $106($3_1 | 0, 6656 | 0) | 0;
         $1159 = $106($3_1 | 0, 96 | 0) | 0;
         i64toi32_i32$2 = $7$hi;
         i64toi32_i32$2 = 0;
         $1162$hi = i64toi32_i32$2;
         i64toi32_i32$2 = $7$hi;
         i64toi32_i32$1 = $1162$hi;
         i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$2 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $0($1157 | 0, $1159 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0, 1 | 0);
         $10_1 = 8;
         label16 : while (1) {
          $6_1 = $106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0;
          $1169 = $106($6_1 | 0, 1 | 0) | 0;
          i64toi32_i32$2 = $98($106($106($3_1 | 0, 6656 | 0) | 0 | 0, $138($8_1 | 0, -8 | 0) | 0 | 0) | 0 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $7_1 = i64toi32_i32$2;
          $7$hi = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          $1179$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $7$hi;
          i64toi32_i32$2 = $1179$hi;
          i64toi32_i32$2 = $139($7_1 | 0, i64toi32_i32$1 | 0, $138($10_1 | 0, 56 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $140($1169 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $7$hi;
          i64toi32_i32$1 = 0;
          $1186$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $7$hi;
          i64toi32_i32$2 = $1186$hi;
          i64toi32_i32$2 = $139($7_1 | 0, i64toi32_i32$1 | 0, $138($106($10_1 | 0, -8 | 0) | 0 | 0, 48 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $140($6_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          $10_1 = $106($10_1 | 0, 16 | 0) | 0;
          $8_1 = $106($8_1 | 0, 2 | 0) | 0;
          if (($8_1 | 0) != (64 | 0)) {
           continue label16
          }
          break label16;
         };
         $4_1 = $138($298($3_1 | 0) | 0 | 0, 63 | 0) | 0;
         $8_1 = 1;
         break block11;
        }
        $8_1 = $106($10_1 | 0, 1 | 0) | 0;
        $299($3_1 | 0, $8_1 | 0);
        $4_1 = $138($136($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $10_1 | 0) | 0 | 0) | 0 | 0, 63 | 0) | 0;
        if (($10_1 | 0) != (63 | 0)) {
         break block11
        }
        i64toi32_i32$1 = $270($3_1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $217($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
        i64toi32_i32$2 = $269($3_1 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $219($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        i64toi32_i32$1 = $268($3_1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $221($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
        i64toi32_i32$2 = $267($3_1 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $223($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        i64toi32_i32$1 = $266($3_1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $224($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
        i64toi32_i32$2 = $265($3_1 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $225($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        i64toi32_i32$1 = $264($3_1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $226($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
        i64toi32_i32$2 = $263($3_1 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $227($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        i64toi32_i32$1 = 1779033703;
        $161($3_1 | 0, -222443192 | 0, i64toi32_i32$1 | 0);
        $6_1 = 0;
        i64toi32_i32$1 = $126(0 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $154($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
        i64toi32_i32$2 = $127(0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $155($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        i64toi32_i32$1 = $128(0 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $156($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
        i64toi32_i32$2 = $129(0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $157($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        i64toi32_i32$1 = $130(0 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $158($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
        i64toi32_i32$2 = $131(0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $159($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        i64toi32_i32$1 = $132(0 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $160($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
        wasm2js_memory_fill($106($3_1 | 0, 96 | 0) | 0, 0, 128);
        i64toi32_i32$2 = 0;
        $7_1 = 0;
        $7$hi = i64toi32_i32$2;
        $8_1 = 0;
        label17 : while (1) {
         $9_1 = $136($106($106($3_1 | 0, 6592 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0;
         block13 : {
          block12 : {
           if (($6_1 | 0) == (128 | 0)) {
            break block12
           }
           $10_1 = $6_1;
           break block13;
          }
          $10_1 = 0;
          $1259 = $106($3_1 | 0, 6656 | 0) | 0;
          $1261 = $106($3_1 | 0, 96 | 0) | 0;
          i64toi32_i32$2 = $7$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$2 | 0, 128 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $7_1 = i64toi32_i32$1;
          $7$hi = i64toi32_i32$2;
          $0($1259 | 0, $1261 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0, 0 | 0);
         }
         $137($106($106($3_1 | 0, 96 | 0) | 0 | 0, $10_1 | 0) | 0 | 0, $9_1 | 0);
         $6_1 = $106($10_1 | 0, 1 | 0) | 0;
         $8_1 = $106($8_1 | 0, 1 | 0) | 0;
         if (($8_1 | 0) != (64 | 0)) {
          continue label17
         }
         break label17;
        };
        $8_1 = 0;
        block14 : {
         $10_1 = $297($10_1 | 0, 127 | 0) | 0;
         if (!$10_1) {
          break block14
         }
         wasm2js_memory_fill($106($106($3_1 | 0, 96 | 0) | 0 | 0, $6_1 | 0) | 0, 0, $10_1);
        }
        $1286 = $106($3_1 | 0, 6656 | 0) | 0;
        $1288 = $106($3_1 | 0, 96 | 0) | 0;
        i64toi32_i32$2 = $7$hi;
        i64toi32_i32$2 = 0;
        $1291$hi = i64toi32_i32$2;
        i64toi32_i32$2 = $7$hi;
        i64toi32_i32$1 = $1291$hi;
        i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$2 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $0($1286 | 0, $1288 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0, 1 | 0);
        $10_1 = 8;
        label18 : while (1) {
         $6_1 = $106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0;
         $1298 = $106($6_1 | 0, 1 | 0) | 0;
         i64toi32_i32$2 = $98($106($106($3_1 | 0, 6656 | 0) | 0 | 0, $138($8_1 | 0, -8 | 0) | 0 | 0) | 0 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $7_1 = i64toi32_i32$2;
         $7$hi = i64toi32_i32$1;
         i64toi32_i32$1 = 0;
         $1308$hi = i64toi32_i32$1;
         i64toi32_i32$1 = $7$hi;
         i64toi32_i32$2 = $1308$hi;
         i64toi32_i32$2 = $139($7_1 | 0, i64toi32_i32$1 | 0, $138($10_1 | 0, 56 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $140($1298 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         i64toi32_i32$1 = $7$hi;
         i64toi32_i32$1 = 0;
         $1315$hi = i64toi32_i32$1;
         i64toi32_i32$1 = $7$hi;
         i64toi32_i32$2 = $1315$hi;
         i64toi32_i32$2 = $139($7_1 | 0, i64toi32_i32$1 | 0, $138($106($10_1 | 0, -8 | 0) | 0 | 0, 48 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
         $140($6_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
         $10_1 = $106($10_1 | 0, 16 | 0) | 0;
         $8_1 = $106($8_1 | 0, 2 | 0) | 0;
         if (($8_1 | 0) != (64 | 0)) {
          continue label18
         }
         break label18;
        };
        $5_1 = $138($298($3_1 | 0) | 0 | 0, 7 | 0) | 0;
        $10_1 = 1;
        break block15;
       }
       $10_1 = $106($8_1 | 0, 1 | 0) | 0;
       $299($3_1 | 0, $10_1 | 0);
       $5_1 = $138($136($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0 | 0, 7 | 0) | 0;
       if (($106($8_1 | 0, -63 | 0) | 0) >>> 0 > -66 >>> 0) {
        break block15
       }
       i64toi32_i32$1 = $270($3_1 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $217($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
       i64toi32_i32$2 = $269($3_1 | 0) | 0;
       i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
       $219($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
       i64toi32_i32$1 = $268($3_1 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $221($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
       i64toi32_i32$2 = $267($3_1 | 0) | 0;
       i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
       $223($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
       i64toi32_i32$1 = $266($3_1 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $224($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
       i64toi32_i32$2 = $265($3_1 | 0) | 0;
       i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
       $225($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
       i64toi32_i32$1 = $264($3_1 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $226($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
       i64toi32_i32$2 = $263($3_1 | 0) | 0;
       i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
       $227($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
       i64toi32_i32$1 = 1779033703;
       $161($3_1 | 0, -222443192 | 0, i64toi32_i32$1 | 0);
       $6_1 = 0;
       i64toi32_i32$1 = $126(0 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $154($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
       i64toi32_i32$2 = $127(0 | 0) | 0;
       i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
       $155($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
       i64toi32_i32$1 = $128(0 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $156($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
       i64toi32_i32$2 = $129(0 | 0) | 0;
       i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
       $157($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
       i64toi32_i32$1 = $130(0 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $158($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
       i64toi32_i32$2 = $131(0 | 0) | 0;
       i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
       $159($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
       i64toi32_i32$1 = $132(0 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $160($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
       wasm2js_memory_fill($106($3_1 | 0, 96 | 0) | 0, 0, 128);
       i64toi32_i32$2 = 0;
       $7_1 = 0;
       $7$hi = i64toi32_i32$2;
       $8_1 = 0;
       label19 : while (1) {
        $9_1 = $136($106($106($3_1 | 0, 6592 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0;
        block17 : {
         block16 : {
          if (($6_1 | 0) == (128 | 0)) {
           break block16
          }
          $10_1 = $6_1;
          break block17;
         }
         $10_1 = 0;
         $1389 = $106($3_1 | 0, 6656 | 0) | 0;
         $1391 = $106($3_1 | 0, 96 | 0) | 0;
         i64toi32_i32$2 = $7$hi;
         i64toi32_i32$1 = 0;
         i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$2 | 0, 128 | 0, i64toi32_i32$1 | 0) | 0;
         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
         $7_1 = i64toi32_i32$1;
         $7$hi = i64toi32_i32$2;
         $0($1389 | 0, $1391 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0, 0 | 0);
        }
        $137($106($106($3_1 | 0, 96 | 0) | 0 | 0, $10_1 | 0) | 0 | 0, $9_1 | 0);
        $6_1 = $106($10_1 | 0, 1 | 0) | 0;
        $8_1 = $106($8_1 | 0, 1 | 0) | 0;
        if (($8_1 | 0) != (64 | 0)) {
         continue label19
        }
        break label19;
       };
       $8_1 = 0;
       block18 : {
        $10_1 = $297($10_1 | 0, 127 | 0) | 0;
        if (!$10_1) {
         break block18
        }
        wasm2js_memory_fill($106($106($3_1 | 0, 96 | 0) | 0 | 0, $6_1 | 0) | 0, 0, $10_1);
       }
       $1416 = $106($3_1 | 0, 6656 | 0) | 0;
       $1418 = $106($3_1 | 0, 96 | 0) | 0;
       i64toi32_i32$2 = $7$hi;
       i64toi32_i32$2 = 0;
       $1421$hi = i64toi32_i32$2;
       i64toi32_i32$2 = $7$hi;
       i64toi32_i32$1 = $1421$hi;
       i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$2 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $0($1416 | 0, $1418 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0, 1 | 0);
       $10_1 = 8;
       label20 : while (1) {
        $6_1 = $106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0;
        $1428 = $106($6_1 | 0, 1 | 0) | 0;
        i64toi32_i32$2 = $98($106($106($3_1 | 0, 6656 | 0) | 0 | 0, $138($8_1 | 0, -8 | 0) | 0 | 0) | 0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $7_1 = i64toi32_i32$2;
        $7$hi = i64toi32_i32$1;
        i64toi32_i32$1 = 0;
        $1438$hi = i64toi32_i32$1;
        i64toi32_i32$1 = $7$hi;
        i64toi32_i32$2 = $1438$hi;
        i64toi32_i32$2 = $139($7_1 | 0, i64toi32_i32$1 | 0, $138($10_1 | 0, 56 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $140($1428 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        i64toi32_i32$1 = $7$hi;
        i64toi32_i32$1 = 0;
        $1445$hi = i64toi32_i32$1;
        i64toi32_i32$1 = $7$hi;
        i64toi32_i32$2 = $1445$hi;
        i64toi32_i32$2 = $139($7_1 | 0, i64toi32_i32$1 | 0, $138($106($10_1 | 0, -8 | 0) | 0 | 0, 48 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $140($6_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
        $10_1 = $106($10_1 | 0, 16 | 0) | 0;
        $8_1 = $106($8_1 | 0, 2 | 0) | 0;
        if (($8_1 | 0) != (64 | 0)) {
         continue label20
        }
        break label20;
       };
       $10_1 = 0;
       $8_1 = 1;
       break block19;
      }
      $8_1 = $106($10_1 | 0, 1 | 0) | 0;
     }
     $299($3_1 | 0, $8_1 | 0);
     $10_1 = $136($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $10_1 | 0) | 0 | 0) | 0;
     $1464 = $138($106($10_1 | 0, 1 | 0) | 0 | 0, 7 | 0) | 0;
     $10_1 = $138($10_1 | 0, 7 | 0) | 0;
     $9_1 = ($10_1 | 0) == ($5_1 | 0) ? $1464 : $10_1;
     $6_1 = 0;
     block21 : {
      block20 : {
       if ($4_1 >>> 0 >= 7 >>> 0) {
        break block20
       }
       $10_1 = $8_1;
       $4_1 = 0;
       break block21;
      }
      block23 : {
       block22 : {
        if ($4_1 >>> 0 >= 14 >>> 0) {
         break block22
        }
        $4_1 = 1;
        break block23;
       }
       block26 : {
        block30 : {
         block29 : {
          block28 : {
           block27 : {
            block25 : {
             block24 : {
              if (($5_1 | 0) == (5 | 0)) {
               break block24
              }
              if ($4_1 >>> 0 < 21 >>> 0) {
               break block25
              }
             }
             if ($4_1 >>> 0 < 35 >>> 0) {
              break block26
             }
             if ($4_1 >>> 0 < 42 >>> 0) {
              break block27
             }
             if ($4_1 >>> 0 < 49 >>> 0) {
              break block28
             }
             if ($4_1 >>> 0 < 56 >>> 0) {
              break block29
             }
             $6_1 = 1;
             if ($4_1 >>> 0 >= 58 >>> 0) {
              break block30
             }
             $4_1 = 7;
             break block23;
            }
            block32 : {
             block31 : {
              if (($106($8_1 | 0, -64 | 0) | 0) >>> 0 > -66 >>> 0) {
               break block31
              }
              i64toi32_i32$1 = $270($3_1 | 0) | 0;
              i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
              $300($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
              i64toi32_i32$2 = $269($3_1 | 0) | 0;
              i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
              $301($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
              i64toi32_i32$1 = $268($3_1 | 0) | 0;
              i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
              $302($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
              i64toi32_i32$2 = $267($3_1 | 0) | 0;
              i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
              $303($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
              i64toi32_i32$1 = $266($3_1 | 0) | 0;
              i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
              $96($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
              i64toi32_i32$2 = $265($3_1 | 0) | 0;
              i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
              $94($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
              i64toi32_i32$1 = $264($3_1 | 0) | 0;
              i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
              $92($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
              i64toi32_i32$2 = $263($3_1 | 0) | 0;
              i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
              $90($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
              $304($3_1 | 0, 64 | 0);
              $305($3_1 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0);
              $10_1 = 1;
              $1($106($3_1 | 0, 3168 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 6656 | 0) | 0 | 0, 1 | 0);
              $8_1 = 0;
              break block32;
             }
             $10_1 = $106($8_1 | 0, 1 | 0) | 0;
            }
            $299($3_1 | 0, $10_1 | 0);
            $34_1 = $138($136($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0 | 0, 3 | 0) | 0;
            $4_1 = 2;
            break block21;
           }
           block34 : {
            block33 : {
             if (($106($8_1 | 0, -64 | 0) | 0) >>> 0 > -66 >>> 0) {
              break block33
             }
             i64toi32_i32$1 = $270($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $300($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
             i64toi32_i32$2 = $269($3_1 | 0) | 0;
             i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
             $301($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
             i64toi32_i32$1 = $268($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $302($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
             i64toi32_i32$2 = $267($3_1 | 0) | 0;
             i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
             $303($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
             i64toi32_i32$1 = $266($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $96($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
             i64toi32_i32$2 = $265($3_1 | 0) | 0;
             i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
             $94($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
             i64toi32_i32$1 = $264($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $92($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
             i64toi32_i32$2 = $263($3_1 | 0) | 0;
             i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
             $90($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
             $304($3_1 | 0, 64 | 0);
             $305($3_1 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0);
             $10_1 = 1;
             $1($106($3_1 | 0, 3168 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 6656 | 0) | 0 | 0, 1 | 0);
             $8_1 = 0;
             break block34;
            }
            $10_1 = $106($8_1 | 0, 1 | 0) | 0;
           }
           $299($3_1 | 0, $10_1 | 0);
           $34_1 = $106((($136($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0) >>> 0) % (63 >>> 0) | 0 | 0, 1 | 0) | 0;
           $4_1 = 4;
           break block21;
          }
          block36 : {
           block35 : {
            if (($106($8_1 | 0, -61 | 0) | 0) >>> 0 > -66 >>> 0) {
             break block35
            }
            i64toi32_i32$1 = $270($3_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $300($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $269($3_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $301($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $268($3_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $302($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $267($3_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $303($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $266($3_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $96($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $265($3_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $94($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $264($3_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $92($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $263($3_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $90($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            $304($3_1 | 0, 64 | 0);
            $305($3_1 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0);
            $1($106($3_1 | 0, 3168 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 6656 | 0) | 0 | 0, 1 | 0);
            $8_1 = 0;
            $10_1 = 4;
            break block36;
           }
           $10_1 = $106($8_1 | 0, 4 | 0) | 0;
          }
          $299($3_1 | 0, $10_1 | 0);
          i64toi32_i32$4 = $106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0;
          i64toi32_i32$1 = HEAPU8[i64toi32_i32$4 >> 0] | 0 | ((HEAPU8[(i64toi32_i32$4 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$4 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$4 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$1 >> 31 | 0;
          $29_1 = i64toi32_i32$1;
          $29$hi = i64toi32_i32$2;
          $4_1 = 5;
          break block21;
         }
         block38 : {
          block37 : {
           if (($106($8_1 | 0, -61 | 0) | 0) >>> 0 > -66 >>> 0) {
            break block37
           }
           i64toi32_i32$2 = $270($3_1 | 0) | 0;
           i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
           $300($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
           i64toi32_i32$1 = $269($3_1 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $301($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $268($3_1 | 0) | 0;
           i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
           $302($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
           i64toi32_i32$1 = $267($3_1 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $303($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $266($3_1 | 0) | 0;
           i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
           $96($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
           i64toi32_i32$1 = $265($3_1 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $94($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $264($3_1 | 0) | 0;
           i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
           $92($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
           i64toi32_i32$1 = $263($3_1 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $90($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
           $304($3_1 | 0, 64 | 0);
           $305($3_1 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0);
           $1($106($3_1 | 0, 3168 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 6656 | 0) | 0 | 0, 1 | 0);
           $8_1 = 0;
           $10_1 = 4;
           break block38;
          }
          $10_1 = $106($8_1 | 0, 4 | 0) | 0;
         }
         $299($3_1 | 0, $10_1 | 0);
         i64toi32_i32$4 = $106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0;
         i64toi32_i32$2 = HEAPU8[i64toi32_i32$4 >> 0] | 0 | ((HEAPU8[(i64toi32_i32$4 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$4 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$4 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
         i64toi32_i32$1 = i64toi32_i32$2 >> 31 | 0;
         $29_1 = i64toi32_i32$2;
         $29$hi = i64toi32_i32$1;
         $4_1 = 6;
         break block21;
        }
        block39 : {
         if ($4_1 >>> 0 >= 60 >>> 0) {
          break block39
         }
         $4_1 = 8;
         break block23;
        }
        block41 : {
         block40 : {
          if (($106($8_1 | 0, -61 | 0) | 0) >>> 0 > -66 >>> 0) {
           break block40
          }
          i64toi32_i32$1 = $270($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $300($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $269($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $301($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $268($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $302($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $267($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $303($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $266($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $96($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $265($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $94($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $264($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $92($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $263($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $90($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          $304($3_1 | 0, 64 | 0);
          $305($3_1 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0);
          $1($106($3_1 | 0, 3168 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 6656 | 0) | 0 | 0, 1 | 0);
          $8_1 = 0;
          $10_1 = 4;
          break block41;
         }
         $10_1 = $106($8_1 | 0, 4 | 0) | 0;
        }
        $299($3_1 | 0, $10_1 | 0);
        i64toi32_i32$1 = $306($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $8_1 | 0) | 0 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $615_1 = i64toi32_i32$1;
        i64toi32_i32$1 = 0;
        i64toi32_i32$1 = $307($615_1 | 0, i64toi32_i32$2 | 0, 3 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $7_1 = i64toi32_i32$1;
        $7$hi = i64toi32_i32$2;
        i64toi32_i32$2 = -2147483648;
        i64toi32_i32$1 = $7$hi;
        i64toi32_i32$1 = __wasm_i64_udiv(0 | 0, i64toi32_i32$2 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $29_1 = i64toi32_i32$1;
        $29$hi = i64toi32_i32$2;
        i64toi32_i32$2 = $7$hi;
        i64toi32_i32$2 = 0;
        $33_1 = $64(32 | 0, Math_clz32($7_1) | 0) | 0;
        $33$hi = i64toi32_i32$2;
        i64toi32_i32$2 = $29$hi;
        i64toi32_i32$1 = $33$hi;
        i64toi32_i32$1 = $142($29_1 | 0, i64toi32_i32$2 | 0, $33_1 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $1726 = i64toi32_i32$1;
        $1726$hi = i64toi32_i32$2;
        i64toi32_i32$2 = $29$hi;
        i64toi32_i32$2 = $7$hi;
        i64toi32_i32$2 = $29$hi;
        i64toi32_i32$1 = $7$hi;
        i64toi32_i32$1 = $144($29_1 | 0, i64toi32_i32$2 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $1729 = i64toi32_i32$1;
        $1729$hi = i64toi32_i32$2;
        i64toi32_i32$2 = -2147483648;
        i64toi32_i32$1 = $1729$hi;
        i64toi32_i32$1 = $254(0 | 0, i64toi32_i32$2 | 0, $1729 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $1730$hi = i64toi32_i32$2;
        i64toi32_i32$2 = $33$hi;
        i64toi32_i32$2 = $1730$hi;
        $616_1 = i64toi32_i32$1;
        i64toi32_i32$1 = $33$hi;
        i64toi32_i32$1 = $142($616_1 | 0, i64toi32_i32$2 | 0, $33_1 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $1732$hi = i64toi32_i32$2;
        i64toi32_i32$2 = $7$hi;
        i64toi32_i32$2 = $1732$hi;
        $617_1 = i64toi32_i32$1;
        i64toi32_i32$1 = $7$hi;
        i64toi32_i32$1 = __wasm_i64_udiv($617_1 | 0, i64toi32_i32$2 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $1734 = i64toi32_i32$1;
        $1734$hi = i64toi32_i32$2;
        i64toi32_i32$2 = $1726$hi;
        i64toi32_i32$1 = $1734$hi;
        i64toi32_i32$1 = $109($1726 | 0, i64toi32_i32$2 | 0, $1734 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
        $29_1 = i64toi32_i32$1;
        $29$hi = i64toi32_i32$2;
        $4_1 = 9;
        break block21;
       }
       $10_1 = $136($133($106($3_1 | 0, 3448 | 0) | 0 | 0, $5_1 | 0) | 0 | 0) | 0;
       $4_1 = $10_1 ? 1 : 3;
       $6_1 = $297($10_1 | 0, 1 | 0) | 0;
      }
      $10_1 = $8_1;
     }
     $8_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, $11_1 | 0) | 0;
     $308($8_1 | 0, $9_1 | 0);
     $309($8_1 | 0, $5_1 | 0);
     i64toi32_i32$2 = $29$hi;
     $68($8_1 | 0, $29_1 | 0, i64toi32_i32$2 | 0);
     $310($8_1 | 0, $34_1 | 0);
     $296($8_1 | 0, $4_1 | 0);
     $137($133($106($3_1 | 0, 3448 | 0) | 0 | 0, $5_1 | 0) | 0 | 0, $6_1 | 0);
     $8_1 = $106($11_1 | 0, 24 | 0) | 0;
     if (($8_1 | 0) != (3072 | 0)) {
      continue label21
     }
     break label21;
    };
    block43 : {
     block42 : {
      if (($106($10_1 | 0, -64 | 0) | 0) >>> 0 > -66 >>> 0) {
       break block42
      }
      i64toi32_i32$2 = $270($3_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $300($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
      i64toi32_i32$1 = $269($3_1 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $301($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
      i64toi32_i32$2 = $268($3_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $302($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
      i64toi32_i32$1 = $267($3_1 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $303($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
      i64toi32_i32$2 = $266($3_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $96($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
      i64toi32_i32$1 = $265($3_1 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $94($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
      i64toi32_i32$2 = $264($3_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $92($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
      i64toi32_i32$1 = $263($3_1 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $90($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
      $304($3_1 | 0, 64 | 0);
      $305($3_1 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0);
      $6_1 = 1;
      $1($106($3_1 | 0, 3168 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 6656 | 0) | 0 | 0, 1 | 0);
      $10_1 = 0;
      break block43;
     }
     $6_1 = $106($10_1 | 0, 1 | 0) | 0;
    }
    $299($3_1 | 0, $6_1 | 0);
    $8_1 = $136($106($106($3_1 | 0, 3168 | 0) | 0 | 0, $10_1 | 0) | 0 | 0) | 0;
    wasm2js_memory_copy($106($3_1 | 0, 96 | 0) | 0, $106($3_1 | 0, 3520 | 0) | 0, 3072);
    wasm2js_memory_copy($36_1, $106($3_1 | 0, 96 | 0) | 0, 3072);
    $311($36_1 | 0, $138($8_1 | 0, 7 | 0) | 0 | 0);
    if (($35_1 | 0) != (24640 | 0)) {
     continue label22
    }
    break label22;
   };
   $312(0 | 0, 1 | 0);
  }
  i64toi32_i32$2 = 0;
  $217($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 0;
  $219($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 0;
  $221($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 0;
  $223($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 0;
  $224($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 0;
  $225($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 0;
  $226($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 0;
  $227($3_1 | 0, 0 | 0, i64toi32_i32$2 | 0);
  $185($3_1 | 0, $1_1 | 0);
  $195($3_1 | 0, $0_1 | 0);
  $1($106($3_1 | 0, 6592 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 3520 | 0) | 0 | 0, 1 | 0);
  i64toi32_i32$2 = 1226215764;
  $313($3_1 | 0, 372329608 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -1313197700;
  $314($3_1 | 0, 1794081077 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 1042342725;
  $315($3_1 | 0, -188712625 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -1617658170;
  $316($3_1 | 0, 1058169585 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 228711502;
  $317($3_1 | 0, 388354936 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -2073399027;
  $318($3_1 | 0, 1836887815 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -1259058921;
  $319($3_1 | 0, -608873173 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 1651598857;
  $320($3_1 | 0, 1840031059 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $321($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $322($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $323($3_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $324($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $325($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $326($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $327($3_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $328($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $329($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $209($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $330($3_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $211($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $331($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $213($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $332($3_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $215($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
  $43_1 = 2097152;
  $42_1 = 1052608;
  label24 : while (1) {
   $35_1 = 0;
   $6_1 = -64;
   label23 : while (1) {
    $9_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, $6_1 | 0) | 0;
    $4_1 = $106($9_1 | 0, 64 | 0) | 0;
    $1879 = $4_1;
    $10_1 = $138($35_1 | 0, 1 | 0) | 0;
    $8_1 = $106($107($297($10_1 | 0, 1 | 0) | 0 | 0, 10 | 0) | 0 | 0, 1049320 | 0) | 0;
    $36_1 = $106($9_1 | 0, 68 | 0) | 0;
    $5_1 = $135($36_1 | 0) | 0;
    $37_1 = $106($9_1 | 0, 76 | 0) | 0;
    $11_1 = $135($37_1 | 0) | 0;
    $38_1 = $10_1 ? $5_1 : $11_1;
    $1904 = $334($135($106($8_1 | 0, $138($333($38_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0;
    $4_1 = $135($4_1 | 0) | 0;
    $1913 = $297($1904 | 0, $135($106($8_1 | 0, $107($138($4_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0;
    $39_1 = $106($9_1 | 0, 72 | 0) | 0;
    $9_1 = $135($39_1 | 0) | 0;
    $40_1 = $10_1 ? $11_1 : $5_1;
    $1937 = $297($297($1913 | 0, $334($135($106($8_1 | 0, $138($333($9_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($40_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0;
    $34_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, $6_1 | 0) | 0;
    $296($1879 | 0, $297($1937 | 0, $135($106($34_1 | 0, 64 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
    $41_1 = $10_1 ? $9_1 : $4_1;
    $10_1 = $10_1 ? $4_1 : $9_1;
    $296($36_1 | 0, $297($297($297($297($334($135($106($8_1 | 0, $138($333($41_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0, $135($106($8_1 | 0, $107($138($5_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($11_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($10_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, $135($106($34_1 | 0, 68 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
    $296($39_1 | 0, $297($297($297($297($334($135($106($8_1 | 0, $138($333($40_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0, $135($106($8_1 | 0, $107($138($9_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($4_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($38_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, $135($106($34_1 | 0, 72 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
    $296($37_1 | 0, $297($297($297($297($334($135($106($8_1 | 0, $138($333($10_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0, $135($106($8_1 | 0, $107($138($11_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($5_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($41_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, $135($106($34_1 | 0, 76 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
    $35_1 = $106($35_1 | 0, 1 | 0) | 0;
    $6_1 = $106($6_1 | 0, 16 | 0) | 0;
    if ($6_1) {
     continue label23
    }
    break label23;
   };
   $8_1 = $335($3_1 | 0) | 0;
   $336($42_1 | 0, $8_1 | 0);
   $10_1 = $337($3_1 | 0) | 0;
   $338($42_1 | 0, $10_1 | 0);
   $6_1 = $339($3_1 | 0) | 0;
   $340($42_1 | 0, $6_1 | 0);
   $9_1 = $341($3_1 | 0) | 0;
   $342($42_1 | 0, $9_1 | 0);
   $5_1 = $343($3_1 | 0) | 0;
   $344($42_1 | 0, $5_1 | 0);
   $11_1 = $345($3_1 | 0) | 0;
   $346($42_1 | 0, $11_1 | 0);
   $4_1 = $347($3_1 | 0) | 0;
   $348($42_1 | 0, $4_1 | 0);
   $34_1 = $349($3_1 | 0) | 0;
   $350($42_1 | 0, $34_1 | 0);
   $35_1 = $351($3_1 | 0) | 0;
   $352($42_1 | 0, $35_1 | 0);
   $36_1 = $353($3_1 | 0) | 0;
   $354($42_1 | 0, $36_1 | 0);
   $37_1 = $355($3_1 | 0) | 0;
   $356($42_1 | 0, $37_1 | 0);
   $38_1 = $357($3_1 | 0) | 0;
   $358($42_1 | 0, $38_1 | 0);
   $39_1 = $359($3_1 | 0) | 0;
   $360($42_1 | 0, $39_1 | 0);
   $40_1 = $361($3_1 | 0) | 0;
   $362($42_1 | 0, $40_1 | 0);
   $41_1 = $293($3_1 | 0) | 0;
   $363($42_1 | 0, $41_1 | 0);
   $31_1 = $364($3_1 | 0) | 0;
   $365($42_1 | 0, $31_1 | 0);
   $42_1 = $106($42_1 | 0, 64 | 0) | 0;
   $43_1 = $106($43_1 | 0, -64 | 0) | 0;
   if ($43_1) {
    continue label24
   }
   break label24;
  };
  $366($3_1 | 0, $31_1 | 0);
  $367($3_1 | 0, $41_1 | 0);
  $368($3_1 | 0, $40_1 | 0);
  $369($3_1 | 0, $39_1 | 0);
  $370($3_1 | 0, $38_1 | 0);
  $371($3_1 | 0, $37_1 | 0);
  $372($3_1 | 0, $36_1 | 0);
  $373($3_1 | 0, $35_1 | 0);
  $374($3_1 | 0, $34_1 | 0);
  $375($3_1 | 0, $4_1 | 0);
  $376($3_1 | 0, $11_1 | 0);
  $377($3_1 | 0, $5_1 | 0);
  $378($3_1 | 0, $9_1 | 0);
  $379($3_1 | 0, $6_1 | 0);
  $380($3_1 | 0, $10_1 | 0);
  $169($3_1 | 0, $8_1 | 0);
  wasm2js_memory_fill($106($3_1 | 0, 3520 | 0) | 0, 0, 2176);
  wasm2js_memory_fill($106($3_1 | 0, 3168 | 0) | 0, 0, 256);
  $26_1 = $106($106($3_1 | 0, 6656 | 0) | 0 | 0, 8 | 0) | 0;
  $12_1 = 0;
  block148 : {
   block131 : {
    block132 : {
     block52 : {
      block53 : {
       block134 : {
        block133 : {
         label35 : while (1) {
          i64toi32_i32$2 = 1995889416;
          $381($3_1 | 0, 1121180633 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = -1716932865;
          $382($3_1 | 0, -2129905110 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = 1026706092;
          $383($3_1 | 0, -1490576686 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = -718995996;
          $384($3_1 | 0, 290211748 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = 1732378588;
          $385($3_1 | 0, -1118020925 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = -18339958;
          $386($3_1 | 0, 1784005712 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = -818569579;
          $387($3_1 | 0, 337609399 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = 2147214502;
          $388($3_1 | 0, -124762531 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $321($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $300($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $323($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $301($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $325($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $302($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $327($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $303($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $329($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $96($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $330($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $94($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $331($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $92($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $332($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $90($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          $43_1 = $106($3_1 | 0, 3520 | 0) | 0;
          $31_1 = 2176;
          label27 : while (1) {
           $42_1 = 0;
           label26 : while (1) {
            $11_1 = $138($42_1 | 0, 1 | 0) | 0;
            $8_1 = $106($107($297($11_1 | 0, 1 | 0) | 0 | 0, 10 | 0) | 0 | 0, 1049320 | 0) | 0;
            $41_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, $107($42_1 | 0, 4 | 0) | 0 | 0) | 0;
            $9_1 = $389($41_1 | 0) | 0;
            $5_1 = $390($41_1 | 0) | 0;
            $10_1 = $134($41_1 | 0) | 0;
            $6_1 = $135($41_1 | 0) | 0;
            $34_1 = 0;
            label25 : while (1) {
             $37_1 = $333($10_1 | 0, 14 | 0) | 0;
             $35_1 = $11_1 ? $10_1 : $9_1;
             $36_1 = $11_1 ? $9_1 : $10_1;
             $38_1 = $333($6_1 | 0, 14 | 0) | 0;
             $39_1 = $11_1 ? $5_1 : $6_1;
             $40_1 = $11_1 ? $6_1 : $5_1;
             $2274 = $297($297($297($334($135($106($8_1 | 0, $138($333($39_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0, $135($106($8_1 | 0, $107($138($10_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($9_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($40_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0;
             $4_1 = $106($106($3_1 | 0, 6656 | 0) | 0 | 0, $34_1 | 0) | 0;
             $10_1 = $297($2274 | 0, $135($106($4_1 | 0, 4 | 0) | 0 | 0) | 0 | 0) | 0;
             $6_1 = $297($297($297($297($334($135($106($8_1 | 0, $138($333($35_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0, $135($106($8_1 | 0, $107($138($6_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($5_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($36_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, $135($4_1 | 0) | 0 | 0) | 0;
             $35_1 = $297($297($297($297($334($135($106($8_1 | 0, $138($333($36_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0, $135($106($8_1 | 0, $107($138($5_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($38_1 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($35_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, $135($106($4_1 | 0, 8 | 0) | 0 | 0) | 0 | 0) | 0;
             $5_1 = $35_1;
             $4_1 = $297($297($297($297($334($135($106($8_1 | 0, $138($333($40_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0, $135($106($8_1 | 0, $107($138($9_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($37_1 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($39_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, $135($106($4_1 | 0, 12 | 0) | 0 | 0) | 0 | 0) | 0;
             $9_1 = $4_1;
             $34_1 = $106($34_1 | 0, 16 | 0) | 0;
             if (($34_1 | 0) != (64 | 0)) {
              continue label25
             }
             break label25;
            };
            $391($41_1 | 0, $9_1 | 0);
            $392($41_1 | 0, $5_1 | 0);
            $310($41_1 | 0, $10_1 | 0);
            $296($41_1 | 0, $6_1 | 0);
            $42_1 = $106($42_1 | 0, 1 | 0) | 0;
            if (($42_1 | 0) != (4 | 0)) {
             continue label26
            }
            break label26;
           };
           $8_1 = $393($3_1 | 0) | 0;
           $336($43_1 | 0, $8_1 | 0);
           $10_1 = $394($3_1 | 0) | 0;
           $338($43_1 | 0, $10_1 | 0);
           $6_1 = $395($3_1 | 0) | 0;
           $340($43_1 | 0, $6_1 | 0);
           $9_1 = $396($3_1 | 0) | 0;
           $342($43_1 | 0, $9_1 | 0);
           $5_1 = $397($3_1 | 0) | 0;
           $344($43_1 | 0, $5_1 | 0);
           $11_1 = $398($3_1 | 0) | 0;
           $346($43_1 | 0, $11_1 | 0);
           $4_1 = $399($3_1 | 0) | 0;
           $348($43_1 | 0, $4_1 | 0);
           $34_1 = $400($3_1 | 0) | 0;
           $350($43_1 | 0, $34_1 | 0);
           $35_1 = $401($3_1 | 0) | 0;
           $352($43_1 | 0, $35_1 | 0);
           $36_1 = $402($3_1 | 0) | 0;
           $354($43_1 | 0, $36_1 | 0);
           $37_1 = $403($3_1 | 0) | 0;
           $356($43_1 | 0, $37_1 | 0);
           $38_1 = $404($3_1 | 0) | 0;
           $358($43_1 | 0, $38_1 | 0);
           $39_1 = $405($3_1 | 0) | 0;
           $360($43_1 | 0, $39_1 | 0);
           $40_1 = $406($3_1 | 0) | 0;
           $362($43_1 | 0, $40_1 | 0);
           $41_1 = $407($3_1 | 0) | 0;
           $363($43_1 | 0, $41_1 | 0);
           $42_1 = $408($3_1 | 0) | 0;
           $365($43_1 | 0, $42_1 | 0);
           $43_1 = $106($43_1 | 0, 64 | 0) | 0;
           $31_1 = $106($31_1 | 0, -64 | 0) | 0;
           if ($31_1) {
            continue label27
           }
           break label27;
          };
          $366($3_1 | 0, $42_1 | 0);
          $367($3_1 | 0, $41_1 | 0);
          $368($3_1 | 0, $40_1 | 0);
          $369($3_1 | 0, $39_1 | 0);
          $370($3_1 | 0, $38_1 | 0);
          $371($3_1 | 0, $37_1 | 0);
          $372($3_1 | 0, $36_1 | 0);
          $373($3_1 | 0, $35_1 | 0);
          $374($3_1 | 0, $34_1 | 0);
          $375($3_1 | 0, $4_1 | 0);
          $376($3_1 | 0, $11_1 | 0);
          $377($3_1 | 0, $5_1 | 0);
          $378($3_1 | 0, $9_1 | 0);
          $379($3_1 | 0, $6_1 | 0);
          $380($3_1 | 0, $10_1 | 0);
          $169($3_1 | 0, $8_1 | 0);
          $8_1 = 0;
          $409(0 | 0, 0 | 0);
          i64toi32_i32$2 = $410($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $618_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($618_1 | 0, i64toi32_i32$1 | 0, 49 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $619_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 32505856;
          i64toi32_i32$2 = $143($619_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2504 = i64toi32_i32$2;
          $2504$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $411($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $620_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($620_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $621_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 983040;
          i64toi32_i32$1 = $143($621_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2508 = i64toi32_i32$1;
          $2508$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $412($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $622_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($622_1 | 0, i64toi32_i32$1 | 0, 40 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2511 = i64toi32_i32$2;
          $2511$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $2508$hi;
          i64toi32_i32$2 = $2511$hi;
          i64toi32_i32$2 = $307($2508 | 0, i64toi32_i32$1 | 0, $2511 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2512 = i64toi32_i32$2;
          $2512$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $413($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $623_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($623_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2515 = i64toi32_i32$1;
          $2515$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $414($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2517 = i64toi32_i32$2;
          $2517$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $2515$hi;
          i64toi32_i32$2 = $2517$hi;
          i64toi32_i32$2 = $307($2515 | 0, i64toi32_i32$1 | 0, $2517 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2518 = i64toi32_i32$2;
          $2518$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $2512$hi;
          i64toi32_i32$2 = $2518$hi;
          i64toi32_i32$2 = $307($2512 | 0, i64toi32_i32$1 | 0, $2518 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2519 = i64toi32_i32$2;
          $2519$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $2504$hi;
          i64toi32_i32$2 = $2519$hi;
          i64toi32_i32$2 = $307($2504 | 0, i64toi32_i32$1 | 0, $2519 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $624_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 1072693248;
          i64toi32_i32$2 = $109($624_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $415(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $416($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $625_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($625_1 | 0, i64toi32_i32$2 | 0, 49 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $626_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 32505856;
          i64toi32_i32$1 = $143($626_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2525 = i64toi32_i32$1;
          $2525$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $417($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $627_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($627_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $628_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 983040;
          i64toi32_i32$2 = $143($628_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2529 = i64toi32_i32$2;
          $2529$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $418($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $629_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($629_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2532 = i64toi32_i32$1;
          $2532$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2529$hi;
          i64toi32_i32$1 = $2532$hi;
          i64toi32_i32$1 = $307($2529 | 0, i64toi32_i32$2 | 0, $2532 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2533 = i64toi32_i32$1;
          $2533$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $419($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $630_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($630_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2536 = i64toi32_i32$2;
          $2536$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $420($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2538 = i64toi32_i32$1;
          $2538$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2536$hi;
          i64toi32_i32$1 = $2538$hi;
          i64toi32_i32$1 = $307($2536 | 0, i64toi32_i32$2 | 0, $2538 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2539 = i64toi32_i32$1;
          $2539$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2533$hi;
          i64toi32_i32$1 = $2539$hi;
          i64toi32_i32$1 = $307($2533 | 0, i64toi32_i32$2 | 0, $2539 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2540 = i64toi32_i32$1;
          $2540$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2525$hi;
          i64toi32_i32$1 = $2540$hi;
          i64toi32_i32$1 = $307($2525 | 0, i64toi32_i32$2 | 0, $2540 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $631_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 1072693248;
          i64toi32_i32$1 = $109($631_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $421(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $422($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $7_1 = i64toi32_i32$2;
          $7$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $423($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $29_1 = i64toi32_i32$1;
          $29$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $424($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $33_1 = i64toi32_i32$2;
          $33$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $425($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $30_1 = i64toi32_i32$1;
          $30$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $426($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $32_1 = i64toi32_i32$2;
          $32$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $427($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $632_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($632_1 | 0, i64toi32_i32$2 | 0, 49 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $633_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 32505856;
          i64toi32_i32$1 = $143($633_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2556 = i64toi32_i32$1;
          $2556$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $428($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $634_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($634_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $635_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 983040;
          i64toi32_i32$2 = $143($635_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2560 = i64toi32_i32$2;
          $2560$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $429($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $636_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($636_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2563 = i64toi32_i32$1;
          $2563$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2560$hi;
          i64toi32_i32$1 = $2563$hi;
          i64toi32_i32$1 = $307($2560 | 0, i64toi32_i32$2 | 0, $2563 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2564 = i64toi32_i32$1;
          $2564$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $430($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $637_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($637_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2567 = i64toi32_i32$2;
          $2567$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $431($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2569 = i64toi32_i32$1;
          $2569$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2567$hi;
          i64toi32_i32$1 = $2569$hi;
          i64toi32_i32$1 = $307($2567 | 0, i64toi32_i32$2 | 0, $2569 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2570 = i64toi32_i32$1;
          $2570$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2564$hi;
          i64toi32_i32$1 = $2570$hi;
          i64toi32_i32$1 = $307($2564 | 0, i64toi32_i32$2 | 0, $2570 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2571 = i64toi32_i32$1;
          $2571$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2556$hi;
          i64toi32_i32$1 = $2571$hi;
          i64toi32_i32$1 = $307($2556 | 0, i64toi32_i32$2 | 0, $2571 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $638_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 1072693248;
          i64toi32_i32$1 = $109($638_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $432(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $7$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($7_1 | 0, i64toi32_i32$2 | 0, 49 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $639_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 32505856;
          i64toi32_i32$1 = $143($639_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2576 = i64toi32_i32$1;
          $2576$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $30$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($30_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $640_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 983040;
          i64toi32_i32$1 = $143($640_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2579 = i64toi32_i32$1;
          $2579$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $32$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($32_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2581 = i64toi32_i32$1;
          $2581$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2579$hi;
          i64toi32_i32$1 = $2581$hi;
          i64toi32_i32$1 = $307($2579 | 0, i64toi32_i32$2 | 0, $2581 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2582 = i64toi32_i32$1;
          $2582$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $29$hi;
          i64toi32_i32$2 = $33$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($33_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2585 = i64toi32_i32$1;
          $2585$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $29$hi;
          i64toi32_i32$1 = $2585$hi;
          i64toi32_i32$1 = $307($29_1 | 0, i64toi32_i32$2 | 0, $2585 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2586 = i64toi32_i32$1;
          $2586$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2582$hi;
          i64toi32_i32$1 = $2586$hi;
          i64toi32_i32$1 = $307($2582 | 0, i64toi32_i32$2 | 0, $2586 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2587 = i64toi32_i32$1;
          $2587$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2576$hi;
          i64toi32_i32$1 = $2587$hi;
          i64toi32_i32$1 = $307($2576 | 0, i64toi32_i32$2 | 0, $2587 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $641_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 1072693248;
          i64toi32_i32$1 = $109($641_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $433(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $434($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $7_1 = i64toi32_i32$2;
          $7$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $435($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $29_1 = i64toi32_i32$1;
          $29$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $436($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $33_1 = i64toi32_i32$2;
          $33$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $437($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $30_1 = i64toi32_i32$1;
          $30$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $438($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $32_1 = i64toi32_i32$2;
          $32$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $439($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $642_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($642_1 | 0, i64toi32_i32$2 | 0, 49 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $643_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 32505856;
          i64toi32_i32$1 = $143($643_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2603 = i64toi32_i32$1;
          $2603$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $440($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $644_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($644_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $645_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 983040;
          i64toi32_i32$2 = $143($645_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2607 = i64toi32_i32$2;
          $2607$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $441($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $646_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($646_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2610 = i64toi32_i32$1;
          $2610$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2607$hi;
          i64toi32_i32$1 = $2610$hi;
          i64toi32_i32$1 = $307($2607 | 0, i64toi32_i32$2 | 0, $2610 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2611 = i64toi32_i32$1;
          $2611$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $442($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $647_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($647_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2614 = i64toi32_i32$2;
          $2614$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $443($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2616 = i64toi32_i32$1;
          $2616$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2614$hi;
          i64toi32_i32$1 = $2616$hi;
          i64toi32_i32$1 = $307($2614 | 0, i64toi32_i32$2 | 0, $2616 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2617 = i64toi32_i32$1;
          $2617$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2611$hi;
          i64toi32_i32$1 = $2617$hi;
          i64toi32_i32$1 = $307($2611 | 0, i64toi32_i32$2 | 0, $2617 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2618 = i64toi32_i32$1;
          $2618$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2603$hi;
          i64toi32_i32$1 = $2618$hi;
          i64toi32_i32$1 = $307($2603 | 0, i64toi32_i32$2 | 0, $2618 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $648_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 1072693248;
          i64toi32_i32$1 = $109($648_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $444(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $7$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($7_1 | 0, i64toi32_i32$2 | 0, 49 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $649_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 32505856;
          i64toi32_i32$1 = $143($649_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2623 = i64toi32_i32$1;
          $2623$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $30$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($30_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $650_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 983040;
          i64toi32_i32$1 = $143($650_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2626 = i64toi32_i32$1;
          $2626$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $32$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($32_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2628 = i64toi32_i32$1;
          $2628$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2626$hi;
          i64toi32_i32$1 = $2628$hi;
          i64toi32_i32$1 = $307($2626 | 0, i64toi32_i32$2 | 0, $2628 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2629 = i64toi32_i32$1;
          $2629$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $29$hi;
          i64toi32_i32$2 = $33$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($33_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2632 = i64toi32_i32$1;
          $2632$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $29$hi;
          i64toi32_i32$1 = $2632$hi;
          i64toi32_i32$1 = $307($29_1 | 0, i64toi32_i32$2 | 0, $2632 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2633 = i64toi32_i32$1;
          $2633$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2629$hi;
          i64toi32_i32$1 = $2633$hi;
          i64toi32_i32$1 = $307($2629 | 0, i64toi32_i32$2 | 0, $2633 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2634 = i64toi32_i32$1;
          $2634$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2623$hi;
          i64toi32_i32$1 = $2634$hi;
          i64toi32_i32$1 = $307($2623 | 0, i64toi32_i32$2 | 0, $2634 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $651_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 1072693248;
          i64toi32_i32$1 = $109($651_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $445(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $446($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $7_1 = i64toi32_i32$2;
          $7$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $447($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $29_1 = i64toi32_i32$1;
          $29$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $448($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $33_1 = i64toi32_i32$2;
          $33$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $449($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $30_1 = i64toi32_i32$1;
          $30$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $450($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $32_1 = i64toi32_i32$2;
          $32$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $451($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $652_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($652_1 | 0, i64toi32_i32$2 | 0, 49 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $653_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 32505856;
          i64toi32_i32$1 = $143($653_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2650 = i64toi32_i32$1;
          $2650$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $452($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $654_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($654_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $655_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 983040;
          i64toi32_i32$2 = $143($655_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2654 = i64toi32_i32$2;
          $2654$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $453($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $656_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($656_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2657 = i64toi32_i32$1;
          $2657$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2654$hi;
          i64toi32_i32$1 = $2657$hi;
          i64toi32_i32$1 = $307($2654 | 0, i64toi32_i32$2 | 0, $2657 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2658 = i64toi32_i32$1;
          $2658$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $454($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $657_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($657_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2661 = i64toi32_i32$2;
          $2661$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $455($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2663 = i64toi32_i32$1;
          $2663$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2661$hi;
          i64toi32_i32$1 = $2663$hi;
          i64toi32_i32$1 = $307($2661 | 0, i64toi32_i32$2 | 0, $2663 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2664 = i64toi32_i32$1;
          $2664$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2658$hi;
          i64toi32_i32$1 = $2664$hi;
          i64toi32_i32$1 = $307($2658 | 0, i64toi32_i32$2 | 0, $2664 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2665 = i64toi32_i32$1;
          $2665$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2650$hi;
          i64toi32_i32$1 = $2665$hi;
          i64toi32_i32$1 = $307($2650 | 0, i64toi32_i32$2 | 0, $2665 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $658_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 1072693248;
          i64toi32_i32$1 = $109($658_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $456(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $7$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($7_1 | 0, i64toi32_i32$2 | 0, 49 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $659_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 32505856;
          i64toi32_i32$1 = $143($659_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2670 = i64toi32_i32$1;
          $2670$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $30$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($30_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $660_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 983040;
          i64toi32_i32$1 = $143($660_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2673 = i64toi32_i32$1;
          $2673$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $32$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($32_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2675 = i64toi32_i32$1;
          $2675$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2673$hi;
          i64toi32_i32$1 = $2675$hi;
          i64toi32_i32$1 = $307($2673 | 0, i64toi32_i32$2 | 0, $2675 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2676 = i64toi32_i32$1;
          $2676$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $29$hi;
          i64toi32_i32$2 = $33$hi;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($33_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2679 = i64toi32_i32$1;
          $2679$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $29$hi;
          i64toi32_i32$1 = $2679$hi;
          i64toi32_i32$1 = $307($29_1 | 0, i64toi32_i32$2 | 0, $2679 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2680 = i64toi32_i32$1;
          $2680$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2676$hi;
          i64toi32_i32$1 = $2680$hi;
          i64toi32_i32$1 = $307($2676 | 0, i64toi32_i32$2 | 0, $2680 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2681 = i64toi32_i32$1;
          $2681$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2670$hi;
          i64toi32_i32$1 = $2681$hi;
          i64toi32_i32$1 = $307($2670 | 0, i64toi32_i32$2 | 0, $2681 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $661_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 1072693248;
          i64toi32_i32$1 = $109($661_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $457(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          i64toi32_i32$2 = $458($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $459(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $460($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $461(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
          $10_1 = $462($3_1 | 0) | 0;
          $463(0 | 0, $138($10_1 | 0, 1 | 0) | 0 | 0);
          $464(0 | 0, $133($138($333($10_1 | 0, 3 | 0) | 0 | 0, 1 | 0) | 0 | 0, 6 | 0) | 0 | 0);
          $465(0 | 0, $133($138($333($10_1 | 0, 2 | 0) | 0 | 0, 1 | 0) | 0 | 0, 4 | 0) | 0 | 0);
          $466(0 | 0, $133($138($333($10_1 | 0, 1 | 0) | 0 | 0, 1 | 0) | 0 | 0, 2 | 0) | 0 | 0);
          i64toi32_i32$2 = $467($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $662_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($662_1 | 0, i64toi32_i32$1 | 0, 14 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2706 = i64toi32_i32$2;
          $2706$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $468($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $663_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($663_1 | 0, i64toi32_i32$2 | 0, 6 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2709 = i64toi32_i32$1;
          $2709$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2706$hi;
          i64toi32_i32$1 = $2709$hi;
          i64toi32_i32$1 = $307($2706 | 0, i64toi32_i32$2 | 0, $2709 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2710 = i64toi32_i32$1;
          $2710$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $469($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $664_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($664_1 | 0, i64toi32_i32$1 | 0, 22 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $665_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $143($665_1 | 0, i64toi32_i32$1 | 0, 29360128 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2714 = i64toi32_i32$2;
          $2714$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $2710$hi;
          i64toi32_i32$2 = $2714$hi;
          i64toi32_i32$2 = $307($2710 | 0, i64toi32_i32$1 | 0, $2714 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $470(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $471($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $7_1 = i64toi32_i32$1;
          $7$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $472($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $29_1 = i64toi32_i32$2;
          $29$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $473($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $33_1 = i64toi32_i32$1;
          $33$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $474($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2723 = i64toi32_i32$2;
          $2723$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $475($3_1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $667_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $142($667_1 | 0, i64toi32_i32$2 | 0, 16 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $668_1 = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          i64toi32_i32$1 = $143($668_1 | 0, i64toi32_i32$2 | 0, 4128768 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2727 = i64toi32_i32$1;
          $2727$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $2723$hi;
          i64toi32_i32$1 = $2727$hi;
          i64toi32_i32$1 = $307($2723 | 0, i64toi32_i32$2 | 0, $2727 | 0, i64toi32_i32$1 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $2728 = i64toi32_i32$1;
          $2728$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $476($3_1 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $669_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($669_1 | 0, i64toi32_i32$1 | 0, 51 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $670_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 125829120;
          i64toi32_i32$2 = $143($670_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2732 = i64toi32_i32$2;
          $2732$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $2728$hi;
          i64toi32_i32$2 = $2732$hi;
          i64toi32_i32$2 = $307($2728 | 0, i64toi32_i32$1 | 0, $2732 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $671_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 808452096;
          i64toi32_i32$2 = $307($671_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $477(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $7$hi;
          i64toi32_i32$1 = $29$hi;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($29_1 | 0, i64toi32_i32$1 | 0, 16 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $672_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $143($672_1 | 0, i64toi32_i32$1 | 0, 4128768 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2738 = i64toi32_i32$2;
          $2738$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $7$hi;
          i64toi32_i32$2 = $2738$hi;
          i64toi32_i32$2 = $307($7_1 | 0, i64toi32_i32$1 | 0, $2738 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2739 = i64toi32_i32$2;
          $2739$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $33$hi;
          i64toi32_i32$2 = 0;
          i64toi32_i32$2 = $142($33_1 | 0, i64toi32_i32$1 | 0, 51 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $673_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 125829120;
          i64toi32_i32$2 = $143($673_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $2742 = i64toi32_i32$2;
          $2742$hi = i64toi32_i32$1;
          i64toi32_i32$1 = $2739$hi;
          i64toi32_i32$2 = $2742$hi;
          i64toi32_i32$2 = $307($2739 | 0, i64toi32_i32$1 | 0, $2742 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $674_1 = i64toi32_i32$2;
          i64toi32_i32$2 = 808452096;
          i64toi32_i32$2 = $307($674_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $478(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
          wasm2js_memory_fill($106($3_1 | 0, 96 | 0) | 0, 0, 256);
          wasm2js_memory_copy($26_1, 1051816, 232);
          $37_1 = $106($12_1 | 0, 1 | 0) | 0;
          $5_1 = 0;
          label29 : while (1) {
           block44 : {
            $10_1 = $106($26_1 | 0, $107($5_1 | 0, 3 | 0) | 0 | 0) | 0;
            $6_1 = $134($10_1 | 0) | 0;
            if (!$6_1) {
             break block44
            }
            $9_1 = $136($10_1 | 0) | 0;
            $10_1 = $106(($8_1 >>> 0 < 256 >>> 0 ? $8_1 : 256) | 0, -256 | 0) | 0;
            block45 : {
             label28 : while (1) {
              if (!$10_1) {
               break block45
              }
              $137($106($106($3_1 | 0, 96 | 0) | 0 | 0, $8_1 | 0) | 0 | 0, $9_1 | 0);
              $10_1 = $106($10_1 | 0, 1 | 0) | 0;
              $8_1 = $106($8_1 | 0, 1 | 0) | 0;
              $6_1 = $106($6_1 | 0, -1 | 0) | 0;
              if (!$6_1) {
               break block44
              }
              continue label28;
             };
            }
            $57($8_1 | 0, 256 | 0, 1052048 | 0);
            wasm2js_trap();
           }
           $5_1 = $106($5_1 | 0, 1 | 0) | 0;
           if (($5_1 | 0) != (29 | 0)) {
            continue label29
           }
           break label29;
          };
          $6_1 = 0;
          $479($3_1 | 0, 0 | 0);
          $480($3_1 | 0, 0 | 0);
          $481($3_1 | 0, 0 | 0);
          $482($3_1 | 0, 0 | 0);
          $483($3_1 | 0, 0 | 0);
          $484($3_1 | 0, 0 | 0);
          $485($3_1 | 0, 0 | 0);
          $305($3_1 | 0, 0 | 0);
          $8_1 = 3150016;
          $5_1 = -2048;
          label30 : while (1) {
           $10_1 = $106($106($3_1 | 0, 3520 | 0) | 0 | 0, $5_1 | 0) | 0;
           $34_1 = $138($136($106($10_1 | 0, 2178 | 0) | 0 | 0) | 0 | 0, 7 | 0) | 0;
           $11_1 = $138($136($106($10_1 | 0, 2177 | 0) | 0 | 0) | 0 | 0, 7 | 0) | 0;
           $4_1 = $135($106($10_1 | 0, 2180 | 0) | 0 | 0) | 0;
           $9_1 = 0;
           block49 : {
            block50 : {
             block48 : {
              block46 : {
               block47 : {
                $35_1 = $136($106($106($3_1 | 0, 96 | 0) | 0 | 0, $136($106($10_1 | 0, 2176 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0;
                switch ($35_1 | 0) {
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
               $9_1 = 0;
               if (!($138($4_1 | 0, $106($4_1 | 0, -1 | 0) | 0 | 0) | 0)) {
                break block49
               }
              }
              $9_1 = $106($106($3_1 | 0, 6656 | 0) | 0 | 0, $107($11_1 | 0, 3 | 0) | 0 | 0) | 0;
              $310($9_1 | 0, $6_1 | 0);
              $296($9_1 | 0, 1 | 0);
              $9_1 = 0;
              break block49;
             }
             $9_1 = 0;
             if (($11_1 | 0) == ($34_1 | 0)) {
              break block49
             }
             $9_1 = $106($106($3_1 | 0, 6656 | 0) | 0 | 0, $107($11_1 | 0, 3 | 0) | 0 | 0) | 0;
             $310($9_1 | 0, $6_1 | 0);
             $296($9_1 | 0, 1 | 0);
             $9_1 = $106($106($3_1 | 0, 6656 | 0) | 0 | 0, $107($34_1 | 0, 3 | 0) | 0 | 0) | 0;
             $310($9_1 | 0, $6_1 | 0);
             $296($9_1 | 0, 1 | 0);
             $9_1 = 0;
             break block49;
            }
            $9_1 = 0;
            block51 : {
             $36_1 = $106($106($3_1 | 0, 6656 | 0) | 0 | 0, $107($11_1 | 0, 3 | 0) | 0 | 0) | 0;
             if (($135($36_1 | 0) | 0 | 0) != (1 | 0)) {
              break block51
             }
             $9_1 = $106($134($36_1 | 0) | 0 | 0, 1 | 0) | 0;
            }
            $486($3_1 | 0, $6_1 | 0);
            $479($3_1 | 0, 1 | 0);
            $487($3_1 | 0, $6_1 | 0);
            $480($3_1 | 0, 1 | 0);
            $488($3_1 | 0, $6_1 | 0);
            $481($3_1 | 0, 1 | 0);
            $489($3_1 | 0, $6_1 | 0);
            $482($3_1 | 0, 1 | 0);
            $490($3_1 | 0, $6_1 | 0);
            $483($3_1 | 0, 1 | 0);
            $491($3_1 | 0, $6_1 | 0);
            $484($3_1 | 0, 1 | 0);
            $492($3_1 | 0, $6_1 | 0);
            $485($3_1 | 0, 1 | 0);
            $304($3_1 | 0, $6_1 | 0);
            $305($3_1 | 0, 1 | 0);
           }
           $296($8_1 | 0, $11_1 | 0);
           $137($106($8_1 | 0, 17 | 0) | 0 | 0, $35_1 | 0);
           $296($106($8_1 | 0, 12 | 0) | 0 | 0, $9_1 | 0);
           $296($106($8_1 | 0, 8 | 0) | 0 | 0, $4_1 | 0);
           $296($106($8_1 | 0, 4 | 0) | 0 | 0, $34_1 | 0);
           $137($106($8_1 | 0, 16 | 0) | 0 | 0, $136($106($10_1 | 0, 2179 | 0) | 0 | 0) | 0 | 0);
           $6_1 = $106($6_1 | 0, 1 | 0) | 0;
           $8_1 = $106($8_1 | 0, 20 | 0) | 0;
           $5_1 = $106($5_1 | 0, 8 | 0) | 0;
           if ($5_1) {
            continue label30
           }
           break label30;
          };
          i64toi32_i32$1 = 0;
          $7_1 = 0;
          $7$hi = i64toi32_i32$1;
          $36_1 = 0;
          i64toi32_i32$1 = 0;
          $493(0 | 0, 0 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = 0;
          $494(0 | 0, 0 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = 0;
          $495(0 | 0, 0 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = 0;
          $496(0 | 0, 0 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = 0;
          $497(0 | 0, 0 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = 0;
          $498(0 | 0, 0 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = 0;
          $499(0 | 0, 0 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = 0;
          $500(0 | 0, 0 | 0, i64toi32_i32$1 | 0);
          i64toi32_i32$1 = $501(0 | 0) | 0;
          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
          $28_1 = i64toi32_i32$1;
          $28$hi = i64toi32_i32$2;
          i64toi32_i32$2 = $502(0 | 0) | 0;
          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
          $44_1 = i64toi32_i32$2;
          $44$hi = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          $29_1 = 0;
          $29$hi = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          $33_1 = 0;
          $33$hi = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          $30_1 = 0;
          $30$hi = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          $32_1 = 0;
          $32$hi = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          $45_1 = 0;
          $45$hi = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          $46_1 = 0;
          $46$hi = i64toi32_i32$1;
          i64toi32_i32$1 = 0;
          $47_1 = 0;
          $47$hi = i64toi32_i32$1;
          block147 : {
           label34 : while (1) {
            $8_1 = $503(0 | 0) | 0;
            if ($8_1 >>> 0 > 7 >>> 0) {
             break block52
            }
            $10_1 = $504(0 | 0) | 0;
            if ($10_1 >>> 0 >= 8 >>> 0) {
             break block53
            }
            $36_1 = $106($36_1 | 0, 1 | 0) | 0;
            $6_1 = 0;
            i64toi32_i32$1 = $505($107($10_1 | 0, 3 | 0) | 0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2921 = i64toi32_i32$1;
            $2921$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $505($107($8_1 | 0, 3 | 0) | 0 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2924 = i64toi32_i32$2;
            $2924$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $2921$hi;
            i64toi32_i32$2 = $2924$hi;
            i64toi32_i32$2 = $97($2921 | 0, i64toi32_i32$1 | 0, $2924 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $48_1 = i64toi32_i32$2;
            $48$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $44$hi;
            i64toi32_i32$1 = $48$hi;
            i64toi32_i32$2 = $44$hi;
            i64toi32_i32$2 = $97($48_1 | 0, i64toi32_i32$1 | 0, $44_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $34_1 = $138(i64toi32_i32$2 | 0, 2097088 | 0) | 0;
            i64toi32_i32$1 = $506($34_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2932$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $47$hi;
            i64toi32_i32$2 = $2932$hi;
            $676_1 = i64toi32_i32$1;
            i64toi32_i32$1 = $47$hi;
            i64toi32_i32$1 = $97($676_1 | 0, i64toi32_i32$2 | 0, $47_1 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $493(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $507($34_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2936$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $32$hi;
            i64toi32_i32$1 = $2936$hi;
            $677_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $32$hi;
            i64toi32_i32$2 = $97($677_1 | 0, i64toi32_i32$1 | 0, $32_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $496(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $508($34_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $678_1 = i64toi32_i32$1;
            i64toi32_i32$1 = 0;
            i64toi32_i32$1 = $142($678_1 | 0, i64toi32_i32$2 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2941 = i64toi32_i32$1;
            $2941$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $509($34_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2943 = i64toi32_i32$2;
            $2943$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $2941$hi;
            i64toi32_i32$2 = $2943$hi;
            i64toi32_i32$2 = $307($2941 | 0, i64toi32_i32$1 | 0, $2943 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2944 = i64toi32_i32$2;
            $2944$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $510($34_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $679_1 = i64toi32_i32$1;
            i64toi32_i32$1 = 0;
            i64toi32_i32$1 = $142($679_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2947 = i64toi32_i32$1;
            $2947$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $2944$hi;
            i64toi32_i32$1 = $2947$hi;
            i64toi32_i32$1 = $307($2944 | 0, i64toi32_i32$2 | 0, $2947 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2948 = i64toi32_i32$1;
            $2948$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $511($34_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $680_1 = i64toi32_i32$2;
            i64toi32_i32$2 = 0;
            i64toi32_i32$2 = $142($680_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2951 = i64toi32_i32$2;
            $2951$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $2948$hi;
            i64toi32_i32$2 = $2951$hi;
            i64toi32_i32$2 = $307($2948 | 0, i64toi32_i32$1 | 0, $2951 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2952 = i64toi32_i32$2;
            $2952$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $512($34_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $681_1 = i64toi32_i32$1;
            i64toi32_i32$1 = 0;
            i64toi32_i32$1 = $142($681_1 | 0, i64toi32_i32$2 | 0, 56 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2955 = i64toi32_i32$1;
            $2955$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $2952$hi;
            i64toi32_i32$1 = $2955$hi;
            i64toi32_i32$1 = $307($2952 | 0, i64toi32_i32$2 | 0, $2955 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2956$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $46$hi;
            i64toi32_i32$2 = $2956$hi;
            $682_1 = i64toi32_i32$1;
            i64toi32_i32$1 = $46$hi;
            i64toi32_i32$1 = $97($682_1 | 0, i64toi32_i32$2 | 0, $46_1 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $494(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $513($34_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $683_1 = i64toi32_i32$2;
            i64toi32_i32$2 = 0;
            i64toi32_i32$2 = $142($683_1 | 0, i64toi32_i32$1 | 0, 40 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2961 = i64toi32_i32$2;
            $2961$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $514($34_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2963 = i64toi32_i32$1;
            $2963$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $2961$hi;
            i64toi32_i32$1 = $2963$hi;
            i64toi32_i32$1 = $307($2961 | 0, i64toi32_i32$2 | 0, $2963 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2964 = i64toi32_i32$1;
            $2964$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $515($34_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $684_1 = i64toi32_i32$2;
            i64toi32_i32$2 = 0;
            i64toi32_i32$2 = $142($684_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2967 = i64toi32_i32$2;
            $2967$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $2964$hi;
            i64toi32_i32$2 = $2967$hi;
            i64toi32_i32$2 = $307($2964 | 0, i64toi32_i32$1 | 0, $2967 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2968 = i64toi32_i32$2;
            $2968$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $516($34_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $685_1 = i64toi32_i32$1;
            i64toi32_i32$1 = 0;
            i64toi32_i32$1 = $142($685_1 | 0, i64toi32_i32$2 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2971 = i64toi32_i32$1;
            $2971$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $2968$hi;
            i64toi32_i32$1 = $2971$hi;
            i64toi32_i32$1 = $307($2968 | 0, i64toi32_i32$2 | 0, $2971 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2972 = i64toi32_i32$1;
            $2972$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $517($34_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $686_1 = i64toi32_i32$2;
            i64toi32_i32$2 = 0;
            i64toi32_i32$2 = $142($686_1 | 0, i64toi32_i32$1 | 0, 56 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2975 = i64toi32_i32$2;
            $2975$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $2972$hi;
            i64toi32_i32$2 = $2975$hi;
            i64toi32_i32$2 = $307($2972 | 0, i64toi32_i32$1 | 0, $2975 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2976$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $45$hi;
            i64toi32_i32$1 = $2976$hi;
            $687_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $45$hi;
            i64toi32_i32$2 = $97($687_1 | 0, i64toi32_i32$1 | 0, $45_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $495(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $518($34_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2980$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $30$hi;
            i64toi32_i32$2 = $2980$hi;
            $688_1 = i64toi32_i32$1;
            i64toi32_i32$1 = $30$hi;
            i64toi32_i32$1 = $97($688_1 | 0, i64toi32_i32$2 | 0, $30_1 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $497(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $519($34_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2984$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $33$hi;
            i64toi32_i32$1 = $2984$hi;
            $689_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $33$hi;
            i64toi32_i32$2 = $97($689_1 | 0, i64toi32_i32$1 | 0, $33_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $498(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $520($34_1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $2988$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $29$hi;
            i64toi32_i32$2 = $2988$hi;
            $690_1 = i64toi32_i32$1;
            i64toi32_i32$1 = $29$hi;
            i64toi32_i32$1 = $97($690_1 | 0, i64toi32_i32$2 | 0, $29_1 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $499(0 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $521($34_1 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2992$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $7$hi;
            i64toi32_i32$1 = $2992$hi;
            $691_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $7$hi;
            i64toi32_i32$2 = $97($691_1 | 0, i64toi32_i32$1 | 0, $7_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $500(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $48$hi;
            i64toi32_i32$2 = 0;
            i64toi32_i32$2 = $139($48_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $2996$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $28$hi;
            i64toi32_i32$1 = $2996$hi;
            $692_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $28$hi;
            i64toi32_i32$2 = $97($692_1 | 0, i64toi32_i32$1 | 0, $28_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $35_1 = $138(i64toi32_i32$2 | 0, 2097088 | 0) | 0;
            $8_1 = $522($35_1 | 0) | 0;
            (wasm2js_i32$0 = 0, wasm2js_f64$0 = +($523($106($35_1 | 0, 1052612 | 0) | 0 | 0) | 0 | 0)), HEAPF64[(wasm2js_i32$0 + 3155208 | 0) >> 3] = wasm2js_f64$0;
            HEAPF64[(0 + 3155200 | 0) >> 3] = +($8_1 | 0);
            $8_1 = $524($35_1 | 0) | 0;
            i64toi32_i32$1 = $525(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $7_1 = i64toi32_i32$1;
            $7$hi = i64toi32_i32$2;
            wasm2js_scratch_store_f64(+(+($523($106($35_1 | 0, 1052644 | 0) | 0 | 0) | 0 | 0)));
            i64toi32_i32$2 = wasm2js_scratch_load_i32(1 | 0) | 0;
            i64toi32_i32$1 = 16777215;
            i64toi32_i32$1 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$2 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $3017 = i64toi32_i32$1;
            $3017$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $526(0 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $29_1 = i64toi32_i32$2;
            $29$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $3017$hi;
            i64toi32_i32$2 = $29$hi;
            i64toi32_i32$2 = $307($3017 | 0, i64toi32_i32$1 | 0, $29_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $527(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $7$hi;
            wasm2js_scratch_store_f64(+(+($8_1 | 0)));
            i64toi32_i32$1 = wasm2js_scratch_load_i32(1 | 0) | 0;
            i64toi32_i32$2 = 16777215;
            i64toi32_i32$2 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $3025 = i64toi32_i32$2;
            $3025$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $7$hi;
            i64toi32_i32$2 = $3025$hi;
            i64toi32_i32$2 = $307($7_1 | 0, i64toi32_i32$1 | 0, $3025 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $528(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            $8_1 = $529($35_1 | 0) | 0;
            (wasm2js_i32$0 = 0, wasm2js_f64$0 = +($523($106($35_1 | 0, 1052620 | 0) | 0 | 0) | 0 | 0)), HEAPF64[(wasm2js_i32$0 + 3155224 | 0) >> 3] = wasm2js_f64$0;
            HEAPF64[(0 + 3155216 | 0) >> 3] = +($8_1 | 0);
            $8_1 = $530($35_1 | 0) | 0;
            i64toi32_i32$1 = $29$hi;
            wasm2js_scratch_store_f64(+(+($523($106($35_1 | 0, 1052652 | 0) | 0 | 0) | 0 | 0)));
            i64toi32_i32$1 = wasm2js_scratch_load_i32(1 | 0) | 0;
            i64toi32_i32$2 = 16777215;
            i64toi32_i32$2 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $3043 = i64toi32_i32$2;
            $3043$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $29$hi;
            i64toi32_i32$2 = $3043$hi;
            i64toi32_i32$2 = $307($29_1 | 0, i64toi32_i32$1 | 0, $3043 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $531(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $7$hi;
            wasm2js_scratch_store_f64(+(+($8_1 | 0)));
            i64toi32_i32$1 = wasm2js_scratch_load_i32(1 | 0) | 0;
            i64toi32_i32$2 = 16777215;
            i64toi32_i32$2 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $3049 = i64toi32_i32$2;
            $3049$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $7$hi;
            i64toi32_i32$2 = $3049$hi;
            i64toi32_i32$2 = $307($7_1 | 0, i64toi32_i32$1 | 0, $3049 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $532(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            $8_1 = $533($35_1 | 0) | 0;
            (wasm2js_i32$0 = 0, wasm2js_f64$0 = +($523($106($35_1 | 0, 1052628 | 0) | 0 | 0) | 0 | 0)), HEAPF64[(wasm2js_i32$0 + 3155240 | 0) >> 3] = wasm2js_f64$0;
            HEAPF64[(0 + 3155232 | 0) >> 3] = +($8_1 | 0);
            $8_1 = $534($35_1 | 0) | 0;
            i64toi32_i32$1 = $29$hi;
            wasm2js_scratch_store_f64(+(+($523($106($35_1 | 0, 1052660 | 0) | 0 | 0) | 0 | 0)));
            i64toi32_i32$1 = wasm2js_scratch_load_i32(1 | 0) | 0;
            i64toi32_i32$2 = 16777215;
            i64toi32_i32$2 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $3067 = i64toi32_i32$2;
            $3067$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $29$hi;
            i64toi32_i32$2 = $3067$hi;
            i64toi32_i32$2 = $307($29_1 | 0, i64toi32_i32$1 | 0, $3067 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $535(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $7$hi;
            wasm2js_scratch_store_f64(+(+($8_1 | 0)));
            i64toi32_i32$1 = wasm2js_scratch_load_i32(1 | 0) | 0;
            i64toi32_i32$2 = 16777215;
            i64toi32_i32$2 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $3073 = i64toi32_i32$2;
            $3073$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $7$hi;
            i64toi32_i32$2 = $3073$hi;
            i64toi32_i32$2 = $307($7_1 | 0, i64toi32_i32$1 | 0, $3073 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $536(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            $8_1 = $537($35_1 | 0) | 0;
            (wasm2js_i32$0 = 0, wasm2js_f64$0 = +($523($106($35_1 | 0, 1052636 | 0) | 0 | 0) | 0 | 0)), HEAPF64[(wasm2js_i32$0 + 3155256 | 0) >> 3] = wasm2js_f64$0;
            HEAPF64[(0 + 3155248 | 0) >> 3] = +($8_1 | 0);
            $8_1 = $538($35_1 | 0) | 0;
            i64toi32_i32$1 = $29$hi;
            wasm2js_scratch_store_f64(+(+($523($106($35_1 | 0, 1052668 | 0) | 0 | 0) | 0 | 0)));
            i64toi32_i32$1 = wasm2js_scratch_load_i32(1 | 0) | 0;
            i64toi32_i32$2 = 16777215;
            i64toi32_i32$2 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $3091 = i64toi32_i32$2;
            $3091$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $29$hi;
            i64toi32_i32$2 = $3091$hi;
            i64toi32_i32$2 = $307($29_1 | 0, i64toi32_i32$1 | 0, $3091 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $539(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            i64toi32_i32$1 = $7$hi;
            wasm2js_scratch_store_f64(+(+($8_1 | 0)));
            i64toi32_i32$1 = wasm2js_scratch_load_i32(1 | 0) | 0;
            i64toi32_i32$2 = 16777215;
            i64toi32_i32$2 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $3097 = i64toi32_i32$2;
            $3097$hi = i64toi32_i32$1;
            i64toi32_i32$1 = $7$hi;
            i64toi32_i32$2 = $3097$hi;
            i64toi32_i32$2 = $307($7_1 | 0, i64toi32_i32$1 | 0, $3097 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
            $540(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
            label31 : while (1) {
             $8_1 = $541($6_1 | 0, 20 | 0) | 0;
             $4_1 = $542($8_1 | 0) | 0;
             i64toi32_i32$0 = $138($4_1 | 0, 3 | 0) | 0;
             i64toi32_i32$1 = 0;
             i64toi32_i32$2 = 0;
             i64toi32_i32$3 = i64toi32_i32$0 ? 16376 : 262136;
             i64toi32_i32$4 = i64toi32_i32$0 ? i64toi32_i32$1 : i64toi32_i32$2;
             $33_1 = i64toi32_i32$3;
             $33$hi = i64toi32_i32$4;
             $5_1 = $543($8_1 | 0) | 0;
             $10_1 = $544($8_1 | 0) | 0;
             $11_1 = $545($8_1 | 0) | 0;
             i64toi32_i32$3 = $11_1;
             i64toi32_i32$4 = i64toi32_i32$3 >> 31 | 0;
             $7_1 = i64toi32_i32$3;
             $7$hi = i64toi32_i32$4;
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
                                                                block54 : {
                                                                 $9_1 = $546($8_1 | 0) | 0;
                                                                 $8_1 = $547($8_1 | 0) | 0;
                                                                 if (($9_1 | 0) == ($8_1 | 0)) {
                                                                  break block54
                                                                 }
                                                                 block56 : {
                                                                  block69 : {
                                                                   block65 : {
                                                                    block63 : {
                                                                     block61 : {
                                                                      block59 : {
                                                                       block57 : {
                                                                        block55 : {
                                                                         if ($9_1 >>> 0 >= 8 >>> 0) {
                                                                          break block55
                                                                         }
                                                                         i64toi32_i32$4 = $505($107($9_1 | 0, 3 | 0) | 0 | 0) | 0;
                                                                         i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                         $29_1 = i64toi32_i32$4;
                                                                         $29$hi = i64toi32_i32$3;
                                                                         switch ($5_1 | 0) {
                                                                         case 1:
                                                                          break block57;
                                                                         case 2:
                                                                          break block58;
                                                                         case 3:
                                                                          break block59;
                                                                         case 4:
                                                                          break block60;
                                                                         case 5:
                                                                          break block61;
                                                                         case 6:
                                                                          break block62;
                                                                         case 7:
                                                                          break block63;
                                                                         case 8:
                                                                          break block64;
                                                                         case 9:
                                                                          break block65;
                                                                         case 10:
                                                                          break block66;
                                                                         case 11:
                                                                          break block67;
                                                                         case 12:
                                                                          break block68;
                                                                         case 13:
                                                                          break block69;
                                                                         case 14:
                                                                          break block70;
                                                                         case 15:
                                                                          break block71;
                                                                         case 16:
                                                                          break block72;
                                                                         case 17:
                                                                          break block73;
                                                                         case 18:
                                                                         case 20:
                                                                          break block74;
                                                                         case 19:
                                                                         case 21:
                                                                          break block75;
                                                                         case 22:
                                                                          break block76;
                                                                         case 23:
                                                                          break block77;
                                                                         case 24:
                                                                          break block78;
                                                                         case 25:
                                                                          break block79;
                                                                         case 26:
                                                                          break block80;
                                                                         case 27:
                                                                          break block81;
                                                                         case 28:
                                                                          break block82;
                                                                         default:
                                                                          break block56;
                                                                         };
                                                                        }
                                                                        $57($9_1 | 0, 8 | 0, 1051400 | 0);
                                                                        wasm2js_trap();
                                                                       }
                                                                       if ($8_1 >>> 0 > 7 >>> 0) {
                                                                        break block83
                                                                       }
                                                                       i64toi32_i32$3 = $29$hi;
                                                                       i64toi32_i32$3 = $7$hi;
                                                                       i64toi32_i32$3 = $29$hi;
                                                                       i64toi32_i32$4 = $7$hi;
                                                                       i64toi32_i32$4 = $109($29_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                       $3132$hi = i64toi32_i32$3;
                                                                       i64toi32_i32$3 = $33$hi;
                                                                       i64toi32_i32$3 = $3132$hi;
                                                                       $693_1 = i64toi32_i32$4;
                                                                       i64toi32_i32$4 = $33$hi;
                                                                       i64toi32_i32$4 = $143($693_1 | 0, i64toi32_i32$3 | 0, $33_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                       i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                       $10_1 = i64toi32_i32$4;
                                                                       break block84;
                                                                      }
                                                                      if ($8_1 >>> 0 > 7 >>> 0) {
                                                                       break block85
                                                                      }
                                                                      i64toi32_i32$3 = $29$hi;
                                                                      i64toi32_i32$3 = $7$hi;
                                                                      i64toi32_i32$3 = $29$hi;
                                                                      i64toi32_i32$4 = $7$hi;
                                                                      i64toi32_i32$4 = $109($29_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                      $3140$hi = i64toi32_i32$3;
                                                                      i64toi32_i32$3 = $33$hi;
                                                                      i64toi32_i32$3 = $3140$hi;
                                                                      $694_1 = i64toi32_i32$4;
                                                                      i64toi32_i32$4 = $33$hi;
                                                                      i64toi32_i32$4 = $143($694_1 | 0, i64toi32_i32$3 | 0, $33_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                      $10_1 = i64toi32_i32$4;
                                                                      break block86;
                                                                     }
                                                                     if ($8_1 >>> 0 > 7 >>> 0) {
                                                                      break block87
                                                                     }
                                                                     i64toi32_i32$3 = $29$hi;
                                                                     i64toi32_i32$3 = $7$hi;
                                                                     i64toi32_i32$3 = $29$hi;
                                                                     i64toi32_i32$4 = $7$hi;
                                                                     i64toi32_i32$4 = $109($29_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                     i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                     $3148$hi = i64toi32_i32$3;
                                                                     i64toi32_i32$3 = $33$hi;
                                                                     i64toi32_i32$3 = $3148$hi;
                                                                     $695_1 = i64toi32_i32$4;
                                                                     i64toi32_i32$4 = $33$hi;
                                                                     i64toi32_i32$4 = $143($695_1 | 0, i64toi32_i32$3 | 0, $33_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                     i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                     $10_1 = i64toi32_i32$4;
                                                                     break block88;
                                                                    }
                                                                    if ($8_1 >>> 0 > 7 >>> 0) {
                                                                     break block89
                                                                    }
                                                                    i64toi32_i32$3 = $29$hi;
                                                                    i64toi32_i32$3 = $7$hi;
                                                                    i64toi32_i32$3 = $29$hi;
                                                                    i64toi32_i32$4 = $7$hi;
                                                                    i64toi32_i32$4 = $109($29_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                    i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                    $3156$hi = i64toi32_i32$3;
                                                                    i64toi32_i32$3 = $33$hi;
                                                                    i64toi32_i32$3 = $3156$hi;
                                                                    $696_1 = i64toi32_i32$4;
                                                                    i64toi32_i32$4 = $33$hi;
                                                                    i64toi32_i32$4 = $143($696_1 | 0, i64toi32_i32$3 | 0, $33_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                    i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                    $10_1 = i64toi32_i32$4;
                                                                    break block90;
                                                                   }
                                                                   if ($8_1 >>> 0 > 7 >>> 0) {
                                                                    break block91
                                                                   }
                                                                   i64toi32_i32$3 = $29$hi;
                                                                   i64toi32_i32$3 = $7$hi;
                                                                   i64toi32_i32$3 = $29$hi;
                                                                   i64toi32_i32$4 = $7$hi;
                                                                   i64toi32_i32$4 = $109($29_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                   $3164$hi = i64toi32_i32$3;
                                                                   i64toi32_i32$3 = $33$hi;
                                                                   i64toi32_i32$3 = $3164$hi;
                                                                   $697_1 = i64toi32_i32$4;
                                                                   i64toi32_i32$4 = $33$hi;
                                                                   i64toi32_i32$4 = $143($697_1 | 0, i64toi32_i32$3 | 0, $33_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                   $10_1 = i64toi32_i32$4;
                                                                   break block92;
                                                                  }
                                                                  i64toi32_i32$3 = $29$hi;
                                                                  i64toi32_i32$3 = $7$hi;
                                                                  i64toi32_i32$3 = $29$hi;
                                                                  i64toi32_i32$4 = $7$hi;
                                                                  i64toi32_i32$4 = $109($29_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                  $3170$hi = i64toi32_i32$3;
                                                                  i64toi32_i32$3 = $33$hi;
                                                                  i64toi32_i32$3 = $3170$hi;
                                                                  $698_1 = i64toi32_i32$4;
                                                                  i64toi32_i32$4 = $33$hi;
                                                                  i64toi32_i32$4 = $143($698_1 | 0, i64toi32_i32$3 | 0, $33_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                                  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                                  $10_1 = i64toi32_i32$4;
                                                                  break block93;
                                                                 }
                                                                 block94 : {
                                                                  if ($8_1 >>> 0 > 7 >>> 0) {
                                                                   break block94
                                                                  }
                                                                  i64toi32_i32$3 = $505($107($8_1 | 0, 3 | 0) | 0 | 0) | 0;
                                                                  i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
                                                                  $33_1 = i64toi32_i32$3;
                                                                  $33$hi = i64toi32_i32$4;
                                                                  break block95;
                                                                 }
                                                                 $57($8_1 | 0, 8 | 0, 1051432 | 0);
                                                                 wasm2js_trap();
                                                                }
                                                                i64toi32_i32$4 = $7$hi;
                                                                $29_1 = $7_1;
                                                                $29$hi = i64toi32_i32$4;
                                                                switch ($5_1 | 0) {
                                                                case 7:
                                                                 break block100;
                                                                case 9:
                                                                 break block101;
                                                                case 13:
                                                                 break block102;
                                                                case 19:
                                                                case 21:
                                                                 break block103;
                                                                case 24:
                                                                 break block104;
                                                                case 2:
                                                                 break block58;
                                                                case 4:
                                                                 break block60;
                                                                case 6:
                                                                 break block62;
                                                                case 8:
                                                                 break block64;
                                                                case 10:
                                                                 break block66;
                                                                case 11:
                                                                 break block67;
                                                                case 12:
                                                                 break block68;
                                                                case 14:
                                                                 break block70;
                                                                case 15:
                                                                 break block71;
                                                                case 16:
                                                                 break block72;
                                                                case 17:
                                                                 break block73;
                                                                case 18:
                                                                case 20:
                                                                 break block74;
                                                                case 22:
                                                                 break block76;
                                                                case 23:
                                                                 break block77;
                                                                case 25:
                                                                 break block79;
                                                                case 26:
                                                                 break block80;
                                                                case 27:
                                                                 break block81;
                                                                case 28:
                                                                 break block82;
                                                                case 1:
                                                                 break block97;
                                                                case 3:
                                                                 break block98;
                                                                case 5:
                                                                 break block99;
                                                                default:
                                                                 break block96;
                                                                };
                                                               }
                                                               block105 : {
                                                                if ($8_1 >>> 0 < 8 >>> 0) {
                                                                 break block105
                                                                }
                                                                $57($8_1 | 0, 8 | 0, 1051784 | 0);
                                                                wasm2js_trap();
                                                               }
                                                               block106 : {
                                                                if ($9_1 >>> 0 < 8 >>> 0) {
                                                                 break block106
                                                                }
                                                                $57($9_1 | 0, 8 | 0, 1051800 | 0);
                                                                wasm2js_trap();
                                                               }
                                                               i64toi32_i32$4 = $505($107($8_1 | 0, 3 | 0) | 0 | 0) | 0;
                                                               i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                               $3190$hi = i64toi32_i32$3;
                                                               i64toi32_i32$3 = $7$hi;
                                                               i64toi32_i32$3 = $3190$hi;
                                                               $700_1 = i64toi32_i32$4;
                                                               i64toi32_i32$4 = $7$hi;
                                                               i64toi32_i32$4 = $109($700_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$4 | 0) | 0;
                                                               i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                               $3192 = i64toi32_i32$4;
                                                               $3192$hi = i64toi32_i32$3;
                                                               i64toi32_i32$3 = $33$hi;
                                                               i64toi32_i32$2 = $4_1 >>> 0 > 223 >>> 0;
                                                               i64toi32_i32$3 = 0;
                                                               i64toi32_i32$4 = $33$hi;
                                                               i64toi32_i32$1 = i64toi32_i32$2 ? 2097144 : $33_1;
                                                               i64toi32_i32$0 = i64toi32_i32$2 ? i64toi32_i32$3 : i64toi32_i32$4;
                                                               $3196 = i64toi32_i32$1;
                                                               $3196$hi = i64toi32_i32$0;
                                                               i64toi32_i32$0 = $3192$hi;
                                                               i64toi32_i32$1 = $3196$hi;
                                                               i64toi32_i32$1 = $143($3192 | 0, i64toi32_i32$0 | 0, $3196 | 0, i64toi32_i32$1 | 0) | 0;
                                                               i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                               $3198 = i64toi32_i32$1;
                                                               i64toi32_i32$0 = $505($107($9_1 | 0, 3 | 0) | 0 | 0) | 0;
                                                               i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                               $548($3198 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
                                                               break block107;
                                                              }
                                                              block108 : {
                                                               if ($8_1 >>> 0 < 8 >>> 0) {
                                                                break block108
                                                               }
                                                               $57($8_1 | 0, 8 | 0, 1051768 | 0);
                                                               wasm2js_trap();
                                                              }
                                                              $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                                              $3207 = $8_1;
                                                              i64toi32_i32$1 = $505($8_1 | 0) | 0;
                                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                              $3209 = i64toi32_i32$1;
                                                              $3209$hi = i64toi32_i32$0;
                                                              $8_1 = $333($4_1 | 0, 4 | 0) | 0;
                                                              i64toi32_i32$0 = 0;
                                                              $29_1 = $106($8_1 | 0, 8 | 0) | 0;
                                                              $29$hi = i64toi32_i32$0;
                                                              i64toi32_i32$0 = 0;
                                                              i64toi32_i32$1 = $29$hi;
                                                              i64toi32_i32$1 = $142(1 | 0, i64toi32_i32$0 | 0, $29_1 | 0, i64toi32_i32$1 | 0) | 0;
                                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                              $3216$hi = i64toi32_i32$0;
                                                              i64toi32_i32$0 = $7$hi;
                                                              i64toi32_i32$0 = $3216$hi;
                                                              $702_1 = i64toi32_i32$1;
                                                              i64toi32_i32$1 = $7$hi;
                                                              i64toi32_i32$1 = $307($702_1 | 0, i64toi32_i32$0 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
                                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                              $3218 = i64toi32_i32$1;
                                                              $3218$hi = i64toi32_i32$0;
                                                              i64toi32_i32$0 = 0;
                                                              $3221$hi = i64toi32_i32$0;
                                                              i64toi32_i32$0 = -1;
                                                              i64toi32_i32$1 = $3221$hi;
                                                              i64toi32_i32$1 = $112(-2 | 0, i64toi32_i32$0 | 0, $106($8_1 | 0, 7 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
                                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                              $3222 = i64toi32_i32$1;
                                                              $3222$hi = i64toi32_i32$0;
                                                              i64toi32_i32$0 = $3218$hi;
                                                              i64toi32_i32$1 = $3222$hi;
                                                              i64toi32_i32$1 = $143($3218 | 0, i64toi32_i32$0 | 0, $3222 | 0, i64toi32_i32$1 | 0) | 0;
                                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                              $3223 = i64toi32_i32$1;
                                                              $3223$hi = i64toi32_i32$0;
                                                              i64toi32_i32$0 = $3209$hi;
                                                              i64toi32_i32$1 = $3223$hi;
                                                              i64toi32_i32$1 = $109($3209 | 0, i64toi32_i32$0 | 0, $3223 | 0, i64toi32_i32$1 | 0) | 0;
                                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                              $7_1 = i64toi32_i32$1;
                                                              $7$hi = i64toi32_i32$0;
                                                              $493($3207 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
                                                              i64toi32_i32$0 = $29$hi;
                                                              i64toi32_i32$0 = $7$hi;
                                                              i64toi32_i32$1 = $29$hi;
                                                              i64toi32_i32$1 = $139($7_1 | 0, i64toi32_i32$0 | 0, $29_1 | 0, i64toi32_i32$1 | 0) | 0;
                                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                              $703_1 = i64toi32_i32$1;
                                                              i64toi32_i32$1 = 0;
                                                              i64toi32_i32$1 = $143($703_1 | 0, i64toi32_i32$0 | 0, 255 | 0, i64toi32_i32$1 | 0) | 0;
                                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                              if (!!(i64toi32_i32$1 | i64toi32_i32$0 | 0)) {
                                                               break block107
                                                              }
                                                              break block109;
                                                             }
                                                             $8_1 = $138($107($8_1 | 0, 4 | 0) | 0 | 0, 48 | 0) | 0;
                                                             (wasm2js_i32$0 = $8_1, wasm2js_f64$0 = Math_sqrt(+$549($8_1 | 0))), HEAPF64[(wasm2js_i32$0 + 3155272 | 0) >> 3] = wasm2js_f64$0;
                                                             (wasm2js_i32$0 = $8_1, wasm2js_f64$0 = Math_sqrt(+$550($8_1 | 0))), HEAPF64[(wasm2js_i32$0 + 3155264 | 0) >> 3] = wasm2js_f64$0;
                                                             break block107;
                                                            }
                                                            block110 : {
                                                             if ($8_1 >>> 0 < 8 >>> 0) {
                                                              break block110
                                                             }
                                                             $57($8_1 | 0, 8 | 0, 1051720 | 0);
                                                             wasm2js_trap();
                                                            }
                                                            block111 : {
                                                             if ($9_1 >>> 0 < 8 >>> 0) {
                                                              break block111
                                                             }
                                                             $57($9_1 | 0, 8 | 0, 1051720 | 0);
                                                             wasm2js_trap();
                                                            }
                                                            $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                                            i64toi32_i32$0 = $505($8_1 | 0) | 0;
                                                            i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                            $7_1 = i64toi32_i32$0;
                                                            $7$hi = i64toi32_i32$1;
                                                            $10_1 = $107($9_1 | 0, 3 | 0) | 0;
                                                            i64toi32_i32$1 = $505($10_1 | 0) | 0;
                                                            i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                            $493($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
                                                            i64toi32_i32$0 = $7$hi;
                                                            $493($10_1 | 0, $7_1 | 0, i64toi32_i32$0 | 0);
                                                            break block107;
                                                           }
                                                           block112 : {
                                                            if ($8_1 >>> 0 < 8 >>> 0) {
                                                             break block112
                                                            }
                                                            $57($8_1 | 0, 8 | 0, 1051704 | 0);
                                                            wasm2js_trap();
                                                           }
                                                           $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                                           i64toi32_i32$0 = $505($8_1 | 0) | 0;
                                                           i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                           $3267$hi = i64toi32_i32$1;
                                                           i64toi32_i32$1 = $29$hi;
                                                           i64toi32_i32$1 = $3267$hi;
                                                           $704_1 = i64toi32_i32$0;
                                                           i64toi32_i32$0 = $29$hi;
                                                           i64toi32_i32$0 = $112($704_1 | 0, i64toi32_i32$1 | 0, $29_1 | 0, i64toi32_i32$0 | 0) | 0;
                                                           i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                           $493($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
                                                           break block107;
                                                          }
                                                          block113 : {
                                                           if ($8_1 >>> 0 < 8 >>> 0) {
                                                            break block113
                                                           }
                                                           $57($8_1 | 0, 8 | 0, 1051688 | 0);
                                                           wasm2js_trap();
                                                          }
                                                          $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                                          i64toi32_i32$1 = $505($8_1 | 0) | 0;
                                                          i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                          $3277$hi = i64toi32_i32$0;
                                                          i64toi32_i32$0 = $29$hi;
                                                          i64toi32_i32$0 = $3277$hi;
                                                          $706_1 = i64toi32_i32$1;
                                                          i64toi32_i32$1 = $29$hi;
                                                          i64toi32_i32$1 = __wasm_rotr_i64($706_1 | 0, i64toi32_i32$0 | 0, $29_1 | 0, i64toi32_i32$1 | 0) | 0;
                                                          i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                          $493($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
                                                          break block107;
                                                         }
                                                         block114 : {
                                                          if ($8_1 >>> 0 < 8 >>> 0) {
                                                           break block114
                                                          }
                                                          $57($8_1 | 0, 8 | 0, 1051656 | 0);
                                                          wasm2js_trap();
                                                         }
                                                         $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                                         i64toi32_i32$0 = $505($8_1 | 0) | 0;
                                                         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                         $3287$hi = i64toi32_i32$1;
                                                         i64toi32_i32$1 = $29$hi;
                                                         i64toi32_i32$1 = $3287$hi;
                                                         $707_1 = i64toi32_i32$0;
                                                         i64toi32_i32$0 = $29$hi;
                                                         i64toi32_i32$0 = $97($707_1 | 0, i64toi32_i32$1 | 0, $29_1 | 0, i64toi32_i32$0 | 0) | 0;
                                                         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                         $493($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
                                                         break block107;
                                                        }
                                                        block115 : {
                                                         if ($8_1 >>> 0 < 8 >>> 0) {
                                                          break block115
                                                         }
                                                         $57($8_1 | 0, 8 | 0, 1051640 | 0);
                                                         wasm2js_trap();
                                                        }
                                                        $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                                        i64toi32_i32$1 = $505($8_1 | 0) | 0;
                                                        i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                        $3297 = i64toi32_i32$1;
                                                        $3297$hi = i64toi32_i32$0;
                                                        i64toi32_i32$0 = 0;
                                                        i64toi32_i32$1 = $3297$hi;
                                                        i64toi32_i32$1 = $254(0 | 0, i64toi32_i32$0 | 0, $3297 | 0, i64toi32_i32$1 | 0) | 0;
                                                        i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                        $493($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
                                                        break block107;
                                                       }
                                                       if ($8_1 >>> 0 < 8 >>> 0) {
                                                        break block116
                                                       }
                                                      }
                                                      $57($8_1 | 0, 8 | 0, 1051608 | 0);
                                                      wasm2js_trap();
                                                     }
                                                     $10_1 = $138($11_1 | 0, 2097144 | 0) | 0;
                                                    }
                                                    $3305 = $106($3_1 | 0, 80 | 0) | 0;
                                                    i64toi32_i32$0 = $506($10_1 | 0) | 0;
                                                    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                    $7_1 = i64toi32_i32$0;
                                                    $7$hi = i64toi32_i32$1;
                                                    $3308 = i64toi32_i32$0;
                                                    $3308$hi = i64toi32_i32$1;
                                                    i64toi32_i32$0 = 0;
                                                    i64toi32_i32$0 = $551($7_1 | 0, i64toi32_i32$1 | 0, 63 | 0, i64toi32_i32$0 | 0) | 0;
                                                    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                    $3310 = i64toi32_i32$0;
                                                    $3310$hi = i64toi32_i32$1;
                                                    $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                                    i64toi32_i32$1 = $505($8_1 | 0) | 0;
                                                    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                    $7_1 = i64toi32_i32$1;
                                                    $7$hi = i64toi32_i32$0;
                                                    i64toi32_i32$1 = 0;
                                                    i64toi32_i32$1 = $551($7_1 | 0, i64toi32_i32$0 | 0, 63 | 0, i64toi32_i32$1 | 0) | 0;
                                                    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                                    $3317 = i64toi32_i32$1;
                                                    $3317$hi = i64toi32_i32$0;
                                                    i64toi32_i32$0 = $3308$hi;
                                                    i64toi32_i32$1 = $3310$hi;
                                                    i64toi32_i32$2 = $7$hi;
                                                    i64toi32_i32$3 = $3317$hi;
                                                    $63($3305 | 0, $3308 | 0, i64toi32_i32$0 | 0, $3310 | 0, i64toi32_i32$1 | 0, $7_1 | 0, i64toi32_i32$2 | 0, $3317 | 0, i64toi32_i32$3 | 0);
                                                    i64toi32_i32$3 = $146($3_1 | 0) | 0;
                                                    i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                                                    $493($8_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
                                                    break block107;
                                                   }
                                                   block117 : {
                                                    if ($8_1 >>> 0 < 8 >>> 0) {
                                                     break block117
                                                    }
                                                    $57($8_1 | 0, 8 | 0, 1051576 | 0);
                                                    wasm2js_trap();
                                                   }
                                                   block118 : {
                                                    if ($9_1 >>> 0 < 8 >>> 0) {
                                                     break block118
                                                    }
                                                    $57($9_1 | 0, 8 | 0, 1051592 | 0);
                                                    wasm2js_trap();
                                                   }
                                                   $3328 = $106($3_1 | 0, 64 | 0) | 0;
                                                   i64toi32_i32$2 = $505($107($9_1 | 0, 3 | 0) | 0 | 0) | 0;
                                                   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                   $7_1 = i64toi32_i32$2;
                                                   $7$hi = i64toi32_i32$3;
                                                   $3332 = i64toi32_i32$2;
                                                   $3332$hi = i64toi32_i32$3;
                                                   i64toi32_i32$2 = 0;
                                                   i64toi32_i32$2 = $551($7_1 | 0, i64toi32_i32$3 | 0, 63 | 0, i64toi32_i32$2 | 0) | 0;
                                                   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                                   $3334 = i64toi32_i32$2;
                                                   $3334$hi = i64toi32_i32$3;
                                                   $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                                   i64toi32_i32$3 = $505($8_1 | 0) | 0;
                                                   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                                                   $7_1 = i64toi32_i32$3;
                                                   $7$hi = i64toi32_i32$2;
                                                   i64toi32_i32$3 = 0;
                                                   i64toi32_i32$3 = $551($7_1 | 0, i64toi32_i32$2 | 0, 63 | 0, i64toi32_i32$3 | 0) | 0;
                                                   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                                                   $3341 = i64toi32_i32$3;
                                                   $3341$hi = i64toi32_i32$2;
                                                   i64toi32_i32$2 = $3332$hi;
                                                   i64toi32_i32$3 = $3334$hi;
                                                   i64toi32_i32$1 = $7$hi;
                                                   i64toi32_i32$0 = $3341$hi;
                                                   $63($3328 | 0, $3332 | 0, i64toi32_i32$2 | 0, $3334 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$1 | 0, $3341 | 0, i64toi32_i32$0 | 0);
                                                   i64toi32_i32$0 = $148($3_1 | 0) | 0;
                                                   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                                   $493($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
                                                   break block107;
                                                  }
                                                  if ($8_1 >>> 0 < 8 >>> 0) {
                                                   break block119
                                                  }
                                                 }
                                                 $57($8_1 | 0, 8 | 0, 1051560 | 0);
                                                 wasm2js_trap();
                                                }
                                                $10_1 = $138($11_1 | 0, 2097144 | 0) | 0;
                                               }
                                               $3351 = $106($3_1 | 0, 48 | 0) | 0;
                                               i64toi32_i32$1 = $506($10_1 | 0) | 0;
                                               i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                               $3353 = i64toi32_i32$1;
                                               $3353$hi = i64toi32_i32$0;
                                               $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                               i64toi32_i32$0 = $505($8_1 | 0) | 0;
                                               i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                               $3357 = i64toi32_i32$0;
                                               $3357$hi = i64toi32_i32$1;
                                               i64toi32_i32$1 = $3353$hi;
                                               i64toi32_i32$0 = 0;
                                               i64toi32_i32$3 = $3357$hi;
                                               i64toi32_i32$2 = 0;
                                               $63($3351 | 0, $3353 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$0 | 0, $3357 | 0, i64toi32_i32$3 | 0, 0 | 0, i64toi32_i32$2 | 0);
                                               i64toi32_i32$2 = $105($3_1 | 0) | 0;
                                               i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                               $493($8_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
                                               break block107;
                                              }
                                              block120 : {
                                               if ($8_1 >>> 0 < 8 >>> 0) {
                                                break block120
                                               }
                                               $57($8_1 | 0, 8 | 0, 1051528 | 0);
                                               wasm2js_trap();
                                              }
                                              block121 : {
                                               if ($9_1 >>> 0 < 8 >>> 0) {
                                                break block121
                                               }
                                               $57($9_1 | 0, 8 | 0, 1051544 | 0);
                                               wasm2js_trap();
                                              }
                                              $3368 = $106($3_1 | 0, 32 | 0) | 0;
                                              i64toi32_i32$3 = $505($107($9_1 | 0, 3 | 0) | 0 | 0) | 0;
                                              i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                                              $3371 = i64toi32_i32$3;
                                              $3371$hi = i64toi32_i32$2;
                                              $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                              i64toi32_i32$2 = $505($8_1 | 0) | 0;
                                              i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                                              $3375 = i64toi32_i32$2;
                                              $3375$hi = i64toi32_i32$3;
                                              i64toi32_i32$3 = $3371$hi;
                                              i64toi32_i32$2 = 0;
                                              i64toi32_i32$0 = $3375$hi;
                                              i64toi32_i32$1 = 0;
                                              $63($3368 | 0, $3371 | 0, i64toi32_i32$3 | 0, 0 | 0, i64toi32_i32$2 | 0, $3375 | 0, i64toi32_i32$0 | 0, 0 | 0, i64toi32_i32$1 | 0);
                                              i64toi32_i32$1 = $101($3_1 | 0) | 0;
                                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                              $493($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
                                              break block107;
                                             }
                                             if ($8_1 >>> 0 < 8 >>> 0) {
                                              break block122
                                             }
                                            }
                                            $57($8_1 | 0, 8 | 0, 1051512 | 0);
                                            wasm2js_trap();
                                           }
                                           $10_1 = $138($11_1 | 0, 2097144 | 0) | 0;
                                          }
                                          $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                          i64toi32_i32$0 = $506($10_1 | 0) | 0;
                                          i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                          $3388 = i64toi32_i32$0;
                                          $3388$hi = i64toi32_i32$1;
                                          i64toi32_i32$1 = $505($8_1 | 0) | 0;
                                          i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                          $3390 = i64toi32_i32$1;
                                          $3390$hi = i64toi32_i32$0;
                                          i64toi32_i32$0 = $3388$hi;
                                          i64toi32_i32$1 = $3390$hi;
                                          i64toi32_i32$1 = $144($3388 | 0, i64toi32_i32$0 | 0, $3390 | 0, i64toi32_i32$1 | 0) | 0;
                                          i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                          $493($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
                                          break block107;
                                         }
                                         block123 : {
                                          if ($8_1 >>> 0 < 8 >>> 0) {
                                           break block123
                                          }
                                          $57($8_1 | 0, 8 | 0, 1051496 | 0);
                                          wasm2js_trap();
                                         }
                                         $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                         i64toi32_i32$0 = $505($8_1 | 0) | 0;
                                         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                         $3399$hi = i64toi32_i32$1;
                                         i64toi32_i32$1 = $29$hi;
                                         i64toi32_i32$1 = $3399$hi;
                                         $708_1 = i64toi32_i32$0;
                                         i64toi32_i32$0 = $29$hi;
                                         i64toi32_i32$0 = $144($708_1 | 0, i64toi32_i32$1 | 0, $29_1 | 0, i64toi32_i32$0 | 0) | 0;
                                         i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                         $493($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
                                         break block107;
                                        }
                                        if ($8_1 >>> 0 < 8 >>> 0) {
                                         break block124
                                        }
                                       }
                                       $57($8_1 | 0, 8 | 0, 1051480 | 0);
                                       wasm2js_trap();
                                      }
                                      $10_1 = $138($11_1 | 0, 2097144 | 0) | 0;
                                     }
                                     $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                     i64toi32_i32$1 = $505($8_1 | 0) | 0;
                                     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                     $3411 = i64toi32_i32$1;
                                     $3411$hi = i64toi32_i32$0;
                                     i64toi32_i32$0 = $506($10_1 | 0) | 0;
                                     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                     $3413 = i64toi32_i32$0;
                                     $3413$hi = i64toi32_i32$1;
                                     i64toi32_i32$1 = $3411$hi;
                                     i64toi32_i32$0 = $3413$hi;
                                     i64toi32_i32$0 = $254($3411 | 0, i64toi32_i32$1 | 0, $3413 | 0, i64toi32_i32$0 | 0) | 0;
                                     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                     $493($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
                                     break block107;
                                    }
                                    block125 : {
                                     if ($8_1 >>> 0 < 8 >>> 0) {
                                      break block125
                                     }
                                     $57($8_1 | 0, 8 | 0, 1051464 | 0);
                                     wasm2js_trap();
                                    }
                                    $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                    i64toi32_i32$1 = $505($8_1 | 0) | 0;
                                    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                    $3422$hi = i64toi32_i32$0;
                                    i64toi32_i32$0 = $29$hi;
                                    i64toi32_i32$0 = $3422$hi;
                                    $710_1 = i64toi32_i32$1;
                                    i64toi32_i32$1 = $29$hi;
                                    i64toi32_i32$1 = $254($710_1 | 0, i64toi32_i32$0 | 0, $29_1 | 0, i64toi32_i32$1 | 0) | 0;
                                    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                    $493($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
                                    break block107;
                                   }
                                   if ($8_1 >>> 0 < 8 >>> 0) {
                                    break block126
                                   }
                                  }
                                  $57($8_1 | 0, 8 | 0, 1051448 | 0);
                                  wasm2js_trap();
                                 }
                                 $10_1 = $138($11_1 | 0, 2097144 | 0) | 0;
                                }
                                $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                i64toi32_i32$0 = $506($10_1 | 0) | 0;
                                i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                $3434 = i64toi32_i32$0;
                                $3434$hi = i64toi32_i32$1;
                                i64toi32_i32$1 = $505($8_1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $3436 = i64toi32_i32$1;
                                $3436$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = $3434$hi;
                                i64toi32_i32$1 = $3436$hi;
                                i64toi32_i32$1 = $109($3434 | 0, i64toi32_i32$0 | 0, $3436 | 0, i64toi32_i32$1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $493($8_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
                                break block107;
                               }
                               if (!($138($11_1 | 0, $106($11_1 | 0, -1 | 0) | 0 | 0) | 0)) {
                                break block107
                               }
                               block127 : {
                                if ($8_1 >>> 0 >= 8 >>> 0) {
                                 break block127
                                }
                                $8_1 = $107($8_1 | 0, 3 | 0) | 0;
                                i64toi32_i32$0 = 0;
                                $7_1 = $11_1;
                                $7$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = -2147483648;
                                i64toi32_i32$1 = $7$hi;
                                i64toi32_i32$1 = __wasm_i64_udiv(0 | 0, i64toi32_i32$0 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $29_1 = i64toi32_i32$1;
                                $29$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = $7$hi;
                                i64toi32_i32$0 = $29$hi;
                                i64toi32_i32$1 = $7$hi;
                                i64toi32_i32$1 = $144($29_1 | 0, i64toi32_i32$0 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $3454 = i64toi32_i32$1;
                                $3454$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = -2147483648;
                                i64toi32_i32$1 = $3454$hi;
                                i64toi32_i32$1 = $254(0 | 0, i64toi32_i32$0 | 0, $3454 | 0, i64toi32_i32$1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $3455$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = 0;
                                $33_1 = $64(32 | 0, Math_clz32($7_1) | 0) | 0;
                                $33$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = $3455$hi;
                                $712_1 = i64toi32_i32$1;
                                i64toi32_i32$1 = $33$hi;
                                i64toi32_i32$1 = $142($712_1 | 0, i64toi32_i32$0 | 0, $33_1 | 0, i64toi32_i32$1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $3461$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = $7$hi;
                                i64toi32_i32$0 = $3461$hi;
                                $714_1 = i64toi32_i32$1;
                                i64toi32_i32$1 = $7$hi;
                                i64toi32_i32$1 = __wasm_i64_udiv($714_1 | 0, i64toi32_i32$0 | 0, $7_1 | 0, i64toi32_i32$1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $3463 = i64toi32_i32$1;
                                $3463$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = $29$hi;
                                i64toi32_i32$0 = $33$hi;
                                i64toi32_i32$0 = $29$hi;
                                i64toi32_i32$1 = $33$hi;
                                i64toi32_i32$1 = $142($29_1 | 0, i64toi32_i32$0 | 0, $33_1 | 0, i64toi32_i32$1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $3466 = i64toi32_i32$1;
                                $3466$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = $3463$hi;
                                i64toi32_i32$1 = $3466$hi;
                                i64toi32_i32$1 = $109($3463 | 0, i64toi32_i32$0 | 0, $3466 | 0, i64toi32_i32$1 | 0) | 0;
                                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                                $3467 = i64toi32_i32$1;
                                $3467$hi = i64toi32_i32$0;
                                i64toi32_i32$0 = $505($8_1 | 0) | 0;
                                i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                $3469 = i64toi32_i32$0;
                                $3469$hi = i64toi32_i32$1;
                                i64toi32_i32$1 = $3467$hi;
                                i64toi32_i32$0 = $3469$hi;
                                i64toi32_i32$0 = $144($3467 | 0, i64toi32_i32$1 | 0, $3469 | 0, i64toi32_i32$0 | 0) | 0;
                                i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
                                $493($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
                                break block107;
                               }
                               $57($8_1 | 0, 8 | 0, 1051624 | 0);
                               wasm2js_trap();
                              }
                              if ($8_1 >>> 0 > 7 >>> 0) {
                               break block128
                              }
                              i64toi32_i32$1 = $505($107($8_1 | 0, 3 | 0) | 0 | 0) | 0;
                              i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                              $29_1 = i64toi32_i32$1;
                              $29$hi = i64toi32_i32$0;
                              $33_1 = i64toi32_i32$1;
                              $33$hi = i64toi32_i32$0;
                             }
                             $3479 = $107($8_1 | 0, 3 | 0) | 0;
                             i64toi32_i32$0 = $33$hi;
                             i64toi32_i32$0 = $7$hi;
                             i64toi32_i32$4 = ($8_1 | 0) == (5 | 0);
                             i64toi32_i32$1 = 0;
                             i64toi32_i32$3 = i64toi32_i32$4 ? $7_1 : 0;
                             i64toi32_i32$2 = i64toi32_i32$4 ? i64toi32_i32$0 : i64toi32_i32$1;
                             $3484 = i64toi32_i32$3;
                             $3484$hi = i64toi32_i32$2;
                             i64toi32_i32$2 = $33$hi;
                             i64toi32_i32$3 = $3484$hi;
                             i64toi32_i32$3 = $109($33_1 | 0, i64toi32_i32$2 | 0, $3484 | 0, i64toi32_i32$3 | 0) | 0;
                             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                             $3485 = i64toi32_i32$3;
                             $3485$hi = i64toi32_i32$2;
                             i64toi32_i32$2 = $29$hi;
                             i64toi32_i32$2 = 0;
                             $3490$hi = i64toi32_i32$2;
                             i64toi32_i32$2 = $29$hi;
                             i64toi32_i32$3 = $3490$hi;
                             i64toi32_i32$3 = $142($29_1 | 0, i64toi32_i32$2 | 0, $138($333($4_1 | 0, 2 | 0) | 0 | 0, 3 | 0) | 0 | 0, i64toi32_i32$3 | 0) | 0;
                             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                             $3491 = i64toi32_i32$3;
                             $3491$hi = i64toi32_i32$2;
                             i64toi32_i32$2 = $3485$hi;
                             i64toi32_i32$3 = $3491$hi;
                             i64toi32_i32$3 = $109($3485 | 0, i64toi32_i32$2 | 0, $3491 | 0, i64toi32_i32$3 | 0) | 0;
                             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                             $493($3479 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
                             break block107;
                            }
                            $57($8_1 | 0, 8 | 0, 1051416 | 0);
                            wasm2js_trap();
                           }
                           i64toi32_i32$2 = $29$hi;
                           i64toi32_i32$2 = 0;
                           $3496$hi = i64toi32_i32$2;
                           i64toi32_i32$2 = $29$hi;
                           i64toi32_i32$3 = $3496$hi;
                           i64toi32_i32$3 = __wasm_rotr_i64($29_1 | 0, i64toi32_i32$2 | 0, $11_1 | 0, i64toi32_i32$3 | 0) | 0;
                           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                           $409(0 | 0, $138(i64toi32_i32$3 | 0, 3 | 0) | 0 | 0);
                           break block107;
                          }
                          if ($8_1 >>> 0 > 7 >>> 0) {
                           break block129
                          }
                          i64toi32_i32$2 = $505($107($8_1 | 0, 3 | 0) | 0 | 0) | 0;
                          i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                          $29_1 = i64toi32_i32$2;
                          $29$hi = i64toi32_i32$3;
                         }
                         $8_1 = $138($107($8_1 | 0, 4 | 0) | 0 | 0, 48 | 0) | 0;
                         $3510 = +$549($8_1 | 0);
                         i64toi32_i32$3 = $29$hi;
                         i64toi32_i32$3 = $7$hi;
                         i64toi32_i32$3 = $29$hi;
                         i64toi32_i32$2 = $7$hi;
                         i64toi32_i32$2 = $109($29_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$2 | 0) | 0;
                         i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                         $3513$hi = i64toi32_i32$3;
                         i64toi32_i32$3 = $33$hi;
                         i64toi32_i32$3 = $3513$hi;
                         $716_1 = i64toi32_i32$2;
                         i64toi32_i32$2 = $33$hi;
                         i64toi32_i32$2 = $143($716_1 | 0, i64toi32_i32$3 | 0, $33_1 | 0, i64toi32_i32$2 | 0) | 0;
                         i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                         $10_1 = i64toi32_i32$2;
                         wasm2js_scratch_store_f64(+(+($552(i64toi32_i32$2 | 0) | 0 | 0)));
                         i64toi32_i32$3 = wasm2js_scratch_load_i32(1 | 0) | 0;
                         i64toi32_i32$2 = 16777215;
                         i64toi32_i32$2 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$3 | 0, -1 | 0, i64toi32_i32$2 | 0) | 0;
                         i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                         $3521 = i64toi32_i32$2;
                         $3521$hi = i64toi32_i32$3;
                         i64toi32_i32$3 = $526(0 | 0) | 0;
                         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                         $3522 = i64toi32_i32$3;
                         $3522$hi = i64toi32_i32$2;
                         i64toi32_i32$2 = $3521$hi;
                         i64toi32_i32$3 = $3522$hi;
                         i64toi32_i32$3 = $307($3521 | 0, i64toi32_i32$2 | 0, $3522 | 0, i64toi32_i32$3 | 0) | 0;
                         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                         wasm2js_scratch_store_i32(0 | 0, i64toi32_i32$3 | 0);
                         wasm2js_scratch_store_i32(1 | 0, i64toi32_i32$2 | 0);
                         (wasm2js_i32$0 = $8_1, wasm2js_f64$0 = $3510 / +wasm2js_scratch_load_f64()), HEAPF64[(wasm2js_i32$0 + 3155272 | 0) >> 3] = wasm2js_f64$0;
                         $3528 = +$550($8_1 | 0);
                         wasm2js_scratch_store_f64(+(+($522($10_1 | 0) | 0 | 0)));
                         i64toi32_i32$2 = wasm2js_scratch_load_i32(1 | 0) | 0;
                         i64toi32_i32$3 = 16777215;
                         i64toi32_i32$3 = $143(wasm2js_scratch_load_i32(0 | 0) | 0 | 0, i64toi32_i32$2 | 0, -1 | 0, i64toi32_i32$3 | 0) | 0;
                         i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                         $3533 = i64toi32_i32$3;
                         $3533$hi = i64toi32_i32$2;
                         i64toi32_i32$2 = $525(0 | 0) | 0;
                         i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                         $3534 = i64toi32_i32$2;
                         $3534$hi = i64toi32_i32$3;
                         i64toi32_i32$3 = $3533$hi;
                         i64toi32_i32$2 = $3534$hi;
                         i64toi32_i32$2 = $307($3533 | 0, i64toi32_i32$3 | 0, $3534 | 0, i64toi32_i32$2 | 0) | 0;
                         i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                         wasm2js_scratch_store_i32(0 | 0, i64toi32_i32$2 | 0);
                         wasm2js_scratch_store_i32(1 | 0, i64toi32_i32$3 | 0);
                         (wasm2js_i32$0 = $8_1, wasm2js_f64$0 = $3528 / +wasm2js_scratch_load_f64()), HEAPF64[(wasm2js_i32$0 + 3155264 | 0) >> 3] = wasm2js_f64$0;
                         break block107;
                        }
                        $57($8_1 | 0, 8 | 0, 1051752 | 0);
                        wasm2js_trap();
                       }
                       $8_1 = $138($107($8_1 | 0, 4 | 0) | 0 | 0, 48 | 0) | 0;
                       $10_1 = $138($107($9_1 | 0, 4 | 0) | 0 | 0, 48 | 0) | 0;
                       (wasm2js_i32$0 = $8_1, wasm2js_f64$0 = +$553($10_1 | 0) * +$549($8_1 | 0)), HEAPF64[(wasm2js_i32$0 + 3155272 | 0) >> 3] = wasm2js_f64$0;
                       (wasm2js_i32$0 = $8_1, wasm2js_f64$0 = +$554($10_1 | 0) * +$550($8_1 | 0)), HEAPF64[(wasm2js_i32$0 + 3155264 | 0) >> 3] = wasm2js_f64$0;
                       break block107;
                      }
                      $8_1 = $138($107($8_1 | 0, 4 | 0) | 0 | 0, 48 | 0) | 0;
                      i64toi32_i32$3 = $555($8_1 | 0) | 0;
                      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                      $718_1 = i64toi32_i32$3;
                      i64toi32_i32$3 = -2131755008;
                      i64toi32_i32$3 = $97($718_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$3 | 0) | 0;
                      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                      $556($8_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
                      i64toi32_i32$2 = $557($8_1 | 0) | 0;
                      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                      $719_1 = i64toi32_i32$2;
                      i64toi32_i32$2 = -2131755008;
                      i64toi32_i32$2 = $97($719_1 | 0, i64toi32_i32$3 | 0, 0 | 0, i64toi32_i32$2 | 0) | 0;
                      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                      $558($8_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
                      break block107;
                     }
                     if ($8_1 >>> 0 > 7 >>> 0) {
                      break block130
                     }
                     i64toi32_i32$3 = $505($107($8_1 | 0, 3 | 0) | 0 | 0) | 0;
                     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                     $29_1 = i64toi32_i32$3;
                     $29$hi = i64toi32_i32$2;
                    }
                    $8_1 = $138($107($8_1 | 0, 4 | 0) | 0 | 0, 48 | 0) | 0;
                    $3578 = +$559($8_1 | 0);
                    i64toi32_i32$2 = $29$hi;
                    i64toi32_i32$2 = $7$hi;
                    i64toi32_i32$2 = $29$hi;
                    i64toi32_i32$3 = $7$hi;
                    i64toi32_i32$3 = $109($29_1 | 0, i64toi32_i32$2 | 0, $7_1 | 0, i64toi32_i32$3 | 0) | 0;
                    i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                    $3581$hi = i64toi32_i32$2;
                    i64toi32_i32$2 = $33$hi;
                    i64toi32_i32$2 = $3581$hi;
                    $720_1 = i64toi32_i32$3;
                    i64toi32_i32$3 = $33$hi;
                    i64toi32_i32$3 = $143($720_1 | 0, i64toi32_i32$2 | 0, $33_1 | 0, i64toi32_i32$3 | 0) | 0;
                    i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                    $10_1 = i64toi32_i32$3;
                    $49_1 = +($552(i64toi32_i32$3 | 0) | 0 | 0);
                    $9_1 = ($5_1 | 0) == (19 | 0);
                    HEAPF64[($8_1 + 3155208 | 0) >> 3] = $3578 + ($9_1 ? $49_1 : -$49_1);
                    $3598 = +$560($8_1 | 0);
                    $49_1 = +($522(i64toi32_i32$3 | 0) | 0 | 0);
                    HEAPF64[($8_1 + 3155200 | 0) >> 3] = $3598 + ($9_1 ? $49_1 : -$49_1);
                    break block107;
                   }
                   $57($8_1 | 0, 8 | 0, 1051736 | 0);
                   wasm2js_trap();
                  }
                  $8_1 = $138($107($8_1 | 0, 4 | 0) | 0 | 0, 48 | 0) | 0;
                  $49_1 = ($5_1 | 0) == (18 | 0) ? 1.0 : -1.0;
                  $10_1 = $138($107($9_1 | 0, 4 | 0) | 0 | 0, 48 | 0) | 0;
                  (wasm2js_i32$0 = $8_1, wasm2js_f64$0 = $49_1 * +$553($10_1 | 0) + +$559($8_1 | 0)), HEAPF64[(wasm2js_i32$0 + 3155208 | 0) >> 3] = wasm2js_f64$0;
                  (wasm2js_i32$0 = $8_1, wasm2js_f64$0 = +$560($8_1 | 0) + +$554($10_1 | 0) * $49_1), HEAPF64[(wasm2js_i32$0 + 3155200 | 0) >> 3] = wasm2js_f64$0;
                  break block107;
                 }
                 $8_1 = $138($107($8_1 | 0, 4 | 0) | 0 | 0, 112 | 0) | 0;
                 $10_1 = $106($8_1 | 0, 3155208 | 0) | 0;
                 i64toi32_i32$2 = $98($10_1 | 0) | 0;
                 i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                 $7_1 = i64toi32_i32$2;
                 $7$hi = i64toi32_i32$3;
                 $8_1 = $106($8_1 | 0, 3155200 | 0) | 0;
                 i64toi32_i32$3 = $98($8_1 | 0) | 0;
                 i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                 $66($10_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
                 i64toi32_i32$2 = $7$hi;
                 $66($8_1 | 0, $7_1 | 0, i64toi32_i32$2 | 0);
                 break block107;
                }
                $10_1 = $138($11_1 | 0, 2097144 | 0) | 0;
               }
               if ($8_1 >>> 0 >= 8 >>> 0) {
                break block131
               }
               $8_1 = $107($8_1 | 0, 3 | 0) | 0;
               i64toi32_i32$2 = $505($8_1 | 0) | 0;
               i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
               $3656 = i64toi32_i32$2;
               $3656$hi = i64toi32_i32$3;
               i64toi32_i32$3 = $506($10_1 | 0) | 0;
               i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
               $3658 = i64toi32_i32$3;
               $3658$hi = i64toi32_i32$2;
               i64toi32_i32$2 = $3656$hi;
               i64toi32_i32$3 = $3658$hi;
               i64toi32_i32$3 = $97($3656 | 0, i64toi32_i32$2 | 0, $3658 | 0, i64toi32_i32$3 | 0) | 0;
               i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
               $493($8_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
              }
              $10_1 = $106($6_1 | 0, 1 | 0) | 0;
             }
             $6_1 = $10_1;
             if ($10_1 >>> 0 < 256 >>> 0) {
              continue label31
             }
             break label31;
            };
            $8_1 = $561(0 | 0) | 0;
            if ($8_1 >>> 0 >= 8 >>> 0) {
             break block132
            }
            $10_1 = $562(0 | 0) | 0;
            if ($10_1 >>> 0 >= 8 >>> 0) {
             break block133
            }
            $5_1 = 0;
            i64toi32_i32$2 = $563($107($10_1 | 0, 3 | 0) | 0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $3673 = i64toi32_i32$2;
            $3673$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $563($107($8_1 | 0, 3 | 0) | 0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $3676 = i64toi32_i32$3;
            $3676$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $3673$hi;
            i64toi32_i32$3 = $3676$hi;
            i64toi32_i32$3 = $97($3673 | 0, i64toi32_i32$2 | 0, $3676 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $3677 = i64toi32_i32$3;
            $3677$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $502(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $3678 = i64toi32_i32$2;
            $3678$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $3677$hi;
            i64toi32_i32$2 = $3678$hi;
            i64toi32_i32$2 = $97($3677 | 0, i64toi32_i32$3 | 0, $3678 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $45_1 = i64toi32_i32$2;
            $45$hi = i64toi32_i32$3;
            $461(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $501(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $46_1 = i64toi32_i32$3;
            $46$hi = i64toi32_i32$2;
            i64toi32_i32$3 = 0;
            i64toi32_i32$3 = $143($46_1 | 0, i64toi32_i32$2 | 0, 2147483647 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $3684 = i64toi32_i32$3;
            $3684$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $564(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $3685 = i64toi32_i32$2;
            $3685$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $3684$hi;
            i64toi32_i32$2 = $3685$hi;
            i64toi32_i32$2 = $109($3684 | 0, i64toi32_i32$3 | 0, $3685 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $721_1 = i64toi32_i32$2;
            i64toi32_i32$2 = 0;
            i64toi32_i32$2 = $139($721_1 | 0, i64toi32_i32$3 | 0, 6 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $7_1 = i64toi32_i32$2;
            $7$hi = i64toi32_i32$3;
            i64toi32_i32$2 = 1481765933;
            i64toi32_i32$2 = $144($7_1 | 0, i64toi32_i32$3 | 0, 1284865837 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $722_1 = i64toi32_i32$2;
            i64toi32_i32$2 = 1481765933;
            i64toi32_i32$2 = $109($722_1 | 0, i64toi32_i32$3 | 0, 1284865837 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $29_1 = i64toi32_i32$2;
            $29$hi = i64toi32_i32$3;
            $90($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$2 = -2071643145;
            i64toi32_i32$2 = $97($29_1 | 0, i64toi32_i32$3 | 0, -1238571698 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $300($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $29$hi;
            i64toi32_i32$2 = 791303796;
            i64toi32_i32$2 = $97($29_1 | 0, i64toi32_i32$3 | 0, 1827024248 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $301($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $29$hi;
            i64toi32_i32$2 = -1841827911;
            i64toi32_i32$2 = $97($29_1 | 0, i64toi32_i32$3 | 0, -827659252 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $302($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $29$hi;
            i64toi32_i32$2 = 1229792663;
            i64toi32_i32$2 = $97($29_1 | 0, i64toi32_i32$3 | 0, 396331618 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $303($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $29$hi;
            i64toi32_i32$2 = -2128168676;
            i64toi32_i32$2 = $97($29_1 | 0, i64toi32_i32$3 | 0, -1088272036 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $96($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $29$hi;
            i64toi32_i32$2 = -1485792801;
            i64toi32_i32$2 = $97($29_1 | 0, i64toi32_i32$3 | 0, 952293446 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $94($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $29$hi;
            i64toi32_i32$2 = -2130012278;
            i64toi32_i32$2 = $97($29_1 | 0, i64toi32_i32$3 | 0, 1509270012 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $92($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            label33 : while (1) {
             $11_1 = $106($5_1 | 0, 3080 | 0) | 0;
             i64toi32_i32$3 = $7$hi;
             $4_1 = $138($107($7_1 | 0, 3 | 0) | 0 | 0, 2097144 | 0) | 0;
             $10_1 = 0;
             label32 : while (1) {
              $8_1 = $106($5_1 | 0, $10_1 | 0) | 0;
              $6_1 = $135($106($8_1 | 0, 19932700 | 0) | 0 | 0) | 0;
              if ($6_1 >>> 0 > 7 >>> 0) {
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
                         block135 : {
                          $9_1 = $135($106($8_1 | 0, 19932696 | 0) | 0 | 0) | 0;
                          if ($9_1 >>> 0 >= 8 >>> 0) {
                           break block135
                          }
                          i64toi32_i32$3 = $98($106($106($3_1 | 0, 96 | 0) | 0 | 0, $107($6_1 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
                          i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                          $7_1 = i64toi32_i32$3;
                          $7$hi = i64toi32_i32$2;
                          $6_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, $107($9_1 | 0, 3 | 0) | 0 | 0) | 0;
                          switch ($135($106($8_1 | 0, 19932680 | 0) | 0 | 0) | 0 | 0) {
                          case 1:
                           break block137;
                          case 2:
                           break block138;
                          case 3:
                           break block139;
                          case 4:
                           break block140;
                          case 5:
                           break block141;
                          case 6:
                           break block142;
                          case 7:
                           break block143;
                          case 8:
                           break block144;
                          case 9:
                           break block145;
                          default:
                           break block136;
                          };
                         }
                         $57($9_1 | 0, 8 | 0, 1049240 | 0);
                         wasm2js_trap();
                        }
                        i64toi32_i32$2 = $98($6_1 | 0) | 0;
                        i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                        $3748$hi = i64toi32_i32$3;
                        i64toi32_i32$3 = $7$hi;
                        i64toi32_i32$3 = $3748$hi;
                        $723_1 = i64toi32_i32$2;
                        i64toi32_i32$2 = $7$hi;
                        i64toi32_i32$2 = $254($723_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$2 | 0) | 0;
                        i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                        $7_1 = i64toi32_i32$2;
                        $7$hi = i64toi32_i32$3;
                        break block146;
                       }
                       i64toi32_i32$3 = $98($6_1 | 0) | 0;
                       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                       $3752$hi = i64toi32_i32$2;
                       i64toi32_i32$2 = $7$hi;
                       i64toi32_i32$2 = $3752$hi;
                       $724_1 = i64toi32_i32$3;
                       i64toi32_i32$3 = $7$hi;
                       i64toi32_i32$3 = $97($724_1 | 0, i64toi32_i32$2 | 0, $7_1 | 0, i64toi32_i32$3 | 0) | 0;
                       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                       $7_1 = i64toi32_i32$3;
                       $7$hi = i64toi32_i32$2;
                       break block146;
                      }
                      i64toi32_i32$2 = $7$hi;
                      i64toi32_i32$2 = $565($106($8_1 | 0, 19932684 | 0) | 0 | 0) | 0;
                      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                      $3758 = i64toi32_i32$2;
                      $3758$hi = i64toi32_i32$3;
                      i64toi32_i32$3 = $7$hi;
                      i64toi32_i32$2 = $3758$hi;
                      i64toi32_i32$2 = $142($7_1 | 0, i64toi32_i32$3 | 0, $3758 | 0, i64toi32_i32$2 | 0) | 0;
                      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                      $3759 = i64toi32_i32$2;
                      $3759$hi = i64toi32_i32$3;
                      i64toi32_i32$3 = $98($6_1 | 0) | 0;
                      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                      $3761 = i64toi32_i32$3;
                      $3761$hi = i64toi32_i32$2;
                      i64toi32_i32$2 = $3759$hi;
                      i64toi32_i32$3 = $3761$hi;
                      i64toi32_i32$3 = $109($3759 | 0, i64toi32_i32$2 | 0, $3761 | 0, i64toi32_i32$3 | 0) | 0;
                      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                      $7_1 = i64toi32_i32$3;
                      $7$hi = i64toi32_i32$2;
                      break block146;
                     }
                     i64toi32_i32$2 = $98($6_1 | 0) | 0;
                     i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                     $3764$hi = i64toi32_i32$3;
                     i64toi32_i32$3 = $7$hi;
                     i64toi32_i32$3 = $3764$hi;
                     $725_1 = i64toi32_i32$2;
                     i64toi32_i32$2 = $7$hi;
                     i64toi32_i32$2 = $144($725_1 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$2 | 0) | 0;
                     i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                     $7_1 = i64toi32_i32$2;
                     $7$hi = i64toi32_i32$3;
                     break block146;
                    }
                    i64toi32_i32$3 = $98($6_1 | 0) | 0;
                    i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                    $3768 = i64toi32_i32$3;
                    $3768$hi = i64toi32_i32$2;
                    i64toi32_i32$2 = $565($106($8_1 | 0, 19932684 | 0) | 0 | 0) | 0;
                    i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                    $3771 = i64toi32_i32$2;
                    $3771$hi = i64toi32_i32$3;
                    i64toi32_i32$3 = $3768$hi;
                    i64toi32_i32$2 = $3771$hi;
                    i64toi32_i32$2 = __wasm_rotr_i64($3768 | 0, i64toi32_i32$3 | 0, $3771 | 0, i64toi32_i32$2 | 0) | 0;
                    i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                    $7_1 = i64toi32_i32$2;
                    $7$hi = i64toi32_i32$3;
                    break block146;
                   }
                   i64toi32_i32$3 = $98($6_1 | 0) | 0;
                   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                   $3774 = i64toi32_i32$3;
                   $3774$hi = i64toi32_i32$2;
                   i64toi32_i32$2 = $98($106($8_1 | 0, 19932688 | 0) | 0 | 0) | 0;
                   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                   $3777 = i64toi32_i32$2;
                   $3777$hi = i64toi32_i32$3;
                   i64toi32_i32$3 = $3774$hi;
                   i64toi32_i32$2 = $3777$hi;
                   i64toi32_i32$2 = $109($3774 | 0, i64toi32_i32$3 | 0, $3777 | 0, i64toi32_i32$2 | 0) | 0;
                   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                   $7_1 = i64toi32_i32$2;
                   $7$hi = i64toi32_i32$3;
                   break block146;
                  }
                  i64toi32_i32$3 = $98($6_1 | 0) | 0;
                  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                  $3780 = i64toi32_i32$3;
                  $3780$hi = i64toi32_i32$2;
                  i64toi32_i32$2 = $98($106($8_1 | 0, 19932688 | 0) | 0 | 0) | 0;
                  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                  $3783 = i64toi32_i32$2;
                  $3783$hi = i64toi32_i32$3;
                  i64toi32_i32$3 = $3780$hi;
                  i64toi32_i32$2 = $3783$hi;
                  i64toi32_i32$2 = $97($3780 | 0, i64toi32_i32$3 | 0, $3783 | 0, i64toi32_i32$2 | 0) | 0;
                  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                  $7_1 = i64toi32_i32$2;
                  $7$hi = i64toi32_i32$3;
                  break block146;
                 }
                 i64toi32_i32$3 = $98($6_1 | 0) | 0;
                 i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
                 $3787$hi = i64toi32_i32$2;
                 i64toi32_i32$2 = $7$hi;
                 i64toi32_i32$2 = $3787$hi;
                 $726_1 = i64toi32_i32$3;
                 i64toi32_i32$3 = 0;
                 i64toi32_i32$4 = $7$hi;
                 i64toi32_i32$0 = 0;
                 $63($3_1 | 0, $726_1 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$3 | 0, $7_1 | 0, i64toi32_i32$4 | 0, 0 | 0, i64toi32_i32$0 | 0);
                 i64toi32_i32$0 = $100($3_1 | 0) | 0;
                 i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
                 $7_1 = i64toi32_i32$0;
                 $7$hi = i64toi32_i32$4;
                 break block146;
                }
                $3792 = $106($3_1 | 0, 16 | 0) | 0;
                i64toi32_i32$4 = $98($6_1 | 0) | 0;
                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                $29_1 = i64toi32_i32$4;
                $29$hi = i64toi32_i32$0;
                i64toi32_i32$4 = 0;
                i64toi32_i32$4 = $551($29_1 | 0, i64toi32_i32$0 | 0, 63 | 0, i64toi32_i32$4 | 0) | 0;
                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                $3797 = i64toi32_i32$4;
                $3797$hi = i64toi32_i32$0;
                i64toi32_i32$0 = $7$hi;
                i64toi32_i32$4 = 0;
                i64toi32_i32$4 = $551($7_1 | 0, i64toi32_i32$0 | 0, 63 | 0, i64toi32_i32$4 | 0) | 0;
                i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
                $3800 = i64toi32_i32$4;
                $3800$hi = i64toi32_i32$0;
                i64toi32_i32$0 = $29$hi;
                i64toi32_i32$4 = $3797$hi;
                i64toi32_i32$3 = $7$hi;
                i64toi32_i32$2 = $3800$hi;
                $63($3792 | 0, $29_1 | 0, i64toi32_i32$0 | 0, $3797 | 0, i64toi32_i32$4 | 0, $7_1 | 0, i64toi32_i32$3 | 0, $3800 | 0, i64toi32_i32$2 | 0);
                i64toi32_i32$2 = $104($3_1 | 0) | 0;
                i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
                $7_1 = i64toi32_i32$2;
                $7$hi = i64toi32_i32$3;
                break block146;
               }
               i64toi32_i32$3 = $98($6_1 | 0) | 0;
               i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
               $3804 = i64toi32_i32$3;
               $3804$hi = i64toi32_i32$2;
               i64toi32_i32$2 = $98($106($8_1 | 0, 19932688 | 0) | 0 | 0) | 0;
               i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
               $3807 = i64toi32_i32$2;
               $3807$hi = i64toi32_i32$3;
               i64toi32_i32$3 = $3804$hi;
               i64toi32_i32$2 = $3807$hi;
               i64toi32_i32$2 = $144($3804 | 0, i64toi32_i32$3 | 0, $3807 | 0, i64toi32_i32$2 | 0) | 0;
               i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
               $7_1 = i64toi32_i32$2;
               $7$hi = i64toi32_i32$3;
              }
              i64toi32_i32$3 = $7$hi;
              $66($6_1 | 0, $7_1 | 0, i64toi32_i32$3 | 0);
              $10_1 = $106($10_1 | 0, 24 | 0) | 0;
              if (($10_1 | 0) != (3072 | 0)) {
               continue label32
              }
              break label32;
             };
             i64toi32_i32$3 = $149($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $3817 = i64toi32_i32$3;
             $3817$hi = i64toi32_i32$2;
             $8_1 = $107($4_1 | 0, 3 | 0) | 0;
             i64toi32_i32$2 = $566($8_1 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $3821 = i64toi32_i32$2;
             $3821$hi = i64toi32_i32$3;
             i64toi32_i32$3 = $3817$hi;
             i64toi32_i32$2 = $3821$hi;
             i64toi32_i32$2 = $97($3817 | 0, i64toi32_i32$3 | 0, $3821 | 0, i64toi32_i32$2 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $29_1 = i64toi32_i32$2;
             $29$hi = i64toi32_i32$3;
             $90($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
             i64toi32_i32$3 = $147($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $3826 = i64toi32_i32$3;
             $3826$hi = i64toi32_i32$2;
             i64toi32_i32$2 = $567($8_1 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $3828 = i64toi32_i32$2;
             $3828$hi = i64toi32_i32$3;
             i64toi32_i32$3 = $3826$hi;
             i64toi32_i32$2 = $3828$hi;
             i64toi32_i32$2 = $97($3826 | 0, i64toi32_i32$3 | 0, $3828 | 0, i64toi32_i32$2 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $33_1 = i64toi32_i32$2;
             $33$hi = i64toi32_i32$3;
             $92($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
             i64toi32_i32$3 = $151($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $3833 = i64toi32_i32$3;
             $3833$hi = i64toi32_i32$2;
             i64toi32_i32$2 = $568($8_1 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $3835 = i64toi32_i32$2;
             $3835$hi = i64toi32_i32$3;
             i64toi32_i32$3 = $3833$hi;
             i64toi32_i32$2 = $3835$hi;
             i64toi32_i32$2 = $97($3833 | 0, i64toi32_i32$3 | 0, $3835 | 0, i64toi32_i32$2 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $30_1 = i64toi32_i32$2;
             $30$hi = i64toi32_i32$3;
             $94($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
             i64toi32_i32$3 = $145($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $3840 = i64toi32_i32$3;
             $3840$hi = i64toi32_i32$2;
             i64toi32_i32$2 = $569($8_1 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $3842 = i64toi32_i32$2;
             $3842$hi = i64toi32_i32$3;
             i64toi32_i32$3 = $3840$hi;
             i64toi32_i32$2 = $3842$hi;
             i64toi32_i32$2 = $97($3840 | 0, i64toi32_i32$3 | 0, $3842 | 0, i64toi32_i32$2 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $32_1 = i64toi32_i32$2;
             $32$hi = i64toi32_i32$3;
             $96($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
             i64toi32_i32$3 = $570($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $3847 = i64toi32_i32$3;
             $3847$hi = i64toi32_i32$2;
             i64toi32_i32$2 = $571($8_1 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $3849 = i64toi32_i32$2;
             $3849$hi = i64toi32_i32$3;
             i64toi32_i32$3 = $3847$hi;
             i64toi32_i32$2 = $3849$hi;
             i64toi32_i32$2 = $97($3847 | 0, i64toi32_i32$3 | 0, $3849 | 0, i64toi32_i32$2 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $28_1 = i64toi32_i32$2;
             $28$hi = i64toi32_i32$3;
             $303($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
             i64toi32_i32$3 = $572($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $3854 = i64toi32_i32$3;
             $3854$hi = i64toi32_i32$2;
             i64toi32_i32$2 = $573($8_1 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $3856 = i64toi32_i32$2;
             $3856$hi = i64toi32_i32$3;
             i64toi32_i32$3 = $3854$hi;
             i64toi32_i32$2 = $3856$hi;
             i64toi32_i32$2 = $97($3854 | 0, i64toi32_i32$3 | 0, $3856 | 0, i64toi32_i32$2 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $44_1 = i64toi32_i32$2;
             $44$hi = i64toi32_i32$3;
             $302($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
             i64toi32_i32$3 = $574($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $3861 = i64toi32_i32$3;
             $3861$hi = i64toi32_i32$2;
             i64toi32_i32$2 = $575($8_1 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $3863 = i64toi32_i32$2;
             $3863$hi = i64toi32_i32$3;
             i64toi32_i32$3 = $3861$hi;
             i64toi32_i32$2 = $3863$hi;
             i64toi32_i32$2 = $97($3861 | 0, i64toi32_i32$3 | 0, $3863 | 0, i64toi32_i32$2 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $48_1 = i64toi32_i32$2;
             $48$hi = i64toi32_i32$3;
             $301($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
             i64toi32_i32$3 = $576($3_1 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $3868 = i64toi32_i32$3;
             $3868$hi = i64toi32_i32$2;
             i64toi32_i32$2 = $577($8_1 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $3870 = i64toi32_i32$2;
             $3870$hi = i64toi32_i32$3;
             i64toi32_i32$3 = $3868$hi;
             i64toi32_i32$2 = $3870$hi;
             i64toi32_i32$2 = $97($3868 | 0, i64toi32_i32$3 | 0, $3870 | 0, i64toi32_i32$2 | 0) | 0;
             i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
             $50_1 = i64toi32_i32$2;
             $50$hi = i64toi32_i32$3;
             $300($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
             $8_1 = $135($106($5_1 | 0, 19935752 | 0) | 0 | 0) | 0;
             if ($8_1 >>> 0 > 7 >>> 0) {
              break block147
             }
             i64toi32_i32$3 = $98($106($106($3_1 | 0, 96 | 0) | 0 | 0, $107($8_1 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
             i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
             $7_1 = i64toi32_i32$3;
             $7$hi = i64toi32_i32$2;
             $5_1 = $11_1;
             if (($11_1 | 0) != (24640 | 0)) {
              continue label33
             }
             break label33;
            };
            i64toi32_i32$2 = $46$hi;
            $461(0 | 0, $46_1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $45$hi;
            $459(0 | 0, $45_1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $505(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $3889$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $29$hi;
            i64toi32_i32$3 = $3889$hi;
            $727_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $29$hi;
            i64toi32_i32$2 = $97($727_1 | 0, i64toi32_i32$3 | 0, $29_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $47_1 = i64toi32_i32$2;
            $47$hi = i64toi32_i32$3;
            $493(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $578(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $3893$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $33$hi;
            i64toi32_i32$2 = $3893$hi;
            $728_1 = i64toi32_i32$3;
            i64toi32_i32$3 = $33$hi;
            i64toi32_i32$3 = $97($728_1 | 0, i64toi32_i32$2 | 0, $33_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $46_1 = i64toi32_i32$3;
            $46$hi = i64toi32_i32$2;
            $494(0 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $579(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $3897$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $30$hi;
            i64toi32_i32$3 = $3897$hi;
            $729_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $30$hi;
            i64toi32_i32$2 = $97($729_1 | 0, i64toi32_i32$3 | 0, $30_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $45_1 = i64toi32_i32$2;
            $45$hi = i64toi32_i32$3;
            $495(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $580(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $3901$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $32$hi;
            i64toi32_i32$2 = $3901$hi;
            $731_1 = i64toi32_i32$3;
            i64toi32_i32$3 = $32$hi;
            i64toi32_i32$3 = $97($731_1 | 0, i64toi32_i32$2 | 0, $32_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $32_1 = i64toi32_i32$3;
            $32$hi = i64toi32_i32$2;
            $496(0 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $581(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $3905$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $28$hi;
            i64toi32_i32$3 = $3905$hi;
            $732_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $28$hi;
            i64toi32_i32$2 = $97($732_1 | 0, i64toi32_i32$3 | 0, $28_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $30_1 = i64toi32_i32$2;
            $30$hi = i64toi32_i32$3;
            $497(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $582(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $3909$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $44$hi;
            i64toi32_i32$2 = $3909$hi;
            $733_1 = i64toi32_i32$3;
            i64toi32_i32$3 = $44$hi;
            i64toi32_i32$3 = $97($733_1 | 0, i64toi32_i32$2 | 0, $44_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $33_1 = i64toi32_i32$3;
            $33$hi = i64toi32_i32$2;
            $498(0 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $583(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $3913$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $48$hi;
            i64toi32_i32$3 = $3913$hi;
            $734_1 = i64toi32_i32$2;
            i64toi32_i32$2 = $48$hi;
            i64toi32_i32$2 = $97($734_1 | 0, i64toi32_i32$3 | 0, $48_1 | 0, i64toi32_i32$2 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $29_1 = i64toi32_i32$2;
            $29$hi = i64toi32_i32$3;
            $499(0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
            i64toi32_i32$3 = $584(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $3917$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $50$hi;
            i64toi32_i32$2 = $3917$hi;
            $735_1 = i64toi32_i32$3;
            i64toi32_i32$3 = $50$hi;
            i64toi32_i32$3 = $97($735_1 | 0, i64toi32_i32$2 | 0, $50_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $7_1 = i64toi32_i32$3;
            $7$hi = i64toi32_i32$2;
            $500(0 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            $236($106($35_1 | 0, 1052664 | 0) | 0 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $29$hi;
            $236($106($35_1 | 0, 1052656 | 0) | 0 | 0, $29_1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $33$hi;
            $236($106($35_1 | 0, 1052648 | 0) | 0 | 0, $33_1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $30$hi;
            $236($106($35_1 | 0, 1052640 | 0) | 0 | 0, $30_1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $32$hi;
            $236($106($35_1 | 0, 1052632 | 0) | 0 | 0, $32_1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $45$hi;
            $236($106($35_1 | 0, 1052624 | 0) | 0 | 0, $45_1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $46$hi;
            $236($106($35_1 | 0, 1052616 | 0) | 0 | 0, $46_1 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = $47$hi;
            $236($106($35_1 | 0, 1052608 | 0) | 0 | 0, $47_1 | 0, i64toi32_i32$2 | 0);
            $3946 = $106($34_1 | 0, 1052608 | 0) | 0;
            i64toi32_i32$2 = $585(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $50_1 = i64toi32_i32$2;
            $50$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $555(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $48_1 = i64toi32_i32$3;
            $48$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $50$hi;
            i64toi32_i32$3 = $48$hi;
            i64toi32_i32$3 = $97($50_1 | 0, i64toi32_i32$2 | 0, $48_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $236($3946 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            $3953 = $106($34_1 | 0, 1052616 | 0) | 0;
            i64toi32_i32$2 = $586(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $51_1 = i64toi32_i32$2;
            $51$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $557(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $52_1 = i64toi32_i32$3;
            $52$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $51$hi;
            i64toi32_i32$3 = $52$hi;
            i64toi32_i32$3 = $97($51_1 | 0, i64toi32_i32$2 | 0, $52_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $236($3953 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            $3960 = $106($34_1 | 0, 1052624 | 0) | 0;
            i64toi32_i32$2 = $587(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $53_1 = i64toi32_i32$2;
            $53$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $588(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $54_1 = i64toi32_i32$3;
            $54$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $53$hi;
            i64toi32_i32$3 = $54$hi;
            i64toi32_i32$3 = $97($53_1 | 0, i64toi32_i32$2 | 0, $54_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $236($3960 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            $3967 = $106($34_1 | 0, 1052632 | 0) | 0;
            i64toi32_i32$2 = $589(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $55_1 = i64toi32_i32$2;
            $55$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $590(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $56_1 = i64toi32_i32$3;
            $56$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $55$hi;
            i64toi32_i32$3 = $56$hi;
            i64toi32_i32$3 = $97($55_1 | 0, i64toi32_i32$2 | 0, $56_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $236($3967 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            $3974 = $106($34_1 | 0, 1052640 | 0) | 0;
            i64toi32_i32$2 = $591(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $57_1 = i64toi32_i32$2;
            $57$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $592(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $58_1 = i64toi32_i32$3;
            $58$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $57$hi;
            i64toi32_i32$3 = $58$hi;
            i64toi32_i32$3 = $97($57_1 | 0, i64toi32_i32$2 | 0, $58_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $236($3974 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            $3981 = $106($34_1 | 0, 1052648 | 0) | 0;
            i64toi32_i32$2 = $593(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $59_1 = i64toi32_i32$2;
            $59$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $594(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $60_1 = i64toi32_i32$3;
            $60$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $59$hi;
            i64toi32_i32$3 = $60$hi;
            i64toi32_i32$3 = $97($59_1 | 0, i64toi32_i32$2 | 0, $60_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $236($3981 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            $3988 = $106($34_1 | 0, 1052656 | 0) | 0;
            i64toi32_i32$2 = $595(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $61_1 = i64toi32_i32$2;
            $61$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $596(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $62_1 = i64toi32_i32$3;
            $62$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $61$hi;
            i64toi32_i32$3 = $62$hi;
            i64toi32_i32$3 = $97($61_1 | 0, i64toi32_i32$2 | 0, $62_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $236($3988 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            $3995 = $106($34_1 | 0, 1052664 | 0) | 0;
            i64toi32_i32$2 = $597(0 | 0) | 0;
            i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
            $63_1 = i64toi32_i32$2;
            $63$hi = i64toi32_i32$3;
            i64toi32_i32$3 = $598(0 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $64_1 = i64toi32_i32$3;
            $64$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $63$hi;
            i64toi32_i32$3 = $64$hi;
            i64toi32_i32$3 = $97($63_1 | 0, i64toi32_i32$2 | 0, $64_1 | 0, i64toi32_i32$3 | 0) | 0;
            i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
            $236($3995 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
            i64toi32_i32$2 = 0;
            $44_1 = 0;
            $44$hi = i64toi32_i32$2;
            i64toi32_i32$2 = 0;
            $28_1 = 0;
            $28$hi = i64toi32_i32$2;
            if (($36_1 | 0) != (2048 | 0)) {
             continue label34
            }
            break label34;
           };
           if (($12_1 | 0) == (7 | 0)) {
            break block148
           }
           i64toi32_i32$2 = $63$hi;
           $599($3_1 | 0, $63_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $61$hi;
           $600($3_1 | 0, $61_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $59$hi;
           $601($3_1 | 0, $59_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $57$hi;
           $602($3_1 | 0, $57_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $55$hi;
           $603($3_1 | 0, $55_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $53$hi;
           $604($3_1 | 0, $53_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $51$hi;
           $605($3_1 | 0, $51_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $50$hi;
           $606($3_1 | 0, $50_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $64$hi;
           $262($3_1 | 0, $64_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $62$hi;
           $261($3_1 | 0, $62_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $60$hi;
           $260($3_1 | 0, $60_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $58$hi;
           $259($3_1 | 0, $58_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $56$hi;
           $258($3_1 | 0, $56_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $54$hi;
           $257($3_1 | 0, $54_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $52$hi;
           $256($3_1 | 0, $52_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $48$hi;
           $255($3_1 | 0, $48_1 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $584(0 | 0) | 0;
           i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
           $229($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
           i64toi32_i32$3 = $583(0 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $230($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $582(0 | 0) | 0;
           i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
           $231($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
           i64toi32_i32$3 = $581(0 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $232($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $580(0 | 0) | 0;
           i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
           $233($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
           i64toi32_i32$3 = $579(0 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $234($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
           i64toi32_i32$2 = $578(0 | 0) | 0;
           i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
           $235($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
           i64toi32_i32$3 = $505(0 | 0) | 0;
           i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
           $228($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
           (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$554(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3360 | 0) >> 3] = wasm2js_f64$0;
           (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$553(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3368 | 0) >> 3] = wasm2js_f64$0;
           (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$607(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3376 | 0) >> 3] = wasm2js_f64$0;
           (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$608(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3384 | 0) >> 3] = wasm2js_f64$0;
           (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$609(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3392 | 0) >> 3] = wasm2js_f64$0;
           (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$610(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3400 | 0) >> 3] = wasm2js_f64$0;
           (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$611(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3408 | 0) >> 3] = wasm2js_f64$0;
           (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$612(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3416 | 0) >> 3] = wasm2js_f64$0;
           $206($3_1 | 0, 256 | 0);
           $171($3_1 | 0, $106($3_1 | 0, 3168 | 0) | 0 | 0);
           $1($106($3_1 | 0, 6592 | 0) | 0 | 0, 64 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0, 1 | 0);
           $12_1 = $37_1;
           continue label35;
          }
          break label35;
         };
         $57($8_1 | 0, 8 | 0, 1049208 | 0);
         wasm2js_trap();
        }
        $57($10_1 | 0, 8 | 0, 1049304 | 0);
        wasm2js_trap();
       }
       $57($6_1 | 0, 8 | 0, 1049224 | 0);
       wasm2js_trap();
      }
      $57($10_1 | 0, 8 | 0, 1049272 | 0);
      wasm2js_trap();
     }
     $57($8_1 | 0, 8 | 0, 1049256 | 0);
     wasm2js_trap();
    }
    $57($8_1 | 0, 8 | 0, 1049288 | 0);
    wasm2js_trap();
   }
   $57($8_1 | 0, 8 | 0, 1051672 | 0);
   wasm2js_trap();
  }
  i64toi32_i32$2 = $63$hi;
  $599($3_1 | 0, $63_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $61$hi;
  $600($3_1 | 0, $61_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $59$hi;
  $601($3_1 | 0, $59_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $57$hi;
  $602($3_1 | 0, $57_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $55$hi;
  $603($3_1 | 0, $55_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $53$hi;
  $604($3_1 | 0, $53_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $51$hi;
  $605($3_1 | 0, $51_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $50$hi;
  $606($3_1 | 0, $50_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $64$hi;
  $262($3_1 | 0, $64_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $62$hi;
  $261($3_1 | 0, $62_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $60$hi;
  $260($3_1 | 0, $60_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $58$hi;
  $259($3_1 | 0, $58_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $56$hi;
  $258($3_1 | 0, $56_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $54$hi;
  $257($3_1 | 0, $54_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $52$hi;
  $256($3_1 | 0, $52_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $48$hi;
  $255($3_1 | 0, $48_1 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $584(0 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $229($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $583(0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $230($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $582(0 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $231($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $581(0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $232($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $580(0 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $233($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $579(0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $234($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $578(0 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $235($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $505(0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $228($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$554(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3360 | 0) >> 3] = wasm2js_f64$0;
  (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$553(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3368 | 0) >> 3] = wasm2js_f64$0;
  (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$607(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3376 | 0) >> 3] = wasm2js_f64$0;
  (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$608(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3384 | 0) >> 3] = wasm2js_f64$0;
  (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$609(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3392 | 0) >> 3] = wasm2js_f64$0;
  (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$610(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3400 | 0) >> 3] = wasm2js_f64$0;
  (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$611(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3408 | 0) >> 3] = wasm2js_f64$0;
  (wasm2js_i32$0 = $3_1, wasm2js_f64$0 = +$612(0 | 0)), HEAPF64[(wasm2js_i32$0 + 3416 | 0) >> 3] = wasm2js_f64$0;
  i64toi32_i32$2 = 2123974984;
  $313($3_1 | 0, 2040594437 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 128811661;
  $314($3_1 | 0, 1661608972 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -392135452;
  $315($3_1 | 0, 1350127723 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -1369258032;
  $316($3_1 | 0, 1786183703 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -1394114473;
  $317($3_1 | 0, -174189990 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = 365410200;
  $318($3_1 | 0, 864917870 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -677889363;
  $319($3_1 | 0, -863839417 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = -1616357666;
  $320($3_1 | 0, -1833620467 | 0, i64toi32_i32$2 | 0);
  $43_1 = 2097152;
  $42_1 = 1052608;
  label37 : while (1) {
   $6_1 = -64;
   $35_1 = 0;
   label36 : while (1) {
    $9_1 = $106($106($3_1 | 0, 96 | 0) | 0 | 0, $6_1 | 0) | 0;
    $5_1 = $106($9_1 | 0, 76 | 0) | 0;
    $4163 = $5_1;
    $10_1 = $138($35_1 | 0, 1 | 0) | 0;
    $8_1 = $106($107($10_1 | 0, 10 | 0) | 0 | 0, 1049320 | 0) | 0;
    $5_1 = $135($5_1 | 0) | 0;
    $4176 = $135($106($8_1 | 0, $107($138($5_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0;
    $11_1 = $106($42_1 | 0, $6_1 | 0) | 0;
    $4183 = $297($4176 | 0, $523($106($11_1 | 0, 76 | 0) | 0 | 0) | 0 | 0) | 0;
    $36_1 = $106($9_1 | 0, 72 | 0) | 0;
    $4_1 = $135($36_1 | 0) | 0;
    $37_1 = $106($9_1 | 0, 64 | 0) | 0;
    $34_1 = $135($37_1 | 0) | 0;
    $38_1 = $10_1 ? $4_1 : $34_1;
    $4203 = $297($4183 | 0, $334($135($106($8_1 | 0, $138($333($38_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0;
    $39_1 = $106($9_1 | 0, 68 | 0) | 0;
    $9_1 = $135($39_1 | 0) | 0;
    $40_1 = $10_1 ? $34_1 : $4_1;
    $296($4163 | 0, $297($297($4203 | 0, $334($135($106($8_1 | 0, $138($333($9_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($40_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0);
    $41_1 = $10_1 ? $9_1 : $5_1;
    $10_1 = $10_1 ? $5_1 : $9_1;
    $296($36_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($4_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $523($106($11_1 | 0, 72 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($41_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($34_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($10_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0);
    $296($39_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($9_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $523($106($11_1 | 0, 68 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($40_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($5_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($38_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0);
    $296($37_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($34_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $523($106($11_1 | 0, 64 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($10_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($4_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($41_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0);
    $35_1 = $106($35_1 | 0, 1 | 0) | 0;
    $6_1 = $106($6_1 | 0, 16 | 0) | 0;
    if ($6_1) {
     continue label36
    }
    break label36;
   };
   $42_1 = $106($42_1 | 0, 64 | 0) | 0;
   $43_1 = $106($43_1 | 0, -64 | 0) | 0;
   if ($43_1) {
    continue label37
   }
   break label37;
  };
  $34_1 = 0;
  $10_1 = $106($3_1 | 0, 96 | 0) | 0;
  label38 : while (1) {
   $9_1 = $106($10_1 | 0, 12 | 0) | 0;
   $4355 = $9_1;
   $6_1 = $138($34_1 | 0, 1 | 0) | 0;
   $8_1 = $106($107($6_1 | 0, 10 | 0) | 0 | 0, 1049320 | 0) | 0;
   $9_1 = $135($9_1 | 0) | 0;
   $4368 = $135($106($8_1 | 0, $107($138($9_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0;
   $35_1 = $106($10_1 | 0, 8 | 0) | 0;
   $5_1 = $135($35_1 | 0) | 0;
   $11_1 = $135($10_1 | 0) | 0;
   $36_1 = $6_1 ? $5_1 : $11_1;
   $4386 = $297($4368 | 0, $334($135($106($8_1 | 0, $138($333($36_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0;
   $37_1 = $106($10_1 | 0, 4 | 0) | 0;
   $4_1 = $135($37_1 | 0) | 0;
   $38_1 = $6_1 ? $11_1 : $5_1;
   $296($4355 | 0, $297($297($297($4386 | 0, $334($135($106($8_1 | 0, $138($333($4_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($38_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, 109642241 | 0) | 0 | 0);
   $39_1 = $6_1 ? $4_1 : $9_1;
   $6_1 = $6_1 ? $9_1 : $4_1;
   $296($35_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($5_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($39_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($11_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($6_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, -1864608065 | 0) | 0 | 0);
   $296($37_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($4_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($38_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($9_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($36_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, -1960536929 | 0) | 0 | 0);
   $296($10_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($11_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($6_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($5_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($39_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, -151354487 | 0) | 0 | 0);
   $10_1 = $106($10_1 | 0, 16 | 0) | 0;
   $34_1 = $106($34_1 | 0, 1 | 0) | 0;
   if (($34_1 | 0) != (4 | 0)) {
    continue label38
   }
   break label38;
  };
  $34_1 = 0;
  $10_1 = $106($3_1 | 0, 96 | 0) | 0;
  label39 : while (1) {
   $9_1 = $106($10_1 | 0, 12 | 0) | 0;
   $4526 = $9_1;
   $6_1 = $138($34_1 | 0, 1 | 0) | 0;
   $8_1 = $106($107($6_1 | 0, 10 | 0) | 0 | 0, 1049320 | 0) | 0;
   $9_1 = $135($9_1 | 0) | 0;
   $4539 = $135($106($8_1 | 0, $107($138($9_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0;
   $35_1 = $106($10_1 | 0, 8 | 0) | 0;
   $5_1 = $135($35_1 | 0) | 0;
   $11_1 = $135($10_1 | 0) | 0;
   $36_1 = $6_1 ? $5_1 : $11_1;
   $4557 = $297($4539 | 0, $334($135($106($8_1 | 0, $138($333($36_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0;
   $37_1 = $106($10_1 | 0, 4 | 0) | 0;
   $4_1 = $135($37_1 | 0) | 0;
   $38_1 = $6_1 ? $11_1 : $5_1;
   $296($4526 | 0, $297($297($297($4557 | 0, $334($135($106($8_1 | 0, $138($333($4_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($38_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, -317130341 | 0) | 0 | 0);
   $39_1 = $6_1 ? $4_1 : $9_1;
   $6_1 = $6_1 ? $9_1 : $4_1;
   $296($35_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($5_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($39_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($11_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($6_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, -300923962 | 0) | 0 | 0);
   $296($37_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($4_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($38_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($9_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($36_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, 1375002684 | 0) | 0 | 0);
   $296($10_1 | 0, $297($297($297($297($135($106($8_1 | 0, $107($138($11_1 | 0, 255 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($6_1 | 0, 6 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 8 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($5_1 | 0, 14 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 16 | 0) | 0 | 0) | 0 | 0, $334($135($106($8_1 | 0, $138($333($39_1 | 0, 22 | 0) | 0 | 0, 1020 | 0) | 0 | 0) | 0 | 0) | 0 | 0, 24 | 0) | 0 | 0) | 0 | 0, 1639080913 | 0) | 0 | 0);
   $10_1 = $106($10_1 | 0, 16 | 0) | 0;
   $34_1 = $106($34_1 | 0, 1 | 0) | 0;
   if (($34_1 | 0) != (4 | 0)) {
    continue label39
   }
   break label39;
  };
  $613($3_1 | 0, $393($3_1 | 0) | 0 | 0);
  i64toi32_i32$2 = $614($3_1 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $615($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $616($3_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $617($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $618($3_1 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $619($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $620($3_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $621($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $622($3_1 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $623($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $624($3_1 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $625($3_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
  i64toi32_i32$2 = $626($3_1 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $627($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  $628($3_1 | 0, $408($3_1 | 0) | 0 | 0);
  $206($3_1 | 0, 256 | 0);
  $171($3_1 | 0, $106($3_1 | 0, 3168 | 0) | 0 | 0);
  $1($2_1 | 0, 32 | 0, $106($3_1 | 0, 96 | 0) | 0 | 0, 1 | 0);
  global$0 = $106($3_1 | 0, 6896 | 0) | 0;
 }
 
 function $5($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $22($0_1 | 0, $1_1 | 0) | 0 | 0;
 }
 
 function $6($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $26($0_1 | 0, $1_1 | 0, $2_1 | 0);
  return;
 }
 
 function $7($0_1, $1_1, $2_1, $3_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  return $28($0_1 | 0, $1_1 | 0, $2_1 | 0, $3_1 | 0) | 0 | 0;
 }
 
 function $8() {
  
 }
 
 function $9($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $9_1 = 0;
  $25();
  wasm2js_trap();
 }
 
 function $10($0_1, $1_1, $2_1, $3_1, $4_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  var $5_1 = 0, $23_1 = 0, $26_1 = 0, $28_1 = 0;
  $5_1 = $64(global$0 | 0, 16 | 0) | 0;
  global$0 = $5_1;
  block : {
   $1_1 = $106($2_1 | 0, $1_1 | 0) | 0;
   if ($1_1 >>> 0 >= $2_1 >>> 0) {
    break block
   }
   $50(0 | 0, 0 | 0);
   wasm2js_trap();
  }
  $23_1 = $106($5_1 | 0, 4 | 0) | 0;
  $2_1 = $135($0_1 | 0) | 0;
  $26_1 = $2_1;
  $28_1 = $134($0_1 | 0) | 0;
  $2_1 = $107($2_1 | 0, 1 | 0) | 0;
  $2_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $1_1 : $2_1;
  $1_1 = ($4_1 | 0) == (1 | 0) ? 8 : 4;
  $2_1 = $2_1 >>> 0 > $1_1 >>> 0 ? $2_1 : $1_1;
  $18($23_1 | 0, $26_1 | 0, $28_1 | 0, $2_1 | 0, $3_1 | 0, $4_1 | 0);
  block1 : {
   if (($134($5_1 | 0) | 0 | 0) != (1 | 0)) {
    break block1
   }
   $50($390($5_1 | 0) | 0 | 0, $389($5_1 | 0) | 0 | 0);
   wasm2js_trap();
  }
  $4_1 = $390($5_1 | 0) | 0;
  $296($0_1 | 0, $2_1 | 0);
  $310($0_1 | 0, $4_1 | 0);
  global$0 = $106($5_1 | 0, 16 | 0) | 0;
 }
 
 function $11($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  block : {
   if (($133($0_1 | 0, -2147483648 | 0) | 0 | 0) == (-2147483648 | 0)) {
    break block
   }
   $6($1_1 | 0, $0_1 | 0, 1 | 0);
  }
 }
 
 function $12($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  wasm2js_trap();
 }
 
 function $13($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  wasm2js_trap();
 }
 
 function $14($0_1) {
  $0_1 = $0_1 | 0;
  $15($0_1 | 0);
  wasm2js_trap();
 }
 
 function $15($0_1) {
  $0_1 = $0_1 | 0;
  var $9_1 = 0, $11_1 = 0;
  $9_1 = $135($0_1 | 0) | 0;
  $11_1 = $134($0_1 | 0) | 0;
  $0_1 = $629(0 | 0) | 0;
  FUNCTION_TABLE[($0_1 ? $0_1 : 1) | 0]($9_1, $11_1);
  wasm2js_trap();
 }
 
 function $16($0_1) {
  $0_1 = $0_1 | 0;
  $17($0_1 | 0);
  wasm2js_trap();
 }
 
 function $17($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $30_1 = 0, $42_1 = 0;
  $1_1 = $64(global$0 | 0, 16 | 0) | 0;
  global$0 = $1_1;
  block : {
   $2_1 = $135($0_1 | 0) | 0;
   $3_1 = $134($2_1 | 0) | 0;
   if (!($138($3_1 | 0, 1 | 0) | 0)) {
    break block
   }
   $2_1 = $135($2_1 | 0) | 0;
   $310($1_1 | 0, $333($3_1 | 0, 1 | 0) | 0 | 0);
   $296($1_1 | 0, $2_1 | 0);
   $30_1 = $134($0_1 | 0) | 0;
   $0_1 = $390($0_1 | 0) | 0;
   $19($1_1 | 0, 1052120 | 0, $30_1 | 0, $630($0_1 | 0) | 0 | 0, $631($0_1 | 0) | 0 | 0);
   wasm2js_trap();
  }
  $296($1_1 | 0, -2147483648 | 0);
  $391($1_1 | 0, $0_1 | 0);
  $42_1 = $134($0_1 | 0) | 0;
  $0_1 = $390($0_1 | 0) | 0;
  $19($1_1 | 0, 1052148 | 0, $42_1 | 0, $630($0_1 | 0) | 0 | 0, $631($0_1 | 0) | 0 | 0);
  wasm2js_trap();
 }
 
 function $18($0_1, $1_1, $2_1, $3_1, $4_1, $5_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  $5_1 = $5_1 | 0;
  var i64toi32_i32$0 = 0, $7_1 = 0, i64toi32_i32$1 = 0, $6_1 = 0, $8_1 = 0, $17$hi = 0, $19$hi = 0, $8$hi = 0;
  $6_1 = 1;
  $7_1 = 4;
  block1 : {
   block : {
    i64toi32_i32$0 = 0;
    $17$hi = i64toi32_i32$0;
    i64toi32_i32$0 = 0;
    $19$hi = i64toi32_i32$0;
    i64toi32_i32$0 = $17$hi;
    i64toi32_i32$1 = $19$hi;
    i64toi32_i32$1 = $144($5_1 | 0, i64toi32_i32$0 | 0, $3_1 | 0, i64toi32_i32$1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $8_1 = i64toi32_i32$1;
    $8$hi = i64toi32_i32$0;
    i64toi32_i32$1 = 0;
    i64toi32_i32$1 = $139($8_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    if (!i64toi32_i32$1) {
     break block
    }
    $3_1 = 0;
    break block1;
   }
   block2 : {
    i64toi32_i32$0 = $8$hi;
    $3_1 = $8_1;
    if ($3_1 >>> 0 <= ($64(-2147483648 | 0, $4_1 | 0) | 0) >>> 0) {
     break block2
    }
    $3_1 = 0;
    break block1;
   }
   block7 : {
    block6 : {
     block4 : {
      block3 : {
       if (!$1_1) {
        break block3
       }
       $7_1 = $7($2_1 | 0, $541($5_1 | 0, $1_1 | 0) | 0 | 0, $4_1 | 0, $3_1 | 0) | 0;
       break block4;
      }
      block5 : {
       if ($3_1) {
        break block5
       }
       $7_1 = $4_1;
       break block6;
      }
      $8();
      $7_1 = $5($3_1 | 0, $4_1 | 0) | 0;
     }
     if ($7_1) {
      break block6
     }
     $310($0_1 | 0, $4_1 | 0);
     break block7;
    }
    $310($0_1 | 0, $7_1 | 0);
    $6_1 = 0;
   }
   $7_1 = 8;
  }
  $296($106($0_1 | 0, $7_1 | 0) | 0 | 0, $3_1 | 0);
  $296($0_1 | 0, $6_1 | 0);
 }
 
 function $19($0_1, $1_1, $2_1, $3_1, $4_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  var $5_1 = 0, $6_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  $5_1 = $64(global$0 | 0, 32 | 0) | 0;
  global$0 = $5_1;
  block : {
   block4 : {
    block3 : {
     block1 : {
      switch ($138($35(1 | 0) | 0 | 0, 255 | 0) | 0 | 0) {
      case 2:
       $6_1 = $632(0 | 0) | 0;
       if (($6_1 | 0) <= (-1 | 0)) {
        break block
       }
       $633(0 | 0, $106($6_1 | 0, 1 | 0) | 0 | 0);
       if (!($634(0 | 0) | 0)) {
        break block3
       }
       ((wasm2js_i32$1 = $106($5_1 | 0, 8 | 0) | 0, wasm2js_i32$2 = $0_1), wasm2js_i32$0 = $635($1_1 | 0) | 0 | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$1 | 0, wasm2js_i32$2 | 0);
       $636($5_1 | 0, $4_1 | 0);
       $637($5_1 | 0, $3_1 | 0);
       $638($5_1 | 0, $2_1 | 0);
       i64toi32_i32$0 = $100($5_1 | 0) | 0;
       i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
       $639($5_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
       ((wasm2js_i32$2 = $634(0 | 0) | 0, wasm2js_i32$1 = $106($5_1 | 0, 16 | 0) | 0), wasm2js_i32$0 = $635($640(0 | 0) | 0 | 0) | 0 | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$2 | 0, wasm2js_i32$1 | 0);
       break block4;
      case 0:
       break block;
      default:
       break block1;
      };
     }
     FUNCTION_TABLE[$641($1_1 | 0) | 0 | 0]($5_1, $0_1);
     break block;
    }
    $11(-2147483648 | 0, $5_1 | 0);
   }
   $633(0 | 0, $106($632(0 | 0) | 0 | 0, -1 | 0) | 0 | 0);
   $642(0 | 0, 0 | 0);
   if (!$3_1) {
    break block
   }
   $21($0_1 | 0, $1_1 | 0);
   wasm2js_trap();
  }
  wasm2js_trap();
 }
 
 function $20($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $643(0 | 0, 1 | 0);
 }
 
 function $21($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $9($0_1 | 0, $1_1 | 0) | 0;
  wasm2js_trap();
 }
 
 function $22($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  block : {
   if ($1_1 >>> 0 < 9 >>> 0) {
    break block
   }
   return $23($1_1 | 0, $0_1 | 0) | 0 | 0;
  }
  return $24($0_1 | 0) | 0 | 0;
 }
 
 function $23($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $4_1 = 0, $3_1 = 0, $5_1 = 0, $6_1 = 0, $48_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  $2_1 = 0;
  block : {
   $0_1 = $0_1 >>> 0 > 16 >>> 0 ? $0_1 : 16;
   if ($1_1 >>> 0 >= ($64(-65587 | 0, $0_1 | 0) | 0) >>> 0) {
    break block
   }
   $3_1 = (wasm2js_i32$0 = 16, wasm2js_i32$1 = $138($106($1_1 | 0, 11 | 0) | 0 | 0, -8 | 0) | 0, wasm2js_i32$2 = $1_1 >>> 0 < 11 >>> 0, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
   $1_1 = $24($106($106($0_1 | 0, $3_1 | 0) | 0 | 0, 12 | 0) | 0 | 0) | 0;
   if (!$1_1) {
    break block
   }
   $2_1 = $106($1_1 | 0, -8 | 0) | 0;
   block2 : {
    block1 : {
     $4_1 = $106($0_1 | 0, -1 | 0) | 0;
     if ($138($4_1 | 0, $1_1 | 0) | 0) {
      break block1
     }
     $0_1 = $2_1;
     break block2;
    }
    $5_1 = $106($1_1 | 0, -4 | 0) | 0;
    $6_1 = $135($5_1 | 0) | 0;
    $48_1 = $138($6_1 | 0, -8 | 0) | 0;
    $1_1 = $106($138($106($4_1 | 0, $1_1 | 0) | 0 | 0, $64(0 | 0, $0_1 | 0) | 0 | 0) | 0 | 0, -8 | 0) | 0;
    $0_1 = $106($1_1 | 0, (($64($1_1 | 0, $2_1 | 0) | 0) >>> 0 > 16 >>> 0 ? 0 : $0_1) | 0) | 0;
    $1_1 = $64($0_1 | 0, $2_1 | 0) | 0;
    $4_1 = $64($48_1 | 0, $1_1 | 0) | 0;
    block3 : {
     if (!($138($6_1 | 0, 3 | 0) | 0)) {
      break block3
     }
     $310($0_1 | 0, $133($133($4_1 | 0, $138($134($0_1 | 0) | 0 | 0, 1 | 0) | 0 | 0) | 0 | 0, 2 | 0) | 0 | 0);
     $4_1 = $106($0_1 | 0, $4_1 | 0) | 0;
     $310($4_1 | 0, $133($134($4_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
     $296($5_1 | 0, $133($133($1_1 | 0, $138($135($5_1 | 0) | 0 | 0, 1 | 0) | 0 | 0) | 0 | 0, 2 | 0) | 0 | 0);
     $4_1 = $106($2_1 | 0, $1_1 | 0) | 0;
     $310($4_1 | 0, $133($134($4_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
     $30($2_1 | 0, $1_1 | 0);
     break block2;
    }
    $2_1 = $135($2_1 | 0) | 0;
    $310($0_1 | 0, $4_1 | 0);
    $296($0_1 | 0, $106($2_1 | 0, $1_1 | 0) | 0 | 0);
   }
   block4 : {
    $1_1 = $134($0_1 | 0) | 0;
    if (!($138($1_1 | 0, 3 | 0) | 0)) {
     break block4
    }
    $2_1 = $138($1_1 | 0, -8 | 0) | 0;
    if ($2_1 >>> 0 <= ($106($3_1 | 0, 16 | 0) | 0) >>> 0) {
     break block4
    }
    $310($0_1 | 0, $133($133($3_1 | 0, $138($1_1 | 0, 1 | 0) | 0 | 0) | 0 | 0, 2 | 0) | 0 | 0);
    $1_1 = $106($0_1 | 0, $3_1 | 0) | 0;
    $3_1 = $64($2_1 | 0, $3_1 | 0) | 0;
    $310($1_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
    $2_1 = $106($0_1 | 0, $2_1 | 0) | 0;
    $310($2_1 | 0, $133($134($2_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
    $30($1_1 | 0, $3_1 | 0);
   }
   $2_1 = $106($0_1 | 0, 8 | 0) | 0;
  }
  return $2_1 | 0;
 }
 
 function $24($0_1) {
  $0_1 = $0_1 | 0;
  var $2_1 = 0, $8_1 = 0, $6_1 = 0, $3_1 = 0, $7_1 = 0, $9_1 = 0, $5_1 = 0, $1_1 = 0, $4_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, $136_1 = 0, $138_1 = 0, $197_1 = 0, $227_1 = 0, $530_1 = 0, $532_1 = 0, $673_1 = 0, $719_1 = 0, $794 = 0, $10_1 = 0, $10$hi = 0, $821 = 0, $1040 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  $1_1 = $64(global$0 | 0, 16 | 0) | 0;
  global$0 = $1_1;
  block2 : {
   block3 : {
    block4 : {
     block : {
      if ($0_1 >>> 0 < 245 >>> 0) {
       break block
      }
      block1 : {
       if ($0_1 >>> 0 <= -65588 >>> 0) {
        break block1
       }
       $0_1 = 0;
       break block2;
      }
      $2_1 = $106($0_1 | 0, 11 | 0) | 0;
      $3_1 = $138($2_1 | 0, -8 | 0) | 0;
      $4_1 = $644(0 | 0) | 0;
      if (!$4_1) {
       break block3
      }
      $5_1 = 31;
      if ($0_1 >>> 0 >= 16777205 >>> 0) {
       break block4
      }
      $0_1 = Math_clz32($333($2_1 | 0, 8 | 0) | 0);
      $5_1 = $106($64($138($333($3_1 | 0, $64(38 | 0, $0_1 | 0) | 0 | 0) | 0 | 0, 1 | 0) | 0 | 0, $107($0_1 | 0, 1 | 0) | 0 | 0) | 0 | 0, 62 | 0) | 0;
      break block4;
     }
     block13 : {
      block17 : {
       block8 : {
        block7 : {
         block6 : {
          block5 : {
           $6_1 = $645(0 | 0) | 0;
           $3_1 = (wasm2js_i32$0 = 16, wasm2js_i32$1 = $138($106($0_1 | 0, 11 | 0) | 0 | 0, 504 | 0) | 0, wasm2js_i32$2 = $0_1 >>> 0 < 11 >>> 0, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
           $2_1 = $333($3_1 | 0, 3 | 0) | 0;
           $0_1 = $333($6_1 | 0, $2_1 | 0) | 0;
           if (!($138($0_1 | 0, 3 | 0) | 0)) {
            break block5
           }
           $7_1 = $106($138($297($0_1 | 0, -1 | 0) | 0 | 0, 1 | 0) | 0 | 0, $2_1 | 0) | 0;
           $3_1 = $107($7_1 | 0, 3 | 0) | 0;
           $0_1 = $106($3_1 | 0, 19957492 | 0) | 0;
           $2_1 = $135($106($3_1 | 0, 19957500 | 0) | 0 | 0) | 0;
           $8_1 = $390($2_1 | 0) | 0;
           if (($0_1 | 0) == ($8_1 | 0)) {
            break block6
           }
           $391($8_1 | 0, $0_1 | 0);
           $392($0_1 | 0, $8_1 | 0);
           break block7;
          }
          if ($3_1 >>> 0 <= ($646(0 | 0) | 0) >>> 0) {
           break block3
          }
          if ($0_1) {
           break block8
          }
          $0_1 = $644(0 | 0) | 0;
          if (!$0_1) {
           break block3
          }
          $8_1 = $135($106($107(__wasm_ctz_i32($0_1 | 0) | 0 | 0, 2 | 0) | 0 | 0, 19957348 | 0) | 0 | 0) | 0;
          $2_1 = $64($138($134($8_1 | 0) | 0 | 0, -8 | 0) | 0 | 0, $3_1 | 0) | 0;
          $6_1 = $8_1;
          label1 : while (1) {
           block9 : {
            $0_1 = $647($8_1 | 0) | 0;
            if ($0_1) {
             break block9
            }
            $0_1 = $635($8_1 | 0) | 0;
            if ($0_1) {
             break block9
            }
            $5_1 = $641($6_1 | 0) | 0;
            block12 : {
             block11 : {
              block10 : {
               $0_1 = $389($6_1 | 0) | 0;
               if (($0_1 | 0) != ($6_1 | 0)) {
                break block10
               }
               $0_1 = $635($6_1 | 0) | 0;
               $8_1 = $135($106($6_1 | 0, ($0_1 ? 20 : 16) | 0) | 0 | 0) | 0;
               if ($8_1) {
                break block11
               }
               $0_1 = 0;
               break block12;
              }
              $8_1 = $390($6_1 | 0) | 0;
              $391($8_1 | 0, $0_1 | 0);
              $392($0_1 | 0, $8_1 | 0);
              break block12;
             }
             $7_1 = (wasm2js_i32$0 = $106($6_1 | 0, 20 | 0) | 0, wasm2js_i32$1 = $106($6_1 | 0, 16 | 0) | 0, wasm2js_i32$2 = $0_1, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
             label : while (1) {
              $9_1 = $7_1;
              $0_1 = $8_1;
              $136_1 = $106($0_1 | 0, 20 | 0) | 0;
              $138_1 = $106($0_1 | 0, 16 | 0) | 0;
              $8_1 = $635($0_1 | 0) | 0;
              $7_1 = $8_1 ? $136_1 : $138_1;
              $8_1 = $135($106($0_1 | 0, ($8_1 ? 20 : 16) | 0) | 0 | 0) | 0;
              if ($8_1) {
               continue label
              }
              break label;
             };
             $296($9_1 | 0, 0 | 0);
            }
            if (!$5_1) {
             break block13
            }
            block16 : {
             block14 : {
              $8_1 = $106($107($648($6_1 | 0) | 0 | 0, 2 | 0) | 0 | 0, 19957348 | 0) | 0;
              if (($6_1 | 0) == ($135($8_1 | 0) | 0 | 0)) {
               break block14
              }
              block15 : {
               if (($647($5_1 | 0) | 0 | 0) == ($6_1 | 0)) {
                break block15
               }
               $308($5_1 | 0, $0_1 | 0);
               if ($0_1) {
                break block16
               }
               break block13;
              }
              $309($5_1 | 0, $0_1 | 0);
              if ($0_1) {
               break block16
              }
              break block13;
             }
             $296($8_1 | 0, $0_1 | 0);
             if (!$0_1) {
              break block17
             }
            }
            $638($0_1 | 0, $5_1 | 0);
            block18 : {
             $8_1 = $647($6_1 | 0) | 0;
             if (!$8_1) {
              break block18
             }
             $309($0_1 | 0, $8_1 | 0);
             $638($8_1 | 0, $0_1 | 0);
            }
            $8_1 = $635($6_1 | 0) | 0;
            if (!$8_1) {
             break block13
            }
            $308($0_1 | 0, $8_1 | 0);
            $638($8_1 | 0, $0_1 | 0);
            break block13;
           }
           $8_1 = $64($138($134($0_1 | 0) | 0 | 0, -8 | 0) | 0 | 0, $3_1 | 0) | 0;
           $197_1 = $8_1;
           $8_1 = $8_1 >>> 0 < $2_1 >>> 0;
           $2_1 = $8_1 ? $197_1 : $2_1;
           $6_1 = $8_1 ? $0_1 : $6_1;
           $8_1 = $0_1;
           continue label1;
          };
         }
         $649(0 | 0, $138($6_1 | 0, $334(-2 | 0, $7_1 | 0) | 0 | 0) | 0 | 0);
        }
        $0_1 = $106($2_1 | 0, 8 | 0) | 0;
        $310($2_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
        $3_1 = $106($2_1 | 0, $3_1 | 0) | 0;
        $310($3_1 | 0, $133($134($3_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
        break block2;
       }
       block20 : {
        block19 : {
         $227_1 = $107($0_1 | 0, $2_1 | 0) | 0;
         $0_1 = $107(2 | 0, $2_1 | 0) | 0;
         $9_1 = __wasm_ctz_i32($138($227_1 | 0, $133($0_1 | 0, $64(0 | 0, $0_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0;
         $2_1 = $107($9_1 | 0, 3 | 0) | 0;
         $8_1 = $106($2_1 | 0, 19957492 | 0) | 0;
         $0_1 = $135($106($2_1 | 0, 19957500 | 0) | 0 | 0) | 0;
         $7_1 = $390($0_1 | 0) | 0;
         if (($8_1 | 0) == ($7_1 | 0)) {
          break block19
         }
         $391($7_1 | 0, $8_1 | 0);
         $392($8_1 | 0, $7_1 | 0);
         break block20;
        }
        $649(0 | 0, $138($6_1 | 0, $334(-2 | 0, $9_1 | 0) | 0 | 0) | 0 | 0);
       }
       $310($0_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
       $6_1 = $106($0_1 | 0, $3_1 | 0) | 0;
       $8_1 = $64($2_1 | 0, $3_1 | 0) | 0;
       $310($6_1 | 0, $133($8_1 | 0, 1 | 0) | 0 | 0);
       $296($106($0_1 | 0, $2_1 | 0) | 0 | 0, $8_1 | 0);
       block21 : {
        $2_1 = $646(0 | 0) | 0;
        if (!$2_1) {
         break block21
        }
        $3_1 = $650(0 | 0) | 0;
        block23 : {
         block22 : {
          $7_1 = $645(0 | 0) | 0;
          $9_1 = $107(1 | 0, $333($2_1 | 0, 3 | 0) | 0 | 0) | 0;
          if ($138($7_1 | 0, $9_1 | 0) | 0) {
           break block22
          }
          $649(0 | 0, $133($7_1 | 0, $9_1 | 0) | 0 | 0);
          $2_1 = $106($138($2_1 | 0, -8 | 0) | 0 | 0, 19957492 | 0) | 0;
          $7_1 = $2_1;
          break block23;
         }
         $2_1 = $138($2_1 | 0, -8 | 0) | 0;
         $7_1 = $106($2_1 | 0, 19957492 | 0) | 0;
         $2_1 = $135($106($2_1 | 0, 19957500 | 0) | 0 | 0) | 0;
        }
        $392($7_1 | 0, $3_1 | 0);
        $391($2_1 | 0, $3_1 | 0);
        $391($3_1 | 0, $7_1 | 0);
        $392($3_1 | 0, $2_1 | 0);
       }
       $0_1 = $106($0_1 | 0, 8 | 0) | 0;
       $651(0 | 0, $6_1 | 0);
       $652(0 | 0, $8_1 | 0);
       break block2;
      }
      $653(0 | 0, $138($644(0 | 0) | 0 | 0, $334(-2 | 0, $648($6_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     }
     block28 : {
      block25 : {
       block24 : {
        if ($2_1 >>> 0 < 16 >>> 0) {
         break block24
        }
        $310($6_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
        $8_1 = $106($6_1 | 0, $3_1 | 0) | 0;
        $310($8_1 | 0, $133($2_1 | 0, 1 | 0) | 0 | 0);
        $296($106($8_1 | 0, $2_1 | 0) | 0 | 0, $2_1 | 0);
        $7_1 = $646(0 | 0) | 0;
        if (!$7_1) {
         break block25
        }
        $0_1 = $650(0 | 0) | 0;
        block27 : {
         block26 : {
          $9_1 = $645(0 | 0) | 0;
          $5_1 = $107(1 | 0, $333($7_1 | 0, 3 | 0) | 0 | 0) | 0;
          if ($138($9_1 | 0, $5_1 | 0) | 0) {
           break block26
          }
          $649(0 | 0, $133($9_1 | 0, $5_1 | 0) | 0 | 0);
          $7_1 = $106($138($7_1 | 0, -8 | 0) | 0 | 0, 19957492 | 0) | 0;
          $9_1 = $7_1;
          break block27;
         }
         $7_1 = $138($7_1 | 0, -8 | 0) | 0;
         $9_1 = $106($7_1 | 0, 19957492 | 0) | 0;
         $7_1 = $135($106($7_1 | 0, 19957500 | 0) | 0 | 0) | 0;
        }
        $392($9_1 | 0, $0_1 | 0);
        $391($7_1 | 0, $0_1 | 0);
        $391($0_1 | 0, $9_1 | 0);
        $392($0_1 | 0, $7_1 | 0);
        break block25;
       }
       $0_1 = $106($2_1 | 0, $3_1 | 0) | 0;
       $310($6_1 | 0, $133($0_1 | 0, 3 | 0) | 0 | 0);
       $0_1 = $106($6_1 | 0, $0_1 | 0) | 0;
       $310($0_1 | 0, $133($134($0_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
       break block28;
      }
      $651(0 | 0, $8_1 | 0);
      $652(0 | 0, $2_1 | 0);
     }
     $0_1 = $106($6_1 | 0, 8 | 0) | 0;
     if (!$0_1) {
      break block3
     }
     break block2;
    }
    $2_1 = $64(0 | 0, $3_1 | 0) | 0;
    block34 : {
     block32 : {
      block30 : {
       block29 : {
        $6_1 = $135($106($107($5_1 | 0, 2 | 0) | 0 | 0, 19957348 | 0) | 0 | 0) | 0;
        if ($6_1) {
         break block29
        }
        $8_1 = 0;
        $0_1 = 0;
        break block30;
       }
       $8_1 = 0;
       $7_1 = $107($3_1 | 0, (wasm2js_i32$0 = 0, wasm2js_i32$1 = $64(25 | 0, $333($5_1 | 0, 1 | 0) | 0 | 0) | 0, wasm2js_i32$2 = ($5_1 | 0) == (31 | 0), wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1) | 0) | 0;
       $0_1 = 0;
       label2 : while (1) {
        block31 : {
         $9_1 = $138($134($6_1 | 0) | 0 | 0, -8 | 0) | 0;
         if ($9_1 >>> 0 < $3_1 >>> 0) {
          break block31
         }
         $9_1 = $64($9_1 | 0, $3_1 | 0) | 0;
         if ($9_1 >>> 0 >= $2_1 >>> 0) {
          break block31
         }
         $8_1 = $6_1;
         $2_1 = $9_1;
         if ($2_1) {
          break block31
         }
         $2_1 = 0;
         $0_1 = $6_1;
         $8_1 = $0_1;
         break block32;
        }
        $9_1 = $635($6_1 | 0) | 0;
        $6_1 = $647($106($6_1 | 0, $138($333($7_1 | 0, 29 | 0) | 0 | 0, 4 | 0) | 0 | 0) | 0 | 0) | 0;
        $0_1 = $9_1 ? (($9_1 | 0) != ($6_1 | 0) ? $9_1 : $0_1) : $0_1;
        $7_1 = $107($7_1 | 0, 1 | 0) | 0;
        if ($6_1) {
         continue label2
        }
        break label2;
       };
      }
      block33 : {
       if ($133($0_1 | 0, $8_1 | 0) | 0) {
        break block33
       }
       $8_1 = 0;
       $0_1 = $107(2 | 0, $5_1 | 0) | 0;
       $0_1 = $138($133($0_1 | 0, $64(0 | 0, $0_1 | 0) | 0 | 0) | 0 | 0, $4_1 | 0) | 0;
       if (!$0_1) {
        break block3
       }
       $0_1 = $135($106($107(__wasm_ctz_i32($0_1 | 0) | 0 | 0, 2 | 0) | 0 | 0, 19957348 | 0) | 0 | 0) | 0;
      }
      if (!$0_1) {
       break block34
      }
     }
     label3 : while (1) {
      $6_1 = $138($134($0_1 | 0) | 0 | 0, -8 | 0) | 0;
      $7_1 = $64($6_1 | 0, $3_1 | 0) | 0;
      $9_1 = $7_1 >>> 0 < $2_1 >>> 0;
      $5_1 = $9_1 ? $7_1 : $2_1;
      $7_1 = $6_1 >>> 0 < $3_1 >>> 0;
      $9_1 = $9_1 ? $0_1 : $8_1;
      block35 : {
       $6_1 = $647($0_1 | 0) | 0;
       if ($6_1) {
        break block35
       }
       $6_1 = $635($0_1 | 0) | 0;
      }
      $2_1 = $7_1 ? $2_1 : $5_1;
      $8_1 = $7_1 ? $8_1 : $9_1;
      $0_1 = $6_1;
      if ($0_1) {
       continue label3
      }
      break label3;
     };
    }
    if (!$8_1) {
     break block3
    }
    block36 : {
     $0_1 = $646(0 | 0) | 0;
     if ($0_1 >>> 0 < $3_1 >>> 0) {
      break block36
     }
     if ($2_1 >>> 0 >= ($64($0_1 | 0, $3_1 | 0) | 0) >>> 0) {
      break block3
     }
    }
    $5_1 = $641($8_1 | 0) | 0;
    block39 : {
     block38 : {
      block37 : {
       $0_1 = $389($8_1 | 0) | 0;
       if (($0_1 | 0) != ($8_1 | 0)) {
        break block37
       }
       $0_1 = $635($8_1 | 0) | 0;
       $6_1 = $135($106($8_1 | 0, ($0_1 ? 20 : 16) | 0) | 0 | 0) | 0;
       if ($6_1) {
        break block38
       }
       $0_1 = 0;
       break block39;
      }
      $6_1 = $390($8_1 | 0) | 0;
      $391($6_1 | 0, $0_1 | 0);
      $392($0_1 | 0, $6_1 | 0);
      break block39;
     }
     $7_1 = (wasm2js_i32$0 = $106($8_1 | 0, 20 | 0) | 0, wasm2js_i32$1 = $106($8_1 | 0, 16 | 0) | 0, wasm2js_i32$2 = $0_1, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
     label4 : while (1) {
      $9_1 = $7_1;
      $0_1 = $6_1;
      $530_1 = $106($0_1 | 0, 20 | 0) | 0;
      $532_1 = $106($0_1 | 0, 16 | 0) | 0;
      $6_1 = $635($0_1 | 0) | 0;
      $7_1 = $6_1 ? $530_1 : $532_1;
      $6_1 = $135($106($0_1 | 0, ($6_1 ? 20 : 16) | 0) | 0 | 0) | 0;
      if ($6_1) {
       continue label4
      }
      break label4;
     };
     $296($9_1 | 0, 0 | 0);
    }
    block40 : {
     if (!$5_1) {
      break block40
     }
     block44 : {
      block43 : {
       block41 : {
        $6_1 = $106($107($648($8_1 | 0) | 0 | 0, 2 | 0) | 0 | 0, 19957348 | 0) | 0;
        if (($8_1 | 0) == ($135($6_1 | 0) | 0 | 0)) {
         break block41
        }
        block42 : {
         if (($647($5_1 | 0) | 0 | 0) == ($8_1 | 0)) {
          break block42
         }
         $308($5_1 | 0, $0_1 | 0);
         if ($0_1) {
          break block43
         }
         break block40;
        }
        $309($5_1 | 0, $0_1 | 0);
        if ($0_1) {
         break block43
        }
        break block40;
       }
       $296($6_1 | 0, $0_1 | 0);
       if (!$0_1) {
        break block44
       }
      }
      $638($0_1 | 0, $5_1 | 0);
      block45 : {
       $6_1 = $647($8_1 | 0) | 0;
       if (!$6_1) {
        break block45
       }
       $309($0_1 | 0, $6_1 | 0);
       $638($6_1 | 0, $0_1 | 0);
      }
      $6_1 = $635($8_1 | 0) | 0;
      if (!$6_1) {
       break block40
      }
      $308($0_1 | 0, $6_1 | 0);
      $638($6_1 | 0, $0_1 | 0);
      break block40;
     }
     $653(0 | 0, $138($644(0 | 0) | 0 | 0, $334(-2 | 0, $648($8_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
    }
    block48 : {
     block46 : {
      if ($2_1 >>> 0 < 16 >>> 0) {
       break block46
      }
      $310($8_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
      $0_1 = $106($8_1 | 0, $3_1 | 0) | 0;
      $310($0_1 | 0, $133($2_1 | 0, 1 | 0) | 0 | 0);
      $296($106($0_1 | 0, $2_1 | 0) | 0 | 0, $2_1 | 0);
      block47 : {
       if ($2_1 >>> 0 < 256 >>> 0) {
        break block47
       }
       $34($0_1 | 0, $2_1 | 0);
       break block48;
      }
      block50 : {
       block49 : {
        $6_1 = $645(0 | 0) | 0;
        $7_1 = $107(1 | 0, $333($2_1 | 0, 3 | 0) | 0 | 0) | 0;
        if ($138($6_1 | 0, $7_1 | 0) | 0) {
         break block49
        }
        $649(0 | 0, $133($6_1 | 0, $7_1 | 0) | 0 | 0);
        $2_1 = $106($138($2_1 | 0, 248 | 0) | 0 | 0, 19957492 | 0) | 0;
        $6_1 = $2_1;
        break block50;
       }
       $2_1 = $138($2_1 | 0, 248 | 0) | 0;
       $6_1 = $106($2_1 | 0, 19957492 | 0) | 0;
       $2_1 = $135($106($2_1 | 0, 19957500 | 0) | 0 | 0) | 0;
      }
      $392($6_1 | 0, $0_1 | 0);
      $391($2_1 | 0, $0_1 | 0);
      $391($0_1 | 0, $6_1 | 0);
      $392($0_1 | 0, $2_1 | 0);
      break block48;
     }
     $0_1 = $106($2_1 | 0, $3_1 | 0) | 0;
     $310($8_1 | 0, $133($0_1 | 0, 3 | 0) | 0 | 0);
     $0_1 = $106($8_1 | 0, $0_1 | 0) | 0;
     $310($0_1 | 0, $133($134($0_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
    }
    $0_1 = $106($8_1 | 0, 8 | 0) | 0;
    if ($0_1) {
     break block2
    }
   }
   block59 : {
    block73 : {
     block70 : {
      block69 : {
       block60 : {
        block51 : {
         $0_1 = $646(0 | 0) | 0;
         if ($0_1 >>> 0 >= $3_1 >>> 0) {
          break block51
         }
         block52 : {
          $0_1 = $654(0 | 0) | 0;
          if ($0_1 >>> 0 > $3_1 >>> 0) {
           break block52
          }
          $49($106($1_1 | 0, 4 | 0) | 0 | 0, 19957800 | 0, $138($106($3_1 | 0, 65583 | 0) | 0 | 0, -65536 | 0) | 0 | 0);
          block53 : {
           $6_1 = $134($1_1 | 0) | 0;
           if ($6_1) {
            break block53
           }
           $0_1 = 0;
           break block2;
          }
          $5_1 = $389($1_1 | 0) | 0;
          $673_1 = $655(0 | 0) | 0;
          $9_1 = $390($1_1 | 0) | 0;
          $0_1 = $106($673_1 | 0, $9_1 | 0) | 0;
          $656(0 | 0, $0_1 | 0);
          $2_1 = $657(0 | 0) | 0;
          $658(0 | 0, ($0_1 >>> 0 > $2_1 >>> 0 ? $0_1 : $2_1) | 0);
          block56 : {
           block55 : {
            block54 : {
             $2_1 = $659(0 | 0) | 0;
             if (!$2_1) {
              break block54
             }
             $0_1 = 19957476;
             label5 : while (1) {
              $8_1 = $135($0_1 | 0) | 0;
              $7_1 = $134($0_1 | 0) | 0;
              if (($6_1 | 0) == ($106($8_1 | 0, $7_1 | 0) | 0 | 0)) {
               break block55
              }
              $0_1 = $390($0_1 | 0) | 0;
              if ($0_1) {
               continue label5
              }
              break block56;
             };
            }
            block58 : {
             block57 : {
              $0_1 = $660(0 | 0) | 0;
              if (!$0_1) {
               break block57
              }
              if ($6_1 >>> 0 >= $0_1 >>> 0) {
               break block58
              }
             }
             $661(0 | 0, $6_1 | 0);
            }
            $662(0 | 0, 4095 | 0);
            $663(0 | 0, $5_1 | 0);
            $664(0 | 0, $9_1 | 0);
            $665(0 | 0, $6_1 | 0);
            $666(0 | 0, 19957492 | 0);
            $667(0 | 0, 19957500 | 0);
            $668(0 | 0, 19957492 | 0);
            $669(0 | 0, 19957508 | 0);
            $670(0 | 0, 19957500 | 0);
            $671(0 | 0, 19957516 | 0);
            $672(0 | 0, 19957508 | 0);
            $673(0 | 0, 19957524 | 0);
            $674(0 | 0, 19957516 | 0);
            $675(0 | 0, 19957532 | 0);
            $676(0 | 0, 19957524 | 0);
            $677(0 | 0, 19957540 | 0);
            $678(0 | 0, 19957532 | 0);
            $679(0 | 0, 19957548 | 0);
            $680(0 | 0, 19957540 | 0);
            $681(0 | 0, 19957556 | 0);
            $682(0 | 0, 19957548 | 0);
            $683(0 | 0, 19957556 | 0);
            $684(0 | 0, 19957564 | 0);
            $685(0 | 0, 19957564 | 0);
            $686(0 | 0, 19957572 | 0);
            $687(0 | 0, 19957572 | 0);
            $688(0 | 0, 19957580 | 0);
            $689(0 | 0, 19957580 | 0);
            $690(0 | 0, 19957588 | 0);
            $691(0 | 0, 19957588 | 0);
            $692(0 | 0, 19957596 | 0);
            $693(0 | 0, 19957596 | 0);
            $694(0 | 0, 19957604 | 0);
            $695(0 | 0, 19957604 | 0);
            $696(0 | 0, 19957612 | 0);
            $697(0 | 0, 19957612 | 0);
            $698(0 | 0, 19957620 | 0);
            $699(0 | 0, 19957628 | 0);
            $700(0 | 0, 19957620 | 0);
            $701(0 | 0, 19957636 | 0);
            $702(0 | 0, 19957628 | 0);
            $703(0 | 0, 19957644 | 0);
            $704(0 | 0, 19957636 | 0);
            $705(0 | 0, 19957652 | 0);
            $706(0 | 0, 19957644 | 0);
            $707(0 | 0, 19957660 | 0);
            $708(0 | 0, 19957652 | 0);
            $709(0 | 0, 19957668 | 0);
            $710(0 | 0, 19957660 | 0);
            $711(0 | 0, 19957676 | 0);
            $712(0 | 0, 19957668 | 0);
            $713(0 | 0, 19957684 | 0);
            $714(0 | 0, 19957676 | 0);
            $715(0 | 0, 19957692 | 0);
            $716(0 | 0, 19957684 | 0);
            $717(0 | 0, 19957700 | 0);
            $718(0 | 0, 19957692 | 0);
            $719(0 | 0, 19957708 | 0);
            $720(0 | 0, 19957700 | 0);
            $721(0 | 0, 19957716 | 0);
            $722(0 | 0, 19957708 | 0);
            $723(0 | 0, 19957724 | 0);
            $724(0 | 0, 19957716 | 0);
            $725(0 | 0, 19957732 | 0);
            $726(0 | 0, 19957724 | 0);
            $727(0 | 0, 19957740 | 0);
            $728(0 | 0, 19957732 | 0);
            $0_1 = $138($106($6_1 | 0, 15 | 0) | 0 | 0, -8 | 0) | 0;
            $2_1 = $106($0_1 | 0, -8 | 0) | 0;
            $729(0 | 0, $2_1 | 0);
            $730(0 | 0, 19957740 | 0);
            $719_1 = $64($6_1 | 0, $0_1 | 0) | 0;
            $0_1 = $106($9_1 | 0, -40 | 0) | 0;
            $8_1 = $106($106($719_1 | 0, $0_1 | 0) | 0 | 0, 8 | 0) | 0;
            $731(0 | 0, $8_1 | 0);
            $310($2_1 | 0, $133($8_1 | 0, 1 | 0) | 0 | 0);
            $310($106($6_1 | 0, $0_1 | 0) | 0 | 0, 40 | 0);
            $732(0 | 0, 2097152 | 0);
            break block59;
           }
           if ($2_1 >>> 0 >= $6_1 >>> 0) {
            break block56
           }
           if ($8_1 >>> 0 > $2_1 >>> 0) {
            break block56
           }
           $8_1 = $389($0_1 | 0) | 0;
           if ($138($8_1 | 0, 1 | 0) | 0) {
            break block56
           }
           if (($333($8_1 | 0, 1 | 0) | 0 | 0) == ($5_1 | 0)) {
            break block60
           }
          }
          $0_1 = $660(0 | 0) | 0;
          $661(0 | 0, ($0_1 >>> 0 < $6_1 >>> 0 ? $0_1 : $6_1) | 0);
          $8_1 = $106($6_1 | 0, $9_1 | 0) | 0;
          $0_1 = 19957476;
          block63 : {
           block62 : {
            block61 : {
             label6 : while (1) {
              $7_1 = $135($0_1 | 0) | 0;
              if (($7_1 | 0) == ($8_1 | 0)) {
               break block61
              }
              $0_1 = $390($0_1 | 0) | 0;
              if ($0_1) {
               continue label6
              }
              break block62;
             };
            }
            $8_1 = $389($0_1 | 0) | 0;
            if ($138($8_1 | 0, 1 | 0) | 0) {
             break block62
            }
            if (($333($8_1 | 0, 1 | 0) | 0 | 0) == ($5_1 | 0)) {
             break block63
            }
           }
           $0_1 = 19957476;
           block65 : {
            label7 : while (1) {
             block64 : {
              $8_1 = $135($0_1 | 0) | 0;
              if ($8_1 >>> 0 > $2_1 >>> 0) {
               break block64
              }
              $8_1 = $106($8_1 | 0, $134($0_1 | 0) | 0 | 0) | 0;
              if ($2_1 >>> 0 < $8_1 >>> 0) {
               break block65
              }
             }
             $0_1 = $390($0_1 | 0) | 0;
             continue label7;
            };
           }
           $0_1 = $138($106($6_1 | 0, 15 | 0) | 0 | 0, -8 | 0) | 0;
           $7_1 = $106($0_1 | 0, -8 | 0) | 0;
           $729(0 | 0, $7_1 | 0);
           $794 = $64($6_1 | 0, $0_1 | 0) | 0;
           $0_1 = $106($9_1 | 0, -40 | 0) | 0;
           $4_1 = $106($106($794 | 0, $0_1 | 0) | 0 | 0, 8 | 0) | 0;
           $731(0 | 0, $4_1 | 0);
           $310($7_1 | 0, $133($4_1 | 0, 1 | 0) | 0 | 0);
           $310($106($6_1 | 0, $0_1 | 0) | 0 | 0, 40 | 0);
           $732(0 | 0, 2097152 | 0);
           $0_1 = $106($138($106($8_1 | 0, -32 | 0) | 0 | 0, -8 | 0) | 0 | 0, -8 | 0) | 0;
           $7_1 = $0_1 >>> 0 < ($106($2_1 | 0, 16 | 0) | 0) >>> 0 ? $2_1 : $0_1;
           $310($7_1 | 0, 27 | 0);
           i64toi32_i32$0 = $733(0 | 0) | 0;
           i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
           $10_1 = i64toi32_i32$0;
           $10$hi = i64toi32_i32$1;
           $821 = $106($7_1 | 0, 16 | 0) | 0;
           i64toi32_i32$1 = $734(0 | 0) | 0;
           i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
           $735($821 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
           $0_1 = $106($7_1 | 0, 8 | 0) | 0;
           i64toi32_i32$0 = $10$hi;
           $735($0_1 | 0, $10_1 | 0, i64toi32_i32$0 | 0);
           $663(0 | 0, $5_1 | 0);
           $664(0 | 0, $9_1 | 0);
           $665(0 | 0, $6_1 | 0);
           $736(0 | 0, $0_1 | 0);
           $0_1 = $106($7_1 | 0, 28 | 0) | 0;
           label8 : while (1) {
            $296($0_1 | 0, 7 | 0);
            $0_1 = $106($0_1 | 0, 4 | 0) | 0;
            if ($0_1 >>> 0 < $8_1 >>> 0) {
             continue label8
            }
            break label8;
           };
           if (($7_1 | 0) == ($2_1 | 0)) {
            break block59
           }
           $310($7_1 | 0, $138($134($7_1 | 0) | 0 | 0, -2 | 0) | 0 | 0);
           $0_1 = $64($7_1 | 0, $2_1 | 0) | 0;
           $310($2_1 | 0, $133($0_1 | 0, 1 | 0) | 0 | 0);
           $296($7_1 | 0, $0_1 | 0);
           block66 : {
            if ($0_1 >>> 0 < 256 >>> 0) {
             break block66
            }
            $34($2_1 | 0, $0_1 | 0);
            break block59;
           }
           block68 : {
            block67 : {
             $8_1 = $645(0 | 0) | 0;
             $6_1 = $107(1 | 0, $333($0_1 | 0, 3 | 0) | 0 | 0) | 0;
             if ($138($8_1 | 0, $6_1 | 0) | 0) {
              break block67
             }
             $649(0 | 0, $133($8_1 | 0, $6_1 | 0) | 0 | 0);
             $0_1 = $106($138($0_1 | 0, 248 | 0) | 0 | 0, 19957492 | 0) | 0;
             $8_1 = $0_1;
             break block68;
            }
            $0_1 = $138($0_1 | 0, 248 | 0) | 0;
            $8_1 = $106($0_1 | 0, 19957492 | 0) | 0;
            $0_1 = $135($106($0_1 | 0, 19957500 | 0) | 0 | 0) | 0;
           }
           $392($8_1 | 0, $2_1 | 0);
           $391($0_1 | 0, $2_1 | 0);
           $391($2_1 | 0, $8_1 | 0);
           $392($2_1 | 0, $0_1 | 0);
           break block59;
          }
          $296($0_1 | 0, $6_1 | 0);
          $310($0_1 | 0, $106($134($0_1 | 0) | 0 | 0, $9_1 | 0) | 0 | 0);
          $8_1 = $106($138($106($6_1 | 0, 15 | 0) | 0 | 0, -8 | 0) | 0 | 0, -8 | 0) | 0;
          $310($8_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
          $2_1 = $106($138($106($7_1 | 0, 15 | 0) | 0 | 0, -8 | 0) | 0 | 0, -8 | 0) | 0;
          $0_1 = $106($8_1 | 0, $3_1 | 0) | 0;
          $3_1 = $64($2_1 | 0, $0_1 | 0) | 0;
          if (($2_1 | 0) == ($659(0 | 0) | 0 | 0)) {
           break block69
          }
          if (($2_1 | 0) == ($650(0 | 0) | 0 | 0)) {
           break block70
          }
          block71 : {
           $6_1 = $134($2_1 | 0) | 0;
           if (($138($6_1 | 0, 3 | 0) | 0 | 0) != (1 | 0)) {
            break block71
           }
           $6_1 = $138($6_1 | 0, -8 | 0) | 0;
           $29($2_1 | 0, $6_1 | 0);
           $3_1 = $106($6_1 | 0, $3_1 | 0) | 0;
           $2_1 = $106($2_1 | 0, $6_1 | 0) | 0;
           $6_1 = $134($2_1 | 0) | 0;
          }
          $310($2_1 | 0, $138($6_1 | 0, -2 | 0) | 0 | 0);
          $310($0_1 | 0, $133($3_1 | 0, 1 | 0) | 0 | 0);
          $296($106($0_1 | 0, $3_1 | 0) | 0 | 0, $3_1 | 0);
          block72 : {
           if ($3_1 >>> 0 < 256 >>> 0) {
            break block72
           }
           $34($0_1 | 0, $3_1 | 0);
           break block73;
          }
          block75 : {
           block74 : {
            $2_1 = $645(0 | 0) | 0;
            $6_1 = $107(1 | 0, $333($3_1 | 0, 3 | 0) | 0 | 0) | 0;
            if ($138($2_1 | 0, $6_1 | 0) | 0) {
             break block74
            }
            $649(0 | 0, $133($2_1 | 0, $6_1 | 0) | 0 | 0);
            $3_1 = $106($138($3_1 | 0, 248 | 0) | 0 | 0, 19957492 | 0) | 0;
            $2_1 = $3_1;
            break block75;
           }
           $3_1 = $138($3_1 | 0, 248 | 0) | 0;
           $2_1 = $106($3_1 | 0, 19957492 | 0) | 0;
           $3_1 = $135($106($3_1 | 0, 19957500 | 0) | 0 | 0) | 0;
          }
          $392($2_1 | 0, $0_1 | 0);
          $391($3_1 | 0, $0_1 | 0);
          $391($0_1 | 0, $2_1 | 0);
          $392($0_1 | 0, $3_1 | 0);
          break block73;
         }
         $2_1 = $64($0_1 | 0, $3_1 | 0) | 0;
         $731(0 | 0, $2_1 | 0);
         $0_1 = $659(0 | 0) | 0;
         $8_1 = $106($0_1 | 0, $3_1 | 0) | 0;
         $729(0 | 0, $8_1 | 0);
         $310($8_1 | 0, $133($2_1 | 0, 1 | 0) | 0 | 0);
         $310($0_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
         $0_1 = $106($0_1 | 0, 8 | 0) | 0;
         break block2;
        }
        $2_1 = $650(0 | 0) | 0;
        block77 : {
         block76 : {
          $8_1 = $64($0_1 | 0, $3_1 | 0) | 0;
          if ($8_1 >>> 0 > 15 >>> 0) {
           break block76
          }
          $651(0 | 0, 0 | 0);
          $652(0 | 0, 0 | 0);
          $310($2_1 | 0, $133($0_1 | 0, 3 | 0) | 0 | 0);
          $0_1 = $106($2_1 | 0, $0_1 | 0) | 0;
          $310($0_1 | 0, $133($134($0_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
          break block77;
         }
         $652(0 | 0, $8_1 | 0);
         $6_1 = $106($2_1 | 0, $3_1 | 0) | 0;
         $651(0 | 0, $6_1 | 0);
         $310($6_1 | 0, $133($8_1 | 0, 1 | 0) | 0 | 0);
         $296($106($2_1 | 0, $0_1 | 0) | 0 | 0, $8_1 | 0);
         $310($2_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
        }
        $0_1 = $106($2_1 | 0, 8 | 0) | 0;
        break block2;
       }
       $310($0_1 | 0, $106($7_1 | 0, $9_1 | 0) | 0 | 0);
       $0_1 = $659(0 | 0) | 0;
       $2_1 = $138($106($0_1 | 0, 15 | 0) | 0 | 0, -8 | 0) | 0;
       $8_1 = $106($2_1 | 0, -8 | 0) | 0;
       $729(0 | 0, $8_1 | 0);
       $1040 = $64($0_1 | 0, $2_1 | 0) | 0;
       $2_1 = $106($654(0 | 0) | 0 | 0, $9_1 | 0) | 0;
       $6_1 = $106($106($1040 | 0, $2_1 | 0) | 0 | 0, 8 | 0) | 0;
       $731(0 | 0, $6_1 | 0);
       $310($8_1 | 0, $133($6_1 | 0, 1 | 0) | 0 | 0);
       $310($106($0_1 | 0, $2_1 | 0) | 0 | 0, 40 | 0);
       $732(0 | 0, 2097152 | 0);
       break block59;
      }
      $729(0 | 0, $0_1 | 0);
      $3_1 = $106($654(0 | 0) | 0 | 0, $3_1 | 0) | 0;
      $731(0 | 0, $3_1 | 0);
      $310($0_1 | 0, $133($3_1 | 0, 1 | 0) | 0 | 0);
      break block73;
     }
     $651(0 | 0, $0_1 | 0);
     $3_1 = $106($646(0 | 0) | 0 | 0, $3_1 | 0) | 0;
     $652(0 | 0, $3_1 | 0);
     $310($0_1 | 0, $133($3_1 | 0, 1 | 0) | 0 | 0);
     $296($106($0_1 | 0, $3_1 | 0) | 0 | 0, $3_1 | 0);
    }
    $0_1 = $106($8_1 | 0, 8 | 0) | 0;
    break block2;
   }
   $0_1 = 0;
   $2_1 = $654(0 | 0) | 0;
   if ($2_1 >>> 0 <= $3_1 >>> 0) {
    break block2
   }
   $2_1 = $64($2_1 | 0, $3_1 | 0) | 0;
   $731(0 | 0, $2_1 | 0);
   $0_1 = $659(0 | 0) | 0;
   $8_1 = $106($0_1 | 0, $3_1 | 0) | 0;
   $729(0 | 0, $8_1 | 0);
   $310($8_1 | 0, $133($2_1 | 0, 1 | 0) | 0 | 0);
   $310($0_1 | 0, $133($3_1 | 0, 3 | 0) | 0 | 0);
   $0_1 = $106($0_1 | 0, 8 | 0) | 0;
  }
  global$0 = $106($1_1 | 0, 16 | 0) | 0;
  return $0_1 | 0;
 }
 
 function $25() {
  wasm2js_trap();
 }
 
 function $26($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0, $4_1 = 0;
  block2 : {
   block : {
    $3_1 = $135($106($0_1 | 0, -4 | 0) | 0 | 0) | 0;
    $4_1 = $138($3_1 | 0, -8 | 0) | 0;
    $3_1 = $138($3_1 | 0, 3 | 0) | 0;
    if ($4_1 >>> 0 < ($106(($3_1 ? 4 : 8) | 0, $1_1 | 0) | 0) >>> 0) {
     break block
    }
    block1 : {
     if (!$3_1) {
      break block1
     }
     if ($4_1 >>> 0 > ($106($1_1 | 0, 39 | 0) | 0) >>> 0) {
      break block2
     }
    }
    $27($0_1 | 0);
    return;
   }
   $53(1052208 | 0, 46 | 0, 1052256 | 0);
   wasm2js_trap();
  }
  $53(1052272 | 0, 46 | 0, 1052320 | 0);
  wasm2js_trap();
 }
 
 function $27($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0;
  $1_1 = $106($0_1 | 0, -8 | 0) | 0;
  $2_1 = $135($106($0_1 | 0, -4 | 0) | 0 | 0) | 0;
  $0_1 = $138($2_1 | 0, -8 | 0) | 0;
  $3_1 = $106($1_1 | 0, $0_1 | 0) | 0;
  block1 : {
   block : {
    if ($138($2_1 | 0, 1 | 0) | 0) {
     break block
    }
    if (!($138($2_1 | 0, 2 | 0) | 0)) {
     break block1
    }
    $2_1 = $135($1_1 | 0) | 0;
    $0_1 = $106($2_1 | 0, $0_1 | 0) | 0;
    block2 : {
     $1_1 = $64($1_1 | 0, $2_1 | 0) | 0;
     if (($1_1 | 0) != ($650(0 | 0) | 0 | 0)) {
      break block2
     }
     if (($138($134($3_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) != (3 | 0)) {
      break block
     }
     $652(0 | 0, $0_1 | 0);
     $310($3_1 | 0, $138($134($3_1 | 0) | 0 | 0, -2 | 0) | 0 | 0);
     $310($1_1 | 0, $133($0_1 | 0, 1 | 0) | 0 | 0);
     $296($3_1 | 0, $0_1 | 0);
     return;
    }
    $29($1_1 | 0, $2_1 | 0);
   }
   block11 : {
    block7 : {
     block9 : {
      block8 : {
       block5 : {
        block4 : {
         block6 : {
          block3 : {
           $2_1 = $134($3_1 | 0) | 0;
           if ($138($2_1 | 0, 2 | 0) | 0) {
            break block3
           }
           if (($3_1 | 0) == ($659(0 | 0) | 0 | 0)) {
            break block4
           }
           if (($3_1 | 0) == ($650(0 | 0) | 0 | 0)) {
            break block5
           }
           $2_1 = $138($2_1 | 0, -8 | 0) | 0;
           $29($3_1 | 0, $2_1 | 0);
           $0_1 = $106($2_1 | 0, $0_1 | 0) | 0;
           $310($1_1 | 0, $133($0_1 | 0, 1 | 0) | 0 | 0);
           $296($106($1_1 | 0, $0_1 | 0) | 0 | 0, $0_1 | 0);
           if (($1_1 | 0) != ($650(0 | 0) | 0 | 0)) {
            break block6
           }
           $652(0 | 0, $0_1 | 0);
           return;
          }
          $310($3_1 | 0, $138($2_1 | 0, -2 | 0) | 0 | 0);
          $310($1_1 | 0, $133($0_1 | 0, 1 | 0) | 0 | 0);
          $296($106($1_1 | 0, $0_1 | 0) | 0 | 0, $0_1 | 0);
         }
         if ($0_1 >>> 0 < 256 >>> 0) {
          break block7
         }
         $34($1_1 | 0, $0_1 | 0);
         $1_1 = $106($737(0 | 0) | 0 | 0, -1 | 0) | 0;
         $662(0 | 0, $1_1 | 0);
         if ($1_1) {
          break block1
         }
         $0_1 = $738(0 | 0) | 0;
         if ($0_1) {
          break block8
         }
         $1_1 = 4095;
         break block9;
        }
        $729(0 | 0, $1_1 | 0);
        $0_1 = $106($654(0 | 0) | 0 | 0, $0_1 | 0) | 0;
        $731(0 | 0, $0_1 | 0);
        $310($1_1 | 0, $133($0_1 | 0, 1 | 0) | 0 | 0);
        block10 : {
         if (($1_1 | 0) != ($650(0 | 0) | 0 | 0)) {
          break block10
         }
         $652(0 | 0, 0 | 0);
         $651(0 | 0, 0 | 0);
        }
        $2_1 = $739(0 | 0) | 0;
        if ($0_1 >>> 0 <= $2_1 >>> 0) {
         break block1
        }
        $0_1 = $659(0 | 0) | 0;
        if (!$0_1) {
         break block1
        }
        $4_1 = $654(0 | 0) | 0;
        if ($4_1 >>> 0 < 41 >>> 0) {
         break block11
        }
        $1_1 = 19957476;
        label : while (1) {
         block12 : {
          $3_1 = $135($1_1 | 0) | 0;
          if ($3_1 >>> 0 > $0_1 >>> 0) {
           break block12
          }
          if ($0_1 >>> 0 < ($106($3_1 | 0, $134($1_1 | 0) | 0 | 0) | 0) >>> 0) {
           break block11
          }
         }
         $1_1 = $390($1_1 | 0) | 0;
         continue label;
        };
       }
       $651(0 | 0, $1_1 | 0);
       $0_1 = $106($646(0 | 0) | 0 | 0, $0_1 | 0) | 0;
       $652(0 | 0, $0_1 | 0);
       $310($1_1 | 0, $133($0_1 | 0, 1 | 0) | 0 | 0);
       $296($106($1_1 | 0, $0_1 | 0) | 0 | 0, $0_1 | 0);
       return;
      }
      $1_1 = 0;
      label1 : while (1) {
       $1_1 = $106($1_1 | 0, 1 | 0) | 0;
       $0_1 = $390($0_1 | 0) | 0;
       if ($0_1) {
        continue label1
       }
       break label1;
      };
      $1_1 = $1_1 >>> 0 > 4095 >>> 0 ? $1_1 : 4095;
     }
     $662(0 | 0, $1_1 | 0);
     return;
    }
    block14 : {
     block13 : {
      $3_1 = $645(0 | 0) | 0;
      $2_1 = $107(1 | 0, $333($0_1 | 0, 3 | 0) | 0 | 0) | 0;
      if ($138($3_1 | 0, $2_1 | 0) | 0) {
       break block13
      }
      $649(0 | 0, $133($3_1 | 0, $2_1 | 0) | 0 | 0);
      $0_1 = $106($138($0_1 | 0, 248 | 0) | 0 | 0, 19957492 | 0) | 0;
      $3_1 = $0_1;
      break block14;
     }
     $0_1 = $138($0_1 | 0, 248 | 0) | 0;
     $3_1 = $106($0_1 | 0, 19957492 | 0) | 0;
     $0_1 = $135($106($0_1 | 0, 19957500 | 0) | 0 | 0) | 0;
    }
    $392($3_1 | 0, $1_1 | 0);
    $391($0_1 | 0, $1_1 | 0);
    $391($1_1 | 0, $3_1 | 0);
    $392($1_1 | 0, $0_1 | 0);
    return;
   }
   block16 : {
    block15 : {
     $0_1 = $738(0 | 0) | 0;
     if ($0_1) {
      break block15
     }
     $1_1 = 4095;
     break block16;
    }
    $1_1 = 0;
    label2 : while (1) {
     $1_1 = $106($1_1 | 0, 1 | 0) | 0;
     $0_1 = $390($0_1 | 0) | 0;
     if ($0_1) {
      continue label2
     }
     break label2;
    };
    $1_1 = $1_1 >>> 0 > 4095 >>> 0 ? $1_1 : 4095;
   }
   $662(0 | 0, $1_1 | 0);
   if ($4_1 >>> 0 <= $2_1 >>> 0) {
    break block1
   }
   $732(0 | 0, -1 | 0);
  }
 }
 
 function $28($0_1, $1_1, $2_1, $3_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  var $7_1 = 0, $5_1 = 0, $6_1 = 0, $8_1 = 0, $4_1 = 0, $9_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  block5 : {
   block18 : {
    block7 : {
     block12 : {
      block15 : {
       block17 : {
        block2 : {
         block : {
          $4_1 = $106($0_1 | 0, -4 | 0) | 0;
          $5_1 = $135($4_1 | 0) | 0;
          $6_1 = $138($5_1 | 0, -8 | 0) | 0;
          $7_1 = $138($5_1 | 0, 3 | 0) | 0;
          if ($6_1 >>> 0 < ($106(($7_1 ? 4 : 8) | 0, $1_1 | 0) | 0) >>> 0) {
           break block
          }
          $8_1 = $106($1_1 | 0, 39 | 0) | 0;
          block1 : {
           if (!$7_1) {
            break block1
           }
           if ($6_1 >>> 0 > $8_1 >>> 0) {
            break block2
           }
          }
          block4 : {
           block3 : {
            if ($2_1 >>> 0 < 9 >>> 0) {
             break block3
            }
            $2_1 = $23($2_1 | 0, $3_1 | 0) | 0;
            if ($2_1) {
             break block4
            }
            return 0 | 0;
           }
           $2_1 = 0;
           if ($3_1 >>> 0 > -65588 >>> 0) {
            break block5
           }
           $1_1 = (wasm2js_i32$0 = 16, wasm2js_i32$1 = $138($106($3_1 | 0, 11 | 0) | 0 | 0, -8 | 0) | 0, wasm2js_i32$2 = $3_1 >>> 0 < 11 >>> 0, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
           $8_1 = $106($0_1 | 0, -8 | 0) | 0;
           block6 : {
            if ($7_1) {
             break block6
            }
            if ($1_1 >>> 0 < 256 >>> 0) {
             break block7
            }
            if (!$8_1) {
             break block7
            }
            if ($6_1 >>> 0 <= $1_1 >>> 0) {
             break block7
            }
            if (($64($6_1 | 0, $1_1 | 0) | 0) >>> 0 > 131072 >>> 0) {
             break block7
            }
            return $0_1 | 0;
           }
           $7_1 = $106($8_1 | 0, $6_1 | 0) | 0;
           block9 : {
            block8 : {
             if ($6_1 >>> 0 >= $1_1 >>> 0) {
              break block8
             }
             if (($7_1 | 0) == ($659(0 | 0) | 0 | 0)) {
              break block9
             }
             block10 : {
              if (($7_1 | 0) == ($650(0 | 0) | 0 | 0)) {
               break block10
              }
              $5_1 = $134($7_1 | 0) | 0;
              if ($138($5_1 | 0, 2 | 0) | 0) {
               break block7
              }
              $9_1 = $138($5_1 | 0, -8 | 0) | 0;
              $5_1 = $106($9_1 | 0, $6_1 | 0) | 0;
              if ($5_1 >>> 0 < $1_1 >>> 0) {
               break block7
              }
              $29($7_1 | 0, $9_1 | 0);
              block11 : {
               $7_1 = $64($5_1 | 0, $1_1 | 0) | 0;
               if ($7_1 >>> 0 < 16 >>> 0) {
                break block11
               }
               $296($4_1 | 0, $133($133($1_1 | 0, $138($135($4_1 | 0) | 0 | 0, 1 | 0) | 0 | 0) | 0 | 0, 2 | 0) | 0 | 0);
               $1_1 = $106($8_1 | 0, $1_1 | 0) | 0;
               $310($1_1 | 0, $133($7_1 | 0, 3 | 0) | 0 | 0);
               $5_1 = $106($8_1 | 0, $5_1 | 0) | 0;
               $310($5_1 | 0, $133($134($5_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
               $30($1_1 | 0, $7_1 | 0);
               break block12;
              }
              $296($4_1 | 0, $133($133($5_1 | 0, $138($135($4_1 | 0) | 0 | 0, 1 | 0) | 0 | 0) | 0 | 0, 2 | 0) | 0 | 0);
              $1_1 = $106($8_1 | 0, $5_1 | 0) | 0;
              $310($1_1 | 0, $133($134($1_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
              break block12;
             }
             $7_1 = $106($646(0 | 0) | 0 | 0, $6_1 | 0) | 0;
             if ($7_1 >>> 0 < $1_1 >>> 0) {
              break block7
             }
             block14 : {
              block13 : {
               $6_1 = $64($7_1 | 0, $1_1 | 0) | 0;
               if ($6_1 >>> 0 > 15 >>> 0) {
                break block13
               }
               $296($4_1 | 0, $133($133($138($5_1 | 0, 1 | 0) | 0 | 0, $7_1 | 0) | 0 | 0, 2 | 0) | 0 | 0);
               $1_1 = $106($8_1 | 0, $7_1 | 0) | 0;
               $310($1_1 | 0, $133($134($1_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
               $6_1 = 0;
               $1_1 = 0;
               break block14;
              }
              $296($4_1 | 0, $133($133($1_1 | 0, $138($5_1 | 0, 1 | 0) | 0 | 0) | 0 | 0, 2 | 0) | 0 | 0);
              $1_1 = $106($8_1 | 0, $1_1 | 0) | 0;
              $310($1_1 | 0, $133($6_1 | 0, 1 | 0) | 0 | 0);
              $7_1 = $106($8_1 | 0, $7_1 | 0) | 0;
              $296($7_1 | 0, $6_1 | 0);
              $310($7_1 | 0, $138($134($7_1 | 0) | 0 | 0, -2 | 0) | 0 | 0);
             }
             $651(0 | 0, $1_1 | 0);
             $652(0 | 0, $6_1 | 0);
             break block12;
            }
            $6_1 = $64($6_1 | 0, $1_1 | 0) | 0;
            if ($6_1 >>> 0 <= 15 >>> 0) {
             break block12
            }
            $296($4_1 | 0, $133($133($1_1 | 0, $138($5_1 | 0, 1 | 0) | 0 | 0) | 0 | 0, 2 | 0) | 0 | 0);
            $1_1 = $106($8_1 | 0, $1_1 | 0) | 0;
            $310($1_1 | 0, $133($6_1 | 0, 3 | 0) | 0 | 0);
            $310($7_1 | 0, $133($134($7_1 | 0) | 0 | 0, 1 | 0) | 0 | 0);
            $30($1_1 | 0, $6_1 | 0);
            break block12;
           }
           $7_1 = $106($654(0 | 0) | 0 | 0, $6_1 | 0) | 0;
           if ($7_1 >>> 0 > $1_1 >>> 0) {
            break block15
           }
           break block7;
          }
          block16 : {
           $3_1 = $3_1 >>> 0 < $1_1 >>> 0 ? $3_1 : $1_1;
           if (!$3_1) {
            break block16
           }
           wasm2js_memory_copy($2_1, $0_1, $3_1);
          }
          $3_1 = $135($4_1 | 0) | 0;
          $7_1 = $138($3_1 | 0, -8 | 0) | 0;
          $3_1 = $138($3_1 | 0, 3 | 0) | 0;
          if ($7_1 >>> 0 < ($106(($3_1 ? 4 : 8) | 0, $1_1 | 0) | 0) >>> 0) {
           break block17
          }
          if (!$3_1) {
           break block18
          }
          if ($7_1 >>> 0 <= $8_1 >>> 0) {
           break block18
          }
          $53(1052272 | 0, 46 | 0, 1052320 | 0);
          wasm2js_trap();
         }
         $53(1052208 | 0, 46 | 0, 1052256 | 0);
         wasm2js_trap();
        }
        $53(1052272 | 0, 46 | 0, 1052320 | 0);
        wasm2js_trap();
       }
       $53(1052208 | 0, 46 | 0, 1052256 | 0);
       wasm2js_trap();
      }
      $296($4_1 | 0, $133($133($1_1 | 0, $138($5_1 | 0, 1 | 0) | 0 | 0) | 0 | 0, 2 | 0) | 0 | 0);
      $5_1 = $106($8_1 | 0, $1_1 | 0) | 0;
      $1_1 = $64($7_1 | 0, $1_1 | 0) | 0;
      $310($5_1 | 0, $133($1_1 | 0, 1 | 0) | 0 | 0);
      $731(0 | 0, $1_1 | 0);
      $729(0 | 0, $5_1 | 0);
     }
     if (!$8_1) {
      break block7
     }
     return $0_1 | 0;
    }
    $1_1 = $24($3_1 | 0) | 0;
    if (!$1_1) {
     break block5
    }
    block19 : {
     $2_1 = $135($4_1 | 0) | 0;
     $2_1 = $106(($138($2_1 | 0, 3 | 0) | 0 ? -4 : -8) | 0, $138($2_1 | 0, -8 | 0) | 0 | 0) | 0;
     $3_1 = $3_1 >>> 0 < $2_1 >>> 0 ? $3_1 : $2_1;
     if (!$3_1) {
      break block19
     }
     wasm2js_memory_copy($1_1, $0_1, $3_1);
    }
    $2_1 = $1_1;
   }
   $27($0_1 | 0);
  }
  return $2_1 | 0;
 }
 
 function $29($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $4_1 = 0, $3_1 = 0, $5_1 = 0, $45_1 = 0, $47_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  $2_1 = $389($0_1 | 0) | 0;
  block8 : {
   block4 : {
    block7 : {
     block : {
      if ($1_1 >>> 0 < 256 >>> 0) {
       break block
      }
      $3_1 = $641($0_1 | 0) | 0;
      block3 : {
       block2 : {
        block1 : {
         if (($2_1 | 0) != ($0_1 | 0)) {
          break block1
         }
         $2_1 = $635($0_1 | 0) | 0;
         $1_1 = $135($106($0_1 | 0, ($2_1 ? 20 : 16) | 0) | 0 | 0) | 0;
         if ($1_1) {
          break block2
         }
         $2_1 = 0;
         break block3;
        }
        $1_1 = $390($0_1 | 0) | 0;
        $391($1_1 | 0, $2_1 | 0);
        $392($2_1 | 0, $1_1 | 0);
        break block3;
       }
       $4_1 = (wasm2js_i32$0 = $106($0_1 | 0, 20 | 0) | 0, wasm2js_i32$1 = $106($0_1 | 0, 16 | 0) | 0, wasm2js_i32$2 = $2_1, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1);
       label : while (1) {
        $5_1 = $4_1;
        $2_1 = $1_1;
        $45_1 = $106($2_1 | 0, 20 | 0) | 0;
        $47_1 = $106($2_1 | 0, 16 | 0) | 0;
        $1_1 = $635($2_1 | 0) | 0;
        $4_1 = $1_1 ? $45_1 : $47_1;
        $1_1 = $135($106($2_1 | 0, ($1_1 ? 20 : 16) | 0) | 0 | 0) | 0;
        if ($1_1) {
         continue label
        }
        break label;
       };
       $296($5_1 | 0, 0 | 0);
      }
      if (!$3_1) {
       break block4
      }
      block6 : {
       block5 : {
        $1_1 = $106($107($648($0_1 | 0) | 0 | 0, 2 | 0) | 0 | 0, 19957348 | 0) | 0;
        if (($0_1 | 0) == ($135($1_1 | 0) | 0 | 0)) {
         break block5
        }
        if (($647($3_1 | 0) | 0 | 0) == ($0_1 | 0)) {
         break block6
        }
        $308($3_1 | 0, $2_1 | 0);
        if ($2_1) {
         break block7
        }
        break block4;
       }
       $296($1_1 | 0, $2_1 | 0);
       if (!$2_1) {
        break block8
       }
       break block7;
      }
      $309($3_1 | 0, $2_1 | 0);
      if ($2_1) {
       break block7
      }
      break block4;
     }
     block9 : {
      $4_1 = $390($0_1 | 0) | 0;
      if (($2_1 | 0) == ($4_1 | 0)) {
       break block9
      }
      $391($4_1 | 0, $2_1 | 0);
      $392($2_1 | 0, $4_1 | 0);
      return;
     }
     $649(0 | 0, $138($645(0 | 0) | 0 | 0, $334(-2 | 0, $333($1_1 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     return;
    }
    $638($2_1 | 0, $3_1 | 0);
    block10 : {
     $1_1 = $647($0_1 | 0) | 0;
     if (!$1_1) {
      break block10
     }
     $309($2_1 | 0, $1_1 | 0);
     $638($1_1 | 0, $2_1 | 0);
    }
    $1_1 = $635($0_1 | 0) | 0;
    if (!$1_1) {
     break block4
    }
    $308($2_1 | 0, $1_1 | 0);
    $638($1_1 | 0, $2_1 | 0);
    return;
   }
   return;
  }
  $653(0 | 0, $138($644(0 | 0) | 0 | 0, $334(-2 | 0, $648($0_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
 }
 
 function $30($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $106($0_1 | 0, $1_1 | 0) | 0;
  block1 : {
   block : {
    $3_1 = $134($0_1 | 0) | 0;
    if ($138($3_1 | 0, 1 | 0) | 0) {
     break block
    }
    if (!($138($3_1 | 0, 2 | 0) | 0)) {
     break block1
    }
    $3_1 = $135($0_1 | 0) | 0;
    $1_1 = $106($3_1 | 0, $1_1 | 0) | 0;
    block2 : {
     $0_1 = $64($0_1 | 0, $3_1 | 0) | 0;
     if (($0_1 | 0) != ($650(0 | 0) | 0 | 0)) {
      break block2
     }
     if (($138($134($2_1 | 0) | 0 | 0, 3 | 0) | 0 | 0) != (3 | 0)) {
      break block
     }
     $652(0 | 0, $1_1 | 0);
     $310($2_1 | 0, $138($134($2_1 | 0) | 0 | 0, -2 | 0) | 0 | 0);
     $310($0_1 | 0, $133($1_1 | 0, 1 | 0) | 0 | 0);
     $296($2_1 | 0, $1_1 | 0);
     break block1;
    }
    $29($0_1 | 0, $3_1 | 0);
   }
   block5 : {
    block4 : {
     block6 : {
      block3 : {
       $3_1 = $134($2_1 | 0) | 0;
       if ($138($3_1 | 0, 2 | 0) | 0) {
        break block3
       }
       if (($2_1 | 0) == ($659(0 | 0) | 0 | 0)) {
        break block4
       }
       if (($2_1 | 0) == ($650(0 | 0) | 0 | 0)) {
        break block5
       }
       $3_1 = $138($3_1 | 0, -8 | 0) | 0;
       $29($2_1 | 0, $3_1 | 0);
       $1_1 = $106($3_1 | 0, $1_1 | 0) | 0;
       $310($0_1 | 0, $133($1_1 | 0, 1 | 0) | 0 | 0);
       $296($106($0_1 | 0, $1_1 | 0) | 0 | 0, $1_1 | 0);
       if (($0_1 | 0) != ($650(0 | 0) | 0 | 0)) {
        break block6
       }
       $652(0 | 0, $1_1 | 0);
       return;
      }
      $310($2_1 | 0, $138($3_1 | 0, -2 | 0) | 0 | 0);
      $310($0_1 | 0, $133($1_1 | 0, 1 | 0) | 0 | 0);
      $296($106($0_1 | 0, $1_1 | 0) | 0 | 0, $1_1 | 0);
     }
     block7 : {
      if ($1_1 >>> 0 < 256 >>> 0) {
       break block7
      }
      $34($0_1 | 0, $1_1 | 0);
      return;
     }
     block9 : {
      block8 : {
       $2_1 = $645(0 | 0) | 0;
       $3_1 = $107(1 | 0, $333($1_1 | 0, 3 | 0) | 0 | 0) | 0;
       if ($138($2_1 | 0, $3_1 | 0) | 0) {
        break block8
       }
       $649(0 | 0, $133($2_1 | 0, $3_1 | 0) | 0 | 0);
       $1_1 = $106($138($1_1 | 0, 248 | 0) | 0 | 0, 19957492 | 0) | 0;
       $2_1 = $1_1;
       break block9;
      }
      $1_1 = $138($1_1 | 0, 248 | 0) | 0;
      $2_1 = $106($1_1 | 0, 19957492 | 0) | 0;
      $1_1 = $135($106($1_1 | 0, 19957500 | 0) | 0 | 0) | 0;
     }
     $392($2_1 | 0, $0_1 | 0);
     $391($1_1 | 0, $0_1 | 0);
     $391($0_1 | 0, $2_1 | 0);
     $392($0_1 | 0, $1_1 | 0);
     return;
    }
    $729(0 | 0, $0_1 | 0);
    $1_1 = $106($654(0 | 0) | 0 | 0, $1_1 | 0) | 0;
    $731(0 | 0, $1_1 | 0);
    $310($0_1 | 0, $133($1_1 | 0, 1 | 0) | 0 | 0);
    if (($0_1 | 0) != ($650(0 | 0) | 0 | 0)) {
     break block1
    }
    $652(0 | 0, 0 | 0);
    $651(0 | 0, 0 | 0);
    return;
   }
   $651(0 | 0, $0_1 | 0);
   $1_1 = $106($646(0 | 0) | 0 | 0, $1_1 | 0) | 0;
   $652(0 | 0, $1_1 | 0);
   $310($0_1 | 0, $133($1_1 | 0, 1 | 0) | 0 | 0);
   $296($106($0_1 | 0, $1_1 | 0) | 0 | 0, $1_1 | 0);
   return;
  }
 }
 
 function $31($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $1_1 = $64(global$0 | 0, 16 | 0) | 0;
  global$0 = $1_1;
  i64toi32_i32$0 = $740($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $391($1_1 | 0, $0_1 | 0);
  $741($1_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  $16($106($1_1 | 0, 4 | 0) | 0 | 0);
  wasm2js_trap();
 }
 
 function $32($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $33($1_1 | 0, $0_1 | 0);
  wasm2js_trap();
 }
 
 function $33($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0;
  $2_1 = $64(global$0 | 0, 16 | 0) | 0;
  global$0 = $2_1;
  $391($2_1 | 0, $1_1 | 0);
  $392($2_1 | 0, $0_1 | 0);
  $14($106($2_1 | 0, 8 | 0) | 0 | 0);
  wasm2js_trap();
 }
 
 function $34($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $36_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  $2_1 = 0;
  block : {
   $3_1 = $333($1_1 | 0, 8 | 0) | 0;
   if (!$3_1) {
    break block
   }
   $2_1 = 31;
   if ($1_1 >>> 0 >= 16777216 >>> 0) {
    break block
   }
   $2_1 = Math_clz32($3_1);
   $2_1 = $297($133($138($333($1_1 | 0, $64(38 | 0, $2_1 | 0) | 0 | 0) | 0 | 0, 1 | 0) | 0 | 0, $107($2_1 | 0, 1 | 0) | 0 | 0) | 0 | 0, 62 | 0) | 0;
  }
  $639($0_1 | 0, 0 | 0, 0 | 0);
  $742($0_1 | 0, $2_1 | 0);
  $3_1 = $106($107($2_1 | 0, 2 | 0) | 0 | 0, 19957348 | 0) | 0;
  block1 : {
   $36_1 = $644(0 | 0) | 0;
   $4_1 = $107(1 | 0, $2_1 | 0) | 0;
   if ($138($36_1 | 0, $4_1 | 0) | 0) {
    break block1
   }
   $296($3_1 | 0, $0_1 | 0);
   $638($0_1 | 0, $3_1 | 0);
   $391($0_1 | 0, $0_1 | 0);
   $392($0_1 | 0, $0_1 | 0);
   $653(0 | 0, $133($644(0 | 0) | 0 | 0, $4_1 | 0) | 0 | 0);
   return;
  }
  block4 : {
   block3 : {
    block2 : {
     $4_1 = $135($3_1 | 0) | 0;
     if (($138($134($4_1 | 0) | 0 | 0, -8 | 0) | 0 | 0) != ($1_1 | 0)) {
      break block2
     }
     $2_1 = $4_1;
     break block3;
    }
    $3_1 = $107($1_1 | 0, (wasm2js_i32$0 = 0, wasm2js_i32$1 = $64(25 | 0, $333($2_1 | 0, 1 | 0) | 0 | 0) | 0, wasm2js_i32$2 = ($2_1 | 0) == (31 | 0), wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1) | 0) | 0;
    label : while (1) {
     $5_1 = $106($4_1 | 0, $138($333($3_1 | 0, 29 | 0) | 0 | 0, 4 | 0) | 0 | 0) | 0;
     $2_1 = $647($5_1 | 0) | 0;
     if (!$2_1) {
      break block4
     }
     $3_1 = $107($3_1 | 0, 1 | 0) | 0;
     $4_1 = $2_1;
     if (($138($134($2_1 | 0) | 0 | 0, -8 | 0) | 0 | 0) != ($1_1 | 0)) {
      continue label
     }
     break label;
    };
   }
   $3_1 = $390($2_1 | 0) | 0;
   $391($3_1 | 0, $0_1 | 0);
   $392($2_1 | 0, $0_1 | 0);
   $638($0_1 | 0, 0 | 0);
   $391($0_1 | 0, $2_1 | 0);
   $392($0_1 | 0, $3_1 | 0);
   return;
  }
  $296($106($5_1 | 0, 16 | 0) | 0 | 0, $0_1 | 0);
  $638($0_1 | 0, $4_1 | 0);
  $391($0_1 | 0, $0_1 | 0);
  $392($0_1 | 0, $0_1 | 0);
 }
 
 function $35($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0, $2_1 = 0;
  $1_1 = 0;
  $2_1 = $743(0 | 0) | 0;
  $744(0 | 0, $106($2_1 | 0, 1 | 0) | 0 | 0);
  block : {
   if (($2_1 | 0) < (0 | 0)) {
    break block
   }
   $1_1 = 1;
   if ($745(0 | 0) | 0) {
    break block
   }
   $642(0 | 0, $0_1 | 0);
   $747(0 | 0, $106($746(0 | 0) | 0 | 0, 1 | 0) | 0 | 0);
   $1_1 = 2;
  }
  return $1_1 | 0;
 }
 
 function $36($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = $748(0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $749($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $750(0 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $735($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
 }
 
 function $37($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = $751(0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $749($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $752(0 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $735($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
 }
 
 function $38($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $19_1 = 0, $21_1 = 0;
  block : {
   if (($135($0_1 | 0) | 0 | 0) == (-2147483648 | 0)) {
    break block
   }
   return $61($1_1 | 0, $134($0_1 | 0) | 0 | 0, $390($0_1 | 0) | 0 | 0) | 0 | 0;
  }
  $19_1 = $135($1_1 | 0) | 0;
  $21_1 = $134($1_1 | 0) | 0;
  $0_1 = $135($389($0_1 | 0) | 0 | 0) | 0;
  return $56($19_1 | 0, $21_1 | 0, $135($0_1 | 0) | 0 | 0, $134($0_1 | 0) | 0 | 0) | 0 | 0;
 }
 
 function $39($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $310($0_1 | 0, 1052336 | 0);
  $296($0_1 | 0, $1_1 | 0);
 }
 
 function $40($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = $740($1_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $66($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
 }
 
 function $41($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $134($1_1 | 0) | 0;
  $3_1 = $135($1_1 | 0) | 0;
  $8();
  block : {
   $1_1 = $5(8 | 0, 4 | 0) | 0;
   if ($1_1) {
    break block
   }
   $51(4 | 0, 8 | 0);
   wasm2js_trap();
  }
  $310($1_1 | 0, $2_1 | 0);
  $296($1_1 | 0, $3_1 | 0);
  $310($0_1 | 0, 1052336 | 0);
  $296($0_1 | 0, $1_1 | 0);
 }
 
 function $42($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $61($1_1 | 0, $135($0_1 | 0) | 0 | 0, $134($0_1 | 0) | 0 | 0) | 0 | 0;
 }
 
 function $43($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $4_1 = 0, $3_1 = 0, $6_1 = 0, $5_1 = 0, $2_1 = 0, $7_1 = 0;
  $2_1 = $390($0_1 | 0) | 0;
  block1 : {
   block : {
    if ($1_1 >>> 0 >= 128 >>> 0) {
     break block
    }
    $3_1 = 1;
    break block1;
   }
   block2 : {
    if ($1_1 >>> 0 >= 2048 >>> 0) {
     break block2
    }
    $3_1 = 2;
    break block1;
   }
   $3_1 = $1_1 >>> 0 < 65536 >>> 0 ? 3 : 4;
  }
  $4_1 = $2_1;
  block3 : {
   if ($3_1 >>> 0 <= ($64($135($0_1 | 0) | 0 | 0, $4_1 | 0) | 0) >>> 0) {
    break block3
   }
   $10($0_1 | 0, $4_1 | 0, $3_1 | 0, 1 | 0, 1 | 0);
   $4_1 = $390($0_1 | 0) | 0;
  }
  $4_1 = $106($134($0_1 | 0) | 0 | 0, $4_1 | 0) | 0;
  block6 : {
   block4 : {
    if ($1_1 >>> 0 < 128 >>> 0) {
     break block4
    }
    $5_1 = $133($138($1_1 | 0, 63 | 0) | 0 | 0, -128 | 0) | 0;
    $6_1 = $333($1_1 | 0, 6 | 0) | 0;
    block5 : {
     if ($1_1 >>> 0 >= 2048 >>> 0) {
      break block5
     }
     $753($4_1 | 0, $5_1 | 0);
     $137($4_1 | 0, $133($6_1 | 0, 192 | 0) | 0 | 0);
     break block6;
    }
    $7_1 = $333($1_1 | 0, 12 | 0) | 0;
    $6_1 = $133($138($6_1 | 0, 63 | 0) | 0 | 0, -128 | 0) | 0;
    block7 : {
     if ($1_1 >>> 0 > 65535 >>> 0) {
      break block7
     }
     $754($4_1 | 0, $5_1 | 0);
     $753($4_1 | 0, $6_1 | 0);
     $137($4_1 | 0, $133($7_1 | 0, 224 | 0) | 0 | 0);
     break block6;
    }
    $755($4_1 | 0, $5_1 | 0);
    $754($4_1 | 0, $6_1 | 0);
    $753($4_1 | 0, $133($138($7_1 | 0, 63 | 0) | 0 | 0, -128 | 0) | 0 | 0);
    $137($4_1 | 0, $133($333($1_1 | 0, 18 | 0) | 0 | 0, -16 | 0) | 0 | 0);
    break block6;
   }
   $137($4_1 | 0, $1_1 | 0);
  }
  $392($0_1 | 0, $106($3_1 | 0, $2_1 | 0) | 0 | 0);
  return 0 | 0;
 }
 
 function $44($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0, $13_1 = 0;
  block2 : {
   block1 : {
    block : {
     $13_1 = $135($0_1 | 0) | 0;
     $3_1 = $390($0_1 | 0) | 0;
     if ($2_1 >>> 0 <= ($64($13_1 | 0, $3_1 | 0) | 0) >>> 0) {
      break block
     }
     $10($0_1 | 0, $3_1 | 0, $2_1 | 0, 1 | 0, 1 | 0);
     $3_1 = $390($0_1 | 0) | 0;
     break block1;
    }
    if (!$2_1) {
     break block2
    }
   }
   if (!$2_1) {
    break block2
   }
   wasm2js_memory_copy($106($134($0_1 | 0) | 0 | 0, $3_1 | 0) | 0, $1_1, $2_1);
  }
  $392($0_1 | 0, $106($3_1 | 0, $2_1 | 0) | 0 | 0);
  return 0 | 0;
 }
 
 function $45($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, $23_1 = 0;
  $2_1 = $64(global$0 | 0, 32 | 0) | 0;
  global$0 = $2_1;
  block : {
   if (($135($1_1 | 0) | 0 | 0) != (-2147483648 | 0)) {
    break block
   }
   $3_1 = $389($1_1 | 0) | 0;
   $742($2_1 | 0, 0 | 0);
   i64toi32_i32$0 = 1;
   $756($2_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   $23_1 = $106($2_1 | 0, 20 | 0) | 0;
   $3_1 = $135($3_1 | 0) | 0;
   $56($23_1 | 0, 1052096 | 0, $135($3_1 | 0) | 0 | 0, $134($3_1 | 0) | 0 | 0) | 0;
   $3_1 = $648($2_1 | 0) | 0;
   $309($2_1 | 0, $3_1 | 0);
   i64toi32_i32$0 = $757($2_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $68($2_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   $392($1_1 | 0, $3_1 | 0);
   $735($1_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  }
  $310($0_1 | 0, 1052352 | 0);
  $296($0_1 | 0, $1_1 | 0);
  global$0 = $106($2_1 | 0, 32 | 0) | 0;
 }
 
 function $46($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, i64toi32_i32$0 = 0, $3_1 = 0, i64toi32_i32$1 = 0, $4$hi = 0, $23_1 = 0;
  $2_1 = $64(global$0 | 0, 48 | 0) | 0;
  global$0 = $2_1;
  block : {
   if (($135($1_1 | 0) | 0 | 0) != (-2147483648 | 0)) {
    break block
   }
   $3_1 = $389($1_1 | 0) | 0;
   $758($2_1 | 0, 0 | 0);
   i64toi32_i32$0 = 1;
   $759($2_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
   $23_1 = $106($2_1 | 0, 36 | 0) | 0;
   $3_1 = $135($3_1 | 0) | 0;
   $56($23_1 | 0, 1052096 | 0, $135($3_1 | 0) | 0 | 0, $134($3_1 | 0) | 0 | 0) | 0;
   $3_1 = $760($2_1 | 0) | 0;
   $761($2_1 | 0, $3_1 | 0);
   i64toi32_i32$0 = $762($2_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $4$hi = i64toi32_i32$1;
   $72($2_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   $392($1_1 | 0, $3_1 | 0);
   $735($1_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  }
  $3_1 = $390($1_1 | 0) | 0;
  $392($1_1 | 0, 0 | 0);
  i64toi32_i32$1 = $740($1_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4$hi = i64toi32_i32$0;
  i64toi32_i32$0 = 1;
  $735($1_1 | 0, 0 | 0, i64toi32_i32$0 | 0);
  $309($2_1 | 0, $3_1 | 0);
  i64toi32_i32$0 = $4$hi;
  $68($2_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  $8();
  block1 : {
   $1_1 = $5(12 | 0, 4 | 0) | 0;
   if ($1_1) {
    break block1
   }
   $51(4 | 0, 12 | 0);
   wasm2js_trap();
  }
  $392($1_1 | 0, $647($2_1 | 0) | 0 | 0);
  i64toi32_i32$0 = $100($2_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $735($1_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  $310($0_1 | 0, 1052352 | 0);
  $296($0_1 | 0, $1_1 | 0);
  global$0 = $106($2_1 | 0, 48 | 0) | 0;
 }
 
 function $47($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $296($0_1 | 0, 0 | 0);
 }
 
 function $48($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  return $56($0_1 | 0, 1052096 | 0, $1_1 | 0, $2_1 | 0) | 0 | 0;
 }
 
 function $49($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $4_1 = 0, $3_1 = 0, $25_1 = 0;
  block1 : {
   block : {
    $2_1 = $106($333($2_1 | 0, 16 | 0) | 0 | 0, ($138($2_1 | 0, 65535 | 0) | 0 | 0) != (0 | 0) | 0) | 0;
    $3_1 = __wasm_memory_grow($2_1 | 0);
    if (($3_1 | 0) != (-1 | 0)) {
     break block
    }
    $2_1 = 0;
    $4_1 = 0;
    break block1;
   }
   $4_1 = $107($2_1 | 0, 16 | 0) | 0;
   $25_1 = $106($4_1 | 0, -16 | 0) | 0;
   $2_1 = $107($3_1 | 0, 16 | 0) | 0;
   $4_1 = ($2_1 | 0) == ($64(0 | 0, $4_1 | 0) | 0 | 0) ? $25_1 : $4_1;
  }
  $392($0_1 | 0, 0 | 0);
  $310($0_1 | 0, $4_1 | 0);
  $296($0_1 | 0, $2_1 | 0);
 }
 
 function $50($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  block : {
   if (!$0_1) {
    break block
   }
   $51($0_1 | 0, $1_1 | 0);
   wasm2js_trap();
  }
  $52();
  wasm2js_trap();
 }
 
 function $51($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $32($1_1 | 0, $0_1 | 0);
  wasm2js_trap();
 }
 
 function $52() {
  $55(1052368 | 0, 35 | 0, 1052388 | 0);
  wasm2js_trap();
 }
 
 function $53($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $55($0_1 | 0, $133($107($1_1 | 0, 1 | 0) | 0 | 0, 1 | 0) | 0 | 0, $2_1 | 0);
  wasm2js_trap();
 }
 
 function $54($0_1, $1_1, $2_1, $3_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, $4_1 = 0, $5$hi = 0, $5_1 = 0, $35$hi = 0, $41$hi = 0, $56$hi = 0, $62$hi = 0, $77$hi = 0, $83$hi = 0, $96$hi = 0, $102$hi = 0;
  $4_1 = $64(global$0 | 0, 32 | 0) | 0;
  global$0 = $4_1;
  block2 : {
   block1 : {
    block : {
     if ($0_1 >>> 0 > $2_1 >>> 0) {
      break block
     }
     if ($1_1 >>> 0 > $2_1 >>> 0) {
      break block1
     }
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 0;
     i64toi32_i32$1 = $142(17 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $5_1 = i64toi32_i32$1;
     $5$hi = i64toi32_i32$0;
     if ($0_1 >>> 0 <= $1_1 >>> 0) {
      break block2
     }
     $392($4_1 | 0, $0_1 | 0);
     $391($4_1 | 0, $1_1 | 0);
     i64toi32_i32$0 = 0;
     $35$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $5$hi;
     i64toi32_i32$1 = $35$hi;
     i64toi32_i32$1 = $307($5_1 | 0, i64toi32_i32$0 | 0, $106($4_1 | 0, 12 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $72($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
     i64toi32_i32$0 = $5$hi;
     i64toi32_i32$0 = 0;
     $41$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $5$hi;
     i64toi32_i32$1 = $41$hi;
     i64toi32_i32$1 = $307($5_1 | 0, i64toi32_i32$0 | 0, $106($4_1 | 0, 8 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $70($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
     $55(1048576 | 0, $106($4_1 | 0, 16 | 0) | 0 | 0, $3_1 | 0);
     wasm2js_trap();
    }
    $392($4_1 | 0, $0_1 | 0);
    $391($4_1 | 0, $2_1 | 0);
    i64toi32_i32$0 = 0;
    i64toi32_i32$1 = 0;
    i64toi32_i32$1 = $142(17 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $5_1 = i64toi32_i32$1;
    $5$hi = i64toi32_i32$0;
    i64toi32_i32$0 = 0;
    $56$hi = i64toi32_i32$0;
    i64toi32_i32$0 = $5$hi;
    i64toi32_i32$1 = $56$hi;
    i64toi32_i32$1 = $307($5_1 | 0, i64toi32_i32$0 | 0, $106($4_1 | 0, 12 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $72($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    i64toi32_i32$0 = $5$hi;
    i64toi32_i32$0 = 0;
    $62$hi = i64toi32_i32$0;
    i64toi32_i32$0 = $5$hi;
    i64toi32_i32$1 = $62$hi;
    i64toi32_i32$1 = $307($5_1 | 0, i64toi32_i32$0 | 0, $106($4_1 | 0, 8 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $70($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
    $55(1048671 | 0, $106($4_1 | 0, 16 | 0) | 0 | 0, $3_1 | 0);
    wasm2js_trap();
   }
   $392($4_1 | 0, $1_1 | 0);
   $391($4_1 | 0, $2_1 | 0);
   i64toi32_i32$0 = 0;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $142(17 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $5_1 = i64toi32_i32$1;
   $5$hi = i64toi32_i32$0;
   i64toi32_i32$0 = 0;
   $77$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $5$hi;
   i64toi32_i32$1 = $77$hi;
   i64toi32_i32$1 = $307($5_1 | 0, i64toi32_i32$0 | 0, $106($4_1 | 0, 12 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $72($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $5$hi;
   i64toi32_i32$0 = 0;
   $83$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $5$hi;
   i64toi32_i32$1 = $83$hi;
   i64toi32_i32$1 = $307($5_1 | 0, i64toi32_i32$0 | 0, $106($4_1 | 0, 8 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $70($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   $55(1048728 | 0, $106($4_1 | 0, 16 | 0) | 0 | 0, $3_1 | 0);
   wasm2js_trap();
  }
  $392($4_1 | 0, $1_1 | 0);
  $391($4_1 | 0, $2_1 | 0);
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = 0;
  $96$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $96$hi;
  i64toi32_i32$1 = $307($5_1 | 0, i64toi32_i32$0 | 0, $106($4_1 | 0, 12 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $72($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = 0;
  $102$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $102$hi;
  i64toi32_i32$1 = $307($5_1 | 0, i64toi32_i32$0 | 0, $106($4_1 | 0, 8 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $70($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  $55(1048728 | 0, $106($4_1 | 0, 16 | 0) | 0 | 0, $3_1 | 0);
  wasm2js_trap();
 }
 
 function $55($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0;
  $3_1 = $64(global$0 | 0, 32 | 0) | 0;
  global$0 = $3_1;
  $309($3_1 | 0, $1_1 | 0);
  $391($3_1 | 0, $0_1 | 0);
  $763($3_1 | 0, 1 | 0);
  $638($3_1 | 0, $2_1 | 0);
  $308($3_1 | 0, $106($3_1 | 0, 12 | 0) | 0 | 0);
  $31($106($3_1 | 0, 20 | 0) | 0 | 0);
  wasm2js_trap();
 }
 
 function $56($0_1, $1_1, $2_1, $3_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  var $5_1 = 0, $4_1 = 0, $8_1 = 0, $7_1 = 0, $9_1 = 0, $11_1 = 0, $6_1 = 0, $10_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0, wasm2js_i32$3 = 0;
  $4_1 = $64(global$0 | 0, 16 | 0) | 0;
  global$0 = $4_1;
  block2 : {
   block1 : {
    block : {
     if ($138($3_1 | 0, 1 | 0) | 0) {
      break block
     }
     $5_1 = $136($2_1 | 0) | 0;
     if ($5_1) {
      break block1
     }
     $5_1 = 0;
     break block2;
    }
    $5_1 = ((((wasm2js_i32$1 = $0_1, wasm2js_i32$2 = $2_1), wasm2js_i32$3 = $333($3_1 | 0, 1 | 0) | 0), wasm2js_i32$0 = $389($1_1 | 0) | 0 | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$1 | 0, wasm2js_i32$2 | 0, wasm2js_i32$3 | 0) | 0);
    break block2;
   }
   $6_1 = $389($1_1 | 0) | 0;
   $7_1 = 0;
   label : while (1) {
    $8_1 = $106($2_1 | 0, 1 | 0) | 0;
    block8 : {
     block5 : {
      block6 : {
       block4 : {
        block3 : {
         if (($5_1 << 24 >> 24 | 0) > (-1 | 0)) {
          break block3
         }
         $9_1 = $138($5_1 | 0, 255 | 0) | 0;
         if (($9_1 | 0) == (128 | 0)) {
          break block4
         }
         if (($9_1 | 0) != (192 | 0)) {
          break block5
         }
         $310($4_1 | 0, $1_1 | 0);
         $296($4_1 | 0, $0_1 | 0);
         $749($4_1 | 0, 1610612768 | 0, 0 | 0);
         $5_1 = $106($3_1 | 0, $107($7_1 | 0, 3 | 0) | 0 | 0) | 0;
         if (!(((wasm2js_i32$3 = $135($5_1 | 0) | 0, wasm2js_i32$2 = $4_1), wasm2js_i32$0 = $134($5_1 | 0) | 0 | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$3 | 0, wasm2js_i32$2 | 0) | 0)) {
          break block6
         }
         $5_1 = 1;
         break block2;
        }
        block7 : {
         $5_1 = $138($5_1 | 0, 255 | 0) | 0;
         if (FUNCTION_TABLE[$6_1 | 0]($0_1, $8_1, $5_1) | 0) {
          break block7
         }
         $2_1 = $106($8_1 | 0, $5_1 | 0) | 0;
         break block8;
        }
        $5_1 = 1;
        break block2;
       }
       block9 : {
        $5_1 = $106($2_1 | 0, 3 | 0) | 0;
        $2_1 = $764($2_1 | 0) | 0;
        if (FUNCTION_TABLE[$6_1 | 0]($0_1, $5_1, $2_1) | 0) {
         break block9
        }
        $2_1 = $106($5_1 | 0, $2_1 | 0) | 0;
        break block8;
       }
       $5_1 = 1;
       break block2;
      }
      $7_1 = $106($7_1 | 0, 1 | 0) | 0;
      $2_1 = $8_1;
      break block8;
     }
     $10_1 = 1610612768;
     block10 : {
      if (!($138($5_1 | 0, 1 | 0) | 0)) {
       break block10
      }
      $8_1 = $106($2_1 | 0, 5 | 0) | 0;
      $10_1 = $765($2_1 | 0) | 0;
     }
     $9_1 = 0;
     block12 : {
      block11 : {
       if ($138($5_1 | 0, 2 | 0) | 0) {
        break block11
       }
       $11_1 = 0;
       $2_1 = $8_1;
       break block12;
      }
      $2_1 = $106($8_1 | 0, 2 | 0) | 0;
      $11_1 = $766($8_1 | 0) | 0;
     }
     block14 : {
      block13 : {
       if ($138($5_1 | 0, 4 | 0) | 0) {
        break block13
       }
       $8_1 = $2_1;
       break block14;
      }
      $8_1 = $106($2_1 | 0, 2 | 0) | 0;
      $9_1 = $766($2_1 | 0) | 0;
     }
     block16 : {
      block15 : {
       if ($138($5_1 | 0, 8 | 0) | 0) {
        break block15
       }
       $2_1 = $8_1;
       break block16;
      }
      $2_1 = $106($8_1 | 0, 2 | 0) | 0;
      $7_1 = $766($8_1 | 0) | 0;
     }
     block17 : {
      if (!($138($5_1 | 0, 16 | 0) | 0)) {
       break block17
      }
      $11_1 = $767($106($3_1 | 0, $107($138($11_1 | 0, 65535 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
     }
     block18 : {
      if (!($138($5_1 | 0, 32 | 0) | 0)) {
       break block18
      }
      $9_1 = $767($106($3_1 | 0, $107($138($9_1 | 0, 65535 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0 | 0) | 0;
     }
     $768($4_1 | 0, $9_1 | 0);
     $769($4_1 | 0, $11_1 | 0);
     $392($4_1 | 0, $10_1 | 0);
     $310($4_1 | 0, $1_1 | 0);
     $296($4_1 | 0, $0_1 | 0);
     block19 : {
      $5_1 = $106($3_1 | 0, $107($7_1 | 0, 3 | 0) | 0 | 0) | 0;
      if (!(((wasm2js_i32$2 = $135($5_1 | 0) | 0, wasm2js_i32$3 = $4_1), wasm2js_i32$0 = $134($5_1 | 0) | 0 | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$2 | 0, wasm2js_i32$3 | 0) | 0)) {
       break block19
      }
      $5_1 = 1;
      break block2;
     }
     $7_1 = $106($7_1 | 0, 1 | 0) | 0;
    }
    $5_1 = $136($2_1 | 0) | 0;
    if ($5_1) {
     continue label
    }
    break label;
   };
   $5_1 = 0;
  }
  global$0 = $106($4_1 | 0, 16 | 0) | 0;
  return $5_1 | 0;
 }
 
 function $57($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, $3_1 = 0, $4$hi = 0, $4_1 = 0, $25$hi = 0, $31$hi = 0;
  $3_1 = $64(global$0 | 0, 32 | 0) | 0;
  global$0 = $3_1;
  $391($3_1 | 0, $1_1 | 0);
  $392($3_1 | 0, $0_1 | 0);
  i64toi32_i32$0 = 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142(17 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4_1 = i64toi32_i32$1;
  $4$hi = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  $25$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = $25$hi;
  i64toi32_i32$1 = $307($4_1 | 0, i64toi32_i32$0 | 0, $106($3_1 | 0, 8 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $72($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$0 = 0;
  $31$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $4$hi;
  i64toi32_i32$1 = $31$hi;
  i64toi32_i32$1 = $307($4_1 | 0, i64toi32_i32$0 | 0, $106($3_1 | 0, 12 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $70($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  $55(1048616 | 0, $106($3_1 | 0, 16 | 0) | 0 | 0, $2_1 | 0);
  wasm2js_trap();
 }
 
 function $58($0_1, $1_1, $2_1, $3_1, $4_1, $5_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  $5_1 = $5_1 | 0;
  var $7_1 = 0, $13_1 = 0, $10_1 = 0, $11_1 = 0, $9_1 = 0, $6_1 = 0, $8_1 = 0, $12_1 = 0, i64toi32_i32$1 = 0, $14_1 = 0, i64toi32_i32$0 = 0, $14$hi = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0;
  $6_1 = $390($0_1 | 0) | 0;
  $7_1 = $138($6_1 | 0, 2097152 | 0) | 0;
  $8_1 = $7_1 ? 43 : 1114112;
  $9_1 = $106((wasm2js_i32$0 = $333($7_1 | 0, 21 | 0) | 0, wasm2js_i32$1 = 1, wasm2js_i32$2 = $1_1, wasm2js_i32$2 ? wasm2js_i32$0 : wasm2js_i32$1) | 0, $5_1 | 0) | 0;
  block1 : {
   block : {
    if ($138($6_1 | 0, 8388608 | 0) | 0) {
     break block
    }
    $2_1 = 0;
    break block1;
   }
   block3 : {
    block2 : {
     if ($3_1 >>> 0 < 16 >>> 0) {
      break block2
     }
     $7_1 = $59($2_1 | 0, $3_1 | 0) | 0;
     break block3;
    }
    block4 : {
     if ($3_1) {
      break block4
     }
     $7_1 = 0;
     break block3;
    }
    $10_1 = $138($3_1 | 0, 3 | 0) | 0;
    $11_1 = 0;
    $7_1 = 0;
    block5 : {
     if ($3_1 >>> 0 < 4 >>> 0) {
      break block5
     }
     $12_1 = $138($3_1 | 0, 12 | 0) | 0;
     $11_1 = 0;
     $7_1 = 0;
     label : while (1) {
      $13_1 = $106($2_1 | 0, $11_1 | 0) | 0;
      $7_1 = $106($106($106($106($7_1 | 0, ($770($13_1 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($13_1 | 0, 1 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($13_1 | 0, 2 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($13_1 | 0, 3 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0;
      $11_1 = $106($11_1 | 0, 4 | 0) | 0;
      if (($12_1 | 0) != ($11_1 | 0)) {
       continue label
      }
      break label;
     };
     if (!$10_1) {
      break block3
     }
    }
    $13_1 = $106($2_1 | 0, $11_1 | 0) | 0;
    label1 : while (1) {
     $7_1 = $106($7_1 | 0, ($770($13_1 | 0) | 0 | 0) > (-65 | 0) | 0) | 0;
     $13_1 = $106($13_1 | 0, 1 | 0) | 0;
     $10_1 = $106($10_1 | 0, -1 | 0) | 0;
     if ($10_1) {
      continue label1
     }
     break label1;
    };
   }
   $9_1 = $106($7_1 | 0, $9_1 | 0) | 0;
  }
  $12_1 = $1_1 ? $8_1 : 45;
  block12 : {
   block6 : {
    $1_1 = $771($0_1 | 0) | 0;
    if ($9_1 >>> 0 >= $1_1 >>> 0) {
     break block6
    }
    block13 : {
     block11 : {
      block7 : {
       if ($138($6_1 | 0, 16777216 | 0) | 0) {
        break block7
       }
       $8_1 = $64($1_1 | 0, $9_1 | 0) | 0;
       $7_1 = 0;
       $1_1 = 0;
       block8 : {
        block10 : {
         switch ($138($333($6_1 | 0, 29 | 0) | 0 | 0, 3 | 0) | 0 | 0) {
         case 1:
         case 3:
          $1_1 = $8_1;
          break block8;
         case 2:
          break block10;
         default:
          break block8;
         };
        }
        $1_1 = $333($138($8_1 | 0, 65534 | 0) | 0 | 0, 1 | 0) | 0;
       }
       $9_1 = $138($6_1 | 0, 2097151 | 0) | 0;
       $11_1 = $134($0_1 | 0) | 0;
       $10_1 = $135($0_1 | 0) | 0;
       label2 : while (1) {
        if (($138($7_1 | 0, 65535 | 0) | 0) >>> 0 >= ($138($1_1 | 0, 65535 | 0) | 0) >>> 0) {
         break block11
        }
        $13_1 = 1;
        $7_1 = $106($7_1 | 0, 1 | 0) | 0;
        if (!(FUNCTION_TABLE[$647($11_1 | 0) | 0 | 0]($10_1, $9_1) | 0)) {
         continue label2
        }
        break block12;
       };
      }
      i64toi32_i32$0 = $772($0_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $14_1 = i64toi32_i32$0;
      $14$hi = i64toi32_i32$1;
      $392($0_1 | 0, $133($138($14_1 | 0, -1612709888 | 0) | 0 | 0, 536870960 | 0) | 0 | 0);
      $13_1 = 1;
      $10_1 = $135($0_1 | 0) | 0;
      $11_1 = $134($0_1 | 0) | 0;
      if ($60($10_1 | 0, $11_1 | 0, $12_1 | 0, $2_1 | 0, $3_1 | 0) | 0) {
       break block12
      }
      $7_1 = 0;
      $2_1 = $138($64($1_1 | 0, $9_1 | 0) | 0 | 0, 65535 | 0) | 0;
      label3 : while (1) {
       if (($138($7_1 | 0, 65535 | 0) | 0) >>> 0 >= $2_1 >>> 0) {
        break block13
       }
       $13_1 = 1;
       $7_1 = $106($7_1 | 0, 1 | 0) | 0;
       if (!(FUNCTION_TABLE[$647($11_1 | 0) | 0 | 0]($10_1, 48) | 0)) {
        continue label3
       }
       break block12;
      };
     }
     $13_1 = 1;
     if ($60($10_1 | 0, $11_1 | 0, $12_1 | 0, $2_1 | 0, $3_1 | 0) | 0) {
      break block12
     }
     if (FUNCTION_TABLE[$389($11_1 | 0) | 0 | 0]($10_1, $4_1, $5_1) | 0) {
      break block12
     }
     $7_1 = 0;
     $0_1 = $138($64($8_1 | 0, $1_1 | 0) | 0 | 0, 65535 | 0) | 0;
     label4 : while (1) {
      $2_1 = $138($7_1 | 0, 65535 | 0) | 0;
      $13_1 = $2_1 >>> 0 < $0_1 >>> 0;
      if ($2_1 >>> 0 >= $0_1 >>> 0) {
       break block12
      }
      $7_1 = $106($7_1 | 0, 1 | 0) | 0;
      if (!(FUNCTION_TABLE[$647($11_1 | 0) | 0 | 0]($10_1, $9_1) | 0)) {
       continue label4
      }
      break block12;
     };
    }
    $13_1 = 1;
    if (FUNCTION_TABLE[$389($11_1 | 0) | 0 | 0]($10_1, $4_1, $5_1) | 0) {
     break block12
    }
    i64toi32_i32$1 = $14$hi;
    $749($0_1 | 0, $14_1 | 0, i64toi32_i32$1 | 0);
    return 0 | 0;
   }
   $13_1 = 1;
   $7_1 = $135($0_1 | 0) | 0;
   $10_1 = $134($0_1 | 0) | 0;
   if ($60($7_1 | 0, $10_1 | 0, $12_1 | 0, $2_1 | 0, $3_1 | 0) | 0) {
    break block12
   }
   $13_1 = FUNCTION_TABLE[$389($10_1 | 0) | 0 | 0]($7_1, $4_1, $5_1) | 0;
  }
  return $13_1 | 0;
 }
 
 function $59($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $9_1 = 0, $8_1 = 0, $7_1 = 0, $3_1 = 0, $5_1 = 0, $6_1 = 0, $4_1 = 0, $138_1 = 0, $148_1 = 0, $158_1 = 0;
  block4 : {
   block : {
    $2_1 = $138($106($0_1 | 0, 3 | 0) | 0 | 0, -4 | 0) | 0;
    $3_1 = $64($2_1 | 0, $0_1 | 0) | 0;
    if ($1_1 >>> 0 < $3_1 >>> 0) {
     break block
    }
    $4_1 = $64($1_1 | 0, $3_1 | 0) | 0;
    $5_1 = $333($4_1 | 0, 2 | 0) | 0;
    if (!$5_1) {
     break block
    }
    $6_1 = $138($4_1 | 0, 3 | 0) | 0;
    $7_1 = 0;
    $1_1 = 0;
    block1 : {
     if (($2_1 | 0) == ($0_1 | 0)) {
      break block1
     }
     $8_1 = 0;
     $1_1 = 0;
     block2 : {
      $9_1 = $64($0_1 | 0, $2_1 | 0) | 0;
      if ($9_1 >>> 0 > -4 >>> 0) {
       break block2
      }
      $8_1 = 0;
      $1_1 = 0;
      label : while (1) {
       $2_1 = $106($0_1 | 0, $8_1 | 0) | 0;
       $1_1 = $106($106($106($106($1_1 | 0, ($770($2_1 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($2_1 | 0, 1 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($2_1 | 0, 2 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($2_1 | 0, 3 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0;
       $8_1 = $106($8_1 | 0, 4 | 0) | 0;
       if ($8_1) {
        continue label
       }
       break label;
      };
     }
     $2_1 = $106($0_1 | 0, $8_1 | 0) | 0;
     label1 : while (1) {
      $1_1 = $106($1_1 | 0, ($770($2_1 | 0) | 0 | 0) > (-65 | 0) | 0) | 0;
      $2_1 = $106($2_1 | 0, 1 | 0) | 0;
      $9_1 = $106($9_1 | 0, 1 | 0) | 0;
      if ($9_1) {
       continue label1
      }
      break label1;
     };
    }
    $9_1 = $106($0_1 | 0, $3_1 | 0) | 0;
    block3 : {
     if (!$6_1) {
      break block3
     }
     $2_1 = $106($9_1 | 0, $138($4_1 | 0, 2147483644 | 0) | 0 | 0) | 0;
     $7_1 = ($770($2_1 | 0) | 0 | 0) > (-65 | 0);
     if (($6_1 | 0) == (1 | 0)) {
      break block3
     }
     $7_1 = $106($7_1 | 0, ($773($2_1 | 0) | 0 | 0) > (-65 | 0) | 0) | 0;
     if (($6_1 | 0) == (2 | 0)) {
      break block3
     }
     $7_1 = $106($7_1 | 0, ($774($2_1 | 0) | 0 | 0) > (-65 | 0) | 0) | 0;
    }
    $8_1 = $106($7_1 | 0, $1_1 | 0) | 0;
    label3 : while (1) {
     $3_1 = $9_1;
     if (!$5_1) {
      break block4
     }
     $7_1 = $5_1 >>> 0 < 192 >>> 0 ? $5_1 : 192;
     $6_1 = $138($7_1 | 0, 3 | 0) | 0;
     block6 : {
      block5 : {
       $4_1 = $107($7_1 | 0, 2 | 0) | 0;
       $1_1 = $138($4_1 | 0, 1008 | 0) | 0;
       if ($1_1) {
        break block5
       }
       $2_1 = 0;
       break block6;
      }
      $0_1 = $106($3_1 | 0, $1_1 | 0) | 0;
      $2_1 = 0;
      $1_1 = $3_1;
      label2 : while (1) {
       $9_1 = $135($106($1_1 | 0, 12 | 0) | 0 | 0) | 0;
       $138_1 = $138($133($333($297($9_1 | 0, -1 | 0) | 0 | 0, 7 | 0) | 0 | 0, $333($9_1 | 0, 6 | 0) | 0 | 0) | 0 | 0, 16843009 | 0) | 0;
       $9_1 = $135($106($1_1 | 0, 8 | 0) | 0 | 0) | 0;
       $148_1 = $138($133($333($297($9_1 | 0, -1 | 0) | 0 | 0, 7 | 0) | 0 | 0, $333($9_1 | 0, 6 | 0) | 0 | 0) | 0 | 0, 16843009 | 0) | 0;
       $9_1 = $135($106($1_1 | 0, 4 | 0) | 0 | 0) | 0;
       $158_1 = $138($133($333($297($9_1 | 0, -1 | 0) | 0 | 0, 7 | 0) | 0 | 0, $333($9_1 | 0, 6 | 0) | 0 | 0) | 0 | 0, 16843009 | 0) | 0;
       $9_1 = $135($1_1 | 0) | 0;
       $2_1 = $106($138_1 | 0, $106($148_1 | 0, $106($158_1 | 0, $106($138($133($333($297($9_1 | 0, -1 | 0) | 0 | 0, 7 | 0) | 0 | 0, $333($9_1 | 0, 6 | 0) | 0 | 0) | 0 | 0, 16843009 | 0) | 0 | 0, $2_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0;
       $1_1 = $106($1_1 | 0, 16 | 0) | 0;
       if (($1_1 | 0) != ($0_1 | 0)) {
        continue label2
       }
       break label2;
      };
     }
     $5_1 = $64($5_1 | 0, $7_1 | 0) | 0;
     $9_1 = $106($3_1 | 0, $4_1 | 0) | 0;
     $8_1 = $106($333($541($106($138($333($2_1 | 0, 8 | 0) | 0 | 0, 16711935 | 0) | 0 | 0, $138($2_1 | 0, 16711935 | 0) | 0 | 0) | 0 | 0, 65537 | 0) | 0 | 0, 16 | 0) | 0 | 0, $8_1 | 0) | 0;
     if (!$6_1) {
      continue label3
     }
     break label3;
    };
    $2_1 = $106($3_1 | 0, $107($138($7_1 | 0, 252 | 0) | 0 | 0, 2 | 0) | 0 | 0) | 0;
    $1_1 = $135($2_1 | 0) | 0;
    $1_1 = $138($133($333($297($1_1 | 0, -1 | 0) | 0 | 0, 7 | 0) | 0 | 0, $333($1_1 | 0, 6 | 0) | 0 | 0) | 0 | 0, 16843009 | 0) | 0;
    block7 : {
     if (($6_1 | 0) == (1 | 0)) {
      break block7
     }
     $9_1 = $134($2_1 | 0) | 0;
     $1_1 = $106($138($133($333($297($9_1 | 0, -1 | 0) | 0 | 0, 7 | 0) | 0 | 0, $333($9_1 | 0, 6 | 0) | 0 | 0) | 0 | 0, 16843009 | 0) | 0 | 0, $1_1 | 0) | 0;
     if (($6_1 | 0) == (2 | 0)) {
      break block7
     }
     $2_1 = $390($2_1 | 0) | 0;
     $1_1 = $106($138($133($333($297($2_1 | 0, -1 | 0) | 0 | 0, 7 | 0) | 0 | 0, $333($2_1 | 0, 6 | 0) | 0 | 0) | 0 | 0, 16843009 | 0) | 0 | 0, $1_1 | 0) | 0;
    }
    $8_1 = $106($333($541($106($138($333($1_1 | 0, 8 | 0) | 0 | 0, 459007 | 0) | 0 | 0, $138($1_1 | 0, 16711935 | 0) | 0 | 0) | 0 | 0, 65537 | 0) | 0 | 0, 16 | 0) | 0 | 0, $8_1 | 0) | 0;
    break block4;
   }
   block8 : {
    if ($1_1) {
     break block8
    }
    return 0 | 0;
   }
   $2_1 = $138($1_1 | 0, 3 | 0) | 0;
   $9_1 = 0;
   $8_1 = 0;
   block9 : {
    if ($1_1 >>> 0 < 4 >>> 0) {
     break block9
    }
    $5_1 = $138($1_1 | 0, -4 | 0) | 0;
    $8_1 = 0;
    $9_1 = 0;
    label4 : while (1) {
     $1_1 = $106($0_1 | 0, $9_1 | 0) | 0;
     $8_1 = $106($106($106($106($8_1 | 0, ($770($1_1 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($1_1 | 0, 1 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($1_1 | 0, 2 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0 | 0, ($770($106($1_1 | 0, 3 | 0) | 0 | 0) | 0 | 0) > (-65 | 0) | 0) | 0;
     $9_1 = $106($9_1 | 0, 4 | 0) | 0;
     if (($5_1 | 0) != ($9_1 | 0)) {
      continue label4
     }
     break label4;
    };
    if (!$2_1) {
     break block4
    }
   }
   $1_1 = $106($0_1 | 0, $9_1 | 0) | 0;
   label5 : while (1) {
    $8_1 = $106($8_1 | 0, ($770($1_1 | 0) | 0 | 0) > (-65 | 0) | 0) | 0;
    $1_1 = $106($1_1 | 0, 1 | 0) | 0;
    $2_1 = $106($2_1 | 0, -1 | 0) | 0;
    if ($2_1) {
     continue label5
    }
    break label5;
   };
  }
  return $8_1 | 0;
 }
 
 function $60($0_1, $1_1, $2_1, $3_1, $4_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  block : {
   if (($2_1 | 0) == (1114112 | 0)) {
    break block
   }
   if (!(FUNCTION_TABLE[$647($1_1 | 0) | 0 | 0]($0_1, $2_1) | 0)) {
    break block
   }
   return 1 | 0;
  }
  block1 : {
   if ($3_1) {
    break block1
   }
   return 0 | 0;
  }
  return FUNCTION_TABLE[$389($1_1 | 0) | 0 | 0]($0_1, $3_1, $4_1) | 0 | 0;
 }
 
 function $61($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var wasm2js_i32$0 = 0, wasm2js_i32$1 = 0, wasm2js_i32$2 = 0, wasm2js_i32$3 = 0;
  return ((((wasm2js_i32$1 = $135($0_1 | 0) | 0, wasm2js_i32$2 = $1_1), wasm2js_i32$3 = $2_1), wasm2js_i32$0 = $389($134($0_1 | 0) | 0 | 0) | 0 | 0), FUNCTION_TABLE[wasm2js_i32$0](wasm2js_i32$1 | 0, wasm2js_i32$2 | 0, wasm2js_i32$3 | 0) | 0) | 0;
 }
 
 function $62($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $3_1 = 0, $5_1 = 0, $2_1 = 0, $4_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $30_1 = 0, $61_1 = 0, $65_1 = 0, $81_1 = 0;
  $2_1 = $64(global$0 | 0, 16 | 0) | 0;
  global$0 = $2_1;
  $3_1 = 10;
  $4_1 = $135($0_1 | 0) | 0;
  $5_1 = $4_1;
  block : {
   if ($5_1 >>> 0 < 1e3 >>> 0) {
    break block
   }
   $3_1 = 10;
   label : while (1) {
    $6_1 = $106($106($2_1 | 0, 6 | 0) | 0 | 0, $3_1 | 0) | 0;
    $30_1 = $106($6_1 | 0, -4 | 0) | 0;
    $0_1 = $5_1;
    $5_1 = ($5_1 >>> 0) / (1e4 >>> 0) | 0;
    $7_1 = $64($0_1 | 0, $541($5_1 | 0, 1e4 | 0) | 0 | 0) | 0;
    $8_1 = (($138($7_1 | 0, 65535 | 0) | 0) >>> 0) / (100 >>> 0) | 0;
    $776($30_1 | 0, $775($107($8_1 | 0, 1 | 0) | 0 | 0) | 0 | 0);
    $776($106($6_1 | 0, -2 | 0) | 0 | 0, $775($107($138($64($7_1 | 0, $541($8_1 | 0, 100 | 0) | 0 | 0) | 0 | 0, 65535 | 0) | 0 | 0, 1 | 0) | 0 | 0) | 0 | 0);
    $3_1 = $106($3_1 | 0, -4 | 0) | 0;
    if ($0_1 >>> 0 > 9999999 >>> 0) {
     continue label
    }
    break label;
   };
  }
  block2 : {
   block1 : {
    if ($5_1 >>> 0 > 9 >>> 0) {
     break block1
    }
    $0_1 = $5_1;
    break block2;
   }
   $61_1 = $106($2_1 | 0, 6 | 0) | 0;
   $3_1 = $106($3_1 | 0, -2 | 0) | 0;
   $65_1 = $106($61_1 | 0, $3_1 | 0) | 0;
   $0_1 = (($138($5_1 | 0, 65535 | 0) | 0) >>> 0) / (100 >>> 0) | 0;
   $776($65_1 | 0, $775($107($138($64($5_1 | 0, $541($0_1 | 0, 100 | 0) | 0 | 0) | 0 | 0, 65535 | 0) | 0 | 0, 1 | 0) | 0 | 0) | 0 | 0);
  }
  block4 : {
   block3 : {
    if (!$4_1) {
     break block3
    }
    if (!$0_1) {
     break block4
    }
   }
   $81_1 = $106($2_1 | 0, 6 | 0) | 0;
   $3_1 = $106($3_1 | 0, -1 | 0) | 0;
   $137($106($81_1 | 0, $3_1 | 0) | 0 | 0, $777($107($0_1 | 0, 1 | 0) | 0 | 0) | 0 | 0);
  }
  $3_1 = $58($1_1 | 0, 1 | 0, 1 | 0, 0 | 0, $106($106($2_1 | 0, 6 | 0) | 0 | 0, $3_1 | 0) | 0 | 0, $64(10 | 0, $3_1 | 0) | 0 | 0) | 0;
  global$0 = $106($2_1 | 0, 16 | 0) | 0;
  return $3_1 | 0;
 }
 
 function $63($0_1, $1_1, $1$hi, $2_1, $2$hi, $3_1, $3$hi, $4_1, $4$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  $2_1 = $2_1 | 0;
  $2$hi = $2$hi | 0;
  $3_1 = $3_1 | 0;
  $3$hi = $3$hi | 0;
  $4_1 = $4_1 | 0;
  $4$hi = $4$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, $5$hi = 0, $6$hi = 0, $5_1 = 0, $6_1 = 0, $7$hi = 0, $8$hi = 0, $9$hi = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10$hi = 0, $37_1 = 0, $37$hi = 0, $40_1 = 0, $40$hi = 0, $10_1 = 0, $46_1 = 0, $46$hi = 0, $49_1 = 0, $51_1 = 0, $51$hi = 0, $53_1 = 0, $53$hi = 0, $54_1 = 0, $54$hi = 0, $55_1 = 0, $55$hi = 0, $58_1 = 0, $59$hi = 0, $60_1 = 0, $60$hi = 0, $63_1 = 0, $63$hi = 0, $66_1 = 0, $66$hi = 0, $67_1 = 0, $67$hi = 0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($3_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $143($1_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $144($5_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $7_1 = i64toi32_i32$1;
  $7$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $139($3_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $8_1 = i64toi32_i32$1;
  $8$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $144($8_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $139($1_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $9_1 = i64toi32_i32$1;
  $9$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $9$hi;
  i64toi32_i32$1 = $144($5_1 | 0, i64toi32_i32$0 | 0, $9_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $37_1 = i64toi32_i32$1;
  $37$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = $37$hi;
  i64toi32_i32$1 = $109($6_1 | 0, i64toi32_i32$0 | 0, $37_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $142($5_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $40_1 = i64toi32_i32$1;
  $40$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$1 = $40$hi;
  i64toi32_i32$1 = $109($7_1 | 0, i64toi32_i32$0 | 0, $40_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $10_1 = i64toi32_i32$1;
  $10$hi = i64toi32_i32$0;
  $66($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$0 = $9$hi;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = $9$hi;
  i64toi32_i32$1 = $144($8_1 | 0, i64toi32_i32$0 | 0, $9_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $46_1 = i64toi32_i32$1;
  $46$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$2 = $5_1;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$3 = $6_1;
  $49_1 = i64toi32_i32$0 >>> 0 < i64toi32_i32$1 >>> 0 | ((i64toi32_i32$0 | 0) == (i64toi32_i32$1 | 0) & i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0 | 0) | 0;
  i64toi32_i32$2 = 0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $142($49_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $51_1 = i64toi32_i32$0;
  $51$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $5$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $139($5_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $53_1 = i64toi32_i32$0;
  $53$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $51$hi;
  i64toi32_i32$0 = $53$hi;
  i64toi32_i32$0 = $307($51_1 | 0, i64toi32_i32$2 | 0, $53_1 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $54_1 = i64toi32_i32$0;
  $54$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $46$hi;
  i64toi32_i32$0 = $54$hi;
  i64toi32_i32$0 = $109($46_1 | 0, i64toi32_i32$2 | 0, $54_1 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $55_1 = i64toi32_i32$0;
  $55$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $10$hi;
  i64toi32_i32$2 = $7$hi;
  i64toi32_i32$2 = $10$hi;
  i64toi32_i32$3 = $10_1;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$1 = $7_1;
  $58_1 = i64toi32_i32$2 >>> 0 < i64toi32_i32$0 >>> 0 | ((i64toi32_i32$2 | 0) == (i64toi32_i32$0 | 0) & i64toi32_i32$3 >>> 0 < i64toi32_i32$1 >>> 0 | 0) | 0;
  i64toi32_i32$3 = 0;
  $59$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $55$hi;
  i64toi32_i32$2 = $59$hi;
  i64toi32_i32$2 = $109($55_1 | 0, i64toi32_i32$3 | 0, $58_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $60_1 = i64toi32_i32$2;
  $60$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $4$hi;
  i64toi32_i32$3 = $1$hi;
  i64toi32_i32$3 = $4$hi;
  i64toi32_i32$2 = $1$hi;
  i64toi32_i32$2 = $144($4_1 | 0, i64toi32_i32$3 | 0, $1_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $63_1 = i64toi32_i32$2;
  $63$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $3$hi;
  i64toi32_i32$3 = $2$hi;
  i64toi32_i32$3 = $3$hi;
  i64toi32_i32$2 = $2$hi;
  i64toi32_i32$2 = $144($3_1 | 0, i64toi32_i32$3 | 0, $2_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $66_1 = i64toi32_i32$2;
  $66$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $63$hi;
  i64toi32_i32$2 = $66$hi;
  i64toi32_i32$2 = $109($63_1 | 0, i64toi32_i32$3 | 0, $66_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $67_1 = i64toi32_i32$2;
  $67$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $60$hi;
  i64toi32_i32$2 = $67$hi;
  i64toi32_i32$2 = $109($60_1 | 0, i64toi32_i32$3 | 0, $67_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $68($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
 }
 
 function $64($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 - $1_1 | 0 | 0;
 }
 
 function $65($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[$3_1 >> 0] | 0 | ((HEAPU8[($3_1 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 4 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 5 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 6 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 7 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $66($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $67($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 8 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 9 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 10 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 11 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 12 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 13 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 14 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 15 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $68($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 8 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 12 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $69($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 16 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 17 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 18 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 19 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 20 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 21 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 22 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 23 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $70($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 16 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 20 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $71($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 24 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 25 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 26 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 27 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 28 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 29 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 30 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 31 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $72($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 24 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 28 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $73($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 32 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 33 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 34 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 35 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 36 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 37 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 38 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 39 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $74($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 32 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 36 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $75($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 40 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 41 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 42 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 43 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 44 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 45 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 46 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 47 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $76($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 40 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 44 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $77($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 48 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 49 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 50 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 51 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 52 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 53 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 54 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 55 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $78($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 48 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 52 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $79($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 56 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 57 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 58 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 59 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 60 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 61 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 62 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 63 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $80($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 56 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 60 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $81($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 64 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 65 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 66 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 67 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 68 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 69 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 70 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 71 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $82($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 64 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 68 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $83($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 72 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 73 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 74 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 75 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 76 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 77 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 78 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 79 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $84($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 72 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 76 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $85($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 80 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 81 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 82 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 83 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 84 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 85 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 86 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 87 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $86($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 80 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 84 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $87($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 88 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 89 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 90 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 91 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 92 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 93 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 94 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 95 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $88($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 88 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 92 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $89($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 96 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 97 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 98 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 99 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 100 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 101 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 102 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 103 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $90($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 96 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 100 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $91($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 104 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 105 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 106 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 107 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 108 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 109 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 110 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 111 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $92($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 104 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 108 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $93($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 112 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 113 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 114 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 115 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 116 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 117 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 118 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 119 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $94($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 112 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 116 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $95($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 120 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 121 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 122 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 123 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 124 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 125 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 126 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 127 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $96($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 120 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 124 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $97($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
  i64toi32_i32$2 = i64toi32_i32$2 ^ $1_1 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$2 | 0;
 }
 
 function $98($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $99($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 32 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 36 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $100($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 8 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 12 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $101($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 40 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 44 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $102($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 16 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 20 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $103($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 48 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 52 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $104($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 24 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 28 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $105($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 56 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 60 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $106($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 + $1_1 | 0 | 0;
 }
 
 function $107($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 << $1_1 | 0 | 0;
 }
 
 function $108($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049052 | 0) >> 0] | 0 | 0;
 }
 
 function $109($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$5 = 0, i64toi32_i32$3 = 0, i64toi32_i32$4 = 0;
  i64toi32_i32$3 = $1_1;
  i64toi32_i32$4 = $0_1 + i64toi32_i32$3 | 0;
  i64toi32_i32$5 = $0$hi + $1$hi | 0;
  if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
   i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
  }
  i64toi32_i32$HIGH_BITS = i64toi32_i32$5;
  return i64toi32_i32$4 | 0;
 }
 
 function $110($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049044 | 0) >> 0] | 0 | 0;
 }
 
 function $111($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049045 | 0) >> 0] | 0 | 0;
 }
 
 function $112($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = __wasm_rotl_i64($0_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$0;
  return i64toi32_i32$1 | 0;
 }
 
 function $113($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049046 | 0) >> 0] | 0 | 0;
 }
 
 function $114($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049047 | 0) >> 0] | 0 | 0;
 }
 
 function $115($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049053 | 0) >> 0] | 0 | 0;
 }
 
 function $116($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049042 | 0) >> 0] | 0 | 0;
 }
 
 function $117($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049043 | 0) >> 0] | 0 | 0;
 }
 
 function $118($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049040 | 0) >> 0] | 0 | 0;
 }
 
 function $119($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049041 | 0) >> 0] | 0 | 0;
 }
 
 function $120($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049050 | 0) >> 0] | 0 | 0;
 }
 
 function $121($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049051 | 0) >> 0] | 0 | 0;
 }
 
 function $122($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049048 | 0) >> 0] | 0 | 0;
 }
 
 function $123($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049049 | 0) >> 0] | 0 | 0;
 }
 
 function $124($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049054 | 0) >> 0] | 0 | 0;
 }
 
 function $125($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1049055 | 0) >> 0] | 0 | 0;
 }
 
 function $126($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1049032 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1049036 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $127($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1049024 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1049028 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $128($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1049016 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1049020 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $129($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1049008 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1049012 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $130($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1049e3 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1049004 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $131($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1048992 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1048996 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $132($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1048984 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1048988 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $133($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 | $1_1 | 0 | 0;
 }
 
 function $134($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 4 | 0) >> 2] | 0 | 0;
 }
 
 function $135($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[$0_1 >> 2] | 0 | 0;
 }
 
 function $136($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[$0_1 >> 0] | 0 | 0;
 }
 
 function $137($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[$0_1 >> 0] = $1_1;
 }
 
 function $138($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 & $1_1 | 0 | 0;
 }
 
 function $139($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$4 = 0, i64toi32_i32$2 = 0, i64toi32_i32$1 = 0, i64toi32_i32$3 = 0, $9_1 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$3 = $1_1;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = 0;
   $9_1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
   $9_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
  }
  i64toi32_i32$2 = $9_1;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$2 | 0;
 }
 
 function $140($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[$0_1 >> 0] = $1_1;
 }
 
 function $141($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 1 | 0) >> 0] = $1_1;
 }
 
 function $142($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$4 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, i64toi32_i32$3 = 0, $9_1 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$3 = $1_1;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
   $9_1 = 0;
  } else {
   i64toi32_i32$1 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$4 | 0) | 0;
   $9_1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
  }
  i64toi32_i32$2 = $9_1;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$2 | 0;
 }
 
 function $143($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$1 | 0;
  i64toi32_i32$2 = i64toi32_i32$2 & $1_1 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$2 | 0;
 }
 
 function $144($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = __wasm_i64_mul($0_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$0;
  return i64toi32_i32$1 | 0;
 }
 
 function $145($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 120 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 124 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $146($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 88 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 92 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $147($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 104 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 108 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $148($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 72 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 76 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $149($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 96 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 100 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $150($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 64 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 68 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $151($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 112 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 116 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $152($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 80 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 84 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $153($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 19932672 | 0) >> 0] | 0 | 0;
 }
 
 function $154($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6712 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6716 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $155($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6704 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6708 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $156($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6696 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6700 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $157($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6688 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6692 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $158($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6680 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6684 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $159($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6672 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6676 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $160($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6664 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6668 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $161($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6656 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6660 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $162($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3432 | 0) >> 2] = $1_1;
 }
 
 function $163($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3428 | 0) >> 2] = $1_1;
 }
 
 function $164($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3436 | 0) >> 2] = $1_1;
 }
 
 function $165($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3440 | 0) >> 2] = $1_1;
 }
 
 function $166($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3444 | 0) >> 2] = $1_1;
 }
 
 function $167($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3512 | 0) >> 2] = $1_1;
 }
 
 function $168($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3448 | 0) >> 2] = $1_1;
 }
 
 function $169($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6592 | 0) >> 2] = $1_1;
 }
 
 function $170($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3168 | 0) >> 2] = $1_1;
 }
 
 function $171($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 96 | 0) >> 2] = $1_1;
 }
 
 function $172($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3612 | 0) >> 2] = $1_1;
 }
 
 function $173($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3604 | 0) >> 2] = $1_1;
 }
 
 function $174($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3596 | 0) >> 2] = $1_1;
 }
 
 function $175($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3592 | 0) >> 2] = $1_1;
 }
 
 function $176($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3588 | 0) >> 2] = $1_1;
 }
 
 function $177($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3580 | 0) >> 2] = $1_1;
 }
 
 function $178($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3576 | 0) >> 2] = $1_1;
 }
 
 function $179($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3572 | 0) >> 2] = $1_1;
 }
 
 function $180($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3564 | 0) >> 2] = $1_1;
 }
 
 function $181($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3556 | 0) >> 2] = $1_1;
 }
 
 function $182($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3548 | 0) >> 2] = $1_1;
 }
 
 function $183($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3540 | 0) >> 2] = $1_1;
 }
 
 function $184($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3532 | 0) >> 2] = $1_1;
 }
 
 function $185($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3524 | 0) >> 2] = $1_1;
 }
 
 function $186($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3608 | 0) >> 2] = $1_1;
 }
 
 function $187($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3600 | 0) >> 2] = $1_1;
 }
 
 function $188($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3584 | 0) >> 2] = $1_1;
 }
 
 function $189($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3568 | 0) >> 2] = $1_1;
 }
 
 function $190($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3560 | 0) >> 2] = $1_1;
 }
 
 function $191($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3552 | 0) >> 2] = $1_1;
 }
 
 function $192($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3544 | 0) >> 2] = $1_1;
 }
 
 function $193($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3536 | 0) >> 2] = $1_1;
 }
 
 function $194($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3528 | 0) >> 2] = $1_1;
 }
 
 function $195($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3520 | 0) >> 2] = $1_1;
 }
 
 function $196($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6720 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6724 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $197($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3504 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3508 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $198($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3496 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3500 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $199($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3488 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3492 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $200($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3480 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3484 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $201($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3472 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3476 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $202($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3464 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3468 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $203($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3456 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3460 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $204($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3448 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3452 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $205($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 108 | 0) >> 2] = $1_1;
 }
 
 function $206($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 100 | 0) >> 2] = $1_1;
 }
 
 function $207($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 104 | 0) >> 2] = $1_1;
 }
 
 function $208($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3472 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3476 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $209($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3544 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3548 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $210($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3464 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3468 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $211($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3536 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3540 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $212($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3456 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3460 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $213($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3528 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3532 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $214($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3448 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3452 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $215($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3520 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3524 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $216($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3504 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3508 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $217($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6648 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6652 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $218($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3496 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3500 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $219($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6640 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6644 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $220($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3488 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3492 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $221($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6632 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6636 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $222($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3480 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3484 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $223($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6624 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6628 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $224($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6616 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6620 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $225($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6608 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6612 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $226($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6600 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6604 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $227($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6592 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6596 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $228($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3168 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3172 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $229($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3224 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3228 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $230($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3216 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3220 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $231($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3208 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3212 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $232($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3200 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3204 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $233($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3192 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3196 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $234($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3184 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3188 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $235($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3176 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3180 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $236($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[$3_1 >> 0] = $4_1;
  HEAP8[($3_1 + 1 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 2 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 3 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 4 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 5 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 6 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 7 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $237($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 8 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 9 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 10 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 11 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 12 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 13 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 14 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 15 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $238($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 16 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 17 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 18 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 19 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 20 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 21 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 22 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 23 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $239($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 24 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 25 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 26 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 27 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 28 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 29 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 30 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 31 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $240($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3516 | 0) >> 2] = $1_1;
 }
 
 function $241($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4480 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4484 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $242($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4488 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4492 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $243($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4496 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4500 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $244($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4504 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4508 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $245($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4512 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4516 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $246($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4520 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4524 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $247($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4528 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4532 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $248($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4536 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4540 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $249($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 56 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 57 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 58 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 59 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 60 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 61 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 62 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 63 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $250($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 48 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 49 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 50 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 51 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 52 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 53 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 54 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 55 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $251($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 40 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 41 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 42 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 43 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 44 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 45 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 46 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 47 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $252($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 32 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 33 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 34 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 35 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 36 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 37 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 38 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 39 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $253($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3155456 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $254($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$5 = 0, i64toi32_i32$3 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$3 = $1_1;
  i64toi32_i32$5 = (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) + $1$hi | 0;
  i64toi32_i32$5 = i64toi32_i32$0 - i64toi32_i32$5 | 0;
  i64toi32_i32$2 = i64toi32_i32$2 - i64toi32_i32$3 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$5;
  return i64toi32_i32$2 | 0;
 }
 
 function $255($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3232 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3236 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $256($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3240 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3244 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $257($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3248 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3252 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $258($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3256 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3260 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $259($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3264 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3268 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $260($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3272 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3276 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $261($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3280 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3284 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $262($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3288 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3292 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $263($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3168 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3172 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $264($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3176 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3180 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $265($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3184 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3188 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $266($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3192 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3196 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $267($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3200 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3204 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $268($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3208 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3212 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $269($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3216 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3220 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $270($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3224 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3228 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $271($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3232 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3236 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $272($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3240 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3244 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $273($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3248 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3252 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $274($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3256 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3260 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $275($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3264 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3268 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $276($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3272 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3276 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $277($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3280 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3284 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $278($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3288 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3292 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $279($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052080 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052081 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052082 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052083 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052084 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052085 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052086 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052087 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $280($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052085 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052086 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052087 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052088 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052089 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052090 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052091 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052092 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $281($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 3541 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 3542 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 3543 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 3544 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 3545 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 3546 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 3547 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 3548 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $282($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 3549 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 3550 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 3551 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 3552 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 3553 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 3554 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 3555 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 3556 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $283($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 3557 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 3558 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 3559 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 3560 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 3561 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 3562 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 3563 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 3564 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $284($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 3565 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 3566 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 3567 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 3568 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 3569 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 3570 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 3571 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 3572 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $285($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 3572 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 3573 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 3574 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 3575 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 3576 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 3577 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 3578 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 3579 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $286($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052064 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052065 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052066 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052067 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052068 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052069 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052070 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052071 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $287($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052072 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052073 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052074 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052075 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052076 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052077 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052078 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052079 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $288($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3536 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3540 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $289($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3544 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3548 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $290($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3552 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3556 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $291($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3560 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3564 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $292($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3568 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3572 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $293($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3576 | 0) >> 2] | 0 | 0;
 }
 
 function $294($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3224 | 0) >> 2] = $1_1;
 }
 
 function $295($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3228 | 0) >> 2] = $1_1;
 }
 
 function $296($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
 }
 
 function $297($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 ^ $1_1 | 0 | 0;
 }
 
 function $298($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 3168 | 0) >> 0] | 0 | 0;
 }
 
 function $299($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3232 | 0) >> 2] = $1_1;
 }
 
 function $300($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 152 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 156 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $301($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 144 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 148 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $302($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 136 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 140 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $303($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 128 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 132 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $304($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6660 | 0) >> 2] = $1_1;
 }
 
 function $305($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6656 | 0) >> 2] = $1_1;
 }
 
 function $306($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[$3_1 >> 0] | 0 | ((HEAPU8[($3_1 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $307($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = i64toi32_i32$0 | i64toi32_i32$1 | 0;
  i64toi32_i32$2 = i64toi32_i32$2 | $1_1 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$2 | 0;
 }
 
 function $308($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 20 | 0) >> 2] = $1_1;
 }
 
 function $309($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 16 | 0) >> 2] = $1_1;
 }
 
 function $310($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 4 | 0) >> 2] = $1_1;
 }
 
 function $311($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3072 | 0) >> 2] = $1_1;
 }
 
 function $312($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 19932672 | 0) >> 0] = $1_1;
 }
 
 function $313($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 152 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 156 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $314($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 144 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 148 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $315($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 136 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 140 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $316($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 128 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 132 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $317($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 120 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 124 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $318($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 112 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 116 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $319($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 104 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 108 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $320($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 96 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 100 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $321($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 6648 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 6652 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $322($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3576 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3580 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $323($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 6640 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 6644 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $324($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3568 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3572 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $325($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 6632 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 6636 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $326($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3560 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3564 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $327($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 6624 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 6628 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $328($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3552 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3556 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $329($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 6616 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 6620 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $330($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 6608 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 6612 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $331($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 6600 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 6604 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $332($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 6592 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 6596 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $333($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 >>> $1_1 | 0 | 0;
 }
 
 function $334($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return __wasm_rotl_i32($0_1 | 0, $1_1 | 0) | 0 | 0;
 }
 
 function $335($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3520 | 0) >> 2] | 0 | 0;
 }
 
 function $336($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[$2_1 >> 0] = $3_1;
  HEAP8[($2_1 + 1 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 2 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 3 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $337($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3524 | 0) >> 2] | 0 | 0;
 }
 
 function $338($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 4 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 5 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 6 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 7 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $339($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3528 | 0) >> 2] | 0 | 0;
 }
 
 function $340($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 8 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 9 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 10 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 11 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $341($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3532 | 0) >> 2] | 0 | 0;
 }
 
 function $342($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 12 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 13 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 14 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 15 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $343($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3536 | 0) >> 2] | 0 | 0;
 }
 
 function $344($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 16 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 17 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 18 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 19 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $345($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3540 | 0) >> 2] | 0 | 0;
 }
 
 function $346($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 20 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 21 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 22 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 23 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $347($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3544 | 0) >> 2] | 0 | 0;
 }
 
 function $348($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 24 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 25 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 26 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 27 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $349($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3548 | 0) >> 2] | 0 | 0;
 }
 
 function $350($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 28 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 29 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 30 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 31 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $351($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3552 | 0) >> 2] | 0 | 0;
 }
 
 function $352($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 32 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 33 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 34 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 35 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $353($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3556 | 0) >> 2] | 0 | 0;
 }
 
 function $354($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 36 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 37 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 38 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 39 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $355($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3560 | 0) >> 2] | 0 | 0;
 }
 
 function $356($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 40 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 41 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 42 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 43 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $357($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3564 | 0) >> 2] | 0 | 0;
 }
 
 function $358($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 44 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 45 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 46 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 47 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $359($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3568 | 0) >> 2] | 0 | 0;
 }
 
 function $360($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 48 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 49 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 50 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 51 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $361($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3572 | 0) >> 2] | 0 | 0;
 }
 
 function $362($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 52 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 53 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 54 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 55 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $363($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 56 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 57 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 58 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 59 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $364($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3580 | 0) >> 2] | 0 | 0;
 }
 
 function $365($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[($2_1 + 60 | 0) >> 0] = $3_1;
  HEAP8[($2_1 + 61 | 0) >> 0] = $3_1 >>> 8 | 0;
  HEAP8[($2_1 + 62 | 0) >> 0] = $3_1 >>> 16 | 0;
  HEAP8[($2_1 + 63 | 0) >> 0] = $3_1 >>> 24 | 0;
 }
 
 function $366($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6652 | 0) >> 2] = $1_1;
 }
 
 function $367($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6648 | 0) >> 2] = $1_1;
 }
 
 function $368($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6644 | 0) >> 2] = $1_1;
 }
 
 function $369($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6640 | 0) >> 2] = $1_1;
 }
 
 function $370($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6636 | 0) >> 2] = $1_1;
 }
 
 function $371($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6632 | 0) >> 2] = $1_1;
 }
 
 function $372($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6628 | 0) >> 2] = $1_1;
 }
 
 function $373($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6624 | 0) >> 2] = $1_1;
 }
 
 function $374($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6620 | 0) >> 2] = $1_1;
 }
 
 function $375($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6616 | 0) >> 2] = $1_1;
 }
 
 function $376($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6612 | 0) >> 2] = $1_1;
 }
 
 function $377($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6608 | 0) >> 2] = $1_1;
 }
 
 function $378($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6604 | 0) >> 2] = $1_1;
 }
 
 function $379($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6600 | 0) >> 2] = $1_1;
 }
 
 function $380($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6596 | 0) >> 2] = $1_1;
 }
 
 function $381($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6712 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6716 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $382($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6704 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6708 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $383($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6696 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6700 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $384($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6688 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6692 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $385($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6680 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6684 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $386($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6672 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6676 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $387($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6664 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6668 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $388($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 6656 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 6660 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $389($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 12 | 0) >> 2] | 0 | 0;
 }
 
 function $390($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 8 | 0) >> 2] | 0 | 0;
 }
 
 function $391($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 12 | 0) >> 2] = $1_1;
 }
 
 function $392($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 8 | 0) >> 2] = $1_1;
 }
 
 function $393($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 96 | 0) >> 2] | 0 | 0;
 }
 
 function $394($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 100 | 0) >> 2] | 0 | 0;
 }
 
 function $395($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 104 | 0) >> 2] | 0 | 0;
 }
 
 function $396($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 108 | 0) >> 2] | 0 | 0;
 }
 
 function $397($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 112 | 0) >> 2] | 0 | 0;
 }
 
 function $398($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 116 | 0) >> 2] | 0 | 0;
 }
 
 function $399($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 120 | 0) >> 2] | 0 | 0;
 }
 
 function $400($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 124 | 0) >> 2] | 0 | 0;
 }
 
 function $401($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 128 | 0) >> 2] | 0 | 0;
 }
 
 function $402($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 132 | 0) >> 2] | 0 | 0;
 }
 
 function $403($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 136 | 0) >> 2] | 0 | 0;
 }
 
 function $404($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 140 | 0) >> 2] | 0 | 0;
 }
 
 function $405($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 144 | 0) >> 2] | 0 | 0;
 }
 
 function $406($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 148 | 0) >> 2] | 0 | 0;
 }
 
 function $407($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 152 | 0) >> 2] | 0 | 0;
 }
 
 function $408($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 156 | 0) >> 2] | 0 | 0;
 }
 
 function $409($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3155448 | 0) >> 2] = $1_1;
 }
 
 function $410($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3527 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $411($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3526 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $412($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3525 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $413($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3524 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $414($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3520 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $415($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155328 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155332 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $416($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3535 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $417($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3534 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $418($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3533 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $419($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3532 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $420($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3528 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $421($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155336 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155340 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $422($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3543 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $423($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3536 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $424($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3540 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $425($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3542 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $426($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3541 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $427($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3551 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $428($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3550 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $429($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3549 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $430($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3548 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $431($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3544 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $432($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155352 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155356 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $433($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155344 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155348 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $434($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3559 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $435($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3552 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $436($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3556 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $437($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3558 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $438($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3557 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $439($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3567 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $440($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3566 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $441($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3565 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $442($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3564 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $443($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3560 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $444($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155368 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155372 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $445($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155360 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155364 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $446($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3575 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $447($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3568 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $448($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3572 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $449($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3574 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $450($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3573 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $451($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3583 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $452($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3582 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $453($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3581 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $454($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3580 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $455($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3576 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $456($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155384 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155388 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $457($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155376 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155380 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $458($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3584 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $459($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155392 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155396 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $460($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3600 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $461($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155400 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155404 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $462($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 3616 | 0) >> 0] | 0 | 0;
 }
 
 function $463($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3155408 | 0) >> 2] = $1_1;
 }
 
 function $464($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3155420 | 0) >> 2] = $1_1;
 }
 
 function $465($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3155416 | 0) >> 2] = $1_1;
 }
 
 function $466($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3155412 | 0) >> 2] = $1_1;
 }
 
 function $467($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3625 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $468($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3624 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $469($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3626 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $470($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155424 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155428 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $471($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU16[($0_1 + 3632 | 0) >> 1] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $472($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3634 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $473($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3639 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $474($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU16[($0_1 + 3640 | 0) >> 1] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $475($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3642 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $476($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 3647 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $477($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155440 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155444 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $478($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155432 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155436 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $479($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6712 | 0) >> 2] = $1_1;
 }
 
 function $480($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6704 | 0) >> 2] = $1_1;
 }
 
 function $481($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6696 | 0) >> 2] = $1_1;
 }
 
 function $482($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6688 | 0) >> 2] = $1_1;
 }
 
 function $483($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6680 | 0) >> 2] = $1_1;
 }
 
 function $484($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6672 | 0) >> 2] = $1_1;
 }
 
 function $485($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6664 | 0) >> 2] = $1_1;
 }
 
 function $486($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6716 | 0) >> 2] = $1_1;
 }
 
 function $487($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6708 | 0) >> 2] = $1_1;
 }
 
 function $488($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6700 | 0) >> 2] = $1_1;
 }
 
 function $489($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6692 | 0) >> 2] = $1_1;
 }
 
 function $490($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6684 | 0) >> 2] = $1_1;
 }
 
 function $491($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6676 | 0) >> 2] = $1_1;
 }
 
 function $492($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 6668 | 0) >> 2] = $1_1;
 }
 
 function $493($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155136 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155140 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $494($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155144 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155148 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $495($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155152 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155156 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $496($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155160 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155164 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $497($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155168 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155172 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $498($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155176 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155180 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $499($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155184 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155188 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $500($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155192 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155196 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $501($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155392 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155396 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $502($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155400 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155404 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $503($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3155408 | 0) >> 2] | 0 | 0;
 }
 
 function $504($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3155412 | 0) >> 2] | 0 | 0;
 }
 
 function $505($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155136 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155140 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $506($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052608 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052609 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052610 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052611 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052612 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052613 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052614 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052615 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $507($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052632 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052633 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052634 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052635 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052636 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052637 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052638 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052639 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $508($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 1052621 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $509($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052616 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052617 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052618 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052619 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $510($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 1052620 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $511($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 1052622 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $512($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 1052623 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $513($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 1052629 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $514($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052624 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052625 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052626 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052627 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $515($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 1052628 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $516($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 1052630 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $517($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[($0_1 + 1052631 | 0) >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $518($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052640 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052641 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052642 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052643 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052644 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052645 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052646 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052647 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $519($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052648 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052649 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052650 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052651 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052652 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052653 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052654 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052655 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $520($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052656 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052657 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052658 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052659 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052660 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052661 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052662 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052663 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $521($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1052664 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052665 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052666 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052667 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1052668 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1052669 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1052670 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1052671 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $522($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052608 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052609 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052610 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052611 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $523($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[$1_1 >> 0] | 0 | ((HEAPU8[($1_1 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $524($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052640 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052641 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052642 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052643 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $525($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155432 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155436 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $526($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155440 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155444 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $527($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155272 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155276 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $528($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155264 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155268 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $529($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052616 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052617 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052618 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052619 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $530($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052648 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052649 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052650 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052651 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $531($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155288 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155292 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $532($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155280 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155284 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $533($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052624 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052625 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052626 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052627 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $534($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052656 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052657 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052658 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052659 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $535($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155304 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155308 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $536($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155296 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155300 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $537($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052632 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052633 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052634 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052635 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $538($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052664 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052665 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052666 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052667 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $539($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155320 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155324 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $540($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155312 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155316 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $541($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return Math_imul($0_1, $1_1) | 0;
 }
 
 function $542($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 3150032 | 0) >> 0] | 0 | 0;
 }
 
 function $543($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 3150033 | 0) >> 0] | 0 | 0;
 }
 
 function $544($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3150028 | 0) >> 2] | 0 | 0;
 }
 
 function $545($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3150024 | 0) >> 2] | 0 | 0;
 }
 
 function $546($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3150020 | 0) >> 2] | 0 | 0;
 }
 
 function $547($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3150016 | 0) >> 2] | 0 | 0;
 }
 
 function $548($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 1052608 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 1052609 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 1052610 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 1052611 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 1052612 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 1052613 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 1052614 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 1052615 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $549($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155272 | 0) >> 3]);
 }
 
 function $550($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155264 | 0) >> 3]);
 }
 
 function $551($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$4 = 0, i64toi32_i32$2 = 0, i64toi32_i32$1 = 0, i64toi32_i32$3 = 0, $9_1 = 0;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$3 = $1_1;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = i64toi32_i32$0 >> 31 | 0;
   $9_1 = i64toi32_i32$0 >> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$1 = i64toi32_i32$0 >> i64toi32_i32$4 | 0;
   $9_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
  }
  i64toi32_i32$2 = $9_1;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$2 | 0;
 }
 
 function $552($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052612 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052613 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 1052614 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 1052615 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $553($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155336 | 0) >> 3]);
 }
 
 function $554($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155328 | 0) >> 3]);
 }
 
 function $555($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155200 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155204 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $556($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155200 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155204 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $557($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155208 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155212 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $558($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3155208 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3155212 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $559($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155208 | 0) >> 3]);
 }
 
 function $560($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155200 | 0) >> 3]);
 }
 
 function $561($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3155416 | 0) >> 2] | 0 | 0;
 }
 
 function $562($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 3155420 | 0) >> 2] | 0 | 0;
 }
 
 function $563($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 3155136 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $564($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155424 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155428 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $565($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[$0_1 >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $566($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155456 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155460 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $567($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155464 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155468 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $568($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155472 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155476 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $569($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155480 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155484 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $570($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 128 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 132 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $571($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155488 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155492 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $572($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 136 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 140 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $573($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155496 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155500 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $574($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 144 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 148 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $575($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155504 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155508 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $576($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 152 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 156 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $577($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155512 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155516 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $578($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155144 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155148 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $579($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155152 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155156 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $580($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155160 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155164 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $581($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155168 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155172 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $582($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155176 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155180 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $583($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155184 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155188 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $584($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155192 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155196 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $585($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155264 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155268 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $586($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155272 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155276 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $587($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155280 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155284 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $588($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155216 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155220 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $589($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155288 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155292 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $590($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155224 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155228 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $591($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155296 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155300 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $592($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155232 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155236 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $593($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155304 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155308 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $594($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155240 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155244 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $595($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155312 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155316 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $596($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155248 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155252 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $597($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155320 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155324 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $598($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 3155256 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 3155260 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $599($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3352 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3356 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $600($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3344 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3348 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $601($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3336 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3340 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $602($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3328 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3332 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $603($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3320 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3324 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $604($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3312 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3316 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $605($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3304 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3308 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $606($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3296 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3300 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $607($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155344 | 0) >> 3]);
 }
 
 function $608($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155352 | 0) >> 3]);
 }
 
 function $609($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155360 | 0) >> 3]);
 }
 
 function $610($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155368 | 0) >> 3]);
 }
 
 function $611($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155376 | 0) >> 3]);
 }
 
 function $612($0_1) {
  $0_1 = $0_1 | 0;
  return +(+HEAPF64[($0_1 + 3155384 | 0) >> 3]);
 }
 
 function $613($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3360 | 0) >> 2] = $1_1;
 }
 
 function $614($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 100 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 104 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $615($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3364 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3368 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $616($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 108 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 112 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $617($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3372 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3376 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $618($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 116 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 120 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $619($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3380 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3384 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $620($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 124 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 128 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $621($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3388 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3392 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $622($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 132 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 136 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $623($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3396 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3400 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $624($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 140 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 144 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $625($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3404 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3408 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $626($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 148 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 152 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $627($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 3412 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 3416 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $628($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 3420 | 0) >> 2] = $1_1;
 }
 
 function $629($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957328 | 0) >> 2] | 0 | 0;
 }
 
 function $630($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 8 | 0) >> 0] | 0 | 0;
 }
 
 function $631($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 9 | 0) >> 0] | 0 | 0;
 }
 
 function $632($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957332 | 0) >> 2] | 0 | 0;
 }
 
 function $633($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957332 | 0) >> 2] = $1_1;
 }
 
 function $634($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957336 | 0) >> 2] | 0 | 0;
 }
 
 function $635($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 20 | 0) >> 2] | 0 | 0;
 }
 
 function $636($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 29 | 0) >> 0] = $1_1;
 }
 
 function $637($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 28 | 0) >> 0] = $1_1;
 }
 
 function $638($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 24 | 0) >> 2] = $1_1;
 }
 
 function $639($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 16 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 20 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $640($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957340 | 0) >> 2] | 0 | 0;
 }
 
 function $641($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 24 | 0) >> 2] | 0 | 0;
 }
 
 function $642($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 19957324 | 0) >> 0] = $1_1;
 }
 
 function $643($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 19957800 | 0) >> 0] = $1_1;
 }
 
 function $644($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957760 | 0) >> 2] | 0 | 0;
 }
 
 function $645($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957756 | 0) >> 2] | 0 | 0;
 }
 
 function $646($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957764 | 0) >> 2] | 0 | 0;
 }
 
 function $647($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 16 | 0) >> 2] | 0 | 0;
 }
 
 function $648($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 28 | 0) >> 2] | 0 | 0;
 }
 
 function $649($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957756 | 0) >> 2] = $1_1;
 }
 
 function $650($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957772 | 0) >> 2] | 0 | 0;
 }
 
 function $651($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957772 | 0) >> 2] = $1_1;
 }
 
 function $652($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957764 | 0) >> 2] = $1_1;
 }
 
 function $653($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957760 | 0) >> 2] = $1_1;
 }
 
 function $654($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957768 | 0) >> 2] | 0 | 0;
 }
 
 function $655($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957780 | 0) >> 2] | 0 | 0;
 }
 
 function $656($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957780 | 0) >> 2] = $1_1;
 }
 
 function $657($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957784 | 0) >> 2] | 0 | 0;
 }
 
 function $658($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957784 | 0) >> 2] = $1_1;
 }
 
 function $659($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957776 | 0) >> 2] | 0 | 0;
 }
 
 function $660($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957792 | 0) >> 2] | 0 | 0;
 }
 
 function $661($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957792 | 0) >> 2] = $1_1;
 }
 
 function $662($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957796 | 0) >> 2] = $1_1;
 }
 
 function $663($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957488 | 0) >> 2] = $1_1;
 }
 
 function $664($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957480 | 0) >> 2] = $1_1;
 }
 
 function $665($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957476 | 0) >> 2] = $1_1;
 }
 
 function $666($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957504 | 0) >> 2] = $1_1;
 }
 
 function $667($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957512 | 0) >> 2] = $1_1;
 }
 
 function $668($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957500 | 0) >> 2] = $1_1;
 }
 
 function $669($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957520 | 0) >> 2] = $1_1;
 }
 
 function $670($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957508 | 0) >> 2] = $1_1;
 }
 
 function $671($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957528 | 0) >> 2] = $1_1;
 }
 
 function $672($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957516 | 0) >> 2] = $1_1;
 }
 
 function $673($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957536 | 0) >> 2] = $1_1;
 }
 
 function $674($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957524 | 0) >> 2] = $1_1;
 }
 
 function $675($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957544 | 0) >> 2] = $1_1;
 }
 
 function $676($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957532 | 0) >> 2] = $1_1;
 }
 
 function $677($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957552 | 0) >> 2] = $1_1;
 }
 
 function $678($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957540 | 0) >> 2] = $1_1;
 }
 
 function $679($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957560 | 0) >> 2] = $1_1;
 }
 
 function $680($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957548 | 0) >> 2] = $1_1;
 }
 
 function $681($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957568 | 0) >> 2] = $1_1;
 }
 
 function $682($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957556 | 0) >> 2] = $1_1;
 }
 
 function $683($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957564 | 0) >> 2] = $1_1;
 }
 
 function $684($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957576 | 0) >> 2] = $1_1;
 }
 
 function $685($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957572 | 0) >> 2] = $1_1;
 }
 
 function $686($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957584 | 0) >> 2] = $1_1;
 }
 
 function $687($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957580 | 0) >> 2] = $1_1;
 }
 
 function $688($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957592 | 0) >> 2] = $1_1;
 }
 
 function $689($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957588 | 0) >> 2] = $1_1;
 }
 
 function $690($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957600 | 0) >> 2] = $1_1;
 }
 
 function $691($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957596 | 0) >> 2] = $1_1;
 }
 
 function $692($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957608 | 0) >> 2] = $1_1;
 }
 
 function $693($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957604 | 0) >> 2] = $1_1;
 }
 
 function $694($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957616 | 0) >> 2] = $1_1;
 }
 
 function $695($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957612 | 0) >> 2] = $1_1;
 }
 
 function $696($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957624 | 0) >> 2] = $1_1;
 }
 
 function $697($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957620 | 0) >> 2] = $1_1;
 }
 
 function $698($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957632 | 0) >> 2] = $1_1;
 }
 
 function $699($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957640 | 0) >> 2] = $1_1;
 }
 
 function $700($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957628 | 0) >> 2] = $1_1;
 }
 
 function $701($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957648 | 0) >> 2] = $1_1;
 }
 
 function $702($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957636 | 0) >> 2] = $1_1;
 }
 
 function $703($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957656 | 0) >> 2] = $1_1;
 }
 
 function $704($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957644 | 0) >> 2] = $1_1;
 }
 
 function $705($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957664 | 0) >> 2] = $1_1;
 }
 
 function $706($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957652 | 0) >> 2] = $1_1;
 }
 
 function $707($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957672 | 0) >> 2] = $1_1;
 }
 
 function $708($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957660 | 0) >> 2] = $1_1;
 }
 
 function $709($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957680 | 0) >> 2] = $1_1;
 }
 
 function $710($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957668 | 0) >> 2] = $1_1;
 }
 
 function $711($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957688 | 0) >> 2] = $1_1;
 }
 
 function $712($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957676 | 0) >> 2] = $1_1;
 }
 
 function $713($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957696 | 0) >> 2] = $1_1;
 }
 
 function $714($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957684 | 0) >> 2] = $1_1;
 }
 
 function $715($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957704 | 0) >> 2] = $1_1;
 }
 
 function $716($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957692 | 0) >> 2] = $1_1;
 }
 
 function $717($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957712 | 0) >> 2] = $1_1;
 }
 
 function $718($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957700 | 0) >> 2] = $1_1;
 }
 
 function $719($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957720 | 0) >> 2] = $1_1;
 }
 
 function $720($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957708 | 0) >> 2] = $1_1;
 }
 
 function $721($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957728 | 0) >> 2] = $1_1;
 }
 
 function $722($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957716 | 0) >> 2] = $1_1;
 }
 
 function $723($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957736 | 0) >> 2] = $1_1;
 }
 
 function $724($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957724 | 0) >> 2] = $1_1;
 }
 
 function $725($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957744 | 0) >> 2] = $1_1;
 }
 
 function $726($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957732 | 0) >> 2] = $1_1;
 }
 
 function $727($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957752 | 0) >> 2] = $1_1;
 }
 
 function $728($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957740 | 0) >> 2] = $1_1;
 }
 
 function $729($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957776 | 0) >> 2] = $1_1;
 }
 
 function $730($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957748 | 0) >> 2] = $1_1;
 }
 
 function $731($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957768 | 0) >> 2] = $1_1;
 }
 
 function $732($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957788 | 0) >> 2] = $1_1;
 }
 
 function $733($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 19957476 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 19957480 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $734($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 19957484 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 19957488 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $735($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $736($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957484 | 0) >> 2] = $1_1;
 }
 
 function $737($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957796 | 0) >> 2] | 0 | 0;
 }
 
 function $738($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957484 | 0) >> 2] | 0 | 0;
 }
 
 function $739($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957788 | 0) >> 2] | 0 | 0;
 }
 
 function $740($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $741($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 8 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $742($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 28 | 0) >> 2] = $1_1;
 }
 
 function $743($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957344 | 0) >> 2] | 0 | 0;
 }
 
 function $744($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957344 | 0) >> 2] = $1_1;
 }
 
 function $745($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 19957324 | 0) >> 0] | 0 | 0;
 }
 
 function $746($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 19957320 | 0) >> 2] | 0 | 0;
 }
 
 function $747($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 19957320 | 0) >> 2] = $1_1;
 }
 
 function $748($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1052200 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1052204 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $749($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 8 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 12 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $750($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1052192 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1052196 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $751($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1052184 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1052188 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $752($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1052176 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1052180 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $753($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1 | 0) >> 0] = $1_1;
 }
 
 function $754($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 2 | 0) >> 0] = $1_1;
 }
 
 function $755($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 3 | 0) >> 0] = $1_1;
 }
 
 function $756($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 20 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 24 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $757($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 20 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 24 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $758($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 44 | 0) >> 2] = $1_1;
 }
 
 function $759($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 36 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 40 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $760($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[($0_1 + 44 | 0) >> 2] | 0 | 0;
 }
 
 function $761($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP32[($0_1 + 32 | 0) >> 2] = $1_1;
 }
 
 function $762($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 36 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 40 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $763($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP16[($0_1 + 28 | 0) >> 1] = $1_1;
 }
 
 function $764($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 2 | 0) >> 0] | 0) << 8 | 0) | 0 | 0;
 }
 
 function $765($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 2 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($1_1 + 3 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($1_1 + 4 | 0) >> 0] | 0) << 24 | 0) | 0) | 0 | 0;
 }
 
 function $766($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[$1_1 >> 0] | 0 | ((HEAPU8[($1_1 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | 0;
 }
 
 function $767($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU16[($0_1 + 4 | 0) >> 1] | 0 | 0;
 }
 
 function $768($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP16[($0_1 + 14 | 0) >> 1] = $1_1;
 }
 
 function $769($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP16[($0_1 + 12 | 0) >> 1] = $1_1;
 }
 
 function $770($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP8[$0_1 >> 0] | 0 | 0;
 }
 
 function $771($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU16[($0_1 + 12 | 0) >> 1] | 0 | 0;
 }
 
 function $772($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 8 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 12 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $773($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP8[($0_1 + 1 | 0) >> 0] | 0 | 0;
 }
 
 function $774($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP8[($0_1 + 2 | 0) >> 0] | 0 | 0;
 }
 
 function $775($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0;
  $1_1 = $0_1;
  return HEAPU8[($1_1 + 1052404 | 0) >> 0] | 0 | ((HEAPU8[($1_1 + 1052405 | 0) >> 0] | 0) << 8 | 0) | 0 | 0;
 }
 
 function $776($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $2_1 = 0, $3_1 = 0;
  $2_1 = $0_1;
  $3_1 = $1_1;
  HEAP8[$2_1 >> 0] = $3_1;
  HEAP8[($2_1 + 1 | 0) >> 0] = $3_1 >>> 8 | 0;
 }
 
 function $777($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1052405 | 0) >> 0] | 0 | 0;
 }
 
 function _ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE(var$0, var$0$hi, var$1, var$1$hi) {
  var$0 = var$0 | 0;
  var$0$hi = var$0$hi | 0;
  var$1 = var$1 | 0;
  var$1$hi = var$1$hi | 0;
  var i64toi32_i32$4 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, var$2 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, var$3 = 0, var$4 = 0, var$5 = 0, $21_1 = 0, $22_1 = 0, var$6 = 0, $24_1 = 0, $17_1 = 0, $18_1 = 0, $23_1 = 0, $29_1 = 0, $45_1 = 0, $56$hi = 0, $62$hi = 0;
  i64toi32_i32$0 = var$1$hi;
  var$2 = var$1;
  var$4 = var$2 >>> 16 | 0;
  i64toi32_i32$0 = var$0$hi;
  var$3 = var$0;
  var$5 = var$3 >>> 16 | 0;
  $17_1 = Math_imul(var$4, var$5);
  $18_1 = var$2;
  i64toi32_i32$2 = var$3;
  i64toi32_i32$1 = 0;
  i64toi32_i32$3 = 32;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = 0;
   $21_1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
   $21_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
  }
  $23_1 = $17_1 + Math_imul($18_1, $21_1) | 0;
  i64toi32_i32$1 = var$1$hi;
  i64toi32_i32$0 = var$1;
  i64toi32_i32$2 = 0;
  i64toi32_i32$3 = 32;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$2 = 0;
   $22_1 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
   $22_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$4 | 0) | 0;
  }
  $29_1 = $23_1 + Math_imul($22_1, var$3) | 0;
  var$2 = var$2 & 65535 | 0;
  var$3 = var$3 & 65535 | 0;
  var$6 = Math_imul(var$2, var$3);
  var$2 = (var$6 >>> 16 | 0) + Math_imul(var$2, var$5) | 0;
  $45_1 = $29_1 + (var$2 >>> 16 | 0) | 0;
  var$2 = (var$2 & 65535 | 0) + Math_imul(var$4, var$3) | 0;
  i64toi32_i32$2 = 0;
  i64toi32_i32$1 = $45_1 + (var$2 >>> 16 | 0) | 0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$3 = 32;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$0 = i64toi32_i32$1 << i64toi32_i32$4 | 0;
   $24_1 = 0;
  } else {
   i64toi32_i32$0 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$1 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$2 << i64toi32_i32$4 | 0) | 0;
   $24_1 = i64toi32_i32$1 << i64toi32_i32$4 | 0;
  }
  $56$hi = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  $62$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $56$hi;
  i64toi32_i32$2 = $24_1;
  i64toi32_i32$1 = $62$hi;
  i64toi32_i32$3 = var$2 << 16 | 0 | (var$6 & 65535 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$0 | i64toi32_i32$1 | 0;
  i64toi32_i32$2 = i64toi32_i32$2 | i64toi32_i32$3 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$2 | 0;
 }
 
 function _ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E(var$0, var$0$hi, var$1, var$1$hi) {
  var$0 = var$0 | 0;
  var$0$hi = var$0$hi | 0;
  var$1 = var$1 | 0;
  var$1$hi = var$1$hi | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, i64toi32_i32$4 = 0, i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$5 = 0, var$2 = 0, var$3 = 0, var$4 = 0, var$5 = 0, var$5$hi = 0, var$6 = 0, var$6$hi = 0, i64toi32_i32$6 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, var$8$hi = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, var$7$hi = 0, $49_1 = 0, $63$hi = 0, $65_1 = 0, $65$hi = 0, $120$hi = 0, $129$hi = 0, $134$hi = 0, var$8 = 0, $140_1 = 0, $140$hi = 0, $142$hi = 0, $144_1 = 0, $144$hi = 0, $151_1 = 0, $151$hi = 0, $154$hi = 0, var$7 = 0, $165$hi = 0;
  label$1 : {
   label$2 : {
    label$3 : {
     label$4 : {
      label$5 : {
       label$6 : {
        label$7 : {
         label$8 : {
          label$9 : {
           label$10 : {
            label$11 : {
             i64toi32_i32$0 = var$0$hi;
             i64toi32_i32$2 = var$0;
             i64toi32_i32$1 = 0;
             i64toi32_i32$3 = 32;
             i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
             if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
              i64toi32_i32$1 = 0;
              $37_1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
             } else {
              i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
              $37_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
             }
             var$2 = $37_1;
             if (var$2) {
              i64toi32_i32$1 = var$1$hi;
              var$3 = var$1;
              if (!var$3) {
               break label$11
              }
              i64toi32_i32$0 = var$3;
              i64toi32_i32$2 = 0;
              i64toi32_i32$3 = 32;
              i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
              if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
               i64toi32_i32$2 = 0;
               $38_1 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
              } else {
               i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
               $38_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$4 | 0) | 0;
              }
              var$4 = $38_1;
              if (!var$4) {
               break label$9
              }
              var$2 = Math_clz32(var$4) - Math_clz32(var$2) | 0;
              if (var$2 >>> 0 <= 31 >>> 0) {
               break label$8
              }
              break label$2;
             }
             i64toi32_i32$2 = var$1$hi;
             i64toi32_i32$1 = var$1;
             i64toi32_i32$0 = 1;
             i64toi32_i32$3 = 0;
             if (i64toi32_i32$2 >>> 0 > i64toi32_i32$0 >>> 0 | ((i64toi32_i32$2 | 0) == (i64toi32_i32$0 | 0) & i64toi32_i32$1 >>> 0 >= i64toi32_i32$3 >>> 0 | 0) | 0) {
              break label$2
             }
             i64toi32_i32$1 = var$0$hi;
             var$2 = var$0;
             i64toi32_i32$1 = i64toi32_i32$2;
             i64toi32_i32$1 = i64toi32_i32$2;
             var$3 = var$1;
             var$2 = (var$2 >>> 0) / (var$3 >>> 0) | 0;
             i64toi32_i32$1 = 0;
             __wasm_intrinsics_temp_i64 = var$0 - Math_imul(var$2, var$3) | 0;
             __wasm_intrinsics_temp_i64$hi = i64toi32_i32$1;
             i64toi32_i32$1 = 0;
             i64toi32_i32$2 = var$2;
             i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
             return i64toi32_i32$2 | 0;
            }
            i64toi32_i32$2 = var$1$hi;
            i64toi32_i32$3 = var$1;
            i64toi32_i32$1 = 0;
            i64toi32_i32$0 = 32;
            i64toi32_i32$4 = i64toi32_i32$0 & 31 | 0;
            if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
             i64toi32_i32$1 = 0;
             $39_1 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
            } else {
             i64toi32_i32$1 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
             $39_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$3 >>> i64toi32_i32$4 | 0) | 0;
            }
            var$3 = $39_1;
            i64toi32_i32$1 = var$0$hi;
            if (!var$0) {
             break label$7
            }
            if (!var$3) {
             break label$6
            }
            var$4 = var$3 + -1 | 0;
            if (var$4 & var$3 | 0) {
             break label$6
            }
            i64toi32_i32$1 = 0;
            i64toi32_i32$2 = var$4 & var$2 | 0;
            i64toi32_i32$3 = 0;
            i64toi32_i32$0 = 32;
            i64toi32_i32$4 = i64toi32_i32$0 & 31 | 0;
            if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
             i64toi32_i32$3 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
             $40_1 = 0;
            } else {
             i64toi32_i32$3 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$1 << i64toi32_i32$4 | 0) | 0;
             $40_1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
            }
            $63$hi = i64toi32_i32$3;
            i64toi32_i32$3 = var$0$hi;
            i64toi32_i32$1 = var$0;
            i64toi32_i32$2 = 0;
            i64toi32_i32$0 = -1;
            i64toi32_i32$2 = i64toi32_i32$3 & i64toi32_i32$2 | 0;
            $65_1 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
            $65$hi = i64toi32_i32$2;
            i64toi32_i32$2 = $63$hi;
            i64toi32_i32$3 = $40_1;
            i64toi32_i32$1 = $65$hi;
            i64toi32_i32$0 = $65_1;
            i64toi32_i32$1 = i64toi32_i32$2 | i64toi32_i32$1 | 0;
            __wasm_intrinsics_temp_i64 = i64toi32_i32$3 | i64toi32_i32$0 | 0;
            __wasm_intrinsics_temp_i64$hi = i64toi32_i32$1;
            i64toi32_i32$1 = 0;
            i64toi32_i32$3 = var$2 >>> ((__wasm_ctz_i32(var$3 | 0) | 0) & 31 | 0) | 0;
            i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
            return i64toi32_i32$3 | 0;
           }
          }
          var$4 = var$3 + -1 | 0;
          if (!(var$4 & var$3 | 0)) {
           break label$5
          }
          var$2 = (Math_clz32(var$3) + 33 | 0) - Math_clz32(var$2) | 0;
          var$3 = 0 - var$2 | 0;
          break label$3;
         }
         var$3 = 63 - var$2 | 0;
         var$2 = var$2 + 1 | 0;
         break label$3;
        }
        var$4 = (var$2 >>> 0) / (var$3 >>> 0) | 0;
        i64toi32_i32$3 = 0;
        i64toi32_i32$2 = var$2 - Math_imul(var$4, var$3) | 0;
        i64toi32_i32$1 = 0;
        i64toi32_i32$0 = 32;
        i64toi32_i32$4 = i64toi32_i32$0 & 31 | 0;
        if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
         i64toi32_i32$1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
         $41_1 = 0;
        } else {
         i64toi32_i32$1 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$3 << i64toi32_i32$4 | 0) | 0;
         $41_1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
        }
        __wasm_intrinsics_temp_i64 = $41_1;
        __wasm_intrinsics_temp_i64$hi = i64toi32_i32$1;
        i64toi32_i32$1 = 0;
        i64toi32_i32$2 = var$4;
        i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
        return i64toi32_i32$2 | 0;
       }
       var$2 = Math_clz32(var$3) - Math_clz32(var$2) | 0;
       if (var$2 >>> 0 < 31 >>> 0) {
        break label$4
       }
       break label$2;
      }
      i64toi32_i32$2 = var$0$hi;
      i64toi32_i32$2 = 0;
      __wasm_intrinsics_temp_i64 = var$4 & var$0 | 0;
      __wasm_intrinsics_temp_i64$hi = i64toi32_i32$2;
      if ((var$3 | 0) == (1 | 0)) {
       break label$1
      }
      i64toi32_i32$2 = var$0$hi;
      i64toi32_i32$2 = 0;
      $120$hi = i64toi32_i32$2;
      i64toi32_i32$2 = var$0$hi;
      i64toi32_i32$3 = var$0;
      i64toi32_i32$1 = $120$hi;
      i64toi32_i32$0 = __wasm_ctz_i32(var$3 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$0 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
       i64toi32_i32$1 = 0;
       $42_1 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
      } else {
       i64toi32_i32$1 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
       $42_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$3 >>> i64toi32_i32$4 | 0) | 0;
      }
      i64toi32_i32$3 = $42_1;
      i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
      return i64toi32_i32$3 | 0;
     }
     var$3 = 63 - var$2 | 0;
     var$2 = var$2 + 1 | 0;
    }
    i64toi32_i32$3 = var$0$hi;
    i64toi32_i32$3 = 0;
    $129$hi = i64toi32_i32$3;
    i64toi32_i32$3 = var$0$hi;
    i64toi32_i32$2 = var$0;
    i64toi32_i32$1 = $129$hi;
    i64toi32_i32$0 = var$2 & 63 | 0;
    i64toi32_i32$4 = i64toi32_i32$0 & 31 | 0;
    if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
     i64toi32_i32$1 = 0;
     $43_1 = i64toi32_i32$3 >>> i64toi32_i32$4 | 0;
    } else {
     i64toi32_i32$1 = i64toi32_i32$3 >>> i64toi32_i32$4 | 0;
     $43_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$3 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
    }
    var$5 = $43_1;
    var$5$hi = i64toi32_i32$1;
    i64toi32_i32$1 = var$0$hi;
    i64toi32_i32$1 = 0;
    $134$hi = i64toi32_i32$1;
    i64toi32_i32$1 = var$0$hi;
    i64toi32_i32$3 = var$0;
    i64toi32_i32$2 = $134$hi;
    i64toi32_i32$0 = var$3 & 63 | 0;
    i64toi32_i32$4 = i64toi32_i32$0 & 31 | 0;
    if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
     i64toi32_i32$2 = i64toi32_i32$3 << i64toi32_i32$4 | 0;
     $44_1 = 0;
    } else {
     i64toi32_i32$2 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$3 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$1 << i64toi32_i32$4 | 0) | 0;
     $44_1 = i64toi32_i32$3 << i64toi32_i32$4 | 0;
    }
    var$0 = $44_1;
    var$0$hi = i64toi32_i32$2;
    label$13 : {
     if (var$2) {
      i64toi32_i32$2 = var$1$hi;
      i64toi32_i32$1 = var$1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$0 = -1;
      i64toi32_i32$4 = i64toi32_i32$1 + i64toi32_i32$0 | 0;
      i64toi32_i32$5 = i64toi32_i32$2 + i64toi32_i32$3 | 0;
      if (i64toi32_i32$4 >>> 0 < i64toi32_i32$0 >>> 0) {
       i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
      }
      var$8 = i64toi32_i32$4;
      var$8$hi = i64toi32_i32$5;
      label$15 : while (1) {
       i64toi32_i32$5 = var$5$hi;
       i64toi32_i32$2 = var$5;
       i64toi32_i32$1 = 0;
       i64toi32_i32$0 = 1;
       i64toi32_i32$3 = i64toi32_i32$0 & 31 | 0;
       if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
        i64toi32_i32$1 = i64toi32_i32$2 << i64toi32_i32$3 | 0;
        $45_1 = 0;
       } else {
        i64toi32_i32$1 = ((1 << i64toi32_i32$3 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$3 | 0) | 0) | 0 | (i64toi32_i32$5 << i64toi32_i32$3 | 0) | 0;
        $45_1 = i64toi32_i32$2 << i64toi32_i32$3 | 0;
       }
       $140_1 = $45_1;
       $140$hi = i64toi32_i32$1;
       i64toi32_i32$1 = var$0$hi;
       i64toi32_i32$5 = var$0;
       i64toi32_i32$2 = 0;
       i64toi32_i32$0 = 63;
       i64toi32_i32$3 = i64toi32_i32$0 & 31 | 0;
       if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
        i64toi32_i32$2 = 0;
        $46_1 = i64toi32_i32$1 >>> i64toi32_i32$3 | 0;
       } else {
        i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$3 | 0;
        $46_1 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
       }
       $142$hi = i64toi32_i32$2;
       i64toi32_i32$2 = $140$hi;
       i64toi32_i32$1 = $140_1;
       i64toi32_i32$5 = $142$hi;
       i64toi32_i32$0 = $46_1;
       i64toi32_i32$5 = i64toi32_i32$2 | i64toi32_i32$5 | 0;
       var$5 = i64toi32_i32$1 | i64toi32_i32$0 | 0;
       var$5$hi = i64toi32_i32$5;
       $144_1 = var$5;
       $144$hi = i64toi32_i32$5;
       i64toi32_i32$5 = var$8$hi;
       i64toi32_i32$5 = var$5$hi;
       i64toi32_i32$5 = var$8$hi;
       i64toi32_i32$2 = var$8;
       i64toi32_i32$1 = var$5$hi;
       i64toi32_i32$0 = var$5;
       i64toi32_i32$3 = i64toi32_i32$2 - i64toi32_i32$0 | 0;
       i64toi32_i32$6 = i64toi32_i32$2 >>> 0 < i64toi32_i32$0 >>> 0;
       i64toi32_i32$4 = i64toi32_i32$6 + i64toi32_i32$1 | 0;
       i64toi32_i32$4 = i64toi32_i32$5 - i64toi32_i32$4 | 0;
       i64toi32_i32$5 = i64toi32_i32$3;
       i64toi32_i32$2 = 0;
       i64toi32_i32$0 = 63;
       i64toi32_i32$1 = i64toi32_i32$0 & 31 | 0;
       if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
        i64toi32_i32$2 = i64toi32_i32$4 >> 31 | 0;
        $47_1 = i64toi32_i32$4 >> i64toi32_i32$1 | 0;
       } else {
        i64toi32_i32$2 = i64toi32_i32$4 >> i64toi32_i32$1 | 0;
        $47_1 = (((1 << i64toi32_i32$1 | 0) - 1 | 0) & i64toi32_i32$4 | 0) << (32 - i64toi32_i32$1 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$1 | 0) | 0;
       }
       var$6 = $47_1;
       var$6$hi = i64toi32_i32$2;
       i64toi32_i32$2 = var$1$hi;
       i64toi32_i32$2 = var$6$hi;
       i64toi32_i32$4 = var$6;
       i64toi32_i32$5 = var$1$hi;
       i64toi32_i32$0 = var$1;
       i64toi32_i32$5 = i64toi32_i32$2 & i64toi32_i32$5 | 0;
       $151_1 = i64toi32_i32$4 & i64toi32_i32$0 | 0;
       $151$hi = i64toi32_i32$5;
       i64toi32_i32$5 = $144$hi;
       i64toi32_i32$2 = $144_1;
       i64toi32_i32$4 = $151$hi;
       i64toi32_i32$0 = $151_1;
       i64toi32_i32$1 = i64toi32_i32$2 - i64toi32_i32$0 | 0;
       i64toi32_i32$6 = i64toi32_i32$2 >>> 0 < i64toi32_i32$0 >>> 0;
       i64toi32_i32$3 = i64toi32_i32$6 + i64toi32_i32$4 | 0;
       i64toi32_i32$3 = i64toi32_i32$5 - i64toi32_i32$3 | 0;
       var$5 = i64toi32_i32$1;
       var$5$hi = i64toi32_i32$3;
       i64toi32_i32$3 = var$0$hi;
       i64toi32_i32$5 = var$0;
       i64toi32_i32$2 = 0;
       i64toi32_i32$0 = 1;
       i64toi32_i32$4 = i64toi32_i32$0 & 31 | 0;
       if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
        i64toi32_i32$2 = i64toi32_i32$5 << i64toi32_i32$4 | 0;
        $48_1 = 0;
       } else {
        i64toi32_i32$2 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$5 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$3 << i64toi32_i32$4 | 0) | 0;
        $48_1 = i64toi32_i32$5 << i64toi32_i32$4 | 0;
       }
       $154$hi = i64toi32_i32$2;
       i64toi32_i32$2 = var$7$hi;
       i64toi32_i32$2 = $154$hi;
       i64toi32_i32$3 = $48_1;
       i64toi32_i32$5 = var$7$hi;
       i64toi32_i32$0 = var$7;
       i64toi32_i32$5 = i64toi32_i32$2 | i64toi32_i32$5 | 0;
       var$0 = i64toi32_i32$3 | i64toi32_i32$0 | 0;
       var$0$hi = i64toi32_i32$5;
       i64toi32_i32$5 = var$6$hi;
       i64toi32_i32$2 = var$6;
       i64toi32_i32$3 = 0;
       i64toi32_i32$0 = 1;
       i64toi32_i32$3 = i64toi32_i32$5 & i64toi32_i32$3 | 0;
       var$6 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
       var$6$hi = i64toi32_i32$3;
       var$7 = var$6;
       var$7$hi = i64toi32_i32$3;
       var$2 = var$2 + -1 | 0;
       if (var$2) {
        continue label$15
       }
       break label$15;
      };
      break label$13;
     }
    }
    i64toi32_i32$3 = var$5$hi;
    __wasm_intrinsics_temp_i64 = var$5;
    __wasm_intrinsics_temp_i64$hi = i64toi32_i32$3;
    i64toi32_i32$3 = var$0$hi;
    i64toi32_i32$5 = var$0;
    i64toi32_i32$2 = 0;
    i64toi32_i32$0 = 1;
    i64toi32_i32$4 = i64toi32_i32$0 & 31 | 0;
    if (32 >>> 0 <= (i64toi32_i32$0 & 63 | 0) >>> 0) {
     i64toi32_i32$2 = i64toi32_i32$5 << i64toi32_i32$4 | 0;
     $49_1 = 0;
    } else {
     i64toi32_i32$2 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$5 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$3 << i64toi32_i32$4 | 0) | 0;
     $49_1 = i64toi32_i32$5 << i64toi32_i32$4 | 0;
    }
    $165$hi = i64toi32_i32$2;
    i64toi32_i32$2 = var$6$hi;
    i64toi32_i32$2 = $165$hi;
    i64toi32_i32$3 = $49_1;
    i64toi32_i32$5 = var$6$hi;
    i64toi32_i32$0 = var$6;
    i64toi32_i32$5 = i64toi32_i32$2 | i64toi32_i32$5 | 0;
    i64toi32_i32$3 = i64toi32_i32$3 | i64toi32_i32$0 | 0;
    i64toi32_i32$HIGH_BITS = i64toi32_i32$5;
    return i64toi32_i32$3 | 0;
   }
   i64toi32_i32$3 = var$0$hi;
   __wasm_intrinsics_temp_i64 = var$0;
   __wasm_intrinsics_temp_i64$hi = i64toi32_i32$3;
   i64toi32_i32$3 = 0;
   var$0 = 0;
   var$0$hi = i64toi32_i32$3;
  }
  i64toi32_i32$3 = var$0$hi;
  i64toi32_i32$5 = var$0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$3;
  return i64toi32_i32$5 | 0;
 }
 
 function __wasm_ctz_i32(var$0) {
  var$0 = var$0 | 0;
  if (var$0) {
   return 31 - Math_clz32((var$0 + -1 | 0) ^ var$0 | 0) | 0 | 0
  }
  return 32 | 0;
 }
 
 function __wasm_i64_mul(var$0, var$0$hi, var$1, var$1$hi) {
  var$0 = var$0 | 0;
  var$0$hi = var$0$hi | 0;
  var$1 = var$1 | 0;
  var$1$hi = var$1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = var$0$hi;
  i64toi32_i32$0 = var$1$hi;
  i64toi32_i32$0 = var$0$hi;
  i64toi32_i32$1 = var$1$hi;
  i64toi32_i32$1 = _ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE(var$0 | 0, i64toi32_i32$0 | 0, var$1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$0;
  return i64toi32_i32$1 | 0;
 }
 
 function __wasm_i64_udiv(var$0, var$0$hi, var$1, var$1$hi) {
  var$0 = var$0 | 0;
  var$0$hi = var$0$hi | 0;
  var$1 = var$1 | 0;
  var$1$hi = var$1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = var$0$hi;
  i64toi32_i32$0 = var$1$hi;
  i64toi32_i32$0 = var$0$hi;
  i64toi32_i32$1 = var$1$hi;
  i64toi32_i32$1 = _ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E(var$0 | 0, i64toi32_i32$0 | 0, var$1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$0;
  return i64toi32_i32$1 | 0;
 }
 
 function __wasm_rotl_i32(var$0, var$1) {
  var$0 = var$0 | 0;
  var$1 = var$1 | 0;
  var var$2 = 0;
  var$2 = var$1 & 31 | 0;
  var$1 = (0 - var$1 | 0) & 31 | 0;
  return ((-1 >>> var$2 | 0) & var$0 | 0) << var$2 | 0 | (((-1 << var$1 | 0) & var$0 | 0) >>> var$1 | 0) | 0 | 0;
 }
 
 function __wasm_rotl_i64(var$0, var$0$hi, var$1, var$1$hi) {
  var$0 = var$0 | 0;
  var$0$hi = var$0$hi | 0;
  var$1 = var$1 | 0;
  var$1$hi = var$1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, i64toi32_i32$5 = 0, i64toi32_i32$4 = 0, var$2$hi = 0, var$2 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $6$hi = 0, $8$hi = 0, $10_1 = 0, $10$hi = 0, $15$hi = 0, $17$hi = 0, $19$hi = 0;
  i64toi32_i32$0 = var$1$hi;
  i64toi32_i32$2 = var$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$3 = 63;
  i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$1 | 0;
  var$2 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
  var$2$hi = i64toi32_i32$1;
  i64toi32_i32$1 = -1;
  i64toi32_i32$0 = -1;
  i64toi32_i32$2 = var$2$hi;
  i64toi32_i32$3 = var$2;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$2 = 0;
   $19_1 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
   $19_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$4 | 0) | 0;
  }
  $6$hi = i64toi32_i32$2;
  i64toi32_i32$2 = var$0$hi;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$1 = $19_1;
  i64toi32_i32$0 = var$0$hi;
  i64toi32_i32$3 = var$0;
  i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
  $8$hi = i64toi32_i32$0;
  i64toi32_i32$0 = var$2$hi;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$2 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
  i64toi32_i32$1 = var$2$hi;
  i64toi32_i32$3 = var$2;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
   $20_1 = 0;
  } else {
   i64toi32_i32$1 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$4 | 0) | 0;
   $20_1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
  }
  $10_1 = $20_1;
  $10$hi = i64toi32_i32$1;
  i64toi32_i32$1 = var$1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$2 = var$1$hi;
  i64toi32_i32$3 = var$1;
  i64toi32_i32$4 = i64toi32_i32$0 - i64toi32_i32$3 | 0;
  i64toi32_i32$5 = (i64toi32_i32$0 >>> 0 < i64toi32_i32$3 >>> 0) + i64toi32_i32$2 | 0;
  i64toi32_i32$5 = i64toi32_i32$1 - i64toi32_i32$5 | 0;
  i64toi32_i32$1 = i64toi32_i32$4;
  i64toi32_i32$0 = 0;
  i64toi32_i32$3 = 63;
  i64toi32_i32$0 = i64toi32_i32$5 & i64toi32_i32$0 | 0;
  var$1 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
  var$1$hi = i64toi32_i32$0;
  i64toi32_i32$0 = -1;
  i64toi32_i32$5 = -1;
  i64toi32_i32$1 = var$1$hi;
  i64toi32_i32$3 = var$1;
  i64toi32_i32$2 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = i64toi32_i32$5 << i64toi32_i32$2 | 0;
   $21_1 = 0;
  } else {
   i64toi32_i32$1 = ((1 << i64toi32_i32$2 | 0) - 1 | 0) & (i64toi32_i32$5 >>> (32 - i64toi32_i32$2 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$2 | 0) | 0;
   $21_1 = i64toi32_i32$5 << i64toi32_i32$2 | 0;
  }
  $15$hi = i64toi32_i32$1;
  i64toi32_i32$1 = var$0$hi;
  i64toi32_i32$1 = $15$hi;
  i64toi32_i32$0 = $21_1;
  i64toi32_i32$5 = var$0$hi;
  i64toi32_i32$3 = var$0;
  i64toi32_i32$5 = i64toi32_i32$1 & i64toi32_i32$5 | 0;
  $17$hi = i64toi32_i32$5;
  i64toi32_i32$5 = var$1$hi;
  i64toi32_i32$5 = $17$hi;
  i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
  i64toi32_i32$0 = var$1$hi;
  i64toi32_i32$3 = var$1;
  i64toi32_i32$2 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$0 = 0;
   $22_1 = i64toi32_i32$5 >>> i64toi32_i32$2 | 0;
  } else {
   i64toi32_i32$0 = i64toi32_i32$5 >>> i64toi32_i32$2 | 0;
   $22_1 = (((1 << i64toi32_i32$2 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$2 | 0) | 0 | (i64toi32_i32$1 >>> i64toi32_i32$2 | 0) | 0;
  }
  $19$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$5 = $10_1;
  i64toi32_i32$1 = $19$hi;
  i64toi32_i32$3 = $22_1;
  i64toi32_i32$1 = i64toi32_i32$0 | i64toi32_i32$1 | 0;
  i64toi32_i32$5 = i64toi32_i32$5 | i64toi32_i32$3 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$5 | 0;
 }
 
 function __wasm_rotr_i64(var$0, var$0$hi, var$1, var$1$hi) {
  var$0 = var$0 | 0;
  var$0$hi = var$0$hi | 0;
  var$1 = var$1 | 0;
  var$1$hi = var$1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, i64toi32_i32$5 = 0, i64toi32_i32$4 = 0, var$2$hi = 0, var$2 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $6$hi = 0, $8$hi = 0, $10_1 = 0, $10$hi = 0, $15$hi = 0, $17$hi = 0, $19$hi = 0;
  i64toi32_i32$0 = var$1$hi;
  i64toi32_i32$2 = var$1;
  i64toi32_i32$1 = 0;
  i64toi32_i32$3 = 63;
  i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$1 | 0;
  var$2 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
  var$2$hi = i64toi32_i32$1;
  i64toi32_i32$1 = -1;
  i64toi32_i32$0 = -1;
  i64toi32_i32$2 = var$2$hi;
  i64toi32_i32$3 = var$2;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$2 = i64toi32_i32$0 << i64toi32_i32$4 | 0;
   $19_1 = 0;
  } else {
   i64toi32_i32$2 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$0 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$1 << i64toi32_i32$4 | 0) | 0;
   $19_1 = i64toi32_i32$0 << i64toi32_i32$4 | 0;
  }
  $6$hi = i64toi32_i32$2;
  i64toi32_i32$2 = var$0$hi;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$1 = $19_1;
  i64toi32_i32$0 = var$0$hi;
  i64toi32_i32$3 = var$0;
  i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
  $8$hi = i64toi32_i32$0;
  i64toi32_i32$0 = var$2$hi;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$2 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
  i64toi32_i32$1 = var$2$hi;
  i64toi32_i32$3 = var$2;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = 0;
   $20_1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
   $20_1 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
  }
  $10_1 = $20_1;
  $10$hi = i64toi32_i32$1;
  i64toi32_i32$1 = var$1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$2 = var$1$hi;
  i64toi32_i32$3 = var$1;
  i64toi32_i32$4 = i64toi32_i32$0 - i64toi32_i32$3 | 0;
  i64toi32_i32$5 = (i64toi32_i32$0 >>> 0 < i64toi32_i32$3 >>> 0) + i64toi32_i32$2 | 0;
  i64toi32_i32$5 = i64toi32_i32$1 - i64toi32_i32$5 | 0;
  i64toi32_i32$1 = i64toi32_i32$4;
  i64toi32_i32$0 = 0;
  i64toi32_i32$3 = 63;
  i64toi32_i32$0 = i64toi32_i32$5 & i64toi32_i32$0 | 0;
  var$1 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
  var$1$hi = i64toi32_i32$0;
  i64toi32_i32$0 = -1;
  i64toi32_i32$5 = -1;
  i64toi32_i32$1 = var$1$hi;
  i64toi32_i32$3 = var$1;
  i64toi32_i32$2 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = 0;
   $21_1 = i64toi32_i32$0 >>> i64toi32_i32$2 | 0;
  } else {
   i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$2 | 0;
   $21_1 = (((1 << i64toi32_i32$2 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$2 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$2 | 0) | 0;
  }
  $15$hi = i64toi32_i32$1;
  i64toi32_i32$1 = var$0$hi;
  i64toi32_i32$1 = $15$hi;
  i64toi32_i32$0 = $21_1;
  i64toi32_i32$5 = var$0$hi;
  i64toi32_i32$3 = var$0;
  i64toi32_i32$5 = i64toi32_i32$1 & i64toi32_i32$5 | 0;
  $17$hi = i64toi32_i32$5;
  i64toi32_i32$5 = var$1$hi;
  i64toi32_i32$5 = $17$hi;
  i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
  i64toi32_i32$0 = var$1$hi;
  i64toi32_i32$3 = var$1;
  i64toi32_i32$2 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$0 = i64toi32_i32$1 << i64toi32_i32$2 | 0;
   $22_1 = 0;
  } else {
   i64toi32_i32$0 = ((1 << i64toi32_i32$2 | 0) - 1 | 0) & (i64toi32_i32$1 >>> (32 - i64toi32_i32$2 | 0) | 0) | 0 | (i64toi32_i32$5 << i64toi32_i32$2 | 0) | 0;
   $22_1 = i64toi32_i32$1 << i64toi32_i32$2 | 0;
  }
  $19$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$5 = $10_1;
  i64toi32_i32$1 = $19$hi;
  i64toi32_i32$3 = $22_1;
  i64toi32_i32$1 = i64toi32_i32$0 | i64toi32_i32$1 | 0;
  i64toi32_i32$5 = i64toi32_i32$5 | i64toi32_i32$3 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$5 | 0;
 }
 
 bufferView = HEAPU8;
 initActiveSegments(imports);
 var FUNCTION_TABLE = [null, $20, $12, $44, $43, $48, $42, $41, $39, $40, $13, $38, $46, $45, $47, $37, $36, $62];
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
