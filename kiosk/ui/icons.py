"""Simple line icons for the lesson tiles, drawn with QPainter: no emoji font is needed.

A tutorial names its icon in YAML (`icon: wallet`); an unknown name gets a neutral page.
Icons are drawn in the widget's text colour, so they follow the high-contrast theme.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QWidget

Draw = Callable[[QPainter], None]  # draws in a 100 × 100 box


def _id_card(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(8, 22, 84, 56), 8, 8)
    p.drawEllipse(QPointF(32, 44), 8, 8)
    p.drawArc(QRectF(19, 56, 26, 20), 0, 180 * 16)
    for y in (40, 52, 64):
        p.drawLine(QPointF(54, y), QPointF(82, y))


def _health_card(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(8, 22, 84, 56), 8, 8)
    p.drawLine(QPointF(36, 36), QPointF(36, 64))
    p.drawLine(QPointF(22, 50), QPointF(50, 50))
    for y in (40, 52, 64):
        p.drawLine(QPointF(62, y), QPointF(82, y))


def _qr(p: QPainter) -> None:
    for x, y in ((12, 12), (60, 12), (12, 60)):
        p.drawRect(QRectF(x, y, 28, 28))
        p.fillRect(QRectF(x + 9, y + 9, 10, 10), p.pen().color())
    for x, y in ((62, 62), (78, 62), (62, 78), (78, 78), (70, 70)):
        p.fillRect(QRectF(x, y, 10, 10), p.pen().color())


def _wallet(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(10, 30, 80, 54), 8, 8)
    p.drawLine(QPointF(18, 30), QPointF(66, 14))
    p.drawLine(QPointF(66, 14), QPointF(74, 30))
    p.drawRoundedRect(QRectF(60, 48, 30, 18), 4, 4)
    p.drawEllipse(QPointF(70, 57), 2, 2)


def _bank(p: QPainter) -> None:
    roof = QPainterPath(QPointF(10, 36))
    roof.lineTo(50, 12)
    roof.lineTo(90, 36)
    roof.closeSubpath()
    p.drawPath(roof)
    for x in (22, 40, 60, 78):
        p.drawLine(QPointF(x, 44), QPointF(x, 76))
    p.drawLine(QPointF(10, 86), QPointF(90, 86))


def _signature(p: QPainter) -> None:
    wave = QPainterPath(QPointF(10, 74))
    wave.cubicTo(20, 44, 30, 92, 42, 66)
    wave.cubicTo(50, 50, 56, 84, 66, 72)
    p.drawPath(wave)
    p.drawLine(QPointF(10, 88), QPointF(90, 88))
    p.drawLine(QPointF(60, 54), QPointF(86, 16))
    p.drawLine(QPointF(70, 62), QPointF(94, 26))
    p.drawLine(QPointF(60, 54), QPointF(58, 68))
    p.drawLine(QPointF(58, 68), QPointF(70, 62))


def _shield(p: QPainter) -> None:
    shield = QPainterPath(QPointF(50, 8))
    shield.lineTo(86, 22)
    shield.cubicTo(86, 58, 72, 80, 50, 92)
    shield.cubicTo(28, 80, 14, 58, 14, 22)
    shield.closeSubpath()
    p.drawPath(shield)
    p.drawPolyline([QPointF(34, 50), QPointF(46, 62), QPointF(68, 38)])


def _phone(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(28, 6, 44, 88), 9, 9)
    p.drawLine(QPointF(42, 16), QPointF(58, 16))
    p.drawEllipse(QPointF(50, 82), 3, 3)


def _robot(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(18, 30, 64, 52), 10, 10)
    p.drawLine(QPointF(50, 30), QPointF(50, 16))
    p.drawEllipse(QPointF(50, 12), 4, 4)
    p.drawEllipse(QPointF(37, 52), 6, 6)
    p.drawEllipse(QPointF(63, 52), 6, 6)
    p.drawLine(QPointF(38, 70), QPointF(62, 70))
    p.drawLine(QPointF(10, 48), QPointF(10, 64))
    p.drawLine(QPointF(90, 48), QPointF(90, 64))


def _page(p: QPainter) -> None:
    page = QPainterPath(QPointF(22, 8))
    page.lineTo(62, 8)
    page.lineTo(80, 26)
    page.lineTo(80, 92)
    page.lineTo(22, 92)
    page.closeSubpath()
    p.drawPath(page)
    for y in (40, 54, 68):
        p.drawLine(QPointF(34, y), QPointF(68, y))


ICONS: dict[str, Draw] = {
    "id-card": _id_card,
    "health-card": _health_card,
    "qr": _qr,
    "qr-code": _qr,
    "wallet": _wallet,
    "bank": _bank,
    "signature": _signature,
    "shield": _shield,
    "phone": _phone,
    "robot": _robot,
    "ai": _robot,
}


class TopicIcon(QWidget):
    """A tutorial's icon on a soft round badge; transparent to touches (the tile takes them)."""

    def __init__(self, name: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.draw = ICONS.get(name, _page)
        self.setFixedSize(size, size)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt override
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badge = QColor(ink)
        badge.setAlphaF(0.1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge)
        painter.drawEllipse(self.rect())
        painter.translate(self.width() * 0.17, self.height() * 0.17)
        painter.scale(self.width() * 0.66 / 100, self.height() * 0.66 / 100)
        pen = QPen(
            ink, 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self.draw(painter)
