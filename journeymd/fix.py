"""`journeymd fix`: apply the corrections the validator is sure of, keeping comments and layout.

Sure means: a misspelt key or id one letter or two from the one meant (the validator's "did you
mean"), a Dutch key with one English meaning, a touchpoint named where its id belongs, a rate
written as a percentage number (35 → '35%'), a format version in quotes. Everything else is left
for the author and reported. A file that does not parse is never touched.

The file is rewritten through ruamel.yaml's round trip, which keeps comments, quotes, flow style
and key order; a file whose layout that round trip would change anyway (an anchor on a merge key,
Windows line endings, an indentation it does not write) is instead edited at the exact line and
column of each correction, so nothing else in it moves.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Iterator
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import ScalarString

from . import loads
from ._record import Record, dataclass
from .loader import parse_yaml
from .problem import JourneyError, Problem, closest
from .validate import DUTCH_KEYS

__all__ = ["Correction", "Fixed", "fix_text"]

# How alike a misspelling and what it means must be for the change to be made without asking.
SURE = 0.8
# The ways of indenting ruamel.yaml can write back: (mapping, sequence, dash offset).
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 4, 0), (2, 2, 2), (4, 6, 2), (3, 3, 0))

_UNKNOWN_KEY = re.compile(r"unknown key '(?P<old>.+?)' .*\(did you mean '(?P<new>.+?)'\?\)")
_REFERENCE = re.compile(
    r"(?:unknown (?:persona|touchpoint|department) |'next' points to unknown step )'(?P<old>.+?)'(?: in emotion)?"
    r"(?:; steps use the id: '(?P<id>.+?)'| \(did you mean '(?P<new>.+?)'\?\))"
)
_ENUM = re.compile(r"must be one of .*; got '(?P<old>.+?)' \(did you mean '(?P<new>.+?)'\?\)")
_PERCENT = re.compile(r"for (?P<old>\S+) percent write \S+ or '(?P<new>\S+%)'$")
_UNQUOTE = re.compile(r"^'journeymd' must be (?P<new>\d+), not text '(?P<old>\d+)'; write it without quotes$")


@dataclass(frozen=True, eq=False, repr=False)
class Correction(Record):
    """One change: at ``line``:``column`` (1-based), ``old`` becomes ``new``, a key or a value."""

    line: int
    column: int
    old: str
    new: Any
    is_key: bool

    def __str__(self) -> str:
        new = f"'{self.new}'" if isinstance(self.new, str) else str(self.new)  # 1, not '1': the quotes went
        return f"'{self.old}' → {new}"


@dataclass(frozen=True, eq=False, repr=False)
class Fixed(Record):
    """The corrected text, the corrections made, and the problems still there after them."""

    text: str
    corrections: tuple[Correction, ...]
    remaining: tuple[Problem, ...]

    def diff(self, before: str, path: str) -> str:
        lines = difflib.unified_diff(
            before.splitlines(keepends=True), self.text.splitlines(keepends=True), path, f"{path} (fixed)"
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def fix_text(text: str, path: str = "<string>") -> Fixed:
    """``text`` with every sure correction made. Raises :class:`JourneyError` with the YAML
    problems when the text does not parse: then nothing can be corrected safely."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text.removeprefix(bom)
    parse_yaml(body, path)  # a syntax error, an alias bomb or a tag stops here
    found = _problems(body, path)
    corrections = _sure(found)
    if not corrections:
        return Fixed(text, (), tuple(found))
    fixed = _round_trip(body, corrections)
    if fixed is None:
        fixed = _edit_in_place(body, corrections)
    return Fixed(bom + fixed, tuple(corrections), tuple(_problems(fixed, path)))


def _problems(text: str, path: str) -> list[Problem]:
    try:
        loads(text, path)
    except JourneyError as error:
        return list(error.problems)
    return []


def _sure(found: list[Problem]) -> list[Correction]:
    """The corrections the problems point to that need no judgement; one per position."""
    corrections: dict[tuple[int, int], Correction] = {}
    for problem in found:
        correction = _correction(problem)
        if correction is not None:
            corrections.setdefault((problem.line, problem.column), correction)
    return list(corrections.values())


def _correction(problem: Problem) -> Correction | None:
    message, at = problem.message, (problem.line, problem.column)
    if match := _UNKNOWN_KEY.match(message):
        old, new = match["old"], match["new"]
        return Correction(*at, old, new, True) if _alike(old, new) or _dutch(old, new) else None
    if match := _REFERENCE.match(message):
        old = match["old"]
        if match["id"]:  # a touchpoint or department named where its id belongs
            return Correction(*at, old, match["id"], False)
        new = match["new"]
        key = " in emotion (" in message  # an emotion's persona is a key of the emotion
        return Correction(*at, old, new, key) if _alike(old, new) else None
    if (match := _ENUM.search(message)) and _alike(match["old"], match["new"]):
        return Correction(*at, match["old"], match["new"], False)
    if match := _PERCENT.search(message):
        return Correction(*at, match["old"], match["new"], False)
    if match := _UNQUOTE.match(message):
        return Correction(*at, match["old"], int(match["new"]), False)
    return None


def _alike(old: str, new: str) -> bool:
    """A misspelling, not another word: close in letters, or the same but for case."""
    return old.casefold() == new.casefold() or closest(old, [new], SURE) == new


def _dutch(old: str, new: str) -> bool:
    """A Dutch key with only this English meaning ('gevoel' is feels or emotion: not sure)."""
    return DUTCH_KEYS.get(old.casefold().replace("'", ""), ()) == (new,)


def _round_trip(text: str, corrections: list[Correction]) -> str | None:
    """The text rewritten by ruamel.yaml with the corrections made, or None when its round trip
    would change the layout of this file beyond them."""
    for mapping, sequence, offset in _INDENTS:
        yaml = YAML()  # round trip: comments, quotes, flow style and order are kept
        yaml.preserve_quotes = True
        yaml.width = 1_000_000  # never fold a long line
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        try:
            data = yaml.load(text)
            if _dump(yaml, data) != text:
                continue
        except YAMLError:
            return None
        places = dict(_places(data))
        for correction in corrections:
            place = places.get((correction.line - 1, correction.column - 1, correction.is_key))
            if place is None or not _apply(place, correction):
                return None
        return _dump(yaml, data)
    return None


def _dump(yaml: Any, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _places(node: Any) -> Iterator[tuple[tuple[int, int, bool], tuple[Any, Any]]]:
    """(0-based line, column, is a key) → (container, key or index) for every key and value."""
    if isinstance(node, CommentedMap):
        for key in list(node):
            if key in node.lc.data:
                line, column, value_line, value_column = node.lc.data[key]
                yield (line, column, True), (node, key)
                yield (value_line, value_column, False), (node, key)
            yield from _places(node[key])
    elif isinstance(node, CommentedSeq):
        for index, item in enumerate(node):
            if index in node.lc.data:
                line, column = node.lc.data[index][:2]
                yield (line, column, False), (node, index)
            yield from _places(item)


def _apply(place: tuple[Any, Any], correction: Correction) -> bool:
    """Make the correction in the loaded document; False when what is there is not what the
    problem named (then the file is edited in place instead)."""
    container, key = place
    if correction.is_key:
        if str(key) != correction.old or correction.new in container:
            return False
        position = list(container).index(key)
        comment = container.ca.items.pop(key, None)
        value = container.pop(key)
        container.insert(position, correction.new, value)
        if comment is not None:
            container.ca.items[correction.new] = comment
        return True
    old = container[key]
    if str(old) != correction.old:
        return False
    new = correction.new
    if isinstance(old, ScalarString) and isinstance(new, str):
        new = type(old)(new)  # the same quotes as before
    container[key] = new
    return True


def _edit_in_place(text: str, corrections: list[Correction]) -> str:
    """The text with each correction written over the scalar at its line and column."""
    lines = text.split("\n")
    for correction in sorted(corrections, key=lambda c: (c.line, c.column), reverse=True):
        row = lines[correction.line - 1]
        start = correction.column - 1
        written = _written(row, start, correction.old)
        if written is None:
            continue
        quote = row[start] if row[start] in "'\"" else ""
        new = correction.new
        if not isinstance(new, str):
            shown = str(new)
        elif quote == "'":
            shown = "'" + new.replace("'", "''") + "'"
        elif quote == '"' or not re.fullmatch(r"[A-Za-z0-9][\w .%-]*", new):
            shown = '"' + new.replace("\\", "\\\\").replace('"', '\\"') + '"'
        else:
            shown = new
        lines[correction.line - 1] = row[:start] + shown + row[start + len(written) :]
    return "\n".join(lines)


def _written(row: str, start: int, old: str) -> str | None:
    """The scalar ``old`` as written at ``start`` of ``row`` (with its quotes), if it is there."""
    if row[start : start + 1] in ("'", '"'):
        quote = row[start]
        end = row.find(quote, start + 1)
        while quote == "'" and end != -1 and row[end + 1 : end + 2] == "'":
            end = row.find(quote, end + 2)
        return row[start : end + 1] if end != -1 and old in row[start + 1 : end] else None
    if not row.startswith(old, start):
        return None
    following = row[start + len(old) : start + len(old) + 1]
    return old if following in ("", " ", ":", ",", "]", "}", "#", "\r") else None
