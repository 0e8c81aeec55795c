"""A render asked for: which journeys, which files in which formats, drawn how.

The command line, batch renders, the Markdown extension and Python callers share these rules, so
that a render refused on the command line is refused, with the same message, everywhere::

    from journeymd import RenderRequest

    request = RenderRequest(("examples/shoes.journey.yaml",), output="shoes.pdf", page="a3")
    for outcome in request.run():
        print(outcome.status, outcome.job.target)

What cannot work raises ``RequestError`` before anything is read or written: an output whose suffix
names no format, a view a format cannot draw, two journeys written to one file, a bad page size, a
theme that does not exist. A theme file with problems raises ``JourneyError``.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ._record import Record, dataclass
from ._stdin import STDIN
from .outputs import project_folders
from .types import FORMATS, PAGED_FORMATS, VIEWS, Format, Orientation, View

if TYPE_CHECKING:
    from .batch import Job, Outcome
    from .config import ProjectConfig

__all__ = [
    "FORMAT_ALIASES", "RenderRequest", "RequestError", "check_options", "check_page_fits", "check_theme", "check_view",
    "format_from_suffix", "journey_files", "parse_formats", "refuse_clashes", "split_names",
]  # fmt: skip

# File suffixes people type for a format.
FORMAT_ALIASES: dict[str, Format] = {"gv": "dot", "htm": "html", "md": "markdown", "mmd": "mermaid"}


class RequestError(ValueError):
    """A render that cannot be done as asked; the message says why and what to do instead.
    ``option`` is the command-line option the message is about (``--page``), if one is."""

    def __init__(self, message: str, option: str | None = None) -> None:
        super().__init__(message)
        self.option = option


@dataclass(frozen=True, eq=False, repr=False)
class RenderRequest(Record):
    """A render of journey files to files, as ``journeymd render`` takes it.

    ``sources``: journey files and folders (a folder renders every ``*.journey.yaml`` below it,
    mirrored into the ``output`` folder), or ``"-"`` for standard input. ``output``: a file, a
    folder, ``"-"`` for standard output, or None to write beside each journey (or where the
    project's ``render.output`` setting says). ``formats``: a sequence or comma-separated text of
    FORMATS (or the suffixes md, mmd, gv, htm); None: from the suffix of ``output``, else the
    project's ``render.formats``, else svg. ``page`` None: each journey's ``render.page`` setting.
    ``theme`` None: print on paper pages, default elsewhere.
    """

    sources: tuple[str | Path, ...] | str | Path
    output: str | Path | None = None
    formats: str | Sequence[Format] | None = None
    theme: str | None = None
    page: str | None = None
    orientation: Orientation | None = None
    view: View = "map"
    scale: float = 1.0  # zoom of PNG output, 0.1 to 8
    phases: tuple[str, ...] = ()  # only these phases (ids or names); the outputs are named NAME.PHASE.svg
    # Analytics exports whose figures are merged over each journey's (after its project's
    # render.data), and the file mapping their names to step or phase ids ("" for none).
    data: tuple[str, ...] = ()
    data_map: str = ""

    @property
    def paths(self) -> tuple[str, ...]:
        """``sources`` as the command line names them."""
        if isinstance(self.sources, (str, Path)):
            return (str(self.sources),)
        return tuple(str(source) for source in self.sources)

    @property
    def renders_folders(self) -> bool:
        """Whether a folder of journeys is rendered: only then does a cache beside the outputs
        remember what is fresh (rendering named files always renders)."""
        return any(Path(path).is_dir() for path in self.paths)

    @property
    def reads_stdin(self) -> bool:
        return STDIN in self.paths

    def jobs(self, skipped: Callable[[Path, str], None] | None = None) -> list[Job]:
        """The output files to render, one job each, after every check; raises RequestError (or
        JourneyError for a theme file with problems). ``skipped(file, folder)`` hears of a link
        under a folder that leads out of it (default: a warning)."""
        paths, output = self.paths, None if self.output is None else str(self.output)
        project = _project_output(paths) if output is None and STDIN not in paths else None
        checked = self._checked(output, project.formats if project is not None else "")
        sources = list(journey_files(paths, skipped))
        _check_sources(sources, output, checked.formats)
        planned = checked.plan(sources, paths, output, project)
        refuse_clashes(planned)
        return planned

    def _checked(self, output: str | None, project_formats: str) -> _Checked:
        """The options, checked, as every job of the request is rendered with them."""
        formats = self.formats if self.formats is not None or not project_formats else project_formats
        chosen = _chosen_formats(formats, output)
        page, orientation = check_options(chosen, self.view, self.page, self.orientation, self.scale)
        if self.theme is not None:
            check_theme(self.theme)
        return _Checked(self, chosen, split_names(self.phases), page, orientation)

    def run(self, force: bool = False, check: bool = False, workers: int = 1,
            progress: Callable[[Outcome, int, int], None] | None = None) -> list[Outcome]:  # fmt: skip
        """Render (with ``check``: compare) every job, as ``batch.run`` does; a folder of journeys
        keeps its cache, so unchanged maps are skipped unless ``force``."""
        from .batch import run

        if self.output is not None and str(self.output) == STDIN:
            raise RequestError("output '-' is standard output, for the command line: render the jobs with "
                               "journeymd.batch.render_bytes")  # fmt: skip
        return run(self.jobs(), force, check, 1 if self.reads_stdin else workers, progress, self.renders_folders)


@dataclass(frozen=True, eq=False, repr=False)
class _Checked(Record):
    """A request whose options passed the checks."""

    request: RenderRequest
    formats: tuple[Format, ...]
    phases: tuple[str, ...]
    page: str | None  # None: each journey's project setting
    orientation: str

    def plan(self, sources: list[Path], paths: tuple[str, ...], output: str | None,
             project: ProjectConfig | None) -> list[Job]:  # fmt: skip
        """The jobs: into the ``output`` file or folder, or the ``project``'s output folder, or
        beside each journey; a folder named alone is mirrored."""
        if output == STDIN:
            return self._plan(sources, None, None)
        if project is not None:
            return [job for source in sources for job in self._plan([source], *project_folders(project, source))]
        # A folder named alone is mirrored, and its outputs must stay inside the output folder (or it).
        root = Path(paths[0]) if len(paths) == 1 and Path(paths[0]).is_dir() else None
        single_target = output is not None and len(sources) == 1 and len(self.formats) == 1 \
            and not Path(output).is_dir() and bool(format_from_suffix(output))  # fmt: skip
        if single_target:  # the file named is the output, wherever it is: no folder to stay inside
            return [replace(self._plan(sources, None, None)[0], target=Path(str(output)))]
        return self._plan(sources, root, None if output is None else Path(output))

    def _plan(self, sources: list[Path], root: Path | None, out_dir: Path | None) -> list[Job]:
        """``batch.plan``, with a broken settings file refused as the request's."""
        from .batch import plan
        from .config import ConfigError

        request = self.request
        try:
            return plan(sources, root, out_dir, self.formats, request.theme, request.scale, request.view, self.phases,
                        self.page, self.orientation, request.data, request.data_map)  # fmt: skip
        except ConfigError as error:
            raise RequestError(str(error)) from None


def _check_sources(sources: list[Path], output: str | None, formats: tuple[Format, ...]) -> None:
    """Standard input alone and with an output; one output file for one journey in one format."""
    if Path(STDIN) in sources:
        if len(sources) != 1:
            raise RequestError("'-' (standard input) must be the only journey of a render")
        if output is None:
            raise RequestError("a journey read from standard input needs -o FILE, -o FOLDER or -o -")
    if format_from_suffix(output) and len(sources) > 1:
        raise RequestError(f"-o {output} names one file; for {len(sources)} journeys give -o a folder")
    if output == "-" and (len(sources) != 1 or len(formats) != 1):
        raise RequestError("-o - writes one file in one format")


def parse_formats(value: str | Sequence[str]) -> tuple[Format, ...]:
    """The formats asked for, each once in the order asked, suffixes (md, mmd) read as their format."""
    asked = [_format_named(fmt.lower()) for fmt in split_names((value,) if isinstance(value, str) else tuple(value))]
    for fmt in asked:
        if fmt not in FORMATS:
            raise RequestError(f"'{fmt}' is not one of {', '.join(FORMATS)}", "-f/--to")
    if not asked:
        raise RequestError(f"name a format: {', '.join(FORMATS)}", "-f/--to")
    return tuple(dict.fromkeys(fmt for fmt in asked if fmt in FORMATS))


def _format_named(name: str) -> str:
    return FORMAT_ALIASES.get(name, name)


def format_from_suffix(output: str | Path | None) -> Format | Literal[""] | None:
    """The format an output's suffix names; None for a folder, '-' or no suffix; '' for a suffix
    that names no format."""
    if not output or str(output) == STDIN:
        return None
    suffix = Path(output).suffix.lstrip(".").lower()
    if not suffix or Path(output).is_dir():
        return None
    if suffix in FORMAT_ALIASES:
        return FORMAT_ALIASES[suffix]
    return next((fmt for fmt in FORMATS if fmt == suffix), "")


def _chosen_formats(formats: str | Sequence[str] | None, output: str | None) -> tuple[Format, ...]:
    """The formats to write: those asked for, which must agree with the suffix of ``output``."""
    from .batch import SUFFIXES

    suffix_format = format_from_suffix(output)
    if suffix_format == "":
        suffixes = ", ".join(f".{SUFFIXES.get(fmt, fmt)}" for fmt in FORMATS)
        raise RequestError(
            f"cannot tell the format from '{output}': end the file name in {suffixes}, or give -o a folder"
        )
    if formats is None:
        return (suffix_format,) if suffix_format else ("svg",)
    chosen = parse_formats(formats)
    if suffix_format and chosen != (suffix_format,):
        several = "; give -o a folder for several formats" if len(chosen) > 1 else ""
        raise RequestError(f"-o {output} names {_a(suffix_format)} file, but -f asks for {', '.join(chosen)}{several}")
    return chosen


def _a(fmt: str) -> str:
    """'an SVG', 'a PNG', 'a Markdown': the format with its article, as a message names it."""
    words = {"markdown": "Markdown", "mermaid": "Mermaid"}
    if fmt in words:
        return f"a {words[fmt]}"
    return f"{'an' if fmt[0] in 'aefhilmnorsx' else 'a'} {fmt.upper()}"  # said letter by letter: an SVG, a PNG


def check_options(formats: Sequence[Format], view: str, page: str | None, orientation: str | None,
                  scale: float = 1.0) -> tuple[str | None, str]:  # fmt: skip
    """Refuse a view the formats cannot draw, a page they cannot fit, a zoom with no PNG; the page
    and orientation to use (page None: each journey's project setting; "" for none)."""
    check_view(formats, view)
    fitted = _page_options(page, orientation, formats, view)
    if not 0.1 <= scale <= 8:  # NaN too: it compares false both ways
        raise RequestError(f"{scale} is not in the range 0.1<=x<=8", "--scale")
    if scale != 1.0 and "png" not in formats:
        raise RequestError("--scale zooms PNG output; add -f png or write to a .png file")
    return fitted


def check_view(formats: Sequence[str], view: str) -> None:
    """Refuse a view that is none, or that one of ``formats`` cannot draw."""
    if view not in VIEWS:
        raise RequestError(f"'{view}' is not one of {', '.join(VIEWS)}", "--view")
    if view == "flow" and set(formats) - {"svg", "png", "pdf", "dot"}:
        raise RequestError("--view flow writes svg, png, pdf or dot")
    if view in ("blueprint", "overview") and set(formats) - set(PAGED_FORMATS):
        also = " (the html report shows the blueprint anyway)" if view == "blueprint" else ""
        raise RequestError(f"--view {view} draws svg, png or pdf{also}")


def check_page_fits(formats: Sequence[str], view: str) -> None:
    """Refuse a page size where nothing drawn is fitted to it."""
    if not set(formats) & set(PAGED_FORMATS):
        raise RequestError("--page fits the map's pictures: svg, png or pdf")
    if view == "flow":
        raise RequestError("--page fits the map, blueprint and overview; the flow chart has its own shape")


def _page_options(
    page: str | None, orientation: str | None, formats: Sequence[Format], view: str
) -> tuple[str | None, str]:
    from .page import PageError, parse_page

    if page is None:
        if orientation is not None:
            raise RequestError("--orientation turns a --page (a4, a3, slide, …)")
        return page, ""
    check_page_fits(formats, view)
    try:
        parse_page(page, orientation)
    except PageError as error:
        raise RequestError(str(error), "--page") from None
    return page, orientation or ""


def check_theme(theme: str, option: str = "--theme") -> None:
    """Refuse a theme that is no theme; a theme file with problems raises JourneyError before any
    output is written (not after the formats that need no theme)."""
    from .themes import BUILTIN, load_theme

    if theme in (*BUILTIN, "auto"):
        return
    if not Path(theme).is_file():
        from .problem import did_you_mean

        raise RequestError(
            f"'{theme}' is neither a theme ({', '.join(BUILTIN)}, auto) nor a theme file"
            f"{did_you_mean(theme, (*BUILTIN, 'auto'))}",
            option,
        )
    load_theme(theme)


def refuse_clashes(planned: Sequence[Job]) -> None:
    """Two journeys rendered to one file, or a map written over a journey, would lose work silently.
    The plan, the request and ``batch.run`` each refuse them; inside one run (``sources.one_run``) the
    same jobs are checked once."""
    from .sources import run_memo

    # Known by the jobs' ids (hashing 2000 jobs by value took 10 ms); the memo keeps the jobs, so
    # that no other job takes one of their ids while the run lasts.
    memo, checked = run_memo(), ("clashes refused", *map(id, planned))
    if checked in memo:
        return
    folders: dict[str, str] = {}

    def real(path: Path) -> str:  # each folder resolved once: a thousand journeys share a few
        folder, name = os.path.split(path)
        found = folders.get(folder)
        if found is None:
            found = folders[folder] = str(Path(folder).resolve())
        return os.path.join(found, name)

    sources = dict.fromkeys(job.source for job in planned)  # each journey's formats share it
    inputs = {real(source) for source in sources if str(source) != STDIN}
    written: dict[str, Job] = {}
    for job in planned:
        target = real(job.target)
        if target in inputs:
            raise RequestError(f"{job.target} is a journey being rendered; write the {job.fmt} elsewhere with -o")
        if target in written:
            raise RequestError(
                f"{written[target].source} and {job.source} would both be written to {job.target}; "
                "render them to different folders"
            )
        written[target] = job
    memo[checked] = tuple(planned)


def journey_files(paths: Sequence[str], skipped: Callable[[Path, str], None] | None = None) -> Iterator[Path]:
    """Files named, and every *.journey.yaml under named folders; each once. A link under a folder
    that leads out of it is skipped (``skipped(file, folder)`` hears of it): a folder in a pull
    request must not make journeymd read (and quote) a file elsewhere on the machine."""
    seen: set[str] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found, outside = _journeys_below(path)
            for file in outside:
                (skipped or _warn_skipped)(file, name)
            if not found:
                raise RequestError(f"no *.journey.yaml files under '{name}'")
        else:
            found = [(path, STDIN if str(path) == STDIN else str(path.resolve()))]
        for file, real in found:
            if real not in seen:
                seen.add(real)
                yield file


def _journeys_below(folder: Path) -> tuple[list[tuple[Path, str]], list[Path]]:
    """The journey files below ``folder``, sorted, each with its real path; and, apart, the links
    among them that lead out of it. Links to folders are not followed (as ``Path.rglob`` does not),
    so a plain file found on the way is inside: only a link is resolved."""
    from .batch import JOURNEY_SUFFIXES

    inside = folder.resolve()
    found: dict[Path, str | None] = {}  # a file: its real path, or None when it leads outside

    def walk(here: str, real_here: str) -> None:
        try:
            with os.scandir(here) as listing:
                entries = list(listing)
        except PermissionError:  # a folder we may not read holds nothing for us, as for rglob
            return
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                walk(entry.path, os.path.join(real_here, entry.name))
            elif not entry.name.endswith(JOURNEY_SUFFIXES):
                continue
            elif not entry.is_symlink():
                if entry.is_file(follow_symlinks=False):
                    found[Path(entry.path)] = os.path.join(real_here, entry.name)
            elif (link := Path(entry.path)).is_file():
                real = link.resolve()
                found[link] = str(real) if real.is_relative_to(inside) else None

    walk(str(folder), str(inside))
    inside_files, outside_files = [], []
    for file in sorted(found):
        real = found[file]
        if real is None:
            outside_files.append(file)
        else:
            inside_files.append((file, real))
    return inside_files, outside_files


def _warn_skipped(file: Path, folder: str) -> None:
    warnings.warn(f"skipped {file}: a link to a file outside {folder}", stacklevel=3)


def split_names(values: tuple[str, ...]) -> tuple[str, ...]:
    """Names given as options may be, each one once or several comma-separated: ('a,b', 'c')."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _project_output(paths: tuple[str, ...]) -> ProjectConfig | None:
    """The project settings, when they name the folder maps are written to."""
    from .config import ConfigError, find_config

    try:
        project = find_config(Path(paths[0]) if paths else Path.cwd())
    except ConfigError as error:
        raise RequestError(str(error)) from None
    return project if project.output else None
