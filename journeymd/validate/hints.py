"""What a message suggests: the key a Dutch or misspelt key means, how to write a value, the
name a wrong reference most likely meant."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from functools import cached_property
from typing import Any

from ..loader import YMap
from ..problem import did_you_mean, shorten
from ..slug import name_id, slugify
from .limits import SUGGESTION_COMPARISONS
from .reading import maps, with_ids

# Keys as Dutch teams name them (klantreis, fasen, contactmomenten…), and the keys they mean; the
# first one this mapping has is suggested.
DUTCH_KEYS: dict[str, tuple[str, ...]] = {
    "titel": ("title",),
    "beschrijving": ("description",),
    "omschrijving": ("description",),
    "naam": ("name",),
    "taal": ("locale",),
    "fase": ("phases",),
    "fasen": ("phases",),
    "fases": ("phases",),
    "stap": ("steps",),
    "stappen": ("steps",),
    "contactmoment": ("touchpoints",),
    "contactmomenten": ("touchpoints",),
    "kanaal": ("channel", "touchpoints"),
    "kanalen": ("touchpoints",),
    "afdeling": ("departments",),
    "afdelingen": ("departments",),
    "emotie": ("emotion",),
    "emoties": ("emotion",),
    "gevoel": ("emotion", "feels"),
    "doet": ("does",),
    "denkt": ("thinks",),
    "voelt": ("feels",),
    "vragen": ("questions",),
    "knelpunt": ("pain_points",),
    "knelpunten": ("pain_points",),
    "pijnpunt": ("pain_points",),
    "pijnpunten": ("pain_points",),
    "kans": ("opportunities",),
    "kansen": ("opportunities",),
    "verbeterpunt": ("opportunities",),
    "verbeterpunten": ("opportunities",),
    "doel": ("goal", "goals"),
    "doelen": ("goals", "goal"),
    "doelstelling": ("goal",),
    "frustraties": ("frustrations", "pain_points"),
    "duur": ("duration",),
    "afhaakmoment": ("drop_off",),
    "afhakers": ("drop_off",),
    "bereik": ("reached",),
    "bereikt": ("reached",),
    "volgende": ("next",),
    "opent": ("opens",),
    "deelreis": ("opens",),
    "gerelateerd": ("related",),
    "verwant": ("related",),
    "bewijs": ("evidence",),
    "personen": ("personas",),
    "persoon": ("persona",),
    "reden": ("reason",),
    "oorzaak": ("reason",),
    "percentage": ("rate",),
    "aandeel": ("rate",),
    "naar": ("to",),
    "doelwaarde": ("target",),
    "streefwaarde": ("target",),
    "norm": ("target", "time_standard"),
    "waarde": ("value",),
    "actie": ("action",),
    "soort": ("kind",),
    "laag": ("layer",),
    "faalpunt": ("fail_point",),
    "tijdnorm": ("time_standard",),
    "drijft": ("motivation",),
    "drijfveer": ("motivation",),
    "drijfveren": ("motivation",),
    "motivatie": ("motivation",),
    "onderzoek": ("research",),
    "bron": ("sources", "source"),
    "bronnen": ("sources",),
    "citaat": ("quotes",),
    "citaten": ("quotes",),
    "niveau": ("level",),
    "datum": ("date",),
    "wie": ("who",),
    "tekst": ("text",),
}


def meaning(key: str, known: Sequence[str], sure: bool = False) -> str | None:
    """The key that one written in Dutch means, if this mapping has it: 'afdelingen' means 'departments'.
    With ``sure``, only a word that can mean one key here ('gevoel' is emotion or feels)."""
    meanings = [m for m in DUTCH_KEYS.get(str(key).casefold().replace("'", ""), ()) if m in known]
    return meanings[0] if meanings and not (sure and len(meanings) > 1) else None


def translated(key: str, known: Sequence[str]) -> str:
    meant = meaning(key, known)
    return f" (did you mean '{meant}'?)" if meant else ""


def comma_hint(mapping: Any, key: str) -> str:
    """In ``{name: Daan, daily commuter}`` the comma ended the name and made a key of the rest."""
    keys = list(mapping)
    index = keys.index(key)
    if not getattr(mapping, "flow", False) or mapping[key] is not None or index == 0:
        return ""
    before = keys[index - 1]
    if not isinstance(mapping[before], str):
        return ""
    text = json.dumps(f"{mapping[before]}, {key}", ensure_ascii=False)
    return f"; a comma ends a value inside {{...}}: if it belongs to '{before}', quote it: {before}: {text}"


def as_mapping_hint(text: str, required: Sequence[str], in_list: bool) -> str:
    """How to write a plain name as the mapping the schema wants: a list of names is the first
    thing people write for steps, phases and personas."""
    name = shorten(text)
    if any(char in name for char in ",:#{}[]'\"") or name != name.strip():
        name = json.dumps(name, ensure_ascii=False)  # a YAML double-quoted scalar
    mapping = f"{{id: {slugify(text, 'item')}, name: {name}}}" if "id" in required else f"name: {name}"
    return f"; write it as '{'- ' if in_list else ''}{mapping}'"


# What people write when they mean "the journey ends here" (which is `next: []`).
END_WORDS = frozenset({"end", "stop", "done", "exit", "none", "null", "einde", "stoppen", "klaar"})


class Hints:
    """What a message about a wrong reference draws on; worked out only when one is wrong, so a
    valid journey does not pay for it."""

    def __init__(self, data: YMap, phases: list[YMap], steps: list[YMap], ids: list[str]) -> None:
        self.data, self.phases, self.steps, self.ids = data, phases, steps, ids
        self.compared = 0  # names compared for suggestions so far

    def did_you_mean(self, word: str, choices: Collection[str]) -> str:
        """``did_you_mean``, until the file's suggestions have compared SUGGESTION_COMPARISONS names."""
        self.compared += len(choices)
        return did_you_mean(word, choices) if self.compared <= SUGGESTION_COMPARISONS else ""

    @cached_property
    def names(self) -> dict[str, dict[str, str]]:
        """Catalogue names by kind, for a step that names a touchpoint where its id belongs."""
        return {
            kind: {
                i["name"].casefold(): i["id"] for i in with_ids(maps(self.data, kind)) if isinstance(i.get("name"), str)
            }
            for kind in ("touchpoints", "departments")
        }

    @cached_property
    def phase_starts(self) -> dict[str, str]:
        """Each phase's first step ("" for none), for a link to a phase id where a step id belongs."""
        id_of = {id(step): step_id for step, step_id in zip(self.steps, self.ids, strict=True)}
        starts: dict[str, str] = {}
        for phase in self.phases:
            phase_id = phase.get("id") or name_id(str(phase.get("name", "")), "phase")
            first = next((id_of[id(step)] for step in maps(phase, "steps") if id(step) in id_of), None)
            if isinstance(phase_id, str):
                starts.setdefault(phase_id, first or "")
        return starts
