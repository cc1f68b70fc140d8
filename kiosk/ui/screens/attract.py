"""Attract screen: 'Chạm để bắt đầu' — a touch anywhere starts a visit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.widgets import button, label


class AttractScreen(Screen):
    screen_id = ScreenId.ATTRACT
    resident_facing = False

    def __init__(self, ward_name: str) -> None:
        super().__init__()
        self._ward = ward_name
        self._ready = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 80, 120, 80)
        layout.addStretch(2)
        self._movement = label("", "subtitle")
        self._title = label("", "hero")
        self._subtitle = label("", "body")
        self._start = button("", "primary", self._begin, name="start", size="xl")
        self._start.setMinimumWidth(900)
        self._ward_label = label(ward_name, "hint")
        for w in (self._movement, self._title, self._subtitle):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        layout.addSpacing(60)
        layout.addWidget(self._start, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
        self._ward_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._ward_label)
        self.retranslate()

    def retranslate(self) -> None:
        # The attract screen speaks Vietnamese first, whatever the last visitor chose.
        self._movement.setText("Bình dân học vụ số")
        self._title.setText("Cà phê sáng số")
        self._subtitle.setText(
            "Tập dùng điện thoại an toàn: VNeID, ví điện tử, dịch vụ công.\n"
            "Practise your phone safely, with a volunteer nearby."
        )
        self._start.setText("Chạm để bắt đầu  ·  Touch to start")

    def set_ward_name(self, ward_name: str) -> None:
        self._ward = ward_name
        self._ward_label.setText(ward_name)

    def set_ready(self, ready: bool) -> None:
        """Touches start a visit only once the other screens exist (see kiosk.ui.kiosk)."""
        self._ready = ready

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._begin()

    def _begin(self) -> None:
        if self._ready:
            self.navigate.emit(ScreenId.LANGUAGE)
