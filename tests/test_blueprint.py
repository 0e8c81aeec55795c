"""The service blueprint: format, cross references, layout as data, SVG, report, stats and lint."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.layout import Box, Line, Mark, Text, layout
from journeymd.model import BLUEPRINT_LANES
from journeymd.render import render_html, render_svg

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"

BLUEPRINT = """\
journeymd: 1
title: Returns
departments:
  - {id: service, name: Customer service, layer: frontstage}
  - {id: warehouse, name: Warehouse, layer: backstage}
  - {id: finance, name: Finance}
phases:
  - name: Return
    steps:
      - name: Calls the hotline
        evidence: [Voice menu]
        departments: [service]
        frontstage: [Explains the return]
        backstage: [{action: Creates the return order, department: service}]
        support: [CRM]
        fail_point: Voice menu has no return option
        time_standard: 2 minutes
      - name: Sends the parcel back
        departments: [warehouse]
      - name: Gets the refund
        support: [{action: Books the refund, department: finance}]
"""


def test_blueprint_view_has_five_layers_and_the_three_lines_between_them() -> None:
    scene = layout(journeymd.loads(BLUEPRINT), view="blueprint")
    assert [lane.name for lane in scene.lanes] == list(BLUEPRINT_LANES)
    by_name = {lane.name: lane for lane in scene.lanes}
    lines = [i for g in scene.groups for i in g.items if isinstance(i, Line) and i.cls == "blueprint-line"]
    assert sorted({float(line.d.split()[1].split("H")[0]) for line in lines}) == [
        by_name["frontstage"].y,
        by_name["backstage"].y,
        by_name["support"].y,
    ]
    labels = [
        " ".join(i.lines)
        for g in scene.groups
        for i in g.items
        if isinstance(i, Text) and i.cls == "blueprint-line-label"
    ]
    assert labels == ["line of interaction", "line of visibility", "line of internal interaction"]


def test_connectors_run_from_the_action_down_to_the_lowest_layer_that_serves_it() -> None:
    scene = layout(journeymd.loads(BLUEPRINT), view="blueprint")
    by_name = {lane.name: lane for lane in scene.lanes}
    groups = {g.id: g for g in scene.groups}

    def served(step_id: str) -> list[float]:
        return [m.y for m in groups[f"jm-step-{step_id}"].items if isinstance(m, Mark) and m.cls == "connector-dot"]

    assert served("calls-the-hotline") == [by_name[n].y + 4 for n in ("frontstage", "backstage", "support")]
    assert served("sends-the-parcel-back") == [by_name["backstage"].y + 4]  # the warehouse's default layer
    assert served("gets-the-refund") == [by_name["support"].y + 4]


def test_department_default_layer_and_fail_point_show_in_their_cells() -> None:
    scene = layout(journeymd.loads(BLUEPRINT), view="blueprint")
    texts = {g.id: " ".join(" ".join(i.lines) for i in g.items if isinstance(i, Text)) for g in scene.groups}
    assert "Warehouse" in texts["jm-step-sends-the-parcel-back"]
    assert "⚠ Fail point: Voice menu has no return option" in texts["jm-step-calls-the-hotline"]
    assert "Standard: 2 minutes" in texts["jm-step-calls-the-hotline"]
    hotline = [c for c in scene.step_cells if c[0] == "calls-the-hotline"]
    assert [lane for _, lane, _ in hotline] == list(BLUEPRINT_LANES)
    actions = [
        i
        for i in next(g for g in scene.groups if g.id == "jm-step-calls-the-hotline").items
        if isinstance(i, Box) and i.cls.startswith("action")
    ]
    # A department without words of its own is a box too, not a name floating under the boxes.
    assert [a.cls for a in actions] == [
        "action action-frontstage", "action action-frontstage", "action action-backstage", "action action-support"
    ]  # fmt: skip


def test_map_view_of_the_same_file_shows_no_blueprint_lines() -> None:
    root = ET.fromstring(render_svg(journeymd.loads(BLUEPRINT)))
    assert not [e for e in root.iter() if "jm-blueprint-line" in (e.get("class") or "")]


def test_blueprint_svg_in_dutch() -> None:
    root = ET.fromstring(
        render_svg(journeymd.loads(BLUEPRINT.replace("title: Returns", "title: Retour\nlocale: nl")), view="blueprint")
    )
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    for expected in ("Klantacties", "Fysiek bewijs", "Ondersteunende processen", "zichtbaarheidslijn", "Faalpunt"):
        assert any(expected in t for t in texts), expected


def test_unknown_department_in_an_action_is_reported_where_it_stands() -> None:
    broken = BLUEPRINT.replace("department: finance}", "department: financ}")
    with pytest.raises(journeymd.JourneyError) as caught:
        journeymd.loads(broken, "b.journey.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "b.journey.yaml:21:58: unknown department 'financ' (did you mean 'finance'?)"
    ]


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [v for k, v in attrs if k == "id" and v]


def test_report_has_a_blueprint_section_without_duplicate_ids() -> None:
    page = render_html(journeymd.load(ROOT / "examples" / "shoes-blueprint.journey.yaml"))
    parser = _Ids()
    parser.feed(page)
    assert "blueprint" in parser.ids and 'href="#blueprint"' in page
    assert len(parser.ids) == len(set(parser.ids))
    assert "Courier hands over the parcel" in page


def test_stats_count_actions_per_layer_and_list_fail_points() -> None:
    source = ROOT / "examples" / "shoes-blueprint.journey.yaml"
    figures = json.loads(CliRunner().invoke(main, ["stats", str(source), "--format", "json"]).output)
    blueprint = figures["blueprint"]
    assert blueprint["actions"]["frontstage"] > 0 and blueprint["actions"]["support"] > 0
    assert [f["number"] for f in blueprint["fail_points"]] == [2, 4, 9, 10, 13]


@pytest.mark.slow  # rasterises
def test_cli_renders_the_blueprint_view_to_png(tmp_path: Path) -> None:
    out = tmp_path / "bp.png"
    result = CliRunner().invoke(
        main, ["render", str(ROOT / "examples" / "shoes-blueprint.journey.yaml"), "--view", "blueprint", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize("source", ["shoes-blueprint.journey.yaml", "shoes.journey.yaml", "webshop-nl.journey.yaml"])
def test_blueprint_labels_stay_in_their_columns_without_overlap(source: str) -> None:
    scene = layout(journeymd.load(ROOT / "examples" / source), view="blueprint")
    columns = dict(scene.columns)
    for group in scene.groups:
        if not group.id.startswith("jm-step-"):
            continue
        hit = next(i for i in group.items if isinstance(i, Box) and i.cls == "hit")
        texts = [i for i in group.items if isinstance(i, Text) and i.anchor == "start"]
        boxes = [(t.x, t.y, t.x + t.width, t.y + t.height) for t in texts]
        for left, _, right, _ in boxes:
            assert hit.x <= left and right <= hit.x + columns[hit.x] + 0.5
        for n, a in enumerate(boxes):
            for b in boxes[n + 1 :]:
                assert not (a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5)


def test_the_legend_explains_the_solid_dashed_and_dotted_action_boxes() -> None:
    scene = layout(journeymd.loads(BLUEPRINT), view="blueprint")
    legend = next(g for g in scene.groups if g.id == "jm-legend")
    keys = [i.cls for i in legend.items if isinstance(i, Box) and i.cls.startswith("action")]
    texts = [" ".join(i.lines) for i in legend.items if isinstance(i, Text)]
    assert keys == ["action action-frontstage", "action action-backstage", "action action-support"]
    assert "action the customer sees (frontstage)" in texts and "support process" in texts
