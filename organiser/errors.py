"""The one error type users can cause, and its field-level variant."""

from __future__ import annotations


class OrganiserError(Exception):
    """A problem the user can understand and fix; never shown as a traceback.

    The message is a complete sentence meant for a person.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(OrganiserError):
    """A bad value in one field of an editor; ``field`` lets the GUI mark it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ConflictError(OrganiserError):
    """Someone else saved the same record first (team mode)."""

    def __init__(
        self,
        message: str,
        mine: dict[str, object],
        theirs: dict[str, object],
        their_version: int | None = None,
    ) -> None:
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs
        # The version saved now (None: deleted, or unknown): an editor that showed
        # both values may save again over it, on purpose.
        self.their_version = their_version
