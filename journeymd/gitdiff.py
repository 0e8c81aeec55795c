"""Journeys as a git ref has them, for `journeymd diff --base REF`: one file, or every journey in a
folder, read with `git show` and `git ls-tree`, so that a pull request's journeys can be compared
with its base branch's without a second checkout."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Journey

from . import _parse
from .loader import decode

__all__ = ["GitError", "journey_files", "load_at", "read_at"]

SUFFIXES = (".journey.yaml", ".journey.yml")


class GitError(Exception):
    """git could not answer: not a repository, an unknown ref, a path the ref does not have."""


def _git(folder: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, check=False)
    except OSError as error:
        raise GitError(f"cannot run git: {error.strerror}") from None
    if done.returncode:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


def read_at(ref: str | None, path: Path) -> bytes | None:
    """The file as ``ref`` has it (``None``: the working tree); ``None`` when it has no such file.
    Paths go to git relative to their folder (``REF:./name``): git reads only inside the repository."""
    if ref is None:
        return path.read_bytes() if path.is_file() else None
    folder = path.parent if str(path.parent) else Path(".")
    _git(folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")  # an unknown ref is an error
    try:
        return _git(folder, "show", f"{ref}:./{path.name}")
    except GitError:
        return None


def journey_files(ref: str | None, folder: Path) -> list[str]:
    """The journeys under ``folder`` (paths relative to it) that ``ref`` has, or, for ``None``, the
    working tree's that git tracks or would (not the ignored ones)."""
    if ref is None:
        listed = _git(folder, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ".")
    else:
        _git(folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        listed = _git(folder, "ls-tree", "-r", "-z", "--name-only", ref, "--", ".")
    names = {name.decode("utf-8", "surrogateescape") for name in listed.split(b"\0") if name}
    found = [n for n in names if n.endswith(SUFFIXES)]
    return sorted(n for n in found if ref is not None or (folder / n).is_file())


def load_at(ref: str | None, path: Path, shown_as: str) -> Journey | None:
    """The journey ``path`` as ``ref`` has it, named ``shown_as`` in problems; ``None`` if it has none."""
    data = read_at(ref, path)
    if data is None:
        return None
    return _parse(decode(data, shown_as), shown_as, quote_anything=False)
