"""Candidates' email replies become workflow signals: the reply gateway, signed reply addresses, intent rules.

Entry points: `inbound.gateway.run_gateway(settings)` / `InboundGateway`, `python -m inbound`,
`inbound.tokens.load_or_create_signing_keys(settings)`, `inbound.repository.list_dead_letters(pool)`, and the
reading of a reply: `inbound.reading.read(message, mail_from, facts) -> Reading` (pure; facts from
`db.repositories.fingerprints.replied_to`); the gateway reads through `inbound.analysis.analyse` in its reader
processes (`inbound.reader`).
"""
