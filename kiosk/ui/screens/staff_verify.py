"""Staff: check a certificate by its typed code, its QR text or a scan/photo in the inbox
folder, and revoke one issued here. No file dialog: a kiosk lists the folder as big buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.audit import AuditLog
from kiosk.services.certificates import PREFIX, CertificateService, Verification, short_code
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.theme import set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

SCAN_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"}
MAX_FILES = 30
DETAILS = ("ward", "date", "module", "holder", "code")


def list_inbox(folder: Path, limit: int = MAX_FILES) -> list[tuple[Path, datetime]]:
    """Images and PDFs in `folder` with their times, newest first; creates a missing folder."""
    folder.mkdir(parents=True, exist_ok=True)
    found = [
        (p, datetime.fromtimestamp(p.stat().st_mtime))
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES and not p.name.startswith(".")
    ]
    found.sort(key=lambda item: (-item[1].timestamp(), item[0].name))
    return found[:limit]


def check_text(certificates: CertificateService, text: str) -> Verification:
    text = text.strip()
    return certificates.verify(text) if text.startswith(PREFIX) else certificates.find_by_code(text)


def check_file(certificates: CertificateService, path: Path) -> Verification | None:
    """None when the file holds no QR code; UnreadableDocument/OSError when it cannot be read."""
    from kiosk.documents.qr import read_payload  # PDF and QR libraries: only when a file is used

    payload = read_payload(path.read_bytes())
    return None if payload is None else certificates.verify(payload)


def reason_text(result: Verification) -> str:
    words = {
        "malformed": tr(
            "StaffVerify",
            "This is not a certificate code or QR content. Check what was typed or scanned.",
        ),
        "bad_signature": tr(
            "StaffVerify", "The signature does not match: the certificate was altered or forged."
        ),
        "unknown_key": tr(
            "StaffVerify",
            "It was signed by a ward this kiosk does not trust. "
            "Ask the issuing ward for its public key.",
        ),
        "revoked": tr("StaffVerify", "The issuing ward has revoked this certificate."),
        "not_found": tr(
            "StaffVerify",
            "No certificate with this code was issued at this kiosk. "
            "Codes only work where they were issued: check the QR code instead.",
        ),
    }
    return words.get(result.reason, result.message)


def _column(*widgets: QWidget) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return column


def issued_here(result: Verification) -> bool:
    # module_title only comes from this database's own certificates row.
    return result.valid and result.certificate_id is not None and result.module_title is not None


class ResultCard(QFrame):
    """The verdict in big words and colour, then the details or the reason."""

    def __init__(self, revoke: QPushButton) -> None:
        super().__init__()
        set_role(self, "card")
        self.verdict = label("", "hero", name="verify_verdict")
        self.reason = label("", "error", name="verify_reason")
        self.details = {key: label("", "body", name=f"verify_{key}") for key in DETAILS}
        header = QHBoxLayout()
        header.addWidget(self.verdict, 1)
        header.addWidget(revoke, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 24)
        layout.setSpacing(10)
        layout.addLayout(header)
        for widget in (self.reason, *self.details.values()):
            layout.addWidget(widget)

    def show_result(self, result: Verification) -> None:
        if result.valid:
            self.verdict.setText("✓ " + tr("StaffVerify", "VALID"))
            set_role(self.verdict, "hero")
        else:
            self.verdict.setText("✗ " + tr("StaffVerify", "NOT VALID"))
            # The theme has no large red role: the verdict is big, its reason below is red.
            set_role(self.verdict, "title")
        self.reason.setText("" if result.valid else reason_text(result))
        self.reason.setVisible(not result.valid)
        texts = self._detail_texts(result) if result.valid else {}
        for key, widget in self.details.items():
            widget.setText(texts.get(key, ""))
            widget.setVisible(result.valid)

    @staticmethod
    def _detail_texts(result: Verification) -> dict[str, str]:
        if result.holder_erased:
            holder = tr("StaffVerify", "The holder asked for their data to be erased")
        else:
            holder = result.holder_name or tr("StaffVerify", "Not recorded at this kiosk")
        code = short_code(bytes.fromhex(result.certificate_id)) if result.certificate_id else ""
        day = f"{result.issued_on:%d/%m/%Y}" if result.issued_on else ""
        return {
            "ward": tr("StaffVerify", "Issued by: {0}").format(result.ward_name or ""),
            "date": tr("StaffVerify", "Issued on: {0}").format(day),
            "module": tr("StaffVerify", "Module: {0}").format(result.module_title or result.module),
            "holder": tr("StaffVerify", "Holder: {0}").format(holder),
            "code": tr("StaffVerify", "Code: {0}").format(code),
        }


class RevokePanel(QFrame):
    """Preset reasons as big buttons, or a typed one; nothing happens before the confirmation."""

    confirmed = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "panel")
        self._title = label("", "subtitle")
        self._group = QButtonGroup(self)
        self._presets = [button("", "secondary", name=f"revoke_preset_{i}") for i in range(3)]
        for preset in self._presets:
            preset.setCheckable(True)
            self._group.addButton(preset)
        self._group.buttonToggled.connect(lambda *_: self._update())
        self.note = QLineEdit(objectName="revoke_note")
        self.note.textChanged.connect(self._update)
        self._warning = label("", "hint")
        self._confirm = button("", "danger", self._emit, name="revoke_confirm")
        self._cancel = button("", "secondary", self.cancelled.emit, name="revoke_cancel")
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        presets = QHBoxLayout()
        for preset in self._presets:
            presets.addWidget(preset)
        layout.addLayout(presets)
        layout.addWidget(self.note)
        layout.addWidget(self._warning)
        actions = QHBoxLayout()
        actions.addWidget(self._cancel)
        actions.addWidget(self._confirm)
        layout.addLayout(actions)

    def retranslate(self) -> None:
        self._title.setText(tr("StaffVerify", "Why revoke this certificate?"))
        texts = (
            tr("StaffVerify", "Issued to the wrong person"),
            tr("StaffVerify", "Wrong details printed"),
            tr("StaffVerify", "Issued twice"),
        )
        for preset, text in zip(self._presets, texts, strict=True):
            preset.setText(text)
        self.note.setPlaceholderText(tr("StaffVerify", "Other reason or note"))
        self._warning.setText(tr("StaffVerify", "Revoking cannot be undone."))
        self._confirm.setText(tr("StaffVerify", "Confirm: revoke"))
        self._cancel.setText(tr("StaffVerify", "Cancel"))

    def reset(self) -> None:
        self._group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for preset in self._presets:
            preset.setChecked(False)
        self._group.setExclusive(True)
        self.note.clear()
        self._update()

    def reason(self) -> str:
        chosen = self._group.checkedButton()
        parts = [chosen.text() if chosen else "", self.note.text().strip()]
        return ": ".join(p for p in parts if p)

    def _update(self) -> None:
        self._confirm.setEnabled(bool(self.reason()))

    def _emit(self) -> None:
        if self.reason():
            self.confirmed.emit(self.reason())


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 24, 160, 24)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addLayout(entry)
        for widget in (self._status, *self._panels):
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
        self._generation += 1
        self._shown = None
        self.field.clear()
        self._say("")
        self._set_busy(False)
        self._show_panel(None)

    # --- background work ---------------------------------------------------------------------

    def _run(self, job: Callable[[], object], on_done: Callable[[object], None], busy: str) -> None:
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
        for widget in (self._check, self._open, self._revoke, self._files, self.revoke_panel):
            widget.setEnabled(not busy)

    def _say(self, text: str, role: str = "body") -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))
        set_role(self._status, role)

    def _failed(self, error: object) -> None:
        from kiosk.documents.qr import UnreadableDocument

        if isinstance(error, UnreadableDocument | OSError):
            text = tr("StaffVerify", "This file cannot be opened as an image or PDF.")
        else:
            text = tr("StaffVerify", "Something went wrong: {0}").format(error)
        self._say(text, "error")
        self._show_panel(None)
        self.problem.emit(text)

    # --- checking ----------------------------------------------------------------------------

    def _check_typed(self) -> None:
        text = self.field.text()
        if not text.strip():
            self._say(tr("StaffVerify", "Type a code first."), "error")
            return
        certificates = self._certificates
        self._run(
            lambda: check_text(certificates, text), self._show, tr("StaffVerify", "Checking…")
        )

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
        self._revoke.setVisible(issued_here(result))
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
            certificates.revoke(cert_id, reason)
            audit.record(actor, "revoke_certificate", f"{cert_id}: {reason}")
            return certificates.find_by_code(short_code(bytes.fromhex(cert_id)))

        self._run(revoke, self._revoked, tr("StaffVerify", "Revoking…"))

    def _revoked(self, result: object) -> None:
        self._show(result)
        self._say(tr("StaffVerify", "The certificate was revoked."))
