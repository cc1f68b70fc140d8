"""`kiosk import-residents` and `kiosk export …` through the real entry point and data dir."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kiosk.cli import main
from kiosk.core.config import load_settings
from kiosk.documents.exports import cell_text
from kiosk.storage.engine import open_database
from kiosk.storage.models import AuditEntry, CheckIn, Resident
from kiosk.storage.models import Session as KioskSession

LIST = (
    "\ufeffho_ten,nam_sinh,khu_pho,so_dien_thoai\n"
    "Nguyễn Văn An,1952,Khu phố 3,0912345607\n"
    "\n"
    "Đặng Thị Bé,1960,Khu phố 9,\n"
    "Bà Tư 😀,1950,Khu phố 1,\n"
)


@pytest.fixture
def factory(data_dir):
    engine, session_factory = open_database(load_settings().effective_database_url)
    yield session_factory
    engine.dispose()


def residents(factory) -> list[tuple]:
    with factory() as s:
        query = select(Resident.full_name, Resident.birth_year, Resident.neighbourhood,
                       Resident.phone).order_by(Resident.name_folded)  # fmt: skip
        return [tuple(r) for r in s.execute(query)]


def audit_actions(factory) -> list[str]:
    with factory() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_import_reports_rejected_rows_and_summary(data_dir, factory, tmp_path, capsys):
    path = tmp_path / "ds.csv"
    path.write_text(LIST, encoding="utf-8")

    assert main(["import-residents", str(path)]) == 0
    out = capsys.readouterr().out
    assert "line 5" in out and "dòng 5" in out and "only letters" in out
    assert "new khu phố: Khu phố 9" in out
    assert "imported 2, skipped 0 (already there), rejected 1" in out
    assert len(residents(factory)) == 2

    # the new khu phố joined the ward's list, as the kiosk's check-in will offer it
    from kiosk.commands.ward import open_ward

    settings, engine, _factory = open_ward()
    engine.dispose()
    assert settings.neighbourhoods[-1] == "Khu phố 9"
    assert settings.neighbourhoods[:-1] == load_settings().neighbourhoods

    # running it again adds nothing, and Khu phố 9 is no longer new
    assert main(["import-residents", str(path)]) == 0
    out = capsys.readouterr().out
    assert "imported 0, skipped 2 (already there), rejected 1" in out
    assert "Khu phố 9" not in out
    assert len(residents(factory)) == 2
    assert audit_actions(factory) == ["settings_changed", "import_residents", "import_residents"]


@pytest.mark.parametrize(
    "content",
    [
        b"ho_ten,nam_sinh,khu_pho\nAn,1950,Khu 1\n",
        "ho_ten,nam_sinh,khu_pho,so_dien_thoai\nĐào Văn,1950,Khu 1,\n".encode("cp1258"),
    ],
)
def test_an_unusable_file_exits_2_and_imports_nothing(data_dir, factory, tmp_path, capsys,
                                                      content):  # fmt: skip
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert main(["import-residents", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Missing column" in err or "not UTF-8" in err
    assert residents(factory) == []


def test_a_missing_file_exits_2(data_dir, tmp_path, capsys):
    assert main(["import-residents", str(tmp_path / "none.csv")]) == 2
    assert "Cannot read the file" in capsys.readouterr().err


def test_exported_residents_import_back_unchanged(data_dir, factory, tmp_path, capsys):
    source = tmp_path / "ds.csv"
    source.write_text(LIST, encoding="utf-8")
    main(["import-residents", str(source)])
    out = tmp_path / "export.csv"

    assert main(["export", "residents", "--format", "csv", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfho_ten,nam_sinh,khu_pho,so_dien_thoai,gioi_tinh\r\n")
    assert "0912345607" in data.decode("utf-8-sig")  # phones in full for staff
    before = residents(factory)
    capsys.readouterr()

    assert main(["import-residents", str(out)]) == 0
    assert "imported 0, skipped 2 (already there), rejected 0" in capsys.readouterr().out
    assert residents(factory) == before
    assert "export_residents" in audit_actions(factory)


@pytest.fixture
def visits(factory):
    with factory.begin() as s:
        made = datetime(2026, 1, 1)
        an = Resident(full_name="Nguyễn Văn An", name_folded="nguyen van an", birth_year=1952,
                      neighbourhood="Khu phố 3", phone="0912345607", created_at=made)  # fmt: skip
        be = Resident(full_name="Đặng Thị Bé", name_folded="dang thi be", birth_year=1960,
                      neighbourhood="Khu phố 2", created_at=made)  # fmt: skip
        s.add_all([an, be])
        for day, resident in ((2, an), (20, be), (20, an)):
            session = KioskSession(day=date(2026, 11, day), title="Cà phê sáng")
            s.add(session)
            s.flush()
            s.add(CheckIn(session_id=session.id, resident_id=resident.id, kiosk_id="k1",
                          at=datetime(2026, 11, day, 8, day)))  # fmt: skip


def test_checkins_csv_and_xlsx_have_the_same_rows(data_dir, factory, visits, tmp_path):
    span = ["--from", "2026-11-01", "--to", "2026-11-30"]
    csv_out, xlsx_out = tmp_path / "c.csv", tmp_path / "c.xlsx"
    assert main(["export", "checkins", *span, "--format", "csv", "--out", str(csv_out)]) == 0
    assert main(["export", "checkins", *span, "--format", "xlsx", "--out", str(xlsx_out)]) == 0

    data = csv_out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 4
    assert rows[1][:7] == ["02/11/2026", "08:02", "Cà phê sáng", "Nguyễn Văn An", "1952",
                           "Khu phố 3", "091****607"]  # fmt: skip
    sheet = load_workbook(xlsx_out).active
    assert [[cell_text(v) for v in r] for r in sheet.iter_rows(values_only=True)] == rows
    assert audit_actions(factory).count("export_checkins") == 2


def test_attendance_pdf_for_a_range_lists_the_names(data_dir, factory, visits, tmp_path):
    out = tmp_path / "diem-danh.pdf"
    assert main(["export", "attendance", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(out)]) == 0  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True
    ).stdout.decode()
    assert "DANH SÁCH ĐIỂM DANH" in text
    assert "từ ngày 01/11/2026 đến ngày 30/11/2026" in text
    assert "Nguyễn Văn An" in text and "Đặng Thị Bé" in text
    assert "091****607" in text and "0912345607" not in text
    assert "print_attendance" in audit_actions(factory)


def test_a_backwards_range_exits_2(data_dir, tmp_path, capsys):
    out = tmp_path / "x.csv"
    code = main(["export", "checkins", "--from", "2026-11-30", "--to", "2026-11-01",
                 "--out", str(out)])  # fmt: skip
    assert code == 2 and not out.exists()
    assert "before the start" in capsys.readouterr().err


def test_a_malformed_date_is_refused_by_the_parser(data_dir, tmp_path):
    with pytest.raises(SystemExit) as caught:
        main(["export", "checkins", "--from", "30-11", "--to", "2026-11-01", "--out", "x.csv"])
    assert caught.value.code == 2


def test_csv_cells_that_a_spreadsheet_would_run_are_defused(data_dir, factory, tmp_path):
    # given a session whose title someone typed as a formula, and one that looks negative
    with factory.begin() as s:
        an = Resident(full_name="Nguyễn Văn An", name_folded="nguyen van an", birth_year=1952,
                      neighbourhood="Khu phố 3", phone="0912345607",
                      created_at=datetime(2026, 1, 1))  # fmt: skip
        s.add(an)
        for day, title in ((2, "-2+3*cmd"), (3, "@SUM(1+1)"), (4, "=HYPERLINK(1)")):
            session = KioskSession(day=date(2026, 11, day), title=title)
            s.add(session)
            s.flush()
            s.add(CheckIn(session_id=session.id, resident_id=an.id, kiosk_id="k1",
                          at=datetime(2026, 11, day, 8)))  # fmt: skip
    out = tmp_path / "c.csv"

    assert main(["export", "checkins", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--format", "csv", "--out", str(out)]) == 0  # fmt: skip

    # then each starts with an apostrophe, and names, years and phones read as they are
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert [r[2] for r in rows[1:]] == ["'-2+3*cmd", "'@SUM(1+1)", "'=HYPERLINK(1)"]
    assert {tuple(r[3:7]) for r in rows[1:]} == {("Nguyễn Văn An", "1952", "Khu phố 3",
                                                  "091****607")}  # fmt: skip


@pytest.mark.parametrize(
    ("area", "reason"),
    [("Khu phố 61", "already has 60 entries"), ("Khu phố 😀", "no emoji or symbols")],
)
def test_a_khu_pho_that_cannot_join_the_list_rejects_its_rows_and_the_rest_is_told_truly(
    data_dir, factory, tmp_path, capsys, area, reason
):
    # given a ward whose khu phố list is full, and a file with a khu phố it cannot take
    ward = [f"Khu phố {n}" for n in range(1, 61)]
    (data_dir.parent / "settings.toml").write_text(f"neighbourhoods = {ward!r}\n".replace("'", '"'))
    path = tmp_path / "ds.csv"
    path.write_text(
        f"ho_ten,nam_sinh,khu_pho,so_dien_thoai\nNguyễn Văn An,1952,Khu phố 3,\n"
        f"Lê Thị Hồng,1961,{area},\n",
        encoding="utf-8",
    )

    # when it is imported
    code = main(["import-residents", str(path)])

    # then the good row is stored, the other rejected with why, and it says so: exit 0, audited
    out = capsys.readouterr().out
    assert code == 0
    assert "line 3" in out and reason in out
    assert "imported 1, skipped 0 (already there), rejected 1" in out
    assert [r[0] for r in residents(factory)] == ["Nguyễn Văn An"]
    assert audit_actions(factory) == ["import_residents"]
    from kiosk.commands.ward import open_ward

    settings, engine, _factory = open_ward()
    engine.dispose()
    assert list(settings.neighbourhoods) == ward


def test_an_error_part_way_exits_1_and_is_audited(data_dir, factory, tmp_path, capsys):
    # given a list of 5,001 rows and a database that refuses the last one (a full disk)
    from sqlalchemy import text

    with factory.begin() as s:
        s.execute(
            text(
                "CREATE TRIGGER refuse BEFORE INSERT ON residents WHEN NEW.birth_year = 1999 "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )
        )
    letters = "ABCDEGHIKLMNOPQRSTUVXY"
    names = [" ".join(letters[i // n % 22] for n in (484, 22, 1)) for i in range(5001)]
    years = ["1950"] * 5000 + ["1999"]
    path = tmp_path / "ds.csv"
    path.write_text(
        "ho_ten,nam_sinh,khu_pho,so_dien_thoai\n"
        + "".join(f"Người {n},{y},Khu phố 1,\n" for n, y in zip(names, years, strict=True)),
        encoding="utf-8",
    )

    # when it is imported, then the first 5,000 are stored, and the exit code and log say so
    assert main(["import-residents", str(path)]) == 1
    captured = capsys.readouterr()
    assert "imported 5000" in captured.out and "disk full" in captured.err
    assert len(residents(factory)) == 5000
    assert audit_actions(factory) == ["import_residents"]
