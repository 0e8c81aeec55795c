"""Pure geometry: a Journey becomes a Scene of boxes, texts, lines and marks with absolute positions.

No I/O and no drawing here: templates print what this package computes. Columns are steps (a
phase without steps gets an empty column so it still shows), rows are lanes; every cell's height
comes from wrapping its text with real font metrics, and a lane is as tall as its tallest cell in
its row. Without a page the map is one strip; with one (``journeymd.page``) the steps wrap into
rows as wide as the page, and paper and slides are cut into pages between rows.

The parts each take what they need and return what they draw: ``header``, ``grid`` (which
columns go in which row), ``rows`` (one row: phase band, ``flow`` arrows, ``cells``, ``emotion``,
``blueprint`` lines, lane names), ``legend`` and ``overview``; this module only stacks them.
"""

from __future__ import annotations

import warnings
from dataclasses import replace
from typing import TYPE_CHECKING

from .._gc import gc_paused
from ..i18n import label
from ..model import Journey
from ..page import Page
from ..problem import PageTurned, TextTooSmall
from .context import STACKED_BELOW, Context, lanes_for
from .emotion import trace_curves
from .flow import flow_edges, flow_rows
from .grid import columns_that_fit, plan_grid
from .header import header as header_group
from .legend import legend
from .overview import fitted, overview
from .rows import Row, build_row
from .scene import Box, Group, Icon, Item, Lane, Line, Mark, Metrics, Picture, Scene, Text, _fmt, _r, shift_all

if TYPE_CHECKING:
    from ..diff import JourneyDiff
    from ..outputs import MapLinks
    from ..types import View

__all__ = [
    "Box", "Group", "Icon", "Lane", "Line", "Mark", "Metrics", "Picture", "Scene", "Text", "flow_edges", "lanes_for",
    "layout", "layout_pages",
]  # fmt: skip

ROW_GAP = 28.0  # px between the rows of a wrapped map
FOOTER = 22.0  # px for a page's footer line


class _Map:
    """The parts of one map, laid out for a width: heading, rows, legend."""

    def __init__(self, ctx: Context, width: float | None, header: bool) -> None:
        m = ctx.m
        if width is None:  # one strip, as wide as its steps
            grid = plan_grid(ctx, None)
        else:
            if width < STACKED_BELOW:
                ctx.stack()
            per_row, column = columns_that_fit(ctx, width)
            ctx.with_column(column)
            grid = plan_grid(ctx, per_row)
        self.ctx, self.grid = ctx, grid
        natural = ctx.x0 + len(ctx.columns) * (ctx.m.column + m.gap) - m.gap / 2 + m.margin
        self.width = _r(width if width is not None else max(natural, 760))
        self.heading = header_group(ctx, m.margin, self.width) if header else None
        curves = trace_curves(ctx)
        arrows = flow_rows(ctx, grid, self.width - m.margin)
        self.rows: list[Row] = []
        # Rows are laid out where a map in one piece has them, below the heading; pages move them.
        y = m.margin + (self.heading[1] if self.heading else 0)
        for number in range(len(grid.rows)):
            right = grid.right(grid.rows[number]) + m.gap / 2
            row = build_row(ctx, grid, number, y, curves, arrows[number], right)
            self.rows.append(row)
            y += row.height + ROW_GAP
        self.legend_items, self.legend_h = legend(ctx, 0, self.width, curves.branch_gaps, len(grid.rows) > 1)

    def scene(self, groups: list[Group], rows: list[Row], height: float, **extra: object) -> Scene:
        ctx = self.ctx
        columns = tuple((self.grid.x(i), ctx.m.column) for i in range(len(ctx.columns)))
        return Scene(
            width=self.width,
            height=_r(height),
            title=ctx.j.title,
            description=ctx.j.description,
            locale=ctx.loc,
            groups=tuple(groups),
            lanes=tuple(lane for row in rows for lane in row.lanes),
            columns=columns,
            step_cells=tuple(cell for row in rows for cell in row.step_cells),
            **extra,  # type: ignore[arg-type]
        )


def _metrics(metrics: Metrics | None, page: Page | None) -> Metrics:
    m = metrics or Metrics()
    if page is not None:
        m = replace(m, margin=_r(page.margin))
    if page is not None and page.height is not None and metrics is None:
        m = replace(m, emotion_step=26)  # a page's rows must fit its height: a little less air in the scale
    return m


@gc_paused
def layout(
    journey: Journey,
    metrics: Metrics | None = None,
    baseline: Journey | None = None,
    view: View = "map",
    header: bool = True,
    page: Page | None = None,
    changes: JourneyDiff | None = None,
    links: MapLinks | None = None,
) -> Scene:
    """The whole map as one picture. Without ``page``: one strip as wide as its steps. With a page,
    its steps wrap into rows as wide as the page, stacked as tall as they need (a column for docs or
    a phone; for paper and slides ``layout_pages`` cuts them into pages).

    With ``baseline`` (an earlier version) and ``changes`` (what ``journeymd.diff.diff`` says
    changed), the earlier emotion curve is drawn faintly behind the current one and new or changed
    steps are outlined. ``view="blueprint"`` draws the service blueprint's layers and its three
    lines instead of the journey's lanes; ``view="overview"`` only the compact strip of phases and
    emotions. Without ``header`` the map starts at the phases (the report shows title and personas
    itself). ``links`` (``journeymd.outputs.map_links``) marks the steps that open sub-journeys and
    names related journeys and the parent in the heading."""
    m = _metrics(metrics, page)
    ctx = Context(journey, m, blueprint=view == "blueprint", baseline=baseline, changes=changes, links=links)
    if view == "overview":
        return _overview_scene(ctx, page, header)
    drawn = _Map(ctx, page.width if page is not None else None, header)
    groups: list[Group] = [drawn.heading[0]] if drawn.heading else []
    rows = drawn.rows
    for row in rows:
        groups += row.groups
    y = rows[-1].top + rows[-1].height
    if drawn.legend_items:
        y += 18
        groups.append(Group("jm-legend", label(journey.locale, "legend"), tuple(shift_all(drawn.legend_items, 0, y))))
        y += drawn.legend_h
    return drawn.scene(groups, rows, y + m.margin)


def _overview_scene(ctx: Context, page: Page | None, header: bool) -> Scene:
    m = ctx.m
    # Without a page: room for a phase name over a few steps, up to a wide screen.
    width = page.width if page is not None else max(760.0, min(1600.0, 2 * m.margin + 24 + 90 * len(ctx.columns)))
    groups: list[Group] = []
    y = m.margin
    if header:
        heading, h = header_group(ctx, y, width)
        groups.append(heading)
        y += h
    strip, h = overview(ctx, y, width)
    groups.append(strip)
    height = y + h + m.margin
    if page is None or page.height is None:
        return Scene(_r(width), _r(height), ctx.j.title, ctx.j.description, ctx.loc, tuple(groups), (), ())
    # On paper or a slide: one page of that size, the overview drawn smaller where it is taller.
    scale = min(1.0, page.height / height)
    print_w, print_h = page.css_size()
    return Scene(_r(width / scale), _r(page.height / scale), ctx.j.title, ctx.j.description, ctx.loc, tuple(groups),
                 (), (), print_width=print_w, print_height=print_h,
                 page_number=1, page_count=1)  # fmt: skip


@gc_paused
def layout_pages(
    journey: Journey,
    page: Page,
    metrics: Metrics | None = None,
    baseline: Journey | None = None,
    view: View = "map",
    changes: JourneyDiff | None = None,
    links: MapLinks | None = None,
) -> tuple[Scene, ...]:
    """The map cut into pages of ``page``'s size: the first with the title, description, personas,
    legend and (for a map of several rows) the overview, then rows, never one cut in half; each
    page with the title and its number at the foot. A page without a height (docs, phone) gives
    one page: the whole map.

    A row taller than the page makes every page draw a little smaller (the same scale throughout);
    when that puts text below the page's smallest readable size, a ``TextTooSmall`` warning says
    so and what to do."""
    if page.height is None or view == "overview":
        return (layout(journey, metrics, baseline, view, page=page, changes=changes, links=links),)
    drawn, scale = _fit(journey, page, metrics, baseline, view, changes, links)
    smallest = min(drawn.ctx.m.small, drawn.ctx.m.body) * scale
    if smallest < page.min_text - 0.01 and page.turnable:
        # Paper without an asked-for orientation: a map whose rows are too tall lying down may stand up.
        other = page.turned()
        drawn_other, scale_other = _fit(journey, other, metrics, baseline, view, changes, links)
        if scale_other > scale:
            page, drawn, scale = other, drawn_other, scale_other
            smallest = min(drawn.ctx.m.small, drawn.ctx.m.body) * scale
            warnings.warn(
                PageTurned(
                    f"the map's rows fit a page of {page.name} only standing up, so its pages are portrait "
                    "(--orientation landscape keeps them lying down, with smaller text)"
                ),
                stacklevel=2,
            )
    if smallest < page.min_text - 0.01:
        shown = f"{smallest * 0.75:.1f} pt" if page.paper else f"{smallest:.1f} px"
        warnings.warn(
            TextTooSmall(
                f"a row of this map is too tall for a page of {page.name}, so its text prints at {shown}; "
                "try a larger page, or fewer lanes (lanes: in the journey)"
            ),
            stacklevel=2,
        )
    return _paginate(drawn, page, scale)


def _fit(
    journey: Journey,
    page: Page,
    metrics: Metrics | None,
    baseline: Journey | None,
    view: str,
    changes: JourneyDiff | None,
    links: MapLinks | None = None,
) -> tuple[_Map, float]:
    """The map laid out for ``page``, and the scale at which its tallest row fits a page."""
    assert page.height is not None
    scale = 1.0
    for _ in range(5):  # each try fits more columns in a row, so rows change; a few tries settle it
        m = replace(_metrics(metrics, page), margin=_r(page.margin / scale))
        ctx = Context(journey, m, blueprint=view == "blueprint", baseline=baseline, changes=changes, links=links)
        drawn = _Map(ctx, page.width / scale, True)
        room = page.height / scale - 2 * m.margin - FOOTER
        tallest = max(row.height for row in drawn.rows)
        if tallest <= room:
            return drawn, scale
        scale = scale * room / tallest * 0.995
    # Still too tall: shrink the last layout until its tallest row fits (its columns stay as they are).
    return drawn, scale * room / tallest


def _paginate(drawn: _Map, page: Page, scale: float) -> tuple[Scene, ...]:
    ctx = drawn.ctx
    m = ctx.m
    assert page.height is not None
    width, height = drawn.width, _r(page.height / scale)
    bottom = height - m.margin - FOOTER
    pages: list[tuple[list[Group], list[Row]]] = []
    groups: list[Group] = []
    y = m.margin
    if drawn.heading is not None:
        heading, h = drawn.heading
        groups.append(heading)
        y += h
    legend_h = drawn.legend_h + 18 if drawn.legend_items else 0
    if len(drawn.rows) > 1:
        strip, h = overview(ctx, y, width)
        after = y + h + 18 + legend_h
        if after + drawn.rows[0].height > bottom and after <= bottom:  # the first row goes on: use the space
            strip, h = overview(ctx, y, width, room=bottom - after + h - 18)
        if y + h <= bottom:  # an overview taller than what the heading leaves of a page is left out
            groups.append(strip)
            y += h + 18
    if drawn.legend_items:
        if y > m.margin and y + drawn.legend_h > bottom:  # a long heading: the legend starts the next page
            pages.append((groups, []))
            groups, y = [], m.margin
        groups.append(Group("jm-legend", label(ctx.loc, "legend"), tuple(shift_all(drawn.legend_items, 0, y))))
        y += legend_h
    placed: list[Row] = []
    for row in drawn.rows:
        if groups and y + row.height > bottom:  # the row goes whole onto the next page
            pages.append((groups, placed))
            groups, placed, y = [], [], m.margin
        moved = row.shifted(y - row.top)
        placed.append(moved)
        groups += moved.groups
        y += row.height + ROW_GAP
    pages.append((groups, placed))
    total = len(pages)
    print_w, print_h = page.css_size()
    scenes = []
    for number, (page_groups, rows) in enumerate(pages, start=1):
        footer = _footer(ctx, number, total, width, height)
        scenes.append(drawn.scene([*page_groups, footer], rows, height, print_width=print_w, print_height=print_h,
                                  page_number=number, page_count=total))  # fmt: skip
    return tuple(scenes)


def _footer(ctx: Context, number: int, total: int, width: float, height: float) -> Group:
    m = ctx.m
    y = height - m.margin - m.small * m.line_height
    title = ctx.j.title or label(ctx.loc, "map")
    counter = label(ctx.loc, "page_of").format(n=number, total=total)
    items: list[Item] = [
        Line(f"M{_fmt(m.margin)} {_fmt(_r(y - 6))}H{_fmt(_r(width - m.margin))}", "grid"),
        ctx.line_text(m.margin, y, fitted(title, width * 0.6, m.small), m.small, "muted"),
        ctx.line_text(width - m.margin, y, counter, m.small, "muted", anchor="end"),
    ]
    return Group(f"jm-footer-{number}", counter, tuple(items))
