"""The role × action table: docs/roles.md says the same as the code, and every service
refuses or accepts each role as that table says (real SQLite, nothing mocked)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.core.errors import NotAllowed
from kiosk.services.audit import AuditLog
from kiosk.services.auth import StaffAuth
from kiosk.services.certificate_register import CertificateRegister
from kiosk.services.certificates import CertificateService
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.print_queue import PrintQueue
from kiosk.services.privacy import PrivacyService
from kiosk.services.residents_io import ResidentImporter, export_rows
from kiosk.services.roles import ALLOWED, Action, Role, role_of
from kiosk.services.ward_admin import WardAdmin
from kiosk.services.ward_settings import WardSettings
from kiosk.storage.models import AuditEntry, Certificate, Resident

ROLES_MD = Path(__file__).parents[2] / "docs" / "roles.md"
WARD = "Phường Bến Thành"
KP = ("Khu phố 1", "Khu phố 2")
ACTORS = ("volunteer", "staff", "admin", "", "cli:ward", "cli", "resident")


def documented_table() -> dict[Action, frozenset[Role]]:
    """The markdown table's rows: action | what it covers | volunteer | staff | admin."""
    lines = [ln for ln in ROLES_MD.read_text(encoding="utf-8").splitlines() if ln.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    roles = [Role(name) for name in header[2:]]
    table: dict[Action, frozenset[Role]] = {}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        marks = cells[2:]
        assert set(marks) <= {"yes", "no"}, line
        table[Action(cells[0])] = frozenset(
            r for r, m in zip(roles, marks, strict=True) if m == "yes"
        )
    return table


def test_docs_roles_md_shows_the_table_the_code_uses():
    assert documented_table() == dict(ALLOWED)


def test_the_command_line_acts_as_admin_and_nobody_as_no_role():
    assert role_of("cli:ward") is Role.ADMIN
    assert role_of("staff") is Role.STAFF
    assert [role_of(a) for a in ("", "cli", "cli:", "resident", "retention")] == [None] * 5


class World:
    def __init__(self, session_factory, clock, tmp_path: Path) -> None:
        self.sf = session_factory
        self.audit = AuditLog(session_factory, clock)
        self.clock = clock
        checkin = CheckInService(session_factory, clock, "kiosk-1")
        self.resident = checkin.register(NewResident("Trần Thị Lan", 1958, KP[0])).id
        self.certificates = CertificateService(session_factory, clock, WARD)
        self.certificate = self.certificates.issue(self.resident, "qr-pay", "Thanh toán QR").id
        self.privacy = PrivacyService(session_factory, clock, self.audit)
        self.ward = WardSettings(session_factory, clock, self.audit)
        self.auth = StaffAuth(session_factory, clock, "kiosk-1")
        self.outbox = tmp_path / "outbox"

    def do(self, action: Action, actor: str) -> object:
        return self._actions()[action](actor)

    def _actions(self) -> dict[Action, Callable[[str], object]]:
        importer = lambda a: ResidentImporter(self.sf, self.clock, KP, actor=a)  # noqa: E731
        admin = WardAdmin(self.ward, self.auth, self.audit)
        return {
            Action.REVOKE: lambda a: self.certificates.revoke(self.certificate, "nhầm", actor=a),
            Action.EXPORT: lambda a: self.privacy.export_json(self.resident, a),
            Action.ERASE: lambda a: self.privacy.erase(self.resident, a),
            Action.IMPORT: lambda a: importer(a).import_bytes(
                "ho_ten,nam_sinh,khu_pho,so_dien_thoai\nLê Văn Tám,1950,Khu phố 2,\n".encode()
            ),
            Action.REPRINT: lambda a: CertificateRegister(self.sf, WARD).document_for(
                self.certificate, a
            ),
            Action.PRINT_QUEUE: lambda a: PrintQueue(
                self.sf, self.clock, self.outbox, "kiosk-1"
            ).retry_waiting(a),
            Action.SETTINGS: lambda a: self.ward.save(a, ward_name="Phường Tân Định"),
            Action.PINS: lambda a: admin.change_pin(a, Role.VOLUNTEER, "8642"),
        }

    def traces(self) -> tuple[int, int, int, bool]:
        """What an action leaves: audit entries, residents, revoked certificates, erasure."""
        with self.sf() as s:
            count = lambda model, *where: s.scalar(  # noqa: E731
                select(func.count()).select_from(model).where(*where)
            )
            return (
                count(AuditEntry),
                count(Resident),
                count(Certificate, Certificate.revoked_reason.is_not(None)),
                s.get(Resident, self.resident).erased_at is not None,
            )


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("action", list(Action))
def test_each_service_refuses_or_accepts_as_the_table_says(
    action, actor, session_factory, clock, tmp_path
):
    world = World(session_factory, clock, tmp_path)
    role = role_of(actor)
    allowed = role is not None and role in documented_table()[action]
    before = world.traces()
    if allowed:
        world.do(action, actor)
    else:
        with pytest.raises(NotAllowed):
            world.do(action, actor)
        assert world.traces() == before  # refused before anything was done


@pytest.mark.parametrize("actor", ["volunteer", "", "cli"])
def test_the_resident_list_export_and_new_khu_pho_refuse_who_may_not(
    actor, session_factory, clock, tmp_path
):
    world = World(session_factory, clock, tmp_path)
    with pytest.raises(NotAllowed):
        export_rows(session_factory, actor)
    with pytest.raises(NotAllowed):
        world.ward.add_neighbourhoods(actor, ["Khu phố 9"])
    assert world.ward.load() == {}
    assert export_rows(session_factory, "staff")[0][0] == "Trần Thị Lan"
    assert world.ward.add_neighbourhoods("staff", ["Khu phố 9"]) == ["Khu phố 9"]
