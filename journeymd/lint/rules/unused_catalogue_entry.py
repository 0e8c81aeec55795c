"""Catalogue entries no step uses are either leftovers or touchpoints the map forgot."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey

ID = "unused-catalogue-entry"
DESCRIPTION = "A touchpoint, department or persona in the catalogue is used by no step."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    steps = journey.steps
    used_touchpoints = {t.id for s in steps for t in s.touchpoints}
    used_departments = {d.id for s in steps for d in s.departments} | {
        a.department.id for s in steps for layer in ("frontstage", "backstage", "support")
        for a in getattr(s, layer) if a.department
    }  # fmt: skip
    used_personas = {p for s in steps for p in s.emotion}
    for kind, items, used in (
        ("touchpoint", journey.touchpoints, used_touchpoints),
        ("department", journey.departments, used_departments),
        ("persona", journey.personas if len(journey.personas) > 1 else (), used_personas),
    ):
        for item in items:
            if item.id not in used:
                yield item.pos, f"{kind} '{item.id}' is not used by any step"
