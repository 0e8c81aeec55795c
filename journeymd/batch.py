"""Render many journeys: mirror a tree of *.journey.yaml into output files, skip what is fresh.

A content cache (``.journeymd-cache.json`` in the output folder) keys every output by the input's
bytes, the theme, the options and the journeymd version, so unchanged maps are not rendered again.
The cache travels with the outputs (a pull request can carry one), so an entry counts only when it
is signed with a secret of this user's (``cache-secret`` in the user's cache folder): a cache written
anywhere else costs a render, never a wrong "fresh". ``check`` writes nothing and reports outputs
that are missing or stale: the CI gate for "the YAML changed but the SVG was not committed".
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ._record import Record, dataclass
from ._stdin import STDIN
from .outputs import (
    JOURNEY_SUFFIXES,
    LINKED_FORMATS,
    SUFFIXES,
    JourneyLinks,
    MapLinks,
    journey_links,
    links_inside,
    output_folder,
    output_name,
    parents_index,
    save_outlines,
    stem,
)
from .problem import JourneyError, OutputError, Problem
from .sources import in_run, one_run, run_memo, source_fingerprint

if TYPE_CHECKING:
    from .config import ProjectConfig
    from .model import Journey
    from .types import Format, View

__all__ = [
    "CACHE_NAME",
    "JOURNEY_SUFFIXES",
    "SUFFIXES",
    "Job",
    "Outcome",
    "orphans",
    "plan",
    "remove_stale_temporaries",
    "render_bytes",
    "run",
    "stem",
    "write_atomic",
]  # fmt: skip

CACHE_NAME = ".journeymd-cache.json"


@dataclass(frozen=True, eq=False, repr=False)
class Job(Record):
    """One output file to render from one journey file."""

    source: Path
    target: Path
    fmt: Format
    theme: str
    scale: float
    view: View = "map"
    phases: tuple[str, ...] = ()  # only these phases (ids or names); () for the whole journey
    page: str = ""  # the page size the map is fitted to (see journeymd.page); "" for one strip
    orientation: str = ""

    # The folder the output must stay inside (the -o folder, or the folder of journeys rendered
    # beside themselves); None for a file named on the command line.
    root: Path | None = None
    # Data files whose figures are merged over the journey's (--data, the project's render.data),
    # and the file that maps their names to ids (--map, "" for none).
    data: tuple[str, ...] = ()
    data_map: str = ""
    # The links the map draws (to the sub-journeys it opens, related journeys, its parents);
    # None until ``run`` works them out for the journeys rendered together.
    links: MapLinks | None = None

    def key(self) -> str:
        """What the output depends on: input bytes (with its pictures' and catalogues'), theme,
        options and our version."""
        digest = hashlib.sha256(source_fingerprint(self.source))
        if self.data or self.data_map:  # a changed export makes the map stale
            from .analytics import data_fingerprint

            digest.update(data_fingerprint(self.source, (*self.data, *([self.data_map] if self.data_map else []))))
        digest.update(_theme_fingerprint(self.theme))
        options = (self.fmt, self.theme, self.scale, self.view, self.phases, self.page, self.orientation, _version(),
                   self.links.fingerprint() if self.links else "")  # fmt: skip
        digest.update("\0".join(map(str, options)).encode())
        return digest.hexdigest()


@cache
def _version() -> str:
    """journeymd's version, imported once: importing it from the package in every ``Job.key`` took
    as long as the rest of the key."""
    from . import __version__

    return __version__


@cache
def _theme_fingerprint(theme: str) -> bytes:
    """The theme as it resolves, the themes it extends included, so that editing a parent theme
    makes its maps stale; a theme that does not load fingerprints by name (the render reports it)."""
    from .themes import BUILTIN, load_theme

    if theme in (*BUILTIN, "auto"):
        return theme.encode()
    try:
        resolved = load_theme(theme)
    except (JourneyError, OSError):
        return theme.encode()
    return json.dumps([resolved.name, resolved.font, dict(resolved.colors)], sort_keys=True).encode()


@dataclass(frozen=True, eq=False, repr=False)
class Outcome(Record):
    """What became of a job."""

    job: Job
    status: str  # rendered | fresh | failed | missing | stale
    problems: tuple[Problem, ...] = ()
    detail: str = ""


def write_atomic(target: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so a failure never leaves a partial file.

    Raises OutputError saying which file and why; whatever ``target`` held before is then intact.
    """
    temp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = _create_temporary(target)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise OutputError(exc.errno, f"cannot write {target}: {_why(exc, target)}", str(target)) from exc
    except BaseException:
        _discard(temp)
        raise


def _discard(temp: Path | None) -> None:
    if temp is not None:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _why(exc: OSError, target: Path) -> str:
    """The reason in a user's words: the file in the way of a folder, rather than 'File exists'."""
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        for folder in (target.parent, *target.parent.parents):
            if folder.exists():
                if not folder.is_dir():
                    return f"{folder} is a file, not a folder"
                break
    if isinstance(exc, IsADirectoryError) or target.is_dir():
        return "it is a folder"
    return (exc.strerror or str(exc)).lower()


def _create_temporary(target: Path, mode: int = 0o666) -> tuple[int, Path]:
    """A new file beside ``target``, created exclusively with the usual permissions (0666 less the
    umask). Importing ``tempfile`` for this cost a single render 3-4 ms."""
    for attempt in range(100):
        temp = target.parent / f".{target.name}.{os.getpid()}-{attempt}.tmp"
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode), temp
        except FileExistsError:  # left by a crashed run, or another thread writing the same file
            continue
    raise FileExistsError(f"cannot create a temporary file beside {target}")


def plan(sources: Iterable[Path], root: Path | None, out_dir: Path | None, formats: Sequence[Format],
         theme: str | None, scale: float, view: View = "map", phases: tuple[str, ...] = (), page: str | None = "",
         orientation: str = "", data: tuple[str, ...] = (), data_map: str = "") -> list[Job]:  # fmt: skip
    """One job per source and format; outputs mirror the tree below ``root`` into ``out_dir``. A map of
    some phases is named after them (shoes.service.svg), beside the map of the whole journey.
    ``data``: data files merged over every journey, after those of its project's ``render.data``.
    ``page`` None: each journey's page is the ``render.page`` of its project's settings (the nearest
    .journeymd.yaml or pyproject.toml), or none; raises ConfigError for a settings file that is wrong,
    and RequestError for what cannot be rendered as asked (as ``journeymd render`` refuses it)."""
    from .page import parse_page
    from .render import PAGED_FORMATS, theme_for
    from .request import check_options, refuse_clashes
    from .slug import name_id

    check_options(formats, view, page or None, orientation or None, scale)

    # A phase named with no Latin letters ('../顧客') is named by a digest, never by what was typed,
    # which could hold a '/' and lead the file out of its folder.
    part = "." + "-".join(name_id(key, "phase") for key in phases) if phases else ""
    jobs = []
    projects: dict[Path, ProjectConfig] = {}
    out_folders: dict[Path, Path] = {}  # by folder of journeys: a thousand journeys share a few
    for source in sources:
        folder = source.parent
        project = _project(source, folder, projects)
        if page is None:
            source_page, source_orientation = project.page, project.orientation
        else:
            source_page, source_orientation = page, orientation
        # The data files the project's render.data names for this journey, then --data's.
        source_data = (*(project.data_for(source, stem(source)) if str(source) != STDIN else ()), *data)
        out_folder = out_folders.get(folder)
        if out_folder is None:
            out_folder = out_folders[folder] = output_folder(source, root, out_dir)
        for fmt in formats:
            target = out_folder / output_name(source, fmt, part)
            # A page size fits the pictures (svg, png, pdf); the report and the texts have their own form.
            paged = fmt in PAGED_FORMATS and view != "flow"
            job_page = source_page if paged else ""
            job_theme = theme_for(theme, parse_page(job_page, source_orientation or None) if job_page else None)
            jobs.append(Job(source, target, fmt, str(job_theme), scale, view, phases, job_page,
                            source_orientation if job_page else "", out_dir or root,
                            source_data, data_map))  # fmt: skip
    refuse_clashes(jobs)
    return jobs


def _project(source: Path, folder: Path, projects: dict[Path, ProjectConfig]) -> ProjectConfig:
    """The settings of the project of ``source`` (in ``folder``), read once a plan for each folder
    of journeys."""
    from .config import find_config

    folder = Path.cwd() if str(source) == STDIN else folder
    found = projects.get(folder)
    if found is None:
        found = projects[folder] = find_config(source if str(source) != STDIN else folder)
    return found


def _read_cache(folder: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads((folder / CACHE_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    # A cache edited by hand or by another tool only costs a render of what it garbled.
    if not isinstance(data, dict):
        return {}
    return {name: entry for name, entry in data.items() if isinstance(entry, dict)}


def render_bytes(
    source: Path, fmt: Format, theme: str = "default", scale: float = 1.0, view: View = "map",
    phases: tuple[str, ...] = (), page: str = "", orientation: str = "", data: tuple[str, ...] = (), data_map: str = "",
    links: MapLinks | None = None,
) -> bytes:  # fmt: skip
    """One journey file rendered in one format; with ``phases``, only those phases of it; with
    ``page``, fitted to that page size; with ``data``, those data files' figures over its own; with
    ``links``, linked to the maps of the journeys it names."""
    from . import load

    journey = load(source)
    if data or data_map:
        from .analytics import with_data

        journey = with_data(journey, data, data_map or None)
    if phases:
        journey = only_phases(journey, phases)
    from .page import parse_page
    from .render import render

    return render(journey, fmt, theme, scale, view, page=parse_page(page, orientation or None) if page else None,
                  links=links)  # fmt: skip


def only_phases(journey: Journey, keys: tuple[str, ...]) -> Journey:
    from .problem import CannotRender, did_you_mean

    unknown = [key for key in keys if journey.phase_named(key) is None]
    if unknown:
        known = [p.id for p in journey.phases]
        reasons = "; ".join(f"--phase {key}: no such phase{did_you_mean(key, known)}" for key in unknown)
        raise CannotRender(f"{journey.source}: {reasons}; its phases are {', '.join(known)}")
    return journey.only_phases(keys)


@contextlib.contextmanager
def notes() -> Iterator[list[str]]:
    """Collect what a person should know about a render (characters a PNG's font lacks), to be
    said once as 'note: …' instead of as a Python warning."""
    from .problem import MissingGlyphs, PageTurned, TextTooSmall

    said = (MissingGlyphs, PageTurned, TextTooSmall)
    found: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        for kind in said:
            warnings.simplefilter("always", kind)
        yield found
    found += [f"note: {w.message}" for w in caught if issubclass(w.category, said)]


def render_noting(
    source: Path, fmt: Format, theme: str = "default", scale: float = 1.0, view: View = "map",
    phases: tuple[str, ...] = (), page: str = "", orientation: str = "", data: tuple[str, ...] = (), data_map: str = "",
    links: MapLinks | None = None,
) -> tuple[bytes, str]:  # fmt: skip
    """``render_bytes``, and its notes."""
    with notes() as said:
        output = render_bytes(source, fmt, theme, scale, view, phases, page, orientation, data, data_map, links)
    return output, "; ".join(said)


def _is_fresh(job: Job, key: str, cache: dict[str, dict[str, str]]) -> bool:
    """Whether this user's journeymd rendered exactly these inputs to exactly the bytes the output
    holds now: the key is worked out here, and the entry must be signed. The output's digest is
    worked out again unless the file's size and modification time are those it had when it was
    written (as git's index does): reading a thousand HTML reports again cost a warm run most of
    its time."""
    entry = cache.get(job.target.name)
    if not entry or entry.get("key") != key:
        return False
    stat = _stat(job.target)
    if not stat:  # missing, or a link: never fresh
        return False
    if entry.get("stat") == stat:
        digest = str(entry.get("output", ""))
        signature = _signature(job.target.name, key, digest, stat)
    else:
        digest = _digest(job.target.read_bytes())
        signature = _signature(job.target.name, key, digest, str(entry.get("stat", "")))
        # The entry remembers the new one (a checkout touches every file).
        run_memo()[("restat", os.fspath(job.target))] = stat
    return entry.get("output") == digest and hmac.compare_digest(str(entry.get("signature", "")), signature)


def _stat(target: Path) -> str:
    """A regular file's size and modification time (ns), as a cache entry remembers them; "" for
    anything else (a symbolic link included)."""
    try:
        info = os.lstat(target)
    except OSError:
        return ""
    import stat

    return f"{info.st_size}:{info.st_mtime_ns}" if stat.S_ISREG(info.st_mode) else ""


def _signature(name: str, key: str, digest: str, stat: str = "") -> str:
    signed = f"{name}\0{key}\0{digest}" + (f"\0{stat}" if stat else "")
    return hmac.new(_cache_secret(), signed.encode("utf-8", "surrogateescape"), "sha256").hexdigest()


@cache
def _cache_secret() -> bytes:
    """This user's secret for signing cache entries, made on first use in the user's cache folder
    ($JOURNEYMD_CACHE_DIR, $XDG_CACHE_HOME/journeymd or ~/.cache/journeymd). Where it cannot be kept,
    a secret of this run's: nothing is skipped then, which is slower but never wrong."""
    from .sources import user_cache_folder

    folder = user_cache_folder()
    secret_file = folder / "cache-secret"
    with contextlib.suppress(OSError):
        secret = secret_file.read_bytes()
        if len(secret) >= 32:
            return secret
    fresh = os.urandom(32)
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = _create_temporary(secret_file, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(fresh)
        try:
            os.link(temp, secret_file)  # never replaces a secret another run made meanwhile
        except FileExistsError:
            if len(secret_file.read_bytes()) < 32:  # cut short (a full disk): made anew
                os.replace(temp, secret_file)
        finally:
            _discard(temp)
        return secret_file.read_bytes()
    return fresh


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def files_digest(paths: Iterable[Path]) -> bytes:
    """A digest of files by name and content (one that cannot be read counts as missing), for a
    cache to see that one of them changed."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"missing")
    return digest.digest()


def _execute(job: Job, use_cache: bool, force: bool, check: bool) -> tuple[Outcome, str, str]:
    """Render (or check) one job; returns the outcome and, with ``use_cache``, its cache key and
    output digest for the cache file."""
    from .problem import CannotRender

    outside = _leaves_root(job)
    if outside:
        return Outcome(job, "failed", detail=outside), "", ""
    cache: dict[str, dict[str, str]] = {}
    try:
        key = job.key() if use_cache else ""
        if use_cache:
            cache = _folder_cache(job.target.parent)
            if not force and _is_fresh(job, key, cache):
                return Outcome(job, "fresh"), key, cache[job.target.name]["output"]
        data, notes = render_noting(job.source, job.fmt, job.theme, job.scale, job.view, job.phases, job.page,
                                    job.orientation, job.data, job.data_map, job.links)  # fmt: skip
    except JourneyError as error:
        return Outcome(job, "failed", error.problems), "", ""
    except CannotRender as missing:
        return Outcome(job, "failed", detail=str(missing)), "", ""
    digest = _digest(data) if use_cache else ""
    if check:
        if not job.target.is_file():
            return Outcome(job, "missing"), key, digest
        return Outcome(job, "fresh" if job.target.read_bytes() == data else "stale"), key, digest
    if use_cache and not force and job.target.name not in cache and _holds_other_than(job.target, data):
        return Outcome(job, "failed", detail=f"{job.target} exists and journeymd did not write it; "
                       "use --force to replace it"), "", ""  # fmt: skip
    try:
        write_atomic(job.target, data)
    except OutputError as exc:
        return Outcome(job, "failed", detail=exc.strerror or str(exc)), "", ""
    return Outcome(job, "rendered", detail=f"{job.target}: {notes}" if notes else ""), key, digest


def _leaves_root(job: Job) -> str:
    """Why the output would be written outside its folder (through a link to a folder elsewhere),
    or ''."""
    if job.root is None:
        return ""
    memo, folder = run_memo(), _folder_of(job.target)
    inside = memo.get(("inside", folder, job.root))
    if inside is None:
        inside = memo[("inside", folder, job.root)] = job.target.parent.resolve().is_relative_to(job.root.resolve())
    if inside:
        return ""
    return f"{job.target} not written: {job.target.parent} leads outside {job.root} (a symbolic link?)"


def _holds_other_than(target: Path, data: bytes) -> bool:
    """Whether something is at ``target`` that the new output would replace: a file written by
    hand (a README.md) is not overwritten unless asked to. The same bytes are no loss."""
    if target.is_symlink():
        return True
    if not target.is_file():  # nothing there; a folder in the way is said by the write
        return False
    try:
        return target.read_bytes() != data
    except OSError:
        return True


def _execute_packed(args: tuple[Job, bool, bool, bool]) -> tuple[Outcome, str, str]:
    """``_execute`` in a worker process, where anything unforeseen fails this journey alone."""
    try:
        return _execute(*args)
    except Exception as exc:
        detail = f"{args[0].source}: internal error: {type(exc).__name__}: {exc}"
        return Outcome(args[0], "failed", detail=detail), "", ""


def _died(args: tuple[Job, bool, bool, bool], why: str) -> tuple[Outcome, str, str]:
    job = args[0]
    remove_stale_temporaries(job.target.parent)  # the write it may have been in the middle of
    detail = f"{job.source}: the process rendering {job.target} stopped ({why}); the output was left as it was"
    return Outcome(job, "failed", detail=detail), "", ""


def run(jobs: Sequence[Job], force: bool = False, check: bool = False, workers: int = 1,
        progress: Callable[[Outcome, int, int], None] | None = None, cache: bool = True) -> list[Outcome]:  # fmt: skip
    """Render or check every job, in parallel with ``workers`` > 1 (at most one per core and per
    job: more only add memory). With ``cache``, fresh outputs are skipped and the caches are updated
    after; without it everything is rendered. Raises RequestError for two jobs writing one file, or
    one writing over a journey."""
    from .request import refuse_clashes

    refuse_clashes(jobs)
    if in_run():  # inside the command's one_run: what the plan worked out is kept
        return _run(jobs, force, check, workers, progress, cache)
    with one_run():
        return _run(jobs, force, check, workers, progress, cache)


def _run(jobs: Sequence[Job], force: bool, check: bool, workers: int,
         progress: Callable[[Outcome, int, int], None] | None, cache: bool) -> list[Outcome]:  # fmt: skip
    if not check:
        for folder in sorted({_folder_of(job.target) for job in jobs}):
            remove_stale_temporaries(Path(folder))
    if cache:
        _cache_secret()  # made once, before workers start, so that they all sign with it
    jobs = with_links(jobs)
    tasks = [(job, cache, force, check) for job in jobs]
    results: list[tuple[Outcome, str, str] | None] = [None] * len(tasks)
    reported = 0

    def done(index: int, result: tuple[Outcome, str, str]) -> None:
        nonlocal reported
        results[index] = result
        # In the jobs' order, whichever worker finishes first, so that the output is the same every run.
        while reported < len(results) and (ready := results[reported]) is not None:
            reported += 1
            if progress:
                progress(ready[0], reported, len(results))

    # What the cache says is fresh is told here, before any worker starts: a run where one journey
    # of a thousand changed renders two maps, and hands only those to the workers.
    waiting = list(range(len(tasks)))
    if cache and not force:
        waiting = []
        for index, job in enumerate(jobs):
            fresh = _fresh(job)
            if fresh is None:
                waiting.append(index)
            else:
                done(index, fresh)
    # Two maps rendered here rather than in two workers measured no faster (a 20-step journey's svg
    # and html: 0.10-0.15 s either way; the warm run of 1000 journeys with one changed 0.47-0.62 s
    # against 0.51-0.59 s with workers, their import and forks included): workers start from two.
    if workers > 1 and len(waiting) > 1:
        from ._workers import available_cores, run_in_workers  # a render of one map needs no workers

        workers = min(workers, available_cores(), len(waiting))
    if workers > 1 and len(waiting) > 1:
        # Loaded before the fork, so that the workers start with them and the index after them
        # finds them: importing the renderer and Jinja took each worker, and the index, 0.1-0.2 s.
        from .render import _environment

        _environment()

        run_in_workers([tasks[i] for i in waiting], workers, _execute_packed, _died,
                       lambda number, result: done(waiting[number], result))  # fmt: skip
    else:
        for index in waiting:
            done(index, _execute(*tasks[index]))
    finished = [result for result in results if result is not None]
    if cache and not check:
        _update_caches(finished)
    return [outcome for outcome, _, _ in finished]


def with_links(jobs: Sequence[Job]) -> list[Job]:
    """``jobs`` with the links their maps draw. Journeys rendered together know each other; a
    journey rendered alone searches its project for the journeys that open it. A journey's links
    are found once for all its formats."""
    import dataclasses

    sources = list(dict.fromkeys(job.source for job in jobs))
    known = parents_index(sources) if len(sources) > 1 else None
    journeys: dict[Path, JourneyLinks] = {}  # each journey's, for all its formats
    linked = []
    for job in jobs:
        if job.fmt in LINKED_FORMATS and job.links is None and job.view in ("map", "blueprint"):
            found = journeys.get(job.source)
            if found is None:
                found = journeys[job.source] = journey_links(job.source, known)
            links = found.for_map(job.source, job.target, job.fmt)
            if links and job.root is not None and job.target.parent != job.source.parent:  # maps in an output folder
                links = links_inside(links, job.target, job.root)
            job = dataclasses.replace(job, links=links)
        linked.append(job)
    save_outlines()
    return linked


_TEMPORARY = re.compile(r"\..+\.(?P<pid>\d+)-\d+\.tmp")
_STALE_SECONDS = 24 * 3600


def remove_stale_temporaries(folder: Path) -> None:
    """Remove the temporary files (named as ``_create_temporary`` names them) that a killed run left
    in ``folder``: those of a process that is gone, or older than a day."""
    import time

    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if not match:
            continue
        with contextlib.suppress(OSError):
            if not entry.is_file(follow_symlinks=False):
                continue
            old = time.time() - entry.stat(follow_symlinks=False).st_mtime > _STALE_SECONDS
            if old or not _running(int(match["pid"])):
                os.unlink(entry.path)


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill would end the process there; age alone decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def orphans(jobs: Sequence[Job]) -> list[Path]:
    """Outputs journeymd wrote (their folder's cache lists them) that none of ``jobs`` writes any more,
    in the formats they write: the maps of a journey that was renamed or removed."""
    roots = {job.root for job in jobs if job.root is not None}
    folders = {job.target.parent for job in jobs} | {c.parent for root in roots for c in root.rglob(CACHE_NAME)}
    targets = {job.target for job in jobs}
    suffixes = {job.target.suffix for job in jobs}
    stems: dict[Path, set[str]] = {}
    for job in jobs:
        stems.setdefault(job.target.parent, set()).add(stem(job.source) + ".")
    found = []
    for folder in sorted(folders):
        for name in sorted(_read_cache(folder)):
            output = folder / name
            # A map of some phases (shoes.service.svg) belongs to its journey, drawn or not this time.
            if output in targets or output.suffix not in suffixes or name.startswith(tuple(stems.get(folder, ()))):
                continue
            if output.is_file():
                found.append(output)
    return found


def prune(outputs: Sequence[Path]) -> list[Path]:
    """Delete ``outputs`` (orphans: maps journeymd wrote for journeys that are gone) and their
    cache entries; the files deleted."""
    removed = []
    for folder in sorted({output.parent for output in outputs}):
        cache = _read_cache(folder)
        for output in outputs:
            if output.parent != folder:
                continue
            with contextlib.suppress(FileNotFoundError):
                output.unlink()
            cache.pop(output.name, None)
            removed.append(output)
        with contextlib.suppress(OSError):
            write_atomic(folder / CACHE_NAME, (json.dumps(cache, indent=1, sort_keys=True) + "\n").encode())
    return removed


def _fresh(job: Job) -> tuple[Outcome, str, str] | None:
    """The outcome of a job the cache says is fresh, or None to render (or check) it."""
    try:
        if _leaves_root(job):
            return None  # _execute says why
        key = job.key()
        cache = _folder_cache(_folder_of(job.target))
        if _is_fresh(job, key, cache):
            return Outcome(job, "fresh"), key, cache[job.target.name]["output"]
    except Exception:  # a journey that cannot be read: its render says why
        return None
    return None


def _folder_of(target: Path) -> str:
    """``str(target.parent)``: asked for every job a run checks, where making ``target.parent``
    and hashing it cost more than the rest of a fresh job's check."""
    return os.path.dirname(target) or "."


def _folder_cache(folder: Path | str) -> dict[str, dict[str, str]]:
    """A folder's cache file, read once a run."""
    memo, name = run_memo(), os.fspath(folder)
    found = memo.get(("cache", name))
    if not isinstance(found, dict):
        found = memo[("cache", name)] = _read_cache(Path(name))
    return found


def _update_caches(results: Sequence[tuple[Outcome, str, str]]) -> None:
    by_folder: dict[str, dict[str, dict[str, str]]] = {}
    changed: set[str] = set()
    for outcome, key, digest in results:
        if outcome.status not in ("rendered", "fresh"):
            continue
        folder = _folder_of(outcome.job.target)
        if folder not in by_folder:
            by_folder[folder] = dict(_folder_cache(folder))  # as read before the run: no one else writes it
        cache = by_folder[folder]
        name = outcome.job.target.name
        entry = cache.get(name)
        if outcome.status == "fresh":
            stat = str(run_memo().get(("restat", os.fspath(outcome.job.target)), ""))
            if entry and entry.get("key") == key and not stat:
                continue  # as it was
        else:
            stat = _stat(outcome.job.target)
        if outcome.status == "rendered" and stat and _digest(outcome.job.target.read_bytes()) != digest:
            stat = ""  # changed since it was written: its digest is worked out next time
        cache[name] = {"key": key, "output": digest, "signature": _signature(name, key, digest, stat)}
        if stat:
            cache[name]["stat"] = stat
        changed.add(folder)
    for folder, cache in by_folder.items():
        if folder not in changed:
            continue
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time next run
            write_atomic(Path(folder, CACHE_NAME), (json.dumps(cache, indent=1, sort_keys=True) + "\n").encode())
