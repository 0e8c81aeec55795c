"""The same customer written into two journeys drifts apart: a goal added in one, a name changed in
the other. Define a persona once, in a catalogue, and include it where it is needed."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.lint.repository import Definition, Repository
from journeymd.loader import Pos

ID = "persona-defined-twice"
DESCRIPTION = "The same persona (id or name) is defined in two journeys instead of once in a catalogue."
SEVERITY = "warning"


def _name(definition: Definition) -> str:
    return " ".join(definition.name.split()).casefold()


def check(repository: Repository) -> Iterator[tuple[str, Pos, str]]:
    personas = sorted(
        (d for d in repository.definitions if d.kind == "personas"),
        key=lambda d: (not d.in_catalogue, d.path, d.pos),
    )
    first: dict[tuple[str, str], Definition] = {}  # by ("id", id) and ("name", name): the first definition
    for later in personas:
        keys = (("id", later.id), ("name", _name(later)))
        earlier = next((first[key] for key in keys if key in first and first[key].path != later.path), None)
        for key in keys:
            first.setdefault(key, later)
        if earlier is None:
            continue
        same, value = ("id", later.id) if earlier.id == later.id else ("name", later.name)
        if earlier.in_catalogue:
            fix = f"catalogue {earlier.where}; include that catalogue instead of defining it again"
        else:
            fix = f"{earlier.where}; define it once in a catalogue and include it in both"
        yield later.path, later.pos, f"persona with {same} '{value}' is also defined in {fix}"
