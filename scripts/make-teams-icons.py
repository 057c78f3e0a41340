#!/usr/bin/env python3
"""Draws the Teams app icons into manifests/: color.png (192x192, the accent colour with a white speech bubble) and
outline.png (32x32, the same bubble in white on transparent, as Teams requires). Standard library only, so anyone can
regenerate the same bytes: python3 scripts/make-teams-icons.py"""
import os
import struct
import zlib

ACCENT = (0xB7, 0x1C, 0x1C)  # manifest.json's accentColor
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4  # samples per pixel edge, for smooth edges


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    negative = d1 < 0 or d2 < 0 or d3 < 0
    positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (negative and positive)


def in_bubble(x, y):
    """A speech bubble with three text lines cut out, in unit coordinates (0..1 across the icon)."""
    body = in_rounded_rect(x, y, 0.12, 0.16, 0.88, 0.70, 0.12)
    tail = in_triangle(x, y, (0.24, 0.62), (0.46, 0.62), (0.22, 0.88))
    if not (body or tail):
        return False
    for top, right in ((0.29, 0.74), (0.40, 0.74), (0.51, 0.58)):
        if in_rounded_rect(x, y, 0.26, top, right, top + 0.055, 0.027):
            return False
    return True


def coverage(px, py, size, inset):
    """Share of the pixel's samples inside the bubble, drawn within the icon less `inset` on each side."""
    hits = 0
    for sy in range(SUPERSAMPLE):
        for sx in range(SUPERSAMPLE):
            ux = (px + (sx + 0.5) / SUPERSAMPLE) / size
            uy = (py + (sy + 0.5) / SUPERSAMPLE) / size
            x = (ux - inset) / (1 - 2 * inset)
            y = (uy - inset) / (1 - 2 * inset)
            hits += in_bubble(x, y)
    return hits / SUPERSAMPLE ** 2


def png(size, rows):
    """An 8-bit RGBA PNG of `size` x `size` from rows of (r, g, b, a) tuples, every row with filter 0."""
    raw = b"".join(b"\x00" + bytes(v for pixel in row for v in pixel) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def color_icon():
    size = 192
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            # The symbol keeps to the middle of the tile, as Teams' guidelines ask, on a full-bleed accent background.
            c = coverage(px, py, size, 0.18)
            row.append(tuple(round(a * (1 - c) + w * c) for a, w in zip(ACCENT, WHITE)) + (255,))
        rows.append(row)
    return png(size, rows)


def outline_icon():
    size = 32
    rows = []
    for py in range(size):
        # White everywhere; only the alpha carries the shape.
        rows.append([WHITE + (round(255 * coverage(px, py, size, 0.0)),) for px in range(size)])
    return png(size, rows)


def main():
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "manifests")
    for name, data in (("color.png", color_icon()), ("outline.png", outline_icon())):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        print(f"wrote manifests/{name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
