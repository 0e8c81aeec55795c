"""The `journeymd` command: a thin layer over the Python API."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from . import __version__
from ._stdin import STDIN
from .batch import JOURNEY_SUFFIXES, SUFFIXES, Job, Outcome, write_atomic
from .problems import JourneyError, OutputError, Problem

if TYPE_CHECKING:
    from .config import ProjectConfig

FORMAT_NAMES = ("svg", "html", "png", "pdf", "dot", "markdown", "mermaid")
FORMAT_ALIASES = {"gv": "dot", "htm": "html", "md": "markdown", "mmd": "mermaid"}  # file suffixes people type
# One word, one meaning in every command: -f/--to names what is written, --format how problems and
# reports are printed.
REPORT_FORMATS = ("text", "json", "github", "gitlab")


_WARNED: set[Path] = set()


def _journey_files(paths: tuple[str, ...]) -> Iterator[Path]:
    """Files named on the command line, and every *.journey.yaml under named directories; each once.
    A link under a directory that leads out of it is skipped, with a warning: a folder in a pull
    request must not make journeymd read (and quote) a file elsewhere on the machine."""
    seen: set[Path] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.name.endswith(JOURNEY_SUFFIXES) and p.is_file())
            inside = path.resolve()
            real = {file: _real(file) for file in found}
            for outside in [file for file in found if not real[file].is_relative_to(inside)]:
                if outside not in _WARNED:  # once a command, though watch looks again every moment
                    _WARNED.add(outside)
                    click.echo(f"journeymd: warning: skipped {outside}: a link to a file outside {name}", err=True)
                found.remove(outside)
            if not found:
                raise click.UsageError(f"no *.journey.yaml files under '{name}'")
        else:
            found, real = [path], {}
        for file in found:
            key = file if str(file) == STDIN else real.get(file) or _real(file)
            if key not in seen:
                seen.add(key)
                yield file


_RESOLVED: dict[Path, Path] = {}  # folders resolved by this command (a relative one depends on its folder)


def _real(path: Path) -> Path:
    """``path.resolve()``, resolving each folder once: for a thousand journeys in ten folders,
    resolving every file's whole path cost a render that had nothing to do a third of a second."""
    if path.is_symlink() or path.name in ("", ".", ".."):
        return path.resolve()
    if path.parent not in _RESOLVED:
        _RESOLVED[path.parent] = path.parent.resolve()
    return _RESOLVED[path.parent] / path.name


def _load(path: Path) -> object:
    from . import load

    return load(path)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _emit(problems: list[Problem], fmt: str, show_rule: bool = False, err: bool = False) -> None:
    """Print problems: on standard output for validate and lint, whose output they are; on standard
    error (``err``) for commands whose standard output carries a map, figures or a journey."""
    from .report import format_problems

    text = format_problems(problems, fmt, show_rule)
    if text:
        click.echo(text, nl=False, err=err)


def _say(line: str, err: bool = True) -> None:
    """Print a line that names files: a name can hold terminal escapes or a right-to-left override."""
    from .report import printable

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
    def invoke(self, ctx: click.Context) -> object:
        from ._stdin import forget

        forget()
        _WARNED.clear()
        _RESOLVED.clear()
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:  # a usage error quotes the file names it is about
            from .report import printable

            exc.message = printable(exc.message)  # type: ignore[misc]  # Final in click; we only escape it
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
def render(paths: tuple[str, ...], output: str | None, formats: str | None, theme: str | None, page_spec: str | None,
           orientation: str | None, view: str, scale: float, phase_keys: tuple[str, ...], check: bool, force: bool,
           prune: bool, jobs: int, quiet: bool, report_fmt: str | None, error_fmt: str | None) -> None:  # fmt: skip
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
    """
    from .batch import run

    error_fmt, formats = _report_or_outputs(report_fmt, error_fmt, formats)
    asked_formats = formats  # as given, for the command --check says fixes what it finds
    if prune and check:
        raise click.UsageError("--check writes nothing, and --prune deletes; run --check, then render --prune")
    project = _project_output(paths) if output is None and STDIN not in paths else None
    if project is not None and formats is None and project.formats:
        formats = project.formats
    suffix_format = _format_from_suffix(output)
    if suffix_format == "":
        suffixes = ", ".join(f".{SUFFIXES.get(fmt, fmt)}" for fmt in FORMAT_NAMES)
        raise click.UsageError(
            f"cannot tell the format from '{output}': end the file name in {suffixes}, or give -o a folder"
        )
    if formats is not None:
        chosen = _formats(formats)
        if suffix_format and chosen != (suffix_format,):
            several = "; give -o a folder for several formats" if len(chosen) > 1 else ""
            raise click.UsageError(
                f"-o {output} names {_a(suffix_format)} file, but -f asks for {', '.join(chosen)}{several}"
            )
    else:
        chosen = (suffix_format,) if suffix_format else ("svg",)
    if view == "flow" and set(chosen) - {"svg", "png", "pdf", "dot"}:
        raise click.UsageError("--view flow writes svg, png, pdf or dot")
    if view in ("blueprint", "overview") and set(chosen) - {"svg", "png", "pdf"}:
        also = " (the html report shows the blueprint anyway)" if view == "blueprint" else ""
        raise click.UsageError(f"--view {view} draws svg, png or pdf{also}")
    page, orientation = _page_options(page_spec, orientation, chosen, view)
    if scale != 1.0 and "png" not in chosen:
        raise click.UsageError("--scale zooms PNG output; add -f png or write to a .png file")
    if theme is not None:
        _check_theme(theme)
    phases = _split(phase_keys)
    sources = list(_journey_files(paths))
    if Path(STDIN) in sources:
        if len(sources) != 1:
            raise click.UsageError("'-' (standard input) must be the only journey of a render")
        if output is None:
            raise click.UsageError("a journey read from standard input needs -o FILE, -o FOLDER or -o -")
        jobs = 1  # standard input is read once, by this process
    if suffix_format and len(sources) > 1:
        raise click.UsageError(f"-o {output} names one file; for {len(sources)} journeys give -o a folder")
    if output == "-":
        if len(sources) != 1 or len(chosen) != 1:
            raise click.UsageError("-o - writes one file in one format")
        job = _plan(sources, None, None, chosen, theme, scale, view, phases, page, orientation)[0]
        _render_to_stdout(job, error_fmt)
        return
    single_target = output is not None and len(sources) == 1 and len(chosen) == 1 and not Path(output).is_dir() \
        and bool(suffix_format)  # fmt: skip
    root = Path(paths[0]) if len(paths) == 1 and Path(paths[0]).is_dir() else None
    out_dir = None if output is None or single_target else Path(output)
    if project is not None:
        planned = []
        for source in sources:
            in_dir, map_dir = _project_folders(project, source)
            planned += _plan([source], in_dir, map_dir, chosen, theme, scale, view, phases, page, orientation)
    else:
        planned = _plan(sources, root, out_dir, chosen, theme, scale, view, phases, page, orientation)
    if single_target:
        planned = [dataclasses.replace(planned[0], target=Path(str(output)))]
    _refuse_clashes(planned, sources)
    # The cache is for folders of journeys; rendering named files always renders, leaving no cache file.
    use_cache = any(Path(p).is_dir() for p in paths)
    outcomes = run(planned, force, check, jobs, None if quiet else _progress(check), use_cache)
    problems = [p for o in outcomes for p in o.problems]
    _emit(sorted(set(problems)), error_fmt, err=True)
    for outcome in outcomes:
        if outcome.detail:
            _say(f"journeymd: {outcome.detail}")
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in
              ("rendered", "fresh", "failed", "missing", "stale")}  # fmt: skip
    if check:
        from .batch import orphans
        from .render_check import render_arguments, report

        stale = [(o.status, o.job.target, o.job.source) for o in outcomes if o.status in ("missing", "stale")]
        # Orphans are not a failure: another command may render other journeys into the same folder.
        arguments = render_arguments(paths, output, asked_formats, theme, page_spec, orientation or None, view, scale,
                                     phase_keys)  # fmt: skip
        click.echo(report(stale, orphans(planned) if use_cache else [], arguments, error_fmt), nl=False)
        if not quiet:
            click.echo(f"{counts['fresh']} fresh, {counts['stale']} stale, {counts['missing']} missing, "
                       f"{counts['failed']} failed", err=True)  # fmt: skip
        raise SystemExit(1 if counts["stale"] or counts["missing"] or counts["failed"] else 0)
    if prune and use_cache:
        from .batch import orphans
        from .batch import prune as delete

        for removed in delete(orphans(planned)):
            _say(f"removed: {removed} (no journey here renders it any more)", err=False)
    if not quiet and len(outcomes) > 1:
        click.echo(f"{counts['rendered']} rendered, {counts['fresh']} fresh, {counts['failed']} failed", err=True)
    raise SystemExit(1 if counts["failed"] else 0)


def _report_or_outputs(report_fmt: str | None, error_fmt: str | None, formats: str | None) -> tuple[str, str | None]:
    """The report format and the output formats of render. ``--format svg`` meant the output format
    before --format meant the report in every command; the two sets of names do not overlap, so
    such a command still does what it did."""
    if report_fmt is not None and report_fmt not in REPORT_FORMATS:
        asked = [FORMAT_ALIASES.get(f.lower(), f.lower()) for f in _split((report_fmt,))]
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


def _project_output(paths: tuple[str, ...]) -> ProjectConfig | None:
    """The project settings, when they name the folder maps are written to."""
    from .config import ConfigError, find_config

    try:
        project = find_config(Path(paths[0]) if paths else Path.cwd())
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    return project if project.output else None


def _project_folders(project: ProjectConfig, source: Path) -> tuple[Path, Path]:
    """The input folder ``source`` is below, and the output folder its map mirrors into: the map
    of inputs/sub/a.journey.yaml is output/sub/a.svg, as ``render inputs/ -o output`` writes it."""
    try:  # named from here, as the maps are in messages: docs/maps/sub/a.svg
        output = Path(os.path.relpath(project.root / project.output))
    except ValueError:  # another drive
        output = project.root / project.output
    real = _real(source)
    for folder in (*(project.root / i for i in project.inputs), project.root):
        if real.is_relative_to(_real(folder)):
            return source.parent, output / real.parent.relative_to(_real(folder))
    return source.parent, output


def _a(fmt: str) -> str:
    """'an SVG', 'a PNG', 'a Markdown': the format with its article, as a message names it."""
    words = {"markdown": "Markdown", "mermaid": "Mermaid"}
    if fmt in words:
        return f"a {words[fmt]}"
    return f"{'an' if fmt[0] in 'aefhilmnorsx' else 'a'} {fmt.upper()}"  # said letter by letter: an SVG, a PNG


def _refuse_clashes(planned: list[Job], sources: list[Path]) -> None:
    """Two journeys rendered to one file, or a map written over a journey, would lose work silently."""
    inputs = {_real(source) for source in sources if str(source) != STDIN}
    written: dict[Path, Job] = {}
    for job in planned:
        target = _real(job.target)
        if target in inputs:
            raise click.UsageError(f"{job.target} is a journey being rendered; write the {job.fmt} elsewhere with -o")
        if target in written:
            raise click.UsageError(
                f"{written[target].source} and {job.source} would both be written to {job.target}; "
                "render them to different folders"
            )
        written[target] = job


def _format_from_suffix(output: str | None) -> str | None:
    """The format an output's suffix names; None for a folder, '-' or no suffix; '' for a suffix
    that names no format."""
    if not output or output == "-":
        return None
    suffix = Path(output).suffix.lstrip(".").lower()
    if not suffix or Path(output).is_dir():
        return None
    return FORMAT_ALIASES.get(suffix, suffix) if suffix in (*FORMAT_NAMES, *FORMAT_ALIASES) else ""


def _check_theme(theme: str, param_hint: str = "--theme") -> None:
    """A theme that is no theme is a usage error; a theme file with problems stops the command
    before any output is written (not after the formats that need no theme)."""
    from .themes import BUILTIN, load_theme

    if theme in (*BUILTIN, "auto"):
        return
    if not Path(theme).is_file():
        from .problems import did_you_mean

        raise click.BadParameter(
            f"'{theme}' is neither a theme ({', '.join(BUILTIN)}, auto) nor a theme file"
            f"{did_you_mean(theme, (*BUILTIN, 'auto'))}",
            param_hint=param_hint,
        )
    try:
        load_theme(theme)
    except JourneyError as error:
        _emit(list(error.problems), "text", err=True)
        raise SystemExit(1) from None


def _page_options(
    page_spec: str | None, orientation: str | None, formats: tuple[str, ...], view: str
) -> tuple[str | None, str]:
    """The page size and orientation the options ask for; None: each journey's project setting."""
    from .page import PageError, parse_page

    if page_spec is None:
        if orientation is not None:
            raise click.UsageError("--orientation turns a --page (a4, a3, slide, …)")
        return None, ""
    if not set(formats) & {"svg", "png", "pdf"}:
        raise click.UsageError("--page fits the map's pictures: svg, png or pdf")
    if view == "flow":
        raise click.UsageError("--page fits the map, blueprint and overview; the flow chart has its own shape")
    try:
        parse_page(page_spec, orientation)
    except PageError as error:
        raise click.BadParameter(str(error), param_hint="--page") from None
    return page_spec, orientation or ""


def _plan(*args: Any, **options: Any) -> list[Job]:
    """``batch.plan``, with a broken settings file as a usage error."""
    from .batch import plan
    from .config import ConfigError

    try:
        return plan(*args, **options)
    except ConfigError as error:
        raise click.UsageError(str(error)) from None


def _render_to_stdout(job: Job, error_fmt: str) -> None:
    from .batch import render_noting
    from .problems import CannotRender

    source = job.source
    try:
        data, notes = render_noting(source, job.fmt, job.theme, job.scale, job.view, job.phases, job.page,
                                    job.orientation)  # fmt: skip
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
    from .report import printable

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


def _formats(value: str) -> tuple[str, ...]:
    """The formats of a -f option, each once in the order asked, aliases (md, mmd) resolved."""
    asked = [FORMAT_ALIASES.get(fmt.lower(), fmt.lower()) for fmt in _split((value,))]
    for fmt in asked:
        if fmt not in FORMAT_NAMES:
            raise click.BadParameter(f"'{fmt}' is not one of {', '.join(FORMAT_NAMES)}", param_hint="-f/--to")
    if not asked:
        raise click.BadParameter(f"name a format: {', '.join(FORMAT_NAMES)}", param_hint="-f/--to")
    return tuple(dict.fromkeys(asked))


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


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
def lint(
    paths: tuple[str, ...],
    fmt: str,
    strict: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_file: str | None,
    list_rules: bool,
    quiet: bool,
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
    from .config import ConfigError, find_config, load_config
    from .lint import LintConfig, all_rules
    from .lint import lint as run_rules

    if list_rules:
        for rule in all_rules():
            click.echo(f"{rule.id:<26} {rule.severity:<8} {rule.description}")
        return
    files = list(_journey_files(paths))
    try:
        project = load_config(Path(config_file)) if config_file else find_config(Path(paths[0]))
        known = [rule.id for rule in all_rules()]
        for rule_id in (*_split(select), *_split(ignore)):
            if rule_id not in known:
                from .problems import did_you_mean

                raise ConfigError(f"unknown rule '{rule_id}'{did_you_mean(rule_id, known)}")
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    settings = (project.lint or LintConfig()).merged(LintConfig(select=_split(select), ignore=_split(ignore)))
    problems: list[Problem] = []
    journeys = []
    for path in files:
        try:
            journey = _load(path)
        except JourneyError as error:
            problems.extend(error.problems)
            continue
        journeys.append(journey)
        problems.extend(run_rules(journey, settings, project.ignores_for(path)))  # type: ignore[arg-type]
    if len(files) > 1 or any(Path(p).is_dir() for p in paths):
        from .lint import lint_across, summary

        whole = any(Path(p).is_dir() for p in paths)
        problems = sorted({*problems, *lint_across(journeys, settings, project.ignores_for, whole)})  # type: ignore[arg-type]
        figures = summary(problems, len(files), len(journeys))
        if fmt == "json":  # several files: the problems with a summary over them (one file: the list alone)
            from .report import format_problems

            listed = json.loads(format_problems(problems, "json"))
            click.echo(json.dumps({"summary": figures, "problems": listed}, indent=2, ensure_ascii=False))
            raise SystemExit(1 if figures["errors"] or (strict and figures["warnings"]) else 0)
    _emit(problems, fmt, show_rule=True)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = sum(1 for p in problems if p.severity == "warning")
    if fmt == "text" and not quiet:
        checked = f"{_count(len(files), 'file')} checked"
        if len(files) > 1:
            checked = f"{_count(len(files), 'file')} ({_count(len(journeys), 'valid journey')}) checked"
        rules = figures["by_rule"] if len(files) > 1 else {}
        by_rule = f" ({', '.join(f'{rule} {n}' for rule, n in rules.items())})" if rules else ""  # type: ignore[attr-defined]
        click.echo(f"{checked}: {_count(errors, 'error')}, {_count(warnings, 'warning')}{by_rule}", err=True)
    raise SystemExit(1 if errors or (strict and warnings) else 0)


def _load_or_exit(path: str, fmt: str) -> object:
    try:
        return _load(Path(path))
    except JourneyError as error:
        _emit(list(error.problems), fmt, err=True)
        raise SystemExit(1) from None


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_EXISTING_PATH_OR_STDIN)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one journey's figures; for several, {summary, journeys: [each with its path]}.")  # fmt: skip
def stats(paths: tuple[str, ...], fmt: str) -> None:
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
      journeymd stats journeys/ --format json | jq .summary
    """
    from .stats import format_stats, journey_stats

    files = list(_journey_files(paths))
    journeys: list[tuple[Path, Any]] = []
    problems: list[Problem] = []
    for path in files:
        try:
            journeys.append((path, _load(path)))
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

    if base is None and head is not None:
        raise click.UsageError("--head needs --base")
    if base is not None:
        if new is not None:
            raise click.UsageError("with --base, give one journey or folder: the other version is at REF")
        if old == STDIN:
            raise click.UsageError("with --base, the journey is read from git, not standard input")
        if Path(old).is_dir():
            if render_to:
                raise click.UsageError("--render draws one map: give a journey, not a folder")
            _diff_folder(Path(old), base, head, fmt)
            return
    elif new is None:
        raise click.UsageError("give OLD and NEW, or --base REF and one journey")
    elif Path(old).is_dir():
        raise click.BadParameter(f"'{old}' is a folder; compare folders with --base", param_hint="OLD")
    if old == new == STDIN:
        raise click.UsageError("only one of OLD and NEW can be read from standard input")
    fmt_out = _format_from_suffix(render_to) if render_to else None
    if render_to:
        if fmt_out not in ("svg", "png", "html"):
            raise click.BadParameter(f"writes .svg, .png or .html, not '{render_to}'", param_hint="--render")
        if Path(render_to).resolve() in {Path(p).resolve() for p in (old, new) if p and p != STDIN}:
            raise click.BadParameter(f"'{render_to}' is one of the journeys compared", param_hint="--render")
    if base is not None:
        before, after = _load_versions(Path(old), base, head)
        if before is None and after is None:
            raise click.BadParameter(f"'{old}' is neither in {base} nor in {head}", param_hint="OLD")
        if before is None or after is None:
            # A journey new in (or gone from) a pull request is a change, not a mistake.
            if render_to:
                raise click.UsageError(f"'{old}' is not in {head if after is None else base}: nothing to compare")
            _say_whole_journey(old, "added" if before is None else "removed", after or before, fmt)
            raise SystemExit(1)
    else:
        before = _load_or_exit(old, "text")
        after = _load_or_exit(str(new), "text")
    result = compare(before, after)  # type: ignore[arg-type]
    click.echo(format_diff(result, before, after, fmt, picture=render_to), nl=False)  # type: ignore[arg-type]
    if render_to:
        from .batch import notes
        from .problems import CannotRender
        from .render import render

        try:
            with notes() as said:
                data = render(after, str(fmt_out), baseline=before)  # type: ignore[arg-type]
        except CannotRender as cannot:
            _say(f"journeymd: {cannot}")
            raise SystemExit(1) from None
        for note in said:
            _say(f"journeymd: {render_to}: {note}")
        write_atomic(Path(render_to), data)
        _say(f"wrote {render_to}")
    raise SystemExit(0 if result.identical else 1)


def _say_whole_journey(shown: str, status: str, journey: Any, fmt: str) -> None:
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


def _load_versions(path: Path, base: str, head: str | None) -> tuple[object | None, object | None]:
    """A journey at ``base`` and at ``head`` (the working tree for ``None``); every problem in
    either is printed before journeymd exits."""
    from .gitdiff import GitError, load_at

    found: list[Problem] = []
    versions: list[object | None] = []
    for ref in (base, head):
        try:
            versions.append(load_at(ref, path, f"{ref}:{path}" if ref else str(path)))
        except JourneyError as error:
            found += error.problems
            versions.append(None)
        except GitError as error:
            _git_or_exit(error)
    if found:
        _emit(found, "text", err=True)
        raise SystemExit(1)
    return versions[0], versions[1]


def _diff_folder(folder: Path, base: str, head: str | None, fmt: str) -> None:
    """Every journey in ``folder`` at ``base`` against ``head``: added, removed and changed ones."""
    from .diff import JourneyDiff, format_diff, format_markdown, summary
    from .diff import diff as compare
    from .gitdiff import GitError, journey_files, load_at

    try:
        names = sorted({*journey_files(base, folder), *journey_files(head, folder)})
    except GitError as error:
        _git_or_exit(error)
    found: list[Problem] = []
    pairs: list[tuple[str, Any, Any]] = []
    for name in names:
        versions = []
        for ref in (base, head):
            shown = f"{ref}:{folder / name}" if ref else str(folder / name)
            try:
                versions.append(load_at(ref, folder / name, shown))
            except JourneyError as error:
                found += error.problems
                versions.append(None)
            except GitError as error:
                _git_or_exit(error)
        pairs.append((str(folder / name), versions[0], versions[1]))
    if found:
        _emit(found, "text", err=True)
        raise SystemExit(1)
    results: list[tuple[str, str, Any, Any, JourneyDiff | None]] = []
    for shown, before, after in pairs:
        if before is None or after is None:
            results.append((shown, "added" if before is None else "removed", before, after, None))
        else:
            found_changes = compare(before, after)
            if not found_changes.identical:
                results.append((shown, "changed", before, after, found_changes))
    if fmt == "json":
        from dataclasses import asdict

        report = [
            {"path": shown, "status": status, **({"diff": asdict(changes)} if changes else {})}
            for shown, status, _, _, changes in results
        ]
        click.echo(json.dumps({"identical": not results, "journeys": report}, indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        from .diff import md_escape

        counts = {s: sum(1 for r in results if r[1] == s) for s in ("changed", "added", "removed")}
        said = ", ".join(f"{n} {s}" for s, n in counts.items()) if results else "no differences"
        lines = [f"### Journeys: {said}", ""]
        for shown, status, before, after, changes in results:
            if changes is None:
                lines += [f"**{md_escape(shown)}** {status}: {md_escape((after or before).title)}", ""]
            else:
                lines.append(format_markdown(changes, before, after, heading=shown))
        click.echo("\n".join(lines).rstrip("\n"))
    else:
        for shown, status, before, after, changes in results:
            if changes is None:
                _say(f"{'+' if status == 'added' else '-'} journey {shown}", err=False)
            else:
                _say(f"~ journey {shown}: {summary(changes, after.locale)}", err=False)
                lines = format_diff(changes, before, after).splitlines()
                click.echo("".join(f"  {line}\n" for line in lines), nl=False)
        if not results:
            click.echo("no differences")
    if results:
        raise SystemExit(1)


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
    from .mermaid import import_mermaid as convert

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
        from .problems import did_you_mean

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
    from .report import printable

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
    from .report import printable
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
