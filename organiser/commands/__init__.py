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
