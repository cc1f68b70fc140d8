"""The new-resident form: name, birth year, khu phố, phone, gender, with messages by each field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.core.errors import ValidationError
from kiosk.services.checkin import NewResident
from kiosk.ui.i18n import tr
from kiosk.ui.messages import validation_message
from kiosk.ui.widgets import DigitsField, NumericPad, button, label

FIELDS = ("full_name", "birth_year", "neighbourhood", "phone", "gender")


class GenderChoice(QWidget):
    """Three big toggles; tapping the chosen one again un-chooses it (nothing is stored)."""

    def __init__(self) -> None:
        super().__init__(objectName="gender")
        self._buttons = {
            code: button("", "choice", name=f"gender_{code}") for code in ("nam", "nu", "khac")
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        for code, b in self._buttons.items():
            b.setCheckable(True)
            b.clicked.connect(lambda checked, c=code: self.choose(c if checked else None))
            row.addWidget(b)

    def retranslate(self) -> None:
        self._buttons["nam"].setText(tr("CheckIn", "Male"))
        self._buttons["nu"].setText(tr("CheckIn", "Female"))
        self._buttons["khac"].setText(tr("CheckIn", "Other"))

    def choose(self, code: str | None) -> None:
        for c, b in self._buttons.items():
            b.setChecked(c == code)

    def value(self) -> str | None:
        return next((c for c, b in self._buttons.items() if b.isChecked()), None)


class NewResidentForm(QWidget):
    submitted = Signal()

    def __init__(self, neighbourhoods: tuple[str, ...], pad: NumericPad) -> None:
        super().__init__()
        self._pad = pad
        self.name = QLineEdit(objectName="full_name", maxLength=200)
        self.name.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.year = self._digits_field("birth_year", 4)
        self.neighbourhood = QComboBox(objectName="neighbourhood")
        self.neighbourhood.addItems(list(neighbourhoods))
        self.neighbourhood.setCurrentIndex(-1)
        self.phone = self._digits_field("phone", 12)
        self.gender = GenderChoice()
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (key, widget) in enumerate(zip(FIELDS, self._widgets(), strict=True)):
            self._labels[key] = label("", "fieldLabel")
            self._errors[key] = label("", "error", name=f"{key}_error")
            self._errors[key].hide()
            grid.addWidget(self._labels[key], row * 3, 0)
            grid.addWidget(widget, row * 3 + 1, 0)
            grid.addWidget(self._errors[key], row * 3 + 2, 0)
        self.name.returnPressed.connect(self.year.setFocus)
        self.year.returnPressed.connect(self.neighbourhood.setFocus)
        self.phone.returnPressed.connect(self.submitted)
        self.retranslate()

    def _widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.year, self.neighbourhood, self.phone, self.gender)

    def _digits_field(self, name: str, length: int) -> QLineEdit:
        return DigitsField(self._pad, name, length)

    def retranslate(self) -> None:
        self._labels["full_name"].setText(tr("CheckIn", "Full name"))
        self._labels["birth_year"].setText(tr("CheckIn", "Year of birth"))
        self._labels["neighbourhood"].setText(tr("CheckIn", "Khu phố (neighbourhood)"))
        self._labels["phone"].setText(tr("CheckIn", "Mobile phone (optional)"))
        self._labels["gender"].setText(tr("CheckIn", "Gender (optional)"))
        self.gender.retranslate()
        self.name.setPlaceholderText(tr("CheckIn", "e.g. Nguyễn Văn An"))
        self.year.setPlaceholderText(tr("CheckIn", "e.g. 1955"))
        self.neighbourhood.setPlaceholderText(tr("CheckIn", "Choose…"))

    def value(self) -> NewResident:
        return NewResident(
            full_name=self.name.text(),
            birth_year=self.year.text(),
            neighbourhood=self.neighbourhood.currentText(),
            phone=self.phone.text(),
            gender=self.gender.value(),
        )

    def show_error(self, error: ValidationError | None) -> None:
        for key, widget in zip(FIELDS, self._widgets(), strict=True):
            bad = error is not None and error.field == key
            self._errors[key].setText(validation_message(error) if bad and error else "")
            self._errors[key].setVisible(bad)
            widget.setProperty("invalid", bad)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            if bad:
                widget.setFocus()

    def clear(self) -> None:
        for field in (self.name, self.year, self.phone):
            field.clear()
        self.neighbourhood.setCurrentIndex(-1)
        self.gender.choose(None)
        self.show_error(None)
