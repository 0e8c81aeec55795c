"""The map's answers: figures per phase, funnel, touchpoint inventory, who owns what. Pure functions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ._record import Record, dataclass
from .i18n import number as whole_number
from .i18n import percent
from .model import Department, EmotionScale, Journey, Measured, Phase, Step, Touchpoint, score_text
from .research import research_figures, research_text

__all__ = [
    "FunnelRow",
    "Moment",
    "PhaseSummary",
    "TouchpointUse",
    "department_issues",
    "department_matrix",
    "extremes",
    "funnel",
    "phase_summaries",
    "touchpoint_inventory",
]


@dataclass(frozen=True, eq=False, repr=False)
class Moment(Record):
    """A persona's emotion at one step."""

    step: Step
    persona: str
    score: int


@dataclass(frozen=True, eq=False, repr=False)
class PhaseSummary(Record):
    """A phase at a glance: its steps, its emotional low and high, its pain points."""

    phase: Phase
    steps: int
    lowest: Moment | None
    highest: Moment | None
    pain_points: int
    opportunities: int
    drop_offs: int


@dataclass(frozen=True, eq=False, repr=False)
class FunnelRow(Record):
    """One counted step of the funnel: how many customers reach it and how many leave."""

    step: Step
    reached: int
    share: float  # of the first reached count, 0..1
    drop_rate: float | None  # given in the file, or derived from the next counted step
    derived: bool
    # Kept apart: the rate the file (or a data file) declares, and the rate the counts measure
    # between this step and the next counted one.
    declared_rate: float | None = None
    measured_rate: float | None = None
    source: Measured | None = None  # the data file the count came from; None for the YAML's own


@dataclass(frozen=True, eq=False, repr=False)
class TouchpointUse(Record):
    """A touchpoint and the steps that use it."""

    touchpoint: Touchpoint
    steps: tuple[Step, ...]


def extremes(steps: Sequence[Step], persona: str | None = None) -> tuple[Moment | None, Moment | None]:
    """Lowest and highest emotion among ``steps`` (the first one wins a tie), for one persona or any."""
    moments = [
        Moment(step, who, score)
        for step in steps
        for who, score in step.emotion.items()
        if persona is None or who == persona
    ]
    if not moments:
        return None, None
    lowest = min(moments, key=lambda m: (m.score, m.step.index))
    highest = max(moments, key=lambda m: (m.score, -m.step.index))
    return lowest, highest


def phase_summaries(journey: Journey) -> list[PhaseSummary]:
    """Each phase at a glance; its low and high are those of whichever persona has them."""
    summaries = []
    for phase in journey.phases:
        lowest, highest = extremes(phase.steps)
        summaries.append(
            PhaseSummary(
                phase=phase,
                steps=len(phase.steps),
                lowest=lowest,
                highest=highest,
                pain_points=sum(len(s.pain_points) for s in phase.steps),
                opportunities=sum(len(s.opportunities) for s in phase.steps),
                drop_offs=sum(1 for s in phase.steps if s.drop_off is not None),
            )
        )
    return summaries


def funnel(journey: Journey) -> list[FunnelRow]:
    """Steps with a ``reached`` count, with the share of the first and the rate lost after each."""
    counted = [s for s in journey.steps if s.reached is not None]
    if not counted:
        return []
    first = counted[0].reached or 0
    rows = []
    for i, step in enumerate(counted):
        reached = step.reached or 0
        given = step.drop_off.rate if step.drop_off is not None else None
        derived = None
        if given is None and i + 1 < len(counted) and reached:
            following = counted[i + 1].reached or 0
            derived = max(0.0, (reached - following) / reached)
        measured = None
        if i + 1 < len(counted) and reached:
            measured = max(0.0, (reached - (counted[i + 1].reached or 0)) / reached)
        rows.append(
            FunnelRow(
                step=step,
                reached=reached,
                share=reached / first if first else 0.0,
                drop_rate=given if given is not None else derived,
                derived=given is None and derived is not None,
                declared_rate=given,
                measured_rate=measured,
                source=journey.measured.get(f"{step.id}.reached"),
            )
        )
    return rows


def biggest_drops(rows: Sequence[FunnelRow]) -> tuple[str, list[FunnelRow]]:
    """The three biggest drops, by the measured counts when there are any, else by declared rates;
    and which they are by ('measured' or 'declared')."""
    by = "measured" if any(r.measured_rate for r in rows) else "declared"

    def key(row: FunnelRow) -> float:
        return (row.measured_rate if by == "measured" else row.declared_rate) or 0.0

    return by, sorted((r for r in rows if key(r)), key=lambda r: (-key(r), r.step.index))[:3]


def touchpoint_inventory(journey: Journey) -> list[TouchpointUse]:
    """Every touchpoint (catalogue first, then ones named in steps) with the steps that use it."""
    order: dict[str, Touchpoint] = {t.id: t for t in journey.touchpoints}
    used: dict[str, list[Step]] = {t.id: [] for t in journey.touchpoints}
    for step in journey.steps:
        for touchpoint in step.touchpoints:
            order.setdefault(touchpoint.id, touchpoint)
            used.setdefault(touchpoint.id, []).append(step)
    return [TouchpointUse(order[key], tuple(used[key])) for key in order]


def department_issues(journey: Journey) -> list[tuple[Department, int, int]]:
    """Per department: pain points and opportunities in the steps it serves."""
    departments, matrix = department_matrix(journey)
    rows = []
    for department, per_phase in zip(departments, matrix, strict=True):
        served = [step for steps in per_phase for step in steps]
        rows.append((department, sum(len(s.pain_points) for s in served), sum(len(s.opportunities) for s in served)))
    return rows


def department_matrix(journey: Journey) -> tuple[list[Department], list[list[tuple[Step, ...]]]]:
    """Departments (catalogue order, then named ones) and, per department and phase, the steps it serves."""
    departments: dict[str, Department] = {d.id: d for d in journey.departments}
    for step in journey.steps:
        for department in step.departments:
            departments.setdefault(department.id, department)
    # One pass over the steps, not one per department.
    cells: dict[tuple[str, int], list[Step]] = {}
    for number, phase in enumerate(journey.phases):
        for step in phase.steps:
            for dept_id in dict.fromkeys(d.id for d in step.departments):  # a step is listed once per cell
                cells.setdefault((dept_id, number), []).append(step)
    phases = range(len(journey.phases))
    matrix = [[tuple(cells.get((dept_id, number), ())) for number in phases] for dept_id in departments]
    return list(departments.values()), matrix


def _step_ref(step: Step) -> dict[str, object]:
    return {"id": step.id, "number": step.index + 1, "name": step.name}


def _moment(moment: Moment | None) -> dict[str, object] | None:
    return None if moment is None else {**_step_ref(moment.step), "persona": moment.persona, "score": moment.score}


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def score_lanes(journey: Journey) -> list[dict[str, Any]]:
    """Each score lane of the file's own: its scale, the mean over the steps that have a score,
    the lowest and highest step, and the mean per phase."""
    found = []
    for lane in journey.custom_lanes:
        if lane.kind != "score":
            continue
        scored = [(s, v) for s in journey.steps if isinstance(v := s.lanes.get(lane.id), (int, float))]
        per_phase = []
        for phase in journey.phases:
            values = [v for s in phase.steps if isinstance(v := s.lanes.get(lane.id), (int, float))]
            if values:
                per_phase.append({"id": phase.id, "name": phase.name, "mean": round(sum(values) / len(values), 2)})
        lowest = min(scored, key=lambda p: (p[1], p[0].index), default=None)
        highest = max(scored, key=lambda p: (p[1], -p[0].index), default=None)
        found.append({
            "id": lane.id, "name": lane.name, "min": lane.min, "max": lane.max, "steps": len(scored),
            "mean": round(sum(v for _, v in scored) / len(scored), 2) if scored else None,
            "lowest": _step_ref(lowest[0]) | {"score": lowest[1]} if lowest else None,
            "highest": _step_ref(highest[0]) | {"score": highest[1]} if highest else None,
            "phases": per_phase,
        })  # fmt: skip
    return found


def journey_stats(journey: Journey) -> dict[str, object]:
    """Every figure of ``journeymd stats``, as plain data (the JSON output)."""
    steps = journey.steps
    personas = journey.persona_ids()
    per_persona = {}
    for persona in personas:
        lowest, highest = extremes(steps, persona)
        per_persona[persona or "default"] = {"lowest": _moment(lowest), "highest": _moment(highest)}
    funnel_rows = funnel(journey)
    research = research_figures(journey)
    return {
        "title": journey.title,
        "steps": len(steps),
        "phases": _phase_figures(journey),
        "personas": per_persona,
        "emotion_scale": {"min": journey.scale.min, "max": journey.scale.max, "levels": list(journey.scale.levels)},
        "departments": _department_figures(journey),
        "touchpoints": _touchpoint_figures(journey),
        "funnel": _funnel_figures(journey, funnel_rows),
        "biggest_drops": _biggest_drop_figures(funnel_rows),
        "data": [{"label": m.label, "as_of": m.as_of or None, "path": m.path} for m in journey.datasets],
        "blueprint": blueprint_figures(journey),
        "scores": score_lanes(journey),
        "without_touchpoint": [_step_ref(s) for s in steps if not s.touchpoints],
        "without_department": [_step_ref(s) for s in steps if not s.departments],
        **({"research": research} if research is not None else {}),  # only a journey that records research
    }


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _phase_figures(journey: Journey) -> list[dict[str, Any]]:
    from .analytics import kpi_source

    return [
        {
            "id": s.phase.id,
            "name": s.phase.name,
            "steps": s.steps,
            "duration": s.phase.duration,
            "pain_points": s.pain_points,
            "opportunities": s.opportunities,
            "drop_offs": s.drop_offs,
            "lowest": _moment(s.lowest),
            "highest": _moment(s.highest),
            "kpis": [
                {"id": k.id, "name": k.name, "value": k.value or None, "target": k.target or None,
                 "source": found.text(journey.locale) if (found := kpi_source(journey, s.phase, k)) else None}
                for k in s.phase.kpis
            ],
        }
        for s in phase_summaries(journey)
    ]  # fmt: skip


def _department_figures(journey: Journey) -> list[dict[str, Any]]:
    return [
        {"id": d.id, "name": d.name, "steps": sum(len(cell) for cell in row), "pain_points": pains,
         "opportunities": chances}
        for (d, pains, chances), row in zip(department_issues(journey), department_matrix(journey)[1], strict=True)
    ]  # fmt: skip


def _touchpoint_figures(journey: Journey) -> dict[str, Any]:
    """How often each touchpoint is used, and the share of uses online, offline, direct and indirect."""
    uses = touchpoint_inventory(journey)
    all_uses = [tp for s in journey.steps for tp in s.touchpoints]
    return {
        "load": [{"id": u.touchpoint.id, "name": u.touchpoint.name, "channel": u.touchpoint.channel,
                  "steps": len(u.steps)} for u in sorted(uses, key=lambda u: (-len(u.steps), u.touchpoint.name))],
        "online_share": _share(sum(1 for t in all_uses if t.online), len(all_uses)),
        "offline_share": _share(sum(1 for t in all_uses if t.online is False), len(all_uses)),
        "unknown_share": _share(sum(1 for t in all_uses if t.online is None), len(all_uses)),
        "direct_share": _share(sum(1 for t in all_uses if t.kind == "direct"), len(all_uses)),
        "indirect_share": _share(sum(1 for t in all_uses if t.kind == "indirect"), len(all_uses)),
    }  # fmt: skip


def _funnel_figures(journey: Journey, funnel_rows: list[FunnelRow]) -> list[dict[str, Any]]:
    return [
        {**_step_ref(r.step), "reached": r.reached, "share": round(r.share, 3),
         "drop_rate": _rate(r.drop_rate), "derived": r.derived, "declared_rate": _rate(r.declared_rate),
         "measured_rate": _rate(r.measured_rate), "source": r.source.text(journey.locale) if r.source else None}
        for r in funnel_rows
    ]  # fmt: skip


def _biggest_drop_figures(funnel_rows: list[FunnelRow]) -> list[dict[str, Any]]:
    drops_by, drops = biggest_drops(funnel_rows)
    return [
        _step_ref(r.step) | {"drop_rate": _rate(r.measured_rate if drops_by == "measured" else r.declared_rate),
                             "by": drops_by}
        for r in drops
    ]  # fmt: skip


def blueprint_figures(journey: Journey) -> dict[str, Any]:
    """Actions per blueprint layer and per department, and the fail points."""
    layers = ("frontstage", "backstage", "support")
    per_layer = {layer: sum(len(s.layer(layer)) for s in journey.steps) for layer in layers}
    per_department: dict[str, dict[str, int]] = {}
    for step in journey.steps:
        for layer in layers:
            for action in step.layer(layer):
                if action.department is not None:
                    counts = per_department.setdefault(action.department.name, dict.fromkeys(layers, 0))
                    counts[layer] += 1
    fail_points = [{**_step_ref(s), "reason": s.fail_point} for s in journey.steps if s.fail_point]
    return {"actions": per_layer, "by_department": per_department, "fail_points": fail_points}


# The text report in Dutch: each noun with its plural, and the other words it is made of.
_NL_NOUNS = {
    "step": ("stap", "stappen"),
    "phase": ("fase", "fasen"),
    "pain point": ("knelpunt", "knelpunten"),
    "opportunity": ("kans", "kansen"),
    "drop-off": ("afhaakmoment", "afhaakmomenten"),
}
_NL_WORDS = {
    "Journey": "Klantreis",
    "in": "in",
    "for": "voor",
    "Phases": "Fasen",
    "lowest": "dieptepunt",
    "highest": "hoogtepunt",
    "Personas": "Persona's",
    "Departments (steps, pain points, opportunities)": "Afdelingen (stappen, knelpunten, kansen)",
    "Touchpoints": "Contactmomenten",
    "online or offline not given": "online of offline niet opgegeven",
    "Funnel": "Trechter",
    "lost after": "afgehaakt na",
    "biggest drops": "grootste uitval",
    "Blueprint": "Blueprint",
    "support actions": "ondersteunende acties",
    "support": "ondersteunend",
    "Fail points": "Faalpunten",
    "mean": "gemiddeld",
    "over": "over",
    "no step has a score": "geen stap heeft een score",
    "Steps without a touchpoint": "Stappen zonder contactmoment",
    "Steps without a responsible department": "Stappen zonder verantwoordelijke afdeling",
    "measured": "gemeten",
    "declared": "opgegeven",
    "by measured counts": "volgens gemeten aantallen",
    "by declared rates": "volgens opgegeven percentages",
    "Figures from data files": "Cijfers uit gegevensbestanden",
    "as of": "stand",
    "target": "doel",
}


class _Wording:
    """How the text report writes words, numbers and moments in one locale (en or nl)."""

    def __init__(self, figures: dict[str, Any], locale: str) -> None:
        self.locale = locale
        self.dutch = locale == "nl"
        written = figures.get("emotion_scale") or {}
        self.scale = EmotionScale(written.get("min", -2), written.get("max", 2), tuple(written.get("levels", ())))

    def w(self, text: str) -> str:
        return _NL_WORDS.get(text, text) if self.dutch else text

    def decimal(self, text: str) -> str:
        return text.replace(".", ",") if self.dutch else text

    def moment(self, m: dict[str, Any] | None, whose: bool = False) -> str:
        if m is None:
            return "—"
        who = f" {self.w('for')} {m['persona']}" if whose and m["persona"] else ""
        if self.scale.default:
            return f"{m['number']}. {m['name']} ({m['score']:+d}{who})".replace("(+0", "(0")
        return f"{m['number']}. {m['name']} ({self.scale.text(m['score'])}{who})"

    def count(self, amount: int, noun: str) -> str:
        if self.dutch:
            one, many = _NL_NOUNS[noun]
            return f"{whole_number(amount, self.locale)} {one if amount == 1 else many}"
        plural = "opportunities" if noun == "opportunity" else f"{noun}s"
        return f"{whole_number(amount, self.locale)} {noun if amount == 1 else plural}"

    def share(self, fraction: float) -> str:
        return percent(fraction, self.locale)


def format_stats(figures: dict[str, Any], fmt: str = "text", locale: str = "en") -> str:
    """``journey_stats`` as JSON or as an aligned text report, in the journey's ``locale`` (en or nl)."""
    if fmt == "json":
        return json.dumps(figures, indent=2, ensure_ascii=False) + "\n"
    words = _Wording(figures, locale)
    out = [
        f"{figures['title'] or words.w('Journey')}: {words.count(figures['steps'], 'step')} {words.w('in')} "
        f"{words.count(len(figures['phases']), 'phase')}",
        "",
    ]
    for section in (
        _phases_text,
        _departments_text,
        _touchpoints_text,
        _funnel_text,
        _data_text,
        _blueprint_text,
        _scores_text,
        _gaps_text,
    ):
        out += section(figures, words)
    out += research_text(figures.get("research"), locale)
    return "\n".join(out) + "\n"


def _phases_text(figures: dict[str, Any], words: _Wording) -> list[str]:
    """Each phase with its counts, low and high point and measured KPIs; then each persona's extremes."""
    w, count, moment = words.w, words.count, words.moment
    out = [w("Phases")]
    for p in figures["phases"]:
        duration = f", {p['duration']}" if p["duration"] else ""
        out.append(
            f"  {p['name']}: {count(p['steps'], 'step')}{duration}; {count(p['pain_points'], 'pain point')}, "
            f"{count(p['opportunities'], 'opportunity')}, "
            f"{count(p['drop_offs'], 'drop-off')}"
        )
        several = len(figures["personas"]) > 1
        out.append(f"    {w('lowest')} {moment(p['lowest'], several)}; {w('highest')} {moment(p['highest'], several)}")
        measured = [k for k in p.get("kpis", ()) if k["value"]]  # the KPIs with a result, and whose it is
        if measured:
            out.append("    KPI: " + "; ".join(
                f"{k['name']} {k['value']}" + (f" ({w('target')} {k['target']})" if k["target"] else "")
                + (f" [{k['source']}]" if k["source"] else "") for k in measured))  # fmt: skip
    out += ["", w("Personas")]
    for persona, pair in figures["personas"].items():
        out.append(f"  {persona}: {w('lowest')} {moment(pair['lowest'])}; {w('highest')} {moment(pair['highest'])}")
    return out


def _departments_text(figures: dict[str, Any], words: _Wording) -> list[str]:
    if not figures["departments"]:
        return []
    out = ["", words.w("Departments (steps, pain points, opportunities)")]
    out += [f"  {d['name']}: {d['steps']}, {d['pain_points']}, {d['opportunities']}" for d in figures["departments"]]
    return out


def _touchpoints_text(figures: dict[str, Any], words: _Wording) -> list[str]:
    w, share = words.w, words.share
    tps = figures["touchpoints"]
    if not tps["load"]:
        return []
    out = [
        "",
        f"{w('Touchpoints')}: online {share(tps['online_share'])}, offline {share(tps['offline_share'])}"
        + (f", {w('online or offline not given')} {share(tps['unknown_share'])}" if tps["unknown_share"] else "")
        + f"; direct {share(tps['direct_share'])}, indirect {share(tps['indirect_share'])}",
    ]
    out += [
        f"  {u['name']}{' (' + u['channel'] + ')' if u['channel'] else ''}: {words.count(u['steps'], 'step')}"
        for u in tps["load"]
    ]
    return out


def _funnel_text(figures: dict[str, Any], words: _Wording) -> list[str]:
    w, share = words.w, words.share
    if not figures["funnel"]:
        return []
    out = ["", w("Funnel")]
    for row in figures["funnel"]:
        # Measured (from the counts) and declared (a drop-off rate in the file) stay apart.
        lost = []
        if row.get("measured_rate") is not None:
            lost.append(f"{w('measured')} {share(row['measured_rate'])} {w('lost after')}")
        if row.get("declared_rate") is not None:
            lost.append(f"{w('declared')} {share(row['declared_rate'])}")
        reached = whole_number(row["reached"], words.locale)
        source = f" [{row['source']}]" if row.get("source") else ""
        details = f"; {', '.join(lost)}" if lost else ""
        out.append(f"  {row['number']}. {row['name']}: {reached} ({share(row['share'])}){source}{details}")
    if figures["biggest_drops"]:
        by = figures["biggest_drops"][0].get("by", "declared")
        out.append(
            f"  {w('biggest drops')} ({w('by measured counts' if by == 'measured' else 'by declared rates')}): "
            + "; ".join(f"{d['number']}. {d['name']} ({share(d['drop_rate'])})" for d in figures["biggest_drops"])
        )
    return out


def _data_text(figures: dict[str, Any], words: _Wording) -> list[str]:
    if not figures.get("data"):
        return []
    out = ["", words.w("Figures from data files")]
    for dataset in figures["data"]:
        as_of = dataset["as_of"]
        day = "-".join(reversed(as_of.split("-"))) if words.dutch and as_of else as_of
        when = f", {words.w('as of')} {day}" if day else ""
        out.append(f"  {dataset['label']}{when} ({dataset['path']})")
    return out


def _blueprint_text(figures: dict[str, Any], words: _Wording) -> list[str]:
    w = words.w
    blueprint = figures["blueprint"]
    out: list[str] = []
    if any(blueprint["actions"].values()):
        actions = blueprint["actions"]
        out += ["", f"{w('Blueprint')}: {actions['frontstage']} frontstage, {actions['backstage']} backstage, "
                    f"{actions['support']} {w('support actions')}"]  # fmt: skip
        out += [f"  {name}: {c['frontstage']} frontstage, {c['backstage']} backstage, {c['support']} {w('support')}"
                for name, c in blueprint["by_department"].items()]  # fmt: skip
    if blueprint["fail_points"]:
        out += ["", w("Fail points")]
        out += [f"  {f['number']}. {f['name']}: {f['reason']}" for f in blueprint["fail_points"]]
    return out


def _scores_text(figures: dict[str, Any], words: _Wording) -> list[str]:
    w, decimal = words.w, words.decimal
    out: list[str] = []
    for lane in figures.get("scores", ()):
        span = f"{decimal(score_text(lane['min']))} … {decimal(score_text(lane['max']))}"
        if lane["mean"] is None:
            out += ["", f"{lane['name']} ({span}): {w('no step has a score')}"]
            continue
        out += [
            "",
            f"{lane['name']} ({span}): {w('mean')} {decimal(score_text(lane['mean']))} {w('over')} "
            f"{words.count(lane['steps'], 'step')}",
        ]
        for key in ("lowest", "highest"):
            step = lane[key]
            out.append(f"  {w(key)} {step['number']}. {step['name']} ({decimal(score_text(step['score']))})")
        out += [f"  {p['name']}: {w('mean')} {decimal(score_text(p['mean']))}" for p in lane["phases"]]
    return out


def _gaps_text(figures: dict[str, Any], words: _Wording) -> list[str]:
    """The steps without a touchpoint and without a responsible department."""
    out: list[str] = []
    for key, title in (
        ("without_touchpoint", "Steps without a touchpoint"),
        ("without_department", "Steps without a responsible department"),
    ):
        if figures[key]:
            out += ["", f"{words.w(title)}: " + ", ".join(f"{s['number']}. {s['name']}" for s in figures[key])]
    return out
