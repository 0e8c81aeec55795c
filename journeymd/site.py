"""The index page over a folder of journeys: ``index.html`` beside their HTML maps.

``render DIR -o OUT -f html`` writes it: the maps and the index come from one command, so the
project's render settings, ``--check`` and the pre-commit hook cover the index as they cover the
maps. One file, no network: the model is JSON in the page, drawn by a small script under the same
strict Content-Security-Policy as the report.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hmac
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._data import read_bytes
from ._record import Record, dataclass
from .i18n import LABELS, number

if TYPE_CHECKING:
    from .batch import Job
    from .sitemodel import SiteModel

__all__ = ["INDEX_NAME", "build_site_model", "index_path", "render_index", "update_index"]

INDEX_NAME = "index.html"
# What the index needs of each journey, so that only the journeys that changed are read again: a
# line per journey with its summary's JSON text as it is, so that reading and writing it is joining
# and splitting text (see journeymd.sitemodel), signed as the render cache is.
SITE_CACHE = ".journeymd-site.cache"
_OLD_SITE_CACHE = ".journeymd-site.json"  # the cache's name before summaries were kept as text
_CACHE_FORMAT = "journeymd-site 4"
_MODEL_HERE = "__JM_MODEL__"  # where render_index puts the model into the page


def index_path(targets: Sequence[Path], root: Path | None) -> Path:
    """Where the index of maps written to ``targets`` goes: in their output folder ``root``, else in
    the deepest folder that holds them all."""
    if root is not None:
        return root / INDEX_NAME
    common = os.path.commonpath([os.path.abspath(t.parent) for t in targets])
    relative = os.path.relpath(common)
    return Path(relative if not relative.startswith("..") else common) / INDEX_NAME


@dataclass(frozen=True, eq=False, repr=False)
class _Stored(Record):
    """What the cache beside an index holds: by journey (as the index names its file, see
    ``_journeys_folder``) the key of its inputs (``_key``), its language, the files it links to (as
    written) and its summary (JSON, as the page carries it); the git dates, for the work tree and
    commit they were read at; and the folder the names start from, relative to the index's (the
    names mean other files from another)."""

    summaries: dict[str, tuple[str, str, tuple[str, ...], bytes]]
    git: tuple[str, str] = ("", "")  # the work tree's top and the commit
    dates: dict[str, str] = dataclasses.field(default_factory=dict)
    base: str = ""

    def body(self) -> bytes:
        git = json.dumps([self.base, *self.git, dict(sorted(self.dates.items()))]).encode()
        return b"\n".join([git, *(json.dumps([name, key, locale, links]).encode() + b"\t" + text
                                  for name, (key, locale, links, text) in sorted(self.summaries.items()))])  # fmt: skip


def _read_cache(file: Path, secret: bytes) -> _Stored:
    """The cache beside an index; empty when it is missing, of another version, or not signed by
    this user (a cache from elsewhere costs a read of every journey, never a wrong summary). Kept
    as bytes from file to page: decoding and encoding 4 MB for a thousand journeys cost more than
    the rest of the index."""
    try:
        first, _, body = file.read_bytes().partition(b"\n")
        form, _, signature = first.decode("ascii").rpartition(" ")
    except (OSError, ValueError):
        return _Stored({})
    if form != _form() or not hmac.compare_digest(signature, _sign(secret, body)):
        return _Stored({})
    git_line, *lines = body.split(b"\n")
    base, top, head, dates = json.loads(git_line)
    summaries = {}
    for line in lines:
        # A name in JSON holds no tab; the summary's text follows the first one.
        head_part, _, text = line.partition(b"\t")
        name, key, locale, links = json.loads(head_part)
        summaries[name] = (key, locale, tuple(links), text)
    return _Stored(summaries, (top, head), dates, base)


def _write_cache(file: Path, secret: bytes, stored: _Stored) -> None:
    from .batch import write_atomic

    body = stored.body()
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time next run
        write_atomic(file, f"{_form()} {_sign(secret, body)}\n".encode() + body)
        (file.parent / _OLD_SITE_CACHE).unlink(missing_ok=True)


def _form() -> str:
    """The cache's format and journeymd's version: another version may summarise journeys otherwise
    (as the render cache's keys, the summaries' keys are only the journeys' inputs)."""
    from .batch import _version

    return f"{_CACHE_FORMAT} {_version()}"


def _sign(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, _form().encode() + b"\0" + body, "sha256").hexdigest()


def build_site_model(jobs: Sequence[Job], index: Path, check: bool = False) -> SiteModel:
    """The index's model for the HTML maps ``jobs`` write. A journey is read only when its inputs
    changed since the last index (``sources.source_fingerprint``); what the index needs of it is kept
    in a cache beside the index. Journeys that do not load are left out (their render says why)."""
    from . import load
    from .batch import _cache_secret
    from .problem import JourneyError
    from .sitemodel import IndexEntry, page_model, summary_text
    from .sources import source_fingerprint

    secret = _cache_secret()
    cache_file = index.parent / SITE_CACHE
    found_cache = _read_cache(cache_file, secret)
    folder = _journeys_folder([job.source for job in jobs], index.parent)
    base = Path(os.path.relpath(folder, os.path.abspath(index.parent))).as_posix()
    stored = found_cache if found_cache.base == base else _Stored({}, base=base)
    named = _names([job.source for job in jobs], folder)
    real = _real_names(folder)
    summaries: dict[str, tuple[str, str, tuple[str, ...], bytes]] = {}
    for job in jobs:
        name = named[job.source]
        try:
            fingerprint = source_fingerprint(job.source).hex()
        except OSError:
            continue
        found = stored.summaries.get(name)
        if found is None or found[0] != _key(fingerprint, job.source, found[2]):
            try:
                journey = load(job.source)
            except (JourneyError, OSError):
                continue
            links = (*(step.opens for step in journey.steps if step.opens), *(r.journey for r in journey.related))
            text = summary_text(journey, name, real).encode()
            found = (_key(fingerprint, job.source, links), journey.locale, links, text)
        summaries[name] = found
    listed = [job for job in jobs if named[job.source] in summaries]
    git, dates = _dates([job.source for job in listed], named, stored)
    kept = _Stored(summaries, git, dates, base)
    if not check and kept != found_cache:
        _write_cache(cache_file, secret, kept)
    entries = []
    for job, href in zip(listed, _hrefs(index, [job.target for job in listed]), strict=True):
        _, locale, _, text = summaries[named[job.source]]
        entries.append(IndexEntry(text, locale, href, dates.get(named[job.source], "")))
    return page_model(entries)


def _key(fingerprint: str, source: Path, links: Sequence[str]) -> str:
    """What a journey's summary depends on: its inputs (``sources.source_fingerprint``), and whether
    the files it links to are there: a journey linking to a file that is gone does not load, and is
    left out of the index as it is without the cache."""
    folder = os.path.dirname(source)
    return fingerprint + "." + "".join("1" if os.path.isfile(os.path.join(folder, link)) else "0" for link in links)


def _journeys_folder(sources: Sequence[Path], index_folder: Path) -> str:
    """The deepest folder that holds all the journeys ``sources``, from which the index names them:
    named so, the page is the same bytes wherever its output folder is (the index's own folder
    would put '../' into each name, as many as the output folder is deep)."""
    try:
        return os.path.commonpath([os.path.dirname(os.path.abspath(source)) for source in sources])
    except ValueError:  # no journeys, or on two drives
        return os.path.abspath(index_folder)


def _real_names(folder: str) -> Callable[[str], str]:
    """A name the index gives a file (relative to ``folder``) as the file it leads to is named: a
    step may open a journey through a link to it (or to its folder), and a journey listed under a
    link's name is still the one its file's name opens."""
    real_folder = os.path.realpath(folder)

    def real(name: str) -> str:
        try:
            return Path(os.path.relpath(os.path.realpath(os.path.join(folder, name)), real_folder)).as_posix()
        except ValueError:  # on another drive
            return name

    return real


def _names(sources: Sequence[Path], folder: str) -> dict[Path, str]:
    """Each journey file as the index names it: relative to ``folder`` (``_journeys_folder``), with '/'."""
    return dict(zip(sources, _relative(sources, Path(folder)), strict=True))


def _relative(files: Sequence[Path], base: Path) -> list[str]:
    """``files`` relative to the folder ``base``, with '/' (each folder's way worked out once: a
    thousand journeys lie in a few folders)."""
    start = os.path.abspath(base)
    folders: dict[str, str] = {}
    found = []
    for file in files:
        folder, name = os.path.split(str(file))
        if folder not in folders:
            folders[folder] = Path(os.path.relpath(os.path.abspath(folder), start)).as_posix()
        found.append(name if folders[folder] == "." else f"{folders[folder]}/{name}")
    return found


def _dates(sources: Sequence[Path], named: dict[Path, str], stored: _Stored) -> tuple[tuple[str, str], dict[str, str]]:
    """The git dates of ``sources`` by name, and the work tree and commit they hold for. The dates
    only change with the commit, so the cache's are kept while it is the same; git is asked only
    for the files it does not know."""
    from .sitemodel import git_dates, git_head

    found = git_head(sources[0].parent) if sources else None
    if found is None:
        return ("", ""), {}
    git = (str(found[0]), found[1])
    dates = dict(stored.dates) if stored.git == git else {}
    missing = [source for source in sources if named[source] not in dates]
    if missing:
        asked = git_dates(missing, found[0])
        dates |= {named[source]: asked.get(source, "") for source in missing}
    wanted = {named[source] for source in sources}
    return git, {name: date for name, date in dates.items() if name in wanted}


def render_index(model: SiteModel) -> bytes:
    """The index page for ``model`` (``journeymd.sitemodel.page_model``)."""
    from markupsafe import Markup

    from . import __version__
    from .render import _environment, _with_policy

    t = LABELS.get(model.locale, LABELS["en"])
    lead = t["site_lead_one"] if model.count == 1 else t["site_lead"].format(n=number(model.count, model.locale))
    page: str = (
        _environment()
        .get_template("site.html.j2")
        .render(
            locale=model.locale,
            t=t,
            lead=lead,
            version=__version__,
            model=Markup(_MODEL_HERE),
            css=Markup(read_bytes("templates/site.css").decode("utf-8")),
            js=Markup(read_bytes("templates/site.js").decode("utf-8")),
        )
    )
    # The model goes in as the bytes it is kept in (megabytes for a thousand journeys), after the
    # policy: it is data in a <script type="application/json">, which the policy does not hash.
    before, _, after = _with_policy(page).encode("utf-8").partition(_MODEL_HERE.encode())
    return before + model.data + after


def update_index(jobs: Sequence[Job], check: bool = False) -> tuple[str, Path | None]:
    """Write (or with ``check``, compare) the index of the HTML maps of ``jobs``: ('rendered',
    'fresh', 'stale', 'missing', or 'taken' by a journey's own map, and its path); ('', None) when
    no whole map is written in HTML."""
    from .batch import write_atomic

    html = [job for job in jobs if job.fmt == "html" and job.view == "map" and not job.phases]
    if not html:
        return "", None
    roots = {job.root for job in html}
    index = index_path([job.target for job in html], roots.pop() if len(roots) == 1 else None)
    named_index = [job for job in jobs if job.target.name == index.name]  # only these can be the index
    if any(job.target.resolve() == index.resolve() for job in named_index):
        return "taken", index  # a journey named index has that file; its map wins
    data = render_index(build_site_model(html, index, check))
    old = index.read_bytes() if index.is_file() else None
    if old == data:
        return "fresh", index
    if check:
        return ("missing" if old is None else "stale"), index
    write_atomic(index, data)
    return "rendered", index


def _hrefs(index: Path, targets: Sequence[Path]) -> list[str]:
    """The links from the page ``index`` to the maps ``targets``: relative, in URL form."""
    from urllib.parse import quote

    # The bytes of the name as the file system has them: a name in no UTF-8 is found by them too.
    return [quote(os.fsencode(relative), safe="/") for relative in _relative(targets, index.parent)]
