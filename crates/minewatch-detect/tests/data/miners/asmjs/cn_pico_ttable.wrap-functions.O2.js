
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
  base64DecodeToExistingUint8Array(bufferView, 1048576, "xmNjpfh8fITud3eZ9nt7jf/y8g3Wa2u93m9vsZHFxVRgMDBQAgEBA85nZ6lWKyt95/7+GbXX12JNq6vm7HZ2mo/KykUfgoKdicnJQPp9fYfv+voVsllZ645HR8n78PALQa2t7LPU1GdfoqL9Ra+v6iOcnL9TpKT35HJylpvAwFt1t7fC4f39HD2Tk65MJiZqbDY2Wn4/P0H19/cCg8zMT2g0NFxRpaX00eXlNPnx8QjicXGTq9jYc2IxMVMqFRU/CAQEDJXHx1JGIyNlncPDXjAYGCg3lpahCgUFDy+amrUOBwcJJBISNhuAgJvf4uI9zevrJk4nJ2l/srLN6nV1nxIJCRsdg4OeWCwsdDQaGi42Gxst3G5usrRaWu5boKD7pFJS9nY7O0231tZhfbOzzlIpKXvd4+M+Xi8vcROEhJemU1P1udHRaAAAAADB7e0sQCAgYOP8/B95sbHItltb7dRqar6Ny8tGZ76+2XI5OUuUSkremExM1LBYWOiFz89Ku9DQa8Xv7ypPqqrl7fv7FoZDQ8WaTU3XZjMzVRGFhZSKRUXP6fn5EAQCAgb+f3+BoFBQ8Hg8PEQln5+6S6io46JRUfNdo6P+gEBAwAWPj4o/kpKtIZ2dvHA4OEjx9fUEY7y833e2tsGv2tp1QiEhYyAQEDDl//8a/fPzDr/S0m2Bzc1MGAwMFCYTEzXD7Owvvl9f4TWXl6KIRETMLhcXOZPExFdVp6fy/H5+gno9PUfIZGSsul1d5zIZGSvmc3OVwGBgoBmBgZieT0/Ro9zcf0QiImZUKip+O5CQqwuIiIOMRkbKx+7uKWu4uNMoFBQ8p97eebxeXuIWCwsdrdvbdtvg4DtkMjJWdDo6ThQKCh6SSUnbDAYGCkgkJGy4XFzkn8LCXb3T025DrKzvxGJipjmRkagxlZWk0+TkN/J5eYvV5+cyi8jIQ243N1nabW23AY2NjLHV1WScTk7SSamp4NhsbLSsVlb68/T0B8/q6iXKZWWv9Hp6jkeurukQCAgYb7q61fB4eIhKJSVvXC4ucjgcHCRXpqbxc7S0x5fGxlHL6Ogjod3dfOh0dJw+Hx8hlktL3WG9vdwNi4uGD4qKheBwcJB8Pj5CcbW1xMxmZqqQSEjYBgMDBff29gEcDg4SwmFho2o1NV+uV1f5abm50BeGhpGZwcFYOh0dJyeenrnZ4eE46/j4EyuYmLMiEREz0mlpu6nZ2XAHjo6JM5SUpy2bm7Y8Hh4iFYeHksnp6SCHzs5JqlVV/1AoKHil3996A4yMj1mhofgJiYmAGg0NF2W/v9rX5uYxhEJCxtBoaLiCQUHDKZmZsFotLXceDw8Re7Cwy6hUVPxtu7vWLBYWOqXGY2OE+Hx8me53d432e3sN//LyvdZra7Heb29UkcXFUGAwMAMCAQGpzmdnfVYrKxnn/v5itdfX5k2rq5rsdnZFj8rKnR+CgkCJycmH+n19Fe/6+uuyWVnJjkdHC/vw8OxBra1ns9TU/V+ioupFr6+/I5yc91OkpJbkcnJbm8DAwnW3txzh/f2uPZOTakwmJlpsNjZBfj8/AvX390+DzMxcaDQ09FGlpTTR5eUI+fHxk+JxcXOr2NhTYjExPyoVFQwIBARSlcfHZUYjI16dw8MoMBgYoTeWlg8KBQW1L5qaCQ4HBzYkEhKbG4CAPd/i4ibN6+tpTicnzX+ysp/qdXUbEgkJnh2Dg3RYLCwuNBoaLTYbG7Lcbm7utFpa+1ugoPakUlJNdjs7YbfW1s59s7N7UikpPt3j43FeLy+XE4SE9aZTU2i50dEAAAAALMHt7WBAICAf4/z8yHmxse22W1u+1GpqRo3Ly9lnvr5Lcjk53pRKStSYTEzosFhYSoXPz2u70NAqxe/v5U+qqhbt+/vFhkND15pNTVVmMzOUEYWFz4pFRRDp+fkGBAICgf5/f/CgUFBEeDw8uiWfn+NLqKjzolFR/l2jo8CAQECKBY+PrT+SkrwhnZ1IcDg4BPH19d9jvLzBd7a2da/a2mNCISEwIBAQGuX//w798/Ntv9LSTIHNzRQYDAw1JhMTL8Ps7OG+X1+iNZeXzIhERDkuFxdXk8TE8lWnp4L8fn5Hej09rMhkZOe6XV0rMhkZleZzc6DAYGCYGYGB0Z5PT3+j3NxmRCIiflQqKqs7kJCDC4iIyoxGRinH7u7Ta7i4PCgUFHmn3t7ivF5eHRYLC3at29s72+DgVmQyMk50OjoeFAoK25JJSQoMBgZsSCQk5LhcXF2fwsJuvdPT70OsrKbEYmKoOZGRpDGVlTfT5OSL8nl5MtXn50OLyMhZbjc3t9ptbYwBjY1ksdXV0pxOTuBJqam02Gxs+qxWVgfz9PQlz+rqr8plZY70enrpR66uGBAICNVvurqI8Hh4b0olJXJcLi4kOBwc8VempsdztLRRl8bGI8vo6Hyh3d2c6HR0IT4fH92WS0vcYb29hg2Li4UPioqQ4HBwQnw+PsRxtbWqzGZm2JBISAUGAwMB9/b2EhwODqPCYWFfajU1+a5XV9BpubmRF4aGWJnBwSc6HR25J56eONnh4RPr+PizK5iYMyIREbvSaWlwqdnZiQeOjqczlJS2LZubIjweHpIVh4cgyenpSYfOzv+qVVV4UCgoeqXf348DjIz4WaGhgAmJiRcaDQ3aZb+/Mdfm5saEQkK40Ghow4JBQbApmZl3Wi0tER4PD8t7sLD8qFRU1m27uzosFhZjpcZjfIT4fHeZ7nd7jfZ78g3/8mu91mtvsd5vxVSRxTBQYDABAwIBZ6nOZyt9Viv+Gef+12K116vmTat2mux2ykWPyoKdH4LJQInJfYf6ffoV7/pZ67JZR8mOR/AL+/Ct7EGt1Gez1KL9X6Kv6kWvnL8jnKT3U6RyluRywFubwLfCdbf9HOH9k649kyZqTCY2Wmw2P0F+P/cC9ffMT4PMNFxoNKX0UaXlNNHl8Qj58XGT4nHYc6vYMVNiMRU/KhUEDAgEx1KVxyNlRiPDXp3DGCgwGJahN5YFDwoFmrUvmgcJDgcSNiQSgJsbgOI93+LrJs3rJ2lOJ7LNf7J1n+p1CRsSCYOeHYMsdFgsGi40GhstNhtustxuWu60WqD7W6BS9qRSO012O9Zht9azzn2zKXtSKeM+3eMvcV4vhJcThFP1plPRaLnRAAAAAO0swe0gYEAg/B/j/LHIebFb7bZbar7UastGjcu+2We+OUtyOUrelEpM1JhMWOiwWM9Khc/Qa7vQ7yrF76rlT6r7Fu37Q8WGQ03Xmk0zVWYzhZQRhUXPikX5EOn5AgYEAn+B/n9Q8KBQPER4PJ+6JZ+o40uoUfOiUaP+XaNAwIBAj4oFj5KtP5KdvCGdOEhwOPUE8fW832O8tsF3ttp1r9ohY0IhEDAgEP8a5f/zDv3z0m2/0s1Mgc0MFBgMEzUmE+wvw+xf4b5fl6I1l0TMiEQXOS4XxFeTxKfyVad+gvx+PUd6PWSsyGRd57pdGSsyGXOV5nNgoMBggZgZgU/Rnk/cf6PcImZEIip+VCqQqzuQiIMLiEbKjEbuKcfuuNNruBQ8KBTeeafeXuK8XgsdFgvbdq3b4Dvb4DJWZDI6TnQ6Ch4UCknbkkkGCgwGJGxIJFzkuFzCXZ/C026906zvQ6xipsRikag5kZWkMZXkN9PkeYvyeecy1efIQ4vIN1luN2232m2NjAGN1WSx1U7SnE6p4EmpbLTYbFb6rFb0B/P06iXP6mWvymV6jvR6rulHrggYEAi61W+6eIjweCVvSiUuclwuHCQ4HKbxV6a0x3O0xlGXxugjy+jdfKHddJzodB8hPh9L3ZZLvdxhvYuGDYuKhQ+KcJDgcD5CfD61xHG1ZqrMZkjYkEgDBQYD9gH39g4SHA5ho8JhNV9qNVf5rle50Gm5hpEXhsFYmcEdJzodnrknnuE42eH4E+v4mLMrmBEzIhFpu9Jp2XCp2Y6JB46UpzOUm7Ytmx4iPB6HkhWH6SDJ6c5Jh85V/6pVKHhQKN96pd+MjwOMofhZoYmACYkNFxoNv9plv+Yx1+ZCxoRCaLjQaEHDgkGZsCmZLXdaLQ8RHg+wy3uwVPyoVLvWbbsWOiwWY2Olxnx8hPh3d5nue3uN9vLyDf9ra73Wb2+x3sXFVJEwMFBgAQEDAmdnqc4rK31W/v4Z59fXYrWrq+ZNdnaa7MrKRY+Cgp0fyclAiX19h/r6+hXvWVnrskdHyY7w8Av7ra3sQdTUZ7Oiov1fr6/qRZycvyOkpPdTcnKW5MDAW5u3t8J1/f0c4ZOTrj0mJmpMNjZabD8/QX739wL1zMxPgzQ0XGilpfRR5eU00fHxCPlxcZPi2NhzqzExU2IVFT8qBAQMCMfHUpUjI2VGw8NenRgYKDCWlqE3BQUPCpqatS8HBwkOEhI2JICAmxvi4j3f6+smzScnaU6yss1/dXWf6gkJGxKDg54dLCx0WBoaLjQbGy02bm6y3Fpa7rSgoPtbUlL2pDs7TXbW1mG3s7POfSkpe1Lj4z7dLy9xXoSElxNTU/Wm0dFouQAAAADt7SzBICBgQPz8H+Oxsch5W1vttmpqvtTLy0aNvr7ZZzk5S3JKSt6UTEzUmFhY6LDPz0qF0NBru+/vKsWqquVP+/sW7UNDxYZNTdeaMzNVZoWFlBFFRc+K+fkQ6QICBgR/f4H+UFDwoDw8RHifn7olqKjjS1FR86Kjo/5dQEDAgI+PigWSkq0/nZ28ITg4SHD19QTxvLzfY7a2wXfa2nWvISFjQhAQMCD//xrl8/MO/dLSbb/NzUyBDAwUGBMTNSbs7C/DX1/hvpeXojVERMyIFxc5LsTEV5Onp/JVfn6C/D09R3pkZKzIXV3nuhkZKzJzc5XmYGCgwIGBmBlPT9Ge3Nx/oyIiZkQqKn5UkJCrO4iIgwtGRsqM7u4px7i402sUFDwo3t55p15e4rwLCx0W29t2reDgO9syMlZkOjpOdAoKHhRJSduSBgYKDCQkbEhcXOS4wsJdn9PTbr2srO9DYmKmxJGRqDmVlaQx5OQ303l5i/Ln5zLVyMhDizc3WW5tbbfajY2MAdXVZLFOTtKcqangSWxstNhWVvqs9PQH8+rqJc9lZa/KenqO9K6u6UcICBgQurrVb3h4iPAlJW9KLi5yXBwcJDimpvFXtLTHc8bGUZfo6CPL3d18oXR0nOgfHyE+S0vdlr293GGLi4YNioqFD3BwkOA+PkJ8tbXEcWZmqsxISNiQAwMFBvb2AfcODhIcYWGjwjU1X2pXV/muubnQaYaGkRfBwViZHR0nOp6euSfh4TjZ+PgT65iYsysRETMiaWm70tnZcKmOjokHlJSnM5ubti0eHiI8h4eSFenpIMnOzkmHVVX/qigoeFDf33qljIyPA6Gh+FmJiYAJDQ0XGr+/2mXm5jHXQkLGhGhouNBBQcOCmZmwKS0td1oPDxEesLDLe1RU/Ki7u9ZtFhY6LAEAAAAAAAAAgoAAAAAAAACKgAAAAAAAgACAAIAAAACAi4AAAAAAAAABAACAAAAAAIGAAIAAAACACYAAAAAAAICKAAAAAAAAAIgAAAAAAAAACYAAgAAAAAAKAACAAAAAAIuAAIAAAAAAiwAAAAAAAICJgAAAAAAAgAOAAAAAAACAAoAAAAAAAICAAAAAAAAAgAqAAAAAAAAACgAAgAAAAICBgACAAAAAgICAAAAAAACAAQAAgAAAAAAIgACAAAAAgAoAAAAHAAAACwAAABEAAAASAAAAAwAAAAUAAAAQAAAACAAAABUAAAAYAAAABAAAAA8AAAAXAAAAEwAAAA0AAAAMAAAAAgAAABQAAAAOAAAAFgAAAAkAAAAGAAAAAQAAAAEAAAADAAAABgAAAAoAAAAPAAAAFQAAABwAAAAkAAAALQAAADcAAAACAAAADgAAABsAAAApAAAAOAAAAAgAAAAZAAAAKwAAAD4AAAASAAAAJwAAAD0AAAAUAAAALA==");
}

  function wasm2js_memory_fill(dest, value, size) {
    dest = dest >>> 0;
    size = size >>> 0;
    if (dest + size > bufferView.length) throw "trap: invalid memory.fill";
    bufferView.fill(value, dest, dest + size);
  }
      
function asmFunc(imports) {
 var buffer = new ArrayBuffer(1376256);
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
 var global$1 = 1315456;
 var global$2 = 1315456;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1) {
  var $1_1 = 0, $2_1 = 0, $3 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $29_1 = 0, $30 = 0, $31_1 = 0, $32_1 = 0, $33_1 = 0, $34_1 = 0, $35_1 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, $49_1 = 0, $50_1 = 0, $51_1 = 0, $52_1 = 0, $53_1 = 0, $54_1 = 0, $55_1 = 0, $56 = 0, $57 = 0;
  $29_1 = $4($0_1);
  $30 = i64toi32_i32$HIGH_BITS;
  $31_1 = $5($0_1);
  $32_1 = i64toi32_i32$HIGH_BITS;
  $33_1 = $6($0_1);
  $34_1 = i64toi32_i32$HIGH_BITS;
  $35_1 = $7($0_1);
  $36_1 = i64toi32_i32$HIGH_BITS;
  $19_1 = $8($0_1);
  $20_1 = i64toi32_i32$HIGH_BITS;
  $21_1 = $9($0_1);
  $22_1 = i64toi32_i32$HIGH_BITS;
  $5_1 = $10($0_1);
  $6_1 = i64toi32_i32$HIGH_BITS;
  $7_1 = $11($0_1);
  $8_1 = i64toi32_i32$HIGH_BITS;
  $15_1 = $12($0_1);
  $16_1 = i64toi32_i32$HIGH_BITS;
  $37_1 = $13($0_1);
  $38_1 = i64toi32_i32$HIGH_BITS;
  $9_1 = $14($0_1);
  $10_1 = i64toi32_i32$HIGH_BITS;
  $39_1 = $15($0_1);
  $40_1 = i64toi32_i32$HIGH_BITS;
  $41_1 = $16($0_1);
  $42_1 = i64toi32_i32$HIGH_BITS;
  $43_1 = $17($0_1);
  $44_1 = i64toi32_i32$HIGH_BITS;
  $11_1 = $18($0_1);
  $12_1 = i64toi32_i32$HIGH_BITS;
  $45_1 = $19($0_1);
  $46_1 = i64toi32_i32$HIGH_BITS;
  $47_1 = $20($0_1);
  $48_1 = i64toi32_i32$HIGH_BITS;
  $1_1 = $21($0_1);
  $2_1 = i64toi32_i32$HIGH_BITS;
  $49_1 = $22($0_1);
  $50_1 = i64toi32_i32$HIGH_BITS;
  $51_1 = $23($0_1);
  $52_1 = i64toi32_i32$HIGH_BITS;
  $13_1 = $24($0_1);
  $14_1 = i64toi32_i32$HIGH_BITS;
  $53_1 = $25($0_1);
  $54_1 = i64toi32_i32$HIGH_BITS;
  $55_1 = $26($0_1);
  $56 = i64toi32_i32$HIGH_BITS;
  $17_1 = $27($0_1);
  $18_1 = i64toi32_i32$HIGH_BITS;
  while (1) {
   $3 = $28($28($28($1_1, $2_1, $19_1, $20_1), i64toi32_i32$HIGH_BITS, $49_1, $50_1), i64toi32_i32$HIGH_BITS, $51_1, $52_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $23_1 = $29($0_1);
   $24_1 = i64toi32_i32$HIGH_BITS;
   $25_1 = $28($3, $4_1, $23_1, $24_1);
   $26_1 = i64toi32_i32$HIGH_BITS;
   $3 = __wasm_rotl_i64($25_1, $26_1, 1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $27_1 = $28($28($28($28($5_1, $6_1, $29_1, $30), i64toi32_i32$HIGH_BITS, $7_1, $8_1), i64toi32_i32$HIGH_BITS, $15_1, $16_1), i64toi32_i32$HIGH_BITS, $37_1, $38_1);
   $28_1 = i64toi32_i32$HIGH_BITS;
   $3 = $28($3, $4_1, $27_1, $28_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $31($0_1, $28($3, $4_1, $13_1, $14_1), i64toi32_i32$HIGH_BITS);
   $32($0_1, $28($3, $4_1, $53_1, $54_1), i64toi32_i32$HIGH_BITS);
   $33($0_1, $28($3, $4_1, $55_1, $56), i64toi32_i32$HIGH_BITS);
   $34($0_1, $28($3, $4_1, $21_1, $22_1), i64toi32_i32$HIGH_BITS);
   $35($0_1, $28($3, $4_1, $17_1, $18_1), i64toi32_i32$HIGH_BITS);
   $21_1 = $28($28($28($28($13_1, $14_1, $21_1, $22_1), i64toi32_i32$HIGH_BITS, $53_1, $54_1), i64toi32_i32$HIGH_BITS, $55_1, $56), i64toi32_i32$HIGH_BITS, $17_1, $18_1);
   $22_1 = i64toi32_i32$HIGH_BITS;
   $13_1 = $28($28($28($28($35_1, $36_1, $33_1, $34_1), i64toi32_i32$HIGH_BITS, $11_1, $12_1), i64toi32_i32$HIGH_BITS, $45_1, $46_1), i64toi32_i32$HIGH_BITS, $47_1, $48_1);
   $14_1 = i64toi32_i32$HIGH_BITS;
   $3 = $28($21_1, $22_1, __wasm_rotl_i64($13_1, $14_1, 1), i64toi32_i32$HIGH_BITS);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $36($0_1, $28($3, $4_1, $1_1, $2_1), i64toi32_i32$HIGH_BITS);
   $37($0_1, $28($3, $4_1, $49_1, $50_1), i64toi32_i32$HIGH_BITS);
   $38($0_1, $28($3, $4_1, $51_1, $52_1), i64toi32_i32$HIGH_BITS);
   $39($0_1, $28($3, $4_1, $19_1, $20_1), i64toi32_i32$HIGH_BITS);
   $3 = $28($3, $4_1, $23_1, $24_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $40($0_1, $3, $4_1);
   $19_1 = $28($28($28($28($9_1, $10_1, $31_1, $32_1), i64toi32_i32$HIGH_BITS, $39_1, $40_1), i64toi32_i32$HIGH_BITS, $41_1, $42_1), i64toi32_i32$HIGH_BITS, $43_1, $44_1);
   $20_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $28($25_1, $26_1, __wasm_rotl_i64($19_1, $20_1, 1), i64toi32_i32$HIGH_BITS);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $41($0_1, $28($1_1, $2_1, $11_1, $12_1), i64toi32_i32$HIGH_BITS);
   $42($0_1, $28($1_1, $2_1, $45_1, $46_1), i64toi32_i32$HIGH_BITS);
   $43($0_1, $28($1_1, $2_1, $47_1, $48_1), i64toi32_i32$HIGH_BITS);
   $44($0_1, $28($1_1, $2_1, $33_1, $34_1), i64toi32_i32$HIGH_BITS);
   $45($0_1, $28($1_1, $2_1, $35_1, $36_1), i64toi32_i32$HIGH_BITS);
   $1_1 = $28($13_1, $14_1, __wasm_rotl_i64($27_1, $28_1, 1), i64toi32_i32$HIGH_BITS);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $46($0_1, $28($1_1, $2_1, $9_1, $10_1), i64toi32_i32$HIGH_BITS);
   $47($0_1, $28($1_1, $2_1, $39_1, $40_1), i64toi32_i32$HIGH_BITS);
   $48($0_1, $28($1_1, $2_1, $41_1, $42_1), i64toi32_i32$HIGH_BITS);
   $49($0_1, $28($1_1, $2_1, $43_1, $44_1), i64toi32_i32$HIGH_BITS);
   $50($0_1, $28($1_1, $2_1, $31_1, $32_1), i64toi32_i32$HIGH_BITS);
   $1_1 = $28(__wasm_rotl_i64($21_1, $22_1, 1), i64toi32_i32$HIGH_BITS, $19_1, $20_1);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $51($0_1, $28($1_1, $2_1, $5_1, $6_1), i64toi32_i32$HIGH_BITS);
   $52($0_1, $28($1_1, $2_1, $7_1, $8_1), i64toi32_i32$HIGH_BITS);
   $53($0_1, $28($1_1, $2_1, $15_1, $16_1), i64toi32_i32$HIGH_BITS);
   $54($0_1, $28($1_1, $2_1, $37_1, $38_1), i64toi32_i32$HIGH_BITS);
   $55($0_1, $28($1_1, $2_1, $29_1, $30), i64toi32_i32$HIGH_BITS);
   $5_1 = -96;
   while (1) {
    $6_1 = (HEAP32[$5_1 + 1052960 >> 2] << 3) + $0_1 | 0;
    $1_1 = $27($6_1);
    $2_1 = i64toi32_i32$HIGH_BITS;
    $35($6_1, __wasm_rotl_i64($3, $4_1, $59($5_1 + 1053056 | 0)), i64toi32_i32$HIGH_BITS);
    $6_1 = (HEAP32[$5_1 + 1052964 >> 2] << 3) + $0_1 | 0;
    $3 = $27($6_1);
    $4_1 = i64toi32_i32$HIGH_BITS;
    $35($6_1, __wasm_rotl_i64($1_1, $2_1, $59($5_1 + 1053060 | 0)), i64toi32_i32$HIGH_BITS);
    $5_1 = $5_1 + 8 | 0;
    if ($5_1) {
     continue
    }
    break;
   };
   $3 = $4($0_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $17_1 = $29($0_1);
   $18_1 = i64toi32_i32$HIGH_BITS;
   $23_1 = $27($0_1);
   $24_1 = i64toi32_i32$HIGH_BITS;
   $29_1 = $28($3, $4_1, $60($17_1, $18_1, $28($23_1, $24_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $30 = i64toi32_i32$HIGH_BITS;
   $55($0_1, $29_1, $30);
   $5_1 = $60($23_1, $24_1, $28($3, $4_1, -1, -1), i64toi32_i32$HIGH_BITS);
   $6_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $5($0_1);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $31_1 = $28($5_1, $6_1, $1_1, $2_1);
   $32_1 = i64toi32_i32$HIGH_BITS;
   $50($0_1, $31_1, $32_1);
   $3 = $60($3, $4_1, $28($1_1, $2_1, -1, -1), i64toi32_i32$HIGH_BITS);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $25_1 = $7($0_1);
   $26_1 = i64toi32_i32$HIGH_BITS;
   $35_1 = $28($3, $4_1, $25_1, $26_1);
   $36_1 = i64toi32_i32$HIGH_BITS;
   $45($0_1, $35_1, $36_1);
   $40($0_1, $28($17_1, $18_1, $60($1_1, $2_1, $28($25_1, $26_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $3 = $6($0_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $8($0_1);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $7_1 = $60($3, $4_1, $28($1_1, $2_1, -1, -1), i64toi32_i32$HIGH_BITS);
   $8_1 = i64toi32_i32$HIGH_BITS;
   $5_1 = $9($0_1);
   $6_1 = i64toi32_i32$HIGH_BITS;
   $21_1 = $28($7_1, $8_1, $5_1, $6_1);
   $22_1 = i64toi32_i32$HIGH_BITS;
   $34($0_1, $21_1, $22_1);
   $7_1 = $17($0_1);
   $8_1 = i64toi32_i32$HIGH_BITS;
   $19_1 = $28($1_1, $2_1, $60($7_1, $8_1, $28($3, $4_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $20_1 = i64toi32_i32$HIGH_BITS;
   $39($0_1, $19_1, $20_1);
   $15_1 = $13($0_1);
   $16_1 = i64toi32_i32$HIGH_BITS;
   $33_1 = $28($3, $4_1, $60($15_1, $16_1, $28($7_1, $8_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $34_1 = i64toi32_i32$HIGH_BITS;
   $44($0_1, $33_1, $34_1);
   $43_1 = $28($7_1, $8_1, $60($5_1, $6_1, $28($15_1, $16_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $44_1 = i64toi32_i32$HIGH_BITS;
   $49($0_1, $43_1, $44_1);
   $37_1 = $28($15_1, $16_1, $60($1_1, $2_1, $28($5_1, $6_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $38_1 = i64toi32_i32$HIGH_BITS;
   $54($0_1, $37_1, $38_1);
   $3 = $20($0_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $16($0_1);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $5_1 = $12($0_1);
   $6_1 = i64toi32_i32$HIGH_BITS;
   $7_1 = $23($0_1);
   $8_1 = i64toi32_i32$HIGH_BITS;
   $9_1 = $26($0_1);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $15_1 = $28($5_1, $6_1, $60($7_1, $8_1, $28($9_1, $10_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $16_1 = i64toi32_i32$HIGH_BITS;
   $53($0_1, $15_1, $16_1);
   $41_1 = $28($1_1, $2_1, $60($9_1, $10_1, $28($5_1, $6_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $42_1 = i64toi32_i32$HIGH_BITS;
   $48($0_1, $41_1, $42_1);
   $47_1 = $28($3, $4_1, $60($5_1, $6_1, $28($1_1, $2_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $48_1 = i64toi32_i32$HIGH_BITS;
   $43($0_1, $47_1, $48_1);
   $51_1 = $28($7_1, $8_1, $60($1_1, $2_1, $28($3, $4_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $52_1 = i64toi32_i32$HIGH_BITS;
   $38($0_1, $51_1, $52_1);
   $55_1 = $28($9_1, $10_1, $60($3, $4_1, $28($7_1, $8_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $56 = i64toi32_i32$HIGH_BITS;
   $33($0_1, $55_1, $56);
   $3 = $19($0_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $15($0_1);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $5_1 = $11($0_1);
   $6_1 = i64toi32_i32$HIGH_BITS;
   $9_1 = $22($0_1);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $25($0_1);
   $12_1 = i64toi32_i32$HIGH_BITS;
   $7_1 = $28($5_1, $6_1, $60($9_1, $10_1, $28($11_1, $12_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $8_1 = i64toi32_i32$HIGH_BITS;
   $52($0_1, $7_1, $8_1);
   $39_1 = $28($1_1, $2_1, $60($11_1, $12_1, $28($5_1, $6_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $40_1 = i64toi32_i32$HIGH_BITS;
   $47($0_1, $39_1, $40_1);
   $45_1 = $28($3, $4_1, $60($5_1, $6_1, $28($1_1, $2_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $46_1 = i64toi32_i32$HIGH_BITS;
   $42($0_1, $45_1, $46_1);
   $49_1 = $28($9_1, $10_1, $60($1_1, $2_1, $28($3, $4_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $50_1 = i64toi32_i32$HIGH_BITS;
   $37($0_1, $49_1, $50_1);
   $53_1 = $28($11_1, $12_1, $60($3, $4_1, $28($9_1, $10_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $54_1 = i64toi32_i32$HIGH_BITS;
   $32($0_1, $53_1, $54_1);
   $3 = $18($0_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $14($0_1);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $11_1 = $10($0_1);
   $12_1 = i64toi32_i32$HIGH_BITS;
   $13_1 = $21($0_1);
   $14_1 = i64toi32_i32$HIGH_BITS;
   $27_1 = $24($0_1);
   $28_1 = i64toi32_i32$HIGH_BITS;
   $5_1 = $28($11_1, $12_1, $60($13_1, $14_1, $28($27_1, $28_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $6_1 = i64toi32_i32$HIGH_BITS;
   $51($0_1, $5_1, $6_1);
   $9_1 = $28($1_1, $2_1, $60($27_1, $28_1, $28($11_1, $12_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $46($0_1, $9_1, $10_1);
   $11_1 = $28($3, $4_1, $60($11_1, $12_1, $28($1_1, $2_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $12_1 = i64toi32_i32$HIGH_BITS;
   $41($0_1, $11_1, $12_1);
   $1_1 = $28($13_1, $14_1, $60($1_1, $2_1, $28($3, $4_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $2_1 = i64toi32_i32$HIGH_BITS;
   $36($0_1, $1_1, $2_1);
   $13_1 = $28($27_1, $28_1, $60($3, $4_1, $28($13_1, $14_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $14_1 = i64toi32_i32$HIGH_BITS;
   $31($0_1, $13_1, $14_1);
   $3 = $60($25_1, $26_1, $28($17_1, $18_1, -1, -1), i64toi32_i32$HIGH_BITS);
   $4_1 = i64toi32_i32$HIGH_BITS;
   i64toi32_i32$HIGH_BITS = HEAP32[$57 + 1052676 >> 2];
   $17_1 = $28($23_1, $24_1, $28($3, $4_1, HEAP32[$57 + 1052672 >> 2], i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $18_1 = i64toi32_i32$HIGH_BITS;
   $35($0_1, $17_1, $18_1);
   $57 = $57 + 8 | 0;
   if (($57 | 0) != 192) {
    continue
   }
   break;
  };
 }
 
 function $1($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $5_1 = global$0 - 224 | 0;
  global$0 = $5_1;
  wasm2js_memory_fill($5_1 + 24 | 0, 0, 200);
  $9_1 = $1_1 >>> 0 >= 135 ? 135 : $1_1;
  block : {
   if (!$1_1) {
    break block
   }
   if (($1_1 | 0) != 1) {
    $12_1 = $9_1 & 1;
    $11_1 = $9_1 & 254;
    $1_1 = 0;
    while (1) {
     $4_1 = ($5_1 + 24 | 0) + ($3 & -8) | 0;
     $8_1 = $0_1 + $3 | 0;
     $6_1 = $1_1 & 48;
     $35($4_1, $28($66($64($8_1 + 1 | 0), i64toi32_i32$HIGH_BITS, $6_1 | 8), i64toi32_i32$HIGH_BITS, $28($66($64($8_1), i64toi32_i32$HIGH_BITS, $6_1), i64toi32_i32$HIGH_BITS, $27($4_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $1_1 = $1_1 + 16 | 0;
     $3 = $3 + 2 | 0;
     if (($3 | 0) != ($11_1 | 0)) {
      continue
     }
     break;
    };
    if (!$12_1) {
     break block
    }
    $0_1 = $0_1 + $3 | 0;
   }
   $1_1 = ($5_1 + 24 | 0) + ($3 & -8) | 0;
   $35($1_1, $28($66($64($0_1), i64toi32_i32$HIGH_BITS, $3 << 3), i64toi32_i32$HIGH_BITS, $27($1_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
  }
  $3 = ($5_1 + 24 | 0) + ($9_1 & -8) | 0;
  $0_1 = $27($3);
  $35($3, $28($0_1, i64toi32_i32$HIGH_BITS, $66(1, 0, $9_1 << 3), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
  $52($5_1, $28($11($5_1), i64toi32_i32$HIGH_BITS, 0, -2147483648), i64toi32_i32$HIGH_BITS);
  $0($5_1 + 24 | 0);
  $7_1 = $8($5_1);
  $1_1 = $67($7_1, i64toi32_i32$HIGH_BITS, 32);
  $17_1 = $4($5_1);
  $21_1 = i64toi32_i32$HIGH_BITS;
  $12_1 = $67($17_1, $21_1, 32);
  $13_1 = $9($5_1);
  $4_1 = $67($13_1, i64toi32_i32$HIGH_BITS, 32);
  $18_1 = $5($5_1);
  $22_1 = i64toi32_i32$HIGH_BITS;
  $14_1 = $67($18_1, $22_1, 32);
  $8_1 = $7_1;
  $15_1 = $17_1;
  $6_1 = $13_1;
  $3 = -262144;
  while (1) {
   $0_1 = HEAP32[($8_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($4_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($1_1 & 255) << 2) + 1048576 >> 2] ^ ($12_1 ^ HEAP32[($6_1 >>> 6 & 1020) + 1049600 >> 2])));
   $74($3 + 1315212 | 0, $0_1);
   $11_1 = HEAP32[($4_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($6_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($8_1 & 255) << 2) + 1048576 >> 2] ^ ($15_1 ^ HEAP32[($1_1 >>> 6 & 1020) + 1049600 >> 2])));
   $74($3 + 1315208 | 0, $11_1);
   $9_1 = HEAP32[($6_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($1_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($4_1 & 255) << 2) + 1048576 >> 2] ^ ($14_1 ^ HEAP32[($8_1 >>> 6 & 1020) + 1049600 >> 2])));
   $74($3 + 1315204 | 0, $9_1);
   $6_1 = HEAP32[($1_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($8_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($6_1 & 255) << 2) + 1048576 >> 2] ^ ($18_1 ^ HEAP32[($4_1 >>> 6 & 1020) + 1049600 >> 2])));
   $74($3 + 1315200 | 0, $6_1);
   $4_1 = $9_1;
   $8_1 = $11_1;
   $1_1 = $0_1;
   $3 = $3 + 16 | 0;
   if ($3) {
    continue
   }
   break;
  };
  $7_1 = $28($26($5_1), i64toi32_i32$HIGH_BITS, $17($5_1), i64toi32_i32$HIGH_BITS);
  $10_1 = i64toi32_i32$HIGH_BITS;
  $0_1 = $28($13($5_1), i64toi32_i32$HIGH_BITS, $6($5_1), i64toi32_i32$HIGH_BITS);
  $4_1 = i64toi32_i32$HIGH_BITS;
  $15_1 = 65536;
  $19_1 = $23($5_1);
  $20_1 = i64toi32_i32$HIGH_BITS;
  while (1) {
   $13_1 = $0_1;
   $3 = $0_1 & 131056;
   $1_1 = HEAPU8[$3 + 1053068 | 0] | HEAPU8[$3 + 1053069 | 0] << 8 | (HEAPU8[$3 + 1053070 | 0] << 16 | HEAPU8[$3 + 1053071 | 0] << 24);
   $0_1 = HEAP32[(($1_1 & 255) << 2) + 1048576 >> 2];
   $12_1 = $67($7_1, $10_1, 32);
   $8_1 = HEAPU8[$3 + 1053056 | 0] | HEAPU8[$3 + 1053057 | 0] << 8 | (HEAPU8[$3 + 1053058 | 0] << 16 | HEAPU8[$3 + 1053059 | 0] << 24);
   $6_1 = HEAPU8[$3 + 1053060 | 0] | HEAPU8[$3 + 1053061 | 0] << 8 | (HEAPU8[$3 + 1053062 | 0] << 16 | HEAPU8[$3 + 1053063 | 0] << 24);
   $14_1 = $12_1 ^ $0_1 ^ HEAP32[($8_1 >>> 6 & 1020) + 1049600 >> 2] ^ HEAP32[($6_1 >>> 14 & 1020) + 1050624 >> 2];
   $0_1 = HEAPU8[$3 + 1053064 | 0] | HEAPU8[$3 + 1053065 | 0] << 8 | (HEAPU8[$3 + 1053066 | 0] << 16 | HEAPU8[$3 + 1053067 | 0] << 24);
   $11_1 = $14_1 ^ HEAP32[($0_1 >>> 22 & 1020) + 1051648 >> 2];
   HEAP8[$3 + 1053068 | 0] = $11_1 ^ $12_1;
   $9_1 = HEAP32[($6_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($8_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[($1_1 >>> 6 & 1020) + 1049600 >> 2] ^ ($7_1 ^ HEAP32[(($0_1 & 255) << 2) + 1048576 >> 2])));
   HEAP8[$3 + 1053064 | 0] = $7_1 ^ $9_1;
   $14_1 = $4_1;
   $4_1 = HEAP32[(($6_1 & 255) << 2) + 1048576 >> 2] ^ $67($13_1, $4_1, 32) ^ HEAP32[($0_1 >>> 6 & 1020) + 1049600 >> 2] ^ HEAP32[($1_1 >>> 14 & 1020) + 1050624 >> 2] ^ HEAP32[($8_1 >>> 22 & 1020) + 1051648 >> 2];
   HEAP8[$3 + 1053060 | 0] = $12_1 ^ $4_1;
   $1_1 = $13_1 ^ (HEAP32[($1_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($0_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($8_1 & 255) << 2) + 1048576 >> 2] ^ HEAP32[($6_1 >>> 6 & 1020) + 1049600 >> 2])));
   HEAP8[$3 + 1053056 | 0] = $7_1 ^ $1_1;
   $8_1 = $67($7_1, $10_1, 56);
   HEAP8[$3 + 1053071 | 0] = $8_1 ^ $11_1 >>> 24;
   $6_1 = $67($7_1, $10_1, 48);
   HEAP8[$3 + 1053070 | 0] = $6_1 ^ $11_1 >>> 16;
   $0_1 = $67($7_1, $10_1, 40);
   HEAP8[$3 + 1053069 | 0] = $0_1 ^ $11_1 >>> 8;
   $11_1 = $67($7_1, $10_1, 24);
   HEAP8[$3 + 1053067 | 0] = $11_1 ^ $9_1 >>> 24;
   $12_1 = $67($7_1, $10_1, 16);
   HEAP8[$3 + 1053066 | 0] = $12_1 ^ $9_1 >>> 16;
   $16_1 = $9_1 >>> 8 | 0;
   $9_1 = $67($7_1, $10_1, 8);
   HEAP8[$3 + 1053065 | 0] = $16_1 ^ $9_1;
   HEAP8[$3 + 1053063 | 0] = $8_1 ^ $4_1 >>> 24;
   HEAP8[$3 + 1053062 | 0] = $6_1 ^ $4_1 >>> 16;
   HEAP8[$3 + 1053061 | 0] = $0_1 ^ $4_1 >>> 8;
   HEAP8[$3 + 1053059 | 0] = $11_1 ^ $1_1 >>> 24;
   HEAP8[$3 + 1053058 | 0] = $12_1 ^ $1_1 >>> 16;
   HEAP8[$3 + 1053057 | 0] = $9_1 ^ $1_1 >>> 8;
   $3 = $1_1 & 131056;
   i64toi32_i32$HIGH_BITS = HEAPU8[$3 + 1053060 | 0] | HEAPU8[$3 + 1053061 | 0] << 8 | (HEAPU8[$3 + 1053062 | 0] << 16 | HEAPU8[$3 + 1053063 | 0] << 24);
   $7_1 = HEAPU8[$3 + 1053056 | 0] | HEAPU8[$3 + 1053057 | 0] << 8 | (HEAPU8[$3 + 1053058 | 0] << 16 | HEAPU8[$3 + 1053059 | 0] << 24);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $8_1 = $10_1;
   $9_1 = $96($96($66($4_1, 0, 32), i64toi32_i32$HIGH_BITS, $1_1 & -16777216, 0), i64toi32_i32$HIGH_BITS, $1_1 & 16777215, 0);
   $11_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $60($9_1, $11_1, -1, 0);
   $0_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = $60($7_1, $8_1, -1, 0);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $16_1 = _ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE($1_1, $0_1, $6_1, $4_1);
   $12_1 = i64toi32_i32$HIGH_BITS;
   $23_1 = $67($9_1, $11_1, 32);
   $24_1 = i64toi32_i32$HIGH_BITS;
   $6_1 = _ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE($23_1, $24_1, $6_1, $4_1);
   $4_1 = i64toi32_i32$HIGH_BITS;
   $25_1 = $67($7_1, $8_1, 32);
   $26_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $97($6_1, $4_1, _ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE($1_1, $0_1, $25_1, $26_1), i64toi32_i32$HIGH_BITS);
   $0_1 = i64toi32_i32$HIGH_BITS;
   $27_1 = $97($16_1, $12_1, $66($1_1, $0_1, 32), i64toi32_i32$HIGH_BITS);
   $10_1 = i64toi32_i32$HIGH_BITS;
   $35($5_1, $27_1, $10_1);
   $40($5_1, $97($97($97(_ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE($23_1, $24_1, $25_1, $26_1), i64toi32_i32$HIGH_BITS, $96($66(($0_1 | 0) == ($4_1 | 0) & $1_1 >>> 0 < $6_1 >>> 0 | $0_1 >>> 0 < $4_1 >>> 0, 0, 32), i64toi32_i32$HIGH_BITS, $67($1_1, $0_1, 32), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, ($12_1 | 0) == ($10_1 | 0) & $16_1 >>> 0 > $27_1 >>> 0 | $12_1 >>> 0 > $10_1 >>> 0, 0), i64toi32_i32$HIGH_BITS, $97(_ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE(0, 0, $7_1, $8_1), i64toi32_i32$HIGH_BITS, _ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE($9_1, $11_1, 0, 0), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   $0_1 = $28($7_1, $8_1, $97($13_1, $14_1, $29($5_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
   HEAP8[$3 + 1053056 | 0] = $0_1;
   HEAP8[$3 + 1053057 | 0] = $0_1 >>> 8;
   HEAP8[$3 + 1053058 | 0] = $0_1 >>> 16;
   HEAP8[$3 + 1053059 | 0] = $0_1 >>> 24;
   $4_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = $4_1;
   HEAP8[$3 + 1053060 | 0] = $1_1;
   HEAP8[$3 + 1053061 | 0] = $1_1 >>> 8;
   HEAP8[$3 + 1053062 | 0] = $1_1 >>> 16;
   HEAP8[$3 + 1053063 | 0] = $1_1 >>> 24;
   $19_1 = $28($19_1, $20_1, $27($5_1), i64toi32_i32$HIGH_BITS);
   $20_1 = i64toi32_i32$HIGH_BITS;
   $7_1 = $13_1;
   $10_1 = $14_1;
   $15_1 = $15_1 - 1 | 0;
   if ($15_1) {
    continue
   }
   break;
  };
  $38($5_1, $19_1, $20_1);
  $55($5_1, $28($7_1, $10_1, $17_1, $21_1), i64toi32_i32$HIGH_BITS);
  $50($5_1, $28($0_1, $1_1, $18_1, $22_1), i64toi32_i32$HIGH_BITS);
  $0($5_1 + 24 | 0);
  $3 = 0;
  $1_1 = 8;
  while (1) {
   $4_1 = $2_1 + $3 | 0;
   $7_1 = $27(($5_1 + 24 | 0) + ($3 & -8) | 0);
   $10_1 = i64toi32_i32$HIGH_BITS;
   (wasm2js_i32$0 = $4_1 + 1 | 0, wasm2js_i32$1 = $67($7_1, $10_1, $1_1 & 56)), HEAP8[wasm2js_i32$0 | 0] = wasm2js_i32$1;
   (wasm2js_i32$0 = $4_1, wasm2js_i32$1 = $67($7_1, $10_1, $1_1 - 8 & 48)), HEAP8[wasm2js_i32$0 | 0] = wasm2js_i32$1;
   $1_1 = $1_1 + 16 | 0;
   $3 = $3 + 2 | 0;
   if (($3 | 0) != 32) {
    continue
   }
   break;
  };
  global$0 = $5_1 + 224 | 0;
 }
 
 function $2() {
  return 1315200;
 }
 
 function $4($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 36 >> 2];
  return HEAP32[$0_1 + 32 >> 2];
 }
 
 function $5($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 28 >> 2];
  return HEAP32[$0_1 + 24 >> 2];
 }
 
 function $6($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 60 >> 2];
  return HEAP32[$0_1 + 56 >> 2];
 }
 
 function $7($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 20 >> 2];
  return HEAP32[$0_1 + 16 >> 2];
 }
 
 function $8($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 52 >> 2];
  return HEAP32[$0_1 + 48 >> 2];
 }
 
 function $9($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 44 >> 2];
  return HEAP32[$0_1 + 40 >> 2];
 }
 
 function $10($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 196 >> 2];
  return HEAP32[$0_1 + 192 >> 2];
 }
 
 function $11($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 156 >> 2];
  return HEAP32[$0_1 + 152 >> 2];
 }
 
 function $12($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 116 >> 2];
  return HEAP32[$0_1 + 112 >> 2];
 }
 
 function $13($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 76 >> 2];
  return HEAP32[$0_1 + 72 >> 2];
 }
 
 function $14($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 188 >> 2];
  return HEAP32[$0_1 + 184 >> 2];
 }
 
 function $15($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 148 >> 2];
  return HEAP32[$0_1 + 144 >> 2];
 }
 
 function $16($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 108 >> 2];
  return HEAP32[$0_1 + 104 >> 2];
 }
 
 function $17($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 68 >> 2];
  return HEAP32[$0_1 + 64 >> 2];
 }
 
 function $18($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 180 >> 2];
  return HEAP32[$0_1 + 176 >> 2];
 }
 
 function $19($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 140 >> 2];
  return HEAP32[$0_1 + 136 >> 2];
 }
 
 function $20($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 100 >> 2];
  return HEAP32[$0_1 + 96 >> 2];
 }
 
 function $21($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 172 >> 2];
  return HEAP32[$0_1 + 168 >> 2];
 }
 
 function $22($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 132 >> 2];
  return HEAP32[$0_1 + 128 >> 2];
 }
 
 function $23($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 92 >> 2];
  return HEAP32[$0_1 + 88 >> 2];
 }
 
 function $24($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 164 >> 2];
  return HEAP32[$0_1 + 160 >> 2];
 }
 
 function $25($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 124 >> 2];
  return HEAP32[$0_1 + 120 >> 2];
 }
 
 function $26($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 84 >> 2];
  return HEAP32[$0_1 + 80 >> 2];
 }
 
 function $27($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 4 >> 2];
  return HEAP32[$0_1 >> 2];
 }
 
 function $28($0_1, $1_1, $2_1, $3) {
  i64toi32_i32$HIGH_BITS = $1_1 ^ $3;
  return $0_1 ^ $2_1;
 }
 
 function $29($0_1) {
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 12 >> 2];
  return HEAP32[$0_1 + 8 >> 2];
 }
 
 function $31($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 160 >> 2] = $1_1;
  HEAP32[$0_1 + 164 >> 2] = $2_1;
 }
 
 function $32($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 120 >> 2] = $1_1;
  HEAP32[$0_1 + 124 >> 2] = $2_1;
 }
 
 function $33($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 80 >> 2] = $1_1;
  HEAP32[$0_1 + 84 >> 2] = $2_1;
 }
 
 function $34($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 40 >> 2] = $1_1;
  HEAP32[$0_1 + 44 >> 2] = $2_1;
 }
 
 function $35($0_1, $1_1, $2_1) {
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $36($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 168 >> 2] = $1_1;
  HEAP32[$0_1 + 172 >> 2] = $2_1;
 }
 
 function $37($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 128 >> 2] = $1_1;
  HEAP32[$0_1 + 132 >> 2] = $2_1;
 }
 
 function $38($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 88 >> 2] = $1_1;
  HEAP32[$0_1 + 92 >> 2] = $2_1;
 }
 
 function $39($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 48 >> 2] = $1_1;
  HEAP32[$0_1 + 52 >> 2] = $2_1;
 }
 
 function $40($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 8 >> 2] = $1_1;
  HEAP32[$0_1 + 12 >> 2] = $2_1;
 }
 
 function $41($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 176 >> 2] = $1_1;
  HEAP32[$0_1 + 180 >> 2] = $2_1;
 }
 
 function $42($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 136 >> 2] = $1_1;
  HEAP32[$0_1 + 140 >> 2] = $2_1;
 }
 
 function $43($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 96 >> 2] = $1_1;
  HEAP32[$0_1 + 100 >> 2] = $2_1;
 }
 
 function $44($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 56 >> 2] = $1_1;
  HEAP32[$0_1 + 60 >> 2] = $2_1;
 }
 
 function $45($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 16 >> 2] = $1_1;
  HEAP32[$0_1 + 20 >> 2] = $2_1;
 }
 
 function $46($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 184 >> 2] = $1_1;
  HEAP32[$0_1 + 188 >> 2] = $2_1;
 }
 
 function $47($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 144 >> 2] = $1_1;
  HEAP32[$0_1 + 148 >> 2] = $2_1;
 }
 
 function $48($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 104 >> 2] = $1_1;
  HEAP32[$0_1 + 108 >> 2] = $2_1;
 }
 
 function $49($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 64 >> 2] = $1_1;
  HEAP32[$0_1 + 68 >> 2] = $2_1;
 }
 
 function $50($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 24 >> 2] = $1_1;
  HEAP32[$0_1 + 28 >> 2] = $2_1;
 }
 
 function $51($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 192 >> 2] = $1_1;
  HEAP32[$0_1 + 196 >> 2] = $2_1;
 }
 
 function $52($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 152 >> 2] = $1_1;
  HEAP32[$0_1 + 156 >> 2] = $2_1;
 }
 
 function $53($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 112 >> 2] = $1_1;
  HEAP32[$0_1 + 116 >> 2] = $2_1;
 }
 
 function $54($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 72 >> 2] = $1_1;
  HEAP32[$0_1 + 76 >> 2] = $2_1;
 }
 
 function $55($0_1, $1_1, $2_1) {
  HEAP32[$0_1 + 32 >> 2] = $1_1;
  HEAP32[$0_1 + 36 >> 2] = $2_1;
 }
 
 function $59($0_1) {
  i64toi32_i32$HIGH_BITS = 0;
  return HEAP32[$0_1 >> 2];
 }
 
 function $60($0_1, $1_1, $2_1, $3) {
  i64toi32_i32$HIGH_BITS = $1_1 & $3;
  return $0_1 & $2_1;
 }
 
 function $64($0_1) {
  i64toi32_i32$HIGH_BITS = 0;
  return HEAPU8[$0_1 | 0];
 }
 
 function $66($0_1, $1_1, $2_1) {
  var $3 = 0;
  $3 = $2_1 & 31;
  if (($2_1 & 63) >>> 0 >= 32) {
   $1_1 = $0_1 << $3;
   $0_1 = 0;
  } else {
   $1_1 = (1 << $3) - 1 & $0_1 >>> 32 - $3 | $1_1 << $3;
   $0_1 = $0_1 << $3;
  }
  i64toi32_i32$HIGH_BITS = $1_1;
  return $0_1;
 }
 
 function $67($0_1, $1_1, $2_1) {
  var $3 = 0;
  $3 = $0_1;
  $0_1 = $2_1 & 31;
  if (($2_1 & 63) >>> 0 >= 32) {
   $2_1 = 0;
   $3 = $1_1 >>> $0_1 | 0;
  } else {
   $2_1 = $1_1 >>> $0_1 | 0;
   $3 = ((1 << $0_1) - 1 & $1_1) << 32 - $0_1 | $3 >>> $0_1;
  }
  i64toi32_i32$HIGH_BITS = $2_1;
  return $3;
 }
 
 function $74($0_1, $1_1) {
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $96($0_1, $1_1, $2_1, $3) {
  i64toi32_i32$HIGH_BITS = $1_1 | $3;
  return $0_1 | $2_1;
 }
 
 function $97($0_1, $1_1, $2_1, $3) {
  $1_1 = $1_1 + $3 | 0;
  $0_1 = $0_1 + $2_1 | 0;
  i64toi32_i32$HIGH_BITS = $0_1 >>> 0 < $2_1 >>> 0 ? $1_1 + 1 | 0 : $1_1;
  return $0_1;
 }
 
 function _ZN17compiler_builtins3int3mul3Mul3mul17h070e9a1c69faec5bE($0_1, $1_1, $2_1, $3) {
  var $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  $6_1 = 32;
  $7_1 = $2_1 >>> 16 | 0;
  $8_1 = $0_1 >>> 16 | 0;
  $5_1 = Math_imul($7_1, $8_1);
  if ($6_1 >>> 0 >= 32) {
   $1_1 = $1_1 >>> $4_1 | 0
  } else {
   $1_1 = ((1 << $4_1) - 1 & $1_1) << 32 - $4_1 | $0_1 >>> $4_1
  }
  $5_1 = $5_1 + Math_imul($1_1, $2_1) | 0;
  $1_1 = $2_1;
  if ($6_1 >>> 0 >= 32) {
   $1_1 = $3 >>> $4_1 | 0
  } else {
   $1_1 = ((1 << $4_1) - 1 & $3) << 32 - $4_1 | $1_1 >>> $4_1
  }
  $1_1 = $5_1 + Math_imul($1_1, $0_1) | 0;
  $2_1 = $2_1 & 65535;
  $0_1 = $0_1 & 65535;
  $5_1 = Math_imul($2_1, $0_1);
  $2_1 = ($5_1 >>> 16 | 0) + Math_imul($2_1, $8_1) | 0;
  $1_1 = $1_1 + ($2_1 >>> 16 | 0) | 0;
  $2_1 = Math_imul($0_1, $7_1) + ($2_1 & 65535) | 0;
  $1_1 = $1_1 + ($2_1 >>> 16 | 0) | 0;
  $0_1 = 0;
  $3 = $1_1;
  if ($6_1 >>> 0 >= 32) {
   $1_1 = $1_1 << $4_1;
   $0_1 = 0;
  } else {
   $1_1 = (1 << $4_1) - 1 & $3 >>> 32 - $4_1 | $0_1 << $4_1;
   $0_1 = $3 << $4_1;
  }
  i64toi32_i32$HIGH_BITS = $1_1;
  return $5_1 & 65535 | $2_1 << 16 | $0_1;
 }
 
 function __wasm_rotl_i64($0_1, $1_1, $2_1) {
  var $3 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  $8_1 = $2_1 & 63;
  $5_1 = $8_1;
  $4_1 = $5_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6_1 = -1 >>> $4_1 | 0
  } else {
   $3 = -1 >>> $4_1 | 0;
   $6_1 = (1 << $4_1) - 1 << 32 - $4_1 | -1 >>> $4_1;
  }
  $7_1 = $1_1 & $3;
  $3 = $0_1 & $6_1;
  $4_1 = $8_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6_1 = $3 << $4_1;
   $8_1 = 0;
  } else {
   $6_1 = (1 << $4_1) - 1 & $3 >>> 32 - $4_1 | $7_1 << $4_1;
   $8_1 = $3 << $4_1;
  }
  $4_1 = $6_1;
  $2_1 = 0 - $2_1 & 63;
  $5_1 = $2_1;
  $3 = $5_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $6_1 = -1 << $3;
   $7_1 = 0;
  } else {
   $6_1 = (1 << $3) - 1 & -1 >>> 32 - $3 | -1 << $3;
   $7_1 = -1 << $3;
  }
  $1_1 = $1_1 & $6_1;
  $6_1 = $0_1 & $7_1;
  $3 = $2_1 & 31;
  if (($5_1 & 63) >>> 0 >= 32) {
   $7_1 = 0;
   $5_1 = $1_1 >>> $3 | 0;
  } else {
   $7_1 = $1_1 >>> $3 | 0;
   $5_1 = ((1 << $3) - 1 & $1_1) << 32 - $3 | $6_1 >>> $3;
  }
  i64toi32_i32$HIGH_BITS = $4_1 | $7_1;
  return $5_1 | $8_1;
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
  "cryptonight_hash": $1, 
  "io_buffer": $2, 
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
