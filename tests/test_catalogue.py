"""Shared catalogues: journeys that `include:` personas, touchpoints and departments kept once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent

CATALOGUE = """\
journeymd: 1
catalogue: Webshop
personas:
  - id: sanne
    name: Sanne, first-time buyer
departments:
  - id: marketing
    name: Marketing
  - id: logistics
    name: Logistics
touchpoints:
  - id: eshop
    name: E-shop
    channel: web
"""

JOURNEY = """\
journeymd: 1
title: Shoes
include: [{include}]
persona: sanne
phases:
  - name: Awareness
    steps:
      - name: Browses
        touchpoints: [eshop]
        departments: [logistics]
        emotion: 1
"""


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with a catalogue at its top and a journey two folders down."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "catalogue.yaml").write_text(CATALOGUE)
    (tmp_path / "journeys" / "sub").mkdir(parents=True)
    (tmp_path / "journeys" / "sub" / "shoes.journey.yaml").write_text(JOURNEY.format(include="../../catalogue.yaml"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


JOURNEY_PATH = os.path.join("journeys", "sub", "shoes.journey.yaml")


def test_a_journey_uses_a_catalogues_entries_as_its_own(repo: Path) -> None:
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 0, output
    code, output = _run("render", JOURNEY_PATH, "-o", "maps", "-f", "svg")
    assert code == 0, output
    svg = (repo / "maps" / "shoes.svg").read_text()
    assert "E-shop" in svg and "Logistics" in svg and "Sanne" in svg


def test_an_error_in_a_catalogue_points_into_the_catalogue_once(repo: Path) -> None:
    (repo / "catalogue.yaml").write_text(CATALOGUE.replace("    channel: web", "    chanel: web"))
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1
    problems = [line for line in output.splitlines() if ": " in line and "invalid" not in line]
    assert problems == ["catalogue.yaml:14:5: unknown key 'chanel' in touchpoint (did you mean 'channel'?)"]
    assert not (repo / "maps").exists()


def test_overriding_a_catalogue_entry_is_an_error_that_names_both_places(repo: Path) -> None:
    journey = repo / JOURNEY_PATH
    journey.write_text(
        journey.read_text().replace("persona: sanne\n", "persona: sanne\ntouchpoints:\n  - id: eshop\n    name: Shop\n")
    )
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1
    assert (
        f"{JOURNEY_PATH}:6:9: touchpoint 'eshop' is defined in catalogue catalogue.yaml:12:9, "
        "and a journey does not override a catalogue's entry" in output
    )


def test_an_entry_in_two_catalogues_is_reported_where_it_is_repeated(repo: Path) -> None:
    (repo / "more.yaml").write_text("journeymd: 1\ncatalogue: More\npersonas:\n  - id: sanne\n    name: Sanne again\n")
    journey = repo / JOURNEY_PATH
    journey.write_text(journey.read_text().replace("../../catalogue.yaml", "../../catalogue.yaml, ../../more.yaml"))
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1
    assert "more.yaml:4:9: persona 'sanne' is defined in catalogue catalogue.yaml:4:9 and again here" in output


@pytest.mark.parametrize(
    ("include", "message"),
    [
        ("/etc/passwd", "include '/etc/passwd' must be a path relative to this file, inside its repository"),
        ("https://example.com/c.yaml", "must be a path relative to this file"),
        ("../../../outside.yaml", "is outside the repository"),
        ("../../nothing.yaml", "catalogue '../../nothing.yaml' not found"),
        ("../../notes.yaml", "is not a catalogue: it needs 'journeymd: 1' and 'catalogue: <title>'"),
    ],
)
def test_includes_are_read_only_from_inside_the_repository(repo: Path, include: str, message: str) -> None:
    (repo.parent / "outside.yaml").write_text(CATALOGUE)
    (repo / "notes.yaml").write_text("password: hunter2\n")
    (repo / JOURNEY_PATH).write_text(JOURNEY.format(include=include))
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1 and "Traceback" not in output
    assert f"{JOURNEY_PATH}:3:11: " in output and message in output
    assert "hunter2" not in output


def test_a_link_leading_outside_the_repository_is_refused(repo: Path) -> None:
    (repo.parent / "outside.yaml").write_text(CATALOGUE)
    (repo / "linked.yaml").symlink_to(repo.parent / "outside.yaml")
    (repo / JOURNEY_PATH).write_text(JOURNEY.format(include="../../linked.yaml"))
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1 and "catalogue '../../linked.yaml' is outside the repository" in output


def test_a_cycle_of_includes_is_reported_not_followed(repo: Path) -> None:
    (repo / "a.yaml").write_text("journeymd: 1\ncatalogue: A\ninclude: [b.yaml]\n")
    (repo / "b.yaml").write_text("journeymd: 1\ncatalogue: B\ninclude: [a.yaml]\n")
    (repo / JOURNEY_PATH).write_text(JOURNEY.format(include="../../a.yaml, ../../catalogue.yaml"))
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1
    assert "b.yaml:3:11: catalogue 'a.yaml' includes itself (a.yaml -> b.yaml -> a.yaml)" in output


def test_deep_includes_are_reported(repo: Path) -> None:
    for level in range(12):
        (repo / f"c{level}.yaml").write_text(f"journeymd: 1\ncatalogue: C{level}\ninclude: [c{level + 1}.yaml]\n")
    (repo / "c12.yaml").write_text(CATALOGUE)
    (repo / JOURNEY_PATH).write_text(JOURNEY.format(include="../../c0.yaml"))
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1 and "includes nest more than 8 catalogues deep" in output


def test_a_catalogue_can_include_another(repo: Path) -> None:
    (repo / "people.yaml").write_text(
        "journeymd: 1\ncatalogue: People\ninclude: [catalogue.yaml]\n"
        "personas:\n  - id: joost\n    name: Joost, returning customer\n"
    )
    (repo / JOURNEY_PATH).write_text(JOURNEY.format(include="../../people.yaml").replace("sanne", "joost"))
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 0, output


def test_a_catalogue_holds_no_phases(repo: Path) -> None:
    (repo / "catalogue.yaml").write_text(CATALOGUE + "phases:\n  - name: Awareness\n")
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1
    assert "catalogue.yaml:15:1: a catalogue holds personas, touchpoints, departments and sources" in output


def test_a_changed_catalogue_makes_the_maps_that_include_it_stale(repo: Path) -> None:
    code, output = _run("render", "journeys", "-o", "maps", "-f", "svg")
    assert code == 0, output
    code, output = _run("render", "journeys", "-o", "maps", "-f", "svg", "--check")
    assert code == 0, output
    (repo / "catalogue.yaml").write_text(CATALOGUE.replace("name: E-shop", "name: Web shop"))
    code, output = _run("render", "journeys", "-o", "maps", "-f", "svg", "--check")
    assert code != 0 and "stale" in output
    code, output = _run("render", "journeys", "-o", "maps", "-f", "svg")
    assert code == 0 and "wrote maps/sub/shoes.svg" in output
    assert "Web shop" in (repo / "maps" / "sub" / "shoes.svg").read_text()


def test_a_catalogue_persona_photo_is_read_relative_to_the_catalogue(repo: Path) -> None:
    (repo / "people").mkdir()
    shutil.copy(ROOT / "examples" / "screens" / "store-qr.png", repo / "people" / "sanne.png")
    (repo / "people" / "people.yaml").write_text(
        "journeymd: 1\ncatalogue: People\npersonas:\n"
        "  - id: sanne\n    name: Sanne\n    photo: {src: sanne.png, alt: Sanne at home}\n"
    )
    (repo / JOURNEY_PATH).write_text(JOURNEY.format(include="../../people/people.yaml, ../../catalogue.yaml"))
    (repo / "catalogue.yaml").write_text(
        CATALOGUE.replace("personas:\n  - id: sanne\n    name: Sanne, first-time buyer\n", "")
    )
    code, output = _run("render", JOURNEY_PATH, "-o", "maps", "-f", "svg")
    assert code == 0, output
    assert "data:image/png;base64," in (repo / "maps" / "shoes.svg").read_text()
    (repo / "people" / "sanne.png").unlink()
    code, output = _run("validate", JOURNEY_PATH)
    assert code == 1
    assert f"{os.path.join('people', 'people.yaml')}:6:18: image 'sanne.png' not found" in output


def test_a_journey_draws_only_the_catalogue_personas_it_names(repo: Path) -> None:
    (repo / "catalogue.yaml").write_text(
        CATALOGUE.replace("personas:\n", "personas:\n  - id: joost\n    name: Joost, returning customer\n")
    )
    code, output = _run("render", JOURNEY_PATH, "-o", "maps", "-f", "svg,markdown")
    assert code == 0, output
    assert "Sanne" in (repo / "maps" / "shoes.md").read_text()
    assert "Joost" not in (repo / "maps" / "shoes.md").read_text()
    assert "Joost" not in (repo / "maps" / "shoes.svg").read_text()


def test_lint_does_not_call_a_catalogues_entries_unused(repo: Path) -> None:
    code, output = _run("lint", JOURNEY_PATH)
    assert code == 0, output
    assert "unused-catalogue-entry" not in output and "marketing" not in output


def test_a_catalogue_validated_itself_says_what_it_is(repo: Path) -> None:
    code, output = _run("validate", "catalogue.yaml")
    assert code == 1 and "Traceback" not in output and "internal error" not in output
    assert "catalogue.yaml:1:1: a valid catalogue, not a journey" in output
    (repo / "catalogue.yaml").write_text(CATALOGUE.replace("    name: Logistics\n", ""))
    code, output = _run("validate", "catalogue.yaml")
    assert code == 1 and "catalogue.yaml:9:5: department is missing 'name'" in output


def test_a_catalogue_included_by_its_catalogue_from_several_folders_makes_all_their_maps_stale(repo: Path) -> None:
    # Followed once for the journeys of every folder: a change two includes deep still reaches each.
    (repo / "people.yaml").write_text("journeymd: 1\ncatalogue: People\ninclude: [catalogue.yaml]\n")
    (repo / "journeys" / "other").mkdir()
    for folder in ("sub", "other"):
        (repo / "journeys" / folder / "shoes.journey.yaml").write_text(JOURNEY.format(include="../../people.yaml"))
    code, output = _run("render", "journeys", "-o", "maps", "-f", "svg")
    assert code == 0, output
    (repo / "catalogue.yaml").write_text(CATALOGUE.replace("name: E-shop", "name: Web shop"))
    code, output = _run("render", "journeys", "-o", "maps", "-f", "svg")
    assert code == 0 and "wrote maps/other/shoes.svg" in output and "wrote maps/sub/shoes.svg" in output


def test_the_include_list_is_read_as_the_lines_of_the_whole_file_are() -> None:
    from journeymd.catalogue import _lines_from

    breaks = ["\n", "\r\n", "\r", "\x0b", "\x85", "\u2028"]
    for seed in range(200):
        # Line ends of every kind, some falling where the file is cut into parts.
        text = "".join(f"- line {n} {'x' * (seed * n % 700)}{breaks[(seed + n) % len(breaks)]}" for n in range(60))
        for start in (0, 7, seed * 13 % len(text)):
            assert list(_lines_from(text, start)) == text[start:].splitlines()
