"""The Mermaid export: a journey as a Mermaid `journey` diagram (mermaid_import.py reads one)."""

from __future__ import annotations

import re

from .i18n import label
from .model import Department, EmotionScale, Journey, Step

__all__ = ["WORD_JOINER", "mermaid_score", "to_mermaid"]


def mermaid_score(score: int | None) -> int:
    """journeymd's −2..+2 on Mermaid's 1..5; a missing score becomes the neutral 3."""
    return 3 if score is None else score + 3


# What Mermaid's journey lexer reads as something else (and, for '%%{', Mermaid as a whole):
# ':' splits a task, '#' and ';' start comments and entities, '%%' starts a comment or directive.
_MERMAID_SPECIAL = str.maketrans({":": "∶", "#": "＃", ";": "；"})
# Control characters, and the BOM that JavaScript counts as a space (Python does not).
_MERMAID_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ufeff]")
# Words Mermaid reads as a statement at the start of a line, case-insensitively, as its lexer does
# (ASCII only: '\b' in JavaScript knows only ASCII word characters). 'accTitle' and 'accDescr'
# need no more than the ':' that follows a task name; a lone '%' starts a comment.
_MERMAID_KEYWORD = re.compile(r"journey(?![a-z0-9_])|title |section |acctitle|accdescr|%", re.IGNORECASE | re.ASCII)
WORD_JOINER = "\u2060"  # invisible, and not a space to Mermaid: the line no longer starts with the keyword


def _mermaid_text(text: str) -> str:
    """Text on one line that Mermaid reads as plain text wherever it stands; may be empty."""
    text = " ".join(_MERMAID_CONTROL.sub(" ", text).split())
    return re.sub(r"%(?=%)", "% ", text.translate(_MERMAID_SPECIAL))


def _mermaid_label(text: str, fallback: str) -> str:
    """Text that starts a line (a task name): also never a keyword, and never empty."""
    text = _mermaid_text(text) or fallback
    return WORD_JOINER + text if _MERMAID_KEYWORD.match(text) else text


def _mermaid_actor(department: Department, locale: str) -> str:
    """A department as an actor; actors are separated by commas, so a comma in a name is a look-alike."""
    name = _mermaid_text(department.name) or _mermaid_text(department.id) or label(locale, "department")
    return name.replace(",", "‚")  # U+201A SINGLE LOW-9 QUOTATION MARK


def _mermaid_person(name: str) -> str:
    """An actor's name; actors are separated by commas, so a comma in a name is a look-alike."""
    return _mermaid_text(name).replace(",", "‚")  # U+201A SINGLE LOW-9 QUOTATION MARK


def _mermaid_task_actors(journey: Journey, step: Step) -> list[str]:
    """The step's personas as the task's actors: those it names, else those with a score on it (an
    imported task keeps its actors' order), else every persona who takes it; none for a task
    imported without actors."""
    if step.personas:
        return list(step.personas)
    if step.mermaid.get("actors") == []:
        return []
    known = {p.id for p in journey.personas}
    return [p for p in step.emotion if p in known] or [p.id for p in journey.personas]


def _mermaid_written_score(step: Step, score: int | None, scale: EmotionScale) -> str:
    """The score to write: as an imported diagram wrote it (0, 7, NaN), while it still means the
    step's emotion; else the journey's scale on Mermaid's 1..5."""
    from .mermaid_import import score_from_mermaid  # here: mermaid_import imports this module

    if not scale.default:
        return str(3 if score is None else scale.mermaid(score))
    written = step.mermaid.get("score")
    if isinstance(written, str) and score_from_mermaid(written) == score:
        return _mermaid_text(written) or str(mermaid_score(score))
    return str(mermaid_score(score))


def to_mermaid(journey: Journey) -> str:
    """A Mermaid `journey` diagram: sections are phases, tasks are steps, actors are the personas
    (the departments in a journey without personas).

    What Mermaid cannot show is listed in a comment at the top.
    """
    persona = journey.persona or journey.persona_ids()[0]
    steps = journey.steps
    by_persona = bool(journey.personas)
    actors = {s.id: _mermaid_task_actors(journey, s) if by_persona else [] for s in steps}
    # A task has one score: the default persona's where it takes the step, else the first actor's.
    scorer = {s.id: persona if s.taken_by(persona) or not actors[s.id] else actors[s.id][0] for s in steps}
    scores = {s.id: s.emotion.get(scorer[s.id]) for s in steps}
    lost = _not_shown(journey, persona, actors, scores)
    # Every user text goes through _mermaid_text: a newline in a persona's name would end this
    # comment and start diagram lines of its own.
    header = (
        f"%% Exported by journeymd. Not shown in Mermaid: {'; '.join(lost)}." if lost else "%% Exported by journeymd."
    )
    lines = [header, "journey", *_heading(journey)]
    loc = journey.locale
    names = journey.persona_names()
    person = {p: _mermaid_person(name) or _mermaid_person(p) or label(loc, "persona") for p, name in names.items()}
    for number, phase in enumerate(journey.phases, 1):
        if not phase.steps:
            continue
        section = _mermaid_text(phase.name) or f"{label(loc, 'phase')} {number}"  # 'section' alone is an error
        lines.append(f"    section {section}")
        for step in phase.steps:
            if by_persona:
                actor_text = ", ".join(person[p] for p in actors[step.id] if p in person)
            else:
                # A step nobody owns has no actors, rather than a stand-in that would read as one
                # more department.
                actor_text = ", ".join(_mermaid_actor(d, loc) for d in step.departments)
            lines.append(_task(journey, step, scores[step.id], actor_text))
    return "\n".join(lines) + "\n"


def _task(journey: Journey, step: Step, score: int | None, actor_text: str) -> str:
    """The task line of a step: its name, its score and its actors (if any)."""
    written = _mermaid_written_score(step, score, journey.scale)
    name = _mermaid_label(step.name, f"{label(journey.locale, 'step')} {step.index + 1}")
    return f"      {name}: {written}" + (f": {actor_text}" if actor_text else "")


def _not_shown(
    journey: Journey, persona: str, actors: dict[str, list[str]], scores: dict[str, int | None]
) -> list[str]:
    """What this journey has and Mermaid cannot show, for the comment at the top."""
    steps = journey.steps
    lost = _parts_not_shown(journey)
    names = journey.persona_names()
    differ = [s for s in steps if any(s.emotion.get(a, scores[s.id]) != scores[s.id] for a in actors[s.id])]
    if differ:
        lost.append(f"other personas' scores where they differ on {len(differ)} step(s) (the score is "
                    f"{_mermaid_text(names.get(persona, persona))}'s)")  # fmt: skip
    unscored = [s for s in steps if scores[s.id] is None and not isinstance(s.mermaid.get("score"), str)]
    if unscored:
        lost.append(f"{len(unscored)} step(s) without an emotion, drawn as 3 (neutral)")
    scale = journey.scale
    if scale.max - scale.min != 4 and any(s.emotion for s in steps):
        lost.append(f"the emotion scale {scale.min}…{scale.max}, put on Mermaid's 1…5 (scores rounded)")
    texts = [journey.title, *(p.name for p in journey.phases), *(s.name for s in steps),
             *(d.name for s in steps for d in s.departments), *names.values()]  # fmt: skip
    if any(c in text for text in texts for c in ":;#,"):
        lost.append("':', ';', '#' and ',' in names, which Mermaid reads as syntax: written as look-alikes")
    return lost


def _parts_not_shown(journey: Journey) -> list[str]:
    """The parts of a map that a Mermaid journey has no place for, those this journey has."""
    steps = journey.steps
    by_persona = bool(journey.personas)
    return [what for what, has in (
        ("lanes (thinks, feels, touchpoints, questions)",
         any(s.thinks or s.feels or s.touchpoints or s.questions for s in steps)),
        ("pain points and opportunities", any(s.pain_points or s.opportunities for s in steps)),
        ("branches and loops (next)", any(link.explicit for s in steps for link in s.next)),
        ("drop-off moments", any(s.drop_off is not None for s in steps)),
        ("departments (the actors are the personas)", by_persona and any(s.departments for s in steps)),
    ) if has]  # fmt: skip


def _heading(journey: Journey) -> list[str]:
    """The diagram's title and accessible title and description, those the journey has."""
    lines = []
    title = _mermaid_text(journey.title)
    if title:  # 'title' with nothing after it is a syntax error
        lines.append(f"    title {title}")
    for key, statement in (("acc-title", "accTitle"), ("acc-descr", "accDescr")):
        # The rest of the line is the text, ':' and '#' included; only '%%' could start a directive.
        text = re.sub(r"%(?=%)", "% ", " ".join(_MERMAID_CONTROL.sub(" ", str(journey.mermaid.get(key, ""))).split()))
        if text:
            lines.append(f"    {statement}: {text}")
    return lines
