"""What the kiosk stores about one resident, as the staff see it and export it (JSON here;
the PDF is rendered in kiosk/documents/resident_report.py)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from kiosk.services.volunteer import AssistanceInfo, HelpRequestInfo

EXPORT_FORMAT = "morning-coffee-resident-export"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class ResidentInfo:
    id: str
    full_name: str
    birth_year: int
    neighbourhood: str
    phone: str | None
    gender: str | None
    created_at: datetime


@dataclass(frozen=True)
class ConsentInfo:
    agreed: bool
    text_version: str
    kiosk_id: str
    at: datetime


@dataclass(frozen=True)
class CheckInInfo:
    at: datetime
    kiosk_id: str
    session_title: str
    session_day: date


@dataclass(frozen=True)
class StepInfo:
    step_index: int
    step_id: str
    seconds: float
    mistakes: int
    hints: int
    outcome: str


@dataclass(frozen=True)
class RunInfo:
    tutorial_id: str
    mode: str
    started_at: datetime
    finished_at: datetime | None
    completed: bool
    passed: bool
    steps: tuple[StepInfo, ...]


@dataclass(frozen=True)
class CertificateInfo:
    code: str
    module: str
    module_title: str
    issued_on: date
    revoked_reason: str | None


@dataclass(frozen=True)
class ResidentRecord:
    """Everything stored about one resident, as of `made_at`."""

    resident: ResidentInfo
    consents: tuple[ConsentInfo, ...]
    checkins: tuple[CheckInInfo, ...]
    tutorial_runs: tuple[RunInfo, ...]
    certificates: tuple[CertificateInfo, ...]
    made_at: datetime
    help_requests: tuple[HelpRequestInfo, ...] = ()
    assistance: tuple[AssistanceInfo, ...] = ()


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


def record_to_json(record: ResidentRecord) -> bytes:
    document = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, **asdict(record)}
    text_ = json.dumps(_nfc(document), ensure_ascii=False, sort_keys=True, indent=2)
    return (text_ + "\n").encode("utf-8")
