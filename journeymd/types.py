"""The names a render and a problem are given, as types: written once here, so that the command
line, the Python API and the type checker agree on them."""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "FORMATS",
    "ORIENTATIONS",
    "PAGED_FORMATS",
    "SEVERITIES",
    "VIEWS",
    "Format",
    "Orientation",
    "Severity",
    "View",
]

# What `render` writes; the order is the one help texts and messages list them in.
Format = Literal["svg", "html", "png", "pdf", "dot", "markdown", "mermaid"]
# The picture drawn for svg, png and pdf.
View = Literal["map", "blueprint", "flow", "overview"]
Orientation = Literal["landscape", "portrait"]
# How much a problem matters; lint settings may also switch a rule "off".
Severity = Literal["error", "warning", "info"]

FORMATS: tuple[Format, ...] = get_args(Format)
PAGED_FORMATS: tuple[Format, ...] = ("svg", "png", "pdf")  # the formats a page size applies to
VIEWS: tuple[View, ...] = get_args(View)
ORIENTATIONS: tuple[Orientation, ...] = get_args(Orientation)
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
