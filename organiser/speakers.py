"""Speakers: a library reused across events, with photos kept in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from organiser import validation as v
from organiser.crud import apply, check_lengths, check_version, get_or_error
from organiser.errors import ValidationError
from organiser.models import EventSession, SessionSpeaker, Speaker
from organiser.timeutil import check_zone

MAX_PHOTO_BYTES = 8 * 1024 * 1024
_TEXT_FIELDS = ("pronouns", "phone", "affiliation", "bio", "links", "notes")


def photo_mime(data: bytes) -> str:
    """Recognise the image formats both Qt and ReportLab can show."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    raise ValidationError("photo", "The photo must be a PNG or JPEG image.")


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "name":
            out[key] = v.required(value, "name", "The speaker's name")
        elif key == "email":
            out[key] = v.optional_email(value)
        elif key == "timezone":
            out[key] = check_zone(value, "timezone") if v.clean_text(value) else None
        elif key == "remote":
            out[key] = bool(value)
        elif key == "photo":
            if value is None:
                out["photo"], out["photo_mime"] = None, None
            else:
                data = bytes(value)
                if len(data) > MAX_PHOTO_BYTES:
                    raise ValidationError(
                        "photo", "The photo is larger than 8 MB; pick a smaller one."
                    )
                from organiser.images import check_pixels

                check_pixels(data, "photo", "photo")  # before anything decodes it
                out["photo"], out["photo_mime"] = data, photo_mime(data)
        elif key in _TEXT_FIELDS:
            out[key] = v.clean_text(value)
        else:
            raise TypeError(f"unknown speaker field {key}")
    return out


def _check_unique_email(s: Session, email: str | None, own_id: int | None) -> None:
    if not email:
        return
    other = s.scalar(select(Speaker).where(Speaker.email == email))
    if other is not None and other.id != own_id:
        raise ValidationError("email", f"{other.name} already uses the email {email}.")


def create_speaker(s: Session, *, name: str, **fields: Any) -> Speaker:
    data = _clean({"name": name, **fields})
    check_lengths(Speaker, data)
    _check_unique_email(s, data.get("email"), None)
    speaker = Speaker(**data)
    s.add(speaker)
    s.flush()
    return speaker


def update_speaker(
    s: Session, speaker_id: int, *, expected_version: int | None = None, **changes: Any
) -> Speaker:
    speaker = get_speaker(s, speaker_id)
    data = _clean(changes)
    check_lengths(Speaker, data)
    check_version(
        speaker, expected_version, "speaker", {k: v for k, v in data.items() if k != "photo"}
    )
    if "email" in data:
        _check_unique_email(s, data["email"], speaker.id)
    apply(speaker, data)
    s.flush()
    return speaker


def delete_speaker(s: Session, speaker_id: int) -> None:
    s.delete(get_speaker(s, speaker_id))
    s.flush()


def get_speaker(s: Session, speaker_id: int, *, with_photo: bool = False) -> Speaker:
    if with_photo:
        sp = s.scalar(
            select(Speaker).options(undefer(Speaker.photo)).where(Speaker.id == speaker_id)
        )
        if sp is not None:
            return sp
    return get_or_error(s, Speaker, speaker_id, "speaker")


def list_speakers(s: Session) -> list[Speaker]:
    return list(s.scalars(select(Speaker).order_by(Speaker.name)))


def speakers_of_event(s: Session, event_id: int) -> list[Speaker]:
    """Everyone on stage at the event, in agenda order, each once."""
    rows = s.execute(
        select(Speaker, EventSession.position, SessionSpeaker.position)
        .join(SessionSpeaker, SessionSpeaker.speaker_id == Speaker.id)
        .join(EventSession, EventSession.id == SessionSpeaker.session_id)
        .where(EventSession.event_id == event_id)
        .order_by(EventSession.position, SessionSpeaker.position)
    ).all()
    seen: dict[int, Speaker] = {}
    for speaker, _p1, _p2 in rows:
        seen.setdefault(speaker.id, speaker)
    return list(seen.values())
