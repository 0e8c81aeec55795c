"""The journey's flow as a graph: Graphviz DOT source, and a flow chart laid out by Graphviz.

This is the one module that talks to Graphviz (through the pygraphviz wheel, which bundles it).
The swimlane map never needs it: its grid and arrow tracks are computed in ``layout``.
"""

from __future__ import annotations

import html
import math
import os
import re
import select
import signal
import tempfile
import time
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from .i18n import label
from .model import Journey, Link, Phase, Step
from .problem import CannotRender, EngineMissing, shorten
from .textmetrics import wrap
from .themes import Theme, blend, load_theme

__all__ = ["dot_string", "flow_svg", "to_dot"]

FONT = "DejaVu Sans"  # the font the other views are measured with and PNG output embeds
NODE_WIDTH = 240  # points; longer step names wrap, so one long name does not widen the whole chart
EDGE_LABEL_WIDTH = 140
TITLE_WIDTH = 560


def dot_string(text: str) -> str:
    """A double-quoted DOT string that Graphviz reads back as exactly ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n")
    return f'"{escaped}"'


def _emotion_fill(step: Step, persona: str, theme: Theme) -> str:
    """The card colour tinted towards the theme's positive or negative colour, a fifth per point."""
    score = step.emotion.get(persona)
    if not score:
        return str(theme["card_bg"])
    return blend(theme["card_bg"], theme["positive" if score > 0 else "negative"], 0.2 * abs(score))


def _html_text(text: str) -> str:
    """Text for a Graphviz HTML-like label: markup escaped, line breaks kept."""
    return "<BR/>".join(html.escape(line, quote=True) for line in text.splitlines() or [""])


def _graph_label(journey: Journey, persona: str, theme: Theme) -> str:
    """The title, and under it a key to what only colour and line style say: emotion, drop-off, going back.

    Each key is a cell of its own, its coloured symbol first: Graphviz measures text a few per cent
    narrower than DejaVu draws it, and a cell's padding takes up the difference."""
    loc = journey.locale

    def coloured(role: str, text: str) -> str:
        return f'<FONT COLOR="{theme[role]}"><B>{text}</B></FONT>'

    keys = []
    if any(step.emotion for step in journey.steps):
        names = journey.persona_names()
        emotion = label(loc, "emotion") + (f" ({names[persona]})" if persona in names else "")
        keys.append(f"{coloured('negative', '−2')} … {coloured('positive', '+2')} {_html_text(emotion)}")
    if any(step.drop_off is not None for step in journey.steps):
        keys.append(f"{coloured('negative', '▭')} {_html_text(label(loc, 'drop_off'))}")
    if any(back for _, _, back in _edges(journey)):
        keys.append(f"╌╌▸ {_html_text(label(loc, 'flow_back'))}")
    rows = []
    if journey.title:
        title = f'<FONT POINT-SIZE="18">{_html_text(chr(10).join(wrap(journey.title, TITLE_WIDTH, 18)))}</FONT>'
        rows.append(f'<TR><TD COLSPAN="{max(1, len(keys))}">{title}</TD></TR>')
    if keys:
        rows.append("<TR>" + "".join(f'<TD><FONT POINT-SIZE="10">{key}</FONT></TD>' for key in keys) + "</TR>")
    if not rows:
        return '""'
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="5">{"".join(rows)}</TABLE>>'


def _edges(journey: Journey) -> Iterator[tuple[Step, Link, bool]]:
    """Every ``next`` link, and whether it goes back to an earlier (or the same) step."""
    order = {step.id: step.index for step in journey.steps}
    for step in journey.steps:
        for link in step.next:
            yield step, link, order[link.to] <= step.index


def _columns(journey: Journey) -> list[tuple[Phase, int, list[Step]]]:
    """The chart's columns, left to right: each phase, cut into parts of at most as many steps as
    make the whole chart about half again as wide as it is tall (a long journey as one tower of
    steps was 15 times taller than wide). (phase, part number, its steps)."""
    count = max(len(journey.steps), 1)
    # A column is about 3.5 in wide and a step 0.8 in tall: rows × 0.8 × 1.5 ≈ columns × 3.5.
    per_column = max(4, math.ceil(math.sqrt(count * 3.5 / (0.8 * 1.5))))
    columns: list[tuple[Phase, int, list[Step]]] = []
    for phase in journey.phases:
        steps = list(phase.steps)
        for part, start in enumerate(range(0, max(len(steps), 1), per_column)):
            columns.append((phase, part, steps[start : start + per_column]))
    return columns


def _lines(journey: Journey, theme: Theme) -> Iterator[str]:
    persona = journey.persona or journey.persona_ids()[0]
    font = dot_string(FONT)
    yield "digraph journey {"
    yield f'  label={_graph_label(journey, persona, theme)}; labelloc=t; fontname={font}; fontcolor="{theme["title"]}";'
    yield f'  bgcolor="{theme["background"]}"; rankdir=TB; newrank=true; nodesep=0.45; ranksep=0.35;'
    yield (
        f'  node [shape=box, style="rounded,filled", fontname={font}, fontsize=11, margin="0.12,0.06", '
        f'color="{theme["card_border"]}", fontcolor="{theme["text"]}"];'
    )
    yield f'  edge [fontname={font}, fontsize=10, color="{theme["flow"]}", fontcolor="{theme["muted"]}"];'
    # Phases stand side by side, each a column of its steps in order, so the chart keeps the
    # journey's order (no branch drawn above the step before it) and the shape of a page.
    columns = _columns(journey)
    following = {step.id: after.id for step, after in pairwise(journey.steps)}
    column_of: dict[str, int] = {}
    heads = []
    for number, (phase, part, steps) in enumerate(columns):
        yield f"  subgraph {dot_string(f'cluster_{number}')} {{"
        name = phase.name if part == 0 else f"{phase.name} ({label(journey.locale, 'continued')})"
        # Neutral phase boxes, so that the steps' emotion tints stand out.
        yield (
            f'    label={dot_string(chr(10).join(wrap(name, NODE_WIDTH, 14)))}; style="rounded,filled"; '
            f'fillcolor="{theme["lane_bg_alt"]}"; color="{theme["grid"]}"; fontcolor="{theme["phase_text"]}";'
        )
        for step in steps:
            column_of[step.id] = number
            attributes = [
                f"label={dot_string(chr(10).join(wrap(f'{step.index + 1}. {step.name}', NODE_WIDTH, 11)))}",
                f'fillcolor="{_emotion_fill(step, persona, theme)}"',
            ]
            if step.drop_off is not None:
                attributes += [f'color="{theme["negative"]}"', "penwidth=2.5"]
            yield f"    {dot_string(step.id)} [{', '.join(attributes)}];"
        ids = [step.id for step in steps] or [f"empty_{number}"]
        if not steps:  # a phase without steps keeps its place
            yield f'    {dot_string(ids[0])} [label="", style=invis];'
        for upper, lower in pairwise(ids):  # the column's order, top to bottom
            yield f"    {dot_string(upper)} -> {dot_string(lower)} [style=invis, weight=20];"
        heads.append(ids[0])
        yield "  }"
    yield "  { rank=same; " + " ".join(dot_string(head) for head in heads) + " }"
    for left, right in pairwise(heads):  # the columns in the journey's order, left to right
        yield f"  {dot_string(left)} -> {dot_string(right)} [style=invis];"
    for step, link, back in _edges(journey):
        attributes = [f"label={dot_string(chr(10).join(wrap(link.label, EDGE_LABEL_WIDTH, 10)))}"] if link.label else []
        if back:
            attributes.append("style=dashed")
        source, target = column_of[step.id], column_of[link.to]
        if source != target:  # across columns: out of one side, into the other, clear of the phase titles
            ports = "tailport=e, headport=w" if target > source else "tailport=w, headport=e"
            attributes.append(f"{ports}, constraint=false")
        elif back or link.to != following.get(step.id):  # a jump in its column bows out to the side
            attributes.append("tailport=e, headport=e, constraint=false")
        suffix = f" [{', '.join(attributes)}]" if attributes else ""
        yield f"  {dot_string(step.id)} -> {dot_string(link.to)}{suffix};"
    for step in journey.steps:
        if not step.next:
            end = f"end_{step.id}"
            end_label = dot_string(label(journey.locale, "end"))
            shape = f'shape=doublecircle, fontsize=9, width=0.3, fillcolor="{theme["chip_bg"]}"'
            yield f"  {dot_string(end)} [label={end_label}, {shape}];"
            yield f"  {dot_string(step.id)} -> {dot_string(end)};"
    yield "}"


def to_dot(journey: Journey, theme: str | Theme = "default") -> str:
    """Graphviz DOT source of the journey's flow: steps clustered by phase, every `next` as an edge,
    each step tinted by its emotion."""
    return "\n".join(_lines(journey, load_theme(theme) if isinstance(theme, str) else theme)) + "\n"


# How long Graphviz may take to lay out a flow chart. A normal journey takes well under a second;
# a dense web of links can keep dot busy for minutes, and a CI job or docs build must not hang on it.
FLOW_SECONDS = 30.0
FLOW_SECONDS_VARIABLE = "JOURNEYMD_FLOW_SECONDS"


def flow_svg(journey: Journey, theme: str | Theme = "default") -> str:
    """The flow chart laid out and drawn by Graphviz's dot, sized in pixels like the other views.

    Raises CannotRender with Graphviz's own message when it fails, and when it takes longer than
    FLOW_SECONDS (or ``$JOURNEYMD_FLOW_SECONDS``)."""
    try:
        import pygraphviz  # about 28 ms, for the flow view only; and its absence is explained
    except ImportError as exc:
        raise EngineMissing(
            f"the flow view needs Graphviz through pygraphviz ({exc}); install it with "
            "'pip install pygraphviz' (on a minimal Debian also: apt-get install libglib2.0-0 libx11-6 "
            "libxrender1 libxext6); the swimlane map works without it"
        ) from None
    dot = to_dot(journey, theme)
    seconds = _flow_seconds()
    # Without fork (Windows) nothing can stop Graphviz's C code, and it runs without a limit.
    data = _draw_in_child(dot, seconds, pygraphviz) if hasattr(os, "fork") else _draw_here(dot, pygraphviz)
    if data is None:
        links = sum(len(step.next) for step in journey.steps)
        raise CannotRender(
            f"the flow chart of {len(journey.steps):,} steps and {links:,} links took longer than {seconds:g} s "
            f"to lay out, and Graphviz was stopped; link fewer steps, draw part of the journey with --phase, "
            f"use the map view, or allow more time with {FLOW_SECONDS_VARIABLE}"
        )
    return _in_pixels(data.decode("utf-8"))


def _flow_seconds() -> float:
    value = os.environ.get(FLOW_SECONDS_VARIABLE, "")
    try:
        seconds = float(value) if value else FLOW_SECONDS
    except ValueError:
        raise CannotRender(f"{FLOW_SECONDS_VARIABLE} must be a number of seconds, not {value!r}") from None
    if not 0 < seconds < float("inf"):
        raise CannotRender(f"{FLOW_SECONDS_VARIABLE} must be a number of seconds above 0, not {value!r}")
    return seconds


def _draw(dot: str, pygraphviz: Any) -> bytes:
    graph = pygraphviz.AGraph(string=dot)
    graph.layout(prog="dot")
    data: bytes = graph.draw(format="svg")
    return data


def _draw_here(dot: str, pygraphviz: Any) -> bytes:  # pragma: no cover - Windows
    with tempfile.TemporaryFile() as messages:
        saved = os.dup(2)
        try:
            os.dup2(messages.fileno(), 2)
            try:
                return _draw(dot, pygraphviz)
            except Exception as exc:
                failure = f"{type(exc).__name__}: {exc}"
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        messages.seek(0)
        raise CannotRender(_failure(messages.read(), failure))


def _draw_in_child(dot: str, seconds: float, pygraphviz: Any) -> bytes | None:
    """Lay out and draw in a forked child that is killed after ``seconds`` (then None): Graphviz
    runs as C code that no signal handler or thread in this process could interrupt."""
    result_read, result_write = os.pipe()
    with tempfile.TemporaryFile() as messages:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child; coverage does not follow it
            status = 1
            try:
                # The child ends itself too, should this process die without stopping it.
                signal.signal(signal.SIGALRM, signal.SIG_DFL)
                signal.setitimer(signal.ITIMER_REAL, seconds + 1)
                os.close(result_read)
                os.dup2(messages.fileno(), 2)  # Graphviz's own messages, for the error
                try:
                    data, status = _draw(dot, pygraphviz), 0
                except BaseException as exc:
                    data = f"{type(exc).__name__}: {exc}".encode()
                with os.fdopen(result_write, "wb") as out:
                    out.write(data)
            finally:
                os._exit(status)
        os.close(result_write)
        data, finished = b"", False
        try:
            data, finished = _read_until(result_read, time.monotonic() + seconds)
        finally:
            os.close(result_read)
            if not finished:
                os.kill(pid, signal.SIGKILL)
            _, wait_status = os.waitpid(pid, 0)
        if not finished:
            return None
        code = os.waitstatus_to_exitcode(wait_status)
        if code != 0:
            messages.seek(0)
            ended = f"it ended with exit code {code}" if code > 0 else f"it ended with signal {_signal_name(-code)}"
            raise CannotRender(_failure(messages.read(), data.decode("utf-8", "replace") or ended))
        return data


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)


def _read_until(fd: int, deadline: float) -> tuple[bytes, bool]:
    """Everything written to pipe ``fd`` until it closes, and whether it closed before ``deadline``."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return b"".join(chunks), False
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks), True
        chunks.append(chunk)


def _failure(messages: bytes, exception: str) -> str:
    """Why Graphviz failed, in its own words (without the bundled Fontconfig's warnings)."""
    lines = [
        line.strip()
        for line in messages.decode("utf-8", "replace").splitlines()
        if line.strip() and not line.startswith("Fontconfig ")
    ]
    said = "; ".join(dict.fromkeys(lines)) or exception
    return f"Graphviz could not draw the flow chart: {shorten(said, 500)}"


def _in_pixels(svg: str) -> str:
    """Graphviz sizes its SVG in points; give the size in CSS pixels (4/3 of a point), which every
    viewer and the PNG and PDF steps read alike. The viewBox keeps the drawing as it is."""

    def pixels(match: re.Match[str]) -> str:
        return f'{match.group(1)}="{float(match.group(2)) * 4 / 3:.0f}"'

    head, separator, rest = svg.partition("viewBox=")
    return re.sub(r'(width|height)="([\d.]+)pt"', pixels, head) + separator + rest
