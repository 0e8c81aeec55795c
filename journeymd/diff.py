"""What changed between two versions of a journey (as-is and to-be, or yesterday and today)."""

from __future__ import annotations

import bisect
import difflib
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
    """Ids that keep their relative order: the longest common subsequence of two lists of distinct
    ids, found as the longest increasing run of positions in ``b`` (patience sorting, n log n)."""
    place = {item: index for index, item in enumerate(b)}
    positions = [(place[item], item) for item in a if item in place]
    tails: list[int] = []  # the smallest last position of an increasing run of each length
    tail_at: list[int] = []  # which entry of ``positions`` ends that run
    before = [-1] * len(positions)  # the entry ahead of each one in its run
    for entry, (position, _) in enumerate(positions):
        length = bisect.bisect_left(tails, position)
        if length == len(tails):
            tails.append(position)
            tail_at.append(entry)
        else:
            tails[length], tail_at[length] = position, entry
        before[entry] = tail_at[length - 1] if length else -1
    kept: set[str] = set()
    entry = tail_at[-1] if tail_at else -1
    while entry >= 0:
        kept.add(positions[entry][1])
        entry = before[entry]
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
    had, has = set(old_phases), set(new_phases)
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
        phases_added=tuple(p for p in new_phases if p not in had),
        phases_removed=tuple(p for p in old_phases if p not in has),
        journey_changes=tuple(_journey_changes(old, new)),
        new_ids=tuple((new_id, old_id) for new_id, old_id in was.items() if new_id != old_id),
    )


# How many removed steps of the phase, nearest in place, a new step is compared with: all of them
# in any phase a person edits by hand, and a bounded number when every id of a long journey changed.
_RENAME_CANDIDATES = 16


def _content(step: Step) -> tuple[object, ...]:
    """What ``_step_changes`` compares, as one value: equal exactly when it finds no change."""
    return (
        frozenset(_names(step.touchpoints)),
        frozenset(_names(step.departments)),
        frozenset(step.pain_points),
        frozenset(step.opportunities),
        frozenset(step.questions),
        frozenset(step.personas),
        step.drop_off,
        tuple((k.to, k.label) for k in step.next if k.explicit),
    )


def _renamed_steps(old: Journey, new: Journey) -> dict[str, str]:
    """Steps whose id is new because their name changed: an added and a removed step in the same
    phase with much the same name, or with the same content under another name (new id -> old id).
    The most similar name wins, then the nearest place."""
    old_ids, new_ids = {s.id for s in old.steps}, {s.id for s in new.steps}
    gone: dict[str, list[Step]] = {}  # by phase, in journey order; a step is removed once matched
    for step in old.steps:
        if step.id not in new_ids:
            gone.setdefault(step.phase, []).append(step)
    contents: dict[str, tuple[object, ...]] = {}
    found: dict[str, str] = {}
    matcher = difflib.SequenceMatcher(None)
    for step in new.steps:
        candidates = gone.get(step.phase)
        if step.id in old_ids or not candidates:
            continue
        name = step.name.casefold()
        matcher.set_seq2(name)  # the matcher indexes its second text once for all candidates
        content = _content(step)
        best: tuple[float, int] | None = None  # similarity and place in ``candidates``
        for at in _nearest(candidates, step.index, _RENAME_CANDIDATES):
            if best is not None and best[0] == 1.0:
                break  # the same name: nothing further away can beat it
            other = candidates[at]
            matcher.set_seq1(other.name.casefold())
            if other.id not in contents:
                contents[other.id] = _content(other)
            same = contents[other.id] == content
            floor = best[0] if best is not None else (0.0 if same else 0.6)
            # Candidates come nearest first, so one only as similar as the best so far loses.
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            ratio = matcher.ratio()
            if (ratio >= 0.6 or same) and (best is None or ratio > best[0]):
                best = ratio, at
        if best is not None:
            found[step.id] = candidates.pop(best[1]).id
    return found


def _nearest(steps: list[Step], index: int, count: int) -> list[int]:
    """Places in ``steps`` (in journey order) of the ``count`` steps nearest to position ``index``,
    nearest first, the earlier of two equally near ones first."""
    right = bisect.bisect_left(steps, index, key=lambda step: step.index)
    left = right - 1
    found: list[int] = []
    while len(found) < count and (left >= 0 or right < len(steps)):
        if right >= len(steps) or (left >= 0 and index - steps[left].index <= steps[right].index - index):
            found.append(left)
            left -= 1
        else:
            found.append(right)
            right += 1
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
