"""Admin: the audit log, newest first, in plain words; filter by action, load more; above it,
whether the log is as it was written (the hash chain check of `kiosk audit verify`)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.services.audit import AuditLog
from kiosk.services.audit_check import Problem
from kiosk.ui.audit_words import action_words, actor_words
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import Task, run_in_background
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import button, label

PAGE = 50


class Line(NamedTuple):
    id: int
    at: datetime
    actor: str
    action: str
    detail: str


class StaffAuditScreen(Screen):
    screen_id = ScreenId.STAFF_AUDIT
    resident_facing = False
    loaded = Signal()  # a page was read (or could not be)
    checked = Signal()  # the chain check finished (or could not run)

    def __init__(self, audit: AuditLog) -> None:
        super().__init__()
        self._audit = audit
        self.last_task: Task | None = None
        self._lines: list[Line] = []
        self._generation = 0  # a reload makes the answers of older loads stale
        self._title = label("", "title")
        self._check = label("", "body", name="audit_check")
        self._check_generation = 0
        self.last_check: Task | None = None
        self._filter_label = label("", "fieldLabel")
        self.filter = QComboBox(objectName="audit_filter")
        self.filter.setMinimumWidth(640)
        self.filter.activated.connect(lambda _index: self._reload())
        self._table = QGridLayout()
        self._table.setHorizontalSpacing(28)
        self._table.setVerticalSpacing(16)
        self._table.setColumnStretch(3, 1)
        self._status = label("", "body", name="audit_status")
        self._more = button("", "secondary", self._load_more, name="audit_more")
        self._back = button(
            "", "secondary", lambda: self.navigate.emit(ScreenId.STAFF_MENU), name="audit_back"
        )
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self._title, 1)
        top.addWidget(self._filter_label)
        top.addWidget(self.filter)
        table = QWidget(objectName="audit_table")
        table.setLayout(self._table)
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 24, 64, 32)
        column.setSpacing(16)
        column.addLayout(top)
        column.addWidget(self._check)
        column.addWidget(table)
        column.addWidget(self._status)
        column.addWidget(self._more, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        column.addWidget(self._back, 0, Qt.AlignmentFlag.AlignLeft)

    def retranslate(self) -> None:
        self._title.setText(tr("Audit", "Audit log"))
        self._filter_label.setText(tr("Audit", "Show"))
        self._more.setText(tr("Audit", "Load more"))
        self._back.setText(tr("Audit", "Back to the staff menu"))
        self._fill_filter([self.filter.itemData(i) for i in range(1, self.filter.count())])
        self._draw()

    # --- loading -----------------------------------------------------------------------------
    def enter(self, visit: Visit) -> None:
        self.filter.setCurrentIndex(0)
        self._reload()
        self._run_check()

    def wipe(self) -> None:
        self._generation += 1
        self._check_generation += 1
        self._check.setText("")
        self._lines = []
        self._draw()

    def _reload(self) -> None:
        self._lines = []
        self._load(None)

    def _load_more(self) -> None:
        self._load(self._lines[-1].id if self._lines else None)

    def _load(self, before_id: int | None) -> None:
        self._generation += 1
        generation, audit, action = self._generation, self._audit, self.filter.currentData()

        def work() -> tuple[list[str], list[Line]]:
            entries = audit.page(action, before_id, PAGE + 1)  # one more: is there a next page?
            lines = [Line(e.id, e.at, e.actor, e.action, e.detail) for e in entries]
            return audit.actions(), lines

        self._more.setEnabled(False)
        self._status.setText(tr("Audit", "Loading…"))
        self.last_task = run_in_background(
            work,
            on_done=lambda result: self._loaded(generation, *result),
            on_error=lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, actions: list[str], lines: list[Line]) -> None:
        if generation != self._generation:
            return
        self._fill_filter(actions)
        self._lines += lines[:PAGE]
        self._more.setVisible(len(lines) > PAGE)
        self._more.setEnabled(True)
        self._draw()
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._more.setEnabled(True)
            self._status.setText(tr("Audit", "The audit log could not be read.") + f" ({error})")
            self.loaded.emit()

    def _run_check(self) -> None:
        self._check_generation += 1
        generation = self._check_generation
        self._check.setText(tr("Audit", "Checking that no entry was changed…"))
        self.last_check = run_in_background(
            self._audit.check,
            on_done=lambda problem: self._checked(generation, problem),
            on_error=lambda error: self._checked(generation, error),
        )

    def _checked(self, generation: int, result: Problem | BaseException | None) -> None:
        if generation != self._check_generation:
            return
        if result is None:
            self._check.setText(tr("Audit", "The audit log is intact: no entry was changed."))
        elif isinstance(result, Problem):
            self._check.setText(problem_words(result))
        else:
            self._check.setText(tr("Audit", "The audit log could not be checked.") + f" ({result})")
        self.checked.emit()

    def _fill_filter(self, actions: list[str]) -> None:
        chosen = self.filter.currentData()
        self.filter.clear()
        self.filter.addItem(tr("Audit", "All actions"), None)
        for code in sorted(actions, key=action_words):
            self.filter.addItem(action_words(code), code)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))

    # --- drawing -----------------------------------------------------------------------------
    def _draw(self) -> None:
        while (item := self._table.takeAt(0)) is not None:
            if widget := item.widget():
                widget.setParent(None)  # gone now, not at the next event-loop turn
                widget.deleteLater()
        if not self._lines:
            self._status.setText(tr("Audit", "Nothing recorded."))
            self._more.hide()
            return
        self._status.setText("")
        headers = (
            tr("Audit", "When"),
            tr("Audit", "Who"),
            tr("Audit", "What"),
            tr("Audit", "Details"),
        )
        for column, text in enumerate(headers):
            self._table.addWidget(label(text, "fieldLabel"), 0, column)
        for row, line in enumerate(self._lines, start=1):
            cells = (
                label(f"{line.at:%d/%m/%Y %H:%M}", "hint", wrap=False),
                label(actor_words(line.actor), "hint", wrap=False),
                label(action_words(line.action), "body", name=f"audit_action_{line.id}"),
                label(_detail(line), "hint", name=f"audit_detail_{line.id}"),
            )
            for column, cell in enumerate(cells):
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self._table.addWidget(cell, row, column)


def _detail(line: Line) -> str:
    """The detail as stored, but a PIN change names its role in words."""
    return actor_words(line.detail) if line.action == "pin_changed" else line.detail


def problem_words(problem: Problem) -> str:
    """The first bad entry, as the admin reads it."""
    reasons = {
        "edited": tr("Audit", "its content was changed after it was written"),
        "unlinked": tr("Audit", "the entry before it was removed, or entries were moved"),
        "removed": tr("Audit", "it was removed"),
        "not_signed_head": tr(
            "Audit", "the log was changed at or before it and then made to look whole again"
        ),
        "bad_signature": tr("Audit", "its signed record does not carry the ward's signature"),
    }
    when = f"{problem.at:%d/%m/%Y %H:%M}" if problem.at else "?"
    return tr("Audit", "The audit log was changed. First wrong entry: no. {0} ({1}): {2}.").format(
        problem.entry_id, when, reasons[problem.code]
    )
