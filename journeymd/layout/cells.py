"""What goes in one cell of the map: a step's card, its notes, touchpoint chips, department tags and
blueprint actions. Each function returns its items relative to the cell's content box, and its height."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..i18n import label, number, percent
from ..model import LAYERS, Department, Step
from ..textmetrics import text_width
from .context import Context
from .evidence import BALL, ball
from .icons import icon_for
from .lanes import lane_cell, word_chips
from .pictures import storyboard
from .scene import Box, Item, Mark, Text, _r, shift_all

__all__ = ["cell"]

ICON = 13.0  # px, a channel icon on a touchpoint chip


def notes(ctx: Context, texts: Sequence[str], kind: str, sign: str) -> tuple[list[Item], float]:
    items: list[Item] = []
    y = 0.0
    for note in texts:
        body = ctx.text(21, y + 5, note, ctx.inner - 27, ctx.m.body, f"{kind}-text")
        h = body.height + 10
        # The sign centred in a slot of its own: a bold '+' is twice as wide as a '!'.
        sign_text = Text(12, _r(y + 5), (sign,), ctx.m.body, f"{kind}-accent-text", body.line_height, True,
                         anchor="middle")  # fmt: skip
        items += [
            Box(0, _r(y), ctx.inner, _r(h), f"{kind}-bg", 3),
            Box(0, _r(y), 3, _r(h), f"{kind}-accent"),
            sign_text,
            body,
        ]
        y += h + 6
    return items, max(y - 6, 0)


def cell(ctx: Context, lane: str, step: Step) -> tuple[list[Item], float]:
    m = ctx.m
    if lane == "steps":
        return step_card(ctx, step)
    if lane == "storyboard":
        return storyboard(ctx, step)
    if lane in ("thinks", "feels"):
        content = getattr(step, lane)
        if not content:
            return [], 0
        shown = f"“{content}”" if lane == "thinks" else content
        body = ctx.text(0, 0, shown, ctx.inner, m.body, "body", italic=lane == "thinks")
        return [body], body.height
    if lane == "motivation":
        return lines(ctx, step.motivation)
    if lane == "quotes":  # the step's first quote, and who said it beneath
        if step.research is None or not step.research.quotes:
            return [], 0
        quote = step.research.quotes[0]
        body = ctx.text(0, 0, f"“{quote.text}”", ctx.inner, m.body, "body", italic=True)
        if not quote.who:
            return [body], body.height
        who = ctx.text(0, body.height + 2, f"— {quote.who}", ctx.inner, m.small, "muted")
        return [body, who], _r(body.height + 2 + who.height)
    if lane == "questions":
        return notes(ctx, step.questions, "question", "?")
    if lane == "pain_points":
        return notes(ctx, step.pain_points, "pain", "!")
    if lane == "opportunities":
        return notes(ctx, step.opportunities, "opportunity", "+")
    if lane == "touchpoints":
        return chips(ctx, step)
    if lane == "departments":
        return tags(ctx, step.departments)
    if lane == "evidence":
        return notes(ctx, step.evidence, "evidence", "▣")
    if lane in LAYERS:
        return actions(ctx, step, lane)
    own = ctx.own_lanes.get(lane)
    if own is not None:
        return lane_cell(ctx, own, step.lanes.get(lane))
    return [], 0


def lines(ctx: Context, texts: Sequence[str]) -> tuple[list[Item], float]:
    """Texts one under the other, as many as the step gives."""
    items: list[Item] = []
    y = 0.0
    for content in texts:
        body = ctx.text(0, y, content, ctx.inner, ctx.m.body, "body")
        items.append(body)
        y += body.height + 4
    return items, max(_r(y - 4), 0)


def actions(ctx: Context, step: Step, layer: str) -> tuple[list[Item], float]:
    """A blueprint layer's cell: each action with the department doing it beneath."""
    items: list[Item] = []
    y = 0.0
    for action in step.layer(layer):
        # Every action is a box, also one that only names who does it: a bare name would float
        # under the boxes above it, where the column's connector runs into it.
        parts: list[Item] = []
        h = 5.0
        if action.text:
            body = ctx.text(8, y + 5, action.text, ctx.inner - 16, ctx.m.body, "body")
            parts.append(body)
            h += body.height + 3
        if action.department is not None:
            tag_items, tag_h = tags(ctx, (action.department,), ctx.inner - 16)
            parts += shift_all(tag_items, 8, y + h)
            h += tag_h + 2
        h += 5 - (3 if action.text and action.department is None else 0)
        items += [Box(0, _r(y), ctx.inner, _r(h), f"action action-{layer}", 4), *parts]
        y += h + 6
    return items, max(_r(y - 6), 0)


def step_card(ctx: Context, step: Step) -> tuple[list[Item], float]:
    m = ctx.m
    number_text = str(step.index + 1)
    # A round badge holds two digits; from 100 on it becomes a pill as wide as the number.
    badge_h = m.badge
    badge_w = _r(max(badge_h, text_width(number_text, m.small, True) + 10))
    # A map that records research keeps room at the right for each step's evidence ball.
    ball_room = 2 * BALL + 6 if ctx.research else 0
    name = ctx.text(badge_w + 6, 0, step.name, m.column - 2 * m.pad - badge_w - 6 - ball_room, m.step_name,
                    "step-name", bold=True)  # fmt: skip
    top = _r((name.line_height - badge_h) / 2)
    items: list[Item] = [
        Box(0, top, badge_w, badge_h, "badge", badge_h / 2),
        Text(
            _r(badge_w / 2),
            _r(top + (badge_h - m.small * m.line_height) / 2),
            (number_text,),
            m.small,
            "badge-text",
            _r(m.small * m.line_height),
            True,
            anchor="middle",
        ),
        name,
    ]
    if step.research is not None:
        items += ball(step.research.level, ctx.inner - BALL, top + badge_h / 2)
    y = name.height + 4
    for content, cls in ((step.description, "muted"), (step.does, "body")):
        if content:
            block = ctx.text(0, y, content, ctx.inner, m.body, cls)
            items.append(block)
            y += block.height + 4
    meta = []
    if step.duration:
        meta.append(f"◷ {step.duration}")
    if step.reached is not None:
        meta.append(f"{number(step.reached, ctx.loc)} {label(ctx.loc, 'reached')}")
    if step.time_standard and ctx.blueprint:
        meta.append(f"{label(ctx.loc, 'time_standard')}: {step.time_standard}")
    if step.personas:
        names = ctx.j.persona_names()
        meta.append(f"{label(ctx.loc, 'only')}: " + ", ".join(names.get(p, p) for p in step.personas))
    if meta:
        block = ctx.text(0, y, "  ·  ".join(meta), ctx.inner, m.small, "muted")
        items.append(block)
        y += block.height + 4
    opened = ctx.links.opened_by(step.index) if ctx.links else None
    if opened is not None:
        # The sub-journey's title may be long: it wraps inside the card, which grows to hold it.
        block = ctx.text(
            0, y, f"{label(ctx.loc, 'opens')} → {opened.title}", ctx.inner, m.small, "link-text", bold=True
        )
        items.append(replace(block, href=opened.href))
        y += block.height + 4
    if step.drop_off is not None:
        parts = [f"▼ {label(ctx.loc, 'drop_off')}"]
        if step.drop_off.rate is not None:
            parts.append(percent(step.drop_off.rate, ctx.loc))
        heading = " ".join(parts)
        content = f"{heading}: {step.drop_off.reason}" if step.drop_off.reason else heading
        block = ctx.text(6, y + 4, content, ctx.inner - 12, m.small, "drop-off-text", bold=True)
        items += [Box(0, _r(y), ctx.inner, _r(block.height + 8), "drop-off", 3), block]
        y += block.height + 12
    if step.fail_point and ctx.blueprint:
        content = f"⚠ {label(ctx.loc, 'fail_point')}: {step.fail_point}"
        block = ctx.text(6, y + 4, content, ctx.inner - 12, m.small, "fail-text", bold=True)
        items += [Box(0, _r(y), ctx.inner, _r(block.height + 8), "fail", 3), block]
        y += block.height + 12
    return items, _r(y - 4)


def chips(ctx: Context, step: Step) -> tuple[list[Item], float]:
    m = ctx.m
    items: list[Item] = []
    y = 0.0
    for tp in step.touchpoints:
        # The channel's icon between the online/offline dot and the name, when it has one.
        icon = icon_for(tp, 17, y + 4 + (m.body * m.line_height - ICON) / 2, ICON)
        left = 18 + (ICON + 4 if icon is not None else 0)
        name = ctx.text(left, y + 4, tp.name, ctx.inner - left - 6, m.body, "chip-text")
        details = [tp.channel] if tp.channel else []
        if tp.online is not None:
            details.append(label(ctx.loc, "online" if tp.online else "offline"))
        if tp.kind == "indirect":
            details.append(label(ctx.loc, "indirect"))
        parts: list[Item] = [name]
        h = name.height + 8
        if details:
            sub = ctx.text(left, y + 4 + name.height, " · ".join(details), ctx.inner - left - 6, m.small, "muted")
            parts.append(sub)
            h += sub.height
        state = "online" if tp.online else "offline" if tp.online is False else "unknown"
        dot_y = y + 4 + name.line_height / 2
        items += [
            Box(0, _r(y), ctx.inner, _r(h), "chip", 4),
            Mark(9, _r(dot_y), 4, "circle", f"dot-{state}"),
            *([icon] if icon is not None else []),
            *parts,
        ]
        y += h + 5
    return items, max(_r(y - 5), 0)


def tags(ctx: Context, departments: Sequence[Department], room: float | None = None) -> tuple[list[Item], float]:
    """A step's departments as rounded tags."""
    return word_chips(ctx, [dept.name for dept in departments], room)
