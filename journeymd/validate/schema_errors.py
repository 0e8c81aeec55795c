"""Schema errors in a person's words, each at the line and column of the value it is about."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from functools import cache
from typing import Any

from ..loader import YList, YMap
from ..problem import Problem, closest, did_you_mean
from ..slug import slugify
from .hints import as_mapping_hint, comma_hint, meaning, translated
from .reading import emotion_range, locate
from .schema_access import schema
from .wording import TYPE_WORDS, describe, field_name, number_text, quoted


def referring_key(path: Sequence[Any]) -> str:
    """The last key on ``path``: 'to' for phases[0].steps[2].next[1].to."""
    return next((str(part) for part in reversed(path) if isinstance(part, str)), "")


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
    kinds = [word for kind in kinds for word in (("true", "false") if kind == TYPE_WORDS["boolean"] else (kind,))]
    return f"{', '.join(kinds[:-1])} or {kinds[-1]}"


# The emotion scale of the journey being explained, for what a score must be.
_scale_range: ContextVar[tuple[int, int]] = ContextVar("_scale_range", default=(-2, 2))


def _expected_kinds(node: dict[str, Any]) -> list[str]:
    node = _resolve(node)
    if "anyOf" in node:
        return [kind for branch in node["anyOf"] for kind in _expected_kinds(branch)]
    kinds = node.get("type", "any")
    words = " or ".join(TYPE_WORDS[k] for k in ([kinds] if isinstance(kinds, str) else kinds))
    if node is schema()["definitions"]["score"]:  # its range is the journey's emotion scale
        low, high = _scale_range.get()
        words += f" from {low} to {high}"
    elif "minimum" in node and "maximum" in node:
        words += f" from {number_text(node['minimum'])} to {number_text(node['maximum'])}"
    elif "minimum" in node:
        words += f" of {number_text(node['minimum'])} or more"
    if node.get("type") == "string" and "pattern" in node and "%" in node["pattern"]:
        words = "a percentage from 0% to 100% such as '35%'"
    return [words]


_RENAME_PASSES = 4  # a misspelt key inside the value of a misspelt key, and so on


def schema_problems(data: Any, path: str) -> tuple[Any, set[Problem]]:
    """Every schema problem, and the data as checked.

    A key that is misspelt or written in Dutch (``fasen``, ``emotoin``) is reported, then its
    value is checked as the key it surely means: otherwise every mistake below it would show
    only on the next run. The data returned has those keys renamed, for the cross references.
    """
    _scale_range.set(emotion_range(data))
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
        meant = meaning(key, known, sure=True) or closest(key, known, cutoff=0.8)
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
    return f"in {title.lower()}" if title else f"in {field_name(list(error.absolute_path))}"


def _unknown_key(error: Any, key: Any, root: Any, path: str) -> Problem:
    """The problem of ``key`` in the mapping an ``additionalProperties`` error is about."""
    where = list(error.absolute_path)
    known = list(error.schema.get("properties", {}))
    suggestion = translated(key, known) or did_you_mean(str(key), known)  # personen: personas, not persona
    message = f"unknown key '{key}' {_owner(error)}{suggestion}{comma_hint(error.instance, key)}"
    return Problem(path, *locate(root, [*where, key], at_key=True), message, "unknown-key")


def _explain(error: Any, root: Any, path: str) -> Iterator[Problem]:
    where = list(error.absolute_path)
    instance, keyword, value = error.instance, error.validator, error.validator_value
    field = field_name(where)
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
    if keyword == "pattern" and referring_key(where) in ("next", "to", "personas"):
        return  # a step or persona named where its id belongs: the cross references say which one is meant
    message = _keyword_message(keyword, value, instance, field, error.schema)
    if keyword == "type" and isinstance(instance, str) and "name" in error.schema.get("required", ()):
        message += as_mapping_hint(
            instance, error.schema["required"], in_list=bool(where) and isinstance(where[-1], int)
        )
    yield Problem(path, *pos, message)


def _keyword_message(keyword: str, value: Any, instance: Any, field: str, node: dict[str, Any]) -> str:
    """What the failed schema ``keyword`` (with its ``value``) says about ``instance``, in words."""
    if keyword == "const" or (keyword == "type" and "const" in node):  # one message, not one per keyword
        return _const_message(instance, field, node)
    if keyword == "type":
        return _type_message(value, instance, field, node)
    if keyword == "enum":
        options = ", ".join(str(v) for v in value)
        return f"{field} must be one of {options}; got '{instance}'{did_you_mean(str(instance), map(str, value))}"
    if keyword in ("minimum", "maximum"):
        return _range_message(instance, field, node)
    if keyword == "pattern":
        return _pattern_message(value, instance, field)
    if keyword == "minLength":
        return f"{field} must not be empty"
    if keyword == "maxLength":
        return f"{field} is {len(instance):,} characters long; at most {value:,} fit on a map"
    if keyword == "minItems":
        return f"{field} needs at least {value} item{'s' if value > 1 else ''}"
    if keyword == "maxItems":
        return f"{field} lists {len(instance):,} items; at most {value:,} are allowed"
    if keyword == "uniqueItems":
        return f"{field} lists '{_first_repeat(instance)}' more than once"
    return f"{field}: {keyword} {value} not met"


def _const_message(instance: Any, field: str, node: dict[str, Any]) -> str:
    message = f"{field} must be {node['const']}, not {describe(instance)}"
    if isinstance(instance, str) and instance.strip() == str(node["const"]):
        message += "; write it without quotes"
    return message


def _type_message(types: Any, instance: Any, field: str, node: dict[str, Any]) -> str:
    message = f"{field} must be {_expects(node)}, not {describe(instance)}"
    if "string" in types and isinstance(instance, (bool, int, float)):
        message += "; put it in quotes to keep it as text"
    return message


def _range_message(instance: Any, field: str, node: dict[str, Any]) -> str:
    message = f"{field} must be {_expects(node)}, not {number_text(instance)}"
    if node.get("maximum") == 1 and isinstance(instance, (int, float)) and 1 < instance <= 100:
        message += f"; for {instance:g} percent write {instance / 100:g} or '{instance:g}%'"
    return message


def _pattern_message(pattern: str, instance: Any, field: str) -> str:
    if "mailto" in pattern:  # a research source's link, which a report makes clickable
        return f"{field} must be an http://, https:// or mailto: address, not {quoted(instance)}"
    if "%" in pattern:
        percentage = "a percentage from 0% to 100% such as '35%'"
        return f"{field} must be a fraction from 0 to 1 or {percentage}, not {quoted(instance)}"
    if "yaml" in pattern:  # a link to another journey
        return (
            f"{field} must be a journey file's path relative to this file, such as 'returns.journey.yaml' "
            f"(no URL, no absolute path), not {quoted(instance)}"
        )
    message = (
        f"{field} must be an id (ASCII letters and digits, '-', '_' and '.', starting with a letter or digit), "
        f"not {quoted(instance)}"
    )
    suggestion = slugify(instance, "")
    return message + (f" (did you mean '{suggestion}'?)" if suggestion else "")


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
    message = f"{field_name(where)} must be {_expects(error.schema)}, not {describe(error.instance)}"
    yield Problem(path, *locate(root, where), message)
