
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
  var i64toi32_i32$2 = 0, i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$3 = 0, $18 = 0, $18$hi = 0, $29 = 0, $29$hi = 0, $38 = 0, $7$hi = 0, $7 = 0, $15$hi = 0, $11$hi = 0, $8$hi = 0, $8 = 0, $21$hi = 0, $15 = 0, $11 = 0, $21 = 0, $9$hi = 0, $24$hi = 0, $6$hi = 0, $5$hi = 0, $9 = 0, $24 = 0, $26$hi = 0, $6 = 0, $5 = 0, $27$hi = 0, $28$hi = 0, $30 = 0, $1$hi = 0, $17$hi = 0, $23$hi = 0, $14$hi = 0, $2$hi = 0, $13$hi = 0, $3$hi = 0, $20$hi = 0, $16$hi = 0, $12$hi = 0, $4$hi = 0, $19$hi = 0, $10$hi = 0, $26 = 0, $27 = 0, $28 = 0, $22$hi = 0, $31 = 0, $1_1 = 0, $17 = 0, $23 = 0, $14 = 0, $2_1 = 0, $13 = 0, $3_1 = 0, $25 = 0, $20 = 0, $16 = 0, $12 = 0, $4_1 = 0, $19 = 0, $10 = 0, $22 = 0, $89$hi = 0, $91$hi = 0, $93 = 0, $93$hi = 0, $99 = 0, $99$hi = 0, $102$hi = 0, $104$hi = 0, $106$hi = 0, $113 = 0, $117 = 0, $121 = 0, $125 = 0, $129 = 0, $133$hi = 0, $135$hi = 0, $137$hi = 0, $143$hi = 0, $145$hi = 0, $147$hi = 0, $151 = 0, $151$hi = 0, $155 = 0, $159 = 0, $163 = 0, $167 = 0, $177$hi = 0, $179$hi = 0, $181$hi = 0, $185 = 0, $185$hi = 0, $189 = 0, $193 = 0, $197 = 0, $201 = 0, $205 = 0, $209 = 0, $209$hi = 0, $213 = 0, $217 = 0, $221 = 0, $225 = 0, $229 = 0, $232$hi = 0, $237 = 0, $241 = 0, $245 = 0, $249 = 0, $253 = 0, $266 = 0, $266$hi = 0, $267 = 0, $280 = 0, $280$hi = 0, $281 = 0, $295 = 0, $295$hi = 0, $296 = 0, $296$hi = 0, $302 = 0, $302$hi = 0, $303 = 0, $303$hi = 0, $312 = 0, $312$hi = 0, $313 = 0, $313$hi = 0, $323 = 0, $323$hi = 0, $324 = 0, $324$hi = 0, $325 = 0, $333 = 0, $333$hi = 0, $334 = 0, $334$hi = 0, $346 = 0, $346$hi = 0, $347 = 0, $347$hi = 0, $356 = 0, $356$hi = 0, $357 = 0, $357$hi = 0, $364 = 0, $364$hi = 0, $365 = 0, $365$hi = 0, $372 = 0, $372$hi = 0, $373 = 0, $373$hi = 0, $390 = 0, $390$hi = 0, $391 = 0, $391$hi = 0, $398 = 0, $398$hi = 0, $399 = 0, $399$hi = 0, $406 = 0, $406$hi = 0, $407 = 0, $407$hi = 0, $414 = 0, $414$hi = 0, $415 = 0, $415$hi = 0, $422 = 0, $422$hi = 0, $423 = 0, $423$hi = 0, $440 = 0, $440$hi = 0, $441 = 0, $441$hi = 0, $448 = 0, $448$hi = 0, $449 = 0, $449$hi = 0, $456 = 0, $456$hi = 0, $457 = 0, $457$hi = 0, $464 = 0, $464$hi = 0, $465 = 0, $465$hi = 0, $472 = 0, $472$hi = 0, $473 = 0, $473$hi = 0, $490 = 0, $490$hi = 0, $491 = 0, $491$hi = 0, $498 = 0, $498$hi = 0, $499 = 0, $499$hi = 0, $506 = 0, $506$hi = 0, $507 = 0, $507$hi = 0, $514 = 0, $514$hi = 0, $515 = 0, $515$hi = 0, $522 = 0, $522$hi = 0, $523 = 0, $523$hi = 0, $530 = 0, $530$hi = 0, $531 = 0, $531$hi = 0, $533 = 0, $533$hi = 0, $534 = 0, $534$hi = 0;
  $38 = 0;
  label : while (1) {
   block25 : {
    switch ($38 | 0) {
    case 0:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 32 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 36 | 0) >> 2] | 0;
     $1_1 = i64toi32_i32$0;
     $1$hi = i64toi32_i32$1;
     $38 = 8;
     continue label;
    case 1:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 40 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 44 | 0) >> 2] | 0;
     $6 = i64toi32_i32$1;
     $6$hi = i64toi32_i32$0;
     $38 = 2;
     continue label;
    case 2:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 192 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 196 | 0) >> 2] | 0;
     $7 = i64toi32_i32$0;
     $7$hi = i64toi32_i32$1;
     $38 = 14;
     continue label;
    case 3:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 96 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 100 | 0) >> 2] | 0;
     $17 = i64toi32_i32$1;
     $17$hi = i64toi32_i32$0;
     $38 = 4;
     continue label;
    case 4:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 168 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 172 | 0) >> 2] | 0;
     $18 = i64toi32_i32$0;
     $18$hi = i64toi32_i32$1;
     $38 = 22;
     continue label;
    case 5:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 176 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 180 | 0) >> 2] | 0;
     $15 = i64toi32_i32$1;
     $15$hi = i64toi32_i32$0;
     $38 = 17;
     continue label;
    case 6:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 80 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 84 | 0) >> 2] | 0;
     $23 = i64toi32_i32$0;
     $23$hi = i64toi32_i32$1;
     $38 = 18;
     continue label;
    case 7:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 64 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 68 | 0) >> 2] | 0;
     $14 = i64toi32_i32$1;
     $14$hi = i64toi32_i32$0;
     $38 = 5;
     continue label;
    case 8:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 24 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 28 | 0) >> 2] | 0;
     $2_1 = i64toi32_i32$0;
     $2$hi = i64toi32_i32$1;
     $38 = 11;
     continue label;
    case 9:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 184 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 188 | 0) >> 2] | 0;
     $11 = i64toi32_i32$1;
     $11$hi = i64toi32_i32$0;
     $38 = 20;
     continue label;
    case 10:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 104 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 108 | 0) >> 2] | 0;
     $13 = i64toi32_i32$0;
     $13$hi = i64toi32_i32$1;
     $38 = 7;
     continue label;
    case 11:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 56 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 60 | 0) >> 2] | 0;
     $3_1 = i64toi32_i32$1;
     $3$hi = i64toi32_i32$0;
     $38 = 21;
     continue label;
    case 12:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 48 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 52 | 0) >> 2] | 0;
     $5 = i64toi32_i32$0;
     $5$hi = i64toi32_i32$1;
     $38 = 1;
     continue label;
    case 13:
     $25 = 0;
     $38 = 24;
     continue label;
    case 14:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 152 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 156 | 0) >> 2] | 0;
     $8 = i64toi32_i32$1;
     $8$hi = i64toi32_i32$0;
     $38 = 16;
     continue label;
    case 15:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 88 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 92 | 0) >> 2] | 0;
     $20 = i64toi32_i32$0;
     $20$hi = i64toi32_i32$1;
     $38 = 19;
     continue label;
    case 16:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 112 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 116 | 0) >> 2] | 0;
     $9 = i64toi32_i32$1;
     $9$hi = i64toi32_i32$0;
     $38 = 23;
     continue label;
    case 17:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 136 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 140 | 0) >> 2] | 0;
     $16 = i64toi32_i32$0;
     $16$hi = i64toi32_i32$1;
     $38 = 3;
     continue label;
    case 18:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[i64toi32_i32$2 >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
     $24 = i64toi32_i32$1;
     $24$hi = i64toi32_i32$0;
     $38 = 13;
     continue label;
    case 19:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 160 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 164 | 0) >> 2] | 0;
     $21 = i64toi32_i32$0;
     $21$hi = i64toi32_i32$1;
     $38 = 25;
     continue label;
    case 20:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 144 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 148 | 0) >> 2] | 0;
     $12 = i64toi32_i32$1;
     $12$hi = i64toi32_i32$0;
     $38 = 10;
     continue label;
    case 21:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 16 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 20 | 0) >> 2] | 0;
     $4_1 = i64toi32_i32$0;
     $4$hi = i64toi32_i32$1;
     $38 = 12;
     continue label;
    case 22:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 128 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 132 | 0) >> 2] | 0;
     $19 = i64toi32_i32$1;
     $19$hi = i64toi32_i32$0;
     $38 = 15;
     continue label;
    case 23:
     i64toi32_i32$2 = $0_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 72 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 76 | 0) >> 2] | 0;
     $10 = i64toi32_i32$0;
     $10$hi = i64toi32_i32$1;
     $38 = 9;
     continue label;
    case 24:
     label2 : while (1) {
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$1 = $5$hi;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$2 = $18;
      i64toi32_i32$0 = $5$hi;
      i64toi32_i32$3 = $5;
      i64toi32_i32$0 = i64toi32_i32$1 ^ i64toi32_i32$0 | 0;
      $89$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $19$hi;
      i64toi32_i32$0 = $89$hi;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $19$hi;
      i64toi32_i32$3 = $19;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $91$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $20$hi;
      i64toi32_i32$2 = $91$hi;
      i64toi32_i32$0 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $20$hi;
      i64toi32_i32$3 = $20;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $93 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $93$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 8 | 0) >> 2] | 0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 12 | 0) >> 2] | 0;
      $26 = i64toi32_i32$1;
      $26$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $93$hi;
      i64toi32_i32$2 = $93;
      i64toi32_i32$1 = $26$hi;
      i64toi32_i32$3 = $26;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $27 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $27$hi = i64toi32_i32$1;
      i64toi32_i32$2 = 0;
      i64toi32_i32$2 = __wasm_rotl_i64($27 | 0, i64toi32_i32$1 | 0, 1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $99 = i64toi32_i32$2;
      $99$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$1 = $1$hi;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$0 = $7;
      i64toi32_i32$2 = $1$hi;
      i64toi32_i32$3 = $1_1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $102$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $8$hi;
      i64toi32_i32$2 = $102$hi;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $8$hi;
      i64toi32_i32$3 = $8;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $104$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $9$hi;
      i64toi32_i32$0 = $104$hi;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $9$hi;
      i64toi32_i32$3 = $9;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $106$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $10$hi;
      i64toi32_i32$1 = $106$hi;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $10$hi;
      i64toi32_i32$3 = $10;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $28 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $28$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $99$hi;
      i64toi32_i32$1 = $99;
      i64toi32_i32$0 = $28$hi;
      i64toi32_i32$3 = $28;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $29 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $29$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $21$hi;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$2 = $29;
      i64toi32_i32$1 = $21$hi;
      i64toi32_i32$3 = $21;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $113 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 160 | 0) >> 2] = $113;
      HEAP32[(i64toi32_i32$2 + 164 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $22$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $29;
      i64toi32_i32$2 = $22$hi;
      i64toi32_i32$3 = $22;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $117 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[(i64toi32_i32$0 + 120 | 0) >> 2] = $117;
      HEAP32[(i64toi32_i32$0 + 124 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$2 = $23$hi;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$1 = $29;
      i64toi32_i32$0 = $23$hi;
      i64toi32_i32$3 = $23;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $121 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 80 | 0) >> 2] = $121;
      HEAP32[(i64toi32_i32$1 + 84 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$0 = $6$hi;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$2 = $29;
      i64toi32_i32$1 = $6$hi;
      i64toi32_i32$3 = $6;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $125 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 40 | 0) >> 2] = $125;
      HEAP32[(i64toi32_i32$2 + 44 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $24$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $29;
      i64toi32_i32$2 = $24$hi;
      i64toi32_i32$3 = $24;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $129 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[i64toi32_i32$0 >> 2] = $129;
      HEAP32[(i64toi32_i32$0 + 4 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $21$hi;
      i64toi32_i32$2 = $6$hi;
      i64toi32_i32$2 = $21$hi;
      i64toi32_i32$1 = $21;
      i64toi32_i32$0 = $6$hi;
      i64toi32_i32$3 = $6;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $133$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $22$hi;
      i64toi32_i32$0 = $133$hi;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $22$hi;
      i64toi32_i32$3 = $22;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $135$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $23$hi;
      i64toi32_i32$1 = $135$hi;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $23$hi;
      i64toi32_i32$3 = $23;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $137$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $24$hi;
      i64toi32_i32$2 = $137$hi;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $24$hi;
      i64toi32_i32$3 = $24;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $6 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $6$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $4$hi;
      i64toi32_i32$0 = $3$hi;
      i64toi32_i32$0 = $4$hi;
      i64toi32_i32$2 = $4_1;
      i64toi32_i32$1 = $3$hi;
      i64toi32_i32$3 = $3_1;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $143$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $15$hi;
      i64toi32_i32$1 = $143$hi;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $15$hi;
      i64toi32_i32$3 = $15;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $145$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $16$hi;
      i64toi32_i32$2 = $145$hi;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $16$hi;
      i64toi32_i32$3 = $16;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $147$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $17$hi;
      i64toi32_i32$0 = $147$hi;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $17$hi;
      i64toi32_i32$3 = $17;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $21 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $21$hi = i64toi32_i32$1;
      i64toi32_i32$2 = 0;
      i64toi32_i32$2 = __wasm_rotl_i64($21 | 0, i64toi32_i32$1 | 0, 1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $151 = i64toi32_i32$2;
      $151$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $6$hi;
      i64toi32_i32$0 = $6;
      i64toi32_i32$2 = $151$hi;
      i64toi32_i32$3 = $151;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $29 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $29$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$1 = $29;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$3 = $18;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $155 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 168 | 0) >> 2] = $155;
      HEAP32[(i64toi32_i32$1 + 172 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$0 = $19$hi;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$2 = $29;
      i64toi32_i32$1 = $19$hi;
      i64toi32_i32$3 = $19;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $159 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 128 | 0) >> 2] = $159;
      HEAP32[(i64toi32_i32$2 + 132 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $20$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $29;
      i64toi32_i32$2 = $20$hi;
      i64toi32_i32$3 = $20;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $163 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[(i64toi32_i32$0 + 88 | 0) >> 2] = $163;
      HEAP32[(i64toi32_i32$0 + 92 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$2 = $5$hi;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$1 = $29;
      i64toi32_i32$0 = $5$hi;
      i64toi32_i32$3 = $5;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $167 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 48 | 0) >> 2] = $167;
      HEAP32[(i64toi32_i32$1 + 52 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$0 = $26$hi;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$2 = $29;
      i64toi32_i32$1 = $26$hi;
      i64toi32_i32$3 = $26;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $29 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $29$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 8 | 0) >> 2] = $29;
      HEAP32[(i64toi32_i32$2 + 12 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $27$hi;
      i64toi32_i32$1 = $11$hi;
      i64toi32_i32$1 = $2$hi;
      i64toi32_i32$1 = $11$hi;
      i64toi32_i32$0 = $11;
      i64toi32_i32$2 = $2$hi;
      i64toi32_i32$3 = $2_1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $177$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $12$hi;
      i64toi32_i32$2 = $177$hi;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$3 = $12;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $179$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $13$hi;
      i64toi32_i32$0 = $179$hi;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $13$hi;
      i64toi32_i32$3 = $13;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $181$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $14$hi;
      i64toi32_i32$1 = $181$hi;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $14$hi;
      i64toi32_i32$3 = $14;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $5 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $5$hi = i64toi32_i32$2;
      i64toi32_i32$0 = 0;
      i64toi32_i32$0 = __wasm_rotl_i64($5 | 0, i64toi32_i32$2 | 0, 1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $185 = i64toi32_i32$0;
      $185$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $27$hi;
      i64toi32_i32$1 = $27;
      i64toi32_i32$0 = $185$hi;
      i64toi32_i32$3 = $185;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $18 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $18$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $15$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$2 = $18;
      i64toi32_i32$1 = $15$hi;
      i64toi32_i32$3 = $15;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $189 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 176 | 0) >> 2] = $189;
      HEAP32[(i64toi32_i32$2 + 180 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $16$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$2 = $16$hi;
      i64toi32_i32$3 = $16;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $193 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[(i64toi32_i32$0 + 136 | 0) >> 2] = $193;
      HEAP32[(i64toi32_i32$0 + 140 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$2 = $17$hi;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$1 = $18;
      i64toi32_i32$0 = $17$hi;
      i64toi32_i32$3 = $17;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $197 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 96 | 0) >> 2] = $197;
      HEAP32[(i64toi32_i32$1 + 100 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$0 = $3$hi;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$2 = $18;
      i64toi32_i32$1 = $3$hi;
      i64toi32_i32$3 = $3_1;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $201 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 56 | 0) >> 2] = $201;
      HEAP32[(i64toi32_i32$2 + 60 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $4$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$2 = $4$hi;
      i64toi32_i32$3 = $4_1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $205 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[(i64toi32_i32$0 + 16 | 0) >> 2] = $205;
      HEAP32[(i64toi32_i32$0 + 20 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $21$hi;
      i64toi32_i32$2 = $28$hi;
      i64toi32_i32$0 = 0;
      i64toi32_i32$0 = __wasm_rotl_i64($28 | 0, i64toi32_i32$2 | 0, 1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $209 = i64toi32_i32$0;
      $209$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $21$hi;
      i64toi32_i32$1 = $21;
      i64toi32_i32$0 = $209$hi;
      i64toi32_i32$3 = $209;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $18 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $18$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $11$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$2 = $18;
      i64toi32_i32$1 = $11$hi;
      i64toi32_i32$3 = $11;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $213 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 184 | 0) >> 2] = $213;
      HEAP32[(i64toi32_i32$2 + 188 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $12$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$2 = $12$hi;
      i64toi32_i32$3 = $12;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $217 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[(i64toi32_i32$0 + 144 | 0) >> 2] = $217;
      HEAP32[(i64toi32_i32$0 + 148 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$2 = $13$hi;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$1 = $18;
      i64toi32_i32$0 = $13$hi;
      i64toi32_i32$3 = $13;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $221 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 104 | 0) >> 2] = $221;
      HEAP32[(i64toi32_i32$1 + 108 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$0 = $14$hi;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$2 = $18;
      i64toi32_i32$1 = $14$hi;
      i64toi32_i32$3 = $14;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $225 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 64 | 0) >> 2] = $225;
      HEAP32[(i64toi32_i32$2 + 68 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $2$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$2 = $2$hi;
      i64toi32_i32$3 = $2_1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $229 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[(i64toi32_i32$0 + 24 | 0) >> 2] = $229;
      HEAP32[(i64toi32_i32$0 + 28 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $6$hi;
      i64toi32_i32$0 = 0;
      i64toi32_i32$0 = __wasm_rotl_i64($6 | 0, i64toi32_i32$2 | 0, 1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $232$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $5$hi;
      i64toi32_i32$2 = $232$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $5$hi;
      i64toi32_i32$3 = $5;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $18 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $18$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $7$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$2 = $18;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$3 = $7;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $237 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 192 | 0) >> 2] = $237;
      HEAP32[(i64toi32_i32$2 + 196 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $8$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$2 = $8$hi;
      i64toi32_i32$3 = $8;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $241 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[(i64toi32_i32$0 + 152 | 0) >> 2] = $241;
      HEAP32[(i64toi32_i32$0 + 156 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$2 = $9$hi;
      i64toi32_i32$2 = i64toi32_i32$1;
      i64toi32_i32$1 = $18;
      i64toi32_i32$0 = $9$hi;
      i64toi32_i32$3 = $9;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $245 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 112 | 0) >> 2] = $245;
      HEAP32[(i64toi32_i32$1 + 116 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$0 = $10$hi;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$2 = $18;
      i64toi32_i32$1 = $10$hi;
      i64toi32_i32$3 = $10;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $249 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 72 | 0) >> 2] = $249;
      HEAP32[(i64toi32_i32$2 + 76 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$1 = $1$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$2 = $1$hi;
      i64toi32_i32$3 = $1_1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $253 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$0 = $0_1;
      HEAP32[(i64toi32_i32$0 + 32 | 0) >> 2] = $253;
      HEAP32[(i64toi32_i32$0 + 36 | 0) >> 2] = i64toi32_i32$2;
      $30 = -96;
      label1 : while (1) {
       $31 = $0_1 + ((HEAP32[($30 + 1049120 | 0) >> 2] | 0) << 3 | 0) | 0;
       i64toi32_i32$1 = $31;
       i64toi32_i32$2 = HEAP32[i64toi32_i32$1 >> 2] | 0;
       i64toi32_i32$0 = HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] | 0;
       $18 = i64toi32_i32$2;
       $18$hi = i64toi32_i32$0;
       i64toi32_i32$0 = $29$hi;
       i64toi32_i32$1 = $30 + 1049216 | 0;
       i64toi32_i32$0 = HEAP32[i64toi32_i32$1 >> 2] | 0;
       i64toi32_i32$2 = 0;
       $266 = i64toi32_i32$0;
       $266$hi = i64toi32_i32$2;
       i64toi32_i32$2 = $29$hi;
       i64toi32_i32$0 = $266$hi;
       i64toi32_i32$0 = __wasm_rotl_i64($29 | 0, i64toi32_i32$2 | 0, $266 | 0, i64toi32_i32$0 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $267 = i64toi32_i32$0;
       i64toi32_i32$0 = $31;
       HEAP32[i64toi32_i32$0 >> 2] = $267;
       HEAP32[(i64toi32_i32$0 + 4 | 0) >> 2] = i64toi32_i32$2;
       $31 = $0_1 + ((HEAP32[($30 + 1049124 | 0) >> 2] | 0) << 3 | 0) | 0;
       i64toi32_i32$1 = $31;
       i64toi32_i32$2 = HEAP32[i64toi32_i32$1 >> 2] | 0;
       i64toi32_i32$0 = HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] | 0;
       $29 = i64toi32_i32$2;
       $29$hi = i64toi32_i32$0;
       i64toi32_i32$0 = $18$hi;
       i64toi32_i32$1 = $30 + 1049220 | 0;
       i64toi32_i32$0 = HEAP32[i64toi32_i32$1 >> 2] | 0;
       i64toi32_i32$2 = 0;
       $280 = i64toi32_i32$0;
       $280$hi = i64toi32_i32$2;
       i64toi32_i32$2 = $18$hi;
       i64toi32_i32$0 = $280$hi;
       i64toi32_i32$0 = __wasm_rotl_i64($18 | 0, i64toi32_i32$2 | 0, $280 | 0, i64toi32_i32$0 | 0) | 0;
       i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
       $281 = i64toi32_i32$0;
       i64toi32_i32$0 = $31;
       HEAP32[i64toi32_i32$0 >> 2] = $281;
       HEAP32[(i64toi32_i32$0 + 4 | 0) >> 2] = i64toi32_i32$2;
       $30 = $30 + 8 | 0;
       if ($30) {
        continue label1
       }
       break label1;
      };
      i64toi32_i32$1 = $0_1;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$1 + 32 | 0) >> 2] | 0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$1 + 36 | 0) >> 2] | 0;
      $29 = i64toi32_i32$2;
      $29$hi = i64toi32_i32$0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$1 + 8 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$1 + 12 | 0) >> 2] | 0;
      $24 = i64toi32_i32$0;
      $24$hi = i64toi32_i32$2;
      i64toi32_i32$2 = HEAP32[i64toi32_i32$1 >> 2] | 0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] | 0;
      $26 = i64toi32_i32$2;
      $26$hi = i64toi32_i32$0;
      i64toi32_i32$1 = i64toi32_i32$2;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $295 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $295$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $24$hi;
      i64toi32_i32$0 = $24;
      i64toi32_i32$1 = $295$hi;
      i64toi32_i32$3 = $295;
      i64toi32_i32$1 = i64toi32_i32$2 & i64toi32_i32$1 | 0;
      $296 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
      $296$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$2 = $29;
      i64toi32_i32$0 = $296$hi;
      i64toi32_i32$3 = $296;
      i64toi32_i32$0 = i64toi32_i32$1 ^ i64toi32_i32$0 | 0;
      $1_1 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $1$hi = i64toi32_i32$0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 32 | 0) >> 2] = $1_1;
      HEAP32[(i64toi32_i32$2 + 36 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$0 = $26$hi;
      i64toi32_i32$0 = i64toi32_i32$1;
      i64toi32_i32$0 = i64toi32_i32$1;
      i64toi32_i32$1 = $29;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $302 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $302$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $26$hi;
      i64toi32_i32$0 = $26;
      i64toi32_i32$1 = $302$hi;
      i64toi32_i32$3 = $302;
      i64toi32_i32$1 = i64toi32_i32$2 & i64toi32_i32$1 | 0;
      $303 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
      $303$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 24 | 0) >> 2] | 0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 28 | 0) >> 2] | 0;
      $18 = i64toi32_i32$1;
      $18$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $303$hi;
      i64toi32_i32$2 = $303;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$3 = $18;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $2_1 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $2$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 24 | 0) >> 2] = $2_1;
      HEAP32[(i64toi32_i32$2 + 28 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$0 = i64toi32_i32$3;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $312 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $312$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$1 = $29;
      i64toi32_i32$0 = $312$hi;
      i64toi32_i32$3 = $312;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $313 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $313$hi = i64toi32_i32$0;
      i64toi32_i32$2 = $0_1;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 16 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 20 | 0) >> 2] | 0;
      $27 = i64toi32_i32$0;
      $27$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $313$hi;
      i64toi32_i32$2 = $313;
      i64toi32_i32$0 = $27$hi;
      i64toi32_i32$3 = $27;
      i64toi32_i32$0 = i64toi32_i32$1 ^ i64toi32_i32$0 | 0;
      $4_1 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $4$hi = i64toi32_i32$0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 16 | 0) >> 2] = $4_1;
      HEAP32[(i64toi32_i32$2 + 20 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$0 = $24$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$0 = $27$hi;
      i64toi32_i32$1 = i64toi32_i32$3;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $323 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $323$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$0 = $18;
      i64toi32_i32$1 = $323$hi;
      i64toi32_i32$3 = $323;
      i64toi32_i32$1 = i64toi32_i32$2 & i64toi32_i32$1 | 0;
      $324 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
      $324$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $24$hi;
      i64toi32_i32$2 = $24;
      i64toi32_i32$0 = $324$hi;
      i64toi32_i32$3 = $324;
      i64toi32_i32$0 = i64toi32_i32$1 ^ i64toi32_i32$0 | 0;
      $325 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 8 | 0) >> 2] = $325;
      HEAP32[(i64toi32_i32$2 + 12 | 0) >> 2] = i64toi32_i32$0;
      i64toi32_i32$1 = i64toi32_i32$2;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 56 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$2 + 60 | 0) >> 2] | 0;
      $29 = i64toi32_i32$0;
      $29$hi = i64toi32_i32$2;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$1 + 48 | 0) >> 2] | 0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$1 + 52 | 0) >> 2] | 0;
      $18 = i64toi32_i32$2;
      $18$hi = i64toi32_i32$0;
      i64toi32_i32$1 = i64toi32_i32$2;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $333 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $333$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$0 = $29;
      i64toi32_i32$1 = $333$hi;
      i64toi32_i32$3 = $333;
      i64toi32_i32$1 = i64toi32_i32$2 & i64toi32_i32$1 | 0;
      $334 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
      $334$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 40 | 0) >> 2] | 0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 44 | 0) >> 2] | 0;
      $7 = i64toi32_i32$1;
      $7$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $334$hi;
      i64toi32_i32$2 = $334;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$3 = $7;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $6 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $6$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 40 | 0) >> 2] = $6;
      HEAP32[(i64toi32_i32$2 + 44 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 64 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$2 + 68 | 0) >> 2] | 0;
      $8 = i64toi32_i32$1;
      $8$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$0 = $29;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $346 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $346$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $8$hi;
      i64toi32_i32$2 = $8;
      i64toi32_i32$0 = $346$hi;
      i64toi32_i32$3 = $346;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $347 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $347$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$1 = $18;
      i64toi32_i32$2 = $347$hi;
      i64toi32_i32$3 = $347;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $5 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $5$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 48 | 0) >> 2] = $5;
      HEAP32[(i64toi32_i32$1 + 52 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$0 = i64toi32_i32$1;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$1 + 72 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$1 + 76 | 0) >> 2] | 0;
      $9 = i64toi32_i32$2;
      $9$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $8$hi;
      i64toi32_i32$0 = $8;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $356 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $356$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $9$hi;
      i64toi32_i32$1 = $9;
      i64toi32_i32$0 = $356$hi;
      i64toi32_i32$3 = $356;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $357 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $357$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$2 = $29;
      i64toi32_i32$1 = $357$hi;
      i64toi32_i32$3 = $357;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $3_1 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $3$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 56 | 0) >> 2] = $3_1;
      HEAP32[(i64toi32_i32$2 + 60 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $8$hi;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$1 = $9$hi;
      i64toi32_i32$0 = $9;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $364 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $364$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $7$hi;
      i64toi32_i32$1 = $7;
      i64toi32_i32$0 = $364$hi;
      i64toi32_i32$3 = $364;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $365 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $365$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $8$hi;
      i64toi32_i32$2 = $8;
      i64toi32_i32$1 = $365$hi;
      i64toi32_i32$3 = $365;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $14 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $14$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 64 | 0) >> 2] = $14;
      HEAP32[(i64toi32_i32$2 + 68 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $9$hi;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$0 = $7;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $372 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $372$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$1 = $18;
      i64toi32_i32$0 = $372$hi;
      i64toi32_i32$3 = $372;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $373 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $373$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $9$hi;
      i64toi32_i32$2 = $9;
      i64toi32_i32$1 = $373$hi;
      i64toi32_i32$3 = $373;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $10 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $10$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 72 | 0) >> 2] = $10;
      HEAP32[(i64toi32_i32$2 + 76 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 96 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$2 + 100 | 0) >> 2] | 0;
      $29 = i64toi32_i32$1;
      $29$hi = i64toi32_i32$2;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 104 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 108 | 0) >> 2] | 0;
      $18 = i64toi32_i32$2;
      $18$hi = i64toi32_i32$1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 112 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 116 | 0) >> 2] | 0;
      $7 = i64toi32_i32$1;
      $7$hi = i64toi32_i32$2;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 88 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 92 | 0) >> 2] | 0;
      $8 = i64toi32_i32$2;
      $8$hi = i64toi32_i32$1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 80 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 84 | 0) >> 2] | 0;
      $11 = i64toi32_i32$1;
      $11$hi = i64toi32_i32$2;
      i64toi32_i32$0 = i64toi32_i32$1;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $390 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $390$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $8$hi;
      i64toi32_i32$2 = $8;
      i64toi32_i32$0 = $390$hi;
      i64toi32_i32$3 = $390;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $391 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $391$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $7$hi;
      i64toi32_i32$1 = $7;
      i64toi32_i32$2 = $391$hi;
      i64toi32_i32$3 = $391;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $9 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $9$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 112 | 0) >> 2] = $9;
      HEAP32[(i64toi32_i32$1 + 116 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$2 = $11$hi;
      i64toi32_i32$2 = i64toi32_i32$0;
      i64toi32_i32$0 = $7;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $398 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $398$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $11$hi;
      i64toi32_i32$2 = $11;
      i64toi32_i32$0 = $398$hi;
      i64toi32_i32$3 = $398;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $399 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $399$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$1 = $18;
      i64toi32_i32$2 = $399$hi;
      i64toi32_i32$3 = $399;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $13 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $13$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 104 | 0) >> 2] = $13;
      HEAP32[(i64toi32_i32$1 + 108 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$2 = $7$hi;
      i64toi32_i32$2 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $406 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $406$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$2 = $7;
      i64toi32_i32$0 = $406$hi;
      i64toi32_i32$3 = $406;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $407 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $407$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$1 = $29;
      i64toi32_i32$2 = $407$hi;
      i64toi32_i32$3 = $407;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $17 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $17$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 96 | 0) >> 2] = $17;
      HEAP32[(i64toi32_i32$1 + 100 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $8$hi;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$2 = i64toi32_i32$0;
      i64toi32_i32$0 = $29;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $414 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $414$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$2 = $18;
      i64toi32_i32$0 = $414$hi;
      i64toi32_i32$3 = $414;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $415 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $415$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $8$hi;
      i64toi32_i32$1 = $8;
      i64toi32_i32$2 = $415$hi;
      i64toi32_i32$3 = $415;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $20 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $20$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 88 | 0) >> 2] = $20;
      HEAP32[(i64toi32_i32$1 + 92 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $11$hi;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$2 = i64toi32_i32$0;
      i64toi32_i32$0 = $8;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $422 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $422$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$2 = $29;
      i64toi32_i32$0 = $422$hi;
      i64toi32_i32$3 = $422;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $423 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $423$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $11$hi;
      i64toi32_i32$1 = $11;
      i64toi32_i32$2 = $423$hi;
      i64toi32_i32$3 = $423;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $23 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $23$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 80 | 0) >> 2] = $23;
      HEAP32[(i64toi32_i32$1 + 84 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$0 = i64toi32_i32$1;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$1 + 136 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$1 + 140 | 0) >> 2] | 0;
      $29 = i64toi32_i32$2;
      $29$hi = i64toi32_i32$1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 144 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 148 | 0) >> 2] | 0;
      $18 = i64toi32_i32$1;
      $18$hi = i64toi32_i32$2;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 152 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 156 | 0) >> 2] | 0;
      $7 = i64toi32_i32$2;
      $7$hi = i64toi32_i32$1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 128 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 132 | 0) >> 2] | 0;
      $11 = i64toi32_i32$1;
      $11$hi = i64toi32_i32$2;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 120 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 124 | 0) >> 2] | 0;
      $15 = i64toi32_i32$2;
      $15$hi = i64toi32_i32$1;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $440 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $440$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $11$hi;
      i64toi32_i32$1 = $11;
      i64toi32_i32$0 = $440$hi;
      i64toi32_i32$3 = $440;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $441 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $441$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $7$hi;
      i64toi32_i32$2 = $7;
      i64toi32_i32$1 = $441$hi;
      i64toi32_i32$3 = $441;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $8 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $8$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 152 | 0) >> 2] = $8;
      HEAP32[(i64toi32_i32$2 + 156 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$1 = $15$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $7;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $448 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $448$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $15$hi;
      i64toi32_i32$1 = $15;
      i64toi32_i32$0 = $448$hi;
      i64toi32_i32$3 = $448;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $449 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $449$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$2 = $18;
      i64toi32_i32$1 = $449$hi;
      i64toi32_i32$3 = $449;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $12 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $12$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 144 | 0) >> 2] = $12;
      HEAP32[(i64toi32_i32$2 + 148 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $456 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $456$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $7$hi;
      i64toi32_i32$1 = $7;
      i64toi32_i32$0 = $456$hi;
      i64toi32_i32$3 = $456;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $457 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $457$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$2 = $29;
      i64toi32_i32$1 = $457$hi;
      i64toi32_i32$3 = $457;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $16 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $16$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 136 | 0) >> 2] = $16;
      HEAP32[(i64toi32_i32$2 + 140 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $11$hi;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $29;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $464 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $464$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$1 = $18;
      i64toi32_i32$0 = $464$hi;
      i64toi32_i32$3 = $464;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $465 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $465$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $11$hi;
      i64toi32_i32$2 = $11;
      i64toi32_i32$1 = $465$hi;
      i64toi32_i32$3 = $465;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $19 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $19$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 128 | 0) >> 2] = $19;
      HEAP32[(i64toi32_i32$2 + 132 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $15$hi;
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$1 = i64toi32_i32$0;
      i64toi32_i32$0 = $11;
      i64toi32_i32$2 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
      $472 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $472$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$1 = $29;
      i64toi32_i32$0 = $472$hi;
      i64toi32_i32$3 = $472;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      $473 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      $473$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $15$hi;
      i64toi32_i32$2 = $15;
      i64toi32_i32$1 = $473$hi;
      i64toi32_i32$3 = $473;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $22 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $22$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[(i64toi32_i32$2 + 120 | 0) >> 2] = $22;
      HEAP32[(i64toi32_i32$2 + 124 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 176 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$2 + 180 | 0) >> 2] | 0;
      $29 = i64toi32_i32$1;
      $29$hi = i64toi32_i32$2;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 184 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 188 | 0) >> 2] | 0;
      $18 = i64toi32_i32$2;
      $18$hi = i64toi32_i32$1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 192 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 196 | 0) >> 2] | 0;
      $15 = i64toi32_i32$1;
      $15$hi = i64toi32_i32$2;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 168 | 0) >> 2] | 0;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 172 | 0) >> 2] | 0;
      $21 = i64toi32_i32$2;
      $21$hi = i64toi32_i32$1;
      i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 160 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 164 | 0) >> 2] | 0;
      $28 = i64toi32_i32$1;
      $28$hi = i64toi32_i32$2;
      i64toi32_i32$0 = i64toi32_i32$1;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $490 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $490$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $21$hi;
      i64toi32_i32$2 = $21;
      i64toi32_i32$0 = $490$hi;
      i64toi32_i32$3 = $490;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $491 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $491$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $15$hi;
      i64toi32_i32$1 = $15;
      i64toi32_i32$2 = $491$hi;
      i64toi32_i32$3 = $491;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $7 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $7$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 192 | 0) >> 2] = $7;
      HEAP32[(i64toi32_i32$1 + 196 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$2 = $28$hi;
      i64toi32_i32$2 = i64toi32_i32$0;
      i64toi32_i32$0 = $15;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $498 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $498$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $28$hi;
      i64toi32_i32$2 = $28;
      i64toi32_i32$0 = $498$hi;
      i64toi32_i32$3 = $498;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $499 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $499$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$1 = $18;
      i64toi32_i32$2 = $499$hi;
      i64toi32_i32$3 = $499;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $11 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $11$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 184 | 0) >> 2] = $11;
      HEAP32[(i64toi32_i32$1 + 188 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$2 = $15$hi;
      i64toi32_i32$2 = i64toi32_i32$0;
      i64toi32_i32$0 = $18;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $506 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $506$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $15$hi;
      i64toi32_i32$2 = $15;
      i64toi32_i32$0 = $506$hi;
      i64toi32_i32$3 = $506;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $507 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $507$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$1 = $29;
      i64toi32_i32$2 = $507$hi;
      i64toi32_i32$3 = $507;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $15 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $15$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 176 | 0) >> 2] = $15;
      HEAP32[(i64toi32_i32$1 + 180 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $21$hi;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$2 = i64toi32_i32$0;
      i64toi32_i32$0 = $29;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $514 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $514$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$2 = $18;
      i64toi32_i32$0 = $514$hi;
      i64toi32_i32$3 = $514;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $515 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $515$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $21$hi;
      i64toi32_i32$1 = $21;
      i64toi32_i32$2 = $515$hi;
      i64toi32_i32$3 = $515;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $18 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $18$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 168 | 0) >> 2] = $18;
      HEAP32[(i64toi32_i32$1 + 172 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $28$hi;
      i64toi32_i32$2 = $29$hi;
      i64toi32_i32$2 = i64toi32_i32$0;
      i64toi32_i32$0 = $21;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $522 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $522$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$2 = $29;
      i64toi32_i32$0 = $522$hi;
      i64toi32_i32$3 = $522;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $523 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $523$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $28$hi;
      i64toi32_i32$1 = $28;
      i64toi32_i32$2 = $523$hi;
      i64toi32_i32$3 = $523;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $21 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $21$hi = i64toi32_i32$2;
      i64toi32_i32$1 = $0_1;
      HEAP32[(i64toi32_i32$1 + 160 | 0) >> 2] = $21;
      HEAP32[(i64toi32_i32$1 + 164 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = $26$hi;
      i64toi32_i32$2 = $27$hi;
      i64toi32_i32$2 = $24$hi;
      i64toi32_i32$0 = $24;
      i64toi32_i32$1 = -1;
      i64toi32_i32$3 = -1;
      i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
      $530 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $530$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $27$hi;
      i64toi32_i32$2 = $27;
      i64toi32_i32$0 = $530$hi;
      i64toi32_i32$3 = $530;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      $531 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      $531$hi = i64toi32_i32$0;
      i64toi32_i32$1 = $25;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$1 + 1048832 | 0) >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$1 + 1048836 | 0) >> 2] | 0;
      $533 = i64toi32_i32$0;
      $533$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $531$hi;
      i64toi32_i32$1 = $531;
      i64toi32_i32$0 = $533$hi;
      i64toi32_i32$3 = $533;
      i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
      $534 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
      $534$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $26$hi;
      i64toi32_i32$2 = $26;
      i64toi32_i32$1 = $534$hi;
      i64toi32_i32$3 = $534;
      i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $24 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $24$hi = i64toi32_i32$1;
      i64toi32_i32$2 = $0_1;
      HEAP32[i64toi32_i32$2 >> 2] = $24;
      HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] = i64toi32_i32$1;
      $25 = $25 + 8 | 0;
      if (($25 | 0) != (192 | 0)) {
       continue label2
      }
      break label2;
     };
     return;
    default:
     break block25;
    };
   }
   i64toi32_i32$0 = $0_1;
   i64toi32_i32$1 = HEAP32[(i64toi32_i32$0 + 120 | 0) >> 2] | 0;
   i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 124 | 0) >> 2] | 0;
   $22 = i64toi32_i32$1;
   $22$hi = i64toi32_i32$2;
   $38 = 6;
   continue label;
  };
 }
 
 function $1($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $29 = 0, $18 = 0, $19 = 0, $11 = 0, $12 = 0, $15 = 0, $7 = 0, $14 = 0, $8 = 0, $16 = 0, $10 = 0, $13 = 0, $9 = 0, $20 = 0, $22 = 0, $17 = 0, $21 = 0, $2_1 = 0, $4_1 = 0, $5 = 0, $91 = 0, $3_1 = 0, $123 = 0, $6 = 0;
  $29 = 22;
  label : while (1) {
   block28 : {
    switch ($29 | 0) {
    case 0:
     $7 = $18 ^ $19 | 0;
     HEAP8[($0_1 + 12 | 0) >> 0] = $11 ^ ($12 ^ ($18 ^ ((($7 << 1 | 0) ^ (($7 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 12 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 6;
     continue label;
    case 1:
     HEAP8[($0_1 + 10 | 0) >> 0] = $14 ^ ($7 ^ ($8 ^ ((($22 << 1 | 0) ^ (($22 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 10 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 19;
     continue label;
    case 2:
     $11 = HEAPU8[($2_1 + 1048576 | 0) >> 0] | 0;
     $12 = HEAPU8[($4_1 + 1048576 | 0) >> 0] | 0;
     $15 = $11 ^ $12 | 0;
     $18 = HEAPU8[($5 + 1048576 | 0) >> 0] | 0;
     $19 = $12 ^ $18 | 0;
     $91 = (($19 << 1 | 0) ^ (($19 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 13 | 0) >> 0] | 0) | 0;
     $19 = HEAPU8[($3_1 + 1048576 | 0) >> 0] | 0;
     HEAP8[($0_1 + 13 | 0) >> 0] = $15 ^ ($91 ^ $19 | 0) | 0;
     $29 = 1;
     continue label;
    case 3:
     $15 = HEAPU8[((HEAPU8[($0_1 + 15 | 0) >> 0] | 0) + 1048576 | 0) >> 0] | 0;
     $16 = HEAPU8[((HEAPU8[($0_1 + 10 | 0) >> 0] | 0) + 1048576 | 0) >> 0] | 0;
     $17 = $15 ^ $16 | 0;
     $18 = HEAPU8[((HEAPU8[($0_1 + 5 | 0) >> 0] | 0) + 1048576 | 0) >> 0] | 0;
     $19 = $16 ^ $18 | 0;
     $123 = (($19 << 1 | 0) ^ (($19 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 1 | 0) >> 0] | 0) | 0;
     $19 = HEAPU8[((HEAPU8[$0_1 >> 0] | 0) + 1048576 | 0) >> 0] | 0;
     HEAP8[($0_1 + 1 | 0) >> 0] = $17 ^ ($123 ^ $19 | 0) | 0;
     $29 = 10;
     continue label;
    case 4:
     $11 = $11 ^ $19 | 0;
     HEAP8[($0_1 + 15 | 0) >> 0] = $12 ^ ($18 ^ ($19 ^ ((($11 << 1 | 0) ^ (($11 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 15 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     return;
    case 5:
     $15 = $15 ^ $19 | 0;
     HEAP8[($0_1 + 3 | 0) >> 0] = $16 ^ ($18 ^ ($19 ^ ((($15 << 1 | 0) ^ (($15 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 3 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 24;
     continue label;
    case 6:
     HEAP8[($0_1 + 14 | 0) >> 0] = $11 ^ ($18 ^ ($19 ^ ((($15 << 1 | 0) ^ (($15 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 14 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 4;
     continue label;
    case 7:
     $13 = HEAPU8[($0_1 + 14 | 0) >> 0] | 0;
     $29 = 14;
     continue label;
    case 8:
     $9 = HEAPU8[($0_1 + 2 | 0) >> 0] | 0;
     $29 = 28;
     continue label;
    case 9:
     $8 = HEAPU8[($0_1 + 8 | 0) >> 0] | 0;
     $29 = 8;
     continue label;
    case 10:
     $20 = HEAPU8[($11 + 1048576 | 0) >> 0] | 0;
     $13 = HEAPU8[($13 + 1048576 | 0) >> 0] | 0;
     $21 = $20 ^ $13 | 0;
     $11 = HEAPU8[($14 + 1048576 | 0) >> 0] | 0;
     $14 = $13 ^ $11 | 0;
     $12 = HEAPU8[($12 + 1048576 | 0) >> 0] | 0;
     HEAP8[($0_1 + 5 | 0) >> 0] = $21 ^ (((($14 << 1 | 0) ^ (($14 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 5 | 0) >> 0] | 0) | 0) ^ $12 | 0) | 0;
     $29 = 12;
     continue label;
    case 11:
     HEAP8[($0_1 + 6 | 0) >> 0] = $20 ^ ($11 ^ ($12 ^ ((($21 << 1 | 0) ^ (($21 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 6 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 26;
     continue label;
    case 12:
     $14 = HEAPU8[($7 + 1048576 | 0) >> 0] | 0;
     $9 = HEAPU8[($9 + 1048576 | 0) >> 0] | 0;
     $22 = $14 ^ $9 | 0;
     $7 = HEAPU8[($10 + 1048576 | 0) >> 0] | 0;
     $10 = $9 ^ $7 | 0;
     $8 = HEAPU8[($8 + 1048576 | 0) >> 0] | 0;
     HEAP8[($0_1 + 9 | 0) >> 0] = $22 ^ (((($10 << 1 | 0) ^ (($10 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 9 | 0) >> 0] | 0) | 0) ^ $8 | 0) | 0;
     $29 = 18;
     continue label;
    case 13:
     $7 = HEAPU8[($0_1 + 7 | 0) >> 0] | 0;
     $29 = 9;
     continue label;
    case 14:
     $14 = HEAPU8[($0_1 + 9 | 0) >> 0] | 0;
     $29 = 3;
     continue label;
    case 15:
     $12 = HEAPU8[($0_1 + 4 | 0) >> 0] | 0;
     $29 = 7;
     continue label;
    case 16:
     $18 = $7 ^ $8 | 0;
     HEAP8[($0_1 + 8 | 0) >> 0] = $14 ^ ($9 ^ ($7 ^ ((($18 << 1 | 0) ^ (($18 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 8 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 2;
     continue label;
    case 17:
     HEAP8[($0_1 + 2 | 0) >> 0] = $15 ^ ($18 ^ ($19 ^ ((($17 << 1 | 0) ^ (($17 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 2 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 5;
     continue label;
    case 18:
     $10 = $18 ^ $19 | 0;
     HEAP8[$0_1 >> 0] = $15 ^ ($16 ^ ($18 ^ ($6 ^ (($10 << 1 | 0) ^ (($10 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) | 0) | 0) | 0) | 0;
     $29 = 17;
     continue label;
    case 19:
     $16 = $14 ^ $8 | 0;
     HEAP8[($0_1 + 11 | 0) >> 0] = $9 ^ ($7 ^ ($8 ^ ((($16 << 1 | 0) ^ (($16 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 11 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 0;
     continue label;
    case 20:
     $3_1 = HEAPU8[($0_1 + 12 | 0) >> 0] | 0;
     $29 = 25;
     continue label;
    case 21:
     $5 = HEAPU8[($0_1 + 1 | 0) >> 0] | 0;
     $29 = 23;
     continue label;
    case 22:
     $2_1 = HEAPU8[($0_1 + 11 | 0) >> 0] | 0;
     $29 = 20;
     continue label;
    case 23:
     $6 = HEAPU8[$1_1 >> 0] | 0;
     $29 = 13;
     continue label;
    case 24:
     $18 = $11 ^ $12 | 0;
     HEAP8[($0_1 + 4 | 0) >> 0] = $20 ^ ($13 ^ ($11 ^ ((($18 << 1 | 0) ^ (($18 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 4 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 11;
     continue label;
    case 25:
     $4_1 = HEAPU8[($0_1 + 6 | 0) >> 0] | 0;
     $29 = 21;
     continue label;
    case 26:
     $18 = $20 ^ $12 | 0;
     HEAP8[($0_1 + 7 | 0) >> 0] = $13 ^ ($11 ^ ($12 ^ ((($18 << 1 | 0) ^ (($18 << 24 >> 24 >>> 7 | 0) & 27 | 0) | 0) ^ (HEAPU8[($1_1 + 7 | 0) >> 0] | 0) | 0) | 0) | 0) | 0;
     $29 = 16;
     continue label;
    case 27:
     $11 = HEAPU8[($0_1 + 3 | 0) >> 0] | 0;
     $29 = 15;
     continue label;
    default:
     break block28;
    };
   }
   $10 = HEAPU8[($0_1 + 13 | 0) >> 0] | 0;
   $29 = 27;
   continue label;
  };
 }
 
 function $2($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, i64toi32_i32$1 = 0, i64toi32_i32$5 = 0, i64toi32_i32$4 = 0, $3_1 = 0, $28 = 0, $4_1 = 0, $12 = 0, $12$hi = 0, $14 = 0, $13$hi = 0, $11$hi = 0, $13 = 0, $8 = 0, $11 = 0, $14$hi = 0, $5 = 0, $16$hi = 0, $10 = 0, $15$hi = 0, $9 = 0, $7 = 0, $6 = 0, $145 = 0, $146 = 0, $15 = 0, $16 = 0, $147 = 0, $148 = 0, $149 = 0, $150 = 0, $17 = 0, $151 = 0, $18 = 0, $152 = 0, $19 = 0, $153 = 0, $20 = 0, $154 = 0, $21 = 0, $155 = 0, $156 = 0, $157 = 0, $158 = 0, $159 = 0, $160 = 0, $161 = 0, $162 = 0, $163 = 0, $164 = 0, $165 = 0, $166 = 0, $167 = 0, $168 = 0, $169 = 0, $170 = 0, $171 = 0, $172 = 0, $173 = 0, $175 = 0, $176 = 0, $177 = 0, $178 = 0, $179 = 0, $180 = 0, $183 = 0, $184 = 0, $185 = 0, $186 = 0, $187 = 0, $188 = 0, $189 = 0, $190 = 0, $191 = 0, $192 = 0, $194 = 0, $195 = 0, $38 = 0, $44 = 0, $48 = 0, $55 = 0, $58 = 0, $75 = 0, $78 = 0, $84 = 0, $87 = 0, $93 = 0, $96 = 0, $102 = 0, $104 = 0, $110 = 0, $112 = 0, $118 = 0, $120 = 0, $126 = 0, $128 = 0, $174 = 0, $178$hi = 0, $181 = 0, $181$hi = 0, $182 = 0, $182$hi = 0, $186$hi = 0, $193 = 0, $193$hi = 0, $197 = 0, $197$hi = 0, $200$hi = 0, $201$hi = 0, $203 = 0, $203$hi = 0, $204 = 0, $205 = 0, $205$hi = 0, $208 = 0, $208$hi = 0, $209$hi = 0, $214 = 0, $214$hi = 0, $220 = 0, $232 = 0, $237 = 0, $240 = 0, $245 = 0, $252 = 0, $262$hi = 0, $264 = 0, $269$hi = 0, $282 = 0, $282$hi = 0, $284 = 0, $284$hi = 0, $286 = 0, $289 = 0, $294 = 0, $297 = 0, $300 = 0, $303 = 0, $306 = 0, $309 = 0, $317 = 0, $319 = 0, $319$hi = 0, $322$hi = 0, $323$hi = 0, $324 = 0, $325 = 0, $328 = 0, $331 = 0, $334 = 0, $341 = 0, $346 = 0, $349 = 0, $352 = 0, $368 = 0, $374$hi = 0, $379$hi = 0, $380 = 0, $380$hi = 0, $382$hi = 0, $384$hi = 0, $385$hi = 0, $387 = 0, $387$hi = 0, $388 = 0, $388$hi = 0, $389 = 0, $407 = 0, $409$hi = 0, $412$hi = 0, $413$hi = 0, $415 = 0, $415$hi = 0, $416 = 0, $417 = 0, $420 = 0, $423 = 0, $426 = 0, $429 = 0, $433 = 0, $433$hi = 0, $435 = 0, $435$hi = 0, $437 = 0, $450 = 0, $454 = 0, $458 = 0;
  $28 = 52;
  label : while (1) {
   block54 : {
    switch ($28 | 0) {
    case 0:
     global$0 = $3_1 + 288 | 0;
     return;
    case 1:
     i64toi32_i32$0 = $15$hi;
     i64toi32_i32$1 = $3_1;
     HEAP32[(i64toi32_i32$1 + 88 | 0) >> 2] = $15;
     HEAP32[(i64toi32_i32$1 + 92 | 0) >> 2] = i64toi32_i32$0;
     $28 = 6;
     continue label;
    case 2:
     $4_1 = -1048576;
     $28 = 53;
     continue label;
    case 3:
     i64toi32_i32$2 = $3_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 32 | 0) >> 2] | 0;
     i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 36 | 0) >> 2] | 0;
     $13 = i64toi32_i32$0;
     $13$hi = i64toi32_i32$1;
     HEAP8[(i64toi32_i32$2 + 232 | 0) >> 0] = i64toi32_i32$0;
     $28 = 36;
     continue label;
    case 4:
     $38 = $3_1;
     i64toi32_i32$1 = $12$hi;
     i64toi32_i32$2 = $12;
     i64toi32_i32$0 = 0;
     i64toi32_i32$3 = 48;
     i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $147 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
      $147 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
     }
     HEAP8[($38 + 246 | 0) >> 0] = $147;
     $28 = 8;
     continue label;
    case 5:
     i64toi32_i32$1 = $3_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$1 + 152 | 0) >> 2] | 0;
     i64toi32_i32$2 = HEAP32[(i64toi32_i32$1 + 156 | 0) >> 2] | 0;
     i64toi32_i32$1 = i64toi32_i32$0;
     i64toi32_i32$0 = -2147483648;
     i64toi32_i32$3 = 0;
     i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
     $44 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
     i64toi32_i32$1 = $3_1;
     HEAP32[(i64toi32_i32$1 + 152 | 0) >> 2] = $44;
     HEAP32[(i64toi32_i32$1 + 156 | 0) >> 2] = i64toi32_i32$0;
     $28 = 22;
     continue label;
    case 6:
     i64toi32_i32$0 = $16$hi;
     i64toi32_i32$0 = $13$hi;
     i64toi32_i32$0 = $16$hi;
     i64toi32_i32$2 = $16;
     i64toi32_i32$1 = $13$hi;
     i64toi32_i32$3 = $13;
     i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
     $48 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
     i64toi32_i32$2 = $3_1;
     HEAP32[(i64toi32_i32$2 + 32 | 0) >> 2] = $48;
     HEAP32[(i64toi32_i32$2 + 36 | 0) >> 2] = i64toi32_i32$1;
     $28 = 11;
     continue label;
    case 7:
     label1 : while (1) {
      i64toi32_i32$1 = $14$hi;
      $16 = $14;
      $16$hi = i64toi32_i32$1;
      $4_1 = $14 & 1048560 | 0;
      i64toi32_i32$0 = $4_1;
      i64toi32_i32$1 = HEAPU8[(i64toi32_i32$0 + 1049224 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049225 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049226 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049227 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      i64toi32_i32$2 = HEAPU8[(i64toi32_i32$0 + 1049228 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049229 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049230 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049231 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      $55 = i64toi32_i32$1;
      i64toi32_i32$1 = $3_1;
      HEAP32[(i64toi32_i32$1 + 264 | 0) >> 2] = $55;
      HEAP32[(i64toi32_i32$1 + 268 | 0) >> 2] = i64toi32_i32$2;
      i64toi32_i32$2 = HEAPU8[(i64toi32_i32$0 + 1049216 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049217 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049218 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049219 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      i64toi32_i32$1 = HEAPU8[(i64toi32_i32$0 + 1049220 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049221 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049222 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$0 + 1049223 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      $58 = i64toi32_i32$2;
      i64toi32_i32$2 = $3_1;
      HEAP32[(i64toi32_i32$2 + 256 | 0) >> 2] = $58;
      HEAP32[(i64toi32_i32$2 + 260 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $14$hi;
      HEAP32[(i64toi32_i32$2 + 272 | 0) >> 2] = $14;
      HEAP32[(i64toi32_i32$2 + 276 | 0) >> 2] = i64toi32_i32$1;
      i64toi32_i32$1 = $12$hi;
      HEAP32[(i64toi32_i32$2 + 280 | 0) >> 2] = $12;
      HEAP32[(i64toi32_i32$2 + 284 | 0) >> 2] = i64toi32_i32$1;
      $1(i64toi32_i32$2 + 256 | 0 | 0, i64toi32_i32$2 + 272 | 0 | 0);
      $8 = HEAPU8[(i64toi32_i32$2 + 256 | 0) >> 0] | 0;
      $9 = $12;
      HEAP8[(i64toi32_i32$0 + 1049216 | 0) >> 0] = $8 ^ $12 | 0;
      $75 = i64toi32_i32$0;
      $10 = HEAPU8[(i64toi32_i32$2 + 257 | 0) >> 0] | 0;
      $78 = $10;
      i64toi32_i32$0 = $12;
      i64toi32_i32$2 = 0;
      i64toi32_i32$3 = 8;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$2 = 0;
       $148 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
      } else {
       i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
       $148 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$4 | 0) | 0;
      }
      $0_1 = $148;
      HEAP8[($75 + 1049217 | 0) >> 0] = $78 ^ $0_1 | 0;
      $84 = $4_1;
      $7 = HEAPU8[($3_1 + 258 | 0) >> 0] | 0;
      $87 = $7;
      i64toi32_i32$2 = $12$hi;
      i64toi32_i32$1 = $12;
      i64toi32_i32$0 = 0;
      i64toi32_i32$3 = 16;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$0 = 0;
       $149 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
      } else {
       i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
       $149 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$1 >>> i64toi32_i32$4 | 0) | 0;
      }
      $5 = $149;
      HEAP8[($84 + 1049218 | 0) >> 0] = $87 ^ $5 | 0;
      $93 = $4_1;
      $6 = HEAPU8[($3_1 + 259 | 0) >> 0] | 0;
      $96 = $6;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$2 = $12;
      i64toi32_i32$1 = 0;
      i64toi32_i32$3 = 24;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$1 = 0;
       $150 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
      } else {
       i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
       $150 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
      }
      $17 = $150;
      HEAP8[($93 + 1049219 | 0) >> 0] = $96 ^ $17 | 0;
      $102 = $4_1;
      $104 = HEAPU8[($3_1 + 260 | 0) >> 0] | 0;
      i64toi32_i32$1 = $12$hi;
      i64toi32_i32$0 = $12;
      i64toi32_i32$2 = 0;
      i64toi32_i32$3 = 32;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$2 = 0;
       $151 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
      } else {
       i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
       $151 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$4 | 0) | 0;
      }
      $18 = $151;
      HEAP8[($102 + 1049220 | 0) >> 0] = $104 ^ $18 | 0;
      $110 = $4_1;
      $112 = HEAPU8[($3_1 + 261 | 0) >> 0] | 0;
      i64toi32_i32$2 = $12$hi;
      i64toi32_i32$1 = $12;
      i64toi32_i32$0 = 0;
      i64toi32_i32$3 = 40;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$0 = 0;
       $152 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
      } else {
       i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
       $152 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$1 >>> i64toi32_i32$4 | 0) | 0;
      }
      $19 = $152;
      HEAP8[($110 + 1049221 | 0) >> 0] = $112 ^ $19 | 0;
      $118 = $4_1;
      $120 = HEAPU8[($3_1 + 262 | 0) >> 0] | 0;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$2 = $12;
      i64toi32_i32$1 = 0;
      i64toi32_i32$3 = 48;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$1 = 0;
       $153 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
      } else {
       i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
       $153 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
      }
      $20 = $153;
      HEAP8[($118 + 1049222 | 0) >> 0] = $120 ^ $20 | 0;
      $126 = $4_1;
      $128 = HEAPU8[($3_1 + 263 | 0) >> 0] | 0;
      i64toi32_i32$1 = $12$hi;
      i64toi32_i32$0 = $12;
      i64toi32_i32$2 = 0;
      i64toi32_i32$3 = 56;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$2 = 0;
       $154 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
      } else {
       i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
       $154 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$4 | 0) | 0;
      }
      $21 = $154;
      HEAP8[($126 + 1049223 | 0) >> 0] = $128 ^ $21 | 0;
      HEAP8[($4_1 + 1049224 | 0) >> 0] = (HEAPU8[($3_1 + 264 | 0) >> 0] | 0) ^ $9 | 0;
      HEAP8[($4_1 + 1049225 | 0) >> 0] = (HEAPU8[($3_1 + 265 | 0) >> 0] | 0) ^ $0_1 | 0;
      HEAP8[($4_1 + 1049226 | 0) >> 0] = (HEAPU8[($3_1 + 266 | 0) >> 0] | 0) ^ $5 | 0;
      HEAP8[($4_1 + 1049227 | 0) >> 0] = (HEAPU8[($3_1 + 267 | 0) >> 0] | 0) ^ $17 | 0;
      HEAP8[($4_1 + 1049228 | 0) >> 0] = (HEAPU8[($3_1 + 268 | 0) >> 0] | 0) ^ $18 | 0;
      HEAP8[($4_1 + 1049229 | 0) >> 0] = (HEAPU8[($3_1 + 269 | 0) >> 0] | 0) ^ $19 | 0;
      HEAP8[($4_1 + 1049230 | 0) >> 0] = (HEAPU8[($3_1 + 270 | 0) >> 0] | 0) ^ $20 | 0;
      HEAP8[($4_1 + 1049231 | 0) >> 0] = (HEAPU8[($3_1 + 271 | 0) >> 0] | 0) ^ $21 | 0;
      $174 = $3_1;
      i64toi32_i32$2 = 0;
      i64toi32_i32$1 = $10;
      i64toi32_i32$0 = 0;
      i64toi32_i32$3 = 255;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$0 | 0;
      i64toi32_i32$2 = i64toi32_i32$1 & i64toi32_i32$3 | 0;
      i64toi32_i32$1 = 0;
      i64toi32_i32$3 = 8;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
       $155 = 0;
      } else {
       i64toi32_i32$1 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$4 | 0) | 0;
       $155 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
      }
      $178$hi = i64toi32_i32$1;
      i64toi32_i32$1 = 0;
      i64toi32_i32$0 = $8;
      i64toi32_i32$2 = 0;
      i64toi32_i32$3 = 255;
      i64toi32_i32$2 = i64toi32_i32$1 & i64toi32_i32$2 | 0;
      $181 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
      $181$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $178$hi;
      i64toi32_i32$1 = $155;
      i64toi32_i32$0 = $181$hi;
      i64toi32_i32$3 = $181;
      i64toi32_i32$0 = i64toi32_i32$2 | i64toi32_i32$0 | 0;
      $182 = i64toi32_i32$1 | i64toi32_i32$3 | 0;
      $182$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      i64toi32_i32$2 = $7;
      i64toi32_i32$1 = 0;
      i64toi32_i32$3 = 255;
      i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$1 | 0;
      i64toi32_i32$0 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      i64toi32_i32$2 = 0;
      i64toi32_i32$3 = 16;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$2 = i64toi32_i32$0 << i64toi32_i32$4 | 0;
       $156 = 0;
      } else {
       i64toi32_i32$2 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$0 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$1 << i64toi32_i32$4 | 0) | 0;
       $156 = i64toi32_i32$0 << i64toi32_i32$4 | 0;
      }
      $186$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $182$hi;
      i64toi32_i32$1 = $182;
      i64toi32_i32$0 = $186$hi;
      i64toi32_i32$3 = $156;
      i64toi32_i32$0 = i64toi32_i32$2 | i64toi32_i32$0 | 0;
      $12 = i64toi32_i32$1 | i64toi32_i32$3 | 0;
      $12$hi = i64toi32_i32$0;
      $4_1 = $12 & 1048560 | 0;
      i64toi32_i32$2 = $4_1;
      i64toi32_i32$0 = HEAPU8[(i64toi32_i32$2 + 1049216 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$2 + 1049217 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$2 + 1049218 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$2 + 1049219 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      i64toi32_i32$1 = HEAPU8[(i64toi32_i32$2 + 1049220 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$2 + 1049221 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$2 + 1049222 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$2 + 1049223 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      $14 = i64toi32_i32$0;
      $14$hi = i64toi32_i32$1;
      $193 = i64toi32_i32$0;
      $193$hi = i64toi32_i32$1;
      i64toi32_i32$1 = 0;
      i64toi32_i32$2 = $6;
      i64toi32_i32$0 = 0;
      i64toi32_i32$3 = 255;
      i64toi32_i32$0 = i64toi32_i32$1 & i64toi32_i32$0 | 0;
      i64toi32_i32$1 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
      i64toi32_i32$2 = 0;
      i64toi32_i32$3 = 24;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$2 = i64toi32_i32$1 << i64toi32_i32$4 | 0;
       $157 = 0;
      } else {
       i64toi32_i32$2 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$1 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$4 | 0) | 0;
       $157 = i64toi32_i32$1 << i64toi32_i32$4 | 0;
      }
      $197 = $157;
      $197$hi = i64toi32_i32$2;
      i64toi32_i32$0 = $3_1;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 260 | 0) >> 2] | 0;
      i64toi32_i32$1 = 0;
      i64toi32_i32$0 = i64toi32_i32$2;
      i64toi32_i32$2 = 0;
      i64toi32_i32$3 = 32;
      i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
       i64toi32_i32$2 = i64toi32_i32$0 << i64toi32_i32$4 | 0;
       $158 = 0;
      } else {
       i64toi32_i32$2 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$0 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$1 << i64toi32_i32$4 | 0) | 0;
       $158 = i64toi32_i32$0 << i64toi32_i32$4 | 0;
      }
      $200$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $197$hi;
      i64toi32_i32$1 = $197;
      i64toi32_i32$0 = $200$hi;
      i64toi32_i32$3 = $158;
      i64toi32_i32$0 = i64toi32_i32$2 | i64toi32_i32$0 | 0;
      $201$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$0 = $201$hi;
      i64toi32_i32$2 = i64toi32_i32$1 | i64toi32_i32$3 | 0;
      i64toi32_i32$1 = $12$hi;
      i64toi32_i32$3 = $12;
      i64toi32_i32$1 = i64toi32_i32$0 | i64toi32_i32$1 | 0;
      $203 = i64toi32_i32$2 | i64toi32_i32$3 | 0;
      $203$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $193$hi;
      i64toi32_i32$2 = 0;
      i64toi32_i32$0 = $203$hi;
      i64toi32_i32$3 = 0;
      $4($174 | 0, $193 | 0, i64toi32_i32$1 | 0, 0 | 0, i64toi32_i32$2 | 0, $203 | 0, i64toi32_i32$0 | 0, 0 | 0, i64toi32_i32$3 | 0);
      $204 = $4_1;
      i64toi32_i32$3 = $14$hi;
      $205 = $14;
      $205$hi = i64toi32_i32$3;
      i64toi32_i32$3 = $16$hi;
      i64toi32_i32$2 = $3_1;
      i64toi32_i32$3 = HEAP32[(i64toi32_i32$2 + 8 | 0) >> 2] | 0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 12 | 0) >> 2] | 0;
      $208 = i64toi32_i32$3;
      $208$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $16$hi;
      i64toi32_i32$2 = $16;
      i64toi32_i32$3 = $208$hi;
      i64toi32_i32$1 = $208;
      i64toi32_i32$4 = i64toi32_i32$2 + i64toi32_i32$1 | 0;
      i64toi32_i32$5 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
      if (i64toi32_i32$4 >>> 0 < i64toi32_i32$1 >>> 0) {
       i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
      }
      $209$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $205$hi;
      i64toi32_i32$0 = $205;
      i64toi32_i32$2 = $209$hi;
      i64toi32_i32$1 = i64toi32_i32$4;
      i64toi32_i32$2 = i64toi32_i32$5 ^ i64toi32_i32$2 | 0;
      $14 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      $14$hi = i64toi32_i32$2;
      i64toi32_i32$0 = $204;
      HEAP8[(i64toi32_i32$0 + 1049216 | 0) >> 0] = $14;
      HEAP8[(i64toi32_i32$0 + 1049217 | 0) >> 0] = $14 >>> 8 | 0;
      HEAP8[(i64toi32_i32$0 + 1049218 | 0) >> 0] = $14 >>> 16 | 0;
      HEAP8[(i64toi32_i32$0 + 1049219 | 0) >> 0] = $14 >>> 24 | 0;
      HEAP8[(i64toi32_i32$0 + 1049220 | 0) >> 0] = i64toi32_i32$2;
      HEAP8[(i64toi32_i32$0 + 1049221 | 0) >> 0] = i64toi32_i32$2 >>> 8 | 0;
      HEAP8[(i64toi32_i32$0 + 1049222 | 0) >> 0] = i64toi32_i32$2 >>> 16 | 0;
      HEAP8[(i64toi32_i32$0 + 1049223 | 0) >> 0] = i64toi32_i32$2 >>> 24 | 0;
      i64toi32_i32$2 = $15$hi;
      i64toi32_i32$5 = $3_1;
      i64toi32_i32$2 = HEAP32[i64toi32_i32$5 >> 2] | 0;
      i64toi32_i32$0 = HEAP32[(i64toi32_i32$5 + 4 | 0) >> 2] | 0;
      $214 = i64toi32_i32$2;
      $214$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $15$hi;
      i64toi32_i32$5 = $15;
      i64toi32_i32$2 = $214$hi;
      i64toi32_i32$1 = $214;
      i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
      $15 = i64toi32_i32$5 ^ i64toi32_i32$1 | 0;
      $15$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $16$hi;
      $12 = $16;
      $12$hi = i64toi32_i32$2;
      $1_1 = $1_1 + -1 | 0;
      if ($1_1) {
       continue label1
      }
      break label1;
     };
     $28 = 1;
     continue label;
    case 8:
     $220 = $3_1;
     i64toi32_i32$2 = $11$hi;
     i64toi32_i32$0 = $11;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 56;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $159 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $159 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($220 + 231 | 0) >> 0] = $159;
     $28 = 48;
     continue label;
    case 9:
     wasm2js_memory_fill($3_1 + 24 | 0, 0, 200);
     $28 = 12;
     continue label;
    case 10:
     i64toi32_i32$2 = $3_1;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$2 + 24 | 0) >> 2] | 0;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 28 | 0) >> 2] | 0;
     $11 = i64toi32_i32$5;
     $11$hi = i64toi32_i32$0;
     HEAP8[(i64toi32_i32$2 + 224 | 0) >> 0] = i64toi32_i32$5;
     $28 = 18;
     continue label;
    case 11:
     i64toi32_i32$0 = $14$hi;
     i64toi32_i32$0 = $11$hi;
     i64toi32_i32$0 = $14$hi;
     i64toi32_i32$2 = $14;
     i64toi32_i32$5 = $11$hi;
     i64toi32_i32$1 = $11;
     i64toi32_i32$5 = i64toi32_i32$0 ^ i64toi32_i32$5 | 0;
     $232 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
     i64toi32_i32$2 = $3_1;
     HEAP32[(i64toi32_i32$2 + 24 | 0) >> 2] = $232;
     HEAP32[(i64toi32_i32$2 + 28 | 0) >> 2] = i64toi32_i32$5;
     $28 = 38;
     continue label;
    case 12:
     $5 = $1_1 >>> 0 < 135 >>> 0 ? $1_1 : 135;
     $28 = 43;
     continue label;
    case 13:
     $237 = $3_1;
     i64toi32_i32$5 = $11$hi;
     i64toi32_i32$0 = $11;
     i64toi32_i32$2 = 0;
     i64toi32_i32$1 = 40;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$2 = 0;
      $160 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$2 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
      $160 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($237 + 229 | 0) >> 0] = $160;
     $28 = 32;
     continue label;
    case 14:
     $240 = $3_1;
     i64toi32_i32$2 = $13$hi;
     i64toi32_i32$5 = $13;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 40;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $161 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $161 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($240 + 237 | 0) >> 0] = $161;
     $28 = 33;
     continue label;
    case 15:
     i64toi32_i32$2 = $3_1;
     i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 88 | 0) >> 2] | 0;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$2 + 92 | 0) >> 2] | 0;
     $15 = i64toi32_i32$0;
     $15$hi = i64toi32_i32$5;
     $28 = 7;
     continue label;
    case 16:
     $245 = $3_1;
     i64toi32_i32$5 = $12$hi;
     i64toi32_i32$2 = $12;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 8;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $162 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
      $162 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($245 + 249 | 0) >> 0] = $162;
     $28 = 44;
     continue label;
    case 17:
     label2 : while (1) {
      $8 = $2_1 + $4_1 | 0;
      $252 = $8 + 1 | 0;
      i64toi32_i32$5 = ($3_1 + 24 | 0) + ($4_1 & -8 | 0) | 0;
      i64toi32_i32$0 = HEAP32[i64toi32_i32$5 >> 2] | 0;
      i64toi32_i32$2 = HEAP32[(i64toi32_i32$5 + 4 | 0) >> 2] | 0;
      $12 = i64toi32_i32$0;
      $12$hi = i64toi32_i32$2;
      i64toi32_i32$2 = 0;
      $262$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $12$hi;
      i64toi32_i32$5 = i64toi32_i32$0;
      i64toi32_i32$0 = $262$hi;
      i64toi32_i32$1 = $1_1 & 56 | 0;
      i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
       i64toi32_i32$0 = 0;
       $163 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      } else {
       i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
       $163 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
      }
      HEAP8[$252 >> 0] = $163;
      $264 = $8;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$0 = 0;
      $269$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$2 = $12;
      i64toi32_i32$5 = $269$hi;
      i64toi32_i32$1 = ($1_1 + -8 | 0) & 48 | 0;
      i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
       i64toi32_i32$5 = 0;
       $164 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      } else {
       i64toi32_i32$5 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
       $164 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
      }
      HEAP8[$264 >> 0] = $164;
      $1_1 = $1_1 + 16 | 0;
      $4_1 = $4_1 + 2 | 0;
      if (($4_1 | 0) != (32 | 0)) {
       continue label2
      }
      break label2;
     };
     $28 = 0;
     continue label;
    case 18:
     i64toi32_i32$0 = $3_1;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$0 + 40 | 0) >> 2] | 0;
     i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 44 | 0) >> 2] | 0;
     $12 = i64toi32_i32$5;
     $12$hi = i64toi32_i32$2;
     HEAP8[(i64toi32_i32$0 + 240 | 0) >> 0] = i64toi32_i32$5;
     $28 = 25;
     continue label;
    case 19:
     i64toi32_i32$0 = $3_1;
     i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 72 | 0) >> 2] | 0;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$0 + 76 | 0) >> 2] | 0;
     $282 = i64toi32_i32$2;
     $282$hi = i64toi32_i32$5;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$0 + 56 | 0) >> 2] | 0;
     i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 60 | 0) >> 2] | 0;
     $284 = i64toi32_i32$5;
     $284$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $282$hi;
     i64toi32_i32$0 = $282;
     i64toi32_i32$5 = $284$hi;
     i64toi32_i32$1 = $284;
     i64toi32_i32$5 = i64toi32_i32$2 ^ i64toi32_i32$5 | 0;
     $14 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
     $14$hi = i64toi32_i32$5;
     $28 = 30;
     continue label;
    case 20:
     $286 = $3_1;
     i64toi32_i32$5 = $13$hi;
     i64toi32_i32$2 = $13;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 24;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $165 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
      $165 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($286 + 235 | 0) >> 0] = $165;
     $28 = 29;
     continue label;
    case 21:
     $289 = $3_1;
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$5 = $12;
     i64toi32_i32$2 = 0;
     i64toi32_i32$1 = 56;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$2 = 0;
      $166 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$2 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      $166 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($289 + 255 | 0) >> 0] = $166;
     $28 = 2;
     continue label;
    case 22:
     $0($3_1 + 24 | 0 | 0);
     $28 = 10;
     continue label;
    case 23:
     $294 = $3_1;
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$0 = $12;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 32;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $167 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $167 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($294 + 244 | 0) >> 0] = $167;
     $28 = 13;
     continue label;
    case 24:
     $4_1 = 0;
     $28 = 45;
     continue label;
    case 25:
     $297 = $3_1;
     i64toi32_i32$5 = $11$hi;
     i64toi32_i32$2 = $11;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 8;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $168 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
      $168 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($297 + 225 | 0) >> 0] = $168;
     $28 = 51;
     continue label;
    case 26:
     $300 = $3_1;
     i64toi32_i32$0 = $13$hi;
     i64toi32_i32$5 = $13;
     i64toi32_i32$2 = 0;
     i64toi32_i32$1 = 32;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$2 = 0;
      $169 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$2 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      $169 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($300 + 236 | 0) >> 0] = $169;
     $28 = 28;
     continue label;
    case 27:
     $303 = $3_1;
     i64toi32_i32$2 = $11$hi;
     i64toi32_i32$0 = $11;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 48;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $170 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $170 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($303 + 230 | 0) >> 0] = $170;
     $28 = 4;
     continue label;
    case 28:
     $306 = $3_1;
     i64toi32_i32$5 = $12$hi;
     i64toi32_i32$2 = $12;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 32;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $171 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
      $171 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($306 + 252 | 0) >> 0] = $171;
     $28 = 14;
     continue label;
    case 29:
     $309 = $3_1;
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$5 = $12;
     i64toi32_i32$2 = 0;
     i64toi32_i32$1 = 24;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$2 = 0;
      $172 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$2 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      $172 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($309 + 251 | 0) >> 0] = $172;
     $28 = 26;
     continue label;
    case 30:
     $1_1 = 262144;
     $28 = 15;
     continue label;
    case 31:
     $4_1 = ($3_1 + 24 | 0) + ($5 & -8 | 0) | 0;
     $317 = $4_1;
     i64toi32_i32$0 = $4_1;
     i64toi32_i32$2 = HEAP32[i64toi32_i32$0 >> 2] | 0;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$0 + 4 | 0) >> 2] | 0;
     $319 = i64toi32_i32$2;
     $319$hi = i64toi32_i32$5;
     i64toi32_i32$5 = 0;
     $322$hi = i64toi32_i32$5;
     i64toi32_i32$5 = 0;
     i64toi32_i32$0 = 1;
     i64toi32_i32$2 = $322$hi;
     i64toi32_i32$1 = $5 << 3 | 0;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$2 = i64toi32_i32$0 << i64toi32_i32$3 | 0;
      $173 = 0;
     } else {
      i64toi32_i32$2 = ((1 << i64toi32_i32$3 | 0) - 1 | 0) & (i64toi32_i32$0 >>> (32 - i64toi32_i32$3 | 0) | 0) | 0 | (i64toi32_i32$5 << i64toi32_i32$3 | 0) | 0;
      $173 = i64toi32_i32$0 << i64toi32_i32$3 | 0;
     }
     $323$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $319$hi;
     i64toi32_i32$5 = $319;
     i64toi32_i32$0 = $323$hi;
     i64toi32_i32$1 = $173;
     i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
     $324 = i64toi32_i32$5 ^ i64toi32_i32$1 | 0;
     i64toi32_i32$5 = $317;
     HEAP32[i64toi32_i32$5 >> 2] = $324;
     HEAP32[(i64toi32_i32$5 + 4 | 0) >> 2] = i64toi32_i32$0;
     $28 = 5;
     continue label;
    case 32:
     $325 = $3_1;
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$2 = $12;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 40;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $175 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      $175 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($325 + 245 | 0) >> 0] = $175;
     $28 = 27;
     continue label;
    case 33:
     $328 = $3_1;
     i64toi32_i32$5 = $12$hi;
     i64toi32_i32$0 = $12;
     i64toi32_i32$2 = 0;
     i64toi32_i32$1 = 40;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$2 = 0;
      $176 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$2 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
      $176 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($328 + 253 | 0) >> 0] = $176;
     $28 = 40;
     continue label;
    case 34:
     $331 = $3_1;
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$5 = $12;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 16;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $177 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $177 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($331 + 242 | 0) >> 0] = $177;
     $28 = 47;
     continue label;
    case 35:
     $334 = $3_1;
     i64toi32_i32$0 = $13$hi;
     i64toi32_i32$2 = $13;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 8;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $178 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      $178 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($334 + 233 | 0) >> 0] = $178;
     $28 = 16;
     continue label;
    case 36:
     i64toi32_i32$0 = $3_1;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$0 + 48 | 0) >> 2] | 0;
     i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 52 | 0) >> 2] | 0;
     $12 = i64toi32_i32$5;
     $12$hi = i64toi32_i32$2;
     HEAP8[(i64toi32_i32$0 + 248 | 0) >> 0] = i64toi32_i32$5;
     $28 = 35;
     continue label;
    case 37:
     $341 = $3_1;
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$0 = $12;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 16;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $179 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $179 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($341 + 250 | 0) >> 0] = $179;
     $28 = 20;
     continue label;
    case 38:
     $0($3_1 + 24 | 0 | 0);
     $28 = 24;
     continue label;
    case 39:
     $4_1 = 0;
     $28 = 9;
     continue label;
    case 40:
     $346 = $3_1;
     i64toi32_i32$5 = $13$hi;
     i64toi32_i32$2 = $13;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 48;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $180 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
      $180 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($346 + 238 | 0) >> 0] = $180;
     $28 = 54;
     continue label;
    case 41:
     $349 = $3_1;
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$5 = $12;
     i64toi32_i32$2 = 0;
     i64toi32_i32$1 = 24;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$2 = 0;
      $183 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$2 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      $183 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($349 + 243 | 0) >> 0] = $183;
     $28 = 42;
     continue label;
    case 42:
     $352 = $3_1;
     i64toi32_i32$2 = $11$hi;
     i64toi32_i32$0 = $11;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 32;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $184 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $184 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($352 + 228 | 0) >> 0] = $184;
     $28 = 23;
     continue label;
    case 43:
     block55 : {
      if (!$1_1) {
       break block55
      }
      block56 : {
       if (($1_1 | 0) == (1 | 0)) {
        break block56
       }
       $6 = $5 & 1 | 0;
       $7 = $5 & 254 | 0;
       $4_1 = 0;
       $1_1 = 0;
       label3 : while (1) {
        $8 = ($3_1 + 24 | 0) + ($4_1 & -8 | 0) | 0;
        $368 = $8;
        $9 = $0_1 + $4_1 | 0;
        i64toi32_i32$2 = $9 + 1 | 0;
        i64toi32_i32$5 = HEAPU8[i64toi32_i32$2 >> 0] | 0;
        i64toi32_i32$0 = 0;
        $374$hi = i64toi32_i32$0;
        $10 = $1_1 & 48 | 0;
        i64toi32_i32$0 = 0;
        $379$hi = i64toi32_i32$0;
        i64toi32_i32$0 = $374$hi;
        i64toi32_i32$2 = i64toi32_i32$5;
        i64toi32_i32$5 = $379$hi;
        i64toi32_i32$1 = $10 | 8 | 0;
        i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
        if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
         i64toi32_i32$5 = i64toi32_i32$2 << i64toi32_i32$3 | 0;
         $185 = 0;
        } else {
         i64toi32_i32$5 = ((1 << i64toi32_i32$3 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$3 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$3 | 0) | 0;
         $185 = i64toi32_i32$2 << i64toi32_i32$3 | 0;
        }
        $380 = $185;
        $380$hi = i64toi32_i32$5;
        i64toi32_i32$0 = $9;
        i64toi32_i32$5 = HEAPU8[i64toi32_i32$0 >> 0] | 0;
        i64toi32_i32$2 = 0;
        $382$hi = i64toi32_i32$2;
        i64toi32_i32$2 = 0;
        $384$hi = i64toi32_i32$2;
        i64toi32_i32$2 = $382$hi;
        i64toi32_i32$0 = i64toi32_i32$5;
        i64toi32_i32$5 = $384$hi;
        i64toi32_i32$1 = $10;
        i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
        if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
         i64toi32_i32$5 = i64toi32_i32$0 << i64toi32_i32$3 | 0;
         $186 = 0;
        } else {
         i64toi32_i32$5 = ((1 << i64toi32_i32$3 | 0) - 1 | 0) & (i64toi32_i32$0 >>> (32 - i64toi32_i32$3 | 0) | 0) | 0 | (i64toi32_i32$2 << i64toi32_i32$3 | 0) | 0;
         $186 = i64toi32_i32$0 << i64toi32_i32$3 | 0;
        }
        $385$hi = i64toi32_i32$5;
        i64toi32_i32$2 = $8;
        i64toi32_i32$5 = HEAP32[i64toi32_i32$2 >> 2] | 0;
        i64toi32_i32$0 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
        $387 = i64toi32_i32$5;
        $387$hi = i64toi32_i32$0;
        i64toi32_i32$0 = $385$hi;
        i64toi32_i32$2 = $186;
        i64toi32_i32$5 = $387$hi;
        i64toi32_i32$1 = $387;
        i64toi32_i32$5 = i64toi32_i32$0 ^ i64toi32_i32$5 | 0;
        $388 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
        $388$hi = i64toi32_i32$5;
        i64toi32_i32$5 = $380$hi;
        i64toi32_i32$0 = $380;
        i64toi32_i32$2 = $388$hi;
        i64toi32_i32$1 = $388;
        i64toi32_i32$2 = i64toi32_i32$5 ^ i64toi32_i32$2 | 0;
        $389 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
        i64toi32_i32$0 = $368;
        HEAP32[i64toi32_i32$0 >> 2] = $389;
        HEAP32[(i64toi32_i32$0 + 4 | 0) >> 2] = i64toi32_i32$2;
        $1_1 = $1_1 + 16 | 0;
        $4_1 = $4_1 + 2 | 0;
        if (($7 | 0) != ($4_1 | 0)) {
         continue label3
        }
        break label3;
       };
       if (!$6) {
        break block55
       }
       $0_1 = $0_1 + $4_1 | 0;
      }
      $1_1 = ($3_1 + 24 | 0) + ($4_1 & -8 | 0) | 0;
      $407 = $1_1;
      i64toi32_i32$5 = $0_1;
      i64toi32_i32$2 = HEAPU8[i64toi32_i32$5 >> 0] | 0;
      i64toi32_i32$0 = 0;
      $409$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      $412$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $409$hi;
      i64toi32_i32$5 = i64toi32_i32$2;
      i64toi32_i32$2 = $412$hi;
      i64toi32_i32$1 = $4_1 << 3 | 0;
      i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
      if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
       i64toi32_i32$2 = i64toi32_i32$5 << i64toi32_i32$3 | 0;
       $187 = 0;
      } else {
       i64toi32_i32$2 = ((1 << i64toi32_i32$3 | 0) - 1 | 0) & (i64toi32_i32$5 >>> (32 - i64toi32_i32$3 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$3 | 0) | 0;
       $187 = i64toi32_i32$5 << i64toi32_i32$3 | 0;
      }
      $413$hi = i64toi32_i32$2;
      i64toi32_i32$0 = $1_1;
      i64toi32_i32$2 = HEAP32[i64toi32_i32$0 >> 2] | 0;
      i64toi32_i32$5 = HEAP32[(i64toi32_i32$0 + 4 | 0) >> 2] | 0;
      $415 = i64toi32_i32$2;
      $415$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $413$hi;
      i64toi32_i32$0 = $187;
      i64toi32_i32$2 = $415$hi;
      i64toi32_i32$1 = $415;
      i64toi32_i32$2 = i64toi32_i32$5 ^ i64toi32_i32$2 | 0;
      $416 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
      i64toi32_i32$0 = $407;
      HEAP32[i64toi32_i32$0 >> 2] = $416;
      HEAP32[(i64toi32_i32$0 + 4 | 0) >> 2] = i64toi32_i32$2;
     }
     $28 = 31;
     continue label;
    case 44:
     $417 = $3_1;
     i64toi32_i32$2 = $13$hi;
     i64toi32_i32$5 = $13;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 16;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $188 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $188 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($417 + 234 | 0) >> 0] = $188;
     $28 = 37;
     continue label;
    case 45:
     $1_1 = 8;
     $28 = 17;
     continue label;
    case 46:
     $420 = $3_1;
     i64toi32_i32$0 = $11$hi;
     i64toi32_i32$2 = $11;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 16;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $189 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      $189 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($420 + 226 | 0) >> 0] = $189;
     $28 = 34;
     continue label;
    case 47:
     $423 = $3_1;
     i64toi32_i32$5 = $11$hi;
     i64toi32_i32$0 = $11;
     i64toi32_i32$2 = 0;
     i64toi32_i32$1 = 24;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$2 = 0;
      $190 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$2 = i64toi32_i32$5 >>> i64toi32_i32$3 | 0;
      $190 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($423 + 227 | 0) >> 0] = $190;
     $28 = 41;
     continue label;
    case 48:
     $426 = $3_1;
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$5 = $12;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 56;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $191 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $191 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($426 + 247 | 0) >> 0] = $191;
     $28 = 3;
     continue label;
    case 49:
     $429 = $3_1;
     i64toi32_i32$0 = $13$hi;
     i64toi32_i32$2 = $13;
     i64toi32_i32$5 = 0;
     i64toi32_i32$1 = 56;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$5 = 0;
      $192 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$5 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
      $192 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($429 + 239 | 0) >> 0] = $192;
     $28 = 21;
     continue label;
    case 50:
     i64toi32_i32$0 = $3_1;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$0 + 80 | 0) >> 2] | 0;
     i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 84 | 0) >> 2] | 0;
     $433 = i64toi32_i32$5;
     $433$hi = i64toi32_i32$2;
     i64toi32_i32$2 = HEAP32[(i64toi32_i32$0 + 64 | 0) >> 2] | 0;
     i64toi32_i32$5 = HEAP32[(i64toi32_i32$0 + 68 | 0) >> 2] | 0;
     $435 = i64toi32_i32$2;
     $435$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $433$hi;
     i64toi32_i32$0 = $433;
     i64toi32_i32$2 = $435$hi;
     i64toi32_i32$1 = $435;
     i64toi32_i32$2 = i64toi32_i32$5 ^ i64toi32_i32$2 | 0;
     $12 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
     $12$hi = i64toi32_i32$2;
     $28 = 19;
     continue label;
    case 51:
     $437 = $3_1;
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$5 = $12;
     i64toi32_i32$0 = 0;
     i64toi32_i32$1 = 8;
     i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $194 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$3 | 0;
      $194 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$5 >>> i64toi32_i32$3 | 0) | 0;
     }
     HEAP8[($437 + 241 | 0) >> 0] = $194;
     $28 = 46;
     continue label;
    case 52:
     $3_1 = global$0 - 288 | 0;
     global$0 = $3_1;
     $28 = 39;
     continue label;
    case 53:
     label4 : while (1) {
      $1($3_1 + 240 | 0 | 0, $3_1 + 224 | 0 | 0);
      i64toi32_i32$2 = $3_1;
      i64toi32_i32$0 = HEAPU8[(i64toi32_i32$2 + 248 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$2 + 249 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$2 + 250 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$2 + 251 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      i64toi32_i32$5 = HEAPU8[(i64toi32_i32$2 + 252 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$2 + 253 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$2 + 254 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$2 + 255 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      $450 = i64toi32_i32$0;
      i64toi32_i32$0 = $4_1 + 2097800 | 0;
      $145 = $450;
      HEAP8[i64toi32_i32$0 >> 0] = $145;
      HEAP8[(i64toi32_i32$0 + 1 | 0) >> 0] = $145 >>> 8 | 0;
      HEAP8[(i64toi32_i32$0 + 2 | 0) >> 0] = $145 >>> 16 | 0;
      HEAP8[(i64toi32_i32$0 + 3 | 0) >> 0] = $145 >>> 24 | 0;
      HEAP8[(i64toi32_i32$0 + 4 | 0) >> 0] = i64toi32_i32$5;
      HEAP8[(i64toi32_i32$0 + 5 | 0) >> 0] = i64toi32_i32$5 >>> 8 | 0;
      HEAP8[(i64toi32_i32$0 + 6 | 0) >> 0] = i64toi32_i32$5 >>> 16 | 0;
      HEAP8[(i64toi32_i32$0 + 7 | 0) >> 0] = i64toi32_i32$5 >>> 24 | 0;
      i64toi32_i32$5 = HEAPU8[(i64toi32_i32$2 + 240 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$2 + 241 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$2 + 242 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$2 + 243 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      i64toi32_i32$0 = HEAPU8[(i64toi32_i32$2 + 244 | 0) >> 0] | 0 | ((HEAPU8[(i64toi32_i32$2 + 245 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[(i64toi32_i32$2 + 246 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[(i64toi32_i32$2 + 247 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
      $454 = i64toi32_i32$5;
      i64toi32_i32$5 = $4_1 + 2097792 | 0;
      $146 = $454;
      HEAP8[i64toi32_i32$5 >> 0] = $146;
      HEAP8[(i64toi32_i32$5 + 1 | 0) >> 0] = $146 >>> 8 | 0;
      HEAP8[(i64toi32_i32$5 + 2 | 0) >> 0] = $146 >>> 16 | 0;
      HEAP8[(i64toi32_i32$5 + 3 | 0) >> 0] = $146 >>> 24 | 0;
      HEAP8[(i64toi32_i32$5 + 4 | 0) >> 0] = i64toi32_i32$0;
      HEAP8[(i64toi32_i32$5 + 5 | 0) >> 0] = i64toi32_i32$0 >>> 8 | 0;
      HEAP8[(i64toi32_i32$5 + 6 | 0) >> 0] = i64toi32_i32$0 >>> 16 | 0;
      HEAP8[(i64toi32_i32$5 + 7 | 0) >> 0] = i64toi32_i32$0 >>> 24 | 0;
      $4_1 = $4_1 + 16 | 0;
      if ($4_1) {
       continue label4
      }
      break label4;
     };
     $28 = 50;
     continue label;
    default:
     break block54;
    };
   }
   $458 = $3_1;
   i64toi32_i32$0 = $12$hi;
   i64toi32_i32$2 = $12;
   i64toi32_i32$5 = 0;
   i64toi32_i32$1 = 48;
   i64toi32_i32$3 = i64toi32_i32$1 & 31 | 0;
   if (32 >>> 0 <= (i64toi32_i32$1 & 63 | 0) >>> 0) {
    i64toi32_i32$5 = 0;
    $195 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
   } else {
    i64toi32_i32$5 = i64toi32_i32$0 >>> i64toi32_i32$3 | 0;
    $195 = (((1 << i64toi32_i32$3 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$3 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$3 | 0) | 0;
   }
   HEAP8[($458 + 254 | 0) >> 0] = $195;
   $28 = 49;
   continue label;
  };
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
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$4 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, i64toi32_i32$5 = 0, $5$hi = 0, $6$hi = 0, $5 = 0, $6 = 0, $8$hi = 0, $9$hi = 0, $17 = 0, $7$hi = 0, $57 = 0, $8 = 0, $58 = 0, $9 = 0, $60 = 0, $10$hi = 0, $62 = 0, $63 = 0, $19 = 0, $7 = 0, $27 = 0, $27$hi = 0, $33 = 0, $33$hi = 0, $34 = 0, $34$hi = 0, $38 = 0, $38$hi = 0, $41$hi = 0, $10 = 0, $44 = 0, $47 = 0, $47$hi = 0, $50 = 0, $52 = 0, $52$hi = 0, $54$hi = 0, $55 = 0, $55$hi = 0, $56$hi = 0, $59 = 0, $60$hi = 0, $61 = 0, $61$hi = 0, $64 = 0, $64$hi = 0, $67 = 0, $67$hi = 0, $68$hi = 0;
  $17 = 0;
  label : while (1) {
   block1 : {
    switch ($17 | 0) {
    case 0:
     $19 = $0_1;
     i64toi32_i32$0 = $3$hi;
     i64toi32_i32$2 = $3_1;
     i64toi32_i32$1 = 0;
     i64toi32_i32$3 = -1;
     i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$1 | 0;
     $5 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
     $5$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $1$hi;
     i64toi32_i32$0 = $1_1;
     i64toi32_i32$2 = 0;
     i64toi32_i32$3 = -1;
     i64toi32_i32$2 = i64toi32_i32$1 & i64toi32_i32$2 | 0;
     $6 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
     $6$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $5$hi;
     i64toi32_i32$0 = $6$hi;
     i64toi32_i32$0 = __wasm_i64_mul($5 | 0, i64toi32_i32$2 | 0, $6 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $7 = i64toi32_i32$0;
     $7$hi = i64toi32_i32$2;
     $27 = i64toi32_i32$0;
     $27$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $3$hi;
     i64toi32_i32$1 = $3_1;
     i64toi32_i32$0 = 0;
     i64toi32_i32$3 = 32;
     i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = 0;
      $57 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
     } else {
      i64toi32_i32$0 = i64toi32_i32$2 >>> i64toi32_i32$4 | 0;
      $57 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$2 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$1 >>> i64toi32_i32$4 | 0) | 0;
     }
     $8 = $57;
     $8$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $6$hi;
     i64toi32_i32$0 = $8$hi;
     i64toi32_i32$1 = $6$hi;
     i64toi32_i32$1 = __wasm_i64_mul($8 | 0, i64toi32_i32$0 | 0, $6 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $6 = i64toi32_i32$1;
     $6$hi = i64toi32_i32$0;
     $33 = i64toi32_i32$1;
     $33$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $5$hi;
     $34 = $5;
     $34$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $1$hi;
     i64toi32_i32$2 = $1_1;
     i64toi32_i32$1 = 0;
     i64toi32_i32$3 = 32;
     i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
      i64toi32_i32$1 = 0;
      $58 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
     } else {
      i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
      $58 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
     }
     $9 = $58;
     $9$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $34$hi;
     i64toi32_i32$2 = $9$hi;
     i64toi32_i32$2 = __wasm_i64_mul($34 | 0, i64toi32_i32$1 | 0, $9 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $38 = i64toi32_i32$2;
     $38$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $33$hi;
     i64toi32_i32$0 = $33;
     i64toi32_i32$2 = $38$hi;
     i64toi32_i32$3 = $38;
     i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
     i64toi32_i32$5 = i64toi32_i32$1 + i64toi32_i32$2 | 0;
     if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
     }
     $5 = i64toi32_i32$4;
     $5$hi = i64toi32_i32$5;
     i64toi32_i32$1 = i64toi32_i32$4;
     i64toi32_i32$0 = 0;
     i64toi32_i32$3 = 32;
     i64toi32_i32$2 = i64toi32_i32$3 & 31 | 0;
     if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
      i64toi32_i32$0 = i64toi32_i32$1 << i64toi32_i32$2 | 0;
      $60 = 0;
     } else {
      i64toi32_i32$0 = ((1 << i64toi32_i32$2 | 0) - 1 | 0) & (i64toi32_i32$1 >>> (32 - i64toi32_i32$2 | 0) | 0) | 0 | (i64toi32_i32$5 << i64toi32_i32$2 | 0) | 0;
      $60 = i64toi32_i32$1 << i64toi32_i32$2 | 0;
     }
     $41$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $27$hi;
     i64toi32_i32$5 = $27;
     i64toi32_i32$1 = $41$hi;
     i64toi32_i32$3 = $60;
     i64toi32_i32$2 = i64toi32_i32$5 + i64toi32_i32$3 | 0;
     i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$1 | 0;
     if (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
     }
     $10 = i64toi32_i32$2;
     $10$hi = i64toi32_i32$4;
     i64toi32_i32$5 = $19;
     HEAP32[i64toi32_i32$5 >> 2] = i64toi32_i32$2;
     HEAP32[(i64toi32_i32$5 + 4 | 0) >> 2] = i64toi32_i32$4;
     $17 = 1;
     continue label;
    default:
     break block1;
    };
   }
   $44 = $0_1;
   i64toi32_i32$4 = $8$hi;
   i64toi32_i32$4 = $9$hi;
   i64toi32_i32$4 = $8$hi;
   i64toi32_i32$5 = $9$hi;
   i64toi32_i32$5 = __wasm_i64_mul($8 | 0, i64toi32_i32$4 | 0, $9 | 0, i64toi32_i32$5 | 0) | 0;
   i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
   $47 = i64toi32_i32$5;
   $47$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $5$hi;
   i64toi32_i32$4 = $6$hi;
   i64toi32_i32$4 = $5$hi;
   i64toi32_i32$0 = $5;
   i64toi32_i32$5 = $6$hi;
   i64toi32_i32$3 = $6;
   $50 = i64toi32_i32$4 >>> 0 < i64toi32_i32$5 >>> 0 | ((i64toi32_i32$4 | 0) == (i64toi32_i32$5 | 0) & i64toi32_i32$0 >>> 0 < i64toi32_i32$3 >>> 0 | 0) | 0;
   i64toi32_i32$0 = 0;
   i64toi32_i32$3 = $50;
   i64toi32_i32$4 = 0;
   i64toi32_i32$5 = 32;
   i64toi32_i32$1 = i64toi32_i32$5 & 31 | 0;
   if (32 >>> 0 <= (i64toi32_i32$5 & 63 | 0) >>> 0) {
    i64toi32_i32$4 = i64toi32_i32$3 << i64toi32_i32$1 | 0;
    $62 = 0;
   } else {
    i64toi32_i32$4 = ((1 << i64toi32_i32$1 | 0) - 1 | 0) & (i64toi32_i32$3 >>> (32 - i64toi32_i32$1 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$1 | 0) | 0;
    $62 = i64toi32_i32$3 << i64toi32_i32$1 | 0;
   }
   $52 = $62;
   $52$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $5$hi;
   i64toi32_i32$0 = $5;
   i64toi32_i32$3 = 0;
   i64toi32_i32$5 = 32;
   i64toi32_i32$1 = i64toi32_i32$5 & 31 | 0;
   if (32 >>> 0 <= (i64toi32_i32$5 & 63 | 0) >>> 0) {
    i64toi32_i32$3 = 0;
    $63 = i64toi32_i32$4 >>> i64toi32_i32$1 | 0;
   } else {
    i64toi32_i32$3 = i64toi32_i32$4 >>> i64toi32_i32$1 | 0;
    $63 = (((1 << i64toi32_i32$1 | 0) - 1 | 0) & i64toi32_i32$4 | 0) << (32 - i64toi32_i32$1 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$1 | 0) | 0;
   }
   $54$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $52$hi;
   i64toi32_i32$4 = $52;
   i64toi32_i32$0 = $54$hi;
   i64toi32_i32$5 = $63;
   i64toi32_i32$0 = i64toi32_i32$3 | i64toi32_i32$0 | 0;
   $55 = i64toi32_i32$4 | i64toi32_i32$5 | 0;
   $55$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $47$hi;
   i64toi32_i32$3 = $47;
   i64toi32_i32$4 = $55$hi;
   i64toi32_i32$5 = $55;
   i64toi32_i32$1 = i64toi32_i32$3 + i64toi32_i32$5 | 0;
   i64toi32_i32$2 = i64toi32_i32$0 + i64toi32_i32$4 | 0;
   if (i64toi32_i32$1 >>> 0 < i64toi32_i32$5 >>> 0) {
    i64toi32_i32$2 = i64toi32_i32$2 + 1 | 0
   }
   $56$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$2 = $7$hi;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$0 = $10;
   i64toi32_i32$3 = $7$hi;
   i64toi32_i32$5 = $7;
   $59 = i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0 | ((i64toi32_i32$2 | 0) == (i64toi32_i32$3 | 0) & i64toi32_i32$0 >>> 0 < i64toi32_i32$5 >>> 0 | 0) | 0;
   i64toi32_i32$0 = 0;
   $60$hi = i64toi32_i32$0;
   i64toi32_i32$0 = $56$hi;
   i64toi32_i32$5 = i64toi32_i32$1;
   i64toi32_i32$2 = $60$hi;
   i64toi32_i32$3 = $59;
   i64toi32_i32$4 = i64toi32_i32$1 + i64toi32_i32$3 | 0;
   i64toi32_i32$1 = i64toi32_i32$0 + i64toi32_i32$2 | 0;
   if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
    i64toi32_i32$1 = i64toi32_i32$1 + 1 | 0
   }
   $61 = i64toi32_i32$4;
   $61$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $4$hi;
   i64toi32_i32$1 = $1$hi;
   i64toi32_i32$1 = $4$hi;
   i64toi32_i32$5 = $1$hi;
   i64toi32_i32$5 = __wasm_i64_mul($4_1 | 0, i64toi32_i32$1 | 0, $1_1 | 0, i64toi32_i32$5 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $64 = i64toi32_i32$5;
   $64$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $3$hi;
   i64toi32_i32$1 = $2$hi;
   i64toi32_i32$1 = $3$hi;
   i64toi32_i32$5 = $2$hi;
   i64toi32_i32$5 = __wasm_i64_mul($3_1 | 0, i64toi32_i32$1 | 0, $2_1 | 0, i64toi32_i32$5 | 0) | 0;
   i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
   $67 = i64toi32_i32$5;
   $67$hi = i64toi32_i32$1;
   i64toi32_i32$1 = $64$hi;
   i64toi32_i32$0 = $64;
   i64toi32_i32$5 = $67$hi;
   i64toi32_i32$3 = $67;
   i64toi32_i32$2 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
   i64toi32_i32$4 = i64toi32_i32$1 + i64toi32_i32$5 | 0;
   if (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) {
    i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
   }
   $68$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $61$hi;
   i64toi32_i32$1 = $61;
   i64toi32_i32$0 = $68$hi;
   i64toi32_i32$3 = i64toi32_i32$2;
   i64toi32_i32$5 = i64toi32_i32$1 + i64toi32_i32$2 | 0;
   i64toi32_i32$2 = i64toi32_i32$4 + i64toi32_i32$0 | 0;
   if (i64toi32_i32$5 >>> 0 < i64toi32_i32$3 >>> 0) {
    i64toi32_i32$2 = i64toi32_i32$2 + 1 | 0
   }
   i64toi32_i32$1 = $44;
   HEAP32[(i64toi32_i32$1 + 8 | 0) >> 2] = i64toi32_i32$5;
   HEAP32[(i64toi32_i32$1 + 12 | 0) >> 2] = i64toi32_i32$2;
   return;
  };
 }
 
 function _ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE(var$0, var$0$hi, var$1, var$1$hi) {
  var$0 = var$0 | 0;
  var$0$hi = var$0$hi | 0;
  var$1 = var$1 | 0;
  var$1$hi = var$1$hi | 0;
  var i64toi32_i32$4 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, var$2 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, var$3 = 0, var$4 = 0, var$5 = 0, $21 = 0, $22 = 0, var$6 = 0, $24 = 0, $17 = 0, $18 = 0, $23 = 0, $29 = 0, $45 = 0, $56$hi = 0, $62$hi = 0;
  i64toi32_i32$0 = var$1$hi;
  var$2 = var$1;
  var$4 = var$2 >>> 16 | 0;
  i64toi32_i32$0 = var$0$hi;
  var$3 = var$0;
  var$5 = var$3 >>> 16 | 0;
  $17 = Math_imul(var$4, var$5);
  $18 = var$2;
  i64toi32_i32$2 = var$3;
  i64toi32_i32$1 = 0;
  i64toi32_i32$3 = 32;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = 0;
   $21 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$1 = i64toi32_i32$0 >>> i64toi32_i32$4 | 0;
   $21 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$0 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$2 >>> i64toi32_i32$4 | 0) | 0;
  }
  $23 = $17 + Math_imul($18, $21) | 0;
  i64toi32_i32$1 = var$1$hi;
  i64toi32_i32$0 = var$1;
  i64toi32_i32$2 = 0;
  i64toi32_i32$3 = 32;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$2 = 0;
   $22 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
   $22 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$4 | 0) | 0;
  }
  $29 = $23 + Math_imul($22, var$3) | 0;
  var$2 = var$2 & 65535 | 0;
  var$3 = var$3 & 65535 | 0;
  var$6 = Math_imul(var$2, var$3);
  var$2 = (var$6 >>> 16 | 0) + Math_imul(var$2, var$5) | 0;
  $45 = $29 + (var$2 >>> 16 | 0) | 0;
  var$2 = (var$2 & 65535 | 0) + Math_imul(var$4, var$3) | 0;
  i64toi32_i32$2 = 0;
  i64toi32_i32$1 = $45 + (var$2 >>> 16 | 0) | 0;
  i64toi32_i32$0 = 0;
  i64toi32_i32$3 = 32;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$0 = i64toi32_i32$1 << i64toi32_i32$4 | 0;
   $24 = 0;
  } else {
   i64toi32_i32$0 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$1 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$2 << i64toi32_i32$4 | 0) | 0;
   $24 = i64toi32_i32$1 << i64toi32_i32$4 | 0;
  }
  $56$hi = i64toi32_i32$0;
  i64toi32_i32$0 = 0;
  $62$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $56$hi;
  i64toi32_i32$2 = $24;
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
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, i64toi32_i32$5 = 0, i64toi32_i32$4 = 0, var$2$hi = 0, var$2 = 0, $19 = 0, $20 = 0, $21 = 0, $22 = 0, $6$hi = 0, $8$hi = 0, $10 = 0, $10$hi = 0, $15$hi = 0, $17$hi = 0, $19$hi = 0;
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
   $19 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
  } else {
   i64toi32_i32$2 = i64toi32_i32$1 >>> i64toi32_i32$4 | 0;
   $19 = (((1 << i64toi32_i32$4 | 0) - 1 | 0) & i64toi32_i32$1 | 0) << (32 - i64toi32_i32$4 | 0) | 0 | (i64toi32_i32$0 >>> i64toi32_i32$4 | 0) | 0;
  }
  $6$hi = i64toi32_i32$2;
  i64toi32_i32$2 = var$0$hi;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$1 = $19;
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
   $20 = 0;
  } else {
   i64toi32_i32$1 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$4 | 0) | 0;
   $20 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
  }
  $10 = $20;
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
   $21 = 0;
  } else {
   i64toi32_i32$1 = ((1 << i64toi32_i32$2 | 0) - 1 | 0) & (i64toi32_i32$5 >>> (32 - i64toi32_i32$2 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$2 | 0) | 0;
   $21 = i64toi32_i32$5 << i64toi32_i32$2 | 0;
  }
  $15$hi = i64toi32_i32$1;
  i64toi32_i32$1 = var$0$hi;
  i64toi32_i32$1 = $15$hi;
  i64toi32_i32$0 = $21;
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
   $22 = i64toi32_i32$5 >>> i64toi32_i32$2 | 0;
  } else {
   i64toi32_i32$0 = i64toi32_i32$5 >>> i64toi32_i32$2 | 0;
   $22 = (((1 << i64toi32_i32$2 | 0) - 1 | 0) & i64toi32_i32$5 | 0) << (32 - i64toi32_i32$2 | 0) | 0 | (i64toi32_i32$1 >>> i64toi32_i32$2 | 0) | 0;
  }
  $19$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $10$hi;
  i64toi32_i32$5 = $10;
  i64toi32_i32$1 = $19$hi;
  i64toi32_i32$3 = $22;
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
