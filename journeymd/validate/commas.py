"""Texts a comma split in two inside a flow list: ``[Price disappoints (FSC wood, 10 years)]``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from ..loader import YList, YMap
from ..problem import Problem, shorten

# A parenthesis that belongs to a smiley, :( or ;-), opens or closes nothing.
_SMILEY = re.compile(r"[:;=]-?[()]")


def _parentheses(text: str) -> int:
    """How many more parentheses ``text`` opens than it closes."""
    text = _SMILEY.sub("", text)
    return text.count("(") - text.count(")")


def comma_splits(node: YMap, path: str, checked: set[int]) -> Iterator[Problem]:
    """In ``[Price disappoints (FSC wood, 10 years guarantee)]`` the comma split one text in two;
    a parenthesis opened in one item and closed in the next gives it away. ``checked`` holds the
    ids of the lists already looked at."""
    for key, value in node.items():
        if not (isinstance(value, YList) and value.flow) or str(key).startswith("x-") or id(value) in checked:
            continue
        checked.add(id(value))
        # A quoted item was written whole: no comma inside quotes ends it.
        texts = [
            item if isinstance(item, str) and index not in (value.quoted or ()) else ""
            for index, item in enumerate(value)
        ]
        opened = [_parentheses(text) for text in texts]
        closes = _closing_items(opened)
        start = 0
        while start < len(texts):
            end = closes[start] if opened[start] > 0 else None
            if end is not None:
                whole = json.dumps(", ".join(texts[start : end + 1]), ensure_ascii=False)
                message = (
                    f"a comma inside [...] split one text into {end - start + 1} items; "
                    f"if it is one text, quote it: {shorten(whole, 80)}"
                )
                yield Problem(path, *value.item_pos[start], message, "comma-split")
                start = end + 1
            else:
                start += 1


def _closing_items(opened: list[int]) -> list[int | None]:
    """For each item, the first later item by which every parenthesis opened from it on is closed
    again, if any: the first ``end`` where the running count drops back to where it was. One sweep
    with a stack, so that a list of thousands of '(' is not rescanned from every item."""
    counts = [0]
    for change in opened:
        counts.append(counts[-1] + change)
    closes: list[int | None] = [None] * len(opened)
    stack: list[int] = []  # later places in ``counts`` that no nearer one with a count as low hides
    for place in range(len(counts) - 1, -1, -1):
        while stack and counts[stack[-1]] > counts[place]:
            stack.pop()
        if place < len(opened) and stack:
            closes[place] = stack[-1] - 1
        stack.append(place)
    return closes
