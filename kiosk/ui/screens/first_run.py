"""First run of a real installation: the ward sets its own staff PIN before anything else."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.core.errors import ValidationError
from kiosk.services.auth import Role, StaffAuth, validate_pin
from kiosk.ui.i18n import tr
from kiosk.ui.messages import validation_message
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import DigitsField, NumericPad, button, label


class FirstRunScreen(Screen):
    screen_id = ScreenId.FIRST_RUN
    resident_facing = False
    pin_set = Signal()

    def __init__(self, auth: StaffAuth, ward_name: str) -> None:
        super().__init__()
        self._auth = auth
        self.last_task: Task | None = None
        self._title = label("", "title")
        self._ward = label(ward_name, "subtitle")
        self._explain = label("", "body")
        self._pad = NumericPad()
        self.pin = self._pin_field("new_pin")
        self.confirm = self._pin_field("confirm_pin")
        self._message = label("", "error", name="first_run_message")
        self._save = button("", "primary", self._submit, name="first_run_save")
        form = QVBoxLayout()
        form.setSpacing(14)
        for w in (
            self._title,
            self._ward,
            self._explain,
            self.pin,
            self.confirm,
            self._message,
            self._save,
        ):
            form.addWidget(w)
        form.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(120, 40, 120, 40)
        row.setSpacing(80)
        row.addLayout(form, 3)
        row.addWidget(self._pad, 2)
        self.retranslate()

    def _pin_field(self, name: str) -> QLineEdit:
        field = DigitsField(self._pad, name, 8)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.returnPressed.connect(self._submit)
        return field

    def retranslate(self) -> None:
        self._title.setText(tr("FirstRun", "First start of this kiosk"))
        self._explain.setText(
            tr(
                "FirstRun",
                "Choose the staff PIN (4 to 8 digits). It opens the staff menu: a long press "
                "in the top-left corner of the screen. Keep it secret.",
            )
        )
        self.pin.setPlaceholderText(tr("FirstRun", "New staff PIN"))
        self.confirm.setPlaceholderText(tr("FirstRun", "The same PIN again"))
        self._save.setText(tr("FirstRun", "Save and start the kiosk"))

    def enter(self, visit: Visit) -> None:
        self._pad.attach(self.pin)
        self.pin.setFocus()

    def _submit(self) -> None:
        pin, again = self.pin.text(), self.confirm.text()
        try:
            validate_pin(pin)
        except ValidationError as error:
            self._message.setText(validation_message(error))
            return
        if pin != again:
            self._message.setText(tr("FirstRun", "The two PINs are not the same."))
            return
        self._message.setText("")
        self._save.setEnabled(False)

        def save() -> None:
            self._auth.set_pin(Role.STAFF, pin)
            self._auth.set_pin(Role.ADMIN, pin)

        self.last_task = run_in_background(save, on_done=self._saved, on_error=self._failed)

    def _saved(self, _result: object) -> None:
        self.wipe()
        self.pin_set.emit()
        self.navigate.emit(ScreenId.ATTRACT)

    def _failed(self, error: BaseException) -> None:
        self._save.setEnabled(True)
        self._message.setText(tr("FirstRun", "The PIN could not be saved.") + f" ({error})")

    def wipe(self) -> None:
        self.pin.clear()
        self.confirm.clear()
        self._message.setText("")
        self._save.setEnabled(True)
