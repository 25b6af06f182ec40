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
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    parser.add_argument("--dialogs", action="store_true", help="also the main dialogs")
    parser.add_argument("--language", default="en", help="en or it")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    from organiser.demo import create_demo
    from organiser.store import Store
    from ui import i18n, theme
    from ui.fonts import install_bundled_fonts
    from ui.main_window import MainWindow

    i18n.install(app, args.language)  # plurals too: "6 days", not "6 day(s)"
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
            window.statusBar().clearMessage()  # "Database: /tmp/…" is noise in a picture
            pix = window.grab()
            if args.scale != 1.0:
                pix = pix.scaledToWidth(
                    round(pix.width() * args.scale), Qt.TransformationMode.SmoothTransformation
                )
            name = f"{slug}-dark.png" if args.dark else f"{slug}.png"
            pix.save(str(args.outdir / name))
            print(args.outdir / name)
        if args.dialogs:
            _dialogs(window, event_id, args.outdir, "-dark" if args.dark else "")
        window.close()
        store.close()
    return 0


def _dialogs(window: Any, event_id: int, outdir: Path, suffix: str) -> None:
    """Open each main dialog over the window (not modal), grab it, close it."""
    from PySide6.QtTest import QTest
    from sqlalchemy import select

    from organiser.models import Attendee, EventSession, Speaker, Venue
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.agenda_print_dialog import AgendaPrintDialog
    from ui.dialogs.announce_dialog import AnnounceDialog
    from ui.dialogs.attendee_dialog import AttendeeDialog
    from ui.dialogs.backup_dialog import BackupDialog
    from ui.dialogs.badge_layout_dialog import BadgeLayoutDialog
    from ui.dialogs.event_dialog import CopyEventDialog, EventDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.preferences_dialog import PreferencesDialog
    from ui.dialogs.session_dialog import SessionDialog
    from ui.dialogs.speaker_dialog import SpeakerDialog
    from ui.dialogs.template_editor import TemplateEditor
    from ui.dialogs.venue_dialog import VenueDialog
    from ui.dialogs.zone_chooser import ZoneChooser

    ctx = window.ctx
    with ctx.store.session() as s:
        venue_id = s.scalar(select(Venue.id))
        speaker_id = s.scalar(select(Speaker.id).where(Speaker.remote.is_(True)))
        session_id = s.scalar(select(EventSession.id).where(EventSession.kind == "panel"))
        attendee_id = s.scalar(select(Attendee.id).where(Attendee.email == "guest43@example.org"))
    sample = ROOT / "tests" / "data" / "attendees" / "meetup-attendees.csv"
    makers: dict[str, Callable[[], Any]] = {
        "event": lambda: EventDialog(ctx, event_id, window),
        "copy-event": lambda: CopyEventDialog(ctx, event_id, window),
        "venue": lambda: VenueDialog(ctx, venue_id, window),
        "speaker": lambda: SpeakerDialog(ctx, speaker_id, window),
        "session": lambda: SessionDialog(ctx, event_id, session_id, window),
        "attendee": lambda: AttendeeDialog(ctx.store, event_id, attendee_id, window),
        "import": lambda: ImportWizard(ctx.store, event_id, str(sample), window),
        "agenda-print": lambda: AgendaPrintDialog(ctx, event_id, window),
        "announce": lambda: AnnounceDialog(ctx, event_id, window),
        "templates": lambda: TemplateEditor(ctx, window),
        "badge-layout": lambda: BadgeLayoutDialog(ctx, window),
        "zone": lambda: ZoneChooser("Europe/Rome", window),
        "preferences": lambda: PreferencesDialog(window.settings, window),
        "about": lambda: AboutDialog(ctx.store.display_name, window),
        "backup": lambda: BackupDialog(ctx, window),
    }
    for name, make in makers.items():
        dialog = make()
        dialog.show()
        QTest.qWait(400)
        if name == "import":
            dialog.next()
            QTest.qWait(400)
        path = outdir / f"dialog-{name}{suffix}.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.reject()
        dialog.deleteLater()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
