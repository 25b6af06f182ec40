"""Label sheets: geometry from the manufacturers' figures, validation, custom layouts."""

from __future__ import annotations

import pytest

from organiser.errors import ValidationError
from organiser.printing import layouts
from organiser.printing.layouts import MM, Calibration

IN = 25.4  # mm

# Independent figures (from the sheet facts, not from our JSON), all in mm:
# page w/h, label w/h, columns, rows, first label's left/top, pitch across/down.
EXPECTED = {
    "avery-5392": (8.5 * IN, 11 * IN, 4 * IN, 3 * IN, 2, 3, 0.25 * IN, 1 * IN, 4 * IN, 3 * IN),
    "avery-5395": (
        8.5 * IN, 11 * IN, 3.375 * IN, 7 / 3 * IN, 2, 4,
        0.6875 * IN, 0.5833 * IN, 3.75 * IN, 2.5 * IN,
    ),
    "avery-l4785": (210, 297, 80, 50, 2, 5, 18, 13, 95, 55),
    "a6-4up-a4": (210, 297, 105, 148, 2, 2, 0, 0.5, 105, 148),
    "a7-8up-a4": (210, 297, 105, 74, 2, 4, 0, 0.5, 105, 74),
    "card-54x90-10up-a4": (210, 297, 90, 54, 2, 5, 15, 13.5, 90, 54),
    "printer-4x3in": (4 * IN, 3 * IN, 4 * IN, 3 * IN, 1, 1, 0, 0, 0, 0),
    "printer-a6": (105, 148, 105, 148, 1, 1, 0, 0, 0, 0),
}  # fmt: skip


def test_every_layout_the_issue_lists_ships():
    assert set(layouts.builtin_layouts()) == set(EXPECTED)
    assert layouts.DEFAULT_LAYOUT in EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_label_rectangles_match_the_sheet_within_a_tenth_of_a_mm(name):
    pw, ph, lw, lh, cols, rows, left, top, px, py = EXPECTED[name]
    layout = layouts.builtin_layouts()[name]
    assert layout.page_width / MM == pytest.approx(pw, abs=0.1)
    assert layout.page_height / MM == pytest.approx(ph, abs=0.1)
    assert layout.per_page == cols * rows
    rects = layout.label_rects()
    assert len(rects) == cols * rows
    for i, r in enumerate(rects):
        row, col = divmod(i, cols)
        # Expected position measured from the top-left corner of the sheet.
        exp_left = left + col * px
        exp_top = top + row * py
        got_left = r.x / MM
        got_top = (layout.page_height - r.top) / MM
        assert got_left == pytest.approx(exp_left, abs=0.1), (name, i)
        assert got_top == pytest.approx(exp_top, abs=0.1), (name, i)
        assert r.width / MM == pytest.approx(lw, abs=0.1)
        assert r.height / MM == pytest.approx(lh, abs=0.1)
        # Inside the page, right and bottom edges included.
        assert r.x >= -1e-6 and r.y >= -1e-6
        assert r.right <= layout.page_width + 1e-6
        assert r.top <= layout.page_height + 1e-6
    assert layout.margin_right >= -1e-6 and layout.margin_bottom >= -1e-6


def test_labels_do_not_overlap():
    for layout in layouts.builtin_layouts().values():
        rects = layout.label_rects()
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                overlap_x = min(a.right, b.right) - max(a.x, b.x)
                overlap_y = min(a.top, b.top) - max(a.y, b.y)
                assert overlap_x <= 1e-6 or overlap_y <= 1e-6, layout.name


def _spec(**over):
    spec = {
        "name": "my sheet",
        "unit": "mm",
        "page": [210, 297],
        "label": [90, 60],
        "grid": [2, 4],
        "margin_left": 10,
        "margin_top": 15,
        "gap": [10, 5],
        "corner_radius": 2,
    }
    spec.update(over)
    return spec


def test_a_good_custom_spec_parses_with_right_and_bottom_margins():
    layout = layouts.parse_layout(_spec())
    assert layout.margin_right / MM == pytest.approx(210 - 10 - 2 * 90 - 10)
    assert layout.margin_bottom / MM == pytest.approx(297 - 15 - 4 * 60 - 3 * 5)
    assert layout.label_rect(7).right / MM == pytest.approx(200)


@pytest.mark.parametrize(
    ("over", "field", "words"),
    [
        ({"grid": [3, 4]}, "grid", "right edge"),
        ({"grid": [2, 5]}, "grid", "bottom"),
        ({"margin_right": 20}, "grid", "right edge"),
        ({"margin_bottom": 30}, "grid", "bottom"),
        ({"label": [0, 60]}, "label", "more than zero"),
        ({"label": [-5, 60]}, "label", "more than zero"),
        ({"page": [210]}, "page", "two numbers"),
        ({"grid": [0, 4]}, "grid", "between 1 and 100"),
        ({"grid": [1.5, 4]}, "grid", "whole numbers"),
        ({"corner_radius": 40}, "corner_radius", "half"),
        ({"margin_left": -1}, "margin_left", "negative"),
        ({"pitch": [80, 60], "gap": None}, "gap", "overlap"),
        ({"unit": "cm"}, "unit", "mm, in or pt"),
        ({"name": ""}, "name", "layout name"),
        ({"label": ["wide", 60]}, "label", "must be a number"),
    ],
)
def test_bad_specs_are_refused_with_a_sentence(over, field, words):
    with pytest.raises(ValidationError) as err:
        layouts.parse_layout(_spec(**over))
    assert err.value.field == field
    assert words in err.value.message


def test_custom_layout_round_trip_in_the_database(store):
    with store.session() as s:
        layouts.save_custom_layout(s, _spec(name="Club badges"))
    with store.session() as s:
        names = [layout.name for layout in layouts.list_layouts(s)]
        assert names[-1] == "Club badges"
        got = layouts.get_layout(s, "Club badges")
        assert not got.builtin and got.per_page == 8
        assert got.label_rect(0).x / MM == pytest.approx(10)
        # Saving again under the same name replaces it.
        layouts.save_custom_layout(s, _spec(name="Club badges", grid=[1, 1]))
    with store.session() as s:
        assert layouts.get_layout(s, "Club badges").per_page == 1
        layouts.delete_custom_layout(s, "Club badges")
    with store.session() as s, pytest.raises(ValidationError, match="no badge layout called"):
        layouts.get_layout(s, "Club badges")


def test_custom_layout_cannot_take_a_builtin_name_or_break_the_page(store):
    with store.session() as s:
        with pytest.raises(ValidationError, match="built-in"):
            layouts.save_custom_layout(s, _spec(name="avery-5392"))
        with pytest.raises(ValidationError, match="right edge"):
            layouts.save_custom_layout(s, _spec(name="too wide", label=[120, 60]))
    with store.session() as s:
        assert [x.name for x in layouts.list_layouts(s)] == list(layouts.builtin_layouts())


def test_calibration_is_saved_per_printer(store):
    with store.session() as s:
        assert layouts.get_calibration(s) == Calibration()
        layouts.save_calibration(s, Calibration(1.5, -2.0, 0.98))
        layouts.save_calibration(s, Calibration(0.0, 3.0, 1.0), printer="Brother QL")
    with store.session() as s:
        assert layouts.get_calibration(s) == Calibration(1.5, -2.0, 0.98)
        assert layouts.get_calibration(s, "Brother QL") == Calibration(0.0, 3.0, 1.0)
        with pytest.raises(ValidationError, match="scale"):
            layouts.save_calibration(s, Calibration(0, 0, 2.0))
        with pytest.raises(ValidationError, match="offset"):
            layouts.save_calibration(s, Calibration(99, 0, 1.0))
    with store.session() as s:
        assert layouts.get_calibration(s) == Calibration(1.5, -2.0, 0.98)


@pytest.mark.parametrize("name", ["a6-4up-a4", "a7-8up-a4"])
def test_edge_to_edge_sheets_keep_the_badge_off_the_printers_blank_edge(name):
    layout = layouts.builtin_layouts()[name]
    assert layout.safe_margin / MM == pytest.approx(4)
    for i, label in enumerate(layout.label_rects()):
        r = layout.content_rect(i)
        # Inside its label...
        assert r.x >= label.x - 1e-6 and r.right <= label.right + 1e-6
        assert r.y >= label.y - 1e-6 and r.top <= label.top + 1e-6
        # ...and at least 4 mm from every edge of the paper.
        assert r.x >= 4 * MM - 1e-6 and r.y >= 4 * MM - 1e-6
        assert r.right <= layout.page_width - 4 * MM + 1e-6
        assert r.top <= layout.page_height - 4 * MM + 1e-6
    # Sheets with real margins draw on the whole label.
    l4785 = layouts.builtin_layouts()["avery-l4785"]
    assert l4785.content_rect(0) == l4785.label_rect(0)


@pytest.mark.parametrize(
    ("labels", "per_page", "start_at", "sheets"),
    [(0, 8, 1, 0), (8, 8, 1, 1), (9, 8, 1, 2), (5, 8, 4, 1), (6, 8, 4, 2), (3, 1, 1, 3)],
)
def test_sheet_count_counts_the_part_used_first_sheet(labels, per_page, start_at, sheets):
    assert layouts.sheet_count(labels, per_page, start_at) == sheets
