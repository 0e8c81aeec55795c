"""Arrows for branches, loops and jumps, on tracks above the step cards they join. An arrow whose
ends lie in different rows of a wrapped map becomes two labelled stubs: "→ 14 Receives the
newsletter" where it leaves, "from 9" where it arrives."""

from __future__ import annotations

from bisect import bisect_left

from ..i18n import label
from ..model import Journey, Step
from ..textmetrics import text_width
from .context import Context
from .grid import Grid
from .scene import Box, Group, Item, Line, Text, _fmt, _r

__all__ = ["FlowEdge", "flow_edges", "flow_rows", "goes_back"]

FlowEdge = tuple[Step, str, str]  # (from, to id, label)


def flow_edges(journey: Journey) -> list[FlowEdge]:
    """Links that are not simply 'go on to the following step' (or, past a step some personas skip,
    to the next one they take, which their emotion lines show)."""
    steps = journey.steps
    edges = []
    for i, step in enumerate(steps):
        following = steps[i + 1].id if i + 1 < len(steps) else None
        for link in step.next:
            if (link.to == following or not link.explicit) and not link.label:
                continue
            edges.append((step, link.to, link.label))
    return edges


def goes_back(ctx: Context, step: Step, to: str) -> bool:
    """Whether a link from ``step`` leads back to an earlier column (or to itself): a loop or return."""
    return ctx.col_of[to] <= ctx.col_of[step.id]


class _Arrow:
    """One arrow or stub before it is given a track: where its ends are and what it says."""

    def __init__(self, ident: str, title: str, backwards: bool, kind: str, sx: float, tx: float, text: Text | None,
                 label_right: bool = True) -> None:  # fmt: skip
        self.ident = (
            ident  # unique on the map: "jm-flow-N", N counting the journey's links (step ids may hold '.' or '-')
        )
        self.title = title
        self.backwards = backwards
        self.kind = kind  # "arrow", "out" (leaves the row) or "in" (arrives from another row)
        self.sx, self.tx = sx, tx
        self.text = text
        lo, hi = min(sx, tx), max(sx, tx)
        self.label_x = 0.0
        if text is not None:
            if kind == "arrow":
                self.label_x = (sx + tx) / 2 - text.width / 2
            else:  # a stub's label stands beside its top, where the row has room
                self.label_x = sx + 8 if label_right else sx - 8 - text.width
            lo, hi = min(lo, self.label_x), max(hi, self.label_x + text.width)
        self.interval = (lo - 6, hi + 6)


def _title(source: str, target: str, words: str) -> str:
    return f"{source} → {target}" + (f" ({words})" if words else "")


def flow_rows(ctx: Context, grid: Grid, right_edge: float) -> list[list[_Arrow]]:
    """The arrows and stubs of each row, with the offsets that keep arrowheads apart; no label
    reaches past ``right_edge`` or left of the first column."""
    m = ctx.m
    edges = flow_edges(ctx.j)
    rows: list[list[_Arrow]] = [[] for _ in grid.rows]
    out_offset: dict[int, float] = {}  # column -> how far right of its centre the last arrow left
    in_offset: dict[int, float] = {}
    room = m.column / 2 - 12
    number = {id(edge): n for n, edge in enumerate(edges, start=1)}
    ordered = sorted(edges, key=lambda e: (abs(ctx.col_of[e[1]] - ctx.col_of[e[0].id]), e[0].index, e[1]))
    for edge in ordered:
        step, to, text = edge
        src, dst = ctx.col_of[step.id], ctx.col_of[to]
        # Arrows leave right of a card's centre and arrive left of it, an arrowhead's width apart,
        # so no two heads stack; a loop back to the same step gets a wider bow to read as a loop.
        spread = 24 if src == dst else 12
        out_offset[src] = out_offset.get(src, 0) + spread
        in_offset[dst] = in_offset.get(dst, 0) + spread
        sx = grid.x(src) + m.column / 2 + min(out_offset[src], room)
        tx = grid.x(dst) + m.column / 2 - min(in_offset[dst], room)
        target = ctx.step_of[to]
        forward = dst > src
        ident, title = f"jm-flow-{number[id(edge)]}", _title(step.name, target.name, text)
        backwards = goes_back(ctx, step, to)
        if grid.row_of[src] == grid.row_of[dst]:
            # Every arrow says where it goes: with branches side by side, a line alone is ambiguous.
            words = f"{text} → {target.index + 1}" if text else f"→ {target.index + 1}"
            rows[grid.row_of[src]].append(_Arrow(ident, title, backwards, "arrow", sx, tx, _label(ctx, words)))
            continue
        leave = f"→ {target.index + 1} {target.name}"
        words = f"{text} {leave}" if text else leave
        rows[grid.row_of[src]].append(_stub(ctx, ident, title, backwards, "out", sx, words, right_edge))
        arrive = f"{label(ctx.loc, 'from_step')} {step.index + 1}"
        rows[grid.row_of[dst]].append(_stub(ctx, ident, title, backwards, "in", tx, arrive, right_edge))
    for n, link in enumerate(ctx.j.links_elsewhere, start=len(edges) + 1):
        # A map of some phases: where its steps lead out to, or come from.
        ident, title = f"jm-flow-{n}", _title(link.source_name, link.target_name, link.label)
        forward = link.target_index > link.source_index
        if link.source in ctx.col_of:
            src = ctx.col_of[link.source]
            out_offset[src] = out_offset.get(src, 0) + 12
            sx = grid.x(src) + m.column / 2 + min(out_offset[src], room)
            words = f"→ {link.target_index + 1} {link.target_name}"
            words = f"{link.label} {words}" if link.label else words
            rows[grid.row_of[src]].append(_stub(ctx, ident, title, not forward, "out", sx, words, right_edge))
        else:
            dst = ctx.col_of[link.target]
            in_offset[dst] = in_offset.get(dst, 0) + 12
            tx = grid.x(dst) + m.column / 2 - min(in_offset[dst], room)
            words = f"{label(ctx.loc, 'from_step')} {link.source_index + 1} {link.source_name}"
            rows[grid.row_of[dst]].append(_stub(ctx, ident, title, not forward, "in", tx, words, right_edge))
    return rows


def _stub(ctx: Context, ident: str, title: str, backwards: bool, kind: str, x: float, words: str,
          right_edge: float) -> _Arrow:  # fmt: skip
    """A stub: a short upright arrow out of a card's top (up: it leaves for another row) or into it
    (down: it comes from one), with its label beside the stub's top, right of it where the row has
    room."""
    m = ctx.m
    left_edge = ctx.x0 - m.gap / 2
    room_right, room_left = right_edge - x - 18, x - left_edge - 18
    wanted = min(m.column * 1.2, text_width(words, m.small) + 1)
    on_right = room_right >= wanted or room_right >= room_left
    text = ctx.text(0, 0, words, min(m.column * 1.2, max(room_right if on_right else room_left, 40)), m.small,
                    "flow-label")  # fmt: skip
    return _Arrow(ident, title, backwards, kind, x, x, text, on_right)


def _label(ctx: Context, words: str) -> Text:
    return ctx.text(0, 0, words, ctx.m.column * 1.2, ctx.m.small, "flow-label")


def _assign_tracks(arrows: list[_Arrow]) -> list[int]:
    """The lowest free track for each arrow, in order (shortest arrows first, nearest the cards).
    Each track keeps its intervals sorted, so a look costs a bisection, not a scan."""
    tracks: list[tuple[list[float], list[float]]] = []  # per track: sorted starts, matching ends
    assignment = []
    for arrow in arrows:
        lo, hi = arrow.interval
        for number, (starts, ends) in enumerate(tracks):
            at = bisect_left(starts, lo)
            if (at == 0 or ends[at - 1] < lo) and (at == len(starts) or starts[at] > hi):
                starts.insert(at, lo)
                ends.insert(at, hi)
                assignment.append(number)
                break
        else:
            tracks.append(([lo], [hi]))
            assignment.append(len(tracks) - 1)
    return assignment


def flow_band(ctx: Context, arrows: list[_Arrow], top: float, row_suffix: str) -> tuple[list[Group], float]:
    """The row's arrows drawn on tracks from ``top`` down to the cards, and the height they take."""
    m = ctx.m
    if not arrows:
        return [], 0
    assignment = _assign_tracks(arrows)
    track_h = [m.track] * (max(assignment) + 1)
    for arrow, t in zip(arrows, assignment, strict=True):
        if arrow.text is not None:
            track_h[t] = max(track_h[t], arrow.text.height + 6)
    below = [0.0]  # how far above the band's bottom each track starts
    for h in track_h:
        below.append(below[-1] + h)
    height = _r(below[-1] + 2 * m.pad)
    bottom = top + height
    groups = []
    labels: list[Item] = []  # drawn after every line, so that no line runs through a label
    r = 6.0
    for arrow, t in zip(arrows, assignment, strict=True):
        ty = _r(bottom - m.pad - below[t] - track_h[t] / 2)
        sx, tx = arrow.sx, arrow.tx
        direction = 1 if tx > sx else -1
        cls = "flow loop" if arrow.backwards else "flow"
        if arrow.kind == "arrow":
            d = (f"M{_fmt(sx)} {_fmt(bottom + 4)}V{_fmt(ty + r)}Q{_fmt(sx)} {_fmt(ty)} {_fmt(sx + r * direction)} "
                 f"{_fmt(ty)}H{_fmt(tx - r * direction)}Q{_fmt(tx)} {_fmt(ty)} {_fmt(tx)} {_fmt(ty + r)}"
                 f"V{_fmt(bottom + 8)}")  # fmt: skip
        elif arrow.kind == "out":  # up out of the card, to its track
            d = f"M{_fmt(sx)} {_fmt(bottom + 4)}V{_fmt(_r(ty - 3))}"
        else:  # down from its track into the card
            d = f"M{_fmt(sx)} {_fmt(_r(ty - 3))}V{_fmt(bottom + 8)}"
        text = arrow.text
        if text is not None:
            lx = _r(arrow.label_x)
            ly = _r(ty - text.height / 2)
            labels += [
                Box(_r(lx - 4), _r(ly - 1), _r(text.width + 8), _r(text.height + 2), "flow-label-bg", 3),
                text.at(lx, ly),
            ]
        suffix = "" if arrow.kind == "arrow" else f"-{arrow.kind}"
        groups.append(Group(arrow.ident + suffix, arrow.title, (Line(d, cls, arrow=True),)))
    if labels:
        groups.append(Group(f"jm-flow-labels{row_suffix}", "", tuple(labels)))
    return groups, height
