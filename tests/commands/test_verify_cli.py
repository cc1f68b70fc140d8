"""`kiosk verify` and `kiosk keys` through the real entry point and a real data directory."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from kiosk.cli import main
from kiosk.core.clock import FixedClock
from kiosk.core.config import load_settings
from kiosk.documents.certificate import CertificateDocument, render_certificate
from kiosk.services.certificates import CertificateService
from kiosk.storage.engine import open_database
from kiosk.storage.models import Certificate, Resident


def use_data_dir(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(path))
    monkeypatch.setenv("KIOSK_CONFIG", str(path / "no-settings.toml"))
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)


def kiosk_service() -> CertificateService:
    settings = load_settings()
    _engine, factory = open_database(settings.effective_database_url)
    return CertificateService(factory, FixedClock(datetime(2026, 11, 29, 9, 0)), settings.ward_name)


@pytest.fixture
def service(tmp_path, monkeypatch) -> CertificateService:
    use_data_dir(monkeypatch, tmp_path / "ward-a")
    return kiosk_service()


@pytest.fixture
def issued(service):
    with service._sessions.begin() as s:
        resident = Resident(
            full_name="Võ Thị Sáu",
            name_folded="vo thi sau",
            birth_year=1952,
            neighbourhood="Khu phố 2",
            created_at=datetime(2026, 1, 1),
        )
        s.add(resident)
        s.flush()
        resident_id = resident.id
    return service.issue(resident_id, "qr-pay", "Thanh toán bằng mã QR")


@pytest.fixture
def pdf_path(issued, tmp_path) -> Path:
    path = tmp_path / "giay-chung-nhan.pdf"
    path.write_bytes(render_certificate(CertificateDocument.from_issued(issued)))
    return path


def test_valid_pdf_exits_0_and_shows_the_details(pdf_path, capsys):
    assert main(["verify", str(pdf_path)]) == 0
    out = capsys.readouterr().out
    assert "HỢP LỆ / VALID" in out
    for detail in ("Phường Bến Thành", "29/11/2026", "Thanh toán bằng mã QR", "Võ Thị Sáu"):
        assert detail in out


def test_payload_text_and_typed_code_are_accepted(issued, capsys):
    assert main(["verify", issued.payload]) == 0
    assert main(["verify", issued.code.lower()]) == 0
    assert capsys.readouterr().out.count("HỢP LỆ / VALID") == 2


def test_tampered_payload_exits_1_with_the_reason(issued, capsys):
    position = len(issued.payload) // 2
    tampered = (
        issued.payload[:position]
        + ("A" if issued.payload[position] != "A" else "B")
        + issued.payload[position + 1 :]
    )
    assert main(["verify", tampered]) == 1
    out = capsys.readouterr().out
    assert "KHÔNG HỢP LỆ / INVALID" in out
    assert "bad_signature" in out or "malformed" in out


def test_revoked_and_erased(service, issued, pdf_path, capsys):
    with service._sessions.begin() as s:
        s.get(Certificate, issued.id).holder_erased = True
    assert main(["verify", str(pdf_path)]) == 0
    assert "erased" in capsys.readouterr().out
    service.revoke(issued.id, "Cấp nhầm", actor="staff")
    assert main(["verify", str(pdf_path)]) == 1
    assert "revoked" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"%PDF-1.4 garbage", b"\x00\x01 not anything", b"PNG"])
def test_garbage_file_exits_2(service, tmp_path, content, capsys):
    path = tmp_path / "scan.pdf"
    path.write_bytes(content)
    assert main(["verify", str(path)]) == 2


def test_image_without_a_qr_exits_2(service, tmp_path):
    blank = io.BytesIO()
    Image.new("L", (400, 300), 255).save(blank, format="PNG")
    path = tmp_path / "blank.png"
    path.write_bytes(blank.getvalue())
    assert main(["verify", str(path)]) == 2
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 2


def test_other_ward_is_trusted_after_key_exchange(pdf_path, tmp_path, monkeypatch, capsys):
    key_file = tmp_path / "ward-a.key"
    assert main(["keys", "export", "--out", str(key_file)]) == 0

    use_data_dir(monkeypatch, tmp_path / "ward-b")
    assert main(["verify", str(pdf_path)]) == 1
    assert "unknown_key" in capsys.readouterr().out
    assert main(["keys", "trust", str(key_file)]) == 0
    assert main(["verify", str(pdf_path)]) == 0
    assert "HỢP LỆ / VALID" in capsys.readouterr().out


def test_keys_export_to_stdout_and_bad_key_file(service, tmp_path, capsys):
    assert main(["keys", "export"]) == 0
    assert f"Key-Id: {service.ensure_key()}" in capsys.readouterr().out
    bad = tmp_path / "bad.key"
    bad.write_text("Public-Key: not-base64", encoding="utf-8")
    assert main(["keys", "trust", str(bad)]) == 1
