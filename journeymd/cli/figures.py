"""`journeymd stats` and `journeymd diff`: figures of a journey, and what changed between versions
(two files, or git refs of a file or a folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .._stdin import STDIN
from ..batch import write_atomic
from ..problem import JourneyError, Problem
from ..request import (
    format_from_suffix,
)
from ..types import Format
from ._common import (
    _EXISTING_FILE_OR_STDIN,
    _EXISTING_PATH_OR_STDIN,
    _data_options,
    _emit,
    _journey_files,
    _load_measured,
    _load_or_exit,
    _say,
    main,
)

if TYPE_CHECKING:
    from ..diff import JourneyDiff
    from ..model import Journey


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_EXISTING_PATH_OR_STDIN)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one journey's figures; for several, {summary, journeys: [each with its path]}.")  # fmt: skip
@_data_options
def stats(paths: tuple[str, ...], fmt: str, data_files: tuple[str, ...] = (), data_map: str | None = None) -> None:
    """Figures a journey answers: steps and duration per phase, lowest and highest moments per persona,
    pain points and opportunities per department, touchpoint load, the funnel and its biggest drops,
    steps without a touchpoint or an owner.

    PATHS are journey files or folders (every *.journey.yaml below them; '-' reads standard input).
    Every problem in them is printed, and no figures, when one has problems (exit 1).

    \b
    Examples:
      journeymd stats shoes.journey.yaml
      journeymd stats journeys/                       # each journey, then a summary across them
      journeymd stats shoes.journey.yaml --format json | jq .biggest_drops
      journeymd stats shoes.journey.yaml --data analytics/shoes.csv
      journeymd stats journeys/ --format json | jq .summary
    """
    from ..stats import format_stats, journey_stats

    files = list(_journey_files(paths))
    journeys: list[tuple[Path, Any]] = []
    problems: list[Problem] = []
    for path in files:
        try:
            journeys.append((path, _load_measured(path, data_files, data_map)))
        except JourneyError as error:
            problems.extend(error.problems)
    if problems:
        _emit(sorted(set(problems)), "text", err=True)
        raise SystemExit(1)
    if len(files) == 1 and not Path(paths[0]).is_dir():
        journey = journeys[0][1]
        click.echo(format_stats(journey_stats(journey), fmt, journey.locale), nl=False)
        return
    from ..stats_summary import format_summary, summary_stats

    across = summary_stats([journey for _, journey in journeys])
    if fmt == "json":  # several journeys: each one's figures and the summary across them
        figures = [{"path": str(path), **journey_stats(journey)} for path, journey in journeys]
        click.echo(json.dumps({"summary": across, "journeys": figures}, indent=2, ensure_ascii=False))
        return
    for path, journey in journeys:
        _say(f"== {path} ==", err=False)
        click.echo(format_stats(journey_stats(journey), fmt, journey.locale))
    _say("== Summary ==", err=False)
    for line in format_summary(across).splitlines():
        _say(line, err=False)


@main.command()
@click.argument("old", type=click.Path(exists=True, allow_dash=True))
@click.argument("new", type=_EXISTING_FILE_OR_STDIN, required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
    help="markdown: a pull-request comment, its details collapsed.",
)  # fmt: skip
@click.option(
    "--render",
    "render_to",
    type=click.Path(dir_okay=False),
    help="Also write the NEW map (.svg, .png or .html) with OLD's emotion curve behind it and changes outlined.",
)
@click.option(
    "--base", "base", metavar="REF", help="Compare OLD (a journey or a folder) with its version at this git ref."
)
@click.option(
    "--head", "head", metavar="REF", help="With --base: compare with this git ref instead of the working tree."
)
def diff(old: str, new: str | None, fmt: str, render_to: str | None, base: str | None, head: str | None) -> None:
    """Compare two versions of a journey (as-is and to-be, or before and after a change).

    Steps, phases, personas and catalogue entries are matched by id (or by name where an id
    changed) and every field is compared. With --base, OLD is a journey or a folder, compared with
    what the git ref has; a folder compares every journey in it (added, removed, changed). Exit
    status: 0 when the journeys are the same, 1 when they differ (or a file has problems), 2 on
    usage errors. OLD or NEW may be '-' to read standard input.

    \b
    Examples:
      journeymd diff as-is.journey.yaml to-be.journey.yaml
      journeymd diff --base main map.journey.yaml --format markdown
      journeymd diff --base origin/main --head HEAD journeys/
      git show HEAD~1:map.journey.yaml | journeymd diff - map.journey.yaml --render changes.svg
    """
    from ..diff import diff as compare
    from ..diff import format_diff

    _refuse_diff_arguments(old, new, render_to, base, head)
    if base is not None and Path(old).is_dir():
        _diff_folder(Path(old), base, head, fmt)
        return
    fmt_out = _picture_format(render_to, old, new) if render_to else None
    before, after = _diff_versions(old, new, base, head, fmt, render_to)
    result = compare(before, after)
    click.echo(format_diff(result, before, after, fmt, picture=render_to), nl=False)
    if render_to and fmt_out:
        _render_changes(render_to, fmt_out, before, after)
    raise SystemExit(0 if result.identical else 1)


def _refuse_diff_arguments(old: str, new: str | None, render_to: str | None, base: str | None,
                           head: str | None) -> None:  # fmt: skip
    """The two versions are two files, or one journey or folder and a git ref."""
    if base is None and head is not None:
        raise click.UsageError("--head needs --base")
    if base is not None:
        if new is not None:
            raise click.UsageError("with --base, give one journey or folder: the other version is at REF")
        if old == STDIN:
            raise click.UsageError("with --base, the journey is read from git, not standard input")
        if Path(old).is_dir() and render_to:
            raise click.UsageError("--render draws one map: give a journey, not a folder")
    elif new is None:
        raise click.UsageError("give OLD and NEW, or --base REF and one journey")
    elif Path(old).is_dir():
        raise click.BadParameter(f"'{old}' is a folder; compare folders with --base", param_hint="OLD")
    if old == new == STDIN:
        raise click.UsageError("only one of OLD and NEW can be read from standard input")


def _picture_format(render_to: str, old: str, new: str | None) -> Format:
    """The format of diff --render's picture, which must not be written over a journey compared."""
    fmt = format_from_suffix(render_to)
    if fmt != "svg" and fmt != "png" and fmt != "html":
        raise click.BadParameter(f"writes .svg, .png or .html, not '{render_to}'", param_hint="--render")
    if Path(render_to).resolve() in {Path(p).resolve() for p in (old, new) if p and p != STDIN}:
        raise click.BadParameter(f"'{render_to}' is one of the journeys compared", param_hint="--render")
    return fmt


def _diff_versions(old: str, new: str | None, base: str | None, head: str | None, fmt: str,
                   render_to: str | None) -> tuple[Journey, Journey]:  # fmt: skip
    """The two versions diff compares; a journey added or removed at a ref is said, and exits 1."""
    if base is None:
        return _load_or_exit(old, "text"), _load_or_exit(str(new), "text")
    before, after = _load_versions(Path(old), base, head)
    if before is None or after is None:
        if before is None and after is None:
            raise click.BadParameter(f"'{old}' is neither in {base} nor in {head}", param_hint="OLD")
        # A journey new in (or gone from) a pull request is a change, not a mistake.
        if render_to:
            raise click.UsageError(f"'{old}' is not in {head if after is None else base}: nothing to compare")
        _say_whole_journey(old, "added" if before is None else "removed", _either(after, before), fmt)
        raise SystemExit(1)
    return before, after


def _render_changes(render_to: str, fmt: Format, before: Journey, after: Journey) -> None:
    """diff --render: the new map, the old emotion curve behind it and the changes outlined."""
    from ..batch import notes
    from ..problem import CannotRender
    from ..render import render

    try:
        with notes() as said:
            data = render(after, fmt, baseline=before)
    except CannotRender as cannot:
        _say(f"journeymd: {cannot}")
        raise SystemExit(1) from None
    for note in said:
        _say(f"journeymd: {render_to}: {note}")
    write_atomic(Path(render_to), data)
    _say(f"wrote {render_to}")


def _say_whole_journey(shown: str, status: str, journey: Journey, fmt: str) -> None:
    """A journey added or removed as a whole, in the diff's format."""
    if fmt == "json":
        click.echo(json.dumps({"identical": False, "path": shown, "status": status}, ensure_ascii=False))
    elif fmt == "markdown":
        from ..diff import md_escape

        click.echo(f"**{md_escape(shown)}** {status}: {md_escape(journey.title)}")
    else:
        _say(f"{'+' if status == 'added' else '-'} journey {shown}", err=False)


def _git_or_exit(error: Exception) -> NoReturn:
    _say(f"journeymd: git: {error}")
    raise SystemExit(2)


_Versions = tuple[str, "Journey | None", "Journey | None"]  # a journey as shown, at the base ref and at head


def _load_versions(path: Path, base: str, head: str | None) -> tuple[Journey | None, Journey | None]:
    """A journey at ``base`` and at ``head`` (the working tree for ``None``); every problem in
    either is printed before journeymd exits."""
    found: list[Problem] = []
    versions = _versions(path, base, head, str(path), found)
    if found:
        _emit(found, "text", err=True)
        raise SystemExit(1)
    return versions[1], versions[2]


def _versions(path: Path, base: str, head: str | None, shown: str, found: list[Problem]) -> _Versions:
    """``path`` at ``base`` and at ``head``, None where a ref has no such file or it has problems
    (added to ``found``)."""
    from ..gitdiff import GitError, load_at

    versions: list[Journey | None] = []
    for ref in (base, head):
        try:
            versions.append(load_at(ref, path, f"{ref}:{path}" if ref else str(path)))
        except JourneyError as error:
            found += error.problems
            versions.append(None)
        except GitError as error:
            _git_or_exit(error)
    return shown, versions[0], versions[1]


# A journey of a folder diff: as shown, added, removed or changed, both versions, and the changes.
_FolderChange = tuple[str, str, "Journey | None", "Journey | None", "JourneyDiff | None"]


def _diff_folder(folder: Path, base: str, head: str | None, fmt: str) -> None:
    """Every journey in ``folder`` at ``base`` against ``head``: added, removed and changed ones."""
    from ..diff import diff as compare
    from ..gitdiff import GitError, journey_files

    try:
        names = sorted({*journey_files(base, folder), *journey_files(head, folder)})
    except GitError as error:
        _git_or_exit(error)
    found: list[Problem] = []
    pairs = [_versions(folder / name, base, head, str(folder / name), found) for name in names]
    if found:
        _emit(found, "text", err=True)
        raise SystemExit(1)
    results: list[_FolderChange] = []
    for shown, before, after in pairs:
        if before is None or after is None:
            results.append((shown, "added" if before is None else "removed", before, after, None))
        else:
            found_changes = compare(before, after)
            if not found_changes.identical:
                results.append((shown, "changed", before, after, found_changes))
    if fmt == "json":
        _say_folder_json(results)
    elif fmt == "markdown":
        _say_folder_markdown(results)
    else:
        _say_folder_text(results)
    if results:
        raise SystemExit(1)


def _say_folder_json(results: list[_FolderChange]) -> None:
    from dataclasses import asdict

    report = [
        {"path": shown, "status": status, **({"diff": asdict(changes)} if changes else {})}
        for shown, status, _, _, changes in results
    ]
    click.echo(json.dumps({"identical": not results, "journeys": report}, indent=2, ensure_ascii=False))


def _say_folder_markdown(results: list[_FolderChange]) -> None:
    from ..diff import format_markdown, md_escape

    counts = {s: sum(1 for r in results if r[1] == s) for s in ("changed", "added", "removed")}
    said = ", ".join(f"{n} {s}" for s, n in counts.items()) if results else "no differences"
    lines = [f"### Journeys: {said}", ""]
    for shown, status, before, after, changes in results:
        if changes is None or before is None or after is None:
            lines += [f"**{md_escape(shown)}** {status}: {md_escape(_either(after, before).title)}", ""]
        else:
            lines.append(format_markdown(changes, before, after, heading=shown))
    click.echo("\n".join(lines).rstrip("\n"))


def _say_folder_text(results: list[_FolderChange]) -> None:
    from ..diff import format_diff, summary

    for shown, status, before, after, changes in results:
        if changes is None or before is None or after is None:
            _say(f"{'+' if status == 'added' else '-'} journey {shown}", err=False)
        else:
            _say(f"~ journey {shown}: {summary(changes, after.locale)}", err=False)
            lines = format_diff(changes, before, after).splitlines()
            click.echo("".join(f"  {line}\n" for line in lines), nl=False)
    if not results:
        click.echo("no differences")


def _either(first: Journey | None, second: Journey | None) -> Journey:
    """The version of a journey added or removed that there is."""
    found = first if first is not None else second
    assert found is not None, "a journey in neither version is not listed"
    return found
