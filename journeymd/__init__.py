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


def loads(text: str, name: str = "<string>") -> Journey:
    """Parse and check journey YAML text; raise JourneyError with every problem found."""
    return _parse(text, name, quote_anything=True)


@gc_paused
def _parse(text: str, name: str, quote_anything: bool) -> Journey:
    """``loads``; unless ``quote_anything``, a file that is no journey gets one problem that quotes
    nothing of it: problems quote what they find, and a file reached through a link or a typo (a
    token, a password file) must not end up in a log or on a published page."""
    from . import loader, model, validate

    try:
        data = loader.parse_yaml(text.removeprefix("\ufeff"), name)
    except JourneyError:
        if quote_anything or validate.mentions_journey_key(text):
            raise
        raise JourneyError([validate.not_a_journey(name)]) from None
    included: list[Problem] = []
    pictures: dict[int, Any] = {}
    if isinstance(data, loader.YMap) and "include" in data:
        from .catalogue import resolve

        data, included, pictures = resolve(data, name)
    found = sorted({*validate.check(data, name), *included})
    if "image" in text or "photo" in text:  # only a journey that names pictures reads any
        from .images import resolve_images

        pictures, image_problems = resolve_images(data, name, pictures)
        found = sorted({*found, *image_problems})
    if not found and isinstance(data, loader.YMap) and "catalogue" in data:
        from .catalogue import not_a_journey

        found = [not_a_journey(name)]
    if found:
        raise JourneyError(
            found if quote_anything or validate.looks_like_journey(data) else [validate.not_a_journey(name)]
        )
    journey = model.build(data, name, pictures)
    if "data" in data:  # figures from analytics exports, merged over the file's own
        from .analytics import merge_declared

        journey = merge_declared(journey, data, name)
    return journey


def load(source: str | Path) -> Journey:
    """Load a journey from a file path, ``"-"`` for standard input, or YAML text (a ``str``
    holding a newline). Problems in a file quote its text only when it is a journey: YAML whose top
    level is a mapping with ``journeymd`` or ``phases`` (or those keys misspelt or in Dutch)."""
    if isinstance(source, str) and ("\n" in source or source.lstrip().startswith("{")):
        return loads(source)
    from .loader import read_text, source_name

    name = source_name(source)
    return _parse(read_text(source, name), name, quote_anything=False)


def problems(source: str | Path) -> list[Problem]:
    """Every problem in a journey file or text; an empty list when it is valid."""
    try:
        load(source)
    except JourneyError as error:
        return list(error.problems)
    return []
