"""Read a Mermaid `journey` diagram into journey YAML, for teams that start from Mermaid."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

import yaml

from .mermaid_export import WORD_JOINER
from .problem import JourneyError, Problem, shorten
from .slug import slugify, step_ids
from .validate import MAX_PERSONAS, MAX_STEPS, schema

__all__ = ["import_mermaid", "mermaid_to_yaml", "parse_mermaid", "read_mermaid", "score_from_mermaid"]

_TASK = re.compile(r"^(?P<name>[^:]+?)\s*:\s*(?P<score>[^:]*?)\s*(?::\s*(?P<actors>.*))?$")
# Statements as Mermaid's lexer reads them at the start of a line, in any case: 'title' and
# 'section' followed by a space, 'accTitle:', 'accDescr:' and 'accDescr {'. A space is what
# JavaScript's \s matches: a no-break space after 'Title' makes a title too.
_JS_SPACE = "[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
_STATEMENT = re.compile(
    rf"(?P<keyword>title|section)(?:{_JS_SPACE}+|$)|(?P<acc>acctitle|accdescr){_JS_SPACE}*(?P<sign>[:{{]){_JS_SPACE}*",
    re.IGNORECASE | re.ASCII,
)
# The schema's limits on labels (names, titles), texts (descriptions), and on steps.
MAX_LABEL = schema()["definitions"]["label"]["maxLength"]
MAX_TEXT = schema()["definitions"]["text"]["maxLength"]


def parse_mermaid(text: str, path: str = "<mermaid>", actors_as: str = "personas") -> dict[str, Any]:
    """Journey data from Mermaid journey syntax; actors become personas (default) or departments.

    What Mermaid accepts becomes a valid journey: a task name used twice gets an id of its own,
    and a name longer than a label may be is cut, with the full text in the description. What
    had to change or was left out is in :func:`read_mermaid`'s warnings.
    """
    return read_mermaid(text, path, actors_as)[0]


def read_mermaid(
    text: str, path: str = "<mermaid>", actors_as: str = "personas"
) -> tuple[dict[str, Any], list[Problem]]:
    """Journey data from Mermaid journey syntax, and warnings for what did not come over as written.

    Mermaid draws any score (it never checks the range), so a migration takes every diagram it
    draws: a score outside 1 to 5 is clamped, one that is not a number leaves the step without an
    emotion, and the score as written is kept in ``x-mermaid-score`` for the export.
    Raises :class:`JourneyError` for lines Mermaid would not read either.
    """
    reader = _Reader(path, actors_as)
    reader.read(text)
    if reader.problems:
        raise JourneyError(reader.problems + reader.warnings)
    return reader.journey(), sorted(reader.warnings)


_Lines = Iterator[tuple[int, str]]  # (line number, text) of the lines not read yet


class _Reader:
    """A diagram as it is read line by line: what it has said so far, and what is wrong with it."""

    def __init__(self, path: str, actors_as: str) -> None:
        self.path, self.actors_as = path, actors_as
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.title = ""
        self.texts: dict[str, str] = {}  # accTitle and accDescr, the first of each
        self.phases: list[dict[str, Any]] = []
        self.actors: dict[str, str] = {}  # id -> name, in order of appearance
        self.step_actors: list[tuple[dict[str, Any], list[str], int | None, str | None]] = []
        self.actor_ids: dict[str, str] = {}  # name -> id
        self.numbered_from: dict[str, int] = {}  # a slug -> the number to try first for the next actor with it
        self.seen_header = False
        self.steps = 0

    def warn(self, number: int, column: int, message: str, code: str) -> None:
        self.warnings.append(Problem(self.path, number, column, message, code, "warning"))

    def read(self, text: str) -> None:
        numbered = list(enumerate(text.removeprefix("\ufeff").splitlines(), 1))
        if numbered and numbered[0][1].strip() == "---":  # front matter (Mermaid's settings) up to the next '---'
            end = next((i for i, (_, raw) in enumerate(numbered[1:], 1) if raw.strip() == "---"), None)
            if end is not None:
                self.title = _front_matter(numbered[1:end], self.path, self.warn)
                numbered = numbered[end + 1 :]
        lines = iter(numbered)
        for number, raw in lines:
            if not self._line(number, raw, lines):
                break
        if not self.seen_header and not self.problems:
            self.problems.append(
                Problem(self.path, 1, 1, "the file is empty; a Mermaid journey diagram starts with 'journey'")
            )

    def _line(self, number: int, raw: str, lines: _Lines) -> bool:
        """Read one line (and the lines a directive or an accDescr block runs over); False: read no more."""
        line = raw.strip()
        column = len(raw) - len(raw.lstrip()) + 1
        if line.startswith("%%{"):  # a directive, which may run over several lines up to '}%%'
            while "}%%" not in raw:
                following = next(lines, None)
                if following is None:
                    break
                raw = following[1]
            self.warn(
                number,
                column,
                "the %%{init}%% directive (Mermaid's theme and settings) is not imported",
                "mermaid-dropped",
            )
            return True
        # Comments: '%%', and for Mermaid's lexer also a lone '%' or '#'.
        if not line or (line.startswith(("#", "%")) and not line.startswith("%{")):
            return True
        if not self.seen_header:
            if not re.match(r"journey\b", line):
                self.problems.append(
                    Problem(self.path, number, column, "a Mermaid journey diagram starts with 'journey'")
                )
                return False
            self.seen_header = True
            rest = line[len("journey") :]
            line = rest.lstrip()  # Mermaid reads a statement on the header's line too
            column += len("journey") + len(rest) - len(line)
            if not line:
                return True
        self._statement(number, column, line, lines)
        return True

    def _statement(self, number: int, column: int, line: str, lines: _Lines) -> None:
        """A title, an accessible title or description, a section or a task."""
        statement = _STATEMENT.match(line)
        if statement and statement["sign"] == "{":
            body = line[statement.end() :]
            while "}" not in body:  # accDescr { ... } runs up to its closing brace
                following = next(lines, None)
                if following is None:
                    break
                body += "\n" + following[1]
            self.texts.setdefault("accDescr", " ".join(body.partition("}")[0].split()))
            return
        if statement and statement["acc"]:
            key = "accTitle" if statement["acc"].lower() == "acctitle" else "accDescr"
            self.texts.setdefault(key, line[statement.end() :].strip())
            return
        line = line.partition("#")[0].rstrip()  # outside accessibility texts, '#' starts a comment
        if statement and statement["keyword"].lower() == "title":
            self.title = line[statement.end() :].strip()
        elif statement:
            self.phases.append(_with_name({}, line[statement.end() :].strip() or f"Section {len(self.phases) + 1}"))
            self.phases[-1]["steps"] = []
        else:
            self._task(number, column, line)

    def _task(self, number: int, column: int, line: str) -> None:
        """'Task: score: actors', a step."""
        match = _TASK.match(line)
        if match is None:
            wide = line.find(FULL_WIDTH_COLON)
            if wide >= 0:
                message = f"'{line[:40]}' is written with a full-width colon '：'; Mermaid splits a task at ':' only"
                self.problems.append(Problem(self.path, number, column + wide, message))
            else:
                self.problems.append(
                    Problem(self.path, number, column, f"expected 'Task: score: actors', got '{line[:40]}'")
                )
            return
        if not self.phases:
            self.phases.append({"name": "Journey", "steps": []})
        # The export puts a word joiner before a name that starts with a keyword.
        step = _with_name({}, match["name"].strip().removeprefix(WORD_JOINER).strip())
        written = match["score"]
        value = _js_number(written)
        exact = value is not None and value.is_integer() and 1 <= value <= 5
        self._score_warning(number, column, line, match["name"], written, value, exact)
        names = [a.strip() for a in (match["actors"] or "").split(",") if a.strip()]
        known_actors = len(self.actors)
        ids = [_actor_id(name, self.actors, self.actor_ids, self.numbered_from) for name in names]
        if self.actors_as != "departments" and known_actors <= MAX_PERSONAS < len(self.actors):
            message = (
                f"a journey has at most {MAX_PERSONAS} personas; import the actors as departments "
                "(--actors departments) or split the diagram into several"
            )
            self.problems.append(Problem(self.path, number, column, message))
        self.step_actors.append((step, ids, _emotion(value), None if exact else written))
        self.phases[-1]["steps"].append(step)
        self.steps += 1
        if self.steps == MAX_STEPS + 1:
            message = f"a journey has at most {MAX_STEPS:,} steps; split the diagram into several"
            self.problems.append(Problem(self.path, number, column, message))

    def _score_warning(
        self, number: int, column: int, line: str, name: str, written: str, value: float | None, exact: bool
    ) -> None:
        """A warning for a score that does not come over as written."""
        score = _emotion(value)
        where = column + line.index(":") + 1
        if score is None:
            if FULL_WIDTH_COLON in name:
                self.warn(number, column + line.index(FULL_WIDTH_COLON), f"task '{shorten(name)}' is written with "
                          "a full-width colon '：', which Mermaid reads as part of the name: the task has no score; "
                          "write ':' to give it one", "mermaid-score")  # fmt: skip
            else:
                self.warn(number, where, f"score '{shorten(written)}' is not a number: the step has no emotion "
                          "(the score is kept in x-mermaid-score)", "mermaid-score")  # fmt: skip
        elif not exact:
            why = "is not a whole number" if 1 <= value <= 5 else "is outside Mermaid's 1 to 5"  # type: ignore[operator]
            message = (
                f"score {written} {why}: imported as {score + 3} (emotion {score:+d}), "
                "the score as written kept in x-mermaid-score"
            )
            self.warn(number, where, message, "mermaid-score")

    def journey(self) -> dict[str, Any]:
        """The journey data of a diagram read without problems."""
        for step, ids, score, written in self.step_actors:
            _give_actors(step, ids, score, list(self.actors) if self.actors_as == "personas" else [])
            if self.actors_as == "departments" and ids:
                step["departments"] = ids
            if written is not None:
                step["x-mermaid-score"] = written
        title, texts = self.title, self.texts
        data: dict[str, Any] = {"journeymd": 1}
        if title:  # 'title' with nothing after it is no title; the schema wants one character at least
            data["title"] = _cut(title, MAX_LABEL)
        described = [part for part in (title if len(title) > MAX_LABEL else "", texts.get("accDescr", "")) if part]
        if described:
            data["description"] = _cut("\n\n".join(described), MAX_TEXT)
        for key, name in (("accTitle", "x-mermaid-acc-title"), ("accDescr", "x-mermaid-acc-descr")):
            if texts.get(key):
                data[name] = texts[key]
        if self.actors:
            if self.actors_as == "departments":  # a department has no description to keep a long name in
                data["departments"] = [
                    {"id": actor, "name": _cut(name, MAX_LABEL)} for actor, name in self.actors.items()
                ]
            else:
                data["personas"] = [_with_name({"id": actor}, name) for actor, name in self.actors.items()]
        data["phases"] = self.phases or [{"name": "Journey", "steps": []}]
        _give_ids(data["phases"])
        return data


FULL_WIDTH_COLON = "\uff1a"
# What JavaScript's Number() reads as a number (after trimming spaces); anything else is NaN.
_JS_NUMBER = re.compile(
    r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?Infinity|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+"
)


def _js_number(text: str) -> float | None:
    """The number Mermaid reads in a score (it uses JavaScript's Number()); None for NaN."""
    text = re.sub(f"^{_JS_SPACE}+|{_JS_SPACE}+$", "", text)
    if text == "":
        return 0.0  # Number("") is 0
    if not _JS_NUMBER.fullmatch(text):
        return None
    if text[:2].lower() in ("0x", "0o", "0b"):
        return float(int(text, 0))
    return float(text)


def _emotion(value: float | None) -> int | None:
    """Mermaid's score as journeymd's -2..+2: rounded, and clamped to Mermaid's 1..5 face range."""
    if value is None:
        return None
    return math.floor(min(5.0, max(1.0, value)) + 0.5) - 3


def score_from_mermaid(written: str) -> int | None:
    """The emotion an import gives a Mermaid score as written ('7' gives +2), None for no number."""
    return _emotion(_js_number(written))


def _give_actors(step: dict[str, Any], ids: list[str], score: int | None, personas: list[str]) -> None:
    """The task's actors as the personas who take the step, each with the task's score.

    A task without actors is everyone's; it keeps ``x-mermaid-actors: []`` so that an export
    writes it without actors again.
    """
    if not personas:  # no personas: the score is the journey's one emotion line
        if score is not None:
            step["emotion"] = score
        return
    if score is not None:
        step["emotion"] = {actor: score for actor in ids or personas}
    if ids and set(ids) != set(personas):
        step["personas"] = list(dict.fromkeys(ids))
    if not ids:
        step["x-mermaid-actors"] = []


def _front_matter(lines: list[tuple[int, str]], path: str, warn: Any) -> str:
    """The title in Mermaid's front matter; a warning names the settings that are not imported."""
    try:
        data = yaml.safe_load("\n".join(raw for _, raw in lines))
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        if lines:
            warn(lines[0][0], 1, "the front matter is not YAML Mermaid reads; it is not imported", "mermaid-dropped")
        return ""
    dropped = [str(key) for key in data if key != "title"]
    if dropped:
        what = ", ".join(f"'{key}'" for key in dropped)
        warn(lines[0][0], 1, f"front matter {what} (Mermaid's settings) is not imported", "mermaid-dropped")
    title = data.get("title")
    return " ".join(str(title).split()) if title is not None else ""


def _cut(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut at a space near the end where there is one."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit * 0.8:
        head = head[:space]
    return head.rstrip() + "…"


def _with_name(item: dict[str, Any], name: str) -> dict[str, Any]:
    """``item`` with ``name``; a name too long for a label is cut, the full text kept in ``description``."""
    item["name"] = _cut(name, MAX_LABEL)
    if len(name) > MAX_LABEL:
        item["description"] = _cut(name, MAX_TEXT)
    return item


def _give_ids(phases: list[dict[str, Any]]) -> None:
    """An ``id`` for each step whose name gives the same id as an earlier step's (Mermaid allows
    the same task twice; a journey's step ids are unique)."""
    steps = [step for phase in phases for step in phase["steps"]]
    derived = step_ids(steps)
    taken = set(derived)
    used: set[str] = set()
    for step, step_id in zip(steps, derived, strict=True):
        if step_id in used:
            n = 2
            while f"{step_id}-{n}" in taken:
                n += 1
            step_id = f"{step_id}-{n}"
            taken.add(step_id)
            new = {"id": step_id, **step}
            step.clear()
            step.update(new)  # the id first, where a reader looks for it
        used.add(step_id)


def _actor_id(name: str, actors: dict[str, str], ids: dict[str, str], numbered_from: dict[str, int]) -> str:
    """The id of the actor ``name``: made from its name on first sight, numbered when another actor
    has that id. ``ids`` and ``numbered_from`` find it at once, however many actors a diagram has."""
    if name in ids:
        return ids[name]
    base = slugify(name, f"actor-{len(actors) + 1}")
    actor_id = base
    if actor_id in actors:
        n = numbered_from.get(base, 2)  # every lower number is taken already
        actor_id, n = f"{base}-{n}", n + 1
        while actor_id in actors:
            actor_id, n = f"{base}-{n}", n + 1
        numbered_from[base] = n
    actors[actor_id] = name
    ids[name] = actor_id
    return actor_id


def mermaid_to_yaml(text: str, path: str = "<mermaid>", actors_as: str = "personas") -> str:
    """Journey YAML text for a Mermaid journey diagram, with the schema modeline for editors."""
    return import_mermaid(text, path, actors_as)[0]


def import_mermaid(text: str, path: str = "<mermaid>", actors_as: str = "personas") -> tuple[str, list[Problem]]:
    """Journey YAML text for a Mermaid journey diagram, and warnings for what changed on the way."""
    data, warnings = read_mermaid(text, path, actors_as)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    source = " ".join(str(path).split())  # a file name must not end the comment line
    return (
        f"# Imported from {source} by journeymd.\n# yaml-language-server: $schema=./journey.schema.json\n{body}",
        warnings,
    )
