"""The non-UI figures: check-in commit, search, certificate and attendance PDFs.

Each function returns (value, floor) in milliseconds; floor is None when there is none.
"""

from __future__ import annotations

import io
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from residents import insert_residents, resident_rows, typed_prefixes

from kiosk.core.clock import SystemClock
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.storage.engine import open_database


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[94]


def _bare_commit_ms(path: Path, count: int) -> list[float]:
    """sqlite3 INSERT + commit on a table shaped like `checkins`, same pragmas as the kiosk."""
    con = sqlite3.connect(path)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000"):
        con.execute(f"PRAGMA {pragma}")
    con.execute(
        "CREATE TABLE checkins (id VARCHAR(36) PRIMARY KEY, session_id VARCHAR(36),"
        " resident_id VARCHAR(36), kiosk_id VARCHAR(40), at DATETIME)"
    )
    con.commit()

    def one(i: int) -> None:
        con.execute(
            "INSERT INTO checkins VALUES (?, 's', 'r', 'kiosk-1', '2026-01-01 08:00:00')",
            (f"id-{i}",),
        )
        con.commit()

    samples = [timed(lambda i=i: one(i)) for i in range(count)]
    con.close()
    return samples


def _checkin_samples(url: str, count: int) -> list[float]:
    engine, factory = open_database(url)
    service = CheckInService(factory, SystemClock(), "kiosk-1")
    resident = service.register(NewResident("Đặng Thị Ánh", 1958, "Khu phố 3", "0912345678"))
    service.check_in(resident.id)  # the day's walk-in session exists from here on
    samples = [timed(lambda: service.check_in(resident.id)) for _ in range(count)]
    engine.dispose()
    return samples


def checkin_commit(tmp: Path, count: int) -> tuple[float, float]:
    samples = _checkin_samples(f"sqlite:///{tmp / 'checkin.sqlite3'}", count)
    return p95(samples), p95(_bare_commit_ms(tmp / "bare.sqlite3", count))


def checkin_commit_at(url: str, count: int) -> tuple[float, float]:
    """The same on a server database (`url`, emptied after); floor: a bare INSERT + commit."""
    from server_db import bare_server_commit_ms, scratch

    with scratch(url):
        samples = _checkin_samples(url, count)
        return p95(samples), p95(bare_server_commit_ms(url, count))


def search(tmp: Path, residents: int, queries: int) -> tuple[float, float]:
    return _search(f"sqlite:///{tmp / 'search.sqlite3'}", residents, queries)


def search_at(url: str, residents: int, queries: int) -> tuple[float, float]:
    from server_db import scratch

    with scratch(url):
        return _search(url, residents, queries)


def _search(url: str, residents: int, queries: int) -> tuple[float, float]:
    rng = random.Random(20261129)
    engine, factory = open_database(url)
    rows = resident_rows(residents, rng)
    insert_residents(engine, rows)
    service = CheckInService(factory, SystemClock(), "kiosk-1")
    prefixes = typed_prefixes(rows, queries, rng)
    phones = [rng.choice(rows)["phone"] for _ in range(queries)]
    for text in prefixes[:50] + phones[:50]:  # warm the page cache and statement cache
        service.search(text)
    by_name = [timed(lambda t=t: service.search(t)) for t in prefixes]
    by_phone = [timed(lambda t=t: service.search(t)) for t in phones]
    engine.dispose()
    return p95(by_name), p95(by_phone)


def _certificate_doc(tmp: Path):  # type: ignore[no-untyped-def]
    from kiosk.documents.certificate import CertificateDocument
    from kiosk.services.certificates import CertificateService

    engine, factory = open_database(f"sqlite:///{tmp / 'cert.sqlite3'}")
    service = CheckInService(factory, SystemClock(), "kiosk-1")
    holder = service.register(NewResident("Nguyễn Thị Đoan Trang", 1956, "Khu phố 2"))
    issued = CertificateService(factory, SystemClock(), "Phường Bến Thành").issue(
        holder.id, "zalo-1", "Gọi video qua Zalo với con cháu"
    )
    engine.dispose()
    return CertificateDocument.from_issued(issued)


def _bare_certificate(doc, png: bytes) -> bytes:  # type: ignore[no-untyped-def]
    """The floor: the same strings and QR PNG on an A4 landscape page, no layout logic."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.documents.fonts import SANS, SANS_BOLD

    width, height = landscape(A4)
    out = io.BytesIO()
    c = Canvas(out, pagesize=(width, height), pageCompression=1)
    texts = (
        "ỦY BAN NHÂN DÂN", doc.ward_name.upper(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "GIẤY CHỨNG NHẬN", "Chứng nhận Ông/Bà:",
        doc.holder_name, f"Năm sinh: {doc.birth_year}", "Đã hoàn thành học phần:",
        doc.module_title, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", doc.code,
        "Hoàn thành khóa học kỹ năng số “Bình dân học vụ số”",
    )  # fmt: skip
    for i, text in enumerate(texts):
        c.setFont(SANS_BOLD if i % 2 else SANS, 14)
        c.drawCentredString(width / 2, height - 40 - 30 * i, text)
    c.drawImage(ImageReader(io.BytesIO(png)), 80, 90, 108, 108)
    c.showPage()
    c.save()
    return out.getvalue()


def certificate_pdf(tmp: Path, renders: int) -> tuple[float, float]:
    from kiosk.documents.certificate import render_certificate
    from kiosk.documents.qr import qr_png

    doc = _certificate_doc(tmp)
    png = qr_png(doc.payload, box_size=4)
    render_certificate(doc)  # registers the fonts
    _bare_certificate(doc, png)
    value = statistics.median(timed(lambda: render_certificate(doc)) for _ in range(renders))
    floor = statistics.median(timed(lambda: _bare_certificate(doc, png)) for _ in range(renders))
    return value, floor


def attendance(rows: int, runs: int) -> tuple[float, None]:
    from residents import random_name

    from kiosk.documents.attendance import render_attendance
    from kiosk.services.attendance import AttendanceRow, AttendanceSheet

    rng = random.Random(7)
    sheet = AttendanceSheet(
        "Phường Bến Thành",
        date(2026, 11, 29),
        "Cà phê sáng – Bình dân học vụ số",
        [
            AttendanceRow(
                random_name(rng), 1950 + i % 50, f"Khu phố {1 + i % 6}", "091****607", "Zalo, VNeID"
            )
            for i in range(rows)
        ],  # fmt: skip
    )
    render_attendance(sheet)
    return statistics.median(timed(lambda: render_attendance(sheet)) for _ in range(runs)), None
