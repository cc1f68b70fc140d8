"""`kiosk tutorials check` for content authors."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.clock import FixedClock
from kiosk.tutorials.loader import BUILTIN_DIR, tutorial_files


@pytest.fixture(autouse=True)
def kiosk_clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    """The command's clock, fixed: the built-in lessons were checked on 2026-12-06."""
    fixed = FixedClock(datetime(2027, 3, 1, 9, 0, 0))
    monkeypatch.setattr("kiosk.commands.tutorials.SystemClock", lambda: fixed)
    return fixed


@pytest.fixture(autouse=True)
def isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "no-settings.toml"))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_the_built_in_content_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tutorials", "check"]) == 0

    out = capsys.readouterr().out
    assert "OK " in out
    assert "WARNING" not in out


def test_a_lesson_checked_over_a_year_ago_is_warned_about_but_passes(
    mini, write_yaml, tmp_path, capsys
) -> None:
    mini["checked"] = date(2026, 2, 28)  # the kiosk's clock says 2027-03-01
    old = write_yaml(mini, "old.yaml")
    mini["id"], mini["checked"] = "fresh", date(2026, 3, 1)
    fresh = write_yaml(mini, "fresh.yaml")

    code = main(["tutorials", "check", str(old), str(fresh)])

    out = capsys.readouterr().out
    assert code == 0
    assert f"OK {old}" in out and f"OK {fresh}" in out
    assert (
        "WARNING old.yaml: checked: 2026-02-28 is more than 12 months ago; "
        "compare the lesson with its sources again"
    ) in out
    assert "fresh.yaml: checked" not in out


def test_every_built_in_lesson_is_warned_about_a_year_after_its_check(
    kiosk_clock: FixedClock, capsys
) -> None:
    kiosk_clock.advance(365 * 24 * 3600)  # 2028-02-29

    assert main(["tutorials", "check"]) == 0

    assert capsys.readouterr().out.count("WARNING ") == len(tutorial_files(BUILTIN_DIR))


def test_a_broken_file_fails_with_its_problem(mini, write_yaml, tmp_path, capsys) -> None:
    good = write_yaml(mini, "good.yaml")
    del mini["steps"][0]["expect"]
    bad = write_yaml(mini, "bad.yaml", tmp_path / "ward")

    code = main(["tutorials", "check", str(good), str(bad.parent)])

    out = capsys.readouterr().out
    assert code == 1
    assert f"OK {good}" in out
    assert "bad.yaml: steps[0] (enter_id).expect: an enter step needs" in out


def test_a_broken_file_in_the_ward_folder_fails_the_default_check(
    isolated_settings: Path, write_yaml, capsys
) -> None:
    write_yaml({"id": "half"}, "half.yaml", isolated_settings / "tutorials")

    assert main(["tutorials", "check"]) == 1
    assert "half.yaml: version: is required" in capsys.readouterr().out


def test_a_missing_path_fails(tmp_path: Path, capsys) -> None:
    assert main(["tutorials", "check", str(tmp_path / "nope.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().out
