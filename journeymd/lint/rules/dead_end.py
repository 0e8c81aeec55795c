"""`next: []` ends the journey. Before the last step that is a dead end, unless customers really
leave there — then say so with `drop_off`."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "dead-end"
DESCRIPTION = "A step before the last one ends the journey without a drop-off."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    steps = journey.steps
    for step in steps[:-1]:
        if not step.next and step.drop_off is None:
            yield (
                step.pos,
                f"step '{shorten(step.name)}' ends the journey before its last step; add `next` or `drop_off`",
            )
