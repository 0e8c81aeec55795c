"""Write the files journeymd generates from its sources, so that a run does not pay to build them.

    python tools/generate.py          # write every generated file that is stale
    python tools/generate.py --check  # list the stale ones and exit 1 if there are any

- ``journeymd/_schema_check.py``: the JSON Schema compiled to Python by fastjsonschema (a run skips
  ~30 ms of compiling it, and ~8 ms of importing fastjsonschema);
- ``journeymd/_templates/``: the Jinja templates compiled to Python (a render skips ~35 ms);
- ``journeymd/data/fonts/dejavu-widths.json``: the advance widths of the shipped fonts (a render
  skips ~90 ms of importing fontTools and parsing two fonts).

Run it after changing the schema, a template or a font; tests/test_generated.py fails until then.
The compiled schema check is current when it was made from this schema (its digest); the
templates and the width table when they equal what this script makes now.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeymd"
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from journeymd import render, textmetrics  # noqa: E402
from journeymd.validate import schema, schema_digest  # noqa: E402

SCHEMA_CHECK = PACKAGE / "_schema_check.py"
TEMPLATES = PACKAGE / "_templates"
WIDTHS = PACKAGE / "data" / textmetrics.WIDTHS_FILE

# --- the compiled schema check ---------------------------------------------------------------

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


class _WithoutDefinitions(ast.NodeTransformer):
    """Drops the copy of the schema node each ``raise`` carries: journeymd only needs to know that
    the data failed (jsonschema then explains why), and the copies made the file five times larger,
    with lines of thousands of characters."""

    def visit_Call(self, node: ast.Call) -> ast.Call:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "JsonSchemaValueException":
            node.keywords = [keyword for keyword in node.keywords if keyword.arg != "definition"]
        return node


def schema_check_source() -> str:
    """Source of ``journeymd/_schema_check.py``: the schema compiled to Python, formatted to be read."""
    import fastjsonschema

    code: str = fastjsonschema.compile_to_code(schema())
    for line in _LIBRARY_IMPORTS:
        if line not in code:  # pragma: no cover - a fastjsonschema release changed its output
            raise RuntimeError(f"fastjsonschema's generated code no longer has {line!r}: update tools/generate.py")
        code = code.replace(line, "")
    code = code.replace("\nNoneType = ", _LOCAL_NAMES + "\nNoneType = ", 1)
    entry = code[code.index("def validate_") + 4 : code.index("(data")]
    code = ast.unparse(_WithoutDefinitions().visit(ast.parse(code)))
    header = (
        "# Generated from data/journey.schema.json by fastjsonschema; do not edit.\n"
        "# Regenerate: python tools/generate.py\n"
        "# ruff: noqa\n"
        "# mypy: ignore-errors\n"
        f'SCHEMA_DIGEST = "{schema_digest()}"\n'
    )
    return _formatted(header + code + f"\n\nvalidate = {entry}\n")


def _formatted(code: str) -> str:
    """``code`` wrapped by ruff format to the project's line length; a test dependency, so without it
    the code stays as it is (its lines long, its meaning the same)."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", "120", "-"],
            input=code,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):  # pragma: no cover - ruff not installed
        return code
    return done.stdout


def schema_check_is_current() -> bool:
    """Whether ``_schema_check.py`` was generated from the schema as it is now."""
    prefix = 'SCHEMA_DIGEST = "'
    text = SCHEMA_CHECK.read_text("utf-8") if SCHEMA_CHECK.exists() else ""
    return f'{prefix}{schema_digest()}"' in text


# --- the compiled templates ------------------------------------------------------------------


def template_sources() -> dict[str, str]:
    """Every file of ``journeymd/_templates`` (file name -> code): one module per template, and a
    package whose DIGEST tells render.py whether they match the template sources."""
    environment = render._environment(compiled=False)
    with tempfile.TemporaryDirectory() as folder:
        environment.compile_templates(
            folder, zip=None, filter_func=lambda name: name in render.TEMPLATE_NAMES, ignore_errors=False
        )
        files = {path.name: path.read_text("utf-8") for path in sorted(Path(folder).glob("*.py"))}
    header = "# Generated from journeymd/data/templates by Jinja; do not edit.\n# ruff: noqa\n# mypy: ignore-errors\n"
    sources = {name: header + code for name, code in files.items()}
    sources["__init__.py"] = (
        f'"""Jinja templates compiled to Python; generated, do not edit."""\n\nDIGEST = "{render.templates_digest()}"\n'
    )
    return sources


# --- the width table -------------------------------------------------------------------------


def width_table() -> dict[str, object]:
    """Advance widths of both shipped fonts, read from the fonts themselves with fontTools: runs of
    consecutive code points with their widths, per weight."""
    from fontTools.ttLib import TTFont

    table: dict[str, object] = {}
    for bold in (False, True):
        font = TTFont(textmetrics.font_path(bold), lazy=True)
        metrics = font["hmtx"].metrics
        runs: list[tuple[int, list[int]]] = []
        for code, glyph in sorted(font.getBestCmap().items()):
            if runs and runs[-1][0] + len(runs[-1][1]) == code:
                runs[-1][1].append(metrics[glyph][0])
            else:
                runs.append((code, [metrics[glyph][0]]))
        table["bold" if bold else "regular"] = runs
        table["unitsPerEm"] = font["head"].unitsPerEm
        font.close()
    return table


def width_table_source() -> str:
    return json.dumps(width_table(), separators=(",", ":"))


# --- all of them -----------------------------------------------------------------------------


def stale() -> list[Path]:
    """The generated files that do not match their sources (a template module no longer made counts too)."""
    found = [] if schema_check_is_current() else [SCHEMA_CHECK]
    templates = template_sources()
    for name, code in templates.items():
        target = TEMPLATES / name
        if not target.exists() or target.read_text("utf-8") != code:
            found.append(target)
    found += [old for old in sorted(TEMPLATES.glob("tmpl_*.py")) if old.name not in templates]
    if not WIDTHS.exists() or json.loads(WIDTHS.read_text("utf-8")) != json.loads(width_table_source()):
        found.append(WIDTHS)
    return found


def write() -> list[Path]:
    """Write every stale generated file; the paths written (or removed)."""
    changed = stale()
    if SCHEMA_CHECK in changed:
        SCHEMA_CHECK.write_text(schema_check_source(), "utf-8")
    templates = template_sources()
    for old in TEMPLATES.glob("tmpl_*.py"):
        if old.name not in templates:
            old.unlink()
    for name, code in templates.items():
        if TEMPLATES / name in changed:
            (TEMPLATES / name).write_text(code, "utf-8")
    if WIDTHS in changed:
        WIDTHS.write_text(width_table_source(), "utf-8")
    return changed


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list the stale files and exit 1 if any; write nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = stale()
        for path in found:
            print(f"stale: {_shown(path)} (run python tools/generate.py)")
        return 1 if found else 0
    for path in write():
        print(f"wrote {_shown(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
