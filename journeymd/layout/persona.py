"""The persona cards in the map's heading: who the map is drawn for, at a glance, with the line
that stands for them in the emotion lane."""

from __future__ import annotations

from ..i18n import label
from ..model import Persona
from .context import Context
from .emotion import persona_key
from .pictures import fitted
from .scene import Box, Item, Line, Mark, Text, _fmt, _r, shift_all

__all__ = ["persona_cards"]

CARD_WIDTH = 330.0
CARD_GAP = 14.0
PAD = 12.0
AVATAR = 19.0  # radius of the initials' circle


def persona_cards(ctx: Context, left: float, top: float, room: float) -> tuple[list[Item], float]:
    """Every persona's card from ``left``, ``top``, as many side by side as fit in ``room``; the
    items and the height they take."""
    personas = ctx.j.personas
    if not personas:
        return [], 0.0
    per_row = max(1, int((room + CARD_GAP) // (CARD_WIDTH + CARD_GAP)))
    width = _r(min(CARD_WIDTH, room))
    items: list[Item] = []
    y = top
    for start in range(0, len(personas), per_row):
        cards = [_card(ctx, persona, width) for persona in personas[start : start + per_row]]
        tallest = max(h for _, h in cards)
        for n, (content, _) in enumerate(cards):
            x = _r(left + n * (width + CARD_GAP))
            items.append(Box(x, _r(y), width, tallest, "persona-card", 6))
            items += shift_all(content, x, y)
        y += tallest + CARD_GAP
    return items, _r(y - CARD_GAP - top)


def _card(ctx: Context, persona: Persona, width: float) -> tuple[list[Item], float]:
    """One card's content relative to its top-left corner, and the card's height."""
    m = ctx.m
    inner = width - 2 * PAD
    centre = PAD + AVATAR
    index = ctx.persona_index.get(persona.id, 0)
    ring = f"cp{index % 6}" if len(ctx.personas) > 1 else "csingle"  # in the colour of their curve
    initials_h = _r(14 * m.line_height)
    items: list[Item] = [
        Mark(_r(centre), _r(centre), AVATAR, "circle", f"persona-avatar {ring}"),
        Text(_r(centre), _r(centre - initials_h / 2), (persona.initials,), 14, "persona-initials", initials_h, True,
             anchor="middle"),
    ]  # fmt: skip
    if persona.photo is not None:  # the photo in place of the initials, framed in their colour
        side = 2 * AVATAR
        items = [Box(PAD - 2, PAD - 2, side + 4, side + 4, f"persona-photo-frame {ring}", 4),
                 fitted(persona.photo, PAD, PAD, side, side, "persona-photo")]  # fmt: skip
    name_x = PAD + 2 * AVATAR + 10
    name = ctx.text(name_x, PAD, persona.name, width - name_x - PAD, m.body + 1, "title", bold=True)
    items.append(name)
    # The line and marker that stand for this persona in the emotion lane.
    key_y = _r(PAD + name.height + 8)
    if len(ctx.personas) > 1:
        items += persona_key(index, name_x, key_y)
    else:
        items += [
            Line(f"M{_fmt(_r(name_x))} {_fmt(key_y)}H{_fmt(_r(name_x + 18))}", "curve csingle"),
            Mark(_r(name_x + 9), key_y, 3.5, "circle", "mk score-zero"),
        ]
    y = max(PAD + 2 * AVATAR, key_y + 6) + 8
    if persona.quote:
        quote = ctx.text(PAD, y, f"“{persona.quote}”", inner, m.body, "body", italic=True)
        items.append(quote)
        y += quote.height + 6
    if persona.description:
        description = ctx.text(PAD, y, persona.description, inner, m.small, "muted")
        items.append(description)
        y += description.height + 6
    for key, texts in (("goals", persona.goals), ("frustrations", persona.frustrations)):
        if not texts:
            continue
        items.append(ctx.line_text(PAD, y, label(ctx.loc, key), m.small, "persona-heading", bold=True))
        y += m.small * m.line_height + 1
        for text in texts:
            block = ctx.text(PAD + 12, y, text, inner - 12, m.small, "body")
            items += [ctx.line_text(PAD + 2, y, "•", m.small, "muted"), block]
            y += block.height + 1
        y += 5
    return items, _r(y - 6 + PAD)
