"""The loader stage: YAML text to plain data that remembers where every key, value and item was
written (line:col, 1-based, as messages show them), and the loader's own errors.

Whole bad files through the command line are in tests/corpus/ (test_corpus.py); here the loader
is called directly, so that a position is checked where it is made.
"""

from __future__ import annotations

import pytest
import shared_journeys

import journeymd
from journeymd.loader import YList, YMap, decode, parse_yaml
from journeymd.problem import JourneyError

BLOCK = """\
journeymd: 1
title: Block style
phases:
  - name: First
    steps:
      - name: Opens the app
        emotion: 1
        touchpoints:
          - App
          - "Push message"
"""

FLOW = """\
journeymd: 1
phases: [{name: First, steps: [{name: Opens, touchpoints: [App, 'Push']}]}]
"""


def _map(value: object) -> YMap:
    assert isinstance(value, YMap), type(value)
    return value


def _list(value: object) -> YList:
    assert isinstance(value, YList), type(value)
    return value


def test_block_style_keys_values_and_items_know_their_line_and_column() -> None:
    root = _map(parse_yaml(BLOCK))
    assert root.pos == (1, 1) and not root.flow
    assert root.key_pos["title"] == (2, 1) and root.value_pos["title"] == (2, 8)
    phases = _list(root["phases"])
    assert phases.pos == (4, 3) and phases.item_pos == [(4, 5)] and not phases.flow
    phase = _map(phases[0])
    assert phase.key_pos["name"] == (4, 5) and phase.value_pos["name"] == (4, 11)
    step = _map(_list(phase["steps"])[0])
    assert step.key_pos["emotion"] == (7, 9) and step.value_pos["emotion"] == (7, 18) and step["emotion"] == 1
    touchpoints = _list(step["touchpoints"])
    assert touchpoints == ["App", "Push message"]
    assert touchpoints.item_pos == [(9, 13), (10, 13)]
    assert touchpoints.quoted == {1}  # the quoted item is known as quoted, the plain one is not


def test_flow_style_positions_point_into_the_line() -> None:
    root = _map(parse_yaml(FLOW))
    phases = _list(root["phases"])
    assert phases.flow and phases.pos == (2, 9)
    phase = _map(phases[0])
    assert phase.flow and phase.pos == (2, 10) and phase.value_pos["name"] == (2, 17)
    step = _map(_list(phase["steps"])[0])
    assert step.pos == (2, 32) and step.key_pos["touchpoints"] == (2, 46)
    touchpoints = _list(step["touchpoints"])
    assert touchpoints.flow and touchpoints.item_pos == [(2, 60), (2, 65)] and touchpoints.quoted == {1}


def test_anchors_aliases_and_merge_keys_keep_the_position_where_the_value_was_written() -> None:
    text = """\
defaults: &defaults
  touchpoints: [App]
  emotion: 1
tps: &tps [Web, Mail]
steps:
  - <<: *defaults
    name: First
  - <<: *defaults
    name: Second
    emotion: -1
  - {name: Third, touchpoints: *tps}
"""
    root = _map(parse_yaml(text))
    first, second, third = (_map(step) for step in _list(root["steps"]))
    # merged keys come with the position they were written at, under the anchor
    assert first["touchpoints"] == ["App"] and first.key_pos["touchpoints"] == (2, 3)
    assert first.value_pos["emotion"] == (3, 12) and first.key_pos["name"] == (7, 5)
    # an explicit key wins over a merged one, and keeps its own position
    assert second["emotion"] == -1 and second.value_pos["emotion"] == (10, 14)
    # an alias is the anchored value itself, whose items sit where the anchor was written
    assert third["touchpoints"] == ["Web", "Mail"] and third.value_pos["touchpoints"] == (11, 32)
    assert _list(third["touchpoints"]).item_pos == [(4, 12), (4, 17)]


def test_keys_stay_the_text_that_was_written_and_values_get_their_yaml_types() -> None:
    root = _map(parse_yaml("no: yes\n1: 1.5\nnull: ~\ndate: 2024-01-02\nquoted: '7'\n"))
    assert root == {"no": True, "1": 1.5, "null": None, "date": "2024-01-02", "quoted": "7"}


@pytest.mark.parametrize(
    ("encoded", "how"),
    [
        (BLOCK.encode("utf-8"), "plain"),
        (b"\xef\xbb\xbf" + BLOCK.encode("utf-8"), "BOM"),
        (BLOCK.replace("\n", "\r\n").encode("utf-8"), "CRLF"),
        (b"\xef\xbb\xbf" + BLOCK.replace("\n", "\r\n").encode("utf-8"), "BOM and CRLF"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_byte_order_mark_and_windows_line_ends_change_no_position(encoded: bytes, how: str) -> None:
    root = _map(parse_yaml(decode(encoded, "x.yaml")))
    assert root.key_pos["journeymd"] == (1, 1), how  # the mark is not a column
    step = _map(_list(_map(_list(root["phases"])[0])["steps"])[0])
    assert step["name"] == "Opens the app" and step.value_pos["name"] == (6, 15), how  # \r is not in the value
    assert _list(step["touchpoints"]).item_pos == [(9, 13), (10, 13)], how


def test_a_schema_problem_in_a_bom_crlf_file_is_reported_at_the_column_an_editor_shows() -> None:
    text = "\ufeff" + BLOCK.replace("emotion: 1", "emotion: 9").replace("\n", "\r\n")
    with pytest.raises(JourneyError) as caught:
        journeymd.loads(text, "bom.journey.yaml")
    assert [(p.line, p.column) for p in caught.value.problems] == [(7, 18)]


# The loader's own errors: (YAML text, line, column, words of the message)
ERRORS = {
    "duplicate key": ("a: 1\nb: 2\na: 3\n", 3, 1, "duplicate key 'a' (first at line 1)"),
    "mapping as key": ("? {a: 1}\n: 2\n", 1, 3, "a key must be plain text, not a list or mapping"),
    "alias as key": ("x: &k name\n*k : 2\n", 2, 1, "an alias cannot be used as a key"),
    "unknown alias": ("a: *nowhere\n", 1, 4, "unknown alias '*nowhere' (define '&nowhere' first)"),
    "merge of text": ("base: &b text\nstep:\n  <<: *b\n", 3, 3, "'<<' merges only mappings (or a list of them)"),
    "python tag": ("a: !!python/object:os.system x\n", 1, 4, "YAML tag '!!python/object:os.system' is not allowed"),
    "tag on a mapping": ("a: !!set {x}\n", 1, 4, "YAML tag '!!set' is not allowed in a journey file"),
    "infinity": ("a: .inf\n", 1, 4, "'.inf' is not a finite number"),
    "two documents": ("a: 1\n---\nb: 2\n", 2, 1, "a journey file holds one YAML document"),
    "too deep": ("a: " + "[" * 70 + "]" * 70 + "\n", 1, 67, "nesting deeper than 64 levels"),
}


@pytest.mark.parametrize("case", ERRORS)
def test_loader_errors_say_what_is_wrong_where(case: str) -> None:
    text, line, column, words = ERRORS[case]
    with pytest.raises(JourneyError) as caught:
        parse_yaml(text, "case.yaml")
    problems = caught.value.problems
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.path, problem.line, problem.column) == ("case.yaml", line, column), str(problem)
    assert words in problem.message
    assert str(problem).startswith(f"case.yaml:{line}:{column}: ")


@pytest.mark.parametrize(
    ("data", "line", "column", "words"),
    [
        (b"\xff\xfej\x00", 1, 1, "the file is UTF-16"),
        (b"title: caf\xe9\n", 1, 11, "not UTF-8 text (byte 0xe9)"),
        (b"a: 1\nb: \xc3\xa9\xff\n", 2, 5, "not UTF-8 text (byte 0xff)"),
    ],
    ids=["utf-16", "latin-1", "after a two-byte character"],
)
def test_text_not_in_utf8_is_refused_at_the_first_bad_byte(data: bytes, line: int, column: int, words: str) -> None:
    with pytest.raises(JourneyError) as caught:
        decode(data, "x.yaml")
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (line, column) and words in problem.message


def test_a_syntax_error_names_where_the_unclosed_bracket_was_opened() -> None:
    with pytest.raises(JourneyError) as caught:
        parse_yaml("title: x\nphases:\n  - name: [unclosed\n", "broken.yaml")
    problem = caught.value.problems[0]
    assert (problem.path, problem.line, problem.column) == ("broken.yaml", 4, 1)  # where the file ends
    assert "the '[' at line 3, column 11 is never closed" in problem.message


@pytest.mark.parametrize("name", shared_journeys.SHARED)
def test_every_shared_journey_loads_with_positions_inside_its_text(name: str) -> None:
    """Every position the loader records, on every shared journey, names a line that exists and a
    column within it: the position a message gives can be jumped to."""
    text = shared_journeys.source(name)
    lines = text.split("\n")
    seen = 0

    def check(pos: tuple[int, int]) -> None:
        nonlocal seen
        line, column = pos
        assert 1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]) + 1, (name, pos)
        seen += 1

    def walk(value: object) -> None:
        if isinstance(value, YMap):
            check(value.pos)
            for key in value:
                check(value.key_pos[key])
                check(value.value_pos[key])
                assert lines[value.key_pos[key][0] - 1][value.key_pos[key][1] - 1 :].startswith(key) or "<<" in text
                walk(value[key])
        elif isinstance(value, YList):
            check(value.pos)
            for item, pos in zip(value, value.item_pos, strict=True):
                check(pos)
                walk(item)

    walk(parse_yaml(text, name))
    assert seen > 20
