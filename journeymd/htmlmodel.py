"""The data the HTML report's script draws from: every step's details once, and for a long journey
the laid-out map, so that the page holds each string once instead of markup repeated per step."""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from .i18n import number, percent
from .layout import Scene
from .layout.scene import Box, Icon, Line, Picture, Text
from .model import Journey, Step
from .research import Research

__all__ = ["STATIC_MAP_STEPS", "Entry", "encode", "report_model", "source_of", "step_entries", "step_ranges"]

# Up to this many steps the report carries the map as SVG markup (it prints and reads without
# JavaScript); beyond, the script draws only the part of the map in view from the model.
STATIC_MAP_STEPS = 150

# An item of a list in a step's details: plain text, text with a note in brackets, a link to
# another step (text, note, step id), or a link out (text, note, "", http(s) or mailto address).
Item = str | tuple[str, str] | tuple[str, str, str] | tuple[str, str, str, str]
Entry = tuple[str, str | list[Item]]  # label, then text or a list


def _score(value: int) -> str:
    return f"{value:+d}" if value else "0"


def step_entries(journey: Journey, step: Step, t: dict[str, str], last_in_phase: bool) -> list[Entry]:
    """What the report says of a step, label by label, in the order it shows them."""
    return [
        *_customer_entries(journey, step, t),
        *_touchpoint_entries(step, t),
        *_figure_entries(journey, step, t),
        *_blueprint_entries(step, t),
        *_flow_entries(journey, step, t, last_in_phase),
        *research_entries(step, t),
    ]


def _customer_entries(journey: Journey, step: Step, t: dict[str, str]) -> list[Entry]:
    """What the customer does, thinks, feels and asks at the step, and how it scores."""
    names = {p.id: p.name for p in journey.personas}
    several = len(journey.personas) > 1
    out: list[Entry] = []
    if step.description:
        out.append((t["description"], step.description))
    if step.does:
        out.append((t["does"], step.does))
    if step.thinks:
        out.append((t["thinks"], f"“{step.thinks}”"))
    if step.feels:
        out.append((t["feels"], step.feels))
    if step.motivation:
        out.append((t["motivation"], step.motivation[0] if len(step.motivation) == 1 else list(step.motivation)))
    if step.emotion:
        scores = "; ".join(
            (f"{names.get(who, who)}: " if who and several else "") + _score(value)
            for who, value in step.emotion.items()
        )
        out.append((t["emotion"], scores))
    if step.questions:
        out.append((t["questions"], list(step.questions)))
    return out


def _touchpoint_entries(step: Step, t: dict[str, str]) -> list[Entry]:
    """The step's touchpoints, departments, pain points and opportunities."""
    out: list[Entry] = []
    if step.touchpoints:
        items: list[Item] = []
        for tp in step.touchpoints:
            online = t["online"] if tp.online else t["offline"] if tp.online is False else ""
            note = " · ".join(x for x in (tp.channel, online, t["indirect"] if tp.kind == "indirect" else "") if x)
            items.append((tp.name, note) if note else tp.name)
        out.append((t["touchpoints"], items))
    if step.departments:
        out.append((t["departments"], ", ".join(d.name for d in step.departments)))
    if step.pain_points:
        out.append((t["pain_points"], _noted(step.pain_points, step.pain_research, step.research, t)))
    if step.opportunities:
        out.append((t["opportunities"], _noted(step.opportunities, step.opportunity_research, step.research, t)))
    return out


def _figure_entries(journey: Journey, step: Step, t: dict[str, str]) -> list[Entry]:
    """Drop-off, personas, duration, customers reached and evidence."""
    names = {p.id: p.name for p in journey.personas}
    measured = journey.measured  # figures merged from data files say where they came from

    def source(key: str) -> str:
        found = measured.get(f"{step.id}.{key}")
        return f" — {found.text(journey.locale)}" if found else ""

    out: list[Entry] = []
    if step.drop_off:
        rate = f" ({percent(step.drop_off.rate, journey.locale)})" if step.drop_off.rate is not None else ""
        out.append((t["drop_off"], (step.drop_off.reason + rate).strip() + source("drop_off")))
    if step.personas:
        out.append((t["only"], ", ".join(names.get(p, p) for p in step.personas)))
    if step.duration:
        out.append((t["duration"], step.duration))
    if step.reached is not None:
        out.append((t["reached"].capitalize(), number(step.reached, journey.locale) + source("reached")))
    if step.evidence:
        out.append((t["evidence"], list(step.evidence)))
    return out


def _blueprint_entries(step: Step, t: dict[str, str]) -> list[Entry]:
    """The actions of each blueprint layer, with the department that takes them."""
    out: list[Entry] = []
    for layer in ("frontstage", "backstage", "support"):
        actions = step.layer(layer)
        if actions:
            listed: list[Item] = []
            for a in actions:
                text = a.text or (a.department.name if a.department else "")
                listed.append((text, a.department.name) if a.text and a.department else text)
            out.append((t[layer], listed))
    return out


def _flow_entries(journey: Journey, step: Step, t: dict[str, str], last_in_phase: bool) -> list[Entry]:
    """Where the step leads (or that the journey ends there), its fail point and time standard."""
    out: list[Entry] = []
    if step.next and step.next[0].explicit:
        by_id = _steps_by_id(journey)
        links: list[Item] = []
        for link in step.next:
            to = by_id[link.to]
            links.append((f"→ {to.index + 1}. {to.name}", link.label, to.id))
        out.append((t["next"], links))
    elif not step.next and not last_in_phase:
        out.append((t["next"], t["end"]))
    if step.fail_point:
        out.append((t["fail_point"], step.fail_point))
    if step.time_standard:
        out.append((t["time_standard"], step.time_standard))
    return out


def research_entries(step: Step, t: dict[str, str]) -> list[Entry]:
    """The step's research: its level, date and note; what backs its emotion where that differs;
    its sources, linked where they have an address; and its customers' quotes."""
    research = step.research
    if research is None:
        return []
    out: list[Entry] = [(t["research"], " · ".join(x for x in (t[f"research_{research.level}"], research.date,
                                                               research.note) if x))]  # fmt: skip
    emotion = step.emotion_research
    if emotion is not None and emotion is not research:
        out.append((t["emotion_research"], t[f"research_{emotion.level}"]))
    sources: list[Item] = []
    for source in research.sources + (emotion.sources if emotion is not None and emotion is not research else ()):
        note = " · ".join(x for x in (source.kind, f"n = {source.n}" if source.n is not None else "", source.date) if x)
        sources.append((source.label, note, "", source.link) if source.link else (source.label, note))
    if sources:
        out.append((t["sources"], sources))
    if research.quotes:
        out.append((t["quotes"], [(f"“{q.text}”", q.who) if q.who else f"“{q.text}”" for q in research.quotes]))
    return out


def _noted(
    texts: Sequence[str], backing: Sequence[Research | None], step: Research | None, t: dict[str, str]
) -> list[Item]:
    """Pain points or opportunities, each with its evidence level where it has research of its own."""
    return [
        (text, t[f"research_{own.level}"]) if i < len(backing) and (own := backing[i]) is not None and own is not step
        else text
        for i, text in enumerate(texts)
    ]  # fmt: skip


def step_ranges(steps: Sequence[Step]) -> str:
    """Step numbers as runs, "1–3, 7, 9–12": a long journey's touchpoint is used in hundreds."""
    numbers = sorted({step.index + 1 for step in steps})
    runs: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        runs.append(str(numbers[i]) if i == j else f"{numbers[i]}–{numbers[j]}")
        i = j + 1
    return ", ".join(runs)


def _steps_by_id(journey: Journey) -> dict[str, Step]:
    return {step.id: step for step in journey.steps}


def source_of(journey: Journey, step: Step) -> str:
    """``file:line`` where the step is written, by file name only: a report is shared, the folders
    it was made in are nobody's business. Empty for a journey that was not read from a file."""
    if not step.pos[0] or journey.source.startswith("<"):
        return ""
    # A file name in no UTF-8 (bytes Python keeps as stand-ins) is shown with U+FFFD where they are.
    name = PurePath(journey.source).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return f"{name}:{step.pos[0]}"


def report_model(journey: Journey, t: dict[str, str], scene: Scene | None) -> dict[str, Any]:
    """Steps with their details, filters and source position; with ``scene``, the map to draw.

    Labels and persona names are stored once and referred to by number."""
    labels: dict[str, int] = {}
    steps: list[list[Any]] = []
    personas = [p.id for p in journey.personas]
    for p_index, phase in enumerate(journey.phases):
        for n, step in enumerate(phase.steps):
            entries = [
                [labels.setdefault(name, len(labels)), _compact(value)]
                for name, value in step_entries(journey, step, t, n == len(phase.steps) - 1)
            ]
            steps.append(
                [
                    step.id,
                    step.name,
                    p_index,
                    entries,
                    sorted({d.id for d in step.departments}),
                    sorted({tp.channel.lower() for tp in step.touchpoints if tp.channel}),
                    [i for i, pid in enumerate(personas) if step.taken_by(pid)] if personas else [],
                    source_of(journey, step),
                    list(step.emotion.values()),
                ]
            )
    issues = [t["departments"], t["pain_points"], t["opportunities"]]
    model: dict[str, Any] = {
        # Which labels the table of pain points and opportunities takes its columns from.
        "issues": [labels.get(name, -1) for name in issues],
        "labels": list(labels),
        "phases": [phase.name for phase in journey.phases],
        "steps": steps,
    }
    if scene is not None:
        model["scene"] = scene_data(scene)
    return model


def _compact(value: str | list[Item]) -> Any:
    if isinstance(value, str):
        return value
    return [item if isinstance(item, str) else list(item) for item in value]


def scene_data(scene: Scene) -> dict[str, Any]:
    """The laid-out map as compact lists, one per item, with class lists stored once:
    box [0, x, y, w, h, rx, class], text [1, x, baseline, size, class, flags, line height, lines],
    path [2, d, class, arrow], circle [3, x, y, r, class], polygon [4, points, class],
    icon [5, x, y, size, d, transform, class], image [6, x, y, w, h, href, alt, class]."""
    classes: dict[str, int] = {}
    groups: list[list[Any]] = []
    for group in scene.groups:
        items: list[list[Any]] = []
        for item in group.items:
            cls = classes.setdefault(item.cls, len(classes))
            if isinstance(item, Box):
                items.append([0, item.x, item.y, item.w, item.h, item.rx, cls])
            elif isinstance(item, Text):
                anchor = 4 if item.anchor == "middle" else 8 if item.anchor == "end" else 0
                flags = (1 if item.bold else 0) | (2 if item.italic else 0) | anchor
                items.append([1, item.x, item.baseline, item.size, cls, flags, item.line_height, list(item.lines)])
            elif isinstance(item, Line):
                items.append([2, item.d, cls, 1 if item.arrow else 0])
            elif isinstance(item, Icon):
                items.append([5, item.x, item.y, item.size, item.d, item.transform, cls])
            elif isinstance(item, Picture):
                items.append([6, item.x, item.y, item.w, item.h, item.href, item.alt, cls])
            elif item.shape == "circle":
                items.append([3, item.x, item.y, item.size, cls])
            else:
                items.append([4, item.points, cls])
        # A step's own summary is long; the script names it by number and name instead.
        groups.append([group.id, "" if group.data else group.title, dict(group.data), items])
    return {"width": scene.width, "height": scene.height, "classes": list(classes), "groups": groups}


def encode(model: dict[str, Any], compress: bool) -> str:
    """The model as text safe inside a <script> element: JSON with every '<' escaped, so that no
    string can close the element; compressed (gzip, base64) for a long journey's map."""
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"))
    if not compress:
        return text.replace("<", "\\u003c")
    # mtime 0: the same journey gives the same bytes.
    return base64.b64encode(gzip.compress(text.encode("utf-8"), mtime=0)).decode("ascii")
