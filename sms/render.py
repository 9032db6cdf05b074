"""SMS text: `templates/sms/<name>/<locale>.txt`, rendered by the email environment (same filters, strict).

A text is short: blank lines and surrounding spaces go, and a text longer than `MAX_SMS_CHARS` is refused
rather than split into many billed segments.
"""

from __future__ import annotations

from typing import Any

import jinja2

from mail.render import LOCALES

# Five concatenated UCS-2 segments (67 characters each) hold 335; keep a margin for the provider's prefix.
MAX_SMS_CHARS = 300


class UnknownSmsTemplate(LookupError):
    """No `templates/sms/<name>/` for the requested text."""


class SmsTooLong(ValueError):
    """The rendered text is longer than MAX_SMS_CHARS."""


def known_sms_templates(env: jinja2.Environment) -> list[str]:
    """Every SMS name: the folders under sms/ with a text in each locale."""
    found: dict[str, set[str]] = {}
    for path in env.list_templates():
        parts = path.split("/")
        if len(parts) == 3 and parts[0] == "sms" and parts[2].endswith(".txt"):
            found.setdefault(parts[1], set()).add(parts[2].removesuffix(".txt"))
    return sorted(name for name, locales in found.items() if locales >= set(LOCALES))


def render_sms(env: jinja2.Environment, template: str, locale: str, context: dict[str, Any]) -> str:
    """The text of `template` in `locale`; raises on unknown names, undefined variables and over-long texts."""
    if locale not in LOCALES:
        raise ValueError(f"unsupported locale {locale!r}; supported: {', '.join(LOCALES)}")
    try:
        source = env.get_template(f"sms/{template}/{locale}.txt")
    except jinja2.TemplateNotFound:
        known = ", ".join(known_sms_templates(env)) or "none"
        raise UnknownSmsTemplate(f"unknown SMS template {template!r}; known templates: {known}") from None
    rendered = source.render({**context, "locale": locale})
    text = "\n".join(line.strip() for line in rendered.splitlines() if line.strip())
    if not text:
        raise ValueError(f"SMS template {template!r} ({locale}) rendered to an empty text")
    if len(text) > MAX_SMS_CHARS:
        raise SmsTooLong(f"SMS template {template!r} ({locale}) rendered to {len(text)} characters (> {MAX_SMS_CHARS})")
    return text
