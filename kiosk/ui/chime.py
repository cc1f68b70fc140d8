"""A short two-note chime for the volunteer console, quiet when there is no sound output.

The WAV is written once with the standard `wave` module (no binary file in the repo).
QtMultimedia is loaded on first use only, and only where a sound server (PulseAudio or
PipeWire, which Qt uses on Linux) is running: without one Qt only logs warnings (which fail
the tests) and catching them with a Python message handler deadlocked once against a worker
thread's import. A kiosk with no speaker is normal, not a fault.
"""

from __future__ import annotations

import logging
import math
import os
import struct
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)

RATE = 22050
NOTES = ((880.0, 0.16), (1318.5, 0.28))  # A5 then E6: heard across a room, not alarming


def write_chime(path: Path) -> Path:
    """Write the chime as 16-bit mono PCM, unless it is already there."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = bytearray()
    for frequency, seconds in NOTES:
        count = int(RATE * seconds)
        for i in range(count):
            fade = min(1.0, i / 200, (count - i) / (count * 0.6))  # no clicks at either end
            sample = 0.45 * fade * math.sin(2 * math.pi * frequency * i / RATE)
            frames += struct.pack("<h", int(sample * 32767))
    partial = path.with_suffix(".part")
    with wave.open(str(partial), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    partial.replace(path)
    return path


def sound_server_running() -> bool:
    """Whether Qt can reach a sound output: always off Linux; on Linux, a PulseAudio or
    PipeWire socket (or an explicit PULSE_SERVER)."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        return False
    return any((Path(runtime) / name).exists() for name in ("pulse/native", "pipewire-0"))


class Chime(QObject):
    """`play()` rings if a sound device exists. `rings` counts the requests (for the tests)."""

    def __init__(self, wav: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wav = wav
        self._effect = None  # QSoundEffect, made on first use
        self._tried = False
        self.available = False
        self.rings = 0

    def play(self) -> None:
        self.rings += 1
        self.prepare()
        if self._effect is not None and self.available:
            self._effect.play()

    def prepare(self) -> None:
        """Find a sound device and load the chime, once; play() then rings at once."""
        if self._tried:
            return
        self._tried = True
        if not sound_server_running():
            log.info("no sound server: the console's chime stays silent")
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                log.info("no sound device: the console's chime stays silent")
                return
            write_chime(self._wav)
            effect = QSoundEffect(self)
            effect.statusChanged.connect(self._status_changed)
            effect.setSource(QUrl.fromLocalFile(str(self._wav)))
            effect.setVolume(0.8)
            self._effect, self.available = effect, True
        except Exception as error:  # noqa: BLE001 - a missing sound is never worth a crash
            log.warning("the console's chime is off: %s", error)

    def _status_changed(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is not None and self._effect.status() == QSoundEffect.Status.Error:
            log.info("the chime could not be played; it stays silent")
            self.available = False
