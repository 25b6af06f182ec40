"""Produce every output the program makes, through the CLI contract, as text.

Shared by the secrets/privacy, no-network and fuzz tests so each new output
(badges, agenda, briefing, ICS, CSV, announcement, backup) is checked by all
of them as soon as its command exists.
"""

from __future__ import annotations

import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from organiser.cli import build_parser, run


@dataclass(frozen=True)
class Output:
    name: str  # the CLI command
    suffix: str  # file written, or "" for stdout
    kind: str  # pdf, text, sqlite
    extra: tuple[str, ...] = ()
    needs_event: bool = True


OUTPUTS = (
    Output("badges", ".pdf", "pdf"),
    Output("agenda", ".pdf", "pdf"),
    Output("briefing", ".pdf", "pdf"),
    Output("ics", ".ics", "text"),
    Output("announce", "", "text"),
    Output("export-attendees", ".csv", "text"),
    Output("checklist", "", "text"),
    Output("backup", ".sqlite", "sqlite", needs_event=False),
)


def available_commands() -> set[str]:
    parser = build_parser()
    for action in parser._actions:  # noqa: SLF001 - argparse keeps sub-commands here
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            return set(choices)
    return set()


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(argv, out, err)
    return code, out.getvalue(), err.getvalue()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    parts = [page.extract_text() or "" for page in reader.pages]
    parts.append(repr(reader.metadata or {}))
    return "\n".join(parts)


def sqlite_text(path: Path) -> str:
    """Every value in the file, plus its raw bytes, so nothing can hide."""
    raw = path.read_bytes().decode("latin-1")
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        values = [repr(con.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables]
    finally:
        con.close()
    return raw + "\n".join(values)


def produce(db: str, event_id: int, output: Output, folder: Path) -> str:
    """Run the command and return what it produced as searchable text."""
    argv = ["--db", db, output.name]
    if output.needs_event:
        argv.append(str(event_id))
    argv += list(output.extra)
    target = folder / f"{output.name}{output.suffix}"
    if output.suffix:
        argv += ["-o", str(target)]
    code, out, err = run_cli(argv)
    assert code == 0, f"`{output.name}` failed: {err.strip()}"
    if not output.suffix:
        return out
    assert target.exists(), f"`{output.name}` wrote nothing"
    if output.kind == "pdf":
        return pdf_text(target)
    if output.kind == "sqlite":
        return sqlite_text(target)
    return target.read_bytes().decode("utf-8", "replace")
