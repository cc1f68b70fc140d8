"""docs/lesson-sources.md is generated from the lessons' own `sources:` and `checked:`."""

from __future__ import annotations

from pathlib import Path

from kiosk.tutorials.loader import BUILTIN_DIR, load_catalog, load_tutorial
from kiosk.tutorials.sources import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "lesson-sources.md"


def test_the_committed_lesson_sources_equal_the_generated_ones() -> None:
    catalog = load_catalog([BUILTIN_DIR])

    assert DOC.read_text(encoding="utf-8") == render(catalog.all()), (
        "docs/lesson-sources.md is out of date: run scripts/lesson_sources.py"
    )


def test_every_lesson_names_its_sources_and_check_date(mini, write_yaml) -> None:
    mini["unsettled"] = [{"question": "Nhãn nút có còn đúng?", "searched": ["vneid nút"]}]
    tutorial = load_tutorial(write_yaml(mini))

    text = render([tutorial])

    assert "## Bài mẫu (`mini`)" in text
    assert "Checked 2025-02-01." in text
    assert "- Hướng dẫn mẫu. Phường Mẫu, 2025-01. <https://example.gov.vn/huong-dan>" in text
    assert "- Nhãn nút có còn đúng? Searched: vneid nút." in text
