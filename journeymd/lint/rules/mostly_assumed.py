"""A map whose steps are mostly assumed is an assumption map: a hypothesis to test with customers,
not a finding to act on. In a journey that records research, more than ``max-share`` (default
half) of the steps assumed or without research is reported, with the share. Set the threshold in
the project settings: ``options: {mostly-assumed: {max-share: 0.3}}``."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.i18n import percent
from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.research import uses_research

ID = "mostly-assumed"
DESCRIPTION = "In a journey that records research, most steps are assumed or say nothing of research."
SEVERITY = "warning"
OPTIONS = {"max-share": 0.5}  # the share of assumed steps a map may have


def check(journey: Journey, max_share: float = OPTIONS["max-share"]) -> Iterator[tuple[Pos, str]]:
    steps = journey.steps
    if not steps or not uses_research(journey):
        return
    assumed = sum(1 for step in steps if step.research is None or step.research.level == "assumed")
    if assumed / len(steps) > max_share:
        yield (
            (1, 1),
            (
                f"{assumed} of {len(steps)} steps ({percent(assumed / len(steps))}) are assumed or say nothing of "
                f"research, more than {percent(max_share)}: test the map with customers before acting on it"
            ),
        )
