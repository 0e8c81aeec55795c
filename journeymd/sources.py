"""What one run knows of the journey files it renders, worked out once: their bytes, their
fingerprints, their folders resolved and their repositories.

A command that renders a folder opens ``one_run``; the plan, ``batch.run`` and the index then
share this memo, so a thousand journeys sharing a catalogue read it once instead of a thousand
times. It is kept only while the run is under way, so that anything asked before or after it (and
``watch``'s next run) reads the files as they are then.

Across runs, what a render needs to know of a journey file's bytes (their digest, which words
that lead to other files they hold, the catalogues they include) is remembered by the file's
status, as git's index remembers files: its size, times and inode. A file whose status is that
of the last run is not read and hashed again; a file changed less than two seconds before it was
looked at is not remembered, since a change within the same tick of the clock would not show in
its times. The memory lives in the user's cache folder, never beside the outputs, so that nothing
a pull request carries can vouch for a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ._record import Record, dataclass

__all__ = ["SourceFacts", "in_run", "one_run", "real_file", "real_folder", "repository_of", "run_memo",
           "source_bytes", "source_facts", "source_fingerprint", "user_cache_folder"]  # fmt: skip

_RUNS: list[dict[object, object]] = []

# The words a journey file holds that make a render read other files: pictures, catalogues, data
# files, and the journeys it links to.
WORDS = ("image", "photo", "include", "data:", "opens", "related")
_SETTLED_NS = 2_000_000_000  # a file changed more recently than this is read again next time
_FACTS_FORMAT = 1
_MOST_FILES = 50_000  # the journey files remembered (a few MB): the least recently changed are forgotten


def run_memo() -> dict[object, object]:
    """The memo of the run under way (an empty one, forgotten at once, outside a run)."""
    return _RUNS[-1] if _RUNS else {}


def in_run() -> bool:
    return bool(_RUNS)


@contextlib.contextmanager
def one_run() -> Iterator[None]:
    """Share what is worked out once a run between the plan, ``batch.run`` and the index of one
    command (``batch.run`` opens its own when none is open); remember the journey files' facts for
    the next run when it ends."""
    _RUNS.append({})
    try:
        yield
    finally:
        _RUNS.pop()
        _save_facts()


@dataclass(frozen=True, eq=False, repr=False)
class SourceFacts(Record):
    """What a render needs to know of a journey file's bytes."""

    digest: bytes  # SHA-256 of the bytes
    words: frozenset[str]  # those of WORDS the bytes hold
    # The catalogues its top-level include: lists as written; None when only a YAML parser reads
    # them right (or the file is not text): then the file is read.
    includes: tuple[str, ...] | None


def source_bytes(source: Path) -> bytes:
    """A journey file's bytes, read once a run (inside ``one_run``)."""
    memo = run_memo()
    found = memo.get(("bytes", source))
    if not isinstance(found, bytes):
        found = memo[("bytes", source)] = source.read_bytes()
    return found


def source_facts(source: Path) -> SourceFacts:
    """The facts of a journey file: remembered from an earlier run when its status is the same,
    else read from its bytes. Raises OSError for a file that cannot be read."""
    memo = run_memo()
    found = memo.get(("facts", source))
    if isinstance(found, SourceFacts):
        return found
    status = os.stat(source)
    name = os.path.abspath(source)
    seen = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
    known = _facts().get(name)
    if known is not None and known[0] == seen:
        found = known[1]
    else:
        found = _read_facts(source_bytes(source), str(source))
        if time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) > _SETTLED_NS:
            _facts().pop(name, None)  # the newest last: the oldest are forgotten first
            _facts()[name] = (seen, found)
            _CHANGED.append(name)
    memo[("facts", source)] = found
    return found


def _read_facts(content: bytes, name: str) -> SourceFacts:
    from .catalogue import written_includes
    from .loader import decode
    from .problem import JourneyError

    try:
        text: str | None = decode(content, name)
    except JourneyError:
        text = None
    includes = written_includes(text) if text is not None else None
    words = frozenset(word for word in WORDS if word.encode() in content)
    return SourceFacts(hashlib.sha256(content).digest(), words, None if includes is None else tuple(includes))


def source_fingerprint(source: Path) -> bytes:
    """A digest of what a journey file's maps are made of: its bytes, and those of the pictures,
    catalogues and data files it names (once a run for each file, inside ``one_run``)."""
    memo = run_memo()
    found = memo.get(("source", source))
    if isinstance(found, bytes):
        return found
    facts = source_facts(source)
    digest = hashlib.sha256(facts.digest)
    if "image" in facts.words or "photo" in facts.words:  # the pictures a map inlines are part of it
        from .images import pictures_fingerprint

        digest.update(pictures_fingerprint(source))
    if "include" in facts.words:  # a changed catalogue changes every map that includes it
        from .catalogue import catalogues_fingerprint

        written = facts.includes
        digest.update(catalogues_fingerprint(source, memo, source_bytes(source) if written is None else None, written))
    if "data:" in facts.words:  # the journey's own data files: a changed export makes its map stale
        from .analytics import data_fingerprint

        digest.update(data_fingerprint(source, ()))
    found = memo[("source", source)] = digest.digest()
    return found


def repository_of(folder: Path) -> Path:
    """``images.repository_root(folder)``, looked for once a run for each folder."""
    from .images import repository_root

    memo = run_memo()
    found = memo.get(("root", folder))
    if not isinstance(found, Path):
        found = memo[("root", folder)] = repository_root(folder)
    return found


def real_folder(folder: Path) -> Path:
    """``folder.resolve()``, once a run for each folder."""
    memo = run_memo()
    found = memo.get(("real", folder))
    if not isinstance(found, Path):
        found = memo[("real", folder)] = folder.resolve()
    return found


def real_file(path: Path) -> Path:
    """``path.resolve()`` for a file: its folder resolved once a run, the file itself only when it
    is a link."""
    if path.name in ("", ".", "..") or os.path.islink(path):
        return path.resolve()
    return real_folder(path.parent) / path.name


# The facts remembered across runs, by absolute path: (status, facts); read on first use.
_FACTS: dict[str, tuple[tuple[int, int, int, int], SourceFacts]] | None = None
_CHANGED: list[str] = []


def user_cache_folder() -> Path:
    """This user's cache folder: $JOURNEYMD_CACHE_DIR, $XDG_CACHE_HOME/journeymd or ~/.cache/journeymd."""
    configured = os.environ.get("JOURNEYMD_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "journeymd"


def _facts_file() -> Path:
    return user_cache_folder() / "sources.json"


def _facts() -> dict[str, tuple[tuple[int, int, int, int], SourceFacts]]:
    global _FACTS
    if _FACTS is None:
        _FACTS = {}
        try:
            stored = json.loads(_facts_file().read_bytes())
            entries = stored["files"] if stored.get("format") == _FACTS_FORMAT else {}
            for name, (seen, digest, words, includes) in entries.items():
                _FACTS[name] = ((int(seen[0]), int(seen[1]), int(seen[2]), int(seen[3])), SourceFacts(
                    bytes.fromhex(digest), frozenset(map(str, words)) & frozenset(WORDS),
                    None if includes is None else tuple(map(str, includes))))  # fmt: skip
        except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            _FACTS = {}  # a cache that cannot be read costs a read of every journey, once
    return _FACTS


def _save_facts() -> None:
    """Keep the facts learnt in this run for the next (a cache that cannot be written only costs time)."""
    if not _CHANGED or _FACTS is None:
        return
    from .batch import write_atomic
    from .problem import OutputError

    kept = list(_FACTS.items())[-_MOST_FILES:]
    files = {name: [list(seen), facts.digest.hex(), sorted(facts.words),
                    None if facts.includes is None else list(facts.includes)]
             for name, (seen, facts) in kept}  # fmt: skip
    with contextlib.suppress(OSError, OutputError):
        write_atomic(_facts_file(), json.dumps({"format": _FACTS_FORMAT, "files": files}).encode("utf-8"))
    _CHANGED.clear()
