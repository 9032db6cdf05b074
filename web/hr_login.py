"""The dev stack's way into HR's pages: a signed, expiring login link emailed to the HR mailbox.

`starter.py hr login-link` sends it (or prints it with --print); the embedded stack sends one when it is up.
Behind an auth proxy (hr_auth="proxy") there are no login links.
"""

from __future__ import annotations

import html
import secrets
from datetime import datetime

from inbound.tokens import KeyRing
from mail.message import build_message, domain_of, make_message_id
from mail.render import RenderedEmail, localtime
from mail.smtp import SmtpSender
from service.settings import Settings
from web.links import hr_login_link

HR_TIMEZONE = "Asia/Shanghai"


class LoginLinkError(ValueError):
    """No login link can be made here; the message says why and what to do."""


def login_email(settings: Settings, link: str, expires_at: datetime) -> RenderedEmail:
    """The email carrying the link (zh-CN and en: the HR mailbox may be read by either)."""
    until = localtime(expires_at, HR_TIMEZONE, "zh-CN")
    until_en = localtime(expires_at, HR_TIMEZONE, "en")
    text = (
        f"打开以下链接登录 HR 页面（待办、审批、报告），{until} 前有效：\n{link}\n\n"
        f"Open this link to sign in to the HR pages (inbox, actions, reports); valid until {until_en}:\n{link}\n\n"
        "如非本人申请，请忽略此邮件。/ If you did not ask for it, ignore this email.\n"
    )
    body = (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>'
        f"<p>打开以下链接登录 HR 页面（待办、审批、报告），{html.escape(until)} 前有效：</p>"
        f'<p><a href="{html.escape(link)}">HR 登录 / Sign in to the HR pages</a></p>'
        f'<p lang="en">Valid until {html.escape(until_en)}. If you did not ask for it, ignore this email.</p>'
        "</body></html>"
    )
    return RenderedEmail(subject="HR 页面登录链接 / Sign-in link for the HR pages", text=text, html=body)


def mint_login_link(settings: Settings, now: datetime) -> tuple[str, datetime]:
    """(link, expiry); LoginLinkError behind an auth proxy or without signing keys."""
    if settings.hr_auth == "proxy":
        raise LoginLinkError("HR signs in through the company's auth proxy (REINTERVIEW_HR_AUTH=proxy): no login links")
    if not settings.signing_keys:
        raise LoginLinkError(
            "no signing keys: start the embedded stack once (it creates them under the data dir) or set "
            "REINTERVIEW_SIGNING_KEYS / REINTERVIEW_SIGNING_KEY_ID"
        )
    return hr_login_link(settings, KeyRing.from_settings(settings), now), now + settings.hr_login_ttl


async def send_login_link(settings: Settings, now: datetime) -> str:
    """Email a new login link to the HR mailbox (settings.hr_email); returns the address it went to."""
    link, expires_at = mint_login_link(settings, now)
    message_id = make_message_id(f"hr-login:{secrets.token_hex(8)}", domain_of(settings.mail_from))
    message = build_message(
        login_email(settings, link, expires_at), settings.mail_from, "HR", settings.hr_email, message_id
    )
    sender = SmtpSender(settings)
    try:
        await sender.send(message)
    finally:
        await sender.close()
    return settings.hr_email
