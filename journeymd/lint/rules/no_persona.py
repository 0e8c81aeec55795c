"""A map is drawn for one persona: new and returning customers have different
journeys, and a map for "everyone" hides both."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey

ID = "no-persona"
DESCRIPTION = "The journey names no persona."
SEVERITY = "info"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    if not journey.personas:
        yield (1, 1), "the journey names no persona; add 'personas:' to say whose journey this is"
