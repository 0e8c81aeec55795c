"""The journey's flow as a graph: Graphviz DOT source, and a flow chart laid out by Graphviz.

This is the one module that talks to Graphviz (through the pygraphviz wheel, which bundles it).
The swimlane map never needs it: its grid and arrow tracks are computed in ``layout``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from .i18n import label
from .model import Journey, Step
from .problems import EngineMissing

__all__ = ["dot_string", "flow_svg", "to_dot"]


def dot_string(text: str) -> str:
    """A double-quoted DOT string that Graphviz reads back as exactly ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n")
    return f'"{escaped}"'


def _emotion_color(step: Step, persona: str) -> str:
    score = step.emotion.get(persona)
    return {None: "#ffffff", -2: "#fca5a5", -1: "#fecaca", 0: "#e5e7eb", 1: "#bbf7d0", 2: "#86efac"}[score]


def _lines(journey: Journey) -> Iterator[str]:
    persona = journey.persona or journey.persona_ids()[0]
    yield "digraph journey {"
    yield f'  label={dot_string(journey.title)}; labelloc=t; fontname="DejaVu Sans"; fontsize=18;'
    yield "  rankdir=TB; newrank=true; nodesep=0.3; ranksep=0.45;"
    yield '  node [shape=box, style="rounded,filled", fontname="DejaVu Sans", fontsize=11, margin="0.12,0.06"];'
    yield '  edge [fontname="DejaVu Sans", fontsize=10, color="#475569"];'
    for number, phase in enumerate(journey.phases):
        yield f"  subgraph {dot_string('cluster_' + phase.id)} {{"
        yield f'    label={dot_string(phase.name)}; style="rounded,filled"; fillcolor="#f1f5f9"; color="#cbd5e1";'
        for step in phase.steps:
            attributes = [
                f"label={dot_string(f'{step.index + 1}. {step.name}')}",
                f'fillcolor="{_emotion_color(step, persona)}"',
            ]
            if step.drop_off is not None:
                attributes += ['color="#b91c1c"', "penwidth=2"]
            yield f"    {dot_string(step.id)} [{', '.join(attributes)}];"
        if not phase.steps:
            yield f'    {dot_string("empty_" + str(number))} [label="", style=invis];'
        yield "  }"
    order = {step.id: step.index for step in journey.steps}
    for step in journey.steps:
        for link in step.next:
            attributes = [f"label={dot_string(link.label)}"] if link.label else []
            if order[link.to] <= step.index:
                attributes.append("style=dashed, constraint=false")
            suffix = f" [{', '.join(attributes)}]" if attributes else ""
            yield f"  {dot_string(step.id)} -> {dot_string(link.to)}{suffix};"
        if not step.next:
            end = f"end_{step.id}"
            end_label = dot_string(label(journey.locale, "end"))
            shape = 'shape=doublecircle, fontsize=9, width=0.3, fillcolor="#e5e7eb"'
            yield f"  {dot_string(end)} [label={end_label}, {shape}];"
            yield f"  {dot_string(step.id)} -> {dot_string(end)};"
    yield "}"


def to_dot(journey: Journey) -> str:
    """Graphviz DOT source of the journey's flow: steps clustered by phase, every `next` as an edge."""
    return "\n".join(_lines(journey)) + "\n"


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Hide the bundled Fontconfig's one-time warning about Debian's newer config files."""
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def flow_svg(journey: Journey) -> str:
    """The flow chart laid out and drawn by Graphviz's dot."""
    try:
        import pygraphviz
    except ImportError as exc:
        raise EngineMissing(
            f"the flow view needs Graphviz through pygraphviz ({exc}); install it with "
            "'pip install pygraphviz' (on a minimal Debian also: apt-get install libglib2.0-0 libx11-6 "
            "libxrender1 libxext6); the swimlane map works without it"
        ) from None
    graph = pygraphviz.AGraph(string=to_dot(journey))
    with _quiet_stderr():
        graph.layout(prog="dot")
        data: bytes = graph.draw(format="svg")
    return data.decode("utf-8")
