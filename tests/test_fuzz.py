"""Property-based hardening: no input gives a traceback, and every valid journey renders cleanly."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import journeymd
from journeymd.layout import Text, layout
from journeymd.render import render_html, render_svg

pytestmark = pytest.mark.slow  # hundreds of generated journeys

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text with the characters that break naive tools: markup, quotes, YAML indicators, control
# characters, surrogates' neighbours, right-to-left and wide scripts.
HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from([*"<>&\"'`{}[]%#:!|*&-?,\\\n\t\r ]]>", "\u202e", "\ufeff", "\x85", "\u2028"]),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=60,
)


@SETTINGS
@given(HOSTILE)
def test_any_text_gives_problems_or_a_journey_never_a_crash(text: str) -> None:
    try:
        journeymd.loads(text)
    except journeymd.JourneyError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message


YAML_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=False), HOSTILE)
YAML_VALUES = st.recursive(
    YAML_SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            HOSTILE | st.sampled_from(["name", "steps", "phases", "emotion", "next", "id", "touchpoints", "journeymd"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@SETTINGS
@given(YAML_VALUES)
def test_any_yaml_structure_gives_problems_not_a_crash(value: object) -> None:
    import yaml

    document = {"journeymd": 1, "phases": [{"name": "P", "steps": [value]}]} if not isinstance(value, dict) else value
    try:
        journeymd.loads(yaml.safe_dump(document, allow_unicode=True))
    except journeymd.JourneyError as error:
        assert error.problems


LABEL = HOSTILE.filter(lambda s: s != "")


def _step() -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries(
        {"name": LABEL},
        optional={
            "emotion": st.integers(-2, 2),
            "thinks": HOSTILE,
            "pain_points": st.lists(HOSTILE, max_size=2),
            "touchpoints": st.lists(LABEL, max_size=3),
            "drop_off": st.one_of(st.booleans(), HOSTILE),
        },
    )


JOURNEYS = st.fixed_dictionaries(
    {
        "journeymd": st.just(1),
        "title": LABEL,
        "phases": st.lists(
            st.fixed_dictionaries(
                {"name": LABEL, "steps": st.lists(_step(), max_size=4)},
                optional={"goal": HOSTILE, "kpis": st.lists(LABEL, max_size=2)},
            ),
            min_size=1,
            max_size=3,
        ),
    },
    optional={"description": HOSTILE, "locale": st.sampled_from(["en", "nl"])},
)


def _ids_unique(data: dict) -> dict:
    """Give each step an explicit unique id, so generated names never collide as slugs."""
    n = 0
    for phase in data["phases"]:
        for step in phase["steps"]:
            step["id"] = f"s{n}"
            n += 1
    return data


@SETTINGS
@given(JOURNEYS.map(_ids_unique))
def test_valid_journeys_render_well_formed_deterministic_output_without_overlaps(data: dict) -> None:
    import yaml

    journey = journeymd.loads(yaml.safe_dump(data, allow_unicode=True))
    svg = render_svg(journey)
    ET.fromstring(svg)  # well-formed XML, whatever the text
    assert svg == render_svg(journeymd.loads(yaml.safe_dump(data, allow_unicode=True)))
    html = render_html(journey)
    assert html.count("<script>") == 1
    scene = layout(journey)
    for group in scene.groups:
        if not group.id.startswith("jm-step-"):
            continue
        boxes = [
            (t.x, t.y, t.x + t.width, t.y + t.height)
            for t in group.items
            if isinstance(t, Text) and t.anchor == "start"
        ]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not (a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5)
