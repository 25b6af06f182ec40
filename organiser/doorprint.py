"""Print a badge at the door: straight to a printer, no dialog, no file to open.

The badge is the same PDF the Print page makes (ReportLab, one label), sent to
the print system as a PDF job so the text stays text and the QR stays sharp.
On Linux and macOS that is CUPS (``lp``); :func:`send_pdf` reports a missing
printer, a stopped queue or no print system in one clear line. The check-in
itself is recorded before printing starts, so a printer problem never loses it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass

from sqlalchemy.orm import Session

from organiser.errors import OrganiserError

LP_TIMEOUT = 30  # seconds: lp only queues the job, it does not wait for paper


@dataclass(frozen=True)
class PrintJob:
    printer: str  # the queue it went to ("" = the system default)
    job: str  # what the print system answered ("request id is X-12 (1 file(s))")

    @property
    def where(self) -> str:
        return self.printer or "the default printer"


def badge_pdf(
    s: Session,
    event_id: int,
    attendee_ids: list[int],
    *,
    layout: str | None = None,
    mark_printed: bool = False,
    guest_badges: bool = False,
) -> bytes:
    """One badge per person on the door's label layout (see :func:`mark_printed`)."""
    from organiser.checkin import reprint_layout
    from organiser.printing import badges

    if not attendee_ids:
        raise OrganiserError("Choose whose badge to print first.")
    buf = io.BytesIO()
    badges.make_badges_pdf(
        s,
        event_id,
        buf,
        layout=layout or reprint_layout(s),
        attendee_ids=list(attendee_ids),
        mark_printed=mark_printed,
        guest_badges=guest_badges,
    )
    return buf.getvalue()


def mark_printed(s: Session, attendee_ids: list[int]) -> None:
    """Record the badge as printed once the printer took it (not before)."""
    from organiser.models import Attendee
    from organiser.timeutil import now_utc

    now = now_utc()
    for aid in attendee_ids:
        a = s.get(Attendee, aid)
        if a is not None:
            a.badge_printed_at = now
    s.flush()


def lp_available() -> bool:
    return shutil.which("lp") is not None


def send_pdf(pdf: bytes, printer: str = "", *, title: str = "Badge") -> PrintJob:
    """Queue a PDF on a CUPS printer (``lp``), or raise one clear line why not."""
    lp = shutil.which("lp")
    if lp is None:
        raise OrganiserError(
            "No print system found on this computer (CUPS `lp`); print from the Print page."
        )
    argv = [lp, "-t", title[:60] or "Badge"]
    if printer:
        argv += ["-d", printer]
    try:
        done = subprocess.run(  # noqa: S603 - fixed program, arguments are ours
            argv, input=pdf, capture_output=True, timeout=LP_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise OrganiserError(
            "The printer did not answer in time; the badge was not printed."
        ) from exc
    except OSError as exc:
        raise OrganiserError(f"Could not reach the print system ({exc.strerror}).") from exc
    said = (done.stderr or b"").decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0:
        reason = said[-1] if said else "no reason given"
        name = f"“{printer}”" if printer else "The default printer"
        lowered = reason.lower()
        if "does not exist" in lowered or "unknown" in lowered:
            raise OrganiserError(f"Printer {name} was not found; choose another in Preferences.")
        if "scheduler not responding" in lowered or "connection refused" in lowered:
            raise OrganiserError(
                "The print system (CUPS) is not running; start it, or print from the Print page."
            )
        if "no default destination" in lowered:
            raise OrganiserError("No default printer is set; choose one in Preferences.")
        if "not accepting" in lowered:
            raise OrganiserError(f"Printer {name} is not accepting jobs (paused or out of labels).")
        raise OrganiserError(f"Printer {name} refused the badge: {reason[:120]}")
    out = (done.stdout or b"").decode("utf-8", "replace").strip()
    return PrintJob(printer=printer, job=out.splitlines()[0] if out else "")


def print_badge_now(
    s: Session,
    event_id: int,
    attendee_id: int,
    *,
    printer: str | None = None,
    layout: str | None = None,
) -> str:
    """Make one person's badge and send it to the printer; returns where it went."""
    pdf = badge_pdf(s, event_id, [attendee_id], layout=layout)
    job = send_pdf(pdf, printer or "")
    mark_printed(s, [attendee_id])
    return job.where
