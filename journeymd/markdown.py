"""Journey maps inside Markdown: a Python-Markdown extension for MkDocs and a pymdownx superfences fence.

In ``mkdocs.yml``::

    markdown_extensions:
      - journeymd.markdown:
          fail_on_error: false   # true: a broken journey fails the build
          theme: default
          page: docs             # the map wraps to a 960 px column; "" for one strip as wide as its steps

Then a fenced block is replaced by the map's inline SVG::

    ```journeymd
    journeymd: 1
    phases: ...
    ```

A fence may choose how its map is drawn: ```` ```journeymd page=phone theme=dark view=blueprint
phase=service ```` (any of them, in any order; the same words as ``journeymd render``'s options).

A block holding only ``file: path/to/map.journey.yaml`` includes that file, relative to the docs
folder: ``base_dir`` in ``mkdocs.yml``, else ``docs/`` when there is one, else the current folder.
A page cannot name a file outside that folder (``../``, an absolute path, a link that leads out) nor
move the folder itself: a page is what a pull request edits, and the error box would publish what it
read. A journey with problems shows as a box listing each ``line:col`` of the page (or of the
included file), and is logged as a warning on the ``mkdocs.plugins.journeymd`` logger, so that
``mkdocs build --strict`` fails on it; with ``fail_on_error: true`` the build stops with the message.
"""

from __future__ import annotations

import hashlib
import html
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from .problem import CannotRender, JourneyError
from .types import View

if TYPE_CHECKING:
    from .model import Journey
    from .page import Page

__all__ = ["JourneyExtension", "makeExtension", "render_block", "superfences_formatter", "superfences_validator"]

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>.*?)\s*$")
_INCLUDE = re.compile(r"^\s*file\s*:\s*(?P<path>\S.*?)\s*$")


class JourneyBuildError(Exception):
    """A journey in the docs has problems and the extension was told to fail the build."""


# Under MkDocs' own logger, so that `mkdocs build --strict` counts a broken journey as a warning.
log = logging.getLogger("mkdocs.plugins.journeymd")


def _for_mkdocs(error: JourneyBuildError) -> Exception:
    """The error as MkDocs' BuildError too, which MkDocs reports as its message, not a traceback."""
    try:
        from mkdocs.exceptions import PluginError
    except ImportError:
        return error
    both = type("JourneyBuildError", (JourneyBuildError, PluginError), {})
    made: Exception = both(str(error))
    return made


FENCE_OPTIONS = ("page", "theme", "view", "phase")
VIEWS: tuple[View, ...] = ("map", "blueprint", "overview", "flow")  # journeymd.types.VIEWS, as the docs list them


# A page is what a pull request edits: a fence names a built-in theme, and a theme file is set for
# the whole site in mkdocs.yml, or a page could read any YAML file on the machine that builds it.
THEME_ON_FENCE = (
    "theme= on a fence names a built-in theme (default, dark, high-contrast, print, auto); "
    "set a theme file for journeymd.markdown in mkdocs.yml"
)


def _builtin_theme(theme: str | None) -> bool:
    from .themes import BUILTIN

    return theme is None or theme in (*BUILTIN, "auto")


def fence_options(info: str) -> dict[str, str]:
    """``page=phone theme="dark"`` after ``journeymd`` on a fence, as a dict; raises ValueError for
    an option the fence does not know."""
    from .problem import did_you_mean

    options: dict[str, str] = {}
    for word in re.findall(r"""(\w+)=("[^"]*"|'[^']*'|\S+)""", info):
        key, value = word[0], word[1].strip("\"'")
        if key not in (*FENCE_OPTIONS, "fail_on_error", "base_dir"):
            raise ValueError(f"unknown fence option '{key}'{did_you_mean(key, FENCE_OPTIONS)}")
        options[key] = value
    return options


def render_block(
    source: str,
    base_dir: str | Path = ".",
    theme: str = "default",
    fail_on_error: bool = False,
    repeat: int = 0,
    page: str = "docs",
    view: View | str = "map",
    phase: str = "",
    where: tuple[str, int] | None = None,
) -> str:
    """The HTML for one ```journeymd block: an inline SVG map, or an error box. ``repeat`` counts
    the same block shown before on the page, so that each copy gets ids of its own. ``page``,
    ``view`` and ``phase`` (comma-separated phases) mean what ``journeymd render``'s options do.
    ``where`` is the page and the line of the block's fence, for messages in the page's lines."""
    from . import load, loads
    from .page import PageError, parse_page
    from .request import RequestError, check_theme

    try:
        fitted = parse_page(page) if page else None
    except PageError as error:
        return _refuse(f"page={page}: {error}", fail_on_error, where)
    picture = next((known for known in VIEWS if known == view), None)
    if picture is None:
        return _refuse(f"view={view}: use one of {', '.join(VIEWS)}", fail_on_error, where)
    try:  # the rules of journeymd render --theme; a theme file with problems is listed below
        check_theme(theme, "theme")
    except RequestError as error:
        return _refuse(f"theme={theme}: {error}", fail_on_error, where)

    include = _INCLUDE.match(source.strip()) if "\n" not in source.strip() else None
    path = _inside(Path(base_dir), include["path"]) if include else None
    if include and path is None:
        refused = (
            f"file: {include['path']} is outside the docs folder {base_dir}; journeymd includes only files inside it"
        )
        return _refuse(refused, fail_on_error, where)
    try:
        journey = load(path) if path else loads(source, "journeymd block")
        # Ids and colours of its own, so that several maps (and themes) on one page keep apart: from
        # what it shows, so that two fences naming 'map.journey.yaml' in different folders differ.
        shown = f"{path.resolve()}\0{path.read_bytes()!r}" if path else source
        drawn = f"{theme}\0{page}\0{view}\0{phase}\0{shown}"
        digest = hashlib.sha256(drawn.encode()).hexdigest()[:8] + (f"r{repeat}" if repeat else "")
        phases = tuple(p.strip() for p in phase.split(",") if p.strip())
        if phases:
            from .batch import only_phases

            journey = only_phases(journey, phases)
        svg = _draw(journey, picture, theme, fitted, f"jm{digest}-")
    except CannotRender as error:
        return _refuse(str(error), fail_on_error, where)
    except JourneyError as error:
        return _problems_box(error, bool(include), fail_on_error, where)
    # A map fitted to a page shrinks with a narrower column; a strip scrolls inside it instead.
    return f'<figure class="journeymd" style="overflow-x:auto;max-width:100%">{svg}</figure>'


def _draw(journey: Journey, view: View, theme: str, page: Page | None, id_prefix: str) -> str:
    """The inline SVG of a block, with ids of its own."""
    if view == "flow":
        from .graph import flow_svg

        return flow_svg(journey, "default" if theme == "auto" else theme)
    from .layout import layout
    from .render import render_svg

    scene = layout(journey, view=view, page=page)
    return render_svg(journey, theme, scene=scene, view=view, id_prefix=id_prefix, fluid=True)


def _problems_box(error: JourneyError, include: bool, fail_on_error: bool, where: tuple[str, int] | None) -> str:
    """The problems of a block's journey, logged and in a box, or the build stopped with them. An
    inline journey's lines are the page's when the page is known; else they count from the block's
    first line, which the message says."""
    located = []
    for p in error.problems:
        if include:
            located.append((p.path, "", p.line))
        elif where:
            located.append((where[0], "", where[1] + p.line))
        else:
            located.append((p.path, "block line ", p.line))
    said = [
        f"{path}:{line}:{p.column}: {p.message}" if not label else f"{path}: {label}{line}:{p.column}: {p.message}"
        for (path, label, line), p in zip(located, error.problems, strict=True)
    ]
    if fail_on_error:
        raise JourneyBuildError("\n".join(said)) from None
    for message in said:
        log.warning("journeymd: %s", message)
    items = "".join(
        f"<li><code>{label}{line}:{p.column}</code> {html.escape(p.message)}"
        + (f" <small>({html.escape(p.path)})</small>" if include else "")
        + "</li>"
        for (_, label, line), p in zip(located, error.problems, strict=True)
    )
    return _error_box("this journey has problems", f"<ul>{items}</ul>")


def _inside(root: Path, name: str) -> Path | None:
    """The file ``name`` names under ``root``, or None when it resolves outside it."""
    folder = root.resolve()
    path = (folder / name).resolve()
    return path if path.is_relative_to(folder) else None


def _refuse(message: str, fail_on_error: bool, where: tuple[str, int] | None = None) -> str:
    located = f"{where[0]}:{where[1]}: {message}" if where else message
    if fail_on_error:
        raise JourneyBuildError(located)
    log.warning("journeymd: %s", located)
    return _error_box("this block cannot be shown", f"<p>{html.escape(message)}</p>")


def _error_box(title: str, body: str) -> str:
    return (
        '<div class="journeymd-error" role="alert" style="border:2px solid #b91c1c;padding:.5em 1em;'
        f'color:#7f1d1d;background:#fef2f2"><strong>journeymd: {title}</strong>{body}</div>'
    )


class _BlockProcessor(Preprocessor):
    def __init__(self, md: Markdown, config: dict[str, Any]) -> None:
        super().__init__(md)
        self.config = config

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        seen: dict[str, int] = {}  # each block's copies on this page
        i = 0
        while i < len(lines):
            start = _FENCE.match(lines[i])
            if not start:
                out.append(lines[i])
                i += 1
                continue
            fence, indent = start["fence"], len(start["indent"])
            info, fence_line = start["info"], i + 1
            if info.split(" ")[0] != "journeymd":  # another code block: a journeymd fence inside it is an example
                closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*$")
                out.append(lines[i])
                i += 1
                while i < len(lines) and not closing.match(lines[i]):
                    out.append(lines[i])
                    i += 1
                if i < len(lines):
                    out.append(lines[i])
                    i += 1
                continue
            body: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence):
                body.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i])
                i += 1
            i += 1  # the closing fence
            source = "\n".join(body) + "\n"
            seen[source] = repeat = seen.get(source, -1) + 1
            try:
                block = self._block(source, info.removeprefix("journeymd"), repeat, fence_line)
            except JourneyBuildError as error:
                raise _for_mkdocs(error) from None
            out += ["", self.md.htmlStash.store(block), ""]
        return out

    def _base_dir(self) -> str:
        return _docs_root(self.config)

    def _where(self, fence_line: int) -> tuple[str, int] | None:
        """The page's file and the line of its fence, when MkDocs builds the page."""
        # MkDocs tells an extension nothing of the page, but its link rewriter holds the page's file.
        try:
            relpath = self.md.treeprocessors["relpath"]
        except KeyError:
            return None
        page = getattr(getattr(relpath, "file", None), "abs_src_path", None)
        if not page:
            return None
        # MkDocs hands the page on without its front matter: count the lines that took away.
        try:
            from mkdocs.utils.meta import get_data

            text = Path(page).read_text("utf-8-sig").replace("\r\n", "\n")
            body, _ = get_data(text)
            skipped = text[: len(text) - len(body)].count("\n") if text.endswith(body) else 0
        except (ImportError, OSError, UnicodeDecodeError):
            skipped = 0
        return os.path.relpath(page), fence_line + skipped

    def _block(self, source: str, info: str, repeat: int, fence_line: int) -> str:
        fail = self.config["fail_on_error"]
        where = self._where(fence_line)
        try:
            options = fence_options(info)
        except ValueError as error:
            return _refuse(str(error), fail, where)
        if "base_dir" in options:
            return _refuse(
                "base_dir= cannot be set on a fence: set base_dir for journeymd.markdown in mkdocs.yml", fail, where
            )
        if not _builtin_theme(options.get("theme")):
            return _refuse(THEME_ON_FENCE, fail, where)
        return render_block(
            source,
            self._base_dir(),
            options.get("theme", self.config["theme"]),
            fail,
            repeat,
            options.get("page", self.config["page"]),
            options.get("view", "map"),
            options.get("phase", ""),
            where,
        )


def _docs_root(config: dict[str, Any] | None) -> str:
    """The folder includes resolve in: the configured ``base_dir``, else docs/ or the current folder."""
    if config and config.get("base_dir"):
        return str(config["base_dir"])
    # MkDocs tells extensions nothing about the page; its config file sits beside docs_dir.
    return "docs" if Path("docs").is_dir() else "."


class JourneyExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "fail_on_error": [False, "Fail the build when a journey has problems (default: show an error box)"],
            "theme": ["default", "Theme of the maps: default, dark, high-contrast, print, auto or a theme file"],
            "base_dir": [
                "",
                "Folder that 'file:' includes resolve in (default: docs/ in the folder the build runs in, "
                "else that folder)",
            ],
            "page": ["docs", "Page the maps fit (docs, phone, slide, a4, …; '' for one strip as wide as its steps)"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # Before fenced_code (priority 25), which would otherwise turn the block into code.
        md.preprocessors.register(_BlockProcessor(md, self.getConfigs()), "journeymd", 30)


def makeExtension(**kwargs: Any) -> JourneyExtension:
    return JourneyExtension(**kwargs)


def superfences_validator(language: str, inputs: dict[str, str], options: dict[str, str], attrs: Any, md: Any) -> bool:
    """pymdownx superfences: accept ``page=``, ``theme=``, ``view=``, ``phase=`` and ``fail_on_error=``
    on the fence (and ``base_dir=``, only to say that the page cannot set it)."""
    for key, value in inputs.items():
        if key not in (*FENCE_OPTIONS, "fail_on_error", "base_dir"):
            return False
        options[key] = value
    return True


def superfences_formatter(
    source: str, language: str, css_class: str, options: dict[str, str], md: Any, **kwargs: Any
) -> str:
    """pymdownx superfences custom fence: ``format: !!python/name:journeymd.markdown.superfences_formatter``."""
    fail = options.get("fail_on_error", "false").lower() in ("1", "true", "yes")
    if "base_dir" in options:
        return _refuse("base_dir= cannot be set on a fence: set base_dir for journeymd.markdown in mkdocs.yml", fail)
    if not _builtin_theme(options.get("theme")):
        return _refuse(THEME_ON_FENCE, fail)
    configured = next((e for e in getattr(md, "registeredExtensions", ()) if isinstance(e, JourneyExtension)), None)
    settings = configured.getConfigs() if configured else {}
    root = _docs_root(settings)
    theme = options.get("theme", settings.get("theme", "default"))
    page = options.get("page", settings.get("page", "docs"))
    try:
        return render_block(source, root, theme, fail, 0, page, options.get("view", "map"), options.get("phase", ""))
    except JourneyBuildError as error:
        raise _for_mkdocs(error) from None
