"""The `journeymd` command: a thin layer over the Python API.

The group and what its commands share are in ``_common``; each other module holds a group of
commands: ``checking`` (validate, lint), ``rendering`` (render, watch), ``figures`` (stats, diff)
and ``authoring`` (import, init, fix, theme, schema). Importing a module adds its commands to
``main``.
"""

from __future__ import annotations

import os
import sys

import click

from ._common import FORMAT_NAMES, REPORT_FORMATS, main
from .authoring import fix, import_, import_mermaid, init, schema, theme_group, theme_show
from .checking import lint, validate
from .figures import diff, stats
from .rendering import render, watch

__all__ = [
    "FORMAT_NAMES",
    "REPORT_FORMATS",
    "diff",
    "entry_point",
    "fix",
    "import_",
    "import_mermaid",
    "init",
    "lint",
    "main",
    "render",
    "schema",
    "stats",
    "theme_group",
    "theme_show",
    "validate",
    "watch",
]


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
