# ruff: noqa: E501  (each reply is one line, as written)
"""blind7 replies to the English invitation, and the replies written in other languages: (slug, client, intent, slot, body[, options]).

Options 1/2/3 of the en invitation: Thu 3 Dec 14:00 (proposed), Fri 4 Dec 14:00, Sat 5 Dec 10:00 (Europe/London).
A case with {"lang": "zh"} answers the Chinese invitation.
"""

from __future__ import annotations

from typing import Any

from tests.inbound.corpus.blind7.clients import (
    GMAIL_ATTR,
    INV_HTML,
    INV_TXT,
    OURS,
    REMINDER,
    SUBJECT,
    as_html,
    esc,
    gt,
    inline_html,
    inline_plain,
)

REM = {"quote": REMINDER["en"], "quote_html": as_html(REMINDER["en"])}


def gmail_self_chain(new: str, earlier: str, me: str) -> dict[str, str]:
    """A Gmail reply to the candidate's own earlier reply, which quoted the invitation: quotes two deep."""
    a1 = f"On Sat, Nov 28, 2026 at 8:41 PM {me} wrote:"
    a0 = GMAIL_ATTR["en"]
    plain = f"{new}\n\n{a1}\n\n{gt(earlier)}\n>\n> {a0}\n>\n{gt(gt(INV_TXT['en']))}\n"
    bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    h = f'<div dir="ltr">{as_html(new)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(a1)}<br></div>{bq}<div dir="ltr">{as_html(earlier)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(a0)}<br></div>{bq}{INV_HTML["en"]}</blockquote></div></blockquote></div>'
    return {"plain_override": plain, "html_override": h}


def outlook_forwarded(new: str, colleague: str) -> dict[str, Any]:
    """Outlook: the invitation forwarded by a colleague's mailbox to the candidate, who answers the forward."""
    fwd_head = f"From: {colleague}\nSent: Friday, November 27, 2026 11:30 AM\nTo: Alice Smith\nSubject: FW: {SUBJECT['en']}\n\nThis landed in the shared inbox, I think it's for you.\n\n{'_' * 32}\nFrom: {OURS}\nSent: Friday, November 27, 2026 9:12 AM\nTo: Alice Smith\nSubject: {SUBJECT['en']}"
    plain = f"{new}\n\n{'_' * 32}\n{fwd_head}\n\n{INV_TXT['en']}\n"
    h = f'<html><body><div>{as_html(new)}</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> {esc(colleague)}<br><b>Sent:</b> Friday, November 27, 2026 11:30 AM<br><b>To:</b> Alice Smith<br><b>Subject:</b> FW: {esc(SUBJECT["en"])}</div><div>This landed in the shared inbox, I think it\'s for you.</div><hr style="display:inline-block;width:98%"><div><b>From:</b> {esc(OURS)}<br><b>Sent:</b> Friday, November 27, 2026 9:12 AM<br><b>To:</b> Alice Smith<br><b>Subject:</b> {esc(SUBJECT["en"])}</div><div>{INV_HTML["en"]}</div></body></html>'
    return {"plain_override": plain, "html_override": h, "threaded": False, "prefix": "RE: FW: "}


def inline(lead: str, answers: dict[str, str], tail: str = "", attr: str = GMAIL_ATTR["en"]) -> dict[str, str]:
    p = inline_plain("en", lead, answers, attr, tail)
    return {"plain_override": p, "html_override": inline_html(p)}


O1, O2, O3 = "Option 1 (proposed)", "Option 2:", "Option 3:"

CASES: list[tuple[Any, ...]] = [
    # ------------------------------------------------------------ confirm
    ("confirmed", "gmail-web-en", "confirm", None, "Confirmed"),
    ("confirm-lower", "apple-iphone-en", "confirm", None, "confirm"),
    (
        "option2-see-you",
        "outlook-desktop-en",
        "confirm",
        2,
        "Hi,\n\nOption 2 works for me. See you Friday.\n\nBest,\nTom",
    ),
    ("saturday-morning", "gmail-android-en", "confirm", 3, "Saturday morning please"),
    ("thursday-2pm", "outlook-owa-gb", "confirm", 1, "Thursday 2pm is fine, thanks."),
    ("last-slot", "apple-mac-en", "confirm", 3, "I'll take the last slot."),
    ("friday-4th", "yahoo-en", "confirm", 2, "Friday the 4th at 2 works for me"),
    ("be-there", "samsung-en", "confirm", None, "Yes I'll be there"),
    ("ok", "gmail-ios-en", "confirm", None, "OK"),
    (
        "formal-thursday",
        "outlook-desktop-gb",
        "confirm",
        1,
        "Dear Sir/Madam,\n\nThank you for the opportunity. I am pleased to confirm my attendance on Thursday 3 December at 14:00.\n\nKind regards,\nPriya Patel",
        {"charset": "windows-1252", "cte": "quoted-printable"},
    ),
    ("2-please", "gmail-web-en", "confirm", 2, "2 please"),
    ("thu-no-fri-yes", "thunderbird-en", "confirm", 2, "Thu doesn't work, Fri does."),
    (
        "correction-3",
        "gmail-web-en",
        "confirm",
        3,
        "",
        {"_chain": ("Sorry, please ignore my last email - I meant option 3, not option 2.", "Option 2 please.")},
    ),
    (
        "inline-no-yes",
        "gmail-web-en",
        "confirm",
        2,
        "",
        {"_inline": ("Answers below.", {O1: "no - work", O2: "yes", O3: "no"}, "")},
    ),
    ("bottom-option1", "thunderbird-en", "confirm", 1, "Option 1 is good for me.\n\nSam", {"bottom": True}),
    (
        "confirm-parking",
        "outlook-desktop-en",
        "confirm",
        1,
        "Confirmed for Option 1. Could you tell me whether there is parking on site?\n\nThanks,\nOlivia",
    ),
    ("count-me-in-sat", "yahoo-en", "confirm", 3, "Count me in for Saturday."),
    ("see-you-3rd", "apple-iphone-en", "confirm", 1, "Sounds good, see you on the 3rd"),
    ("proposed-time", "outlook-ios-en", "confirm", None, "Happy to go with the proposed time."),
    ("reminder-option2", "gmail-web-en", "confirm", 2, "Apologies for the late reply - I confirm option 2.", REM),
    ("yep-thursday", "gmail-android-en", "confirm", 1, "yep thursday works 👍"),
    ("confirm-online", "samsung-en", "confirm", None, "Confirm. I'll join online if that's ok."),
    (
        "changed-mind-thu",
        "apple-mac-en",
        "confirm",
        1,
        "I was going to say Friday but actually Thursday suits me better, so option 1 please.",
    ),
    ("option-three", "outlook-owa-en", "confirm", 3, "Option three (Sat 10:00) please.", {"shape": "html"}),
    (
        "accept-proposed",
        "outlook-desktop-en",
        "confirm",
        None,
        "I accept the re-interview at the proposed time.\n\nRegards\nJames Wilson\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    ),
    ("dec-3", "gmail-ios-en", "confirm", 1, "Let's do Dec 3."),
    ("fine-thursday", "outlook-android-en", "confirm", 1, "Fine with Thursday"),
    ("ok-option1", "huawei-en", "confirm", 1, "ok option 1", {"ui": "en"}),
    ("reminder-sat", "apple-iphone-en", "confirm", 3, "Sorry, only just seen this. Sat 10am please!", REM),
    (
        "fwd-colleague-fri",
        "outlook-desktop-en",
        "confirm",
        2,
        "",
        {
            "_fwd": "Hello,\n\nA colleague forwarded this to me. I would like to confirm Friday 4 December at 2pm.\n\nMany thanks,\nAlice"
        },
    ),
    ("typo-confrim", "gmail-android-en", "confirm", None, "confrim, thanks"),
    ("yes-please-thu", "bare-web", "confirm", 1, "Yes please, Thursday 3rd at 2 is perfect."),
    (
        "friday-dress-code",
        "outlook-desktop-gb",
        "confirm",
        2,
        "Confirming Friday. Also, is there a dress code?\n\nIsla",
    ),
    ("thu-no-sat", "apple-iphone-en", "confirm", 3, "Thursday works. Actually no, make that Saturday."),
    (
        "sig-hours",
        "gmail-web-en",
        "confirm",
        None,
        "Confirmed, thank you.\n\n--\nBen Carter\nCustomer Care Advisor | Available Mon-Fri 9:00-17:00\n+44 7700 900123",
    ),
    ("bottom-friday", "gmail-web-gb", "confirm", 2, "Friday's good for me.", {"bottom": True}),
    # ------------------------------------------------------------ decline
    ("decline", "gmail-web-en", "decline", None, "decline"),
    (
        "accepted-elsewhere",
        "outlook-desktop-en",
        "decline",
        None,
        "Thanks, but I've accepted another position so I'll pass on this one.",
    ),
    (
        "no-longer-considered",
        "apple-mac-en",
        "decline",
        None,
        "Hello,\n\nI no longer wish to be considered for this role.\n\nRegards,\nDaniel",
    ),
    ("withdraw", "yahoo-en", "decline", None, "Please withdraw my application."),
    ("not-interested", "gmail-ios-en", "decline", None, "Not interested anymore, thanks."),
    (
        "not-continue",
        "outlook-ios-gb",
        "decline",
        None,
        "After some thought I've decided not to continue with the process. Thank you for your time.",
    ),
    (
        "none-not-proceed",
        "thunderbird-en",
        "decline",
        None,
        "None of these, and to be honest I'm not going to proceed. Best of luck filling the role.",
    ),
    ("reminder-wont", "samsung-en", "decline", None, "Sorry for the silence. I won't be taking part.", REM),
    # ------------------------------------------------------------ reschedule
    (
        "reschedule-monday",
        "gmail-web-en",
        "reschedule",
        None,
        "reschedule - could we do Monday 7 Dec in the afternoon?",
    ),
    (
        "travelling",
        "apple-iphone-en",
        "reschedule",
        None,
        "I'm travelling that week. Is there anything the week after?",
    ),
    (
        "wed-9th",
        "outlook-desktop-en",
        "reschedule",
        None,
        "Hi,\n\nNone of these work for me unfortunately. Could we do Wednesday 9th any time after 1pm?\n\nThanks\nChloe",
    ),
    (
        "option2-3pm",
        "gmail-android-en",
        "reschedule",
        None,
        "Could option 2 start at 3pm instead? I'm on the school run until half two.",
    ),
    ("evening", "yahoo-en", "reschedule", None, "Is an evening slot possible? I work 9-5 and can't get time off."),
    ("suggest-others", "outlook-owa-en", "reschedule", None, "I can't do any of these dates, please suggest others."),
    ("sat-afternoon", "gmail-ios-en", "reschedule", None, "Saturday afternoon would be better for me if possible"),
    (
        "dentist-tuesday",
        "apple-mac-en",
        "reschedule",
        None,
        "Thursday is fine - oh wait, I just remembered I have the dentist. Can we move it to next Tuesday instead?",
    ),
    # ------------------------------------------------------------ question
    ("in-person", "gmail-web-en", "question", None, "Is the interview in person or online?"),
    (
        "portfolio",
        "outlook-desktop-en",
        "question",
        None,
        "Hi, what should the portfolio include? I mostly have call-handling stats rather than samples.\n\nGrace",
    ),
    ("laptop", "apple-iphone-en", "question", None, "Can I bring my laptop to show my portfolio?"),
    ("who", "samsung-en", "question", None, "Who will be interviewing me?"),
    ("london-time", "thunderbird-en", "question", None, "Are the times London time? I'm in Lisbon at the moment."),
    # ------------------------------------------------------------ unclear
    ("thu-or-fri", "gmail-android-en", "unclear", None, "Thursday or Friday both fine"),
    ("either", "apple-iphone-en", "unclear", None, "Either works"),
    ("received", "outlook-desktop-en", "unclear", None, "Received, thanks."),
    (
        "husband",
        "yahoo-en",
        "unclear",
        None,
        "Hello, this is Alice's husband. She's in hospital this week and can't reply herself - she'll get back to you when she's home.",
    ),
    ("maybe", "gmail-ios-en", "unclear", None, "Maybe. I'll let you know."),
    ("the-2pm-one", "outlook-ios-en", "unclear", None, "The 2pm one"),
    ("check-manager", "gmail-web-en", "unclear", None, "Let me check with my manager and get back to you."),
    (
        "childcare",
        "outlook-desktop-en",
        "unclear",
        None,
        "I can do Thursday if my childcare comes through, otherwise it would have to be Saturday. I'll know by Tuesday.",
    ),
    # ------------------------------------------------------------ automated
    (
        "ooo-outlook",
        "outlook-desktop-en",
        "automated",
        None,
        "Thank you for your email. I am out of the office until Tuesday 1 December with limited access to email. For urgent matters please contact support-team@example.co.uk.",
        {
            "noquote": True,
            "prefix": "Automatic reply: ",
            "extra": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            "shape": "plain",
        },
    ),
    (
        "vacation-gmail",
        "gmail-web-en",
        "automated",
        None,
        "Hi, I'm on holiday until 1 Dec and will reply when I'm back.",
        {
            "noquote": True,
            "prefix": "Out of office: ",
            "extra": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
            "shape": "plain",
            "threaded": False,
        },
    ),
    (
        "not-monitored",
        "bare-web",
        "automated",
        None,
        "This mailbox is not monitored. Your message has not been read. Please use our contact form at https://example.org/contact.",
        {"noquote": True, "prefix": "Undeliverable reply: ", "extra": {"Auto-Submitted": "auto-generated"}},
    ),
    # ------------------------------------------------------------ other languages
    (
        "de-freitag-formell",
        "outlook-desktop-de",
        "confirm",
        2,
        "Guten Tag,\n\nvielen Dank für die Einladung. Ich bestätige den Termin am Freitag, 4. Dezember, um 14:00 Uhr.\n\nMit freundlichen Grüßen\nJonas Weber",
        {"charset": "iso-8859-1", "cte": "quoted-printable"},
    ),
    ("de-samstag", "gmail-web-de", "confirm", 3, "Donnerstag passt leider nicht, Samstag um 10 wäre gut."),
    (
        "fr-option1",
        "gmail-web-fr",
        "confirm",
        1,
        "Bonjour,\n\nJe confirme ma présence pour l'option 1.\n\nCordialement,\nClaire Dubois",
    ),
    (
        "fr-autre-offre",
        "outlook-ios-fr",
        "decline",
        None,
        "Bonjour, désolée mais j'ai accepté une autre offre, je ne participerai donc pas à l'entretien. Merci.",
    ),
    ("es-viernes", "gmail-android-es", "confirm", 2, "Hola, el viernes me viene bien. ¡Gracias!"),
    (
        "es-lunes",
        "outlook-desktop-es",
        "reschedule",
        None,
        "Buenos días:\n\nNinguna de las fechas me viene bien. ¿Podría ser el lunes 7 de diciembre por la tarde?\n\nUn saludo,\nLucía",
        {"charset": "windows-1252", "noquote": True, "shape": "plain", "cte": "8bit"},
    ),
    ("pt-opcao3", "gmail-web-pt", "confirm", 3, "Olá, confirmo a opção 3. Obrigado!"),
    ("it-giovedi", "gmail-web-it", "confirm", 1, "Buongiorno, giovedì alle 14 va benissimo. Grazie"),
    ("nl-vrijdag-zaterdag", "gmail-web-nl", "unclear", None, "Vrijdag of zaterdag, allebei prima."),
    (
        "ja-option2",
        "gmail-web-ja",
        "confirm",
        2,
        "お世話になっております。\n\n2番目の日程（12月4日 金曜日 14:00）でお願いいたします。\n\n佐藤",
        {"charset": "iso-2022-jp", "cte": "7bit", "shape": "plain", "noquote": True},
    ),
    ("ko-saturday", "gmail-ios-ko", "confirm", 3, "안녕하세요, 토요일 오전 10시로 하겠습니다. 감사합니다."),
    (
        "ru-online",
        "thunderbird-ru",
        "question",
        None,
        "Здравствуйте! Подскажите, пожалуйста, собеседование будет онлайн или очно?",
    ),
    (
        "de-abwesend",
        "outlook-desktop-de",
        "automated",
        None,
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Dezember nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
        {
            "noquote": True,
            "prefix": "Automatische Antwort: ",
            "extra": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            "shape": "plain",
            "charset": "iso-8859-1",
            "cte": "quoted-printable",
        },
    ),
    (
        "ja-kinyobi-zh",
        "thunderbird-kaki-ja",
        "confirm",
        2,
        "金曜日14時の回で参加します。よろしくお願いします。",
        {"lang": "zh", "ui": "ja"},
    ),
    (
        "fr-vendredi-outlook",
        "outlook-desktop-fr",
        "confirm",
        2,
        "Bonjour,\n\nVendredi 4 décembre à 14h me convient parfaitement.\n\nBien à vous,\nClaire Dubois",
    ),
    (
        "ru-chetverg",
        "gmail-web-ru",
        "confirm",
        1,
        "Добрый день! Подтверждаю участие в четверг, 3 декабря, в 14:00. Спасибо!",
    ),
    (
        "fr-samedi-11h",
        "yahoo-fr",
        "reschedule",
        None,
        "Bonjour, je préfère le samedi, mais serait-il possible de commencer à 11h plutôt qu'à 10h ?",
    ),
]


def expand(case: tuple[Any, ...], sender_addr: str) -> tuple[Any, ...]:
    if len(case) < 6:
        return case
    opts = dict(case[5])
    if "_chain" in opts:
        new, earlier = opts.pop("_chain")
        opts.update(gmail_self_chain(new, earlier, f"Alice Smith <{sender_addr}>"))
        case = (*case[:4], new, opts)
    if "_inline" in opts:
        lead, answers, tail = opts.pop("_inline")
        opts.update(inline(lead, answers, tail))
        case = (*case[:4], lead or tail or "(inline)", opts)
    if "_fwd" in opts:
        new = opts.pop("_fwd")
        opts.update(outlook_forwarded(new, "Support Desk Shared <support.shared@example.co.uk>"))
        case = (*case[:4], new, opts)
    return (*case[:5], opts)
