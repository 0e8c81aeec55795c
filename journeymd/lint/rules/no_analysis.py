"""The point of a map is finding where the experience breaks and what to improve; a map with no pain
point and no opportunity has not been analysed yet."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey

ID = "no-analysis"
DESCRIPTION = "The journey records no pain point and no opportunity at all."
SEVERITY = "info"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    if journey.steps and not any(s.pain_points or s.opportunities for s in journey.steps):
        yield (1, 1), "no step has a pain point or an opportunity; what should change?"
