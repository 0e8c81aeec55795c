"""Analysing a map includes asking whether the journey ends on a positive note: the last impression is
the one customers remember and tell others."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "ends-negative"
DESCRIPTION = "The journey's last step with an emotion is negative."
SEVERITY = "info"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    scored = [s for s in journey.steps if s.emotion]
    if scored and min(map(journey.scale.relative, scored[-1].emotion.values())) < 0:
        last = scored[-1]
        yield (
            last.pos,
            f"the journey ends on a negative note ({journey.scores_text(last, below=0)}) at '{shorten(last.name)}'; "
            "where can a positive impression be added?",
        )
