"""The emotion scale, and every step's emotion on it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..loader import YList, YMap
from ..problem import Problem
from .reading import emotion_range, is_number, maps
from .wording import number_text


def scale_problems(data: YMap, path: str) -> Iterator[Problem]:
    """The emotion scale runs upwards over at most 11 levels, names each level once, and every
    step's emotion is a whole number on it (the schema only knows it is a whole number)."""
    scale = data.get("emotion_scale")
    if isinstance(scale, YMap):
        if any(not is_number(scale[key]) for key in ("min", "max") if key in scale):
            return  # the schema said what is wrong with it
        problem = _scale_problem(scale, *emotion_range(data), path)
        if problem is not None:
            yield problem
            return
    elif scale is not None:
        return  # the schema said what is wrong with it
    yield from _score_problems(data, *emotion_range(data), path)


def _scale_problem(scale: YMap, low: int, high: int, path: str) -> Problem | None:
    """What is wrong with the scale from ``low`` to ``high`` itself, if anything."""
    levels = scale.get("levels")
    count = len(levels) if isinstance(levels, YList) else 0
    where = "max" if "max" in scale else "min" if "min" in scale else "levels"
    if ("min" in scale) != ("max" in scale) and not count:
        key = "min" if "min" in scale else "max"
        return Problem(path, *scale.key_pos[key], "give the emotion scale both 'min' and 'max'", "scale")
    if high <= low:
        return Problem(path, *scale.value_pos[where], f"the emotion scale's 'max' must be above its 'min' "
                       f"({low} … {high})", "scale")  # fmt: skip
    if high - low > 10:
        return Problem(path, *scale.value_pos[where], f"the emotion scale has {high - low + 1} levels; at most 11 "
                       "fit on the axis", "scale")  # fmt: skip
    if count and count != high - low + 1:
        message = f"the emotion scale from {low} to {high} has {high - low + 1} levels, but 'levels' names {count}"
        return Problem(path, *scale.value_pos["levels"], message, "scale")
    return None


def _score_problems(data: YMap, low: int, high: int, path: str) -> Iterator[Problem]:
    """Every step's emotion score (one, or one per persona) outside the scale."""
    own_scale = isinstance(data.get("emotion_scale"), YMap)
    for phase in maps(data, "phases"):
        for step in maps(phase, "steps"):
            emotion = step.get("emotion")
            scores: list[tuple[YMap, str, Any]] = [(step, "emotion", emotion)]
            if isinstance(emotion, YMap):
                scores = [(emotion, str(key), value) for key, value in emotion.items()]
            for node, key, value in scores:
                whole = is_number(value) and float(value).is_integer()
                if whole and not low <= value <= high:
                    message = f"'{key}' must be a whole number from {low} to {high}, not {number_text(value)}"
                    if own_scale:
                        message += " (the journey's 'emotion_scale')"
                    yield Problem(path, *node.value_pos[key], message, "scale")
