"""`journeymd render` (one journey or a folder, to files, standard output or a --check) and
`journeymd watch`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from ..batch import Job, Outcome
from ..problem import JourneyError
from ..request import (
    FORMAT_ALIASES,
    RenderRequest,
    RequestError,
    split_names,
)
from ..types import VIEWS, Orientation, View
from ._common import (
    _EXISTING_PATH,
    _EXISTING_PATH_OR_STDIN,
    _SCALE,
    FORMAT_NAMES,
    REPORT_FORMATS,
    _check_theme,
    _data_options,
    _emit,
    _formats,
    _journey_files,
    _say,
    _skipped,
    _usage,
    main,
)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_EXISTING_PATH_OR_STDIN)
@click.option("-o", "--output", type=click.Path(allow_dash=True),
              help="Output file, or output folder for several files or formats ('-' for standard output). "
                   "Default: beside each input, e.g. shoes.svg.")  # fmt: skip
@click.option(
    "-f",
    "--to",
    "formats",
    metavar="FORMAT[,FORMAT]",
    help=f"Output formats, comma-separated: {', '.join(FORMAT_NAMES)}. Default: from the suffix of -o, else svg.",
)
@click.option(
    "--theme",
    default=None,
    metavar="NAME|FILE",
    help="default, dark, high-contrast, print, auto (follows the viewer's dark mode) or a theme .yaml. "
    "Default: print on paper pages, default elsewhere.",
)
@click.option(
    "--page",
    "page_spec",
    metavar="SIZE",
    help="Fit the map to where it is shown: docs (a 960 px column), phone, slide, a4, a3, a2, a1, letter, tabloid, "
    "or WIDTHxHEIGHT with a unit (1200x800px, 420x297mm). Steps wrap into rows as wide as the page; a PDF gets "
    "pages of that size. Default: render.page in .journeymd.yaml or pyproject.toml, else one strip.",
)
@click.option(
    "--orientation",
    type=click.Choice(["landscape", "portrait"]),
    help="For paper and slides. Default: landscape, or portrait where the map's rows only fit standing up.",
)
@click.option(
    "--view",
    type=click.Choice(["map", "blueprint", "flow", "overview"]),
    default="map",
    show_default=True,
    help="map: the swimlane map; blueprint: the service blueprint (evidence, customer actions, frontstage, "
    "backstage, support); flow: the steps as a flow chart laid out by Graphviz (svg, png, pdf or dot); "
    "overview: phases and the emotion curve in one compact strip.",
)
@click.option("--scale", type=_SCALE, default=1.0, show_default=True, help="Zoom for PNG output (0.1 to 8).")
@click.option(
    "--phase",
    "phase_keys",
    multiple=True,
    metavar="PHASE[,PHASE]",
    help="Draw only these phases (ids or names), e.g. for a page per phase; written as NAME.PHASE.svg.",
)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 and list every output that is missing or stale.")
@click.option("--force", is_flag=True, help="Render even what the cache says is fresh; replace files not ours.")
@click.option(
    "--prune",
    is_flag=True,
    help="Delete the orphans --check lists: maps journeymd wrote for journeys renamed or removed since.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes (one per core at most)."
)
@click.option("-q", "--quiet", is_flag=True, help="Print only problems and failures.")
@click.option(
    "--format",
    "report_fmt",
    metavar="[" + "|".join(REPORT_FORMATS) + "]",
    help="How to print problems in the journeys, as validate and lint do.  [default: text]",
)
@click.option("--format-errors", "error_fmt", type=click.Choice(REPORT_FORMATS), hidden=True)  # the old spelling
@_data_options
def render(paths: tuple[str, ...], output: str | None, formats: str | None, theme: str | None, page_spec: str | None,
           orientation: str | None, view: str, scale: float, phase_keys: tuple[str, ...], check: bool, force: bool,
           prune: bool, jobs: int, quiet: bool, report_fmt: str | None, error_fmt: str | None,
           data_files: tuple[str, ...] = (), data_map: str | None = None) -> None:  # fmt: skip
    """Render journeys: the swimlane map (SVG, PNG, PDF), the interactive report (HTML), the flow
    graph (Graphviz DOT), Markdown tables, or a Mermaid journey diagram.

    PATHS are journey files or folders ('-' for standard input, with -o); a folder renders every
    *.journey.yaml below it, mirrored into the -o folder. Unchanged maps are skipped (a cache beside
    the outputs remembers them). Nothing is written for a journey with problems (exit 1); an output
    file is replaced only when the new one is complete, and one bad file does not stop the others.

    \b
    Examples:
      journeymd render shoes.journey.yaml                  # writes shoes.svg
      journeymd render shoes.journey.yaml --page docs      # fits a 960 px docs column
      journeymd render shoes.journey.yaml --page a3 -o shoes.pdf   # A3 pages to print
      journeymd render shoes.journey.yaml -o shoes.png --scale 2
      journeymd render shoes.journey.yaml -o report.html
      journeymd render journeys/ -o site/maps -f svg,html --jobs 2
      journeymd render journeys/ -o site/maps -f svg --check   # CI: are the maps up to date?
      journeymd render shoes.journey.yaml -f mermaid -o -
      journeymd render shoes.journey.yaml --data analytics/shoes.csv   # figures from an export
    """
    from ..batch import run
    from ..sources import one_run

    error_fmt, formats = _report_or_outputs(report_fmt, error_fmt, formats)
    asked_formats = formats  # as given, for the command --check says fixes what it finds
    if prune and check:
        raise click.UsageError("--check writes nothing, and --prune deletes; run --check, then render --prune")
    request = RenderRequest(paths, output, formats, theme, page_spec, _orientation(orientation), _view(view), scale,
                            phase_keys, data_files, data_map or "")  # fmt: skip
    # The plan, the renders and the index share what each works out (each file read once).
    with one_run():
        planned = _planned(request)
        if output == "-":
            _render_to_stdout(planned[0], error_fmt)
            return
        use_cache = request.renders_folders
        workers = 1 if request.reads_stdin else jobs  # standard input is read once, by this process
        outcomes = run(planned, force, check, workers, None if quiet else _progress(check), use_cache)
        counts = _say_outcomes(outcomes, error_fmt)
        stale_index = _index(planned, check, counts, quiet) if use_cache else []
        if check:
            from ..render_check import render_arguments

            arguments = render_arguments(paths, output, asked_formats, theme, page_spec, orientation or None, view,
                                         scale, phase_keys, data_files, data_map)  # fmt: skip
            _report_check(outcomes, planned if use_cache else [], counts, quiet, arguments, error_fmt, stale_index)
        if prune and use_cache:
            from ..batch import orphans
            from ..batch import prune as delete

            for removed in delete(orphans(planned)):
                _say(f"removed: {removed} (no journey here renders it any more)", err=False)
        if not quiet and len(outcomes) > 1:
            click.echo(f"{counts['rendered']} rendered, {counts['fresh']} fresh, {counts['failed']} failed", err=True)
        raise SystemExit(1 if counts["failed"] else 0)


def _index(planned: list[Job], check: bool, counts: dict[str, int], quiet: bool) -> list[tuple[str, Path, Path]]:
    """A folder rendered to HTML gets its index page (journeymd.site). Under --check, an index out
    of date is counted and returned as (status, index, the folder it lists) for the report."""
    from ..site import update_index

    index_status, index = update_index(planned, check)
    if index is None:
        return []
    if index_status in ("missing", "stale"):
        counts[index_status] += 1
        return [(index_status, index, Path(os.path.commonpath([job.source.parent for job in planned])))]
    if index_status == "rendered" and not quiet:
        _say(f"wrote {index}")
    elif index_status == "taken":
        _say(f"journeymd: note: no index written: {index} is the map of a journey named index")
    return []


def _say_outcomes(outcomes: list[Outcome], error_fmt: str) -> dict[str, int]:
    """Print the problems and what else went wrong; how many outputs ended in each status."""
    _emit(sorted({p for o in outcomes for p in o.problems}), error_fmt, err=True)
    for outcome in outcomes:
        if outcome.detail:
            _say(f"journeymd: {outcome.detail}")
    return {status: sum(1 for o in outcomes if o.status == status) for status in
            ("rendered", "fresh", "failed", "missing", "stale")}  # fmt: skip


def _report_check(
    outcomes: list[Outcome], cached: list[Job], counts: dict[str, int], quiet: bool, arguments: list[str],
    error_fmt: str, stale_index: list[tuple[str, Path, Path]],
) -> NoReturn:  # fmt: skip
    """What render --check found: outputs missing or stale, orphans in the folders of the ``cached``
    jobs (a folder of journeys rendered), and the command that fixes them."""
    from ..batch import orphans
    from ..render_check import report

    stale = [(o.status, o.job.target, o.job.source) for o in outcomes if o.status in ("missing", "stale")]
    stale += stale_index
    # Orphans are not a failure: another command may render other journeys into the same folder.
    click.echo(report(stale, orphans(cached) if cached else [], arguments, error_fmt), nl=False)
    if not quiet:
        click.echo(f"{counts['fresh']} fresh, {counts['stale']} stale, {counts['missing']} missing, "
                   f"{counts['failed']} failed", err=True)  # fmt: skip
    raise SystemExit(1 if counts["stale"] or counts["missing"] or counts["failed"] else 0)


def _orientation(value: str | None) -> Orientation | None:
    return "portrait" if value == "portrait" else "landscape" if value == "landscape" else None


def _view(value: str) -> View:
    """The view click's choice let through."""
    return next(view for view in VIEWS if view == value)


def _planned(request: RenderRequest) -> list[Job]:
    """The request's jobs; what cannot be rendered is a usage error, a theme file with problems
    a problem in the input."""
    try:
        return request.jobs(_skipped)
    except RequestError as error:
        raise _usage(error) from None
    except JourneyError as error:
        _emit(list(error.problems), "text", err=True)
        raise SystemExit(1) from None


def _report_or_outputs(report_fmt: str | None, error_fmt: str | None, formats: str | None) -> tuple[str, str | None]:
    """The report format and the output formats of render. ``--format svg`` meant the output format
    before --format meant the report in every command; the two sets of names do not overlap, so
    such a command still does what it did."""
    if report_fmt is not None and report_fmt not in REPORT_FORMATS:
        asked = [FORMAT_ALIASES.get(f.lower(), f.lower()) for f in split_names((report_fmt,))]
        if not asked or any(f not in FORMAT_NAMES for f in asked):
            raise click.BadParameter(
                f"'{report_fmt}' is not one of {', '.join(REPORT_FORMATS)} (output formats go to -f/--to)",
                param_hint="--format",
            )
        if formats is not None:
            raise click.UsageError(f"give output formats once, with -f/--to, not also --format {report_fmt}")
        return error_fmt or "text", report_fmt
    if report_fmt and error_fmt and report_fmt != error_fmt:
        raise click.UsageError(f"--format {report_fmt} and --format-errors {error_fmt} disagree; give --format")
    return report_fmt or error_fmt or "text", formats


def _render_to_stdout(job: Job, error_fmt: str) -> None:
    from ..batch import render_noting
    from ..problem import CannotRender

    source = job.source
    try:
        data, notes = render_noting(source, job.fmt, job.theme, job.scale, job.view, job.phases, job.page,
                                    job.orientation, job.data, job.data_map)  # fmt: skip
    except JourneyError as error:
        _emit(list(error.problems), error_fmt, err=True)
        raise SystemExit(1) from None
    except CannotRender as missing:
        _say(f"journeymd: {missing}")
        raise SystemExit(1) from None
    if notes:
        _say(f"journeymd: {notes}")
    stream = sys.stdout.buffer
    stream.write(data)
    stream.flush()


def _progress(check: bool) -> Callable[[Outcome, int, int], None]:
    """A counter on a terminal; plain lines for logs and CI."""
    from ..reporting import printable

    interactive = sys.stderr.isatty() and not os.environ.get("CI")

    def report(outcome: Outcome, done: int, total: int) -> None:
        if interactive and total > 1:
            end = "\n" if done == total else ""
            target = printable(str(outcome.job.target))
            click.echo(f"\r[{done}/{total}] {outcome.status:<8} {target}\033[K", err=True, nl=False)
            click.echo(end, err=True, nl=False)
        elif outcome.status in ("rendered", "failed") and not check:
            _say(f"{'wrote' if outcome.status == 'rendered' else 'failed'} {outcome.job.target}")

    return report


@main.command()
@click.argument("path", type=_EXISTING_PATH)
@click.option("-o", "--output", type=click.Path(file_okay=False), help="Output folder (default: beside each journey).")
@click.option(
    "-f",
    "--to",
    "formats",
    default="svg",
    show_default=True,
    metavar="FORMAT[,FORMAT]",
    help=f"Formats to write on each save: {', '.join(FORMAT_NAMES)}.",
)
@click.option("--format", "old_formats", hidden=True)  # the old spelling of -f/--to
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="Port of the preview on 127.0.0.1 (0: any free port).",
)
@click.option("--no-serve", is_flag=True, help="Only re-render; no preview server.")
@click.option("--theme", default="default", show_default=True, metavar="NAME|FILE")
@click.option("--stop-after", type=click.FloatRange(0.1), help="Stop after this many seconds (for scripts).")
def watch(path: str, output: str | None, formats: str, old_formats: str | None, port: int, no_serve: bool,
          theme: str, stop_after: float | None) -> None:  # fmt: skip
    """Re-render a journey (or every journey under a folder) on each save, and serve a preview
    page on 127.0.0.1 that reloads itself when the map changes. Problems are printed and shown on
    the page; watching goes on until Ctrl-C.

    \b
    Examples:
      journeymd watch shoes.journey.yaml            # then open http://127.0.0.1:8765/
      journeymd watch journeys/ -o site/maps -f svg,html --port 0
    """
    from ..batch import plan
    from ..watch import watch as run_watch

    chosen = _formats(old_formats or formats)
    _check_theme(theme)
    root = Path(path)

    def sources() -> list[Path]:
        return list(_journey_files((path,))) if root.is_dir() else [root]

    def jobs(changed: list[Path]) -> list[Job]:
        return plan(changed, root if root.is_dir() else None, Path(output) if output else None, chosen, theme, 1.0)

    try:
        run_watch(sources, jobs, _say, None if no_serve else port,
                  timeout=stop_after, theme=theme)  # fmt: skip
    except OSError as exc:
        raise click.UsageError(f"cannot serve the preview on port {port}: {exc.strerror or exc}") from None
