"""The simulated phone: every component renders, touches come back, the frame is always marked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget
from qt_helpers import tap, type_text

from kiosk.tutorials.components import (
    AppBar,
    Bubble,
    Button,
    Card,
    Chat,
    Checkbox,
    Dialog,
    DialogButton,
    Document,
    IncomingCall,
    InputField,
    Keypad,
    ListBlock,
    ListItem,
    Notification,
    QrCode,
    QrScanner,
    Sms,
    Text,
    TextBlock,
    Toggle,
)
from kiosk.ui.phone.components import BUILDERS, PhoneContext, Touch, build
from kiosk.ui.phone.frame import PhoneFrame
from kiosk.ui.phone.render import PhoneRenderer


def t(vi: str) -> Text:
    return Text(vi=vi, en=vi)


SAMPLES = {
    "app_bar": AppBar(type="app_bar", id="bar", title=t("VNeID"), back=True),
    "text": TextBlock(type="text", id="txt", text=t("Xin chào")),
    "field": InputField(type="field", id="fld", kind="otp", length=6, label=t("Mã OTP")),
    "keypad": Keypad(type="keypad", id="pad"),
    "button": Button(type="button", id="btn", label=t("Gửi yêu cầu")),
    "list": ListBlock(type="list", id="lst", items=[ListItem(id="item_a", label=t("Một"))]),
    "card": Card(type="card", id="crd", title=t("Thẻ")),
    "toggle": Toggle(type="toggle", id="tgl", label=t("Xác minh qua QR")),
    "checkbox": Checkbox(type="checkbox", id="chk", label=t("Tôi xác nhận")),
    "qr_code": QrCode(type="qr_code", id="qr", payload="MAU-THU", valid_seconds=60),
    "qr_scanner": QrScanner(type="qr_scanner", id="scan", caption=t("Quét mã")),
    "notification": Notification(
        type="notification", id="ntf", app="VNeID", title=t("A"), text=t("B")
    ),
    "sms": Sms(type="sms", id="sms", sender="VNeID", text=t("Hồ sơ đã được phê duyệt")),
    "incoming_call": IncomingCall(type="incoming_call", id="call", caller=t("Số lạ")),
    "dialog": Dialog(
        type="dialog",
        id="dlg",
        title=t("Xác nhận"),
        text=t("Chắc chưa?"),
        buttons=[DialogButton(id="dlg_ok", label=t("Đồng ý"))],
    ),
    "document": Document(type="document", id="doc", title=t("Đơn"), lines=[t("Dòng 1")]),
    "chat": Chat(type="chat", id="cht", bubbles=[Bubble(sender="me", text=t("Chào"))]),
}


def test_every_component_type_has_a_sample():
    assert set(SAMPLES) == set(BUILDERS)


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_component_renders_with_its_id_as_object_name(qtbot, styled, kind):
    touches: list[Touch] = []
    widget = build(SAMPLES[kind], PhoneContext("vi", touches.append))
    qtbot.addWidget(widget)
    widget.show()
    ident = SAMPLES[kind].id
    found = widget if widget.objectName() == ident else widget.findChild(QWidget, ident)
    assert found is not None, f"{kind}: nothing named {ident}"


@pytest.mark.parametrize(
    ("kind", "ident", "expected"),
    [
        ("button", "btn", Touch("tap", "btn")),
        ("list", "item_a", Touch("item", "item_a", "lst")),
        ("toggle", "tgl", Touch("toggle", "tgl")),
        ("checkbox", "chk", Touch("toggle", "chk")),
        ("qr_scanner", "scan", Touch("scan", "scan")),
        ("incoming_call", "decline", Touch("tap", "decline")),
        ("dialog", "dlg_ok", Touch("tap", "dlg_ok")),
        ("app_bar", "bar", Touch("tap", "bar")),
    ],
)
def test_tapping_a_target_reports_it(qtbot, styled, kind, ident, expected):
    touches: list[Touch] = []
    widget = build(SAMPLES[kind], PhoneContext("vi", touches.append))
    qtbot.addWidget(widget)
    widget.show()
    tap(widget.findChild(QWidget, ident) or widget)
    assert touches == [expected]


def test_otp_field_commits_when_full_and_keypad_types_into_it(qtbot, styled):
    touches: list[Touch] = []
    ctx = PhoneContext("vi", touches.append)
    host = QWidget()
    qtbot.addWidget(host)
    build(SAMPLES["field"], ctx).setParent(host)
    pad = build(SAMPLES["keypad"], ctx)
    pad.setParent(host)
    host.show()
    for digit in "24681":
        tap(pad.findChild(QWidget, f"pad-{digit}"))
    assert host.findChild(QLineEdit, "fld").text() == "24681"
    assert touches == []
    tap(pad.findChild(QWidget, "pad-0"))
    assert touches == [Touch("enter", "fld", "246810")]


def test_vietnamese_typing_and_return_commit(qtbot, styled):
    touches: list[Touch] = []
    field = InputField(type="field", id="name", label=t("Tên"))
    widget = build(field, PhoneContext("vi", touches.append))
    qtbot.addWidget(widget)
    widget.show()
    line = widget.findChild(QLineEdit, "name")
    type_text(line, "Mực")
    line.returnPressed.emit()
    assert touches == [Touch("enter", "name", "Mực")]


def test_frame_always_shows_the_practice_ribbon(qtbot, styled, vietnamese):
    frame = PhoneFrame()
    qtbot.addWidget(frame)
    frame.resize(600, 1040)
    frame.show()
    qtbot.waitExposed(frame)
    assert frame.ribbon.text == "MÔ PHỎNG"
    assert frame.ribbon.isVisible()
    rect = frame.phone_rect()
    assert abs(rect.width() / rect.height() - 0.56) < 0.01


def test_highlight_pulses_on_the_target_and_clears(qtbot, styled, catalog):
    tutorial = catalog.all()[0]
    frame = PhoneFrame()
    qtbot.addWidget(frame)
    renderer = PhoneRenderer(frame)
    screen_id = tutorial.steps[0].screen
    renderer.show_screen(screen_id, tutorial.screens[screen_id], PhoneContext("vi", print), True)
    target = tutorial.steps[0].target
    renderer.highlight(target)
    widget = renderer.find(target)
    assert widget.property("highlight") == "on"
    qtbot.waitUntil(lambda: widget.property("highlight") == "alt", timeout=2000)
    renderer.highlight(None)
    assert widget.property("highlight") is None
