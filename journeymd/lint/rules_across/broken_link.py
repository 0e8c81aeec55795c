"""A step's `opens:` and a journey's `related:` name another journey. A file that is there but is no
journey — a catalogue, some other YAML, a journey with problems of its own — cannot be shown as
one: the map's link leads nowhere."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.lint.repository import Repository
from journeymd.loader import Pos
from journeymd.problem import shorten

ID = "broken-link"
DESCRIPTION = "An `opens:` or `related:` link names a file that is not a valid journey."
SEVERITY = "error"


def check(repository: Repository) -> Iterator[tuple[str, Pos, str]]:
    linted = {journey.source for journey in repository.journeys}
    for link in repository.links:
        if link.source not in linted:
            continue
        loaded = repository.targets.get(link.target)
        if not isinstance(loaded, tuple):
            continue
        codes = {problem.code for problem in loaded}
        shown = shorten(link.written, 60)
        if "catalogue" in codes and len(loaded) == 1:
            why = "a catalogue, not a journey; link to a journey that includes it"
        elif "not-a-journey" in codes:
            why = "no journey (a journey file starts with 'journeymd: 1' and has phases)"
        else:
            first = loaded[0]
            count = f"{len(loaded)} problem{'s' if len(loaded) > 1 else ''}"
            why = f"a journey with {count} (the first at {first.path}:{first.line}:{first.column}); fix it first"
        yield link.source, link.pos, f"{link.what} '{shown}', which is {why}"
