"""The real `kiosk` command in its own process: umask 077, the data dir 0700, the database,
backups and the settings file 0600, none readable by another user (tried as `nobody`); and
`kiosk restore` keeps the erasures made since the backup."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.clock import FixedClock
from kiosk.services.audit import AuditLog
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.privacy import PrivacyService
from kiosk.storage.engine import open_database
from kiosk.storage.models import Resident

REPO = Path(__file__).resolve().parents[2]
AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
NAME = "Võ Thị Sáu"


@pytest.fixture
def ward(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A settings file made 0644 by hand (it may hold a database password) and a data dir
    still to be made, in a folder any user may pass through."""
    if os.geteuid() != 0:
        pytest.skip("reading as another user needs root (CI runs as root)")
    base = Path(tempfile.mkdtemp(prefix="kiosk-cli-"))
    base.chmod(0o711)
    settings = base / "settings.toml"
    settings.write_text('ward_name = "Phường Bến Thành"\n', encoding="utf-8")
    settings.chmod(0o644)
    yield base, settings, base / "data"
    subprocess.run(["rm", "-rf", str(base)], check=True)


def kiosk(base: Path, settings: Path, data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "KIOSK_CONFIG": str(settings),
        "KIOSK_DATA_DIR": str(data),
        "PYTHONPATH": str(REPO),
    }
    env.pop("KIOSK_DATABASE_URL", None)
    command = [sys.executable, "-m", "kiosk", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, cwd=base)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def readable_by_nobody(path: Path) -> bool:
    return subprocess.run([*AS_NOBODY, "cat", str(path)], capture_output=True).returncode == 0


def test_the_command_line_keeps_its_files_private(ward):
    base, settings, data = ward
    assert kiosk(base, settings, data, "backup").returncode == 0
    key = base / "public-key.txt"
    assert kiosk(base, settings, data, "keys", "export", "--out", str(key)).returncode == 0

    assert mode(data) == 0o700 and mode(data / "backups") == 0o700
    files = [p for p in data.rglob("*") if p.is_file()] + [settings, key]
    assert any(p.name.startswith("kiosk-") for p in files)  # the backup
    assert {p: mode(p) for p in files} == dict.fromkeys(files, 0o600)  # umask 077: the key too
    for folder in (data, data / "backups"):
        folder.chmod(0o711)  # even with the folders opened, the files hold
    assert [p for p in files if readable_by_nobody(p)] == []


def test_kiosk_restore_keeps_the_erasures_made_since_the_backup(ward):
    base, settings, data = ward
    clock = FixedClock(datetime(2026, 11, 29, 8, 30))
    engine, factory = open_database(f"sqlite:///{data / 'kiosk.sqlite3'}")
    resident = CheckInService(factory, clock, "kiosk-1").register(
        NewResident(NAME, 1950, "Khu phố 1", None)
    )
    backed_up = kiosk(base, settings, data, "backup")
    assert backed_up.returncode == 0, backed_up.stderr
    [backup] = (data / "backups").glob("kiosk-*.sqlite3")
    PrivacyService(factory, clock, AuditLog(factory, clock)).erase(resident.id, "staff")
    engine.dispose()

    restored = kiosk(base, settings, data, "restore", str(backup))

    assert restored.returncode == 0, restored.stderr
    assert "1" in restored.stdout.splitlines()[-1]  # erased again: 1 resident
    engine, factory = open_database(f"sqlite:///{data / 'kiosk.sqlite3'}")
    with factory() as s:
        assert s.scalars(select(Resident.full_name)).all() == [""]
    engine.dispose()


def test_restore_erasures_only_erases_again_whom_a_restore_brought_back(data_dir, capsys):
    from kiosk.cli import main
    from kiosk.core.config import load_settings
    from kiosk.storage.models import Erasure

    clock = FixedClock(datetime(2026, 11, 29, 8, 30))
    engine, factory = open_database(load_settings().effective_database_url)
    resident = CheckInService(factory, clock, "kiosk-1").register(
        NewResident(NAME, 1950, "Khu phố 1", None)
    )
    with factory.begin() as s:  # as after a pg_restore with the erasures table kept
        s.add(Erasure(resident_id=resident.id, erased_at=clock.now()))

    assert main(["restore", "--erasures-only"]) == 0
    assert main(["restore"]) == 2  # neither a file nor --erasures-only

    with factory() as s:
        assert s.scalars(select(Resident.full_name)).all() == [""]
    engine.dispose()
    assert "1" in capsys.readouterr().out
