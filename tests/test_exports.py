"""Markdown and Mermaid exports, Mermaid import, `stats` and `diff`, through the CLI and the API."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.markdown_export import to_markdown
from journeymd.mermaid_export import to_mermaid
from journeymd.mermaid_import import parse_mermaid

ROOT = Path(__file__).resolve().parent.parent
SHOES = ROOT / "examples" / "shoes.journey.yaml"
NL = ROOT / "examples" / "webshop-nl.journey.yaml"

# The example from Mermaid's own documentation of the journey diagram.
MERMAID_DOCS = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""

HOSTILE = """\
journeymd: 1
title: "Pipes | and <script>alert(1)</script> *bold* [link](javascript:x)"
phases:
  - name: "# Heading: with colon; and #hash"
    steps:
      - name: "a | b: c; d %% e"
        emotion: -2
        pain_points: ["line one\\nline two", "`code` _under_"]
        departments: ["Sales, North"]
"""


def _run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.output


def test_markdown_has_a_table_per_phase_with_every_step() -> None:
    text = to_markdown(journeymd.load(SHOES))
    assert text.splitlines()[2] == "# Buying running shoes online"  # after the comment on what is not shown
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## 1. Awareness",
        "## 2. Consideration",
        "## 3. Purchase",
        "## 4. Service",
        "## 5. Loyalty",
        "## Sources",
    ]
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| #")]
    assert len(rows) == 16
    assert all(row.count(" | ") == 7 for row in rows)  # eight cells with "Next", no stray pipes
    assert "▼ *Drop-off 35%*: Shipping costs appear only at the last step" in text


def test_markdown_escapes_markup_html_and_table_pipes() -> None:
    text = to_markdown(journeymd.loads(HOSTILE))
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "Pipes \\| and" in text and "\\*bold\\*" in text and "\\[link\\](javascript:x)" in text
    row = next(line for line in text.splitlines() if line.startswith("| 1 |"))
    assert row.count(" | ") == 6
    assert "line one<br>line two" in row


FLOW = """\
journeymd: 1
title: Online, then the shop
description: "1. Research online\\nthen buy offline"
phases:
  - name: Online
    description: "  Where it starts | <b>here</b>"
    steps:
      - name: Searches the web
        thinks: "Which `shop` | has it?"
        feels: "Curious\\nand <i>hopeful</i>"
        questions: [Is it in stock?, "Price | VAT?"]
        duration: 10 min
        next: [{to: visits-the-shop, label: "in stock | `near`"}, {to: gives-up}]
      - name: Compares prices
        next: {to: searches-the-web, label: not yet}
  - name: Offline
    steps:
      - {name: Visits the shop, next: gives-up}
      - {name: Buys, next: []}
      - {name: Gives up}
"""


def _markdown_rows(text: str) -> list[list[str]]:
    """The cells of each step row; a cell never holds an unescaped '|'."""
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith(("| #", "|---"))]
    return [re.split(r"(?<!\\) \| ", row[2:-2]) for row in rows]


def test_markdown_shows_branches_loops_and_ends_in_a_next_column(tmp_path: Path) -> None:
    source = tmp_path / "flow.journey.yaml"
    source.write_text(FLOW, "utf-8")
    code, text = _run("render", str(source), "-f", "markdown", "-o", "-")
    assert code == 0, text
    assert text.count("| # | Step | Emotion | Touchpoints | Departments | Pain points | Opportunities | Next |") == 2
    assert [row[-1] for row in _markdown_rows(text)] == [
        "→ 3. Visits the shop (in stock \\| \\`near\\`)<br>→ 5. Gives up",
        "→ 1. Searches the web (not yet)",
        "→ 5. Gives up",  # a jump over the following step
        "→ *end*",  # an end before the last step
        " ",  # the last step ends the journey anyway
    ]
    assert all(len(row) == 8 for row in _markdown_rows(text))


def test_markdown_has_no_next_column_for_a_journey_that_runs_straight_on() -> None:
    text = to_markdown(journeymd.loads(FLOW.replace("next:", "x-next:")))
    assert "Next" not in text and all(len(row) == 7 for row in _markdown_rows(text))


def test_markdown_shows_what_the_customer_thinks_feels_and_asks_escaped() -> None:
    text = to_markdown(journeymd.loads(FLOW))
    step = _markdown_rows(text)[0][1]
    assert step == (
        "**Searches the web**<br>*Thinks:* Which \\`shop\\` \\| has it?"
        "<br>*Feels:* Curious<br>and &lt;i&gt;hopeful&lt;/i&gt;"
        "<br>*Questions:* Is it in stock?; Price \\| VAT?<br>*Duration:* 10 min"
    )
    assert "\n1\\. Research online<br>then buy offline\n" in text  # no numbered list
    assert "\nWhere it starts \\| &lt;b&gt;here&lt;/b&gt;\n" in text  # no code block, no HTML


def test_markdown_says_what_it_does_not_show() -> None:
    assert to_markdown(journeymd.loads(FLOW)).startswith("# Online, then the shop\n")  # nothing left out
    text = to_markdown(journeymd.load(ROOT / "examples" / "shoes-blueprint.journey.yaml"))
    comment = text.splitlines()[0]
    assert comment.startswith("<!-- Exported by journeymd. Not shown in Markdown: ") and comment.endswith(" -->")
    assert "touchpoint channels" in comment and "service blueprint" in comment
    described = FLOW.replace("      - {name: Buys, next: []}", "      - {name: Buys, next: [], description: Pays}")
    assert "Not shown in Markdown: step descriptions. -->" in to_markdown(journeymd.loads(described))


def test_markdown_follows_the_locale() -> None:
    text = to_markdown(journeymd.load(NL))
    assert "| # | Stap | Emotie | Contactmomenten | Afdelingen | Knelpunten | Kansen |" in text


def test_mermaid_export_maps_scores_and_lists_what_it_cannot_show() -> None:
    text = to_mermaid(journeymd.load(SHOES))
    lines = text.splitlines()
    assert lines[0].startswith("%% Exported by journeymd. Not shown in Mermaid:") and "branches and loops" in lines[0]
    assert lines[1] == "journey" and lines[2] == "    title Buying running shoes online"
    assert "      Tries the shoes on∶ they don't fit: 1: Sanne, Ahmed" in lines  # -2 -> 1; the personas are the actors
    assert "      Calls the hotline: 2: Sanne" in lines  # the step only Sanne takes
    assert "departments (the actors are the personas)" in lines[0]
    assert sum(1 for line in lines if line.startswith("    section ")) == 5


def test_mermaid_export_keeps_the_syntax_intact_for_hostile_text() -> None:
    text = to_mermaid(journeymd.loads(HOSTILE))
    task = next(line for line in text.splitlines() if line.startswith("      "))
    assert task.count(":") == 2 and ";" not in task and "#" not in task and "%%" not in task
    assert task.endswith(": 1: Sales‚ North")  # one actor, with a look-alike comma
    section = next(line for line in text.splitlines() if line.startswith("    section"))
    assert ":" not in section and "#" not in section


# Mermaid's journey lexer, as far as an exported diagram meets it: a line starting with one of these
# words (any case) is a statement, not a task; '%' starts a comment, '%%{' a directive anywhere.
MERMAID_STATEMENT = re.compile(r"(journey(?![a-z0-9_])|title\s|section\s|acctitle|accdescr|%|#)", re.I | re.A)
TASK_LINE = re.compile(r"      (?P<name>[^#:;\n]+): (?P<score>[1-5])(?:: (?P<actors>[^#:;\n]+))?")


def _mermaid_lines(text: str) -> list[tuple[str, str, list[str]]]:
    """(kind, text, actors) for each line after the header, asserting that Mermaid reads it so."""
    lines = text.splitlines()
    assert lines[0].startswith("%% Exported by journeymd.") and lines[1] == "journey"
    assert "%%" not in "\n".join(lines[1:]) and "%%{" not in lines[0] and "}%%" not in lines[0]
    parsed = []
    for line in lines[2:]:
        assert ";" not in line and "#" not in line, line
        if line.startswith("    title "):
            parsed.append(("title", line[10:], []))
        elif line.startswith("    section "):
            assert ":" not in line and line[12:].strip(), line
            parsed.append(("section", line[12:], []))
        else:
            task = TASK_LINE.fullmatch(line)
            assert task is not None, line
            assert not MERMAID_STATEMENT.match(task["name"]), line
            assert task["name"] == task["name"].strip(), line
            actors = [a.strip() for a in (task["actors"] or "").split(",")]
            parsed.append(("task", task["name"], [a for a in actors if a]))
    return parsed


BREAKOUT = """\
journeymd: 1
title: "Shop %%{init: {'theme': 'forest'}}%% day"
personas:
  - id: sanne
    name: "Sanne\njourney\n    title Injected\n    section Injected\n      Injected: 5: x\n%%"
  - {id: piet, name: Piet}
phases:
  - name: Buy
    steps:
      - {name: Pays, emotion: 1, departments: [Shop]}
"""

TRICKY = """\
journeymd: 1
title: Keywords
phases:
  - name: "  \\t "
    steps:
      - {name: Title search, emotion: 1}
      - {name: "SECTION 3 of the form", emotion: 0}
      - {name: journey planner opens, emotion: -1}
      - {name: "accTitle", emotion: 0}
      - {name: "accDescr { long }", emotion: 0}
      - {name: "% off: 50%%% now; #1", emotion: 0}
      - {name: "  spaces\\taround  ", emotion: 0}
      - {name: "\\ufeff \\x85", emotion: 0}
      - {name: journeys are long, emotion: 2}
"""


def test_mermaid_export_keeps_a_persona_name_with_newlines_on_its_task_line(tmp_path: Path) -> None:
    source = tmp_path / "breakout.journey.yaml"
    source.write_text(BREAKOUT, "utf-8")
    code, text = _run("render", str(source), "-f", "mermaid", "-o", "-")
    assert code == 0, text
    assert _mermaid_lines(text) == [
        ("title", "Shop % %{init∶ {'theme'∶ 'forest'}}% % day", []),
        ("section", "Buy", []),
        ("task", "Pays", ["Sanne journey title Injected …"]),  # the persona's short name, on one line
    ]
    assert text.splitlines()[1] == "journey"


def test_mermaid_export_keeps_every_step_whatever_its_name_starts_with(tmp_path: Path) -> None:
    source = tmp_path / "tricky.journey.yaml"
    source.write_text(TRICKY, "utf-8")
    code, text = _run("render", str(source), "-f", "mermaid", "-o", "-")
    assert code == 0, text
    parsed = _mermaid_lines(text)
    assert parsed[:2] == [("title", "Keywords", []), ("section", "Phase 1", [])]
    names = [name for kind, name, _ in parsed if kind == "task"]
    # A word joiner, which Mermaid shows as nothing, keeps a keyword from starting the line.
    assert [name.removeprefix("\u2060") for name in names] == [
        "Title search",
        "SECTION 3 of the form",
        "journey planner opens",
        "accTitle",
        "accDescr { long }",
        "% off∶ 50% % % now； ＃1",
        "spaces around",
        "Step 8",
        "journeys are long",  # 'journeys' is no keyword: it stays as written
    ]
    assert [name.startswith("\u2060") for name in names] == [True] * 6 + [False] * 3


DEPARTMENTS = """\
journeymd: 1
locale: nl
phases:
  - name: Kopen
    steps:
      - {name: Bestelt, emotion: 1}
      - {name: Belt, emotion: -1, departments: ["Sales, Noord", Service, "  "]}
"""


def test_mermaid_actors_are_the_personas_or_else_the_departments() -> None:
    text = to_mermaid(journeymd.loads(DEPARTMENTS))
    tasks = [(name, actors) for kind, name, actors in _mermaid_lines(text) if kind == "task"]
    assert tasks == [("Bestelt", []), ("Belt", ["Sales‚ Noord", "Service", "Afdeling"])]
    with_personas = DEPARTMENTS.replace(
        "phases:", 'personas: [{id: lotte, name: "Lotte, nieuwe klant"}, {id: ben, name: Ben}]\nphases:'
    )
    text = to_mermaid(
        journeymd.loads(with_personas.replace("emotion: -1,", "emotion: {lotte: -1, ben: 2}, personas: [lotte, ben],"))
    )
    tasks = [(name, actors) for kind, name, actors in _mermaid_lines(text) if kind == "task"]
    assert tasks == [("Bestelt", ["Lotte"]), ("Belt", ["Lotte", "Ben"])]  # a plain score is the default persona's
    assert "departments (the actors are the personas)" in text and "differ on 1 step(s) (the score is Lotte's)" in text
    assert "      Belt: 2: Lotte, Ben" in text.splitlines()


def test_mermaid_export_writes_no_title_line_for_a_blank_title() -> None:
    text = to_mermaid(journeymd.loads("journeymd: 1\ntitle: ' '\nphases: [{name: P, steps: [{name: A}]}]\n"))
    assert [kind for kind, _, _ in _mermaid_lines(text)] == ["section", "task"]


# Mermaid itself: tests/mermaid holds a Node script that parses each file it is given with Mermaid
# and prints "OK FILE {title, sections, tasks, config}" or "FAIL FILE why". Set it up with
# `npm ci --prefix tests/mermaid`; CI does, and there these tests must run.
MERMAID_PARSE = Path(__file__).resolve().parent / "mermaid" / "parse.mjs"
_MERMAID_READY = bool(shutil.which("node")) and (MERMAID_PARSE.parent / "node_modules" / "mermaid").is_dir()
if not _MERMAID_READY and os.environ.get("CI"):
    raise RuntimeError("CI must run the Mermaid parser tests: npm ci --prefix tests/mermaid")
needs_mermaid = pytest.mark.skipif(not _MERMAID_READY, reason="needs node and: npm ci --prefix tests/mermaid")


def _mermaid_parse(path: Path) -> dict[str, Any]:
    run = subprocess.run(["node", MERMAID_PARSE, str(path)], capture_output=True, text=True, timeout=120)
    status, _, rest = run.stdout.strip().partition(" ")
    assert status == "OK", run.stdout + run.stderr
    return json.loads(rest.partition(" ")[2])


@pytest.mark.slow  # Node loads Mermaid: seconds of CPU
@needs_mermaid
def test_mermaid_itself_reads_every_step_of_an_export(tmp_path: Path) -> None:
    for name, text in (("breakout", BREAKOUT), ("tricky", TRICKY), ("shoes", SHOES.read_text("utf-8"))):
        journey = journeymd.loads(text)
        target = tmp_path / f"{name}.mmd"
        target.write_text(to_mermaid(journey), "utf-8")
        diagram = _mermaid_parse(target)
        assert diagram["config"] == {}  # no directive slipped through
        ours = _mermaid_lines(to_mermaid(journey))
        assert diagram["title"] == next(text for kind, text, _ in ours if kind == "title")
        assert diagram["sections"] == [text for kind, text, _ in ours if kind == "section"]
        assert [task[1] for task in diagram["tasks"]] == [text for kind, text, _ in ours if kind == "task"]
        assert [task[3] for task in diagram["tasks"]] == [actors for kind, _, actors in ours if kind == "task"]
        assert len(diagram["tasks"]) == len(journey.steps)


def test_mermaid_round_trip_keeps_phases_steps_and_scores() -> None:
    journey = journeymd.load(SHOES)
    back = journeymd.loads(json.dumps(parse_mermaid(to_mermaid(journey))))
    assert [p.name for p in back.phases] == [p.name for p in journey.phases]
    assert [s.name.replace("∶", ":") for s in back.steps] == [s.name for s in journey.steps]
    persona = journey.persona
    assert [s.emotion.get("sanne") for s in back.steps] == [s.emotion.get(persona) for s in journey.steps]
    assert [s.personas for s in back.steps] == [("sanne",) if s.personas else () for s in journey.steps]
    without_personas = journeymd.loads(DEPARTMENTS)
    back = journeymd.loads(json.dumps(parse_mermaid(to_mermaid(without_personas), actors_as="departments")))
    assert [[d.name for d in s.departments] for s in back.steps] == [[], ["Sales‚ Noord", "Service", "Afdeling"]]
    assert [s.emotion.get("") for s in back.steps] == [1, -1]


def test_mermaid_docs_example_imports_with_actors_as_personas(tmp_path: Path) -> None:
    source = tmp_path / "day.mmd"
    source.write_text(MERMAID_DOCS)
    code, output = _run("import", "mermaid", str(source))
    assert code == 0, output
    journey = journeymd.load(tmp_path / "day.journey.yaml")
    assert journey.title == "My working day"
    assert [p.name for p in journey.personas] == ["Me", "Cat"]
    assert [p.name for p in journey.phases] == ["Go to work", "Go home"]
    assert journey.steps[2].emotion == {"me": -2, "cat": -2}
    assert journey.steps[0].emotion == {"me": 2}


def test_mermaid_import_reports_bad_lines_with_positions(tmp_path: Path) -> None:
    source = tmp_path / "bad.mmd"
    source.write_text("journey\n  section A\n    Make tea: 7: Me\n    no colon here\n    泡茶：5\n")
    code, output = _run("import", "mermaid", str(source), "-o", str(tmp_path / "out.journey.yaml"))
    assert code == 1
    assert output.splitlines() == [
        f"{source}:3:14: score 7 is outside Mermaid's 1 to 5: imported as 5 (emotion +2), the score as written kept"
        " in x-mermaid-score",
        f"{source}:4:5: expected 'Task: score: actors', got 'no colon here'",
        f"{source}:5:7: '泡茶：5' is written with a full-width colon '：'; Mermaid splits a task at ':' only",
    ]
    assert not (tmp_path / "out.journey.yaml").exists()
    (tmp_path / "flow.mmd").write_text("flowchart LR\n  A --> B\n")
    code, output = _run("import", "mermaid", str(tmp_path / "flow.mmd"))
    assert code == 1 and "starts with 'journey'" in output


LONG = "Compares " + "three pairs of running shoes and reads the reviews " * 12  # 620 characters, with spaces

# Diagrams Mermaid accepts, each with what trips a journey up.
ACCEPTED = {
    "same-task-twice": "journey\n  section S\n    A: 3: x\n    A: 3: x\n    A!: 4: y\n  section S\n    a: 5: y\n",
    "empty-title": "journey\n  title  \n  section S\n    A: 3\n",  # two spaces: Mermaid needs one after title
    "long-names": f"journey\n  title {LONG}\n  section {LONG}\n    {LONG}: 3: {LONG}\n    {LONG}x: 2\n",
    "header-line": "journey title On one line\n  section S\n    A: 3\n",
    "keywords-any-case": "journey\n  Title My day # a comment\n  SECTION Go\n    Tea: 03: Me # with milk\n",
    "accessible": "journey\n  accTitle: Day\n  accDescr {\n    Two\n    lines }\n  section S\n    A: 3.0\n",
    "front-matter": "---\nconfig:\n  theme: dark\n---\njourney\n  section S\n    A: 3\n",
}


@pytest.mark.parametrize("diagram", ACCEPTED, ids=list(ACCEPTED))
def test_mermaid_import_makes_a_journey_that_validates(tmp_path: Path, diagram: str) -> None:
    source = tmp_path / f"{diagram}.mmd"
    source.write_text(ACCEPTED[diagram], "utf-8")
    code, output = _run("import", "mermaid", str(source))
    assert code == 0, output
    target = tmp_path / f"{diagram}.journey.yaml"
    assert _run("validate", str(target)) == (0, "1 file valid\n")


@pytest.mark.slow  # Node loads Mermaid: seconds of CPU
@needs_mermaid
def test_mermaid_itself_accepts_these_diagrams_with_the_same_tasks(tmp_path: Path) -> None:
    for name, text in ACCEPTED.items():
        source = tmp_path / f"{name}.mmd"
        source.write_text(text, "utf-8")
        diagram = _mermaid_parse(source)
        steps = [step for phase in parse_mermaid(text)["phases"] for step in phase["steps"]]
        assert [task[1].strip()[:20] for task in diagram["tasks"]] == [step["name"][:20] for step in steps], name


# Mermaid journeys as teams write them: scores 0, 6, 7, 9, NaN and 2rem, a full-width colon, front
# matter, accTitle and accDescr, %%{init}, several actors per task, tasks without actors.
MERMAID_CORPUS = Path(__file__).resolve().parent / "mermaid-corpus"


def _mermaid_parse_all(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """What Mermaid reads in each file, by file name (one Node run for all: it takes seconds to start)."""
    run = subprocess.run(["node", MERMAID_PARSE, *map(str, paths)], capture_output=True, text=True, timeout=300)
    found = {}
    for line in run.stdout.splitlines():
        status, name, rest = line.split(" ", 2)
        assert status == "OK", line
        found[Path(name).name] = json.loads(rest)
    assert len(found) == len(paths), run.stdout + run.stderr
    return found


def _tasks(diagram: dict[str, Any]) -> list[tuple[str, str, float | None, list[str]]]:
    """Mermaid's tasks, names trimmed and actors in any order (Mermaid draws them sorted)."""
    return [(section, name.strip(), score, sorted(people)) for section, name, score, people in diagram["tasks"]]


def _front_matter_title(text: str) -> str:
    """The title Mermaid shows from front matter (its parse API leaves it to the renderer)."""
    if not text.startswith("---\n"):
        return ""
    front = yaml.safe_load(text[4:].partition("\n---")[0])
    return str(front.get("title", ""))


@pytest.mark.slow  # Node loads Mermaid: seconds of CPU
@needs_mermaid
def test_mermaid_corpus_round_trip_keeps_every_task_score_and_actor(tmp_path: Path) -> None:
    sources = sorted(MERMAID_CORPUS.glob("*.mmd"))
    assert len(sources) >= 10
    exports = []
    for source in sources:
        imported = tmp_path / f"{source.stem}.journey.yaml"
        code, output = _run("import", "mermaid", str(source), "-o", str(imported))
        assert code == 0, output
        assert _run("validate", str(imported)) == (0, "1 file valid\n")
        exported = tmp_path / source.name
        assert _run("render", str(imported), "-o", str(exported))[0] == 0
        exports.append(exported)
        again = tmp_path / f"{source.stem}.again.journey.yaml"
        assert _run("import", "mermaid", str(exported), "-o", str(again))[0] == 0
        # Import → export → import gives the same journey: every task, score, actor and text.
        assert yaml.safe_load(again.read_text("utf-8")) == yaml.safe_load(imported.read_text("utf-8")), source.name
    before = _mermaid_parse_all(sources)
    after = _mermaid_parse_all(exports)
    for source in sources:
        original, back = before[source.name], after[source.name]
        assert _tasks(back) == _tasks(original), source.name
        assert back["sections"] == original["sections"], source.name
        assert back["title"] == (_front_matter_title(source.read_text("utf-8")) or original["title"]), source.name
        assert back["accTitle"] == original["accTitle"], source.name
        assert back["accDescr"] == " ".join(original["accDescr"].split()), source.name
        assert back["config"] == {}, source.name


def test_mermaid_import_takes_what_mermaid_draws_and_says_what_changed(tmp_path: Path) -> None:
    target = tmp_path / "out.journey.yaml"
    result = CliRunner().invoke(
        main, ["import", "mermaid", str(MERMAID_CORPUS / "onboarding-out-of-range.mmd"), "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    six, zero = (
        f"warning: score {n} is outside Mermaid's 1 to 5: imported as {face} (emotion {emotion}), the score as written"
        " kept in x-mermaid-score [mermaid-score]"
        for n, face, emotion in (("6", 5, "+2"), ("0", 1, "-2"))
    )
    assert [line.split(": ", 1)[1] for line in result.stderr.splitlines() if ": warning: " in line] == [
        six,
        zero,
        zero,
        six,
    ]
    journey = journeymd.load(target)
    step = journey.steps[1]
    assert (step.name, dict(step.emotion), step.personas) == (
        "Creates an account",
        {"visitor": 2, "sales": 2},
        ("visitor", "sales"),
    )
    assert step.mermaid == {"score": "6"}
    assert journey.steps[0].personas == ("visitor",)  # only the visitor takes it: no broken curves
    lint = CliRunner().invoke(main, ["lint", str(target)])
    assert "emotion-missing" not in lint.output

    target.unlink()
    for name in ("nan-and-units", "tea-full-width", "front-matter-config", "init-directive", "checkout-accessible"):
        result = CliRunner().invoke(
            main, ["import", "mermaid", str(MERMAID_CORPUS / f"{name}.mmd"), "-o", str(target), "--strict"]
        )
        assert result.exit_code == 1 and "warning: " in result.stderr, name
        assert not target.exists()
    code, output = _run("import", "mermaid", str(MERMAID_CORPUS / "tea-full-width.mmd"), "-o", str(target))
    assert code == 0
    assert "mermaid-corpus/tea-full-width.mmd:6:9: warning: task '泡茶：5' is written with a full-width colon" in output
    assert "got '我'" not in output
    result = CliRunner().invoke(main, ["import", "mermaid", str(MERMAID_CORPUS / "nan-and-units.mmd"), "-o", "-"])
    journey = journeymd.loads(result.stdout)
    assert [(s.name, dict(s.emotion), s.mermaid) for s in journey.steps[1:4]] == [
        ("Files a ticket", {}, {"score": "TBD"}),
        ("Waits for an answer", {}, {"score": "NaN"}),
        ("Gets an auto-reply", {}, {"score": "2rem", "actors": []}),
    ]
    result = CliRunner().invoke(main, ["import", "mermaid", str(MERMAID_CORPUS / "front-matter-config.mmd"), "-o", "-"])
    assert "2:1: warning: front matter 'config' (Mermaid's settings) is not imported" in result.stderr
    journey = journeymd.loads(result.stdout)
    assert journey.title == "Moving house"  # from the front matter
    assert journey.mermaid == {
        "acc-title": "Moving house",
        "acc-descr": "A family moves to a new city: finding a flat, packing, and the first week.",
    }


def test_mermaid_export_says_nothing_is_lost_when_nothing_is() -> None:
    text = to_mermaid(journeymd.loads(json.dumps(parse_mermaid(MERMAID_DOCS))))
    assert text.splitlines()[0] == "%% Exported by journeymd."
    assert "      Do work: 1: Me, Cat" in text.splitlines()


def test_mermaid_import_gives_repeated_tasks_ids_and_keeps_long_names_in_full(tmp_path: Path) -> None:
    source = tmp_path / "day.mmd"
    source.write_text(ACCEPTED["same-task-twice"] + ACCEPTED["long-names"].removeprefix("journey\n"), "utf-8")
    assert _run("import", "mermaid", str(source))[0] == 0
    journey = journeymd.load(tmp_path / "day.journey.yaml")
    assert [s.id for s in journey.steps[:4]] == ["a", "a-2", "a-3", "a-4"]  # 'A!' and 'a' give 'a' too
    assert [s.name for s in journey.steps[:4]] == ["A", "A", "A!", "a"]
    assert journey.title == LONG[:499].rsplit(" ", 1)[0] + "…" and journey.description == LONG.strip()
    phase, step, other = journey.phases[-1], journey.steps[-2], journey.steps[-1]
    assert len(phase.name) <= 500 and phase.description == LONG.strip()
    assert step.name == journey.title and step.description == LONG.strip()
    assert step.id != other.id  # the same first 500 characters
    assert journey.personas[-1].name == journey.title and journey.personas[-1].description == LONG.strip()
    assert [p.name for p in journeymd.load(tmp_path / "day.journey.yaml").phases[:2]] == ["S", "S"]


def test_mermaid_import_reads_keywords_as_mermaid_does(tmp_path: Path) -> None:
    text = ACCEPTED["keywords-any-case"] + ACCEPTED["accessible"].removeprefix("journey\n")
    journey = journeymd.loads(json.dumps(parse_mermaid(text)))
    assert journey.title == "My day" and journey.description == "Two lines"
    assert journey.mermaid == {"acc-title": "Day", "acc-descr": "Two lines"}  # both kept, for the export
    assert parse_mermaid(ACCEPTED["header-line"])["title"] == "On one line"
    assert [p.name for p in journey.phases] == ["Go", "S"]
    # '# with milk' is a comment; a score without actors is the one persona's.
    assert [(s.name, dict(s.emotion)) for s in journey.steps] == [("Tea", {"me": 0}), ("A", {"me": 0})]


def test_mermaid_import_refuses_more_steps_than_a_journey_holds() -> None:
    text = "journey\n  section S\n" + "".join(f"    T{n}: 3\n" for n in range(10_001))
    with pytest.raises(journeymd.JourneyError) as error:
        parse_mermaid(text, "big.mmd")
    assert [str(p) for p in error.value.problems] == [
        "big.mmd:10003:5: a journey has at most 10,000 steps; split the diagram into several"
    ]


def test_mermaid_import_round_trips_names_that_start_with_keywords() -> None:
    journey = journeymd.loads(TRICKY)
    back = journeymd.loads(json.dumps(parse_mermaid(to_mermaid(journey))))
    assert [s.name for s in back.steps][:5] == [s.name for s in journey.steps][:5]


def test_mermaid_import_keeps_an_existing_journey_unless_forced(tmp_path: Path) -> None:
    source = tmp_path / "day.mmd"
    source.write_text(MERMAID_DOCS, "utf-8")
    target = tmp_path / "day.journey.yaml"
    target.write_text("journeymd: 1\n# my own edits\n", "utf-8")
    code, output = _run("import", "mermaid", str(source))
    assert (code, output) == (1, f"journeymd: {target} exists; use --force to overwrite it\n")
    assert target.read_text("utf-8") == "journeymd: 1\n# my own edits\n"
    assert _run("import", "mermaid", str(source), "--force") == (0, f"wrote {target}\n")
    assert journeymd.load(target).title == "My working day"


def test_mermaid_import_from_standard_input_needs_an_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = _run("import", "mermaid", "-", stdin=MERMAID_DOCS)
    assert code == 2 and "needs -o FILE (or -o - for standard output)" in output
    assert list(tmp_path.iterdir()) == []
    assert _run("import", "mermaid", "-", "-o", "day.journey.yaml", stdin=MERMAID_DOCS)[0] == 0
    assert journeymd.load(tmp_path / "day.journey.yaml").title == "My working day"


def test_mermaid_import_to_standard_output_reports_problems_on_standard_error() -> None:
    result = CliRunner().invoke(main, ["import", "mermaid", "-", "-o", "-"], input="journey\n  Make tea: 7\n  Go\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[1] == "<stdin>:3:3: expected 'Task: score: actors', got 'Go'"
    result = CliRunner().invoke(main, ["import", "mermaid", "-", "-o", "-"], input="journey\n  Make tea: 7\n")
    assert result.exit_code == 0 and journeymd.loads(result.stdout).steps[0].emotion == {"": 2}
    assert result.stderr == (
        "<stdin>:2:12: warning: score 7 is outside Mermaid's 1 to 5: imported as 5 (emotion +2), the score as"
        " written kept in x-mermaid-score [mermaid-score]\n"
    )
    result = CliRunner().invoke(main, ["import", "mermaid", "-", "-o", "-"], input=MERMAID_DOCS)
    assert result.exit_code == 0 and result.stderr == ""
    assert journeymd.loads(result.stdout).title == "My working day"


def test_render_infers_markdown_and_mermaid_from_suffix(tmp_path: Path) -> None:
    for suffix, start in ((".md", "<!-- Exported"), (".mmd", "%% Exported")):
        out = tmp_path / f"map{suffix}"
        assert _run("render", str(SHOES), "-o", str(out))[0] == 0
        assert out.read_text("utf-8").startswith(start)


def test_stats_text_and_json() -> None:
    code, text = _run("stats", str(SHOES))
    assert code == 0
    assert text.startswith("Buying running shoes online: 16 steps in 5 phases\n")
    assert (
        "  first-time: lowest 8. Tries the shoes on: they don't fit (-2); highest 7. Receives the parcel (+2)" in text
    )
    assert "Steps without a touchpoint" not in text  # every step of the example has one
    code, raw = _run("stats", str(SHOES), "--format", "json")
    figures = json.loads(raw)
    assert figures["steps"] == 16 and len(figures["phases"]) == 5
    assert figures["biggest_drops"][0] == {
        "id": "wants-to-buy-shoes",
        "number": 1,
        "name": "Wants to buy shoes",
        "drop_rate": 0.76,
        "by": "measured",
    }
    assert figures["funnel"][3]["drop_rate"] == 0.35 and figures["funnel"][3]["derived"] is False
    # The rate the file declares and the rate its counts measure are kept apart.
    assert figures["funnel"][3]["declared_rate"] == 0.35 and figures["funnel"][3]["measured_rate"] == 0.342
    assert figures["touchpoints"]["online_share"] + figures["touchpoints"]["offline_share"] == pytest.approx(1)
    assert figures["without_department"] == [] and figures["without_touchpoint"] == []


def test_diff_identical_exits_0_and_changes_exit_1(tmp_path: Path) -> None:
    assert _run("diff", str(SHOES), str(SHOES)) == (0, "no differences\n")
    text = SHOES.read_text("utf-8")
    changed = (
        text.replace("emotion: {first-time: -1, returning: 1}", "emotion: {first-time: 1, returning: 1}")
        .replace("      - name: Gives a review\n", "      - name: Writes a review\n        id: gives-a-review\n")
        .replace("        touchpoints: [ivr, hotline]\n", "        touchpoints: [hotline]\n")
    )
    changed = changed.replace("  - id: loyalty\n", "  - id: loyalty\n").replace(
        "      - name: Uses a $10 coupon",
        "      - name: Joins the running club\n        emotion: 2\n      - name: Uses a $10 coupon",
    )
    new = tmp_path / "to-be.journey.yaml"
    new.write_text(changed)
    code, output = _run("diff", str(SHOES), str(new))
    assert code == 1
    assert output.splitlines() == [
        "+ step joins-the-running-club: Joins the running club",
        "~ step gives-a-review: renamed 'Gives a review' → 'Writes a review'",
        "~ step goes-through-checkout: emotion (first-time) -1 → +1",
        "~ step calls-the-hotline: -touchpoint Voice computer (IVR)",
    ]
    code, raw = _run("diff", str(SHOES), str(new), "--format", "json")
    assert json.loads(raw)["added"] == ["joins-the-running-club"] and code == 1
    code, output = _run("diff", "-", str(new), stdin=text)
    assert code == 1 and output.startswith("+ step joins-the-running-club")


def test_diff_render_overlays_the_old_curve_and_outlines_changes(tmp_path: Path) -> None:
    old = tmp_path / "old.journey.yaml"
    old.write_text("journeymd: 1\nphases: [{name: P, steps: [{name: A, emotion: -2}, {name: B, emotion: -1}]}]\n")
    new = tmp_path / "new.journey.yaml"
    new.write_text(
        "journeymd: 1\nphases: [{name: P, steps: [{name: A, emotion: 1}, {name: B, emotion: 2},"
        " {name: C, emotion: 2}]}]\n"
    )
    out = tmp_path / "changes.svg"
    code, _ = _run("diff", str(old), str(new), "--render", str(out))
    assert code == 1
    root = ET.parse(out).getroot()
    classes = [e.get("class") or "" for e in root.iter()]
    assert sum("jm-ghost" in c for c in classes) >= 2  # the old curve and its legend key
    assert any("jm-card-new" in c for c in classes) and any("jm-card-changed" in c for c in classes)


def test_diff_sees_a_step_that_only_some_personas_take_now(tmp_path: Path) -> None:
    journey = "journeymd: 1\npersonas: [{id: a, name: A}, {id: b, name: B}]\nphases: [{name: P, steps: [{name: S}]}]\n"
    old, new = tmp_path / "old.journey.yaml", tmp_path / "new.journey.yaml"
    old.write_text(journey)
    new.write_text(journey.replace("{name: S}", "{name: S, personas: [a]}"))
    code, output = _run("diff", str(old), str(new))
    assert code == 1 and "personas 'all' → 'a'" in output


def test_diff_sees_the_title_the_personas_and_a_phase_goal_change(tmp_path: Path) -> None:
    journey = (
        "journeymd: 1\ntitle: Old\npersonas: [{id: a, name: Anna}, {id: b, name: Bob}]\n"
        "phases: [{name: P, goal: Sell, steps: [{name: S}]}]\n"
    )
    old, new = tmp_path / "old.journey.yaml", tmp_path / "new.journey.yaml"
    old.write_text(journey)
    new.write_text(journey.replace("title: Old", "title: New").replace("name: Bob", "name: Robert")
                   .replace("goal: Sell", "goal: Sell more"))  # fmt: skip
    code, output = _run("diff", str(old), str(new))
    assert code == 1
    assert output.splitlines() == [
        "title 'Old' → 'New'",
        "~ persona b: renamed 'Bob' → 'Robert'",
        "~ phase p: goal 'Sell' → 'Sell more'",
    ]


def test_diff_sees_a_renamed_step_whose_id_came_from_its_name(tmp_path: Path) -> None:
    journey = (
        "journeymd: 1\nphases: [{name: P, steps: [{name: Asks a friend at the bakery, emotion: 1}, {name: Pays}]}]\n"
    )
    old, new = tmp_path / "old.journey.yaml", tmp_path / "new.journey.yaml"
    old.write_text(journey)
    new.write_text(journey.replace("at the bakery, emotion: 1", "at the market, emotion: 2"))
    code, output = _run("diff", str(old), str(new))
    assert code == 1 and output.splitlines() == [
        "~ step asks-a-friend-at-the-market: renamed 'Asks a friend at the bakery' → 'Asks a friend at the market'",
        "~ step asks-a-friend-at-the-market: emotion +1 → +2",
    ]
