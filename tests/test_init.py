"""`journeymd init`: every starter is valid and lint-clean, in English and Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import journeymd
import journeymd.validate
from journeymd.cli import main
from journeymd.init import TEMPLATES
from journeymd.lint import lint


@pytest.mark.parametrize("locale", ["en", "nl"])
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_starter_is_valid_lint_clean_and_has_the_models_phases(tmp_path: Path, template: str, locale: str) -> None:
    target = tmp_path / "map.journey.yaml"
    result = CliRunner().invoke(main, ["init", str(target), "--template", template, "--locale", locale])
    assert result.exit_code == 0, result.output
    journey = journeymd.load(target)
    assert lint(journey) == []
    assert journey.locale == locale
    assert len(journey.phases) == len(TEMPLATES[template][1])
    assert target.read_text().startswith("# yaml-language-server: $schema=./journey.schema.json\n")
    assert (tmp_path / "journey.schema.json").read_text() == journeymd.validate.schema_text()


def test_six_phase_dutch_uses_the_model_s_own_phase_names(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["init", "-", "-t", "6-phase", "--locale", "nl"])
    journey = journeymd.loads(result.output)
    assert [p.name for p in journey.phases] == [
        "Bewustwording",
        "Oriëntatie",
        "Overwegingen",
        "Aankoop",
        "Consumptie en service",
        "Evaluatie",
    ]


def test_init_lists_templates_refuses_to_overwrite_and_suggests(tmp_path: Path) -> None:
    runner = CliRunner()
    listing = runner.invoke(main, ["init", "--list"]).output
    assert all(name in listing for name in TEMPLATES)
    target = tmp_path / "map.journey.yaml"
    target.write_text("mine")
    result = runner.invoke(main, ["init", str(target)])
    assert result.exit_code == 1 and target.read_text() == "mine"
    assert runner.invoke(main, ["init", str(target), "--force"]).exit_code == 0
    result = runner.invoke(main, ["init", "x.journey.yaml", "-t", "6-phases"])
    assert result.exit_code == 2 and "did you mean '6-phase'" in result.output
