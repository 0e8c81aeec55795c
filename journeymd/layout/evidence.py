"""Research evidence on the map: a small ball per step that is fuller the stronger the evidence
(observed full, reported three quarters, inferred a quarter, assumed an empty dashed ring), as
consultants' Harvey balls read. Shape, not colour, carries the level, so a printed or
high-contrast map shows it too."""

from __future__ import annotations

import math

from ..model import Step
from .scene import Item, Line, Mark, _fmt, _r

__all__ = ["BALL", "ball", "card_class"]

BALL = 6.0  # px, the ball's radius on a step card
_FILLED = {"observed": 1.0, "reported": 0.75, "inferred": 0.25, "assumed": 0.0}


def ball(level: str, cx: float, cy: float, r: float = BALL) -> list[Item]:
    """The ball for ``level`` centred on ``cx``, ``cy``: a ring and, clockwise from the top, the
    filled share. The pie is drawn with straight segments: the layout moves paths, and its path
    mover knows no arcs."""
    ring = Mark(_r(cx), _r(cy), r, "circle", f"research-ring research-{level}")
    share = _FILLED.get(level, 0.0)
    if share >= 1:
        return [ring, Mark(_r(cx), _r(cy), _r(r - 1.5), "circle", "research-fill")]
    if share <= 0:
        return [ring]
    inner = r - 1.5
    points = [(cx, cy)]
    segments = max(2, round(24 * share))
    for n in range(segments + 1):
        angle = 2 * math.pi * share * n / segments
        points.append((cx + inner * math.sin(angle), cy - inner * math.cos(angle)))
    d = "M" + "L".join(f"{_fmt(_r(x))} {_fmt(_r(y))}" for x, y in points) + "Z"
    return [ring, Line(d, "research-fill")]


def card_class(step: Step | None) -> str:
    """The extra class of an assumed step's card: dashed and greyed, a guess and not a finding."""
    if step is not None and step.research is not None and step.research.level == "assumed":
        return " card-assumed"
    return ""
