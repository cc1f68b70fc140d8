"""Pieces of the first-run setup and the admin settings: an editable list and a PIN pair."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import ValidationError
from kiosk.services.ward_settings import LIST_MAX, EntryError
from kiosk.ui.i18n import tr
from kiosk.ui.messages import validation_message
from kiosk.ui.widgets import DigitsField, NumericPad, button, label


def mark_invalid(widget: QWidget, bad: bool) -> None:
    widget.setProperty("invalid", bad)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def scroll_to(widget: QWidget) -> None:
    """Bring `widget` into view in the scroll area the screen sits in (a long list)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 40, 120)


def text_field(name: str, max_length: int) -> QLineEdit:
    """A text field for the on-screen keyboard (Vietnamese letters), like the check-in name."""
    field = QLineEdit(objectName=name, maxLength=max_length)
    field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class Pages(QWidget):
    """Like QStackedWidget, but only the page shown counts for the size: a tall hidden page
    would otherwise push the screen's buttons below the fold."""

    def __init__(self) -> None:
        super().__init__()
        self._pages: list[QWidget] = []
        self._current = 0
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - QStackedWidget's name
        self._column.addWidget(page)
        page.setVisible(not self._pages)
        self._pages.append(page)

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self._current = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)


class ListEditor(QWidget):
    """One text field per entry (rename by typing), a remove button each, an add button;
    two entries a row, so that a ward's usual list fits on the screen."""

    COLUMNS = 2

    def __init__(self, name: str, max_length: int) -> None:
        super().__init__(objectName=name)
        self._name = name
        self._max_length = max_length
        self._add_text = ""
        self.fields: list[QLineEdit] = []
        self._removes: list[QPushButton] = []
        self._rows = QGridLayout()
        self._rows.setHorizontalSpacing(12)
        for column in range(self.COLUMNS):
            self._rows.setColumnStretch(column * 3, 1)  # the field; then its button, a gap
            self._rows.setColumnMinimumWidth(column * 3 + 2, 36)
        self._rows.setVerticalSpacing(12)
        self._add = button("", "secondary", self._add_row, name=f"{name}_add")
        self.error = label("", "error", name=f"{name}_error")
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addLayout(self._rows)
        column.addWidget(self.error)
        column.addWidget(self._add, 0, Qt.AlignmentFlag.AlignLeft)

    def retranslate(self, add_text: str) -> None:
        self._add_text = add_text
        self._add.setText("+  " + add_text)
        for remove in self._removes:
            remove.setText(tr("Setup", "Remove"))

    def set_values(self, values: Sequence[str]) -> None:
        self._rebuild(list(values))
        self.show_error(None)

    def values(self) -> list[str]:
        return [field.text() for field in self.fields]

    def _add_row(self) -> None:
        values = self.values()
        if len(values) >= LIST_MAX:
            return
        self._rebuild([*values, ""])
        self.fields[-1].setFocus()
        scroll_to(self._add)

    def _remove_row(self, index: int) -> None:
        values = self.values()
        del values[index]
        self._rebuild(values)
        self.show_error(None)

    def _rebuild(self, values: list[str]) -> None:
        while (item := self._rows.takeAt(0)) is not None:
            if widget := item.widget():
                widget.setParent(None)  # gone now, not at the next event-loop turn
                widget.deleteLater()
        self.fields, self._removes = [], []
        for index, value in enumerate(values):
            field = text_field(f"{self._name}_{index}", self._max_length)
            field.setText(value)
            field.returnPressed.connect(lambda i=index: self._next_field(i))
            remove = button(tr("Setup", "Remove"), "secondary", name=f"{self._name}_remove_{index}")
            remove.clicked.connect(lambda _=False, i=index: self._remove_row(i))
            row, column = divmod(index, self.COLUMNS)
            self._rows.addWidget(field, row, column * 3)
            self._rows.addWidget(remove, row, column * 3 + 1)
            field.show()  # now: Qt would show them only at the next event-loop turn
            remove.show()
            self.fields.append(field)
            self._removes.append(remove)
        self._add.setEnabled(len(values) < LIST_MAX)

    def _next_field(self, index: int) -> None:
        """The keyboard's Enter moves down the list; after the last entry it closes."""
        if index + 1 < len(self.fields):
            self.fields[index + 1].setFocus()
        else:
            QGuiApplication.inputMethod().hide()

    def show_error(self, error: ValidationError | None) -> None:
        """The message under the list; the entry it is about gets a red frame."""
        bad_index = error.index if isinstance(error, EntryError) else -1
        for index, field in enumerate(self.fields):
            mark_invalid(field, index == bad_index)
        self.error.setText(validation_message(error) if error else "")
        self.error.setVisible(error is not None)
        if 0 <= bad_index < len(self.fields):
            self.fields[bad_index].setFocus()
        if error is not None:
            scroll_to(self.error)


class PinPair(QWidget):
    """A role's new PIN and the same PIN again, typed with the big pad."""

    def __init__(self, pad: NumericPad, name: str) -> None:
        super().__init__(objectName=f"{name}_pins")
        self.title = label("", "fieldLabel")
        self.pin = DigitsField(pad, f"{name}_pin", 8)
        self.again = DigitsField(pad, f"{name}_pin_again", 8)
        self.error = label("", "error", name=f"{name}_pin_error")
        self.error.hide()
        fields = QHBoxLayout()
        fields.setSpacing(16)
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            fields.addWidget(field)
        self.pin.returnPressed.connect(self.again.setFocus)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addLayout(fields)
        column.addWidget(self.error)

    def retranslate(self, title: str) -> None:
        self.title.setText(title)
        self.pin.setPlaceholderText(tr("Setup", "New PIN"))
        self.again.setPlaceholderText(tr("Setup", "The same PIN again"))

    def mismatch(self) -> bool:
        """True (and says so) when the two fields differ."""
        if self.pin.text() == self.again.text():
            return False
        self.show_error(tr("Setup", "The two PINs are not the same."), self.again)
        return True

    def show_error(self, text: str, field: QLineEdit | None = None) -> None:
        field = field or self.pin
        for f in (self.pin, self.again):
            mark_invalid(f, bool(text) and f is field)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            field.setFocus()

    def clear(self) -> None:
        self.pin.clear()
        self.again.clear()
        self.show_error("")
