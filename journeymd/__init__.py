"""journeymd: customer journey maps as code.

>>> journey = loads("journeymd: 1\\nphases:\\n  - name: Awareness\\n    steps:\\n      - name: Sees an ad\\n")
>>> [step.id for step in journey.steps]
['sees-an-ad']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._gc import gc_paused

# Imported before ``problems()`` below is defined: importing the submodule later would replace
# the function with the module of the same name.
from .problems import JourneyError, Problem

if TYPE_CHECKING:
    from pathlib import Path

    from .model import Journey

__all__ = ["Journey", "JourneyError", "Problem", "__version__", "load", "loads", "problems"]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``Journey`` loads with first use, so that importing the package (and starting the
    ``journeymd`` command) does not import PyYAML and the model."""
    if name == "Journey":
        from .model import Journey

        return Journey
    raise AttributeError(f"module 'journeymd' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


@gc_paused
def loads(text: str, name: str = "<string>") -> Journey:
    """Parse and check journey YAML text; raise JourneyError with every problem found."""
    from . import loader, model, validate

    data = loader.parse_yaml(text.removeprefix("\ufeff"), name)
    found = validate.check(data, name)
    if found:
        raise JourneyError(found)
    return model.build(data, name)


def load(source: str | Path) -> Journey:
    """Load a journey from a file path, ``"-"`` for standard input, or YAML text (a ``str``
    holding a newline)."""
    if isinstance(source, str) and ("\n" in source or source.lstrip().startswith("{")):
        return loads(source)
    from .loader import read_text, source_name

    name = source_name(source)
    return loads(read_text(source, name), name)


def problems(source: str | Path) -> list[Problem]:
    """Every problem in a journey file or text; an empty list when it is valid."""
    try:
        load(source)
    except JourneyError as error:
        return list(error.problems)
    return []
