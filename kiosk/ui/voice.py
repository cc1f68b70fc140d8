"""Spoken instructions through QtTextToSpeech, quiet when anything is missing.

Vietnamese is spoken only by a Vietnamese voice: an English voice reading
Vietnamese would confuse more than help, so without one we stay silent.
`KIOSK_NO_VOICE=1` (the tests) turns the whole class into a no-op.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QObject

log = logging.getLogger(__name__)

SLOW_RATE = -0.3  # QTextToSpeech rate runs from -1.0 to 1.0
_LANGUAGES = {"vi": QLocale.Language.Vietnamese, "en": QLocale.Language.English}


class Voice(QObject):
    """`say(text)` in the current language; `stop()`; `set_enabled`; `set_slow`."""

    def __init__(self, parent: QObject | None = None, engine: str | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._tts = None  # created on first use: speechd can take a moment to answer
        self._failed = os.environ.get("KIOSK_NO_VOICE") == "1"
        self._enabled = True
        self._slow = False
        self._language = "vi"
        self._locales: dict[str, QLocale | None] = {}
        self.last_text = ""  # what would have been said; shown nowhere, handy in tests

    @property
    def available(self) -> bool:
        return not self._failed and self._engine() is not None

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self.stop()

    def set_slow(self, slow: bool) -> None:
        self._slow = slow
        tts = self._engine() if slow else self._tts  # normal speed needs no engine started
        if tts is not None:
            self._quietly(tts.setRate, SLOW_RATE if slow else 0.0)

    @property
    def slow(self) -> bool:
        return self._slow

    @property
    def rate(self) -> float | None:
        """The engine's speaking rate (-1.0 … 1.0), or None when there is no engine."""
        return None if self._failed or self._tts is None else self._tts.rate()

    def set_language(self, language: str) -> None:
        self._language = language if language in _LANGUAGES else "vi"

    def say(self, text: str, language: str | None = None) -> None:
        self.last_text = text
        if self._failed or not self._enabled or not text.strip():
            return
        tts = self._engine()
        if tts is None:
            return
        locale = self._locale_for(tts, language or self._language)
        if locale is None:
            return
        self._quietly(tts.stop)
        self._quietly(tts.setLocale, locale)
        self._quietly(tts.setRate, SLOW_RATE if self._slow else 0.0)
        self._quietly(tts.say, text)

    def stop(self) -> None:
        if self._tts is not None:
            self._quietly(self._tts.stop)

    def _engine(self):  # type: ignore[no-untyped-def]
        if self._tts is not None or self._failed:
            return self._tts
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            tts = (
                QTextToSpeech(self._engine_name, self) if self._engine_name else QTextToSpeech(self)
            )
            if tts.state() == QTextToSpeech.State.Error:
                raise RuntimeError(tts.errorString())
        except Exception as exc:  # noqa: BLE001 - a kiosk without speech still works
            log.info("text-to-speech unavailable: %s", exc)
            self._failed = True
            return None
        self._tts = tts
        return tts

    def _locale_for(self, tts, language: str) -> QLocale | None:  # type: ignore[no-untyped-def]
        if language not in self._locales:
            wanted = _LANGUAGES.get(language, QLocale.Language.Vietnamese)
            try:
                found = [loc for loc in tts.availableLocales() if loc.language() == wanted]
            except Exception:  # noqa: BLE001
                found = []
            self._locales[language] = found[0] if found else None
        return self._locales[language]

    @staticmethod
    def _quietly(fn, *args) -> None:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - speech must never break a lesson
            log.debug("text-to-speech call failed: %s", exc)
