"""`journeymd lint` over a folder: the rules across journeys (broken links, catalogue entries no journey
uses, personas defined twice, a touchpoint's channel that differs, circles of `opens:`), their
configuration, and the summary across the files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd.cli import main
from journeymd.lint import all_rules

CATALOGUE = """\
journeymd: 1
catalogue: Shop
personas:
  - {id: sanne, name: "Sanne, first-time buyer"}
  - {id: kees, name: Kees}
touchpoints:
  - {id: web, name: Webshop, channel: web}
  - {id: hotline, name: Hotline, channel: phone}
departments:
  - {id: cs, name: Customer service}
"""

BUYING = """\
journeymd: 1
title: Buying shoes
include: [../catalogue.yaml]
phases:
  - name: Buy
    goal: Sell
    kpis: [Conversion]
    steps:
      - {name: Orders, touchpoints: [web], departments: [cs], emotion: {sanne: 1, kees: 1}, pain_points: [x]}
      - name: Returns
        opens: returns/returns.journey.yaml
        touchpoints: [hotline]
        departments: [cs]
        emotion: {sanne: 1, kees: 0}
        pain_points: [Slow]
"""

RETURNS = """\
journeymd: 1
title: Returning shoes
personas: [{id: anna, name: Anna}]
phases:
  - name: Return
    goal: Keep the customer
    kpis: [Returns handled]
    steps:
      - {name: Calls, touchpoints: [Hotline], departments: [Service], emotion: 1, pain_points: [y]}
"""


def _repository(root: Path, **files: str) -> Path:
    """A git repository with a catalogue and journeys/buying opening journeys/returns/returns; ``files``
    (relative path with '/' as '__': text) replace or add files."""
    (root / ".git").mkdir()
    texts = {
        "catalogue.yaml": CATALOGUE,
        "journeys/buying.journey.yaml": BUYING,
        "journeys/returns/returns.journey.yaml": RETURNS,
    }
    texts |= {name.replace("__", "/"): text for name, text in files.items()}
    for name, text in texts.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return root


def _lint(root: Path, *args: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["lint", *args])
    assert "Traceback" not in result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


def _across(output: str) -> list[str]:
    """The findings of the rules across journeys in lint's text output."""
    ids = tuple(f"[{rule.id}]" for rule in all_rules() if rule.across)
    return [line for line in output.splitlines() if line.endswith(ids)]


def test_a_clean_repository_has_no_findings_across_journeys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repository(tmp_path)
    code, out, err = _lint(root, "journeys", "--strict", monkeypatch=monkeypatch)
    assert (code, out) == (0, ""), out
    assert err == "2 files (2 valid journeys) checked: 0 errors, 0 warnings\n"


# rule id -> (files changed, the findings: "path:line:col: severity: message [rule]")
CASES: dict[str, tuple[dict[str, str], list[str]]] = {
    "broken-link": (
        {"journeys__buying.journey.yaml": BUYING.replace("returns/returns.journey.yaml", "../catalogue.yaml")},
        [
            "journeys/buying.journey.yaml:11:16: error: step 'Returns' opens '../catalogue.yaml', which is a "
            "catalogue, not a journey; link to a journey that includes it [broken-link]"
        ],
    ),
    "unused-shared-entry": (
        {"catalogue.yaml": CATALOGUE + "  - {id: legal, name: Legal}\n"},
        [
            "catalogue.yaml:11:5: warning: department 'legal' is used by none of the 2 journeys linted "
            "[unused-shared-entry]"
        ],
    ),
    "persona-defined-twice": (
        {"journeys__returns__returns.journey.yaml": RETURNS.replace("name: Anna", "name: 'Sanne,  First-time buyer'")},
        [
            "journeys/returns/returns.journey.yaml:3:12: warning: persona with name 'Sanne,  First-time buyer' is "
            "also defined in catalogue catalogue.yaml:4:5; include that catalogue instead of defining it again "
            "[persona-defined-twice]"
        ],
    ),
    "touchpoint-channel-differs": (
        {
            "journeys__returns__returns.journey.yaml": RETURNS.replace(
                "touchpoints: [Hotline]", "touchpoints: [{name: Hotline, channel: chat}]"
            )
        },
        [
            "journeys/returns/returns.journey.yaml:9:37: warning: touchpoint with id 'hotline' is channel 'chat' "
            "here but 'phone' at catalogue.yaml:8:5; one touchpoint has one channel: define it once in a catalogue "
            "[touchpoint-channel-differs]"
        ],
    ),
    "opens-cycle": (
        {
            "journeys__returns__returns.journey.yaml": RETURNS.replace(
                "pain_points: [y]}", "pain_points: [y], opens: ../buying.journey.yaml}"
            )
        },
        [
            "journeys/buying.journey.yaml:11:16: warning: step 'Returns' opens 'returns/returns.journey.yaml', "
            "which leads back to this journey (journeys/buying.journey.yaml → journeys/returns/returns.journey.yaml "
            "→ journeys/buying.journey.yaml); a sub-journey should not open the journey it is part of [opens-cycle]"
        ],
    ),
}


def test_every_rule_across_journeys_has_a_case_and_documentation() -> None:
    across = [rule for rule in all_rules() if rule.across]
    assert {rule.id for rule in across} == set(CASES)
    for rule in across:
        assert rule.description.endswith(".") and rule.why and rule.severity in ("error", "warning", "info")
    reference = (Path(__file__).resolve().parent.parent / "docs" / "lint-rules.md").read_text("utf-8")
    assert all(f"## `{rule.id}`" in reference for rule in across)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_across_journeys_finds_exactly_its_case(
    rule: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, expected = CASES[rule]
    code, out, _ = _lint(_repository(tmp_path, **files), "journeys", monkeypatch=monkeypatch)
    assert _across(out) == expected, out
    assert code == (1 if rule == "broken-link" else 0)


def test_a_link_to_yaml_that_is_no_journey_or_to_a_journey_with_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buying = BUYING.replace("include: [../catalogue.yaml]", "include: [../catalogue.yaml]\nrelated: [notes.yaml]")
    root = _repository(
        tmp_path,
        **{"journeys__buying.journey.yaml": buying, "journeys__notes.yaml": "secret: hunter2\n"},
    )
    (root / "journeys/returns/returns.journey.yaml").write_text(RETURNS.replace("emotion: 1", "emotion: 7"))
    code, out, _ = _lint(root, "journeys/buying.journey.yaml", "journeys/notes.yaml", monkeypatch=monkeypatch)
    assert code == 1
    assert _across(out) == [
        "journeys/buying.journey.yaml:4:11: error: related journey 'notes.yaml', which is no journey (a journey file "
        "starts with 'journeymd: 1' and has phases) [broken-link]",
        "journeys/buying.journey.yaml:12:16: error: step 'Returns' opens 'returns/returns.journey.yaml', which is a "
        "journey with 1 problem (the first at journeys/returns/returns.journey.yaml:9:80); fix it first [broken-link]",
    ], out
    assert "hunter2" not in out


def test_what_no_journey_uses_is_told_only_of_a_whole_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pre-commit hook gets the files of a commit: what the other journeys use is not in them."""
    root = _repository(tmp_path, **{"catalogue.yaml": CATALOGUE + "  - {id: legal, name: Legal}\n"})
    _, out, _ = _lint(root, "journeys/buying.journey.yaml", "journeys/returns/returns.journey.yaml",
                      monkeypatch=monkeypatch)  # fmt: skip
    assert "unused-shared-entry" not in out
    _, out, _ = _lint(root, "journeys", monkeypatch=monkeypatch)
    assert "catalogue.yaml:11:5: warning: department 'legal' is used by none" in out


def test_rules_across_journeys_are_selected_ignored_and_configured_like_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, _ = CASES["opens-cycle"]
    root = _repository(tmp_path, **files)
    _, out, _ = _lint(root, "journeys", "--ignore", "opens-cycle", monkeypatch=monkeypatch)
    assert _across(out) == []
    _, out, _ = _lint(root, "journeys", "--select", "opens-cycle", monkeypatch=monkeypatch)
    assert [line.rsplit("[", 1)[1] for line in out.splitlines()] == ["opens-cycle]"]
    (root / ".journeymd.yaml").write_text("lint:\n  severity:\n    opens-cycle: error\n")
    code, out, _ = _lint(root, "journeys", monkeypatch=monkeypatch)
    assert code == 1 and ": error: step 'Returns' opens" in out
    ignores = "lint:\n  per-file-ignores:\n    'journeys/buying.journey.yaml': [opens-cycle]\n"
    (root / ".journeymd.yaml").write_text(ignores)
    _, out, _ = _lint(root, "journeys", monkeypatch=monkeypatch)
    assert _across(out) == []
    code, _, err = _lint(root, "journeys", "--select", "opens-cylce", monkeypatch=monkeypatch)
    assert code == 2 and "did you mean 'opens-cycle'" in err


def test_json_of_a_folder_has_a_summary_and_one_file_keeps_its_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, _ = CASES["broken-link"]
    root = _repository(tmp_path, **files)
    code, out, _ = _lint(root, "journeys", "--format", "json", monkeypatch=monkeypatch)
    report = json.loads(out)
    assert code == 1 and set(report) == {"summary", "problems"}
    assert report["summary"] == {
        "files": 2, "journeys": 2, "errors": 1, "warnings": 0, "infos": 0, "by_rule": {"broken-link": 1}
    }  # fmt: skip
    assert report["problems"][0] == {
        "path": "journeys/buying.journey.yaml", "line": 11, "column": 16, "severity": "error", "code": "broken-link",
        "message": "step 'Returns' opens '../catalogue.yaml', which is a catalogue, not a journey; link to a journey "
        "that includes it",
    }  # fmt: skip
    _, out, _ = _lint(root, "journeys/returns/returns.journey.yaml", "--format", "json", monkeypatch=monkeypatch)
    assert json.loads(out) == []


def test_the_text_summary_counts_problems_by_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repository(tmp_path, **CASES["broken-link"][0], **CASES["opens-cycle"][0])
    (root / "journeys" / "broken.journey.yaml").write_text("journeymd: 1\nphases: 3\n")
    code, _, err = _lint(root, "journeys", monkeypatch=monkeypatch)
    assert code == 1
    assert err == "3 files (2 valid journeys) checked: 2 errors, 0 warnings (broken-link 1, invalid 1)\n"


@pytest.mark.parametrize("fmt", ["github", "gitlab"])
def test_annotations_include_the_findings_across_journeys(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _repository(tmp_path, **CASES["unused-shared-entry"][0])
    _, out, _ = _lint(root, "journeys", "--format", fmt, monkeypatch=monkeypatch)
    if fmt == "github":
        assert out.startswith("::warning file=catalogue.yaml,line=11,col=5,title=journeymd unused-shared-entry::")
    else:
        (issue,) = json.loads(out)
        assert issue["location"] == {"path": "catalogue.yaml", "lines": {"begin": 11}}


def test_two_journeys_that_define_the_same_persona_and_touchpoint_differently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = "personas: [{id: anna, name: Anna}]\ntouchpoints: [{id: chat, name: Chat, channel: chat}]\n"
    steps = "phases: [{name: P, goal: g, kpis: [k], steps: [{name: S, touchpoints: [chat], departments: [D], emotion: 1, pain_points: [p]}]}]\n"  # noqa: E501
    phone = own.replace("channel: chat", "channel: phone")
    root = _repository(
        tmp_path,
        **{
            "journeys__a.journey.yaml": f"journeymd: 1\ntitle: A\n{own}{steps}",
            "journeys__b.journey.yaml": f"journeymd: 1\ntitle: B\n{phone}{steps}",
            "journeys__c.journey.yaml": f"journeymd: 1\ntitle: C\n{own}{steps}",
        },
    )
    _, out, _ = _lint(root, "journeys", monkeypatch=monkeypatch)
    assert _across(out) == [
        "journeys/b.journey.yaml:3:12: warning: persona with id 'anna' is also defined in "
        "journeys/a.journey.yaml:3:12; define it once in a catalogue and include it in both [persona-defined-twice]",
        "journeys/b.journey.yaml:4:15: warning: touchpoint with id 'chat' is channel 'phone' here but 'chat' at "
        "journeys/a.journey.yaml:4:15; one touchpoint has one channel: define it once in a catalogue "
        "[touchpoint-channel-differs]",
        "journeys/c.journey.yaml:3:12: warning: persona with id 'anna' is also defined in "
        "journeys/a.journey.yaml:3:12; define it once in a catalogue and include it in both [persona-defined-twice]",
        "journeys/c.journey.yaml:4:15: warning: touchpoint with id 'chat' is channel 'chat' here but 'phone' at "
        "journeys/b.journey.yaml:4:15; one touchpoint has one channel: define it once in a catalogue "
        "[touchpoint-channel-differs]",
        "journeys/returns/returns.journey.yaml:3:12: warning: persona with id 'anna' is also defined in "
        "journeys/a.journey.yaml:3:12; define it once in a catalogue and include it in both [persona-defined-twice]",
    ], out
