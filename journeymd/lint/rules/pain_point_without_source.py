"""A pain point sets priorities and budgets; in a journey that records research, each one names
where it was found (the step's ``research:`` sources, or its own as ``{text, research}``), so that
a reader can tell a finding from a guess."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten
from journeymd.research import uses_research

ID = "pain-point-without-source"
DESCRIPTION = "In a journey that records research, a pain point names no source or quote."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    if not uses_research(journey):
        return
    for step in journey.steps:
        for index, text in enumerate(step.pain_points):
            research = step.pain_research[index] if index < len(step.pain_research) else None
            if not (research and research.sourced):
                yield (
                    step.pos,
                    (f"pain point '{shorten(text)}' at step '{shorten(step.name)}' names no research source"),
                )
