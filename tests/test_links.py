"""Linked journeys: `opens:` on a step and `related:` on a journey name other journey files,
inside the repository, that are there."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import journeymd
from journeymd.cli import main

SMALL = "journeymd: 1\ntitle: {title}\nphases: [{{name: P, steps: [{{name: S}}]}}]\n"
PARENT = """\
journeymd: 1
title: Buying shoes
related:
  - to-be.journey.yaml
  - journey: returning.journey.yaml
    relation: returning customer
phases:
  - name: Buy
    steps:
      - name: Pays
      - name: Returns the shoes
        opens: flows/returns.journey.yaml
"""


def _repository(tmp_path: Path, parent: str = PARENT) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "flows").mkdir()
    for name, title in [("to-be", "To be"), ("returning", "Returning"), ("flows/returns", "Returns")]:
        (tmp_path / f"{name}.journey.yaml").write_text(SMALL.format(title=title))
    (tmp_path / "buying.journey.yaml").write_text(parent)
    return tmp_path / "buying.journey.yaml"


def test_a_step_opens_a_sub_journey_and_a_journey_names_related_ones(tmp_path: Path) -> None:
    journey = journeymd.load(_repository(tmp_path))
    assert [s.opens for s in journey.steps] == ["", "flows/returns.journey.yaml"]
    assert [(r.journey, r.relation) for r in journey.related] == [
        ("to-be.journey.yaml", ""),
        ("returning.journey.yaml", "returning customer"),
    ]
    assert journey.related[0].pos == (4, 5) and journey.related[1].pos == (5, 5)


def test_a_link_to_a_missing_journey_says_where_it_looked_and_what_is_close(tmp_path: Path) -> None:
    path = _repository(tmp_path, PARENT.replace("flows/returns.journey.yaml", "flows/return.journey.yaml"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert (
        f"{path}:12:16: step 'Returns the shoes' opens 'flows/return.journey.yaml', which is not there "
        f"(looked in {tmp_path}/flows/return.journey.yaml; did you mean 'flows/returns.journey.yaml'?)"
    ) in result.output
    assert "Traceback" not in result.output


def test_links_stay_inside_the_repository_and_do_not_point_at_themselves(tmp_path: Path) -> None:
    repository = tmp_path / "repo"
    repository.mkdir()
    (tmp_path / "outside.journey.yaml").write_text(SMALL.format(title="Outside"))
    text = PARENT.replace("flows/returns.journey.yaml", "../outside.journey.yaml").replace(
        "  - to-be.journey.yaml", "  - buying.journey.yaml"
    )
    path = _repository(repository, text)
    found = {(p.line, p.column): p.message for p in journeymd.problems(path)}
    assert found == {
        (4, 5): "related journey 'buying.journey.yaml', which is this journey itself",
        (12, 16): (
            f"step 'Returns the shoes' opens '../outside.journey.yaml', which is outside the repository "
            f"({repository}); link only to journeys inside it"
        ),
    }


def test_a_link_is_a_relative_path_to_a_yaml_file(tmp_path: Path) -> None:
    for number, written in enumerate(["https://example.com/a.journey.yaml", "/etc/a.journey.yaml", "returns.txt"]):
        (tmp_path / str(number)).mkdir()
        path = _repository(tmp_path / str(number), PARENT.replace("flows/returns.journey.yaml", written))
        [problem] = journeymd.problems(path)
        assert (problem.line, problem.column) == (12, 16), written


def test_dutch_keys_for_links_are_understood(tmp_path: Path) -> None:
    path = _repository(tmp_path, PARENT.replace("opens:", "opent:"))
    [problem] = journeymd.problems(path)
    assert "'opent'" in problem.message and "opens" in problem.message


def test_too_many_related_journeys_says_how_many_and_the_limit(tmp_path: Path) -> None:
    many = "".join("  - to-be.journey.yaml\n" for _ in range(200))
    path = _repository(tmp_path, PARENT.replace("  - to-be.journey.yaml\n", many))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:4:3: 'related' lists 201 items; at most 50 are allowed" in result.output
    assert "not met" not in result.output
