"""`kiosk demo --screenshots DIR`, as the README's first command runs it without a display:
one 1920×1080 PNG per screen, and sample PDFs that `kiosk verify` accepts; twice in a row;
its log names no resident and no phone number."""

import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from kiosk.core.text import fold
from kiosk.services.demo import DEMO_RESIDENTS

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = [
    "attract",
    "language",
    "consent",
    "checkin-new",
    "catalog",
    "tutorial-step-01",
    "tutorial-step-03",
    "tutorial-step-06",
    "completion",
    "idle-countdown",
    "staff-pin",
    "staff-menu",
    "staff-sessions",
    "staff-certificates",
    "staff-import",
    "volunteer-console",
    "admin-settings",
    "admin-audit-log",
]


def _kiosk(args, data_dir, **extra_env):
    env = dict(os.environ, KIOSK_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT), **extra_env)
    env.pop("QT_QPA_PLATFORM", None)  # the demo sets its own 1920x1080 offscreen screen
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_demo_writes_every_screen_and_pdfs_that_verify(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    elsewhere = tmp_path / "ward" / "kiosk.sqlite3"  # the demo must never open this one
    for _ in range(2):  # a second tour on the same demo data works as well
        result = _kiosk(
            ["demo", "--screenshots", str(out)], data, KIOSK_DATABASE_URL=f"sqlite:///{elsewhere}"
        )
        assert result.returncode == 0, result.stderr[-3000:]
    assert not elsewhere.parent.exists()
    shots = {p.stem.split("-", 1)[1]: p for p in out.glob("*.png")}
    assert set(EXPECTED) <= set(shots), sorted(shots)
    assert all(Image.open(p).size == (1920, 1080) for p in shots.values())
    assert (out / "attendance.pdf").stat().st_size > 5000
    verify = _kiosk(["verify", str(out / "certificate.pdf")], data)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "HỢP LỆ / VALID" in verify.stdout
    assert f"Screenshots and PDFs in {out.resolve()}" in result.stdout
    _logs_name_no_one(data)


TYPED = [("Nguyễn Thị Thu", "0912 345 678")]  # what the tour types at the check-in


def _logs_name_no_one(data: Path) -> None:
    log = data / "logs" / "kiosk.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert "kiosk demo started" in log.read_text(encoding="utf-8")
    forms = set()
    for name, _year, _area, phone in [(n, 0, "", p) for n, p in TYPED] + list(DEMO_RESIDENTS):
        forms |= {unicodedata.normalize(f, name) for f in ("NFC", "NFD")} | {fold(name)}
        forms |= {phone, phone.replace(" ", "")} if phone else set()
    for path in data.rglob("*"):
        if path.is_file() and (path.suffix == ".log" or ".log." in path.name):
            text = path.read_bytes().decode("utf-8", "replace").casefold()
            found = [f for f in forms if f.casefold() in text]
            assert not found, (path, found)
