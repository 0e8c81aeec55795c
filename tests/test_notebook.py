"""A journey shows itself in Jupyter: `_repr_svg_` and `_repr_html_`, as a notebook calls them."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import journeymd

ROOT = Path(__file__).resolve().parent.parent
SHOES = ROOT / "examples" / "shoes.journey.yaml"


@pytest.mark.slow  # renders in a child process
def test_a_journey_shows_as_the_map_journeymd_renders() -> None:
    svg = journeymd.load(SHOES)._repr_svg_()
    rendered = subprocess.run(
        [sys.executable, "-m", "journeymd", "render", str(SHOES), "-f", "svg", "-o", "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert svg == rendered
    assert ET.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"


def test_two_maps_in_one_notebook_keep_their_ids_apart_and_each_shows_the_same_every_time() -> None:
    shoes, minimal = journeymd.load(SHOES), journeymd.load(ROOT / "examples" / "minimal.journey.yaml")
    html = shoes._repr_html_()
    assert html == journeymd.load(SHOES)._repr_html_()
    assert html.startswith('<div class="journeymd-map"') and "<script" not in html
    ET.fromstring(html)  # one well-formed element
    prefixes = []
    for page in (html, minimal._repr_html_()):
        ids = re.findall(r' id="([^"]+)"', page)
        prefix = re.match(r"jm-[0-9a-f]{8}-", ids[0])
        assert prefix and all(i.startswith(prefix.group(0)) for i in ids), ids
        prefixes.append(prefix.group(0))
    assert prefixes[0] != prefixes[1]


def test_a_notebook_shows_untrusted_text_as_text() -> None:
    journey = journeymd.loads(
        "journeymd: 1\ntitle: '<script>alert(1)</script>'\nphases: [{name: '<img src=x onerror=alert(1)>'}]\n"
    )
    for page in (journey._repr_svg_(), journey._repr_html_()):
        assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page
