# ruff: noqa: E501
"""blind5 replies to the English invitation, written in English."""

from __future__ import annotations

from tests.inbound.corpus.blind5.entry import R

O2 = "Option 2: Fri 4 Dec 2026"
O3 = "Option 3: Sat 5 Dec 2026"

ENTRIES: list[R] = [
    # ---------------------------------------------------------------- confirm, option 1
    R("confirm", "confirm", None, "en", "outlook-android-en", "Confirm"),
    R("thursday-works", "confirm", None, "en", "outlook-ios-en", "Hi, Thursday at 2pm works for me. See you then.\n\nOlivia"),
    R("yes-please", "confirm", None, "en", "samsung-en", "yes please, the proposed time is fine"),
    R("long-thanks", "confirm", None, "en", "spark-en", "Hello,\n\nThank you so much for giving me a second chance. I was quite nervous during the AI interview and I think my answers on the complaint-handling questions were rushed, so I really appreciate this.\n\nI'm happy to take the proposed slot on Thursday 3 December at 14:00. I'll join online and will have my ID copy and portfolio ready, and I'll finish the training course before then.\n\nKind regards,\nLiam Walker"),
    R("sounds-good", "confirm", None, "en", "gmail-ios-en", "Sounds good, I'll be there 👍"),
    R("proton-accept", "confirm", None, "en", "proton-en", "I accept option 1. Thanks."),
    R("zoho-see-you", "confirm", None, "en", "zoho-en", "Dear team,\n\nConfirming my attendance on Thu 3 Dec, 14:00 UK time.\n\nBest,\nDaniel Hughes"),
    R("inline-ok-thunderbird", "confirm", None, "en", "thunderbird-en", "Thanks!", post="inline", inline=[("Option 1 (proposed)", "This one is fine for me.")]),
    R("ok-bottom", "confirm", None, "en", "gmail-android-en", "OK, confirmed.", post="bottom"),
    R("3rd-dec", "confirm", None, "en", "huawei-en", "3rd December at 2 is good"),
    R("colleague-relay", "confirm", None, "en", "outlook-android-en", "Hi, I'm writing on behalf of my flatmate Chloe Evans, whose laptop died this morning. She asked me to let you know she confirms the Thursday 3 Dec 2pm slot and will reply from her own address once it's fixed.\n\nThanks,\nMark", sender="Mark Evans <mark.evans77@outlook.com>"),
    R("typo-confrim", "confirm", None, "en", "samsung-en", "Confrim, thank you"),
    R("yes-with-question", "confirm", None, "en", "spark-en", "Yes, Thursday is fine. Quick question: is the online link the same one for everyone or will I get a separate one?"),
    R("will-attend", "confirm", None, "en", "outlook-ios-en", "I will attend the re-interview at the suggested time. Many thanks for the opportunity."),
    R("thumbs", "confirm", None, "en", "gmail-ios-en", "👍 Thursday"),
    R("earlier-msg-correction-1", "confirm", None, "en", "proton-en", "Sorry, ignore my last email - I mixed up the dates. Thursday (option 1) is actually the one that works. Please book me for that."),
    R("dear-sir-accept", "confirm", None, "en", "zoho-en", "Dear Sir/Madam,\n\nI am writing to accept your kind invitation for the re-interview on Thursday, 3 December 2026 at 14:00.\n\nYours faithfully,\nPriya Shah"),
    R("count-me-in", "confirm", None, "en", "gmail-android-en", "Count me in for Thursday! (this landed in my old inbox so I forwarded it here)", opts={"fwd": "1"}),
    # ---------------------------------------------------------------- confirm, option 2 / 3
    R("bare-3", "confirm", 3, "en", "outlook-android-en", "3"),
    R("friday-please", "confirm", 2, "en", "outlook-ios-en", "Friday please"),
    R("option-two", "confirm", 2, "en", "samsung-en", "Option two works best for me, thanks."),
    R("sat-morning", "confirm", 3, "en", "spark-en", "Saturday morning is perfect, I work weekdays."),
    R("not-thu-fri-ok", "confirm", 2, "en", "gmail-ios-en", "Can't do Thursday but Friday at 2 is fine"),
    R("inline-fri", "confirm", 2, "en", "thunderbird-en", "", post="inline", inline=[(O2, "Yes - this one please.")]),
    R("4th", "confirm", 2, "en", "proton-en", "I'll take the 4th."),
    R("sat-story", "confirm", 3, "en", "zoho-en", "Hi there,\n\nThanks for getting back to me. I'm currently working shifts at a call centre (which is partly why I applied - I have a fair bit of complaint-handling experience) and my rota for next week has me on Thursday and Friday afternoons. Saturday 5 December at 10:00 would therefore be the best option for me.\n\nLooking forward to it,\nTom"),
    R("switch-to-3", "confirm", 3, "en", "gmail-android-en", "Hi again - I replied 'confirm' earlier but something has come up on Thursday. Could I switch to option 3 on Saturday instead? Sorry for the hassle."),
    # ---------------------------------------------------------------- decline
    R("decline", "decline", None, "en", "outlook-android-en", "decline"),
    R("new-job", "decline", None, "en", "outlook-ios-en", "Hi,\n\nThanks for the offer of a re-interview. I've actually just accepted a position elsewhere, so I'll have to pass on this one.\n\nAll the best,\nMegan"),
    R("not-for-me", "decline", None, "en", "samsung-en", "Thank you, but after thinking it over I've decided this role isn't the right fit for me. Please withdraw my application."),
    R("no-thanks", "decline", None, "en", "gmail-ios-en", "No thanks"),
    R("moving-abroad", "decline", None, "en", "proton-en", "Hello, I'm relocating to Canada next month so I won't be able to take this forward. I appreciate the second chance though."),
    R("withdraw-bottom", "decline", None, "en", "thunderbird-en", "I'd like to withdraw, thank you.", post="bottom"),
    R("wont-be-attending", "decline", None, "en", "zoho-en", "I won't be attending. Kind regards."),
    # ---------------------------------------------------------------- reschedule
    R("next-week", "reschedule", None, "en", "outlook-android-en", "Could we do next week instead? Any afternoon from Tuesday 8th works."),
    R("none-work", "reschedule", None, "en", "outlook-ios-en", "Unfortunately none of those times work - I'm away 2-6 Dec for a family wedding. Would Monday 7th or Tuesday 8th be possible?"),
    R("fri-morning", "reschedule", None, "en", "spark-en", "Is there any chance of Friday morning instead of the afternoon? Say 10 or 11?"),
    R("thu-later", "reschedule", None, "en", "gmail-ios-en", "Thursday is good but 2pm clashes with my lectures, could it be 4pm?"),
    R("reschedule-bare", "reschedule", None, "en", "samsung-en", "reschedule please - Wed 9 Dec any time"),
    R("sunday", "reschedule", None, "en", "proton-en", "Would Sunday 6th be an option? Weekdays are hard for me."),
    R("after-exams", "reschedule", None, "en", "zoho-en", "Dear recruiting team,\n\nI'm sitting my final exams from 1 to 11 December. Would it be possible to have the re-interview after the 11th? I'm free any day the week of the 14th.\n\nMany thanks,\nAisha Khan"),
    # ---------------------------------------------------------------- question
    R("online-or-in-person", "question", None, "en", "outlook-android-en", "Hi, is the re-interview online or do I need to come to the Shanghai office? I'm based in Manchester."),
    R("training-report", "question", None, "en", "gmail-android-en", "Where do I find the training assessment report? I don't think I've been sent one."),
    R("what-changed", "question", None, "en", "spark-en", "Before I decide - will it be the same questions as the AI interview, or a human panel this time?"),
    R("timezone-q", "question", None, "en", "outlook-ios-en", "Are these times UK time? The address in the email is in Shanghai so I'm a bit confused."),
    R("portfolio-q", "question", None, "en", "proton-en", "What should the portfolio contain for a support desk role? I don't really have one."),
    # ---------------------------------------------------------------- unclear
    R("any-is-fine", "unclear", None, "en", "samsung-en", "Any of them is fine"),
    R("let-me-check", "unclear", None, "en", "gmail-ios-en", "Thanks! Let me check my calendar and get back to you tomorrow."),
    R("maybe-fri-or-sat", "unclear", None, "en", "outlook-android-en", "Probably Friday or Saturday, not sure yet"),
    R("contradictory-en", "unclear", None, "en", "zoho-en", "Yes I'll come on Thursday. Actually no, wait, I might have a dentist appointment, I'll need to double check."),
    R("huh", "unclear", None, "en", "huawei-en", "?"),
    # ---------------------------------------------------------------- automated
    R("ooo-outlook", "automated", None, "en", "outlook-android-en", "I am out of the office until Monday 7 December with limited access to email. For urgent matters please contact my colleague at support@example.org.", opts={"prefix": "Automatic reply: ", "sig": ""}, post="none", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "candidate@example.com"}),
    R("zoho-vacation", "automated", None, "en", "zoho-en", "Thank you for your email. I am currently travelling and will reply when I am back on 3 December.\n\n-- This is an automated response --", opts={"prefix": "Auto Reply: "}, post="none", extra={"Auto-Submitted": "auto-replied"}),
    R("gmail-vacation", "automated", None, "en", "gmail-android-en", "Hi, thanks for your message! I'm on holiday with no signal until 4 December and will reply as soon as I can.", opts={"prefix": "Re: "}, post="none", extra={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}),
]
