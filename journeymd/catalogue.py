"""Shared catalogues: ``include:`` files of personas, touchpoints, departments and research sources.

A team with many journeys keeps these once, in catalogue files, instead of copying them into
every journey where they drift apart. Includes are read only from inside the repository, and a
journey does not silently override a catalogue's entry: the same id twice is an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import validate
from .images import Picture, base_folder, pictures_fingerprint, repository_root, resolve_images
from .loader import MAX_BYTES, YList, YMap, decode, parse_yaml
from .problem import JourneyError, Problem, shorten

__all__ = ["KINDS", "MAX_INCLUDE_DEPTH", "catalogues_fingerprint", "not_a_journey", "resolve"]

KINDS = ("personas", "touchpoints", "departments", "sources")
MAX_INCLUDE_DEPTH = 8
# What a catalogue may hold: it shares entries, it is no journey of its own.
_CATALOGUE_KEYS = frozenset({"$schema", "journeymd", "catalogue", "description", "locale", "include", *KINDS})
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")  # the schema's id
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")  # http:, file:, C:


class _Entry:
    """A catalogue entry and where it was defined, for messages that point at it."""

    __slots__ = ("node", "source")

    def __init__(self, node: YMap, source: str) -> None:
        self.node = node
        self.source = source

    def where(self) -> str:
        line, column = self.node.value_pos.get("id", self.node.pos)
        return f"{self.source}:{line}:{column}"


def _itself(name: str) -> tuple[Path, ...]:
    """The journey file, so that a catalogue including it back is reported as the loop it is."""
    return (Path(name).resolve(),) if name not in ("<string>", "<stdin>") and Path(name).is_file() else ()


def _shown(path: Path) -> str:
    return os.path.normpath(path)


def _not_relative(src: str) -> bool:
    """Whether an include is written as no path relative to the file (http:, /etc, C:\\)."""
    return bool(_SCHEME.match(src)) or src.startswith(("/", "\\", "//")) or Path(src).is_absolute()


class _Resolver:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.files: list[Path] = []
        self.loaded: dict[Path, dict[str, list[_Entry]] | None] = {}
        self.pictures: dict[int, Picture] = {}  # catalogues' persona photos, by id() of the photo node

    def includes(self, data: YMap, name: str, folder: Path, chain: tuple[Path, ...]) -> dict[str, list[_Entry]]:
        """The entries of every catalogue ``data`` includes, each kind in include order."""
        found: dict[str, list[_Entry]] = {kind: [] for kind in KINDS}
        paths = data.get("include")
        if not isinstance(paths, YList):
            return found  # the schema reports it
        for index, src in enumerate(paths):
            if not isinstance(src, str) or not src:
                continue
            line, column = paths.item_pos[index]
            entries = self._include(src, Problem(name, line, column, "", "include"), folder, chain)
            for kind in KINDS:
                found[kind].extend((entries or {}).get(kind, ()))
        return found

    def _include(self, src: str, at: Problem, folder: Path, chain: tuple[Path, ...]) -> dict[str, list[_Entry]] | None:
        def problem(message: str) -> dict[str, list[_Entry]] | None:
            self.problems.append(Problem(at.path, at.line, at.column, message, "include"))
            return None

        shown = shorten(src, 60)
        if _not_relative(src):
            return problem(f"include '{shown}' must be a path relative to this file, inside its repository")
        target = folder / src
        try:
            real = target.resolve(strict=True)
        except (OSError, RuntimeError):  # missing, or a loop of links
            return problem(f"catalogue '{shown}' not found (looked in {_shown(target)})")
        if real != self.root and self.root not in real.parents:
            return problem(
                f"catalogue '{shown}' is outside the repository ({self.root}); catalogues are read only from inside it"
            )
        if not real.is_file():
            return problem(f"catalogue '{shown}' is not a file")
        if real in chain:
            names = " -> ".join(p.name for p in (*chain[chain.index(real) :], real))
            return problem(f"catalogue '{shown}' includes itself ({names}); remove one of these includes")
        if len(chain) > MAX_INCLUDE_DEPTH:
            return problem(f"includes nest more than {MAX_INCLUDE_DEPTH} catalogues deep; include fewer levels")
        if real in self.loaded:  # the same catalogue reached twice is one catalogue, not duplicates
            return None
        self.loaded[real] = None
        self.files.append(real)
        entries = self._catalogue(real, _shown(target), at, (*chain, real))
        self.loaded[real] = entries
        return entries

    def _catalogue(self, real: Path, name: str, at: Problem, chain: tuple[Path, ...]) -> dict[str, list[_Entry]]:
        try:
            data = parse_yaml(decode(real.read_bytes()[: MAX_BYTES + 1], name), name)
        except OSError as exc:
            self.problems.append(Problem(at.path, at.line, at.column, f"cannot read the catalogue: {exc}", "include"))
            return {}
        except JourneyError as error:
            self.problems.extend(error.problems)
            return {}
        if not isinstance(data, YMap) or not isinstance(data.get("catalogue"), str):
            message = f"'{name}' is not a catalogue: it needs 'journeymd: 1' and 'catalogue: <title>'"
            self.problems.append(Problem(at.path, at.line, at.column, message, "include"))
            return {}
        merged, problems = self.merge(data, name, real.parent, chain)
        self.problems.extend(problems)
        problems = validate.check(merged, name)
        self.problems.extend(problems)
        for key in data:
            if key not in _CATALOGUE_KEYS and not str(key).startswith("x-"):
                line, column = data.key_pos[key]
                message = (
                    f"a catalogue holds personas, touchpoints, departments and sources; '{key}' belongs in a journey"
                )
                self.problems.append(Problem(name, line, column, message, "catalogue"))
        if not problems and any(isinstance(p.get("photo"), YMap) for p in _maps(merged.get("personas"))):
            # A persona's photo is relative to the catalogue that names it, not to each journey.
            self.pictures, image_problems = resolve_images(merged, name, self.pictures)
            self.problems.extend(image_problems)
            problems.extend(image_problems)
        nodes = {kind: _maps(merged.get(kind)) for kind in KINDS}
        if problems:
            # A journey checks again what it includes; entries reduced to their ids keep the
            # journey's references to them valid without reporting the catalogue's problems twice.
            nodes = {
                kind: [_stub(node, kind) for node in items if _ID.match(str(node.get("id")))]
                for kind, items in nodes.items()
            }
        return {kind: [_Entry(node, name) for node in items] for kind, items in nodes.items()}

    def merge(self, data: YMap, name: str, folder: Path, chain: tuple[Path, ...]) -> tuple[YMap, list[Problem]]:
        """``data`` with the entries of its catalogues before its own; a problem for each id
        defined twice."""
        included = self.includes(data, name, folder, chain)
        problems: list[Problem] = []
        merged = YMap(data.pos, data.flow)
        merged.update(data)
        merged.key_pos = data.key_pos
        merged.value_pos = data.value_pos
        for kind in KINDS:
            entries = included[kind]
            if not entries:
                continue
            first: dict[str, _Entry] = {}
            items = YList(data.value_pos.get(kind, data.pos))
            for entry in entries:
                entry_id = entry.node.get("id")
                if not isinstance(entry_id, str):
                    continue
                if entry_id in first:
                    line, column = entry.node.value_pos["id"]
                    earlier = first[entry_id].where()
                    message = f"{kind[:-1]} '{entry_id}' is defined in catalogue {earlier} and again here"
                    problems.append(Problem(entry.source, line, column, message, "duplicate-id"))
                    continue
                first[entry_id] = entry
                items.append(entry.node)
                items.item_pos.append(entry.node.pos)
            own = data.get(kind)
            if isinstance(own, YList):
                for index, node in enumerate(own):
                    entry_id = node.get("id") if isinstance(node, YMap) else None
                    if isinstance(entry_id, str) and entry_id in first:
                        line, column = node.value_pos["id"]
                        message = (
                            f"{kind[:-1]} '{entry_id}' is defined in catalogue {first[entry_id].where()}, "
                            "and a journey does not override a catalogue's entry: use it as it is, "
                            "give this one another id, or change the catalogue"
                        )
                        problems.append(Problem(name, line, column, message, "duplicate-id"))
                        continue
                    items.append(node)
                    items.item_pos.append(own.item_pos[index])
            elif own is not None:
                continue  # not a list: the schema reports it
            merged[kind] = items
            merged.value_pos = {**merged.value_pos, kind: merged.value_pos.get(kind, data.pos)}
            merged.key_pos = {**merged.key_pos, kind: merged.key_pos.get(kind, data.pos)}
        return merged, problems


def _stub(node: YMap, kind: str) -> YMap:
    stub = YMap(node.pos, node.flow)
    for key in ("id",) if kind == "sources" else ("id", "name"):  # a source needs no name
        stub[key] = node["id"]
        stub.key_pos[key] = node.key_pos["id"]
        stub.value_pos[key] = node.value_pos["id"]
    return stub


def _maps(node: Any) -> list[YMap]:
    return [item for item in node if isinstance(item, YMap)] if isinstance(node, YList) else []


def resolve(data: YMap, name: str) -> tuple[YMap, list[Problem], dict[int, Picture]]:
    """The journey ``data`` with its included catalogues' entries, every problem in them (problems
    inside a catalogue point into the catalogue), and the catalogues' persona photos."""
    folder = base_folder(name)
    resolver = _Resolver(repository_root(folder))
    merged, problems = resolver.merge(data, name, folder, _itself(name))
    named = _named(data)
    for kind in KINDS:
        entries = merged.get(kind)
        if not isinstance(entries, YList) or entries is data.get(kind):
            continue
        # A journey shows only the catalogue's entries it names: a catalogue describes every
        # customer, channel and team, and each persona would otherwise be a line on every map.
        own = {id(node) for node in _maps(data.get(kind))}
        kept = YList(entries.pos, entries.flow)
        for index, node in enumerate(entries):
            if id(node) in own or (isinstance(node, YMap) and node.get("id") in named[kind]):
                kept.append(node)
                kept.item_pos.append(entries.item_pos[index])
        if kept or kind in data:
            merged[kind] = kept
        else:
            del merged[kind]
    return merged, sorted({*problems, *resolver.problems}), resolver.pictures


def _named(data: YMap) -> dict[str, set[str]]:
    """The ids a journey names, by kind: its ``persona``; in its steps ``personas`` lists and the
    keys of an emotion per persona, ``touchpoints`` and ``departments`` lists, the
    ``department`` of a blueprint action, and the ``sources`` of research and a quote's ``source``."""
    named: dict[str, set[str]] = {kind: set() for kind in KINDS}
    if isinstance(data.get("persona"), str):
        named["personas"].add(data["persona"])
    pending: list[Any] = [data.get("phases")]
    while pending:
        node = pending.pop()
        if isinstance(node, YMap):
            for key, value in node.items():
                if key in KINDS and isinstance(value, YList):
                    named[key].update(item for item in value if isinstance(item, str))
                elif key == "emotion" and isinstance(value, YMap):
                    named["personas"].update(str(persona) for persona in value)
                elif key == "department" and isinstance(value, str):
                    named["departments"].add(value)
                elif key == "source" and isinstance(value, str):
                    named["sources"].add(value)
                else:
                    pending.append(value)
        elif isinstance(node, YList):
            pending.extend(node)
    return named


def catalogues_fingerprint(
    source: Path,
    memo: dict[object, object] | None = None,
    content: bytes | None = None,
    written: Sequence[str] | None = None,
) -> bytes:
    """The bytes of every catalogue a journey file includes, through includes of includes too, for
    a cache to see that one changed; empty for a file that cannot be read (its render says why).

    ``memo`` (kept by a render of many journeys for the length of one run) holds what journeys
    share: each catalogue is read and followed once, not once for each journey that includes it.
    ``content``: the journey file's bytes, when they were read already; ``written``: the paths its
    include: lists (``written_includes``), when they are known: the file is not read then."""

    memo = {} if memo is None else memo
    name = str(source)
    folder = source.parent  # a file: its render reads it from there
    root = memo.get(("root", folder))
    if not isinstance(root, Path):
        root = memo[("root", folder)] = repository_root(folder)
    if written is None:
        try:
            text = decode(source.read_bytes() if content is None else content, name)
        except (JourneyError, OSError):
            return b""
        written = written_includes(text)
    if written is None:  # written in a way only the parser reads right: follow it as a load does
        try:
            data = parse_yaml(text, name)
        except JourneyError:
            return b""
        if not isinstance(data, YMap) or "include" not in data:
            return b""
        resolver = _Resolver(root)
        resolver.merge(data, name, folder, _itself(name))
        files = list(resolver.files)
    else:
        files = []
        for src in written:
            # By the folder and the path as written: resolving it for every journey cost more than
            # the rest of the fingerprint.
            reached = memo.get(("reached", root, folder, src))
            if not isinstance(reached, list):
                reached = memo[("reached", root, folder, src)] = _reached(src, name, folder, root, memo)
            files += [path for path in reached if path not in files]
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path).encode() + b"\0")
        found = memo.get(("content", path))
        if not isinstance(found, bytes):
            found = memo[("content", path)] = _content_fingerprint(path)
        digest.update(found)
    return digest.digest()


# Stands first in the chain of includes a catalogue is followed along for every journey at once: it
# is no file, so no include stops at it, and the chain is as long as it is from a journey.
_ANY_JOURNEY = Path("\0")


def _reached(src: str, name: str, folder: Path, root: Path, memo: dict[object, object]) -> list[Path]:
    """The catalogues the journey ``name`` in ``folder`` reads through ``include: [src]``: that one
    and those it includes. A catalogue is followed once for every journey that includes it from any
    folder (ten folders of journeys sharing one catalogue parse it once), unless it leads back to
    the journey."""
    itself = _itself(name)
    real = None
    if not _not_relative(src):
        with contextlib.suppress(OSError, RuntimeError):
            real = (folder / src).resolve(strict=True)
    if real is not None:
        shared = memo.get(("followed", root, real))
        if not isinstance(shared, list):
            resolver = _Resolver(root)
            resolver._include(src, Problem(name, 1, 1, ""), folder, (_ANY_JOURNEY,))
            shared = memo[("followed", root, real)] = list(resolver.files)
        if itself and itself[0] not in shared:
            return shared
    resolver = _Resolver(root)
    resolver._include(src, Problem(name, 1, 1, ""), folder, itself)
    return list(resolver.files)


def _content_fingerprint(path: Path) -> bytes:

    try:
        content = path.read_bytes()
    except OSError:
        return b""
    found = hashlib.sha256(content).digest()
    if b"photo" in content:
        found += pictures_fingerprint(path)
    return found


_TOP_INCLUDE = re.compile(r"^include:", re.MULTILINE)
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_./-]+\.ya?ml")
_QUOTED_PATH = re.compile(r"""(['"])([A-Za-z0-9_ ./-]+\.ya?ml)\1""")
_BLOCK_ITEM = re.compile(r"[ \t]*-[ \t]+(\S.*?)[ \t]*")


def written_includes(text: str) -> list[str] | None:
    """The paths a file's top-level ``include:`` lists, read without parsing the whole file (a
    render of a thousand journeys asks this of every one): ``[]`` when it has none, ``None`` when it
    writes them in a way only a YAML parser reads right (then parse it)."""
    if "include" not in text:
        return []
    start = _TOP_INCLUDE.search(text)
    if start is None or text.count("include") != 1:
        return None
    lines = itertools.islice(_lines_from(text, start.start()), 200)  # the list, and what follows it
    rest = next(lines)[len("include:") :].strip()
    if rest.startswith("[") and rest.endswith("]"):
        items = [item.strip() for item in rest[1:-1].split(",") if item.strip()]
    elif not rest:
        items = []
        for line in lines:
            if match := _BLOCK_ITEM.fullmatch(line):
                items.append(match[1])
            elif line.strip() and not line.lstrip().startswith("#"):
                break  # the next key
    else:
        return None
    paths = []
    for item in items:
        if _PLAIN_PATH.fullmatch(item):
            paths.append(item)
        elif quoted := _QUOTED_PATH.fullmatch(item):
            paths.append(quoted[2])
        else:
            return None
    return paths


def _lines_from(text: str, start: int) -> Iterator[str]:
    """``text[start:].splitlines()``, split a part at a time: the include list is a few lines of
    a journey of hundreds (splitting all of them cost a render of a thousand journeys 30 ms)."""
    size = 512
    while (end := text.find("\n", start + size)) != -1:
        yield from text[start : end + 1].splitlines()  # up to a line's end: no line is cut in two
        start, size = end + 1, size * 4
    yield from text[start:].splitlines()


def not_a_journey(name: str) -> Problem:
    """The problem of a valid catalogue named where a journey belongs."""
    message = "a valid catalogue, not a journey: validate, lint and render the journeys that include it"
    return Problem(name, 1, 1, message, "catalogue")
