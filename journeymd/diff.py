"""What changed between two versions of a journey (as-is and to-be, or yesterday and today).

Every field of the format is compared by meaning: steps, phases, personas and catalogue entries are
matched by id, or, when an id changed with a name, by name and place; references to a renamed id are
read through the rename, so that renaming a persona does not show as a change at every step."""

from __future__ import annotations

import bisect
import difflib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, field
from typing import Any
from urllib.parse import quote

from ._record import Record, dataclass
from .i18n import number
from .model import Journey, Step
from .research import source_diff_entries, step_diff_facets

__all__ = ["FieldChange", "ItemChange", "JourneyDiff", "diff", "format_diff"]


@dataclass(frozen=True, eq=False, repr=False)
class FieldChange(Record):
    """One field, old → new. For a list whose order says nothing (pain points, touchpoints, …)
    ``old`` holds the entries removed and ``new`` the entries added."""

    field: str  # the format's name for it: "thinks", "drop_off.rate", "touchpoints.return-label.channel"
    old: Any
    new: Any


@dataclass(frozen=True, eq=False, repr=False)
class StepChange(Record):
    """A step present in both versions whose content changed."""

    id: str
    name: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, eq=False, repr=False)
class ItemChange(Record):
    """A change to the journey itself or to one of its personas, catalogue entries or phases.
    ``field`` is "" for an entry added (``old`` None) or removed (``new`` None), holding its name."""

    kind: str  # journey, persona, touchpoint, department or phase
    id: str
    field: str
    old: Any
    new: Any


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
    # Beyond the steps: the title, description, locale and lanes, the personas, the catalogues, the phases.
    journey_changes: tuple[ItemChange, ...] = ()
    new_ids: tuple[tuple[str, str], ...] = ()  # (new id, old id) of steps whose id changed

    @property
    def identical(self) -> bool:
        return not any(getattr(self, f) for f in self.__dataclass_fields__)

    def changed_ids(self) -> set[str]:
        ids = {*self.added, *self.moved, *(r[0] for r in self.renamed), *(e.id for e in self.emotions)}
        return ids | {c.id for c in self.changed} | {new for new, _ in self.new_ids}


# Old id -> new id, by kind (persona, touchpoint, department, phase, step); an id not in it is the same.
IdMap = Mapping[str, Mapping[str, str]]


def _same(kind: str, ids: IdMap) -> Callable[[str], str]:
    names = ids.get(kind, {})
    return lambda old_id: names.get(old_id, old_id)


def _keyed(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A list whose order says nothing, as key -> what to show; compared by key."""
    return dict(items)


def _step_facets(step: Step, journey: Journey, ids: IdMap) -> dict[str, Any]:
    """Everything a step says besides its id, name, place and emotion, as comparable values, with
    the ids it refers to read as the newer version names them."""
    persona, touchpoint, department, step_id = (_same(k, ids) for k in ("persona", "touchpoint", "department", "step"))
    catalogue = {t.id for t in journey.touchpoints}
    facets: dict[str, Any] = {
        "description": step.description,
        "does": step.does,
        "thinks": step.thinks,
        "feels": step.feels,
        "questions": _keyed((q, q) for q in step.questions),
        "personas": ", ".join(sorted(persona(p) for p in step.personas)) or "all",
        "touchpoints": _keyed(
            (touchpoint(t.id) if t.id in catalogue else f"inline:{t.id}", t.name) for t in step.touchpoints
        ),
        "departments": _keyed((department(d.id), d.name) for d in step.departments),
        "pain_points": _keyed((p, p) for p in step.pain_points),
        "opportunities": _keyed((o, o) for o in step.opportunities),
        "duration": step.duration,
        "reached": step.reached,
        "drop_off": None if step.drop_off is None else "yes",
        # Implied links follow document order, which insertions change; only written `next` counts.
        "next": ", ".join(step_id(k.to) + (f" ({k.label})" if k.label else "") for k in step.next if k.explicit),
        "evidence": _keyed((e, e) for e in step.evidence),
        "fail_point": step.fail_point,
        "time_standard": step.time_standard,
        "image.src": step.image.src if step.image else None,
        "image.alt": step.image.alt if step.image else None,
        "opens": step.opens or None,
    }
    for lane, value in step.lanes.items():  # the lanes of the file's own
        facets[f"lanes.{lane}"] = ", ".join(value) if isinstance(value, tuple) else value
    if step.drop_off is not None:
        facets["drop_off.reason"] = step.drop_off.reason
        facets["drop_off.rate"] = step.drop_off.rate
    for layer in ("frontstage", "backstage", "support"):
        facets[layer] = _keyed(
            (
                f"{a.text}\0{department(a.department.id) if a.department else ''}",
                a.text + (f" ({a.department.name})" if a.department else ""),
            )
            for a in getattr(step, layer)
        )
    for t in step.touchpoints:
        if t.id not in catalogue:  # a catalogue entry's own changes show once, at the catalogue
            facets |= {f"touchpoints.{t.id}.{key}": getattr(t, key) for key in ("channel", "online", "kind", "icon")}
    facets |= step_diff_facets(step)  # motivation and research
    return facets


def _compare(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[FieldChange]:
    changes = []
    for key, now in after.items():
        if key not in before:
            continue  # part of something added, which its parent reports
        then = before[key]
        if isinstance(now, dict):
            gone, new = [then[k] for k in then if k not in now], [now[k] for k in now if k not in then]
            if gone or new:
                changes.append(FieldChange(key, gone, new))
        elif then != now:
            changes.append(FieldChange(key, then, now))
    return changes


def _content(facets: Mapping[str, Any]) -> str:
    """The facets as one value: equal exactly when ``_compare`` finds no change."""
    return json.dumps({k: sorted(v) if isinstance(v, dict) else v for k, v in facets.items()}, sort_keys=True)


def _match_by_name(old: Iterable[Any], new: Iterable[Any]) -> dict[str, str]:
    """Entries whose id changed but not their name (old id -> new id)."""
    old_by_id, new_by_id = {o.id: o for o in old}, {n.id: n for n in new}
    gone: dict[str, list[str]] = {}
    for o in old_by_id.values():
        if o.id not in new_by_id:
            gone.setdefault(o.name.casefold(), []).append(o.id)
    found: dict[str, str] = {}
    for n in new_by_id.values():
        if n.id not in old_by_id and gone.get(n.name.casefold()):
            found[gone[n.name.casefold()].pop(0)] = n.id
    return found


def diff(old: Journey, new: Journey) -> JourneyDiff:
    """Steps matched by id, or, for a step whose id came from a name that changed, by its place and
    content: added, removed, renamed, moved, emotion and content changes, and every change to the
    journey's own fields, personas, catalogues and phases."""
    ids: dict[str, dict[str, str]] = {
        "persona": _match_by_name(old.personas, new.personas),
        "touchpoint": _match_by_name(old.touchpoints, new.touchpoints),
        "department": _match_by_name(old.departments, new.departments),
        "phase": _renamed_phases(old, new),
    }
    was = _matched_steps(old, new, ids)  # new id -> old id
    ids["step"] = {old_id: new_id for new_id, old_id in was.items()}
    old_steps = {s.id: s for s in old.steps}
    new_steps = {s.id: s for s in new.steps}
    matched = [s.id for s in new.steps if s.id in was]
    emotions, changed = _step_changes(old, new, ids, was, matched)
    kept = set(was.values())
    phases_added, phases_removed = _phase_changes(old, new, ids)
    return JourneyDiff(
        added=tuple(s.id for s in new.steps if s.id not in was),
        removed=tuple(s.id for s in old.steps if s.id not in kept),
        renamed=tuple(
            (i, old_steps[was[i]].name, new_steps[i].name)
            for i in matched
            if old_steps[was[i]].name != new_steps[i].name
        ),
        moved=tuple(_moved_steps(old, new, ids, was, matched)),
        emotions=tuple(emotions),
        changed=tuple(changed),
        phases_added=phases_added,
        phases_removed=phases_removed,
        journey_changes=tuple(_journey_changes(old, new, ids)),
        new_ids=tuple((new_id, old_id) for new_id, old_id in was.items() if new_id != old_id),
    )


def _matched_steps(old: Journey, new: Journey, ids: IdMap) -> dict[str, str]:
    """The new step id of each step in both versions -> its old id: the same id, or a renamed step."""
    old_ids = {s.id for s in old.steps}
    facets_then: dict[str, dict[str, Any]] = {}

    def then(step: Step) -> dict[str, Any]:
        if step.id not in facets_then:
            facets_then[step.id] = _step_facets(step, old, ids)
        return facets_then[step.id]

    return {s.id: s.id for s in new.steps if s.id in old_ids} | _renamed_steps(old, new, ids, then)


def _moved_steps(old: Journey, new: Journey, ids: IdMap, was: dict[str, str], matched: list[str]) -> list[str]:
    """Steps that left the order the others keep, or went to another phase."""
    phase = _same("phase", ids)
    old_steps = {s.id: s for s in old.steps}
    new_steps = {s.id: s for s in new.steps}
    in_order = _lcs([i for i in (was.get(s.id) for s in new.steps) if i], [was[i] for i in matched])
    return [i for i in matched if was[i] not in in_order or phase(old_steps[was[i]].phase) != new_steps[i].phase]


def _step_changes(
    old: Journey, new: Journey, ids: IdMap, was: dict[str, str], matched: list[str]
) -> tuple[list[EmotionChange], list[StepChange]]:
    """Each matched step's emotion changes per persona, and the changes to its other facets."""
    persona = _same("persona", ids)
    old_steps = {s.id: s for s in old.steps}
    new_steps = {s.id: s for s in new.steps}
    emotions = []
    changed = []
    for step_id in matched:
        before, after = old_steps[was[step_id]], new_steps[step_id]
        scores_then = {persona(p): score for p, score in before.emotion.items()}
        for who in sorted({*scores_then, *after.emotion}):
            if scores_then.get(who) != after.emotion.get(who):
                emotions.append(EmotionChange(step_id, after.name, who, scores_then.get(who), after.emotion.get(who)))
        # Facets read ``next`` through the step renames, now that ``ids`` holds them.
        details = _compare(_step_facets(before, old, ids), _step_facets(after, new, ids))
        if details:
            changed.append(StepChange(step_id, after.name, tuple(details)))
    return emotions, changed


def _phase_changes(old: Journey, new: Journey, ids: IdMap) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Phases added and phases removed (a renamed phase is neither)."""
    phase = _same("phase", ids)
    renamed_phases = set(ids["phase"])
    old_phases, new_phases = [p.id for p in old.phases], [p.id for p in new.phases]
    had, has = {phase(p) for p in old_phases}, set(new_phases)
    added = tuple(p for p in new_phases if p not in had)
    removed = tuple(p for p in old_phases if phase(p) not in has and p not in renamed_phases)
    return added, removed


def _renamed_phases(old: Journey, new: Journey) -> dict[str, str]:
    """Phases whose id changed (with their name, or written anew): the same name, or else the new
    phase that most of the old one's steps went to (old id -> new id)."""
    found = _match_by_name(old.phases, new.phases)
    old_ids, new_ids = {p.id for p in old.phases}, {p.id for p in new.phases}
    new_phase_of = {s.id: s.phase for s in new.steps}
    went: dict[str, Counter[str]] = {}
    for step in old.steps:
        if step.phase not in new_ids and step.phase not in found and step.id in new_phase_of:
            went.setdefault(step.phase, Counter())[new_phase_of[step.id]] += 1
    taken = set(found.values())
    for old_id, places in went.items():
        target, _ = places.most_common(1)[0]
        if target not in old_ids and target not in taken:
            found[old_id] = target
            taken.add(target)
    return found


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


# How many removed steps of the phase, nearest in place, a new step is compared with: all of them
# in any phase a person edits by hand, and a bounded number when every id of a long journey changed.
_RENAME_CANDIDATES = 16


def _renamed_steps(
    old: Journey, new: Journey, ids: IdMap, facets_then: Callable[[Step], dict[str, Any]]
) -> dict[str, str]:
    """Steps whose id is new because their name changed: an added and a removed step in the same
    phase with much the same name, or with the same content under another name (new id -> old id).
    The most similar name wins, then the nearest place."""
    phase = _same("phase", ids)
    old_ids, new_ids = {s.id for s in old.steps}, {s.id for s in new.steps}
    gone: dict[str, list[Step]] = {}  # by phase, in journey order; a step is removed once matched
    for step in old.steps:
        if step.id not in new_ids:
            gone.setdefault(phase(step.phase), []).append(step)
    contents: dict[str, str] = {}
    found: dict[str, str] = {}
    matcher = difflib.SequenceMatcher(None)
    for step in new.steps:
        candidates = gone.get(step.phase)
        if step.id in old_ids or not candidates:
            continue
        name = step.name.casefold()
        matcher.set_seq2(name)  # the matcher indexes its second text once for all candidates
        content = _content(_step_facets(step, new, ids))
        best: tuple[float, int] | None = None  # similarity and place in ``candidates``
        for at in _nearest(candidates, step.index, _RENAME_CANDIDATES):
            if best is not None and best[0] == 1.0:
                break  # the same name: nothing further away can beat it
            other = candidates[at]
            matcher.set_seq1(other.name.casefold())
            if other.id not in contents:
                contents[other.id] = _content(facets_then(other))
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


def _entries(journey: Journey, ids: IdMap, then: bool) -> dict[str, dict[str, dict[str, Any]]]:
    """The journey's personas, catalogue entries and phases as facets, by kind and (newer) id."""
    persona, touchpoint, department, phase = (
        _same(k, ids if then else {}) for k in ("persona", "touchpoint", "department", "phase")
    )
    return {
        "persona": {
            persona(p.id): {
                "name": p.name,
                "description": p.description,
                "goals": _keyed((g, g) for g in p.goals),
                "frustrations": _keyed((f, f) for f in p.frustrations),
                "quote": p.quote,
                "photo.src": p.photo.src if p.photo else None,
                "photo.alt": p.photo.alt if p.photo else None,
            }
            for p in journey.personas
        },
        "touchpoint": {
            touchpoint(t.id): {"name": t.name, "channel": t.channel, "online": t.online, "kind": t.kind, "icon": t.icon}
            for t in journey.touchpoints
        },
        "lane": {
            lane.id: {
                "name": lane.name,
                "kind": lane.kind,
                "min": lane.min,
                "max": lane.max,
                "description": lane.description,
            }
            for lane in journey.custom_lanes
        },
        "department": {department(d.id): {"name": d.name, "layer": d.layer} for d in journey.departments},
        "phase": {
            phase(p.id): {
                "name": p.name,
                "description": p.description,
                "goal": p.goal,
                "duration": p.duration,
                "kpis": _keyed((k.text(), k.text()) for k in p.kpis),
                "questions": _keyed((q, q) for q in p.questions),
            }
            for p in journey.phases
        },
        "source": source_diff_entries(journey),
    }


def _scale_text(journey: Journey) -> str:
    """The emotion scale as a reviewer reads it: '1 … 5', with its levels' names or faces."""
    scale = journey.scale
    text = f"{scale.min} … {scale.max}"
    if scale.levels:
        text += " (" + ", ".join(scale.levels) + ")"
    return text + (" with faces" if scale.faces else "")


def _related_text(journey: Journey) -> str | None:
    texts = [r.journey + (f" ({r.relation})" if r.relation else "") for r in journey.related]
    return ", ".join(texts) or None


def _journey_changes(old: Journey, new: Journey, ids: IdMap) -> list[ItemChange]:
    persona = _same("persona", ids)
    top_then = {
        "title": old.title,
        "description": old.description,
        "locale": old.locale,
        "persona": persona(old.persona),
        "lanes": ", ".join(old.lanes) if old.lanes is not None else "all with data",
        "emotion_scale": _scale_text(old),
        "related": _related_text(old),
    }
    top_now = {
        "title": new.title,
        "description": new.description,
        "locale": new.locale,
        "persona": new.persona,
        "lanes": ", ".join(new.lanes) if new.lanes is not None else "all with data",
        "emotion_scale": _scale_text(new),
        "related": _related_text(new),
    }
    changes = [ItemChange("journey", "", c.field, c.old, c.new) for c in _compare(top_then, top_now)]
    entries_then, entries_now = _entries(old, ids, then=True), _entries(new, ids, then=False)
    for kind in ("persona", "touchpoint", "department", "lane", "phase", "source"):
        before, after = entries_then[kind], entries_now[kind]
        renames = {new_id: old_id for old_id, new_id in ids.get(kind, {}).items()}
        for item_id, facets in after.items():
            if item_id not in before:
                if kind != "phase":  # a phase added is in ``phases_added``
                    changes.append(ItemChange(kind, item_id, "", None, facets["name"]))
                continue
            if item_id in renames:
                changes.append(ItemChange(kind, item_id, "id", renames[item_id], item_id))
            changes += [ItemChange(kind, item_id, c.field, c.old, c.new) for c in _compare(before[item_id], facets)]
        if kind != "phase":
            changes += [ItemChange(kind, i, "", f["name"], None) for i, f in before.items() if i not in after]
    return changes


# What one entry of a list field is called in a line that adds or removes it.
_NOUNS = {
    "questions": "question",
    "touchpoints": "touchpoint",
    "departments": "department",
    "pain_points": "pain point",
    "opportunities": "opportunity",
    "evidence": "evidence",
    "frontstage": "frontstage action",
    "backstage": "backstage action",
    "support": "support action",
    "goals": "goal",
    "frustrations": "frustration",
    "kpis": "KPI",
}


# What a diff says in a Dutch journey (``locale: nl``), as its map does; field names stay the
# keys of the format, which a reader looks up in the file.
_NL = {
    "none": "geen",
    "true": "ja",
    "false": "nee",
    "renamed": "hernoemd",
    "moved": "verplaatst",
    "emotion": "emotie",
    "step": "stap",
    "phase": "fase",
    "no differences": "geen verschillen",
    "added": "toegevoegd",
    "removed": "verwijderd",
    "changed": "gewijzigd",
    "up": "omhoog",
    "down": "omlaag",
    "other": "overig",
    "Changes": "Wijzigingen",
    "Journey": "Klantreis",
    "Step": "Stap",
    "Change": "Wijziging",
    "The new map, with the old emotion curve and the changes outlined": (
        "De nieuwe kaart, met de oude emotielijn en de wijzigingen omlijnd"
    ),
}


def _w(text: str, locale: str) -> str:
    return _NL.get(text, text) if locale == "nl" else text


def _show(value: Any, locale: str = "en") -> str:
    if value is None:
        return _w("none", locale)
    if isinstance(value, bool):
        return _w("true" if value else "false", locale)
    if isinstance(value, float):
        shown = f"{value:.0%}" if round(value * 100, 6) == int(value * 100) else f"{value:.2%}"
        return shown.replace(".", ",") if locale == "nl" else shown
    if isinstance(value, int):
        return number(value, locale) if locale == "nl" else str(value)
    return f"'{value}'"


def _details(field_name: str, old: Any, new: Any, locale: str = "en") -> list[str]:
    """A field's change as the text lines that say it."""
    if isinstance(new, list):
        noun = _NOUNS.get(field_name, field_name)
        return [f"+{noun} {item}" for item in new] + [f"-{noun} {item}" for item in old]
    if field_name == "name":
        return [f"{_w('renamed', locale)} {_show(old, locale)} → {_show(new, locale)}"]
    return [f"{field_name} {_show(old, locale)} → {_show(new, locale)}"]


def _score(value: int | None) -> str:
    return "—" if value is None else f"{value:+d}".replace("+0", "0")


def _step_rows(result: JourneyDiff, old: Journey, new: Journey, locale: str = "en") -> list[tuple[str, str, str, str]]:
    """What changed at each step as (sign, step id, phase id, what), in the order the text shows."""
    then = {s.id: s for s in old.steps}
    now = {s.id: s for s in new.steps}
    rows = [("+", i, now[i].phase, now[i].name) for i in result.added]
    rows += [("-", i, then[i].phase, then[i].name) for i in result.removed]
    # An id that changed with its name says nothing the rename does not.
    rows += [
        ("~", i, now[i].phase, f"id '{was}' → '{i}'") for i, was in result.new_ids if then[was].name == now[i].name
    ]
    renamed = _w("renamed", locale)
    rows += [("~", i, now[i].phase, f"{renamed} '{before}' → '{after}'") for i, before, after in result.renamed]
    rows += [("~", i, now[i].phase, _w("moved", locale)) for i in result.moved]
    for e in result.emotions:
        who = f" ({e.persona})" if e.persona else ""
        rows.append(("~", e.id, now[e.id].phase, f"{_w('emotion', locale)}{who} {_score(e.old)} → {_score(e.new)}"))
    for c in result.changed:
        rows += [
            ("~", c.id, now[c.id].phase, line) for f in c.changes for line in _details(f.field, f.old, f.new, locale)
        ]
    return rows


def _item_lines(change: ItemChange, locale: str = "en") -> list[str]:
    if change.kind == "journey":
        return [f"{change.field} {_show(change.old, locale)} → {_show(change.new, locale)}"]
    if not change.field:
        sign, name = ("+", change.new) if change.old is None else ("-", change.old)
        return [f"{sign} {change.kind} {change.id}: {name}"]
    return [f"~ {change.kind} {change.id}: {line}" for line in _details(change.field, change.old, change.new, locale)]


def format_diff(result: JourneyDiff, old: Journey, new: Journey, fmt: str = "text", picture: str | None = None) -> str:
    """The changes as text (one line each), JSON for tools, or Markdown for a pull-request comment
    (``picture``: where the map with the changes outlined is, for Markdown to show it). Text and
    Markdown speak the new journey's ``locale``, as its map does."""
    if fmt == "json":
        return json.dumps({"identical": result.identical, **asdict(result)}, indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return format_markdown(result, old, new, picture)
    locale = new.locale
    if result.identical:
        return _w("no differences", locale) + "\n"
    lines = [line for change in result.journey_changes for line in _item_lines(change, locale)]
    phase, step = _w("phase", locale), _w("step", locale)
    lines += [f"+ {phase} {p}" for p in result.phases_added] + [f"- {phase} {p}" for p in result.phases_removed]
    for sign, step_id, _, what in _step_rows(result, old, new, locale):
        lines.append(f"{sign} {step} {step_id}: {what}")
    return "\n".join(lines) + "\n"


def summary(result: JourneyDiff, locale: str = "en") -> str:
    """One line for a reviewer: steps added, removed and changed, emotion moves, new pain points."""
    changed = {c.id for c in result.changed} | {r[0] for r in result.renamed} | set(result.moved)
    changed |= {new for new, _ in result.new_ids}
    up = sum(1 for e in result.emotions if (e.new or 0) > (e.old or 0) or (e.old is None and e.new is not None))
    down = len(result.emotions) - up
    pains = sum(len(f.new) for c in result.changed for f in c.changes if f.field == "pain_points")
    others = len(result.journey_changes) + len(result.phases_added) + len(result.phases_removed)
    if locale == "nl":
        parts = [
            f"{number(len(result.added), locale)} {'stap' if len(result.added) == 1 else 'stappen'} toegevoegd",
            f"{number(len(result.removed), locale)} verwijderd",
            f"{number(len(changed - set(result.added)), locale)} gewijzigd",
            f"emotie {number(up, locale)} omhoog, {number(down, locale)} omlaag",
            f"{number(pains, locale)} {'nieuw knelpunt' if pains == 1 else 'nieuwe knelpunten'}",
        ]
    else:
        parts = [
            f"{len(result.added)} step{'s' * (len(result.added) != 1)} added",
            f"{len(result.removed)} removed",
            f"{len(changed - set(result.added))} changed",
            f"emotion {up} up, {down} down",
            f"{pains} new pain point{'s' * (pains != 1)}",
        ]
    if others:
        parts.append(f"{number(others, locale)} {_w('other', locale)}")
    return " · ".join(parts)


# A pull-request comment has room for 65,536 characters; a long diff says how many rows it left out.
_MARKDOWN_ROWS = 200


def md_escape(text: str) -> str:
    """Untrusted text for a Markdown table cell: no HTML, no formatting, no links, no @-mentions."""
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
    for mark in "\\`*_[]|~#":
        text = text.replace(mark, "\\" + mark) if mark != "\\" else text.replace("\\", "\\\\")
    return text


def format_markdown(
    result: JourneyDiff, old: Journey, new: Journey, picture: str | None = None, heading: str = ""
) -> str:
    """A pull-request comment: a summary line, the map's picture, and a table of changes per phase,
    collapsed."""
    title = md_escape(heading or new.title or old.title or new.source)
    locale = new.locale
    if result.identical:
        return f"**{title}**: {_w('no differences', locale)}\n"
    out = [f"**{title}**: {summary(result, locale)}", ""]
    if picture:
        alt = _w("The new map, with the old emotion curve and the changes outlined", locale)
        out += [f"![{alt}]({_md_link(picture)})", ""]
    out += [f"<details><summary>{_w('Changes', locale)}</summary>", ""]
    rows_left = _MARKDOWN_ROWS
    journey_rows = [line for change in result.journey_changes for line in _item_lines(change, locale)]
    phase = _w("phase", locale)
    journey_rows += [f"+ {phase} {p}" for p in result.phases_added] + [f"- {phase} {p}" for p in result.phases_removed]
    tables: list[tuple[str | None, list[tuple[str, str]]]] = []
    if journey_rows:
        tables.append((None, [("", line) for line in journey_rows]))
    names = {p.id: p.name for p in old.phases} | {p.id: p.name for p in new.phases}
    step_names = {s.id: s.name for s in old.steps} | {s.id: s.name for s in new.steps}
    # A step's changes together, in the order of the steps: where a removed step was, where one is now.
    place = {s.id: s.index for s in old.steps} | {s.id: s.index for s in new.steps}
    by_phase: dict[str, list[tuple[str, str]]] = {}
    for sign, step_id, phase_id, what in sorted(_step_rows(result, old, new, locale), key=lambda row: place[row[1]]):
        label = {"+": _w("added", locale), "-": _w("removed", locale)}.get(sign, what)
        by_phase.setdefault(phase_id, []).append((step_names[step_id], label))
    order = [p.id for p in new.phases] + [p.id for p in old.phases]
    tables += [(names[p], by_phase[p]) for p in dict.fromkeys(order) if p in by_phase]
    left_out = 0
    for name, rows in tables:
        if rows_left <= 0:
            left_out += len(rows)
            continue
        if name is None:  # the journey's own fields, personas and catalogues
            out += [f"#### {_w('Journey', locale)}", "", f"| {_w('Change', locale)} |", "| --- |"]
            out += [f"| {md_escape(what)} |" for _, what in rows[:rows_left]]
        else:
            out += [
                f"#### {md_escape(name)}",
                "",
                f"| {_w('Step', locale)} | {_w('Change', locale)} |",
                "| --- | --- |",
            ]
            out += [f"| {md_escape(step)} | {md_escape(what)} |" for step, what in rows[:rows_left]]
        left_out += max(0, len(rows) - rows_left)
        rows_left -= len(rows)
        out.append("")
    if left_out:
        more = (
            f"… en nog {number(left_out, locale)}; `journeymd diff` toont ze allemaal."
            if locale == "nl"
            else f"… and {left_out} more; run `journeymd diff` to see them all."
        )
        out += [more, ""]
    out.append("</details>")
    return "\n".join(out) + "\n"


def _md_link(target: str) -> str:
    """A link target that cannot end the link early or run script."""
    return quote(target, safe="/:.-_~")
