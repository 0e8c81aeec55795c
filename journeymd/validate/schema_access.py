"""The shipped journey JSON Schema, and the fastest check against it: the compiled copy in
``journeymd._schema_check`` when it was generated from this schema (tools/generate.py writes it)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from .._data import read_text


@cache
def schema_text() -> str:
    """The journey JSON Schema as shipped in the package."""
    return read_text("journey.schema.json")


@cache
def schema() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(schema_text())
    return result


def schema_digest() -> str:
    """Fingerprint of the schema, to tell whether ``_schema_check`` was generated from it."""
    import zlib

    return f"{zlib.crc32(schema_text().encode('utf-8')):08x}"


@cache
def fast_validator() -> Any:
    try:
        from .. import _schema_check
    except ImportError:  # pragma: no cover - only while the generated module is being rebuilt
        _schema_check = None  # type: ignore[assignment]
    if _schema_check is not None and schema_digest() == _schema_check.SCHEMA_DIGEST:
        return _schema_check.validate
    import fastjsonschema

    return fastjsonschema.compile(schema())
