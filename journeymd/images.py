"""Storyboard images: the pictures steps show (``image: {src, alt}``), read from inside the
journey's repository and inlined in the map as data URIs.

Only PNG, JPEG and WebP are inlined, known by their first bytes whatever their name says. SVG
images are refused: they can carry scripts, event handlers and links to other files, and a map is
published where any of those would run. A path is followed only when it, and every link on the
way, stays inside the repository: the journey's git root, or its folder when it is not in git.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import struct
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._record import Record, dataclass
from .loader import YList, YMap, decode, parse_yaml
from .problem import JourneyError, Problem, shorten

__all__ = ["MAX_IMAGE_BYTES", "Picture", "base_folder", "pictures_fingerprint", "repository_root", "resolve_images"]

MAX_IMAGE_BYTES = 1_500_000  # per image: a screen capture fits; a map stays a file one can mail
MAX_TOTAL_BYTES = 15_000_000  # all of a map's images together
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")  # http:, data:, file:, javascript:, C:


@dataclass(frozen=True, eq=False, repr=False)
class Picture(Record):
    """An image ready to draw: its data URI, its size in pixels and its text alternative."""

    src: str
    alt: str
    data_uri: str
    width: int
    height: int


def repository_root(folder: Path) -> Path:
    """The git work tree ``folder`` is in, or ``folder`` itself when it is in none."""
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


def base_folder(name: str) -> Path:
    """The folder a file named ``name`` is read relative to: its own, or the working folder for
    text that came from no file (a string, standard input)."""
    if name not in ("<string>", "<stdin>") and Path(name).is_file():
        return Path(name).parent
    return Path.cwd()


def resolve_images(
    data: Any, name: str, resolved: Mapping[int, Picture] | None = None
) -> tuple[dict[int, Picture], list[Problem]]:
    """Every step's and persona's image read and checked: the pictures by ``id()`` of the node that
    names them, and a problem for each that cannot be shown. Those in ``resolved`` (a catalogue's,
    read relative to the catalogue) are kept as they are."""
    pictures: dict[int, Picture] = dict(resolved or {})
    found: list[Problem] = []
    if not isinstance(data, YMap):
        return pictures, found
    nodes: list[tuple[YMap, str]] = []
    for persona in _maps(data.get("personas")):
        nodes.append((persona, "photo"))
    for phase in _maps(data.get("phases")):
        for step in _maps(phase.get("steps")):
            nodes.append((step, "image"))
    wanted: list[tuple[YMap, str]] = [
        (node[key], key) for node, key in nodes if isinstance(node.get(key), YMap) and id(node[key]) not in pictures
    ]
    if not wanted:
        return pictures, found
    folder = base_folder(name)
    root = repository_root(folder)
    total = 0
    for image, _ in wanted:
        src, alt = image.get("src"), image.get("alt")
        if not isinstance(src, str) or not isinstance(alt, str):
            continue  # the schema reports it
        picture, problem = _read(image, src, alt, folder, root, name)
        if problem is not None:
            found.append(problem)
            continue
        assert picture is not None
        total += len(picture.data_uri)
        if total > MAX_TOTAL_BYTES * 4 // 3:
            message = (
                f"the map's images come to more than {MAX_TOTAL_BYTES // 1_000_000} MB; show fewer or smaller ones"
            )
            line, column = image.value_pos["src"]
            found.append(Problem(name, line, column, message, "image"))
            break
        pictures[id(image)] = picture
    return pictures, found


def _maps(node: Any) -> list[YMap]:
    return [item for item in node if isinstance(item, YMap)] if isinstance(node, YList) else []


def _read(
    image: YMap, src: str, alt: str, folder: Path, root: Path, name: str
) -> tuple[Picture | None, Problem | None]:
    def problem(message: str) -> tuple[None, Problem]:
        return None, Problem(name, *image.value_pos["src"], message, "image")

    shown = shorten(src, 60)
    if _SCHEME.match(src) or src.startswith(("/", "\\", "//")) or Path(src).is_absolute():
        return problem(f"image '{shown}' must be a path relative to the journey, inside its repository")
    if not alt.strip():
        return None, Problem(name, *image.value_pos["alt"], "an image needs an 'alt' text that says what it shows",
                             "image")  # fmt: skip
    target = folder / src
    try:
        real = target.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a loop of links
        return problem(f"image '{shown}' not found (looked in {_shown_path(folder / src)})")
    if real != root and root not in real.parents:
        return problem(f"image '{shown}' is outside the repository ({root}); images are read only from inside it")
    if not real.is_file():
        return problem(f"image '{shown}' is not a file")
    size = real.stat().st_size
    if size > MAX_IMAGE_BYTES:
        return problem(f"image '{shown}' is {size / 1_000_000:.1f} MB; at most {MAX_IMAGE_BYTES / 1_000_000:.1f} MB "
                       "is inlined in a map: save it smaller (a screen of 1200 px wide is plenty)")  # fmt: skip
    try:
        with real.open("rb") as file:
            content = file.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        return problem(f"image '{shown}' cannot be read: {exc.strerror or exc}")
    kind = _kind(content)
    if kind == "svg":
        return problem(f"image '{shown}' is an SVG, which can carry scripts and links: export it as PNG or WebP")
    if kind is None:
        return problem(f"image '{shown}' is not a PNG, JPEG or WebP image")
    dimensions = _dimensions(kind, content)
    if dimensions is None:
        return problem(f"image '{shown}' is a damaged {kind.upper()} file (its size cannot be read)")
    uri = f"data:image/{kind};base64,{base64.b64encode(content).decode('ascii')}"
    return Picture(src, alt, uri, *dimensions), None


def _shown_path(path: Path) -> str:
    return shorten(os.path.normpath(path), 100)


def _kind(content: bytes) -> str | None:
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if content.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "webp"
    head = content[:1000].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in head:
        return "svg"
    return None


def _dimensions(kind: str, content: bytes) -> tuple[int, int] | None:
    """Width and height from the image's header, without decoding it."""
    try:
        if kind == "png":
            width, height = struct.unpack(">II", content[16:24])
        elif kind == "webp":
            chunk = content[12:16]
            if chunk == b"VP8 ":
                width, height = (v & 0x3FFF for v in struct.unpack("<HH", content[26:30]))
            elif chunk == b"VP8L":
                bits = int.from_bytes(content[21:25], "little")
                width, height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
            elif chunk == b"VP8X":
                width = int.from_bytes(content[24:27], "little") + 1
                height = int.from_bytes(content[27:30], "little") + 1
            else:
                return None
        else:
            width, height = _jpeg_size(content)
    except (struct.error, ValueError):
        return None
    return (width, height) if width > 0 and height > 0 else None


def _jpeg_size(content: bytes) -> tuple[int, int]:
    at = 2
    while at + 9 < len(content):
        if content[at] != 0xFF:
            raise ValueError("not a marker")
        marker = content[at + 1]
        length = struct.unpack(">H", content[at + 2 : at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", content[at + 5 : at + 9])
            return width, height
        at += 2 + length
    raise ValueError("no frame header")


def pictures_fingerprint(source: Path) -> bytes:
    """The bytes of every picture a journey file shows, for a cache to see that one changed; empty
    for a file that cannot be read (its render says why)."""
    try:
        name = str(source)
        data = parse_yaml(decode(source.read_bytes(), name), name)
    except (JourneyError, OSError):
        return b""
    pictures, _ = resolve_images(data, name)
    digest = hashlib.sha256()
    for picture in pictures.values():
        digest.update(picture.data_uri.encode("ascii"))
    return digest.digest()
