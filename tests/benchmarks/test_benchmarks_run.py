"""Smoke test: `benchmarks/run.py --quick --json F` reports every figure. Never a timing check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"
FIGURES = {
    "startup": True,  # name: has a floor
    "startup_ready": True,
    "startup_first_run": True,
    "checkin_commit_p95": True,
    "certificate_pdf": True,
    "attendance_500": False,
    "search_p95": True,
    "ui_stall_max": True,
}


@pytest.mark.slow
def test_quick_run_reports_every_figure(tmp_path: Path) -> None:
    # when the benchmark runs in quick mode
    out = tmp_path / "figures.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    # then the JSON and the printed lines carry every figure, all positive
    figures = json.loads(out.read_text())
    assert set(figures) == set(FIGURES)
    lines = {line.split()[0]: line.split() for line in done.stdout.splitlines() if line[:1] != "#"}
    assert set(lines) == set(FIGURES)
    for name, has_floor in FIGURES.items():
        figure = figures[name]
        assert figure["value"] > 0 and figure["unit"] == "ms", name
        if has_floor:
            assert figure["floor"] > 0 and figure["ratio"] > 0, name
            assert len(lines[name]) == 5, name
        else:
            assert figure["floor"] is None and figure["ratio"] is None, name
            assert len(lines[name]) == 3, name
