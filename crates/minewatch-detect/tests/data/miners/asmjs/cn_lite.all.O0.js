
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
 var global$3 = 1240733591;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$5 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, i64toi32_i32$4 = 0, i64toi32_i32$2 = 0, $18$hi = 0, $29$hi = 0, i64toi32_i32$3 = 0, $18_1 = 0, $29_1 = 0, $45_1 = 0, $7$hi = 0, $15$hi = 0, $7_1 = 0, $8$hi = 0, $11$hi = 0, $21$hi = 0, $8_1 = 0, $15_1 = 0, $9$hi = 0, $24$hi = 0, $11_1 = 0, $21_1 = 0, $6$hi = 0, $26$hi = 0, $5$hi = 0, $27$hi = 0, $9_1 = 0, $28$hi = 0, $24_1 = 0, $30_1 = 0, $6_1 = 0, $26_1 = 0, $28_1 = 0, $12$hi = 0, $20$hi = 0, $1$hi = 0, $2$hi = 0, $23$hi = 0, $16$hi = 0, $14$hi = 0, $5_1 = 0, $19$hi = 0, $27_1 = 0, $10$hi = 0, $22$hi = 0, $4$hi = 0, $3$hi = 0, $17$hi = 0, $13$hi = 0, $31_1 = 0, $25_1 = 0, $12_1 = 0, $20_1 = 0, $1_1 = 0, $2_1 = 0, $23_1 = 0, $16_1 = 0, $14_1 = 0, $19_1 = 0, $10_1 = 0, $22_1 = 0, $4_1 = 0, $3_1 = 0, $17_1 = 0, $13_1 = 0, $130_1 = 0, $133$hi = 0, $308 = 0, $135$hi = 0, $309 = 0, $137_1 = 0, $137$hi = 0, $142_1 = 0, $142$hi = 0, $143$hi = 0, $144_1 = 0, $144$hi = 0, $147$hi = 0, $310 = 0, $149$hi = 0, $311 = 0, $151$hi = 0, $312 = 0, $178$hi = 0, $313 = 0, $180$hi = 0, $314 = 0, $182$hi = 0, $315 = 0, $188$hi = 0, $316 = 0, $190$hi = 0, $317 = 0, $192$hi = 0, $318 = 0, $196 = 0, $196$hi = 0, $197 = 0, $197$hi = 0, $219 = 0, $220 = 0, $220$hi = 0, $223$hi = 0, $319 = 0, $225$hi = 0, $320 = 0, $227$hi = 0, $321 = 0, $230 = 0, $230$hi = 0, $231$hi = 0, $232 = 0, $232$hi = 0, $256 = 0, $256$hi = 0, $257 = 0, $257$hi = 0, $280 = 0, $280$hi = 0, $281$hi = 0, $322 = 0, $326 = 0, $326$hi = 0, $343 = 0, $343$hi = 0, $359 = 0, $359$hi = 0, $360 = 0, $360$hi = 0, $361 = 0, $361$hi = 0, $367 = 0, $367$hi = 0, $368 = 0, $368$hi = 0, $369 = 0, $369$hi = 0, $378 = 0, $378$hi = 0, $379 = 0, $379$hi = 0, $380 = 0, $380$hi = 0, $390 = 0, $390$hi = 0, $391 = 0, $391$hi = 0, $392 = 0, $392$hi = 0, $401 = 0, $401$hi = 0, $402 = 0, $402$hi = 0, $403 = 0, $403$hi = 0, $415 = 0, $415$hi = 0, $416 = 0, $416$hi = 0, $417 = 0, $417$hi = 0, $426 = 0, $426$hi = 0, $427 = 0, $427$hi = 0, $428 = 0, $428$hi = 0, $435 = 0, $435$hi = 0, $436 = 0, $436$hi = 0, $437 = 0, $437$hi = 0, $444 = 0, $444$hi = 0, $445 = 0, $445$hi = 0, $446 = 0, $446$hi = 0, $463 = 0, $463$hi = 0, $464 = 0, $464$hi = 0, $465 = 0, $465$hi = 0, $468 = 0, $469 = 0, $469$hi = 0, $470 = 0, $470$hi = 0, $471 = 0, $471$hi = 0, $472$hi = 0, $473 = 0, $473$hi = 0, $474 = 0, $474$hi = 0, $481 = 0, $481$hi = 0, $482 = 0, $482$hi = 0, $483 = 0, $483$hi = 0, $486 = 0, $487 = 0, $487$hi = 0, $488 = 0, $488$hi = 0, $489 = 0, $489$hi = 0, $490$hi = 0, $491 = 0, $491$hi = 0, $492 = 0, $492$hi = 0, $495 = 0, $496 = 0, $496$hi = 0, $497 = 0, $497$hi = 0, $498 = 0, $498$hi = 0, $499$hi = 0, $500 = 0, $500$hi = 0, $501 = 0, $501$hi = 0, $518 = 0, $518$hi = 0, $519 = 0, $519$hi = 0, $520 = 0, $520$hi = 0, $527 = 0, $527$hi = 0, $528 = 0, $528$hi = 0, $529 = 0, $529$hi = 0, $536 = 0, $536$hi = 0, $537 = 0, $537$hi = 0, $538 = 0, $538$hi = 0, $541 = 0, $542 = 0, $542$hi = 0, $543 = 0, $543$hi = 0, $544 = 0, $544$hi = 0, $545$hi = 0, $546 = 0, $546$hi = 0, $547 = 0, $547$hi = 0, $554 = 0, $554$hi = 0, $555 = 0, $555$hi = 0, $556 = 0, $556$hi = 0, $573 = 0, $573$hi = 0, $574 = 0, $574$hi = 0, $575 = 0, $575$hi = 0, $578 = 0, $579 = 0, $579$hi = 0, $580 = 0, $580$hi = 0, $581 = 0, $581$hi = 0, $582$hi = 0, $583 = 0, $583$hi = 0, $584 = 0, $584$hi = 0, $591 = 0, $591$hi = 0, $592 = 0, $592$hi = 0, $593 = 0, $593$hi = 0, $596 = 0, $597 = 0, $597$hi = 0, $598 = 0, $598$hi = 0, $599 = 0, $599$hi = 0, $600$hi = 0, $601 = 0, $601$hi = 0, $602 = 0, $602$hi = 0, $605 = 0, $606 = 0, $606$hi = 0, $607 = 0, $607$hi = 0, $608 = 0, $608$hi = 0, $609$hi = 0, $610 = 0, $610$hi = 0, $611 = 0, $611$hi = 0, $618 = 0, $618$hi = 0, $619 = 0, $619$hi = 0, $620 = 0, $620$hi = 0, $622 = 0, $622$hi = 0, $623 = 0, $623$hi = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -800079978 ^ 1586414032 | 0;
   global$3 = HEAP32[(0 + 28920 | 0) >> 2] | 0;
  }
  $45_1 = Math_imul(-1106623385, 1221838341);
  label : while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
    global$3 = -499973185 ^ -1646224407 | 0;
    global$3 = HEAP32[(0 + 12648 | 0) >> 2] | 0;
   }
   block25 : {
    switch ($45_1 | 0) {
    case 0:
     i64toi32_i32$0 = $5($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $12_1 = i64toi32_i32$0;
     $12$hi = i64toi32_i32$1;
     $45_1 = 1584553946 ^ 1584553941 | 0;
     continue label;
    case 1:
     i64toi32_i32$1 = $6($0_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $20_1 = i64toi32_i32$1;
     $20$hi = i64toi32_i32$0;
     $45_1 = 464610948 ^ 464610966 | 0;
     continue label;
    case 2:
     i64toi32_i32$0 = $7($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $6_1 = i64toi32_i32$0;
     $6$hi = i64toi32_i32$1;
     $45_1 = Math_imul(-132317076, 85105171);
     continue label;
    case 3:
     i64toi32_i32$1 = $8($0_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $1_1 = i64toi32_i32$1;
     $1$hi = i64toi32_i32$0;
     $45_1 = Math_imul(1019531541, -46870735);
     continue label;
    case 4:
     i64toi32_i32$0 = $9($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $7_1 = i64toi32_i32$0;
     $7$hi = i64toi32_i32$1;
     $45_1 = -1832673951 + 1832673958 | 0;
     continue label;
    case 5:
     i64toi32_i32$1 = $10($0_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $2_1 = i64toi32_i32$1;
     $2$hi = i64toi32_i32$0;
     $45_1 = Math_imul(1378613168, 419121075);
     continue label;
    case 6:
     i64toi32_i32$0 = $11($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $23_1 = i64toi32_i32$0;
     $23$hi = i64toi32_i32$1;
     $45_1 = Math_imul(-1194737918, 1811915655);
     continue label;
    case 7:
     i64toi32_i32$1 = $12($0_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $8_1 = i64toi32_i32$1;
     $8$hi = i64toi32_i32$0;
     $45_1 = Math_imul(911940584, -812168833);
     continue label;
    case 8:
     i64toi32_i32$0 = $13($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $15_1 = i64toi32_i32$0;
     $15$hi = i64toi32_i32$1;
     $45_1 = -1287346679 ^ -1287346688 | 0;
     continue label;
    case 9:
     i64toi32_i32$1 = $14($0_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $16_1 = i64toi32_i32$1;
     $16$hi = i64toi32_i32$0;
     $45_1 = -1603491291 + 1603491316 | 0;
     continue label;
    case 10:
     i64toi32_i32$0 = $15($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $14_1 = i64toi32_i32$0;
     $14$hi = i64toi32_i32$1;
     $45_1 = Math_imul(-414930920, -973701717);
     continue label;
    case 11:
     label2 : while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
       global$3 = -628062855 ^ 235248656 | 0;
       global$3 = HEAP32[(0 + 13096 | 0) >> 2] | 0;
      }
      $130_1 = $0_1;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$1 = $5$hi;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$0 = $5$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$1 | 0, $5_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $133$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $19$hi;
      i64toi32_i32$1 = $133$hi;
      $308 = i64toi32_i32$0;
      i64toi32_i32$0 = $19$hi;
      i64toi32_i32$0 = $16($308 | 0, i64toi32_i32$1 | 0, $19_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $135$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $20$hi;
      i64toi32_i32$1 = $135$hi;
      $309 = i64toi32_i32$0;
      i64toi32_i32$0 = $20$hi;
      i64toi32_i32$0 = $16($309 | 0, i64toi32_i32$1 | 0, $20_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $137_1 = i64toi32_i32$0;
      $137$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $17($0_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $26_1 = i64toi32_i32$1;
      $26$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $137$hi;
      i64toi32_i32$1 = $26$hi;
      i64toi32_i32$1 = $16($137_1 | 0, i64toi32_i32$0 | 0, $26_1 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $27_1 = i64toi32_i32$1;
      $27$hi = i64toi32_i32$0;
      $142_1 = i64toi32_i32$1;
      $142$hi = i64toi32_i32$0;
      i64toi32_i32$0 = -1873470093;
      i64toi32_i32$2 = 1549236541;
      i64toi32_i32$1 = 1873470092;
      i64toi32_i32$3 = -1549236540;
      i64toi32_i32$4 = i64toi32_i32$2 + i64toi32_i32$3 | 0;
      i64toi32_i32$5 = i64toi32_i32$0 + i64toi32_i32$1 | 0;
      if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
      }
      $143$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $142$hi;
      i64toi32_i32$2 = $143$hi;
      i64toi32_i32$2 = $18($142_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $144_1 = i64toi32_i32$2;
      $144$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$5 = $1$hi;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$2 = $1$hi;
      i64toi32_i32$2 = $16($7_1 | 0, i64toi32_i32$5 | 0, $1_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $147$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $8$hi;
      i64toi32_i32$5 = $147$hi;
      $310 = i64toi32_i32$2;
      i64toi32_i32$2 = $8$hi;
      i64toi32_i32$2 = $16($310 | 0, i64toi32_i32$5 | 0, $8_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $149$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $9$hi;
      i64toi32_i32$5 = $149$hi;
      $311 = i64toi32_i32$2;
      i64toi32_i32$2 = $9$hi;
      i64toi32_i32$2 = $16($311 | 0, i64toi32_i32$5 | 0, $9_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $151$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $10$hi;
      i64toi32_i32$5 = $151$hi;
      $312 = i64toi32_i32$2;
      i64toi32_i32$2 = $10$hi;
      i64toi32_i32$2 = $16($312 | 0, i64toi32_i32$5 | 0, $10_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $28_1 = i64toi32_i32$2;
      $28$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $144$hi;
      i64toi32_i32$2 = $28$hi;
      i64toi32_i32$2 = $16($144_1 | 0, i64toi32_i32$5 | 0, $28_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$2;
      $29$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $21$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $21$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $21_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $19($130_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $22$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $22$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $22_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $20($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $23$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $23$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $23_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $21($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $6$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $6$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $6_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $22($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $24$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $24$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $24_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $23($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $21$hi;
      i64toi32_i32$5 = $6$hi;
      i64toi32_i32$5 = $21$hi;
      i64toi32_i32$2 = $6$hi;
      i64toi32_i32$2 = $16($21_1 | 0, i64toi32_i32$5 | 0, $6_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $178$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $22$hi;
      i64toi32_i32$5 = $178$hi;
      $313 = i64toi32_i32$2;
      i64toi32_i32$2 = $22$hi;
      i64toi32_i32$2 = $16($313 | 0, i64toi32_i32$5 | 0, $22_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $180$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $23$hi;
      i64toi32_i32$5 = $180$hi;
      $314 = i64toi32_i32$2;
      i64toi32_i32$2 = $23$hi;
      i64toi32_i32$2 = $16($314 | 0, i64toi32_i32$5 | 0, $23_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $182$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $24$hi;
      i64toi32_i32$5 = $182$hi;
      $315 = i64toi32_i32$2;
      i64toi32_i32$2 = $24$hi;
      i64toi32_i32$2 = $16($315 | 0, i64toi32_i32$5 | 0, $24_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $6_1 = i64toi32_i32$2;
      $6$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $4$hi;
      i64toi32_i32$5 = $3$hi;
      i64toi32_i32$5 = $4$hi;
      i64toi32_i32$2 = $3$hi;
      i64toi32_i32$2 = $16($4_1 | 0, i64toi32_i32$5 | 0, $3_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $188$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $15$hi;
      i64toi32_i32$5 = $188$hi;
      $316 = i64toi32_i32$2;
      i64toi32_i32$2 = $15$hi;
      i64toi32_i32$2 = $16($316 | 0, i64toi32_i32$5 | 0, $15_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $190$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $16$hi;
      i64toi32_i32$5 = $190$hi;
      $317 = i64toi32_i32$2;
      i64toi32_i32$2 = $16$hi;
      i64toi32_i32$2 = $16($317 | 0, i64toi32_i32$5 | 0, $16_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $192$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $17$hi;
      i64toi32_i32$5 = $192$hi;
      $318 = i64toi32_i32$2;
      i64toi32_i32$2 = $17$hi;
      i64toi32_i32$2 = $16($318 | 0, i64toi32_i32$5 | 0, $17_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $21_1 = i64toi32_i32$2;
      $21$hi = i64toi32_i32$5;
      i64toi32_i32$5 = 2142605823;
      i64toi32_i32$2 = -1116446516;
      i64toi32_i32$2 = __wasm_i64_mul(744142519 | 0, i64toi32_i32$5 | 0, -810940665 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $196 = i64toi32_i32$2;
      $196$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $21$hi;
      i64toi32_i32$2 = $196$hi;
      i64toi32_i32$2 = $18($21_1 | 0, i64toi32_i32$5 | 0, $196 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $197 = i64toi32_i32$2;
      $197$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $6$hi;
      i64toi32_i32$2 = $197$hi;
      i64toi32_i32$2 = $16($6_1 | 0, i64toi32_i32$5 | 0, $197 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$2;
      $29$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $18$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $18_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $24($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $19$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $19$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $19_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $25($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $20$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $20$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $20_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $26($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $5$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $5$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $5_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $27($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $26$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $26$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $26_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$2;
      $29$hi = i64toi32_i32$5;
      $28($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      $219 = $0_1;
      i64toi32_i32$5 = $27$hi;
      $220 = $27_1;
      $220$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $11$hi;
      i64toi32_i32$5 = $2$hi;
      i64toi32_i32$5 = $11$hi;
      i64toi32_i32$2 = $2$hi;
      i64toi32_i32$2 = $16($11_1 | 0, i64toi32_i32$5 | 0, $2_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $223$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $12$hi;
      i64toi32_i32$5 = $223$hi;
      $319 = i64toi32_i32$2;
      i64toi32_i32$2 = $12$hi;
      i64toi32_i32$2 = $16($319 | 0, i64toi32_i32$5 | 0, $12_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $225$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $13$hi;
      i64toi32_i32$5 = $225$hi;
      $320 = i64toi32_i32$2;
      i64toi32_i32$2 = $13$hi;
      i64toi32_i32$2 = $16($320 | 0, i64toi32_i32$5 | 0, $13_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $227$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $14$hi;
      i64toi32_i32$5 = $227$hi;
      $321 = i64toi32_i32$2;
      i64toi32_i32$2 = $14$hi;
      i64toi32_i32$2 = $16($321 | 0, i64toi32_i32$5 | 0, $14_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $5_1 = i64toi32_i32$2;
      $5$hi = i64toi32_i32$5;
      $230 = i64toi32_i32$2;
      $230$hi = i64toi32_i32$5;
      i64toi32_i32$5 = 627768662;
      i64toi32_i32$0 = 179900221;
      i64toi32_i32$2 = -627768663;
      i64toi32_i32$3 = -179900220;
      i64toi32_i32$1 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
      i64toi32_i32$4 = i64toi32_i32$5 + i64toi32_i32$2 | 0;
      if (i64toi32_i32$1 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
      }
      $231$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $230$hi;
      i64toi32_i32$0 = $231$hi;
      i64toi32_i32$0 = $18($230 | 0, i64toi32_i32$4 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $232 = i64toi32_i32$0;
      $232$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $220$hi;
      i64toi32_i32$0 = $232$hi;
      i64toi32_i32$0 = $16($220 | 0, i64toi32_i32$4 | 0, $232 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$0;
      $18$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $15$hi;
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$0 = $15$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$4 | 0, $15_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $29($219 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$4 = $16$hi;
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$0 = $16$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$4 | 0, $16_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $30($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$4 = $17$hi;
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$0 = $17$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$4 | 0, $17_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $31($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$4 = $3$hi;
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$0 = $3$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$4 | 0, $3_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $32($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$4 = $4$hi;
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$0 = $4$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$4 | 0, $4_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $33($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $21$hi;
      i64toi32_i32$4 = $28$hi;
      i64toi32_i32$4 = -893791904;
      i64toi32_i32$5 = 398006566;
      i64toi32_i32$0 = -893791904;
      i64toi32_i32$3 = 398006567;
      i64toi32_i32$0 = i64toi32_i32$4 ^ i64toi32_i32$0 | 0;
      $256 = i64toi32_i32$5 ^ i64toi32_i32$3 | 0;
      $256$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $28$hi;
      i64toi32_i32$5 = $256$hi;
      i64toi32_i32$5 = $18($28_1 | 0, i64toi32_i32$0 | 0, $256 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $257 = i64toi32_i32$5;
      $257$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $21$hi;
      i64toi32_i32$5 = $257$hi;
      i64toi32_i32$5 = $16($21_1 | 0, i64toi32_i32$0 | 0, $257 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$5;
      $18$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $11$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$5 = $11$hi;
      i64toi32_i32$5 = $16($18_1 | 0, i64toi32_i32$0 | 0, $11_1 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $34($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$5 = $12$hi;
      i64toi32_i32$5 = $16($18_1 | 0, i64toi32_i32$0 | 0, $12_1 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $35($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$0 = $13$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$5 = $13$hi;
      i64toi32_i32$5 = $16($18_1 | 0, i64toi32_i32$0 | 0, $13_1 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $36($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$0 = $14$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$5 = $14$hi;
      i64toi32_i32$5 = $16($18_1 | 0, i64toi32_i32$0 | 0, $14_1 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $37($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$0 = $2$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$5 = $2$hi;
      i64toi32_i32$5 = $16($18_1 | 0, i64toi32_i32$0 | 0, $2_1 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $38($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $6$hi;
      i64toi32_i32$0 = 113098317;
      i64toi32_i32$4 = 1308407207;
      i64toi32_i32$5 = 113098317;
      i64toi32_i32$3 = 1308407206;
      i64toi32_i32$5 = i64toi32_i32$0 ^ i64toi32_i32$5 | 0;
      $280 = i64toi32_i32$4 ^ i64toi32_i32$3 | 0;
      $280$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $6$hi;
      i64toi32_i32$4 = $280$hi;
      i64toi32_i32$4 = $18($6_1 | 0, i64toi32_i32$5 | 0, $280 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $281$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $5$hi;
      i64toi32_i32$5 = $281$hi;
      $322 = i64toi32_i32$4;
      i64toi32_i32$4 = $5$hi;
      i64toi32_i32$4 = $16($322 | 0, i64toi32_i32$5 | 0, $5_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$4;
      $18$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$4 = $7$hi;
      i64toi32_i32$4 = $16($18_1 | 0, i64toi32_i32$5 | 0, $7_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $39($0_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = $8$hi;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$4 = $8$hi;
      i64toi32_i32$4 = $16($18_1 | 0, i64toi32_i32$5 | 0, $8_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $40($0_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = $9$hi;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$4 = $9$hi;
      i64toi32_i32$4 = $16($18_1 | 0, i64toi32_i32$5 | 0, $9_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $41($0_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = $10$hi;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$4 = $10$hi;
      i64toi32_i32$4 = $16($18_1 | 0, i64toi32_i32$5 | 0, $10_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $42($0_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = $1$hi;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$4 = $1$hi;
      i64toi32_i32$4 = $16($18_1 | 0, i64toi32_i32$5 | 0, $1_1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $43($0_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0);
      $30_1 = -1514286554 + 1514286458 | 0;
      label1 : while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
        global$3 = 769368828 ^ 1218465755 | 0;
        global$3 = HEAP32[(0 + 53516 | 0) >> 2] | 0;
       }
       $31_1 = $44($0_1 | 0, $46($45($44($30_1 | 0, 628792895 + -627743775 | 0 | 0) | 0 | 0) | 0 | 0, -1245457560 ^ -1245457557 | 0 | 0) | 0 | 0) | 0;
       i64toi32_i32$5 = $47($31_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $18_1 = i64toi32_i32$5;
       $18$hi = i64toi32_i32$4;
       i64toi32_i32$4 = $29$hi;
       i64toi32_i32$4 = $48($44($30_1 | 0, Math_imul(-77146496, -1565575495) | 0) | 0 | 0) | 0;
       i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
       $326 = i64toi32_i32$4;
       $326$hi = i64toi32_i32$5;
       i64toi32_i32$5 = $29$hi;
       i64toi32_i32$4 = $326$hi;
       i64toi32_i32$4 = $18($29_1 | 0, i64toi32_i32$5 | 0, $326 | 0, i64toi32_i32$4 | 0) | 0;
       i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
       $23($31_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0);
       $31_1 = $44($0_1 | 0, $46($45($44($30_1 | 0, -1771271078 ^ -1770221954 | 0 | 0) | 0 | 0) | 0 | 0, 1826221318 ^ 1826221317 | 0 | 0) | 0 | 0) | 0;
       i64toi32_i32$5 = $47($31_1 | 0) | 0;
       i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
       $29_1 = i64toi32_i32$5;
       $29$hi = i64toi32_i32$4;
       i64toi32_i32$4 = $18$hi;
       i64toi32_i32$4 = $48($44($30_1 | 0, Math_imul(-1482403500, 372565789) | 0) | 0 | 0) | 0;
       i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
       $343 = i64toi32_i32$4;
       $343$hi = i64toi32_i32$5;
       i64toi32_i32$5 = $18$hi;
       i64toi32_i32$4 = $343$hi;
       i64toi32_i32$4 = $18($18_1 | 0, i64toi32_i32$5 | 0, $343 | 0, i64toi32_i32$4 | 0) | 0;
       i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
       $23($31_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0);
       $30_1 = $44($30_1 | 0, Math_imul(-1166241752, -164992307) | 0) | 0;
       if ($30_1) {
        continue label1
       }
       break label1;
      };
      i64toi32_i32$5 = $8($0_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$5;
      $29$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $17($0_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $24_1 = i64toi32_i32$4;
      $24$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $47($0_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $26_1 = i64toi32_i32$5;
      $26$hi = i64toi32_i32$4;
      i64toi32_i32$4 = -1836691737;
      i64toi32_i32$0 = -1899046951;
      i64toi32_i32$5 = 1836691736;
      i64toi32_i32$3 = 1899046950;
      i64toi32_i32$5 = i64toi32_i32$4 ^ i64toi32_i32$5 | 0;
      $359 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $359$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $26$hi;
      i64toi32_i32$0 = $359$hi;
      i64toi32_i32$0 = $16($26_1 | 0, i64toi32_i32$5 | 0, $359 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $360 = i64toi32_i32$0;
      $360$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $24$hi;
      i64toi32_i32$0 = $360$hi;
      i64toi32_i32$0 = $49($24_1 | 0, i64toi32_i32$5 | 0, $360 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $361 = i64toi32_i32$0;
      $361$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$0 = $361$hi;
      i64toi32_i32$0 = $16($29_1 | 0, i64toi32_i32$5 | 0, $361 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $1_1 = i64toi32_i32$0;
      $1$hi = i64toi32_i32$5;
      $43($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $26$hi;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = 1830838068;
      i64toi32_i32$0 = -458726843;
      i64toi32_i32$0 = __wasm_i64_mul(-1340479743 | 0, i64toi32_i32$5 | 0, -1196890369 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $367 = i64toi32_i32$0;
      $367$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$0 = $367$hi;
      i64toi32_i32$0 = $16($29_1 | 0, i64toi32_i32$5 | 0, $367 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $368 = i64toi32_i32$0;
      $368$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $26$hi;
      i64toi32_i32$0 = $368$hi;
      i64toi32_i32$0 = $49($26_1 | 0, i64toi32_i32$5 | 0, $368 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $369 = i64toi32_i32$0;
      $369$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $10($0_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$5;
      $18$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $369$hi;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = $16($369 | 0, i64toi32_i32$0 | 0, $18_1 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $2_1 = i64toi32_i32$5;
      $2$hi = i64toi32_i32$0;
      $38($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$0 = -345973833;
      i64toi32_i32$5 = -266882782;
      i64toi32_i32$5 = __wasm_i64_mul(43619851 | 0, i64toi32_i32$0 | 0, -1235076515 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $378 = i64toi32_i32$5;
      $378$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$5 = $378$hi;
      i64toi32_i32$5 = $16($18_1 | 0, i64toi32_i32$0 | 0, $378 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $379 = i64toi32_i32$5;
      $379$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$5 = $379$hi;
      i64toi32_i32$5 = $49($29_1 | 0, i64toi32_i32$0 | 0, $379 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $380 = i64toi32_i32$5;
      $380$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $50($0_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $27_1 = i64toi32_i32$0;
      $27$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $380$hi;
      i64toi32_i32$0 = $27$hi;
      i64toi32_i32$0 = $16($380 | 0, i64toi32_i32$5 | 0, $27_1 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $4_1 = i64toi32_i32$0;
      $4$hi = i64toi32_i32$5;
      $33($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $24$hi;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = $27$hi;
      i64toi32_i32$5 = -1989351875;
      i64toi32_i32$0 = 1887380716;
      i64toi32_i32$0 = __wasm_i64_mul(-1828838841 | 0, i64toi32_i32$5 | 0, 711923849 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $390 = i64toi32_i32$0;
      $390$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $27$hi;
      i64toi32_i32$0 = $390$hi;
      i64toi32_i32$0 = $16($27_1 | 0, i64toi32_i32$5 | 0, $390 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $391 = i64toi32_i32$0;
      $391$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$0 = $391$hi;
      i64toi32_i32$0 = $49($18_1 | 0, i64toi32_i32$5 | 0, $391 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $392 = i64toi32_i32$0;
      $392$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $24$hi;
      i64toi32_i32$0 = $392$hi;
      i64toi32_i32$0 = $16($24_1 | 0, i64toi32_i32$5 | 0, $392 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $28($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $51($0_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$5;
      $29$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $52($0_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$0;
      $18$hi = i64toi32_i32$5;
      i64toi32_i32$5 = 25698165;
      i64toi32_i32$0 = 1707069926;
      i64toi32_i32$0 = __wasm_i64_mul(1897790111 | 0, i64toi32_i32$5 | 0, 1887526561 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $401 = i64toi32_i32$0;
      $401$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$0 = $401$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$5 | 0, $401 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $402 = i64toi32_i32$0;
      $402$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$0 = $402$hi;
      i64toi32_i32$0 = $49($29_1 | 0, i64toi32_i32$5 | 0, $402 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $403 = i64toi32_i32$0;
      $403$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $7($0_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $7_1 = i64toi32_i32$5;
      $7$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $403$hi;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$5 = $16($403 | 0, i64toi32_i32$0 | 0, $7_1 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $6_1 = i64toi32_i32$5;
      $6$hi = i64toi32_i32$0;
      $22($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$0 = $15($0_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $8_1 = i64toi32_i32$0;
      $8$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = -614833312;
      i64toi32_i32$4 = 461641290;
      i64toi32_i32$0 = 614833311;
      i64toi32_i32$3 = -461641291;
      i64toi32_i32$0 = i64toi32_i32$5 ^ i64toi32_i32$0 | 0;
      $415 = i64toi32_i32$4 ^ i64toi32_i32$3 | 0;
      $415$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$4 = $415$hi;
      i64toi32_i32$4 = $16($29_1 | 0, i64toi32_i32$0 | 0, $415 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $416 = i64toi32_i32$4;
      $416$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $8$hi;
      i64toi32_i32$4 = $416$hi;
      i64toi32_i32$4 = $49($8_1 | 0, i64toi32_i32$0 | 0, $416 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $417 = i64toi32_i32$4;
      $417$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$4 = $417$hi;
      i64toi32_i32$4 = $16($18_1 | 0, i64toi32_i32$0 | 0, $417 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $5_1 = i64toi32_i32$4;
      $5$hi = i64toi32_i32$0;
      $27($0_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$0 = $53($0_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $9_1 = i64toi32_i32$0;
      $9$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $8$hi;
      i64toi32_i32$4 = -1836703063;
      i64toi32_i32$0 = 371273636;
      i64toi32_i32$0 = __wasm_i64_mul(-203724671 | 0, i64toi32_i32$4 | 0, -598529921 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $426 = i64toi32_i32$0;
      $426$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $8$hi;
      i64toi32_i32$0 = $426$hi;
      i64toi32_i32$0 = $16($8_1 | 0, i64toi32_i32$4 | 0, $426 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $427 = i64toi32_i32$0;
      $427$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $9$hi;
      i64toi32_i32$0 = $427$hi;
      i64toi32_i32$0 = $49($9_1 | 0, i64toi32_i32$4 | 0, $427 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $428 = i64toi32_i32$0;
      $428$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $29$hi;
      i64toi32_i32$0 = $428$hi;
      i64toi32_i32$0 = $16($29_1 | 0, i64toi32_i32$4 | 0, $428 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $3_1 = i64toi32_i32$0;
      $3$hi = i64toi32_i32$4;
      $32($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $8$hi;
      i64toi32_i32$4 = $7$hi;
      i64toi32_i32$4 = $9$hi;
      i64toi32_i32$4 = -1427732487;
      i64toi32_i32$5 = -2067403989;
      i64toi32_i32$0 = 1427732486;
      i64toi32_i32$3 = 2067403988;
      i64toi32_i32$0 = i64toi32_i32$4 ^ i64toi32_i32$0 | 0;
      $435 = i64toi32_i32$5 ^ i64toi32_i32$3 | 0;
      $435$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $9$hi;
      i64toi32_i32$5 = $435$hi;
      i64toi32_i32$5 = $16($9_1 | 0, i64toi32_i32$0 | 0, $435 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $436 = i64toi32_i32$5;
      $436$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $7$hi;
      i64toi32_i32$5 = $436$hi;
      i64toi32_i32$5 = $49($7_1 | 0, i64toi32_i32$0 | 0, $436 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $437 = i64toi32_i32$5;
      $437$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $8$hi;
      i64toi32_i32$5 = $437$hi;
      i64toi32_i32$5 = $16($8_1 | 0, i64toi32_i32$0 | 0, $437 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $14_1 = i64toi32_i32$5;
      $14$hi = i64toi32_i32$0;
      $37($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $9$hi;
      i64toi32_i32$0 = $18$hi;
      i64toi32_i32$0 = $7$hi;
      i64toi32_i32$0 = -286319957;
      i64toi32_i32$4 = -848470229;
      i64toi32_i32$5 = 286319956;
      i64toi32_i32$3 = 848470228;
      i64toi32_i32$5 = i64toi32_i32$0 ^ i64toi32_i32$5 | 0;
      $444 = i64toi32_i32$4 ^ i64toi32_i32$3 | 0;
      $444$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$4 = $444$hi;
      i64toi32_i32$4 = $16($7_1 | 0, i64toi32_i32$5 | 0, $444 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $445 = i64toi32_i32$4;
      $445$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$4 = $445$hi;
      i64toi32_i32$4 = $49($18_1 | 0, i64toi32_i32$5 | 0, $445 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $446 = i64toi32_i32$4;
      $446$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $9$hi;
      i64toi32_i32$4 = $446$hi;
      i64toi32_i32$4 = $16($9_1 | 0, i64toi32_i32$5 | 0, $446 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $10_1 = i64toi32_i32$4;
      $10$hi = i64toi32_i32$5;
      $42($0_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $54($0_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$5;
      $29$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $55($0_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$4;
      $18$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $56($0_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $7_1 = i64toi32_i32$5;
      $7$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $6($0_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $8_1 = i64toi32_i32$4;
      $8$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $11($0_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $11_1 = i64toi32_i32$5;
      $11$hi = i64toi32_i32$4;
      i64toi32_i32$4 = -1467670635;
      i64toi32_i32$5 = 845205225;
      i64toi32_i32$5 = __wasm_i64_mul(-1620940907 | 0, i64toi32_i32$4 | 0, -1984277437 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $463 = i64toi32_i32$5;
      $463$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $11$hi;
      i64toi32_i32$5 = $463$hi;
      i64toi32_i32$5 = $16($11_1 | 0, i64toi32_i32$4 | 0, $463 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $464 = i64toi32_i32$5;
      $464$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $8$hi;
      i64toi32_i32$5 = $464$hi;
      i64toi32_i32$5 = $49($8_1 | 0, i64toi32_i32$4 | 0, $464 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $465 = i64toi32_i32$5;
      $465$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $7$hi;
      i64toi32_i32$5 = $465$hi;
      i64toi32_i32$5 = $16($7_1 | 0, i64toi32_i32$4 | 0, $465 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $9_1 = i64toi32_i32$5;
      $9$hi = i64toi32_i32$4;
      $41($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$4 | 0);
      $468 = $0_1;
      i64toi32_i32$4 = $18$hi;
      $469 = $18_1;
      $469$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $11$hi;
      $470 = $11_1;
      $470$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $7$hi;
      $471 = $7_1;
      $471$hi = i64toi32_i32$4;
      i64toi32_i32$4 = 1194257311;
      i64toi32_i32$0 = 917816516;
      i64toi32_i32$5 = -1194257312;
      i64toi32_i32$3 = -917816517;
      i64toi32_i32$2 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
      i64toi32_i32$1 = i64toi32_i32$4 + i64toi32_i32$5 | 0;
      if (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$1 = i64toi32_i32$1 + 1 | 0
      }
      $472$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $471$hi;
      i64toi32_i32$0 = $472$hi;
      i64toi32_i32$0 = $16($471 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $473 = i64toi32_i32$0;
      $473$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $470$hi;
      i64toi32_i32$0 = $473$hi;
      i64toi32_i32$0 = $49($470 | 0, i64toi32_i32$1 | 0, $473 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $474 = i64toi32_i32$0;
      $474$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $469$hi;
      i64toi32_i32$0 = $474$hi;
      i64toi32_i32$0 = $16($469 | 0, i64toi32_i32$1 | 0, $474 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $13_1 = i64toi32_i32$0;
      $13$hi = i64toi32_i32$1;
      $36($468 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$1 = 44671121;
      i64toi32_i32$0 = -876836032;
      i64toi32_i32$0 = __wasm_i64_mul(1124069073 | 0, i64toi32_i32$1 | 0, -432351793 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $481 = i64toi32_i32$0;
      $481$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$0 = $481$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$1 | 0, $481 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $482 = i64toi32_i32$0;
      $482$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $7$hi;
      i64toi32_i32$0 = $482$hi;
      i64toi32_i32$0 = $49($7_1 | 0, i64toi32_i32$1 | 0, $482 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $483 = i64toi32_i32$0;
      $483$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$0 = $483$hi;
      i64toi32_i32$0 = $16($29_1 | 0, i64toi32_i32$1 | 0, $483 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $17_1 = i64toi32_i32$0;
      $17$hi = i64toi32_i32$1;
      $31($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
      $486 = $0_1;
      i64toi32_i32$1 = $8$hi;
      $487 = $8_1;
      $487$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $18$hi;
      $488 = $18_1;
      $488$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      $489 = $29_1;
      $489$hi = i64toi32_i32$1;
      i64toi32_i32$1 = -2044313958;
      i64toi32_i32$4 = -1002364532;
      i64toi32_i32$0 = 2044313957;
      i64toi32_i32$3 = 1002364531;
      i64toi32_i32$5 = i64toi32_i32$4 + i64toi32_i32$3 | 0;
      i64toi32_i32$2 = i64toi32_i32$1 + i64toi32_i32$0 | 0;
      if (i64toi32_i32$5 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$2 = i64toi32_i32$2 + 1 | 0
      }
      $490$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $489$hi;
      i64toi32_i32$4 = $490$hi;
      i64toi32_i32$4 = $16($489 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $491 = i64toi32_i32$4;
      $491$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $488$hi;
      i64toi32_i32$4 = $491$hi;
      i64toi32_i32$4 = $49($488 | 0, i64toi32_i32$2 | 0, $491 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $492 = i64toi32_i32$4;
      $492$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $487$hi;
      i64toi32_i32$4 = $492$hi;
      i64toi32_i32$4 = $16($487 | 0, i64toi32_i32$2 | 0, $492 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $20_1 = i64toi32_i32$4;
      $20$hi = i64toi32_i32$2;
      $26($486 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0);
      $495 = $0_1;
      i64toi32_i32$2 = $11$hi;
      $496 = $11_1;
      $496$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      $497 = $29_1;
      $497$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $8$hi;
      $498 = $8_1;
      $498$hi = i64toi32_i32$2;
      i64toi32_i32$2 = 704801763;
      i64toi32_i32$1 = 1766272478;
      i64toi32_i32$4 = -704801764;
      i64toi32_i32$3 = -1766272479;
      i64toi32_i32$0 = i64toi32_i32$1 + i64toi32_i32$3 | 0;
      i64toi32_i32$5 = i64toi32_i32$2 + i64toi32_i32$4 | 0;
      if (i64toi32_i32$0 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
      }
      $499$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $498$hi;
      i64toi32_i32$1 = $499$hi;
      i64toi32_i32$1 = $16($498 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $500 = i64toi32_i32$1;
      $500$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $497$hi;
      i64toi32_i32$1 = $500$hi;
      i64toi32_i32$1 = $49($497 | 0, i64toi32_i32$5 | 0, $500 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $501 = i64toi32_i32$1;
      $501$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $496$hi;
      i64toi32_i32$1 = $501$hi;
      i64toi32_i32$1 = $16($496 | 0, i64toi32_i32$5 | 0, $501 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $23_1 = i64toi32_i32$1;
      $23$hi = i64toi32_i32$5;
      $21($495 | 0, i64toi32_i32$1 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $14($0_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$5;
      $29$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $5($0_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$1;
      $18$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $12($0_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $7_1 = i64toi32_i32$5;
      $7$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $57($0_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $11_1 = i64toi32_i32$1;
      $11$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $58($0_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $15_1 = i64toi32_i32$5;
      $15$hi = i64toi32_i32$1;
      i64toi32_i32$1 = 181356505;
      i64toi32_i32$2 = -198860830;
      i64toi32_i32$5 = -181356506;
      i64toi32_i32$3 = 198860829;
      i64toi32_i32$5 = i64toi32_i32$1 ^ i64toi32_i32$5 | 0;
      $518 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $518$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $15$hi;
      i64toi32_i32$2 = $518$hi;
      i64toi32_i32$2 = $16($15_1 | 0, i64toi32_i32$5 | 0, $518 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $519 = i64toi32_i32$2;
      $519$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $11$hi;
      i64toi32_i32$2 = $519$hi;
      i64toi32_i32$2 = $49($11_1 | 0, i64toi32_i32$5 | 0, $519 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $520 = i64toi32_i32$2;
      $520$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$2 = $520$hi;
      i64toi32_i32$2 = $16($7_1 | 0, i64toi32_i32$5 | 0, $520 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $8_1 = i64toi32_i32$2;
      $8$hi = i64toi32_i32$5;
      $40($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = $15$hi;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$5 = -1062395417;
      i64toi32_i32$2 = 59510786;
      i64toi32_i32$2 = __wasm_i64_mul(572480251 | 0, i64toi32_i32$5 | 0, -1533845555 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $527 = i64toi32_i32$2;
      $527$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$2 = $527$hi;
      i64toi32_i32$2 = $16($7_1 | 0, i64toi32_i32$5 | 0, $527 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $528 = i64toi32_i32$2;
      $528$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $15$hi;
      i64toi32_i32$2 = $528$hi;
      i64toi32_i32$2 = $49($15_1 | 0, i64toi32_i32$5 | 0, $528 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $529 = i64toi32_i32$2;
      $529$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$2 = $529$hi;
      i64toi32_i32$2 = $16($18_1 | 0, i64toi32_i32$5 | 0, $529 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $12_1 = i64toi32_i32$2;
      $12$hi = i64toi32_i32$5;
      $35($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$5 = 142694546;
      i64toi32_i32$2 = 503916357;
      i64toi32_i32$2 = __wasm_i64_mul(395933535 | 0, i64toi32_i32$5 | 0, -311075999 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $536 = i64toi32_i32$2;
      $536$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $18$hi;
      i64toi32_i32$2 = $536$hi;
      i64toi32_i32$2 = $16($18_1 | 0, i64toi32_i32$5 | 0, $536 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $537 = i64toi32_i32$2;
      $537$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $7$hi;
      i64toi32_i32$2 = $537$hi;
      i64toi32_i32$2 = $49($7_1 | 0, i64toi32_i32$5 | 0, $537 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $538 = i64toi32_i32$2;
      $538$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $29$hi;
      i64toi32_i32$2 = $538$hi;
      i64toi32_i32$2 = $16($29_1 | 0, i64toi32_i32$5 | 0, $538 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $16_1 = i64toi32_i32$2;
      $16$hi = i64toi32_i32$5;
      $30($0_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      $541 = $0_1;
      i64toi32_i32$5 = $11$hi;
      $542 = $11_1;
      $542$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $18$hi;
      $543 = $18_1;
      $543$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $29$hi;
      $544 = $29_1;
      $544$hi = i64toi32_i32$5;
      i64toi32_i32$5 = 1025258955;
      i64toi32_i32$1 = -1045747720;
      i64toi32_i32$2 = -1025258956;
      i64toi32_i32$3 = 1045747719;
      i64toi32_i32$4 = i64toi32_i32$1 + i64toi32_i32$3 | 0;
      i64toi32_i32$0 = i64toi32_i32$5 + i64toi32_i32$2 | 0;
      if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$0 = i64toi32_i32$0 + 1 | 0
      }
      $545$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $544$hi;
      i64toi32_i32$1 = $545$hi;
      i64toi32_i32$1 = $16($544 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $546 = i64toi32_i32$1;
      $546$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $543$hi;
      i64toi32_i32$1 = $546$hi;
      i64toi32_i32$1 = $49($543 | 0, i64toi32_i32$0 | 0, $546 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $547 = i64toi32_i32$1;
      $547$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $542$hi;
      i64toi32_i32$1 = $547$hi;
      i64toi32_i32$1 = $16($542 | 0, i64toi32_i32$0 | 0, $547 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $19_1 = i64toi32_i32$1;
      $19$hi = i64toi32_i32$0;
      $25($541 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $15$hi;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$0 = $11$hi;
      i64toi32_i32$0 = -1497724587;
      i64toi32_i32$1 = -1441103292;
      i64toi32_i32$1 = __wasm_i64_mul(-1339621463 | 0, i64toi32_i32$0 | 0, 1711795047 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $554 = i64toi32_i32$1;
      $554$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $11$hi;
      i64toi32_i32$1 = $554$hi;
      i64toi32_i32$1 = $16($11_1 | 0, i64toi32_i32$0 | 0, $554 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $555 = i64toi32_i32$1;
      $555$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $29$hi;
      i64toi32_i32$1 = $555$hi;
      i64toi32_i32$1 = $49($29_1 | 0, i64toi32_i32$0 | 0, $555 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $556 = i64toi32_i32$1;
      $556$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $15$hi;
      i64toi32_i32$1 = $556$hi;
      i64toi32_i32$1 = $16($15_1 | 0, i64toi32_i32$0 | 0, $556 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $22_1 = i64toi32_i32$1;
      $22$hi = i64toi32_i32$0;
      $20($0_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $13($0_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $29_1 = i64toi32_i32$0;
      $29$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $59($0_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$1;
      $18$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $9($0_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $15_1 = i64toi32_i32$0;
      $15$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $60($0_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $21_1 = i64toi32_i32$1;
      $21$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $61($0_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $28_1 = i64toi32_i32$0;
      $28$hi = i64toi32_i32$1;
      i64toi32_i32$1 = -1668004781;
      i64toi32_i32$5 = -660988938;
      i64toi32_i32$0 = 1668004780;
      i64toi32_i32$3 = 660988937;
      i64toi32_i32$0 = i64toi32_i32$1 ^ i64toi32_i32$0 | 0;
      $573 = i64toi32_i32$5 ^ i64toi32_i32$3 | 0;
      $573$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $28$hi;
      i64toi32_i32$5 = $573$hi;
      i64toi32_i32$5 = $16($28_1 | 0, i64toi32_i32$0 | 0, $573 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $574 = i64toi32_i32$5;
      $574$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $21$hi;
      i64toi32_i32$5 = $574$hi;
      i64toi32_i32$5 = $49($21_1 | 0, i64toi32_i32$0 | 0, $574 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $575 = i64toi32_i32$5;
      $575$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $15$hi;
      i64toi32_i32$5 = $575$hi;
      i64toi32_i32$5 = $16($15_1 | 0, i64toi32_i32$0 | 0, $575 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $7_1 = i64toi32_i32$5;
      $7$hi = i64toi32_i32$0;
      $39($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0);
      $578 = $0_1;
      i64toi32_i32$0 = $18$hi;
      $579 = $18_1;
      $579$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $28$hi;
      $580 = $28_1;
      $580$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $15$hi;
      $581 = $15_1;
      $581$hi = i64toi32_i32$0;
      i64toi32_i32$0 = -1533806170;
      i64toi32_i32$1 = 1470594267;
      i64toi32_i32$5 = 1533806169;
      i64toi32_i32$3 = -1470594268;
      i64toi32_i32$2 = i64toi32_i32$1 + i64toi32_i32$3 | 0;
      i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$5 | 0;
      if (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
      }
      $582$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $581$hi;
      i64toi32_i32$1 = $582$hi;
      i64toi32_i32$1 = $16($581 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $583 = i64toi32_i32$1;
      $583$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $580$hi;
      i64toi32_i32$1 = $583$hi;
      i64toi32_i32$1 = $49($580 | 0, i64toi32_i32$4 | 0, $583 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $584 = i64toi32_i32$1;
      $584$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $579$hi;
      i64toi32_i32$1 = $584$hi;
      i64toi32_i32$1 = $16($579 | 0, i64toi32_i32$4 | 0, $584 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $11_1 = i64toi32_i32$1;
      $11$hi = i64toi32_i32$4;
      $34($578 | 0, i64toi32_i32$1 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $29$hi;
      i64toi32_i32$4 = $15$hi;
      i64toi32_i32$4 = $18$hi;
      i64toi32_i32$4 = 2031481542;
      i64toi32_i32$0 = 1251113598;
      i64toi32_i32$1 = -2031481543;
      i64toi32_i32$3 = -1251113599;
      i64toi32_i32$1 = i64toi32_i32$4 ^ i64toi32_i32$1 | 0;
      $591 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $591$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $18$hi;
      i64toi32_i32$0 = $591$hi;
      i64toi32_i32$0 = $16($18_1 | 0, i64toi32_i32$1 | 0, $591 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $592 = i64toi32_i32$0;
      $592$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $15$hi;
      i64toi32_i32$0 = $592$hi;
      i64toi32_i32$0 = $49($15_1 | 0, i64toi32_i32$1 | 0, $592 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $593 = i64toi32_i32$0;
      $593$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      i64toi32_i32$0 = $593$hi;
      i64toi32_i32$0 = $16($29_1 | 0, i64toi32_i32$1 | 0, $593 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $15_1 = i64toi32_i32$0;
      $15$hi = i64toi32_i32$1;
      $29($0_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
      $596 = $0_1;
      i64toi32_i32$1 = $21$hi;
      $597 = $21_1;
      $597$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $18$hi;
      $598 = $18_1;
      $598$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $29$hi;
      $599 = $29_1;
      $599$hi = i64toi32_i32$1;
      i64toi32_i32$1 = 1763802011;
      i64toi32_i32$4 = 1047306749;
      i64toi32_i32$0 = -1763802012;
      i64toi32_i32$3 = -1047306750;
      i64toi32_i32$5 = i64toi32_i32$4 + i64toi32_i32$3 | 0;
      i64toi32_i32$2 = i64toi32_i32$1 + i64toi32_i32$0 | 0;
      if (i64toi32_i32$5 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$2 = i64toi32_i32$2 + 1 | 0
      }
      $600$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $599$hi;
      i64toi32_i32$4 = $600$hi;
      i64toi32_i32$4 = $16($599 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $601 = i64toi32_i32$4;
      $601$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $598$hi;
      i64toi32_i32$4 = $601$hi;
      i64toi32_i32$4 = $49($598 | 0, i64toi32_i32$2 | 0, $601 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $602 = i64toi32_i32$4;
      $602$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $597$hi;
      i64toi32_i32$4 = $602$hi;
      i64toi32_i32$4 = $16($597 | 0, i64toi32_i32$2 | 0, $602 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$4;
      $18$hi = i64toi32_i32$2;
      $24($596 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0);
      $605 = $0_1;
      i64toi32_i32$2 = $28$hi;
      $606 = $28_1;
      $606$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $29$hi;
      $607 = $29_1;
      $607$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $21$hi;
      $608 = $21_1;
      $608$hi = i64toi32_i32$2;
      i64toi32_i32$2 = -1624566656;
      i64toi32_i32$1 = -566918160;
      i64toi32_i32$4 = 1624566655;
      i64toi32_i32$3 = 566918159;
      i64toi32_i32$0 = i64toi32_i32$1 + i64toi32_i32$3 | 0;
      i64toi32_i32$5 = i64toi32_i32$2 + i64toi32_i32$4 | 0;
      if (i64toi32_i32$0 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
      }
      $609$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $608$hi;
      i64toi32_i32$1 = $609$hi;
      i64toi32_i32$1 = $16($608 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $610 = i64toi32_i32$1;
      $610$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $607$hi;
      i64toi32_i32$1 = $610$hi;
      i64toi32_i32$1 = $49($607 | 0, i64toi32_i32$5 | 0, $610 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $611 = i64toi32_i32$1;
      $611$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $606$hi;
      i64toi32_i32$1 = $611$hi;
      i64toi32_i32$1 = $16($606 | 0, i64toi32_i32$5 | 0, $611 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $21_1 = i64toi32_i32$1;
      $21$hi = i64toi32_i32$5;
      $19($605 | 0, i64toi32_i32$1 | 0, i64toi32_i32$5 | 0);
      i64toi32_i32$5 = $26$hi;
      i64toi32_i32$5 = $27$hi;
      i64toi32_i32$5 = $24$hi;
      i64toi32_i32$5 = 1582646114;
      i64toi32_i32$1 = 458471998;
      i64toi32_i32$1 = __wasm_i64_mul(1919290553 | 0, i64toi32_i32$5 | 0, -1744714121 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $618 = i64toi32_i32$1;
      $618$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $24$hi;
      i64toi32_i32$1 = $618$hi;
      i64toi32_i32$1 = $16($24_1 | 0, i64toi32_i32$5 | 0, $618 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $619 = i64toi32_i32$1;
      $619$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $27$hi;
      i64toi32_i32$1 = $619$hi;
      i64toi32_i32$1 = $49($27_1 | 0, i64toi32_i32$5 | 0, $619 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $620 = i64toi32_i32$1;
      $620$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $62($25_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $622 = i64toi32_i32$5;
      $622$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $620$hi;
      i64toi32_i32$5 = $622$hi;
      i64toi32_i32$5 = $16($620 | 0, i64toi32_i32$1 | 0, $622 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $623 = i64toi32_i32$5;
      $623$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $26$hi;
      i64toi32_i32$5 = $623$hi;
      i64toi32_i32$5 = $16($26_1 | 0, i64toi32_i32$1 | 0, $623 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $24_1 = i64toi32_i32$5;
      $24$hi = i64toi32_i32$1;
      $23($0_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$1 | 0);
      $25_1 = $44($25_1 | 0, Math_imul(-2135547e3, -986415983) | 0) | 0;
      if (($25_1 | 0) != (Math_imul(331091520, -1279395301) | 0)) {
       continue label2
      }
      break label2;
     };
     return;
    case 12:
     i64toi32_i32$1 = $52($0_1 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $5_1 = i64toi32_i32$1;
     $5$hi = i64toi32_i32$5;
     $45_1 = 765569026 ^ 765569024 | 0;
     continue label;
    case 13:
     i64toi32_i32$5 = $53($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $10_1 = i64toi32_i32$5;
     $10$hi = i64toi32_i32$1;
     $45_1 = -1326732113 ^ -1326732098 | 0;
     continue label;
    case 14:
     i64toi32_i32$1 = $47($0_1 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $24_1 = i64toi32_i32$1;
     $24$hi = i64toi32_i32$5;
     $45_1 = Math_imul(-249665676, -840458167);
     continue label;
    case 15:
     i64toi32_i32$5 = $55($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $13_1 = i64toi32_i32$5;
     $13$hi = i64toi32_i32$1;
     $45_1 = 222637402 + -222637392 | 0;
     continue label;
    case 16:
     i64toi32_i32$1 = $51($0_1 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $3_1 = i64toi32_i32$1;
     $3$hi = i64toi32_i32$5;
     $45_1 = -1128057949 + 1128057972 | 0;
     continue label;
    case 17:
     i64toi32_i32$5 = $59($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $11_1 = i64toi32_i32$5;
     $11$hi = i64toi32_i32$1;
     $45_1 = 1177967905 + -1177967905 | 0;
     continue label;
    case 18:
     i64toi32_i32$1 = $61($0_1 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $21_1 = i64toi32_i32$1;
     $21$hi = i64toi32_i32$5;
     $45_1 = -1454731002 ^ -1454730989 | 0;
     continue label;
    case 19:
     i64toi32_i32$5 = $60($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $18_1 = i64toi32_i32$5;
     $18$hi = i64toi32_i32$1;
     $45_1 = -113592295 ^ -113592305 | 0;
     continue label;
    case 20:
     $25_1 = Math_imul(0, -989684303);
     $45_1 = -262338199 + 262338210 | 0;
     continue label;
    case 21:
     i64toi32_i32$1 = $58($0_1 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $22_1 = i64toi32_i32$1;
     $22$hi = i64toi32_i32$5;
     $45_1 = Math_imul(-762115682, -1014298995);
     continue label;
    case 22:
     i64toi32_i32$5 = $57($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $19_1 = i64toi32_i32$5;
     $19$hi = i64toi32_i32$1;
     $45_1 = -503068961 ^ -503068962 | 0;
     continue label;
    case 23:
     i64toi32_i32$1 = $50($0_1 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $4_1 = i64toi32_i32$1;
     $4$hi = i64toi32_i32$5;
     $45_1 = -997908430 + 997908442 | 0;
     continue label;
    case 24:
     i64toi32_i32$5 = $56($0_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $9_1 = i64toi32_i32$5;
     $9$hi = i64toi32_i32$1;
     $45_1 = -83217849 ^ -83217846 | 0;
     continue label;
    default:
     break block25;
    };
   }
   i64toi32_i32$1 = $54($0_1 | 0) | 0;
   i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
   $17_1 = i64toi32_i32$1;
   $17$hi = i64toi32_i32$5;
   $45_1 = -1052087166 ^ -1052087151 | 0;
   continue label;
  };
 }
 
 function $1($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  var $36_1 = 0, $18_1 = 0, $19_1 = 0, $11_1 = 0, $12_1 = 0, $15_1 = 0, $7_1 = 0, $14_1 = 0, $10_1 = 0, $16_1 = 0, $8_1 = 0, $13_1 = 0, $9_1 = 0, $20_1 = 0, $21_1 = 0, $17_1 = 0, $22_1 = 0, $107_1 = 0, $6_1 = 0, $2_1 = 0, $4_1 = 0, $5_1 = 0, $166_1 = 0, $3_1 = 0, $286 = 0, $326 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1858048880 ^ -1061850217 | 0;
   global$3 = HEAP32[(0 + 2712 | 0) >> 2] | 0;
  }
  $36_1 = -1618381950 ^ -1618381922 | 0;
  label : while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
    global$3 = -263678614 ^ -53518307 | 0;
    global$3 = HEAP32[(0 + 35076 | 0) >> 2] | 0;
   }
   block28 : {
    switch ($36_1 | 0) {
    case 0:
     $20_1 = $63($11_1 | 0) | 0;
     $13_1 = $63($13_1 | 0) | 0;
     $21_1 = $64($20_1 | 0, $13_1 | 0) | 0;
     $11_1 = $63($14_1 | 0) | 0;
     $14_1 = $64($13_1 | 0, $11_1 | 0) | 0;
     $107_1 = $64($64($46($14_1 | 0, 385348442 ^ 385348443 | 0 | 0) | 0 | 0, $66($65($14_1 << 24 >> 24 | 0, -1130398366 + 1130398373 | 0 | 0) | 0 | 0, 226398064 + -226398037 | 0 | 0) | 0 | 0) | 0 | 0, $67($1_1 | 0) | 0 | 0) | 0;
     $12_1 = $63($12_1 | 0) | 0;
     $68($0_1 | 0, $64($21_1 | 0, $64($107_1 | 0, $12_1 | 0) | 0 | 0) | 0 | 0);
     $36_1 = Math_imul(-692990618, -951350435);
     continue label;
    case 1:
     $13_1 = $69($0_1 | 0) | 0;
     $36_1 = 1456135098 ^ 1456135085 | 0;
     continue label;
    case 2:
     $10_1 = $64($18_1 | 0, $19_1 | 0) | 0;
     $70($0_1 | 0, $64($15_1 | 0, $64($16_1 | 0, $64($18_1 | 0, $64($6_1 | 0, $64($46($10_1 | 0, Math_imul(-436468747, -1650569123) | 0) | 0 | 0, $66($65($10_1 << 24 >> 24 | 0, Math_imul(-926562663, 2077900703) | 0) | 0 | 0, -13759100 ^ -13759073 | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = -186113131 ^ -186113149 | 0;
     continue label;
    case 3:
     $11_1 = $63($2_1 | 0) | 0;
     $12_1 = $63($4_1 | 0) | 0;
     $15_1 = $64($11_1 | 0, $12_1 | 0) | 0;
     $18_1 = $63($5_1 | 0) | 0;
     $19_1 = $64($12_1 | 0, $18_1 | 0) | 0;
     $166_1 = $64($64($46($19_1 | 0, Math_imul(279926355, 2066177499) | 0) | 0 | 0, $66($65($19_1 << 24 >> 24 | 0, Math_imul(255218713, 93092127) | 0) | 0 | 0, Math_imul(-63114135, -1980485661) | 0) | 0 | 0) | 0 | 0, $71($1_1 | 0) | 0 | 0) | 0;
     $19_1 = $63($3_1 | 0) | 0;
     $72($0_1 | 0, $64($15_1 | 0, $64($166_1 | 0, $19_1 | 0) | 0 | 0) | 0 | 0);
     $36_1 = -1365276863 + 1365276879 | 0;
     continue label;
    case 4:
     $18_1 = $64($11_1 | 0, $12_1 | 0) | 0;
     $74($0_1 | 0, $64($20_1 | 0, $64($13_1 | 0, $64($11_1 | 0, $64($64($46($18_1 | 0, -883662620 + 883662621 | 0 | 0) | 0 | 0, $66($65($18_1 << 24 >> 24 | 0, -696678749 ^ -696678748 | 0 | 0) | 0 | 0, 298120688 ^ 298120683 | 0 | 0) | 0 | 0) | 0 | 0, $73($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = Math_imul(1253476095, 865387237);
     continue label;
    case 5:
     $7_1 = $64($18_1 | 0, $19_1 | 0) | 0;
     $76($0_1 | 0, $64($11_1 | 0, $64($12_1 | 0, $64($18_1 | 0, $64($64($46($7_1 | 0, 1438294480 ^ 1438294481 | 0 | 0) | 0 | 0, $66($65($7_1 << 24 >> 24 | 0, -981059179 ^ -981059182 | 0 | 0) | 0 | 0, 1424743584 + -1424743557 | 0 | 0) | 0 | 0) | 0 | 0, $75($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = Math_imul(441490153, -345656599);
     continue label;
    case 6:
     $9_1 = $77($0_1 | 0) | 0;
     $36_1 = -1929011680 + 1929011698 | 0;
     continue label;
    case 7:
     $12_1 = $73($0_1 | 0) | 0;
     $36_1 = Math_imul(-1289081377, 1013304863);
     continue label;
    case 8:
     $15_1 = $64($15_1 | 0, $19_1 | 0) | 0;
     $79($0_1 | 0, $64($16_1 | 0, $64($18_1 | 0, $64($19_1 | 0, $64($64($46($15_1 | 0, 1345481135 ^ 1345481134 | 0 | 0) | 0 | 0, $66($65($15_1 << 24 >> 24 | 0, Math_imul(-1044327765, 1322002453) | 0) | 0 | 0, Math_imul(863741047, -1410638211) | 0) | 0 | 0) | 0 | 0, $78($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = Math_imul(-128868924, -170034799);
     continue label;
    case 9:
     $3_1 = $75($0_1 | 0) | 0;
     $36_1 = -1665579275 + 1665579288 | 0;
     continue label;
    case 10:
     $6_1 = $80($1_1 | 0) | 0;
     $36_1 = -1840315700 ^ -1840315690 | 0;
     continue label;
    case 11:
     $15_1 = $63($81($0_1 | 0) | 0 | 0) | 0;
     $16_1 = $63($82($0_1 | 0) | 0 | 0) | 0;
     $17_1 = $64($15_1 | 0, $16_1 | 0) | 0;
     $18_1 = $63($67($0_1 | 0) | 0 | 0) | 0;
     $19_1 = $64($16_1 | 0, $18_1 | 0) | 0;
     $286 = $64($64($46($19_1 | 0, 375070250 ^ 375070251 | 0 | 0) | 0 | 0, $66($65($19_1 << 24 >> 24 | 0, Math_imul(796293151, 1423776537) | 0) | 0 | 0, Math_imul(469052903, -1874670163) | 0) | 0 | 0) | 0 | 0, $83($1_1 | 0) | 0 | 0) | 0;
     $19_1 = $63($80($0_1 | 0) | 0 | 0) | 0;
     $84($0_1 | 0, $64($17_1 | 0, $64($286 | 0, $19_1 | 0) | 0 | 0) | 0 | 0);
     $36_1 = -1508609772 + 1508609772 | 0;
     continue label;
    case 12:
     $11_1 = $78($0_1 | 0) | 0;
     $36_1 = Math_imul(-2073662067, -2013049629);
     continue label;
    case 13:
     $4_1 = $85($0_1 | 0) | 0;
     $36_1 = 31240904 ^ 31240912 | 0;
     continue label;
    case 14:
     $14_1 = $63($7_1 | 0) | 0;
     $9_1 = $63($9_1 | 0) | 0;
     $22_1 = $64($14_1 | 0, $9_1 | 0) | 0;
     $7_1 = $63($10_1 | 0) | 0;
     $10_1 = $64($9_1 | 0, $7_1 | 0) | 0;
     $326 = $64($64($46($10_1 | 0, -112437273 ^ -112437274 | 0 | 0) | 0 | 0, $66($65($10_1 << 24 >> 24 | 0, -1663772717 ^ -1663772716 | 0 | 0) | 0 | 0, -237240816 ^ -237240821 | 0 | 0) | 0 | 0) | 0 | 0, $86($1_1 | 0) | 0 | 0) | 0;
     $8_1 = $63($8_1 | 0) | 0;
     $87($0_1 | 0, $64($22_1 | 0, $64($326 | 0, $8_1 | 0) | 0 | 0) | 0 | 0);
     $36_1 = 1329407143 + -1329407141 | 0;
     continue label;
    case 15:
     $16_1 = $64($14_1 | 0, $8_1 | 0) | 0;
     $89($0_1 | 0, $64($9_1 | 0, $64($7_1 | 0, $64($8_1 | 0, $64($64($46($16_1 | 0, Math_imul(-2000238799, -79220271) | 0) | 0 | 0, $66($65($16_1 << 24 >> 24 | 0, Math_imul(-293112545, 360214553) | 0) | 0 | 0, Math_imul(1538532693, -218067025) | 0) | 0 | 0) | 0 | 0, $88($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = Math_imul(833609975, -1001102365);
     continue label;
    case 16:
     $90($0_1 | 0, $64($14_1 | 0, $64($7_1 | 0, $64($8_1 | 0, $64($64($46($22_1 | 0, -347537523 + 347537524 | 0 | 0) | 0 | 0, $66($65($22_1 << 24 >> 24 | 0, 1129645964 ^ 1129645963 | 0 | 0) | 0 | 0, 2138692330 + -2138692303 | 0 | 0) | 0 | 0) | 0 | 0, $82($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = 1640927510 + -1640927495 | 0;
     continue label;
    case 17:
     $91($0_1 | 0, $64($11_1 | 0, $64($18_1 | 0, $64($19_1 | 0, $64($64($46($15_1 | 0, Math_imul(-1596231161, -2023793737) | 0) | 0 | 0, $66($65($15_1 << 24 >> 24 | 0, 1375815331 ^ 1375815332 | 0 | 0) | 0 | 0, 1105539242 + -1105539215 | 0 | 0) | 0 | 0) | 0 | 0, $69($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = -462085227 ^ -462085247 | 0;
     continue label;
    case 18:
     $10_1 = $71($0_1 | 0) | 0;
     $36_1 = 1129371085 + -1129371073 | 0;
     continue label;
    case 19:
     $18_1 = $64($20_1 | 0, $12_1 | 0) | 0;
     $93($0_1 | 0, $64($13_1 | 0, $64($11_1 | 0, $64($12_1 | 0, $64($64($46($18_1 | 0, 1954367935 + -1954367934 | 0 | 0) | 0 | 0, $66($65($18_1 << 24 >> 24 | 0, 221870905 ^ 221870910 | 0 | 0) | 0 | 0, Math_imul(1611675103, 951051589) | 0) | 0 | 0) | 0 | 0, $92($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = -977689325 ^ -977689338 | 0;
     continue label;
    case 20:
     $11_1 = $64($11_1 | 0, $19_1 | 0) | 0;
     $94($0_1 | 0, $64($12_1 | 0, $64($18_1 | 0, $64($19_1 | 0, $64($64($46($11_1 | 0, -1234391765 + 1234391766 | 0 | 0) | 0 | 0, $66($65($11_1 << 24 >> 24 | 0, -823367938 ^ -823367943 | 0 | 0) | 0 | 0, 1411387385 + -1411387358 | 0 | 0) | 0 | 0) | 0 | 0, $81($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     return;
    case 21:
     $18_1 = $64($7_1 | 0, $8_1 | 0) | 0;
     $96($0_1 | 0, $64($14_1 | 0, $64($9_1 | 0, $64($7_1 | 0, $64($64($46($18_1 | 0, Math_imul(1826741933, -26921691) | 0) | 0 | 0, $66($65($18_1 << 24 >> 24 | 0, -267678475 + 267678482 | 0 | 0) | 0 | 0, 398817819 + -398817792 | 0 | 0) | 0 | 0) | 0 | 0, $95($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = -3352868 ^ -3352865 | 0;
     continue label;
    case 22:
     $97($0_1 | 0, $64($15_1 | 0, $64($18_1 | 0, $64($19_1 | 0, $64($64($46($17_1 | 0, -1909751647 ^ -1909751648 | 0 | 0) | 0 | 0, $66($65($17_1 << 24 >> 24 | 0, 1698239885 ^ 1698239882 | 0 | 0) | 0 | 0, -2016903987 ^ -2016903978 | 0 | 0) | 0 | 0) | 0 | 0, $77($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = -190232039 ^ -190232047 | 0;
     continue label;
    case 23:
     $14_1 = $86($0_1 | 0) | 0;
     $36_1 = 391533712 + -391533701 | 0;
     continue label;
    case 24:
     $5_1 = $83($0_1 | 0) | 0;
     $36_1 = 139898499 ^ 139898505 | 0;
     continue label;
    case 25:
     $8_1 = $95($0_1 | 0) | 0;
     $36_1 = -1036345526 ^ -1036345524 | 0;
     continue label;
    case 26:
     $7_1 = $92($0_1 | 0) | 0;
     $36_1 = Math_imul(1188007979, 1591020235);
     continue label;
    case 27:
     $98($0_1 | 0, $64($20_1 | 0, $64($11_1 | 0, $64($12_1 | 0, $64($64($46($21_1 | 0, -1181186891 ^ -1181186892 | 0 | 0) | 0 | 0, $66($65($21_1 << 24 >> 24 | 0, Math_imul(1169843131, 981885477) | 0) | 0 | 0, Math_imul(-61897377, -1304403259) | 0) | 0 | 0) | 0 | 0, $85($1_1 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0) | 0 | 0);
     $36_1 = -844205070 + 844205089 | 0;
     continue label;
    default:
     break block28;
    };
   }
   $2_1 = $88($0_1 | 0) | 0;
   $36_1 = Math_imul(1276296083, 1029402483);
   continue label;
  };
 }
 
 function $2($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$1 = 0, i64toi32_i32$4 = 0, i64toi32_i32$5 = 0, i64toi32_i32$3 = 0, $3_1 = 0, $35_1 = 0, $4_1 = 0, $12$hi = 0, $12_1 = 0, $11$hi = 0, $13$hi = 0, $14_1 = 0, $11_1 = 0, $13_1 = 0, $8_1 = 0, $14$hi = 0, $5_1 = 0, $10_1 = 0, $16$hi = 0, $6_1 = 0, $7_1 = 0, $9_1 = 0, $15$hi = 0, $15_1 = 0, $16_1 = 0, $81_1 = 0, $81$hi = 0, $83_1 = 0, $83$hi = 0, $90_1 = 0, $90$hi = 0, $95_1 = 0, $95$hi = 0, $100_1 = 0, $100$hi = 0, $105_1 = 0, $105$hi = 0, $142$hi = 0, $149$hi = 0, $227 = 0, $150_1 = 0, $150$hi = 0, $152$hi = 0, $154$hi = 0, $228 = 0, $155_1 = 0, $155$hi = 0, $157_1 = 0, $157$hi = 0, $158_1 = 0, $158$hi = 0, $183$hi = 0, $187$hi = 0, $229 = 0, $188 = 0, $188$hi = 0, $190 = 0, $190$hi = 0, $195 = 0, $195$hi = 0, $200 = 0, $200$hi = 0, $205 = 0, $205$hi = 0, $208 = 0, $209 = 0, $209$hi = 0, $210$hi = 0, $224 = 0, $226 = 0, $226$hi = 0, $227$hi = 0, $231$hi = 0, $232 = 0, $232$hi = 0, $237 = 0, $237$hi = 0, $251 = 0, $251$hi = 0, $256 = 0, $256$hi = 0, $259 = 0, $260 = 0, $260$hi = 0, $261$hi = 0, $266 = 0, $266$hi = 0, $276 = 0, $276$hi = 0, $283 = 0, $284 = 0, $284$hi = 0, $285$hi = 0, $290 = 0, $290$hi = 0, $295 = 0, $295$hi = 0, $304 = 0, $304$hi = 0, $309 = 0, $310 = 0, $310$hi = 0, $311$hi = 0, $331 = 0, $344$hi = 0, $353$hi = 0, $367 = 0, $367$hi = 0, $378 = 0, $378$hi = 0, $383 = 0, $383$hi = 0, $396 = 0, $396$hi = 0, $399 = 0, $400 = 0, $400$hi = 0, $401$hi = 0, $421 = 0, $421$hi = 0, $471 = 0, $474 = 0, $475 = 0, $475$hi = 0, $476$hi = 0, $481 = 0, $484 = 0, $485 = 0, $485$hi = 0, $486$hi = 0, $491 = 0, $494 = 0, $495 = 0, $495$hi = 0, $496$hi = 0, $17_1 = 0, $503 = 0, $505 = 0, $505$hi = 0, $18_1 = 0, $510 = 0, $512 = 0, $513 = 0, $513$hi = 0, $514$hi = 0, $19_1 = 0, $521 = 0, $523 = 0, $523$hi = 0, $20_1 = 0, $530 = 0, $532 = 0, $532$hi = 0, $577 = 0, $579$hi = 0, $580 = 0, $580$hi = 0, $581 = 0, $581$hi = 0, $582$hi = 0, $583 = 0, $583$hi = 0, $585 = 0, $585$hi = 0, $586$hi = 0, $587 = 0, $587$hi = 0, $588 = 0, $588$hi = 0, $590 = 0, $590$hi = 0, $591$hi = 0, $592 = 0, $592$hi = 0, $593$hi = 0, $594 = 0, $594$hi = 0, $603 = 0, $603$hi = 0, $605$hi = 0, $606 = 0, $606$hi = 0, $607 = 0, $607$hi = 0, $608 = 0, $608$hi = 0, $609 = 0, $609$hi = 0, $611 = 0, $611$hi = 0, $612 = 0, $612$hi = 0, $613 = 0, $613$hi = 0, $614$hi = 0, $230 = 0, $616 = 0, $616$hi = 0, $617 = 0, $617$hi = 0, $622 = 0, $622$hi = 0, $623 = 0, $623$hi = 0, $628 = 0, $628$hi = 0, $636 = 0, $638 = 0, $638$hi = 0, $639$hi = 0, $657 = 0, $662 = 0, $670 = 0, $671 = 0, $671$hi = 0, $672$hi = 0, $675 = 0, $676 = 0, $676$hi = 0, $677$hi = 0, $681 = 0, $681$hi = 0, $683 = 0, $683$hi = 0, $688 = 0, $688$hi = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1706584384 ^ -951719478 | 0;
   global$3 = HEAP32[(0 + 15028 | 0) >> 2] | 0;
  }
  $35_1 = -333019671 ^ -333019658 | 0;
  label : while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
    global$3 = -801742259 ^ -607559854 | 0;
    global$3 = HEAP32[(0 + 1928 | 0) >> 2] | 0;
   }
   block54 : {
    switch ($35_1 | 0) {
    case 0:
     i64toi32_i32$0 = $53($3_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $81_1 = i64toi32_i32$0;
     $81$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $51($3_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $83_1 = i64toi32_i32$1;
     $83$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $81$hi;
     i64toi32_i32$1 = $83$hi;
     i64toi32_i32$1 = $16($81_1 | 0, i64toi32_i32$0 | 0, $83_1 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $14_1 = i64toi32_i32$1;
     $14$hi = i64toi32_i32$0;
     $35_1 = Math_imul(-746899330, 1256344121);
     continue label;
    case 1:
     $1_1 = Math_imul(-1597246904, -1490103303);
     $35_1 = Math_imul(-1927403872, 1118083357);
     continue label;
    case 2:
     i64toi32_i32$0 = $11$hi;
     i64toi32_i32$0 = -1067630010;
     i64toi32_i32$2 = 1923557691;
     i64toi32_i32$1 = -1067630010;
     i64toi32_i32$3 = 1923557643;
     i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
     $90_1 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
     $90$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $11$hi;
     i64toi32_i32$2 = $90$hi;
     i64toi32_i32$2 = $99($11_1 | 0, i64toi32_i32$1 | 0, $90_1 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $100($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0);
     $35_1 = 1549971667 ^ 1549971687 | 0;
     continue label;
    case 3:
     i64toi32_i32$1 = $12$hi;
     i64toi32_i32$1 = 1114747869;
     i64toi32_i32$0 = 1454975476;
     i64toi32_i32$2 = 1114747869;
     i64toi32_i32$3 = 1454975484;
     i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
     $95_1 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
     $95$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$0 = $95$hi;
     i64toi32_i32$0 = $99($12_1 | 0, i64toi32_i32$2 | 0, $95_1 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $101($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$2 | 0);
     $35_1 = Math_imul(-1231185036, -767644387);
     continue label;
    case 4:
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$2 = -1773248680;
     i64toi32_i32$1 = 1300149630;
     i64toi32_i32$0 = -1773248680;
     i64toi32_i32$3 = 1300149574;
     i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
     $100_1 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
     $100$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$1 = $100$hi;
     i64toi32_i32$1 = $99($12_1 | 0, i64toi32_i32$0 | 0, $100_1 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $102($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
     $35_1 = -979540087 + 979540116 | 0;
     continue label;
    case 5:
     i64toi32_i32$0 = $13$hi;
     i64toi32_i32$0 = 1626570341;
     i64toi32_i32$1 = 1445510846;
     i64toi32_i32$1 = __wasm_i64_mul(-144716168 | 0, i64toi32_i32$0 | 0, 17909645 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $105_1 = i64toi32_i32$1;
     $105$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $13$hi;
     i64toi32_i32$1 = $105$hi;
     i64toi32_i32$1 = $99($13_1 | 0, i64toi32_i32$0 | 0, $105_1 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $103($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
     $35_1 = Math_imul(-936234821, 216128419);
     continue label;
    case 6:
     block55 : {
      if (!$1_1) {
       break block55
      }
      block56 : {
       if (($1_1 | 0) == (1037519218 + -1037519217 | 0 | 0)) {
        break block56
       }
       $6_1 = $66($5_1 | 0, -129653440 + 129653441 | 0 | 0) | 0;
       $7_1 = $66($5_1 | 0, -477801528 + 477801782 | 0 | 0) | 0;
       $4_1 = 185196859 ^ 185196859 | 0;
       $1_1 = Math_imul(0, -1316584855);
       label1 : while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
         global$3 = -859523567 ^ -580476349 | 0;
         global$3 = HEAP32[(0 + 34664 | 0) >> 2] | 0;
        }
        $8_1 = $44($44($3_1 | 0, Math_imul(-1100965528, 1548099055) | 0) | 0 | 0, $66($4_1 | 0, Math_imul(1691486376, 120060355) | 0) | 0 | 0) | 0;
        $9_1 = $44($0_1 | 0, $4_1 | 0) | 0;
        i64toi32_i32$0 = $104($44($9_1 | 0, -747590868 ^ -747590867 | 0 | 0) | 0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $142$hi = i64toi32_i32$1;
        $10_1 = $66($1_1 | 0, -583606538 ^ -583606586 | 0 | 0) | 0;
        i64toi32_i32$1 = 0;
        $149$hi = i64toi32_i32$1;
        i64toi32_i32$1 = $142$hi;
        $227 = i64toi32_i32$0;
        i64toi32_i32$0 = $149$hi;
        i64toi32_i32$0 = $106($227 | 0, i64toi32_i32$1 | 0, $105($10_1 | 0, 223982450 + -223982442 | 0 | 0) | 0 | 0, i64toi32_i32$0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $150_1 = i64toi32_i32$0;
        $150$hi = i64toi32_i32$1;
        i64toi32_i32$1 = $104($9_1 | 0) | 0;
        i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
        $152$hi = i64toi32_i32$0;
        i64toi32_i32$0 = 0;
        $154$hi = i64toi32_i32$0;
        i64toi32_i32$0 = $152$hi;
        $228 = i64toi32_i32$1;
        i64toi32_i32$1 = $154$hi;
        i64toi32_i32$1 = $106($228 | 0, i64toi32_i32$0 | 0, $10_1 | 0, i64toi32_i32$1 | 0) | 0;
        i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
        $155_1 = i64toi32_i32$1;
        $155$hi = i64toi32_i32$0;
        i64toi32_i32$0 = $47($8_1 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $157_1 = i64toi32_i32$0;
        $157$hi = i64toi32_i32$1;
        i64toi32_i32$1 = $155$hi;
        i64toi32_i32$0 = $157$hi;
        i64toi32_i32$0 = $16($155_1 | 0, i64toi32_i32$1 | 0, $157_1 | 0, i64toi32_i32$0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $158_1 = i64toi32_i32$0;
        $158$hi = i64toi32_i32$1;
        i64toi32_i32$1 = $150$hi;
        i64toi32_i32$0 = $158$hi;
        i64toi32_i32$0 = $16($150_1 | 0, i64toi32_i32$1 | 0, $158_1 | 0, i64toi32_i32$0 | 0) | 0;
        i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
        $23($8_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
        $1_1 = $44($1_1 | 0, -943780099 + 943780115 | 0 | 0) | 0;
        $4_1 = $44($4_1 | 0, 2042553668 ^ 2042553670 | 0 | 0) | 0;
        if (($7_1 | 0) != ($4_1 | 0)) {
         continue label1
        }
        break label1;
       };
       if (!$6_1) {
        break block55
       }
       $0_1 = $44($0_1 | 0, $4_1 | 0) | 0;
      }
      $1_1 = $44($44($3_1 | 0, 1178529608 ^ 1178529616 | 0 | 0) | 0 | 0, $66($4_1 | 0, Math_imul(-2002780040, 1084559633) | 0) | 0 | 0) | 0;
      i64toi32_i32$1 = $104($0_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $183$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      $187$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $183$hi;
      $229 = i64toi32_i32$1;
      i64toi32_i32$1 = $187$hi;
      i64toi32_i32$1 = $106($229 | 0, i64toi32_i32$0 | 0, $46($4_1 | 0, -1306695988 + 1306695991 | 0 | 0) | 0 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $188 = i64toi32_i32$1;
      $188$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $47($1_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $190 = i64toi32_i32$0;
      $190$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $188$hi;
      i64toi32_i32$0 = $190$hi;
      i64toi32_i32$0 = $16($188 | 0, i64toi32_i32$1 | 0, $190 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $23($1_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
     }
     $35_1 = 487014626 ^ 487014638 | 0;
     continue label;
    case 7:
     i64toi32_i32$1 = $12$hi;
     i64toi32_i32$1 = -942027045;
     i64toi32_i32$2 = 1552160467;
     i64toi32_i32$0 = -942027045;
     i64toi32_i32$3 = 1552160475;
     i64toi32_i32$0 = i64toi32_i32$1 ^ i64toi32_i32$0 | 0;
     $195 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
     $195$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$2 = $195$hi;
     i64toi32_i32$2 = $99($12_1 | 0, i64toi32_i32$0 | 0, $195 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $107($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$0 | 0);
     $35_1 = Math_imul(1636183031, 272180901);
     continue label;
    case 8:
     i64toi32_i32$0 = $11$hi;
     i64toi32_i32$0 = 40410928;
     i64toi32_i32$2 = -1482411275;
     i64toi32_i32$2 = __wasm_i64_mul(1626581080 | 0, i64toi32_i32$0 | 0, 1810542243 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $200 = i64toi32_i32$2;
     $200$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $11$hi;
     i64toi32_i32$2 = $200$hi;
     i64toi32_i32$2 = $99($11_1 | 0, i64toi32_i32$0 | 0, $200 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $108($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$0 | 0);
     $35_1 = Math_imul(815691597, -494849373);
     continue label;
    case 9:
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$0 = 742132182;
     i64toi32_i32$1 = 279585874;
     i64toi32_i32$2 = 742132182;
     i64toi32_i32$3 = 279585906;
     i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
     $205 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
     $205$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$1 = $205$hi;
     i64toi32_i32$1 = $99($12_1 | 0, i64toi32_i32$2 | 0, $205 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $109($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
     $35_1 = Math_imul(984116392, 23866545);
     continue label;
    case 10:
     $208 = $3_1;
     i64toi32_i32$2 = $12$hi;
     $209 = $12_1;
     $209$hi = i64toi32_i32$2;
     i64toi32_i32$2 = 116286843;
     i64toi32_i32$0 = -2021188009;
     i64toi32_i32$1 = -116286844;
     i64toi32_i32$3 = 2021188025;
     i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
     i64toi32_i32$5 = i64toi32_i32$2 + i64toi32_i32$1 | 0;
     if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
     }
     $210$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $209$hi;
     i64toi32_i32$0 = $210$hi;
     i64toi32_i32$0 = $99($209 | 0, i64toi32_i32$5 | 0, i64toi32_i32$4 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $110($208 | 0, i64toi32_i32$0 | 0, i64toi32_i32$5 | 0);
     $35_1 = Math_imul(-544576993, 1059641691);
     continue label;
    case 11:
     $0($44($3_1 | 0, Math_imul(1774746008, -438793231) | 0) | 0 | 0);
     $35_1 = -28906161 ^ -28906155 | 0;
     continue label;
    case 12:
     $4_1 = $44($44($3_1 | 0, 683314068 + -683314044 | 0 | 0) | 0 | 0, $66($5_1 | 0, -1291962316 ^ 1291962316 | 0 | 0) | 0 | 0) | 0;
     $224 = $4_1;
     i64toi32_i32$5 = $47($4_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $226 = i64toi32_i32$5;
     $226$hi = i64toi32_i32$0;
     i64toi32_i32$0 = 327019295;
     i64toi32_i32$2 = 1369129135;
     i64toi32_i32$5 = -327019296;
     i64toi32_i32$3 = -1369129134;
     i64toi32_i32$1 = i64toi32_i32$2 + i64toi32_i32$3 | 0;
     i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$5 | 0;
     if (i64toi32_i32$1 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
     }
     $227$hi = i64toi32_i32$4;
     i64toi32_i32$4 = 0;
     $231$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $227$hi;
     i64toi32_i32$2 = $231$hi;
     i64toi32_i32$2 = $106(i64toi32_i32$1 | 0, i64toi32_i32$4 | 0, $46($5_1 | 0, 86916316 + -86916313 | 0 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $232 = i64toi32_i32$2;
     $232$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $226$hi;
     i64toi32_i32$2 = $232$hi;
     i64toi32_i32$2 = $16($226 | 0, i64toi32_i32$4 | 0, $232 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $23($224 | 0, i64toi32_i32$2 | 0, i64toi32_i32$4 | 0);
     $35_1 = 572717825 + -572717776 | 0;
     continue label;
    case 13:
     i64toi32_i32$4 = $11$hi;
     i64toi32_i32$4 = -1979254206;
     i64toi32_i32$2 = -1384721488;
     i64toi32_i32$2 = __wasm_i64_mul(-973333496 | 0, i64toi32_i32$4 | 0, 986068355 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $237 = i64toi32_i32$2;
     $237$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $11$hi;
     i64toi32_i32$2 = $237$hi;
     i64toi32_i32$2 = $99($11_1 | 0, i64toi32_i32$4 | 0, $237 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $111($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$4 | 0);
     $35_1 = Math_imul(-619022404, 301160297);
     continue label;
    case 14:
     $1_1 = 1159013151 + -1158751007 | 0;
     $35_1 = 912515276 + -912515238 | 0;
     continue label;
    case 15:
     $5_1 = $1_1 >>> 0 < (1954514604 ^ 1954514475 | 0) >>> 0 ? $1_1 : 584378100 ^ 584377971 | 0;
     $35_1 = 760555203 ^ 760555205 | 0;
     continue label;
    case 16:
     i64toi32_i32$4 = $11$hi;
     i64toi32_i32$4 = 1828235339;
     i64toi32_i32$2 = -725452259;
     i64toi32_i32$2 = __wasm_i64_mul(687174688 | 0, i64toi32_i32$4 | 0, 890566753 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $251 = i64toi32_i32$2;
     $251$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $11$hi;
     i64toi32_i32$2 = $251$hi;
     i64toi32_i32$2 = $99($11_1 | 0, i64toi32_i32$4 | 0, $251 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $112($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$4 | 0);
     $35_1 = 1043249379 ^ 1043249386 | 0;
     continue label;
    case 17:
     i64toi32_i32$4 = $12$hi;
     i64toi32_i32$4 = 972982209;
     i64toi32_i32$2 = 1230180682;
     i64toi32_i32$2 = __wasm_i64_mul(1005344392 | 0, i64toi32_i32$4 | 0, -1967969645 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $256 = i64toi32_i32$2;
     $256$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $12$hi;
     i64toi32_i32$2 = $256$hi;
     i64toi32_i32$2 = $99($12_1 | 0, i64toi32_i32$4 | 0, $256 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $113($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$4 | 0);
     $35_1 = -1723218461 + 1723218479 | 0;
     continue label;
    case 18:
     $259 = $3_1;
     i64toi32_i32$4 = $13$hi;
     $260 = $13_1;
     $260$hi = i64toi32_i32$4;
     i64toi32_i32$4 = -48200205;
     i64toi32_i32$0 = -654985657;
     i64toi32_i32$2 = 48200204;
     i64toi32_i32$3 = 654985689;
     i64toi32_i32$5 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
     i64toi32_i32$1 = i64toi32_i32$4 + i64toi32_i32$2 | 0;
     if (i64toi32_i32$5 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$1 = i64toi32_i32$1 + 1 | 0
     }
     $261$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $260$hi;
     i64toi32_i32$0 = $261$hi;
     i64toi32_i32$0 = $99($260 | 0, i64toi32_i32$1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $114($259 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
     $35_1 = 1316172595 + -1316172550 | 0;
     continue label;
    case 19:
     i64toi32_i32$1 = $12$hi;
     i64toi32_i32$1 = 1012815702;
     i64toi32_i32$0 = -621827820;
     i64toi32_i32$0 = __wasm_i64_mul(-1735192152 | 0, i64toi32_i32$1 | 0, 406823115 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $266 = i64toi32_i32$0;
     $266$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $12$hi;
     i64toi32_i32$0 = $266$hi;
     i64toi32_i32$0 = $99($12_1 | 0, i64toi32_i32$1 | 0, $266 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $115($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
     $35_1 = 1780352332 + -1780352290 | 0;
     continue label;
    case 20:
     i64toi32_i32$1 = $52($3_1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $12_1 = i64toi32_i32$1;
     $12$hi = i64toi32_i32$0;
     $116($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
     $35_1 = Math_imul(1559923058, 509253383);
     continue label;
    case 21:
     i64toi32_i32$0 = $11$hi;
     i64toi32_i32$0 = 792874014;
     i64toi32_i32$4 = 1078144115;
     i64toi32_i32$1 = 792874014;
     i64toi32_i32$3 = 1078144075;
     i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
     $276 = i64toi32_i32$4 ^ i64toi32_i32$3 | 0;
     $276$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $11$hi;
     i64toi32_i32$4 = $276$hi;
     i64toi32_i32$4 = $99($11_1 | 0, i64toi32_i32$1 | 0, $276 | 0, i64toi32_i32$4 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $117($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$1 | 0);
     $35_1 = 121088721 + -121088702 | 0;
     continue label;
    case 22:
     $0($44($3_1 | 0, -1018381229 + 1018381253 | 0 | 0) | 0 | 0);
     $35_1 = -834057220 + 834057267 | 0;
     continue label;
    case 23:
     $283 = $3_1;
     i64toi32_i32$1 = $12$hi;
     $284 = $12_1;
     $284$hi = i64toi32_i32$1;
     i64toi32_i32$1 = 879452427;
     i64toi32_i32$0 = -501262181;
     i64toi32_i32$4 = -879452428;
     i64toi32_i32$3 = 501262221;
     i64toi32_i32$2 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
     i64toi32_i32$5 = i64toi32_i32$1 + i64toi32_i32$4 | 0;
     if (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
     }
     $285$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $284$hi;
     i64toi32_i32$0 = $285$hi;
     i64toi32_i32$0 = $99($284 | 0, i64toi32_i32$5 | 0, i64toi32_i32$2 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $118($283 | 0, i64toi32_i32$0 | 0, i64toi32_i32$5 | 0);
     $35_1 = 443535419 ^ 443535417 | 0;
     continue label;
    case 24:
     i64toi32_i32$5 = $13$hi;
     i64toi32_i32$5 = -1141309912;
     i64toi32_i32$1 = -734941732;
     i64toi32_i32$0 = -1141309912;
     i64toi32_i32$3 = -734941724;
     i64toi32_i32$0 = i64toi32_i32$5 ^ i64toi32_i32$0 | 0;
     $290 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
     $290$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $13$hi;
     i64toi32_i32$1 = $290$hi;
     i64toi32_i32$1 = $99($13_1 | 0, i64toi32_i32$0 | 0, $290 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $119($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0);
     $35_1 = -1735946651 + 1735946655 | 0;
     continue label;
    case 25:
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$0 = 21318345;
     i64toi32_i32$5 = -335881117;
     i64toi32_i32$1 = 21318345;
     i64toi32_i32$3 = -335881101;
     i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
     $295 = i64toi32_i32$5 ^ i64toi32_i32$3 | 0;
     $295$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $12$hi;
     i64toi32_i32$5 = $295$hi;
     i64toi32_i32$5 = $99($12_1 | 0, i64toi32_i32$1 | 0, $295 | 0, i64toi32_i32$5 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $120($3_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$1 | 0);
     $35_1 = 493001008 ^ 493001021 | 0;
     continue label;
    case 26:
     $4_1 = -1057512241 ^ -1057512241 | 0;
     $35_1 = Math_imul(122531943, -764253353);
     continue label;
    case 27:
     $4_1 = Math_imul(0, 1436622355);
     $35_1 = -1245636621 + 1245636667 | 0;
     continue label;
    case 28:
     i64toi32_i32$1 = $12$hi;
     i64toi32_i32$1 = 265736196;
     i64toi32_i32$5 = 1284211138;
     i64toi32_i32$5 = __wasm_i64_mul(2093432392 | 0, i64toi32_i32$1 | 0, -1270110357 | 0, i64toi32_i32$5 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $304 = i64toi32_i32$5;
     $304$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $12$hi;
     i64toi32_i32$5 = $304$hi;
     i64toi32_i32$5 = $99($12_1 | 0, i64toi32_i32$1 | 0, $304 | 0, i64toi32_i32$5 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $121($3_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$1 | 0);
     $35_1 = 1882876662 ^ 1882876646 | 0;
     continue label;
    case 29:
     $4_1 = 1995687864 + -1996736440 | 0;
     $35_1 = Math_imul(1073897854, 1707093287);
     continue label;
    case 30:
     $309 = $3_1;
     i64toi32_i32$1 = $13$hi;
     $310 = $13_1;
     $310$hi = i64toi32_i32$1;
     i64toi32_i32$1 = -835802525;
     i64toi32_i32$0 = 1002927762;
     i64toi32_i32$5 = 835802524;
     i64toi32_i32$3 = -1002927754;
     i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
     i64toi32_i32$2 = i64toi32_i32$1 + i64toi32_i32$5 | 0;
     if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$2 = i64toi32_i32$2 + 1 | 0
     }
     $311$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $310$hi;
     i64toi32_i32$0 = $311$hi;
     i64toi32_i32$0 = $99($310 | 0, i64toi32_i32$2 | 0, i64toi32_i32$4 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $122($309 | 0, i64toi32_i32$0 | 0, i64toi32_i32$2 | 0);
     $35_1 = 1181288786 + -1181288783 | 0;
     continue label;
    case 31:
     $3_1 = $123(global$0 | 0, -1269223770 + 1269224058 | 0 | 0) | 0;
     global$0 = $3_1;
     $35_1 = 887575679 + -887575652 | 0;
     continue label;
    case 32:
     label2 : while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
       global$3 = 1212942797 ^ 27027361 | 0;
       global$3 = HEAP32[(0 + 27232 | 0) >> 2] | 0;
      }
      $8_1 = $44($2_1 | 0, $4_1 | 0) | 0;
      $331 = $44($8_1 | 0, -1106629171 ^ -1106629172 | 0 | 0) | 0;
      i64toi32_i32$2 = $47($44($44($3_1 | 0, -182350025 ^ -182350033 | 0 | 0) | 0 | 0, $66($4_1 | 0, -1706013408 + 1706013400 | 0 | 0) | 0 | 0) | 0 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $12_1 = i64toi32_i32$2;
      $12$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      $344$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$2 = $344$hi;
      i64toi32_i32$2 = $99($12_1 | 0, i64toi32_i32$0 | 0, $66($1_1 | 0, 1231580769 ^ 1231580761 | 0 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $124($331 | 0, i64toi32_i32$2 | 0, i64toi32_i32$0 | 0);
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$0 = 0;
      $353$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$2 = $353$hi;
      i64toi32_i32$2 = $99($12_1 | 0, i64toi32_i32$0 | 0, $66($44($1_1 | 0, 1927781331 ^ -1927781333 | 0 | 0) | 0 | 0, -1676952415 + 1676952463 | 0 | 0) | 0 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $124($8_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$0 | 0);
      $1_1 = $44($1_1 | 0, 642541223 + -642541207 | 0 | 0) | 0;
      $4_1 = $44($4_1 | 0, 1933748260 + -1933748258 | 0 | 0) | 0;
      if (($4_1 | 0) != (Math_imul(843552928, 587850253) | 0)) {
       continue label2
      }
      break label2;
     };
     $35_1 = 1953388064 + -1953388029 | 0;
     continue label;
    case 33:
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$0 = -1016713317;
     i64toi32_i32$2 = -1370791800;
     i64toi32_i32$2 = __wasm_i64_mul(1041775464 | 0, i64toi32_i32$0 | 0, -354057223 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $367 = i64toi32_i32$2;
     $367$hi = i64toi32_i32$0;
     i64toi32_i32$0 = $12$hi;
     i64toi32_i32$2 = $367$hi;
     i64toi32_i32$2 = $99($12_1 | 0, i64toi32_i32$0 | 0, $367 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
     $125($3_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$0 | 0);
     $35_1 = Math_imul(1092270446, -1824597059);
     continue label;
    case 34:
     i64toi32_i32$0 = $15$hi;
     $26($3_1 | 0, $15_1 | 0, i64toi32_i32$0 | 0);
     $35_1 = Math_imul(178978436, 1228918827);
     continue label;
    case 35:
     global$0 = $44($3_1 | 0, -55603203 + 55603491 | 0 | 0) | 0;
     return;
    case 36:
     i64toi32_i32$0 = $13$hi;
     i64toi32_i32$0 = 278200970;
     i64toi32_i32$1 = -1269533539;
     i64toi32_i32$2 = 278200970;
     i64toi32_i32$3 = -1269533555;
     i64toi32_i32$2 = i64toi32_i32$0 ^ i64toi32_i32$2 | 0;
     $378 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
     $378$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $13$hi;
     i64toi32_i32$1 = $378$hi;
     i64toi32_i32$1 = $99($13_1 | 0, i64toi32_i32$2 | 0, $378 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $126($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
     $35_1 = Math_imul(1267979474, 159604029);
     continue label;
    case 37:
     i64toi32_i32$2 = $13$hi;
     i64toi32_i32$2 = -1063534815;
     i64toi32_i32$1 = 1528305442;
     i64toi32_i32$1 = __wasm_i64_mul(1599465496 | 0, i64toi32_i32$2 | 0, -1565922217 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $383 = i64toi32_i32$1;
     $383$hi = i64toi32_i32$2;
     i64toi32_i32$2 = $13$hi;
     i64toi32_i32$1 = $383$hi;
     i64toi32_i32$1 = $99($13_1 | 0, i64toi32_i32$2 | 0, $383 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $127($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
     $35_1 = 229109503 + -229109470 | 0;
     continue label;
    case 38:
     i64toi32_i32$2 = $6($3_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $15_1 = i64toi32_i32$2;
     $15$hi = i64toi32_i32$1;
     $35_1 = 2124158096 ^ 2124158112 | 0;
     continue label;
    case 39:
     i64toi32_i32$1 = $7($3_1 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $12_1 = i64toi32_i32$1;
     $12$hi = i64toi32_i32$2;
     $128($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0);
     $35_1 = 633856183 + -633856175 | 0;
     continue label;
    case 40:
     i64toi32_i32$2 = $11$hi;
     i64toi32_i32$2 = -1858293750;
     i64toi32_i32$0 = -1134408109;
     i64toi32_i32$1 = -1858293750;
     i64toi32_i32$3 = -1134408069;
     i64toi32_i32$1 = i64toi32_i32$2 ^ i64toi32_i32$1 | 0;
     $396 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
     $396$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $11$hi;
     i64toi32_i32$0 = $396$hi;
     i64toi32_i32$0 = $99($11_1 | 0, i64toi32_i32$1 | 0, $396 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $129($3_1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$1 | 0);
     $35_1 = Math_imul(1808990201, -1287379825);
     continue label;
    case 41:
     $399 = $3_1;
     i64toi32_i32$1 = $12$hi;
     $400 = $12_1;
     $400$hi = i64toi32_i32$1;
     i64toi32_i32$1 = -1930456897;
     i64toi32_i32$2 = -1067014748;
     i64toi32_i32$0 = 1930456896;
     i64toi32_i32$3 = 1067014796;
     i64toi32_i32$5 = i64toi32_i32$2 + i64toi32_i32$3 | 0;
     i64toi32_i32$4 = i64toi32_i32$1 + i64toi32_i32$0 | 0;
     if (i64toi32_i32$5 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
     }
     $401$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $400$hi;
     i64toi32_i32$2 = $401$hi;
     i64toi32_i32$2 = $99($400 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $130($399 | 0, i64toi32_i32$2 | 0, i64toi32_i32$4 | 0);
     $35_1 = Math_imul(272696264, 515169627);
     continue label;
    case 42:
     i64toi32_i32$4 = $8($3_1 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $13_1 = i64toi32_i32$4;
     $13$hi = i64toi32_i32$2;
     $131($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0);
     $35_1 = Math_imul(-736491196, 555360629);
     continue label;
    case 43:
     i64toi32_i32$2 = $14$hi;
     i64toi32_i32$2 = $11$hi;
     i64toi32_i32$2 = $14$hi;
     i64toi32_i32$4 = $11$hi;
     i64toi32_i32$4 = $16($14_1 | 0, i64toi32_i32$2 | 0, $11_1 | 0, i64toi32_i32$4 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $38($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0);
     $35_1 = -492565847 ^ -492565854 | 0;
     continue label;
    case 44:
     i64toi32_i32$2 = $16$hi;
     i64toi32_i32$2 = $13$hi;
     i64toi32_i32$2 = $16$hi;
     i64toi32_i32$4 = $13$hi;
     i64toi32_i32$4 = $16($16_1 | 0, i64toi32_i32$2 | 0, $13_1 | 0, i64toi32_i32$4 | 0) | 0;
     i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
     $43($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0);
     $35_1 = Math_imul(423846081, 1783820267);
     continue label;
    case 45:
     i64toi32_i32$2 = $12$hi;
     i64toi32_i32$2 = -547294977;
     i64toi32_i32$1 = -1488872922;
     i64toi32_i32$4 = -547294977;
     i64toi32_i32$3 = -1488872954;
     i64toi32_i32$4 = i64toi32_i32$2 ^ i64toi32_i32$4 | 0;
     $421 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
     $421$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $12$hi;
     i64toi32_i32$1 = $421$hi;
     i64toi32_i32$1 = $99($12_1 | 0, i64toi32_i32$4 | 0, $421 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $132($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$4 | 0);
     $35_1 = Math_imul(-2023886767, 1674695061);
     continue label;
    case 46:
     wasm2js_memory_fill($44($3_1 | 0, Math_imul(-683615512, 1960325855) | 0) | 0, Math_imul(0, -1579269735), Math_imul(-1328439224, 3936145));
     $35_1 = -751736619 ^ -751736614 | 0;
     continue label;
    case 47:
     i64toi32_i32$4 = $10($3_1 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $11_1 = i64toi32_i32$4;
     $11$hi = i64toi32_i32$1;
     $133($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$1 | 0);
     $35_1 = 1979928410 + -1979928371 | 0;
     continue label;
    case 48:
     label3 : while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
       global$3 = 1692153757 ^ 1234839895 | 0;
       global$3 = HEAP32[(0 + 12516 | 0) >> 2] | 0;
      }
      i64toi32_i32$1 = $14$hi;
      $16_1 = $14_1;
      $16$hi = i64toi32_i32$1;
      $4_1 = $66($14_1 | 0, Math_imul(-1981058256, -1756699643) | 0) | 0;
      i64toi32_i32$1 = $134($4_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $135($3_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $136($4_1 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $137($3_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$1 | 0);
      i64toi32_i32$1 = $14$hi;
      $138($3_1 | 0, $14_1 | 0, i64toi32_i32$1 | 0);
      i64toi32_i32$1 = $12$hi;
      $139($3_1 | 0, $12_1 | 0, i64toi32_i32$1 | 0);
      $1($44($3_1 | 0, Math_imul(-384030976, -625306729) | 0) | 0 | 0, $44($3_1 | 0, -987017927 + 987018199 | 0 | 0) | 0 | 0);
      $8_1 = $140($3_1 | 0) | 0;
      $9_1 = $12_1;
      $141($4_1 | 0, $64($8_1 | 0, $12_1 | 0) | 0 | 0);
      $471 = $4_1;
      $10_1 = $142($3_1 | 0) | 0;
      $474 = $10_1;
      $475 = $12_1;
      $475$hi = i64toi32_i32$1;
      i64toi32_i32$1 = 502245229;
      i64toi32_i32$2 = -799258210;
      i64toi32_i32$4 = -502245230;
      i64toi32_i32$3 = 799258218;
      i64toi32_i32$0 = i64toi32_i32$2 + i64toi32_i32$3 | 0;
      i64toi32_i32$5 = i64toi32_i32$1 + i64toi32_i32$4 | 0;
      if (i64toi32_i32$0 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
      }
      $476$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $475$hi;
      i64toi32_i32$2 = $476$hi;
      i64toi32_i32$2 = $99($475 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $0_1 = i64toi32_i32$2;
      $143($471 | 0, $64($474 | 0, i64toi32_i32$2 | 0) | 0 | 0);
      $481 = $4_1;
      $7_1 = $144($3_1 | 0) | 0;
      $484 = $7_1;
      i64toi32_i32$5 = $12$hi;
      $485 = $12_1;
      $485$hi = i64toi32_i32$5;
      i64toi32_i32$5 = -126552589;
      i64toi32_i32$1 = -2093793591;
      i64toi32_i32$2 = 126552588;
      i64toi32_i32$3 = 2093793607;
      i64toi32_i32$4 = i64toi32_i32$1 + i64toi32_i32$3 | 0;
      i64toi32_i32$0 = i64toi32_i32$5 + i64toi32_i32$2 | 0;
      if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$0 = i64toi32_i32$0 + 1 | 0
      }
      $486$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $485$hi;
      i64toi32_i32$1 = $486$hi;
      i64toi32_i32$1 = $99($485 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $5_1 = i64toi32_i32$1;
      $145($481 | 0, $64($484 | 0, i64toi32_i32$1 | 0) | 0 | 0);
      $491 = $4_1;
      $6_1 = $146($3_1 | 0) | 0;
      $494 = $6_1;
      i64toi32_i32$0 = $12$hi;
      $495 = $12_1;
      $495$hi = i64toi32_i32$0;
      i64toi32_i32$0 = -1651079241;
      i64toi32_i32$5 = -440094519;
      i64toi32_i32$1 = 1651079240;
      i64toi32_i32$3 = 440094543;
      i64toi32_i32$2 = i64toi32_i32$5 + i64toi32_i32$3 | 0;
      i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$1 | 0;
      if (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
      }
      $496$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $495$hi;
      i64toi32_i32$5 = $496$hi;
      i64toi32_i32$5 = $99($495 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $17_1 = i64toi32_i32$5;
      $147($491 | 0, $64($494 | 0, i64toi32_i32$5 | 0) | 0 | 0);
      $503 = $148($3_1 | 0) | 0;
      i64toi32_i32$4 = $12$hi;
      i64toi32_i32$4 = 1796426326;
      i64toi32_i32$0 = -545862493;
      i64toi32_i32$5 = 1796426326;
      i64toi32_i32$3 = -545862525;
      i64toi32_i32$5 = i64toi32_i32$4 ^ i64toi32_i32$5 | 0;
      $505 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $505$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $12$hi;
      i64toi32_i32$0 = $505$hi;
      i64toi32_i32$0 = $99($12_1 | 0, i64toi32_i32$5 | 0, $505 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $18_1 = i64toi32_i32$0;
      $149($4_1 | 0, $64($503 | 0, i64toi32_i32$0 | 0) | 0 | 0);
      $510 = $4_1;
      $512 = $150($3_1 | 0) | 0;
      i64toi32_i32$5 = $12$hi;
      $513 = $12_1;
      $513$hi = i64toi32_i32$5;
      i64toi32_i32$5 = -1711882912;
      i64toi32_i32$4 = -1539893774;
      i64toi32_i32$0 = 1711882911;
      i64toi32_i32$3 = 1539893814;
      i64toi32_i32$1 = i64toi32_i32$4 + i64toi32_i32$3 | 0;
      i64toi32_i32$2 = i64toi32_i32$5 + i64toi32_i32$0 | 0;
      if (i64toi32_i32$1 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$2 = i64toi32_i32$2 + 1 | 0
      }
      $514$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $513$hi;
      i64toi32_i32$4 = $514$hi;
      i64toi32_i32$4 = $99($513 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $19_1 = i64toi32_i32$4;
      $151($510 | 0, $64($512 | 0, i64toi32_i32$4 | 0) | 0 | 0);
      $521 = $152($3_1 | 0) | 0;
      i64toi32_i32$2 = $12$hi;
      i64toi32_i32$2 = 1789468524;
      i64toi32_i32$5 = -382700398;
      i64toi32_i32$4 = 1789468524;
      i64toi32_i32$3 = -382700382;
      i64toi32_i32$4 = i64toi32_i32$2 ^ i64toi32_i32$4 | 0;
      $523 = i64toi32_i32$5 ^ i64toi32_i32$3 | 0;
      $523$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $12$hi;
      i64toi32_i32$5 = $523$hi;
      i64toi32_i32$5 = $99($12_1 | 0, i64toi32_i32$4 | 0, $523 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $20_1 = i64toi32_i32$5;
      $153($4_1 | 0, $64($521 | 0, i64toi32_i32$5 | 0) | 0 | 0);
      $530 = $154($3_1 | 0) | 0;
      i64toi32_i32$4 = $12$hi;
      i64toi32_i32$4 = 13387528;
      i64toi32_i32$5 = 835118214;
      i64toi32_i32$5 = __wasm_i64_mul(-1841662104 | 0, i64toi32_i32$4 | 0, 1636612163 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $532 = i64toi32_i32$5;
      $532$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $12$hi;
      i64toi32_i32$5 = $532$hi;
      i64toi32_i32$5 = $99($12_1 | 0, i64toi32_i32$4 | 0, $532 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $155($4_1 | 0, $64($530 | 0, i64toi32_i32$5 | 0) | 0 | 0);
      $157($4_1 | 0, $64($156($3_1 | 0) | 0 | 0, $9_1 | 0) | 0 | 0);
      $159($4_1 | 0, $64($158($3_1 | 0) | 0 | 0, $0_1 | 0) | 0 | 0);
      $161($4_1 | 0, $64($160($3_1 | 0) | 0 | 0, $5_1 | 0) | 0 | 0);
      $163($4_1 | 0, $64($162($3_1 | 0) | 0 | 0, $17_1 | 0) | 0 | 0);
      $165($4_1 | 0, $64($164($3_1 | 0) | 0 | 0, $18_1 | 0) | 0 | 0);
      $167($4_1 | 0, $64($166($3_1 | 0) | 0 | 0, $19_1 | 0) | 0 | 0);
      $169($4_1 | 0, $64($168($3_1 | 0) | 0 | 0, $20_1 | 0) | 0 | 0);
      $171($4_1 | 0, $64($170($3_1 | 0) | 0 | 0, i64toi32_i32$5 | 0) | 0 | 0);
      $577 = $3_1;
      i64toi32_i32$4 = 0;
      $579$hi = i64toi32_i32$4;
      i64toi32_i32$4 = 1613394165;
      i64toi32_i32$2 = 948279448;
      i64toi32_i32$5 = 1613394165;
      i64toi32_i32$3 = 948279399;
      i64toi32_i32$5 = i64toi32_i32$4 ^ i64toi32_i32$5 | 0;
      $580 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $580$hi = i64toi32_i32$5;
      i64toi32_i32$5 = $579$hi;
      i64toi32_i32$2 = $580$hi;
      i64toi32_i32$2 = $49($10_1 | 0, i64toi32_i32$5 | 0, $580 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $581 = i64toi32_i32$2;
      $581$hi = i64toi32_i32$5;
      i64toi32_i32$5 = -325726393;
      i64toi32_i32$4 = -1055178015;
      i64toi32_i32$2 = 325726392;
      i64toi32_i32$3 = 1055178023;
      i64toi32_i32$0 = i64toi32_i32$4 + i64toi32_i32$3 | 0;
      i64toi32_i32$1 = i64toi32_i32$5 + i64toi32_i32$2 | 0;
      if (i64toi32_i32$0 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$1 = i64toi32_i32$1 + 1 | 0
      }
      $582$hi = i64toi32_i32$1;
      i64toi32_i32$1 = $581$hi;
      i64toi32_i32$4 = $582$hi;
      i64toi32_i32$4 = $106($581 | 0, i64toi32_i32$1 | 0, i64toi32_i32$0 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
      $583 = i64toi32_i32$4;
      $583$hi = i64toi32_i32$1;
      i64toi32_i32$1 = 0;
      $585 = $8_1;
      $585$hi = i64toi32_i32$1;
      i64toi32_i32$1 = 1043828946;
      i64toi32_i32$5 = 1652197312;
      i64toi32_i32$4 = -1043828947;
      i64toi32_i32$3 = -1652197057;
      i64toi32_i32$2 = i64toi32_i32$5 + i64toi32_i32$3 | 0;
      i64toi32_i32$0 = i64toi32_i32$1 + i64toi32_i32$4 | 0;
      if (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$0 = i64toi32_i32$0 + 1 | 0
      }
      $586$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $585$hi;
      i64toi32_i32$5 = $586$hi;
      i64toi32_i32$5 = $49($585 | 0, i64toi32_i32$0 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $587 = i64toi32_i32$5;
      $587$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $583$hi;
      i64toi32_i32$5 = $587$hi;
      i64toi32_i32$5 = $172($583 | 0, i64toi32_i32$0 | 0, $587 | 0, i64toi32_i32$5 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $588 = i64toi32_i32$5;
      $588$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      $590 = $7_1;
      $590$hi = i64toi32_i32$0;
      i64toi32_i32$0 = -299638226;
      i64toi32_i32$1 = 1327336888;
      i64toi32_i32$5 = 299638225;
      i64toi32_i32$3 = -1327336633;
      i64toi32_i32$4 = i64toi32_i32$1 + i64toi32_i32$3 | 0;
      i64toi32_i32$2 = i64toi32_i32$0 + i64toi32_i32$5 | 0;
      if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$2 = i64toi32_i32$2 + 1 | 0
      }
      $591$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $590$hi;
      i64toi32_i32$1 = $591$hi;
      i64toi32_i32$1 = $49($590 | 0, i64toi32_i32$2 | 0, i64toi32_i32$4 | 0, i64toi32_i32$1 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $592 = i64toi32_i32$1;
      $592$hi = i64toi32_i32$2;
      i64toi32_i32$2 = 594380421;
      i64toi32_i32$0 = -153696977;
      i64toi32_i32$1 = -594380422;
      i64toi32_i32$3 = 153696993;
      i64toi32_i32$5 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
      i64toi32_i32$4 = i64toi32_i32$2 + i64toi32_i32$1 | 0;
      if (i64toi32_i32$5 >>> 0 < i64toi32_i32$3 >>> 0) {
       i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
      }
      $593$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $592$hi;
      i64toi32_i32$0 = $593$hi;
      i64toi32_i32$0 = $106($592 | 0, i64toi32_i32$4 | 0, i64toi32_i32$5 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $594 = i64toi32_i32$0;
      $594$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $588$hi;
      i64toi32_i32$0 = $594$hi;
      i64toi32_i32$0 = $172($588 | 0, i64toi32_i32$4 | 0, $594 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $12_1 = i64toi32_i32$0;
      $12$hi = i64toi32_i32$4;
      $4_1 = $66(i64toi32_i32$0 | 0, Math_imul(82275088, -2059604561) | 0) | 0;
      i64toi32_i32$4 = $136($4_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $14_1 = i64toi32_i32$4;
      $14$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      i64toi32_i32$4 = -1918737211;
      i64toi32_i32$4 = __wasm_i64_mul(0 | 0, i64toi32_i32$0 | 0, 840587145 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $603 = i64toi32_i32$4;
      $603$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      $605$hi = i64toi32_i32$0;
      i64toi32_i32$0 = -1640592819;
      i64toi32_i32$2 = 985958686;
      i64toi32_i32$4 = -1640592819;
      i64toi32_i32$3 = 985958881;
      i64toi32_i32$4 = i64toi32_i32$0 ^ i64toi32_i32$4 | 0;
      $606 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
      $606$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $605$hi;
      i64toi32_i32$2 = $606$hi;
      i64toi32_i32$2 = $49($6_1 | 0, i64toi32_i32$4 | 0, $606 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $607 = i64toi32_i32$2;
      $607$hi = i64toi32_i32$4;
      i64toi32_i32$4 = 1586100987;
      i64toi32_i32$0 = -948970131;
      i64toi32_i32$2 = 1586100987;
      i64toi32_i32$3 = -948970123;
      i64toi32_i32$2 = i64toi32_i32$4 ^ i64toi32_i32$2 | 0;
      $608 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
      $608$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $607$hi;
      i64toi32_i32$0 = $608$hi;
      i64toi32_i32$0 = $106($607 | 0, i64toi32_i32$2 | 0, $608 | 0, i64toi32_i32$0 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $609 = i64toi32_i32$0;
      $609$hi = i64toi32_i32$2;
      i64toi32_i32$2 = $173($3_1 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $611 = i64toi32_i32$2;
      $611$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 1467494776;
      i64toi32_i32$2 = 457332919;
      i64toi32_i32$2 = __wasm_i64_mul(570012064 | 0, i64toi32_i32$0 | 0, 630144325 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $612 = i64toi32_i32$2;
      $612$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $611$hi;
      i64toi32_i32$2 = $612$hi;
      i64toi32_i32$2 = $106($611 | 0, i64toi32_i32$0 | 0, $612 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $613 = i64toi32_i32$2;
      $613$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $609$hi;
      i64toi32_i32$2 = $613$hi;
      i64toi32_i32$2 = $172($609 | 0, i64toi32_i32$0 | 0, $613 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $614$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $12$hi;
      i64toi32_i32$0 = $614$hi;
      $230 = i64toi32_i32$2;
      i64toi32_i32$2 = $12$hi;
      i64toi32_i32$2 = $172($230 | 0, i64toi32_i32$0 | 0, $12_1 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $616 = i64toi32_i32$2;
      $616$hi = i64toi32_i32$0;
      i64toi32_i32$0 = 0;
      i64toi32_i32$2 = -1565553076;
      i64toi32_i32$2 = __wasm_i64_mul(0 | 0, i64toi32_i32$0 | 0, -2056847703 | 0, i64toi32_i32$2 | 0) | 0;
      i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
      $617 = i64toi32_i32$2;
      $617$hi = i64toi32_i32$0;
      i64toi32_i32$0 = $14$hi;
      i64toi32_i32$2 = $603$hi;
      i64toi32_i32$4 = $616$hi;
      i64toi32_i32$3 = $617$hi;
      $4($577 | 0, $14_1 | 0, i64toi32_i32$0 | 0, $603 | 0, i64toi32_i32$2 | 0, $616 | 0, i64toi32_i32$4 | 0, $617 | 0, i64toi32_i32$3 | 0);
      i64toi32_i32$3 = i64toi32_i32$0;
      i64toi32_i32$3 = $16$hi;
      i64toi32_i32$3 = $17($3_1 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $622 = i64toi32_i32$3;
      $622$hi = i64toi32_i32$4;
      i64toi32_i32$4 = $16$hi;
      i64toi32_i32$3 = $622$hi;
      i64toi32_i32$3 = $174($16_1 | 0, i64toi32_i32$4 | 0, $622 | 0, i64toi32_i32$3 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $623 = i64toi32_i32$3;
      $623$hi = i64toi32_i32$4;
      i64toi32_i32$4 = i64toi32_i32$0;
      i64toi32_i32$3 = $623$hi;
      i64toi32_i32$3 = $16($14_1 | 0, i64toi32_i32$0 | 0, $623 | 0, i64toi32_i32$3 | 0) | 0;
      i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
      $14_1 = i64toi32_i32$3;
      $14$hi = i64toi32_i32$4;
      $175($4_1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0);
      i64toi32_i32$4 = $15$hi;
      i64toi32_i32$4 = $47($3_1 | 0) | 0;
      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
      $628 = i64toi32_i32$4;
      $628$hi = i64toi32_i32$3;
      i64toi32_i32$3 = $15$hi;
      i64toi32_i32$4 = $628$hi;
      i64toi32_i32$4 = $16($15_1 | 0, i64toi32_i32$3 | 0, $628 | 0, i64toi32_i32$4 | 0) | 0;
      i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
      $15_1 = i64toi32_i32$4;
      $15$hi = i64toi32_i32$3;
      i64toi32_i32$3 = $16$hi;
      $12_1 = $16_1;
      $12$hi = i64toi32_i32$3;
      $1_1 = $44($1_1 | 0, -381627709 ^ 381627708 | 0 | 0) | 0;
      if ($1_1) {
       continue label3
      }
      break label3;
     };
     $35_1 = 1298411116 ^ 1298411086 | 0;
     continue label;
    case 49:
     $636 = $3_1;
     i64toi32_i32$3 = $12($3_1 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $638 = i64toi32_i32$3;
     $638$hi = i64toi32_i32$4;
     i64toi32_i32$4 = 1586151761;
     i64toi32_i32$2 = -259429408;
     i64toi32_i32$3 = 561331886;
     i64toi32_i32$0 = 259429408;
     i64toi32_i32$1 = i64toi32_i32$2 + i64toi32_i32$0 | 0;
     i64toi32_i32$5 = i64toi32_i32$4 + i64toi32_i32$3 | 0;
     if (i64toi32_i32$1 >>> 0 < i64toi32_i32$0 >>> 0) {
      i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
     }
     $639$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $638$hi;
     i64toi32_i32$2 = $639$hi;
     i64toi32_i32$2 = $16($638 | 0, i64toi32_i32$5 | 0, i64toi32_i32$1 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $40($636 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
     $35_1 = 720030781 ^ 720030763 | 0;
     continue label;
    case 50:
     label4 : while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
       global$3 = 640470677 ^ -983246886 | 0;
       global$3 = HEAP32[(0 + 8928 | 0) >> 2] | 0;
      }
      $1($44($3_1 | 0, -1295199511 ^ -1295199719 | 0 | 0) | 0 | 0, $44($3_1 | 0, 1761146039 + -1761145815 | 0 | 0) | 0 | 0);
      $657 = $44($4_1 | 0, -1139741234 ^ -1137643706 | 0 | 0) | 0;
      i64toi32_i32$5 = $176($3_1 | 0) | 0;
      i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
      $177($657 | 0, i64toi32_i32$5 | 0, i64toi32_i32$2 | 0);
      $662 = $44($4_1 | 0, Math_imul(-923629952, -804030247) | 0) | 0;
      i64toi32_i32$2 = $178($3_1 | 0) | 0;
      i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
      $177($662 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0);
      $4_1 = $44($4_1 | 0, 1764567621 ^ 1764567637 | 0 | 0) | 0;
      if ($4_1) {
       continue label4
      }
      break label4;
     };
     $35_1 = 1740696679 ^ 1740696658 | 0;
     continue label;
    case 51:
     $670 = $3_1;
     i64toi32_i32$5 = $11$hi;
     $671 = $11_1;
     $671$hi = i64toi32_i32$5;
     i64toi32_i32$5 = -291899573;
     i64toi32_i32$4 = -1957966075;
     i64toi32_i32$2 = 291899572;
     i64toi32_i32$0 = 1957966091;
     i64toi32_i32$3 = i64toi32_i32$4 + i64toi32_i32$0 | 0;
     i64toi32_i32$1 = i64toi32_i32$5 + i64toi32_i32$2 | 0;
     if (i64toi32_i32$3 >>> 0 < i64toi32_i32$0 >>> 0) {
      i64toi32_i32$1 = i64toi32_i32$1 + 1 | 0
     }
     $672$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $671$hi;
     i64toi32_i32$4 = $672$hi;
     i64toi32_i32$4 = $99($671 | 0, i64toi32_i32$1 | 0, i64toi32_i32$3 | 0, i64toi32_i32$4 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $179($670 | 0, i64toi32_i32$4 | 0, i64toi32_i32$1 | 0);
     $35_1 = -1392266388 + 1392266413 | 0;
     continue label;
    case 52:
     $675 = $3_1;
     i64toi32_i32$1 = $12$hi;
     $676 = $12_1;
     $676$hi = i64toi32_i32$1;
     i64toi32_i32$1 = 1305540064;
     i64toi32_i32$5 = 18952782;
     i64toi32_i32$4 = -1305540065;
     i64toi32_i32$0 = -18952734;
     i64toi32_i32$2 = i64toi32_i32$5 + i64toi32_i32$0 | 0;
     i64toi32_i32$3 = i64toi32_i32$1 + i64toi32_i32$4 | 0;
     if (i64toi32_i32$2 >>> 0 < i64toi32_i32$0 >>> 0) {
      i64toi32_i32$3 = i64toi32_i32$3 + 1 | 0
     }
     $677$hi = i64toi32_i32$3;
     i64toi32_i32$3 = $676$hi;
     i64toi32_i32$5 = $677$hi;
     i64toi32_i32$5 = $99($676 | 0, i64toi32_i32$3 | 0, i64toi32_i32$2 | 0, i64toi32_i32$5 | 0) | 0;
     i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
     $180($675 | 0, i64toi32_i32$5 | 0, i64toi32_i32$3 | 0);
     $35_1 = -1409681338 + 1409681359 | 0;
     continue label;
    case 53:
     i64toi32_i32$3 = $11($3_1 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $681 = i64toi32_i32$3;
     $681$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $15($3_1 | 0) | 0;
     i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
     $683 = i64toi32_i32$5;
     $683$hi = i64toi32_i32$3;
     i64toi32_i32$3 = $681$hi;
     i64toi32_i32$5 = $683$hi;
     i64toi32_i32$5 = $16($681 | 0, i64toi32_i32$3 | 0, $683 | 0, i64toi32_i32$5 | 0) | 0;
     i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
     $12_1 = i64toi32_i32$5;
     $12$hi = i64toi32_i32$3;
     $35_1 = -1174604067 + 1174604067 | 0;
     continue label;
    default:
     break block54;
    };
   }
   i64toi32_i32$3 = $13$hi;
   i64toi32_i32$3 = 2060039772;
   i64toi32_i32$5 = -632563421;
   i64toi32_i32$5 = __wasm_i64_mul(2142592720 | 0, i64toi32_i32$3 | 0, -19337297 | 0, i64toi32_i32$5 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $688 = i64toi32_i32$5;
   $688$hi = i64toi32_i32$3;
   i64toi32_i32$3 = $13$hi;
   i64toi32_i32$5 = $688$hi;
   i64toi32_i32$5 = $99($13_1 | 0, i64toi32_i32$3 | 0, $688 | 0, i64toi32_i32$5 | 0) | 0;
   i64toi32_i32$3 = i64toi32_i32$HIGH_BITS;
   $181($3_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$3 | 0);
   $35_1 = 1002050358 ^ 1002050335 | 0;
   continue label;
  };
 }
 
 function $3() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -2061605349 ^ -48861841 | 0;
   global$3 = HEAP32[(0 + 63256 | 0) >> 2] | 0;
  }
  return 362971143 + -360873351 | 0 | 0;
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
  var i64toi32_i32$4 = 0, i64toi32_i32$2 = 0, i64toi32_i32$5 = 0, i64toi32_i32$1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$3 = 0, $5$hi = 0, $6$hi = 0, $5_1 = 0, $6_1 = 0, $8$hi = 0, $9$hi = 0, $24_1 = 0, $7$hi = 0, $8_1 = 0, $9_1 = 0, $10$hi = 0, $69_1 = 0, $71_1 = 0, $71$hi = 0, $75_1 = 0, $75$hi = 0, $7_1 = 0, $79_1 = 0, $79$hi = 0, $80_1 = 0, $80$hi = 0, $81$hi = 0, $89_1 = 0, $89$hi = 0, $92_1 = 0, $92$hi = 0, $94_1 = 0, $94$hi = 0, $95$hi = 0, $96_1 = 0, $96$hi = 0, $10_1 = 0, $100_1 = 0, $103_1 = 0, $103$hi = 0, $106_1 = 0, $107$hi = 0, $108_1 = 0, $108$hi = 0, $109_1 = 0, $109$hi = 0, $110_1 = 0, $110$hi = 0, $111$hi = 0, $112_1 = 0, $112$hi = 0, $113_1 = 0, $113$hi = 0, $114_1 = 0, $114$hi = 0, $117_1 = 0, $118$hi = 0, $119_1 = 0, $119$hi = 0, $122_1 = 0, $122$hi = 0, $125_1 = 0, $125$hi = 0, $126_1 = 0, $126$hi = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -552225641 ^ -1436076020 | 0;
   global$3 = HEAP32[(0 + 44316 | 0) >> 2] | 0;
  }
  $24_1 = -1562882777 ^ -1562882777 | 0;
  label : while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
    global$3 = -1543370017 ^ -1162441702 | 0;
    global$3 = HEAP32[(0 + 48988 | 0) >> 2] | 0;
   }
   block1 : {
    switch ($24_1 | 0) {
    case 0:
     $69_1 = $0_1;
     i64toi32_i32$0 = $3$hi;
     i64toi32_i32$0 = 418427778;
     i64toi32_i32$2 = -24373;
     i64toi32_i32$1 = 418427778;
     i64toi32_i32$3 = 24372;
     i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
     $71_1 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
     $71$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $3$hi;
     i64toi32_i32$2 = $71$hi;
     i64toi32_i32$2 = $49($3_1 | 0, i64toi32_i32$1 | 0, $71_1 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $5_1 = i64toi32_i32$2;
     $5$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $1$hi;
     i64toi32_i32$1 = -1289763632;
     i64toi32_i32$2 = 1481939009;
     i64toi32_i32$2 = __wasm_i64_mul(-1684045045 | 0, i64toi32_i32$1 | 0, 720850781 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $75_1 = i64toi32_i32$2;
     $75$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $1$hi;
     i64toi32_i32$2 = $75$hi;
     i64toi32_i32$2 = $49($1_1 | 0, i64toi32_i32$1 | 0, $75_1 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $6_1 = i64toi32_i32$2;
     $6$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $5$hi;
     i64toi32_i32$2 = $6$hi;
     i64toi32_i32$2 = $182($5_1 | 0, i64toi32_i32$1 | 0, $6_1 | 0, i64toi32_i32$2 | 0) | 0;
     i64toi32_i32$1 = i64toi32_i32$HIGH_BITS;
     $7_1 = i64toi32_i32$2;
     $7$hi = i64toi32_i32$1;
     $79_1 = i64toi32_i32$2;
     $79$hi = i64toi32_i32$1;
     i64toi32_i32$1 = $3$hi;
     $80_1 = $3_1;
     $80$hi = i64toi32_i32$1;
     i64toi32_i32$1 = -1294838863;
     i64toi32_i32$0 = -1030136048;
     i64toi32_i32$2 = 1294838862;
     i64toi32_i32$3 = 1030136080;
     i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
     i64toi32_i32$5 = i64toi32_i32$1 + i64toi32_i32$2 | 0;
     if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
     }
     $81$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $80$hi;
     i64toi32_i32$0 = $81$hi;
     i64toi32_i32$0 = $99($80_1 | 0, i64toi32_i32$5 | 0, i64toi32_i32$4 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $8_1 = i64toi32_i32$0;
     $8$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $6$hi;
     i64toi32_i32$5 = $8$hi;
     i64toi32_i32$0 = $6$hi;
     i64toi32_i32$0 = $182($8_1 | 0, i64toi32_i32$5 | 0, $6_1 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $6_1 = i64toi32_i32$0;
     $6$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $5$hi;
     i64toi32_i32$5 = $1$hi;
     i64toi32_i32$5 = 379854328;
     i64toi32_i32$0 = -1521266665;
     i64toi32_i32$0 = __wasm_i64_mul(865152480 | 0, i64toi32_i32$5 | 0, 1115223439 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $89_1 = i64toi32_i32$0;
     $89$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $1$hi;
     i64toi32_i32$0 = $89$hi;
     i64toi32_i32$0 = $99($1_1 | 0, i64toi32_i32$5 | 0, $89_1 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $9_1 = i64toi32_i32$0;
     $9$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $5$hi;
     i64toi32_i32$0 = $9$hi;
     i64toi32_i32$0 = $182($5_1 | 0, i64toi32_i32$5 | 0, $9_1 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $92_1 = i64toi32_i32$0;
     $92$hi = i64toi32_i32$5;
     i64toi32_i32$5 = $6$hi;
     i64toi32_i32$0 = $92$hi;
     i64toi32_i32$0 = $174($6_1 | 0, i64toi32_i32$5 | 0, $92_1 | 0, i64toi32_i32$0 | 0) | 0;
     i64toi32_i32$5 = i64toi32_i32$HIGH_BITS;
     $5_1 = i64toi32_i32$0;
     $5$hi = i64toi32_i32$5;
     $94_1 = i64toi32_i32$0;
     $94$hi = i64toi32_i32$5;
     i64toi32_i32$5 = 1911893485;
     i64toi32_i32$1 = 132753894;
     i64toi32_i32$0 = -1911893486;
     i64toi32_i32$3 = -132753862;
     i64toi32_i32$2 = i64toi32_i32$1 + i64toi32_i32$3 | 0;
     i64toi32_i32$4 = i64toi32_i32$5 + i64toi32_i32$0 | 0;
     if (i64toi32_i32$2 >>> 0 < i64toi32_i32$3 >>> 0) {
      i64toi32_i32$4 = i64toi32_i32$4 + 1 | 0
     }
     $95$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $94$hi;
     i64toi32_i32$1 = $95$hi;
     i64toi32_i32$1 = $106($94_1 | 0, i64toi32_i32$4 | 0, i64toi32_i32$2 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $96_1 = i64toi32_i32$1;
     $96$hi = i64toi32_i32$4;
     i64toi32_i32$4 = $79$hi;
     i64toi32_i32$1 = $96$hi;
     i64toi32_i32$1 = $174($79_1 | 0, i64toi32_i32$4 | 0, $96_1 | 0, i64toi32_i32$1 | 0) | 0;
     i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
     $10_1 = i64toi32_i32$1;
     $10$hi = i64toi32_i32$4;
     $23($69_1 | 0, i64toi32_i32$1 | 0, i64toi32_i32$4 | 0);
     $24_1 = Math_imul(1494667181, 928214053);
     continue label;
    default:
     break block1;
    };
   }
   $100_1 = $0_1;
   i64toi32_i32$4 = $8$hi;
   i64toi32_i32$4 = $9$hi;
   i64toi32_i32$4 = $8$hi;
   i64toi32_i32$1 = $9$hi;
   i64toi32_i32$1 = $182($8_1 | 0, i64toi32_i32$4 | 0, $9_1 | 0, i64toi32_i32$1 | 0) | 0;
   i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
   $103_1 = i64toi32_i32$1;
   $103$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $5$hi;
   i64toi32_i32$4 = $6$hi;
   i64toi32_i32$4 = $5$hi;
   i64toi32_i32$5 = $5_1;
   i64toi32_i32$1 = $6$hi;
   i64toi32_i32$3 = $6_1;
   $106_1 = i64toi32_i32$4 >>> 0 < i64toi32_i32$1 >>> 0 | ((i64toi32_i32$4 | 0) == (i64toi32_i32$1 | 0) & i64toi32_i32$5 >>> 0 < i64toi32_i32$3 >>> 0 | 0) | 0;
   i64toi32_i32$5 = 0;
   $107$hi = i64toi32_i32$5;
   i64toi32_i32$5 = 1184841765;
   i64toi32_i32$3 = 539463458;
   i64toi32_i32$4 = 1184841765;
   i64toi32_i32$1 = 539463426;
   i64toi32_i32$4 = i64toi32_i32$5 ^ i64toi32_i32$4 | 0;
   $108_1 = i64toi32_i32$3 ^ i64toi32_i32$1 | 0;
   $108$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $107$hi;
   i64toi32_i32$3 = $108$hi;
   i64toi32_i32$3 = $106($106_1 | 0, i64toi32_i32$4 | 0, $108_1 | 0, i64toi32_i32$3 | 0) | 0;
   i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
   $109_1 = i64toi32_i32$3;
   $109$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $5$hi;
   $110_1 = $5_1;
   $110$hi = i64toi32_i32$4;
   i64toi32_i32$4 = 356630842;
   i64toi32_i32$5 = -844577213;
   i64toi32_i32$3 = -356630843;
   i64toi32_i32$1 = 844577245;
   i64toi32_i32$0 = i64toi32_i32$5 + i64toi32_i32$1 | 0;
   i64toi32_i32$2 = i64toi32_i32$4 + i64toi32_i32$3 | 0;
   if (i64toi32_i32$0 >>> 0 < i64toi32_i32$1 >>> 0) {
    i64toi32_i32$2 = i64toi32_i32$2 + 1 | 0
   }
   $111$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $110$hi;
   i64toi32_i32$5 = $111$hi;
   i64toi32_i32$5 = $99($110_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$0 | 0, i64toi32_i32$5 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $112_1 = i64toi32_i32$5;
   $112$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $109$hi;
   i64toi32_i32$5 = $112$hi;
   i64toi32_i32$5 = $172($109_1 | 0, i64toi32_i32$2 | 0, $112_1 | 0, i64toi32_i32$5 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $113_1 = i64toi32_i32$5;
   $113$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $103$hi;
   i64toi32_i32$5 = $113$hi;
   i64toi32_i32$5 = $174($103_1 | 0, i64toi32_i32$2 | 0, $113_1 | 0, i64toi32_i32$5 | 0) | 0;
   i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
   $114_1 = i64toi32_i32$5;
   $114$hi = i64toi32_i32$2;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$2 = $7$hi;
   i64toi32_i32$2 = $10$hi;
   i64toi32_i32$4 = $10_1;
   i64toi32_i32$5 = $7$hi;
   i64toi32_i32$1 = $7_1;
   $117_1 = i64toi32_i32$2 >>> 0 < i64toi32_i32$5 >>> 0 | ((i64toi32_i32$2 | 0) == (i64toi32_i32$5 | 0) & i64toi32_i32$4 >>> 0 < i64toi32_i32$1 >>> 0 | 0) | 0;
   i64toi32_i32$4 = 0;
   $118$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $114$hi;
   i64toi32_i32$2 = $118$hi;
   i64toi32_i32$2 = $174($114_1 | 0, i64toi32_i32$4 | 0, $117_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
   $119_1 = i64toi32_i32$2;
   $119$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $4$hi;
   i64toi32_i32$4 = $1$hi;
   i64toi32_i32$4 = $4$hi;
   i64toi32_i32$2 = $1$hi;
   i64toi32_i32$2 = $182($4_1 | 0, i64toi32_i32$4 | 0, $1_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
   $122_1 = i64toi32_i32$2;
   $122$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $3$hi;
   i64toi32_i32$4 = $2$hi;
   i64toi32_i32$4 = $3$hi;
   i64toi32_i32$2 = $2$hi;
   i64toi32_i32$2 = $182($3_1 | 0, i64toi32_i32$4 | 0, $2_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
   $125_1 = i64toi32_i32$2;
   $125$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $122$hi;
   i64toi32_i32$2 = $125$hi;
   i64toi32_i32$2 = $174($122_1 | 0, i64toi32_i32$4 | 0, $125_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
   $126_1 = i64toi32_i32$2;
   $126$hi = i64toi32_i32$4;
   i64toi32_i32$4 = $119$hi;
   i64toi32_i32$2 = $126$hi;
   i64toi32_i32$2 = $174($119_1 | 0, i64toi32_i32$4 | 0, $126_1 | 0, i64toi32_i32$2 | 0) | 0;
   i64toi32_i32$4 = i64toi32_i32$HIGH_BITS;
   $28($100_1 | 0, i64toi32_i32$2 | 0, i64toi32_i32$4 | 0);
   return;
  };
 }
 
 function $5($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1083309363 ^ -2021979434 | 0;
   global$3 = HEAP32[(0 + 35576 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (1549460982 + -1549460838 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $6($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 517776510 ^ -641685636 | 0;
   global$3 = HEAP32[(0 + 32680 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (-1321146787 + 1321146875 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $7($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1631589651 ^ -2098685945 | 0;
   global$3 = HEAP32[(0 + 22812 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (557936395 + -557936355 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $8($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 907540472 ^ -687143102 | 0;
   global$3 = HEAP32[(0 + 46624 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (1047746819 + -1047746787 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $9($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1435209417 ^ -143573264 | 0;
   global$3 = HEAP32[(0 + 2232 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (1144831992 ^ 1144831800 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $10($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 983836848 ^ 160370370 | 0;
   global$3 = HEAP32[(0 + 41900 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + Math_imul(1907588168, -1261689813) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $11($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 503144213 ^ 1782292917 | 0;
   global$3 = HEAP32[(0 + 46932 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + Math_imul(654147216, 1275736509) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $12($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1175690730 ^ -122761074 | 0;
   global$3 = HEAP32[(0 + 10800 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (811062974 + -811062822 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $13($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1420142539 ^ 60842994 | 0;
   global$3 = HEAP32[(0 + 59632 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (395022759 ^ 395022615 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $14($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1593013943 ^ 1794179927 | 0;
   global$3 = HEAP32[(0 + 4540 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (-1954784029 + 1954784165 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $15($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -412566468 ^ -1803503853 | 0;
   global$3 = HEAP32[(0 + 20932 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (-1787290417 + 1787290481 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $16($1_1, $1$hi, $2_1, $2$hi) {
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  $2_1 = $2_1 | 0;
  $2$hi = $2$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$1 = 0, i64toi32_i32$3 = 0, $6$hi = 0, $5_1 = 0, $37_1 = 0, $37$hi = 0, $38$hi = 0, $40_1 = 0, $40$hi = 0, $43_1 = 0, $43$hi = 0, $44_1 = 0, $44$hi = 0, $45_1 = 0, $45$hi = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 791018254 ^ 1684845676 | 0;
   global$3 = HEAP32[(0 + 9640 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $2$hi;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  $5_1 = $1_1;
  i64toi32_i32$0 = 1602314621;
  i64toi32_i32$1 = -100531572;
  i64toi32_i32$1 = __wasm_i64_mul(2048123579 | 0, i64toi32_i32$0 | 0, 413134221 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  $37_1 = i64toi32_i32$1;
  $37$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$2 = $5_1;
  i64toi32_i32$1 = $37$hi;
  i64toi32_i32$3 = $37_1;
  i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
  $38$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = $38$hi;
  i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$3 = $2_1;
  i64toi32_i32$2 = i64toi32_i32$1 & i64toi32_i32$2 | 0;
  $40_1 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
  $40$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $1$hi;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$2 = 859993222;
  i64toi32_i32$0 = -1670120267;
  i64toi32_i32$0 = __wasm_i64_mul(479503651 | 0, i64toi32_i32$2 | 0, -287879819 | 0, i64toi32_i32$0 | 0) | 0;
  i64toi32_i32$2 = i64toi32_i32$HIGH_BITS;
  $43_1 = i64toi32_i32$0;
  $43$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$1 = i64toi32_i32$3;
  i64toi32_i32$0 = $43$hi;
  i64toi32_i32$3 = $43_1;
  i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
  $44_1 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
  $44$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$2 = $5_1;
  i64toi32_i32$1 = $44$hi;
  i64toi32_i32$3 = $44_1;
  i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$1 | 0;
  $45_1 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
  $45$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $40$hi;
  i64toi32_i32$0 = $40_1;
  i64toi32_i32$2 = $45$hi;
  i64toi32_i32$3 = $45_1;
  i64toi32_i32$2 = i64toi32_i32$1 | i64toi32_i32$2 | 0;
  i64toi32_i32$0 = i64toi32_i32$0 | i64toi32_i32$3 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$2;
  return i64toi32_i32$0 | 0;
 }
 
 function $17($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -8604242 ^ 707197138 | 0;
   global$3 = HEAP32[(0 + 13204 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (-1988260293 + 1988260301 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $18($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1902175887 ^ -1526334797 | 0;
   global$3 = HEAP32[(0 + 43664 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $0$hi;
  i64toi32_i32$1 = $1$hi;
  i64toi32_i32$1 = __wasm_rotl_i64($0_1 | 0, i64toi32_i32$0 | 0, $1_1 | 0, i64toi32_i32$1 | 0) | 0;
  i64toi32_i32$0 = i64toi32_i32$HIGH_BITS;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$0;
  return i64toi32_i32$1 | 0;
 }
 
 function $19($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1090829568 ^ -293579874 | 0;
   global$3 = HEAP32[(0 + 48424 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(-1142972320, -1782666153) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $20($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1027879174 ^ 308731198 | 0;
   global$3 = HEAP32[(0 + 63804 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(2059239784, 2137250475) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $21($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 2035278202 ^ 431846981 | 0;
   global$3 = HEAP32[(0 + 25040 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (337553228 ^ 337553180 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $22($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1662522083 ^ 1137145487 | 0;
   global$3 = HEAP32[(0 + 30528 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-2041821196 + 2041821236 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $23($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -510206289 ^ 917991890 | 0;
   global$3 = HEAP32[(0 + 21700 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $24($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -834761450 ^ 639873049 | 0;
   global$3 = HEAP32[(0 + 44832 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-609787347 + 609787515 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $25($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1786888055 ^ 68411430 | 0;
   global$3 = HEAP32[(0 + 18220 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (1473463692 + -1473463564 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $26($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1454551656 ^ -769703515 | 0;
   global$3 = HEAP32[(0 + 10516 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-1667615456 ^ -1667615368 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $27($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1143378076 ^ 21214249 | 0;
   global$3 = HEAP32[(0 + 972 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-1768451309 + 1768451357 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $28($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -71514502 ^ 445627776 | 0;
   global$3 = HEAP32[(0 + 27880 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-1348727854 ^ -1348727846 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $29($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1637514526 ^ 977527119 | 0;
   global$3 = HEAP32[(0 + 47752 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-1232658396 + 1232658572 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $30($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1944740778 ^ -844242982 | 0;
   global$3 = HEAP32[(0 + 36544 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-1488296880 + 1488297016 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $31($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -837815465 ^ -532521218 | 0;
   global$3 = HEAP32[(0 + 34516 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(-1071892768, -330406891) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $32($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1933320287 ^ -647921388 | 0;
   global$3 = HEAP32[(0 + 59792 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(1957068248, -1796649435) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $33($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -384621888 ^ -1949217048 | 0;
   global$3 = HEAP32[(0 + 33852 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-1836938014 + 1836938030 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $34($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -866411268 ^ 1518191315 | 0;
   global$3 = HEAP32[(0 + 40524 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(-492647512, 931231195) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $35($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1214003365 ^ 2106629869 | 0;
   global$3 = HEAP32[(0 + 24796 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(-656891952, 900101629) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $36($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1529529997 ^ -1286955209 | 0;
   global$3 = HEAP32[(0 + 18088 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (2759532 + -2759428 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $37($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1594644615 ^ 1103699500 | 0;
   global$3 = HEAP32[(0 + 21188 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (1668039361 + -1668039297 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $38($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -487191149 ^ -606023215 | 0;
   global$3 = HEAP32[(0 + 59340 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(1025452840, 1553747271) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $39($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -130072257 ^ -1586150793 | 0;
   global$3 = HEAP32[(0 + 12256 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-702798975 + 702799167 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $40($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -627475431 ^ -718052968 | 0;
   global$3 = HEAP32[(0 + 26904 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(-1650371352, 1509277295) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $41($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 318674089 ^ 40868466 | 0;
   global$3 = HEAP32[(0 + 30060 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(-1676313552, -1090275731) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $42($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1074851665 ^ -1978433099 | 0;
   global$3 = HEAP32[(0 + 31812 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + Math_imul(188604968, 2023205621) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $43($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -562306519 ^ -502180409 | 0;
   global$3 = HEAP32[(0 + 6164 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (1546774417 ^ 1546774449 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $44($1_1, $2_1) {
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $4_1 = 0, $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1385411622 ^ 1142223536 | 0;
   global$3 = HEAP32[(0 + 17804 | 0) >> 2] | 0;
  }
  $4_1 = $2_1;
  $3_1 = $1_1;
  return ($3_1 ^ $4_1 | 0) + (($3_1 & $4_1 | 0) << (-1134933990 + 1134933991 | 0) | 0) | 0 | 0;
 }
 
 function $45($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 747562062 ^ 879836455 | 0;
   global$3 = HEAP32[(0 + 7400 | 0) >> 2] | 0;
  }
  return HEAP32[$0_1 >> 2] | 0 | 0;
 }
 
 function $46($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1493219320 ^ -1063578849 | 0;
   global$3 = HEAP32[(0 + 65204 | 0) >> 2] | 0;
  }
  return $0_1 << $1_1 | 0 | 0;
 }
 
 function $47($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -520478682 ^ -914944981 | 0;
   global$3 = HEAP32[(0 + 5964 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $48($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1432571708 ^ 1209640083 | 0;
   global$3 = HEAP32[(0 + 56264 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = HEAP32[$0_1 >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $49($1_1, $1$hi, $2_1, $2$hi) {
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  $2_1 = $2_1 | 0;
  $2$hi = $2$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$2 = 0, i64toi32_i32$5 = 0, i64toi32_i32$3 = 0, $5_1 = 0, $5$hi = 0, i64toi32_i32$4 = 0, $36_1 = 0, $36$hi = 0, $37_1 = 0, $37$hi = 0, $38$hi = 0, $39_1 = 0, $39$hi = 0, $40$hi = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1436123157 ^ 704770346 | 0;
   global$3 = HEAP32[(0 + 40872 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $2$hi;
  i64toi32_i32$0 = $1$hi;
  $5_1 = $1_1;
  $5$hi = i64toi32_i32$0;
  $36_1 = $5_1;
  $36$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $2$hi;
  $37_1 = $2_1;
  $37$hi = i64toi32_i32$0;
  i64toi32_i32$0 = 1376217974;
  i64toi32_i32$2 = -1736775436;
  i64toi32_i32$3 = 1736775435;
  i64toi32_i32$4 = i64toi32_i32$2 + i64toi32_i32$3 | 0;
  i64toi32_i32$5 = i64toi32_i32$0 + -1376217975 | 0;
  if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
   i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
  }
  $38$hi = i64toi32_i32$5;
  i64toi32_i32$5 = $37$hi;
  i64toi32_i32$0 = $37_1;
  i64toi32_i32$2 = $38$hi;
  i64toi32_i32$3 = i64toi32_i32$4;
  i64toi32_i32$2 = i64toi32_i32$5 ^ i64toi32_i32$2 | 0;
  $39_1 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
  $39$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $36$hi;
  i64toi32_i32$5 = $36_1;
  i64toi32_i32$0 = $39$hi;
  i64toi32_i32$3 = $39_1;
  i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
  $40$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $5$hi;
  i64toi32_i32$0 = $40$hi;
  i64toi32_i32$2 = i64toi32_i32$5 ^ i64toi32_i32$3 | 0;
  i64toi32_i32$5 = $5$hi;
  i64toi32_i32$3 = $5_1;
  i64toi32_i32$5 = i64toi32_i32$0 & i64toi32_i32$5 | 0;
  i64toi32_i32$2 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$5;
  return i64toi32_i32$2 | 0;
 }
 
 function $50($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1969416468 ^ -471715900 | 0;
   global$3 = HEAP32[(0 + 51568 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (958262030 + -958262014 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $51($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1815217317 ^ 1736424830 | 0;
   global$3 = HEAP32[(0 + 12024 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (-974637610 + 974637666 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $52($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 151741920 ^ 282725421 | 0;
   global$3 = HEAP32[(0 + 30872 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (1040232766 + -1040232718 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $53($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 998528527 ^ 464391038 | 0;
   global$3 = HEAP32[(0 + 50852 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (1040418262 ^ 1040418206 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $54($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1323494272 ^ -580213103 | 0;
   global$3 = HEAP32[(0 + 18528 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + Math_imul(-1921492320, 1303917431) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $55($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1503424111 ^ -1232921829 | 0;
   global$3 = HEAP32[(0 + 44184 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (-1047406776 + 1047406880 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $56($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -276330989 ^ 1354679116 | 0;
   global$3 = HEAP32[(0 + 57036 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + Math_imul(-399563856, -1169186651) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $57($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1466818701 ^ -1516211333 | 0;
   global$3 = HEAP32[(0 + 22412 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (1659471860 ^ 1659471732 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $58($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 434504738 ^ 557660683 | 0;
   global$3 = HEAP32[(0 + 44028 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + Math_imul(324653864, 732073827) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $59($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 149083093 ^ 1846345742 | 0;
   global$3 = HEAP32[(0 + 64444 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + Math_imul(-1469401224, 2006427993) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $60($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 249429305 ^ -337298353 | 0;
   global$3 = HEAP32[(0 + 51396 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + Math_imul(-825652472, -1218238667) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $61($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1629868198 ^ -75695847 | 0;
   global$3 = HEAP32[(0 + 51740 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (673205081 + -673204921 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $62($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1457661168 ^ -610486947 | 0;
   global$3 = HEAP32[(0 + 25672 | 0) >> 2] | 0;
  }
  i64toi32_i32$2 = $0_1 + (-1842322084 + 1843370916 | 0) | 0;
  i64toi32_i32$0 = HEAP32[i64toi32_i32$2 >> 2] | 0;
  i64toi32_i32$1 = HEAP32[(i64toi32_i32$2 + 4 | 0) >> 2] | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $63($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1706075030 ^ -1494736530 | 0;
   global$3 = HEAP32[(0 + 30524 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (834899605 ^ 835948181 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $64($1_1, $2_1) {
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $4_1 = 0, $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 2068959355 ^ -1261970117 | 0;
   global$3 = HEAP32[(0 + 14060 | 0) >> 2] | 0;
  }
  $4_1 = $2_1;
  $3_1 = $1_1;
  return ($3_1 ^ Math_imul(563122023, -1213209687) | 0) & $4_1 | 0 | ($3_1 & ($4_1 ^ (2077115368 ^ -2077115369 | 0) | 0) | 0) | 0 | 0;
 }
 
 function $65($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 258007072 ^ 983549226 | 0;
   global$3 = HEAP32[(0 + 64216 | 0) >> 2] | 0;
  }
  return $0_1 >>> $1_1 | 0 | 0;
 }
 
 function $66($1_1, $2_1) {
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1103981459 ^ 1549991012 | 0;
   global$3 = HEAP32[(0 + 4816 | 0) >> 2] | 0;
  }
  $3_1 = $1_1;
  return ($3_1 ^ ($2_1 ^ (-2077582490 + 2077582489 | 0) | 0) | 0) & $3_1 | 0 | 0;
 }
 
 function $67($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -159450261 ^ 280569746 | 0;
   global$3 = HEAP32[(0 + 40588 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-1354279534 + 1354279539 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $68($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1893181248 ^ 601244166 | 0;
   global$3 = HEAP32[(0 + 27944 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (1065531073 + -1065531068 | 0) | 0) >> 0] = $1_1;
 }
 
 function $69($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 912174071 ^ 390247537 | 0;
   global$3 = HEAP32[(0 + 34456 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1905085817 + -1905085803 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $70($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1702230485 ^ 1710713663 | 0;
   global$3 = HEAP32[(0 + 11128 | 0) >> 2] | 0;
  }
  HEAP8[$0_1 >> 0] = $1_1;
 }
 
 function $71($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1401699283 ^ -565016437 | 0;
   global$3 = HEAP32[(0 + 59636 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-1306955206 + 1306955219 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $72($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 777755065 ^ 1910994077 | 0;
   global$3 = HEAP32[(0 + 11376 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(-17624785, -66724989) | 0) >> 0] = $1_1;
 }
 
 function $73($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1733538876 ^ 477961811 | 0;
   global$3 = HEAP32[(0 + 62552 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1488664892 ^ 1488664888 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $74($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -74432182 ^ -1392679752 | 0;
   global$3 = HEAP32[(0 + 44284 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(1902334460, -735908993) | 0) >> 0] = $1_1;
 }
 
 function $75($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 240238438 ^ -1948263343 | 0;
   global$3 = HEAP32[(0 + 62624 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + Math_imul(1723650820, 495587779) | 0) >> 0] | 0 | 0;
 }
 
 function $76($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 672968106 ^ -2137907725 | 0;
   global$3 = HEAP32[(0 + 64204 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(629616564, -1371349585) | 0) >> 0] = $1_1;
 }
 
 function $77($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -805643891 ^ -139822785 | 0;
   global$3 = HEAP32[(0 + 8064 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (178201370 + -178201368 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $78($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -696799013 ^ -439573683 | 0;
   global$3 = HEAP32[(0 + 7652 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-1046760503 ^ -1046760502 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $79($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 975494086 ^ -339924657 | 0;
   global$3 = HEAP32[(0 + 44852 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(379178821, 804405927) | 0) >> 0] = $1_1;
 }
 
 function $80($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1940797085 ^ -1808668396 | 0;
   global$3 = HEAP32[(0 + 15752 | 0) >> 2] | 0;
  }
  return HEAPU8[$0_1 >> 0] | 0 | 0;
 }
 
 function $81($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 143726160 ^ 1966495236 | 0;
   global$3 = HEAP32[(0 + 12672 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (579135253 ^ 579135258 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $82($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 275525334 ^ -1159635238 | 0;
   global$3 = HEAP32[(0 + 33016 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-540831349 + 540831359 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $83($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 583450957 ^ 1051988679 | 0;
   global$3 = HEAP32[(0 + 58272 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (513644197 + -513644196 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $84($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -994820008 ^ -2132807013 | 0;
   global$3 = HEAP32[(0 + 3912 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (1384340424 + -1384340423 | 0) | 0) >> 0] = $1_1;
 }
 
 function $85($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1082127390 ^ 722639224 | 0;
   global$3 = HEAP32[(0 + 57036 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1822117482 + -1822117476 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $86($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 2064432890 ^ 1111676719 | 0;
   global$3 = HEAP32[(0 + 64156 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1897767919 + -1897767910 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $87($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1221557506 ^ -481603148 | 0;
   global$3 = HEAP32[(0 + 42988 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (401765934 ^ 401765927 | 0) | 0) >> 0] = $1_1;
 }
 
 function $88($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1446026263 ^ -1723720822 | 0;
   global$3 = HEAP32[(0 + 25876 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-1995158647 ^ -1995158654 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $89($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1765665219 ^ 1943117715 | 0;
   global$3 = HEAP32[(0 + 13128 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(2013128941, 439338455) | 0) >> 0] = $1_1;
 }
 
 function $90($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -2046703158 ^ 1659053143 | 0;
   global$3 = HEAP32[(0 + 56332 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (1705507983 + -1705507973 | 0) | 0) >> 0] = $1_1;
 }
 
 function $91($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 2140391552 ^ -287598007 | 0;
   global$3 = HEAP32[(0 + 23184 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (-1478870787 ^ -1478870797 | 0) | 0) >> 0] = $1_1;
 }
 
 function $92($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1831606467 ^ 652266554 | 0;
   global$3 = HEAP32[(0 + 15212 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + Math_imul(-1669957063, -754496449) | 0) >> 0] | 0 | 0;
 }
 
 function $93($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1134769548 ^ -109522002 | 0;
   global$3 = HEAP32[(0 + 18448 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (200139675 ^ 200139676 | 0) | 0) >> 0] = $1_1;
 }
 
 function $94($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -732695361 ^ -1578020508 | 0;
   global$3 = HEAP32[(0 + 42888 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (810950199 + -810950184 | 0) | 0) >> 0] = $1_1;
 }
 
 function $95($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 997656896 ^ -164087178 | 0;
   global$3 = HEAP32[(0 + 56512 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + Math_imul(1327237032, -1471337635) | 0) >> 0] | 0 | 0;
 }
 
 function $96($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1006200663 ^ -303855653 | 0;
   global$3 = HEAP32[(0 + 11420 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (299706299 + -299706291 | 0) | 0) >> 0] = $1_1;
 }
 
 function $97($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 2143075890 ^ -178030006 | 0;
   global$3 = HEAP32[(0 + 49916 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (952279147 ^ 952279145 | 0) | 0) >> 0] = $1_1;
 }
 
 function $98($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -949420155 ^ -1730455498 | 0;
   global$3 = HEAP32[(0 + 63292 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (-1941454802 + 1941454808 | 0) | 0) >> 0] = $1_1;
 }
 
 function $99($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$4 = 0, i64toi32_i32$2 = 0, i64toi32_i32$1 = 0, i64toi32_i32$3 = 0, $9_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1924636105 ^ 746049857 | 0;
   global$3 = HEAP32[(0 + 14976 | 0) >> 2] | 0;
  }
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
 
 function $100($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -2032183389 ^ 1992669168 | 0;
   global$3 = HEAP32[(0 + 34344 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-700008042 ^ -700008080 | 0) | 0) >> 0] = $1_1;
 }
 
 function $101($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1060831242 ^ 11292151 | 0;
   global$3 = HEAP32[(0 + 32720 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-1883096461 + 1883096710 | 0) | 0) >> 0] = $1_1;
 }
 
 function $102($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -332941746 ^ -1605104665 | 0;
   global$3 = HEAP32[(0 + 23944 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-2072916033 + 2072916288 | 0) | 0) >> 0] = $1_1;
 }
 
 function $103($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -426760001 ^ 2073023755 | 0;
   global$3 = HEAP32[(0 + 5900 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(1150848989, -1291572377) | 0) >> 0] = $1_1;
 }
 
 function $104($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1562767868 ^ -1154380197 | 0;
   global$3 = HEAP32[(0 + 37504 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = HEAPU8[$0_1 >> 0] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $105($1_1, $2_1) {
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $4_1 = 0, $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1377113077 ^ 809079698 | 0;
   global$3 = HEAP32[(0 + 47680 | 0) >> 2] | 0;
  }
  $4_1 = $2_1;
  $3_1 = $1_1;
  return $3_1 & $4_1 | 0 | ($3_1 ^ $4_1 | 0) | 0 | 0;
 }
 
 function $106($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$2 = 0, i64toi32_i32$4 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, i64toi32_i32$3 = 0, $9_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1317971019 ^ -505890075 | 0;
   global$3 = HEAP32[(0 + 29048 | 0) >> 2] | 0;
  }
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
 
 function $107($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -94420166 ^ 1091981990 | 0;
   global$3 = HEAP32[(0 + 54984 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(1297954835, -2039198869) | 0) >> 0] = $1_1;
 }
 
 function $108($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -955961285 ^ 613350408 | 0;
   global$3 = HEAP32[(0 + 18440 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-649869617 ^ -649869778 | 0) | 0) >> 0] = $1_1;
 }
 
 function $109($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 348402760 ^ -1585815440 | 0;
   global$3 = HEAP32[(0 + 59496 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (1609142874 + -1609142630 | 0) | 0) >> 0] = $1_1;
 }
 
 function $110($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -73887975 ^ -1631029885 | 0;
   global$3 = HEAP32[(0 + 4768 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-338999720 + 338999970 | 0) | 0) >> 0] = $1_1;
 }
 
 function $111($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1380967287 ^ -80012164 | 0;
   global$3 = HEAP32[(0 + 32316 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(-1744814025, -294570315) | 0) >> 0] = $1_1;
 }
 
 function $112($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -924447384 ^ 323525528 | 0;
   global$3 = HEAP32[(0 + 56532 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (596717261 + -596717033 | 0) | 0) >> 0] = $1_1;
 }
 
 function $113($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -252103870 ^ 1825233813 | 0;
   global$3 = HEAP32[(0 + 60276 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (321339636 ^ 321339407 | 0) | 0) >> 0] = $1_1;
 }
 
 function $114($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1857094639 ^ 1962389294 | 0;
   global$3 = HEAP32[(0 + 36140 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(284583756, -2111449351) | 0) >> 0] = $1_1;
 }
 
 function $115($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -123934621 ^ -387729394 | 0;
   global$3 = HEAP32[(0 + 26484 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-1780131821 + 1780132068 | 0) | 0) >> 0] = $1_1;
 }
 
 function $116($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 381916707 ^ -1903348029 | 0;
   global$3 = HEAP32[(0 + 11260 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-360316346 ^ -360316226 | 0) | 0) >> 0] = $1_1;
 }
 
 function $117($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1548957669 ^ -768359964 | 0;
   global$3 = HEAP32[(0 + 36696 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(1952040001, -1181721817) | 0) >> 0] = $1_1;
 }
 
 function $118($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1511806026 ^ -926962674 | 0;
   global$3 = HEAP32[(0 + 4076 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(868186847, -76361045) | 0) >> 0] = $1_1;
 }
 
 function $119($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1269022344 ^ 301650266 | 0;
   global$3 = HEAP32[(0 + 36044 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(-884544651, -135806381) | 0) >> 0] = $1_1;
 }
 
 function $120($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -434535363 ^ -261549288 | 0;
   global$3 = HEAP32[(0 + 24012 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (2085092989 ^ 2085093007 | 0) | 0) >> 0] = $1_1;
 }
 
 function $121($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -677698795 ^ 1420728408 | 0;
   global$3 = HEAP32[(0 + 2956 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(-71491037, -1039889679) | 0) >> 0] = $1_1;
 }
 
 function $122($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 193877562 ^ 1800505748 | 0;
   global$3 = HEAP32[(0 + 55104 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-971089763 + 971089996 | 0) | 0) >> 0] = $1_1;
 }
 
 function $123($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -84506329 ^ -412189236 | 0;
   global$3 = HEAP32[(0 + 39340 | 0) >> 2] | 0;
  }
  return ($0_1 + ($1_1 ^ (564661324 + -564661325 | 0) | 0) | 0) + Math_imul(-218267029, -1556604349) | 0 | 0;
 }
 
 function $124($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1067096783 ^ 1138940501 | 0;
   global$3 = HEAP32[(0 + 63452 | 0) >> 2] | 0;
  }
  HEAP8[$0_1 >> 0] = $1_1;
 }
 
 function $125($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1689100880 ^ -338723230 | 0;
   global$3 = HEAP32[(0 + 24884 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (1311104286 + -1311104033 | 0) | 0) >> 0] = $1_1;
 }
 
 function $126($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1261764358 ^ 729141030 | 0;
   global$3 = HEAP32[(0 + 57492 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(584423750, -1413974009) | 0) >> 0] = $1_1;
 }
 
 function $127($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1646042569 ^ 142387404 | 0;
   global$3 = HEAP32[(0 + 4388 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (1171031264 ^ 1171031053 | 0) | 0) >> 0] = $1_1;
 }
 
 function $128($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1715617010 ^ -1249939401 | 0;
   global$3 = HEAP32[(0 + 18116 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(-1174008784, 1474014917) | 0) >> 0] = $1_1;
 }
 
 function $129($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1736666073 ^ -1970363032 | 0;
   global$3 = HEAP32[(0 + 15456 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-1992813936 + 1992814165 | 0) | 0) >> 0] = $1_1;
 }
 
 function $130($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 793822911 ^ 771547034 | 0;
   global$3 = HEAP32[(0 + 22780 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(202535782, 1177985029) | 0) >> 0] = $1_1;
 }
 
 function $131($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1703897785 ^ 1549365302 | 0;
   global$3 = HEAP32[(0 + 39224 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(1096290040, 662787459) | 0) >> 0] = $1_1;
 }
 
 function $132($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -514855464 ^ 1894142579 | 0;
   global$3 = HEAP32[(0 + 12032 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (-312438041 + 312438293 | 0) | 0) >> 0] = $1_1;
 }
 
 function $133($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -577649200 ^ 1549400303 | 0;
   global$3 = HEAP32[(0 + 59928 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(-1441761248, -213199417) | 0) >> 0] = $1_1;
 }
 
 function $134($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 998864511 ^ 740185509 | 0;
   global$3 = HEAP32[(0 + 10444 | 0) >> 2] | 0;
  }
  $3_1 = $0_1 + (-613764712 + 614813936 | 0) | 0;
  i64toi32_i32$0 = HEAPU8[$3_1 >> 0] | 0 | ((HEAPU8[($3_1 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 4 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 5 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 6 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 7 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $135($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1781494741 ^ -1620334351 | 0;
   global$3 = HEAP32[(0 + 20336 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (1110974522 ^ 1110974770 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $136($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 518844551 ^ 1296776929 | 0;
   global$3 = HEAP32[(0 + 63392 | 0) >> 2] | 0;
  }
  $3_1 = $0_1 + (-1709881729 ^ -1710930689 | 0) | 0;
  i64toi32_i32$0 = HEAPU8[$3_1 >> 0] | 0 | ((HEAPU8[($3_1 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 4 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 5 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 6 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 7 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $137($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 903397917 ^ -2067651925 | 0;
   global$3 = HEAP32[(0 + 52100 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (2106954422 ^ 2106954678 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $138($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -459755836 ^ -843061539 | 0;
   global$3 = HEAP32[(0 + 28184 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (-26432160 + 26432432 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $139($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$1 = 0, i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 283565092 ^ 1700380554 | 0;
   global$3 = HEAP32[(0 + 18224 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$1 = $0_1 + (520277730 ^ 520278010 | 0) | 0;
  HEAP32[i64toi32_i32$1 >> 2] = $1_1;
  HEAP32[(i64toi32_i32$1 + 4 | 0) >> 2] = i64toi32_i32$0;
 }
 
 function $140($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -2042454143 ^ 156772508 | 0;
   global$3 = HEAP32[(0 + 764 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + Math_imul(-733635840, -2066179949) | 0) >> 0] | 0 | 0;
 }
 
 function $141($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -721492975 ^ -1880184248 | 0;
   global$3 = HEAP32[(0 + 26392 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (1915638918 + -1914589702 | 0) | 0) >> 0] = $1_1;
 }
 
 function $142($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -574065803 ^ -1308676435 | 0;
   global$3 = HEAP32[(0 + 2256 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (2040901751 ^ 2040902006 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $143($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1725131329 ^ -1186299170 | 0;
   global$3 = HEAP32[(0 + 47948 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (380697445 + -379648228 | 0) | 0) >> 0] = $1_1;
 }
 
 function $144($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1548449485 ^ 298053901 | 0;
   global$3 = HEAP32[(0 + 1404 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-1403705429 + 1403705687 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $145($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1486956321 ^ 1989931419 | 0;
   global$3 = HEAP32[(0 + 42820 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (225227739 + -224178521 | 0) | 0) >> 0] = $1_1;
 }
 
 function $146($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1922050580 ^ -1671076146 | 0;
   global$3 = HEAP32[(0 + 24772 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-623842535 ^ -623842790 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $147($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 138949332 ^ 1637222675 | 0;
   global$3 = HEAP32[(0 + 52208 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (-267902157 ^ -266853968 | 0) | 0) >> 0] = $1_1;
 }
 
 function $148($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1442223588 ^ -180329130 | 0;
   global$3 = HEAP32[(0 + 15856 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1617727510 ^ 1617727762 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $149($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1791153703 ^ 232669042 | 0;
   global$3 = HEAP32[(0 + 38724 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(1384596772, -1073050471) | 0) >> 0] = $1_1;
 }
 
 function $150($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1664377517 ^ -1002099432 | 0;
   global$3 = HEAP32[(0 + 62772 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + Math_imul(-1023895811, -1803033431) | 0) >> 0] | 0 | 0;
 }
 
 function $151($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1980158984 ^ 587100154 | 0;
   global$3 = HEAP32[(0 + 6412 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(927498247, 303623699) | 0) >> 0] = $1_1;
 }
 
 function $152($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1991847168 ^ 1487028574 | 0;
   global$3 = HEAP32[(0 + 55696 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1750282397 + -1750282135 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $153($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1297051069 ^ -2097736785 | 0;
   global$3 = HEAP32[(0 + 36324 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(685097030, -1835410335) | 0) >> 0] = $1_1;
 }
 
 function $154($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 372846984 ^ 808633385 | 0;
   global$3 = HEAP32[(0 + 62936 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (736212726 + -736212463 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $155($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1707178633 ^ 1797296246 | 0;
   global$3 = HEAP32[(0 + 51324 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (625604372 ^ 626652563 | 0) | 0) >> 0] = $1_1;
 }
 
 function $156($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1669445160 ^ -2121245241 | 0;
   global$3 = HEAP32[(0 + 28408 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1223012022 + -1223011758 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $157($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1893774803 ^ 436601571 | 0;
   global$3 = HEAP32[(0 + 23212 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(-1891599512, -1286008331) | 0) >> 0] = $1_1;
 }
 
 function $158($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1437675784 ^ 1084426335 | 0;
   global$3 = HEAP32[(0 + 15664 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + Math_imul(-831530621, 1019613571) | 0) >> 0] | 0 | 0;
 }
 
 function $159($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1471020474 ^ 510007903 | 0;
   global$3 = HEAP32[(0 + 58520 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (-630228760 + 631277985 | 0) | 0) >> 0] = $1_1;
 }
 
 function $160($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 134784350 ^ -1113403844 | 0;
   global$3 = HEAP32[(0 + 15744 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (806795064 + -806794798 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $161($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1282471120 ^ -1605848033 | 0;
   global$3 = HEAP32[(0 + 20080 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(916952938, 533494097) | 0) >> 0] = $1_1;
 }
 
 function $162($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 257204551 ^ -1304185640 | 0;
   global$3 = HEAP32[(0 + 19208 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1356392527 ^ 1356392772 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $163($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -2109345536 ^ 1923035532 | 0;
   global$3 = HEAP32[(0 + 20392 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (-893790099 + 894839326 | 0) | 0) >> 0] = $1_1;
 }
 
 function $164($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1383586867 ^ -1108762843 | 0;
   global$3 = HEAP32[(0 + 62748 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (1111964104 + -1111963836 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $165($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1289342100 ^ 1457093867 | 0;
   global$3 = HEAP32[(0 + 8360 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(-1286089092, 1086828157) | 0) >> 0] = $1_1;
 }
 
 function $166($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1296012221 ^ -1108860705 | 0;
   global$3 = HEAP32[(0 + 38924 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-1829943063 + 1829943332 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $167($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1273298003 ^ 597383072 | 0;
   global$3 = HEAP32[(0 + 41064 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + Math_imul(-1635832951, -1597748763) | 0) >> 0] = $1_1;
 }
 
 function $168($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1947452910 ^ -533789183 | 0;
   global$3 = HEAP32[(0 + 34724 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-941570549 + 941570819 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $169($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 82781622 ^ -423602080 | 0;
   global$3 = HEAP32[(0 + 9712 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (251987195 ^ 253036149 | 0) | 0) >> 0] = $1_1;
 }
 
 function $170($0_1) {
  $0_1 = $0_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -525576466 ^ -26234084 | 0;
   global$3 = HEAP32[(0 + 11560 | 0) >> 2] | 0;
  }
  return HEAPU8[($0_1 + (-395246836 + 395247107 | 0) | 0) >> 0] | 0 | 0;
 }
 
 function $171($0_1, $1_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -971553249 ^ -83504675 | 0;
   global$3 = HEAP32[(0 + 48108 | 0) >> 2] | 0;
  }
  HEAP8[($0_1 + (357710756 + -356661525 | 0) | 0) >> 0] = $1_1;
 }
 
 function $172($1_1, $1$hi, $2_1, $2$hi) {
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  $2_1 = $2_1 | 0;
  $2$hi = $2$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, i64toi32_i32$2 = 0, $6$hi = 0, i64toi32_i32$3 = 0, $38_1 = 0, $38$hi = 0, $41_1 = 0, $41$hi = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -313925723 ^ -336899759 | 0;
   global$3 = HEAP32[(0 + 29528 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $2$hi;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$2 = $1_1;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$3 = $2_1;
  i64toi32_i32$1 = i64toi32_i32$0 & i64toi32_i32$1 | 0;
  $38_1 = i64toi32_i32$2 & i64toi32_i32$3 | 0;
  $38$hi = i64toi32_i32$1;
  i64toi32_i32$1 = i64toi32_i32$0;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = i64toi32_i32$0;
  i64toi32_i32$0 = i64toi32_i32$2;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$2 = i64toi32_i32$1 ^ i64toi32_i32$2 | 0;
  $41_1 = i64toi32_i32$0 ^ i64toi32_i32$3 | 0;
  $41$hi = i64toi32_i32$2;
  i64toi32_i32$2 = $38$hi;
  i64toi32_i32$1 = $38_1;
  i64toi32_i32$0 = $41$hi;
  i64toi32_i32$3 = $41_1;
  i64toi32_i32$0 = i64toi32_i32$2 | i64toi32_i32$0 | 0;
  i64toi32_i32$1 = i64toi32_i32$1 | i64toi32_i32$3 | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$0;
  return i64toi32_i32$1 | 0;
 }
 
 function $173($0_1) {
  $0_1 = $0_1 | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 8813188 ^ 1919388435 | 0;
   global$3 = HEAP32[(0 + 40480 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = HEAP32[($0_1 + (-996427365 ^ -996427617 | 0) | 0) >> 2] | 0;
  i64toi32_i32$1 = 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $174($1_1, $1$hi, $2_1, $2$hi) {
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  $2_1 = $2_1 | 0;
  $2$hi = $2$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0, i64toi32_i32$2 = 0, i64toi32_i32$3 = 0, i64toi32_i32$4 = 0, $6$hi = 0, i64toi32_i32$5 = 0, $18_1 = 0, $38_1 = 0, $38$hi = 0, $41_1 = 0, $41$hi = 0, $42_1 = 0, $42$hi = 0, $43$hi = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1348466788 ^ 549034239 | 0;
   global$3 = HEAP32[(0 + 34940 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $2$hi;
  $6$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$0 = $6$hi;
  i64toi32_i32$0 = $1$hi;
  i64toi32_i32$2 = $1_1;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$3 = $2_1;
  i64toi32_i32$1 = i64toi32_i32$0 ^ i64toi32_i32$1 | 0;
  $38_1 = i64toi32_i32$2 ^ i64toi32_i32$3 | 0;
  $38$hi = i64toi32_i32$1;
  i64toi32_i32$1 = i64toi32_i32$0;
  i64toi32_i32$1 = $6$hi;
  i64toi32_i32$1 = i64toi32_i32$0;
  i64toi32_i32$0 = i64toi32_i32$2;
  i64toi32_i32$2 = $6$hi;
  i64toi32_i32$2 = i64toi32_i32$1 & i64toi32_i32$2 | 0;
  $41_1 = i64toi32_i32$0 & i64toi32_i32$3 | 0;
  $41$hi = i64toi32_i32$2;
  i64toi32_i32$2 = -142532994;
  i64toi32_i32$1 = -520536537;
  i64toi32_i32$0 = -142532994;
  i64toi32_i32$3 = -520536538;
  i64toi32_i32$0 = i64toi32_i32$2 ^ i64toi32_i32$0 | 0;
  $42_1 = i64toi32_i32$1 ^ i64toi32_i32$3 | 0;
  $42$hi = i64toi32_i32$0;
  i64toi32_i32$0 = $41$hi;
  i64toi32_i32$2 = $41_1;
  i64toi32_i32$1 = $42$hi;
  i64toi32_i32$3 = $42_1;
  i64toi32_i32$4 = i64toi32_i32$3 & 31 | 0;
  if (32 >>> 0 <= (i64toi32_i32$3 & 63 | 0) >>> 0) {
   i64toi32_i32$1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
   $18_1 = 0;
  } else {
   i64toi32_i32$1 = ((1 << i64toi32_i32$4 | 0) - 1 | 0) & (i64toi32_i32$2 >>> (32 - i64toi32_i32$4 | 0) | 0) | 0 | (i64toi32_i32$0 << i64toi32_i32$4 | 0) | 0;
   $18_1 = i64toi32_i32$2 << i64toi32_i32$4 | 0;
  }
  $43$hi = i64toi32_i32$1;
  i64toi32_i32$1 = $38$hi;
  i64toi32_i32$0 = $38_1;
  i64toi32_i32$2 = $43$hi;
  i64toi32_i32$3 = $18_1;
  i64toi32_i32$4 = i64toi32_i32$0 + i64toi32_i32$3 | 0;
  i64toi32_i32$5 = i64toi32_i32$1 + i64toi32_i32$2 | 0;
  if (i64toi32_i32$4 >>> 0 < i64toi32_i32$3 >>> 0) {
   i64toi32_i32$5 = i64toi32_i32$5 + 1 | 0
  }
  i64toi32_i32$0 = i64toi32_i32$4;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$5;
  return i64toi32_i32$0 | 0;
 }
 
 function $175($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $4_1 = 0, i64toi32_i32$0 = 0, $5_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1397360893 ^ -878026598 | 0;
   global$3 = HEAP32[(0 + 16612 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  $4_1 = $0_1 + Math_imul(195088512, 1150323685) | 0;
  $5_1 = $1_1;
  HEAP8[$4_1 >> 0] = $5_1;
  HEAP8[($4_1 + 1 | 0) >> 0] = $5_1 >>> 8 | 0;
  HEAP8[($4_1 + 2 | 0) >> 0] = $5_1 >>> 16 | 0;
  HEAP8[($4_1 + 3 | 0) >> 0] = $5_1 >>> 24 | 0;
  HEAP8[($4_1 + 4 | 0) >> 0] = i64toi32_i32$0;
  HEAP8[($4_1 + 5 | 0) >> 0] = i64toi32_i32$0 >>> 8 | 0;
  HEAP8[($4_1 + 6 | 0) >> 0] = i64toi32_i32$0 >>> 16 | 0;
  HEAP8[($4_1 + 7 | 0) >> 0] = i64toi32_i32$0 >>> 24 | 0;
 }
 
 function $176($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 1094609290 ^ -1095937426 | 0;
   global$3 = HEAP32[(0 + 58336 | 0) >> 2] | 0;
  }
  $3_1 = $0_1 + Math_imul(1192435832, 83710705) | 0;
  i64toi32_i32$0 = HEAPU8[$3_1 >> 0] | 0 | ((HEAPU8[($3_1 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 4 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 5 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 6 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 7 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $177($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 21921643 ^ -1679070509 | 0;
   global$3 = HEAP32[(0 + 12508 | 0) >> 2] | 0;
  }
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
 
 function $178($0_1) {
  $0_1 = $0_1 | 0;
  var $3_1 = 0, i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 918636231 ^ 1705390607 | 0;
   global$3 = HEAP32[(0 + 20664 | 0) >> 2] | 0;
  }
  $3_1 = $0_1 + Math_imul(507001392, 2067118245) | 0;
  i64toi32_i32$0 = HEAPU8[$3_1 >> 0] | 0 | ((HEAPU8[($3_1 + 1 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 2 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 3 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$1 = HEAPU8[($3_1 + 4 | 0) >> 0] | 0 | ((HEAPU8[($3_1 + 5 | 0) >> 0] | 0) << 8 | 0) | 0 | ((HEAPU8[($3_1 + 6 | 0) >> 0] | 0) << 16 | 0 | ((HEAPU8[($3_1 + 7 | 0) >> 0] | 0) << 24 | 0) | 0) | 0;
  i64toi32_i32$HIGH_BITS = i64toi32_i32$1;
  return i64toi32_i32$0 | 0;
 }
 
 function $179($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -438267641 ^ -1194543152 | 0;
   global$3 = HEAP32[(0 + 17360 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + Math_imul(-980472374, -1157022051) | 0) >> 0] = $1_1;
 }
 
 function $180($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 338789520 ^ 1656224095 | 0;
   global$3 = HEAP32[(0 + 63836 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (1216521850 ^ 1216521868 | 0) | 0) >> 0] = $1_1;
 }
 
 function $181($0_1, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = 427898296 ^ -1004082769 | 0;
   global$3 = HEAP32[(0 + 33868 | 0) >> 2] | 0;
  }
  i64toi32_i32$0 = $1$hi;
  HEAP8[($0_1 + (1222237516 + -1222237278 | 0) | 0) >> 0] = $1_1;
 }
 
 function $182($0_1, $0$hi, $1_1, $1$hi) {
  $0_1 = $0_1 | 0;
  $0$hi = $0$hi | 0;
  $1_1 = $1_1 | 0;
  $1$hi = $1$hi | 0;
  var i64toi32_i32$0 = 0, i64toi32_i32$1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1 | 0) {
   global$3 = -1732391596 ^ 26110180 | 0;
   global$3 = HEAP32[(0 + 14976 | 0) >> 2] | 0;
  }
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
  "b": $2, 
  "c": $3, 
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
