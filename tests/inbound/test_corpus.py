"""A corpus of real-world replies (zh and en; Gmail, Outlook, QQ Mail, Foxmail, phones) and what they mean.

Each case is the bytes a client would send; the expected intent is what a person reading only the new text would
conclude. The invitation quoted below every reply contains every answer word ("确认", "放弃", "2", "decline"), so a
reply is only classified right if quotes and signatures are really ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from inbound.processor import analyse
from tests.inbound.mails import (
    INVITATION_EN,
    INVITATION_ZH,
    alternative,
    html_only,
    plain,
    quoted,
)

TO = "reply+ktest01.abc@reply.hr.example.com"
GMAIL_ZH_ATTRIBUTION = "Re-interview <reinterview@hr.example.com> 于2026年12月1日周二 10:00写道："
APPLE_ZH_ATTRIBUTION = "在 2026年12月1日，10:00，Re-interview 写道："
GMAIL_EN_ATTRIBUTION = "On Tue, Dec 1, 2026 at 10:00 AM Re-interview <\nreinterview@hr.example.com> wrote:"
QQ_HEADER = """------------------ 原始邮件 ------------------
发件人: "Re-interview"<reinterview@hr.example.com>;
发送时间: 2026年12月1日(星期二) 上午10:00
收件人: "张三"<zhangsan@example.com>;
主题: 重新面试邀请：Support desk
"""
FOXMAIL_HEADER = """zhangsan@example.com

From: Re-interview
Date: 2026-12-01 10:00
To: 张三
Subject: 重新面试邀请：Support desk
"""
OUTLOOK_HEADER_EN = """________________________________
From: Re-interview <reinterview@hr.example.com>
Sent: Tuesday, December 1, 2026 10:00 AM
To: Alice Smith <alice@example.com>
Subject: Re-interview invitation: Support desk
"""
OUTLOOK_HEADER_ZH = """发件人: Re-interview <reinterview@hr.example.com>
发送时间: 2026年12月1日 10:00
收件人: 张三 <zhangsan@example.com>
主题: 重新面试邀请：Support desk
"""


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[], bytes]
    intent: str
    slot: int | None = None


def _gmail_html(new: str, quote_html: str, attribution: str) -> str:
    return (
        f'<div dir="ltr">{new}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f'{attribution}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">'
        f"{quote_html}</blockquote></div>"
    )


def _as_html(text: str) -> str:
    return "<br>".join(text.split("\n"))


CORPUS = [
    # ---- Chinese --------------------------------------------------------------------------------------------
    Case(
        "gmail zh top-posted confirm",
        lambda: plain(TO, f"确认参加，谢谢！\n\n{GMAIL_ZH_ATTRIBUTION}\n\n{quoted(INVITATION_ZH)}\n"),
        "confirm",
    ),
    Case(
        "gmail zh html-only confirm with blockquote",
        lambda: html_only(TO, _gmail_html("好的，我会准时参加", _as_html(INVITATION_ZH), GMAIL_ZH_ATTRIBUTION)),
        "confirm",
    ),
    Case(
        "qq mail base64 picks option 2",
        lambda: plain(TO, f"选2\n\n{QQ_HEADER}\n{INVITATION_ZH}\n", cte="base64"),
        "confirm",
        2,
    ),
    Case(
        "foxmail gbk quoted-printable: can't make that day (那天要出差) asks for another time",
        lambda: plain(
            TO, f"不能确认，那天要出差。\n\n{FOXMAIL_HEADER}\n{INVITATION_ZH}\n", charset="GBK", cte="quoted-printable"
        ),
        "reschedule",
    ),
    Case(
        "gb2312 label with gbk-only characters (黄喆)",
        lambda: plain(TO, f"确认参加。黄喆\n\n{QQ_HEADER}\n{INVITATION_ZH}\n", charset="gb2312", cte="base64"),
        "confirm",
    ),
    Case(
        "gb18030 reply, 无法参加",
        lambda: plain(
            TO, f"抱歉，我无法参加这次面试。\n\n{QQ_HEADER}\n{INVITATION_ZH}\n", charset="gb18030", cte="8bit"
        ),
        "decline",
    ),
    Case(
        "确认 only inside the quote is not a confirmation",
        lambda: plain(TO, f"\n\n{GMAIL_ZH_ATTRIBUTION}\n\n{quoted(INVITATION_ZH)}\n"),
        "unclear",
    ),
    Case(
        "a thank-you with 确认 only in the quoted invitation",
        lambda: plain(TO, f"收到，谢谢\n\n{QQ_HEADER}\n{INVITATION_ZH}\n", cte="base64"),
        "unclear",
    ),
    Case(
        "bottom-posted free-text reschedule",
        lambda: plain(TO, f"{GMAIL_ZH_ATTRIBUTION}\n{quoted(INVITATION_ZH)}\n\n改到周四下午可以吗？\n"),
        "reschedule",
    ),
    Case(
        "第二个时间 from a phone with its signature",
        lambda: plain(TO, f"第二个时间可以\n\n发自我的iPhone\n\n{QQ_HEADER}\n{INVITATION_ZH}\n"),
        "confirm",
        2,
    ),
    Case(
        "outlook zh header block, 放弃",
        lambda: plain(
            TO, f"我决定放弃这次机会，谢谢。\n\n{OUTLOOK_HEADER_ZH}\n{INVITATION_ZH}\n", cte="quoted-printable"
        ),
        "decline",
    ),
    Case(
        "question in Chinese",
        lambda: plain(TO, f"请问面试是线上还是线下？需要提前多久到？\n\n{QQ_HEADER}\n{INVITATION_ZH}\n"),
        "question",
    ),
    Case(
        "方案三 with a courtesy line",
        lambda: plain(TO, f"您好，我选方案三。\n祝好\n\n{GMAIL_ZH_ATTRIBUTION}\n{quoted(INVITATION_ZH)}\n"),
        "confirm",
        3,
    ),
    Case(
        "inline negation with a new time is a reschedule",
        lambda: plain(TO, f"下周四我无法参加，下周五下午3点可以吗？\n\n{QQ_HEADER}\n{INVITATION_ZH}\n"),
        "reschedule",
    ),
    Case(
        "bare 2 from a phone (QQ quote, no separator text before it)",
        lambda: plain(TO, f"2\n{QQ_HEADER}\n{INVITATION_ZH}\n", cte="base64"),
        "confirm",
        2,
    ),
    Case(
        "multipart/alternative zh confirm (Apple Mail)",
        lambda: alternative(
            TO,
            f"确认\n\n发自我的 iPhone\n\n> {APPLE_ZH_ATTRIBUTION}\n>\n{quoted(INVITATION_ZH)}\n",
            _gmail_html("确认", _as_html(INVITATION_ZH), APPLE_ZH_ATTRIBUTION),
        ),
        "confirm",
    ),
    # ---- English --------------------------------------------------------------------------------------------
    Case(
        "gmail en wrapped attribution, confirmed",
        lambda: plain(
            TO,
            f"Confirmed, see you then.\n\n{GMAIL_EN_ATTRIBUTION}\n\n{quoted(INVITATION_EN)}\n",
            subject="Re: Re-interview invitation",
        ),
        "confirm",
    ),
    Case(
        "outlook html-only: can't make it",
        lambda: html_only(
            TO,
            "<html><body><div>Hi,</div><div>Sorry, I can&#39;t make it.</div><div>Alice</div>"
            '<hr><div id="divRplyFwdMsg"><b>From:</b> Re-interview<br><b>Sent:</b> Tuesday'
            "<br><b>To:</b> Alice<br><b>Subject:</b> Invitation</div><div>"
            + _as_html(INVITATION_EN)
            + "</div></body></html>",
            subject="RE: Re-interview invitation",
            cte="quoted-printable",
        ),
        "decline",
    ),
    Case(
        "outlook plain From/Sent block, option 2",
        lambda: plain(TO, f"Option 2 please.\n\n{OUTLOOK_HEADER_EN}\n{INVITATION_EN}\n", subject="RE: invitation"),
        "confirm",
        2,
    ),
    Case(
        "not able to attend",
        lambda: plain(
            TO,
            f"Unfortunately I am not able to attend.\n\n{GMAIL_EN_ATTRIBUTION}\n{quoted(INVITATION_EN)}",
            subject="Re: invitation",
            cte="quoted-printable",
        ),
        "decline",
    ),
    Case(
        "reschedule request with a named day",
        lambda: plain(
            TO,
            f"Could we move it to Thursday afternoon instead?\n\n-----Original Message-----\n{INVITATION_EN}\n",
            subject="RE: invitation",
        ),
        "reschedule",
    ),
    Case(
        "signature that would read as a decline is ignored",
        lambda: plain(
            TO,
            f"See you then!\n\n-- \nAlice Smith\nI can't attend meetings after 5pm on Fridays\n\n"
            f"{GMAIL_EN_ATTRIBUTION}\n{quoted(INVITATION_EN)}",
            subject="Re: invitation",
        ),
        "confirm",
    ),
    Case(
        "question in English, base64",
        lambda: plain(
            TO,
            f"Do I need to bring printed copies of my portfolio?\n\nSent from my iPhone\n\n"
            f"{GMAIL_EN_ATTRIBUTION}\n{quoted(INVITATION_EN)}",
            subject="Re: invitation",
            cte="base64",
        ),
        "question",
    ),
    Case(
        "withdrawal after another offer",
        lambda: plain(
            TO,
            f"Thank you, but I have accepted another offer and withdraw my application.\n\n"
            f"{OUTLOOK_HEADER_EN}\n{INVITATION_EN}",
            subject="RE: invitation",
        ),
        "decline",
    ),
    Case(
        "confirm with a question besides",
        lambda: plain(
            TO,
            f"I confirm. Is there parking at the office?\n\n{GMAIL_EN_ATTRIBUTION}\n{quoted(INVITATION_EN)}",
            subject="Re: invitation",
        ),
        "confirm",
    ),
]


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_reply_corpus(case: Case) -> None:
    analysis = analyse(case.build(), "zhangsan@example.com")
    assert analysis.problem is None and analysis.automated is None
    got = analysis.classification
    assert (got.intent, got.slot) == (case.intent, case.slot), f"new text was {analysis.text!r}"


def test_new_text_leaves_quotes_and_signatures_out() -> None:
    raw = plain(
        TO,
        f"好的，我会准时参加\n\n-- \n张三\n13800000000\n\n{QQ_HEADER}\n{INVITATION_ZH}\n",
        charset="GBK",
        cte="base64",
    )
    assert analyse(raw, "zhangsan@example.com").text == "好的，我会准时参加"


def test_question_alongside_an_answer_is_kept_for_hr() -> None:
    raw = plain(TO, f"确认参加。请问需要带身份证原件吗？\n\n{QQ_HEADER}\n{INVITATION_ZH}\n")
    got = analyse(raw, "zhangsan@example.com").classification
    assert got.intent == "confirm" and got.question is not None and "身份证原件" in got.question


def test_a_signature_card_under_a_two_line_answer_is_not_new_text() -> None:
    from inbound.quotes import new_text

    netease = "周五吧\n周四我不确定\n\n| |\n张三\n|\n|\nzhangsan@163.com\n|\n签名由网易邮箱大师定制\n"
    assert new_text(netease) == "周五吧\n周四我不确定"
    assert new_text("这次算了\n\n\n\nzhangsan@example.com\n") == "这次算了"
    assert new_text("zhangsan@example.com") == "zhangsan@example.com"  # nothing else: kept for a person to see
    assert new_text("My new address:\nalice@new.example.com") == "My new address:\nalice@new.example.com"
