"""Text rules: what is stored and what search folds to."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.text import clean, fold, mask_phone, nfc, short_name

NAME_NFC = "Nguyễn Văn Đặng"
NAME_NFD = unicodedata.normalize("NFD", NAME_NFC)


def test_nfd_input_is_stored_as_nfc():
    assert NAME_NFD != NAME_NFC
    assert nfc(NAME_NFD) == NAME_NFC
    assert clean(f"  {NAME_NFD}\t ") == NAME_NFC


def test_fold_drops_accents_case_and_maps_d_stroke():
    assert fold("Nguyễn Văn An") == "nguyen van an"
    assert fold("ĐẶNG thị ĐÀO") == "dang thi dao"
    assert fold("đ") == "d"
    assert fold(NAME_NFD) == fold(NAME_NFC) == "nguyen van dang"


def test_fold_of_typed_forms_agree():
    assert fold("nguyen van an") == fold("Nguyen Van An") == fold("Nguyễn Văn An")


def test_empty_and_whitespace():
    assert clean("   ") == ""
    assert fold("") == ""


def test_long_text_and_emoji_do_not_break_folding():
    long = "Ă" * 500 + " 😀"
    assert fold(long) == "a" * 500 + " 😀"


def test_mask_phone():
    assert mask_phone("0912345607") == "091****607"
    assert mask_phone(None) == ""
    assert mask_phone("") == ""


def test_short_name_for_masked_confirmation():
    assert short_name("Nguyễn Văn An") == "Nguyễn V. A."
    assert short_name("Đặng") == "Đặng"


@given(st.text())
def test_fold_is_idempotent_and_nfc_blind(text):
    once = fold(text)
    assert fold(once) == once
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


@given(st.text())
def test_clean_is_idempotent_and_nfc(text):
    once = clean(text)
    assert clean(once) == once
    assert unicodedata.is_normalized("NFC", once)
