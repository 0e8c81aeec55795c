"""The file's own lanes (``lanes: [{id, name, kind}]``): what one step shows in one of them, and
the lane's name and description in the label column."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import CustomLane, score_text
from .context import Context
from .scene import Box, Item, _r

__all__ = ["lane_cell"]

BAR_HEIGHT = 8.0


def lane_cell(ctx: Context, lane: CustomLane, value: str | float | tuple[str, ...] | None) -> tuple[list[Item], float]:
    """One step's content in ``lane``, relative to the cell's content box, and its height."""
    m = ctx.m
    if value is None or value == "" or value == ():
        return [], 0.0
    if lane.kind == "score" and isinstance(value, (int, float)):
        return _score(ctx, lane, value)
    if lane.kind == "list":
        return word_chips(ctx, value if isinstance(value, tuple) else (str(value),))
    text = value if isinstance(value, str) else ", ".join(map(str, value)) if isinstance(value, tuple) else str(value)
    if lane.kind == "quote":
        body = ctx.text(0, 0, f"“{text}”", ctx.inner, m.body, "body", italic=True)
    else:
        body = ctx.text(0, 0, text, ctx.inner, m.body, "body")
    return [body], body.height


def _score(ctx: Context, lane: CustomLane, value: float) -> tuple[list[Item], float]:
    """A bar on the lane's own scale, with the score and the scale's top beside it."""
    m = ctx.m
    shown = ctx.line_text(ctx.inner, 0, f"{score_text(value)} / {score_text(lane.max)}", m.small, "body",
                          bold=True, anchor="end")  # fmt: skip
    track_w = _r(ctx.inner - shown.width - 8)
    share = (value - lane.min) / (lane.max - lane.min) if lane.max > lane.min else 0.0
    top = _r((shown.line_height - BAR_HEIGHT) / 2)
    items: list[Item] = [Box(0, top, track_w, BAR_HEIGHT, "score-track", BAR_HEIGHT / 2)]
    if share > 0:
        items.append(Box(0, top, _r(max(BAR_HEIGHT, track_w * share)), BAR_HEIGHT, "score-bar", BAR_HEIGHT / 2))
    items.append(shown)
    return items, shown.line_height


def word_chips(ctx: Context, texts: Sequence[str], room: float | None = None) -> tuple[list[Item], float]:
    """Short texts as rounded chips, as many to a line as fit in ``room`` (default: the cell)."""
    m = ctx.m
    room = room or ctx.inner
    items: list[Item] = []
    x = y = row_h = 0.0
    for content in texts:
        text = ctx.text(0, 0, content, room - 12, m.small, "tag-text")
        w, h = min(text.width + 12, room), text.height + 6
        if x > 0 and x + w > room:
            x, y, row_h = 0, y + row_h + 5, 0
        items += [
            Box(_r(x), _r(y), _r(w), _r(h), "tag", h / 2 if len(text.lines) == 1 else 4),
            text.at(x + 6, y + 3),
        ]
        x += w + 5
        row_h = max(row_h, h)
    return items, _r(y + row_h)
