"""Label sheets as data: the shipped ones in ``resources/badge_layouts``, custom ones in the DB.

A layout spec is a small JSON object, in ``mm``, ``in`` or ``pt``::

    {"name": "avery-l4785", "title": "...", "unit": "mm",
     "page": [210, 297], "label": [80, 50], "grid": [2, 5],
     "margin_left": 18, "margin_top": 13,
     "pitch": [95, 55]            # or "gap": [15, 5]
     "margin_right": 0, "margin_bottom": 0,   # optional minimums the grid must keep
     "corner_radius": 3,
     "safe_margin": 4}            # optional: the printer's blank edge; badges move inwards

Label rectangles are computed from the left/top margins and the pitch, and the
grid is checked against the right and bottom edges too: a sheet whose labels
would run off the page is refused instead of drifting across it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser.errors import ValidationError
from organiser.i18n import translator
from organiser.models import AppSetting, BadgeLayout
from organiser.resources import resource_path

MM = 72.0 / 25.4
UNITS = {"mm": MM, "in": 72.0, "pt": 1.0}
DEFAULT_LAYOUT = "avery-5392"
CALIBRATION_KEY = "badges.calibration"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$")
_TOLERANCE_PT = 0.01 * MM  # rounding slack on sizes typed in mm or inches


@dataclass(frozen=True)
class Rect:
    """A label on the page, in points, PDF origin at the bottom-left."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class Layout:
    """A label sheet; every length in points."""

    name: str
    title: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    margin_left: float
    margin_top: float
    gap_x: float
    gap_y: float
    corner_radius: float
    builtin: bool
    safe_margin: float = 0.0  # office printers cannot print this close to the paper edge
    spec: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def margin_right(self) -> float:
        used = self.columns * self.label_width + (self.columns - 1) * self.gap_x
        return self.page_width - self.margin_left - used

    @property
    def margin_bottom(self) -> float:
        used = self.rows * self.label_height + (self.rows - 1) * self.gap_y
        return self.page_height - self.margin_top - used

    def label_rect(self, index: int) -> Rect:
        """Rectangle of label ``index`` (0-based, row by row from the top-left)."""
        if not 0 <= index < self.per_page:
            raise IndexError(index)
        row, col = divmod(index, self.columns)
        x = self.margin_left + col * (self.label_width + self.gap_x)
        top = self.margin_top + row * (self.label_height + self.gap_y)
        y = self.page_height - top - self.label_height
        return Rect(x, y, self.label_width, self.label_height)

    def label_rects(self) -> list[Rect]:
        return [self.label_rect(i) for i in range(self.per_page)]

    def content_rect(self, index: int) -> Rect:
        """Where the badge is drawn: the label, kept ``safe_margin`` away from the paper edge.

        Perforated A6/A7 sheets run to the edge of the paper, where an office
        printer leaves a few millimetres blank; the design moves inwards there
        instead of losing its band or header.
        """
        r = self.label_rect(index)
        m = self.safe_margin
        if m <= 0:
            return r
        left = max(r.x, m)
        bottom = max(r.y, m)
        right = min(r.right, self.page_width - m)
        top = min(r.top, self.page_height - m)
        if right - left < r.width * 0.5 or top - bottom < r.height * 0.5:
            return r  # a margin that large would ruin the badge: ignore it
        return Rect(left, bottom, right - left, top - bottom)

    def _shipped(self, text: str, lang: str | None) -> str:
        """A shipped sheet's text from the catalogue; an own sheet's as typed."""
        return translator(lang).sheet(text) if self.builtin else text

    def title_in(self, lang: str | None = None) -> str:
        """The sheet's name in ``lang``."""
        return self._shipped(self.title, lang)

    def note_in(self, lang: str | None = None) -> str:
        """The sheet's note (how it prints) in ``lang``; "" when it has none."""
        return self._shipped(str(self.spec.get("note") or ""), lang)

    def describe(self, lang: str | None = None) -> str:
        t = translator(lang)
        unit = str(self.spec.get("unit", "mm"))
        k = UNITS.get(unit, MM)

        def fmt(v: float) -> str:
            return t.number(v / k)

        return t._(
            "{count} per page ({columns}×{rows}), label {label_w}×{label_h} {unit}, "
            "page {page_w}×{page_h} {unit}"
        ).format(
            count=self.per_page,
            columns=self.columns,
            rows=self.rows,
            label_w=fmt(self.label_width),
            label_h=fmt(self.label_height),
            page_w=fmt(self.page_width),
            page_h=fmt(self.page_height),
            unit=unit,
        )


# --------------------------------------------------------------------------- parsing


def _num(spec: dict[str, Any], key: str, label: str, *, default: float | None = None) -> float:
    value = spec.get(key, default)
    if value is None:
        raise ValidationError(key, f"The layout needs a {label}.")
    if isinstance(value, bool) or not isinstance(value, int | float):
        try:
            value = float(str(value).replace(",", "."))
        except ValueError:
            raise ValidationError(key, f"The {label} must be a number, not “{value}”.") from None
    result = float(value)
    if not math.isfinite(result):
        raise ValidationError(key, f"The {label} must be a number.")
    return result


def _pair(spec: dict[str, Any], key: str, label: str) -> tuple[float, float] | None:
    value = spec.get(key)
    if value is None:
        return None
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise ValidationError(key, f"The {label} needs two numbers (across and down).")
    a = _num({key: value[0]}, key, label)
    b = _num({key: value[1]}, key, label)
    return a, b


def parse_layout(spec: dict[str, Any], *, builtin: bool = False) -> Layout:
    """Check a layout spec and turn it into a :class:`Layout` (lengths in points)."""
    if not isinstance(spec, dict):
        raise ValidationError("spec", "A layout must be a JSON object.")
    name = str(spec.get("name", "")).strip()
    if not _NAME.match(name):
        raise ValidationError(
            "name",
            "A layout name needs 1–63 letters, digits, spaces, dots, dashes or underscores.",
        )
    unit = str(spec.get("unit", "mm"))
    if unit not in UNITS:
        raise ValidationError("unit", f"The unit must be mm, in or pt, not “{unit}”.")
    k = UNITS[unit]
    page = _pair(spec, "page", "page size")
    label = _pair(spec, "label", "badge size")
    grid = spec.get("grid")
    if page is None:
        raise ValidationError("page", "The layout needs a page size.")
    if label is None:
        raise ValidationError("label", "The layout needs a badge size.")
    if (
        not isinstance(grid, list | tuple)
        or len(grid) != 2
        or not all(isinstance(g, int) and not isinstance(g, bool) for g in grid)
    ):
        raise ValidationError("grid", "The grid needs whole numbers of columns and rows.")
    columns, rows = int(grid[0]), int(grid[1])
    if columns < 1 or rows < 1 or columns * rows > 100:
        raise ValidationError("grid", "A sheet holds between 1 and 100 badges.")
    pw, ph = page[0] * k, page[1] * k
    lw, lh = label[0] * k, label[1] * k
    if pw <= 0 or ph <= 0:
        raise ValidationError("page", "The page width and height must be more than zero.")
    if pw > 2000 or ph > 2000:
        raise ValidationError("page", "The page is larger than any printer takes (max 70 cm).")
    if lw <= 0 or lh <= 0:
        raise ValidationError("label", "The badge width and height must be more than zero.")
    ml = _num(spec, "margin_left", "left margin", default=0) * k
    mt = _num(spec, "margin_top", "top margin", default=0) * k
    if ml < 0 or mt < 0:
        raise ValidationError("margin_left", "Margins cannot be negative.")
    pitch = _pair(spec, "pitch", "pitch")
    gap = _pair(spec, "gap", "gap")
    if pitch is not None:
        gx, gy = pitch[0] * k - lw, pitch[1] * k - lh
    elif gap is not None:
        gx, gy = gap[0] * k, gap[1] * k
    else:
        gx = gy = 0.0
    if gx < -_TOLERANCE_PT or gy < -_TOLERANCE_PT:
        raise ValidationError("gap", "Badges would overlap: the pitch is smaller than the badge.")
    gx, gy = max(gx, 0.0), max(gy, 0.0)
    radius = _num(spec, "corner_radius", "corner radius", default=0) * k
    safe = _num(spec, "safe_margin", "unprintable edge", default=0) * k
    if safe < 0 or safe > 20 * MM:
        raise ValidationError("safe_margin", "The unprintable edge must be between 0 and 20 mm.")
    if radius < 0 or radius > min(lw, lh) / 2 + _TOLERANCE_PT:
        raise ValidationError(
            "corner_radius", "The corner radius must be between 0 and half the badge's short side."
        )
    layout = Layout(
        name=name,
        title=str(spec.get("title") or name),
        page_width=pw,
        page_height=ph,
        label_width=lw,
        label_height=lh,
        columns=columns,
        rows=rows,
        margin_left=ml,
        margin_top=mt,
        gap_x=gx,
        gap_y=gy,
        corner_radius=radius,
        builtin=builtin,
        safe_margin=safe,
        spec=dict(spec),
    )
    need_right = _num(spec, "margin_right", "right margin", default=0) * k
    need_bottom = _num(spec, "margin_bottom", "bottom margin", default=0) * k
    if layout.margin_right < need_right - _TOLERANCE_PT:
        over = (need_right - layout.margin_right) / k
        raise ValidationError(
            "grid",
            f"The badges run {over:.3g} {unit} past the right edge of the page "
            "(left margin + columns × badge width + gaps + right margin is wider than the page).",
        )
    if layout.margin_bottom < need_bottom - _TOLERANCE_PT:
        over = (need_bottom - layout.margin_bottom) / k
        raise ValidationError(
            "grid",
            f"The badges run {over:.3g} {unit} past the bottom of the page "
            "(top margin + rows × badge height + gaps + bottom margin is taller than the page).",
        )
    return layout


# --------------------------------------------------------------------------- catalogue


@lru_cache(maxsize=1)
def sheet_count(labels: int, per_page: int, start_at: int = 1) -> int:
    """How many sheets ``labels`` badges take, the first from label ``start_at`` (1-based)."""
    return -(-(labels + start_at - 1) // max(per_page, 1))


def builtin_layouts() -> dict[str, Layout]:
    """The label sheets shipped in ``resources/badge_layouts``, by name."""
    out: dict[str, Layout] = {}
    for path in sorted(resource_path("badge_layouts").glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        layout = parse_layout(spec, builtin=True)
        out[layout.name] = layout
    return out


def custom_layouts(s: Session) -> dict[str, Layout]:
    """Organisers' own sheets from the database; a broken row is skipped, not fatal."""
    out: dict[str, Layout] = {}
    for row in s.scalars(select(BadgeLayout).order_by(BadgeLayout.name)):
        try:
            out[row.name] = parse_layout({**row.spec, "name": row.name})
        except ValidationError:
            continue
    return out


def list_layouts(s: Session | None = None) -> list[Layout]:
    """Shipped layouts, then custom ones (when a session is given)."""
    layouts = list(builtin_layouts().values())
    if s is not None:
        layouts += list(custom_layouts(s).values())
    return layouts


def get_layout(s: Session | None, name: str) -> Layout:
    builtin = builtin_layouts()
    if name in builtin:
        return builtin[name]
    if s is not None:
        custom = custom_layouts(s)
        if name in custom:
            return custom[name]
    known = ", ".join(layout.name for layout in list_layouts(s))
    raise ValidationError("layout", f"There is no badge layout called “{name}”. Known: {known}.")


def save_custom_layout(s: Session, spec: dict[str, Any]) -> Layout:
    """Validate and store (or replace) an organiser's own layout."""
    layout = parse_layout(spec)
    if layout.name in builtin_layouts():
        raise ValidationError(
            "name", f"“{layout.name}” is a built-in layout; pick another name for yours."
        )
    row = s.scalar(select(BadgeLayout).where(BadgeLayout.name == layout.name))
    clean = {k: v for k, v in spec.items() if k != "name"}
    if row is None:
        s.add(BadgeLayout(name=layout.name, spec=clean))
    else:
        row.spec = clean
    s.flush()
    return layout


def delete_custom_layout(s: Session, name: str) -> None:
    row = s.scalar(select(BadgeLayout).where(BadgeLayout.name == name))
    if row is None:
        raise ValidationError("layout", f"There is no custom layout called “{name}”.")
    s.delete(row)
    s.flush()


# --------------------------------------------------------------------------- calibration


@dataclass(frozen=True)
class Calibration:
    """Per-printer correction: shift right/down in mm, then scale about the top-left corner."""

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale: float = 1.0

    def validated(self) -> Calibration:
        for fname, value in (("offset_x_mm", self.offset_x_mm), ("offset_y_mm", self.offset_y_mm)):
            if not math.isfinite(value) or abs(value) > 30:
                raise ValidationError(fname, "An offset must be between −30 and 30 mm.")
        if not math.isfinite(self.scale) or not 0.8 <= self.scale <= 1.2:
            raise ValidationError("scale", "The scale must be between 0.8 and 1.2 (1 = unchanged).")
        return self

    @property
    def is_identity(self) -> bool:
        return self.offset_x_mm == 0 and self.offset_y_mm == 0 and self.scale == 1

    def apply(self, canvas: Any, page_height: float) -> None:
        """Transform a fresh page so everything drawn after lands corrected."""
        if self.is_identity:
            return
        canvas.translate(self.offset_x_mm * MM, page_height - self.offset_y_mm * MM)
        canvas.scale(self.scale, self.scale)
        canvas.translate(0, -page_height)


def _all_calibrations(s: Session) -> dict[str, Any]:
    row = s.get(AppSetting, CALIBRATION_KEY)
    value = row.value if row is not None else None
    return dict(value) if isinstance(value, dict) else {}


def get_calibration(s: Session, printer: str = "") -> Calibration:
    data = _all_calibrations(s).get(printer or "default")
    if not isinstance(data, dict):
        return Calibration()
    try:
        return Calibration(
            float(data.get("offset_x_mm", 0)),
            float(data.get("offset_y_mm", 0)),
            float(data.get("scale", 1)),
        ).validated()
    except (TypeError, ValueError):
        return Calibration()


def save_calibration(s: Session, calibration: Calibration, printer: str = "") -> None:
    calibration.validated()
    data = _all_calibrations(s)
    data[printer or "default"] = {
        "offset_x_mm": calibration.offset_x_mm,
        "offset_y_mm": calibration.offset_y_mm,
        "scale": calibration.scale,
    }
    row = s.get(AppSetting, CALIBRATION_KEY)
    if row is None:
        s.add(AppSetting(key=CALIBRATION_KEY, value=data))
    else:
        row.value = data
    s.flush()
