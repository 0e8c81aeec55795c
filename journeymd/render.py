"""Turn a laid-out journey into files: SVG through Jinja templates, PNG, PDF and Graphviz DOT."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from ._data import read_bytes
from ._gc import gc_paused
from .i18n import label
from .layout import Scene, layout, layout_pages
from .layout.scene import _fmt
from .model import Journey, Phase
from .page import Page
from .research import coverage_text, uses_research
from .themes import Theme, load_theme
from .types import FORMATS, PAGED_FORMATS

if TYPE_CHECKING:
    from .diff import JourneyDiff
    from .outputs import MapLinks
    from .types import Format, View

__all__ = ["FORMATS", "PAGED_FORMATS", "render", "render_pages", "render_svg", "theme_for"]


TEMPLATE_NAMES = ("map.svg.j2", "report.html.j2", "site.html.j2", "style.css.j2")


def templates_digest() -> str:
    """Fingerprint of the template sources and of the Jinja version that compiles them (a CRC-32
    is enough to tell a stale compiled copy from a current one)."""
    import zlib

    import jinja2

    crc = zlib.crc32(jinja2.__version__.encode())
    for name in TEMPLATE_NAMES:
        crc = zlib.crc32(name.encode() + b"\0" + read_bytes(f"templates/{name}"), crc)
    return f"{crc:08x}"


@cache
def _classes(names: str) -> str:
    """CSS classes in the ``jm-`` namespace; a map repeats a few dozen class lists thousands of times."""
    return " ".join(f"jm-{name}" for name in names.split())


@cache
def _environment(compiled: bool = True) -> Any:
    """The Jinja environment; ``compiled`` loads the templates compiled by tools/generate.py when
    they match the sources (compiling them costs a render about 35 ms)."""
    import jinja2

    loader: Any = jinja2.PackageLoader("journeymd", "data/templates")
    if compiled:
        try:
            from . import _templates

            if templates_digest() == _templates.DIGEST:
                loader = jinja2.ModuleLoader(_templates.__path__[0])
        except (ImportError, AttributeError):  # pragma: no cover - while the compiled copy is rebuilt
            pass
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,  # every template writes XML or HTML, and every string in it is user text
        trim_blocks=False,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["num"] = _fmt
    env.filters["classes"] = _classes
    return env


def _summary(journey: Journey) -> str:
    steps = journey.steps
    parts = [journey.description.rstrip(". ")] if journey.description else []  # joined with '. ' below
    parts.append(
        f"{len(journey.phases)} {label(journey.locale, 'phase').lower()}(s), {len(steps)} "
        f"{label(journey.locale, 'step').lower()}(s): " + "; ".join(p.name for p in journey.phases)
    )
    return ". ".join(parts)


@gc_paused
def render_svg(
    journey: Journey,
    theme: str | Theme = "default",
    scene: Scene | None = None,
    embed_style: bool = True,
    interactive: bool = False,
    view: View = "map",
    id_prefix: str = "jm-",
    fluid: bool = False,
) -> str:
    """The swimlane map as a standalone SVG document. ``theme='auto'`` follows the viewer's dark mode.
    ``fluid``: inline in a page, the map shrinks to a narrower column instead of overflowing it."""
    dark = None
    if theme == "auto":
        theme, dark = load_theme("default"), load_theme("dark")
    elif isinstance(theme, str):
        theme = load_theme(theme)
    from markupsafe import Markup

    scene = scene or layout(journey, view=view)
    template = _environment().get_template("map.svg.j2")
    text: str = template.render(
        scene=scene,
        theme=theme,
        dark=dark,
        font=Markup(theme.font),  # checked against a strict pattern when the theme was read
        embed_style=embed_style,
        interactive=interactive,
        prefix=id_prefix,
        fluid=fluid,
        summary=_summary(journey),
        label=label(journey.locale, "map"),
        research=uses_research(journey),  # the evidence balls' styles, only on maps that have them
    )
    return text


@gc_paused
def render_html(
    journey: Journey, theme: str | Theme = "default", baseline: Journey | None = None, links: MapLinks | None = None
) -> str:
    """The interactive report: map, details, personas, phases and tables in one self-contained page.

    ``theme`` is the light look; the page also carries the dark and high-contrast themes, chosen by
    the reader's system or the switch on the page.
    """
    import functools

    from markupsafe import Markup

    from . import __version__, stats
    from .i18n import LABELS, number, percent

    light = load_theme(theme) if isinstance(theme, str) and theme != "auto" else theme
    if not isinstance(light, Theme):
        light = load_theme("default")
    from .htmlmodel import STATIC_MAP_STEPS, encode, report_model, source_of, step_entries, step_ranges
    from .outputs import MapLinks

    t = LABELS.get(journey.locale, LABELS["en"])
    # The page's own header shows title and personas.
    scene = layout(journey, baseline=baseline, header=False, changes=_changes(journey, baseline), links=links)
    static_map = len(journey.steps) <= STATIC_MAP_STEPS
    svg = render_svg(journey, light, scene=scene, embed_style=False, interactive=True) if static_map else ""
    model = encode(report_model(journey, t, None if static_map else scene), compress=not static_map)
    print_svg = ""
    if static_map:
        from .page import parse_page

        # On paper the map wraps into rows as wide as an A3 page, at a size that can be read.
        paged = layout(
            journey, baseline=baseline, header=False, changes=_changes(journey, baseline), page=parse_page("a3")
        )
        print_svg = render_svg(journey, light, scene=paged, embed_style=False, id_prefix="jmp-")
    changes: list[str] = []
    if baseline is not None:
        from .diff import format_diff

        found = _changes(journey, baseline)
        if found is not None and not found.identical:
            changes = format_diff(found, baseline, journey).splitlines()
    has_blueprint = any(s.layer(layer) or s.evidence for s in journey.steps for layer in ("frontstage", "backstage"))
    blueprint = ""
    if has_blueprint:
        scene_b = layout(journey, view="blueprint", header=False)
        blueprint = render_svg(journey, light, scene=scene_b, embed_style=False, view="blueprint", id_prefix="jmb-")
    departments, matrix = stats.department_matrix(journey)
    funnel = [
        {
            "step": row.step,
            "reached": row.reached,
            "bar": f"{min(row.share, 1.0) * 100:.1f}",  # a funnel that grows keeps its bar in its track
            "percent": percent(row.share, journey.locale),
            "rate": percent(row.drop_rate, journey.locale) if row.drop_rate is not None else None,
            "derived": row.derived,
            "measured": percent(row.measured_rate, journey.locale) if row.measured_rate is not None else None,
            "declared": percent(row.declared_rate, journey.locale) if row.declared_rate is not None else None,
        }
        for row in stats.funnel(journey)
    ]
    channels = sorted({t.channel.lower() for s in journey.steps for t in s.touchpoints if t.channel})
    text: str = (
        _environment()
        .get_template("report.html.j2")
        .render(
            journey=journey,
            research=uses_research(journey),
            coverage=lambda phase: coverage_text(phase.steps, journey.locale),
            scene=scene,
            svg=Markup(svg),  # rendered by our own autoescaping template
            blueprint=Markup(blueprint),
            t=t,
            static_map=static_map,
            model=Markup(model),  # JSON with every '<' escaped, or base64
            entries=lambda step, last: step_entries(journey, step, t, last),
            source=lambda step: source_of(journey, step),
            ranges=step_ranges,
            version=__version__,
            light=light,
            dark=load_theme("dark"),
            contrast=load_theme("high-contrast"),
            font=Markup(light.font),
            personas=journey.personas,
            persona_names={p.id: p.name for p in journey.personas},
            summaries=stats.phase_summaries(journey),
            kpis=functools.partial(_kpi_texts, journey),
            count=functools.partial(number, locale=journey.locale),
            pct=functools.partial(percent, locale=journey.locale),
            steps_by_id={step.id: step for step in journey.steps},
            inventory=[use for use in stats.touchpoint_inventory(journey)],
            departments=departments,
            matrix=matrix,
            department_issues=stats.department_issues(journey),
            funnel=funnel,
            channels=channels,
            page_css=Markup(read_bytes("templates/report.css").decode("utf-8")),
            page_js=Markup(read_bytes("templates/report.js").decode("utf-8")),
            print_svg=Markup(print_svg),  # rendered by our own autoescaping template
            changes=changes,
            data_sources=[source.text(journey.locale) for source in journey.datasets],
            has_issues=any(s.pain_points or s.opportunities for s in journey.steps),
            links=links or MapLinks(),
        )
    )
    return _with_policy(text)


def _kpi_texts(journey: Journey, phase: Phase) -> list[str]:
    """A phase's KPIs as the report lists them, a value from a data file with where it came from."""
    from .analytics import kpi_source

    texts = []
    for kpi in phase.kpis:
        source = kpi_source(journey, phase, kpi)
        texts.append(kpi.text(journey.locale) + (f" — {source.text(journey.locale)}" if source else ""))
    return texts


def _with_policy(page: str) -> str:
    """Fill in the page's Content-Security-Policy: nothing loads, only the page's own style sheet
    and script run (by hash), so that no injected markup could style or script the report."""
    import base64
    import hashlib

    def digest(tag: str, start_tag: str) -> str:
        start = page.index(start_tag) + len(start_tag)
        body = page[start : page.index(f"</{tag}>", start)]
        return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"

    policy = (
        f"default-src 'none'; style-src {digest('style', '<style>')}; "
        f"script-src {digest('script', '<script>')}; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return page.replace("__JM_CSP__", policy, 1)


def theme_for(theme: str | Theme | None, page: Page | None) -> str | Theme:
    """The theme asked for, or the default one for where the map is shown: print for paper."""
    if theme is not None:
        return theme
    return "print" if page is not None and page.paper else "default"


def _changes(journey: Journey, baseline: Journey | None) -> JourneyDiff | None:
    if baseline is None:
        return None
    from .diff import diff  # only a map drawn over an earlier version needs it

    return diff(baseline, journey)  # the outlines show what diff says changed


def render(
    journey: Journey,
    fmt: Format = "svg",
    theme: str | Theme | None = None,
    scale: float = 1.0,
    view: View = "map",
    baseline: Journey | None = None,
    page: Page | None = None,
    links: MapLinks | None = None,
) -> bytes:
    """The journey in one of FORMATS, as bytes ready to write. ``view`` chooses the picture for
    svg, png and pdf: the swimlane ``map``, the service ``blueprint``, the ``flow`` chart or the
    ``overview``. With ``baseline`` (an earlier version) the map and report show its emotion curve
    behind the current one and outline what changed.

    ``page`` (``journeymd.page.parse_page("a3")``) fits the map to where it is shown: its steps wrap
    into rows as wide as the page. A PDF then has pages of that size; an SVG or PNG is one picture of
    the page's width with every row (``render_pages`` gives one picture per page). ``theme`` None is
    the print theme on paper and the default theme elsewhere. ``links``
    (``journeymd.outputs.map_links``) links the map to the maps of the journeys it names. A view the
    format cannot draw, or a page it does not fit, raises RequestError, as ``journeymd render`` refuses them."""
    from .request import check_page_fits, check_view

    check_view((fmt,), view)
    if page is not None:
        check_page_fits((fmt,), view)
    chosen = theme_for(theme, page)
    if fmt == "html":
        return render_html(journey, chosen, baseline, links).encode("utf-8")
    one_theme = "default" if chosen == "auto" else chosen  # Graphviz draws one look, not two
    if fmt == "dot":
        from .graph import to_dot

        return to_dot(journey, one_theme).encode("utf-8")
    if fmt in ("markdown", "mermaid"):
        from .markdown_export import to_markdown
        from .mermaid_export import to_mermaid

        return (to_markdown(journey, links) if fmt == "markdown" else to_mermaid(journey)).encode("utf-8")
    if fmt == "pdf" and page is not None and page.height is not None and view != "flow":
        from .raster import svg_to_pdf

        scenes = layout_pages(
            journey, page, view=view, baseline=baseline, changes=_changes(journey, baseline), links=links
        )
        svgs = [render_svg(journey, chosen, scene=scene, view=view) for scene in scenes]
        # The size of the pages as laid out: a page that had to turn to fit its rows is printed turned.
        size = (scenes[0].print_width, scenes[0].print_height)
        return svg_to_pdf(svgs, journey.title, page_size=size)
    if view == "flow":
        from .graph import flow_svg

        svg = flow_svg(journey, one_theme)
    else:
        scene = layout(
            journey, view=view, baseline=baseline, changes=_changes(journey, baseline), page=page, links=links
        )
        svg = render_svg(journey, chosen, scene=scene, view=view)
    return _from_svg(journey, svg, fmt, scale)


def _from_svg(journey: Journey, svg: str, fmt: Format, scale: float) -> bytes:
    if fmt == "svg":
        return svg.encode("utf-8")
    if fmt == "png":
        from .raster import svg_to_png

        return svg_to_png(svg, scale)
    if fmt == "pdf":
        from .raster import svg_to_pdf

        return svg_to_pdf(svg, journey.title)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_pages(
    journey: Journey,
    fmt: Format,
    theme: str | Theme | None = None,
    scale: float = 1.0,
    view: View = "map",
    baseline: Journey | None = None,
    page: Page | None = None,
) -> list[bytes]:
    """The map as one SVG or PNG per page of ``page`` (a column page such as docs gives one)."""
    if fmt not in ("svg", "png"):
        raise ValueError(f"render_pages draws svg or png, not {fmt!r}")
    if view == "flow":
        raise ValueError("render_pages draws the map, the blueprint or the overview; the flow chart is one picture")
    chosen = theme_for(theme, page)
    if page is None:
        return [render(journey, fmt, chosen, scale, view, baseline)]
    scenes = layout_pages(journey, page, view=view, baseline=baseline, changes=_changes(journey, baseline))
    if fmt == "png":  # resvg takes sizes in px only: a page of 297 mm is 1122.5 px at 96 per inch
        scenes = tuple(_sized_in_px(scene) for scene in scenes)
    return [_from_svg(journey, render_svg(journey, chosen, scene=scene, view=view), fmt, scale) for scene in scenes]


def _sized_in_px(scene: Scene) -> Scene:
    from dataclasses import replace

    from .page import length_px

    def px(size: str) -> str:
        return _fmt(round(length_px(size), 1)) if size else size

    return replace(scene, print_width=px(scene.print_width), print_height=px(scene.print_height))
