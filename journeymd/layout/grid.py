"""Which columns go in which row: the whole map in one strip, or wrapped to a page's width."""

from __future__ import annotations

import math

from .context import Context

__all__ = ["Grid", "plan_grid"]

MAX_COLUMN = 280.0  # px; wider cards only spread their text thinner


class Grid:
    """The rows of a map (column index ranges) and where each column sits in its row."""

    def __init__(self, ctx: Context, rows: list[range]) -> None:
        self.rows = rows
        self.row_of = [0] * len(ctx.columns)
        for number, row in enumerate(rows):
            for i in row:
                self.row_of[i] = number
        self._x0 = ctx.x0
        self._pitch = ctx.m.column + ctx.m.gap
        self.column = ctx.m.column
        self.gap = ctx.m.gap

    def x(self, index: int) -> float:
        """Left edge of column ``index`` in its row."""
        first = self.rows[self.row_of[index]].start
        return round(self._x0 + (index - first) * self._pitch, 1)

    def right(self, row: range) -> float:
        """Right edge of a row's last column."""
        return self.x(row[-1]) + self.column


def columns_that_fit(ctx: Context, width: float) -> tuple[int, float]:
    """How many step columns fit beside the lane names in ``width``, and how wide each may be."""
    m = ctx.m
    room = width - ctx.x0 - m.margin + m.gap / 2
    count = max(1, math.floor(room / (m.column + m.gap)))
    column = room / count - m.gap
    if count == 1:  # one step a row (a phone): the card takes the width there is
        return 1, max(column, 120.0)
    return count, min(max(column, 120.0), MAX_COLUMN)


def plan_grid(ctx: Context, per_row: int | None) -> Grid:
    """Rows of at most ``per_row`` columns (None: one row). A row of four or more columns breaks
    where a phase ends when that phase then fits a row of its own and the row is at least half
    full; a phase longer than what is left goes on in the next row."""
    total = len(ctx.columns)
    if per_row is None or per_row >= total:
        return Grid(ctx, [range(total)])
    spans: list[list[int]] = []
    for i, (phase, _) in enumerate(ctx.columns):
        if spans and ctx.columns[spans[-1][0]][0] is phase:
            spans[-1].append(i)
        else:
            spans.append([i])
    rows: list[list[int]] = [[]]
    for span in spans:
        room = per_row - len(rows[-1])
        if len(span) <= room:
            rows[-1].extend(span)
            continue
        # On a narrow page (a few columns) a break at a phase would leave rows half empty: fill them.
        if rows[-1] and per_row >= 4 and len(span) <= per_row and len(rows[-1]) * 2 >= per_row:
            rows.append([])  # the phase fits whole in the next row
        for i in span:
            if len(rows[-1]) == per_row:
                rows.append([])
            rows[-1].append(i)
    return Grid(ctx, [range(r[0], r[-1] + 1) for r in rows if r])
