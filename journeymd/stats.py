"""The map's answers: figures per phase, funnel, touchpoint inventory, who owns what. Pure functions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Department, Journey, Phase, Step, Touchpoint

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


@dataclass(frozen=True)
class Moment:
    step: Step
    persona: str
    score: int


@dataclass(frozen=True)
class PhaseSummary:
    phase: Phase
    steps: int
    lowest: Moment | None
    highest: Moment | None
    pain_points: int
    opportunities: int
    drop_offs: int


@dataclass(frozen=True)
class FunnelRow:
    step: Step
    reached: int
    share: float  # of the first reached count, 0..1
    drop_rate: float | None  # given in the file, or derived from the next counted step
    derived: bool


@dataclass(frozen=True)
class TouchpointUse:
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
    persona = journey.persona or None
    summaries = []
    for phase in journey.phases:
        lowest, highest = extremes(phase.steps, persona)
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
        rows.append(
            FunnelRow(
                step=step,
                reached=reached,
                share=reached / first if first else 0.0,
                drop_rate=given if given is not None else derived,
                derived=given is None and derived is not None,
            )
        )
    return rows


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
    matrix = [
        [tuple(s for s in phase.steps if any(d.id == dept_id for d in s.departments)) for phase in journey.phases]
        for dept_id in departments
    ]
    return list(departments.values()), matrix
