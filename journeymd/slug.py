"""Ids made from names, for steps and phases written without an ``id``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["slugify", "step_ids"]

_NOT_ID = re.compile(r"[^a-z0-9]+")


def slugify(name: str, fallback: str) -> str:
    """'Oriëntatie & keuze' -> 'orientatie-keuze'; names with no Latin letters get ``fallback``."""
    folded = unicodedata.normalize("NFKD", name)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = _NOT_ID.sub("-", ascii_text).strip("-")[:60].rstrip("-")
    return slug or fallback


def step_ids(steps: Sequence[Mapping[str, Any]]) -> list[str]:
    """The id of each step: its own ``id`` or a slug of its name, in journey order."""
    return [
        str(step["id"]) if "id" in step else slugify(str(step["name"]), f"step-{n}") for n, step in enumerate(steps, 1)
    ]
