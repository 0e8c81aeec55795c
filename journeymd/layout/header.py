"""The map's heading: title, description and a card for each persona."""

from __future__ import annotations

from dataclasses import replace

from ..i18n import label
from ..model import Step
from .context import Context
from .persona import persona_cards
from .scene import Group, Item, _r

__all__ = ["header", "step_summary"]


def header(ctx: Context, top: float, width: float) -> tuple[Group, float]:
    """The heading group from ``top`` and the height it takes (with the space below it)."""
    m, j = ctx.m, ctx.j
    y = top
    items: list[Item] = []
    text_w = min(width - 2 * m.margin, 1100)
    if j.title:
        title = ctx.text(m.margin, y, j.title, text_w, m.title, "title", bold=True)
        items.append(title)
        y += title.height + 4
    if j.description:
        desc = ctx.text(m.margin, y, j.description, text_w, m.body + 1, "muted")
        items.append(desc)
        y += desc.height + 4
    lines = link_lines(ctx)
    y += 4 if lines else 0
    for line, href in lines:
        text = ctx.text(m.margin, y, line, text_w, m.small + 1, "link-text")
        items.append(replace(text, href=href))
        y += text.height + 2
    cards, cards_h = persona_cards(ctx, m.margin, y + 4, width - 2 * m.margin)
    items += cards
    if cards:
        y += cards_h + 8
    return Group("jm-header", j.title or label(ctx.loc, "map"), tuple(items)), _r(y - top + 16)


def link_lines(ctx: Context) -> list[tuple[str, str]]:
    """The heading's lines for the journeys this one belongs to and is related to, with their links:
    'part of: Buying running shoes, step 9 Checkout', 'related: Returning customer (to-be)'."""
    if not ctx.links:
        return []
    return [(f"{what}: {link.title}{after}", link.href) for what, link, after in ctx.links.heading(ctx.loc)]


def step_summary(ctx: Context, step: Step) -> str:
    """What a screen reader says of a step: its number, name, emotions, touchpoints, departments."""
    loc = ctx.loc
    parts = [f"{label(loc, 'step')} {step.index + 1}: {step.name}"]
    names = {p.id: p.name for p in ctx.j.personas}
    for persona, score in step.emotion.items():
        who = f" ({names.get(persona, persona)})" if persona and len(ctx.personas) > 1 else ""
        parts.append(f"{label(loc, 'emotion')}{who} {score:+d}")
    if step.touchpoints:
        parts.append(f"{label(loc, 'touchpoints')}: " + ", ".join(t.name for t in step.touchpoints))
    if step.departments:
        parts.append(f"{label(loc, 'departments')}: " + ", ".join(d.name for d in step.departments))
    if step.image is not None:
        parts.append(f"{label(loc, 'storyboard')}: {step.image.alt}")
    if step.drop_off is not None:
        parts.append(label(loc, "drop_off") + (f": {step.drop_off.reason}" if step.drop_off.reason else ""))
    if step.research is not None:
        parts.append(label(loc, f"research_{step.research.level}"))
    return ". ".join(parts)
