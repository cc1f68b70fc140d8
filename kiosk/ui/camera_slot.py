"""Where a screen shows the QR camera. QtMultimedia is imported the first time it opens, so
the kiosk starts without it (kiosk/ui/camera.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from kiosk.ui.camera import QrCamera


class CameraSlot(QWidget):
    decoded = Signal(str)
    opened = Signal(bool)  # whether a camera was found
    closed = Signal()

    def __init__(self, hint: Callable[[], str], name: str = "camera_slot") -> None:
        super().__init__(objectName=name)
        self._hint = hint
        self.camera: QrCamera | None = None
        self._open = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self) -> None:
        if self.camera is None:
            from kiosk.ui.camera import QrCamera

            self.camera = QrCamera(self._hint)
            self.camera.decoded.connect(self.decoded)
            self.camera.close_requested.connect(self.close_camera)
            self.layout().addWidget(self.camera)
        self._open = True
        self.show()
        self.opened.emit(self.camera.start())

    def close_camera(self) -> None:
        """Stop the camera and hide; harmless when it never opened."""
        if self.camera is not None:
            self.camera.stop()
        self.hide()
        if self._open:
            self._open = False
            self.closed.emit()

    def retranslate(self) -> None:
        if self.camera is not None:
            self.camera.retranslate()
