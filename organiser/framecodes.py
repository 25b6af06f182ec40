"""Read ticket codes from camera frames (QR and common 1D barcodes), offline, with zxing-cpp.

The GUI hands over each frame as 8-bit grey pixels; nothing here knows Qt. A
camera sees the same code in many frames in a row: :class:`Debouncer` lets one
read through and ignores repeats for a few seconds, so one badge held up is one
scan.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from organiser.errors import OrganiserError

# What tickets and badges carry: QR (ours, Luma, pretix, Ti.to), Aztec (some
# phone tickets), Code 128 / ITF / PDF417 / Data Matrix (Eventbrite and printed tickets).
FORMAT_NAMES = ("QRCode", "Aztec", "Code128", "Code39", "ITF", "PDF417", "DataMatrix", "EAN13")


def available() -> bool:
    try:
        import zxingcpp  # noqa: F401
    except ImportError:
        return False
    return True


def _zxing() -> Any:
    try:
        import zxingcpp
    except ImportError as exc:
        raise OrganiserError(
            "Reading codes with the camera needs the zxing-cpp package; scan with a "
            "USB scanner or type the name instead."
        ) from exc
    return zxingcpp


def decode_grey(pixels: bytes, width: int, height: int, stride: int | None = None) -> list[str]:
    """Every code found in one 8-bit grey frame, as text, in reading order."""
    if width <= 0 or height <= 0:
        return []
    stride = stride or width
    if len(pixels) < stride * (height - 1) + width:
        raise ValueError("frame smaller than its size says")
    z = _zxing()
    formats = z.BarcodeFormats(
        [f for n in FORMAT_NAMES if (f := getattr(z.BarcodeFormat, n, None)) is not None]
    )
    view = z.ImageView(memoryview(pixels), width, height, z.ImageFormat.Lum, stride)
    return [b.text for b in z.read_barcodes(view, formats=formats) if b.valid and b.text]


class Debouncer:
    """Let a code through once, then ignore it while it stays in front of the camera."""

    def __init__(self, hold_seconds: float = 3.0, clock: Callable[[], float] = time.monotonic):
        self.hold = hold_seconds
        self.clock = clock
        self._seen: dict[str, float] = {}

    def accept(self, code: str) -> bool:
        now = self.clock()
        self._seen = {c: t for c, t in self._seen.items() if now - t < self.hold}
        fresh = code not in self._seen
        self._seen[code] = now  # still in view: keep ignoring it
        return fresh
