"""Screenshots of every page of the real main window with the sample meetup.

Usage (offscreen, no display needed)::

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUTDIR [--size 1280x820]
        [--dark] [--pages overview,agenda] [--scale 1.0]

Writes ``OUTDIR/<page>.png`` (``<page>-dark.png`` with ``--dark``). The
bundled fonts are installed first, so names in every script render.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SLUGS = [
    "overview",
    "agenda",
    "speakers",
    "venue-stream",
    "attendees",
    "checkin",
    "checklist",
    "print",
    "venues",
    "speaker-library",
    "events",
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1280x820")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--pages", default="")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    from organiser.demo import create_demo
    from organiser.store import Store
    from ui import theme
    from ui.fonts import install_bundled_fonts
    from ui.main_window import MainWindow

    theme.apply_style(app, dark=args.dark)
    install_bundled_fonts()
    args.outdir.mkdir(parents=True, exist_ok=True)
    wanted = [p for p in args.pages.split(",") if p] or SLUGS
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "demo.sqlite"))
        with store.session() as s:
            event_id = create_demo(s).id
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        window.resize(width, height)
        window.show()
        assert window.ctx is not None
        window.ctx.select_event(event_id)
        QTest.qWait(200)
        for key, slug in enumerate(SLUGS):
            if slug not in wanted:
                continue
            window.show_page(key)
            QTest.qWait(600)
            pix = window.grab()
            if args.scale != 1.0:
                pix = pix.scaledToWidth(
                    round(pix.width() * args.scale), Qt.TransformationMode.SmoothTransformation
                )
            name = f"{slug}-dark.png" if args.dark else f"{slug}.png"
            pix.save(str(args.outdir / name))
            print(args.outdir / name)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
