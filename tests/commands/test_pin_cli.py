"""`kiosk pin reset` and who the command line is: the data dir's owner, as admin, audited as
`cli:<user>`; any other user is refused and nothing is touched."""

from __future__ import annotations

import os
import pwd

import pytest
from sqlalchemy import select

from kiosk.cli import main
from kiosk.commands import pin as pin_command
from kiosk.core.clock import SystemClock
from kiosk.core.config import load_settings
from kiosk.core.errors import LockedOut
from kiosk.services.auth import MAX_FAILURES, Role, StaffAuth
from kiosk.storage.engine import open_database
from kiosk.storage.models import AuditEntry

ME = f"cli:{pwd.getpwuid(os.getuid()).pw_name}"


@pytest.fixture
def factory(data_dir):
    engine, session_factory = open_database(load_settings().effective_database_url)
    yield session_factory
    engine.dispose()


def this_kiosk(factory) -> StaffAuth:
    return StaffAuth(factory, SystemClock(), load_settings().kiosk_id)


def audit(factory) -> list[tuple[str, str, str]]:
    with factory() as s:
        rows = s.execute(select(AuditEntry.actor, AuditEntry.action, AuditEntry.detail))
        return [tuple(r) for r in rows]


def test_pin_reset_sets_the_pin_unlocks_this_kiosk_and_is_audited(factory, capsys):
    auth = this_kiosk(factory)
    auth.set_pin(Role.ADMIN, "135790")
    for _ in range(MAX_FAILURES):
        auth.check("000000")
    with pytest.raises(LockedOut):
        auth.check("135790")

    assert main(["pin", "reset", "--role", "admin", "--pin", "864213"]) == 0

    assert "New PIN set: admin" in capsys.readouterr().out
    assert auth.check("864213") is Role.ADMIN and auth.check("135790") is None
    assert audit(factory) == [
        (ME, "pin_changed", "admin"),
        (ME, "lockout_cleared", "admin"),
    ]


def test_pin_reset_asks_twice_and_refuses_two_different_pins(factory, monkeypatch, capsys):
    typed = iter(["864213", "864214"])
    monkeypatch.setattr(pin_command.getpass, "getpass", lambda _prompt: next(typed))
    assert main(["pin", "reset", "--role", "staff"]) == 1
    assert "The two PINs differ" in capsys.readouterr().err
    assert not this_kiosk(factory).has_pin(Role.STAFF)

    typed = iter(["864213", "864213"])
    assert main(["pin", "reset", "--role", "staff"]) == 0
    assert this_kiosk(factory).check("864213") is Role.STAFF


@pytest.mark.parametrize(
    "role, pin, message",
    [
        ("staff", "2468", "Mã PIN của cán bộ và quản trị có từ 6 đến 8 chữ số."),
        ("volunteer", "135", "Mã PIN của tình nguyện viên có từ 4 đến 8 chữ số."),
    ],
)
def test_pin_reset_refuses_a_pin_too_short_for_the_role(factory, capsys, role, pin, message):
    assert main(["pin", "reset", "--role", role, "--pin", pin]) == 1
    assert message in capsys.readouterr().err
    assert audit(factory) == []


def test_the_command_line_is_audited_as_the_user_who_ran_it(factory, tmp_path):
    csv = tmp_path / "ds.csv"
    csv.write_text("ho_ten,nam_sinh,khu_pho,so_dien_thoai\nLê Văn Tám,1950,Khu phố 1,\n")
    assert main(["import-residents", str(csv)]) == 0
    assert main(["export", "residents", "--out", str(tmp_path / "out.csv")]) == 0
    assert {actor for actor, _action, _detail in audit(factory)} == {ME}


@pytest.mark.skipif(os.getuid() != 0, reason="giving the data dir to another user needs root")
def test_another_user_than_the_data_dir_s_owner_is_refused(data_dir, tmp_path, capsys):
    nobody = pwd.getpwnam("nobody").pw_uid
    os.chown(data_dir, nobody, -1)
    out = tmp_path / "out.csv"
    assert main(["export", "residents", "--out", str(out)]) == 2
    assert main(["pin", "reset", "--role", "admin", "--pin", "864213"]) == 2
    err = capsys.readouterr().err
    assert "only the user who owns the data dir" in err and "(nobody)" in err
    assert "chỉ người dùng sở hữu thư mục dữ liệu" in err
    assert not out.exists()
    assert list(data_dir.iterdir()) == []  # not even a database was made
