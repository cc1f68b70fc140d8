"""`kiosk tutorials check` for content authors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main


@pytest.fixture(autouse=True)
def isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "no-settings.toml"))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_the_built_in_content_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tutorials", "check"]) == 0

    assert "OK " in capsys.readouterr().out


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
