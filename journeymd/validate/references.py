"""Cross references no schema can express: ids that are unique, names that exist, and the limits.

These also run on files the schema rejected, so they read defensively: all problems at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..loader import Pos, YList, YMap
from ..problem import Problem, did_you_mean, shorten
from ..slug import slugify, step_ids
from .commas import comma_splits
from .hints import END_WORDS, Hints
from .limits import MAX_DEPARTMENTS, MAX_LINKS, MAX_PERSONAS, MAX_STEP_LINKS, MAX_STEPS
from .reading import maps, with_ids

CATALOGUES = ("personas", "touchpoints", "departments")
LAYERS = ("frontstage", "backstage", "support")  # a blueprint step's actions, each with a department


class At:
    """Makes the problem at a key of a mapping (its value, or with ``at_key`` the key itself) or at
    an item of a list, in the file at ``path``. (A plain class: a dataclass costs every run an
    import-time compile.)"""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(
        self, node: YMap | YList, key: Any, message: str, code: str = "reference", at_key: bool = False
    ) -> Problem:
        if isinstance(node, YList):
            line, column = node.item_pos[key]
        else:
            line, column = node.key_pos[key] if at_key else node.value_pos[key]
        return Problem(self.path, line, column, message, code)


class Known:
    """What a step's references are checked against."""

    __slots__ = ("at", "catalogues", "hints", "steps")

    def __init__(self, catalogues: dict[str, dict[str, Pos]], steps: dict[str, YMap], hints: Hints, at: At) -> None:
        self.catalogues = catalogues  # personas, touchpoints, departments: id -> where declared
        self.steps = steps  # step id -> the first step with it
        self.hints = hints
        self.at = at


def reference_problems(data: YMap, path: str) -> Iterator[Problem]:
    at = At(path)
    catalogues, duplicates = _catalogues(data, at)
    yield from duplicates
    declared = maps(data, "personas")
    if len(declared) > MAX_PERSONAS:
        message = (
            f"the journey has {len(declared):,} personas; a map draws at most {MAX_PERSONAS} "
            "(an emotion line each; split them over several journeys)"
        )
        yield Problem(path, *declared[MAX_PERSONAS].pos, message, "limit")
        return
    yield from _journey_persona(data, catalogues["personas"], at)
    phases = maps(data, "phases")
    yield from _phase_ids(phases, at)
    steps = [
        step
        for phase in phases
        for step in maps(phase, "steps")
        if isinstance(step.get("id", ""), str) and isinstance(step.get("name"), str)
    ]
    if len(steps) > MAX_STEPS:
        message = (
            f"the journey has {len(steps):,} steps; journeymd draws at most {MAX_STEPS:,} (split it into several files)"
        )
        yield Problem(path, *steps[MAX_STEPS].pos, message, "limit")
        return
    yield from _too_many_departments(data, steps, path)
    ids = step_ids(steps)
    first_at, duplicates = _step_ids(steps, ids, at)
    yield from duplicates
    known = Known(catalogues, first_at, Hints(data, phases, steps, ids), at)
    for step in steps:
        yield from _step_references(step, known)
    yield from _link_limits(steps, at)
    checked: set[int] = set()  # a list shared through an alias is checked once
    for node in (*steps, *phases, *declared):
        yield from comma_splits(node, path, checked)


def _catalogues(data: YMap, at: At) -> tuple[dict[str, dict[str, Pos]], list[Problem]]:
    """The ids of each catalogue (where each is first declared), and the problems of ids declared twice."""
    catalogues: dict[str, dict[str, Pos]] = {}
    problems: list[Problem] = []
    for kind in CATALOGUES:
        seen: dict[str, Pos] = {}
        for item in with_ids(maps(data, kind)):
            if item["id"] in seen:
                message = f"duplicate {kind[:-1]} id '{item['id']}' (first at line {seen[item['id']][0]})"
                problems.append(at(item, "id", message, "duplicate-id"))
            else:
                seen[item["id"]] = item.value_pos["id"]
        catalogues[kind] = seen
    return catalogues, problems


def _journey_persona(data: YMap, personas: dict[str, Pos], at: At) -> Iterator[Problem]:
    """The journey's own ``persona:``, which must be one of its personas."""
    persona = data.get("persona")
    if isinstance(persona, str) and persona not in personas:
        hint = did_you_mean(persona, personas) if personas else "; list it under 'personas:'"
        yield at(data, "persona", f"unknown persona '{persona}'{hint}")


def _phase_ids(phases: list[YMap], at: At) -> Iterator[Problem]:
    seen: dict[str, Pos] = {}
    for phase in with_ids(phases):
        phase_id = phase["id"]
        if phase_id in seen:
            message = f"duplicate phase id '{phase_id}' (first at line {seen[phase_id][0]})"
            yield at(phase, "id", message, "duplicate-id")
        seen.setdefault(phase_id, phase.value_pos["id"])


def _step_ids(steps: list[YMap], ids: list[str], at: At) -> tuple[dict[str, YMap], list[Problem]]:
    """The first step with each id, and a problem for each later step with the same id (written,
    or made from a name another step also has)."""
    first_at: dict[str, YMap] = {}
    problems: list[Problem] = []
    for step, step_id in zip(steps, ids, strict=True):
        if step_id not in first_at:
            first_at[step_id] = step
            continue
        line = first_at[step_id].pos[0]
        if "id" in step:
            problems.append(at(step, "id", f"duplicate step id '{step_id}' (first at line {line})", "duplicate-id"))
        else:
            message = (
                f"another step (line {line}) also gets the id '{step_id}' from its name; give one of them an 'id:'"
            )
            problems.append(at(step, "name", message, "duplicate-id"))
    return first_at, problems


def _too_many_departments(data: YMap, steps: list[YMap], path: str) -> Iterator[Problem]:
    """One problem if the journey has more than MAX_DEPARTMENTS departments: in its catalogue, or
    without one, named in its steps (at the first name too many)."""
    catalogue = maps(data, "departments")
    count, first_over = len(catalogue), catalogue[MAX_DEPARTMENTS].pos if len(catalogue) > MAX_DEPARTMENTS else None
    if not catalogue:
        names: set[str] = set()
        for name, pos in _departments_named(steps):
            if isinstance(name, str) and name not in names:
                names.add(name)
                if len(names) == MAX_DEPARTMENTS + 1:
                    first_over = pos
        count = len(names)
    if first_over is not None:
        message = (
            f"the journey has {count:,} departments; journeymd shows at most {MAX_DEPARTMENTS} "
            "(a row each in the report's department matrix; split the journey or group them)"
        )
        yield Problem(path, *first_over, message, "limit")


def _departments_named(steps: list[YMap]) -> Iterator[tuple[Any, Pos]]:
    """Every department the steps name, where they name it: in ``departments`` and in actions."""
    for step in steps:
        listed = step.get("departments")
        if isinstance(listed, YList):
            yield from zip(listed, listed.item_pos, strict=True)
        for layer in LAYERS:
            yield from ((a["department"], a.value_pos["department"]) for a in maps(step, layer) if "department" in a)


def _link_limits(steps: list[YMap], at: At) -> Iterator[Problem]:
    """Too many ``next`` links in one step, or in all steps together (at the step that goes over)."""
    links = 0
    for step in steps:
        written = _next_links(step)
        if len(written) > MAX_STEP_LINKS:
            message = f"'next' has {len(written):,} links; a step may lead to at most {MAX_STEP_LINKS} steps"
            yield at(step, "next", message, "limit")
        elif links <= MAX_LINKS < links + len(written):
            message = (
                f"the journey's steps list more than {MAX_LINKS:,} 'next' links in all, the most journeymd draws "
                "(split it into several files)"
            )
            yield at(step, "next", message, "limit")
        links += len(written)


def _next_links(step: YMap) -> list[Any]:
    """The links a step's ``next`` writes: one, a list, or none."""
    links = step.get("next")
    if isinstance(links, (str, YMap)):
        return [links]
    return links if isinstance(links, YList) else []


def _step_references(step: YMap, known: Known) -> Iterator[Problem]:
    """Every name a step uses that its journey does not define."""
    yield from _persona_references(step, known)
    yield from _emotion_references(step, known)
    for kind in ("touchpoints", "departments"):
        yield from _catalogue_references(step, kind, known)
    yield from _action_departments(step, known)
    yield from _link_references(step, known)


def _unknown_persona_hint(name: str, known: Known) -> str:
    personas = known.catalogues["personas"]
    return known.hints.did_you_mean(name, personas) if personas else "; list personas under 'personas:' first"


def _persona_references(step: YMap, known: Known) -> Iterator[Problem]:
    """The personas who take the step."""
    takers = step.get("personas")
    if not isinstance(takers, YList):
        return
    for index, persona in enumerate(takers):
        if isinstance(persona, str) and persona not in known.catalogues["personas"]:
            yield known.at(takers, index, f"unknown persona '{persona}'{_unknown_persona_hint(persona, known)}")


def _emotion_references(step: YMap, known: Known) -> Iterator[Problem]:
    """An emotion per persona: each a known persona who takes the step."""
    emotion, takers = step.get("emotion"), step.get("personas")
    if not isinstance(emotion, YMap):
        return
    for key in emotion:
        if key not in known.catalogues["personas"]:
            message = f"unknown persona '{key}' in emotion{_unknown_persona_hint(key, known)}"
            yield known.at(emotion, key, message, at_key=True)
        elif isinstance(takers, YList) and key not in takers:
            message = f"an emotion for persona '{key}', who does not take this step (its 'personas' are "
            yield known.at(emotion, key, message + ", ".join(map(str, takers)) + ")", at_key=True)


def _catalogue_references(step: YMap, kind: str, known: Known) -> Iterator[Problem]:
    """The step's touchpoints or departments, by id when the journey has a catalogue of them."""
    ids, items = known.catalogues[kind], step.get(kind)
    if not ids or not isinstance(items, YList):
        return  # without a catalogue, plain names are the touchpoints/departments themselves
    for index, item in enumerate(items):
        if isinstance(item, str) and item not in ids:
            named = known.hints.names[kind].get(item.casefold())
            hint = f"; steps use the id: '{named}'" if named else known.hints.did_you_mean(item, ids)
            hint = hint or f"; add it to '{kind}:' at the top or use its id"
            yield known.at(items, index, f"unknown {kind[:-1]} '{shorten(item)}'{hint}")


def _action_departments(step: YMap, known: Known) -> Iterator[Problem]:
    """The department of each blueprint action, when the journey has a catalogue of them."""
    departments = known.catalogues["departments"]
    if not departments:
        return
    for layer in LAYERS:
        for action in maps(step, layer):
            name = action.get("department")
            if isinstance(name, str) and name not in departments:
                hint = known.hints.did_you_mean(name, departments) or (
                    "; add it to 'departments:' at the top or use its id"
                )
                yield known.at(action, "department", f"unknown department '{shorten(name)}'{hint}")


def _link_references(step: YMap, known: Known) -> Iterator[Problem]:
    """Each step ``next`` leads to."""
    links = step.get("next")
    if isinstance(links, YList) and len(links) > MAX_STEP_LINKS:
        return  # reported once by _link_limits, not once for each link
    for node, where, target in _written_links(step):
        if isinstance(target, str) and target not in known.steps:
            yield known.at(node, where, f"'next' points to unknown step '{target}'{_link_hint(target, known)}")


def _written_links(step: YMap) -> Iterator[tuple[YMap | YList, Any, Any]]:
    """(node, key or index, target) of each link in ``next``: the place a problem with it points to."""
    links = step.get("next")
    if isinstance(links, YMap):
        yield links, "to", links.get("to")
    elif isinstance(links, str):  # a single link without a list
        yield step, "next", links
    elif isinstance(links, YList):
        for index, link in enumerate(links):
            if isinstance(link, YMap):
                yield link, "to", link.get("to")
            else:
                yield links, index, link


def _link_hint(target: str, known: Known) -> str:
    """What a link to an unknown step most likely meant: a phase, a step by number, the end."""
    hint = known.hints.did_you_mean(target, known.steps)
    position = re.fullmatch(r"step-(\d+)", target)
    first_steps = known.hints.phase_starts
    phase = next((t for t in (target, slugify(target, "")) if t in first_steps), None)
    if phase is not None:
        first = first_steps[phase]
        such = f", such as its first, '{first}'" if first else ""
        return f"; '{phase}' is a phase: point to a step{such}"
    if position and 0 < int(position[1]) <= len(known.hints.ids):
        # Steps whose names have no Latin letters get an id made from the name, not a number.
        actual = known.hints.ids[int(position[1]) - 1]
        return f"; step {position[1]}'s id is '{actual}' (or give it an 'id:' to link by)"
    if target.lower() in END_WORDS:
        hint += "; to end the journey here, write 'next: []'"
    return hint
