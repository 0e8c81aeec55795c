"""The index page over a folder of journeys: ``index.html`` beside their HTML maps.

``render DIR -o OUT -f html`` writes it: the maps and the index come from one command, so the
project's render settings, ``--check`` and the pre-commit hook cover the index as they cover the
maps. One file, no network: the model is JSON in the page, drawn by a small script under the same
strict Content-Security-Policy as the report.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._data import read_bytes
from .i18n import LABELS, number

if TYPE_CHECKING:
    from .batch import Job

__all__ = ["INDEX_NAME", "build_site_model", "index_path", "render_index", "update_index"]

INDEX_NAME = "index.html"
SITE_CACHE = ".journeymd-site.json"  # what the index needs of each journey, so that only changed ones are read


def index_path(targets: Sequence[Path], root: Path | None) -> Path:
    """Where the index of maps written to ``targets`` goes: in their output folder ``root``, else in
    the deepest folder that holds them all."""
    if root is not None:
        return root / INDEX_NAME
    common = os.path.commonpath([os.path.abspath(t.parent) for t in targets])
    relative = os.path.relpath(common)
    return Path(relative if not relative.startswith("..") else common) / INDEX_NAME


def build_site_model(jobs: Sequence[Job], index: Path, check: bool = False) -> dict[str, Any]:
    """The index's data for the HTML maps ``jobs`` write. Each journey is read once, and only when
    it changed since the last index: what the index needs of it is kept in a cache beside the index
    (signed as the render cache is). Journeys that do not load are left out (their render says why)."""
    from . import load
    from .batch import _cache_secret, write_atomic
    from .problem import JourneyError
    from .sitemodel import git_dates, site_model, summary

    cache_file = index.parent / SITE_CACHE
    try:
        cached = json.loads(cache_file.read_text("utf-8"))
    except (OSError, ValueError):
        cached = {}
    if not isinstance(cached, dict):
        cached = {}
    secret = _cache_secret()
    kept: dict[str, Any] = {}
    loaded: list[tuple[Path, dict[str, Any]]] = []
    for job in jobs:
        name = Path(os.path.relpath(os.path.abspath(job.source), os.path.abspath(index.parent))).as_posix()
        entry = cached.get(name)
        found = None
        if isinstance(entry, dict) and isinstance(entry.get("files"), list):
            key = _inputs_digest(job.source, [Path(f) for f in entry["files"] if isinstance(f, str)])
            payload = json.dumps([entry.get("files"), entry.get("summary")], sort_keys=True, ensure_ascii=False)
            if entry.get("key") == key and hmac.compare_digest(
                str(entry.get("signature", "")), _sign(secret, name, key, payload)
            ):
                found, files = entry["summary"], entry["files"]
        if found is None:
            try:
                found = summary(load(job.source))
            except (JourneyError, OSError):
                continue
            files = [str(path) for path in _catalogue_files(job.source)]
            key = _inputs_digest(job.source, [Path(f) for f in files])
            payload = json.dumps([files, found], sort_keys=True, ensure_ascii=False)
        kept[name] = {"key": key, "files": files, "summary": found, "signature": _sign(secret, name, key, payload)}
        loaded.append((job.source, found))
    if not check and kept != cached:
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time next run
            write_atomic(cache_file, json.dumps(kept, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    maps = {job.source: job.target for job in jobs}
    return site_model(loaded, index, maps, git_dates([source for source, _ in loaded]))


def _catalogue_files(source: Path) -> list[Path]:
    """The catalogues a journey file includes, through includes of includes too."""
    from .catalogue import _itself, _Resolver
    from .images import base_folder, repository_root
    from .loader import YMap, decode, parse_yaml
    from .problem import JourneyError

    name = str(source)
    try:
        data = parse_yaml(decode(source.read_bytes(), name), name)
    except (JourneyError, OSError):
        return []
    if not isinstance(data, YMap) or "include" not in data:
        return []
    folder = base_folder(name)
    resolver = _Resolver(repository_root(folder))
    resolver.merge(data, name, folder, _itself(name))
    return sorted(resolver.files)


def _inputs_digest(source: Path, catalogues: Sequence[Path]) -> str:
    """What a journey's summary is made of: its bytes and those of the catalogues it includes."""
    from .batch import files_digest

    return files_digest((source, *catalogues)).hex()


def _sign(secret: bytes, name: str, key: str, payload: str) -> str:
    return hmac.new(secret, f"{name}\0{key}\0{payload}".encode(), "sha256").hexdigest()


def render_index(model: dict[str, Any]) -> bytes:
    """The index page for ``model`` (``journeymd.sitemodel.site_model``)."""
    from markupsafe import Markup

    from . import __version__
    from .render import _environment, _with_policy

    t = LABELS.get(model["locale"], LABELS["en"])
    count = len(model["journeys"])
    data = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # Inside <script> only '<' could end the element early; escaped, the JSON reads the same.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page: str = (
        _environment()
        .get_template("site.html.j2")
        .render(
            locale=model["locale"],
            t=t,
            lead=t["site_lead_one"] if count == 1 else t["site_lead"].format(n=number(count, model["locale"])),
            version=__version__,
            model=Markup(data),
            css=Markup(read_bytes("templates/site.css").decode("utf-8")),
            js=Markup(read_bytes("templates/site.js").decode("utf-8")),
        )
    )
    return _with_policy(page).encode("utf-8")


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
