"""A database file damaged by a power cut (500 bytes overwritten in the middle): the kiosk and
every command say so in one line, name the newest backup and the restore command, exit 2 and
leave the file as it was; `kiosk restore` still works and keeps the damaged file aside."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.config import load_settings
from kiosk.storage.engine import open_database
from kiosk.storage.models import Resident

ROOT = Path(__file__).resolve().parents[2]


def damage(path: Path) -> bytes:
    with path.open("r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(b"\xab" * 500)
    return path.read_bytes()


@pytest.fixture
def damaged(data_dir, capsys):
    """A ward with 3,000 residents and one backup, then its file damaged; (file, backup)."""
    engine, factory = open_database(load_settings().effective_database_url)
    with factory.begin() as s:
        s.add_all(
            Resident(
                full_name=f"Nguyễn Văn An {n}",
                name_folded=f"nguyen van an {n}",
                birth_year=1950,
                neighbourhood="Khu phố 1",
                created_at=datetime(2026, 1, 1),
            )
            for n in range(3000)
        )
    engine.dispose()
    assert main(["backup"]) == 0
    (backup,) = (data_dir / "backups").glob("kiosk-*.sqlite3")
    database = data_dir / "kiosk.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
    connection.close()
    capsys.readouterr()
    return database, backup


def expect_one_clear_line(text: str, backup: Path) -> None:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text[-2000:]
    assert "Tệp cơ sở dữ liệu bị hỏng" in lines[0] and "The database file is damaged" in lines[0]
    assert f"kiosk restore {backup}" in lines[0]
    assert "Traceback" not in text


@pytest.mark.parametrize(
    "argv", [["export", "residents", "--out", "r.csv"], ["audit", "verify"], ["backup"]]
)
def test_a_command_on_a_damaged_file_says_so_and_leaves_it(damaged, capsys, argv, tmp_path):
    database, backup = damaged
    before = damage(database)
    argv = [str(tmp_path / a) if a == "r.csv" else a for a in argv]
    assert main(argv) == 2
    expect_one_clear_line(capsys.readouterr().err, backup)
    assert database.read_bytes() == before


def test_the_kiosk_on_a_damaged_file_exits_2_with_one_line(damaged, data_dir, tmp_path):
    database, backup = damaged
    before = damage(database)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", KIOSK_NO_VOICE="1")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--windowed"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr[-3000:]
    ours = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    expect_one_clear_line("\n".join(ours), backup)
    assert database.read_bytes() == before


def test_restore_puts_the_backup_back_and_keeps_the_damaged_file(damaged, capsys, tmp_path):
    database, backup = damaged
    before = damage(database)
    assert main(["restore", str(backup)]) == 0
    (kept,) = database.parent.glob("kiosk.sqlite3.damaged-*")
    assert kept.read_bytes() == before
    assert main(["export", "residents", "--out", str(tmp_path / "r.csv")]) == 0
    assert "Nguyễn Văn An 2999" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
