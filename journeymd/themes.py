"""Themes: named colour and font roles, read from YAML, with `extends:` for user themes."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._data import read_text as read_data
from ._record import Record, dataclass
from .loader import YMap, parse_yaml, read_text
from .problem import JourneyError, Problem, did_you_mean

__all__ = ["BUILTIN", "Theme", "blend", "contrast", "load_theme", "theme_yaml"]

BUILTIN = ("default", "dark", "high-contrast", "print")
# Both patterns are matched with fullmatch: '$' would let a final line break through ("#fff\n").
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_LIST_ROLES = ("phases", "personas")
# A CSS font-family list: names, bare or in matching quotes, separated by commas; nothing that
# could end a string, the rule, the stylesheet or the element around it.
_FAMILY = r"(?:[\w-]+(?: [\w-]+)*|'[\w .-]+'|\"[\w .-]+\")"
_FONT = re.compile(rf"{_FAMILY}(?:, ?{_FAMILY})*")


@dataclass(frozen=True, eq=False, repr=False)
class Theme(Record):
    """Colours and font of a map, resolved from a built-in or user theme file."""

    name: str
    font: str
    colors: Mapping[str, Any]  # role -> "#rrggbb", or a list of them for phases/personas

    def __getitem__(self, role: str) -> Any:
        return self.colors[role]


def _read(name_or_path: str) -> tuple[YMap, str]:
    if name_or_path in BUILTIN:
        source = f"theme '{name_or_path}'"
        text = read_data(f"themes/{name_or_path}.yaml")
    elif Path(name_or_path).suffix in (".yaml", ".yml"):
        source = name_or_path
        text = read_text(name_or_path)
    else:
        raise JourneyError(
            [
                Problem(
                    name_or_path,
                    1,
                    1,
                    f"unknown theme '{name_or_path}'{did_you_mean(name_or_path, BUILTIN)}; "
                    f"use one of {', '.join(BUILTIN)}, auto, or a .yaml theme file",
                    "theme",
                )
            ]
        )
    data = parse_yaml(text, source)
    if not isinstance(data, YMap):
        raise JourneyError([Problem(source, 1, 1, "a theme file must be a mapping with 'colors:'", "theme")])
    return data, source


MAX_EXTENDS = 8  # a theme extending a theme ... this deep is a mistake, not a design


def load_theme(name_or_path: str = "default") -> Theme:
    """A built-in theme by name, or a YAML theme file, which extends ``default`` unless it names
    another theme with ``extends:``. A theme file is always checked against the built-in roles,
    so a font or colour can never break out of the stylesheet it is written into."""
    chain: list[tuple[YMap, str]] = []
    seen: list[str] = []
    current: str | None = name_or_path
    while current is not None:
        key = current if current in BUILTIN else str(Path(current).resolve())
        if key in seen:
            raise JourneyError(
                [Problem(chain[-1][1], 1, 1, f"themes extend each other in a loop at '{current}'", "theme")]
            )
        if len(chain) > MAX_EXTENDS:
            message = f"themes extend each other more than {MAX_EXTENDS} deep at '{current}'"
            raise JourneyError([Problem(chain[-1][1], 1, 1, message, "theme")])
        seen.append(key)
        data, source = _read(current) if not chain else _read_parent(current, *chain[-1])
        chain.append((data, source))
        builtin = current in BUILTIN
        parent = data.get("extends")
        if "extends" in data and not (isinstance(parent, str) and parent.strip()):
            raise JourneyError([Problem(source, *data.value_pos["extends"], "'extends' must name a theme", "theme")])
        if parent and parent not in BUILTIN and not Path(parent).is_absolute() and not builtin:
            parent = str(Path(source).parent / parent)
        current = parent or (None if builtin else "default")
    base = chain[-1][0]
    colors: dict[str, Any] = dict(base.get("colors", {}))
    font = base.get("font", "sans-serif")
    problems = []
    for data, source in reversed(chain[:-1]):
        found = _check(data, source, colors)
        problems.extend(found)
        if not found:
            colors.update(data.get("colors") or {})
            font = data.get("font", font)
    if problems:
        raise JourneyError(problems)
    for role in _LIST_ROLES:
        colors[role] = _cycled(list(colors[role]), len(base["colors"][role]))
    return Theme(name=str(chain[0][0].get("name", name_or_path)), font=str(font), colors=colors)


def _cycled(values: list[str], length: int) -> list[str]:
    """``values`` repeated up to ``length``: the map numbers phases and personas up to the length
    of the built-in lists, and a class without a colour would be painted black."""
    return [values[i % len(values)] for i in range(max(length, len(values)))]


def theme_yaml(theme: Theme, source: str) -> str:
    """The theme with every role resolved, as a theme file that needs no other."""
    lines = [
        f"# {' '.join(source.split())}, every role resolved (lists repeat to as many as a map uses)",
        f"name: {json.dumps(theme.name, ensure_ascii=False)}",  # a JSON string is a YAML string too
        f"font: {json.dumps(theme.font, ensure_ascii=False)}",
        "colors:",
    ]
    for role, value in theme.colors.items():
        shown = "[" + ", ".join(f'"{v}"' for v in value) + "]" if isinstance(value, list) else f'"{value}"'
        lines.append(f"  {role}: {shown}")
    return "\n".join(lines) + "\n"


def _read_parent(name: str, child: YMap, child_source: str) -> tuple[YMap, str]:
    """The theme that ``child`` extends; a problem with it is reported at the child's 'extends:'."""
    if "extends" not in child:
        return _read(name)  # default, which every theme file builds on unless it names another
    written = child["extends"]
    if written == "auto":
        message = "'extends: auto' names no theme: extend default or dark (auto pairs them when rendering)"
        raise JourneyError([Problem(child_source, *child.value_pos["extends"], message, "theme")])
    try:
        return _read(name)
    except JourneyError as error:
        if not any(p.path == name for p in error.problems):
            raise  # a problem inside the parent itself, reported where it is
        reason = error.problems[0].message
        message = f"cannot extend '{written}': {reason}"
        raise JourneyError([Problem(child_source, *child.value_pos["extends"], message, "theme")]) from None


def _check(data: YMap, source: str, known: Mapping[str, Any]) -> list[Problem]:
    problems = []
    for key in data:
        if key not in ("name", "extends", "font", "colors", "description") and not key.startswith("x-"):
            message = f"unknown theme key '{key}'{did_you_mean(key, ['name', 'extends', 'font', 'colors'])}"
            problems.append(Problem(source, *data.key_pos[key], message, "theme"))
    font = data.get("font")
    if "font" in data and not (isinstance(font, str) and _FONT.fullmatch(font)):
        message = "'font' must be a CSS font list such as \"'DejaVu Sans', Verdana, sans-serif\""
        problems.append(Problem(source, *data.value_pos["font"], message, "theme"))
    colors = data.get("colors")
    if "colors" not in data:
        return problems
    if not isinstance(colors, YMap):
        return [*problems, Problem(source, *data.value_pos["colors"], "'colors' must be a mapping of roles", "theme")]
    for role, value in colors.items():
        if role not in known:
            message = f"unknown colour role '{role}'{did_you_mean(role, known)}"
            problems.append(Problem(source, *colors.key_pos[role], message, "theme"))
            continue
        values = value if role in _LIST_ROLES and isinstance(value, list) else [value]
        if (role in _LIST_ROLES and not isinstance(value, list)) or not values:
            problems.append(Problem(source, *colors.value_pos[role], f"'{role}' must be a list of colours", "theme"))
        elif not all(isinstance(v, str) and _HEX.fullmatch(v) for v in values):
            problems.append(
                Problem(source, *colors.value_pos[role], f"'{role}' must be a colour like \"#1f2933\"", "theme")
            )
    return problems


def _rgb(color: str) -> tuple[int, int, int]:
    hex_digits = color.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    red, green, blue = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return red, green, blue


def blend(color: str, towards: str, share: float) -> str:
    """``color`` moved ``share`` (0 to 1) of the way to ``towards``, as ``#rrggbb``."""
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(_rgb(color), _rgb(towards), strict=True))


def _luminance(color: str) -> float:
    channels = [c / 255 for c in _rgb(color)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
