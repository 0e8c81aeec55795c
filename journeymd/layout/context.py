"""What every part of the layout needs to know about one map: the journey, its columns, its lanes,
the sizes it is drawn at, and how to set text in them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..i18n import label
from ..model import BLUEPRINT_LANES, LANES, Journey, Phase, Step, lanes_with_data
from ..research import uses_research
from ..textmetrics import text_width, wrap
from .scene import Metrics, Text, _r

if TYPE_CHECKING:
    from ..diff import JourneyDiff
    from ..outputs import MapLinks

__all__ = ["Context", "lanes_for"]

# The three lines of a service blueprint: (layer above, layer below, label key).
BLUEPRINT_LINES = (("steps", "frontstage", "line_interaction"), ("frontstage", "backstage", "line_visibility"),
                   ("backstage", "support", "line_internal"))  # fmt: skip


STACKED_LABEL_WIDTH = 10.0  # px: with the gap beside it, the room for "+2" left of the columns
STACKED_BELOW = 600.0  # px: a page narrower than this names its lanes above their cells
OWN_LANE_LABEL = 220.0  # px: the widest a long word in a lane's own name widens the label column


def lanes_for(journey: Journey) -> tuple[str, ...]:
    """The lanes a map shows: the file's choice, or every lane with data in the standard order."""
    if journey.lanes is not None:
        return journey.lanes
    shown = lanes_with_data(journey.steps)
    return tuple(lane for lane in LANES if lane in shown)


class Context:
    """The journey and the fixed facts of its map, shared read-only by the layout's parts."""

    def __init__(
        self,
        journey: Journey,
        metrics: Metrics,
        blueprint: bool = False,
        baseline: Journey | None = None,
        changes: JourneyDiff | None = None,
        links: MapLinks | None = None,
    ) -> None:
        self.j = journey
        self.links = links
        self.loc = journey.locale
        self.blueprint = blueprint
        self.lane_names = BLUEPRINT_LANES if blueprint else lanes_for(journey)
        self.baseline = baseline
        self.changes = changes
        # The earlier version's steps under their current ids (a renamed step's id changes with its name).
        old_ids = dict(changes.new_ids) if changes else {}
        old_by_id = {s.id: s for s in baseline.steps} if baseline else {}
        self.old_steps = {step.id: old_by_id[old_ids.get(step.id, step.id)] for step in journey.steps
                          if old_ids.get(step.id, step.id) in old_by_id}  # fmt: skip
        self.step_of = {step.id: step for step in journey.steps}
        self.columns: list[tuple[Phase, Step | None]] = []
        for phase in journey.phases:
            if phase.steps:
                self.columns.extend((phase, step) for step in phase.steps)
            else:
                self.columns.append((phase, None))  # a phase without steps still shows
        self.col_of = {step.id: i for i, (_, step) in enumerate(self.columns) if step is not None}
        self.personas = journey.persona_ids()
        self.persona_index = {pid: i for i, pid in enumerate(self.personas)}
        self.m = metrics
        self.own_lanes = {lane.id: lane for lane in journey.custom_lanes}
        # The label column fits the longest lane name in the file's language, without breaking words;
        # a lane of the file's own is named freely, so only its longest word counts, and not beyond a limit.
        names = [self.lane_label(lane) for lane in (*self.lane_names, "phase", "flow") if lane not in self.own_lanes]
        words = [word for lane in self.own_lanes.values() for word in lane.name.split()]
        widths = [text_width(n, metrics.body, True) + 24 for n in names]
        widths += [min(text_width(w, metrics.body, True) + 24, OWN_LANE_LABEL) for w in words]
        if journey.scale.levels and "emotion" in self.lane_names:
            # The levels' names stand right in the column, beside the lane's name above the top one.
            widest = max(text_width(level, metrics.small) for level in journey.scale.levels)
            widths.append(min(text_width(self.lane_label("emotion"), metrics.body, True) + widest + 40, 260))
        self.label_width = _r(max(metrics.label_width, *widths))
        self.stacked = False  # lane names above each lane's cells instead of in a column: a phone
        self.research = uses_research(journey)  # step cards carry an evidence ball

    def stack(self) -> None:
        """Name each lane above its cells, for a page too narrow to give the names a column of their
        own (on a phone that column took 160 of 390 px). What stays at the left is room for the
        emotion scale's numbers."""
        self.stacked = True
        self.label_width = STACKED_LABEL_WIDTH
        self.m = replace(self.m, emotion_step=22)  # a lower scale: a phone shows less at once

    def with_column(self, width: float) -> None:
        """Draw the step columns ``width`` wide (a page fits as many whole columns as it can)."""
        self.m = replace(self.m, column=_r(width))

    @property
    def inner(self) -> float:
        """Room for a cell's content: a column less its padding."""
        return self.m.column - 2 * self.m.pad

    @property
    def x0(self) -> float:
        """Where the first column of a row starts: right of the lane names."""
        return self.m.margin + self.label_width + self.m.gap

    def lane_label(self, lane: str) -> str:
        own = self.own_lanes.get(lane)
        if own is not None:
            return own.name
        if self.blueprint and lane == "steps":
            return label(self.loc, "customer_actions")
        return label(self.loc, lane)

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
        """``content`` wrapped to ``width`` with the font's real metrics."""
        lines = wrap(content, width, size, bold)
        widest = max(text_width(line, size, bold) for line in lines)
        return Text(_r(x), _r(y), lines, size, cls, _r(size * self.m.line_height), bold, italic, anchor, _r(widest))

    def line_text(self, x: float, y: float, content: str, size: float, cls: str, bold: bool = False,
                  anchor: str = "start", italic: bool = False) -> Text:  # fmt: skip
        """One line of text that is not wrapped (a label, a number)."""
        return Text(_r(x), _r(y), (content,), size, cls, _r(size * self.m.line_height), bold, italic, anchor,
                    _r(text_width(content, size, bold)))  # fmt: skip
