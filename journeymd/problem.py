"""Problems found in a journey file, and the error that carries them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ._record import Record, dataclass
from .types import Severity

__all__ = [
    "CannotRender",
    "EngineMissing",
    "JourneyError",
    "MissingGlyphs",
    "OutputError",
    "Problem",
    "TooLarge",
    "closest",
    "did_you_mean",
    "shorten",
]


@dataclass(frozen=True, eq=False, repr=False)
class Problem(Record):
    """One thing wrong with a file, at a 1-based line and column."""

    path: str
    line: int
    column: int
    message: str
    code: str = "invalid"
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    def __lt__(self, other: Problem) -> bool:
        """File order: path, line, column, then message."""
        return self._values() < other._values()


class JourneyError(Exception):
    """Raised when a journey cannot be loaded; ``problems`` holds every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class CannotRender(RuntimeError):
    """A valid journey that cannot be rendered in the format asked for; the message says why and
    what to do instead."""


class EngineMissing(CannotRender):
    """A rendering engine (Chromium, Graphviz) is not installed; the message says how to get it."""


class TooLarge(CannotRender):
    """The output would be too large to make (a PNG of billions of pixels)."""


class MissingGlyphs(UserWarning):
    """Text in a PNG that the shipped fonts cannot draw; the message names the characters."""


class TextTooSmall(UserWarning):
    """A row of a map too tall for its page, drawn smaller than the page's smallest readable text."""


class PageTurned(UserWarning):
    """Paper turned to portrait because the map's rows only fit it standing up."""


class OutputError(OSError):
    """An output file could not be written; the message names the file and why, and the file's
    previous content (if any) is intact."""


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The choice most like ``word`` (or the same word in other case), if any is close enough."""
    options = sorted(set(choices))

    close = difflib.get_close_matches(word, options, n=1, cutoff=cutoff)
    if close:
        return close[0]
    folded = {c.casefold(): c for c in options}
    return folded.get(word.casefold())


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ``" (did you mean 'x'?)"`` suffix for the closest choice, or ``""``."""
    close = closest(word, choices)
    return f" (did you mean '{close}'?)" if close else ""


def shorten(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for messages that quote user text."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
