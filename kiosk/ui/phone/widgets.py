"""Small widgets the phone components are made of: a button whose text wraps, a QR image."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import MIN_TARGET_PX, set_role


class WrapButton(QPushButton):
    """A push button whose lines wrap: long Vietnamese labels never get cut off.

    Each line is a label with its own style role, transparent to touches, so the
    whole button stays one target.
    """

    def __init__(self, lines: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[QLabel] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 12, 22, 12)
        column.setSpacing(4)
        for text, role in lines:
            label = set_role(QLabel(text), role)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
            self.labels.append(label)
        self.setAccessibleName(" ".join(text for text, _ in lines))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_lines(self, texts: list[str]) -> None:
        for label, text in zip(self.labels, texts, strict=False):
            label.setText(text)
        self.setAccessibleName(" ".join(texts))
        self.updateGeometry()

    def text_content(self) -> str:
        return " ".join(label.text() for label in self.labels)

    def set_alignment(self, alignment: Qt.AlignmentFlag) -> None:
        for label in self.labels:
            label.setAlignment(alignment)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(self.minimumHeight(), MIN_TARGET_PX, self.layout().totalHeightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight(), MIN_TARGET_PX))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(MIN_TARGET_PX, max(self.minimumHeight(), MIN_TARGET_PX))


class QrView(QWidget):
    """Draws a payload as a QR code, always dark on white so that it looks like one."""

    def __init__(self, payload: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "phoneQr")
        self.payload = payload
        self._matrix = _qr_matrix(payload)
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, 260)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        count = len(self._matrix)
        if not count:
            return
        quiet = 12
        cell = (min(self.width(), self.height()) - 2 * quiet) / count
        dark = QColor("#000000")
        for y, row in enumerate(self._matrix):
            for x, on in enumerate(row):
                if on:
                    painter.fillRect(
                        QRectF(quiet + x * cell, quiet + y * cell, cell + 0.5, cell + 0.5), dark
                    )


def _qr_matrix(payload: str) -> list[list[bool]]:
    try:
        import qrcode

        code = qrcode.QRCode(border=0)
        code.add_data(payload)
        code.make(fit=True)
        return code.get_matrix()
    except Exception:  # noqa: BLE001 - a missing QR image must not stop a lesson
        return []
