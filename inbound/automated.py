"""Mail no person wrote: auto-replies and out-of-office notes (RFC 3834 and vendor headers), list and bulk mail,
read receipts, and bounces (RFC 3464 delivery status notifications and the informal kinds mail servers send)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from typing import Literal

from inbound.mime import header, message_ids, part_text, raw_header

AutomatedKind = Literal["bounce", "delivery_delayed", "auto_reply", "mailing_list", "read_receipt"]

_AUTO_SUBJECT = re.compile(
    r"^\s*(?:\[?auto(?:matic)?[ -]?(?:reply|response|antwort)\]?|out of (?:the )?office|自动回复|自動回覆|自动答复|"
    r"【自动回复】|休假|外出|不在办公室|i am (?:currently )?out of|vacation)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|delivery (?:status notification|failure|has failed)|mail delivery (?:failed|system)|"
    r"returned mail|failure notice|delivery failure|退信|系统退信|投递失败|无法投递|未送达|邮件发送失败",
    re.IGNORECASE,
)
_DAEMON_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|bounce[s]?)@", re.IGNORECASE)
_MESSAGE_ID_LINE = re.compile(r"^message-id:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Automated:
    """Why a message is automated, and for a bounce the Message-IDs of the emails it reports."""

    kind: AutomatedKind
    detail: str
    original_ids: list[str] = field(default_factory=list)


def _envelope_address(mail_from: str) -> str:
    return mail_from.strip().strip("<>").strip()


def _dsn_fields(message: Message) -> dict[str, str]:
    """Action, Status and Diagnostic-Code from the per-recipient part of a delivery status notification."""
    found: dict[str, str] = {}
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        blocks = payload if isinstance(payload, list) else []
        texts = [str(b) for b in blocks] if blocks else [part_text(part)]
        for text in texts:
            for name in ("Action", "Status", "Diagnostic-Code"):
                match = re.search(rf"^{name}:\s*(.+(?:\n[ \t].+)*)", text, re.IGNORECASE | re.MULTILINE)
                if match and name not in found:
                    found[name] = re.sub(r"\s+", " ", match.group(1)).strip()[:300]
    return found


def _original_ids(message: Message) -> list[str]:
    """Message-IDs of the bounced email: from the returned message or headers, then the references."""
    ids: list[str] = []
    for part in message.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                ids += message_ids(raw_header(inner, "Message-ID"))
        elif ctype in ("text/rfc822-headers", "text/plain"):
            ids += _MESSAGE_ID_LINE.findall(part_text(part))
    ids += message_ids(raw_header(message, "In-Reply-To")) + message_ids(raw_header(message, "References"))
    unique: list[str] = []
    for mid in ids:
        if mid not in unique:
            unique.append(mid)
    return unique


def detect(message: Message, mail_from: str) -> Automated | None:
    """The kind of automated mail this is, or None for a message a person (presumably) wrote."""
    content_type = message.get_content_type()
    report_type = (message.get_param("report-type") or "") if content_type == "multipart/report" else ""
    report_type = str(report_type).lower()
    subject = header(message, "Subject")
    sender = _envelope_address(mail_from)
    from_header = header(message, "From").lower()

    if (
        content_type == "message/delivery-status"
        or report_type == "delivery-status"
        or (
            (not sender or _DAEMON_SENDER.match(sender) or "mailer-daemon" in from_header)
            and _BOUNCE_SUBJECT.search(subject)
        )
    ):
        fields = _dsn_fields(message)
        action = fields.get("Action", "failed").lower()
        detail = "; ".join(f"{k} {v}" for k, v in fields.items()) or f"subject: {subject[:200]}"
        if action.startswith(("delayed", "relayed", "delivered", "expanded")):
            return Automated("delivery_delayed", detail, _original_ids(message))
        return Automated("bounce", detail, _original_ids(message))
    if report_type == "disposition-notification" or content_type == "message/disposition-notification":
        return Automated("read_receipt", "message disposition notification (read receipt)")

    auto_submitted = header(message, "Auto-Submitted").lower()
    if auto_submitted and auto_submitted.split(";")[0].strip() != "no":
        return Automated("auto_reply", f"Auto-Submitted: {auto_submitted[:100]}")
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply", "X-Autoresponder"):
        if header(message, name):
            return Automated("auto_reply", f"{name} header present")
    suppress = header(message, "X-Auto-Response-Suppress")
    if suppress and suppress.lower() != "none":
        return Automated("auto_reply", f"X-Auto-Response-Suppress: {suppress[:100]}")
    precedence = header(message, "Precedence").lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        kind: AutomatedKind = "mailing_list" if precedence == "list" else "auto_reply"
        return Automated(kind, f"Precedence: {precedence}")
    for name in ("List-Id", "List-Unsubscribe", "List-Post"):
        if header(message, name):
            return Automated("mailing_list", f"{name} header present")
    if _AUTO_SUBJECT.search(subject):
        return Automated("auto_reply", f"subject reads as an auto-reply: {subject[:200]}")
    if not sender:
        return Automated("auto_reply", "null envelope sender (MAIL FROM:<>)")
    return None


# Auto-replies sent without RFC 3834 headers, known by what they say: an explicit auto-reply marker, or an
# absence (holiday, leave, out of office) together with the way such notes end (back on …, urgent matters …).
_AUTO_MARKER = re.compile(
    r"【自动回复】|\[自动回复\]|自动回复|自動回覆|自动答复|自动应答|此邮件为自动|这是一封自动|系统自动回复|"
    r"\bauto(?:matic|mated)?[- ]?(?:reply|response|generated)\b|\bthis is an automatic\b|"
    r"abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática|resposta automática|"
    r"risposta automatica|automatisch antwoord|автоответ|自動応答|자동 응답",
    re.IGNORECASE,
)
_ABSENCE = re.compile(
    r"休假|年假|外出|出差|不在办公室|不在公司|请假|放假|假期|\bout of (?:the )?office\b|\bOOO\b|"
    r"\b(?:out of|away from) (?:the|my) (?:office|desk)\b|"
    r"\bon (?:annual |parental |sick |maternity )?(?:leave|vacation|holiday|holidays)\b|\baway (?:from|until)\b|"
    r"\bcurrently travell?ing\b|\btravell?ing with limited\b|"
    r"\bcurrently away\b|\babwesend\b|\ben congé\b|\bde vacaciones\b|\bem férias\b|\bin ferie\b|"
    r"\bnicht im büro\b|\baußer haus\b|\babsente? du bureau\b|\bfuera de la oficina\b|\bfuori ufficio\b|"
    r"\bausente\b|\bniet op kantoor\b",
    re.IGNORECASE,
)
_ABSENCE_ENDING = re.compile(
    r"回来后|返回|返岗|回复(?:您的)?邮件|尽快回复|期间|紧急(?:事务|事宜|情况|问题)|如有急事|急事|请联系|请致电|将于\S{0,12}(?:回复|处理)|"
    r"\buntil\b|\breturn\w*\b|\bback (?:on|in|at)\b|\burgent\b|\blimited access\b|\bdelayed response\b|"
    r"\bbis (?:einschließlich|zum)\b|\bjusqu|\bà mon retour\b|\bzurück\b|\bhasta el\b|\bfino al\b|\btot en met\b|"
    r"\bwill (?:respond|reply|get back)\b",
    re.IGNORECASE,
)
# A person writing about their own holiday to move the interview mentions it: not an auto-reply then.
_ABOUT_THE_INTERVIEW = re.compile(
    r"面试|改期|时间|方案|确认|参加|可以|好的|interview|reschedul|option|slot|confirm|attend|\bworks\b|\bfine\b|"
    r"\?|？|能不能|可以吗|\bcan we\b|\bcould we\b|\bcan i\b|\bcould i\b|"
    r"\bsee you\b|\bi'?ll be there\b|\binvitation\b|\barrange\b|\bwe could\b|\bwould be (?:ideal|great|better)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|邀请|安排|周[一二三四五六日]|星期",
    re.IGNORECASE,
)


# Receipts some clients send as plain text (no multipart/report): "已读: <subject>", "Read: <subject>" with the
# time it was read, "your message has been delivered to …". They quote our subject, so they come first.
_READ_RECEIPT = re.compile(
    r"^\s*(?:已读|已讀|已阅读|read|gelesen|lu)\s*[:：]|(?:已于|已在)\S{0,30}(?:被|已被)?阅读|已被(?:对方)?阅读|"
    r"\bwas read on\b|\bhas been read\b|\bwas read by\b|\bread receipt\b|已读回执",
    re.IGNORECASE,
)
_READ_SUBJECT = re.compile(r"\s*(?:已读|已讀|read|gelesen|lu)\s*[:：]", re.IGNORECASE)
_DELIVERY_RECEIPT = re.compile(
    r"^\s*(?:delivery (?:receipt|notification)|delivered|已送达|送达通知|投递成功)\s*[:：]|"
    r"\b(?:has|was) been delivered to\b|\bwas delivered to\b|\bdelivered to the following recipients?\b|"
    r"(?:邮件|信件|message)\S{0,12}已(?:成功)?(?:送达|投递)",
    re.IGNORECASE,
)


def detect_text(subject: str, text: str) -> Automated | None:
    """An auto-reply or receipt known only by its subject and words (no Auto-Submitted or vendor header)."""
    head = text[:2000]
    if _READ_SUBJECT.match(subject):
        return Automated("read_receipt", f"the subject reads as a read receipt: {subject[:200]}")
    receipt = _READ_RECEIPT.search(head[:300])
    if receipt:
        return Automated("read_receipt", f"the text reads as a read receipt: {receipt.group(0).strip()!r}")
    delivered = _DELIVERY_RECEIPT.search(head[:300])
    if delivered:
        return Automated("auto_reply", f"the text reads as a delivery receipt: {delivered.group(0).strip()!r}")
    if _AUTO_SUBJECT.search(subject):
        return Automated("auto_reply", f"subject reads as an auto-reply: {subject[:200]}")
    marker = _AUTO_MARKER.search(head)
    if marker:
        return Automated("auto_reply", f"the text reads as an auto-reply: {marker.group(0)!r}")
    absence = _ABSENCE.search(head)
    if absence and _ABSENCE_ENDING.search(head) and not _ABOUT_THE_INTERVIEW.search(head):
        return Automated("auto_reply", f"the text reads as an absence notice: {absence.group(0)!r}")
    return None
