"""Reading replies (SPEC R-M3): quoting of every client, negation, contrast, conditions, hedges, automated
wording, the confidence bar, what we sent, and linear time on hostile input."""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from inbound.automated import detect_text
from inbound.intent import OfferedSlot, classify, match_offered
from inbound.mime import html_to_text
from inbound.quotes import SentText, decode_entities, fingerprint, new_text
from inbound.reading import KnownFacts, read_bytes, read_text
from tests.inbound.mails import CANDIDATE, INVITATION_EN, INVITATION_ZH, plain, quoted

SH = ZoneInfo("Asia/Shanghai")
OFFERED = (
    OfferedSlot(1, datetime(2026, 12, 3, 14, tzinfo=SH)),  # Thu
    OfferedSlot(2, datetime(2026, 12, 4, 14, tzinfo=SH)),  # Fri
    OfferedSlot(3, datetime(2026, 12, 5, 10, tzinfo=SH)),  # Sat
)
UNDERSCORES = "________________________________\n"
QUOTE = "回复「确认」接受方案 1；回复「放弃」表示不参加。\n方案 2：2026年12月4日 周五 14:00–15:00"
GT_QUOTE = "\n".join(f"> {line}" for line in QUOTE.split("\n"))

# ---- quoting ----------------------------------------------------------------------------------------------
QUOTING = [
    (
        "netease replied message table",
        f"好的\n\n---- Replied Message ----\n| From | HR<hr@x.com> |\n| Date | 12/01 |\n{QUOTE}",
    ),
    ("netease 回复的原邮件", f"好的\n\n---- 回复的原邮件 ----\n| 发件人 | HR<hr@x.com> |\n| 日期 | 12/01 |\n{QUOTE}"),
    ("netease table without divider", f"好的\n\n| From | HR<hr@x.com> |\n| Date | 12/01 |\n| To | 张三 |\n{QUOTE}"),
    ("qq Original card", f"好的\n\nOriginal\nFrom: HR <hr@x.com>\nDate: 2026年12月1日\n{QUOTE}"),
    ("qq 原始邮件 card", f"好的\n\n原始邮件\n\n发件人：HR\n发件时间：2026年12月1日\n{QUOTE}"),
    ("qq classic divider", f"好的\n------------------ 原始邮件 ------------------\n发件人: HR\n{QUOTE}"),
    ("wechat paste quote first", f"「HR：{QUOTE.replace(chr(10), ' ')}」\n- - - - - - - - - - - - - - -\n好的"),
    ("gmail GMT attribution", f"好的\n\n2014-03-20 8:48 GMT+01:00 HR <hr@x.com>:\n\n{QUOTE}"),
    (
        "gmail three-line attribution",
        f"好的\n\nOn Tue, Dec 1, 2026 at 10:00 AM HR service of\nthe company <\nhr@x.com> wrote:\n\n{QUOTE}",
    ),
    ("outlook date first", f"好的\n\nDate: Tue, 1 Dec 2026\nFrom: HR <hr@x.com>\nTo: 张三\nSubject: 邀请\n\n{QUOTE}"),
    ("outlook lowercase sent", f"好的\n\nfrom: hr@x.com\nsent: Tuesday\nto: zs@x.com\nsubject: x\n\n{QUOTE}"),
    ("outlook wrapped From", f"好的\n\nFrom: HR\n<hr@x.com>\nSent: Tuesday\nTo: 张三\n\n{QUOTE}"),
    ("outlook de", f"好的\n\nVon: HR <hr@x.com>\nGesendet: Dienstag\nAn: A\nBetreff: x\n\n{QUOTE}"),
    ("outlook fr", f"好的\n\nDe : HR <hr@x.com>\nEnvoyé : mardi\nÀ : A\nObjet : x\n\n{QUOTE}"),
    ("outlook es", f"好的\n\nDe: HR\nEnviado: martes\nPara: A\nAsunto: x\n\n{QUOTE}"),
    ("outlook it", f"好的\n\nDa: HR\nInviato: martedì\nA: A\nOggetto: x\n\n{QUOTE}"),
    ("outlook nl", f"好的\n\nVan: HR\nVerzonden: dinsdag\nAan: A\nOnderwerp: x\n\n{QUOTE}"),
    ("outlook ja", f"好的\n\n差出人: HR\n送信日時: 2026年12月1日\n宛先: A\n件名: x\n\n{QUOTE}"),
    ("outlook ko", f"好的\n\n보낸 사람: HR\n보낸 날짜: 2026년 12월 1일\n받는 사람: A\n제목: x\n\n{QUOTE}"),
    ("outlook ru", f"好的\n\nОт: HR\nОтправлено: 1 декабря\nКому: A\nТема: x\n\n{QUOTE}"),
    ("outlook pt", f"好的\n\nDe: HR\nEnviado: terça-feira\nPara: A\nAssunto: x\n\n{QUOTE}"),
    ("original message", f"好的\n\n-----Original Message-----\nFrom: HR\n{QUOTE}"),
    ("ursprüngliche nachricht", f"好的\n\n-----Ursprüngliche Nachricht-----\n{QUOTE}"),
    ("message d'origine", f"好的\n\n-------- Message d'origine --------\n{QUOTE}"),
    ("outlook rule", f"好的\n________________________________\n{QUOTE}"),
    ("apple zh", f"好的\n\n> 在 2026年12月1日，10:00，HR <hr@x.com> 写道：\n>\n{GT_QUOTE}"),
    ("thunderbird de", f"好的\n\nAm 01.12.26 um 10:00 schrieb HR:\n{QUOTE}"),
    ("fr attribution", f"好的\n\nLe mar. 1 déc. 2026 à 10:00, HR <hr@x.com>\na écrit :\n\n{QUOTE}"),
    ("es attribution", f"好的\n\nEl mar, 1 dic 2026 a las 10:00, HR (<hr@x.com>) escribió:\n\n{QUOTE}"),
    ("pt attribution wrapped", f"好的\n\nEm ter., 1 de dez. de 2026 às 10:00, HR <\nhr@x.com> escreveu:\n\n{QUOTE}"),
    ("it attribution", f"好的\n\nIl giorno mar 1 dic 2026 alle ore 10:00 HR <hr@x.com> ha scritto:\n\n{QUOTE}"),
    ("nl attribution", f"好的\n\nOp di 1 dec. 2026 om 10:00 schreef HR <hr@x.com>:\n\n{QUOTE}"),
    ("ja attribution", f"好的\n\n2026年12月1日(火) 10:00 HR <hr@x.com>:\n\n{QUOTE}"),
    ("ko attribution", f"好的\n\n2026년 12월 1일 (화) 오전 10:00, HR <hr@x.com>님이 작성:\n\n{QUOTE}"),
    ("ru attribution", f"好的\n\nвт, 1 дек. 2026 г. в 10:00, HR <hr@x.com>:\n\n{QUOTE}"),
    ("ru android attribution", f'好的\n\n01.12.2026 10:00 пользователь "HR" <\nhr@x.com> написал:\n\n{QUOTE}'),
    ("iphone zh signature", f"好的\n\n发自我的iPhone\n\n{QUOTE}"),
    ("iphone en signature", f"好的\n\nSent from my iPhone\n{QUOTE}"),
    ("netease master signature", f"好的\n发自网易邮箱大师\n{QUOTE}"),
    ("de signature", f"好的\n\nVon meinem iPhone gesendet\n{QUOTE}"),
    ("fr outlook ios signature", f"好的\n\nEnvoyé à partir de Outlook pour iOS\n{QUOTE}"),
    ("ja signature", f"好的\n\niPhoneから送信\n{QUOTE}"),
    ("rfc 3676 signature", f"好的\n-- \n张三\n{QUOTE}"),
    ("gt quotes", f"好的\n\n{GT_QUOTE}"),
    ("entity quotes", "好的&nbsp;\n\n&gt; 回复「放弃」表示不参加"),
    ("outlook zh 邮件原件", f"好的\n\n-----邮件原件-----\n发件人: x\n{QUOTE}"),
    ("apple forward", f"好的\n\nBegin forwarded message:\n\nFrom: x\n{QUOTE}"),
    ("outlook plain bold", f"好的\n\n*From:* HR <hr@x.com>\n*Sent:* Tuesday\n*To:* A\n*Subject:* x\n\n{QUOTE}"),
    ("gmail de wrapped", f"好的\n\nAm Di., 1. Dez. 2026 um 10:00 Uhr schrieb HR <\nhr@x.com>:\n\n{QUOTE}"),
    ("gmail zh-tw", f"好的\n\nHR <hr@x.com> 於 2026年12月1日 週二 上午10:00 寫道：\n\n{QUOTE}"),
    ("yahoo android", f"好的\n\nSent from Yahoo Mail on Android\n\n  On Tue, Dec 1, 2026, HR<hr@x.com> wrote: {QUOTE}"),
    ("windows mail zh", f"好的\n\n发送自 Windows 11 版邮件应用\n\n{QUOTE}"),
    ("outlook android zh", f"好的\n\n获取 Outlook for Android\n{QUOTE}"),
    ("163 web attribution", f'好的\n\n在 2026-12-01 10:00:00，"HR" <hr@x.com> 写道：\n{QUOTE}'),
    ("outlook mailto", f"好的\n\nFrom: HR [mailto:hr@x.com]\nSent: Monday\nTo: A\nSubject: x\n\n{QUOTE}"),
    ("outlook fr nbsp", f"好的\n\nDe\u00a0: HR <hr@x.com>\nEnvoyé\u00a0: mardi\nÀ\u00a0: A\nObjet\u00a0: x\n\n{QUOTE}"),
    ("outlook ru divider", f"好的\n\n-----Исходное сообщение-----\nОт: x\n{QUOTE}"),
    ("danish divider", f"好的\n\n-------- Oprindelig besked --------\nFra: x\n{QUOTE}"),
    ("zoho dashed attribution", f"好的\n\n---- On Wed, 24 Feb 2021 14:02:50 +0530 hr@x.com wrote ----\n\n{QUOTE}"),
    ("gmail zh wrapped before 于", f"好的\n\nHR <hr@x.com>\n于2026年12月1日周二 10:00写道：\n\n{GT_QUOTE}"),
    ("long device signature", f"好的\n\n发自我的华为Mate 60 Pro 5G手机\n{QUOTE}"),
    ("gmail zh wrapped after the weekday", f"好的\n\nHR <hr@x.com> 于2026年12月1日周二\n上午10:00写道：\n\n{GT_QUOTE}"),
    ("outlook vi", f"好的\n\nTừ: HR <hr@x.com>\nĐã gửi: Thứ Ba, 1 tháng 12, 2026 10:00\nĐến: A\nChủ đề: x\n\n{QUOTE}"),
    ("outlook id", f"好的\n\nDari: HR <hr@x.com>\nDikirim: Selasa, 01 Desember 2026 10.00\nKepada: A\n\n{QUOTE}"),
    ("outlook th", f"好的\n\nจาก: HR <hr@x.com>\nส่ง: 1 ธันวาคม 2026 10:00\nถึง: A\nเรื่อง: x\n\n{QUOTE}"),
    ("outlook ar", f"好的\n\nمن: HR <hr@x.com>\nتاريخ الإرسال: 1 ديسمبر 2026 10:00\nإلى: A\n\n{QUOTE}"),
    ("header block on one line", f"好的\n\n发件人: HR <hr@x.com> 发送时间: 2026年12月1日 10:00 收件人: 张三\n{QUOTE}"),
    ("fr header block on one line", f"好的\n\nDe : HR <hr@x.com> Envoyé : mardi 1 décembre 2026 À : A\n{QUOTE}"),
    ("becky wrote on", f"好的\n\nHR wrote on Tue, 01 Dec 2026 10:00:00 +0000:\n{GT_QUOTE}"),
    ("gmail sv wrapped", f"好的\n\nDen tis 1 dec. 2026 kl 10:00 skrev HR <\nhr@x.com>:\n{GT_QUOTE}"),
    ("gmail pl wrapped before the verb", f"好的\n\nwt., 1 gru 2026 o 10:00 HR <hr@x.com>\nnapisał(a):\n{GT_QUOTE}"),
    (
        "gmail zh three lines",
        f"好的\n\nHR Service of the Company <\nhr@x.com> 于2026年12月1日周二\n10:00写道：\n\n{GT_QUOTE}",
    ),
    (
        "daum divider",
        f"好的\n\n----- 원본 메일 -----\n보낸사람: HR <hr@x.com>\n받는사람: a@x\n날짜: 2026년 12월 1일\n\n{QUOTE}",
    ),
    ("dingtalk signature", f"好的\n\n发自钉钉专业版\n{QUOTE}"),
    ("mutt attribution", f"好的\n\n* HR <hr@x.com> [2026-12-01 10:00 +0000]:\n{GT_QUOTE}"),
    ("mail.ru attribution", f"好的\n\nВторник, 1 декабря 2026, 10:00 +03:00 от HR <hr@x.com>:\n\n{GT_QUOTE}"),
    ("groupwise", f"好的\n\n>>> HR <hr@x.com> 12/1/2026 10:00 AM >>>\n{QUOTE}"),
    (
        "lotus notes",
        f"好的\n\n\nHR <hr@x.com>\n2026-12-01 10:00\n\nTo\n张三 <zs@x.com>\ncc\n\nSubject\n邀请\n\n{QUOTE}",
    ),
    (
        "netease card with blanks",
        (
            "好的\n\n\n| |\nzhangsan\n|\n|\n邮箱：zs@163.com\n|\n\n签名由 网易邮箱大师 定制\n\n"
            f"---- Replied Message ----\n{QUOTE}"
        ),
    ),
    (
        "gmail es wrapped before the verb",
        f"好的\n\nEl mar, 1 dic 2026 a las 10:00, HR (<hr@x.com>)\nescribió:\n\n{GT_QUOTE}",
    ),
]


@pytest.mark.parametrize(("name", "body"), QUOTING, ids=[q[0] for q in QUOTING])
def test_every_quoting_style_leaves_only_the_new_text(name: str, body: str) -> None:
    assert new_text(body) == "好的"


def test_bottom_and_inline_posting_keep_the_answer_below_the_quote() -> None:
    body = f"On Tue, Dec 1, 2026 at 10:00 AM HR <hr@x.com> wrote:\n{GT_QUOTE}\n\n方案2可以\n"
    assert new_text(body) == "方案2可以"


@pytest.mark.parametrize(
    "text",
    [
        "On the other hand, Friday works.",
        "I need parse from: john@example.com and from: jane@example.com",
        "日期：12月5日\n时间：下午3点\n可以吗",
        "2024-01-15 14:30:25 works",
        "Date: Friday\nis fine",
        "Here is my answer\n\nSent from my desk, is much easier then my mobile phone.",
        "And here is a fix -- this is not a signature.",
    ],
)
def test_text_that_only_looks_like_a_quote_header_is_kept(text: str) -> None:
    assert new_text(text) == text


def test_a_wrapped_attributions_head_is_dropped_only_when_it_names_an_address_or_date() -> None:
    assert new_text(f"方案3可以\nHR <hr@x.com> 于2026年12月1日周二\n上午10:00写道：\n{GT_QUOTE}") == "方案3可以"
    # The line above an attribution that is complete in itself is the candidate's, even without a blank line.
    assert new_text(f"周五可以\n在 2026/12/1 10:00, HR 写道:\n{GT_QUOTE}") == "周五可以"
    assert new_text(f"my mail is a@b.com\nOn Tue, Dec 1, 2026 at 10:00 AM HR <hr@x.com> wrote:\n{GT_QUOTE}") == (
        "my mail is a@b.com"
    )


def test_a_line_above_a_quote_is_an_attribution_only_with_an_address_or_a_dated_time() -> None:
    assert new_text(f"My times:\n{GT_QUOTE}") == "My times:"
    assert new_text(f"周五可以，14:00:\n{GT_QUOTE}") == "周五可以，14:00:"
    assert new_text(f"周五可以\n\n2026-12-01 10:00, HR:\n{GT_QUOTE}") == "周五可以"


def test_a_date_written_above_a_header_block_stays_the_candidates() -> None:
    block = "From: HR <hr@x.com>\nSent: Tuesday\nTo: A\nSubject: x\n\n"
    assert new_text(f"可以改到\n2026-12-08 14:00\n\n{block}{QUOTE}") == "可以改到\n2026-12-08 14:00"
    assert new_text(f"Friday instead?\nAlice <alice@x.com>\n\n{UNDERSCORES}{block}{QUOTE}") == (
        "Friday instead?\nAlice <alice@x.com>"
    )


def test_a_card_is_furniture_only_when_it_stands_apart() -> None:
    assert new_text("My new address:\nzs@163.com") == "My new address:\nzs@163.com"
    assert new_text("好的\n\nzs@163.com\n\n签名由 网易邮箱大师 定制") == "好的"
    assert new_text("第二个时间可以\n\n\n张三\nzhangsan@qq.com") == "第二个时间可以"
    assert new_text("周四准时参加。\n\n张三\n手机：138 0000 0000\n\n-------------------------") == "周四准时参加。"
    assert new_text("Friday.\n\nAlice Smith\n+44 7700 900123") == "Friday."
    # A date or a short number on its own line is an answer, not a phone; a sentence is no card name.
    assert new_text("改期\n\n2026-12-08") == "改期\n\n2026-12-08"
    assert new_text("改期\n\n20261208") == "改期\n\n20261208"
    assert new_text("好的\n\n我的新邮箱，\nzs@163.com") == "好的\n\n我的新邮箱，\nzs@163.com"


def test_label_value_lines_are_a_header_block_only_with_an_address_first_and_a_date() -> None:
    kept = [
        "周五可以\n\nName: Alice\nPhone: 07700 900123\nAvailable: Fri 14:00",
        "周五可以\n\nEmail: a@x.com\nNote: only online",
        "周五可以\n\nFrom: my phone, Sent: quickly",
    ]
    for text in kept:
        assert new_text(text) == text


@pytest.mark.parametrize(
    "html",
    [
        '<div>好的</div><div id="mail-editor-reference-message-container"><div>Từ: HR</div><div>{q}</div></div>',
        '<div>好的</div><div id="OLK_SRC_BODY_SECTION"><div>Van: HR</div><div>{q}</div></div>',
        '<div>好的</div><div class="zmail_extra_hr"></div><div class="zmail_extra"><div>{q}</div></div>',
    ],
)
def test_html_quote_containers_of_outlook_and_zoho_end_the_reply(html: str) -> None:
    assert new_text(html_to_text(html.format(q=QUOTE.replace("\n", "<br>")))) == "好的"


def test_a_rule_outside_any_quote_starts_the_history_of_an_html_reply() -> None:
    html = f"<div>好</div><hr><div>{QUOTE.replace(chr(10), '<br>')}</div>"
    assert new_text(html_to_text(html)) == "好"
    # … not inside a quote, and what we send keeps the same fingerprint (the rule is not text of ours).
    assert "-----Original Message-----" not in html_to_text("<blockquote>a<hr>b</blockquote>")
    ours = f"<p>{SENT.replace(chr(10), '<br>')}</p><hr><p>此邮件由重新面试服务自动发送。</p>"
    assert fingerprint(html_to_text(ours)) == fingerprint(html_to_text(ours.replace("<hr>", "<br>")))


def test_a_mail_apps_cloud_mail_signature_ends_the_reply() -> None:
    assert new_text(f"不参加了\n\n从网易邮箱大师发来的云邮件\n\n{QUOTE}") == "不参加了"


def test_a_re_wrapped_piece_of_our_footer_is_ours_after_a_paste() -> None:
    footer = "This message was sent automatically by the re-interview service."
    sent = SentText.of(fingerprint(f"{SENT}\n\n--\n{footer}"))
    body = f"{SENT}\n\n--\nThis message was sent automatically by the re-interview\nservice.\n\nok 2\n"
    assert new_text(body, sent) == "ok 2"
    body = f"ok 2\n\n{SENT}\n\n--\nThis message was sent automatically by the re-interview\nservice.\n"
    assert new_text(body, sent) == "ok 2"


def test_html_with_crlf_line_breaks_keeps_every_quoted_line_quoted() -> None:
    """Mail carries HTML with CRLF; a CR inside a quoted table row must not start an unquoted line."""
    html = (
        "<div>不参加了</div>\r\n<blockquote><table><tr>\r\n<td>《客户投诉处理》</td>\r\n<td>2 小时</td>\r\n"
        "<td>回复「确认」接受方案 1</td>\r\n</tr></table></blockquote>"
    )
    text = html_to_text(html)
    assert "\r" not in text
    assert [line for line in text.split("\n")[1:] if line] == ["> 《客户投诉处理》 2 小时 回复「确认」接受方案 1"]
    assert new_text(text) == "不参加了"


def test_the_answer_after_a_paste_of_our_whole_email_is_read() -> None:
    """WeChat pastes quote first: our email down to its footer's "--", then the answer."""
    sent = SentText.of(fingerprint(SENT + "\n\n--\n此邮件由重新面试服务自动发送。"))
    body = f"{SENT}\n\n--\n此邮件由重新面试服务自动发送。\n\n我选2\n"
    assert new_text(body, sent) == "我选2"
    # A client that quotes our email unmarked under its header block, the answer at the bottom.
    assert (
        new_text(f"发件人: HR <hr@x.com>\n发送时间: 2026年12月1日\n收件人: 张三\n\n{SENT}\n\n周六也行", sent)
        == "周六也行"
    )
    # An answer that repeats an option line of ours is still the answer.
    option = "方案 2：2026年12月4日 周五 14:00–15:00 可以"
    assert new_text(f"{SENT}\n\n--\n此邮件由重新面试服务自动发送。\n\n{option}\n", sent) == option
    # Without the fingerprint nothing tells the paste from the answer: the reply is not read as the answer.
    assert new_text(body) != "我选2"


def test_answers_written_between_the_lines_of_an_unmarked_quote_are_read() -> None:
    """A client that quotes under a header block without `>`: an answer written as its own paragraph between
    our lines is the reply; a line inside a paragraph of ours that differs from what we sent (a link a mail
    filter rewrote, an older wording) is not."""
    sent = SentText.of(fingerprint(SENT))
    header = "From: HR <hr@x.com>\nSent: Tuesday, 1 December 2026 10:00\nTo: 张三\nSubject: 邀请\n\n"
    inline = SENT.replace(
        "  方案 2：2026年12月4日 周五 14:00–15:00\n", "  方案 2：2026年12月4日 周五 14:00–15:00\n\n[张三] 选这个方案2\n"
    )
    assert new_text(f"见下文\n\n{header}{inline}\n", sent) == "见下文\n\n[张三] 选这个方案2"
    two_lines = SENT.replace("如何回复\n", "\n[张三] 周四不行，\n周五可以\n\n如何回复\n")
    assert new_text(f"见下文\n\n{header}{two_lines}\n", sent) == "见下文\n\n[张三] 周四不行，\n周五可以"
    altered = SENT.replace(
        "面试时间\n", "面试时间\nhttps://safelinks.example.net/?url=https%3A%2F%2Fmeet%2Fr%2F1&放弃\n"
    )
    assert new_text(f"周五可以\n\n{header}{altered}\n", sent) == "周五可以"
    # Without the fingerprint an unmarked quote is history: only the text above it is read.
    assert new_text(f"见下文\n\n{header}{inline}\n") == "见下文"


def test_another_email_pasted_under_a_header_block_is_not_an_answer() -> None:
    """A reply without references is read with the newest email's fingerprint (a reminder, say) while the
    candidate pasted the invitation: the invitation's lines are not ours then, and must not be read as answers."""
    footer = "此邮件由重新面试服务自动发送。"
    reminder = "\n".join(SENT.split("\n")[:3]) + f"\n\n提醒：请尽快回复。\n\n--\n{footer}"
    sent = SentText.of(fingerprint(reminder))
    header = "发件人: HR <hr@x.com>\n发送时间: 2026年12月1日 10:00\n收件人: 张三\n\n"
    pasted = f"{SENT}\n\n--\n{footer}"
    for body in (f"{header}{pasted}\n", f"好\n\n{header}{pasted}\n", f"{header}{pasted}\n\n好\n"):
        text = new_text(body, sent)
        assert "放弃" not in text and "确认" not in text, text


def test_a_disclaimer_appended_under_the_history_is_not_an_answer() -> None:
    """Mail servers append disclaimers at the very end of a message, under the quoted history."""
    sent = SentText.of(fingerprint(SENT))
    header = "发件人: HR <hr@x.com>\n发送时间: 2026年12月1日 10:00\n收件人: 张三\n\n"
    notice = "本邮件含有保密信息。如果您错收了本邮件，请通知发件人并删除本邮件，不得转发。"
    assert new_text(f"方案2\n\n{header}{SENT}\n\n{notice}\n", sent) == "方案2"
    inline = SENT.replace("如何回复\n", "\n选方案2\n\n如何回复\n")
    assert new_text(f"见下文\n\n{header}{inline}\n\n{notice}\n", sent) == "见下文\n\n选方案2"
    # With nothing written above the history, the text under it is the answer (a WeChat paste).
    assert new_text(f"{header}{SENT}\n\n方案2\n", sent) == "方案2"


def test_a_threads_older_messages_below_our_email_are_never_taken_for_the_answer() -> None:
    sent = SentText.of(fingerprint(SENT))
    older = "From: 张三 <zs@x.com>\nSent: Monday\nTo: HR\nSubject: x\n\n我放弃"
    body = f"周五可以\n\nFrom: HR <hr@x.com>\nSent: Tuesday\nTo: 张三\nSubject: x\n\n{SENT}\n\n{older}\n"
    assert new_text(body, sent) == "周五可以"
    # … nor anyone's text between a header block and our email.
    body = f"周五可以\n\nFrom: 李四 <ls@x.com>\nSent: Tuesday\n\n我放弃\n\n{SENT}\n\n我放弃\n"
    assert new_text(body, sent) == "周五可以"


def test_html_entities_left_in_text_parts_are_decoded() -> None:
    assert decode_entities("I&#39;ll&nbsp;be there &gt; ok") == "I'll\u00a0be there > ok"
    assert new_text("I&#39;ll be there\n&gt; quoted") == "I'll be there"


# ---- what we sent -----------------------------------------------------------------------------------------
SENT = """张三，您好：

感谢您参加「电商客服专员」岗位的 AI 面试。您的面试得分暂未达到岗位要求，我们希望再给您一次机会，特邀请您参加重新面试。

面试时间
  方案 1（建议时间）：2026年12月3日 周四 14:00–15:00
  方案 2：2026年12月4日 周五 14:00–15:00

如何回复
  - 回复「确认」接受方案 1；
  - 回复「放弃」表示不参加。"""


def test_a_fingerprint_holds_no_readable_text() -> None:
    marks = fingerprint(SENT)
    assert marks and all(isinstance(m, int) and -(2**63) <= m < 2**63 for m in marks)
    assert "放弃" not in repr(marks)


def test_our_text_is_removed_however_the_client_rewrapped_or_prefixed_it() -> None:
    sent = SentText.of(fingerprint(SENT))
    rewrapped = "\n".join(SENT.replace("\n", " ")[i : i + 23] for i in range(0, len(SENT), 23))
    body = f"周五可以\n\n{rewrapped}\n"
    assert new_text(body, sent) == "周五可以"
    prefixed = "\n".join(f"| {line}" for line in SENT.split("\n"))
    assert new_text(f"好的\n{prefixed}", sent) == "好的"
    # Without the fingerprint the unmarked quote leaks (and its words would decide).
    assert "放弃" in new_text(body)


def test_one_pasted_line_of_ours_stays_as_the_answer() -> None:
    sent = SentText.of(fingerprint(SENT))
    assert (
        new_text("  方案 2：2026年12月4日 周五 14:00–15:00\n谢谢", sent)
        == "方案 2：2026年12月4日 周五 14:00–15:00\n谢谢"
    )


def test_the_candidates_own_words_are_never_taken_for_ours() -> None:
    sent = SentText.of(fingerprint(SENT))
    for own in ("确认", "放弃", "方案 2", "好的，周五下午见", "I confirm option 1"):
        assert new_text(own, sent) == own
        # … not even right above an unmarked paste of our email, where the quote's lines run together.
        assert new_text(f"{own}\n\n{SENT}", sent) == own
        assert new_text(f"{own}\n{SENT}", sent) == own


# ---- understanding ----------------------------------------------------------------------------------------
UNDERSTANDING = [
    ("I won't be attending.", "decline", None),
    ("I can't make it, sorry.", "decline", None),
    ("我去不了", "decline", None),
    ("参加不了，抱歉", "decline", None),
    ("周四不行，周五可以。", "confirm", 2),
    ("方案1不行，方案3可以", "confirm", 3),
    ("Thursday doesn't work, but Friday does.", "confirm", 2),
    ("周四不行，下周二可以。", "reschedule", None),
    ("下周五可以吗", "unclear", None),  # a week later than the Friday offered, or that Friday?
    ("时间能不能往后推一周？如果不能改时间的话，我就不参加了", "unclear", None),
    ("If Friday is possible I'll come, otherwise I'll withdraw.", "unclear", None),
    ("目前还确认不了，下周一前给您答复", "unclear", None),
    ("I'll get back to you by Monday.", "unclear", None),
    ("Please remove me from consideration.", "decline", None),
    ("Not this time, thank you.", "decline", None),
    ("周五下午可以", "confirm", 2),
    ("2", "confirm", 2),
    ("2和3都可以", "unclear", None),
    ("周四周五都可以", "unclear", None),
    ("不行", "unclear", None),
    ("Please confirm the address.", "question", None),
    ("確認參加", "confirm", None),
    ("I'm not going to withdraw, see you Thursday.", "confirm", 1),
    ("我不想放弃这次机会，确认参加", "confirm", None),
    ("There is no way my boss lets me go that day, although I would love to attend.", "unclear", None),
    ("I don't think I'll be able to attend, sorry.", "decline", None),
    ("我不去了。\n我会准时参加", "unclear", None),  # a no and a yes: which counts?
    ("I never received the first email, but Thursday works.", "unclear", None),  # a "never" no rule placed
    ("我想放弃周四的时间，改成周六", "confirm", 3),  # giving up one time is not withdrawing
    ("Any time works for me.", "unclear", None),
    ("就周五吧，下午两点", "confirm", 2),
]


@pytest.mark.parametrize(("text", "intent", "slot"), UNDERSTANDING, ids=[u[0] for u in UNDERSTANDING])
def test_understanding(text: str, intent: str, slot: int | None) -> None:
    reading = read_text(text, KnownFacts(offered=OFFERED))
    assert (reading.intent, reading.slot) == (intent, slot), reading
    assert reading.rule and 0.0 <= reading.confidence <= 1.0


def test_contrast_without_known_offers_asks_for_the_named_time() -> None:
    c = classify("周四不行，周五可以。")
    assert (c.intent, c.slot, c.proposed) == ("reschedule", None, "周五可以")


def test_every_reading_names_its_rule_and_confidence() -> None:
    c = classify("确认参加")
    assert (c.intent, c.rule, c.confidence) == ("confirm", "confirmation", 0.9)


def test_below_the_confidence_bar_the_reading_is_unclear() -> None:
    assert read_text("可以", KnownFacts(confidence_bar=0.7)).intent == "confirm"  # agreement, 0.8
    strict = read_text("可以", KnownFacts(confidence_bar=0.85))
    assert (strict.intent, strict.slot, strict.acts) == ("unclear", None, False)
    assert "below the confidence bar 0.85: confirm by agreement" in strict.rule


def test_offered_times_are_matched_by_weekday_date_and_hour() -> None:
    assert match_offered("12月4日", OFFERED) == 2
    assert match_offered("周六上午", OFFERED) == 3
    assert match_offered("thursday at 2pm", OFFERED) == 1
    assert match_offered("周六下午", OFFERED) is None  # Saturday's time is in the morning
    assert match_offered("下周四", OFFERED) is None


# ---- automated wording ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: 邀请", "【自动回复】您好，我正在休假"),
        ("休假：Re: 邀请", "您好"),
        ("Re: invitation", "I am out of the office until 10 December with limited access to email."),
        ("Re: 邀请", "您好，我目前休假中，期间邮件回复可能不及时，紧急事务请联系 13800000000。"),
        ("Re: invitation", "I am currently on annual leave and will return on 14 December."),
    ],
)
def test_auto_replies_without_headers_are_automated(subject: str, text: str) -> None:
    assert detect_text(subject, text) is not None


def test_a_person_mentioning_a_holiday_is_not_automated() -> None:
    text = "I'm on holiday until 10 December, could we reschedule the interview to the week after?"
    assert detect_text("Re: invitation", text) is None
    assert read_text(text).intent == "reschedule"
    assert detect_text("Re: invitation", "I'm out of the office until Monday, but Thursday works.") is None
    assert detect_text("Re: 邀请", "我这周在外地出差，周五回来后可以参加") is None


# ---- never raises, linear time ----------------------------------------------------------------------------
ADVERSARIAL = [
    "wrote" + " " * 64_000,
    "On " * 21_000 + "wrote:",
    "> " * 32_000,
    "-" * 64_000,
    ("From: x\n" * 8_000),
    "a" * 64_000,
    ("如果" * 32_000),
    ("不" * 64_000),
    ("1 or " * 12_000),
    ("「" + "x" * 63_000 + "\n" + "- " * 400),
    ("周四不行，" * 12_000),
    "&" + "&amp;" * 12_000,
    ("\n" * 64_000),
    ("|" + " " * 100 + "|\n") * 600,
    ("On Tue, Dec 1, 2026 at 10:00 AM x <\n" * 1_700),
    ("2026-12-01 10:00 " * 3_700 + ">:"),
    ("@" * 64_000 + ">:"),
    ("0:00 " * 12_800),
    ("不能" + " " * 60_000 + "参加"),
    ("can't " + "x " * 31_000 + "attend"),
    ("a: b@c.de\n" * 6_400),
    ("From: a@b.cd " + "Sent: " * 10_000),
    ("x\n\n" + "Name: a@b.cd\nDate: 10:00\n" * 2_500 + "\n1\n" * 2_000),
    ("| |\nzs\n|\n\n+44 7700 900123\n" * 2_000),
    ("x\n" + "\n\n> x\n" * 12_000),
    ("x\n" + "\n" * 30_000 + "> x\n" * 5_000),
    ("From: a <a@b.cd>\nSent: 2026\nTo: b\n\n" + SENT + "\n\nanswer\n\n" + (SENT + "\n--\n") * 300),
]


@pytest.mark.parametrize("body", ADVERSARIAL, ids=[f"adversarial-{i}" for i in range(len(ADVERSARIAL))])
def test_64_kb_of_adversarial_text_reads_fast(body: str) -> None:
    assert len(body.encode()) >= 40_000
    sent = SentText.of(fingerprint(SENT))
    started = time.perf_counter()
    text = new_text(body, sent)
    classify(text[:2000])
    classify(body)
    elapsed = time.perf_counter() - started
    # Linear work on 64 KB is milliseconds; a backtracking pattern takes minutes. 3 s allows a loaded machine.
    assert elapsed < 3.0, f"{elapsed:.2f}s"


def test_a_64_kb_message_reads_fast_end_to_end() -> None:
    raw = (
        b"From: a@example.com\r\nTo: reply+x@reply.hr.example.com\r\nSubject: Re: x\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + b"wrote" + b" " * 64_000 + b"\r\n"
    )
    started = time.perf_counter()
    reading = read_bytes(raw, "a@example.com")
    assert time.perf_counter() - started < 3.0
    assert reading.intent == "unclear" and not reading.acts


@pytest.mark.parametrize("raw", [b"", b"\x00\xff", b"Content-Type: multipart/mixed\r\n\r\n--", b"\r\n\r\n&#x110000;"])
def test_a_reading_never_raises(raw: bytes) -> None:
    reading = read_bytes(raw, "")
    assert not reading.acts


ZH_FOOTER = (
    "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。"
)
EN_FOOTER = (
    "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you are not the intended recipient, "
    "do not read, copy or distribute it."
)
BILINGUAL_FOOTER = (
    "免责声明：本邮件仅供指定收件人使用。\nDisclaimer: This email is intended only for the named recipient."
)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            f"收到，确认参加12月3日（周四）14:00的面试，谢谢！\n\n张三\n\n{ZH_FOOTER}",
            "收到，确认参加12月3日（周四）14:00的面试，谢谢！\n\n张三",
        ),
        (
            f"I confirm my attendance on Thursday.\n\nAlice\n\n{EN_FOOTER}",
            "I confirm my attendance on Thursday.\n\nAlice",
        ),
        (f"12月4日周五可以参加。\n\n{BILINGUAL_FOOTER}", "12月4日周五可以参加。"),
        # A candidate's own sentence about the email is theirs, not a footer.
        (
            "The information in this email is clear, thanks. Option 2 works.",
            "The information in this email is clear, thanks. Option 2 works.",
        ),
    ],
)
def test_a_legal_disclaimer_footer_is_not_the_answer(body: str, kept: str) -> None:
    assert new_text(body).strip() == kept


def _inline(answer: str, under: str, invitation: str) -> bytes:
    """Our invitation quoted with `answer` written in right below the quoted line that starts with `under`."""
    lines = quoted(invitation).split("\n")
    at = next(i for i, line in enumerate(lines) if line.lstrip("> ").startswith(under)) + 1
    body = "\n".join([*lines[:at], "", answer, "", *lines[at:]])
    return plain("reply+t@reply.hr.example.com", body)


@pytest.mark.parametrize(
    ("answer", "under", "invitation", "slot"),
    [
        ("这个可以", "方案 2", INVITATION_ZH, 2),
        ("确认", "方案 3", INVITATION_ZH, 3),
        ("Works for me", "Option 2", INVITATION_EN, 2),
        ("OK", "Option 1", INVITATION_EN, 1),
    ],
)
def test_a_yes_written_inline_under_an_option_takes_that_option(
    answer: str, under: str, invitation: str, slot: int
) -> None:
    reading = read_bytes(_inline(answer, under, invitation), CANDIDATE)
    assert (reading.intent, reading.slot) == ("confirm", slot), reading.rule
    assert f"inline under option {slot}" in reading.rule


def test_a_yes_written_inline_under_a_line_that_names_no_option_is_asked_back() -> None:
    reading = read_bytes(_inline("Works for me", "Thank you for taking", INVITATION_EN), CANDIDATE)
    assert (reading.intent, reading.slot) == ("unclear", None) and "names no option" in reading.rule


def test_a_yes_above_or_below_the_whole_quote_takes_the_proposed_time() -> None:
    top = plain("reply+t@reply.hr.example.com", "Works for me\n\n" + quoted(INVITATION_EN))
    bottom = plain("reply+t@reply.hr.example.com", quoted(INVITATION_EN) + "\n\nWorks for me")
    for raw in (top, bottom):
        reading = read_bytes(raw, CANDIDATE)
        assert (reading.intent, reading.slot) == ("confirm", None) and "inline" not in reading.rule


def test_a_yes_under_the_one_option_line_pasted_back_takes_that_option() -> None:
    """WeChat-style: the candidate pasted back only the line of the time they want, then answered under it."""
    body = "方案 2：2026年12月4日 周五 14:00–15:00\n这个时间可以"
    # Unquoted and not recognised as ours, the line is the candidate's own text: two cues, and the gate asks back.
    assert read_bytes(plain("reply+t@reply.hr.example.com", body), CANDIDATE).intent == "unclear"
    quoted_only = quoted("  方案 3：2026年12月5日 周六 10:00–11:00") + "\n\n好的"
    reading = read_bytes(plain("reply+t@reply.hr.example.com", quoted_only), CANDIDATE)
    assert (reading.intent, reading.slot) == ("confirm", 3), reading.rule


def test_a_yes_under_a_wechat_quote_of_one_option_takes_that_option() -> None:
    body = "「Re-interview：方案 2：2026年12月4日 周五 14:00–15:00」\n- - - - - - - - - - - - - - -\n这个可以"
    reading = read_bytes(plain("reply+t@reply.hr.example.com", body), CANDIDATE)
    assert (reading.intent, reading.slot) == ("confirm", 2), reading.rule


def _inline_reply(answers: dict[int, str], tail: str = "") -> bytes:
    from tests.inbound.corpus.evaluate import HERE

    lines = ["在 2026/11/27 10:05, Re-interview 写道:"]
    for line in (HERE / "invitation.zh.txt").read_text(encoding="utf-8").splitlines():
        lines.append(f"> {line}")
        for n, answer in answers.items():
            if line.strip().startswith(f"方案 {n}"):
                lines.append(answer)
    lines.append(tail)
    body = "\n".join(lines)
    return (
        "From: 张三 <zhangsan@example.com>\nTo: reply@hr.example.com\nSubject: Re: 重新面试邀请\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


def test_answers_inline_under_each_option_pick_the_one_with_a_yes() -> None:
    from tests.inbound.corpus.evaluate import facts

    known = facts("zh")
    answers = {1: "不行，周四要上班", 2: "这个可以👌", 3: "也不行"}
    got = read_bytes(_inline_reply(answers), "zhangsan@example.com", known)
    assert (got.intent, got.slot) == ("confirm", 2), got
    assert got.rule.startswith("answered inline")
    # Two yeses, or a yes beside an answer that is not a no: a person asks.
    for answers in ({1: "可以", 2: "也可以"}, {1: "不行", 2: "可以", 3: "看情况"}):
        got = read_bytes(_inline_reply(answers), "zhangsan@example.com", known)
        assert not (got.intent == "confirm" and got.rule.startswith("answered inline")), got
    # A decision written below the quote besides the inline answers: not read as inline.
    got = read_bytes(_inline_reply({1: "不行", 2: "可以"}, tail="算了，我不参加了"), "zhangsan@example.com", known)
    assert not got.rule.startswith("answered inline"), got
    # "这个" written above the whole quote names no option.
    top = "这个\n\n" + _inline_reply({}).decode().split("\n\n", 1)[1]
    raw = ("From: a@b.c\nSubject: Re\nContent-Type: text/plain; charset=utf-8\n\n" + top).encode()
    assert read_bytes(raw, "a@b.c", known).intent == "unclear"


def test_an_answer_below_a_pointer_line_is_read_where_it_stands() -> None:
    from tests.inbound.corpus.evaluate import facts

    reply = _inline_reply({3: "这个 ✔"}).decode().replace("在 2026/11/27", "见下\n\n在 2026/11/27", 1)
    got = read_bytes(reply.encode(), "zhangsan@example.com", facts("zh"))
    assert (got.intent, got.slot) == ("confirm", 3), got


@pytest.mark.parametrize(
    ("subject", "intent", "slot"),
    [
        ("方案2 回复：重新面试邀请：电商客服专员", "confirm", 2),
        ("Confirmed - RE: Re-interview invitation: Support desk", "confirm", None),
        ("OK - RE: Re-interview invitation: Support desk", "unclear", None),  # a bare ok, as in the body
        ("回复：重新面试邀请：电商客服专员", "unclear", None),  # nothing typed: nothing read
        ("Re: Re-interview invitation: Support desk", "unclear", None),
    ],
)
def test_an_answer_typed_only_in_the_subject_is_read(subject: str, intent: str, slot: int | None) -> None:
    raw = f"From: a@b.c\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n\n".encode()
    got = read_bytes(raw, "a@b.c")
    assert (got.intent, got.slot) == (intent, slot), got


def test_forwards_and_firm_moves() -> None:
    forwarded = "A colleague forwarded this to me. I would like to confirm option 2."
    assert classify(forwarded).intent == "confirm"
    assert classify("我朋友把邮件转给我了，我也想参加").intent == "unclear"  # someone else wants in
    # The move is decided, its new time is not: a reschedule by the rules (the gate still holds the hedge).
    assert classify("我想改期，具体时间等我确定了再告诉你们").intent == "reschedule"
    assert classify("我可能要改期，我再确认一下").intent == "unclear"


def test_the_bat_quotes_with_initials_and_a_you_wrote_line() -> None:
    body = (
        "Здравствуйте, Recruiting.\n\nВыбираю третий вариант, суббота 5 декабря, 10:00.\n\n"
        "Вы писали 26 ноября 2026 г., 12:12:04:\n\nRT> Dear Alice Smith,\nRT> Option 1: Thu 3 Dec 2026\n"
    )
    assert new_text(body).strip() == "Здравствуйте, Recruiting.\n\nВыбираю третий вариант, суббота 5 декабря, 10:00."


def test_a_pasted_option_line_a_line_above_the_answer_is_the_option_answered() -> None:
    """A WeChat-style paste of our option line and the next line, then "ok 就这个": that option."""
    lines = [line for line in quoted(INVITATION_ZH).split("\n") if line.lstrip("> ").startswith(("方案 3", "时长"))]
    body = "\n\n".join(line.lstrip("> ") for line in lines) + "\n\nok 就这个\n"
    facts = KnownFacts(SentText.of(fingerprint(INVITATION_ZH)), OFFERED)
    reading = read_bytes(plain("reply+t@reply.hr.example.com", body), CANDIDATE, facts)
    assert (reading.intent, reading.slot) == ("confirm", 3), reading.rule


def test_this_one_without_an_option_line_above_is_asked_back() -> None:
    reading = read_bytes(plain("reply+t@reply.hr.example.com", "ok 就这个"), CANDIDATE)
    assert reading.intent == "unclear", reading.rule
