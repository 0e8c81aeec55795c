"""The index of a folder of journeys, as data: a card per journey, how the journeys link, and what
they share (the pain-point and opportunity backlog, the touchpoints, pain points per department).

Each journey's model is read once; everything here is plain lists and dicts, in a fixed order, so
that the same journeys and the same git dates give the same bytes. The page (``journeymd.site``)
only prints this model as JSON and a small script draws it.
"""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .i18n import LABELS
from .model import EmotionScale, Journey, score_text

__all__ = ["git_dates", "normalise", "site_model", "summary"]


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """A pain point's text as compared across journeys: case, spaces and punctuation do not count."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


def git_dates(files: Sequence[Path]) -> dict[Path, str]:
    """The date (YYYY-MM-DD) of the last commit that changed each file, from one ``git log``; no
    entry for a file outside git or never committed."""
    if not files:
        return {}
    folder = files[0].resolve().parent
    try:
        top = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel"], capture_output=True,
                             text=True, check=True, timeout=30).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return {}
    root = Path(top).resolve()
    wanted: dict[str, Path] = {}
    for file in files:
        real = file.resolve()
        if real.is_relative_to(root):
            wanted[real.relative_to(root).as_posix()] = file
    if not wanted:
        return {}
    try:
        log = subprocess.run(
            ["git", "-C", str(root), "log", "-z", "--format=>%cs", "--name-only",
             "--no-renames", "--", *sorted(wanted)],
            capture_output=True, text=True, encoding="utf-8", check=True, timeout=120,
        ).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[Path, str] = {}
    date = ""
    # -z: names as they are, NUL-separated; without it git quotes a name with '"' or '\\' in it.
    for line in (entry.lstrip("\n") for entry in log.split("\0")):
        if line.startswith(">"):
            date = line[1:]
        elif line and line in wanted and wanted[line] not in dates:
            dates[wanted[line]] = date  # the log runs newest first
    return dates


def _score(scale: EmotionScale, mean: float) -> str:
    return scale.text(int(mean)) if mean == int(mean) else score_text(mean)


def _mean(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def summary(journey: Journey) -> dict[str, Any]:
    """What the index needs of one journey, as JSON-ready data (cached between renders, so that a
    warm render of a thousand journeys reads only the ones that changed)."""
    means = [_mean(list(step.emotion.values())) for step in journey.steps]
    scale = journey.scale
    # Drawn on −2..+2 whatever the journey's scale, as the map draws it; said on the journey's own.
    spark = [None if mean is None else round(scale.relative(mean), 2) for mean in means]
    scored = [(mean, step) for mean, step in zip(means, journey.steps, strict=True) if mean is not None]
    lowest = min(scored, key=lambda pair: pair[0]) if scored else None
    phase_of = {p.id: p.name for p in journey.phases}
    return {
        "title": journey.title,
        "locale": journey.locale,
        "personas": [p.name for p in journey.personas],
        "phases": [p.name for p in journey.phases],
        "spark": spark,
        "lowest": f"{lowest[1].index + 1}. {lowest[1].name} ({_score(scale, lowest[0])})" if lowest else "",
        "steps": [
            [step.index + 1, step.name, phase_of.get(step.phase, step.phase), [d.name for d in step.departments],
             list(step.pain_points), list(step.opportunities), [[t.name, t.channel] for t in step.touchpoints],
             step.opens]
            for step in journey.steps
        ],
        "related": [[r.journey, r.relation] for r in journey.related],
    }  # fmt: skip


def site_model(
    journeys: Sequence[tuple[Path, dict[str, Any]]],
    index: Path,
    maps: Mapping[Path, Path],
    dates: Mapping[Path, str] | None = None,
) -> dict[str, Any]:
    """The index page's data. ``journeys``: (file, ``summary`` of it) in the order shown; ``index``:
    the page's path, from which links are relative; ``maps``: each file's HTML map; ``dates``: git
    dates of the files."""
    dates = dates or {}
    locale = _locale([s["locale"] for _, s in journeys])
    t = LABELS.get(locale, LABELS["en"])
    cards = [_card(path, journey, _href(index, maps[path]), dates.get(path, "")) for path, journey in journeys]
    shared = _Shared()
    links = _Links(journeys)
    for n, (path, journey) in enumerate(journeys):
        shared.add(n, journey)
        links.add(n, path, journey)
    department_keys = sorted(shared.departments, key=lambda key: (shared.departments[key].casefold(), key))
    column = {key: k for k, key in enumerate(department_keys)}
    phases = sorted(shared.phase_names, key=lambda name: (name.casefold(), name))
    phase_number = {name: k for k, name in enumerate(phases)}
    for card in cards:
        card["step_phases"] = [phase_number[name] for name in card["step_phases"]]
        card["step_departments"] = [[column[key] for key in keys] for keys in card["step_departments"]]
    wanted = ("phase", "department", "persona", "personas", "phases_section", "steps", "step", "opens", "related",
              "pain_points", "opportunities", "touchpoints", "departments")  # fmt: skip
    return {
        "locale": locale,
        "labels": {key[5:]: value for key, value in t.items() if key.startswith("site_")}
        | {key: t[key] for key in wanted},
        "journeys": cards,
        "tree": {
            "roots": _roots(len(journeys), links.opened, links.children),
            "children": {str(k): v for k, v in sorted(links.children.items())},
        },
        "related": links.related,
        "backlog": shared.backlog_rows(),
        "touchpoints": shared.inventory(),
        "departments": [shared.departments[key] for key in department_keys],
        "phases": phases,
        "heat": sorted([column[d], n, count] for (d, n), count in shared.heat.items()),
    }


def _card(path: Path, journey: dict[str, Any], href: str, changed: str) -> dict[str, Any]:
    """A journey's card; its steps' phases and departments by name, numbered once all are known."""
    return {
        "title": journey["title"] or path.name,
        "href": href,
        "personas": journey["personas"],
        "phases": journey["phases"],
        "steps": len(journey["steps"]),
        "spark": journey["spark"],
        "lowest": journey["lowest"],
        "pains": sum(len(step[4]) for step in journey["steps"]),
        "changed": changed,
        # Each step once, named by its place in these lists wherever the page lists it.
        "names": [step[1] for step in journey["steps"]],
        "step_phases": [step[2] for step in journey["steps"]],
        "step_departments": [[normalise(d) for d in step[3]] for step in journey["steps"]],
    }


class _Shared:
    """What the journeys share: the backlog of pain points and opportunities, the touchpoints, the
    pain points per department and journey (the heat map), and the phase names."""

    def __init__(self) -> None:
        self.backlog: dict[tuple[str, str], dict[str, Any]] = {}
        self.touchpoints: dict[str, dict[str, Any]] = {}
        self.heat: dict[tuple[str, int], int] = {}
        self.departments: dict[str, str] = {}
        self.phase_names: set[str] = set()

    def add(self, n: int, journey: dict[str, Any]) -> None:
        for at, (_, _, phase, names, pains, opportunities, used, _) in enumerate(journey["steps"]):
            self.phase_names.add(phase)
            for department in names:
                key = normalise(department)
                self.departments.setdefault(key, department)
                if pains:
                    self.heat[key, n] = self.heat.get((key, n), 0) + len(pains)
            for kind, texts in (("pain", pains), ("opportunity", opportunities)):
                for text in texts:
                    entry = self.backlog.setdefault((kind, normalise(text)), {"kind": kind, "text": text, "uses": []})
                    entry["uses"].append([n, at])
            for tp_name, channel in used:
                entry = self.touchpoints.setdefault(
                    normalise(tp_name), {"name": tp_name, "channel": channel, "uses": []}
                )
                entry["uses"].append([n, at])

    def backlog_rows(self) -> list[dict[str, Any]]:
        """Pain points first by how many journeys share them, then opportunities."""
        rows = [{**entry, "shared": len({use[0] for use in entry["uses"]})} for entry in self.backlog.values()]
        rows.sort(key=lambda row: (-row["shared"], row["kind"] != "pain", normalise(row["text"]), row["text"]))
        return rows

    def inventory(self) -> list[dict[str, Any]]:
        return sorted(self.touchpoints.values(), key=lambda e: (-len({u[0] for u in e["uses"]}), normalise(e["name"])))


class _Links:
    """How the journeys link: which step opens which journey, and which are related."""

    def __init__(self, journeys: Sequence[tuple[Path, dict[str, Any]]]) -> None:
        self.number = {path.resolve(): n for n, (path, _) in enumerate(journeys)}
        self.children: dict[int, list[list[Any]]] = {}
        self.opened: set[int] = set()
        self.related: list[list[Any]] = []

    def add(self, n: int, path: Path, journey: dict[str, Any]) -> None:
        for number_shown, name, _, _, _, _, _, opens in journey["steps"]:
            if opens:
                child = self.number.get((path.parent / opens).resolve())
                if child is not None:
                    self.children.setdefault(n, []).append([child, number_shown, name])
                    self.opened.add(child)
        for written, relation in journey["related"]:
            partner = self.number.get((path.parent / written).resolve())
            if partner is not None:
                self.related.append([n, partner, relation])


def _roots(count: int, opened: set[int], children: Mapping[int, list[list[Any]]]) -> list[int]:
    """The journeys the tree starts from: those no journey opens, and one of each circle of journeys
    that open each other (which would otherwise not show at all)."""
    roots = [n for n in range(count) if n not in opened]
    reached: set[int] = set()
    pending = list(roots)
    for start in [*roots, *sorted(children)]:
        if start not in reached and start not in roots:
            roots.append(start)
            pending.append(start)
        while pending:
            n = pending.pop()
            if n not in reached:
                reached.add(n)
                pending += [child[0] for child in children.get(n, [])]
    return roots


def _locale(locales: Sequence[str]) -> str:
    """The language most of the journeys are written in (English on a tie)."""
    counts: dict[str, int] = {}
    for locale in locales:
        counts[locale] = counts.get(locale, 0) + 1
    return max(sorted(counts), key=lambda loc: (counts[loc], loc == "en")) if counts else "en"


def _href(index: Path, target: Path) -> str:
    from urllib.parse import quote

    relative = os.path.relpath(os.path.abspath(target), os.path.dirname(os.path.abspath(index)))
    return quote(Path(relative).as_posix(), safe="/")
