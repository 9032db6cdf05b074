"""One way to say what is wrong with a payload: pydantic's errors by field path, never by value."""

from __future__ import annotations

from pydantic import ValidationError


def validation_problems(
    error: ValidationError, *, whole: str | None = "(top level)", limit: int | None = None
) -> list[str]:
    """Each error as `field.path: message`; the values are left out (they may be personal data).

    An error about the payload as a whole (no field path) is named `whole`, or is the bare message when `whole`
    is None. With `limit`, at most that many errors and then `and N more`.
    """
    found = error.errors(include_url=False, include_input=False, include_context=False)
    shown = found if limit is None else found[:limit]
    problems = []
    for e in shown:
        path = ".".join(map(str, e["loc"]))
        if path or whole is not None:
            problems.append(f"{path or whole}: {e['msg']}")
        else:
            problems.append(e["msg"])
    if len(found) > len(shown):
        problems.append(f"and {len(found) - len(shown)} more")
    return problems


def describe_validation_error(
    error: ValidationError, *, whole: str | None = "(top level)", limit: int | None = None
) -> str:
    """`validation_problems` as one line, `; `-separated (for an error message or a CLI)."""
    return "; ".join(validation_problems(error, whole=whole, limit=limit))
