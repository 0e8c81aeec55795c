"""Project settings: `[tool.journeymd.lint]` and `[tool.journeymd.render]` in pyproject.toml, or the
`lint:` and `render:` sections of `.journeymd.yaml`."""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._record import Record, dataclass
from .loader import parse_yaml, read_text
from .page import PageError, parse_page
from .problem import JourneyError, did_you_mean
from .types import SEVERITIES as PROBLEM_SEVERITIES

if TYPE_CHECKING:
    from .lint import LintConfig

__all__ = ["ConfigError", "ProjectConfig", "find_config", "load_config"]

SEVERITIES = (*PROBLEM_SEVERITIES, "off")  # a rule's severity, or off


class ConfigError(ValueError):
    """The settings file is wrong; the message names the file and the setting."""


@dataclass(frozen=True, eq=False, repr=False)
class ProjectConfig(Record):
    """The project's journeymd settings and the file they came from."""

    # None: no lint settings. The lint package loads only where lint settings are read: a render
    # reads only the render section, and importing lint cost it 4 ms of a 50-step map's 130.
    lint: LintConfig | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: Path = Path(".")
    source: str = ""
    page: str = ""  # render: the page size maps are fitted to, as --page takes it
    orientation: str = ""
    # render: where the maps of the journeys below ``inputs`` go, mirrored into ``output`` (both
    # relative to the settings file), and in which formats; read by `render`, `--check` and so the
    # pre-commit hooks, so that they and CI agree on where each map belongs.
    inputs: tuple[str, ...] = ()
    output: str = ""
    formats: str = ""
    # render: data files merged over the journeys' figures, relative to the settings file; in one
    # that holds '{journey}' the journey file's name ('analytics/{journey}.csv'), skipped when absent.
    data: tuple[str, ...] = ()

    def data_for(self, source: Path, name: str) -> tuple[str, ...]:
        """The data files ``render.data`` names for the journey ``source`` (named ``name``)."""
        from .images import repository_root

        found = []
        for pattern in self.data:
            path = self.root / pattern.replace("{journey}", name)
            if "{journey}" not in pattern or path.is_file():
                # A cloned repository's settings must not make CI read (and quote) files outside it.
                real, inside = path.resolve(), repository_root(self.root)
                if real != inside and inside not in real.parents:
                    raise ConfigError(
                        f"{self.source}: render data '{pattern}' is outside the repository ({inside}); "
                        "data files are read only from inside it"
                    )
                found.append(str(path))
        return tuple(found)

    def ignores_for(self, path: Path) -> tuple[str, ...]:
        """Rules switched off for ``path`` by a per-file pattern (relative to the settings file)."""
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()
        found: list[str] = []
        for pattern, rules in self.per_file_ignores:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern):
                found += rules
        return tuple(found)


def _rule_ids(values: Any, where: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ConfigError(f"{where} must be a list of rule ids")
    from .lint import all_rules  # with tomllib below, about 5 ms that a render without lint settings skips

    known = [rule.id for rule in all_rules()]
    for value in values:
        if value not in known:
            raise ConfigError(f"{where}: unknown rule '{value}'{did_you_mean(value, known)}")
    return tuple(values)


def _rule_options(options: Any, source: str) -> dict[str, dict[str, float]]:
    """``options: {rule-id: {setting: number}}``: each a setting the rule has (its OPTIONS)."""
    if not isinstance(options, dict):
        raise ConfigError(f"{source}: 'options' must map rule ids to their settings")
    from .lint import all_rules

    rules = {rule.id: getattr(rule.module, "OPTIONS", {}) for rule in all_rules()}
    _rule_ids(list(options), f"{source}: options")
    for rule, settings in options.items():
        if not rules[rule]:
            raise ConfigError(f"{source}: options: rule '{rule}' has no settings")
        if not isinstance(settings, dict):
            raise ConfigError(f"{source}: options of '{rule}' must map settings to numbers")
        for key, value in settings.items():
            if key not in rules[rule]:
                raise ConfigError(
                    f"{source}: options of '{rule}': unknown setting '{key}'{did_you_mean(key, rules[rule])}"
                )
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ConfigError(f"{source}: options of '{rule}': '{key}' must be a number, not {value!r}")
    return {rule: dict(settings) for rule, settings in options.items()}


def _parse(section: dict[str, Any], source: str, root: Path) -> ProjectConfig:
    allowed = ("select", "ignore", "severity", "per-file-ignores", "max-data-age-days", "options")
    for key in section:
        if key not in allowed:
            raise ConfigError(f"{source}: unknown lint setting '{key}'{did_you_mean(key, allowed)}")
    severity = section.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{source}: 'severity' must map rule ids to {', '.join(SEVERITIES)}")
    _rule_ids(list(severity), f"{source}: severity")
    # YAML 1.1 reads a bare `off` as false.
    severity = {rule: "off" if level is False else level for rule, level in severity.items()}
    for rule, level in severity.items():
        if level not in SEVERITIES:
            raise ConfigError(f"{source}: severity of '{rule}' must be one of {', '.join(SEVERITIES)}, not '{level}'")
    per_file = section.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{source}: 'per-file-ignores' must map file patterns to lists of rule ids")
    options = _rule_options(section.get("options", {}), source)
    if "max-data-age-days" in section:  # the shorthand of the option of rule stale-data
        age = section["max-data-age-days"]
        if isinstance(age, bool) or not isinstance(age, int) or age < 1:
            raise ConfigError(f"{source}: max-data-age-days must be a whole number of days, such as 90")
        options["stale-data"] = {"max-data-age-days": age, **options.get("stale-data", {})}
    return ProjectConfig(
        lint=_lint_config(
            select=_rule_ids(section.get("select", []), f"{source}: select"),
            ignore=_rule_ids(section.get("ignore", []), f"{source}: ignore"),
            severity=dict(severity),
            options=options,
        ),
        per_file_ignores=tuple(
            (str(pattern), _rule_ids(rules, f"{source}: per-file-ignores '{pattern}'"))
            for pattern, rules in per_file.items()
        ),
        root=root,
        source=source,
    )


def load_config(path: Path) -> ProjectConfig:
    """Read a settings file: a pyproject.toml or a .journeymd.yaml."""
    if path.name == "pyproject.toml":
        if sys.version_info >= (3, 11):
            import tomllib  # about 3 ms, for a pyproject.toml only
        else:  # pragma: no cover
            import tomli as tomllib
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
        tool = data.get("tool", {})
        section = tool.get("journeymd", {}) if isinstance(tool, dict) else {}
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: [tool.journeymd] must be a table with a 'lint' table")
    else:
        try:
            data = parse_yaml(read_text(path), str(path)) or {}
        except JourneyError as error:
            raise ConfigError(str(error)) from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: settings must be a mapping with a 'lint:' section")
        section = data
    unknown = [key for key in section if key not in ("lint", "render")]
    if unknown:
        raise ConfigError(f"{path}: unknown section '{unknown[0]}'{did_you_mean(unknown[0], ['lint', 'render'])}")
    lint_section = section.get("lint", {})
    if not isinstance(lint_section, dict):
        raise ConfigError(f"{path}: 'lint' must be a table of settings")
    config = _parse(lint_section, str(path), path.parent)
    render = _render_settings(section.get("render", {}), str(path))
    inputs = section.get("render", {}).get("input", []) if isinstance(section.get("render"), dict) else []
    data = section.get("render", {}).get("data", []) if isinstance(section.get("render"), dict) else []
    return replace(
        config,
        page=render.get("page", ""),
        orientation=render.get("orientation", ""),
        inputs=(inputs,) if isinstance(inputs, str) else tuple(inputs),
        output=render.get("output", ""),
        formats=render.get("formats", ""),
        data=(data,) if isinstance(data, str) else tuple(data),
    )


def _render_settings(section: Any, source: str) -> dict[str, str]:
    """The render section: ``page`` and ``orientation``, checked as ``--page`` checks them; the
    ``input`` folders (text or list of texts), the ``output`` folder and the ``formats``."""
    if not isinstance(section, dict):
        raise ConfigError(f"{source}: 'render' must be a table of settings")
    allowed = ("page", "orientation", "input", "output", "formats", "data")
    for key in section:
        if key not in allowed:
            raise ConfigError(f"{source}: unknown render setting '{key}'{did_you_mean(key, allowed)}")
    inputs = section.get("input", [])
    if not isinstance(inputs, (str, list)) or not all(isinstance(i, str) for i in inputs):
        raise ConfigError(f"{source}: render input must be a folder, or a list of folders")
    for key in ("output", "formats"):
        if key in section and not isinstance(section[key], str):
            raise ConfigError(f"{source}: render {key} must be a text such as 'docs/maps' or 'svg,html'")
    data = section.get("data", [])
    if not isinstance(data, (str, list)) or not all(isinstance(d, str) and d for d in data):
        raise ConfigError(f"{source}: render data must be a data file, or a list of them (analytics/{{journey}}.csv)")
    values: dict[str, str] = {key: section[key] for key in ("output", "formats") if key in section}
    for key in ("page", "orientation"):
        if key in section:
            value = section[key]
            if not isinstance(value, str):
                raise ConfigError(f"{source}: render {key} must be a text such as 'a3' or 'landscape'")
            values[key] = value
    try:
        if "page" in values:
            parse_page(values["page"], values.get("orientation"))
    except PageError as exc:
        raise ConfigError(f"{source}: render page: {exc}") from None
    return values


def find_config(start: Path) -> ProjectConfig:
    """The nearest .journeymd.yaml, or pyproject.toml with [tool.journeymd], from ``start`` upwards."""
    folder = start.resolve()
    if folder.is_file():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / ".journeymd.yaml"
        if own.is_file():
            return load_config(own)
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "[tool.journeymd" in pyproject.read_text("utf-8", errors="replace"):
            return load_config(pyproject)
    return ProjectConfig(root=Path.cwd())


def _lint_config(**settings: Any) -> LintConfig:
    from .lint import LintConfig  # as in _rule_ids

    return LintConfig(**settings)
