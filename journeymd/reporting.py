"""Problems as text for people, JSON for tools, GitHub Actions annotations, and GitLab code quality."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from .problem import Problem

__all__ = ["FORMATS", "format_problems", "printable"]

FORMATS = ("text", "json", "github", "gitlab")


# Control characters from a file (in a key, a path or a quoted value) would reach the terminal as
# commands (a new window title, a cleared screen) or fake a problem line; a bidirectional override
# (U+202E) would show a name reversed, 'map\u202egpj.svg' as 'mapgvs.jpg'; a file name's bytes
# that are not UTF-8 could not be printed at all. They print as escapes.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` (a problem, a file name) safe to print on a terminal, unprintable characters escaped."""
    return _CONTROL.sub(_escape, text)


# GitLab's code quality report (the Code Climate format) grades issues; a merge request shows them.
_GITLAB_SEVERITY = {"error": "major", "warning": "minor"}


def _code_quality(problem: Problem) -> dict[str, object]:
    import hashlib

    where = f"{problem.path}:{problem.line}:{problem.column}:{problem.code}:{problem.message}"
    return {
        "description": problem.message,
        "check_name": f"journeymd {problem.code}",
        # The same problem keeps its fingerprint from one pipeline to the next, so GitLab can tell
        # which are new in a merge request.
        "fingerprint": hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest(),
        "severity": _GITLAB_SEVERITY.get(problem.severity, "info"),
        "location": {"path": problem.path, "lines": {"begin": problem.line}},
    }


def _github_escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    text = printable(text)
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
    if fmt == "gitlab":
        return json.dumps([_code_quality(p) for p in problems], indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        lines = [
            f"::{'error' if p.severity == 'error' else 'warning' if p.severity == 'warning' else 'notice'} "
            f"file={_github_escape(p.path, True)},line={p.line},col={p.column},"
            f"title={_github_escape('journeymd ' + p.code, True)}::{_github_escape(p.message)}"
            for p in problems
        ]
        return "".join(line + "\n" for line in lines)
    if show_rule:
        lines = [f"{p.path}:{p.line}:{p.column}: {p.severity}: {p.message} [{p.code}]" for p in problems]
    else:
        lines = [str(p) for p in problems]
    return "".join(printable(line) + "\n" for line in lines)
