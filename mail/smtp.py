"""Outbound SMTP. Transient failures (4xx, connection errors) propagate so Temporal retries them;
a permanent (5xx) refusal of the recipient or of the message raises PermanentSmtpError."""

from __future__ import annotations

from email.message import EmailMessage

import aiosmtplib

from service.settings import Settings


class PermanentSmtpError(Exception):
    """The server refused the recipient or the message for good; sending again will not help."""

    def __init__(self, code: int, stage: str) -> None:
        # The server's own text often quotes the address; keep only the code and the stage.
        super().__init__(f"SMTP server permanently refused the {stage} (code {code})")
        self.code = code
        self.stage = stage


class SmtpSender:
    """Sends messages with the settings' host, port, STARTTLS and login; one connection per message."""

    def __init__(self, settings: Settings, *, timeout: float = 30) -> None:
        self._settings = settings
        self._timeout = timeout

    async def send(self, message: EmailMessage) -> None:
        s = self._settings
        try:
            await aiosmtplib.send(
                message,
                hostname=s.smtp_host,
                port=s.smtp_port,
                username=s.smtp_user,
                password=s.smtp_password,
                start_tls=s.smtp_starttls,
                timeout=self._timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            if codes and all(code >= 500 for code in codes):
                raise PermanentSmtpError(max(codes), "recipient") from None
            raise
        except aiosmtplib.SMTPDataError as exc:
            if exc.code >= 500:
                raise PermanentSmtpError(exc.code, "message") from None
            raise
