"""Linked journeys on the maps: a step that opens a sub-journey is marked on its card and links to
the sub-journey's map; related journeys and the parent are named in the heading with links. Links
are relative paths worked out by journeymd, never the text of the file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.layout import layout
from journeymd.outputs import linked_href, map_links, output_path
from journeymd.page import parse_page

SVG = "{http://www.w3.org/2000/svg}"
PARENT = """\
journeymd: 1
title: Buying running shoes online
related:
  - journey: ../to-be/buying.journey.yaml
    relation: to-be
phases:
  - name: Buy
    steps:
      - {name: Compares shoes, emotion: 1}
      - name: Returns the shoes
        emotion: -1
        opens: returns/label.journey.yaml
"""
SUB = """\
journeymd: 1
title: {title}
phases:
  - name: Return
    steps:
      - {{name: Prints the label, emotion: -2}}
"""


def _repository(root: Path, sub_title: str = "Returning shoes by post") -> Path:
    """A repository: journeys/as-is/buying opens journeys/as-is/returns/label and is related to
    journeys/to-be/buying."""
    (root / ".git").mkdir(parents=True)
    folder = root / "journeys" / "as-is"
    (folder / "returns").mkdir(parents=True)
    (root / "journeys" / "to-be").mkdir()
    (folder / "buying.journey.yaml").write_text(PARENT, "utf-8")
    (folder / "returns" / "label.journey.yaml").write_text(SUB.format(title=sub_title), "utf-8")
    (root / "journeys" / "to-be" / "buying.journey.yaml").write_text(SUB.format(title="Buying, to be"), "utf-8")
    return folder / "buying.journey.yaml"


def _anchors(svg: Path) -> dict[str, str]:
    """Each link of an SVG: its text -> href."""
    tree = ET.parse(svg)
    return {" ".join(t.text or "" for t in a.iter(f"{SVG}text")): a.get("href", "") for a in tree.iter(f"{SVG}a")}


def test_a_folder_rendered_into_an_output_folder_links_maps_by_relative_paths(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", "journeys", "-o", "site/maps", "-f", "svg"])
    assert result.exit_code == 0, result.output
    maps = tmp_path / "site" / "maps"
    parent = _anchors(maps / "as-is" / "buying.svg")
    assert parent == {
        "opens → Returning shoes by post": "returns/label.svg",
        "related: Buying, to be (to-be)": "../to-be/buying.svg",
    }
    sub = _anchors(maps / "as-is" / "returns" / "label.svg")
    assert sub == {"part of: Buying running shoes online, step 2 Returns the shoes": "../buying.svg"}
    for svg, links in ((maps / "as-is" / "buying.svg", parent), (maps / "as-is" / "returns" / "label.svg", sub)):
        for href in links.values():
            assert (svg.parent / href).resolve().is_file(), href  # every link leads to a map that was written


def test_a_subfolder_rendered_into_an_output_folder_names_but_does_not_link_what_is_not_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", "journeys/as-is/returns", "-o", "sub", "-f", "svg"])
    assert result.exit_code == 0, result.output
    svg = (tmp_path / "sub" / "label.svg").read_text("utf-8")
    assert "part of: Buying running shoes online" in svg  # said, as text
    assert _anchors(tmp_path / "sub" / "label.svg") == {}  # no link to a map this folder does not hold


def test_a_journey_rendered_alone_finds_its_parent_in_the_repository(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    (tmp_path / "journeys" / "unrelated.journey.yaml").write_text(SUB.format(title="Other"), "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", "journeys/as-is/returns/label.journey.yaml"])
    assert result.exit_code == 0, result.output
    links = _anchors(tmp_path / "journeys" / "as-is" / "returns" / "label.svg")
    assert links == {"part of: Buying running shoes online, step 2 Returns the shoes": "../buying.svg"}


def test_the_project_input_folders_bound_the_search_for_parents(tmp_path: Path) -> None:
    source = _repository(tmp_path)
    sub = source.parent / "returns" / "label.journey.yaml"
    (tmp_path / ".journeymd.yaml").write_text("render:\n  input: journeys/to-be\n  output: site\n", "utf-8")
    assert map_links(sub, sub.with_suffix(".svg"), "svg").parents == ()  # the parent is outside the inputs
    (tmp_path / ".journeymd.yaml").write_text("render:\n  input: [journeys]\n  output: site\n", "utf-8")
    assert [p.title for p in map_links(sub, sub.with_suffix(".svg"), "svg").parents] == ["Buying running shoes online"]


def test_outside_a_repository_only_the_journey_s_own_folder_is_searched_for_parents(tmp_path: Path) -> None:
    """A journey in a folder like Downloads: its parent beside it is found, journeys in folders
    below (or in hidden ones) are not read, however many there are."""
    source = _repository(tmp_path / "repo")
    sub = source.parent / "returns" / "label.journey.yaml"
    (tmp_path / "repo" / ".git").rmdir()
    assert map_links(sub, sub.with_suffix(".svg"), "svg").parents == ()  # the parent is a folder up
    beside = sub.parent / "parent.journey.yaml"
    beside.write_text(PARENT.replace("returns/label.journey.yaml", "label.journey.yaml"), "utf-8")
    assert [p.title for p in map_links(sub, sub.with_suffix(".svg"), "svg").parents] == ["Buying running shoes online"]
    (tmp_path / "repo" / ".git").mkdir()
    hidden = tmp_path / "repo" / ".cache" / "old"
    hidden.mkdir(parents=True)
    (hidden / "copy.journey.yaml").write_text(PARENT.replace("Buying running", "Hidden"), "utf-8")
    assert "Hidden" not in [p.title for p in map_links(sub, sub.with_suffix(".svg"), "svg").parents]


def test_links_follow_the_output_rule_in_every_format(tmp_path: Path) -> None:
    source = _repository(tmp_path)
    sub = source.parent / "returns" / "label.journey.yaml"
    out = tmp_path / "out"
    for fmt, suffix in (("svg", "svg"), ("html", "html"), ("pdf", "pdf")):
        target = output_path(source, tmp_path / "journeys", out, fmt)
        assert target == out / "as-is" / f"buying.{suffix}"
        href = linked_href(source, target, sub, fmt)
        assert href == f"returns/label.{suffix}"
        assert (target.parent / href).resolve() == output_path(sub, tmp_path / "journeys", out, fmt).resolve()
    # A map written beside its journey links to the map beside the sub-journey.
    assert linked_href(source, source.with_name("buying.svg"), sub, "svg") == "returns/label.svg"


def test_titles_and_paths_are_escaped_and_hrefs_are_ours(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path, sub_title="'\"Returns\" <script>alert(1)</script> & more'")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "svg,html"]).exit_code == 0
    svg = (tmp_path / "site" / "as-is" / "buying.svg").read_text("utf-8")
    html = (tmp_path / "site" / "as-is" / "buying.html").read_text("utf-8")
    for text in (svg, html):
        assert "<script>alert" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in svg
    ET.fromstring(svg)  # still well-formed
    assert 'href="returns/label.html"' in html  # in the step's details and nowhere the YAML text
    # In the report the map's steps are buttons: the mark is text there, the link is in the details.
    report_map = html[html.index("<svg") : html.index("</svg>")]
    assert "<a " not in report_map and "opens → " in report_map
    assert "returns/label.journey.yaml" not in svg
    sub = (tmp_path / "site" / "as-is" / "returns" / "label.html").read_text("utf-8")
    assert '<a href="../buying.html">Buying running shoes online</a>, step 2 Returns the shoes' in sub


def test_the_opens_mark_is_inside_its_card_readable_at_docs_width() -> None:
    root = Path(__file__).resolve().parent.parent
    journey = journeymd.load(root / "examples" / "shoes.journey.yaml")
    step = journey.steps[3]
    from journeymd.outputs import MapLink, MapLinks

    long_title = "Returning a pair of running shoes that do not fit, by post or in a store near you"
    links = MapLinks(opens=(MapLink("returns.svg", long_title, step=step.index),),
                     related=(MapLink("to-be.svg", "Buying, to be", "to-be"),),
                     parents=(MapLink("all.svg", "Everything we sell", step=8, step_name="Checks out"),))  # fmt: skip
    scene = layout(journey, page=parse_page("docs"), links=links)
    texts = [item for group in scene.groups for item in group.items if getattr(item, "href", "")]
    assert {t.href for t in texts} == {"returns.svg", "to-be.svg", "all.svg"}
    mark = next(t for t in texts if t.href == "returns.svg")
    assert " ".join(mark.lines).startswith("opens → Returning a pair") and len(mark.lines) > 1  # wrapped, not cut
    assert mark.size >= 10
    card = next(box for sid, lane, box in scene.step_cells if sid == step.id and lane == "steps")
    assert card.x <= mark.x and mark.x + mark.width <= card.x + card.w + 0.5
    assert card.y <= mark.y and mark.y + mark.height <= card.y + card.h + 0.5  # the card grew to hold it
    heading = [t for t in texts if t.href != "returns.svg"]
    assert [" ".join(t.lines) for t in heading] == [
        "part of: Everything we sell, step 9 Checks out",
        "related: Buying, to be (to-be)",
    ]
    others = [item for group in scene.groups for item in group.items
              if item.kind == "text" and item not in texts]  # fmt: skip
    for t in heading:  # the heading's lines overlap none of the heading's other texts
        for other in others:
            apart = other.y >= t.y + t.height or other.y + other.height <= t.y
            assert apart or other.x >= t.x + t.width or other.x + other.width <= t.x, (t.lines, other.lines)


def test_the_links_are_in_the_render_cache_key(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Renaming the sub-journey's title changes the parent's map, though the parent file did not change."""
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["render", "journeys", "-o", "site"]).exit_code == 0
    sub = tmp_path / "journeys" / "as-is" / "returns" / "label.journey.yaml"
    sub.write_text(SUB.format(title="Sending shoes back"), "utf-8")
    check = runner.invoke(main, ["render", "journeys", "-o", "site", "--check"])
    assert check.exit_code == 1 and "stale: site/as-is/buying.svg" in check.output
    assert runner.invoke(main, ["render", "journeys", "-o", "site"]).exit_code == 0
    assert "opens → Sending shoes back" in _anchors(tmp_path / "site" / "as-is" / "buying.svg")


def test_the_map_draws_the_same_bytes_each_time(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    for out in ("a", "b"):
        assert CliRunner().invoke(main, ["render", "journeys", "-o", out, "-f", "svg,html"]).exit_code == 0
    for name in ("as-is/buying.svg", "as-is/buying.html", "as-is/returns/label.svg", "index.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_markdown_names_and_links_the_journeys_a_journey_opens_belongs_to_and_relates_to(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path, sub_title="Returns [by post] | *fast*")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", "journeys", "-o", "docs", "-f", "markdown"])
    assert result.exit_code == 0, result.output
    parent = (tmp_path / "docs" / "as-is" / "buying.md").read_text("utf-8")
    assert "*Related:* [Buying, to be](../to-be/buying.md) (to-be)" in parent
    # In the step's cell, its title escaped so that it is no link text or table cell of its own.
    assert r"*Opens* → [Returns \[by post\] \| \*fast\*](returns/label.md)" in parent
    sub = (tmp_path / "docs" / "as-is" / "returns" / "label.md").read_text("utf-8")
    assert "*Part of:* [Buying running shoes online](../buying.md), step 2 Returns the shoes" in sub
    # Rendered alone, beside itself: the links lead to the Markdown beside the other journeys.
    alone = CliRunner().invoke(main, ["render", "journeys/as-is/buying.journey.yaml", "-f", "markdown"])
    assert alone.exit_code == 0, alone.output
    assert "](returns/label.md)" in (tmp_path / "journeys" / "as-is" / "buying.md").read_text("utf-8")
