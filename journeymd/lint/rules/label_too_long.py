"""A step name is read at a glance on the wall; more than three lines in its card means it belongs
in `description` or `does`."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.layout import Metrics
from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.textmetrics import wrap

ID = "label-too-long"
DESCRIPTION = "A step name takes more than three lines on the map."
SEVERITY = "warning"

MAX_LINES = 3


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    m = Metrics()
    for step in journey.steps:
        lines = len(wrap(step.name, m.step_name_width, m.step_name, bold=True))
        if lines > MAX_LINES:
            yield (
                step.pos,
                f"step name takes {lines} lines on the map; keep it under {MAX_LINES} (move detail to 'does')",
            )
