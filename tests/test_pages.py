"""Maps fitted to where they are shown (--page), checked as layout data: nothing overlaps or leaves
the page, every step appears once, text is readable at the size the page is shown, and every
branch that crosses rows has both of its stubs."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from journeygen import make_yaml

import journeymd
from journeymd.cli import main
from journeymd.layout import Box, Scene, Text, layout, layout_pages
from journeymd.layout.flow import flow_edges
from journeymd.page import PAGE_NAMES, PageError, parse_page
from journeymd.problem import TextTooSmall

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SVG = "{http://www.w3.org/2000/svg}"
PAGES = [*PAGE_NAMES, "1200x800px", "420x297mm"]


def _journeys() -> dict[str, journeymd.Journey]:
    found = {name: journeymd.load(EXAMPLES / f"{name}.journey.yaml") for name in ("shoes", "webshop-nl", "returns")}
    for steps in (16, 50, 200):
        found[f"gen{steps}"] = journeymd.loads(make_yaml(steps, seed=steps))
    return found


JOURNEYS = _journeys()


def _text_box(text: Text) -> tuple[float, float, float, float]:
    left = text.x - (text.width / 2 if text.anchor == "middle" else text.width if text.anchor == "end" else 0)
    return left, text.y, left + text.width, text.y + text.height


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def _check_page(scene: Scene, page_name: str, pixels_wide: float, min_px: float) -> list[str]:
    """What is wrong with one page: items off the page, cards on top of each other, text too small."""
    wrong = []
    for group in scene.groups:
        for item in group.items:
            if isinstance(item, Box):
                box = (item.x, item.y, item.x + item.w, item.y + item.h)
            elif isinstance(item, Text):
                box = _text_box(item)
                shown = item.size * pixels_wide / scene.width
                if shown < min_px - 0.01:
                    wrong.append(f"{page_name}: text {item.lines[0]!r} is {shown:.1f} px as shown")
            else:
                continue
            if box[0] < -0.5 or box[1] < -0.5 or box[2] > scene.width + 0.5 or box[3] > scene.height + 0.5:
                wrong.append(f"{page_name}: {group.id} leaves the page at {box}")
    cards = [
        (i.x, i.y, i.x + i.w, i.y + i.h)
        for g in scene.groups
        if g.id.startswith("jm-step-")
        for i in g.items
        if isinstance(i, Box) and i.cls.startswith("card")
    ]
    cards.sort()
    for n, a in enumerate(cards):
        for b in cards[n + 1 : n + 8]:
            if _overlap(a, b):
                wrong.append(f"{page_name}: cards overlap at {a} and {b}")
    return wrong


@pytest.mark.parametrize("page_name", PAGES)
@pytest.mark.parametrize(
    "journey_name",
    [pytest.param(name, marks=pytest.mark.slow) if name == "gen200" else name for name in JOURNEYS],  # 200 steps
)
def test_every_page_size_holds_every_step_once_readably_and_inside_the_page(page_name: str, journey_name: str) -> None:
    _check_every_page(JOURNEYS[journey_name], page_name)


@pytest.mark.slow
@pytest.mark.parametrize("page_name", PAGES)
def test_a_1000_step_journey_on_every_page_size(page_name: str) -> None:
    _check_every_page(_journey_1000(), page_name)


@functools.cache
def _journey_1000() -> journeymd.Journey:
    return journeymd.loads(make_yaml(1000, seed=1000))


def _check_every_page(journey: journeymd.Journey, page_name: str) -> None:
    page = parse_page(page_name)
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        scenes = layout_pages(journey, page)
    too_small = [w for w in said if issubclass(w.category, TextTooSmall)]
    # A named page always reads: paper turns where its rows only fit standing up. A page of a size
    # the user chose may be too low for a row; then it says so, and what to do.
    assert not too_small or page_name not in PAGE_NAMES
    min_px = 0.0 if too_small else page.min_text
    wrong: list[str] = []
    step_groups = []
    for scene in scenes:
        # The width a person sees the page at: a column or screen at 100 %, paper at its printed size.
        if scene.print_width:
            pixels_wide = (
                float(scene.print_width.rstrip("mpxintc"))
                * {"mm": 96 / 25.4, "px": 1.0, "in": 96.0}[scene.print_width[-2:]]
            )
        else:
            pixels_wide = scene.width
            assert scene.width <= page.width + 0.5
        wrong += _check_page(scene, page_name, pixels_wide, min_px)
        step_groups += [g.id for g in scene.groups if g.id.startswith("jm-step-")]
    assert not wrong, "\n".join(wrong[:10])
    assert sorted(step_groups) == sorted(f"jm-step-{s.id}" for s in journey.steps)
    if page.height is not None:
        assert [s.page_number for s in scenes] == list(range(1, len(scenes) + 1))
        assert all(s.page_count == len(scenes) for s in scenes)


@pytest.mark.parametrize("journey_name", ["shoes", "webshop-nl", "gen200"])
def test_a_branch_across_rows_has_a_stub_where_it_leaves_and_one_where_it_arrives(journey_name: str) -> None:
    journey = JOURNEYS[journey_name]
    scene = layout(journey, page=parse_page("docs"))
    ids = {g.id for g in scene.groups}
    row_of = {}
    for group in scene.groups:
        if group.id.startswith("jm-step-"):
            row_of[group.id.removeprefix("jm-step-")] = group.items[0].y  # the hit box's top: its row
    edges = flow_edges(journey)
    crossing = [n for n, (s, to, _) in enumerate(edges, start=1) if row_of[s.id] != row_of[to]]
    assert crossing or journey_name == "gen200"
    for n in crossing:
        assert f"jm-flow-{n}-out" in ids and f"jm-flow-{n}-in" in ids
    assert len([i for i in ids if i.endswith("-out")]) == len(crossing)
    texts = [" ".join(i.lines) for g in scene.groups if g.id.startswith("jm-flow-") for i in g.items
             if isinstance(i, Text)]  # fmt: skip
    if journey_name == "shoes":
        assert "they fit → 14 Receives the evaluation newsletter" in texts and "from 8" in texts


def test_cards_are_as_tall_as_the_tallest_card_in_their_row_not_the_whole_map() -> None:
    journey = JOURNEYS["shoes"]
    strip = layout(journey)
    wrapped = layout(journey, page=parse_page("docs"))
    steps_lanes = [lane.h for lane in wrapped.lanes if lane.name == "steps"]
    assert len(steps_lanes) > 1 and min(steps_lanes) < max(steps_lanes)
    assert max(steps_lanes) <= next(lane.h for lane in strip.lanes if lane.name == "steps")


def test_a_phase_that_goes_on_in_the_next_row_says_so() -> None:
    scene = layout(JOURNEYS["shoes"], page=parse_page("docs"))
    names = [" ".join(i.lines) for g in scene.groups if g.id.startswith("jm-phase-") for i in g.items
             if isinstance(i, Text) and i.cls == "phase-name"]  # fmt: skip
    assert "Service (continued)" in names and names.count("Service") == 1


def test_the_emotion_curve_goes_on_across_rows() -> None:
    scene = layout(JOURNEYS["shoes"], page=parse_page("docs"))
    rows_with_curves = [g for g in scene.groups if g.id.startswith("jm-emotion")]
    assert len(rows_with_curves) > 1
    # Every row after the first starts where the last one left off: a dot on its left edge.
    assert all(any(getattr(i, "cls", "").startswith("curve-from") for i in g.items) for g in rows_with_curves[1:])


def test_a_docs_page_is_at_most_960_px_wide_and_reads_at_100_percent(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    source.write_bytes((EXAMPLES / "shoes.journey.yaml").read_bytes())
    result = CliRunner().invoke(main, ["render", str(source), "--page", "docs"])
    assert result.exit_code == 0, result.output
    root = ET.parse(tmp_path / "shoes.svg").getroot()
    assert float(root.get("width", "0")) <= 960
    sizes = [float(t.get("font-size", "0")) for t in root.iter(f"{SVG}text")]
    assert min(sizes) >= 11  # ≥ 10 px even where GitHub shows the column 880 px wide


def test_step_numbers_from_100_on_fit_their_badge() -> None:
    journey = journeymd.loads(make_yaml(120, seed=3))
    scene = layout(journey, page=parse_page("a3"))
    group = next(g for g in scene.groups if g.id == f"jm-step-{journey.steps[109].id}")
    badge = next(i for i in group.items if isinstance(i, Box) and i.cls == "badge")
    number = next(i for i in group.items if isinstance(i, Text) and i.cls == "badge-text")
    assert number.lines == ("110",) and number.width <= badge.w - 6


def test_an_empty_flow_band_is_not_drawn() -> None:
    journey = journeymd.loads(make_yaml(40, seed=5, branches=False))
    scene = layout(journey, page=parse_page("docs"))
    assert not [g for g in scene.groups if g.id.startswith("jm-flow-")]
    labels = [" ".join(i.lines) for g in scene.groups for i in g.items if isinstance(i, Text)]
    assert "Flow" not in labels


@pytest.mark.parametrize(
    ("spec", "orientation", "size"),
    [
        ("a4", None, (1122.52, 793.7)),
        ("a4", "portrait", (793.7, 1122.52)),
        ("A3", None, (1587.4, 1122.52)),
        ("slide", None, (1920, 1080)),
        ("docs", None, (960, None)),
        ("phone", None, (390, None)),
        ("1200x800px", None, (1200, 800)),
        ("420x297mm", "portrait", (1122.52, 1587.4)),
    ],
)
def test_page_sizes(spec: str, orientation: str | None, size: tuple[float, float | None]) -> None:
    page = parse_page(spec, orientation)
    assert (page.width, page.height) == size


@pytest.mark.parametrize(
    ("spec", "orientation"), [("b5", None), ("10x10px", None), ("docs", "portrait"), ("9x9", None)]
)
def test_pages_that_cannot_be_used_are_refused(spec: str, orientation: str | None) -> None:
    with pytest.raises(PageError):
        parse_page(spec, orientation)


def test_a_bad_page_is_a_usage_error_and_the_project_setting_is_used(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    source.write_bytes((EXAMPLES / "shoes.journey.yaml").read_bytes())
    runner = CliRunner()
    result = runner.invoke(main, ["render", str(source), "--page", "a5"])
    assert result.exit_code == 2 and "unknown page size 'a5'" in result.output
    result = runner.invoke(main, ["render", str(source), "--page", "1200x800"])
    assert result.exit_code == 2 and "needs a unit: 1200x800px" in result.output
    result = runner.invoke(main, ["render", str(source), "--page", "a3", "-f", "html"])
    assert result.exit_code == 2
    (tmp_path / ".journeymd.yaml").write_text("render:\n  page: phone\n", "utf-8")
    result = runner.invoke(main, ["render", str(source)])
    assert result.exit_code == 0, result.output
    assert ET.parse(tmp_path / "shoes.svg").getroot().get("width") == "390"
    (tmp_path / ".journeymd.yaml").write_text("render:\n  paper: a3\n", "utf-8")
    result = runner.invoke(main, ["render", str(source)])
    assert result.exit_code == 2 and "unknown render setting 'paper' (did you mean 'page'?)" in result.output


def test_a_long_map_printed_on_paper_starts_with_its_overview_and_legend() -> None:
    scenes = layout_pages(JOURNEYS["gen200"], parse_page("a3"))
    first = {g.id for g in scenes[0].groups}
    assert {"jm-header", "jm-overview", "jm-legend", "jm-footer-1"} <= first
    assert all(f"jm-footer-{n}" in {g.id for g in s.groups} for n, s in enumerate(scenes, 1))
    assert scenes[0].print_width == "420mm" and scenes[0].print_height == "297mm"


def test_the_overview_view_is_one_strip() -> None:
    scene = layout(JOURNEYS["gen200"], view="overview")
    assert [g.id for g in scene.groups] == ["jm-header", "jm-overview"]


def test_a_blueprint_wraps_as_the_map_does() -> None:
    journey = journeymd.load(EXAMPLES / "shoes-blueprint.journey.yaml")
    scenes = layout_pages(journey, parse_page("a3"), view="blueprint")
    wrong = [w for s in scenes for w in _check_page(s, "a3", 1587.4, parse_page("a3").min_text)]
    assert not wrong, wrong[:5]


@pytest.mark.browser
def test_a3_pdf_has_a3_landscape_pages_with_text_as_text(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    source.write_bytes((EXAMPLES / "shoes.journey.yaml").read_bytes())
    result = CliRunner().invoke(main, ["render", str(source), "--page", "a3", "-o", str(tmp_path / "shoes.pdf")])
    assert result.exit_code == 0, result.output
    info = subprocess.run(["pdfinfo", str(tmp_path / "shoes.pdf")], capture_output=True, text=True, check=True).stdout
    assert "1191" in info and "841" in info and "(A3)" in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages > 1
    text = subprocess.run(["pdftotext", str(tmp_path / "shoes.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Wants to buy shoes" in text and f"page 2 of {pages}" in text


def test_a_map_of_one_phase_names_it_and_shows_where_its_steps_lead_out_and_come_from() -> None:
    journey = JOURNEYS["shoes"].only_phases(["service"])
    assert journey.title == "Buying running shoes online — Service"
    scene = layout(journey)
    texts = [" ".join(i.lines) for g in scene.groups if g.id.startswith("jm-flow-") for i in g.items
             if isinstance(i, Text)]  # fmt: skip
    assert "from 5 Lands on the thank-you page" in texts
    assert "they fit → 14 Receives the evaluation newsletter" in texts
    assert "→ 14 Receives the evaluation newsletter" in texts  # the last step goes on in the next phase
    assert not _check_page(scene, "strip", scene.width, 10)


ARABIC = """\
journeymd: 1
title: رحلة العميل
phases:
  - name: الوعي
    steps:
      - {name: يرى إعلانا على وسائل التواصل الاجتماعي ثم يزور المتجر, emotion: 1}
      - {name: Bekijkt de productpagina en vergelijkt drie paar schoenen, emotion: 0}
      - {name: 在网店里比较三双鞋的尺码和价格, emotion: -1}
"""


@pytest.mark.browser
def test_text_is_measured_as_chromium_draws_it_arabic_included(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    from journeymd.render import render

    page_file = tmp_path / "map.svg"
    page_file.write_bytes(render(journeymd.loads(ARABIC), "svg", page=parse_page("docs")))
    scene = layout(journeymd.loads(ARABIC), page=parse_page("docs"))
    ours = {line: item.width for g in scene.groups for item in g.items if isinstance(item, Text)
            for line in item.lines if len(item.lines) == 1}  # fmt: skip
    page = browser.new_page(viewport={"width": 960, "height": 900})
    page.goto(page_file.as_uri())
    drawn = page.evaluate("[...document.querySelectorAll('text')].map(t => [t.textContent, t.getComputedTextLength()])")
    page.close()
    compared = [(text, ours[text], width) for text, width in drawn if ours.get(text)]
    assert any("\u0600" <= text[0] <= "\u06ff" for text, _, _ in compared)
    # Never narrower than drawn (or the text would overflow its card); Arabic no longer a third too wide.
    assert all(width <= measured + 1 for _, measured, width in compared), compared
    arabic = [(measured, width) for text, measured, width in compared if "\u0600" <= text[0] <= "\u06ff"]
    assert all(measured - width < 2 for measured, width in arabic), arabic


@pytest.mark.parametrize("theme", ["default", "high-contrast", "print", "dark"])
def test_phase_bands_keep_an_edge_where_their_fill_is_the_page_colour(theme: str) -> None:
    from journeymd.render import render

    svg = render(JOURNEYS["shoes"], "svg", theme).decode()
    style = ET.fromstring(svg).find(f"{SVG}style")
    assert style is not None and style.text is not None
    assert ".jm-phase{stroke:" in style.text.replace(" ", "")


def test_a_png_falls_back_to_sans_faces_regular_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymd import raster

    for name in ("NotoSerifCJK-Regular.ttc", "NotoSansCJK-Bold.ttc", "NotoSansCJK-Regular.ttc",
                 "NotoNaskhArabic-Regular.ttf", "NotoColorEmoji.ttf", "DejaVuSans.ttf", "readme.txt"):  # fmt: skip
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(raster, "FONT_DIRS", (str(tmp_path),))
    raster.system_fonts.cache_clear()
    try:
        names = [Path(p).name for p in raster.system_fonts()]
    finally:
        raster.system_fonts.cache_clear()
    # A serif face only where there is no sans one; DejaVu comes from the package, not the system.
    assert names == ["NotoColorEmoji.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSansCJK-Regular.ttc",
                     "NotoSansCJK-Bold.ttc"]  # fmt: skip


@pytest.mark.slow  # PNG of every page
def test_the_api_draws_one_picture_per_page_at_the_pages_size() -> None:
    import struct

    from journeymd.render import render_pages

    pngs = render_pages(JOURNEYS["shoes"], "png", page=parse_page("a3"))
    svgs = render_pages(JOURNEYS["shoes"], "svg", page=parse_page("a3"))
    assert len(pngs) == len(svgs) > 1
    assert {struct.unpack(">II", png[16:24]) for png in pngs} == {(1587, 1123)}  # A3 at 96 px per inch
    assert {(ET.fromstring(svg).get("width"), ET.fromstring(svg).get("height")) for svg in svgs} == {("420mm", "297mm")}


def test_flow_labels_are_drawn_over_every_arrow_and_stubs_stand_upright() -> None:
    scene = layout(JOURNEYS["webshop-nl"], page=parse_page("docs"))
    order = [g.id for g in scene.groups]
    arrows = [n for n, i in enumerate(order) if i.startswith("jm-flow-") and not i.startswith("jm-flow-labels")]
    labels = [n for n, i in enumerate(order) if i.startswith("jm-flow-labels")]
    assert arrows and labels
    for n in arrows:  # every arrow of a row comes before that row's labels
        assert any(n < m for m in labels)
    for group in scene.groups:
        if group.id.endswith(("-out", "-in")):
            (line,) = group.items
            assert re.fullmatch(r"M[\d.]+ [\d.]+V[\d.]+", line.d)  # one upright stroke


def test_an_empty_blueprint_layer_keeps_its_name_clear_of_the_line_below() -> None:
    journey = journeymd.loads("journeymd: 1\nlocale: nl\nphases: [{name: P, steps: [{name: Koopt}]}]\n")
    scene = layout(journey, view="blueprint")
    names = [_text_box(i) for g in scene.groups if g.id == "jm-lane-labels" for i in g.items if isinstance(i, Text)]
    assert len(names) > 5
    for n, a in enumerate(names):
        for b in names[n + 1 :]:
            assert not _overlap(a, b), (a, b)


def test_a_short_journeys_overview_spreads_over_the_width_with_every_persona() -> None:
    scene = layout(JOURNEYS["shoes"], view="overview")
    strip = next(g for g in scene.groups if g.id == "jm-overview")
    bands = [i for i in strip.items if isinstance(i, Box) and i.cls.startswith("phase")]
    assert bands[-1].x + bands[-1].w > scene.width * 0.9
    names = [" ".join(i.lines) for i in strip.items if isinstance(i, Text) and i.cls == "phase-name"]
    phases = [p.name for p in JOURNEYS["shoes"].phases]  # whole where they fit, else cut short with '…'
    assert len(names) == len(phases) and names[0] == "Awareness"
    assert all(n == p or (n.endswith("…") and p.startswith(n[:-1])) for n, p in zip(names, phases, strict=True))
    assert scene.width <= 1600
    curves = {i.cls for i in strip.items if getattr(i, "cls", "").startswith("curve")}
    assert {"curve cp0 dash0", "curve cp1 dash1"} <= curves


def test_a_phone_names_each_lane_over_its_cells_and_gives_the_cards_the_width() -> None:
    scene = layout(JOURNEYS["shoes"], page=parse_page("phone"))
    cards = [i for g in scene.groups if g.id.startswith("jm-step-") for i in g.items
             if isinstance(i, Box) and i.cls.startswith("card")]  # fmt: skip
    assert min(card.w for card in cards) > 300  # of 390 px: no column of lane names beside them
    headings = [" ".join(i.lines) for g in scene.groups if g.id.startswith("jm-lane-labels") for i in g.items
                if isinstance(i, Text) and i.cls == "lane-label"]  # fmt: skip
    assert headings.count("Steps") == 16  # a row a step, each lane named where it starts
    assert "Feels" in headings and headings.count("Feels") < 16  # a lane with nothing in a row is left out


def _flow_nodes(svg: bytes) -> dict[str, tuple[float, float]]:
    """Each step's text position in a Graphviz flow chart, by step id."""
    found = {}
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        if group.get("class") == "node":
            title = group.find(f"{SVG}title")
            text = group.find(f"{SVG}text")
            if title is not None and text is not None:
                found[title.text or ""] = (float(text.get("x", "0")), float(text.get("y", "0")))
    return found


@pytest.mark.slow  # Graphviz in a child process
def test_the_flow_chart_stands_phases_side_by_side_in_the_journeys_order() -> None:
    from journeymd.render import render

    nodes = _flow_nodes(render(JOURNEYS["webshop-nl"], "svg", view="flow"))
    steps = JOURNEYS["webshop-nl"].steps
    # 7 leads to 8 and 6 branches to 9: still 7 above 8 above 9, in one column.
    seven, eight, nine = (nodes[steps[n].id] for n in (6, 7, 8))
    assert seven[1] < eight[1] < nine[1]
    assert nodes[steps[0].id][0] < nodes[steps[2].id][0] < nodes[steps[4].id][0]  # phases left to right
    root = ET.fromstring(render(JOURNEYS["gen200"], "svg", view="flow"))
    width, height = float(root.get("width", "0")), float(root.get("height", "0"))
    assert width > height  # 200 steps were a tower fifteen times taller than wide


def test_each_journey_renders_at_its_own_projects_page(tmp_path: Path) -> None:
    shoes = (EXAMPLES / "shoes.journey.yaml").read_bytes()
    for project, page in (("docs-site", "docs"), ("phone-app", "phone")):
        (tmp_path / project / "maps").mkdir(parents=True)
        (tmp_path / project / ".journeymd.yaml").write_text(f"render:\n  page: {page}\n", "utf-8")
        (tmp_path / project / "maps" / "shoes.journey.yaml").write_bytes(shoes)
    sources = [str(tmp_path / p / "maps" / "shoes.journey.yaml") for p in ("phone-app", "docs-site")]
    for order in (sources, sources[::-1]):  # the same whatever the order of the arguments
        result = CliRunner().invoke(main, ["render", *order])
        assert result.exit_code == 0, result.output
        assert ET.parse(tmp_path / "phone-app" / "maps" / "shoes.svg").getroot().get("width") == "390"
        assert ET.parse(tmp_path / "docs-site" / "maps" / "shoes.svg").getroot().get("width") == "960"


def test_hostile_pages_and_fences_are_refused_with_a_reason(tmp_path: Path) -> None:
    import markdown

    from journeymd.render import render_pages

    for spec in ("9" * 400 + "x800px", "١٢٠٠x٨٠٠px", "20000x800px"):
        with pytest.raises(PageError):
            parse_page(spec)
    with pytest.raises(ValueError, match="flow chart"):
        render_pages(JOURNEYS["shoes"], "svg", view="flow", page=parse_page("a4"))
    (tmp_path / "secret.yml").write_text("password: hunter2\n", "utf-8")
    shutil.copy(EXAMPLES / "shoes.journey.yaml", tmp_path / "shoes.journey.yaml")
    config = {"journeymd.markdown": {"base_dir": str(tmp_path)}}
    for options in (f"theme={tmp_path / 'secret.yml'}", "phase=,", 'page="' + "9" * 400 + 'x800px"'):
        out = markdown.markdown(f"```journeymd {options}\nfile: shoes.journey.yaml\n```\n",
                                extensions=["journeymd.markdown"], extension_configs=config)  # fmt: skip
        assert "password" not in out and "hunter2" not in out
        assert ("<svg" in out) == (options == "phase=,")  # an empty phase list draws the whole map
    assert not parse_page("slide").turnable  # a 16:9 deck gets 16:9 pages, whatever the map


def test_a_first_page_whose_heading_leaves_no_room_moves_the_legend_on() -> None:
    long = journeymd.loads(make_yaml(12, seed=4).replace("description:", "description: " + "Lang verhaal. " * 120, 1))
    with pytest.warns(TextTooSmall):  # an A5 page is too small for this map's rows, and it says so
        scenes = layout_pages(long, parse_page("210x148mm"))
    for scene in scenes:
        assert not _check_page(scene, "a5", 793.7, 0)
    assert "jm-legend" in {g.id for s in scenes for g in s.groups}


def test_the_overview_on_paper_is_a_page_of_that_paper() -> None:
    (scene,) = layout_pages(JOURNEYS["gen200"], parse_page("a4"), view="overview")
    assert (scene.print_width, scene.print_height) == ("297mm", "210mm")
    assert abs(scene.width / scene.height - 297 / 210) < 0.01
