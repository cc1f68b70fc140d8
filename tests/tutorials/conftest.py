"""A tiny, valid tutorial to mutate in loader and engine tests."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.core.clock import FixedClock


def _t(vi: str, en: str) -> dict[str, str]:
    return {"vi": vi, "en": en}


MINI: dict[str, Any] = {
    "id": "mini",
    "version": 1,
    "topic": "vneid",
    "icon": "id-card",
    "minutes": 3,
    "title": _t("Bài mẫu", "Sample lesson"),
    "summary": _t("Tập nhập mã", "Practise typing a code"),
    "safety": [_t("Không đưa mã OTP cho ai.", "Never share an OTP.")],
    "checked": date(2025, 2, 1),
    "sources": [
        {
            "title": "Hướng dẫn mẫu",
            "publisher": "Phường Mẫu",
            "date": "2025-01",
            "address": "https://example.gov.vn/huong-dan",
        }
    ],
    "practice_data": {
        "id_number": {"label": _t("Số định danh", "ID number"), "value": "000123456789"},
        "otp": {"label": _t("Mã OTP", "OTP"), "value": "246810"},
        "answer": {"label": _t("Câu trả lời", "Answer"), "value": "Mực"},
    },
    "screens": {
        "form": {
            "title": _t("Kích hoạt", "Activate"),
            "components": [
                {
                    "type": "field",
                    "id": "id_number",
                    "kind": "number",
                    "label": _t("Số định danh cá nhân", "Personal ID number"),
                },
                {
                    "type": "field",
                    "id": "phone",
                    "kind": "number",
                    "label": _t("Số điện thoại", "Phone"),
                },
                {"type": "button", "id": "btn_send", "label": _t("Gửi yêu cầu", "Send")},
            ],
        },
        "otp": {
            "components": [
                {
                    "type": "sms",
                    "id": "sms",
                    "sender": "VNeID",
                    "text": _t("Mã: {practice.otp}", "Code: {practice.otp}"),
                },
                {
                    "type": "field",
                    "id": "otp_box",
                    "kind": "otp",
                    "length": 6,
                    "label": _t("Mã OTP", "OTP"),
                },
                {
                    "type": "list",
                    "id": "questions",
                    "items": [
                        {"id": "q_pet", "label": _t("Con vật nuôi?", "Pet?")},
                        {"id": "q_food", "label": _t("Món ăn?", "Food?")},
                    ],
                },
                {"type": "field", "id": "answer", "label": _t("Trả lời", "Answer")},
            ],
        },
    },
    "steps": [
        {
            "id": "enter_id",
            "screen": "form",
            "action": "enter",
            "target": "id_number",
            "expect": "{practice.id_number}",
            "instruction": _t("Nhập số định danh", "Type the ID number"),
            "hint": _t("Ô trên cùng", "The top box"),
            "mistakes": {
                "phone": _t(
                    "Đây là ô số điện thoại. Hãy chạm vào ô Số định danh cá nhân ở trên.",
                    "This is the phone box. Tap the Personal ID number box above.",
                )
            },
            "mistake": _t("Chưa đúng.", "Not quite."),
        },
        {
            "id": "send",
            "screen": "form",
            "action": "tap",
            "target": "btn_send",
            "instruction": _t("Chạm Gửi yêu cầu", "Tap Send"),
            "hint": _t("Nút xanh", "Blue button"),
        },
        {
            "id": "enter_otp",
            "screen": "otp",
            "action": "enter",
            "target": "otp_box",
            "expect": "{practice.otp}",
            "instruction": _t("Nhập mã OTP", "Type the OTP"),
            "hint": _t("Xem tin nhắn", "See the SMS"),
        },
        {
            "id": "pick",
            "screen": "otp",
            "action": "choose",
            "target": "questions",
            "expect": "q_pet",
            "instruction": _t("Chọn câu hỏi con vật", "Choose the pet question"),
            "hint": _t("Câu đầu tiên", "The first one"),
            "mistakes": {"questions": _t("Hãy chọn câu về con vật nuôi.", "Choose the pet one.")},
        },
        {
            "id": "answer",
            "screen": "otp",
            "action": "enter",
            "target": "answer",
            "expect": "{practice.answer}",
            "match": "fold",
            "instruction": _t("Trả lời", "Answer"),
            "hint": _t("Xem dữ liệu mẫu", "See sample data"),
        },
    ],
}


@pytest.fixture
def mini() -> dict[str, Any]:
    return copy.deepcopy(MINI)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2025, 3, 1, 8, 0, 0))


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[..., Path]:
    def write(data: Any, name: str = "mini.yaml", folder: Path | None = None) -> Path:
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return path

    return write
