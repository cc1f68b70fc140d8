"""First run of a real installation, in three steps: the ward's name, its khu phố, the PINs.

Saving stores the settings and PINs, gives the signing key the ward's name, and writes
"first_run" to the audit log, all off the UI thread; the running kiosk then shows the name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.config import Settings
from kiosk.core.errors import ValidationError
from kiosk.services.auth import Role, validate_pin
from kiosk.services.ward_admin import FirstRunChoices, WardAdmin, check_pins
from kiosk.services.ward_settings import (
    NEIGHBOURHOOD_MAX,
    WARD_NAME_MAX,
    validate_entries,
    validate_ward_name,
)
from kiosk.ui.i18n import tr
from kiosk.ui.messages import validation_message
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.setup_widgets import ListEditor, Pages, PinPair, mark_invalid, text_field
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import NumericPad, button, label

WARD, AREAS, PINS = range(3)


class FirstRunScreen(Screen):
    screen_id = ScreenId.FIRST_RUN
    resident_facing = False
    saved = Signal(object)  # whatever `refresh` returned: the services with the new settings

    def __init__(self, admin: WardAdmin, settings: Settings, refresh: Callable[[], object]) -> None:
        super().__init__()
        self._admin = admin
        self._refresh = refresh
        # The built-in example name is no ward's choice: the field starts empty then.
        default = settings.ward_name == Settings().ward_name
        self._initial = ("" if default else settings.ward_name, settings.neighbourhoods)
        self.last_task: Task | None = None
        self._step = label("", "hint", name="first_run_step")
        self._pages = Pages()
        self._pages.addWidget(self._ward_page())
        self._pages.addWidget(self._areas_page())
        self._pages.addWidget(self._pins_page())
        self._message = label("", "error", name="first_run_message")
        self._back = button("", "secondary", self._go_back, name="first_run_back")
        self._next = button("", "primary", self._go_next, name="first_run_next")
        self._layout()
        self.wipe()

    # --- layout ----------------------------------------------------------------------------
    def _layout(self) -> None:
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self._back)
        actions.addStretch(1)
        actions.addWidget(self._next)
        column = QVBoxLayout(self)
        column.setContentsMargins(120, 24, 120, 32)
        column.setSpacing(12)
        column.addWidget(self._step)
        column.addWidget(self._pages, 1)
        column.addWidget(self._message)
        column.addLayout(actions)

    def _page(self) -> tuple[QWidget, QVBoxLayout, tuple[QLabel, QLabel]]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        heading, explain = label("", "title"), label("", "body")
        column.addWidget(heading)
        column.addWidget(explain)
        return page, column, (heading, explain)

    def _ward_page(self) -> QWidget:
        page, column, self._ward_words = self._page()
        self._ward_label = label("", "fieldLabel")
        self.ward_name = text_field("ward_name", WARD_NAME_MAX + 40)
        self.ward_name.returnPressed.connect(self._go_next)
        self._ward_error = label("", "error", name="ward_name_error")
        self._ward_error.hide()
        for w in (self._ward_label, self.ward_name, self._ward_error):
            column.addWidget(w)
        column.addStretch(1)
        return page

    def _areas_page(self) -> QWidget:
        page, column, self._areas_words = self._page()
        self.areas = ListEditor("neighbourhoods", NEIGHBOURHOOD_MAX + 40)
        column.addWidget(self.areas)
        column.addStretch(1)
        return page

    def _pins_page(self) -> QWidget:
        page, column, self._pins_words = self._page()
        self._pad = NumericPad()
        self._pad.setFixedSize(560, 460)
        self.pins = {role: PinPair(self._pad, role.value) for role in Role}
        pairs = QVBoxLayout()
        pairs.setSpacing(16)
        for role in (Role.ADMIN, Role.STAFF, Role.VOLUNTEER):
            pairs.addWidget(self.pins[role])
        pairs.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(60)
        row.addLayout(pairs, 1)
        row.addWidget(self._pad)
        column.addLayout(row, 1)
        self.pins[Role.ADMIN].again.returnPressed.connect(self.pins[Role.STAFF].pin.setFocus)
        self.pins[Role.STAFF].again.returnPressed.connect(self.pins[Role.VOLUNTEER].pin.setFocus)
        self.pins[Role.VOLUNTEER].again.returnPressed.connect(self._go_next)
        return page

    def retranslate(self) -> None:
        self._step.setText(
            tr("FirstRun", "Setting up this kiosk: step {0} of 3").format(
                self._pages.currentIndex() + 1
            )
        )
        words = {
            WARD: (
                tr("FirstRun", "The ward"),
                tr(
                    "FirstRun",
                    "The ward's name is printed on every certificate and attendance sheet. "
                    "Write it in full, with accents.",
                ),
            ),
            AREAS: (
                tr("FirstRun", "Khu phố"),
                tr(
                    "FirstRun",
                    "Residents choose their khu phố from this list when they sign up. Type in "
                    "a row to rename it. The admin can change the list later in Settings.",
                ),
            ),
            PINS: (
                tr("FirstRun", "PINs"),
                tr(
                    "FirstRun",
                    "Each role has its own PIN: 6 to 8 digits for the admin and staff, 4 to 8 "
                    "for volunteers. The kiosk knows who you are by your PIN. The staff menu "
                    "opens with a long press in the top-left corner of the screen. Keep the "
                    "PINs secret.",
                ),
            ),
        }
        for (heading, explain), (head_text, explain_text) in zip(
            (self._ward_words, self._areas_words, self._pins_words), words.values(), strict=True
        ):
            heading.setText(head_text)
            explain.setText(explain_text)
        self._ward_label.setText(tr("FirstRun", "Ward name"))
        self.ward_name.setPlaceholderText(tr("FirstRun", "e.g. Phường Bến Thành"))
        self.areas.retranslate(tr("FirstRun", "Add a khu phố"))
        self.pins[Role.ADMIN].retranslate(tr("FirstRun", "Admin PIN (settings, audit log)"))
        self.pins[Role.STAFF].retranslate(tr("FirstRun", "Staff PIN (ward staff)"))
        self.pins[Role.VOLUNTEER].retranslate(
            tr("FirstRun", "Volunteer PIN (optional: the volunteer console)")
        )
        self._back.setText(tr("FirstRun", "Back"))
        last = self._pages.currentIndex() == PINS
        self._next.setText(
            tr("FirstRun", "Save and start the kiosk") if last else tr("FirstRun", "Next")
        )

    # --- steps -------------------------------------------------------------------------------
    def enter(self, visit: Visit) -> None:
        self._show(self._pages.currentIndex())

    def _show(self, page: int) -> None:
        self._pages.setCurrentIndex(page)
        self._back.setVisible(page != WARD)
        self.retranslate()
        self._pad.attach(self.pins[Role.ADMIN].pin)
        if not self.isVisibleTo(self.window()):
            return  # wiped at the end of a visit: no focus taken from the screen shown
        if page == WARD:
            self.ward_name.setFocus()
        elif page == AREAS and self.areas.fields:
            self.areas.fields[0].setFocus()
        elif page == PINS:
            self.pins[Role.ADMIN].pin.setFocus()

    def _go_back(self) -> None:
        self._message.setText("")
        self._show(max(WARD, self._pages.currentIndex() - 1))

    def _go_next(self) -> None:
        page = self._pages.currentIndex()
        if page == WARD and self._ward_ok():
            self._show(AREAS)
        elif page == AREAS and self._areas_ok():
            self._show(PINS)
        elif page == PINS and self._pins_ok():
            self._save()

    def _ward_ok(self) -> bool:
        try:
            validate_ward_name(self.ward_name.text())
        except ValidationError as error:
            self._ward_error_shown(error)
            return False
        self._ward_error_shown(None)
        return True

    def _ward_error_shown(self, error: ValidationError | None) -> None:
        self._ward_error.setText(validation_message(error) if error else "")
        self._ward_error.setVisible(error is not None)
        mark_invalid(self.ward_name, error is not None)

    def _areas_ok(self) -> bool:
        try:
            validate_entries("neighbourhoods", self.areas.values(), NEIGHBOURHOOD_MAX)
        except ValidationError as error:
            self.areas.show_error(error)
            return False
        self.areas.show_error(None)
        return True

    def _pins_ok(self) -> bool:
        """Each PIN well formed and typed twice the same; the volunteer's may stay empty."""
        order = (Role.ADMIN, Role.STAFF, Role.VOLUNTEER)  # a repeated PIN is marked the 2nd time
        typed = {role: self.pins[role].pin.text() for role in order}
        for role in order:
            pair = self.pins[role]
            pair.show_error("")
            if role is Role.VOLUNTEER and not typed[role] and not pair.again.text():
                continue
            try:
                validate_pin(typed[role], role)
            except ValidationError as error:
                pair.show_error(validation_message(error))
                return False
            if pair.mismatch():
                return False
        try:
            check_pins({role: pin for role, pin in typed.items() if pin})
        except ValidationError as error:
            self.pins[Role(error.field)].show_error(validation_message(error))
            return False
        return True

    # --- saving ------------------------------------------------------------------------------
    def _choices(self) -> FirstRunChoices:
        return FirstRunChoices(
            ward_name=self.ward_name.text(),
            neighbourhoods=tuple(self.areas.values()),
            admin_pin=self.pins[Role.ADMIN].pin.text(),
            staff_pin=self.pins[Role.STAFF].pin.text(),
            volunteer_pin=self.pins[Role.VOLUNTEER].pin.text(),
        )

    def _save(self) -> None:
        choices, admin, refresh = self._choices(), self._admin, self._refresh

        def work() -> object:
            admin.first_run(choices)
            return refresh()

        self._next.setEnabled(False)
        self._back.setEnabled(False)
        self._message.setText(tr("FirstRun", "Saving…"))
        self.last_task = run_in_background(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, result: object) -> None:
        self.wipe()
        self.saved.emit(result)
        self.navigate.emit(ScreenId.ATTRACT)

    def _failed(self, error: BaseException) -> None:
        self._next.setEnabled(True)
        self._back.setEnabled(True)
        detail = validation_message(error) if isinstance(error, ValidationError) else str(error)
        self._message.setText(tr("FirstRun", "The setup could not be saved.") + f" ({detail})")

    def wipe(self) -> None:
        ward_name, areas = self._initial
        self.ward_name.setText(ward_name)
        self._ward_error_shown(None)
        self.areas.set_values(areas)
        for pair in self.pins.values():
            pair.clear()
        self._message.setText("")
        self._next.setEnabled(True)
        self._back.setEnabled(True)
        self._show(WARD)
