"""The file's own lanes: unique ids, score ranges, and steps that fill them with the right kind of content."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..loader import YMap
from ..problem import Problem, did_you_mean, shorten
from .reading import is_number, maps, with_ids
from .wording import describe, number_text


def lane_problems(data: YMap, path: str) -> Iterator[Problem]:
    """The file's own lanes: ids that are new and unique, a score's scale that runs upwards, and
    steps that fill only lanes that exist, each with content of the lane's kind."""
    from ..model import BLUEPRINT_LANES, LANES

    def key_at(node: YMap, key: str, message: str, code: str = "reference") -> Problem:
        return Problem(path, *node.key_pos[key], message, code)

    def value_at(node: YMap, key: str, message: str, code: str = "lane") -> Problem:
        return Problem(path, *node.value_pos[key], message, code)

    built_in = (*LANES, *BLUEPRINT_LANES)
    lanes: dict[str, YMap] = {}
    for lane in with_ids(maps(data, "lanes")):
        lane_id = lane["id"]
        if lane_id in built_in:
            yield value_at(lane, "id", f"'{lane_id}' is one of the map's own lanes; list it by name, or give your lane "
                           "another id", "duplicate-id")  # fmt: skip
        elif lane_id in lanes:
            yield value_at(lane, "id", f"duplicate lane id '{lane_id}' (first at line {lanes[lane_id].pos[0]})",
                           "duplicate-id")  # fmt: skip
        else:
            lanes[lane_id] = lane
        yield from _range_problems(lane, key_at, value_at)
    for phase in maps(data, "phases"):
        for step in maps(phase, "steps"):
            filled = step.get("lanes")
            if not isinstance(filled, YMap):
                continue
            for key, value in filled.items():
                own = lanes.get(str(key))
                if own is None:
                    hint = _unknown_lane_hint(str(key), lanes, built_in)
                    yield key_at(filled, key, f"unknown lane '{shorten(str(key))}'{hint}")
                else:
                    yield from _lane_value_problems(own, filled, key, value, value_at)


def _range_problems(lane: YMap, key_at: Any, value_at: Any) -> Iterator[Problem]:
    """A score lane's range runs upwards; a lane of another kind has none."""
    kind = lane.get("kind", "text")
    low, high = lane.get("min", 1), lane.get("max", 5)
    if kind != "score":
        for key in ("min", "max"):
            if key in lane:
                yield key_at(lane, key, f"only a score lane has '{key}'; this lane's kind is '{kind}'", "lane")
    elif is_number(low) and is_number(high) and low >= high:
        where = "max" if "max" in lane else "min"
        yield value_at(
            lane, where, f"a score lane's 'max' must be above its 'min' ({number_text(low)} … {number_text(high)})"
        )


def _unknown_lane_hint(key: str, lanes: dict[str, YMap], built_in: tuple[str, ...]) -> str:
    if key in built_in:
        return f"; '{key}' is one of the map's own lanes: write it as the step's '{key}:'"
    return did_you_mean(key, lanes) or f"; define it under the top-level 'lanes:' as {{id: {key}, name: …, kind: text}}"


def _lane_value_problems(lane: YMap, filled: YMap, key: str, value: Any, value_at: Any) -> Iterator[Problem]:
    """Whether a step's ``value`` fits the kind of the lane it fills."""
    kind = lane.get("kind", "text")
    if kind == "score":
        low, high = lane.get("min", 1), lane.get("max", 5)
        if not is_number(value):
            yield value_at(filled, key, f"lane '{key}' holds a score from {number_text(low)} to {number_text(high)}; "
                           f"got {describe(value)}")  # fmt: skip
        elif is_number(low) and is_number(high) and not low <= value <= high:
            yield value_at(
                filled,
                key,
                f"lane '{key}' runs from {number_text(low)} to {number_text(high)}; got {number_text(value)}",
            )
    elif kind == "list":
        if is_number(value):
            yield value_at(
                filled, key, f"lane '{key}' is a list lane: give a text or a list of texts; got {describe(value)}"
            )
    elif not isinstance(value, str):
        yield value_at(filled, key, f"lane '{key}' is a {kind} lane: give one text; got {describe(value)}")
