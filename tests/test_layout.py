"""The layout stage as data: the Scene of every shared journey (tests/shared_journeys.py), checked
for where things sit, what overlaps, whether text fits at the size it is drawn, and what the legend
keys. Printers are tested in test_printers.py; the map's look in the goldens."""

from __future__ import annotations

import re
from functools import cache

import pytest
import shared_journeys

import journeymd
from journeymd.i18n import label
from journeymd.layout import Box, Mark, Scene, Text, layout
from journeymd.layout.context import lanes_for
from journeymd.textmetrics import text_width

# The blueprint journey is laid out in both views; the others as a map.
VIEWS = [(name, "map") for name in shared_journeys.SHARED] + [("blueprint", "blueprint")]
IDS = [f"{name}-{view}" for name, view in VIEWS]
SLACK = 0.5  # positions are rounded to 0.1 px; a measured width to fractions of one


@cache
def _scene(name: str, view: str = "map") -> Scene:
    return layout(shared_journeys.journey(name), view=view)  # Scenes are immutable: one per view is enough


def _step_groups(scene: Scene) -> dict[str, list[object]]:
    return {g.id.removeprefix("jm-step-"): list(g.items) for g in scene.groups if g.id.startswith("jm-step-")}


def _text_box(text: Text) -> tuple[float, float, float, float]:
    """Left, top, right, bottom of ``text`` with its width measured from the width table here,
    not taken from what the layout recorded."""
    width = max(text_width(line, text.size, text.bold) for line in text.lines)
    left = text.x - {"middle": width / 2, "end": width}.get(text.anchor, 0)
    return left, text.y, left + width, text.y + text.height


def _inside(inner: tuple[float, float, float, float], box: Box) -> bool:
    left, top, right, bottom = inner
    across = box.x - SLACK <= left and right <= box.x + box.w + SLACK
    return across and box.y - SLACK <= top and bottom <= box.y + box.h + SLACK


def _overlap(a: Box, b: Box) -> bool:
    return a.x < b.x + b.w - SLACK and b.x < a.x + a.w - SLACK and a.y < b.y + b.h - SLACK and b.y < a.y + a.h - SLACK


@pytest.mark.parametrize(("name", "view"), VIEWS, ids=IDS)
def test_lanes_run_top_to_bottom_in_the_journeys_order_without_overlap(name: str, view: str) -> None:
    journey = shared_journeys.journey(name)
    scene = _scene(name, view)
    if view == "map":
        assert [lane.name for lane in scene.lanes] == list(lanes_for(journey))
    for upper, lower in zip(scene.lanes, scene.lanes[1:], strict=False):
        if view == "map":
            assert upper.y + upper.h == pytest.approx(lower.y, abs=0.11), (upper, lower)
        else:  # the blueprint draws its lines (of interaction, visibility) between some lanes
            assert upper.y + upper.h <= lower.y + 0.11, (upper, lower)
    assert all(lane.h > 0 for lane in scene.lanes)
    assert scene.lanes[-1].y + scene.lanes[-1].h <= scene.height


@pytest.mark.parametrize(("name", "view"), VIEWS, ids=IDS)
def test_every_step_has_one_column_left_to_right_and_its_cells_sit_in_lane_and_column(name: str, view: str) -> None:
    journey = shared_journeys.journey(name)
    scene = _scene(name, view)
    lanes = {lane.name: lane for lane in scene.lanes}
    columns = {x: w for x, w in scene.columns}
    xs = [x for x, _ in scene.columns]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    assert all(x + w <= scene.width for x, w in scene.columns)
    cells = scene.step_cells
    assert [step for step, lane, _ in cells if lane == "steps"] == [step.id for step in journey.steps]
    for step, lane_name, box in cells:
        lane = lanes[lane_name]
        assert lane.y - SLACK <= box.y and box.y + box.h <= lane.y + lane.h + SLACK, (step, lane_name, box, lane)
        assert box.x in columns and box.w <= columns[box.x] + SLACK, (step, lane_name, box)


@pytest.mark.parametrize(("name", "view"), VIEWS, ids=IDS)
def test_no_two_cells_and_no_two_cards_overlap(name: str, view: str) -> None:
    scene = _scene(name, view)
    cells = [box for _, _, box in scene.step_cells]
    items = [item for group in _step_groups(scene).values() for item in group]
    cards = [item for item in items if isinstance(item, Box) and item.cls == "card"]
    for boxes in (cells, cards):
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not _overlap(a, b), (a, b)
    # each step's card is in its column, inside the steps lane
    steps_lane = next(lane for lane in scene.lanes if lane.name == "steps")
    columns = dict(scene.columns)
    for card in cards:
        assert card.x in columns and card.x + card.w <= card.x + columns[card.x] + SLACK
        assert steps_lane.y <= card.y and card.y + card.h <= steps_lane.y + steps_lane.h + SLACK


@pytest.mark.parametrize(("name", "view"), VIEWS, ids=IDS)
def test_every_text_fits_the_box_it_is_drawn_in_as_the_width_table_measures_it(name: str, view: str) -> None:
    """Each text, measured again from the width table at the size it is drawn, stays inside the
    innermost box of its group that it starts in (card, chip, tag, note, drop-off band), and
    inside the picture; a width the layout recorded is the measured one."""
    scene = _scene(name, view)
    for group in scene.groups:
        if group.id.startswith("jm-flow"):
            continue  # flow labels sit on their arrows, checked in test_render
        boxes = [item for item in group.items if isinstance(item, Box) and item.cls != "hit"]
        for text in (item for item in group.items if isinstance(item, Text)):
            left, top, right, bottom = extent = _text_box(text)
            assert left >= 0 and right <= scene.width and top >= 0 and bottom <= scene.height, (group.id, text.lines)
            if text.width:
                assert text.width == pytest.approx(right - left, abs=0.2), (group.id, text.lines)
            holders = [b for b in boxes if b.x <= left + 1 < b.x + b.w and b.y <= top + 1 < b.y + b.h]
            if holders:
                assert any(_inside(extent, box) for box in holders), (group.id, text.lines, extent, holders)


def _persona_of(mark: Mark) -> int:
    found = re.search(r"\bwho(\d+)\b", mark.cls)
    return int(found.group(1)) if found else 0


@pytest.mark.parametrize("name", shared_journeys.SHARED)
def test_emotion_points_sit_in_the_emotion_lane_one_per_score_ordered_by_step(name: str) -> None:
    journey = shared_journeys.journey(name)
    scene = _scene(name)
    lane = next(lane for lane in scene.lanes if lane.name == "emotion")
    personas = journey.persona_ids()
    points: dict[int, list[tuple[int, Mark]]] = {}
    for number, (step, items) in enumerate(_step_groups(scene).items()):
        assert step == journey.steps[number].id
        for mark in items:
            if isinstance(mark, Mark) and mark.cls.split()[0] == "mk":
                points.setdefault(_persona_of(mark), []).append((number, mark))
    scored = {
        index: [n for n, step in enumerate(journey.steps) if persona in step.emotion]
        for index, persona in enumerate(personas)
    }
    assert {index: [n for n, _ in marks] for index, marks in points.items()} == {
        index: steps for index, steps in scored.items() if steps
    }
    for index, marks in points.items():
        xs = [mark.x for _, mark in marks]
        assert xs == sorted(xs) and len(set(xs)) == len(xs), index
        for n, mark in marks:
            assert lane.y + mark.size <= mark.y <= lane.y + lane.h - mark.size, (n, mark, lane)
        # a higher score is drawn higher up
        by_score = sorted(marks, key=lambda nm: journey.steps[nm[0]].emotion[personas[index]])
        ys = [mark.y for _, mark in by_score]
        assert ys == sorted(ys, reverse=True), index


def _legend(scene: Scene) -> list[str]:
    group = next((g for g in scene.groups if g.id == "jm-legend"), None)
    return [] if group is None else [line for item in group.items if isinstance(item, Text) for line in item.lines]


def test_the_legend_keys_what_the_map_uses_and_nothing_else(shared_journey: tuple[str, journeymd.Journey]) -> None:
    name, journey = shared_journey
    scene = _scene(name)
    keys = _legend(scene)
    loc = journey.locale
    lanes = {lane.name for lane in scene.lanes}
    assert keys[0] == label(loc, "legend")
    personas = [p.name for p in journey.personas]
    if len(personas) > 1:
        assert [key for key in keys if key in personas] == personas
    else:
        assert any(key.startswith(label(loc, "emotion")) for key in keys)
    assert (label(loc, "drop_off") in keys) == any(step.drop_off for step in journey.steps)
    for lane in ("pain_points", "opportunities", "questions"):
        assert (label(loc, lane) in keys) == (lane in lanes), lane
    online = {t.online for step in journey.steps for t in step.touchpoints}
    assert (label(loc, "online") in keys) == (True in online)
    assert (label(loc, "offline") in keys) == (False in online)


def test_the_legend_of_a_journey_without_drop_offs_or_personas_says_nothing_of_them() -> None:
    keys = _legend(_scene("minimal"))
    assert "Drop-off" not in keys and "Opportunities" not in keys and "Flow" not in keys
    assert keys[1:4] == ["Emotion +1 … +2", "Emotion 0", "Emotion −1 … −2"]


@pytest.mark.parametrize(("name", "view"), VIEWS, ids=IDS)
def test_layout_is_deterministic(name: str, view: str) -> None:
    """The same journey, loaded afresh, gives an equal Scene: every printer's bytes follow from it."""
    first = _scene(name, view)
    path = shared_journeys.FILES[name]
    again = journeymd.load(path) if path is not None else journeymd.loads(shared_journeys.source(name), "x")
    second = layout(again, view=view)
    assert first == second
    assert repr(first) == repr(second)
