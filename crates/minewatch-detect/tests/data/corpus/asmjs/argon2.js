import * as a from 'a';

function Table(ret) {
  // grow method not included; table is not growable
  ret.set = function(i, func) {
    this[i] = func;
  };
  ret.get = function(i) {
    return this[i];
  };
  return ret;
}

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
  base64DecodeToExistingUint8Array(bufferView, 1024, "CMm882fmCWo7p8qEha5nuyv4lP5y82488TYdXzr1T6XRguatf1IOUR9sPiuMaAWba71B+6vZgx95IX4TGc3gWwAAAAABAAAAAgAAAAMAAAAEAAAABQAAAAYAAAAHAAAACAAAAAkAAAAKAAAACwAAAAwAAAANAAAADgAAAA8AAAAOAAAACgAAAAQAAAAIAAAACQAAAA8AAAANAAAABgAAAAEAAAAMAAAAAAAAAAIAAAALAAAABwAAAAUAAAADAAAACwAAAAgAAAAMAAAAAAAAAAUAAAACAAAADwAAAA0AAAAKAAAADgAAAAMAAAAGAAAABwAAAAEAAAAJAAAABAAAAAcAAAAJAAAAAwAAAAEAAAANAAAADAAAAAsAAAAOAAAAAgAAAAYAAAAFAAAACgAAAAQAAAAAAAAADwAAAAgAAAAJAAAAAAAAAAUAAAAHAAAAAgAAAAQAAAAKAAAADwAAAA4AAAABAAAACwAAAAwAAAAGAAAACAAAAAMAAAANAAAAAgAAAAwAAAAGAAAACgAAAAAAAAALAAAACAAAAAMAAAAEAAAADQAAAAcAAAAFAAAADwAAAA4AAAABAAAACQAAAAwAAAAFAAAAAQAAAA8AAAAOAAAADQAAAAQAAAAKAAAAAAAAAAcAAAAGAAAAAwAAAAkAAAACAAAACAAAAAsAAAANAAAACwAAAAcAAAAOAAAADAAAAAEAAAADAAAACQAAAAUAAAAAAAAADwAAAAQAAAAIAAAABgAAAAIAAAAKAAAABgAAAA8AAAAOAAAACQAAAAsAAAADAAAAAAAAAAgAAAAMAAAAAgAAAA0AAAAHAAAAAQAAAAQAAAAKAAAABQAAAAoAAAACAAAACAAAAAQAAAAHAAAABgAAAAEAAAAFAAAADwAAAAsAAAAJAAAADgAAAAMAAAAMAAAADQ==");
  base64DecodeToExistingUint8Array(bufferView, 1732, "AQAAAAIAAAADAAAABAAAAAUAAAAGAAAABwAAAAgAAAAJAAAACgAAAAsAAAAMAAAADQAAAA4AAAAPAAAADgAAAAoAAAAEAAAACAAAAAkAAAAPAAAADQAAAAYAAAABAAAADAAAAAAAAAACAAAACwAAAAcAAAAFAAAAAwAAAC0rICAgMFgweAAlbHUAT3V0cHV0IGlzIHRvbyBzaG9ydABTYWx0IGlzIHRvbyBzaG9ydABTZWNyZXQgaXMgdG9vIHNob3J0AFBhc3N3b3JkIGlzIHRvbyBzaG9ydABBc3NvY2lhdGVkIGRhdGEgaXMgdG9vIHNob3J0AFNvbWUgb2YgZW5jb2RlZCBwYXJhbWV0ZXJzIGFyZSB0b28gbG9uZyBvciB0b28gc2hvcnQATWlzc2luZyBhcmd1bWVudHMAVG9vIG1hbnkgbGFuZXMAVG9vIGZldyBsYW5lcwBUb28gbWFueSB0aHJlYWRzAE5vdCBlbm91Z2ggdGhyZWFkcwBNZW1vcnkgYWxsb2NhdGlvbiBlcnJvcgBNZW1vcnkgY29zdCBpcyB0b28gc21hbGwAVGltZSBjb3N0IGlzIHRvbyBzbWFsbABhcmdvbjJpAEFyZ29uMmkAVGhlIHBhc3N3b3JkIGRvZXMgbm90IG1hdGNoIHRoZSBzdXBwbGllZCBoYXNoAE91dHB1dCBwb2ludGVyIG1pc21hdGNoAE91dHB1dCBpcyB0b28gbG9uZwBTYWx0IGlzIHRvbyBsb25nAFNlY3JldCBpcyB0b28gbG9uZwBQYXNzd29yZCBpcyB0b28gbG9uZwBBc3NvY2lhdGVkIGRhdGEgaXMgdG9vIGxvbmcAVGhyZWFkaW5nIGZhaWx1cmUATWVtb3J5IGNvc3QgaXMgdG9vIGxhcmdlAFRpbWUgY29zdCBpcyB0b28gbGFyZ2UAVW5rbm93biBlcnJvciBjb2RlAGFyZ29uMmlkAEFyZ29uMmlkAEVuY29kaW5nIGZhaWxlZABEZWNvZGluZyBmYWlsZWQAYXJnb24yZABBcmdvbjJkAEFyZ29uMl9Db250ZXh0IGNvbnRleHQgaXMgTlVMTABPdXRwdXQgcG9pbnRlciBpcyBOVUxMAFRoZSBhbGxvY2F0ZSBtZW1vcnkgY2FsbGJhY2sgaXMgTlVMTABUaGUgZnJlZSBtZW1vcnkgY2FsbGJhY2sgaXMgTlVMTABPSwAkdj0ALHQ9ACxwPQAkbT0AVGhlcmUgaXMgbm8gc3VjaCB2ZXJzaW9uIG9mIEFyZ29uMgBTYWx0IHBvaW50ZXIgaXMgTlVMTCwgYnV0IHNhbHQgbGVuZ3RoIGlzIG5vdCAwAFNlY3JldCBwb2ludGVyIGlzIE5VTEwsIGJ1dCBzZWNyZXQgbGVuZ3RoIGlzIG5vdCAwAFBhc3N3b3JkIHBvaW50ZXIgaXMgTlVMTCwgYnV0IHBhc3N3b3JkIGxlbmd0aCBpcyBub3QgMABBc3NvY2lhdGVkIGRhdGEgcG9pbnRlciBpcyBOVUxMLCBidXQgYWQgbGVuZ3RoIGlzIG5vdCAwAChudWxsKQAAAJsIAAC7BwAASQkAAMAJAACwCQAA8AcAAB8IAAAwCAAAyQgAAG8KAADgCQAAFgoAADsKAABDCAAAKwsAAMEKAACSCgAA9AoAAAIIAAARCAAAWwkAAFsIAAB0CQAAdAgAAAUJAAB0BwAALQkAAJ4HAAD0CAAAYgcAABgJAACIBwAA4QgAAE4HAAD/CQAAXAoAAAE=");
  base64DecodeToExistingUint8Array(bufferView, 3108, "Ag==");
  base64DecodeToExistingUint8Array(bufferView, 3147, "//////8=");
  base64DecodeToExistingUint8Array(bufferView, 3216, "EQAKABEREQAAAAAFAAAAAAAACQAAAAALAAAAAAAAAAARAA8KERERAwoHAAEACQsLAAAJBgsAAAsABhEAAAARERE=");
  base64DecodeToExistingUint8Array(bufferView, 3297, "CwAAAAAAAAAAEQAKChEREQAKAAACAAkLAAAACQALAAAL");
  base64DecodeToExistingUint8Array(bufferView, 3355, "DA==");
  base64DecodeToExistingUint8Array(bufferView, 3367, "DAAAAAAMAAAAAAkMAAAAAAAMAAAM");
  base64DecodeToExistingUint8Array(bufferView, 3413, "Dg==");
  base64DecodeToExistingUint8Array(bufferView, 3425, "DQAAAAQNAAAAAAkOAAAAAAAOAAAO");
  base64DecodeToExistingUint8Array(bufferView, 3471, "EA==");
  base64DecodeToExistingUint8Array(bufferView, 3483, "DwAAAAAPAAAAAAkQAAAAAAAQAAAQAAASAAAAEhIS");
  base64DecodeToExistingUint8Array(bufferView, 3538, "EgAAABISEgAAAAAAAAk=");
  base64DecodeToExistingUint8Array(bufferView, 3587, "Cw==");
  base64DecodeToExistingUint8Array(bufferView, 3599, "CgAAAAAKAAAAAAkLAAAAAAALAAAL");
  base64DecodeToExistingUint8Array(bufferView, 3645, "DA==");
  base64DecodeToExistingUint8Array(bufferView, 3657, "DAAAAAAMAAAAAAkMAAAAAAAMAAAMAAAwMTIzNDU2Nzg5QUJDREVG");
  base64DecodeToExistingUint8Array(bufferView, 3696, "AQ==");
  base64DecodeToExistingUint8Array(bufferView, 3872, "iA8=");
  base64DecodeToExistingUint8Array(bufferView, 3928, "kBFQ");
}
function wasm2js_trap() { throw new Error('abort'); }

function asmFunc(imports) {
 var buffer = new ArrayBuffer(16777216);
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
 var a = imports.a;
 var fimport$0 = a.a;
 var fimport$1 = a.b;
 var global$0 = 5247376;
 var __wasm_intrinsics_temp_i64 = 0;
 var __wasm_intrinsics_temp_i64$hi = 0;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  $8_1 = $2_1 & 63;
  $6_1 = $8_1;
  $4_1 = $6_1 & 31;
  if (($6_1 & 63) >>> 0 >= 32) {
   $3_1 = -1 << $4_1;
   $5_1 = 0;
  } else {
   $3_1 = (1 << $4_1) - 1 & -1 >>> 32 - $4_1 | -1 << $4_1;
   $5_1 = -1 << $4_1;
  }
  $7_1 = $1_1 & $3_1;
  $3_1 = $0_1 & $5_1;
  $4_1 = $8_1 & 31;
  if (($6_1 & 63) >>> 0 >= 32) {
   $5_1 = 0;
   $8_1 = $7_1 >>> $4_1 | 0;
  } else {
   $5_1 = $7_1 >>> $4_1 | 0;
   $8_1 = ((1 << $4_1) - 1 & $7_1) << 32 - $4_1 | $3_1 >>> $4_1;
  }
  $4_1 = $5_1;
  $2_1 = 0 - $2_1 & 63;
  $6_1 = $2_1;
  $3_1 = $6_1 & 31;
  if (($6_1 & 63) >>> 0 >= 32) {
   $5_1 = 0;
   $7_1 = -1 >>> $3_1 | 0;
  } else {
   $5_1 = -1 >>> $3_1 | 0;
   $7_1 = (1 << $3_1) - 1 << 32 - $3_1 | -1 >>> $3_1;
  }
  $1_1 = $1_1 & $5_1;
  $5_1 = $0_1 & $7_1;
  $3_1 = $2_1 & 31;
  if (($6_1 & 63) >>> 0 >= 32) {
   $7_1 = $5_1 << $3_1;
   $6_1 = 0;
  } else {
   $7_1 = (1 << $3_1) - 1 & $5_1 >>> 32 - $3_1 | $1_1 << $3_1;
   $6_1 = $5_1 << $3_1;
  }
  i64toi32_i32$HIGH_BITS = $4_1 | $7_1;
  return $6_1 | $8_1;
 }
 
 function $1($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0;
  $6_1 = $1_1 + $3_1 | 0;
  $5_1 = $2_1;
  $3_1 = $5_1 + $0_1 | 0;
  $7_1 = $3_1;
  $3_1 = $3_1 >>> 0 < $5_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
  $6_1 = $1_1;
  $1_1 = $0_1;
  $5_1 = 1;
  $4_1 = 1;
  if (($5_1 & 63) >>> 0 >= 32) {
   $0_1 = $1_1 << $4_1;
   $1_1 = 0;
  } else {
   $0_1 = (1 << $4_1) - 1 & $1_1 >>> 32 - $4_1 | $6_1 << $4_1;
   $1_1 = $1_1 << $4_1;
  }
  $5_1 = __wasm_i64_mul($1_1 & -2, $0_1 & 1, $2_1, 0);
  $3_1 = $3_1 + i64toi32_i32$HIGH_BITS | 0;
  $4_1 = $5_1 + $7_1 | 0;
  $3_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  i64toi32_i32$HIGH_BITS = $3_1;
  return $4_1;
 }
 
 function $2($0_1, $1_1) {
  if (!(!HEAP32[924] | !$0_1)) {
   $27($0_1, $1_1)
  }
 }
 
 function $3($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  if ($2_1 >>> 0 >= 512) {
   fimport$0($0_1 | 0, $1_1 | 0, $2_1 | 0) | 0;
   return $0_1;
  }
  $4_1 = $0_1 + $2_1 | 0;
  block2 : {
   if (!(($0_1 ^ $1_1) & 3)) {
    block : {
     if (!($0_1 & 3)) {
      $2_1 = $0_1;
      break block;
     }
     if (($2_1 | 0) <= 0) {
      $2_1 = $0_1;
      break block;
     }
     $2_1 = $0_1;
     while (1) {
      HEAP8[$2_1 | 0] = HEAPU8[$1_1 | 0];
      $1_1 = $1_1 + 1 | 0;
      $2_1 = $2_1 + 1 | 0;
      if (!($2_1 & 3)) {
       break block
      }
      if ($2_1 >>> 0 < $4_1 >>> 0) {
       continue
      }
      break;
     };
    }
    $3_1 = $4_1 & -4;
    block1 : {
     if ($3_1 >>> 0 < 64) {
      break block1
     }
     $5_1 = $3_1 + -64 | 0;
     if ($5_1 >>> 0 < $2_1 >>> 0) {
      break block1
     }
     while (1) {
      HEAP32[$2_1 >> 2] = HEAP32[$1_1 >> 2];
      HEAP32[$2_1 + 4 >> 2] = HEAP32[$1_1 + 4 >> 2];
      HEAP32[$2_1 + 8 >> 2] = HEAP32[$1_1 + 8 >> 2];
      HEAP32[$2_1 + 12 >> 2] = HEAP32[$1_1 + 12 >> 2];
      HEAP32[$2_1 + 16 >> 2] = HEAP32[$1_1 + 16 >> 2];
      HEAP32[$2_1 + 20 >> 2] = HEAP32[$1_1 + 20 >> 2];
      HEAP32[$2_1 + 24 >> 2] = HEAP32[$1_1 + 24 >> 2];
      HEAP32[$2_1 + 28 >> 2] = HEAP32[$1_1 + 28 >> 2];
      HEAP32[$2_1 + 32 >> 2] = HEAP32[$1_1 + 32 >> 2];
      HEAP32[$2_1 + 36 >> 2] = HEAP32[$1_1 + 36 >> 2];
      HEAP32[$2_1 + 40 >> 2] = HEAP32[$1_1 + 40 >> 2];
      HEAP32[$2_1 + 44 >> 2] = HEAP32[$1_1 + 44 >> 2];
      HEAP32[$2_1 + 48 >> 2] = HEAP32[$1_1 + 48 >> 2];
      HEAP32[$2_1 + 52 >> 2] = HEAP32[$1_1 + 52 >> 2];
      HEAP32[$2_1 + 56 >> 2] = HEAP32[$1_1 + 56 >> 2];
      HEAP32[$2_1 + 60 >> 2] = HEAP32[$1_1 + 60 >> 2];
      $1_1 = $1_1 - -64 | 0;
      $2_1 = $2_1 - -64 | 0;
      if ($5_1 >>> 0 >= $2_1 >>> 0) {
       continue
      }
      break;
     };
    }
    if ($2_1 >>> 0 >= $3_1 >>> 0) {
     break block2
    }
    while (1) {
     HEAP32[$2_1 >> 2] = HEAP32[$1_1 >> 2];
     $1_1 = $1_1 + 4 | 0;
     $2_1 = $2_1 + 4 | 0;
     if ($3_1 >>> 0 > $2_1 >>> 0) {
      continue
     }
     break;
    };
    break block2;
   }
   if ($4_1 >>> 0 < 4) {
    $2_1 = $0_1;
    break block2;
   }
   $3_1 = $4_1 - 4 | 0;
   if ($3_1 >>> 0 < $0_1 >>> 0) {
    $2_1 = $0_1;
    break block2;
   }
   $2_1 = $0_1;
   while (1) {
    HEAP8[$2_1 | 0] = HEAPU8[$1_1 | 0];
    HEAP8[$2_1 + 1 | 0] = HEAPU8[$1_1 + 1 | 0];
    HEAP8[$2_1 + 2 | 0] = HEAPU8[$1_1 + 2 | 0];
    HEAP8[$2_1 + 3 | 0] = HEAPU8[$1_1 + 3 | 0];
    $1_1 = $1_1 + 4 | 0;
    $2_1 = $2_1 + 4 | 0;
    if ($3_1 >>> 0 >= $2_1 >>> 0) {
     continue
    }
    break;
   };
  }
  if ($2_1 >>> 0 < $4_1 >>> 0) {
   while (1) {
    HEAP8[$2_1 | 0] = HEAPU8[$1_1 | 0];
    $1_1 = $1_1 + 1 | 0;
    $2_1 = $2_1 + 1 | 0;
    if (($4_1 | 0) != ($2_1 | 0)) {
     continue
    }
    break;
   }
  }
  return $0_1;
 }
 
 function $4($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  block : {
   if (!$2_1) {
    break block
   }
   $3_1 = -1;
   if (!$0_1 | !$1_1) {
    break block
   }
   if (HEAP32[$0_1 + 80 >> 2] | HEAP32[$0_1 + 84 >> 2]) {
    break block
   }
   $3_1 = HEAP32[$0_1 + 224 >> 2];
   block1 : {
    if ($2_1 + $3_1 >>> 0 < 129) {
     break block1
    }
    $5_1 = $0_1 + 96 | 0;
    $4_1 = 128 - $3_1 | 0;
    $3($3_1 + $5_1 | 0, $1_1, $4_1);
    $24($0_1, 128);
    $23($0_1, $5_1);
    $3_1 = 0;
    HEAP32[$0_1 + 224 >> 2] = 0;
    $1_1 = $1_1 + $4_1 | 0;
    $2_1 = $2_1 - $4_1 | 0;
    if ($2_1 >>> 0 < 129) {
     break block1
    }
    while (1) {
     $24($0_1, 128);
     $23($0_1, $1_1);
     $1_1 = $1_1 + 128 | 0;
     $2_1 = $2_1 - 128 | 0;
     if ($2_1 >>> 0 > 128) {
      continue
     }
     break;
    };
    $3_1 = HEAP32[$0_1 + 224 >> 2];
   }
   $3(($0_1 + $3_1 | 0) + 96 | 0, $1_1, $2_1);
   HEAP32[$0_1 + 224 >> 2] = $2_1 + HEAP32[$0_1 + 224 >> 2];
   $3_1 = 0;
  }
  return $3_1;
 }
 
 function $5($0_1, $1_1) {
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $6($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  block : {
   if (!$0_1) {
    break block
   }
   $3_1 = $0_1 - 8 | 0;
   $1_1 = HEAP32[$0_1 - 4 >> 2];
   $0_1 = $1_1 & -8;
   $5_1 = $3_1 + $0_1 | 0;
   block1 : {
    if ($1_1 & 1) {
     break block1
    }
    if (!($1_1 & 3)) {
     break block
    }
    $1_1 = HEAP32[$3_1 >> 2];
    $3_1 = $3_1 - $1_1 | 0;
    if ($3_1 >>> 0 < HEAPU32[1004]) {
     break block
    }
    $0_1 = $0_1 + $1_1 | 0;
    if (HEAP32[1005] != ($3_1 | 0)) {
     if ($1_1 >>> 0 <= 255) {
      $4_1 = $1_1 >>> 3 | 0;
      $2_1 = HEAP32[$3_1 + 8 >> 2];
      $1_1 = HEAP32[$3_1 + 12 >> 2];
      if (($2_1 | 0) == ($1_1 | 0)) {
       (wasm2js_i32$0 = 4e3, wasm2js_i32$1 = HEAP32[1e3] & __wasm_rotl_i32($4_1)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
       break block1;
      }
      HEAP32[$2_1 + 12 >> 2] = $1_1;
      HEAP32[$1_1 + 8 >> 2] = $2_1;
      break block1;
     }
     $7_1 = HEAP32[$3_1 + 24 >> 2];
     $1_1 = HEAP32[$3_1 + 12 >> 2];
     block2 : {
      if (($1_1 | 0) != ($3_1 | 0)) {
       $2_1 = HEAP32[$3_1 + 8 >> 2];
       HEAP32[$2_1 + 12 >> 2] = $1_1;
       HEAP32[$1_1 + 8 >> 2] = $2_1;
       break block2;
      }
      block3 : {
       $2_1 = $3_1 + 20 | 0;
       $4_1 = HEAP32[$2_1 >> 2];
       if ($4_1) {
        break block3
       }
       $2_1 = $3_1 + 16 | 0;
       $4_1 = HEAP32[$2_1 >> 2];
       if ($4_1) {
        break block3
       }
       $1_1 = 0;
       break block2;
      }
      while (1) {
       $6_1 = $2_1;
       $1_1 = $4_1;
       $2_1 = $1_1 + 20 | 0;
       $4_1 = HEAP32[$2_1 >> 2];
       if ($4_1) {
        continue
       }
       $2_1 = $1_1 + 16 | 0;
       $4_1 = HEAP32[$1_1 + 16 >> 2];
       if ($4_1) {
        continue
       }
       break;
      };
      HEAP32[$6_1 >> 2] = 0;
     }
     if (!$7_1) {
      break block1
     }
     $2_1 = HEAP32[$3_1 + 28 >> 2];
     $4_1 = ($2_1 << 2) + 4304 | 0;
     block4 : {
      if (HEAP32[$4_1 >> 2] == ($3_1 | 0)) {
       HEAP32[$4_1 >> 2] = $1_1;
       if ($1_1) {
        break block4
       }
       (wasm2js_i32$0 = 4004, wasm2js_i32$1 = HEAP32[1001] & __wasm_rotl_i32($2_1)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
       break block1;
      }
      HEAP32[(($3_1 | 0) == HEAP32[$7_1 + 16 >> 2] ? 16 : 20) + $7_1 >> 2] = $1_1;
      if (!$1_1) {
       break block1
      }
     }
     HEAP32[$1_1 + 24 >> 2] = $7_1;
     $2_1 = HEAP32[$3_1 + 16 >> 2];
     if ($2_1) {
      HEAP32[$1_1 + 16 >> 2] = $2_1;
      HEAP32[$2_1 + 24 >> 2] = $1_1;
     }
     $2_1 = HEAP32[$3_1 + 20 >> 2];
     if (!$2_1) {
      break block1
     }
     HEAP32[$1_1 + 20 >> 2] = $2_1;
     HEAP32[$2_1 + 24 >> 2] = $1_1;
     break block1;
    }
    $1_1 = HEAP32[$5_1 + 4 >> 2];
    if (($1_1 & 3) != 3) {
     break block1
    }
    HEAP32[1002] = $0_1;
    HEAP32[$5_1 + 4 >> 2] = $1_1 & -2;
    HEAP32[$3_1 + 4 >> 2] = $0_1 | 1;
    HEAP32[$0_1 + $3_1 >> 2] = $0_1;
    return;
   }
   if ($3_1 >>> 0 >= $5_1 >>> 0) {
    break block
   }
   $1_1 = HEAP32[$5_1 + 4 >> 2];
   if (!($1_1 & 1)) {
    break block
   }
   block9 : {
    if (!($1_1 & 2)) {
     if (HEAP32[1006] == ($5_1 | 0)) {
      HEAP32[1006] = $3_1;
      $0_1 = $0_1 + HEAP32[1003] | 0;
      HEAP32[1003] = $0_1;
      HEAP32[$3_1 + 4 >> 2] = $0_1 | 1;
      if (HEAP32[1005] != ($3_1 | 0)) {
       break block
      }
      HEAP32[1002] = 0;
      HEAP32[1005] = 0;
      return;
     }
     if (HEAP32[1005] == ($5_1 | 0)) {
      HEAP32[1005] = $3_1;
      $0_1 = $0_1 + HEAP32[1002] | 0;
      HEAP32[1002] = $0_1;
      HEAP32[$3_1 + 4 >> 2] = $0_1 | 1;
      HEAP32[$0_1 + $3_1 >> 2] = $0_1;
      return;
     }
     $0_1 = $0_1 + ($1_1 & -8) | 0;
     block5 : {
      if ($1_1 >>> 0 <= 255) {
       $4_1 = $1_1 >>> 3 | 0;
       $2_1 = HEAP32[$5_1 + 8 >> 2];
       $1_1 = HEAP32[$5_1 + 12 >> 2];
       if (($2_1 | 0) == ($1_1 | 0)) {
        (wasm2js_i32$0 = 4e3, wasm2js_i32$1 = HEAP32[1e3] & __wasm_rotl_i32($4_1)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
        break block5;
       }
       HEAP32[$2_1 + 12 >> 2] = $1_1;
       HEAP32[$1_1 + 8 >> 2] = $2_1;
       break block5;
      }
      $7_1 = HEAP32[$5_1 + 24 >> 2];
      $1_1 = HEAP32[$5_1 + 12 >> 2];
      block6 : {
       if (($1_1 | 0) != ($5_1 | 0)) {
        $2_1 = HEAP32[$5_1 + 8 >> 2];
        HEAP32[$2_1 + 12 >> 2] = $1_1;
        HEAP32[$1_1 + 8 >> 2] = $2_1;
        break block6;
       }
       block7 : {
        $2_1 = $5_1 + 20 | 0;
        $4_1 = HEAP32[$2_1 >> 2];
        if ($4_1) {
         break block7
        }
        $2_1 = $5_1 + 16 | 0;
        $4_1 = HEAP32[$2_1 >> 2];
        if ($4_1) {
         break block7
        }
        $1_1 = 0;
        break block6;
       }
       while (1) {
        $6_1 = $2_1;
        $1_1 = $4_1;
        $2_1 = $1_1 + 20 | 0;
        $4_1 = HEAP32[$2_1 >> 2];
        if ($4_1) {
         continue
        }
        $2_1 = $1_1 + 16 | 0;
        $4_1 = HEAP32[$1_1 + 16 >> 2];
        if ($4_1) {
         continue
        }
        break;
       };
       HEAP32[$6_1 >> 2] = 0;
      }
      if (!$7_1) {
       break block5
      }
      $2_1 = HEAP32[$5_1 + 28 >> 2];
      $4_1 = ($2_1 << 2) + 4304 | 0;
      block8 : {
       if (HEAP32[$4_1 >> 2] == ($5_1 | 0)) {
        HEAP32[$4_1 >> 2] = $1_1;
        if ($1_1) {
         break block8
        }
        (wasm2js_i32$0 = 4004, wasm2js_i32$1 = HEAP32[1001] & __wasm_rotl_i32($2_1)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
        break block5;
       }
       HEAP32[(($5_1 | 0) == HEAP32[$7_1 + 16 >> 2] ? 16 : 20) + $7_1 >> 2] = $1_1;
       if (!$1_1) {
        break block5
       }
      }
      HEAP32[$1_1 + 24 >> 2] = $7_1;
      $2_1 = HEAP32[$5_1 + 16 >> 2];
      if ($2_1) {
       HEAP32[$1_1 + 16 >> 2] = $2_1;
       HEAP32[$2_1 + 24 >> 2] = $1_1;
      }
      $2_1 = HEAP32[$5_1 + 20 >> 2];
      if (!$2_1) {
       break block5
      }
      HEAP32[$1_1 + 20 >> 2] = $2_1;
      HEAP32[$2_1 + 24 >> 2] = $1_1;
     }
     HEAP32[$3_1 + 4 >> 2] = $0_1 | 1;
     HEAP32[$0_1 + $3_1 >> 2] = $0_1;
     if (HEAP32[1005] != ($3_1 | 0)) {
      break block9
     }
     HEAP32[1002] = $0_1;
     return;
    }
    HEAP32[$5_1 + 4 >> 2] = $1_1 & -2;
    HEAP32[$3_1 + 4 >> 2] = $0_1 | 1;
    HEAP32[$0_1 + $3_1 >> 2] = $0_1;
   }
   if ($0_1 >>> 0 <= 255) {
    $1_1 = $0_1 >>> 3 | 0;
    $0_1 = ($1_1 << 3) + 4040 | 0;
    $2_1 = HEAP32[1e3];
    $1_1 = 1 << $1_1;
    block10 : {
     if (!($2_1 & $1_1)) {
      HEAP32[1e3] = $1_1 | $2_1;
      $2_1 = $0_1;
      break block10;
     }
     $2_1 = HEAP32[$0_1 + 8 >> 2];
    }
    HEAP32[$0_1 + 8 >> 2] = $3_1;
    HEAP32[$2_1 + 12 >> 2] = $3_1;
    HEAP32[$3_1 + 12 >> 2] = $0_1;
    HEAP32[$3_1 + 8 >> 2] = $2_1;
    return;
   }
   $2_1 = 31;
   HEAP32[$3_1 + 16 >> 2] = 0;
   HEAP32[$3_1 + 20 >> 2] = 0;
   if ($0_1 >>> 0 <= 16777215) {
    $1_1 = $0_1 >>> 8 | 0;
    $4_1 = $1_1;
    $1_1 = $1_1 + 1048320 >>> 16 & 8;
    $2_1 = $4_1 << $1_1;
    $4_1 = $2_1;
    $2_1 = $2_1 + 520192 >>> 16 & 4;
    $4_1 = $4_1 << $2_1;
    $6_1 = $4_1;
    $4_1 = $4_1 + 245760 >>> 16 & 2;
    $1_1 = ($6_1 << $4_1 >>> 15 | 0) - ($4_1 | ($1_1 | $2_1)) | 0;
    $2_1 = ($1_1 << 1 | $0_1 >>> $1_1 + 21 & 1) + 28 | 0;
   }
   HEAP32[$3_1 + 28 >> 2] = $2_1;
   $1_1 = ($2_1 << 2) + 4304 | 0;
   block13 : {
    block12 : {
     $4_1 = HEAP32[1001];
     $6_1 = 1 << $2_1;
     block11 : {
      if (!($4_1 & $6_1)) {
       HEAP32[1001] = $4_1 | $6_1;
       HEAP32[$1_1 >> 2] = $3_1;
       HEAP32[$3_1 + 24 >> 2] = $1_1;
       break block11;
      }
      $2_1 = $0_1 << (($2_1 | 0) != 31 ? 25 - ($2_1 >>> 1 | 0) | 0 : 0);
      $1_1 = HEAP32[$1_1 >> 2];
      while (1) {
       $4_1 = $1_1;
       if (($0_1 | 0) == (HEAP32[$1_1 + 4 >> 2] & -8)) {
        break block12
       }
       $1_1 = $2_1 >>> 29 | 0;
       $2_1 = $2_1 << 1;
       $6_1 = ($1_1 & 4) + $4_1 | 0;
       $1_1 = HEAP32[$6_1 + 16 >> 2];
       if ($1_1) {
        continue
       }
       break;
      };
      HEAP32[$6_1 + 16 >> 2] = $3_1;
      HEAP32[$3_1 + 24 >> 2] = $4_1;
     }
     HEAP32[$3_1 + 12 >> 2] = $3_1;
     HEAP32[$3_1 + 8 >> 2] = $3_1;
     break block13;
    }
    $0_1 = HEAP32[$4_1 + 8 >> 2];
    HEAP32[$0_1 + 12 >> 2] = $3_1;
    HEAP32[$4_1 + 8 >> 2] = $3_1;
    HEAP32[$3_1 + 24 >> 2] = 0;
    HEAP32[$3_1 + 12 >> 2] = $4_1;
    HEAP32[$3_1 + 8 >> 2] = $0_1;
   }
   $0_1 = HEAP32[1008] - 1 | 0;
   HEAP32[1008] = $0_1 ? $0_1 : -1;
  }
 }
 
 function $7($0_1) {
  $0_1 = $0_1 | 0;
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $12_1 = global$0 - 16 | 0;
  global$0 = $12_1;
  block1 : {
   block7 : {
    block14 : {
     block24 : {
      block22 : {
       block18 : {
        block20 : {
         block23 : {
          block15 : {
           block8 : {
            block6 : {
             block2 : {
              if ($0_1 >>> 0 <= 244) {
               $5_1 = HEAP32[1e3];
               $8_1 = $0_1 >>> 0 < 11 ? 16 : $0_1 + 11 & -8;
               $2_1 = $8_1 >>> 3 | 0;
               $1_1 = $5_1 >>> $2_1 | 0;
               if ($1_1 & 3) {
                $3_1 = $2_1 + (($1_1 ^ -1) & 1) | 0;
                $1_1 = $3_1 << 3;
                $4_1 = HEAP32[$1_1 + 4048 >> 2];
                $0_1 = $4_1 + 8 | 0;
                $2_1 = HEAP32[$4_1 + 8 >> 2];
                $1_1 = $1_1 + 4040 | 0;
                block : {
                 if (($2_1 | 0) == ($1_1 | 0)) {
                  (wasm2js_i32$0 = 4e3, wasm2js_i32$1 = __wasm_rotl_i32($3_1) & $5_1), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
                  break block;
                 }
                 HEAP32[$2_1 + 12 >> 2] = $1_1;
                 HEAP32[$1_1 + 8 >> 2] = $2_1;
                }
                $1_1 = $3_1 << 3;
                HEAP32[$4_1 + 4 >> 2] = $1_1 | 3;
                $1_1 = $1_1 + $4_1 | 0;
                HEAP32[$1_1 + 4 >> 2] = HEAP32[$1_1 + 4 >> 2] | 1;
                break block1;
               }
               $10_1 = HEAP32[1002];
               if ($10_1 >>> 0 >= $8_1 >>> 0) {
                break block2
               }
               if ($1_1) {
                $0_1 = 2 << $2_1;
                $0_1 = ($0_1 | 0 - $0_1) & $1_1 << $2_1;
                $0_1 = ($0_1 & 0 - $0_1) - 1 | 0;
                $2_1 = $0_1 >>> 12 & 16;
                $1_1 = $0_1 >>> $2_1 | 0;
                $0_1 = $1_1 >>> 5 & 8;
                $2_1 = $2_1 | $0_1;
                $1_1 = $1_1 >>> $0_1 | 0;
                $0_1 = $1_1 >>> 2 & 4;
                $2_1 = $2_1 | $0_1;
                $1_1 = $1_1 >>> $0_1 | 0;
                $0_1 = $1_1 >>> 1 & 2;
                $2_1 = $2_1 | $0_1;
                $1_1 = $1_1 >>> $0_1 | 0;
                $0_1 = $1_1 >>> 1 & 1;
                $3_1 = ($2_1 | $0_1) + ($1_1 >>> $0_1 | 0) | 0;
                $0_1 = $3_1 << 3;
                $4_1 = HEAP32[$0_1 + 4048 >> 2];
                $1_1 = HEAP32[$4_1 + 8 >> 2];
                $0_1 = $0_1 + 4040 | 0;
                block3 : {
                 if (($1_1 | 0) == ($0_1 | 0)) {
                  $5_1 = __wasm_rotl_i32($3_1) & $5_1;
                  HEAP32[1e3] = $5_1;
                  break block3;
                 }
                 HEAP32[$1_1 + 12 >> 2] = $0_1;
                 HEAP32[$0_1 + 8 >> 2] = $1_1;
                }
                $0_1 = $4_1 + 8 | 0;
                HEAP32[$4_1 + 4 >> 2] = $8_1 | 3;
                $2_1 = $4_1 + $8_1 | 0;
                $1_1 = $3_1 << 3;
                $3_1 = $1_1 - $8_1 | 0;
                HEAP32[$2_1 + 4 >> 2] = $3_1 | 1;
                HEAP32[$1_1 + $4_1 >> 2] = $3_1;
                if ($10_1) {
                 $1_1 = $10_1 >>> 3 | 0;
                 $6_1 = ($1_1 << 3) + 4040 | 0;
                 $4_1 = HEAP32[1005];
                 $1_1 = 1 << $1_1;
                 block4 : {
                  if (!($1_1 & $5_1)) {
                   HEAP32[1e3] = $1_1 | $5_1;
                   $1_1 = $6_1;
                   break block4;
                  }
                  $1_1 = HEAP32[$6_1 + 8 >> 2];
                 }
                 HEAP32[$6_1 + 8 >> 2] = $4_1;
                 HEAP32[$1_1 + 12 >> 2] = $4_1;
                 HEAP32[$4_1 + 12 >> 2] = $6_1;
                 HEAP32[$4_1 + 8 >> 2] = $1_1;
                }
                HEAP32[1005] = $2_1;
                HEAP32[1002] = $3_1;
                break block1;
               }
               $7_1 = HEAP32[1001];
               if (!$7_1) {
                break block2
               }
               $0_1 = (0 - $7_1 & $7_1) - 1 | 0;
               $2_1 = $0_1 >>> 12 & 16;
               $1_1 = $0_1 >>> $2_1 | 0;
               $0_1 = $1_1 >>> 5 & 8;
               $2_1 = $2_1 | $0_1;
               $1_1 = $1_1 >>> $0_1 | 0;
               $0_1 = $1_1 >>> 2 & 4;
               $2_1 = $2_1 | $0_1;
               $1_1 = $1_1 >>> $0_1 | 0;
               $0_1 = $1_1 >>> 1 & 2;
               $2_1 = $2_1 | $0_1;
               $1_1 = $1_1 >>> $0_1 | 0;
               $0_1 = $1_1 >>> 1 & 1;
               $1_1 = HEAP32[(($2_1 | $0_1) + ($1_1 >>> $0_1 | 0) << 2) + 4304 >> 2];
               $3_1 = (HEAP32[$1_1 + 4 >> 2] & -8) - $8_1 | 0;
               $2_1 = $1_1;
               while (1) {
                block5 : {
                 $0_1 = HEAP32[$2_1 + 16 >> 2];
                 if (!$0_1) {
                  $0_1 = HEAP32[$2_1 + 20 >> 2];
                  if (!$0_1) {
                   break block5
                  }
                 }
                 $2_1 = (HEAP32[$0_1 + 4 >> 2] & -8) - $8_1 | 0;
                 $6_1 = $2_1;
                 $2_1 = $2_1 >>> 0 < $3_1 >>> 0;
                 $3_1 = $2_1 ? $6_1 : $3_1;
                 $1_1 = $2_1 ? $0_1 : $1_1;
                 $2_1 = $0_1;
                 continue;
                }
                break;
               };
               $9_1 = $1_1 + $8_1 | 0;
               if ($1_1 >>> 0 >= $9_1 >>> 0) {
                break block6
               }
               $11_1 = HEAP32[$1_1 + 24 >> 2];
               $4_1 = HEAP32[$1_1 + 12 >> 2];
               if (($4_1 | 0) != ($1_1 | 0)) {
                $0_1 = HEAP32[$1_1 + 8 >> 2];
                HEAP32[$0_1 + 12 >> 2] = $4_1;
                HEAP32[$4_1 + 8 >> 2] = $0_1;
                break block7;
               }
               $2_1 = $1_1 + 20 | 0;
               $0_1 = HEAP32[$2_1 >> 2];
               if (!$0_1) {
                $0_1 = HEAP32[$1_1 + 16 >> 2];
                if (!$0_1) {
                 break block8
                }
                $2_1 = $1_1 + 16 | 0;
               }
               while (1) {
                $6_1 = $2_1;
                $4_1 = $0_1;
                $2_1 = $0_1 + 20 | 0;
                $0_1 = HEAP32[$2_1 >> 2];
                if ($0_1) {
                 continue
                }
                $2_1 = $4_1 + 16 | 0;
                $0_1 = HEAP32[$4_1 + 16 >> 2];
                if ($0_1) {
                 continue
                }
                break;
               };
               HEAP32[$6_1 >> 2] = 0;
               break block7;
              }
              $8_1 = -1;
              if ($0_1 >>> 0 > 4294967231) {
               break block2
              }
              $0_1 = $0_1 + 11 | 0;
              $8_1 = $0_1 & -8;
              $9_1 = HEAP32[1001];
              if (!$9_1) {
               break block2
              }
              $3_1 = 0 - $8_1 | 0;
              $5_1 = 0;
              block9 : {
               if ($8_1 >>> 0 < 256) {
                break block9
               }
               $5_1 = 31;
               if ($8_1 >>> 0 > 16777215) {
                break block9
               }
               $0_1 = $0_1 >>> 8 | 0;
               $2_1 = $0_1 + 1048320 >>> 16 & 8;
               $0_1 = $0_1 << $2_1;
               $1_1 = $0_1 + 520192 >>> 16 & 4;
               $0_1 = $0_1 << $1_1;
               $6_1 = $0_1;
               $0_1 = $0_1 + 245760 >>> 16 & 2;
               $0_1 = ($6_1 << $0_1 >>> 15 | 0) - ($0_1 | ($1_1 | $2_1)) | 0;
               $5_1 = ($0_1 << 1 | $8_1 >>> $0_1 + 21 & 1) + 28 | 0;
              }
              $2_1 = HEAP32[($5_1 << 2) + 4304 >> 2];
              block13 : {
               block12 : {
                block10 : {
                 if (!$2_1) {
                  $0_1 = 0;
                  break block10;
                 }
                 $0_1 = 0;
                 $1_1 = $8_1 << (($5_1 | 0) != 31 ? 25 - ($5_1 >>> 1 | 0) | 0 : 0);
                 while (1) {
                  block11 : {
                   $6_1 = (HEAP32[$2_1 + 4 >> 2] & -8) - $8_1 | 0;
                   if ($3_1 >>> 0 <= $6_1 >>> 0) {
                    break block11
                   }
                   $4_1 = $2_1;
                   $3_1 = $6_1;
                   if ($3_1) {
                    break block11
                   }
                   $3_1 = 0;
                   $0_1 = $2_1;
                   break block12;
                  }
                  $6_1 = HEAP32[$2_1 + 20 >> 2];
                  $2_1 = HEAP32[(($1_1 >>> 29 & 4) + $2_1 | 0) + 16 >> 2];
                  $0_1 = $6_1 ? (($2_1 | 0) == ($6_1 | 0) ? $0_1 : $6_1) : $0_1;
                  $1_1 = $1_1 << 1;
                  if ($2_1) {
                   continue
                  }
                  break;
                 };
                }
                if (!($0_1 | $4_1)) {
                 $4_1 = 0;
                 $0_1 = 2 << $5_1;
                 $0_1 = $9_1 & ($0_1 | 0 - $0_1);
                 if (!$0_1) {
                  break block2
                 }
                 $0_1 = (0 - $0_1 & $0_1) - 1 | 0;
                 $2_1 = $0_1 >>> 12 & 16;
                 $1_1 = $0_1 >>> $2_1 | 0;
                 $0_1 = $1_1 >>> 5 & 8;
                 $2_1 = $2_1 | $0_1;
                 $1_1 = $1_1 >>> $0_1 | 0;
                 $0_1 = $1_1 >>> 2 & 4;
                 $2_1 = $2_1 | $0_1;
                 $1_1 = $1_1 >>> $0_1 | 0;
                 $0_1 = $1_1 >>> 1 & 2;
                 $2_1 = $2_1 | $0_1;
                 $1_1 = $1_1 >>> $0_1 | 0;
                 $0_1 = $1_1 >>> 1 & 1;
                 $0_1 = HEAP32[(($2_1 | $0_1) + ($1_1 >>> $0_1 | 0) << 2) + 4304 >> 2];
                }
                if (!$0_1) {
                 break block13
                }
               }
               while (1) {
                $1_1 = (HEAP32[$0_1 + 4 >> 2] & -8) - $8_1 | 0;
                $2_1 = $3_1 >>> 0 > $1_1 >>> 0;
                $3_1 = $2_1 ? $1_1 : $3_1;
                $4_1 = $2_1 ? $0_1 : $4_1;
                $1_1 = HEAP32[$0_1 + 16 >> 2];
                if ($1_1) {
                 $0_1 = $1_1
                } else {
                 $0_1 = HEAP32[$0_1 + 20 >> 2]
                }
                if ($0_1) {
                 continue
                }
                break;
               };
              }
              if (!$4_1) {
               break block2
              }
              if (HEAP32[1002] - $8_1 >>> 0 <= $3_1 >>> 0) {
               break block2
              }
              $7_1 = $4_1 + $8_1 | 0;
              if ($4_1 >>> 0 >= $7_1 >>> 0) {
               break block6
              }
              $5_1 = HEAP32[$4_1 + 24 >> 2];
              $1_1 = HEAP32[$4_1 + 12 >> 2];
              if (($1_1 | 0) != ($4_1 | 0)) {
               $0_1 = HEAP32[$4_1 + 8 >> 2];
               HEAP32[$0_1 + 12 >> 2] = $1_1;
               HEAP32[$1_1 + 8 >> 2] = $0_1;
               break block14;
              }
              $2_1 = $4_1 + 20 | 0;
              $0_1 = HEAP32[$2_1 >> 2];
              if (!$0_1) {
               $0_1 = HEAP32[$4_1 + 16 >> 2];
               if (!$0_1) {
                break block15
               }
               $2_1 = $4_1 + 16 | 0;
              }
              while (1) {
               $6_1 = $2_1;
               $1_1 = $0_1;
               $2_1 = $0_1 + 20 | 0;
               $0_1 = HEAP32[$2_1 >> 2];
               if ($0_1) {
                continue
               }
               $2_1 = $1_1 + 16 | 0;
               $0_1 = HEAP32[$1_1 + 16 >> 2];
               if ($0_1) {
                continue
               }
               break;
              };
              HEAP32[$6_1 >> 2] = 0;
              break block14;
             }
             $2_1 = HEAP32[1002];
             if ($2_1 >>> 0 >= $8_1 >>> 0) {
              $3_1 = HEAP32[1005];
              $1_1 = $2_1 - $8_1 | 0;
              block16 : {
               if ($1_1 >>> 0 >= 16) {
                HEAP32[1002] = $1_1;
                $0_1 = $3_1 + $8_1 | 0;
                HEAP32[1005] = $0_1;
                HEAP32[$0_1 + 4 >> 2] = $1_1 | 1;
                HEAP32[$2_1 + $3_1 >> 2] = $1_1;
                HEAP32[$3_1 + 4 >> 2] = $8_1 | 3;
                break block16;
               }
               HEAP32[1005] = 0;
               HEAP32[1002] = 0;
               HEAP32[$3_1 + 4 >> 2] = $2_1 | 3;
               $0_1 = $2_1 + $3_1 | 0;
               HEAP32[$0_1 + 4 >> 2] = HEAP32[$0_1 + 4 >> 2] | 1;
              }
              $0_1 = $3_1 + 8 | 0;
              break block1;
             }
             $7_1 = HEAP32[1003];
             if ($7_1 >>> 0 > $8_1 >>> 0) {
              $1_1 = $7_1 - $8_1 | 0;
              HEAP32[1003] = $1_1;
              $2_1 = HEAP32[1006];
              $0_1 = $8_1 + $2_1 | 0;
              HEAP32[1006] = $0_1;
              HEAP32[$0_1 + 4 >> 2] = $1_1 | 1;
              HEAP32[$2_1 + 4 >> 2] = $8_1 | 3;
              $0_1 = $2_1 + 8 | 0;
              break block1;
             }
             $0_1 = 0;
             $9_1 = $8_1 + 47 | 0;
             $2_1 = $9_1;
             if (HEAP32[1118]) {
              $1_1 = HEAP32[1120]
             } else {
              $3_1 = 4484;
              HEAP32[$3_1 >> 2] = -1;
              HEAP32[$3_1 + 4 >> 2] = -1;
              $3_1 = 4476;
              HEAP32[$3_1 >> 2] = 4096;
              HEAP32[$3_1 + 4 >> 2] = 4096;
              HEAP32[1118] = $12_1 + 12 & -16 ^ 1431655768;
              HEAP32[1123] = 0;
              HEAP32[1111] = 0;
              $1_1 = 4096;
             }
             $5_1 = $2_1 + $1_1 | 0;
             $6_1 = 0 - $1_1 | 0;
             $2_1 = $5_1 & $6_1;
             if ($8_1 >>> 0 >= $2_1 >>> 0) {
              break block1
             }
             $4_1 = HEAP32[1110];
             if ($4_1) {
              $3_1 = HEAP32[1108];
              $1_1 = $2_1 + $3_1 | 0;
              if ($1_1 >>> 0 <= $3_1 >>> 0 | $1_1 >>> 0 > $4_1 >>> 0) {
               break block1
              }
             }
             if (HEAPU8[4444] & 4) {
              break block18
             }
             block21 : {
              block19 : {
               $3_1 = HEAP32[1006];
               if ($3_1) {
                $0_1 = 4448;
                while (1) {
                 $1_1 = HEAP32[$0_1 >> 2];
                 if ($1_1 >>> 0 <= $3_1 >>> 0 & $3_1 >>> 0 < HEAP32[$0_1 + 4 >> 2] + $1_1 >>> 0) {
                  break block19
                 }
                 $0_1 = HEAP32[$0_1 + 8 >> 2];
                 if ($0_1) {
                  continue
                 }
                 break;
                };
               }
               $1_1 = $10(0);
               if (($1_1 | 0) == -1) {
                break block20
               }
               $5_1 = $2_1;
               $3_1 = HEAP32[1119];
               $0_1 = $3_1 - 1 | 0;
               if ($1_1 & $0_1) {
                $5_1 = ($2_1 - $1_1 | 0) + ($0_1 + $1_1 & 0 - $3_1) | 0
               }
               if ($5_1 >>> 0 <= $8_1 >>> 0 | $5_1 >>> 0 > 2147483646) {
                break block20
               }
               $4_1 = HEAP32[1110];
               if ($4_1) {
                $3_1 = HEAP32[1108];
                $0_1 = $5_1 + $3_1 | 0;
                if ($0_1 >>> 0 <= $3_1 >>> 0 | $0_1 >>> 0 > $4_1 >>> 0) {
                 break block20
                }
               }
               $0_1 = $10($5_1);
               if (($1_1 | 0) != ($0_1 | 0)) {
                break block21
               }
               break block22;
              }
              $5_1 = $6_1 & $5_1 - $7_1;
              if ($5_1 >>> 0 > 2147483646) {
               break block20
              }
              $1_1 = $10($5_1);
              if (($1_1 | 0) == (HEAP32[$0_1 >> 2] + HEAP32[$0_1 + 4 >> 2] | 0)) {
               break block23
              }
              $0_1 = $1_1;
             }
             if (!(($0_1 | 0) == -1 | $5_1 >>> 0 >= $8_1 + 48 >>> 0)) {
              $1_1 = HEAP32[1120];
              $1_1 = $1_1 + ($9_1 - $5_1 | 0) & 0 - $1_1;
              if ($1_1 >>> 0 > 2147483646) {
               $1_1 = $0_1;
               break block22;
              }
              if (($10($1_1) | 0) != -1) {
               $5_1 = $1_1 + $5_1 | 0;
               $1_1 = $0_1;
               break block22;
              }
              $10(0 - $5_1 | 0);
              break block20;
             }
             $1_1 = $0_1;
             if (($0_1 | 0) != -1) {
              break block22
             }
             break block20;
            }
            wasm2js_trap();
           }
           $4_1 = 0;
           break block7;
          }
          $1_1 = 0;
          break block14;
         }
         if (($1_1 | 0) != -1) {
          break block22
         }
        }
        HEAP32[1111] = HEAP32[1111] | 4;
       }
       if ($2_1 >>> 0 > 2147483646) {
        break block24
       }
       $1_1 = $10($2_1);
       $0_1 = $10(0);
       if (($1_1 | 0) == -1 | ($0_1 | 0) == -1 | $0_1 >>> 0 <= $1_1 >>> 0) {
        break block24
       }
       $5_1 = $0_1 - $1_1 | 0;
       if ($5_1 >>> 0 <= $8_1 + 40 >>> 0) {
        break block24
       }
      }
      $0_1 = $5_1 + HEAP32[1108] | 0;
      HEAP32[1108] = $0_1;
      if ($0_1 >>> 0 > HEAPU32[1109]) {
       HEAP32[1109] = $0_1
      }
      block27 : {
       block26 : {
        block25 : {
         $6_1 = HEAP32[1006];
         if ($6_1) {
          $0_1 = 4448;
          while (1) {
           $3_1 = HEAP32[$0_1 >> 2];
           $2_1 = HEAP32[$0_1 + 4 >> 2];
           if (($3_1 + $2_1 | 0) == ($1_1 | 0)) {
            break block25
           }
           $0_1 = HEAP32[$0_1 + 8 >> 2];
           if ($0_1) {
            continue
           }
           break;
          };
          break block26;
         }
         $0_1 = HEAP32[1004];
         if (!($0_1 >>> 0 <= $1_1 >>> 0 ? $0_1 : 0)) {
          HEAP32[1004] = $1_1
         }
         $0_1 = 0;
         HEAP32[1113] = $5_1;
         HEAP32[1112] = $1_1;
         HEAP32[1008] = -1;
         HEAP32[1009] = HEAP32[1118];
         HEAP32[1115] = 0;
         while (1) {
          $3_1 = $0_1 << 3;
          $2_1 = $3_1 + 4040 | 0;
          HEAP32[$3_1 + 4048 >> 2] = $2_1;
          HEAP32[$3_1 + 4052 >> 2] = $2_1;
          $0_1 = $0_1 + 1 | 0;
          if (($0_1 | 0) != 32) {
           continue
          }
          break;
         };
         $3_1 = $5_1 - 40 | 0;
         $0_1 = $1_1 + 8 & 7 ? -8 - $1_1 & 7 : 0;
         $2_1 = $3_1 - $0_1 | 0;
         HEAP32[1003] = $2_1;
         $0_1 = $0_1 + $1_1 | 0;
         HEAP32[1006] = $0_1;
         HEAP32[$0_1 + 4 >> 2] = $2_1 | 1;
         HEAP32[($1_1 + $3_1 | 0) + 4 >> 2] = 40;
         HEAP32[1007] = HEAP32[1122];
         break block27;
        }
        if (HEAPU8[$0_1 + 12 | 0] & 8 | $3_1 >>> 0 > $6_1 >>> 0 | $1_1 >>> 0 <= $6_1 >>> 0) {
         break block26
        }
        HEAP32[$0_1 + 4 >> 2] = $2_1 + $5_1;
        $0_1 = $6_1 + 8 & 7 ? -8 - $6_1 & 7 : 0;
        $2_1 = $0_1 + $6_1 | 0;
        HEAP32[1006] = $2_1;
        $1_1 = $5_1 + HEAP32[1003] | 0;
        $0_1 = $1_1 - $0_1 | 0;
        HEAP32[1003] = $0_1;
        HEAP32[$2_1 + 4 >> 2] = $0_1 | 1;
        HEAP32[($1_1 + $6_1 | 0) + 4 >> 2] = 40;
        HEAP32[1007] = HEAP32[1122];
        break block27;
       }
       if ($1_1 >>> 0 < HEAPU32[1004]) {
        HEAP32[1004] = $1_1
       }
       $2_1 = $1_1 + $5_1 | 0;
       $0_1 = 4448;
       block41 : {
        block31 : {
         block38 : {
          block30 : {
           block29 : {
            block28 : {
             while (1) {
              if (HEAP32[$0_1 >> 2] != ($2_1 | 0)) {
               $0_1 = HEAP32[$0_1 + 8 >> 2];
               if ($0_1) {
                continue
               }
               break block28;
              }
              break;
             };
             if (!(HEAPU8[$0_1 + 12 | 0] & 8)) {
              break block29
             }
            }
            $0_1 = 4448;
            while (1) {
             $2_1 = HEAP32[$0_1 >> 2];
             if ($2_1 >>> 0 <= $6_1 >>> 0) {
              $4_1 = HEAP32[$0_1 + 4 >> 2] + $2_1 | 0;
              if ($6_1 >>> 0 < $4_1 >>> 0) {
               break block30
              }
             }
             $0_1 = HEAP32[$0_1 + 8 >> 2];
             continue;
            };
           }
           HEAP32[$0_1 >> 2] = $1_1;
           HEAP32[$0_1 + 4 >> 2] = $5_1 + HEAP32[$0_1 + 4 >> 2];
           $9_1 = ($1_1 + 8 & 7 ? -8 - $1_1 & 7 : 0) + $1_1 | 0;
           HEAP32[$9_1 + 4 >> 2] = $8_1 | 3;
           $5_1 = ($2_1 + 8 & 7 ? -8 - $2_1 & 7 : 0) + $2_1 | 0;
           $7_1 = $8_1 + $9_1 | 0;
           $2_1 = $5_1 - $7_1 | 0;
           if (($5_1 | 0) == ($6_1 | 0)) {
            HEAP32[1006] = $7_1;
            $0_1 = $2_1 + HEAP32[1003] | 0;
            HEAP32[1003] = $0_1;
            HEAP32[$7_1 + 4 >> 2] = $0_1 | 1;
            break block31;
           }
           if (HEAP32[1005] == ($5_1 | 0)) {
            HEAP32[1005] = $7_1;
            $0_1 = $2_1 + HEAP32[1002] | 0;
            HEAP32[1002] = $0_1;
            HEAP32[$7_1 + 4 >> 2] = $0_1 | 1;
            HEAP32[$0_1 + $7_1 >> 2] = $0_1;
            break block31;
           }
           $0_1 = HEAP32[$5_1 + 4 >> 2];
           if (($0_1 & 3) == 1) {
            $6_1 = $0_1 & -8;
            block32 : {
             if ($0_1 >>> 0 <= 255) {
              $0_1 = $0_1 >>> 3 | 0;
              $3_1 = HEAP32[$5_1 + 8 >> 2];
              $1_1 = HEAP32[$5_1 + 12 >> 2];
              if (($3_1 | 0) == ($1_1 | 0)) {
               (wasm2js_i32$0 = 4e3, wasm2js_i32$1 = HEAP32[1e3] & __wasm_rotl_i32($0_1)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
               break block32;
              }
              HEAP32[$3_1 + 12 >> 2] = $1_1;
              HEAP32[$1_1 + 8 >> 2] = $3_1;
              break block32;
             }
             $8_1 = HEAP32[$5_1 + 24 >> 2];
             $1_1 = HEAP32[$5_1 + 12 >> 2];
             block33 : {
              if (($1_1 | 0) != ($5_1 | 0)) {
               $0_1 = HEAP32[$5_1 + 8 >> 2];
               HEAP32[$0_1 + 12 >> 2] = $1_1;
               HEAP32[$1_1 + 8 >> 2] = $0_1;
               break block33;
              }
              block34 : {
               $0_1 = $5_1 + 20 | 0;
               $3_1 = HEAP32[$0_1 >> 2];
               if ($3_1) {
                break block34
               }
               $0_1 = $5_1 + 16 | 0;
               $3_1 = HEAP32[$0_1 >> 2];
               if ($3_1) {
                break block34
               }
               $1_1 = 0;
               break block33;
              }
              while (1) {
               $4_1 = $0_1;
               $1_1 = $3_1;
               $0_1 = $1_1 + 20 | 0;
               $3_1 = HEAP32[$0_1 >> 2];
               if ($3_1) {
                continue
               }
               $0_1 = $1_1 + 16 | 0;
               $3_1 = HEAP32[$1_1 + 16 >> 2];
               if ($3_1) {
                continue
               }
               break;
              };
              HEAP32[$4_1 >> 2] = 0;
             }
             if (!$8_1) {
              break block32
             }
             $3_1 = HEAP32[$5_1 + 28 >> 2];
             $0_1 = ($3_1 << 2) + 4304 | 0;
             block35 : {
              if (HEAP32[$0_1 >> 2] == ($5_1 | 0)) {
               HEAP32[$0_1 >> 2] = $1_1;
               if ($1_1) {
                break block35
               }
               (wasm2js_i32$0 = 4004, wasm2js_i32$1 = HEAP32[1001] & __wasm_rotl_i32($3_1)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
               break block32;
              }
              HEAP32[(($5_1 | 0) == HEAP32[$8_1 + 16 >> 2] ? 16 : 20) + $8_1 >> 2] = $1_1;
              if (!$1_1) {
               break block32
              }
             }
             HEAP32[$1_1 + 24 >> 2] = $8_1;
             $0_1 = HEAP32[$5_1 + 16 >> 2];
             if ($0_1) {
              HEAP32[$1_1 + 16 >> 2] = $0_1;
              HEAP32[$0_1 + 24 >> 2] = $1_1;
             }
             $0_1 = HEAP32[$5_1 + 20 >> 2];
             if (!$0_1) {
              break block32
             }
             HEAP32[$1_1 + 20 >> 2] = $0_1;
             HEAP32[$0_1 + 24 >> 2] = $1_1;
            }
            $5_1 = $5_1 + $6_1 | 0;
            $2_1 = $2_1 + $6_1 | 0;
           }
           HEAP32[$5_1 + 4 >> 2] = HEAP32[$5_1 + 4 >> 2] & -2;
           HEAP32[$7_1 + 4 >> 2] = $2_1 | 1;
           HEAP32[$2_1 + $7_1 >> 2] = $2_1;
           if ($2_1 >>> 0 <= 255) {
            $0_1 = $2_1 >>> 3 | 0;
            $2_1 = ($0_1 << 3) + 4040 | 0;
            $1_1 = HEAP32[1e3];
            $0_1 = 1 << $0_1;
            block36 : {
             if (!($1_1 & $0_1)) {
              HEAP32[1e3] = $0_1 | $1_1;
              $0_1 = $2_1;
              break block36;
             }
             $0_1 = HEAP32[$2_1 + 8 >> 2];
            }
            HEAP32[$2_1 + 8 >> 2] = $7_1;
            HEAP32[$0_1 + 12 >> 2] = $7_1;
            HEAP32[$7_1 + 12 >> 2] = $2_1;
            HEAP32[$7_1 + 8 >> 2] = $0_1;
            break block31;
           }
           $0_1 = 31;
           if ($2_1 >>> 0 <= 16777215) {
            $0_1 = $2_1 >>> 8 | 0;
            $3_1 = $0_1 + 1048320 >>> 16 & 8;
            $0_1 = $0_1 << $3_1;
            $1_1 = $0_1 + 520192 >>> 16 & 4;
            $0_1 = $0_1 << $1_1;
            $6_1 = $0_1;
            $0_1 = $0_1 + 245760 >>> 16 & 2;
            $0_1 = ($6_1 << $0_1 >>> 15 | 0) - ($0_1 | ($1_1 | $3_1)) | 0;
            $0_1 = ($0_1 << 1 | $2_1 >>> $0_1 + 21 & 1) + 28 | 0;
           }
           HEAP32[$7_1 + 28 >> 2] = $0_1;
           HEAP32[$7_1 + 16 >> 2] = 0;
           HEAP32[$7_1 + 20 >> 2] = 0;
           $4_1 = ($0_1 << 2) + 4304 | 0;
           $3_1 = HEAP32[1001];
           $1_1 = 1 << $0_1;
           block37 : {
            if (!($3_1 & $1_1)) {
             HEAP32[1001] = $1_1 | $3_1;
             HEAP32[$4_1 >> 2] = $7_1;
             HEAP32[$7_1 + 24 >> 2] = $4_1;
             break block37;
            }
            $0_1 = $2_1 << (($0_1 | 0) != 31 ? 25 - ($0_1 >>> 1 | 0) | 0 : 0);
            $1_1 = HEAP32[$4_1 >> 2];
            while (1) {
             $3_1 = $1_1;
             if (($2_1 | 0) == (HEAP32[$1_1 + 4 >> 2] & -8)) {
              break block38
             }
             $1_1 = $0_1 >>> 29 | 0;
             $0_1 = $0_1 << 1;
             $4_1 = ($1_1 & 4) + $3_1 | 0;
             $1_1 = HEAP32[$4_1 + 16 >> 2];
             if ($1_1) {
              continue
             }
             break;
            };
            HEAP32[$4_1 + 16 >> 2] = $7_1;
            HEAP32[$7_1 + 24 >> 2] = $3_1;
           }
           HEAP32[$7_1 + 12 >> 2] = $7_1;
           HEAP32[$7_1 + 8 >> 2] = $7_1;
           break block31;
          }
          $3_1 = $5_1 - 40 | 0;
          $0_1 = $1_1 + 8 & 7 ? -8 - $1_1 & 7 : 0;
          $2_1 = $3_1 - $0_1 | 0;
          HEAP32[1003] = $2_1;
          $0_1 = $0_1 + $1_1 | 0;
          HEAP32[1006] = $0_1;
          HEAP32[$0_1 + 4 >> 2] = $2_1 | 1;
          HEAP32[($1_1 + $3_1 | 0) + 4 >> 2] = 40;
          HEAP32[1007] = HEAP32[1122];
          $0_1 = (($4_1 - 39 & 7 ? 39 - $4_1 & 7 : 0) + $4_1 | 0) - 47 | 0;
          $2_1 = $6_1 + 16 >>> 0 > $0_1 >>> 0 ? $6_1 : $0_1;
          HEAP32[$2_1 + 4 >> 2] = 27;
          $0_1 = 4456;
          $7_1 = HEAP32[$0_1 >> 2];
          $3_1 = HEAP32[$0_1 + 4 >> 2];
          HEAP32[$2_1 + 16 >> 2] = $7_1;
          HEAP32[$2_1 + 20 >> 2] = $3_1;
          $0_1 = 4448;
          $3_1 = HEAP32[$0_1 >> 2];
          $0_1 = HEAP32[$0_1 + 4 >> 2];
          HEAP32[$2_1 + 8 >> 2] = $3_1;
          HEAP32[$2_1 + 12 >> 2] = $0_1;
          HEAP32[1114] = $2_1 + 8;
          HEAP32[1113] = $5_1;
          HEAP32[1112] = $1_1;
          HEAP32[1115] = 0;
          $0_1 = $2_1 + 24 | 0;
          while (1) {
           HEAP32[$0_1 + 4 >> 2] = 7;
           $1_1 = $0_1 + 8 | 0;
           $0_1 = $0_1 + 4 | 0;
           if ($1_1 >>> 0 < $4_1 >>> 0) {
            continue
           }
           break;
          };
          if (($2_1 | 0) == ($6_1 | 0)) {
           break block27
          }
          HEAP32[$2_1 + 4 >> 2] = HEAP32[$2_1 + 4 >> 2] & -2;
          $4_1 = $2_1 - $6_1 | 0;
          HEAP32[$6_1 + 4 >> 2] = $4_1 | 1;
          HEAP32[$2_1 >> 2] = $4_1;
          if ($4_1 >>> 0 <= 255) {
           $0_1 = $4_1 >>> 3 | 0;
           $2_1 = ($0_1 << 3) + 4040 | 0;
           $1_1 = HEAP32[1e3];
           $0_1 = 1 << $0_1;
           block39 : {
            if (!($1_1 & $0_1)) {
             HEAP32[1e3] = $0_1 | $1_1;
             $0_1 = $2_1;
             break block39;
            }
            $0_1 = HEAP32[$2_1 + 8 >> 2];
           }
           HEAP32[$2_1 + 8 >> 2] = $6_1;
           HEAP32[$0_1 + 12 >> 2] = $6_1;
           HEAP32[$6_1 + 12 >> 2] = $2_1;
           HEAP32[$6_1 + 8 >> 2] = $0_1;
           break block27;
          }
          $0_1 = 31;
          HEAP32[$6_1 + 16 >> 2] = 0;
          HEAP32[$6_1 + 20 >> 2] = 0;
          if ($4_1 >>> 0 <= 16777215) {
           $0_1 = $4_1 >>> 8 | 0;
           $2_1 = $0_1 + 1048320 >>> 16 & 8;
           $0_1 = $0_1 << $2_1;
           $1_1 = $0_1 + 520192 >>> 16 & 4;
           $0_1 = $0_1 << $1_1;
           $3_1 = $0_1;
           $0_1 = $0_1 + 245760 >>> 16 & 2;
           $0_1 = ($3_1 << $0_1 >>> 15 | 0) - ($0_1 | ($1_1 | $2_1)) | 0;
           $0_1 = ($0_1 << 1 | $4_1 >>> $0_1 + 21 & 1) + 28 | 0;
          }
          HEAP32[$6_1 + 28 >> 2] = $0_1;
          $3_1 = ($0_1 << 2) + 4304 | 0;
          $2_1 = HEAP32[1001];
          $1_1 = 1 << $0_1;
          block40 : {
           if (!($2_1 & $1_1)) {
            HEAP32[1001] = $1_1 | $2_1;
            HEAP32[$3_1 >> 2] = $6_1;
            HEAP32[$6_1 + 24 >> 2] = $3_1;
            break block40;
           }
           $0_1 = $4_1 << (($0_1 | 0) != 31 ? 25 - ($0_1 >>> 1 | 0) | 0 : 0);
           $1_1 = HEAP32[$3_1 >> 2];
           while (1) {
            $2_1 = $1_1;
            if (($4_1 | 0) == (HEAP32[$1_1 + 4 >> 2] & -8)) {
             break block41
            }
            $1_1 = $0_1 >>> 29 | 0;
            $0_1 = $0_1 << 1;
            $3_1 = ($1_1 & 4) + $2_1 | 0;
            $1_1 = HEAP32[$3_1 + 16 >> 2];
            if ($1_1) {
             continue
            }
            break;
           };
           HEAP32[$3_1 + 16 >> 2] = $6_1;
           HEAP32[$6_1 + 24 >> 2] = $2_1;
          }
          HEAP32[$6_1 + 12 >> 2] = $6_1;
          HEAP32[$6_1 + 8 >> 2] = $6_1;
          break block27;
         }
         $0_1 = HEAP32[$3_1 + 8 >> 2];
         HEAP32[$0_1 + 12 >> 2] = $7_1;
         HEAP32[$3_1 + 8 >> 2] = $7_1;
         HEAP32[$7_1 + 24 >> 2] = 0;
         HEAP32[$7_1 + 12 >> 2] = $3_1;
         HEAP32[$7_1 + 8 >> 2] = $0_1;
        }
        $0_1 = $9_1 + 8 | 0;
        break block1;
       }
       $0_1 = HEAP32[$2_1 + 8 >> 2];
       HEAP32[$0_1 + 12 >> 2] = $6_1;
       HEAP32[$2_1 + 8 >> 2] = $6_1;
       HEAP32[$6_1 + 24 >> 2] = 0;
       HEAP32[$6_1 + 12 >> 2] = $2_1;
       HEAP32[$6_1 + 8 >> 2] = $0_1;
      }
      $0_1 = HEAP32[1003];
      if ($8_1 >>> 0 >= $0_1 >>> 0) {
       break block24
      }
      $1_1 = $0_1 - $8_1 | 0;
      HEAP32[1003] = $1_1;
      $2_1 = HEAP32[1006];
      $0_1 = $8_1 + $2_1 | 0;
      HEAP32[1006] = $0_1;
      HEAP32[$0_1 + 4 >> 2] = $1_1 | 1;
      HEAP32[$2_1 + 4 >> 2] = $8_1 | 3;
      $0_1 = $2_1 + 8 | 0;
      break block1;
     }
     HEAP32[983] = 48;
     $0_1 = 0;
     break block1;
    }
    block42 : {
     if (!$5_1) {
      break block42
     }
     $2_1 = HEAP32[$4_1 + 28 >> 2];
     $0_1 = ($2_1 << 2) + 4304 | 0;
     block43 : {
      if (($4_1 | 0) == HEAP32[$0_1 >> 2]) {
       HEAP32[$0_1 >> 2] = $1_1;
       if ($1_1) {
        break block43
       }
       $9_1 = __wasm_rotl_i32($2_1) & $9_1;
       HEAP32[1001] = $9_1;
       break block42;
      }
      HEAP32[(($4_1 | 0) == HEAP32[$5_1 + 16 >> 2] ? 16 : 20) + $5_1 >> 2] = $1_1;
      if (!$1_1) {
       break block42
      }
     }
     HEAP32[$1_1 + 24 >> 2] = $5_1;
     $0_1 = HEAP32[$4_1 + 16 >> 2];
     if ($0_1) {
      HEAP32[$1_1 + 16 >> 2] = $0_1;
      HEAP32[$0_1 + 24 >> 2] = $1_1;
     }
     $0_1 = HEAP32[$4_1 + 20 >> 2];
     if (!$0_1) {
      break block42
     }
     HEAP32[$1_1 + 20 >> 2] = $0_1;
     HEAP32[$0_1 + 24 >> 2] = $1_1;
    }
    block44 : {
     if ($3_1 >>> 0 <= 15) {
      $0_1 = $3_1 + $8_1 | 0;
      HEAP32[$4_1 + 4 >> 2] = $0_1 | 3;
      $0_1 = $0_1 + $4_1 | 0;
      HEAP32[$0_1 + 4 >> 2] = HEAP32[$0_1 + 4 >> 2] | 1;
      break block44;
     }
     HEAP32[$4_1 + 4 >> 2] = $8_1 | 3;
     HEAP32[$7_1 + 4 >> 2] = $3_1 | 1;
     HEAP32[$3_1 + $7_1 >> 2] = $3_1;
     if ($3_1 >>> 0 <= 255) {
      $0_1 = $3_1 >>> 3 | 0;
      $2_1 = ($0_1 << 3) + 4040 | 0;
      $1_1 = HEAP32[1e3];
      $0_1 = 1 << $0_1;
      block45 : {
       if (!($1_1 & $0_1)) {
        HEAP32[1e3] = $0_1 | $1_1;
        $0_1 = $2_1;
        break block45;
       }
       $0_1 = HEAP32[$2_1 + 8 >> 2];
      }
      HEAP32[$2_1 + 8 >> 2] = $7_1;
      HEAP32[$0_1 + 12 >> 2] = $7_1;
      HEAP32[$7_1 + 12 >> 2] = $2_1;
      HEAP32[$7_1 + 8 >> 2] = $0_1;
      break block44;
     }
     $0_1 = 31;
     if ($3_1 >>> 0 <= 16777215) {
      $0_1 = $3_1 >>> 8 | 0;
      $2_1 = $0_1 + 1048320 >>> 16 & 8;
      $0_1 = $0_1 << $2_1;
      $1_1 = $0_1 + 520192 >>> 16 & 4;
      $0_1 = $0_1 << $1_1;
      $6_1 = $0_1;
      $0_1 = $0_1 + 245760 >>> 16 & 2;
      $0_1 = ($6_1 << $0_1 >>> 15 | 0) - ($0_1 | ($1_1 | $2_1)) | 0;
      $0_1 = ($0_1 << 1 | $3_1 >>> $0_1 + 21 & 1) + 28 | 0;
     }
     HEAP32[$7_1 + 28 >> 2] = $0_1;
     HEAP32[$7_1 + 16 >> 2] = 0;
     HEAP32[$7_1 + 20 >> 2] = 0;
     $2_1 = ($0_1 << 2) + 4304 | 0;
     block47 : {
      $1_1 = 1 << $0_1;
      block46 : {
       if (!($1_1 & $9_1)) {
        HEAP32[1001] = $1_1 | $9_1;
        HEAP32[$2_1 >> 2] = $7_1;
        HEAP32[$7_1 + 24 >> 2] = $2_1;
        break block46;
       }
       $0_1 = $3_1 << (($0_1 | 0) != 31 ? 25 - ($0_1 >>> 1 | 0) | 0 : 0);
       $8_1 = HEAP32[$2_1 >> 2];
       while (1) {
        $1_1 = $8_1;
        if (($3_1 | 0) == (HEAP32[$1_1 + 4 >> 2] & -8)) {
         break block47
        }
        $2_1 = $0_1 >>> 29 | 0;
        $0_1 = $0_1 << 1;
        $2_1 = ($2_1 & 4) + $1_1 | 0;
        $8_1 = HEAP32[$2_1 + 16 >> 2];
        if ($8_1) {
         continue
        }
        break;
       };
       HEAP32[$2_1 + 16 >> 2] = $7_1;
       HEAP32[$7_1 + 24 >> 2] = $1_1;
      }
      HEAP32[$7_1 + 12 >> 2] = $7_1;
      HEAP32[$7_1 + 8 >> 2] = $7_1;
      break block44;
     }
     $0_1 = HEAP32[$1_1 + 8 >> 2];
     HEAP32[$0_1 + 12 >> 2] = $7_1;
     HEAP32[$1_1 + 8 >> 2] = $7_1;
     HEAP32[$7_1 + 24 >> 2] = 0;
     HEAP32[$7_1 + 12 >> 2] = $1_1;
     HEAP32[$7_1 + 8 >> 2] = $0_1;
    }
    $0_1 = $4_1 + 8 | 0;
    break block1;
   }
   block48 : {
    if (!$11_1) {
     break block48
    }
    $2_1 = HEAP32[$1_1 + 28 >> 2];
    $0_1 = ($2_1 << 2) + 4304 | 0;
    block49 : {
     if (($1_1 | 0) == HEAP32[$0_1 >> 2]) {
      HEAP32[$0_1 >> 2] = $4_1;
      if ($4_1) {
       break block49
      }
      (wasm2js_i32$0 = 4004, wasm2js_i32$1 = __wasm_rotl_i32($2_1) & $7_1), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
      break block48;
     }
     HEAP32[(($1_1 | 0) == HEAP32[$11_1 + 16 >> 2] ? 16 : 20) + $11_1 >> 2] = $4_1;
     if (!$4_1) {
      break block48
     }
    }
    HEAP32[$4_1 + 24 >> 2] = $11_1;
    $0_1 = HEAP32[$1_1 + 16 >> 2];
    if ($0_1) {
     HEAP32[$4_1 + 16 >> 2] = $0_1;
     HEAP32[$0_1 + 24 >> 2] = $4_1;
    }
    $0_1 = HEAP32[$1_1 + 20 >> 2];
    if (!$0_1) {
     break block48
    }
    HEAP32[$4_1 + 20 >> 2] = $0_1;
    HEAP32[$0_1 + 24 >> 2] = $4_1;
   }
   block50 : {
    if ($3_1 >>> 0 <= 15) {
     $0_1 = $3_1 + $8_1 | 0;
     HEAP32[$1_1 + 4 >> 2] = $0_1 | 3;
     $0_1 = $0_1 + $1_1 | 0;
     HEAP32[$0_1 + 4 >> 2] = HEAP32[$0_1 + 4 >> 2] | 1;
     break block50;
    }
    HEAP32[$1_1 + 4 >> 2] = $8_1 | 3;
    HEAP32[$9_1 + 4 >> 2] = $3_1 | 1;
    HEAP32[$3_1 + $9_1 >> 2] = $3_1;
    if ($10_1) {
     $0_1 = $10_1 >>> 3 | 0;
     $4_1 = ($0_1 << 3) + 4040 | 0;
     $2_1 = HEAP32[1005];
     $0_1 = 1 << $0_1;
     block51 : {
      if (!($5_1 & $0_1)) {
       HEAP32[1e3] = $0_1 | $5_1;
       $0_1 = $4_1;
       break block51;
      }
      $0_1 = HEAP32[$4_1 + 8 >> 2];
     }
     HEAP32[$4_1 + 8 >> 2] = $2_1;
     HEAP32[$0_1 + 12 >> 2] = $2_1;
     HEAP32[$2_1 + 12 >> 2] = $4_1;
     HEAP32[$2_1 + 8 >> 2] = $0_1;
    }
    HEAP32[1005] = $9_1;
    HEAP32[1002] = $3_1;
   }
   $0_1 = $1_1 + 8 | 0;
  }
  global$0 = $12_1 + 16 | 0;
  return $0_1 | 0;
 }
 
 function $8($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0;
  $1_1 = $0_1;
  block : {
   if ($1_1 & 3) {
    while (1) {
     if (!HEAPU8[$1_1 | 0]) {
      break block
     }
     $1_1 = $1_1 + 1 | 0;
     if ($1_1 & 3) {
      continue
     }
     break;
    }
   }
   while (1) {
    $2_1 = $1_1;
    $1_1 = $1_1 + 4 | 0;
    $3_1 = HEAP32[$2_1 >> 2];
    if (!(($3_1 ^ -1) & $3_1 - 16843009 & -2139062144)) {
     continue
    }
    break;
   };
   if (!($3_1 & 255)) {
    return $2_1 - $0_1 | 0
   }
   while (1) {
    $3_1 = HEAPU8[$2_1 + 1 | 0];
    $1_1 = $2_1 + 1 | 0;
    $2_1 = $1_1;
    if ($3_1) {
     continue
    }
    break;
   };
  }
  return $1_1 - $0_1 | 0;
 }
 
 function $9($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0;
  block : {
   if (!$2_1) {
    break block
   }
   $3_1 = $0_1 + $2_1 | 0;
   HEAP8[$3_1 - 1 | 0] = $1_1;
   HEAP8[$0_1 | 0] = $1_1;
   if ($2_1 >>> 0 < 3) {
    break block
   }
   HEAP8[$3_1 - 2 | 0] = $1_1;
   HEAP8[$0_1 + 1 | 0] = $1_1;
   HEAP8[$3_1 - 3 | 0] = $1_1;
   HEAP8[$0_1 + 2 | 0] = $1_1;
   if ($2_1 >>> 0 < 7) {
    break block
   }
   HEAP8[$3_1 - 4 | 0] = $1_1;
   HEAP8[$0_1 + 3 | 0] = $1_1;
   if ($2_1 >>> 0 < 9) {
    break block
   }
   $4_1 = 0 - $0_1 & 3;
   $3_1 = $4_1 + $0_1 | 0;
   $1_1 = Math_imul($1_1 & 255, 16843009);
   HEAP32[$3_1 >> 2] = $1_1;
   $4_1 = $2_1 - $4_1 & -4;
   $2_1 = $4_1 + $3_1 | 0;
   HEAP32[$2_1 - 4 >> 2] = $1_1;
   if ($4_1 >>> 0 < 9) {
    break block
   }
   HEAP32[$3_1 + 8 >> 2] = $1_1;
   HEAP32[$3_1 + 4 >> 2] = $1_1;
   HEAP32[$2_1 - 8 >> 2] = $1_1;
   HEAP32[$2_1 - 12 >> 2] = $1_1;
   if ($4_1 >>> 0 < 25) {
    break block
   }
   HEAP32[$3_1 + 24 >> 2] = $1_1;
   HEAP32[$3_1 + 20 >> 2] = $1_1;
   HEAP32[$3_1 + 16 >> 2] = $1_1;
   HEAP32[$3_1 + 12 >> 2] = $1_1;
   HEAP32[$2_1 - 16 >> 2] = $1_1;
   HEAP32[$2_1 - 20 >> 2] = $1_1;
   HEAP32[$2_1 - 24 >> 2] = $1_1;
   HEAP32[$2_1 - 28 >> 2] = $1_1;
   $2_1 = $4_1;
   $4_1 = $3_1 & 4 | 24;
   $2_1 = $2_1 - $4_1 | 0;
   if ($2_1 >>> 0 < 32) {
    break block
   }
   $5_1 = __wasm_i64_mul($1_1, 0, 1, 1);
   $6_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $3_1 + $4_1 | 0;
   while (1) {
    HEAP32[$1_1 + 24 >> 2] = $5_1;
    HEAP32[$1_1 + 28 >> 2] = $6_1;
    HEAP32[$1_1 + 16 >> 2] = $5_1;
    HEAP32[$1_1 + 20 >> 2] = $6_1;
    HEAP32[$1_1 + 8 >> 2] = $5_1;
    HEAP32[$1_1 + 12 >> 2] = $6_1;
    HEAP32[$1_1 >> 2] = $5_1;
    HEAP32[$1_1 + 4 >> 2] = $6_1;
    $1_1 = $1_1 + 32 | 0;
    $2_1 = $2_1 - 32 | 0;
    if ($2_1 >>> 0 > 31) {
     continue
    }
    break;
   };
  }
  return $0_1 | 0;
 }
 
 function $10($0_1) {
  var $1_1 = 0, $2_1 = 0;
  $1_1 = HEAP32[982];
  $2_1 = $0_1 + 3 & -4;
  $0_1 = $1_1 + $2_1 | 0;
  block : {
   if ($0_1 >>> 0 <= $1_1 >>> 0 ? $2_1 : 0) {
    break block
   }
   if (__wasm_memory_size() << 16 >>> 0 < $0_1 >>> 0) {
    if (!(fimport$1($0_1 | 0) | 0)) {
     break block
    }
   }
   HEAP32[982] = $0_1;
   return $1_1;
  }
  HEAP32[983] = 48;
  return -1;
 }
 
 function $11($0_1, $1_1, $2_1, $3_1, $4_1) {
  var $5_1 = 0;
  $5_1 = global$0 - 256 | 0;
  global$0 = $5_1;
  if (!($4_1 & 73728 | ($2_1 | 0) <= ($3_1 | 0))) {
   $4_1 = $1_1 & 255;
   $2_1 = $2_1 - $3_1 | 0;
   $1_1 = $2_1 >>> 0 < 256;
   $9($5_1, $4_1, $1_1 ? $2_1 : 256);
   if (!$1_1) {
    while (1) {
     $12($0_1, $5_1, 256);
     $2_1 = $2_1 - 256 | 0;
     if ($2_1 >>> 0 > 255) {
      continue
     }
     break;
    }
   }
   $12($0_1, $5_1, $2_1);
  }
  global$0 = $5_1 + 256 | 0;
 }
 
 function $12($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  if (!(HEAPU8[$0_1 | 0] & 32)) {
   block2 : {
    $4_1 = $1_1;
    $1_1 = $0_1;
    $0_1 = HEAP32[$0_1 + 16 >> 2];
    block1 : {
     if (!$0_1) {
      $0_1 = $1_1;
      $3_1 = HEAPU8[$0_1 + 74 | 0];
      HEAP8[$0_1 + 74 | 0] = $3_1 - 1 | $3_1;
      $3_1 = HEAP32[$0_1 >> 2];
      block : {
       if ($3_1 & 8) {
        HEAP32[$0_1 >> 2] = $3_1 | 32;
        $0_1 = -1;
        break block;
       }
       HEAP32[$0_1 + 4 >> 2] = 0;
       HEAP32[$0_1 + 8 >> 2] = 0;
       $3_1 = HEAP32[$0_1 + 44 >> 2];
       HEAP32[$0_1 + 28 >> 2] = $3_1;
       HEAP32[$0_1 + 20 >> 2] = $3_1;
       HEAP32[$0_1 + 16 >> 2] = HEAP32[$0_1 + 48 >> 2] + $3_1;
       $0_1 = 0;
      }
      if ($0_1) {
       break block1
      }
      $0_1 = HEAP32[$1_1 + 16 >> 2];
     }
     $5_1 = HEAP32[$1_1 + 20 >> 2];
     if ($0_1 - $5_1 >>> 0 < $2_1 >>> 0) {
      FUNCTION_TABLE[HEAP32[$1_1 + 36 >> 2]]($1_1, $4_1, $2_1) | 0;
      break block2;
     }
     if (HEAP8[$1_1 + 75 | 0] >= 0) {
      block3 : {
       $0_1 = $2_1;
       while (1) {
        $3_1 = $0_1;
        if (!$0_1) {
         break block3
        }
        $0_1 = $0_1 - 1 | 0;
        if (HEAPU8[$0_1 + $4_1 | 0] != 10) {
         continue
        }
        break;
       };
       if (FUNCTION_TABLE[HEAP32[$1_1 + 36 >> 2]]($1_1, $4_1, $3_1) >>> 0 < $3_1 >>> 0) {
        break block1
       }
       $4_1 = $3_1 + $4_1 | 0;
       $5_1 = HEAP32[$1_1 + 20 >> 2];
       $2_1 = $2_1 - $3_1 | 0;
      }
     }
     $0_1 = $2_1;
     $3($5_1, $4_1, $0_1);
     HEAP32[$1_1 + 20 >> 2] = $0_1 + HEAP32[$1_1 + 20 >> 2];
    }
   }
  }
 }
 
 function $13($0_1) {
  return $0_1 - 48 >>> 0 < 10;
 }
 
 function $14($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0;
  if (!$2_1) {
   return 0
  }
  $3_1 = HEAPU8[$0_1 | 0];
  block2 : {
   if ($3_1) {
    while (1) {
     $4_1 = HEAPU8[$1_1 | 0];
     if (!$4_1) {
      break block2
     }
     $2_1 = $2_1 - 1 | 0;
     if (!$2_1) {
      break block2
     }
     block1 : {
      if (($3_1 | 0) == ($4_1 | 0)) {
       break block1
      }
      break block2;
     }
     $1_1 = $1_1 + 1 | 0;
     $3_1 = HEAPU8[$0_1 + 1 | 0];
     $0_1 = $0_1 + 1 | 0;
     if ($3_1) {
      continue
     }
     break;
    }
   }
   $3_1 = 0;
  }
  return $3_1 - HEAPU8[$1_1 | 0] | 0;
 }
 
 function $15($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $29_1 = 0, $30_1 = 0, $31_1 = 0, $32_1 = 0, $33_1 = 0, $34_1 = 0, $35_1 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, $49_1 = 0, $50_1 = 0, $51_1 = 0, $52_1 = 0, $53 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $14_1 = global$0 - 2048 | 0;
  global$0 = $14_1;
  $21($14_1 + 1024 | 0, $1_1);
  $20($14_1 + 1024 | 0, $0_1);
  $21($14_1, $14_1 + 1024 | 0);
  if ($3_1) {
   $20($14_1, $2_1)
  }
  $0_1 = 0;
  $1_1 = 0;
  while (1) {
   $3_1 = $1_1 << 7;
   $19_1 = ($14_1 + 1024 | 0) + ($3_1 | 64) | 0;
   $4_1 = $19_1;
   $10_1 = HEAP32[$4_1 >> 2];
   $7_1 = HEAP32[$4_1 + 4 >> 2];
   $39_1 = ($14_1 + 1024 | 0) + ($3_1 | 96) | 0;
   $4_1 = $39_1;
   $5_1 = HEAP32[$4_1 >> 2];
   $9_1 = HEAP32[$4_1 + 4 >> 2];
   $32_1 = $3_1 + ($14_1 + 1024 | 0) | 0;
   $4_1 = $32_1;
   $6_1 = HEAP32[$4_1 >> 2];
   $12_1 = HEAP32[$4_1 + 4 >> 2];
   $40_1 = ($14_1 + 1024 | 0) + ($3_1 | 32) | 0;
   $4_1 = $40_1;
   $15_1 = HEAP32[$4_1 >> 2];
   $17_1 = HEAP32[$4_1 + 4 >> 2];
   $6_1 = $1($6_1, $12_1, $15_1, $17_1);
   $4_1 = $6_1 ^ $5_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $0($4_1, $5_1 ^ $9_1, 32);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $1($10_1, $7_1, $11_1, $9_1);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $15_1 = $0($8_1 ^ $15_1, $7_1 ^ $17_1, 24);
   $17_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $17_1;
   $12_1 = $1($6_1, $5_1, $15_1, $4_1);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $25_1 = $0($12_1 ^ $11_1, $10_1 ^ $9_1, 16);
   $20_1 = i64toi32_i32$HIGH_BITS;
   $33_1 = $1($8_1, $7_1, $25_1, $20_1);
   $34_1 = i64toi32_i32$HIGH_BITS;
   $15_1 = $0($33_1 ^ $15_1, $4_1 ^ $34_1, 63);
   $17_1 = i64toi32_i32$HIGH_BITS;
   $43_1 = ($14_1 + 1024 | 0) + ($3_1 | 72) | 0;
   $4_1 = $43_1;
   $18_1 = HEAP32[$4_1 >> 2];
   $13_1 = HEAP32[$4_1 + 4 >> 2];
   $44_1 = ($14_1 + 1024 | 0) + ($3_1 | 104) | 0;
   $4_1 = $44_1;
   $9_1 = HEAP32[$4_1 >> 2];
   $7_1 = HEAP32[$4_1 + 4 >> 2];
   $45_1 = ($14_1 + 1024 | 0) + ($3_1 | 8) | 0;
   $4_1 = $45_1;
   $8_1 = HEAP32[$4_1 >> 2];
   $21_1 = HEAP32[$4_1 + 4 >> 2];
   $46_1 = ($14_1 + 1024 | 0) + ($3_1 | 40) | 0;
   $4_1 = $46_1;
   $6_1 = HEAP32[$4_1 >> 2];
   $5_1 = HEAP32[$4_1 + 4 >> 2];
   $11_1 = $1($8_1, $21_1, $6_1, $5_1);
   $4_1 = $11_1 ^ $9_1;
   $9_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $0($4_1, $9_1 ^ $7_1, 32);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $21_1 = $1($18_1, $13_1, $8_1, $7_1);
   $26_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $0($21_1 ^ $6_1, $26_1 ^ $5_1, 24);
   $4_1 = $21_1;
   $13_1 = $26_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $21_1 = $1($11_1, $9_1, $6_1, $5_1);
   $26_1 = i64toi32_i32$HIGH_BITS;
   $35_1 = $0($21_1 ^ $8_1, $26_1 ^ $7_1, 16);
   $36_1 = i64toi32_i32$HIGH_BITS;
   $37_1 = $1($4_1, $13_1, $35_1, $36_1);
   $38_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $0($6_1 ^ $37_1, $5_1 ^ $38_1, 63);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $47_1 = ($14_1 + 1024 | 0) + ($3_1 | 80) | 0;
   $4_1 = $47_1;
   $18_1 = HEAP32[$4_1 >> 2];
   $13_1 = HEAP32[$4_1 + 4 >> 2];
   $48_1 = ($14_1 + 1024 | 0) + ($3_1 | 112) | 0;
   $4_1 = $48_1;
   $7_1 = HEAP32[$4_1 >> 2];
   $16_1 = HEAP32[$4_1 + 4 >> 2];
   $49_1 = ($14_1 + 1024 | 0) + ($3_1 | 16) | 0;
   $4_1 = $49_1;
   $8_1 = HEAP32[$4_1 >> 2];
   $22_1 = HEAP32[$4_1 + 4 >> 2];
   $50_1 = ($14_1 + 1024 | 0) + ($3_1 | 48) | 0;
   $4_1 = $50_1;
   $11_1 = HEAP32[$4_1 >> 2];
   $9_1 = HEAP32[$4_1 + 4 >> 2];
   $8_1 = $1($8_1, $22_1, $11_1, $9_1);
   $4_1 = $8_1 ^ $7_1;
   $7_1 = i64toi32_i32$HIGH_BITS;
   $27_1 = $0($4_1, $7_1 ^ $16_1, 32);
   $28_1 = i64toi32_i32$HIGH_BITS;
   $22_1 = $1($18_1, $13_1, $27_1, $28_1);
   $29_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $0($22_1 ^ $11_1, $29_1 ^ $9_1, 24);
   $4_1 = $22_1;
   $13_1 = $29_1;
   $9_1 = i64toi32_i32$HIGH_BITS;
   $22_1 = $1($8_1, $7_1, $11_1, $9_1);
   $29_1 = i64toi32_i32$HIGH_BITS;
   $27_1 = $0($22_1 ^ $27_1, $29_1 ^ $28_1, 16);
   $28_1 = i64toi32_i32$HIGH_BITS;
   $30_1 = $1($4_1, $13_1, $27_1, $28_1);
   $13_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $0($11_1 ^ $30_1, $9_1 ^ $13_1, 63);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $51_1 = ($14_1 + 1024 | 0) + ($3_1 | 88) | 0;
   $4_1 = $51_1;
   $23_1 = HEAP32[$4_1 >> 2];
   $18_1 = HEAP32[$4_1 + 4 >> 2];
   $52_1 = ($14_1 + 1024 | 0) + ($3_1 | 120) | 0;
   $4_1 = $52_1;
   $16_1 = HEAP32[$4_1 >> 2];
   $24_1 = HEAP32[$4_1 + 4 >> 2];
   $53 = ($14_1 + 1024 | 0) + ($3_1 | 24) | 0;
   $4_1 = $53;
   $41_1 = HEAP32[$4_1 >> 2];
   $42_1 = HEAP32[$4_1 + 4 >> 2];
   $3_1 = ($14_1 + 1024 | 0) + ($3_1 | 56) | 0;
   $4_1 = $3_1;
   $8_1 = HEAP32[$4_1 >> 2];
   $7_1 = HEAP32[$4_1 + 4 >> 2];
   $31_1 = $1($41_1, $42_1, $8_1, $7_1);
   $4_1 = $24_1;
   $24_1 = i64toi32_i32$HIGH_BITS;
   $16_1 = $0($31_1 ^ $16_1, $4_1 ^ $24_1, 32);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $23_1 = $1($23_1, $18_1, $16_1, $4_1);
   $18_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $0($23_1 ^ $8_1, $18_1 ^ $7_1, 24);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $31_1 = $1($31_1, $24_1, $8_1, $7_1);
   $24_1 = i64toi32_i32$HIGH_BITS;
   $16_1 = $0($31_1 ^ $16_1, $24_1 ^ $4_1, 16);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $23_1 = $1($23_1, $18_1, $16_1, $4_1);
   $18_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $0($8_1 ^ $23_1, $7_1 ^ $18_1, 63);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $12_1 = $1($12_1, $10_1, $6_1, $5_1);
   $41_1 = $12_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   $42_1 = $10_1;
   $12_1 = $0($12_1 ^ $16_1, $4_1 ^ $10_1, 32);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $30_1 = $1($30_1, $13_1, $12_1, $10_1);
   $13_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $0($30_1 ^ $6_1, $5_1 ^ $13_1, 24);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $16_1 = $1($41_1, $42_1, $6_1, $5_1);
   $4_1 = $32_1;
   HEAP32[$4_1 >> 2] = $16_1;
   $4_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$32_1 + 4 >> 2] = $4_1;
   $12_1 = $0($12_1 ^ $16_1, $4_1 ^ $10_1, 16);
   $10_1 = $12_1;
   $4_1 = $52_1;
   HEAP32[$4_1 >> 2] = $10_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $10_1;
   $4_1 = $47_1;
   $12_1 = $1($30_1, $13_1, $12_1, $10_1);
   HEAP32[$4_1 >> 2] = $12_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $10_1;
   $4_1 = $46_1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $0($6_1 ^ $12_1, $5_1 ^ $10_1, 63)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   HEAP32[$4_1 + 4 >> 2] = i64toi32_i32$HIGH_BITS;
   $6_1 = $1($21_1, $26_1, $11_1, $9_1);
   $4_1 = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $13_1 = $5_1;
   $6_1 = $0($6_1 ^ $25_1, $5_1 ^ $20_1, 32);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $12_1 = $1($23_1, $18_1, $6_1, $5_1);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $0($12_1 ^ $11_1, $9_1 ^ $10_1, 24);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $25_1 = $1($4_1, $13_1, $11_1, $9_1);
   $20_1 = $25_1;
   $4_1 = $45_1;
   HEAP32[$4_1 >> 2] = $20_1;
   $20_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $20_1;
   $4_1 = $39_1;
   $6_1 = $0($6_1 ^ $25_1, $5_1 ^ $20_1, 16);
   HEAP32[$4_1 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $5_1;
   $4_1 = $51_1;
   $6_1 = $1($12_1, $10_1, $6_1, $5_1);
   HEAP32[$4_1 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $5_1;
   $4_1 = $50_1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $0($6_1 ^ $11_1, $5_1 ^ $9_1, 63)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   HEAP32[$4_1 + 4 >> 2] = i64toi32_i32$HIGH_BITS;
   $6_1 = $1($22_1, $29_1, $8_1, $7_1);
   $4_1 = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $12_1 = $5_1;
   $6_1 = $0($6_1 ^ $35_1, $5_1 ^ $36_1, 32);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $1($33_1, $34_1, $6_1, $5_1);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $0($11_1 ^ $8_1, $7_1 ^ $9_1, 24);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $12_1 = $1($4_1, $12_1, $8_1, $7_1);
   $10_1 = $12_1;
   $4_1 = $49_1;
   HEAP32[$4_1 >> 2] = $10_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $10_1;
   $4_1 = $44_1;
   $6_1 = $0($6_1 ^ $12_1, $5_1 ^ $10_1, 16);
   HEAP32[$4_1 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $5_1;
   $4_1 = $19_1;
   $6_1 = $1($11_1, $9_1, $6_1, $5_1);
   HEAP32[$4_1 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $5_1;
   $4_1 = $3_1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $0($6_1 ^ $8_1, $5_1 ^ $7_1, 63)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   HEAP32[$4_1 + 4 >> 2] = i64toi32_i32$HIGH_BITS;
   $6_1 = $1($31_1, $24_1, $15_1, $17_1);
   $3_1 = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $5_1;
   $6_1 = $0($6_1 ^ $27_1, $5_1 ^ $28_1, 32);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $1($37_1, $38_1, $6_1, $5_1);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $15_1 = $0($11_1 ^ $15_1, $17_1 ^ $9_1, 24);
   $17_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $1($3_1, $4_1, $15_1, $17_1);
   $4_1 = $53;
   HEAP32[$4_1 >> 2] = $8_1;
   $7_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $7_1;
   $4_1 = $48_1;
   $6_1 = $0($6_1 ^ $8_1, $5_1 ^ $7_1, 16);
   HEAP32[$4_1 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $5_1;
   $4_1 = $43_1;
   $6_1 = $1($11_1, $9_1, $6_1, $5_1);
   HEAP32[$4_1 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $5_1;
   $4_1 = $40_1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $0($6_1 ^ $15_1, $5_1 ^ $17_1, 63)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
   HEAP32[$4_1 + 4 >> 2] = i64toi32_i32$HIGH_BITS;
   $1_1 = $1_1 + 1 | 0;
   if (($1_1 | 0) != 8) {
    continue
   }
   break;
  };
  while (1) {
   $3_1 = $0_1 << 4;
   $1_1 = $3_1 + ($14_1 + 1024 | 0) | 0;
   $4_1 = $1_1 + 512 | 0;
   $10_1 = HEAP32[$4_1 >> 2];
   $7_1 = HEAP32[$4_1 + 4 >> 2];
   $4_1 = $1_1;
   $5_1 = HEAP32[$4_1 + 768 >> 2];
   $9_1 = HEAP32[$4_1 + 772 >> 2];
   $15_1 = HEAP32[$4_1 + 256 >> 2];
   $17_1 = HEAP32[$4_1 + 260 >> 2];
   $6_1 = $1(HEAP32[$4_1 >> 2], HEAP32[$4_1 + 4 >> 2], $15_1, $17_1);
   $4_1 = $6_1 ^ $5_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $0($4_1, $5_1 ^ $9_1, 32);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $1($10_1, $7_1, $11_1, $9_1);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $15_1 = $0($8_1 ^ $15_1, $7_1 ^ $17_1, 24);
   $17_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $17_1;
   $12_1 = $1($6_1, $5_1, $15_1, $4_1);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $25_1 = $0($12_1 ^ $11_1, $10_1 ^ $9_1, 16);
   $20_1 = i64toi32_i32$HIGH_BITS;
   $33_1 = $1($8_1, $7_1, $25_1, $20_1);
   $34_1 = i64toi32_i32$HIGH_BITS;
   $15_1 = $0($33_1 ^ $15_1, $4_1 ^ $34_1, 63);
   $17_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $1_1;
   $18_1 = HEAP32[$4_1 + 520 >> 2];
   $7_1 = HEAP32[$4_1 + 780 >> 2];
   $19_1 = HEAP32[$4_1 + 524 >> 2];
   $8_1 = HEAP32[$4_1 + 776 >> 2];
   $3_1 = ($14_1 + 1024 | 0) + ($3_1 | 8) | 0;
   $4_1 = $3_1;
   $13_1 = HEAP32[$4_1 >> 2];
   $21_1 = HEAP32[$4_1 + 4 >> 2];
   $4_1 = $1_1;
   $6_1 = HEAP32[$4_1 + 264 >> 2];
   $5_1 = HEAP32[$4_1 + 268 >> 2];
   $11_1 = $1($13_1, $21_1, $6_1, $5_1);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $0($8_1 ^ $11_1, $9_1 ^ $7_1, 32);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $21_1 = $1($18_1, $19_1, $8_1, $7_1);
   $26_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $0($21_1 ^ $6_1, $26_1 ^ $5_1, 24);
   $19_1 = $21_1;
   $13_1 = $26_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $21_1 = $1($11_1, $9_1, $6_1, $5_1);
   $26_1 = i64toi32_i32$HIGH_BITS;
   $35_1 = $0($21_1 ^ $8_1, $26_1 ^ $7_1, 16);
   $36_1 = i64toi32_i32$HIGH_BITS;
   $37_1 = $1($19_1, $13_1, $35_1, $36_1);
   $38_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $0($6_1 ^ $37_1, $5_1 ^ $38_1, 63);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $18_1 = HEAP32[$4_1 + 640 >> 2];
   $16_1 = HEAP32[$4_1 + 900 >> 2];
   $19_1 = HEAP32[$4_1 + 644 >> 2];
   $13_1 = HEAP32[$4_1 + 896 >> 2];
   $11_1 = HEAP32[$4_1 + 384 >> 2];
   $9_1 = HEAP32[$4_1 + 388 >> 2];
   $8_1 = $1(HEAP32[$4_1 + 128 >> 2], HEAP32[$4_1 + 132 >> 2], $11_1, $9_1);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $27_1 = $0($13_1 ^ $8_1, $7_1 ^ $16_1, 32);
   $28_1 = i64toi32_i32$HIGH_BITS;
   $22_1 = $1($18_1, $19_1, $27_1, $28_1);
   $29_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $0($22_1 ^ $11_1, $29_1 ^ $9_1, 24);
   $19_1 = $22_1;
   $13_1 = $29_1;
   $9_1 = i64toi32_i32$HIGH_BITS;
   $22_1 = $1($8_1, $7_1, $11_1, $9_1);
   $29_1 = i64toi32_i32$HIGH_BITS;
   $27_1 = $0($22_1 ^ $27_1, $29_1 ^ $28_1, 16);
   $28_1 = i64toi32_i32$HIGH_BITS;
   $30_1 = $1($19_1, $13_1, $27_1, $28_1);
   $13_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $0($11_1 ^ $30_1, $9_1 ^ $13_1, 63);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $39_1 = HEAP32[$4_1 + 648 >> 2];
   $32_1 = HEAP32[$4_1 + 908 >> 2];
   $19_1 = HEAP32[$4_1 + 652 >> 2];
   $40_1 = HEAP32[$4_1 + 904 >> 2];
   $8_1 = HEAP32[$4_1 + 392 >> 2];
   $7_1 = HEAP32[$4_1 + 396 >> 2];
   $31_1 = $1(HEAP32[$4_1 + 136 >> 2], HEAP32[$4_1 + 140 >> 2], $8_1, $7_1);
   $24_1 = i64toi32_i32$HIGH_BITS;
   $16_1 = $0($40_1 ^ $31_1, $24_1 ^ $32_1, 32);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $23_1 = $1($39_1, $19_1, $16_1, $4_1);
   $18_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $0($23_1 ^ $8_1, $18_1 ^ $7_1, 24);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $31_1 = $1($31_1, $24_1, $8_1, $7_1);
   $24_1 = i64toi32_i32$HIGH_BITS;
   $16_1 = $0($31_1 ^ $16_1, $24_1 ^ $4_1, 16);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $23_1 = $1($23_1, $18_1, $16_1, $4_1);
   $18_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $0($8_1 ^ $23_1, $7_1 ^ $18_1, 63);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $12_1 = $1($12_1, $10_1, $6_1, $5_1);
   $19_1 = $12_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   $32_1 = $10_1;
   $12_1 = $0($12_1 ^ $16_1, $4_1 ^ $10_1, 32);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $30_1 = $1($30_1, $13_1, $12_1, $10_1);
   $13_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $0($30_1 ^ $6_1, $5_1 ^ $13_1, 24);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $16_1 = $1($19_1, $32_1, $6_1, $5_1);
   $4_1 = $1_1;
   HEAP32[$4_1 >> 2] = $16_1;
   $4_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$1_1 + 4 >> 2] = $4_1;
   $12_1 = $0($12_1 ^ $16_1, $4_1 ^ $10_1, 16);
   $10_1 = $12_1;
   $4_1 = $1_1;
   HEAP32[$4_1 + 904 >> 2] = $10_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 908 >> 2] = $10_1;
   $12_1 = $1($30_1, $13_1, $12_1, $10_1);
   HEAP32[$4_1 + 640 >> 2] = $12_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 644 >> 2] = $10_1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $0($6_1 ^ $12_1, $5_1 ^ $10_1, 63)), HEAP32[wasm2js_i32$0 + 264 >> 2] = wasm2js_i32$1;
   HEAP32[$4_1 + 268 >> 2] = i64toi32_i32$HIGH_BITS;
   $6_1 = $1($21_1, $26_1, $11_1, $9_1);
   $4_1 = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $19_1 = $5_1;
   $6_1 = $0($6_1 ^ $25_1, $5_1 ^ $20_1, 32);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $12_1 = $1($23_1, $18_1, $6_1, $5_1);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $0($12_1 ^ $11_1, $9_1 ^ $10_1, 24);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $25_1 = $1($4_1, $19_1, $11_1, $9_1);
   $20_1 = $25_1;
   $4_1 = $3_1;
   HEAP32[$4_1 >> 2] = $20_1;
   $20_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 4 >> 2] = $20_1;
   $4_1 = $1_1;
   $6_1 = $0($6_1 ^ $25_1, $5_1 ^ $20_1, 16);
   HEAP32[$4_1 + 768 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 772 >> 2] = $5_1;
   $6_1 = $1($12_1, $10_1, $6_1, $5_1);
   HEAP32[$4_1 + 648 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 652 >> 2] = $5_1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $0($6_1 ^ $11_1, $5_1 ^ $9_1, 63)), HEAP32[wasm2js_i32$0 + 384 >> 2] = wasm2js_i32$1;
   HEAP32[$4_1 + 388 >> 2] = i64toi32_i32$HIGH_BITS;
   $6_1 = $1($22_1, $29_1, $8_1, $7_1);
   $1_1 = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $5_1;
   $6_1 = $0($6_1 ^ $35_1, $5_1 ^ $36_1, 32);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $1($33_1, $34_1, $6_1, $5_1);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $0($11_1 ^ $8_1, $7_1 ^ $9_1, 24);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $12_1 = $1($1_1, $3_1, $8_1, $7_1);
   HEAP32[$4_1 + 128 >> 2] = $12_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 132 >> 2] = $10_1;
   $6_1 = $0($6_1 ^ $12_1, $5_1 ^ $10_1, 16);
   HEAP32[$4_1 + 776 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 780 >> 2] = $5_1;
   $6_1 = $1($11_1, $9_1, $6_1, $5_1);
   HEAP32[$4_1 + 512 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 516 >> 2] = $5_1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $0($6_1 ^ $8_1, $5_1 ^ $7_1, 63)), HEAP32[wasm2js_i32$0 + 392 >> 2] = wasm2js_i32$1;
   HEAP32[$4_1 + 396 >> 2] = i64toi32_i32$HIGH_BITS;
   $6_1 = $1($31_1, $24_1, $15_1, $17_1);
   $1_1 = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $5_1;
   $6_1 = $0($6_1 ^ $27_1, $5_1 ^ $28_1, 32);
   $5_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $1($37_1, $38_1, $6_1, $5_1);
   $9_1 = i64toi32_i32$HIGH_BITS;
   $15_1 = $0($11_1 ^ $15_1, $17_1 ^ $9_1, 24);
   $17_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $1($1_1, $3_1, $15_1, $17_1);
   HEAP32[$4_1 + 136 >> 2] = $8_1;
   $7_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 140 >> 2] = $7_1;
   $6_1 = $0($6_1 ^ $8_1, $5_1 ^ $7_1, 16);
   HEAP32[$4_1 + 896 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 900 >> 2] = $5_1;
   $6_1 = $1($11_1, $9_1, $6_1, $5_1);
   HEAP32[$4_1 + 520 >> 2] = $6_1;
   $5_1 = i64toi32_i32$HIGH_BITS;
   HEAP32[$4_1 + 524 >> 2] = $5_1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $0($6_1 ^ $15_1, $5_1 ^ $17_1, 63)), HEAP32[wasm2js_i32$0 + 256 >> 2] = wasm2js_i32$1;
   HEAP32[$4_1 + 260 >> 2] = i64toi32_i32$HIGH_BITS;
   $0_1 = $0_1 + 1 | 0;
   if (($0_1 | 0) != 8) {
    continue
   }
   break;
  };
  $21($2_1, $14_1);
  $20($2_1, $14_1 + 1024 | 0);
  global$0 = $14_1 + 2048 | 0;
 }
 
 function $16($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0;
  $3_1 = global$0 + -64 | 0;
  global$0 = $3_1;
  $5_1 = $9($3_1, 0, 64);
  $3_1 = -1;
  block : {
   if (!$0_1 | !$1_1) {
    break block
   }
   if ($2_1 >>> 0 < HEAPU32[$0_1 + 228 >> 2]) {
    break block
   }
   if (HEAP32[$0_1 + 80 >> 2] | HEAP32[$0_1 + 84 >> 2]) {
    break block
   }
   $24($0_1, HEAP32[$0_1 + 224 >> 2]);
   $35($0_1);
   $3_1 = 0;
   $2_1 = $0_1 + 96 | 0;
   $4_1 = HEAP32[$0_1 + 224 >> 2];
   $9($2_1 + $4_1 | 0, 0, 128 - $4_1 | 0);
   $23($0_1, $2_1);
   while (1) {
    $4_1 = $3_1 << 3;
    $6_1 = $4_1 + $0_1 | 0;
    $48($5_1 + $4_1 | 0, HEAP32[$6_1 >> 2], HEAP32[$6_1 + 4 >> 2]);
    $3_1 = $3_1 + 1 | 0;
    if (($3_1 | 0) != 8) {
     continue
    }
    break;
   };
   $3($1_1, $5_1, HEAP32[$0_1 + 228 >> 2]);
   $2($5_1, 64);
   $2($2_1, 128);
   $2($0_1, 64);
   $3_1 = 0;
  }
  global$0 = $5_1 - -64 | 0;
  return $3_1;
 }
 
 function $17($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0;
  $4_1 = global$0 - 16 | 0;
  global$0 = $4_1;
  HEAP32[$4_1 + 12 >> 2] = $1_1;
  $3_1 = global$0 - 160 | 0;
  global$0 = $3_1;
  $3($3_1 + 8 | 0, 3072, 144);
  HEAP32[$3_1 + 52 >> 2] = $0_1;
  HEAP32[$3_1 + 28 >> 2] = $0_1;
  $2_1 = -2 - $0_1 | 0;
  $5_1 = $2_1 >>> 0 >= 2147483647 ? 2147483647 : $2_1;
  HEAP32[$3_1 + 56 >> 2] = $5_1;
  $0_1 = $0_1 + $5_1 | 0;
  HEAP32[$3_1 + 36 >> 2] = $0_1;
  HEAP32[$3_1 + 24 >> 2] = $0_1;
  $0_1 = $3_1 + 8 | 0;
  $2_1 = global$0 - 208 | 0;
  global$0 = $2_1;
  HEAP32[$2_1 + 204 >> 2] = $1_1;
  $9($2_1 + 160 | 0, 0, 40);
  HEAP32[$2_1 + 200 >> 2] = HEAP32[$2_1 + 204 >> 2];
  block : {
   if (($25(0, $2_1 + 200 | 0, $2_1 + 80 | 0, $2_1 + 160 | 0) | 0) < 0) {
    break block
   }
   $6_1 = HEAP32[$0_1 + 76 >> 2] >= 0;
   $1_1 = HEAP32[$0_1 >> 2];
   if (HEAP8[$0_1 + 74 | 0] <= 0) {
    HEAP32[$0_1 >> 2] = $1_1 & -33
   }
   $7_1 = $1_1 & 32;
   block1 : {
    if (HEAP32[$0_1 + 48 >> 2]) {
     $25($0_1, $2_1 + 200 | 0, $2_1 + 80 | 0, $2_1 + 160 | 0);
     break block1;
    }
    HEAP32[$0_1 + 48 >> 2] = 80;
    HEAP32[$0_1 + 16 >> 2] = $2_1 + 80;
    HEAP32[$0_1 + 28 >> 2] = $2_1;
    HEAP32[$0_1 + 20 >> 2] = $2_1;
    $1_1 = HEAP32[$0_1 + 44 >> 2];
    HEAP32[$0_1 + 44 >> 2] = $2_1;
    $25($0_1, $2_1 + 200 | 0, $2_1 + 80 | 0, $2_1 + 160 | 0);
    if (!$1_1) {
     break block1
    }
    FUNCTION_TABLE[HEAP32[$0_1 + 36 >> 2]]($0_1, 0, 0) | 0;
    HEAP32[$0_1 + 48 >> 2] = 0;
    HEAP32[$0_1 + 44 >> 2] = $1_1;
    HEAP32[$0_1 + 28 >> 2] = 0;
    HEAP32[$0_1 + 16 >> 2] = 0;
    HEAP32[$0_1 + 20 >> 2] = 0;
   }
   HEAP32[$0_1 >> 2] = $7_1 | HEAP32[$0_1 >> 2];
   if (!$6_1) {
    break block
   }
  }
  global$0 = $2_1 + 208 | 0;
  if ($5_1) {
   $0_1 = HEAP32[$3_1 + 28 >> 2];
   HEAP8[$0_1 - (HEAP32[$3_1 + 24 >> 2] == ($0_1 | 0)) | 0] = 0;
  }
  global$0 = $3_1 + 160 | 0;
  global$0 = $4_1 + 16 | 0;
 }
 
 function $18($0_1) {
  var $1_1 = 0;
  $1_1 = 1;
  block : {
   if ($0_1 >>> 0 < 10) {
    break block
   }
   $1_1 = 2;
   while (1) {
    if ($0_1 >>> 0 < 100) {
     break block
    }
    $1_1 = $1_1 + 1 | 0;
    $0_1 = ($0_1 >>> 0) / 10 | 0;
    continue;
   };
  }
  return $1_1;
 }
 
 function $19($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  $4_1 = HEAPU8[$0_1 | 0];
  block : {
   if (($4_1 - 48 & 255) >>> 0 > 9) {
    break block
   }
   $2_1 = $4_1;
   while (1) {
    $6_1 = $3_1;
    if ($5_1 >>> 0 > 429496729) {
     break block
    }
    $2_1 = ($2_1 & 255) - 48 | 0;
    $3_1 = Math_imul($5_1, 10);
    if ($2_1 >>> 0 > ($3_1 ^ -1) >>> 0) {
     break block
    }
    $5_1 = $2_1 + $3_1 | 0;
    $3_1 = $6_1 + 1 | 0;
    $7_1 = $3_1 + $0_1 | 0;
    $2_1 = HEAPU8[$7_1 | 0];
    if (($2_1 - 48 & 255) >>> 0 < 10) {
     continue
    }
    break;
   };
   if ($6_1 ? ($4_1 | 0) == 48 : 0) {
    break block
   }
   HEAP32[$1_1 >> 2] = $5_1;
   $8_1 = $7_1;
  }
  return $8_1;
 }
 
 function $20($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  while (1) {
   $3_1 = $4_1 << 3;
   $5_1 = $3_1 + $0_1 | 0;
   $2_1 = $5_1;
   $6_1 = HEAP32[$2_1 >> 2];
   $7_1 = HEAP32[$2_1 + 4 >> 2];
   $2_1 = $1_1 + $3_1 | 0;
   $3_1 = HEAP32[$2_1 >> 2];
   $8_1 = HEAP32[$2_1 + 4 >> 2];
   $2_1 = $5_1;
   HEAP32[$2_1 >> 2] = $3_1 ^ $6_1;
   HEAP32[$2_1 + 4 >> 2] = $7_1 ^ $8_1;
   $4_1 = $4_1 + 1 | 0;
   if (($4_1 | 0) != 128) {
    continue
   }
   break;
  };
 }
 
 function $21($0_1, $1_1) {
  $3($0_1, $1_1, 1024);
 }
 
 function $22($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0;
  $3_1 = global$0 + -64 | 0;
  global$0 = $3_1;
  $4_1 = -1;
  block : {
   if (!$0_1) {
    break block
   }
   if ($1_1 - 1 >>> 0 >= 64) {
    $2($0_1, 240);
    $35($0_1);
    break block;
   }
   HEAP8[$3_1 + 3 | 0] = 1;
   HEAP8[$3_1 + 1 | 0] = 0;
   HEAP8[$3_1 + 2 | 0] = 1;
   HEAP8[$3_1 | 0] = $1_1;
   $9($3_1 | 4, 0, 60);
   $1_1 = $3_1;
   if (!$3_1 | !$0_1) {
    $4_1 = -1
   } else {
    $9($0_1 - -64 | 0, 0, 176);
    $3($0_1, 1024, 64);
    while (1) {
     $2_1 = $5_1 << 3;
     $4_1 = $2_1 + $0_1 | 0;
     $2_1 = $1_1 + $2_1 | 0;
     $6_1 = HEAPU8[$2_1 | 0] | HEAPU8[$2_1 + 1 | 0] << 8 | (HEAPU8[$2_1 + 2 | 0] << 16 | HEAPU8[$2_1 + 3 | 0] << 24);
     $7_1 = HEAPU8[$2_1 + 4 | 0] | HEAPU8[$2_1 + 5 | 0] << 8 | (HEAPU8[$2_1 + 6 | 0] << 16 | HEAPU8[$2_1 + 7 | 0] << 24);
     $2_1 = $4_1;
     $4_1 = HEAP32[$2_1 + 4 >> 2];
     HEAP32[$2_1 >> 2] = $6_1 ^ HEAP32[$2_1 >> 2];
     HEAP32[$2_1 + 4 >> 2] = $4_1 ^ $7_1;
     $5_1 = $5_1 + 1 | 0;
     if (($5_1 | 0) != 8) {
      continue
     }
     break;
    };
    HEAP32[$0_1 + 228 >> 2] = HEAPU8[$1_1 | 0];
    $4_1 = 0;
   }
  }
  global$0 = $3_1 - -64 | 0;
  return $4_1;
 }
 
 function $23($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $29_1 = 0, $30_1 = 0, $31_1 = 0, $32_1 = 0, $33_1 = 0, $34_1 = 0, $35_1 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0;
  $12_1 = global$0 - 256 | 0;
  global$0 = $12_1;
  while (1) {
   $5_1 = $9_1 << 3;
   $3_1 = $5_1 + $1_1 | 0;
   $6_1 = HEAPU8[$3_1 | 0] | HEAPU8[$3_1 + 1 | 0] << 8 | (HEAPU8[$3_1 + 2 | 0] << 16 | HEAPU8[$3_1 + 3 | 0] << 24);
   $4_1 = HEAPU8[$3_1 + 4 | 0] | HEAPU8[$3_1 + 5 | 0] << 8 | (HEAPU8[$3_1 + 6 | 0] << 16 | HEAPU8[$3_1 + 7 | 0] << 24);
   $2_1 = ($12_1 + 128 | 0) + $5_1 | 0;
   HEAP32[$2_1 >> 2] = $6_1;
   HEAP32[$2_1 + 4 >> 2] = $4_1;
   $9_1 = $9_1 + 1 | 0;
   if (($9_1 | 0) != 16) {
    continue
   }
   break;
  };
  $1_1 = $3($12_1, $0_1, 64);
  $3_1 = $0_1;
  $13_1 = HEAP32[$3_1 + 88 >> 2] ^ 327033209;
  $10_1 = HEAP32[$3_1 + 92 >> 2] ^ 1541459225;
  $2_1 = $3_1;
  $21_1 = HEAP32[$2_1 + 80 >> 2] ^ -79577749;
  $14_1 = HEAP32[$2_1 + 84 >> 2] ^ 528734635;
  $15_1 = HEAP32[$2_1 + 72 >> 2] ^ 725511199;
  $11_1 = HEAP32[$2_1 + 76 >> 2] ^ -1694144372;
  $16_1 = HEAP32[$2_1 + 64 >> 2] ^ -1377402159;
  $17_1 = HEAP32[$2_1 + 68 >> 2] ^ 1359893119;
  $29_1 = 1595750129;
  $26_1 = -1521486534;
  $34_1 = -23791573;
  $30_1 = 1013904242;
  $39_1 = -2067093701;
  $31_1 = -1150833019;
  $8_1 = -205731576;
  $7_1 = 1779033703;
  $12_1 = 0;
  $3_1 = $1_1;
  $18_1 = HEAP32[$3_1 + 56 >> 2];
  $19_1 = HEAP32[$3_1 + 60 >> 2];
  $41_1 = HEAP32[$3_1 + 24 >> 2];
  $40_1 = HEAP32[$3_1 + 28 >> 2];
  $22_1 = HEAP32[$3_1 + 48 >> 2];
  $25_1 = HEAP32[$3_1 + 52 >> 2];
  $42_1 = HEAP32[$3_1 + 16 >> 2];
  $32_1 = HEAP32[$3_1 + 20 >> 2];
  $33_1 = HEAP32[$3_1 + 40 >> 2];
  $20_1 = HEAP32[$3_1 + 44 >> 2];
  $35_1 = HEAP32[$3_1 + 8 >> 2];
  $36_1 = HEAP32[$3_1 + 12 >> 2];
  $27_1 = HEAP32[$3_1 + 32 >> 2];
  $23_1 = HEAP32[$3_1 + 36 >> 2];
  $28_1 = HEAP32[$3_1 >> 2];
  $37_1 = HEAP32[$3_1 + 4 >> 2];
  while (1) {
   $24_1 = $17_1;
   $9_1 = $12_1 << 6;
   $3_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1088 >> 2] << 3) | 0;
   $4_1 = HEAP32[$3_1 >> 2];
   $3_1 = HEAP32[$3_1 + 4 >> 2];
   $5_1 = $28_1;
   $2_1 = $5_1 + $27_1 | 0;
   $6_1 = $23_1 + $37_1 | 0;
   $6_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $5_1 = $2_1;
   $2_1 = $3_1 + $6_1 | 0;
   $4_1 = $4_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $28_1 = $4_1;
   $16_1 = $0($16_1 ^ $4_1, $24_1 ^ $2_1, 32);
   $5_1 = $16_1;
   $17_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $7_1 + $17_1 | 0;
   $3_1 = $5_1 + $8_1 | 0;
   $4_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $24_1 = $4_1;
   $8_1 = $0($3_1 ^ $27_1, $4_1 ^ $23_1, 24);
   $23_1 = $3_1;
   $4_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1092 >> 2] << 3) | 0;
   $6_1 = HEAP32[$4_1 >> 2];
   $4_1 = HEAP32[$4_1 + 4 >> 2];
   $7_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $2_1 + $7_1 | 0;
   $5_1 = $28_1;
   $2_1 = $5_1 + $8_1 | 0;
   $3_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $5_1 = $2_1;
   $6_1 = $6_1 + $2_1 | 0;
   $2_1 = $3_1 + $4_1 | 0;
   $28_1 = $6_1;
   $37_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $16_1 = $0($6_1 ^ $16_1, $37_1 ^ $17_1, 16);
   $5_1 = $16_1;
   $17_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $17_1 + $24_1 | 0;
   $4_1 = $5_1 + $23_1 | 0;
   $6_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $38_1 = $4_1;
   $24_1 = $6_1;
   $27_1 = $0($4_1 ^ $8_1, $7_1 ^ $6_1, 63);
   $23_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $11_1;
   $6_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1096 >> 2] << 3) | 0;
   $3_1 = HEAP32[$6_1 >> 2];
   $11_1 = HEAP32[$6_1 + 4 >> 2];
   $5_1 = $35_1;
   $2_1 = $33_1 + $5_1 | 0;
   $7_1 = $20_1;
   $4_1 = $36_1 + $7_1 | 0;
   $4_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $5_1 = $2_1;
   $2_1 = $4_1 + $11_1 | 0;
   $3_1 = $3_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $35_1 = $3_1;
   $15_1 = $0($3_1 ^ $15_1, $8_1 ^ $2_1, 32);
   $5_1 = $15_1;
   $6_1 = $39_1 + $5_1 | 0;
   $11_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $31_1 + $11_1 | 0;
   $31_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $8_1 = $0($6_1 ^ $33_1, $31_1 ^ $7_1, 24);
   $20_1 = $6_1;
   $3_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1100 >> 2] << 3) | 0;
   $4_1 = HEAP32[$3_1 >> 2];
   $3_1 = HEAP32[$3_1 + 4 >> 2];
   $7_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $7_1 + $2_1 | 0;
   $5_1 = $35_1;
   $2_1 = $5_1 + $8_1 | 0;
   $6_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $5_1 = $2_1;
   $2_1 = $3_1 + $6_1 | 0;
   $4_1 = $4_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $35_1 = $4_1;
   $36_1 = $2_1;
   $15_1 = $0($4_1 ^ $15_1, $2_1 ^ $11_1, 16);
   $5_1 = $15_1;
   $11_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $31_1 + $11_1 | 0;
   $3_1 = $5_1 + $20_1 | 0;
   $4_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $39_1 = $3_1;
   $31_1 = $4_1;
   $8_1 = $0($8_1 ^ $3_1, $7_1 ^ $4_1, 63);
   $7_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1104 >> 2] << 3) | 0;
   $6_1 = HEAP32[$4_1 >> 2];
   $4_1 = HEAP32[$4_1 + 4 >> 2];
   $5_1 = $42_1;
   $2_1 = $5_1 + $22_1 | 0;
   $3_1 = $25_1 + $32_1 | 0;
   $3_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $5_1 = $2_1;
   $6_1 = $2_1 + $6_1 | 0;
   $2_1 = $3_1 + $4_1 | 0;
   $33_1 = $6_1;
   $20_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $21_1 = $0($6_1 ^ $21_1, $14_1 ^ $20_1, 32);
   $5_1 = $21_1;
   $14_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $30_1 + $14_1 | 0;
   $4_1 = $5_1 + $34_1 | 0;
   $6_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $22_1 = $0($4_1 ^ $22_1, $6_1 ^ $25_1, 24);
   $30_1 = $4_1;
   $34_1 = $6_1;
   $6_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1108 >> 2] << 3) | 0;
   $3_1 = HEAP32[$6_1 >> 2];
   $32_1 = HEAP32[$6_1 + 4 >> 2];
   $25_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $25_1 + $20_1 | 0;
   $5_1 = $33_1;
   $2_1 = $22_1 + $5_1 | 0;
   $4_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $5_1 = $2_1;
   $2_1 = $4_1 + $32_1 | 0;
   $3_1 = $3_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $42_1 = $3_1;
   $32_1 = $2_1;
   $21_1 = $0($3_1 ^ $21_1, $2_1 ^ $14_1, 16);
   $5_1 = $21_1;
   $14_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $14_1 + $34_1 | 0;
   $6_1 = $5_1 + $30_1 | 0;
   $3_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $33_1 = $6_1;
   $20_1 = $3_1;
   $22_1 = $0($6_1 ^ $22_1, $25_1 ^ $3_1, 63);
   $25_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1112 >> 2] << 3) | 0;
   $4_1 = HEAP32[$3_1 >> 2];
   $3_1 = HEAP32[$3_1 + 4 >> 2];
   $5_1 = $41_1;
   $2_1 = $5_1 + $18_1 | 0;
   $6_1 = $19_1 + $40_1 | 0;
   $6_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $5_1 = $2_1;
   $2_1 = $3_1 + $6_1 | 0;
   $4_1 = $4_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $34_1 = $4_1;
   $13_1 = $0($13_1 ^ $4_1, $10_1 ^ $2_1, 32);
   $5_1 = $13_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $26_1 + $10_1 | 0;
   $3_1 = $5_1 + $29_1 | 0;
   $4_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $29_1 = $3_1;
   $26_1 = $4_1;
   $18_1 = $0($3_1 ^ $18_1, $19_1 ^ $4_1, 24);
   $4_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1116 >> 2] << 3) | 0;
   $6_1 = HEAP32[$4_1 >> 2];
   $4_1 = HEAP32[$4_1 + 4 >> 2];
   $19_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $2_1 + $19_1 | 0;
   $5_1 = $34_1;
   $2_1 = $5_1 + $18_1 | 0;
   $3_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $5_1 = $2_1;
   $6_1 = $6_1 + $2_1 | 0;
   $2_1 = $3_1 + $4_1 | 0;
   $41_1 = $6_1;
   $40_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $13_1 = $0($6_1 ^ $13_1, $40_1 ^ $10_1, 16);
   $2_1 = $13_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $26_1 + $10_1 | 0;
   $5_1 = $29_1;
   $4_1 = $5_1 + $2_1 | 0;
   $6_1 = $4_1 >>> 0 < $5_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $29_1 = $4_1;
   $26_1 = $6_1;
   $18_1 = $0($4_1 ^ $18_1, $19_1 ^ $6_1, 63);
   $19_1 = i64toi32_i32$HIGH_BITS;
   $30_1 = $10_1;
   $6_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1120 >> 2] << 3) | 0;
   $3_1 = HEAP32[$6_1 >> 2];
   $10_1 = HEAP32[$6_1 + 4 >> 2];
   $5_1 = $28_1;
   $2_1 = $8_1 + $5_1 | 0;
   $4_1 = $7_1 + $37_1 | 0;
   $4_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $5_1 = $2_1;
   $2_1 = $4_1 + $10_1 | 0;
   $3_1 = $3_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $28_1 = $3_1;
   $13_1 = $0($3_1 ^ $13_1, $30_1 ^ $2_1, 32);
   $5_1 = $13_1;
   $6_1 = $33_1 + $5_1 | 0;
   $10_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $20_1 + $10_1 | 0;
   $20_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $8_1 = $0($6_1 ^ $8_1, $20_1 ^ $7_1, 24);
   $30_1 = $6_1;
   $3_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1124 >> 2] << 3) | 0;
   $4_1 = HEAP32[$3_1 >> 2];
   $3_1 = HEAP32[$3_1 + 4 >> 2];
   $7_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $7_1 + $2_1 | 0;
   $5_1 = $28_1;
   $2_1 = $5_1 + $8_1 | 0;
   $6_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $5_1 = $2_1;
   $2_1 = $3_1 + $6_1 | 0;
   $4_1 = $4_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $28_1 = $4_1;
   $37_1 = $2_1;
   $13_1 = $0($4_1 ^ $13_1, $2_1 ^ $10_1, 16);
   $5_1 = $13_1;
   $10_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $20_1 + $10_1 | 0;
   $3_1 = $5_1 + $30_1 | 0;
   $4_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $34_1 = $3_1;
   $30_1 = $4_1;
   $33_1 = $0($8_1 ^ $3_1, $7_1 ^ $4_1, 63);
   $20_1 = i64toi32_i32$HIGH_BITS;
   $7_1 = $29_1;
   $43_1 = $26_1;
   $4_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1128 >> 2] << 3) | 0;
   $6_1 = HEAP32[$4_1 >> 2];
   $4_1 = HEAP32[$4_1 + 4 >> 2];
   $5_1 = $35_1;
   $2_1 = $5_1 + $22_1 | 0;
   $8_1 = $25_1;
   $3_1 = $36_1 + $8_1 | 0;
   $3_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $5_1 = $2_1;
   $6_1 = $2_1 + $6_1 | 0;
   $2_1 = $3_1 + $4_1 | 0;
   $29_1 = $6_1;
   $26_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $16_1 = $0($6_1 ^ $16_1, $17_1 ^ $26_1, 32);
   $5_1 = $16_1;
   $17_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $43_1 + $17_1 | 0;
   $4_1 = $5_1 + $7_1 | 0;
   $6_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $8_1 = $0($4_1 ^ $22_1, $6_1 ^ $8_1, 24);
   $25_1 = $4_1;
   $22_1 = $6_1;
   $6_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1132 >> 2] << 3) | 0;
   $3_1 = HEAP32[$6_1 >> 2];
   $36_1 = HEAP32[$6_1 + 4 >> 2];
   $7_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $7_1 + $26_1 | 0;
   $5_1 = $29_1;
   $2_1 = $8_1 + $5_1 | 0;
   $4_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $5_1 = $2_1;
   $2_1 = $4_1 + $36_1 | 0;
   $3_1 = $3_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $35_1 = $3_1;
   $36_1 = $2_1;
   $16_1 = $0($3_1 ^ $16_1, $2_1 ^ $17_1, 16);
   $5_1 = $16_1;
   $17_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $17_1 + $22_1 | 0;
   $6_1 = $5_1 + $25_1 | 0;
   $3_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $29_1 = $6_1;
   $26_1 = $3_1;
   $22_1 = $0($6_1 ^ $8_1, $7_1 ^ $3_1, 63);
   $25_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1136 >> 2] << 3) | 0;
   $4_1 = HEAP32[$3_1 >> 2];
   $3_1 = HEAP32[$3_1 + 4 >> 2];
   $5_1 = $42_1;
   $2_1 = $5_1 + $18_1 | 0;
   $6_1 = $19_1 + $32_1 | 0;
   $6_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $5_1 = $2_1;
   $2_1 = $3_1 + $6_1 | 0;
   $4_1 = $4_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $8_1 = $4_1;
   $7_1 = $2_1;
   $15_1 = $0($15_1 ^ $4_1, $11_1 ^ $2_1, 32);
   $2_1 = $15_1;
   $11_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $11_1 + $24_1 | 0;
   $5_1 = $38_1;
   $3_1 = $2_1 + $5_1 | 0;
   $4_1 = $3_1 >>> 0 < $5_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $24_1 = $4_1;
   $18_1 = $0($3_1 ^ $18_1, $4_1 ^ $19_1, 24);
   $38_1 = $3_1;
   $4_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1140 >> 2] << 3) | 0;
   $6_1 = HEAP32[$4_1 >> 2];
   $4_1 = HEAP32[$4_1 + 4 >> 2];
   $19_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $19_1 + $7_1 | 0;
   $5_1 = $18_1;
   $2_1 = $5_1 + $8_1 | 0;
   $3_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $5_1 = $2_1;
   $6_1 = $6_1 + $2_1 | 0;
   $2_1 = $3_1 + $4_1 | 0;
   $42_1 = $6_1;
   $32_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $15_1 = $0($6_1 ^ $15_1, $32_1 ^ $11_1, 16);
   $5_1 = $15_1;
   $11_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $11_1 + $24_1 | 0;
   $4_1 = $5_1 + $38_1 | 0;
   $6_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $8_1 = $4_1;
   $7_1 = $6_1;
   $18_1 = $0($4_1 ^ $18_1, $19_1 ^ $6_1, 63);
   $19_1 = i64toi32_i32$HIGH_BITS;
   $24_1 = $39_1;
   $38_1 = $31_1;
   $6_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1144 >> 2] << 3) | 0;
   $3_1 = HEAP32[$6_1 >> 2];
   $31_1 = HEAP32[$6_1 + 4 >> 2];
   $5_1 = $41_1;
   $2_1 = $27_1 + $5_1 | 0;
   $4_1 = $23_1 + $40_1 | 0;
   $4_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $5_1 = $2_1;
   $2_1 = $4_1 + $31_1 | 0;
   $3_1 = $3_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $39_1 = $3_1;
   $21_1 = $0($3_1 ^ $21_1, $14_1 ^ $2_1, 32);
   $5_1 = $21_1;
   $6_1 = $24_1 + $5_1 | 0;
   $14_1 = i64toi32_i32$HIGH_BITS;
   $3_1 = $38_1 + $14_1 | 0;
   $24_1 = $6_1 >>> 0 < $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
   $27_1 = $0($6_1 ^ $27_1, $24_1 ^ $23_1, 24);
   $38_1 = $6_1;
   $3_1 = ($1_1 + 128 | 0) + (HEAP32[$9_1 + 1148 >> 2] << 3) | 0;
   $4_1 = HEAP32[$3_1 >> 2];
   $3_1 = HEAP32[$3_1 + 4 >> 2];
   $23_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $23_1 + $2_1 | 0;
   $5_1 = $39_1;
   $2_1 = $5_1 + $27_1 | 0;
   $6_1 = $2_1 >>> 0 < $5_1 >>> 0 ? $6_1 + 1 | 0 : $6_1;
   $5_1 = $2_1;
   $2_1 = $3_1 + $6_1 | 0;
   $4_1 = $4_1 + $5_1 | 0;
   $2_1 = $5_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
   $41_1 = $4_1;
   $40_1 = $2_1;
   $21_1 = $0($4_1 ^ $21_1, $2_1 ^ $14_1, 16);
   $5_1 = $21_1;
   $14_1 = i64toi32_i32$HIGH_BITS;
   $4_1 = $24_1 + $14_1 | 0;
   $3_1 = $5_1 + $38_1 | 0;
   $4_1 = $5_1 >>> 0 > $3_1 >>> 0 ? $4_1 + 1 | 0 : $4_1;
   $39_1 = $3_1;
   $31_1 = $4_1;
   $27_1 = $0($27_1 ^ $3_1, $23_1 ^ $4_1, 63);
   $23_1 = i64toi32_i32$HIGH_BITS;
   $12_1 = $12_1 + 1 | 0;
   if (($12_1 | 0) != 12) {
    continue
   }
   break;
  };
  $2_1 = $1_1;
  HEAP32[$2_1 + 96 >> 2] = $16_1;
  HEAP32[$2_1 + 100 >> 2] = $17_1;
  HEAP32[$2_1 + 32 >> 2] = $27_1;
  HEAP32[$2_1 + 36 >> 2] = $23_1;
  HEAP32[$2_1 + 104 >> 2] = $15_1;
  HEAP32[$2_1 + 108 >> 2] = $11_1;
  HEAP32[$2_1 + 40 >> 2] = $33_1;
  HEAP32[$2_1 + 44 >> 2] = $20_1;
  HEAP32[$2_1 + 8 >> 2] = $35_1;
  HEAP32[$2_1 + 12 >> 2] = $36_1;
  HEAP32[$2_1 + 72 >> 2] = $3_1;
  HEAP32[$2_1 + 76 >> 2] = $4_1;
  HEAP32[$2_1 + 112 >> 2] = $5_1;
  HEAP32[$2_1 + 116 >> 2] = $14_1;
  HEAP32[$2_1 + 48 >> 2] = $22_1;
  HEAP32[$2_1 + 52 >> 2] = $25_1;
  HEAP32[$2_1 + 16 >> 2] = $42_1;
  HEAP32[$2_1 + 20 >> 2] = $32_1;
  HEAP32[$2_1 + 80 >> 2] = $34_1;
  HEAP32[$2_1 + 84 >> 2] = $30_1;
  HEAP32[$2_1 + 120 >> 2] = $13_1;
  HEAP32[$2_1 + 124 >> 2] = $10_1;
  HEAP32[$2_1 + 56 >> 2] = $18_1;
  HEAP32[$2_1 + 60 >> 2] = $19_1;
  HEAP32[$2_1 + 24 >> 2] = $41_1;
  HEAP32[$2_1 + 28 >> 2] = $40_1;
  HEAP32[$2_1 + 88 >> 2] = $29_1;
  HEAP32[$2_1 + 92 >> 2] = $26_1;
  HEAP32[$2_1 + 64 >> 2] = $8_1;
  HEAP32[$2_1 + 68 >> 2] = $7_1;
  HEAP32[$2_1 >> 2] = $28_1;
  HEAP32[$2_1 + 4 >> 2] = $37_1;
  $4_1 = $0_1;
  $5_1 = HEAP32[$4_1 >> 2];
  $6_1 = HEAP32[$4_1 + 4 >> 2] ^ $37_1;
  $2_1 = $4_1;
  HEAP32[$2_1 >> 2] = $8_1 ^ ($5_1 ^ $28_1);
  HEAP32[$2_1 + 4 >> 2] = $6_1 ^ $7_1;
  $9_1 = 1;
  while (1) {
   $12_1 = $9_1 << 3;
   $5_1 = $12_1 + $0_1 | 0;
   $12_1 = $1_1 + $12_1 | 0;
   $6_1 = $12_1;
   $4_1 = HEAP32[$6_1 >> 2];
   $3_1 = HEAP32[$6_1 + 4 >> 2];
   $2_1 = $4_1 ^ HEAP32[$5_1 >> 2];
   $6_1 = $3_1 ^ HEAP32[$5_1 + 4 >> 2];
   $4_1 = $12_1 - -64 | 0;
   $3_1 = HEAP32[$4_1 >> 2];
   $7_1 = HEAP32[$4_1 + 4 >> 2];
   $4_1 = $5_1;
   HEAP32[$4_1 >> 2] = $2_1 ^ $3_1;
   HEAP32[$4_1 + 4 >> 2] = $6_1 ^ $7_1;
   $9_1 = $9_1 + 1 | 0;
   if (($9_1 | 0) != 8) {
    continue
   }
   break;
  };
  global$0 = $1_1 + 256 | 0;
 }
 
 function $24($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0;
  $4_1 = HEAP32[$0_1 + 68 >> 2];
  $3_1 = $4_1;
  $2_1 = $1_1;
  $1_1 = HEAP32[$0_1 + 64 >> 2];
  $2_1 = $2_1 + $1_1 | 0;
  HEAP32[$0_1 + 64 >> 2] = $2_1;
  $3_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  HEAP32[$0_1 + 68 >> 2] = $3_1;
  $3_1 = ($3_1 | 0) == ($4_1 | 0) & $1_1 >>> 0 > $2_1 >>> 0 | $3_1 >>> 0 < $4_1 >>> 0;
  $2_1 = HEAP32[$0_1 + 76 >> 2];
  $4_1 = $3_1 + HEAP32[$0_1 + 72 >> 2] | 0;
  $2_1 = $3_1 >>> 0 > $4_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
  HEAP32[$0_1 + 72 >> 2] = $4_1;
  HEAP32[$0_1 + 76 >> 2] = $2_1;
 }
 
 function $25($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $6_1 = global$0 - 80 | 0;
  global$0 = $6_1;
  HEAP32[$6_1 + 76 >> 2] = 1866;
  $21_1 = $6_1 + 55 | 0;
  $19_1 = $6_1 + 56 | 0;
  label1 : while (1) {
   block : {
    if (($17_1 | 0) < 0) {
     break block
    }
    if (($4_1 | 0) > (2147483647 - $17_1 | 0)) {
     HEAP32[983] = 61;
     $17_1 = -1;
     break block;
    }
    $17_1 = $4_1 + $17_1 | 0;
   }
   $8_1 = HEAP32[$6_1 + 76 >> 2];
   $4_1 = $8_1;
   block20 : {
    block5 : {
     block7 : {
      block18 : {
       block16 : {
        block15 : {
         block17 : {
          block6 : {
           block4 : {
            block3 : {
             $5_1 = HEAPU8[$4_1 | 0];
             if ($5_1) {
              while (1) {
               block2 : {
                $5_1 = $5_1 & 255;
                block1 : {
                 if (!$5_1) {
                  $5_1 = $4_1;
                  break block1;
                 }
                 if (($5_1 | 0) != 37) {
                  break block2
                 }
                 $5_1 = $4_1;
                 while (1) {
                  if (HEAPU8[$4_1 + 1 | 0] != 37) {
                   break block1
                  }
                  $7_1 = $4_1 + 2 | 0;
                  HEAP32[$6_1 + 76 >> 2] = $7_1;
                  $5_1 = $5_1 + 1 | 0;
                  $12_1 = HEAPU8[$4_1 + 2 | 0];
                  $4_1 = $7_1;
                  if (($12_1 | 0) == 37) {
                   continue
                  }
                  break;
                 };
                }
                $4_1 = $5_1 - $8_1 | 0;
                if ($0_1) {
                 $12($0_1, $8_1, $4_1)
                }
                if ($4_1) {
                 continue label1
                }
                $5_1 = $13(HEAP8[HEAP32[$6_1 + 76 >> 2] + 1 | 0]);
                $4_1 = HEAP32[$6_1 + 76 >> 2];
                if (!$5_1) {
                 break block3
                }
                if (HEAPU8[$4_1 + 2 | 0] != 36) {
                 break block3
                }
                $18_1 = HEAP8[$4_1 + 1 | 0] - 48 | 0;
                $20_1 = 1;
                $4_1 = $4_1 + 3 | 0;
                break block4;
               }
               $7_1 = $4_1 + 1 | 0;
               HEAP32[$6_1 + 76 >> 2] = $7_1;
               $5_1 = HEAPU8[$4_1 + 1 | 0];
               $4_1 = $7_1;
               continue;
              }
             }
             $15_1 = $17_1;
             if ($0_1) {
              break block5
             }
             if (!$20_1) {
              break block6
             }
             $4_1 = 1;
             while (1) {
              $0_1 = HEAP32[($4_1 << 2) + $3_1 >> 2];
              if ($0_1) {
               $34(($4_1 << 3) + $2_1 | 0, $0_1, $1_1);
               $15_1 = 1;
               $4_1 = $4_1 + 1 | 0;
               if (($4_1 | 0) != 10) {
                continue
               }
               break block5;
              }
              break;
             };
             $15_1 = 1;
             if ($4_1 >>> 0 >= 10) {
              break block5
             }
             while (1) {
              if (HEAP32[($4_1 << 2) + $3_1 >> 2]) {
               break block7
              }
              $4_1 = $4_1 + 1 | 0;
              if (($4_1 | 0) != 10) {
               continue
              }
              break;
             };
             break block5;
            }
            $18_1 = -1;
            $4_1 = $4_1 + 1 | 0;
           }
           HEAP32[$6_1 + 76 >> 2] = $4_1;
           $7_1 = 0;
           $13_1 = HEAP8[$4_1 | 0];
           $5_1 = $13_1 - 32 | 0;
           block8 : {
            if ($5_1 >>> 0 > 31) {
             break block8
            }
            $5_1 = 1 << $5_1;
            if (!($5_1 & 75913)) {
             break block8
            }
            while (1) {
             block9 : {
              $7_1 = $4_1 + 1 | 0;
              HEAP32[$6_1 + 76 >> 2] = $7_1;
              $13_1 = HEAP8[$4_1 + 1 | 0];
              $4_1 = $13_1 - 32 | 0;
              if ($4_1 >>> 0 >= 32) {
               break block9
              }
              $4_1 = 1 << $4_1;
              if (!($4_1 & 75913)) {
               break block9
              }
              $5_1 = $4_1 | $5_1;
              $4_1 = $7_1;
              continue;
             }
             break;
            };
            $4_1 = $7_1;
            $7_1 = $5_1;
           }
           block12 : {
            if (($13_1 | 0) == 42) {
             block11 : {
              block10 : {
               if (!$13(HEAP8[$4_1 + 1 | 0])) {
                break block10
               }
               $4_1 = HEAP32[$6_1 + 76 >> 2];
               if (HEAPU8[$4_1 + 2 | 0] != 36) {
                break block10
               }
               HEAP32[($3_1 + (HEAP8[$4_1 + 1 | 0] << 2) | 0) - 192 >> 2] = 10;
               $16_1 = HEAP32[($2_1 + (HEAP8[$4_1 + 1 | 0] << 3) | 0) - 384 >> 2];
               $20_1 = 1;
               $4_1 = $4_1 + 3 | 0;
               break block11;
              }
              if ($20_1) {
               break block7
              }
              $20_1 = 0;
              $16_1 = 0;
              if ($0_1) {
               $4_1 = HEAP32[$1_1 >> 2];
               HEAP32[$1_1 >> 2] = $4_1 + 4;
               $16_1 = HEAP32[$4_1 >> 2];
              }
              $4_1 = HEAP32[$6_1 + 76 >> 2] + 1 | 0;
             }
             HEAP32[$6_1 + 76 >> 2] = $4_1;
             if (($16_1 | 0) >= 0) {
              break block12
             }
             $16_1 = 0 - $16_1 | 0;
             $7_1 = $7_1 | 8192;
             break block12;
            }
            $16_1 = $33($6_1 + 76 | 0);
            if (($16_1 | 0) < 0) {
             break block7
            }
            $4_1 = HEAP32[$6_1 + 76 >> 2];
           }
           $9_1 = -1;
           block13 : {
            if (HEAPU8[$4_1 | 0] != 46) {
             break block13
            }
            if (HEAPU8[$4_1 + 1 | 0] == 42) {
             block14 : {
              if (!$13(HEAP8[$4_1 + 2 | 0])) {
               break block14
              }
              $4_1 = HEAP32[$6_1 + 76 >> 2];
              if (HEAPU8[$4_1 + 3 | 0] != 36) {
               break block14
              }
              HEAP32[($3_1 + (HEAP8[$4_1 + 2 | 0] << 2) | 0) - 192 >> 2] = 10;
              $9_1 = HEAP32[($2_1 + (HEAP8[$4_1 + 2 | 0] << 3) | 0) - 384 >> 2];
              $4_1 = $4_1 + 4 | 0;
              HEAP32[$6_1 + 76 >> 2] = $4_1;
              break block13;
             }
             if ($20_1) {
              break block7
             }
             if ($0_1) {
              $4_1 = HEAP32[$1_1 >> 2];
              HEAP32[$1_1 >> 2] = $4_1 + 4;
              $9_1 = HEAP32[$4_1 >> 2];
             } else {
              $9_1 = 0
             }
             $4_1 = HEAP32[$6_1 + 76 >> 2] + 2 | 0;
             HEAP32[$6_1 + 76 >> 2] = $4_1;
             break block13;
            }
            HEAP32[$6_1 + 76 >> 2] = $4_1 + 1;
            $9_1 = $33($6_1 + 76 | 0);
            $4_1 = HEAP32[$6_1 + 76 >> 2];
           }
           $5_1 = 0;
           while (1) {
            $10_1 = $5_1;
            $15_1 = -1;
            if (HEAP8[$4_1 | 0] - 65 >>> 0 > 57) {
             break block5
            }
            $13_1 = $4_1 + 1 | 0;
            HEAP32[$6_1 + 76 >> 2] = $13_1;
            $5_1 = HEAP8[$4_1 | 0];
            $4_1 = $13_1;
            $5_1 = HEAPU8[(Math_imul($10_1, 58) + $5_1 | 0) + 3151 | 0];
            if ($5_1 - 1 >>> 0 < 8) {
             continue
            }
            break;
           };
           if (($5_1 | 0) == 19) {
            break block15
           }
           if (!$5_1) {
            break block5
           }
           if (($18_1 | 0) >= 0) {
            HEAP32[($18_1 << 2) + $3_1 >> 2] = $5_1;
            $14_1 = ($18_1 << 3) + $2_1 | 0;
            $4_1 = HEAP32[$14_1 >> 2];
            $14_1 = HEAP32[$14_1 + 4 >> 2];
            HEAP32[$6_1 + 64 >> 2] = $4_1;
            HEAP32[$6_1 + 68 >> 2] = $14_1;
            break block16;
           }
           if ($0_1) {
            break block17
           }
          }
          $15_1 = 0;
          break block5;
         }
         $34($6_1 - -64 | 0, $5_1, $1_1);
         $13_1 = HEAP32[$6_1 + 76 >> 2];
         break block18;
        }
        if (($18_1 | 0) >= 0) {
         break block5
        }
       }
       $4_1 = 0;
       if (!$0_1) {
        continue
       }
      }
      $12_1 = $7_1 & -65537;
      $5_1 = $7_1 & 8192 ? $12_1 : $7_1;
      $15_1 = 0;
      $18_1 = 1856;
      $7_1 = $19_1;
      block22 : {
       block21 : {
        block49 : {
         block48 : {
          block30 : {
           block32 : {
            block27 : {
             block41 : {
              block33 : {
               block23 : {
                block25 : {
                 block19 : {
                  block26 : {
                   block24 : {
                    block28 : {
                     block29 : {
                      $4_1 = HEAP8[$13_1 - 1 | 0];
                      $4_1 = $10_1 ? (($4_1 & 15) == 3 ? $4_1 & -33 : $4_1) : $4_1;
                      switch ($4_1 - 88 | 0) {
                      case 0:
                      case 32:
                       break block19;
                      case 1:
                      case 2:
                      case 3:
                      case 4:
                      case 5:
                      case 6:
                      case 7:
                      case 8:
                      case 10:
                      case 16:
                      case 18:
                      case 19:
                      case 20:
                      case 21:
                      case 25:
                      case 26:
                      case 28:
                      case 30:
                      case 31:
                       break block20;
                      case 9:
                      case 13:
                      case 14:
                      case 15:
                       break block21;
                      case 11:
                       break block22;
                      case 12:
                      case 17:
                       break block23;
                      case 22:
                       break block24;
                      case 23:
                       break block25;
                      case 24:
                       break block26;
                      case 27:
                       break block27;
                      case 29:
                       break block28;
                      default:
                       break block29;
                      };
                     }
                     block31 : {
                      switch ($4_1 - 65 | 0) {
                      case 1:
                      case 3:
                       break block20;
                      case 0:
                      case 4:
                      case 5:
                      case 6:
                       break block21;
                      case 2:
                       break block30;
                      default:
                       break block31;
                      };
                     }
                     if (($4_1 | 0) == 83) {
                      break block32
                     }
                     break block20;
                    }
                    $11_1 = HEAP32[$6_1 + 64 >> 2];
                    $10_1 = HEAP32[$6_1 + 68 >> 2];
                    $4_1 = 1856;
                    break block33;
                   }
                   $4_1 = 0;
                   block40 : {
                    switch ($10_1 & 255) {
                    case 0:
                     HEAP32[HEAP32[$6_1 + 64 >> 2] >> 2] = $17_1;
                     continue;
                    case 1:
                     HEAP32[HEAP32[$6_1 + 64 >> 2] >> 2] = $17_1;
                     continue;
                    case 2:
                     $14_1 = HEAP32[$6_1 + 64 >> 2];
                     HEAP32[$14_1 >> 2] = $17_1;
                     HEAP32[$14_1 + 4 >> 2] = $17_1 >> 31;
                     continue;
                    case 3:
                     HEAP16[HEAP32[$6_1 + 64 >> 2] >> 1] = $17_1;
                     continue;
                    case 4:
                     HEAP8[HEAP32[$6_1 + 64 >> 2]] = $17_1;
                     continue;
                    case 6:
                     HEAP32[HEAP32[$6_1 + 64 >> 2] >> 2] = $17_1;
                     continue;
                    case 7:
                     break block40;
                    default:
                     continue;
                    };
                   }
                   $14_1 = HEAP32[$6_1 + 64 >> 2];
                   HEAP32[$14_1 >> 2] = $17_1;
                   HEAP32[$14_1 + 4 >> 2] = $17_1 >> 31;
                   continue;
                  }
                  $9_1 = $9_1 >>> 0 <= 8 ? 8 : $9_1;
                  $5_1 = $5_1 | 8;
                  $4_1 = 120;
                 }
                 $8_1 = $19_1;
                 $12_1 = $4_1 & 32;
                 $11_1 = HEAP32[$6_1 + 64 >> 2];
                 $10_1 = HEAP32[$6_1 + 68 >> 2];
                 if ($11_1 | $10_1) {
                  while (1) {
                   $8_1 = $8_1 - 1 | 0;
                   HEAP8[$8_1 | 0] = $12_1 | HEAPU8[($11_1 & 15) + 3680 | 0];
                   $13_1 = !$10_1 & $11_1 >>> 0 > 15 | ($10_1 | 0) != 0;
                   $11_1 = ($10_1 & 15) << 28 | $11_1 >>> 4;
                   $10_1 = $10_1 >>> 4 | 0;
                   if ($13_1) {
                    continue
                   }
                   break;
                  }
                 }
                 if (!($5_1 & 8) | !(HEAP32[$6_1 + 64 >> 2] | HEAP32[$6_1 + 68 >> 2])) {
                  break block41
                 }
                 $18_1 = ($4_1 >>> 4 | 0) + 1856 | 0;
                 $15_1 = 2;
                 break block41;
                }
                $4_1 = $19_1;
                $11_1 = HEAP32[$6_1 + 64 >> 2];
                $10_1 = HEAP32[$6_1 + 68 >> 2];
                if ($11_1 | $10_1) {
                 while (1) {
                  $4_1 = $4_1 - 1 | 0;
                  HEAP8[$4_1 | 0] = $11_1 & 7 | 48;
                  $8_1 = !$10_1 & $11_1 >>> 0 > 7 | ($10_1 | 0) != 0;
                  $11_1 = ($10_1 & 7) << 29 | $11_1 >>> 3;
                  $10_1 = $10_1 >>> 3 | 0;
                  if ($8_1) {
                   continue
                  }
                  break;
                 }
                }
                $8_1 = $4_1;
                if (!($5_1 & 8)) {
                 break block41
                }
                $4_1 = $19_1 - $4_1 | 0;
                $9_1 = ($4_1 | 0) < ($9_1 | 0) ? $9_1 : $4_1 + 1 | 0;
                break block41;
               }
               $11_1 = HEAP32[$6_1 + 64 >> 2];
               $10_1 = HEAP32[$6_1 + 68 >> 2];
               if (($10_1 | 0) < 0 | ($10_1 | 0) < -1) {
                $14_1 = $11_1;
                $11_1 = 0 - $11_1 | 0;
                HEAP32[$6_1 + 64 >> 2] = $11_1;
                $10_1 = 0 - ((($14_1 | 0) != 0) + $10_1 | 0) | 0;
                HEAP32[$6_1 + 68 >> 2] = $10_1;
                $15_1 = 1;
                $4_1 = 1856;
                break block33;
               }
               if ($5_1 & 2048) {
                $15_1 = 1;
                $4_1 = 1857;
                break block33;
               }
               $15_1 = $5_1 & 1;
               $4_1 = $15_1 ? 1858 : 1856;
              }
              $18_1 = $4_1;
              $4_1 = $19_1;
              block42 : {
               if (!$10_1) {
                $14_1 = $11_1;
                break block42;
               }
               while (1) {
                $4_1 = $4_1 - 1 | 0;
                $14_1 = _ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E($11_1, $10_1, 10);
                $12_1 = i64toi32_i32$HIGH_BITS;
                (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $11_1 - __wasm_i64_mul($14_1, $12_1, 10, 0) | 48), HEAP8[wasm2js_i32$0 | 0] = wasm2js_i32$1;
                $8_1 = $10_1 >>> 0 > 9;
                $11_1 = $14_1;
                $10_1 = $12_1;
                if ($8_1) {
                 continue
                }
                break;
               };
              }
              $8_1 = $14_1;
              if ($8_1) {
               while (1) {
                $4_1 = $4_1 - 1 | 0;
                $12_1 = ($8_1 >>> 0) / 10 | 0;
                HEAP8[$4_1 | 0] = $8_1 - Math_imul($12_1, 10) | 48;
                $13_1 = $8_1 >>> 0 > 9;
                $8_1 = $12_1;
                if ($13_1) {
                 continue
                }
                break;
               }
              }
              $8_1 = $4_1;
             }
             $5_1 = ($9_1 | 0) >= 0 ? $5_1 & -65537 : $5_1;
             $4_1 = HEAP32[$6_1 + 68 >> 2];
             $10_1 = $4_1;
             $11_1 = HEAP32[$6_1 + 64 >> 2];
             if (!($9_1 | ($11_1 | $4_1) != 0)) {
              $9_1 = 0;
              $8_1 = $19_1;
              break block20;
             }
             $4_1 = !($10_1 | $11_1) + ($19_1 - $8_1 | 0) | 0;
             $9_1 = ($4_1 | 0) < ($9_1 | 0) ? $9_1 : $4_1;
             break block20;
            }
            $4_1 = $9_1;
            $7_1 = ($4_1 | 0) != 0;
            $5_1 = HEAP32[$6_1 + 64 >> 2];
            $8_1 = $5_1 ? $5_1 : 2915;
            $5_1 = $8_1;
            block47 : {
             block45 : {
              block44 : {
               block43 : {
                if (!($5_1 & 3) | !$4_1) {
                 break block43
                }
                while (1) {
                 if (!HEAPU8[$5_1 | 0]) {
                  break block44
                 }
                 $4_1 = $4_1 - 1 | 0;
                 $7_1 = ($4_1 | 0) != 0;
                 $5_1 = $5_1 + 1 | 0;
                 if (!($5_1 & 3)) {
                  break block43
                 }
                 if ($4_1) {
                  continue
                 }
                 break;
                };
               }
               if (!$7_1) {
                break block45
               }
              }
              block46 : {
               if (!HEAPU8[$5_1 | 0] | $4_1 >>> 0 < 4) {
                break block46
               }
               while (1) {
                $7_1 = HEAP32[$5_1 >> 2];
                if (($7_1 ^ -1) & $7_1 - 16843009 & -2139062144) {
                 break block46
                }
                $5_1 = $5_1 + 4 | 0;
                $4_1 = $4_1 - 4 | 0;
                if ($4_1 >>> 0 > 3) {
                 continue
                }
                break;
               };
              }
              if (!$4_1) {
               break block45
              }
              while (1) {
               if (!HEAPU8[$5_1 | 0]) {
                break block47
               }
               $5_1 = $5_1 + 1 | 0;
               $4_1 = $4_1 - 1 | 0;
               if ($4_1) {
                continue
               }
               break;
              };
             }
             $5_1 = 0;
            }
            $4_1 = $5_1;
            $7_1 = $4_1 ? $4_1 : $8_1 + $9_1 | 0;
            $5_1 = $12_1;
            $9_1 = $4_1 ? $4_1 - $8_1 | 0 : $9_1;
            break block20;
           }
           $7_1 = HEAP32[$6_1 + 64 >> 2];
           if ($9_1) {
            break block48
           }
           $4_1 = 0;
           $11($0_1, 32, $16_1, 0, $5_1);
           break block49;
          }
          HEAP32[$6_1 + 12 >> 2] = 0;
          HEAP32[$6_1 + 8 >> 2] = HEAP32[$6_1 + 64 >> 2];
          HEAP32[$6_1 + 64 >> 2] = $6_1 + 8;
          $9_1 = -1;
          $7_1 = $6_1 + 8 | 0;
         }
         $4_1 = 0;
         block50 : {
          while (1) {
           $8_1 = HEAP32[$7_1 >> 2];
           if (!$8_1) {
            break block50
           }
           $8_1 = $32($6_1 + 4 | 0, $8_1);
           $12_1 = ($8_1 | 0) < 0;
           if (!($12_1 | $9_1 - $4_1 >>> 0 < $8_1 >>> 0)) {
            $7_1 = $7_1 + 4 | 0;
            $4_1 = $4_1 + $8_1 | 0;
            if ($4_1 >>> 0 < $9_1 >>> 0) {
             continue
            }
            break block50;
           }
           break;
          };
          $15_1 = -1;
          if ($12_1) {
           break block5
          }
         }
         $11($0_1, 32, $16_1, $4_1, $5_1);
         if (!$4_1) {
          $4_1 = 0;
          break block49;
         }
         $7_1 = 0;
         $13_1 = HEAP32[$6_1 + 64 >> 2];
         while (1) {
          $8_1 = HEAP32[$13_1 >> 2];
          if (!$8_1) {
           break block49
          }
          $8_1 = $32($6_1 + 4 | 0, $8_1);
          $7_1 = $7_1 + $8_1 | 0;
          if (($4_1 | 0) < ($7_1 | 0)) {
           break block49
          }
          $12($0_1, $6_1 + 4 | 0, $8_1);
          $13_1 = $13_1 + 4 | 0;
          if ($4_1 >>> 0 > $7_1 >>> 0) {
           continue
          }
          break;
         };
        }
        $11($0_1, 32, $16_1, $4_1, $5_1 ^ 8192);
        $4_1 = ($4_1 | 0) < ($16_1 | 0) ? $16_1 : $4_1;
        continue;
       }
       $4_1 = FUNCTION_TABLE[0]($0_1, HEAPF64[$6_1 + 64 >> 3], $16_1, $9_1, $5_1, $4_1) | 0;
       continue;
      }
      HEAP8[$6_1 + 55 | 0] = HEAP32[$6_1 + 64 >> 2];
      $9_1 = 1;
      $8_1 = $21_1;
      $5_1 = $12_1;
      break block20;
     }
     $15_1 = -1;
    }
    global$0 = $6_1 + 80 | 0;
    return $15_1;
   }
   $12_1 = $7_1 - $8_1 | 0;
   $9_1 = ($9_1 | 0) < ($12_1 | 0) ? $12_1 : $9_1;
   $7_1 = $9_1 + $15_1 | 0;
   $4_1 = ($7_1 | 0) > ($16_1 | 0) ? $7_1 : $16_1;
   $11($0_1, 32, $4_1, $7_1, $5_1);
   $12($0_1, $18_1, $15_1);
   $11($0_1, 48, $4_1, $7_1, $5_1 ^ 65536);
   $11($0_1, 48, $9_1, $12_1, 0);
   $12($0_1, $8_1, $12_1);
   $11($0_1, 32, $4_1, $7_1, $5_1 ^ 8192);
   continue;
  };
 }
 
 function $26($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0;
  if (!$0_1) {
   return -25
  }
  if (!HEAP32[$0_1 >> 2]) {
   return -1
  }
  block1 : {
   $1_1 = -2;
   block : {
    if (HEAPU32[$0_1 + 4 >> 2] < 4) {
     break block
    }
    if (!HEAP32[$0_1 + 8 >> 2]) {
     $1_1 = -18;
     if (HEAP32[$0_1 + 12 >> 2]) {
      break block
     }
    }
    $2_1 = HEAP32[$0_1 + 20 >> 2];
    if (!HEAP32[$0_1 + 16 >> 2]) {
     break block1
    }
    $1_1 = -6;
    if ($2_1 >>> 0 < 8) {
     break block
    }
    if (!HEAP32[$0_1 + 24 >> 2]) {
     $1_1 = -20;
     if (HEAP32[$0_1 + 28 >> 2]) {
      break block
     }
    }
    if (!HEAP32[$0_1 + 32 >> 2]) {
     $1_1 = -21;
     if (HEAP32[$0_1 + 36 >> 2]) {
      break block
     }
    }
    $2_1 = HEAP32[$0_1 + 44 >> 2];
    $1_1 = -14;
    if ($2_1 >>> 0 < 8) {
     break block
    }
    $1_1 = -15;
    if ($2_1 >>> 0 > 2097152) {
     break block
    }
    $3_1 = $2_1;
    $2_1 = HEAP32[$0_1 + 48 >> 2];
    $1_1 = -14;
    if ($3_1 >>> 0 < $2_1 << 3 >>> 0) {
     break block
    }
    if (!HEAP32[$0_1 + 40 >> 2]) {
     return -12
    }
    if (!$2_1) {
     return -16
    }
    $1_1 = -17;
    if ($2_1 >>> 0 > 16777215) {
     break block
    }
    $2_1 = HEAP32[$0_1 + 52 >> 2];
    if (!$2_1) {
     return -28
    }
    $1_1 = -29;
    if ($2_1 >>> 0 > 16777215) {
     break block
    }
    $2_1 = HEAP32[$0_1 + 64 >> 2];
    block2 : {
     if (HEAP32[$0_1 + 60 >> 2]) {
      if ($2_1) {
       break block2
      }
      return -23;
     }
     $1_1 = -24;
     if ($2_1) {
      break block
     }
    }
    $1_1 = 0;
   }
   return $1_1;
  }
  return $2_1 ? -19 : -6;
 }
 
 function $27($0_1, $1_1) {
  var $2_1 = 0;
  $2_1 = global$0 - 16 | 0;
  global$0 = $2_1;
  HEAP32[$2_1 + 12 >> 2] = $0_1;
  HEAP32[$2_1 + 8 >> 2] = $1_1;
  FUNCTION_TABLE[HEAP32[767]](HEAP32[$2_1 + 12 >> 2], 0, HEAP32[$2_1 + 8 >> 2]) | 0;
  global$0 = $2_1 + 16 | 0;
 }
 
 function $28($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0;
  $12_1 = global$0 - 48 | 0;
  global$0 = $12_1;
  $4_1 = $26($0_1);
  block : {
   if ($4_1) {
    break block
   }
   $4_1 = -26;
   if ($1_1 >>> 0 > 2) {
    break block
   }
   $3_1 = HEAP32[$0_1 + 44 >> 2];
   $4_1 = HEAP32[$0_1 + 48 >> 2];
   $2_1 = HEAP32[$0_1 + 56 >> 2];
   HEAP32[$12_1 >> 2] = 0;
   HEAP32[$12_1 + 4 >> 2] = $2_1;
   $2_1 = HEAP32[$0_1 + 40 >> 2];
   HEAP32[$12_1 + 24 >> 2] = $4_1;
   HEAP32[$12_1 + 8 >> 2] = $2_1;
   $2_1 = $4_1 << 3;
   $3_1 = $2_1 >>> 0 > $3_1 >>> 0 ? $2_1 : $3_1;
   $2_1 = $4_1 << 2;
   $3_1 = ($3_1 >>> 0) / ($2_1 >>> 0) | 0;
   HEAP32[$12_1 + 16 >> 2] = $3_1;
   HEAP32[$12_1 + 20 >> 2] = $3_1 << 2;
   HEAP32[$12_1 + 12 >> 2] = Math_imul($2_1, $3_1);
   $3_1 = HEAP32[$0_1 + 52 >> 2];
   HEAP32[$12_1 + 32 >> 2] = $1_1;
   HEAP32[$12_1 + 28 >> 2] = $3_1;
   if ($3_1 >>> 0 > $4_1 >>> 0) {
    HEAP32[$12_1 + 28 >> 2] = $4_1
   }
   $15_1 = global$0 - 80 | 0;
   global$0 = $15_1;
   $4_1 = -25;
   $1_1 = $12_1;
   $3_1 = $0_1;
   block1 : {
    if (!$1_1 | !$3_1) {
     break block1
    }
    HEAP32[$1_1 + 40 >> 2] = $3_1;
    $7_1 = HEAP32[$1_1 + 12 >> 2];
    $2_1 = -22;
    $4_1 = $1_1;
    block2 : {
     if (!$4_1) {
      break block2
     }
     $9_1 = $7_1 << 10;
     if ($7_1 >>> 22 | 0) {
      break block2
     }
     $2_1 = $9_1;
     $5_1 = HEAP32[$3_1 + 60 >> 2];
     block3 : {
      if ($5_1) {
       FUNCTION_TABLE[$5_1 | 0]($4_1, $2_1) | 0;
       $2_1 = HEAP32[$4_1 >> 2];
       break block3;
      }
      $2_1 = $7($2_1);
      HEAP32[$4_1 >> 2] = $2_1;
     }
     $2_1 = $2_1 ? 0 : -22;
    }
    $4_1 = $2_1;
    if ($2_1) {
     break block1
    }
    $5_1 = HEAP32[$1_1 + 32 >> 2];
    $2_1 = global$0 - 256 | 0;
    global$0 = $2_1;
    $4_1 = $15_1;
    if (!(!$3_1 | !$4_1)) {
     $22($2_1 + 16 | 0, 64);
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 48 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 4 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 44 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 40 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 56 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5($2_1 + 12 | 0, $5_1);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 12 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5_1 = HEAP32[$3_1 + 8 >> 2];
     block4 : {
      if (!$5_1) {
       break block4
      }
      $4($2_1 + 16 | 0, $5_1, HEAP32[$3_1 + 12 >> 2]);
      if (!(HEAP8[$3_1 + 68 | 0] & 1)) {
       break block4
      }
      $27(HEAP32[$3_1 + 8 >> 2], HEAP32[$3_1 + 12 >> 2]);
      HEAP32[$3_1 + 12 >> 2] = 0;
     }
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 20 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5_1 = HEAP32[$3_1 + 16 >> 2];
     if ($5_1) {
      $4($2_1 + 16 | 0, $5_1, HEAP32[$3_1 + 20 >> 2])
     }
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 28 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5_1 = HEAP32[$3_1 + 24 >> 2];
     block5 : {
      if (!$5_1) {
       break block5
      }
      $4($2_1 + 16 | 0, $5_1, HEAP32[$3_1 + 28 >> 2]);
      if (!(HEAPU8[$3_1 + 68 | 0] & 2)) {
       break block5
      }
      $27(HEAP32[$3_1 + 24 >> 2], HEAP32[$3_1 + 28 >> 2]);
      HEAP32[$3_1 + 28 >> 2] = 0;
     }
     $5($2_1 + 12 | 0, HEAP32[$3_1 + 36 >> 2]);
     $4($2_1 + 16 | 0, $2_1 + 12 | 0, 4);
     $5_1 = HEAP32[$3_1 + 32 >> 2];
     if ($5_1) {
      $4($2_1 + 16 | 0, $5_1, HEAP32[$3_1 + 36 >> 2])
     }
     $16($2_1 + 16 | 0, $4_1, 64);
    }
    global$0 = $2_1 + 256 | 0;
    $2($15_1 - -64 | 0, 8);
    $2_1 = 0;
    $3_1 = global$0 - 1024 | 0;
    global$0 = $3_1;
    if (HEAP32[$1_1 + 24 >> 2]) {
     $7_1 = $4_1 + 68 | 0;
     $5_1 = $4_1 - -64 | 0;
     while (1) {
      $5($5_1, 0);
      $5($7_1, $2_1);
      $30($3_1, 1024, $4_1, 72);
      $44(HEAP32[$1_1 >> 2] + (Math_imul($2_1, HEAP32[$1_1 + 20 >> 2]) << 10) | 0, $3_1);
      $5($5_1, 1);
      $30($3_1, 1024, $4_1, 72);
      $44((HEAP32[$1_1 >> 2] + (Math_imul($2_1, HEAP32[$1_1 + 20 >> 2]) << 10) | 0) + 1024 | 0, $3_1);
      $2_1 = $2_1 + 1 | 0;
      if ($2_1 >>> 0 < HEAPU32[$1_1 + 24 >> 2]) {
       continue
      }
      break;
     };
    }
    $2($3_1, 1024);
    global$0 = $3_1 + 1024 | 0;
    $2($15_1, 72);
    $4_1 = 0;
   }
   global$0 = $15_1 + 80 | 0;
   if ($4_1) {
    break block
   }
   $4_1 = -25;
   block6 : {
    if (!$12_1) {
     break block6
    }
    if (!HEAP32[$1_1 + 24 >> 2]) {
     break block6
    }
    $5_1 = global$0 - 32 | 0;
    global$0 = $5_1;
    $15_1 = $1_1;
    if (HEAP32[$1_1 + 8 >> 2]) {
     $4_1 = HEAP32[$1_1 + 24 >> 2];
     while (1) {
      $3_1 = $4_1;
      $17_1 = 0;
      while (1) {
       $18_1 = 0;
       $2_1 = 0;
       if ($3_1) {
        while (1) {
         HEAP8[$5_1 + 24 | 0] = $17_1;
         HEAP32[$5_1 + 28 >> 2] = 0;
         $11_1 = HEAP32[$5_1 + 28 >> 2];
         HEAP32[$5_1 + 8 >> 2] = HEAP32[$5_1 + 24 >> 2];
         HEAP32[$5_1 + 12 >> 2] = $11_1;
         HEAP32[$5_1 + 16 >> 2] = $22_1;
         HEAP32[$5_1 + 20 >> 2] = $18_1;
         $13_1 = HEAP32[$5_1 + 20 >> 2];
         HEAP32[$5_1 >> 2] = HEAP32[$5_1 + 16 >> 2];
         HEAP32[$5_1 + 4 >> 2] = $13_1;
         $4_1 = $5_1;
         $19_1 = 0;
         $6_1 = global$0 - 3072 | 0;
         global$0 = $6_1;
         block7 : {
          $3_1 = $15_1;
          if (!$3_1) {
           break block7
          }
          block14 : {
           block15 : {
            block12 : {
             block11 : {
              block13 : {
               block8 : {
                switch (HEAP32[$3_1 + 32 >> 2] - 1 | 0) {
                default:
                 $8_1 = HEAP32[$4_1 >> 2];
                 $19_1 = 0;
                 break block11;
                case 1:
                 if (HEAP32[$4_1 >> 2]) {
                  break block12
                 }
                 $14_1 = HEAPU8[$4_1 + 8 | 0];
                 $8_1 = 0;
                 if ($14_1 >>> 0 < 2) {
                  break block13
                 }
                 $8_1 = HEAPU8[$4_1 + 8 | 0];
                 $14_1 = !$8_1 << 1;
                 break block14;
                case 0:
                 break block8;
                };
               }
               $14_1 = HEAPU8[$4_1 + 8 | 0];
               $8_1 = HEAP32[$4_1 >> 2];
              }
              $45($6_1);
              $45($6_1 + 1024 | 0);
              HEAP32[$6_1 + 1024 >> 2] = $8_1;
              HEAP32[$6_1 + 1028 >> 2] = 0;
              $9_1 = HEAP32[$4_1 + 4 >> 2];
              HEAP32[$6_1 + 1040 >> 2] = $14_1 & 255;
              HEAP32[$6_1 + 1044 >> 2] = 0;
              HEAP32[$6_1 + 1032 >> 2] = $9_1;
              HEAP32[$6_1 + 1036 >> 2] = 0;
              HEAP32[$6_1 + 1048 >> 2] = HEAP32[$3_1 + 12 >> 2];
              HEAP32[$6_1 + 1052 >> 2] = 0;
              HEAP32[$6_1 + 1056 >> 2] = HEAP32[$3_1 + 8 >> 2];
              HEAP32[$6_1 + 1060 >> 2] = 0;
              HEAP32[$6_1 + 1064 >> 2] = HEAP32[$3_1 + 32 >> 2];
              HEAP32[$6_1 + 1068 >> 2] = 0;
              $19_1 = 1;
             }
             if (!$8_1) {
              break block15
             }
            }
            $8_1 = HEAPU8[$4_1 + 8 | 0];
            $14_1 = 0;
            break block14;
           }
           $8_1 = HEAPU8[$4_1 + 8 | 0];
           $14_1 = !$8_1 << 1;
           if (!$19_1 | $8_1) {
            break block14
           }
           $36($6_1 + 2048 | 0, $6_1 + 1024 | 0, $6_1);
           $14_1 = 2;
           $8_1 = 0;
          }
          $7_1 = HEAP32[$3_1 + 16 >> 2];
          if ($7_1 >>> 0 <= $14_1 >>> 0) {
           break block7
          }
          $2_1 = HEAP32[$3_1 + 20 >> 2];
          $8_1 = ($14_1 + Math_imul($2_1, HEAP32[$4_1 + 4 >> 2]) | 0) + Math_imul($8_1 & 255, $7_1) | 0;
          $7_1 = $8_1 + (($8_1 >>> 0) % ($2_1 >>> 0) | 0 ? -1 : $2_1 - 1 | 0) | 0;
          while (1) {
           $20_1 = (($8_1 >>> 0) % ($2_1 >>> 0) | 0) == 1 ? $8_1 - 1 | 0 : $7_1;
           block16 : {
            if ($19_1) {
             $2_1 = $14_1 & 127;
             if (!$2_1) {
              $36($6_1 + 2048 | 0, $6_1 + 1024 | 0, $6_1)
             }
             $2_1 = ($6_1 + 2048 | 0) + ($2_1 << 3) | 0;
             break block16;
            }
            $2_1 = HEAP32[$3_1 >> 2] + ($20_1 << 10) | 0;
           }
           $10_1 = HEAP32[$3_1 + 24 >> 2];
           $9_1 = HEAP32[$2_1 >> 2];
           $13_1 = HEAP32[$2_1 + 4 >> 2];
           HEAP32[$4_1 + 12 >> 2] = $14_1;
           $7_1 = $3_1;
           $24_1 = $9_1;
           $9_1 = ($13_1 >>> 0) % ($10_1 >>> 0) | 0;
           $2_1 = $9_1;
           $9_1 = HEAP32[$4_1 + 4 >> 2];
           $23_1 = HEAP32[$4_1 >> 2] ? $2_1 : HEAPU8[$4_1 + 8 | 0] ? $2_1 : $9_1;
           $10_1 = ($23_1 | 0) == ($9_1 | 0);
           $2_1 = $4_1;
           block17 : {
            if (!HEAP32[$2_1 >> 2]) {
             $11_1 = HEAPU8[$2_1 + 8 | 0];
             if (!$11_1) {
              $10_1 = HEAP32[$2_1 + 12 >> 2] - 1 | 0;
              $9_1 = 0;
              $16_1 = 0;
              break block17;
             }
             $11_1 = Math_imul($11_1, HEAP32[$7_1 + 16 >> 2]);
             $2_1 = HEAP32[$2_1 + 12 >> 2];
             if ($10_1) {
              $10_1 = ($2_1 + $11_1 | 0) - 1 | 0;
              $9_1 = 0;
              $16_1 = 0;
              break block17;
             }
             $10_1 = $11_1 - !$2_1 | 0;
             $9_1 = 0;
             $16_1 = 0;
             break block17;
            }
            $11_1 = HEAP32[$7_1 + 16 >> 2];
            $13_1 = HEAP32[$7_1 + 20 >> 2];
            if ($10_1) {
             $10_1 = HEAP32[$2_1 + 12 >> 2] + (($11_1 ^ -1) + $13_1 | 0) | 0
            } else {
             $10_1 = ($13_1 - $11_1 | 0) - !HEAP32[$2_1 + 12 >> 2] | 0
            }
            $9_1 = 0;
            $2_1 = HEAPU8[$2_1 + 8 | 0];
            $16_1 = 0;
            if (($2_1 | 0) == 3) {
             break block17
            }
            $9_1 = Math_imul($2_1 + 1 | 0, $11_1);
            $16_1 = 0;
           }
           $2_1 = $16_1;
           $11_1 = $10_1 - 1 | 0;
           $21_1 = $9_1 + $11_1 | 0;
           $16_1 = $21_1;
           $21_1 = $11_1 >>> 0 > $21_1 >>> 0 ? $2_1 + 1 | 0 : $2_1;
           $9_1 = $24_1;
           $13_1 = 0;
           __wasm_i64_mul($9_1, $13_1, $9_1, 0);
           __wasm_i64_mul($10_1, 0, i64toi32_i32$HIGH_BITS, $13_1);
           $11_1 = i64toi32_i32$HIGH_BITS;
           $13_1 = $16_1;
           _ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E($13_1 - $11_1 | 0, $21_1 - ($11_1 >>> 0 > $13_1 >>> 0) | 0, HEAP32[$7_1 + 20 >> 2]);
           i64toi32_i32$HIGH_BITS = __wasm_intrinsics_temp_i64$hi;
           $7_1 = __wasm_intrinsics_temp_i64;
           $2_1 = HEAP32[$3_1 >> 2];
           $7_1 = ($2_1 + (Math_imul($23_1, HEAP32[$3_1 + 20 >> 2]) << 10) | 0) + ($7_1 << 10) | 0;
           $10_1 = ($8_1 << 10) + $2_1 | 0;
           block19 : {
            if (HEAP32[$3_1 + 4 >> 2] == 16) {
             $15(($20_1 << 10) + $2_1 | 0, $7_1, $10_1, 0);
             break block19;
            }
            $2_1 = ($20_1 << 10) + $2_1 | 0;
            if (!HEAP32[$4_1 >> 2]) {
             $15($2_1, $7_1, $10_1, 0);
             break block19;
            }
            $15($2_1, $7_1, $10_1, 1);
           }
           $14_1 = $14_1 + 1 | 0;
           if ($14_1 >>> 0 >= HEAPU32[$3_1 + 16 >> 2]) {
            break block7
           }
           $8_1 = $8_1 + 1 | 0;
           $7_1 = $20_1 + 1 | 0;
           $2_1 = HEAP32[$3_1 + 20 >> 2];
           continue;
          };
         }
         global$0 = $6_1 + 3072 | 0;
         $4_1 = HEAP32[$15_1 + 24 >> 2];
         $2_1 = $4_1;
         $18_1 = $18_1 + 1 | 0;
         if ($2_1 >>> 0 > $18_1 >>> 0) {
          continue
         }
         break;
        }
       }
       $3_1 = $2_1;
       $17_1 = $17_1 + 1 | 0;
       if (($17_1 | 0) != 4) {
        continue
       }
       break;
      };
      $22_1 = $22_1 + 1 | 0;
      if ($22_1 >>> 0 < HEAPU32[$15_1 + 8 >> 2]) {
       continue
      }
      break;
     };
    }
    global$0 = $5_1 + 32 | 0;
    $4_1 = 0;
   }
   if ($4_1) {
    break block
   }
   $3_1 = global$0 - 2048 | 0;
   global$0 = $3_1;
   if (!(!$0_1 | !$12_1)) {
    $21($3_1 + 1024 | 0, (HEAP32[$1_1 >> 2] + (HEAP32[$1_1 + 20 >> 2] << 10) | 0) - 1024 | 0);
    if (HEAPU32[$1_1 + 24 >> 2] >= 2) {
     $4_1 = 1;
     while (1) {
      $2_1 = HEAP32[$1_1 + 20 >> 2];
      $20($3_1 + 1024 | 0, (HEAP32[$1_1 >> 2] + ($2_1 + Math_imul($2_1, $4_1) << 10) | 0) - 1024 | 0);
      $4_1 = $4_1 + 1 | 0;
      if ($4_1 >>> 0 < HEAPU32[$1_1 + 24 >> 2]) {
       continue
      }
      break;
     };
    }
    $2_1 = $3_1;
    $15_1 = $2_1 + 1024 | 0;
    $4_1 = 0;
    while (1) {
     $5_1 = $4_1 << 3;
     $10_1 = $15_1 + $5_1 | 0;
     $13_1 = HEAP32[$10_1 >> 2];
     $48($2_1 + $5_1 | 0, $13_1, HEAP32[$10_1 + 4 >> 2]);
     $4_1 = $4_1 + 1 | 0;
     if (($4_1 | 0) != 128) {
      continue
     }
     break;
    };
    $30(HEAP32[$0_1 >> 2], HEAP32[$0_1 + 4 >> 2], $3_1, 1024);
    $2($3_1 + 1024 | 0, 1024);
    $2($3_1, 1024);
    $4_1 = HEAP32[$1_1 >> 2];
    $1_1 = HEAP32[$1_1 + 12 >> 2] << 10;
    $2($4_1, $1_1);
    $0_1 = HEAP32[$0_1 + 64 >> 2];
    block20 : {
     if ($0_1) {
      FUNCTION_TABLE[$0_1 | 0]($4_1, $1_1);
      break block20;
     }
     $6($4_1);
    }
   }
   global$0 = $3_1 + 2048 | 0;
   $4_1 = 0;
  }
  global$0 = $12_1 + 48 | 0;
  return $4_1;
 }
 
 function $29($0_1) {
  var $1_1 = 0;
  block3 : {
   switch ($0_1 | 0) {
   case 0:
    return 2512;
   case 1:
    return 2187;
   case 2:
    $1_1 = 2462;
    break;
   default:
    break block3;
   };
  }
  return $1_1;
 }
 
 function $30($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0;
  $4_1 = global$0 - 384 | 0;
  global$0 = $4_1;
  HEAP32[$4_1 + 140 >> 2] = 0;
  $5($4_1 + 140 | 0, $1_1);
  block : {
   if ($1_1 >>> 0 <= 64) {
    if (($22($4_1 + 144 | 0, $1_1) | 0) < 0) {
     break block
    }
    if (($4($4_1 + 144 | 0, $4_1 + 140 | 0, 4) | 0) < 0) {
     break block
    }
    if (($4($4_1 + 144 | 0, $2_1, $3_1) | 0) < 0) {
     break block
    }
    $16($4_1 + 144 | 0, $0_1, $1_1);
    break block;
   }
   if (($22($4_1 + 144 | 0, 64) | 0) < 0) {
    break block
   }
   if (($4($4_1 + 144 | 0, $4_1 + 140 | 0, 4) | 0) < 0) {
    break block
   }
   if (($4($4_1 + 144 | 0, $2_1, $3_1) | 0) < 0) {
    break block
   }
   if (($16($4_1 + 144 | 0, $4_1 - -64 | 0, 64) | 0) < 0) {
    break block
   }
   $3_1 = HEAP32[$4_1 + 68 >> 2];
   $2_1 = HEAP32[$4_1 + 64 >> 2];
   HEAP8[$0_1 | 0] = $2_1;
   HEAP8[$0_1 + 1 | 0] = $2_1 >>> 8;
   HEAP8[$0_1 + 2 | 0] = $2_1 >>> 16;
   HEAP8[$0_1 + 3 | 0] = $2_1 >>> 24;
   HEAP8[$0_1 + 4 | 0] = $3_1;
   HEAP8[$0_1 + 5 | 0] = $3_1 >>> 8;
   HEAP8[$0_1 + 6 | 0] = $3_1 >>> 16;
   HEAP8[$0_1 + 7 | 0] = $3_1 >>> 24;
   $3_1 = HEAP32[$4_1 + 76 >> 2];
   $2_1 = HEAP32[$4_1 + 72 >> 2];
   HEAP8[$0_1 + 8 | 0] = $2_1;
   HEAP8[$0_1 + 9 | 0] = $2_1 >>> 8;
   HEAP8[$0_1 + 10 | 0] = $2_1 >>> 16;
   HEAP8[$0_1 + 11 | 0] = $2_1 >>> 24;
   HEAP8[$0_1 + 12 | 0] = $3_1;
   HEAP8[$0_1 + 13 | 0] = $3_1 >>> 8;
   HEAP8[$0_1 + 14 | 0] = $3_1 >>> 16;
   HEAP8[$0_1 + 15 | 0] = $3_1 >>> 24;
   $3_1 = HEAP32[$4_1 + 92 >> 2];
   $2_1 = HEAP32[$4_1 + 88 >> 2];
   HEAP8[$0_1 + 24 | 0] = $2_1;
   HEAP8[$0_1 + 25 | 0] = $2_1 >>> 8;
   HEAP8[$0_1 + 26 | 0] = $2_1 >>> 16;
   HEAP8[$0_1 + 27 | 0] = $2_1 >>> 24;
   HEAP8[$0_1 + 28 | 0] = $3_1;
   HEAP8[$0_1 + 29 | 0] = $3_1 >>> 8;
   HEAP8[$0_1 + 30 | 0] = $3_1 >>> 16;
   HEAP8[$0_1 + 31 | 0] = $3_1 >>> 24;
   $3_1 = HEAP32[$4_1 + 84 >> 2];
   $2_1 = HEAP32[$4_1 + 80 >> 2];
   HEAP8[$0_1 + 16 | 0] = $2_1;
   HEAP8[$0_1 + 17 | 0] = $2_1 >>> 8;
   HEAP8[$0_1 + 18 | 0] = $2_1 >>> 16;
   HEAP8[$0_1 + 19 | 0] = $2_1 >>> 24;
   HEAP8[$0_1 + 20 | 0] = $3_1;
   HEAP8[$0_1 + 21 | 0] = $3_1 >>> 8;
   HEAP8[$0_1 + 22 | 0] = $3_1 >>> 16;
   HEAP8[$0_1 + 23 | 0] = $3_1 >>> 24;
   $0_1 = $0_1 + 32 | 0;
   $2_1 = $1_1 - 32 | 0;
   if ($2_1 >>> 0 >= 65) {
    while (1) {
     $1_1 = $3($4_1, $4_1 - -64 | 0, 64);
     if (($47($1_1 - -64 | 0, 64, $1_1) | 0) < 0) {
      break block
     }
     $3_1 = HEAP32[$1_1 + 68 >> 2];
     $5_1 = HEAP32[$1_1 + 64 >> 2];
     HEAP8[$0_1 | 0] = $5_1;
     HEAP8[$0_1 + 1 | 0] = $5_1 >>> 8;
     HEAP8[$0_1 + 2 | 0] = $5_1 >>> 16;
     HEAP8[$0_1 + 3 | 0] = $5_1 >>> 24;
     HEAP8[$0_1 + 4 | 0] = $3_1;
     HEAP8[$0_1 + 5 | 0] = $3_1 >>> 8;
     HEAP8[$0_1 + 6 | 0] = $3_1 >>> 16;
     HEAP8[$0_1 + 7 | 0] = $3_1 >>> 24;
     $3_1 = HEAP32[$1_1 + 76 >> 2];
     $1_1 = HEAP32[$1_1 + 72 >> 2];
     HEAP8[$0_1 + 8 | 0] = $1_1;
     HEAP8[$0_1 + 9 | 0] = $1_1 >>> 8;
     HEAP8[$0_1 + 10 | 0] = $1_1 >>> 16;
     HEAP8[$0_1 + 11 | 0] = $1_1 >>> 24;
     HEAP8[$0_1 + 12 | 0] = $3_1;
     HEAP8[$0_1 + 13 | 0] = $3_1 >>> 8;
     HEAP8[$0_1 + 14 | 0] = $3_1 >>> 16;
     HEAP8[$0_1 + 15 | 0] = $3_1 >>> 24;
     $3_1 = HEAP32[$4_1 + 92 >> 2];
     $1_1 = HEAP32[$4_1 + 88 >> 2];
     HEAP8[$0_1 + 24 | 0] = $1_1;
     HEAP8[$0_1 + 25 | 0] = $1_1 >>> 8;
     HEAP8[$0_1 + 26 | 0] = $1_1 >>> 16;
     HEAP8[$0_1 + 27 | 0] = $1_1 >>> 24;
     HEAP8[$0_1 + 28 | 0] = $3_1;
     HEAP8[$0_1 + 29 | 0] = $3_1 >>> 8;
     HEAP8[$0_1 + 30 | 0] = $3_1 >>> 16;
     HEAP8[$0_1 + 31 | 0] = $3_1 >>> 24;
     $3_1 = HEAP32[$4_1 + 84 >> 2];
     $1_1 = HEAP32[$4_1 + 80 >> 2];
     HEAP8[$0_1 + 16 | 0] = $1_1;
     HEAP8[$0_1 + 17 | 0] = $1_1 >>> 8;
     HEAP8[$0_1 + 18 | 0] = $1_1 >>> 16;
     HEAP8[$0_1 + 19 | 0] = $1_1 >>> 24;
     HEAP8[$0_1 + 20 | 0] = $3_1;
     HEAP8[$0_1 + 21 | 0] = $3_1 >>> 8;
     HEAP8[$0_1 + 22 | 0] = $3_1 >>> 16;
     HEAP8[$0_1 + 23 | 0] = $3_1 >>> 24;
     $0_1 = $0_1 + 32 | 0;
     $2_1 = $2_1 - 32 | 0;
     if ($2_1 >>> 0 > 64) {
      continue
     }
     break;
    }
   }
   $1_1 = $3($4_1, $4_1 - -64 | 0, 64);
   if (($47($1_1 - -64 | 0, $2_1, $1_1) | 0) < 0) {
    break block
   }
   $3($0_1, $1_1 - -64 | 0, $2_1);
  }
  $2($4_1 + 144 | 0, 240);
  global$0 = $4_1 + 384 | 0;
 }
 
 function $31() {
  
 }
 
 function $32($0_1, $1_1) {
  if (!$0_1) {
   return 0
  }
  block2 : {
   block : {
    if ($0_1) {
     if ($1_1 >>> 0 <= 127) {
      break block
     }
     block1 : {
      if (!HEAP32[HEAP32[968] >> 2]) {
       if (($1_1 & -128) == 57216) {
        break block
       }
       break block1;
      }
      if ($1_1 >>> 0 <= 2047) {
       HEAP8[$0_1 + 1 | 0] = $1_1 & 63 | 128;
       HEAP8[$0_1 | 0] = $1_1 >>> 6 | 192;
       $0_1 = 2;
       break block2;
      }
      if (!(($1_1 & -8192) != 57344 & $1_1 >>> 0 >= 55296)) {
       HEAP8[$0_1 + 2 | 0] = $1_1 & 63 | 128;
       HEAP8[$0_1 | 0] = $1_1 >>> 12 | 224;
       HEAP8[$0_1 + 1 | 0] = $1_1 >>> 6 & 63 | 128;
       $0_1 = 3;
       break block2;
      }
      if ($1_1 - 65536 >>> 0 <= 1048575) {
       HEAP8[$0_1 + 3 | 0] = $1_1 & 63 | 128;
       HEAP8[$0_1 | 0] = $1_1 >>> 18 | 240;
       HEAP8[$0_1 + 2 | 0] = $1_1 >>> 6 & 63 | 128;
       HEAP8[$0_1 + 1 | 0] = $1_1 >>> 12 & 63 | 128;
       $0_1 = 4;
       break block2;
      }
     }
     HEAP32[983] = 25;
     $0_1 = -1;
    } else {
     $0_1 = 1
    }
    break block2;
   }
   HEAP8[$0_1 | 0] = $1_1;
   $0_1 = 1;
  }
  return $0_1;
 }
 
 function $33($0_1) {
  var $1_1 = 0, $2_1 = 0, $3_1 = 0;
  block : {
   if (!$13(HEAP8[HEAP32[$0_1 >> 2]])) {
    break block
   }
   while (1) {
    $2_1 = HEAP32[$0_1 >> 2];
    $3_1 = HEAP8[$2_1 | 0];
    HEAP32[$0_1 >> 2] = $2_1 + 1;
    $1_1 = ($1_1 + $3_1 | 0) - 48 | 0;
    if (!$13(HEAP8[$2_1 + 1 | 0])) {
     break block
    }
    $1_1 = Math_imul($1_1, 10);
    continue;
   };
  }
  return $1_1;
 }
 
 function $34($0_1, $1_1, $2_1) {
  block : {
   if ($1_1 >>> 0 > 20) {
    break block
   }
   block10 : {
    switch ($1_1 - 9 | 0) {
    case 0:
     $1_1 = HEAP32[$2_1 >> 2];
     HEAP32[$2_1 >> 2] = $1_1 + 4;
     HEAP32[$0_1 >> 2] = HEAP32[$1_1 >> 2];
     return;
    case 1:
     $1_1 = HEAP32[$2_1 >> 2];
     HEAP32[$2_1 >> 2] = $1_1 + 4;
     $1_1 = HEAP32[$1_1 >> 2];
     $2_1 = $1_1 >> 31;
     HEAP32[$0_1 >> 2] = $1_1;
     HEAP32[$0_1 + 4 >> 2] = $2_1;
     return;
    case 2:
     $1_1 = HEAP32[$2_1 >> 2];
     HEAP32[$2_1 >> 2] = $1_1 + 4;
     HEAP32[$0_1 >> 2] = HEAP32[$1_1 >> 2];
     HEAP32[$0_1 + 4 >> 2] = 0;
     return;
    case 3:
     $1_1 = HEAP32[$2_1 >> 2] + 7 & -8;
     HEAP32[$2_1 >> 2] = $1_1 + 8;
     $2_1 = HEAP32[$1_1 + 4 >> 2];
     HEAP32[$0_1 >> 2] = HEAP32[$1_1 >> 2];
     HEAP32[$0_1 + 4 >> 2] = $2_1;
     return;
    case 4:
     $1_1 = HEAP32[$2_1 >> 2];
     HEAP32[$2_1 >> 2] = $1_1 + 4;
     $2_1 = HEAP16[$1_1 >> 1];
     $1_1 = $2_1 >> 31;
     HEAP32[$0_1 >> 2] = $2_1;
     HEAP32[$0_1 + 4 >> 2] = $1_1;
     return;
    case 5:
     $1_1 = HEAP32[$2_1 >> 2];
     HEAP32[$2_1 >> 2] = $1_1 + 4;
     HEAP32[$0_1 >> 2] = HEAPU16[$1_1 >> 1];
     HEAP32[$0_1 + 4 >> 2] = 0;
     return;
    case 6:
     $1_1 = HEAP32[$2_1 >> 2];
     HEAP32[$2_1 >> 2] = $1_1 + 4;
     $2_1 = HEAP8[$1_1 | 0];
     $1_1 = $2_1 >> 31;
     HEAP32[$0_1 >> 2] = $2_1;
     HEAP32[$0_1 + 4 >> 2] = $1_1;
     return;
    case 7:
     $1_1 = HEAP32[$2_1 >> 2];
     HEAP32[$2_1 >> 2] = $1_1 + 4;
     HEAP32[$0_1 >> 2] = HEAPU8[$1_1 | 0];
     HEAP32[$0_1 + 4 >> 2] = 0;
     return;
    case 8:
     $1_1 = HEAP32[$2_1 >> 2] + 7 & -8;
     HEAP32[$2_1 >> 2] = $1_1 + 8;
     HEAPF64[$0_1 >> 3] = HEAPF64[$1_1 >> 3];
     return;
    case 9:
     break block10;
    default:
     break block;
    };
   }
   FUNCTION_TABLE[0]($0_1, $2_1);
  }
 }
 
 function $35($0_1) {
  if (HEAPU8[$0_1 + 232 | 0]) {
   HEAP32[$0_1 + 88 >> 2] = -1;
   HEAP32[$0_1 + 92 >> 2] = -1;
  }
  HEAP32[$0_1 + 80 >> 2] = -1;
  HEAP32[$0_1 + 84 >> 2] = -1;
 }
 
 function $36($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0;
  $3_1 = HEAP32[$1_1 + 52 >> 2];
  $4_1 = 1;
  $5_1 = $4_1 + HEAP32[$1_1 + 48 >> 2] | 0;
  HEAP32[$1_1 + 48 >> 2] = $5_1;
  HEAP32[$1_1 + 52 >> 2] = $4_1 >>> 0 > $5_1 >>> 0 ? $3_1 + 1 | 0 : $3_1;
  $15($2_1, $1_1, $0_1, 0);
  $15($2_1, $0_1, $0_1, 0);
 }
 
 function $37($0_1) {
  var $1_1 = 0, $2_1 = 0;
  $2_1 = ($0_1 >>> 0) / 3 | 0;
  $1_1 = $2_1 << 2;
  block2 : {
   switch ($0_1 + (Math_imul($2_1, 3) ^ -1) | 0) {
   case 1:
    $1_1 = $1_1 | 1;
   case 0:
    $1_1 = $1_1 + 2 | 0;
    break;
   default:
    break block2;
   };
  }
  return $1_1;
 }
 
 function $38($0_1) {
  var $1_1 = 0, $2_1 = 0;
  $1_1 = $0_1 + 65510 >>> 8 & 255;
  $2_1 = $0_1 + 65484 >>> 8 | 0;
  return (($0_1 ^ 16320) + 1 >>> 8 ^ -1) & 47 | ((($0_1 ^ 16321) + 1 >>> 8 ^ -1) & 43 | $1_1 & $0_1 + 65) | $2_1 & $0_1 + 71 & ($1_1 ^ 255) | $0_1 + 252 & $0_1 + 65474 >>> 8 & ($2_1 ^ -1) & 255;
 }
 
 function $39($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $4_1 = -1;
  $6_1 = ($3_1 >>> 0) / 3 | 0;
  $5_1 = $6_1 << 2;
  block2 : {
   switch ($3_1 + (Math_imul($6_1, 3) ^ -1) | 0) {
   case 1:
    $5_1 = $5_1 | 1;
   case 0:
    $5_1 = $5_1 + 2 | 0;
    break;
   default:
    break block2;
   };
  }
  if ($1_1 >>> 0 > $5_1 >>> 0) {
   block3 : {
    if (!$3_1) {
     break block3
    }
    $1_1 = 0;
    $4_1 = 8;
    while (1) {
     $7_1 = HEAPU8[$2_1 | 0];
     $8_1 = $7_1 | $1_1;
     while (1) {
      $1_1 = $0_1;
      $6_1 = $4_1;
      $4_1 = $4_1 - 6 | 0;
      (wasm2js_i32$0 = $1_1, wasm2js_i32$1 = $38($8_1 >>> $4_1 & 63)), HEAP8[wasm2js_i32$0 | 0] = wasm2js_i32$1;
      $0_1 = $1_1 + 1 | 0;
      if ($4_1 >>> 0 > 5) {
       continue
      }
      break;
     };
     $3_1 = $3_1 - 1 | 0;
     if ($3_1) {
      $2_1 = $2_1 + 1 | 0;
      $1_1 = $8_1 << 8;
      $4_1 = $4_1 + 8 | 0;
      continue;
     }
     break;
    };
    if (!$4_1) {
     break block3
    }
    (wasm2js_i32$0 = $1_1, wasm2js_i32$1 = $38($7_1 << 12 - $6_1 & 63)), HEAP8[wasm2js_i32$0 + 1 | 0] = wasm2js_i32$1;
    $0_1 = $1_1 + 2 | 0;
   }
   HEAP8[$0_1 | 0] = 0;
   $4_1 = $5_1;
  }
  return $4_1;
 }
 
 function $40($0_1, $1_1, $2_1, $3_1) {
  var $4_1 = 0, $5_1 = 0, $6_1 = 0;
  $4_1 = global$0 - 96 | 0;
  global$0 = $4_1;
  $5_1 = $29($3_1);
  $3_1 = $26($2_1);
  block1 : {
   block : {
    if (!$5_1) {
     break block
    }
    if ($3_1) {
     break block1
    }
    if ($1_1 >>> 0 < 2) {
     break block
    }
    HEAP8[$0_1 | 0] = 36;
    HEAP8[$0_1 + 1 | 0] = 0;
    $3_1 = $1_1 - 1 | 0;
    $1_1 = $8($5_1);
    if ($3_1 >>> 0 <= $1_1 >>> 0) {
     break block
    }
    $0_1 = $3($0_1 + 1 | 0, $5_1, $1_1 + 1 | 0);
    $3_1 = $3_1 - $1_1 | 0;
    if ($3_1 >>> 0 < 4) {
     break block
    }
    $1_1 = $0_1 + $1_1 | 0;
    $0_1 = $1_1;
    $5_1 = 4027940;
    HEAP8[$0_1 | 0] = $5_1;
    HEAP8[$0_1 + 1 | 0] = $5_1 >>> 8;
    HEAP8[$0_1 + 2 | 0] = $5_1 >>> 16;
    HEAP8[$0_1 + 3 | 0] = 0;
    HEAP32[$4_1 + 48 >> 2] = HEAP32[$2_1 + 56 >> 2];
    $17($4_1 - -64 | 0, $4_1 + 48 | 0);
    $3_1 = $3_1 - 3 | 0;
    $0_1 = $8($4_1 - -64 | 0);
    if ($3_1 >>> 0 <= $0_1 >>> 0) {
     break block
    }
    $1_1 = $3($1_1 + 3 | 0, $4_1 - -64 | 0, $0_1 + 1 | 0);
    $3_1 = $3_1 - $0_1 | 0;
    if ($3_1 >>> 0 < 4) {
     break block
    }
    $1_1 = $0_1 + $1_1 | 0;
    $0_1 = $1_1;
    $5_1 = 4025636;
    HEAP8[$0_1 | 0] = $5_1;
    HEAP8[$0_1 + 1 | 0] = $5_1 >>> 8;
    HEAP8[$0_1 + 2 | 0] = $5_1 >>> 16;
    HEAP8[$0_1 + 3 | 0] = 0;
    HEAP32[$4_1 + 32 >> 2] = HEAP32[$2_1 + 44 >> 2];
    $17($4_1 - -64 | 0, $4_1 + 32 | 0);
    $3_1 = $3_1 - 3 | 0;
    $0_1 = $8($4_1 - -64 | 0);
    if ($3_1 >>> 0 <= $0_1 >>> 0) {
     break block
    }
    $1_1 = $3($1_1 + 3 | 0, $4_1 - -64 | 0, $0_1 + 1 | 0);
    $3_1 = $3_1 - $0_1 | 0;
    if ($3_1 >>> 0 < 4) {
     break block
    }
    $1_1 = $0_1 + $1_1 | 0;
    $0_1 = $1_1;
    $5_1 = 4027436;
    HEAP8[$0_1 | 0] = $5_1;
    HEAP8[$0_1 + 1 | 0] = $5_1 >>> 8;
    HEAP8[$0_1 + 2 | 0] = $5_1 >>> 16;
    HEAP8[$0_1 + 3 | 0] = 0;
    HEAP32[$4_1 + 16 >> 2] = HEAP32[$2_1 + 40 >> 2];
    $17($4_1 - -64 | 0, $4_1 + 16 | 0);
    $3_1 = $3_1 - 3 | 0;
    $0_1 = $8($4_1 - -64 | 0);
    if ($3_1 >>> 0 <= $0_1 >>> 0) {
     break block
    }
    $1_1 = $3($1_1 + 3 | 0, $4_1 - -64 | 0, $0_1 + 1 | 0);
    $3_1 = $3_1 - $0_1 | 0;
    if ($3_1 >>> 0 < 4) {
     break block
    }
    $1_1 = $0_1 + $1_1 | 0;
    $0_1 = $1_1;
    $5_1 = 4026412;
    HEAP8[$0_1 | 0] = $5_1;
    HEAP8[$0_1 + 1 | 0] = $5_1 >>> 8;
    HEAP8[$0_1 + 2 | 0] = $5_1 >>> 16;
    HEAP8[$0_1 + 3 | 0] = 0;
    HEAP32[$4_1 >> 2] = HEAP32[$2_1 + 48 >> 2];
    $17($4_1 - -64 | 0, $4_1);
    $3_1 = $3_1 - 3 | 0;
    $0_1 = $8($4_1 - -64 | 0);
    if ($3_1 >>> 0 <= $0_1 >>> 0) {
     break block
    }
    $1_1 = $3($1_1 + 3 | 0, $4_1 - -64 | 0, $0_1 + 1 | 0);
    $3_1 = $3_1 - $0_1 | 0;
    if ($3_1 >>> 0 < 2) {
     break block
    }
    $0_1 = $0_1 + $1_1 | 0;
    HEAP8[$0_1 | 0] = 36;
    HEAP8[$0_1 + 1 | 0] = 0;
    $0_1 = $0_1 + 1 | 0;
    $6_1 = $3_1 - 1 | 0;
    $1_1 = $39($0_1, $6_1, HEAP32[$2_1 + 16 >> 2], HEAP32[$2_1 + 20 >> 2]);
    $5_1 = ($1_1 | 0) == -1;
    if ($5_1) {
     break block
    }
    $3_1 = -31;
    $6_1 = $6_1 - ($5_1 ? 0 : $1_1) | 0;
    if ($6_1 >>> 0 < 2) {
     break block1
    }
    $0_1 = $5_1 ? $0_1 : $0_1 + $1_1 | 0;
    HEAP8[$0_1 | 0] = 36;
    HEAP8[$0_1 + 1 | 0] = 0;
    $0_1 = $39($0_1 + 1 | 0, $6_1 - 1 | 0, HEAP32[$2_1 >> 2], HEAP32[$2_1 + 4 >> 2]);
    global$0 = $4_1 + 96 | 0;
    return ($0_1 | 0) == -1 ? -31 : 0;
   }
   $3_1 = -31;
  }
  global$0 = $4_1 + 96 | 0;
  return $3_1;
 }
 
 function $41($0_1) {
  var $1_1 = 0;
  $1_1 = $0_1 - 65 | 0;
  $1_1 = $0_1 + 4 & ($0_1 + 65488 >>> 8 ^ -1) & (57 - $0_1 >>> 8 ^ -1) & 255 | ($1_1 & ($1_1 >>> 8 ^ -1) & (90 - $0_1 >>> 8 ^ -1) & 255 | ($0_1 + 185 & ($0_1 + 65439 >>> 8 ^ -1) & (122 - $0_1 >>> 8 ^ -1) & 255 | ((($0_1 ^ 16336) + 1 >>> 8 ^ -1) & 63 | (($0_1 ^ 16340) + 1 >>> 8 ^ -1) & 62)));
  return (0 - $1_1 >>> 8 ^ -1) & ($0_1 ^ 65470) + 1 >>> 8 & 255 | $1_1;
 }
 
 function $42($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0;
  $4_1 = $41(HEAP8[$2_1 | 0]);
  block2 : {
   if (($4_1 | 0) == 255) {
    $3_1 = -1
   } else {
    while (1) {
     $5_1 = $5_1 + $4_1 | 0;
     $4_1 = $3_1 + 6 | 0;
     block1 : {
      if ($4_1 >>> 0 < 8) {
       $3_1 = $4_1;
       break block1;
      }
      if ($6_1 >>> 0 >= HEAPU32[$1_1 >> 2]) {
       return 0
      }
      $3_1 = $3_1 - 2 | 0;
      HEAP8[$0_1 | 0] = $5_1 >>> $3_1;
      $0_1 = $0_1 + 1 | 0;
      $6_1 = $6_1 + 1 | 0;
     }
     $2_1 = $2_1 + 1 | 0;
     $4_1 = $41(HEAP8[$2_1 | 0]);
     if (($4_1 | 0) != 255) {
      $5_1 = $5_1 << 6;
      continue;
     }
     break;
    };
    $0_1 = 0;
    if ($3_1 >>> 0 > 4) {
     break block2
    }
    $3_1 = -1 << $3_1;
   }
   $0_1 = 0;
   if (($3_1 ^ -1) & $5_1) {
    break block2
   }
   HEAP32[$1_1 >> 2] = $6_1;
   $0_1 = $2_1;
  }
  return $0_1;
 }
 
 function $43($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  $3_1 = global$0 - 16 | 0;
  global$0 = $3_1;
  $7_1 = HEAP32[$0_1 + 4 >> 2];
  $8_1 = HEAP32[$0_1 + 20 >> 2];
  $4_1 = $29($2_1);
  block : {
   if (!$4_1) {
    $2_1 = -26;
    break block;
   }
   $2_1 = -32;
   $5_1 = HEAPU8[$1_1 | 0];
   if (($5_1 | 0) != 36) {
    break block
   }
   $1_1 = ($5_1 | 0) == 36 ? $1_1 + 1 | 0 : $1_1;
   $6_1 = $4_1;
   $4_1 = $8($4_1);
   $5_1 = $14($1_1, $6_1, $4_1);
   if ($5_1) {
    break block
   }
   HEAP32[$0_1 + 56 >> 2] = 16;
   $6_1 = $1_1;
   $1_1 = $1_1 + $4_1 | 0;
   $4_1 = $5_1 ? $6_1 : $1_1;
   if (!$14($4_1, 2655, 3)) {
    $1_1 = $19($4_1 + 3 | 0, $3_1 + 12 | 0);
    if (!$1_1) {
     break block
    }
    HEAP32[$0_1 + 56 >> 2] = HEAP32[$3_1 + 12 >> 2];
   }
   if ($14($1_1, 2667, 3)) {
    break block
   }
   $1_1 = $19($1_1 + 3 | 0, $3_1 + 12 | 0);
   if (!$1_1) {
    break block
   }
   HEAP32[$0_1 + 44 >> 2] = HEAP32[$3_1 + 12 >> 2];
   if ($14($1_1, 2659, 3)) {
    break block
   }
   $1_1 = $19($1_1 + 3 | 0, $3_1 + 12 | 0);
   if (!$1_1) {
    break block
   }
   HEAP32[$0_1 + 40 >> 2] = HEAP32[$3_1 + 12 >> 2];
   if ($14($1_1, 2663, 3)) {
    break block
   }
   $1_1 = $19($1_1 + 3 | 0, $3_1 + 12 | 0);
   if (!$1_1) {
    break block
   }
   $4_1 = HEAP32[$3_1 + 12 >> 2];
   HEAP32[$0_1 + 48 >> 2] = $4_1;
   HEAP32[$0_1 + 52 >> 2] = $4_1;
   if (HEAPU8[$1_1 | 0] != 36) {
    break block
   }
   HEAP32[$3_1 + 12 >> 2] = $8_1;
   $1_1 = $42(HEAP32[$0_1 + 16 >> 2], $3_1 + 12 | 0, $1_1 + 1 | 0);
   if (!$1_1) {
    break block
   }
   HEAP32[$0_1 + 20 >> 2] = HEAP32[$3_1 + 12 >> 2];
   if (HEAPU8[$1_1 | 0] != 36) {
    break block
   }
   HEAP32[$3_1 + 12 >> 2] = $7_1;
   $1_1 = $42(HEAP32[$0_1 >> 2], $3_1 + 12 | 0, $1_1 + 1 | 0);
   if (!$1_1) {
    break block
   }
   HEAP32[$0_1 + 4 >> 2] = HEAP32[$3_1 + 12 >> 2];
   HEAP32[$0_1 + 68 >> 2] = 0;
   HEAP32[$0_1 + 60 >> 2] = 0;
   HEAP32[$0_1 + 64 >> 2] = 0;
   HEAP32[$0_1 + 24 >> 2] = 0;
   HEAP32[$0_1 + 28 >> 2] = 0;
   HEAP32[$0_1 + 32 >> 2] = 0;
   HEAP32[$0_1 + 36 >> 2] = 0;
   $2_1 = $26($0_1);
   if ($2_1) {
    break block
   }
   $2_1 = HEAPU8[$1_1 | 0] ? -32 : 0;
  }
  global$0 = $3_1 + 16 | 0;
  return $2_1;
 }
 
 function $44($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4_1 = 0, $5_1 = 0;
  while (1) {
   $3_1 = $4_1 << 3;
   $2_1 = $3_1 + $1_1 | 0;
   $5_1 = HEAPU8[$2_1 | 0] | HEAPU8[$2_1 + 1 | 0] << 8 | (HEAPU8[$2_1 + 2 | 0] << 16 | HEAPU8[$2_1 + 3 | 0] << 24);
   $2_1 = HEAPU8[$2_1 + 4 | 0] | HEAPU8[$2_1 + 5 | 0] << 8 | (HEAPU8[$2_1 + 6 | 0] << 16 | HEAPU8[$2_1 + 7 | 0] << 24);
   $3_1 = $0_1 + $3_1 | 0;
   HEAP32[$3_1 >> 2] = $5_1;
   HEAP32[$3_1 + 4 >> 2] = $2_1;
   $4_1 = $4_1 + 1 | 0;
   if (($4_1 | 0) != 128) {
    continue
   }
   break;
  };
 }
 
 function $45($0_1) {
  $9($0_1, 0, 1024);
 }
 
 function $46($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0;
  $2_1 = $28($0_1, $2_1);
  if (!$2_1) {
   $4_1 = HEAP32[$0_1 >> 2];
   $2_1 = 0;
   $0_1 = HEAP32[$0_1 + 4 >> 2];
   if ($0_1) {
    while (1) {
     $3_1 = HEAPU8[$2_1 + $4_1 | 0] ^ HEAPU8[$1_1 + $2_1 | 0] | $3_1;
     $2_1 = $2_1 + 1 | 0;
     if (($0_1 | 0) != ($2_1 | 0)) {
      continue
     }
     break;
    };
    $0_1 = ($3_1 - 1 >>> 8 & 1) - 1 | 0;
   } else {
    $0_1 = 0
   }
   $2_1 = $0_1 ? -35 : 0;
  }
  return $2_1;
 }
 
 function $47($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0;
  $3_1 = global$0 - 240 | 0;
  global$0 = $3_1;
  $4_1 = -1;
  block : {
   if (!$2_1 | (!$0_1 | !$1_1) | $1_1 >>> 0 > 64) {
    break block
   }
   if (($22($3_1, $1_1) | 0) < 0) {
    break block
   }
   if (($4($3_1, $2_1, 64) | 0) < 0) {
    break block
   }
   $4_1 = $16($3_1, $0_1, $1_1);
  }
  $2($3_1, 240);
  global$0 = $3_1 + 240 | 0;
  return $4_1;
 }
 
 function $48($0_1, $1_1, $2_1) {
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
  HEAP8[$0_1 + 4 | 0] = $2_1;
  HEAP8[$0_1 + 5 | 0] = $2_1 >>> 8;
  HEAP8[$0_1 + 6 | 0] = $2_1 >>> 16;
  HEAP8[$0_1 + 7 | 0] = $2_1 >>> 24;
 }
 
 function $49($0_1) {
  $0_1 = $0_1 | 0;
  $0_1 = global$0 - $0_1 & -16;
  global$0 = $0_1;
  return $0_1 | 0;
 }
 
 function $50($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0, $4_1 = 0;
  $4_1 = $1_1;
  $3_1 = HEAP32[$0_1 + 20 >> 2];
  $1_1 = HEAP32[$0_1 + 16 >> 2] - $3_1 | 0;
  $1_1 = $1_1 >>> 0 > $2_1 >>> 0 ? $2_1 : $1_1;
  $3($3_1, $4_1, $1_1);
  HEAP32[$0_1 + 20 >> 2] = $1_1 + HEAP32[$0_1 + 20 >> 2];
  return $2_1 | 0;
 }
 
 function $51($0_1, $1_1, $2_1, $3_1, $4_1, $5_1, $6_1, $7_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  $5_1 = $5_1 | 0;
  $6_1 = $6_1 | 0;
  $7_1 = $7_1 | 0;
  var $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0;
  $8_1 = global$0 - 80 | 0;
  global$0 = $8_1;
  block : {
   if (!$0_1) {
    $0_1 = -32;
    break block;
   }
   $9_1 = $8($0_1);
   HEAP32[$8_1 + 12 >> 2] = $9_1;
   HEAP32[$8_1 + 28 >> 2] = $9_1;
   $10_1 = $7($9_1);
   HEAP32[$8_1 + 24 >> 2] = $10_1;
   $11_1 = $7($9_1);
   HEAP32[$8_1 + 8 >> 2] = $11_1;
   $9_1 = 0;
   block2 : {
    block1 : {
     if (!$10_1 | !$11_1) {
      break block1
     }
     HEAP32[$8_1 + 20 >> 2] = $2_1;
     HEAP32[$8_1 + 16 >> 2] = $1_1;
     $0_1 = $43($8_1 + 8 | 0, $0_1, $7_1);
     if ($0_1) {
      break block2
     }
     $9_1 = HEAP32[$8_1 + 8 >> 2];
     $0_1 = $7(HEAP32[$8_1 + 12 >> 2]);
     HEAP32[$8_1 + 8 >> 2] = $0_1;
     if (!$0_1) {
      break block1
     }
     HEAP32[$8_1 + 44 >> 2] = $6_1;
     HEAP32[$8_1 + 40 >> 2] = $5_1;
     HEAP32[$8_1 + 36 >> 2] = $4_1;
     HEAP32[$8_1 + 32 >> 2] = $3_1;
     $0_1 = $46($8_1 + 8 | 0, $9_1, $7_1);
     break block2;
    }
    $0_1 = -22;
   }
   $6(HEAP32[$8_1 + 24 >> 2]);
   $6(HEAP32[$8_1 + 8 >> 2]);
   $6($9_1);
  }
  global$0 = $8_1 + 80 | 0;
  return $0_1 | 0;
 }
 
 function $52($0_1, $1_1, $2_1, $3_1, $4_1, $5_1, $6_1, $7_1, $8_1, $9_1, $10_1, $11_1, $12_1, $13_1, $14_1, $15_1, $16_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  $5_1 = $5_1 | 0;
  $6_1 = $6_1 | 0;
  $7_1 = $7_1 | 0;
  $8_1 = $8_1 | 0;
  $9_1 = $9_1 | 0;
  $10_1 = $10_1 | 0;
  $11_1 = $11_1 | 0;
  $12_1 = $12_1 | 0;
  $13_1 = $13_1 | 0;
  $14_1 = $14_1 | 0;
  $15_1 = $15_1 | 0;
  $16_1 = $16_1 | 0;
  var $17_1 = 0, $18_1 = 0, $19_1 = 0;
  $17_1 = global$0 - 80 | 0;
  global$0 = $17_1;
  $19_1 = -2;
  block : {
   if ($8_1 >>> 0 < 4) {
    break block
   }
   $18_1 = $7($8_1);
   if (!$18_1) {
    $19_1 = -22;
    break block;
   }
   HEAP32[$17_1 + 76 >> 2] = 0;
   HEAP32[$17_1 + 68 >> 2] = 0;
   HEAP32[$17_1 + 72 >> 2] = 0;
   HEAP32[$17_1 + 60 >> 2] = $2_1;
   HEAP32[$17_1 + 56 >> 2] = $2_1;
   HEAP32[$17_1 + 52 >> 2] = $1_1;
   HEAP32[$17_1 + 48 >> 2] = $0_1;
   HEAP32[$17_1 + 44 >> 2] = $15_1;
   HEAP32[$17_1 + 40 >> 2] = $14_1;
   HEAP32[$17_1 + 36 >> 2] = $13_1;
   HEAP32[$17_1 + 32 >> 2] = $12_1;
   HEAP32[$17_1 + 28 >> 2] = $6_1;
   HEAP32[$17_1 + 24 >> 2] = $5_1;
   HEAP32[$17_1 + 20 >> 2] = $4_1;
   HEAP32[$17_1 + 16 >> 2] = $3_1;
   HEAP32[$17_1 + 12 >> 2] = $8_1;
   HEAP32[$17_1 + 8 >> 2] = $18_1;
   HEAP32[$17_1 + 64 >> 2] = $16_1;
   $19_1 = $28($17_1 + 8 | 0, $11_1);
   block1 : {
    if ($19_1) {
     $2($18_1, $8_1);
     break block1;
    }
    if ($7_1) {
     $3($7_1, $18_1, $8_1)
    }
    block2 : {
     if (!$9_1 | !$10_1) {
      break block2
     }
     if (!$40($9_1, $10_1, $17_1 + 8 | 0, $11_1)) {
      break block2
     }
     $2($18_1, $8_1);
     $2($9_1, $10_1);
     $19_1 = -31;
     break block1;
    }
    $2($18_1, $8_1);
    $19_1 = 0;
   }
   $6($18_1);
  }
  global$0 = $17_1 + 80 | 0;
  return $19_1 | 0;
 }
 
 function $54($0_1, $1_1, $2_1, $3_1, $4_1, $5_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  $5_1 = $5_1 | 0;
  return (((((($8($29($5_1)) + $18($0_1) | 0) + $18($1_1) | 0) + $18($2_1) | 0) + $37($3_1) | 0) + $37($4_1) | 0) + $18(19) | 0) + 16 | 0;
 }
 
 function $55($0_1) {
  $0_1 = $0_1 | 0;
  $0_1 = $0_1 + 35 | 0;
  if ($0_1 >>> 0 <= 35) {
   return HEAP32[($0_1 << 2) + 2924 >> 2]
  }
  return 2443;
 }
 
 function $56($0_1, $1_1, $2_1, $3_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  var $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0;
  $4_1 = global$0 - 80 | 0;
  global$0 = $4_1;
  block : {
   if (!$0_1) {
    $0_1 = -32;
    break block;
   }
   $5_1 = $8($0_1);
   HEAP32[$4_1 + 12 >> 2] = $5_1;
   HEAP32[$4_1 + 28 >> 2] = $5_1;
   $6_1 = $7($5_1);
   HEAP32[$4_1 + 24 >> 2] = $6_1;
   $7_1 = $7($5_1);
   HEAP32[$4_1 + 8 >> 2] = $7_1;
   $5_1 = 0;
   block2 : {
    block1 : {
     if (!$6_1 | !$7_1) {
      break block1
     }
     HEAP32[$4_1 + 20 >> 2] = $2_1;
     HEAP32[$4_1 + 16 >> 2] = $1_1;
     $0_1 = $43($4_1 + 8 | 0, $0_1, $3_1);
     if ($0_1) {
      break block2
     }
     $5_1 = HEAP32[$4_1 + 8 >> 2];
     $0_1 = $7(HEAP32[$4_1 + 12 >> 2]);
     HEAP32[$4_1 + 8 >> 2] = $0_1;
     if (!$0_1) {
      break block1
     }
     $0_1 = $46($4_1 + 8 | 0, $5_1, $3_1);
     break block2;
    }
    $0_1 = -22;
   }
   $6(HEAP32[$4_1 + 24 >> 2]);
   $6(HEAP32[$4_1 + 8 >> 2]);
   $6($5_1);
  }
  global$0 = $4_1 + 80 | 0;
  return $0_1 | 0;
 }
 
 function $57($0_1, $1_1, $2_1, $3_1, $4_1, $5_1, $6_1, $7_1, $8_1, $9_1, $10_1, $11_1, $12_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  $3_1 = $3_1 | 0;
  $4_1 = $4_1 | 0;
  $5_1 = $5_1 | 0;
  $6_1 = $6_1 | 0;
  $7_1 = $7_1 | 0;
  $8_1 = $8_1 | 0;
  $9_1 = $9_1 | 0;
  $10_1 = $10_1 | 0;
  $11_1 = $11_1 | 0;
  $12_1 = $12_1 | 0;
  var $13_1 = 0, $14_1 = 0, $15_1 = 0;
  $13_1 = global$0 - 80 | 0;
  global$0 = $13_1;
  $15_1 = -2;
  block : {
   if ($8_1 >>> 0 < 4) {
    break block
   }
   $14_1 = $7($8_1);
   if (!$14_1) {
    $15_1 = -22;
    break block;
   }
   HEAP32[$13_1 + 40 >> 2] = 0;
   HEAP32[$13_1 + 44 >> 2] = 0;
   HEAP32[$13_1 + 32 >> 2] = 0;
   HEAP32[$13_1 + 36 >> 2] = 0;
   HEAP32[$13_1 + 28 >> 2] = $6_1;
   HEAP32[$13_1 + 24 >> 2] = $5_1;
   HEAP32[$13_1 + 20 >> 2] = $4_1;
   HEAP32[$13_1 + 16 >> 2] = $3_1;
   HEAP32[$13_1 + 12 >> 2] = $8_1;
   HEAP32[$13_1 + 8 >> 2] = $14_1;
   HEAP32[$13_1 + 76 >> 2] = 0;
   HEAP32[$13_1 + 68 >> 2] = 0;
   HEAP32[$13_1 + 72 >> 2] = 0;
   HEAP32[$13_1 + 60 >> 2] = $2_1;
   HEAP32[$13_1 + 56 >> 2] = $2_1;
   HEAP32[$13_1 + 52 >> 2] = $1_1;
   HEAP32[$13_1 + 48 >> 2] = $0_1;
   HEAP32[$13_1 + 64 >> 2] = $12_1;
   $15_1 = $28($13_1 + 8 | 0, $11_1);
   block1 : {
    if ($15_1) {
     $2($14_1, $8_1);
     break block1;
    }
    if ($7_1) {
     $3($7_1, $14_1, $8_1)
    }
    block2 : {
     if (!$9_1 | !$10_1) {
      break block2
     }
     if (!$40($9_1, $10_1, $13_1 + 8 | 0, $11_1)) {
      break block2
     }
     $2($14_1, $8_1);
     $2($9_1, $10_1);
     $15_1 = -31;
     break block1;
    }
    $2($14_1, $8_1);
    $15_1 = 0;
   }
   $6($14_1);
  }
  global$0 = $13_1 + 80 | 0;
  return $15_1 | 0;
 }
 
 function _ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0;
  label$1 : {
   label$2 : {
    label$3 : {
     label$4 : {
      label$5 : {
       label$6 : {
        label$7 : {
         label$9 : {
          label$11 : {
           $4_1 = $1_1;
           if ($4_1) {
            $6_1 = $2_1;
            if (!$6_1) {
             break label$11
            }
            break label$9;
           }
           $4_1 = ($0_1 >>> 0) / ($2_1 >>> 0) | 0;
           __wasm_intrinsics_temp_i64 = $0_1 - Math_imul($2_1, $4_1) | 0;
           __wasm_intrinsics_temp_i64$hi = 0;
           i64toi32_i32$HIGH_BITS = 0;
           return $4_1;
          }
          if (!$0_1) {
           break label$7
          }
          break label$6;
         }
         $7_1 = $6_1 - 1 | 0;
         if (!($6_1 & $7_1)) {
          break label$5
         }
         $4_1 = (Math_clz32($6_1) + 33 | 0) - Math_clz32($4_1) | 0;
         $6_1 = 0 - $4_1 | 0;
         break label$3;
        }
        __wasm_intrinsics_temp_i64 = 0;
        $7_1 = ($4_1 >>> 0) / 0 | 0;
        __wasm_intrinsics_temp_i64$hi = $4_1 - Math_imul($7_1, 0) | 0;
        i64toi32_i32$HIGH_BITS = 0;
        return $7_1;
       }
       $4_1 = 32 - Math_clz32($4_1) | 0;
       if ($4_1 >>> 0 < 31) {
        break label$4
       }
       break label$2;
      }
      __wasm_intrinsics_temp_i64 = $0_1 & $7_1;
      __wasm_intrinsics_temp_i64$hi = 0;
      if (($6_1 | 0) == 1) {
       break label$1
      }
      $8_1 = $1_1;
      $5_1 = $0_1;
      if ($6_1) {
       $9_1 = 31 - Math_clz32($6_1 ^ $6_1 - 1) | 0
      } else {
       $9_1 = 32
      }
      $3_1 = $9_1 & 31;
      if (($9_1 & 63) >>> 0 >= 32) {
       $5_1 = $1_1 >>> $3_1 | 0
      } else {
       $10_1 = $8_1 >>> $3_1 | 0;
       $5_1 = ((1 << $3_1) - 1 & $8_1) << 32 - $3_1 | $5_1 >>> $3_1;
      }
      i64toi32_i32$HIGH_BITS = $10_1;
      return $5_1;
     }
     $6_1 = 63 - $4_1 | 0;
     $4_1 = $4_1 + 1 | 0;
    }
    $5_1 = $1_1;
    $8_1 = $0_1;
    $9_1 = $4_1 & 63;
    $3_1 = $9_1 & 31;
    if (($9_1 & 63) >>> 0 >= 32) {
     $11_1 = $1_1 >>> $3_1 | 0
    } else {
     $10_1 = $5_1 >>> $3_1 | 0;
     $11_1 = ((1 << $3_1) - 1 & $5_1) << 32 - $3_1 | $8_1 >>> $3_1;
    }
    $7_1 = $10_1;
    $10_1 = $1_1;
    $5_1 = $0_1;
    $9_1 = $6_1 & 63;
    $3_1 = $9_1 & 31;
    if (($9_1 & 63) >>> 0 >= 32) {
     $8_1 = $0_1 << $3_1;
     $0_1 = 0;
    } else {
     $8_1 = (1 << $3_1) - 1 & $5_1 >>> 32 - $3_1 | $10_1 << $3_1;
     $0_1 = $5_1 << $3_1;
    }
    $1_1 = $8_1;
    if ($4_1) {
     $3_1 = $2_1 - 1 | 0;
     $6_1 = $3_1;
     $3_1 = ($3_1 | 0) == -1 ? -1 : 0;
     while (1) {
      $8_1 = $11_1;
      $10_1 = $7_1 << 1 | $8_1 >>> 31;
      $11_1 = $8_1 << 1 | $1_1 >>> 31;
      $5_1 = $11_1;
      $7_1 = $10_1;
      $12_1 = $3_1 - ($7_1 + ($6_1 >>> 0 < $5_1 >>> 0) | 0) >> 31;
      $9_1 = $12_1 & $2_1;
      $11_1 = $5_1 - $9_1 | 0;
      $7_1 = $7_1 - ($5_1 >>> 0 < $9_1 >>> 0) | 0;
      $8_1 = $1_1 << 1 | $0_1 >>> 31;
      $0_1 = $13_1 | $0_1 << 1;
      $1_1 = $8_1;
      $12_1 = $12_1 & 1;
      $13_1 = $12_1;
      $4_1 = $4_1 - 1 | 0;
      if ($4_1) {
       continue
      }
      break;
     };
    }
    __wasm_intrinsics_temp_i64 = $11_1;
    __wasm_intrinsics_temp_i64$hi = $7_1;
    i64toi32_i32$HIGH_BITS = $1_1 << 1 | $0_1 >>> 31;
    return $12_1 | $0_1 << 1;
   }
   __wasm_intrinsics_temp_i64 = $0_1;
   __wasm_intrinsics_temp_i64$hi = $1_1;
   $0_1 = 0;
   $1_1 = 0;
  }
  i64toi32_i32$HIGH_BITS = $1_1;
  return $0_1;
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
 
 function __wasm_rotl_i32($0_1) {
  var $1_1 = 0;
  $1_1 = $0_1 & 31;
  $0_1 = 0 - $0_1 & 31;
  return (-1 >>> $1_1 & -2) << $1_1 | (-1 << $0_1 & -2) >>> $0_1;
 }
 
 bufferView = HEAPU8;
 initActiveSegments(imports);
 var FUNCTION_TABLE = Table([null, $9, $50]);
 function __wasm_memory_size() {
  return buffer.byteLength >> 16;
 }
 
 function __wasm_memory_grow(pagesToAdd) {
  pagesToAdd = pagesToAdd | 0;
  var oldPages = __wasm_memory_size() | 0;
  var newPages = oldPages + pagesToAdd | 0;
  if ((oldPages < newPages) && (newPages < 65536) && (newPages <= 32767)) {
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
  "c": Object.create(Object.prototype, {
   "grow": {
    "value": __wasm_memory_grow
   }, 
   "buffer": {
    "get": function () {
     return buffer;
    }
    
   }
  }), 
  "d": $31, 
  "e": $57, 
  "f": $7, 
  "g": $6, 
  "h": $56, 
  "i": $55, 
  "j": $54, 
  "k": FUNCTION_TABLE, 
  "l": $52, 
  "m": $51, 
  "n": $49
 };
}

var retasmFunc = asmFunc({
  "a": a,
});
export var c = retasmFunc.c;
export var d = retasmFunc.d;
export var e = retasmFunc.e;
export var f = retasmFunc.f;
export var g = retasmFunc.g;
export var h = retasmFunc.h;
export var i = retasmFunc.i;
export var j = retasmFunc.j;
export var l = retasmFunc.l;
export var m = retasmFunc.m;
export var n = retasmFunc.n;
