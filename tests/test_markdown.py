"""Journey maps in Markdown and MkDocs: the extension, the superfences fence, and a real MkDocs build."""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import markdown
import pytest

from journeymd.markdown import JourneyBuildError

ROOT = Path(__file__).resolve().parent.parent

PAGE = textwrap.dedent("""\
    # Our journey

    ```journeymd
    journeymd: 1
    title: Ordering a pizza
    phases:
      - name: Choose
        steps:
          - {name: Opens the app, emotion: 1}
    ```

    Some text after.

    ```python
    print("other fences stay code")
    ```
    """)


def test_fenced_block_becomes_an_inline_svg_map() -> None:
    out = markdown.markdown(PAGE, extensions=["fenced_code", "journeymd.markdown"])
    assert out.count("<svg ") == 1 and "Ordering a pizza" in out
    assert "journeymd: 1" not in out  # the YAML is not shown as code
    assert '<code class="language-python">' in out and "Some text after." in out


def test_broken_block_shows_problems_with_line_and_column() -> None:
    broken = PAGE.replace("emotion: 1", "emotion: 9").replace("title:", "titel:")
    out = markdown.markdown(broken, extensions=["journeymd.markdown"])
    assert 'class="journeymd-error"' in out and "<svg" not in out
    assert (
        "<code>block line 2:1</code> unknown key &#x27;titel&#x27; at the top level (did you mean &#x27;title&#x27;?)"
        in out
    )
    assert "<code>block line 6:40</code>" in out


def test_fail_on_error_stops_the_build() -> None:
    with pytest.raises(JourneyBuildError, match="6:40"):
        markdown.markdown(
            PAGE.replace("emotion: 1", "emotion: 9"),
            extensions=["journeymd.markdown"],
            extension_configs={"journeymd.markdown": {"fail_on_error": True}},
        )


def test_block_can_include_a_journey_file() -> None:
    page = "```journeymd\nfile: examples/shoes.journey.yaml\n```\n"
    out = markdown.markdown(
        page, extensions=["journeymd.markdown"], extension_configs={"journeymd.markdown": {"base_dir": str(ROOT)}}
    )
    assert "Buying running shoes online" in out and "<svg " in out


def _mkdocs(tmp_path: Path, config: str, page: str) -> str:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(page)
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", tmp_path / "docs" / "pizza.journey.yaml")
    (tmp_path / "mkdocs.yml").write_text(config)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return (tmp_path / "site" / "index.html").read_text("utf-8")


@pytest.mark.slow  # builds a MkDocs site
def test_mkdocs_site_builds_with_the_extension(tmp_path: Path) -> None:
    config = "site_name: Journeys\nmarkdown_extensions:\n  - journeymd.markdown\n"
    html = _mkdocs(tmp_path, config, PAGE + "\n```journeymd\nfile: pizza.journey.yaml\n```\n")
    assert html.count('<figure class="journeymd" style="overflow-x:auto;max-width:100%"><svg') == 2


@pytest.mark.slow  # builds a MkDocs site
def test_mkdocs_site_builds_with_superfences(tmp_path: Path) -> None:
    config = textwrap.dedent("""\
        site_name: Journeys
        markdown_extensions:
          - pymdownx.superfences:
              custom_fences:
                - name: journeymd
                  class: journeymd
                  format: !!python/name:journeymd.markdown.superfences_formatter
                  validator: !!python/name:journeymd.markdown.superfences_validator
        """)
    html = _mkdocs(tmp_path, config, PAGE.replace("```journeymd", '```journeymd theme="dark"'))
    assert '<figure class="journeymd" style="overflow-x:auto;max-width:100%"><svg' in html and "#0f172a" in html


def test_two_maps_on_one_page_keep_their_own_ids_and_colours() -> None:
    import re
    import xml.etree.ElementTree as ET

    from journeymd.markdown import render_block

    source = "journeymd: 1\ntitle: T\nphases: [{name: P, steps: [{name: S, next: [s]}]}]\n"
    light, dark = render_block(source), render_block(source, theme="dark")
    page = ET.fromstring(f"<page>{light}{dark}</page>")
    ids = [e.get("id") for e in page.iter() if e.get("id")]
    assert len(ids) == len(set(ids))  # no id twice: labels, arrowheads and titles stay apart
    maps = [e for e in page.iter() if e.get("class") == "jm-map"]
    for svg in maps:
        own = svg.get("id")
        labelled = svg.get("aria-labelledby", "").split()
        assert labelled and all(label.startswith(own.removesuffix("map")) for label in labelled)
        style = "".join(s.text or "" for s in svg.iter("{http://www.w3.org/2000/svg}style"))
        scopes = set(re.findall(r"^(#\S+) \.jm-bg\{", style, re.M))
        assert scopes == {f"#{own}"}  # its colour rules reach only this map


def test_a_journeymd_fence_shown_inside_another_code_block_stays_code() -> None:
    page = "````markdown\n```journeymd\njourneymd: 1\nphases: [{name: P, steps: [{name: S}]}]\n```\n````\n"
    out = markdown.markdown(page, extensions=["fenced_code", "journeymd.markdown"])
    assert "<svg" not in out and "```journeymd" in out


def test_the_same_map_twice_and_two_files_of_one_name_get_ids_of_their_own(tmp_path: Path) -> None:
    import re

    from journeymd.markdown import superfences_formatter

    fence = "```journeymd\njourneymd: 1\ntitle: T\nphases: [{name: P, steps: [{name: S}]}]\n```\n"
    out = markdown.markdown(fence + "\n" + fence, extensions=["fenced_code", "journeymd.markdown"])
    ids = re.findall(r' id="([^"]+)"', out)
    assert len(ids) == len(set(ids)) and out.count("<svg") == 2
    for folder, title in (("a", "Map A"), ("b", "Map B")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "map.journey.yaml").write_text(f"journeymd: 1\ntitle: {title}\nphases: [{{name: P}}]\n")
    maps = [
        superfences_formatter("file: map.journey.yaml", "journeymd", "", {"base_dir": str(tmp_path / f)}, None)
        for f in ("a", "b")
    ]
    ids = re.findall(r' id="([^"]+)"', "".join(maps))
    assert len(ids) == len(set(ids))


def test_includes_stay_inside_the_docs_folder_and_never_show_what_is_outside(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("token: ghp_SECRETSECRET\n")
    (docs / "link.journey.yaml").symlink_to(secret)
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", docs / "pizza.journey.yaml")
    config = {"journeymd.markdown": {"base_dir": str(docs)}}
    for name in ("../secret.txt", str(secret), "link.journey.yaml", "../docs/../secret.txt"):
        out = markdown.markdown(f"```journeymd\nfile: {name}\n```\n", extensions=["journeymd.markdown"],
                                extension_configs=config)  # fmt: skip
        assert "SECRET" not in out and 'class="journeymd-error"' in out
        assert (
            f"file: {html.escape(name)} is outside the docs folder {docs}; journeymd includes only files inside" in out
        )
        failing = {"journeymd.markdown": {"base_dir": str(docs), "fail_on_error": True}}
        with pytest.raises(JourneyBuildError, match="is outside the docs folder"):
            markdown.markdown(f"```journeymd\nfile: {name}\n```\n", extensions=["journeymd.markdown"],
                              extension_configs=failing)  # fmt: skip
    out = markdown.markdown("```journeymd\nfile: pizza.journey.yaml\n```\n", extensions=["journeymd.markdown"],
                            extension_configs=config)  # fmt: skip
    assert "<svg " in out and "Ordering a pizza" in out


def test_a_superfences_fence_cannot_move_the_docs_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymd.markdown import superfences_formatter, superfences_validator

    (tmp_path / "secret.journey.yaml").write_text(
        "journeymd: 1\ntitle: SECRET\nphases: [{name: A, steps: [{name: B}]}]\n"
    )
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    fences = {"custom_fences": [{"name": "journeymd", "class": "journeymd", "format": superfences_formatter,
                                 "validator": superfences_validator}]}  # fmt: skip
    page = f'```journeymd base_dir="{tmp_path}"\nfile: secret.journey.yaml\n```\n'
    out = markdown.markdown(
        page, extensions=["pymdownx.superfences"], extension_configs={"pymdownx.superfences": fences}
    )
    assert "SECRET" not in out and "base_dir= cannot be set on a fence" in out
    page = "```journeymd\nfile: ../secret.journey.yaml\n```\n"
    out = markdown.markdown(
        page, extensions=["pymdownx.superfences"], extension_configs={"pymdownx.superfences": fences}
    )
    assert "SECRET" not in out and "is outside the docs folder docs" in out


def test_a_fence_chooses_page_theme_view_and_phase() -> None:
    import xml.etree.ElementTree as ET

    config = {"journeymd.markdown": {"base_dir": str(ROOT)}}
    fence = "```journeymd {options}\nfile: examples/shoes.journey.yaml\n```\n"

    def svg_of(options: str) -> ET.Element:
        out = markdown.markdown(fence.format(options=options), extensions=["journeymd.markdown"],
                                extension_configs=config)  # fmt: skip
        start = out.index("<svg")
        return ET.fromstring(out[start : out.index("</svg>") + 6])

    # By default a map fits a docs column and shrinks with a narrower one.
    plain = svg_of("")
    assert plain.get("width") == "960" and "max-width:100%" in (plain.get("style") or "")
    assert svg_of("page=phone").get("width") == "390"
    service = svg_of('phase=service theme="dark"')
    assert "Buying running shoes online — Service" in "".join(service.itertext())
    assert "#0f172a" in "".join(service.itertext())  # the dark theme's background, in its style
    blueprint = svg_of("view=blueprint")
    assert any("Frontstage" in (t.text or "") for t in blueprint.iter("{http://www.w3.org/2000/svg}text"))


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ("pgae=a4", "unknown fence option &#x27;pgae&#x27; (did you mean &#x27;page&#x27;?)"),
        ("page=b5", "page=b5: unknown page size"),
        ("view=wall", "view=wall: use one of map, blueprint, overview, flow"),
        ("phase=servise", "--phase servise: no such phase (did you mean &#x27;service&#x27;?)"),
    ],
)
def test_a_fence_option_that_cannot_be_used_says_why(options: str, said: str) -> None:
    page = f"```journeymd {options}\nfile: examples/shoes.journey.yaml\n```\n"
    out = markdown.markdown(page, extensions=["journeymd.markdown"],
                            extension_configs={"journeymd.markdown": {"base_dir": str(ROOT)}})  # fmt: skip
    assert 'class="journeymd-error"' in out and said in out, out[:600]


def _mkdocs_fails(tmp_path: Path, config: str, page: str) -> str:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(page)
    (tmp_path / "mkdocs.yml").write_text(config)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 1, result.stderr
    said = result.stdout + result.stderr
    assert "Traceback" not in said
    return said


FRONT_MATTER = "---\ntitle: Journeys\n---\n\n"


@pytest.mark.slow  # builds a MkDocs site
def test_a_broken_journey_fails_a_strict_mkdocs_build_at_the_page_line(tmp_path: Path) -> None:
    config = "site_name: Journeys\nmarkdown_extensions:\n  - journeymd.markdown\n"
    # Four lines of front matter: the fence is on page line 7, 'emotion: 9' on line 13.
    said = _mkdocs_fails(tmp_path, config, FRONT_MATTER + PAGE.replace("emotion: 1", "emotion: 9"))
    assert "WARNING -  journeymd: docs/index.md:13:40: " in said, said
    assert "Aborted with 1 warnings in strict mode!" in said


@pytest.mark.slow  # builds a MkDocs site
def test_fail_on_error_fails_mkdocs_with_the_message_not_a_traceback(tmp_path: Path) -> None:
    config = "site_name: Journeys\nmarkdown_extensions:\n  - journeymd.markdown:\n      fail_on_error: true\n"
    said = _mkdocs_fails(tmp_path, config, PAGE.replace("title:", "titel:"))
    assert "ERROR   -  docs/index.md:5:1: unknown key 'titel' at the top level (did you mean 'title'?)" in said, said
    assert "Aborted with a BuildError!" in said


@pytest.mark.slow  # builds a MkDocs site
def test_a_fence_that_cannot_be_shown_fails_a_strict_mkdocs_build_at_its_line(tmp_path: Path) -> None:
    config = "site_name: Journeys\nmarkdown_extensions:\n  - journeymd.markdown\n"
    said = _mkdocs_fails(tmp_path, config, FRONT_MATTER + PAGE.replace("```journeymd", "```journeymd view=wall"))
    assert "WARNING -  journeymd: docs/index.md:7: view=wall: use one of map, blueprint, overview, flow" in said, said
