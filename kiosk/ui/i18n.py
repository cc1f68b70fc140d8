"""The one translate helper: English source strings, Vietnamese from resources/translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("vi", "en")


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class Translations:
    """Owns the installed translator; `use('vi')` or `use('en')` switches at run time."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = "en"

    def use(self, language: str) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = QTranslator()
            if translator.load(QLocale(language), "kiosk", "_", str(TRANSLATIONS)):
                app.installTranslator(translator)
                self._translator = translator
        self.language = language
