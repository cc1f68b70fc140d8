"""Qt Virtual Keyboard on a real X screen (Xvfb): it opens for the name, not for the digits."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("vkb_probe.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_virtual_keyboard_opens_for_names_and_the_pad_serves_digits(data_dir, tmp_path):
    assert shutil.which("xvfb-run"), "xvfb-run is missing: scripts/setup.sh installs xvfb"
    shot = tmp_path / "vkb.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, str(PROBE), str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    lines = [line.split() for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 0, result.stderr[-2000:]
    seen = {(field, visible) for field, visible, _height in lines}
    assert ("full_name", "True") in seen, lines
    assert ("birth_year", "False") in seen, lines  # our big pad serves digits
    assert ("search", "True") in seen, lines
    heights = [int(h) for field, visible, h in lines if visible == "True"]
    assert all(h >= 300 for h in heights), heights
    assert shot.stat().st_size > 10_000
    if out := os.environ.get("KIOSK_TEST_SHOTS"):
        shutil.copy(shot, Path(out) / "virtual-keyboard.png")
