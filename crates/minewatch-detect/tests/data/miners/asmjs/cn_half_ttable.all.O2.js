
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
 var buffer = new ArrayBuffer(3211264);
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
 var global$1 = 3150464;
 var global$2 = 3150464;
 var global$3 = 1240733591;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1) {
  var $1_1 = 0, $2_1 = 0, $3 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $29_1 = 0, $30_1 = 0, $31_1 = 0, $32_1 = 0, $33_1 = 0, $34_1 = 0, $35_1 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0, $42_1 = 0, $43_1 = 0, $44_1 = 0, $45_1 = 0, $46_1 = 0, $47_1 = 0, $48_1 = 0, $49_1 = 0, $50_1 = 0, $51_1 = 0, $52_1 = 0, $53_1 = 0, $54_1 = 0, $55_1 = 0, $56_1 = 0, $57_1 = 0;
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
     $29_1 = $4($0_1);
     $30_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 15;
     continue;
    case 1:
     $31_1 = $5($0_1);
     $32_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 18;
     continue;
    case 2:
     $19_1 = $6($0_1);
     $20_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 4;
     continue;
    case 3:
     $33_1 = $7($0_1);
     $34_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 5;
     continue;
    case 4:
     $7_1 = $8($0_1);
     $5_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 7;
     continue;
    case 5:
     $35_1 = $9($0_1);
     $36_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 16;
     continue;
    case 6:
     $37_1 = $10($0_1);
     $38_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 14;
     continue;
    case 7:
     $8_1 = $11($0_1);
     $9_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 24;
     continue;
    case 8:
     $10_1 = $12($0_1);
     $6_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 9;
     continue;
    case 9:
     $39_1 = $13($0_1);
     $40_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 25;
     continue;
    case 10:
     $41_1 = $14($0_1);
     $42_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 8;
     continue;
    case 11:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -728426135;
       global$3 = HEAP32[3274];
      }
      $1_1 = $15($15($15($2_1, $3, $21_1, $22_1), i64toi32_i32$HIGH_BITS, $43_1, $44_1), i64toi32_i32$HIGH_BITS, $31_1, $32_1);
      $4_1 = i64toi32_i32$HIGH_BITS;
      $23_1 = $16($0_1);
      $24_1 = i64toi32_i32$HIGH_BITS;
      $25_1 = $15($1_1, $4_1, $23_1, $24_1);
      $26_1 = i64toi32_i32$HIGH_BITS;
      $1_1 = $17($25_1, $26_1, 1);
      $4_1 = i64toi32_i32$HIGH_BITS;
      $27_1 = $15($15($15($15($7_1, $5_1, $33_1, $34_1), i64toi32_i32$HIGH_BITS, $8_1, $9_1), i64toi32_i32$HIGH_BITS, $17_1, $18_1), i64toi32_i32$HIGH_BITS, $45_1, $46_1);
      $28_1 = i64toi32_i32$HIGH_BITS;
      $4_1 = $15($1_1, $4_1, $27_1, $28_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $18($0_1, $15($4_1, $1_1, $13_1, $14_1), i64toi32_i32$HIGH_BITS);
      $19($0_1, $15($4_1, $1_1, $47_1, $48_1), i64toi32_i32$HIGH_BITS);
      $20($0_1, $15($4_1, $1_1, $37_1, $38_1), i64toi32_i32$HIGH_BITS);
      $21($0_1, $15($4_1, $1_1, $19_1, $20_1), i64toi32_i32$HIGH_BITS);
      $22($0_1, $15($4_1, $1_1, $16_1, $15_1), i64toi32_i32$HIGH_BITS);
      $19_1 = $15($15($15($15($13_1, $14_1, $19_1, $20_1), i64toi32_i32$HIGH_BITS, $47_1, $48_1), i64toi32_i32$HIGH_BITS, $37_1, $38_1), i64toi32_i32$HIGH_BITS, $16_1, $15_1);
      $20_1 = i64toi32_i32$HIGH_BITS;
      $13_1 = $15($15($15($15($49_1, $50_1, $51_1, $52_1), i64toi32_i32$HIGH_BITS, $10_1, $6_1), i64toi32_i32$HIGH_BITS, $39_1, $40_1), i64toi32_i32$HIGH_BITS, $53_1, $54_1);
      $14_1 = i64toi32_i32$HIGH_BITS;
      $4_1 = $15($19_1, $20_1, $17($13_1, $14_1, __wasm_i64_mul(744142519, 2142605823, -810940665, -1116446516)), i64toi32_i32$HIGH_BITS);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $23($0_1, $15($4_1, $1_1, $2_1, $3), i64toi32_i32$HIGH_BITS);
      $24($0_1, $15($4_1, $1_1, $43_1, $44_1), i64toi32_i32$HIGH_BITS);
      $25($0_1, $15($4_1, $1_1, $31_1, $32_1), i64toi32_i32$HIGH_BITS);
      $26($0_1, $15($4_1, $1_1, $21_1, $22_1), i64toi32_i32$HIGH_BITS);
      $4_1 = $15($4_1, $1_1, $23_1, $24_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $27($0_1, $4_1, $1_1);
      $21_1 = $15($15($15($15($11_1, $12_1, $35_1, $36_1), i64toi32_i32$HIGH_BITS, $29_1, $30_1), i64toi32_i32$HIGH_BITS, $55_1, $56_1), i64toi32_i32$HIGH_BITS, $41_1, $42_1);
      $22_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $15($25_1, $26_1, $17($21_1, $22_1, 1), i64toi32_i32$HIGH_BITS);
      $3 = i64toi32_i32$HIGH_BITS;
      $28($0_1, $15($2_1, $3, $10_1, $6_1), i64toi32_i32$HIGH_BITS);
      $29($0_1, $15($2_1, $3, $39_1, $40_1), i64toi32_i32$HIGH_BITS);
      $30($0_1, $15($2_1, $3, $53_1, $54_1), i64toi32_i32$HIGH_BITS);
      $31($0_1, $15($2_1, $3, $51_1, $52_1), i64toi32_i32$HIGH_BITS);
      $32($0_1, $15($2_1, $3, $49_1, $50_1), i64toi32_i32$HIGH_BITS);
      $2_1 = $15($13_1, $14_1, $17($27_1, $28_1, 1), i64toi32_i32$HIGH_BITS);
      $3 = i64toi32_i32$HIGH_BITS;
      $33($0_1, $15($2_1, $3, $11_1, $12_1), i64toi32_i32$HIGH_BITS);
      $34($0_1, $15($2_1, $3, $29_1, $30_1), i64toi32_i32$HIGH_BITS);
      $35($0_1, $15($2_1, $3, $55_1, $56_1), i64toi32_i32$HIGH_BITS);
      $36($0_1, $15($2_1, $3, $41_1, $42_1), i64toi32_i32$HIGH_BITS);
      $37($0_1, $15($2_1, $3, $35_1, $36_1), i64toi32_i32$HIGH_BITS);
      $2_1 = $15($17($19_1, $20_1, 1), i64toi32_i32$HIGH_BITS, $21_1, $22_1);
      $3 = i64toi32_i32$HIGH_BITS;
      $38($0_1, $15($2_1, $3, $7_1, $5_1), i64toi32_i32$HIGH_BITS);
      $39($0_1, $15($2_1, $3, $8_1, $9_1), i64toi32_i32$HIGH_BITS);
      $40($0_1, $15($2_1, $3, $17_1, $18_1), i64toi32_i32$HIGH_BITS);
      $41($0_1, $15($2_1, $3, $45_1, $46_1), i64toi32_i32$HIGH_BITS);
      $42($0_1, $15($2_1, $3, $33_1, $34_1), i64toi32_i32$HIGH_BITS);
      $5_1 = -96;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 1702620455;
        global$3 = HEAP32[13379];
       }
       $6_1 = $43($0_1, $45($44($43($5_1, 1052960)), 3));
       $2_1 = $46($6_1);
       $3 = i64toi32_i32$HIGH_BITS;
       $22($6_1, $17($4_1, $1_1, $47($43($5_1, 1053056))), i64toi32_i32$HIGH_BITS);
       $6_1 = $43($0_1, $45($44($43($5_1, 1052964)), 3));
       $4_1 = $46($6_1);
       $1_1 = i64toi32_i32$HIGH_BITS;
       $22($6_1, $17($2_1, $3, $47($43($5_1, 1053060))), i64toi32_i32$HIGH_BITS);
       $5_1 = $43($5_1, 8);
       if ($5_1) {
        continue
       }
       break;
      };
      $4_1 = $7($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $16_1 = $16($0_1);
      $15_1 = i64toi32_i32$HIGH_BITS;
      $23_1 = $46($0_1);
      $24_1 = i64toi32_i32$HIGH_BITS;
      $33_1 = $15($4_1, $1_1, $48($16_1, $15_1, $15($23_1, $24_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $34_1 = i64toi32_i32$HIGH_BITS;
      $42($0_1, $33_1, $34_1);
      $5_1 = $48($23_1, $24_1, $15($4_1, $1_1, __wasm_i64_mul(-1340479743, 1830838068, -1196890369, -458726843), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $6_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $9($0_1);
      $3 = i64toi32_i32$HIGH_BITS;
      $35_1 = $15($5_1, $6_1, $2_1, $3);
      $36_1 = i64toi32_i32$HIGH_BITS;
      $37($0_1, $35_1, $36_1);
      $1_1 = $48($4_1, $1_1, $15($2_1, $3, __wasm_i64_mul(43619851, -345973833, -1235076515, -266882782), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $4_1 = i64toi32_i32$HIGH_BITS;
      $25_1 = $49($0_1);
      $26_1 = i64toi32_i32$HIGH_BITS;
      $49_1 = $15($1_1, $4_1, $25_1, $26_1);
      $50_1 = i64toi32_i32$HIGH_BITS;
      $32($0_1, $49_1, $50_1);
      $27($0_1, $15($16_1, $15_1, $48($2_1, $3, $15($25_1, $26_1, __wasm_i64_mul(-1828838841, -1989351875, 711923849, 1887380716), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $4_1 = $50($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $51($0_1);
      $3 = i64toi32_i32$HIGH_BITS;
      $6_1 = $48($4_1, $1_1, $15($2_1, $3, __wasm_i64_mul(1897790111, 25698165, 1887526561, 1707069926), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $8_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = $6($0_1);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $19_1 = $15($6_1, $8_1, $7_1, $5_1);
      $20_1 = i64toi32_i32$HIGH_BITS;
      $21($0_1, $19_1, $20_1);
      $8_1 = $14($0_1);
      $9_1 = i64toi32_i32$HIGH_BITS;
      $21_1 = $15($2_1, $3, $48($8_1, $9_1, $15($4_1, $1_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $22_1 = i64toi32_i32$HIGH_BITS;
      $26($0_1, $21_1, $22_1);
      $17_1 = $52($0_1);
      $18_1 = i64toi32_i32$HIGH_BITS;
      $51_1 = $15($4_1, $1_1, $48($17_1, $18_1, $15($8_1, $9_1, __wasm_i64_mul(-203724671, -1836703063, -598529921, 371273636), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $52_1 = i64toi32_i32$HIGH_BITS;
      $31($0_1, $51_1, $52_1);
      $41_1 = $15($8_1, $9_1, $48($7_1, $5_1, $15($17_1, $18_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $42_1 = i64toi32_i32$HIGH_BITS;
      $36($0_1, $41_1, $42_1);
      $45_1 = $15($17_1, $18_1, $48($2_1, $3, $15($7_1, $5_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $46_1 = i64toi32_i32$HIGH_BITS;
      $41($0_1, $45_1, $46_1);
      $4_1 = $53($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $54($0_1);
      $3 = i64toi32_i32$HIGH_BITS;
      $7_1 = $55($0_1);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $8_1 = $5($0_1);
      $9_1 = i64toi32_i32$HIGH_BITS;
      $11_1 = $10($0_1);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $17_1 = $15($7_1, $5_1, $48($8_1, $9_1, $15($11_1, $12_1, __wasm_i64_mul(-1620940907, -1467670635, -1984277437, 845205225), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $18_1 = i64toi32_i32$HIGH_BITS;
      $40($0_1, $17_1, $18_1);
      $55_1 = $15($2_1, $3, $48($11_1, $12_1, $15($7_1, $5_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $56_1 = i64toi32_i32$HIGH_BITS;
      $35($0_1, $55_1, $56_1);
      $53_1 = $15($4_1, $1_1, $48($7_1, $5_1, $15($2_1, $3, __wasm_i64_mul(1124069073, 44671121, -432351793, -876836032), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $54_1 = i64toi32_i32$HIGH_BITS;
      $30($0_1, $53_1, $54_1);
      $31_1 = $15($8_1, $9_1, $48($2_1, $3, $15($4_1, $1_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $32_1 = i64toi32_i32$HIGH_BITS;
      $25($0_1, $31_1, $32_1);
      $37_1 = $15($11_1, $12_1, $48($4_1, $1_1, $15($8_1, $9_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $38_1 = i64toi32_i32$HIGH_BITS;
      $20($0_1, $37_1, $38_1);
      $4_1 = $13($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $4($0_1);
      $3 = i64toi32_i32$HIGH_BITS;
      $7_1 = $11($0_1);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $11_1 = $56($0_1);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $10_1 = $57($0_1);
      $6_1 = i64toi32_i32$HIGH_BITS;
      $8_1 = $15($7_1, $5_1, $48($11_1, $12_1, $15($10_1, $6_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $9_1 = i64toi32_i32$HIGH_BITS;
      $39($0_1, $8_1, $9_1);
      $29_1 = $15($2_1, $3, $48($10_1, $6_1, $15($7_1, $5_1, __wasm_i64_mul(572480251, -1062395417, -1533845555, 59510786), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $30_1 = i64toi32_i32$HIGH_BITS;
      $34($0_1, $29_1, $30_1);
      $39_1 = $15($4_1, $1_1, $48($7_1, $5_1, $15($2_1, $3, __wasm_i64_mul(395933535, 142694546, -311075999, 503916357), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $40_1 = i64toi32_i32$HIGH_BITS;
      $29($0_1, $39_1, $40_1);
      $43_1 = $15($11_1, $12_1, $48($2_1, $3, $15($4_1, $1_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $44_1 = i64toi32_i32$HIGH_BITS;
      $24($0_1, $43_1, $44_1);
      $47_1 = $15($10_1, $6_1, $48($4_1, $1_1, $15($11_1, $12_1, __wasm_i64_mul(-1339621463, -1497724587, 1711795047, -1441103292), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $48_1 = i64toi32_i32$HIGH_BITS;
      $19($0_1, $47_1, $48_1);
      $4_1 = $12($0_1);
      $1_1 = i64toi32_i32$HIGH_BITS;
      $2_1 = $58($0_1);
      $3 = i64toi32_i32$HIGH_BITS;
      $10_1 = $8($0_1);
      $6_1 = i64toi32_i32$HIGH_BITS;
      $13_1 = $59($0_1);
      $14_1 = i64toi32_i32$HIGH_BITS;
      $27_1 = $60($0_1);
      $28_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = $15($10_1, $6_1, $48($13_1, $14_1, $15($27_1, $28_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $5_1 = i64toi32_i32$HIGH_BITS;
      $38($0_1, $7_1, $5_1);
      $11_1 = $15($2_1, $3, $48($27_1, $28_1, $15($10_1, $6_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $12_1 = i64toi32_i32$HIGH_BITS;
      $33($0_1, $11_1, $12_1);
      $10_1 = $15($4_1, $1_1, $48($10_1, $6_1, $15($2_1, $3, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $6_1 = i64toi32_i32$HIGH_BITS;
      $28($0_1, $10_1, $6_1);
      $2_1 = $15($13_1, $14_1, $48($2_1, $3, $15($4_1, $1_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $3 = i64toi32_i32$HIGH_BITS;
      $23($0_1, $2_1, $3);
      $13_1 = $15($27_1, $28_1, $48($4_1, $1_1, $15($13_1, $14_1, -1, -1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $14_1 = i64toi32_i32$HIGH_BITS;
      $18($0_1, $13_1, $14_1);
      $4_1 = $48($25_1, $26_1, $15($16_1, $15_1, __wasm_i64_mul(1919290553, 1582646114, -1744714121, 458471998), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $16_1 = i64toi32_i32$HIGH_BITS;
      $1_1 = $57_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -449265290;
       global$3 = HEAP32[12849];
      }
      $15_1 = $1_1 + 1052672 | 0;
      $1_1 = HEAP32[$15_1 >> 2];
      i64toi32_i32$HIGH_BITS = HEAP32[$15_1 + 4 >> 2];
      $16_1 = $15($23_1, $24_1, $15($4_1, $16_1, $1_1, i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $15_1 = i64toi32_i32$HIGH_BITS;
      $22($0_1, $16_1, $15_1);
      $57_1 = $43($57_1, 8);
      if (($57_1 | 0) != 192) {
       continue
      }
      break;
     };
     return;
    case 12:
     $21_1 = $51($0_1);
     $22_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 2;
     continue;
    case 13:
     $45_1 = $52($0_1);
     $46_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 17;
     continue;
    case 14:
     $16_1 = $46($0_1);
     $15_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 20;
     continue;
    case 15:
     $55_1 = $54($0_1);
     $56_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 10;
     continue;
    case 16:
     $51_1 = $50($0_1);
     $52_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 23;
     continue;
    case 17:
     $11_1 = $58($0_1);
     $12_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 0;
     continue;
    case 18:
     $13_1 = $60($0_1);
     $14_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 21;
     continue;
    case 19:
     $2_1 = $59($0_1);
     $3 = i64toi32_i32$HIGH_BITS;
     $1_1 = 22;
     continue;
    case 20:
     $1_1 = 11;
     continue;
    case 21:
     $47_1 = $57($0_1);
     $48_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 6;
     continue;
    case 22:
     $43_1 = $56($0_1);
     $44_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 1;
     continue;
    case 23:
     $49_1 = $49($0_1);
     $50_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 12;
     continue;
    case 24:
     $17_1 = $55($0_1);
     $18_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = 13;
     continue;
    default:
     break block25;
    };
   }
   $53_1 = $53($0_1);
   $54_1 = i64toi32_i32$HIGH_BITS;
   $1_1 = 19;
   continue;
  };
 }
 
 function $1($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0, $9_1 = 0, $10_1 = 0, $11_1 = 0, $12_1 = 0, $13_1 = 0, $14_1 = 0, $15_1 = 0, $16_1 = 0, $17_1 = 0, $18_1 = 0, $19_1 = 0, $20_1 = 0, $21_1 = 0, $22_1 = 0, $23_1 = 0, $24_1 = 0, $25_1 = 0, $26_1 = 0, $27_1 = 0, $28_1 = 0, $29_1 = 0, $30_1 = 0, $31_1 = 0, $32_1 = 0, $33_1 = 0, $34_1 = 0, $35_1 = 0, $36_1 = 0, $37_1 = 0, $38_1 = 0, $39_1 = 0, $40_1 = 0, $41_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1375018777;
   global$3 = HEAP32[678];
  }
  $3 = 20;
  while (1) {
   if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
    global$3 = 210236791;
    global$3 = HEAP32[8769];
   }
   block30 : {
    switch ($3 | 0) {
    case 0:
     $22_1 = $7($6_1);
     $36_1 = i64toi32_i32$HIGH_BITS;
     $14_1 = $62($22_1, $36_1, 32);
     $3 = 11;
     continue;
    case 1:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1560444790;
       global$3 = HEAP32[3757];
      }
      $8_1 = $43($2_1, $5_1);
      $3 = $43($8_1, 1);
      $4_1 = $46($43($43($6_1, 24), $63($5_1, -8)));
      $7_1 = i64toi32_i32$HIGH_BITS;
      $64($3, $62($4_1, $7_1, $63($1_1, 56)));
      $64($8_1, $62($4_1, $7_1, $63($43($1_1, -8), 48)));
      $1_1 = $43($1_1, 16);
      $5_1 = $43($5_1, 2);
      if (($5_1 | 0) != 32) {
       continue
      }
      break;
     };
     $3 = 17;
     continue;
    case 2:
     $0($43($6_1, 24));
     $3 = 3;
     continue;
    case 3:
     $5_1 = 0;
     $3 = 8;
     continue;
    case 4:
     $42($6_1, $15($15_1, $18_1, $22_1, $36_1), i64toi32_i32$HIGH_BITS);
     $3 = 9;
     continue;
    case 5:
     $19_1 = $22_1;
     $3 = 10;
     continue;
    case 6:
     $19_1 = 262144;
     $3 = 16;
     continue;
    case 7:
     $4_1 = $15($10($6_1), i64toi32_i32$HIGH_BITS, $14($6_1), i64toi32_i32$HIGH_BITS);
     $7_1 = i64toi32_i32$HIGH_BITS;
     $3 = 24;
     continue;
    case 8:
     $1_1 = 8;
     $3 = 1;
     continue;
    case 9:
     $37($6_1, $15($17_1, $10_1, $23_1, $37_1), i64toi32_i32$HIGH_BITS);
     $3 = 2;
     continue;
    case 10:
     $11_1 = $15_1;
     $3 = 15;
     continue;
    case 11:
     $15_1 = $6($6_1);
     $18_1 = i64toi32_i32$HIGH_BITS;
     $8_1 = $62($15_1, $18_1, __wasm_i64_mul(1659984544, 380015444, -1410638211, -1148882249));
     $3 = 22;
     continue;
    case 12:
     $39($6_1, $15($11($6_1), i64toi32_i32$HIGH_BITS, 0, -2147483648), i64toi32_i32$HIGH_BITS);
     $3 = 18;
     continue;
    case 13:
     $12_1 = $4_1;
     $3 = 5;
     continue;
    case 14:
     $5_1 = -2097152;
     $3 = 28;
     continue;
    case 15:
     $24_1 = $23_1;
     $3 = 14;
     continue;
    case 16:
     $25_1 = $5($6_1);
     $26_1 = i64toi32_i32$HIGH_BITS;
     $3 = 29;
     continue;
    case 17:
     global$0 = $43($6_1, 224);
     return;
    case 18:
     $0($43($6_1, 24));
     $3 = 23;
     continue;
    case 19:
     block31 : {
      if (!$1_1) {
       break block31
      }
      if (($1_1 | 0) != 1) {
       $14_1 = $63($13_1, 1);
       $9_1 = $63($13_1, 254);
       $5_1 = 0;
       $1_1 = 0;
       while (1) {
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = 201276703;
         global$3 = HEAP32[482];
        }
        $8_1 = $43($43($6_1, 24), $63($5_1, -8));
        $12_1 = $43($0_1, $5_1);
        $3 = $65($43($12_1, 1));
        $16_1 = i64toi32_i32$HIGH_BITS;
        $11_1 = $63($1_1, 48);
        if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
         global$3 = 905913610;
         global$3 = HEAP32[16054];
        }
        $22($8_1, $15($67($3, $16_1, $11_1 & 8 | $11_1 ^ 8), i64toi32_i32$HIGH_BITS, $15($67($65($12_1), i64toi32_i32$HIGH_BITS, $11_1), i64toi32_i32$HIGH_BITS, $46($8_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
        $1_1 = $43($1_1, 16);
        $5_1 = $43($5_1, 2);
        if (($5_1 | 0) != ($9_1 | 0)) {
         continue
        }
        break;
       };
       if (!$14_1) {
        break block31
       }
       $0_1 = $43($0_1, $5_1);
      }
      $1_1 = $43($43($6_1, 24), $63($5_1, -8));
      $22($1_1, $15($67($65($0_1), i64toi32_i32$HIGH_BITS, $45($5_1, 3)), i64toi32_i32$HIGH_BITS, $46($1_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     }
     $3 = 26;
     continue;
    case 20:
     $6_1 = global$0;
     if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
      global$3 = -423109383;
      global$3 = HEAP32[10147];
     }
     $6_1 = $6_1 - 224 | 0;
     global$0 = $6_1;
     $3 = 30;
     continue;
    case 21:
     wasm2js_memory_fill($43($6_1, 24), 0, 200);
     $3 = 27;
     continue;
    case 22:
     $23_1 = $9($6_1);
     $37_1 = i64toi32_i32$HIGH_BITS;
     $27_1 = $62($23_1, $37_1, __wasm_i64_mul(-1673800288, -1029707123, -26921691, 2057143977));
     $3 = 13;
     continue;
    case 23:
     $4_1 = $51($6_1);
     $7_1 = i64toi32_i32$HIGH_BITS;
     $1_1 = $62($4_1, $7_1, 32);
     $3 = 0;
     continue;
    case 24:
     $17_1 = $15($52($6_1), i64toi32_i32$HIGH_BITS, $50($6_1), i64toi32_i32$HIGH_BITS);
     $10_1 = i64toi32_i32$HIGH_BITS;
     $3 = 6;
     continue;
    case 25:
     $25($6_1, $25_1, $26_1);
     $3 = 4;
     continue;
    case 26:
     $5_1 = $43($43($6_1, 24), $63($13_1, -8));
     $3 = $46($5_1);
     $22($5_1, $15($3, i64toi32_i32$HIGH_BITS, $67(1, 0, $45($13_1, 3)), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
     $3 = 12;
     continue;
    case 27:
     $13_1 = $1_1 >>> 0 >= 135 ? 135 : $1_1;
     $3 = 19;
     continue;
    case 28:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 295834706;
       global$3 = HEAP32[8666];
      }
      $3 = $43($5_1, 3150220);
      $0_1 = $71($71($71($71($70($63($69($11_1, 6), 1020)), $14_1), $72($45($63($1_1, 255), 2))), $73($63($69($8_1, 14), 1020))), $74($63($69($12_1, 22), 1020)));
      $75($3, $0_1);
      $3 = $43($5_1, 3150216);
      $9_1 = $71($71($71($71($70($63($69($1_1, 6), 1020)), $19_1), $72($45($63($12_1, 255), 2))), $73($63($69($11_1, 14), 1020))), $74($63($69($8_1, 22), 1020)));
      $75($3, $9_1);
      $3 = $43($5_1, 3150212);
      $13_1 = $71($71($71($71($70($63($69($12_1, 6), 1020)), $27_1), $72($45($63($8_1, 255), 2))), $73($63($69($1_1, 14), 1020))), $74($63($69($11_1, 22), 1020)));
      $75($3, $13_1);
      $3 = $43($5_1, 3150208);
      $11_1 = $71($71($71($71($70($63($69($8_1, 6), 1020)), $24_1), $72($45($63($11_1, 255), 2))), $73($63($69($12_1, 14), 1020))), $74($63($69($1_1, 22), 1020)));
      $75($3, $11_1);
      $8_1 = $13_1;
      $12_1 = $9_1;
      $1_1 = $0_1;
      $5_1 = $43($5_1, 16);
      if ($5_1) {
       continue
      }
      break;
     };
     $3 = 7;
     continue;
    case 29:
     while (1) {
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1238396524;
       global$3 = HEAP32[6808];
      }
      $18_1 = $10_1;
      $15_1 = $17_1;
      $24_1 = $15_1;
      $5_1 = $63($15_1, 2097136);
      $0_1 = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -2054266057;
       global$3 = HEAP32[15656];
      }
      $0_1 = $0_1 + 1053068 | 0;
      $1_1 = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
      $0_1 = $72($45($63($1_1, 255), 2));
      $14_1 = $62($4_1, $7_1, 32);
      $3 = $71($0_1, $14_1);
      $0_1 = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1467043751;
       global$3 = HEAP32[16051];
      }
      $0_1 = $0_1 + 1053056 | 0;
      $12_1 = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
      $3 = $71($3, $70($63($69($12_1, 6), 1020)));
      $0_1 = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 944808114;
       global$3 = HEAP32[2016];
      }
      $0_1 = $0_1 + 1053060 | 0;
      $11_1 = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
      $3 = $71($3, $73($63($69($11_1, 14), 1020)));
      $0_1 = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 867898262;
       global$3 = HEAP32[1913];
      }
      $0_1 = $0_1 + 1053064 | 0;
      $0_1 = HEAPU8[$0_1 | 0] | HEAPU8[$0_1 + 1 | 0] << 8 | (HEAPU8[$0_1 + 2 | 0] << 16 | HEAPU8[$0_1 + 3 | 0] << 24);
      $9_1 = $71($3, $74($63($69($0_1, 22), 1020)));
      $8_1 = $71($9_1, $14_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -778440055;
       global$3 = HEAP32[11213];
      }
      HEAP8[$5_1 + 1053068 | 0] = $8_1;
      $27_1 = $4_1;
      $13_1 = $71($71($71($71($72($45($63($0_1, 255), 2)), $4_1), $70($63($69($1_1, 6), 1020))), $73($63($69($12_1, 14), 1020))), $74($63($69($11_1, 22), 1020)));
      $8_1 = $71($13_1, $4_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -408952951;
       global$3 = HEAP32[3938];
      }
      HEAP8[$5_1 + 1053064 | 0] = $8_1;
      $8_1 = $71($71($71($71($72($45($63($11_1, 255), 2)), $62($15_1, $18_1, 32)), $70($63($69($0_1, 6), 1020))), $73($63($69($1_1, 14), 1020))), $74($63($69($12_1, 22), 1020)));
      $3 = $71($8_1, $14_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 2108112980;
       global$3 = HEAP32[3168];
      }
      HEAP8[$5_1 + 1053060 | 0] = $3;
      $1_1 = $71($71($71($71($72($45($63($12_1, 255), 2)), $70($63($69($11_1, 6), 1020))), $73($63($69($0_1, 14), 1020))), $74($63($69($1_1, 22), 1020))), $24_1);
      $0_1 = $71($1_1, $27_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1433571316;
       global$3 = HEAP32[8254];
      }
      HEAP8[$5_1 + 1053056 | 0] = $0_1;
      $0_1 = $69($9_1, 24);
      $12_1 = $62($4_1, $7_1, __wasm_i64_mul(-179558936, 1695894335, 1436622355, -835343019));
      $0_1 = $71($0_1, $12_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 477287306;
       global$3 = HEAP32[14568];
      }
      HEAP8[$5_1 + 1053071 | 0] = $0_1;
      $0_1 = $69($9_1, 16);
      $11_1 = $62($4_1, $7_1, __wasm_i64_mul(-108102512, 531472392, -1270110357, 1284211138));
      $0_1 = $71($0_1, $11_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1147908803;
       global$3 = HEAP32[978];
      }
      HEAP8[$5_1 + 1053070 | 0] = $0_1;
      $3 = $69($9_1, 8);
      $0_1 = $62($4_1, $7_1, 40);
      $3 = $71($3, $0_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1802333542;
       global$3 = HEAP32[14259];
      }
      HEAP8[$5_1 + 1053069 | 0] = $3;
      $10_1 = $69($13_1, 24);
      $3 = $7_1;
      $9_1 = $62($4_1, $3, 24);
      $10_1 = $71($10_1, $9_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 961440213;
       global$3 = HEAP32[16039];
      }
      HEAP8[$5_1 + 1053067 | 0] = $10_1;
      $10_1 = $69($13_1, 16);
      $14_1 = $62($4_1, $3, 16);
      $3 = $71($10_1, $14_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1417401162;
       global$3 = HEAP32[10747];
      }
      HEAP8[$5_1 + 1053066 | 0] = $3;
      $10_1 = $69($13_1, 8);
      $3 = $62($4_1, $7_1, 8);
      $13_1 = $3;
      $4_1 = $71($10_1, $3);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -814577763;
       global$3 = HEAP32[6469];
      }
      HEAP8[$5_1 + 1053065 | 0] = $4_1;
      $4_1 = $71($69($8_1, 24), $12_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -451704402;
       global$3 = HEAP32[3282];
      }
      HEAP8[$5_1 + 1053063 | 0] = $4_1;
      $4_1 = $71($69($8_1, 16), $11_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -454890083;
       global$3 = HEAP32[14083];
      }
      HEAP8[$5_1 + 1053062 | 0] = $4_1;
      $4_1 = $71($69($8_1, 8), $0_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1857531191;
       global$3 = HEAP32[5796];
      }
      HEAP8[$5_1 + 1053061 | 0] = $4_1;
      $4_1 = $71($69($1_1, 24), $9_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1271715065;
       global$3 = HEAP32[3803];
      }
      HEAP8[$5_1 + 1053059 | 0] = $4_1;
      $4_1 = $71($69($1_1, 16), $14_1);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -1159993822;
       global$3 = HEAP32[4612];
      }
      HEAP8[$5_1 + 1053058 | 0] = $4_1;
      $4_1 = $71($69($1_1, 8), $3);
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1973593563;
       global$3 = HEAP32[10722];
      }
      HEAP8[$5_1 + 1053057 | 0] = $4_1;
      $5_1 = $63($1_1, 2097136);
      $4_1 = $5_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -850447562;
       global$3 = HEAP32[14128];
      }
      $4_1 = $4_1 + 1053056 | 0;
      $7_1 = HEAPU8[$4_1 | 0] | HEAPU8[$4_1 + 1 | 0] << 8 | (HEAPU8[$4_1 + 2 | 0] << 16 | HEAPU8[$4_1 + 3 | 0] << 24);
      i64toi32_i32$HIGH_BITS = HEAPU8[$4_1 + 4 | 0] | HEAPU8[$4_1 + 5 | 0] << 8 | (HEAPU8[$4_1 + 6 | 0] << 16 | HEAPU8[$4_1 + 7 | 0] << 24);
      $4_1 = $7_1;
      $7_1 = i64toi32_i32$HIGH_BITS;
      $38_1 = __wasm_i64_mul(0, 0, 587850253, -729951174);
      $39_1 = i64toi32_i32$HIGH_BITS;
      $28_1 = $97($97($67($8_1, 0, 32), i64toi32_i32$HIGH_BITS, $63($1_1, -16777216), 0), i64toi32_i32$HIGH_BITS, $63($1_1, 16777215), 0);
      $29_1 = i64toi32_i32$HIGH_BITS;
      $40_1 = __wasm_i64_mul(0, 0, 1228918827, -1891352256);
      $41_1 = i64toi32_i32$HIGH_BITS;
      $3 = 0;
      $9_1 = 0;
      $10_1 = 0;
      $20_1 = 0;
      $30_1 = 0;
      $31_1 = 0;
      $16_1 = 0;
      $32_1 = 0;
      $21_1 = 0;
      $33_1 = 0;
      $34_1 = 0;
      $35_1 = 0;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = -481814193;
       global$3 = HEAP32[2232];
      }
      $17_1 = 1;
      while (1) {
       if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
        global$3 = 2013793140;
        global$3 = HEAP32[15814];
       }
       if ($17_1) {
        $10_1 = $48($28_1, $29_1, __wasm_i64_mul(-1199077999, -1500409428, -1287379825, 1091033535), i64toi32_i32$HIGH_BITS);
        $9_1 = i64toi32_i32$HIGH_BITS;
        $16_1 = $48($4_1, $7_1, -1, 0);
        $3 = i64toi32_i32$HIGH_BITS;
        $35_1 = $100($10_1, $9_1, $16_1, $3);
        $20_1 = i64toi32_i32$HIGH_BITS;
        $30_1 = $62($28_1, $29_1, __wasm_i64_mul(1795250784, 1093315325, 515169627, -1778182920));
        $31_1 = i64toi32_i32$HIGH_BITS;
        $16_1 = $100($30_1, $31_1, $16_1, $3);
        $3 = i64toi32_i32$HIGH_BITS;
        $33_1 = $62($4_1, $7_1, __wasm_i64_mul(1398594464, -553756215, 555360629, 1414764364));
        $34_1 = i64toi32_i32$HIGH_BITS;
        $10_1 = $98($16_1, $3, $100($10_1, $9_1, $33_1, $34_1), i64toi32_i32$HIGH_BITS);
        $9_1 = i64toi32_i32$HIGH_BITS;
        $32_1 = $98($35_1, $20_1, $67($10_1, $9_1, 32), i64toi32_i32$HIGH_BITS);
        $21_1 = i64toi32_i32$HIGH_BITS;
        $22($6_1, $32_1, $21_1);
        $17_1 = 0;
        continue;
       } else {
        $27($6_1, $98($98($98($100($30_1, $31_1, $33_1, $34_1), i64toi32_i32$HIGH_BITS, $97($67(($3 | 0) == ($9_1 | 0) & $10_1 >>> 0 < $16_1 >>> 0 | $3 >>> 0 > $9_1 >>> 0, 0, 32), i64toi32_i32$HIGH_BITS, $62($10_1, $9_1, 32), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS, ($20_1 | 0) == ($21_1 | 0) & $32_1 >>> 0 < $35_1 >>> 0 | $20_1 >>> 0 > $21_1 >>> 0, 0), i64toi32_i32$HIGH_BITS, $98($100($40_1, $41_1, $4_1, $7_1), i64toi32_i32$HIGH_BITS, $100($28_1, $29_1, $38_1, $39_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS)
       }
       break;
      };
      $3 = $5_1;
      $17_1 = $15($4_1, $7_1, $98($15_1, $18_1, $16($6_1), i64toi32_i32$HIGH_BITS), i64toi32_i32$HIGH_BITS);
      $4_1 = $17_1;
      $10_1 = i64toi32_i32$HIGH_BITS;
      $7_1 = $10_1;
      if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
       global$3 = 1605609395;
       global$3 = HEAP32[15823];
      }
      $3 = $3 + 1053056 | 0;
      HEAP8[$3 | 0] = $4_1;
      HEAP8[$3 + 1 | 0] = $4_1 >>> 8;
      HEAP8[$3 + 2 | 0] = $4_1 >>> 16;
      HEAP8[$3 + 3 | 0] = $4_1 >>> 24;
      HEAP8[$3 + 4 | 0] = $7_1;
      HEAP8[$3 + 5 | 0] = $7_1 >>> 8;
      HEAP8[$3 + 6 | 0] = $7_1 >>> 16;
      HEAP8[$3 + 7 | 0] = $7_1 >>> 24;
      $25_1 = $15($25_1, $26_1, $46($6_1), i64toi32_i32$HIGH_BITS);
      $26_1 = i64toi32_i32$HIGH_BITS;
      $4_1 = $15_1;
      $7_1 = $18_1;
      $19_1 = $43($19_1, -1);
      if ($19_1) {
       continue
      }
      break;
     };
     $3 = 25;
     continue;
    default:
     break block30;
    };
   }
   $5_1 = 0;
   $3 = 21;
   continue;
  };
 }
 
 function $2() {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 759570122;
   global$3 = HEAP32[3129];
  }
  return 3150208;
 }
 
 function $4($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1970441371;
   global$3 = HEAP32[11079];
  }
  $1_1 = $0_1 + 144 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $5($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 515147461;
   global$3 = HEAP32[12247];
  }
  $1_1 = $0_1 + 88 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $6($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 940902427;
   global$3 = HEAP32[8894];
  }
  $1_1 = $0_1 + 40 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $7($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -954465534;
   global$3 = HEAP32[8170];
  }
  $1_1 = $0_1 + 32 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $8($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 475493098;
   global$3 = HEAP32[5703];
  }
  $1_1 = $0_1 + 192 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $9($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -518197062;
   global$3 = HEAP32[11656];
  }
  $1_1 = $0_1 + 24 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $10($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1560629191;
   global$3 = HEAP32[558];
  }
  $1_1 = $0_1 + 80 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $11($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 858465906;
   global$3 = HEAP32[10475];
  }
  $1_1 = $0_1 + 152 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $12($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2009530016;
   global$3 = HEAP32[11733];
  }
  $1_1 = $0_1 + 176 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $13($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1094890136;
   global$3 = HEAP32[2700];
  }
  $1_1 = $0_1 + 136 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $14($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1459995705;
   global$3 = HEAP32[14908];
  }
  $1_1 = $0_1 - -64 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $15($0_1, $1_1, $2_1, $3) {
  var $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -872576482;
   global$3 = HEAP32[1135];
  }
  $5_1 = $0_1;
  $6_1 = $1_1;
  $0_1 = 2093793607;
  $1_1 = -1;
  $4_1 = -1;
  $7_1 = $6_1 ^ ($0_1 >>> 0 > $1_1 >>> 0 ? $4_1 + 1 | 0 : $4_1);
  $0_1 = $2_1;
  $8_1 = $0_1 & ($1_1 ^ $5_1);
  $4_1 = $0_1;
  $2_1 = -1;
  i64toi32_i32$HIGH_BITS = $3 & $7_1 | $6_1 & ($3 ^ (0 ? $1_1 + 1 | 0 : $1_1));
  return $5_1 & ($2_1 ^ $4_1) | $8_1;
 }
 
 function $16($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1944587055;
   global$3 = HEAP32[5233];
  }
  $1_1 = $0_1 + 8 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $17($0_1, $1_1, $2_1) {
  var $3 = 0, $4_1 = 0, $5_1 = 0, $6_1 = 0, $7_1 = 0, $8_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1263095650;
   global$3 = HEAP32[2410];
  }
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
 
 function $18($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -715502212;
   global$3 = HEAP32[3301];
  }
  $0_1 = $0_1 + 160 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $19($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -731571140;
   global$3 = HEAP32[10916];
  }
  $0_1 = $0_1 + 120 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $20($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1350242658;
   global$3 = HEAP32[12106];
  }
  $0_1 = $0_1 + 80 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $21($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -790817852;
   global$3 = HEAP32[15951];
  }
  $0_1 = $0_1 + 40 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $22($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1626511167;
   global$3 = HEAP32[6260];
  }
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $23($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -551511150;
   global$3 = HEAP32[7632];
  }
  $0_1 = $0_1 + 168 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $24($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -685658243;
   global$3 = HEAP32[5425];
  }
  $0_1 = $0_1 + 128 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $25($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -400737009;
   global$3 = HEAP32[11208];
  }
  $0_1 = $0_1 + 88 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $26($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1855086417;
   global$3 = HEAP32[4555];
  }
  $0_1 = $0_1 + 48 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $27($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2068974653;
   global$3 = HEAP32[2629];
  }
  $0_1 = $0_1 + 8 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $28($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1164256437;
   global$3 = HEAP32[243];
  }
  $0_1 = $0_1 + 176 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $29($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -516719622;
   global$3 = HEAP32[6970];
  }
  $0_1 = $0_1 + 136 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $30($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1540987987;
   global$3 = HEAP32[11938];
  }
  $0_1 = $0_1 + 96 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $31($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1102594956;
   global$3 = HEAP32[9136];
  }
  $0_1 = $0_1 + 56 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $32($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 776842665;
   global$3 = HEAP32[8629];
  }
  $0_1 = $0_1 + 16 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $33($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1436704437;
   global$3 = HEAP32[14948];
  }
  $0_1 = $0_1 + 184 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $34($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1656908840;
   global$3 = HEAP32[8463];
  }
  $0_1 = $0_1 + 144 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $35($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1775870417;
   global$3 = HEAP32[10131];
  }
  $0_1 = $0_1 + 104 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $36($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -902604362;
   global$3 = HEAP32[6199];
  }
  $0_1 = $0_1 - -64 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $37($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -396338758;
   global$3 = HEAP32[4522];
  }
  $0_1 = $0_1 + 24 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $38($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -516245163;
   global$3 = HEAP32[5297];
  }
  $0_1 = $0_1 + 192 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $39($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 957799490;
   global$3 = HEAP32[14835];
  }
  $0_1 = $0_1 + 152 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $40($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1498022728;
   global$3 = HEAP32[3064];
  }
  $0_1 = $0_1 + 112 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $41($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 262806913;
   global$3 = HEAP32[6726];
  }
  $0_1 = $0_1 + 72 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $42($0_1, $1_1, $2_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 277941979;
   global$3 = HEAP32[7515];
  }
  $0_1 = $0_1 + 32 | 0;
  HEAP32[$0_1 >> 2] = $1_1;
  HEAP32[$0_1 + 4 >> 2] = $2_1;
 }
 
 function $43($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 905744666;
   global$3 = HEAP32[7953];
  }
  return ($0_1 ^ $1_1) + (($0_1 & $1_1) << 1) | 0;
 }
 
 function $44($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1013626862;
   global$3 = HEAP32[1541];
  }
  return HEAP32[$0_1 >> 2];
 }
 
 function $45($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -377964182;
   global$3 = HEAP32[4451];
  }
  return $0_1 << $1_1;
 }
 
 function $46($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 419420521;
   global$3 = HEAP32[1850];
  }
  i64toi32_i32$HIGH_BITS = HEAP32[$0_1 + 4 >> 2];
  return HEAP32[$0_1 >> 2];
 }
 
 function $47($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1717852951;
   global$3 = HEAP32[16301];
  }
  i64toi32_i32$HIGH_BITS = 0;
  return HEAP32[$0_1 >> 2];
 }
 
 function $48($0_1, $1_1, $2_1, $3) {
  var $4_1 = 0, $5_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 697117709;
   global$3 = HEAP32[1491];
  }
  $4_1 = $0_1;
  $5_1 = $2_1;
  $2_1 = 1392266413;
  $0_1 = -1;
  $0_1 = -1;
  i64toi32_i32$HIGH_BITS = $1_1 & ($1_1 ^ ($3 ^ ($2_1 >>> 0 > $0_1 >>> 0 ? $0_1 + 1 | 0 : $0_1)));
  return $4_1 & ($4_1 ^ ($0_1 ^ $5_1));
 }
 
 function $49($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 494594991;
   global$3 = HEAP32[14066];
  }
  $1_1 = $0_1 + 16 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $50($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2140696895;
   global$3 = HEAP32[10218];
  }
  $1_1 = $0_1 + 56 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $51($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1769945384;
   global$3 = HEAP32[12892];
  }
  $1_1 = $0_1 + 48 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $52($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 189643227;
   global$3 = HEAP32[3006];
  }
  $1_1 = $0_1 + 72 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $53($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 433154509;
   global$3 = HEAP32[7718];
  }
  $1_1 = $0_1 + 96 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $54($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 539647345;
   global$3 = HEAP32[12713];
  }
  $1_1 = $0_1 + 104 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $55($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1819783919;
   global$3 = HEAP32[4632];
  }
  $1_1 = $0_1 + 112 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $56($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 283150986;
   global$3 = HEAP32[11046];
  }
  $1_1 = $0_1 + 128 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $57($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1086765729;
   global$3 = HEAP32[14259];
  }
  $1_1 = $0_1 + 120 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $58($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -221408266;
   global$3 = HEAP32[5603];
  }
  $1_1 = $0_1 + 184 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $59($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 953892393;
   global$3 = HEAP32[11007];
  }
  $1_1 = $0_1 + 168 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $60($0_1) {
  var $1_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1726993371;
   global$3 = HEAP32[16111];
  }
  $1_1 = $0_1 + 160 | 0;
  $0_1 = HEAP32[$1_1 >> 2];
  i64toi32_i32$HIGH_BITS = HEAP32[$1_1 + 4 >> 2];
  return $0_1;
 }
 
 function $62($0_1, $1_1, $2_1) {
  var $3 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1705432643;
   global$3 = HEAP32[12935];
  }
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
 
 function $63($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1921085011;
   global$3 = HEAP32[6418];
  }
  return $0_1 & ($1_1 ^ -1 ^ $0_1);
 }
 
 function $64($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1017609476;
   global$3 = HEAP32[7631];
  }
  HEAP8[$0_1 | 0] = $1_1;
 }
 
 function $65($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -812249792;
   global$3 = HEAP32[3515];
  }
  i64toi32_i32$HIGH_BITS = 0;
  return HEAPU8[$0_1 | 0];
 }
 
 function $67($0_1, $1_1, $2_1) {
  var $3 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 498046967;
   global$3 = HEAP32[1204];
  }
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
 
 function $69($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1392633146;
   global$3 = HEAP32[6986];
  }
  return $0_1 >>> $1_1 | 0;
 }
 
 function $70($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 555491206;
   global$3 = HEAP32[8614];
  }
  return HEAP32[$0_1 + 1049600 >> 2];
 }
 
 function $71($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 8557290;
   global$3 = HEAP32[2782];
  }
  return $1_1 & ($0_1 ^ -1) | ($1_1 ^ -1) & $0_1;
 }
 
 function $72($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1914784934;
   global$3 = HEAP32[14909];
  }
  return HEAP32[$0_1 - -1048576 >> 2];
 }
 
 function $73($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1606216996;
   global$3 = HEAP32[2844];
  }
  return HEAP32[$0_1 + 1050624 >> 2];
 }
 
 function $74($0_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 2066655855;
   global$3 = HEAP32[15638];
  }
  return HEAP32[$0_1 + 1051648 >> 2];
 }
 
 function $75($0_1, $1_1) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 1466770930;
   global$3 = HEAP32[11071];
  }
  HEAP8[$0_1 | 0] = $1_1;
  HEAP8[$0_1 + 1 | 0] = $1_1 >>> 8;
  HEAP8[$0_1 + 2 | 0] = $1_1 >>> 16;
  HEAP8[$0_1 + 3 | 0] = $1_1 >>> 24;
 }
 
 function $97($0_1, $1_1, $2_1, $3) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = 702881650;
   global$3 = HEAP32[2855];
  }
  i64toi32_i32$HIGH_BITS = $1_1 & $3 | $1_1 ^ $3;
  return $0_1 & $2_1 | $0_1 ^ $2_1;
 }
 
 function $98($0_1, $1_1, $2_1, $3) {
  var $4_1 = 0, $5_1 = 0, $6_1 = 0;
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1965046664;
   global$3 = HEAP32[12479];
  }
  $5_1 = $0_1 ^ $2_1;
  $6_1 = $1_1 ^ $3;
  $4_1 = $0_1 & $2_1;
  $0_1 = $1_1 & $3;
  $2_1 = __wasm_i64_mul(580877907, -1900213266, 931231195, -383850271);
  $3 = $4_1;
  $4_1 = $2_1 & 31;
  if (($2_1 & 63) >>> 0 >= 32) {
   $1_1 = $3 << $4_1;
   $2_1 = 0;
  } else {
   $1_1 = (1 << $4_1) - 1 & $3 >>> 32 - $4_1 | $0_1 << $4_1;
   $2_1 = $3 << $4_1;
  }
  $4_1 = $2_1 + $5_1 | 0;
  $0_1 = $1_1 + $6_1 | 0;
  i64toi32_i32$HIGH_BITS = $2_1 >>> 0 > $4_1 >>> 0 ? $0_1 + 1 | 0 : $0_1;
  return $4_1;
 }
 
 function $100($0_1, $1_1, $2_1, $3) {
  if (Math_imul(global$3, global$3 + 1 | 0) & 1) {
   global$3 = -1589660810;
   global$3 = HEAP32[3744];
  }
  $3 = __wasm_i64_mul($0_1, $1_1, $2_1, $3);
  return $3;
 }
 
 function __wasm_i64_mul($0_1, $1_1, $2_1, $3) {
  var $4_1 = 0, $5_1 = 0;
  $4_1 = $2_1 >>> 16 | 0;
  $5_1 = $0_1 >>> 16 | 0;
  $1_1 = (Math_imul($4_1, $5_1) + Math_imul($1_1, $2_1) | 0) + Math_imul($0_1, $3) | 0;
  $2_1 = $2_1 & 65535;
  $0_1 = $0_1 & 65535;
  $3 = Math_imul($2_1, $0_1);
  $2_1 = ($3 >>> 16 | 0) + Math_imul($2_1, $5_1) | 0;
  $1_1 = $1_1 + ($2_1 >>> 16 | 0) | 0;
  $2_1 = Math_imul($0_1, $4_1) + ($2_1 & 65535) | 0;
  i64toi32_i32$HIGH_BITS = $1_1 + ($2_1 >>> 16 | 0) | 0;
  return $3 & 65535 | $2_1 << 16;
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
  "b": $1, 
  "c": $2, 
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
