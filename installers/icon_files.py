"""The application icon as Windows .ico and macOS .icns, made from the committed PNGs.

Both formats can hold PNG images as they are (Windows Vista and later, macOS 10.7 and later), so
this is a few lines of packing and needs no image library. The PNGs come from
resources/icons/nurse-desk.svg (scripts/render-icons.py).
"""

from __future__ import annotations

import struct
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (48, 128, 256)

# The .icns element types that hold a PNG of each size.
_ICNS_TYPES = {48: b"icp6", 128: b"ic07", 256: b"ic08"}


def png(size: int) -> bytes:
    data = (ICONS / f"nurse-desk-{size}.png").read_bytes()
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    if data[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (size, size):
        raise ValueError(f"nurse-desk-{size}.png is not a {size}x{size} PNG")
    return data


def ico_bytes() -> bytes:
    images = [png(size) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(SIZES, images, strict=True):
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    elements = b"".join(
        _ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
        for size in SIZES
        for data in [png(size)]
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_ico(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ico_bytes())
    return path


def write_icns(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(icns_bytes())
    return path
