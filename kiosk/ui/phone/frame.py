"""The phone-shaped frame: bezel, status bar, screen area, "MÔ PHỎNG" ribbon, sample-data badge.

The frame keeps a phone's proportions inside whatever room it is given, so
the same widget fits 1920×1080, 1366×768 and 1280×1024.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import tr
from kiosk.ui.theme import set_role

ASPECT = 0.56  # width / height; a modern phone is ~0.46, wider reads better for old eyes
BEZEL = 14
SCREEN_RADIUS = 38
RIBBON_SIDE = 170  # at most; less on a small phone
STATUS_GAP = 10  # between the status text and the ribbon's band


class Ribbon(QWidget):
    """A diagonal band across the screen's top-right corner; colours come from the style sheet."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("phoneRibbon")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        set_role(self, "ribbon")
        self.text = ""

    def set_text(self, text: str) -> None:
        self.text = text
        self.setAccessibleName(text)
        self.update()

    def band(self) -> int:
        return max(36, round(self.fontMetrics().height() * 1.4))

    def covered(self, y: int) -> int:
        """How far from the right edge the band reaches at height `y` (the band runs at 45°)."""
        return round(self.width() * 0.62 + self.band() * 0.71) - y

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        size = self.width()
        band = self.band()
        reach = size * 0.62  # where the band's centre line meets the top and right edges
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(-size, 0, 2 * size, 2 * size), SCREEN_RADIUS, SCREEN_RADIUS)
        painter.setClipPath(clip)
        painter.translate(QPointF(size - reach / 2, reach / 2))
        painter.rotate(45)
        rect = QRectF(-size, -band / 2, 2 * size, band)
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)


class StatusBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "phoneClear")
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 6, 120, 0)  # the right margin clears the ribbon: see PhoneFrame
        self.time = set_role(QLabel("08:30"), "phoneStatus")
        self.signal = set_role(QLabel("4G ▂▄▆█  85%"), "phoneStatus")
        row.addWidget(self.time)
        row.addStretch(1)
        row.addWidget(self.signal)


class PhoneFrame(QWidget):
    """Owns the phone chrome; `set_content(widget)` swaps what the phone screen shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneFrame")
        set_role(self, "phoneClear")
        self.bezel = set_role(QFrame(self), "phoneBezel")
        self.screen = set_role(QFrame(self.bezel), "phoneScreen")
        self.screen.setObjectName("phoneScreen")
        self.status = StatusBar()
        self.badge = set_role(QLabel(), "sampleBadge")
        self.badge.setObjectName("sampleBadge")
        self.badge.hide()
        self.scroll = self._make_scroll()
        self._build_screen()
        self.ribbon = Ribbon(self.screen)
        self.content: QWidget | None = None
        self.retranslate()

    def _make_scroll(self) -> QScrollArea:
        scroll = set_role(QScrollArea(), "phoneSurface")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_role(scroll.viewport(), "phoneSurface")
        return scroll

    def _build_screen(self) -> None:
        column = QVBoxLayout(self.screen)
        column.setContentsMargins(6, 10, 6, 12)
        column.setSpacing(4)
        column.addWidget(self.status)
        badge_row = QHBoxLayout()
        badge_row.setContentsMargins(16, 0, 16, 0)
        badge_row.addStretch(1)
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        column.addLayout(badge_row)
        column.addWidget(self.scroll, 1)
        self.dock = QVBoxLayout()  # keypads sit here, under the content, like a real keyboard
        self.dock.setContentsMargins(8, 0, 8, 0)
        column.addLayout(self.dock)
        home = set_role(QFrame(), "phoneHome")
        home.setFixedSize(150, 6)
        column.addSpacing(6)
        column.addWidget(home, 0, Qt.AlignmentFlag.AlignHCenter)

    def retranslate(self) -> None:
        self.ribbon.set_text(tr("Phone", "PRACTICE"))
        self.badge.setText(tr("Phone", "Sample data"))
        self.screen.setAccessibleName(tr("Phone", "Practice phone (not a real phone)"))

    def set_content(self, widget: QWidget | None, docked: list[QWidget] | None = None) -> None:
        """Show `widget` in the scrolling screen area and `docked` pinned below it."""
        old = self.scroll.takeWidget()
        if old is not None:
            old.hide()  # deleteLater waits for the event loop; never show two screens at once
            old.deleteLater()
        while (item := self.dock.takeAt(0)) is not None:
            if (old_dock := item.widget()) is not None:
                old_dock.hide()
                old_dock.setParent(None)  # out of findChild's reach at once
                old_dock.deleteLater()
        self.content = widget
        if widget is not None:
            self.scroll.setWidget(widget)
            self.scroll.verticalScrollBar().setValue(0)
        for extra in docked or []:
            self.dock.addWidget(extra)
            extra.show()  # a layout shows new children only on the next event loop pass

    def find(self, name: str) -> QWidget | None:
        """A widget on the phone screen (scrolling part or keypad) by objectName."""
        return self.screen.findChild(QWidget, name)

    def set_sample_data(self, shown: bool) -> None:
        self.badge.setVisible(shown)

    def set_time(self, text: str) -> None:
        self.status.time.setText(text)

    def phone_rect(self) -> QRect:
        """The largest phone-shaped rectangle centred in this widget."""
        height = min(self.height(), round(self.width() / ASPECT))
        width = round(height * ASPECT)
        return QRect((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        rect = self.phone_rect()
        self.bezel.setGeometry(rect)
        self.screen.setGeometry(BEZEL, BEZEL, rect.width() - 2 * BEZEL, rect.height() - 2 * BEZEL)
        side = min(RIBBON_SIDE, self.screen.width() * 36 // 100)
        self.ribbon.setGeometry(self.screen.width() - side, 0, side, side)
        self.ribbon.raise_()
        self._clear_ribbon()

    def _clear_ribbon(self) -> None:
        """Keep the battery and signal text out from under the ribbon at every text size."""
        row = self.status.layout()
        top = self.screen.layout().contentsMargins().top() + row.contentsMargins().top()
        right = self.ribbon.covered(top) - self.screen.layout().contentsMargins().right()
        margins = row.contentsMargins()
        if margins.right() != right + STATUS_GAP:
            margins.setRight(max(0, right + STATUS_GAP))
            row.setContentsMargins(margins)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.StyleChange:  # a new text size moves the ribbon's band
            self._clear_ribbon()

    def settle(self) -> None:
        """Lay the screen out now, so that scroll positions can be computed at once."""
        self._clear_ribbon()  # a new text size changes the ribbon's band
        self.screen.layout().activate()
        if self.content is not None and self.content.layout() is not None:
            self.content.layout().activate()


def reveal(scroll: QScrollArea, widgets: list[QWidget], margin: int = 16) -> None:
    """Scroll so that the last of `widgets` is whole in view, and as much of the rest as fits."""
    content = scroll.widget()
    if content is None or not widgets:
        return
    rects = [QRect(w.mapTo(content, QPoint(0, 0)), w.size()) for w in widgets]
    must = rects[-1]
    top = min(r.top() for r in rects) - margin
    bottom = max(r.y() + r.height() for r in rects) + margin  # exclusive
    view = scroll.viewport().height()
    bar = scroll.verticalScrollBar()
    if bottom - top > view >= bottom - top - 2 * margin:  # fits without the breathing room
        top, bottom = top + margin, bottom - margin
    if bottom - top <= view:
        value = min(max(bar.value(), bottom - view), top)
    else:  # show the target whole and, above it, as much of the rest as fits
        value = min(max(top, must.y() + must.height() + margin - view), must.top() - margin)
    bar.setValue(max(bar.minimum(), min(value, bar.maximum())))


class KeepInView(QObject):
    """Keeps chosen widgets of a scroll area in view, also once a late layout pass moves them."""

    def __init__(self, scroll: QScrollArea, margin: int = 16) -> None:
        super().__init__(scroll)
        self.scroll, self.margin = scroll, margin
        self.wanted: list[QWidget] = []
        scroll.verticalScrollBar().rangeChanged.connect(self._later)

    def show(self, widgets: list[QWidget]) -> None:
        self.wanted = widgets
        self.apply()

    def apply(self) -> None:
        alive = []
        for widget in self.wanted:
            try:
                if (
                    not widget.isHidden()
                    and self.scroll.widget() is not None
                    and self.scroll.widget().isAncestorOf(widget)
                ):
                    alive.append(widget)
            except RuntimeError:  # it went away with its screen
                continue
        reveal(self.scroll, alive, self.margin)

    def _later(self, *_range: int) -> None:
        # rangeChanged comes before the content's own layout pass: look again after it.
        QTimer.singleShot(0, self, self.apply)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 1000)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, 540)  # 1366×768 under the top bar still fits without page scrolling
