"""One small widget builder per phone component type.

A builder takes the component (from the tutorial schema) and a `PhoneContext` that knows
the language and where to report touches. Every touchable widget carries the component's
id as its objectName; touches come back as `Touch` values for the tutorial screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import tr
from kiosk.ui.phone.keypad import Keypad
from kiosk.ui.phone.widgets import QrView, WrapButton
from kiosk.ui.theme import set_role

TAP, ENTER, ITEM, TOGGLE, SCAN = "tap", "enter", "item", "toggle", "scan"
BUTTON_ROLES = {"primary": "phonePrimary", "secondary": "phoneSecondary", "link": "phoneLink"}
TEXT_ROLES = {
    "title": "phoneHeading",
    "body": "phoneText",
    "caption": "phoneLabel",
    "badge": "sampleBadge",
}


@dataclass(frozen=True)
class Touch:
    """What the resident did on the phone. `value`: typed text, or the list id of an item."""

    kind: str
    target: str
    value: str | None = None


@dataclass
class PhoneContext:
    language: str
    emit: Callable[[Touch], None]
    fields: dict[str, QLineEdit] = field(default_factory=dict)
    active_field: QLineEdit | None = None
    committed: dict[str, str] = field(default_factory=dict)

    def t(self, text: Any) -> str:
        return text.get(self.language) if text is not None else ""

    def field_for_keypad(self) -> QLineEdit | None:
        if self.active_field is not None:
            return self.active_field
        return next(iter(self.fields.values()), None)

    def commit(self, line: QLineEdit) -> None:
        self.committed[line.objectName()] = line.text()
        self.emit(Touch(ENTER, line.objectName(), line.text()))

    def pending(self, ident: str) -> str | None:
        """Text typed into field `ident`, if any: a button tap confirms it, as in real forms."""
        line = self.fields.get(ident)
        return line.text() if line is not None and line.text().strip() else None


class PhoneField(QLineEdit):
    """A big text field that tells the context it is the one a keypad types into."""

    def __init__(self, ctx: PhoneContext) -> None:
        super().__init__()
        self._ctx = ctx

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        previous, self._ctx.active_field = self._ctx.active_field, self
        super().focusInEvent(event)
        if previous is not None and previous is not self and previous.text().strip():
            if self._ctx.committed.get(previous.objectName()) != previous.text():
                self._ctx.commit(previous)  # moving on to the next field confirms this one


def _label(text: str, role: str, wrap: bool = True) -> QLabel:
    label = set_role(QLabel(text), role)
    label.setWordWrap(wrap)
    return label


def _box(role: str, spacing: int = 10, margins: int = 16) -> tuple[QFrame, QVBoxLayout]:
    frame = set_role(QFrame(), role)
    column = QVBoxLayout(frame)
    column.setContentsMargins(margins, margins, margins, margins)
    column.setSpacing(spacing)
    return frame, column


def _button(
    ctx: PhoneContext,
    ident: str | None,
    lines: list[tuple[str, str]],
    role: str,
    kind: str = TAP,
    value: str | None = None,
) -> WrapButton:
    button = set_role(WrapButton(lines), role)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not steal the field's focus
    if ident:
        button.setObjectName(ident)
        button.clicked.connect(lambda: ctx.emit(Touch(kind, ident, value)))
    return button


def build_app_bar(c: Any, ctx: PhoneContext) -> QWidget:
    bar = set_role(QFrame(), "phoneAppBar")
    row = QHBoxLayout(bar)
    row.setContentsMargins(12, 10, 12, 10)
    if c.back:
        back = set_role(QPushButton("‹"), "phoneBack")
        back.setAccessibleName(tr("Phone", "Back"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if c.id:
            back.setObjectName(c.id)
            back.clicked.connect(lambda: ctx.emit(Touch(TAP, c.id)))
        row.addWidget(back)
    elif c.id:
        bar.setObjectName(c.id)
    row.addWidget(_label(ctx.t(c.title), "phoneAppBarText"), 1)
    return bar


def build_text(c: Any, ctx: PhoneContext) -> QWidget:
    label = _label(ctx.t(c.text), TEXT_ROLES.get(c.style, "phoneText"))
    if c.style == "badge":
        label.setWordWrap(False)
    if c.id:
        label.setObjectName(c.id)
    return label


def build_field(c: Any, ctx: PhoneContext) -> QWidget:
    box = set_role(QWidget(), "phoneClear")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(6)
    column.addWidget(_label(ctx.t(c.label), "phoneLabel"))
    line = set_role(PhoneField(ctx), "phoneField")
    line.setObjectName(c.id)
    line.setAccessibleName(ctx.t(c.label))
    line.setPlaceholderText(ctx.t(c.placeholder))
    if c.length:
        line.setMaxLength(c.length)
    if c.kind == "password":
        line.setEchoMode(QLineEdit.EchoMode.Password)
    if c.kind in ("number", "otp"):
        line.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    if c.kind == "otp":
        line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        length = c.length
        line.textChanged.connect(lambda text: length and len(text) == length and ctx.commit(line))
    line.returnPressed.connect(lambda: ctx.commit(line))
    ctx.fields[c.id] = line
    column.addWidget(line)
    return box


def _press_key(ctx: PhoneContext, key: str) -> None:
    line = ctx.field_for_keypad()
    if line is None:
        return
    if key == "\n":
        ctx.commit(line)
    elif key == "\b":
        line.backspace()
    else:
        line.insert(key)


def build_keypad(c: Any, ctx: PhoneContext) -> QWidget:
    return Keypad(c.id or "keypad", c.kind, lambda key: _press_key(ctx, key))


def build_button(c: Any, ctx: PhoneContext) -> QWidget:
    button = _button(
        ctx, c.id, [(ctx.t(c.label), "phoneButtonText")], BUTTON_ROLES.get(c.style, "phonePrimary")
    )
    button.set_alignment(Qt.AlignmentFlag.AlignCenter)
    return button


def build_list(c: Any, ctx: PhoneContext) -> QWidget:
    frame, column = _box("phoneCard", spacing=0, margins=2)
    if c.id:
        frame.setObjectName(c.id)
    for item in c.items:
        lines = [
            (
                f"{item.icon}  {ctx.t(item.label)}"
                if item.icon and len(item.icon) <= 2
                else ctx.t(item.label),
                "phoneItemText",
            )
        ]
        if item.detail is not None:
            lines.append((ctx.t(item.detail), "phoneItemDetail"))
        column.addWidget(_button(ctx, item.id, lines, "phoneListItem", ITEM, c.id))
    return frame


def build_card(c: Any, ctx: PhoneContext) -> QWidget:
    lines = [(ctx.t(c.title), "phoneHeading")]
    if c.text is not None:
        lines.append((ctx.t(c.text), "phoneText"))
    if c.id:
        return _button(ctx, c.id, lines, "phoneTile")
    frame, column = _box("phoneCard")
    for text, role in lines:
        column.addWidget(_label(text, role))
    return frame


def _switch_face(on: bool) -> str:
    return ("●  " + tr("Phone", "On")) if on else ("○  " + tr("Phone", "Off"))


def build_toggle(c: Any, ctx: PhoneContext) -> QWidget:
    button = _button(
        ctx,
        c.id,
        [(ctx.t(c.label), "phoneItemText"), (_switch_face(c.on), "phoneSwitch")],
        "phoneToggle",
        TOGGLE,
    )
    button.setCheckable(True)
    button.setChecked(c.on)
    button.toggled.connect(lambda on: button.set_lines([ctx.t(c.label), _switch_face(on)]))
    return button


def build_checkbox(c: Any, ctx: PhoneContext) -> QWidget:
    def face(on: bool) -> str:
        return ("☑  " if on else "☐  ") + ctx.t(c.label)

    button = _button(ctx, c.id, [(face(c.checked), "phoneItemText")], "phoneCheckRow", TOGGLE)
    button.setCheckable(True)
    button.setChecked(c.checked)
    button.toggled.connect(lambda on: button.set_lines([face(on)]))
    return button


def build_qr_code(c: Any, ctx: PhoneContext) -> QWidget:
    frame, column = _box("phoneClear")
    qr = QrView(c.payload)
    if c.id:
        qr.setObjectName(c.id)
    column.addWidget(qr, 0, Qt.AlignmentFlag.AlignHCenter)
    if c.caption is not None:
        column.addWidget(_centred(ctx.t(c.caption), "phoneText"))
    if c.valid_seconds:
        column.addWidget(
            _centred(tr("Phone", "Valid for {0} seconds").format(c.valid_seconds), "phoneLabel")
        )
    return frame


def _centred(text: str, role: str) -> QLabel:
    label = _label(text, role)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def build_qr_scanner(c: Any, ctx: PhoneContext) -> QWidget:
    button = _button(
        ctx,
        c.id,
        [
            ("⌜            ⌝", "phoneViewfinderText"),
            (ctx.t(c.caption), "phoneViewfinderText"),
            (tr("Phone", "Tap here to scan"), "phoneViewfinderText"),
            ("⌞            ⌟", "phoneViewfinderText"),
        ],
        "phoneViewfinder",
        SCAN,
    )
    button.set_alignment(Qt.AlignmentFlag.AlignCenter)
    button.setMinimumHeight(300)
    return button


def build_notification(c: Any, ctx: PhoneContext) -> QWidget:
    lines = [(c.app, "phoneLabel"), (ctx.t(c.title), "phoneHeading"), (ctx.t(c.text), "phoneText")]
    return _button(ctx, c.id, lines, "phoneBanner")


def build_sms(c: Any, ctx: PhoneContext) -> QWidget:
    lines = [
        (tr("Phone", "Message from {0}").format(c.sender), "phoneLabel"),
        (ctx.t(c.text), "phoneText"),
    ]
    return _button(ctx, c.id, lines, "phoneSms")


def build_incoming_call(c: Any, ctx: PhoneContext) -> QWidget:
    frame, column = _box("phoneCall", spacing=18, margins=24)
    if c.id:
        frame.setObjectName(c.id)
    column.addWidget(_centred(tr("Phone", "Incoming call"), "phoneCallLabel"))
    column.addWidget(_centred(ctx.t(c.caller), "phoneCallText"))
    column.addSpacing(40)
    row = QHBoxLayout()
    row.setSpacing(24)
    for ident, text, role in (
        (c.decline_id, tr("Phone", "Decline"), "phoneDecline"),
        (c.accept_id, tr("Phone", "Accept"), "phoneAccept"),
    ):
        button = _button(ctx, ident, [(text, "phoneButtonText")], role)
        button.set_alignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(button)
    column.addLayout(row)
    return frame


def build_dialog(c: Any, ctx: PhoneContext) -> QWidget:
    frame, column = _box("phoneDialog", spacing=14, margins=22)
    if c.id:
        frame.setObjectName(c.id)
    column.addWidget(_label(ctx.t(c.title), "phoneHeading"))
    column.addWidget(_label(ctx.t(c.text), "phoneText"))
    for b in c.buttons:
        button = _button(
            ctx,
            b.id,
            [(ctx.t(b.label), "phoneButtonText")],
            BUTTON_ROLES.get(b.style, "phonePrimary"),
        )
        button.set_alignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(button)
    return frame


def build_document(c: Any, ctx: PhoneContext) -> QWidget:
    frame, column = _box("phoneDocument", spacing=6, margins=20)
    if c.id:
        frame.setObjectName(c.id)
    column.addWidget(_centred(ctx.t(c.title), "phoneDocTitle"))
    for line in c.lines:
        column.addWidget(_label(ctx.t(line), "phoneDocText"))
    return frame


def build_chat(c: Any, ctx: PhoneContext) -> QWidget:
    box = set_role(QWidget(), "phoneClear")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(12)
    if c.id:
        box.setObjectName(c.id)
    for bubble in c.bubbles:
        mine = bubble.sender == "me"
        label = _label(ctx.t(bubble.text), "phoneBubbleOut" if mine else "phoneBubbleIn")
        row = QHBoxLayout()
        if mine:
            row.addStretch(1)
        row.addWidget(label, 4)
        if not mine:
            row.addStretch(1)
        column.addLayout(row)
    return box


BUILDERS: dict[str, Callable[[Any, PhoneContext], QWidget]] = {
    "app_bar": build_app_bar,
    "text": build_text,
    "field": build_field,
    "keypad": build_keypad,
    "button": build_button,
    "list": build_list,
    "card": build_card,
    "toggle": build_toggle,
    "checkbox": build_checkbox,
    "qr_code": build_qr_code,
    "qr_scanner": build_qr_scanner,
    "notification": build_notification,
    "sms": build_sms,
    "incoming_call": build_incoming_call,
    "dialog": build_dialog,
    "document": build_document,
    "chat": build_chat,
}


def build(component: Any, ctx: PhoneContext) -> QWidget:
    return BUILDERS[component.type](component, ctx)
