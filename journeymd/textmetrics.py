"""Text widths from the advance widths of the DejaVu Sans fonts we ship, and line wrapping.

Widths come from the font's own metrics so that wrapping matches what a viewer draws. Glyphs the
font lacks (CJK, emoji) are measured as a full em, the width of the fallback fonts that draw them.
Latin text is measured by adding advance widths (kerning only makes it narrower, so it still
fits). Scripts whose letters change shape with their neighbours (Arabic, Hebrew, the Indic
scripts) are shaped with HarfBuzz, as browsers and resvg draw them: added up letter by letter,
Arabic measured up to a third too wide and wrapped too early.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache
from typing import Any

from ._data import read_bytes

__all__ = ["ASCENT", "DESCENT", "FONT_FILES", "font_path", "has_glyph", "text_width", "wrap"]

FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
ASCENT = 0.928  # hhea ascender / unitsPerEm of DejaVu Sans
DESCENT = 0.236

_BREAK_AFTER = re.compile(r"(?<=[\s\-/–—])")
_CJK_FROM = "\u2e80"  # scripts written without spaces start here; they break between characters


@cache
def _break_cjk() -> re.Pattern[str]:
    """The break pattern for text with CJK characters: compiling its big character class costs
    2 ms, which a map in a Latin script need not pay."""
    return re.compile(r"(?<=[\s\-/–—])|(?=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3000-\u303f\uff00-\uffef])")


def font_path(bold: bool = False) -> str:
    """Filesystem path of a shipped font file."""
    from importlib import resources  # about 6 ms that a map in SVG or HTML does not need: PNG and PDF only

    return str(resources.files("journeymd").joinpath(f"data/fonts/{FONT_FILES[bold]}"))


# Advance widths of both fonts, under journeymd/data: reading them from the fonts with fontTools
# costs a render ~90 ms, so tools/generate.py stores them.
WIDTHS_FILE = "fonts/dejavu-widths.json"


@cache
def _stored_widths() -> dict[str, Any]:
    table: dict[str, Any] = json.loads(read_bytes(WIDTHS_FILE))
    return table


@cache
def _advances(bold: bool) -> tuple[list[int], list[list[int]], int]:
    """The font's advance widths as runs of consecutive code points: (run starts, runs, units per em).

    Looked up by bisection and cached per character, which is cheaper than building a dict of
    all 6000 characters that a map mostly never uses.
    """
    table = _stored_widths()
    runs = table["bold" if bold else "regular"]
    return [start for start, _ in runs], [run for _, run in runs], table["unitsPerEm"]


def has_glyph(char: str, bold: bool = False) -> bool:
    """Whether DejaVu Sans draws ``char`` itself (a viewer falls back to other fonts for the rest)."""
    starts, runs, _ = _advances(bold)
    code = ord(char)
    index = bisect_right(starts, code) - 1
    return index >= 0 and code - starts[index] < len(runs[index])


def _measure(char: str, bold: bool) -> float:
    """Advance width of ``char`` in em."""
    starts, runs, units = _advances(bold)
    code = ord(char)
    index = bisect_right(starts, code) - 1
    if index >= 0 and code - starts[index] < len(runs[index]):
        return runs[index][code - starts[index]] / units
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0.0
    if unicodedata.east_asian_width(char) in ("W", "F") or code >= 0x1F000:
        return 1.05
    return 0.62


class _Widths(dict[str, float]):
    """Advance widths in em by character, measured when a character first appears."""

    def __init__(self, bold: bool) -> None:
        super().__init__()
        self.bold = bold

    def __missing__(self, char: str) -> float:
        width = self[char] = _measure(char, self.bold)
        return width


_WIDTHS = {False: _Widths(False), True: _Widths(True)}


def _char_width(char: str, bold: bool) -> float:
    return _WIDTHS[bold][char]


# Letters that join or reorder: Hebrew, Arabic, Syriac, Thaana, N'Ko, the Indic scripts, Thai,
# and Arabic presentation forms.
_SHAPED = re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\ufb1d-\ufdff\ufe70-\ufeff]")


@lru_cache(maxsize=65536)
def _em_width(text: str, bold: bool) -> float:
    """Width of ``text`` in em; words recur across a journey, so this is cached."""
    if text and max(text) >= "\u0590" and _SHAPED.search(text):
        return _shaped_em_width(text, bold)
    return sum(map(_WIDTHS[bold].__getitem__, text))


@cache
def _harfbuzz_font(bold: bool) -> tuple[Any, int]:
    import uharfbuzz  # about 11 ms: only maps in scripts that need shaping pay for it

    face = uharfbuzz.Face(uharfbuzz.Blob(read_bytes(f"fonts/{FONT_FILES[bold]}")))
    return uharfbuzz.Font(face), face.upem


def _shaped_em_width(text: str, bold: bool) -> float:
    """Width in em of ``text`` as HarfBuzz shapes it in the shipped font; glyphs the font lacks
    keep the full em that the fallback fonts give them."""
    import uharfbuzz  # loaded by _harfbuzz_font already; deferred for the same reason

    font, upem = _harfbuzz_font(bold)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    missing = sum(1.0 for info in buffer.glyph_infos if info.codepoint == 0)
    advance: float = sum(p.x_advance for p in buffer.glyph_positions if p.x_advance)
    return advance / upem + missing * (1 - _notdef(bold))


@cache
def _notdef(bold: bool) -> float:
    """The advance of the font's 'missing glyph' box, in em, which a fallback font replaces."""
    font, upem = _harfbuzz_font(bold)
    return float(font.get_glyph_h_advance(0)) / upem


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in pixels of ``text`` set in DejaVu Sans at ``size`` px."""
    return _em_width(text, bold) * size


def _split_long(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Cut a word that does not fit on one line into pieces that do."""
    pieces, current, used = [], "", 0.0
    for char in word:
        advance = _char_width(char, bold) * size
        if current and used + advance > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += advance
    if current:
        pieces.append(current)
    return pieces


@lru_cache(maxsize=16384)
def wrap(text: str, width: float, size: float, bold: bool = False) -> tuple[str, ...]:
    """Greedy line breaking of ``text`` into lines no wider than ``width`` px.

    Breaks at spaces, after hyphens and slashes, and between CJK characters; a word longer than a
    line is cut. Newlines in the text are kept. Widths add up token by token (we do not kern), so
    each token is measured once; chip and tag labels recur, so whole results are cached too.
    """
    limit = width / size
    lines: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = " ".join(paragraph.split())
        if not paragraph:
            if lines:
                lines.append("")
            continue
        current, used = "", 0.0  # the line so far, and its width in em including trailing spaces
        breaks = _break_cjk() if max(paragraph) >= _CJK_FROM else _BREAK_AFTER
        for token in breaks.split(paragraph):
            if not token:
                continue
            full = _em_width(token, bold)
            trailing = token[len(token.rstrip()) :]
            visible = full - _em_width(trailing, bold)
            if current and used + visible > limit:  # does not fit: start a new line
                lines.append(current.rstrip())
                current, used = "", 0.0
            if not current and visible > limit:  # wider than a whole line: cut the word
                *pieces, last = _split_long(token.rstrip(), width, size, bold)
                lines.extend(pieces)
                current, used = last + trailing, _em_width(last + trailing, bold)
                continue
            current, used = current + token, used + full
        if current.strip():
            lines.append(current.rstrip())
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines) or ("",)
