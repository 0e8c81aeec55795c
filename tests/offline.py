"""A fresh Python environment for tests that install journeymd as a user would, offline: its pip
uses no index and no build isolation, and finds the dependencies (and the build backend) in the
environment running the tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def python_env(where: Path) -> dict[str, str]:
    """A virtual environment at ``where`` without journeymd, and the environment variables that make
    it the one ``python``, ``pip`` and ``journeymd`` run in."""
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    # The venv's own setuptools may be older than the build needs; the tests' environment has a new one.
    subprocess.run([where / "bin" / "python", "-m", "pip", "uninstall", "-q", "-y", "setuptools"], check=False)
    site = next((where / "lib").glob("python*/site-packages"))
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV", "PYTHON"))},
        "PATH": f"{where / 'bin'}:{os.environ['PATH']}",
        "VIRTUAL_ENV": str(where),
        "PIP_NO_INDEX": "1",
        "PIP_NO_DEPS": "1",
        "PIP_NO_BUILD_ISOLATION": "0",  # pip reads this "no" option backwards: 0 turns isolation off
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }


def checkout_copy(where: Path) -> Path:
    """What a clone of this repository holds for building journeymd."""
    where.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, where / name)
    shutil.copytree(ROOT / "journeymd", where / "journeymd", ignore=shutil.ignore_patterns("__pycache__"))
    return where
