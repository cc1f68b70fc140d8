"""Learner card payloads: round trip, tampering and forgery, other wards, erased holders."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.errors import NotFound
from kiosk.documents.qr import qr_version
from kiosk.services.audit import AuditLog
from kiosk.services.certificates import B45, CertificateService, b45decode, b45encode
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.checkin_qr import lookup_payload, resident_for_payload
from kiosk.services.learner_card import CARD_PREFIX, LearnerCards
from kiosk.services.privacy import PrivacyService
from kiosk.storage.engine import open_database
from kiosk.storage.models import Resident

WARD = "Phường Bến Thành"
READ_ONLY_DB = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=300
)


@pytest.fixture
def certificates(session_factory, clock) -> CertificateService:
    service = CertificateService(session_factory, clock, WARD)
    service.ensure_key()
    return service


@pytest.fixture
def cards(session_factory, certificates) -> LearnerCards:
    return LearnerCards(session_factory)


@pytest.fixture
def checkin(session_factory, clock) -> CheckInService:
    return CheckInService(session_factory, clock, "kiosk-1")


@pytest.fixture
def card(cards, make_resident) -> tuple[str, str]:
    resident_id = make_resident("Nguyễn Thị Ngọc Ánh", 1958)
    return resident_id, cards.payload_for(resident_id)


def lookup(text, certificates, checkin, session_factory):
    return lookup_payload(text, certificates, checkin, session_factory)


def test_a_card_finds_its_holder_and_fits_a_small_qr(
    card, cards, certificates, checkin, session_factory
):
    resident_id, payload = card

    checked = cards.check(payload)
    found = lookup(payload, certificates, checkin, session_factory)

    assert payload.startswith(CARD_PREFIX) and len(payload) == 58
    assert set(payload[len(CARD_PREFIX) :]) <= set(B45)  # QR alphanumeric mode
    assert qr_version(payload) == 3
    assert (checked.reason, checked.resident_id, checked.ward_name) == ("ok", resident_id, WARD)
    assert (found.kind, found.reason) == ("card", "ok")
    assert found.match.masked == "Nguyễn T. N. Á., 1958, Khu phố 3"


def test_the_card_of_a_resident_is_always_the_same(card, cards):
    resident_id, payload = card
    assert cards.payload_for(resident_id) == payload  # a reprint scans like the first card


def test_a_scanner_s_line_ending_and_spaces_are_ignored(card, cards):
    resident_id, payload = card
    assert cards.check(f"  {payload}\r\n").resident_id == resident_id


def test_every_bit_flip_is_rejected(card, cards):
    _resident_id, payload = card
    raw = b45decode(payload[len(CARD_PREFIX) :])
    for i in range(len(raw)):
        for bit in range(8):
            flipped = bytearray(raw)
            flipped[i] ^= 1 << bit
            result = cards.check(CARD_PREFIX + b45encode(bytes(flipped)))
            expected = {0: "malformed"}.get(i, "other_ward" if i < 9 else "forged")
            assert result.reason == expected, (i, bit)


@READ_ONLY_DB
@given(data=st.data())
def test_any_changed_character_is_rejected(card, cards, data):
    _resident_id, payload = card
    index = data.draw(st.integers(0, len(payload) - 1))
    replacement = data.draw(
        st.sampled_from(B45 + "abcĐđ\u0301!").filter(lambda c: c != payload[index])
    )
    changed = payload[:index] + replacement + payload[index + 1 :]
    assert not cards.check(changed).valid


def test_another_resident_s_id_with_the_old_tag_is_a_forgery(card, cards, make_resident):
    _resident_id, payload = card
    other = make_resident("Trần Văn Bảy", 1950, phone=None)
    raw = b45decode(payload[len(CARD_PREFIX) :])
    swapped = raw[:9] + uuid.UUID(other).bytes + raw[25:]
    assert cards.check(CARD_PREFIX + b45encode(swapped)).reason == "forged"


def test_a_card_made_with_a_guessed_key_is_a_forgery(card, cards, make_resident):
    _resident_id, payload = card
    other = make_resident("Trần Văn Bảy", 1950, phone=None)
    signed = b45decode(payload[len(CARD_PREFIX) :])[:9] + uuid.UUID(other).bytes
    tag = hmac.new(b"\0" * 32, signed, hashlib.sha256).digest()[:10]
    assert cards.check(CARD_PREFIX + b45encode(signed + tag)).reason == "forged"


@pytest.mark.parametrize(
    "text",
    ["", "MCC1:", "MCC1:!!!", "MCC2:" + "0" * 53, "MC1:ABC", "nguyen van an", "MCC1:" + "0" * 52],
)
def test_garbage_is_malformed(cards, text):
    assert cards.check(text).reason == "malformed"


def test_a_card_of_another_ward_is_recognised(
    tmp_path, migrated_template, clock, cards, certificates, checkin, session_factory
):
    path = tmp_path / "other.sqlite3"
    path.write_bytes(migrated_template.read_bytes())
    engine, other_factory = open_database(f"sqlite:///{path}")
    other_certificates = CertificateService(other_factory, clock, "Phường Sài Gòn")
    other_certificates.ensure_key()
    stranger = CheckInService(other_factory, clock, "kiosk-9").register(
        NewResident("Lê Văn Tám", 1950, "Khu phố 1")
    )
    their_card = LearnerCards(other_factory).payload_for(stranger.id)

    before = cards.check(their_card)
    certificates.trust(other_certificates.export_public_key())
    after = lookup(their_card, certificates, checkin, session_factory)
    engine.dispose()

    assert (before.reason, before.ward_name) == ("other_ward", None)
    assert (after.reason, after.ward_name, after.match) == ("other_ward", "Phường Sài Gòn", None)


def test_an_erased_resident_s_card_finds_nobody(
    card, cards, certificates, checkin, session_factory, clock
):
    resident_id, payload = card
    PrivacyService(session_factory, clock, AuditLog(session_factory, clock)).erase(
        resident_id, "admin"
    )

    found = lookup(payload, certificates, checkin, session_factory)

    assert cards.check(payload).reason == "erased"
    assert (found.reason, found.match) == ("erased", None)
    assert resident_for_payload(payload, certificates, checkin, session_factory) is None
    with pytest.raises(NotFound):
        cards.payload_for(resident_id)


def test_a_card_whose_resident_row_is_gone_finds_nobody(card, cards, session_factory):
    resident_id, payload = card
    with session_factory.begin() as s:
        s.delete(s.get(Resident, resident_id))
    assert cards.check(payload).reason == "unknown"


def test_nfd_and_nfc_names_give_one_resident_and_an_nfc_match(
    cards, checkin, certificates, session_factory
):
    name = "Đỗ Thị Ngọc Ánh"
    first = checkin.register(NewResident(unicodedata.normalize("NFD", name), 1956, "Khu phố 2"))

    found = lookup(cards.payload_for(first.id), certificates, checkin, session_factory)

    assert found.match.id == first.id
    assert found.match.full_name == name and unicodedata.is_normalized("NFC", found.match.full_name)
    assert checkin.likely_duplicates(NewResident(name, 1956, "Khu phố 2")) == [found.match]


def test_certificates_still_check_their_holder_in(
    certificates, checkin, session_factory, make_resident
):
    resident_id = make_resident("Phan Thị Đẹp", 1950)
    issued = certificates.issue(resident_id, "vneid-l2", "VNeID")

    found = lookup(issued.payload, certificates, checkin, session_factory)

    assert (found.kind, found.reason, found.match.id) == ("certificate", "ok", resident_id)
    assert (
        resident_for_payload(issued.payload, certificates, checkin, session_factory).id
        == resident_id
    )


def test_a_forged_certificate_is_invalid(certificates, checkin, session_factory, make_resident):
    issued = certificates.issue(make_resident(), "vneid-l2", "VNeID")
    forged = issued.payload[:-3] + ("AAA" if not issued.payload.endswith("AAA") else "BBB")
    found = lookup(forged, certificates, checkin, session_factory)
    assert (found.kind, found.reason, found.match) == ("certificate", "invalid", None)


def test_an_erased_holder_s_certificate_says_erased(
    certificates, checkin, session_factory, make_resident, clock
):
    resident_id = make_resident()
    issued = certificates.issue(resident_id, "vneid-l2", "VNeID")
    PrivacyService(session_factory, clock, AuditLog(session_factory, clock)).erase(
        resident_id, "admin"
    )
    assert lookup(issued.payload, certificates, checkin, session_factory).reason == "erased"
