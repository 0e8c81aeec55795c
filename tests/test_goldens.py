"""Whole maps byte for byte against tests/golden/, through the command line as users render them.

The minimal map's golden is in test_render.py. After a deliberate change, regenerate with
JOURNEYMD_ACCEPT=1 pytest tests/test_goldens.py, look at the new files and commit them. A failing
comparison writes NAME.got.svg beside the golden (ignored by git) and shows where they differ.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
import shared_journeys
from click.testing import CliRunner

from journeymd.cli import main

GOLDEN = Path(__file__).resolve().parent / "golden"

# golden file name -> shared journey and the command line options that draw it
GOLDENS = {
    "blueprint": ("blueprint", ["--view", "blueprint"]),
    "three-personas": ("three-personas", []),
}


def _differences(expected: str, got: str, limit: int = 40) -> str:
    """The first lines of a unified diff, with SVG's long lines cut between elements so that a
    moved box shows as the element that moved."""
    split = lambda text: text.replace("><", ">\n<").splitlines()  # noqa: E731
    diff = list(difflib.unified_diff(split(expected), split(got), "golden", "now", n=1, lineterm=""))
    shown = "\n".join(line[:200] for line in diff[:limit])
    return shown + (f"\n… {len(diff) - limit} more diff lines" if len(diff) > limit else "")


@pytest.mark.parametrize("name", GOLDENS)
def test_golden_svg(name: str, tmp_path: Path) -> None:
    journey, options = GOLDENS[name]
    source = shared_journeys.write(journey, tmp_path)
    result = CliRunner().invoke(main, ["render", str(source), "-f", "svg", "-o", "-", "-q", *options])
    assert result.exit_code == 0, result.output
    svg = result.output
    golden = GOLDEN / f"{name}.svg"
    if os.environ.get("JOURNEYMD_ACCEPT"):
        golden.write_text(svg, "utf-8")
    expected = golden.read_text("utf-8")
    if svg != expected:
        got = GOLDEN / f"{name}.got.svg"
        got.write_text(svg, "utf-8")
        pytest.fail(
            f"{name} differs from tests/golden/{name}.svg; the new one is in {got.name} "
            f"(JOURNEYMD_ACCEPT=1 accepts it):\n{_differences(expected, svg)}",
            pytrace=False,
        )
