"""docs/performance.md is written by several benchmarks: each owns a section between markers."""

from __future__ import annotations

import re
from pathlib import Path


def write_section(path: Path, name: str, text: str) -> None:
    """Put ``text`` between ``<!-- begin NAME -->`` and ``<!-- end NAME -->`` in ``path``, replacing
    what was there or adding it at the end."""
    block = f"<!-- begin {name} -->\n{text.rstrip()}\n<!-- end {name} -->\n"
    old = path.read_text("utf-8") if path.is_file() else ""
    pattern = re.compile(rf"<!-- begin {re.escape(name)} -->\n.*?<!-- end {re.escape(name)} -->\n", re.S)
    path.write_text(pattern.sub(lambda _: block, old) if pattern.search(old) else old.rstrip() + "\n\n" + block,
                    "utf-8")  # fmt: skip


def kept_sections(path: Path) -> str:
    """The marked sections of ``path``, for a benchmark that rewrites the rest of the file."""
    old = path.read_text("utf-8") if path.is_file() else ""
    return "".join(re.findall(r"<!-- begin [\w.-]+ -->\n.*?<!-- end [\w.-]+ -->\n", old, re.S))
