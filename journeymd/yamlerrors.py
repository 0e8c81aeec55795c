"""YAML syntax errors said as what to do: the parser's "mapping values are not allowed here" or
"did not find expected '-' indicator" mean nothing to someone who wrote a journey by hand.

The common slips (a ': ' inside text, bad indentation, a missing ': ' or '- ' space, a character
that cannot start text, an unclosed quote or bracket, a tab) get a message that says what to
write instead, at the line and column where the parser stopped. When the slip is one whose
correction is certain, the text is corrected in memory and parsed again, so one run reports the
slips further down too.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .problem import Problem

__all__ = ["syntax_problems"]

MAX_REPORTED = 20  # enough to fix a file in one go; a file this broken is better read from the top

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# A block line 'key: value' (after any '- '): its indentation and dashes, the key, and the value.
_KEY_LINE = re.compile(
    r"(?P<lead>[ ]*(?:-[ ]+)*)(?P<key>[^\s#'\"{\[\]},:-][^:#]*?|\"[^\"]*\"|'[^']*'):(?:[ ]+(?P<value>.*))?$"
)
_INDENT_ERRORS = ("did not find expected '-' indicator", "did not find expected key", "expected <block end>")


def syntax_problems(error: yaml.MarkedYAMLError, text: str, path: str) -> list[Problem]:
    """Every syntax slip that can be found, starting with ``error`` (the parser's first), each as
    a problem that says what to write."""
    problems: list[Problem] = []
    lines = text.split("\n")
    while True:
        (line, column), message, corrected = _explain(error, lines)
        problems.append(Problem(path, line, column, f"YAML: {message}", "yaml"))
        if corrected is None or len(problems) >= MAX_REPORTED:
            return problems
        lines = corrected
        try:
            for _ in yaml.parse("\n".join(lines), Loader=_Loader):
                pass
            return problems
        except yaml.MarkedYAMLError as following:
            mark = following.problem_mark or following.context_mark
            if mark is None or mark.line + 1 <= line:  # not further down: the correction was no help
                return problems
            error = following
        except yaml.YAMLError:
            return problems


def _explain(error: yaml.MarkedYAMLError, lines: list[str]) -> tuple[tuple[int, int], str, list[str] | None]:
    """Where to report ``error``, what to say, and the lines with the slip corrected (None when
    the correction is not certain)."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = error.problem or "syntax error"
    context = error.context or ""
    opened = error.context_mark
    row = lines[line - 1] if 0 < line <= len(lines) else ""
    char = row[column - 1] if 0 < column <= len(row) else ""
    if char == "\t":
        return (line, column), "a tab character here; YAML indents with spaces, not tabs", None
    if "quoted scalar" in context and opened is not None:
        quote = _at(lines, opened.line, opened.column)
        inner = '\\"' if quote == '"' else "''"
        message = f"the {quote} that opens this text is never closed: end the text with {quote}"
        message += f" (write {inner} for a {quote} inside it)"
        return (opened.line + 1, opened.column + 1), message, None
    if "flow sequence" in context or "flow mapping" in context:
        return (line, column), _unclosed(context, opened, lines), None
    if problem.startswith("block sequence entries are not allowed"):
        return (line, column), "a list item ('- ') starts a line of its own, below its key", None
    if problem.startswith("mapping values are not allowed"):
        return _colon_in_text(line, column, lines, problem)
    if problem == "could not find expected ':'" and opened is not None:
        return _missing_colon(opened.line, lines)
    if problem == "found character that cannot start any token" and char:
        found = _quote_value(lines, line - 1, column - 1)
        if found is not None:
            quoted, corrected = found
            message = f"'{char}' cannot start text in YAML; put this text in quotes: {quoted}"
            return (line, column), message, corrected
    if problem.startswith(_INDENT_ERRORS):
        dash = _dash_without_space(lines, opened.line if opened is not None else line - 1)
        if dash is not None:
            return dash
        return _indentation(line, column, lines)
    message = f"{problem} ({context})" if context else problem
    return (line, column), message, None


def _at(lines: list[str], line: int, column: int) -> str:
    """The character at 0-based ``line`` and ``column``, or ''."""
    row = lines[line] if 0 <= line < len(lines) else ""
    return row[column] if 0 <= column < len(row) else ""


def _unclosed(context: str, opened: Any, lines: list[str]) -> str:
    bracket, closing, what = ("[", "]", "list") if "sequence" in context else ("{", "}", "mapping")
    if opened is None:
        return f"a '{bracket}' is not closed: end the {what} with '{closing}'"
    where = f"line {opened.line + 1}, column {opened.column + 1}"
    message = f"the '{bracket}' at {where} is never closed: end the {what} with '{closing}'"
    rest = lines[opened.line][opened.column :] if opened.line < len(lines) else ""
    if " #" in rest:  # the rest of the line was read as a comment
        message += "; ' #' starts a comment, so put text with a '#' in quotes"
    elif rest.count('"') % 2 or rest.count("'") % 2:
        message += ", and close the quote inside it"
    return message


def _colon_in_text(
    line: int, column: int, lines: list[str], problem: str
) -> tuple[tuple[int, int], str, list[str] | None]:
    """'key: some: text' (the text needs quotes), or a key indented under the text above it."""
    row = lines[line - 1]
    match = _KEY_LINE.match(row)
    if match and match["value"] is not None and column - 1 > match.end("key"):
        found = _quote_value(lines, line - 1, match.start("value"))
        if found is not None:
            quoted, corrected = found
            return (line, column), f"a ': ' inside text starts a key; put this text in quotes: {quoted}", corrected
    if match and column - 1 == match.end("key") and not match["lead"].strip():
        # The first key on its line, deeper than the key above: it reads as more of that key's text.
        above = _previous(lines, line - 1)
        if above is not None:
            above_match = _KEY_LINE.match(lines[above])
            if above_match and above_match["value"]:
                key_column = above_match.start("key") + 1
                indent = len(match["lead"]) + 1
                if indent > key_column:
                    key = match["key"].strip()
                    message = (f"'{key}:' is indented deeper than '{above_match['key'].strip()}:' on line {above + 1}, "
                               f"so it reads as more of that text; put it at column {key_column}")  # fmt: skip
                    corrected = [*lines]
                    corrected[line - 1] = " " * (key_column - 1) + row.lstrip(" ")
                    return (line, indent), message, corrected
    return (line, column), f"{problem}; a ': ' inside text needs the text in quotes", None


def _missing_colon(line: int, lines: list[str]) -> tuple[tuple[int, int], str, list[str] | None]:
    """'title Shoes': a key without its ':' (0-based ``line``)."""
    row = lines[line] if line < len(lines) else ""
    stripped = row.lstrip(" ")
    lead = row[: len(row) - len(stripped)]
    dash = re.match(r"(-[ ]+)*", stripped)
    body = stripped[dash.end() if dash else 0 :]
    key, _, rest = body.partition(" ")
    if not key or ":" in body:
        return (line + 1, len(lead) + 1), "could not find the ':' that ends a key here (write 'key: value')", None
    written = f"{key}: {rest.strip()}" if rest.strip() else f"{key}:"
    corrected = [*lines]
    corrected[line] = lead + stripped[: len(stripped) - len(body)] + written
    return (line + 1, len(lead) + 1), f"'{body.strip()}' has no ':' after its key: write '{written}'", corrected


def _quote_value(lines: list[str], line: int, start: int) -> tuple[str, list[str]] | None:
    """The text from ``start`` in double quotes, as shown in the message, and all lines with that
    one corrected; None when the text is not a plain one-line value. Inside [...] or {...} the text
    ends at the next ',', ']' or '}'; elsewhere at the line's end or a comment (' #')."""
    row = lines[line]
    before = row[:start]
    in_flow = before.count("[") + before.count("{") > before.count("]") + before.count("}")
    if in_flow:
        end = next((i for i in range(start, len(row)) if row[i] in ",]}"), len(row))
        value, rest = row[start:end].rstrip(), row[start + len(row[start:end].rstrip()) :]
    else:
        value, hash_, comment = row[start:].partition(" #")
        value = value.rstrip()
        rest = hash_ + comment if hash_ else ""
    if not value or value[0] in "\"'[{|>" or (not in_flow and _continues(lines, line)):
        return None
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    corrected = [*lines]
    corrected[line] = before + quoted + rest
    shown = quoted if in_flow else before.lstrip(" ").removeprefix("- ").lstrip(" ") + quoted
    return shown, corrected


def _continues(lines: list[str], line: int) -> bool:
    """Whether the plain text on ``line`` goes on below (a deeper line that is no key)."""
    following = _next(lines, line)
    if following is None:
        return False
    indent = len(lines[line]) - len(lines[line].lstrip(" "))
    below = lines[following]
    return len(below) - len(below.lstrip(" ")) > indent and not _KEY_LINE.match(below)


def _dash_without_space(lines: list[str], line: int) -> tuple[tuple[int, int], str, list[str]] | None:
    """'-name: x': a list item without the space after '-' (0-based ``line``), read as a key."""
    for number in (line, line - 1):
        row = lines[number] if 0 <= number < len(lines) else ""
        match = re.match(r"([ ]*)-([^\s-].*)$", row)
        if match and ":" in match[2]:
            corrected = [*lines]
            corrected[number] = f"{match[1]}- {match[2]}"
            message = f"a list item needs a space after '-': write '- {match[2].strip()}'"
            return (number + 1, len(match[1]) + 1), message, corrected
    return None


def _indentation(line: int, column: int, lines: list[str]) -> tuple[tuple[int, int], str, list[str] | None]:
    """A line indented to a column where no list or mapping above goes on: say which columns would."""
    row = lines[line - 1] if line <= len(lines) else ""
    stripped = row.lstrip(" ")
    indent = len(row) - len(stripped) + 1
    is_item = stripped.startswith("- ") or stripped == "-"
    candidates: list[tuple[int, int, str]] = []  # column, 0-based line, what is there
    limit = 10**9  # the column of the last line taken: only a line further left encloses it
    above_number = _previous(lines, line - 1)
    while above_number is not None and limit > 1:
        number, above_number = above_number, _previous(lines, above_number)
        above = lines[number]
        start = len(above) - len(above.lstrip(" ")) + 1
        if start >= limit:
            continue
        limit = start
        dashes = re.match(r"(?:-[ ]+)+", above[start - 1 :])
        if dashes:
            candidates.append((start, number, "the list item"))
        key = _KEY_LINE.match(above)
        if key:
            candidates.append((key.start("key") + 1, number, f"'{key['key'].strip()}:'"))
    fitting = [c for c in candidates if (c[2] == "the list item") == is_item] or candidates
    if not row.strip() or not fitting:
        return (line, column), "bad indentation: this line does not line up with the lines above", None
    fitting.sort(key=lambda c: (abs(c[0] - indent), -c[1]))
    best = fitting[0]
    token = "'-'" if is_item else f"'{stripped.split(':')[0].strip() or stripped[:1]}'"
    message = (f"bad indentation: {token} starts at column {indent}; put it at column {best[0]}, in line with "
               f"{best[2]} on line {best[1] + 1}")  # fmt: skip
    others = [c for c in fitting[1:] if c[0] != best[0] and abs(c[0] - indent) == abs(best[0] - indent)]
    if others:
        message += f", or at column {others[0][0]}, with {others[0][2]} on line {others[0][1] + 1}"
    message += " (the keys of one mapping, and the items of one list, start in one column)"
    corrected = [*lines]
    corrected[line - 1] = " " * (best[0] - 1) + stripped
    return (line, indent), message, corrected


def _previous(lines: list[str], line: int) -> int | None:
    """The 0-based number of the nearest line above ``line`` that holds more than a comment."""
    for number in range(line - 1, -1, -1):
        if lines[number].strip() and not lines[number].lstrip().startswith("#"):
            return number
    return None


def _next(lines: list[str], line: int) -> int | None:
    for number in range(line + 1, len(lines)):
        if lines[number].strip() and not lines[number].lstrip().startswith("#"):
            return number
    return None
