"""Invisible bidirectional controls (U+202A-U+202E, U+2066-U+2069) change the order in which a text
reads without showing themselves: "\u202eevil" is drawn as "live". Right-to-left scripts such as
Arabic and Hebrew display correctly without them, so in a journey they are most often pasted in by
accident or planted to make a map say something its file does not seem to say (as in "Trojan
Source" attacks on code review)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import fields, is_dataclass
from typing import Any

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "hidden-bidi-control"
DESCRIPTION = "A text holds an invisible control character that reorders how it reads."
SEVERITY = "warning"

CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    # A source or quote is reached once from the catalogue and again from every step citing it.
    reported: set[tuple[Pos, str]] = set()
    for pos, text in _texts(journey, (1, 1)):
        found = sorted(set(text) & CONTROLS)
        if found and (pos, text) not in reported:
            reported.add((pos, text))
            names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c)}" for c in found)
            visible = "".join(c for c in text if c not in CONTROLS)
            yield pos, f"'{shorten(visible)}' holds {names}, which changes how it reads; remove it"


def _texts(node: Any, pos: Pos) -> Iterator[tuple[Pos, str]]:
    """Every text in the journey, with the position of the element it belongs to."""
    if isinstance(node, str):
        yield pos, node
    elif is_dataclass(node):
        pos = getattr(node, "pos", pos)
        for field in fields(node):
            if field.name != "source":
                yield from _texts(getattr(node, field.name), pos)
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from _texts(key, pos)
            yield from _texts(value, pos)
    elif isinstance(node, (tuple, list)):
        for item in node:
            yield from _texts(item, pos)
