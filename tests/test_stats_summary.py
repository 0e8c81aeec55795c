"""`journeymd stats` over several journeys: each journey's figures, then a summary across them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ("shoes.journey.yaml", "webshop-nl.journey.yaml", "minimal.journey.yaml")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "nl").mkdir()
    for name in EXAMPLES:
        shutil.copy(ROOT / "examples" / name, tmp_path / ("nl" if name.startswith("webshop") else "") / name)
    return tmp_path


def _stats(*args: str) -> str:
    result = CliRunner().invoke(main, ["stats", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_of_a_folder_has_each_journey_and_a_summary_across_them(folder: Path) -> None:
    report = json.loads(_stats(str(folder), "--format", "json"))
    assert set(report) == {"summary", "journeys"}
    paths = [Path(j["path"]).name for j in report["journeys"]]
    assert paths == ["minimal.journey.yaml", "webshop-nl.journey.yaml", "shoes.journey.yaml"]
    loaded = [journeymd.load(j["path"]) for j in report["journeys"]]
    steps = [s for j in loaded for s in j.steps]
    summary = report["summary"]
    assert summary["journeys"] == 3
    assert summary["steps"] == len(steps) == sum(j["steps"] for j in report["journeys"])
    assert summary["phases"] == sum(len(j.phases) for j in loaded)
    assert summary["pain_points"] == sum(len(s.pain_points) for s in steps) > 0
    assert summary["opportunities"] == sum(len(s.opportunities) for s in steps) > 0
    assert summary["personas"] == len({p.id for j in loaded for p in j.personas})
    # The lowest moments across all journeys, lowest first; the two with a funnel, from first to last count.
    lowest = summary["lowest_moments"]
    assert [m["score"] for m in lowest] == sorted(m["score"] for m in lowest) and lowest[0]["score"] == -2
    assert all(m["name"] == loaded[paths.index(Path(m["path"]).name)].steps[m["number"] - 1].name for m in lowest)
    funnels = {Path(f["path"]).name: f for f in summary["funnels"]}
    assert set(funnels) == {"shoes.journey.yaml", "webshop-nl.journey.yaml"}
    shoes = funnels["shoes.journey.yaml"]
    each = report["journeys"][2]["funnel"]
    assert (shoes["first"]["reached"], shoes["last"]["reached"]) == (each[0]["reached"], each[-1]["reached"])
    assert shoes["conversion"] == round(each[-1]["reached"] / each[0]["reached"], 3)


def test_text_of_several_journeys_ends_with_the_summary(folder: Path) -> None:
    text = _stats(str(folder / "shoes.journey.yaml"), str(folder / "nl"))
    headings = [line for line in text.splitlines() if line.startswith("== ")]
    assert headings == [
        f"== {folder / 'shoes.journey.yaml'} ==",
        f"== {folder / 'nl' / 'webshop-nl.journey.yaml'} ==",
        "== Summary ==",
    ]
    summary = text.split("== Summary ==\n")[1]
    assert summary.startswith("All 2 journeys: ")
    assert f"  {folder / 'shoes.journey.yaml'}: 10,000 → " in summary


def test_one_journey_keeps_its_figures_alone(folder: Path) -> None:
    figures = json.loads(_stats(str(folder / "shoes.journey.yaml"), "--format", "json"))
    assert "summary" not in figures and figures["title"].startswith("Buying running shoes")
    assert "== Summary ==" not in _stats(str(folder / "shoes.journey.yaml"))
