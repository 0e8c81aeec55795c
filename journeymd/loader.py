"""Read YAML safely into plain data that remembers the line and column of every key and value.

Built on the parser's event stream rather than PyYAML's constructor so that nothing can run
code, aliases cannot blow up memory, deep nesting fails fast, duplicate keys are caught, and
each value keeps its source position for later error messages.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import yaml

from ._stdin import STDIN, read_stdin
from .problem import JourneyError, Problem
from .yamlerrors import syntax_problems

__all__ = [
    "MAX_ALIAS_VALUES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "STDIN",
    "Pos",
    "YList",
    "YMap",
    "parse_yaml",
    "read_text",
]

Pos = tuple[int, int]

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 2_000_000  # after alias expansion; a 5000-step journey has about 250 000
MAX_CHARS = MAX_BYTES  # characters of text after alias expansion: no more than the largest file holds
# Values that aliases add, each use counted with all it holds. Every later stage (schema check, model,
# map, report) works on the expanded data, so a small file must not expand far beyond what it
# says: `touchpoints: *tps` in every step would otherwise cost as much as writing the list out each
# time. 100 000 leaves room for `<<: *defaults` of ten values in each of 10 000 steps.
MAX_ALIAS_VALUES = 100_000

# libyaml's parser is several times faster, and PyYAML's wheels bring it. The pure-Python parser
# is stricter in one place people write: a question mark before a comma in [...], as in
# [Does it run small?, Can I return it?], is a syntax error there.
try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_TAG = "tag:yaml.org,2002:"
_QUOTES = ("'", '"')  # the styles of a quoted scalar
_BOOLS = yaml.constructor.SafeConstructor.bool_values
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


class YMap(dict[str, Any]):
    """A mapping with the position of itself, each key and each value; ``flow`` when it was
    written inline as ``{a: 1, b: 2}``."""

    __slots__ = ("flow", "key_pos", "pos", "value_pos")

    def __init__(self, pos: Pos, flow: bool = False) -> None:
        super().__init__()
        self.pos = pos
        self.flow = flow
        self.key_pos: dict[str, Pos] = {}
        self.value_pos: dict[str, Pos] = {}


class YList(list[Any]):
    """A sequence with the position of itself and of each item; ``flow`` when it was written
    inline as ``[a, b]``, and in ``quoted`` the indexes of items written in quotes."""

    __slots__ = ("flow", "item_pos", "pos", "quoted")

    def __init__(self, pos: Pos, flow: bool = False) -> None:
        super().__init__()
        self.pos = pos
        self.flow = flow
        self.item_pos: list[Pos] = []
        self.quoted: set[int] | None = None  # made for the few lists that have such an item


class _Abort(Exception):
    """Stops parsing at a problem that makes the rest meaningless."""


class _Frame:
    __slots__ = ("anchor", "chars", "container", "depth", "is_key", "key", "key_pos", "merges", "weight")

    def __init__(self, container: YMap | YList, anchor: str | None, is_key: bool) -> None:
        self.container = container
        self.anchor = anchor
        # What the container holds once aliases are expanded: values, characters of text, and
        # levels of nesting below it, so that aliases cannot multiply any of them past the limits.
        self.weight = 1
        self.chars = 0
        self.depth = 0
        self.key: Any = None
        self.key_pos: Pos = (0, 0)
        self.merges: list[tuple[Any, Pos]] = []
        self.is_key = is_key


def read_text(path: str | Path, display: str | None = None) -> str:
    """Read a journey file (or standard input, for ``-``) as text: UTF-8 with or without a BOM,
    at most MAX_BYTES."""
    name = display or source_name(path)
    try:
        data = read_stdin(MAX_BYTES + 1) if str(path) == STDIN else _read_at_most(Path(path))
    except OSError as exc:
        raise JourneyError([Problem(name, 1, 1, f"cannot read the file: {exc.strerror or exc}", "io")]) from None
    return decode(data, name)


def source_name(path: str | Path) -> str:
    """How problems name a source: its path, or ``<stdin>``."""
    return "<stdin>" if str(path) == STDIN else str(path)


def _read_at_most(path: Path) -> bytes:
    """The file's bytes, but never more than one byte over the limit: a 3 GB file or /dev/zero is
    refused without being read into memory."""
    with path.open("rb") as file:
        return file.read(MAX_BYTES + 1)


def decode(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:
        message = f"file is larger than {MAX_BYTES:,} bytes, the most journeymd reads"
        raise JourneyError([Problem(name, 1, 1, message, "limit")])
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:1000]:
        # UTF-16 (Notepad's "Unicode"): its BOM or the zero byte beside every ASCII letter.
        message = "the file is UTF-16 (or another encoding with zero bytes); save it as UTF-8"
        raise JourneyError([Problem(name, 1, 1, message, "encoding")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise JourneyError(
            [
                Problem(
                    name,
                    line,
                    column,
                    f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
                    "encoding",
                )
            ]
        ) from None


# Characters XML 1.0 cannot carry (and lone surrogates, which UTF-8 cannot), and the controls and
# noncharacters HTML refuses or a terminal obeys (DEL, C1 such as the 8-bit CSI): YAML's escapes can
# produce them all, and they would make an SVG or HTML output unreadable or a listing a command.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def _clean(text: str) -> str:
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub("\ufffd", text.replace("\x85", " "))  # NEL, the one C1 control meant as a line break


def _pos(mark: Any) -> Pos:
    return (mark.line + 1, mark.column + 1)


def _resolve_tag(event: yaml.ScalarEvent) -> str:
    """The tag YAML gives a plain scalar: int for 5, bool for true, str for text."""
    resolve: Any = _RESOLVER.resolve  # untyped in PyYAML's stubs
    tag: str = resolve(yaml.ScalarNode, event.value, event.implicit)
    return tag


def _scalar(event: yaml.ScalarEvent, path: str) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        tag = _resolve_tag(event)
    elif not tag.startswith(_TAG) or tag[len(_TAG) :] not in ("str", "int", "float", "bool", "null"):
        line, column = _pos(event.start_mark)
        shown = tag.replace(_TAG, "!!")
        raise _Abort(Problem(path, line, column, f"YAML tag '{shown}' is not allowed in a journey file", "yaml"))
    kind = tag[len(_TAG) :]
    if kind == "str" or kind not in ("null", "bool", "int", "float"):
        return _clean(event.value)  # timestamps, binary and the like stay as the text that was written
    if kind == "null":
        return None
    if kind == "bool":  # '!!bool abc' stays text, for the schema to say what is wrong with it
        return _BOOLS.get(event.value.lower(), event.value)
    node = yaml.ScalarNode(tag, event.value)
    try:
        value = _CONSTRUCTOR.construct_yaml_int(node) if kind == "int" else _CONSTRUCTOR.construct_yaml_float(node)
    except ValueError:
        return event.value
    if isinstance(value, float) and not math.isfinite(value):
        line, column = _pos(event.start_mark)
        raise _Abort(Problem(path, line, column, f"'{event.value}' is not a finite number", "yaml"))
    return value


def parse_yaml(text: str, path: str = "<string>") -> Any:
    """Parse one YAML document into YMap/YList/scalars; raise JourneyError on any YAML problem."""
    try:
        return _build(text, path)
    except _Abort as abort:
        raise JourneyError([abort.args[0]]) from None
    except yaml.MarkedYAMLError as exc:
        raise JourneyError(syntax_problems(exc, text, path)) from None
    except yaml.reader.ReaderError as exc:
        # The reader gives an offset into the text and a message of its own, with "<unicode string>" in it.
        at = min(exc.position, len(text))
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        code = ord(exc.character) if isinstance(exc.character, str) else exc.character
        message = f"YAML: control character U+{code:04X} is not allowed in YAML; remove it (is this a binary file?)"
        raise JourneyError([Problem(path, line, column, message, "yaml")]) from None
    except yaml.YAMLError as exc:
        raise JourneyError([Problem(path, 1, 1, f"YAML: {exc}", "yaml")]) from None


def _build(text: str, path: str) -> Any:
    stack: list[_Frame] = []
    anchors: dict[str, tuple[Any, int, int, int]] = {}  # value, weight, characters, depth
    anchored = 0  # containers with an anchor on the stack
    aliased = 0  # values added through aliases so far
    root: Any = None
    documents = 0

    def problem(mark: Any, message: str) -> _Abort:
        line, column = _pos(mark)
        return _Abort(Problem(path, line, column, message, "yaml"))

    def attach(value: Any, weight: int, pos: Pos, chars: int = 0, depth: int = 0, quoted: bool = False) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        frame = stack[-1]
        frame.weight += weight
        frame.chars += chars
        if frame.weight > MAX_NODES:
            message = f"document expands to more than {MAX_NODES:,} values (too many aliases?)"
            raise _Abort(Problem(path, pos[0], pos[1], message, "limit"))
        if depth:  # a container, written out or through an alias; a scalar alone cannot overflow these
            frame.depth = max(frame.depth, depth)
            if frame.chars > MAX_CHARS:
                message = f"document expands to more than {MAX_CHARS:,} characters of text (too many aliases?)"
                raise _Abort(Problem(path, pos[0], pos[1], message, "limit"))
            if len(stack) + depth > MAX_DEPTH:
                message = f"nesting deeper than {MAX_DEPTH} levels (through aliases)"
                raise _Abort(Problem(path, pos[0], pos[1], message, "limit"))
        container = frame.container
        if isinstance(container, YList):
            if quoted:
                if container.quoted is None:
                    container.quoted = set()
                container.quoted.add(len(container))
            container.append(value)
            container.item_pos.append(pos)
            return
        if frame.key is None:  # this value is a key
            frame.key, frame.key_pos = value, pos
            return
        key, frame.key = frame.key, None
        if key == "<<":
            frame.merges.append((value, frame.key_pos))
            return
        if key in container:
            first = container.key_pos[key]
            raise _Abort(
                Problem(
                    path,
                    frame.key_pos[0],
                    frame.key_pos[1],
                    f"duplicate key '{key}' (first at line {first[0]})",
                    "yaml",
                )
            )
        container[key] = value
        container.key_pos[key] = frame.key_pos
        container.value_pos[key] = pos

    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.ScalarEvent):
            in_key = bool(stack) and isinstance(stack[-1].container, YMap) and stack[-1].key is None
            # Keys stay the text that was written, so `no:` or `1:` is a key, not False or 1.
            value = event.value if in_key else _scalar(event, path)
            # Text is counted where aliases can repeat it: inside an anchored container, or anchored itself.
            chars = len(value) if (anchored or event.anchor) and isinstance(value, str) else 0
            if event.anchor:
                anchors[event.anchor] = (value, 1, chars, 0)
            attach(value, 1, _pos(event.start_mark), chars, quoted=event.style in _QUOTES)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise problem(event.start_mark, f"nesting deeper than {MAX_DEPTH} levels")
            pos = _pos(event.start_mark)
            is_key = bool(stack) and isinstance(stack[-1].container, YMap) and stack[-1].key is None
            container: YMap | YList = (
                YMap(pos, bool(event.flow_style))
                if isinstance(event, yaml.MappingStartEvent)
                else YList(pos, bool(event.flow_style))
            )
            if event.tag not in (None, "!", _TAG + "map", _TAG + "seq"):
                shown = str(event.tag).replace(_TAG, "!!")
                raise problem(event.start_mark, f"YAML tag '{shown}' is not allowed in a journey file")
            stack.append(_Frame(container, event.anchor, is_key))
            anchored += bool(event.anchor)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frame = stack.pop()
            anchored -= bool(frame.anchor)
            if frame.merges:
                _merge(frame, path)
            if frame.anchor:
                anchors[frame.anchor] = (frame.container, frame.weight, frame.chars, frame.depth + 1)
            if frame.is_key:
                raise _Abort(
                    Problem(path, *frame.container.pos, "a key must be plain text, not a list or mapping", "yaml")
                )
            attach(frame.container, frame.weight, frame.container.pos, frame.chars, frame.depth + 1)
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                raise problem(event.start_mark, f"unknown alias '*{event.anchor}' (define '&{event.anchor}' first)")
            if stack and isinstance(stack[-1].container, YMap) and stack[-1].key is None:
                raise problem(event.start_mark, "an alias cannot be used as a key")
            value, weight, chars, depth = anchors[event.anchor]
            aliased += weight
            if aliased > MAX_ALIAS_VALUES:
                message = (
                    f"aliases expand to more than {MAX_ALIAS_VALUES:,} values in all (each use of "
                    f"'*{event.anchor}' counts the {weight:,} it holds); repeat less through aliases"
                )
                raise _Abort(Problem(path, *_pos(event.start_mark), message, "limit"))
            attach(value, weight, _pos(event.start_mark), chars, depth)
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise problem(event.start_mark, "a journey file holds one YAML document; remove the second '---'")
    return root


def _merge(frame: _Frame, path: str) -> None:
    """Apply `<<: *anchor` merge keys: explicit keys win, then earlier merged maps."""
    target = frame.container
    assert isinstance(target, YMap)
    for value, key_pos in frame.merges:
        sources = value if isinstance(value, list) else [value]
        for source in sources:
            if not isinstance(source, YMap):
                raise _Abort(
                    Problem(path, key_pos[0], key_pos[1], "'<<' merges only mappings (or a list of them)", "yaml")
                )
            for key, item in source.items():
                if key not in target:
                    target[key] = item
                    target.key_pos[key] = source.key_pos[key]
                    target.value_pos[key] = source.value_pos[key]
