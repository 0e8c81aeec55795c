"""Journey-level checks no schema can express: one small module per rule, in ``rules/``, and
checks across the journeys linted together (broken links, personas defined twice, …) in
``rules_across/``.

Each rule module has ``ID``, ``DESCRIPTION`` (one line), ``SEVERITY`` (the default) and
``check(journey)``, which yields ``(position, message)`` pairs; a rule with settings of its own
has ``OPTIONS`` (each setting's default, set by ``lint: {options: {rule-id: {setting: value}}}``)
and takes them as keyword arguments (``max-share`` as ``max_share``); a rule
across journeys has ``check(repository)`` (see ``repository.py``), which yields ``(path, position,
message)``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from ..model import Journey
from ..problem import Problem
from ..types import Severity

__all__ = ["LintConfig", "Rule", "all_rules", "lint", "lint_across", "rules_markdown", "summary"]


@dataclass(frozen=True)
class Rule:
    """A lint rule: its id, what it checks and why, and its default severity."""

    id: str
    description: str
    severity: Severity
    module: ModuleType
    why: str = ""
    across: bool = False  # a rule across the journeys linted together


@dataclass(frozen=True)
class LintConfig:
    """Which rules run and how severe they are; from the command line, pyproject.toml or .journeymd.yaml."""

    select: tuple[str, ...] = ()  # empty: all rules
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, float]] = field(default_factory=dict)  # rule id -> its OPTIONS set

    def merged(self, other: LintConfig) -> LintConfig:
        return LintConfig(
            select=other.select or self.select,
            ignore=(*self.ignore, *other.ignore),
            severity={**self.severity, **other.severity},
            options={**self.options, **other.options},
        )


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule, in id order."""
    found = []
    for folder, across in (("rules", False), ("rules_across", True)):
        package = importlib.import_module(f"{__name__}.{folder}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            doc = (module.__doc__ or "").strip()
            found.append(Rule(module.ID, module.DESCRIPTION, module.SEVERITY, module, doc, across))
    return tuple(sorted(found, key=lambda rule: rule.id))


def _active(config: LintConfig, file_ignores: Iterable[str]) -> Iterator[Rule]:
    ignored = {*config.ignore, *file_ignores}
    for rule in all_rules():
        if config.select and rule.id not in config.select:
            continue
        if rule.id in ignored or config.severity.get(rule.id) == "off":
            continue
        yield rule


def lint(journey: Journey, config: LintConfig | None = None, file_ignores: Iterable[str] = ()) -> list[Problem]:
    """Problems the rules find in a valid journey, sorted by position."""
    config = config or LintConfig()
    found = []
    for rule in _active(config, file_ignores):
        if rule.across:
            continue
        # A rule switched "off" does not run: what is left is a severity.
        severity = cast("Severity", config.severity.get(rule.id, rule.severity))
        # A rule with settings (OPTIONS: its defaults) takes them as keywords, 'max-share' as max_share.
        options = {key.replace("-", "_"): value for key, value in config.options.get(rule.id, {}).items()}
        for (line, column), message in rule.module.check(journey, **options):
            found.append(Problem(journey.source, line, column, message, rule.id, severity))
    return sorted(found)


def lint_across(
    journeys: Sequence[Journey],
    config: LintConfig | None = None,
    ignores_for: Callable[[Path], Iterable[str]] = lambda path: (),
    whole: bool = True,
) -> list[Problem]:
    """Problems the rules across journeys find in valid journeys linted together, sorted by
    position. ``whole``: the journeys are a whole folder (what no journey uses is told only then);
    ``ignores_for`` gives the rules a file switches off (per-file ignores), for each file a problem
    is in."""
    config = config or LintConfig()
    rules = [rule for rule in _active(config, ()) if rule.across]
    if not rules or not journeys:
        return []
    from .repository import build_repository

    repository = build_repository(journeys, whole)
    found = []
    for rule in rules:
        severity = cast("Severity", config.severity.get(rule.id, rule.severity))
        for path, (line, column), message in rule.module.check(repository):
            if rule.id not in ignores_for(Path(path)):
                found.append(Problem(path, line, column, message, rule.id, severity))
    return sorted(found)


def summary(problems: Sequence[Problem], files: int, journeys: int) -> dict[str, Any]:
    """The figures of a lint over many files: files and journeys checked, problems by severity and
    by rule (most first)."""
    by_rule: dict[str, int] = {}
    for problem in problems:
        by_rule[problem.code] = by_rule.get(problem.code, 0) + 1
    return {
        "files": files,
        "journeys": journeys,
        "errors": sum(1 for p in problems if p.severity == "error"),
        "warnings": sum(1 for p in problems if p.severity == "warning"),
        "infos": sum(1 for p in problems if p.severity == "info"),
        "by_rule": dict(sorted(by_rule.items(), key=lambda item: (-item[1], item[0]))),
    }


def rules_markdown() -> str:
    """The rule reference (docs/lint-rules.md), generated from the rule modules."""
    out = [
        "# Lint rules",
        "",
        "Generated from `journeymd/lint/rules/` and `journeymd/lint/rules_across/` — do not edit; run "
        "`JOURNEYMD_ACCEPT=1 pytest tests/test_lint.py`.",
        "",
        "Rules *across journeys* look at the journeys linted together (`journeymd lint journeys/`, or",
        "several files): links between them, and what they share. Select, ignore and set their severity",
        "as any other rule's.",
        "",
        "| rule | default | what it finds |",
        "|---|---|---|",
    ]
    out += [
        f"| `{r.id}` | {r.severity} | {'*Across journeys.* ' if r.across else ''}{r.description} |" for r in all_rules()
    ]
    for rule in all_rules():
        out += ["", f"## `{rule.id}`", "", f"{'*Across journeys.* ' if rule.across else ''}{rule.description}", ""]
        if rule.why:
            out += [rule.why, ""]
    return "\n".join(out).rstrip() + "\n"
