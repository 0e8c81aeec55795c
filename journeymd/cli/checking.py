"""`journeymd validate` and `journeymd lint`: problems in journeys, alone and across a folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..problem import JourneyError, Problem
from ..request import (
    split_names,
)
from ._common import (
    _EXISTING_FILE,
    _EXISTING_PATH_OR_STDIN,
    _count,
    _data_options,
    _emit,
    _journey_files,
    _load,
    _load_measured,
    _problem_format,
    main,
)

if TYPE_CHECKING:
    from ..config import ProjectConfig
    from ..lint import LintConfig
    from ..model import Journey


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_EXISTING_PATH_OR_STDIN)
@_problem_format(
    "How to print problems: for people, for tools, as GitHub annotations, or as a GitLab code quality report."
)
@click.option("-q", "--quiet", is_flag=True, help="Print problems only, no summary.")
def validate(paths: tuple[str, ...], fmt: str, quiet: bool) -> None:
    """Check journey files (or every *.journey.yaml under a directory; '-' reads standard input).

    Exit status: 0 when every file is valid, 1 when any is not, 2 on usage errors.

    \b
    Examples:
      journeymd validate shoes.journey.yaml
      journeymd validate journeys/ --format github
    """
    problems: list[Problem] = []
    files = list(_journey_files(paths))
    failed = 0
    for path in files:
        try:
            _load(path)
        except JourneyError as error:
            problems.extend(error.problems)
            failed += 1
    problems = sorted(set(problems))  # a mistake in a catalogue is one, however many journeys include it
    _emit(problems, fmt)
    if fmt == "text" and not quiet:
        if failed:
            click.echo(
                f"{failed} of {_count(len(files), 'file')} invalid, {_count(len(problems), 'problem')}", err=True
            )
        else:
            click.echo(f"{_count(len(files), 'file')} valid", err=True)
    raise SystemExit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_EXISTING_PATH_OR_STDIN)
@_problem_format("gitlab: a code quality report for merge requests.")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@click.option("--select", multiple=True, metavar="RULE,...", help="Run only these rules.")
@click.option("--ignore", multiple=True, metavar="RULE,...", help="Skip these rules.")
@click.option(
    "--config",
    "config_file",
    type=_EXISTING_FILE,
    help="Settings file (default: the nearest .journeymd.yaml or pyproject.toml with [tool.journeymd]).",
)
@click.option("--list-rules", is_flag=True, help="Print the rules with their default severity and exit.")
@click.option("-q", "--quiet", is_flag=True, help="Print problems only, no summary.")
@_data_options
def lint(
    paths: tuple[str, ...],
    fmt: str,
    strict: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_file: str | None,
    list_rules: bool,
    quiet: bool,
    data_files: tuple[str, ...] = (),
    data_map: str | None = None,
) -> None:
    """Check journeys for what no schema can: steps without touchpoint or owner, low points without
    a pain point, unreachable steps, dead ends, unused catalogue entries, labels too long for the map,
    and more (see docs/lint-rules.md). Files with schema problems report those instead.

    Exit status: 0 when no errors (and, with --strict, no warnings), 1 otherwise, 2 on usage errors.

    \b
    Examples:
      journeymd lint journeys/
      journeymd lint shoes.journey.yaml --ignore no-persona --format github
      journeymd lint --list-rules .
    """
    from ..lint import all_rules
    from ..lint import lint as run_rules

    if list_rules:
        for rule in all_rules():
            click.echo(f"{rule.id:<26} {rule.severity:<8} {rule.description}")
        return
    files = list(_journey_files(paths))
    project, settings = _lint_settings(config_file, Path(paths[0]), split_names(select), split_names(ignore))
    problems: list[Problem] = []
    journeys = []
    for path in files:
        try:
            journey = _load_measured(path, data_files, data_map, project)
        except JourneyError as error:
            problems.extend(error.problems)
            continue
        journeys.append(journey)
        problems.extend(run_rules(journey, settings, project.ignores_for(path)))
    by_rule: dict[str, int] = {}
    if len(files) > 1 or any(Path(p).is_dir() for p in paths):
        problems, by_rule = _lint_across(problems, journeys, files, paths, fmt, strict, project, settings)
    _emit(problems, fmt, show_rule=True)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = sum(1 for p in problems if p.severity == "warning")
    if fmt == "text" and not quiet:
        checked = f"{_count(len(files), 'file')} checked"
        if len(files) > 1:
            checked = f"{_count(len(files), 'file')} ({_count(len(journeys), 'valid journey')}) checked"
        rules = f" ({', '.join(f'{rule} {n}' for rule, n in by_rule.items())})" if by_rule else ""
        click.echo(f"{checked}: {_count(errors, 'error')}, {_count(warnings, 'warning')}{rules}", err=True)
    raise SystemExit(1 if errors or (strict and warnings) else 0)


def _lint_across(problems: list[Problem], journeys: list[Journey], files: list[Path], paths: tuple[str, ...],
                 fmt: str, strict: bool, project: ProjectConfig, settings: LintConfig,
                 ) -> tuple[list[Problem], dict[str, int]]:  # fmt: skip
    """Several journeys: the rules across them too, and how many problems each rule found. In JSON
    the problems come with a summary over them (for one file, the list alone), and that is all."""
    from ..lint import lint_across, summary

    whole = any(Path(p).is_dir() for p in paths)
    problems = sorted({*problems, *lint_across(journeys, settings, project.ignores_for, whole)})
    figures = summary(problems, len(files), len(journeys))
    if fmt == "json":
        from ..reporting import format_problems

        listed = json.loads(format_problems(problems, "json"))
        click.echo(json.dumps({"summary": figures, "problems": listed}, indent=2, ensure_ascii=False))
        raise SystemExit(1 if figures["errors"] or (strict and figures["warnings"]) else 0)
    return problems, dict(figures["by_rule"])


def _lint_settings(config_file: str | None, first: Path, select: tuple[str, ...],
                   ignore: tuple[str, ...]) -> tuple[ProjectConfig, LintConfig]:  # fmt: skip
    """The project's settings (from --config, or the nearest settings file), and the rules to run."""
    from ..config import ConfigError, find_config, load_config
    from ..lint import LintConfig, all_rules

    try:
        project = load_config(Path(config_file)) if config_file else find_config(first)
        known = [rule.id for rule in all_rules()]
        for rule_id in (*select, *ignore):
            if rule_id not in known:
                from ..problem import did_you_mean

                raise ConfigError(f"unknown rule '{rule_id}'{did_you_mean(rule_id, known)}")
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    return project, (project.lint or LintConfig()).merged(LintConfig(select=select, ignore=ignore))
