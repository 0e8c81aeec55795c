"""Check loaded data against the JSON Schema, then the cross references no schema can express."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from ._data import read_text
from .loader import Pos, YList, YMap
from .problems import Problem, did_you_mean, shorten
from .slug import slugify, step_ids

__all__ = ["FORMAT_VERSION", "MAX_STEPS", "check", "schema", "schema_text"]

FORMAT_VERSION = 1
MAX_STEPS = 10_000  # a 5000-step map renders in seconds; far beyond that nobody reads it


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
    """Every problem in ``data``: the format version first, then schema, then cross references."""
    version = _version_problem(data, path)
    if version is not None:
        return [version]
    try:
        _fast_validator()(data)
    except ValueError:  # fastjsonschema's errors, and those of the generated copy, are ValueErrors
        # The compiled check stops at the first error; jsonschema explains all of them.
        return sorted(set(_schema_problems(data, path)) | set(_reference_problems(data, path)))
    return sorted(set(_reference_problems(data, path)))


def _version_problem(data: Any, path: str) -> Problem | None:
    if not isinstance(data, YMap):
        line, column = getattr(data, "pos", (1, 1))
        if data is None:
            return Problem(path, 1, 1, "the file is empty; a journey starts with 'journeymd: 1'")
        return Problem(path, line, column, f"a journey file must be a mapping of keys, not {_describe(data)}")
    if "journeymd" not in data:
        return Problem(path, *data.pos, "missing 'journeymd: 1' (the format version) at the top of the file")
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
        return f"{value} (a number)"
    if isinstance(value, str):
        return f"text '{shorten(value)}'"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


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


def _expected_kinds(node: dict[str, Any]) -> list[str]:
    node = _resolve(node)
    if "anyOf" in node:
        return [kind for branch in node["anyOf"] for kind in _expected_kinds(branch)]
    kinds = node.get("type", "any")
    words = " or ".join(_TYPE_WORDS[k] for k in ([kinds] if isinstance(kinds, str) else kinds))
    if "minimum" in node and "maximum" in node:
        words += f" from {node['minimum']} to {node['maximum']}"
    elif "minimum" in node:
        words += f" of {node['minimum']} or more"
    if node.get("type") == "string" and "pattern" in node and "%" in node["pattern"]:
        words = "a percentage such as '35%'"
    return [words]


def _schema_problems(data: Any, path: str) -> Iterator[Problem]:
    import jsonschema

    validator = jsonschema.Draft7Validator(schema())
    for error in validator.iter_errors(data):
        yield from _explain(error, data, path)


def _explain(error: Any, root: Any, path: str) -> Iterator[Problem]:
    where = list(error.absolute_path)
    instance, keyword, value = error.instance, error.validator, error.validator_value
    field = _field(where)
    pos = locate(root, where)
    owner = error.schema.get("title", "mapping")
    if keyword == "additionalProperties" and isinstance(instance, dict):
        known = list(error.schema.get("properties", {}))
        for key in instance:
            if key not in known and not str(key).startswith("x-"):
                where_text = "at the top level" if not where else f"in {owner.lower()}"
                message = f"unknown key '{key}' {where_text}{did_you_mean(str(key), known) or _translated(key, known)}"
                message += _comma_hint(instance, key)
                yield Problem(path, *locate(root, [*where, key], at_key=True), message, "unknown-key")
        return
    if keyword == "required":
        for key in value:
            if key not in instance:
                yield Problem(path, *pos, f"{owner.lower() if where else 'the file'} is missing '{key}'", "missing-key")
        return
    if keyword == "anyOf":
        yield from _explain_any_of(error, root, path)
        return
    if keyword == "propertyNames":
        message = f"'{instance}' is not a valid id: use letters, digits, '-', '_' and '.'"
        yield Problem(path, *locate(root, [*where, instance], at_key=True), message)
        return
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
}


def _translated(key: str, known: Sequence[str]) -> str:
    """A suggestion for a key written in Dutch: 'afdelingen' means 'departments'."""
    for meaning in _DUTCH_KEYS.get(str(key).casefold().replace("'", ""), ()):
        if meaning in known:
            return f" (did you mean '{meaning}'?)"
    return ""


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
        return f"{field} must be {_expects(node)}, not {instance}"
    if keyword == "pattern":
        if "%" in value:
            return f"{field} must be a fraction from 0 to 1 or a percentage such as '35%', not '{shorten(instance)}'"
        return (
            f"{field} must be an id (letters, digits, '-', '_' and '.', starting with a letter or digit), "
            f"not '{shorten(instance)}'"
        )
    if keyword == "minLength":
        return f"{field} must not be empty"
    if keyword == "maxLength":
        return f"{field} is {len(instance):,} characters long; at most {value:,} fit on a map"
    if keyword == "minItems":
        return f"{field} needs at least {value} item{'s' if value > 1 else ''}"
    if keyword == "uniqueItems":
        dup = next((item for index, item in enumerate(instance) if item in instance[:index]), "")
        return f"{field} lists '{dup}' more than once"
    return f"{field}: {keyword} {value} not met"


def _wrong_type(error: Any) -> bool:
    """Whether the value itself has a type this schema branch does not take (a branch that is an
    ``anyOf`` of its own counts when all of its branches do)."""
    if error.relative_path:
        return False
    if error.validator == "anyOf":
        return all(_wrong_type(sub) for sub in error.context)
    return bool(error.validator == "type")


def _explain_any_of(error: Any, root: Any, path: str) -> Iterator[Problem]:
    """Report the branch that matches the value's type, or say which types are allowed."""
    by_branch: dict[int, list[Any]] = {}
    for sub in error.context:
        by_branch.setdefault(sub.relative_schema_path[0], []).append(sub)
    for subs in by_branch.values():
        if not any(_wrong_type(s) for s in subs):
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

    for step in steps:
        yield from _step_references(step, catalogues, first_at, at)


def _step_references(
    step: YMap, catalogues: dict[str, dict[str, Pos]], steps: dict[str, YMap], at: Any
) -> Iterator[Problem]:
    emotion = step.get("emotion")
    if isinstance(emotion, YMap):
        personas = catalogues["personas"]
        for key in emotion:
            if key not in personas:
                hint = did_you_mean(key, personas) if personas else "; list personas under 'personas:' first"
                yield at(emotion, key, f"unknown persona '{key}' in emotion{hint}", at_key=True)
    for kind in ("touchpoints", "departments"):
        known = catalogues[kind]
        items = step.get(kind)
        if not known or not isinstance(items, YList):
            continue  # without a catalogue, plain names are the touchpoints/departments themselves
        for index, item in enumerate(items):
            if isinstance(item, str) and item not in known:
                message = f"unknown {kind[:-1]} '{shorten(item)}'{did_you_mean(item, known)}"
                if not did_you_mean(item, known):
                    message += f"; add it to '{kind}:' at the top or use its id"
                yield at(items, index, message)
    departments = catalogues["departments"]
    for layer in ("frontstage", "backstage", "support"):
        for action in _maps(step, layer):
            name = action.get("department")
            if departments and isinstance(name, str) and name not in departments:
                hint = did_you_mean(name, departments) or "; add it to 'departments:' at the top or use its id"
                yield at(action, "department", f"unknown department '{shorten(name)}'{hint}")
    links = step.get("next")
    if isinstance(links, (str, YMap)):  # a single link without a list
        links, single = [links], True
    else:
        single = False
    if isinstance(links, (list, YList)):
        for index, link in enumerate(links):
            node, where = (link, "to") if isinstance(link, YMap) else (step, "next") if single else (links, index)
            target = link.get("to") if isinstance(link, YMap) else link
            if isinstance(target, str) and target not in steps:
                hint = did_you_mean(target, steps)
                if target.lower() in _END_WORDS:
                    hint += "; to end the journey here, write 'next: []'"
                yield at(node, where, f"'next' points to unknown step '{target}'{hint}")
