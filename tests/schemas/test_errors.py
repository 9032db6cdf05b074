"""One pydantic error formatter: fields by path, never the values, a limit, and the payload as a whole."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field, ValidationError, model_validator

from schemas.errors import describe_validation_error, validation_problems


class Slot(BaseModel):
    start: int = Field(ge=0)


class Booking(BaseModel):
    name: str
    slots: list[Slot]

    @model_validator(mode="after")
    def _some_slot(self) -> Booking:
        if not self.slots:
            raise ValueError("a booking needs a slot")
        return self


def refused(data: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        Booking.model_validate(data)
    return caught.value


def test_each_error_names_its_field_path_and_never_the_value() -> None:
    secret = "13800138000-secret"
    problems = validation_problems(refused({"name": 7, "slots": [{"start": 1}, {"start": -1}], "x": secret}))
    assert problems == [
        "name: Input should be a valid string",
        "slots.1.start: Input should be greater than or equal to 0",
    ]
    assert secret not in describe_validation_error(refused({"name": secret, "slots": [{"start": secret}]}))


def test_an_error_about_the_whole_payload_is_named_or_bare() -> None:
    error = refused({"name": "n", "slots": []})
    assert validation_problems(error) == ["(top level): Value error, a booking needs a slot"]
    assert validation_problems(error, whole="(record)") == ["(record): Value error, a booking needs a slot"]
    assert validation_problems(error, whole=None) == ["Value error, a booking needs a slot"]


def test_a_limit_keeps_the_first_errors_and_counts_the_rest() -> None:
    error = refused({"slots": [{"start": -1}, {"start": -2}, {"start": -3}]})
    assert len(error.errors()) == 4
    assert describe_validation_error(error, limit=2) == (
        "name: Field required; slots.0.start: Input should be greater than or equal to 0; and 2 more"
    )
    assert validation_problems(error, limit=4) == validation_problems(error)
    assert "more" not in describe_validation_error(error, limit=10)
