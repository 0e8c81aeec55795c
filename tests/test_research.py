"""Research evidence: `research:` on steps, emotions and pain points, the `sources:` catalogue, and
how the map, the report, the Markdown export and `stats` show them."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.layout import layout
from journeymd.layout.scene import Box, Mark, Text
from journeymd.markdown_export import to_markdown
from journeymd.render import render_html, render_svg

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"

JOURNEY = """\
journeymd: 1
title: Returns
persona: sanne
personas: [{id: sanne, name: Sanne}]
sources:
  - {id: interviews, kind: interview, title: Interviews with buyers, date: 2024-03, n: 12}
  - {id: calls, kind: ticket, title: Hotline calls, link: "https://support.example.com/q?a=(1)|b"}
phases:
  - name: Service
    questions: [How do I return shoes?]
    steps:
      - name: Tries the shoes on
        emotion: -2
        motivation: Run on Saturday
        research:
          level: reported
          sources: [interviews]
          quotes: [{text: "Every <b>brand</b> *differs*", who: P7}]
          emotion: {level: observed, sources: [calls]}
        pain_points: [Size guide is wrong]
      - name: Calls the hotline
        emotion: -1
        research: {level: observed, sources: [calls, {kind: recording, title: Call 12, link: "https://rec.example.com/12"}]}
        pain_points:
          - {text: No return option in the menu, research: {level: inferred}}
          - Long wait
      - name: Gets the refund
        emotion: 1
        research: assumed
      - name: Comes back
        emotion: 2
"""


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _write(tmp_path: Path, text: str, name: str = "j.journey.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# --- the format ---------------------------------------------------------------------------------


def test_research_reads_as_levels_sources_quotes_and_emotion_evidence() -> None:
    journey = journeymd.loads(JOURNEY)
    tries, calls, refund, back = journey.steps
    assert tries.research is not None and tries.research.level == "reported"
    assert [s.title for s in tries.research.sources] == ["Interviews with buyers"]
    assert tries.research.sources[0].n == 12
    assert (tries.research.quotes[0].text, tries.research.quotes[0].who) == ("Every <b>brand</b> *differs*", "P7")
    assert tries.emotion_research is not None and tries.emotion_research.level == "observed"
    assert tries.motivation == ("Run on Saturday",)
    assert tries.pain_research == (tries.research,)  # a plain pain point rests on the step's research
    assert calls.emotion_research is calls.research
    assert calls.pain_points == ("No return option in the menu", "Long wait")
    assert [r.level if r else None for r in calls.pain_research] == ["inferred", "observed"]
    assert [s.label for s in calls.research.sources] == ["Hotline calls", "Call 12"]
    assert refund.research is not None and refund.research.level == "assumed" and not refund.research.sources
    assert back.research is None
    assert journey.phases[0].questions == ("How do I return shoes?",)


def test_an_unknown_source_is_reported_where_it_is_named_with_a_suggestion(tmp_path: Path) -> None:
    text = JOURNEY.replace("sources: [interviews]", "sources: [intervews]").replace(
        "quotes: [{text:", "quotes: [{source: call, text:"
    )
    code, out = _run("validate", str(_write(tmp_path, text)))
    assert code == 1
    assert re.search(r"j\.journey\.yaml:17:21: unknown source 'intervews' \(did you mean 'interviews'\?\)", out), out
    assert re.search(r":18:29: unknown source 'call' \(did you mean 'calls'\?\)", out), out


def test_a_duplicate_source_id_and_a_script_link_are_refused(tmp_path: Path) -> None:
    text = JOURNEY.replace("id: calls", "id: interviews").replace("https://support", "javascript:alert(1)//")
    code, out = _run("validate", str(_write(tmp_path, text)))
    assert code == 1 and "Traceback" not in out
    assert ":7:10: duplicate source id 'interviews' (first at line 6)" in out, out
    assert re.search(r":7:\d+: .*link", out), out


def test_dutch_keys_point_to_the_english_ones(tmp_path: Path) -> None:
    text = JOURNEY.replace("motivation:", "drijft:").replace("        research: assumed", "        onderzoek: assumed")
    code, out = _run("validate", str(_write(tmp_path, text)))
    assert code == 1
    assert "'drijft'" in out and "did you mean 'motivation'?" in out, out
    assert "'onderzoek'" in out and "did you mean 'research'?" in out, out


def test_a_pain_point_written_as_an_object_without_research_draws_as_the_plain_text() -> None:
    plain = journeymd.loads(JOURNEY.replace("research: assumed", "pain_points: [Slow]"))
    written = journeymd.loads(JOURNEY.replace("research: assumed", "pain_points: [{text: Slow}]"))
    assert render_svg(plain) == render_svg(written)
    assert to_markdown(plain) == to_markdown(written)


def test_a_journey_without_research_shows_none_of_it(examples: Path) -> None:
    journey = journeymd.load(examples / "returns.journey.yaml")
    svg = render_svg(journey)
    assert "research" not in svg and "card-assumed" not in svg
    assert "research" not in json.loads(_run("stats", str(examples / "returns.journey.yaml"), "--format", "json")[1])


# --- the map ----------------------------------------------------------------------------------


def _step_items(scene: object, step_id: str) -> list[object]:
    group = next(g for g in scene.groups if g.id == f"jm-step-{step_id}")  # type: ignore[attr-defined]
    return list(group.items)


def test_each_researched_step_carries_its_level_inside_its_card_clear_of_its_name() -> None:
    journey = journeymd.loads(JOURNEY)
    scene = layout(journey)
    for step in journey.steps:
        items = _step_items(scene, step.id)
        card = next(i for i in items if isinstance(i, Box) and i.cls.startswith("card"))
        rings = [i for i in items if isinstance(i, Mark) and "research-ring" in i.cls]
        if step.research is None:
            assert not rings
            continue
        (ring,) = rings
        assert f"research-{step.research.level}" in ring.cls
        assert card.x <= ring.x - ring.size and ring.x + ring.size <= card.x + card.w
        assert card.y <= ring.y - ring.size and ring.y + ring.size <= card.y + card.h
        name = next(i for i in items if isinstance(i, Text) and i.cls == "step-name")
        assert name.x + name.width < ring.x - ring.size, f"{step.name} runs into its evidence ball"
        assumed = step.research.level == "assumed"
        assert ("card-assumed" in card.cls.split()) == assumed


def test_the_legend_names_the_levels_the_map_shows_and_the_lanes_show_drives_and_quotes() -> None:
    journey = journeymd.loads(JOURNEY)
    svg = ET.fromstring(render_svg(journey))
    texts = [t.text or "" for t in svg.iter(f"{SVG}text")]
    for shown in ("Observed in research", "Reported by customers", "Assumed, not checked", "Drives", "Customer quotes"):
        assert shown in texts, shown
    assert "Inferred" not in texts  # only a pain point is inferred; no step card shows it
    assert "“Every <b>brand</b>" in texts and "*differs*”" in texts  # a quote is text, never markup
    assert not list(svg.iter(f"{SVG}b"))
    assert "— P7" in texts
    assert any("How do I return shoes?" in t for t in texts)  # the phase's questions on its band


def test_dutch_maps_name_the_levels_and_lanes_in_dutch() -> None:
    svg = render_svg(journeymd.loads(JOURNEY.replace("title: Returns", "title: Retour\nlocale: nl")))
    for shown in ("Waargenomen in onderzoek", "Aangenomen, niet getoetst", "Drijft", "Klantcitaten"):
        assert f">{shown}<" in svg, shown


# --- the report, Markdown and stats ------------------------------------------------------------


def test_the_report_lists_level_sources_with_safe_links_and_quotes() -> None:
    page = render_html(journeymd.loads(JOURNEY))
    assert '<a href="https://rec.example.com/12" rel="noopener noreferrer" target="_blank">Call 12</a>' in page
    assert "https://support.example.com/q?a=(1)|b" in page
    assert "Every &lt;b&gt;brand&lt;/b&gt;" in page and "Every <b>" not in page
    assert "<dt>Research</dt><dd>Reported by customers</dd>" in page
    assert "<dt>Emotion backed by</dt><dd>Observed in research</dd>" in page
    assert "No return option in the menu <small>(Inferred)</small>" in page
    # The phase card: its own questions, and how much of it research backs.
    assert "<dt>Questions</dt><dd><ul><li>How do I return shoes?</li></ul></dd>" in page
    assert (
        "<dt>Backed by research</dt><dd>steps 50% (2 of 4), emotions 50% (2 of 4), pain points 66.7% (2 of 3)</dd>"
        in page
    )


def test_the_report_panel_shows_research_in_a_browser(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page_file = tmp_path / "r.html"
    page_file.write_text(render_html(journeymd.loads(JOURNEY)), "utf-8")
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    page.goto(page_file.as_uri())
    page.click("#jm-step-calls-the-hotline", position={"x": 20, "y": 40})
    panel = page.locator("dl").first
    text = panel.inner_text()
    assert "Observed in research" in text and "Call 12" in text
    link = panel.locator("a", has_text="Call 12")
    assert link.get_attribute("href") == "https://rec.example.com/12"
    assert link.get_attribute("rel") == "noopener noreferrer"
    page.close()


def test_markdown_shows_level_sources_and_the_first_quote_escaped() -> None:
    text = to_markdown(journeymd.loads(JOURNEY))
    assert "*Research:* Reported by customers (Interviews with buyers)" in text
    assert "“Every &lt;b&gt;brand&lt;/b&gt; \\*differs\\*” — P7" in text
    assert "*Drives:* Run on Saturday" in text
    # A link's parentheses and bar would end the link or the table row.
    assert "[Hotline calls](https://support.example.com/q?a=%281%29%7Cb)" in text
    assert text.rstrip().endswith("- [Hotline calls](https://support.example.com/q?a=%281%29%7Cb) (ticket)")


def test_stats_give_research_coverage_per_phase_and_overall(tmp_path: Path) -> None:
    path = _write(tmp_path, JOURNEY)
    code, out = _run("stats", str(path), "--format", "json")
    assert code == 0
    research = json.loads(out)["research"]
    # Steps: reported, observed backed; assumed and none not. Emotions: observed, observed, assumed,
    # none. Pain points: the step's reported; inferred; the step's observed.
    assert research["overall"]["steps"] == {"count": 4, "backed": 2, "share": 0.5}
    assert research["overall"]["emotions"] == {"count": 4, "backed": 2, "share": 0.5}
    assert research["overall"]["pain_points"] == {"count": 3, "backed": 2, "share": 0.6667}
    assert research["overall"]["levels"] == {"observed": 1, "reported": 1, "inferred": 0, "assumed": 1,
                                             "not_given": 1}  # fmt: skip
    assert research["phases"][0]["name"] == "Service" and research["sources"] == 2
    code, out = _run("stats", str(path))
    assert "Research coverage (observed or reported): steps 50% (2 of 4), emotions 50% (2 of 4), " \
           "pain points 66.7% (2 of 3)" in out  # fmt: skip
    assert "1 observed, 1 reported, 1 assumed, 1 not given; 2 sources" in out


# --- shared catalogues ------------------------------------------------------------------------


def test_sources_can_live_in_a_shared_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    catalogue = "journeymd: 1\ncatalogue: Research\nsources:\n  - {id: interviews, kind: interview, n: 12}\n"
    (tmp_path / "research.yaml").write_text(catalogue)
    text = JOURNEY.replace("sources:\n  - {id: interviews, kind: interview, title: Interviews with buyers, "
                           "date: 2024-03, n: 12}\n", "include: [research.yaml]\nsources:\n")  # fmt: skip
    path = _write(tmp_path, text)
    assert _run("validate", str(path))[0] == 0
    journey = journeymd.load(path)
    assert journey.steps[0].research is not None and journey.steps[0].research.sources[0].n == 12
    code, out = _run("validate", str(_write(tmp_path, text.replace("[interviews]", "[interview]"), "b.journey.yaml")))
    assert code == 1 and "b.journey.yaml:17:21: unknown source 'interview'" in out


# --- the examples -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["shoes", "webshop-nl"])
def test_the_examples_record_research_and_lint_clean(name: str) -> None:
    path = ROOT / "examples" / f"{name}.journey.yaml"
    journey = journeymd.load(path)
    levels = {step.research.level for step in journey.steps if step.research}
    assert levels == {"observed", "reported", "inferred", "assumed"}
    code, out = _run("lint", str(path))
    assert code == 0 and ": warning:" not in out, out


def test_the_readme_picture_of_research_is_the_current_rendering() -> None:
    """docs/research.svg is docs/examples/research.journey.yaml as journeymd draws it now;
    JOURNEYMD_ACCEPT=1 redraws it after a deliberate change."""
    import os

    drawn = render_svg(journeymd.load(ROOT / "docs" / "examples" / "research.journey.yaml"))
    target = ROOT / "docs" / "research.svg"
    if os.environ.get("JOURNEYMD_ACCEPT"):
        target.write_text(drawn, "utf-8")
    assert target.read_text("utf-8") == drawn
    assert "](docs/research.svg)" in (ROOT / "README.md").read_text("utf-8")
