"""Research evidence: how well a step, its emotion and its pain points are backed, and by what.

A map drawn from twenty interviews and one drawn from a hunch look the same unless the file says
which is which. A step's ``research:`` gives an evidence level and its sources (ids in the
journey's ``sources:`` catalogue, or written in place), quotes and a date; the map, the report,
the Markdown export, ``stats`` and ``lint`` read it from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import field
from typing import TYPE_CHECKING, Any

from ._record import Record, dataclass
from .loader import Pos, YList, YMap
from .problem import Problem, did_you_mean, shorten

if TYPE_CHECKING:
    from .model import Journey, Phase, Step

__all__ = [
    "BACKED",
    "LEVELS",
    "Coverage",
    "Quote",
    "Research",
    "Source",
    "coverage",
    "reference_problems",
    "research_of",
    "safe_link",
    "sources_of",
]

# Strongest first. Observed: seen in behaviour (analytics, recordings, usability tests).
# Reported: customers said it (interviews, surveys, tickets). Inferred: derived from indirect data
# or desk research. Assumed: the team's guess, still to check.
LEVELS = ("observed", "reported", "inferred", "assumed")
BACKED = frozenset({"observed", "reported"})  # what research coverage counts as backed
_SAFE_LINK = re.compile(r"^(https?://|mailto:)\S+$", re.IGNORECASE)


@dataclass(frozen=True, eq=False, repr=False)
class Source(Record):
    """Research the map rests on: an interview round, a survey, analytics, a ticket, a recording."""

    id: str = ""  # "" for a source written in place on one step
    kind: str = ""
    title: str = ""
    link: str = ""
    date: str = ""
    n: int | None = None
    description: str = ""
    pos: Pos = (0, 0)

    @property
    def label(self) -> str:
        """How the map and the report name it: its title, else its id, else its kind or link."""
        return self.title or self.id or self.kind or self.link


@dataclass(frozen=True, eq=False, repr=False)
class Quote(Record):
    """What a customer said, and who said it."""

    text: str
    who: str = ""
    source: str = ""  # a source id


@dataclass(frozen=True, eq=False, repr=False)
class Research(Record):
    """How well research backs a step, an emotion or a pain point."""

    level: str
    sources: tuple[Source, ...] = ()
    quotes: tuple[Quote, ...] = ()
    date: str = ""
    note: str = ""
    pos: Pos = (0, 0)

    @property
    def backed(self) -> bool:
        return self.level in BACKED

    @property
    def sourced(self) -> bool:
        """Whether it names where it comes from: a source or a quote."""
        return bool(self.sources or self.quotes)


def safe_link(link: str) -> str:
    """``link`` if it is an http(s) or mailto address, else "": a file names its sources, and a
    ``javascript:`` or ``data:`` link must not become something a reader clicks."""
    return link if _SAFE_LINK.match(link) else ""


def _source(node: Mapping[str, Any], source_id: str = "") -> Source:
    n = node.get("n")
    return Source(
        id=source_id,
        kind=str(node.get("kind", "")),
        title=str(node.get("title", "")),
        link=safe_link(str(node.get("link", ""))),
        date=str(node.get("date", "")),
        n=int(n) if isinstance(n, (int, float)) else None,
        description=str(node.get("description", "")),
        pos=getattr(node, "pos", (0, 0)),
    )


def sources_of(data: Mapping[str, Any]) -> tuple[Source, ...]:
    """The journey's source catalogue (its own and its included catalogues')."""
    return tuple(_source(node, node["id"]) for node in data.get("sources", ()) if isinstance(node, Mapping))


def _quote(item: Any) -> Quote:
    if isinstance(item, str):
        return Quote(item)
    return Quote(str(item["text"]), str(item.get("who", "")), str(item.get("source", "")))


def research_of(value: Any, catalogue: Mapping[str, Source]) -> Research | None:
    """The research a ``research:`` value gives: a level alone, or the level with its sources."""
    if value is None:
        return None
    if isinstance(value, str):
        return Research(value, pos=(0, 0))
    sources = tuple(
        catalogue.get(item, Source(id=item)) if isinstance(item, str) else _source(item)
        for item in value.get("sources", ())
    )
    return Research(
        level=value["level"],
        sources=sources,
        quotes=tuple(_quote(q) for q in value.get("quotes", ())),
        date=str(value.get("date", "")),
        note=str(value.get("note", "")),
        pos=getattr(value, "pos", (0, 0)),
    )


def emotion_research_of(value: Any, step_research: Research | None, catalogue: Mapping[str, Source]) -> Research | None:
    """What backs a step's emotion: ``research: {emotion: …}`` where the file says, else the step's."""
    if isinstance(value, Mapping) and value.get("emotion") is not None:
        return research_of(value["emotion"], catalogue)
    return step_research


def note_texts(items: Iterable[Any]) -> tuple[str, ...]:
    """Pain points or opportunities as texts: each a text, or ``{text, research}``."""
    return tuple(item if isinstance(item, str) else str(item["text"]) for item in items)


def note_research(
    items: Iterable[Any], step_research: Research | None, catalogue: Mapping[str, Source]
) -> tuple[Research | None, ...]:
    """What backs each pain point or opportunity: its own research, else the step's."""
    return tuple(
        research_of(item["research"], catalogue) if isinstance(item, Mapping) and "research" in item else step_research
        for item in items
    )


# --- cross references: every source id a step names must be in the catalogue ------------------


def _source_ids(research: Any) -> Iterator[tuple[YList | YMap, Any, str]]:
    """Each source id a ``research:`` value names, with the node and key or index it stands at."""
    if not isinstance(research, YMap):
        return
    sources = research.get("sources")
    if isinstance(sources, YList):
        for index, item in enumerate(sources):
            if isinstance(item, str):
                yield sources, index, item
    quotes = research.get("quotes")
    if isinstance(quotes, YList):
        for quote in quotes:
            if isinstance(quote, YMap) and isinstance(quote.get("source"), str):
                yield quote, "source", quote["source"]
    yield from _source_ids(research.get("emotion"))


def _named_research(step: YMap) -> Iterator[Any]:
    yield step.get("research")
    for key in ("pain_points", "opportunities"):
        items = step.get(key)
        if isinstance(items, YList):
            yield from (item.get("research") for item in items if isinstance(item, YMap))


def reference_problems(data: YMap, path: str) -> Iterator[Problem]:
    """A duplicate id in the source catalogue; a source id that no source in it has."""
    known: dict[str, Pos] = {}
    sources = data.get("sources")
    for item in sources if isinstance(sources, YList) else ():
        if not isinstance(item, YMap) or not isinstance(item.get("id"), str):
            continue
        line, column = item.value_pos["id"]
        if item["id"] in known:
            message = f"duplicate source id '{item['id']}' (first at line {known[item['id']][0]})"
            yield Problem(path, line, column, message, "duplicate-id")
        known.setdefault(item["id"], (line, column))
    phases = data.get("phases")
    for phase in phases if isinstance(phases, YList) else ():
        steps = phase.get("steps") if isinstance(phase, YMap) else None
        for step in steps if isinstance(steps, YList) else ():
            if not isinstance(step, YMap):
                continue
            for research in _named_research(step):
                for node, where, source_id in _source_ids(research):
                    if source_id in known:
                        continue
                    hint = did_you_mean(source_id, known) if known else "; list it under 'sources:' at the top"
                    line, column = node.item_pos[where] if isinstance(node, YList) else node.value_pos[where]
                    yield Problem(path, line, column, f"unknown source '{shorten(source_id)}'{hint}", "reference")


# --- coverage: what share of the map research backs ------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class Coverage(Record):
    """How much of a phase (or the journey) is backed by observed or reported research."""

    steps: int = 0
    steps_backed: int = 0
    emotions: int = 0
    emotions_backed: int = 0
    pain_points: int = 0
    pain_points_backed: int = 0
    levels: Mapping[str, int] = field(default_factory=dict)  # steps per level, and "not_given"

    def share(self, part: str) -> float | None:
        """Backed share of ``steps``, ``emotions`` or ``pain_points``; None when there are none."""
        total: int = getattr(self, part)
        return getattr(self, f"{part}_backed") / total if total else None

    def as_dict(self) -> dict[str, Any]:
        return {
            part: {"count": getattr(self, part), "backed": getattr(self, f"{part}_backed"),
                   "share": None if (s := self.share(part)) is None else round(s, 4)}
            for part in ("steps", "emotions", "pain_points")
        } | {"levels": dict(self.levels)}  # fmt: skip


def coverage(steps: Sequence[Step]) -> Coverage:
    """Research coverage of ``steps``: steps, emotions and pain points backed by observed or
    reported evidence, and how many steps have each level."""
    levels = dict.fromkeys((*LEVELS, "not_given"), 0)
    counts = [0] * 6
    for step in steps:
        levels[step.research.level if step.research else "not_given"] += 1
        counts[0] += 1
        counts[1] += bool(step.research and step.research.backed)
        if step.emotion:
            counts[2] += 1
            counts[3] += bool(step.emotion_research and step.emotion_research.backed)
        for index in range(len(step.pain_points)):
            research = step.pain_research[index] if index < len(step.pain_research) else None
            counts[4] += 1
            counts[5] += bool(research and research.backed)
    steps_count, steps_backed, emotions, emotions_backed, pains, pains_backed = counts
    return Coverage(steps_count, steps_backed, emotions, emotions_backed, pains, pains_backed, levels)


def phase_coverage(journey: Journey) -> list[tuple[Phase, Coverage]]:
    return [(phase, coverage(phase.steps)) for phase in journey.phases]


def uses_research(journey: Journey) -> bool:
    """Whether the file records research at all: the research rules and the map's badges apply
    only to maps that have begun to (a map without any would be all warnings)."""
    return bool(journey.sources) or any(step.research or any(step.pain_research) for step in journey.steps)


# --- Markdown: the export's step cells and its list of sources --------------------------------


def markdown_link(text: str, link: str) -> str:
    """``text`` (already escaped) linked to ``link`` when it is a web or mail address; the address
    percent-encodes what would end the link or break a table row."""
    safe = safe_link(link)
    if not safe:
        return text
    for char, code in (("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E"), ("|", "%7C"), ("\\", "%5C"),
                       ("[", "%5B"), ("]", "%5D"), ("`", "%60"), ("*", "%2A"), ("_", "%5F")):  # fmt: skip
        safe = safe.replace(char, code)
    return f"[{text}]({safe})"


def markdown_lines(step: Step, locale: str, md: Callable[[str], str]) -> list[str]:
    """What a step's Markdown cell says of its motivation and research: the level, its sources
    and the first quote. ``md`` escapes user text."""
    from .i18n import label

    lines = []
    if step.motivation:
        lines.append(f"*{md(label(locale, 'motivation'))}:* " + "; ".join(map(md, step.motivation)))
    research = step.research
    if research is None:
        return lines
    sources = ", ".join(markdown_link(md(source.label), source.link) for source in research.sources)
    lines.append(f"*{md(label(locale, 'research'))}:* {md(label(locale, f'research_{research.level}'))}"
                 + (f" ({sources})" if sources else ""))  # fmt: skip
    if research.quotes:
        quote = research.quotes[0]
        lines.append(f"“{md(quote.text)}”" + (f" — {md(quote.who)}" if quote.who else ""))
    return lines


def markdown_sources(journey: Journey, md: Callable[[str], str]) -> list[str]:
    """The journey's sources as a list under a heading of their own; none without a catalogue."""
    from .i18n import label

    if not journey.sources:
        return []
    out = [f"## {md(label(journey.locale, 'sources'))}", ""]
    for source in journey.sources:
        facts = [x for x in (source.kind, f"n = {source.n}" if source.n is not None else "", source.date) if x]
        line = f"- {markdown_link(md(source.label), source.link)}" + (f" ({md(', '.join(facts))})" if facts else "")
        out.append(line + (f": {md(source.description)}" if source.description else ""))
    return [*out, ""]


# --- stats: research coverage per phase and overall -------------------------------------------


def research_figures(journey: Journey) -> dict[str, Any] | None:
    """``journeymd stats``' research coverage, overall and per phase; None for a journey that
    records no research (its figures stay as they were)."""
    if not uses_research(journey):
        return None
    return {
        "backed_by": sorted(BACKED, key=LEVELS.index),
        "overall": coverage(journey.steps).as_dict(),
        "phases": [{"id": phase.id, "name": phase.name, **found.as_dict()} for phase, found in phase_coverage(journey)],
        "sources": len(journey.sources),
    }


_NL = {
    "Research coverage (observed or reported)": "Onderbouwing door onderzoek (waargenomen of genoemd)",
    "steps": "stappen",
    "emotions": "emoties",
    "pain points": "knelpunten",
    "of": "van",
    "none": "geen",
    "sources": "bronnen",
    "observed": "waargenomen",
    "reported": "genoemd",
    "inferred": "afgeleid",
    "assumed": "aangenomen",
    "not given": "niet opgegeven",
}


def research_text(figures: dict[str, Any] | None, locale: str) -> list[str]:
    """The research coverage as lines of the text report; none without research."""
    if figures is None:
        return []
    from .i18n import number

    def w(text: str) -> str:
        return _NL.get(text, text) if locale == "nl" else text

    def shares(found: dict[str, Any]) -> str:
        return _shares(found, locale)

    overall = figures["overall"]
    levels = overall["levels"]
    counted = ", ".join(f"{levels[level]} {w(level)}" for level in LEVELS if levels[level])
    if levels["not_given"]:
        counted += f", {levels['not_given']} {w('not given')}"
    lines = ["", f"{w('Research coverage (observed or reported)')}: {shares(overall)}"]
    lines.append(f"  {counted}; {number(figures['sources'], locale)} {w('sources')}")
    lines += [f"  {phase['name']}: {shares(phase)}" for phase in figures["phases"]]
    return lines


# --- diff: research as facets a review compares ------------------------------------------------


def diff_facets(research: Research | None, prefix: str) -> dict[str, Any]:
    """What ``research`` says as comparable values under ``prefix`` ('research',
    'research.emotion', 'pain_points.Slow.research'): a source or quote written in place is
    compared field by field, so that a review names what changed in it."""
    if research is None:  # the level is always there, so that research added or removed shows
        return {f"{prefix}.level": None}
    facets: dict[str, Any] = {
        f"{prefix}.level": research.level,
        f"{prefix}.date": research.date,
        f"{prefix}.note": research.note,
        f"{prefix}.sources": {
            source.id or f"in place {n + 1}": source.label for n, source in enumerate(research.sources)
        },
        f"{prefix}.quotes.text": {quote.text: quote.text for quote in research.quotes},
    }
    for n, source in enumerate(research.sources):
        if not source.id:
            facets |= {f"{prefix}.sources.{n + 1}.{key}": getattr(source, key)
                       for key in ("kind", "title", "link", "date", "n", "description")}  # fmt: skip
    for n, quote in enumerate(research.quotes):
        facets |= {f"{prefix}.quotes.{n + 1}.{key}": getattr(quote, key) for key in ("who", "source")}
    return facets


def step_diff_facets(step: Step) -> dict[str, Any]:
    """A step's motivation and research, for ``journeymd diff``: the research of its emotion, pain
    points and opportunities where it is their own."""
    facets: dict[str, Any] = {"motivation": {text: text for text in step.motivation}}
    facets |= diff_facets(step.research, "research")
    own = step.emotion_research if step.emotion_research is not step.research else None
    facets |= diff_facets(own, "research.emotion")
    for key, texts, backing in (("pain_points", step.pain_points, step.pain_research),
                                ("opportunities", step.opportunities, step.opportunity_research)):  # fmt: skip
        for index, text in enumerate(texts):
            research = backing[index] if index < len(backing) else None
            facets |= diff_facets(research if research is not step.research else None, f"{key}.{text}.research")
    return facets


def source_diff_entries(journey: Journey) -> dict[str, dict[str, Any]]:
    """The source catalogue by id, for ``journeymd diff``."""
    return {
        source.id: {"name": source.label, **{key: getattr(source, key)
                                             for key in ("kind", "title", "link", "date", "n", "description")}}
        for source in journey.sources
    }  # fmt: skip


def _shares(found: dict[str, Any], locale: str) -> str:
    """'steps 50% (2 of 4), emotions 50% (2 of 4), pain points 66.7% (2 of 3)'."""
    from .i18n import number, percent

    def w(text: str) -> str:
        return _NL.get(text, text) if locale == "nl" else text

    parts = []
    for key, name in (("steps", "steps"), ("emotions", "emotions"), ("pain_points", "pain points")):
        part = found[key]
        if part["count"]:
            amounts = f"{number(part['backed'], locale)} {w('of')} {number(part['count'], locale)}"
            parts.append(f"{w(name)} {percent(part['share'], locale)} ({amounts})")
    return ", ".join(parts) or w("none")


def coverage_text(steps: Sequence[Step], locale: str) -> str:
    """Research coverage of a phase's steps in a line, for the report's phase cards."""
    return _shares(coverage(steps).as_dict(), locale)
