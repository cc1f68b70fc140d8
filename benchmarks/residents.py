"""Generated Vietnamese residents for the search benchmark, bulk-inserted through Core."""

from __future__ import annotations

import random
import uuid
from datetime import datetime

from sqlalchemy import Engine, insert

from kiosk.core.text import fold
from kiosk.storage.models import Resident

SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn "
    "Trương Lâm Mai Tô Châu Quách Đào La Thái Hà Cao Lương"
).split()
MIDDLES = (
    "Văn Thị Hữu Đức Minh Ngọc Thanh Quốc Kim Đình Xuân Thu Hoài Gia Bảo Trọng Công Mỹ "
    "Phương Anh Tuấn Đăng Thùy Diệu"
).split()
GIVENS = (
    "An Bình Cường Dũng Đạt Đông Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Khánh Lan Linh Long "
    "Mai Nam Nga Ngân Nhung Phong Phúc Phương Quân Quang Sơn Tâm Thảo Thắng Trang Trung Tuấn "
    "Vy Yến Đào Điệp Định Đức Huệ Lộc Nhi Oanh Quyên Tài Tiến Uyên Việt Xuân Ý"
).split()
NEIGHBOURHOODS = tuple(f"Khu phố {n}" for n in range(1, 7))


def random_name(rng: random.Random) -> str:
    middle = " ".join(rng.sample(MIDDLES, rng.choice((1, 1, 2))))
    return f"{rng.choice(SURNAMES)} {middle} {rng.choice(GIVENS)}"


def resident_rows(count: int, rng: random.Random) -> list[dict]:
    now = datetime(2026, 1, 1, 8, 0)
    phones = rng.sample(range(10**8), count)
    rows = []
    for phone in phones:
        name = random_name(rng)
        rows.append(
            dict(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                full_name=name,
                name_folded=fold(name),
                birth_year=rng.randint(1940, 2008),
                neighbourhood=rng.choice(NEIGHBOURHOODS),
                phone=f"09{phone:08d}",
                created_at=now,
            )
        )
    return rows


def insert_residents(engine: Engine, rows: list[dict]) -> None:
    with engine.begin() as conn:
        for i in range(0, len(rows), 10_000):
            conn.execute(insert(Resident.__table__), rows[i : i + 10_000])


def typed_prefixes(rows: list[dict], count: int, rng: random.Random) -> list[str]:
    """What people type: 1..12 leading characters, with accents and capitals or without."""
    out = []
    for _ in range(count):
        row = rng.choice(rows)
        name = row["full_name"] if rng.random() < 0.5 else row["name_folded"]
        out.append(name[: rng.randint(1, 12)])
    return out
