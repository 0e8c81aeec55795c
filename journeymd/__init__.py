"""journeymd: customer journey maps as code.

>>> journey = loads("journeymd: 1\\nphases:\\n  - name: Awareness\\n    steps:\\n      - name: Sees an ad\\n")
>>> [step.id for step in journey.steps]
['sees-an-ad']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import loader, model, validate
from ._gc import gc_paused
from .catalogue import not_a_journey, resolve
from .images import resolve_images
from .links import check_links
from .loader import read_text, source_name
from .model import Journey

# The classes live in ``journeymd.problem``; ``journeymd.problems`` is the function below (a module
# of that name would replace it on import).
from .problem import JourneyError, Problem

if TYPE_CHECKING:
    from pathlib import Path

    from .request import RenderRequest, RequestError

__all__ = [
    "Journey", "JourneyError", "Problem", "RenderRequest", "RequestError", "__version__", "load", "loads", "problems",
]  # fmt: skip

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``RenderRequest`` loads with first use: reading a journey needs none of the render rules."""
    if name in ("RenderRequest", "RequestError"):
        from . import request

        return getattr(request, name)
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
    try:
        data = loader.parse_yaml(text.removeprefix("\ufeff"), name)
    except JourneyError:
        if quote_anything or validate.mentions_journey_key(text):
            raise
        raise JourneyError([validate.not_a_journey(name)]) from None
    included: list[Problem] = []
    pictures: dict[int, Any] = {}
    if isinstance(data, loader.YMap) and "include" in data:
        data, included, pictures = resolve(data, name)
    found = sorted({*validate.check(data, name), *included})
    if "image" in text or "photo" in text:  # only a journey that names pictures reads any
        pictures, image_problems = resolve_images(data, name, pictures)
        found = sorted({*found, *image_problems})
    if isinstance(data, loader.YMap) and ("opens" in text or "related" in text):  # only a journey that links
        found = sorted({*found, *check_links(data, name)})
    if not found and isinstance(data, loader.YMap) and "catalogue" in data:
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
    name = source_name(source)
    return _parse(read_text(source, name), name, quote_anything=False)


def problems(source: str | Path) -> list[Problem]:
    """Every problem in a journey file or text; an empty list when it is valid."""
    try:
        load(source)
    except JourneyError as error:
        return list(error.problems)
    return []
