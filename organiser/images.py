"""Image sizes read from the file header, before anything decodes the pixels.

A 50 KB PNG can claim 60,000 × 60,000 pixels and need 14 GB once decoded (a
"decompression bomb"). Photos and logos are checked here first: PNG and JPEG
headers only, no image library.
"""

from __future__ import annotations

import struct

from organiser.errors import ValidationError

MAX_PIXELS = 40_000_000  # 40 megapixels: any real photo or logo; 160 MB decoded at most
MAX_SIDE = 20_000


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header, or None when it cannot be read."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 4 <= len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            length = struct.unpack(">H", data[i + 2 : i + 4])[0]
            # start-of-frame markers carry the size (not DHT C4, JPG C8, DAC CC)
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                if i + 9 > len(data):
                    return None
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(width), int(height)
            i += 2 + length
    return None


def check_pixels(data: bytes, field: str, what: str) -> None:
    """ValidationError when the header claims more pixels than any real photo has."""
    size = image_size(data)
    if size is None:
        return  # the format check that follows refuses what is not PNG or JPEG
    width, height = size
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ValidationError(
            field,
            f"The {what} is {width} × {height} pixels; at most {MAX_PIXELS // 1_000_000} "
            "megapixels are accepted. Pick a smaller one.",
        )
