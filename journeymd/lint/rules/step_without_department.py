"""Every step has departments behind it; a step nobody owns is where problems
stay unsolved."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "step-without-department"
DESCRIPTION = "A step names no responsible department."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    for step in journey.steps:
        if not step.departments:
            yield step.pos, f"step '{shorten(step.name)}' has no responsible department"
