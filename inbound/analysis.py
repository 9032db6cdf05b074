"""What the bytes of a message say, before any lookup: the reader's one entry point, `analyse`.

Pure (bytes in, facts out), never raises for any input, and imports only the reading modules, so the gateway's
reader processes (inbound.reader) start quickly.
"""

from __future__ import annotations

from dataclasses import dataclass

from inbound.automated import Automated, detect
from inbound.intent import Classification, classify
from inbound.mime import body_text, fallback_message_id, header, message_id_of, parse, referenced_ids
from inbound.quotes import new_text

MAX_REPLY_TEXT = 2000


@dataclass(frozen=True)
class Analysis:
    """What the bytes of a message say, before any lookup."""

    message_id: str
    subject: str
    references: list[str]
    automated: Automated | None
    text: str
    classification: Classification
    problem: str | None = None


def analyse(raw: bytes, mail_from: str) -> Analysis:
    """Parse, detect automated mail, strip quotes and signatures, classify; malformed input sets `problem`."""
    try:
        if not raw.strip():
            raise ValueError("the message is empty")
        message = parse(raw)
        if not message.keys() and not message.get_payload():
            raise ValueError("no headers and no body")
        message_id = message_id_of(message, raw)
        subject = header(message, "Subject")[:500]
        references = referenced_ids(message)
        automated = detect(message, mail_from)
        if automated is not None:
            return Analysis(message_id, subject, references, automated, "", Classification("unknown"))
        body, _ = body_text(message)
        text = new_text(body)[:MAX_REPLY_TEXT]
        return Analysis(message_id, subject, references, None, text, classify(text))
    except Exception as exc:  # any input at all must end as a dead letter, never as a crash
        return Analysis(
            fallback_message_id(raw),
            "",
            [],
            None,
            "",
            Classification("unknown"),
            problem=f"{type(exc).__name__}: {exc}"[:500],
        )
