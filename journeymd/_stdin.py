"""Standard input as the journey '-': read once, however many formats a command renders from it."""

from __future__ import annotations

import sys
from functools import cache

__all__ = ["STDIN", "forget", "read_stdin"]

STDIN = "-"  # the path that means standard input, as for most command-line tools


@cache
def read_stdin(limit: int) -> bytes:
    """Up to ``limit`` bytes of standard input; none when it is closed (``<&-``)."""
    if sys.stdin is None:
        return b""
    return sys.stdin.buffer.read(limit)


def forget() -> None:
    """Let the next read take standard input anew (each command, e.g. under a test runner, gets its own)."""
    read_stdin.cache_clear()
