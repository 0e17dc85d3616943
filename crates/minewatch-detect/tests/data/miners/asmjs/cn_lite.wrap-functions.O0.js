
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
  base64DecodeToExistingUint8Array(bufferView, 1048576, "Y3x3e/Jrb8UwAWcr/terdsqCyX36WUfwrdSir5ykcsC3/ZMmNj/3zDSl5fFx2DEVBMcjwxiWBZoHEoDi6yeydQmDLBobblqgUjvWsynjL4RT0QDtIPyxW2rLvjlKTFjP0O+q+0NNM4VF+QJ/UDyfqFGjQI+SnTj1vLbaIRD/89LNDBPsX5dEF8Snfj1kXRlzYIFP3CIqkIhG7rgU3l4L2+AyOgpJBiRcwtOsYpGV5HnnyDdtjdVOqWxW9Opleq4IunglLhymtMbo3XQfS72LinA+tWZIA/YOYTVXuYbBHZ7h+JgRadmOlJseh+nOVSjfjKGJDb/mQmhBmS0PsFS7FgEAAAAAAAAAgoAAAAAAAACKgAAAAAAAgACAAIAAAACAi4AAAAAAAAABAACAAAAAAIGAAIAAAACACYAAAAAAAICKAAAAAAAAAIgAAAAAAAAACYAAgAAAAAAKAACAAAAAAIuAAIAAAAAAiwAAAAAAAICJgAAAAAAAgAOAAAAAAACAAoAAAAAAAICAAAAAAAAAgAqAAAAAAAAACgAAgAAAAICBgACAAAAAgICAAAAAAACAAQAAgAAAAAAIgACAAAAAgAoAAAAHAAAACwAAABEAAAASAAAAAwAAAAUAAAAQAAAACAAAABUAAAAYAAAABAAAAA8AAAAXAAAAEwAAAA0AAAAMAAAAAgAAABQAAAAOAAAAFgAAAAkAAAAGAAAAAQAAAAEAAAADAAAABgAAAAoAAAAPAAAAFQAAABwAAAAkAAAALQAAADcAAAACAAAADgAAABsAAAApAAAAOAAAAAgAAAAZAAAAKwAAAD4AAAASAAAAJwAAAD0AAAAUAAAALAAAAA==");
}

  function wasm2js_memory_fill(dest, value, size) {
    dest = dest >>> 0;
    size = size >>> 0;
    if (dest + size > bufferView.length) throw "trap: invalid memory.fill";
    bufferView.fill(value, dest, dest + size);
  }
      
function asmFunc(imports) {
 var buffer = new ArrayBuffer(2162688);
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
 var global$1 = 2098048;
 var global$2 = 2098048;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, $18$hi = 0, $29$hi = 0, $18_1 = 0, $29_1 = 0, $7$hi = 0, $7_1 = 0, $8$hi = 0, $11$hi = 0, $15$hi = 0, $21$hi = 0, $8_1 = 0, $11_1 = 0, $15_1 = 0, $9$hi = 0, $21_1 = 0, $24$hi = 0, $5$hi = 0, $6$hi = 0, $26$hi = 0, $9_1 = 0, $24_1 = 0, $27$hi = 0, $28$hi = 0, $30_1 = 0, $5_1 = 0, $6_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $1$hi = 0, $2$hi = 0, $3$hi = 0, $4$hi = 0, $10$hi = 0, $12$hi = 0, $13$hi = 0, $14$hi = 0, $16$hi = 0, $17$hi = 0, $19$hi = 0, $20$hi = 0, $22$hi = 0, $23$hi = 0, $31_1 = 0, $25_1 = 0, $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $10_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $16_1 = 0, $17_1 = 0, $19_1 = 0, $20_1 = 0, $22_1 = 0, $23_1 = 0, $90$hi = 0, $195 = 0, $92$hi = 0, $196 = 0, $94_1 = 0, $94$hi = 0, $100_1 = 0, $100$hi = 0, $103$hi = 0, $197 = 0, $105$hi = 0, $198 = 0, $107$hi = 0, $199 = 0, $134$hi = 0, $200 = 0, $136$hi = 0, $201 = 0, $138$hi = 0, $202 = 0, $144$hi = 0, $203 = 0, $146$hi = 0, $204 = 0, $148$hi = 0, $205 = 0, $152_1 = 0, $152$hi = 0, $178$hi = 0, $206 = 0, $180$hi = 0, $207 = 0, $182$hi = 0, $208 = 0, $186 = 0, $186$hi = 0, $210 = 0, $210$hi = 0, $233$hi = 0, $209 = 0, $267 = 0, $267$hi = 0, $281 = 0, $281$hi = 0, $296 = 0, $296$hi = 0, $297 = 0, $297$hi = 0, $303 = 0, $303$hi = 0, $304 = 0, $304$hi = 0, $313 = 0, $313$hi = 0, $314 = 0, $314$hi = 0, $324 = 0, $324$hi = 0, $325 = 0, $325$hi = 0, $334 = 0, $334$hi = 0, $335 = 0, $335$hi = 0, $347 = 0, $347$hi = 0, $348 = 0, $348$hi = 0, $357 = 0, $357$hi = 0, $358 = 0, $358$hi = 0, $365 = 0, $365$hi = 0, $366 = 0, $366$hi = 0, $373 = 0, $373$hi = 0, $374 = 0, $374$hi = 0, $391 = 0, $391$hi = 0, $392 = 0, $392$hi = 0, $399 = 0, $399$hi = 0, $400 = 0, $400$hi = 0, $407 = 0, $407$hi = 0, $408 = 0, $408$hi = 0, $415 = 0, $415$hi = 0, $416 = 0, $416$hi = 0, $423 = 0, $423$hi = 0, $424 = 0, $424$hi = 0, $441 = 0, $441$hi = 0, $442 = 0, $442$hi = 0, $449 = 0, $449$hi = 0, $450 = 0, $450$hi = 0, $457 = 0, $457$hi = 0, $458 = 0, $458$hi = 0, $465 = 0, $465$hi = 0, $466 = 0, $466$hi = 0, $473 = 0, $473$hi = 0, $474 = 0, $474$hi = 0, $491 = 0, $491$hi = 0, $492 = 0, $492$hi = 0, $499 = 0, $499$hi = 0, $500 = 0, $500$hi = 0, $507 = 0, $507$hi = 0, $508 = 0, $508$hi = 0, $515 = 0, $515$hi = 0, $516 = 0, $516$hi = 0, $523 = 0, $523$hi = 0, $524 = 0, $524$hi = 0, $531 = 0, $531$hi = 0, $532 = 0, $532$hi = 0, $534 = 0, $534$hi = 0, $535 = 0, $535$hi = 0;
  i64toi32_i32$0 = $5($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $1_1 = i64toi32_i32$0;
  $1$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $6($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $2_1 = i64toi32_i32$1;
  $2$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $3_1 = i64toi32_i32$0;
  $3$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $8($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $4_1 = i64toi32_i32$1;
  $4$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $9($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$0;
  $5$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $10($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $11($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $7_1 = i64toi32_i32$0;
  $7$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $12($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $8_1 = i64toi32_i32$1;
  $8$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $13($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $9_1 = i64toi32_i32$0;
  $9$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $14($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $10_1 = i64toi32_i32$1;
  $10$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $15($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $11_1 = i64toi32_i32$0;
  $11$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $16($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $12_1 = i64toi32_i32$1;
  $12$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $17($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $13_1 = i64toi32_i32$0;
  $13$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $18($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $14_1 = i64toi32_i32$1;
  $14$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $19($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $15_1 = i64toi32_i32$0;
  $15$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $20($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $16_1 = i64toi32_i32$1;
  $16$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $21($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $17_1 = i64toi32_i32$0;
  $17$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $22($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $18_1 = i64toi32_i32$1;
  $18$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $23($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $19_1 = i64toi32_i32$0;
  $19$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $24($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $20_1 = i64toi32_i32$1;
  $20$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $25($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $21_1 = i64toi32_i32$0;
  $21$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $26($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $22_1 = i64toi32_i32$1;
  $22$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $27($0_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $23_1 = i64toi32_i32$0;
  $23$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $28($0_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $24_1 = i64toi32_i32$1;
  $24$hi = i64toi32_i32$0;
  $25_1 = 0;
  label1 : while (1) {
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$0 = $5$hi;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = $5$hi;
   i64toi32_i32$1 = $29($18_1 | 0, i64toi32_i32$0 | 0, $5_1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $90$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $19$hi;
   i64toi32_i32$0 = $90$hi;
   $195 = i64toi32_i32$1;
   i64toi32_i32$1 = $19$hi;
   i64toi32_i32$1 = $29($195 | 0, i64toi32_i32$0 | 0, $19_1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $92$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $20$hi;
   i64toi32_i32$0 = $92$hi;
   $196 = i64toi32_i32$1;
   i64toi32_i32$1 = $20$hi;
   i64toi32_i32$1 = $29($196 | 0, i64toi32_i32$0 | 0, $20_1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $94_1 = i64toi32_i32$1;
   $94$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $30($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $26_1 = i64toi32_i32$0;
   $26$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $94$hi;
   i64toi32_i32$0 = $26$hi;
   i64toi32_i32$0 = $29($94_1 | 0, i64toi32_i32$1 | 0, $26_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $27_1 = i64toi32_i32$0;
   $27$hi = i64toi32_i32$1;
   i64toi32_i32$0 = 0;
   i64toi32_i32$0 = $31($27_1 | 0, i64toi32_i32$1 | 0, 1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $100_1 = i64toi32_i32$0;
   $100$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$1 = $1$hi;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$0 = $1$hi;
   i64toi32_i32$0 = $29($7_1 | 0, i64toi32_i32$1 | 0, $1_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $103$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $8$hi;
   i64toi32_i32$1 = $103$hi;
   $197 = i64toi32_i32$0;
   i64toi32_i32$0 = $8$hi;
   i64toi32_i32$0 = $29($197 | 0, i64toi32_i32$1 | 0, $8_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $105$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $9$hi;
   i64toi32_i32$1 = $105$hi;
   $198 = i64toi32_i32$0;
   i64toi32_i32$0 = $9$hi;
   i64toi32_i32$0 = $29($198 | 0, i64toi32_i32$1 | 0, $9_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $107$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $10$hi;
   i64toi32_i32$1 = $107$hi;
   $199 = i64toi32_i32$0;
   i64toi32_i32$0 = $10$hi;
   i64toi32_i32$0 = $29($199 | 0, i64toi32_i32$1 | 0, $10_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $28_1 = i64toi32_i32$0;
   $28$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $100$hi;
   i64toi32_i32$0 = $28$hi;
   i64toi32_i32$0 = $29($100_1 | 0, i64toi32_i32$1 | 0, $28_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$0;
   $29$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $21$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $21$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $21_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $32($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $22$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $22$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $22_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $33($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $23$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $23$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $23_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $34($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $6$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $6$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $6_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $35($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $24$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $24$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $24_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $36($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $21$hi;
   i64toi32_i32$1 = $6$hi;
   i64toi32_i32$1 = $21$hi;
   i64toi32_i32$0 = $6$hi;
   i64toi32_i32$0 = $29($21_1 | 0, i64toi32_i32$1 | 0, $6_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $134$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $22$hi;
   i64toi32_i32$1 = $134$hi;
   $200 = i64toi32_i32$0;
   i64toi32_i32$0 = $22$hi;
   i64toi32_i32$0 = $29($200 | 0, i64toi32_i32$1 | 0, $22_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $136$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $23$hi;
   i64toi32_i32$1 = $136$hi;
   $201 = i64toi32_i32$0;
   i64toi32_i32$0 = $23$hi;
   i64toi32_i32$0 = $29($201 | 0, i64toi32_i32$1 | 0, $23_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $138$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $24$hi;
   i64toi32_i32$1 = $138$hi;
   $202 = i64toi32_i32$0;
   i64toi32_i32$0 = $24$hi;
   i64toi32_i32$0 = $29($202 | 0, i64toi32_i32$1 | 0, $24_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $6_1 = i64toi32_i32$0;
   $6$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $4$hi;
   i64toi32_i32$1 = $3$hi;
   i64toi32_i32$1 = $4$hi;
   i64toi32_i32$0 = $3$hi;
   i64toi32_i32$0 = $29($4_1 | 0, i64toi32_i32$1 | 0, $3_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $144$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $15$hi;
   i64toi32_i32$1 = $144$hi;
   $203 = i64toi32_i32$0;
   i64toi32_i32$0 = $15$hi;
   i64toi32_i32$0 = $29($203 | 0, i64toi32_i32$1 | 0, $15_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $146$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $16$hi;
   i64toi32_i32$1 = $146$hi;
   $204 = i64toi32_i32$0;
   i64toi32_i32$0 = $16$hi;
   i64toi32_i32$0 = $29($204 | 0, i64toi32_i32$1 | 0, $16_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $148$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $17$hi;
   i64toi32_i32$1 = $148$hi;
   $205 = i64toi32_i32$0;
   i64toi32_i32$0 = $17$hi;
   i64toi32_i32$0 = $29($205 | 0, i64toi32_i32$1 | 0, $17_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $21_1 = i64toi32_i32$0;
   $21$hi = i64toi32_i32$1;
   i64toi32_i32$0 = 0;
   i64toi32_i32$0 = $31($21_1 | 0, i64toi32_i32$1 | 0, 1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $152_1 = i64toi32_i32$0;
   $152$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $6$hi;
   i64toi32_i32$0 = $152$hi;
   i64toi32_i32$0 = $29($6_1 | 0, i64toi32_i32$1 | 0, $152_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$0;
   $29$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $18_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $37($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $19$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $19$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $19_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $38($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $20$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $20$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $20_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $39($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $5$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $5$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $5_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $40($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $26$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $26$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $26_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$0;
   $29$hi = i64toi32_i32$1;
   $41($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $27$hi;
   i64toi32_i32$1 = $11$hi;
   i64toi32_i32$1 = $2$hi;
   i64toi32_i32$1 = $11$hi;
   i64toi32_i32$0 = $2$hi;
   i64toi32_i32$0 = $29($11_1 | 0, i64toi32_i32$1 | 0, $2_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $178$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $12$hi;
   i64toi32_i32$1 = $178$hi;
   $206 = i64toi32_i32$0;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$0 = $29($206 | 0, i64toi32_i32$1 | 0, $12_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $180$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $13$hi;
   i64toi32_i32$1 = $180$hi;
   $207 = i64toi32_i32$0;
   i64toi32_i32$0 = $13$hi;
   i64toi32_i32$0 = $29($207 | 0, i64toi32_i32$1 | 0, $13_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $182$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $14$hi;
   i64toi32_i32$1 = $182$hi;
   $208 = i64toi32_i32$0;
   i64toi32_i32$0 = $14$hi;
   i64toi32_i32$0 = $29($208 | 0, i64toi32_i32$1 | 0, $14_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $5_1 = i64toi32_i32$0;
   $5$hi = i64toi32_i32$1;
   i64toi32_i32$0 = 0;
   i64toi32_i32$0 = $31($5_1 | 0, i64toi32_i32$1 | 0, 1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $186 = i64toi32_i32$0;
   $186$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $27$hi;
   i64toi32_i32$0 = $186$hi;
   i64toi32_i32$0 = $29($27_1 | 0, i64toi32_i32$1 | 0, $186 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$0;
   $18$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $15$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $15$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $15_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $42($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $16$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $16$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $16_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $43($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $17$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $17$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $17_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $44($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $3$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $3$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $3_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $45($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $4$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $4$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $4_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $46($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $21$hi;
   i64toi32_i32$1 = $28$hi;
   i64toi32_i32$0 = 0;
   i64toi32_i32$0 = $31($28_1 | 0, i64toi32_i32$1 | 0, 1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $210 = i64toi32_i32$0;
   $210$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $21$hi;
   i64toi32_i32$0 = $210$hi;
   i64toi32_i32$0 = $29($21_1 | 0, i64toi32_i32$1 | 0, $210 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$0;
   $18$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $11$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $11$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $11_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $47($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $12$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $12_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $48($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $13$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $13$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $13_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $49($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $14$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $14$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $14_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $50($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $2$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $2$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $2_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $51($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $6$hi;
   i64toi32_i32$0 = 0;
   i64toi32_i32$0 = $31($6_1 | 0, i64toi32_i32$1 | 0, 1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $233$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $5$hi;
   i64toi32_i32$1 = $233$hi;
   $209 = i64toi32_i32$0;
   i64toi32_i32$0 = $5$hi;
   i64toi32_i32$0 = $29($209 | 0, i64toi32_i32$1 | 0, $5_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$0;
   $18$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $7$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $7_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $52($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $8$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $8$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $8_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $53($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $9$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $9$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $9_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $54($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $10$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $10$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $10_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $55($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $1$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $1$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $1_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $56($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   $30_1 = -96;
   label : while (1) {
    $31_1 = $57($0_1 | 0, $59($58($57($30_1 | 0, 1049120 | 0) | 0 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0;
    i64toi32_i32$1 = $28($31_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $18_1 = i64toi32_i32$1;
    $18$hi = i64toi32_i32$0;
    i64toi32_i32$0 = $29$hi;
    i64toi32_i32$0 = $60($57($30_1 | 0, 1049216 | 0) | 0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $267 = i64toi32_i32$0;
    $267$hi = i64toi32_i32$1;
    i64toi32_i32$1 = $29$hi;
    i64toi32_i32$0 = $267$hi;
    i64toi32_i32$0 = $31($29_1 | 0, i64toi32_i32$1 | 0, $267 | 0, i64toi32_i32$0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $36($31_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    $31_1 = $57($0_1 | 0, $59($58($57($30_1 | 0, 1049124 | 0) | 0 | 0) | 0 | 0, 3 | 0) | 0 | 0) | 0;
    i64toi32_i32$1 = $28($31_1 | 0) | 0;
    i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
    $29_1 = i64toi32_i32$1;
    $29$hi = i64toi32_i32$0;
    i64toi32_i32$0 = $18$hi;
    i64toi32_i32$0 = $60($57($30_1 | 0, 1049220 | 0) | 0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $281 = i64toi32_i32$0;
    $281$hi = i64toi32_i32$1;
    i64toi32_i32$1 = $18$hi;
    i64toi32_i32$0 = $281$hi;
    i64toi32_i32$0 = $31($18_1 | 0, i64toi32_i32$1 | 0, $281 | 0, i64toi32_i32$0 | 0) | 0;
    i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
    $36($31_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
    $30_1 = $57($30_1 | 0, 8 | 0) | 0;
    if ($30_1) {
     continue label
    }
    break label;
   };
   i64toi32_i32$1 = $5($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$1;
   $29$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $30($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $24_1 = i64toi32_i32$0;
   $24$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $28($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $26_1 = i64toi32_i32$1;
   $26$hi = i64toi32_i32$0;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($26_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $296 = i64toi32_i32$1;
   $296$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $24$hi;
   i64toi32_i32$1 = $296$hi;
   i64toi32_i32$1 = $61($24_1 | 0, i64toi32_i32$0 | 0, $296 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $297 = i64toi32_i32$1;
   $297$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = $297$hi;
   i64toi32_i32$1 = $29($29_1 | 0, i64toi32_i32$0 | 0, $297 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $1_1 = i64toi32_i32$1;
   $1$hi = i64toi32_i32$0;
   $56($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $26$hi;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($29_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $303 = i64toi32_i32$1;
   $303$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $26$hi;
   i64toi32_i32$1 = $303$hi;
   i64toi32_i32$1 = $61($26_1 | 0, i64toi32_i32$0 | 0, $303 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $304 = i64toi32_i32$1;
   $304$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $6($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$0;
   $18$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $304$hi;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$0 = $29($304 | 0, i64toi32_i32$1 | 0, $18_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $2_1 = i64toi32_i32$0;
   $2$hi = i64toi32_i32$1;
   $51($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $313 = i64toi32_i32$0;
   $313$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $313$hi;
   i64toi32_i32$0 = $61($29_1 | 0, i64toi32_i32$1 | 0, $313 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $314 = i64toi32_i32$0;
   $314$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $8($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $27_1 = i64toi32_i32$1;
   $27$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $314$hi;
   i64toi32_i32$1 = $27$hi;
   i64toi32_i32$1 = $29($314 | 0, i64toi32_i32$0 | 0, $27_1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $4_1 = i64toi32_i32$1;
   $4$hi = i64toi32_i32$0;
   $46($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $24$hi;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$0 = $27$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($27_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $324 = i64toi32_i32$1;
   $324$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = $324$hi;
   i64toi32_i32$1 = $61($18_1 | 0, i64toi32_i32$0 | 0, $324 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $325 = i64toi32_i32$1;
   $325$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $24$hi;
   i64toi32_i32$1 = $325$hi;
   i64toi32_i32$1 = $29($24_1 | 0, i64toi32_i32$0 | 0, $325 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $41($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $7($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$0;
   $29$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $9($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$1;
   $18$hi = i64toi32_i32$0;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($18_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $334 = i64toi32_i32$1;
   $334$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = $334$hi;
   i64toi32_i32$1 = $61($29_1 | 0, i64toi32_i32$0 | 0, $334 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $335 = i64toi32_i32$1;
   $335$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $10($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$0;
   $7$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $335$hi;
   i64toi32_i32$0 = $7$hi;
   i64toi32_i32$0 = $29($335 | 0, i64toi32_i32$1 | 0, $7_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $6_1 = i64toi32_i32$0;
   $6$hi = i64toi32_i32$1;
   $35($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $18($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $8_1 = i64toi32_i32$1;
   $8$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($29_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $347 = i64toi32_i32$1;
   $347$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $8$hi;
   i64toi32_i32$1 = $347$hi;
   i64toi32_i32$1 = $61($8_1 | 0, i64toi32_i32$0 | 0, $347 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $348 = i64toi32_i32$1;
   $348$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = $348$hi;
   i64toi32_i32$1 = $29($18_1 | 0, i64toi32_i32$0 | 0, $348 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $5_1 = i64toi32_i32$1;
   $5$hi = i64toi32_i32$0;
   $40($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$0 = $14($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $9_1 = i64toi32_i32$0;
   $9$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $8$hi;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($8_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $357 = i64toi32_i32$0;
   $357$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $9$hi;
   i64toi32_i32$0 = $357$hi;
   i64toi32_i32$0 = $61($9_1 | 0, i64toi32_i32$1 | 0, $357 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $358 = i64toi32_i32$0;
   $358$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $358$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $358 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $3_1 = i64toi32_i32$0;
   $3$hi = i64toi32_i32$1;
   $45($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $8$hi;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$1 = $9$hi;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($9_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $365 = i64toi32_i32$0;
   $365$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$0 = $365$hi;
   i64toi32_i32$0 = $61($7_1 | 0, i64toi32_i32$1 | 0, $365 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $366 = i64toi32_i32$0;
   $366$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $8$hi;
   i64toi32_i32$0 = $366$hi;
   i64toi32_i32$0 = $29($8_1 | 0, i64toi32_i32$1 | 0, $366 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $14_1 = i64toi32_i32$0;
   $14$hi = i64toi32_i32$1;
   $50($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $9$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($7_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $373 = i64toi32_i32$0;
   $373$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $373$hi;
   i64toi32_i32$0 = $61($18_1 | 0, i64toi32_i32$1 | 0, $373 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $374 = i64toi32_i32$0;
   $374$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $9$hi;
   i64toi32_i32$0 = $374$hi;
   i64toi32_i32$0 = $29($9_1 | 0, i64toi32_i32$1 | 0, $374 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $10_1 = i64toi32_i32$0;
   $10$hi = i64toi32_i32$1;
   $55($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $21($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$1;
   $29$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $17($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$0;
   $18$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $13($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$1;
   $7$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $24($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $8_1 = i64toi32_i32$0;
   $8$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $27($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $11_1 = i64toi32_i32$1;
   $11$hi = i64toi32_i32$0;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($11_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $391 = i64toi32_i32$1;
   $391$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $8$hi;
   i64toi32_i32$1 = $391$hi;
   i64toi32_i32$1 = $61($8_1 | 0, i64toi32_i32$0 | 0, $391 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $392 = i64toi32_i32$1;
   $392$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $7$hi;
   i64toi32_i32$1 = $392$hi;
   i64toi32_i32$1 = $29($7_1 | 0, i64toi32_i32$0 | 0, $392 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $9_1 = i64toi32_i32$1;
   $9$hi = i64toi32_i32$0;
   $54($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$0 = $11$hi;
   i64toi32_i32$0 = $7$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($7_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $399 = i64toi32_i32$1;
   $399$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $11$hi;
   i64toi32_i32$1 = $399$hi;
   i64toi32_i32$1 = $61($11_1 | 0, i64toi32_i32$0 | 0, $399 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $400 = i64toi32_i32$1;
   $400$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = $400$hi;
   i64toi32_i32$1 = $29($18_1 | 0, i64toi32_i32$0 | 0, $400 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $13_1 = i64toi32_i32$1;
   $13$hi = i64toi32_i32$0;
   $49($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$0 = $7$hi;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($18_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $407 = i64toi32_i32$1;
   $407$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $7$hi;
   i64toi32_i32$1 = $407$hi;
   i64toi32_i32$1 = $61($7_1 | 0, i64toi32_i32$0 | 0, $407 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $408 = i64toi32_i32$1;
   $408$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = $408$hi;
   i64toi32_i32$1 = $29($29_1 | 0, i64toi32_i32$0 | 0, $408 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $17_1 = i64toi32_i32$1;
   $17$hi = i64toi32_i32$0;
   $44($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $8$hi;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($29_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $415 = i64toi32_i32$1;
   $415$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = $415$hi;
   i64toi32_i32$1 = $61($18_1 | 0, i64toi32_i32$0 | 0, $415 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $416 = i64toi32_i32$1;
   $416$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $8$hi;
   i64toi32_i32$1 = $416$hi;
   i64toi32_i32$1 = $29($8_1 | 0, i64toi32_i32$0 | 0, $416 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $20_1 = i64toi32_i32$1;
   $20$hi = i64toi32_i32$0;
   $39($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $11$hi;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$0 = $8$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($8_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $423 = i64toi32_i32$1;
   $423$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = $423$hi;
   i64toi32_i32$1 = $61($29_1 | 0, i64toi32_i32$0 | 0, $423 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $424 = i64toi32_i32$1;
   $424$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $11$hi;
   i64toi32_i32$1 = $424$hi;
   i64toi32_i32$1 = $29($11_1 | 0, i64toi32_i32$0 | 0, $424 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $23_1 = i64toi32_i32$1;
   $23$hi = i64toi32_i32$0;
   $34($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $20($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$0;
   $29$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $16($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$1;
   $18$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $12($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$0;
   $7$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $23($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $11_1 = i64toi32_i32$1;
   $11$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $26($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $15_1 = i64toi32_i32$0;
   $15$hi = i64toi32_i32$1;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($15_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $441 = i64toi32_i32$0;
   $441$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $11$hi;
   i64toi32_i32$0 = $441$hi;
   i64toi32_i32$0 = $61($11_1 | 0, i64toi32_i32$1 | 0, $441 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $442 = i64toi32_i32$0;
   $442$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$0 = $442$hi;
   i64toi32_i32$0 = $29($7_1 | 0, i64toi32_i32$1 | 0, $442 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $8_1 = i64toi32_i32$0;
   $8$hi = i64toi32_i32$1;
   $53($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $15$hi;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($7_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $449 = i64toi32_i32$0;
   $449$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $15$hi;
   i64toi32_i32$0 = $449$hi;
   i64toi32_i32$0 = $61($15_1 | 0, i64toi32_i32$1 | 0, $449 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $450 = i64toi32_i32$0;
   $450$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $450$hi;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, $450 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $12_1 = i64toi32_i32$0;
   $12$hi = i64toi32_i32$1;
   $48($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($18_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $457 = i64toi32_i32$0;
   $457$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $7$hi;
   i64toi32_i32$0 = $457$hi;
   i64toi32_i32$0 = $61($7_1 | 0, i64toi32_i32$1 | 0, $457 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $458 = i64toi32_i32$0;
   $458$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $458$hi;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, $458 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $16_1 = i64toi32_i32$0;
   $16$hi = i64toi32_i32$1;
   $43($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $11$hi;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($29_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $465 = i64toi32_i32$0;
   $465$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $18$hi;
   i64toi32_i32$0 = $465$hi;
   i64toi32_i32$0 = $61($18_1 | 0, i64toi32_i32$1 | 0, $465 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $466 = i64toi32_i32$0;
   $466$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $11$hi;
   i64toi32_i32$0 = $466$hi;
   i64toi32_i32$0 = $29($11_1 | 0, i64toi32_i32$1 | 0, $466 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $19_1 = i64toi32_i32$0;
   $19$hi = i64toi32_i32$1;
   $38($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $15$hi;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$1 = $11$hi;
   i64toi32_i32$0 = -1;
   i64toi32_i32$0 = $29($11_1 | 0, i64toi32_i32$1 | 0, -1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $473 = i64toi32_i32$0;
   $473$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $29$hi;
   i64toi32_i32$0 = $473$hi;
   i64toi32_i32$0 = $61($29_1 | 0, i64toi32_i32$1 | 0, $473 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $474 = i64toi32_i32$0;
   $474$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $15$hi;
   i64toi32_i32$0 = $474$hi;
   i64toi32_i32$0 = $29($15_1 | 0, i64toi32_i32$1 | 0, $474 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $22_1 = i64toi32_i32$0;
   $22$hi = i64toi32_i32$1;
   $33($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $19($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $29_1 = i64toi32_i32$1;
   $29$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $15($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$0;
   $18$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $11($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $15_1 = i64toi32_i32$1;
   $15$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $22($0_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $21_1 = i64toi32_i32$0;
   $21$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $25($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $28_1 = i64toi32_i32$1;
   $28$hi = i64toi32_i32$0;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($28_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $491 = i64toi32_i32$1;
   $491$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $21$hi;
   i64toi32_i32$1 = $491$hi;
   i64toi32_i32$1 = $61($21_1 | 0, i64toi32_i32$0 | 0, $491 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $492 = i64toi32_i32$1;
   $492$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $15$hi;
   i64toi32_i32$1 = $492$hi;
   i64toi32_i32$1 = $29($15_1 | 0, i64toi32_i32$0 | 0, $492 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $7_1 = i64toi32_i32$1;
   $7$hi = i64toi32_i32$0;
   $52($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$0 = $28$hi;
   i64toi32_i32$0 = $15$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($15_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $499 = i64toi32_i32$1;
   $499$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $28$hi;
   i64toi32_i32$1 = $499$hi;
   i64toi32_i32$1 = $61($28_1 | 0, i64toi32_i32$0 | 0, $499 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $500 = i64toi32_i32$1;
   $500$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = $500$hi;
   i64toi32_i32$1 = $29($18_1 | 0, i64toi32_i32$0 | 0, $500 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $11_1 = i64toi32_i32$1;
   $11$hi = i64toi32_i32$0;
   $47($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$0 = $15$hi;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($18_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $507 = i64toi32_i32$1;
   $507$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $15$hi;
   i64toi32_i32$1 = $507$hi;
   i64toi32_i32$1 = $61($15_1 | 0, i64toi32_i32$0 | 0, $507 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $508 = i64toi32_i32$1;
   $508$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = $508$hi;
   i64toi32_i32$1 = $29($29_1 | 0, i64toi32_i32$0 | 0, $508 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $15_1 = i64toi32_i32$1;
   $15$hi = i64toi32_i32$0;
   $42($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $21$hi;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($29_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $515 = i64toi32_i32$1;
   $515$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $18$hi;
   i64toi32_i32$1 = $515$hi;
   i64toi32_i32$1 = $61($18_1 | 0, i64toi32_i32$0 | 0, $515 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $516 = i64toi32_i32$1;
   $516$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $21$hi;
   i64toi32_i32$1 = $516$hi;
   i64toi32_i32$1 = $29($21_1 | 0, i64toi32_i32$0 | 0, $516 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$1;
   $18$hi = i64toi32_i32$0;
   $37($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $28$hi;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$0 = $21$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($21_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $523 = i64toi32_i32$1;
   $523$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $29$hi;
   i64toi32_i32$1 = $523$hi;
   i64toi32_i32$1 = $61($29_1 | 0, i64toi32_i32$0 | 0, $523 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $524 = i64toi32_i32$1;
   $524$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $28$hi;
   i64toi32_i32$1 = $524$hi;
   i64toi32_i32$1 = $29($28_1 | 0, i64toi32_i32$0 | 0, $524 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $21_1 = i64toi32_i32$1;
   $21$hi = i64toi32_i32$0;
   $32($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $26$hi;
   i64toi32_i32$0 = $27$hi;
   i64toi32_i32$0 = $24$hi;
   i64toi32_i32$1 = -1;
   i64toi32_i32$1 = $29($24_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $531 = i64toi32_i32$1;
   $531$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $27$hi;
   i64toi32_i32$1 = $531$hi;
   i64toi32_i32$1 = $61($27_1 | 0, i64toi32_i32$0 | 0, $531 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $532 = i64toi32_i32$1;
   $532$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $62($25_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $534 = i64toi32_i32$0;
   $534$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $532$hi;
   i64toi32_i32$0 = $534$hi;
   i64toi32_i32$0 = $29($532 | 0, i64toi32_i32$1 | 0, $534 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $535 = i64toi32_i32$0;
   $535$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $26$hi;
   i64toi32_i32$0 = $535$hi;
   i64toi32_i32$0 = $29($26_1 | 0, i64toi32_i32$1 | 0, $535 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $24_1 = i64toi32_i32$0;
   $24$hi = i64toi32_i32$1;
   $36($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   $25_1 = $57($25_1 | 0, 8 | 0) | 0;
   if (($25_1 | 0) != (192 | 0)) {
    continue label1
   }
   break label1;
  };
 }
 
 function $1($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $18_1 = 0, $19_1 = 0, $11_1 = 0, $12_1 = 0, $15_1 = 0, $7_1 = 0, $14_1 = 0, $8_1 = 0, $10_1 = 0, $16_1 = 0, $9_1 = 0, $13_1 = 0, $20_1 = 0, $17_1 = 0, $21_1 = 0, $22_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $82_1 = 0, $112_1 = 0, $141_1 = 0, $303 = 0;
  $2_1 = $63($0_1 | 0) | 0;
  $3_1 = $64($0_1 | 0) | 0;
  $4_1 = $65($0_1 | 0) | 0;
  $5_1 = $66($0_1 | 0) | 0;
  $6_1 = $67($1_1 | 0) | 0;
  $7_1 = $68($0_1 | 0) | 0;
  $8_1 = $69($0_1 | 0) | 0;
  $9_1 = $70($0_1 | 0) | 0;
  $10_1 = $71($0_1 | 0) | 0;
  $11_1 = $72($0_1 | 0) | 0;
  $12_1 = $73($0_1 | 0) | 0;
  $13_1 = $74($0_1 | 0) | 0;
  $14_1 = $75($0_1 | 0) | 0;
  $15_1 = $77($76($0_1 | 0) | 0 | 0) | 0;
  $16_1 = $77($78($0_1 | 0) | 0 | 0) | 0;
  $17_1 = $79($15_1 | 0, $16_1 | 0) | 0;
  $18_1 = $77($80($0_1 | 0) | 0 | 0) | 0;
  $19_1 = $79($16_1 | 0, $18_1 | 0) | 0;
  $82_1 = $79($79($59($19_1 | 0, 1 | 0) | 0 | 0, $82($81($19_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $66($1_1 | 0) | 0 | 0) | 0;
  $19_1 = $77($67($0_1 | 0) | 0 | 0) | 0;
  $83($0_1 | 0, $79($17_1 | 0, $79($82_1 | 0, $19_1 | 0) | 0 | 0) | 0 | 0);
  $20_1 = $77($11_1 | 0) | 0;
  $13_1 = $77($13_1 | 0) | 0;
  $21_1 = $79($20_1 | 0, $13_1 | 0) | 0;
  $11_1 = $77($14_1 | 0) | 0;
  $14_1 = $79($13_1 | 0, $11_1 | 0) | 0;
  $112_1 = $79($79($59($14_1 | 0, 1 | 0) | 0 | 0, $82($81($14_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $80($1_1 | 0) | 0 | 0) | 0;
  $12_1 = $77($12_1 | 0) | 0;
  $84($0_1 | 0, $79($21_1 | 0, $79($112_1 | 0, $12_1 | 0) | 0 | 0) | 0 | 0);
  $14_1 = $77($7_1 | 0) | 0;
  $9_1 = $77($9_1 | 0) | 0;
  $22_1 = $79($14_1 | 0, $9_1 | 0) | 0;
  $7_1 = $77($10_1 | 0) | 0;
  $10_1 = $79($9_1 | 0, $7_1 | 0) | 0;
  $141_1 = $79($79($59($10_1 | 0, 1 | 0) | 0 | 0, $82($81($10_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $75($1_1 | 0) | 0 | 0) | 0;
  $8_1 = $77($8_1 | 0) | 0;
  $85($0_1 | 0, $79($22_1 | 0, $79($141_1 | 0, $8_1 | 0) | 0 | 0) | 0 | 0);
  $10_1 = $79($18_1 | 0, $19_1 | 0) | 0;
  $86($0_1 | 0, $79($15_1 | 0, $79($16_1 | 0, $79($18_1 | 0, $79($6_1 | 0, $79($59($10_1 | 0, 1 | 0) | 0 | 0, $82($81($10_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $87($0_1 | 0, $79($15_1 | 0, $79($18_1 | 0, $79($19_1 | 0, $79($79($59($17_1 | 0, 1 | 0) | 0 | 0, $82($81($17_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $70($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $15_1 = $79($15_1 | 0, $19_1 | 0) | 0;
  $88($0_1 | 0, $79($16_1 | 0, $79($18_1 | 0, $79($19_1 | 0, $79($79($59($15_1 | 0, 1 | 0) | 0 | 0, $82($81($15_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $72($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $18_1 = $79($11_1 | 0, $12_1 | 0) | 0;
  $89($0_1 | 0, $79($20_1 | 0, $79($13_1 | 0, $79($11_1 | 0, $79($79($59($18_1 | 0, 1 | 0) | 0 | 0, $82($81($18_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $73($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $90($0_1 | 0, $79($20_1 | 0, $79($11_1 | 0, $79($12_1 | 0, $79($79($59($21_1 | 0, 1 | 0) | 0 | 0, $82($81($21_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $65($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $18_1 = $79($20_1 | 0, $12_1 | 0) | 0;
  $91($0_1 | 0, $79($13_1 | 0, $79($11_1 | 0, $79($12_1 | 0, $79($79($59($18_1 | 0, 1 | 0) | 0 | 0, $82($81($18_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $68($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $18_1 = $79($7_1 | 0, $8_1 | 0) | 0;
  $92($0_1 | 0, $79($14_1 | 0, $79($9_1 | 0, $79($7_1 | 0, $79($79($59($18_1 | 0, 1 | 0) | 0 | 0, $82($81($18_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $69($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $11_1 = $77($2_1 | 0) | 0;
  $12_1 = $77($4_1 | 0) | 0;
  $15_1 = $79($11_1 | 0, $12_1 | 0) | 0;
  $18_1 = $77($5_1 | 0) | 0;
  $19_1 = $79($12_1 | 0, $18_1 | 0) | 0;
  $303 = $79($79($59($19_1 | 0, 1 | 0) | 0 | 0, $82($81($19_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $71($1_1 | 0) | 0 | 0) | 0;
  $19_1 = $77($3_1 | 0) | 0;
  $93($0_1 | 0, $79($15_1 | 0, $79($303 | 0, $19_1 | 0) | 0 | 0) | 0 | 0);
  $94($0_1 | 0, $79($14_1 | 0, $79($7_1 | 0, $79($8_1 | 0, $79($79($59($22_1 | 0, 1 | 0) | 0 | 0, $82($81($22_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $78($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $16_1 = $79($14_1 | 0, $8_1 | 0) | 0;
  $95($0_1 | 0, $79($9_1 | 0, $79($7_1 | 0, $79($8_1 | 0, $79($79($59($16_1 | 0, 1 | 0) | 0 | 0, $82($81($16_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $63($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $7_1 = $79($18_1 | 0, $19_1 | 0) | 0;
  $96($0_1 | 0, $79($11_1 | 0, $79($12_1 | 0, $79($18_1 | 0, $79($79($59($7_1 | 0, 1 | 0) | 0 | 0, $82($81($7_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $64($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $97($0_1 | 0, $79($11_1 | 0, $79($18_1 | 0, $79($19_1 | 0, $79($79($59($15_1 | 0, 1 | 0) | 0 | 0, $82($81($15_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $74($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
  $11_1 = $79($11_1 | 0, $19_1 | 0) | 0;
  $98($0_1 | 0, $79($12_1 | 0, $79($18_1 | 0, $79($19_1 | 0, $79($79($59($11_1 | 0, 1 | 0) | 0 | 0, $82($81($11_1 << 24 >> 24 | 0, 7 | 0) | 0 | 0, 27 | 0) | 0 | 0) | 0 | 0, $76($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
 }
 
 function $2($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, $3_1 = 0, $4_1 = 0, i64toi32_i32$3 = 0, i64toi32_i32$2 = 0, $12_1 = 0, $12$hi = 0, $11$hi = 0, $13$hi = 0, $8_1 = 0, $11_1 = 0, $13_1 = 0, $14_1 = 0, $14$hi = 0, $5_1 = 0, $10_1 = 0, $6_1 = 0, $7_1 = 0, $15$hi = 0, $9_1 = 0, $16$hi = 0, $15_1 = 0, $16_1 = 0, $57$hi = 0, $62$hi = 0, $92_1 = 0, $63_1 = 0, $63$hi = 0, $65$hi = 0, $67$hi = 0, $93_1 = 0, $68_1 = 0, $68$hi = 0, $70_1 = 0, $70$hi = 0, $71_1 = 0, $71$hi = 0, $92$hi = 0, $95$hi = 0, $94_1 = 0, $96_1 = 0, $96$hi = 0, $98_1 = 0, $98$hi = 0, $107_1 = 0, $107$hi = 0, $110$hi = 0, $111_1 = 0, $111$hi = 0, $95_1 = 0, $224 = 0, $228 = 0, $235 = 0, $235$hi = 0, $237 = 0, $237$hi = 0, $240 = 0, $240$hi = 0, $242 = 0, $242$hi = 0, $17_1 = 0, $301 = 0, $18_1 = 0, $309 = 0, $19_1 = 0, $317 = 0, $20_1 = 0, $325 = 0, $97_1 = 0, $375 = 0, $375$hi = 0, $378 = 0, $378$hi = 0, $379 = 0, $379$hi = 0, $99_1 = 0, $383 = 0, $383$hi = 0, $100_1 = 0, $394 = 0, $394$hi = 0, $101_1 = 0, $397 = 0, $397$hi = 0, $398$hi = 0, $102_1 = 0, $400 = 0, $400$hi = 0, $405 = 0, $405$hi = 0, $406 = 0, $406$hi = 0, $411 = 0, $411$hi = 0, $433 = 0, $443$hi = 0, $450$hi = 0;
  $3_1 = $99(global$0 | 0, 288 | 0) | 0;
  global$0 = $3_1;
  $4_1 = 0;
  wasm2js_memory_fill($57($3_1 | 0, 24 | 0) | 0, 0, 200);
  $5_1 = $1_1 >>> 0 < 135 >>> 0 ? $1_1 : 135;
  block : {
   if (!$1_1) {
    break block
   }
   block1 : {
    if (($1_1 | 0) == (1 | 0)) {
     break block1
    }
    $6_1 = $82($5_1 | 0, 1 | 0) | 0;
    $7_1 = $82($5_1 | 0, 254 | 0) | 0;
    $4_1 = 0;
    $1_1 = 0;
    label : while (1) {
     $8_1 = $57($57($3_1 | 0, 24 | 0) | 0 | 0, $82($4_1 | 0, -8 | 0) | 0 | 0) | 0;
     $9_1 = $57($0_1 | 0, $4_1 | 0) | 0;
     i64toi32_i32$0 = $100($57($9_1 | 0, 1 | 0) | 0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $57$hi = i64toi32_i32$1;
     $10_1 = $82($1_1 | 0, 48 | 0) | 0;
     i64toi32_i32$1 = 0;
     $62$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $57$hi;
     $92_1 = i64toi32_i32$0;
     i64toi32_i32$0 = $62$hi;
     i64toi32_i32$0 = $102($92_1 | 0, i64toi32_i32$1 | 0, $101($10_1 | 0, 8 | 0) | 0 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $63_1 = i64toi32_i32$0;
     $63$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $100($9_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $65$hi = i64toi32_i32$0;
     i64toi32_i32$0 = 0;
     $67$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $65$hi;
     $93_1 = i64toi32_i32$1;
     i64toi32_i32$1 = $67$hi;
     i64toi32_i32$1 = $102($93_1 | 0, i64toi32_i32$0 | 0, $10_1 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $68_1 = i64toi32_i32$1;
     $68$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $28($8_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $70_1 = i64toi32_i32$0;
     $70$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $68$hi;
     i64toi32_i32$0 = $70$hi;
     i64toi32_i32$0 = $29($68_1 | 0, i64toi32_i32$1 | 0, $70_1 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $71_1 = i64toi32_i32$0;
     $71$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $63$hi;
     i64toi32_i32$0 = $71$hi;
     i64toi32_i32$0 = $29($63_1 | 0, i64toi32_i32$1 | 0, $71_1 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $36($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
     $1_1 = $57($1_1 | 0, 16 | 0) | 0;
     $4_1 = $57($4_1 | 0, 2 | 0) | 0;
     if (($7_1 | 0) != ($4_1 | 0)) {
      continue label
     }
     break label;
    };
    if (!$6_1) {
     break block
    }
    $0_1 = $57($0_1 | 0, $4_1 | 0) | 0;
   }
   $1_1 = $57($57($3_1 | 0, 24 | 0) | 0 | 0, $82($4_1 | 0, -8 | 0) | 0 | 0) | 0;
   i64toi32_i32$1 = $100($0_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $92$hi = i64toi32_i32$0;
   i64toi32_i32$0 = 0;
   $95$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $92$hi;
   $94_1 = i64toi32_i32$1;
   i64toi32_i32$1 = $95$hi;
   i64toi32_i32$1 = $102($94_1 | 0, i64toi32_i32$0 | 0, $59($4_1 | 0, 3 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $96_1 = i64toi32_i32$1;
   $96$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $28($1_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $98_1 = i64toi32_i32$0;
   $98$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $96$hi;
   i64toi32_i32$0 = $98$hi;
   i64toi32_i32$0 = $29($96_1 | 0, i64toi32_i32$1 | 0, $98_1 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $36($1_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  }
  $4_1 = $57($57($3_1 | 0, 24 | 0) | 0 | 0, $82($5_1 | 0, -8 | 0) | 0 | 0) | 0;
  i64toi32_i32$1 = $28($4_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $107_1 = i64toi32_i32$1;
  $107$hi = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  $110$hi = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$1 = $110$hi;
  i64toi32_i32$1 = $102(1 | 0, i64toi32_i32$0 | 0, $59($5_1 | 0, 3 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $111_1 = i64toi32_i32$1;
  $111$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $107$hi;
  i64toi32_i32$1 = $111$hi;
  i64toi32_i32$1 = $29($107_1 | 0, i64toi32_i32$0 | 0, $111_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $36($4_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $12($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $95_1 = i64toi32_i32$0;
  i64toi32_i32$0 = -2147483648;
  i64toi32_i32$0 = $29($95_1 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $53($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  $0($57($3_1 | 0, 24 | 0) | 0 | 0);
  i64toi32_i32$1 = $6($3_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $11_1 = i64toi32_i32$1;
  $11$hi = i64toi32_i32$0;
  $103($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $10($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $12_1 = i64toi32_i32$0;
  $12$hi = i64toi32_i32$1;
  $104($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($11_1 | 0, i64toi32_i32$1 | 0, 8 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $106($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 8 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $107($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($11_1 | 0, i64toi32_i32$1 | 0, 16 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $108($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 16 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $109($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($11_1 | 0, i64toi32_i32$1 | 0, 24 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $110($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 24 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $111($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($11_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $112($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $113($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($11_1 | 0, i64toi32_i32$1 | 0, 40 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $114($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 40 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $115($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($11_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $116($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $117($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $11$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($11_1 | 0, i64toi32_i32$1 | 0, 56 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $118($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 56 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $119($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $5($3_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $13_1 = i64toi32_i32$1;
  $13$hi = i64toi32_i32$0;
  $120($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $9($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $12_1 = i64toi32_i32$0;
  $12$hi = i64toi32_i32$1;
  $121($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($13_1 | 0, i64toi32_i32$1 | 0, 8 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $122($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 8 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $123($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($13_1 | 0, i64toi32_i32$1 | 0, 16 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $124($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 16 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $125($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($13_1 | 0, i64toi32_i32$1 | 0, 24 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $126($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 24 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $127($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($13_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $128($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $129($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($13_1 | 0, i64toi32_i32$1 | 0, 40 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $130($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 40 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $131($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($13_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $132($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 48 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $133($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $13$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($13_1 | 0, i64toi32_i32$1 | 0, 56 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $134($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  i64toi32_i32$1 = $12$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($12_1 | 0, i64toi32_i32$1 | 0, 56 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $135($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
  $4_1 = -1048576;
  label1 : while (1) {
   $1($57($3_1 | 0, 240 | 0) | 0 | 0, $57($3_1 | 0, 224 | 0) | 0 | 0);
   $224 = $57($4_1 | 0, 2097800 | 0) | 0;
   i64toi32_i32$1 = $136($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $137($224 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   $228 = $57($4_1 | 0, 2097792 | 0) | 0;
   i64toi32_i32$0 = $138($3_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $137($228 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   $4_1 = $57($4_1 | 0, 16 | 0) | 0;
   if ($4_1) {
    continue label1
   }
   break label1;
  };
  i64toi32_i32$1 = $27($3_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $235 = i64toi32_i32$1;
  $235$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $18($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $237 = i64toi32_i32$0;
  $237$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $235$hi;
  i64toi32_i32$0 = $237$hi;
  i64toi32_i32$0 = $29($235 | 0, i64toi32_i32$1 | 0, $237 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $12_1 = i64toi32_i32$0;
  $12$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $14($3_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $240 = i64toi32_i32$1;
  $240$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7($3_1 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $242 = i64toi32_i32$0;
  $242$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $240$hi;
  i64toi32_i32$0 = $242$hi;
  i64toi32_i32$0 = $29($240 | 0, i64toi32_i32$1 | 0, $242 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
  $14_1 = i64toi32_i32$0;
  $14$hi = i64toi32_i32$1;
  $1_1 = 262144;
  i64toi32_i32$1 = $24($3_1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $15_1 = i64toi32_i32$1;
  $15$hi = i64toi32_i32$0;
  label2 : while (1) {
   i64toi32_i32$0 = $14$hi;
   $16_1 = $14_1;
   $16$hi = i64toi32_i32$0;
   $4_1 = $82($14_1 | 0, 1048560 | 0) | 0;
   i64toi32_i32$0 = $139($4_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $140($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
   i64toi32_i32$1 = $141($4_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $142($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $14$hi;
   $143($3_1 | 0, $14_1 | 0, i64toi32_i32$0 | 0);
   i64toi32_i32$0 = $12$hi;
   $144($3_1 | 0, $12_1 | 0, i64toi32_i32$0 | 0);
   $1($57($3_1 | 0, 256 | 0) | 0 | 0, $57($3_1 | 0, 272 | 0) | 0 | 0);
   $8_1 = $145($3_1 | 0) | 0;
   $9_1 = $12_1;
   $146($4_1 | 0, $79($8_1 | 0, $12_1 | 0) | 0 | 0);
   $10_1 = $147($3_1 | 0) | 0;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $105($12_1 | 0, i64toi32_i32$0 | 0, 8 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $0_1 = i64toi32_i32$1;
   $148($4_1 | 0, $79($10_1 | 0, i64toi32_i32$1 | 0) | 0 | 0);
   $7_1 = $149($3_1 | 0) | 0;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $105($12_1 | 0, i64toi32_i32$0 | 0, 16 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $5_1 = i64toi32_i32$1;
   $150($4_1 | 0, $79($7_1 | 0, i64toi32_i32$1 | 0) | 0 | 0);
   $6_1 = $151($3_1 | 0) | 0;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $105($12_1 | 0, i64toi32_i32$0 | 0, 24 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $17_1 = i64toi32_i32$1;
   $152($4_1 | 0, $79($6_1 | 0, i64toi32_i32$1 | 0) | 0 | 0);
   $301 = $153($3_1 | 0) | 0;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $105($12_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $18_1 = i64toi32_i32$1;
   $154($4_1 | 0, $79($301 | 0, i64toi32_i32$1 | 0) | 0 | 0);
   $309 = $155($3_1 | 0) | 0;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $105($12_1 | 0, i64toi32_i32$0 | 0, 40 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $19_1 = i64toi32_i32$1;
   $156($4_1 | 0, $79($309 | 0, i64toi32_i32$1 | 0) | 0 | 0);
   $317 = $157($3_1 | 0) | 0;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $105($12_1 | 0, i64toi32_i32$0 | 0, 48 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $20_1 = i64toi32_i32$1;
   $158($4_1 | 0, $79($317 | 0, i64toi32_i32$1 | 0) | 0 | 0);
   $325 = $159($3_1 | 0) | 0;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $105($12_1 | 0, i64toi32_i32$0 | 0, 56 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $160($4_1 | 0, $79($325 | 0, i64toi32_i32$1 | 0) | 0 | 0);
   $162($4_1 | 0, $79($161($3_1 | 0) | 0 | 0, $12_1 | 0) | 0 | 0);
   $164($4_1 | 0, $79($163($3_1 | 0) | 0 | 0, $0_1 | 0) | 0 | 0);
   $166($4_1 | 0, $79($165($3_1 | 0) | 0 | 0, $5_1 | 0) | 0 | 0);
   $168($4_1 | 0, $79($167($3_1 | 0) | 0 | 0, $17_1 | 0) | 0 | 0);
   $170($4_1 | 0, $79($169($3_1 | 0) | 0 | 0, $18_1 | 0) | 0 | 0);
   $172($4_1 | 0, $79($171($3_1 | 0) | 0 | 0, $19_1 | 0) | 0 | 0);
   $174($4_1 | 0, $79($173($3_1 | 0) | 0 | 0, $20_1 | 0) | 0 | 0);
   $176($4_1 | 0, $79($175($3_1 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0 | 0);
   i64toi32_i32$0 = 0;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $61($10_1 | 0, i64toi32_i32$0 | 0, 255 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $97_1 = i64toi32_i32$1;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $102($97_1 | 0, i64toi32_i32$0 | 0, 8 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $375 = i64toi32_i32$1;
   $375$hi = i64toi32_i32$0;
   i64toi32_i32$0 = 0;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $61($8_1 | 0, i64toi32_i32$0 | 0, 255 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $378 = i64toi32_i32$1;
   $378$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $375$hi;
   i64toi32_i32$1 = $378$hi;
   i64toi32_i32$1 = $177($375 | 0, i64toi32_i32$0 | 0, $378 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $379 = i64toi32_i32$1;
   $379$hi = i64toi32_i32$0;
   i64toi32_i32$0 = 0;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $61($7_1 | 0, i64toi32_i32$0 | 0, 255 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $99_1 = i64toi32_i32$1;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $102($99_1 | 0, i64toi32_i32$0 | 0, 16 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $383 = i64toi32_i32$1;
   $383$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $379$hi;
   i64toi32_i32$1 = $383$hi;
   i64toi32_i32$1 = $177($379 | 0, i64toi32_i32$0 | 0, $383 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $12_1 = i64toi32_i32$1;
   $12$hi = i64toi32_i32$0;
   $4_1 = $82(i64toi32_i32$1 | 0, 1048560 | 0) | 0;
   i64toi32_i32$0 = $141($4_1 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $14_1 = i64toi32_i32$0;
   $14$hi = i64toi32_i32$1;
   i64toi32_i32$1 = 0;
   i64toi32_i32$0 = 0;
   i64toi32_i32$0 = $61($6_1 | 0, i64toi32_i32$1 | 0, 255 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $100_1 = i64toi32_i32$0;
   i64toi32_i32$0 = 0;
   i64toi32_i32$0 = $102($100_1 | 0, i64toi32_i32$1 | 0, 24 | 0, i64toi32_i32$0 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $394 = i64toi32_i32$0;
   $394$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $178($3_1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $101_1 = i64toi32_i32$1;
   i64toi32_i32$1 = 0;
   i64toi32_i32$1 = $102($101_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $397 = i64toi32_i32$1;
   $397$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $394$hi;
   i64toi32_i32$1 = $397$hi;
   i64toi32_i32$1 = $177($394 | 0, i64toi32_i32$0 | 0, $397 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $398$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$0 = $398$hi;
   $102_1 = i64toi32_i32$1;
   i64toi32_i32$1 = $12$hi;
   i64toi32_i32$1 = $177($102_1 | 0, i64toi32_i32$0 | 0, $12_1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
   $400 = i64toi32_i32$1;
   $400$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $14$hi;
   i64toi32_i32$1 = 0;
   i64toi32_i32$2 = $400$hi;
   i64toi32_i32$3 = 0;
   $4($3_1 | 0, $14_1 | 0, i64toi32_i32$0 | 0, 0 | 0, i64toi32_i32$1 | 0, $400 | 0, i64toi32_i32$2 | 0, 0 | 0, i64toi32_i32$3 | 0);
   i64toi32_i32$3 = i64toi32_i32$0;
   i64toi32_i32$3 = $16$hi;
   i64toi32_i32$3 = $30($3_1 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $405 = i64toi32_i32$3;
   $405$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $16$hi;
   i64toi32_i32$3 = $405$hi;
   i64toi32_i32$3 = $179($16_1 | 0, i64toi32_i32$2 | 0, $405 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $406 = i64toi32_i32$3;
   $406$hi = i64toi32_i32$2;
   i64toi32_i32$2 = i64toi32_i32$0;
   i64toi32_i32$3 = $406$hi;
   i64toi32_i32$3 = $29($14_1 | 0, i64toi32_i32$0 | 0, $406 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $14_1 = i64toi32_i32$3;
   $14$hi = i64toi32_i32$2;
   $180($4_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = $15$hi;
   i64toi32_i32$2 = $28($3_1 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $411 = i64toi32_i32$2;
   $411$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $15$hi;
   i64toi32_i32$2 = $411$hi;
   i64toi32_i32$2 = $29($15_1 | 0, i64toi32_i32$3 | 0, $411 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $15_1 = i64toi32_i32$2;
   $15$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $16$hi;
   $12_1 = $16_1;
   $12$hi = i64toi32_i32$3;
   $1_1 = $57($1_1 | 0, -1 | 0) | 0;
   if ($1_1) {
    continue label2
   }
   break label2;
  };
  i64toi32_i32$3 = $15$hi;
  $39($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $12$hi;
  i64toi32_i32$3 = $13$hi;
  i64toi32_i32$3 = $12$hi;
  i64toi32_i32$2 = $13$hi;
  i64toi32_i32$2 = $29($12_1 | 0, i64toi32_i32$3 | 0, $13_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $56($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  i64toi32_i32$3 = $14$hi;
  i64toi32_i32$3 = $11$hi;
  i64toi32_i32$3 = $14$hi;
  i64toi32_i32$2 = $11$hi;
  i64toi32_i32$2 = $29($14_1 | 0, i64toi32_i32$3 | 0, $11_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $51($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
  $0($57($3_1 | 0, 24 | 0) | 0 | 0);
  $4_1 = 0;
  $1_1 = 8;
  label3 : while (1) {
   $8_1 = $57($2_1 | 0, $4_1 | 0) | 0;
   $433 = $57($8_1 | 0, 1 | 0) | 0;
   i64toi32_i32$3 = $28($57($57($3_1 | 0, 24 | 0) | 0 | 0, $82($4_1 | 0, -8 | 0) | 0 | 0) | 0 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $12_1 = i64toi32_i32$3;
   $12$hi = i64toi32_i32$2;
   i64toi32_i32$2 = 0;
   $443$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$3 = $443$hi;
   i64toi32_i32$3 = $105($12_1 | 0, i64toi32_i32$2 | 0, $82($1_1 | 0, 56 | 0) | 0 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $181($433 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$2 = 0;
   $450$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $12$hi;
   i64toi32_i32$3 = $450$hi;
   i64toi32_i32$3 = $105($12_1 | 0, i64toi32_i32$2 | 0, $82($57($1_1 | 0, -8 | 0) | 0 | 0, 48 | 0) | 0 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $181($8_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0);
   $1_1 = $57($1_1 | 0, 16 | 0) | 0;
   $4_1 = $57($4_1 | 0, 2 | 0) | 0;
   if (($4_1 | 0) != (32 | 0)) {
    continue label3
   }
   break label3;
  };
  global$0 = $57($3_1 | 0, 288 | 0) | 0;
 }
 
 function $3() {
  return 2097792 | 0;
 }
 
 function $4($0_1, $1_1, $1$hi, $2_1, $2$hi, $3_1, $3$hi, $4_1, $4$hi) {
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
  i64toi32_i32$1 = $61($3_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $61($1_1 | 0, i64toi32_i32$0 | 0, -1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $182($5_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $7_1 = i64toi32_i32$1;
  $7$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $3$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $105($3_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $8_1 = i64toi32_i32$1;
  $8$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $182($8_1 | 0, i64toi32_i32$0 | 0, $6_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $6_1 = i64toi32_i32$1;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $105($1_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $9_1 = i64toi32_i32$1;
  $9$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$1 = $9$hi;
  i64toi32_i32$1 = $182($5_1 | 0, i64toi32_i32$0 | 0, $9_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $37_1 = i64toi32_i32$1;
  $37$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$1 = $37$hi;
  i64toi32_i32$1 = $179($6_1 | 0, i64toi32_i32$0 | 0, $37_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $5_1 = i64toi32_i32$1;
  $5$hi = i64toi32_i32$0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$1 = $102($5_1 | 0, i64toi32_i32$0 | 0, 32 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $40_1 = i64toi32_i32$1;
  $40$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $7$hi;
  i64toi32_i32$1 = $40$hi;
  i64toi32_i32$1 = $179($7_1 | 0, i64toi32_i32$0 | 0, $40_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $10_1 = i64toi32_i32$1;
  $10$hi = i64toi32_i32$0;
  $36($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$0 = $9$hi;
  i64toi32_i32$0 = $8$hi;
  i64toi32_i32$1 = $9$hi;
  i64toi32_i32$1 = $182($8_1 | 0, i64toi32_i32$0 | 0, $9_1 | 0, i64toi32_i32$1 | 0) | 0;
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
  i64toi32_i32$0 = $102($49_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $51_1 = i64toi32_i32$0;
  $51$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $5$hi;
  i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $105($5_1 | 0, i64toi32_i32$2 | 0, 32 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $53_1 = i64toi32_i32$0;
  $53$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $51$hi;
  i64toi32_i32$0 = $53$hi;
  i64toi32_i32$0 = $177($51_1 | 0, i64toi32_i32$2 | 0, $53_1 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $54_1 = i64toi32_i32$0;
  $54$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $46$hi;
  i64toi32_i32$0 = $54$hi;
  i64toi32_i32$0 = $179($46_1 | 0, i64toi32_i32$2 | 0, $54_1 | 0, i64toi32_i32$0 | 0) | 0;
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
  i64toi32_i32$2 = $179($55_1 | 0, i64toi32_i32$3 | 0, $58_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $60_1 = i64toi32_i32$2;
  $60$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $4$hi;
  i64toi32_i32$3 = $1$hi;
  i64toi32_i32$3 = $4$hi;
  i64toi32_i32$2 = $1$hi;
  i64toi32_i32$2 = $182($4_1 | 0, i64toi32_i32$3 | 0, $1_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $63_1 = i64toi32_i32$2;
  $63$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $3$hi;
  i64toi32_i32$3 = $2$hi;
  i64toi32_i32$3 = $3$hi;
  i64toi32_i32$2 = $2$hi;
  i64toi32_i32$2 = $182($3_1 | 0, i64toi32_i32$3 | 0, $2_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $66_1 = i64toi32_i32$2;
  $66$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $63$hi;
  i64toi32_i32$2 = $66$hi;
  i64toi32_i32$2 = $179($63_1 | 0, i64toi32_i32$3 | 0, $66_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $67_1 = i64toi32_i32$2;
  $67$hi = i64toi32_i32$3;
  i64toi32_i32$3 = $60$hi;
  i64toi32_i32$2 = $67$hi;
  i64toi32_i32$2 = $179($60_1 | 0, i64toi32_i32$3 | 0, $67_1 | 0, i64toi32_i32$2 | 0) | 0;
  i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
  $41($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$3 | 0);
 }
 
 function $5($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 32 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 36 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $6($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 24 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 28 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $7($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 56 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 60 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $8($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 16 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 20 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $9($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 48 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 52 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $10($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 40 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 44 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $11($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 192 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 196 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $12($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 152 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 156 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $13($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 112 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 116 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $14($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 72 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 76 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $15($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 184 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 188 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $16($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 144 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 148 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $17($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 104 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 108 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $18($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 64 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 68 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $19($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 176 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 180 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $20($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 136 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 140 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $21($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 96 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 100 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $22($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 168 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 172 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $23($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 128 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 132 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $24($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 88 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 92 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $25($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 160 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 164 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $26($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 120 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 124 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $27($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 80 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 84 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $28($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $29($0_1, $0$hi, $1_1, $1$hi) {
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
 
 function $30($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 8 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 12 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $31($0_1, $0$hi, $1_1, $1$hi) {
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
 
 function $32($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 160 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 164 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $33($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 120 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 124 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $34($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 80 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 84 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $35($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 40 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 44 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $36($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $37($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 168 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 172 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $38($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 128 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 132 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $39($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 88 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 92 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $40($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 48 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 52 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $41($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 8 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 12 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $42($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 176 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 180 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $43($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 136 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 140 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $44($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 96 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 100 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $45($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 56 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 60 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $46($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 16 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 20 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $47($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 184 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 188 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $48($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 144 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 148 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $49($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 104 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 108 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $50($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 64 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 68 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $51($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 24 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 28 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $52($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 192 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 196 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $53($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 152 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 156 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $54($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 112 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 116 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $55($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 72 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 76 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $56($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 32 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 36 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $57($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 + $1_1 | 0 | 0;
 }
 
 function $58($0_1) {
  $0_1 = $0_1 | 0;
  return HEAP32[$0_1 >> 2] | 0 | 0;
 }
 
 function $59($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 << $1_1 | 0 | 0;
 }
 
 function $60($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[$0_1 >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $61($0_1, $0$hi, $1_1, $1$hi) {
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
 
 function $62($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 1048832 | 0) >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 1048836 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $63($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 11 | 0) >> 0] | 0 | 0;
 }
 
 function $64($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 12 | 0) >> 0] | 0 | 0;
 }
 
 function $65($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 6 | 0) >> 0] | 0 | 0;
 }
 
 function $66($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1 | 0) >> 0] | 0 | 0;
 }
 
 function $67($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[$0_1 >> 0] | 0 | 0;
 }
 
 function $68($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 7 | 0) >> 0] | 0 | 0;
 }
 
 function $69($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 8 | 0) >> 0] | 0 | 0;
 }
 
 function $70($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 2 | 0) >> 0] | 0 | 0;
 }
 
 function $71($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 13 | 0) >> 0] | 0 | 0;
 }
 
 function $72($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 3 | 0) >> 0] | 0 | 0;
 }
 
 function $73($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 4 | 0) >> 0] | 0 | 0;
 }
 
 function $74($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 14 | 0) >> 0] | 0 | 0;
 }
 
 function $75($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 9 | 0) >> 0] | 0 | 0;
 }
 
 function $76($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 15 | 0) >> 0] | 0 | 0;
 }
 
 function $77($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 1048576 | 0) >> 0] | 0 | 0;
 }
 
 function $78($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 10 | 0) >> 0] | 0 | 0;
 }
 
 function $79($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 ^ $1_1 | 0 | 0;
 }
 
 function $80($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 5 | 0) >> 0] | 0 | 0;
 }
 
 function $81($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 >>> $1_1 | 0 | 0;
 }
 
 function $82($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 & $1_1 | 0 | 0;
 }
 
 function $83($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1 | 0) >> 0] = $1_1;
 }
 
 function $84($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 5 | 0) >> 0] = $1_1;
 }
 
 function $85($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 9 | 0) >> 0] = $1_1;
 }
 
 function $86($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[$0_1 >> 0] = $1_1;
 }
 
 function $87($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 2 | 0) >> 0] = $1_1;
 }
 
 function $88($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 3 | 0) >> 0] = $1_1;
 }
 
 function $89($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 4 | 0) >> 0] = $1_1;
 }
 
 function $90($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 6 | 0) >> 0] = $1_1;
 }
 
 function $91($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 7 | 0) >> 0] = $1_1;
 }
 
 function $92($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 8 | 0) >> 0] = $1_1;
 }
 
 function $93($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 13 | 0) >> 0] = $1_1;
 }
 
 function $94($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 10 | 0) >> 0] = $1_1;
 }
 
 function $95($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 11 | 0) >> 0] = $1_1;
 }
 
 function $96($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 12 | 0) >> 0] = $1_1;
 }
 
 function $97($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 14 | 0) >> 0] = $1_1;
 }
 
 function $98($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 15 | 0) >> 0] = $1_1;
 }
 
 function $99($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 - $1_1 | 0 | 0;
 }
 
 function $100($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAPU8[$0_1 >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $101($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  return $0_1 | $1_1 | 0 | 0;
 }
 
 function $102($0_1, $0$hi, $1_1, $1$hi) {
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
 
 function $103($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 224 | 0) >> 0] = $1_1;
 }
 
 function $104($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 240 | 0) >> 0] = $1_1;
 }
 
 function $105($0_1, $0$hi, $1_1, $1$hi) {
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
 
 function $106($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 225 | 0) >> 0] = $1_1;
 }
 
 function $107($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 241 | 0) >> 0] = $1_1;
 }
 
 function $108($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 226 | 0) >> 0] = $1_1;
 }
 
 function $109($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 242 | 0) >> 0] = $1_1;
 }
 
 function $110($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 227 | 0) >> 0] = $1_1;
 }
 
 function $111($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 243 | 0) >> 0] = $1_1;
 }
 
 function $112($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 228 | 0) >> 0] = $1_1;
 }
 
 function $113($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 244 | 0) >> 0] = $1_1;
 }
 
 function $114($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 229 | 0) >> 0] = $1_1;
 }
 
 function $115($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 245 | 0) >> 0] = $1_1;
 }
 
 function $116($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 230 | 0) >> 0] = $1_1;
 }
 
 function $117($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 246 | 0) >> 0] = $1_1;
 }
 
 function $118($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 231 | 0) >> 0] = $1_1;
 }
 
 function $119($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 247 | 0) >> 0] = $1_1;
 }
 
 function $120($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 232 | 0) >> 0] = $1_1;
 }
 
 function $121($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 248 | 0) >> 0] = $1_1;
 }
 
 function $122($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 233 | 0) >> 0] = $1_1;
 }
 
 function $123($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 249 | 0) >> 0] = $1_1;
 }
 
 function $124($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 234 | 0) >> 0] = $1_1;
 }
 
 function $125($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 250 | 0) >> 0] = $1_1;
 }
 
 function $126($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 235 | 0) >> 0] = $1_1;
 }
 
 function $127($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 251 | 0) >> 0] = $1_1;
 }
 
 function $128($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 236 | 0) >> 0] = $1_1;
 }
 
 function $129($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 252 | 0) >> 0] = $1_1;
 }
 
 function $130($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 237 | 0) >> 0] = $1_1;
 }
 
 function $131($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 253 | 0) >> 0] = $1_1;
 }
 
 function $132($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 238 | 0) >> 0] = $1_1;
 }
 
 function $133($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 254 | 0) >> 0] = $1_1;
 }
 
 function $134($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 239 | 0) >> 0] = $1_1;
 }
 
 function $135($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[($0_1 + 255 | 0) >> 0] = $1_1;
 }
 
 function $136($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 248 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 249 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 250 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 251 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 252 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 253 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 254 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 255 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $137($0_1, $1_1, $1$hi) {
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
 
 function $138($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 240 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 241 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 242 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 243 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 244 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 245 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 246 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 247 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $139($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1049224 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1049225 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1049226 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1049227 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1049228 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1049229 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1049230 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1049231 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $140($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 264 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 268 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $141($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  $3_1 = $0_1;
  i64toi32_i32$0 = HEAPU8[($3_1 + 1049216 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1049217 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1049218 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1049219 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 1049220 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 1049221 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 1049222 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 1049223 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $142($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 256 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 260 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $143($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 272 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 276 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $144($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[(i64toi32_i32$1 + 280 | 0) >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 284 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $145($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 256 | 0) >> 0] | 0 | 0;
 }
 
 function $146($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049216 | 0) >> 0] = $1_1;
 }
 
 function $147($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 257 | 0) >> 0] | 0 | 0;
 }
 
 function $148($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049217 | 0) >> 0] = $1_1;
 }
 
 function $149($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 258 | 0) >> 0] | 0 | 0;
 }
 
 function $150($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049218 | 0) >> 0] = $1_1;
 }
 
 function $151($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 259 | 0) >> 0] | 0 | 0;
 }
 
 function $152($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049219 | 0) >> 0] = $1_1;
 }
 
 function $153($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 260 | 0) >> 0] | 0 | 0;
 }
 
 function $154($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049220 | 0) >> 0] = $1_1;
 }
 
 function $155($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 261 | 0) >> 0] | 0 | 0;
 }
 
 function $156($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049221 | 0) >> 0] = $1_1;
 }
 
 function $157($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 262 | 0) >> 0] | 0 | 0;
 }
 
 function $158($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049222 | 0) >> 0] = $1_1;
 }
 
 function $159($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 263 | 0) >> 0] | 0 | 0;
 }
 
 function $160($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049223 | 0) >> 0] = $1_1;
 }
 
 function $161($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 264 | 0) >> 0] | 0 | 0;
 }
 
 function $162($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049224 | 0) >> 0] = $1_1;
 }
 
 function $163($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 265 | 0) >> 0] | 0 | 0;
 }
 
 function $164($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049225 | 0) >> 0] = $1_1;
 }
 
 function $165($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 266 | 0) >> 0] | 0 | 0;
 }
 
 function $166($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049226 | 0) >> 0] = $1_1;
 }
 
 function $167($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 267 | 0) >> 0] | 0 | 0;
 }
 
 function $168($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049227 | 0) >> 0] = $1_1;
 }
 
 function $169($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 268 | 0) >> 0] | 0 | 0;
 }
 
 function $170($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049228 | 0) >> 0] = $1_1;
 }
 
 function $171($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 269 | 0) >> 0] | 0 | 0;
 }
 
 function $172($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049229 | 0) >> 0] = $1_1;
 }
 
 function $173($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 270 | 0) >> 0] | 0 | 0;
 }
 
 function $174($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049230 | 0) >> 0] = $1_1;
 }
 
 function $175($0_1) {
  $0_1 = $0_1 | 0;
  return HEAPU8[($0_1 + 271 | 0) >> 0] | 0 | 0;
 }
 
 function $176($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  HEAP8[($0_1 + 1049231 | 0) >> 0] = $1_1;
 }
 
 function $177($0_1, $0$hi, $1_1, $1$hi) {
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
 
 function $178($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  i64toi32_i32$0 = HEAP32[($0_1 + 260 | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $179($0_1, $0$hi, $1_1, $1$hi) {
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
 
 function $180($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = $0_1;
  $4_1 = $1_1;
  HEAP8[($3_1 + 1049216 | 0) >> 0] = $4_1;
  HEAP8[($3_1 + 1049217 | 0) >> 0] = $4_1 >>> 8 | 0;
  HEAP8[($3_1 + 1049218 | 0) >> 0] = $4_1 >>> 16 | 0;
  HEAP8[($3_1 + 1049219 | 0) >> 0] = $4_1 >>> 24 | 0;
  $5_1 = $1$hi;
  HEAP8[($3_1 + 1049220 | 0) >> 0] = $5_1;
  HEAP8[($3_1 + 1049221 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($3_1 + 1049222 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($3_1 + 1049223 | 0) >> 0] = $5_1 >>> 24 | 0;
 }
 
 function $181($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  HEAP8[$0_1 >> 0] = $1_1;
 }
 
 function $182($0_1, $0$hi, $1_1, $1$hi) {
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
 
 bufferView = HEAPU8;
 initActiveSegments(imports);
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
  "cryptonight_hash": $2, 
  "io_buffer": $3, 
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
export var cryptonight_hash = retasmFunc.cryptonight_hash;
export var io_buffer = retasmFunc.io_buffer;
export var __data_end = retasmFunc.__data_end;
export var __heap_base = retasmFunc.__heap_base;
