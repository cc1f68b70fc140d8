"""A push button whose text wraps to its width: QPushButton never wraps, so a long label (a
session title, a Vietnamese sentence at 160 % text) would be cut off at the button's edge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton

from kiosk.ui.theme import set_role


def wrap_to_width(text: str, metrics: QFontMetrics, width: int) -> str:
    """Break each line of `text` between words so that it fits `width` pixels where it can
    (a single word wider than that stays whole)."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                out.append(line)
                line = word
            else:
                line = candidate
        out.append(line)
    return "\n".join(out)


class WrapButton(QPushButton):
    """Tells its layout the height it needs for a given width (height-for-width, as a
    word-wrapped QLabel does), so that it may be narrower than its text on one line."""

    def __init__(
        self,
        text: str = "",
        role: str = "secondary",
        on_click: Callable[[], None] | None = None,
        *,
        name: str = "",
    ) -> None:
        super().__init__()
        self._raw = text
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if name:
            self.setObjectName(name)
        if on_click is not None:
            self.clicked.connect(on_click)
        set_role(self, role)
        self.setText(text)

    def set_text(self, text: str) -> None:
        """Use this, not setText: the unwrapped text is kept to wrap again on resize."""
        self._raw = text
        self._rewrap()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._size_for(self._wrapped(width)).height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._size_for(self._raw)  # all on one line where there is room

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        words = self._raw.split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        narrow = widest + self._padding()
        return QSize(narrow, self.heightForWidth(narrow))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._rewrap()

    def _rewrap(self) -> None:
        wrapped = self._wrapped(self.width())
        if wrapped != self.text():
            self.setText(wrapped)
            self.updateGeometry()

    def _wrapped(self, width: int) -> str:
        room = max(1, width - self._padding())
        return wrap_to_width(self._raw, self.fontMetrics(), room)

    def _padding(self) -> int:
        """Border and padding left and right, from the style sheet."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, 100)
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self
        )
        return 1000 - contents.width()

    def _size_for(self, text: str) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        contents = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, self
        )
        return size.expandedTo(self.minimumSize())
