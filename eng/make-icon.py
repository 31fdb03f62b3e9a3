#!/usr/bin/env python3
"""Draws eng/icon.png, the packages' icon (128 x 128): a page with report lines and a check mark on a red
rounded square. Plain Python (zlib only), so anyone can redraw it: python3 eng/make-icon.py."""
import math, os, struct, zlib

SIZE, SS = 128, 4  # pixels, supersampling per axis
RED, PAGE, LINE, CHECK, STAR = (183, 28, 28), (255, 255, 255), (176, 190, 197), (46, 125, 50), (255, 214, 0)


def inside_rounded(x, y, x0, y0, x1, y1, r):
    cx, cy = min(max(x, x0 + r), x1 - r), min(max(y, y0 + r), y1 - r)
    return x0 <= x <= x1 and y0 <= y <= y1 and (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, ax, ay, bx, by, w):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= w * w


def in_star(x, y, cx, cy, r):
    # A five-pointed star, as on the flag: point-in-polygon over its ten vertices.
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.4
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    c = False
    for i in range(10):
        (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % 10]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            c = not c
    return c


def colour(x, y):
    if not inside_rounded(x, y, 2, 2, 126, 126, 22):
        return None
    if in_star(x, y, 100, 28, 17):
        return STAR
    if inside_rounded(x, y, 24, 22, 84, 108, 6):
        if near_segment(x, y, 44, 80, 56, 94, 5) or near_segment(x, y, 56, 94, 78, 64, 5):
            return CHECK
        for ly in (38, 50, 62):
            if 34 <= x <= 74 and abs(y - ly) <= 2.5:
                return LINE
        return PAGE
    return RED


rows = []
for py in range(SIZE):
    row = bytearray([0])
    for px in range(SIZE):
        acc, n = [0, 0, 0, 0], SS * SS
        for sy in range(SS):
            for sx in range(SS):
                c = colour(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                if c is not None:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        a = acc[3] // n
        row += bytes([acc[0] * 255 // acc[3] if acc[3] else 0, acc[1] * 255 // acc[3] if acc[3] else 0, acc[2] * 255 // acc[3] if acc[3] else 0, a])
    rows.append(bytes(row))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
open(out, "wb").write(png)
print(out, len(png), "bytes")
