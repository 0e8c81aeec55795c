"""Files shipped inside the package (schema, themes, templates, font metrics).

Read through the package's loader with ``pkgutil.get_data``, which works from a wheel, a zip or
a source tree alike; ``importlib.resources`` does the same but costs a plain render ~8 ms to
import (it pulls in ``tempfile`` and ``shutil``).
"""

from __future__ import annotations

import pkgutil


def read_bytes(name: str) -> bytes:
    """The bytes of ``journeymd/data/<name>``."""
    data = pkgutil.get_data("journeymd", f"data/{name}")
    if data is None:  # pragma: no cover - only a loader without get_data returns None
        raise FileNotFoundError(f"journeymd/data/{name}")
    return data


def read_text(name: str) -> str:
    """The text (UTF-8) of ``journeymd/data/<name>``."""
    return read_bytes(name).decode("utf-8")
