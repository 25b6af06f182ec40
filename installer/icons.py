"""Per-OS app icons, rendered at build time from the one SVG in resources/icons.

Nothing generated here is committed: the PNGs (Linux hicolor sizes), the
Windows ``.ico`` and the macOS ``.icns`` are all made from
``resources/icons/meetup-organiser.svg`` each time an installer is built.
The SVG is drawn with Qt's own renderer (the same one the app uses at run
time); the multi-size ``.ico``/``.icns`` containers are written with Pillow.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "meetup-organiser.svg"
ICON_NAME = "meetup-organiser"

#: Sizes of the freedesktop hicolor theme a desktop asks for.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def _render_png(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _render_png.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"error: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def make_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write ``png/<size>.png``, ``.ico`` and ``.icns`` under ``out_dir``.

    Returns the paths by kind: ``"png<size>"``, ``"svg"``, ``"ico"``, ``"icns"``
    (the last two only when Pillow is installed; Linux does not need them).
    Files are rewritten only when the SVG is newer, so repeated builds are quick.
    """
    out_dir = Path(out_dir)
    png_dir = out_dir / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    stamp = svg.stat().st_mtime
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    result: dict[str, Path] = {"svg": svg}
    for size in sizes:
        path = png_dir / f"{size}.png"
        if not path.exists() or path.stat().st_mtime < stamp:
            path.write_bytes(_render_png(svg, size))
        result[f"png{size}"] = path
    try:
        from PIL import Image
    except ImportError:
        print("note: Pillow is not installed; skipping the .ico and .icns icons", file=sys.stderr)
        return result

    def load(size: int) -> Image.Image:
        return Image.open(io.BytesIO(result[f"png{size}"].read_bytes())).convert("RGBA")

    ico = out_dir / f"{ICON_NAME}.ico"
    if not ico.exists() or ico.stat().st_mtime < stamp:
        # Each size drawn from the vector, not scaled down from 256 px.
        biggest = load(max(ICO_SIZES))
        biggest.save(
            ico,
            format="ICO",
            sizes=[(s, s) for s in ICO_SIZES],
            append_images=[load(s) for s in ICO_SIZES if s != max(ICO_SIZES)],
        )
    result["ico"] = ico
    icns = out_dir / f"{ICON_NAME}.icns"
    if not icns.exists() or icns.stat().st_mtime < stamp:
        biggest = load(max(ICNS_SIZES))
        biggest.save(
            icns,
            format="ICNS",
            append_images=[load(s) for s in ICNS_SIZES if s != max(ICNS_SIZES)],
        )
    result["icns"] = icns
    return result


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "installer" / "icons"
    for kind, path in make_icons(target).items():
        print(f"{kind:8} {path}")
