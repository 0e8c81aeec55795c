"""The overview: the whole journey at a glance — its phases, the emotion curve of the main persona,
and step numbers — in a few compact strips, for the first page of a long map and ``--view overview``."""

from __future__ import annotations

import math

from ..i18n import label
from ..textmetrics import text_width
from .context import Context
from .emotion import _smooth
from .scene import Box, Group, Item, Line, Mark, _fmt, _r

__all__ = ["overview"]

MIN_STRIP = 40  # steps in one strip of the overview, at least
STRIPS = 6  # strips at most: a long journey gets more steps per strip rather than more strips


def overview(ctx: Context, top: float, width: float, room: float = 0) -> tuple[Group, float]:
    """The overview group from ``top``, ``width`` wide, and its height. With ``room`` (px) its
    scale grows to fill that much height, as on a first page with space to spare."""
    m = ctx.m
    items: list[Item] = [ctx.line_text(m.margin, top, label(ctx.loc, "overview"), m.body, "lane-label", bold=True)]
    y = top + m.body * m.line_height + 6
    count = len(ctx.columns)
    per_strip = max(MIN_STRIP, math.ceil(count / STRIPS))
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
    left = m.margin
    pitch = (width - 2 * m.margin) / per_strip  # px per column, the same in every strip

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
        for text in (phase.name, str(phase.number + 1)):
            if text_width(text, m.small, True) <= w - 8:
                items.append(ctx.line_text(x + 4, y + 4, text, m.small, "phase-name", bold=True))
                break
    y += band_h + 6

    # The main persona's curve on a −2…+2 scale.
    scale_top = y + 6

    def level(score: float) -> float:
        return _r(scale_top + (2 - score) * scale_step)

    right = _r(left + len(columns) * pitch)
    for tick in (2, 0, -2):
        items.append(Line(f"M{_fmt(left)} {_fmt(level(tick))}H{_fmt(right)}", "zero" if tick == 0 else "level"))
    persona = ctx.j.persona or (ctx.personas[0] if ctx.personas else "")
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
        run.append((centre(i), level(ctx.j.scale.relative(score))))  # the ends of any scale at ±2
    for points in runs:
        if len(points) > 1:
            items.append(Line(_smooth(points, level(2), level(-2)), "curve csingle"))
        items += [Mark(_r(x), _r(yy), 2.5, "circle", "mk score-zero") for x, yy in points]
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
