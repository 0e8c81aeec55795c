"""Linked journeys: a step that opens a sub-journey (``opens:``) and journeys read side by side
(``related:``).

A link names another journey file relative to the journey's own file. Like catalogues and
images, it must stay inside the repository; unlike them, nothing is read from it here: a journey
is checked on its own, and whether the file it names is a journey is ``lint``'s question over a
folder. A link to a file that is not there is an error, as a ``next:`` to a missing step is.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from .images import base_folder, repository_root
from .loader import Pos, YList, YMap
from .problem import Problem, shorten

__all__ = ["check_links", "link_target", "written_links"]

# The schema's journey-path: no scheme (http:, file:, C:), not absolute, a YAML file.
_RELATIVE_YAML = re.compile(r"^(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\]).*\.(yaml|yml)\Z", re.DOTALL)


def written_links(data: YMap) -> Iterator[tuple[str, Pos, str]]:
    """Every link the file writes: (the path as written, where, what the link is for)."""
    related = data.get("related")
    if isinstance(related, YList):
        for index, item in enumerate(related):
            if isinstance(item, str):
                yield item, related.item_pos[index], "related journey"
            elif isinstance(item, YMap) and isinstance(item.get("journey"), str):
                yield item["journey"], item.value_pos.get("journey", item.pos), "related journey"
    phases = data.get("phases")
    for phase in phases if isinstance(phases, YList) else ():
        steps = phase.get("steps") if isinstance(phase, YMap) else None
        for step in steps if isinstance(steps, YList) else ():
            if isinstance(step, YMap) and isinstance(step.get("opens"), str):
                name = step.get("name")
                what = f"step '{shorten(name)}' opens" if isinstance(name, str) else "a step opens"
                yield step["opens"], step.value_pos.get("opens", step.pos), what


def link_target(source: str, written: str) -> Path:
    """The file a link in the journey ``source`` names (not checked)."""
    return base_folder(source) / written


def _bare(name: str) -> str:
    return re.sub(r"(\.journey)?\.ya?ml$", "", name)


def _nearest(written: str, target: Path) -> str:
    """A journey file beside where a link points whose name is close to it, for a did-you-mean."""
    try:
        names = sorted(p.name for p in target.parent.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError:
        return ""
    by_bare = {_bare(n): n for n in reversed(names)}
    close = difflib.get_close_matches(_bare(target.name), list(by_bare), n=1, cutoff=0.75)
    if not close:
        return ""
    head = written[: len(written) - len(target.name)] if written.endswith(target.name) else ""
    return f"; did you mean '{head}{by_bare[close[0]]}'?"


def check_links(data: YMap, name: str) -> list[Problem]:
    """A problem for each link that leaves the repository, points at itself or at nothing."""
    found: list[Problem] = []
    folder = base_folder(name)
    root = repository_root(folder)
    itself = Path(name).resolve() if name not in ("<string>", "<stdin>") else None
    for written, (line, column), what in written_links(data):
        shown = shorten(written, 60)

        def problem(message: str, line: int = line, column: int = column) -> None:
            found.append(Problem(name, line, column, message, "link"))

        if not _RELATIVE_YAML.match(written):
            continue  # the schema's pattern says what is wrong: it is no path to a journey relative to this file
        target = folder / written
        try:
            real = target.resolve(strict=True)
        except (OSError, RuntimeError):  # missing, or a loop of links
            looked = f"looked in {os.path.normpath(target)}{_nearest(written, target)}"
            problem(f"{what} '{shown}', which is not there ({looked})")
            continue
        if real != root and root not in real.parents:
            problem(f"{what} '{shown}', which is outside the repository ({root}); link only to journeys inside it")
        elif not real.is_file():
            problem(f"{what} '{shown}', which is not a file")
        elif real == itself:
            problem(f"{what} '{shown}', which is this journey itself")
    return found
