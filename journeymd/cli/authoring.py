"""Commands that write or show journey material: `import mermaid`, `init`, `fix`, `theme show`
and `schema`."""

from __future__ import annotations

from pathlib import Path

import click

from .._stdin import STDIN
from ..batch import write_atomic
from ..problem import JourneyError
from ._common import _EXISTING_FILE, _EXISTING_FILE_OR_STDIN, _FILE_OR_STDOUT, _check_theme, _emit, _say, main


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
    from ..loader import read_text, source_name
    from ..mermaid_import import import_mermaid as convert

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
    from ..init import CATALOGUE_SUMMARY, CATALOGUE_TEMPLATE, TEMPLATES, catalogue_starter, starter

    if list_templates:
        for name, (summary, stages) in TEMPLATES.items():
            click.echo(f"{name:<18} {len(stages)} phases: {summary}")
        click.echo(f"{CATALOGUE_TEMPLATE:<18} {CATALOGUE_SUMMARY}")
        return
    known = [*TEMPLATES, CATALOGUE_TEMPLATE]
    if template not in known:
        from ..problem import did_you_mean

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
        from ..validate import schema_text

        write_atomic(schema_file, schema_text().encode("utf-8"))
    if catalogue:
        _say(f"wrote {target}; next: add include: [{target.name}] to a journey beside it")
        return
    _say(f"wrote {target}; next: journeymd lint {target} && journeymd render {target}")


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
    from ..batch import write_atomic
    from ..fix import fix_text
    from ..loader import read_text
    from ..reporting import printable

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
    from ..reporting import printable
    from ..themes import load_theme, theme_yaml

    if name == "auto":
        raise click.BadParameter(
            "'auto' is default and dark, chosen by the viewer: show one of them", param_hint="NAME"
        )
    _check_theme(name, "NAME")
    click.echo(theme_yaml(load_theme(name), printable(name if Path(name).suffix else f"theme '{name}'")), nl=False)


@main.command()
def schema() -> None:
    """Print the journey JSON Schema (for editors and other validators)."""
    from ..validate import schema_text

    click.echo(schema_text(), nl=False)
