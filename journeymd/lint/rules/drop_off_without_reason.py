"""Drop-off moments are the most valuable part of a map, and their reason is what makes them
useful (for example: the price disappoints, so explain the value)."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "drop-off-without-reason"
DESCRIPTION = "A drop-off moment does not say why customers leave."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    for step in journey.steps:
        if step.drop_off is not None and not step.drop_off.reason:
            yield step.pos, f"drop-off at '{shorten(step.name)}' has no reason"
