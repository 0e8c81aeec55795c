"""The swimlane map: layout as data, SVG as parsed XML, PNG/PDF/DOT through the CLI and the API."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from journeygen import make_journey, make_yaml

import journeymd
from journeymd.cli import main
from journeymd.layout import Box, Text, layout
from journeymd.render import render, render_svg

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"

BRANCHY = """\
journeymd: 1
title: Returns in the shop
locale: nl
personas:
  - {id: new, name: Nieuwe klant}
  - {id: loyal, name: Vaste klant}
phases:
  - name: Oriëntatie
    steps:
      - name: Zoekt online
        emotion: {new: 0, loyal: 1}
        touchpoints: [Zoekmachine]
      - name: Bekijkt productpagina
        emotion: {new: 1}
        next: [{to: koopt-in-winkel, label: wil passen}, bestelt-online]
  - name: Aankoop
    steps:
      - name: Bestelt online
        emotion: {new: 1, loyal: 2}
        drop_off: {reason: Verzendkosten pas bij de kassa, rate: "35%"}
        next: [retour-in-winkel]
      - name: Koopt in winkel
        emotion: {new: 2, loyal: 2}
        next: []
  - name: Service
    steps:
      - name: Retour in winkel
        emotion: {new: -2, loyal: -1}
        pain_points: [Bon kwijt]
        next: [{to: zoekt-online, label: probeert opnieuw}]
  - name: Evaluatie
"""


def _bbox(item: Text) -> tuple[float, float, float, float]:
    left = item.x - (item.width / 2 if item.anchor == "middle" else item.width if item.anchor == "end" else 0)
    return left, item.y, left + item.width, item.y + item.height


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def _journeys() -> list[journeymd.Journey]:
    found = [journeymd.load(p) for p in sorted((ROOT / "examples").glob("*.journey.yaml"))]
    found.append(journeymd.loads(BRANCHY))
    found.append(journeymd.loads(make_yaml(60, seed=7)))
    found.append(journeymd.loads(make_yaml(25, seed=11, personas=0)))
    return found


@pytest.mark.parametrize("journey", _journeys(), ids=lambda j: j.title[:30])
def test_every_label_sits_inside_its_column_and_lane_without_overlap(journey: journeymd.Journey) -> None:
    scene = layout(journey)
    lanes = [(lane.y, lane.y + lane.h) for lane in scene.lanes]
    for group in scene.groups:
        if not group.id.startswith("jm-step-"):
            continue
        texts = [item for item in group.items if isinstance(item, Text)]
        column = next(
            (x, x + w)
            for x, w in scene.columns
            if any(isinstance(i, Box) and i.cls.split()[0] == "card" and i.x == x for i in group.items)
        )
        for text in texts:
            left, top, right, bottom = _bbox(text)
            assert column[0] <= left and right <= column[1] + 0.5, (text.lines, column)
            assert any(lo <= top and bottom <= hi + 0.5 for lo, hi in lanes), (text.lines, lanes)
        boxes = [_bbox(t) for t in texts]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not _overlap(a, b), (a, b, group.id)


def test_lanes_are_stacked_without_gaps_or_overlap() -> None:
    scene = layout(journeymd.loads(make_yaml(40, seed=3)))
    for upper, lower in zip(scene.lanes, scene.lanes[1:], strict=False):
        assert upper.y + upper.h == pytest.approx(lower.y)
    assert scene.lanes[-1].y + scene.lanes[-1].h < scene.height


def test_columns_follow_steps_and_empty_phase_still_gets_a_column() -> None:
    journey = journeymd.loads(BRANCHY)
    scene = layout(journey)
    assert len(scene.columns) == len(journey.steps) + 1  # 'Evaluatie' has no steps
    xs = [x for x, _ in scene.columns]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    assert "jm-phase-evaluatie" in {g.id for g in scene.groups}


def test_default_lanes_leave_out_empty_ones_and_file_order_wins() -> None:
    journey = journeymd.loads(BRANCHY)
    assert [lane.name for lane in layout(journey).lanes] == ["steps", "emotion", "touchpoints", "pain_points"]
    chosen = journeymd.loads(BRANCHY.replace("phases:", "lanes: [pain_points, steps]\nphases:", 1))
    assert [lane.name for lane in layout(chosen).lanes] == ["pain_points", "steps"]


def _svg(journey: journeymd.Journey, theme: str = "default") -> ET.Element:
    return ET.fromstring(render_svg(journey, theme))


def test_svg_is_self_contained_and_accessible() -> None:
    root = _svg(journeymd.loads(BRANCHY))
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.get("viewBox", "").startswith("0 0 ")
    assert root.find(f"{SVG}title").text == "Returns in the shop"
    assert root.find(f"{SVG}desc").text
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert not tags & {"foreignObject", "script", "image"}
    assert not any(
        v.startswith(("http:", "https:", "data:"))
        for e in root.iter()
        for k, v in e.attrib.items()
        if k.endswith("href")
    )
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    step_groups = [g for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("jm-step-")]
    assert [g.get("id") for g in step_groups] == [
        "jm-step-zoekt-online",
        "jm-step-bekijkt-productpagina",
        "jm-step-bestelt-online",
        "jm-step-koopt-in-winkel",
        "jm-step-retour-in-winkel",
    ]
    assert "Stap 1: Zoekt online" in step_groups[0].find(f"{SVG}title").text  # locale nl


def _texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


KPIS_NL = """\
journeymd: 1
locale: nl
phases:
  - name: Aankoop
    kpis:
      - Bereik
      - {name: Conversieratio, target: 3%, value: 2.1%}
      - {name: Retouren, target: 5%}
      - {name: NPS, value: 41}
    steps:
      - {name: Rekent af, reached: 40000}
      - {name: Betaalt, reached: 6600}
"""


def test_kpis_show_value_and_target_and_numbers_follow_the_locale() -> None:
    journey = journeymd.loads(KPIS_NL)
    kpis = "KPI's: Bereik · Conversieratio: 2.1% (doel 3%) · Retouren: doel 5% · NPS: 41"
    texts = " ".join(_texts(_svg(journey)))
    assert kpis in texts and "40.000 bereikt" in texts
    html = render(journey, "html").decode()
    assert "Conversieratio: 2.1% (doel 3%)" in html and "Retouren: doel 5%" in html
    assert ">40.000<" in html and "16,5%" in html  # the funnel: 6,600 of 40,000
    assert "Conversieratio: 2.1% (doel 3%)" in render(journey, "markdown").decode()


def test_map_shows_phases_lanes_flow_labels_drop_off_and_emotion_lines() -> None:
    root = _svg(journeymd.loads(BRANCHY))
    texts = _texts(root)
    for expected in (
        "Oriëntatie",
        "Stappen",
        "Emotie",
        "Contactmomenten",
        "Knelpunten",
        "wil passen",
        "probeert opnieuw",
        "Bon kwijt",
        "Zoekmachine",
        "Legenda",
    ):
        assert any(expected in t for t in texts), expected
    assert "Afhaakmoment 35%: Verzendkosten pas bij de kassa" in " ".join(texts)
    curves = [p for p in root.iter(f"{SVG}path") if "jm-curve" in (p.get("class") or "")]
    classes = {c.get("class") for c in curves}
    assert any("jm-cp0" in c for c in classes) and any("jm-cp1" in c and "jm-dash1" in c for c in classes)
    flows = [p for p in root.iter(f"{SVG}path") if (p.get("class") or "").startswith("jm-flow")]
    assert len(flows) >= 3 and any("jm-loop" in p.get("class") for p in flows)


def test_a_single_next_link_needs_no_list() -> None:
    def journey(next_value: str) -> str:
        return (
            "journeymd: 1\nphases:\n  - name: Buy\n    steps:\n      - name: Looks\n      - name: Pays\n"
            f"        next: {next_value}\n      - name: Returns\n"
        )

    single = journeymd.loads(journey("{to: looks, label: again}"))
    listed = journeymd.loads(journey("[{to: looks, label: again}]"))
    assert single.steps[1].next == listed.steps[1].next
    assert render_svg(single) == render_svg(listed)
    assert journeymd.loads(journey("looks")).steps[1].next[0].to == "looks"


def test_missing_emotion_leaves_a_gap_not_a_zero() -> None:
    text = BRANCHY.replace("        emotion: {new: 1}\n", "")
    scene = layout(journeymd.loads(text))
    group = next(g for g in scene.groups if g.id == "jm-step-bekijkt-productpagina")
    assert not [i for i in group.items if getattr(i, "cls", "").startswith("mk")]
    # the first persona's line is broken in two runs around the missing score, so no path starts there
    first = next(g for g in scene.groups if g.id == "jm-step-zoekt-online")
    assert not [i for i in first.items if getattr(i, "cls", "").startswith("curve cp0")]


def _curve_segments(svg: str) -> list[tuple[float, float, float, float]]:
    """(start y, first control y, second control y, end y) of every Bézier in the emotion curves."""
    import re

    segments = []
    for path in ET.fromstring(svg).iter(f"{SVG}path"):
        if "jm-curve" not in path.get("class", "") or "C" not in path.get("d", ""):
            continue
        start, *curves = path.get("d", "").split("C")
        y = float(start.split()[1])
        for curve in curves:
            numbers = [float(n) for n in re.findall(r"-?[\d.]+", curve)]
            segments.append((y, numbers[1], numbers[3], numbers[5]))
            y = numbers[5]
    return segments


@pytest.mark.slow  # Hypothesis
@given(st.lists(st.one_of(st.none(), st.integers(-2, 2)), min_size=2, max_size=12))
@settings(max_examples=60, deadline=None)
def test_the_emotion_curve_never_swings_past_the_scores(scores: list[int | None]) -> None:
    """Between two steps the curve stays between their two scores: equal scores give a level line
    and no peak is drawn higher (or valley lower) than the step's score."""
    steps = "".join(
        f"      - name: Step {n}\n" + (f"        emotion: {score}\n" if score is not None else "")
        for n, score in enumerate(scores)
    )
    svg = render_svg(journeymd.loads(f"journeymd: 1\nphases:\n  - name: A\n    steps:\n{steps}"))
    for start, first, second, end in _curve_segments(svg):
        low, high = min(start, end) - 0.1, max(start, end) + 0.1  # coordinates are rounded to 0.1
        assert low <= first <= high and low <= second <= high, (start, first, second, end)


INJECTION = """\
journeymd: 1
title: "<script>alert(1)</script> ]]> {{ 7*7 }} {% raw %}"
description: 'a "quoted" & <b>bold</b> text'
phases:
  - name: "\\"]; evil [label=\\"x"
    steps:
      - name: "<img src=x onerror=alert(1)>"
        thinks: "javascript:alert(1)"
        next: [{to: two, label: "\\\\N \\" -> x"}]
      - id: two
        name: "</text></svg><svg onload=alert(1)>"
"""


def test_user_text_is_escaped_in_svg_and_dot() -> None:
    journey = journeymd.loads(INJECTION)
    root = _svg(journey)
    assert not [e for e in root.iter() if e.tag.removeprefix(SVG) in ("script", "img", "b")]
    assert not [e for e in root.iter() for k in e.attrib if k.startswith("on")]
    texts = " ".join(_texts(root))
    assert "<script>alert(1)</script>" in root.find(f"{SVG}title").text
    assert "{{ 7*7 }}" in root.find(f"{SVG}title").text
    assert "<imgsrc=xonerror=alert(1)>" in texts.replace(" ", "")  # wrapped over lines, but literal
    import pygraphviz

    graph = pygraphviz.AGraph(string=render(journey, "dot").decode())
    assert graph.get_node("two").attr["label"] == "2. </text></svg><svg onload=alert(1)>"
    assert "&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;" in graph.graph_attr["label"]  # an HTML-like label
    flow = ET.fromstring(render(journey, "svg", view="flow"))
    assert journey.title in [t.text for t in flow.iter(f"{SVG}text")]
    assert not [e for e in flow.iter() if e.tag.removeprefix(SVG) in ("script", "img")]
    assert graph.get_edge(journey.steps[0].id, "two").attr["label"] == '\\\\N " -> x'


@pytest.mark.slow  # several processes
def test_output_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    source = tmp_path / "g.journey.yaml"
    source.write_text(make_yaml(30, seed=5), "utf-8")
    outputs = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"out-{seed}.svg"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "journeymd.cli", "render", str(source), "-o", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize("theme", ["default", "dark", "high-contrast", "print", "auto"])
def test_every_theme_renders_valid_svg(theme: str) -> None:
    root = _svg(journeymd.loads(BRANCHY), theme)
    style = root.find(f"{SVG}style").text
    assert ".jm-bg{fill:#" in style
    assert ("prefers-color-scheme:dark" in style) == (theme == "auto")


@pytest.mark.slow  # rasterises
def test_png_has_the_map_size_times_scale() -> None:
    journey = journeymd.loads(BRANCHY)
    scene = layout(journey)
    png = render(journey, "png", scale=2)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert abs(width - 2 * scene.width) <= 2 and abs(height - 2 * scene.height) <= 2


@pytest.mark.browser
def test_pdf_is_one_page_with_text(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    result = CliRunner().invoke(main, ["render", str(ROOT / "examples" / "minimal.journey.yaml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 1" in data  # one page
    assert b"/FontFile2" in data  # text stays text with embedded fonts, not paths
    import time

    time.sleep(1.1)  # Chromium stamps the second into the file; the same map must give the same bytes
    again = tmp_path / "again.pdf"
    assert (
        CliRunner()
        .invoke(main, ["render", str(ROOT / "examples" / "minimal.journey.yaml"), "-o", str(again)])
        .exit_code
        == 0
    )
    assert again.read_bytes() == data


def test_flow_view_is_laid_out_by_graphviz(tmp_path: Path) -> None:
    source = tmp_path / "b.journey.yaml"
    source.write_text(BRANCHY, "utf-8")
    result = CliRunner().invoke(main, ["render", str(source), "--view", "flow"])
    assert result.exit_code == 0, result.output
    root = ET.parse(tmp_path / "b.svg").getroot()
    titles = {re.sub(r":[nesw]\b", "", t.text or "") for t in root.iter(f"{SVG}title")}  # without the ports
    assert {"zoekt-online", "retour-in-winkel"} <= titles
    assert "retour-in-winkel->zoekt-online" in titles


@pytest.mark.slow  # Graphviz and rasterising
def test_flow_view_keys_its_colours_in_the_theme_and_renders_to_png(tmp_path: Path) -> None:
    journey = journeymd.loads(BRANCHY)
    dark = render(journey, "svg", theme="dark", view="flow").decode()
    root = ET.fromstring(dark)
    assert root.get("width", "").isdigit() and root.get("height", "").isdigit()  # pixels, as the other views
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    # The key names the persona whose emotion tints the steps, and the dashed return arrow, in Dutch.
    assert "Emotie (Nieuwe klant)" in texts and "terug naar een eerdere stap" in texts
    assert "#0f172a" in dark and "#ffffff" not in render(journey, "dot", theme="dark").decode()
    png = render(journey, "png", view="flow", scale=2)
    width = int.from_bytes(png[16:20], "big")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and abs(width - 2 * int(root.get("width", "0"))) <= 2
    source = tmp_path / "b.journey.yaml"
    source.write_text(BRANCHY, "utf-8")
    result = CliRunner().invoke(main, ["render", str(source), "--view", "flow", "-f", "html"])
    assert result.exit_code == 2 and "svg, png, pdf or dot" in result.output


def test_cli_writes_beside_the_input_and_infers_format_from_suffix(tmp_path: Path) -> None:
    source = tmp_path / "shop.journey.yaml"
    source.write_text(BRANCHY, "utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["render", str(source)]).exit_code == 0
    assert (tmp_path / "shop.svg").read_bytes().startswith(b"<svg")
    assert runner.invoke(main, ["render", str(source), "-o", str(tmp_path / "x.png")]).exit_code == 0
    assert (tmp_path / "x.png").read_bytes()[:4] == b"\x89PNG"
    assert runner.invoke(main, ["render", str(source), "-o", str(tmp_path / "x.gv")]).exit_code == 0
    assert (tmp_path / "x.gv").read_text().startswith("digraph journey {")
    result = runner.invoke(main, ["render", str(source), "-o", "-", "--theme", "dark"])
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"<svg")


def test_cli_bad_input_writes_nothing_and_keeps_old_output(tmp_path: Path) -> None:
    source = tmp_path / "shop.journey.yaml"
    source.write_text(BRANCHY.replace("emotion: {new: 2, loyal: 2}", "emotion: {new: 5}"), "utf-8")
    old = tmp_path / "shop.svg"
    old.write_text("old map")
    result = CliRunner().invoke(main, ["render", str(source)])
    assert result.exit_code == 1
    assert "shop.journey.yaml:23:24: 'new' must be a whole number" in result.output and "from -2 to 2" in result.output
    assert old.read_text() == "old map"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.journey.yaml", "shop.svg"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    source = tmp_path / "shop.journey.yaml"
    source.write_text(BRANCHY, "utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["render", str(source), "--theme", "drak"]).exit_code == 2
    assert "did you mean 'dark'" in runner.invoke(main, ["render", str(source), "--theme", "drak"]).output
    assert runner.invoke(main, ["render", str(source), "-o", str(tmp_path / "x.jpg")]).exit_code == 2
    assert runner.invoke(main, ["render", str(tmp_path / "missing.yaml")]).exit_code == 2


def test_cli_reports_an_unwritable_output_cleanly(tmp_path: Path) -> None:
    source = tmp_path / "shop.journey.yaml"
    source.write_text(BRANCHY, "utf-8")
    (tmp_path / "taken").mkdir()
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(tmp_path / "taken" / "sub" / "x.svg")])
    assert result.exit_code == 0  # parent folders are created
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(blocker / "x.svg")])
    assert result.exit_code == 1 and "cannot write" in result.output and "Traceback" not in result.output


def test_golden_minimal_map() -> None:
    """The minimal example's SVG, byte for byte. Regenerate with JOURNEYMD_ACCEPT=1 after a deliberate change."""
    journey = journeymd.load(ROOT / "examples" / "minimal.journey.yaml")
    svg = render_svg(journey)
    golden = GOLDEN / "minimal.svg"
    if os.environ.get("JOURNEYMD_ACCEPT"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(svg, "utf-8")
    if svg != golden.read_text("utf-8"):
        (GOLDEN / "minimal.got.svg").write_text(svg, "utf-8")
        pytest.fail(
            "minimal map differs from tests/golden/minimal.svg; see minimal.got.svg (JOURNEYMD_ACCEPT=1 accepts it)"
        )


@pytest.mark.slow  # a 200-step map
def test_two_hundred_steps_stay_readable() -> None:
    """No shrinking: a long journey keeps full-size columns and type, it just gets wider."""
    journey = journeymd.loads(make_yaml(200, seed=2))
    scene = layout(journey)
    assert len(scene.columns) == 200
    assert all(w == 200 for _, w in scene.columns)
    sizes = {i.size for g in scene.groups for i in g.items if isinstance(i, Text)}
    assert min(sizes) >= 11
    assert make_journey(5)["journeymd"] == 1


def test_whole_numbers_written_as_decimals_render_like_whole_numbers() -> None:
    text = (
        "journeymd: 1\npersonas: [{id: p, name: P}]\n"
        "phases: [{name: P, steps: [{name: A, emotion: 1.0, reached: 10.0}, {name: B, emotion: {p: -0.0}}]}]\n"
    )
    journey = journeymd.loads(text)
    assert [s.emotion for s in journey.steps] == [{"p": 1}, {"p": 0}] and journey.steps[0].reached == 10
    assert "10 reached" in " ".join(_texts(_svg(journey)))
    assert ">10<" in render(journey, "html").decode() and "10 reached" in render(journey, "markdown").decode()


def test_names_without_latin_letters_get_ids_that_survive_an_inserted_step() -> None:
    before = journeymd.loads("journeymd: 1\nphases: [{name: 旅, steps: [{name: 検索する}, {name: 購入する}]}]\n")
    after = journeymd.loads(
        "journeymd: 1\nphases: [{name: 旅, steps: [{name: 広告を見る}, {name: 検索する}, {name: 購入する}]}]\n"
    )
    assert [s.id for s in before.steps] == [s.id for s in after.steps][1:]
    assert all(s.id.startswith("step-") for s in after.steps) and after.phases[0].id.startswith("phase-")


def test_the_emotion_line_jumps_dotted_between_alternative_paths_and_the_legend_says_so() -> None:
    journey = journeymd.loads(BRANCHY)
    assert "emotie op een andere route (vertakking)" in _texts(_svg(journey))
    scene = layout(journey)
    centre = {}
    jumps = []
    for group in scene.groups:
        if group.id.startswith("jm-step-"):
            card = next(i for i in group.items if isinstance(i, Box) and i.cls.startswith("card"))
            centre[group.id.removeprefix("jm-step-")] = card.x + card.w / 2
        if group.id != "jm-legend":
            jumps += [i.d for i in group.items if getattr(i, "cls", "").startswith("curve-jump")]
    # Bestelt online leads to the return, not to Koopt in winkel beside it: the line jumps there.
    starts_and_ends = [[float(n) for n in d.replace("M", " ").replace("L", " ").split()][0::2] for d in jumps]
    assert any(
        abs(x1 - centre["bestelt-online"]) <= 5 and abs(x2 - centre["koopt-in-winkel"]) <= 5
        for x1, x2 in starts_and_ends
    )


PERSONA_STEPS = """\
journeymd: 1
personas: [{id: new, name: 'Nina, new customer'}, {id: loyal, name: Lou}]
phases:
  - name: Buy
    steps:
      - {name: Finds the shop, emotion: {new: 0, loyal: 1}}
      - {name: Creates an account, personas: [new], emotion: -2}
      - {name: Orders, emotion: {new: 1, loyal: 2}}
"""


def test_a_step_some_personas_skip_is_passed_over_by_the_others_lines() -> None:
    journey = journeymd.loads(PERSONA_STEPS)
    assert journey.steps[1].emotion == {"new": -2}  # a plain score belongs to the step's personas
    root = _svg(journey)
    assert "Only: Nina" in " ".join(_texts(root))
    # A curve belongs to its persona, not to the step where it starts.
    emotion = [g for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("jm-emotion")]
    curves = [p.get("class") or "" for g in emotion for p in g.iter(f"{SVG}path")]
    # Lou's line goes from the first step straight to the third, unbroken: one curve per persona.
    assert len([c for c in curves if "jm-curve" in c.split() and "jm-cp1" in c.split()]) == 1
    assert not [c for c in curves if "jm-curve-jump" in c]
    from journeymd.lint import LintConfig, lint

    assert not [p for p in lint(journey, LintConfig()) if p.code == "emotion-missing"]


def test_dutch_channel_names_say_online_or_offline_as_the_english_ones_do() -> None:
    journey = journeymd.loads(
        "journeymd: 1\nlocale: nl\nphases: [{name: P, steps: [{name: S, touchpoints: ["
        "{name: A, channel: Winkel}, {name: B, channel: nieuwsbrief}, {name: C, channel: telefoon},"
        " {name: D, channel: x}]}]}]\n"
    )
    assert [t.online for t in journey.steps[0].touchpoints] == [False, True, False, None]


def test_quoted_texts_smileys_and_free_x_keys_are_not_taken_for_a_split_text() -> None:
    quoted = '["Checkout is slow :(", "the new (UI", "is nice)"]'
    assert (
        journeymd.problems(f"journeymd: 1\nphases: [{{name: P, steps: [{{name: S, pain_points: {quoted}}}]}}]\n") == []
    )
    text = (
        "journeymd: 1\nphases: [{name: P, steps: [{name: S, pain_points: [Sad :(, Happy :)], x-tags: [a (b, c)]}]}]\n"
    )
    assert journeymd.problems(text) == []


def test_the_earlier_curve_passes_over_skipped_steps_as_the_current_one_does() -> None:
    old = journeymd.loads(PERSONA_STEPS)
    scene = layout(old, baseline=old)
    ghosts = [i for g in scene.groups if g.id != "jm-legend" for i in g.items if getattr(i, "cls", "") == "ghost"]
    assert len(ghosts) == 2  # one unbroken line per persona, Lou's over the step only Nina takes


def test_a_map_of_some_phases_keeps_the_step_numbers_and_sits_beside_the_whole_map(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    source.write_text((ROOT / "examples" / "shoes.journey.yaml").read_text("utf-8"), "utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["render", str(source), "--phase", "service,Loyalty"])
    assert result.exit_code == 0, result.output
    root = ET.parse(tmp_path / "shoes.service-loyalty.svg").getroot()
    steps = [g.get("id") for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("jm-step-")]
    assert len(steps) == 11 and "jm-step-waits-for-the-parcel" in steps  # steps 6 to 16
    assert "6" in _texts(root) and "1" not in _texts(root)  # numbered as in the whole map
    assert not (tmp_path / "shoes.svg").exists()
    result = runner.invoke(main, ["render", str(source), "--phase", "servise"])
    assert (
        result.exit_code == 1
        and "shoes.journey.yaml: --phase servise: no such phase (did you mean 'service'?)" in result.output
    )
    assert ":1:1:" not in result.output  # not a problem at a made-up place in the file


def test_controls_html_refuses_and_terminals_obey_never_reach_an_output() -> None:
    journey = journeymd.loads('journeymd: 1\ntitle: "del \\x7f csi \\x9b nel \\x85 non \\ufdd0"\nphases: [{name: P}]\n')
    assert journey.title == "del \ufffd csi \ufffd nel   non \ufffd"
    html = render(journey, "html").decode()
    assert not any(c in html for c in "\x7f\x9b\x85\ufdd0")


def test_a_long_arrow_names_the_step_it_leads_to() -> None:
    texts = _texts(_svg(journeymd.load(ROOT / "examples" / "shoes.journey.yaml")))
    # Every arrow says where it goes, a labelled one after its label.
    assert "they fit → 14" in texts and "too small → 9" in texts


def test_a_map_of_some_phases_leaves_out_a_listed_lane_they_leave_empty() -> None:
    """The shoe journey lists a questions lane; only Consideration and Service ask questions."""
    journey = journeymd.load(ROOT / "examples" / "shoes.journey.yaml")
    assert journey.lanes is not None and "questions" in journey.lanes
    assert "questions" not in (journey.only_phases(["awareness", "purchase"]).lanes or ())
    assert "questions" in (journey.only_phases(["consideration"]).lanes or ())
