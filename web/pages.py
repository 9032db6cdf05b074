"""The HTML pages of the web app.

The small pages candidate links answer with show zh-CN and en side by side (a link does not know the locale);
the scorecard (in the interviewer's language) and HR's pages are templates under `templates/web/`.
"""

from __future__ import annotations

from typing import Any

import jinja2

from mail.render import TEMPLATE_ROOT, label, localtime, number

_LAYOUT = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>{{ title_zh }} / {{ title_en }}</title>
<style>
body{margin:0;background:#f4f5f7;color:#1f2328;
font-family:-apple-system,'PingFang SC','Microsoft YaHei',Arial,sans-serif}
main{max-width:560px;margin:48px auto;padding:28px;background:#fff;border-radius:6px;line-height:1.6}
h1{font-size:20px;margin-top:0}.en{color:#4b5563}.error h1{color:#b91c1c}
button{font-size:16px;padding:10px 18px;border:0;border-radius:4px;background:#2563eb;color:#fff;cursor:pointer}
button.decline{background:#b91c1c}
</style></head>
<body><main class="{{ kind }}">
<h1>{{ title_zh }}<br><span class="en">{{ title_en }}</span></h1>
<p>{{ text_zh }}</p><p class="en">{{ text_en }}</p>
{% if form_action %}
<form method="post" action="{{ form_action }}">
<button type="submit" class="{{ button_class }}">{{ button_zh }} / {{ button_en }}</button>
</form>
{% endif %}
</main></body></html>
"""

_ENV = jinja2.Environment(
    loader=jinja2.DictLoader({"page.html": _LAYOUT}),
    autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
    undefined=jinja2.StrictUndefined,
)

_WHAT: dict[str, tuple[str, str]] = {
    "confirm": ("确认参加方案 1（建议时间）", "confirm option 1 (the proposed time)"),
    "decline": ("放弃本次重新面试", "decline this re-interview"),
}


def describe(action: str, slot: int | None) -> tuple[str, str]:
    """What a link does, in zh-CN and en."""
    if action == "slot" and slot is not None:
        if slot == 1:
            return _WHAT["confirm"]
        return (f"选择方案 {slot}", f"choose option {slot}")
    return _WHAT.get(action, (action, action))


def page(
    *,
    kind: str,
    title_zh: str,
    title_en: str,
    text_zh: str,
    text_en: str,
    form_action: str | None = None,
    button_zh: str = "",
    button_en: str = "",
    button_class: str = "",
) -> str:
    """A complete page; every value is escaped."""
    return _ENV.get_template("page.html").render(
        kind=kind,
        title_zh=title_zh,
        title_en=title_en,
        text_zh=text_zh,
        text_en=text_en,
        form_action=form_action,
        button_zh=button_zh,
        button_en=button_en,
        button_class=button_class,
    )


def confirm_page(action: str, slot: int | None, form_action: str) -> str:
    zh, en = describe(action, slot)
    decline = action == "decline"
    return page(
        kind="confirm",
        title_zh=f"请确认：{zh}",
        title_en=f"Please confirm: {en}",
        text_zh="点击下方按钮提交您的回复。" + ("放弃后本次重新面试将结束。" if decline else ""),
        text_en="Press the button to send your answer." + (" Declining ends this re-interview." if decline else ""),
        form_action=form_action,
        button_zh="提交" if not decline else "确认放弃",
        button_en="Send" if not decline else "Decline",
        button_class="decline" if decline else "",
    )


def done_page(action: str, slot: int | None, *, repeated: bool) -> str:
    zh, en = describe(action, slot)
    if repeated:
        return page(
            kind="done",
            title_zh="您的回复已记录",
            title_en="Your answer was already recorded",
            text_zh=f"我们此前已收到您的回复（{zh}），无需再次提交。",
            text_en=f"We already have your answer ({en}); there is nothing more to do.",
        )
    return page(
        kind="done",
        title_zh="谢谢，已收到您的回复",
        title_en="Thank you, we have your answer",
        text_zh=f"您的回复：{zh}。我们会尽快通过邮件与您确认。",
        text_en=f"Your answer: {en}. We will confirm by email shortly.",
    )


ERRORS: dict[str, tuple[int, str, str, str, str]] = {
    "malformed": (
        400,
        "链接无效",
        "This link is not valid",
        "链接不完整或已损坏，请直接使用邮件中的链接，或回复邮件。",
        "The link is incomplete or damaged. Use the link from the email as it is, or reply to the email.",
    ),
    "forged": (
        403,
        "链接无效",
        "This link is not valid",
        "链接校验失败，未做任何更改。请使用邮件中的原始链接，或直接回复邮件。",
        (
            "The link failed its signature check and nothing was changed. Use the original link from the "
            "email, or reply to the email."
        ),
    ),
    "unknown_key": (
        403,
        "链接无效",
        "This link is not valid",
        "链接的签名密钥已停用，未做任何更改。请直接回复邮件。",
        (
            "The link was signed with a key that is no longer in use; nothing was changed. Please reply "
            "to the email instead."
        ),
    ),
    "expired": (
        410,
        "链接已过期",
        "This link has expired",
        "链接已过期，未做任何更改。请直接回复邮件，或联系 HR。",
        "The link has expired and nothing was changed. Please reply to the email or contact HR.",
    ),
    "closed": (
        410,
        "本次重新面试已结束",
        "This re-interview has ended",
        "本次重新面试已结束，链接不再有效，未做任何更改。",
        "This re-interview is over, so the link no longer applies; nothing was changed.",
    ),
    "superseded": (
        409,
        "请使用最新的邮件",
        "Please use the latest email",
        "我们已向您发送了新的面试时间，此链接来自较早的邮件，未做任何更改。请使用最新邮件中的链接。",
        (
            "We have since offered you new times; this link is from an earlier email and nothing was "
            "changed. Please use the links in the latest email."
        ),
    ),
    "run_missing": (
        404,
        "找不到这次重新面试",
        "We cannot find this re-interview",
        "系统中已没有这次重新面试的记录，未做任何更改。请直接回复邮件或联系 HR。",
        "This re-interview is no longer on record and nothing was changed. Please reply to the email or contact HR.",
    ),
    "choices_unavailable": (
        503,
        "暂时无法显示可选项",
        "Your choices cannot be shown right now",
        "我们暂时无法读取这次重新面试的可选时间，未做任何更改。请几分钟后重试，或直接回复邮件。",
        (
            "We cannot read the times of this re-interview right now and nothing was changed. Please try again in a "
            "few minutes, or reply to the email."
        ),
    ),
    "choice_closed": (
        410,
        "已无法更改",
        "This can no longer be changed",
        "面试已经开始，或本次重新面试已结束，您的选择无法再更改，未做任何更改。如有需要，请联系 HR。",
        (
            "The interview has started or this re-interview has ended, so your choice can no longer be changed; "
            "nothing was changed. Please contact HR if you need to."
        ),
    ),
    "unavailable": (
        503,
        "暂时无法处理",
        "Temporarily unavailable",
        "服务暂时不可用，未做任何更改。请稍后重试。",
        "The service is temporarily unavailable and nothing was changed. Please try again shortly.",
    ),
    "no_report": (
        404,
        "报告尚未生成",
        "The report is not available yet",
        "该面试的分析报告尚未生成，请稍后再试。",
        "The analysis report for this interview is not available yet; please try again later.",
    ),
    "not_found": (404, "页面不存在", "Not found", "没有这个页面。", "There is no such page."),
    "wrong_page": (
        400,
        "链接无效",
        "This link is not valid",
        "此链接不属于这个页面，请使用邮件中的原始链接。",
        "This link does not belong to this page; use the link from the email as it is.",
    ),
    "not_ready": (
        404,
        "评分表尚未就绪",
        "The scorecard is not ready yet",
        "该重新面试的计划尚未生成，请稍后再试。",
        "The plan of this re-interview is not ready yet; please try again later.",
    ),
    "handed_over": (
        409,
        "面试已转交",
        "The interview was handed over",
        "这场重新面试已改由其他面试官负责，评分请由该面试官通过其邮件中的链接提交。",
        "This re-interview is now with another interviewer, who submits the result from the link in their email.",
    ),
    "report_closed": (
        403,
        "本次重新面试已结束",
        "This re-interview has ended",
        "重新面试结束后，内部报告仅供 HR 登录后查看。",
        "Once a re-interview has ended, its internal reports are shown to HR only (sign in to the HR pages).",
    ),
    "signed_out": (
        401,
        "请先登录",
        "Please sign in",
        "HR 页面需要登录：请使用发送到 HR 邮箱的登录链接（python starter.py hr login-link）。",
        "HR pages need a session: open the sign-in link sent to the HR mailbox (python starter.py hr login-link).",
    ),
    "proxy_only": (
        401,
        "请通过公司门户访问",
        "Please sign in through the company portal",
        "HR 页面只能通过公司的统一登录访问。",
        "HR pages are reached only through the company's sign-in proxy.",
    ),
    "csrf": (
        403,
        "请求已过期",
        "This form has expired",
        "表单已过期或不是从本站提交，未做任何更改。请返回页面刷新后重试。",
        "The form expired or was not sent from this site; nothing was changed. Go back, reload and try again.",
    ),
}


def error_page(problem: str) -> tuple[int, str]:
    """(HTTP status, page) for a link that must not be acted on."""
    status, title_zh, title_en, text_zh, text_en = ERRORS.get(problem, ERRORS["malformed"])
    return status, page(kind="error", title_zh=title_zh, title_en=title_en, text_zh=text_zh, text_en=text_en)


_PAGES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATE_ROOT / "web")),
    autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_PAGES.filters["localtime"] = localtime
_PAGES.filters["number"] = number
_PAGES.filters["label"] = label


def render(name: str, **context: Any) -> str:
    """A page from templates/web/ (every value escaped; a missing value is an error, not a blank)."""
    return _PAGES.get_template(name).render(**context)
