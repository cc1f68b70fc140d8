"""The worker-thread side of the voice: makes, owns, drives and destroys the QTextToSpeech.

Why QML makes the engine: PySide keeps Python's GIL for the whole of a constructor it calls,
and speechd's takes seconds (it asks the server for every voice of every module), so even
on a worker thread `QTextToSpeech("speechd")` froze the UI thread for that long. Instead the
worker compiles `TextToSpeech { engine: … }` and has its own event loop call the component's
`createObject` (a queued invocation): the constructor then runs with no Python on the stack,
GIL free, and `_adopt` picks the object up afterwards. Without the QML module (a bundle that
left it out) the engine is made directly, slower to start but still off the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Q_ARG, QLocale, QMetaObject, QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)

LANGUAGES = {"vi": QLocale.Language.Vietnamese, "en": QLocale.Language.English}
EngineFactory = Callable[[QObject], QObject]  # makes a QTextToSpeech with that parent
_QUEUED = Qt.ConnectionType.QueuedConnection


class Latest:
    """The number of the newest say/stop request; read by the worker (plain int: GIL-safe)."""

    seq = 0


def _quietly(fn, *args) -> None:  # type: ignore[no-untyped-def]
    try:
        fn(*args)
    except Exception as exc:  # noqa: BLE001 - speech must never break a lesson
        log.debug("text-to-speech call failed: %s", exc)


class Speaker(QObject):
    """Lives on the voice's QThread: every slot runs there."""

    ready = Signal()
    failed = Signal(str)
    spoken = Signal(str)
    rate_changed = Signal(float)

    def __init__(self, engine: str | None, factory: EngineFactory | None, latest: Latest) -> None:
        super().__init__()
        self._engine = engine
        self._factory = factory  # tests inject one; None: through QML, see the module doc
        self._latest = latest
        self._tts = None
        self._pending: tuple[int, str, str, float] | None = None  # a say before the engine
        self._locales: dict[str, QLocale | None] = {}

    @Slot()
    def create(self) -> None:
        try:
            if self._factory is not None:
                self._adopt(self._factory(self))
            elif not self._create_through_qml():
                self._adopt(self._direct())
        except Exception as exc:  # noqa: BLE001 - a kiosk without speech still works
            self._give_up(str(exc))

    def _create_through_qml(self) -> bool:
        try:
            from PySide6.QtQml import QQmlComponent, QQmlEngine
        except ImportError:
            return False
        self._qml = QQmlEngine(self)
        component = QQmlComponent(self._qml)
        name = "".join(ch for ch in self._engine or "" if ch.isalnum())
        engine = f'engine: "{name}"' if name else ""
        component.setData(f"import QtTextToSpeech\nTextToSpeech {{ {engine} }}\n".encode(), "")
        if component.isError():
            log.info("no QML text-to-speech: %s", component.errorString())
            return False
        self._component = component
        QMetaObject.invokeMethod(component, "createObject", _QUEUED, Q_ARG(QObject, self))
        QMetaObject.invokeMethod(self, "_made_by_qml", _QUEUED)
        return True

    @Slot()
    def _made_by_qml(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        try:
            self._adopt(self.findChild(QTextToSpeech) or self._direct())
        except Exception as exc:  # noqa: BLE001
            self._give_up(str(exc))

    def _direct(self) -> QObject:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return QTextToSpeech(self._engine, self) if self._engine else QTextToSpeech(self)

    def _adopt(self, tts) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtTextToSpeech import QTextToSpeech

        if tts is None:
            raise RuntimeError("the engine could not be made")
        if tts.state() == QTextToSpeech.State.Error:
            raise RuntimeError(tts.errorString())
        self._tts = tts
        self.ready.emit()
        self.rate_changed.emit(tts.rate())
        if self._pending is not None:
            self.say(*self._pending)

    def _give_up(self, reason: str) -> None:
        log.info("text-to-speech unavailable: %s", reason)
        self._pending = None
        self.failed.emit(reason)

    @Slot(int, str, str, float)
    def say(self, seq: int, text: str, language: str, rate: float) -> None:
        if seq != self._latest.seq:
            return  # a newer say or a stop came since
        tts = self._tts
        if tts is None:
            self._pending = (seq, text, language, rate)  # spoken once the engine is ready
            return
        self._pending = None
        locale = self._locale_for(language)
        if locale is None:
            return
        _quietly(tts.stop)
        _quietly(tts.setLocale, locale)
        self.set_rate(rate)
        _quietly(tts.say, text)
        self.spoken.emit(text)

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        if self._tts is not None:
            _quietly(self._tts.setRate, rate)
            self.rate_changed.emit(self._tts.rate())

    @Slot()
    def stop(self) -> None:
        self._pending = None
        if self._tts is not None:
            _quietly(self._tts.stop)

    @Slot()
    def close(self) -> None:
        """Destroy the engine here, on its own thread, then end the thread's event loop."""
        tts, self._tts = self._tts, None
        if tts is not None:
            _quietly(tts.stop)
            tts.deleteLater()  # deferred deletes still run here once the loop has stopped
        QThread.currentThread().quit()

    def _locale_for(self, language: str) -> QLocale | None:
        if language not in self._locales:
            wanted = LANGUAGES.get(language, QLocale.Language.Vietnamese)
            try:
                found = [loc for loc in self._tts.availableLocales() if loc.language() == wanted]
            except Exception:  # noqa: BLE001
                found = []
            self._locales[language] = found[0] if found else None
        return self._locales[language]
