"""Validators: clean values out, our own ValidationError for everything else."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.errors import ValidationError
from kiosk.core.validation import (
    validate_birth_year,
    validate_gender,
    validate_name,
    validate_neighbourhood,
    validate_phone,
)

YEAR = 2026


@pytest.mark.parametrize("raw", ["", "   ", "\t\n"])
def test_empty_name_is_refused(raw):
    with pytest.raises(ValidationError) as err:
        validate_name(raw)
    assert err.value.field == "full_name" and err.value.code == "name.empty"


def test_name_nfd_and_nfc_give_the_same_value():
    nfc = "Trần Thị Đào"
    assert validate_name(unicodedata.normalize("NFD", nfc)) == nfc


def test_500_character_name_is_refused():
    with pytest.raises(ValidationError) as err:
        validate_name("Ă" * 500)
    assert err.value.code == "name.too_long"


@pytest.mark.parametrize("raw", ["Nguyễn 😀", "An123", "<script>"])
def test_names_with_symbols_are_refused(raw):
    with pytest.raises(ValidationError) as err:
        validate_name(raw)
    assert err.value.code == "name.bad_chars"


@pytest.mark.parametrize(
    "raw, year", [("1952", 1952), (" 1 9 5 2 ", 1952), ("１９５２", 1952), (1900, 1900)]
)
def test_birth_year_accepts(raw, year):
    assert validate_birth_year(raw, YEAR) == year


@pytest.mark.parametrize("raw", ["", "1899", "2027", "52", "abcd", "19521"])
def test_birth_year_refuses(raw):
    with pytest.raises(ValidationError) as err:
        validate_birth_year(raw, YEAR)
    assert err.value.field == "birth_year"


@pytest.mark.parametrize(
    "raw, phone",
    [
        ("0912345607", "0912345607"),
        ("091 234 5607", "0912345607"),
        ("+84 91 234 5607", "0912345607"),
        ("84912345607", "0912345607"),
        ("０９１２３４５６０７", "0912345607"),
        ("0387654321", "0387654321"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_phone_accepts(raw, phone):
    assert validate_phone(raw) == phone


@pytest.mark.parametrize(
    "raw", ["0212345678", "091234560", "09123456078", "1912345607", "09a2345607"]
)
def test_phone_refuses(raw):
    with pytest.raises(ValidationError) as err:
        validate_phone(raw)
    assert err.value.code == "phone.invalid"


def test_neighbourhood_required():
    with pytest.raises(ValidationError):
        validate_neighbourhood(" ")
    assert validate_neighbourhood(" Khu  phố 3 ") == "Khu phố 3"


@pytest.mark.parametrize(
    "raw, code",
    [
        ("nam", "nam"),
        (" Nam ", "nam"),
        ("Nữ", "nu"),
        (unicodedata.normalize("NFD", "nữ"), "nu"),
        ("NU", "nu"),
        ("Khác", "khac"),
        ("female", "nu"),
        ("", None),
        ("  ", None),
        (None, None),
    ],
)
def test_gender_accepts(raw, code):
    assert validate_gender(raw) == code


@pytest.mark.parametrize("raw", ["x", "Nam Nữ", "😀", "n", "không muốn nói"])
def test_gender_refuses(raw):
    with pytest.raises(ValidationError) as err:
        validate_gender(raw)
    assert (err.value.field, err.value.code) == ("gender", "gender.invalid")


VALIDATORS = [
    validate_gender,
    validate_name,
    lambda t: validate_birth_year(t, YEAR),
    validate_phone,
    validate_neighbourhood,
]


@pytest.mark.parametrize("validator", VALIDATORS)
@given(text=st.text(max_size=120))
def test_validators_raise_only_our_error_and_are_idempotent(validator, text):
    try:
        value = validator(text)
    except ValidationError:
        return
    if value is not None:
        assert validator(str(value)) == value
        assert validator(unicodedata.normalize("NFD", text)) == value


@given(
    text=st.sampled_from(["nam", "Nữ", "khác", "Male", "FEMALE", "other"]) | st.text(max_size=12)
)
def test_gender_is_a_stored_code_or_nothing(text):
    try:
        value = validate_gender(text)
    except ValidationError as err:
        assert err.code == "gender.invalid"
        return
    assert value in {"nam", "nu", "khac", None}
    assert validate_gender(unicodedata.normalize("NFD", text)) == value
