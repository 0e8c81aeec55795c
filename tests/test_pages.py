"""Maps fitted to where they are shown (--page), checked as layout data: nothing overlaps or leaves
the page, every step appears once, text is readable at the size the page is shown, and every
branch that crosses rows has both of its stubs."""

from __future__ import annotations

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
from journeymd.problems import TextTooSmall

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
@pytest.mark.parametrize("journey_name", list(JOURNEYS))
def test_every_page_size_holds_every_step_once_readably_and_inside_the_page(page_name: str, journey_name: str) -> None:
    journey = JOURNEYS[journey_name]
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
def test_text_is_measured_as_chromium_draws_it_arabic_included(tmp_path: Path, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    from journeymd.render import render

    page_file = tmp_path / "map.svg"
    page_file.write_bytes(render(journeymd.loads(ARABIC), "svg", page=parse_page("docs")))
    scene = layout(journeymd.loads(ARABIC), page=parse_page("docs"))
    ours = {line: item.width for g in scene.groups for item in g.items if isinstance(item, Text)
            for line in item.lines if len(item.lines) == 1}  # fmt: skip
    page = chromium_browser.new_page(viewport={"width": 960, "height": 900})
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
