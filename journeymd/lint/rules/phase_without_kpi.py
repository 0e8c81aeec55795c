"""A goal is measured with KPIs; a phase without one cannot show that a fix helped."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "phase-without-kpi"
DESCRIPTION = "A phase has no KPI."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    for phase in journey.phases:
        if not phase.kpis:
            yield phase.pos, f"phase '{shorten(phase.name)}' has no KPI"
