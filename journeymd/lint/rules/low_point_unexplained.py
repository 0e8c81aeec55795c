"""A low point (−1 or −2) is where the experience breaks; the map is for fixing it, so it should say
what goes wrong (a pain point, or the reason customers drop off there) or what to do about it (an
opportunity)."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "low-point-unexplained"
DESCRIPTION = "A step with emotion -1 or lower has no pain point and no opportunity."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    for step in journey.steps:
        # Below the scale's middle, as −1 is on −2..+2 (or 2 on 1..5).
        low = min((journey.scale.relative(score) for score in step.emotion.values()), default=0)
        explained = step.pain_points or step.opportunities or (step.drop_off is not None and step.drop_off.reason)
        if low < 0 and not explained:
            scores = journey.scores_text(step, below=0)
            yield step.pos, f"step '{shorten(step.name)}' is a low point ({scores}) without a pain point or opportunity"
