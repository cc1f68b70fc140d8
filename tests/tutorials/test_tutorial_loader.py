"""Strict loading: each broken file is refused with its file, step and field named."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.errors import KioskError
from kiosk.tutorials.loader import TutorialError, load_catalog, load_tutorial, ward_dir
from kiosk.tutorials.schema import is_stale

Mutation = Callable[[dict[str, Any]], None]

CASES: list[tuple[str, Mutation, str]] = [
    (
        "unknown key",
        lambda d: d["steps"][2].update(colour="red"),
        "vneid.yaml: steps[2] (enter_otp).colour: unknown key",
    ),
    ("unknown top-level key", lambda d: d.update(author="x"), "vneid.yaml: author: unknown key"),
    ("wrong type", lambda d: d.update(minutes="five"), "vneid.yaml: minutes: Input should be"),
    (
        "missing translation",
        lambda d: d["steps"][1]["instruction"].pop("en"),
        "vneid.yaml: steps[1] (send).instruction.en: is required",
    ),
    ("empty translation", lambda d: d["title"].update(vi=""), "vneid.yaml: title.vi:"),
    (
        "unknown screen",
        lambda d: d["steps"][2].update(screen="otpp"),
        "vneid.yaml: steps[2] (enter_otp).screen: unknown screen 'otpp'",
    ),
    (
        "target not on screen",
        lambda d: d["steps"][2].update(target="otp_field"),
        "vneid.yaml: steps[2] (enter_otp).target: 'otp_field' is not on screen 'otp'",
    ),
    (
        "enter without expect",
        lambda d: d["steps"][2].pop("expect"),
        "vneid.yaml: steps[2] (enter_otp).expect: an enter step needs",
    ),
    (
        "duplicate step id",
        lambda d: d["steps"][3].update(id="send"),
        "vneid.yaml: steps[3] (send).id: duplicate step id (also steps[1])",
    ),
    (
        "enter into a button",
        lambda d: d["steps"][1].update(action="enter", expect="1"),
        "vneid.yaml: steps[1] (send).target: 'btn_send' is a button; an enter step needs a field",
    ),
    (
        "unknown practice value",
        lambda d: d["steps"][2].update(expect="{practice.pin}"),
        "vneid.yaml: steps[2] (enter_otp).expect: unknown practice value 'pin'",
    ),
    (
        "unquoted number",
        lambda d: d["practice_data"]["otp"].update(value=246810),
        "vneid.yaml: practice_data.otp.value: Input should be a valid string",
    ),
    (
        "mistake for something not on screen",
        lambda d: d["steps"][0]["mistakes"].update(nowhere={"vi": "a", "en": "b"}),
        "vneid.yaml: steps[0] (enter_id).mistakes: 'nowhere'",
    ),
    (
        "bad component field",
        lambda d: d["screens"]["form"]["components"][0].update(kind="date"),
        "vneid.yaml: screens.form.components[0].kind: Input should be",
    ),
    (
        "unknown component",
        lambda d: d["screens"]["form"]["components"].append({"type": "slider"}),
        "vneid.yaml: screens.form.components[3]: Input tag 'slider'",
    ),
    ("no safety lesson", lambda d: d.update(safety=[]), "vneid.yaml: safety:"),
    ("no checked date", lambda d: d.pop("checked"), "vneid.yaml: checked: is required"),
    (
        "checked date as text",
        lambda d: d.update(checked="6/12/2026"),
        "vneid.yaml: checked: Input should be a valid date",
    ),
    ("no sources", lambda d: d.pop("sources"), "vneid.yaml: sources: is required"),
    ("empty sources", lambda d: d.update(sources=[]), "vneid.yaml: sources: List should have"),
    (
        "source without an address",
        lambda d: d["sources"][0].pop("address"),
        "vneid.yaml: sources[0].address: is required",
    ),
    (
        "source address not a web address",
        lambda d: d["sources"][0].update(address="dichvucong.gov.vn"),
        "vneid.yaml: sources[0].address: String should match pattern",
    ),
    (
        "source date not a date",
        lambda d: d["sources"][0].update(date="tháng 6"),
        "vneid.yaml: sources[0].date: String should match pattern",
    ),
    (
        "unsettled without searches",
        lambda d: d.update(unsettled=[{"question": "Nhãn nút?", "searched": []}]),
        "vneid.yaml: unsettled[0].searched: List should have",
    ),
    (
        "choose an item not in the list",
        lambda d: d["steps"][3].update(expect="q_car"),
        "vneid.yaml: steps[3] (pick).expect: 'q_car' is not an item of list 'questions'",
    ),
]


@pytest.mark.parametrize(("mutate", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_broken_file_names_file_step_and_field(mini, write_yaml, mutate, message) -> None:
    mutate(mini)
    path = write_yaml(mini, "vneid.yaml")

    with pytest.raises(TutorialError) as caught:
        load_tutorial(path)

    assert any(line.startswith(message) for line in caught.value.problems), caught.value.problems
    assert isinstance(caught.value, KioskError)


def test_bad_yaml_and_duplicate_keys_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("id: [unclosed\n", "utf-8")
    (tmp_path / "b.yaml").write_text("id: one\nid: two\n", "utf-8")

    with pytest.raises(TutorialError, match=r"a\.yaml: not valid YAML: line 2"):
        load_tutorial(tmp_path / "a.yaml")
    with pytest.raises(TutorialError, match=r"b\.yaml: not valid YAML: line 2.*duplicate key 'id'"):
        load_tutorial(tmp_path / "b.yaml")


def test_texts_are_nfc_and_practice_values_filled_in(mini, write_yaml) -> None:
    mini["title"]["vi"] = unicodedata.normalize("NFD", "Bài mẫu")
    tutorial = load_tutorial(write_yaml(mini))

    assert tutorial.title.vi == unicodedata.normalize("NFC", "Bài mẫu")
    assert tutorial.steps[2].expect == "246810"
    assert tutorial.screens["otp"].components[0].text.en == "Code: 246810"  # type: ignore[union-attr]


def test_the_models_are_frozen(mini, write_yaml) -> None:
    tutorial = load_tutorial(write_yaml(mini))

    with pytest.raises(Exception):  # noqa: B017 - pydantic raises its own ValidationError
        tutorial.steps[0].target = "phone"  # type: ignore[misc]


def test_a_broken_ward_file_is_skipped_not_fatal(mini, write_yaml, tmp_path: Path) -> None:
    ward = ward_dir(tmp_path / "data")
    write_yaml(mini, "good.yaml", ward)
    mini["id"] = "other"
    mini["steps"][2]["target"] = "otp_field"
    write_yaml(mini, "broken.yaml", ward)

    catalog = load_catalog([tmp_path / "missing", ward])

    assert [t.id for t in catalog.all()] == ["mini"] and catalog.get("mini").version == 1
    assert catalog.problems == [
        (
            ward / "broken.yaml",
            "broken.yaml: steps[2] (enter_otp).target: 'otp_field' is not on screen 'otp'",
        )
    ]


def test_a_repeated_id_keeps_the_first_file(mini, write_yaml, tmp_path: Path) -> None:
    first = write_yaml(mini, "a.yaml", tmp_path / "one")
    write_yaml(mini, "b.yaml", tmp_path / "two")

    catalog = load_catalog([tmp_path / "one", tmp_path / "two"])

    assert catalog.files["mini"] == first
    assert "id 'mini' is already used" in catalog.problems[0][1]
    with pytest.raises(KeyError):
        catalog.get("nothing")


def test_a_source_date_may_be_a_year_a_month_or_a_day(mini, write_yaml) -> None:
    mini["sources"] += [
        {**mini["sources"][0], "date": 2024},
        {**mini["sources"][0], "date": date(2025, 6, 10)},
    ]

    tutorial = load_tutorial(write_yaml(mini, "vneid.yaml"))

    assert [s.date for s in tutorial.sources] == ["2025-01", "2024", "2025-06-10"]
    assert tutorial.checked == date(2025, 2, 1)


@pytest.mark.parametrize(
    ("today", "stale"),
    [
        (date(2026, 2, 1), False),  # exactly twelve months
        (date(2026, 2, 2), True),
        (date(2025, 2, 1), False),
    ],
)
def test_a_lesson_is_stale_more_than_twelve_months_after_its_check(
    mini, write_yaml, today: date, stale: bool
) -> None:
    tutorial = load_tutorial(write_yaml(mini, "vneid.yaml"))

    assert is_stale(tutorial, today) is stale


def test_on_29_february_a_year_ago_is_28_february(mini, write_yaml) -> None:
    tutorial = load_tutorial(write_yaml(mini, "vneid.yaml"))

    leap_day = date(2028, 2, 29)
    assert not is_stale(tutorial.model_copy(update={"checked": date(2027, 2, 28)}), leap_day)
    assert is_stale(tutorial.model_copy(update={"checked": date(2027, 2, 27)}), leap_day)
