"""How a message names a value and the field that holds it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..problem import shorten

TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping",
    "null": "empty",
}


def describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, (int, float)):
        return f"{number_text(value)} (a number)"
    if isinstance(value, str):
        return f"text '{shorten(value)}'"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def number_text(value: float) -> str:
    """A number as a message quotes it: a bound in thousands (1,000,000,000,000,000), a value of
    hundreds of digits cut short like any text the file wrote."""
    if isinstance(value, int) and abs(value) >= 10**6 and len(str(value)) <= 40:
        return f"{value:,}"
    return shorten(str(value))


def quoted(text: str) -> str:
    """``text`` in quotes for a message; with a space or line break at either end it is written as
    an escaped string, since 'checkout\n' would print as a plain, right-looking 'checkout'."""
    if text != text.strip():
        return shorten(json.dumps(text, ensure_ascii=False))
    return f"'{shorten(text)}'"


def referring_key(path: Sequence[Any]) -> str:
    """The last key on ``path``: 'to' for phases[0].steps[2].next[1].to."""
    return next((str(part) for part in reversed(path) if isinstance(part, str)), "")


def field_name(path: Sequence[Any]) -> str:
    """The name a person would use for the value at ``path``: 'emotion', 'kpis[2]'."""
    parts = list(path)
    if not parts:
        return "the file"
    name = ""
    while parts and isinstance(parts[-1], int):
        name = f"[{parts.pop() + 1}]" + name
    label = str(parts[-1]) if parts else "item"
    return f"'{label}'{' item ' + name[1:-1] if name else ''}"
