"""Spoken instructions through QtTextToSpeech on a worker thread, quiet when anything is missing.

The engine lives on its own QThread (kiosk/ui/voice_engine.py): speechd's constructor takes
seconds, and the UI thread must never wait for it. `Voice` (UI thread) sends requests through
queued signals; the engine, and every Qt object it makes, is created and destroyed on the
worker thread, which `shutdown()` ends (on the application's aboutToQuit, and at exit).

Requests made while the engine is still starting are not all queued up: only the latest
`say` is spoken once it is ready (an older instruction would be stale by then), and `stop`
cancels a `say` not yet spoken.

Vietnamese is spoken only by a Vietnamese voice: an English voice reading Vietnamese would
confuse more than help, so without one we stay silent. `KIOSK_NO_VOICE=1` (the tests) turns
the whole class into a no-op with no thread.
"""

from __future__ import annotations

import atexit
import logging
import os

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from kiosk.ui.voice_engine import LANGUAGES, EngineFactory, Latest, Speaker

log = logging.getLogger(__name__)

SLOW_RATE = -0.3  # QTextToSpeech rate runs from -1.0 to 1.0
SHUTDOWN_WAIT_MS = 5000

_running: set[Voice] = set()  # voices whose thread must be ended before the process exits


@atexit.register
def _shut_all_down() -> None:
    for voice in list(_running):
        voice.shutdown()


class Voice(QObject):
    """`say(text)` in the current language; `stop()`; `set_enabled`; `set_slow`; `shutdown()`."""

    ready = Signal()  # the engine has started (tests wait on it)
    spoken = Signal(str)  # the engine was given this text (tests wait on it)
    _say = Signal(int, str, str, float)
    _stop = Signal()
    _rate = Signal(float)
    _close = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        engine: str | None = None,
        factory: EngineFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self._failed = os.environ.get("KIOSK_NO_VOICE") == "1"
        self._ready = False
        self._enabled = True
        self._slow = False
        self._language = "vi"
        self._rate_now: float | None = None
        self._latest = Latest()
        self._thread: QThread | None = None
        self._speaker: Speaker | None = None
        self.last_text = ""  # what would have been said; shown nowhere, handy in tests
        if not self._failed:
            self._start(engine, factory)

    def _start(self, engine: str | None, factory: EngineFactory | None) -> None:
        """The engine starts now, in the background, so the first instruction is not late."""
        thread = QThread(objectName="voice")
        speaker = Speaker(engine, factory, self._latest)
        speaker.moveToThread(thread)
        thread.started.connect(speaker.create)
        thread.finished.connect(speaker.deleteLater)
        self._say.connect(speaker.say)
        self._stop.connect(speaker.stop)
        self._rate.connect(speaker.set_rate)
        self._close.connect(speaker.close)
        speaker.ready.connect(self._engine_ready)
        speaker.failed.connect(self._engine_failed)
        speaker.rate_changed.connect(self._rate_changed)
        speaker.spoken.connect(self.spoken)
        self._thread, self._speaker = thread, speaker
        _running.add(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        thread.start()

    @property
    def available(self) -> bool:
        """True once the engine has started and works (False while it is starting)."""
        return self._ready and not self._failed

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self.stop()

    def set_slow(self, slow: bool) -> None:
        self._slow = slow
        if self._thread is not None and not self._failed:
            self._rate.emit(SLOW_RATE if slow else 0.0)

    @property
    def slow(self) -> bool:
        return self._slow

    @property
    def rate(self) -> float | None:
        """The engine's speaking rate (-1.0 … 1.0) as it last reported it; None before that."""
        return None if self._failed else self._rate_now

    def set_language(self, language: str) -> None:
        self._language = language if language in LANGUAGES else "vi"

    def say(self, text: str, language: str | None = None) -> None:
        self.last_text = text
        if self._failed or self._thread is None or not self._enabled or not text.strip():
            return
        self._latest.seq += 1
        rate = SLOW_RATE if self._slow else 0.0
        self._say.emit(self._latest.seq, text, language or self._language, rate)

    def stop(self) -> None:
        if self._thread is not None:
            self._latest.seq += 1  # a say still waiting for the engine is not spoken
            self._stop.emit()

    def shutdown(self) -> None:
        """End the worker thread and wait for it; the engine is destroyed on that thread.
        Called when the application quits (and at exit); the voice is silent afterwards."""
        thread = self._thread
        if thread is None:
            return
        self._thread = None
        self._close.emit()
        if not thread.wait(SHUTDOWN_WAIT_MS):
            # Still inside the engine's constructor: only done on the way out, where a QThread
            # destroyed while it runs would abort the process instead.
            log.warning("the text-to-speech thread did not stop in time; terminating it")
            thread.terminate()
            thread.wait(SHUTDOWN_WAIT_MS)
        _running.discard(self)
        self._speaker = None

    def _engine_ready(self) -> None:
        self._ready = True
        self.ready.emit()

    def _engine_failed(self, _reason: str) -> None:
        self._failed = True

    def _rate_changed(self, rate: float) -> None:
        self._rate_now = rate
