"""Settings: TOML in the config dir, strict keys and types, KIOSK_* overrides."""

from pathlib import Path

import pytest

from kiosk.core.config import load_settings
from kiosk.core.errors import KioskError


def test_missing_file_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.delenv("KIOSK_DATA_DIR", raising=False)
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)
    settings = load_settings(tmp_path / "none.toml")
    assert settings.idle_seconds == 90 and settings.countdown_seconds == 30
    assert settings.language == "vi"


def test_file_values_and_env_overrides(tmp_path, monkeypatch):
    path = tmp_path / "settings.toml"
    path.write_text(
        'ward_name = "Phường Đa Kao"\nidle_seconds = 120\nneighbourhoods = ["KP 1", "KP 2"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DATABASE_URL", "sqlite:///x.db")
    settings = load_settings(path)
    assert settings.ward_name == "Phường Đa Kao"
    assert settings.idle_seconds == 120
    assert settings.neighbourhoods == ("KP 1", "KP 2")
    assert settings.data_dir == Path(tmp_path / "data")
    assert settings.effective_database_url == "sqlite:///x.db"


@pytest.mark.parametrize(
    "text, message",
    [
        ("idle_second = 10\n", "unknown key 'idle_second'"),
        ('idle_seconds = "90"\n', "'idle_seconds' must be int"),
        ("neighbourhoods = [1, 2]\n", "'neighbourhoods' must be a list of strings"),
        ("ward_name = \n", "settings file"),
    ],
)
def test_bad_settings_fail_loudly_naming_the_key(tmp_path, text, message):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KioskError, match=message):
        load_settings(path)


def test_the_kiosk_command_reports_a_broken_settings_file(tmp_path, monkeypatch, capsys):
    from kiosk.cli import main

    path = tmp_path / "settings.toml"
    path.write_text("idle_second = 10\n", encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(path))
    assert main(["run", "--windowed"]) == 2  # refused before any window opens
    assert "unknown key 'idle_second'" in capsys.readouterr().err
