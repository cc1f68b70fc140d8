"""The console's assistance log: what kind of real help, for whom (optional), a note, Save;
and today's entries below. The reports count these by category."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.today_board import BoardRow
from kiosk.services.volunteer import NOTE_MAX, AssistanceEntry
from kiosk.ui.i18n import tr
from kiosk.ui.screens.volunteer_parts import ChevronCombo, clear_layout, scrolling
from kiosk.ui.widgets import button, label


class AssistancePanel(QWidget):
    save_requested = Signal(str, object, str)  # category, resident id or None, note

    def __init__(self) -> None:
        super().__init__()
        self.title = label("", "subtitle", name="assist_title")
        self._kind = label("", "hint")
        self._group = QButtonGroup(self)
        self._grid = QGridLayout()
        self._grid.setSpacing(8)
        self.categories: list[QPushButton] = []
        self._names: list[str] = []
        self._count = 0
        self._for_label = label("", "hint")
        self.for_whom = ChevronCombo(objectName="assist_for")
        self.note = QLineEdit(objectName="assist_note", maxLength=NOTE_MAX)
        self.save = button("", "primary", self._save, name="assist_save")
        self.message = label("", "body", name="assist_message")
        self._entries_title = label("", "subtitle", name="assist_entries_title")
        self._entries = QVBoxLayout()
        self._entries.setSpacing(4)
        self._entries.addStretch(1)
        holder = QWidget()
        holder.setLayout(self._entries)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.save)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self._kind)
        column.addLayout(self._grid)
        column.addWidget(self._for_label)
        column.addWidget(self.for_whom)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self._entries_title)
        column.addWidget(scrolling(holder), 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Volunteer", "Log the help given"))
        self._kind.setText(tr("Volunteer", "What did you help with?"))
        self._for_label.setText(tr("Volunteer", "For whom (optional)"))
        self.note.setPlaceholderText(tr("Volunteer", "Note (optional)"))
        self.save.setText(tr("Volunteer", "Save"))
        if self.for_whom.count():
            self.for_whom.setItemText(0, tr("Volunteer", "— not for a checked-in person —"))
        self._entries_title.setText(tr("Volunteer", "Logged today ({0})").format(self._count))

    def set_categories(self, categories: Sequence[str]) -> None:
        if self._names == list(categories):
            return
        for old in self.categories:
            self._group.removeButton(old)
            old.setParent(None)
            old.deleteLater()
        self.categories, self._names = [], list(categories)
        for i, name in enumerate(categories):
            choice = button(name.replace("&", "&&"), "secondary", name=f"category_{i}")
            choice.setCheckable(True)
            self._group.addButton(choice)
            self._grid.addWidget(choice, i // 2, i % 2)
            self.categories.append(choice)

    def set_people(self, rows: Sequence[BoardRow]) -> None:
        chosen = self.for_whom.currentData()
        self.for_whom.blockSignals(True)
        self.for_whom.clear()
        self.for_whom.addItem(tr("Volunteer", "— not for a checked-in person —"), None)
        for row in rows:
            self.for_whom.addItem(
                f"{row.name}, {row.birth_year}, {row.neighbourhood}", row.resident_id
            )
        index = self.for_whom.findData(chosen) if chosen else 0
        self.for_whom.setCurrentIndex(max(0, index))
        self.for_whom.blockSignals(False)

    def show_entries(self, entries: Sequence[AssistanceEntry]) -> None:
        clear_layout(self._entries)
        for index, entry in enumerate(entries):
            text = f"{entry.at:%H:%M} · {entry.category}"
            if entry.resident_name:
                text += f" · {entry.resident_name}"
            if entry.note:
                text += f" — {entry.note}"
            self._entries.insertWidget(index, label(text, "hint", name="assist_entry"))
        self._count = len(entries)
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self._save()
        else:
            super().keyPressEvent(event)

    def _save(self) -> None:
        chosen = self._group.checkedButton()
        category = self._names[self.categories.index(chosen)] if chosen is not None else ""
        self.message.setText(tr("Volunteer", "Saving…"))
        self.save.setEnabled(False)
        self.save_requested.emit(category, self.for_whom.currentData(), self.note.text())

    def saved(self) -> None:
        self.save.setEnabled(True)
        self.message.setText(tr("Volunteer", "Saved."))
        self.clear_form()

    def refused(self, text: str) -> None:
        self.save.setEnabled(True)
        self.message.setText(text)

    def clear_form(self) -> None:
        self._group.setExclusive(False)
        for choice in self.categories:
            choice.setChecked(False)
        self._group.setExclusive(True)
        self.note.clear()
        self.for_whom.setCurrentIndex(0)

    def clear(self) -> None:
        self.clear_form()
        self.set_people(())
        self.show_entries(())
        self.message.setText("")
