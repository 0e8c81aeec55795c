"""Every step happens somewhere: on a site, in a mail, at the counter. A step without a touchpoint
cannot be improved by anyone, because nobody knows where it takes place."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "step-without-touchpoint"
DESCRIPTION = "A step names no touchpoint."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    for step in journey.steps:
        if not step.touchpoints:
            yield step.pos, f"step '{shorten(step.name)}' has no touchpoint"
