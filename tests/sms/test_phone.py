import pytest

from sms.phone import InvalidPhoneNumber, e164, mask_phone


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("+8613800138000", "+8613800138000"),
        ("+86 138-0013-8000", "+8613800138000"),
        (" +1 (415) 555.0100 ", "+14155550100"),
        ("+44\u00a07700 900123", "+447700900123"),
    ],
)
def test_numbers_people_write_become_e164(raw, number):
    assert e164(raw) == number


@pytest.mark.parametrize(
    "raw",
    ["13800138000", "008613800138000", "+0861380013800", "+86 138 0013 800x", "+123456", "+1234567890123456", "", "+"],
)
def test_anything_else_is_refused_with_the_number_masked(raw):
    with pytest.raises(InvalidPhoneNumber, match=r"E\.164") as caught:
        e164(raw)
    digits = "".join(c for c in raw if c.isdigit())
    if len(digits) > 7:
        assert digits not in str(caught.value)


def test_mask_keeps_the_country_prefix_and_the_last_four_digits():
    assert mask_phone("+8613800138000") == "+86*******8000"
    assert mask_phone("+1234") == "*****"
