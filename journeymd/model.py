"""The journey as frozen dataclasses, each element keeping its source position."""

from __future__ import annotations

import dataclasses
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import field
from typing import TYPE_CHECKING, Any

from ._record import Record, dataclass
from .i18n import label
from .loader import Pos, YList, YMap
from .problem import shorten
from .research import emotion_research_of, note_research, note_texts, research_of, sources_of
from .slug import name_id, slugify, step_ids

if TYPE_CHECKING:
    from .images import Picture
    from .research import Research, Source

__all__ = [
    "BLUEPRINT_LANES",
    "LANES",
    "LANE_KINDS",
    "LAYERS",
    "Action",
    "CustomLane",
    "Department",
    "DropOff",
    "EmotionScale",
    "Journey",
    "Kpi",
    "Link",
    "Measured",
    "Persona",
    "Phase",
    "Related",
    "Step",
    "Touchpoint",
    "build",
    "lanes_with_data",
    "score_text",
]

LANES = (
    "steps",
    "storyboard",
    "thinks",
    "feels",
    "motivation",
    "quotes",
    "emotion",
    "questions",
    "touchpoints",
    "departments",
    "pain_points",
    "opportunities",
)
# The service blueprint's layers (Shostack; Nielsen Norman Group's lane names), top to bottom.
BLUEPRINT_LANES = ("evidence", "steps", "frontstage", "backstage", "support")
LAYERS = ("frontstage", "backstage", "support")
LANE_KINDS = ("text", "list", "score", "quote")  # what a lane of the file's own holds per step

# Channels a person would call online or offline unless the file says otherwise, in English and
# in the Dutch that teams write (winkel, telefoon, nieuwsbrief).
ONLINE_CHANNELS = frozenset(
    {"web", "website", "webshop", "email", "e-mail", "newsletter", "social", "social media", "chat", "app", "ads",
     "search", "sms", "video", "review", "reviews", "whatsapp", "online",
     "webwinkel", "nieuwsbrief", "sociale media", "zoekmachine", "advertentie", "recensie"}
)  # fmt: skip
OFFLINE_CHANNELS = frozenset(
    {"phone", "post", "letter", "store", "shop", "showroom", "print", "parcel", "event", "tv", "radio",
     "in-person", "offline", "counter",
     "telefoon", "brief", "winkel", "pakket", "drukwerk", "folder", "evenement", "beurs", "balie", "fysiek"}
)  # fmt: skip


@dataclass(frozen=True, eq=False, repr=False)
class Persona(Record):
    """A kind of customer whose journey the map follows (``personas:`` in the file)."""

    id: str
    name: str
    description: str = ""
    goals: tuple[str, ...] = ()
    frustrations: tuple[str, ...] = ()
    pos: Pos = (0, 0)
    quote: str = ""
    photo: Picture | None = None

    @property
    def initials(self) -> str:
        """'SF' for 'Sanne Fokkema, first-time buyer': what the persona card shows without a photo."""
        words = [w for w in self.name.split(",")[0].split() if w[:1].isalnum()]
        if not words:
            return "?"
        return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()

    @property
    def short_name(self) -> str:
        """'Sanne' for 'Sanne, first-time buyer': the name before its tag line, for messages and keys."""
        return shorten(self.name.split(",")[0], 30)


@dataclass(frozen=True, eq=False, repr=False)
class Touchpoint(Record):
    """Where customer and organisation meet: a channel, online or offline, direct or indirect."""

    id: str
    name: str
    channel: str = ""
    online: bool | None = None
    kind: str = "direct"
    pos: Pos = (0, 0)
    icon: str = ""  # a bundled icon's name, "none", or "" for the channel's own


@dataclass(frozen=True, eq=False, repr=False)
class Department(Record):
    """A team behind the steps; ``layer`` places its work in a service blueprint."""

    id: str
    name: str
    pos: Pos = (0, 0)
    layer: str = ""  # frontstage, backstage or support: where its work shows in a blueprint


@dataclass(frozen=True, eq=False, repr=False)
class CustomLane(Record):
    """A lane the file defines itself (``lanes: [{id, name, kind}]``), filled by steps by its id."""

    id: str
    name: str
    kind: str = "text"  # one of LANE_KINDS
    min: float = 1
    max: float = 5
    description: str = ""
    pos: Pos = (0, 0)


@dataclass(frozen=True, eq=False, repr=False)
class EmotionScale(Record):
    """The scale emotions are scored on: −2..+2 unless the file sets ``emotion_scale``; whole
    numbers from ``min`` to ``max``, optionally named (``levels``) or shown as faces."""

    min: int = -2
    max: int = 2
    levels: tuple[str, ...] = ()  # a name per value, from min up
    faces: bool = False

    @property
    def default(self) -> bool:
        return (self.min, self.max, self.levels, self.faces) == (-2, 2, (), False)

    @property
    def neutral(self) -> float:
        """The middle of the scale: above it is positive, below it negative."""
        return (self.min + self.max) / 2

    def relative(self, score: float) -> float:
        """``score`` on the −2..+2 the map is drawn in: 1..5's 4 is +1, 1..7's 7 is +2."""
        return (score - self.neutral) * 4 / (self.max - self.min)

    def values(self) -> range:
        return range(self.min, self.max + 1)

    def text(self, score: int) -> str:
        """A score as the map writes it: a signed number on a scale around 0 (+1, 0, −1), a plain
        one on a scale of counts (4), the level's name on a named scale."""
        if self.levels and 0 <= score - self.min < len(self.levels):
            return self.levels[score - self.min]
        if self.min < 0:
            return f"{score:+d}".replace("-", "−") if score else "0"
        return str(score)

    def mermaid(self, score: int) -> int:
        """``score`` on Mermaid's 1..5 (journeymd's default −2..+2 is simply shifted)."""
        return round(1 + 4 * (score - self.min) / (self.max - self.min))


def lanes_with_data(steps: Sequence[Step]) -> set[str]:
    """The standard lanes (LANES) that ``steps`` give something to show."""
    filled = {
        "steps": True,
        "storyboard": any(s.image for s in steps),
        "thinks": any(s.thinks for s in steps),
        "feels": any(s.feels for s in steps),
        "motivation": any(s.motivation for s in steps),
        "quotes": any(s.quote for s in steps),
        "emotion": any(s.emotion for s in steps),
        "questions": any(s.questions for s in steps),
        "touchpoints": any(s.touchpoints for s in steps),
        "departments": any(s.departments for s in steps),
        "pain_points": any(s.pain_points for s in steps),
        "opportunities": any(s.opportunities for s in steps),
    }
    return {lane for lane, has in filled.items() if has}


def score_text(value: float) -> str:
    """A score as the map and the exports write it: 5, 2.5, −1 (with a real minus sign)."""
    return f"{value:g}".replace("-", "−")


@dataclass(frozen=True, eq=False, repr=False)
class Action(Record):
    """Something the organisation does for a step, in one blueprint layer."""

    text: str
    department: Department | None = None


@dataclass(frozen=True, eq=False, repr=False)
class Kpi(Record):
    """A phase's key performance indicator, with an optional target and measured value."""

    name: str
    target: str = ""
    value: str = ""

    @property
    def id(self) -> str:
        """'click-through-rate' for 'Click-through rate': how a data file's column names the KPI."""
        return name_id(self.name, "kpi")

    def text(self, locale: str = "en") -> str:
        """'Conversion rate: 2.1% (target 3%)': the measured value first, the target named as one."""
        target = f"{label(locale, 'target')} {self.target}" if self.target else ""
        if self.value:
            return f"{self.name}: {self.value}" + (f" ({target})" if target else "")
        return f"{self.name}: {target}" if target else self.name

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True, eq=False, repr=False)
class Measured(Record):
    """Where a figure merged from a data file came from: the file's label and the date it is as of."""

    label: str
    as_of: str = ""  # YYYY-MM-DD, or "" when the file does not say
    path: str = ""

    def text(self, locale: str = "en") -> str:
        """'GA4 export, as of 2026-11-30' ('GA4 export, stand 30-11-2026' in Dutch)."""
        if not self.as_of:
            return self.label
        from .i18n import label

        day = "-".join(reversed(self.as_of.split("-"))) if locale == "nl" else self.as_of
        return f"{self.label}, {label(locale, 'as_of')} {day}"


@dataclass(frozen=True, eq=False, repr=False)
class DropOff(Record):
    """A moment where customers leave the journey: why, and what share of them (0..1)."""

    reason: str = ""
    rate: float | None = None  # fraction 0..1


@dataclass(frozen=True, eq=False, repr=False)
class Link(Record):
    """Where a step leads: the step id, and a label for branches, loops and returns."""

    to: str
    label: str = ""
    explicit: bool = True  # False for the implied "go to the following step"


@dataclass(frozen=True, eq=False, repr=False)
class Step(Record):
    """One thing the customer does, with what they think and feel and who serves them."""

    id: str
    name: str
    phase: str
    index: int  # 0-based position in the whole journey
    description: str = ""
    does: str = ""
    thinks: str = ""
    feels: str = ""
    motivation: tuple[str, ...] = ()  # what drives the customer here (drijft)
    questions: tuple[str, ...] = ()
    emotion: Mapping[str, int] = field(default_factory=dict)  # persona id -> -2..2
    touchpoints: tuple[Touchpoint, ...] = ()
    departments: tuple[Department, ...] = ()
    pain_points: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()
    duration: str = ""
    reached: int | None = None
    drop_off: DropOff | None = None
    next: tuple[Link, ...] = ()
    pos: Pos = (0, 0)
    evidence: tuple[str, ...] = ()
    frontstage: tuple[Action, ...] = ()
    backstage: tuple[Action, ...] = ()
    support: tuple[Action, ...] = ()
    fail_point: str = ""
    time_standard: str = ""
    personas: tuple[str, ...] = ()  # the persona ids that take this step; () for every persona
    # The step's content in the file's own lanes, by lane id: a text, texts, or a score.
    lanes: Mapping[str, str | float | tuple[str, ...]] = field(default_factory=dict)
    image: Picture | None = None  # the storyboard's picture of this step
    opens: str = ""  # the sub-journey this step opens: its file, relative to this journey's file
    # What a Mermaid diagram said that journeymd has no field for (its `x-mermaid-*` keys, without
    # the prefix), so that an export gives the diagram back as it was.
    mermaid: Mapping[str, Any] = field(default_factory=dict)
    # How well research backs the step, its emotion, and each pain point and opportunity (their
    # own research where the file gives it, else the step's); None where the file says nothing.
    research: Research | None = None
    emotion_research: Research | None = None
    pain_research: tuple[Research | None, ...] = ()
    opportunity_research: tuple[Research | None, ...] = ()

    @property
    def quote(self) -> str:
        """The step's first customer quote as the quotes lane shows it: “text” — who."""
        if self.research is None or not self.research.quotes:
            return ""
        first = self.research.quotes[0]
        return f"“{first.text}”" + (f" — {first.who}" if first.who else "")

    def taken_by(self, persona: str) -> bool:
        """Whether the persona goes through this step (every persona does, unless ``personas`` says)."""
        return not self.personas or persona in self.personas

    def layer(self, name: str) -> tuple[Action, ...]:
        """A blueprint layer's actions, with the departments whose default layer it is."""
        actions: tuple[Action, ...] = getattr(self, name)
        named = {a.department.id for a in actions if a.department}
        implied = tuple(Action("", d) for d in self.departments if d.layer == name and d.id not in named)
        return actions + implied


@dataclass(frozen=True, eq=False, repr=False)
class Phase(Record):
    """A stage of the journey (awareness, purchase, …) with its goal, KPIs and steps."""

    id: str
    name: str
    description: str = ""
    goal: str = ""
    duration: str = ""
    kpis: tuple[Kpi, ...] = ()
    steps: tuple[Step, ...] = ()
    pos: Pos = (0, 0)
    number: int = 0  # 0-based place in the whole journey, which a map of some phases keeps
    questions: tuple[str, ...] = ()  # questions customers have in this phase as a whole

    def facts(self, locale: str) -> list[tuple[str, tuple[str, ...]]]:
        """What a phase band says besides its name, as (label key, texts): goal, duration, KPIs."""
        found = [
            ("goal", (self.goal,)),
            ("duration", (self.duration,)),
            ("kpis", tuple(k.text(locale) for k in self.kpis)),
            ("questions", self.questions),
        ]
        return [(key, texts) for key, texts in found if any(texts)]


@dataclass(frozen=True, eq=False, repr=False)
class LinkElsewhere(Record):
    """A link between a step on a map of some phases and a step left out of it."""

    source: str
    source_index: int
    source_name: str
    target: str
    target_index: int
    target_name: str
    label: str = ""


@dataclass(frozen=True, eq=False, repr=False)
class Related(Record):
    """A journey to read beside this one (as-is and to-be, new and returning customer)."""

    journey: str  # its file, relative to this journey's file
    relation: str = ""
    pos: Pos = (0, 0)


@dataclass(frozen=True, eq=False, repr=False)
class Journey(Record):
    """A whole journey map, as read from one file."""

    title: str
    phases: tuple[Phase, ...]
    description: str = ""
    locale: str = "en"
    persona: str = ""  # default persona id, "" when the file has none
    personas: tuple[Persona, ...] = ()
    touchpoints: tuple[Touchpoint, ...] = ()
    departments: tuple[Department, ...] = ()
    lanes: tuple[str, ...] | None = None  # lane names and own lanes' ids; None: every lane that has data
    custom_lanes: tuple[CustomLane, ...] = ()
    scale: EmotionScale = field(default_factory=EmotionScale)
    source: str = "<string>"
    # In a map of some phases: the links between its steps and the steps left out, which the map
    # draws as labelled stubs ("→ 14 Receives the newsletter", "from 5").
    links_elsewhere: tuple[LinkElsewhere, ...] = ()
    related: tuple[Related, ...] = ()
    mermaid: Mapping[str, Any] = field(default_factory=dict)  # as Step.mermaid: accTitle, accDescr
    # Figures merged from data files (journeymd.analytics), by "step-id.reached", "step-id.drop_off",
    # "phase-id.kpi-id.value" or ".target": where each came from. Empty: every figure is the file's own.
    measured: Mapping[str, Measured] = field(default_factory=dict)

    @property
    def datasets(self) -> tuple[Measured, ...]:
        """Each source of merged figures once, in the order first used: what a map's note lists."""
        return tuple(dict.fromkeys(self.measured.values()))

    sources: tuple[Source, ...] = ()  # the research catalogue steps' research refers to

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(step for phase in self.phases for step in phase.steps)

    def phase_named(self, key: str) -> Phase | None:
        """The phase with this id, or this name in any case."""
        return next((p for p in self.phases if key == p.id or key.casefold() == p.name.casefold()), None)

    def only_phases(self, keys: Sequence[str]) -> Journey:
        """The journey cut down to these phases (ids or names), in journey order, for a map of part of
        it, titled after them. Steps keep their numbers, so that they read as in the whole map; links
        to and from steps left out become ``links_elsewhere``."""
        chosen = {phase.id for key in keys if (phase := self.phase_named(key)) is not None}
        phases = tuple(p for p in self.phases if p.id in chosen)
        kept = {step.id for phase in phases for step in phase.steps}
        by_id = {step.id: step for step in self.steps}
        elsewhere = tuple(
            LinkElsewhere(
                step.id, step.index, step.name, link.to, by_id[link.to].index, by_id[link.to].name, link.label
            )
            for step in self.steps
            for link in step.next
            if link.to in by_id and (step.id in kept) != (link.to in kept)
        )

        def inside(step: Step) -> Step:
            links = tuple(link for link in step.next if link.to in kept)
            return step if links == step.next else dataclasses.replace(step, next=links)

        names = ", ".join(p.name for p in phases)
        lanes = self.lanes
        if lanes is not None:  # a lane the file lists stays out of a part of the map that leaves it empty
            shown = lanes_with_data([step for phase in phases for step in phase.steps])
            lanes = tuple(lane for lane in lanes if lane not in LANES or lane in shown)
        return dataclasses.replace(
            self,
            title=f"{self.title} — {names}" if self.title else names,
            lanes=lanes,
            phases=tuple(dataclasses.replace(p, steps=tuple(map(inside, p.steps))) for p in phases),
            links_elsewhere=elsewhere,
        )

    def persona_ids(self) -> tuple[str, ...]:
        """Personas with an emotion line: the declared ones, or the single unnamed default."""
        return tuple(p.id for p in self.personas) or ("",)

    def persona_names(self) -> Mapping[str, str]:
        """Each persona's name as a message or key shows it: 'Sanne' for 'Sanne, first-time buyer',
        unless another persona's name starts the same, then the whole name."""
        # Worked out once: the map asks for them at every step that only some personas take.
        names: Mapping[str, str] | None = self.__dict__.get("_persona_names")
        if names is None:
            short = {p.id: p.short_name for p in self.personas}
            uses = Counter(short.values())
            names = {p.id: short[p.id] if uses[short[p.id]] == 1 else p.name for p in self.personas}
            self.__dict__["_persona_names"] = names
        return names

    def _repr_svg_(self) -> str:
        """The map, for Jupyter and IPython to show a journey as a picture."""
        from .render import render_svg  # render imports this module, and Jinja2: only a notebook needs them

        return render_svg(self)

    def _repr_html_(self) -> str:
        """The map inline in a notebook, fitted to the cell's width. Its ids carry a prefix taken from
        the map itself, so that two maps in one notebook do not take each other's gradients and links,
        and showing the same journey twice gives the same page."""
        from .render import render_svg  # as in _repr_svg_

        prefix = f"jm-{zlib.crc32(render_svg(self).encode('utf-8')):08x}-"
        return (
            f'<div class="journeymd-map" style="overflow-x:auto">{render_svg(self, id_prefix=prefix, fluid=True)}</div>'
        )

    def scores_text(self, step: Step, below: int) -> str:
        """The scores under ``below`` (on the −2..+2 the map is drawn in) at ``step``, and whose
        they are when there are several personas: '-1' or '-1 for Chris, -2 for Anna'."""
        names = self.persona_names()
        low = [(persona, score) for persona, score in step.emotion.items() if self.scale.relative(score) < below]
        shown = (lambda score: f"{score:+d}") if self.scale.default else self.scale.text
        if len(self.personas) < 2:
            return ", ".join(shown(score) for _, score in low)
        return ", ".join(f"{shown(score)} for {names.get(persona, persona)}" for persona, score in low)


def _texts(node: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(node.get(key, ()))


def _persona(node: YMap, pictures: Mapping[int, Picture]) -> Persona:
    return Persona(
        node["id"], node["name"], node.get("description", ""), _texts(node, "goals"), _texts(node, "frustrations"),
        node.pos, node.get("quote", ""), pictures.get(id(node.get("photo"))),
    )  # fmt: skip


def _scale(node: Mapping[str, Any] | None) -> EmotionScale:
    if not node:
        return EmotionScale()
    levels = tuple(node.get("levels", ()))
    low = node.get("min", 1 if levels else -2)
    high = node.get("max", low + len(levels) - 1 if levels else 2)
    return EmotionScale(int(low), int(high), levels, bool(node.get("faces", False)))


def _custom_lane(node: Mapping[str, Any]) -> CustomLane:
    return CustomLane(node["id"], node["name"], node.get("kind", "text"), node.get("min", 1), node.get("max", 5),
                      node.get("description", ""), getattr(node, "pos", (0, 0)))  # fmt: skip


def _lane_value(value: Any) -> str | float | tuple[str, ...]:
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 5.0 reads as the 5 it is
    lane_value: str | float = value  # the schema lets only text and numbers through
    return lane_value


def _rate(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, str):
        return float(value.strip().rstrip("%").strip().replace(",", ".")) / 100
    return float(value)


def _drop_off(value: Any) -> DropOff | None:
    if value is None or value is False:
        return None
    if value is True:
        return DropOff()
    if isinstance(value, str):
        return DropOff(reason=value)
    return DropOff(reason=value.get("reason", ""), rate=_rate(value.get("rate")))


def _online(channel: str, online: bool | None) -> bool | None:
    if online is not None:
        return online
    key = channel.lower()
    return True if key in ONLINE_CHANNELS else False if key in OFFLINE_CHANNELS else None


def _touchpoint(node: Mapping[str, Any], tp_id: str, pos: Pos) -> Touchpoint:
    channel = str(node.get("channel", ""))
    return Touchpoint(
        id=tp_id,
        name=node["name"],
        channel=channel,
        online=_online(channel, node.get("online")),
        kind=node.get("kind", "direct"),
        pos=pos,
        icon=node.get("icon", ""),
    )


def _following(raw_steps: list[YMap], ids: list[str], personas: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Where each step leads when it names no 'next': to the following step, or, past steps that only
    some personas take, to the following step of each persona who takes this one.

    One sweep from the last step back, remembering where each persona next steps in, so that a long
    journey of steps each taken by a persona of its own costs no more than a plain one."""
    if not personas:
        return [(ids[i + 1],) if i + 1 < len(ids) else () for i in range(len(ids))]
    everyone = frozenset(personas)
    found: list[tuple[str, ...]] = [()] * len(ids)
    next_of: dict[str, int] = {}  # the first step after this one that names a persona
    everyone_at: int | None = None  # the first step after this one that every persona takes
    named_before: set[str] = set()  # the personas named on the steps between this one and everyone_at
    for i in range(len(ids) - 1, -1, -1):
        takers = raw_steps[i].get("personas")
        targets: set[int] = set()
        if takers:
            for persona in takers:
                j = next_of.get(persona)
                if everyone_at is not None and (j is None or j > everyone_at):
                    j = everyone_at
                if j is not None:
                    targets.add(j)
            next_of.update(dict.fromkeys(takers, i))
            named_before.update(persona for persona in takers if persona in everyone)
        else:
            targets = {next_of[persona] for persona in named_before}
            if everyone_at is not None and len(named_before) < len(everyone):
                targets.add(everyone_at)  # someone is named on none of the steps in between
            everyone_at, named_before = i, set()
        found[i] = tuple(ids[j] for j in sorted(targets))
    return found


def build(data: YMap, source: str = "<string>", pictures: Mapping[int, Picture] | None = None) -> Journey:
    """Turn validated data into a Journey. Assumes ``validate.check`` found no problems.
    ``pictures``: the images the data names, read by ``images.resolve_images``, by ``id()`` of
    the node that names each."""
    pictures = pictures or {}
    personas = tuple(_persona(p, pictures) for p in data.get("personas", ()))
    touchpoints = {t["id"]: _touchpoint(t, t["id"], t.pos) for t in data.get("touchpoints", ())}
    departments = {
        d["id"]: Department(d["id"], d["name"], d.pos, d.get("layer", "")) for d in data.get("departments", ())
    }
    default_persona = data.get("persona") or (personas[0].id if personas else "")
    sources = sources_of(data)
    catalogue = {source.id: source for source in sources}

    raw_steps = [step for phase in data["phases"] for step in phase.get("steps", ())]
    ids = step_ids(raw_steps)
    following = _following(raw_steps, ids, tuple(p.id for p in personas))
    phases = []
    index = 0
    for number, raw_phase in enumerate(data["phases"]):
        phase_id = raw_phase.get("id") or name_id(raw_phase["name"], "phase")
        steps = []
        for raw in raw_phase.get("steps", ()):
            image = pictures.get(id(raw.get("image")))
            args = (raw, ids[index], phase_id, index, following[index], default_persona, touchpoints, departments)
            steps.append(_with_research(_step(*args, image), raw, catalogue))
            index += 1
        phases.append(
            Phase(
                id=phase_id,
                number=number,
                name=raw_phase["name"],
                description=raw_phase.get("description", ""),
                goal=raw_phase.get("goal", ""),
                duration=raw_phase.get("duration", ""),
                kpis=tuple(
                    Kpi(k) if isinstance(k, str) else Kpi(k["name"], str(k.get("target", "")), str(k.get("value", "")))
                    for k in raw_phase.get("kpis", ())
                ),
                steps=tuple(steps),
                pos=raw_phase.pos,
                questions=_texts(raw_phase, "questions"),
            )
        )
    lanes = data.get("lanes")
    custom = tuple(_custom_lane(lane) for lane in lanes or () if isinstance(lane, Mapping))
    return Journey(
        title=data.get("title", ""),
        description=data.get("description", ""),
        locale=data.get("locale", "en"),
        persona=default_persona,
        personas=personas,
        touchpoints=tuple(touchpoints.values()),
        departments=tuple(departments.values()),
        lanes=tuple(lane["id"] if isinstance(lane, Mapping) else lane for lane in lanes) if lanes is not None else None,
        custom_lanes=custom,
        scale=_scale(data.get("emotion_scale")),
        phases=tuple(phases),
        source=source,
        related=_related(data.get("related")),
        mermaid=_mermaid_keys(data),
        sources=sources,
    )


def _with_research(step: Step, raw: YMap, catalogue: Mapping[str, Source]) -> Step:
    """The step with what research backs it; a step without research comes back as it was."""
    if "research" not in raw and not any(
        isinstance(item, Mapping) for key in ("pain_points", "opportunities") for item in raw.get(key, ())
    ):
        return step
    research = research_of(raw.get("research"), catalogue)
    return dataclasses.replace(
        step,
        research=research,
        emotion_research=emotion_research_of(raw.get("research"), research, catalogue),
        pain_research=note_research(raw.get("pain_points", ()), research, catalogue),
        opportunity_research=note_research(raw.get("opportunities", ()), research, catalogue),
    )


def _related(items: YList | None) -> tuple[Related, ...]:
    if not items:
        return ()
    return tuple(
        Related(item, pos=items.item_pos[i])
        if isinstance(item, str)
        else Related(item["journey"], item.get("relation", ""), item.pos)
        for i, item in enumerate(items)
    )


def _mermaid_keys(raw: YMap) -> dict[str, Any]:
    return {key.removeprefix("x-mermaid-"): value for key, value in raw.items() if str(key).startswith("x-mermaid-")}


def _step(
    raw: YMap,
    step_id: str,
    phase_id: str,
    index: int,
    following: tuple[str, ...],
    default_persona: str,
    touchpoints: Mapping[str, Touchpoint],
    departments: Mapping[str, Department],
    image: Picture | None = None,
) -> Step:
    # JSON Schema counts 1.0 as a whole number; the map needs it as one.
    emotion = raw.get("emotion")
    if emotion is None:
        emotions: dict[str, int] = {}
    elif isinstance(emotion, (int, float)):
        # A plain score is the default persona's, or, on a step some personas only take, theirs.
        emotions = {persona: int(emotion) for persona in raw.get("personas") or (default_persona,)}
    else:
        emotions = {persona: int(score) for persona, score in emotion.items()}

    used_touchpoints = []
    for item in raw.get("touchpoints", ()):
        if isinstance(item, str):
            used_touchpoints.append(touchpoints.get(item) or Touchpoint(slugify(item, item), item, pos=raw.pos))
        else:
            used_touchpoints.append(_touchpoint(item, slugify(item["name"], item["name"]), item.pos))
    used_departments = tuple(
        departments.get(d) or Department(slugify(d, d), d, raw.pos) for d in raw.get("departments", ())
    )

    def actions(key: str) -> tuple[Action, ...]:
        found = []
        for item in raw.get(key, ()):
            if isinstance(item, str):
                found.append(Action(item))
            else:
                name = item.get("department")
                dept = (departments.get(name) or Department(slugify(name, name), name)) if name else None
                found.append(Action(item["action"], dept))
        return tuple(found)

    if "next" in raw:
        targets = raw["next"] if isinstance(raw["next"], list) else [raw["next"]]  # one link may stand alone
        links = tuple(
            Link(item) if isinstance(item, str) else Link(item["to"], item.get("label", "")) for item in targets
        )
    else:
        links = tuple(Link(step_id, explicit=False) for step_id in following)
    return Step(
        id=step_id,
        name=raw["name"],
        phase=phase_id,
        index=index,
        description=raw.get("description", ""),
        does=raw.get("does", ""),
        thinks=raw.get("thinks", ""),
        feels=raw.get("feels", ""),
        motivation=(raw["motivation"],) if isinstance(raw.get("motivation"), str) else _texts(raw, "motivation"),
        questions=_texts(raw, "questions"),
        emotion=emotions,
        personas=tuple(raw.get("personas", ())),
        touchpoints=tuple(used_touchpoints),
        departments=used_departments,
        pain_points=note_texts(raw.get("pain_points", ())),
        opportunities=note_texts(raw.get("opportunities", ())),
        duration=raw.get("duration", ""),
        reached=None if raw.get("reached") is None else int(raw["reached"]),
        drop_off=_drop_off(raw.get("drop_off")),
        next=links,
        pos=raw.pos,
        evidence=_texts(raw, "evidence"),
        frontstage=actions("frontstage"),
        backstage=actions("backstage"),
        support=actions("support"),
        fail_point=raw.get("fail_point", ""),
        time_standard=raw.get("time_standard", ""),
        lanes={lane: _lane_value(value) for lane, value in raw.get("lanes", {}).items()},
        image=image,
        opens=raw.get("opens", ""),
        mermaid=_mermaid_keys(raw),
    )
