#!/usr/bin/env python3
"""Draws the extension's icons (a purple tile with a white pick head over a coin) as PNGs.

Usage: extension-icons.py OUTDIR. Standard library only (zlib, struct)."""

import math
import struct
import sys
import zlib


def png(size):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            u, v = (x + 0.5) / size, (y + 0.5) / size
            r = 0.18
            # Rounded square.
            dx, dy = max(abs(u - 0.5) - (0.5 - r), 0), max(abs(v - 0.5) - (0.5 - r), 0)
            inside = dx * dx + dy * dy <= r * r
            if not inside:
                row += bytes([0, 0, 0, 0])
                continue
            color = (103, 80, 164, 255)
            # A coin (ring) and an eye-like pupil: what a watcher of miners looks at.
            d = math.hypot(u - 0.5, v - 0.55)
            if 0.2 <= d <= 0.28 or d <= 0.1:
                color = (255, 255, 255, 255)
            # A slanted pick handle across the top.
            if abs((v - 0.18) - 0.35 * (u - 0.2)) < 0.045 and 0.15 < u < 0.85 and v < 0.45:
                color = (255, 214, 102, 255)
            row += bytes(color)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    out = sys.argv[1]
    for s in (16, 48, 128):
        with open(f"{out}/icon{s}.png", "wb") as f:
            f.write(png(s))
