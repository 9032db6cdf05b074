"""What the bytes of a message say: the reader's one entry point, `analyse`.

Pure (bytes and what we know of the run's sent emails in, facts out), never raises for any input, and imports
only the reading modules, so the gateway's reader processes (inbound.reader) start quickly. The reading happens
here once, with the known facts: the replied-to email (found among the run's emails by the message's
In-Reply-To/References) gives its fingerprint and the times it offered (SPEC R-M3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from inbound.automated import Automated
from inbound.intent import Classification
from inbound.mime import fallback_message_id, header, message_id_of, parse, referenced_ids
from inbound.reading import DEFAULT_CONFIDENCE_BAR, MAX_TEXT, Reading, SentFingerprint, facts_for, read_or_raise

MAX_REPLY_TEXT = MAX_TEXT


@dataclass(frozen=True)
class Analysis:
    """What the bytes of a message say: `classification` is the reading (its intent `unclear` below the
    confidence bar); `replied_to` the Message-ID of our email whose fingerprint and offered times were used."""

    message_id: str
    subject: str
    references: list[str]
    automated: Automated | None
    text: str
    classification: Classification
    problem: str | None = None
    replied_to: str | None = None


def classification_of(reading: Reading) -> Classification:
    """A reading's intent, slot, question, confidence, rule and proposed time."""
    return Classification(
        reading.intent, reading.slot, reading.question, reading.confidence, reading.rule, reading.proposed
    )


def analyse(
    raw: bytes,
    mail_from: str,
    sent: Sequence[SentFingerprint] = (),
    confidence_bar: float = DEFAULT_CONFIDENCE_BAR,
) -> Analysis:
    """Parse, detect automated mail, strip quotes (ours by fingerprint) and signatures, read the intent;
    malformed input sets `problem`. `sent`: the fingerprints of the run's emails, newest first."""
    try:
        if not raw.strip():
            raise ValueError("the message is empty")
        message = parse(raw)
        if not message.keys() and not message.get_payload():
            raise ValueError("no headers and no body")
        message_id = message_id_of(message, raw)
        subject = header(message, "Subject")[:500]
        references = referenced_ids(message)
        facts, found = facts_for(references, sent, confidence_bar)
        reading = read_or_raise(message, mail_from, facts)
        return Analysis(
            message_id,
            subject,
            references,
            reading.automated,
            reading.text,
            classification_of(reading),
            replied_to=found.message_id if found is not None else None,
        )
    except Exception as exc:  # any input at all must end as a dead letter, never as a crash
        return Analysis(
            fallback_message_id(raw),
            "",
            [],
            None,
            "",
            Classification("unclear"),
            problem=f"{type(exc).__name__}: {exc}"[:500],
        )
