"""Check loaded data against the JSON Schema, then the cross references no schema can express.

The parts: ``schema_access`` (the schema and its compiled check), ``schema_errors`` (what the
schema rejects, in words), ``hints`` (Dutch keys, did-you-mean), ``references``, ``lanes``,
``scale`` and ``commas`` (what no schema can check), ``limits`` (how much a journey may hold).
"""

from __future__ import annotations

import re
from typing import Any

from .. import research
from ..loader import YList, YMap
from ..problem import Problem, closest
from .hints import DUTCH_KEYS
from .lanes import lane_problems
from .limits import (
    FORMAT_VERSION,
    MAX_DEPARTMENTS,
    MAX_LINKS,
    MAX_PERSONAS,
    MAX_STEP_LINKS,
    MAX_STEPS,
    SUGGESTION_COMPARISONS,
)
from .reading import locate
from .references import reference_problems
from .scale import scale_problems
from .schema_access import fast_validator, schema, schema_digest, schema_text
from .wording import describe

__all__ = [
    "DUTCH_KEYS", "FORMAT_VERSION", "MAX_DEPARTMENTS", "MAX_LINKS", "MAX_PERSONAS", "MAX_STEPS", "MAX_STEP_LINKS",
    "SUGGESTION_COMPARISONS", "check", "locate", "looks_like_journey", "mentions_journey_key", "not_a_journey",
    "schema", "schema_digest", "schema_text",
]  # fmt: skip


def check(data: Any, path: str) -> list[Problem]:
    """Every problem in ``data``: the format version, the schema, then cross references.

    A file without ``journeymd: 1`` is still checked as format 1, so that one run lists every
    problem; a file of a newer format, or one that is not a mapping, gets that one problem only.
    """
    version = _version_problem(data, path)
    if version is not None and version.code != "missing-version":
        return [version]
    # 'journemd: 1' is reported as the misspelt key it is, not also as a missing version.
    misspelt = version is not None and any(closest(str(key), ["journeymd"], 0.8) for key in data)
    found = {version} if version and not misspelt else set()
    try:
        fast_validator()(data)
    except ValueError:  # fastjsonschema's errors, and those of the generated copy, are ValueErrors
        # The compiled check stops at the first error; jsonschema explains all of them. Only then
        # are jsonschema and the module that words its errors imported.
        from .schema_errors import schema_problems

        data, schema_found = schema_problems(data, path)
        # The missing version is reported once, by the version check.
        found |= {
            p for p in schema_found if not (version and p.code == "missing-key" and p.message.endswith("'journeymd'"))
        }
    own = set(lane_problems(data, path)) | set(scale_problems(data, path))
    own |= set(research.reference_problems(data, path))
    return sorted(found | set(reference_problems(data, path)) | own)


_JOURNEY_KEYS = ("journeymd", "phases")


def looks_like_journey(data: Any) -> bool:
    """Whether problems may quote this file's values: a mapping with a key meaning ``journeymd`` or
    ``phases``. An empty file and a list count too, as their one problem quotes nothing."""
    if data is None or isinstance(data, YList):
        return True
    if not isinstance(data, YMap):
        return False
    for key in map(str, data):
        meant = DUTCH_KEYS.get(key.lower(), (key,))
        if any(k in _JOURNEY_KEYS or closest(k, _JOURNEY_KEYS, 0.8) for k in meant):
            return True
    return False


def mentions_journey_key(text: str) -> bool:
    """``looks_like_journey`` for text that is not YAML: a line starting with such a key."""

    keys = "|".join([*_JOURNEY_KEYS, *(k for k, meant in DUTCH_KEYS.items() if "phases" in meant)])
    return re.search(rf"""^(?:\{{\s*)?(["']?)(?:{keys})\1[ \t]*:""", text, re.MULTILINE | re.IGNORECASE) is not None


def not_a_journey(path: str) -> Problem:
    return Problem(
        path, 1, 1, "not a journey: a journey file is YAML with 'journeymd: 1' at the top "
        "(its problems are not listed, as they would quote the file)", "not-a-journey",
    )  # fmt: skip


def _version_problem(data: Any, path: str) -> Problem | None:
    if not isinstance(data, YMap):
        line, column = getattr(data, "pos", (1, 1))
        if data is None:
            return Problem(path, 1, 1, "the file is empty; a journey starts with 'journeymd: 1'")
        return Problem(path, line, column, f"a journey file must be a mapping of keys, not {describe(data)}")
    if "journeymd" not in data:
        return Problem(
            path, *data.pos, "missing 'journeymd: 1' (the format version) at the top of the file", "missing-version"
        )
    version = data["journeymd"]
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        from .. import __version__

        return Problem(
            path,
            *data.value_pos["journeymd"],
            f"this file is written for journey format {version}; journeymd {__version__} reads format "
            f"{FORMAT_VERSION}: upgrade journeymd (pip install -U journeymd)",
            "version",
        )
    return None
