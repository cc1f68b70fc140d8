"""The console's chime: a real WAV, and silence (never a crash or a wait) without sound."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

from kiosk.ui.chime import NOTES, RATE, Chime, sound_server_running, write_chime


def test_the_chime_is_a_short_mono_wav_written_once(tmp_path):
    path = write_chime(tmp_path / "sounds" / "help-chime.wav")
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, RATE)
        seconds = wav.getnframes() / RATE
    assert abs(seconds - sum(s for _f, s in NOTES)) < 0.01
    before = path.stat().st_mtime_ns
    write_chime(path)
    assert path.stat().st_mtime_ns == before
    assert list(path.parent.iterdir()) == [path]  # no half-written file left behind


def test_a_sound_server_is_found_by_its_socket(tmp_path, monkeypatch):
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert not sound_server_running()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert not sound_server_running()
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    assert sound_server_running()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("PULSE_SERVER", "tcp:127.0.0.1")
    assert sound_server_running()


def test_without_a_sound_server_the_chime_is_silent(qapp, tmp_path, monkeypatch):
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    chime = Chime(tmp_path / "help-chime.wav")
    chime.play()
    chime.play()
    assert chime.rings == 2 and not chime.available


PROBE = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kiosk.ui.chime import Chime
app = QApplication([])
chime = Chime(Path(sys.argv[1]))
started = time.perf_counter()
chime.play()
app.processEvents()
print(json.dumps({"seconds": time.perf_counter() - started, "available": chime.available}))
"""


def test_a_sound_server_that_does_not_answer_neither_crashes_nor_blocks(tmp_path):
    # In a child process: QtMultimedia, once loaded, would log into every later test.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULSE_SERVER": "unix:/nonexistent"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "help-chime.wav")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["available"] is False
    assert result["seconds"] < 2
