import * as $_lz4_wasm_bg_js from './lz4_wasm_bg.js';

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
  base64DecodeToExistingUint8Array(bufferView, 1048576, "L2hvbWUvcGFzY2FsLy5jYXJnby9yZWdpc3RyeS9zcmMvZ2l0aHViLmNvbS0xZWNjNjI5OWRiOWVjODIzL2x6NF9mbGV4LTAuOS4yL3NyYy9ibG9jay9jb21wcmVzcy5ycwAAAAAAEABhAAAACQEAAB8AAAAAABAAYQAAAJoCAAAGAAAAYXNzZXJ0aW9uIGZhaWxlZDogdmVjLmNhcGFjaXR5KCkgPj0gb2Zmc2V0ICsgcmVxdWlyZWRfY2FwYWNpdHkvaG9tZS9wYXNjYWwvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9naXRodWIuY29tLTFlY2M2Mjk5ZGI5ZWM4MjMvbHo0X2ZsZXgtMC45LjIvc3JjL3NpbmsucnMAAADCABAAVwAAABMAAAAJAAAAwgAQAFcAAAAzAQAACQAAAAEAAAAMAAAABAAAAAIAAAADAAAABAAAAGEgRGlzcGxheSBpbXBsZW1lbnRhdGlvbiByZXR1cm5lZCBhbiBlcnJvciB1bmV4cGVjdGVkbHkvcnVzdGMvNzczN2UwYjVjNDEwMzIxNmQ2ZmQ4Y2Y5NDFiN2FiOWJkYmFhY2U3Yy9saWJyYXJ5L2FsbG9jL3NyYy9zdHJpbmcucnMAAIsBEABLAAAAZgkAAA4AAAAFAAAAAAAAAAEAAAAGAAAAY2FsbGVkIGBSZXN1bHQ6OnVud3JhcCgpYCBvbiBhbiBgRXJyYCB2YWx1ZQAFAAAAAAAAAAEAAAAHAAAABQAAAAQAAAAEAAAACAAAAAkAAAAKAAAAdGhlIG9mZnNldCB0byBjb3B5IGlzIG5vdCBjb250YWluZWQgaW4gdGhlIGRlY29tcHJlc3NlZCBidWZmZXJleHBlY3RlZCBhbm90aGVyIGJ5dGUsIGZvdW5kIG5vbmVsaXRlcmFsIGlzIG91dCBvZiBib3VuZHMgb2YgdGhlIGlucHV0dGhlIGV4cGVjdGVkIGRlY29tcHJlc3NlZCBzaXplIGRpZmZlcnMsIGFjdHVhbCAsIGV4cGVjdGVkIAAA0AIQAC8AAAD/AhAACwAAAHByb3ZpZGVkIG91dHB1dCBpcyB0b28gc21hbGwgZm9yIHRoZSBkZWNvbXByZXNzZWQgZGF0YSwgYWN0dWFsIAAcAxAAPwAAAP8CEAALAAAAT3V0cHV0VG9vU21hbGwAAGNhbGxlZCBgT3B0aW9uOjp1bndyYXAoKWAgb24gYSBgTm9uZWAgdmFsdWVsaWJyYXJ5L3N0ZC9zcmMvcGFuaWNraW5nLnJzAKcDEAAcAAAARgIAAB8AAACnAxAAHAAAAEcCAAAeAAAADQAAAAwAAAAEAAAADgAAAA8AAAAIAAAABAAAABAAAAARAAAAEAAAAAQAAAASAAAAEwAAAA8AAAAIAAAABAAAABQAAAAVAAAADwAAAAQAAAAEAAAAFgAAABcAAAAYAAAAbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy5yc2NhcGFjaXR5IG92ZXJmbG93AAAAYAQQABEAAABEBBAAHAAAAAYCAAAFAAAAHQAAAAAAAAABAAAAHgAAADogAACMBBAAAAAAAJwEEAACAAAAMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTlyYW5nZSBzdGFydCBpbmRleCAgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggeAUQABIAAACKBRAAIgAAAHJhbmdlIGVuZCBpbmRleCC8BRAAEAAAAIoFEAAiAAAAc2xpY2UgaW5kZXggc3RhcnRzIGF0ICBidXQgZW5kcyBhdCAA3AUQABYAAADyBRAADQAAAEVycm9y");
}
function wasm2js_trap() { throw new Error('abort'); }

function asmFunc(imports) {
 var buffer = new ArrayBuffer(1114112);
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
 var $_lz4_wasm_bg_js = imports["./lz4_wasm_bg.js"];
 var fimport$0 = $_lz4_wasm_bg_js.__wbindgen_string_new;
 var global$0 = 1048576;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1) {
  var $1 = 0, $2 = 0, $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0, $9_1 = 0, $10 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $11_1 = global$0 - 16 | 0;
  global$0 = $11_1;
  block : {
   block1 : {
    if ($0_1 >>> 0 >= 245) {
     $2 = (-65536 - (($64(8, 8) + $64(20, 8) | 0) + $64(16, 8) | 0) & -9) - 3 | 0;
     $1 = 0 - ($64(16, 8) << 2) | 0;
     if ($0_1 >>> 0 >= ($1 >>> 0 > $2 >>> 0 ? $2 : $1) >>> 0) {
      break block
     }
     $4 = $64($0_1 + 4 | 0, 8);
     if (!HEAP32[262548]) {
      break block1
     }
     $3 = 0 - $4 | 0;
     $6_1 = 0;
     block2 : {
      if ($4 >>> 0 < 256) {
       break block2
      }
      $6_1 = 31;
      if ($4 >>> 0 > 16777215) {
       break block2
      }
      $0_1 = Math_clz32($4 >>> 8 | 0);
      $6_1 = (($4 >>> 6 - $0_1 & 1) - ($0_1 << 1) | 0) + 62 | 0;
     }
     $0_1 = HEAP32[($6_1 << 2) + 1050460 >> 2];
     block5 : {
      block4 : {
       if ($0_1) {
        $7 = $4 << $60($6_1);
        $1 = 0;
        while (1) {
         block3 : {
          $2 = $85($0_1);
          if ($4 >>> 0 > $2 >>> 0) {
           break block3
          }
          $2 = $2 - $4 | 0;
          if ($3 >>> 0 <= $2 >>> 0) {
           break block3
          }
          $1 = $0_1;
          $3 = $2;
          if ($2) {
           break block3
          }
          $3 = 0;
          break block4;
         }
         $2 = HEAP32[$0_1 + 20 >> 2];
         $0_1 = HEAP32[(($7 >>> 29 & 4) + $0_1 | 0) + 16 >> 2];
         $5 = $2 ? (($0_1 | 0) != ($2 | 0) ? $2 : $5) : $5;
         $7 = $7 << 1;
         if ($0_1) {
          continue
         }
         break;
        };
        if ($5) {
         $0_1 = $5;
         break block4;
        }
        if ($1) {
         break block5
        }
       }
       $1 = 0;
       $0_1 = $67(1 << $6_1) & HEAP32[262548];
       if (!$0_1) {
        break block1
       }
       $0_1 = HEAP32[(__wasm_ctz_i32($76($0_1)) << 2) + 1050460 >> 2];
       if (!$0_1) {
        break block1
       }
      }
      while (1) {
       $7 = $1;
       $1 = $85($0_1);
       $5 = $1 - $4 | 0;
       $2 = $5 >>> 0 < $3 >>> 0 & $1 >>> 0 >= $4 >>> 0;
       $1 = $2 ? $0_1 : $7;
       $3 = $2 ? $5 : $3;
       $0_1 = $59($0_1);
       if ($0_1) {
        continue
       }
       break;
      };
      if (!$1) {
       break block1
      }
     }
     $0_1 = HEAP32[262647];
     if ($4 >>> 0 <= $0_1 >>> 0 & $0_1 - $4 >>> 0 <= $3 >>> 0) {
      break block1
     }
     $0_1 = $1;
     $6_1 = $4 + $0_1 | 0;
     $20($0_1);
     block6 : {
      if ($64(16, 8) >>> 0 <= $3 >>> 0) {
       $78($0_1, $4);
       $61($6_1, $3);
       if ($3 >>> 0 >= 256) {
        $19($6_1, $3);
        break block6;
       }
       $1 = $3 >>> 3 | 0;
       $5 = ($1 << 3) + 1050196 | 0;
       $2 = HEAP32[262547];
       $1 = 1 << $1;
       if ($2 & $1) {
        $1 = HEAP32[$5 + 8 >> 2]
       } else {
        HEAP32[262547] = $1 | $2;
        $1 = $5;
       }
       HEAP32[$5 + 8 >> 2] = $6_1;
       HEAP32[$1 + 12 >> 2] = $6_1;
       HEAP32[$6_1 + 12 >> 2] = $5;
       HEAP32[$6_1 + 8 >> 2] = $1;
       break block6;
      }
      $58($0_1, $3 + $4 | 0);
     }
     $3 = $94($0_1);
     if (!$3) {
      break block1
     }
     break block;
    }
    $4 = $64($0_1 >>> 0 < $64(16, 8) - 5 >>> 0 ? 16 : $0_1 + 4 | 0, 8);
    block16 : {
     block9 : {
      block10 : {
       block12 : {
        block11 : {
         block8 : {
          $1 = HEAP32[262547];
          $0_1 = $4 >>> 3 | 0;
          $2 = $1 >>> $0_1 | 0;
          if (!($2 & 3)) {
           if (HEAPU32[262647] >= $4 >>> 0) {
            break block1
           }
           if ($2) {
            break block8
           }
           $0_1 = HEAP32[262548];
           if (!$0_1) {
            break block1
           }
           $1 = HEAP32[(__wasm_ctz_i32($76($0_1)) << 2) + 1050460 >> 2];
           $3 = $85($1) - $4 | 0;
           $0_1 = $59($1);
           if ($0_1) {
            while (1) {
             $2 = $85($0_1) - $4 | 0;
             $5 = $2;
             $2 = $2 >>> 0 < $3 >>> 0;
             $3 = $2 ? $5 : $3;
             $1 = $2 ? $0_1 : $1;
             $0_1 = $59($0_1);
             if ($0_1) {
              continue
             }
             break;
            }
           }
           $0_1 = $1;
           $5 = $4 + $0_1 | 0;
           $20($0_1);
           if ($64(16, 8) >>> 0 > $3 >>> 0) {
            break block9
           }
           $78($0_1, $4);
           $61($5, $3);
           $1 = HEAP32[262647];
           if (!$1) {
            break block10
           }
           $1 = $1 >>> 3 | 0;
           $7 = ($1 << 3) + 1050196 | 0;
           $6_1 = HEAP32[262649];
           $2 = HEAP32[262547];
           $1 = 1 << $1;
           if (!($2 & $1)) {
            break block11
           }
           $1 = HEAP32[$7 + 8 >> 2];
           break block12;
          }
          $3 = $0_1 + (($2 ^ -1) & 1) | 0;
          $0_1 = $3 << 3;
          $5 = HEAP32[$0_1 + 1050204 >> 2];
          $2 = HEAP32[$5 + 8 >> 2];
          $0_1 = $0_1 + 1050196 | 0;
          block13 : {
           if (($2 | 0) != ($0_1 | 0)) {
            HEAP32[$2 + 12 >> 2] = $0_1;
            HEAP32[$0_1 + 8 >> 2] = $2;
            break block13;
           }
           (wasm2js_i32$0 = 1050188, wasm2js_i32$1 = __wasm_rotl_i32($3) & $1), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
          }
          $58($5, $3 << 3);
          $3 = $94($5);
          break block;
         }
         $0_1 = $0_1 & 31;
         $2 = __wasm_ctz_i32($76($67(1 << $0_1) & $2 << $0_1));
         $0_1 = $2 << 3;
         $3 = HEAP32[$0_1 + 1050204 >> 2];
         $1 = HEAP32[$3 + 8 >> 2];
         $0_1 = $0_1 + 1050196 | 0;
         block14 : {
          if (($1 | 0) != ($0_1 | 0)) {
           HEAP32[$1 + 12 >> 2] = $0_1;
           HEAP32[$0_1 + 8 >> 2] = $1;
           break block14;
          }
          (wasm2js_i32$0 = 1050188, wasm2js_i32$1 = HEAP32[262547] & __wasm_rotl_i32($2)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
         }
         $78($3, $4);
         $5 = $3 + $4 | 0;
         $2 = ($2 << 3) - $4 | 0;
         $61($5, $2);
         $0_1 = HEAP32[262647];
         if ($0_1) {
          $0_1 = $0_1 >>> 3 | 0;
          $7 = ($0_1 << 3) + 1050196 | 0;
          $6_1 = HEAP32[262649];
          $1 = HEAP32[262547];
          $0_1 = 1 << $0_1;
          if ($1 & $0_1) {
           $0_1 = HEAP32[$7 + 8 >> 2]
          } else {
           HEAP32[262547] = $0_1 | $1;
           $0_1 = $7;
          }
          HEAP32[$7 + 8 >> 2] = $6_1;
          HEAP32[$0_1 + 12 >> 2] = $6_1;
          HEAP32[$6_1 + 12 >> 2] = $7;
          HEAP32[$6_1 + 8 >> 2] = $0_1;
         }
         HEAP32[262649] = $5;
         HEAP32[262647] = $2;
         $3 = $94($3);
         break block;
        }
        HEAP32[262547] = $1 | $2;
        $1 = $7;
       }
       HEAP32[$7 + 8 >> 2] = $6_1;
       HEAP32[$1 + 12 >> 2] = $6_1;
       HEAP32[$6_1 + 12 >> 2] = $7;
       HEAP32[$6_1 + 8 >> 2] = $1;
      }
      HEAP32[262649] = $5;
      HEAP32[262647] = $3;
      break block16;
     }
     $58($0_1, $3 + $4 | 0);
    }
    $3 = $94($0_1);
    if ($3) {
     break block
    }
   }
   block27 : {
    block22 : {
     block30 : {
      block29 : {
       block23 : {
        block21 : {
         block17 : {
          block18 : {
           $0_1 = HEAP32[262647];
           if ($4 >>> 0 > $0_1 >>> 0) {
            $0_1 = HEAP32[262648];
            if ($4 >>> 0 < $0_1 >>> 0) {
             break block17
            }
            $0_1 = $64((($64(8, 8) + $4 | 0) + $64(20, 8) | 0) + $64(16, 8) | 0, 65536);
            $1 = __wasm_memory_grow($0_1 >>> 16 | 0);
            HEAP32[$11_1 + 8 >> 2] = 0;
            $2 = $0_1 & -65536;
            $0_1 = ($1 | 0) == -1;
            HEAP32[$11_1 + 4 >> 2] = $0_1 ? 0 : $2;
            HEAP32[$11_1 >> 2] = $0_1 ? 0 : $1 << 16;
            $8 = HEAP32[$11_1 >> 2];
            if ($8) {
             break block18
            }
            $3 = 0;
            break block;
           }
           $2 = HEAP32[262649];
           $1 = $0_1 - $4 | 0;
           if ($64(16, 8) >>> 0 > $1 >>> 0) {
            HEAP32[262649] = 0;
            $0_1 = HEAP32[262647];
            HEAP32[262647] = 0;
            $58($2, $0_1);
            $3 = $94($2);
            break block;
           }
           HEAP32[262647] = $1;
           $0_1 = $2 + $4 | 0;
           HEAP32[262649] = $0_1;
           $61($0_1, $1);
           $78($2, $4);
           $3 = $94($2);
           break block;
          }
          $13_1 = HEAP32[$11_1 + 8 >> 2];
          $10 = HEAP32[$11_1 + 4 >> 2];
          $1 = $10 + HEAP32[262651] | 0;
          HEAP32[262651] = $1;
          $0_1 = HEAP32[262652];
          HEAP32[262652] = $0_1 >>> 0 > $1 >>> 0 ? $0_1 : $1;
          block20 : {
           block19 : {
            if (HEAP32[262650]) {
             $0_1 = 1050612;
             while (1) {
              if (($79($0_1) | 0) == ($8 | 0)) {
               break block19
              }
              $0_1 = HEAP32[$0_1 + 8 >> 2];
              if ($0_1) {
               continue
              }
              break;
             };
             break block20;
            }
            $0_1 = HEAP32[262658];
            if (!$0_1 | $0_1 >>> 0 > $8 >>> 0) {
             break block21
            }
            break block22;
           }
           if ($87($0_1)) {
            break block20
           }
           if (($88($0_1) | 0) != ($13_1 | 0)) {
            break block20
           }
           $5 = HEAP32[$0_1 >> 2];
           $2 = HEAP32[262650];
           if ($5 >>> 0 <= $2 >>> 0) {
            $1 = $2 >>> 0 < HEAP32[$0_1 + 4 >> 2] + $5 >>> 0
           } else {
            $1 = 0
           }
           if ($1) {
            break block23
           }
          }
          $0_1 = HEAP32[262658];
          HEAP32[262658] = $0_1 >>> 0 < $8 >>> 0 ? $0_1 : $8;
          $1 = $8 + $10 | 0;
          $0_1 = 1050612;
          block25 : {
           block24 : {
            while (1) {
             if (HEAP32[$0_1 >> 2] != ($1 | 0)) {
              $0_1 = HEAP32[$0_1 + 8 >> 2];
              if ($0_1) {
               continue
              }
              break block24;
             }
             break;
            };
            if ($87($0_1)) {
             break block24
            }
            if (($88($0_1) | 0) == ($13_1 | 0)) {
             break block25
            }
           }
           $9_1 = HEAP32[262650];
           $0_1 = 1050612;
           block26 : {
            while (1) {
             if ($9_1 >>> 0 >= HEAPU32[$0_1 >> 2]) {
              if ($79($0_1) >>> 0 > $9_1 >>> 0) {
               break block26
              }
             }
             $0_1 = HEAP32[$0_1 + 8 >> 2];
             if ($0_1) {
              continue
             }
             break;
            };
            $0_1 = 0;
           }
           $6_1 = $79($0_1);
           $15 = $64(20, 8);
           $1 = ($6_1 - $15 | 0) - 23 | 0;
           $0_1 = $94($1);
           $0_1 = ($64($0_1, 8) - $0_1 | 0) + $1 | 0;
           $12_1 = $64(16, 8) + $9_1 >>> 0 > $0_1 >>> 0 ? $9_1 : $0_1;
           $14_1 = $94($12_1);
           $0_1 = $12_1 + $15 | 0;
           $3 = $64(8, 8);
           $5 = $64(20, 8);
           $2 = $64(16, 8);
           $1 = $94($8);
           $1 = $64($1, 8) - $1 | 0;
           $7 = $1 + $8 | 0;
           HEAP32[262650] = $7;
           $3 = $10 + 8 - ($1 + (($3 + $5 | 0) + $2 | 0)) | 0;
           HEAP32[262648] = $3;
           HEAP32[$7 + 4 >> 2] = $3 | 1;
           $5 = $64(8, 8);
           $2 = $64(20, 8);
           (wasm2js_i32$0 = $3 + $7 | 0, wasm2js_i32$1 = $64(16, 8) + (($5 - 8 | 0) + $2 | 0) | 0), HEAP32[wasm2js_i32$0 + 4 >> 2] = wasm2js_i32$1;
           HEAP32[262657] = 2097152;
           $78($12_1, $15);
           $7 = HEAP32[262653];
           $5 = HEAP32[262654];
           $2 = HEAP32[262656];
           $1 = $14_1 + 8 | 0;
           HEAP32[$1 >> 2] = HEAP32[262655];
           HEAP32[$1 + 4 >> 2] = $2;
           HEAP32[$14_1 >> 2] = $7;
           HEAP32[$14_1 + 4 >> 2] = $5;
           HEAP32[262656] = $13_1;
           HEAP32[262654] = $10;
           HEAP32[262653] = $8;
           HEAP32[262655] = $14_1;
           while (1) {
            HEAP32[$0_1 + 4 >> 2] = 7;
            $0_1 = $0_1 + 4 | 0;
            if ($0_1 + 4 >>> 0 < $6_1 >>> 0) {
             continue
            }
            break;
           };
           if (($9_1 | 0) == ($12_1 | 0)) {
            break block27
           }
           $0_1 = $12_1 - $9_1 | 0;
           $57($9_1, $0_1, $0_1 + $9_1 | 0);
           if ($0_1 >>> 0 >= 256) {
            $19($9_1, $0_1);
            break block27;
           }
           $0_1 = $0_1 >>> 3 | 0;
           $2 = ($0_1 << 3) + 1050196 | 0;
           $1 = HEAP32[262547];
           $0_1 = 1 << $0_1;
           if ($1 & $0_1) {
            $0_1 = HEAP32[$2 + 8 >> 2]
           } else {
            HEAP32[262547] = $0_1 | $1;
            $0_1 = $2;
           }
           HEAP32[$2 + 8 >> 2] = $9_1;
           HEAP32[$0_1 + 12 >> 2] = $9_1;
           HEAP32[$9_1 + 12 >> 2] = $2;
           HEAP32[$9_1 + 8 >> 2] = $0_1;
           break block27;
          }
          $3 = HEAP32[$0_1 >> 2];
          HEAP32[$0_1 >> 2] = $8;
          HEAP32[$0_1 + 4 >> 2] = $10 + HEAP32[$0_1 + 4 >> 2];
          $5 = $94($8);
          $2 = $64($5, 8);
          $1 = $94($3);
          $0_1 = $64($1, 8);
          $6_1 = ($2 - $5 | 0) + $8 | 0;
          $7 = $4 + $6_1 | 0;
          $78($6_1, $4);
          $0_1 = ($0_1 - $1 | 0) + $3 | 0;
          $4 = $0_1 - ($4 + $6_1 | 0) | 0;
          if (HEAP32[262650] != ($0_1 | 0)) {
           if (($0_1 | 0) == HEAP32[262649]) {
            break block29
           }
           if ((HEAP32[$0_1 + 4 >> 2] & 3) != 1) {
            break block30
           }
           $5 = $85($0_1);
           block31 : {
            if ($5 >>> 0 >= 256) {
             $20($0_1);
             break block31;
            }
            $2 = HEAP32[$0_1 + 12 >> 2];
            $1 = HEAP32[$0_1 + 8 >> 2];
            if (($2 | 0) != ($1 | 0)) {
             HEAP32[$1 + 12 >> 2] = $2;
             HEAP32[$2 + 8 >> 2] = $1;
             break block31;
            }
            (wasm2js_i32$0 = 1050188, wasm2js_i32$1 = HEAP32[262547] & __wasm_rotl_i32($5 >>> 3 | 0)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
           }
           $4 = $4 + $5 | 0;
           $0_1 = $0_1 + $5 | 0;
           break block30;
          }
          HEAP32[262650] = $7;
          $0_1 = $4 + HEAP32[262648] | 0;
          HEAP32[262648] = $0_1;
          HEAP32[$7 + 4 >> 2] = $0_1 | 1;
          $3 = $94($6_1);
          break block;
         }
         $1 = $0_1 - $4 | 0;
         HEAP32[262648] = $1;
         $2 = HEAP32[262650];
         $0_1 = $4 + $2 | 0;
         HEAP32[262650] = $0_1;
         HEAP32[$0_1 + 4 >> 2] = $1 | 1;
         $78($2, $4);
         $3 = $94($2);
         break block;
        }
        HEAP32[262658] = $8;
        break block22;
       }
       HEAP32[$0_1 + 4 >> 2] = $10 + HEAP32[$0_1 + 4 >> 2];
       $1 = $10 + HEAP32[262648] | 0;
       $0_1 = HEAP32[262650];
       $5 = $0_1;
       $0_1 = $94($0_1);
       $2 = $64($0_1, 8) - $0_1 | 0;
       $0_1 = $5 + $2 | 0;
       $1 = $1 - $2 | 0;
       HEAP32[262648] = $1;
       HEAP32[262650] = $0_1;
       HEAP32[$0_1 + 4 >> 2] = $1 | 1;
       $2 = $64(8, 8);
       $3 = $64(20, 8);
       (wasm2js_i32$0 = $0_1 + $1 | 0, wasm2js_i32$1 = $64(16, 8) + (($2 - 8 | 0) + $3 | 0) | 0), HEAP32[wasm2js_i32$0 + 4 >> 2] = wasm2js_i32$1;
       HEAP32[262657] = 2097152;
       break block27;
      }
      HEAP32[262649] = $7;
      $0_1 = $4 + HEAP32[262647] | 0;
      HEAP32[262647] = $0_1;
      $61($7, $0_1);
      $3 = $94($6_1);
      break block;
     }
     $57($7, $4, $0_1);
     if ($4 >>> 0 >= 256) {
      $19($7, $4);
      $3 = $94($6_1);
      break block;
     }
     $0_1 = $4 >>> 3 | 0;
     $2 = ($0_1 << 3) + 1050196 | 0;
     $1 = HEAP32[262547];
     $0_1 = 1 << $0_1;
     if ($1 & $0_1) {
      $0_1 = HEAP32[$2 + 8 >> 2]
     } else {
      HEAP32[262547] = $0_1 | $1;
      $0_1 = $2;
     }
     HEAP32[$2 + 8 >> 2] = $7;
     HEAP32[$0_1 + 12 >> 2] = $7;
     HEAP32[$7 + 12 >> 2] = $2;
     HEAP32[$7 + 8 >> 2] = $0_1;
     $3 = $94($6_1);
     break block;
    }
    HEAP32[262659] = 4095;
    HEAP32[262656] = $13_1;
    HEAP32[262654] = $10;
    HEAP32[262653] = $8;
    HEAP32[262552] = 1050196;
    HEAP32[262554] = 1050204;
    HEAP32[262551] = 1050196;
    HEAP32[262556] = 1050212;
    HEAP32[262553] = 1050204;
    HEAP32[262558] = 1050220;
    HEAP32[262555] = 1050212;
    HEAP32[262560] = 1050228;
    HEAP32[262557] = 1050220;
    HEAP32[262562] = 1050236;
    HEAP32[262559] = 1050228;
    HEAP32[262564] = 1050244;
    HEAP32[262561] = 1050236;
    HEAP32[262566] = 1050252;
    HEAP32[262563] = 1050244;
    HEAP32[262568] = 1050260;
    HEAP32[262565] = 1050252;
    HEAP32[262567] = 1050260;
    HEAP32[262570] = 1050268;
    HEAP32[262569] = 1050268;
    HEAP32[262572] = 1050276;
    HEAP32[262571] = 1050276;
    HEAP32[262574] = 1050284;
    HEAP32[262573] = 1050284;
    HEAP32[262576] = 1050292;
    HEAP32[262575] = 1050292;
    HEAP32[262578] = 1050300;
    HEAP32[262577] = 1050300;
    HEAP32[262580] = 1050308;
    HEAP32[262579] = 1050308;
    HEAP32[262582] = 1050316;
    HEAP32[262581] = 1050316;
    HEAP32[262584] = 1050324;
    HEAP32[262586] = 1050332;
    HEAP32[262583] = 1050324;
    HEAP32[262588] = 1050340;
    HEAP32[262585] = 1050332;
    HEAP32[262590] = 1050348;
    HEAP32[262587] = 1050340;
    HEAP32[262592] = 1050356;
    HEAP32[262589] = 1050348;
    HEAP32[262594] = 1050364;
    HEAP32[262591] = 1050356;
    HEAP32[262596] = 1050372;
    HEAP32[262593] = 1050364;
    HEAP32[262598] = 1050380;
    HEAP32[262595] = 1050372;
    HEAP32[262600] = 1050388;
    HEAP32[262597] = 1050380;
    HEAP32[262602] = 1050396;
    HEAP32[262599] = 1050388;
    HEAP32[262604] = 1050404;
    HEAP32[262601] = 1050396;
    HEAP32[262606] = 1050412;
    HEAP32[262603] = 1050404;
    HEAP32[262608] = 1050420;
    HEAP32[262605] = 1050412;
    HEAP32[262610] = 1050428;
    HEAP32[262607] = 1050420;
    HEAP32[262612] = 1050436;
    HEAP32[262609] = 1050428;
    HEAP32[262614] = 1050444;
    HEAP32[262611] = 1050436;
    HEAP32[262613] = 1050444;
    $5 = $64(8, 8);
    $2 = $64(20, 8);
    $1 = $64(16, 8);
    $0_1 = $94($8);
    $0_1 = $64($0_1, 8) - $0_1 | 0;
    $3 = $0_1 + $8 | 0;
    HEAP32[262650] = $3;
    $5 = $10 + 8 - ($0_1 + (($2 + $5 | 0) + $1 | 0)) | 0;
    HEAP32[262648] = $5;
    HEAP32[$3 + 4 >> 2] = $5 | 1;
    $2 = $64(8, 8);
    $1 = $64(20, 8);
    (wasm2js_i32$0 = $3 + $5 | 0, wasm2js_i32$1 = $64(16, 8) + (($2 - 8 | 0) + $1 | 0) | 0), HEAP32[wasm2js_i32$0 + 4 >> 2] = wasm2js_i32$1;
    HEAP32[262657] = 2097152;
   }
   $3 = 0;
   $0_1 = HEAP32[262648];
   if ($4 >>> 0 >= $0_1 >>> 0) {
    break block
   }
   $1 = $0_1 - $4 | 0;
   HEAP32[262648] = $1;
   $2 = HEAP32[262650];
   $0_1 = $4 + $2 | 0;
   HEAP32[262650] = $0_1;
   HEAP32[$0_1 + 4 >> 2] = $1 | 1;
   $78($2, $4);
   $3 = $94($2);
  }
  global$0 = $11_1 + 16 | 0;
  return $3;
 }
 
 function $6($0_1) {
  var $1 = 0, $2 = 0, $3 = 0, $4 = 0, $5 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $0_1 = $95($0_1);
  $2 = $85($0_1);
  $1 = $0_1 + $2 | 0;
  block10 : {
   block2 : {
    block : {
     if ($86($0_1)) {
      break block
     }
     $3 = HEAP32[$0_1 >> 2];
     block1 : {
      if (!$77($0_1)) {
       $2 = $2 + $3 | 0;
       $0_1 = $0_1 - $3 | 0;
       if (($0_1 | 0) != HEAP32[262649]) {
        break block1
       }
       if ((HEAP32[$1 + 4 >> 2] & 3) != 3) {
        break block
       }
       HEAP32[262647] = $2;
       $57($0_1, $2, $1);
       return;
      }
      break block2;
     }
     if ($3 >>> 0 >= 256) {
      $20($0_1);
      break block;
     }
     $4 = HEAP32[$0_1 + 12 >> 2];
     $5 = HEAP32[$0_1 + 8 >> 2];
     if (($4 | 0) != ($5 | 0)) {
      HEAP32[$5 + 12 >> 2] = $4;
      HEAP32[$4 + 8 >> 2] = $5;
      break block;
     }
     (wasm2js_i32$0 = 1050188, wasm2js_i32$1 = HEAP32[262547] & __wasm_rotl_i32($3 >>> 3 | 0)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    }
    block3 : {
     if ($74($1)) {
      $57($0_1, $2, $1);
      break block3;
     }
     block6 : {
      block5 : {
       block4 : {
        if (($1 | 0) != HEAP32[262650]) {
         if (HEAP32[262649] != ($1 | 0)) {
          break block4
         }
         HEAP32[262649] = $0_1;
         $1 = $2 + HEAP32[262647] | 0;
         HEAP32[262647] = $1;
         $61($0_1, $1);
         return;
        }
        HEAP32[262650] = $0_1;
        $1 = $2 + HEAP32[262648] | 0;
        HEAP32[262648] = $1;
        HEAP32[$0_1 + 4 >> 2] = $1 | 1;
        if (HEAP32[262649] == ($0_1 | 0)) {
         break block5
        }
        break block6;
       }
       $3 = $85($1);
       $2 = $2 + $3 | 0;
       block7 : {
        if ($3 >>> 0 >= 256) {
         $20($1);
         break block7;
        }
        $4 = HEAP32[$1 + 12 >> 2];
        $1 = HEAP32[$1 + 8 >> 2];
        if (($4 | 0) != ($1 | 0)) {
         HEAP32[$1 + 12 >> 2] = $4;
         HEAP32[$4 + 8 >> 2] = $1;
         break block7;
        }
        (wasm2js_i32$0 = 1050188, wasm2js_i32$1 = HEAP32[262547] & __wasm_rotl_i32($3 >>> 3 | 0)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
       }
       $61($0_1, $2);
       if (HEAP32[262649] != ($0_1 | 0)) {
        break block3
       }
       HEAP32[262647] = $2;
       break block2;
      }
      HEAP32[262647] = 0;
      HEAP32[262649] = 0;
     }
     if ($1 >>> 0 <= HEAPU32[262657]) {
      break block2
     }
     $0_1 = (-65536 - (($64(8, 8) + $64(20, 8) | 0) + $64(16, 8) | 0) & -9) - 3 | 0;
     $1 = 0 - ($64(16, 8) << 2) | 0;
     if (!($0_1 >>> 0 < $1 >>> 0 ? $0_1 : $1)) {
      break block2
     }
     if (!HEAP32[262650]) {
      break block2
     }
     $0_1 = $64(8, 8);
     $1 = $64(20, 8);
     $2 = $64(16, 8);
     block8 : {
      if (HEAPU32[262648] <= (($0_1 - 8 | 0) + $1 | 0) + $2 >>> 0) {
       break block8
      }
      $1 = HEAP32[262650];
      $0_1 = 1050612;
      block9 : {
       while (1) {
        if ($1 >>> 0 >= HEAPU32[$0_1 >> 2]) {
         if ($79($0_1) >>> 0 > $1 >>> 0) {
          break block9
         }
        }
        $0_1 = HEAP32[$0_1 + 8 >> 2];
        if ($0_1) {
         continue
        }
        break;
       };
       $0_1 = 0;
      }
      if ($87($0_1)) {
       break block8
      }
     }
     if ($21()) {
      break block2
     }
     if (HEAPU32[262648] <= HEAPU32[262657]) {
      break block2
     }
     HEAP32[262657] = -1;
     return;
    }
    if ($2 >>> 0 < 256) {
     break block10
    }
    $19($0_1, $2);
    $0_1 = HEAP32[262659] - 1 | 0;
    HEAP32[262659] = $0_1;
    if ($0_1) {
     break block2
    }
    $21();
    return;
   }
   return;
  }
  $3 = $2 >>> 3 | 0;
  $1 = ($3 << 3) + 1050196 | 0;
  $2 = HEAP32[262547];
  $3 = 1 << $3;
  if ($2 & $3) {
   $3 = HEAP32[$1 + 8 >> 2]
  } else {
   HEAP32[262547] = $2 | $3;
   $3 = $1;
  }
  HEAP32[$1 + 8 >> 2] = $0_1;
  HEAP32[$3 + 12 >> 2] = $0_1;
  HEAP32[$0_1 + 12 >> 2] = $1;
  HEAP32[$0_1 + 8 >> 2] = $3;
 }
 
 function $9($0_1, $1) {
  var $2 = 0, $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  block8 : {
   block : {
    $4 = (-65536 - (($64(8, 8) + $64(20, 8) | 0) + $64(16, 8) | 0) & -9) - 3 | 0;
    $3 = 0 - ($64(16, 8) << 2) | 0;
    if ($1 >>> 0 >= ($3 >>> 0 > $4 >>> 0 ? $4 : $3) >>> 0) {
     break block
    }
    $3 = $64($1 >>> 0 < $64(16, 8) - 5 >>> 0 ? 16 : $1 + 4 | 0, 8);
    $4 = $95($0_1);
    $5 = $85($4);
    $2 = $4 + $5 | 0;
    block4 : {
     block7 : {
      block6 : {
       block5 : {
        block3 : {
         block2 : {
          block1 : {
           if (!$77($4)) {
            if ($3 >>> 0 <= $5 >>> 0) {
             break block1
            }
            if (HEAP32[262650] == ($2 | 0)) {
             break block2
            }
            if (HEAP32[262649] == ($2 | 0)) {
             break block3
            }
            if ($74($2)) {
             break block4
            }
            $6_1 = $85($2);
            $7 = $5 + $6_1 | 0;
            if ($3 >>> 0 > $7 >>> 0) {
             break block4
            }
            $5 = $7 - $3 | 0;
            if ($6_1 >>> 0 < 256) {
             break block5
            }
            $20($2);
            break block6;
           }
           $2 = $85($4);
           if ($3 >>> 0 < 256) {
            break block4
           }
           if ($2 - $3 >>> 0 < 131073 & $3 + 4 >>> 0 <= $2 >>> 0) {
            break block7
           }
           $64($3 + 31 | 0, 65536);
           break block4;
          }
          $2 = $5 - $3 | 0;
          if ($64(16, 8) >>> 0 > $2 >>> 0) {
           break block7
          }
          $54($4, $3);
          $5 = $3 + $4 | 0;
          $54($5, $2);
          $12($5, $2);
          break block7;
         }
         $5 = $5 + HEAP32[262648] | 0;
         if ($3 >>> 0 >= $5 >>> 0) {
          break block4
         }
         $54($4, $3);
         $2 = $3 + $4 | 0;
         $3 = $5 - $3 | 0;
         HEAP32[$2 + 4 >> 2] = $3 | 1;
         HEAP32[262648] = $3;
         HEAP32[262650] = $2;
         break block7;
        }
        $5 = $5 + HEAP32[262647] | 0;
        if ($3 >>> 0 > $5 >>> 0) {
         break block4
        }
        $2 = $5 - $3 | 0;
        block9 : {
         if ($64(16, 8) >>> 0 > $2 >>> 0) {
          $54($4, $5);
          $2 = 0;
          $5 = 0;
          break block9;
         }
         $5 = $3 + $4 | 0;
         $6_1 = $2 + $5 | 0;
         $54($4, $3);
         $61($5, $2);
         HEAP32[$6_1 + 4 >> 2] = HEAP32[$6_1 + 4 >> 2] & -2;
        }
        HEAP32[262649] = $5;
        HEAP32[262647] = $2;
        break block7;
       }
       $8 = HEAP32[$2 + 12 >> 2];
       $2 = HEAP32[$2 + 8 >> 2];
       if (($8 | 0) != ($2 | 0)) {
        HEAP32[$2 + 12 >> 2] = $8;
        HEAP32[$8 + 8 >> 2] = $2;
        break block6;
       }
       (wasm2js_i32$0 = 1050188, wasm2js_i32$1 = HEAP32[262547] & __wasm_rotl_i32($6_1 >>> 3 | 0)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
      }
      if ($64(16, 8) >>> 0 <= $5 >>> 0) {
       $54($4, $3);
       $2 = $3 + $4 | 0;
       $54($2, $5);
       $12($2, $5);
       break block7;
      }
      $54($4, $7);
     }
     if ($4) {
      break block8
     }
    }
    $3 = $0($1);
    if (!$3) {
     break block
    }
    $4 = $85($4) + ($77($4) ? -8 : -4) | 0;
    $1 = $16($3, $0_1, $1 >>> 0 < $4 >>> 0 ? $1 : $4);
    $6($0_1);
    return $1;
   }
   return 0;
  }
  $77($4);
  return $94($4);
 }
 
 function $11($0_1, $1, $2) {
  var $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0, $9_1 = 0, $10 = 0, $11_1 = 0, $12_1 = 0;
  $3 = global$0 - 48 | 0;
  global$0 = $3;
  HEAP32[$3 + 36 >> 2] = $1;
  HEAP8[$3 + 40 | 0] = 3;
  HEAP32[$3 + 8 >> 2] = 0;
  HEAP32[$3 + 12 >> 2] = 32;
  HEAP32[$3 + 32 >> 2] = $0_1;
  HEAP32[$3 + 24 >> 2] = 0;
  HEAP32[$3 + 16 >> 2] = 0;
  $9_1 = HEAP32[$2 + 8 >> 2];
  block8 : {
   block1 : {
    block : {
     if (!$9_1) {
      $4 = HEAP32[$2 + 20 >> 2];
      if (!$4) {
       break block
      }
      $1 = HEAP32[$2 >> 2];
      $0_1 = HEAP32[$2 + 16 >> 2];
      $7 = ($4 - 1 & 536870911) + 1 | 0;
      $4 = $7;
      while (1) {
       $5 = HEAP32[$1 + 4 >> 2];
       if ($5) {
        if (FUNCTION_TABLE[HEAP32[HEAP32[$3 + 36 >> 2] + 12 >> 2]](HEAP32[$3 + 32 >> 2], HEAP32[$1 >> 2], $5) | 0) {
         break block1
        }
       }
       if (FUNCTION_TABLE[HEAP32[$0_1 + 4 >> 2]](HEAP32[$0_1 >> 2], $3 + 8 | 0) | 0) {
        break block1
       }
       $0_1 = $0_1 + 8 | 0;
       $1 = $1 + 8 | 0;
       $4 = $4 - 1 | 0;
       if ($4) {
        continue
       }
       break;
      };
      break block;
     }
     $0_1 = HEAP32[$2 + 12 >> 2];
     if (!$0_1) {
      break block
     }
     $12_1 = $0_1 << 5;
     $7 = ($0_1 - 1 & 134217727) + 1 | 0;
     $1 = HEAP32[$2 >> 2];
     while (1) {
      $0_1 = HEAP32[$1 + 4 >> 2];
      if ($0_1) {
       if (FUNCTION_TABLE[HEAP32[HEAP32[$3 + 36 >> 2] + 12 >> 2]](HEAP32[$3 + 32 >> 2], HEAP32[$1 >> 2], $0_1) | 0) {
        break block1
       }
      }
      $5 = $4 + $9_1 | 0;
      HEAP8[$3 + 40 | 0] = HEAPU8[$5 + 28 | 0];
      $0_1 = $5 + 4 | 0;
      i64toi32_i32$HIGH_BITS = HEAP32[$0_1 >> 2];
      HEAP32[$3 + 8 >> 2] = HEAP32[$0_1 + 4 >> 2];
      HEAP32[$3 + 12 >> 2] = i64toi32_i32$HIGH_BITS;
      $6_1 = HEAP32[$5 + 24 >> 2];
      $8 = HEAP32[$2 + 16 >> 2];
      $10 = 0;
      $0_1 = 0;
      block3 : {
       block4 : {
        switch (HEAP32[$5 + 20 >> 2] - 1 | 0) {
        case 0:
         $11_1 = $8 + ($6_1 << 3) | 0;
         if (HEAP32[$11_1 + 4 >> 2] != 26) {
          break block3
         }
         $6_1 = HEAP32[HEAP32[$11_1 >> 2] >> 2];
         break;
        case 1:
         break block3;
        default:
         break block4;
        };
       }
       $0_1 = 1;
      }
      HEAP32[$3 + 20 >> 2] = $6_1;
      HEAP32[$3 + 16 >> 2] = $0_1;
      $0_1 = HEAP32[$5 + 16 >> 2];
      block6 : {
       block7 : {
        switch (HEAP32[$5 + 12 >> 2] - 1 | 0) {
        case 0:
         $6_1 = $8 + ($0_1 << 3) | 0;
         if (HEAP32[$6_1 + 4 >> 2] != 26) {
          break block6
         }
         $0_1 = HEAP32[HEAP32[$6_1 >> 2] >> 2];
         break;
        case 1:
         break block6;
        default:
         break block7;
        };
       }
       $10 = 1;
      }
      HEAP32[$3 + 28 >> 2] = $0_1;
      HEAP32[$3 + 24 >> 2] = $10;
      $0_1 = (HEAP32[$5 >> 2] << 3) + $8 | 0;
      if (FUNCTION_TABLE[HEAP32[$0_1 + 4 >> 2]](HEAP32[$0_1 >> 2], $3 + 8 | 0) | 0) {
       break block1
      }
      $1 = $1 + 8 | 0;
      $4 = $4 + 32 | 0;
      if (($4 | 0) != ($12_1 | 0)) {
       continue
      }
      break;
     };
    }
    $0_1 = 0;
    $1 = HEAPU32[$2 + 4 >> 2] > $7 >>> 0;
    if (!$1) {
     break block8
    }
    $1 = $1 ? HEAP32[$2 >> 2] + ($7 << 3) | 0 : 0;
    if (!(FUNCTION_TABLE[HEAP32[HEAP32[$3 + 36 >> 2] + 12 >> 2]](HEAP32[$3 + 32 >> 2], HEAP32[$1 >> 2], HEAP32[$1 + 4 >> 2]) | 0)) {
     break block8
    }
   }
   $0_1 = 1;
  }
  global$0 = $3 + 48 | 0;
  return $0_1;
 }
 
 function $12($0_1, $1) {
  var $2 = 0, $3 = 0, $4 = 0, $5 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $2 = $0_1 + $1 | 0;
  block3 : {
   block2 : {
    block : {
     if ($86($0_1)) {
      break block
     }
     $3 = HEAP32[$0_1 >> 2];
     block1 : {
      if (!$77($0_1)) {
       $1 = $1 + $3 | 0;
       $0_1 = $0_1 - $3 | 0;
       if (($0_1 | 0) != HEAP32[262649]) {
        break block1
       }
       if ((HEAP32[$2 + 4 >> 2] & 3) != 3) {
        break block
       }
       HEAP32[262647] = $1;
       $57($0_1, $1, $2);
       return;
      }
      break block2;
     }
     if ($3 >>> 0 >= 256) {
      $20($0_1);
      break block;
     }
     $4 = HEAP32[$0_1 + 12 >> 2];
     $5 = HEAP32[$0_1 + 8 >> 2];
     if (($4 | 0) != ($5 | 0)) {
      HEAP32[$5 + 12 >> 2] = $4;
      HEAP32[$4 + 8 >> 2] = $5;
      break block;
     }
     (wasm2js_i32$0 = 1050188, wasm2js_i32$1 = HEAP32[262547] & __wasm_rotl_i32($3 >>> 3 | 0)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    }
    if ($74($2)) {
     $57($0_1, $1, $2);
     break block3;
    }
    block4 : {
     if (($2 | 0) != HEAP32[262650]) {
      if (HEAP32[262649] != ($2 | 0)) {
       break block4
      }
      HEAP32[262649] = $0_1;
      $1 = $1 + HEAP32[262647] | 0;
      HEAP32[262647] = $1;
      $61($0_1, $1);
      return;
     }
     HEAP32[262650] = $0_1;
     $1 = $1 + HEAP32[262648] | 0;
     HEAP32[262648] = $1;
     HEAP32[$0_1 + 4 >> 2] = $1 | 1;
     if (HEAP32[262649] != ($0_1 | 0)) {
      break block2
     }
     HEAP32[262647] = 0;
     HEAP32[262649] = 0;
     return;
    }
    $3 = $85($2);
    $1 = $1 + $3 | 0;
    block5 : {
     if ($3 >>> 0 >= 256) {
      $20($2);
      break block5;
     }
     $4 = HEAP32[$2 + 12 >> 2];
     $2 = HEAP32[$2 + 8 >> 2];
     if (($4 | 0) != ($2 | 0)) {
      HEAP32[$2 + 12 >> 2] = $4;
      HEAP32[$4 + 8 >> 2] = $2;
      break block5;
     }
     (wasm2js_i32$0 = 1050188, wasm2js_i32$1 = HEAP32[262547] & __wasm_rotl_i32($3 >>> 3 | 0)), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    }
    $61($0_1, $1);
    if (HEAP32[262649] != ($0_1 | 0)) {
     break block3
    }
    HEAP32[262647] = $1;
   }
   return;
  }
  if ($1 >>> 0 >= 256) {
   $19($0_1, $1);
   return;
  }
  $2 = $1 >>> 3 | 0;
  $1 = ($2 << 3) + 1050196 | 0;
  $3 = HEAP32[262547];
  $2 = 1 << $2;
  if ($3 & $2) {
   $2 = HEAP32[$1 + 8 >> 2]
  } else {
   HEAP32[262547] = $2 | $3;
   $2 = $1;
  }
  HEAP32[$1 + 8 >> 2] = $0_1;
  HEAP32[$2 + 12 >> 2] = $0_1;
  HEAP32[$0_1 + 12 >> 2] = $1;
  HEAP32[$0_1 + 8 >> 2] = $2;
 }
 
 function $13($0_1, $1) {
  var $2 = 0, $3 = 0, $4 = 0;
  block4 : {
   block2 : {
    block1 : {
     block : {
      if ($1 >>> 0 >= 9) {
       if ($64(16, 8) >>> 0 > $1 >>> 0) {
        break block
       }
       break block1;
      }
      $4 = $0($0_1);
      break block2;
     }
     $1 = $64(16, 8);
    }
    $3 = (-65536 - (($64(8, 8) + $64(20, 8) | 0) + $64(16, 8) | 0) & -9) - 3 | 0;
    $2 = 0 - ($64(16, 8) << 2) | 0;
    if ($0_1 >>> 0 >= ($2 >>> 0 > $3 >>> 0 ? $3 : $2) - $1 >>> 0) {
     break block2
    }
    $3 = $64($0_1 >>> 0 < $64(16, 8) - 5 >>> 0 ? 16 : $0_1 + 4 | 0, 8);
    $2 = $0((($3 + $1 | 0) + $64(16, 8) | 0) - 4 | 0);
    if (!$2) {
     break block2
    }
    $0_1 = $95($2);
    $4 = $1 - 1 | 0;
    block3 : {
     if (!($2 & $4)) {
      $1 = $0_1;
      break block3;
     }
     $2 = $95($2 + $4 & 0 - $1);
     $1 = $2 + ($64(16, 8) >>> 0 >= $2 - $0_1 >>> 0 ? $1 : 0) | 0;
     $2 = $1 - $0_1 | 0;
     $4 = $85($0_1) - $2 | 0;
     if (!$77($0_1)) {
      $54($1, $4);
      $54($0_1, $2);
      $12($0_1, $2);
      break block3;
     }
     $0_1 = HEAP32[$0_1 >> 2];
     HEAP32[$1 + 4 >> 2] = $4;
     HEAP32[$1 >> 2] = $0_1 + $2;
    }
    if ($77($1)) {
     break block4
    }
    $2 = $85($1);
    if ($2 >>> 0 <= $64(16, 8) + $3 >>> 0) {
     break block4
    }
    $54($1, $3);
    $0_1 = $1 + $3 | 0;
    $3 = $2 - $3 | 0;
    $54($0_1, $3);
    $12($0_1, $3);
    break block4;
   }
   return $4;
  }
  $0_1 = $94($1);
  $77($1);
  return $0_1;
 }
 
 function $14($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0;
  $2 = global$0 - 16 | 0;
  global$0 = $2;
  block3 : {
   block2 : {
    block1 : {
     block : {
      if ($1 >>> 0 >= 128) {
       HEAP32[$2 + 12 >> 2] = 0;
       if ($1 >>> 0 < 2048) {
        break block
       }
       if ($1 >>> 0 >= 65536) {
        break block1
       }
       HEAP8[$2 + 14 | 0] = $1 & 63 | 128;
       HEAP8[$2 + 12 | 0] = $1 >>> 12 | 224;
       HEAP8[$2 + 13 | 0] = $1 >>> 6 & 63 | 128;
       $1 = 3;
       break block2;
      }
      $3 = HEAP32[$0_1 + 8 >> 2];
      if (($3 | 0) == HEAP32[$0_1 + 4 >> 2]) {
       $26($0_1, $3);
       $3 = HEAP32[$0_1 + 8 >> 2];
      }
      HEAP32[$0_1 + 8 >> 2] = $3 + 1;
      HEAP8[$3 + HEAP32[$0_1 >> 2] | 0] = $1;
      break block3;
     }
     HEAP8[$2 + 13 | 0] = $1 & 63 | 128;
     HEAP8[$2 + 12 | 0] = $1 >>> 6 | 192;
     $1 = 2;
     break block2;
    }
    HEAP8[$2 + 15 | 0] = $1 & 63 | 128;
    HEAP8[$2 + 12 | 0] = $1 >>> 18 | 240;
    HEAP8[$2 + 14 | 0] = $1 >>> 6 & 63 | 128;
    HEAP8[$2 + 13 | 0] = $1 >>> 12 & 63 | 128;
    $1 = 4;
   }
   $4 = $0_1 + 8 | 0;
   $3 = HEAP32[$4 >> 2];
   if ($1 >>> 0 > HEAP32[$0_1 + 4 >> 2] - $3 >>> 0) {
    $25($0_1, $3, $1);
    $3 = HEAP32[$4 >> 2];
   }
   $16($3 + HEAP32[$0_1 >> 2] | 0, $2 + 12 | 0, $1);
   HEAP32[$4 >> 2] = $1 + $3;
  }
  global$0 = $2 + 16 | 0;
  return 0;
 }
 
 function $16($0_1, $1, $2) {
  var $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0, $9_1 = 0, $10 = 0;
  block : {
   if ($2 >>> 0 <= 15) {
    $3 = $0_1;
    break block;
   }
   $4 = 0 - $0_1 & 3;
   $5 = $4 + $0_1 | 0;
   if ($4) {
    $3 = $0_1;
    $6_1 = $1;
    while (1) {
     HEAP8[$3 | 0] = HEAPU8[$6_1 | 0];
     $6_1 = $6_1 + 1 | 0;
     $3 = $3 + 1 | 0;
     if ($5 >>> 0 > $3 >>> 0) {
      continue
     }
     break;
    };
   }
   $8 = $2 - $4 | 0;
   $7 = $8 & -4;
   $3 = $7 + $5 | 0;
   $4 = $1 + $4 | 0;
   block1 : {
    if ($4 & 3) {
     if (($7 | 0) <= 0) {
      break block1
     }
     $2 = $4 << 3;
     $9_1 = $2 & 24;
     $6_1 = $4 & -4;
     $1 = $6_1 + 4 | 0;
     $2 = 0 - $2 & 24;
     $6_1 = HEAP32[$6_1 >> 2];
     while (1) {
      $10 = $6_1 >>> $9_1 | 0;
      $6_1 = HEAP32[$1 >> 2];
      HEAP32[$5 >> 2] = $10 | $6_1 << $2;
      $1 = $1 + 4 | 0;
      $5 = $5 + 4 | 0;
      if ($3 >>> 0 > $5 >>> 0) {
       continue
      }
      break;
     };
     break block1;
    }
    if (($7 | 0) <= 0) {
     break block1
    }
    $1 = $4;
    while (1) {
     HEAP32[$5 >> 2] = HEAP32[$1 >> 2];
     $1 = $1 + 4 | 0;
     $5 = $5 + 4 | 0;
     if ($3 >>> 0 > $5 >>> 0) {
      continue
     }
     break;
    };
   }
   $2 = $8 & 3;
   $1 = $4 + $7 | 0;
  }
  if ($2) {
   $2 = $2 + $3 | 0;
   while (1) {
    HEAP8[$3 | 0] = HEAPU8[$1 | 0];
    $1 = $1 + 1 | 0;
    $3 = $3 + 1 | 0;
    if ($2 >>> 0 > $3 >>> 0) {
     continue
    }
    break;
   };
  }
  return $0_1;
 }
 
 function $18($0_1, $1, $2, $3) {
  var $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0;
  $4 = $0_1 + 8 | 0;
  $7 = $2 - $3 | 0;
  HEAP8[HEAP32[$0_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0] = $7 >>> 0 >= 15 ? -16 : $7 << 4;
  HEAP32[$4 >> 2] = HEAP32[$4 >> 2] + 1;
  if ($7 >>> 0 > 14) {
   $4 = $7 - 15 | 0;
   if ($4 >>> 0 >= 1020) {
    $5 = $0_1 + 8 | 0;
    $6_1 = ($4 >>> 0) / 1020 | 0;
    $8 = $6_1 << 2;
    $28(HEAP32[$0_1 + 4 >> 2] + HEAP32[$5 >> 2] | 0, 255, $8);
    HEAP32[$5 >> 2] = $8 + HEAP32[$5 >> 2];
    $4 = $4 - Math_imul($6_1, 1020) | 0;
   }
   $5 = $0_1 + 8 | 0;
   $6_1 = HEAP32[$0_1 + 4 >> 2] + HEAP32[$5 >> 2] | 0;
   HEAP8[$6_1 | 0] = 255;
   HEAP8[$6_1 + 1 | 0] = 255;
   HEAP8[$6_1 + 2 | 0] = 255;
   HEAP8[$6_1 + 3 | 0] = 255;
   $6_1 = (($4 & 65535) >>> 0) / 255 | 0;
   HEAP32[$5 >> 2] = ($6_1 + HEAP32[$5 >> 2] | 0) + 1;
   HEAP8[(HEAP32[$0_1 + 4 >> 2] + HEAP32[$5 >> 2] | 0) - 1 | 0] = $4 + $6_1;
  }
  block1 : {
   block : {
    if ($2 >>> 0 >= $3 >>> 0) {
     $4 = HEAP32[$0_1 + 8 >> 2];
     $2 = $7 + $4 | 0;
     if ($2 >>> 0 < $4 >>> 0) {
      break block
     }
     $5 = HEAP32[$0_1 + 12 >> 2];
     if ($5 >>> 0 < $2 >>> 0) {
      break block1
     }
     $16($4 + HEAP32[$0_1 + 4 >> 2] | 0, $1 + $3 | 0, $7);
     HEAP32[$0_1 + 8 >> 2] = $2;
     return;
    }
    $0_1 = global$0 - 48 | 0;
    global$0 = $0_1;
    HEAP32[$0_1 + 4 >> 2] = $2;
    HEAP32[$0_1 >> 2] = $3;
    HEAP32[$0_1 + 28 >> 2] = 2;
    HEAP32[$0_1 + 44 >> 2] = 25;
    HEAP32[$0_1 + 12 >> 2] = 2;
    HEAP32[$0_1 + 16 >> 2] = 0;
    HEAP32[$0_1 + 8 >> 2] = 1050028;
    HEAP32[$0_1 + 36 >> 2] = 25;
    HEAP32[$0_1 + 24 >> 2] = $0_1 + 32;
    HEAP32[$0_1 + 40 >> 2] = $0_1 + 4;
    HEAP32[$0_1 + 32 >> 2] = $0_1;
    $50($0_1 + 8 | 0, 1048676);
    wasm2js_trap();
   }
   $0_1 = global$0 - 48 | 0;
   global$0 = $0_1;
   HEAP32[$0_1 + 4 >> 2] = $2;
   HEAP32[$0_1 >> 2] = $4;
   HEAP32[$0_1 + 28 >> 2] = 2;
   HEAP32[$0_1 + 44 >> 2] = 25;
   HEAP32[$0_1 + 12 >> 2] = 2;
   HEAP32[$0_1 + 16 >> 2] = 0;
   HEAP32[$0_1 + 8 >> 2] = 1050112;
   HEAP32[$0_1 + 36 >> 2] = 25;
   HEAP32[$0_1 + 24 >> 2] = $0_1 + 32;
   HEAP32[$0_1 + 40 >> 2] = $0_1 + 4;
   HEAP32[$0_1 + 32 >> 2] = $0_1;
   $50($0_1 + 8 | 0, 1048876);
   wasm2js_trap();
  }
  $0_1 = global$0 - 48 | 0;
  global$0 = $0_1;
  HEAP32[$0_1 + 4 >> 2] = $5;
  HEAP32[$0_1 >> 2] = $2;
  HEAP32[$0_1 + 28 >> 2] = 2;
  HEAP32[$0_1 + 44 >> 2] = 25;
  HEAP32[$0_1 + 12 >> 2] = 2;
  HEAP32[$0_1 + 16 >> 2] = 0;
  HEAP32[$0_1 + 8 >> 2] = 1050060;
  HEAP32[$0_1 + 36 >> 2] = 25;
  HEAP32[$0_1 + 24 >> 2] = $0_1 + 32;
  HEAP32[$0_1 + 40 >> 2] = $0_1 + 4;
  HEAP32[$0_1 + 32 >> 2] = $0_1;
  $50($0_1 + 8 | 0, 1048876);
  wasm2js_trap();
 }
 
 function $19($0_1, $1) {
  var $2 = 0, $3 = 0, $4 = 0, $5 = 0;
  HEAP32[$0_1 + 16 >> 2] = 0;
  HEAP32[$0_1 + 20 >> 2] = 0;
  $2 = 0;
  block : {
   if ($1 >>> 0 < 256) {
    break block
   }
   $2 = 31;
   if ($1 >>> 0 > 16777215) {
    break block
   }
   $2 = Math_clz32($1 >>> 8 | 0);
   $2 = (($1 >>> 6 - $2 & 1) - ($2 << 1) | 0) + 62 | 0;
  }
  HEAP32[$0_1 + 28 >> 2] = $2;
  $3 = ($2 << 2) + 1050460 | 0;
  block3 : {
   block4 : {
    block2 : {
     block1 : {
      $4 = HEAP32[262548];
      $5 = 1 << $2;
      if ($4 & $5) {
       $3 = HEAP32[$3 >> 2];
       $2 = $60($2);
       if (($85($3) | 0) != ($1 | 0)) {
        break block1
       }
       $2 = $3;
       break block2;
      }
      HEAP32[262548] = $4 | $5;
      HEAP32[$3 >> 2] = $0_1;
      break block3;
     }
     $4 = $1 << $2;
     while (1) {
      $5 = (($4 >>> 29 & 4) + $3 | 0) + 16 | 0;
      $2 = HEAP32[$5 >> 2];
      if (!$2) {
       break block4
      }
      $4 = $4 << 1;
      $3 = $2;
      if (($85($2) | 0) != ($1 | 0)) {
       continue
      }
      break;
     };
    }
    $1 = HEAP32[$2 + 8 >> 2];
    HEAP32[$1 + 12 >> 2] = $0_1;
    HEAP32[$2 + 8 >> 2] = $0_1;
    HEAP32[$0_1 + 12 >> 2] = $2;
    HEAP32[$0_1 + 8 >> 2] = $1;
    HEAP32[$0_1 + 24 >> 2] = 0;
    return;
   }
   HEAP32[$5 >> 2] = $0_1;
  }
  HEAP32[$0_1 + 24 >> 2] = $3;
  HEAP32[$0_1 + 8 >> 2] = $0_1;
  HEAP32[$0_1 + 12 >> 2] = $0_1;
 }
 
 function $20($0_1) {
  var $1 = 0, $2 = 0, $3 = 0, $4 = 0, $5 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $4 = HEAP32[$0_1 + 24 >> 2];
  block1 : {
   block : {
    if (HEAP32[$0_1 + 12 >> 2] == ($0_1 | 0)) {
     $1 = $0_1 + 20 | 0;
     $3 = HEAP32[$1 >> 2];
     $2 = HEAP32[($3 ? 20 : 16) + $0_1 >> 2];
     if ($2) {
      break block
     }
     $1 = 0;
     break block1;
    }
    $2 = HEAP32[$0_1 + 8 >> 2];
    $1 = HEAP32[$0_1 + 12 >> 2];
    HEAP32[$2 + 12 >> 2] = $1;
    HEAP32[$1 + 8 >> 2] = $2;
    break block1;
   }
   $3 = $3 ? $1 : $0_1 + 16 | 0;
   while (1) {
    $5 = $3;
    $1 = $2;
    $3 = $1 + 20 | 0;
    $2 = HEAP32[$3 >> 2];
    if (!$2) {
     $3 = $1 + 16 | 0;
     $2 = HEAP32[$1 + 16 >> 2];
    }
    if ($2) {
     continue
    }
    break;
   };
   HEAP32[$5 >> 2] = 0;
  }
  block2 : {
   if (!$4) {
    break block2
   }
   block3 : {
    $2 = (HEAP32[$0_1 + 28 >> 2] << 2) + 1050460 | 0;
    if (HEAP32[$2 >> 2] != ($0_1 | 0)) {
     HEAP32[(($0_1 | 0) == HEAP32[$4 + 16 >> 2] ? 16 : 20) + $4 >> 2] = $1;
     if ($1) {
      break block3
     }
     break block2;
    }
    HEAP32[$2 >> 2] = $1;
    if ($1) {
     break block3
    }
    (wasm2js_i32$0 = 1050192, wasm2js_i32$1 = HEAP32[262548] & __wasm_rotl_i32(HEAP32[$0_1 + 28 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    return;
   }
   HEAP32[$1 + 24 >> 2] = $4;
   $2 = HEAP32[$0_1 + 16 >> 2];
   if ($2) {
    HEAP32[$1 + 16 >> 2] = $2;
    HEAP32[$2 + 24 >> 2] = $1;
   }
   $0_1 = HEAP32[$0_1 + 20 >> 2];
   if (!$0_1) {
    break block2
   }
   HEAP32[$1 + 20 >> 2] = $0_1;
   HEAP32[$0_1 + 24 >> 2] = $1;
  }
 }
 
 function $21() {
  var $0_1 = 0, $1 = 0, $2 = 0;
  $0_1 = HEAP32[262655];
  if (!$0_1) {
   HEAP32[262659] = 4095;
   return 0;
  }
  while (1) {
   $1 = $1 + 1 | 0;
   $0_1 = HEAP32[$0_1 + 8 >> 2];
   if ($0_1) {
    continue
   }
   break;
  };
  HEAP32[262659] = $1 >>> 0 <= 4095 ? 4095 : $1;
  return $2;
 }
 
 function $23($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0;
  $2 = global$0 - 48 | 0;
  global$0 = $2;
  $6_1 = $1 + 4 | 0;
  if (!HEAP32[$1 + 4 >> 2]) {
   $5 = HEAP32[$1 >> 2];
   $8 = $2 + 16 | 0;
   HEAP32[$8 >> 2] = 0;
   HEAP32[$2 + 8 >> 2] = 1;
   HEAP32[$2 + 12 >> 2] = 0;
   HEAP32[$2 + 20 >> 2] = $2 + 8;
   $3 = $5 + 16 | 0;
   $7 = HEAP32[$3 >> 2];
   $4 = HEAP32[$3 + 4 >> 2];
   $3 = $2 + 40 | 0;
   HEAP32[$3 >> 2] = $7;
   HEAP32[$3 + 4 >> 2] = $4;
   $3 = $5 + 8 | 0;
   $7 = HEAP32[$3 >> 2];
   $3 = HEAP32[$3 + 4 >> 2];
   $4 = $2 + 32 | 0;
   HEAP32[$4 >> 2] = $7;
   HEAP32[$4 + 4 >> 2] = $3;
   $4 = HEAP32[$5 + 4 >> 2];
   HEAP32[$2 + 24 >> 2] = HEAP32[$5 >> 2];
   HEAP32[$2 + 28 >> 2] = $4;
   $11($2 + 20 | 0, 1049644, $2 + 24 | 0);
   HEAP32[$6_1 + 8 >> 2] = HEAP32[$8 >> 2];
   $3 = HEAP32[$2 + 12 >> 2];
   HEAP32[$6_1 >> 2] = HEAP32[$2 + 8 >> 2];
   HEAP32[$6_1 + 4 >> 2] = $3;
  }
  $5 = $2 + 32 | 0;
  HEAP32[$5 >> 2] = HEAP32[$6_1 + 8 >> 2];
  HEAP32[$1 + 12 >> 2] = 0;
  $3 = HEAP32[$6_1 >> 2];
  $4 = HEAP32[$6_1 + 4 >> 2];
  HEAP32[$1 + 4 >> 2] = 1;
  HEAP32[$1 + 8 >> 2] = 0;
  HEAP32[$2 + 24 >> 2] = $3;
  HEAP32[$2 + 28 >> 2] = $4;
  $1 = $13(12, 4);
  if (!$1) {
   $89(12, 4);
   wasm2js_trap();
  }
  $3 = HEAP32[$2 + 28 >> 2];
  HEAP32[$1 >> 2] = HEAP32[$2 + 24 >> 2];
  HEAP32[$1 + 4 >> 2] = $3;
  HEAP32[$1 + 8 >> 2] = HEAP32[$5 >> 2];
  HEAP32[$0_1 + 4 >> 2] = 1049572;
  HEAP32[$0_1 >> 2] = $1;
  global$0 = $2 + 48 | 0;
 }
 
 function $24($0_1, $1, $2, $3, $4) {
  var $5 = 0, $6_1 = 0, $7 = 0;
  $5 = global$0 - 32 | 0;
  global$0 = $5;
  $6_1 = 1;
  $7 = HEAP32[262546];
  HEAP32[262546] = $7 + 1;
  block : {
   if (HEAPU8[1050640]) {
    $6_1 = HEAP32[262662] + 1 | 0;
    break block;
   }
   HEAP8[1050640] = 1;
  }
  HEAP32[262662] = $6_1;
  block2 : {
   block1 : {
    if (($7 | 0) < 0 | $6_1 >>> 0 > 2) {
     break block1
    }
    HEAP8[$5 + 24 | 0] = $4;
    HEAP32[$5 + 20 >> 2] = $3;
    HEAP32[$5 + 16 >> 2] = $2;
    $2 = HEAP32[262543];
    if (($2 | 0) < 0) {
     break block1
    }
    $2 = $2 + 1 | 0;
    HEAP32[262543] = $2;
    $3 = HEAP32[262545];
    if ($3) {
     $2 = HEAP32[262544];
     FUNCTION_TABLE[HEAP32[$1 + 16 >> 2]]($5, $0_1);
     $7 = HEAP32[$5 + 4 >> 2];
     HEAP32[$5 + 8 >> 2] = HEAP32[$5 >> 2];
     HEAP32[$5 + 12 >> 2] = $7;
     FUNCTION_TABLE[HEAP32[$3 + 20 >> 2]]($2, $5 + 8 | 0);
     $2 = HEAP32[262543];
    }
    HEAP32[262543] = $2 - 1;
    if ($6_1 >>> 0 > 1) {
     break block1
    }
    if ($4) {
     break block2
    }
   }
   wasm2js_trap();
  }
  $2 = global$0 - 16 | 0;
  global$0 = $2;
  HEAP32[$2 + 12 >> 2] = $1;
  HEAP32[$2 + 8 >> 2] = $0_1;
  wasm2js_trap();
 }
 
 function $25($0_1, $1, $2) {
  var $3 = 0, $4 = 0;
  $3 = global$0 - 32 | 0;
  global$0 = $3;
  block : {
   $2 = $1 + $2 | 0;
   if ($1 >>> 0 > $2 >>> 0) {
    break block
   }
   $1 = HEAP32[$0_1 + 4 >> 2];
   $4 = $1 << 1;
   $2 = $2 >>> 0 < $4 >>> 0 ? $4 : $2;
   $2 = $2 >>> 0 <= 8 ? 8 : $2;
   block1 : {
    if ($1) {
     HEAP32[$3 + 24 >> 2] = 1;
     HEAP32[$3 + 20 >> 2] = $1;
     HEAP32[$3 + 16 >> 2] = HEAP32[$0_1 >> 2];
     break block1;
    }
    HEAP32[$3 + 16 >> 2] = 0;
   }
   $30($3, $2, $3 + 16 | 0);
   if (HEAP32[$3 >> 2]) {
    $0_1 = HEAP32[$3 + 8 >> 2];
    if (!$0_1) {
     break block
    }
    $89(HEAP32[$3 + 4 >> 2], $0_1);
    wasm2js_trap();
   }
   $1 = HEAP32[$3 + 4 >> 2];
   HEAP32[$0_1 + 4 >> 2] = $2;
   HEAP32[$0_1 >> 2] = $1;
   global$0 = $3 + 32 | 0;
   return;
  }
  $49();
  wasm2js_trap();
 }
 
 function $26($0_1, $1) {
  var $2 = 0, $3 = 0, $4 = 0;
  $2 = global$0 - 32 | 0;
  global$0 = $2;
  block : {
   $3 = $1 + 1 | 0;
   if ($1 >>> 0 > $3 >>> 0) {
    break block
   }
   $1 = HEAP32[$0_1 + 4 >> 2];
   $4 = $1 << 1;
   $3 = $3 >>> 0 < $4 >>> 0 ? $4 : $3;
   $3 = $3 >>> 0 <= 8 ? 8 : $3;
   block1 : {
    if ($1) {
     HEAP32[$2 + 24 >> 2] = 1;
     HEAP32[$2 + 20 >> 2] = $1;
     HEAP32[$2 + 16 >> 2] = HEAP32[$0_1 >> 2];
     break block1;
    }
    HEAP32[$2 + 16 >> 2] = 0;
   }
   $30($2, $3, $2 + 16 | 0);
   if (HEAP32[$2 >> 2]) {
    $0_1 = HEAP32[$2 + 8 >> 2];
    if (!$0_1) {
     break block
    }
    $89(HEAP32[$2 + 4 >> 2], $0_1);
    wasm2js_trap();
   }
   $1 = HEAP32[$2 + 4 >> 2];
   HEAP32[$0_1 + 4 >> 2] = $3;
   HEAP32[$0_1 >> 2] = $1;
   global$0 = $2 + 32 | 0;
   return;
  }
  $49();
  wasm2js_trap();
 }
 
 function $27($0_1, $1, $2) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  $2 = $2 | 0;
  var $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0, $9_1 = 0, $10 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15 = 0, $16_1 = 0, $17 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0;
  $14_1 = global$0 - 16 | 0;
  global$0 = $14_1;
  $5 = $1;
  $8 = global$0 - 80 | 0;
  global$0 = $8;
  $15 = 4;
  __inlined_func$1$78 : {
   block19 : {
    block15 : {
     block : {
      $3 = $2;
      if ($3 >>> 0 < 4) {
       $11_1 = 3;
       break block;
      }
      block3 : {
       block2 : {
        block1 : {
         $15 = HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24);
         if (($15 | 0) >= 0) {
          if ($15) {
           break block1
          }
          $6_1 = 1;
          break block2;
         }
         $49();
         wasm2js_trap();
        }
        $6_1 = $13($15, 1);
        if (!$6_1) {
         break block3
        }
       }
       HEAP32[$8 + 20 >> 2] = $15;
       HEAP32[$8 + 16 >> 2] = $6_1;
       HEAP32[$8 + 24 >> 2] = 0;
       HEAP32[$8 + 44 >> 2] = $15;
       HEAP32[$8 + 40 >> 2] = 0;
       HEAP32[$8 + 36 >> 2] = $6_1;
       HEAP32[$8 + 32 >> 2] = $8 + 16;
       $17 = HEAP32[($8 + 32 | 0) + 4 >> 2];
       $6_1 = HEAP32[$8 + 44 >> 2];
       $4 = HEAP32[($8 + 32 | 0) + 4 >> 2];
       $13_1 = $3 - 4 | 0;
       block14 : {
        block7 : {
         block4 : {
          if (!$13_1) {
           break block4
          }
          $20_1 = $5 + 4 | 0;
          $3 = $13_1 - 18 | 0;
          $23_1 = $3 >>> 0 <= $13_1 >>> 0 ? $3 : 0;
          $3 = HEAP32[$8 + 44 >> 2];
          $7 = $3 - 34 | 0;
          $24_1 = ($3 >>> 0 >= $7 >>> 0 ? $7 : 0) + $17 | 0;
          $21_1 = $6_1 + $17 | 0;
          $25_1 = $5 + 6 | 0;
          $26_1 = $5 + 5 | 0;
          $22 = HEAP32[$8 + 40 >> 2] + $4 | 0;
          $6_1 = $22;
          while (1) {
           $4 = $12_1 + 1 | 0;
           $5 = HEAPU8[$12_1 + $20_1 | 0];
           $7 = $5 >>> 4 | 0;
           block9 : {
            block16 : {
             block17 : {
              block18 : {
               block13 : {
                block12 : {
                 block8 : {
                  block11 : {
                   block10 : {
                    block6 : {
                     block5 : {
                      $18_1 = $5 & 15;
                      if (!(!(($18_1 | 0) == 15 | $5 >>> 0 > 239 | $12_1 >>> 0 >= $23_1 >>> 0) & $6_1 >>> 0 < $24_1 >>> 0)) {
                       if ($5 >>> 0 >= 16) {
                        break block5
                       }
                       $5 = $4;
                       $3 = $6_1;
                       break block6;
                      }
                      $11_1 = 4;
                      $5 = $4 + $7 | 0;
                      if ($13_1 >>> 0 < $5 >>> 0) {
                       break block7
                      }
                      $3 = $4 + $20_1 | 0;
                      $10 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
                      $4 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
                      HEAP8[$6_1 | 0] = $10;
                      HEAP8[$6_1 + 1 | 0] = $10 >>> 8;
                      HEAP8[$6_1 + 2 | 0] = $10 >>> 16;
                      HEAP8[$6_1 + 3 | 0] = $10 >>> 24;
                      HEAP8[$6_1 + 4 | 0] = $4;
                      HEAP8[$6_1 + 5 | 0] = $4 >>> 8;
                      HEAP8[$6_1 + 6 | 0] = $4 >>> 16;
                      HEAP8[$6_1 + 7 | 0] = $4 >>> 24;
                      $9_1 = $3 + 8 | 0;
                      $3 = $9_1;
                      $12_1 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
                      $10 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
                      $4 = $6_1 + 8 | 0;
                      $3 = $4;
                      $9_1 = $12_1;
                      HEAP8[$3 | 0] = $9_1;
                      HEAP8[$3 + 1 | 0] = $9_1 >>> 8;
                      HEAP8[$3 + 2 | 0] = $9_1 >>> 16;
                      HEAP8[$3 + 3 | 0] = $9_1 >>> 24;
                      HEAP8[$3 + 4 | 0] = $10;
                      HEAP8[$3 + 5 | 0] = $10 >>> 8;
                      HEAP8[$3 + 6 | 0] = $10 >>> 16;
                      HEAP8[$3 + 7 | 0] = $10 >>> 24;
                      $6_1 = $6_1 + $7 | 0;
                      $3 = $5 + $20_1 | 0;
                      $3 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8;
                      $4 = $6_1 - $3 | 0;
                      if ($17 >>> 0 > $4 >>> 0) {
                       break block7
                      }
                      $12_1 = $5 + 2 | 0;
                      $5 = $3;
                      $3 = $18_1 + 4 | 0;
                      if ($5 >>> 0 >= $3 >>> 0) {
                       break block8
                      }
                      HEAP8[$6_1 | 0] = 0;
                      $5 = $3 & 7;
                      if ($3 - 1 >>> 0 >= 7) {
                       $18_1 = $3 & 24;
                       $7 = 0;
                       while (1) {
                        $3 = $6_1 + $7 | 0;
                        $11_1 = $4 + $7 | 0;
                        HEAP8[$3 | 0] = HEAPU8[$11_1 | 0];
                        HEAP8[$3 + 1 | 0] = HEAPU8[$11_1 + 1 | 0];
                        HEAP8[$3 + 2 | 0] = HEAPU8[$11_1 + 2 | 0];
                        HEAP8[$3 + 3 | 0] = HEAPU8[$11_1 + 3 | 0];
                        HEAP8[$3 + 4 | 0] = HEAPU8[$11_1 + 4 | 0];
                        HEAP8[$3 + 5 | 0] = HEAPU8[$11_1 + 5 | 0];
                        HEAP8[$3 + 6 | 0] = HEAPU8[$11_1 + 6 | 0];
                        HEAP8[$3 + 7 | 0] = HEAPU8[$11_1 + 7 | 0];
                        $7 = $7 + 8 | 0;
                        if (($7 | 0) != ($18_1 | 0)) {
                         continue
                        }
                        break;
                       };
                       $6_1 = $6_1 + $7 | 0;
                       $4 = $4 + $7 | 0;
                      }
                      if (!$5) {
                       break block9
                      }
                      while (1) {
                       HEAP8[$6_1 | 0] = HEAPU8[$4 | 0];
                       $4 = $4 + 1 | 0;
                       $6_1 = $6_1 + 1 | 0;
                       $5 = $5 - 1 | 0;
                       if ($5) {
                        continue
                       }
                       break;
                      };
                      break block9;
                     }
                     if (($7 | 0) == 15) {
                      $5 = ($4 >>> 0 > $13_1 >>> 0 ? $4 : $13_1) - 1 | 0;
                      $3 = 0;
                      while (1) {
                       if (($5 | 0) == ($12_1 | 0)) {
                        break block4
                       }
                       $4 = HEAPU8[$12_1 + $26_1 | 0];
                       $3 = $4 + $3 | 0;
                       $7 = $12_1 + 1 | 0;
                       $12_1 = $7;
                       if (($4 | 0) == 255) {
                        continue
                       }
                       break;
                      };
                      $4 = $7 + 1 | 0;
                      $7 = $3 + 15 | 0;
                     }
                     $5 = $4 + $7 | 0;
                     if ($13_1 >>> 0 < $5 >>> 0) {
                      $11_1 = 2;
                      break block7;
                     }
                     $3 = $6_1 + $7 | 0;
                     if ($21_1 >>> 0 < $3 >>> 0) {
                      break block10
                     }
                     $16($6_1, $4 + $20_1 | 0, $7);
                    }
                    if ($5 >>> 0 >= $13_1 >>> 0) {
                     break block11
                    }
                    $11_1 = 3;
                    $12_1 = $5 + 2 | 0;
                    $6_1 = $13_1 >>> 0 < $12_1 >>> 0;
                    if ($6_1) {
                     break block7
                    }
                    $10 = $5 + $20_1 | 0;
                    $10 = HEAPU8[$10 | 0] | HEAPU8[$10 + 1 | 0] << 8;
                    $7 = $18_1 + 4 | 0;
                    if (($7 | 0) != 19) {
                     break block12
                    }
                    $4 = ($6_1 ? $12_1 : $13_1) - 2 | 0;
                    $6_1 = 0;
                    while (1) {
                     if (($4 | 0) == ($5 | 0)) {
                      break block7
                     }
                     $7 = HEAPU8[$5 + $25_1 | 0];
                     $6_1 = $7 + $6_1 | 0;
                     $12_1 = $5 + 1 | 0;
                     $5 = $12_1;
                     if (($7 | 0) == 255) {
                      continue
                     }
                     break;
                    };
                    $12_1 = $5 + 2 | 0;
                    $7 = $6_1 + 19 | 0;
                    break block12;
                   }
                   $16_1 = ($6_1 - $17 | 0) + $7 | 0;
                   $19_1 = HEAP32[$8 + 44 >> 2];
                   break block13;
                  }
                  $5 = $3 - $17 | 0;
                  HEAP32[$8 + 40 >> 2] = $5;
                  $6_1 = HEAP32[$8 + 32 >> 2];
                  HEAP32[$6_1 + 8 >> 2] = (HEAP32[$8 + 36 >> 2] + $5 | 0) - HEAP32[$6_1 >> 2];
                  $11_1 = 1;
                  $3 = $3 - $22 | 0;
                  if (($15 | 0) != ($3 | 0)) {
                   break block14
                  }
                  $16_1 = HEAP32[$8 + 16 >> 2];
                  $19_1 = HEAP32[$8 + 20 >> 2];
                  HEAP32[$14_1 + 12 >> 2] = HEAP32[$8 + 24 >> 2];
                  $9_1 = $14_1;
                  HEAP32[$9_1 + 4 >> 2] = $16_1;
                  HEAP32[$9_1 + 8 >> 2] = $19_1;
                  $3 = 0;
                  break block15;
                 }
                 $10 = $4 + 8 | 0;
                 $5 = $10;
                 $16_1 = HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24);
                 $19_1 = HEAPU8[$5 + 4 | 0] | HEAPU8[$5 + 5 | 0] << 8 | (HEAPU8[$5 + 6 | 0] << 16 | HEAPU8[$5 + 7 | 0] << 24);
                 $5 = HEAPU8[$4 | 0] | HEAPU8[$4 + 1 | 0] << 8 | (HEAPU8[$4 + 2 | 0] << 16 | HEAPU8[$4 + 3 | 0] << 24);
                 $10 = HEAPU8[$4 + 4 | 0] | HEAPU8[$4 + 5 | 0] << 8 | (HEAPU8[$4 + 6 | 0] << 16 | HEAPU8[$4 + 7 | 0] << 24);
                 $9_1 = $6_1 + 16 | 0;
                 $4 = $4 + 16 | 0;
                 $4 = HEAPU8[$4 | 0] | HEAPU8[$4 + 1 | 0] << 8;
                 HEAP8[$9_1 | 0] = $4;
                 HEAP8[$9_1 + 1 | 0] = $4 >>> 8;
                 $9_1 = $6_1 + 8 | 0;
                 $4 = $9_1;
                 HEAP8[$4 | 0] = $16_1;
                 HEAP8[$4 + 1 | 0] = $16_1 >>> 8;
                 HEAP8[$4 + 2 | 0] = $16_1 >>> 16;
                 HEAP8[$4 + 3 | 0] = $16_1 >>> 24;
                 $4 = $19_1;
                 HEAP8[$9_1 + 4 | 0] = $4;
                 HEAP8[$9_1 + 5 | 0] = $4 >>> 8;
                 HEAP8[$9_1 + 6 | 0] = $4 >>> 16;
                 HEAP8[$9_1 + 7 | 0] = $4 >>> 24;
                 HEAP8[$6_1 | 0] = $5;
                 HEAP8[$6_1 + 1 | 0] = $5 >>> 8;
                 HEAP8[$6_1 + 2 | 0] = $5 >>> 16;
                 HEAP8[$6_1 + 3 | 0] = $5 >>> 24;
                 $4 = $10;
                 HEAP8[$6_1 + 4 | 0] = $4;
                 HEAP8[$6_1 + 5 | 0] = $4 >>> 8;
                 HEAP8[$6_1 + 6 | 0] = $4 >>> 16;
                 HEAP8[$6_1 + 7 | 0] = $4 >>> 24;
                 $6_1 = $3 + $6_1 | 0;
                 break block9;
                }
                $4 = $3 - $10 | 0;
                if ($17 >>> 0 > $4 >>> 0) {
                 $11_1 = 4;
                 break block7;
                }
                $6_1 = $3 + $7 | 0;
                if ($21_1 >>> 0 < $6_1 >>> 0) {
                 $16_1 = ($3 - $17 | 0) + $7 | 0;
                 $19_1 = HEAP32[$8 + 44 >> 2];
                 break block13;
                }
                $5 = $7 + 15 | 0;
                if (!($3 >>> 0 < $5 + $4 >>> 0 | $21_1 >>> 0 < $3 + $5 >>> 0)) {
                 if (($7 | 0) <= 0) {
                  break block9
                 }
                 $5 = 0 - $10 | 0;
                 while (1) {
                  $4 = $3 + $5 | 0;
                  $10 = HEAPU8[$4 | 0] | HEAPU8[$4 + 1 | 0] << 8 | (HEAPU8[$4 + 2 | 0] << 16 | HEAPU8[$4 + 3 | 0] << 24);
                  $9_1 = HEAPU8[$4 + 4 | 0] | HEAPU8[$4 + 5 | 0] << 8 | (HEAPU8[$4 + 6 | 0] << 16 | HEAPU8[$4 + 7 | 0] << 24);
                  HEAP8[$3 | 0] = $10;
                  HEAP8[$3 + 1 | 0] = $10 >>> 8;
                  HEAP8[$3 + 2 | 0] = $10 >>> 16;
                  HEAP8[$3 + 3 | 0] = $10 >>> 24;
                  HEAP8[$3 + 4 | 0] = $9_1;
                  HEAP8[$3 + 5 | 0] = $9_1 >>> 8;
                  HEAP8[$3 + 6 | 0] = $9_1 >>> 16;
                  HEAP8[$3 + 7 | 0] = $9_1 >>> 24;
                  $4 = $4 + 8 | 0;
                  $7 = HEAPU8[$4 | 0] | HEAPU8[$4 + 1 | 0] << 8 | (HEAPU8[$4 + 2 | 0] << 16 | HEAPU8[$4 + 3 | 0] << 24);
                  $10 = HEAPU8[$4 + 4 | 0] | HEAPU8[$4 + 5 | 0] << 8 | (HEAPU8[$4 + 6 | 0] << 16 | HEAPU8[$4 + 7 | 0] << 24);
                  $9_1 = $3 + 8 | 0;
                  $4 = $7;
                  HEAP8[$9_1 | 0] = $4;
                  HEAP8[$9_1 + 1 | 0] = $4 >>> 8;
                  HEAP8[$9_1 + 2 | 0] = $4 >>> 16;
                  HEAP8[$9_1 + 3 | 0] = $4 >>> 24;
                  HEAP8[$9_1 + 4 | 0] = $10;
                  HEAP8[$9_1 + 5 | 0] = $10 >>> 8;
                  HEAP8[$9_1 + 6 | 0] = $10 >>> 16;
                  HEAP8[$9_1 + 7 | 0] = $10 >>> 24;
                  $3 = $3 + 16 | 0;
                  if ($6_1 >>> 0 > $3 >>> 0) {
                   continue
                  }
                  break;
                 };
                 break block9;
                }
                HEAP8[$3 | 0] = 0;
                if (!$7) {
                 break block16
                }
                $5 = $7 & 7;
                if ($7 - 1 >>> 0 < 7) {
                 break block17
                }
                $18_1 = $7 & -8;
                $7 = 0;
                while (1) {
                 $6_1 = $3 + $7 | 0;
                 $11_1 = $4 + $7 | 0;
                 HEAP8[$6_1 | 0] = HEAPU8[$11_1 | 0];
                 HEAP8[$6_1 + 1 | 0] = HEAPU8[$11_1 + 1 | 0];
                 HEAP8[$6_1 + 2 | 0] = HEAPU8[$11_1 + 2 | 0];
                 HEAP8[$6_1 + 3 | 0] = HEAPU8[$11_1 + 3 | 0];
                 HEAP8[$6_1 + 4 | 0] = HEAPU8[$11_1 + 4 | 0];
                 HEAP8[$6_1 + 5 | 0] = HEAPU8[$11_1 + 5 | 0];
                 HEAP8[$6_1 + 6 | 0] = HEAPU8[$11_1 + 6 | 0];
                 HEAP8[$6_1 + 7 | 0] = HEAPU8[$11_1 + 7 | 0];
                 $7 = $7 + 8 | 0;
                 if (($7 | 0) != ($18_1 | 0)) {
                  continue
                 }
                 break;
                };
                break block18;
               }
               $11_1 = 0;
               break block7;
              }
              $3 = $3 + $7 | 0;
              $4 = $4 + $7 | 0;
             }
             if (!$5) {
              break block16
             }
             while (1) {
              HEAP8[$3 | 0] = HEAPU8[$4 | 0];
              $4 = $4 + 1 | 0;
              $3 = $3 + 1 | 0;
              $5 = $5 - 1 | 0;
              if ($5) {
               continue
              }
              break;
             };
            }
            $6_1 = $3;
           }
           if ($12_1 >>> 0 < $13_1 >>> 0) {
            continue
           }
           break;
          };
         }
         $11_1 = 3;
        }
        $5 = HEAP32[$8 + 32 >> 2];
        HEAP32[$5 + 8 >> 2] = (HEAP32[$8 + 40 >> 2] + HEAP32[$8 + 36 >> 2] | 0) - HEAP32[$5 >> 2];
        $3 = $19_1;
        $15 = $16_1;
       }
       if (!HEAP32[$8 + 20 >> 2]) {
        break block
       }
       $5 = HEAP32[$8 + 16 >> 2];
       if (!$5) {
        break block
       }
       $6($5);
       break block;
      }
      $89($15, 1);
      wasm2js_trap();
     }
     HEAP32[$8 + 8 >> 2] = $3;
     HEAP32[$8 + 4 >> 2] = $15;
     HEAP32[$8 >> 2] = $11_1;
     HEAP32[$8 + 24 >> 2] = 0;
     HEAP32[$8 + 16 >> 2] = 1;
     HEAP32[$8 + 20 >> 2] = 0;
     $5 = $8 + 32 | 0;
     HEAP8[$5 + 32 | 0] = 3;
     HEAP32[$5 >> 2] = 0;
     HEAP32[$5 + 4 >> 2] = 32;
     HEAP32[$5 + 24 >> 2] = $8 + 16;
     HEAP32[$5 + 16 >> 2] = 0;
     HEAP32[$5 + 8 >> 2] = 0;
     HEAP32[$5 + 28 >> 2] = 1048892;
     $4 = $8 + 32 | 0;
     $3 = global$0 - 48 | 0;
     global$0 = $3;
     block50 : {
      block31 : {
       block22 : {
        block110 : {
         block20 : {
          block421 : {
           $5 = $8;
           switch (HEAP32[$5 >> 2] - 1 | 0) {
           case 1:
            break block110;
           case 0:
            break block20;
           case 2:
            break block22;
           case 3:
            break block31;
           default:
            break block421;
           };
          }
          HEAP32[$3 >> 2] = $5 + 4;
          HEAP32[$3 + 4 >> 2] = $5 + 8;
          HEAP32[$3 + 28 >> 2] = 2;
          HEAP32[$3 + 44 >> 2] = 11;
          HEAP32[$3 + 12 >> 2] = 2;
          HEAP32[$3 + 16 >> 2] = 0;
          HEAP32[$3 + 8 >> 2] = 1049436;
          HEAP32[$3 + 36 >> 2] = 11;
          HEAP32[$3 + 24 >> 2] = $3 + 32;
          HEAP32[$3 + 40 >> 2] = $3;
          HEAP32[$3 + 32 >> 2] = $3 + 4;
          $5 = $38($4, $3 + 8 | 0);
          break block50;
         }
         HEAP32[$3 >> 2] = $5 + 8;
         HEAP32[$3 + 4 >> 2] = $5 + 4;
         HEAP32[$3 + 28 >> 2] = 2;
         HEAP32[$3 + 44 >> 2] = 11;
         HEAP32[$3 + 12 >> 2] = 2;
         HEAP32[$3 + 16 >> 2] = 0;
         HEAP32[$3 + 8 >> 2] = 1049356;
         HEAP32[$3 + 36 >> 2] = 11;
         HEAP32[$3 + 24 >> 2] = $3 + 32;
         HEAP32[$3 + 40 >> 2] = $3 + 4;
         HEAP32[$3 + 32 >> 2] = $3;
         $5 = $38($4, $3 + 8 | 0);
         break block50;
        }
        $5 = $62($4, 1049259, 37);
        break block50;
       }
       $5 = $62($4, 1049226, 33);
       break block50;
      }
      $5 = $62($4, 1049164, 62);
     }
     global$0 = $3 + 48 | 0;
     if ($5) {
      break block19
     }
     $5 = fimport$0(HEAP32[$8 + 16 >> 2], HEAP32[$8 + 24 >> 2]) | 0;
     block2022 : {
      if (!HEAP32[$8 + 20 >> 2]) {
       break block2022
      }
      $3 = HEAP32[$8 + 16 >> 2];
      if (!$3) {
       break block2022
      }
      $6($3);
     }
     HEAP32[$14_1 + 4 >> 2] = $5;
     $3 = 1;
    }
    HEAP32[$14_1 >> 2] = $3;
    global$0 = $8 + 80 | 0;
    break __inlined_func$1$78;
   }
   $33(1048916, 55, $8 + 72 | 0, 1049064, 1049048);
   wasm2js_trap();
  }
  if ($2) {
   $6($1)
  }
  $1 = HEAP32[$14_1 + 12 >> 2];
  $2 = HEAP32[$14_1 + 4 >> 2];
  block21 : {
   block23 : {
    if (HEAP32[$14_1 >> 2]) {
     $27_1 = 1;
     $3 = $2;
     break block23;
    }
    block124 : {
     if (!$2 | $1 >>> 0 >= HEAPU32[$14_1 + 8 >> 2]) {
      break block124
     }
     if (!$1) {
      $6($2);
      $2 = 1;
      break block124;
     }
     $2 = $9($2, $1);
     if (!$2) {
      break block21
     }
    }
    $3 = 0;
   }
   HEAP32[$0_1 + 12 >> 2] = $27_1;
   HEAP32[$0_1 + 8 >> 2] = $3;
   HEAP32[$0_1 + 4 >> 2] = $1;
   HEAP32[$0_1 >> 2] = $2;
   global$0 = $14_1 + 16 | 0;
   return;
  }
  $89($1, 1);
  wasm2js_trap();
 }
 
 function $28($0_1, $1, $2) {
  var $3 = 0, $4 = 0;
  if ($2 >>> 0 > 15) {
   $3 = 0 - $0_1 & 3;
   $4 = $3 + $0_1 | 0;
   if ($3) {
    while (1) {
     HEAP8[$0_1 | 0] = $1;
     $0_1 = $0_1 + 1 | 0;
     if ($4 >>> 0 > $0_1 >>> 0) {
      continue
     }
     break;
    }
   }
   $2 = $2 - $3 | 0;
   $3 = $2 & -4;
   $0_1 = $3 + $4 | 0;
   if (($3 | 0) > 0) {
    $3 = Math_imul($1 & 255, 16843009);
    while (1) {
     HEAP32[$4 >> 2] = $3;
     $4 = $4 + 4 | 0;
     if ($0_1 >>> 0 > $4 >>> 0) {
      continue
     }
     break;
    };
   }
   $2 = $2 & 3;
  }
  if ($2) {
   $2 = $0_1 + $2 | 0;
   while (1) {
    HEAP8[$0_1 | 0] = $1;
    $0_1 = $0_1 + 1 | 0;
    if ($2 >>> 0 > $0_1 >>> 0) {
     continue
    }
    break;
   };
  }
 }
 
 function $29($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0;
  $2 = global$0 - 48 | 0;
  global$0 = $2;
  $5 = $1 + 4 | 0;
  if (!HEAP32[$1 + 4 >> 2]) {
   $1 = HEAP32[$1 >> 2];
   $7 = $2 + 16 | 0;
   HEAP32[$7 >> 2] = 0;
   HEAP32[$2 + 8 >> 2] = 1;
   HEAP32[$2 + 12 >> 2] = 0;
   HEAP32[$2 + 20 >> 2] = $2 + 8;
   $3 = $1 + 16 | 0;
   $6_1 = HEAP32[$3 >> 2];
   $3 = HEAP32[$3 + 4 >> 2];
   $4 = $2 + 40 | 0;
   HEAP32[$4 >> 2] = $6_1;
   HEAP32[$4 + 4 >> 2] = $3;
   $3 = $1 + 8 | 0;
   $6_1 = HEAP32[$3 >> 2];
   $4 = HEAP32[$3 + 4 >> 2];
   $3 = $2 + 32 | 0;
   HEAP32[$3 >> 2] = $6_1;
   HEAP32[$3 + 4 >> 2] = $4;
   $3 = HEAP32[$1 + 4 >> 2];
   HEAP32[$2 + 24 >> 2] = HEAP32[$1 >> 2];
   HEAP32[$2 + 28 >> 2] = $3;
   $11($2 + 20 | 0, 1049644, $2 + 24 | 0);
   HEAP32[$5 + 8 >> 2] = HEAP32[$7 >> 2];
   $4 = HEAP32[$2 + 12 >> 2];
   $3 = $5;
   HEAP32[$3 >> 2] = HEAP32[$2 + 8 >> 2];
   HEAP32[$3 + 4 >> 2] = $4;
  }
  HEAP32[$0_1 + 4 >> 2] = 1049572;
  HEAP32[$0_1 >> 2] = $5;
  global$0 = $2 + 48 | 0;
 }
 
 function $30($0_1, $1, $2) {
  var $3 = 0, $4 = 0;
  block5 : {
   block7 : {
    block6 : {
     block2 : {
      $3 = 1;
      block4 : {
       block3 : {
        block1 : {
         if (($1 | 0) >= 0) {
          $4 = HEAP32[$2 >> 2];
          if (!$4) {
           break block1
          }
          if (HEAP32[$2 + 4 >> 2]) {
           break block2
          }
          if ($1) {
           break block3
          }
          $2 = 1;
          break block4;
         }
         $1 = 0;
         break block5;
        }
        if ($1) {
         break block3
        }
        $2 = 1;
        break block4;
       }
       $2 = $13($1, 1);
      }
      if (!$2) {
       break block6
      }
      break block7;
     }
     $2 = $9($4, $1);
     if ($2) {
      break block7
     }
    }
    HEAP32[$0_1 + 4 >> 2] = $1;
    $1 = 1;
    break block5;
   }
   HEAP32[$0_1 + 4 >> 2] = $2;
   $3 = 0;
  }
  HEAP32[$0_1 >> 2] = $3;
  HEAP32[$0_1 + 8 >> 2] = $1;
 }
 
 function $31($0_1, $1, $2) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  $2 = $2 | 0;
  var $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0, $9_1 = 0, $10 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15 = 0, $16_1 = 0, $17 = 0, $18_1 = 0.0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $29_1 = 0;
  $26_1 = global$0 - 16 | 0;
  global$0 = $26_1;
  $6_1 = $26_1;
  $5 = $1;
  $8 = global$0;
  $29_1 = $8;
  $15 = $8 - 128 & -64;
  global$0 = $15;
  __inlined_func$10$82 : {
   block12 : {
    block11 : {
     block8 : {
      block9 : {
       block10 : {
        block7 : {
         block4 : {
          block5 : {
           block3 : {
            block2 : {
             block1 : {
              $3 = $2;
              $18_1 = +($3 >>> 0) * 1.1;
              $8 = $18_1 >= 0.0;
              $7 = ~~$18_1 >>> 0;
              block : {
               if ($8 & $18_1 < 4294967296.0) {
                break block
               }
               $7 = 0;
              }
              $8 = ($18_1 > 4294967295.0 ? -1 : $8 ? $7 : 0) + 24 | 0;
              if (($8 | 0) >= 0) {
               if ($8) {
                break block1
               }
               HEAP32[$6_1 + 8 >> 2] = 0;
               HEAP32[$6_1 >> 2] = 1;
               HEAP32[$6_1 + 4 >> 2] = 0;
               $27_1 = $6_1 + 8 | 0;
               break block2;
              }
              $49();
              wasm2js_trap();
             }
             $17 = $13($8, 1);
             if ($17) {
              HEAP32[$6_1 + 8 >> 2] = 0;
              HEAP32[$6_1 + 4 >> 2] = $8;
              HEAP32[$6_1 >> 2] = $17;
              $27_1 = $6_1 + 8 | 0;
              if ($8 >>> 0 < 4) {
               break block2
              }
              HEAP32[$27_1 >> 2] = 4;
              HEAP8[$17 | 0] = $3;
              HEAP8[$17 + 1 | 0] = $3 >>> 8;
              HEAP8[$17 + 2 | 0] = $3 >>> 16;
              HEAP8[$17 + 3 | 0] = $3 >>> 24;
              $17 = $8;
              break block3;
             }
             $89($8, 1);
             wasm2js_trap();
            }
            $25($6_1, 0, 4);
            $4 = HEAP32[$6_1 + 8 >> 2];
            $17 = $4 + HEAP32[$6_1 >> 2] | 0;
            HEAP8[$17 | 0] = $3;
            HEAP8[$17 + 1 | 0] = $3 >>> 8;
            HEAP8[$17 + 2 | 0] = $3 >>> 16;
            HEAP8[$17 + 3 | 0] = $3 >>> 24;
            HEAP32[$6_1 + 8 >> 2] = $4 + 4;
            $17 = HEAP32[$6_1 + 4 >> 2];
            if ($8 >>> 0 > $17 >>> 0) {
             break block4
            }
            if ($4 >>> 0 > 4294967291) {
             break block5
            }
           }
           HEAP32[$27_1 >> 2] = 4;
          }
          HEAP32[$15 + 56 >> 2] = 0;
          HEAP32[$15 + 60 >> 2] = $17 - 4;
          HEAP32[$15 + 48 >> 2] = $6_1;
          $8 = 4;
          HEAP32[$15 + 52 >> 2] = HEAP32[$6_1 >> 2] + 4;
          block6 : {
           if ($3 >>> 0 <= 65535) {
            $6_1 = $3 >>> 0 <= 1 ? 1 : (-1 >>> Math_clz32($3 - 1 | 0) | 0) + 1 | 0;
            $6_1 = $6_1 >>> 0 >= 16384 ? 16384 : $6_1;
            $17 = $6_1 >>> 0 <= 256 ? 256 : $6_1;
            $6_1 = $17 >>> 1 | 0;
            $8 = 16 - __wasm_ctz_i32($6_1) | 0;
            if (($3 | 0) == 65535) {
             break block6
            }
            $4 = $17 & 32766;
            $17 = $52($4, 2);
            if (!$17) {
             break block7
            }
            HEAP32[$15 + 76 >> 2] = $8;
            HEAP32[$15 + 72 >> 2] = $6_1;
            HEAP32[$15 + 68 >> 2] = $6_1;
            HEAP32[$15 + 64 >> 2] = $17;
            $25_1 = $15 + 32 | 0;
            $11_1 = $5;
            $13_1 = $15 + 48 | 0;
            $5 = $15 - -64 | 0;
            $6_1 = 0;
            $14_1 = $3;
            $18_1 = +($3 >>> 0) * 1.1;
            $4 = $18_1 >= 0.0;
            $3 = ~~$18_1 >>> 0;
            block0 : {
             if ($4 & $18_1 < 4294967296.0) {
              break block0
             }
             $3 = 0;
            }
            $28_1 = HEAP32[$13_1 + 8 >> 2];
            if (($18_1 > 4294967295.0 ? -1 : $4 ? $3 : 0) + 20 >>> 0 > HEAP32[$13_1 + 12 >> 2] - $28_1 >>> 0) {
             $3 = 1
            } else {
             block21 : {
              if ($14_1 >>> 0 <= 12) {
               break block21
              }
              $19_1 = HEAP32[$5 >> 2];
              $5 = HEAP32[$5 + 12 >> 2];
              HEAP16[$19_1 + (Math_imul(HEAPU8[$11_1 | 0] | HEAPU8[$11_1 + 1 | 0] << 8 | (HEAPU8[$11_1 + 2 | 0] << 16 | HEAPU8[$11_1 + 3 | 0] << 24), -1640531535) >>> 16 >>> $5 << 1) >> 1] = 0;
              $21_1 = $11_1 + 4 | 0;
              $23_1 = $11_1 - 1 | 0;
              $22 = $14_1 - 12 | 0;
              $24_1 = $5 & 31;
              $5 = 2;
              $4 = 1;
              while (1) {
               $7 = $6_1;
               $8 = 33;
               block32 : {
                while (1) {
                 $6_1 = $5;
                 $16_1 = $4 + $11_1 | 0;
                 $5 = $16_1;
                 $9_1 = (Math_imul(HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24), -1640531535) >>> 16 >>> $24_1 << 1) + $19_1 | 0;
                 $5 = HEAPU16[$9_1 >> 1];
                 HEAP16[$9_1 >> 1] = $4;
                 $20_1 = $4 - $5 | 0;
                 if ($20_1 >>> 0 <= 65535) {
                  $3 = $5 + $11_1 | 0;
                  if ((HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24)) == (HEAPU8[$16_1 | 0] | HEAPU8[$16_1 + 1 | 0] << 8 | (HEAPU8[$16_1 + 2 | 0] << 16 | HEAPU8[$16_1 + 3 | 0] << 24))) {
                   break block32
                  }
                 }
                 $5 = ($8 >>> 5 | 0) + $6_1 | 0;
                 $8 = $8 + 1 | 0;
                 $4 = $6_1;
                 if ($22 >>> 0 >= $4 >>> 0) {
                  continue
                 }
                 break;
                };
                $6_1 = $7;
                break block21;
               }
               block43 : {
                if (!$5) {
                 $6_1 = $5;
                 break block43;
                }
                if ($4 >>> 0 <= $7 >>> 0) {
                 $6_1 = $5;
                 break block43;
                }
                while (1) {
                 if (HEAPU8[$4 + $23_1 | 0] != HEAPU8[$5 + $23_1 | 0]) {
                  $6_1 = $5;
                  break block43;
                 }
                 $4 = $4 - 1 | 0;
                 $6_1 = $5 - 1 | 0;
                 if (($5 | 0) == 1) {
                  break block43
                 }
                 $5 = $6_1;
                 if ($4 >>> 0 > $7 >>> 0) {
                  continue
                 }
                 break;
                };
               }
               $5 = $4 - $7 | 0;
               $16_1 = $4 + 4 | 0;
               $9_1 = $6_1 + 4 | 0;
               $8 = $14_1 - $9_1 | 0;
               $10 = ($14_1 - $4 | 0) - 10 | 0;
               $10 = $10 >>> 0 <= $14_1 >>> 0 ? $10 : 0;
               $8 = $16_1 + ($8 >>> 0 < $10 >>> 0 ? $8 : $10) | 0;
               block74 : {
                block55 : {
                 if ($8 >>> 0 < $4 + 8 >>> 0) {
                  $4 = $9_1 + $11_1 | 0;
                  $3 = $16_1;
                  break block55;
                 }
                 $9_1 = $6_1 + $21_1 | 0;
                 $10 = $4 + $21_1 | 0;
                 $6_1 = 0;
                 block66 : {
                  while (1) {
                   $3 = $6_1 + $9_1 | 0;
                   $12_1 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
                   $3 = $6_1 + $10 | 0;
                   $3 = $12_1 ^ (HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24));
                   if (!$3) {
                    $6_1 = $6_1 + 4 | 0;
                    $3 = $6_1 + $4 | 0;
                    if ($8 >>> 0 >= $3 + 8 >>> 0) {
                     continue
                    }
                    break block66;
                   }
                   break;
                  };
                  $6_1 = ($6_1 + ((__wasm_ctz_i32($3) >>> 3 | 0) + $4 | 0) | 0) + 4 | 0;
                  break block74;
                 }
                 $4 = $6_1 + $9_1 | 0;
                 $3 = $3 + 4 | 0;
                }
                $6_1 = $3;
                $9_1 = $6_1 + 2 | 0;
                if ($9_1 >>> 0 <= $8 >>> 0) {
                 $10 = $9_1;
                 $6_1 = $6_1 + $11_1 | 0;
                 $9_1 = (HEAPU8[$6_1 | 0] | HEAPU8[$6_1 + 1 | 0] << 8) == (HEAPU8[$4 | 0] | HEAPU8[$4 + 1 | 0] << 8);
                 $6_1 = $9_1 ? $10 : $3;
                 $4 = ($9_1 << 1) + $4 | 0;
                }
                if ($6_1 >>> 0 >= $8 >>> 0) {
                 break block74
                }
                $6_1 = (HEAPU8[$6_1 + $11_1 | 0] == HEAPU8[$4 | 0]) + $6_1 | 0;
               }
               $4 = $6_1 - 2 | 0;
               $3 = $4 + $11_1 | 0;
               HEAP16[(Math_imul(HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24), -1640531535) >>> 16 >>> $24_1 << 1) + $19_1 >> 1] = $4;
               $4 = $13_1 + 8 | 0;
               $16_1 = $6_1 - $16_1 | 0;
               HEAP8[HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0] = ($5 >>> 0 >= 15 ? -16 : $5 << 4) | ($16_1 >>> 0 >= 15 ? 15 : $16_1);
               HEAP32[$4 >> 2] = HEAP32[$4 >> 2] + 1;
               block97 : {
                block88 : {
                 if ($5 >>> 0 <= 14) {
                  $8 = $7 + $11_1 | 0;
                  if ($5 >>> 0 >= 9) {
                   break block88
                  }
                  $10 = HEAPU8[$8 + 4 | 0] | HEAPU8[$8 + 5 | 0] << 8 | (HEAPU8[$8 + 6 | 0] << 16 | HEAPU8[$8 + 7 | 0] << 24);
                  $12_1 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
                  $7 = $12_1;
                  $3 = HEAPU8[$8 | 0] | HEAPU8[$8 + 1 | 0] << 8 | (HEAPU8[$8 + 2 | 0] << 16 | HEAPU8[$8 + 3 | 0] << 24);
                  HEAP8[$7 | 0] = $3;
                  HEAP8[$7 + 1 | 0] = $3 >>> 8;
                  HEAP8[$7 + 2 | 0] = $3 >>> 16;
                  HEAP8[$7 + 3 | 0] = $3 >>> 24;
                  HEAP8[$7 + 4 | 0] = $10;
                  HEAP8[$7 + 5 | 0] = $10 >>> 8;
                  HEAP8[$7 + 6 | 0] = $10 >>> 16;
                  HEAP8[$7 + 7 | 0] = $10 >>> 24;
                  break block97;
                 }
                 $8 = $5 - 15 | 0;
                 if ($8 >>> 0 >= 1020) {
                  $9_1 = ($8 >>> 0) / 1020 | 0;
                  $10 = $9_1 << 2;
                  $28(HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0, 255, $10);
                  HEAP32[$4 >> 2] = $10 + HEAP32[$4 >> 2];
                  $8 = $8 - Math_imul($9_1, 1020) | 0;
                 }
                 $10 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
                 HEAP8[$10 | 0] = 255;
                 HEAP8[$10 + 1 | 0] = 255;
                 HEAP8[$10 + 2 | 0] = 255;
                 HEAP8[$10 + 3 | 0] = 255;
                 $9_1 = (($8 & 65535) >>> 0) / 255 | 0;
                 HEAP32[$4 >> 2] = ($9_1 + HEAP32[$4 >> 2] | 0) + 1;
                 HEAP8[(HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0) - 1 | 0] = $8 + $9_1;
                 $8 = $7 + $11_1 | 0;
                 if ($5 >>> 0 < 17) {
                  break block88
                 }
                 $7 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
                 if ($5 >>> 0 >= 25) {
                  $16($7, $8, $5);
                  break block97;
                 }
                 $12_1 = HEAPU8[$8 + 4 | 0] | HEAPU8[$8 + 5 | 0] << 8 | (HEAPU8[$8 + 6 | 0] << 16 | HEAPU8[$8 + 7 | 0] << 24);
                 $3 = HEAPU8[$8 | 0] | HEAPU8[$8 + 1 | 0] << 8 | (HEAPU8[$8 + 2 | 0] << 16 | HEAPU8[$8 + 3 | 0] << 24);
                 HEAP8[$7 | 0] = $3;
                 HEAP8[$7 + 1 | 0] = $3 >>> 8;
                 HEAP8[$7 + 2 | 0] = $3 >>> 16;
                 HEAP8[$7 + 3 | 0] = $3 >>> 24;
                 HEAP8[$7 + 4 | 0] = $12_1;
                 HEAP8[$7 + 5 | 0] = $12_1 >>> 8;
                 HEAP8[$7 + 6 | 0] = $12_1 >>> 16;
                 HEAP8[$7 + 7 | 0] = $12_1 >>> 24;
                 $3 = $8 + 16 | 0;
                 $9_1 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
                 $10 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
                 $12_1 = $7 + 16 | 0;
                 $3 = $9_1;
                 HEAP8[$12_1 | 0] = $3;
                 HEAP8[$12_1 + 1 | 0] = $3 >>> 8;
                 HEAP8[$12_1 + 2 | 0] = $3 >>> 16;
                 HEAP8[$12_1 + 3 | 0] = $3 >>> 24;
                 HEAP8[$12_1 + 4 | 0] = $10;
                 HEAP8[$12_1 + 5 | 0] = $10 >>> 8;
                 HEAP8[$12_1 + 6 | 0] = $10 >>> 16;
                 HEAP8[$12_1 + 7 | 0] = $10 >>> 24;
                 $3 = $8 + 8 | 0;
                 $8 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
                 $12_1 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
                 $10 = $7 + 8 | 0;
                 $7 = $10;
                 $3 = $8;
                 HEAP8[$7 | 0] = $3;
                 HEAP8[$7 + 1 | 0] = $3 >>> 8;
                 HEAP8[$7 + 2 | 0] = $3 >>> 16;
                 HEAP8[$7 + 3 | 0] = $3 >>> 24;
                 HEAP8[$7 + 4 | 0] = $12_1;
                 HEAP8[$7 + 5 | 0] = $12_1 >>> 8;
                 HEAP8[$7 + 6 | 0] = $12_1 >>> 16;
                 HEAP8[$7 + 7 | 0] = $12_1 >>> 24;
                 break block97;
                }
                $10 = HEAPU8[$8 + 4 | 0] | HEAPU8[$8 + 5 | 0] << 8 | (HEAPU8[$8 + 6 | 0] << 16 | HEAPU8[$8 + 7 | 0] << 24);
                $7 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
                $3 = HEAPU8[$8 | 0] | HEAPU8[$8 + 1 | 0] << 8 | (HEAPU8[$8 + 2 | 0] << 16 | HEAPU8[$8 + 3 | 0] << 24);
                HEAP8[$7 | 0] = $3;
                HEAP8[$7 + 1 | 0] = $3 >>> 8;
                HEAP8[$7 + 2 | 0] = $3 >>> 16;
                HEAP8[$7 + 3 | 0] = $3 >>> 24;
                HEAP8[$7 + 4 | 0] = $10;
                HEAP8[$7 + 5 | 0] = $10 >>> 8;
                HEAP8[$7 + 6 | 0] = $10 >>> 16;
                HEAP8[$7 + 7 | 0] = $10 >>> 24;
                $3 = $8 + 8 | 0;
                $8 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
                $12_1 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
                $10 = $7 + 8 | 0;
                $7 = $10;
                $3 = $8;
                HEAP8[$7 | 0] = $3;
                HEAP8[$7 + 1 | 0] = $3 >>> 8;
                HEAP8[$7 + 2 | 0] = $3 >>> 16;
                HEAP8[$7 + 3 | 0] = $3 >>> 24;
                HEAP8[$7 + 4 | 0] = $12_1;
                HEAP8[$7 + 5 | 0] = $12_1 >>> 8;
                HEAP8[$7 + 6 | 0] = $12_1 >>> 16;
                HEAP8[$7 + 7 | 0] = $12_1 >>> 24;
               }
               HEAP32[$4 >> 2] = $5 + HEAP32[$4 >> 2];
               $5 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
               HEAP8[$5 | 0] = $20_1;
               HEAP8[$5 + 1 | 0] = $20_1 >>> 8;
               HEAP32[$4 >> 2] = HEAP32[$4 >> 2] + 2;
               if ($16_1 >>> 0 > 14) {
                $5 = $16_1 - 15 | 0;
                if ($5 >>> 0 >= 1020) {
                 $7 = ($5 >>> 0) / 1020 | 0;
                 $8 = $7 << 2;
                 $28(HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0, 255, $8);
                 HEAP32[$4 >> 2] = $8 + HEAP32[$4 >> 2];
                 $5 = $5 - Math_imul($7, 1020) | 0;
                }
                $7 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
                HEAP8[$7 | 0] = 255;
                HEAP8[$7 + 1 | 0] = 255;
                HEAP8[$7 + 2 | 0] = 255;
                HEAP8[$7 + 3 | 0] = 255;
                $7 = (($5 & 65535) >>> 0) / 255 | 0;
                HEAP32[$4 >> 2] = ($7 + HEAP32[$4 >> 2] | 0) + 1;
                HEAP8[(HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0) - 1 | 0] = $5 + $7;
               }
               $5 = $6_1 + 1 | 0;
               $4 = $6_1;
               if ($22 >>> 0 >= $4 >>> 0) {
                continue
               }
               break;
              };
             }
             $18($13_1, $11_1, $14_1, $6_1);
             $6_1 = HEAP32[$13_1 + 8 >> 2] - $28_1 | 0;
             $3 = 0;
            }
            HEAP32[$25_1 + 4 >> 2] = $6_1;
            HEAP32[$25_1 >> 2] = $3;
            $3 = HEAP32[$15 + 36 >> 2];
            $6_1 = HEAP32[$15 + 32 >> 2];
            $6($17);
            break block8;
           }
           $6_1 = 4096;
           if (($3 | 0) == -1) {
            break block9
           }
          }
          $4 = $6_1 << 2;
          $17 = $52($4, 4);
          if (!$17) {
           break block10
          }
          HEAP32[$15 + 76 >> 2] = $8;
          HEAP32[$15 + 72 >> 2] = $6_1;
          HEAP32[$15 + 68 >> 2] = $6_1;
          HEAP32[$15 + 64 >> 2] = $17;
          $25_1 = $15 + 24 | 0;
          $11_1 = $5;
          $13_1 = $15 + 48 | 0;
          $5 = $15 - -64 | 0;
          $6_1 = 0;
          $14_1 = $3;
          $18_1 = +($3 >>> 0) * 1.1;
          $4 = $18_1 >= 0.0;
          $3 = ~~$18_1 >>> 0;
          block13 : {
           if ($4 & $18_1 < 4294967296.0) {
            break block13
           }
           $3 = 0;
          }
          $28_1 = HEAP32[$13_1 + 8 >> 2];
          if (($18_1 > 4294967295.0 ? -1 : $4 ? $3 : 0) + 20 >>> 0 > HEAP32[$13_1 + 12 >> 2] - $28_1 >>> 0) {
           $3 = 1
          } else {
           $19_1 = HEAP32[$5 >> 2];
           $5 = HEAP32[$5 + 12 >> 2];
           HEAP32[$19_1 + (Math_imul(HEAPU8[$11_1 | 0] | HEAPU8[$11_1 + 1 | 0] << 8 | (HEAPU8[$11_1 + 2 | 0] << 16 | HEAPU8[$11_1 + 3 | 0] << 24), -1640531535) >>> 16 >>> $5 << 2) >> 2] = 0;
           $21_1 = $14_1 - 12 | 0;
           block214 : {
            if (!$21_1) {
             break block214
            }
            $23_1 = $5 & 31;
            $22 = $11_1 + 4 | 0;
            $24_1 = $11_1 - 1 | 0;
            $5 = 2;
            $4 = 1;
            while (1) {
             $7 = $6_1;
             $8 = 33;
             block316 : {
              while (1) {
               $6_1 = $5;
               $16_1 = $4 + $11_1 | 0;
               $5 = $16_1;
               $9_1 = (Math_imul(HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24), -1640531535) >>> 16 >>> $23_1 << 2) + $19_1 | 0;
               $5 = HEAP32[$9_1 >> 2];
               HEAP32[$9_1 >> 2] = $4;
               $20_1 = $4 - $5 | 0;
               if ($20_1 >>> 0 < 65536) {
                $3 = $5 + $11_1 | 0;
                if ((HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24)) == (HEAPU8[$16_1 | 0] | HEAPU8[$16_1 + 1 | 0] << 8 | (HEAPU8[$16_1 + 2 | 0] << 16 | HEAPU8[$16_1 + 3 | 0] << 24))) {
                 break block316
                }
               }
               $5 = ($8 >>> 5 | 0) + $6_1 | 0;
               $8 = $8 + 1 | 0;
               $4 = $6_1;
               if ($21_1 >>> 0 >= $4 >>> 0) {
                continue
               }
               break;
              };
              $6_1 = $7;
              break block214;
             }
             block418 : {
              if (!$5) {
               $6_1 = $5;
               break block418;
              }
              if ($4 >>> 0 <= $7 >>> 0) {
               $6_1 = $5;
               break block418;
              }
              while (1) {
               if (HEAPU8[$4 + $24_1 | 0] != HEAPU8[$5 + $24_1 | 0]) {
                $6_1 = $5;
                break block418;
               }
               $4 = $4 - 1 | 0;
               $6_1 = $5 - 1 | 0;
               if (($5 | 0) == 1) {
                break block418
               }
               $5 = $6_1;
               if ($4 >>> 0 > $7 >>> 0) {
                continue
               }
               break;
              };
             }
             $5 = $4 - $7 | 0;
             $16_1 = $4 + 4 | 0;
             $9_1 = $6_1 + 4 | 0;
             $8 = $14_1 - $9_1 | 0;
             $10 = ($14_1 - $4 | 0) - 10 | 0;
             $10 = $10 >>> 0 <= $14_1 >>> 0 ? $10 : 0;
             $8 = $16_1 + ($8 >>> 0 < $10 >>> 0 ? $8 : $10) | 0;
             block720 : {
              block521 : {
               if ($8 >>> 0 < $4 + 8 >>> 0) {
                $4 = $9_1 + $11_1 | 0;
                $3 = $16_1;
                break block521;
               }
               $9_1 = $6_1 + $22 | 0;
               $10 = $4 + $22 | 0;
               $6_1 = 0;
               block622 : {
                while (1) {
                 $3 = $6_1 + $9_1 | 0;
                 $12_1 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
                 $3 = $6_1 + $10 | 0;
                 $3 = $12_1 ^ (HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24));
                 if (!$3) {
                  $6_1 = $6_1 + 4 | 0;
                  $3 = $6_1 + $4 | 0;
                  if ($8 >>> 0 >= $3 + 8 >>> 0) {
                   continue
                  }
                  break block622;
                 }
                 break;
                };
                $6_1 = ($6_1 + ((__wasm_ctz_i32($3) >>> 3 | 0) + $4 | 0) | 0) + 4 | 0;
                break block720;
               }
               $4 = $6_1 + $9_1 | 0;
               $3 = $3 + 4 | 0;
              }
              $6_1 = $3;
              $9_1 = $6_1 + 2 | 0;
              if ($9_1 >>> 0 <= $8 >>> 0) {
               $10 = $9_1;
               $6_1 = $6_1 + $11_1 | 0;
               $9_1 = (HEAPU8[$6_1 | 0] | HEAPU8[$6_1 + 1 | 0] << 8) == (HEAPU8[$4 | 0] | HEAPU8[$4 + 1 | 0] << 8);
               $6_1 = $9_1 ? $10 : $3;
               $4 = ($9_1 << 1) + $4 | 0;
              }
              if ($6_1 >>> 0 >= $8 >>> 0) {
               break block720
              }
              $6_1 = (HEAPU8[$6_1 + $11_1 | 0] == HEAPU8[$4 | 0]) + $6_1 | 0;
             }
             $4 = $6_1 - 2 | 0;
             $3 = $4 + $11_1 | 0;
             HEAP32[(Math_imul(HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24), -1640531535) >>> 16 >>> $23_1 << 2) + $19_1 >> 2] = $4;
             $4 = $13_1 + 8 | 0;
             $16_1 = $6_1 - $16_1 | 0;
             HEAP8[HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0] = ($5 >>> 0 >= 15 ? -16 : $5 << 4) | ($16_1 >>> 0 >= 15 ? 15 : $16_1);
             HEAP32[$4 >> 2] = HEAP32[$4 >> 2] + 1;
             block924 : {
              block825 : {
               if ($5 >>> 0 <= 14) {
                $8 = $7 + $11_1 | 0;
                if ($5 >>> 0 >= 9) {
                 break block825
                }
                $10 = HEAPU8[$8 + 4 | 0] | HEAPU8[$8 + 5 | 0] << 8 | (HEAPU8[$8 + 6 | 0] << 16 | HEAPU8[$8 + 7 | 0] << 24);
                $12_1 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
                $7 = $12_1;
                $3 = HEAPU8[$8 | 0] | HEAPU8[$8 + 1 | 0] << 8 | (HEAPU8[$8 + 2 | 0] << 16 | HEAPU8[$8 + 3 | 0] << 24);
                HEAP8[$7 | 0] = $3;
                HEAP8[$7 + 1 | 0] = $3 >>> 8;
                HEAP8[$7 + 2 | 0] = $3 >>> 16;
                HEAP8[$7 + 3 | 0] = $3 >>> 24;
                HEAP8[$7 + 4 | 0] = $10;
                HEAP8[$7 + 5 | 0] = $10 >>> 8;
                HEAP8[$7 + 6 | 0] = $10 >>> 16;
                HEAP8[$7 + 7 | 0] = $10 >>> 24;
                break block924;
               }
               $8 = $5 - 15 | 0;
               if ($8 >>> 0 >= 1020) {
                $9_1 = ($8 >>> 0) / 1020 | 0;
                $10 = $9_1 << 2;
                $28(HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0, 255, $10);
                HEAP32[$4 >> 2] = $10 + HEAP32[$4 >> 2];
                $8 = $8 - Math_imul($9_1, 1020) | 0;
               }
               $10 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
               HEAP8[$10 | 0] = 255;
               HEAP8[$10 + 1 | 0] = 255;
               HEAP8[$10 + 2 | 0] = 255;
               HEAP8[$10 + 3 | 0] = 255;
               $9_1 = (($8 & 65535) >>> 0) / 255 | 0;
               HEAP32[$4 >> 2] = ($9_1 + HEAP32[$4 >> 2] | 0) + 1;
               HEAP8[(HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0) - 1 | 0] = $8 + $9_1;
               $8 = $7 + $11_1 | 0;
               if ($5 >>> 0 < 17) {
                break block825
               }
               $7 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
               if ($5 >>> 0 >= 25) {
                $16($7, $8, $5);
                break block924;
               }
               $12_1 = HEAPU8[$8 + 4 | 0] | HEAPU8[$8 + 5 | 0] << 8 | (HEAPU8[$8 + 6 | 0] << 16 | HEAPU8[$8 + 7 | 0] << 24);
               $3 = HEAPU8[$8 | 0] | HEAPU8[$8 + 1 | 0] << 8 | (HEAPU8[$8 + 2 | 0] << 16 | HEAPU8[$8 + 3 | 0] << 24);
               HEAP8[$7 | 0] = $3;
               HEAP8[$7 + 1 | 0] = $3 >>> 8;
               HEAP8[$7 + 2 | 0] = $3 >>> 16;
               HEAP8[$7 + 3 | 0] = $3 >>> 24;
               HEAP8[$7 + 4 | 0] = $12_1;
               HEAP8[$7 + 5 | 0] = $12_1 >>> 8;
               HEAP8[$7 + 6 | 0] = $12_1 >>> 16;
               HEAP8[$7 + 7 | 0] = $12_1 >>> 24;
               $3 = $8 + 16 | 0;
               $9_1 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
               $10 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
               $12_1 = $7 + 16 | 0;
               $3 = $9_1;
               HEAP8[$12_1 | 0] = $3;
               HEAP8[$12_1 + 1 | 0] = $3 >>> 8;
               HEAP8[$12_1 + 2 | 0] = $3 >>> 16;
               HEAP8[$12_1 + 3 | 0] = $3 >>> 24;
               HEAP8[$12_1 + 4 | 0] = $10;
               HEAP8[$12_1 + 5 | 0] = $10 >>> 8;
               HEAP8[$12_1 + 6 | 0] = $10 >>> 16;
               HEAP8[$12_1 + 7 | 0] = $10 >>> 24;
               $3 = $8 + 8 | 0;
               $8 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
               $12_1 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
               $10 = $7 + 8 | 0;
               $7 = $10;
               $3 = $8;
               HEAP8[$7 | 0] = $3;
               HEAP8[$7 + 1 | 0] = $3 >>> 8;
               HEAP8[$7 + 2 | 0] = $3 >>> 16;
               HEAP8[$7 + 3 | 0] = $3 >>> 24;
               HEAP8[$7 + 4 | 0] = $12_1;
               HEAP8[$7 + 5 | 0] = $12_1 >>> 8;
               HEAP8[$7 + 6 | 0] = $12_1 >>> 16;
               HEAP8[$7 + 7 | 0] = $12_1 >>> 24;
               break block924;
              }
              $10 = HEAPU8[$8 + 4 | 0] | HEAPU8[$8 + 5 | 0] << 8 | (HEAPU8[$8 + 6 | 0] << 16 | HEAPU8[$8 + 7 | 0] << 24);
              $7 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
              $3 = HEAPU8[$8 | 0] | HEAPU8[$8 + 1 | 0] << 8 | (HEAPU8[$8 + 2 | 0] << 16 | HEAPU8[$8 + 3 | 0] << 24);
              HEAP8[$7 | 0] = $3;
              HEAP8[$7 + 1 | 0] = $3 >>> 8;
              HEAP8[$7 + 2 | 0] = $3 >>> 16;
              HEAP8[$7 + 3 | 0] = $3 >>> 24;
              HEAP8[$7 + 4 | 0] = $10;
              HEAP8[$7 + 5 | 0] = $10 >>> 8;
              HEAP8[$7 + 6 | 0] = $10 >>> 16;
              HEAP8[$7 + 7 | 0] = $10 >>> 24;
              $3 = $8 + 8 | 0;
              $8 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
              $12_1 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
              $10 = $7 + 8 | 0;
              $7 = $10;
              $3 = $8;
              HEAP8[$7 | 0] = $3;
              HEAP8[$7 + 1 | 0] = $3 >>> 8;
              HEAP8[$7 + 2 | 0] = $3 >>> 16;
              HEAP8[$7 + 3 | 0] = $3 >>> 24;
              HEAP8[$7 + 4 | 0] = $12_1;
              HEAP8[$7 + 5 | 0] = $12_1 >>> 8;
              HEAP8[$7 + 6 | 0] = $12_1 >>> 16;
              HEAP8[$7 + 7 | 0] = $12_1 >>> 24;
             }
             HEAP32[$4 >> 2] = $5 + HEAP32[$4 >> 2];
             $5 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
             HEAP8[$5 | 0] = $20_1;
             HEAP8[$5 + 1 | 0] = $20_1 >>> 8;
             HEAP32[$4 >> 2] = HEAP32[$4 >> 2] + 2;
             if ($16_1 >>> 0 > 14) {
              $5 = $16_1 - 15 | 0;
              if ($5 >>> 0 >= 1020) {
               $7 = ($5 >>> 0) / 1020 | 0;
               $8 = $7 << 2;
               $28(HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0, 255, $8);
               HEAP32[$4 >> 2] = $8 + HEAP32[$4 >> 2];
               $5 = $5 - Math_imul($7, 1020) | 0;
              }
              $7 = HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0;
              HEAP8[$7 | 0] = 255;
              HEAP8[$7 + 1 | 0] = 255;
              HEAP8[$7 + 2 | 0] = 255;
              HEAP8[$7 + 3 | 0] = 255;
              $7 = (($5 & 65535) >>> 0) / 255 | 0;
              HEAP32[$4 >> 2] = ($7 + HEAP32[$4 >> 2] | 0) + 1;
              HEAP8[(HEAP32[$13_1 + 4 >> 2] + HEAP32[$4 >> 2] | 0) - 1 | 0] = $5 + $7;
             }
             $5 = $6_1 + 1 | 0;
             $4 = $6_1;
             if ($21_1 >>> 0 >= $4 >>> 0) {
              continue
             }
             break;
            };
           }
           $18($13_1, $11_1, $14_1, $6_1);
           $6_1 = HEAP32[$13_1 + 8 >> 2] - $28_1 | 0;
           $3 = 0;
          }
          HEAP32[$25_1 + 4 >> 2] = $6_1;
          HEAP32[$25_1 >> 2] = $3;
          $3 = HEAP32[$15 + 28 >> 2];
          $6_1 = HEAP32[$15 + 24 >> 2];
          $6($17);
          break block8;
         }
         $45(1048708, 62, 1048860);
         wasm2js_trap();
        }
        $89($4, 2);
        wasm2js_trap();
       }
       $89($4, 4);
       wasm2js_trap();
      }
      $8 = $52(16384, 4);
      if (!$8) {
       break block11
      }
      HEAP32[$15 + 76 >> 2] = 4;
      HEAP32[$15 + 68 >> 2] = 4096;
      HEAP32[$15 + 72 >> 2] = 4096;
      HEAP32[$15 + 64 >> 2] = $8;
      $24_1 = $15 + 40 | 0;
      $7 = $5;
      $4 = $15 - -64 | 0;
      $6_1 = 0;
      $12_1 = $15 + 48 | 0;
      $14_1 = $12_1 + 8 | 0;
      $20_1 = HEAP32[$14_1 >> 2];
      if (HEAP32[$12_1 + 12 >> 2] - $20_1 >>> 0 < 19) {
       $5 = 1
      } else {
       $16_1 = HEAP32[$4 >> 2];
       $4 = HEAP32[$4 + 12 >> 2];
       HEAP32[$16_1 + (Math_imul(HEAPU8[$7 | 0] | HEAPU8[$7 + 1 | 0] << 8 | (HEAPU8[$7 + 2 | 0] << 16 | HEAPU8[$7 + 3 | 0] << 24), -1640531535) >>> 16 >>> $4 << 2) >> 2] = 0;
       $19_1 = $7 + 4 | 0;
       $21_1 = $7 - 1 | 0;
       $23_1 = $4 & 31;
       $5 = 2;
       $4 = 1;
       while (1) {
        $3 = $6_1;
        $10 = 33;
        block227 : {
         block128 : {
          while (1) {
           $6_1 = $5;
           $13_1 = $4 + $7 | 0;
           $5 = $13_1;
           $11_1 = (Math_imul(HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24), -1640531535) >>> 16 >>> $23_1 << 2) + $16_1 | 0;
           $5 = HEAP32[$11_1 >> 2];
           HEAP32[$11_1 >> 2] = $4;
           $22 = $4 - $5 | 0;
           if ($22 >>> 0 < 65536) {
            $11_1 = $5 + $7 | 0;
            if ((HEAPU8[$11_1 | 0] | HEAPU8[$11_1 + 1 | 0] << 8 | (HEAPU8[$11_1 + 2 | 0] << 16 | HEAPU8[$11_1 + 3 | 0] << 24)) == (HEAPU8[$13_1 | 0] | HEAPU8[$13_1 + 1 | 0] << 8 | (HEAPU8[$13_1 + 2 | 0] << 16 | HEAPU8[$13_1 + 3 | 0] << 24))) {
             break block128
            }
           }
           $5 = ($10 >>> 5 | 0) + $6_1 | 0;
           $10 = $10 + 1 | 0;
           $4 = $6_1;
           if ($4 >>> 0 <= 4294967283) {
            continue
           }
           break;
          };
          $6_1 = $3;
          break block227;
         }
         block330 : {
          if (!$5) {
           $6_1 = $5;
           break block330;
          }
          if ($3 >>> 0 >= $4 >>> 0) {
           $6_1 = $5;
           break block330;
          }
          while (1) {
           if (HEAPU8[$4 + $21_1 | 0] != HEAPU8[$5 + $21_1 | 0]) {
            $6_1 = $5;
            break block330;
           }
           $4 = $4 - 1 | 0;
           $6_1 = $5 - 1 | 0;
           if (($5 | 0) == 1) {
            break block330
           }
           $5 = $6_1;
           if ($3 >>> 0 < $4 >>> 0) {
            continue
           }
           break;
          };
         }
         $10 = $4 - $3 | 0;
         $13_1 = $4 + 4 | 0;
         $5 = -5 - $6_1 | 0;
         $11_1 = -11 - $4 | 0;
         $5 = $13_1 + ($5 >>> 0 < $11_1 >>> 0 ? $5 : $11_1) | 0;
         block632 : {
          block433 : {
           if ($5 >>> 0 < $4 + 8 >>> 0) {
            $4 = ($6_1 + $7 | 0) + 4 | 0;
            $9_1 = $13_1;
            break block433;
           }
           $11_1 = $6_1 + $19_1 | 0;
           $17 = $4 + $19_1 | 0;
           $6_1 = 0;
           block534 : {
            while (1) {
             $9_1 = $6_1 + $11_1 | 0;
             $25_1 = HEAPU8[$9_1 | 0] | HEAPU8[$9_1 + 1 | 0] << 8 | (HEAPU8[$9_1 + 2 | 0] << 16 | HEAPU8[$9_1 + 3 | 0] << 24);
             $9_1 = $6_1 + $17 | 0;
             $9_1 = $25_1 ^ (HEAPU8[$9_1 | 0] | HEAPU8[$9_1 + 1 | 0] << 8 | (HEAPU8[$9_1 + 2 | 0] << 16 | HEAPU8[$9_1 + 3 | 0] << 24));
             if (!$9_1) {
              $6_1 = $6_1 + 4 | 0;
              $9_1 = $6_1 + $4 | 0;
              if ($5 >>> 0 >= $9_1 + 8 >>> 0) {
               continue
              }
              break block534;
             }
             break;
            };
            $6_1 = ($6_1 + ((__wasm_ctz_i32($9_1) >>> 3 | 0) + $4 | 0) | 0) + 4 | 0;
            break block632;
           }
           $4 = $6_1 + $11_1 | 0;
           $9_1 = $9_1 + 4 | 0;
          }
          $6_1 = $9_1;
          $11_1 = $6_1 + 2 | 0;
          if ($11_1 >>> 0 <= $5 >>> 0) {
           $17 = $11_1;
           $6_1 = $6_1 + $7 | 0;
           $11_1 = (HEAPU8[$6_1 | 0] | HEAPU8[$6_1 + 1 | 0] << 8) == (HEAPU8[$4 | 0] | HEAPU8[$4 + 1 | 0] << 8);
           $6_1 = $11_1 ? $17 : $9_1;
           $4 = ($11_1 << 1) + $4 | 0;
          }
          if ($5 >>> 0 <= $6_1 >>> 0) {
           break block632
          }
          $6_1 = (HEAPU8[$6_1 + $7 | 0] == HEAPU8[$4 | 0]) + $6_1 | 0;
         }
         $4 = $6_1 - 2 | 0;
         $5 = $4 + $7 | 0;
         HEAP32[(Math_imul(HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24), -1640531535) >>> 16 >>> $23_1 << 2) + $16_1 >> 2] = $4;
         $13_1 = $6_1 - $13_1 | 0;
         HEAP8[HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0] = ($10 >>> 0 >= 15 ? -16 : $10 << 4) | ($13_1 >>> 0 >= 15 ? 15 : $13_1);
         HEAP32[$14_1 >> 2] = HEAP32[$14_1 >> 2] + 1;
         block836 : {
          block737 : {
           if ($10 >>> 0 <= 14) {
            $5 = $3 + $7 | 0;
            if ($10 >>> 0 >= 9) {
             break block737
            }
            $11_1 = HEAPU8[$5 + 4 | 0] | HEAPU8[$5 + 5 | 0] << 8 | (HEAPU8[$5 + 6 | 0] << 16 | HEAPU8[$5 + 7 | 0] << 24);
            $9_1 = HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0;
            $4 = $9_1;
            $5 = HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24);
            HEAP8[$4 | 0] = $5;
            HEAP8[$4 + 1 | 0] = $5 >>> 8;
            HEAP8[$4 + 2 | 0] = $5 >>> 16;
            HEAP8[$4 + 3 | 0] = $5 >>> 24;
            HEAP8[$4 + 4 | 0] = $11_1;
            HEAP8[$4 + 5 | 0] = $11_1 >>> 8;
            HEAP8[$4 + 6 | 0] = $11_1 >>> 16;
            HEAP8[$4 + 7 | 0] = $11_1 >>> 24;
            break block836;
           }
           $5 = $10 - 15 | 0;
           if ($5 >>> 0 >= 1020) {
            $4 = ($5 >>> 0) / 1020 | 0;
            $11_1 = $4 << 2;
            $28(HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0, 255, $11_1);
            HEAP32[$14_1 >> 2] = $11_1 + HEAP32[$14_1 >> 2];
            $5 = $5 - Math_imul($4, 1020) | 0;
           }
           $4 = HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0;
           HEAP8[$4 | 0] = 255;
           HEAP8[$4 + 1 | 0] = 255;
           HEAP8[$4 + 2 | 0] = 255;
           HEAP8[$4 + 3 | 0] = 255;
           $4 = (($5 & 65535) >>> 0) / 255 | 0;
           HEAP32[$14_1 >> 2] = ($4 + HEAP32[$14_1 >> 2] | 0) + 1;
           HEAP8[(HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0) - 1 | 0] = $4 + $5;
           $5 = $3 + $7 | 0;
           if ($10 >>> 0 < 17) {
            break block737
           }
           $4 = HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0;
           if ($10 >>> 0 >= 25) {
            $16($4, $5, $10);
            break block836;
           }
           $9_1 = HEAPU8[$5 + 4 | 0] | HEAPU8[$5 + 5 | 0] << 8 | (HEAPU8[$5 + 6 | 0] << 16 | HEAPU8[$5 + 7 | 0] << 24);
           $3 = HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24);
           HEAP8[$4 | 0] = $3;
           HEAP8[$4 + 1 | 0] = $3 >>> 8;
           HEAP8[$4 + 2 | 0] = $3 >>> 16;
           HEAP8[$4 + 3 | 0] = $3 >>> 24;
           HEAP8[$4 + 4 | 0] = $9_1;
           HEAP8[$4 + 5 | 0] = $9_1 >>> 8;
           HEAP8[$4 + 6 | 0] = $9_1 >>> 16;
           HEAP8[$4 + 7 | 0] = $9_1 >>> 24;
           $3 = $5 + 16 | 0;
           $17 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
           $11_1 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
           $9_1 = $4 + 16 | 0;
           $3 = $17;
           HEAP8[$9_1 | 0] = $3;
           HEAP8[$9_1 + 1 | 0] = $3 >>> 8;
           HEAP8[$9_1 + 2 | 0] = $3 >>> 16;
           HEAP8[$9_1 + 3 | 0] = $3 >>> 24;
           HEAP8[$9_1 + 4 | 0] = $11_1;
           HEAP8[$9_1 + 5 | 0] = $11_1 >>> 8;
           HEAP8[$9_1 + 6 | 0] = $11_1 >>> 16;
           HEAP8[$9_1 + 7 | 0] = $11_1 >>> 24;
           $3 = $5 + 8 | 0;
           $5 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
           $9_1 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
           $11_1 = $4 + 8 | 0;
           $4 = $11_1;
           HEAP8[$4 | 0] = $5;
           HEAP8[$4 + 1 | 0] = $5 >>> 8;
           HEAP8[$4 + 2 | 0] = $5 >>> 16;
           HEAP8[$4 + 3 | 0] = $5 >>> 24;
           HEAP8[$4 + 4 | 0] = $9_1;
           HEAP8[$4 + 5 | 0] = $9_1 >>> 8;
           HEAP8[$4 + 6 | 0] = $9_1 >>> 16;
           HEAP8[$4 + 7 | 0] = $9_1 >>> 24;
           break block836;
          }
          $11_1 = HEAPU8[$5 + 4 | 0] | HEAPU8[$5 + 5 | 0] << 8 | (HEAPU8[$5 + 6 | 0] << 16 | HEAPU8[$5 + 7 | 0] << 24);
          $4 = HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0;
          $3 = HEAPU8[$5 | 0] | HEAPU8[$5 + 1 | 0] << 8 | (HEAPU8[$5 + 2 | 0] << 16 | HEAPU8[$5 + 3 | 0] << 24);
          HEAP8[$4 | 0] = $3;
          HEAP8[$4 + 1 | 0] = $3 >>> 8;
          HEAP8[$4 + 2 | 0] = $3 >>> 16;
          HEAP8[$4 + 3 | 0] = $3 >>> 24;
          HEAP8[$4 + 4 | 0] = $11_1;
          HEAP8[$4 + 5 | 0] = $11_1 >>> 8;
          HEAP8[$4 + 6 | 0] = $11_1 >>> 16;
          HEAP8[$4 + 7 | 0] = $11_1 >>> 24;
          $3 = $5 + 8 | 0;
          $5 = HEAPU8[$3 | 0] | HEAPU8[$3 + 1 | 0] << 8 | (HEAPU8[$3 + 2 | 0] << 16 | HEAPU8[$3 + 3 | 0] << 24);
          $9_1 = HEAPU8[$3 + 4 | 0] | HEAPU8[$3 + 5 | 0] << 8 | (HEAPU8[$3 + 6 | 0] << 16 | HEAPU8[$3 + 7 | 0] << 24);
          $11_1 = $4 + 8 | 0;
          $4 = $11_1;
          HEAP8[$4 | 0] = $5;
          HEAP8[$4 + 1 | 0] = $5 >>> 8;
          HEAP8[$4 + 2 | 0] = $5 >>> 16;
          HEAP8[$4 + 3 | 0] = $5 >>> 24;
          HEAP8[$4 + 4 | 0] = $9_1;
          HEAP8[$4 + 5 | 0] = $9_1 >>> 8;
          HEAP8[$4 + 6 | 0] = $9_1 >>> 16;
          HEAP8[$4 + 7 | 0] = $9_1 >>> 24;
         }
         HEAP32[$14_1 >> 2] = $10 + HEAP32[$14_1 >> 2];
         $4 = HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0;
         HEAP8[$4 | 0] = $22;
         HEAP8[$4 + 1 | 0] = $22 >>> 8;
         HEAP32[$14_1 >> 2] = HEAP32[$14_1 >> 2] + 2;
         if ($13_1 >>> 0 > 14) {
          $4 = $13_1 - 15 | 0;
          if ($4 >>> 0 >= 1020) {
           $5 = ($4 >>> 0) / 1020 | 0;
           $3 = $5 << 2;
           $28(HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0, 255, $3);
           HEAP32[$14_1 >> 2] = $3 + HEAP32[$14_1 >> 2];
           $4 = $4 - Math_imul($5, 1020) | 0;
          }
          $5 = HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0;
          HEAP8[$5 | 0] = 255;
          HEAP8[$5 + 1 | 0] = 255;
          HEAP8[$5 + 2 | 0] = 255;
          HEAP8[$5 + 3 | 0] = 255;
          $5 = (($4 & 65535) >>> 0) / 255 | 0;
          HEAP32[$14_1 >> 2] = ($5 + HEAP32[$14_1 >> 2] | 0) + 1;
          HEAP8[(HEAP32[$12_1 + 4 >> 2] + HEAP32[$14_1 >> 2] | 0) - 1 | 0] = $4 + $5;
         }
         $5 = $6_1 + 1 | 0;
         $4 = $6_1;
         if ($4 >>> 0 <= 4294967283) {
          continue
         }
        }
        break;
       };
       $18($12_1, $7, -1, $6_1);
       $6_1 = HEAP32[$12_1 + 8 >> 2] - $20_1 | 0;
       $5 = 0;
      }
      HEAP32[$24_1 + 4 >> 2] = $6_1;
      HEAP32[$24_1 >> 2] = $5;
      $3 = HEAP32[$15 + 44 >> 2];
      $6_1 = HEAP32[$15 + 40 >> 2];
      $6($8);
     }
     if ($6_1) {
      break block12
     }
     $6_1 = HEAP32[$15 + 48 >> 2];
     HEAP32[$6_1 + 8 >> 2] = (HEAP32[$15 + 56 >> 2] + HEAP32[$15 + 52 >> 2] | 0) - HEAP32[$6_1 >> 2];
     $6_1 = $3 + 4 | 0;
     if ($6_1 >>> 0 <= HEAPU32[$27_1 >> 2]) {
      HEAP32[$27_1 >> 2] = $6_1
     }
     global$0 = $29_1;
     break __inlined_func$10$82;
    }
    $89(16384, 4);
    wasm2js_trap();
   }
   $33(1049080, 43, $15 - -64 | 0, 1049124, 1048692);
   wasm2js_trap();
  }
  if ($2) {
   $6($1)
  }
  $1 = HEAP32[$26_1 >> 2];
  block14 : {
   $6_1 = HEAP32[$26_1 + 8 >> 2];
   if ($6_1 >>> 0 >= HEAPU32[$26_1 + 4 >> 2]) {
    $2 = $1;
    break block14;
   }
   if (!$1) {
    $2 = $1;
    break block14;
   }
   if (!$6_1) {
    $2 = 1;
    $6($1);
    break block14;
   }
   $2 = $9($1, $6_1);
   if ($2) {
    break block14
   }
   $89($6_1, 1);
   wasm2js_trap();
  }
  HEAP32[$0_1 + 4 >> 2] = $6_1;
  HEAP32[$0_1 >> 2] = $2;
  global$0 = $26_1 + 16 | 0;
 }
 
 function $33($0_1, $1, $2, $3, $4) {
  var $5 = 0;
  $5 = global$0 + -64 | 0;
  global$0 = $5;
  HEAP32[$5 + 12 >> 2] = $1;
  HEAP32[$5 + 8 >> 2] = $0_1;
  HEAP32[$5 + 20 >> 2] = $3;
  HEAP32[$5 + 16 >> 2] = $2;
  HEAP32[$5 + 44 >> 2] = 2;
  HEAP32[$5 + 60 >> 2] = 27;
  HEAP32[$5 + 28 >> 2] = 2;
  HEAP32[$5 + 32 >> 2] = 0;
  HEAP32[$5 + 24 >> 2] = 1049760;
  HEAP32[$5 + 52 >> 2] = 28;
  HEAP32[$5 + 40 >> 2] = $5 + 48;
  HEAP32[$5 + 56 >> 2] = $5 + 16;
  HEAP32[$5 + 48 >> 2] = $5 + 8;
  $50($5 + 24 | 0, $4);
  wasm2js_trap();
 }
 
 function $38($0_1, $1) {
  var $2 = 0, $3 = 0, $4 = 0, $5 = 0, $6_1 = 0;
  $2 = global$0 - 32 | 0;
  global$0 = $2;
  $5 = HEAP32[$0_1 + 28 >> 2];
  $6_1 = HEAP32[$0_1 + 24 >> 2];
  $0_1 = $1 + 16 | 0;
  $4 = HEAP32[$0_1 >> 2];
  $0_1 = HEAP32[$0_1 + 4 >> 2];
  $3 = $2 + 24 | 0;
  HEAP32[$3 >> 2] = $4;
  HEAP32[$3 + 4 >> 2] = $0_1;
  $0_1 = $1 + 8 | 0;
  $4 = HEAP32[$0_1 >> 2];
  $3 = HEAP32[$0_1 + 4 >> 2];
  $0_1 = $2 + 16 | 0;
  HEAP32[$0_1 >> 2] = $4;
  HEAP32[$0_1 + 4 >> 2] = $3;
  $0_1 = HEAP32[$1 + 4 >> 2];
  HEAP32[$2 + 8 >> 2] = HEAP32[$1 >> 2];
  HEAP32[$2 + 12 >> 2] = $0_1;
  $0_1 = $11($6_1, $5, $2 + 8 | 0);
  global$0 = $2 + 32 | 0;
  return $0_1;
 }
 
 function $39($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0;
  $2 = global$0 - 32 | 0;
  global$0 = $2;
  HEAP32[$2 + 4 >> 2] = HEAP32[$0_1 >> 2];
  $0_1 = $1 + 16 | 0;
  $4 = HEAP32[$0_1 >> 2];
  $0_1 = HEAP32[$0_1 + 4 >> 2];
  $3 = $2 + 24 | 0;
  HEAP32[$3 >> 2] = $4;
  HEAP32[$3 + 4 >> 2] = $0_1;
  $0_1 = $1 + 8 | 0;
  $4 = HEAP32[$0_1 >> 2];
  $3 = HEAP32[$0_1 + 4 >> 2];
  $0_1 = $2 + 16 | 0;
  HEAP32[$0_1 >> 2] = $4;
  HEAP32[$0_1 + 4 >> 2] = $3;
  $0_1 = HEAP32[$1 + 4 >> 2];
  HEAP32[$2 + 8 >> 2] = HEAP32[$1 >> 2];
  HEAP32[$2 + 12 >> 2] = $0_1;
  $0_1 = $11($2 + 4 | 0, 1049140, $2 + 8 | 0);
  global$0 = $2 + 32 | 0;
  return $0_1 | 0;
 }
 
 function $40($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0;
  $2 = global$0 - 32 | 0;
  global$0 = $2;
  HEAP32[$2 + 4 >> 2] = HEAP32[$0_1 >> 2];
  $0_1 = $1 + 16 | 0;
  $4 = HEAP32[$0_1 >> 2];
  $0_1 = HEAP32[$0_1 + 4 >> 2];
  $3 = $2 + 24 | 0;
  HEAP32[$3 >> 2] = $4;
  HEAP32[$3 + 4 >> 2] = $0_1;
  $0_1 = $1 + 8 | 0;
  $4 = HEAP32[$0_1 >> 2];
  $3 = HEAP32[$0_1 + 4 >> 2];
  $0_1 = $2 + 16 | 0;
  HEAP32[$0_1 >> 2] = $4;
  HEAP32[$0_1 + 4 >> 2] = $3;
  $0_1 = HEAP32[$1 + 4 >> 2];
  HEAP32[$2 + 8 >> 2] = HEAP32[$1 >> 2];
  HEAP32[$2 + 12 >> 2] = $0_1;
  $0_1 = $11($2 + 4 | 0, 1049644, $2 + 8 | 0);
  global$0 = $2 + 32 | 0;
  return $0_1 | 0;
 }
 
 function $41($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0;
  $2 = global$0 - 32 | 0;
  global$0 = $2;
  HEAP32[$2 + 4 >> 2] = $0_1;
  $0_1 = $1 + 16 | 0;
  $4 = HEAP32[$0_1 >> 2];
  $0_1 = HEAP32[$0_1 + 4 >> 2];
  $3 = $2 + 24 | 0;
  HEAP32[$3 >> 2] = $4;
  HEAP32[$3 + 4 >> 2] = $0_1;
  $0_1 = $1 + 8 | 0;
  $4 = HEAP32[$0_1 >> 2];
  $3 = HEAP32[$0_1 + 4 >> 2];
  $0_1 = $2 + 16 | 0;
  HEAP32[$0_1 >> 2] = $4;
  HEAP32[$0_1 + 4 >> 2] = $3;
  $0_1 = HEAP32[$1 + 4 >> 2];
  HEAP32[$2 + 8 >> 2] = HEAP32[$1 >> 2];
  HEAP32[$2 + 12 >> 2] = $0_1;
  $0_1 = $11($2 + 4 | 0, 1049140, $2 + 8 | 0);
  global$0 = $2 + 32 | 0;
  return $0_1 | 0;
 }
 
 function $42($0_1, $1, $2) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  $2 = $2 | 0;
  var $3 = 0, $4 = 0;
  $3 = HEAP32[$0_1 >> 2];
  $4 = $3 + 8 | 0;
  $0_1 = HEAP32[$4 >> 2];
  if ($2 >>> 0 > HEAP32[$3 + 4 >> 2] - $0_1 >>> 0) {
   $25($3, $0_1, $2);
   $0_1 = HEAP32[$4 >> 2];
  }
  $16($0_1 + HEAP32[$3 >> 2] | 0, $1, $2);
  HEAP32[$4 >> 2] = $0_1 + $2;
  return 0;
 }
 
 function $43($0_1, $1, $2) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  $2 = $2 | 0;
  var $3 = 0, $4 = 0;
  $4 = $0_1 + 8 | 0;
  $3 = HEAP32[$4 >> 2];
  if ($2 >>> 0 > HEAP32[$0_1 + 4 >> 2] - $3 >>> 0) {
   $25($0_1, $3, $2);
   $3 = HEAP32[$4 >> 2];
  }
  $16($3 + HEAP32[$0_1 >> 2] | 0, $1, $2);
  HEAP32[$4 >> 2] = $2 + $3;
  return 0;
 }
 
 function $44($0_1, $1, $2) {
  var $3 = 0;
  block1 : {
   block : {
    if (($1 | 0) != 1114112) {
     $3 = 1;
     if (FUNCTION_TABLE[HEAP32[HEAP32[$0_1 + 28 >> 2] + 16 >> 2]](HEAP32[$0_1 + 24 >> 2], $1) | 0) {
      break block
     }
    }
    if ($2) {
     break block1
    }
    $3 = 0;
   }
   return $3;
  }
  return FUNCTION_TABLE[HEAP32[HEAP32[$0_1 + 28 >> 2] + 12 >> 2]](HEAP32[$0_1 + 24 >> 2], $2, 0) | 0;
 }
 
 function $45($0_1, $1, $2) {
  var $3 = 0;
  $3 = global$0 - 32 | 0;
  global$0 = $3;
  HEAP32[$3 + 20 >> 2] = 0;
  HEAP32[$3 + 16 >> 2] = 1049740;
  HEAP32[$3 + 4 >> 2] = 1;
  HEAP32[$3 + 8 >> 2] = 0;
  HEAP32[$3 + 28 >> 2] = $1;
  HEAP32[$3 + 24 >> 2] = $0_1;
  HEAP32[$3 >> 2] = $3 + 24;
  $50($3, $2);
  wasm2js_trap();
 }
 
 function $46($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0;
  $2 = HEAP32[$1 + 4 >> 2];
  $3 = HEAP32[$1 >> 2];
  $1 = $13(8, 4);
  if (!$1) {
   $89(8, 4);
   wasm2js_trap();
  }
  HEAP32[$1 + 4 >> 2] = $2;
  HEAP32[$1 >> 2] = $3;
  HEAP32[$0_1 + 4 >> 2] = 1049588;
  HEAP32[$0_1 >> 2] = $1;
 }
 
 function $49() {
  var $0_1 = 0;
  $0_1 = global$0 - 32 | 0;
  global$0 = $0_1;
  HEAP32[$0_1 + 28 >> 2] = 0;
  HEAP32[$0_1 + 24 >> 2] = 1049696;
  HEAP32[$0_1 + 12 >> 2] = 1;
  HEAP32[$0_1 + 16 >> 2] = 0;
  HEAP32[$0_1 + 8 >> 2] = 1049716;
  $50($0_1 + 8 | 0, 1049724);
  wasm2js_trap();
 }
 
 function $50($0_1, $1) {
  var $2 = 0, $3 = 0, $4 = 0;
  $2 = global$0 - 32 | 0;
  global$0 = $2;
  HEAP8[$2 + 24 | 0] = 1;
  HEAP32[$2 + 20 >> 2] = $1;
  HEAP32[$2 + 16 >> 2] = $0_1;
  HEAP32[$2 + 12 >> 2] = 1049740;
  HEAP32[$2 + 8 >> 2] = 1049740;
  $0_1 = global$0 - 16 | 0;
  global$0 = $0_1;
  $1 = $2 + 8 | 0;
  $2 = HEAP32[$1 + 12 >> 2];
  if (!$2) {
   $45(1049468, 43, 1049540);
   wasm2js_trap();
  }
  $3 = HEAP32[$1 + 8 >> 2];
  if (!$3) {
   $45(1049468, 43, 1049556);
   wasm2js_trap();
  }
  HEAP32[$0_1 + 8 >> 2] = $2;
  HEAP32[$0_1 + 4 >> 2] = $1;
  HEAP32[$0_1 >> 2] = $3;
  $3 = HEAP32[$0_1 + 4 >> 2];
  $4 = HEAP32[$0_1 + 8 >> 2];
  $1 = global$0 - 16 | 0;
  global$0 = $1;
  $0_1 = HEAP32[$0_1 >> 2];
  $2 = HEAP32[$0_1 + 20 >> 2];
  block2 : {
   block3 : {
    block1 : {
     switch (HEAP32[$0_1 + 4 >> 2]) {
     case 0:
      if ($2) {
       break block2
      }
      $0_1 = 0;
      $2 = 1049468;
      break block3;
     case 1:
      break block1;
     default:
      break block2;
     };
    }
    if ($2) {
     break block2
    }
    $2 = HEAP32[$0_1 >> 2];
    $0_1 = HEAP32[$2 + 4 >> 2];
    $2 = HEAP32[$2 >> 2];
   }
   HEAP32[$1 + 4 >> 2] = $0_1;
   HEAP32[$1 >> 2] = $2;
   $24($1, 1049624, HEAP32[$3 + 8 >> 2], $4, HEAPU8[$3 + 16 | 0]);
   wasm2js_trap();
  }
  HEAP32[$1 + 4 >> 2] = 0;
  HEAP32[$1 >> 2] = $0_1;
  $24($1, 1049604, HEAP32[$3 + 8 >> 2], $4, HEAPU8[$3 + 16 | 0]);
  wasm2js_trap();
 }
 
 function $51($0_1) {
  $0_1 = $0_1 | 0;
  block : {
   if ($0_1 >>> 0 > 4294967292) {
    break block
   }
   if (!$0_1) {
    return 4
   }
   $0_1 = $13($0_1, ($0_1 >>> 0 < 4294967293) << 2);
   if (!$0_1) {
    break block
   }
   return $0_1 | 0;
  }
  wasm2js_trap();
 }
 
 function $52($0_1, $1) {
  $1 = $13($0_1, $1);
  block : {
   if (!$1) {
    break block
   }
   if ($77($95($1))) {
    break block
   }
   $28($1, 0, $0_1);
  }
  return $1;
 }
 
 function $54($0_1, $1) {
  HEAP32[$0_1 + 4 >> 2] = $1 | HEAP32[$0_1 + 4 >> 2] & 1 | 2;
  $0_1 = $0_1 + $1 | 0;
  HEAP32[$0_1 + 4 >> 2] = HEAP32[$0_1 + 4 >> 2] | 1;
 }
 
 function $55($0_1) {
  $0_1 = $0_1 | 0;
  wasm2js_trap();
 }
 
 function $57($0_1, $1, $2) {
  HEAP32[$2 + 4 >> 2] = HEAP32[$2 + 4 >> 2] & -2;
  HEAP32[$0_1 + 4 >> 2] = $1 | 1;
  HEAP32[$0_1 + $1 >> 2] = $1;
 }
 
 function $58($0_1, $1) {
  HEAP32[$0_1 + 4 >> 2] = $1 | 3;
  $0_1 = $0_1 + $1 | 0;
  HEAP32[$0_1 + 4 >> 2] = HEAP32[$0_1 + 4 >> 2] | 1;
 }
 
 function $59($0_1) {
  var $1 = 0;
  $1 = HEAP32[$0_1 + 16 >> 2];
  if (!$1) {
   $1 = HEAP32[$0_1 + 20 >> 2]
  }
  return $1;
 }
 
 function $60($0_1) {
  return ($0_1 | 0) != 31 ? 25 - ($0_1 >>> 1 | 0) | 0 : 0;
 }
 
 function $61($0_1, $1) {
  HEAP32[$0_1 + 4 >> 2] = $1 | 1;
  HEAP32[$0_1 + $1 >> 2] = $1;
 }
 
 function $62($0_1, $1, $2) {
  return FUNCTION_TABLE[HEAP32[HEAP32[$0_1 + 28 >> 2] + 12 >> 2]](HEAP32[$0_1 + 24 >> 2], $1, $2) | 0;
 }
 
 function $63($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  return FUNCTION_TABLE[HEAP32[HEAP32[$1 + 28 >> 2] + 12 >> 2]](HEAP32[$1 + 24 >> 2], 1050128, 5) | 0;
 }
 
 function $64($0_1, $1) {
  return ($0_1 + $1 | 0) - 1 & 0 - $1;
 }
 
 function $66($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  if ($1) {
   $6($0_1)
  }
 }
 
 function $67($0_1) {
  $0_1 = $0_1 << 1;
  return $0_1 | 0 - $0_1;
 }
 
 function $68($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  return FUNCTION_TABLE[HEAP32[HEAP32[$0_1 + 4 >> 2] + 12 >> 2]](HEAP32[$0_1 >> 2], $1) | 0;
 }
 
 function $69($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  $14(HEAP32[$0_1 >> 2], $1);
  return 0;
 }
 
 function $72($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  HEAP32[$0_1 + 4 >> 2] = 1049588;
  HEAP32[$0_1 >> 2] = $1;
 }
 
 function $73($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0;
  $3 = HEAP32[$0_1 >> 2];
  $0_1 = global$0 - 16 | 0;
  global$0 = $0_1;
  block2 : {
   block1 : {
    block : {
     if ($1 >>> 0 >= 128) {
      HEAP32[$0_1 + 12 >> 2] = 0;
      if ($1 >>> 0 >= 2048) {
       break block
      }
      HEAP8[$0_1 + 13 | 0] = $1 & 63 | 128;
      HEAP8[$0_1 + 12 | 0] = $1 >>> 6 | 192;
      $1 = 2;
      break block1;
     }
     $2 = HEAP32[$3 + 8 >> 2];
     if (($2 | 0) == HEAP32[$3 + 4 >> 2]) {
      $26($3, $2);
      $2 = HEAP32[$3 + 8 >> 2];
     }
     HEAP32[$3 + 8 >> 2] = $2 + 1;
     HEAP8[$2 + HEAP32[$3 >> 2] | 0] = $1;
     break block2;
    }
    if ($1 >>> 0 >= 65536) {
     HEAP8[$0_1 + 15 | 0] = $1 & 63 | 128;
     HEAP8[$0_1 + 12 | 0] = $1 >>> 18 | 240;
     HEAP8[$0_1 + 14 | 0] = $1 >>> 6 & 63 | 128;
     HEAP8[$0_1 + 13 | 0] = $1 >>> 12 & 63 | 128;
     $1 = 4;
     break block1;
    }
    HEAP8[$0_1 + 14 | 0] = $1 & 63 | 128;
    HEAP8[$0_1 + 12 | 0] = $1 >>> 12 | 224;
    HEAP8[$0_1 + 13 | 0] = $1 >>> 6 & 63 | 128;
    $1 = 3;
   }
   $4 = $3 + 8 | 0;
   $2 = HEAP32[$4 >> 2];
   if ($1 >>> 0 > HEAP32[$3 + 4 >> 2] - $2 >>> 0) {
    $25($3, $2, $1);
    $2 = HEAP32[$4 >> 2];
   }
   $16($2 + HEAP32[$3 >> 2] | 0, $0_1 + 12 | 0, $1);
   HEAP32[$4 >> 2] = $1 + $2;
  }
  global$0 = $0_1 + 16 | 0;
  return 0;
 }
 
 function $74($0_1) {
  return (HEAPU8[$0_1 + 4 | 0] & 2) >>> 1 | 0;
 }
 
 function $75($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0, $9_1 = 0, $10 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0;
  $5 = HEAP32[$0_1 >> 2];
  $7 = HEAP32[$0_1 + 4 >> 2];
  __inlined_func$7$81 : {
   block7 : {
    block3 : {
     block : {
      block2 : {
       block1 : {
        $8 = $1;
        $6_1 = HEAP32[$1 + 8 >> 2];
        $0_1 = HEAP32[$1 + 16 >> 2];
        if (!(($6_1 | 0) != 1 & ($0_1 | 0) != 1)) {
         if (($0_1 | 0) != 1) {
          break block
         }
         $12_1 = $7 + $5 | 0;
         $3 = HEAP32[$1 + 20 >> 2];
         if ($3) {
          break block1
         }
         $0_1 = $5;
         break block2;
        }
        $1 = FUNCTION_TABLE[HEAP32[HEAP32[$8 + 28 >> 2] + 12 >> 2]](HEAP32[$8 + 24 >> 2], $5, $7) | 0;
        break block3;
       }
       $0_1 = $5;
       while (1) {
        $1 = $0_1;
        if (($12_1 | 0) == ($0_1 | 0)) {
         break block
        }
        $4 = $0_1 + 1 | 0;
        $0_1 = HEAP8[$0_1 | 0];
        block4 : {
         if (($0_1 | 0) >= 0) {
          break block4
         }
         $4 = $1 + 2 | 0;
         if ($0_1 >>> 0 < 4294967264) {
          break block4
         }
         $4 = $1 + 3 | 0;
         if ($0_1 >>> 0 < 4294967280) {
          break block4
         }
         if ((($0_1 & 255) << 18 & 1835008 | (HEAPU8[$1 + 3 | 0] & 63 | ((HEAPU8[$1 + 2 | 0] & 63) << 6 | (HEAPU8[$1 + 1 | 0] & 63) << 12))) == 1114112) {
          break block
         }
         $4 = $1 + 4 | 0;
        }
        $0_1 = $4;
        $2 = $0_1 + ($2 - $1 | 0) | 0;
        $3 = $3 - 1 | 0;
        if ($3) {
         continue
        }
        break;
       };
      }
      if (($0_1 | 0) == ($12_1 | 0)) {
       break block
      }
      $1 = HEAP8[$0_1 | 0];
      if (!(($1 | 0) >= 0 | $1 >>> 0 < 4294967264 | $1 >>> 0 < 4294967280)) {
       if ((($1 & 255) << 18 & 1835008 | (HEAPU8[$0_1 + 3 | 0] & 63 | ((HEAPU8[$0_1 + 2 | 0] & 63) << 6 | (HEAPU8[$0_1 + 1 | 0] & 63) << 12))) == 1114112) {
        break block
       }
      }
      block6 : {
       block5 : {
        if (!$2) {
         $0_1 = 0;
         break block5;
        }
        if ($2 >>> 0 >= $7 >>> 0) {
         $1 = 0;
         $0_1 = $7;
         if (($0_1 | 0) == ($2 | 0)) {
          break block5
         }
         break block6;
        }
        $1 = 0;
        $0_1 = $2;
        if (HEAP8[$5 + $0_1 | 0] < -64) {
         break block6
        }
       }
       $2 = $0_1;
       $1 = $5;
      }
      $7 = $1 ? $2 : $7;
      $5 = $1 ? $1 : $5;
     }
     if (!$6_1) {
      break block7
     }
     $12_1 = HEAP32[$8 + 12 >> 2];
     block8 : {
      if ($7 >>> 0 >= 16) {
       $6_1 = 0;
       __inlined_func$5$32 : {
        block40 : {
         block9 : {
          $0_1 = $5;
          $2 = $0_1 + 3 & -4;
          $3 = $2 - $0_1 | 0;
          $1 = $7;
          if ($3 >>> 0 > $1 >>> 0 | $3 >>> 0 > 4) {
           break block9
          }
          $10 = $1 - $3 | 0;
          if ($10 >>> 0 < 4) {
           break block9
          }
          $13_1 = $10 & 3;
          $1 = 0;
          block110 : {
           if (!$3) {
            break block110
           }
           $11_1 = $3 & 3;
           block211 : {
            if (($0_1 ^ -1) + $2 >>> 0 < 3) {
             $2 = $0_1;
             break block211;
            }
            $6_1 = $3 & -4;
            $2 = $0_1;
            while (1) {
             $1 = ((((HEAP8[$2 | 0] > -65) + $1 | 0) + (HEAP8[$2 + 1 | 0] > -65) | 0) + (HEAP8[$2 + 2 | 0] > -65) | 0) + (HEAP8[$2 + 3 | 0] > -65) | 0;
             $2 = $2 + 4 | 0;
             $6_1 = $6_1 - 4 | 0;
             if ($6_1) {
              continue
             }
             break;
            };
           }
           if (!$11_1) {
            break block110
           }
           while (1) {
            $1 = (HEAP8[$2 | 0] > -65) + $1 | 0;
            $2 = $2 + 1 | 0;
            $11_1 = $11_1 - 1 | 0;
            if ($11_1) {
             continue
            }
            break;
           };
          }
          $0_1 = $0_1 + $3 | 0;
          block313 : {
           if (!$13_1) {
            break block313
           }
           $2 = ($10 & -4) + $0_1 | 0;
           $9_1 = HEAP8[$2 | 0] > -65;
           if (($13_1 | 0) == 1) {
            break block313
           }
           $9_1 = (HEAP8[$2 + 1 | 0] > -65) + $9_1 | 0;
           if (($13_1 | 0) == 2) {
            break block313
           }
           $9_1 = (HEAP8[$2 + 2 | 0] > -65) + $9_1 | 0;
          }
          $3 = $10 >>> 2 | 0;
          $6_1 = $1 + $9_1 | 0;
          while (1) {
           $1 = $0_1;
           if (!$3) {
            break block40
           }
           $9_1 = $3 >>> 0 >= 192 ? 192 : $3;
           $10 = $9_1 & 3;
           $13_1 = $9_1 << 2;
           $11_1 = $9_1 & 252;
           $0_1 = $11_1 << 2;
           block514 : {
            if (!$0_1) {
             $2 = 0;
             break block514;
            }
            $14_1 = $0_1 + $1 | 0;
            $2 = 0;
            $0_1 = $1;
            while (1) {
             $4 = $2;
             $2 = HEAP32[$0_1 >> 2];
             $4 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
             $2 = HEAP32[$0_1 + 4 >> 2];
             $4 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
             $2 = HEAP32[$0_1 + 8 >> 2];
             $4 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
             $2 = HEAP32[$0_1 + 12 >> 2];
             $2 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
             $0_1 = $0_1 + 16 | 0;
             if (($14_1 | 0) != ($0_1 | 0)) {
              continue
             }
             break;
            };
           }
           $0_1 = $1 + $13_1 | 0;
           $3 = $3 - $9_1 | 0;
           $6_1 = $6_1 + (Math_imul(($2 >>> 8 & 16711935) + ($2 & 16711935) | 0, 65537) >>> 16 | 0) | 0;
           if (!$10) {
            continue
           }
           break;
          };
          $0_1 = ($11_1 << 2) + $1 | 0;
          $3 = $10 + 1073741823 | 0;
          $1 = $3 & 1073741823;
          $2 = $1 + 1 | 0;
          $9_1 = $2 & 3;
          block615 : {
           if ($1 >>> 0 < 3) {
            $2 = 0;
            break block615;
           }
           $1 = $2 & 2147483644;
           $2 = 0;
           while (1) {
            $4 = $2;
            $2 = HEAP32[$0_1 >> 2];
            $4 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
            $2 = HEAP32[$0_1 + 4 >> 2];
            $4 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
            $2 = HEAP32[$0_1 + 8 >> 2];
            $4 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
            $2 = HEAP32[$0_1 + 12 >> 2];
            $2 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
            $0_1 = $0_1 + 16 | 0;
            $1 = $1 - 4 | 0;
            if ($1) {
             continue
            }
            break;
           };
          }
          if ($9_1) {
           $1 = $3 - 1073741823 | 0;
           while (1) {
            $4 = $2;
            $2 = HEAP32[$0_1 >> 2];
            $2 = $4 + ((($2 ^ -1) >>> 7 | $2 >>> 6) & 16843009) | 0;
            $0_1 = $0_1 + 4 | 0;
            $1 = $1 - 1 | 0;
            if ($1) {
             continue
            }
            break;
           };
          }
          $2 = $6_1 + (Math_imul(($2 >>> 8 & 16711935) + ($2 & 16711935) | 0, 65537) >>> 16 | 0) | 0;
          break __inlined_func$5$32;
         }
         $2 = 0;
         if (!$1) {
          break __inlined_func$5$32
         }
         $2 = $1 & 3;
         if ($1 - 1 >>> 0 >= 3) {
          $1 = $1 & -4;
          while (1) {
           $6_1 = ((((HEAP8[$0_1 | 0] > -65) + $6_1 | 0) + (HEAP8[$0_1 + 1 | 0] > -65) | 0) + (HEAP8[$0_1 + 2 | 0] > -65) | 0) + (HEAP8[$0_1 + 3 | 0] > -65) | 0;
           $0_1 = $0_1 + 4 | 0;
           $1 = $1 - 4 | 0;
           if ($1) {
            continue
           }
           break;
          };
         }
         if (!$2) {
          break block40
         }
         while (1) {
          $6_1 = (HEAP8[$0_1 | 0] > -65) + $6_1 | 0;
          $0_1 = $0_1 + 1 | 0;
          $2 = $2 - 1 | 0;
          if ($2) {
           continue
          }
          break;
         };
        }
        $2 = $6_1;
       }
       $0_1 = $2;
       break block8;
      }
      if (!$7) {
       $0_1 = 0;
       break block8;
      }
      $2 = $7 & 3;
      block916 : {
       if ($7 - 1 >>> 0 < 3) {
        $0_1 = 0;
        $1 = $5;
        break block916;
       }
       $3 = $7 & -4;
       $0_1 = 0;
       $1 = $5;
       while (1) {
        $0_1 = ((((HEAP8[$1 | 0] > -65) + $0_1 | 0) + (HEAP8[$1 + 1 | 0] > -65) | 0) + (HEAP8[$1 + 2 | 0] > -65) | 0) + (HEAP8[$1 + 3 | 0] > -65) | 0;
        $1 = $1 + 4 | 0;
        $3 = $3 - 4 | 0;
        if ($3) {
         continue
        }
        break;
       };
      }
      if (!$2) {
       break block8
      }
      while (1) {
       $0_1 = (HEAP8[$1 | 0] > -65) + $0_1 | 0;
       $1 = $1 + 1 | 0;
       $2 = $2 - 1 | 0;
       if ($2) {
        continue
       }
       break;
      };
     }
     if ($0_1 >>> 0 < $12_1 >>> 0) {
      $1 = 0;
      $0_1 = $12_1 - $0_1 | 0;
      $3 = $0_1;
      block12 : {
       block11 : {
        block10 : {
         $2 = HEAPU8[$8 + 32 | 0];
         switch (((($2 | 0) != 3 ? $2 : 0) & 3) - 1 | 0) {
         case 0:
          break block10;
         case 1:
          break block11;
         default:
          break block12;
         };
        }
        $3 = 0;
        $1 = $0_1;
        break block12;
       }
       $1 = $0_1 >>> 1 | 0;
       $3 = $0_1 + 1 >>> 1 | 0;
      }
      $1 = $1 + 1 | 0;
      $0_1 = HEAP32[$8 + 28 >> 2];
      $2 = HEAP32[$8 + 4 >> 2];
      $8 = HEAP32[$8 + 24 >> 2];
      block13 : {
       while (1) {
        $1 = $1 - 1 | 0;
        if (!$1) {
         break block13
        }
        if (!(FUNCTION_TABLE[HEAP32[$0_1 + 16 >> 2]]($8, $2) | 0)) {
         continue
        }
        break;
       };
       $5 = 1;
       break __inlined_func$7$81;
      }
      $1 = 1;
      if (($2 | 0) == 1114112) {
       break block3
      }
      if (FUNCTION_TABLE[HEAP32[$0_1 + 12 >> 2]]($8, $5, $7) | 0) {
       break block3
      }
      $1 = 0;
      while (1) {
       $5 = 0;
       if (($1 | 0) == ($3 | 0)) {
        break __inlined_func$7$81
       }
       $1 = $1 + 1 | 0;
       if (!(FUNCTION_TABLE[HEAP32[$0_1 + 16 >> 2]]($8, $2) | 0)) {
        continue
       }
       break;
      };
      $5 = $3 >>> 0 > $1 - 1 >>> 0;
      break __inlined_func$7$81;
     }
     break block7;
    }
    $5 = $1;
    break __inlined_func$7$81;
   }
   $5 = FUNCTION_TABLE[HEAP32[HEAP32[$8 + 28 >> 2] + 12 >> 2]](HEAP32[$8 + 24 >> 2], $5, $7) | 0;
  }
  return $5 | 0;
 }
 
 function $76($0_1) {
  return $0_1 & 0 - $0_1;
 }
 
 function $77($0_1) {
  return !(HEAPU8[$0_1 + 4 | 0] & 3);
 }
 
 function $78($0_1, $1) {
  HEAP32[$0_1 + 4 >> 2] = $1 | 3;
 }
 
 function $79($0_1) {
  return HEAP32[$0_1 >> 2] + HEAP32[$0_1 + 4 >> 2] | 0;
 }
 
 function $80($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  while (1) continue;
 }
 
 function $81($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  var $2 = 0, $3 = 0, $4 = 0, $5 = 0, $6_1 = 0, $7 = 0, $8 = 0, $9_1 = 0, $10 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15 = 0, $16_1 = 0, $17 = 0;
  $5 = $1;
  $14_1 = global$0 - 48 | 0;
  global$0 = $14_1;
  $8 = 39;
  $2 = HEAP32[$0_1 >> 2];
  block : {
   if ($2 >>> 0 < 1e4) {
    $0_1 = $2;
    break block;
   }
   while (1) {
    $4 = $2;
    $6_1 = 0;
    $15 = 0;
    $16_1 = 0;
    $0_1 = $7;
    $12_1 = $0_1;
    __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$76 : {
     if (!$0_1) {
      i64toi32_i32$HIGH_BITS = 0;
      $0_1 = ($2 >>> 0) / 1e4 | 0;
      break __inlined_func$_ZN17compiler_builtins3int4udiv10divmod_u6417h6026910b5ed08e40E$76;
     }
     $12_1 = 51 - Math_clz32($12_1) | 0;
     $17 = 0 - $12_1 | 0;
     $9_1 = $0_1;
     $1 = $4;
     $13_1 = $12_1 & 63;
     $11_1 = $13_1 & 31;
     if (($13_1 & 63) >>> 0 >= 32) {
      $10 = $0_1 >>> $11_1 | 0
     } else {
      $6_1 = $9_1 >>> $11_1 | 0;
      $10 = ((1 << $11_1) - 1 & $9_1) << 32 - $11_1 | $1 >>> $11_1;
     }
     $3 = $6_1;
     $6_1 = $0_1;
     $9_1 = $4;
     $13_1 = $17 & 63;
     $11_1 = $13_1 & 31;
     if (($13_1 & 63) >>> 0 >= 32) {
      $1 = $4 << $11_1;
      $4 = 0;
     } else {
      $1 = (1 << $11_1) - 1 & $9_1 >>> 32 - $11_1 | $6_1 << $11_1;
      $4 = $9_1 << $11_1;
     }
     $0_1 = $1;
     if ($12_1) {
      while (1) {
       $1 = $10;
       $6_1 = $3 << 1 | $1 >>> 31;
       $10 = $1 << 1 | $0_1 >>> 31;
       $9_1 = $10;
       $15 = 0 - (($9_1 >>> 0 > 9999) + $6_1 | 0) >> 31;
       $13_1 = $15 & 1e4;
       $10 = $9_1 - $13_1 | 0;
       $3 = $6_1 - ($9_1 >>> 0 < $13_1 >>> 0) | 0;
       $1 = $0_1 << 1 | $4 >>> 31;
       $4 = $16_1 | $4 << 1;
       $0_1 = $1;
       $15 = $15 & 1;
       $16_1 = $15;
       $12_1 = $12_1 - 1 | 0;
       if ($12_1) {
        continue
       }
       break;
      }
     }
     i64toi32_i32$HIGH_BITS = $0_1 << 1 | $4 >>> 31;
     $0_1 = $15 | $4 << 1;
    }
    $6_1 = $0_1 >>> 16 | 0;
    $1 = i64toi32_i32$HIGH_BITS;
    $3 = Math_imul($6_1, 0) + Math_imul($1, 1e4) | 0;
    $4 = Math_imul($0_1 & 65535, 1e4);
    $6_1 = Math_imul($6_1, 1e4) + ($4 >>> 16 | 0) | 0;
    i64toi32_i32$HIGH_BITS = $3 + ($6_1 >>> 16 | 0) | 0;
    $3 = $8 + ($14_1 + 9 | 0) | 0;
    $10 = $3 - 4 | 0;
    $4 = $2 - ($4 & 65535 | ($6_1 & 65535) << 16) | 0;
    $9_1 = (($4 & 65535) >>> 0) / 100 | 0;
    $6_1 = ($9_1 << 1) + 1049776 | 0;
    $6_1 = HEAPU8[$6_1 | 0] | HEAPU8[$6_1 + 1 | 0] << 8;
    HEAP8[$10 | 0] = $6_1;
    HEAP8[$10 + 1 | 0] = $6_1 >>> 8;
    $3 = $3 - 2 | 0;
    $4 = (($4 - Math_imul($9_1, 100) & 65535) << 1) + 1049776 | 0;
    $4 = HEAPU8[$4 | 0] | HEAPU8[$4 + 1 | 0] << 8;
    HEAP8[$3 | 0] = $4;
    HEAP8[$3 + 1 | 0] = $4 >>> 8;
    $8 = $8 - 4 | 0;
    $3 = !$7 & $2 >>> 0 > 99999999 | ($7 | 0) != 0;
    $2 = $0_1;
    $7 = $1;
    if ($3) {
     continue
    }
    break;
   };
  }
  $3 = $0_1;
  if ($0_1 >>> 0 > 99) {
   $8 = $8 - 2 | 0;
   $2 = $8 + ($14_1 + 9 | 0) | 0;
   $3 = (($0_1 & 65535) >>> 0) / 100 | 0;
   $7 = (($0_1 - Math_imul($3, 100) & 65535) << 1) + 1049776 | 0;
   $7 = HEAPU8[$7 | 0] | HEAPU8[$7 + 1 | 0] << 8;
   HEAP8[$2 | 0] = $7;
   HEAP8[$2 + 1 | 0] = $7 >>> 8;
  }
  block1 : {
   if ($3 >>> 0 >= 10) {
    $8 = $8 - 2 | 0;
    $2 = $8 + ($14_1 + 9 | 0) | 0;
    $7 = ($3 << 1) + 1049776 | 0;
    $7 = HEAPU8[$7 | 0] | HEAPU8[$7 + 1 | 0] << 8;
    HEAP8[$2 | 0] = $7;
    HEAP8[$2 + 1 | 0] = $7 >>> 8;
    break block1;
   }
   $8 = $8 - 1 | 0;
   HEAP8[$8 + ($14_1 + 9 | 0) | 0] = $3 + 48;
  }
  $7 = $8 + ($14_1 + 9 | 0) | 0;
  $0_1 = $5;
  $2 = HEAP32[$0_1 >> 2];
  $5 = $2 & 1;
  $1 = $5 ? 43 : 1114112;
  $6_1 = 39 - $8 | 0;
  $5 = $5 + $6_1 | 0;
  $4 = $2 & 4 ? 1049740 : 0;
  __inlined_func$8$54 : {
   block10 : {
    block2 : {
     if (!HEAP32[$0_1 + 8 >> 2]) {
      $2 = 1;
      if ($44($0_1, $1, $4)) {
       break block2
      }
      break block10;
     }
     block23 : {
      block5 : {
       block4 : {
        block3 : {
         $3 = HEAP32[$0_1 + 12 >> 2];
         if ($5 >>> 0 < $3 >>> 0) {
          if (HEAPU8[$0_1 | 0] & 8) {
           break block23
          }
          $2 = 0;
          $5 = $3 - $5 | 0;
          $3 = $5;
          $8 = HEAPU8[$0_1 + 32 | 0];
          switch (((($8 | 0) == 3 ? 1 : $8) & 3) - 1 | 0) {
          case 0:
           break block3;
          case 1:
           break block4;
          default:
           break block5;
          };
         }
         $2 = 1;
         if ($44($0_1, $1, $4)) {
          break block2
         }
         break block10;
        }
        $3 = 0;
        $2 = $5;
        break block5;
       }
       $2 = $5 >>> 1 | 0;
       $3 = $5 + 1 >>> 1 | 0;
      }
      $2 = $2 + 1 | 0;
      $8 = HEAP32[$0_1 + 28 >> 2];
      $5 = HEAP32[$0_1 + 4 >> 2];
      $10 = HEAP32[$0_1 + 24 >> 2];
      block6 : {
       while (1) {
        $2 = $2 - 1 | 0;
        if (!$2) {
         break block6
        }
        if (!(FUNCTION_TABLE[HEAP32[$8 + 16 >> 2]]($10, $5) | 0)) {
         continue
        }
        break;
       };
       $2 = 1;
       break __inlined_func$8$54;
      }
      $2 = 1;
      if (($5 | 0) == 1114112) {
       break block2
      }
      if ($44($0_1, $1, $4)) {
       break block2
      }
      if (FUNCTION_TABLE[HEAP32[HEAP32[$0_1 + 28 >> 2] + 12 >> 2]](HEAP32[$0_1 + 24 >> 2], $7, $6_1) | 0) {
       break block2
      }
      $7 = HEAP32[$0_1 + 28 >> 2];
      $0_1 = HEAP32[$0_1 + 24 >> 2];
      $2 = 0;
      block7 : {
       while (1) {
        $1 = $3;
        if (($2 | 0) == ($3 | 0)) {
         break block7
        }
        $2 = $2 + 1 | 0;
        if (!(FUNCTION_TABLE[HEAP32[$7 + 16 >> 2]]($0_1, $5) | 0)) {
         continue
        }
        break;
       };
       $1 = $2 - 1 | 0;
      }
      $2 = $1 >>> 0 < $3 >>> 0;
      break block2;
     }
     $8 = HEAP32[$0_1 + 4 >> 2];
     HEAP32[$0_1 + 4 >> 2] = 48;
     $10 = HEAPU8[$0_1 + 32 | 0];
     $2 = 1;
     HEAP8[$0_1 + 32 | 0] = 1;
     if ($44($0_1, $1, $4)) {
      break block2
     }
     $2 = 0;
     $5 = $3 - $5 | 0;
     $3 = $5;
     block105 : {
      block9 : {
       block8 : {
        $1 = HEAPU8[$0_1 + 32 | 0];
        switch (((($1 | 0) == 3 ? 1 : $1) & 3) - 1 | 0) {
        case 0:
         break block8;
        case 1:
         break block9;
        default:
         break block105;
        };
       }
       $3 = 0;
       $2 = $5;
       break block105;
      }
      $2 = $5 >>> 1 | 0;
      $3 = $5 + 1 >>> 1 | 0;
     }
     $2 = $2 + 1 | 0;
     $1 = HEAP32[$0_1 + 28 >> 2];
     $5 = HEAP32[$0_1 + 4 >> 2];
     $4 = HEAP32[$0_1 + 24 >> 2];
     block11 : {
      while (1) {
       $2 = $2 - 1 | 0;
       if (!$2) {
        break block11
       }
       if (!(FUNCTION_TABLE[HEAP32[$1 + 16 >> 2]]($4, $5) | 0)) {
        continue
       }
       break;
      };
      $2 = 1;
      break __inlined_func$8$54;
     }
     $2 = 1;
     if (($5 | 0) == 1114112) {
      break block2
     }
     if (FUNCTION_TABLE[HEAP32[HEAP32[$0_1 + 28 >> 2] + 12 >> 2]](HEAP32[$0_1 + 24 >> 2], $7, $6_1) | 0) {
      break block2
     }
     $6_1 = HEAP32[$0_1 + 28 >> 2];
     $2 = HEAP32[$0_1 + 24 >> 2];
     $7 = 0;
     block12 : {
      while (1) {
       if (($3 | 0) == ($7 | 0)) {
        break block12
       }
       $7 = $7 + 1 | 0;
       if (!(FUNCTION_TABLE[HEAP32[$6_1 + 16 >> 2]]($2, $5) | 0)) {
        continue
       }
       break;
      };
      $2 = 1;
      if ($3 >>> 0 > $7 - 1 >>> 0) {
       break block2
      }
     }
     HEAP8[$0_1 + 32 | 0] = $10;
     HEAP32[$0_1 + 4 >> 2] = $8;
     $2 = 0;
     break __inlined_func$8$54;
    }
    break __inlined_func$8$54;
   }
   $2 = FUNCTION_TABLE[HEAP32[HEAP32[$0_1 + 28 >> 2] + 12 >> 2]](HEAP32[$0_1 + 24 >> 2], $7, $6_1) | 0;
  }
  global$0 = $14_1 + 48 | 0;
  return $2 | 0;
 }
 
 function $82($0_1) {
  $0_1 = $0_1 | 0;
  global$0 = global$0 + $0_1 | 0;
  return global$0 | 0;
 }
 
 function $83($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  return $81(HEAP32[$0_1 >> 2], $1) | 0;
 }
 
 function $84($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
  return $62($1, 1049452, 14) | 0;
 }
 
 function $85($0_1) {
  return HEAP32[$0_1 + 4 >> 2] & -8;
 }
 
 function $86($0_1) {
  return HEAP32[$0_1 + 4 >> 2] & 1;
 }
 
 function $87($0_1) {
  return HEAP32[$0_1 + 12 >> 2] & 1;
 }
 
 function $88($0_1) {
  return HEAP32[$0_1 + 12 >> 2] >>> 1 | 0;
 }
 
 function $89($0_1, $1) {
  var $2 = 0;
  $2 = $0_1;
  $0_1 = HEAP32[262542];
  FUNCTION_TABLE[($0_1 ? $0_1 : 12) | 0]($2, $1);
  wasm2js_trap();
 }
 
 function $94($0_1) {
  return $0_1 + 8 | 0;
 }
 
 function $95($0_1) {
  return $0_1 - 8 | 0;
 }
 
 function $96($0_1) {
  $0_1 = $0_1 | 0;
  wasm2js_trap();
 }
 
 function $100($0_1, $1) {
  $0_1 = $0_1 | 0;
  $1 = $1 | 0;
 }
 
 function __wasm_ctz_i32($0_1) {
  if ($0_1) {
   return 31 - Math_clz32($0_1 ^ $0_1 - 1) | 0
  }
  return 32;
 }
 
 function __wasm_rotl_i32($0_1) {
  var $1 = 0;
  $1 = $0_1 & 31;
  $0_1 = 0 - $0_1 & 31;
  return (-1 >>> $1 & -2) << $1 | (-1 << $0_1 & -2) >>> $0_1;
 }
 
 bufferView = HEAPU8;
 initActiveSegments(imports);
 var FUNCTION_TABLE = [null, $55, $43, $14, $41, $55, $63, $84, $42, $69, $39, $83, $100, $55, $96, $55, $96, $55, $23, $29, $46, $72, $42, $73, $40, $81, $80, $68, $75, $55, $96];
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
  "compress": $31, 
  "decompress": $27, 
  "__wbindgen_add_to_stack_pointer": $82, 
  "__wbindgen_malloc": $51, 
  "__wbindgen_free": $66
 };
}

var retasmFunc = asmFunc({
  "./lz4_wasm_bg.js": $_lz4_wasm_bg_js,
});
export var memory = retasmFunc.memory;
export var compress = retasmFunc.compress;
export var decompress = retasmFunc.decompress;
export var __wbindgen_add_to_stack_pointer = retasmFunc.__wbindgen_add_to_stack_pointer;
export var __wbindgen_malloc = retasmFunc.__wbindgen_malloc;
export var __wbindgen_free = retasmFunc.__wbindgen_free;
