"""The emotion curve shows highs and lows only where scores are given; when most steps have one,
the others are usually forgotten rather than unknown."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "emotion-missing"
DESCRIPTION = "Some steps have an emotion and this one does not (for a persona)."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    steps = journey.steps
    for persona in journey.persona_ids():
        taken = [s for s in steps if s.taken_by(persona)]
        scored = [s for s in taken if persona in s.emotion]
        if not scored or len(scored) == len(taken):
            continue
        who = f" for persona '{persona}'" if persona and len(journey.persona_ids()) > 1 else ""
        for step in taken:
            if persona not in step.emotion:
                yield step.pos, f"step '{shorten(step.name)}' has no emotion{who}"
