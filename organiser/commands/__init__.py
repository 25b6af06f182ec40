"""CLI sub-commands, one module per capability.

Each module defines ``ORDER`` (its place in ``--help``) and
``register(subparsers)``, which adds its parsers with ``set_defaults(handler=...)``.
A handler takes ``(args, store, out)`` and returns the exit code. Modules are
found automatically, so a new capability never edits a shared list.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from types import ModuleType


def command_modules() -> list[ModuleType]:
    mods = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return sorted(mods, key=lambda m: (getattr(m, "ORDER", 100), m.__name__))


def register_all(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for mod in command_modules():
        mod.register(sub)


def _lang(value: str) -> str:
    from organiser.errors import ValidationError
    from organiser.i18n import normalise

    try:
        return normalise(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """``--lang TAG``: the output language (``it``, ``de``, ``en-US``); default the event's."""
    parser.add_argument(
        "--lang",
        type=_lang,
        metavar="LANG",
        help="output language: en, it, de, fr or es, optionally with a region "
        "(en-US: 12-hour clock); default: the event's language, else English",
    )
