"""The legend: a key for every kind of mark the map shows, flowing left to right."""

from __future__ import annotations

from ..i18n import label
from ..research import LEVELS
from ..textmetrics import text_width
from .context import Context
from .emotion import persona_key
from .evidence import ball
from .flow import flow_edges, goes_back
from .scene import Box, Item, Line, Mark, Text, _fmt, _r

__all__ = ["legend"]

SYMBOL_WIDTH = 22  # px: room for a symbol; a line is long enough to show its dashes before the arrowhead


def _symbol(ctx: Context, symbol: str, x: float, y: float) -> list[Item]:
    """The small drawing in front of a legend entry; ``symbol`` names what it stands for."""
    kind, _, detail = symbol.partition(":")
    x, y = _r(x), _r(y)
    end = _fmt(_r(x + SYMBOL_WIDTH - 4))
    if kind == "persona":
        return persona_key(int(detail), x, y)
    if kind == "score":
        return [Mark(_r(x + 8), y, 4.5, "circle", f"mk score-{detail}")]
    if kind == "dot":
        return [Mark(_r(x + 8), y, 4, "circle", f"dot-{detail}")]
    if kind in ("ghost", "jump"):
        return [Line(f"M{_fmt(x)} {_fmt(y)}H{end}", "ghost" if kind == "ghost" else "curve-jump")]
    if kind == "continues":
        tip = _r(x + SYMBOL_WIDTH - 4)
        chevron = f"M{_fmt(_r(tip - 6))} {_fmt(_r(y - 5))}L{_fmt(tip)} {_fmt(y)}L{_fmt(_r(tip - 6))} {_fmt(_r(y + 5))}"
        return [Line(f"M{_fmt(x)} {_fmt(y)}H{end}", "curve csingle"), Line(chevron, "curve csingle")]
    if kind == "research":
        return ball(detail, _r(x + 8), y)
    if kind == "card":
        return [Box(x, _r(y - 6), 16, 12, f"card card-{detail}", 3)]
    if kind == "action":
        return [Box(x, _r(y - 6), 16, 12, f"action action-{detail}", 2)]
    if kind in ("fail", "drop-off"):
        return [Box(x, _r(y - 6), 16, 12, kind, 3)]
    if kind == "note":
        sign = {"pain": "!", "opportunity": "+", "question": "?", "evidence": "▣"}[detail]
        return [
            Box(x, _r(y - 8), 16, 16, f"{detail}-bg", 3),
            Box(x, _r(y - 8), 3, 16, f"{detail}-accent"),
            Text(_r(x + 6), _r(y - 8), (sign,), ctx.m.small, f"{detail}-accent-text", 16, True),
        ]
    cls = "flow loop" if kind == "loop" else "flow"
    return [Line(f"M{_fmt(x)} {_fmt(y)}H{end}", cls, arrow=True)]


def legend(ctx: Context, top: float, width: float, branch_gaps: bool, wrapped: bool) -> tuple[list[Item], float]:
    """Keys for the marks on this map. ``wrapped``: the map has several rows, so the emotion curve
    may go on from one row to the next."""
    entries = [
        *_emotion_keys(ctx, wrapped),
        *_card_keys(ctx),
        *_flow_keys(ctx, branch_gaps),
    ]
    sources = _sources_note(ctx)
    if not entries and not sources:
        return [], 0
    return _draw(ctx, entries, sources, top, width)


def _emotion_keys(ctx: Context, wrapped: bool) -> list[tuple[str, str]]:
    """(symbol, text) for the emotion lane: a line per persona, or the colours of the scores."""
    j, loc = ctx.j, ctx.loc
    if "emotion" not in ctx.lane_names:
        return []
    entries: list[tuple[str, str]] = []
    if len(ctx.personas) > 1:
        names = {p.id: p.name for p in j.personas}
        entries += [(f"persona:{i}", names.get(pid, pid)) for i, pid in enumerate(ctx.personas)]
    else:
        emotion = label(loc, "emotion")
        scale = j.scale
        above = [v for v in scale.values() if v > scale.neutral]
        below = [v for v in reversed(scale.values()) if v < scale.neutral]
        entries.append(("score:pos", f"{emotion} {scale.text(above[0])} … {scale.text(above[-1])}"))
        if scale.neutral.is_integer():
            entries.append(("score:zero", f"{emotion} {scale.text(int(scale.neutral))}"))
        entries.append(("score:neg", f"{emotion} {scale.text(below[0])} … {scale.text(below[-1])}"))
    if wrapped:
        entries.append(("continues", label(loc, "curve_continues")))
    return entries


def _card_keys(ctx: Context) -> list[tuple[str, str]]:
    """(symbol, text) for what the cards show: channels, drop-offs, blueprint boxes, notes, research."""
    steps, loc, lanes = ctx.j.steps, ctx.loc, ctx.lane_names
    entries: list[tuple[str, str]] = []
    if "touchpoints" in lanes:
        for state, online in (("online", True), ("offline", False), ("unknown", None)):
            if any(t.online is online for s in steps for t in s.touchpoints):
                entries.append((f"dot:{state}", label(loc, f"channel_{state}" if online is None else state)))
    if any(s.drop_off for s in steps):
        entries.append(("drop-off", label(loc, "drop_off")))
    if ctx.blueprint:  # the three kinds of action box: solid, dashed, dotted
        layers = [layer for layer in ("frontstage", "backstage", "support") if any(s.layer(layer) for s in steps)]
        entries += [(f"action:{layer}", label(loc, f"action_{layer}")) for layer in layers]
        if any(s.fail_point for s in steps):
            entries.append(("fail", label(loc, "fail_point")))
    for lane, kind in (("pain_points", "pain"), ("opportunities", "opportunity"), ("questions", "question"),
                       ("evidence", "evidence")):  # fmt: skip
        if lane in lanes:
            entries.append((f"note:{kind}", label(loc, lane)))
    if ctx.research and "steps" in lanes:  # each level the map shows, strongest first
        shown = {s.research.level for s in steps if s.research}
        entries += [(f"research:{level}", label(loc, f"research_{level}")) for level in LEVELS if level in shown]
    return entries


def _flow_keys(ctx: Context, branch_gaps: bool) -> list[tuple[str, str]]:
    """(symbol, text) for the lines between steps: jumps, flow forward and back, a baseline's ghost."""
    loc = ctx.loc
    entries: list[tuple[str, str]] = []
    if branch_gaps:
        entries.append(("jump", label(loc, "curve_jump")))
    edges = flow_edges(ctx.j)
    elsewhere = ctx.j.links_elsewhere
    if any(not goes_back(ctx, step, to) for step, to, _ in edges) or any(
        link.target_index > link.source_index for link in elsewhere
    ):
        entries.append(("flow", label(loc, "flow")))
    if any(goes_back(ctx, step, to) for step, to, _ in edges) or any(
        link.target_index <= link.source_index for link in elsewhere
    ):
        entries.append(("loop", label(loc, "flow_back")))
    if ctx.baseline is not None:
        entries += [("ghost", label(loc, "before")), ("card:new", label(loc, "new_step")),
                    ("card:changed", label(loc, "changed_step"))]  # fmt: skip
    return entries


def _draw(
    ctx: Context, entries: list[tuple[str, str]], sources: list[str], top: float, width: float
) -> tuple[list[Item], float]:
    """The keys in rows that wrap at ``width``, then where merged figures came from."""
    m, loc = ctx.m, ctx.loc
    line_h = _r(m.small * m.line_height)
    heading = label(loc, "legend")
    items: list[Item] = [ctx.line_text(m.margin, top, heading, m.small, "lane-label", bold=True)]
    start = m.margin + max(70, text_width(heading, m.small, True) + 12)
    x, y = start, top
    row = line_h + 6
    for symbol, text in entries:
        w = SYMBOL_WIDTH + text_width(text, m.small) + 22
        if x + w > width - m.margin and x > start:
            x, y = start, y + row
        items += _symbol(ctx, symbol, x, y + line_h / 2)
        items.append(Text(_r(x + SYMBOL_WIDTH), _r(y), (text,), m.small, "body", line_h))
        x += w
    if sources:
        # Where merged figures came from, under the keys: one line, or one per source when narrow.
        note = f"{label(loc, 'figures_from')}: " + "; ".join(sources)
        lines = [note] if text_width(note, m.small) <= width - start - m.margin else sources
        y = y + row if entries else y
        for number, source_text in enumerate(lines):
            said = source_text if len(lines) == 1 or number else f"{label(loc, 'figures_from')}: {source_text}"
            items.append(Text(_r(start), _r(y), (said,), m.small, "body", line_h))
            y += row
        y -= row
    return items, _r(y + row - top)


def _sources_note(ctx: Context) -> list[str]:
    """'GA4 export, as of 2026-11-30' for each data file whose figures this map shows."""
    return [source.text(ctx.loc) for source in ctx.j.datasets]
