"""Pause Python's cyclic garbage collector while a journey is read, laid out or printed."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def gc_paused(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with the cyclic garbage collector paused.

    Reading, laying out and printing a map allocate hundreds of thousands of small objects that
    form no reference cycles, and the collector would rescan the growing heap again and again:
    half the time of a 5000-step map went to it, so time grew faster than the map. Reference
    counting still frees everything as usual; collection resumes when the call returns.
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():  # already paused by a caller
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused
