"""The staff reprint flows (kiosk/ui/print_flows.py) over real services and the real durable
print queue, without the window: what is queued, in which order, and what erasure removes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.app import build_services
from kiosk.core.config import load_settings
from kiosk.core.errors import ValidationError
from kiosk.documents.qr import read_payload
from kiosk.services.checkin import NewResident
from kiosk.services.print_queue import PrintQueue
from kiosk.storage.models import Resident
from kiosk.ui import print_flows


class QueueSpool:
    """The spooler's `submit` without the Qt spooler: straight into the durable queue."""

    def __init__(self, queue: PrintQueue) -> None:
        self.queue = queue

    def submit(self, kind: str, title: str, pdf: bytes, resident_id: str | None = None) -> str:
        return self.queue.enqueue(kind, title, pdf, resident_id)


@pytest.fixture
def services(data_dir):
    built = build_services(replace(load_settings(), language="en"))
    yield built
    built.engine.dispose()


@pytest.fixture
def spool(services) -> QueueSpool:
    s = services
    return QueueSpool(PrintQueue(s.session_factory, s.clock, s.settings.outbox_dir, "k1"))


def attended(services, name: str):
    """Checked in to today's walk-in session and given a certificate; (resident id, cert)."""
    resident = services.checkin.register(NewResident(name, 1958, "Khu phố 1"))
    services.checkin.check_in(resident.id)
    return resident.id, services.certificates.issue(resident.id, "qr-pay", "Thanh toán QR")


def walk_in_session(services) -> str:
    return services.certificate_register.recent_sessions(services.clock.today())[0].id


def queued_payloads(spool) -> list[str]:
    return [read_payload(job.pdf_path.read_bytes()) for job in spool.queue.pending()]


def test_a_reprint_is_queued_for_its_resident_and_audited(services, spool):
    resident_id, cert = attended(services, "Trần Thị Lan")

    print_flows.reprint_certificate(services, spool, cert.id, "staff")

    assert queued_payloads(spool) == [cert.payload]
    entry = services.audit.recent()[0]
    assert (entry.actor, entry.action) == ("staff", "reprint_certificate")
    assert cert.code in entry.detail and "Trần" not in entry.detail  # no name in the log
    services.privacy.erase(resident_id, "staff")
    assert spool.queue.pending() == []  # erasure takes the queued reprint with it


def test_bulk_print_queues_what_the_preview_showed_and_skips_what_changed_since(services, spool):
    _lan_id, lan = attended(services, "Trần Thị Lan")
    an_id, an = attended(services, "Nguyễn Văn An")
    duc_id, duc = attended(services, "Đặng Văn Đức")
    session_id = walk_in_session(services)
    preview = print_flows.session_preview(services, session_id, "staff")
    assert preview.certificate_ids == (an.id, duc.id, lan.id)  # by given name: An, Đức, Lan

    # while staff looked at the preview:
    services.certificates.revoke(duc.id, "Cấp nhầm", actor="staff")
    with services.session_factory.begin() as s:
        s.get(Resident, an_id).full_name = "Nguyễn Văn Ân"  # corrected: An's no longer binds
    count = print_flows.print_session_certificates(
        services, spool, session_id, "staff", preview.certificate_ids
    )

    assert count == 1 and queued_payloads(spool) == [lan.payload]
    assert services.audit.recent()[0].action == "bulk_print_certificates"
    with pytest.raises(ValidationError) as refused:
        print_flows.reprint_certificate(services, spool, an.id, "staff")
    assert refused.value.code == "certificate.holder_changed"


def test_bulk_print_without_a_preview_prints_every_printable_one_and_erasure_removes_one(
    services, spool
):
    lan_id, lan = attended(services, "Trần Thị Lan")
    _an_id, an = attended(services, "Nguyễn Văn An")
    session_id = walk_in_session(services)

    assert print_flows.print_session_certificates(services, spool, session_id, "staff") == 2
    assert queued_payloads(spool) == [an.payload, lan.payload]

    services.privacy.erase(lan_id, "staff")
    assert queued_payloads(spool) == [an.payload]  # one job each: only Lan's PDF went
