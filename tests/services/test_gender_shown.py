"""A resident's optional gender, as staff see it: their data export (PDF, JSON) and the CSV."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata

from kiosk.documents.resident_report import render_resident_report
from kiosk.services.audit import AuditLog
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.privacy import PrivacyService, record_to_json
from kiosk.services.residents_io import export_rows


def pdftotext(pdf: bytes) -> str:
    args = ["pdftotext", "-enc", "UTF-8", "-", "-"]
    out = subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()
    return unicodedata.normalize("NFC", out)


def test_gender_given_at_check_in_is_in_the_report_the_json_and_the_export(session_factory, clock):
    checkin = CheckInService(session_factory, clock, "kiosk-1")
    privacy = PrivacyService(session_factory, clock, AuditLog(session_factory, clock))
    her = checkin.register(NewResident("Lâm Thị Hoa", 1950, "Khu phố 1", gender="nữ")).id
    him = checkin.register(NewResident("Lâm Văn Cường", 1951, "Khu phố 1")).id

    record = privacy.everything(her)
    assert record.resident.gender == "nu"
    assert json.loads(record_to_json(record))["resident"]["gender"] == "nu"
    assert re.search(r"Giới tính\s+Nữ", pdftotext(render_resident_report(record, {})))
    his_report = render_resident_report(privacy.everything(him), {})
    assert re.search(r"Giới tính\s+—", pdftotext(his_report))
    assert [(r[0], r[4]) for r in export_rows(session_factory, "staff")] == [
        ("Lâm Thị Hoa", "Nữ"),
        ("Lâm Văn Cường", ""),
    ]
