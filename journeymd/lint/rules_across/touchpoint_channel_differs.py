"""One touchpoint is one channel: a hotline that is 'phone' in one journey and 'chat' in another
counts twice in every inventory and heat map, and one of the two is wrong."""

from __future__ import annotations

from collections.abc import Iterator

from journeymd.lint.repository import Definition, Repository
from journeymd.loader import Pos

ID = "touchpoint-channel-differs"
DESCRIPTION = "A touchpoint (same id or name) has another channel, online or kind in another journey."
SEVERITY = "warning"


def _name(definition: Definition) -> str:
    return " ".join(definition.name.split()).casefold()


def _difference(one: Definition, other: Definition) -> str:
    if one.channel and other.channel and one.channel.casefold() != other.channel.casefold():
        return f"channel '{one.channel}' here but '{other.channel}'"
    if one.online is not None and other.online is not None and one.online != other.online:
        return f"{'online' if one.online else 'offline'} here but {'online' if other.online else 'offline'}"
    if one.touchpoint_kind != other.touchpoint_kind:
        return f"{one.touchpoint_kind} here but {other.touchpoint_kind}"
    return ""


def check(repository: Repository) -> Iterator[tuple[str, Pos, str]]:
    touchpoints = sorted(
        (d for d in repository.definitions if d.kind == "touchpoints"),
        key=lambda d: (not d.in_catalogue, d.path, d.pos),
    )
    by_key: dict[tuple[str, str], list[Definition]] = {}
    for definition in touchpoints:
        by_key.setdefault(("id", definition.id), []).append(definition)
        by_key.setdefault(("name", _name(definition)), []).append(definition)
    said: set[int] = set()
    for later in touchpoints:
        if id(later) in said:
            continue
        for same in ("id", "name"):
            group = by_key[(same, later.id if same == "id" else _name(later))]
            for earlier in group[: group.index(later)]:
                difference = _difference(later, earlier) if earlier.path != later.path else ""
                if difference and id(later) not in said:
                    said.add(id(later))
                    value = later.id if same == "id" else later.name
                    yield (
                        later.path,
                        later.pos,
                        f"touchpoint with {same} '{value}' is {difference} at {earlier.where}; "
                        "one touchpoint has one channel: define it once in a catalogue",
                    )
