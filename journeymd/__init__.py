"""journeymd: customer journey maps as code.

>>> journey = loads("journeymd: 1\\nphases:\\n  - name: Awareness\\n    steps:\\n      - name: Sees an ad\\n")
>>> [step.id for step in journey.steps]
['sees-an-ad']
"""

from __future__ import annotations

from pathlib import Path

from ._gc import gc_paused
from .model import Journey
from .problems import JourneyError, Problem

__all__ = ["Journey", "JourneyError", "Problem", "__version__", "load", "loads", "problems"]

__version__ = "0.1.0"


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
    """Load a journey from a file path, or from YAML text (a ``str`` holding a newline)."""
    if isinstance(source, str) and ("\n" in source or source.lstrip().startswith("{")):
        return loads(source)
    from .loader import read_text

    name = str(source)
    return loads(read_text(source, name), name)


def problems(source: str | Path) -> list[Problem]:
    """Every problem in a journey file or text; an empty list when it is valid."""
    try:
        load(source)
    except JourneyError as error:
        return list(error.problems)
    return []
