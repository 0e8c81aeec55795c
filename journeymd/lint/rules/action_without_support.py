"""In a service blueprint every customer action is served by someone: a frontstage action the
customer sees, or backstage work. An action with neither is where the service relies on luck."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey
from journeymd.problem import shorten

ID = "action-without-support"
DESCRIPTION = "In a journey that writes blueprint actions, a customer action has no frontstage or backstage support."
SEVERITY = "warning"


def check(journey: Journey) -> Iterator[tuple[Pos, str]]:
    steps = journey.steps
    # A journey is a blueprint once it writes actions; a department's default layer alone does not make one.
    uses_blueprint = any(getattr(s, layer) for s in steps for layer in ("frontstage", "backstage", "support"))
    if not uses_blueprint:
        return
    for step in steps:
        if not step.layer("frontstage") and not step.layer("backstage"):
            yield step.pos, f"customer action '{shorten(step.name)}' has no frontstage or backstage support"
