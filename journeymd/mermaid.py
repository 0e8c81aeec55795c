"""Read a Mermaid `journey` diagram into journey YAML, for teams that start from Mermaid."""

from __future__ import annotations

import re
from typing import Any

import yaml

from .export import WORD_JOINER
from .problems import JourneyError, Problem
from .slug import slugify, step_ids
from .validate import MAX_PERSONAS, MAX_STEPS, schema

__all__ = ["mermaid_to_yaml", "parse_mermaid"]

_TASK = re.compile(r"^(?P<name>[^:]+?)\s*:\s*(?P<score>[^:]*?)\s*(?::\s*(?P<actors>.*))?$")
# Mermaid reads a score with JavaScript's Number(): '3', '03', '+3' and '3.0' are all 3.
_SCORE = re.compile(r"\+?[0-9]+(?:\.[0-9]*)?")
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
    and a name longer than a label may be is cut, with the full text in the description.
    """
    problems: list[Problem] = []
    title = ""
    accessible = ""  # the first accTitle or accDescr, for the journey's description
    phases: list[dict[str, Any]] = []
    actors: dict[str, str] = {}  # id -> name, in order of appearance
    actor_ids: dict[str, str] = {}  # name -> id
    numbered_from: dict[str, int] = {}  # a slug -> the number to try first for the next actor with it
    seen_header = False
    steps = 0
    numbered = list(enumerate(text.removeprefix("\ufeff").splitlines(), 1))
    if numbered and numbered[0][1].strip() == "---":  # front matter (Mermaid's settings) up to the next '---'
        end = next((i for i, (_, raw) in enumerate(numbered[1:], 1) if raw.strip() == "---"), None)
        if end is not None:
            numbered = numbered[end + 1 :]
    lines = iter(numbered)
    for number, raw in lines:
        line = raw.strip()
        column = len(raw) - len(raw.lstrip()) + 1
        # Comments and directives: '%%', and for Mermaid's lexer also a lone '%' or '#'.
        if not line or (line.startswith(("#", "%")) and not line.startswith("%{")):
            continue
        if not seen_header:
            if not re.match(r"journey\b", line):
                problems.append(Problem(path, number, column, "a Mermaid journey diagram starts with 'journey'"))
                break
            seen_header = True
            rest = line[len("journey") :]
            line = rest.lstrip()  # Mermaid reads a statement on the header's line too
            column += len("journey") + len(rest) - len(line)
            if not line:
                continue
        statement = _STATEMENT.match(line)
        if statement and statement["sign"] == "{":
            body = line[statement.end() :]
            while "}" not in body:  # accDescr { ... } runs up to its closing brace
                following = next(lines, None)
                if following is None:
                    break
                body += "\n" + following[1]
            accessible = accessible or " ".join(body.partition("}")[0].split())
            continue
        if statement and statement["acc"]:
            accessible = accessible or line[statement.end() :].strip()
            continue
        line = line.partition("#")[0].rstrip()  # outside accessibility texts, '#' starts a comment
        if statement and statement["keyword"].lower() == "title":
            title = line[statement.end() :].strip()
            continue
        if statement:
            phases.append(_with_name({}, line[statement.end() :].strip() or f"Section {len(phases) + 1}"))
            phases[-1]["steps"] = []
            continue
        match = _TASK.match(line)
        if match is None:
            problems.append(Problem(path, number, column, f"expected 'Task: score: actors', got '{line[:40]}'"))
            continue
        score = _score(match["score"])
        if score is None:
            where = column + line.index(":") + 1
            problems.append(Problem(path, number, where, f"score must be 1 to 5, got '{match['score']}'"))
            continue
        if not phases:
            phases.append({"name": "Journey", "steps": []})
        # The export puts a word joiner before a name that starts with a keyword.
        step = _with_name({}, match["name"].strip().removeprefix(WORD_JOINER).strip())
        names = [a.strip() for a in (match["actors"] or "").split(",") if a.strip()]
        known_actors = len(actors)
        ids = [_actor_id(name, actors, actor_ids, numbered_from) for name in names]
        if actors_as != "departments" and known_actors <= MAX_PERSONAS < len(actors):
            message = (
                f"a journey has at most {MAX_PERSONAS} personas; import the actors as departments "
                "(--actors departments) or split the diagram into several"
            )
            problems.append(Problem(path, number, column, message))
        if actors_as == "departments":
            step["emotion"] = score
            if ids:
                step["departments"] = ids
        else:
            step["emotion"] = {actor: score for actor in ids} if ids else score
        phases[-1]["steps"].append(step)
        steps += 1
        if steps == MAX_STEPS + 1:
            message = f"a journey has at most {MAX_STEPS:,} steps; split the diagram into several"
            problems.append(Problem(path, number, column, message))
    if not seen_header and not problems:
        problems.append(Problem(path, 1, 1, "the file is empty; a Mermaid journey diagram starts with 'journey'"))
    if problems:
        raise JourneyError(problems)
    data: dict[str, Any] = {"journeymd": 1}
    if title:  # 'title' with nothing after it is no title; the schema wants one character at least
        data["title"] = _cut(title, MAX_LABEL)
    described = [part for part in (title if len(title) > MAX_LABEL else "", accessible) if part]
    if described:
        data["description"] = _cut("\n\n".join(described), MAX_TEXT)
    if actors:
        if actors_as == "departments":  # a department has no description to keep a long name in
            data["departments"] = [{"id": actor, "name": _cut(name, MAX_LABEL)} for actor, name in actors.items()]
        else:
            data["personas"] = [_with_name({"id": actor}, name) for actor, name in actors.items()]
    data["phases"] = phases or [{"name": "Journey", "steps": []}]
    _give_ids(data["phases"])
    return data


def _score(text: str) -> int | None:
    """Mermaid's 1..5 as journeymd's -2..+2; None for anything else."""
    if not _SCORE.fullmatch(text):
        return None
    value = float(text)
    return int(value) - 3 if value.is_integer() and 1 <= value <= 5 else None


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
    data = parse_mermaid(text, path, actors_as)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    source = " ".join(str(path).split())  # a file name must not end the comment line
    return f"# Imported from {source} by journeymd.\n# yaml-language-server: $schema=./journey.schema.json\n{body}"
