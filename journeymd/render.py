"""Turn a laid-out journey into files: SVG through Jinja templates, PNG, PDF and Graphviz DOT."""

from __future__ import annotations

from functools import cache
from typing import Any

from .i18n import label
from .layout import Scene, _fmt, layout
from .model import Journey
from .themes import Theme, load_theme

__all__ = ["FORMATS", "render", "render_svg"]

FORMATS = ("svg", "png", "pdf", "dot")


@cache
def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("journeymd", "data/templates"),
        autoescape=True,  # every template writes XML or HTML, and every string in it is user text
        trim_blocks=False,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["num"] = _fmt
    return env


def _summary(journey: Journey) -> str:
    steps = journey.steps
    parts = [journey.description] if journey.description else []
    parts.append(
        f"{len(journey.phases)} {label(journey.locale, 'phase').lower()}(s), {len(steps)} "
        f"{label(journey.locale, 'step').lower()}(s): " + "; ".join(p.name for p in journey.phases)
    )
    return ". ".join(parts)


def render_svg(journey: Journey, theme: str | Theme = "default", scene: Scene | None = None) -> str:
    """The swimlane map as a standalone SVG document. ``theme='auto'`` follows the viewer's dark mode."""
    dark = None
    if theme == "auto":
        theme, dark = load_theme("default"), load_theme("dark")
    elif isinstance(theme, str):
        theme = load_theme(theme)
    scene = scene or layout(journey)
    template = _environment().get_template("map.svg.j2")
    text: str = template.render(
        scene=scene, theme=theme, dark=dark, summary=_summary(journey), label=label(journey.locale, "map")
    )
    return text


def render(journey: Journey, fmt: str = "svg", theme: str | Theme = "default", scale: float = 1.0) -> bytes:
    """The map in one of FORMATS, as bytes ready to write."""
    if fmt == "dot":
        from .graph import to_dot

        return to_dot(journey).encode("utf-8")
    svg = render_svg(journey, theme)
    if fmt == "svg":
        return svg.encode("utf-8")
    if fmt == "png":
        from .raster import svg_to_png

        return svg_to_png(svg, scale)
    if fmt == "pdf":
        from .raster import svg_to_pdf

        return svg_to_pdf(svg, journey.title)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
