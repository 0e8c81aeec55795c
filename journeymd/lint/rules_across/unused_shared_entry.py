"""A catalogue is shared by many journeys; an entry none of them uses is a leftover, or a
touchpoint, team or customer no map shows yet. Told only when a whole folder is linted: the few
files a pre-commit hook gets do not say what the others use."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.lint.repository import Repository
from journeymd.loader import Pos

ID = "unused-shared-entry"
DESCRIPTION = "A persona, touchpoint or department in a shared catalogue is used by no journey linted."
SEVERITY = "warning"


def check(repository: Repository) -> Iterator[tuple[str, Pos, str]]:
    if not repository.whole:
        return
    count = len(repository.journeys)
    journeys = f"{count} journey{'s' if count != 1 else ''}"
    for entry, used in repository.catalogue_entries:
        if not used:
            yield entry.path, entry.pos, f"{entry.noun} '{entry.id}' is used by none of the {journeys} linted"
