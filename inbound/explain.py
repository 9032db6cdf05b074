"""`starter.py mail explain FILE.eml`: how the service reads a message, and why (SPEC R-M3).

Pure: bytes (and, with `--db`, the replied-to email's fingerprint and offered times) in, an explanation out.
"""

from __future__ import annotations

from email.utils import parseaddr
from typing import Any

from inbound import gate
from inbound.mime import header, parse, referenced_ids
from inbound.reading import NO_FACTS, KnownFacts, Reading, read


def envelope_sender(raw: bytes) -> str:
    """The address a message's From header names (what the gateway's MAIL FROM usually is)."""
    try:
        return parseaddr(header(parse(raw), "From"))[1]
    except Exception:
        return ""


def references(raw: bytes) -> list[str]:
    """The Message-IDs the message answers (In-Reply-To first, then References newest first)."""
    try:
        return referenced_ids(parse(raw))
    except Exception:
        return []


def explain(raw: bytes, mail_from: str, facts: KnownFacts = NO_FACTS, replied_to: str | None = None) -> dict[str, Any]:
    """Everything `mail explain` shows, as JSON-ready data."""
    message = parse(raw)
    reading: Reading = read(message, mail_from, facts)
    auto = reading.automated
    return {
        "subject": header(message, "Subject"),
        "from": header(message, "From"),
        "envelope_sender": mail_from,
        "automated": auto is not None,
        "automated_kind": auto.kind if auto else None,
        "automated_why": auto.detail if auto else None,
        "new_text": reading.text,
        "from_html": reading.from_html,
        "intent": reading.intent,
        "slot": reading.slot,
        "confidence": reading.confidence,
        "confidence_bar": facts.confidence_bar,
        "rule": reading.rule,
        "acts": reading.acts,
        "gate": gate.explain(reading, facts.offered) if facts.gate else None,
        "question": reading.question,
        "proposed_time": reading.proposed,
        "replied_to": replied_to,
        "fingerprint_used": facts.sent is not None,
        "offered_times": [{"number": s.number, "start": s.start.isoformat()} for s in facts.offered],
    }


def format_explanation(data: dict[str, Any]) -> str:
    """The explanation as a person reads it."""
    lines = [f"subject:     {data['subject'] or '-'}", f"from:        {data['from'] or '-'}"]
    if data["automated"]:
        lines += [
            f"automated:   yes — {data['automated_kind']}: {data['automated_why']}",
            "not read: no person wrote it",
        ]
        return "\n".join(lines)
    lines.append("automated:   no (no auto-reply headers, subject or wording)")
    source = "HTML part" if data["from_html"] else "text part"
    known = (
        f"replied-to email {data['replied_to']} (fingerprint and {len(data['offered_times'])} offered time(s))"
        if data["fingerprint_used"]
        else "none (quotes recognised by their markers only; run with --db to use what we sent)"
    )
    lines.append(f"known facts: {known}")
    lines.append(f"new text ({source}):")
    lines += [f"  | {line}" for line in (data["new_text"] or "(nothing of its own)").split("\n")]
    lines.append(f"intent:      {data['intent']}" + ("  (acted on)" if data["acts"] else "  (not acted on)"))
    lines.append(f"slot:        {data['slot'] if data['slot'] is not None else '-'}")
    lines.append(f"confidence:  {data['confidence']} (bar {data['confidence_bar']})")
    lines.append(f"rule:        {data['rule']}")
    held = data.get("gate")
    if held is not None:
        signs = "; ".join(held["why"]) or "none"
        if held["held"]:
            lines.append(f"gate:        held back, not acted on (risk {held['risk']} ≥ {held['threshold']}): {signs}")
        else:
            lines.append(f"gate:        passed (risk {held['risk']} < {held['threshold']}); signs: {signs}")
    if data["proposed_time"]:
        lines.append(f"asks for:    {data['proposed_time']}")
    if data["question"]:
        lines.append(f"question:    {data['question']}")
    return "\n".join(lines)
