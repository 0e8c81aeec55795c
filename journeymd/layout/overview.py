"""The overview: the whole journey at a glance — its phases, every persona's emotion curve, and step
numbers — in a few compact strips, for the first page of a long map and ``--view overview``."""

from __future__ import annotations

import math

from ..i18n import label
from ..textmetrics import text_width
from .context import Context
from .emotion import _smooth
from .scene import Box, Group, Item, Line, Mark, _fmt, _r

__all__ = ["fitted", "overview"]

MIN_STRIP = 40  # steps in one strip of the overview, at least
STRIPS = 6  # strips at most: a long journey gets more steps per strip rather than more strips


def overview(ctx: Context, top: float, width: float, room: float = 0) -> tuple[Group, float]:
    """The overview group from ``top``, ``width`` wide, and its height. With ``room`` (px) its
    scale grows to fill that much height, as on a first page with space to spare."""
    m = ctx.m
    items: list[Item] = [ctx.line_text(m.margin, top, label(ctx.loc, "overview"), m.body, "lane-label", bold=True)]
    y = top + m.body * m.line_height + 6
    count = len(ctx.columns)
    per_strip = min(count, max(MIN_STRIP, math.ceil(count / STRIPS))) or 1
    strips = [range(start, min(start + per_strip, count)) for start in range(0, count, per_strip)]
    band_h = _r(m.small * m.line_height + 8)
    fixed = band_h + 6 + 12 + m.small * m.line_height + 14  # a strip less its scale
    scale_step = 12.0
    if room:
        scale_step = max(12.0, min(40.0, ((room - (y - top)) / len(strips) - fixed) / 4))
    for strip in strips:
        strip_items, h = _strip(ctx, strip, per_strip, y, width, band_h, scale_step)
        items += strip_items
        y += h + 14
    return Group("jm-overview", label(ctx.loc, "overview"), tuple(items)), _r(y - 14 - top)


def _strip(ctx: Context, columns: range, per_strip: int, top: float, width: float, band_h: float,
           scale_step: float) -> tuple[list[Item], float]:  # fmt: skip
    """One strip: its phases, the curve and the step numbers of ``columns``."""
    m = ctx.m
    items: list[Item] = []
    scale = ctx.j.scale
    ends = [scale.text(int(v)) for v in (scale.min, scale.neutral, scale.max) if float(v).is_integer()]
    left = m.margin + max(text_width(t, m.small) for t in ends) + 8  # room for the scale's numbers or words
    pitch = (width - m.margin - left) / per_strip  # px per column, the same in every strip

    def centre(i: int) -> float:
        return left + (i - columns.start + 0.5) * pitch

    # Phase bands with their names where the name fits (a number where only that fits).
    spans: list[tuple[int, int]] = []
    for i in columns:
        if spans and ctx.columns[spans[-1][0]][0] is ctx.columns[i][0]:
            spans[-1] = (spans[-1][0], i)
        else:
            spans.append((i, i))
    y = top
    for first, last in spans:
        phase = ctx.columns[first][0]
        x, w = _r(left + (first - columns.start) * pitch), _r((last - first + 1) * pitch)
        items.append(Box(x, _r(y), _r(max(w - 1, 1)), band_h, f"phase ph{phase.number % 8}", 3))
        name = fitted(phase.name, w - 8, m.small) or fitted(str(phase.number + 1), w - 8, m.small)
        if name:
            items.append(ctx.line_text(x + 4, y + 4, name, m.small, "phase-name", bold=True))
    y += band_h + 6

    # The main persona's curve on a −2…+2 scale.
    scale_top = y + 6

    def level(score: float) -> float:
        return _r(scale_top + (2 - score) * scale_step)

    right = _r(left + len(columns) * pitch)
    for tick in (2, 0, -2):
        items.append(Line(f"M{_fmt(left)} {_fmt(level(tick))}H{_fmt(right)}", "zero" if tick == 0 else "level"))
        # The scale's own ends and middle (its numbers, or the names of its levels).
        value = {2: scale.max, 0: scale.neutral, -2: scale.min}[tick]
        if float(value).is_integer() and not scale.faces:
            text = scale.text(int(value))
            items.append(ctx.line_text(left - 4, level(tick) - m.small * m.line_height / 2, text, m.small, "muted",
                                       anchor="end"))  # fmt: skip
    several = len(ctx.personas) > 1
    for p_index, persona in enumerate(ctx.personas):
        # Each persona's line as in the emotion lane: its colour and dash pattern (the legend's key).
        cls = f"curve cp{p_index % 6} dash{p_index % 4}" if several else "curve csingle"
        run: list[tuple[float, float]] = []
        runs = [run]
        for i in columns:
            step = ctx.columns[i][1]
            if step is not None and not step.taken_by(persona):
                continue
            score = step.emotion.get(persona) if step is not None else None
            if score is None:
                run = []
                runs.append(run)
                continue
            run.append((centre(i), level(scale.relative(score))))  # the ends of any scale at ±2
        for points in runs:
            if len(points) > 1:
                items.append(Line(_smooth(points, level(2), level(-2)), cls))
            mark = f"mk mp{p_index % 6}" if several else "mk score-zero"
            items += [Mark(_r(x), _r(yy), 2.5, "circle", mark) for x, yy in points]
    y = level(-2) + 6

    # Step numbers, as many as fit without touching.
    widest = text_width(str(len(ctx.columns)), m.small) + 8
    every = max(1, math.ceil(widest / pitch))
    if every > 1:
        every = next(n for n in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9) if n >= every)
    for i in columns:
        step = ctx.columns[i][1]
        if step is not None and (every == 1 or (step.index + 1) % every == 0):
            items.append(ctx.line_text(centre(i), y, str(step.index + 1), m.small, "muted", anchor="middle"))
    y += m.small * m.line_height
    return items, _r(y - top)


def fitted(text: str, room: float, size: float) -> str:
    """``text`` as it fits in ``room`` px: whole, cut short with an ellipsis, or not at all."""
    if text_width(text, size, True) <= room:
        return text
    for end in range(len(text) - 1, 2, -1):
        cut = text[:end].rstrip() + "…"
        if text_width(cut, size, True) <= room:
            return cut
    return ""
