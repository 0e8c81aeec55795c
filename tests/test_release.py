"""The release: the sdist and wheel build, pass `twine check`, carry the version from its one place,
and install into a clean environment that can validate and render."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from offline import checkout_copy, python_env

import journeymd

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("release")
    source = checkout_copy(tmp / "journeymd")
    # --no-isolation: offline, the build backend is this environment's (the test extras pin it).
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "-o", str(tmp / "dist"), str(source)],
                   check=True, capture_output=True)  # fmt: skip
    return {path.suffix: path for path in (tmp / "dist").iterdir()}


@pytest.mark.slow
def test_the_sdist_and_the_wheel_pass_twine_check(dists: dict[str, Path]) -> None:
    assert sorted(dists) == [".gz", ".whl"]
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dists.values())], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_the_version_comes_from_journeymd_version(dists: dict[str, Path]) -> None:
    assert dists[".whl"].name == f"journeymd-{journeymd.__version__}-py3-none-any.whl"
    with zipfile.ZipFile(dists[".whl"]) as wheel:
        metadata = wheel.read(f"journeymd-{journeymd.__version__}.dist-info/METADATA").decode()
    assert f"\nVersion: {journeymd.__version__}\n" in metadata
    assert '\nversion = "' not in (ROOT / "pyproject.toml").read_text("utf-8")
    with tarfile.open(dists[".gz"]) as sdist:
        names = sdist.getnames()
    assert f"journeymd-{journeymd.__version__}/journeymd/data/journey.schema.json" in names


@pytest.mark.slow
def test_the_installed_wheel_validates_and_renders(dists: dict[str, Path], tmp_path: Path) -> None:
    env = python_env(tmp_path / "python")
    subprocess.run(["pip", "install", "-q", str(dists[".whl"])], env=env, check=True, cwd=tmp_path)
    example = ROOT / "examples" / "shoes.journey.yaml"
    for command in (
        ["journeymd", "--version"],
        ["journeymd", "validate", str(example)],
        ["journeymd", "render", str(example), "-o", "shoes.svg"],
        ["journeymd", "render", str(example), "-o", "shoes.png"],
        ["journeymd", "schema"],
    ):
        done = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    assert (
        journeymd.__version__
        in subprocess.run(["journeymd", "--version"], env=env, cwd=tmp_path, capture_output=True, text=True).stdout
    )
    where = subprocess.run(
        ["python", "-c", "import journeymd; print(journeymd.__file__)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    ).stdout
    assert where.startswith(str(tmp_path / "python"))
    assert (tmp_path / "shoes.svg").read_bytes() == subprocess.run(
        [sys.executable, "-m", "journeymd", "render", str(example), "-o", "-"], capture_output=True, check=True
    ).stdout
