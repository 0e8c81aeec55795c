"""journeymd's frozen dataclasses, made cheaply.

``dataclass(frozen=True)`` compiles ``__init__``, ``__setattr__``, ``__delattr__``, ``__eq__``,
``__hash__`` and ``__repr__`` afresh for every class, one ``exec`` each, and a render defines two
dozen classes at import: that code generation was most of journeymd's own import time. Here the
standard ``dataclasses.dataclass`` still makes every class a real dataclass (``fields``,
``replace`` and ``asdict`` work), but only ``__init__`` is compiled per class; immutability,
equality, hashing and repr come from one generic implementation in ``Record``.

Modules write ``@dataclass(frozen=True, eq=False, repr=False)`` with ``dataclass`` imported from
here: type checkers see the standard decorator and check immutability as usual.

Why it stays: ``python bench/startup.py`` (docs/performance.md, "Start-up") measured, on a busy
2-core machine with Python 3.11, 24 ms of CPU to import what a render imports with these records
against 41 ms with every record a plain ``@dataclass(frozen=True)``, and 173 ms against 192 ms for
a whole 50-step render (best of 15): far over the ~5 ms a start-up trick must save to be kept.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, TypeVar

__all__ = ["Record", "dataclass"]

_T = TypeVar("_T")
_NAMES: dict[type, tuple[str, ...]] = {}


def _compared_names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.compare)
    return names


class Record:
    """Immutable; compares, hashes and prints like a ``dataclass(frozen=True)``."""

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
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr)  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
else:

    def dataclass(cls: type[_T] | None = None, /, **options: Any) -> Any:
        """``dataclasses.dataclass(frozen=True, eq=False, repr=False)`` for ``Record`` classes,
        compiling only ``__init__``."""
        if options != {"frozen": True, "eq": False, "repr": False}:
            raise TypeError(f"journeymd records are frozen, with eq and repr from Record; got {options}")

        def make(cls: type[_T]) -> type[_T]:
            if not issubclass(cls, Record):
                raise TypeError(f"{cls.__name__} must derive from Record")
            cls = dataclasses.dataclass(cls, init=False, eq=False, repr=False)
            cls.__init__ = _initializer(cls)
            return cls

        return make if cls is None else make(cls)


def _initializer(cls: type) -> Any:
    """An ``__init__`` that sets every field, as the frozen dataclass's would."""
    namespace: dict[str, Any] = {"_set": object.__setattr__, "_MISSING": dataclasses.MISSING}
    parameters, body = [], []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            parameters.append(f"{f.name}=_MISSING")
            body.append(f"if {f.name} is _MISSING: {f.name} = _factory_{f.name}()")
        else:
            parameters.append(f.name)
        body.append(f"_set(self, {f.name!r}, {f.name})")
    source = f"def __init__(self, {', '.join(parameters)}):\n    " + "\n    ".join(body or ["pass"])
    exec(source, namespace)
    init = namespace["__init__"]
    init.__annotations__ = {f.name: f.type for f in dataclasses.fields(cls)} | {"return": None}
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init
