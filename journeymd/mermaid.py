"""Read a Mermaid `journey` diagram into journey YAML, for teams that start from Mermaid."""

from __future__ import annotations

import re
from typing import Any

import yaml

from .problems import JourneyError, Problem
from .slug import slugify

__all__ = ["mermaid_to_yaml", "parse_mermaid"]

_TASK = re.compile(r"^(?P<name>[^:]+?)\s*:\s*(?P<score>[^:]*?)\s*(?::\s*(?P<actors>.*))?$")


def parse_mermaid(text: str, path: str = "<mermaid>", actors_as: str = "personas") -> dict[str, Any]:
    """Journey data from Mermaid journey syntax; actors become personas (default) or departments."""
    problems: list[Problem] = []
    data: dict[str, Any] = {"journeymd": 1}
    phases: list[dict[str, Any]] = []
    actors: dict[str, str] = {}  # id -> name, in order of appearance
    seen_header = False
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), 1):
        line = raw.strip()
        column = len(raw) - len(raw.lstrip()) + 1
        if not line or line.startswith("%%"):
            continue
        if not seen_header:
            if line.split()[0] != "journey":
                problems.append(Problem(path, number, column, "a Mermaid journey diagram starts with 'journey'"))
                break
            seen_header = True
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "title":
            data["title"] = rest.strip()
        elif keyword in ("accTitle:", "accDescr:"):
            data.setdefault("description", rest.strip())
        elif keyword == "section":
            phases.append({"name": rest.strip() or f"Section {len(phases) + 1}", "steps": []})
        else:
            match = _TASK.match(line)
            if match is None:
                problems.append(Problem(path, number, column, f"expected 'Task: score: actors', got '{line[:40]}'"))
                continue
            score_text = match["score"]
            if not re.fullmatch(r"[1-5]", score_text or ""):
                where = column + raw.lstrip().index(":") + 1
                problems.append(Problem(path, number, where, f"score must be 1 to 5, got '{score_text}'"))
                continue
            if not phases:
                phases.append({"name": "Journey", "steps": []})
            step: dict[str, Any] = {"name": match["name"].strip()}
            names = [a.strip() for a in (match["actors"] or "").split(",") if a.strip()]
            ids = [_actor_id(name, actors) for name in names]
            score = int(score_text) - 3
            if actors_as == "departments":
                step["emotion"] = score
                if ids:
                    step["departments"] = ids
            else:
                step["emotion"] = {actor: score for actor in ids} if ids else score
            phases[-1]["steps"].append(step)
    if not seen_header and not problems:
        problems.append(Problem(path, 1, 1, "the file is empty; a Mermaid journey diagram starts with 'journey'"))
    if problems:
        raise JourneyError(problems)
    if actors:
        key = "departments" if actors_as == "departments" else "personas"
        data[key] = [{"id": actor_id, "name": name} for actor_id, name in actors.items()]
    data["phases"] = phases or [{"name": "Journey", "steps": []}]
    return data


def _actor_id(name: str, actors: dict[str, str]) -> str:
    for actor_id, known in actors.items():
        if known == name:
            return actor_id
    base = slugify(name, f"actor-{len(actors) + 1}")
    actor_id, n = base, 2
    while actor_id in actors:
        actor_id, n = f"{base}-{n}", n + 1
    actors[actor_id] = name
    return actor_id


def mermaid_to_yaml(text: str, path: str = "<mermaid>", actors_as: str = "personas") -> str:
    """Journey YAML text for a Mermaid journey diagram, with the schema modeline for editors."""
    data = parse_mermaid(text, path, actors_as)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    source = " ".join(str(path).split())  # a file name must not end the comment line
    return f"# Imported from {source} by journeymd.\n# yaml-language-server: $schema=./journey.schema.json\n{body}"
