"""Reading the loaded YAML defensively: the checks also run on files the schema rejected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeGuard

from ..loader import Pos, YList, YMap


def maps(node: Any, key: str) -> list[YMap]:
    items = node.get(key) if isinstance(node, YMap) else None
    return [item for item in items if isinstance(item, YMap)] if isinstance(items, YList) else []


def with_ids(items: list[YMap]) -> list[YMap]:
    return [item for item in items if isinstance(item.get("id"), str)]


def locate(root: Any, path: Sequence[Any], at_key: bool = False) -> Pos:
    """Line and column of the value at ``path`` (or of its key), as near as the data allows."""
    node, pos = root, getattr(root, "pos", (1, 1))
    for depth, part in enumerate(path):
        if isinstance(node, YMap) and part in node:
            last = depth == len(path) - 1
            pos = node.key_pos[part] if at_key and last else node.value_pos[part]
            node = node[part]
        elif isinstance(node, YList) and isinstance(part, int) and part < len(node):
            pos, node = node.item_pos[part], node[part]
        else:
            break
    return pos


def is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def emotion_range(data: Any) -> tuple[int, int]:
    """The lowest and highest emotion score of ``data``'s scale, as far as it says."""
    scale = data.get("emotion_scale") if isinstance(data, dict) else None
    if not isinstance(scale, dict):
        return -2, 2
    levels = scale.get("levels")
    count = len(levels) if isinstance(levels, list) else 0
    given_low, given_high = scale.get("min"), scale.get("max")
    low = int(given_low) if is_number(given_low) else -2
    high = int(given_high) if is_number(given_high) else 2
    if count and not is_number(given_low):
        low = high - count + 1 if is_number(given_high) else 1
    if count and not is_number(given_high):
        high = low + count - 1
    return low, high
