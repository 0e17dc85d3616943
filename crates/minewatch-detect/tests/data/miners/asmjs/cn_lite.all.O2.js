
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
  base64DecodeToExistingUint8Array(bufferView, 1048576, "Y3x3e/Jrb8UwAWcr/terdsqCyX36WUfwrdSir5ykcsC3/ZMmNj/3zDSl5fFx2DEVBMcjwxiWBZoHEoDi6yeydQmDLBobblqgUjvWsynjL4RT0QDtIPyxW2rLvjlKTFjP0O+q+0NNM4VF+QJ/UDyfqFGjQI+SnTj1vLbaIRD/89LNDBPsX5dEF8Snfj1kXRlzYIFP3CIqkIhG7rgU3l4L2+AyOgpJBiRcwtOsYpGV5HnnyDdtjdVOqWxW9Opleq4IunglLhymtMbo3XQfS72LinA+tWZIA/YOYTVXuYbBHZ7h+JgRadmOlJseh+nOVSjfjKGJDb/mQmhBmS0PsFS7FgEAAAAAAAAAgoAAAAAAAACKgAAAAAAAgACAAIAAAACAi4AAAAAAAAABAACAAAAAAIGAAIAAAACACYAAAAAAAICKAAAAAAAAAIgAAAAAAAAACYAAgAAAAAAKAACAAAAAAIuAAIAAAAAAiwAAAAAAAICJgAAAAAAAgAOAAAAAAACAAoAAAAAAAICAAAAAAAAAgAqAAAAAAAAACgAAgAAAAICBgACAAAAAgICAAAAAAACAAQAAgAAAAAAIgACAAAAAgAoAAAAHAAAACwAAABEAAAASAAAAAwAAAAUAAAAQAAAACAAAABUAAAAYAAAABAAAAA8AAAAXAAAAEwAAAA0AAAAMAAAAAgAAABQAAAAOAAAAFgAAAAkAAAAGAAAAAQAAAAEAAAADAAAABgAAAAoAAAAPAAAAFQAAABwAAAAkAAAALQAAADcAAAACAAAADgAAABsAAAApAAAAOAAAAAgAAAAZAAAAKwAAAD4AAAASAAAAJwAAAD0AAAAUAAAALA==");
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
  var $1_1 = 0, $2_1 = 0, $3_1 = 0, $4 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $29_1 = 0, $30_1 = 0, $31_1 = 0, $32_1 = 0, $33_1 = 0, $34_1 = 0, $35_1 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, $49_1 = 0, $50_1 = 0, $51_1 = 0, $52_1 = 0, $53_1 = 0, $54_1 = 0, $55_1 = 0, $56_1 = 0, $57_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1899921850;
   global$3 = HEAP32[7230];
  }
  $1_1 = 3;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 2144573526;
    global$3 = HEAP32[3162];
   }
   block25 : {
    switch ($1_1 | 0) {
    case 0:
     $29_1 = $5($0_1);
     $30_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 15;
     continue;
    case 1:
     $31_1 = $6($0_1);
     $32_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 18;
     continue;
    case 2:
     $19_1 = $7($0_1);
     $20_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 4;
     continue;
    case 3:
     $33_1 = $8($0_1);
     $34_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 5;
     continue;
    case 4:
     $7_1 = $9($0_1);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 7;
     continue;
    case 5:
     $35_1 = $10($0_1);
     $36_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 16;
     continue;
    case 6:
     $37_1 = $11($0_1);
     $38_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 14;
     continue;
    case 7:
     $8_1 = $12($0_1);
     $9_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 24;
     continue;
    case 8:
     $10_1 = $13($0_1);
     $6_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 9;
     continue;
    case 9:
     $39_1 = $14($0_1);
     $40_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 25;
     continue;
    case 10:
     $41_1 = $15($0_1);
     $42_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 8;
     continue;
    case 11:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -728426135;
       global$3 = HEAP32[3274];
      }
      $1_1 = $16($16($16($2_1, $3_1, $21_1, $22_1), i64toi32_i32$HIGH_BITS, $43_1, $44_1), i64toi32_i32$HIGH_BITS, $31_1, $32_1);
      $4 = i64toi32_i32$HIGH_BITS;
      $23_1 = $17($0_1);
      $24_1 = i64toi32_i32$HIGH_BITS;
      $25_1 = $16($1_1, $4, $23_1, $24_1);
      $26_1 = i64toi32_i32$HIGH_BITS;
      $1_1 = $18($25_1, $26_1, 1);
      $4 = i64toi32_i32$HIGH_BITS;
      $27_1 = $16($16($16($16($7_1, $5_1, $33_1, $34_1), i64toi32_i32$HIGH_BITS, $8_1, $9_1), i64toi32_i32$HIGH_BITS, $17_1, $18_1), i64toi32_i32$HIGH_BITS, $45_1, $46_1);
      $28_1 = i64toi32_i32$HIGH_BITS;
      $4 = $16($1_1, $4, $27_1, $28_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $19($0_1, $16($4, $1_1, $13_1, $14_1), i64toi32_i32$HIGH_BITS);
      $20($0_1, $16($4, $1_1, $47_1, $48_1), i64toi32_i32$HIGH_BITS);
      $21($0_1, $16($4, $1_1, $37_1, $38_1), i64toi32_i32$HIGH_BITS);
      $22($0_1, $16($4, $1_1, $19_1, $20_1), i64toi32_i32$HIGH_BITS);
      $23($0_1, $16($4, $1_1, $16_1, $15_1), i64toi32_i32$HIGH_BITS);
      $19_1 = $16($16($16($16($13_1, $14_1, $19_1, $20_1), i64toi32_i32$HIGH_BITS, $47_1, $48_1), i64toi32_i32$HIGH_BITS, $37_1, $38_1), i64toi32_i32$HIGH_BITS, $16_1, $15_1);
      $20_1 = i64toi32_i32$HIGH_BITS;
      $13_1 = $16($16($16($16($49_1, $50_1, $51_1, $52_1), i64toi32_i32$HIGH_BITS, $10_1, $6_1), i64toi32_i32$HIGH_BITS, $39_1, $40_1), i64toi32_i32$HIGH_BITS, $53_1, $54_1);
      $14_1 = i64toi32_i32$HIGH_BITS;
      $4 = $16($19_1, $20_1, $18($13_1, $14_1, __wasm_i64_mul(744142519, 2142605823, -810940665, -1116446516)), i64toi32_i32$HIGH_BITS);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $24($0_1, $16($4, $1_1, $2_1, $3_1), i64toi32_i32$HIGH_BITS);
      $25($0_1, $16($4, $1_1, $43_1, $44_1), i64toi32_i32$HIGH_BITS);
      $26($0_1, $16($4, $1_1, $31_1, $32_1), i64toi32_i32$HIGH_BITS);
      $27($0_1, $16($4, $1_1, $21_1, $22_1), i64toi32_i32$HIGH_BITS);
      $4 = $16($4, $1_1, $23_1, $24_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $28($0_1, $4, $1_1);
      $21_1 = $16($16($16($16($11_1, $12_1, $35_1, $36_1), i64toi32_i32$HIGH_BITS, $29_1, $30_1), i64toi32_i32$HIGH_BITS, $55_1, $56_1), i64toi32_i32$HIGH_BITS, $41_1, $42_1);
      $22_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $16($25_1, $26_1, $18($21_1, $22_1, 1), i64toi32_i32$HIGH_BITS);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $29($0_1, $16($2_1, $3_1, $10_1, $6_1), i64toi32_i32$HIGH_BITS);
      $30($0_1, $16($2_1, $3_1, $39_1, $40_1), i64toi32_i32$HIGH_BITS);
      $31($0_1, $16($2_1, $3_1, $53_1, $54_1), i64toi32_i32$HIGH_BITS);
      $32($0_1, $16($2_1, $3_1, $51_1, $52_1), i64toi32_i32$HIGH_BITS);
      $33($0_1, $16($2_1, $3_1, $49_1, $50_1), i64toi32_i32$HIGH_BITS);
      $2_1 = $16($13_1, $14_1, $18($27_1, $28_1, 1), i64toi32_i32$HIGH_BITS);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $34($0_1, $16($2_1, $3_1, $11_1, $12_1), i64toi32_i32$HIGH_BITS);
      $35($0_1, $16($2_1, $3_1, $29_1, $30_1), i64toi32_i32$HIGH_BITS);
      $36($0_1, $16($2_1, $3_1, $55_1, $56_1), i64toi32_i32$HIGH_BITS);
      $37($0_1, $16($2_1, $3_1, $41_1, $42_1), i64toi32_i32$HIGH_BITS);
      $38($0_1, $16($2_1, $3_1, $35_1, $36_1), i64toi32_i32$HIGH_BITS);
      $2_1 = $16($18($19_1, $20_1, 1), i64toi32_i32$HIGH_BITS, $21_1, $22_1);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $39($0_1, $16($2_1, $3_1, $7_1, $5_1), i64toi32_i32$HIGH_BITS);
      $40($0_1, $16($2_1, $3_1, $8_1, $9_1), i64toi32_i32$HIGH_BITS);
      $41($0_1, $16($2_1, $3_1, $17_1, $18_1), i64toi32_i32$HIGH_BITS);
      $42($0_1, $16($2_1, $3_1, $45_1, $46_1), i64toi32_i32$HIGH_BITS);
      $43($0_1, $16($2_1, $3_1, $33_1, $34_1), i64toi32_i32$HIGH_BITS);
      $5_1 = -96;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 1702620455;
        global$3 = HEAP32[13379];
       }
       $6_1 = $44($0_1, $46($45($44($5_1, 1049120)), 3));
       $2_1 = $47($6_1);
       $3_1 = i64toi32_i32$HIGH_BITS;
       $23($6_1, $18($4, $1_1, $48($44($5_1, 1049216))), i64toi32_i32$HIGH_BITS);
       $6_1 = $44($0_1, $46($45($44($5_1, 1049124)), 3));
       $4 = $47($6_1);
       $1_1 = i64toi32_i32$HIGH_BITS;
       $23($6_1, $18($2_1, $3_1, $48($44($5_1, 1049220))), i64toi32_i32$HIGH_BITS);
       $5_1 = $44($5_1, 8);
       if ($5_1) {
        continue
       }
       break;
      };
      $4 = $8($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $16_1 = $17($0_1);
      $15_1 = i64toi32_i32$HIGH_BITS;
      $23_1 = $47($0_1);
      $24_1 = i64toi32_i32$HIGH_BITS;
      $33_1 = $16($4, $1_1, $49($16_1, $15_1, $16($23_1, $24_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $34_1 = i64toi32_i32$HIGH_BITS;
      $43($0_1, $33_1, $34_1);
      $5_1 = $49($23_1, $24_1, $16($4, $1_1, __wasm_i64_mul(-1340479743, 1830838068, -1196890369, -458726843), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $6_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $10($0_1);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $35_1 = $16($5_1, $6_1, $2_1, $3_1);
      $36_1 = i64toi32_i32$HIGH_BITS;
      $38($0_1, $35_1, $36_1);
      $1_1 = $49($4, $1_1, $16($2_1, $3_1, __wasm_i64_mul(43619851, -345973833, -1235076515, -266882782), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $4 = i64toi32_i32$HIGH_BITS;
      $25_1 = $50($0_1);
      $26_1 = i64toi32_i32$HIGH_BITS;
      $49_1 = $16($1_1, $4, $25_1, $26_1);
      $50_1 = i64toi32_i32$HIGH_BITS;
      $33($0_1, $49_1, $50_1);
      $28($0_1, $16($16_1, $15_1, $49($2_1, $3_1, $16($25_1, $26_1, __wasm_i64_mul(-1828838841, -1989351875, 711923849, 1887380716), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $4 = $51($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $52($0_1);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $6_1 = $49($4, $1_1, $16($2_1, $3_1, __wasm_i64_mul(1897790111, 25698165, 1887526561, 1707069926), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $8_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = $7($0_1);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $19_1 = $16($6_1, $8_1, $7_1, $5_1);
      $20_1 = i64toi32_i32$HIGH_BITS;
      $22($0_1, $19_1, $20_1);
      $8_1 = $15($0_1);
      $9_1 = i64toi32_i32$HIGH_BITS;
      $21_1 = $16($2_1, $3_1, $49($8_1, $9_1, $16($4, $1_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $22_1 = i64toi32_i32$HIGH_BITS;
      $27($0_1, $21_1, $22_1);
      $17_1 = $53($0_1);
      $18_1 = i64toi32_i32$HIGH_BITS;
      $51_1 = $16($4, $1_1, $49($17_1, $18_1, $16($8_1, $9_1, __wasm_i64_mul(-203724671, -1836703063, -598529921, 371273636), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $52_1 = i64toi32_i32$HIGH_BITS;
      $32($0_1, $51_1, $52_1);
      $41_1 = $16($8_1, $9_1, $49($7_1, $5_1, $16($17_1, $18_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $42_1 = i64toi32_i32$HIGH_BITS;
      $37($0_1, $41_1, $42_1);
      $45_1 = $16($17_1, $18_1, $49($2_1, $3_1, $16($7_1, $5_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $46_1 = i64toi32_i32$HIGH_BITS;
      $42($0_1, $45_1, $46_1);
      $4 = $54($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $55($0_1);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = $56($0_1);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $8_1 = $6($0_1);
      $9_1 = i64toi32_i32$HIGH_BITS;
      $11_1 = $11($0_1);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $17_1 = $16($7_1, $5_1, $49($8_1, $9_1, $16($11_1, $12_1, __wasm_i64_mul(-1620940907, -1467670635, -1984277437, 845205225), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $18_1 = i64toi32_i32$HIGH_BITS;
      $41($0_1, $17_1, $18_1);
      $55_1 = $16($2_1, $3_1, $49($11_1, $12_1, $16($7_1, $5_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $56_1 = i64toi32_i32$HIGH_BITS;
      $36($0_1, $55_1, $56_1);
      $53_1 = $16($4, $1_1, $49($7_1, $5_1, $16($2_1, $3_1, __wasm_i64_mul(1124069073, 44671121, -432351793, -876836032), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $54_1 = i64toi32_i32$HIGH_BITS;
      $31($0_1, $53_1, $54_1);
      $31_1 = $16($8_1, $9_1, $49($2_1, $3_1, $16($4, $1_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $32_1 = i64toi32_i32$HIGH_BITS;
      $26($0_1, $31_1, $32_1);
      $37_1 = $16($11_1, $12_1, $49($4, $1_1, $16($8_1, $9_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $38_1 = i64toi32_i32$HIGH_BITS;
      $21($0_1, $37_1, $38_1);
      $4 = $14($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $5($0_1);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = $12($0_1);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $11_1 = $57($0_1);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $10_1 = $58($0_1);
      $6_1 = i64toi32_i32$HIGH_BITS;
      $8_1 = $16($7_1, $5_1, $49($11_1, $12_1, $16($10_1, $6_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $9_1 = i64toi32_i32$HIGH_BITS;
      $40($0_1, $8_1, $9_1);
      $29_1 = $16($2_1, $3_1, $49($10_1, $6_1, $16($7_1, $5_1, __wasm_i64_mul(572480251, -1062395417, -1533845555, 59510786), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $30_1 = i64toi32_i32$HIGH_BITS;
      $35($0_1, $29_1, $30_1);
      $39_1 = $16($4, $1_1, $49($7_1, $5_1, $16($2_1, $3_1, __wasm_i64_mul(395933535, 142694546, -311075999, 503916357), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $40_1 = i64toi32_i32$HIGH_BITS;
      $30($0_1, $39_1, $40_1);
      $43_1 = $16($11_1, $12_1, $49($2_1, $3_1, $16($4, $1_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $44_1 = i64toi32_i32$HIGH_BITS;
      $25($0_1, $43_1, $44_1);
      $47_1 = $16($10_1, $6_1, $49($4, $1_1, $16($11_1, $12_1, __wasm_i64_mul(-1339621463, -1497724587, 1711795047, -1441103292), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $48_1 = i64toi32_i32$HIGH_BITS;
      $20($0_1, $47_1, $48_1);
      $4 = $13($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $59($0_1);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $10_1 = $9($0_1);
      $6_1 = i64toi32_i32$HIGH_BITS;
      $13_1 = $60($0_1);
      $14_1 = i64toi32_i32$HIGH_BITS;
      $27_1 = $61($0_1);
      $28_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = $16($10_1, $6_1, $49($13_1, $14_1, $16($27_1, $28_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $39($0_1, $7_1, $5_1);
      $11_1 = $16($2_1, $3_1, $49($27_1, $28_1, $16($10_1, $6_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $34($0_1, $11_1, $12_1);
      $10_1 = $16($4, $1_1, $49($10_1, $6_1, $16($2_1, $3_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $6_1 = i64toi32_i32$HIGH_BITS;
      $29($0_1, $10_1, $6_1);
      $2_1 = $16($13_1, $14_1, $49($2_1, $3_1, $16($4, $1_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $3_1 = i64toi32_i32$HIGH_BITS;
      $24($0_1, $2_1, $3_1);
      $13_1 = $16($27_1, $28_1, $49($4, $1_1, $16($13_1, $14_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $14_1 = i64toi32_i32$HIGH_BITS;
      $19($0_1, $13_1, $14_1);
      $4 = $49($25_1, $26_1, $16($16_1, $15_1, __wasm_i64_mul(1919290553, 1582646114, -1744714121, 458471998), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $16_1 = i64toi32_i32$HIGH_BITS;
      $1_1 = $57_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1921085011;
       global$3 = HEAP32[6418];
      }
      $15_1 = $1_1 + 1048832 | 0;
      $1_1 = HEAP32[$15_1 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$15_1 + 4 >> 2];
      $16_1 = $16($23_1, $24_1, $16($4, $16_1, $1_1, i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $15_1 = i64toi32_i32$HIGH_BITS;
      $23($0_1, $16_1, $15_1);
      $57_1 = $44($57_1, 8);
      if (($57_1 | 0) != 192) {
       continue
      }
      break;
     };
     return;
    case 12:
     $21_1 = $52($0_1);
     $22_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 2;
     continue;
    case 13:
     $45_1 = $53($0_1);
     $46_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 17;
     continue;
    case 14:
     $16_1 = $47($0_1);
     $15_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 20;
     continue;
    case 15:
     $55_1 = $55($0_1);
     $56_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 10;
     continue;
    case 16:
     $51_1 = $51($0_1);
     $52_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 23;
     continue;
    case 17:
     $11_1 = $59($0_1);
     $12_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 0;
     continue;
    case 18:
     $13_1 = $61($0_1);
     $14_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 21;
     continue;
    case 19:
     $2_1 = $60($0_1);
     $3_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 22;
     continue;
    case 20:
     $1_1 = 11;
     continue;
    case 21:
     $47_1 = $58($0_1);
     $48_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 6;
     continue;
    case 22:
     $43_1 = $57($0_1);
     $44_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 1;
     continue;
    case 23:
     $49_1 = $50($0_1);
     $50_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 12;
     continue;
    case 24:
     $17_1 = $56($0_1);
     $18_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 13;
     continue;
    default:
     break block25;
    };
   }
   $53_1 = $54($0_1);
   $54_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = 19;
   continue;
  };
 }
 
 function $1($0_1, $1_1) {
  var $2_1 = 0, $3_1 = 0, $4 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1375018777;
   global$3 = HEAP32[678];
  }
  $2_1 = 28;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 210236791;
    global$3 = HEAP32[8769];
   }
   block28 : {
    switch ($2_1 | 0) {
    case 0:
     $15_1 = $63($5_1);
     $13_1 = $63($13_1);
     $16_1 = $64($15_1, $13_1);
     $5_1 = $63($9_1);
     $9_1 = $64($13_1, $5_1);
     $2_1 = $64($64($46($9_1, 1), $66($65($9_1 << 24 >> 24), 27)), $67($1_1));
     $6_1 = $63($6_1);
     $2_1 = $64($16_1, $64($2_1, $6_1));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1392633146;
      global$3 = HEAP32[6986];
     }
     HEAP8[$0_1 + 5 | 0] = $2_1;
     $2_1 = 14;
     continue;
    case 1:
     $13_1 = $69($0_1);
     $2_1 = 23;
     continue;
    case 2:
     $10_1 = $64($3_1, $4);
     $2_1 = $64($7_1, $64($11_1, $64($3_1, $64($19_1, $64($46($10_1, 1), $66($65($10_1 << 24 >> 24), 27))))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 8557290;
      global$3 = HEAP32[2782];
     }
     HEAP8[$0_1 | 0] = $2_1;
     $2_1 = 22;
     continue;
    case 3:
     $5_1 = $63($20_1);
     $6_1 = $63($21_1);
     $7_1 = $64($5_1, $6_1);
     $3_1 = $63($22_1);
     $4 = $64($6_1, $3_1);
     $2_1 = $64($64($46($4, 1), $66($65($4 << 24 >> 24), 27)), $71($1_1));
     $4 = $63($23_1);
     $2_1 = $64($7_1, $64($2_1, $4));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1606216996;
      global$3 = HEAP32[2844];
     }
     HEAP8[$0_1 + 13 | 0] = $2_1;
     $2_1 = 16;
     continue;
    case 4:
     $3_1 = $64($5_1, $6_1);
     $2_1 = $64($15_1, $64($13_1, $64($5_1, $64($64($46($3_1, 1), $66($65($3_1 << 24 >> 24), 27)), $73($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1466770930;
      global$3 = HEAP32[11071];
     }
     HEAP8[$0_1 + 4 | 0] = $2_1;
     $2_1 = 27;
     continue;
    case 5:
     $8_1 = $64($3_1, $4);
     $2_1 = $64($5_1, $64($6_1, $64($3_1, $64($64($46($8_1, 1), $66($65($8_1 << 24 >> 24), 27)), $75($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1467043751;
      global$3 = HEAP32[16051];
     }
     HEAP8[$0_1 + 12 | 0] = $2_1;
     $2_1 = 17;
     continue;
    case 6:
     $14_1 = $77($0_1);
     $2_1 = 18;
     continue;
    case 7:
     $6_1 = $73($0_1);
     $2_1 = 1;
     continue;
    case 8:
     $7_1 = $64($7_1, $4);
     $2_1 = $64($11_1, $64($3_1, $64($4, $64($64($46($7_1, 1), $66($65($7_1 << 24 >> 24), 27)), $78($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -778440055;
      global$3 = HEAP32[11213];
     }
     HEAP8[$0_1 + 3 | 0] = $2_1;
     $2_1 = 4;
     continue;
    case 9:
     $23_1 = $75($0_1);
     $2_1 = 13;
     continue;
    case 10:
     $19_1 = $80($1_1);
     $2_1 = 26;
     continue;
    case 11:
     $7_1 = $63($81($0_1));
     $11_1 = $63($82($0_1));
     $17_1 = $64($7_1, $11_1);
     $3_1 = $63($67($0_1));
     $4 = $64($11_1, $3_1);
     $2_1 = $64($64($46($4, 1), $66($65($4 << 24 >> 24), 27)), $83($1_1));
     $4 = $63($80($0_1));
     $2_1 = $64($17_1, $64($2_1, $4));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1147908803;
      global$3 = HEAP32[978];
     }
     HEAP8[$0_1 + 1 | 0] = $2_1;
     $2_1 = 0;
     continue;
    case 12:
     $5_1 = $78($0_1);
     $2_1 = 7;
     continue;
    case 13:
     $21_1 = $85($0_1);
     $2_1 = 24;
     continue;
    case 14:
     $9_1 = $63($8_1);
     $14_1 = $63($14_1);
     $18_1 = $64($9_1, $14_1);
     $8_1 = $63($10_1);
     $10_1 = $64($14_1, $8_1);
     $2_1 = $64($64($46($10_1, 1), $66($65($10_1 << 24 >> 24), 27)), $86($1_1));
     $12_1 = $63($12_1);
     $2_1 = $64($18_1, $64($2_1, $12_1));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1417401162;
      global$3 = HEAP32[10747];
     }
     HEAP8[$0_1 + 9 | 0] = $2_1;
     $2_1 = 2;
     continue;
    case 15:
     $11_1 = $64($9_1, $12_1);
     $2_1 = $64($14_1, $64($8_1, $64($12_1, $64($64($46($11_1, 1), $66($65($11_1 << 24 >> 24), 27)), $88($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -451704402;
      global$3 = HEAP32[3282];
     }
     HEAP8[$0_1 + 11 | 0] = $2_1;
     $2_1 = 5;
     continue;
    case 16:
     $2_1 = $64($9_1, $64($8_1, $64($12_1, $64($64($46($18_1, 1), $66($65($18_1 << 24 >> 24), 27)), $82($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -454890083;
      global$3 = HEAP32[14083];
     }
     HEAP8[$0_1 + 10 | 0] = $2_1;
     $2_1 = 15;
     continue;
    case 17:
     $2_1 = $64($5_1, $64($3_1, $64($4, $64($64($46($7_1, 1), $66($65($7_1 << 24 >> 24), 27)), $69($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1857531191;
      global$3 = HEAP32[5796];
     }
     HEAP8[$0_1 + 14 | 0] = $2_1;
     $2_1 = 20;
     continue;
    case 18:
     $10_1 = $71($0_1);
     $2_1 = 12;
     continue;
    case 19:
     $3_1 = $64($15_1, $6_1);
     $2_1 = $64($13_1, $64($5_1, $64($6_1, $64($64($46($3_1, 1), $66($65($3_1 << 24 >> 24), 27)), $92($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1159993822;
      global$3 = HEAP32[4612];
     }
     HEAP8[$0_1 + 7 | 0] = $2_1;
     $2_1 = 21;
     continue;
    case 20:
     $5_1 = $64($5_1, $4);
     $1_1 = $64($6_1, $64($3_1, $64($4, $64($64($46($5_1, 1), $66($65($5_1 << 24 >> 24), 27)), $81($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1973593563;
      global$3 = HEAP32[10722];
     }
     HEAP8[$0_1 + 15 | 0] = $1_1;
     return;
    case 21:
     $3_1 = $64($8_1, $12_1);
     $2_1 = $64($9_1, $64($14_1, $64($8_1, $64($64($46($3_1, 1), $66($65($3_1 << 24 >> 24), 27)), $95($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 702881650;
      global$3 = HEAP32[2855];
     }
     HEAP8[$0_1 + 8 | 0] = $2_1;
     $2_1 = 3;
     continue;
    case 22:
     $2_1 = $64($7_1, $64($3_1, $64($4, $64($64($46($17_1, 1), $66($65($17_1 << 24 >> 24), 27)), $77($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1965046664;
      global$3 = HEAP32[12479];
     }
     HEAP8[$0_1 + 2 | 0] = $2_1;
     $2_1 = 8;
     continue;
    case 23:
     $9_1 = $86($0_1);
     $2_1 = 11;
     continue;
    case 24:
     $22_1 = $83($0_1);
     $2_1 = 10;
     continue;
    case 25:
     $12_1 = $95($0_1);
     $2_1 = 6;
     continue;
    case 26:
     $8_1 = $92($0_1);
     $2_1 = 25;
     continue;
    case 27:
     $2_1 = $64($15_1, $64($5_1, $64($6_1, $64($64($46($16_1, 1), $66($65($16_1 << 24 >> 24), 27)), $85($1_1)))));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1605609395;
      global$3 = HEAP32[15823];
     }
     HEAP8[$0_1 + 6 | 0] = $2_1;
     $2_1 = 19;
     continue;
    default:
     break block28;
    };
   }
   $20_1 = $88($0_1);
   $2_1 = 9;
   continue;
  };
 }
 
 function $2($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3_1 = 0, $4 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $29_1 = 0, $30_1 = 0, $31_1 = 0, $32_1 = 0, $33_1 = 0, $34_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1560444790;
   global$3 = HEAP32[3757];
  }
  $3_1 = 31;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 201276703;
    global$3 = HEAP32[482];
   }
   block54 : {
    switch ($3_1 | 0) {
    case 0:
     $9_1 = $16($53($4), i64toi32_i32$HIGH_BITS, $51($4), i64toi32_i32$HIGH_BITS);
     $11_1 = i64toi32_i32$HIGH_BITS;
     $3_1 = 14;
     continue;
    case 1:
     $1_1 = 8;
     $3_1 = 32;
     continue;
    case 2:
     $3_1 = $99($15_1, $18_1, 48);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -266674093;
      global$3 = HEAP32[8586];
     }
     HEAP8[$4 + 230 | 0] = $3_1;
     $3_1 = 52;
     continue;
    case 3:
     $3_1 = $99($7_1, $5_1, 8);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1066880511;
      global$3 = HEAP32[8180];
     }
     HEAP8[$4 + 249 | 0] = $3_1;
     $3_1 = 36;
     continue;
    case 4:
     $3_1 = $99($7_1, $5_1, 56);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1282653609;
      global$3 = HEAP32[5986];
     }
     HEAP8[$4 + 255 | 0] = $3_1;
     $3_1 = 29;
     continue;
    case 5:
     $3_1 = $99($16_1, $19_1, __wasm_i64_mul(-144716168, 1626570341, 17909645, 1445510846));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1658847820;
      global$3 = HEAP32[1475];
     }
     HEAP8[$4 + 235 | 0] = $3_1;
     $3_1 = 17;
     continue;
    case 6:
     block55 : {
      if (!$1_1) {
       break block55
      }
      if (($1_1 | 0) != 1) {
       $20_1 = $66($21_1, 1);
       $13_1 = $66($21_1, 254);
       $6_1 = 0;
       $1_1 = 0;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = 295834706;
         global$3 = HEAP32[8666];
        }
        $8_1 = $44($44($4, 24), $66($6_1, -8));
        $12_1 = $44($0_1, $6_1);
        $25_1 = $104($44($12_1, 1));
        $23_1 = i64toi32_i32$HIGH_BITS;
        $14_1 = $66($1_1, 48);
        $3_1 = $14_1;
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = -1647083623;
         global$3 = HEAP32[11920];
        }
        $23($8_1, $16($106($25_1, $23_1, $3_1 & 8 | $3_1 ^ 8), i64toi32_i32$HIGH_BITS, $16($106($104($12_1), i64toi32_i32$HIGH_BITS, $14_1), i64toi32_i32$HIGH_BITS, $47($8_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
        $1_1 = $44($1_1, 16);
        $6_1 = $44($6_1, 2);
        if (($6_1 | 0) != ($13_1 | 0)) {
         continue
        }
        break;
       };
       if (!$20_1) {
        break block55
       }
       $0_1 = $44($0_1, $6_1);
      }
      $1_1 = $44($44($4, 24), $66($6_1, -8));
      $23($1_1, $16($106($104($0_1), i64toi32_i32$HIGH_BITS, $46($6_1, 3)), i64toi32_i32$HIGH_BITS, $47($1_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     }
     $3_1 = 12;
     continue;
    case 7:
     $3_1 = $99($7_1, $5_1, 8);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1152839268;
      global$3 = HEAP32[13746];
     }
     HEAP8[$4 + 241 | 0] = $3_1;
     $3_1 = 51;
     continue;
    case 8:
     $3_1 = $99($15_1, $18_1, __wasm_i64_mul(1626581080, 40410928, 1810542243, -1482411275));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -477377485;
      global$3 = HEAP32[4610];
     }
     HEAP8[$4 + 225 | 0] = $3_1;
     $3_1 = 7;
     continue;
    case 9:
     $3_1 = $99($7_1, $5_1, 32);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1245817800;
      global$3 = HEAP32[14874];
     }
     HEAP8[$4 + 244 | 0] = $3_1;
     $3_1 = 40;
     continue;
    case 10:
     $3_1 = $99($7_1, $5_1, 16);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1699805850;
      global$3 = HEAP32[1192];
     }
     HEAP8[$4 + 250 | 0] = $3_1;
     $3_1 = 5;
     continue;
    case 11:
     $0($44($4, 24));
     $3_1 = 26;
     continue;
    case 12:
     $6_1 = $44($44($4, 24), $66($21_1, -8));
     $13_1 = $47($6_1);
     $23($6_1, $16($13_1, i64toi32_i32$HIGH_BITS, $106(1, 0, $46($21_1, 3)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $3_1 = 49;
     continue;
    case 13:
     $3_1 = $99($15_1, $18_1, __wasm_i64_mul(-973333496, -1979254206, 986068355, -1384721488));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1451950325;
      global$3 = HEAP32[8079];
     }
     HEAP8[$4 + 227 | 0] = $3_1;
     $3_1 = 28;
     continue;
    case 14:
     $1_1 = 262144;
     $3_1 = 38;
     continue;
    case 15:
     $21_1 = $1_1 >>> 0 >= 135 ? 135 : $1_1;
     $3_1 = 6;
     continue;
    case 16:
     $3_1 = $99($15_1, $18_1, __wasm_i64_mul(687174688, 1828235339, 890566753, -725452259));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -609315088;
      global$3 = HEAP32[14133];
     }
     HEAP8[$4 + 228 | 0] = $3_1;
     $3_1 = 9;
     continue;
    case 17:
     $3_1 = $99($7_1, $5_1, __wasm_i64_mul(1005344392, 972982209, -1967969645, 1230180682));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1674319657;
      global$3 = HEAP32[15069];
     }
     HEAP8[$4 + 251 | 0] = $3_1;
     $3_1 = 18;
     continue;
    case 18:
     $3_1 = $99($16_1, $19_1, 32);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -440839361;
      global$3 = HEAP32[9035];
     }
     HEAP8[$4 + 236 | 0] = $3_1;
     $3_1 = 45;
     continue;
    case 19:
     $3_1 = $99($7_1, $5_1, __wasm_i64_mul(-1735192152, 1012815702, 406823115, -621827820));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 276779117;
      global$3 = HEAP32[6621];
     }
     HEAP8[$4 + 247 | 0] = $3_1;
     $3_1 = 42;
     continue;
    case 20:
     $7_1 = $52($4);
     $5_1 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1739677472;
      global$3 = HEAP32[2815];
     }
     HEAP8[$4 + 248 | 0] = $7_1;
     $3_1 = 30;
     continue;
    case 21:
     $3_1 = $99($15_1, $18_1, 56);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1906248191;
      global$3 = HEAP32[9174];
     }
     HEAP8[$4 + 231 | 0] = $3_1;
     $3_1 = 19;
     continue;
    case 22:
     $0($44($4, 24));
     $3_1 = 47;
     continue;
    case 23:
     $3_1 = $99($7_1, $5_1, 40);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1834747836;
      global$3 = HEAP32[1019];
     }
     HEAP8[$4 + 245 | 0] = $3_1;
     $3_1 = 2;
     continue;
    case 24:
     $3_1 = $99($16_1, $19_1, 56);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1515810770;
      global$3 = HEAP32[9011];
     }
     HEAP8[$4 + 239 | 0] = $3_1;
     $3_1 = 4;
     continue;
    case 25:
     $3_1 = $99($7_1, $5_1, 16);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 376477477;
      global$3 = HEAP32[6003];
     }
     HEAP8[$4 + 242 | 0] = $3_1;
     $3_1 = 13;
     continue;
    case 26:
     $6_1 = 0;
     $3_1 = 1;
     continue;
    case 27:
     $6_1 = 0;
     $3_1 = 46;
     continue;
    case 28:
     $3_1 = $99($7_1, $5_1, __wasm_i64_mul(2093432392, 265736196, -1270110357, 1284211138));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -2093630643;
      global$3 = HEAP32[739];
     }
     HEAP8[$4 + 243 | 0] = $3_1;
     $3_1 = 16;
     continue;
    case 29:
     $6_1 = -1048576;
     $3_1 = 50;
     continue;
    case 30:
     $3_1 = $99($16_1, $19_1, 8);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1625284526;
      global$3 = HEAP32[13776];
     }
     HEAP8[$4 + 233 | 0] = $3_1;
     $3_1 = 3;
     continue;
    case 31:
     $4 = global$0;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 496563435;
      global$3 = HEAP32[9835];
     }
     $4 = $4 - 288 | 0;
     global$0 = $4;
     $3_1 = 27;
     continue;
    case 32:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1238396524;
       global$3 = HEAP32[6808];
      }
      $8_1 = $44($2_1, $6_1);
      $3_1 = $44($8_1, 1);
      $7_1 = $47($44($44($4, 24), $66($6_1, -8)));
      $5_1 = i64toi32_i32$HIGH_BITS;
      $124($3_1, $99($7_1, $5_1, $66($1_1, 56)));
      $124($8_1, $99($7_1, $5_1, $66($44($1_1, -8), 48)));
      $1_1 = $44($1_1, 16);
      $6_1 = $44($6_1, 2);
      if (($6_1 | 0) != 32) {
       continue
      }
      break;
     };
     $3_1 = 35;
     continue;
    case 33:
     $3_1 = $99($7_1, $5_1, __wasm_i64_mul(1041775464, -1016713317, -354057223, -1370791800));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1889346514;
      global$3 = HEAP32[6221];
     }
     HEAP8[$4 + 253 | 0] = $3_1;
     $3_1 = 54;
     continue;
    case 34:
     $26($4, $26_1, $27_1);
     $3_1 = 44;
     continue;
    case 35:
     global$0 = $44($4, 288);
     return;
    case 36:
     $3_1 = $99($16_1, $19_1, 16);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1614884900;
      global$3 = HEAP32[14373];
     }
     HEAP8[$4 + 234 | 0] = $3_1;
     $3_1 = 10;
     continue;
    case 37:
     $3_1 = $99($16_1, $19_1, __wasm_i64_mul(1599465496, -1063534815, -1565922217, 1528305442));
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1784689925;
      global$3 = HEAP32[1097];
     }
     HEAP8[$4 + 237 | 0] = $3_1;
     $3_1 = 33;
     continue;
    case 38:
     $26_1 = $6($4);
     $27_1 = i64toi32_i32$HIGH_BITS;
     $3_1 = 48;
     continue;
    case 39:
     $7_1 = $7($4);
     $5_1 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 750957369;
      global$3 = HEAP32[4529];
     }
     HEAP8[$4 + 240 | 0] = $7_1;
     $3_1 = 8;
     continue;
    case 40:
     $3_1 = $99($15_1, $18_1, 40);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 317862223;
      global$3 = HEAP32[3864];
     }
     HEAP8[$4 + 229 | 0] = $3_1;
     $3_1 = 23;
     continue;
    case 41:
     $3_1 = $99($7_1, $5_1, 48);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 44833061;
      global$3 = HEAP32[5695];
     }
     HEAP8[$4 + 254 | 0] = $3_1;
     $3_1 = 24;
     continue;
    case 42:
     $16_1 = $8($4);
     $3_1 = $16_1;
     $19_1 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -970332815;
      global$3 = HEAP32[9806];
     }
     HEAP8[$4 + 232 | 0] = $3_1;
     $3_1 = 20;
     continue;
    case 43:
     $38($4, $16($9_1, $11_1, $15_1, $18_1), i64toi32_i32$HIGH_BITS);
     $3_1 = 11;
     continue;
    case 44:
     $43($4, $16($28_1, $17_1, $16_1, $19_1), i64toi32_i32$HIGH_BITS);
     $3_1 = 43;
     continue;
    case 45:
     $3_1 = $99($7_1, $5_1, 32);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -1851146325;
      global$3 = HEAP32[3008];
     }
     HEAP8[$4 + 252 | 0] = $3_1;
     $3_1 = 37;
     continue;
    case 46:
     wasm2js_memory_fill($44($4, 24), 0, 200);
     $3_1 = 15;
     continue;
    case 47:
     $15_1 = $10($4);
     $3_1 = $15_1;
     $18_1 = i64toi32_i32$HIGH_BITS;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -2117583553;
      global$3 = HEAP32[14982];
     }
     HEAP8[$4 + 224 | 0] = $3_1;
     $3_1 = 39;
     continue;
    case 48:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 759570122;
       global$3 = HEAP32[3129];
      }
      $0_1 = $4;
      $28_1 = $9_1;
      $6_1 = $66($9_1, 1048560);
      $3_1 = $6_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 395781082;
       global$3 = HEAP32[2611];
      }
      $3_1 = $3_1 + 1049224 | 0;
      $17_1 = HEAPU8[$3_1 | 0] | HEAPU8[$3_1 + 1 | 0] << 8 | (HEAPU8[$3_1 + 2 | 0] << 16 | HEAPU8[$3_1 + 3 | 0] << 24);
      i64toi32_i32$HIGH_BITS = HEAPU8[$3_1 + 4 | 0] | HEAPU8[$3_1 + 5 | 0] << 8 | (HEAPU8[$3_1 + 6 | 0] << 16 | HEAPU8[$3_1 + 7 | 0] << 24);
      $3_1 = $17_1;
      $17_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -180036828;
       global$3 = HEAP32[5084];
      }
      $0_1 = $0_1 + 264 | 0;
      HEAP32[$0_1 >> 2] = $3_1;
      HEAP32[$0_1 + 4 >> 2] = $17_1;
      $0_1 = $4;
      $3_1 = $136($6_1);
      $17_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1323638602;
       global$3 = HEAP32[13025];
      }
      $0_1 = $0_1 + 256 | 0;
      HEAP32[$0_1 >> 2] = $3_1;
      HEAP32[$0_1 + 4 >> 2] = $17_1;
      $0_1 = $4;
      $17_1 = $11_1;
      $3_1 = $11_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 690440217;
       global$3 = HEAP32[7046];
      }
      $0_1 = $0_1 + 272 | 0;
      HEAP32[$0_1 >> 2] = $9_1;
      HEAP32[$0_1 + 4 >> 2] = $3_1;
      $0_1 = $4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1975477166;
       global$3 = HEAP32[4556];
      }
      $0_1 = $0_1 + 280 | 0;
      HEAP32[$0_1 >> 2] = $7_1;
      HEAP32[$0_1 + 4 >> 2] = $5_1;
      $1($44($4, 256), $44($4, 272));
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1894074595;
       global$3 = HEAP32[191];
      }
      $8_1 = HEAPU8[$4 + 256 | 0];
      $12_1 = $7_1;
      $0_1 = $64($8_1, $7_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1527795289;
       global$3 = HEAP32[6598];
      }
      HEAP8[$6_1 + 1049216 | 0] = $0_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1815567832;
       global$3 = HEAP32[564];
      }
      $14_1 = HEAPU8[$4 + 257 | 0];
      $0_1 = $99($7_1, $5_1, 8);
      $3_1 = $64($14_1, $0_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 543561569;
       global$3 = HEAP32[11987];
      }
      HEAP8[$6_1 + 1049217 | 0] = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1300793282;
       global$3 = HEAP32[351];
      }
      $13_1 = HEAPU8[$4 + 258 | 0];
      $21_1 = $99($7_1, $5_1, 16);
      $3_1 = $64($13_1, $21_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 775607994;
       global$3 = HEAP32[10705];
      }
      HEAP8[$6_1 + 1049218 | 0] = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -285913894;
       global$3 = HEAP32[6193];
      }
      $20_1 = HEAPU8[$4 + 259 | 0];
      $9_1 = $99($7_1, $5_1, 24);
      $3_1 = $64($20_1, $9_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1776171975;
       global$3 = HEAP32[13052];
      }
      HEAP8[$6_1 + 1049219 | 0] = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1598623566;
       global$3 = HEAP32[3964];
      }
      $3_1 = HEAPU8[$4 + 260 | 0];
      $11_1 = $99($7_1, $5_1, 32);
      $3_1 = $64($3_1, $11_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1729947989;
       global$3 = HEAP32[9681];
      }
      HEAP8[$6_1 + 1049220 | 0] = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1485746251;
       global$3 = HEAP32[15693];
      }
      $3_1 = HEAPU8[$4 + 261 | 0];
      $22_1 = $99($7_1, $5_1, 40);
      $3_1 = $64($3_1, $22_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1425587186;
       global$3 = HEAP32[1603];
      }
      HEAP8[$6_1 + 1049221 | 0] = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -773549474;
       global$3 = HEAP32[13924];
      }
      $3_1 = HEAPU8[$4 + 262 | 0];
      $10_1 = $99($7_1, $5_1, 48);
      $3_1 = $64($3_1, $10_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 809992684;
       global$3 = HEAP32[9081];
      }
      HEAP8[$6_1 + 1049222 | 0] = $3_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 638317985;
       global$3 = HEAP32[15734];
      }
      $23_1 = HEAPU8[$4 + 263 | 0];
      $3_1 = $99($7_1, $5_1, __wasm_i64_mul(-1841662104, 13387528, 1636612163, 835118214));
      $5_1 = $64($23_1, $3_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -249686783;
       global$3 = HEAP32[12831];
      }
      HEAP8[$6_1 + 1049223 | 0] = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -502141969;
       global$3 = HEAP32[7102];
      }
      $5_1 = $64(HEAPU8[$4 + 264 | 0], $12_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1793505074;
       global$3 = HEAP32[5803];
      }
      HEAP8[$6_1 + 1049224 | 0] = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -353515865;
       global$3 = HEAP32[3916];
      }
      $5_1 = $64(HEAPU8[$4 + 265 | 0], $0_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1238099943;
       global$3 = HEAP32[14630];
      }
      HEAP8[$6_1 + 1049225 | 0] = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1247122590;
       global$3 = HEAP32[3936];
      }
      $5_1 = $64(HEAPU8[$4 + 266 | 0], $21_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -331857713;
       global$3 = HEAP32[5020];
      }
      HEAP8[$6_1 + 1049226 | 0] = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1122560609;
       global$3 = HEAP32[4802];
      }
      $5_1 = $64(HEAPU8[$4 + 267 | 0], $9_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -254099316;
       global$3 = HEAP32[5098];
      }
      HEAP8[$6_1 + 1049227 | 0] = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 274840808;
       global$3 = HEAP32[15687];
      }
      $5_1 = $64(HEAPU8[$4 + 268 | 0], $11_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 436252799;
       global$3 = HEAP32[2090];
      }
      HEAP8[$6_1 + 1049228 | 0] = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -254299294;
       global$3 = HEAP32[9731];
      }
      $5_1 = $64(HEAPU8[$4 + 269 | 0], $22_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1753197555;
       global$3 = HEAP32[10266];
      }
      HEAP8[$6_1 + 1049229 | 0] = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1807957009;
       global$3 = HEAP32[8681];
      }
      $5_1 = $64(HEAPU8[$4 + 270 | 0], $10_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -500204074;
       global$3 = HEAP32[2428];
      }
      HEAP8[$6_1 + 1049230 | 0] = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 516154866;
       global$3 = HEAP32[2890];
      }
      $5_1 = $64(HEAPU8[$4 + 271 | 0], $3_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1024628674;
       global$3 = HEAP32[12027];
      }
      HEAP8[$6_1 + 1049231 | 0] = $5_1;
      $7_1 = $172($172($106($49($14_1, 0, 255, 0), i64toi32_i32$HIGH_BITS, 8), i64toi32_i32$HIGH_BITS, $49($8_1, 0, 255, 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $106($49($13_1, 0, 255, 0), i64toi32_i32$HIGH_BITS, 16), i64toi32_i32$HIGH_BITS);
      $3_1 = $7_1;
      $5_1 = i64toi32_i32$HIGH_BITS;
      $6_1 = $66($3_1, 1048560);
      $9_1 = $136($6_1);
      $11_1 = i64toi32_i32$HIGH_BITS;
      $33_1 = __wasm_i64_mul(0, 0, 840587145, -1918737211);
      $34_1 = i64toi32_i32$HIGH_BITS;
      $8_1 = $106($49($20_1, 0, 255, 0), i64toi32_i32$HIGH_BITS, 24);
      $3_1 = i64toi32_i32$HIGH_BITS;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1927410071;
       global$3 = HEAP32[10120];
      }
      i64toi32_i32$HIGH_BITS = 0;
      $13_1 = $172($172($8_1, $3_1, $106(HEAP32[$4 + 260 >> 2], 0, __wasm_i64_mul(570012064, 1467494776, 630144325, 457332919)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, $7_1, $5_1);
      $8_1 = i64toi32_i32$HIGH_BITS;
      $25_1 = __wasm_i64_mul(0, 0, -2056847703, -1565553076);
      $23_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = 0;
      $3_1 = 0;
      $10_1 = 0;
      $5_1 = 0;
      $12_1 = 0;
      $22_1 = 0;
      $29_1 = 0;
      $14_1 = 0;
      $20_1 = 0;
      $30_1 = 0;
      $31_1 = 0;
      $32_1 = 0;
      $24_1 = 0;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1970441371;
       global$3 = HEAP32[11079];
      }
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 515147461;
        global$3 = HEAP32[12247];
       }
       if (!$7_1) {
        $10_1 = $49($13_1, $8_1, -1, 0);
        $5_1 = i64toi32_i32$HIGH_BITS;
        $12_1 = $49($9_1, $11_1, __wasm_i64_mul(-1684045045, -1289763632, 720850781, 1481939009), i64toi32_i32$HIGH_BITS);
        $3_1 = i64toi32_i32$HIGH_BITS;
        $29_1 = $182($10_1, $5_1, $12_1, $3_1);
        $14_1 = i64toi32_i32$HIGH_BITS;
        $20_1 = $99($13_1, $8_1, 32);
        $30_1 = i64toi32_i32$HIGH_BITS;
        $12_1 = $182($20_1, $30_1, $12_1, $3_1);
        $3_1 = i64toi32_i32$HIGH_BITS;
        $31_1 = $99($9_1, $11_1, __wasm_i64_mul(865152480, 379854328, 1115223439, -1521266665));
        $22_1 = i64toi32_i32$HIGH_BITS;
        $10_1 = $174($12_1, $3_1, $182($10_1, $5_1, $31_1, $22_1), i64toi32_i32$HIGH_BITS);
        $5_1 = i64toi32_i32$HIGH_BITS;
        $32_1 = $174($29_1, $14_1, $106($10_1, $5_1, 32), i64toi32_i32$HIGH_BITS);
        $24_1 = i64toi32_i32$HIGH_BITS;
        $23($4, $32_1, $24_1);
        $7_1 = 1;
        continue;
       }
       break;
      };
      $28($4, $174($174($174($182($20_1, $30_1, $31_1, $22_1), i64toi32_i32$HIGH_BITS, $172($106(($3_1 | 0) == ($5_1 | 0) & $10_1 >>> 0 < $12_1 >>> 0 | $3_1 >>> 0 > $5_1 >>> 0, 0, 32), i64toi32_i32$HIGH_BITS, $99($10_1, $5_1, 32), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, ($14_1 | 0) == ($24_1 | 0) & $29_1 >>> 0 > $32_1 >>> 0 | $14_1 >>> 0 > $24_1 >>> 0, 0), i64toi32_i32$HIGH_BITS, $174($182($25_1, $23_1, $9_1, $11_1), i64toi32_i32$HIGH_BITS, $182($13_1, $8_1, $33_1, $34_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $5_1 = $6_1;
      $9_1 = $16($9_1, $11_1, $174($28_1, $17_1, $17($4), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $7_1 = $9_1;
      $11_1 = i64toi32_i32$HIGH_BITS;
      $3_1 = $11_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1730123673;
       global$3 = HEAP32[4153];
      }
      $5_1 = $5_1 + 1049216 | 0;
      HEAP8[$5_1 | 0] = $7_1;
      HEAP8[$5_1 + 1 | 0] = $7_1 >>> 8;
      HEAP8[$5_1 + 2 | 0] = $7_1 >>> 16;
      HEAP8[$5_1 + 3 | 0] = $7_1 >>> 24;
      HEAP8[$5_1 + 4 | 0] = $3_1;
      HEAP8[$5_1 + 5 | 0] = $3_1 >>> 8;
      HEAP8[$5_1 + 6 | 0] = $3_1 >>> 16;
      HEAP8[$5_1 + 7 | 0] = $3_1 >>> 24;
      $26_1 = $16($26_1, $27_1, $47($4), i64toi32_i32$HIGH_BITS);
      $27_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = $28_1;
      $5_1 = $17_1;
      $1_1 = $44($1_1, -1);
      if ($1_1) {
       continue
      }
      break;
     };
     $3_1 = 34;
     continue;
    case 49:
     $40($4, $16($12($4), i64toi32_i32$HIGH_BITS, 0, -2147483648), i64toi32_i32$HIGH_BITS);
     $3_1 = 22;
     continue;
    case 50:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -481814193;
       global$3 = HEAP32[2232];
      }
      $1($44($4, 240), $44($4, 224));
      $8_1 = $44($6_1, 2097800);
      $3_1 = $4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -7128092;
       global$3 = HEAP32[14584];
      }
      $3_1 = $3_1 + 248 | 0;
      $10_1 = HEAPU8[$3_1 | 0] | HEAPU8[$3_1 + 1 | 0] << 8 | (HEAPU8[$3_1 + 2 | 0] << 16 | HEAPU8[$3_1 + 3 | 0] << 24);
      i64toi32_i32$HIGH_BITS = HEAPU8[$3_1 + 4 | 0] | HEAPU8[$3_1 + 5 | 0] << 8 | (HEAPU8[$3_1 + 6 | 0] << 16 | HEAPU8[$3_1 + 7 | 0] << 24);
      $177($8_1, $10_1, i64toi32_i32$HIGH_BITS);
      $8_1 = $44($6_1, 2097792);
      $3_1 = $4;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1399289032;
       global$3 = HEAP32[5166];
      }
      $3_1 = $3_1 + 240 | 0;
      $10_1 = HEAPU8[$3_1 | 0] | HEAPU8[$3_1 + 1 | 0] << 8 | (HEAPU8[$3_1 + 2 | 0] << 16 | HEAPU8[$3_1 + 3 | 0] << 24);
      i64toi32_i32$HIGH_BITS = HEAPU8[$3_1 + 4 | 0] | HEAPU8[$3_1 + 5 | 0] << 8 | (HEAPU8[$3_1 + 6 | 0] << 16 | HEAPU8[$3_1 + 7 | 0] << 24);
      $177($8_1, $10_1, i64toi32_i32$HIGH_BITS);
      $6_1 = $44($6_1, 16);
      if ($6_1) {
       continue
      }
      break;
     };
     $3_1 = 53;
     continue;
    case 51:
     $3_1 = $99($15_1, $18_1, 16);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1563174615;
      global$3 = HEAP32[4340];
     }
     HEAP8[$4 + 226 | 0] = $3_1;
     $3_1 = 25;
     continue;
    case 52:
     $3_1 = $99($7_1, $5_1, 48);
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = 1988525519;
      global$3 = HEAP32[15959];
     }
     HEAP8[$4 + 246 | 0] = $3_1;
     $3_1 = 21;
     continue;
    case 53:
     $7_1 = $16($11($4), i64toi32_i32$HIGH_BITS, $15($4), i64toi32_i32$HIGH_BITS);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $3_1 = 0;
     continue;
    default:
     break block54;
    };
   }
   $3_1 = $99($16_1, $19_1, __wasm_i64_mul(2142592720, 2060039772, -19337297, -632563421));
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = -576201705;
    global$3 = HEAP32[8467];
   }
   HEAP8[$4 + 238 | 0] = $3_1;
   $3_1 = 41;
   continue;
  };
 }
 
 function $3() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2013793140;
   global$3 = HEAP32[15814];
  }
  return 2097792;
 }
 
 function $5($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 940902427;
   global$3 = HEAP32[8894];
  }
  $1_1 = $0_1 + 144 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $6($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -954465534;
   global$3 = HEAP32[8170];
  }
  $1_1 = $0_1 + 88 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $7($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 475493098;
   global$3 = HEAP32[5703];
  }
  $1_1 = $0_1 + 40 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $8($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -518197062;
   global$3 = HEAP32[11656];
  }
  $1_1 = $0_1 + 32 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $9($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1560629191;
   global$3 = HEAP32[558];
  }
  $1_1 = $0_1 + 192 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $10($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 858465906;
   global$3 = HEAP32[10475];
  }
  $1_1 = $0_1 + 24 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $11($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2009530016;
   global$3 = HEAP32[11733];
  }
  $1_1 = $0_1 + 80 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $12($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1094890136;
   global$3 = HEAP32[2700];
  }
  $1_1 = $0_1 + 152 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $13($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1459995705;
   global$3 = HEAP32[14908];
  }
  $1_1 = $0_1 + 176 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $14($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -872576482;
   global$3 = HEAP32[1135];
  }
  $1_1 = $0_1 + 136 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $15($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1944587055;
   global$3 = HEAP32[5233];
  }
  $1_1 = $0_1 - -64 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $16($0_1, $1_1, $2_1, $3_1) {
  var $4 = 0, $5_1 = 0, $6_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1263095650;
   global$3 = HEAP32[2410];
  }
  $4 = __wasm_i64_mul(2048123579, 1602314621, 413134221, -100531572);
  $5_1 = $3_1 & (i64toi32_i32$HIGH_BITS ^ $1_1);
  $6_1 = __wasm_i64_mul(479503651, 859993222, -287879819, -1670120267);
  i64toi32_i32$HIGH_BITS = ($3_1 ^ i64toi32_i32$HIGH_BITS) & $1_1 | $5_1;
  return $2_1 & ($0_1 ^ $4) | ($2_1 ^ $6_1) & $0_1;
 }
 
 function $17($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -715502212;
   global$3 = HEAP32[3301];
  }
  $1_1 = $0_1 + 8 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $18($0_1, $1_1, $2_1) {
  var $3_1 = 0, $4 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -731571140;
   global$3 = HEAP32[10916];
  }
  $8_1 = $2_1 & 63;
  $5_1 = $8_1;
  $4 = $5_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6_1 = -1 >>> $4 | 0
  } else {
   $3_1 = -1 >>> $4 | 0;
   $6_1 = (1 << $4) - 1 << 32 - $4 | -1 >>> $4;
  }
  $7_1 = $1_1 & $3_1;
  $3_1 = $0_1 & $6_1;
  $4 = $8_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6_1 = $3_1 << $4;
   $8_1 = 0;
  } else {
   $6_1 = (1 << $4) - 1 & $3_1 >>> 32 - $4 | $7_1 << $4;
   $8_1 = $3_1 << $4;
  }
  $4 = $6_1;
  $2_1 = 0 - $2_1 & 63;
  $5_1 = $2_1;
  $3_1 = $5_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6_1 = -1 << $3_1;
   $7_1 = 0;
  } else {
   $6_1 = (1 << $3_1) - 1 & -1 >>> 32 - $3_1 | -1 << $3_1;
   $7_1 = -1 << $3_1;
  }
  $1_1 = $1_1 & $6_1;
  $6_1 = $0_1 & $7_1;
  $3_1 = $2_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $7_1 = 0;
   $5_1 = $1_1 >>> $3_1 | 0;
  } else {
   $7_1 = $1_1 >>> $3_1 | 0;
   $5_1 = ((1 << $3_1) - 1 & $1_1) << 32 - $3_1 | $6_1 >>> $3_1;
  }
  i64toi32_i32$HIGH_BITS = $4 | $7_1;
  return $5_1 | $8_1;
 }
 
 function $19($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1350242658;
   global$3 = HEAP32[12106];
  }
  $0_1 = $0_1 + 160 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $20($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -790817852;
   global$3 = HEAP32[15951];
  }
  $0_1 = $0_1 + 120 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $21($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1626511167;
   global$3 = HEAP32[6260];
  }
  $0_1 = $0_1 + 80 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $22($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -551511150;
   global$3 = HEAP32[7632];
  }
  $0_1 = $0_1 + 40 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $23($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -685658243;
   global$3 = HEAP32[5425];
  }
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $24($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -400737009;
   global$3 = HEAP32[11208];
  }
  $0_1 = $0_1 + 168 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $25($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1855086417;
   global$3 = HEAP32[4555];
  }
  $0_1 = $0_1 + 128 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $26($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2068974653;
   global$3 = HEAP32[2629];
  }
  $0_1 = $0_1 + 88 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $27($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1164256437;
   global$3 = HEAP32[243];
  }
  $0_1 = $0_1 + 48 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $28($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -516719622;
   global$3 = HEAP32[6970];
  }
  $0_1 = $0_1 + 8 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $29($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1540987987;
   global$3 = HEAP32[11938];
  }
  $0_1 = $0_1 + 176 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $30($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1102594956;
   global$3 = HEAP32[9136];
  }
  $0_1 = $0_1 + 136 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $31($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 776842665;
   global$3 = HEAP32[8629];
  }
  $0_1 = $0_1 + 96 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $32($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1436704437;
   global$3 = HEAP32[14948];
  }
  $0_1 = $0_1 + 56 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $33($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1656908840;
   global$3 = HEAP32[8463];
  }
  $0_1 = $0_1 + 16 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $34($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1775870417;
   global$3 = HEAP32[10131];
  }
  $0_1 = $0_1 + 184 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $35($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -902604362;
   global$3 = HEAP32[6199];
  }
  $0_1 = $0_1 + 144 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $36($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -396338758;
   global$3 = HEAP32[4522];
  }
  $0_1 = $0_1 + 104 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $37($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -516245163;
   global$3 = HEAP32[5297];
  }
  $0_1 = $0_1 - -64 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $38($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 957799490;
   global$3 = HEAP32[14835];
  }
  $0_1 = $0_1 + 24 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $39($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1498022728;
   global$3 = HEAP32[3064];
  }
  $0_1 = $0_1 + 192 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $40($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 262806913;
   global$3 = HEAP32[6726];
  }
  $0_1 = $0_1 + 152 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $41($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 277941979;
   global$3 = HEAP32[7515];
  }
  $0_1 = $0_1 + 112 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $42($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 905744666;
   global$3 = HEAP32[7953];
  }
  $0_1 = $0_1 + 72 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $43($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1013626862;
   global$3 = HEAP32[1541];
  }
  $0_1 = $0_1 + 32 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $44($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -377964182;
   global$3 = HEAP32[4451];
  }
  return ($0_1 ^ $1_1) + (($0_1 & $1_1) << 1) | 0;
 }
 
 function $45($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 419420521;
   global$3 = HEAP32[1850];
  }
  return HEAP32[$0_1 >> 2];
 }
 
 function $46($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1717852951;
   global$3 = HEAP32[16301];
  }
  return $0_1 << $1_1;
 }
 
 function $47($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 697117709;
   global$3 = HEAP32[1491];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 4 >> 2];
  return HEAP32[$0_1 >> 2];
 }
 
 function $48($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 494594991;
   global$3 = HEAP32[14066];
  }
  i64toi32_i32$HIGH_BITS = 0;
  return HEAP32[$0_1 >> 2];
 }
 
 function $49($0_1, $1_1, $2_1, $3_1) {
  var $4 = 0, $5_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2140696895;
   global$3 = HEAP32[10218];
  }
  $4 = $0_1;
  $5_1 = $2_1;
  $2_1 = 1736775435;
  $0_1 = -1;
  $0_1 = -1;
  i64toi32_i32$HIGH_BITS = $1_1 & ($1_1 ^ ($3_1 ^ ($2_1 >>> 0 > $0_1 >>> 0 ? $0_1 + 1 | 0 : $0_1)));
  return $4 & ($4 ^ ($0_1 ^ $5_1));
 }
 
 function $50($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1769945384;
   global$3 = HEAP32[12892];
  }
  $1_1 = $0_1 + 16 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $51($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 189643227;
   global$3 = HEAP32[3006];
  }
  $1_1 = $0_1 + 56 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $52($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 433154509;
   global$3 = HEAP32[7718];
  }
  $1_1 = $0_1 + 48 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $53($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 539647345;
   global$3 = HEAP32[12713];
  }
  $1_1 = $0_1 + 72 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $54($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1819783919;
   global$3 = HEAP32[4632];
  }
  $1_1 = $0_1 + 96 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $55($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 283150986;
   global$3 = HEAP32[11046];
  }
  $1_1 = $0_1 + 104 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $56($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1086765729;
   global$3 = HEAP32[14259];
  }
  $1_1 = $0_1 + 112 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $57($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -221408266;
   global$3 = HEAP32[5603];
  }
  $1_1 = $0_1 + 128 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $58($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 953892393;
   global$3 = HEAP32[11007];
  }
  $1_1 = $0_1 + 120 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $59($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1726993371;
   global$3 = HEAP32[16111];
  }
  $1_1 = $0_1 + 184 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $60($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -449265290;
   global$3 = HEAP32[12849];
  }
  $1_1 = $0_1 + 168 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $61($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1705432643;
   global$3 = HEAP32[12935];
  }
  $1_1 = $0_1 + 160 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $63($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1017609476;
   global$3 = HEAP32[7631];
  }
  return HEAPU8[$0_1 - -1048576 | 0];
 }
 
 function $64($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -812249792;
   global$3 = HEAP32[3515];
  }
  return $1_1 & ($0_1 ^ -1) | ($1_1 ^ -1) & $0_1;
 }
 
 function $65($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 905913610;
   global$3 = HEAP32[16054];
  }
  return $0_1 >>> 7 | 0;
 }
 
 function $66($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 498046967;
   global$3 = HEAP32[1204];
  }
  return $0_1 & ($1_1 ^ -1 ^ $0_1);
 }
 
 function $67($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -423109383;
   global$3 = HEAP32[10147];
  }
  return HEAPU8[$0_1 + 5 | 0];
 }
 
 function $69($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 555491206;
   global$3 = HEAP32[8614];
  }
  return HEAPU8[$0_1 + 14 | 0];
 }
 
 function $71($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1914784934;
   global$3 = HEAP32[14909];
  }
  return HEAPU8[$0_1 + 13 | 0];
 }
 
 function $73($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2066655855;
   global$3 = HEAP32[15638];
  }
  return HEAPU8[$0_1 + 4 | 0];
 }
 
 function $75($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2054266057;
   global$3 = HEAP32[15656];
  }
  return HEAPU8[$0_1 + 12 | 0];
 }
 
 function $77($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 944808114;
   global$3 = HEAP32[2016];
  }
  return HEAPU8[$0_1 + 2 | 0];
 }
 
 function $78($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 867898262;
   global$3 = HEAP32[1913];
  }
  return HEAPU8[$0_1 + 3 | 0];
 }
 
 function $80($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -408952951;
   global$3 = HEAP32[3938];
  }
  return HEAPU8[$0_1 | 0];
 }
 
 function $81($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2108112980;
   global$3 = HEAP32[3168];
  }
  return HEAPU8[$0_1 + 15 | 0];
 }
 
 function $82($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1433571316;
   global$3 = HEAP32[8254];
  }
  return HEAPU8[$0_1 + 10 | 0];
 }
 
 function $83($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 477287306;
   global$3 = HEAP32[14568];
  }
  return HEAPU8[$0_1 + 1 | 0];
 }
 
 function $85($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1802333542;
   global$3 = HEAP32[14259];
  }
  return HEAPU8[$0_1 + 6 | 0];
 }
 
 function $86($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 961440213;
   global$3 = HEAP32[16039];
  }
  return HEAPU8[$0_1 + 9 | 0];
 }
 
 function $88($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -814577763;
   global$3 = HEAP32[6469];
  }
  return HEAPU8[$0_1 + 11 | 0];
 }
 
 function $92($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1271715065;
   global$3 = HEAP32[3803];
  }
  return HEAPU8[$0_1 + 7 | 0];
 }
 
 function $95($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -850447562;
   global$3 = HEAP32[14128];
  }
  return HEAPU8[$0_1 + 8 | 0];
 }
 
 function $99($0_1, $1_1, $2_1) {
  var $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1589660810;
   global$3 = HEAP32[3744];
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
 
 function $104($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -434864217;
   global$3 = HEAP32[9376];
  }
  i64toi32_i32$HIGH_BITS = 0;
  return HEAPU8[$0_1 | 0];
 }
 
 function $106($0_1, $1_1, $2_1) {
  var $3_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1353310544;
   global$3 = HEAP32[7262];
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
 
 function $124($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -2088255644;
   global$3 = HEAP32[15863];
  }
  HEAP8[$0_1 | 0] = $1_1;
 }
 
 function $136($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1403506278;
   global$3 = HEAP32[15848];
  }
  $0_1 = $0_1 + 1049216 | 0;
  i64toi32_i32$HIGH_BITS = HEAPU8[$0_1 + 4 | 0] | HEAPU8[$0_1 + 5 | 0] << 8 | (HEAPU8[$0_1 + 6 | 0] << 16 | HEAPU8[$0_1 + 7 | 0] << 24);
  return HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
 }
 
 function $172($0_1, $1_1, $2_1, $3_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 111316724;
   global$3 = HEAP32[7382];
  }
  i64toi32_i32$HIGH_BITS = $1_1 & $3_1 | $1_1 ^ $3_1;
  return $0_1 & $2_1 | $0_1 ^ $2_1;
 }
 
 function $174($0_1, $1_1, $2_1, $3_1) {
  var $4 = 0, $5_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1894146203;
   global$3 = HEAP32[8735];
  }
  $4 = $0_1 ^ $2_1;
  $5_1 = $1_1 ^ $3_1;
  $1_1 = $1_1 & $3_1;
  $0_1 = $0_1 & $2_1;
  $2_1 = 1;
  $3_1 = 1;
  if (($2_1 & 63) >>> 0 >= 32) {
   $1_1 = $0_1 << $3_1;
   $2_1 = 0;
  } else {
   $1_1 = (1 << $3_1) - 1 & $0_1 >>> 32 - $3_1 | $1_1 << $3_1;
   $2_1 = $0_1 << $3_1;
  }
  $0_1 = $1_1 + $5_1 | 0;
  $3_1 = $2_1 + $4 | 0;
  $0_1 = $3_1 >>> 0 < $2_1 >>> 0 ? $0_1 + 1 | 0 : $0_1;
  i64toi32_i32$HIGH_BITS = $0_1;
  return $3_1;
 }
 
 function $177($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1700457032;
   global$3 = HEAP32[3127];
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
 
 function $182($0_1, $1_1, $2_1, $3_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1724668496;
   global$3 = HEAP32[3744];
  }
  $3_1 = __wasm_i64_mul($0_1, $1_1, $2_1, $3_1);
  return $3_1;
 }
 
 function __wasm_i64_mul($0_1, $1_1, $2_1, $3_1) {
  var $4 = 0, $5_1 = 0;
  $4 = $2_1 >>> 16 | 0;
  $5_1 = $0_1 >>> 16 | 0;
  $1_1 = (Math_imul($4, $5_1) + Math_imul($1_1, $2_1) | 0) + Math_imul($0_1, $3_1) | 0;
  $2_1 = $2_1 & 65535;
  $0_1 = $0_1 & 65535;
  $3_1 = Math_imul($2_1, $0_1);
  $2_1 = ($3_1 >>> 16 | 0) + Math_imul($2_1, $5_1) | 0;
  $1_1 = $1_1 + ($2_1 >>> 16 | 0) | 0;
  $2_1 = Math_imul($0_1, $4) + ($2_1 & 65535) | 0;
  i64toi32_i32$HIGH_BITS = $1_1 + ($2_1 >>> 16 | 0) | 0;
  return $3_1 & 65535 | $2_1 << 16;
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
