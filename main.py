"""Meetup Organiser: no arguments opens the app; a sub-command runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    # `--db X` alone (no command) still means: open the GUI on that database.
    if args and not _only_db_option(args):
        from organiser.cli import run

        return run(args)
    from ui.app import run_gui

    return run_gui(args)


def _only_db_option(args: list[str]) -> bool:
    if len(args) == 2 and args[0] == "--db":
        return True
    return len(args) == 1 and args[0].startswith("--db=")


if __name__ == "__main__":
    sys.exit(main())
