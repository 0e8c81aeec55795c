"""Figures across many journeys (``journeymd stats journeys/``): how many journeys, steps and phases,
the personas, touchpoints and departments they share, their pain points, their lowest moments, and
their funnels side by side. Pure functions over the model, as ``stats`` is."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .i18n import number as whole_number
from .model import Journey
from .stats import extremes, funnel

__all__ = ["format_summary", "summary_stats"]

LOWEST_SHOWN = 5  # the lowest moments listed across all journeys


def _path(journey: Journey) -> str:
    return journey.source


def summary_stats(journeys: Sequence[Journey]) -> dict[str, Any]:
    """The figures across ``journeys``, as plain data (the ``summary`` of the JSON output)."""
    personas = {p.id for j in journeys for p in j.personas}
    touchpoints = {t.id for j in journeys for s in j.steps for t in s.touchpoints}
    touchpoints |= {t.id for j in journeys for t in j.touchpoints}
    departments = {d.id for j in journeys for s in j.steps for d in s.departments}
    departments |= {d.id for j in journeys for d in j.departments}
    moments = []
    for journey in journeys:
        lowest, _ = extremes(journey.steps)
        if lowest is not None:
            moments.append((journey.scale.relative(lowest.score), journey, lowest))
    moments.sort(key=lambda m: (m[0], _path(m[1]), m[2].step.index))
    funnels = []
    for journey in journeys:
        rows = funnel(journey)
        if len(rows) < 2:
            continue
        biggest = max((r for r in rows if r.drop_rate), key=lambda r: r.drop_rate or 0, default=None)
        funnels.append({
            "path": _path(journey), "title": journey.title,
            "first": {"number": rows[0].step.index + 1, "name": rows[0].step.name, "reached": rows[0].reached},
            "last": {"number": rows[-1].step.index + 1, "name": rows[-1].step.name, "reached": rows[-1].reached},
            "conversion": round(rows[-1].share, 3),
            "biggest_drop": None if biggest is None else {
                "number": biggest.step.index + 1, "name": biggest.step.name,
                "drop_rate": round(biggest.drop_rate or 0, 3),
            },
        })  # fmt: skip
    steps = [s for j in journeys for s in j.steps]
    return {
        "journeys": len(journeys),
        "steps": len(steps),
        "phases": sum(len(j.phases) for j in journeys),
        "personas": len(personas),
        "touchpoints": len(touchpoints),
        "departments": len(departments),
        "pain_points": sum(len(s.pain_points) for s in steps),
        "opportunities": sum(len(s.opportunities) for s in steps),
        "drop_offs": sum(1 for s in steps if s.drop_off is not None),
        "lowest_moments": [
            {
                "path": _path(journey),
                "title": journey.title,
                "number": m.step.index + 1,
                "name": m.step.name,
                "persona": m.persona,
                "score": m.score,
            }
            for _, journey, m in moments[:LOWEST_SHOWN]
        ],
        "funnels": funnels,
    }


def _count(number: int, noun: str) -> str:
    plural = "opportunities" if noun == "opportunity" else f"{noun}s"
    return f"{number} {noun if number == 1 else plural}"


def format_summary(figures: dict[str, Any], fmt: str = "text") -> str:
    """``summary_stats`` as JSON or as text (in English: the journeys may be in several languages)."""
    if fmt == "json":
        return json.dumps(figures, indent=2, ensure_ascii=False) + "\n"
    out = [
        f"All {_count(figures['journeys'], 'journey')}: {_count(figures['steps'], 'step')} in "
        f"{_count(figures['phases'], 'phase')}; {_count(figures['personas'], 'persona')}, "
        f"{_count(figures['touchpoints'], 'touchpoint')}, {_count(figures['departments'], 'department')}",
        f"  {_count(figures['pain_points'], 'pain point')}, {_count(figures['opportunities'], 'opportunity')}, "
        f"{_count(figures['drop_offs'], 'drop-off')}",
    ]
    if figures["lowest_moments"]:
        out += ["", "Lowest moments"]
        for m in figures["lowest_moments"]:
            who = f" for {m['persona']}" if m["persona"] else ""
            out.append(f"  {m['path']}: {m['number']}. {m['name']} ({m['score']:+d}{who})".replace("(+0", "(0"))
    if figures["funnels"]:
        out += ["", "Funnels (first counted step to last)"]
        for f in figures["funnels"]:
            drop = f["biggest_drop"]
            biggest = f"; biggest drop after {drop['number']}. {drop['name']} ({drop['drop_rate']:.0%})" if drop else ""
            first, last = whole_number(f["first"]["reached"], "en"), whole_number(f["last"]["reached"], "en")
            out.append(f"  {f['path']}: {first} → {last} ({f['conversion']:.1%}){biggest}")
    return "\n".join(out) + "\n"
