"""Staff: check a certificate by its typed code, its QR text or a scan/photo in the inbox
folder, and revoke one issued here. No file dialog: a kiosk lists the folder as big buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import NotAllowed
from kiosk.core.files import MB, FileRefused
from kiosk.services.audit import AuditLog
from kiosk.services.certificates import PREFIX, CertificateService, Verification, short_code
from kiosk.services.learner_card import is_card
from kiosk.services.roles import Action, may
from kiosk.ui.camera_slot import CameraSlot
from kiosk.ui.i18n import tr
from kiosk.ui.messages import not_allowed_message
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.screens.verify_parts import ResultCard, RevokePanel, _column, issued_here
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

SCAN_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"}
MAX_FILES = 30


def list_inbox(folder: Path, limit: int = MAX_FILES) -> list[tuple[Path, datetime]]:
    """Images and PDFs in `folder` with their times, newest first; creates a missing folder.
    Links are listed (never followed) so that tapping one says why it is not read."""
    folder.mkdir(parents=True, exist_ok=True)
    found = [
        (p, datetime.fromtimestamp(p.lstat().st_mtime))
        for p in folder.iterdir()
        if (p.is_symlink() or p.is_file())
        and p.suffix.lower() in SCAN_SUFFIXES
        and not p.name.startswith(".")
    ]
    found.sort(key=lambda item: (-item[1].timestamp(), item[0].name))
    return found[:limit]


def check_text(certificates: CertificateService, text: str) -> Verification:
    text = text.strip()
    return certificates.verify(text) if text.startswith(PREFIX) else certificates.find_by_code(text)


def check_file(certificates: CertificateService, path: Path) -> Verification | None:
    """None when the file holds no QR code; FileRefused for a link or a file too big;
    UnreadableDocument/OSError when it cannot be read."""
    from kiosk.documents.qr import read_scan  # PDF and QR libraries: only when a file is used

    payload = read_scan(path)
    return None if payload is None else certificates.verify(payload)


class StaffVerifyScreen(Screen):
    screen_id = ScreenId.STAFF_VERIFY
    resident_facing = False
    verified = Signal(object)  # Verification, once its card shows
    files_listed = Signal(list)  # [(Path, modified)], once the buttons show
    problem = Signal(str)  # a message shown instead of a card (unreadable file, no QR, error)

    def __init__(
        self,
        certificates: CertificateService,
        audit: AuditLog,
        inbox_dir: Path,
        actor: Callable[[], str] = lambda: "staff",
    ) -> None:
        super().__init__()
        self._certificates = certificates
        self._audit = audit
        self._actor = actor
        self.inbox_dir = inbox_dir
        self.last_task: Task | None = None
        self._generation = 0  # results of an abandoned check are dropped
        self._shown: Verification | None = None
        self._build()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = label("", "title")
        self._hint = label("", "hint")
        self.field = QLineEdit(objectName="verify_input")
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.field.returnPressed.connect(self._check_typed)
        self._check = button("", "primary", self._check_typed, name="verify_check")
        self._open = button("", "secondary", self._list_files, name="verify_open_files")
        self._camera_button = button("", "secondary", self._open_camera, name="verify_camera")
        self.camera = CameraSlot(
            lambda: tr("StaffVerify", "Hold the certificate's QR code up to the camera."),
            name="verify_camera_slot",
        )
        self.camera.decoded.connect(self._camera_decoded)
        self._status = label("", "body", name="verify_status")
        self._files_hint = label("", "hint", name="verify_files_hint")
        self._files = _column(self._files_hint)
        self._revoke = button("", "danger", self._ask_reason, name="verify_revoke")
        self.card = ResultCard(self._revoke)
        self.revoke_panel = RevokePanel()
        self.revoke_panel.confirmed.connect(self._revoke_confirmed)
        self.revoke_panel.cancelled.connect(lambda: self._show_panel(self.card))
        self._back = button(
            "", "secondary", lambda: self.navigate.emit(ScreenId.STAFF_MENU), name="verify_back"
        )
        self._panels = (self._files, self.card, self.revoke_panel)
        self._lay_out()

    def _lay_out(self) -> None:
        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self._check)
        entry.addWidget(self._open)
        entry.addWidget(self._camera_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 24, 160, 24)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addLayout(entry)
        for widget in (self.camera, self._status, *self._panels):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self._back)

    def _show_panel(self, shown: QWidget | None) -> None:
        for panel in self._panels:
            panel.setVisible(panel is shown)

    def retranslate(self) -> None:
        self._title.setText(tr("StaffVerify", "Check a certificate"))
        self._hint.setText(
            tr(
                "StaffVerify",
                "Type the code printed under the QR code (for example BB98-XD39-8S) "
                "or paste the QR content (MC1:…), then press Check.",
            )
        )
        self.field.setPlaceholderText(tr("StaffVerify", "Certificate code"))
        self._check.setText(tr("StaffVerify", "Check"))
        self._open.setText(tr("StaffVerify", "Open image / PDF"))
        self._camera_button.setText(tr("StaffVerify", "Scan with the camera"))
        self.camera.retranslate()
        self._revoke.setText(tr("StaffVerify", "Revoke"))
        self._back.setText(tr("StaffVerify", "Back"))
        self.revoke_panel.retranslate()
        if self._shown is not None:
            self.card.show_result(self._shown)

    # --- screen hooks ------------------------------------------------------------------------

    def enter(self, visit: Visit) -> None:
        self.wipe()
        self.retranslate()

    def leave(self) -> None:
        self.wipe()  # no holder name stays on a screen nobody is watching

    def wipe(self) -> None:
        self.camera.close_camera()
        self._generation += 1
        self._shown = None
        self.field.clear()
        self._say("")
        self._set_busy(False)
        self._show_panel(None)

    # --- background work ---------------------------------------------------------------------

    def _run(self, job: Callable[[], object], on_done: Callable[[object], None], busy: str) -> None:
        self.camera.close_camera()
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self._say(busy)
        self.last_task = run_in_background(
            job,
            on_done=lambda result: self._if_current(generation, on_done, result),
            on_error=lambda error: self._if_current(generation, self._failed, error),
        )

    def _if_current(
        self, generation: int, handler: Callable[[object], None], value: object
    ) -> None:
        if generation == self._generation:
            self._set_busy(False)
            handler(value)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self._check,
            self._open,
            self._camera_button,
            self._revoke,
            self._files,
            self.revoke_panel,
        ):
            widget.setEnabled(not busy)

    def _say(self, text: str, role: str = "body") -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))
        set_role(self._status, role)

    def _failed(self, error: object) -> None:
        from kiosk.documents.qr import UnreadableDocument

        if isinstance(error, FileRefused):
            text = self._refused_text(error)
        elif isinstance(error, UnreadableDocument | OSError):
            text = tr("StaffVerify", "This file cannot be opened as an image or PDF.")
        elif isinstance(error, NotAllowed):
            text = not_allowed_message(error)
        else:
            text = tr("StaffVerify", "Something went wrong: {0}").format(error)
        self._say(text, "error")
        self._show_panel(None)
        self.problem.emit(text)

    @staticmethod
    def _refused_text(error: FileRefused) -> str:
        if error.reason == "link":
            return tr(
                "StaffVerify",
                "This file is only a link to another place, so it is not read. "
                "Copy the file itself into the folder.",
            )
        if error.reason == "too_big":
            return tr(
                "StaffVerify",
                "This file is larger than {0} MB, so it is not read. Save a smaller copy "
                "(only the page with the QR code, or a lower resolution).",
            ).format(error.limit // MB)
        return tr("StaffVerify", "This file cannot be opened as an image or PDF.")

    # --- checking ----------------------------------------------------------------------------

    def _check_typed(self) -> None:
        text = self.field.text()
        if not text.strip():
            self._say(tr("StaffVerify", "Type a code first."), "error")
            return
        if is_card(text):
            self._say(self._card_text(), "error")
            return
        certificates = self._certificates
        self._run(
            lambda: check_text(certificates, text), self._show, tr("StaffVerify", "Checking…")
        )

    def _open_camera(self) -> None:
        self._show_panel(None)
        self._say("")
        self.camera.open()

    def _camera_decoded(self, text: str) -> None:
        if text.startswith(PREFIX):
            certificates = self._certificates
            self._run(
                lambda: check_text(certificates, text), self._show, tr("StaffVerify", "Checking…")
            )
            return
        message = (
            self._card_text()
            if is_card(text)
            else tr("StaffVerify", "This QR code is not a Morning Coffee certificate.")
        )
        self._say(message, "error")
        self.problem.emit(message)

    @staticmethod
    def _card_text() -> str:
        return tr("StaffVerify", "This is a learner card (for check-in), not a certificate.")

    def _list_files(self) -> None:
        folder = self.inbox_dir
        self._run(
            lambda: list_inbox(folder), self._show_files, tr("StaffVerify", "Looking for files…")
        )

    def _show_files(self, paths: object) -> None:
        assert isinstance(paths, list)
        for old in self._files.findChildren(QPushButton):
            old.deleteLater()
        for i, (path, when) in enumerate(paths):
            text = f"{path.name}\n{when:%d/%m/%Y %H:%M}"
            tile = button(
                text, "tile", lambda _=False, p=path: self._check_file(p), name=f"inbox_file_{i}"
            )
            self._files.layout().addWidget(tile)
        template = (
            tr("StaffVerify", "Tap a file to check it (newest first). Folder: {0}")
            if paths
            else tr("StaffVerify", "No image or PDF files yet. Put the scan or photo in: {0}")
        )
        self._files_hint.setText(template.format(self.inbox_dir))
        self._say("")
        self._show_panel(self._files)
        self.files_listed.emit(paths)

    def _check_file(self, path: Path) -> None:
        certificates = self._certificates
        self._run(
            lambda: check_file(certificates, path),
            self._show_file_result,
            tr("StaffVerify", "Reading {0}…").format(path.name),
        )

    def _show_file_result(self, result: object) -> None:
        if result is None:
            text = tr(
                "StaffVerify",
                "No certificate QR code was found in this file. Try a closer, sharper photo.",
            )
            self._say(text, "error")
            self.problem.emit(text)
            return
        self._show(result)

    def _show(self, result: object) -> None:
        assert isinstance(result, Verification)
        self._shown = result
        self._say("")
        self.card.show_result(result)
        # A volunteer checks certificates but never revokes one (docs/roles.md).
        self._revoke.setVisible(issued_here(result) and may(self._actor(), Action.REVOKE))
        self._show_panel(self.card)
        self.verified.emit(result)

    # --- revoking ----------------------------------------------------------------------------

    def _ask_reason(self) -> None:
        self.revoke_panel.reset()
        self._show_panel(self.revoke_panel)

    def _revoke_confirmed(self, reason: str) -> None:
        assert self._shown is not None and self._shown.certificate_id is not None
        cert_id, actor = self._shown.certificate_id, self._actor()
        certificates, audit = self._certificates, self._audit

        def revoke() -> Verification:
            certificates.revoke(cert_id, reason, actor=actor)
            audit.record(actor, "revoke_certificate", f"{cert_id}: {reason}")
            return certificates.find_by_code(short_code(bytes.fromhex(cert_id)))

        self._run(revoke, self._revoked, tr("StaffVerify", "Revoking…"))

    def _revoked(self, result: object) -> None:
        self._show(result)
        self._say(tr("StaffVerify", "The certificate was revoked."))
