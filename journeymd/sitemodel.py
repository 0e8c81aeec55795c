"""The index of a folder of journeys, as data: what the index needs of each journey (its summary)
and the page's model, which carries the summaries side by side.

A summary is worked out when its journey changes and kept as JSON text (``journeymd.site`` keeps
it in a cache beside the index), so that the model of a thousand journeys is joined from text
without parsing or printing any of it again: on a warm render that is most of the index's time.
What the journeys share (the backlog of pain points and opportunities, the touchpoint inventory,
pain points per department, the journey tree) is counted by the page's script when the page opens
(templates/site.js), from the summaries.

Everything is in a fixed order, so that the same journeys and the same git dates give the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import posixpath
import re
import subprocess
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ._record import Record, dataclass
from .i18n import LABELS
from .model import EmotionScale, Journey, score_text

__all__ = ["IndexEntry", "SiteModel", "git_dates", "git_head", "normalise", "page_model", "summary", "summary_text"]

# The labels the page's script uses, besides the site_* ones.
_LABELS = ("phase", "department", "persona", "personas", "phases_section", "steps", "step", "opens", "related",
           "pain_points", "opportunities", "touchpoints", "departments")  # fmt: skip


def normalise(text: str) -> str:
    """A text as compared across journeys: case, spaces and punctuation do not count."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


def text_key(text: str) -> str:
    """A short digest of the ``normalise``d text, by which the page matches texts across journeys
    (48 bits: two different texts of a million share one by chance once in a few hundred indexes);
    worked out here, once a journey changes, not by the page each time it opens."""
    digest = hashlib.blake2b(normalise(text).encode("utf-8"), digest_size=6).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")


def git_head(folder: Path) -> tuple[Path, str] | None:
    """The top of the git work tree ``folder`` is in and the commit checked out there (""
    before the first commit); None outside git."""
    try:
        lines = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel", "HEAD"],
                               capture_output=True, text=True, timeout=30).stdout.splitlines()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    if not lines:
        return None
    head = lines[1] if len(lines) > 1 and lines[1] != "HEAD" else ""
    return Path(lines[0]).resolve(), head


def git_dates(files: Sequence[Path], top: Path | None = None) -> dict[Path, str]:
    """The date (YYYY-MM-DD) of the last commit that changed each file, from one ``git log``; no
    entry for a file outside git or never committed. ``top``: the work tree's top, if known."""
    if not files:
        return {}
    if top is None:
        found = git_head(files[0].resolve().parent)
        if found is None:
            return {}
        top = found[0]
    wanted: dict[str, Path] = {}
    for file in files:
        real = file.resolve()
        if real.is_relative_to(top):
            wanted[real.relative_to(top).as_posix()] = file
    if not wanted:
        return {}
    try:
        log = subprocess.run(
            ["git", "--literal-pathspecs", "-C", str(top), "log", "-z", "--format=/%cs", "--name-only",
             "--no-renames", "--", *sorted(wanted)],
            capture_output=True, text=True, encoding="utf-8", errors="surrogateescape", check=True, timeout=120,
        ).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[Path, str] = {}
    date = ""
    # -z: names as they are, NUL-separated; without it git quotes a name with '"' or '\\' in it.
    # A commit is '/' and its date (no name git prints starts with '/'), then a newline before its
    # first name; --literal-pathspecs: a name such as ':x' or '[x]' is no pattern.
    first = False
    for entry in log.split("\0"):
        if entry.startswith("/"):
            date, first = entry[1:], True
            continue
        name = entry[1:] if first and entry.startswith("\n") else entry
        first = False
        if name in wanted and wanted[name] not in dates:
            dates[wanted[name]] = date  # the log runs newest first
    return dates


def _score(scale: EmotionScale, mean: float) -> str:
    return scale.text(int(mean)) if mean == int(mean) else score_text(mean)


def _mean(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def summary(journey: Journey, file: str, real: Callable[[str], str] | None = None) -> dict[str, Any]:
    """What the index needs of one journey, as JSON-ready data. ``file``: the journey's file as the
    index names it (relative to the deepest folder holding all its journeys, with '/'); the journeys
    its steps open and those it relates to are named the same way, so that the page finds them
    among the others. ``real``: a name as the file it leads to is named, through links to files and
    folders; a journey listed under another name than its file's carries that as ``real``."""
    means = [_mean(list(step.emotion.values())) for step in journey.steps]
    scale = journey.scale
    # Drawn on −2..+2 whatever the journey's scale, as the map draws it; said on the journey's own.
    spark = [None if mean is None else round(scale.relative(mean), 2) for mean in means]
    scored = [(mean, step) for mean, step in zip(means, journey.steps, strict=True) if mean is not None]
    lowest = min(scored, key=lambda pair: pair[0]) if scored else None
    phase_number = {p.id: k for k, p in enumerate(journey.phases)}
    folder = posixpath.dirname(file)

    def named(written: str) -> str:  # a file the journey names, as the index names it
        if not written:
            return ""
        name = posixpath.normpath(posixpath.join(folder, written))
        return real(name) if real else name

    # Departments, touchpoints and texts are listed once, each with the key it is matched by
    # across journeys, and named by number in the steps: most journeys use the same few
    # departments and touchpoints in every step, and the page of a thousand journeys is smaller so.
    departments: dict[str, int] = {}
    touchpoints: dict[tuple[str, str], int] = {}
    texts: dict[str, int] = {}
    steps = []
    for step in journey.steps:
        steps.append([
            step.index + 1, step.name, phase_number.get(step.phase, 0),
            [departments.setdefault(d.name, len(departments)) for d in step.departments],
            [texts.setdefault(text, len(texts)) for text in step.pain_points],
            [texts.setdefault(text, len(texts)) for text in step.opportunities],
            [touchpoints.setdefault((t.name, t.channel), len(touchpoints)) for t in step.touchpoints],
            named(step.opens),
        ])  # fmt: skip
    itself = real(file) if real else file
    return {
        "file": file,
        **({"real": itself} if itself != file else {}),
        "title": journey.title,
        "locale": journey.locale,
        "personas": [p.name for p in journey.personas],
        "phases": [p.name for p in journey.phases],
        "spark": spark,
        "lowest": f"{lowest[1].index + 1}. {lowest[1].name} ({_score(scale, lowest[0])})" if lowest else "",
        "departments": [[name, text_key(name)] for name in departments],
        "touchpoints": [[name, channel, text_key(name)] for name, channel in touchpoints],
        "texts": [[text, text_key(text)] for text in texts],
        # [number, name, phase (its place in phases), departments, pain points, opportunities (their
        # places in texts), touchpoints, the file it opens] of each step
        "steps": steps,
        "related": [[named(r.journey), r.relation] for r in journey.related],
    }


def summary_text(journey: Journey, file: str, real: Callable[[str], str] | None = None) -> str:
    """``summary`` as the JSON text the page carries (and the cache keeps)."""
    return _script_json(summary(journey, file, real))


def _script_json(data: object) -> str:
    """``data`` as JSON that can stand inside a <script> element: only '<' could end the element
    early, and escaped ('\\u003c') the JSON reads the same."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a file name in no UTF-8, its bytes kept as stand-ins: written as \\u escapes
        text = json.dumps(data, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True, eq=False, repr=False)
class IndexEntry(Record):
    """One journey on the index: its summary (``summary_text``, in UTF-8), its language, its map's
    link relative to the index, and the date of its last commit ("" when not known)."""

    summary: bytes
    locale: str
    href: str
    changed: str = ""


@dataclass(frozen=True, eq=False, repr=False)
class SiteModel(Record):
    """The index page's model as JSON in UTF-8 (ready to stand in a <script> element), its language
    and how many journeys it lists."""

    data: bytes
    locale: str
    count: int


def page_model(entries: Sequence[IndexEntry]) -> SiteModel:
    """The index page's model: the labels, and the journeys' summaries with their links and dates,
    in the order shown."""
    locale = _locale([entry.locale for entry in entries])
    t = LABELS.get(locale, LABELS["en"])
    labels = {key[5:]: value for key, value in t.items() if key.startswith("site_")} | {key: t[key] for key in _LABELS}
    head = _script_json({"locale": locale, "labels": labels, "hrefs": [e.href for e in entries],
                         "changed": [e.changed for e in entries]})  # fmt: skip
    # Joined as text: each summary is already JSON (see the module's docstring).
    data = head[:-1].encode() + b',"journeys":[' + b",".join(entry.summary for entry in entries) + b"]}"
    return SiteModel(data, locale, len(entries))


def _locale(locales: Sequence[str]) -> str:
    """The language most of the journeys are written in (English on a tie)."""
    counts: dict[str, int] = {}
    for locale in locales:
        counts[locale] = counts.get(locale, 0) + 1
    return max(sorted(counts), key=lambda loc: (counts[loc], loc == "en")) if counts else "en"
