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
        self.pin.clear()
        self._message.setText("")
        self.role = None
        self.pin.setFocus()

    def _submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        self._message.setText(tr("Staff", "Checking…"))
        self.last_task = run_in_background(
            lambda: self._auth.check(pin, (Role.ADMIN, Role.STAFF, Role.VOLUNTEER)),
            on_done=self._checked,
            on_error=self._refused,
        )

    def _checked(self, role: Role | None) -> None:
        if role is None:
            self._message.setText(tr("Staff", "Wrong PIN. Please try again."))
        else:
            self.role = role
            self._message.setText("")
            volunteer = role is Role.VOLUNTEER
            self.navigate.emit(ScreenId.VOLUNTEER_CONSOLE if volunteer else ScreenId.STAFF_MENU)
        self.answered.emit()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, LockedOut):
            self._message.setText(
                tr("Staff", "Too many wrong PINs. Try again in {0} seconds.").format(error.seconds)
            )
        else:
            self._message.setText(tr("Staff", "The PIN could not be checked."))
        self.answered.emit()

    def wipe(self) -> None:
        self.pin.clear()
        self._message.setText("")
        self.role = None
