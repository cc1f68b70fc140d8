"""The admin's first-run setup and PIN changes; the signing key follows the ward's name."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.core.errors import NotAllowed, ValidationError
from kiosk.services.audit import AuditLog
from kiosk.services.auth import Role, StaffAuth
from kiosk.services.certificates import CertificateService
from kiosk.services.ward_admin import FirstRunChoices, WardAdmin
from kiosk.services.ward_settings import WardSettings
from kiosk.storage.models import SigningKey

KP = ("Khu phố 1", "Khu phố 2")


@pytest.fixture
def parts(session_factory, clock):
    audit = AuditLog(session_factory, clock)
    auth = StaffAuth(session_factory, clock)
    ward = WardSettings(session_factory, clock, audit)
    return WardAdmin(ward, auth, audit), auth, ward, audit


def choices(**overrides) -> FirstRunChoices:
    values = dict(
        ward_name="Phường Đa Kao",
        neighbourhoods=KP,
        admin_pin="135790",
        staff_pin="246802",
        volunteer_pin="",
    )
    values.update(overrides)
    return FirstRunChoices(**values)


def test_first_run_stores_the_ward_and_a_pin_for_each_role(parts):
    admin, auth, ward, audit = parts
    admin.first_run(choices(volunteer_pin="1357"))
    assert ward.load() == {"ward_name": "Phường Đa Kao", "neighbourhoods": KP}
    assert auth.check("135790") is Role.ADMIN
    assert auth.check("246802") is Role.STAFF
    assert auth.check("1357", (Role.VOLUNTEER,)) is Role.VOLUNTEER
    entry = audit.recent(1)[0]
    assert (entry.actor, entry.action) == ("admin", "first_run")
    assert entry.detail.endswith("PINs: admin, staff, volunteer")
    assert "135790" not in entry.detail and "246802" not in entry.detail


@pytest.mark.parametrize(
    "overrides, field, code",
    [
        ({"staff_pin": "135790"}, "staff", "pin.same"),
        ({"volunteer_pin": "246802"}, "volunteer", "pin.same"),
        ({"admin_pin": "12"}, "admin", "pin.format_long"),
        ({"staff_pin": "24a8"}, "staff", "pin.format_long"),
        ({"staff_pin": "2468"}, "staff", "pin.format_long"),
        ({"admin_pin": "13579"}, "admin", "pin.format_long"),
        ({"volunteer_pin": "135"}, "volunteer", "pin.format"),
        ({"ward_name": " "}, "ward_name", "ward.empty"),
        ({"neighbourhoods": ("KP 1", "kp 1")}, "neighbourhoods", "entry.duplicate"),
    ],
)
def test_a_bad_choice_stores_nothing(parts, overrides, field, code):
    admin, auth, ward, audit = parts
    with pytest.raises(ValidationError) as error:
        admin.first_run(choices(**overrides))
    assert (error.value.field, error.value.code) == (field, code)
    assert ward.load() == {}
    assert not auth.has_pin(Role.STAFF) and not auth.has_pin(Role.ADMIN)
    assert audit.recent() == []


def test_changing_a_pin_is_audited_and_another_role_s_pin_is_refused(parts):
    admin, auth, _ward, audit = parts
    admin.first_run(choices())
    with pytest.raises(ValidationError) as taken:
        admin.change_pin("admin", Role.VOLUNTEER, "246802")
    assert taken.value.code == "pin.same"
    admin.change_pin("admin", Role.STAFF, "975310")
    assert auth.check("975310") is Role.STAFF and auth.check("246802") is None
    admin.change_pin("admin", Role.STAFF, "975310")  # its own PIN again is fine
    entry = audit.recent(1)[0]
    assert (entry.actor, entry.action, entry.detail) == ("admin", "pin_changed", "staff")


def test_one_pin_for_staff_and_admin_from_an_old_setup_opens_as_admin(parts):
    _admin, auth, _ward, _audit = parts
    auth.set_pin(Role.STAFF, "482604")
    auth.set_pin(Role.ADMIN, "482604")
    assert auth.check("482604") is Role.ADMIN


def _key_names(session_factory) -> list[str]:
    with session_factory() as s:
        return list(s.scalars(select(SigningKey.ward_name)))


def test_an_unused_key_takes_the_new_ward_name(session_factory, clock, make_resident):
    certificates = CertificateService(session_factory, clock, "Phường Bến Thành")
    key_id = certificates.ensure_key()
    certificates.set_ward_name("Phường Đa Kao")
    assert _key_names(session_factory) == ["Phường Đa Kao"]
    issued = certificates.issue(make_resident(), "vneid-l2", "VNeID")
    assert issued.ward_name == "Phường Đa Kao"
    assert certificates.verify(issued.payload).ward_name == "Phường Đa Kao"
    certificates.set_ward_name("Phường Tân Định")  # the key has signed: it keeps its name
    assert _key_names(session_factory) == ["Phường Đa Kao"]
    assert certificates.ensure_key() == key_id
    later = certificates.issue(make_resident("Trần Thị Bích"), "vneid-l2", "VNeID")
    assert later.ward_name == "Phường Tân Định"
    assert certificates.verify(later.payload).valid


def test_the_setup_cannot_run_again_once_the_staff_pin_exists(parts):
    admin, auth, _ward, _audit = parts
    admin.first_run(choices())
    with pytest.raises(NotAllowed):
        admin.first_run(choices(admin_pin="111111", staff_pin="222222"))
    assert auth.check("135790") is Role.ADMIN and auth.check("111111") is None


@pytest.mark.parametrize("actor", ["staff", "volunteer", "", "cli"])
def test_only_the_admin_changes_pins(parts, actor):
    admin, auth, _ward, audit = parts
    admin.first_run(choices())
    with pytest.raises(NotAllowed):
        admin.change_pin(actor, Role.STAFF, "975310")
    assert auth.check("246802") is Role.STAFF
    assert audit.recent(1)[0].action == "first_run"
