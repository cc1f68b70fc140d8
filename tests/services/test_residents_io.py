"""Importing a ward's resident CSV, and exporting it back, on a real SQLite database."""

from __future__ import annotations

import io
import os
import unicodedata

import pytest
from sqlalchemy import select

from kiosk.core.errors import KioskError
from kiosk.core.files import FileRefused
from kiosk.documents.exports import to_csv
from kiosk.services.resident_csv import READ_BYTES
from kiosk.services.residents_io import (
    EXPORT_COLUMNS,
    MAX_IMPORT_BYTES,
    PROGRESS_ROWS,
    ResidentImporter,
    UnusableFile,
    export_rows,
)
from kiosk.storage.models import Resident

WARD = ("Khu phố 1", "Khu phố 2", "Khu phố 3")
HEADER = "ho_ten,nam_sinh,khu_pho,so_dien_thoai\n"


@pytest.fixture
def importer(session_factory, clock) -> ResidentImporter:
    return ResidentImporter(session_factory, clock, WARD, actor="staff")


def stored(session_factory) -> list[tuple]:
    with session_factory() as s:
        query = select(
            Resident.full_name,
            Resident.name_folded,
            Resident.birth_year,
            Resident.neighbourhood,
            Resident.phone,
        ).order_by(Resident.name_folded)
        return [tuple(r) for r in s.execute(query)]


def test_good_rows_are_stored_clean_and_nfc(importer, session_factory):
    # given a list with untidy spacing and an international phone number
    data = (HEADER + "  Nguyễn   Văn An ,1952,Khu phố 3,+84 91 234 5607\n").encode()

    # when it is imported
    report = importer.import_bytes(data)

    # then the row is stored as the check-in form would have stored it
    assert (report.imported, report.skipped, report.rejected) == (1, 0, [])
    assert stored(session_factory) == [
        ("Nguyễn Văn An", "nguyen van an", 1952, "Khu phố 3", "0912345607")
    ]


def test_bom_and_no_bom_give_the_same_rows(session_factory, clock, importer):
    body = HEADER + "Đặng Thị Bé,1960,Khu phố 2,0912345608\n"
    with_bom = importer.import_bytes(b"\xef\xbb\xbf" + body.encode())
    assert with_bom.imported == 1
    without_bom = importer.import_bytes(body.encode())
    assert (without_bom.imported, without_bom.skipped) == (0, 1)
    assert stored(session_factory)[0][0] == "Đặng Thị Bé"


def test_english_header_in_any_order(importer, session_factory):
    data = b"phone,full_name,neighbourhood,birth_year\n0912345607,Le Van Tam,Khu pho 1,1949\n"
    report = importer.import_bytes(data)
    assert report.imported == 1
    # the khu phố takes the ward list's spelling, accents aside
    assert stored(session_factory) == [
        ("Le Van Tam", "le van tam", 1949, "Khu phố 1", "0912345607")
    ]
    assert report.new_neighbourhoods == []


def test_nfc_and_nfd_rows_are_the_same_resident(importer, session_factory):
    name = "Nguyễn Thị Ánh Đào"
    nfd = unicodedata.normalize("NFD", name)
    assert nfd != name
    report = importer.import_bytes(
        f"{HEADER}{nfd},1950,Khu phố 1,\n{name},1950,Khu phố 1,\n".encode()
    )
    assert (report.imported, report.skipped) == (1, 1)
    assert stored(session_factory) == [(name, "nguyen thi anh dao", 1950, "Khu phố 1", None)]


def test_accentless_spelling_and_d_stroke_are_duplicates(importer, session_factory):
    data = f"{HEADER}Đặng Văn Đức,1955,Khu phố 2,\ndang van duc,1955,Khu phố 2,\n".encode()
    report = importer.import_bytes(data)
    assert (report.imported, report.skipped) == (1, 1)
    assert [r[0] for r in stored(session_factory)] == ["Đặng Văn Đức"]


def test_same_phone_is_skipped_and_noted(importer):
    data = f"{HEADER}Trần Văn Ba,1950,Khu phố 1,0912345607\nLê Thị Tư,1952,Khu phố 1,0912345607\n"
    report = importer.import_bytes(data.encode())
    assert (report.imported, report.skipped) == (1, 1)
    assert report.phone_conflicts == [(3, "091****607")]


def test_bad_rows_are_reported_with_their_line_and_good_rows_kept(importer, session_factory):
    # given empty lines, a 500-letter name, an emoji, a bad year and phone, and good rows
    lines = [
        HEADER.strip(),
        "Nguyễn Văn An,1952,Khu phố 3,",
        "",
        "A" * 500 + ",1950,Khu phố 1,",
        "Bà Tư 😀,1950,Khu phố 1,",
        "Lê Văn Cò,1850,Khu phố 1,",
        "Lê Văn Cu,1950,Khu phố 1,012345",
        ",1950,Khu phố 1,",
        "Lê Văn Đen,1950,,",
        "Phạm Văn Em,1950,Khu phố 1,,extra",
        "   ",
        "Võ Thị Sáu,1933,Khu phố 2,0987654321",
    ]
    report = importer.import_bytes("\n".join(lines).encode())

    assert report.imported == 2
    assert [(r.line, r.code) for r in report.rejected] == [
        (4, "name.too_long"),
        (5, "name.bad_chars"),
        (6, "year.range"),
        (7, "phone.invalid"),
        (8, "name.empty"),
        (9, "neighbourhood.empty"),
        (10, "row.extra_values"),
    ]
    first = report.rejected[0]
    assert first.vi == "Họ tên quá dài (tối đa 80 chữ cái)."
    assert "line 4" in first.describe() and "dòng 4" in first.describe()
    assert report.rejected[2].vi == "Năm sinh phải từ 1900 đến 2026."
    assert report.summary == "imported 2, skipped 0 (already there), rejected 7"
    assert len(stored(session_factory)) == 2


def test_quoted_value_on_two_lines_keeps_later_line_numbers_right(importer):
    data = f'{HEADER}"Nguyễn\nVăn An",1952,Khu phố 3,\nX😀,1950,Khu phố 1,\n'.encode()
    report = importer.import_bytes(data)
    assert report.imported == 1
    assert [r.line for r in report.rejected] == [4]


def test_rerunning_adds_no_duplicates(importer, session_factory):
    data = f"{HEADER}Nguyễn Văn An,1952,Khu phố 3,0912345607\nTrần Thị Bình,1962,Khu phố 2,\n"
    first = importer.import_bytes(data.encode())
    again = importer.import_bytes(data.encode())
    assert (first.imported, again.imported, again.skipped) == (2, 0, 2)
    assert len(stored(session_factory)) == 2


def test_a_khu_pho_not_in_the_ward_list_is_stored_and_reported(importer, session_factory):
    data = f"{HEADER}Ngô Văn Bảy,1950,Khu phố 7,\nNgô Thị Tám,1951,khu pho 7,\n".encode()
    report = importer.import_bytes(data)
    assert report.imported == 2
    assert report.new_neighbourhoods == ["Khu phố 7"]
    assert {r[3] for r in stored(session_factory)} == {"Khu phố 7"}


def test_excel_dropped_leading_zero_is_given_back(importer, session_factory):
    report = importer.import_bytes(f"{HEADER}Hồ Văn Chín,1950,Khu phố 1,912345607\n".encode())
    assert report.imported == 1
    assert stored(session_factory)[0][4] == "0912345607"


def test_semicolon_separated_file(importer):
    data = "ho_ten;nam_sinh;khu_pho;so_dien_thoai\nĐinh Văn Mười;1950;Khu phố 1;\n".encode()
    assert importer.import_bytes(data).imported == 1


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"ho_ten,nam_sinh,khu_pho\nAn,1950,Khu 1\n", "so_dien_thoai"),
        (b"", "empty"),
        ("ho_ten,nam_sinh,khu_pho,so_dien_thoai\nĐào Văn\n".encode("cp1258"), "not UTF-8"),
        ("ho_ten,nam_sinh,khu_pho,so_dien_thoai\n".encode("utf-16"), "UTF-16"),
        (b"ho_ten,ho_ten,nam_sinh,khu_pho,so_dien_thoai\n", "twice"),
    ],
)
def test_unusable_files_store_nothing(importer, session_factory, data, words):
    with pytest.raises(UnusableFile) as caught:
        importer.import_bytes(data + b"\nValid Name,1950,Khu 1,\n" if data else data)
    assert words in caught.value.en
    assert caught.value.vi
    assert stored(session_factory) == []


def test_chunks_commit_separately_and_report_progress(session_factory, clock):
    importer = ResidentImporter(session_factory, clock, WARD, chunk_rows=2, actor="staff")
    rows = "".join(f"Người Số {chr(65 + i)},1950,Khu phố 1,\n" for i in range(5))
    seen: list[tuple[int, int]] = []
    report = importer.import_bytes((HEADER + rows).encode(), progress=lambda *a: seen.append(a))
    assert report.imported == 5
    assert seen == [(2, 5), (4, 5), (5, 5)]


def test_export_imports_back_unchanged(importer, session_factory, clock, tmp_path):
    # given residents imported from a list, some with a gender (in its trailing column)
    data = (
        "ho_ten,nam_sinh,khu_pho,so_dien_thoai,gioi_tinh\n"
        "Nguyễn Văn An,1952,Khu phố 3,0912345607,nam\n"
        f"Đặng Thị Bé,1960,Khu phố 7,,{unicodedata.normalize('NFD', 'Nữ')}\n"
        '"Tôn Nữ Thị O\'Neil",1948,Khu phố 1,0351234567,\n'
    )
    importer.import_bytes(data.encode())
    rows = export_rows(session_factory, "staff")
    assert [r[4] for r in rows] == ["Nữ", "Nam", ""]
    exported = to_csv(EXPORT_COLUMNS, rows)

    # when the export is imported into the same database, nothing is added
    again = importer.import_bytes(exported)
    assert (again.imported, again.skipped, again.rejected) == (0, 3, [])

    # and into an empty database it gives the same rows
    from kiosk.storage.engine import open_database

    engine, other = open_database(f"sqlite:///{tmp_path}/other.sqlite3")
    try:
        report = ResidentImporter(other, clock, WARD, actor="staff").import_bytes(exported)
        assert report.imported == 3
        assert export_rows(other, "staff") == rows
        assert stored(other) == stored(session_factory)
    finally:
        engine.dispose()


def test_erased_residents_are_neither_exported_nor_duplicates(importer, session_factory, clock):
    importer.import_bytes(f"{HEADER}Nguyễn Văn An,1952,Khu phố 3,0912345607\n".encode())
    with session_factory.begin() as s:
        s.scalars(select(Resident)).one().erased_at = clock.now()
    assert export_rows(session_factory, "staff") == []
    report = importer.import_bytes(f"{HEADER}Nguyễn Văn An,1952,Khu phố 3,0912345607\n".encode())
    assert report.imported == 1


def genders(session_factory) -> dict[str, str | None]:
    with session_factory() as s:
        return dict(s.execute(select(Resident.full_name, Resident.gender)).all())


def test_optional_gender_column_in_any_spelling(importer, session_factory):
    # given the English header with a gender column, words with and without accents
    data = (
        "full_name,birth_year,neighbourhood,phone,gender\n"
        "Lê Văn Tám,1949,Khu phố 1,,Nam\n"
        "Lê Thị Chín,1950,Khu phố 1,,nữ\n"
        "Lê Thị Mười,1951,Khu phố 1,,Khac\n"
        "Lê Văn Một,1952,Khu phố 1,,\n"
        "Lê Văn Hai,1953,Khu phố 1,,bê đê 😀\n"
    )

    report = importer.import_bytes(data.encode())

    # then the codes are stored, an empty cell stores nothing, a bad value is rejected
    assert report.imported == 4
    assert [(r.line, r.field, r.code, r.value) for r in report.rejected] == [
        (6, "gender", "gender.invalid", "bê đê 😀")
    ]
    assert report.rejected[0].vi.startswith("Giới tính phải là Nam, Nữ hoặc Khác")
    assert genders(session_factory) == {
        "Lê Văn Tám": "nam",
        "Lê Thị Chín": "nu",
        "Lê Thị Mười": "khac",
        "Lê Văn Một": None,
    }


def many_rows(count: int) -> bytes:
    """`count` names that differ accents aside: 'Người A B C', ..."""
    letters = "ABCDEGHIKLMNOPQRSTUVXY"
    names = (" ".join(letters[i // n % 22] for n in (484, 22, 1)) for i in range(count))
    return (HEADER + "".join(f"Người {name},1950,Khu phố 1,\n" for name in names)).encode()


def test_progress_every_few_hundred_rows_reaches_the_total(session_factory, clock):
    # given 2,300 rows, committed 1,000 at a time
    importer = ResidentImporter(session_factory, clock, WARD, chunk_rows=1000, actor="staff")
    seen: list[tuple[int, int]] = []

    report = importer.import_bytes(many_rows(2300), progress=lambda *a: seen.append(a))

    # then progress comes every PROGRESS_ROWS rows and at each commit, up to the total
    assert PROGRESS_ROWS == 500
    assert seen == [(500, 2300), (1000, 2300), (1500, 2300), (2000, 2300), (2300, 2300)]
    assert report.imported == len(stored(session_factory)) == 2300
    assert not report.stopped


def test_a_stopped_import_keeps_what_it_looked_at_and_a_rerun_finishes(session_factory, clock):
    # given an import asked to stop once 1,000 rows were looked at
    importer = ResidentImporter(session_factory, clock, WARD, chunk_rows=5000, actor="staff")
    seen: list[int] = []
    data = many_rows(3000)

    report = importer.import_bytes(
        data, progress=lambda done, _total: seen.append(done), stop=lambda: bool(seen)
    )

    # then the rows looked at are stored and the report says it stopped there
    assert (report.processed, report.rows, report.imported) == (1000, 3000, 1000)
    assert report.stopped
    assert len(stored(session_factory)) == 1000

    # and importing the same file again adds only the rest
    again = importer.import_bytes(data)
    assert (again.imported, again.skipped) == (2000, 1000)
    assert len(stored(session_factory)) == 3000


# --- everything checked before anything is stored; the file read as a stream -------------


def test_a_khu_pho_that_cannot_join_the_ward_list_rejects_its_rows(session_factory, clock):
    added: list[list[str]] = []
    importer = ResidentImporter(
        session_factory, clock, WARD, actor="staff", add_neighbourhoods=added.append
    )
    data = f"{HEADER}Ngô Văn Bảy,1950,Khu phố ★,\nNgô Thị Tám,1951,Khu phố 7,\n".encode()

    report = importer.import_bytes(data)

    assert [(r.line, r.code) for r in report.rejected] == [(2, "neighbourhood.bad_chars")]
    assert "no emoji or symbols" in report.rejected[0].message and report.rejected[0].vi
    assert added == [["Khu phố 7"]] and report.new_neighbourhoods == ["Khu phố 7"]
    assert [r[0] for r in stored(session_factory)] == ["Ngô Thị Tám"]


def test_new_khu_pho_beyond_the_lists_60_entries_reject_their_rows(session_factory, clock):
    ward = [f"Khu phố {n}" for n in range(1, 60)]  # room for one more
    importer = ResidentImporter(session_factory, clock, ward, actor="staff")
    data = f"{HEADER}Ngô Văn Bảy,1950,Ấp Mới,\nNgô Thị Tám,1951,Ấp Cũ,\n".encode()
    report = importer.import_bytes(data)
    assert report.new_neighbourhoods == ["Ấp Mới"]
    assert [(r.line, r.code) for r in report.rejected] == [(3, "neighbourhood.list_full")]
    assert report.imported == 1


def test_when_the_khu_pho_list_cannot_be_saved_nothing_is_stored(session_factory, clock):
    def refuse(_names):
        raise KioskError("the list could not be saved")

    importer = ResidentImporter(
        session_factory, clock, WARD, actor="staff", add_neighbourhoods=refuse
    )
    data = f"{HEADER}Ngô Văn Bảy,1950,Khu phố 1,\nNgô Thị Tám,1951,Khu phố 7,\n".encode()
    with pytest.raises(KioskError):
        importer.import_bytes(data)
    assert stored(session_factory) == []


class ReadCounter(io.BytesIO):
    """A file that notes how much each read asked for."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.asked: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.asked.append(-1 if size is None else size)
        return super().read(size)


def test_the_file_is_read_a_block_at_a_time(session_factory, clock):
    stream = ReadCounter(many_rows(3000))
    report = ResidentImporter(session_factory, clock, WARD, actor="staff").import_bytes(stream)
    assert report.imported == 3000
    assert len(stream.asked) > 1 and all(0 < size <= READ_BYTES for size in stream.asked)


def test_line_numbers_hold_across_blocks_and_line_ends(importer):
    # a CRLF split between two blocks, then CR-only line ends, then a bad row
    filler = "Người Số Một,1950,Khu phố 1,"
    head = HEADER.replace("\n", "\r\n") + filler
    pad = READ_BYTES - len(head.encode()) - 1
    data = (
        head + " " * pad + "\r\nNgười Số Hai,1950,Khu phố 1,\rNgười Số Ba,1850,Khu phố 1,\r"
    ).encode()
    assert data.index(b"\r\n", len(head)) == READ_BYTES - 1
    report = importer.import_bytes(data)
    assert report.imported == 2
    assert [(r.line, r.code) for r in report.rejected] == [(4, "year.range")]


def test_a_bad_byte_far_down_is_found_before_anything_is_stored(importer, session_factory):
    data = many_rows(5000) + "Đào Văn,1950,Khu 1,\n".encode("cp1258")
    with pytest.raises(UnusableFile) as caught:
        importer.import_bytes(data)
    assert "line 5002" in caught.value.en
    assert stored(session_factory) == []


def test_links_and_files_too_big_are_refused(importer, session_factory, tmp_path):
    real = tmp_path / "ds.csv"
    real.write_bytes(many_rows(3))
    link = tmp_path / "imports" / "link.csv"
    link.parent.mkdir()
    os.symlink(real, link)
    huge = tmp_path / "imports" / "huge.csv"
    with huge.open("wb") as f:
        f.write(many_rows(3))
        f.truncate(MAX_IMPORT_BYTES + 1)

    for path, reason in ((link, "link"), (huge, "too_big")):
        with pytest.raises(FileRefused) as refused:
            importer.import_file(path)
        assert refused.value.reason == reason
    assert stored(session_factory) == []
    assert importer.import_file(real).imported == 3


REFUSE_1951 = {
    "sqlite": [
        "CREATE TRIGGER refuse BEFORE INSERT ON residents WHEN NEW.birth_year = 1951 "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.birth_year = 1951 THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER refuse BEFORE INSERT ON residents FOR EACH ROW EXECUTE FUNCTION refuse()",
    ],
}


def test_an_error_part_way_says_how_many_rows_were_stored(session_factory, clock, database):
    # given a database that refuses one row (as a full disk would, mid-import)
    from sqlalchemy import text

    from kiosk.services.residents_io import ImportFailed

    with session_factory.begin() as s:
        for statement in REFUSE_1951[database]:
            s.execute(text(statement))
    importer = ResidentImporter(session_factory, clock, WARD, chunk_rows=2, actor="staff")
    rows = "".join(f"Người Số {chr(65 + i)},{1950 + i // 4},Khu phố 1,\n" for i in range(6))

    with pytest.raises(ImportFailed) as failed:
        importer.import_bytes((HEADER + rows).encode())

    assert failed.value.report.imported == len(stored(session_factory)) == 4
    assert "disk full" in str(failed.value.error)
