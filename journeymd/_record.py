"""Equality, hashing and repr shared by journeymd's frozen dataclasses.

``dataclass`` compiles ``__eq__``, ``__hash__`` and ``__repr__`` afresh for every class, and a render
defines two dozen classes at import: that code generation was about half of journeymd's own import
time. Classes declared ``@dataclass(frozen=True, eq=False, repr=False)`` on top of ``Record`` get
the same behaviour from one generic implementation.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

__all__ = ["Record"]

_NAMES: dict[type, tuple[str, ...]] = {}


def _compared_names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls) if f.compare)
    return names


class Record:
    """Compares, hashes and prints like a ``dataclass(frozen=True)`` with ``eq`` and ``repr``."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _compared_names(type(self)))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({shown})"
