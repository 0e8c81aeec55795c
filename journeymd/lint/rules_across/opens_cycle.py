"""A step opens a sub-journey: the detail of that step. A sub-journey that opens the journey it is
part of (A opens B, B opens A) makes the tree of journeys a loop, with no top to start reading at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from journeymd.lint.repository import Linked, Repository
from journeymd.loader import Pos
from journeymd.problem import shorten

ID = "opens-cycle"
DESCRIPTION = "Steps' `opens:` links lead in a circle back to a journey they started from."
SEVERITY = "warning"


def check(repository: Repository) -> Iterator[tuple[str, Pos, str]]:
    opens: dict[Path, list[Path]] = {}
    for link in repository.links:
        if link.opens:
            opens.setdefault(Path(link.source).resolve(), []).append(link.target)
    names = {Path(link.source).resolve(): link.source for link in repository.links}
    written: dict[str, list[Linked]] = {}
    for link in repository.links:
        if link.opens:
            written.setdefault(link.source, []).append(link)
    seen: set[frozenset[Path]] = set()
    for journey in repository.journeys:
        start = Path(journey.source).resolve()
        for link in written.get(journey.source, ()):
            path = _path_back(link.target, start, opens)
            if path is None:
                continue
            loop = frozenset((start, *path))
            if loop in seen:
                continue  # one warning for each circle, at the journey linted first
            seen.add(loop)
            circle = " → ".join(shorten(names.get(p, str(p)), 60) for p in (start, *path))
            yield (
                journey.source,
                link.pos,
                f"{link.what} '{shorten(link.written, 60)}', which leads back to this journey ({circle}); "
                "a sub-journey should not open the journey it is part of",
            )


def _path_back(first: Path, start: Path, opens: dict[Path, list[Path]]) -> list[Path] | None:
    """The journeys from ``first`` back to ``start`` along ``opens`` (ending in ``start``), if any."""
    came_from: dict[Path, Path | None] = {first: None}
    pending = [first]
    while pending:
        node = pending.pop(0)
        if node == start:
            path = []
            at: Path | None = node
            while at is not None:
                path.append(at)
                at = came_from[at]
            return path[::-1]
        for following in opens.get(node, ()):
            if following not in came_from:
                came_from[following] = node
                pending.append(following)
    return None
