"""A drop-off rate and the `reached` counts around it are two measurements of the same loss: when
they disagree by more than 5 percentage points, one of them is out of date or counts something else
(another period, another segment)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from journeymd.i18n import percent
from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "drop-off-disagrees"
DESCRIPTION = "A drop-off rate differs by more than 5 points from the loss the reached counts show."
SEVERITY = "warning"
TOLERANCE = 0.05


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    steps = journey.steps
    for step, following in pairwise(steps):
        if step.drop_off is None or step.drop_off.rate is None or not step.reached or following.reached is None:
            continue
        counted = max(0.0, (step.reached - following.reached) / step.reached)
        if abs(counted - step.drop_off.rate) > TOLERANCE:
            loc = journey.locale
            yield (
                step.pos,
                (
                    f"drop-off at '{shorten(step.name)}' is {percent(step.drop_off.rate, loc)}, but the counts show "
                    f"{percent(counted, loc)} lost ({step.reached} reached, {following.reached} at the next step)"
                ),
            )
