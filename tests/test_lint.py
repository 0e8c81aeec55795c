"""`journeymd lint`: each rule as a table of (line, col) findings, configuration, output and exit codes."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.lint import LintConfig, all_rules, lint, rules_markdown

ROOT = Path(__file__).resolve().parent.parent

BASE = """\
journeymd: 1
personas: [{id: p, name: P}, {id: q, name: Q}]
touchpoints: [{id: web, name: Site}, {id: shop, name: Shop}]
departments: [{id: sales, name: Sales}, {id: it, name: IT}]
phases:
  - name: One
    goal: Sell
    kpis: [Sales]
    steps:
      - {name: A, emotion: {p: 1, q: 1}, touchpoints: [web], departments: [sales], pain_points: [x]}
      - {name: B, emotion: {p: 1, q: 1}, touchpoints: [shop], departments: [it]}
"""

# rule id -> (journey text, expected (line, column) of each finding)
CASES: dict[str, tuple[str, list[tuple[int, int]]]] = {
    "step-without-touchpoint": (BASE.replace("touchpoints: [shop], ", ""), [(11, 9)]),
    "step-without-department": (BASE.replace(", departments: [it]", ""), [(11, 9)]),
    "phase-without-steps": (BASE + "  - {name: Two, goal: g, kpis: [k]}\n", [(12, 5)]),
    "phase-without-goal": (BASE.replace("    goal: Sell\n", ""), [(6, 5)]),
    "phase-without-kpi": (BASE.replace("    kpis: [Sales]\n", ""), [(6, 5)]),
    "emotion-missing": (
        BASE.replace("emotion: {p: 1, q: 1}, touchpoints: [shop]", "emotion: {p: 1}, touchpoints: [shop]"),
        [(11, 9)],
    ),
    "low-point-unexplained": (
        BASE.replace("{name: B, emotion: {p: 1, q: 1}", "{name: B, emotion: {p: 1, q: -1}"),
        [(11, 9)],
    ),
    "drop-off-without-reason": (BASE.replace("{name: B,", "{name: B, drop_off: true,"), [(11, 9)]),
    "unreachable-step": (BASE.replace("{name: A,", "{name: A, next: [],"), [(11, 9)]),
    "dead-end": (BASE.replace("{name: A,", "{name: A, next: [],"), [(10, 9)]),
    "unused-catalogue-entry": (BASE.replace("touchpoints: [shop]", "touchpoints: [web]"), [(3, 38)]),
    "label-too-long": (
        BASE.replace("{name: B,", "{name: Wants to return the shoes but does not understand the process,"),
        [(11, 9)],
    ),
    "ends-negative": (
        BASE.replace("{name: B, emotion: {p: 1, q: 1}", "{name: B, emotion: {p: -1, q: 1}, pain_points: [y]"),
        [(11, 9)],
    ),
    "no-persona": (
        BASE.replace("personas: [{id: p, name: P}, {id: q, name: Q}]\n", "").replace(
            "emotion: {p: 1, q: 1}", "emotion: 1"
        ),
        [(1, 1)],
    ),
    "no-analysis": (BASE.replace(", pain_points: [x]", ""), [(1, 1)]),
    "action-without-support": (BASE.replace("{name: A,", "{name: A, frontstage: [Greets],"), [(11, 9)]),
    "hidden-bidi-control": (
        BASE.replace("journeymd: 1\n", 'journeymd: 1\ntitle: "\\u202eevil"\n').replace(
            "pain_points: [x]", 'pain_points: ["\\u2067x\\u2069"]'
        ),
        [(1, 1), (11, 9)],
    ),
}


# Findings that necessarily come along with a case (removing a step's only use of a touchpoint
# leaves the touchpoint unused; a low last step ends the journey low).
COMPANIONS = {
    "step-without-touchpoint": {"unused-catalogue-entry"},
    "step-without-department": {"unused-catalogue-entry"},
    "unreachable-step": {"dead-end"},
    "dead-end": {"unreachable-step"},
    "low-point-unexplained": {"ends-negative"},
}


def test_every_rule_has_a_case_and_documentation() -> None:
    assert {rule.id for rule in all_rules() if not rule.across} == set(CASES)  # across: tests/test_lint_across.py
    for rule in all_rules():
        assert rule.description.endswith(".") and rule.why and rule.severity in ("error", "warning", "info")


def test_the_base_journey_is_clean() -> None:
    assert lint(journeymd.loads(BASE)) == []


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_finds_exactly_its_cases(rule: str) -> None:
    text, expected = CASES[rule]
    found = lint(journeymd.loads(text), LintConfig(select=(rule,)))
    assert [(p.line, p.column) for p in found] == expected, [str(p) for p in found]
    assert all(p.code == rule for p in found)
    # ...and the other rules stay quiet on it, so each case tests one thing
    others = [p for p in lint(journeymd.loads(text)) if p.code != rule and p.code not in COMPANIONS.get(rule, ())]
    assert others == [], [f"{p} [{p.code}]" for p in others]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_cli_exit_codes_follow_severity_and_strict(tmp_path: Path) -> None:
    clean = _write(tmp_path, "clean.journey.yaml", BASE)
    warned = _write(tmp_path, "warned.journey.yaml", CASES["phase-without-kpi"][0])
    broken = _write(tmp_path, "broken.journey.yaml", CASES["unreachable-step"][0])
    runner = CliRunner()
    assert runner.invoke(main, ["lint", str(clean)]).exit_code == 0
    assert runner.invoke(main, ["lint", str(warned)]).exit_code == 0
    assert runner.invoke(main, ["lint", str(warned), "--strict"]).exit_code == 1
    result = runner.invoke(main, ["lint", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:11:9: error: step 'B' cannot be reached from the first step [unreachable-step]" in result.output
    assert runner.invoke(main, ["lint", str(clean), "--ignore", "no-persno"]).exit_code == 2


def test_cli_formats(tmp_path: Path) -> None:
    warned = _write(tmp_path, "w.journey.yaml", CASES["phase-without-kpi"][0])
    result = CliRunner().invoke(main, ["lint", str(warned), "--format", "json"])
    assert json.loads(result.output) == [
        {
            "path": str(warned),
            "line": 6,
            "column": 5,
            "severity": "warning",
            "code": "phase-without-kpi",
            "message": "phase 'One' has no KPI",
        }
    ]
    result = CliRunner().invoke(main, ["lint", str(warned), "--format", "github"])
    assert result.output == (
        f"::warning file={warned},line=6,col=5,title=journeymd phase-without-kpi::phase 'One' has no KPI\n"
    )


def test_schema_problems_are_reported_by_lint_too(tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.journey.yaml", "journeymd: 1\nphases: [{name: A, steps: [{name: B, emotion: 5}]}]\n")
    result = CliRunner().invoke(main, ["lint", str(bad)])
    assert result.exit_code == 1 and "must be a whole number from -2 to 2" in result.output


def test_pyproject_settings_select_ignore_severity_and_per_file(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "pyproject.toml",
        textwrap.dedent("""\
        [project]
        name = "maps"

        [tool.journeymd.lint]
        ignore = ["phase-without-goal"]
        severity = { phase-without-kpi = "error" }
        per-file-ignores = { "drafts/*.journey.yaml" = ["phase-without-kpi"] }
        """),
    )
    text = CASES["phase-without-kpi"][0].replace("    goal: Sell\n", "")
    final = _write(tmp_path, "maps/final.journey.yaml", text)
    draft = _write(tmp_path, "drafts/draft.journey.yaml", text)
    runner = CliRunner()
    result = runner.invoke(main, ["lint", str(final)])
    assert result.exit_code == 1 and "error: phase 'One' has no KPI" in result.output
    assert "no goal" not in result.output
    assert runner.invoke(main, ["lint", str(draft)]).exit_code == 0


def test_journeymd_yaml_settings_and_their_mistakes(tmp_path: Path) -> None:
    _write(tmp_path, ".journeymd.yaml", "lint:\n  select: [phase-without-kpi]\n  severity: {phase-without-kpi: off}\n")
    target = _write(tmp_path, "a.journey.yaml", CASES["phase-without-kpi"][0])
    result = CliRunner().invoke(main, ["lint", str(target)])
    assert result.exit_code == 0 and "warning:" not in result.output
    _write(tmp_path, ".journeymd.yaml", "lint:\n  ignroe: [no-persona]\n")
    result = CliRunner().invoke(main, ["lint", str(target)])
    assert result.exit_code == 2 and "unknown lint setting 'ignroe' (did you mean 'ignore'?)" in result.output
    _write(tmp_path, ".journeymd.yaml", "lint:\n  severity: {dead-end: loud}\n")
    result = CliRunner().invoke(main, ["lint", str(target)])
    assert result.exit_code == 2 and "must be one of error, warning, info, off, not 'loud'" in result.output


def test_shipped_examples_are_lint_clean_except_the_minimal_one() -> None:
    # Each on its own: they are the journeys of two different shops, not of one repository (linted
    # together, the rules across journeys see two 'reviews' touchpoints of different channels).
    for example in ("shoes.journey.yaml", "webshop-nl.journey.yaml"):
        result = CliRunner().invoke(main, ["lint", "--strict", str(ROOT / "examples" / example)])
        assert result.exit_code == 0, result.output


def test_low_points_say_whose_they_are_when_there_are_several_personas() -> None:
    text = BASE.replace("{name: B, emotion: {p: 1, q: 1}", "{name: B, emotion: {p: -2, q: -1}")
    text = text.replace("{id: p, name: P}", "{id: p, name: 'Sanne, first-time buyer'}")
    messages = [p.message for p in lint(journeymd.loads(text), LintConfig())]
    assert "step 'B' is a low point (-2 for Sanne, -1 for Q) without a pain point or opportunity" in messages
    assert any(m.startswith("the journey ends on a negative note (-2 for Sanne, -1 for Q) at 'B'") for m in messages)


def test_rule_docs_are_generated_from_the_rules() -> None:
    target = ROOT / "docs" / "lint-rules.md"
    if os.environ.get("JOURNEYMD_ACCEPT"):
        target.write_text(rules_markdown(), "utf-8")
    assert target.read_text("utf-8") == rules_markdown(), "run JOURNEYMD_ACCEPT=1 pytest tests/test_lint.py"


@pytest.mark.parametrize(
    ("pyproject", "message"),
    [
        ("# [tool.journeymd]\n[tool]\njourneymd = 3\n", "[tool.journeymd] must be a table"),
        ("[tool.journeymd.lint]\nignore = 5\n", "ignore must be a list of rule ids"),
        ("[tool.journeymd]\nlint = [1]\n", "'lint' must be a table of settings"),
    ],
)
def test_broken_settings_are_usage_errors_that_name_the_file(tmp_path: Path, pyproject: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(pyproject)
    source = tmp_path / "m.journey.yaml"
    source.write_text(BASE)
    result = CliRunner().invoke(main, ["lint", str(source)])
    assert result.exit_code == 2 and message in result.output and "pyproject.toml" in result.output


def test_a_step_only_some_personas_take_does_not_cut_the_others_off() -> None:
    text = """\
journeymd: 1
personas: [{id: app, name: App user}, {id: branch, name: Branch visitor}]
phases:
  - name: Apply
    steps:
      - {id: start, name: Starts}
      - {id: visit, name: Visits the branch, personas: [branch], next: done}
      - {id: online, name: Fills in the form online, personas: [app]}
      - {id: done, name: Gets the account}
"""
    journey = journeymd.loads(text)
    assert [link.to for link in journey.steps[0].next] == ["visit", "online"]  # each persona's own next step
    found = [p.code for p in lint(journey, LintConfig(select=("unreachable-step", "dead-end")))]
    assert found == []


def test_a_department_layer_alone_does_not_make_a_journey_a_blueprint() -> None:
    text = BASE.replace("{id: sales, name: Sales}", "{id: sales, name: Sales, layer: frontstage}")
    found = [p.code for p in lint(journeymd.loads(text), LintConfig(select=("action-without-support",)))]
    assert found == []


def test_a_drop_off_reason_explains_a_low_point() -> None:
    text = BASE.replace("{name: B, emotion: {p: 1, q: 1}", "{name: B, emotion: {p: -2, q: 1}, drop_off: Too dear")
    assert not [p for p in lint(journeymd.loads(text), LintConfig()) if p.code == "low-point-unexplained"]
