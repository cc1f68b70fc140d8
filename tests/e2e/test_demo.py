"""`kiosk demo --screenshots DIR`, as the README's first command runs it without a display:
one 1920×1080 PNG per screen, and sample PDFs that `kiosk verify` accepts; twice in a row."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

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
