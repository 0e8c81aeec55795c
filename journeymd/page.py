"""Page sizes: where a map is shown decides how wide it may be, how tall a page is, and how small
its text may get. Shared by the command line, the Python API, batch renders and the Markdown
extension, so ``--page a3`` means the same everywhere."""

from __future__ import annotations

import math
import re

from ._record import Record, dataclass

__all__ = ["PAGE_NAMES", "Page", "PageError", "length_px", "parse_page"]

PX_PER = {"px": 1.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0, "pt": 96 / 72}

# name: (width, height, unit, what it is for); height None: a column of any height.
_SIZES: dict[str, tuple[float, float | None, str, str]] = {
    "docs": (960, None, "px", "a documentation column (README, MkDocs), any height"),
    "phone": (390, None, "px", "a phone screen, any height"),
    "slide": (1920, 1080, "px", "a 16:9 slide"),
    "a4": (297, 210, "mm", "A4 paper"),
    "a3": (420, 297, "mm", "A3 paper"),
    "a2": (594, 420, "mm", "A2 paper"),
    "a1": (841, 594, "mm", "A1 paper"),
    "letter": (11, 8.5, "in", "US Letter paper"),
    "tabloid": (17, 11, "in", "US Tabloid paper"),
}
PAGE_NAMES = tuple(_SIZES)
_CUSTOM = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*x\s*([0-9]+(?:\.[0-9]+)?)\s*(px|mm|cm|in|pt)", re.IGNORECASE)
# px: narrower cannot hold a lane name and a step; 200 inches is the largest page a PDF may have.
MIN_SIDE, MAX_SIDE = 300.0, 19200.0


class PageError(ValueError):
    """A page size that cannot be used, with a message for the user."""


@dataclass(frozen=True, eq=False, repr=False)
class Page(Record):
    """A page in CSS px (96 per inch). ``height`` None: one page as tall as the map."""

    name: str
    width: float
    height: float | None
    unit: str  # the unit the size was given in; paper units mean a printed page
    size: tuple[float, float | None]  # in ``unit``
    # No orientation was asked for: a map whose rows are too tall for a landscape page may turn it.
    turnable: bool = False

    @property
    def paper(self) -> bool:
        return self.unit != "px"

    @property
    def min_text(self) -> float:
        """The smallest text, in px at the page's own size: 7 pt on paper, 10 px on a screen."""
        return 7 * PX_PER["pt"] if self.paper else 10.0

    @property
    def margin(self) -> float:
        """Blank edge, in px: a printer's 10 mm on paper, less on a screen."""
        if self.paper:
            return 10 * PX_PER["mm"]
        return 12.0 if self.width < 600 else 24.0

    def turned(self) -> Page:
        """The same paper the other way round."""
        w, h = self.size
        assert h is not None and self.height is not None
        return Page(self.name, self.height, self.width, self.unit, (h, w), False)

    def css_size(self) -> tuple[str, str]:
        """Width and height as SVG attributes and CSS ``@page`` sizes ("297mm")."""
        w, h = self.size
        return _number(w) + self.unit, (_number(h) + self.unit) if h is not None else ""


def length_px(length: str) -> float:
    """A CSS length such as "420mm" or "1122.5" (px) in px, at 96 per inch."""
    number = length.rstrip("abcdefghijklmnopqrstuvwxyz")
    return float(number) * PX_PER[length[len(number) :] or "px"]


def _quoted(spec: str) -> str:
    """The page as the user wrote it, in quotes, cut short if it is long."""
    return repr(spec if len(spec) <= 40 else spec[:39] + "…")


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def parse_page(spec: str, orientation: str | None = None) -> Page:
    """``a4``, ``docs``, ``slide``, … or ``WIDTHxHEIGHT`` with a unit (``1200x800px``, ``420x297mm``).
    Paper and slides are landscape unless ``orientation`` is ``portrait``; a column (docs, phone)
    has no orientation."""
    key = spec.strip().lower()
    if orientation not in (None, "landscape", "portrait"):
        raise PageError(f"unknown orientation {orientation!r}; use landscape or portrait")
    if key in _SIZES:
        w, h, unit, _ = _SIZES[key]
        if h is None:
            if orientation is not None:
                raise PageError(f"'{key}' is a column of any height and has no orientation")
        elif orientation == "portrait":
            w, h = h, w
    else:
        match = _CUSTOM.fullmatch(key)
        if match is None and re.fullmatch(r"[0-9]+(\.[0-9]+)?\s*x\s*[0-9]+(\.[0-9]+)?", key):
            raise PageError(f"page {spec!r} needs a unit: {key}px, {key}mm, cm, in or pt")
        if match is None:
            names = ", ".join(PAGE_NAMES)
            raise PageError(f"unknown page size {_quoted(spec)}; use one of {names}, or WIDTHxHEIGHT with a unit "
                            "(1200x800px, 420x297mm)")  # fmt: skip
        w, h, unit = float(match[1]), float(match[2]), match[3].lower()
        if orientation is not None and (w > h) != (orientation == "landscape") and w != h:
            w, h = h, w
    width = w * PX_PER[unit]
    height = h * PX_PER[unit] if h is not None else None
    for side in (width, height):
        if side is not None and not MIN_SIDE <= side <= MAX_SIDE:
            shown = f"{side:.3f}".rstrip("0").rstrip(".") if math.isfinite(side) and side < 1e9 else "too many"
            raise PageError(f"page {_quoted(spec)} is {shown} px on a side; pages go from {MIN_SIDE:.0f} to "
                            f"{MAX_SIDE:.0f} px (about {MIN_SIDE / PX_PER['mm']:.0f} mm to "
                            f"{MAX_SIDE / PX_PER['mm'] / 1000:.1f} m)")  # fmt: skip
    # Paper may stand up when the map's rows only fit that way; a slide stays 16:9.
    turnable = orientation is None and h is not None and key in _SIZES and unit != "px"
    return Page(key, round(width, 2), round(height, 2) if height is not None else None, unit, (w, h), turnable)
