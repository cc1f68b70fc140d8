"""The console's walk-in check-in, made for a keyboard: Tab between fields, Enter from any.

Name, year of birth, khu phố (type "3" or "khu pho 3": the match shows as you type), phone
and the resident's consent, which the volunteer asks for aloud. Likely duplicates are offered
before a new record is made. After a check-in the form clears and the name has focus again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import ValidationError
from kiosk.core.text import fold
from kiosk.services.checkin import CheckInService, NewResident, ResidentMatch
from kiosk.ui.i18n import tr
from kiosk.ui.messages import validation_message
from kiosk.ui.screens.consent import consent_text
from kiosk.ui.screens.volunteer_parts import ChevronCombo
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.widgets import button, label


def match_option(typed: str, options: Sequence[str]) -> str | None:
    """The one option meant by `typed`, accent- and case-blind: "3" -> "Khu phố 3" (not 13)."""
    key = fold(typed)
    if not key:
        return None
    folded = [(fold(o), o) for o in options]
    for rule in (
        lambda f: f == key,
        lambda f: f.endswith(" " + key) or f.startswith(key + " "),
        lambda f: f" {key} " in f" {f} ",
        lambda f: key in f,
    ):
        found = [o for f, o in folded if rule(f)]
        if len(found) == 1:
            return found[0]
        if found:
            return None  # ambiguous: better to ask than to guess
    return None


class WalkInForm(QWidget):
    checked_in = Signal(object)  # ResidentMatch
    finished = Signal()  # a submit ended (checked in, refused, duplicates shown or failed)

    def __init__(self, checkin: CheckInService, neighbourhoods: Callable[[], Sequence[str]]):
        super().__init__()
        self._checkin = checkin
        self._neighbourhoods = neighbourhoods
        self._busy = False
        self.last_task: Task | None = None
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.name = QLineEdit(objectName="walkin_name", maxLength=200)
        self.year = QLineEdit(objectName="walkin_year", maxLength=4)
        self.area = ChevronCombo(objectName="walkin_area", editable=True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Our own type-ahead, shown beside the field's name: Qt's completer popup takes the
        # keyboard and swallows the field's focus-out, which breaks Tab through the form.
        self.area.setCompleter(None)
        self.area.lineEdit().textEdited.connect(self._preview_area)
        self.area.lineEdit().editingFinished.connect(self._complete_area)
        self.phone = QLineEdit(objectName="walkin_phone", maxLength=16)
        # A big toggle rather than a tiny checkbox: Space or a tap; Enter still submits.
        self.consent = button("", "secondary", name="walkin_consent")
        self.consent.setCheckable(True)
        self.consent.toggled.connect(lambda _on: self._show_consent())
        self.submit_button = button("", "primary", self.submit, name="walkin_submit")
        self.message = label("", "body", name="walkin_message")
        self._duplicates = QVBoxLayout()
        self._titles = {k: label("", "hint") for k in ("name", "year", "area", "phone")}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        places = {"name": (0, 0, 1, 3), "year": (2, 0, 1, 1), "area": (2, 1, 1, 1)}
        places["phone"] = (2, 2, 1, 1)
        fields = {"name": self.name, "year": self.year, "area": self.area, "phone": self.phone}
        for key, (row, col, rows, cols) in places.items():
            grid.addWidget(self._titles[key], row, col, 1, cols)
            grid.addWidget(fields[key], row + 1, col, rows, cols)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        actions = QHBoxLayout()
        actions.addWidget(self.consent, 1)
        actions.addWidget(self.submit_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(grid)
        column.addLayout(actions)
        column.addWidget(self.message)
        column.addLayout(self._duplicates)
        for first, second in zip(
            (self.name, self.year, self.area, self.phone, self.consent),
            (self.year, self.area, self.phone, self.consent, self.submit_button),
            strict=True,
        ):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self._titles["name"].setText(tr("Volunteer", "Full name"))
        self._titles["year"].setText(tr("Volunteer", "Year of birth"))
        self._titles["area"].setText(tr("Volunteer", "Khu phố"))
        self._titles["phone"].setText(tr("Volunteer", "Phone (optional)"))
        self.area.lineEdit().setPlaceholderText(tr("Volunteer", "type e.g. 3"))
        self._show_consent()
        self.submit_button.setText(tr("Volunteer", "Check in (Enter)"))

    def _show_consent(self) -> None:
        mark = "✔ " if self.consent.isChecked() else ""
        self.consent.setText(mark + tr("Volunteer", "Resident agrees to keeping the details"))

    def set_neighbourhoods(self) -> None:
        options = list(self._neighbourhoods())
        if [self.area.itemText(i) for i in range(self.area.count())] != options:
            text = self.area.currentText()
            self.area.clear()
            self.area.addItems(options)
            self.area.setEditText(text)

    # --- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Fields and the checkbox pass Enter on (QLineEdit ignores it): it submits from any.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submit()
        else:
            super().keyPressEvent(event)

    def _options(self) -> list[str]:
        return [self.area.itemText(i) for i in range(self.area.count())]

    def _preview_area(self, typed: str) -> None:
        found = match_option(typed, self._options())
        title = tr("Volunteer", "Khu phố")
        self._titles["area"].setText(f"{title} → {found}" if found and found != typed else title)

    def _complete_area(self) -> None:
        options = self._options()
        found = match_option(self.area.currentText(), options)
        if found is not None and found != self.area.currentText():
            self.area.setCurrentIndex(options.index(found))
        self._preview_area(self.area.currentText())

    # --- submit --------------------------------------------------------------------------------
    def submit(self, *, new_person: bool = False) -> None:
        if self._busy:
            return  # a second Enter while saving checks in once
        self._complete_area()
        form = self._form()
        if form is None:
            self.finished.emit()
            return
        self._clear_duplicates()
        self._busy = True
        self.submit_button.setEnabled(False)
        self.message.setText(tr("Volunteer", "Saving…"))
        checkin = self._checkin
        shown = consent_text()

        def work() -> ResidentMatch | list[ResidentMatch]:
            if not new_person and (found := checkin.likely_duplicates(form)):
                return found
            consent = checkin.record_consent(True, shown)
            match = checkin.register(form, consent)
            checkin.check_in(match.id)
            return match

        self.last_task = run_in_background(work, on_done=self._done, on_error=self._failed)

    def _form(self) -> NewResident | None:
        """The cleaned form, or None after showing what is wrong."""
        typed = self.area.currentText()
        if typed.strip() and typed not in self._options():
            self._refuse(self.area, tr("Volunteer", "Choose a khu phố from the list."))
            return None
        raw = NewResident(self.name.text(), self.year.text(), typed, self.phone.text())
        try:
            form = self._checkin.validate(raw)
        except ValidationError as error:
            fields = {"birth_year": self.year, "neighbourhood": self.area, "phone": self.phone}
            self._refuse(fields.get(error.field, self.name), validation_message(error))
            return None
        if not self.consent.isChecked():
            self._refuse(self.consent, tr("Volunteer", "Ask the resident for consent first."))
            return None
        return form

    def _refuse(self, field: QWidget, text: str) -> None:
        self.message.setText(text)
        field.setFocus()

    def check_in_existing(self, match: ResidentMatch) -> None:
        self._clear_duplicates()
        self._busy = True
        checkin = self._checkin
        self.last_task = run_in_background(
            lambda: (checkin.check_in(match.id), match)[1],
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: ResidentMatch | list[ResidentMatch]) -> None:
        self._busy = False
        self.submit_button.setEnabled(True)
        if isinstance(result, list):
            self._offer(result)
        else:
            self.clear()
            self.message.setText(tr("Volunteer", "Checked in: {0}").format(result.masked))
            self.checked_in.emit(result)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.submit_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.message.setText(validation_message(error))
        else:
            self.message.setText(tr("Volunteer", "Could not save. Nothing was lost: try again."))
        self.finished.emit()

    def _offer(self, matches: list[ResidentMatch]) -> None:
        self.message.setText(tr("Volunteer", "Already on record? Choose, or add a new person:"))
        for i, match in enumerate(matches):
            text = tr("Volunteer", "It is {0}: check in").format(match.masked)
            choice = button(text, "secondary", name=f"walkin_same_{i}")
            choice.clicked.connect(lambda _=False, m=match: self.check_in_existing(m))
            self._add_choice(choice)
        fresh = button(tr("Volunteer", "A different person: add new"), "secondary")
        fresh.setObjectName("walkin_new_person")
        fresh.clicked.connect(lambda: self.submit(new_person=True))
        self._add_choice(fresh)
        self._duplicates.itemAt(0).widget().setFocus()

    def _add_choice(self, choice: QPushButton) -> None:
        choice.setAutoDefault(True)  # Enter presses the focused choice, not the whole form
        self._duplicates.addWidget(choice)
        choice.show()

    def _clear_duplicates(self) -> None:
        while (item := self._duplicates.takeAt(0)) is not None:
            if widget := item.widget():
                widget.setParent(None)
                widget.deleteLater()

    def clear(self) -> None:
        """Empty every field, focus back on the name: ready for the next person."""
        for field in (self.name, self.year, self.phone):
            field.clear()
        self.area.setCurrentIndex(-1)
        self.area.setEditText("")
        self.consent.setChecked(False)
        self._clear_duplicates()
        self.message.setText("")
        self.name.setFocus()
