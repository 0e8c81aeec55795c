"""The emotion lane: a scale from −2 to +2 and a curve per persona, broken where the journey
branches and carried over from one row of a wrapped map to the next."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise

from ..i18n import label
from ..model import Step
from .context import Context
from .grid import Grid
from .scene import Item, Line, Mark, _fmt, _r

__all__ = ["Curves", "emotion_lane", "persona_key", "trace_curves"]

SHAPES = ("circle", "square", "diamond", "triangle")
LANE_PAD = 26  # px above +2 and below −2, room for the high and low labels

Point = tuple[int, int]  # (column, score)


class Curves:
    """Each persona's emotion points as runs of linked columns, and the dotted jumps between
    alternative paths; worked out once for the whole journey, drawn row by row."""

    def __init__(self) -> None:
        self.runs: list[list[list[Point]]] = []  # per persona
        self.jumps: list[list[tuple[Point, Point]]] = []
        self.extremes: list[tuple[Point, str]] = []  # the main persona's high and low
        self._rows: dict[int, list[list[list[Point]]]] | None = None
        self._jump_rows: dict[int, list[list[tuple[Point, Point]]]] | None = None

    def runs_in_row(self, grid: Grid, row: int) -> list[list[list[Point]]]:
        """Each persona's runs with a point in ``row`` or passing over it: looking at every run in
        every row made a long wrapped map quadratic."""
        if self._rows is None:
            self._rows = {}
            for p_index, runs in enumerate(self.runs):
                for run in runs:
                    for number in range(grid.row_of[run[0][0]], grid.row_of[run[-1][0]] + 1):
                        per_persona = self._rows.setdefault(number, [[] for _ in self.runs])
                        per_persona[p_index].append(run)
        return self._rows.get(row, [[] for _ in self.runs])

    def jumps_in_row(self, grid: Grid, row: int) -> list[list[tuple[Point, Point]]]:
        """Each persona's jumps that start in ``row``."""
        if self._jump_rows is None:
            self._jump_rows = {}
            for p_index, jumps in enumerate(self.jumps):
                for jump in jumps:
                    per_persona = self._jump_rows.setdefault(grid.row_of[jump[0][0]], [[] for _ in self.jumps])
                    per_persona[p_index].append(jump)
        return self._jump_rows.get(row, [[] for _ in self.jumps])

    @property
    def branch_gaps(self) -> bool:
        return any(self.jumps)


def trace_curves(ctx: Context) -> Curves:
    curves = Curves()
    for persona in ctx.personas:
        runs: list[list[Point]] = [[]]
        jumps: list[tuple[Point, Point]] = []
        previous: Step | None = None
        for i, (_, step) in enumerate(ctx.columns):
            if step is not None and not step.taken_by(persona):
                continue  # this persona's line passes over a step it does not take
            score = step.emotion.get(persona) if step is not None else None
            # The line follows the journey: it breaks at a missing score, and between neighbouring
            # columns that are alternatives (a branch) rather than one step after the other; there
            # a faint dotted line keeps the curve readable and says it is another path.
            linked = previous is not None and step is not None and _leads_to(ctx, previous, step, persona)
            if (step is None or score is None or not linked) and runs[-1]:
                last = runs[-1][-1]
                runs.append([])
                if score is not None and step is not None and not linked and _adjacent(ctx, last[0], i, persona):
                    jumps.append((last, (i, score)))
            previous = step
            if step is not None and score is not None:
                runs[-1].append((i, score))
        curves.runs.append([run for run in runs if run])
        curves.jumps.append(jumps)
        if persona == (ctx.j.persona or ctx.personas[0]):
            points = [p for run in runs for p in run]
            if points:
                high = max(points, key=lambda p: (p[1], -p[0]))
                low = min(points, key=lambda p: (p[1], p[0]))
                if high[1] > low[1]:
                    curves.extremes = [(high, "high"), (low, "low")]
    return curves


def _leads_to(ctx: Context, source: Step, target: Step, persona: str) -> bool:
    """Whether ``persona`` goes from ``source`` to ``target``: directly, or over steps it does not take."""
    seen: set[str] = set()
    todo = [link.to for link in source.next]
    while todo:
        step_id = todo.pop()
        if step_id == target.id:
            return True
        step = ctx.step_of.get(step_id)
        if step is None or step_id in seen or step.taken_by(persona):
            continue
        seen.add(step_id)
        todo.extend(link.to for link in step.next)
    return False


def _adjacent(ctx: Context, first: int, second: int, persona: str) -> bool:
    """Whether only steps ``persona`` does not take stand between two columns."""
    between = ctx.columns[first + 1 : second]
    return all(step is not None and not step.taken_by(persona) for _, step in between)


def emotion_lane(
    ctx: Context, grid: Grid, row_number: int, curves: Curves, top: float
) -> tuple[list[Item], list[Item], dict[int, list[Item]], list[Item]]:
    """The lane's scale lines, its labels (for the label column), each column's markers, and the
    curves themselves (which belong to a persona, not to a step)."""
    m = ctx.m
    row = grid.rows[row_number]

    scale = ctx.j.scale

    def level(score: float) -> float:
        # Every scale is drawn as tall as −2..+2: its scores where they sit relative to its ends.
        return _r(top + LANE_PAD + (2 - scale.relative(score)) * m.emotion_step)

    # Stacked (a phone), the scale's numbers stand in the gap left of the columns: the lines start after them.
    left, right = ctx.x0 - (0 if ctx.stacked else m.gap / 2), grid.right(row) + m.gap / 2
    chrome, labels = _axis(ctx, level, left, right)
    per_column: dict[int, list[Item]] = {}
    drawn: list[Item] = []
    if ctx.baseline is not None:
        drawn += _ghost(ctx, grid, row_number, level)
    several = len(ctx.personas) > 1
    spread = 5 if several else 0
    for p_index, runs in enumerate(curves.runs_in_row(grid, row_number)):
        offset = (p_index - (len(ctx.personas) - 1) / 2) * spread
        cls = f"p{p_index % 6}" if several else "single"  # the colour, which repeats after six
        dash = f" dash{p_index % 4} who{p_index}" if several else ""  # who: this persona, for the report's focus

        def x_of(column: int, offset: float = offset) -> float:
            return grid.x(column) + m.column / 2 + offset

        for run in runs:
            piece, carried_in, carried_out = _piece(grid, row_number, run, x_of, level, left, right)
            if len(piece) > 1:
                drawn.append(Line(_smooth(piece, level(scale.max), level(scale.min)), f"curve c{cls}{dash}"))
            if carried_out:  # a chevron at the row's edge: the line goes on in the next row
                x, y = piece[-1]
                back, tip = _fmt(_r(x - 6)), _fmt(_r(x))
                chevron = f"M{back} {_fmt(_r(y - 5))}L{tip} {_fmt(_r(y))}L{back} {_fmt(_r(y + 5))}"
                drawn.append(Line(chevron, f"curve c{cls}"))
            if carried_in:
                drawn.append(Mark(_r(piece[0][0]), _r(piece[0][1]), 3, "circle", f"curve-from c{cls}"))
        who = f" who{p_index}" if several else ""
        for (c1, s1), (c2, s2) in curves.jumps_in_row(grid, row_number)[p_index]:
            if grid.row_of[c1] == grid.row_of[c2] == row_number:
                # Grey and finer than any persona's line, whatever that persona's dash pattern.
                d = f"M{_fmt(_r(x_of(c1)))} {_fmt(level(s1))}L{_fmt(_r(x_of(c2)))} {_fmt(level(s2))}"
                drawn.append(Line(d, f"curve-jump{who}"))
        row = grid.rows[row_number]
        for run in runs:
            for column, score in run[bisect_left(run, (row.start, -9)) : bisect_left(run, (row.stop, -9))]:
                mark_cls = f"mk m{cls} who{p_index}" if several else f"mk score-{_sign(scale.relative(score))}"
                shape = SHAPES[p_index % 4] if several else "circle"
                per_column.setdefault(column, []).append(Mark(_r(x_of(column)), level(score), 4.5, shape, mark_cls))
    for (column, score), key in curves.extremes:
        if grid.row_of[column] == row_number:
            x = grid.x(column) + m.column / 2
            text = f"{'▲' if key == 'high' else '▼'} {label(ctx.loc, key)}"
            y = level(score) + (-19 if key == "high" else 7)
            per_column.setdefault(column, []).append(
                ctx.line_text(x, y, text, m.small, f"emotion-{key}", bold=True, anchor="middle")
            )
    return chrome, labels, per_column, drawn


def _sign(relative: float) -> str:
    return "pos" if relative > 0 else "neg" if relative < 0 else "zero"


def _axis(ctx: Context, level: Callable[[float], float], left: float, right: float) -> tuple[list[Item], list[Item]]:
    """A line per level of the scale (dashed at its neutral middle) and its labels beside the lane:
    numbers, the levels' names, or faces from frowning to smiling."""
    m, scale = ctx.m, ctx.j.scale
    chrome: list[Item] = []
    labels: list[Item] = []
    spacing = 4 * m.emotion_step / (scale.max - scale.min)
    # On a long scale the labels would touch: then every other level is labelled, the ends always.
    every = 1 if spacing >= m.small * m.line_height or scale.faces else 2
    for tick in reversed(scale.values()):
        neutral = tick == scale.neutral
        chrome.append(Line(f"M{_fmt(left)} {_fmt(level(tick))}H{_fmt(_r(right))}", "zero" if neutral else "level"))
        if (tick - scale.min) % every and tick != scale.max:
            continue
        x = ctx.x0 - 4 if ctx.stacked else ctx.x0 - m.gap - 6
        if scale.faces:
            labels += face(x - 7, level(tick), min(7.0, spacing / 2 - 1), scale.relative(tick) / 2)
            continue
        text = scale.text(tick)
        if ctx.stacked and scale.levels:  # no column for words: a level's name stands on its line
            labels.append(ctx.line_text(left + 2, level(tick) - m.small * m.line_height - 1, text, m.small, "muted"))
            continue
        labels.append(ctx.line_text(x, level(tick) - m.small * m.line_height / 2, text, m.small, "muted",
                                    anchor="end"))  # fmt: skip
    return chrome, labels


def face(x: float, y: float, radius: float, mood: float) -> list[Item]:
    """A face centred on ``x``, ``y``: ``mood`` −1 frowns, 0 is straight, +1 smiles."""
    r = radius
    eye_y, mouth_y = _r(y - r * 0.3), y + r * 0.38
    bend = _r(mouth_y + mood * r * 0.8)
    mouth_y -= mood * r * 0.15  # a smile's corners sit a little higher, a frown's lower
    ends = _fmt(_r(mouth_y))
    mouth = f"M{_fmt(_r(x - r * 0.45))} {ends}Q{_fmt(_r(x))} {_fmt(bend)} {_fmt(_r(x + r * 0.45))} {ends}"
    return [
        Mark(_r(x), _r(y), r, "circle", f"face face-{_sign(mood)}"),
        Mark(_r(x - r * 0.35), eye_y, max(r * 0.12, 0.7), "circle", "face-feature"),
        Mark(_r(x + r * 0.35), eye_y, max(r * 0.12, 0.7), "circle", "face-feature"),
        Line(mouth, "face-mouth"),
    ]


def _piece(
    grid: Grid,
    row_number: int,
    run: list[Point],
    x_of: Callable[[int], float],
    level: Callable[[float], float],
    left: float,
    right: float,
) -> tuple[list[tuple[float, float]], bool, bool]:
    """The part of a run in one row, in coordinates, with a point on the row's edge where the run
    comes from the row above or goes on in the row below (half-way between the two scores). A run's
    columns rise, so its points in a row are one slice of it, found by bisection."""
    row = grid.rows[row_number]
    lo = bisect_left(run, (row.start, -9))
    hi = bisect_left(run, (row.stop, -9))
    if lo == hi:
        return [], False, False
    points = [(x_of(c), level(s)) for c, s in run[lo:hi]]
    carried_in, carried_out = lo > 0, hi < len(run)
    if carried_in:
        points.insert(0, (left, level((run[lo - 1][1] + run[lo][1]) / 2)))
    if carried_out:
        points.append((right, level((run[hi - 1][1] + run[hi][1]) / 2)))
    return points, carried_in, carried_out


def _ghost(ctx: Context, grid: Grid, row_number: int, level: Callable[[float], float]) -> list[Item]:
    """The earlier version's emotion curve, matched to the current columns by step id."""
    items: list[Item] = []
    for persona in ctx.personas:
        run: list[tuple[float, float]] = []
        runs = [run]
        for i in grid.rows[row_number]:
            step = ctx.columns[i][1]
            old = ctx.old_steps.get(step.id) if step is not None else None
            if old is not None and not old.taken_by(persona):
                continue  # as the current curve does, the old one passes over a step the persona skipped
            score = old.emotion.get(persona) if old is not None else None
            if score is None:
                run = []
                runs.append(run)
                continue
            run.append((grid.x(i) + ctx.m.column / 2, level(score)))
        bounds = level(ctx.j.scale.max), level(ctx.j.scale.min)
        items += [Line(_smooth(points, *bounds), "ghost") for points in runs if len(points) > 1]
    return items


def persona_key(index: int, x: float, y: float) -> list[Item]:
    """A short line sample with the persona's marker, as in the emotion lane."""
    cls = f"p{index % 6}"
    return [
        Line(f"M{_fmt(_r(x))} {_fmt(_r(y))}H{_fmt(_r(x + 18))}", f"curve c{cls} dash{index % 4}"),
        Mark(_r(x + 9), _r(y), 3.5, SHAPES[index % len(SHAPES)], f"mk m{cls}"),
    ]


def _smooth(points: list[tuple[float, float]], top: float, bottom: float) -> str:
    """A monotone cubic curve through the points (Fritsch-Carlson, as d3's curveMonotoneX), as
    Béziers kept inside the scale. Unlike a Catmull-Rom curve it never swings past a point: two
    equal emotions stay level between them, and no peak looks higher than it was."""
    d = f"M{_fmt(_r(points[0][0]))} {_fmt(_r(points[0][1]))}"
    tangents = _monotone_tangents(points)
    for i, ((x1, y1), (x2, y2)) in enumerate(pairwise(points)):
        t1, t2 = tangents[i], tangents[i + 1]
        third = (x2 - x1) / 3
        c1y = min(max(y1 + t1 * third, top), bottom)
        c2y = min(max(y2 - t2 * third, top), bottom)
        d += (f"C{_fmt(_r(x1 + third))} {_fmt(_r(c1y))} {_fmt(_r(x2 - third))} {_fmt(_r(c2y))} "
              f"{_fmt(_r(x2))} {_fmt(_r(y2))}")  # fmt: skip
    return d


def _monotone_tangents(points: list[tuple[float, float]]) -> list[float]:
    """The slope of the curve at each point: zero at a peak, a valley or the ends of a plateau."""
    if len(points) < 2:
        return [0.0] * len(points)
    widths = [max(b[0] - a[0], 1e-9) for a, b in pairwise(points)]
    slopes = [(b[1] - a[1]) / w for (a, b), w in zip(pairwise(points), widths, strict=True)]
    tangents = [0.0] * len(points)
    for i in range(1, len(points) - 1):
        s0, s1, h0, h1 = slopes[i - 1], slopes[i], widths[i - 1], widths[i]
        if s0 * s1 > 0:
            blended = (s0 * h1 + s1 * h0) / (h0 + h1)
            tangents[i] = math.copysign(min(abs(s0), abs(s1), abs(blended) / 2) * 2, s0)
    tangents[0] = (3 * slopes[0] - tangents[1]) / 2 if len(points) > 2 else slopes[0]
    tangents[-1] = (3 * slopes[-1] - tangents[-2]) / 2 if len(points) > 2 else slopes[-1]
    return tangents
