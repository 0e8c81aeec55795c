"""Ids made from names, for steps and phases written without an ``id``."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

__all__ = ["name_id", "slugify", "step_ids"]

_NOT_ID = re.compile(r"[^a-z0-9]+")


# Uncatalogued touchpoints and departments are slugged at every use, and a list shared through an
# alias repeats the same few names thousands of times.
@lru_cache(maxsize=4096)
def slugify(name: str, fallback: str) -> str:
    """'Oriëntatie & keuze' -> 'orientatie-keuze'; names with no Latin letters get ``fallback``."""
    folded = unicodedata.normalize("NFKD", name)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = _NOT_ID.sub("-", ascii_text).strip("-")[:60].rstrip("-")
    return slug or fallback


def name_id(name: str, kind: str) -> str:
    """The id of a step or phase written without one: a slug of its name, or for a name without
    Latin letters (顧客の旅) ``kind`` and a digest of the name, which stays the same when steps are
    added before it (a position would not, and every link to it would silently move)."""
    return slugify(name, "") or f"{kind}-{hashlib.sha256(name.encode()).hexdigest()[:6]}"


def step_ids(steps: Sequence[Mapping[str, Any]]) -> list[str]:
    """The id of each step: its own ``id`` or one made from its name, in journey order."""
    return [str(step["id"]) if "id" in step else name_id(str(step["name"]), "step") for step in steps]
