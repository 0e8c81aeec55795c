"""Small files that used to ask for work far beyond their size: each is refused with a limit at a
line and column, or now runs in time that grows with the file. The shapes are in journeygen, and
bench/hostile.py times them."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from journeygen import (
    aliased_touchpoints_yaml,
    fan_out_yaml,
    many_departments_yaml,
    mermaid_actors_text,
    misspelt_keys_yaml,
    misspelt_links_yaml,
    open_parentheses_yaml,
    own_persona_yaml,
    renamed_ids_yaml,
    repeated_item_yaml,
)

import journeymd
from journeymd.cli import main
from journeymd.loader import MAX_ALIAS_VALUES
from journeymd.validate import MAX_DEPARTMENTS, MAX_LINKS, MAX_PERSONAS, MAX_STEP_LINKS, SUGGESTION_COMPARISONS

pytestmark = pytest.mark.slow  # journeys of thousands of steps, most through a process of their own


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_a_step_with_more_next_links_than_the_limit_is_an_error_at_its_next(tmp_path: Path) -> None:
    # 100 steps that each lead to all 100: 10 000 arrows from a 3 KB file.
    source = _write(tmp_path, "fan.journey.yaml", fan_out_yaml(100))
    code, output = _run("validate", "-q", str(source))
    lines = output.splitlines()
    assert code == 1 and len(lines) == 100, output
    message = f"'next' has 100 links; a step may lead to at most {MAX_STEP_LINKS} steps"
    assert lines[0] == f"{source}:7:38: {message}"
    assert all(line.endswith(message) for line in lines)
    out = tmp_path / "fan.svg"
    assert _run("render", str(source), "-o", str(out))[0] == 1 and not out.exists()


def test_more_next_links_in_all_than_the_limit_is_one_error_where_they_pass_it(tmp_path: Path) -> None:
    steps = MAX_LINKS // 20 + 1  # each step leads to the first 20
    source = _write(tmp_path, "many.journey.yaml", fan_out_yaml(steps, links=20))
    code, output = _run("validate", "-q", str(source))
    assert code == 1
    assert output == (
        f"{source}:{6 + steps}:{len(f'      - {{id: s{steps - 1}, name: Step {steps - 1}, next: ') + 1}: the "
        f"journey's steps list more than {MAX_LINKS:,} 'next' links in all, the most journeymd draws "
        "(split it into several files)\n"
    )


def test_aliases_that_expand_past_the_limit_are_refused_at_the_alias(tmp_path: Path) -> None:
    # 10 000 steps that each name the same 190 touchpoints: 1.9 million values from 500 KB.
    source = _write(tmp_path, "tps.journey.yaml", aliased_touchpoints_yaml(10_000))
    code, output = _run("validate", "-q", str(source))
    over = MAX_ALIAS_VALUES // 191 + 1  # the use of *tps that goes over the limit
    column = len(f"      - {{id: s{over - 1}, name: Step {over - 1}, touchpoints: ") + 1
    assert code == 1
    assert output == (
        f"{source}:{6 + over}:{column}: aliases expand to more than {MAX_ALIAS_VALUES:,} values in all "
        "(each use of '*tps' counts the 191 it holds); repeat less through aliases\n"
    )
    out = tmp_path / "tps.svg"
    assert _run("render", str(source), "-o", str(out))[0] == 1 and not out.exists()


def test_aliases_within_the_limit_still_work(tmp_path: Path) -> None:
    source = _write(tmp_path, "tps.journey.yaml", aliased_touchpoints_yaml(MAX_ALIAS_VALUES // 191, names=190))
    assert _run("validate", "-q", str(source)) == (0, "")


def test_diff_of_long_journeys_whose_every_id_changed_matches_each_step_by_name(tmp_path: Path) -> None:
    # Comparing every added step with every removed one made 1000 steps take 86 s, 10 000 steps 819 MiB.
    old = _write(tmp_path, "old.journey.yaml", renamed_ids_yaml(5000, "a"))
    new = _write(tmp_path, "new.journey.yaml", renamed_ids_yaml(5000, "b"))
    code, output = _run("diff", str(old), str(new))
    lines = output.splitlines()
    assert code == 1 and len(lines) == 5000
    assert lines[0] == "~ step b-0: renamed 'Customer a does step 0' → 'Customer b does step 0'"
    assert lines[4321] == "~ step b-4321: renamed 'Customer a does step 4321' → 'Customer b does step 4321'"


def test_a_flow_chart_that_graphviz_cannot_lay_out_in_time_is_stopped_with_a_message(tmp_path: Path) -> None:
    # 40 steps that each lead to all 40 kept Graphviz's dot busy for over a minute.
    source = _write(tmp_path, "dense.journey.yaml", fan_out_yaml(40))
    out = tmp_path / "dense.svg"
    result = CliRunner().invoke(
        main, ["render", str(source), "--view", "flow", "-o", str(out)], env={"JOURNEYMD_FLOW_SECONDS": "0.5"}
    )
    assert result.exit_code == 1 and not out.exists()
    assert (
        "journeymd: the flow chart of 40 steps and 1,600 links took longer than 0.5 s to lay out, and Graphviz "
        "was stopped; link fewer steps, draw part of the journey with --phase, use the map view, or allow more "
        "time with JOURNEYMD_FLOW_SECONDS\n"
    ) in result.output
    assert "internal error" not in result.output


def test_the_flow_charts_time_budget_must_be_a_number_of_seconds(tmp_path: Path) -> None:
    source = _write(tmp_path, "plain.journey.yaml", fan_out_yaml(2))
    for value in ("soon", "0", "inf", "nan"):
        result = CliRunner().invoke(
            main, ["render", str(source), "--view", "flow", "-o", "-"], env={"JOURNEYMD_FLOW_SECONDS": value}
        )
        assert result.exit_code == 1, value
        assert "JOURNEYMD_FLOW_SECONDS must be a number of seconds" in result.output
    result = CliRunner().invoke(
        main, ["render", str(source), "--view", "flow", "-o", "-"], env={"JOURNEYMD_FLOW_SECONDS": "20"}
    )
    assert result.exit_code == 0 and "<svg" in result.output


def test_more_personas_than_the_limit_is_one_error_at_the_first_too_many(tmp_path: Path) -> None:
    # Each persona has a line on the map, and every view goes over every step for each of them.
    source = _write(tmp_path, "own.journey.yaml", own_persona_yaml(10_000))
    code, output = _run("validate", "-q", str(source))
    assert code == 1
    assert output == (
        f"{source}:{4 + MAX_PERSONAS}:5: the journey has 10,000 personas; a map draws at most {MAX_PERSONAS} "
        "(an emotion line each; split them over several journeys)\n"
    )


def test_steps_each_taken_by_a_persona_of_their_own_lead_to_that_personas_next_step(tmp_path: Path) -> None:
    source = _write(tmp_path, "own.journey.yaml", own_persona_yaml(10_000, personas=MAX_PERSONAS))
    assert _run("validate", "-q", str(source)) == (0, "")
    steps = journeymd.load(source).steps
    assert [link.to for link in steps[0].next] == [f"s{MAX_PERSONAS}"]
    assert [link.to for link in steps[-1].next] == []
    mixed = _write(
        tmp_path,
        "mixed.journey.yaml",
        "journeymd: 1\npersonas: [{id: a, name: A}, {id: b, name: B}]\nphases:\n  - name: P\n    steps:\n"
        "      - {id: s1, name: S1}\n      - {id: s2, name: S2, personas: [a]}\n"
        "      - {id: s3, name: S3, personas: [b]}\n      - {id: s4, name: S4}\n",
    )
    links = {step.id: [link.to for link in step.next] for step in journeymd.load(mixed).steps}
    assert links == {"s1": ["s2", "s3"], "s2": ["s4"], "s3": ["s4"], "s4": []}


def test_a_long_list_of_open_parentheses_is_checked_for_comma_splits_in_one_sweep(tmp_path: Path) -> None:
    # Every item was scanned to the end of the list: 20 000 items that open a parenthesis took 44 s.
    source = _write(tmp_path, "open.journey.yaml", open_parentheses_yaml(20_000))
    code, output = _run("validate", "-q", str(source))
    assert code == 1
    assert output.startswith(f"{source}:6:23: a comma inside [...] split one text into 20004 items; if it is one")
    assert output.count("\n") == 1


def test_a_map_of_steps_each_taken_by_a_persona_of_their_own_names_each_once(tmp_path: Path) -> None:
    # Every such step card worked out each persona's short name again: with 3000 personas the map did
    # not finish in two minutes (more than 100 are now refused); with 100 it was most of the render.
    source = _write(tmp_path, "own.journey.yaml", own_persona_yaml(2000, personas=MAX_PERSONAS))
    out = tmp_path / "own.svg"
    assert _run("render", str(source), "-o", str(out)) == (0, f"wrote {out}\n")
    assert f">Only: Persona {MAX_PERSONAS - 1}<" in out.read_text("utf-8")


def test_graphviz_failing_is_reported_as_its_failure_and_nothing_is_written(tmp_path: Path) -> None:
    # Graphviz dies here of the CPU limit the process runs under: before, it took journeymd with it.
    source = _write(tmp_path, "dense.journey.yaml", fan_out_yaml(50))
    out = tmp_path / "dense.svg"

    def one_cpu_second() -> None:  # Graphviz, in a process of its own, needs about two for this chart
        resource.setrlimit(resource.RLIMIT_CPU, (1, resource.getrlimit(resource.RLIMIT_CPU)[1]))

    result = subprocess.run(
        [sys.executable, "-m", "journeymd", "render", str(source), "--view", "flow", "-o", str(out)],
        preexec_fn=one_cpu_second,
        capture_output=True,
        text=True,
        env=os.environ | {"JOURNEYMD_FLOW_SECONDS": "120"},
    )
    assert result.returncode == 1, result
    assert result.stderr.endswith("journeymd: Graphviz could not draw the flow chart: it ended with signal SIGXCPU\n")
    assert "internal error" not in result.stderr and not out.exists()


def test_thousands_of_misspelt_links_are_all_reported_and_the_first_get_suggestions(tmp_path: Path) -> None:
    # Each wrong link was compared with every step id for a suggestion: 2000 of them took 98 s.
    source = _write(tmp_path, "typos.journey.yaml", misspelt_links_yaml(5000))
    code, output = _run("validate", "-q", str(source))
    lines = output.splitlines()
    assert code == 1 and len(lines) == 5000
    assert lines[0] == (f"{source}:6:45: 'next' points to unknown step 'step-numbr-0' (did you mean 'step-number-0'?)")
    assert lines[-1] == f"{source}:5005:51: 'next' points to unknown step 'step-numbr-4999'"
    assert 0 < sum("did you mean" in line for line in lines) <= SUGGESTION_COMPARISONS // 5000


def test_a_misspelt_key_in_every_step_is_read_as_meant_in_one_copy_of_the_file(tmp_path: Path) -> None:
    # Each rename copied the whole list of steps: 10 000 of them took 15 s, now a third of that.
    source = _write(tmp_path, "keys.journey.yaml", misspelt_keys_yaml(10_000))
    code, output = _run("validate", "-q", str(source))
    lines = output.splitlines()
    assert code == 1 and len(lines) == 10_000
    assert lines[-1] == f"{source}:10005:34: unknown key 'emotoin' in step (did you mean 'emotion'?)"


def test_a_repeated_item_at_the_end_of_a_long_list_is_found_in_one_pass(tmp_path: Path) -> None:
    # Each item was looked for among all those before it: 40,000 took 23 s.
    source = _write(tmp_path, "repeat.journey.yaml", repeated_item_yaml(40_000))
    code, output = _run("validate", "-q", str(source))
    assert code == 1
    assert f"{source}:7:19: 'personas' lists 'p0' more than once\n" in output


def test_a_mermaid_diagram_with_thousands_of_actors_imports_in_one_pass(tmp_path: Path) -> None:
    # Each actor was looked for among all the others, and its number counted up from 2: 10,000 took 17 s.
    source = _write(tmp_path, "actors.mmd", mermaid_actors_text(10_000))
    out = tmp_path / "actors.journey.yaml"
    assert _run("import", "mermaid", str(source), "--actors", "departments", "-o", str(out))[0] == 0
    data = yaml.load(out.read_text("utf-8"), Loader=yaml.CSafeLoader)
    assert [d["id"] for d in data["departments"][:3]] == ["actor", "actor-2", "actor-3"]
    assert data["departments"][-1]["id"] == "actor-10000"


def test_a_mermaid_diagram_with_more_actors_than_personas_allowed_says_to_import_them_as_departments(
    tmp_path: Path,
) -> None:
    source = _write(tmp_path, "actors.mmd", mermaid_actors_text(MAX_PERSONAS + 1))
    out = tmp_path / "actors.journey.yaml"
    code, output = _run("import", "mermaid", str(source), "-o", str(out))
    assert code == 1 and not out.exists()
    assert output == (
        f"{source}:{4 + MAX_PERSONAS}:5: a journey has at most {MAX_PERSONAS} personas; import the actors "
        "as departments (--actors departments) or split the diagram into several\n"
    )


def test_more_departments_than_the_limit_is_one_error_at_the_first_too_many(tmp_path: Path) -> None:
    # 5000 phases and 5000 departments made a matrix of 25 million cells in the report and stats.
    source = _write(tmp_path, "teams.journey.yaml", many_departments_yaml(5000, 5000))
    code, output = _run("validate", "-q", str(source))
    column = len(f"  - {{name: Phase {MAX_DEPARTMENTS}, steps: [{{name: Step {MAX_DEPARTMENTS}, departments: [") + 1
    assert code == 1
    assert output == (
        f"{source}:{4 + MAX_DEPARTMENTS}:{column}: the journey has 5,000 departments; journeymd shows at most "
        f"{MAX_DEPARTMENTS} (a row each in the report's department matrix; split the journey or group them)\n"
    )
    catalogued = _write(
        tmp_path,
        "catalogue.journey.yaml",
        "journeymd: 1\ndepartments:\n"
        + "".join(f"  - {{id: t{n}, name: Team {n}}}\n" for n in range(MAX_DEPARTMENTS + 1))
        + "phases: [{name: P, steps: [{name: S, departments: [t0]}]}]\n",
    )
    code, output = _run("validate", "-q", str(catalogued))
    assert code == 1 and output.startswith(f"{catalogued}:{3 + MAX_DEPARTMENTS}:5: the journey has 101 departments")


def test_stats_of_many_phases_count_each_departments_steps(tmp_path: Path) -> None:
    source = _write(tmp_path, "teams.journey.yaml", many_departments_yaml(5000, MAX_DEPARTMENTS))
    code, output = _run("stats", str(source), "--format", "json")
    assert code == 0
    departments = json.loads(output)["departments"]
    assert len(departments) == MAX_DEPARTMENTS and {d["steps"] for d in departments} == {5000 // MAX_DEPARTMENTS}
