"""Each phase serves a business goal (reach for the first phase, say, and customer lifetime value
for the one after purchase); without it, nobody can say whether the phase works."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "phase-without-goal"
DESCRIPTION = "A phase has no business goal."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    for phase in journey.phases:
        if not phase.goal:
            yield phase.pos, f"phase '{shorten(phase.name)}' has no goal"
