"""The service blueprint's three lines between its layers, and a connector down each column
through the layers that serve its customer action."""

from __future__ import annotations

from ..i18n import label
from ..model import LAYERS
from .context import BLUEPRINT_LINES, Context
from .grid import Grid
from .scene import Item, Lane, Line, Mark, _fmt, _r

__all__ = ["blueprint_lines"]


def blueprint_lines(
    ctx: Context, grid: Grid, row: range, lanes: list[Lane], right: float
) -> tuple[list[Item], list[Item], dict[int, list[Item]]]:
    """The lines (across the lanes), their names (at the left, in the label column, where a reader
    starts) and each column's connector."""
    m = ctx.m
    by_name = {lane.name: lane for lane in lanes}
    chrome: list[Item] = []
    labels: list[Item] = []
    for upper, lower, key in BLUEPRINT_LINES:
        if upper in by_name and lower in by_name:
            y = by_name[lower].y
            chrome.append(Line(f"M{_fmt(m.margin)} {_fmt(y)}H{_fmt(_r(right))}", "blueprint-line"))
            labels.append(Line(f"M{_fmt(m.margin)} {_fmt(y)}H{_fmt(_r(m.margin + ctx.label_width))}",
                               "blueprint-line"))  # fmt: skip
            if ctx.stacked:  # no label column: the name stands at the line's right end, above it
                name = ctx.line_text(right - 4, 0, label(ctx.loc, key), m.small, "blueprint-line-label", italic=True,
                                     anchor="end")  # fmt: skip
            else:
                name = ctx.text(m.margin + 10, 0, label(ctx.loc, key), ctx.label_width - 20, m.small,
                                "blueprint-line-label", italic=True)  # fmt: skip
            labels.append(name.at(name.x, y - name.height - 2))
    per_column: dict[int, list[Item]] = {}
    steps_lane = by_name.get("steps")
    if steps_lane is None:
        return chrome, labels, per_column
    for i in row:
        step = ctx.columns[i][1]
        if step is None:
            continue
        served = [by_name[layer] for layer in LAYERS if layer in by_name and step.layer(layer)]
        if not served:
            continue
        x = _r(grid.x(i) + m.column / 2)
        bottom = served[-1].y + m.pad
        per_column[i] = [
            Line(f"M{_fmt(x)} {_fmt(_r(steps_lane.y + steps_lane.h - 4))}V{_fmt(_r(bottom))}", "connector"),
            *(Mark(x, _r(lane.y + 4), 3, "circle", "connector-dot") for lane in served),
        ]
    return chrome, labels, per_column
