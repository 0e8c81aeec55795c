"""The `journeymd` command: a thin layer over the Python API."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from . import __version__
from ._stdin import STDIN
from .batch import Job, Outcome, write_atomic
from .problem import JourneyError, OutputError, Problem
from .request import (
    FORMAT_ALIASES,
    RenderRequest,
    RequestError,
    check_theme,
    format_from_suffix,
    journey_files,
    parse_formats,
    split_names,
)
from .types import FORMATS, VIEWS, Format, Orientation, View

if TYPE_CHECKING:
    from .config import ProjectConfig
    from .diff import JourneyDiff
    from .lint import LintConfig
    from .model import Journey

FORMAT_NAMES = FORMATS
# One word, one meaning in every command: -f/--to names what is written, --format how problems and
# reports are printed.
REPORT_FORMATS = ("text", "json", "github", "gitlab")


_WARNED: set[Path] = set()


def _journey_files(paths: tuple[str, ...]) -> Iterator[Path]:
    """Files named on the command line, and every *.journey.yaml under named folders; each once.
    A link under a folder that leads out of it is skipped, with a warning."""
    try:
        yield from journey_files(paths, _skipped)
    except RequestError as error:
        raise click.UsageError(str(error)) from None


def _skipped(file: Path, folder: str) -> None:
    if file not in _WARNED:  # once a command, though watch looks again every moment
        _WARNED.add(file)
        click.echo(f"journeymd: warning: skipped {file}: a link to a file outside {folder}", err=True)


def _load(path: Path) -> Journey:
    from . import load

    return load(path)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _emit(problems: list[Problem], fmt: str, show_rule: bool = False, err: bool = False) -> None:
    """Print problems: on standard output for validate and lint, whose output they are; on standard
    error (``err``) for commands whose standard output carries a map, figures or a journey."""
    from .reporting import format_problems

    text = format_problems(problems, fmt, show_rule)
    if text:
        click.echo(text, nl=False, err=err)


def _say(line: str, err: bool = True) -> None:
    """Print a line that names files: a name can hold terminal escapes or a right-to-left override."""
    from .reporting import printable

    click.echo(printable(line), err=err)


# Parameter types shared by the commands (click looks up a translation for each one it makes).
_EXISTING_PATH = click.Path(exists=True)
_EXISTING_PATH_OR_STDIN = click.Path(exists=True, allow_dash=True)
_EXISTING_FILE = click.Path(exists=True, dir_okay=False)
_EXISTING_FILE_OR_STDIN = click.Path(exists=True, dir_okay=False, allow_dash=True)
_FILE_OR_STDOUT = click.Path(dir_okay=False, allow_dash=True)


class _Scale(click.FloatRange):
    """A zoom from 0.1 to 8; a range alone lets 'nan' through, since NaN compares false both ways."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number: float = super().convert(value, param, ctx)
        if number != number:
            self.fail(f"{value!r} is not a number", param, ctx)
        return number


_SCALE = _Scale(0.1, 8)


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        from ._stdin import forget

        forget()
        _WARNED.clear()
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:  # a usage error quotes the file names it is about
            from .reporting import printable

            # Final in click's types, as no command should change a message; this only escapes it.
            object.__setattr__(exc, "message", printable(exc.message))
            raise
        except (click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            sys.stderr.close()
            raise SystemExit(1) from None
        except OutputError as exc:
            _say(f"journeymd: {exc.strerror}")
            raise SystemExit(1) from None
        except Exception as exc:
            if os.environ.get("JOURNEYMD_DEBUG"):
                raise
            _say(f"journeymd: internal error: {type(exc).__name__}: {exc}")
            click.echo("Please report this with the input file; set JOURNEYMD_DEBUG=1 for details.", err=True)
            raise SystemExit(1) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="journeymd")
def main() -> None:
    """Customer journey maps as code: write journeys in YAML, check them, and render swimlane maps,
    service blueprints and interactive reports.

    \b
    Examples:
      journeymd init shoes.journey.yaml --template 5-phase
      journeymd validate examples/
      journeymd lint journeys/ --strict
      journeymd render examples/shoes.journey.yaml -o shoes.svg
      journeymd render examples/shoes.journey.yaml -o report.html
      journeymd render journeys/ -o site/maps -f svg,html --check
    """


def _problem_format(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The --format option of the commands that print problems (validate, lint)."""
    return click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text",
                        show_default=True, help=help_text)  # fmt: skip


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


def _data_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--data and --map: analytics exports whose figures are merged over the journeys'."""
    func = click.option(
        "--map", "data_map", type=_EXISTING_FILE, metavar="FILE",
        help="YAML file mapping names in the data files (GA4's step names) to step or phase ids.",
    )(func)  # fmt: skip
    return click.option(
        "--data",
        "data_files",
        multiple=True,
        type=_EXISTING_FILE,
        metavar="FILE",
        help="CSV or JSON export (GA4 funnel exploration, spreadsheet) whose reached counts, drop-off rates and "
        "KPI values are shown over the journey's own; repeatable, later files win. The YAML is not changed.",
    )(func)


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
    from .batch import run

    error_fmt, formats = _report_or_outputs(report_fmt, error_fmt, formats)
    asked_formats = formats  # as given, for the command --check says fixes what it finds
    if prune and check:
        raise click.UsageError("--check writes nothing, and --prune deletes; run --check, then render --prune")
    request = RenderRequest(paths, output, formats, theme, page_spec, _orientation(orientation), _view(view), scale,
                            phase_keys, data_files, data_map or "")  # fmt: skip
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
        from .render_check import render_arguments

        arguments = render_arguments(paths, output, asked_formats, theme, page_spec, orientation or None, view, scale,
                                     phase_keys, data_files, data_map)  # fmt: skip
        _report_check(outcomes, planned if use_cache else [], counts, quiet, arguments, error_fmt, stale_index)
    if prune and use_cache:
        from .batch import orphans
        from .batch import prune as delete

        for removed in delete(orphans(planned)):
            _say(f"removed: {removed} (no journey here renders it any more)", err=False)
    if not quiet and len(outcomes) > 1:
        click.echo(f"{counts['rendered']} rendered, {counts['fresh']} fresh, {counts['failed']} failed", err=True)
    raise SystemExit(1 if counts["failed"] else 0)


def _index(planned: list[Job], check: bool, counts: dict[str, int], quiet: bool) -> list[tuple[str, Path, Path]]:
    """A folder rendered to HTML gets its index page (journeymd.site). Under --check, an index out
    of date is counted and returned as (status, index, the folder it lists) for the report."""
    from .site import update_index

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
    from .batch import orphans
    from .render_check import report

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


def _usage(error: RequestError) -> click.ClickException:
    """A request refused, as the usage error it is on the command line."""
    if error.option:
        return click.BadParameter(str(error), param_hint=error.option)
    return click.UsageError(str(error))


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


def _check_theme(theme: str, param_hint: str = "--theme") -> None:
    """A theme that is no theme is a usage error; a theme file with problems stops the command
    before any output is written (not after the formats that need no theme)."""
    try:
        check_theme(theme, param_hint)
    except RequestError as error:
        raise _usage(error) from None
    except JourneyError as error:
        _emit(list(error.problems), "text", err=True)
        raise SystemExit(1) from None


def _render_to_stdout(job: Job, error_fmt: str) -> None:
    from .batch import render_noting
    from .problem import CannotRender

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
    from .reporting import printable

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


def _formats(value: str) -> tuple[Format, ...]:
    """The formats of a -f option, each once in the order asked, aliases (md, mmd) resolved."""
    try:
        return parse_formats(value)
    except RequestError as error:
        raise _usage(error) from None


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
    from .lint import all_rules
    from .lint import lint as run_rules

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
    from .lint import lint_across, summary

    whole = any(Path(p).is_dir() for p in paths)
    problems = sorted({*problems, *lint_across(journeys, settings, project.ignores_for, whole)})
    figures = summary(problems, len(files), len(journeys))
    if fmt == "json":
        from .reporting import format_problems

        listed = json.loads(format_problems(problems, "json"))
        click.echo(json.dumps({"summary": figures, "problems": listed}, indent=2, ensure_ascii=False))
        raise SystemExit(1 if figures["errors"] or (strict and figures["warnings"]) else 0)
    return problems, dict(figures["by_rule"])


def _lint_settings(config_file: str | None, first: Path, select: tuple[str, ...],
                   ignore: tuple[str, ...]) -> tuple[ProjectConfig, LintConfig]:  # fmt: skip
    """The project's settings (from --config, or the nearest settings file), and the rules to run."""
    from .config import ConfigError, find_config, load_config
    from .lint import LintConfig, all_rules

    try:
        project = load_config(Path(config_file)) if config_file else find_config(first)
        known = [rule.id for rule in all_rules()]
        for rule_id in (*select, *ignore):
            if rule_id not in known:
                from .problem import did_you_mean

                raise ConfigError(f"unknown rule '{rule_id}'{did_you_mean(rule_id, known)}")
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    return project, (project.lint or LintConfig()).merged(LintConfig(select=select, ignore=ignore))


def _load_or_exit(path: str, fmt: str) -> Journey:
    try:
        return _load(Path(path))
    except JourneyError as error:
        _emit(list(error.problems), fmt, err=True)
        raise SystemExit(1) from None


def _load_measured(
    path: Path, data_files: tuple[str, ...], data_map: str | None, project: ProjectConfig | None = None
) -> Journey:
    """A journey with the figures of its project's render.data and of --data merged over its own."""
    from .analytics import with_data
    from .batch import stem
    from .config import ConfigError, find_config

    journey = _load(path)
    try:
        settings = project if project is not None else find_config(path if str(path) != STDIN else Path.cwd())
        declared = settings.data_for(path, stem(path)) if str(path) != STDIN else ()
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    return with_data(journey, (*declared, *data_files), data_map)


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
    from .stats import format_stats, journey_stats

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
    from .stats_summary import format_summary, summary_stats

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
    from .diff import diff as compare
    from .diff import format_diff

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
    from .batch import notes
    from .problem import CannotRender
    from .render import render

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
        from .diff import md_escape

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
    from .gitdiff import GitError, load_at

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
    from .diff import diff as compare
    from .gitdiff import GitError, journey_files

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
    from .diff import format_markdown, md_escape

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
    from .diff import format_diff, summary

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


@main.group(name="import")
def import_() -> None:
    """Turn another tool's diagram into a journey file."""


@import_.command(name="mermaid")
@click.argument("file", type=_EXISTING_FILE_OR_STDIN)
@click.option(
    "-o",
    "--output",
    type=_FILE_OR_STDOUT,
    help="Where to write. Default: beside FILE as NAME.journey.yaml; '-' for standard output.",
)
@click.option(
    "--actors",
    type=click.Choice(["personas", "departments"]),
    default="personas",
    show_default=True,
    help="What Mermaid's actors become.",
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--strict", is_flag=True, help="Write nothing and exit 1 when there are warnings.")
def import_mermaid(file: str, output: str | None, actors: str, force: bool, strict: bool) -> None:
    """Convert a Mermaid `journey` diagram to a .journey.yaml (scores 1..5 become -2..+2).

    FILE '-' reads standard input and needs -o. An existing output file is kept unless --force.
    Whatever Mermaid draws is imported: a score outside 1..5 is clamped, one that is not a number
    leaves the step without an emotion (both kept as x-mermaid-score), each with a warning.

    \b
    Examples:
      journeymd import mermaid onboarding.mmd                 # writes onboarding.journey.yaml
      journeymd import mermaid diagram.mmd --actors departments -o -
      cat diagram.mmd | journeymd import mermaid - -o onboarding.journey.yaml
    """
    from .loader import read_text, source_name
    from .mermaid_import import import_mermaid as convert

    if file == STDIN and output is None:  # there is no file name to put the journey beside
        raise click.UsageError("a diagram read from standard input needs -o FILE (or -o - for standard output)")
    source = Path(file)
    target = None if output == "-" else Path(output) if output else source.with_name(source.stem + ".journey.yaml")
    if target is not None and target.exists() and not force:  # before reading: stdin may be large
        _say(f"journeymd: {target} exists; use --force to overwrite it")
        raise SystemExit(1)
    try:
        name = source_name(file)
        text, warnings = convert(read_text(file, name), name, actors)
    except JourneyError as error:
        # Standard output carries the journey alone: problems go to standard error.
        _emit(list(error.problems), "text", err=True)
        raise SystemExit(1) from None
    _emit(warnings, "text", show_rule=True, err=True)
    if strict and warnings:
        raise SystemExit(1)
    if target is None:
        click.echo(text, nl=False)
        return
    write_atomic(target, text.encode("utf-8"))
    _say(f"wrote {target}")


@main.command()
@click.argument("file", required=False, type=_FILE_OR_STDOUT)
@click.option(
    "-t",
    "--template",
    default="5-phase",
    show_default=True,
    metavar="NAME",
    help="Phase model to start from; see --list.",
)
@click.option("--locale", type=click.Choice(["en", "nl"]), default="en", show_default=True)
@click.option("--list", "list_templates", is_flag=True, help="Show the templates and exit.")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def init(file: str | None, template: str, locale: str, list_templates: bool, force: bool) -> None:
    """Start a journey from a common 4-, 5- or 6-phase model, in English or Dutch (valid and lint-clean).

    `--template catalogue` starts a catalogue of personas, touchpoints and departments that
    journeys share with `include:` instead (FILE default: catalogue.yaml).

    Writes FILE (default: customer.journey.yaml) and, beside it, journey.schema.json for the editor
    modeline on its first line, unless that file is already there.

    \b
    Examples:
      journeymd init --list
      journeymd init webshop.journey.yaml --template 6-phase --locale nl
      journeymd init --template catalogue --locale nl
    """
    from .init import CATALOGUE_SUMMARY, CATALOGUE_TEMPLATE, TEMPLATES, catalogue_starter, starter

    if list_templates:
        for name, (summary, stages) in TEMPLATES.items():
            click.echo(f"{name:<18} {len(stages)} phases: {summary}")
        click.echo(f"{CATALOGUE_TEMPLATE:<18} {CATALOGUE_SUMMARY}")
        return
    known = [*TEMPLATES, CATALOGUE_TEMPLATE]
    if template not in known:
        from .problem import did_you_mean

        raise click.BadParameter(f"unknown template '{template}'{did_you_mean(template, known)}; see --list",
                                 param_hint="--template")  # fmt: skip
    catalogue = template == CATALOGUE_TEMPLATE
    text = catalogue_starter(locale) if catalogue else starter(template, locale)
    if file == "-":
        click.echo(text, nl=False)
        return
    target = Path(file or ("catalogue.yaml" if catalogue else "customer.journey.yaml"))
    if target.exists() and not force:
        _say(f"journeymd: {target} exists; use --force to overwrite it")
        raise SystemExit(1)
    write_atomic(target, text.encode("utf-8"))
    schema_file = target.parent / "journey.schema.json"
    if not schema_file.exists():
        from .validate import schema_text

        write_atomic(schema_file, schema_text().encode("utf-8"))
    if catalogue:
        _say(f"wrote {target}; next: add include: [{target.name}] to a journey beside it")
        return
    _say(f"wrote {target}; next: journeymd lint {target} && journeymd render {target}")


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
    from .batch import plan
    from .watch import watch as run_watch

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


@main.command()
@click.argument("file", type=_EXISTING_FILE)
@click.option("--dry-run", is_flag=True, help="Print the changes as a diff and write nothing.")
def fix(file: str, dry_run: bool) -> None:
    """Make the corrections journeymd is sure of, keeping comments and layout.

    Misspelt keys and ids (the "did you mean" of validate), Dutch keys with one English meaning,
    a touchpoint or department named where its id belongs, a rate of 35 meaning '35%'. What needs
    your judgement is listed, not changed; a file that does not parse is not touched. Exit 1 while
    problems are left.

    \b
    Examples:
      journeymd fix shoes.journey.yaml --dry-run
      journeymd fix shoes.journey.yaml
    """
    from .batch import write_atomic
    from .fix import fix_text
    from .loader import read_text
    from .reporting import printable

    try:
        with open(file, "rb") as raw:
            bom = "\ufeff" if raw.read(3) == b"\xef\xbb\xbf" else ""  # read_text drops it; the file keeps it
        before = bom + read_text(file)
        fixed = fix_text(before, file)
    except JourneyError as error:
        _emit(list(error.problems), "text", err=dry_run)
        _say(f"journeymd: {file} is left as it was: it must parse before anything in it can be fixed", err=True)
        raise SystemExit(1) from None
    if dry_run:
        for line in fixed.diff(before, file).splitlines():
            click.echo(printable(line))
    elif fixed.corrections:
        write_atomic(Path(file), fixed.text.encode("utf-8"))
    verb = "would fix" if dry_run else "fixed"
    for correction in fixed.corrections:
        _say(f"{file}:{correction.line}:{correction.column}: {verb} {correction}", err=dry_run)
    _emit(list(fixed.remaining), "text", err=dry_run)
    errors = [p for p in fixed.remaining if p.severity == "error"]
    _say(f"{file}: {verb} {len(fixed.corrections)}, {len(errors)} problem(s) left for you", err=True)
    raise SystemExit(1 if errors else 0)


@main.group(name="theme")
def theme_group() -> None:
    """Look at the colour and font themes (docs/themes.md describes every role)."""


@theme_group.command(name="show")
@click.argument("name", metavar="NAME|FILE")
def theme_show(name: str) -> None:
    """Print a theme with every colour and font role resolved, as a theme file.

    NAME is default, dark, high-contrast or print, or a theme .yaml (with what it extends filled in).

    \b
    Examples:
      journeymd theme show dark
      journeymd theme show brand.yaml > brand-full.yaml
    """
    from .reporting import printable
    from .themes import load_theme, theme_yaml

    if name == "auto":
        raise click.BadParameter(
            "'auto' is default and dark, chosen by the viewer: show one of them", param_hint="NAME"
        )
    _check_theme(name, "NAME")
    click.echo(theme_yaml(load_theme(name), printable(name if Path(name).suffix else f"theme '{name}'")), nl=False)


@main.command()
def schema() -> None:
    """Print the journey JSON Schema (for editors and other validators)."""
    from .validate import schema_text

    click.echo(schema_text(), nl=False)


def entry_point() -> None:
    """The console entry point: run the command, then leave without tearing the interpreter down.

    Finalising the modules of PyYAML, Jinja2 and click costs a short run 10-20 ms (measured on a
    50-step map); like mypy, we flush the output and exit at once. Every file we write is closed,
    and no atexit handler is ours, by then.
    """
    try:
        main()
        code = 0
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            code = stop.code or 0
        else:
            click.echo(stop.code, err=True)
            code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (journeymd schema | head) or a closed stream
            code = code or 1
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    entry_point()
