"""The pieces of the staff certificate screen: one found certificate as a card, and words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import NotAllowed, NotFound, ValidationError
from kiosk.services.certificate_register import ERASED, REVOKED, CertificateEntry, SessionEntry
from kiosk.ui.i18n import tr
from kiosk.ui.messages import not_allowed_message, validation_message
from kiosk.ui.theme import set_role
from kiosk.ui.widgets import button, label
from kiosk.ui.wrap_button import WrapButton


def holder_text(entry: CertificateEntry) -> str:
    if entry.holder_name is None:
        return tr("StaffCertificates", "(holder's data erased)")
    return f"{entry.holder_name} · {entry.birth_year}"


def status_text(entry: CertificateEntry) -> str:
    if entry.status == REVOKED:
        return tr("StaffCertificates", "Revoked: not reprinted")
    if entry.status == ERASED:
        return tr("StaffCertificates", "Holder's data erased: cannot be reprinted")
    return tr("StaffCertificates", "Valid")


def session_text(entry: SessionEntry) -> str:
    return f"{entry.day:%d/%m/%Y} – {entry.title}"


def session_row(entry: SessionEntry) -> str:
    count = tr("StaffCertificates", "{0} certificates").format(entry.certificates)
    return f"{entry.day:%d/%m/%Y} · {count}\n{entry.title}"


def error_text(error: object) -> str:
    if isinstance(error, ValidationError):
        return validation_message(error)
    if isinstance(error, NotFound):
        return tr("StaffCertificates", "This certificate or session no longer exists.")
    if isinstance(error, NotAllowed):
        return not_allowed_message(error)
    return tr("StaffCertificates", "Something went wrong: {0}").format(error)


class CertificateCard(QFrame):
    """Holder, module, date, code and status; "Preview" and "Reprint" while it is valid."""

    def __init__(
        self,
        entry: CertificateEntry,
        on_preview: Callable[[CertificateEntry], None],
        on_reprint: Callable[[CertificateEntry], None],
    ) -> None:
        super().__init__(objectName=f"certificate_{entry.code}")
        set_role(self, "card")
        self.entry = entry
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(label(holder_text(entry), "body", name="certificate_holder"))
        text.addWidget(label(entry.module_title, "hint", name="certificate_module"))
        when = tr("StaffCertificates", "{0} · code {1}").format(
            f"{entry.issued_on:%d/%m/%Y}", entry.code
        )
        text.addWidget(label(when, "hint", name="certificate_code"))
        role = "hint" if entry.printable else "error"
        text.addWidget(label(status_text(entry), role, name="certificate_status"))
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(16)
        row.addLayout(text, 1)
        self.preview = button(
            tr("StaffCertificates", "Preview"),
            "secondary",
            lambda: on_preview(entry),
            name=f"preview_{entry.code}",
        )
        self.reprint = button(
            tr("StaffCertificates", "Reprint"),
            "primary",
            lambda: on_reprint(entry),
            name=f"reprint_{entry.code}",
        )
        for action in (self.preview, self.reprint):
            action.setVisible(entry.printable)
            row.addWidget(action)


class SessionPicker(QScrollArea):
    """Recent sessions as big checkable tiles (no combo-box popup to aim at on a touch
    screen); the first is chosen when they are shown."""

    chosen = Signal(object)  # SessionEntry, or None when there is no session

    def __init__(self) -> None:
        super().__init__(widgetResizable=True, objectName="certificate_sessions")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._group = QButtonGroup(self)
        self._entries: list[SessionEntry] = []
        inner = QWidget(objectName="session_tiles")
        # The panel's white shows through (the theme paints every QWidget in the page colour).
        self.setStyleSheet(
            "#certificate_sessions, #certificate_sessions > QWidget, #session_tiles "
            "{ background: transparent; }"
        )
        self._column = QVBoxLayout(inner)
        self._column.setContentsMargins(0, 0, 8, 0)
        self._column.setSpacing(12)
        self._column.addStretch(1)
        self.setWidget(inner)
        self.setMinimumHeight(180)  # a whole tile shows even on a 768-pixel-high screen

    @property
    def current(self) -> SessionEntry | None:
        checked = self._group.checkedId()
        return self._entries[checked] if checked >= 0 else None

    def show_sessions(self, entries: list[SessionEntry]) -> None:
        for old in self._group.buttons():
            self._group.removeButton(old)
            old.setParent(None)
            old.deleteLater()
        self._entries = list(entries)
        for i, entry in enumerate(entries):
            tile = WrapButton(session_row(entry), "tile", name=f"session_{i}")
            tile.setCheckable(True)
            tile.setChecked(i == 0)
            tile.clicked.connect(lambda _=False, e=entry: self.chosen.emit(e))
            self._group.addButton(tile, i)
            self._column.insertWidget(i, tile)
            tile.show()
        self.chosen.emit(self.current)

    def tiles(self) -> list[QPushButton]:
        return list(self._group.buttons())
