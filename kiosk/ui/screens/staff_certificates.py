"""Staff: find an issued certificate (name without accents, or its code) and preview or
reprint it; print every certificate of a session after a preview of them all.

A reprint is the same certificate (kiosk/services/certificate_register.py). Searching,
counting, making PDFs and queueing all run on the thread pool; each kind of work has its own
generation counter, so a late answer to an older search or session choice is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.certificate_register import (
    CertificateEntry,
    CertificateRegister,
    SessionEntry,
)
from kiosk.ui.i18n import tr
from kiosk.ui.pdf_preview import PdfPreview
from kiosk.ui.print_flows import CertificatePrints, SessionPreview
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.screens.certificate_cards import (
    CertificateCard,
    SessionPicker,
    error_text,
    holder_text,
    session_text,
)
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label
from kiosk.ui.wrap_button import WrapButton

SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class Pending:
    """What the open preview shows, so that "Print" prints exactly that."""

    session_id: str | None  # None: one certificate
    certificate_ids: tuple[str, ...]
    code: str = ""


class StaffCertificatesScreen(Screen):
    screen_id = ScreenId.STAFF_CERTIFICATES
    resident_facing = False
    results_shown = Signal(list)  # [CertificateEntry], once the cards show
    sessions_listed = Signal(list)  # [SessionEntry], once the picker is filled
    session_counted = Signal(list)  # [CertificateEntry] of the chosen session
    queued = Signal(int)  # certificates sent to the print queue
    problem = Signal(str)  # a message shown in the status line

    def __init__(
        self,
        register: CertificateRegister,
        prints: CertificatePrints,
        today: Callable[[], date],
        actor: Callable[[], str] = lambda: "staff",
    ) -> None:
        super().__init__()
        self._register = register
        self._prints = prints
        self._today = today
        self._actor = actor
        self.last_task: Task | None = None
        self._generations: dict[str, int] = {}
        self._pending: Pending | None = None
        self._cards: list[CertificateCard] = []
        self._session_entries: list[CertificateEntry] | None = None  # None: not counted yet
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self._build()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = label("", "title")
        self._hint = label("", "hint")
        self.search_field = QLineEdit(objectName="certificate_search", maxLength=80)
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self._search)
        self._results = QVBoxLayout()
        self._results.setSpacing(12)
        self._none = label("", "hint", name="certificates_none")
        self._status = label("", "body", name="certificates_status")
        self._back = button("", "secondary", self._go_back, name="certificates_back")
        self.preview = PdfPreview()
        self.preview.print_requested.connect(self._print_previewed)
        self.preview.closed.connect(self._close_preview)
        # Shown one at a time; not a QStackedWidget, whose hidden page would still set the height.
        self._main = self._main_page()
        self.preview.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self._status)
        layout.addWidget(self._main, 1)
        layout.addWidget(self.preview, 1)

    def _main_page(self) -> QWidget:
        cards = QWidget()
        column = QVBoxLayout(cards)
        column.setContentsMargins(0, 0, 16, 0)
        column.addLayout(self._results)
        column.addWidget(self._none)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self._hint)
        left.addWidget(self.search_field)
        left.addWidget(scroll, 1)
        left.addWidget(self._back)
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(40)
        row.addLayout(left, 3)
        row.addWidget(self._session_panel(), 2)
        return page

    def _session_panel(self) -> QFrame:
        self._session_title = label("", "subtitle")
        self.sessions = SessionPicker()
        self.sessions.chosen.connect(self._count_session)
        self._session_summary = label("", "hint", name="session_summary")
        self._print_all = WrapButton("", "primary", self._preview_session, name="print_session")
        self._session_hint = label("", "hint")
        panel = QFrame()
        set_role(panel, "panel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(16)
        column.addWidget(self._session_title)
        column.addWidget(self.sessions, 1)
        for widget in (self._session_summary, self._print_all, self._session_hint):
            column.addWidget(widget)
        return panel

    def retranslate(self) -> None:
        self._title.setText(tr("StaffCertificates", "Certificates: reprint"))
        self._hint.setText(
            tr(
                "StaffCertificates",
                "Type a name (accents not needed) or the code printed under the QR code.",
            )
        )
        self.search_field.setPlaceholderText(tr("StaffCertificates", "Name or code"))
        self._none.setText(tr("StaffCertificates", "No certificate found."))
        self._back.setText(tr("StaffCertificates", "Back"))
        self._session_title.setText(tr("StaffCertificates", "Print by session"))
        self._session_hint.setText(
            tr("StaffCertificates", "You see all pages before anything is printed.")
        )
        self.preview.retranslate()
        self._update_print_all()

    # --- screen hooks ------------------------------------------------------------------------

    def enter(self, visit: Visit) -> None:
        self.wipe()
        self.retranslate()
        self._search()
        self._list_sessions()

    def leave(self) -> None:
        self.wipe()  # no holder name stays on a screen nobody is watching

    def wipe(self) -> None:
        for channel in ("search", "session", "action"):
            self._generations[channel] = self._generations.get(channel, 0) + 1
        self._search_timer.stop()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self._show_results([], announce=False)
        self._none.setVisible(False)
        self._close_preview()
        self._say("")
        self._set_busy(False)

    def _go_back(self) -> None:
        self.navigate.emit(ScreenId.STAFF_MENU)

    # --- background work ---------------------------------------------------------------------

    def _run(
        self,
        channel: str,
        job: Callable[..., object],
        on_done: Callable[[object], None],
        busy: str = "",
        with_progress: bool = False,
    ) -> None:
        generation = self._generations[channel] = self._generations.get(channel, 0) + 1
        if channel == "action":
            self._set_busy(True)
        if busy:
            self._say(busy)

        def current() -> bool:
            return self._generations.get(channel) == generation

        def done(result: object) -> None:
            if current():
                if channel == "action":
                    self._set_busy(False)
                on_done(result)

        def failed(error: BaseException) -> None:
            if current():
                self._set_busy(False)
                self._say(error_text(error), "error")
                self.problem.emit(self._status.text())

        progress = self._progress(busy, current) if with_progress else None
        self.last_task = run_in_background(job, on_done=done, on_error=failed, on_progress=progress)

    def _progress(self, busy: str, current: Callable[[], bool]) -> Callable[[int, int], None]:
        def show(done: int, total: int) -> None:
            if current():
                self._say(f"{busy} {done}/{total}")

        return show

    def _set_busy(self, busy: bool) -> None:
        self._print_all.setEnabled(not busy and self._printable_in_session() > 0)
        for card in self._cards:
            card.preview.setEnabled(not busy)
            card.reprint.setEnabled(not busy)

    def _say(self, text: str, role: str = "body") -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))
        set_role(self._status, role)

    # --- search ------------------------------------------------------------------------------

    def _search(self) -> None:
        self._search_timer.stop()
        text, register = self.search_field.text(), self._register
        self._run("search", lambda: register.search(text), self._show_results)

    def _show_results(self, entries: object, announce: bool = True) -> None:
        assert isinstance(entries, list)
        for card in self._cards:
            card.setParent(None)  # out of the tree now, not at the next event-loop turn
            card.deleteLater()
        self._cards = [CertificateCard(e, self._preview_one, self._reprint_one) for e in entries]
        for card in self._cards:
            self._results.addWidget(card)
            card.show()  # added to a visible page: not shown by itself
        self._none.setVisible(announce and not entries)
        if announce:
            self.results_shown.emit(entries)

    # --- one certificate ---------------------------------------------------------------------

    def _preview_one(self, entry: CertificateEntry) -> None:
        prints, actor = self._prints, self._actor()
        title = f"{holder_text(entry)} – {entry.module_title}"
        self._pending = Pending(None, (entry.id,), entry.code)
        self._run(
            "action",
            lambda: prints.pdf(entry.id, actor),
            lambda pdf: self._open_preview(pdf, title),
            tr("StaffCertificates", "Preparing the preview…"),
        )

    def _reprint_one(self, entry: CertificateEntry) -> None:
        self._send_one(entry.id, entry.code)

    def _send_one(self, certificate_id: str, code: str) -> None:
        prints, actor = self._prints, self._actor()
        self._run(
            "action",
            lambda: prints.reprint(certificate_id, actor),
            lambda _job: self._queued(1, code),
            tr("StaffCertificates", "Sending to the printer…"),
        )

    # --- a whole session ---------------------------------------------------------------------

    def _list_sessions(self) -> None:
        register, day = self._register, self._today()
        self._run("session", lambda: register.recent_sessions(day), self._fill_sessions)

    def _fill_sessions(self, sessions: object) -> None:
        assert isinstance(sessions, list)
        self.sessions.show_sessions(sessions)  # chooses the first: counted next
        self.sessions_listed.emit(sessions)

    def _count_session(self, session: SessionEntry | None) -> None:
        register = self._register
        self._session_entries = None
        self._update_print_all()
        if session is None:
            self._session_summary.setText(tr("StaffCertificates", "No session in the last days."))
            return
        self._run("session", lambda: register.for_session(session.id), self._counted)

    def _counted(self, entries: object) -> None:
        assert isinstance(entries, list)
        self._session_entries = entries
        self._update_print_all()
        self.session_counted.emit(entries)

    def _printable_in_session(self) -> int:
        return sum(e.printable for e in self._session_entries or [])

    def _update_print_all(self) -> None:
        entries = self._session_entries
        printable = self._printable_in_session()
        self._print_all.set_text(
            tr("StaffCertificates", "Print all certificates of this session ({0})").format(
                printable
            )
        )
        self._print_all.setEnabled(printable > 0)
        if entries is None:
            self._session_summary.setText("")
            return
        lines = [tr("StaffCertificates", "This session has {0} certificates.").format(len(entries))]
        if len(entries) > printable:
            lines.append(
                tr(
                    "StaffCertificates",
                    "{0} of them are revoked or their holder's data was erased: "
                    "they are not printed.",
                ).format(len(entries) - printable)
            )
        self._session_summary.setText("\n".join(lines))

    def _preview_session(self) -> None:
        session, prints, actor = self.sessions.current, self._prints, self._actor()
        if session is None:
            return
        self._run(
            "action",
            lambda report: prints.session_preview(session.id, actor, report),
            lambda preview: self._session_previewed(preview, session_text(session)),
            tr("StaffCertificates", "Making the certificates…"),
            with_progress=True,
        )

    def _session_previewed(self, preview: object, title: str) -> None:
        assert isinstance(preview, SessionPreview)
        if not preview.certificate_ids:
            self._say(tr("StaffCertificates", "Nothing to print in this session."), "error")
            return
        self._pending = Pending(preview.session_id, preview.certificate_ids)
        count = tr("StaffCertificates", "{0} certificates").format(len(preview.certificate_ids))
        self._open_preview(preview.pdf, f"{title} ({count})")

    # --- the preview -------------------------------------------------------------------------

    def _open_preview(self, pdf: object, title: str) -> None:
        assert isinstance(pdf, bytes)
        self._say("")
        self._main.hide()
        self.preview.show()
        self.preview.show_pdf(pdf, title)

    def _close_preview(self) -> None:
        self._pending = None
        self.preview.clear()
        self.preview.hide()
        self._main.show()

    def _print_previewed(self) -> None:
        pending, prints, actor = self._pending, self._prints, self._actor()
        if pending is None:
            return
        self._close_preview()
        session_id, ids = pending.session_id, pending.certificate_ids
        if session_id is None:
            self._send_one(ids[0], pending.code)
            return
        self._run(
            "action",
            lambda: prints.print_session(session_id, actor, ids),
            lambda count: self._queued(int(count)),  # type: ignore[call-overload]
            tr("StaffCertificates", "Sending to the printer…"),
        )

    def _queued(self, count: int, code: str = "") -> None:
        if code:
            text = tr("StaffCertificates", "Certificate {0} was sent to the printer.").format(code)
        else:
            text = tr("StaffCertificates", "{0} certificates were sent to the printer.").format(
                count
            )
        self._say(text + " " + tr("StaffCertificates", "See the print queue."))
        self.queued.emit(count)
