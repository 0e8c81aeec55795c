"""The printers stage on every shared journey (tests/shared_journeys.py), through the command line
as users call it: SVG read back as XML, the Markdown table, the Mermaid export read by Mermaid.

The printers compute nothing, so the SVG must hold exactly the Scene's texts; test_layout.py checks
the Scene itself."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shared_journeys
from click.testing import CliRunner

from journeymd.cli import main
from journeymd.i18n import label
from journeymd.layout import Text, layout

SVG = "{http://www.w3.org/2000/svg}"
# Mermaid's own parser, as in test_exports.py: `npm ci --prefix tests/mermaid` (CI does, and must).
MERMAID_PARSE = Path(__file__).resolve().parent / "mermaid" / "parse.mjs"
_MERMAID_READY = bool(shutil.which("node")) and (MERMAID_PARSE.parent / "node_modules" / "mermaid").is_dir()
needs_mermaid = pytest.mark.skipif(
    not _MERMAID_READY and not os.environ.get("CI"), reason="needs node and: npm ci --prefix tests/mermaid"
)


def _print(name: str, fmt: str, tmp_path: Path, *options: str) -> str:
    source = shared_journeys.write(name, tmp_path)
    result = CliRunner().invoke(main, ["render", str(source), "-f", fmt, "-o", "-", "-q", *options])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("name", shared_journeys.SHARED)
def test_svg_parses_holds_every_text_of_the_scene_and_no_id_twice(name: str, tmp_path: Path) -> None:
    svg = _print(name, "svg", tmp_path)
    root = ET.fromstring(svg)  # parses: every user text was escaped
    assert root.tag == f"{SVG}svg"
    shown = [("".join(element.itertext())) for element in root.iter(f"{SVG}text")]
    scene = layout(shared_journeys.journey(name))
    wanted = [line for group in scene.groups for item in group.items if isinstance(item, Text) for line in item.lines]
    missing = [line for line in wanted if line not in shown]
    assert not missing, missing[:5]
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    # every reference inside the picture points at an id it has
    references = set(re.findall(r'(?:href="#|url\(#)([^")]+)', svg))
    assert references <= set(ids), references - set(ids)
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == shared_journeys.journey(name).title


def test_svg_escapes_markup_in_user_text(tmp_path: Path) -> None:
    svg = _print("arabic-cjk", "svg", tmp_path)
    assert "<b>" not in svg and "&lt;b&gt;at the desk&lt;/b&gt;" in svg
    assert "Picks up the card <b>at the desk</b> & signs" in "".join(ET.fromstring(svg).itertext())


_ROW = re.compile(r"^\| (\d+) \| ")


def _rows(markdown: str) -> list[list[str]]:
    return [line.strip("|").split(" | ") for line in markdown.splitlines() if _ROW.match(line)]


@pytest.mark.parametrize("name", shared_journeys.SHARED)
def test_markdown_has_a_heading_per_phase_and_a_table_row_per_step(name: str, tmp_path: Path) -> None:
    journey = shared_journeys.journey(name)
    text = _print(name, "markdown", tmp_path)
    lines = text.splitlines()
    assert next(line for line in lines if line and not line.startswith("<!--")).startswith("# ")
    headings = [line for line in lines if line.startswith("## ")]
    sources = [f"## {label(journey.locale, 'sources')}"] if journey.sources else []  # the research catalogue, last
    assert headings == [f"## {n}. {phase.name}" for n, phase in enumerate(journey.phases, 1)] + sources
    tables = [i for i, line in enumerate(lines) if line.startswith("| # | ")]
    for start in tables:  # a header, a separator of as many cells, and rows of as many cells
        width = lines[start].count(" | ") + 1
        assert lines[start + 1] == "|" + "---|" * width
        for line in lines[start + 2 :]:
            if not line.startswith("| "):
                break
            assert len(line.strip("|").split(" | ")) == width, line
    rows = _rows(text)
    assert [int(row[0]) for row in rows] == list(range(1, len(journey.steps) + 1))
    for row, step in zip(rows, journey.steps, strict=True):
        assert row[1].startswith(f"**{step.name.replace('<', '&lt;').replace('>', '&gt;')}**"), (row[1], step.name)


def test_markdown_escapes_markup_in_user_text(tmp_path: Path) -> None:
    text = _print("arabic-cjk", "markdown", tmp_path)
    assert "&lt;b&gt;at the desk&lt;/b&gt;" in text
    assert not re.search(r"<(?!br>|!--)", text.replace("-->", ""))  # no tag but line breaks and the note


@pytest.mark.slow  # one Node process that loads Mermaid: about 2 s of CPU
@needs_mermaid
def test_mermaid_reads_every_phase_and_step_of_each_export(tmp_path: Path) -> None:
    exports = {}
    for name in shared_journeys.SHARED:
        exports[name] = tmp_path / f"{name}.mmd"
        exports[name].write_text(_print(name, "mermaid", tmp_path), "utf-8")
    run = subprocess.run(["node", MERMAID_PARSE, *map(str, exports.values())], capture_output=True, text=True,
                         timeout=300)  # fmt: skip
    read = {}
    for line in run.stdout.splitlines():
        status, path, rest = line.split(" ", 2)
        assert status == "OK", line
        read[Path(path).stem] = json.loads(rest)
    assert set(read) == set(exports), run.stdout + run.stderr
    for name, diagram in read.items():
        journey = shared_journeys.journey(name)
        phases = [phase.name for phase in journey.phases if phase.steps]
        assert diagram["sections"] == phases, name
        # a colon ends a task's name in Mermaid: the export writes the look-alike ratio sign
        names = [step.name.replace(":", "\u2236") for step in journey.steps]
        assert [task[1].strip() for task in diagram["tasks"]] == names, name
        assert all(1 <= task[2] <= 5 for task in diagram["tasks"]), name
