"""`journeymd lint`: each rule as a table of (line, col) findings, configuration, output and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import textwrap
from datetime import date
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

# The same journey in a team that records research: a catalogue of sources, no step backed yet.
RESEARCHED = BASE.replace("phases:\n", "sources: [{id: talks, kind: interview, n: 5}]\nphases:\n")

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
    "drop-off-disagrees": (
        BASE.replace("{name: A,", "{name: A, reached: 100, drop_off: {reason: r, rate: 10%},").replace(
            "{name: B,", "{name: B, reached: 50,"
        ),
        [(10, 9)],
    ),
    # Data files are read relative to the working folder, which the case test sets to the repository.
    "stale-data": (BASE.replace("phases:\n", "data: [tests/data/lint-stale.csv]\nphases:\n"), [(11, 9)]),
    "kpi-without-value": (
        BASE.replace("phases:\n", "data: [tests/data/lint-counts.csv]\nphases:\n").replace(
            "kpis: [Sales]", "kpis: [{name: Sales, target: 10}]"
        ),
        [(7, 5)],
    ),
    "pain-point-without-source": (
        RESEARCHED.replace("{name: B,", "{name: B, research: {level: reported, sources: [talks]},"),
        [(11, 9)],
    ),
    "low-point-without-source": (
        RESEARCHED.replace(", pain_points: [x]", ", research: {level: observed, quotes: [Fine]}").replace(
            "{name: B, emotion: {p: 1, q: 1}",
            "{name: B, research: reported, emotion: {p: 1, q: -1}, opportunities: [y]",
        ),
        [(12, 9)],
    ),
    "mostly-assumed": (
        RESEARCHED.replace(", pain_points: [x]", ", pain_points: [x], research: {level: assumed, quotes: [Maybe]}"),
        [(1, 1)],
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
    "low-point-without-source": {"ends-negative"},
}


# rule id -> the message of each finding of its case in CASES, as users read it
MESSAGES: dict[str, list[str]] = {
    "action-without-support": ["customer action 'B' has no frontstage or backstage support"],
    "dead-end": ["step 'A' ends the journey before its last step; add `next` or `drop_off`"],
    "drop-off-without-reason": ["drop-off at 'B' has no reason"],
    "emotion-missing": ["step 'B' has no emotion for persona 'q'"],
    "ends-negative": [
        "the journey ends on a negative note (-1 for P) at 'B'; where can a positive impression be added?"
    ],
    "hidden-bidi-control": [
        "'evil' holds U+202E RIGHT-TO-LEFT OVERRIDE, which changes how it reads; remove it",
        "'x' holds U+2067 RIGHT-TO-LEFT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE, which changes how it reads; remove it",
    ],
    "label-too-long": ["step name takes 4 lines on the map; keep it under 3 (move detail to 'does')"],
    "low-point-unexplained": ["step 'B' is a low point (-1 for Q) without a pain point or opportunity"],
    "no-analysis": ["no step has a pain point or an opportunity; what should change?"],
    "no-persona": ["the journey names no persona; add 'personas:' to say whose journey this is"],
    "phase-without-goal": ["phase 'One' has no goal"],
    "phase-without-kpi": ["phase 'One' has no KPI"],
    "phase-without-steps": ["phase 'Two' has no steps"],
    "step-without-department": ["step 'B' has no responsible department"],
    "step-without-touchpoint": ["step 'B' has no touchpoint"],
    "unreachable-step": ["step 'B' cannot be reached from the first step"],
    "unused-catalogue-entry": ["touchpoint 'shop' is not used by any step"],
    "pain-point-without-source": ["pain point 'x' at step 'A' names no research source"],
    "low-point-without-source": [
        "step 'B' is a low point (-1 for Q) without a research source; name the sources or quotes that show it "
        "under 'research:'"
    ],
    "mostly-assumed": [
        "2 of 2 steps (100%) are assumed or say nothing of research, more than 50%: test the map with customers "
        "before acting on it"
    ],
    "drop-off-disagrees": ["drop-off at 'A' is 10%, but the counts show 50% lost (100 reached, 50 at the next step)"],
    "stale-data": [
        f"figures from 'lint-stale.csv' are as of 2020-01-31, {(date.today() - date(2020, 1, 31)).days} days ago "
        "(more than 90); export them again"
    ],
    "kpi-without-value": [
        "KPI 'Sales' of phase 'One' has a target (10) but no value; add a 'sales' column to the data file"
    ],
}

# rule id -> a journey that comes close to what the rule looks for and must pass it
PASSING: dict[str, str] = {
    "step-without-touchpoint": BASE.replace("touchpoints: [shop]", "touchpoints: [web]"),
    "step-without-department": BASE.replace("departments: [it]", "departments: [sales]"),
    "phase-without-steps": BASE + "  - {name: Two, goal: g, kpis: [k], steps: [{name: C}]}\n",
    "phase-without-goal": BASE.replace("    kpis: [Sales]\n", ""),  # the KPI is missing, the goal is there
    "phase-without-kpi": BASE.replace("    goal: Sell\n", ""),
    # a step only one persona takes needs only that persona's score
    "emotion-missing": BASE.replace("{name: B, emotion: {p: 1, q: 1}", "{name: B, personas: [p], emotion: {p: 1}"),
    "low-point-unexplained": BASE.replace(
        "{name: B, emotion: {p: 1, q: 1}", "{name: B, emotion: {p: 1, q: -2}, opportunities: [Call back]"
    ),
    "drop-off-without-reason": BASE.replace("{name: B,", "{name: B, drop_off: {reason: Shipping costs},"),
    "unreachable-step": BASE.replace("{name: A,", "{name: A, next: [b],"),
    "dead-end": BASE.replace("{name: A,", "{name: A, next: [], drop_off: {reason: Leaves},"),
    "unused-catalogue-entry": BASE.replace(", {id: shop, name: Shop}", "").replace("[shop]", "[web]"),
    "label-too-long": BASE.replace("{name: B,", "{name: Wants to return the shoes,"),
    "ends-negative": BASE.replace("{name: B, emotion: {p: 1, q: 1}", "{name: B, emotion: {p: 0, q: 0}"),
    "no-persona": BASE.replace(
        "personas: [{id: p, name: P}, {id: q, name: Q}]", "personas: [{id: p, name: P}]"
    ).replace("emotion: {p: 1, q: 1}", "emotion: 1"),
    "no-analysis": BASE.replace("pain_points: [x]", "opportunities: [x]"),
    "action-without-support": BASE.replace("{name: A,", "{name: A, frontstage: [Greets],").replace(
        "{name: B,", "{name: B, backstage: [Packs],"
    ),
    "hidden-bidi-control": BASE.replace("journeymd: 1\n", "journeymd: 1\ntitle: مرحبا, hello 你好\n"),
    # the step's sources back its pain point
    "pain-point-without-source": RESEARCHED.replace(
        "{name: A,", "{name: A, research: {level: observed, sources: [talks]},"
    ),
    # a quote shows the low point
    "low-point-without-source": RESEARCHED.replace(
        "{name: B, emotion: {p: 1, q: 1}",
        "{name: B, research: {level: reported, quotes: [Too slow]}, emotion: {p: 1, q: -1}, opportunities: [y]",
    ),
    "mostly-assumed": RESEARCHED.replace("{name: A,", "{name: A, research: observed,").replace(
        "{name: B,", "{name: B, research: {level: assumed, quotes: [Maybe]},"
    ),
    # the counts agree with the rate: half of 100 reached goes on
    "drop-off-disagrees": BASE.replace(
        "{name: A,", "{name: A, reached: 100, drop_off: {reason: r, rate: 50%},"
    ).replace("{name: B,", "{name: B, reached: 50,"),
    "stale-data": BASE.replace("phases:\n", "data: [tests/data/lint-counts.csv]\nphases:\n"),  # no as_of
    "kpi-without-value": BASE.replace("kpis: [Sales]", "kpis: [{name: Sales, target: 10}]"),  # no data merged
}


def _rule_files() -> set[str]:
    """The rule modules in journeymd/lint/rules/, by the id their file name gives."""
    folder = ROOT / "journeymd" / "lint" / "rules"
    return {path.stem.replace("_", "-") for path in folder.glob("*.py") if path.stem != "__init__"}


def test_every_rule_module_has_a_failing_case_a_passing_case_and_its_messages() -> None:
    """A new rule without cases here fails this test."""
    rules = _rule_files()
    assert rules == {rule.id for rule in all_rules() if not rule.across}  # those across journeys: test_lint_across
    assert rules == set(CASES), rules ^ set(CASES)
    assert rules == set(PASSING), rules ^ set(PASSING)
    assert rules == set(MESSAGES), rules ^ set(MESSAGES)


@pytest.mark.parametrize("rule", sorted(PASSING))
def test_rule_passes_a_journey_that_comes_close(rule: str) -> None:
    found = lint(journeymd.loads(PASSING[rule]), LintConfig(select=(rule,)))
    assert found == [], [str(p) for p in found]


@pytest.mark.parametrize("rule", sorted(MESSAGES))
def test_rule_says_what_is_wrong_at_its_position(rule: str, tmp_path: Path) -> None:
    """Through the command line as users see it: path:line:col: severity: message [rule]."""
    text, positions = CASES[rule]
    source = _write(tmp_path, "case.journey.yaml", text)
    shutil.copytree(ROOT / "tests" / "data", tmp_path / "tests" / "data")  # the data files a case names
    result = CliRunner().invoke(main, ["lint", str(source), "--select", rule])
    severity = next(r.severity for r in all_rules() if r.id == rule)
    expected = [
        f"{source}:{line}:{column}: {severity}: {message} [{rule}]"
        for (line, column), message in zip(positions, MESSAGES[rule], strict=True)
    ]
    assert [line for line in result.output.splitlines() if f"[{rule}]" in line] == expected


def test_every_rule_has_a_case_and_documentation() -> None:
    assert {rule.id for rule in all_rules() if not rule.across} == set(CASES)  # across: tests/test_lint_across.py
    for rule in all_rules():
        assert rule.description.endswith(".") and rule.why and rule.severity in ("error", "warning", "info")


def test_the_base_journey_is_clean() -> None:
    assert lint(journeymd.loads(BASE)) == []


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_finds_exactly_its_cases(rule: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
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


def test_research_rules_wait_for_a_journey_that_records_research() -> None:
    # The same low point and unsourced pain point, in a journey with no research at all: a team
    # that has not started recording evidence gets no warning on every step.
    plain = CASES["low-point-without-source"][0].replace("sources: [{id: talks, kind: interview, n: 5}]\n", "")
    plain = plain.replace("research: {level: observed, quotes: [Fine]}", "x-n: 1").replace("research: reported, ", "")
    rules = ("low-point-without-source", "pain-point-without-source", "mostly-assumed")
    assert lint(journeymd.loads(plain), LintConfig(select=rules)) == []


def test_the_share_of_assumed_steps_is_a_project_setting(tmp_path: Path) -> None:
    path = _write(tmp_path, "j.journey.yaml", CASES["mostly-assumed"][0])
    runner = CliRunner()
    found = runner.invoke(main, ["lint", str(path), "--select", "mostly-assumed"])
    assert "2 of 2 steps (100%) are assumed" in found.output and found.exit_code == 0
    _write(tmp_path, ".journeymd.yaml", "lint:\n  options:\n    mostly-assumed: {max-share: 1}\n")
    quiet = runner.invoke(main, ["lint", str(path), "--select", "mostly-assumed"])
    assert "assumed" not in quiet.output, quiet.output
    _write(tmp_path, ".journeymd.yaml", "lint:\n  options:\n    mostly-assumed: {max-shares: 1}\n")
    wrong = runner.invoke(main, ["lint", str(path)])
    assert wrong.exit_code == 2 and "unknown setting 'max-shares' (did you mean 'max-share'?)" in wrong.output


def test_a_hidden_bidi_control_in_a_cited_source_is_reported_once() -> None:
    text = """\
journeymd: 1
title: Returns
sources:
  - {id: calls, kind: ticket, title: "Calls \u202egnp.exe"}
phases:
  - name: Return
    steps:
      - name: Calls
        emotion: -1
        research: {level: observed, sources: [calls], emotion: {level: observed, sources: [calls]}}
      - {name: Waits, research: {level: reported, sources: [calls]}}
"""
    found = [(p.line, p.column) for p in lint(journeymd.loads(text)) if p.code == "hidden-bidi-control"]
    assert found == [(4, 5)]
