"""SVG to PNG (resvg, no system libraries) and to PDF (headless Chromium, text stays text)."""

from __future__ import annotations

import functools
import html
import os
import re
import shutil
import signal
import subprocess
import tempfile
import unicodedata
import warnings
from collections.abc import Sequence
from pathlib import Path

import resvg_py

from .page import length_px
from .problem import CannotRender, EngineMissing, MissingGlyphs, TooLarge
from .textmetrics import font_path, has_glyph

__all__ = ["EngineMissing", "MissingGlyphs", "find_chromium", "svg_to_pdf", "svg_to_png"]

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


MAX_PIXELS = 250_000_000  # 1 GB of RGBA while drawing; far wider than any screen or printer shows


def _warn_missing_glyphs(svg: str) -> None:
    """Name characters the shipped fonts lack: resvg draws them only if a system font has them,
    and silently leaves a box or a gap otherwise (a browser viewing the SVG finds fonts itself)."""
    text = "".join(re.findall(r">([^<]+)<", svg))
    missing = sorted({c for c in text if not c.isspace() and not has_glyph(c) and unicodedata.category(c)[0] != "C"})
    if missing:
        shown = " ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
        warnings.warn(
            MissingGlyphs(
                f"{len(missing)} character{'s' if len(missing) > 1 else ''} in this map ({shown}) are not in DejaVu "
                "Sans, the font of the PNG; they show only where a system font has them (Debian/Ubuntu: apt-get "
                "install fonts-noto-cjk fonts-noto-color-emoji fonts-noto-core); the SVG and HTML leave them to "
                "the viewer's fonts"
            ),
            stacklevel=3,
        )


def svg_to_png(svg: str, scale: float = 1.0) -> bytes:
    """Rasterise with resvg, using the fonts the map was measured with (and system fonts for other
    scripts); warns with MissingGlyphs about characters the shipped fonts lack."""
    width, height = _size(svg)
    pixels = round(width * scale) * round(height * scale)
    if pixels > MAX_PIXELS:
        raise TooLarge(
            f"a PNG of this map would be {round(width * scale):,} × {round(height * scale):,} pixels; journeymd "
            f"draws at most {MAX_PIXELS // 1_000_000} million: use a lower --scale, or SVG, which has no such limit"
        )
    _warn_missing_glyphs(svg)
    png: bytes = resvg_py.svg_to_bytes(
        svg_string=svg,
        zoom=scale,
        font_files=[font_path(False), font_path(True), *system_fonts()],
        skip_system_fonts=True,
        font_family="DejaVu Sans",
        sans_serif_family="DejaVu Sans",
    )
    return png


FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")


@functools.cache
def system_fonts() -> tuple[str, ...]:
    """The system's font files for the characters DejaVu lacks (CJK, Arabic, emoji), less the serif
    faces of scripts that also have a sans face: resvg falls back per character to any font it
    knows, and it picked Noto Serif CJK for Japanese in a sans-serif map. Read once per process."""
    found: list[Path] = []
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.suffix.lower() in (".ttf", ".otf", ".ttc"))
    names = {p.name for p in found}
    kept = [p for p in found if not ("Serif" in p.name and p.name.replace("Serif", "Sans") in names)]
    # resvg takes the first font that has a character, whatever its weight: regular faces first,
    # as most text is regular (a bold CJK title then prints regular).
    weighted = re.compile(r"Bold|Black|Heavy|Light|Thin|Medium|Semi|Extra|Italic", re.IGNORECASE)
    kept.sort(key=lambda p: bool(weighted.search(p.stem)))
    return tuple(str(p) for p in kept if not p.name.startswith("DejaVu"))


def find_chromium() -> str | None:
    """Path of a Chromium or Chrome executable: $JOURNEYMD_CHROMIUM, then the usual names on PATH."""
    configured = os.environ.get("JOURNEYMD_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else shutil.which(configured)
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _size(svg: str) -> tuple[float, float]:
    """The width and height in pixels that the SVG's root element gives (a page's in mm or in too)."""
    size = re.search(r'width="([\d.]+(?:px|mm|cm|in|pt)?)"\s+height="([\d.]+(?:px|mm|cm|in|pt)?)"', svg)
    return (length_px(size[1]), length_px(size[2])) if size else (1000.0, 1000.0)


def _fmt(number: float) -> str:
    return f"{number:g}"


_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: {w} {h}; margin: 0 }} html, body {{ margin: 0; padding: 0 }} svg {{ display: block }}
svg + svg {{ break-before: page }}
</style></head><body>{svg}</body></html>"""


def svg_to_pdf(svg: str | Sequence[str], title: str = "", timeout: float = 60,
               page_size: tuple[str, str] | None = None) -> bytes:  # fmt: skip
    """Print the SVG to a PDF with headless Chromium: one page of the map's size, or, given several
    SVGs and a ``page_size`` (CSS lengths such as "420mm", "297mm"), one page each."""
    browser = find_chromium()
    if browser is None:
        raise EngineMissing(
            "PDF output needs Chromium or Chrome: install it (Debian/Ubuntu: apt-get install chromium) "
            "or set JOURNEYMD_CHROMIUM to its path; SVG and PNG work without it"
        )
    pages = [svg] if isinstance(svg, str) else list(svg)
    if page_size is None:
        width, height = _size(pages[0])
        page_size = (f"{_fmt(width)}px", f"{_fmt(height + 1)}px")
    body = "".join(page.split("?>", 1)[-1] for page in pages)
    with tempfile.TemporaryDirectory(prefix="journeymd-") as tmp:
        page, pdf = Path(tmp, "map.html"), Path(tmp, "map.pdf")
        page.write_text(_PAGE.format(title=html.escape(title), w=page_size[0], h=page_size[1], svg=body), "utf-8")
        command = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--no-pdf-header-footer",
            f"--user-data-dir={tmp}/profile", f"--print-to-pdf={pdf}", page.as_uri(),
        ]  # fmt: skip
        try:
            finished = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            hint = _TRY_PAGES if isinstance(exc, subprocess.TimeoutExpired) else ""
            raise EngineMissing(f"Chromium at {browser} could not print the PDF: {exc}{hint}") from None
        written = pdf.read_bytes() if pdf.is_file() else b""
        # Chromium may exit 0 without a PDF, or fail after writing part of one: check both.
        if finished.returncode != 0 or not _is_whole_pdf(written):
            raise CannotRender(_failure(browser, finished.returncode, finished.stderr, written))
        return _without_dates(written)


# The usual reason Chromium fails on a valid map is its size: one page of a very long journey.
_TRY_PAGES = "; a very long map may not fit on one page: try --page a3"


def _failure(browser: str, code: int, stderr: bytes, written: bytes) -> str:
    if not written:
        what = "did not write a PDF"
    elif not _is_whole_pdf(written):
        what = "wrote an incomplete PDF"
    else:
        what = "wrote a PDF"
    said = _tail(stderr)
    return f"Chromium at {browser} {what} and exited with {_exit(code)}{f': {said}' if said else ''}{_TRY_PAGES}"


def _is_whole_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def _exit(code: int) -> str:
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"code {code}"


def _tail(stderr: bytes, lines: int = 3, limit: int = 400) -> str:
    """The last lines Chromium printed, as a message can quote them: control characters escaped."""
    text = stderr.decode("utf-8", "replace")
    kept = [line.strip() for line in text.splitlines() if line.strip()][-lines:]
    said = " | ".join(kept)
    said = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in said)
    return said if len(said) <= limit else "…" + said[-limit + 1 :]


def _without_dates(pdf: bytes) -> bytes:
    """Chromium stamps the time into /CreationDate and /ModDate; the same map must give the same
    file. Each digit of the stamp becomes that of 2000-01-01 00:00:00, so every byte offset in the
    file stays where it was."""
    fixed = b"20000101000000"

    def stamp(match: re.Match[bytes]) -> bytes:
        digits = match.group(2)
        return match.group(1) + fixed[: len(digits)] + b"0" * max(0, len(digits) - len(fixed))

    return re.sub(rb"(/(?:CreationDate|ModDate) ?\(D:)(\d+)", stamp, pdf)
