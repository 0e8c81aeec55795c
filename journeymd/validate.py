"""Check loaded data against the JSON Schema, then the cross references no schema can express."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator, Sequence
from contextvars import ContextVar
from functools import cache, cached_property
from typing import Any, TypeGuard

from . import research
from ._data import read_text
from .loader import Pos, YList, YMap
from .problems import Problem, closest, did_you_mean, shorten
from .slug import name_id, slugify, step_ids

__all__ = [
    "FORMAT_VERSION", "MAX_DEPARTMENTS", "MAX_LINKS", "MAX_PERSONAS", "MAX_STEPS", "MAX_STEP_LINKS", "check",
    "looks_like_journey", "mentions_journey_key", "not_a_journey", "schema", "schema_text",
]  # fmt: skip

FORMAT_VERSION = 1
MAX_STEPS = 10_000  # a 5000-step map renders in seconds; far beyond that nobody reads it
# Written `next` links: per step, and in the whole journey. Arrows are what the map, the flow chart
# and diff work hardest on, and an alias of a long list of ids in every step would otherwise give
# them a million; a real branch point has a handful.
MAX_STEP_LINKS = 50
MAX_LINKS = 20_000
# Each persona gets an emotion line on the map, and the map, the report, stats and lint go over
# every step for each; six colours tell them apart, and far fewer than a hundred can be read.
MAX_PERSONAS = 100
# Each department is a row of the report's department-by-phase matrix and a filter; real journeys
# have a handful, and thousands made that matrix (and stats) grow with departments times phases.
MAX_DEPARTMENTS = 100


@cache
def schema_text() -> str:
    """The journey JSON Schema as shipped in the package."""
    return read_text("journey.schema.json")


@cache
def schema() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(schema_text())
    return result


def schema_digest() -> str:
    """Fingerprint of the schema, to tell whether ``_schema_check`` was generated from it."""
    import zlib

    return f"{zlib.crc32(schema_text().encode('utf-8')):08x}"


def generated_checker() -> str:
    """Source of ``_schema_check``: the schema compiled to Python once, so a run skips ~30 ms of compiling."""
    import fastjsonschema

    header = (
        "# Generated from data/journey.schema.json by fastjsonschema; do not edit.\n"
        "# Regenerate: JOURNEYMD_ACCEPT=1 pytest tests/test_generated.py\n"
        "# ruff: noqa\n"
        "# mypy: ignore-errors\n"
        f'SCHEMA_DIGEST = "{schema_digest()}"\n'
    )
    code: str = fastjsonschema.compile_to_code(schema())
    for line in _LIBRARY_IMPORTS:
        if line not in code:  # pragma: no cover - a fastjsonschema release changed its output
            raise RuntimeError(f"fastjsonschema's generated code no longer has {line!r}: update generated_checker")
        code = code.replace(line, "")
    code = code.replace("\nNoneType = ", _LOCAL_NAMES + "\nNoneType = ", 1)
    entry = code[code.index("def validate_") + 4 : code.index("(data")]
    return header + code + f"\n\nvalidate = {entry}\n"


# The generated code imports these; defining the few names it needs instead saves a render the
# ~8 ms of importing decimal and fastjsonschema. Our loader never produces Decimal values.
_LIBRARY_IMPORTS = (
    "from decimal import Decimal\n",
    "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n",
)
_LOCAL_NAMES = """
class JsonSchemaValueException(ValueError):
    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.value, self.name, self.definition, self.rule = value, name, definition, rule


JsonSchemaValuesException = JsonSchemaValueException


class Decimal:
    pass
"""


@cache
def _fast_validator() -> Any:
    try:
        from . import _schema_check
    except ImportError:  # pragma: no cover - only while the generated module is being rebuilt
        _schema_check = None  # type: ignore[assignment]
    if _schema_check is not None and schema_digest() == _schema_check.SCHEMA_DIGEST:
        return _schema_check.validate
    import fastjsonschema

    return fastjsonschema.compile(schema())


def check(data: Any, path: str) -> list[Problem]:
    """Every problem in ``data``: the format version, the schema, then cross references.

    A file without ``journeymd: 1`` is still checked as format 1, so that one run lists every
    problem; a file of a newer format, or one that is not a mapping, gets that one problem only.
    """
    version = _version_problem(data, path)
    if version is not None and version.code != "missing-version":
        return [version]
    # 'journemd: 1' is reported as the misspelt key it is, not also as a missing version.
    misspelt = version is not None and any(closest(str(key), ["journeymd"], 0.8) for key in data)
    found = {version} if version and not misspelt else set()
    try:
        _fast_validator()(data)
    except ValueError:  # fastjsonschema's errors, and those of the generated copy, are ValueErrors
        # The compiled check stops at the first error; jsonschema explains all of them.
        data, schema_found = _schema_problems(data, path)
        # The missing version is reported once, by the version check.
        found |= {
            p for p in schema_found if not (version and p.code == "missing-key" and p.message.endswith("'journeymd'"))
        }
    own = set(_lane_problems(data, path)) | set(_scale_problems(data, path))
    own |= set(research.reference_problems(data, path))
    return sorted(found | set(_reference_problems(data, path)) | own)


_JOURNEY_KEYS = ("journeymd", "phases")


def looks_like_journey(data: Any) -> bool:
    """Whether problems may quote this file's values: a mapping with a key meaning ``journeymd`` or
    ``phases``. An empty file and a list count too, as their one problem quotes nothing."""
    if data is None or isinstance(data, YList):
        return True
    if not isinstance(data, YMap):
        return False
    for key in map(str, data):
        meant = _DUTCH_KEYS.get(key.lower(), (key,))
        if any(k in _JOURNEY_KEYS or closest(k, _JOURNEY_KEYS, 0.8) for k in meant):
            return True
    return False


def mentions_journey_key(text: str) -> bool:
    """``looks_like_journey`` for text that is not YAML: a line starting with such a key."""
    import re

    keys = "|".join([*_JOURNEY_KEYS, *(k for k, meant in _DUTCH_KEYS.items() if "phases" in meant)])
    return re.search(rf"""^(?:\{{\s*)?(["']?)(?:{keys})\1[ \t]*:""", text, re.MULTILINE | re.IGNORECASE) is not None


def not_a_journey(path: str) -> Problem:
    return Problem(
        path, 1, 1, "not a journey: a journey file is YAML with 'journeymd: 1' at the top "
        "(its problems are not listed, as they would quote the file)", "not-a-journey",
    )  # fmt: skip


def _version_problem(data: Any, path: str) -> Problem | None:
    if not isinstance(data, YMap):
        line, column = getattr(data, "pos", (1, 1))
        if data is None:
            return Problem(path, 1, 1, "the file is empty; a journey starts with 'journeymd: 1'")
        return Problem(path, line, column, f"a journey file must be a mapping of keys, not {_describe(data)}")
    if "journeymd" not in data:
        return Problem(
            path, *data.pos, "missing 'journeymd: 1' (the format version) at the top of the file", "missing-version"
        )
    version = data["journeymd"]
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        from . import __version__

        return Problem(
            path,
            *data.value_pos["journeymd"],
            f"this file is written for journey format {version}; journeymd {__version__} reads format "
            f"{FORMAT_VERSION}: upgrade journeymd (pip install -U journeymd)",
            "version",
        )
    return None


# --- schema errors in a person's words ------------------------------------------------------

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping",
    "null": "empty",
}


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, (int, float)):
        return f"{_number(value)} (a number)"
    if isinstance(value, str):
        return f"text '{shorten(value)}'"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def _number(value: float) -> str:
    """A number as a message quotes it: a bound in thousands (1,000,000,000,000,000), a value of
    hundreds of digits cut short like any text the file wrote."""
    if isinstance(value, int) and abs(value) >= 10**6 and len(str(value)) <= 40:
        return f"{value:,}"
    return shorten(str(value))


def _quoted(text: str) -> str:
    """``text`` in quotes for a message; with a space or line break at either end it is written as
    an escaped string, since 'checkout\n' would print as a plain, right-looking 'checkout'."""
    if text != text.strip():
        return shorten(json.dumps(text, ensure_ascii=False))
    return f"'{shorten(text)}'"


def locate(root: Any, path: Sequence[Any], at_key: bool = False) -> Pos:
    """Line and column of the value at ``path`` (or of its key), as near as the data allows."""
    node, pos = root, getattr(root, "pos", (1, 1))
    for depth, part in enumerate(path):
        if isinstance(node, YMap) and part in node:
            last = depth == len(path) - 1
            pos = node.key_pos[part] if at_key and last else node.value_pos[part]
            node = node[part]
        elif isinstance(node, YList) and isinstance(part, int) and part < len(node):
            pos, node = node.item_pos[part], node[part]
        else:
            break
    return pos


def _referring_key(path: Sequence[Any]) -> str:
    """The last key on ``path``: 'to' for phases[0].steps[2].next[1].to."""
    return next((str(part) for part in reversed(path) if isinstance(part, str)), "")


def _field(path: Sequence[Any]) -> str:
    """The name a person would use for the value at ``path``: 'emotion', 'kpis[2]'."""
    parts = list(path)
    if not parts:
        return "the file"
    name = ""
    while parts and isinstance(parts[-1], int):
        name = f"[{parts.pop() + 1}]" + name
    label = str(parts[-1]) if parts else "item"
    return f"'{label}'{' item ' + name[1:-1] if name else ''}"


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = schema()
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _expects(node: dict[str, Any]) -> str:
    """What a value for ``node`` must be, in words: "a list, text or a mapping"."""
    kinds = _expected_kinds(node)
    if len(kinds) == 1:
        return kinds[0]
    kinds = [word for kind in kinds for word in (("true", "false") if kind == _TYPE_WORDS["boolean"] else (kind,))]
    return f"{', '.join(kinds[:-1])} or {kinds[-1]}"


# The emotion scale of the journey being explained, for what a score must be.
_scale_range: ContextVar[tuple[int, int]] = ContextVar("_scale_range", default=(-2, 2))


def _emotion_range(data: Any) -> tuple[int, int]:
    """The lowest and highest emotion score of ``data``'s scale, as far as it says."""
    scale = data.get("emotion_scale") if isinstance(data, dict) else None
    if not isinstance(scale, dict):
        return -2, 2
    levels = scale.get("levels")
    count = len(levels) if isinstance(levels, list) else 0
    given_low, given_high = scale.get("min"), scale.get("max")
    low = int(given_low) if _is_number(given_low) else -2
    high = int(given_high) if _is_number(given_high) else 2
    if count and not _is_number(given_low):
        low = high - count + 1 if _is_number(given_high) else 1
    if count and not _is_number(given_high):
        high = low + count - 1
    return low, high


def _expected_kinds(node: dict[str, Any]) -> list[str]:
    node = _resolve(node)
    if "anyOf" in node:
        return [kind for branch in node["anyOf"] for kind in _expected_kinds(branch)]
    kinds = node.get("type", "any")
    words = " or ".join(_TYPE_WORDS[k] for k in ([kinds] if isinstance(kinds, str) else kinds))
    if node is schema()["definitions"]["score"]:  # its range is the journey's emotion scale
        low, high = _scale_range.get()
        words += f" from {low} to {high}"
    elif "minimum" in node and "maximum" in node:
        words += f" from {_number(node['minimum'])} to {_number(node['maximum'])}"
    elif "minimum" in node:
        words += f" of {_number(node['minimum'])} or more"
    if node.get("type") == "string" and "pattern" in node and "%" in node["pattern"]:
        words = "a percentage from 0% to 100% such as '35%'"
    return [words]


_RENAME_PASSES = 4  # a misspelt key inside the value of a misspelt key, and so on


def _schema_problems(data: Any, path: str) -> tuple[Any, set[Problem]]:
    """Every schema problem, and the data as checked.

    A key that is misspelt or written in Dutch (``fasen``, ``emotoin``) is reported, then its
    value is checked as the key it surely means: otherwise every mistake below it would show
    only on the next run. The data returned has those keys renamed, for the cross references.
    """
    _scale_range.set(_emotion_range(data))
    validator = _explaining_validator()(schema())
    renamed: set[Problem] = set()
    for attempt in range(_RENAME_PASSES + 1):  # the last pass only checks what the renames made
        errors = list(validator.iter_errors(data))
        renames = [rename for error in errors for rename in _renames(error)] if attempt < _RENAME_PASSES else []
        if not renames:
            break
        by_place: dict[tuple[Any, ...], dict[str, str]] = {}  # where -> {key: the key it means}
        for error, key, meant in renames:
            keys = by_place.setdefault(tuple(error.absolute_path), {})
            if meant in keys.values():  # emotoin and emotie both mean emotion: the first is checked
                continue
            keys[key] = meant
            renamed.add(_unknown_key(error, key, data, path))
        # Within a pass no rename lies inside another's value (the schema does not look into the
        # value of an unknown key), so they are all made in one copy.
        passing = {where[:depth] for where in by_place for depth in range(len(where))}
        data = _renamed(data, (), by_place, passing)
    return data, renamed | {problem for error in errors for problem in _explain(error, data, path)}


# A JSON Schema pattern is an ECMA 262 regular expression, whose '$' ends the text; Python's '$'
# also matches before a final newline, which let 'checkout\n' pass as an id. The compiled check
# reads '$' as '\Z' (fastjsonschema does); the check that explains every problem must too.
_DOLLAR = re.compile(r"(?<!\\)\$")


def _ecma_pattern(pattern: str) -> str:
    """A JSON Schema ``pattern`` as a Python regular expression with the same meaning of '$'."""
    return _DOLLAR.sub(r"\\Z", pattern)


@cache
def _explaining_validator() -> Any:
    import jsonschema
    from jsonschema.exceptions import ValidationError

    def pattern(validator: Any, expected: str, instance: Any, node: Any) -> Iterator[Any]:
        if validator.is_type(instance, "string") and not re.search(_ecma_pattern(expected), instance):
            yield ValidationError(f"{instance!r} does not match {expected!r}")

    return jsonschema.validators.extend(jsonschema.Draft7Validator, {"pattern": pattern})


def _renames(error: Any) -> Iterator[tuple[Any, str, str]]:
    """(error, key, meant key) for each unknown key that surely means a known one."""
    if error.validator == "anyOf":
        for sub in _matching_branch(error) or ():
            yield from _renames(sub)
        return
    if error.validator != "additionalProperties" or not isinstance(error.instance, YMap):
        return
    known = list(error.schema.get("properties", {}))
    for key in error.instance:
        if key in known or not isinstance(key, str) or key.startswith("x-"):
            continue
        meant = _meaning(key, known, sure=True) or closest(key, known, cutoff=0.8)
        if meant and meant not in error.instance:
            yield error, key, meant


def _renamed(
    node: Any, where: tuple[Any, ...], by_place: dict[tuple[Any, ...], dict[str, str]], passing: set[tuple[Any, ...]]
) -> Any:
    """A copy of ``node`` (at ``where``) in which the mappings at the places of ``by_place`` have
    their keys renamed; only what lies on the way to them (``passing``) is copied, and positions
    stay those of the file."""
    if where not in passing and where not in by_place:
        return node
    if isinstance(node, YMap):
        renames = by_place.get(where, {})
        copy = YMap(node.pos, node.flow)
        for name, value in node.items():
            new_name = renames.get(name, name)
            copy[new_name] = _renamed(value, (*where, name), by_place, passing)
            # The compiled check fills in defaults (locale), which have no position in the file.
            copy.key_pos[new_name] = node.key_pos.get(name, node.pos)
            copy.value_pos[new_name] = node.value_pos.get(name, node.pos)
        return copy
    copy_list = YList(node.pos, node.flow)
    copy_list.item_pos = list(node.item_pos)
    copy_list.quoted = node.quoted
    copy_list.extend(_renamed(v, (*where, i), by_place, passing) for i, v in enumerate(node))
    return copy_list


def _owner(error: Any) -> str:
    """What holds the keys of ``error.instance``: 'step', 'phase', or the key it is the value of."""
    if not error.absolute_path:
        return "at the top level"
    title = error.schema.get("title")
    return f"in {title.lower()}" if title else f"in {_field(list(error.absolute_path))}"


def _unknown_key(error: Any, key: Any, root: Any, path: str) -> Problem:
    """The problem of ``key`` in the mapping an ``additionalProperties`` error is about."""
    where = list(error.absolute_path)
    known = list(error.schema.get("properties", {}))
    suggestion = _translated(key, known) or did_you_mean(str(key), known)  # personen: personas, not persona
    message = f"unknown key '{key}' {_owner(error)}{suggestion}{_comma_hint(error.instance, key)}"
    return Problem(path, *locate(root, [*where, key], at_key=True), message, "unknown-key")


def _explain(error: Any, root: Any, path: str) -> Iterator[Problem]:
    where = list(error.absolute_path)
    instance, keyword, value = error.instance, error.validator, error.validator_value
    field = _field(where)
    pos = locate(root, where)
    if keyword == "additionalProperties" and isinstance(instance, dict):
        known = error.schema.get("properties", {})
        for key in instance:
            if key not in known and not str(key).startswith("x-"):
                yield _unknown_key(error, key, root, path)
        return
    if keyword == "required":
        for key in value:
            if key not in instance:
                whose = "the file" if not where else error.schema["title"].lower() if "title" in error.schema else field
                yield Problem(path, *pos, f"{whose} is missing '{key}'", "missing-key")
        return
    if keyword == "anyOf":
        yield from _explain_any_of(error, root, path)
        return
    if "propertyNames" in error.absolute_schema_path:
        return  # emotion keys: the cross references name each unknown persona, with a suggestion
    if keyword == "pattern" and _referring_key(where) in ("next", "to", "personas"):
        return  # a step or persona named where its id belongs: the cross references say which one is meant
    message = _keyword_message(keyword, value, instance, field, error.schema)
    if keyword == "type" and isinstance(instance, str) and "name" in error.schema.get("required", ()):
        message += _as_mapping_hint(
            instance, error.schema["required"], in_list=bool(where) and isinstance(where[-1], int)
        )
    yield Problem(path, *pos, message)


# Keys as Dutch teams name them (klantreis, fasen, contactmomenten…), and the keys they mean; the
# first one this mapping has is suggested.
_DUTCH_KEYS: dict[str, tuple[str, ...]] = {
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


def _meaning(key: str, known: Sequence[str], sure: bool = False) -> str | None:
    """The key that one written in Dutch means, if this mapping has it: 'afdelingen' means 'departments'.
    With ``sure``, only a word that can mean one key here ('gevoel' is emotion or feels)."""
    meanings = [m for m in _DUTCH_KEYS.get(str(key).casefold().replace("'", ""), ()) if m in known]
    return meanings[0] if meanings and not (sure and len(meanings) > 1) else None


def _translated(key: str, known: Sequence[str]) -> str:
    meaning = _meaning(key, known)
    return f" (did you mean '{meaning}'?)" if meaning else ""


def _comma_hint(mapping: Any, key: str) -> str:
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


def _as_mapping_hint(text: str, required: Sequence[str], in_list: bool) -> str:
    """How to write a plain name as the mapping the schema wants: a list of names is the first
    thing people write for steps, phases and personas."""
    name = shorten(text)
    if any(char in name for char in ",:#{}[]'\"") or name != name.strip():
        name = json.dumps(name, ensure_ascii=False)  # a YAML double-quoted scalar
    mapping = f"{{id: {slugify(text, 'item')}, name: {name}}}" if "id" in required else f"name: {name}"
    return f"; write it as '{'- ' if in_list else ''}{mapping}'"


def _keyword_message(keyword: str, value: Any, instance: Any, field: str, node: dict[str, Any]) -> str:
    if keyword == "const" or (keyword == "type" and "const" in node):  # one message, not one per keyword
        message = f"{field} must be {node['const']}, not {_describe(instance)}"
        if isinstance(instance, str) and instance.strip() == str(node["const"]):
            message += "; write it without quotes"
        return message
    if keyword == "type":
        message = f"{field} must be {_expects(node)}, not {_describe(instance)}"
        if "string" in value and isinstance(instance, (bool, int, float)):
            message += "; put it in quotes to keep it as text"
        return message
    if keyword == "enum":
        options = ", ".join(str(v) for v in value)
        return f"{field} must be one of {options}; got '{instance}'{did_you_mean(str(instance), map(str, value))}"
    if keyword in ("minimum", "maximum"):
        message = f"{field} must be {_expects(node)}, not {_number(instance)}"
        if node.get("maximum") == 1 and isinstance(instance, (int, float)) and 1 < instance <= 100:
            message += f"; for {instance:g} percent write {instance / 100:g} or '{instance:g}%'"
        return message
    if keyword == "pattern":
        if "mailto" in value:  # a research source's link, which a report makes clickable
            return f"{field} must be an http://, https:// or mailto: address, not {_quoted(instance)}"
        if "%" in value:
            percentage = "a percentage from 0% to 100% such as '35%'"
            return f"{field} must be a fraction from 0 to 1 or {percentage}, not {_quoted(instance)}"
        message = (
            f"{field} must be an id (ASCII letters and digits, '-', '_' and '.', starting with a letter or digit), "
            f"not {_quoted(instance)}"
        )
        suggestion = slugify(instance, "")
        return message + (f" (did you mean '{suggestion}'?)" if suggestion else "")
    if keyword == "minLength":
        return f"{field} must not be empty"
    if keyword == "maxLength":
        return f"{field} is {len(instance):,} characters long; at most {value:,} fit on a map"
    if keyword == "minItems":
        return f"{field} needs at least {value} item{'s' if value > 1 else ''}"
    if keyword == "uniqueItems":
        return f"{field} lists '{_first_repeat(instance)}' more than once"
    return f"{field}: {keyword} {value} not met"


def _first_repeat(items: Sequence[Any]) -> Any:
    """The first item that equals one before it ("" if none), remembering those seen in a set, so
    that a list of 20,000 is not compared with itself item by item."""
    seen: set[Any] = set()
    unhashable: list[Any] = []  # mappings and lists, which only a list can hold
    for item in items:
        try:
            if item in seen:
                return item
            seen.add(item)
        except TypeError:
            if item in unhashable:
                return item
            unhashable.append(item)
    return ""


def _wrong_type(error: Any) -> bool:
    """Whether the value itself has a type this schema branch does not take (a branch that is an
    ``anyOf`` of its own counts when all of its branches do)."""
    if error.relative_path:
        return False
    if error.validator == "anyOf":
        return all(_wrong_type(sub) for sub in error.context)
    return bool(error.validator == "type")


def _matching_branch(error: Any) -> list[Any] | None:
    """The errors of the ``anyOf`` branch whose type the value has, if one has it."""
    by_branch: dict[int, list[Any]] = {}
    for sub in error.context:
        by_branch.setdefault(sub.relative_schema_path[0], []).append(sub)
    for subs in by_branch.values():
        if not any(_wrong_type(s) for s in subs):
            return subs
    return None


def _explain_any_of(error: Any, root: Any, path: str) -> Iterator[Problem]:
    """Report the branch that matches the value's type, or say which types are allowed."""
    subs = _matching_branch(error)
    if subs is not None:
        for sub in subs:
            yield from _explain(sub, root, path)
        return
    where = list(error.absolute_path)
    message = f"{_field(where)} must be {_expects(error.schema)}, not {_describe(error.instance)}"
    yield Problem(path, *locate(root, where), message)


# --- cross references -------------------------------------------------------------------------
# These also run on files the schema rejected, so they read defensively: all problems at once.


def _maps(node: Any, key: str) -> list[YMap]:
    items = node.get(key) if isinstance(node, YMap) else None
    return [item for item in items if isinstance(item, YMap)] if isinstance(items, YList) else []


def _ids(items: list[YMap]) -> list[YMap]:
    return [item for item in items if isinstance(item.get("id"), str)]


# What people write when they mean "the journey ends here" (which is `next: []`).
_END_WORDS = frozenset({"end", "stop", "done", "exit", "none", "null", "einde", "stoppen", "klaar"})


def _reference_problems(data: YMap, path: str) -> Iterator[Problem]:
    def at(node: YMap | YList, key: Any, message: str, code: str = "reference", at_key: bool = False) -> Problem:
        if isinstance(node, YList):
            line, column = node.item_pos[key]
            return Problem(path, line, column, message, code)
        line, column = node.key_pos[key] if at_key else node.value_pos[key]
        return Problem(path, line, column, message, code)

    catalogues: dict[str, dict[str, Pos]] = {}
    for kind in ("personas", "touchpoints", "departments"):
        seen: dict[str, Pos] = {}
        for item in _ids(_maps(data, kind)):
            if item["id"] in seen:
                yield at(
                    item,
                    "id",
                    f"duplicate {kind[:-1]} id '{item['id']}' (first at line {seen[item['id']][0]})",
                    "duplicate-id",
                )
            else:
                seen[item["id"]] = item.value_pos["id"]
        catalogues[kind] = seen
    personas = catalogues["personas"]
    declared = _maps(data, "personas")
    if len(declared) > MAX_PERSONAS:
        message = (
            f"the journey has {len(declared):,} personas; a map draws at most {MAX_PERSONAS} "
            "(an emotion line each; split them over several journeys)"
        )
        yield Problem(path, *declared[MAX_PERSONAS].pos, message, "limit")
        return

    if isinstance(data.get("persona"), str) and data["persona"] not in personas:
        hint = did_you_mean(data["persona"], personas) if personas else "; list it under 'personas:'"
        yield at(data, "persona", f"unknown persona '{data['persona']}'{hint}")

    phase_ids: dict[str, Pos] = {}
    phases = _maps(data, "phases")
    for phase in _ids(phases):
        phase_id = phase["id"]
        if phase_id in phase_ids:
            yield at(
                phase, "id", f"duplicate phase id '{phase_id}' (first at line {phase_ids[phase_id][0]})", "duplicate-id"
            )
        phase_ids.setdefault(phase_id, phase.value_pos["id"])

    steps = [
        step
        for phase in phases
        for step in _maps(phase, "steps")
        if isinstance(step.get("id", ""), str) and isinstance(step.get("name"), str)
    ]
    if len(steps) > MAX_STEPS:
        message = (
            f"the journey has {len(steps):,} steps; journeymd draws at most {MAX_STEPS:,} (split it into several files)"
        )
        yield Problem(path, *steps[MAX_STEPS].pos, message, "limit")
        return
    yield from _too_many_departments(data, steps, path)
    ids = step_ids(steps)
    first_at: dict[str, YMap] = {}
    for step, step_id in zip(steps, ids, strict=True):
        if step_id in first_at:
            other = first_at[step_id]
            line = other.pos[0]
            if "id" in step:
                yield at(step, "id", f"duplicate step id '{step_id}' (first at line {line})", "duplicate-id")
            else:
                message = (
                    f"another step (line {line}) also gets the id '{step_id}' from its name; give one of them an 'id:'"
                )
                yield at(step, "name", message, "duplicate-id")
        else:
            first_at[step_id] = step

    hints = _Hints(data, phases, steps, ids)
    links = 0
    for step in steps:
        yield from _step_references(step, catalogues, first_at, hints, at)
        written = _next_links(step)
        if len(written) > MAX_STEP_LINKS:
            message = f"'next' has {len(written):,} links; a step may lead to at most {MAX_STEP_LINKS} steps"
            yield at(step, "next", message, "limit")
        elif links <= MAX_LINKS < links + len(written):
            message = (
                f"the journey's steps list more than {MAX_LINKS:,} 'next' links in all, the most journeymd draws "
                "(split it into several files)"
            )
            yield at(step, "next", message, "limit")
        links += len(written)
    checked: set[int] = set()  # a list shared through an alias is checked once
    for node in (*steps, *phases, *_maps(data, "personas")):
        yield from _comma_splits(node, path, checked)


# A parenthesis that belongs to a smiley, :( or ;-), opens or closes nothing.
_SMILEY = re.compile(r"[:;=]-?[()]")


def _parentheses(text: str) -> int:
    """How many more parentheses ``text`` opens than it closes."""
    text = _SMILEY.sub("", text)
    return text.count("(") - text.count(")")


def _comma_splits(node: YMap, path: str, checked: set[int]) -> Iterator[Problem]:
    """In ``[Price disappoints (FSC wood, 10 years guarantee)]`` the comma split one text in two;
    a parenthesis opened in one item and closed in the next gives it away. ``checked`` holds the
    ids of the lists already looked at."""
    for key, value in node.items():
        if not (isinstance(value, YList) and value.flow) or str(key).startswith("x-") or id(value) in checked:
            continue
        checked.add(id(value))
        # A quoted item was written whole: no comma inside quotes ends it.
        texts = [
            item if isinstance(item, str) and index not in (value.quoted or ()) else ""
            for index, item in enumerate(value)
        ]
        opened = [_parentheses(text) for text in texts]
        closes = _closing_items(opened)
        start = 0
        while start < len(texts):
            end = closes[start] if opened[start] > 0 else None
            if end is not None:
                whole = json.dumps(", ".join(texts[start : end + 1]), ensure_ascii=False)
                message = (
                    f"a comma inside [...] split one text into {end - start + 1} items; "
                    f"if it is one text, quote it: {shorten(whole, 80)}"
                )
                yield Problem(path, *value.item_pos[start], message, "comma-split")
                start = end + 1
            else:
                start += 1


def _closing_items(opened: list[int]) -> list[int | None]:
    """For each item, the first later item by which every parenthesis opened from it on is closed
    again, if any: the first ``end`` where the running count drops back to where it was. One sweep
    with a stack, so that a list of thousands of '(' is not rescanned from every item."""
    counts = [0]
    for change in opened:
        counts.append(counts[-1] + change)
    closes: list[int | None] = [None] * len(opened)
    stack: list[int] = []  # later places in ``counts`` that no nearer one with a count as low hides
    for place in range(len(counts) - 1, -1, -1):
        while stack and counts[stack[-1]] > counts[place]:
            stack.pop()
        if place < len(opened) and stack:
            closes[place] = stack[-1] - 1
        stack.append(place)
    return closes


def _too_many_departments(data: YMap, steps: list[YMap], path: str) -> Iterator[Problem]:
    """One problem if the journey has more than MAX_DEPARTMENTS departments: in its catalogue, or
    without one, named in its steps (at the first name too many)."""
    catalogue = _maps(data, "departments")
    count, first_over = len(catalogue), catalogue[MAX_DEPARTMENTS].pos if len(catalogue) > MAX_DEPARTMENTS else None
    if not catalogue:
        names: set[str] = set()
        for step in steps:
            listed = step.get("departments")
            used = list(zip(listed, listed.item_pos, strict=True)) if isinstance(listed, YList) else []
            for layer in ("frontstage", "backstage", "support"):
                used += [(a["department"], a.value_pos["department"]) for a in _maps(step, layer) if "department" in a]
            for name, pos in used:
                if isinstance(name, str) and name not in names:
                    names.add(name)
                    if len(names) == MAX_DEPARTMENTS + 1:
                        first_over = pos
        count = len(names)
    if first_over is not None:
        message = (
            f"the journey has {count:,} departments; journeymd shows at most {MAX_DEPARTMENTS} "
            "(a row each in the report's department matrix; split the journey or group them)"
        )
        yield Problem(path, *first_over, message, "limit")


def _next_links(step: YMap) -> list[Any]:
    """The links a step's ``next`` writes: one, a list, or none."""
    links = step.get("next")
    if isinstance(links, (str, YMap)):
        return [links]
    return links if isinstance(links, YList) else []


# A suggestion compares the wrong name with every name it could mean: thousands of wrong links
# among thousands of steps took minutes. The first problems in the file get their suggestions;
# past this many names compared, the rest are reported without one.
SUGGESTION_COMPARISONS = 50_000


class _Hints:
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
                i["name"].casefold(): i["id"] for i in _ids(_maps(self.data, kind)) if isinstance(i.get("name"), str)
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
            first = next((id_of[id(step)] for step in _maps(phase, "steps") if id(step) in id_of), None)
            if isinstance(phase_id, str):
                starts.setdefault(phase_id, first or "")
        return starts


def _step_references(
    step: YMap, catalogues: dict[str, dict[str, Pos]], steps: dict[str, YMap], hints: _Hints, at: Any
) -> Iterator[Problem]:
    emotion = step.get("emotion")
    personas = catalogues["personas"]
    takers = step.get("personas")
    if isinstance(takers, YList):
        for index, persona in enumerate(takers):
            if isinstance(persona, str) and persona not in personas:
                hint = hints.did_you_mean(persona, personas) if personas else "; list personas under 'personas:' first"
                yield at(takers, index, f"unknown persona '{persona}'{hint}")
    if isinstance(emotion, YMap):
        for key in emotion:
            if key not in personas:
                hint = hints.did_you_mean(key, personas) if personas else "; list personas under 'personas:' first"
                yield at(emotion, key, f"unknown persona '{key}' in emotion{hint}", at_key=True)
            elif isinstance(takers, YList) and key not in takers:
                message = f"an emotion for persona '{key}', who does not take this step (its 'personas' are "
                yield at(emotion, key, message + ", ".join(map(str, takers)) + ")", at_key=True)
    for kind in ("touchpoints", "departments"):
        known = catalogues[kind]
        items = step.get(kind)
        if not known or not isinstance(items, YList):
            continue  # without a catalogue, plain names are the touchpoints/departments themselves
        for index, item in enumerate(items):
            if isinstance(item, str) and item not in known:
                named = hints.names[kind].get(item.casefold())
                hint = f"; steps use the id: '{named}'" if named else hints.did_you_mean(item, known)
                hint = hint or f"; add it to '{kind}:' at the top or use its id"
                yield at(items, index, f"unknown {kind[:-1]} '{shorten(item)}'{hint}")
    departments = catalogues["departments"]
    for layer in ("frontstage", "backstage", "support"):
        for action in _maps(step, layer):
            name = action.get("department")
            if departments and isinstance(name, str) and name not in departments:
                hint = hints.did_you_mean(name, departments) or "; add it to 'departments:' at the top or use its id"
                yield at(action, "department", f"unknown department '{shorten(name)}'{hint}")
    links = step.get("next")
    if isinstance(links, YList) and len(links) > MAX_STEP_LINKS:
        return  # reported once by the caller, not once for each link
    if isinstance(links, (str, YMap)):  # a single link without a list
        links, single = [links], True
    else:
        single = False
    if isinstance(links, (list, YList)):
        for index, link in enumerate(links):
            node, where = (link, "to") if isinstance(link, YMap) else (step, "next") if single else (links, index)
            target = link.get("to") if isinstance(link, YMap) else link
            if isinstance(target, str) and target not in steps:
                hint = hints.did_you_mean(target, steps)
                position = re.fullmatch(r"step-(\d+)", target)
                first_steps = hints.phase_starts
                phase = next((t for t in (target, slugify(target, "")) if t in first_steps), None)
                if phase is not None:
                    first = first_steps[phase]
                    such = f", such as its first, '{first}'" if first else ""
                    hint = f"; '{phase}' is a phase: point to a step{such}"
                elif position and 0 < int(position[1]) <= len(hints.ids):
                    # Steps whose names have no Latin letters get an id made from the name, not a number.
                    actual = hints.ids[int(position[1]) - 1]
                    hint = f"; step {position[1]}'s id is '{actual}' (or give it an 'id:' to link by)"
                elif target.lower() in _END_WORDS:
                    hint += "; to end the journey here, write 'next: []'"
                yield at(node, where, f"'next' points to unknown step '{target}'{hint}")


def _lane_problems(data: YMap, path: str) -> Iterator[Problem]:
    """The file's own lanes: ids that are new and unique, a score's scale that runs upwards, and
    steps that fill only lanes that exist, each with content of the lane's kind."""
    from .model import BLUEPRINT_LANES, LANES

    def key_at(node: YMap, key: str, message: str, code: str = "reference") -> Problem:
        return Problem(path, *node.key_pos[key], message, code)

    def value_at(node: YMap, key: str, message: str, code: str = "lane") -> Problem:
        return Problem(path, *node.value_pos[key], message, code)

    built_in = (*LANES, *BLUEPRINT_LANES)
    lanes: dict[str, YMap] = {}
    for lane in _ids(_maps(data, "lanes")):
        lane_id = lane["id"]
        if lane_id in built_in:
            yield value_at(lane, "id", f"'{lane_id}' is one of the map's own lanes; list it by name, or give your lane "
                           "another id", "duplicate-id")  # fmt: skip
        elif lane_id in lanes:
            yield value_at(lane, "id", f"duplicate lane id '{lane_id}' (first at line {lanes[lane_id].pos[0]})",
                           "duplicate-id")  # fmt: skip
        else:
            lanes[lane_id] = lane
        kind = lane.get("kind", "text")
        low, high = lane.get("min", 1), lane.get("max", 5)
        if kind != "score":
            for key in ("min", "max"):
                if key in lane:
                    yield key_at(lane, key, f"only a score lane has '{key}'; this lane's kind is '{kind}'", "lane")
        elif _is_number(low) and _is_number(high) and low >= high:
            where = "max" if "max" in lane else "min"
            yield value_at(
                lane, where, f"a score lane's 'max' must be above its 'min' ({_number(low)} … {_number(high)})"
            )
    for phase in _maps(data, "phases"):
        for step in _maps(phase, "steps"):
            filled = step.get("lanes")
            if not isinstance(filled, YMap):
                continue
            for key, value in filled.items():
                own = lanes.get(str(key))
                if own is None:
                    if str(key) in built_in:
                        hint = f"; '{key}' is one of the map's own lanes: write it as the step's '{key}:'"
                    else:
                        hint = did_you_mean(str(key), lanes) or (
                            f"; define it under the top-level 'lanes:' as {{id: {key}, name: …, kind: text}}"
                        )
                    yield key_at(filled, key, f"unknown lane '{shorten(str(key))}'{hint}")
                    continue
                yield from _lane_value_problems(own, filled, key, value, value_at)


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _lane_value_problems(lane: YMap, filled: YMap, key: str, value: Any, value_at: Any) -> Iterator[Problem]:
    """Whether a step's ``value`` fits the kind of the lane it fills."""
    kind = lane.get("kind", "text")
    if kind == "score":
        low, high = lane.get("min", 1), lane.get("max", 5)
        if not _is_number(value):
            yield value_at(filled, key, f"lane '{key}' holds a score from {_number(low)} to {_number(high)}; "
                           f"got {_describe(value)}")  # fmt: skip
        elif _is_number(low) and _is_number(high) and not low <= value <= high:
            yield value_at(
                filled, key, f"lane '{key}' runs from {_number(low)} to {_number(high)}; got {_number(value)}"
            )
    elif kind == "list":
        if _is_number(value):
            yield value_at(
                filled, key, f"lane '{key}' is a list lane: give a text or a list of texts; got {_describe(value)}"
            )
    elif not isinstance(value, str):
        yield value_at(filled, key, f"lane '{key}' is a {kind} lane: give one text; got {_describe(value)}")


def _scale_problems(data: YMap, path: str) -> Iterator[Problem]:
    """The emotion scale runs upwards over at most 11 levels, names each level once, and every
    step's emotion is a whole number on it (the schema only knows it is a whole number)."""
    scale = data.get("emotion_scale")
    low, high = -2, 2
    if isinstance(scale, YMap):
        levels = scale.get("levels")
        count = len(levels) if isinstance(levels, YList) else 0
        if any(not _is_number(scale[key]) for key in ("min", "max") if key in scale):
            return  # the schema said what is wrong with it
        low, high = _emotion_range(data)
        where = "max" if "max" in scale else "min" if "min" in scale else "levels"
        if ("min" in scale) != ("max" in scale) and not count:
            key = "min" if "min" in scale else "max"
            yield Problem(path, *scale.key_pos[key], "give the emotion scale both 'min' and 'max'", "scale")
            return
        if high <= low:
            yield Problem(path, *scale.value_pos[where], f"the emotion scale's 'max' must be above its 'min' "
                          f"({low} … {high})", "scale")  # fmt: skip
            return
        if high - low > 10:
            yield Problem(path, *scale.value_pos[where], f"the emotion scale has {high - low + 1} levels; at most 11 "
                          "fit on the axis", "scale")  # fmt: skip
            return
        if count and count != high - low + 1:
            message = f"the emotion scale from {low} to {high} has {high - low + 1} levels, but 'levels' names {count}"
            yield Problem(path, *scale.value_pos["levels"], message, "scale")
            return
    elif scale is not None:
        return  # the schema said what is wrong with it
    for phase in _maps(data, "phases"):
        for step in _maps(phase, "steps"):
            emotion = step.get("emotion")
            scores: list[tuple[YMap, str, Any]] = [(step, "emotion", emotion)]
            if isinstance(emotion, YMap):
                scores = [(emotion, str(key), value) for key, value in emotion.items()]
            for node, key, value in scores:
                whole = _is_number(value) and float(value).is_integer()
                if whole and not low <= value <= high:
                    message = f"'{key}' must be a whole number from {low} to {high}, not {_number(value)}"
                    if isinstance(scale, YMap):
                        message += " (the journey's 'emotion_scale')"
                    yield Problem(path, *node.value_pos[key], message, "scale")
