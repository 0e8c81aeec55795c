"""The `journeymd` command group and what its commands share: the option types, loading a journey,
the way problems and file names are printed, and the handling of errors no command catches."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from .._stdin import STDIN
from ..problem import JourneyError, OutputError, Problem
from ..request import (
    RequestError,
    check_theme,
    journey_files,
    parse_formats,
)
from ..types import FORMATS, Format

if TYPE_CHECKING:
    from ..config import ProjectConfig
    from ..model import Journey


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
    from .. import load

    return load(path)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _emit(problems: list[Problem], fmt: str, show_rule: bool = False, err: bool = False) -> None:
    """Print problems: on standard output for validate and lint, whose output they are; on standard
    error (``err``) for commands whose standard output carries a map, figures or a journey."""
    from ..reporting import format_problems

    text = format_problems(problems, fmt, show_rule)
    if text:
        click.echo(text, nl=False, err=err)


def _say(line: str, err: bool = True) -> None:
    """Print a line that names files: a name can hold terminal escapes or a right-to-left override."""
    from ..reporting import printable

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
        from .._stdin import forget

        forget()
        _WARNED.clear()
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:  # a usage error quotes the file names it is about
            from ..reporting import printable

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


def _usage(error: RequestError) -> click.ClickException:
    """A request refused, as the usage error it is on the command line."""
    if error.option:
        return click.BadParameter(str(error), param_hint=error.option)
    return click.UsageError(str(error))


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


def _formats(value: str) -> tuple[Format, ...]:
    """The formats of a -f option, each once in the order asked, aliases (md, mmd) resolved."""
    try:
        return parse_formats(value)
    except RequestError as error:
        raise _usage(error) from None


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
    from ..analytics import with_data
    from ..batch import stem
    from ..config import ConfigError, find_config

    journey = _load(path)
    try:
        settings = project if project is not None else find_config(path if str(path) != STDIN else Path.cwd())
        declared = settings.data_for(path, stem(path)) if str(path) != STDIN else ()
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    return with_data(journey, (*declared, *data_files), data_map)
