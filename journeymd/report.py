"""Problems as text for people, JSON for tools, and GitHub Actions annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .problems import Problem

__all__ = ["FORMATS", "format_problems"]

FORMATS = ("text", "json", "github")


def _github_escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_problems(problems: Sequence[Problem], fmt: str = "text", show_rule: bool = False) -> str:
    """Render problems in one of FORMATS; the result ends with a newline unless empty.

    ``show_rule`` adds severity and rule id to text lines, as lint output needs."""
    if fmt == "json":
        items = [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "severity": p.severity,
                "code": p.code,
                "message": p.message,
            }
            for p in problems
        ]
        return json.dumps(items, indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        lines = [
            f"::{'error' if p.severity == 'error' else 'warning' if p.severity == 'warning' else 'notice'} "
            f"file={_github_escape(p.path, True)},line={p.line},col={p.column},"
            f"title={_github_escape('journeymd ' + p.code, True)}::{_github_escape(p.message)}"
            for p in problems
        ]
        return "".join(line + "\n" for line in lines)
    if show_rule:
        return "".join(f"{p.path}:{p.line}:{p.column}: {p.severity}: {p.message} [{p.code}]\n" for p in problems)
    return "".join(f"{p}\n" for p in problems)
