"""The one family of errors the command line turns into a message and an exit code.

Anything raised as an ``AuditorError`` is the user's input being wrong (or the machine
lacking something); the CLI prints its message and exits 2 without a traceback.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    GAPS = 1  # --fail-on: gaps at or above the threshold remain
    BAD_INPUT = 2
    INTERRUPTED = 130


class AuditorError(Exception):
    """Bad input or a missing prerequisite: one clear message, exit 2."""

    exit_code = ExitCode.BAD_INPUT

    def __init__(self, message: str, *, problems: list[str] | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.problems = problems or []
        self.hint = hint

    def render(self) -> str:
        lines = [self.message, *("  " + p for p in self.problems)]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


class CatalogueError(AuditorError):
    """A checklist or overlay file does not follow the schema."""


class StoreError(AuditorError):
    """The audit store is damaged, foreign, or from a newer version."""


class InputFileError(AuditorError):
    """An answers file or export cannot be read as what it claims to be."""
