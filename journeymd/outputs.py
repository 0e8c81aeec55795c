"""Where a journey's outputs go, and the links between the outputs of linked journeys.

One rule names every output: a journey's map is named after its file (``shoes.journey.yaml`` →
``shoes.svg``) and, rendered into a folder, sits where the journey sits below the folder rendered
(``journeys/returns/label.journey.yaml`` rendered with ``-o site`` is ``site/returns/label.svg``).
``render``, ``batch`` and the index site all name outputs through ``output_path``.

A map links to the map of a journey it names (``opens:``, ``related:``) in the same format: the
linked map is where the same rule puts it, so the link is the relative path between the two sources
with both names turned into output names. That holds for a folder rendered into an output folder,
for journeys rendered beside themselves and for the project's ``render.output`` folder.

A sub-journey names its parent. Journeys rendered together know each other; a journey rendered on
its own looks for journeys that open it among the journey files of its project: the
``render.input`` folders of ``.journeymd.yaml`` (or ``pyproject.toml``), else the repository's
tree, reading only files whose text holds the journey's file name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ._record import Record, dataclass

if TYPE_CHECKING:
    from .config import ProjectConfig

__all__ = [
    "JourneyLinks",
    "LinkedJourney",
    "MapLink",
    "MapLinks",
    "Outline",
    "journey_links",
    "linked_href",
    "map_links",
    "outline",
    "output_folder",
    "output_name",
    "output_path",
    "parents_index",
    "project_folders",
    "project_journeys",
    "stem",
]

JOURNEY_SUFFIXES = (".journey.yaml", ".journey.yml")
SUFFIXES = {"markdown": "md", "mermaid": "mmd"}
LINKED_FORMATS = ("svg", "html", "png", "pdf", "markdown")  # the formats that show the map and so its links
# A repository searched for a map's parents is bounded, so that a huge tree costs a bounded time
# (each file is read): a repository of a thousand journeys fits.
_MOST_FILES = 2000
_SKIPPED_FOLDERS = {"node_modules", "venv", "__pycache__", "site-packages"}  # and every hidden folder


def stem(path: Path) -> str:
    """'shoes' for shoes.journey.yaml; 'stdin' for standard input ('-')."""
    name = path.name
    if str(path) == "-":
        return "stdin"
    for suffix in (*JOURNEY_SUFFIXES, ".yaml", ".yml"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def output_path(source: Path, root: Path | None, out_dir: Path | None, fmt: str, part: str = "") -> Path:
    """The file ``source`` is rendered to in ``fmt``: beside it, or mirrored from below ``root``
    into ``out_dir``. ``part`` names a map of some phases (".service")."""
    return output_folder(source, root, out_dir) / output_name(source, fmt, part)


def output_folder(source: Path, root: Path | None, out_dir: Path | None) -> Path:
    """The folder ``output_path`` puts the outputs of ``source`` in: the same for every journey
    of a folder."""
    if out_dir is None:
        return source.parent
    return out_dir / (source.parent.relative_to(root) if root is not None and source.is_relative_to(root) else Path())


def output_name(source: Path, fmt: str, part: str = "") -> str:
    """The name of the output of ``source`` in ``fmt`` (``part``: see ``output_path``)."""
    return f"{stem(source)}{part}.{SUFFIXES.get(fmt, fmt)}"


def linked_href(source: Path, target: Path, linked: Path, fmt: str) -> str:
    """The relative link from ``target`` (the output of ``source``) to the output of the journey
    file ``linked`` in the same format, in URL form ('../returns/label.svg')."""
    from urllib.parse import quote

    # The outputs lie as the sources do, so the way between the sources is the way between the maps.
    relative = os.path.relpath(os.path.abspath(linked.parent), os.path.abspath(source.parent))
    path = os.path.normpath(os.path.join(relative, output_name(linked, fmt)))
    return quote(os.fsencode(Path(path).as_posix()), safe="/")  # the name's bytes, in whatever encoding


def links_inside(links: MapLinks, target: Path, root: Path) -> MapLinks:
    """``links`` of the map written to ``target`` with no link to a map outside the output folder
    ``root``: a folder rendered into an output folder holds only its own journeys' maps, so a link to
    a journey outside it would lead nowhere. Its title stays, as text."""
    from urllib.parse import unquote_to_bytes

    from .sources import real_folder

    real_root, real_here = real_folder(root), real_folder(target.parent)

    def kept(link: MapLink) -> MapLink:
        where = Path(os.path.normpath(real_here / os.fsdecode(unquote_to_bytes(link.href))))
        return link if where.is_relative_to(real_root) else dataclasses.replace(link, href="")

    return MapLinks(*(tuple(map(kept, group)) for group in (links.opens, links.related, links.parents)))


def project_folders(project: ProjectConfig, source: Path) -> tuple[Path, Path]:
    """The input folder ``source`` is below, and the output folder its map mirrors into, by the
    project's ``render`` settings: the map of inputs/sub/a.journey.yaml is output/sub/a.svg, as
    ``render inputs/ -o output`` writes it."""
    try:  # named from here, as the maps are in messages: docs/maps/sub/a.svg
        output = Path(os.path.relpath(project.root / project.output))
    except ValueError:  # another drive
        output = project.root / project.output
    real = source.resolve()
    for folder in (*(project.root / i for i in project.inputs), project.root):
        if real.is_relative_to(folder.resolve()):
            return source.parent, output / real.parent.relative_to(folder.resolve())
    return source.parent, output


@dataclass(frozen=True, eq=False, repr=False)
class Outline(Record):
    """What another journey's map needs of a journey file: its title and the links it writes."""

    title: str
    steps: tuple[tuple[str, str], ...]  # (name, opens as written) of each step, in order
    related: tuple[tuple[str, str], ...]  # (path as written, relation)


def _parse_outline(text: str, name: str) -> Outline | None:
    from .loader import YList, YMap, parse_yaml
    from .problem import JourneyError

    try:
        data = parse_yaml(text, name)
    except JourneyError:
        return None
    if not isinstance(data, YMap):
        return None
    title = data.get("title")
    steps: list[tuple[str, str]] = []
    phases = data.get("phases")
    for phase in phases if isinstance(phases, YList) else ():
        phase_steps = phase.get("steps") if isinstance(phase, YMap) else None
        for step in phase_steps if isinstance(phase_steps, YList) else ():
            if isinstance(step, YMap):
                name_, opens = step.get("name"), step.get("opens")
                steps.append((name_ if isinstance(name_, str) else "", opens if isinstance(opens, str) else ""))
    related: list[tuple[str, str]] = []
    items = data.get("related")
    for item in items if isinstance(items, YList) else ():
        if isinstance(item, str):
            related.append((item, ""))
        elif isinstance(item, YMap) and isinstance(item.get("journey"), str):
            relation = item.get("relation")
            related.append((item["journey"], relation if isinstance(relation, str) else ""))
    return Outline(title if isinstance(title, str) else "", tuple(steps), tuple(related))


# Outlines by file, kept between runs in the user's cache folder: a render of a thousand journeys
# that link to each other would otherwise parse every linked file each time to learn its title.
_OUTLINES: dict[str, tuple[str, Outline | None]] | None = None
_OUTLINES_CHANGED = False


def _outlines_file() -> Path:
    from .sources import user_cache_folder

    return user_cache_folder() / "outlines.json"


def _outlines() -> dict[str, tuple[str, Outline | None]]:
    global _OUTLINES
    if _OUTLINES is None:
        _OUTLINES = {}
        try:
            stored = json.loads(_outlines_file().read_text("utf-8"))
        except (OSError, ValueError):
            stored = {}
        for path, entry in stored.items() if isinstance(stored, dict) else ():
            try:
                digest, found = entry
                shape = None if found is None else Outline(str(found[0]), tuple((str(a), str(b)) for a, b in found[1]),
                                                           tuple((str(a), str(b)) for a, b in found[2]))  # fmt: skip
            except (TypeError, ValueError):
                continue
            _OUTLINES[path] = (str(digest), shape)
    return _OUTLINES


def save_outlines() -> None:
    """Keep the outlines read in this run for the next (a cache that cannot be written only costs time)."""
    global _OUTLINES_CHANGED
    if not _OUTLINES_CHANGED or _OUTLINES is None:
        return
    from .batch import write_atomic
    from .problem import OutputError

    stored = {path: [digest, None if shape is None else [shape.title, shape.steps, shape.related]]
              for path, (digest, shape) in sorted(_OUTLINES.items())}  # fmt: skip
    with contextlib.suppress(OSError, OutputError):
        write_atomic(_outlines_file(), json.dumps(stored, ensure_ascii=False).encode("utf-8"))
    _OUTLINES_CHANGED = False


def outline(path: Path) -> Outline | None:
    """The title and links of the journey file ``path``; None when it cannot be read as YAML."""
    global _OUTLINES_CHANGED
    try:
        real = path.resolve()
        content = real.read_bytes()
    except (OSError, RuntimeError):
        return None
    digest = hashlib.sha256(content).hexdigest()
    known = _outlines().get(str(real))
    if known is not None and known[0] == digest:
        return known[1]
    try:
        found = _parse_outline(content.decode("utf-8"), str(path))
    except UnicodeDecodeError:
        found = None
    _outlines()[str(real)] = (digest, found)
    _OUTLINES_CHANGED = True
    return found


@dataclass(frozen=True, eq=False, repr=False)
class MapLink(Record):
    """A link a map draws: where to, the linked journey's title, and what it is to this one."""

    href: str
    title: str
    relation: str = ""  # related journeys: 'to-be', 'returning customer'
    step: int = 0  # opens: the step (0-based) of this journey; part of: the parent's step (0-based)
    step_name: str = ""  # part of: the parent's step's name


@dataclass(frozen=True, eq=False, repr=False)
class MapLinks(Record):
    """Every link of one map: the steps that open sub-journeys, related journeys, and its parents."""

    opens: tuple[MapLink, ...] = ()
    related: tuple[MapLink, ...] = ()
    parents: tuple[MapLink, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.opens or self.related or self.parents)

    def opened_by(self, index: int) -> MapLink | None:
        """The sub-journey the step ``index`` (0-based) opens."""
        return next((link for link in self.opens if link.step == index), None)

    def heading(self, loc: str) -> list[tuple[str, MapLink, str]]:
        """What a map's heading says of the journeys this one is part of and related to, in the
        language ``loc``: what each is to this one ('part of', 'related'), the journey, and what
        follows its title (', step 9 Checkout', ' (to-be)'). The map and the Markdown say it so."""
        from .i18n import label

        step = label(loc, "step").lower()
        said = [(label(loc, "part_of"), parent, f", {step} {parent.step + 1} {parent.step_name}".rstrip())
                for parent in self.parents]  # fmt: skip
        said += [
            (label(loc, "related"), other, f" ({other.relation})" if other.relation else "") for other in self.related
        ]
        return said

    def fingerprint(self) -> str:
        """What the map depends on through its links, for the render cache."""
        parts = [[[link.href, link.title, link.relation, link.step, link.step_name] for link in links]
                 for links in (self.opens, self.related, self.parents)]  # fmt: skip
        return json.dumps(parts, ensure_ascii=False)


def _title(path: Path) -> str:
    found = outline(path)
    return found.title if found is not None and found.title else stem(path)


def _real_inside(path: Path, root: Path) -> Path | None:
    """The file ``path`` leads to, if it is one inside ``root``."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return real if real.is_file() and (real == root or root in real.parents) else None


ParentsIndex = dict[Path, list[tuple[Path, int, str]]]


def parents_index(sources: Iterable[Path]) -> ParentsIndex:
    """For each journey file some of ``sources`` open (resolved): (the opening file, step index,
    step name), in the order of ``sources``."""
    from .sources import source_facts

    found: ParentsIndex = {}
    for source in sources:
        try:
            if "opens" not in source_facts(source).words:
                continue
        except OSError:
            continue
        journey = outline(source)
        if journey is None:
            continue
        for index, (name, opens) in enumerate(journey.steps):
            if opens:
                try:
                    opened = (source.parent / opens).resolve()
                except (OSError, RuntimeError):
                    continue
                found.setdefault(opened, []).append((source, index, name))
    return found


def project_journeys(source: Path) -> list[Path]:
    """The journey files of the project of ``source``: below its ``render.input`` folders, else
    below the repository root, else (a file in no repository) beside it; at most ``_MOST_FILES``
    of them, in a stable order."""
    from .config import ConfigError, find_config
    from .images import repository_root

    root = repository_root(source.parent)
    try:
        project = find_config(source)
    except ConfigError:
        project = None
    if project is not None and project.inputs:
        folders = [project.root / folder for folder in project.inputs]
    elif (root / ".git").exists():
        folders = [root]
    else:  # no repository to search: a folder like /tmp or Downloads holds anything
        return sorted(p for p in source.parent.iterdir() if p.name.endswith(JOURNEY_SUFFIXES))[:_MOST_FILES]
    files: list[Path] = []
    for folder in folders:
        for here, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_FOLDERS and not d.startswith("."))
            files += [Path(here) / n for n in sorted(names) if n.endswith(JOURNEY_SUFFIXES)]
            if len(files) >= _MOST_FILES:
                return files[:_MOST_FILES]
    return files


def _openers(source: Path) -> list[Path]:
    """The project's journey files whose text names ``source``'s file: only those can open it."""
    needle = os.fsencode(source.name)  # as the file system spells it, in whatever encoding
    real = source.resolve()
    found = []
    for path in project_journeys(source):
        try:
            if path.resolve() != real and needle in path.read_bytes():
                found.append(path)
        except OSError:
            continue
    return found


@dataclass(frozen=True, eq=False, repr=False)
class LinkedJourney(Record):
    """A journey another journey's maps link to, whatever their format: its file, its title and what
    it is to the other (as ``MapLink`` says)."""

    path: Path
    title: str
    relation: str = ""
    step: int = 0
    step_name: str = ""


@dataclass(frozen=True, eq=False, repr=False)
class JourneyLinks(Record):
    """The journeys a journey's maps link to, found once for all its formats."""

    opens: tuple[LinkedJourney, ...] = ()
    related: tuple[LinkedJourney, ...] = ()
    parents: tuple[LinkedJourney, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.opens or self.related or self.parents)

    def for_map(self, source: Path, target: Path, fmt: str) -> MapLinks:
        """The links of the map of ``source`` written to ``target`` in ``fmt``."""
        if not self:
            return MapLinks()

        def link(to: LinkedJourney) -> MapLink:
            return MapLink(linked_href(source, target, to.path, fmt), to.title, to.relation, to.step, to.step_name)

        return MapLinks(*(tuple(map(link, group)) for group in (self.opens, self.related, self.parents)))


def journey_links(source: Path, parents: ParentsIndex | None = None) -> JourneyLinks:
    """The journeys the maps of ``source`` link to. ``parents`` (from ``parents_index`` over the
    journeys rendered together) says who opens it; None: the project is searched. Links go only to
    files inside the repository. Inside a run (``sources.one_run``) the journey's facts and its
    repository are those the run found; a journey that names no other, and that none opens, costs
    no more."""
    from .sources import real_file, repository_of, source_facts

    if str(source) == "-":
        return JourneyLinks()
    try:
        words = source_facts(source).words
    except OSError:
        return JourneyLinks()
    if parents is None:
        parents = parents_index(_openers(source))
    journey = outline(source) if "opens" in words or "related" in words else None
    openers = parents.get(real_file(source), []) if parents else []
    if journey is None and not openers:
        return JourneyLinks()
    root = repository_of(source.parent)
    itself = source.resolve()
    opens: list[LinkedJourney] = []
    related: list[LinkedJourney] = []
    if journey is not None:
        for index, (_, written) in enumerate(journey.steps):
            linked = source.parent / written
            if written and _real_inside(linked, root) not in (None, itself):
                opens.append(LinkedJourney(linked, _title(linked), step=index))
        for written, relation in journey.related:
            linked = source.parent / written
            if _real_inside(linked, root) not in (None, itself):
                related.append(LinkedJourney(linked, _title(linked), relation))
    parent_links = [LinkedJourney(parent, _title(parent), step=index, step_name=name)
                    for parent, index, name in openers if _real_inside(parent, root)]  # fmt: skip
    return JourneyLinks(tuple(opens), tuple(related), tuple(parent_links))


def map_links(source: Path, target: Path, fmt: str, parents: ParentsIndex | None = None) -> MapLinks:
    """The links the map of ``source``, written to ``target`` in ``fmt``, draws (see
    ``journey_links``); hrefs are computed, never copied from the file."""
    return journey_links(source, parents).for_map(source, target, fmt)
