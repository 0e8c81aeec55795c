"""Figures from analytics exports (--data, data:, render.data) merged over a journey: read, checked
against the journey, shown with where they came from, and never written back."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.analytics import merge, read_dataset, with_data
from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
SHOES = ROOT / "examples" / "shoes.journey.yaml"
WEBSHOP = ROOT / "examples" / "webshop-nl.journey.yaml"
SHOES_CSV = ROOT / "examples" / "analytics" / "shoes.csv"
WEBSHOP_CSV = ROOT / "examples" / "analytics" / "webshop-nl.csv"
GA4 = ROOT / "tests" / "data" / "ga4-funnel-exploration.csv"
GA4_MAP = ROOT / "tests" / "data" / "ga4-map.yaml"
SVG = "{http://www.w3.org/2000/svg}"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _texts(svg: bytes) -> list[str]:
    return ["".join(t.itertext()) for t in ET.fromstring(svg).iter(f"{SVG}text")]


def test_the_shoe_example_map_shows_its_export_and_where_it_came_from(tmp_path: Path) -> None:
    before = SHOES.read_bytes()
    out = tmp_path / "shoes.svg"
    code, _, err = _run("render", str(SHOES), "--data", str(SHOES_CSV), "-o", str(out))
    assert code == 0, err
    texts = _texts(out.read_bytes())
    assert "12,400 reached" in texts and "10,000 reached" not in texts  # the export's count, not the YAML's
    assert any("Click-through rate: 2.4% (target 2%)" in t for t in texts)
    assert "Figures from: shoes.csv, as of 2026-11-30" in texts
    assert SHOES.read_bytes() == before  # the YAML is never written


def test_without_data_the_map_says_nothing_of_sources(tmp_path: Path) -> None:
    out = tmp_path / "shoes.svg"
    assert _run("render", str(SHOES), "-o", str(out))[0] == 0
    assert not any(t.startswith("Figures from") for t in _texts(out.read_bytes()))


def test_html_report_and_markdown_show_the_figures_and_their_source(tmp_path: Path) -> None:
    html = tmp_path / "shoes.html"
    md = tmp_path / "shoes.md"
    for out in (html, md):
        assert _run("render", str(SHOES), "--data", str(SHOES_CSV), "-o", str(out))[0] == 0
    page = html.read_text("utf-8")
    assert "12,400 — shoes.csv, as of 2026-11-30" in page  # the step's details
    assert "Figures from: shoes.csv, as of 2026-11-30" in page  # under the funnel
    assert "Conversion rate: 2.3% (target 3%) — shoes.csv, as of 2026-11-30" in page  # the phase summaries
    text = md.read_text("utf-8")
    assert "*Figures from: shoes.csv, as of 2026-11-30.*" in text
    assert "12,400 reached" in text and "▼ *Drop-off 43%*" in text


def test_stats_keep_declared_rates_and_measured_counts_apart() -> None:
    code, raw, _ = _run("stats", str(SHOES), "--data", str(SHOES_CSV), "--format", "json")
    figures = json.loads(raw)
    assert code == 0
    second = figures["funnel"][1]
    assert second["reached"] == 2710 and second["declared_rate"] == 0.43 and second["measured_rate"] == 0.435
    assert second["source"] == "shoes.csv, as of 2026-11-30"
    first = figures["funnel"][0]
    assert first["declared_rate"] is None and first["measured_rate"] == round((12400 - 2710) / 12400, 3)
    assert [d["id"] for d in figures["biggest_drops"]] == [
        "wants-to-buy-shoes", "browses-the-e-shop", "clicks-an-ad-to-the-landing-page"
    ]  # fmt: skip
    assert all(d["by"] == "measured" for d in figures["biggest_drops"])
    assert figures["data"] == [{"label": "shoes.csv", "as_of": "2026-11-30", "path": str(SHOES_CSV)}]
    code, text, _ = _run("stats", str(SHOES), "--data", str(SHOES_CSV))
    assert "  2. Clicks an ad to the landing page: 2,710 (21.9%) [shoes.csv, as of 2026-11-30]; measured 43.5% " \
           "lost after, declared 43%" in text  # fmt: skip
    assert "biggest drops (by measured counts): 1. Wants to buy shoes (78.1%)" in text
    assert "    KPI: Click-through rate 2.4% (target 2%) [shoes.csv, as of 2026-11-30]\n" in text
    assert figures["phases"][0]["kpis"][1] == {
        "id": "click-through-rate", "name": "Click-through rate", "value": "2.4%", "target": "2%",
        "source": "shoes.csv, as of 2026-11-30",
    }  # fmt: skip


def test_biggest_drops_go_by_declared_rates_without_counts() -> None:
    text = "journeymd: 1\nphases:\n  - name: P\n    steps:\n      - {name: A, drop_off: {reason: r, rate: 20%}}\n" \
           "      - {name: B, drop_off: {reason: s, rate: 50%}}\n"  # fmt: skip
    from journeymd.stats import journey_stats

    figures = journey_stats(journeymd.loads(text))
    assert figures["funnel"] == [] and figures["biggest_drops"] == []


def test_a_ga4_funnel_exploration_export_merges_through_a_mapping_file() -> None:
    journey = with_data(journeymd.load(SHOES), [GA4], GA4_MAP)
    by_id = {s.id: s for s in journey.steps}
    assert by_id["clicks-an-ad-to-the-landing-page"].reached == 2710
    assert by_id["clicks-an-ad-to-the-landing-page"].drop_off.rate == pytest.approx(0.4354)  # type: ignore[union-attr]
    # the YAML's reason stays; only the figure is the export's
    assert by_id["goes-through-checkout"].drop_off.reason == "Shipping costs appear only at the last step"  # type: ignore[union-attr]
    assert by_id["lands-on-the-thank-you-page"].reached == 284
    assert by_id["wants-to-buy-shoes"].reached == 10000  # not in the export: the YAML's own
    assert [m.text() for m in journey.datasets] == ["GA4 export, as of 2026-11-30"]


def test_a_ga4_export_named_in_the_journey_with_its_mapping_table(tmp_path: Path) -> None:
    shutil.copy(GA4, tmp_path / "ga4.csv")
    text = SHOES.read_text("utf-8").replace(
        "locale: en\n",
        "locale: en\ndata:\n  - file: ga4.csv\n    map:\n"
        "      '1. Landing page view': clicks-an-ad-to-the-landing-page\n"
        "      '2. View product page': browses-the-e-shop\n      '3. Begin checkout': goes-through-checkout\n"
        "      '4. Purchase': lands-on-the-thank-you-page\n",
    )
    source = tmp_path / "shoes.journey.yaml"
    source.write_text(text, "utf-8")
    journey = journeymd.load(source)
    assert journey.steps[2].reached == 1530 and journey.datasets[0].label == "GA4 export"
    # A step name in the export that is also the journey's step name needs no mapping.
    source.write_text(text.replace("      '2. View product page': browses-the-e-shop\n", ""), "utf-8")
    (tmp_path / "ga4.csv").write_text(GA4.read_text("utf-8").replace("View product page", "Browses the e-shop"))
    assert journeymd.load(source).steps[2].reached == 1530


def test_a_ga4_export_in_dutch_names_the_steps_as_the_journey_does() -> None:
    journey = with_data(journeymd.load(WEBSHOP), [ROOT / "tests" / "data" / "ga4-trechterverkenning-nl.csv"])
    by_id = {s.id: s for s in journey.steps}
    assert by_id["zoekt-losse-sencha-kopen"].reached == 2310 and by_id["rekent-af"].reached == 257
    assert by_id["legt-thee-in-de-winkelwagen"].drop_off.rate == pytest.approx(0.4251)  # type: ignore[union-attr]
    assert journey.datasets[0].text("nl") == "GA4 export, stand 30-11-2026"


def test_a_dutch_spreadsheet_with_semicolons_decimal_commas_and_a_bom_merges() -> None:
    assert WEBSHOP_CSV.read_bytes().startswith(b"\xef\xbb\xbfstap;")
    journey = with_data(journeymd.load(WEBSHOP), [WEBSHOP_CSV])
    by_id = {s.id: s for s in journey.steps}
    assert by_id["ziet-een-vlog-over-groene-thee"].reached == 21480  # 21.480: a thousands dot
    assert by_id["bekijkt-de-productpagina-s"].drop_off.rate == pytest.approx(0.302)  # type: ignore[union-attr]
    kpis = {k.id: k for p in journey.phases for k in p.kpis}
    assert kpis["conversieratio"].value == "2,4%" and kpis["conversieratio"].target == "3%"
    assert journey.datasets[0].text("nl") == "webshop-nl.csv, stand 30-11-2026"


def test_the_dutch_example_map_and_stats_speak_dutch(tmp_path: Path) -> None:
    out = tmp_path / "webshop.svg"
    assert _run("render", str(WEBSHOP), "--data", str(WEBSHOP_CSV), "-o", str(out))[0] == 0
    texts = _texts(out.read_bytes())
    assert "21.480 bereikt" in texts and "Cijfers uit: webshop-nl.csv, stand 30-11-2026" in texts
    code, text, _ = _run("stats", str(WEBSHOP), "--data", str(WEBSHOP_CSV))
    assert code == 0 and "gemeten 42,5% afgehaakt na" in text and "webshop-nl.csv, stand 30-11-2026" in text


def test_merge_makes_a_new_journey_and_leaves_the_old_one_alone() -> None:
    journey = journeymd.load(SHOES)
    dataset, problems = read_dataset(SHOES_CSV, journey)
    assert problems == []
    merged = merge(journey, [dataset])
    assert merged is not journey and journey.steps[0].reached == 10000 and merged.steps[0].reached == 12400
    assert journey.measured == {} and merged.measured["wants-to-buy-shoes.reached"].as_of == "2026-11-30"
    assert merge(journey, []) is journey


def test_later_files_win_and_the_latest_row_of_a_series_counts(tmp_path: Path) -> None:
    series = tmp_path / "series.csv"
    series.write_text("id,reached,as_of\nbrowses-the-e-shop,1000,2026-09-30\nbrowses-the-e-shop,1200,2026-10-31\n")
    later = tmp_path / "later.json"
    later.write_text(
        '{"label": "Power BI", "as_of": "2026-11-30", "rows": [{"id": "goes-through-checkout", "reached": 400}]}'
    )
    journey = with_data(journeymd.load(SHOES), [series, later])
    assert journey.steps[2].reached == 1200 and journey.steps[3].reached == 400
    assert [m.text() for m in journey.datasets] == ["series.csv, as of 2026-10-31", "Power BI, as of 2026-11-30"]


BAD = {
    "unknown id": (
        "id,reached\nbrowses-the-eshop,12\n",
        "2:1: no step or phase 'browses-the-eshop' in the journey (did you mean 'browses-the-e-shop'?)",
    ),
    "duplicate row": (
        "id,reached\nbrowses-the-e-shop,12\nbrowses-the-e-shop,13\n",
        "3:1: a second row for step 'browses-the-e-shop'; the first is at line 2",
    ),
    "not a number": (
        "id,reached\nbrowses-the-e-shop,lots\n",
        "2:20: reached must be a whole number of customers, not 'lots'",
    ),
    "not whole": (
        "id,reached\nbrowses-the-e-shop,12.5\n",
        "2:20: reached must be a whole number of customers, not '12.5'",
    ),
    "rate over 100%": ("id,drop_off\nbrowses-the-e-shop,140%\n", "2:20: drop-off rate 140% is outside 0–100 %"),
    "plain rate over 1": (
        "id,drop_off\nbrowses-the-e-shop,40\n",
        "2:20: drop-off rate 40 (a share: 0.4 is 40%) is outside 0–100 %",
    ),
    "column almost known": (
        "id,reachd\nbrowses-the-e-shop,12\n",
        "1:4: unknown column 'reachd' (did you mean 'reached'?)",
    ),
    "kpi almost known": (
        "id,conversion-rat\npurchase,2%\n",
        "1:4: unknown column 'conversion-rat' (did you mean 'conversion-rate'?)",
    ),
    "bad date": (
        "id,reached,as_of\nbrowses-the-e-shop,12,30 november\n",
        "2:23: as_of must be a date such as 2026-11-30, not '30 november'",
    ),
    "kpi on a step": (
        "id,conversion-rate\nbrowses-the-e-shop,2%\n",
        "2:20: KPI 'conversion-rate' belongs to phase 'purchase', not to step 'browses-the-e-shop'",
    ),
    "kpi not a number": (
        "id,conversion-rate\npurchase,soon\n",
        "2:10: KPI 'conversion-rate' value must be a number (2.1, 2.1%, € 45), not 'soon'",
    ),
    "reached on a phase": ("id,reached\npurchase,12\n", "2:10: reached is counted per step; 'purchase' is a phase"),
    "quoted cells keep their columns": (
        'id,reached\n"browses-the-e-shop","1,2x"\n',
        "2:22: reached must be a whole number of customers, not '1,2x'",
    ),
    "no id column": ("reached\n12\n", "1:1: no id column: name the first column 'id' (or 'step', 'phase')"),
    "ga4 step not mapped": (
        GA4.read_text("utf-8"),
        "8:1: no step or phase '1. Landing page view' in the journey; "
        "map export names to ids with a mapping table (map: in the journey, or --map)",
    ),
    "json value": (
        '[{"id": "browses-the-e-shop",\n  "reached": "many"}]',
        "2:14: reached must be a whole number of customers, not 'many'",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
@pytest.mark.parametrize("command", ["render", "stats", "lint"])
def test_every_bad_data_file_names_file_line_column_and_writes_nothing(tmp_path: Path, case: str,
                                                                       command: str) -> None:  # fmt: skip
    text, expected = BAD[case]
    data = tmp_path / ("bad.json" if case.startswith("json") else "bad.csv")
    data.write_text(text, "utf-8")
    source = tmp_path / "shoes.journey.yaml"
    shutil.copy(SHOES, source)
    before = source.read_bytes()
    out = tmp_path / "shoes.svg"
    args = [command, str(source), "--data", str(data)] + (["-o", str(out)] if command == "render" else [])
    code, stdout, stderr = _run(*args)
    assert code == 1
    # lint says how severe each problem is and which check found it; the others print the problem alone
    said = [line.replace(": error: ", ": ").removesuffix(" [data]") for line in (stderr + stdout).splitlines()]
    assert f"{data}:{expected}" in said, stderr + stdout
    assert "Traceback" not in stderr + stdout
    assert not out.exists() and source.read_bytes() == before


def test_all_problems_of_a_file_are_reported_at_once(tmp_path: Path) -> None:
    data = tmp_path / "bad.csv"
    data.write_text("id,reached,drop_off\nnope,1,2\nbrowses-the-e-shop,x,50%\n")
    code, _, err = _run("stats", str(SHOES), "--data", str(data))
    assert code == 1
    assert err.splitlines() == [
        f"{data}:2:1: no step or phase 'nope' in the journey",
        f"{data}:2:8: drop-off rate 2 (a share: 0.4 is 40%) is outside 0–100 %",
        f"{data}:3:20: reached must be a whole number of customers, not 'x'",
    ]


def test_problems_print_in_every_report_format(tmp_path: Path) -> None:
    data = tmp_path / "bad.csv"
    data.write_text("id,reached\nbrowses-the-e-shop,x\n")
    code, _, err = _run("render", str(SHOES), "--data", str(data), "-o", str(tmp_path / "s.svg"), "--format", "json")
    assert code == 1
    found = json.loads(err[err.index("[") :])
    assert found[0]["path"] == str(data) and (found[0]["line"], found[0]["column"]) == (2, 20)


def test_data_named_in_a_journey_stays_inside_the_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    project = tmp_path / "project"
    project.mkdir()
    (tmp_path.parent / "outside.csv").write_text("id,reached\na,1\n")
    source = project / "j.journey.yaml"
    source.write_text("journeymd: 1\ndata: [../../outside.csv, /etc/passwd, missing.csv]\n"
                      "phases:\n  - name: P\n    steps: [{name: A}]\n")  # fmt: skip
    code, out, err = _run("validate", str(source))
    assert code == 1
    lines = (out + err).splitlines()
    assert f"{source}:2:8: data file '../../outside.csv' is outside the repository ({tmp_path}); data files are " \
           "read only from inside it" in lines  # fmt: skip
    assert (
        f"{source}:2:27: data file '/etc/passwd' must be a path relative to this file, inside its repository" in lines
    )
    assert any(line.startswith(f"{source}:2:40: data file 'missing.csv' not found") for line in lines)


def test_a_mapping_to_an_unknown_id_is_an_error_at_its_line(tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text("1. Landing page view: clicks-an-ad\n")
    code, _, err = _run("stats", str(SHOES), "--data", str(GA4), "--map", str(mapping))
    assert code == 1
    assert f"{mapping}:1:23: '1. Landing page view' maps to 'clicks-an-ad', which is no step or phase" in err


def test_a_changed_data_file_makes_the_committed_map_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNEYMD_CACHE_DIR", str(tmp_path / "cache"))
    journeys = tmp_path / "journeys"
    journeys.mkdir()
    (journeys / "analytics").mkdir()
    shutil.copy(SHOES_CSV, journeys / "analytics" / "shoes.csv")
    text = SHOES.read_text("utf-8").replace("locale: en\n", "locale: en\ndata: [analytics/shoes.csv]\n")
    (journeys / "shoes.journey.yaml").write_text(text, "utf-8")
    maps = tmp_path / "maps"
    assert _run("render", str(journeys), "-o", str(maps))[0] == 0
    assert _run("render", str(journeys), "-o", str(maps), "--check")[0] == 0
    csv = journeys / "analytics" / "shoes.csv"
    csv.write_text(csv.read_text("utf-8").replace("12400", "12500"), "utf-8")
    code, out, _ = _run("render", str(journeys), "-o", str(maps), "--check")
    assert code == 1 and "stale:" in out


def test_project_render_data_names_each_journeys_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNEYMD_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / ".journeymd.yaml").write_text("render:\n  data: analytics/{journey}.csv\n")
    (tmp_path / "analytics").mkdir()
    shutil.copy(SHOES_CSV, tmp_path / "analytics" / "shoes.csv")
    shutil.copy(SHOES, tmp_path / "shoes.journey.yaml")
    shutil.copy(WEBSHOP, tmp_path / "webshop-nl.journey.yaml")  # no export of its own: drawn as written
    code, _, err = _run("render", str(tmp_path), "-o", str(tmp_path / "maps"))
    assert code == 0, err
    assert "12,400 reached" in _texts((tmp_path / "maps" / "shoes.svg").read_bytes())
    assert "20.000 bereikt" in _texts((tmp_path / "maps" / "webshop-nl.svg").read_bytes())
    code, text, _ = _run("stats", str(tmp_path / "shoes.journey.yaml"))
    assert "12,400 (100%)" in text
    (tmp_path / ".journeymd.yaml").write_text("render:\n  data: [3]\n")
    code, _, err = _run("render", str(tmp_path), "-o", str(tmp_path / "maps"))
    assert code == 2 and "render data must be a data file, or a list of them" in err


def test_lint_warns_on_stale_data_with_a_configurable_age(tmp_path: Path) -> None:
    old = (datetime.date.today() - datetime.timedelta(days=40)).isoformat()
    data = tmp_path / "export.csv"
    data.write_text(f"id,reached,as_of\nbrowses-the-e-shop,1400,{old}\n")
    shutil.copy(SHOES, tmp_path / "shoes.journey.yaml")
    source = str(tmp_path / "shoes.journey.yaml")
    assert _run("lint", "--strict", "--select", "stale-data", source, "--data", str(data))[0] == 0  # within 90 days
    (tmp_path / ".journeymd.yaml").write_text("lint:\n  max-data-age-days: 30\n")
    out = _run("lint", source, "--data", str(data))[1]
    line, column = journeymd.load(SHOES).steps[2].pos  # the first step the stale figures are shown at
    said = f"figures from 'export.csv' are as of {old}, 40 days ago (more than 30); export them again [stale-data]"
    assert f"{source}:{line}:{column}: warning: {said}" in out
    # The rule's option, the way any rule takes settings; it wins over the shorthand.
    options = "  options:\n    stale-data:\n      max-data-age-days: {}\n"
    (tmp_path / ".journeymd.yaml").write_text("lint:\n" + options.format(30))
    assert said in _run("lint", source, "--data", str(data))[1]
    (tmp_path / ".journeymd.yaml").write_text("lint:\n  max-data-age-days: 30\n" + options.format(60))
    assert _run("lint", "--strict", "--select", "stale-data", source, "--data", str(data))[0] == 0
    (tmp_path / ".journeymd.yaml").write_text("lint:\n  max-data-age-days: soon\n")
    code, _, err = _run("lint", source)
    assert code == 2 and "max-data-age-days must be a whole number of days" in err


def test_lint_warns_on_a_rate_the_counts_contradict_and_a_kpi_without_value(tmp_path: Path) -> None:
    data = tmp_path / "export.csv"
    data.write_text("id,reached,drop_off\nclicks-an-ad-to-the-landing-page,2000,10%\nbrowses-the-e-shop,1000,\n")
    out = _run("lint", str(SHOES), "--data", str(data))[1]
    line, column = journeymd.load(SHOES).steps[1].pos
    said = "drop-off at 'Clicks an ad to the landing page' is 10%, but the counts show 50% lost (2000 reached, 1000 " \
           "at the next step) [drop-off-disagrees]"  # fmt: skip
    assert f"{SHOES}:{line}:{column}: warning: {said}" in out
    at = journeymd.load(SHOES).phases[0].pos[0]  # the phase that holds the KPI
    assert f"{SHOES}:{at}:5: warning: KPI 'Click-through rate' of phase 'Awareness' has a target (2%) but no value; " \
           "add a 'click-through-rate' column to the data file [kpi-without-value]" in out  # fmt: skip


def test_the_examples_with_their_exports_are_lint_clean() -> None:
    for source, data in ((SHOES, SHOES_CSV), (WEBSHOP, WEBSHOP_CSV)):
        code, out, _ = _run("lint", "--strict", "--ignore", "stale-data", str(source), "--data", str(data))
        assert code == 0, out


def test_the_readme_picture_is_the_example_drawn_from_its_export(tmp_path: Path) -> None:
    picture = ROOT / "docs" / "shoes-data.svg"
    out = tmp_path / "shoes-data.svg"
    args = ["render", str(SHOES), "--data", str(SHOES_CSV), "--phase", "awareness,purchase", "--page", "docs"]
    assert _run(*args, "-o", str(out))[0] == 0
    if os.environ.get("JOURNEYMD_ACCEPT"):
        shutil.copy(out, picture)
    assert out.read_bytes() == picture.read_bytes(), "run JOURNEYMD_ACCEPT=1 pytest tests/test_analytics.py"


def test_an_excel_csv_in_the_windows_code_page_reads_as_it_was_meant(tmp_path: Path) -> None:
    data = tmp_path / "excel.csv"
    data.write_bytes("fase;Conversieratio\nOriëntatie;1,5%\naankoop;2,4%\n".encode("cp1252"))
    text = WEBSHOP.read_text("utf-8").replace("kpis: [Tijd op site, Bouncepercentage]", "kpis: [Tijd op site]")
    source = tmp_path / "webshop.journey.yaml"
    source.write_text(text, "utf-8")
    code, _, err = _run("stats", str(source), "--data", str(data))
    # The phase named with its ë is found; its row names a KPI of another phase.
    assert code == 1 and err.splitlines() == [
        f"{data}:2:12: KPI 'conversieratio' belongs to phase 'aankoop', not to phase 'orientatie'"
    ]


def test_data_on_the_command_line_is_part_of_a_folders_cache_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOURNEYMD_CACHE_DIR", str(tmp_path / "cache"))
    journeys = tmp_path / "journeys"
    journeys.mkdir()
    shutil.copy(SHOES, journeys / "shoes.journey.yaml")
    data = tmp_path / "export.csv"
    shutil.copy(SHOES_CSV, data)
    maps = tmp_path / "maps"
    assert _run("render", str(journeys), "-o", str(maps), "--data", str(data))[0] == 0
    assert _run("render", str(journeys), "-o", str(maps), "--data", str(data), "--check")[0] == 0
    assert _run("render", str(journeys), "-o", str(maps), "--check")[0] == 1  # without the export: another map
    data.write_text(data.read_text("utf-8").replace("12400", "12500"), "utf-8")
    code, out, _ = _run("render", str(journeys), "-o", str(maps), "--data", str(data), "--check")
    assert code == 1 and f"stale: {maps / 'shoes.svg'}" in out


def test_the_reports_step_panel_says_where_a_figure_came_from(browser: Any, tmp_path: Path) -> None:
    from journeymd.render import render_html

    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(with_data(journeymd.load(SHOES), [SHOES_CSV])), "utf-8")
    page = browser.new_page(viewport={"width": 1440, "height": 900}, bypass_csp=True)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    page.wait_for_selector("#jm-frame g[data-step]", state="attached")
    page.click('g[data-step="goes-through-checkout"]', position={"x": 60, "y": 30})
    panel = page.inner_text("#jm-panel")
    assert "412 — shoes.csv, as of 2026-11-30" in panel
    assert "Shipping costs appear only at the last step (31%) — shoes.csv, as of 2026-11-30" in panel
    assert page.is_visible("text=Figures from: shoes.csv, as of 2026-11-30") and errors == []
    page.close()


def test_a_file_that_is_no_export_of_the_journey_stops_after_500_problems(tmp_path: Path) -> None:
    data = tmp_path / "other.csv"
    data.write_text("id,reached\n" + "".join(f"other-step-{i},1\n" for i in range(2000)), "utf-8")
    code, _, err = _run("stats", str(SHOES), "--data", str(data))
    lines = err.splitlines()
    assert code == 1 and len(lines) == 501
    assert lines[-1] == f"{data}:502:1: stopped after 500 problems: is this the export of this journey?"


def test_a_binary_file_named_csv_is_one_problem_at_its_first_odd_byte(tmp_path: Path) -> None:
    data = tmp_path / "export.csv"
    data.write_bytes(b"id,reached\nPK\x03\x04\x14\x00" + bytes(range(256)) * 20)
    code, _out, err = _run("render", str(SHOES), "--data", str(data), "-o", str(tmp_path / "shoes.svg"))
    assert code == 1
    about_data = [line for line in err.splitlines() if line.startswith(str(data))]
    assert about_data == [f"{data}:2:3: this is not a CSV or JSON file: it holds binary data (save it as CSV)"]
    assert "YAML" not in err and "Traceback" not in err
    assert not (tmp_path / "shoes.svg").exists()


@pytest.mark.parametrize("pattern", ["{journey}.csv", "../secret.csv"])
def test_project_render_data_is_read_only_from_inside_the_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str
) -> None:
    monkeypatch.setenv("JOURNEYMD_CACHE_DIR", str(tmp_path / "cache"))
    secret = tmp_path / "secret.csv"
    secret.write_text("id,reached\nhunter2,1\n")
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    shutil.copy(SHOES, repository / "shoes.journey.yaml")
    (repository / "shoes.csv").symlink_to(secret)  # a symlink committed to point out of the clone
    (repository / ".journeymd.yaml").write_text(f"render:\n  data: '{pattern}'\n")
    for command in (["render", str(repository), "-o", str(tmp_path / "maps")], ["stats", str(repository)]):
        code, out, err = _run(*command)
        assert code == 2, command
        assert f"render data '{pattern}' is outside the repository ({repository})" in err
        assert "hunter2" not in out + err and "Traceback" not in err
    assert not (tmp_path / "maps").exists()


def test_a_count_beyond_any_funnel_is_a_problem_not_a_wrapped_number_on_the_map(tmp_path: Path) -> None:
    data = tmp_path / "export.csv"
    data.write_text("id,reached\nwants-to-buy-shoes,99999999999999999999999999999999999999\n")
    code, _out, err = _run("render", str(SHOES), "--data", str(data), "-o", str(tmp_path / "shoes.svg"))
    assert code == 1
    assert f"{data}:2:20: reached 99999999999999999999999999999999999999 is more than 1,000,000,000,000" in err
    assert not (tmp_path / "shoes.svg").exists()
