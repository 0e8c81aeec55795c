"""Pure geometry: a Journey becomes a Scene of boxes, texts, lines and marks with absolute positions.

No I/O and no drawing here: templates print what this module computes. Columns are steps (a
phase without steps gets an empty column so it still shows), rows are lanes; every cell's height
comes from wrapping its text with real font metrics, and a lane is as tall as its tallest cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from itertools import pairwise
from typing import TYPE_CHECKING, ClassVar

from ._gc import gc_paused
from ._record import Record, dataclass
from .i18n import label, number, percent
from .model import BLUEPRINT_LANES, LANES, LAYERS, Department, Journey, Phase, Step
from .textmetrics import ASCENT, DESCENT, text_width, wrap

if TYPE_CHECKING:
    from .diff import JourneyDiff

__all__ = ["Box", "Group", "Lane", "Line", "Mark", "Metrics", "Scene", "Text", "lanes_for", "layout"]


@dataclass(frozen=True, eq=False, repr=False)
class Metrics(Record):
    """Spacing and type sizes in px; one place to tune how dense a map is."""

    margin: float = 28
    label_width: float = 128
    column: float = 200
    gap: float = 14
    pad: float = 10
    title: float = 24
    body: float = 12
    small: float = 11
    step_name: float = 13.5
    phase_name: float = 15
    line_height: float = 1.32
    emotion_step: float = 30
    track: float = 18
    badge: float = 22  # the step number's circle

    @property
    def step_name_width(self) -> float:
        """Room for a step's name in its card, beside the step number."""
        return self.column - 2 * self.pad - self.badge - 6


@dataclass(frozen=True, eq=False, repr=False)
class Box(Record):
    """A rectangle, optionally rounded."""

    kind: ClassVar[str] = "box"
    x: float
    y: float
    w: float
    h: float
    cls: str
    rx: float = 0

    def shifted(self, dx: float, dy: float) -> Box:
        return Box(_r(self.x + dx), _r(self.y + dy), self.w, self.h, self.cls, self.rx)


@dataclass(frozen=True, eq=False, repr=False)
class Text(Record):
    """One or more lines of text; ``y`` is the top of the first line's box."""

    kind: ClassVar[str] = "text"
    x: float
    y: float
    lines: tuple[str, ...]
    size: float
    cls: str
    line_height: float
    bold: bool = False
    italic: bool = False
    anchor: str = "start"
    width: float = 0  # widest line as measured

    def shifted(self, dx: float, dy: float) -> Text:
        return self.at(self.x + dx, self.y + dy)

    def at(self, x: float, y: float) -> Text:
        """The same text with its top-left corner at ``x``, ``y`` (cheaper than dataclasses.replace,
        which a large map calls thousands of times)."""
        return Text(
            _r(x), _r(y), self.lines, self.size, self.cls, self.line_height, self.bold, self.italic, self.anchor,
            self.width,
        )  # fmt: skip

    @property
    def baseline(self) -> float:
        return _r(self.y + (self.line_height - (ASCENT + DESCENT) * self.size) / 2 + ASCENT * self.size)

    @property
    def height(self) -> float:
        return _r(len(self.lines) * self.line_height)

    @property
    def rows(self) -> list[tuple[str, float]]:
        """Each line with its baseline. Lines are drawn as separate text elements: renderers
        disagree on how a right-to-left line in a multi-line <text> is placed."""
        return [(line, _r(self.baseline + n * self.line_height)) for n, line in enumerate(self.lines)]


@dataclass(frozen=True, eq=False, repr=False)
class Line(Record):
    """A path in SVG path syntax, optionally ending in an arrowhead."""

    kind: ClassVar[str] = "line"
    d: str
    cls: str
    arrow: bool = False

    def shifted(self, dx: float, dy: float) -> Line:
        return self  # lines are only built in final coordinates


@dataclass(frozen=True, eq=False, repr=False)
class Mark(Record):
    """A data point symbol: circle, square, diamond or triangle centred on x, y."""

    kind: ClassVar[str] = "mark"
    x: float
    y: float
    size: float
    shape: str
    cls: str

    def shifted(self, dx: float, dy: float) -> Mark:
        return Mark(_r(self.x + dx), _r(self.y + dy), self.size, self.shape, self.cls)

    @property
    def points(self) -> str:
        s = self.size
        if self.shape == "square":
            k = s * 0.85
            pts = [
                (self.x - k, self.y - k),
                (self.x + k, self.y - k),
                (self.x + k, self.y + k),
                (self.x - k, self.y + k),
            ]
        elif self.shape == "diamond":
            pts = [(self.x, self.y - s), (self.x + s, self.y), (self.x, self.y + s), (self.x - s, self.y)]
        else:  # triangle
            pts = [(self.x, self.y - s), (self.x + s, self.y + s * 0.8), (self.x - s, self.y + s * 0.8)]
        return " ".join(f"{_fmt(px)},{_fmt(py)}" for px, py in pts)


Item = Box | Text | Line | Mark


@dataclass(frozen=True, eq=False, repr=False)
class Group(Record):
    """Items that belong together, announced to screen readers with ``title``."""

    id: str
    title: str
    items: tuple[Item, ...]
    data: tuple[tuple[str, str], ...] = ()  # data-* attributes for the interactive report


@dataclass(frozen=True, eq=False, repr=False)
class Lane(Record):
    """A row of the map: its name, top and height."""

    name: str
    y: float
    h: float


@dataclass(frozen=True, eq=False, repr=False)
class Scene(Record):
    """Everything a template needs to draw one map, in absolute coordinates."""

    width: float
    height: float
    title: str
    description: str
    locale: str
    groups: tuple[Group, ...]
    lanes: tuple[Lane, ...]
    columns: tuple[tuple[float, float], ...]  # x, width of each column
    persona_count: int = 1
    phase_count: int = 1
    step_cells: tuple[tuple[str, str, Box], ...] = field(default=())  # (step id, lane, cell box) for checks


def _r(value: float) -> float:
    """Round to 0.1 px: enough precision, and stable bytes across platforms."""
    return round(value + 0.0, 1)


def _fmt(value: float) -> str:
    text = f"{value + 0.0:.1f}"  # formats exactly as round(value, 1) would, one call cheaper
    return text[:-2] if text.endswith(".0") else text


def _shift(items: Iterable[Item], dx: float = 0, dy: float = 0) -> list[Item]:
    return [item.shifted(dx, dy) for item in items]


def lanes_for(journey: Journey) -> tuple[str, ...]:
    """The lanes a map shows: the file's choice, or every lane with data in the standard order."""
    if journey.lanes is not None:
        return journey.lanes
    steps = journey.steps
    filled = {
        "steps": True,
        "thinks": any(s.thinks for s in steps),
        "feels": any(s.feels for s in steps),
        "emotion": any(s.emotion for s in steps),
        "questions": any(s.questions for s in steps),
        "touchpoints": any(s.touchpoints for s in steps),
        "departments": any(s.departments for s in steps),
        "pain_points": any(s.pain_points for s in steps),
        "opportunities": any(s.opportunities for s in steps),
    }
    return tuple(lane for lane in LANES if filled[lane])


class _Builder:
    def __init__(self, journey: Journey, m: Metrics, baseline: Journey | None = None, blueprint: bool = False) -> None:
        self.j = journey
        self.blueprint = blueprint
        self.lane_names = BLUEPRINT_LANES if blueprint else lanes_for(journey)
        self.baseline = baseline
        self.changes: JourneyDiff | None = None
        if baseline is not None:
            from .diff import diff  # only diff --render draws a baseline

            self.changes = diff(baseline, journey)  # the outlines show what diff says changed
        # The earlier version's steps under their current ids (a renamed step's id changes with its name).
        old_ids = dict(self.changes.new_ids) if self.changes else {}
        old_by_id = {s.id: s for s in baseline.steps} if baseline else {}
        self.old_steps = {step.id: old_by_id[old_ids.get(step.id, step.id)] for step in journey.steps
                          if old_ids.get(step.id, step.id) in old_by_id}  # fmt: skip
        self.branch_gaps = False  # set when an emotion line jumps between alternative paths
        self.step_of = {step.id: step for step in journey.steps}
        self.m = m
        self.loc = journey.locale
        self.columns: list[tuple[Phase, Step | None]] = []
        for phase in journey.phases:
            if phase.steps:
                self.columns.extend((phase, step) for step in phase.steps)
            else:
                self.columns.append((phase, None))
        # The label column fits the longest lane name in the file's language, without breaking words.
        names = [self.lane_label(lane) for lane in (*self.lane_names, "phase", "flow")]
        self.label_width = _r(max(m.label_width, *(text_width(n, m.body, True) + 24 for n in names)))
        self.x0 = m.margin + self.label_width + m.gap
        self.inner = m.column - 2 * m.pad
        self.col_of = {step.id: i for i, (_, step) in enumerate(self.columns) if step is not None}
        self.personas = journey.persona_ids()
        self.persona_index = {pid: i for i, pid in enumerate(self.personas)}

    @property
    def line_label_width(self) -> float:
        """Room right of the columns for the names of the blueprint's three lines."""
        return _r(max(text_width(label(self.loc, key), self.m.small) for _, _, key in _LINES) + 8)

    def lane_label(self, lane: str) -> str:
        if self.blueprint and lane == "steps":
            return label(self.loc, "customer_actions")
        return label(self.loc, lane)

    # --- text helpers -----------------------------------------------------------------------

    def text(
        self,
        x: float,
        y: float,
        content: str,
        width: float,
        size: float,
        cls: str,
        bold: bool = False,
        italic: bool = False,
        anchor: str = "start",
    ) -> Text:
        lines = wrap(content, width, size, bold)
        widest = max(text_width(line, size, bold) for line in lines)
        return Text(_r(x), _r(y), lines, size, cls, _r(size * self.m.line_height), bold, italic, anchor, _r(widest))

    def col_x(self, index: int) -> float:
        return _r(self.x0 + index * (self.m.column + self.m.gap))

    def col_of_x(self, x: float) -> int:
        """The column a point at ``x`` lies in."""
        return int((x - self.x0) // (self.m.column + self.m.gap))

    @property
    def width(self) -> float:
        """The map's width: its columns, or enough for the title and legend of a small map."""
        return _r(max(self.lanes_width + 2 * self.m.margin, 760))

    @property
    def lanes_width(self) -> float:
        """How wide the lanes are: from the lane labels to the last column (and the blueprint's line labels)."""
        # Half a gap beyond the last column, as the first column has half a gap before it.
        natural = self.x0 + len(self.columns) * (self.m.column + self.m.gap) - self.m.gap / 2 - self.m.margin
        if self.blueprint:
            natural += self.line_label_width + self.m.gap
        return _r(natural)

    # --- cells: items relative to (0, 0) of the cell's content box, and their height ----------

    def notes(self, texts: Sequence[str], kind: str, sign: str) -> tuple[list[Item], float]:
        items: list[Item] = []
        y = 0.0
        for note in texts:
            body = self.text(21, y + 5, note, self.inner - 27, self.m.body, f"{kind}-text")
            h = body.height + 10
            # The sign centred in a slot of its own: a bold '+' is twice as wide as a '!'.
            sign_text = Text(12, _r(y + 5), (sign,), self.m.body, f"{kind}-accent-text", body.line_height, True,
                             anchor="middle")  # fmt: skip
            items += [
                Box(0, _r(y), self.inner, _r(h), f"{kind}-bg", 3),
                Box(0, _r(y), 3, _r(h), f"{kind}-accent"),
                sign_text,
                body,
            ]
            y += h + 6
        return items, max(y - 6, 0)

    def cell(self, lane: str, step: Step) -> tuple[list[Item], float]:
        m = self.m
        if lane == "steps":
            return self.step_card(step)
        if lane in ("thinks", "feels"):
            content = getattr(step, lane)
            if not content:
                return [], 0
            shown = f"“{content}”" if lane == "thinks" else content
            body = self.text(0, 0, shown, self.inner, m.body, "body", italic=lane == "thinks")
            return [body], body.height
        if lane == "questions":
            return self.notes(step.questions, "question", "?")
        if lane == "pain_points":
            return self.notes(step.pain_points, "pain", "!")
        if lane == "opportunities":
            return self.notes(step.opportunities, "opportunity", "+")
        if lane == "touchpoints":
            return self.chips(step)
        if lane == "departments":
            return self.tags(step.departments)
        if lane == "evidence":
            return self.notes(step.evidence, "evidence", "▣")
        if lane in LAYERS:
            return self.actions(step, lane)
        return [], 0

    def actions(self, step: Step, layer: str) -> tuple[list[Item], float]:
        """A blueprint layer's cell: each action with the department doing it beneath."""
        items: list[Item] = []
        y = 0.0
        for action in step.layer(layer):
            if not action.text and action.department is not None:
                tags, h = self.tags((action.department,))
                items += _shift(tags, 0, y)
                y += h + 6
                continue
            body = self.text(8, y + 5, action.text, self.inner - 16, self.m.body, "body")
            parts: list[Item] = [body]
            h = body.height + 10
            if action.department is not None:
                tags, tag_h = self.tags((action.department,), self.inner - 16)
                parts += _shift(tags, 8, y + 5 + body.height + 3)
                h += tag_h + 3
            items += [Box(0, _r(y), self.inner, _r(h), f"action action-{layer}", 4), *parts]
            y += h + 6
        return items, max(_r(y - 6), 0)

    def step_card(self, step: Step) -> tuple[list[Item], float]:
        m = self.m
        badge = m.badge
        name = self.text(badge + 6, 0, step.name, m.step_name_width, m.step_name, "step-name", bold=True)
        items: list[Item] = [
            Box(0, _r((name.line_height - badge) / 2), badge, badge, "badge", badge / 2),
            Text(
                badge / 2,
                _r((name.line_height - badge) / 2 + (badge - m.small * m.line_height) / 2),
                (str(step.index + 1),),
                m.small,
                "badge-text",
                _r(m.small * m.line_height),
                True,
                anchor="middle",
            ),
            name,
        ]
        y = name.height + 4
        for content, cls in ((step.description, "muted"), (step.does, "body")):
            if content:
                block = self.text(0, y, content, self.inner, m.body, cls)
                items.append(block)
                y += block.height + 4
        meta = []
        if step.duration:
            meta.append(f"◷ {step.duration}")
        if step.reached is not None:
            meta.append(f"{number(step.reached, self.loc)} {label(self.loc, 'reached')}")
        if step.time_standard and self.blueprint:
            meta.append(f"{label(self.loc, 'time_standard')}: {step.time_standard}")
        if step.personas:
            names = self.j.persona_names()
            meta.append(f"{label(self.loc, 'only')}: " + ", ".join(names.get(p, p) for p in step.personas))
        if meta:
            block = self.text(0, y, "  ·  ".join(meta), self.inner, m.small, "muted")
            items.append(block)
            y += block.height + 4
        if step.drop_off is not None:
            parts = [f"▼ {label(self.loc, 'drop_off')}"]
            if step.drop_off.rate is not None:
                parts.append(percent(step.drop_off.rate, self.loc))
            heading = " ".join(parts)
            content = f"{heading}: {step.drop_off.reason}" if step.drop_off.reason else heading
            block = self.text(6, y + 4, content, self.inner - 12, m.small, "drop-off-text", bold=True)
            items += [Box(0, _r(y), self.inner, _r(block.height + 8), "drop-off", 3), block]
            y += block.height + 12
        if step.fail_point and self.blueprint:
            content = f"⚠ {label(self.loc, 'fail_point')}: {step.fail_point}"
            block = self.text(6, y + 4, content, self.inner - 12, m.small, "fail-text", bold=True)
            items += [Box(0, _r(y), self.inner, _r(block.height + 8), "fail", 3), block]
            y += block.height + 12
        return items, _r(y - 4)

    def chips(self, step: Step) -> tuple[list[Item], float]:
        m = self.m
        items: list[Item] = []
        y = 0.0
        for tp in step.touchpoints:
            name = self.text(18, y + 4, tp.name, self.inner - 24, m.body, "chip-text")
            details = [tp.channel] if tp.channel else []
            if tp.online is not None:
                details.append(label(self.loc, "online" if tp.online else "offline"))
            if tp.kind == "indirect":
                details.append(label(self.loc, "indirect"))
            parts: list[Item] = [name]
            h = name.height + 8
            if details:
                sub = self.text(18, y + 4 + name.height, " · ".join(details), self.inner - 24, m.small, "muted")
                parts.append(sub)
                h += sub.height
            state = "online" if tp.online else "offline" if tp.online is False else "unknown"
            dot_y = y + 4 + name.line_height / 2
            items += [
                Box(0, _r(y), self.inner, _r(h), "chip", 4),
                Mark(9, _r(dot_y), 4, "circle", f"dot-{state}"),
                *parts,
            ]
            y += h + 5
        return items, max(_r(y - 5), 0)

    def tags(self, departments: Sequence[Department], room: float | None = None) -> tuple[list[Item], float]:
        m = self.m
        room = room or self.inner
        items: list[Item] = []
        x = y = row_h = 0.0
        for dept in departments:
            text = self.text(0, 0, dept.name, room - 12, m.small, "tag-text")
            w, h = min(text.width + 12, room), text.height + 6
            if x > 0 and x + w > room:
                x, y, row_h = 0, y + row_h + 5, 0
            items += [
                Box(_r(x), _r(y), _r(w), _r(h), "tag", h / 2 if len(text.lines) == 1 else 4),
                text.at(x + 6, y + 3),
            ]
            x += w + 5
            row_h = max(row_h, h)
        return items, _r(y + row_h)


@gc_paused
def layout(
    journey: Journey,
    metrics: Metrics | None = None,
    baseline: Journey | None = None,
    view: str = "map",
    header: bool = True,
) -> Scene:
    """Compute the whole map. With ``baseline`` (an earlier version), its emotion curve is drawn
    faintly behind the current one, and new or changed steps are outlined. ``view="blueprint"``
    draws the service blueprint's layers and its three lines instead of the journey's lanes.
    Without ``header`` the map starts at the phases (the report shows title and personas itself)."""
    m = metrics or Metrics()
    b = _Builder(journey, m, baseline, blueprint=view == "blueprint")
    width = b.width
    groups: list[Group] = []
    backgrounds: list[Item] = []  # lane bands, beneath everything
    chrome: list[Item] = []  # grid lines and blueprint lines, beneath the steps
    # The label column (lane names, the emotion scale), above the steps: the interactive report
    # keeps it in view while the map scrolls sideways.
    labels: list[Item] = []

    # Header: title, description, personas.
    y = m.margin
    heading: list[Item] = []
    text_w = min(width - 2 * m.margin, 1100)
    if journey.title and header:
        title = b.text(m.margin, y, journey.title, text_w, m.title, "title", bold=True)
        heading.append(title)
        y += title.height + 4
    if journey.description and header:
        desc = b.text(m.margin, y, journey.description, text_w, m.body + 1, "muted")
        heading.append(desc)
        y += desc.height + 4
    for persona in journey.personas if header else ():
        summary = f"{label(journey.locale, 'persona')}: {persona.name}"
        if persona.description:
            summary += f" — {persona.description}"
        several = len(journey.personas) > 1
        indent = 26 if several else 0
        text = b.text(m.margin + indent, y, summary, text_w - indent, m.body, "body")
        if several:
            heading += _persona_key(b, b.persona_index[persona.id], m.margin, y + text.line_height / 2)
        heading.append(text)
        y += text.height + 2
    if header:
        groups.append(Group("jm-header", journey.title or label(journey.locale, "map"), tuple(heading)))
        y += 16
    after_header = len(groups)

    # Phase bands.
    spans: list[tuple[Phase, int, int]] = []
    for i, (phase, _) in enumerate(b.columns):
        if spans and spans[-1][0] is phase:
            spans[-1] = (phase, spans[-1][1], i)
        else:
            spans.append((phase, i, i))
    band_cells = []
    for phase, first, last in spans:
        span_w = b.col_x(last) + m.column - b.col_x(first) - 2 * m.pad
        items: list[Item] = [b.text(0, 0, phase.name, span_w, m.phase_name, "phase-name", bold=True)]
        cursor = items[0].height + 2  # type: ignore[union-attr]
        details = [
            f"◷ {texts[0]}" if key == "duration" else f"{label(journey.locale, key)}: " + " · ".join(texts)
            for key, texts in phase.facts(journey.locale)
        ]
        for detail in details:
            block = b.text(0, cursor, detail, span_w, m.small, "phase-meta")
            items.append(block)
            cursor += block.height
        band_cells.append((phase, first, last, items, cursor))
    band_h = _r(max(c[4] for c in band_cells) + 2 * m.pad)
    labels_top = y
    labels.append(
        Text(
            m.margin,
            _r(y + m.pad),
            (label(journey.locale, "phase"),),
            m.body,
            "lane-label",
            _r(m.body * m.line_height),
            True,
        )
    )
    for phase, first, last, items, _ in band_cells:
        x = b.col_x(first)
        w = _r(b.col_x(last) + m.column - x)
        box = Box(x, _r(y), w, band_h, f"phase ph{phase.number % 8}", 6)  # its colour in the whole map
        summary = f"{label(journey.locale, 'phase')} {phase.number + 1}: {phase.name}"
        groups.append(Group(f"jm-phase-{phase.id}", summary, (box, *_shift(items, x + m.pad, y + m.pad))))
    y += band_h + 10

    # Flow arrows for branches, loops and jumps, on tracks right above the step cards they join
    # (below the physical evidence of a blueprint, say), or above the lanes if steps are not shown.
    flow_items: list[Group] = []

    def place_flow() -> None:
        nonlocal y, flow_items
        flow_items, flow_h = _flow(b, y)
        if flow_h and lanes:  # between lanes (below a blueprint's evidence): a band like theirs
            backgrounds.append(Box(m.margin, _r(y), b.lanes_width, flow_h, "lane"))
            labels.append(Box(m.margin, _r(y), b.label_width, flow_h, "lane-label-bg"))
        if flow_h:
            labels.append(
                Text(
                    m.margin + (10 if lanes else 0),  # indented as the lane names it stands among
                    _r(y + (m.pad if lanes else 2)),
                    (label(journey.locale, "flow"),),
                    m.small,
                    "lane-label",
                    _r(m.small * m.line_height),
                    True,
                )
            )
            y += flow_h

    # Lanes.
    lanes: list[Lane] = []
    per_column: list[list[Item]] = [[] for _ in b.columns]
    step_cells: list[tuple[str, str, Box]] = []
    lane_names = b.lane_names
    if "steps" not in lane_names:
        place_flow()
    for lane_number, lane in enumerate(lane_names):
        if lane == "steps":
            place_flow()
        if lane == "emotion":
            h = _r(4 * m.emotion_step + 2 * 26)
            _emotion(b, y, h, per_column, chrome, labels)
        else:
            cells = [b.cell(lane, step) if step is not None else ([], 0.0) for _, step in b.columns]
            h = _r(max([c[1] for c in cells] + [16]) + 2 * m.pad)
            for i, (items, _) in enumerate(cells):
                x = b.col_x(i)
                step = b.columns[i][1]
                if lane == "steps":
                    per_column[i].append(Box(x, _r(y + 4), m.column, _r(h - 8), _card_class(b, step), 6))
                per_column[i] += _shift(items, x + m.pad, y + m.pad)
                if step is not None:
                    step_cells.append((step.id, lane, Box(x, _r(y), m.column, h, "cell")))
            if lane == "steps":
                per_column_arrows(b, y, h, per_column)
        band = "lane-alt" if lane_number % 2 else "lane"
        backgrounds.append(Box(m.margin, _r(y), b.lanes_width, h, band))
        labels.append(Box(m.margin, _r(y), b.label_width, h, "lane-label-bg"))
        labels.append(
            b.text(
                m.margin + 10,
                y + m.pad,
                b.lane_label(lane),
                b.label_width - 20,
                m.body,
                "lane-label",
                bold=True,
            )
        )
        lanes.append(Lane(lane, _r(y), h))
        y += h
    chrome.append(Line(f"M{_fmt(m.margin)} {_fmt(lanes[0].y if lanes else y)}V{_fmt(y)}", "grid"))
    if b.blueprint:
        _blueprint_lines(b, lanes, chrome, labels, per_column)

    groups.insert(after_header, Group("jm-lanes", "", (*backgrounds, *chrome)))
    groups.extend(flow_items)
    for i, (_, step) in enumerate(b.columns):
        if step is None:
            continue
        data = (
            ("step", step.id),
            ("departments", " ".join(sorted({d.id for d in step.departments}))),
            ("channels", " ".join(sorted({t.channel.lower() for t in step.touchpoints if t.channel}))),
            # By index, as the report's persona filter numbers them.
            ("personas", " ".join(str(n) for n, persona in enumerate(b.personas) if step.taken_by(persona))),
        )
        # An invisible box over the whole column, so a click anywhere in it selects the step.
        hit = Box(b.col_x(i), lanes[0].y, m.column, _r(y - lanes[0].y), "hit")
        groups.append(Group(f"jm-step-{step.id}", _step_summary(journey, step), (hit, *per_column[i]), data))
    column = Box(m.margin, _r(labels_top), b.label_width, _r(y - labels_top), "bg")  # hides what scrolls under it
    backs = [item for item in labels if isinstance(item, Box)]  # beneath the names and the scale
    fronts = [item for item in labels if not isinstance(item, Box)]
    groups.append(Group("jm-lane-labels", "", (column, *backs, *fronts)))

    legend, legend_h = _legend(b, y + 18, width)
    if legend:
        groups.append(Group("jm-legend", label(journey.locale, "legend"), tuple(legend)))
    height = _r(y + (18 + legend_h if legend else 0) + m.margin)
    return Scene(
        width=width,
        height=height,
        title=journey.title,
        description=journey.description,
        locale=journey.locale,
        groups=tuple(groups),
        lanes=tuple(lanes),
        columns=tuple((b.col_x(i), m.column) for i in range(len(b.columns))),
        persona_count=len(b.personas),
        phase_count=len(spans),
        step_cells=tuple(step_cells),
    )


_LINES = (("steps", "frontstage", "line_interaction"), ("frontstage", "backstage", "line_visibility"),
          ("backstage", "support", "line_internal"))  # fmt: skip


def _blueprint_lines(b: _Builder, lanes: list[Lane], chrome: list[Item], labels: list[Item],
                     per_column: list[list[Item]]) -> None:  # fmt: skip
    """The three dashed lines between the layers (across the lane names too), and a connector down
    each column through the layers that serve its customer action."""
    m = b.m
    by_name = {lane.name: lane for lane in lanes}
    for upper, lower, key in _LINES:
        if upper in by_name and lower in by_name:
            y = by_name[lower].y
            right = m.margin + b.lanes_width
            chrome.append(Line(f"M{_fmt(m.margin)} {_fmt(y)}H{_fmt(right)}", "blueprint-line"))
            labels.append(Line(f"M{_fmt(m.margin)} {_fmt(y)}H{_fmt(m.margin + b.label_width)}", "blueprint-line"))
            text = label(b.loc, key)
            size = m.small
            chrome.append(Text(_r(right - b.line_label_width), _r(y - size * m.line_height - 1), (text,),
                               size, "blueprint-line-label", _r(size * m.line_height), italic=True,
                               width=_r(text_width(text, size))))  # fmt: skip
    steps_lane = by_name.get("steps")
    if steps_lane is None:
        return
    for i, (_, step) in enumerate(b.columns):
        if step is None:
            continue
        served = [by_name[layer] for layer in LAYERS if layer in by_name and step.layer(layer)]
        if not served:
            continue
        x = _r(b.col_x(i) + m.column / 2)
        bottom = served[-1].y + m.pad
        line = Line(f"M{_fmt(x)} {_fmt(steps_lane.y + steps_lane.h - 4)}V{_fmt(bottom)}", "connector")
        per_column[i].insert(1, line)  # behind the cells, in front of the column's hit box
        per_column[i] += [Mark(x, _r(lane.y + 4), 3, "circle", "connector-dot") for lane in served]


def per_column_arrows(b: _Builder, y: float, h: float, per_column: list[list[Item]]) -> None:
    """Small arrows in the gaps between step cards where one step leads to the next."""
    m = b.m
    mid = _r(y + h / 2)
    for i, (_, step) in enumerate(b.columns[:-1]):
        following = b.columns[i + 1][1]
        # A labelled link gets its arrow on the flow tracks, with the label: not a second one here.
        if step is None or following is None or not any(k.to == following.id and not k.label for k in step.next):
            continue
        x = b.col_x(i) + m.column
        per_column[i].append(Line(f"M{_fmt(x + 2)} {_fmt(mid)}H{_fmt(x + m.gap - 3)}", "next", arrow=True))


def _persona_key(b: _Builder, index: int, x: float, y: float) -> list[Item]:
    """A short line sample with the persona's marker, as in the emotion lane."""
    shape = _SHAPES[index % len(_SHAPES)]
    cls = f"p{index % 6}"
    dash = f" dash{index % 4}"
    return [
        Line(f"M{_fmt(x)} {_fmt(y)}H{_fmt(x + 18)}", f"curve c{cls}{dash}"),
        _marker(x + 9, y, shape, f"mk m{cls}", 3.5),
    ]


_SHAPES = ("circle", "square", "diamond", "triangle")


def _marker(x: float, y: float, shape: str, cls: str, size: float = 4.5) -> Mark:
    return Mark(_r(x), _r(y), size, shape, cls)


def _card_class(b: _Builder, step: Step | None) -> str:
    if b.changes is None or step is None:
        return "card"
    if step.id in b.changes.added:
        return "card card-new"
    return "card card-changed" if step.id in b.changes.changed_ids() else "card"


def _ghost(b: _Builder, level: Callable[[int], float], per_column: list[list[Item]]) -> None:
    """The earlier version's emotion curve, matched to the current columns by step id."""
    for persona in b.personas:
        run: list[tuple[float, float]] = []
        runs = [run]
        for i, (_, step) in enumerate(b.columns):
            old = b.old_steps.get(step.id) if step is not None else None
            if old is not None and not old.taken_by(persona):
                continue  # as the current curve does, the old one passes over a step the persona skipped
            score = old.emotion.get(persona) if old is not None else None
            if score is None:
                run = []
                runs.append(run)
                continue
            run.append((b.col_x(i) + b.m.column / 2, level(score)))
        for points in runs:
            if len(points) > 1:
                index = b.col_of_x(points[0][0])
                per_column[index].insert(0, Line(_smooth(points, level(2), level(-2)), "ghost"))


def _emotion(
    b: _Builder, top: float, h: float, per_column: list[list[Item]], chrome: list[Item], labels: list[Item]
) -> None:
    m = b.m
    j = b.j

    def level(score: int) -> float:
        return _r(top + 26 + (2 - score) * m.emotion_step)

    if b.baseline is not None:
        _ghost(b, level, per_column)
    left, right = b.x0 - m.gap / 2, b.col_x(len(b.columns) - 1) + m.column + m.gap / 2
    for tick in (2, 1, 0, -1, -2):
        cls = "zero" if tick == 0 else "level"
        chrome.append(Line(f"M{_fmt(left)} {_fmt(level(tick))}H{_fmt(right)}", cls))
        labels.append(
            Text(
                _r(b.x0 - m.gap - 6),
                _r(level(tick) - m.small * m.line_height / 2),
                (f"{tick:+d}".replace("-", "−") if tick else "0",),
                m.small,
                "muted",
                _r(m.small * m.line_height),
                anchor="end",
            )
        )
    several = len(b.personas) > 1
    spread = 5 if several else 0
    for p_index, persona in enumerate(b.personas):
        offset = (p_index - (len(b.personas) - 1) / 2) * spread
        runs: list[list[tuple[float, float, int, int]]] = [[]]
        jumps: list[tuple[tuple[float, float, int, int], tuple[float, float, int, int]]] = []
        previous: Step | None = None
        for i, (_, step) in enumerate(b.columns):
            if step is not None and not step.taken_by(persona):
                continue  # this persona's line passes over a step it does not take
            score = step.emotion.get(persona) if step is not None else None
            # The line follows the journey: it breaks at a missing score, and between neighbouring
            # columns that are alternatives (a branch) rather than one step after the other; there
            # a faint dotted line keeps the curve readable and says it is another path.
            linked = previous is not None and step is not None and _leads_to(b, previous, step, persona)
            if (step is None or score is None or not linked) and runs[-1]:
                last = runs[-1][-1]
                runs.append([])
                if score is not None and step is not None and not linked and _adjacent(b, last[3], i, persona):
                    jumps.append((last, (b.col_x(i) + m.column / 2 + offset, level(score), score, i)))
            previous = step
            if step is not None and score is not None:
                runs[-1].append((b.col_x(i) + m.column / 2 + offset, level(score), score, i))
        cls = f"p{p_index % 6}" if several else "single"  # the colour, which repeats after six
        dash = f" dash{p_index % 4} who{p_index}" if several else ""  # who: this persona, for the report's focus
        for run in runs:
            if len(run) > 1:
                per_column[run[0][3]].append(
                    Line(_smooth([(x, yy) for x, yy, _, _ in run], level(2), level(-2)), f"curve c{cls}{dash}")
                )
        for (x1, y1, _, i), (x2, y2, _, _) in jumps:
            # Grey and finer than any persona's line, whatever that persona's dash pattern.
            who = f" who{p_index}" if several else ""
            per_column[i].append(Line(f"M{_fmt(x1)} {_fmt(y1)}L{_fmt(x2)} {_fmt(y2)}", f"curve-jump{who}"))
        b.branch_gaps = b.branch_gaps or bool(jumps)
        points = [p for run in runs for p in run]
        for x, yy, value, i in points:
            mark_cls = (
                f"mk m{cls} who{p_index}"
                if several
                else f"mk score-{'pos' if value > 0 else 'neg' if value < 0 else 'zero'}"
            )
            per_column[i].append(_marker(x, yy, _SHAPES[p_index % 4] if several else "circle", mark_cls))
        if persona == (j.persona or b.personas[0]) and points:
            high = max(points, key=lambda p: (p[2], -p[3]))
            low = min(points, key=lambda p: (p[2], p[3]))
            if high[2] > low[2]:
                for (x, yy, _, i), key, dy in ((high, "high", -19), (low, "low", 7)):
                    per_column[i].append(
                        Text(
                            _r(x),
                            _r(yy + dy),
                            (f"{'▲' if key == 'high' else '▼'} {label(j.locale, key)}",),
                            m.small,
                            f"emotion-{key}",
                            _r(m.small * m.line_height),
                            True,
                            anchor="middle",
                        )
                    )


def _leads_to(b: _Builder, source: Step, target: Step, persona: str) -> bool:
    """Whether ``persona`` goes from ``source`` to ``target``: directly, or over steps it does not take."""
    seen: set[str] = set()
    todo = [link.to for link in source.next]
    while todo:
        step_id = todo.pop()
        if step_id == target.id:
            return True
        step = b.step_of.get(step_id)
        if step is None or step_id in seen or step.taken_by(persona):
            continue
        seen.add(step_id)
        todo.extend(link.to for link in step.next)
    return False


def _adjacent(b: _Builder, first: int, second: int, persona: str) -> bool:
    """Whether only steps ``persona`` does not take stand between two columns."""
    between = b.columns[first + 1 : second]
    return all(step is not None and not step.taken_by(persona) for _, step in between)


def _smooth(points: list[tuple[float, float]], top: float, bottom: float) -> str:
    """A monotone cubic curve through the points (Fritsch-Carlson, as d3's curveMonotoneX), as
    Béziers kept inside the scale. Unlike a Catmull-Rom curve it never swings past a point: two
    equal emotions stay level between them, and no peak looks higher than it was."""
    d = f"M{_fmt(points[0][0])} {_fmt(points[0][1])}"
    tangents = _monotone_tangents(points)
    for i, ((x1, y1), (x2, y2)) in enumerate(pairwise(points)):
        t1, t2 = tangents[i], tangents[i + 1]
        third = (x2 - x1) / 3
        c1y = min(max(y1 + t1 * third, top), bottom)
        c2y = min(max(y2 - t2 * third, top), bottom)
        d += f"C{_fmt(x1 + third)} {_fmt(c1y)} {_fmt(x2 - third)} {_fmt(c2y)} {_fmt(x2)} {_fmt(y2)}"
    return d


def _monotone_tangents(points: list[tuple[float, float]]) -> list[float]:
    """The slope of the curve at each point: zero at a peak, a valley or the ends of a plateau."""
    if len(points) < 2:
        return [0.0] * len(points)
    widths = [max(b[0] - a[0], 1e-9) for a, b in pairwise(points)]
    slopes = [(b[1] - a[1]) / w for (a, b), w in zip(pairwise(points), widths, strict=True)]
    tangents = [0.0] * len(points)
    for i in range(1, len(points) - 1):
        s0, s1, h0, h1 = slopes[i - 1], slopes[i], widths[i - 1], widths[i]
        if s0 * s1 > 0:
            blended = (s0 * h1 + s1 * h0) / (h0 + h1)
            tangents[i] = math.copysign(min(abs(s0), abs(s1), abs(blended) / 2) * 2, s0)
    tangents[0] = (3 * slopes[0] - tangents[1]) / 2 if len(points) > 2 else slopes[0]
    tangents[-1] = (3 * slopes[-1] - tangents[-2]) / 2 if len(points) > 2 else slopes[-1]
    return tangents


FAR_ARROW = 5  # columns; an arrow longer than this names the step it leads to


def _goes_back(b: _Builder, step: Step, to: str) -> bool:
    """Whether a link from ``step`` leads back to an earlier column (or to itself): a loop or return."""
    return b.col_of[to] <= b.col_of[step.id]


def flow_edges(journey: Journey) -> list[tuple[Step, str, str]]:
    """Links that are not simply 'go on to the following step' (or, past a step some personas skip,
    to the next one they take, which their emotion lines show): (from, to id, label)."""
    steps = journey.steps
    edges = []
    for i, step in enumerate(steps):
        following = steps[i + 1].id if i + 1 < len(steps) else None
        for link in step.next:
            if (link.to == following or not link.explicit) and not link.label:
                continue
            edges.append((step, link.to, link.label))
    return edges


def _flow(b: _Builder, top: float) -> tuple[list[Group], float]:
    m = b.m
    edges = flow_edges(b.j)
    if not edges:
        return [], 0
    out_offset: dict[int, float] = {}  # column -> how far right of its centre the last arrow left
    in_offset: dict[int, float] = {}
    placed = []  # (source x, target x, label text, interval, lines)
    for step, to, text in sorted(edges, key=lambda e: (abs(b.col_of[e[1]] - b.col_of[e[0].id]), e[0].index, e[1])):
        src, dst = b.col_of[step.id], b.col_of[to]
        # Arrows leave right of a card's centre and arrive left of it, an arrowhead's width apart,
        # so no two heads stack; a loop back to the same step gets a wider bow to read as a loop.
        spread = 24 if src == dst else 12
        out_offset[src] = out_offset.get(src, 0) + spread
        in_offset[dst] = in_offset.get(dst, 0) + spread
        room = m.column / 2 - 12
        sx = b.col_x(src) + m.column / 2 + min(out_offset[src], room)
        tx = b.col_x(dst) + m.column / 2 - min(in_offset[dst], room)
        if abs(dst - src) > FAR_ARROW:  # its end is off screen on a wide map: say where it goes
            target = b.step_of[to].index + 1
            text = f"{text} → {target}" if text else f"→ {target}"
        label_text = b.text(0, 0, text, m.column * 1.2, m.small, "flow-label") if text else None
        lo, hi = min(sx, tx), max(sx, tx)
        if label_text is not None:
            mid, half = (sx + tx) / 2, label_text.width / 2 + 6
            lo, hi = min(lo, mid - half), max(hi, mid + half)
        placed.append((step, to, sx, tx, label_text, (lo - 6, hi + 6)))
    tracks: list[list[tuple[float, float]]] = []
    assignment = []
    for *_, interval in placed:
        for t, used in enumerate(tracks):
            if all(interval[1] < a or interval[0] > bb for a, bb in used):
                used.append(interval)
                assignment.append(t)
                break
        else:
            tracks.append([interval])
            assignment.append(len(tracks) - 1)
    track_h = [m.track] * len(tracks)
    for (*_, label_text, _), t in zip(placed, assignment, strict=True):
        if label_text is not None:
            track_h[t] = max(track_h[t], label_text.height + 6)
    height = _r(sum(track_h) + 2 * m.pad)
    bottom = top + height
    groups = []
    for (step, to, sx, tx, label_text, _), t in zip(placed, assignment, strict=True):
        ty = _r(bottom - m.pad - sum(track_h[:t]) - track_h[t] / 2)
        r = 6.0
        direction = 1 if tx > sx else -1
        d = (
            f"M{_fmt(sx)} {_fmt(bottom + 4)}V{_fmt(ty + r)}Q{_fmt(sx)} {_fmt(ty)} {_fmt(sx + r * direction)} {_fmt(ty)}"
            f"H{_fmt(tx - r * direction)}Q{_fmt(tx)} {_fmt(ty)} {_fmt(tx)} {_fmt(ty + r)}V{_fmt(bottom + 8)}"
        )
        backwards = _goes_back(b, step, to)
        items: list[Item] = [Line(d, "flow loop" if backwards else "flow", arrow=True)]
        if label_text is not None:
            lx = _r((sx + tx) / 2 - label_text.width / 2)
            ly = _r(ty - label_text.height / 2)
            items += [
                Box(_r(lx - 4), _r(ly - 1), _r(label_text.width + 8), _r(label_text.height + 2), "flow-label-bg", 3),
                label_text.at(lx, ly),
            ]
        target_name = b.columns[b.col_of[to]][1]
        title = f"{step.name} → {target_name.name if target_name else to}"
        if label_text is not None:
            title += f" ({' '.join(label_text.lines)})"
        groups.append(Group(f"jm-flow-{step.id}-{to}", title, tuple(items)))
    return groups, height


def _step_summary(journey: Journey, step: Step) -> str:
    parts = [f"{label(journey.locale, 'step')} {step.index + 1}: {step.name}"]
    for persona, score in step.emotion.items():
        who = f" ({persona})" if persona and len(journey.persona_ids()) > 1 else ""
        parts.append(f"{label(journey.locale, 'emotion')}{who} {score:+d}")
    if step.touchpoints:
        parts.append(f"{label(journey.locale, 'touchpoints')}: " + ", ".join(t.name for t in step.touchpoints))
    if step.departments:
        parts.append(f"{label(journey.locale, 'departments')}: " + ", ".join(d.name for d in step.departments))
    if step.drop_off is not None:
        parts.append(label(journey.locale, "drop_off") + (f": {step.drop_off.reason}" if step.drop_off.reason else ""))
    return ". ".join(parts)


def _legend_symbol(b: _Builder, symbol: str, x: float, y: float) -> list[Item]:
    """The small drawing in front of a legend entry; ``symbol`` names what it stands for."""
    kind, _, detail = symbol.partition(":")
    if kind == "persona":
        return _persona_key(b, int(detail), x, y)
    if kind == "score":
        return [_marker(x + 8, y, "circle", f"mk score-{detail}")]
    if kind == "dot":
        return [Mark(_r(x + 8), _r(y), 4, "circle", f"dot-{detail}")]
    if kind == "ghost":
        return [Line(f"M{_fmt(x)} {_fmt(y)}H{_fmt(x + 16)}", "ghost")]
    if kind == "jump":
        return [Line(f"M{_fmt(x)} {_fmt(y)}H{_fmt(x + 16)}", "curve-jump")]
    if kind == "card":
        return [Box(_r(x), _r(y - 6), 16, 12, f"card card-{detail}", 3)]
    if kind == "fail":
        return [Box(_r(x), _r(y - 6), 16, 12, "fail", 3)]
    if kind == "drop-off":
        return [Box(_r(x), _r(y - 6), 16, 12, "drop-off", 3)]
    if kind == "note":
        sign = {"pain": "!", "opportunity": "+", "question": "?", "evidence": "▣"}[detail]
        return [
            Box(_r(x), _r(y - 8), 16, 16, f"{detail}-bg", 3),
            Box(_r(x), _r(y - 8), 3, 16, f"{detail}-accent"),
            Text(_r(x + 6), _r(y - 8), (sign,), b.m.small, f"{detail}-accent-text", 16, True),
        ]
    return [Line(f"M{_fmt(x)} {_fmt(y)}H{_fmt(x + 16)}", "flow loop" if kind == "loop" else "flow", arrow=True)]


def _legend(b: _Builder, top: float, width: float) -> tuple[list[Item], float]:
    """Keys for the marks on this map, flowing left to right."""
    m, j, loc = b.m, b.j, b.j.locale
    entries: list[tuple[str, str]] = []  # (symbol, text)
    steps = j.steps
    lanes = b.lane_names
    if "emotion" in lanes:
        if len(b.personas) > 1:
            names = {p.id: p.name for p in j.personas}
            entries += [(f"persona:{i}", names.get(pid, pid)) for i, pid in enumerate(b.personas)]
        else:
            emotion = label(loc, "emotion")
            entries += [("score:pos", f"{emotion} +1 … +2"), ("score:zero", f"{emotion} 0"),
                        ("score:neg", f"{emotion} −1 … −2")]  # fmt: skip
    if "touchpoints" in lanes:
        for state, online in (("online", True), ("offline", False), ("unknown", None)):
            if any(t.online is online for s in steps for t in s.touchpoints):
                entries.append((f"dot:{state}", label(loc, f"channel_{state}" if online is None else state)))
    if any(s.drop_off for s in steps):
        entries.append(("drop-off", label(loc, "drop_off")))
    if b.blueprint and any(s.fail_point for s in steps):
        entries.append(("fail", label(loc, "fail_point")))
    for lane, kind in (("pain_points", "pain"), ("opportunities", "opportunity"), ("questions", "question"),
                       ("evidence", "evidence")):  # fmt: skip
        if lane in lanes:
            entries.append((f"note:{kind}", label(loc, lane)))
    if b.branch_gaps:
        entries.append(("jump", label(loc, "curve_jump")))
    edges = flow_edges(j)
    if edges:
        entries.append(("flow", label(loc, "flow")))
    if any(_goes_back(b, step, to) for step, to, _ in edges):
        entries.append(("loop", label(loc, "flow_back")))
    if b.baseline is not None:
        entries += [("ghost", label(loc, "before")), ("card:new", label(loc, "new_step")),
                    ("card:changed", label(loc, "changed_step"))]  # fmt: skip
    if not entries:
        return [], 0
    line_h = _r(m.small * m.line_height)
    items: list[Item] = [Text(m.margin, _r(top), (label(loc, "legend"),), m.small, "lane-label", line_h, True)]
    x, y = m.margin + 70, top
    row = line_h + 6
    for symbol, text in entries:
        w = 22 + text_width(text, m.small) + 22
        if x + w > width - m.margin and x > m.margin + 70:
            x, y = m.margin + 70, y + row
        items += _legend_symbol(b, symbol, x, _r(y + line_h / 2))
        items.append(Text(_r(x + 22), _r(y), (text,), m.small, "body", line_h))
        x += w
    return items, _r(y + row - top)
