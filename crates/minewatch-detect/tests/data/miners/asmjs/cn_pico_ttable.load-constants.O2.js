
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
  base64DecodeToExistingUint8Array(bufferView, 1376256, "oP///yAREACAERAAJBEQAIQREAAAAAAA///////////4////");
  base64DecodeToExistingUint8Array(bufferView, 1376303, "gAAA/P+MERQAiBEUAIQRFACAERQAAAABAPD/AQAAAAD/////AP//////////");
}

  function wasm2js_memory_fill(dest, value, size) {
    dest = dest >>> 0;
    size = size >>> 0;
    if (dest + size > bufferView.length) throw "trap: invalid memory.fill";
    bufferView.fill(value, dest, dest + size);
  }
      
function asmFunc(imports) {
 var buffer = new ArrayBuffer(1441792);
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
  var $1_1 = 0, $2_1 = 0, $3 = 0, $4 = 0, $5 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10 = 0, $11 = 0, $12 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19 = 0, $20 = 0, $21 = 0, $22 = 0, $23 = 0, $24 = 0, $25 = 0, $26 = 0, $27 = 0, $28 = 0, $29 = 0, $30 = 0, $31 = 0, $32 = 0, $33 = 0, $34 = 0, $35 = 0, $36 = 0, $37 = 0, $38 = 0, $39 = 0, $40 = 0, $41 = 0, $42 = 0, $43 = 0, $44 = 0, $45 = 0, $46 = 0, $47 = 0, $48 = 0, $49 = 0, $50 = 0, $51 = 0, $52 = 0, $53 = 0, $54 = 0, $55 = 0, $56 = 0, $57 = 0, $58 = 0, $59 = 0, wasm2js_i32$0 = 0, wasm2js_i32$1 = 0;
  $31 = HEAP32[$0_1 + 32 >> 2];
  $32 = HEAP32[$0_1 + 36 >> 2];
  $33 = HEAP32[$0_1 + 24 >> 2];
  $34 = HEAP32[$0_1 + 28 >> 2];
  $35 = HEAP32[$0_1 + 56 >> 2];
  $36 = HEAP32[$0_1 + 60 >> 2];
  $37 = HEAP32[$0_1 + 16 >> 2];
  $38 = HEAP32[$0_1 + 20 >> 2];
  $22 = HEAP32[$0_1 + 48 >> 2];
  $23 = HEAP32[$0_1 + 52 >> 2];
  $18 = HEAP32[$0_1 + 40 >> 2];
  $24 = HEAP32[$0_1 + 44 >> 2];
  $6 = HEAP32[$0_1 + 192 >> 2];
  $7 = HEAP32[$0_1 + 196 >> 2];
  $12 = HEAP32[$0_1 + 152 >> 2];
  $13 = HEAP32[$0_1 + 156 >> 2];
  $19 = HEAP32[$0_1 + 112 >> 2];
  $20 = HEAP32[$0_1 + 116 >> 2];
  $39 = HEAP32[$0_1 + 72 >> 2];
  $40 = HEAP32[$0_1 + 76 >> 2];
  $14 = HEAP32[$0_1 + 184 >> 2];
  $10 = HEAP32[$0_1 + 188 >> 2];
  $41 = HEAP32[$0_1 + 144 >> 2];
  $42 = HEAP32[$0_1 + 148 >> 2];
  $43 = HEAP32[$0_1 + 104 >> 2];
  $44 = HEAP32[$0_1 + 108 >> 2];
  $45 = HEAP32[$0_1 + 64 >> 2];
  $46 = HEAP32[$0_1 + 68 >> 2];
  $15 = HEAP32[$0_1 + 176 >> 2];
  $8 = HEAP32[$0_1 + 180 >> 2];
  $47 = HEAP32[$0_1 + 136 >> 2];
  $48 = HEAP32[$0_1 + 140 >> 2];
  $49 = HEAP32[$0_1 + 96 >> 2];
  $50 = HEAP32[$0_1 + 100 >> 2];
  $3 = HEAP32[$0_1 + 168 >> 2];
  $2_1 = HEAP32[$0_1 + 172 >> 2];
  $51 = HEAP32[$0_1 + 128 >> 2];
  $52 = HEAP32[$0_1 + 132 >> 2];
  $53 = HEAP32[$0_1 + 88 >> 2];
  $54 = HEAP32[$0_1 + 92 >> 2];
  $11 = HEAP32[$0_1 + 160 >> 2];
  $9 = HEAP32[$0_1 + 164 >> 2];
  $55 = HEAP32[$0_1 + 120 >> 2];
  $56 = HEAP32[$0_1 + 124 >> 2];
  $57 = HEAP32[$0_1 + 80 >> 2];
  $58 = HEAP32[$0_1 + 84 >> 2];
  $21 = HEAP32[$0_1 >> 2];
  $16 = HEAP32[$0_1 + 4 >> 2];
  while (1) {
   $25 = HEAP32[$0_1 + 8 >> 2];
   $26 = $25 ^ ($53 ^ ($51 ^ ($3 ^ $22)));
   $27 = HEAP32[$0_1 + 12 >> 2];
   $28 = $27 ^ ($52 ^ ($2_1 ^ $23) ^ $54);
   $17 = __wasm_rotl_i64($26, $28, 1);
   $29 = $39 ^ ($19 ^ ($12 ^ ($6 ^ $31)));
   $30 = $40 ^ ($7 ^ $32 ^ $13 ^ $20);
   $5 = $30 ^ i64toi32_i32$HIGH_BITS;
   $1_1 = $5;
   $4 = $17 ^ $29;
   HEAP32[$0_1 + 160 >> 2] = $11 ^ $4;
   HEAP32[$0_1 + 164 >> 2] = $1_1 ^ $9;
   HEAP32[$0_1 + 120 >> 2] = $4 ^ $55;
   HEAP32[$0_1 + 124 >> 2] = $1_1 ^ $56;
   HEAP32[$0_1 + 80 >> 2] = $4 ^ $57;
   HEAP32[$0_1 + 84 >> 2] = $1_1 ^ $58;
   HEAP32[$0_1 + 40 >> 2] = $4 ^ $18;
   HEAP32[$0_1 + 44 >> 2] = $1_1 ^ $24;
   HEAP32[$0_1 >> 2] = $4 ^ $21;
   HEAP32[$0_1 + 4 >> 2] = $1_1 ^ $16;
   $1_1 = $58 ^ ($9 ^ $24 ^ $56);
   $18 = $21 ^ ($57 ^ ($55 ^ ($11 ^ $18)));
   $24 = $1_1 ^ $16;
   $4 = $24;
   $11 = $49 ^ ($47 ^ ($15 ^ ($35 ^ $37)));
   $9 = $8 ^ ($36 ^ $38) ^ $48 ^ $50;
   $16 = __wasm_rotl_i64($11, $9, 1);
   $5 = i64toi32_i32$HIGH_BITS ^ $4;
   $1_1 = $5;
   $4 = $16 ^ $18;
   HEAP32[$0_1 + 168 >> 2] = $3 ^ $4;
   HEAP32[$0_1 + 172 >> 2] = $1_1 ^ $2_1;
   HEAP32[$0_1 + 128 >> 2] = $4 ^ $51;
   HEAP32[$0_1 + 132 >> 2] = $1_1 ^ $52;
   HEAP32[$0_1 + 88 >> 2] = $4 ^ $53;
   HEAP32[$0_1 + 92 >> 2] = $1_1 ^ $54;
   HEAP32[$0_1 + 48 >> 2] = $4 ^ $22;
   HEAP32[$0_1 + 52 >> 2] = $1_1 ^ $23;
   $4 = $4 ^ $25;
   HEAP32[$0_1 + 8 >> 2] = $4;
   $5 = $1_1 ^ $27;
   HEAP32[$0_1 + 12 >> 2] = $5;
   $22 = $45 ^ ($43 ^ ($41 ^ ($14 ^ $33)));
   $23 = $46 ^ ($10 ^ $34 ^ $42 ^ $44);
   $3 = __wasm_rotl_i64($22, $23, 1) ^ $26;
   HEAP32[$0_1 + 176 >> 2] = $15 ^ $3;
   $2_1 = $28 ^ i64toi32_i32$HIGH_BITS;
   HEAP32[$0_1 + 180 >> 2] = $2_1 ^ $8;
   HEAP32[$0_1 + 136 >> 2] = $3 ^ $47;
   HEAP32[$0_1 + 140 >> 2] = $2_1 ^ $48;
   HEAP32[$0_1 + 96 >> 2] = $3 ^ $49;
   HEAP32[$0_1 + 100 >> 2] = $2_1 ^ $50;
   HEAP32[$0_1 + 56 >> 2] = $3 ^ $35;
   HEAP32[$0_1 + 60 >> 2] = $2_1 ^ $36;
   HEAP32[$0_1 + 16 >> 2] = $3 ^ $37;
   HEAP32[$0_1 + 20 >> 2] = $2_1 ^ $38;
   $3 = __wasm_rotl_i64($29, $30, 1) ^ $11;
   HEAP32[$0_1 + 184 >> 2] = $14 ^ $3;
   $2_1 = $9 ^ i64toi32_i32$HIGH_BITS;
   HEAP32[$0_1 + 188 >> 2] = $2_1 ^ $10;
   HEAP32[$0_1 + 144 >> 2] = $3 ^ $41;
   HEAP32[$0_1 + 148 >> 2] = $2_1 ^ $42;
   HEAP32[$0_1 + 104 >> 2] = $3 ^ $43;
   HEAP32[$0_1 + 108 >> 2] = $2_1 ^ $44;
   HEAP32[$0_1 + 64 >> 2] = $3 ^ $45;
   HEAP32[$0_1 + 68 >> 2] = $2_1 ^ $46;
   HEAP32[$0_1 + 24 >> 2] = $3 ^ $33;
   HEAP32[$0_1 + 28 >> 2] = $2_1 ^ $34;
   $3 = __wasm_rotl_i64($18, $24, 1) ^ $22;
   HEAP32[$0_1 + 192 >> 2] = $6 ^ $3;
   $2_1 = i64toi32_i32$HIGH_BITS ^ $23;
   HEAP32[$0_1 + 196 >> 2] = $2_1 ^ $7;
   HEAP32[$0_1 + 152 >> 2] = $3 ^ $12;
   HEAP32[$0_1 + 156 >> 2] = $2_1 ^ $13;
   HEAP32[$0_1 + 112 >> 2] = $3 ^ $19;
   HEAP32[$0_1 + 116 >> 2] = $2_1 ^ $20;
   HEAP32[$0_1 + 72 >> 2] = $3 ^ $39;
   HEAP32[$0_1 + 76 >> 2] = $2_1 ^ $40;
   HEAP32[$0_1 + 32 >> 2] = $3 ^ $31;
   HEAP32[$0_1 + 36 >> 2] = $2_1 ^ $32;
   $6 = HEAP32[344064];
   while (1) {
    $1_1 = (HEAP32[HEAP32[344065] + $6 >> 2] << 3) + $0_1 | 0;
    $3 = HEAP32[$1_1 >> 2];
    $2_1 = HEAP32[$1_1 + 4 >> 2];
    (wasm2js_i32$0 = $1_1, wasm2js_i32$1 = __wasm_rotl_i64($4, $5, HEAP32[HEAP32[344066] + $6 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    HEAP32[$1_1 + 4 >> 2] = i64toi32_i32$HIGH_BITS;
    $1_1 = (HEAP32[HEAP32[344067] + $6 >> 2] << 3) + $0_1 | 0;
    $4 = HEAP32[$1_1 >> 2];
    $5 = HEAP32[$1_1 + 4 >> 2];
    (wasm2js_i32$0 = $1_1, wasm2js_i32$1 = __wasm_rotl_i64($3, $2_1, HEAP32[HEAP32[344068] + $6 >> 2])), HEAP32[wasm2js_i32$0 >> 2] = wasm2js_i32$1;
    HEAP32[$1_1 + 4 >> 2] = i64toi32_i32$HIGH_BITS;
    $6 = $6 + 8 | 0;
    if ($6) {
     continue
    }
    break;
   };
   $5 = HEAP32[$0_1 + 36 >> 2];
   $1_1 = 1376280;
   $8 = HEAP32[$1_1 >> 2];
   $16 = HEAP32[$0_1 + 12 >> 2];
   $27 = HEAP32[$0_1 + 4 >> 2];
   $1_1 = $16 & ($27 ^ HEAP32[$1_1 + 4 >> 2]);
   $4 = HEAP32[$0_1 + 32 >> 2];
   $21 = HEAP32[$0_1 + 8 >> 2];
   $25 = HEAP32[$0_1 >> 2];
   $31 = $4 ^ $21 & ($8 ^ $25);
   HEAP32[$0_1 + 32 >> 2] = $31;
   $32 = $1_1 ^ $5;
   HEAP32[$0_1 + 36 >> 2] = $32;
   $1_1 = 1376280;
   $6 = (HEAP32[$1_1 >> 2] ^ $4) & $25;
   $7 = $27 & (HEAP32[$1_1 + 4 >> 2] ^ $5);
   $2_1 = HEAP32[$0_1 + 28 >> 2];
   $1_1 = $2_1;
   $3 = HEAP32[$0_1 + 24 >> 2];
   $33 = $3 ^ $6;
   HEAP32[$0_1 + 24 >> 2] = $33;
   $34 = $1_1 ^ $7;
   HEAP32[$0_1 + 28 >> 2] = $34;
   $1_1 = 1376280;
   $4 = (HEAP32[$1_1 >> 2] ^ $3) & $4;
   $5 = ($2_1 ^ HEAP32[$1_1 + 4 >> 2]) & $5;
   $28 = HEAP32[$0_1 + 20 >> 2];
   $1_1 = $28;
   $26 = HEAP32[$0_1 + 16 >> 2];
   $37 = $26 ^ $4;
   HEAP32[$0_1 + 16 >> 2] = $37;
   $38 = $1_1 ^ $5;
   HEAP32[$0_1 + 20 >> 2] = $38;
   $1_1 = 1376280;
   $5 = HEAP32[$1_1 >> 2];
   $1_1 = (HEAP32[$1_1 + 4 >> 2] ^ $28) & $2_1;
   HEAP32[$0_1 + 8 >> 2] = ($5 ^ $26) & $3 ^ $21;
   HEAP32[$0_1 + 12 >> 2] = $1_1 ^ $16;
   $4 = HEAP32[$0_1 + 56 >> 2];
   $3 = HEAP32[$0_1 + 48 >> 2];
   $1_1 = 1376280;
   $10 = $4 & ($3 ^ HEAP32[$1_1 >> 2]);
   $5 = HEAP32[$0_1 + 60 >> 2];
   $2_1 = HEAP32[$0_1 + 52 >> 2];
   $8 = $5 & ($2_1 ^ HEAP32[$1_1 + 4 >> 2]);
   $7 = HEAP32[$0_1 + 44 >> 2];
   $1_1 = $7;
   $6 = HEAP32[$0_1 + 40 >> 2];
   $18 = $6 ^ $10;
   HEAP32[$0_1 + 40 >> 2] = $18;
   $24 = $1_1 ^ $8;
   HEAP32[$0_1 + 44 >> 2] = $24;
   $1_1 = 1376280;
   $9 = HEAP32[$1_1 >> 2];
   $13 = HEAP32[$0_1 + 68 >> 2];
   $1_1 = $13 & ($5 ^ HEAP32[$1_1 + 4 >> 2]);
   $12 = HEAP32[$0_1 + 64 >> 2];
   $22 = $12 & ($4 ^ $9) ^ $3;
   HEAP32[$0_1 + 48 >> 2] = $22;
   $23 = $1_1 ^ $2_1;
   HEAP32[$0_1 + 52 >> 2] = $23;
   $1_1 = 1376280;
   $9 = HEAP32[$1_1 >> 2];
   $20 = HEAP32[$0_1 + 76 >> 2];
   $1_1 = $20 & ($13 ^ HEAP32[$1_1 + 4 >> 2]);
   $19 = HEAP32[$0_1 + 72 >> 2];
   $35 = $19 & ($9 ^ $12) ^ $4;
   HEAP32[$0_1 + 56 >> 2] = $35;
   $36 = $1_1 ^ $5;
   HEAP32[$0_1 + 60 >> 2] = $36;
   $1_1 = 1376280;
   $5 = HEAP32[$1_1 >> 2];
   $1_1 = $7 & (HEAP32[$1_1 + 4 >> 2] ^ $20);
   $45 = ($5 ^ $19) & $6 ^ $12;
   HEAP32[$0_1 + 64 >> 2] = $45;
   $46 = $1_1 ^ $13;
   HEAP32[$0_1 + 68 >> 2] = $46;
   $1_1 = 1376280;
   $5 = HEAP32[$1_1 >> 2];
   $1_1 = ($7 ^ HEAP32[$1_1 + 4 >> 2]) & $2_1;
   $39 = ($5 ^ $6) & $3 ^ $19;
   HEAP32[$0_1 + 72 >> 2] = $39;
   $40 = $1_1 ^ $20;
   HEAP32[$0_1 + 76 >> 2] = $40;
   $4 = HEAP32[$0_1 + 96 >> 2];
   $5 = HEAP32[$0_1 + 100 >> 2];
   $3 = HEAP32[$0_1 + 104 >> 2];
   $2_1 = HEAP32[$0_1 + 108 >> 2];
   $7 = HEAP32[$0_1 + 116 >> 2];
   $1_1 = 1376280;
   $11 = HEAP32[$1_1 >> 2];
   $13 = HEAP32[$0_1 + 92 >> 2];
   $10 = HEAP32[$0_1 + 84 >> 2];
   $1_1 = $13 & ($10 ^ HEAP32[$1_1 + 4 >> 2]);
   $6 = HEAP32[$0_1 + 112 >> 2];
   $12 = HEAP32[$0_1 + 88 >> 2];
   $14 = HEAP32[$0_1 + 80 >> 2];
   $19 = $6 ^ $12 & ($11 ^ $14);
   HEAP32[$0_1 + 112 >> 2] = $19;
   $20 = $1_1 ^ $7;
   HEAP32[$0_1 + 116 >> 2] = $20;
   $1_1 = 1376280;
   $8 = HEAP32[$1_1 >> 2];
   $1_1 = $10 & (HEAP32[$1_1 + 4 >> 2] ^ $7);
   $43 = ($6 ^ $8) & $14 ^ $3;
   HEAP32[$0_1 + 104 >> 2] = $43;
   $44 = $1_1 ^ $2_1;
   HEAP32[$0_1 + 108 >> 2] = $44;
   $1_1 = 1376280;
   $8 = HEAP32[$1_1 >> 2];
   $1_1 = ($2_1 ^ HEAP32[$1_1 + 4 >> 2]) & $7;
   $49 = ($3 ^ $8) & $6 ^ $4;
   HEAP32[$0_1 + 96 >> 2] = $49;
   $50 = $1_1 ^ $5;
   HEAP32[$0_1 + 100 >> 2] = $50;
   $1_1 = 1376280;
   $7 = HEAP32[$1_1 >> 2];
   $1_1 = $2_1 & (HEAP32[$1_1 + 4 >> 2] ^ $5);
   $53 = ($4 ^ $7) & $3 ^ $12;
   HEAP32[$0_1 + 88 >> 2] = $53;
   $54 = $1_1 ^ $13;
   HEAP32[$0_1 + 92 >> 2] = $54;
   $1_1 = 1376280;
   $2_1 = HEAP32[$1_1 >> 2];
   $1_1 = ($13 ^ HEAP32[$1_1 + 4 >> 2]) & $5;
   $57 = ($2_1 ^ $12) & $4 ^ $14;
   HEAP32[$0_1 + 80 >> 2] = $57;
   $58 = $1_1 ^ $10;
   HEAP32[$0_1 + 84 >> 2] = $58;
   $4 = HEAP32[$0_1 + 136 >> 2];
   $5 = HEAP32[$0_1 + 140 >> 2];
   $3 = HEAP32[$0_1 + 144 >> 2];
   $2_1 = HEAP32[$0_1 + 148 >> 2];
   $7 = HEAP32[$0_1 + 156 >> 2];
   $1_1 = 1376280;
   $11 = HEAP32[$1_1 >> 2];
   $10 = HEAP32[$0_1 + 132 >> 2];
   $8 = HEAP32[$0_1 + 124 >> 2];
   $1_1 = $10 & ($8 ^ HEAP32[$1_1 + 4 >> 2]);
   $6 = HEAP32[$0_1 + 152 >> 2];
   $14 = HEAP32[$0_1 + 128 >> 2];
   $15 = HEAP32[$0_1 + 120 >> 2];
   $12 = $6 ^ $14 & ($11 ^ $15);
   HEAP32[$0_1 + 152 >> 2] = $12;
   $13 = $1_1 ^ $7;
   HEAP32[$0_1 + 156 >> 2] = $13;
   $1_1 = 1376280;
   $9 = HEAP32[$1_1 >> 2];
   $1_1 = $8 & (HEAP32[$1_1 + 4 >> 2] ^ $7);
   $41 = ($6 ^ $9) & $15 ^ $3;
   HEAP32[$0_1 + 144 >> 2] = $41;
   $42 = $1_1 ^ $2_1;
   HEAP32[$0_1 + 148 >> 2] = $42;
   $1_1 = 1376280;
   $9 = HEAP32[$1_1 >> 2];
   $1_1 = ($2_1 ^ HEAP32[$1_1 + 4 >> 2]) & $7;
   $47 = ($3 ^ $9) & $6 ^ $4;
   HEAP32[$0_1 + 136 >> 2] = $47;
   $48 = $1_1 ^ $5;
   HEAP32[$0_1 + 140 >> 2] = $48;
   $1_1 = 1376280;
   $7 = HEAP32[$1_1 >> 2];
   $1_1 = $2_1 & (HEAP32[$1_1 + 4 >> 2] ^ $5);
   $51 = ($4 ^ $7) & $3 ^ $14;
   HEAP32[$0_1 + 128 >> 2] = $51;
   $52 = $1_1 ^ $10;
   HEAP32[$0_1 + 132 >> 2] = $52;
   $1_1 = 1376280;
   $2_1 = HEAP32[$1_1 >> 2];
   $1_1 = ($10 ^ HEAP32[$1_1 + 4 >> 2]) & $5;
   $55 = ($2_1 ^ $14) & $4 ^ $15;
   HEAP32[$0_1 + 120 >> 2] = $55;
   $56 = $1_1 ^ $8;
   HEAP32[$0_1 + 124 >> 2] = $56;
   $4 = HEAP32[$0_1 + 176 >> 2];
   $5 = HEAP32[$0_1 + 180 >> 2];
   $3 = HEAP32[$0_1 + 184 >> 2];
   $2_1 = HEAP32[$0_1 + 188 >> 2];
   $8 = HEAP32[$0_1 + 196 >> 2];
   $1_1 = 1376280;
   $17 = HEAP32[$1_1 >> 2];
   $9 = HEAP32[$0_1 + 172 >> 2];
   $30 = HEAP32[$0_1 + 164 >> 2];
   $1_1 = $9 & ($30 ^ HEAP32[$1_1 + 4 >> 2]);
   $15 = HEAP32[$0_1 + 192 >> 2];
   $11 = HEAP32[$0_1 + 168 >> 2];
   $29 = HEAP32[$0_1 + 160 >> 2];
   $6 = $15 ^ $11 & ($17 ^ $29);
   HEAP32[$0_1 + 192 >> 2] = $6;
   $7 = $1_1 ^ $8;
   HEAP32[$0_1 + 196 >> 2] = $7;
   $1_1 = 1376280;
   $10 = HEAP32[$1_1 >> 2];
   $1_1 = $30 & (HEAP32[$1_1 + 4 >> 2] ^ $8);
   $14 = ($10 ^ $15) & $29 ^ $3;
   HEAP32[$0_1 + 184 >> 2] = $14;
   $10 = $1_1 ^ $2_1;
   HEAP32[$0_1 + 188 >> 2] = $10;
   $1_1 = 1376280;
   $17 = HEAP32[$1_1 >> 2];
   $1_1 = ($2_1 ^ HEAP32[$1_1 + 4 >> 2]) & $8;
   $15 = ($3 ^ $17) & $15 ^ $4;
   HEAP32[$0_1 + 176 >> 2] = $15;
   $8 = $1_1 ^ $5;
   HEAP32[$0_1 + 180 >> 2] = $8;
   $1_1 = 1376280;
   $17 = HEAP32[$1_1 >> 2];
   $1_1 = $2_1 & (HEAP32[$1_1 + 4 >> 2] ^ $5);
   $3 = ($4 ^ $17) & $3 ^ $11;
   HEAP32[$0_1 + 168 >> 2] = $3;
   $2_1 = $1_1 ^ $9;
   HEAP32[$0_1 + 172 >> 2] = $2_1;
   $1_1 = 1376280;
   $17 = HEAP32[$1_1 >> 2];
   $1_1 = ($9 ^ HEAP32[$1_1 + 4 >> 2]) & $5;
   $11 = ($11 ^ $17) & $4 ^ $29;
   HEAP32[$0_1 + 160 >> 2] = $11;
   $9 = $1_1 ^ $30;
   HEAP32[$0_1 + 164 >> 2] = $9;
   $1_1 = 1376280;
   $4 = (HEAP32[$1_1 >> 2] ^ $21) & $26;
   $5 = $28 & (HEAP32[$1_1 + 4 >> 2] ^ $16);
   $1_1 = $59;
   $16 = HEAP32[$1_1 + 1052672 >> 2];
   $1_1 = HEAP32[$1_1 + 1052676 >> 2] ^ $5;
   $21 = $4 ^ $16 ^ $25;
   HEAP32[$0_1 >> 2] = $21;
   $16 = $1_1 ^ $27;
   HEAP32[$0_1 + 4 >> 2] = $16;
   $59 = $59 + 8 | 0;
   if (($59 | 0) != 192) {
    continue
   }
   break;
  };
 }
 
 function $1($0_1, $1_1, $2_1) {
  $0_1 = $0_1 | 0;
  $1_1 = $1_1 | 0;
  $2_1 = $2_1 | 0;
  var $3 = 0, $4 = 0, $5 = 0, $6 = 0, $7 = 0, $8 = 0, $9 = 0, $10 = 0, $11 = 0, $12 = 0, $13 = 0, $14 = 0, $15 = 0, $16 = 0, $17 = 0, $18 = 0, $19 = 0, $20 = 0, $21 = 0, $22 = 0, $23 = 0, $24 = 0, $25 = 0;
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
    $13 = $12 & 254;
    $1_1 = 0;
    while (1) {
     $7 = ($16 + 24 | 0) + (HEAP32[344072] & $5) | 0;
     $14 = $7;
     $11 = $0_1 + $5 | 0;
     $6 = HEAPU8[$11 + 1 | 0];
     $10 = $1_1 & 48;
     $8 = $10 | 8;
     $9 = $8 & 31;
     if (($8 & 63) >>> 0 >= 32) {
      $3 = $6 << $9;
      $17 = 0;
     } else {
      $3 = (1 << $9) - 1 & $6 >>> 32 - $9;
      $17 = $6 << $9;
     }
     $15 = $3;
     $4 = HEAPU8[$11 | 0];
     $8 = $10;
     $9 = $8 & 31;
     if (($8 & 63) >>> 0 >= 32) {
      $3 = $4 << $9;
      $4 = 0;
     } else {
      $3 = (1 << $9) - 1 & $4 >>> 32 - $9;
      $4 = $4 << $9;
     }
     $6 = $7;
     $8 = HEAP32[$6 >> 2];
     $6 = $3 ^ HEAP32[$6 + 4 >> 2];
     $3 = $4 ^ $8 ^ $17;
     $4 = $14;
     HEAP32[$4 >> 2] = $3;
     HEAP32[$4 + 4 >> 2] = $6 ^ $15;
     $1_1 = $1_1 + 16 | 0;
     $5 = $5 + 2 | 0;
     if (($5 | 0) != ($13 | 0)) {
      continue
     }
     break;
    };
    if (!$18) {
     break block
    }
    $0_1 = $0_1 + $5 | 0;
   }
   $1_1 = ($16 + 24 | 0) + (HEAP32[344072] & $5) | 0;
   $3 = HEAPU8[$0_1 | 0];
   $8 = $5 << 3;
   $9 = $8 & 31;
   if (($8 & 63) >>> 0 >= 32) {
    $6 = $3 << $9;
    $0_1 = 0;
   } else {
    $6 = (1 << $9) - 1 & $3 >>> 32 - $9;
    $0_1 = $3 << $9;
   }
   $3 = HEAP32[$1_1 + 4 >> 2];
   HEAP32[$1_1 >> 2] = HEAP32[$1_1 >> 2] ^ $0_1;
   HEAP32[$1_1 + 4 >> 2] = $3 ^ $6;
  }
  $5 = ($16 + 24 | 0) + (HEAP32[344072] & $12) | 0;
  $3 = $5;
  $1_1 = HEAP32[$3 >> 2];
  $15 = HEAP32[$3 + 4 >> 2];
  $8 = $12 << 3;
  $9 = $8 & 31;
  $4 = $3;
  if (($8 & 63) >>> 0 >= 32) {
   $6 = 1 << $9;
   $0_1 = 0;
  } else {
   $6 = (1 << $9) - 1 & 1 >>> 32 - $9;
   $0_1 = 1 << $9;
  }
  HEAP32[$3 >> 2] = $0_1 ^ $1_1;
  HEAP32[$4 + 4 >> 2] = $6 ^ $15;
  $6 = $16;
  $0_1 = HEAP32[$6 + 152 >> 2];
  $3 = HEAP32[$6 + 156 >> 2];
  $4 = HEAP32[344075];
  HEAP32[$6 + 152 >> 2] = HEAP32[344074] ^ $0_1;
  HEAP32[$6 + 156 >> 2] = $3 ^ $4;
  $0($6 + 24 | 0);
  $3 = $6;
  $14 = HEAP32[$3 + 48 >> 2];
  $1_1 = HEAP32[$3 + 52 >> 2];
  $22 = HEAP32[$3 + 32 >> 2];
  $3 = HEAP32[$3 + 36 >> 2];
  $24 = $3;
  $18 = $3;
  $3 = $6;
  $17 = HEAP32[$3 + 40 >> 2];
  $7 = HEAP32[$3 + 44 >> 2];
  $23 = HEAP32[$3 + 24 >> 2];
  $3 = HEAP32[$3 + 28 >> 2];
  $25 = $3;
  $6 = $3;
  $11 = $14;
  $19 = $22;
  $10 = $17;
  $17 = $23;
  $5 = HEAP32[344076];
  while (1) {
   $3 = HEAP32[344077] + $5 | 0;
   $0_1 = HEAP32[($11 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($7 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($1_1 & 255) << 2) + 1048576 >> 2] ^ ($18 ^ HEAP32[($10 >>> 6 & 1020) + 1049600 >> 2])));
   HEAP8[$3 | 0] = $0_1;
   HEAP8[$3 + 1 | 0] = $0_1 >>> 8;
   HEAP8[$3 + 2 | 0] = $0_1 >>> 16;
   HEAP8[$3 + 3 | 0] = $0_1 >>> 24;
   $3 = HEAP32[344078] + $5 | 0;
   $13 = HEAP32[($7 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($10 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($11 & 255) << 2) + 1048576 >> 2] ^ ($19 ^ HEAP32[($1_1 >>> 6 & 1020) + 1049600 >> 2])));
   $4 = $13;
   HEAP8[$3 | 0] = $4;
   HEAP8[$3 + 1 | 0] = $4 >>> 8;
   HEAP8[$3 + 2 | 0] = $4 >>> 16;
   HEAP8[$3 + 3 | 0] = $4 >>> 24;
   $3 = HEAP32[344079] + $5 | 0;
   $12 = HEAP32[($10 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($1_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($7 & 255) << 2) + 1048576 >> 2] ^ ($6 ^ HEAP32[($11 >>> 6 & 1020) + 1049600 >> 2])));
   $4 = $12;
   HEAP8[$3 | 0] = $4;
   HEAP8[$3 + 1 | 0] = $4 >>> 8;
   HEAP8[$3 + 2 | 0] = $4 >>> 16;
   HEAP8[$3 + 3 | 0] = $4 >>> 24;
   $3 = HEAP32[344080] + $5 | 0;
   $10 = HEAP32[($1_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($11 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($10 & 255) << 2) + 1048576 >> 2] ^ ($17 ^ HEAP32[($7 >>> 6 & 1020) + 1049600 >> 2])));
   $1_1 = $10;
   HEAP8[$3 | 0] = $1_1;
   HEAP8[$3 + 1 | 0] = $1_1 >>> 8;
   HEAP8[$3 + 2 | 0] = $1_1 >>> 16;
   HEAP8[$3 + 3 | 0] = $1_1 >>> 24;
   $7 = $4;
   $11 = $13;
   $1_1 = $0_1;
   $5 = $5 + 16 | 0;
   if ($5) {
    continue
   }
   break;
  };
  $3 = $16;
  $14 = HEAP32[$3 + 80 >> 2] ^ HEAP32[$3 + 64 >> 2];
  $15 = HEAP32[$3 + 84 >> 2] ^ HEAP32[$3 + 68 >> 2];
  $1_1 = HEAP32[$3 + 72 >> 2] ^ HEAP32[$3 + 56 >> 2];
  $0_1 = HEAP32[$3 + 60 >> 2] ^ HEAP32[$3 + 76 >> 2];
  $19 = HEAP32[344081];
  $20 = HEAP32[$3 + 88 >> 2];
  $21 = HEAP32[$3 + 92 >> 2];
  while (1) {
   $8 = $0_1;
   $17 = $1_1;
   $5 = $1_1 & HEAP32[344082];
   $0_1 = HEAPU8[$5 + 1053064 | 0] | HEAPU8[$5 + 1053065 | 0] << 8 | (HEAPU8[$5 + 1053066 | 0] << 16 | HEAPU8[$5 + 1053067 | 0] << 24);
   $10 = HEAPU8[$5 + 1053060 | 0] | HEAPU8[$5 + 1053061 | 0] << 8 | (HEAPU8[$5 + 1053062 | 0] << 16 | HEAPU8[$5 + 1053063 | 0] << 24);
   $11 = HEAPU8[$5 + 1053056 | 0] | HEAPU8[$5 + 1053057 | 0] << 8 | (HEAPU8[$5 + 1053058 | 0] << 16 | HEAPU8[$5 + 1053059 | 0] << 24);
   $4 = $15;
   $1_1 = HEAPU8[$5 + 1053068 | 0] | HEAPU8[$5 + 1053069 | 0] << 8 | (HEAPU8[$5 + 1053070 | 0] << 16 | HEAPU8[$5 + 1053071 | 0] << 24);
   $13 = HEAP32[($0_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($10 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[($11 >>> 6 & 1020) + 1049600 >> 2] ^ ($4 ^ HEAP32[(($1_1 & 255) << 2) + 1048576 >> 2])));
   HEAP8[$5 + 1053068 | 0] = $13 ^ $4;
   $6 = $14;
   $12 = HEAP32[($10 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($11 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[($1_1 >>> 6 & 1020) + 1049600 >> 2] ^ ($6 ^ HEAP32[(($0_1 & 255) << 2) + 1048576 >> 2])));
   HEAP8[$5 + 1053064 | 0] = $6 ^ $12;
   $7 = HEAP32[($11 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($1_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[($0_1 >>> 6 & 1020) + 1049600 >> 2] ^ (HEAP32[(($10 & 255) << 2) + 1048576 >> 2] ^ $8)));
   HEAP8[$5 + 1053060 | 0] = $4 ^ $7;
   $1_1 = $17 ^ (HEAP32[($1_1 >>> 22 & 1020) + 1051648 >> 2] ^ (HEAP32[($0_1 >>> 14 & 1020) + 1050624 >> 2] ^ (HEAP32[(($11 & 255) << 2) + 1048576 >> 2] ^ HEAP32[($10 >>> 6 & 1020) + 1049600 >> 2])));
   HEAP8[$5 + 1053056 | 0] = $6 ^ $1_1;
   $11 = $4 >>> 24 | 0;
   HEAP8[$5 + 1053071 | 0] = $11 ^ $13 >>> 24;
   $10 = $4 >>> 16 | 0;
   HEAP8[$5 + 1053070 | 0] = $10 ^ $13 >>> 16;
   $3 = $4;
   $0_1 = $3 >>> 8 | 0;
   HEAP8[$5 + 1053069 | 0] = $0_1 ^ $13 >>> 8;
   $6 = ($3 & 16777215) << 8;
   $3 = $14;
   $13 = $6 | $3 >>> 24;
   HEAP8[$5 + 1053067 | 0] = $13 ^ $12 >>> 24;
   $18 = ($4 & 65535) << 16 | $3 >>> 16;
   HEAP8[$5 + 1053066 | 0] = $18 ^ $12 >>> 16;
   $6 = $12 >>> 8 | 0;
   $12 = ($4 & 255) << 24 | $3 >>> 8;
   HEAP8[$5 + 1053065 | 0] = $6 ^ $12;
   HEAP8[$5 + 1053063 | 0] = $11 ^ $7 >>> 24;
   HEAP8[$5 + 1053062 | 0] = $10 ^ $7 >>> 16;
   HEAP8[$5 + 1053061 | 0] = $0_1 ^ $7 >>> 8;
   HEAP8[$5 + 1053059 | 0] = $13 ^ $1_1 >>> 24;
   HEAP8[$5 + 1053058 | 0] = $18 ^ $1_1 >>> 16;
   HEAP8[$5 + 1053057 | 0] = $12 ^ $1_1 >>> 8;
   $5 = HEAP32[344082] & $1_1;
   $3 = $5;
   $14 = HEAPU8[$3 + 1053056 | 0] | HEAPU8[$3 + 1053057 | 0] << 8 | (HEAPU8[$3 + 1053058 | 0] << 16 | HEAPU8[$3 + 1053059 | 0] << 24);
   $15 = HEAPU8[$3 + 1053060 | 0] | HEAPU8[$3 + 1053061 | 0] << 8 | (HEAPU8[$3 + 1053062 | 0] << 16 | HEAPU8[$3 + 1053063 | 0] << 24);
   $9 = HEAP32[344084] & $1_1 | $1_1 & HEAP32[344083];
   $13 = $9 & HEAP32[344086];
   $3 = $7;
   $6 = $3;
   $1_1 = $3 & HEAP32[344087];
   $10 = HEAP32[344086] & $14;
   $11 = $15 & HEAP32[344087];
   $12 = __wasm_i64_mul($13, $1_1, $10, $11);
   $18 = i64toi32_i32$HIGH_BITS;
   $10 = __wasm_i64_mul($3, 0, $10, $11);
   $0_1 = $10;
   $11 = i64toi32_i32$HIGH_BITS;
   $4 = __wasm_i64_mul($13, $1_1, $15, 0);
   $7 = $4 + $0_1 | 0;
   $13 = $7;
   $0_1 = $11 + i64toi32_i32$HIGH_BITS | 0;
   $1_1 = $4 >>> 0 > $7 >>> 0 ? $0_1 + 1 | 0 : $0_1;
   $3 = $12;
   $0_1 = $16;
   HEAP32[$0_1 >> 2] = $3;
   $7 = $7 + $18 | 0;
   HEAP32[$0_1 + 4 >> 2] = $7;
   $4 = __wasm_i64_mul($6, 0, $15, 0);
   $0_1 = $11;
   $3 = i64toi32_i32$HIGH_BITS + (($0_1 | 0) == ($1_1 | 0) & $13 >>> 0 < $10 >>> 0 | $0_1 >>> 0 > $1_1 >>> 0) | 0;
   $0_1 = $1_1;
   $1_1 = $1_1 + $4 | 0;
   $0_1 = $1_1 >>> 0 < $0_1 >>> 0 ? $3 + 1 | 0 : $3;
   $3 = $7;
   $4 = $18;
   $4 = ($3 | 0) == ($4 | 0) & $12 >>> 0 > $12 >>> 0 | $3 >>> 0 < $4 >>> 0;
   $7 = $1_1 + $4 | 0;
   $1_1 = $7 >>> 0 < $4 >>> 0 ? $0_1 + 1 | 0 : $0_1;
   $0_1 = $7;
   $3 = __wasm_i64_mul(0, 0, $14, $15);
   $7 = i64toi32_i32$HIGH_BITS;
   $4 = __wasm_i64_mul($9, $6, 0, 0);
   $7 = i64toi32_i32$HIGH_BITS + $7 | 0;
   $3 = $4 + $3 | 0;
   $7 = $4 >>> 0 > $3 >>> 0 ? $7 + 1 | 0 : $7;
   $4 = $3;
   $0_1 = $3 + $0_1 | 0;
   $3 = $1_1 + $7 | 0;
   $1_1 = $16;
   HEAP32[$1_1 + 8 >> 2] = $0_1;
   HEAP32[$1_1 + 12 >> 2] = $0_1 >>> 0 < $4 >>> 0 ? $3 + 1 | 0 : $3;
   $0_1 = HEAP32[$1_1 + 12 >> 2] + $8 | 0;
   $6 = $1_1;
   $4 = HEAP32[$1_1 + 8 >> 2];
   $9 = $4 + $17 | 0;
   $0_1 = $4 >>> 0 > $9 >>> 0 ? $0_1 + 1 | 0 : $0_1;
   $3 = $5;
   $1_1 = $9 ^ $14;
   HEAP8[$3 + 1053056 | 0] = $1_1;
   HEAP8[$3 + 1053057 | 0] = $1_1 >>> 8;
   HEAP8[$3 + 1053058 | 0] = $1_1 >>> 16;
   HEAP8[$3 + 1053059 | 0] = $1_1 >>> 24;
   $0_1 = $0_1 ^ $15;
   HEAP8[$3 + 1053060 | 0] = $0_1;
   HEAP8[$3 + 1053061 | 0] = $0_1 >>> 8;
   HEAP8[$3 + 1053062 | 0] = $0_1 >>> 16;
   HEAP8[$3 + 1053063 | 0] = $0_1 >>> 24;
   $20 = $20 ^ HEAP32[$6 >> 2];
   $21 = HEAP32[$6 + 4 >> 2] ^ $21;
   $14 = $17;
   $15 = $8;
   $19 = HEAP32[344085] + $19 | 0;
   if ($19) {
    continue
   }
   break;
  };
  HEAP32[$6 + 88 >> 2] = $20;
  HEAP32[$6 + 92 >> 2] = $21;
  $3 = $6;
  HEAP32[$3 + 32 >> 2] = $14 ^ $22;
  HEAP32[$3 + 36 >> 2] = $8 ^ $24;
  HEAP32[$3 + 24 >> 2] = $1_1 ^ $23;
  HEAP32[$3 + 28 >> 2] = $0_1 ^ $25;
  $0($3 + 24 | 0);
  $5 = 0;
  $1_1 = 8;
  while (1) {
   $0_1 = ($16 + 24 | 0) + (HEAP32[344072] & $5) | 0;
   $14 = HEAP32[$0_1 >> 2];
   $4 = $14;
   $15 = HEAP32[$0_1 + 4 >> 2];
   $6 = $15;
   $0_1 = $4;
   $4 = $1_1 & 56;
   $8 = $4 & 31;
   $7 = $2_1 + $5 | 0;
   $3 = $7 + 1 | 0;
   if (($4 & 63) >>> 0 >= 32) {
    $0_1 = $6 >>> $8 | 0
   } else {
    $0_1 = ((1 << $8) - 1 & $6) << 32 - $8 | $0_1 >>> $8
   }
   HEAP8[$3 | 0] = $0_1;
   $3 = $15;
   $6 = $14;
   $4 = HEAP32[344072] + $1_1 & 48;
   $8 = $4 & 31;
   if (($4 & 63) >>> 0 >= 32) {
    $0_1 = $3 >>> $8 | 0
   } else {
    $0_1 = ((1 << $8) - 1 & $3) << 32 - $8 | $6 >>> $8
   }
   HEAP8[$7 | 0] = $0_1;
   $1_1 = $1_1 + 16 | 0;
   $5 = $5 + 2 | 0;
   if (($5 | 0) != 32) {
    continue
   }
   break;
  };
  global$0 = $16 + 224 | 0;
 }
 
 function $2() {
  return HEAP32[344080];
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
