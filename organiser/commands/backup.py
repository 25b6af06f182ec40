"""``backup -o FILE`` and ``restore FILE``."""

from __future__ import annotations

import argparse
from typing import TextIO

from organiser.store import Store

ORDER = 90


def cmd_backup(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from organiser.backup import backup_to

    dest = backup_to(store, args.output)
    print(f"Backed up {store.display_name} to {dest}", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, store: None, out: TextIO) -> int:
    # The current database is not opened through the store first: it may be the
    # damaged file the user is trying to get away from.
    from organiser.backup import restore

    result = restore(args.file, args.db)
    print(f"Restored {result.into} from {result.restored_from}.", file=out)
    if result.previous_kept_at is not None:
        print(f"The data it replaced was kept in {result.previous_kept_at}", file=out)
    if result.migrated:
        print("The backup came from an older version and was upgraded.", file=out)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "backup",
        help="write a verified copy of the database (photos included; no secrets)",
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="backup file or folder to write"
    )
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser(
        "restore",
        help="replace the database by a backup (the current data is kept as a backup first)",
    )
    p.add_argument("file", metavar="FILE", help="a backup file written by `backup`")
    p.set_defaults(handler=cmd_restore, needs_store=False)
