"""One row of the map: its phase band, flow arrows, lanes, emotion curve and lane names. A map in
one strip is one row; a map wrapped to a page has several, each complete in itself."""

from __future__ import annotations

from collections.abc import Sequence

from ..i18n import label
from ..model import Phase, Step
from .blueprint import blueprint_lines
from .cells import cell
from .context import BLUEPRINT_LINES, Context
from .emotion import Curves, emotion_lane
from .evidence import card_class
from .flow import _Arrow, flow_band
from .grid import Grid
from .header import step_summary
from .scene import Box, Group, Item, Lane, Line, Text, _fmt, _r, shift_all

__all__ = ["Row", "build_row"]

EMPTY_LANE = 6.0  # px of content height for a lane with nothing in this row (plus padding)


class Row:
    """A laid-out row: the groups to draw, its lanes and step cells, and its height."""

    def __init__(self, groups: list[Group], lanes: list[Lane], step_cells: list[tuple[str, str, Box]], top: float,
                 height: float, lanes_top: float) -> None:  # fmt: skip
        self.groups = groups
        self.lanes = lanes
        self.step_cells = step_cells
        self.top = top
        self.height = height
        self.lanes_top = lanes_top  # where the lanes start, below the phase band

    def shifted(self, dy: float) -> Row:
        if not dy:
            return self
        return Row(
            [group.shifted(0, dy) for group in self.groups],
            [Lane(lane.name, _r(lane.y + dy), lane.h) for lane in self.lanes],
            [(step, lane, box.shifted(0, dy)) for step, lane, box in self.step_cells],
            _r(self.top + dy),
            self.height,
            _r(self.lanes_top + dy),
        )


def build_row(
    ctx: Context,
    grid: Grid,
    number: int,
    top: float,
    curves: Curves,
    arrows: list[_Arrow],  # the row's arrows and stubs, from flow.flow_rows
    lanes_right: float,
) -> Row:
    """Row ``number`` of ``grid`` from ``top``. ``lanes_right``: where the lane bands end."""
    m = ctx.m
    row = grid.rows[number]
    suffix = f"-r{number + 1}" if number else ""  # element ids stay unique in a map of several rows
    lanes_width = _r(lanes_right - m.margin)
    groups: list[Group] = []
    backgrounds: list[Item] = []  # lane bands, beneath everything
    chrome: list[Item] = []  # grid lines, the emotion scale and blueprint lines, beneath the steps
    labels: list[Item] = []  # the label column: lane names and the emotion scale
    y = top

    band_groups, band_h = _phase_band(ctx, grid, row, y, suffix)
    groups += band_groups
    if not ctx.stacked:
        labels.append(ctx.line_text(m.margin, y + m.pad, label(ctx.loc, "phase"), m.body, "lane-label", bold=True))
    y += band_h + 10
    lanes_top = y

    lanes: list[Lane] = []
    per_column: dict[int, list[Item]] = {i: [] for i in row}
    step_cells: list[tuple[str, str, Box]] = []
    flow_groups: list[Group] = []
    drawn_curves: list[Item] = []

    def place_flow(among_lanes: bool) -> None:
        """The row's arrows on their tracks; only as tall as the row's arrows need."""
        nonlocal y, flow_groups
        flow_groups, flow_h = flow_band(ctx, arrows, y, suffix)
        if not flow_h:
            return
        if among_lanes:  # between lanes (below a blueprint's evidence): a band like theirs
            backgrounds.append(Box(m.margin, _r(y), lanes_width, flow_h, "lane"))
            if not ctx.stacked:
                labels.append(Box(m.margin, _r(y), ctx.label_width, flow_h, "lane-label-bg"))
        if not ctx.stacked:  # stacked, the arrows' labels say what they are
            labels.append(ctx.line_text(m.margin + (10 if among_lanes else 0), y + (m.pad if among_lanes else 2),
                                        label(ctx.loc, "flow"), m.small, "lane-label", bold=True))  # fmt: skip
        y += flow_h

    lane_names = ctx.lane_names
    if "steps" not in lane_names:
        place_flow(False)
    for lane_number, lane in enumerate(lane_names):
        if lane == "steps":
            place_flow(bool(lanes))
        heading, above = _stacked_heading(ctx, lane, y, lanes_right)
        if lane == "emotion":
            h = _r(4 * m.emotion_step + 2 * 26 + above)
            lane_chrome, lane_labels, marks, drawn_curves = emotion_lane(ctx, grid, number, curves, y + above)
            chrome += lane_chrome
            labels += lane_labels
            for i, items in marks.items():
                per_column[i] += items
        else:
            cells = {i: cell(ctx, lane, step) if step is not None else ([], 0.0) for i in row
                     for step in (ctx.columns[i][1],)}  # fmt: skip
            tallest = max(c[1] for c in cells.values())
            if ctx.stacked and not tallest:  # named over its cells, a lane with nothing here can go
                continue
            # A lane with nothing in this row stays, thin, so every row has the same lanes in order.
            h = _r(max(tallest, 16 if tallest else EMPTY_LANE, _room_for_names(ctx, lane)) + 2 * m.pad + above)
            own = ctx.own_lanes.get(lane)
            if own is not None and own.description and not ctx.stacked:  # what the lane means, under its name
                meaning = ctx.text(m.margin + 10, 0, own.description, ctx.label_width - 20, m.small, "muted")
                name_h = ctx.text(0, 0, own.name, ctx.label_width - 20, m.body, "lane-label", bold=True).height
                labels.append(meaning.at(meaning.x, y + m.pad + name_h + 2))
                h = max(h, _r(name_h + 2 + meaning.height + 2 * m.pad))
            for i, (items, _) in cells.items():
                x = grid.x(i)
                step = ctx.columns[i][1]
                if lane == "steps":
                    card = Box(x, _r(y + 4 + above), m.column, _r(h - 8 - above), _card_class(ctx, step), 6)
                    per_column[i].append(card)
                per_column[i] += shift_all(items, x + m.pad, y + m.pad + above)
                if step is not None:
                    step_cells.append((step.id, lane, Box(x, _r(y), m.column, h, "cell")))
            if lane == "steps":
                _next_arrows(ctx, grid, row, y + above, h - above, per_column)
        band = "lane-alt" if lane_number % 2 else "lane"
        backgrounds.append(Box(m.margin, _r(y), lanes_width, h, band))
        if heading is not None:
            labels.append(heading)
        else:
            labels.append(Box(m.margin, _r(y), ctx.label_width, h, "lane-label-bg"))
            labels.append(ctx.text(m.margin + 10, y + m.pad, ctx.lane_label(lane), ctx.label_width - 20, m.body,
                                   "lane-label", bold=True))  # fmt: skip
        lanes.append(Lane(lane, _r(y), h))
        y += h
    chrome.append(Line(f"M{_fmt(m.margin)} {_fmt(lanes[0].y if lanes else _r(y))}V{_fmt(_r(y))}", "grid"))
    if ctx.blueprint:
        line_chrome, line_labels, connectors = blueprint_lines(ctx, grid, row, lanes, lanes_right)
        chrome += line_chrome
        labels += line_labels
        for i, items in connectors.items():
            per_column[i][1:1] = items  # behind the cells, in front of the card's box

    out: list[Group] = [Group(f"jm-lanes{suffix}", "", (*backgrounds, *chrome)), *groups, *flow_groups]
    if drawn_curves:
        out.append(Group(f"jm-emotion{suffix}", "", tuple(drawn_curves)))
    first_lane = lanes[0].y if lanes else lanes_top
    out += _step_groups(ctx, grid, row, per_column, first_lane, y)
    column = Box(m.margin, _r(top), ctx.label_width, _r(y - top), "bg")  # hides what scrolls under it
    if ctx.stacked:  # no column of names to keep in view
        out.append(Group(f"jm-lane-labels{suffix}", "", tuple(labels)))
        return Row(out, lanes, step_cells, top, _r(y - top), lanes_top)
    backs = [item for item in labels if isinstance(item, Box)]  # beneath the names and the scale
    fronts = [item for item in labels if not isinstance(item, Box)]
    out.append(Group(f"jm-lane-labels{suffix}", "", (column, *backs, *fronts)))
    return Row(out, lanes, step_cells, top, _r(y - top), lanes_top)


def _phase_band(ctx: Context, grid: Grid, row: Sequence[int], y: float, suffix: str) -> tuple[list[Group], float]:
    """The phase band at ``y``: every phase in this row, a group each, and the band's height. A
    phase that began in an earlier row says it goes on; one that begins here shows its facts."""
    m = ctx.m
    spans: list[tuple[Phase, int, int]] = []
    for i in row:
        phase = ctx.columns[i][0]
        if spans and spans[-1][0] is phase:
            spans[-1] = (phase, spans[-1][1], i)
        else:
            spans.append((phase, i, i))
    band_cells = []
    for phase, first, last in spans:
        span_w = grid.x(last) + m.column - grid.x(first) - 2 * m.pad
        begins = first == 0 or ctx.columns[first - 1][0] is not phase
        name = phase.name if begins else f"{phase.name} ({label(ctx.loc, 'continued')})"
        head = ctx.text(0, 0, name, span_w, m.phase_name, "phase-name", bold=True)
        items: list[Item] = [head]
        cursor = head.height + 2
        if begins:  # the phase's goal, duration and KPIs once, where it starts
            for key, texts in phase.facts(ctx.loc):
                detail = f"◷ {texts[0]}" if key == "duration" else f"{label(ctx.loc, key)}: " + " · ".join(texts)
                block = ctx.text(0, cursor, detail, span_w, m.small, "phase-meta")
                items.append(block)
                cursor += block.height
        band_cells.append((phase, first, last, items, cursor, begins))
    band_h = _r(max(c[4] for c in band_cells) + 2 * m.pad)
    groups: list[Group] = []
    for phase, first, last, items, _, begins in band_cells:
        x = grid.x(first)
        w = _r(grid.x(last) + m.column - x)
        box = Box(x, _r(y), w, band_h, f"phase ph{phase.number % 8}", 6)  # its colour in the whole map
        summary = f"{label(ctx.loc, 'phase')} {phase.number + 1}: {phase.name}"
        group_id = f"jm-phase-{phase.id}" if begins else f"jm-phase-{phase.id}{suffix}"
        groups.append(Group(group_id, summary, (box, *shift_all(items, x + m.pad, y + m.pad))))
    return groups, band_h


def _step_groups(
    ctx: Context, grid: Grid, row: Sequence[int], per_column: dict[int, list[Item]], first_lane: float, bottom: float
) -> list[Group]:
    """A group per step of the row: its column's items over a box that takes the clicks, with the
    data the report filters by."""
    m = ctx.m
    out: list[Group] = []
    for i in row:
        step = ctx.columns[i][1]
        if step is None:
            continue
        data = (
            ("step", step.id),
            ("departments", " ".join(sorted({d.id for d in step.departments}))),
            ("channels", " ".join(sorted({t.channel.lower() for t in step.touchpoints if t.channel}))),
            # By index, as the report's persona filter numbers them.
            ("personas", " ".join(str(n) for n, persona in enumerate(ctx.personas) if step.taken_by(persona))),
        )
        # An invisible box over the whole column, so a click anywhere in it selects the step.
        hit = Box(grid.x(i), first_lane, m.column, _r(bottom - first_lane), "hit")
        out.append(Group(f"jm-step-{step.id}", step_summary(ctx, step), (hit, *per_column[i]), data))
    return out


def _stacked_heading(ctx: Context, lane: str, y: float, right: float) -> tuple[Text | None, float]:
    """On a narrow page, the lane's name as a heading over its cells, and the room it takes."""
    if not ctx.stacked:
        return None, 0.0
    m = ctx.m
    heading = ctx.text(ctx.x0, y + 6, ctx.lane_label(lane), right - ctx.x0 - m.pad, m.small, "lane-label", bold=True)
    return heading, _r(heading.height + 2)


def _room_for_names(ctx: Context, lane: str) -> float:
    """How tall a lane must be for the names in its label cell: its own at the top and, in a
    blueprint, the name of the line below it at the bottom (an empty layer must not put one on the
    other)."""
    below = next((key for upper, _, key in BLUEPRINT_LINES if upper == lane), None) if ctx.blueprint else None
    if below is None:
        return 0.0
    m = ctx.m
    if ctx.stacked:  # the line's name stands above the line, under the cells
        return m.small * m.line_height + 6
    name = ctx.text(0, 0, ctx.lane_label(lane), ctx.label_width - 20, m.body, "lane-label", bold=True)
    line = ctx.text(0, 0, label(ctx.loc, below), ctx.label_width - 20, m.small, "blueprint-line-label")
    return name.height + line.height + 6


def _card_class(ctx: Context, step: Step | None) -> str:
    card = "card" + card_class(step)
    if ctx.changes is None or step is None:
        return card
    if step.id in ctx.changes.added:
        return card + " card-new"
    return card + " card-changed" if step.id in ctx.changes.changed_ids() else card


def _next_arrows(ctx: Context, grid: Grid, row: range, y: float, h: float, per_column: dict[int, list[Item]]) -> None:
    """Small arrows in the gaps between step cards where one step leads to the next."""
    m = ctx.m
    mid = _r(y + h / 2)
    for i in row[:-1]:
        step, following = ctx.columns[i][1], ctx.columns[i + 1][1]
        # A labelled link gets its arrow on the flow tracks, with the label: not a second one here.
        if step is None or following is None or not any(k.to == following.id and not k.label for k in step.next):
            continue
        x = grid.x(i) + m.column
        per_column[i].append(Line(f"M{_fmt(_r(x + 2))} {_fmt(mid)}H{_fmt(_r(x + m.gap - 3))}", "next", arrow=True))
