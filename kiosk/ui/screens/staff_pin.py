"""The staff door: a PIN pad reached by a long press in the top-left corner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.core.errors import LockedOut
from kiosk.services.auth import Role, StaffAuth
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import DigitsField, NumericPad, button, label


class StaffPinScreen(Screen):
    screen_id = ScreenId.STAFF_PIN
    resident_facing = False
    answered = Signal()  # the PIN was checked (right, wrong or locked)

    def __init__(self, auth: StaffAuth) -> None:
        super().__init__()
        self._auth = auth
        self.role: Role | None = None
        self._attempt = 0  # a check answered after the pad was left is ignored
        self.last_task: Task | None = None
        self._title = label("", "title")
        self._pad = NumericPad()
        self.pin = DigitsField(self._pad, "pin", 8)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self._submit)
        self._message = label("", "error", name="pin_message")
        self._pad.attach(self.pin)
        self._pad.setFixedSize(560, 480)
        self._cancel = button(
            "", "secondary", lambda: self.navigate.emit(ScreenId.ATTRACT), name="pin_cancel"
        )
        column = QVBoxLayout()
        column.setSpacing(20)
        for w in (self._title, self.pin, self._message, self._pad, self._cancel):
            column.addWidget(w)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(tr("Staff", "Staff PIN"))
        self._cancel.setText(tr("Staff", "Cancel"))

    def enter(self, visit: Visit) -> None:
        self.wipe()
        self.pin.setFocus()

    def _submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        self._message.setText(tr("Staff", "Checking…"))
        attempt = self._attempt
        self.last_task = run_in_background(
            lambda: self._auth.check(pin, (Role.ADMIN, Role.STAFF, Role.VOLUNTEER)),
            on_done=lambda role: self._checked(role, attempt),
            on_error=lambda error: self._refused(error, attempt),
        )

    def _checked(self, role: Role | None, attempt: int) -> None:
        if attempt == self._attempt:  # else the person left the pad before the answer came
            self._let_in(role)
        self.answered.emit()

    def _let_in(self, role: Role | None) -> None:
        if role is None:
            self._message.setText(tr("Staff", "Wrong PIN. Please try again."))
            return
        self.role = role
        self._message.setText("")
        volunteer = role is Role.VOLUNTEER
        self.navigate.emit(ScreenId.VOLUNTEER_CONSOLE if volunteer else ScreenId.STAFF_MENU)

    def _refused(self, error: BaseException, attempt: int) -> None:
        if attempt == self._attempt:
            self._message.setText(_refusal(error))
        self.answered.emit()

    def leave(self) -> None:
        self._attempt += 1

    def wipe(self) -> None:
        self._attempt += 1
        self.pin.clear()
        self._message.setText("")
        self.role = None


def _refusal(error: BaseException) -> str:
    if isinstance(error, LockedOut):
        return tr("Staff", "Too many wrong PINs. Try again in {0} seconds.").format(error.seconds)
    return tr("Staff", "The PIN could not be checked.")
