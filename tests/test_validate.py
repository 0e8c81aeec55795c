# ruff: noqa: E501  (each expected message reads best whole, on one line)
"""The validate stage's own tests: the message and the place of each kind of problem it finds.

Each case is a journey file with its problems, written as ``file:line:col: message`` exactly as
``journeymd validate`` prints them: a changed word or a position one column off fails the case.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import journeymd
from journeymd.validate import MAX_PERSONAS, MAX_STEP_LINKS

# name: (journey text, its problems in file order)
CASES: dict[str, tuple[str, list[str]]] = {
    "schema_type": (
        """\
journeymd: 1
title: [not, text]
phases:
  - name: Buy
    steps:
      - name: Pay
        duration: 5
""",
        [
            "{file}:2:8: 'title' must be text, not a list",
            "{file}:7:19: 'duration' must be text, not 5 (a number); put it in quotes to keep it as text",
        ],
    ),
    "enum_did_you_mean": (
        """\
journeymd: 1
locale: nll
phases:
  - name: Buy
    steps: [{name: Pay}]
lanes:
  - {id: effort, name: Effort, kind: scroe}
""",
        [
            "{file}:2:9: 'locale' must be one of en, nl; got 'nll' (did you mean 'nl'?)",
            "{file}:7:38: 'kind' must be one of text, list, score, quote; got 'scroe' (did you mean 'score'?)",
        ],
    ),
    "missing_key": (
        """\
journeymd: 1
phases:
  - name: Buy
    steps:
      - description: no name
""",
        [
            "{file}:5:9: step is missing 'name'",
        ],
    ),
    "dutch_key": (
        """\
journeymd: 1
titel: Reis
fasen:
  - naam: Kopen
    stappen:
      - name: Betalen
        emotie: 1
""",
        [
            "{file}:2:1: unknown key 'titel' at the top level (did you mean 'title'?)",
            "{file}:3:1: unknown key 'fasen' at the top level (did you mean 'phases'?)",
            "{file}:4:5: unknown key 'naam' in phase (did you mean 'name'?)",
            "{file}:5:5: unknown key 'stappen' in phase (did you mean 'steps'?)",
            "{file}:7:9: unknown key 'emotie' in step (did you mean 'emotion'?)",
        ],
    ),
    "personas": (
        """\
journeymd: 1
persona: eva
personas:
  - {id: daan, name: Daan}
  - {id: noor, name: Noor}
  - {id: noor, name: Noor again}
phases:
  - name: Buy
    steps:
      - name: Pay
        personas: [dan]
        emotion: {daan: 1, noor: -1, daaan: 0}
""",
        [
            "{file}:2:10: unknown persona 'eva'",
            "{file}:6:10: duplicate persona id 'noor' (first at line 5)",
            "{file}:11:20: unknown persona 'dan' (did you mean 'daan'?)",
            "{file}:12:19: an emotion for persona 'daan', who does not take this step (its 'personas' are dan)",
            "{file}:12:28: an emotion for persona 'noor', who does not take this step (its 'personas' are dan)",
            "{file}:12:38: unknown persona 'daaan' in emotion (did you mean 'daan'?)",
        ],
    ),
    "catalogues": (
        """\
journeymd: 1
touchpoints:
  - {id: web, name: Website}
departments:
  - {id: sales, name: Sales}
  - {id: sales, name: Sales again}
phases:
  - name: Buy
    steps:
      - name: Pay
        touchpoints: [Website, webb, fax]
        departments: [sale]
        backstage:
          - {action: Check stock, department: stock}
""",
        [
            "{file}:6:10: duplicate department id 'sales' (first at line 5)",
            "{file}:11:23: unknown touchpoint 'Website'; steps use the id: 'web'",
            "{file}:11:32: unknown touchpoint 'webb' (did you mean 'web'?)",
            "{file}:11:38: unknown touchpoint 'fax'; add it to 'touchpoints:' at the top or use its id",
            "{file}:12:23: unknown department 'sale' (did you mean 'sales'?)",
            "{file}:14:47: unknown department 'stock'; add it to 'departments:' at the top or use its id",
        ],
    ),
    "links": (
        """\
journeymd: 1
phases:
  - id: buy
    name: Buy
    steps:
      - name: Search
        next: [payy, step-2, buy, einde]
      - id: pay
        name: Pay
        next: {to: nowhere}
  - id: buy
    name: Buy again
    steps:
      - name: Search
""",
        [
            "{file}:7:16: 'next' points to unknown step 'payy' (did you mean 'pay'?)",
            "{file}:7:22: 'next' points to unknown step 'step-2'; step 2's id is 'pay' (or give it an 'id:' to link by)",
            "{file}:7:30: 'next' points to unknown step 'buy'; 'buy' is a phase: point to a step, such as its first, 'search'",
            "{file}:7:35: 'next' points to unknown step 'einde'; to end the journey here, write 'next: []'",
            "{file}:10:20: 'next' points to unknown step 'nowhere'",
            "{file}:11:9: duplicate phase id 'buy' (first at line 3)",
            "{file}:14:15: another step (line 6) also gets the id 'search' from its name; give one of them an 'id:'",
        ],
    ),
    "lanes_and_scale": (
        """\
journeymd: 1
emotion_scale: {min: 1, max: 5}
lanes:
  - {id: effort, name: Effort, kind: score, min: 1, max: 3}
phases:
  - name: Buy
    steps:
      - name: Pay
        emotion: 0
        lanes: {effort: 4, efort: 1, thinks: x}
""",
        [
            "{file}:9:18: 'emotion' must be a whole number from 1 to 5, not 0 (the journey's 'emotion_scale')",
            "{file}:10:25: lane 'effort' runs from 1 to 3; got 4",
            "{file}:10:28: unknown lane 'efort' (did you mean 'effort'?)",
            "{file}:10:38: unknown lane 'thinks'; 'thinks' is one of the map's own lanes: write it as the step's 'thinks:'",
        ],
    ),
    "lane_definitions": (
        """\
journeymd: 1
lanes:
  - {id: effort, name: Effort, kind: score, min: 5, max: 1}
  - {id: note, name: Note, kind: text, max: 3}
  - {id: thinks, name: Thinks}
  - {id: note, name: Note again}
phases:
  - name: Buy
    steps:
      - name: Pay
        lanes: {note: [a, b], efort: 1}
""",
        [
            "{file}:3:58: a score lane's 'max' must be above its 'min' (5 … 1)",
            "{file}:4:40: only a score lane has 'max'; this lane's kind is 'text'",
            "{file}:5:10: 'thinks' is one of the map's own lanes; list it by name, or give your lane another id",
            "{file}:6:10: duplicate lane id 'note' (first at line 4)",
            "{file}:11:23: lane 'note' is a text lane: give one text; got a list",
            "{file}:11:31: unknown lane 'efort' (did you mean 'effort'?)",
        ],
    ),
    "comma_split": (
        """\
journeymd: 1
phases:
  - name: Buy
    steps:
      - name: Pay
        pain_points: [Price disappoints (FSC wood, 10 years guarantee)]
""",
        [
            '{file}:6:23: a comma inside [...] split one text into 2 items; if it is one text, quote it: "Price disappoints (FSC wood, 10 years guarantee)"',
        ],
    ),
    "personas_without_catalogue": (
        """\
journeymd: 1
phases:
  - name: Buy
    steps:
      - name: Pay
        personas: [daan]
""",
        [
            "{file}:6:20: unknown persona 'daan'; list personas under 'personas:' first",
        ],
    ),
}


def _written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> str:
    """``text`` as ``name``.journey.yaml in the current folder; the name the problems give it."""
    monkeypatch.chdir(tmp_path)
    path = f"{name}.journey.yaml"
    Path(path).write_text(text, "utf-8")
    return path


@pytest.mark.parametrize("name", CASES)
def test_each_kind_of_problem_has_its_message_and_place(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, expected = CASES[name]
    path = _written(tmp_path, monkeypatch, name, text)
    assert [str(p) for p in journeymd.problems(path)] == [line.replace("{file}", path) for line in expected]


@pytest.mark.parametrize("name", ["schema_type", "dutch_key", "links"])
def test_the_stage_alone_finds_the_same_problems(name: str) -> None:
    """validate.check on the loaded data: the stage, without the rest of journeymd.load."""
    from journeymd import validate
    from journeymd.loader import parse_yaml

    text, expected = CASES[name]
    found = validate.check(parse_yaml(text, "j.journey.yaml"), "j.journey.yaml")
    assert [str(p) for p in found] == [line.replace("{file}", "j.journey.yaml") for line in expected]


def test_too_many_personas_is_reported_at_the_first_one_too_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    personas = "".join(f"  - {{id: p{i}, name: P{i}}}\n" for i in range(MAX_PERSONAS + 1))
    text = f"journeymd: 1\npersonas:\n{personas}phases:\n  - name: Buy\n    steps: [{{name: Pay}}]\n"
    path = _written(tmp_path, monkeypatch, "crowd", text)
    assert [str(p) for p in journeymd.problems(path)] == [
        f"{path}:103:5: the journey has 101 personas; a map draws at most 100 "
        "(an emotion line each; split them over several journeys)"
    ]


def test_too_many_links_in_a_step_is_one_problem_not_one_per_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    links = ", ".join(["nowhere"] * (MAX_STEP_LINKS + 1))
    text = f"journeymd: 1\nphases:\n  - name: Buy\n    steps:\n      - name: Search\n        next: [{links}]\n"
    path = _written(tmp_path, monkeypatch, "fan", text)
    assert [str(p) for p in journeymd.problems(path)] == [
        f"{path}:6:15: 'next' has 51 links; a step may lead to at most 50 steps"
    ]


def test_the_cli_prints_every_problem_and_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text, expected = CASES["links"]
    path = _written(tmp_path, monkeypatch, "links", text)
    done = subprocess.run(
        [sys.executable, "-m", "journeymd", "validate", path], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout.splitlines() == [line.replace("{file}", path) for line in expected]
    assert done.stderr == f"1 of 1 file invalid, {len(expected)} problems\n"
    assert "Traceback" not in done.stderr


def test_a_control_character_is_a_problem_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "ctl.journey.yaml"
    path.write_bytes(b"journeymd: 1\ntitle: a\x10b\nphases: [{name: P, steps: [{name: S}]}]\n")
    result = subprocess.run(
        [sys.executable, "-m", "journeymd", "validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert f"{path}:2:9: YAML: control character U+0010 is not allowed in YAML" in result.stdout + result.stderr
    assert "<unicode string>" not in result.stdout + result.stderr and "Traceback" not in result.stderr
