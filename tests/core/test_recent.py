"""Which databases File ▸ Open Recent keeps, and how it names them."""

from __future__ import annotations

from pathlib import Path

from organiser import recent


def test_newest_first_without_duplicates_and_bounded() -> None:
    kept: list[str] = []
    for i in range(12):
        kept = recent.remember(kept, f"/data/meetup-{i}.sqlite")
    kept = recent.remember(kept, "/data/meetup-7.sqlite")
    assert kept[0] == "/data/meetup-7.sqlite"
    assert len(kept) == recent.MAX_RECENT and len(set(kept)) == len(kept)
    assert "/data/meetup-0.sqlite" not in kept


def test_files_are_absolute_and_sqlite_urls_become_paths(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert recent.location("club.sqlite") == str(tmp_path / "club.sqlite")
    assert recent.location(f"sqlite:///{tmp_path}/x.sqlite") == str(tmp_path / "x.sqlite")
    assert recent.remember(["club.sqlite"], str(tmp_path / "club.sqlite")) == [
        str(tmp_path / "club.sqlite"),
        "club.sqlite",
    ]


def test_team_database_is_kept_without_its_password() -> None:
    entry = recent.location("postgresql+psycopg://ada:s3cret@db.example.org:5432/meetups")
    assert entry == "postgresql+psycopg://ada@db.example.org:5432/meetups"
    assert "s3cret" not in entry


def test_label_shows_home_as_tilde_and_missing_files_are_unavailable(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert recent.label(str(home / "club.sqlite"), home) == "~/club.sqlite"
    assert recent.label("/srv/x.sqlite", home) == "/srv/x.sqlite"
    assert not recent.available(str(tmp_path / "gone.sqlite"))
    (tmp_path / "here.sqlite").write_bytes(b"")
    assert recent.available(str(tmp_path / "here.sqlite"))
    assert recent.available("postgresql+psycopg://ada@db/meetups")
