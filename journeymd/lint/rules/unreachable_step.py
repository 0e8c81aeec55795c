"""Following `next` from the first step must reach every step; an unreachable step is usually a
`next` that skips further than intended."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "unreachable-step"
DESCRIPTION = "No path of `next` links leads from the first step to this step."
SEVERITY = "error"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    steps = journey.steps
    if not steps:
        return
    by_id = {s.id: s for s in steps}
    seen = {steps[0].id}
    todo = [steps[0]]
    while todo:
        for link in todo.pop().next:
            if link.to not in seen:
                seen.add(link.to)
                todo.append(by_id[link.to])
    for step in steps:
        if step.id not in seen:
            yield step.pos, f"step '{shorten(step.name)}' cannot be reached from the first step"
