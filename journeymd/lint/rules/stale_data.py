"""A map is repeated over time: figures from an export that is months old describe a journey that
has moved on. Export the data again, or raise ``max-data-age-days`` in the project settings for
figures that are refreshed less often: ``options: {stale-data: {max-data-age-days: 180}}``, or its
shorthand ``max-data-age-days: 180`` in the ``lint:`` section."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from journeymd.loader import Pos
from journeymd.model import Journey

ID = "stale-data"
DESCRIPTION = "Figures merged from a data file are older than max-data-age-days (90 unless set)."
SEVERITY = "warning"
# `lint: {max-data-age-days: N}` is a shorthand for this rule's option (docs/ci.md).
OPTIONS = {"max-data-age-days": 90}


def check(journey: Journey, max_data_age_days: float = OPTIONS["max-data-age-days"]) -> Iterator[tuple[Pos, str]]:
    today = datetime.date.today()
    limit = max_data_age_days
    for source in journey.datasets:
        if not source.as_of:
            continue
        age = (today - datetime.date.fromisoformat(source.as_of)).days
        if age > limit:
            yield (
                _where(journey, source),
                (
                    f"figures from '{source.label}' are as of {source.as_of}, {age} days ago (more than {limit}); "
                    "export them again"
                ),
            )


def _where(journey: Journey, source: object) -> Pos:
    """The first step or phase that shows a figure of ``source``."""
    keys = {key.split(".", 1)[0] for key, found in journey.measured.items() if found == source}
    for phase in journey.phases:
        if phase.id in keys:
            return phase.pos
        for step in phase.steps:
            if step.id in keys:
                return step.pos
    return (1, 1)
