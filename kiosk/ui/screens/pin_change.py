"""After a sign-in with a PIN shorter than today's rule: choose a new one now, or leave.

There is no way past it but a new PIN: the old one opened the door this once only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.errors import ValidationError
from kiosk.services.auth import Role, validate_pin
from kiosk.ui.i18n import tr
from kiosk.ui.messages import validation_message
from kiosk.ui.setup_widgets import PinPair
from kiosk.ui.widgets import NumericPad, button, label


class NewPinPanel(QWidget):
    chosen = Signal(str)  # a new PIN, typed twice the same and long enough
    left = Signal()

    def __init__(self, pad: NumericPad) -> None:
        super().__init__(objectName="new_pin_panel")
        self.role = Role.STAFF
        self._why = label("", "body", name="new_pin_why")
        self.pair = PinPair(pad, "new")
        self.pair.again.returnPressed.connect(self._save)
        self._save_button = button("", "primary", self._save, name="new_pin_save")
        self._leave = button("", "secondary", self.left.emit, name="new_pin_leave")
        row = QHBoxLayout()
        row.addWidget(self._leave)
        row.addWidget(self._save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._why)
        column.addWidget(self.pair)
        column.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self._why.setText(
            tr(
                "Staff",
                "Your PIN is too short: staff and admin PINs now have 6 to 8 digits. "
                "Choose a new PIN now. The old one will not open the kiosk again.",
            )
        )
        self.pair.retranslate(tr("Staff", "Your new PIN"))
        self._save_button.setText(tr("Staff", "Save the new PIN"))
        self._leave.setText(tr("Staff", "Leave"))

    def start(self, role: Role) -> None:
        self.role = role
        self.pair.clear()
        self.set_busy(False)
        self.pair.pin.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._save_button.setEnabled(not busy)

    def show_error(self, error: ValidationError) -> None:
        self.pair.show_error(validation_message(error))

    def _save(self) -> None:
        if self.pair.mismatch():
            return
        try:
            pin = validate_pin(self.pair.pin.text(), self.role)
        except ValidationError as error:
            self.show_error(error)
            return
        self.chosen.emit(pin)
