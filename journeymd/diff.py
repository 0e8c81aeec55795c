"""What changed between two versions of a journey (as-is and to-be, or yesterday and today)."""

from __future__ import annotations

import json
from dataclasses import asdict, field

from ._record import Record, dataclass
from .model import Journey, Step

__all__ = ["JourneyDiff", "diff", "format_diff"]


@dataclass(frozen=True, eq=False, repr=False)
class StepChange(Record):
    """A step present in both versions whose content changed."""

    id: str
    name: str
    changes: tuple[str, ...]


@dataclass(frozen=True, eq=False, repr=False)
class EmotionChange(Record):
    """A persona's emotion at a step, before and after."""

    id: str
    name: str
    persona: str
    old: int | None
    new: int | None


@dataclass(frozen=True, eq=False, repr=False)
class JourneyDiff(Record):
    """What changed between two versions of a journey, by step id."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str, str], ...] = ()  # id, old name, new name
    moved: tuple[str, ...] = ()
    emotions: tuple[EmotionChange, ...] = ()
    changed: tuple[StepChange, ...] = field(default=())
    phases_added: tuple[str, ...] = ()
    phases_removed: tuple[str, ...] = ()
    # Beyond the steps: the title, the personas, and each phase's goal, duration and KPIs.
    journey_changes: tuple[str, ...] = ()
    new_ids: tuple[tuple[str, str], ...] = ()  # (new id, old id) of steps whose id changed with their name

    @property
    def identical(self) -> bool:
        return not any(getattr(self, f) for f in self.__dataclass_fields__)

    def changed_ids(self) -> set[str]:
        ids = {*self.added, *self.moved, *(r[0] for r in self.renamed), *(e.id for e in self.emotions)}
        return ids | {c.id for c in self.changed}


def _lcs(a: list[str], b: list[str]) -> set[str]:
    """Ids that keep their relative order (longest common subsequence)."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    kept, i, j = set(), 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            kept.add(a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return kept


def _names(items: tuple[object, ...]) -> set[str]:
    return {str(getattr(item, "name", item)) for item in items}


def _step_changes(old: Step, new: Step) -> list[str]:
    changes = []
    for key, noun in (("touchpoints", "touchpoint"), ("departments", "department")):
        before, after = _names(getattr(old, key)), _names(getattr(new, key))
        changes += [f"+{noun} {n}" for n in sorted(after - before)] + [f"-{noun} {n}" for n in sorted(before - after)]
    for key in ("pain_points", "opportunities", "questions"):
        before, after = set(getattr(old, key)), set(getattr(new, key))
        noun = key.replace("_", " ").rstrip("s")
        changes += [f"+{noun} {n}" for n in sorted(after - before)] + [f"-{noun} {n}" for n in sorted(before - after)]
    if set(old.personas) != set(new.personas):  # () is every persona; the order says nothing
        changes.append(f"personas {', '.join(old.personas) or 'all'} → {', '.join(new.personas) or 'all'}")
    if (old.drop_off is None) != (new.drop_off is None) or old.drop_off != new.drop_off:
        changes.append("drop-off changed")
    # Implied links follow document order, which insertions change; only written `next` counts.
    if [(k.to, k.label) for k in old.next if k.explicit] != [(k.to, k.label) for k in new.next if k.explicit]:
        changes.append("next changed")
    return changes


def diff(old: Journey, new: Journey) -> JourneyDiff:
    """Steps matched by id, or, for a step whose id came from a name that changed, by its place and
    content: added, removed, renamed, moved, emotion and content changes."""
    old_steps = {s.id: s for s in old.steps}
    new_steps = {s.id: s for s in new.steps}
    was = {i: i for i in new_steps if i in old_steps} | _renamed_steps(old, new)  # new id -> old id
    matched = [s.id for s in new.steps if s.id in was]
    in_order = _lcs([i for i in (was.get(s.id) for s in new.steps) if i], [was[i] for i in matched])
    moved = [i for i in matched if was[i] not in in_order or old_steps[was[i]].phase != new_steps[i].phase]
    emotions = []
    changed = []
    for step_id in matched:
        before, after = old_steps[was[step_id]], new_steps[step_id]
        for persona in sorted({*before.emotion, *after.emotion}):
            if before.emotion.get(persona) != after.emotion.get(persona):
                emotions.append(
                    EmotionChange(step_id, after.name, persona, before.emotion.get(persona), after.emotion.get(persona))
                )
        details = _step_changes(before, after)
        if details:
            changed.append(StepChange(step_id, after.name, tuple(details)))
    kept = set(was.values())
    old_phases, new_phases = [p.id for p in old.phases], [p.id for p in new.phases]
    return JourneyDiff(
        added=tuple(s.id for s in new.steps if s.id not in was),
        removed=tuple(s.id for s in old.steps if s.id not in kept),
        renamed=tuple(
            (i, old_steps[was[i]].name, new_steps[i].name)
            for i in matched
            if old_steps[was[i]].name != new_steps[i].name
        ),
        moved=tuple(moved),
        emotions=tuple(emotions),
        changed=tuple(changed),
        phases_added=tuple(p for p in new_phases if p not in old_phases),
        phases_removed=tuple(p for p in old_phases if p not in new_phases),
        journey_changes=tuple(_journey_changes(old, new)),
        new_ids=tuple((new_id, old_id) for new_id, old_id in was.items() if new_id != old_id),
    )


def _renamed_steps(old: Journey, new: Journey) -> dict[str, str]:
    """Steps whose id is new because their name changed: an added and a removed step in the same
    phase with much the same name, or with the same content under another name (new id -> old id)."""
    import difflib

    gone = [s for s in old.steps if s.id not in {t.id for t in new.steps}]
    found: dict[str, str] = {}
    for step in (s for s in new.steps if s.id not in {t.id for t in old.steps}):
        candidates = [g for g in gone if g.phase == step.phase and g.id not in found.values()]
        scored = [
            (
                difflib.SequenceMatcher(None, g.name.casefold(), step.name.casefold()).ratio(),
                -abs(g.index - step.index),
                g,
            )
            for g in candidates
        ]
        similar = [c for c in scored if c[0] >= 0.6 or not _step_changes(c[2], step)]
        if similar:
            found[step.id] = max(similar, key=lambda c: (c[0], c[1]))[2].id
    return found


def _journey_changes(old: Journey, new: Journey) -> list[str]:
    changes = [f"title '{old.title}' → '{new.title}'"] if old.title != new.title else []
    before, after = {p.id: p for p in old.personas}, {p.id: p for p in new.personas}
    changes += [f"+ persona {i}: {after[i].name}" for i in after if i not in before]
    changes += [f"- persona {i}: {before[i].name}" for i in before if i not in after]
    changes += [
        f"~ persona {i}: renamed '{before[i].name}' → '{after[i].name}'"
        for i in after
        if i in before and before[i].name != after[i].name
    ]
    old_phases = {p.id: p for p in old.phases}
    for phase in new.phases:
        if phase.id not in old_phases:
            continue
        facts_then, facts_now = dict(old_phases[phase.id].facts("en")), dict(phase.facts("en"))
        for key, noun in (("goal", "goal"), ("duration", "duration"), ("kpis", "KPIs")):
            then, now = "; ".join(facts_then.get(key, ())), "; ".join(facts_now.get(key, ()))
            if then != now:
                changes.append(f"~ phase {phase.id}: {noun} '{then}' → '{now}'")
    return changes


def format_diff(result: JourneyDiff, old: Journey, new: Journey, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps({"identical": result.identical, **asdict(result)}, indent=2, ensure_ascii=False) + "\n"
    if result.identical:
        return "no differences\n"
    names = {s.id: s.name for s in old.steps} | {s.id: s.name for s in new.steps}

    def score(value: int | None) -> str:
        return "—" if value is None else f"{value:+d}".replace("+0", "0")

    lines = list(result.journey_changes)
    lines += [f"+ phase {p}" for p in result.phases_added] + [f"- phase {p}" for p in result.phases_removed]
    lines += [f"+ step {i}: {names[i]}" for i in result.added]
    lines += [f"- step {i}: {names[i]}" for i in result.removed]
    lines += [f"~ step {i}: renamed '{before}' → '{after}'" for i, before, after in result.renamed]
    lines += [f"~ step {i}: moved" for i in result.moved]
    for e in result.emotions:
        who = f" ({e.persona})" if e.persona else ""
        lines.append(f"~ step {e.id}: emotion{who} {score(e.old)} → {score(e.new)}")
    for c in result.changed:
        lines += [f"~ step {c.id}: {detail}" for detail in c.changes]
    return "\n".join(lines) + "\n"
