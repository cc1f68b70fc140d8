"""Staff: find a resident, show everything stored about them, export it (PDF, JSON), erase it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout

from kiosk.core.errors import NotAllowed
from kiosk.core.text import mask_phone
from kiosk.services.checkin import CheckInService
from kiosk.services.privacy import PrivacyService, ResidentRecord, record_to_json
from kiosk.services.roles import Action, require
from kiosk.ui.i18n import tr
from kiosk.ui.messages import gender_text, not_allowed_message
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

RESULTS = 6


def _when(value) -> str:  # type: ignore[no-untyped-def]
    return f"{value:%d/%m/%Y %H:%M}" if value is not None else "—"


class StaffResidentsScreen(Screen):
    screen_id = ScreenId.STAFF_RESIDENTS
    resident_facing = False

    def __init__(
        self,
        checkin_service: CheckInService,
        privacy_service: PrivacyService,
        save_dir: Path,
        *,
        actor: Callable[[], str] = lambda: "staff",
        tutorial_titles: Mapping[str, str] | None = None,
        print_card: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__()
        self._print_card = print_card  # queues the resident's learner card (off the UI thread)
        self._checkin = checkin_service
        self._privacy = privacy_service
        self._save_dir = Path(save_dir)
        self._actor = actor
        self._titles = dict(tutorial_titles or {})
        self._record: ResidentRecord | None = None
        self.last_task: Task | None = None
        self._build()
        self.retranslate()
        self._show_record(None)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._title = label("", "title")
        self._hint = label("", "hint")
        self.search_field = QLineEdit(objectName="resident_search", maxLength=80)
        self.search_field.textChanged.connect(self._search)
        self._results = QVBoxLayout()
        self._back = button("", "secondary", self._go_back, name="residents_back")
        left = QVBoxLayout()
        left.setSpacing(16)
        for w in (self._title, self._hint, self.search_field):
            left.addWidget(w)
        left.addLayout(self._results)
        left.addStretch(1)
        left.addWidget(self._back)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 24, 48, 24)
        row.setSpacing(40)
        row.addLayout(left, 2)
        row.addLayout(self._build_details(), 3)

    def _build_details(self) -> QVBoxLayout:
        self.details = label("", "body", name="resident_details")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.details)
        self._status = label("", "body", name="residents_status")
        self._pdf = button("", "secondary", lambda: self._export("pdf"), name="export_pdf")
        self._json = button("", "secondary", lambda: self._export("json"), name="export_json")
        self._erase = button("", "danger", self._ask_erase, name="erase_resident")
        self._card = button("", "secondary", self._queue_card, name="print_card")
        self._card.setVisible(self._print_card is not None)
        self._warning = label("", "error", name="erase_warning")
        self._confirm = button("", "danger", self._do_erase, name="confirm_erase", size="xl")
        self._cancel = button("", "secondary", lambda: self._asking(False), name="cancel_erase")
        actions = QHBoxLayout()
        for b in (self._card, self._pdf, self._json, self._erase):
            actions.addWidget(b)
        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(scroll, 1)
        column.addWidget(self._status)
        column.addLayout(actions)
        for w in (self._warning, self._confirm, self._cancel):
            column.addWidget(w)
        return column

    def retranslate(self) -> None:
        self._title.setText(tr("StaffResidents", "Residents' data"))
        self._hint.setText(
            tr("StaffResidents", "Type a name (accents not needed) or a phone number.")
        )
        self._back.setText(tr("StaffResidents", "Back"))
        self._pdf.setText(tr("StaffResidents", "Export PDF"))
        self._json.setText(tr("StaffResidents", "Export JSON"))
        self._erase.setText(tr("StaffResidents", "Erase data"))
        self._card.setText(tr("StaffResidents", "Print learner card"))
        self._warning.setText(
            tr(
                "StaffResidents",
                "Erase everything about this person? This cannot be undone. Their certificates "
                "stay genuine but will show that the holder's data was erased.",
            )
        )
        self._confirm.setText(tr("StaffResidents", "Confirm erasure"))
        self._cancel.setText(tr("StaffResidents", "Do not erase"))
        self._show_record(self._record)

    # --- lifecycle ---------------------------------------------------------------------------
    def enter(self, visit: Visit) -> None:
        self.retranslate()
        self.search_field.setFocus()

    def leave(self) -> None:
        self._asking(False)

    def wipe(self) -> None:
        self.search_field.clear()
        self._clear_results()
        self._status.setText("")
        self._show_record(None)

    def _go_back(self) -> None:
        self.wipe()
        self.navigate.emit(ScreenId.STAFF_MENU)

    # --- search and details --------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self._clear_results()
        for match in self._checkin.search(text, limit=RESULTS):
            summary = f"{match.full_name}, {match.birth_year}, {match.neighbourhood}"
            tile = button(summary, "tile", name=f"resident_{match.id}")
            tile.clicked.connect(lambda _=False, rid=match.id: self._select(rid))
            self._results.addWidget(tile)
            tile.show()
        if text.strip() and self._results.count() == 0:
            none = label(tr("StaffResidents", "No one found."), "hint", name="no_resident")
            self._results.addWidget(none)
            none.show()

    def _clear_results(self) -> None:
        while (item := self._results.takeAt(0)) is not None:
            if widget := item.widget():
                widget.setParent(None)
                widget.deleteLater()

    def _select(self, resident_id: str) -> None:
        self._status.setText("")
        self._show_record(self._privacy.everything(resident_id))

    def _show_record(self, record: ResidentRecord | None) -> None:
        self._record = record
        for b in (self._card, self._pdf, self._json, self._erase):
            b.setEnabled(record is not None)
        self._asking(False)
        if record is None:
            self.details.setText(tr("StaffResidents", "Choose a person on the left."))
        else:
            self.details.setText(self._describe(record))

    def _describe(self, record: ResidentRecord) -> str:
        r, passed = record.resident, tr("StaffResidents", "passed")
        runs = [
            f"  • {_when(x.started_at)} – {self._titles.get(x.tutorial_id, x.tutorial_id)}"
            + (f" ({passed})" if x.passed else "")
            for x in record.tutorial_runs
        ]
        lines = [
            tr("StaffResidents", "Full name: {0}").format(r.full_name),
            tr("StaffResidents", "Birth year: {0}").format(r.birth_year),
            tr("StaffResidents", "Neighbourhood: {0}").format(r.neighbourhood),
            tr("StaffResidents", "Phone: {0}").format(mask_phone(r.phone) or "—"),
            tr("StaffResidents", "Gender: {0}").format(gender_text(r.gender)),
            tr("StaffResidents", "Signed up: {0}").format(_when(r.created_at)),
            tr("StaffResidents", "Consent given: {0} time(s)").format(
                sum(x.agreed for x in record.consents)
            ),
            tr("StaffResidents", "Check-ins: {0}").format(len(record.checkins)),
            *(f"  • {_when(x.at)} – {x.session_title}" for x in record.checkins),
            tr("StaffResidents", "Tutorials done: {0}").format(len(record.tutorial_runs)),
            *runs,
            tr("StaffResidents", "Certificates: {0}").format(len(record.certificates)),
            *(f"  • {x.code} – {x.module_title}" for x in record.certificates),
        ]
        return "\n".join(lines)

    # --- export and erase ----------------------------------------------------------------------
    def _export(self, kind: str) -> None:
        if self._record is None:
            return
        resident_id, actor = self._record.resident.id, self._actor()

        def work() -> Path:
            require(actor, Action.EXPORT)  # before anything is written
            record = self._privacy.everything(resident_id)
            if kind == "pdf":
                from kiosk.documents.resident_report import render_resident_report

                data = render_resident_report(record, self._titles)
            else:
                data = record_to_json(record)
            return self._privacy.save_export(resident_id, kind, data, self._save_dir, actor)

        self._status.setText(tr("StaffResidents", "Exporting…"))
        self.last_task = run_in_background(work, on_done=self._exported, on_error=self._failed)

    def _exported(self, path: Path) -> None:
        self._status.setText(tr("StaffResidents", "Saved to {0}").format(path))

    def _queue_card(self) -> None:
        if self._record is None or self._print_card is None:
            return
        resident_id, actor, queue = self._record.resident.id, self._actor(), self._print_card

        def work() -> object:
            require(actor, Action.EXPORT)
            job = queue(resident_id)
            self._privacy.note_export(resident_id, "learner card", actor)
            return job

        self._card.setEnabled(False)
        self._status.setText(tr("StaffResidents", "Making the learner card…"))
        self.last_task = run_in_background(work, on_done=self._card_queued, on_error=self._failed)

    def _card_queued(self, _job: object) -> None:
        self._card.setEnabled(True)
        self._status.setText(tr("StaffResidents", "The learner card is in the print queue."))

    def _ask_erase(self) -> None:
        self._asking(self._record is not None)

    def _asking(self, asking: bool) -> None:
        for w in (self._warning, self._confirm, self._cancel):
            w.setVisible(asking)
        self._erase.setVisible(not asking)

    def _do_erase(self) -> None:
        if self._record is None:
            return
        resident_id, actor = self._record.resident.id, self._actor()
        self._confirm.setEnabled(False)
        self.last_task = run_in_background(
            lambda: self._privacy.erase(resident_id, actor),
            on_done=self._erased,
            on_error=self._failed,
        )

    def _erased(self, _counts: object) -> None:
        self._confirm.setEnabled(True)
        self._show_record(None)
        self._search(self.search_field.text())
        self._status.setText(tr("StaffResidents", "The data was erased."))

    def _failed(self, error: BaseException) -> None:
        self._confirm.setEnabled(True)
        self._card.setEnabled(True)
        if isinstance(error, NotAllowed):
            self._status.setText(not_allowed_message(error))
            return
        self._status.setText(tr("StaffResidents", "That did not work:") + f" {error}")
