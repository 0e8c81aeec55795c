"""What ``render --check`` says when maps are not up to date: each output that is missing, stale or
orphaned, and the command that fixes them — as lines for people, or as GitHub annotations."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path

from .problem import Problem

__all__ = ["fix_command", "render_arguments", "report"]


def render_arguments(
    paths: Sequence[str], output: str | None, formats: str | None, theme: str | None, page: str | None,
    orientation: str | None, view: str, scale: float, phases: Sequence[str], data: Sequence[str] = (),
    data_map: str | None = None,
) -> list[str]:  # fmt: skip
    """The arguments of a ``render`` as it was asked for, without ``--check``: what renders the
    same maps to the same places. Settings from .journeymd.yaml are read again by that command, so
    they are left out as they were."""
    found = [*paths]
    if output is not None:
        found += ["-o", output]
    if formats is not None:
        found += ["-f", formats]
    for option, value in (("--theme", theme), ("--page", page), ("--orientation", orientation)):
        if value is not None:
            found += [option, value]
    if view != "map":
        found += ["--view", view]
    if scale != 1.0:
        found += ["--scale", f"{scale:g}"]
    for phase in phases:
        found += ["--phase", phase]
    for data_file in data:
        found += ["--data", data_file]
    if data_map:
        found += ["--map", data_map]
    return found


def fix_command(arguments: Sequence[str], prune: bool = False) -> str:
    """The command line, quoted for a POSIX shell, that renders (and with ``prune`` also deletes
    the orphans)."""
    return shlex.join(["journeymd", "render", *arguments, *(["--prune"] if prune else [])])


def report(
    stale: Sequence[tuple[str, Path, Path]], orphans: Sequence[Path], arguments: Sequence[str], fmt: str = "text"
) -> str:
    """What is out of date and how to fix it. ``stale``: (missing or stale, the output, its journey);
    ``orphans``: outputs no journey renders any more. ``fmt`` github: one annotation per output
    (an error for missing and stale outputs, which fail the check; a warning for orphans, which do
    not), then the command; text: a line per output, then the command."""
    from .reporting import format_problems, printable

    render = fix_command(arguments)
    prune = fix_command(arguments, prune=True)
    if fmt == "github":
        problems = [
            Problem(
                str(target),
                1,
                1,
                f"{status}: the map of {source} is {_said(status)}; to fix it, run: {render}",
                f"render-{status}",
            )
            for status, target, source in stale
        ]
        problems += [
            Problem(
                str(orphan),
                1,
                1,
                f"orphan: no journey renders {orphan} any more; to delete it, run: {prune}",
                "render-orphan",
                "warning",
            )
            for orphan in orphans
        ]
        lines = format_problems(problems, "github").splitlines()
    else:
        lines = [f"{status}: {target} (from {source})" for status, target, source in stale]
        lines += [
            f"orphan: {orphan} (journeymd wrote it, but no journey here renders it any more; render --prune deletes it)"
            for orphan in orphans
        ]
        lines = [printable(line) for line in lines]
    if stale:
        lines.append(printable(f"to fix: {prune if orphans else render}"))
    elif orphans:
        lines.append(printable(f"to delete the orphans: {prune}"))
    return "".join(line + "\n" for line in lines)


def _said(status: str) -> str:
    return "not there" if status == "missing" else "out of date"
