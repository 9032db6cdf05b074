"""Outbound SMS: E.164 numbers, templates per language, an outbox claim per message, and two transports.

`sms.channel.sms_channel(settings, pool)` builds what the notify step sends texts through (None when
`REINTERVIEW_SMS_PROVIDER=none`): `SmsSender` renders the text, claims its key in PostgreSQL and hands it to the
file sink (`sms.sink`, the embedded stack) or to Twilio (`sms.twilio`, the `[sms]` extra).
"""
