"""The public names of the package: modules are modules, and importing one never replaces a function."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import pytest

import journeymd


def test_problems_is_the_function_even_after_every_module_is_imported() -> None:
    for info in pkgutil.walk_packages(journeymd.__path__, "journeymd."):
        if info.name != "journeymd.__main__":
            importlib.import_module(info.name)
    assert not isinstance(journeymd.problems, ModuleType)
    assert journeymd.problems("journeymd: 1\nphases: [{name: P, steps: [{name: S}]}]\n") == []


def test_problem_classes_come_from_the_problem_module() -> None:
    problem = importlib.import_module("journeymd.problem")
    assert isinstance(problem, ModuleType)
    assert problem.Problem is journeymd.Problem and problem.JourneyError is journeymd.JourneyError
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("journeymd.problems")


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("journeymd.reporting", ["format_problems", "printable"]),
        ("journeymd.markdown_export", ["to_markdown"]),
        ("journeymd.mermaid_export", ["to_mermaid"]),
        ("journeymd.mermaid_import", ["import_mermaid", "read_mermaid"]),
        ("journeymd.markdown", ["makeExtension"]),  # the MkDocs extension: mkdocs.yml files name it
        ("journeymd.validate", ["check", "schema", "schema_text", "MAX_STEPS", "DUTCH_KEYS"]),
    ],
)
def test_each_stage_module_has_its_names(module: str, names: list[str]) -> None:
    imported = importlib.import_module(module)
    assert all(hasattr(imported, name) for name in names)
