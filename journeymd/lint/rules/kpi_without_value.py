"""With figures merged from a data file, a KPI that has a target but no value is a gap in the
export (or a KPI id the export spells differently): the map shows the goal without the result."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "kpi-without-value"
DESCRIPTION = "A KPI has a target but no value, in a journey with figures from a data file."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    if not journey.measured:  # a map without data files plans its KPIs; values come with the data
        return
    for phase in journey.phases:
        for kpi in phase.kpis:
            if kpi.target and not kpi.value:
                what = f"KPI '{shorten(kpi.name)}' of phase '{shorten(phase.name)}'"
                yield (
                    phase.pos,
                    f"{what} has a target ({kpi.target}) but no value; add a '{kpi.id}' column to the data file",
                )
