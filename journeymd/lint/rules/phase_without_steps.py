"""A phase without steps is a gap in the journey: either the customer does nothing there, or the
map is not finished."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "phase-without-steps"
DESCRIPTION = "A phase has no steps."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    for phase in journey.phases:
        if not phase.steps:
            yield phase.pos, f"phase '{shorten(phase.name)}' has no steps"
