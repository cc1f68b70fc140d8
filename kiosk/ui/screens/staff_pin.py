"""The staff door: a PIN pad reached by a long press in the top-left corner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.core.errors import LockedOut, PinExpired, ValidationError
from kiosk.services.audit import AuditLog
from kiosk.services.auth import Role, StaffAuth
from kiosk.ui.i18n import tr
from kiosk.ui.messages import pin_expired_message
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.screens.pin_change import NewPinPanel
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import DigitsField, NumericPad, button, label

EVERY_ROLE = (Role.ADMIN, Role.STAFF, Role.VOLUNTEER)


class StaffPinScreen(Screen):
    screen_id = ScreenId.STAFF_PIN
    resident_facing = False
    answered = Signal()  # the PIN was checked (right, wrong or locked), or a new one saved

    def __init__(self, auth: StaffAuth, audit: AuditLog | None = None) -> None:
        super().__init__()
        self._auth = auth
        self._audit = audit
        self.role: Role | None = None
        self._short_pin = ""  # the too-short PIN just let in, until it is replaced
        self._attempt = 0  # an answer that comes after the pad was left is ignored
        self.last_task: Task | None = None
        self._title = label("", "title")
        self._pad = NumericPad()
        self.pin = DigitsField(self._pad, "pin", 8)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self._submit)
        self._message = label("", "error", name="pin_message")
        self.new_pin = NewPinPanel(self._pad)
        self.new_pin.chosen.connect(self._replace)
        self.new_pin.left.connect(lambda: self.navigate.emit(ScreenId.ATTRACT))
        self._pad.attach(self.pin)
        self._pad.setFixedSize(560, 480)
        self._cancel = button(
            "", "secondary", lambda: self.navigate.emit(ScreenId.ATTRACT), name="pin_cancel"
        )
        column = QVBoxLayout()
        column.setSpacing(20)
        for w in (self._title, self.pin, self.new_pin, self._message, self._pad, self._cancel):
            column.addWidget(w)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        self._changing(False)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(tr("Staff", "Staff PIN"))
        self._cancel.setText(tr("Staff", "Cancel"))
        self.new_pin.retranslate()

    def enter(self, visit: Visit) -> None:
        self.wipe()
        self.pin.setFocus()

    def _changing(self, changing: bool) -> None:
        """The PIN pad, or the new-PIN panel that only a new PIN or leaving gets past."""
        self.pin.setVisible(not changing)
        self._cancel.setVisible(not changing)
        self.new_pin.setVisible(changing)

    def _submit(self) -> None:
        pin, auth = self.pin.text(), self._auth
        self.pin.clear()
        self._message.setText(tr("Staff", "Checking…"))

        def check() -> tuple[Role | None, bool]:
            role = auth.check(pin, EVERY_ROLE)
            return role, role is not None and auth.must_change(role)

        attempt = self._attempt
        self.last_task = run_in_background(
            check,
            on_done=lambda result: self._checked(result, pin, attempt),
            on_error=lambda error: self._refused(error, attempt),
        )

    def _checked(self, result: tuple[Role | None, bool], pin: str, attempt: int) -> None:
        role, must_change = result
        if attempt != self._attempt:  # the person left the pad before the answer came
            pass
        elif role is None:
            self._message.setText(tr("Staff", "Wrong PIN. Please try again."))
        elif must_change:
            self._short_pin = pin
            self._message.setText("")
            self._changing(True)
            self.new_pin.start(role)
        else:
            self._let_in(role)
        self.answered.emit()

    def _let_in(self, role: Role) -> None:
        self.role = role
        self._message.setText("")
        volunteer = role is Role.VOLUNTEER
        self.navigate.emit(ScreenId.VOLUNTEER_CONSOLE if volunteer else ScreenId.STAFF_MENU)

    def _replace(self, new_pin: str) -> None:
        role, old, auth, audit = self.new_pin.role, self._short_pin, self._auth, self._audit

        def replace() -> Role:
            auth.replace_short_pin(role, old, new_pin)
            if audit is not None:
                audit.record(role.value, "pin_changed", role.value)
            return role

        self.new_pin.set_busy(True)
        attempt = self._attempt
        self.last_task = run_in_background(
            replace,
            on_done=lambda role: self._replaced(role, attempt),
            on_error=self._not_replaced,
        )

    def _replaced(self, role: Role, attempt: int) -> None:
        if attempt == self._attempt:  # saved either way; let in only who is still here
            self._short_pin = ""
            self._changing(False)
            self._let_in(role)
        self.answered.emit()

    def _not_replaced(self, error: BaseException) -> None:
        self.new_pin.set_busy(False)
        if isinstance(error, ValidationError):
            self.new_pin.show_error(error)
        else:
            self._message.setText(tr("Staff", "The PIN could not be saved."))
        self.answered.emit()

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
        self._short_pin = ""
        self.new_pin.pair.clear()
        self._changing(False)


def _refusal(error: BaseException) -> str:
    if isinstance(error, LockedOut) and error.seconds > 90:
        minutes = -(-error.seconds // 60)
        return tr("Staff", "Too many wrong PINs. Try again in {0} minutes.").format(minutes)
    if isinstance(error, LockedOut):
        return tr("Staff", "Too many wrong PINs. Try again in {0} seconds.").format(error.seconds)
    if isinstance(error, PinExpired):
        return pin_expired_message(error)
    return tr("Staff", "The PIN could not be checked.")
