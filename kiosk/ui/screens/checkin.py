"""Check-in: a new resident's form, or finding a returning one (name without accents, phone)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import ValidationError
from kiosk.services.checkin import CheckInService, ResidentMatch
from kiosk.services.checkin_qr import QrLookup, looks_like_payload
from kiosk.ui.camera_slot import CameraSlot
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.screens.checkin_form import NewResidentForm
from kiosk.ui.screens.checkin_scan import camera_hint, not_ours, scan_message
from kiosk.ui.tasks import run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import NumericPad, button, label

NEW, RETURNING, CONFIRM = range(3)


class CheckInScreen(Screen):
    screen_id = ScreenId.CHECKIN

    def __init__(
        self,
        service: CheckInService,
        neighbourhoods: tuple[str, ...],
        find_by_qr: Callable[[str], QrLookup] | None = None,
    ) -> None:
        super().__init__()
        self._service = service
        self._find_by_qr = find_by_qr
        self._visit: Visit | None = None
        self._candidate: ResidentMatch | None = None
        self.pad = NumericPad()
        self.form = NewResidentForm(neighbourhoods, self.pad)
        self.form.submitted.connect(self.submit)
        self._new_tab = button("", "secondary", lambda: self._show(NEW), name="tab_new")
        self._old_tab = button("", "secondary", lambda: self._show(RETURNING), name="tab_returning")
        tabs = QButtonGroup(self)
        for b in (self._new_tab, self._old_tab):
            b.setCheckable(True)
            tabs.addButton(b)
        self._pages = QStackedWidget()
        self._pages.addWidget(self.form)
        self._pages.addWidget(self._build_search())
        self._pages.addWidget(self._build_confirm())
        self._status = label("", "error", name="checkin_status")
        self._continue = button("", "primary", self.submit, name="checkin_continue")
        self._continue.setMinimumHeight(110)
        self._layout(tabs)
        self.retranslate()

    def _layout(self, tabs: QButtonGroup) -> None:
        tab_row = QHBoxLayout()
        tab_row.setSpacing(20)
        tab_row.addWidget(self._new_tab)
        tab_row.addWidget(self._old_tab)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addLayout(tab_row)
        left.addWidget(self._pages, 1)
        right = QVBoxLayout()
        right.addWidget(self.pad, 4)
        right.addWidget(self._status)
        right.addWidget(self._continue)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 8, 48, 8)
        row.setSpacing(40)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

    def _build_search(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._search_hint = label("", "body")
        self.search_field = QLineEdit(objectName="search", maxLength=200)
        self.search_field.textChanged.connect(self._search)
        self.search_field.returnPressed.connect(self._scanned)
        self._camera_button = button("", "secondary", self._open_camera, name="scan_camera")
        self.camera = CameraSlot(camera_hint)
        self.camera.decoded.connect(self._use_scan)
        self._results = QVBoxLayout()
        self._results_box = QWidget()
        self._results_box.setLayout(self._results)
        field_row = QHBoxLayout()
        field_row.addWidget(self.search_field, 1)
        field_row.addWidget(self._camera_button)
        layout.addWidget(self._search_hint)
        layout.addLayout(field_row)
        layout.addWidget(self.camera)
        layout.addWidget(self._results_box)
        layout.addStretch(1)
        return page

    def _build_confirm(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._confirm_question = label("", "subtitle")
        self._confirm_who = label("", "title", name="confirm_who")
        self._confirm_yes = button("", "primary", self._confirm_candidate, name="confirm_yes")
        self._confirm_no = button("", "secondary", self._reject_candidate, name="confirm_no")
        for w in (self._confirm_question, self._confirm_who, self._confirm_yes, self._confirm_no):
            layout.addWidget(w)
        layout.addStretch(1)
        return page

    def retranslate(self) -> None:
        self._new_tab.setText(tr("CheckIn", "First visit: sign up"))
        self._old_tab.setText(tr("CheckIn", "I have been here before"))
        self._search_hint.setText(
            tr("CheckIn", "Type your name (accents not needed) or your phone number.")
        )
        self._confirm_question.setText(tr("CheckIn", "Is this you?"))
        self._confirm_yes.setText(tr("CheckIn", "Yes, this is me"))
        self._confirm_no.setText(tr("CheckIn", "No"))
        self._continue.setText(tr("CheckIn", "Continue"))
        self._camera_button.setText(tr("CheckIn", "Scan with the camera"))
        self.camera.retranslate()
        self.form.retranslate()

    def enter(self, visit: Visit) -> None:
        self._visit = visit
        self.retranslate()
        self._show(NEW)

    def set_neighbourhoods(self, names: tuple[str, ...]) -> None:
        """The ward's khu phố list, after the admin changed it."""
        self.form.neighbourhood.clear()
        self.form.neighbourhood.addItems(list(names))
        self.form.neighbourhood.setCurrentIndex(-1)

    def leave(self) -> None:
        self.camera.close_camera()

    def wipe(self) -> None:
        self.camera.close_camera()
        self.form.clear()
        self.search_field.clear()
        self._clear_results()
        self._confirm_who.setText("")
        self._status.setText("")
        self._candidate = None

    def _show(self, page: int) -> None:
        if page != RETURNING:
            self.camera.close_camera()
        self._pages.setCurrentIndex(page)
        self._new_tab.setChecked(page == NEW)
        self._old_tab.setChecked(page == RETURNING)
        self._continue.setVisible(page == NEW)
        self.pad.setVisible(page != CONFIRM)
        (self.form.name if page == NEW else self.search_field).setFocus()
        if page == RETURNING:
            self.pad.attach(self.search_field)

    # --- new resident -------------------------------------------------------
    def submit(self) -> None:
        if self._pages.currentIndex() != NEW:
            return
        form = self.form.value()
        try:
            self._service.validate(form)
            duplicates = self._service.likely_duplicates(form)
        except ValidationError as error:
            self.form.show_error(error)
            return
        self.form.show_error(None)
        if duplicates:
            self._ask_about(duplicates[0])
            return
        self._save_new()

    def _save_new(self) -> None:
        form, consent = self.form.value(), self._visit.consent_id if self._visit else None

        def work() -> tuple[ResidentMatch, str]:
            match = self._service.register(form, consent)
            return match, self._service.check_in(match.id)

        self._busy(True)
        run_in_background(
            work, on_done=lambda r: self._checked_in(r[0], new=True), on_error=self._failed
        )

    # --- returning resident ----------------------------------------------------
    def _scanned(self) -> None:
        """A USB QR scanner types the certificate's payload and presses Enter."""
        text = self.search_field.text()
        if looks_like_payload(text):
            self.search_field.clear()
            self._use_scan(text)

    def _open_camera(self) -> None:
        self._status.setText("")
        self.camera.open()

    def _use_scan(self, text: str) -> None:
        """A learner card or certificate, typed by the USB scanner or read by the camera."""
        if self._find_by_qr is None or not looks_like_payload(text):
            self._status.setText(not_ours())
            return
        found = self._find_by_qr(text)
        if found.match is None:
            self._status.setText(scan_message(found))
            return
        self._status.setText("")
        self._ask_about(found.match)

    def _search(self, text: str) -> None:
        self._clear_results()
        if looks_like_payload(text):
            return  # a scanner is still typing
        for match in self._service.search(text, limit=5):
            b = button(match.masked, "tile", name=f"result_{match.id}")
            b.clicked.connect(lambda _=False, m=match: self._ask_about(m))
            self._results.addWidget(b)
            b.show()
        if text.strip() and self._results.count() == 0:
            self._results.addWidget(
                label(
                    tr(
                        "CheckIn",
                        "No one found. Check the spelling, or choose 'First visit: sign up'.",
                    ),
                    "hint",
                )
            )

    def _clear_results(self) -> None:
        while (item := self._results.takeAt(0)) is not None:
            if widget := item.widget():
                widget.setParent(None)  # gone from the screen now, not at the next event loop turn
                widget.deleteLater()

    def _ask_about(self, match: ResidentMatch) -> None:
        self._candidate = match
        self._confirm_who.setText(match.masked)
        self._show(CONFIRM)

    def _confirm_candidate(self) -> None:
        match = self._candidate
        if match is None:
            return
        self._busy(True)
        run_in_background(
            lambda: self._service.check_in(match.id),
            on_done=lambda _id: self._checked_in(match),
            on_error=self._failed,
        )

    def _reject_candidate(self) -> None:
        came_from_form = bool(self.form.name.text().strip())
        self._candidate = None
        if came_from_form:
            self._save_new()
        else:
            self._show(RETURNING)

    # --- both -----------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self._continue.setEnabled(not busy)
        self._confirm_yes.setEnabled(not busy)
        self._status.setText(tr("CheckIn", "Saving…") if busy else "")

    def _checked_in(self, match: ResidentMatch, new: bool = False) -> None:
        self._busy(False)
        if self._visit is not None:
            self._visit.new_resident = new  # the catalog then offers a learner card
            self._visit.resident_id = match.id
            self._visit.resident_name = match.full_name
            self._visit.birth_year = match.birth_year
        self.wipe()
        self.navigate.emit(ScreenId.CATALOG)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self._status.setText(
            tr("CheckIn", "Sorry, this could not be saved. Please ask a volunteer.")
            + f"\n({type(error).__name__})"
        )
