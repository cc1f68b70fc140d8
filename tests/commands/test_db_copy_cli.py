"""`kiosk db copy --to URL`: a one-machine SQLite ward moves into an empty PostgreSQL database
with every row and key, its certificates still verify, a target with data is refused unless
--force, and a wrong URL says so in one line without the password."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.core.clock import FixedClock
from kiosk.core.config import load_settings
from kiosk.services.audit import AuditLog
from kiosk.services.certificates import CertificateService
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.storage.engine import open_database
from kiosk.storage.models import AuditEntry, Base

pytestmark = pytest.mark.postgresql
CLOCK = FixedClock(datetime(2026, 11, 29, 9, 0))


@pytest.fixture
def ward(data_dir):  # type: ignore[no-untyped-def]
    """This machine's SQLite ward: a resident checked in, a certificate, audit entries."""
    engine, factory = open_database(load_settings().effective_database_url)
    checkin = CheckInService(factory, CLOCK, "kiosk-1")
    resident = checkin.register(NewResident("Võ Thị Sáu", 1952, "Khu phố 2", None)).id
    checkin.check_in(resident)
    certificates = CertificateService(factory, CLOCK, "Phường Bến Thành")
    issued = certificates.issue(resident, "qr-pay", "Thanh toán bằng mã QR")
    AuditLog(factory, CLOCK).record("staff", "test", "before the copy")
    yield engine, issued
    engine.dispose()


def rows_by_table(engine) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        return {
            table.name: sorted(map(tuple, connection.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def test_copy_moves_every_row_and_certificates_still_verify(ward, empty_postgres_url, capsys):
    source, issued = ward

    assert main(["db", "copy", "--to", empty_postgres_url]) == 0

    target, factory = open_database(empty_postgres_url)
    assert rows_by_table(target) == rows_by_table(source)
    verified = CertificateService(factory, CLOCK, "Phường Bến Thành").verify(issued.payload)
    assert verified.valid and verified.issued_here
    assert verified.holder_name == "Võ Thị Sáu"
    # new rows after the copy get new keys: the serial counter moved past the copied ones
    AuditLog(factory, CLOCK).record("staff", "test", "after the copy")
    with factory() as s:
        ids = s.scalars(select(AuditEntry.id)).all()
    assert len(ids) == len(set(ids)) and max(ids) == len(ids)
    target.dispose()
    assert "copied" in capsys.readouterr().out


def test_a_target_with_data_is_refused_unless_forced(ward, empty_postgres_url, capsys):
    assert main(["db", "copy", "--to", empty_postgres_url]) == 0
    target, factory = open_database(empty_postgres_url)
    AuditLog(factory, CLOCK).record("staff", "test", "made on the ward server")
    capsys.readouterr()

    assert main(["db", "copy", "--to", empty_postgres_url]) == 2
    assert "not empty" in capsys.readouterr().err
    with factory() as s:  # nothing changed
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 2

    assert main(["db", "copy", "--to", empty_postgres_url, "--force"]) == 0
    assert rows_by_table(target) == rows_by_table(ward[0])
    target.dispose()


@pytest.mark.parametrize(
    "url, says",
    [
        ("postgresql+psycopg://ward:s3cret-pw@127.0.0.1:1/ward", "cannot open"),
        ("postgresql+psycopg://postgres:s3cret-pw@127.0.0.1:{port}/no_such_ward", "cannot open"),
        ("postgresq://ward:s3cret-pw@host/ward", "not a database URL"),
        ("ward:s3cret-pw@host/ward", "not a database URL"),
    ],
)
def test_a_wrong_url_says_what_failed_in_one_line_without_the_password(
    ward, postgres_server, url, says, capsys
):
    url = url.format(port=postgres_server.url.port)

    assert main(["db", "copy", "--to", url]) == 2

    out, err = capsys.readouterr()
    assert says in err and len(err.strip().splitlines()) == 1, err
    assert "s3cret-pw" not in out + err


def test_a_row_the_server_refuses_copies_nothing_and_says_why(ward, empty_postgres_url, capsys):
    # given a row SQLite took although it is longer than the column (SQLite does not check)
    source, _issued = ward
    with source.begin() as connection:
        connection.exec_driver_sql("UPDATE residents SET neighbourhood = ?", ("Khu phố " * 20,))

    assert main(["db", "copy", "--to", empty_postgres_url]) == 2

    err = capsys.readouterr().err
    assert "nothing was copied" in err and len(err.strip().splitlines()) == 1, err
    target, factory = open_database(empty_postgres_url)
    fresh = {table: rows for table, rows in rows_by_table(target).items() if rows}
    target.dispose()
    assert list(fresh) == ["audit_head"]  # only the chain's start, which migration 0004 makes
