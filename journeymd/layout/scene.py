"""The Scene: what a map is made of (boxes, texts, lines, marks in groups), in absolute positions.

Every part of the layout returns these records; the SVG, PNG, PDF and HTML printers read them and
compute nothing. Positions are rounded to 0.1 px so that output bytes are stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import field
from typing import ClassVar

from .._record import Record, dataclass
from ..textmetrics import ASCENT, DESCENT

__all__ = ["Box", "Group", "Icon", "Item", "Lane", "Line", "Mark", "Metrics", "Picture", "Scene", "Text"]


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
    href: str = ""  # a link (relative, computed by journeymd) the text leads to

    def shifted(self, dx: float, dy: float) -> Text:
        return self.at(self.x + dx, self.y + dy)

    def at(self, x: float, y: float) -> Text:
        """The same text with its top-left corner at ``x``, ``y`` (cheaper than dataclasses.replace,
        which a large map calls thousands of times)."""
        return Text(
            _r(x), _r(y), self.lines, self.size, self.cls, self.line_height, self.bold, self.italic, self.anchor,
            self.width, self.href,
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
        if not dx and not dy:
            return self
        return Line(shift_path(self.d, dx, dy), self.cls, self.arrow)


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


@dataclass(frozen=True, eq=False, repr=False)
class Icon(Record):
    """A bundled icon (SVG path data on a 24 px grid, drawn as strokes) with its top-left corner at
    ``x``, ``y``, ``size`` px square."""

    kind: ClassVar[str] = "icon"
    x: float
    y: float
    size: float
    name: str
    d: str
    cls: str

    def shifted(self, dx: float, dy: float) -> Icon:
        return Icon(_r(self.x + dx), _r(self.y + dy), self.size, self.name, self.d, self.cls)

    @property
    def transform(self) -> str:
        return f"translate({_fmt(self.x)} {_fmt(self.y)}) scale({self.size / 24:.4g})"


@dataclass(frozen=True, eq=False, repr=False)
class Picture(Record):
    """An inlined image (a data URI) drawn into the box ``x``, ``y``, ``w``, ``h``, with its text
    alternative."""

    kind: ClassVar[str] = "image"
    x: float
    y: float
    w: float
    h: float
    href: str
    alt: str
    cls: str

    def shifted(self, dx: float, dy: float) -> Picture:
        return Picture(_r(self.x + dx), _r(self.y + dy), self.w, self.h, self.href, self.alt, self.cls)


Item = Box | Text | Line | Mark | Icon | Picture


@dataclass(frozen=True, eq=False, repr=False)
class Group(Record):
    """Items that belong together, announced to screen readers with ``title``."""

    id: str
    title: str
    items: tuple[Item, ...]
    data: tuple[tuple[str, str], ...] = ()  # data-* attributes for the interactive report

    def shifted(self, dx: float, dy: float) -> Group:
        if not dx and not dy:
            return self
        return Group(self.id, self.title, tuple(item.shifted(dx, dy) for item in self.items), self.data)


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
    step_cells: tuple[tuple[str, str, Box], ...] = field(default=())  # (step id, lane, cell box) for checks
    # The size the map is printed at, as SVG width and height ("297mm"); empty: its own size in px.
    # A page whose rows had to be shrunk to fit draws its viewBox into this smaller size.
    print_width: str = ""
    print_height: str = ""
    page_number: int = 0  # 1, 2, … on a page of a paged map; 0 for a map in one piece
    page_count: int = 0


_PATH_TOKEN = re.compile(r"[A-Za-z]|-?[0-9]*\.?[0-9]+")


def shift_path(d: str, dx: float, dy: float) -> str:
    """An SVG path moved by ``dx``, ``dy``. Only the absolute commands the layout writes occur
    (M, L, H, V, C, Q): H takes x values, V takes y values, the others x y pairs."""
    out: list[str] = []
    command = ""
    index = 0
    for token in _PATH_TOKEN.findall(d):
        if token.isalpha():
            command, index = token, 0
            out.append(token)
            continue
        value = float(token)
        if command == "H" or (command != "V" and index % 2 == 0):
            value += dx
        else:
            value += dy
        index += 1
        out.append((" " if out and not out[-1].isalpha() else "") + _fmt(_r(value)))
    return "".join(out)


def shift_all(items: Iterable[Item], dx: float = 0, dy: float = 0) -> list[Item]:
    return [item.shifted(dx, dy) for item in items]


def _r(value: float) -> float:
    """Round to 0.1 px: enough precision, and stable bytes across platforms."""
    return round(value + 0.0, 1)


def _fmt(value: float) -> str:
    text = f"{value + 0.0:.1f}"  # formats exactly as round(value, 1) would, one call cheaper
    return text[:-2] if text.endswith(".0") else text
