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


def _signature(definition: Definition) -> tuple[str, bool | None, str]:
    return definition.channel.casefold(), definition.online, definition.touchpoint_kind


def check(repository: Repository) -> Iterator[tuple[str, Pos, str]]:
    touchpoints = sorted(
        (d for d in repository.definitions if d.kind == "touchpoints"),
        key=lambda d: (not d.in_catalogue, d.path, d.pos),
    )
    # Per id and per name, the first definition of each different channel, online and kind: a
    # thousand journeys that agree cost a thousand looks, not a million.
    seen: dict[tuple[str, str], dict[tuple[str, bool | None, str], Definition]] = {}
    for later in touchpoints:
        said = False
        for same, value in (("id", later.id), ("name", _name(later))):
            kinds = seen.setdefault((same, value), {})
            for earlier in kinds.values():
                difference = _difference(later, earlier) if earlier.path != later.path else ""
                if difference and not said:
                    said = True
                    shown = later.id if same == "id" else later.name
                    yield (
                        later.path,
                        later.pos,
                        f"touchpoint with {same} '{shown}' is {difference} at {earlier.where}; "
                        "one touchpoint has one channel: define it once in a catalogue",
                    )
            kinds.setdefault(_signature(later), later)
