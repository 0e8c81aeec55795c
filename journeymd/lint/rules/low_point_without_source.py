"""A low point is what a map is acted on, so it should rest on more than a hunch: in a journey that
records research, a step whose emotion dips below the middle of the scale names the interviews,
survey, recordings or quotes that show it (``research: {level, sources}``, or
``research: {emotion: …}`` for the emotion alone)."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten
from journeymd.research import uses_research

ID = "low-point-without-source"
DESCRIPTION = "In a journey that records research, a step with a negative emotion names no source or quote."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    if not uses_research(journey):
        return
    for step in journey.steps:
        low = min((journey.scale.relative(score) for score in step.emotion.values()), default=0)
        if low < 0 and not (step.emotion_research and step.emotion_research.sourced):
            scores = journey.scores_text(step, below=0)
            yield (
                step.pos,
                (
                    f"step '{shorten(step.name)}' is a low point ({scores}) without a research source; "
                    "name the sources or quotes that show it under 'research:'"
                ),
            )
