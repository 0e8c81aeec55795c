"""What the rules across journeys look at: the journeys linted together, where each of their
personas, touchpoints and departments is defined (in the journey, or in a catalogue it includes),
and the journeys they link to.

Built from the files as written (positions point into the file that defines a thing, a catalogue
included), for journeys that are valid on their own: a journey with problems reports those.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from .._record import Record, dataclass
from ..loader import Pos, YList, YMap
from ..model import Journey
from ..problem import JourneyError, Problem

__all__ = ["Definition", "Linked", "Repository", "build_repository"]


@dataclass(frozen=True, eq=False, repr=False)
class Definition(Record):
    """A persona, touchpoint or department as one file defines it."""

    kind: str  # personas, touchpoints or departments
    id: str
    name: str
    path: str  # the file, as messages name it
    pos: Pos
    in_catalogue: bool
    channel: str = ""  # a touchpoint's
    online: bool | None = None
    touchpoint_kind: str = "direct"

    @property
    def where(self) -> str:
        return f"{self.path}:{self.pos[0]}:{self.pos[1]}"

    @property
    def noun(self) -> str:
        return self.kind[:-1]


@dataclass(frozen=True, eq=False, repr=False)
class Linked(Record):
    """A link written in a journey: a step's ``opens:`` or a ``related:`` journey."""

    source: str  # the journey that writes it
    written: str  # the path as written
    pos: Pos
    what: str  # "step 'Returns' opens", "related journey"
    opens: bool
    target: Path  # the file it names (resolved)
    shown: str  # that file, as messages name it


@dataclass(frozen=True, eq=False, repr=False)
class Repository(Record):
    """The journeys linted together and what they define and link to."""

    journeys: tuple[Journey, ...]
    # Whether the set is a whole folder: what no journey uses can only be told of a whole set, not
    # of the few files a pre-commit hook gets.
    whole: bool
    definitions: tuple[Definition, ...]
    # Catalogue entries with the journeys that use them: (definition, used by any journey).
    catalogue_entries: tuple[tuple[Definition, bool], ...]
    links: tuple[Linked, ...]
    # Each file a link names: its journey, or the problems that make it none (None: not read).
    targets: dict[Path, Journey | tuple[Problem, ...]]


def _real(name: str) -> Path:
    return Path(name).resolve()


def _shown(path: Path) -> str:
    return os.path.normpath(path)


def _maps(node: object) -> list[YMap]:
    return [item for item in node if isinstance(item, YMap)] if isinstance(node, YList) else []


def _text(node: YMap, key: str) -> str:
    value = node.get(key)
    return value if isinstance(value, str) else ""


def _definition(kind: str, node: YMap, path: str, in_catalogue: bool, fallback_id: str = "") -> Definition | None:
    from ..model import _online

    entry_id = _text(node, "id") or fallback_id
    name = _text(node, "name")
    if not entry_id:
        return None
    if kind != "touchpoints":
        return Definition(kind, entry_id, name or entry_id, path, node.pos, in_catalogue)
    channel = _text(node, "channel")
    online = node.get("online")
    kind_of = node.get("kind")
    return Definition(
        kind, entry_id, name or entry_id, path, node.pos, in_catalogue, channel,
        _online(channel, online if isinstance(online, bool) else None),
        kind_of if isinstance(kind_of, str) else "direct",
    )  # fmt: skip


def _steps(data: YMap) -> Iterator[YMap]:
    for phase in _maps(data.get("phases")):
        yield from _maps(phase.get("steps"))


def build_repository(journeys: Sequence[Journey], whole: bool) -> Repository:
    """The index the rules across journeys read, of journeys that loaded without problems."""
    from ..catalogue import KINDS, _itself, _named, _Resolver
    from ..images import base_folder, repository_root
    from ..links import link_target, written_links
    from ..loader import parse_yaml, read_text
    from ..slug import slugify

    definitions: list[Definition] = []
    entries: dict[tuple[Path, str, str], Definition] = {}
    used: set[tuple[Path, str, str]] = set()
    # What the journeys that include catalogues name, by kind: an entry of a catalogue is used when
    # one of them names its id.
    named: set[tuple[str, str]] = set()
    resolvers: dict[Path, _Resolver] = {}
    links: list[Linked] = []
    for journey in journeys:
        name = journey.source
        try:
            data = parse_yaml(read_text(name), name)
        except (JourneyError, OSError):
            continue
        if not isinstance(data, YMap):
            continue
        for kind in KINDS:
            for node in _maps(data.get(kind)):
                found = _definition(kind, node, name, False)
                if found:
                    definitions.append(found)
        for step in _steps(data):
            for item in _maps(step.get("touchpoints")):  # a touchpoint written out in a step
                found = _definition("touchpoints", item, name, False, slugify(_text(item, "name"), ""))
                if found:
                    definitions.append(found)
        if "include" in data:
            folder = base_folder(name)
            root = repository_root(folder)
            # One resolver for the repository reads each catalogue once, however many journeys include it.
            resolver = resolvers.setdefault(root, _Resolver(root))
            resolver.merge(data, name, folder, _itself(name))
            for kind, ids in _named(data).items():
                named.update((kind, entry_id) for entry_id in ids)
        for written, pos, what in written_links(data):
            target = link_target(name, written)
            if target.is_file():
                links.append(Linked(name, written, pos, what, what != "related journey", target.resolve(),
                                    _shown(target)))  # fmt: skip
    for resolver in resolvers.values():
        for catalogue in resolver.loaded.values():
            for kind, items in (catalogue or {}).items():
                for entry in items:
                    found = _definition(kind, entry.node, entry.source, True)
                    if found is not None:
                        key = (_real(entry.source), kind, found.id)
                        entries.setdefault(key, found)
                        if (kind, found.id) in named:
                            used.add(key)
    definitions += entries.values()
    targets: dict[Path, Journey | tuple[Problem, ...]] = {_real(j.source): j for j in journeys}
    pending = [link.target for link in links]
    while pending:  # the linked journeys, and those they open in turn, for cycles through them
        target = pending.pop()
        if target in targets:
            continue
        targets[target] = _load(target)
        loaded = targets[target]
        if isinstance(loaded, tuple):
            continue
        links += _opens_of(loaded)
        pending += [link.target for link in links if link.source == loaded.source]
    return Repository(
        tuple(journeys),
        whole,
        tuple(definitions),
        tuple((entry, key in used) for key, entry in entries.items()),
        tuple(links),
        targets,
    )


def _opens_of(journey: Journey) -> list[Linked]:
    """The sub-journeys a journey outside the linted set opens (read from its model)."""
    from ..links import link_target
    from ..problem import shorten

    found = []
    for step in journey.steps:
        if step.opens:
            target = link_target(journey.source, step.opens)
            if target.is_file():
                what = f"step '{shorten(step.name)}' opens"
                found.append(Linked(journey.source, step.opens, step.pos, what, True, target.resolve(), _shown(target)))
    return found


def _load(target: Path) -> Journey | tuple[Problem, ...]:
    from .. import load

    shown = os.path.relpath(target)
    try:
        return load(shown)
    except JourneyError as error:
        return error.problems
    except (OSError, UnicodeError) as error:
        return (Problem(shown, 1, 1, f"cannot be read: {error}"),)
