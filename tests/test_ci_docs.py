"""The CI recipes in docs/ci.md are the files in examples/ci, and their journeymd commands parse."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
RECIPES = sorted((ROOT / "examples" / "ci").glob("*.yml"))


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda p: p.name)
def test_recipe_is_yaml_and_is_quoted_in_the_docs(recipe: Path) -> None:
    assert yaml.safe_load(recipe.read_text())
    assert recipe.read_text() in (ROOT / "docs" / "ci.md").read_text()


def _commands(recipe: Path) -> list[list[str]]:
    data = yaml.safe_load(recipe.read_text())
    lines: list[str] = []
    if "jobs" in data:
        lines = [step["run"] for job in data["jobs"].values() for step in job["steps"] if "run" in step]
    else:
        lines = [line for job in data.values() for line in job.get("script", [])]
    return [shlex.split(line.split("||")[0].split(">")[0])[1:] for line in lines if line.startswith("journeymd ")]


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda p: p.name)
def test_every_journeymd_command_in_the_recipe_runs(recipe: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "shoes.journey.yaml").write_text((ROOT / "examples" / "shoes.journey.yaml").read_text())
    monkeypatch.chdir(tmp_path)
    commands = _commands(recipe)
    assert commands
    for args in sorted(commands, key=lambda a: "--check" in a):  # render before checking
        result = CliRunner().invoke(main, args)
        if "--check" in args and "docs/maps" in args and not (tmp_path / "docs" / "maps").exists():
            assert result.exit_code == 1  # nothing rendered there yet: the gate fails, as it should
            CliRunner().invoke(main, [a for a in args if a != "--check"])
            result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (args, result.output)
