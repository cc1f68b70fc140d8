"""The instruction panel beside the simulated phone: what to do now, and five big buttons.

What an entry step needs (the instruction and the value to type) comes first, so that it
is seen without scrolling at 100 % and 130 % text; the hint is one compact note at the end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import tr
from kiosk.ui.phone.frame import KeepInView
from kiosk.ui.phone.widgets import WrapButton
from kiosk.ui.theme import set_role


def _label(role: str, name: str) -> QLabel:
    label = set_role(QLabel(), role)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ElidedLabel(QLabel):
    """One line that ends in "…" when the room is short; the whole text stays for screen readers."""

    def __init__(self, role: str, name: str) -> None:
        super().__init__()
        self.full = ""  # before set_role: polishing sends a FontChange
        set_role(self, role)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        elided = self.fontMetrics().elidedText(
            self.full, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        if elided != self.text():
            self.setText(elided)


class ButtonRow(QWidget):
    """The panel buttons in as many columns as fit (at least two); long labels wrap."""

    def __init__(self, buttons: list[WrapButton]) -> None:
        super().__init__()
        self.buttons = buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self._columns = 0
        self._place(2)

    def _wanted(self) -> int:
        for columns in range(len(self.buttons), 2, -1):
            if self._width_for(columns) <= self.width():
                return columns
        return 2

    def _width_for(self, columns: int) -> int:
        """The room `columns` columns need: each as wide as its widest one-line label."""
        widths = [0] * columns
        for index, button in enumerate(self.buttons):
            if not button.isHidden():
                label = button.labels[0]
                need = label.fontMetrics().horizontalAdvance(label.text()) + 60
                widths[index % columns] = max(widths[index % columns], need)
        used = [w for w in widths if w]
        return sum(used) + self.grid.spacing() * (len(used) - 1)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Two by two at the least: one row must never make the panel wider than the room."""
        widest = max(max(b.minimumSizeHint().width(), b.minimumWidth()) for b in self.buttons)
        return QSize(2 * widest + self.grid.spacing(), super().minimumSizeHint().height())

    def relayout(self) -> None:
        self._place(self._wanted())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self.relayout()


class InstructionPanel(QFrame):
    """Step counter, instruction, practice data, kind feedback, hint, and the five buttons."""

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "panel")
        self.counter = ElidedLabel("stepCounter", "stepCounter")
        self.instruction = _label("instruction", "instruction")
        self.sample_title = _label("noteTitle", "sampleTitle")
        self.sample = _label("sampleValue", "sampleData")
        self.sample.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.sample_box = self._boxed("card", QVBoxLayout(), self.sample_title, self.sample)
        self.feedback_title = _label("noteTitle", "feedbackTitle")
        self.feedback = _label("body", "feedback")
        self.feedback_box = self._boxed(
            "kindNote", QVBoxLayout(), self.feedback_title, self.feedback
        )
        self.hint_title = _label("noteTitle", "hintTitle")
        self.hint_title.setWordWrap(False)
        self.hint = _label("body", "hint")
        self.hint_box = self._boxed("hintNote", QHBoxLayout(), self.hint_title, self.hint)
        self.repeat, self.slow, self.hint_button, self.back, self.exit = (
            self._button(name)
            for name in ("repeatButton", "slowButton", "hintButton", "backButton", "exitButton")
        )
        self.slow_on = False
        self.buttons = ButtonRow([self.repeat, self.slow, self.hint_button, self.back, self.exit])
        self._layout()

    @staticmethod
    def _button(name: str) -> WrapButton:
        button = set_role(WrapButton([("", "panelButtonText")]), "secondary")
        button.set_alignment(Qt.AlignmentFlag.AlignCenter)
        button.setObjectName(name)
        return button

    @staticmethod
    def _boxed(role: str, layout: QBoxLayout, *labels: QLabel) -> QFrame:
        box = set_role(QFrame(), role)
        box.setLayout(layout)
        layout.setContentsMargins(22, 10, 22, 12)
        layout.setSpacing(12 if isinstance(layout, QHBoxLayout) else 2)
        for label in labels:
            layout.addWidget(label, 0 if label.objectName().endswith("Title") else 1)
        if isinstance(layout, QHBoxLayout):
            layout.setAlignment(labels[0], Qt.AlignmentFlag.AlignTop)
        box.hide()
        return box

    def _layout(self) -> None:
        body = set_role(QWidget(), "panelBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(14)
        for widget in (
            self.counter,
            self.instruction,
            self.sample_box,
            self.feedback_box,
            self.hint_box,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = set_role(QScrollArea(), "panelBody")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        set_role(self.scroll.viewport(), "panelBody")
        self.in_view = KeepInView(self.scroll, margin=8)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.buttons)

    def retranslate(self) -> None:
        for button, text in (
            (self.repeat, tr("Tutorial", "Listen again")),
            (self.hint_button, tr("Tutorial", "Hint")),
            (self.back, tr("Tutorial", "Previous step")),
            (self.exit, tr("Tutorial", "Leave lesson")),
        ):
            button.set_lines([text])
        self.set_slow(self.slow_on)
        self.hint_title.setText(tr("Tutorial", "Hint"))
        self.feedback_title.setText(tr("Tutorial", "Not quite. That's all right, try again"))
        self.buttons.relayout()

    def set_slow(self, on: bool) -> None:
        """Show whether the voice speaks slowly: a tick, since a checked button's labels
        would keep the dark text on the dark checked background."""
        self.slow_on = on
        text = tr("Tutorial", "Slower voice")
        self.slow.set_lines([f"✓ {text}" if on else text])
        self.slow.setProperty("on", on)
        self.buttons.relayout()

    def reveal(self, new_step: bool) -> None:
        """Show the instruction, the value to type and any mistake without scrolling."""
        if new_step:
            self.scroll.verticalScrollBar().setValue(0)
        self.scroll.widget().layout().activate()
        wanted = [self.counter, self.instruction, self.feedback_box, self.sample_box]
        self.in_view.show([w for w in wanted if not w.isHidden()])

    def clear(self) -> None:
        self.counter.set_full_text("")
        for label in (self.instruction, self.hint, self.feedback, self.sample, self.sample_title):
            label.clear()
        for box in (self.feedback_box, self.hint_box, self.sample_box):
            box.hide()
