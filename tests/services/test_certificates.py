"""Certificate signing and verification against a real SQLite database."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from kiosk.core.errors import NotFound, ValidationError
from kiosk.documents.qr import qr_version
from kiosk.services.certificates import (
    B45,
    PREFIX,
    CertificateService,
    b45decode,
    b45encode,
    parse_payload,
)
from kiosk.services.checkin import CheckInService
from kiosk.services.checkin_qr import lookup_payload
from kiosk.storage.engine import open_database
from kiosk.storage.models import Certificate, Resident, SigningKey

WARD = "Phường Bến Thành"
# Hypothesis reuses one database per test function; verification only reads it.
READ_ONLY_DB = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=300
)


@pytest.fixture
def service(session_factory, clock) -> CertificateService:
    return CertificateService(session_factory, clock, WARD)


@pytest.fixture
def issued(service, make_resident):
    resident_id = make_resident("Nguyễn Thị Ngọc Ánh", 1958)
    return service.issue(resident_id, "vneid-l2", "Kích hoạt tài khoản định danh điện tử mức 2")


def other_ward(tmp_path, migrated_template, clock, name="Phường Sài Gòn"):
    """A second kiosk with its own database and key."""
    path = tmp_path / "other.sqlite3"
    path.write_bytes(migrated_template.read_bytes())
    _engine, factory = open_database(f"sqlite:///{path}")
    with factory.begin() as s:
        s.add(
            Resident(
                full_name="Lê Văn Tám",
                name_folded="le van tam",
                birth_year=1950,
                neighbourhood="Khu phố 1",
                created_at=datetime(2026, 1, 1),
            )
        )
    with factory() as s:
        resident_id = s.query(Resident.id).scalar()
    return CertificateService(factory, clock, name), resident_id


def test_key_is_created_once_and_named_by_its_public_key(service, session_factory):
    key_id = service.ensure_key()
    assert service.ensure_key() == key_id
    with session_factory() as s:
        keys = s.query(SigningKey).all()
    assert len(keys) == 1 and keys[0].private_key is not None
    assert key_id == hashlib.sha256(keys[0].public_key).digest()[:8].hex()


def test_issued_certificate_verifies_with_its_details(service, issued, clock):
    result = service.verify(issued.payload)
    assert result.valid and result.reason == "ok"
    assert result.certificate_id == issued.id
    assert result.issued_on == clock.today() == issued.issued_on
    assert (result.ward_name, result.module) == (WARD, "vneid-l2")
    assert result.module_title == "Kích hoạt tài khoản định danh điện tử mức 2"
    assert result.holder_name == "Nguyễn Thị Ngọc Ánh" and not result.holder_erased


def test_certificate_row_is_stored(service, issued, session_factory):
    with session_factory() as s:
        row = s.get(Certificate, issued.id)
    assert row.code == issued.code and row.payload == issued.payload
    assert row.key_id == service.ensure_key()


def test_payload_carries_no_personal_data_in_clear(issued):
    raw = b45decode(issued.payload.removeprefix(PREFIX))
    for text in ("Nguyễn", "Ánh", "Ngoc", "1958"):
        assert text.encode() not in raw
        assert text not in issued.payload


def test_every_single_byte_flip_is_rejected(service, issued):
    raw = b45decode(issued.payload.removeprefix(PREFIX))
    for index in range(len(raw)):
        for mask in (0x01, 0x10, 0x80, 0xFF):
            tampered = bytearray(raw)
            tampered[index] ^= mask
            result = service.verify(PREFIX + b45encode(bytes(tampered)))
            assert not result.valid, (index, mask)
            assert result.reason in {"malformed", "bad_signature", "unknown_key"}


@READ_ONLY_DB
@given(data=st.data())
def test_any_changed_character_is_rejected(service, issued, data):
    text = issued.payload
    index = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(
        st.sampled_from(B45 + "abcxyz_=é\n").filter(lambda ch: ch != text[index])
    )
    result = service.verify(text[:index] + replacement + text[index + 1 :])
    assert not result.valid


@READ_ONLY_DB
@given(
    junk=st.one_of(st.text(max_size=300), st.text(alphabet=B45, max_size=300).map(PREFIX.__add__))
)
def test_garbage_never_raises(service, junk):
    result = service.verify(junk)
    assert not result.valid and result.reason in {"malformed", "unknown_key", "bad_signature"}
    assert result.message.endswith(".")


def test_truncated_and_extended_payloads_are_malformed(service, issued):
    assert service.verify(issued.payload[:-3]).reason == "malformed"
    assert service.verify(issued.payload + "000").reason == "malformed"
    assert service.verify("").reason == "malformed"
    assert service.verify(None).reason == "malformed"  # type: ignore[arg-type]


def test_other_wards_certificate_is_unknown_until_trusted(
    service, tmp_path, migrated_template, clock
):
    other, resident_id = other_ward(tmp_path, migrated_template, clock)
    foreign = other.issue(resident_id, "qr-pay", "Thanh toán bằng mã QR")
    assert service.verify(foreign.payload).reason == "unknown_key"

    key_id = service.trust(other.export_public_key())

    result = service.verify(foreign.payload)
    assert result.valid and key_id == other.ensure_key()
    assert result.ward_name == "Phường Sài Gòn" and result.module == "qr-pay"
    assert result.holder_name is None and result.module_title is None
    assert service.ensure_key() != key_id  # trusting does not replace our own signing key


def signed_by(factory, payload):
    """`payload` signed again with the private key stored in `factory`'s database."""
    from dataclasses import replace

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with factory() as s:
        key = s.query(SigningKey).filter(SigningKey.private_key.is_not(None)).one()
        private, key_id = key.private_key, bytes.fromhex(key.key_id)
    unsigned = replace(payload, key_id=key_id, signature=b"")
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(unsigned.signed_part())
    return replace(unsigned, signature=signature).text()


def test_another_wards_certificate_with_our_id_does_not_stand_in_for_ours(
    service, issued, session_factory, tmp_path, migrated_template, clock
):
    # given a trusted ward that signs a certificate carrying the id of one issued here
    other, _resident_id = other_ward(tmp_path, migrated_template, clock)
    service.trust(other.export_public_key())
    ours = parse_payload(issued.payload)
    colliding = signed_by(other._sessions, ours)
    assert parse_payload(colliding).cert_id == ours.cert_id

    # when it is checked here, and scanned at check-in
    result = service.verify(colliding)
    found = lookup_payload(
        colliding, service, CheckInService(session_factory, clock, "kiosk-1"), session_factory
    )

    # then it reads as the other ward's, with nothing of our holder or our record
    assert result.valid and result.ward_name == "Phường Sài Gòn"
    assert result.holder_name is None and result.module_title is None
    assert not result.issued_here
    assert (found.reason, found.match, found.ward_name) == ("other_ward", None, "Phường Sài Gòn")
    # and revoking ours does not make theirs read as revoked, nor the other way round
    service.revoke(issued.id, "lost", actor="staff")
    assert service.verify(colliding).reason == "ok"
    assert service.verify(issued.payload).reason == "revoked"


def test_our_certificate_reads_as_issued_here(service, issued):
    assert service.verify(issued.payload).issued_here


def test_trust_rejects_broken_key_files(service, tmp_path, migrated_template, clock):
    exported = other_ward(tmp_path, migrated_template, clock)[0].export_public_key()
    with pytest.raises(ValidationError):
        service.trust("hello")
    with pytest.raises(ValidationError):
        service.trust(exported.replace("Key-Id: ", "Key-Id: 00"))
    with pytest.raises(ValidationError):
        service.trust(exported.replace("Public-Key: ", "Public-Key: AAAA"))


def test_revoked_certificate_is_invalid(service, issued):
    service.revoke(issued.id, "Cấp nhầm người", actor="staff")
    result = service.verify(issued.payload)
    assert not result.valid and result.reason == "revoked"
    assert result.certificate_id == issued.id
    with pytest.raises(NotFound):
        service.revoke("0" * 20, "x", actor="staff")


def test_erased_holder_still_valid_but_anonymous(service, issued, session_factory):
    with session_factory.begin() as s:
        s.get(Certificate, issued.id).holder_erased = True
    result = service.verify(issued.payload)
    assert result.valid and result.holder_erased and result.holder_name is None


def test_erased_or_deleted_resident_reads_as_erased(service, issued, session_factory, clock):
    with session_factory.begin() as s:
        resident_id = s.get(Certificate, issued.id).resident_id
        s.get(Resident, resident_id).erased_at = clock.now()
    assert service.verify(issued.payload).holder_erased
    with session_factory.begin() as s:
        s.execute(delete(Resident).where(Resident.id == resident_id))
    result = service.verify(issued.payload)
    assert result.valid and result.holder_erased and result.holder_name is None


@pytest.mark.parametrize("module", ["a", "vneid-l2", "x" * 32])
def test_payload_fits_qr_version_10_at_level_m(service, make_resident, module):
    issued = service.issue(make_resident(), module, "Học phần")
    assert qr_version(issued.payload) <= 10
    assert parse_payload(issued.payload).module == module


def test_typed_code_finds_the_certificate(service, issued):
    assert len(issued.code) == 12 and issued.code.count("-") == 2
    typed = issued.code.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    result = service.find_by_code(f"  {typed} ")
    assert result.valid and result.certificate_id == issued.id
    assert service.find_by_code("AAAA-BBBB-CC").reason == "not_found"
    assert service.find_by_code("not a code").reason == "malformed"


def test_holder_binding_accepts_the_same_name_in_any_form(service, issued):
    nfd = unicodedata.normalize("NFD", "  nguyễn thị  ngọc ánh ")
    assert service.verify_holder(issued.payload, nfd, 1958)
    assert not service.verify_holder(issued.payload, "Nguyễn Thị Ngọc Anh", 1958)
    assert not service.verify_holder(issued.payload, "Nguyễn Thị Ngọc Ánh", 1959)
    assert not service.verify_holder(issued.payload[:-2] + "00", "Nguyễn Thị Ngọc Ánh", 1958)


def test_issue_refuses_unknown_resident_and_bad_module(
    service, make_resident, session_factory, clock
):
    with pytest.raises(NotFound):
        service.issue("missing", "vneid", "VNeID")
    resident_id = make_resident()
    with pytest.raises(ValidationError):
        service.issue(resident_id, "mô-đun", "VNeID")
    with session_factory.begin() as s:
        s.get(Resident, resident_id).erased_at = clock.now()
    with pytest.raises(NotFound):
        service.issue(resident_id, "vneid", "VNeID")


def test_issue_date_comes_from_the_clock(session_factory, make_resident, clock):
    clock.advance(86400 * 40)
    issued = CertificateService(session_factory, clock, WARD).issue(make_resident(), "ai", "AI")
    assert issued.issued_on == date(2027, 1, 8)
    assert parse_payload(issued.payload).issued_on == date(2027, 1, 8)
