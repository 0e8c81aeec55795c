"""Text exports of a journey: Markdown that GitHub renders as is, and a Mermaid `journey` diagram."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .i18n import label, percent
from .i18n import number as count
from .model import CustomLane, Department, EmotionScale, Journey, Link, Step, score_text
from .research import markdown_lines, markdown_sources

__all__ = ["mermaid_score", "to_markdown", "to_mermaid"]

# What makes markup inside a line: emphasis, code, links and images (all need a bracket), strike-
# through and table cells. A hyphen or a parenthesis in the middle of a line is plain text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # '&amp;' would be read as '&': only what reads as an entity


def md(text: str) -> str:
    """Escape text for Markdown inline use: no markup, no raw HTML, no table breaks."""
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\n", "<br>")


def _paragraph(text: str) -> str:
    """Text as a paragraph of its own: also no list ('1. ', '- '), heading or code block at its start."""
    return re.sub(
        r"^(?:([0-9]+)([.)])|([-+#]))", lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", md(text.strip())
    )


def _strong(text: str) -> str:
    # '** name**' is no emphasis in Markdown: the stars must touch the text.
    return f"**{md(text.strip())}**" if text.strip() else " "


def _cell(items: Iterable[str]) -> str:
    return "<br>".join(md(item) for item in items) or " "


def _own_lane_cell(lane: CustomLane, value: str | float | tuple[str, ...] | None) -> str:
    """A step's content in one of the file's own lanes, as a table cell."""
    if value is None or value == "" or value == ():
        return " "
    if isinstance(value, tuple):
        return _cell(value)
    if isinstance(value, (int, float)):
        return f"{score_text(value)} / {score_text(lane.max)}"
    return f"“{md(value)}”" if lane.kind == "quote" else md(value)


def _emotion(journey: Journey, step: Step) -> str:
    several = len(journey.personas) > 1
    names = {p.id: p.name for p in journey.personas}
    scale = journey.scale
    parts = [
        (f"{md(names.get(who, who))}: " if several and who else "")
        + ((f"{score:+d}" if score else "0") if scale.default else md(scale.text(score)))
        for who, score in step.emotion.items()
    ]
    return "<br>".join(parts) or " "


def _step_cell(step: Step, journey: Journey) -> str:
    """The step's name, with what the customer does, thinks, feels and asks, how long it takes and,
    when only some personas take it, whose step it is."""
    loc = journey.locale
    lines = [_strong(step.name)]
    if step.does:
        lines.append(md(step.does))
    for key, text in (("thinks", step.thinks), ("feels", step.feels), ("questions", "; ".join(step.questions)),
                      ("duration", step.duration)):  # fmt: skip
        if text:
            lines.append(f"*{md(label(loc, key))}:* {md(text)}")
    if step.personas:
        names = journey.persona_names()
        lines.append(f"*{md(label(loc, 'only'))}:* " + ", ".join(md(names.get(p, p)) for p in step.personas))
    if step.image is not None:  # the path as written, relative to the journey beside which the export is written
        from urllib.parse import quote

        lines.append(f"![{md(step.image.alt)}]({quote(step.image.src, safe='/')})")
    if step.reached is not None:
        lines.append(f"{count(step.reached, loc)} {md(label(loc, 'reached'))}")
    if step.drop_off is not None:
        rate = f" {percent(step.drop_off.rate, loc)}" if step.drop_off.rate is not None else ""
        reason = f": {md(step.drop_off.reason)}" if step.drop_off.reason else ""
        lines.append(f"▼ *{md(label(loc, 'drop_off'))}{rate}*{reason}")
    lines += markdown_lines(step, loc, md)
    return "<br>".join(lines)


def _turns(journey: Journey) -> dict[str, tuple[Link, ...]]:
    """The links of each step that does not simply go on to the following one: branches, loops,
    returns, jumps, and an early end (no links)."""
    steps = journey.steps
    turns = {}
    for i, step in enumerate(steps):
        following = [(steps[i + 1].id, "")] if i + 1 < len(steps) else []
        if [(link.to, link.label) for link in step.next] != following:
            turns[step.id] = step.next
    return turns


def _next_cell(links: tuple[Link, ...] | None, journey: Journey) -> str:
    if links is None:
        return " "  # on to the following step
    if not links:
        return f"→ *{md(label(journey.locale, 'end'))}*"
    steps = {step.id: step for step in journey.steps}
    return "<br>".join(
        f"→ {steps[link.to].index + 1}. {md(steps[link.to].name.strip())}"
        + (f" ({md(link.label)})" if link.label else "")
        for link in links
    )


def _not_shown(journey: Journey) -> list[str]:
    """What this journey holds that the Markdown tables leave out."""
    steps = journey.steps
    touchpoints = [*journey.touchpoints, *(t for s in steps for t in s.touchpoints)]
    lost = []
    if any(s.description for s in steps):
        lost.append("step descriptions")
    if any(t.channel or t.online is not None or t.kind != "direct" for t in touchpoints):
        lost.append("touchpoint channels, online or offline, and kind")
    blueprint = ("evidence", "frontstage", "backstage", "support", "fail_point", "time_standard")
    if any(getattr(s, key) for s in steps for key in blueprint) or any(d.layer for d in journey.departments):
        lost.append("the service blueprint (evidence, frontstage, backstage and support actions, fail points, "
                    "time standards)")  # fmt: skip
    return lost


def to_markdown(journey: Journey) -> str:
    """The journey as readable Markdown: a table of steps per phase.

    A "Next" column shows branches, loops and returns when the journey has any; what the tables
    cannot show is listed in a comment at the top.
    """
    loc = journey.locale
    out = []
    lost = _not_shown(journey)
    if lost:  # a comment: GitHub shows nothing of it; it holds no user text, so nothing can end it early
        out += [f"<!-- Exported by journeymd. Not shown in Markdown: {'; '.join(lost)}. -->", ""]
    out += [f"# {md(journey.title.strip() or label(loc, 'map'))}", ""]
    if journey.description:
        out += [_paragraph(journey.description), ""]
    for persona in journey.personas:
        line = f"**{md(label(loc, 'persona'))}: {md(persona.name.strip())}**"
        if persona.description:
            line += f" — {md(persona.description)}"
        out += [line, ""]
        if persona.quote:
            out += [f"> {_paragraph(persona.quote)}", ""]
        for key, items in (("goals", persona.goals), ("frustrations", persona.frustrations)):
            if items:
                out += [f"- *{md(label(loc, key))}:* " + "; ".join(md(i) for i in items)]
        if persona.goals or persona.frustrations:
            out.append("")
    turns = _turns(journey)
    headers = ["#", label(loc, "step"), label(loc, "emotion"), label(loc, "touchpoints"), label(loc, "departments"),
               label(loc, "pain_points"), label(loc, "opportunities")]  # fmt: skip
    own_lanes = [lane for lane in journey.custom_lanes if journey.lanes is None or lane.id in journey.lanes]
    headers += [md(lane.name) for lane in own_lanes]
    if turns:  # only then: in a journey that runs straight on, the column would be empty
        headers.append(label(loc, "next"))
    for number, phase in enumerate(journey.phases, 1):
        out += [f"## {number}. {md(phase.name.strip())}", ""]
        if phase.description:
            out += [_paragraph(phase.description), ""]
        facts = [f"**{md(label(loc, key))}:** " + ", ".join(map(md, texts)) for key, texts in phase.facts(loc)]
        if facts:
            out += ["  \n".join(facts), ""]
        if not phase.steps:
            continue
        out += ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        for step in phase.steps:
            cells = [
                str(step.index + 1),
                _step_cell(step, journey),
                _emotion(journey, step),
                _cell(t.name for t in step.touchpoints),
                _cell(d.name for d in step.departments),
                _cell(step.pain_points),
                _cell(step.opportunities),
                *(_own_lane_cell(lane, step.lanes.get(lane.id)) for lane in own_lanes),
            ]
            if turns:
                cells.append(_next_cell(turns.get(step.id), journey))
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    out += markdown_sources(journey, md)
    return "\n".join(out).rstrip() + "\n"


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
    from .mermaid import score_from_mermaid  # here: the mermaid module imports this one

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
    names = journey.persona_names()
    steps = journey.steps
    by_persona = bool(journey.personas)
    # Only what this journey has and Mermaid cannot show.
    lost = [what for what, has in (
        ("lanes (thinks, feels, touchpoints, questions)",
         any(s.thinks or s.feels or s.touchpoints or s.questions for s in steps)),
        ("pain points and opportunities", any(s.pain_points or s.opportunities for s in steps)),
        ("branches and loops (next)", any(link.explicit for s in steps for link in s.next)),
        ("drop-off moments", any(s.drop_off is not None for s in steps)),
        ("departments (the actors are the personas)", by_persona and any(s.departments for s in steps)),
    ) if has]  # fmt: skip
    actors = {s.id: _mermaid_task_actors(journey, s) if by_persona else [] for s in steps}
    # A task has one score: the default persona's where it takes the step, else the first actor's.
    scorer = {s.id: persona if s.taken_by(persona) or not actors[s.id] else actors[s.id][0] for s in steps}
    scores = {s.id: s.emotion.get(scorer[s.id]) for s in steps}
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
    # Every user text goes through _mermaid_text: a newline in a persona's name would end this
    # comment and start diagram lines of its own.
    header = (
        f"%% Exported by journeymd. Not shown in Mermaid: {'; '.join(lost)}." if lost else "%% Exported by journeymd."
    )
    lines = [header, "journey"]
    title = _mermaid_text(journey.title)
    if title:  # 'title' with nothing after it is a syntax error
        lines.append(f"    title {title}")
    for key, statement in (("acc-title", "accTitle"), ("acc-descr", "accDescr")):
        # The rest of the line is the text, ':' and '#' included; only '%%' could start a directive.
        text = re.sub(r"%(?=%)", "% ", " ".join(_MERMAID_CONTROL.sub(" ", str(journey.mermaid.get(key, ""))).split()))
        if text:
            lines.append(f"    {statement}: {text}")
    loc = journey.locale
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
            score = _mermaid_written_score(step, scores[step.id], journey.scale)
            name = _mermaid_label(step.name, f"{label(loc, 'step')} {step.index + 1}")
            lines.append(f"      {name}: {score}" + (f": {actor_text}" if actor_text else ""))
    return "\n".join(lines) + "\n"
