"""`journeymd stats`: the figures a journey answers, as a person reads them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from journeymd.cli import main

JOURNEY = """\
journeymd: 1
phases:
  - name: Buy
    steps:
      - {name: Sees an ad, reached: 100, touchpoints: [{name: Ad, channel: social}]}
      - {name: Tells a friend, reached: 1000, touchpoints: [Word of mouth]}
      - {name: Calls, reached: 999, touchpoints: [{name: Hotline, channel: phone}]}
"""


def _stats(tmp_path: Path, *options: str) -> str:
    source = tmp_path / "j.journey.yaml"
    source.write_text(JOURNEY, "utf-8")
    result = CliRunner().invoke(main, ["stats", str(source), *options])
    assert result.exit_code == 0, result.output
    return result.output


def test_shares_add_up_and_read_as_plain_percentages(tmp_path: Path) -> None:
    text = _stats(tmp_path)
    # A touchpoint named without a channel is neither online nor offline: the shares say so.
    assert "online 33.3%, offline 33.3%, online or offline not given 33.3%" in text
    assert "1000%" in text and "e+" not in text  # a funnel that grows, without exponent notation
    figures = json.loads(_stats(tmp_path, "--format", "json"))
    touchpoints = figures["touchpoints"]
    assert abs(touchpoints["online_share"] + touchpoints["offline_share"] + touchpoints["unknown_share"] - 1) < 0.01


def test_a_count_beyond_any_funnel_is_a_problem_for_stats_and_the_report(tmp_path: Path) -> None:
    source = tmp_path / "j.journey.yaml"
    # 10^400 customers after 10: the share of the first is too large for a float.
    source.write_text(JOURNEY.replace("reached: 1000,", f"reached: {10**400},"), "utf-8")
    for command in (["stats", str(source)], ["render", str(source), "-o", str(tmp_path / "j.html")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 1, result.output
        bound = "'reached' must be a whole number from 0 to 1,000,000,000,000,000, not 1000"
        assert f"{source}:6:41: {bound}" in result.output
        assert "internal error" not in result.output
    assert not (tmp_path / "j.html").exists()
