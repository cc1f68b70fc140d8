"""Ward settings chosen in the app: strict validation, stored as JSON, winning over TOML."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from kiosk.core.config import Settings, load_settings
from kiosk.core.errors import ValidationError
from kiosk.services.audit import AuditLog
from kiosk.services.ward_settings import (
    EntryError,
    WardSettings,
    validate_entries,
    validate_ward_name,
)
from kiosk.storage.models import WardSetting

KP = tuple(f"Khu phố {n}" for n in range(1, 7))


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def audit(session_factory, clock) -> AuditLog:
    return AuditLog(session_factory, clock)


@pytest.fixture
def ward(session_factory, clock, audit) -> WardSettings:
    return WardSettings(session_factory, clock, audit)


# --- the ward's name ----------------------------------------------------------------------


def test_ward_name_is_cleaned_and_nfd_gives_the_same_name():
    assert validate_ward_name("  Phường   Đa Kao ") == "Phường Đa Kao"
    assert validate_ward_name(nfd("Phường Đa Kao")) == "Phường Đa Kao"
    assert validate_ward_name("Phường 12, Quận Gò Vấp") == "Phường 12, Quận Gò Vấp"


@pytest.mark.parametrize(
    "raw, code",
    [
        ("", "ward.empty"),
        ("   \t ", "ward.empty"),
        ("Phường " + "Đ" * 120, "ward.too_long"),
        ("Phường Bến Thành ☕", "text.bad_chars"),
        ("Phường 👍🏽 Bến Thành", "text.bad_chars"),
        ("Phường\u200dBến", "text.bad_chars"),  # a zero-width joiner is not a letter
        ("12345", "text.bad_chars"),
    ],
)
def test_bad_ward_names_are_refused_with_their_code(raw, code):
    with pytest.raises(ValidationError) as error:
        validate_ward_name(raw)
    assert (error.value.field, error.value.code) == ("ward_name", code)


def test_a_ward_name_of_exactly_120_letters_is_kept():
    name = "P" + "đ" * 119
    assert validate_ward_name(name) == name


@given(st.text(max_size=200))
def test_ward_name_validation_is_idempotent_and_form_blind(raw):
    try:
        once = validate_ward_name(raw)
    except ValidationError:
        with pytest.raises(ValidationError):
            validate_ward_name(unicodedata.normalize("NFD", raw))
        return
    assert validate_ward_name(once) == once
    assert validate_ward_name(unicodedata.normalize("NFD", raw)) == once
    assert unicodedata.is_normalized("NFC", once)


# --- lists: khu phố and help categories ---------------------------------------------------


def test_entries_are_cleaned_and_blank_rows_left_out():
    raw = [" Khu phố  1", "", "   ", nfd("Khu phố Đông")]
    assert validate_entries("neighbourhoods", raw, 80) == ("Khu phố 1", "Khu phố Đông")


@pytest.mark.parametrize(
    "first, second",
    [
        ("Khu phố 1", "khu pho 1"),
        ("Khu phố 1", "KHU PHỐ 1"),
        ("Khu phố Đông", "khu pho dong"),  # Đ has no decomposition: folded by hand
        ("Khu phố 3", nfd("Khu phố 3")),
    ],
)
def test_entries_equal_but_for_accents_and_capitals_are_duplicates(first, second):
    with pytest.raises(EntryError) as error:
        validate_entries("neighbourhoods", ["Khu phố 9", first, second], 80)
    assert error.value.code == "entry.duplicate"
    assert error.value.index == 2  # the second one is marked, the first stays


def test_an_entry_too_long_or_with_emoji_is_marked():
    with pytest.raises(EntryError) as long:
        validate_entries("neighbourhoods", ["Khu phố 1", "K" * 81], 80)
    assert (long.value.code, long.value.index) == ("entry.too_long", 1)
    with pytest.raises(EntryError) as emoji:
        validate_entries("assistance_categories", ["Cài ví điện tử 📱"], 120)
    assert (emoji.value.code, emoji.value.index) == ("entry.bad_chars", 0)


def test_a_list_needs_one_to_sixty_entries():
    with pytest.raises(ValidationError, match="at least one") as empty:
        validate_entries("neighbourhoods", ["", " "], 80)
    assert empty.value.code == "list.empty"
    assert len(validate_entries("neighbourhoods", [f"KP {n}" for n in range(60)], 80)) == 60
    with pytest.raises(ValidationError) as many:
        validate_entries("neighbourhoods", [f"KP {n}" for n in range(61)], 80)
    assert many.value.code == "list.too_many"


@given(st.lists(st.text(max_size=30), max_size=8))
def test_list_validation_is_idempotent_and_form_blind(raw):
    try:
        once = validate_entries("neighbourhoods", raw, 80)
    except ValidationError:
        return
    assert validate_entries("neighbourhoods", once, 80) == once
    assert validate_entries("neighbourhoods", [nfd(r) for r in raw], 80) == once


# --- storing, auditing, applying -----------------------------------------------------------


def test_saved_settings_are_applied_and_audited_naming_what_changed(ward, audit):
    changed = ward.save("admin", ward_name=nfd("Phường Đa Kao"), neighbourhoods=[*KP, "Khu phố 7"])
    assert changed == ["ward_name", "neighbourhoods"]
    applied = ward.apply(Settings())
    assert applied.ward_name == "Phường Đa Kao"
    assert applied.neighbourhoods == (*KP, "Khu phố 7")
    assert applied.idle_seconds == 90  # untouched keys keep their file value
    ward.save("admin", neighbourhoods=[*KP[1:], "Khu phố 7"], ward_name="Phường Đa Kao")
    latest, first = audit.recent(2)
    assert (latest.actor, latest.action) == ("admin", "settings_changed")
    assert latest.detail == 'khu phố: -"Khu phố 1"'
    assert first.detail.startswith('ward name: "Phường Đa Kao"; khu phố: "Khu phố 1"')


def test_saving_the_same_values_again_changes_and_logs_nothing(ward, audit):
    ward.save("admin", ward_name="Phường Đa Kao")
    assert ward.save("admin", ward_name=" Phường  Đa Kao") == []
    assert len(audit.recent()) == 1


def test_a_first_change_is_worded_against_the_file_and_the_file_value_stores_nothing(
    session_factory, clock, audit
):
    ward = WardSettings(session_factory, clock, audit, defaults=Settings())
    assert ward.save("admin", ward_name="Phường Bến Thành", neighbourhoods=KP) == []
    assert ward.load() == {} and audit.recent() == []
    ward.save("admin", ward_name="Phường Đa Kao", neighbourhoods=[*KP[:5], "Khu phố 6A"])
    assert audit.recent(1)[0].detail == (
        'ward name: "Phường Bến Thành" -> "Phường Đa Kao"; khu phố: +"Khu phố 6A", -"Khu phố 6"'
    )


def test_khu_pho_met_in_an_import_are_added_once(session_factory, clock, audit):
    ward = WardSettings(session_factory, clock, audit, defaults=Settings())
    assert ward.add_neighbourhoods("cli:root", ["khu pho 2", "Khu phố 7", " Khu  phố 7 ", ""]) == [
        "Khu phố 7"
    ]
    assert ward.load()["neighbourhoods"] == (*KP, "Khu phố 7")
    assert ward.add_neighbourhoods("cli:root", [nfd("Khu phố 7")]) == []
    assert audit.recent(1)[0].detail == 'khu phố: +"Khu phố 7"'


def test_one_bad_value_stores_nothing(ward, audit, session_factory):
    ward.save("admin", ward_name="Phường Đa Kao")
    with pytest.raises(ValidationError):
        ward.save("admin", ward_name="Phường Tân Định", neighbourhoods=["KP 1", "kp 1"])
    assert ward.load() == {"ward_name": "Phường Đa Kao"}
    assert [e.action for e in audit.recent()] == ["settings_changed"]


def test_a_broken_stored_value_is_ignored_not_fatal(ward, session_factory, clock):
    ward.save("admin", ward_name="Phường Đa Kao")
    with session_factory.begin() as s:
        s.add(WardSetting(key="neighbourhoods", value="[not json", updated_at=clock.now()))
        s.add(WardSetting(key="retired_key", value='"x"', updated_at=clock.now()))
    assert ward.load() == {"ward_name": "Phường Đa Kao"}
    ward.save("admin", neighbourhoods=["Khu phố 1"])  # and a good save repairs it
    with session_factory() as s:
        stored = s.scalars(select(WardSetting.value).where(WardSetting.key == "neighbourhoods"))
        assert stored.one() == '["Khu ph\\u1ed1 1"]'


def test_stored_settings_win_over_the_toml_file(data_dir, tmp_path, monkeypatch):
    from kiosk.app import build_services

    toml = tmp_path / "settings.toml"
    toml.write_text(
        'ward_name = "Phường Bến Nghé"\nidle_seconds = 120\nneighbourhoods = ["KP A"]\n',
        encoding="utf-8",
    )
    first = build_services(load_settings(toml))
    assert first.settings.ward_name == "Phường Bến Nghé"
    first.ward_settings.save("admin", ward_name="Phường Sài Gòn", neighbourhoods=["Khu phố 1"])
    first.engine.dispose()
    again = build_services(load_settings(toml))
    assert again.settings.ward_name == "Phường Sài Gòn"
    assert again.settings.neighbourhoods == ("Khu phố 1",)
    assert again.settings.idle_seconds == 120
    assert again.attendance.sheet_for_day(again.clock.today()).ward_name == "Phường Sài Gòn"
    again.engine.dispose()
