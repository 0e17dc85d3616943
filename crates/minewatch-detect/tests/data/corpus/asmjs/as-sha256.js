import * as env from 'env';

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
  base64DecodeToExistingUint8Array(bufferView, 1036, "HAE=");
  base64DecodeToExistingUint8Array(bufferView, 1048, "AQAAAAABAACYL4pCkUQ3cc/7wLWl27XpW8JWOfER8Vmkgj+S1V4cq5iqB9gBW4MSvoUxJMN9DFV0Xb5y/rHegKcG3Jt08ZvBwWmb5IZHvu/GncEPzKEMJG8s6S2qhHRK3KmwXNqI+XZSUT6YbcYxqMgnA7DHf1m/8wvgxkeRp9VRY8oGZykpFIUKtyc4IRsu/G0sTRMNOFNUcwpluwpqdi7JwoGFLHKSoei/oktmGqhwi0vCo1FsxxnoktEkBpnWhTUO9HCgahAWwaQZCGw3Hkx3SCe1vLA0swwcOUqq2E5Pypxb828uaO6Cj3RvY6V4FHjIhAgCx4z6/76Q62xQpPej+b7yeHHG");
  base64DecodeToExistingUint8Array(bufferView, 1324, "LA==");
  base64DecodeToExistingUint8Array(bufferView, 1336, "BAAAABAAAAAgBAAAIAQAAAABAABA");
  base64DecodeToExistingUint8Array(bufferView, 1372, "HAE=");
  base64DecodeToExistingUint8Array(bufferView, 1384, "AQAAAAABAACYL4rCkUQ3cc/7wLWl27XpW8JWOfER8Vmkgj+S1V4cq5iqB9gBW4MSvoUxJMN9DFV0Xb5y/rHegKcG3Jt085vBwWmbZIZH/vDG7eEPVPIMJG806U++hMlsHkG5YfqI+RZSUcbybVqOqGX8GbDHntm5wzESmqDqDucrI7H9sD41x9W6aTBfbZfLjxEPWv3uHtyJtjUKBHoL3p3K9FgWW13hhj5/AICJCDcy6gelN5WrbxBhQBfx1owNbTuqzTe+u8DaO2GDY6NI2zHpAgunXNFvyvoaUjGEMzGVGtRukHhDbfKRnMO9q8ye5qDJtTy2L1PGQcfSo34jB2hLlaR2HRlM");
  base64DecodeToExistingUint8Array(bufferView, 1660, "LA==");
  base64DecodeToExistingUint8Array(bufferView, 1672, "BAAAABAAAABwBQAAcAUAAAABAABA");
  base64DecodeToExistingUint8Array(bufferView, 1708, "LA==");
  base64DecodeToExistingUint8Array(bufferView, 1720, "AgAAABwAAABJAG4AdgBhAGwAaQBkACAAbABlAG4AZwB0AGg=");
  base64DecodeToExistingUint8Array(bufferView, 1756, "PA==");
  base64DecodeToExistingUint8Array(bufferView, 1768, "AgAAACYAAAB+AGwAaQBiAC8AYQByAHIAYQB5AGIAdQBmAGYAZQByAC4AdABz");
  base64DecodeToExistingUint8Array(bufferView, 1820, "PA==");
  base64DecodeToExistingUint8Array(bufferView, 1832, "AgAAACgAAABBAGwAbABvAGMAYQB0AGkAbwBuACAAdABvAG8AIABsAGEAcgBnAGU=");
  base64DecodeToExistingUint8Array(bufferView, 1884, "PA==");
  base64DecodeToExistingUint8Array(bufferView, 1896, "AgAAAB4AAAB+AGwAaQBiAC8AcgB0AC8AdABjAG0AcwAuAHQAcw==");
  base64DecodeToExistingUint8Array(bufferView, 1948, "PA==");
  base64DecodeToExistingUint8Array(bufferView, 1960, "AgAAAB4AAAB+AGwAaQBiAC8AcgB0AC8AdABsAHMAZgAuAHQAcw==");
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
 var buffer = new ArrayBuffer(65536);
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
 var env = imports.env;
 var fimport$0 = env.abort;
 var global$0 = 4;
 var global$1 = 512;
 var global$2 = 0;
 var global$3 = 0;
 var global$4 = 0;
 var global$5 = 0;
 var global$6 = 0;
 var global$7 = 0;
 var global$8 = 0;
 var global$9 = 0;
 var global$10 = 0;
 var global$11 = 0;
 var global$12 = 0;
 var global$13 = 0;
 var global$14 = 0;
 var global$15 = 0;
 var global$16 = 0;
 var global$17 = 0;
 var global$18 = 0;
 var global$19 = 0;
 var global$20 = 0;
 var global$21 = 0;
 var global$22 = 0;
 var global$23 = 0;
 var global$24 = 0;
 var global$25 = 0;
 var global$26 = 0;
 var global$27 = 0;
 var global$28 = 0;
 var global$29 = 0;
 var global$30 = 0;
 var global$31 = 0;
 var global$32 = 0;
 var global$33 = 0;
 var global$34 = 0;
 var global$35 = 0;
 var global$36 = 0;
 function $3($0, $1) {
  var $2 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $2 = HEAP32[$1 >> 2] & -4;
  if ($2 >>> 0 < 256) {
   $2 = $2 >>> 4 | 0
  } else {
   $2 = $2 >>> 0 >= 1073741820 ? 1073741820 : $2;
   $3_1 = 31 - Math_clz32($2) | 0;
   $5_1 = $3_1 - 7 | 0;
   $2 = $2 >>> $3_1 - 4 ^ 16;
  }
  $4_1 = HEAP32[$1 + 8 >> 2];
  $3_1 = HEAP32[$1 + 4 >> 2];
  if ($3_1) {
   HEAP32[$3_1 + 8 >> 2] = $4_1
  }
  if ($4_1) {
   HEAP32[$4_1 + 4 >> 2] = $3_1
  }
  $3_1 = $1;
  $1 = ($2 + ($5_1 << 4) << 2) + $0 | 0;
  if (($3_1 | 0) == HEAP32[$1 + 96 >> 2]) {
   HEAP32[$1 + 96 >> 2] = $4_1;
   if (!$4_1) {
    $1 = ($5_1 << 2) + $0 | 0;
    $2 = HEAP32[$1 + 4 >> 2] & __wasm_rotl_i32(-2, $2);
    HEAP32[$1 + 4 >> 2] = $2;
    if (!$2) {
     (wasm2js_i32$0 = $0, wasm2js_i32$1 = HEAP32[$0 >> 2] & __wasm_rotl_i32(-2, $5_1)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1
    }
   }
  }
 }
 
 function $4($0, $1) {
  var $2 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0;
  $3_1 = HEAP32[$1 >> 2];
  $4_1 = ($1 + 4 | 0) + (HEAP32[$1 >> 2] & -4) | 0;
  $2 = HEAP32[$4_1 >> 2];
  if ($2 & 1) {
   $3($0, $4_1);
   $3_1 = ($3_1 + 4 | 0) + ($2 & -4) | 0;
   HEAP32[$1 >> 2] = $3_1;
   $4_1 = ($1 + 4 | 0) + (HEAP32[$1 >> 2] & -4) | 0;
   $2 = HEAP32[$4_1 >> 2];
  }
  if ($3_1 & 2) {
   $1 = HEAP32[$1 - 4 >> 2];
   $6_1 = HEAP32[$1 >> 2];
   $3($0, $1);
   $3_1 = ($6_1 + 4 | 0) + ($3_1 & -4) | 0;
   HEAP32[$1 >> 2] = $3_1;
  }
  HEAP32[$4_1 >> 2] = $2 | 2;
  HEAP32[$4_1 - 4 >> 2] = $1;
  $2 = $3_1 & -4;
  if ($2 >>> 0 < 256) {
   $2 = $2 >>> 4 | 0
  } else {
   $2 = $2 >>> 0 >= 1073741820 ? 1073741820 : $2;
   $3_1 = 31 - Math_clz32($2) | 0;
   $5_1 = $3_1 - 7 | 0;
   $2 = $2 >>> $3_1 - 4 ^ 16;
  }
  $3_1 = HEAP32[(($2 + ($5_1 << 4) << 2) + $0 | 0) + 96 >> 2];
  HEAP32[$1 + 4 >> 2] = 0;
  HEAP32[$1 + 8 >> 2] = $3_1;
  if ($3_1) {
   HEAP32[$3_1 + 4 >> 2] = $1
  }
  HEAP32[(($2 + ($5_1 << 4) << 2) + $0 | 0) + 96 >> 2] = $1;
  HEAP32[$0 >> 2] = HEAP32[$0 >> 2] | 1 << $5_1;
  $0 = ($5_1 << 2) + $0 | 0;
  HEAP32[$0 + 4 >> 2] = HEAP32[$0 + 4 >> 2] | 1 << $2;
 }
 
 function $5($0, $1, $2) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $1 = ($1 + 19 & -16) - 4 | 0;
  $4_1 = $2 & -16;
  $2 = HEAP32[$0 + 1568 >> 2];
  if ($2) {
   $3_1 = $1 - 16 | 0;
   if (($3_1 | 0) == ($2 | 0)) {
    $5_1 = HEAP32[$2 >> 2];
    $1 = $3_1;
   }
  }
  $2 = $4_1 - $1 | 0;
  if ($2 >>> 0 < 20) {
   return
  }
  $2 = $2 - 8 | 0;
  HEAP32[$1 >> 2] = $5_1 & 2 | ($2 | 1);
  HEAP32[$1 + 4 >> 2] = 0;
  HEAP32[$1 + 8 >> 2] = 0;
  $2 = $2 + ($1 + 4 | 0) | 0;
  HEAP32[$2 >> 2] = 2;
  HEAP32[$0 + 1568 >> 2] = $2;
  $4($0, $1);
 }
 
 function $6($0) {
  return $0 >>> 0 < 536870910 ? ((1 << 27 - Math_clz32($0)) + $0 | 0) - 1 | 0 : $0;
 }
 
 function $7($0, $1) {
  var $2 = 0, $3_1 = 0;
  if ($1 >>> 0 < 256) {
   $1 = $1 >>> 4 | 0
  } else {
   $1 = $6($1);
   $3_1 = 31 - Math_clz32($1) | 0;
   $2 = $3_1 - 7 | 0;
   $1 = $1 >>> $3_1 - 4 ^ 16;
  }
  $1 = HEAP32[(($2 << 2) + $0 | 0) + 4 >> 2] & -1 << $1;
  if ($1) {
   $0 = HEAP32[((__wasm_ctz_i32($1) + ($2 << 4) << 2) + $0 | 0) + 96 >> 2]
  } else {
   $1 = HEAP32[$0 >> 2] & -1 << $2 + 1;
   if ($1) {
    $2 = $0;
    $0 = __wasm_ctz_i32($1);
    $0 = HEAP32[($2 + (__wasm_ctz_i32(HEAP32[($2 + ($0 << 2) | 0) + 4 >> 2]) + ($0 << 4) << 2) | 0) + 96 >> 2];
   } else {
    $0 = 0
   }
  }
  return $0;
 }
 
 function $9($0) {
  var $1 = 0, $2 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0;
  if ($0 >>> 0 > 1073741820) {
   fimport$0(1728, 1776, 52, 43);
   wasm2js_trap();
  }
  if ($0 >>> 0 > 1073741804) {
   fimport$0(1840, 1904, 125, 30);
   wasm2js_trap();
  }
  if (!global$23) {
   $1 = __wasm_memory_size();
   if (($1 | 0) <= 0) {
    $1 = (__wasm_memory_grow(1 - $1 | 0) | 0) < 0
   } else {
    $1 = 0
   }
   if ($1) {
    wasm2js_trap()
   }
   HEAP32[512] = 0;
   HEAP32[904] = 0;
   while (1) {
    if ($2 >>> 0 < 23) {
     HEAP32[(($2 << 2) + 2048 | 0) + 4 >> 2] = 0;
     $1 = 0;
     while (1) {
      if ($1 >>> 0 < 16) {
       HEAP32[(($1 + ($2 << 4) << 2) + 2048 | 0) + 96 >> 2] = 0;
       $1 = $1 + 1 | 0;
       continue;
      }
      break;
     };
     $2 = $2 + 1 | 0;
     continue;
    }
    break;
   };
   $5(2048, 3620, __wasm_memory_size() << 16);
   global$23 = 2048;
  }
  $3_1 = global$23;
  $2 = $0 + 16 | 0;
  if ($2 >>> 0 > 1073741820) {
   fimport$0(1840, 1968, 461, 29);
   wasm2js_trap();
  }
  $2 = $2 >>> 0 <= 12 ? 12 : ($2 + 19 & -16) - 4 | 0;
  $1 = $7($3_1, $2);
  if (!$1) {
   if ($2 >>> 0 >= 256) {
    $1 = $6($2)
   } else {
    $1 = $2
   }
   $4_1 = __wasm_memory_size();
   $1 = (($1 + (4 << (HEAP32[$3_1 + 1568 >> 2] != (($4_1 << 16) - 4 | 0))) | 0) + 65535 & -65536) >>> 16 | 0;
   if ((__wasm_memory_grow((($1 | 0) < ($4_1 | 0) ? $4_1 : $1) | 0) | 0) < 0) {
    if ((__wasm_memory_grow($1 | 0) | 0) < 0) {
     wasm2js_trap()
    }
   }
   $5($3_1, $4_1 << 16, __wasm_memory_size() << 16);
   $1 = $7($3_1, $2);
  }
  $3($3_1, $1);
  $4_1 = HEAP32[$1 >> 2];
  $5_1 = ($4_1 & -4) - $2 | 0;
  if ($5_1 >>> 0 >= 16) {
   HEAP32[$1 >> 2] = $4_1 & 2 | $2;
   $2 = $2 + ($1 + 4 | 0) | 0;
   HEAP32[$2 >> 2] = $5_1 - 4 | 1;
   $4($3_1, $2);
  } else {
   HEAP32[$1 >> 2] = $4_1 & -2;
   $3_1 = ($1 + 4 | 0) + (HEAP32[$1 >> 2] & -4) | 0;
   HEAP32[$3_1 >> 2] = HEAP32[$3_1 >> 2] & -3;
  }
  HEAP32[$1 + 12 >> 2] = 1;
  HEAP32[$1 + 16 >> 2] = $0;
  $3_1 = global$24;
  $2 = HEAP32[$3_1 + 8 >> 2];
  HEAP32[$1 + 4 >> 2] = $3_1;
  HEAP32[$1 + 8 >> 2] = $2;
  HEAP32[$2 + 4 >> 2] = HEAP32[$2 + 4 >> 2] & 3 | $1;
  HEAP32[$3_1 + 8 >> 2] = $1;
  global$25 = global$25 + ((HEAP32[$1 >> 2] & -4) + 4 | 0) | 0;
  $2 = $1 + 20 | 0;
  wasm2js_memory_fill($2, 0, $0);
  return $2;
 }
 
 function $10() {
  global$4 = 1779033703;
  global$5 = -1150833019;
  global$6 = 1013904242;
  global$7 = -1521486534;
  global$8 = 1359893119;
  global$9 = -1694144372;
  global$10 = 528734635;
  global$11 = 1541459225;
  global$34 = 0;
  global$35 = 0;
 }
 
 function $11($0, $1, $2) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  global$12 = global$4;
  global$13 = global$5;
  global$14 = global$6;
  global$15 = global$7;
  global$16 = global$8;
  global$17 = global$9;
  global$18 = global$10;
  global$19 = global$11;
  global$20 = 0;
  while (1) {
   if (global$20 >>> 0 < 16) {
    $3_1 = Math_imul($2, global$20) << 2;
    HEAP32[(global$20 << 2) + $0 >> 2] = HEAPU8[($3_1 + 3 | 0) + $1 | 0] | (HEAPU8[$1 + $3_1 | 0] << 24 | HEAPU8[($3_1 + 1 | 0) + $1 | 0] << 16 | HEAPU8[($3_1 + 2 | 0) + $1 | 0] << 8);
    global$20 = global$20 + 1 | 0;
    continue;
   }
   break;
  };
  global$20 = 16;
  while (1) {
   if (global$20 >>> 0 < 64) {
    $2 = (global$20 << 2) + $0 | 0;
    $3_1 = HEAP32[(global$20 - 16 << 2) + $0 >> 2];
    $1 = HEAP32[(global$20 - 2 << 2) + $0 >> 2];
    $4_1 = HEAP32[(global$20 - 7 << 2) + $0 >> 2] + (__wasm_rotr_i32($1, 17) ^ __wasm_rotr_i32($1, 19) ^ $1 >>> 10) | 0;
    $1 = HEAP32[(global$20 - 15 << 2) + $0 >> 2];
    (wasm2js_i32$0 = $2, wasm2js_i32$1 = $3_1 + ($4_1 + (__wasm_rotr_i32($1, 7) ^ __wasm_rotr_i32($1, 18) ^ $1 >>> 3) | 0) | 0), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    global$20 = global$20 + 1 | 0;
    continue;
   }
   break;
  };
  global$20 = 0;
  while (1) {
   if (global$20 >>> 0 < 64) {
    $1 = global$20 << 2;
    $2 = HEAP32[$1 + $0 >> 2];
    $3_1 = HEAP32[global$2 + $1 >> 2];
    $1 = global$16;
    $4_1 = global$19 + (__wasm_rotr_i32($1, 6) ^ __wasm_rotr_i32($1, 11) ^ __wasm_rotr_i32($1, 25)) | 0;
    $1 = global$16;
    global$21 = $2 + ($3_1 + ($4_1 + ($1 & global$17 ^ global$18 & ($1 ^ -1)) | 0) | 0) | 0;
    $1 = global$12;
    $4_1 = __wasm_rotr_i32($1, 2) ^ __wasm_rotr_i32($1, 13) ^ __wasm_rotr_i32($1, 22);
    $1 = global$13;
    $2 = global$14;
    $5_1 = $1 & $2;
    $3_1 = $1;
    $1 = global$12;
    global$22 = $4_1 + ($5_1 ^ ($3_1 & $1 ^ $1 & $2)) | 0;
    global$19 = global$18;
    global$18 = global$17;
    global$17 = global$16;
    global$16 = global$15 + global$21 | 0;
    global$15 = global$14;
    global$14 = global$13;
    global$13 = global$12;
    global$12 = global$21 + global$22 | 0;
    global$20 = global$20 + 1 | 0;
    continue;
   }
   break;
  };
  global$4 = global$4 + global$12 | 0;
  global$5 = global$5 + global$13 | 0;
  global$6 = global$6 + global$14 | 0;
  global$7 = global$7 + global$15 | 0;
  global$8 = global$8 + global$16 | 0;
  global$9 = global$9 + global$17 | 0;
  global$10 = global$10 + global$18 | 0;
  global$11 = global$11 + global$19 | 0;
 }
 
 function $13($0) {
  return __wasm_rotl_i32($0 & -16711936, 8) | __wasm_rotr_i32($0 & 16711935, 8);
 }
 
 function $14($0, $1, $2) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $10();
  $11(global$29, $0, $2);
  $4_1 = global$3;
  global$12 = global$4;
  global$13 = global$5;
  global$14 = global$6;
  global$15 = global$7;
  global$16 = global$8;
  global$17 = global$9;
  global$18 = global$10;
  global$19 = global$11;
  global$20 = 0;
  while (1) {
   if (global$20 >>> 0 < 64) {
    $2 = HEAP32[(global$20 << 2) + $4_1 >> 2];
    $0 = global$16;
    $3_1 = global$19 + (__wasm_rotr_i32($0, 6) ^ __wasm_rotr_i32($0, 11) ^ __wasm_rotr_i32($0, 25)) | 0;
    $0 = global$16;
    global$21 = $2 + ($3_1 + ($0 & global$17 ^ global$18 & ($0 ^ -1)) | 0) | 0;
    $0 = global$12;
    $5_1 = __wasm_rotr_i32($0, 2) ^ __wasm_rotr_i32($0, 13) ^ __wasm_rotr_i32($0, 22);
    $2 = global$13;
    $0 = global$14;
    $6_1 = $2 & $0;
    $3_1 = $2;
    $2 = global$12;
    global$22 = $5_1 + ($6_1 ^ ($3_1 & $2 ^ $0 & $2)) | 0;
    global$19 = global$18;
    global$18 = global$17;
    global$17 = global$16;
    global$16 = global$15 + global$21 | 0;
    global$15 = global$14;
    global$14 = global$13;
    global$13 = global$12;
    global$12 = global$21 + global$22 | 0;
    global$20 = global$20 + 1 | 0;
    continue;
   }
   break;
  };
  global$4 = global$4 + global$12 | 0;
  global$5 = global$5 + global$13 | 0;
  global$6 = global$6 + global$14 | 0;
  global$7 = global$7 + global$15 | 0;
  global$8 = global$8 + global$16 | 0;
  global$9 = global$9 + global$17 | 0;
  global$10 = global$10 + global$18 | 0;
  global$11 = global$11 + global$19 | 0;
  (wasm2js_i32$0 = $1, wasm2js_i32$1 = $13(global$4)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $1, wasm2js_i32$1 = $13(global$5)), HEAP32[wasm2js_i32$0 + 4 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $1, wasm2js_i32$1 = $13(global$6)), HEAP32[wasm2js_i32$0 + 8 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $1, wasm2js_i32$1 = $13(global$7)), HEAP32[wasm2js_i32$0 + 12 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $1, wasm2js_i32$1 = $13(global$8)), HEAP32[wasm2js_i32$0 + 16 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $1, wasm2js_i32$1 = $13(global$9)), HEAP32[wasm2js_i32$0 + 20 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $1, wasm2js_i32$1 = $13(global$10)), HEAP32[wasm2js_i32$0 + 24 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $1, wasm2js_i32$1 = $13(global$11)), HEAP32[wasm2js_i32$0 + 28 >> 2] = wasm2js_i32$1;
 }
 
 function $15($0, $1) {
  $0 = $0 | 0;
  $1 = $1 | 0;
  $14($0, $1, 1);
 }
 
 function $16($0) {
  $0 = $0 | 0;
  var $1 = 0;
  while (1) {
   if (($1 | 0) < 4) {
    $15(global$31 + ($1 << 6) | 0, ($1 << 5) + $0 | 0);
    $1 = $1 + 1 | 0;
    continue;
   }
   break;
  };
 }
 
 function $17($0) {
  $0 = $0 | 0;
  var $1 = 0;
  while (1) {
   if (($1 | 0) < 4) {
    $14(global$31 + ($1 << 2) | 0, ($1 << 5) + $0 | 0, 4);
    $1 = $1 + 1 | 0;
    continue;
   }
   break;
  };
 }
 
 function $18($0, $1) {
  $0 = $0 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3_1 = 0;
  global$35 = $1 + global$35 | 0;
  if (global$34) {
   $2 = 64 - global$34 | 0;
   if (($1 | 0) >= ($2 | 0)) {
    wasm2js_memory_copy(global$27 + global$34 | 0, $0, $2);
    global$34 = $2 + global$34 | 0;
    $2 = 64 - global$34 | 0;
    $1 = $1 - (64 - global$34 | 0) | 0;
    $11(global$29, global$27, 1);
    global$34 = 0;
   } else {
    wasm2js_memory_copy(global$27 + global$34 | 0, $0, $1);
    global$34 = $1 + global$34 | 0;
    return;
   }
  }
  while (1) {
   if ((($1 | 0) / 64 | 0) > ($3_1 | 0)) {
    $11(global$29, $0 + $2 | 0, 1);
    $3_1 = $3_1 + 1 | 0;
    $2 = $2 - -64 | 0;
    continue;
   }
   break;
  };
  $1 = $1 & 63;
  if ($1) {
   wasm2js_memory_copy(global$27 + global$34 | 0, $0 + $2 | 0, $1);
   global$34 = $1 + global$34 | 0;
  }
 }
 
 function $19($0) {
  $0 = $0 | 0;
  var $1 = 0, $2 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  HEAP8[global$27 + global$34 | 0] = 128;
  global$34 = global$34 + 1 | 0;
  if ((global$34 | 0) > 56) {
   $1 = global$27 + global$34 | 0;
   $2 = $1 + (64 - global$34 | 0) | 0;
   while (1) {
    if ($1 >>> 0 < $2 >>> 0) {
     HEAP8[$1 | 0] = 0;
     $1 = $1 + 1 | 0;
     continue;
    }
    break;
   };
   $11(global$29, global$27, 1);
   global$34 = 0;
  }
  $1 = global$27 + global$34 | 0;
  $2 = $1 + (56 - global$34 | 0) | 0;
  while (1) {
   if ($1 >>> 0 < $2 >>> 0) {
    HEAP8[$1 | 0] = 0;
    $1 = $1 + 1 | 0;
    continue;
   }
   break;
  };
  (wasm2js_i32$0 = global$27, wasm2js_i32$1 = $13((global$35 | 0) / 536870912 | 0)), HEAP32[wasm2js_i32$0 + 56 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = global$27, wasm2js_i32$1 = $13(global$35 << 3)), HEAP32[wasm2js_i32$0 + 60 >> 2] = wasm2js_i32$1;
  $11(global$29, global$27, 1);
  (wasm2js_i32$0 = $0, wasm2js_i32$1 = $13(global$4)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $0, wasm2js_i32$1 = $13(global$5)), HEAP32[wasm2js_i32$0 + 4 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $0, wasm2js_i32$1 = $13(global$6)), HEAP32[wasm2js_i32$0 + 8 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $0, wasm2js_i32$1 = $13(global$7)), HEAP32[wasm2js_i32$0 + 12 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $0, wasm2js_i32$1 = $13(global$8)), HEAP32[wasm2js_i32$0 + 16 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $0, wasm2js_i32$1 = $13(global$9)), HEAP32[wasm2js_i32$0 + 20 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $0, wasm2js_i32$1 = $13(global$10)), HEAP32[wasm2js_i32$0 + 24 >> 2] = wasm2js_i32$1;
  (wasm2js_i32$0 = $0, wasm2js_i32$1 = $13(global$11)), HEAP32[wasm2js_i32$0 + 28 >> 2] = wasm2js_i32$1;
 }
 
 function $20($0) {
  $0 = $0 | 0;
  $10();
  $18(global$31, $0);
  $19(global$33);
 }
 
 function $21() {
  global$2 = HEAP32[337];
  global$3 = HEAP32[421];
  HEAP32[505] = 2016;
  HEAP32[506] = 2016;
  global$24 = 2016;
  global$26 = $9(64);
  global$27 = global$26;
  global$28 = $9(1024);
  global$29 = global$28;
  global$30 = $9(512);
  global$31 = global$30;
  global$32 = $9(32);
  global$33 = global$32;
 }
 
 function __wasm_ctz_i32($0) {
  if ($0) {
   return 31 - Math_clz32($0 ^ $0 - 1) | 0
  }
  return 32;
 }
 
 function __wasm_rotl_i32($0, $1) {
  var $2 = 0;
  $2 = $1 & 31;
  $1 = 0 - $1 & 31;
  return ($0 & -1 >>> $2) << $2 | ($0 & -1 << $1) >>> $1;
 }
 
 function __wasm_rotr_i32($0, $1) {
  var $2 = 0;
  $2 = $1 & 31;
  $1 = 0 - $1 & 31;
  return ($0 & -1 << $2) >>> $2 | ($0 & -1 >>> $1) << $1;
 }
 
 bufferView = HEAPU8;
 initActiveSegments(imports);
 $21();
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
  "HAS_SIMD": {
   get value() {
    return global$36;
   }, 
   set value(_global$36) {
    global$36 = _global$36;
   }
  }, 
  "batchHash4UintArray64s": $16, 
  "batchHash4HashObjectInputs": $17, 
  "INPUT_LENGTH": {
   get value() {
    return global$1;
   }, 
   set value(_global$1) {
    global$1 = _global$1;
   }
  }, 
  "PARALLEL_FACTOR": {
   get value() {
    return global$0;
   }, 
   set value(_global$0) {
    global$0 = _global$0;
   }
  }, 
  "input": {
   get value() {
    return global$30;
   }, 
   set value(_global$30) {
    global$30 = _global$30;
   }
  }, 
  "output": {
   get value() {
    return global$32;
   }, 
   set value(_global$32) {
    global$32 = _global$32;
   }
  }, 
  "init": $10, 
  "update": $18, 
  "final": $19, 
  "digest": $20, 
  "digest64": $15, 
  "memory": Object.create(Object.prototype, {
   "grow": {
    "value": __wasm_memory_grow
   }, 
   "buffer": {
    "get": function () {
     return buffer;
    }
    
   }
  })
 };
}

var retasmFunc = asmFunc({
  "env": env,
});
export var HAS_SIMD = retasmFunc.HAS_SIMD;
export var batchHash4UintArray64s = retasmFunc.batchHash4UintArray64s;
export var batchHash4HashObjectInputs = retasmFunc.batchHash4HashObjectInputs;
export var INPUT_LENGTH = retasmFunc.INPUT_LENGTH;
export var PARALLEL_FACTOR = retasmFunc.PARALLEL_FACTOR;
export var input = retasmFunc.input;
export var output = retasmFunc.output;
export var init = retasmFunc.init;
export var update = retasmFunc.update;
export var final = retasmFunc.final;
export var digest = retasmFunc.digest;
export var digest64 = retasmFunc.digest64;
export var memory = retasmFunc.memory;
