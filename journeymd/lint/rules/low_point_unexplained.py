"""A low point (−1 or −2) is where the experience breaks; the map is for fixing it, so it should say
what goes wrong (a pain point) or what to do about it (an opportunity)."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problems import shorten

ID = "low-point-unexplained"
DESCRIPTION = "A step with emotion -1 or lower has no pain point and no opportunity."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    for step in journey.steps:
        low = min(step.emotion.values(), default=0)
        if low <= -1 and not step.pain_points and not step.opportunities:
            scores = journey.scores_text(step, below=0)
            yield step.pos, f"step '{shorten(step.name)}' is a low point ({scores}) without a pain point or opportunity"
