import pytest

from mnjp.numbers import numbers_in, parse_amount, roman


@pytest.mark.parametrize("printed, value, qualifier", [
    ("115 тэрбум 158 сая", 115_158_000_000, ""),
    ("5 тэрбум иен", 5_000_000_000, ""),
    ("1000 тн", 1000, ""),
    ("70 гаруй хувь", 70, "over"),
    ("31 сая шахам", 31_000_000, "almost"),
    ("250 гаруй сая", 250_000_000, "over"),
    ("5700 орчим", 5700, "about"),
    ("IV", 4, ""),
    ("IY", 4, ""),
    ("XXI", 21, ""),
    ("III", 3, ""),
])
def test_parse_amount_reads_printed_forms(printed, value, qualifier):
    assert parse_amount(printed) == (value, qualifier)


def test_parse_amount_rejects_text_without_a_number():
    with pytest.raises(ValueError):
        parse_amount("буцалтгүй тусламж")


def test_numbers_in_keeps_footnote_marks_apart_from_amounts():
    found = numbers_in("нийт 286 тэрбум 282 сая иэн10-д хүрчээ")
    assert 286_282_000_000 in found and 10 in found
    assert 286_282_000_010 not in found


def test_numbers_in_reads_dates_and_roman_numerals():
    found = numbers_in("Сү. Батболд /2012.05/ … дэлхийн II дайн")
    assert {2012, 5, 2} <= found


def test_roman_rejects_words_and_invalid_numerals():
    assert roman("IIII") is None
    assert roman("JIJI") is None
    assert roman("VX") is None


def test_roman_reads_every_numeral_letter():
    assert roman("CD") == 400 and roman("MCMXCIV") == 1994 and roman("XXI") == 21


def test_numbers_in_reads_english_decimals_and_thousands_of_the_reference_claims():
    found = numbers_in("valued at ¥41.8 billion in 2012; around 37 billion yen ($349 million); 1,200 firms; USD3.00 "
                       "billion")
    assert {41.8e9, 37e9, 349e6, 1200, 3e9} <= found
    assert 5e9 not in numbers_in("1.5 billion")
    assert 1.5e9 in numbers_in("1.5 billion")


def test_numbers_in_keeps_dotted_dates_as_dates():
    assert {2012, 5} <= numbers_in("/2012.05/")
    assert 2012.05 not in numbers_in("/2012.05/")
