
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
 var buffer = new ArrayBuffer(5308416);
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
 var global$1 = 5247616;
 var global$2 = 5247616;
 var i64toi32_i32$HIGH_BITS = 0;
 function $0($0_1) {
  var $1_1 = 0, $2_1 = 0, $3 = 0, $4 = 0, $5 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10 = 0, $11 = 0, $12 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19 = 0, $20 = 0, $21 = 0, $22 = 0, $23 = 0, $24 = 0, $25 = 0, $26 = 0, $27 = 0, $28 = 0, $29 = 0, $30 = 0, $31 = 0, $32 = 0, $33 = 0, $34 = 0, $35 = 0, $36 = 0, $37 = 0, $38 = 0, $39 = 0, $40 = 0, $41 = 0, $42 = 0, $43 = 0, $44 = 0, $45 = 0, $46 = 0, $47 = 0, $48 = 0, $49 = 0, $50 = 0, $51 = 0, $52 = 0, $53 = 0, $54 = 0, $55 = 0, $56 = 0, $57 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $29 = HEAP32[$0_1 + 32 >> 2];
  $30 = HEAP32[$0_1 + 36 >> 2];
  $31 = HEAP32[$0_1 + 24 >> 2];
  $32 = HEAP32[$0_1 + 28 >> 2];
  $33 = HEAP32[$0_1 + 56 >> 2];
  $34 = HEAP32[$0_1 + 60 >> 2];
  $35 = HEAP32[$0_1 + 16 >> 2];
  $36 = HEAP32[$0_1 + 20 >> 2];
  $20 = HEAP32[$0_1 + 48 >> 2];
  $21 = HEAP32[$0_1 + 52 >> 2];
  $22 = HEAP32[$0_1 + 40 >> 2];
  $23 = HEAP32[$0_1 + 44 >> 2];
  $6 = HEAP32[$0_1 + 192 >> 2];
  $7 = HEAP32[$0_1 + 196 >> 2];
  $12 = HEAP32[$0_1 + 152 >> 2];
  $13 = HEAP32[$0_1 + 156 >> 2];
  $18 = HEAP32[$0_1 + 112 >> 2];
  $17 = HEAP32[$0_1 + 116 >> 2];
  $37 = HEAP32[$0_1 + 72 >> 2];
  $38 = HEAP32[$0_1 + 76 >> 2];
  $14 = HEAP32[$0_1 + 184 >> 2];
  $8 = HEAP32[$0_1 + 188 >> 2];
  $39 = HEAP32[$0_1 + 144 >> 2];
  $40 = HEAP32[$0_1 + 148 >> 2];
  $41 = HEAP32[$0_1 + 104 >> 2];
  $42 = HEAP32[$0_1 + 108 >> 2];
  $43 = HEAP32[$0_1 + 64 >> 2];
  $44 = HEAP32[$0_1 + 68 >> 2];
  $15 = HEAP32[$0_1 + 176 >> 2];
  $9 = HEAP32[$0_1 + 180 >> 2];
  $45 = HEAP32[$0_1 + 136 >> 2];
  $46 = HEAP32[$0_1 + 140 >> 2];
  $47 = HEAP32[$0_1 + 96 >> 2];
  $48 = HEAP32[$0_1 + 100 >> 2];
  $2_1 = HEAP32[$0_1 + 168 >> 2];
  $3 = HEAP32[$0_1 + 172 >> 2];
  $49 = HEAP32[$0_1 + 128 >> 2];
  $50 = HEAP32[$0_1 + 132 >> 2];
  $51 = HEAP32[$0_1 + 88 >> 2];
  $52 = HEAP32[$0_1 + 92 >> 2];
  $16 = HEAP32[$0_1 + 160 >> 2];
  $10 = HEAP32[$0_1 + 164 >> 2];
  $53 = HEAP32[$0_1 + 120 >> 2];
  $54 = HEAP32[$0_1 + 124 >> 2];
  $55 = HEAP32[$0_1 + 80 >> 2];
  $56 = HEAP32[$0_1 + 84 >> 2];
  $19 = HEAP32[$0_1 >> 2];
  $11 = HEAP32[$0_1 + 4 >> 2];
  while (1) {
   $24 = HEAP32[$0_1 + 8 >> 2];
   $25 = $24 ^ ($51 ^ ($49 ^ ($2_1 ^ $20)));
   $27 = HEAP32[$0_1 + 12 >> 2];
   $28 = $27 ^ ($50 ^ ($3 ^ $21) ^ $52);
   $5 = __wasm_rotl_i64($25, $28, 1);
   $26 = $37 ^ ($18 ^ ($12 ^ ($6 ^ $29)));
   $1_1 = $38 ^ ($7 ^ $30 ^ $13 ^ $17);
   $4 = $1_1 ^ i64toi32_i32$HIGH_BITS;
   $5 = $5 ^ $26;
   HEAP32[$0_1 + 160 >> 2] = $16 ^ $5;
   HEAP32[$0_1 + 164 >> 2] = $4 ^ $10;
   HEAP32[$0_1 + 120 >> 2] = $5 ^ $53;
   HEAP32[$0_1 + 124 >> 2] = $4 ^ $54;
   HEAP32[$0_1 + 80 >> 2] = $5 ^ $55;
   HEAP32[$0_1 + 84 >> 2] = $4 ^ $56;
   HEAP32[$0_1 + 40 >> 2] = $5 ^ $22;
   HEAP32[$0_1 + 44 >> 2] = $4 ^ $23;
   HEAP32[$0_1 >> 2] = $5 ^ $19;
   HEAP32[$0_1 + 4 >> 2] = $4 ^ $11;
   $23 = $56 ^ ($10 ^ $23 ^ $54) ^ $11;
   $11 = $23;
   $22 = $19 ^ ($55 ^ ($53 ^ ($16 ^ $22)));
   $16 = $47 ^ ($45 ^ ($15 ^ ($33 ^ $35)));
   $10 = $9 ^ ($34 ^ $36) ^ $46 ^ $48;
   $5 = $22 ^ __wasm_rotl_i64($16, $10, 1);
   HEAP32[$0_1 + 168 >> 2] = $2_1 ^ $5;
   $4 = i64toi32_i32$HIGH_BITS ^ $11;
   HEAP32[$0_1 + 172 >> 2] = $4 ^ $3;
   HEAP32[$0_1 + 128 >> 2] = $5 ^ $49;
   HEAP32[$0_1 + 132 >> 2] = $4 ^ $50;
   HEAP32[$0_1 + 88 >> 2] = $5 ^ $51;
   HEAP32[$0_1 + 92 >> 2] = $4 ^ $52;
   HEAP32[$0_1 + 48 >> 2] = $5 ^ $20;
   HEAP32[$0_1 + 52 >> 2] = $4 ^ $21;
   $5 = $5 ^ $24;
   HEAP32[$0_1 + 8 >> 2] = $5;
   $4 = $4 ^ $27;
   HEAP32[$0_1 + 12 >> 2] = $4;
   $20 = $43 ^ ($41 ^ ($39 ^ ($14 ^ $31)));
   $21 = $44 ^ ($8 ^ $32 ^ $40 ^ $42);
   $2_1 = __wasm_rotl_i64($20, $21, 1) ^ $25;
   HEAP32[$0_1 + 176 >> 2] = $15 ^ $2_1;
   $3 = $28 ^ i64toi32_i32$HIGH_BITS;
   HEAP32[$0_1 + 180 >> 2] = $3 ^ $9;
   HEAP32[$0_1 + 136 >> 2] = $2_1 ^ $45;
   HEAP32[$0_1 + 140 >> 2] = $3 ^ $46;
   HEAP32[$0_1 + 96 >> 2] = $2_1 ^ $47;
   HEAP32[$0_1 + 100 >> 2] = $3 ^ $48;
   HEAP32[$0_1 + 56 >> 2] = $2_1 ^ $33;
   HEAP32[$0_1 + 60 >> 2] = $3 ^ $34;
   HEAP32[$0_1 + 16 >> 2] = $2_1 ^ $35;
   HEAP32[$0_1 + 20 >> 2] = $3 ^ $36;
   $2_1 = __wasm_rotl_i64($26, $1_1, 1) ^ $16;
   HEAP32[$0_1 + 184 >> 2] = $14 ^ $2_1;
   $3 = $10 ^ i64toi32_i32$HIGH_BITS;
   HEAP32[$0_1 + 188 >> 2] = $3 ^ $8;
   HEAP32[$0_1 + 144 >> 2] = $2_1 ^ $39;
   HEAP32[$0_1 + 148 >> 2] = $3 ^ $40;
   HEAP32[$0_1 + 104 >> 2] = $2_1 ^ $41;
   HEAP32[$0_1 + 108 >> 2] = $3 ^ $42;
   HEAP32[$0_1 + 64 >> 2] = $2_1 ^ $43;
   HEAP32[$0_1 + 68 >> 2] = $3 ^ $44;
   HEAP32[$0_1 + 24 >> 2] = $2_1 ^ $31;
   HEAP32[$0_1 + 28 >> 2] = $3 ^ $32;
   $2_1 = __wasm_rotl_i64($22, $11, 1) ^ $20;
   HEAP32[$0_1 + 192 >> 2] = $6 ^ $2_1;
   $3 = i64toi32_i32$HIGH_BITS ^ $21;
   HEAP32[$0_1 + 196 >> 2] = $3 ^ $7;
   HEAP32[$0_1 + 152 >> 2] = $2_1 ^ $12;
   HEAP32[$0_1 + 156 >> 2] = $3 ^ $13;
   HEAP32[$0_1 + 112 >> 2] = $2_1 ^ $18;
   HEAP32[$0_1 + 116 >> 2] = $3 ^ $17;
   HEAP32[$0_1 + 72 >> 2] = $2_1 ^ $37;
   HEAP32[$0_1 + 76 >> 2] = $3 ^ $38;
   HEAP32[$0_1 + 32 >> 2] = $2_1 ^ $29;
   HEAP32[$0_1 + 36 >> 2] = $3 ^ $30;
   $6 = -96;
   while (1) {
    $1_1 = (HEAP32[$6 + 1052960 >> 2] << 3) + $0_1 | 0;
    $2_1 = HEAP32[$1_1 >> 2];
    $3 = HEAP32[$1_1 + 4 >> 2];
    (wasm2js_i32$0 = $1_1, wasm2js_i32$1 = __wasm_rotl_i64($5, $4, HEAP32[$6 + 1053056 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    HEAP32[$1_1 + 4 >> 2] = i64toi32_i32$HIGH_BITS;
    $1_1 = (HEAP32[$6 + 1052964 >> 2] << 3) + $0_1 | 0;
    $5 = HEAP32[$1_1 >> 2];
    $4 = HEAP32[$1_1 + 4 >> 2];
    (wasm2js_i32$0 = $1_1, wasm2js_i32$1 = __wasm_rotl_i64($2_1, $3, HEAP32[$6 + 1053060 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    HEAP32[$1_1 + 4 >> 2] = i64toi32_i32$HIGH_BITS;
    $6 = $6 + 8 | 0;
    if ($6) {
     continue
    }
    break;
   };
   $4 = HEAP32[$0_1 + 36 >> 2];
   $1_1 = HEAP32[$0_1 + 4 >> 2];
   $27 = $1_1;
   $24 = HEAP32[$0_1 >> 2];
   $7 = $24 ^ -1;
   $11 = HEAP32[$0_1 + 12 >> 2];
   $1_1 = $11 & ($1_1 ^ -1);
   $5 = HEAP32[$0_1 + 32 >> 2];
   $19 = HEAP32[$0_1 + 8 >> 2];
   $29 = $5 ^ $7 & $19;
   HEAP32[$0_1 + 32 >> 2] = $29;
   $30 = $1_1 ^ $4;
   HEAP32[$0_1 + 36 >> 2] = $30;
   $7 = $27 & ($4 ^ -1);
   $3 = HEAP32[$0_1 + 28 >> 2];
   $1_1 = $3;
   $2_1 = HEAP32[$0_1 + 24 >> 2];
   $31 = $2_1 ^ ($5 ^ -1) & $24;
   HEAP32[$0_1 + 24 >> 2] = $31;
   $32 = $1_1 ^ $7;
   HEAP32[$0_1 + 28 >> 2] = $32;
   $4 = $4 & ($1_1 ^ -1);
   $28 = HEAP32[$0_1 + 20 >> 2];
   $1_1 = $28;
   $25 = HEAP32[$0_1 + 16 >> 2];
   $35 = $25 ^ ($2_1 ^ -1) & $5;
   HEAP32[$0_1 + 16 >> 2] = $35;
   $36 = $1_1 ^ $4;
   HEAP32[$0_1 + 20 >> 2] = $36;
   $1_1 = $3 & ($1_1 ^ -1);
   HEAP32[$0_1 + 8 >> 2] = ($25 ^ -1) & $2_1 ^ $19;
   HEAP32[$0_1 + 12 >> 2] = $1_1 ^ $11;
   $1_1 = HEAP32[$0_1 + 52 >> 2];
   $3 = $1_1;
   $5 = HEAP32[$0_1 + 56 >> 2];
   $2_1 = HEAP32[$0_1 + 48 >> 2];
   $8 = $5 & ($2_1 ^ -1);
   $4 = HEAP32[$0_1 + 60 >> 2];
   $9 = $4 & ($1_1 ^ -1);
   $7 = HEAP32[$0_1 + 44 >> 2];
   $1_1 = $7;
   $6 = HEAP32[$0_1 + 40 >> 2];
   $22 = $6 ^ $8;
   HEAP32[$0_1 + 40 >> 2] = $22;
   $23 = $1_1 ^ $9;
   HEAP32[$0_1 + 44 >> 2] = $23;
   $13 = HEAP32[$0_1 + 68 >> 2];
   $1_1 = $13 & ($4 ^ -1);
   $12 = HEAP32[$0_1 + 64 >> 2];
   $20 = $12 & ($5 ^ -1) ^ $2_1;
   HEAP32[$0_1 + 48 >> 2] = $20;
   $21 = $1_1 ^ $3;
   HEAP32[$0_1 + 52 >> 2] = $21;
   $17 = HEAP32[$0_1 + 76 >> 2];
   $1_1 = $17 & ($13 ^ -1);
   $18 = HEAP32[$0_1 + 72 >> 2];
   $33 = $18 & ($12 ^ -1) ^ $5;
   HEAP32[$0_1 + 56 >> 2] = $33;
   $34 = $1_1 ^ $4;
   HEAP32[$0_1 + 60 >> 2] = $34;
   $43 = ($18 ^ -1) & $6 ^ $12;
   HEAP32[$0_1 + 64 >> 2] = $43;
   $44 = $13 ^ $7 & ($17 ^ -1);
   HEAP32[$0_1 + 68 >> 2] = $44;
   $1_1 = $3 & ($7 ^ -1);
   $37 = ($6 ^ -1) & $2_1 ^ $18;
   HEAP32[$0_1 + 72 >> 2] = $37;
   $38 = $1_1 ^ $17;
   HEAP32[$0_1 + 76 >> 2] = $38;
   $5 = HEAP32[$0_1 + 96 >> 2];
   $4 = HEAP32[$0_1 + 100 >> 2];
   $2_1 = HEAP32[$0_1 + 104 >> 2];
   $3 = HEAP32[$0_1 + 108 >> 2];
   $7 = HEAP32[$0_1 + 116 >> 2];
   $1_1 = HEAP32[$0_1 + 84 >> 2];
   $8 = $1_1;
   $14 = HEAP32[$0_1 + 80 >> 2];
   $17 = $14 ^ -1;
   $13 = HEAP32[$0_1 + 92 >> 2];
   $1_1 = $13 & ($1_1 ^ -1);
   $6 = HEAP32[$0_1 + 112 >> 2];
   $12 = HEAP32[$0_1 + 88 >> 2];
   $18 = $6 ^ $17 & $12;
   HEAP32[$0_1 + 112 >> 2] = $18;
   $17 = $1_1 ^ $7;
   HEAP32[$0_1 + 116 >> 2] = $17;
   $41 = ($6 ^ -1) & $14 ^ $2_1;
   HEAP32[$0_1 + 104 >> 2] = $41;
   $42 = ($7 ^ -1) & $8 ^ $3;
   HEAP32[$0_1 + 108 >> 2] = $42;
   $1_1 = ($3 ^ -1) & $7;
   $47 = ($2_1 ^ -1) & $6 ^ $5;
   HEAP32[$0_1 + 96 >> 2] = $47;
   $48 = $1_1 ^ $4;
   HEAP32[$0_1 + 100 >> 2] = $48;
   $1_1 = ($4 ^ -1) & $3;
   $51 = ($5 ^ -1) & $2_1 ^ $12;
   HEAP32[$0_1 + 88 >> 2] = $51;
   $52 = $1_1 ^ $13;
   HEAP32[$0_1 + 92 >> 2] = $52;
   $55 = ($12 ^ -1) & $5 ^ $14;
   HEAP32[$0_1 + 80 >> 2] = $55;
   $56 = ($13 ^ -1) & $4 ^ $8;
   HEAP32[$0_1 + 84 >> 2] = $56;
   $5 = HEAP32[$0_1 + 136 >> 2];
   $4 = HEAP32[$0_1 + 140 >> 2];
   $2_1 = HEAP32[$0_1 + 144 >> 2];
   $3 = HEAP32[$0_1 + 148 >> 2];
   $7 = HEAP32[$0_1 + 156 >> 2];
   $1_1 = HEAP32[$0_1 + 124 >> 2];
   $9 = $1_1;
   $15 = HEAP32[$0_1 + 120 >> 2];
   $10 = $15 ^ -1;
   $8 = HEAP32[$0_1 + 132 >> 2];
   $1_1 = $8 & ($1_1 ^ -1);
   $6 = HEAP32[$0_1 + 152 >> 2];
   $14 = HEAP32[$0_1 + 128 >> 2];
   $12 = $6 ^ $10 & $14;
   HEAP32[$0_1 + 152 >> 2] = $12;
   $13 = $1_1 ^ $7;
   HEAP32[$0_1 + 156 >> 2] = $13;
   $39 = ($6 ^ -1) & $15 ^ $2_1;
   HEAP32[$0_1 + 144 >> 2] = $39;
   $40 = $3 ^ $9 & ($7 ^ -1);
   HEAP32[$0_1 + 148 >> 2] = $40;
   $1_1 = $7 & ($3 ^ -1);
   $45 = ($2_1 ^ -1) & $6 ^ $5;
   HEAP32[$0_1 + 136 >> 2] = $45;
   $46 = $1_1 ^ $4;
   HEAP32[$0_1 + 140 >> 2] = $46;
   $1_1 = $3 & ($4 ^ -1);
   $49 = ($5 ^ -1) & $2_1 ^ $14;
   HEAP32[$0_1 + 128 >> 2] = $49;
   $50 = $1_1 ^ $8;
   HEAP32[$0_1 + 132 >> 2] = $50;
   $53 = ($14 ^ -1) & $5 ^ $15;
   HEAP32[$0_1 + 120 >> 2] = $53;
   $54 = $9 ^ $4 & ($8 ^ -1);
   HEAP32[$0_1 + 124 >> 2] = $54;
   $5 = HEAP32[$0_1 + 176 >> 2];
   $4 = HEAP32[$0_1 + 180 >> 2];
   $2_1 = HEAP32[$0_1 + 184 >> 2];
   $3 = HEAP32[$0_1 + 188 >> 2];
   $9 = HEAP32[$0_1 + 196 >> 2];
   $10 = HEAP32[$0_1 + 172 >> 2];
   $1_1 = HEAP32[$0_1 + 164 >> 2];
   $7 = $10 & ($1_1 ^ -1);
   $15 = HEAP32[$0_1 + 192 >> 2];
   $16 = HEAP32[$0_1 + 168 >> 2];
   $26 = HEAP32[$0_1 + 160 >> 2];
   $6 = $15 ^ $16 & ($26 ^ -1);
   HEAP32[$0_1 + 192 >> 2] = $6;
   $7 = $7 ^ $9;
   HEAP32[$0_1 + 196 >> 2] = $7;
   $14 = ($15 ^ -1) & $26 ^ $2_1;
   HEAP32[$0_1 + 184 >> 2] = $14;
   $8 = ($9 ^ -1) & $1_1 ^ $3;
   HEAP32[$0_1 + 188 >> 2] = $8;
   $15 = ($2_1 ^ -1) & $15 ^ $5;
   HEAP32[$0_1 + 176 >> 2] = $15;
   $9 = ($3 ^ -1) & $9 ^ $4;
   HEAP32[$0_1 + 180 >> 2] = $9;
   $2_1 = ($5 ^ -1) & $2_1 ^ $16;
   HEAP32[$0_1 + 168 >> 2] = $2_1;
   $3 = ($4 ^ -1) & $3 ^ $10;
   HEAP32[$0_1 + 172 >> 2] = $3;
   $16 = ($16 ^ -1) & $5 ^ $26;
   HEAP32[$0_1 + 160 >> 2] = $16;
   $10 = ($10 ^ -1) & $4 ^ $1_1;
   HEAP32[$0_1 + 164 >> 2] = $10;
   $4 = ($11 ^ -1) & $28;
   $1_1 = $57;
   $11 = HEAP32[$1_1 + 1052672 >> 2];
   $1_1 = $4 ^ HEAP32[$1_1 + 1052676 >> 2];
   $19 = $11 ^ ($19 ^ -1) & $25 ^ $24;
   HEAP32[$0_1 >> 2] = $19;
   $11 = $1_1 ^ $27;
   HEAP32[$0_1 + 4 >> 2] = $11;
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
  var $3 = 0, $4 = 0, $5 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10 = 0, $11 = 0, $12 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19 = 0, $20 = 0, $21 = 0, $22 = 0, $23 = 0, $24 = 0, $25 = 0, $26 = 0;
  $16 = global$0 - 224 | 0;
  global$0 = $16;
  wasm2js_memory_fill($16 + 24 | 0, 0, 200);
  $12 = $1_1 >>> 0 >= 135 ? 135 : $1_1;
  block : {
   if (!$1_1) {
    break block
   }
   if (($1_1 | 0) != 1) {
    $18 = $12 & 1;
    $14 = $12 & 254;
    $1_1 = 0;
    while (1) {
     $9 = ($16 + 24 | 0) + ($4 & -8) | 0;
     $19 = $9;
     $8 = $0_1 + $4 | 0;
     $6 = HEAPU8[$8 + 1 | 0];
     $11 = $1_1 & 48;
     $7 = $11 | 8;
     $10 = $7 & 31;
     if (($7 & 63) >>> 0 >= 32) {
      $5 = $6 << $10;
      $17 = 0;
     } else {
      $5 = (1 << $10) - 1 & $6 >>> 32 - $10;
      $17 = $6 << $10;
     }
     $15 = $5;
     $3 = HEAPU8[$8 | 0];
     $7 = $11;
     $10 = $7 & 31;
     if (($7 & 63) >>> 0 >= 32) {
      $5 = $3 << $10;
      $13 = 0;
     } else {
      $5 = (1 << $10) - 1 & $3 >>> 32 - $10;
      $13 = $3 << $10;
     }
     $6 = $9;
     $7 = HEAP32[$6 >> 2];
     $6 = $5 ^ HEAP32[$6 + 4 >> 2];
     $3 = $19;
     HEAP32[$3 >> 2] = $7 ^ $13 ^ $17;
     HEAP32[$3 + 4 >> 2] = $6 ^ $15;
     $1_1 = $1_1 + 16 | 0;
     $4 = $4 + 2 | 0;
     if (($4 | 0) != ($14 | 0)) {
      continue
     }
     break;
    };
    if (!$18) {
     break block
    }
    $0_1 = $0_1 + $4 | 0;
   }
   $1_1 = ($16 + 24 | 0) + ($4 & -8) | 0;
   $5 = HEAPU8[$0_1 | 0];
   $7 = $4 << 3;
   $10 = $7 & 31;
   if (($7 & 63) >>> 0 >= 32) {
    $6 = $5 << $10;
    $5 = 0;
   } else {
    $6 = (1 << $10) - 1 & $5 >>> 32 - $10;
    $5 = $5 << $10;
   }
   $3 = $1_1;
   $7 = HEAP32[$3 >> 2];
   $0_1 = HEAP32[$3 + 4 >> 2];
   HEAP32[$3 >> 2] = $5 ^ $7;
   HEAP32[$3 + 4 >> 2] = $0_1 ^ $6;
  }
  $4 = ($16 + 24 | 0) + ($12 & -8) | 0;
  $0_1 = HEAP32[$4 + 4 >> 2];
  $7 = $12 << 3;
  $10 = $7 & 31;
  $3 = $4;
  if (($7 & 63) >>> 0 >= 32) {
   $6 = 1 << $10;
   $1_1 = 0;
  } else {
   $6 = (1 << $10) - 1 & 1 >>> 32 - $10;
   $1_1 = 1 << $10;
  }
  HEAP32[$3 >> 2] = $1_1 ^ HEAP32[$4 >> 2];
  HEAP32[$3 + 4 >> 2] = $0_1 ^ $6;
  $6 = $16;
  $0_1 = HEAP32[$6 + 152 >> 2];
  $3 = HEAP32[$6 + 156 >> 2];
  HEAP32[$6 + 152 >> 2] = $0_1;
  HEAP32[$6 + 156 >> 2] = $3 ^ -2147483648;
  $0($6 + 24 | 0);
  $3 = $6;
  $13 = HEAP32[$3 + 48 >> 2];
  $1_1 = HEAP32[$3 + 52 >> 2];
  $23 = HEAP32[$3 + 32 >> 2];
  $3 = HEAP32[$3 + 36 >> 2];
  $25 = $3;
  $18 = $3;
  $3 = $6;
  $17 = HEAP32[$3 + 40 >> 2];
  $9 = HEAP32[$3 + 44 >> 2];
  $24 = HEAP32[$3 + 24 >> 2];
  $3 = HEAP32[$3 + 28 >> 2];
  $26 = $3;
  $6 = $3;
  $8 = $13;
  $20 = $23;
  $11 = $17;
  $17 = $24;
  $4 = -4194304;
  while (1) {
   $3 = $4 + 5247372 | 0;
   $0_1 = HEAP32[($8 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($9 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($1_1 & 255) << 2) + 1048576 >> 2] ^ ($18 ^ HEAP32[($11 >>> 6 & 1020) + 1049600 >> 2])));
   HEAP8[$3 | 0] = $0_1;
   HEAP8[$3 + 1 | 0] = $0_1 >>> 8;
   HEAP8[$3 + 2 | 0] = $0_1 >>> 16;
   HEAP8[$3 + 3 | 0] = $0_1 >>> 24;
   $5 = $4 + 5247368 | 0;
   $14 = HEAP32[($9 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($11 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($8 & 255) << 2) + 1048576 >> 2] ^ ($20 ^ HEAP32[($1_1 >>> 6 & 1020) + 1049600 >> 2])));
   $3 = $14;
   HEAP8[$5 | 0] = $3;
   HEAP8[$5 + 1 | 0] = $3 >>> 8;
   HEAP8[$5 + 2 | 0] = $3 >>> 16;
   HEAP8[$5 + 3 | 0] = $3 >>> 24;
   $5 = $4 + 5247364 | 0;
   $12 = HEAP32[($11 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($1_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($9 & 255) << 2) + 1048576 >> 2] ^ ($6 ^ HEAP32[($8 >>> 6 & 1020) + 1049600 >> 2])));
   $3 = $12;
   HEAP8[$5 | 0] = $3;
   HEAP8[$5 + 1 | 0] = $3 >>> 8;
   HEAP8[$5 + 2 | 0] = $3 >>> 16;
   HEAP8[$5 + 3 | 0] = $3 >>> 24;
   $3 = $4 + 5247360 | 0;
   $11 = HEAP32[($1_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($8 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($11 & 255) << 2) + 1048576 >> 2] ^ ($17 ^ HEAP32[($9 >>> 6 & 1020) + 1049600 >> 2])));
   $1_1 = $11;
   HEAP8[$3 | 0] = $1_1;
   HEAP8[$3 + 1 | 0] = $1_1 >>> 8;
   HEAP8[$3 + 2 | 0] = $1_1 >>> 16;
   HEAP8[$3 + 3 | 0] = $1_1 >>> 24;
   $9 = $12;
   $8 = $14;
   $1_1 = $0_1;
   $4 = $4 + 16 | 0;
   if ($4) {
    continue
   }
   break;
  };
  $3 = $16;
  $13 = HEAP32[$3 + 80 >> 2] ^ HEAP32[$3 + 64 >> 2];
  $15 = HEAP32[$3 + 84 >> 2] ^ HEAP32[$3 + 68 >> 2];
  $1_1 = HEAP32[$3 + 72 >> 2] ^ HEAP32[$3 + 56 >> 2];
  $0_1 = HEAP32[$3 + 60 >> 2] ^ HEAP32[$3 + 76 >> 2];
  $20 = 262144;
  $21 = HEAP32[$3 + 88 >> 2];
  $22 = HEAP32[$3 + 92 >> 2];
  while (1) {
   $19 = $0_1;
   $17 = $1_1;
   $4 = $1_1 & 4194288;
   $0_1 = HEAPU8[$4 + 1053064 | 0] | HEAPU8[$4 + 1053065 | 0] << 8 | (HEAPU8[$4 + 1053066 | 0] << 16 | HEAPU8[$4 + 1053067 | 0] << 24);
   $11 = HEAPU8[$4 + 1053060 | 0] | HEAPU8[$4 + 1053061 | 0] << 8 | (HEAPU8[$4 + 1053062 | 0] << 16 | HEAPU8[$4 + 1053063 | 0] << 24);
   $8 = HEAPU8[$4 + 1053056 | 0] | HEAPU8[$4 + 1053057 | 0] << 8 | (HEAPU8[$4 + 1053058 | 0] << 16 | HEAPU8[$4 + 1053059 | 0] << 24);
   $5 = $15;
   $1_1 = HEAPU8[$4 + 1053068 | 0] | HEAPU8[$4 + 1053069 | 0] << 8 | (HEAPU8[$4 + 1053070 | 0] << 16 | HEAPU8[$4 + 1053071 | 0] << 24);
   $14 = HEAP32[($0_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($11 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[($8 >>> 6 & 1020) + 1049600 >> 2] ^ ($5 ^ HEAP32[(($1_1 & 255) << 2) + 1048576 >> 2])));
   HEAP8[$4 + 1053068 | 0] = $14 ^ $5;
   $6 = $13;
   $12 = HEAP32[($11 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($8 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[($1_1 >>> 6 & 1020) + 1049600 >> 2] ^ ($6 ^ HEAP32[(($0_1 & 255) << 2) + 1048576 >> 2])));
   HEAP8[$4 + 1053064 | 0] = $6 ^ $12;
   $9 = HEAP32[($8 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($1_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[($0_1 >>> 6 & 1020) + 1049600 >> 2] ^ (HEAP32[(($11 & 255) << 2) + 1048576 >> 2] ^ $19)));
   HEAP8[$4 + 1053060 | 0] = $5 ^ $9;
   $1_1 = $17 ^ (HEAP32[($1_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($0_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($8 & 255) << 2) + 1048576 >> 2] ^ HEAP32[($11 >>> 6 & 1020) + 1049600 >> 2])));
   HEAP8[$4 + 1053056 | 0] = $6 ^ $1_1;
   $6 = $5;
   $8 = $6 >>> 24 | 0;
   HEAP8[$4 + 1053071 | 0] = $8 ^ $14 >>> 24;
   $11 = $6 >>> 16 | 0;
   HEAP8[$4 + 1053070 | 0] = $11 ^ $14 >>> 16;
   $3 = $6;
   $0_1 = $3 >>> 8 | 0;
   HEAP8[$4 + 1053069 | 0] = $0_1 ^ $14 >>> 8;
   $15 = ($3 & 16777215) << 8;
   $3 = $13;
   $14 = $15 | $3 >>> 24;
   HEAP8[$4 + 1053067 | 0] = $14 ^ $12 >>> 24;
   $6 = ($6 & 65535) << 16;
   $18 = $6 | $3 >>> 16;
   HEAP8[$4 + 1053066 | 0] = $18 ^ $12 >>> 16;
   $6 = $12 >>> 8 | 0;
   $12 = ($5 & 255) << 24 | $3 >>> 8;
   HEAP8[$4 + 1053065 | 0] = $6 ^ $12;
   HEAP8[$4 + 1053063 | 0] = $8 ^ $9 >>> 24;
   HEAP8[$4 + 1053062 | 0] = $11 ^ $9 >>> 16;
   HEAP8[$4 + 1053061 | 0] = $0_1 ^ $9 >>> 8;
   HEAP8[$4 + 1053059 | 0] = $14 ^ $1_1 >>> 24;
   HEAP8[$4 + 1053058 | 0] = $18 ^ $1_1 >>> 16;
   HEAP8[$4 + 1053057 | 0] = $12 ^ $1_1 >>> 8;
   $4 = $1_1 & 4194288;
   $3 = $4;
   $13 = HEAPU8[$3 + 1053056 | 0] | HEAPU8[$3 + 1053057 | 0] << 8 | (HEAPU8[$3 + 1053058 | 0] << 16 | HEAPU8[$3 + 1053059 | 0] << 24);
   $15 = HEAPU8[$3 + 1053060 | 0] | HEAPU8[$3 + 1053061 | 0] << 8 | (HEAPU8[$3 + 1053062 | 0] << 16 | HEAPU8[$3 + 1053063 | 0] << 24);
   $3 = $9;
   $6 = $3;
   $18 = $1_1 & 16777215 | $1_1 & -16777216;
   $9 = $18;
   $8 = __wasm_i64_mul($9, 0, $13, 0);
   $12 = i64toi32_i32$HIGH_BITS;
   $10 = $12;
   $11 = __wasm_i64_mul($3, 0, $13, 0);
   $14 = i64toi32_i32$HIGH_BITS;
   $7 = $14;
   $5 = __wasm_i64_mul($9, 0, $15, 0);
   $0_1 = i64toi32_i32$HIGH_BITS + $7 | 0;
   $1_1 = $5 + $11 | 0;
   $0_1 = $1_1 >>> 0 < $5 >>> 0 ? $0_1 + 1 | 0 : $0_1;
   $9 = $1_1;
   $3 = $0_1;
   $1_1 = $1_1 + $10 | 0;
   $10 = $8;
   $0_1 = $16;
   HEAP32[$0_1 >> 2] = $8;
   HEAP32[$0_1 + 4 >> 2] = $1_1;
   $7 = $0_1;
   $0_1 = $14;
   $11 = ($0_1 | 0) == ($3 | 0) & $9 >>> 0 < $11 >>> 0 | $0_1 >>> 0 > $3 >>> 0;
   $9 = __wasm_i64_mul($6, 0, $15, 0) + $3 | 0;
   $8 = $11 + i64toi32_i32$HIGH_BITS | 0;
   $0_1 = $3 >>> 0 > $9 >>> 0 ? $8 + 1 | 0 : $8;
   $5 = $12;
   $5 = ($1_1 | 0) == ($5 | 0) & $10 >>> 0 < $10 >>> 0 | $5 >>> 0 > $1_1 >>> 0;
   $1_1 = $9 + $5 | 0;
   $9 = $1_1 >>> 0 < $5 >>> 0 ? $0_1 + 1 | 0 : $0_1;
   $3 = $1_1;
   $0_1 = __wasm_i64_mul(0, 0, $13, $15);
   $11 = i64toi32_i32$HIGH_BITS;
   $5 = __wasm_i64_mul($18, $6, 0, 0);
   $1_1 = i64toi32_i32$HIGH_BITS + $11 | 0;
   $8 = $0_1 + $5 | 0;
   $1_1 = $5 >>> 0 > $8 >>> 0 ? $1_1 + 1 | 0 : $1_1;
   $5 = $8;
   $0_1 = $5 + $3 | 0;
   $8 = $1_1 + $9 | 0;
   HEAP32[$7 + 8 >> 2] = $0_1;
   HEAP32[$7 + 12 >> 2] = $0_1 >>> 0 < $5 >>> 0 ? $8 + 1 | 0 : $8;
   $6 = $7;
   $5 = HEAP32[$6 + 8 >> 2];
   $0_1 = HEAP32[$6 + 12 >> 2] + $19 | 0;
   $10 = $5 + $17 | 0;
   $0_1 = $10 >>> 0 < $5 >>> 0 ? $0_1 + 1 | 0 : $0_1;
   $3 = $4;
   $1_1 = $10 ^ $13;
   HEAP8[$3 + 1053056 | 0] = $1_1;
   HEAP8[$3 + 1053057 | 0] = $1_1 >>> 8;
   HEAP8[$3 + 1053058 | 0] = $1_1 >>> 16;
   HEAP8[$3 + 1053059 | 0] = $1_1 >>> 24;
   $0_1 = $0_1 ^ $15;
   HEAP8[$3 + 1053060 | 0] = $0_1;
   HEAP8[$3 + 1053061 | 0] = $0_1 >>> 8;
   HEAP8[$3 + 1053062 | 0] = $0_1 >>> 16;
   HEAP8[$3 + 1053063 | 0] = $0_1 >>> 24;
   $21 = $21 ^ HEAP32[$6 >> 2];
   $22 = HEAP32[$6 + 4 >> 2] ^ $22;
   $13 = $17;
   $15 = $19;
   $20 = $20 - 1 | 0;
   if ($20) {
    continue
   }
   break;
  };
  HEAP32[$6 + 88 >> 2] = $21;
  HEAP32[$6 + 92 >> 2] = $22;
  $3 = $6;
  HEAP32[$3 + 32 >> 2] = $13 ^ $23;
  HEAP32[$3 + 36 >> 2] = $15 ^ $25;
  HEAP32[$3 + 24 >> 2] = $1_1 ^ $24;
  HEAP32[$3 + 28 >> 2] = $0_1 ^ $26;
  $0($3 + 24 | 0);
  $4 = 0;
  $1_1 = 8;
  while (1) {
   $0_1 = ($16 + 24 | 0) + ($4 & -8) | 0;
   $13 = HEAP32[$0_1 >> 2];
   $5 = $13;
   $15 = HEAP32[$0_1 + 4 >> 2];
   $6 = $15;
   $0_1 = $5;
   $5 = $1_1 & 56;
   $7 = $5 & 31;
   $9 = $2_1 + $4 | 0;
   $3 = $9 + 1 | 0;
   if (($5 & 63) >>> 0 >= 32) {
    $0_1 = $6 >>> $7 | 0
   } else {
    $0_1 = ((1 << $7) - 1 & $6) << 32 - $7 | $0_1 >>> $7
   }
   HEAP8[$3 | 0] = $0_1;
   $3 = $15;
   $6 = $13;
   $5 = $1_1 - 8 & 48;
   $7 = $5 & 31;
   if (($5 & 63) >>> 0 >= 32) {
    $0_1 = $3 >>> $7 | 0
   } else {
    $0_1 = ((1 << $7) - 1 & $3) << 32 - $7 | $6 >>> $7
   }
   HEAP8[$9 | 0] = $0_1;
   $1_1 = $1_1 + 16 | 0;
   $4 = $4 + 2 | 0;
   if (($4 | 0) != 32) {
    continue
   }
   break;
  };
  global$0 = $16 + 224 | 0;
 }
 
 function $2() {
  return 5247360;
 }
 
 function __wasm_i64_mul($0_1, $1_1, $2_1, $3) {
  var $4 = 0, $5 = 0;
  $4 = $2_1 >>> 16 | 0;
  $5 = $0_1 >>> 16 | 0;
  $1_1 = (Math_imul($4, $5) + Math_imul($1_1, $2_1) | 0) + Math_imul($0_1, $3) | 0;
  $2_1 = $2_1 & 65535;
  $0_1 = $0_1 & 65535;
  $3 = Math_imul($2_1, $0_1);
  $2_1 = ($3 >>> 16 | 0) + Math_imul($2_1, $5) | 0;
  $1_1 = $1_1 + ($2_1 >>> 16 | 0) | 0;
  $2_1 = Math_imul($0_1, $4) + ($2_1 & 65535) | 0;
  i64toi32_i32$HIGH_BITS = $1_1 + ($2_1 >>> 16 | 0) | 0;
  return $3 & 65535 | $2_1 << 16;
 }
 
 function __wasm_rotl_i64($0_1, $1_1, $2_1) {
  var $3 = 0, $4 = 0, $5 = 0, $6 = 0, $7 = 0, $8 = 0;
  $8 = $2_1 & 63;
  $5 = $8;
  $4 = $5 & 31;
  if (($5 & 63) >>> 0 >= 32) {
   $6 = -1 >>> $4 | 0
  } else {
   $3 = -1 >>> $4 | 0;
   $6 = (1 << $4) - 1 << 32 - $4 | -1 >>> $4;
  }
  $7 = $1_1 & $3;
  $3 = $0_1 & $6;
  $4 = $8 & 31;
  if (($5 & 63) >>> 0 >= 32) {
   $6 = $3 << $4;
   $8 = 0;
  } else {
   $6 = (1 << $4) - 1 & $3 >>> 32 - $4 | $7 << $4;
   $8 = $3 << $4;
  }
  $4 = $6;
  $2_1 = 0 - $2_1 & 63;
  $5 = $2_1;
  $3 = $5 & 31;
  if (($5 & 63) >>> 0 >= 32) {
   $6 = -1 << $3;
   $7 = 0;
  } else {
   $6 = (1 << $3) - 1 & -1 >>> 32 - $3 | -1 << $3;
   $7 = -1 << $3;
  }
  $1_1 = $1_1 & $6;
  $6 = $0_1 & $7;
  $3 = $2_1 & 31;
  if (($5 & 63) >>> 0 >= 32) {
   $7 = 0;
   $5 = $1_1 >>> $3 | 0;
  } else {
   $7 = $1_1 >>> $3 | 0;
   $5 = ((1 << $3) - 1 & $1_1) << 32 - $3 | $6 >>> $3;
  }
  i64toi32_i32$HIGH_BITS = $4 | $7;
  return $5 | $8;
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
