"""Richer maps: persona cards, your own lanes, your emotion scale, channel icons and storyboard
images, checked as layout data, as parsed SVG and through the CLI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.layout import Box, Mark, Text, layout
from journeymd.render import render_svg

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parent.parent

PERSONAS = """\
journeymd: 1
title: Cards
personas:
  - id: sanne
    name: Sanne Fokkema, first-time buyer
    quote: I want to run in them on <Saturday>.
    description: Shops on her phone.
    goals: [Shoes that fit, A quick return]
    frustrations: [Printing a label]
  - {id: ahmed, name: Ahmed, goals: [Reorder quickly]}
phases:
  - name: Buy
    steps:
      - {name: Orders, emotion: {sanne: 1, ahmed: 2}}
"""


def _header_items(journey: journeymd.Journey) -> list[object]:
    scene = layout(journey)
    return list(next(g for g in scene.groups if g.id == "jm-header").items)


def test_each_persona_gets_a_card_with_initials_quote_goals_frustrations_and_their_line() -> None:
    items = _header_items(journeymd.loads(PERSONAS))
    cards = [i for i in items if isinstance(i, Box) and i.cls == "persona-card"]
    assert len(cards) == 2
    assert cards[0].y == cards[1].y and cards[0].x + cards[0].w < cards[1].x  # side by side
    texts = [line for i in items if isinstance(i, Text) for line in i.lines]
    assert "SF" in texts and "A" in texts  # initials of first and last name
    assert "“I want to run in them on <Saturday>.”" in texts
    assert texts.count("Goals") == 2 and texts.count("Frustrations") == 1
    assert {"Shoes that fit", "A quick return", "Printing a label", "Reorder quickly"} <= set(texts)
    # Each card's avatar is ringed, and its sample line dashed, as that persona's emotion curve.
    avatars = [i for i in items if isinstance(i, Mark) and i.cls.startswith("persona-avatar")]
    assert [a.cls for a in avatars] == ["persona-avatar cp0", "persona-avatar cp1"]
    for item in items:
        if not isinstance(item, Box) or item.cls != "persona-card":
            inside = [c for c in cards if c.x <= getattr(item, "x", c.x) <= c.x + c.w]
            assert inside, f"{item} is outside every card"


def test_persona_cards_stack_on_a_narrow_page_and_print_escaped_in_svg() -> None:
    from journeymd.page import parse_page

    journey = journeymd.loads(PERSONAS)
    scene = layout(journey, page=parse_page("phone"))
    cards = [i for g in scene.groups for i in g.items if isinstance(i, Box) and i.cls == "persona-card"]
    assert cards[0].x == cards[1].x and cards[0].y + cards[0].h < cards[1].y
    root = ET.fromstring(render_svg(journey))
    header = root.find(f"{SVG}g[@id='jm-header']")
    assert header is not None
    shown = [t.text for t in header.iter(f"{SVG}text")]
    assert "“I want to run in them on <Saturday>.”" in shown
    assert len(header.findall(f"{SVG}rect[@class='jm-persona-card']")) == 2


def test_markdown_export_quotes_the_persona(tmp_path: Path) -> None:
    source = tmp_path / "cards.journey.yaml"
    source.write_text(PERSONAS, "utf-8")
    result = CliRunner().invoke(main, ["render", str(source), "-f", "markdown"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "cards.md").read_text("utf-8")
    assert "> I want to run in them on &lt;Saturday&gt;." in text
