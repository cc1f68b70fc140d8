"""Language choice: Tiếng Việt (default) or English."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label


class LanguageScreen(Screen):
    screen_id = ScreenId.LANGUAGE
    language_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._visit: Visit | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 60, 120, 60)
        layout.addStretch(1)
        title = label("Chọn ngôn ngữ  ·  Choose your language", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addSpacing(60)
        row = QHBoxLayout()
        row.setSpacing(60)
        for code, text in (("vi", "Tiếng Việt"), ("en", "English")):
            b = button(text, "primary" if code == "vi" else "tile", name=f"lang_{code}")
            b.setMinimumSize(520, 220)
            b.clicked.connect(lambda _=False, c=code: self._choose(c))
            row.addWidget(b)
        layout.addLayout(row)
        layout.addStretch(2)

    def enter(self, visit: Visit) -> None:
        self._visit = visit

    def _choose(self, code: str) -> None:
        if self._visit is not None:
            self._visit.language = code
        self.language_chosen.emit(code)
        self.navigate.emit(ScreenId.CONSENT)
