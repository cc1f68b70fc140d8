"""The kiosk camera as a QR reader: a viewfinder, and codes decoded off the UI thread.

Only this module imports QtMultimedia; screens reach it through kiosk/ui/camera_slot.py, which
imports it when a camera panel first opens, so the kiosk starts without it. Frames arrive in
`sink` (a QVideoSink fed by the camera, or by a test). At most one decode runs at a time and
at most about four frames a second are decoded; `decoded` fires once per distinct text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.i18n import tr
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.widgets import button, label

DECODE_INTERVAL_MS = 250
MAX_DECODE_WIDTH = 1280  # enough for a card held 20-40 cm away; keeps a decode near 30 ms
Grey = tuple[bytes, int, int, int]  # pixels, width, height, bytes per row


def grey_pixels(frame: QVideoFrame) -> Grey | None:
    """UI thread, cheap: the frame as 8-bit grey bytes that a worker can decode."""
    image = frame.toImage()
    if image.isNull():
        return None
    if image.width() > MAX_DECODE_WIDTH:
        image = image.scaledToWidth(MAX_DECODE_WIDTH, Qt.TransformationMode.FastTransformation)
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return bytes(image.constBits()), image.width(), image.height(), image.bytesPerLine()


def decode(grey: Grey) -> list[str]:
    """Worker thread: the QR texts in the frame."""
    from kiosk.documents.qr import read_qr_gray  # zxing-cpp and Pillow, first use only

    return read_qr_gray(*grey)


def _modest_format(device: QCameraDevice) -> QCameraFormat | None:
    """The largest format up to 1280×720: enough for a QR, light on a small kiosk PC."""
    formats = [
        f
        for f in device.videoFormats()
        if f.resolution().width() <= 1280 and f.resolution().height() <= 720
    ]
    return max(
        formats,
        key=lambda f: (f.resolution().width() * f.resolution().height(), f.maxFrameRate()),
        default=None,
    )


class Viewfinder(QWidget):
    """The latest frame, scaled to fit and centred on a dark background."""

    def __init__(self) -> None:
        super().__init__(objectName="camera_viewfinder")
        self._frame: QVideoFrame | None = None
        self.setMinimumSize(480, 300)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(720, 420)

    def show_frame(self, frame: QVideoFrame | None) -> None:
        self._frame = frame if frame is not None and frame.isValid() else None
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 20, 20))
        frame = self._frame
        if frame is None or frame.size().isEmpty():
            return
        size = frame.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
        frame.paint(painter, QRectF(x, y, size.width(), size.height()), QVideoFrame.PaintOptions())


class QrCamera(QWidget):
    """Viewfinder, a message line and a close button; `start()` when shown, `stop()` after."""

    decoded = Signal(str)
    close_requested = Signal()

    def __init__(
        self,
        hint: Callable[[], str],
        parent: QWidget | None = None,
        interval_ms: int = DECODE_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._hint = hint
        self._interval_ms = interval_ms
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self._session = QMediaCaptureSession(self)
        self._session.setVideoSink(self.sink)
        self._camera: QCamera | None = None
        self._clock = QElapsedTimer()
        self._scanning = False
        self._decoding = False
        self._generation = 0  # a decode that finishes after stop() or restart is dropped
        self._last = ""
        self._problem: Callable[[], str] | None = None
        self.last_task: Task | None = None
        self.viewfinder = Viewfinder()
        self.message = label("", "body", name="camera_message")
        self._close = button("", "secondary", self.close_requested.emit, name="camera_close")
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.viewfinder, 1)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self._close.setText(tr("Camera", "Close camera"))
        self.message.setText(self._problem() if self._problem else self._hint())

    @property
    def has_camera(self) -> bool:
        return self._camera is not None

    @property
    def decoding(self) -> bool:
        """A frame is being decoded on a worker thread (never more than one)."""
        return self._decoding

    def start(self) -> bool:
        """Listen for frames and start the camera; False (and a message) when there is none."""
        self.stop()
        self._scanning, self._last = True, ""
        device = self._device()
        if device is None:
            self._show_problem(
                lambda: tr("Camera", "No camera found — use the scanner or type the code")
            )
            return False
        self._show_problem(None)
        self._camera = QCamera(device, self)
        self._camera.errorOccurred.connect(self._camera_failed)
        if (wanted := _modest_format(device)) is not None:
            self._camera.setCameraFormat(wanted)
        self._session.setCamera(self._camera)
        self._camera.start()
        return True

    def stop(self) -> None:
        self._scanning = False
        self._generation += 1
        self._clock.invalidate()
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._camera = None
        self.viewfinder.show_frame(None)

    def reset(self) -> None:
        """Let the last code fire again (the resident may show the same card once more)."""
        self._last = ""

    @staticmethod
    def _device() -> QCameraDevice | None:
        default = QMediaDevices.defaultVideoInput()
        if not default.isNull():
            return default
        return next(iter(QMediaDevices.videoInputs()), None)

    def _show_problem(self, problem: Callable[[], str] | None) -> None:
        self._problem = problem
        self.viewfinder.setVisible(problem is None)
        set_role(self.message, "body" if problem is None else "error")
        self.retranslate()

    def _camera_failed(self, _error: QCamera.Error, detail: str) -> None:
        self._show_problem(
            lambda: tr("Camera", "The camera is not working — use the scanner or type the code")
        )
        self.message.setToolTip(detail)

    # --- frames -----------------------------------------------------------------------------

    def _frame(self, frame: QVideoFrame) -> None:
        if not self._scanning:
            return
        self.viewfinder.show_frame(frame)
        if self._decoding or (self._clock.isValid() and self._clock.elapsed() < self._interval_ms):
            return
        grey = grey_pixels(frame)
        if grey is None:
            return
        self._clock.restart()
        self._decoding = True
        generation = self._generation
        self.last_task = run_in_background(
            lambda: decode(grey),
            on_done=lambda texts: self._decoded(generation, texts),
            on_error=lambda _error: self._decoded(generation, []),
        )

    def _decoded(self, generation: int, texts: list[str]) -> None:
        self._decoding = False
        if generation != self._generation or not texts:
            return
        text = texts[0].strip()
        if text and text != self._last:
            self._last = text
            self.decoded.emit(text)
