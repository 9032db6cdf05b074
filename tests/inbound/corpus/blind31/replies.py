"""Candidates' own words and the label a careful HR person would give. Theme: a recruiter's shared inbox.

Each entry: (lang of invitation, client, intent, slot, text, quote?, options)."""

R = []


def r(lang, client, intent, slot, text, quote=True, **kw):
    R.append(dict(lang=lang, client=client, intent=intent, slot=slot, text=text.strip("\n"), quote=quote, **kw))


# ---------------- zh invitation ----------------
r("zh", "netease-zh", "confirm", None, "确认参加，谢谢！")
r("zh", "netease-zh", "confirm", 2, "您好，我选方案2，周五下午两点可以。")
r("zh", "netease-zh", "confirm", 3, "周六上午那个时间比较合适，麻烦安排方案3。\n\n李娜")
r(
    "zh",
    "netease-zh",
    "decline",
    None,
    "您好，我已经接受了其他公司的offer，这次重新面试就不参加了，谢谢贵公司给的机会。",
)
r("zh", "netease-zh", "reschedule", None, "这三个时间我都在外地出差，下周二或者周三下午可以吗？")
r("zh", "netease-zh", "unclear", None, "收到，我看一下时间再回复您。")
r("zh", "netease-zh", "question", None, "请问线上面试和现场面试都可以吗？我人在杭州，去上海不太方便。")
r("zh", "netease-zh", "confirm", None, "好的，12月3日下午两点我准时到，身份证复印件和作品都会带上。")
r("zh", "netease", "confirm", 2, "2")
r("zh", "netease", "confirm", 3, "方案三，谢谢")
r("zh", "netease-zh", "unclear", None, "周四周五都行，看你们安排吧。")
r("zh", "netease-zh", "confirm", 2, "周四下午要上班走不开，周五可以，就定周五吧。")

r("zh", "qq", "confirm", None, "确认")
r("zh", "qq", "confirm", 3, "我选3")
r("zh", "qq", "confirm", 2, "您好！方案2可以的，到时候我线上参加。")
r("zh", "qq", "decline", None, "放弃")
r("zh", "qq", "reschedule", None, "不好意思，12月3号到5号我要考试，能不能改到12月8号以后？")
r("zh", "qq", "question", None, "培训测评报告在哪里下载？我没找到课程的入口。")
r("zh", "qq", "confirm", None, "确认参加方案1，培训课程我这两天会看完。")
r("zh", "qq", "unclear", None, "我考虑一下")
r("zh", "qq", "confirm", 3, "周四周五都有课，只能周六了，方案3吧。")
r("zh", "qq", "decline", None, "谢谢，不用了，我觉得这个岗位不太适合我。")
r("zh", "qq", "reschedule", None, "能不能安排在晚上？白天要上班，晚上7点以后都可以。")
r("zh", "qq", "unclear", None, "好的")
r("zh", "qq", "confirm", 2, "您好，我选择12月4日周五14:00那个时间。有个问题想问下，作品是带纸质的还是电子版就行？")

r("zh", "wechat", "confirm", None, "确认参加 周四下午见")
r("zh", "wechat", "confirm", 2, "周五两点吧")
r("zh", "wechat", "reschedule", None, "都不太行，下周一可以吗")
r("zh", "wechat", "unclear", None, "2或者3都可以")
r("zh", "wechat", "decline", None, "不去了，谢谢")
r("zh", "wechat", "question", None, "请问面试大概会问哪方面的问题？")
r("zh", "wechat", "confirm", 3, "方案3 周六上午10点")
r("zh", "wechat", "unclear", None, "周四的话可能要晚一点到，3点左右行吗，不行的话周五也可以")

r("zh", "gmail-zh", "confirm", None, "您好，\n\n我确认参加12月3日周四14:00的重新面试。\n\n谢谢！\n王磊")
r("zh", "gmail-zh", "confirm", 3, "你好，我选周六上午10点（方案3）。")
r("zh", "gmail-zh", "reschedule", None, "您好，这周我家里有点事，能否推迟到下周？12月9日、10日全天都可以。")
r("zh", "gmail-zh", "question", None, "您好，请问重新面试的结果会覆盖第一次的成绩吗？")
r("zh", "gmail-zh", "decline", None, "非常感谢再给一次机会，不过我已经决定继续读研，这次就放弃了。")
r("zh", "gmail-old", "confirm", 2, "方案2，谢谢。")
r("zh", "gmail-old", "confirm", None, "确认，方案1没问题。")
r("zh", "gmail-old", "unclear", None, "周四可以吧？我再确认一下排班，明天回复你。")
r("zh", "gmail-old", "reschedule", None, "周四周五我都不行，周六上午也有事。周日下午可以吗？")

r("zh", "outlook-zh", "confirm", None, "确认参加。\n\n此致\n赵敏")
r("zh", "outlook-zh", "confirm", 3, "您好，\n我想选方案3，周六上午，谢谢。")
r("zh", "outlook-zh", "decline", None, "您好，因个人原因，我决定不参加本次重新面试，抱歉。")
r("zh", "outlook-zh", "unclear", None, "方案1不行。")
r("zh", "outlook-zh", "confirm", 2, "方案1那天下午有会，方案2可以。")
r("zh", "outlook-zh", "question", None, "请问可以带笔记本电脑现场演示作品吗？")

r("zh", "apple-zh", "confirm", None, "好的，确认参加", iphone=True)
r("zh", "apple-zh", "confirm", 2, "周五可以", iphone=True)
r("zh", "apple-zh", "reschedule", None, "我12月份都在国外，1月份回国后再面可以吗？")
r("zh", "apple-zh", "unclear", None, "周六不行", iphone=True)
r("zh", "apple-zh", "confirm", 3, "3号方案，周六10点，我会线上参加。")
r("zh", "apple-zh", "decline", None, "我不参加了，找到工作了。", iphone=True)

r("zh", "foxmail", "confirm", None, "您好，确认参加方案1。")
r("zh", "foxmail", "confirm", 2, "选择方案2。")
r("zh", "foxmail", "reschedule", None, "您好，方便的话能改到12月7日周一下午吗？其他三个时间都和我现在的工作冲突。")
r("zh", "foxmail", "unclear", None, "确认。不过周四我可能要加班，到时候看情况。")
r("zh", "foxmail", "question", None, "请问地点是在漕溪北路1号几号门进？需要提前登记吗？")

r("zh", "yahoo", "confirm", 3, "我选周六的。")
r("zh", "yahoo", "confirm", None, "确认参加，谢谢HR。")

r("zh", "netease-zh", "confirm", None, "确认参加", quote=False)
r("zh", "qq", "confirm", 2, "周五下午2点可以，谢谢", quote=False)
r("zh", "netease-zh", "decline", None, "不好意思，我决定放弃这次机会。", quote=False)
r("zh", "qq", "question", None, "请问是哪个岗位？我投了好几家，记不清了。确认一下再回复。")
r("zh", "wechat", "confirm", None, "确认", quote=False)
r("zh", "netease-zh", "reschedule", None, "方案都不合适，12月3号上午可以吗？下午有事。")
r("zh", "qq", "confirm", 3, "周四、周五都不行，周六可以。")
r("zh", "gmail-zh", "unclear", None, "I can do Thursday or Saturday, whichever works better for the interviewer.")
r("zh", "outlook-zh", "confirm", None, "确认参加 / Confirmed, thanks.")

r(
    "zh",
    "auto-qq",
    "automated",
    None,
    "您好，我现在休假中，12月6日后回来，邮件会在回来后尽快处理。",
    subject="自动回复：重新面试邀请：电商客服专员",
)
r(
    "zh",
    "auto-netease",
    "automated",
    None,
    "【自动回复】您的邮件已收到，我会尽快回复您。",
    subject="自动回复: 重新面试邀请：电商客服专员",
)
r(
    "zh",
    "auto-outlook",
    "automated",
    None,
    "您好，本人11月25日至12月2日休年假，期间不便查看邮件。如有急事请联系 13800000000。\n\n此邮件为自动回复。",
)
r(
    "zh",
    "auto-qq",
    "automated",
    None,
    "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。",
    subject="自动回复: 重新面试邀请：电商客服专员",
)

# ---------------- en invitation ----------------
r("en", "gmail", "confirm", None, "Hi,\n\nConfirm. Thursday at 2pm works for me.\n\nThanks,\nTom")
r(
    "en",
    "gmail",
    "confirm",
    2,
    "Hello,\n\nI'd like option 2 please (Friday 4 Dec, 14:00).\n\nBest regards,\nPriya Patel",
)
r("en", "gmail", "confirm", 3, "Option 3 please. Saturday morning is the only time I'm free.")
r(
    "en",
    "gmail",
    "decline",
    None,
    "Hi,\n\nThanks for the second chance, but I've accepted another offer in the meantime, so I'll withdraw.\n\nAll the best,\nDaniel",
)
r(
    "en",
    "gmail",
    "reschedule",
    None,
    "Hi there,\n\nNone of those times work, I'm travelling all week. Could we do Tuesday 8 Dec or Wednesday 9 Dec, any time after 11?\n\nCheers,\nMaya",
)
r(
    "en",
    "gmail",
    "question",
    None,
    "Hi, is the interview in person or online? I'm based in Manchester so Shanghai would be difficult.",
)
r("en", "gmail", "unclear", None, "Thanks for this, I'll check my calendar and get back to you.")
r("en", "gmail", "confirm", 2, "Thursday doesn't work, but Friday is fine.")
r("en", "gmail", "unclear", None, "Either 1 or 2 is fine with me.")
r("en", "gmail", "confirm", None, "confirm")
r("en", "gmail", "confirm", 3, "3")
r("en", "gmail", "reschedule", None, "Could we move it to the following week? Any afternoon from Monday 7th onwards.")
r("en", "gmail-old", "confirm", None, "Confirmed for Thursday 3 Dec at 14:00. See you then.")
r("en", "gmail-old", "confirm", 2, "Option 2 is perfect, thank you.")
r(
    "en",
    "gmail-old",
    "question",
    None,
    "Sorry, which time zone are these in? If it's London time I might struggle with Thursday.",
)
r("en", "gmail-old", "decline", None, "Please remove me from the process. Not interested anymore.")

r(
    "en",
    "outlook",
    "confirm",
    None,
    "Dear Recruiting Team,\n\nThank you for the invitation. I confirm option 1, Thursday 3 December at 14:00.\n\nKind regards,\nOliver Bennett",
)
r("en", "outlook", "confirm", 3, "Hi,\n\nI'll take the Saturday slot.\n\nThanks\nSarah")
r(
    "en",
    "outlook",
    "reschedule",
    None,
    "Hello,\n\nUnfortunately I have medical appointments on all three days. Would 14 or 15 December be possible?\n\nRegards,\nJames",
)
r(
    "en",
    "outlook",
    "question",
    None,
    "Hello,\n\nDo I need to complete the training course before the interview, or is it optional?\n\nThanks,\nEmma",
)
r(
    "en",
    "outlook",
    "decline",
    None,
    "Hi,\n\nAfter some thought I've decided not to continue with the application. Thank you for your time.\n\nRegards,\nLiam",
)
r("en", "outlook", "unclear", None, "Hi,\n\nOption 2 or 3 - I'll confirm which by tomorrow.\n\nThanks")
r(
    "en",
    "outlook-de",
    "confirm",
    None,
    "Hallo,\n\nich bestätige den Termin am Donnerstag, 3.12. um 14:00 Uhr.\n\nMit freundlichen Grüßen\nJonas Weber",
)
r("en", "outlook-de", "confirm", 2, "Hi,\n\nFriday (option 2) works for me.\n\nViele Grüße\nLena")
r(
    "en",
    "outlook-de",
    "reschedule",
    None,
    "Guten Tag,\n\nleider passt keiner der Termine. Ginge es am Montag, 7. Dezember, vormittags?\n\nBeste Grüße\nMarkus Schmidt",
)
r(
    "en",
    "outlook-de",
    "decline",
    None,
    "Hello,\n\nthank you, but I will not take part in the re-interview. I have signed with another company.\n\nBest regards\nAnna Müller",
)
r("en", "outlook-de", "unclear", None, "Hallo,\n\nDonnerstag geht leider nicht.\n\nGruß\nTim")
r(
    "en",
    "outlook-fr",
    "confirm",
    3,
    "Bonjour,\n\nJe choisis l'option 3, samedi 5 décembre à 10h.\n\nCordialement,\nCamille Durand",
)
r("en", "outlook-fr", "confirm", None, "Hello,\n\nI confirm Thursday 14:00. Merci !\n\nBien cordialement,\nJulien")
r(
    "en",
    "outlook-fr",
    "question",
    None,
    "Bonjour,\n\nEst-ce que l'entretien peut se faire en anglais plutôt qu'en chinois ?\n\nMerci d'avance,\nSophie",
)
r(
    "en",
    "outlook-fr",
    "reschedule",
    None,
    "Hello,\n\nSorry, I'm not available on any of those dates. Is there anything possible the week of 14 December?\n\nCordialement,\nThomas",
)

r("en", "apple", "confirm", None, "Confirmed, thanks!", iphone=True)
r("en", "apple", "confirm", 2, "Friday works.", iphone=True)
r("en", "apple", "confirm", 3, "Hi, option 3 please. Saturday is easier for me as I work weekdays.\n\nBen")
r("en", "apple", "reschedule", None, "Hi, can we do the same time next week? I've got exams till the 5th.", iphone=True)
r("en", "apple", "unclear", None, "Ok", iphone=True)
r("en", "apple", "decline", None, "Hi,\n\nI'm going to pass on this one, thanks anyway.\n\nChloe")
r(
    "en",
    "apple",
    "question",
    None,
    "Hi, what's the portfolio meant to include for a support desk role? I don't really have one.",
)
r("en", "apple", "confirm", 2, "Not Thursday - I can do Friday at 2 though. Let's go with that.")

r("en", "yahoo", "confirm", None, "Yes, I'll be there on Thursday. Thank you.")
r("en", "yahoo", "confirm", 2, "I'd prefer option 2 please.")
r("en", "yahoo", "reschedule", None, "Is it possible to do it in the evening? I work 9 to 6. Any day after 7pm.")
r("en", "yahoo", "unclear", None, "Thursday or Friday, both fine.")
r("en", "yahoo", "decline", None, "No thank you.")
r("en", "yahoo", "question", None, "Hello, will I be interviewed by the same person as last time?")

r("en", "netease", "confirm", 3, "Saturday 10am is good for me, option 3.")
r("en", "netease", "confirm", None, "Confirm option 1. Thank you!")
r(
    "en",
    "netease",
    "unclear",
    None,
    "I might be able to make Thursday but not sure yet, my manager hasn't approved my leave.",
)
r("en", "qq-en", "confirm", 2, "Option 2 thanks")
r("en", "qq-en", "reschedule", None, "Can it be Thursday morning instead of the afternoon? 10 or 11 would be great.")
r("en", "qq-en", "decline", None, "Sorry, I decline. Family reasons.")
r("en", "foxmail", "confirm", None, "OK confirm, see you Thursday.")
r("en", "foxmail", "question", None, "Is there parking near the office? And which floor do I go to?")
r("en", "wechat", "confirm", 3, "option 3")
r("en", "wechat", "question", None, "Sorry I only saw this now, is it too late?")

r("en", "gmail", "confirm", None, "Confirmed. I'll join online via the link.", quote=False)
r("en", "outlook", "confirm", 2, "Option 2 please.\n\nKind regards,\nHannah", quote=False)
r("en", "gmail", "decline", None, "I no longer wish to be considered. Thanks.", quote=False)
r(
    "en",
    "gmail",
    "confirm",
    2,
    "Friday at 14:00 please. Quick question - should I bring a printed copy of the training report or is a PDF fine?",
)
r(
    "en",
    "outlook",
    "unclear",
    None,
    "Hi,\n\nI confirm I received this. I'm not sure yet whether I want to go ahead - I'll let you know by Monday.\n\nRegards,\nRyan",
)
r("en", "gmail", "reschedule", None, "Thursday is good but can we start at 16:00 instead of 14:00?")
r("en", "apple", "confirm", None, "Sí, confirmo la opción 1, el jueves a las 14:00. Gracias.\n\nLucía")
r("en", "gmail", "confirm", 3, "Olá, prefiro a opção 3 (sábado de manhã). Obrigado!")
r(
    "en",
    "outlook",
    "unclear",
    None,
    "Hi,\n\nThursday would have been ideal but I've just been told I'm on call. Friday might work, I'll confirm.\n\nThanks",
)
r("en", "gmail", "confirm", None, "Yes please, option 1 is fine. Do I need to bring anything besides my ID?")
r("en", "yahoo", "reschedule", None, "I can't do any of those, sorry. Next Thursday (10 Dec) same time?")
r("en", "netease", "confirm", 2, "Friday 4 Dec 14:00 works best. Thanks!")
r("en", "gmail-old", "reschedule", None, "Could we do it earlier? Monday 30 Nov or Tuesday 1 Dec would suit me better.")
r("en", "outlook-de", "confirm", 3, "Hallo,\n\nSamstag 10 Uhr passt mir, also Option 3.\n\nGruß\nFelix")

r(
    "en",
    "auto-outlook",
    "automated",
    None,
    "Thank you for your email. I am out of the office until Monday 7 December with limited access to email. For urgent matters please contact my colleague at reception@example.org.",
)
r(
    "en",
    "auto-gmail",
    "automated",
    None,
    "Hi, thanks for getting in touch. I'm currently on holiday and will reply when I'm back on 4 December.",
    subject="Re: Re-interview invitation: Support desk",
)
r(
    "en",
    "auto-outlook",
    "automated",
    None,
    "Ich bin bis einschließlich 4. Dezember nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.\n\nI am out of office until 4 December. Your message will not be forwarded.",
    subject="Automatische Antwort: Re-interview invitation: Support desk",
)
r(
    "en",
    "auto-yahoo",
    "automated",
    None,
    "This mailbox is no longer monitored. Please send your message to my new address.",
    subject="Auto: Re-interview invitation: Support desk",
)
