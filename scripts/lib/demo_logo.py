#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Recoup developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the demo shop's logo, a small PNG drawn here (no imaging library
needed): a navy badge with a white house and an amber door. Usage: demo_logo.py FILE"""
import struct
import sys
import zlib

SIZE = 160
NAVY = (31, 78, 121)
WHITE = (255, 255, 255)
AMBER = (230, 150, 30)


def pixel(x, y):
    # A rounded badge: outside its corners the picture is white.
    r = 24
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return WHITE
    # The roof: a triangle from (28, 78) to (132, 78) with its top at (80, 30).
    if 30 <= y <= 78 and abs(x - 80) <= (y - 30) * 52 / 48:
        return WHITE
    # The walls, and the door in them.
    if 78 <= y <= 130 and 40 <= x <= 120:
        if 70 <= x <= 90 and y >= 98:
            return AMBER
        return WHITE
    return NAVY


def main():
    rows = b"".join(b"\x00" + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    with open(sys.argv[1], "wb") as out:
        out.write(png)


if __name__ == "__main__":
    main()
