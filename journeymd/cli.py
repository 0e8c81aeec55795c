"""The `journeymd` command: a thin layer over the Python API."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__
from .problems import JourneyError, Problem

JOURNEY_SUFFIXES = (".journey.yaml", ".journey.yml")


def _journey_files(paths: tuple[str, ...]) -> Iterator[Path]:
    """Files named on the command line, and every *.journey.yaml under named directories."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.name.endswith(JOURNEY_SUFFIXES) and p.is_file())
            if not found:
                raise click.UsageError(f"no *.journey.yaml files under '{name}'")
            yield from found
        else:
            yield path


def _load(path: Path) -> object:
    from . import load

    return load(path)


def _emit(problems: list[Problem], fmt: str) -> None:
    from .report import format_problems

    text = format_problems(problems, fmt)
    if text:
        click.echo(text, nl=False)


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            sys.stderr.close()
            raise SystemExit(1) from None
        except Exception as exc:
            if os.environ.get("JOURNEYMD_DEBUG"):
                raise
            click.echo(f"journeymd: internal error: {type(exc).__name__}: {exc}", err=True)
            click.echo("Please report this with the input file; set JOURNEYMD_DEBUG=1 for details.", err=True)
            raise SystemExit(1) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="journeymd")
def main() -> None:
    """Customer journey maps as code: validate journey YAML and render swimlane maps.

    \b
    Examples:
      journeymd validate examples/
      journeymd render examples/shoes.journey.yaml -o shoes.svg
      journeymd schema > journey.schema.json
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
    help="How to print problems: for people, for tools, or as GitHub Actions annotations.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print problems only, no summary.")
def validate(paths: tuple[str, ...], fmt: str, quiet: bool) -> None:
    """Check journey files (or every *.journey.yaml under a directory).

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
    _emit(problems, fmt)
    if fmt == "text" and not quiet:
        if failed:
            click.echo(
                f"{failed} of {len(files)} file{'s' if len(files) != 1 else ''} invalid, {len(problems)} problem{'s' if len(problems) != 1 else ''}",
                err=True,
            )
        else:
            click.echo(f"{len(files)} file{'s' if len(files) != 1 else ''} valid", err=True)
    raise SystemExit(1 if failed else 0)


@main.command()
def schema() -> None:
    """Print the journey JSON Schema (for editors and other validators)."""
    from .validate import schema_text

    click.echo(schema_text(), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
