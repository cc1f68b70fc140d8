"""Admin settings: the ward's name, its khu phố, the help categories, and each role's PIN.

Every save runs off the UI thread and is audit-logged by the services ("settings_changed",
"pin_changed"); the running kiosk takes the new values at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.config import Settings
from kiosk.core.errors import NotAllowed, ValidationError
from kiosk.services.auth import Role, validate_pin
from kiosk.services.ward_admin import WardAdmin
from kiosk.services.ward_settings import CATEGORY_MAX, NEIGHBOURHOOD_MAX, WARD_NAME_MAX, validate
from kiosk.ui.i18n import tr
from kiosk.ui.messages import not_allowed_message, validation_message
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.setup_widgets import ListEditor, Pages, PinPair, mark_invalid, text_field
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import NumericPad, button, label

WARD, AREAS, HELP, PINS = range(4)
TABS = ("ward", "areas", "help", "pins")
_TAB_OF = {"ward_name": WARD, "neighbourhoods": AREAS, "assistance_categories": HELP}


class StaffSettingsScreen(Screen):
    screen_id = ScreenId.STAFF_SETTINGS
    resident_facing = False
    saved = Signal(object)  # what `refresh` returned: the services with the new settings
    answered = Signal()  # a save finished, well or not

    def __init__(
        self,
        admin: WardAdmin,
        current: Callable[[], Settings],
        refresh: Callable[[], object],
        *,
        actor: Callable[[], str] = lambda: "admin",
    ) -> None:
        super().__init__()
        self._admin = admin
        self._current = current
        self._refresh = refresh
        self._actor = actor
        self.last_task: Task | None = None
        self._title = label("", "title")
        self._tabs = {key: button("", "secondary", name=f"settings_tab_{key}") for key in TABS}
        group = QButtonGroup(self)
        for index, tab in enumerate(self._tabs.values()):
            tab.setCheckable(True)
            group.addButton(tab)
            tab.clicked.connect(lambda _=False, i=index: self._show(i))
        self._pages = Pages()
        self._hints: list[QWidget] = []
        for build in (self._ward_page, self._areas_page, self._help_page, self._pins_page):
            self._pages.addWidget(build())
        self._status = label("", "body", name="settings_status")
        self._save = button("", "primary", self._save_page, name="settings_save")
        self._back = button(
            "", "secondary", lambda: self.navigate.emit(ScreenId.STAFF_MENU), name="settings_back"
        )
        self._layout()
        self.retranslate()

    # --- layout ----------------------------------------------------------------------------
    def _layout(self) -> None:
        tabs = QHBoxLayout()
        tabs.setSpacing(16)
        for tab in self._tabs.values():
            tabs.addWidget(tab)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self._back)
        actions.addStretch(1)
        actions.addWidget(self._save)
        column = QVBoxLayout(self)
        column.setContentsMargins(96, 24, 96, 32)
        column.setSpacing(16)
        column.addWidget(self._title)
        column.addLayout(tabs)
        column.addWidget(self._pages, 1)
        column.addWidget(self._status)
        column.addLayout(actions)

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(12)
        hint = label("", "hint")
        self._hints.append(hint)
        column.addWidget(hint)
        return page, column

    def _ward_page(self) -> QWidget:
        page, column = self._page()
        self._ward_label = label("", "fieldLabel")
        self.ward_name = text_field("settings_ward_name", WARD_NAME_MAX + 40)
        self._ward_error = label("", "error", name="settings_ward_name_error")
        self._ward_error.hide()
        for w in (self._ward_label, self.ward_name, self._ward_error):
            column.addWidget(w)
        column.addStretch(1)
        return page

    def _areas_page(self) -> QWidget:
        page, column = self._page()
        self.areas = ListEditor("settings_neighbourhoods", NEIGHBOURHOOD_MAX + 40)
        column.addWidget(self.areas)
        column.addStretch(1)
        return page

    def _help_page(self) -> QWidget:
        page, column = self._page()
        self.categories = ListEditor("settings_categories", CATEGORY_MAX + 40)
        column.addWidget(self.categories)
        column.addStretch(1)
        return page

    def _pins_page(self) -> QWidget:
        page, column = self._page()
        self._roles: dict[Role, QPushButton] = {}
        roles = QHBoxLayout()
        roles.setSpacing(16)
        group = QButtonGroup(self)
        for role in (Role.VOLUNTEER, Role.STAFF, Role.ADMIN):
            self._roles[role] = button("", "secondary", name=f"pin_role_{role.value}")
            self._roles[role].setCheckable(True)
            group.addButton(self._roles[role])
            roles.addWidget(self._roles[role])
        roles.addStretch(1)
        self._pad = NumericPad()
        self._pad.setFixedSize(560, 460)
        self.pin = PinPair(self._pad, "settings")
        self.pin.again.returnPressed.connect(self._save_page)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addLayout(roles)
        left.addWidget(self.pin)
        left.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(60)
        row.addLayout(left, 1)
        row.addWidget(self._pad, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row, 1)
        return page

    def retranslate(self) -> None:
        self._title.setText(tr("Settings", "Settings"))
        names = (
            tr("Settings", "Ward name"),
            tr("Settings", "Khu phố"),
            tr("Settings", "Help categories"),
            tr("Settings", "PINs"),
        )
        for tab, text in zip(self._tabs.values(), names, strict=True):
            tab.setText(text)
        hints = (
            tr(
                "Settings", "Printed on certificates and attendance sheets, and shown on the kiosk."
            ),
            tr(
                "Settings",
                "Residents choose from this list when they sign up. Type in a row to rename it; "
                "residents already registered keep the khu phố they have.",
            ),
            tr("Settings", "The kinds of real help that volunteers record in their console."),
            tr(
                "Settings",
                "Choose whose PIN to change. Each role needs its own PIN: 6 to 8 digits for "
                "staff and the admin, 4 to 8 for volunteers.",
            ),
        )
        for hint, text in zip(self._hints, hints, strict=True):
            hint.setText(text)
        self._ward_label.setText(tr("Settings", "Ward name"))
        self.areas.retranslate(tr("Settings", "Add a khu phố"))
        self.categories.retranslate(tr("Settings", "Add a category"))
        self._roles[Role.VOLUNTEER].setText(tr("Settings", "Volunteer"))
        self._roles[Role.STAFF].setText(tr("Settings", "Staff"))
        self._roles[Role.ADMIN].setText(tr("Settings", "Admin"))
        self.pin.retranslate(tr("Settings", "New PIN for this role"))
        last = self._pages.currentIndex() == PINS
        self._save.setText(tr("Settings", "Change the PIN") if last else tr("Settings", "Save"))
        self._back.setText(tr("Settings", "Back to the staff menu"))

    # --- showing ---------------------------------------------------------------------------
    def enter(self, visit: Visit) -> None:
        settings = self._current()
        self.ward_name.setText(settings.ward_name)
        self._ward_shown(None)
        self.areas.set_values(settings.neighbourhoods)
        self.categories.set_values(settings.assistance_categories)
        self.pin.clear()
        self._roles[Role.STAFF].setChecked(True)
        self._status.setText("")
        self._show(WARD)

    def wipe(self) -> None:
        self.pin.clear()
        self._status.setText("")

    def _show(self, page: int) -> None:
        self._pages.setCurrentIndex(page)
        for index, tab in enumerate(self._tabs.values()):
            tab.setChecked(index == page)
        self._status.setText("")
        self.retranslate()
        if page == PINS:
            self._pad.attach(self.pin.pin)
            self.pin.pin.setFocus()

    def _ward_shown(self, error: ValidationError | None) -> None:
        self._ward_error.setText(validation_message(error) if error else "")
        self._ward_error.setVisible(error is not None)
        mark_invalid(self.ward_name, error is not None)

    def _show_error(self, error: ValidationError) -> None:
        """Beside the field it is about."""
        if error.field == "ward_name":
            self._ward_shown(error)
        elif error.field == "neighbourhoods":
            self.areas.show_error(error)
        elif error.field == "assistance_categories":
            self.categories.show_error(error)
        else:
            self.pin.show_error(validation_message(error))

    # --- saving ----------------------------------------------------------------------------
    def _save_page(self) -> None:
        """The PIN tab changes one PIN; the others save the name and both lists together,
        so that an edit on another tab is never silently left unsaved."""
        if self._pages.currentIndex() == PINS:
            try:
                self._change_pin()
            except ValidationError as error:
                self._show_error(error)
            return
        self._ward_shown(None)
        self.areas.show_error(None)
        self.categories.show_error(None)
        typed = {
            "ward_name": self.ward_name.text(),
            "neighbourhoods": self.areas.values(),
            "assistance_categories": self.categories.values(),
        }
        try:
            checked = {key: validate(key, value) for key, value in typed.items()}
        except ValidationError as error:
            self._show(_TAB_OF[error.field])
            self._show_error(error)
            return
        self._store(**checked)

    def _store(self, **changes: object) -> None:
        admin, refresh, actor = self._admin, self._refresh, self._actor()

        def work() -> tuple[list[str], object]:
            changed = admin.save(actor, **changes)
            return changed, refresh() if changed else None

        self._run(work, self._stored)

    def _stored(self, result: tuple[list[str], object]) -> None:
        changed, services = result
        if changed:
            self._status.setText(tr("Settings", "Saved. The kiosk uses the new values now."))
            self.saved.emit(services)
        else:
            self._status.setText(tr("Settings", "Nothing changed."))

    def _change_pin(self) -> None:
        self.pin.show_error("")
        role = next(r for r, b in self._roles.items() if b.isChecked())
        validate_pin(self.pin.pin.text(), role)
        if self.pin.mismatch():
            return
        admin, actor, pin = self._admin, self._actor(), self.pin.pin.text()
        self._run(lambda: admin.change_pin(actor, role, pin), lambda _r: self._pin_changed(role))

    def _pin_changed(self, role: Role) -> None:
        self.pin.clear()
        self.pin.pin.setFocus()
        self._status.setText(
            tr("Settings", "The PIN was changed for: {0}.").format(self._roles[role].text())
        )

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self._save.setEnabled(False)
        self._status.setText(tr("Settings", "Saving…"))

        def finished(result: object) -> None:
            self._save.setEnabled(True)
            done(result)
            self.answered.emit()

        self.last_task = run_in_background(work, on_done=finished, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._save.setEnabled(True)
        if isinstance(error, ValidationError):
            self._status.setText("")
            self._show_error(error)
        elif isinstance(error, NotAllowed):
            self._status.setText(not_allowed_message(error))
        else:
            self._status.setText(tr("Settings", "Could not save.") + f" ({error})")
        self.answered.emit()
