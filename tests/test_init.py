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


@pytest.mark.parametrize(
    ("locale", "names"), [("en", ("Legal", "Return label")), ("nl", ("Juridische zaken", "Retourlabel"))]
)
def test_a_catalogue_starter_holds_seed_003s_departments_and_touchpoints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locale: str, names: tuple[str, str]
) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["init", "--template", "catalogue", "--locale", locale])
    assert result.exit_code == 0, result.output
    catalogue = (tmp_path / "catalogue.yaml").read_text()
    assert all(name in catalogue for name in names)
    assert "--template catalogue" not in runner.invoke(main, ["init", "--list"]).output  # listed by name
    assert "catalogue" in runner.invoke(main, ["init", "--list"]).output
    # A journey beside it that names a few of its entries is valid, lint-clean and draws only those.
    journey = tmp_path / "buy.journey.yaml"
    journey.write_text(
        "journeymd: 1\ninclude: [catalogue.yaml]\npersona: new-customer\nphases:\n"
        "  - {name: Awareness, goal: Be found, kpis: [Reach], steps: [{name: Sees an ad, emotion: 1,"
        " touchpoints: [ad, return-label], departments: [marketing, legal], opportunities: [Ask]}]}\n"
    )
    loaded = journeymd.load(journey)
    assert lint(loaded) == []
    assert {t.id for t in loaded.touchpoints} >= {"ad", "return-label"}
    assert {d.name for d in loaded.departments} >= set(names[:1])
    assert len(loaded.departments) < 9 and len(loaded.personas) == 1
    assert "a valid catalogue, not a journey" in runner.invoke(main, ["validate", "catalogue.yaml"]).output
