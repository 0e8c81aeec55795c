"""Bad and hostile journeys in tests/corpus/, each with the exact messages and positions expected.

Every NAME.journey.yaml is run through the CLI (`journeymd validate`), and its output must equal
NAME.expected: one `line:col: message` per problem, sorted, with the path left out. A new case is
a new file. Regenerate after a deliberate change with JOURNEYMD_ACCEPT=1 and read every line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd.cli import main

CORPUS = Path(__file__).resolve().parent / "corpus"
CASES = sorted(CORPUS.glob("*.journey.yaml"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.removesuffix(".journey.yaml"))
def test_corpus_case_reports_exactly_the_expected_problems(case: Path) -> None:
    result = CliRunner().invoke(main, ["validate", "-q", str(case)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    got = "".join(line.removeprefix(f"{case}:") + "\n" for line in result.output.splitlines())
    expected = case.with_name(case.name.removesuffix(".journey.yaml") + ".expected")
    if os.environ.get("JOURNEYMD_ACCEPT"):
        expected.write_text(got, "utf-8")
    assert got == expected.read_text("utf-8")


def test_corpus_problems_come_with_json_positions_too() -> None:
    import json

    result = CliRunner().invoke(main, ["validate", "--format", "json", str(CORPUS / "unknown-references.journey.yaml")])
    items = json.loads(result.output)
    assert {(i["line"], i["column"]) for i in items} >= {(13, 19), (14, 23)}
    assert all(i["severity"] == "error" and i["code"] for i in items)


def test_render_of_every_corpus_case_writes_nothing(tmp_path: Path) -> None:
    for case in CASES:
        out = tmp_path / f"{case.name}.svg"
        result = CliRunner().invoke(main, ["render", str(case), "-o", str(out)])
        assert result.exit_code == 1, (case.name, result.output)
        assert not out.exists() and "Traceback" not in result.output


@pytest.mark.slow  # a journey past the step limit
def test_too_many_steps_is_one_clear_problem(tmp_path: Path) -> None:
    from journeymd.validate import MAX_STEPS

    steps = "".join(f"      - {{id: s{n}, name: S}}\n" for n in range(MAX_STEPS + 5))
    source = tmp_path / "huge.journey.yaml"
    source.write_text(f"journeymd: 1\nphases:\n  - name: A\n    steps:\n{steps}")
    result = CliRunner().invoke(main, ["validate", "-q", str(source)])
    assert result.exit_code == 1
    assert result.output == (
        f"{source}:{MAX_STEPS + 5}:9: the journey has {MAX_STEPS + 5:,} steps; journeymd draws "
        f"at most {MAX_STEPS:,} (split it into several files)\n"
    )


def test_the_line_break_case_covers_every_pattern_of_the_schema() -> None:
    """Each pattern in the schema (their '$' ends the text, not a last line) has a value ending in a
    line break in line-break-after-an-id, refused with the words it names; a new pattern needs one."""
    from journeymd.validate import schema

    def patterns(node: object) -> set[str]:
        if isinstance(node, dict):
            own = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
            return own.union(*(patterns(value) for value in node.values()))
        if isinstance(node, list):
            return set().union(*(patterns(value) for value in node))
        return set()

    refused_as = {
        "^[A-Za-z0-9][A-Za-z0-9_.-]*$": "must be an id",
        "^(100([.,]0+)?|[0-9]{1,2}([.,][0-9]+)?)\\s?%$": "a percentage from 0% to 100%",
        "^(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\]).*\\.(yaml|yml)$": "must be a journey file's path",
        "^(https?://|mailto:)[^\\s]+$": "must be an http://, https:// or mailto: address",
    }
    assert patterns(schema()) == set(refused_as)
    expected = (CORPUS / "line-break-after-an-id.expected").read_text("utf-8")
    for words in refused_as.values():
        assert any(words in line and '\\n"' in line for line in expected.splitlines()), words
