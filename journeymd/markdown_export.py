"""The Markdown export: a journey as Markdown that GitHub renders as is, a table per phase."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .i18n import label, percent
from .i18n import number as count
from .model import CustomLane, Journey, Link, Persona, Step, score_text
from .research import markdown_lines, markdown_sources

if TYPE_CHECKING:
    from .outputs import MapLink, MapLinks

__all__ = ["to_markdown"]

# What makes markup inside a line: emphasis, code, links and images (all need a bracket), strike-
# through and table cells. A hyphen or a parenthesis in the middle of a line is plain text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # '&amp;' would be read as '&': only what reads as an entity


def md(text: str) -> str:
    """Escape text for Markdown inline use: no markup, no raw HTML, no table breaks."""
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\n", "<br>")


def _paragraph(text: str) -> str:
    """Text as a paragraph of its own: also no list ('1. ', '- '), heading or code block at its start."""
    return re.sub(
        r"^(?:([0-9]+)([.)])|([-+#]))", lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", md(text.strip())
    )


def _strong(text: str) -> str:
    # '** name**' is no emphasis in Markdown: the stars must touch the text.
    return f"**{md(text.strip())}**" if text.strip() else " "


def _cell(items: Iterable[str]) -> str:
    return "<br>".join(md(item) for item in items) or " "


def _own_lane_cell(lane: CustomLane, value: str | float | tuple[str, ...] | None) -> str:
    """A step's content in one of the file's own lanes, as a table cell."""
    if value is None or value == "" or value == ():
        return " "
    if isinstance(value, tuple):
        return _cell(value)
    if isinstance(value, (int, float)):
        return f"{score_text(value)} / {score_text(lane.max)}"
    return f"“{md(value)}”" if lane.kind == "quote" else md(value)


def _emotion(journey: Journey, step: Step) -> str:
    several = len(journey.personas) > 1
    names = {p.id: p.name for p in journey.personas}
    scale = journey.scale
    parts = [
        (f"{md(names.get(who, who))}: " if several and who else "")
        + ((f"{score:+d}" if score else "0") if scale.default else md(scale.text(score)))
        for who, score in step.emotion.items()
    ]
    return "<br>".join(parts) or " "


def _linked(link: MapLink) -> str:
    """A linked journey's title, as a link to its Markdown where that is written with this one."""
    return f"[{md(link.title)}]({link.href})" if link.href else md(link.title)  # the href is percent-encoded


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _link_lines(links: MapLinks, loc: str) -> list[str]:
    """The journeys this one is part of and related to, under its title, as the map's heading says them."""
    lines = [f"*{md(_capital(what))}:* {_linked(link)}{md(after)}" for what, link, after in links.heading(loc)]
    return ["  \n".join(lines), ""] if lines else []


def _step_cell(step: Step, journey: Journey, links: MapLinks | None = None) -> str:
    """The step's name, with what the customer does, thinks, feels and asks, how long it takes and,
    when only some personas take it, whose step it is."""
    loc = journey.locale
    lines = [_strong(step.name)]
    if step.does:
        lines.append(md(step.does))
    for key, text in (("thinks", step.thinks), ("feels", step.feels), ("questions", "; ".join(step.questions)),
                      ("duration", step.duration)):  # fmt: skip
        if text:
            lines.append(f"*{md(label(loc, key))}:* {md(text)}")
    if step.personas:
        names = journey.persona_names()
        lines.append(f"*{md(label(loc, 'only'))}:* " + ", ".join(md(names.get(p, p)) for p in step.personas))
    opened = links.opened_by(step.index) if links else None
    if opened is not None:
        lines.append(f"*{md(_capital(label(loc, 'opens')))}* → {_linked(opened)}")
    if step.image is not None:  # the path as written, relative to the journey beside which the export is written
        from urllib.parse import quote

        lines.append(f"![{md(step.image.alt)}]({quote(step.image.src, safe='/')})")
    several = len(journey.datasets) > 1  # with one source, the note under the title says whose figures they are

    def source(key: str) -> str:
        found = journey.measured.get(f"{step.id}.{key}")
        return f" ({md(found.label)})" if found and several else ""

    if step.reached is not None:
        lines.append(f"{count(step.reached, loc)} {md(label(loc, 'reached'))}{source('reached')}")
    if step.drop_off is not None:
        rate = f" {percent(step.drop_off.rate, loc)}" if step.drop_off.rate is not None else ""
        reason = f": {md(step.drop_off.reason)}" if step.drop_off.reason else ""
        lines.append(f"▼ *{md(label(loc, 'drop_off'))}{rate}*{source('drop_off')}{reason}")
    lines += markdown_lines(step, loc, md)
    return "<br>".join(lines)


def _turns(journey: Journey) -> dict[str, tuple[Link, ...]]:
    """The links of each step that does not simply go on to the following one: branches, loops,
    returns, jumps, and an early end (no links)."""
    steps = journey.steps
    turns = {}
    for i, step in enumerate(steps):
        following = [(steps[i + 1].id, "")] if i + 1 < len(steps) else []
        if [(link.to, link.label) for link in step.next] != following:
            turns[step.id] = step.next
    return turns


def _next_cell(links: tuple[Link, ...] | None, journey: Journey) -> str:
    if links is None:
        return " "  # on to the following step
    if not links:
        return f"→ *{md(label(journey.locale, 'end'))}*"
    steps = {step.id: step for step in journey.steps}
    return "<br>".join(
        f"→ {steps[link.to].index + 1}. {md(steps[link.to].name.strip())}"
        + (f" ({md(link.label)})" if link.label else "")
        for link in links
    )


def _not_shown(journey: Journey) -> list[str]:
    """What this journey holds that the Markdown tables leave out."""
    steps = journey.steps
    touchpoints = [*journey.touchpoints, *(t for s in steps for t in s.touchpoints)]
    lost = []
    if any(s.description for s in steps):
        lost.append("step descriptions")
    if any(t.channel or t.online is not None or t.kind != "direct" for t in touchpoints):
        lost.append("touchpoint channels, online or offline, and kind")
    blueprint = ("evidence", "frontstage", "backstage", "support", "fail_point", "time_standard")
    if any(getattr(s, key) for s in steps for key in blueprint) or any(d.layer for d in journey.departments):
        lost.append("the service blueprint (evidence, frontstage, backstage and support actions, fail points, "
                    "time standards)")  # fmt: skip
    return lost


def to_markdown(journey: Journey, links: MapLinks | None = None) -> str:
    """The journey as readable Markdown: a table of steps per phase.

    A "Next" column shows branches, loops and returns when the journey has any; what the tables
    cannot show is listed in a comment at the top. ``links`` (``journeymd.outputs.map_links``)
    names the journeys it is part of, relates to and opens, linked to their Markdown.
    """
    loc = journey.locale
    out = []
    lost = _not_shown(journey)
    if lost:  # a comment: GitHub shows nothing of it; it holds no user text, so nothing can end it early
        out += [f"<!-- Exported by journeymd. Not shown in Markdown: {'; '.join(lost)}. -->", ""]
    out += [f"# {md(journey.title.strip() or label(loc, 'map'))}", ""]
    if links:
        out += _link_lines(links, loc)
    if journey.description:
        out += [_paragraph(journey.description), ""]
    if journey.datasets:
        sources = "; ".join(md(source.text(loc)) for source in journey.datasets)
        out += [f"*{md(label(loc, 'figures_from'))}: {sources}.*", ""]
    for persona in journey.personas:
        out += _persona(persona, loc)
    turns = _turns(journey)
    headers = ["#", label(loc, "step"), label(loc, "emotion"), label(loc, "touchpoints"), label(loc, "departments"),
               label(loc, "pain_points"), label(loc, "opportunities")]  # fmt: skip
    own_lanes = [lane for lane in journey.custom_lanes if journey.lanes is None or lane.id in journey.lanes]
    headers += [md(lane.name) for lane in own_lanes]
    if turns:  # only then: in a journey that runs straight on, the column would be empty
        headers.append(label(loc, "next"))
    for number, phase in enumerate(journey.phases, 1):
        out += [f"## {number}. {md(phase.name.strip())}", ""]
        if phase.description:
            out += [_paragraph(phase.description), ""]
        facts = [f"**{md(label(loc, key))}:** " + ", ".join(map(md, texts)) for key, texts in phase.facts(loc)]
        if facts:
            out += ["  \n".join(facts), ""]
        if not phase.steps:
            continue
        out += ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        for step in phase.steps:
            cells = _step_row(journey, step, own_lanes, links)
            if turns:
                cells.append(_next_cell(turns.get(step.id), journey))
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    out += markdown_sources(journey, md)
    return "\n".join(out).rstrip() + "\n"


def _persona(persona: Persona, loc: str) -> list[str]:
    """A persona's lines: name and description in bold, their quote, goals and frustrations."""
    line = f"**{md(label(loc, 'persona'))}: {md(persona.name.strip())}**"
    if persona.description:
        line += f" — {md(persona.description)}"
    out = [line, ""]
    if persona.quote:
        out += [f"> {_paragraph(persona.quote)}", ""]
    for key, items in (("goals", persona.goals), ("frustrations", persona.frustrations)):
        if items:
            out += [f"- *{md(label(loc, key))}:* " + "; ".join(md(i) for i in items)]
    if persona.goals or persona.frustrations:
        out.append("")
    return out


def _step_row(journey: Journey, step: Step, own_lanes: list[CustomLane], links: MapLinks | None = None) -> list[str]:
    """A step's cells in its phase's table, up to (not with) the Next column."""
    return [
        str(step.index + 1),
        _step_cell(step, journey, links),
        _emotion(journey, step),
        _cell(t.name for t in step.touchpoints),
        _cell(d.name for d in step.departments),
        _cell(step.pain_points),
        _cell(step.opportunities),
        *(_own_lane_cell(lane, step.lanes.get(lane.id)) for lane in own_lanes),
    ]
