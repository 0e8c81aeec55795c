"""Missing engines: a clear message and exit 1 for what needs them, everything else still works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOES = ROOT / "examples" / "shoes.journey.yaml"

# Runs the CLI with pygraphviz unimportable, as on a platform without the bundled wheel.
WITHOUT_GRAPHVIZ = "import sys; sys.modules['pygraphviz'] = None; from journeymd.cli import main; main()"


def _cli(tmp_path: Path, *args: str, env: dict[str, str] | None = None, code: str = WITHOUT_GRAPHVIZ):
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tmp_path, env=env)


@pytest.mark.slow  # a process of its own
def test_without_graphviz_the_map_renders_and_the_flow_view_explains(tmp_path: Path) -> None:
    result = _cli(tmp_path, "render", str(SHOES), "-o", str(tmp_path / "map.svg"))
    assert result.returncode == 0 and (tmp_path / "map.svg").exists(), result.stderr
    result = _cli(tmp_path, "render", str(SHOES), "--view", "flow", "-o", str(tmp_path / "flow.svg"))
    assert result.returncode == 1 and not (tmp_path / "flow.svg").exists()
    assert "pip install pygraphviz" in result.stderr and "libglib2.0-0" in result.stderr
    assert "Traceback" not in result.stderr
    result = _cli(tmp_path, "render", str(SHOES), "-f", "dot", "-o", str(tmp_path / "flow.dot"))
    assert result.returncode == 0 and (tmp_path / "flow.dot").read_text().startswith("digraph journey {")


def test_without_chromium_pdf_says_how_to_get_it(tmp_path: Path) -> None:
    env = {"PATH": "/nonexistent", "JOURNEYMD_CHROMIUM": str(tmp_path / "no-such-browser"), "HOME": str(tmp_path)}
    code = "from journeymd.cli import main; main()"
    result = _cli(tmp_path, "render", str(SHOES), "-o", str(tmp_path / "map.pdf"), env=env, code=code)
    assert result.returncode == 1 and not (tmp_path / "map.pdf").exists()
    assert "apt-get install chromium" in result.stderr and "Traceback" not in result.stderr
