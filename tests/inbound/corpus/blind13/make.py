# ruff: noqa: E501
"""Write blind13: `.venv/bin/python -m tests.inbound.corpus.blind13.make` (deterministic)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.inbound.corpus.blind13.clients import compose

HERE = Path(__file__).parent
U, L1, W, Q, B = "utf-8", "iso-8859-1", "windows-1252", "quoted-printable", "base64"

# (client, lang, intent, slot, body, options)
R: list[tuple[str, str, str, int | None, str, dict[str, Any]]] = [
    # ---------------------------------------------------------------- English, en invitation
    ("gmail", "en", "confirm", None, "Thursday works grand, see you then.\n\nAlice", {}),
    ("gmail", "en", "confirm", 2, "Hiya,\n\nFriday at 2 suits me best ta.\n\nAlice", {}),
    ("iphone", "en", "confirm", None, "Count me in for the one you suggested 👍\n\nSent from my iPhone", {"fmt": "plain"}),
    ("outlook", "en", "confirm", 3, "Hi,\n\nThe Saturday morning one please – weekdays are murder with work.\n\nKind regards,\nAlice Smith", {"fmt": "html", "cte": B}),
    ("gmail", "en", "confirm", None, "Sound, I'll be there with bells on.", {}),
    ("apple", "en", "confirm", 3, "the last slot please", {"fmt": "html"}),
    ("thunderbird", "en", "confirm", 2, "Hello,\n\nOption 2 for me. Could you tell me if there's parking near the building?\n\nThanks,\nAlice", {"fmt": "plain", "charset": L1, "cte": "8bit"}),
    ("outlook", "en", "confirm", None, "Morning,\n\nHappy to go with the proposed time. Is it smart casual or should I wear a suit?\n\nMany thanks\nAlice", {"charset": W}),
    ("gmail", "en", "confirm", 2, "can't swing Thursday but Friday's fine", {}),
    ("yahoo", "en", "confirm", 3, "Sat 5th at 10 works for me, cheers", {"fmt": "plain"}),
    ("proton", "en", "confirm", None, "Confirmed — 3 Dec 14:00. Should I bring a printed copy of the training report or is a PDF ok?\n\nAlice", {"fmt": "html"}),
    ("iphone", "en", "confirm", 2, "2\n\nSent from my iPhone", {"fmt": "plain"}),
    ("gmail", "en", "confirm", None, "Yes please, the first one.", {}),
    ("outlook", "en", "confirm", 3, "Hi there,\n\nI'm on shifts Thursday and Friday so Saturday 10am it is. Thanks for the second chance!\n\nAlice", {"fmt": "alt", "charset": W}),
    ("gmail", "en", "confirm", None, "No worries, Thursday 2pm is sweet as. Will the panel be the same people as last time?", {}),
    ("apple", "en", "confirm", 2, "I was going to say Thursday but actually I've got a dentist appointment then – let's do Friday instead.\n\nAlice", {}),
    ("gmail", "en", "confirm", 2, "Fri 4 Dec 14:00 please.", {"refs": False}),
    ("outlook", "en", "confirm", None, "Dear HR team,\n\nThank you for the opportunity. I am pleased to accept option 1, Thursday 3 December at 14:00.\n\nYours sincerely,\nAlice Smith", {"fmt": "html"}),
    ("thunderbird", "en", "confirm", 3, "the morning one works best for me\n\n-- \nAlice Smith\n07700 900123", {"fmt": "plain"}),
    ("gmail", "en", "confirm", None, "Hi, 3 Dec is fine. Can I do it online via the link rather than coming in?", {}),
    ("iphone", "en", "confirm", 2, "Friday pls. Running late on everything this week sorry for the slow reply\n\nSent from my iPhone", {"fmt": "plain"}),
    ("gmail", "en", "confirm", None, "Thursday at 2 – lovely, thanks.", {}),
    ("outlook", "en", "confirm", 3, "Saturday please.\n\nAlice\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender.", {"fmt": "alt"}),
    ("gmail", "en", "confirm", None, "Yep that's fine", {}),
    ("apple", "en", "confirm", None, "The 2 o'clock on Thursday suits, thanks. What's the salary band for this role by the way?", {}),
    ("gmail", "en", "confirm", 3, "Sat morning please. Not Thursday, not Friday – I'm away for work both days.", {}),
    ("yahoo", "en", "confirm", None, "ok confirm", {"fmt": "plain"}),
    ("outlook", "en", "confirm", 2, "Hi,\n\nJust replying to the reminder – sorry, I missed the first email. Friday the 4th at 2pm please.\n\nThanks\nAlice", {"reminder": True}),
    ("gmail", "en", "confirm", None, "Hi,\n\nApologies for the late reply. I can make Thursday. Is there a lift? I use a wheelchair.\n\nBest,\nAlice", {"reminder": True}),
    ("gmail", "en", "confirm", 3, "Option three, cheers!", {}),
    ("iphone", "en", "confirm", None, "Yes that works. See you Thursday x\n\nSent from my iPhone", {"fmt": "plain"}),
    ("outlook", "en", "confirm", 2, "Friday 14:00 – confirmed. Who will be on the interview panel?\n\nRegards\nAlice", {"fmt": "html", "charset": W}),
    ("thunderbird", "en", "confirm", None, "Hi,\n\nDon't see why not - the proposed Thursday slot is fine.\n\nAlice", {"fmt": "plain"}),
    ("gmail", "en", "confirm", 2, "Hey! 4th works for me :)", {}),
    ("proton", "en", "confirm", 3, "I'll take the 10am on the 5th.", {}),
    ("gmail", "en", "confirm", None, "Right you are, I'll come in on Thursday the 3rd.", {}),
    ("apple", "en", "confirm", 2, "Thursday's no good (kid's nativity play!) but Friday at 2 is perfect.", {}),
    ("outlook", "en", "confirm", None, "Confirm.\n\nGet Outlook for iOS", {"fmt": "html"}),
    ("gmail", "en", "confirm", 3, "Hi, I can't do the weekday ones because of work, so Saturday 10–11 please. Do I need to bring the ID original or just the copy?", {}),
    ("gmail", "en", "confirm", None, "Perfect, 3rd Dec at 2pm works. Looking forward to it.", {"fmt": "html"}),
    ("iphone", "en", "confirm", 3, "Saturday pls\n\nSent from my iPhone", {"fmt": "plain", "refs": False}),
    ("outlook", "en", "confirm", 2, "Hello,\n\nI'd like to go for the Friday slot.\n\nBest wishes,\nAlice Smith\nSenior Support Agent | Example Retail Ltd", {}),
    ("gmail", "en", "confirm", None, "That's grand, Thursday it is. Ta very much.", {}),
    ("yahoo", "en", "confirm", 2, "fri is good", {}),
    ("gmail", "en", "confirm", None, "Thanks for getting back to me. The suggested date is fine for me.", {}),
    # decline
    ("gmail", "en", "decline", None, "Thanks, but I'll pass. I've accepted another offer.\n\nAll the best,\nAlice", {}),
    ("outlook", "en", "decline", None, "Hi,\n\nNot for me, sorry. I've decided to stay in my current role.\n\nKind regards\nAlice", {"fmt": "html"}),
    ("iphone", "en", "decline", None, "Please take me out of the process, I'm no longer interested. Thanks\n\nSent from my iPhone", {"fmt": "plain"}),
    ("gmail", "en", "decline", None, "I've thought about it and I'd rather not do the interview again. Thank you for the chance though.", {}),
    ("apple", "en", "decline", None, "Hi, I was going to confirm Friday but honestly I've just been offered something else and I've taken it. So I'll withdraw — sorry for the hassle.", {}),
    ("thunderbird", "en", "decline", None, "I withdraw my application. Regards, Alice", {"fmt": "plain", "charset": L1, "cte": "8bit"}),
    ("gmail", "en", "decline", None, "Cheers for the invite but I'm going to give it a miss.", {}),
    ("outlook", "en", "decline", None, "decline", {}),
    ("gmail", "en", "decline", None, "Hi — I'm relocating abroad next month, so there's no point continuing. Thanks anyway.", {"reminder": True}),
    ("yahoo", "en", "decline", None, "No thanks.", {"fmt": "plain"}),
    ("gmail", "en", "decline", None, "After the last interview I don't think this job is the right fit. I won't be attending any of the times. Best of luck filling it.", {}),
    # reschedule
    ("gmail", "en", "reschedule", None, "I can't make any of these, sorry – I'm on jury duty all that week. Could we do the week of 7 December instead?", {}),
    ("outlook", "en", "reschedule", None, "Hi,\n\nMy son is poorly and I'm off looking after him till at least Friday. Would Monday 7th or Tuesday 8th be possible?\n\nThanks\nAlice", {"fmt": "html"}),
    ("iphone", "en", "reschedule", None, "Travelling 2–6 Dec, could we push to the following week? Any afternoon works\n\nSent from my iPhone", {"fmt": "plain"}),
    ("gmail", "en", "reschedule", None, "Could we do Thursday but a bit later, say 4:30pm? I finish work at 4.", {}),
    ("apple", "en", "reschedule", None, "Hi, I've come down with flu. None of those dates will work, can we rearrange for next week please?", {}),
    ("gmail", "en", "reschedule", None, "Friday morning would be better for me, e.g. 9 or 10am — is that possible?", {}),
    ("outlook", "en", "reschedule", None, "Hello,\n\nNone of the three slots suit unfortunately. I'm free Wed 2 Dec any time after 12, or Mon 7 Dec morning.\n\nRegards,\nAlice", {"charset": W}),
    ("thunderbird", "en", "reschedule", None, "Sorry, can't do those. Next week?", {"fmt": "plain"}),
    ("gmail", "en", "reschedule", None, "Is there any chance of Saturday afternoon instead of the morning? 2pm-ish?", {}),
    ("gmail", "en", "reschedule", None, "I'm in hospital for a minor op on the 3rd and recovering for a few days. Can we look at mid-December?", {"reminder": True}),
    ("proton", "en", "reschedule", None, "reschedule – Tuesday 8 Dec 11:00 would be ideal", {}),
    # question
    ("gmail", "en", "question", None, "Hi, before I pick a slot – is the re-interview in person only or can I do it online? I live quite far away.", {}),
    ("outlook", "en", "question", None, "Hello,\n\nWhat exactly do you mean by the training assessment report? I haven't received one.\n\nThanks,\nAlice", {"fmt": "html"}),
    ("iphone", "en", "question", None, "How long will it take all in? Need to know before I ask for time off\n\nSent from my iPhone", {"fmt": "plain"}),
    ("gmail", "en", "question", None, "Can you tell me which part of the AI interview I did badly on? I'd like to know what to prepare.", {}),
    ("apple", "en", "question", None, "Quick one – is there parking at the office or should I get the bus?", {}),
    ("gmail", "en", "question", None, "Who will be interviewing me this time, a person or the AI again?", {}),
    ("gmail", "en", "question", None, "Is this still for the Support desk role or a different one? The subject line is a bit confusing.", {}),
    # unclear
    ("gmail", "en", "unclear", None, "Thursday or Friday both fine, whichever you prefer.", {}),
    ("iphone", "en", "unclear", None, "Probably Friday but I'll let you know\n\nSent from my iPhone", {"fmt": "plain"}),
    ("outlook", "en", "unclear", None, "Hi,\n\nI need to check with my manager first and will come back to you.\n\nAlice", {}),
    ("gmail", "en", "unclear", None, "Thursday might work if I can swap my shift. Otherwise Saturday. I'll confirm tomorrow.", {}),
    ("apple", "en", "unclear", None, "Hmm not sure yet, let me think about it", {"fmt": "html"}),
    ("gmail", "en", "unclear", None, "ok", {"reminder": True}),
    ("thunderbird", "en", "unclear", None, "Got it, thanks.", {"fmt": "plain"}),
    ("gmail", "en", "unclear", None, "Any of them is fine really", {}),
    ("outlook", "en", "unclear", None, "Not sure I can do Thursday, maybe Friday? Or maybe I should just drop it, honestly not sure.", {"fmt": "html"}),
    ("yahoo", "en", "unclear", None, "Will reply properly at the weekend", {}),
    ("gmail", "en", "unclear", None, "Who is this? I don't remember applying for a support desk job.", {}),
    # automated
    ("outlook", "en", "automated", None, "Thank you for your email. I am out of the office until Monday 30 November with limited access to email. For urgent matters please call 020 7946 0000.\n\nAlice Smith", {"auto": True}),
    ("gmail", "en", "automated", None, "I'm currently on annual leave and will reply when I'm back on 1 December.", {"auto": True}),
    ("outlook", "en", "automated", None, "This mailbox is no longer monitored. Please contact alice.smith@newmail.example.com.", {"auto": True, "fmt": "html"}),
]

ZH: list[tuple[str, str, str, int | None, str, dict[str, Any]]] = [
    ("qq", "zh", "confirm", None, "好的，周四下午两点准时到。", {"fmt": "alt", "charset": "gbk", "cte": B}),
    ("netease", "zh", "confirm", 2, "您好，我选方案2，周五下午。谢谢！", {"charset": "gbk", "cte": B}),
    ("foxmail", "zh", "confirm", 3, "周六上午那个吧，工作日请不了假。", {"charset": "gbk", "cte": B}),
    ("outlook", "zh", "confirm", None, "HR您好：\n\n确认参加12月3日的重新面试，谢谢给我这次机会。\n\n张三", {"fmt": "html"}),
    ("iphone", "zh", "confirm", None, "没问题，就按你们建议的时间\n\n发自我的iPhone", {"fmt": "plain"}),
    ("gmail", "zh", "confirm", 2, "4号可以", {}),
    ("mailmaster", "zh", "confirm", 3, "选3\n\n来自网易邮箱大师", {"fmt": "plain", "cte": "8bit"}),
    ("qq", "zh", "confirm", None, "收到，周四见！请问需要带身份证原件吗？", {"charset": "gbk", "cte": B}),
    ("netease", "zh", "confirm", 2, "周四不行，周五可以。", {"fmt": "html", "charset": "gbk", "cte": B}),
    ("foxmail", "zh", "confirm", None, "确认", {"charset": "gbk", "cte": B}),
    ("apple", "zh", "confirm", 3, "周四周五都要上班，只能周六了，就定12月5号上午10点吧。", {}),
    ("qq", "zh", "confirm", 2, "本来想选周四的，但那天刚好要陪孩子去医院复查，还是改成周五下午吧，就是方案二。", {"charset": "gbk", "cte": B}),
    ("outlook", "zh", "confirm", None, "您好，\n\n同意建议的时间。另外想问一下，面试官是几位？需要准备自我介绍吗？\n\n此致\n张三", {"charset": "gbk", "cte": B}),
    ("gmail", "zh", "confirm", None, "OK, Thursday 2pm works for me. Thanks!", {}),
    ("netease", "zh", "confirm", 3, "最后一个时间段", {"charset": "utf-8", "cte": B}),
    ("iphone", "zh", "confirm", 2, "周五下午2点👌\n\n发自我的iPhone", {"fmt": "plain"}),
    ("qq", "zh", "confirm", None, "第一个就行", {"fmt": "html", "charset": "gbk", "cte": B}),
    ("mailmaster", "zh", "confirm", 2, "不好意思刚看到提醒，选周五的。", {"reminder": True, "fmt": "plain", "cte": B}),
    ("foxmail", "zh", "confirm", 3, "您好！12月5日上午可以参加，请问停车方便吗？", {"charset": "gbk", "cte": B}),
    ("gmail", "zh", "confirm", None, "可以的，按原计划周四。着装有要求吗？", {}),
    ("qq", "zh", "confirm", 2, "2", {"charset": "gbk", "cte": B}),
    ("netease", "zh", "confirm", None, "没问题，我会准时参加，谢谢！", {"charset": "gbk", "cte": B}),
    ("outlook", "zh", "confirm", 3, "张三回复：方案三，周六上午十点。", {"fmt": "html", "charset": "gbk", "cte": B}),
    ("qq", "zh", "confirm", None, "好滴 周四见", {"charset": "gbk", "cte": B, "refs": False}),
    ("gmail", "zh", "confirm", 2, "I'll take option 2 (Friday). Is it OK to join online? I'm in Hangzhou.", {}),
    ("apple", "zh", "confirm", None, "行，就周四下午吧。", {"fmt": "html"}),
    ("foxmail", "zh", "confirm", 2, "周五14点，确认参加", {"charset": "gbk", "cte": B}),
    ("netease", "zh", "confirm", None, "确认参加，薪资范围方便透露一下吗？", {"charset": "gbk", "cte": B}),
    ("gmail-tw", "zh", "confirm", 2, "您好，我選週五下午的場次，謝謝。", {"charset": "big5", "cte": B}),
    # decline
    ("qq", "zh", "decline", None, "不好意思，我已经找到工作了，放弃这次面试。", {"charset": "gbk", "cte": B}),
    ("netease", "zh", "decline", None, "考虑了一下还是算了，谢谢。", {"charset": "gbk", "cte": B}),
    ("outlook", "zh", "decline", None, "您好，\n\n由于个人原因，我决定不再参加本岗位的面试，感谢贵公司的机会。\n\n张三", {"fmt": "html"}),
    ("iphone", "zh", "decline", None, "放弃\n\n发自我的iPhone", {"fmt": "plain"}),
    ("foxmail", "zh", "decline", None, "本来打算周五去的，后来想想这个岗位不太适合我，就不去了，抱歉。", {"charset": "gbk", "cte": B}),
    ("gmail", "zh", "decline", None, "不参加了，谢谢", {}),
    ("qq", "zh", "decline", None, "我已经入职别家公司了，麻烦把我从名单里去掉吧。", {"charset": "gbk", "cte": B, "reminder": True}),
    # reschedule
    ("qq", "zh", "reschedule", None, "这三个时间我都在出差，能不能改到下周（12月7日之后）？", {"charset": "gbk", "cte": B}),
    ("netease", "zh", "reschedule", None, "周四上午可以吗？下午我要上班。", {"charset": "gbk", "cte": B}),
    ("outlook", "zh", "reschedule", None, "您好，孩子发烧住院了，这周都走不开，想改期到12月9日或10日，可以吗？", {"fmt": "html"}),
    ("gmail", "zh", "reschedule", None, "改期，周日下午任何时间都行。", {}),
    ("foxmail", "zh", "reschedule", None, "您好，我这几天感冒比较严重，能否延后一周？", {"charset": "gbk", "cte": B}),
    ("iphone", "zh", "reschedule", None, "周六能改成下午三点吗\n\n发自我的iPhone", {"fmt": "plain"}),
    ("mailmaster", "zh", "reschedule", None, "三个时间都不行，下周一或下周二晚上可以吗？", {"fmt": "plain", "cte": B}),
    # question
    ("qq", "zh", "question", None, "请问可以线上面试吗？我现在不在上海。", {"charset": "gbk", "cte": B}),
    ("netease", "zh", "question", None, "培训测评报告在哪里下载？我没找到。", {"charset": "gbk", "cte": B}),
    ("gmail", "zh", "question", None, "想问一下重新面试的形式是什么，还是AI面试吗？", {}),
    ("outlook", "zh", "question", None, "您好，请问作品需要打印出来还是带电脑？", {"fmt": "html", "charset": "gbk", "cte": B}),
    ("foxmail", "zh", "question", None, "请问地址具体在几号楼？地铁怎么走？", {"charset": "gbk", "cte": B}),
    # unclear
    ("qq", "zh", "unclear", None, "周四或者周五都行，你们定吧。", {"charset": "gbk", "cte": B}),
    ("netease", "zh", "unclear", None, "我再看看，晚点回复您。", {"charset": "gbk", "cte": B}),
    ("iphone", "zh", "unclear", None, "嗯嗯\n\n发自我的iPhone", {"fmt": "plain"}),
    ("gmail", "zh", "unclear", None, "应该可以吧，到时候看情况。", {}),
    ("qq", "zh", "unclear", None, "周五可能要加班，周四也说不准，要不就放弃吧……我再想想。", {"charset": "gbk", "cte": B}),
    ("foxmail", "zh", "unclear", None, "收到", {"charset": "gbk", "cte": B}),
    ("outlook", "zh", "unclear", None, "你好，这是什么面试？我不记得申请过这个岗位。", {"fmt": "html"}),
    ("mailmaster", "zh", "unclear", None, "已阅", {"fmt": "plain", "cte": B, "reminder": True}),
    # automated
    ("qq", "zh", "automated", None, "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。", {"charset": "gbk", "cte": B, "auto": True}),
    ("outlook", "zh", "automated", None, "您好，我目前不在办公室，12月1日返回，期间邮件回复可能延迟。", {"auto": True, "fmt": "html"}),
    ("netease", "zh", "automated", None, "您的来信已收到，我会尽快处理。（此邮件为自动回复）", {"auto": True, "charset": "gbk", "cte": B}),
]
NAMES = {
    "de": "Lena Müller <lena.mueller@example.de>",
    "fr": "Camille Martin <camille.martin@example.fr>",
    "es": "Lucía García <lucia.garcia@example.es>",
    "pt": "João Silva <joao.silva@example.pt>",
    "it": "Giulia Rossi <giulia.rossi@example.it>",
    "nl": "Sanne de Vries <sanne.devries@example.nl>",
    "ja": "田中 花子 <hanako.tanaka@example.jp>",
    "ko": "김민지 <minji.kim@example.kr>",
    "ru": "Анна Иванова <anna.ivanova@example.ru>",
}
OTHER: list[tuple[str, str, str, int | None, str, dict[str, Any]]] = [
    ("gmail-de", "en", "confirm", None, "Hallo,\n\nDonnerstag, 3.12. um 14 Uhr passt mir gut. Ich komme gerne.\n\nViele Grüße\nLena Müller", {"charset": L1}),
    ("outlook-de", "en", "confirm", 2, "Sehr geehrte Damen und Herren,\n\nich nehme gerne den Termin am Freitag, 04.12.2026 um 14:00 Uhr wahr.\n\nMit freundlichen Grüßen\nLena Müller", {"fmt": "html", "charset": W}),
    ("apple-de", "en", "decline", None, "Hallo, danke für die Einladung, aber ich habe inzwischen eine andere Stelle angenommen und ziehe meine Bewerbung zurück.\n\nLG Lena", {}),
    ("gmail-de", "en", "reschedule", None, "Hallo,\n\nleider kann ich an keinem der drei Termine. Ginge auch Mittwoch, der 9.12., vormittags?\n\nGrüße\nLena", {}),
    ("outlook-de", "en", "confirm", 3, "Hallo zusammen,\n\nSamstag um 10 Uhr wäre mir am liebsten. Gibt es vor Ort Parkplätze?\n\nBeste Grüße\nLena Müller", {"charset": L1}),
    ("gmail-fr", "en", "confirm", None, "Bonjour,\n\nJe confirme ma présence le jeudi 3 décembre à 14h.\n\nBien cordialement,\nCamille Martin", {"charset": L1}),
    ("outlook-fr", "en", "confirm", 3, "Bonjour,\n\nLe samedi matin m'arrangerait mieux, je prends donc le créneau n°3.\n\nCordialement,\nCamille Martin", {"fmt": "html"}),
    ("apple-fr", "en", "question", None, "Bonjour,\n\nEst-il possible de passer l'entretien en visio ? J'habite à Lyon.\n\nMerci d'avance,\nCamille", {}),
    ("gmail-fr", "en", "unclear", None, "Bonjour, je dois d'abord voir avec mon employeur, je reviens vers vous rapidement.", {}),
    ("gmail-es", "en", "confirm", 2, "Hola,\n\nMe viene mejor el viernes 4/12 a las 14:00.\n\nUn saludo,\nLucía García", {}),
    ("outlook-es", "en", "decline", None, "Buenos días:\n\nLes agradezco la oportunidad, pero he decidido no continuar con el proceso.\n\nAtentamente,\nLucía García", {"charset": W}),
    ("gmail-es", "en", "reschedule", None, "Hola, esa semana estoy de viaje. ¿Podríamos dejarlo para la semana siguiente, por ejemplo el martes 8?", {}),
    ("outlook-es", "en", "confirm", None, "Perfecto, confirmo el jueves a las 14h. ¿Tengo que llevar el DNI original?\n\nSaludos", {"fmt": "html"}),
    ("gmail-pt", "en", "confirm", 3, "Olá,\n\nPode ser no sábado às 10h, obrigado!\n\nAbraço,\nJoão Silva", {}),
    ("outlook-pt", "en", "confirm", None, "Bom dia,\n\nConfirmo a minha presença na quinta-feira, dia 3, às 14h00.\n\nCom os melhores cumprimentos,\nJoão Silva", {"charset": L1}),
    ("gmail-pt", "en", "automated", None, "Estou de férias até 7 de dezembro, com acesso limitado ao e-mail. Responderei assim que possível.", {"auto": True}),
    ("gmail-it", "en", "confirm", 2, "Buongiorno,\n\nvenerdì 4 dicembre alle 14 va benissimo.\n\nCordiali saluti,\nGiulia Rossi", {}),
    ("outlook-it", "en", "decline", None, "Gentili signori,\n\nvi ringrazio, ma non sono più interessata alla posizione.\n\nDistinti saluti\nGiulia Rossi", {"fmt": "html"}),
    ("gmail-it", "en", "unclear", None, "Ciao, forse giovedì, però devo ancora capire se riesco a liberarmi. Vi faccio sapere.", {}),
    ("gmail-nl", "en", "confirm", None, "Hoi,\n\nDonderdag om 14.00 uur is prima, tot dan!\n\nGroet,\nSanne de Vries", {}),
    ("outlook-nl", "en", "confirm", 3, "Beste,\n\nZaterdag 5 december om 10.00 uur komt mij het beste uit.\n\nMet vriendelijke groet,\nSanne de Vries", {}),
    ("thunderbird-nl", "en", "reschedule", None, "Helaas kan ik op geen van deze momenten, ik lig met griep in bed. Kan het volgende week?", {"fmt": "plain"}),
    ("gmail-ja", "en", "confirm", None, "お世話になっております。\n\n12月3日（木）14時からの面接に参加いたします。\nよろしくお願いいたします。\n\n田中 花子", {"fmt": "plain", "charset": "iso-2022-jp", "cte": "7bit"}),
    ("outlook-ja", "en", "confirm", 2, "ご担当者様\n\n候補日2の12月4日（金）14:00でお願いいたします。\n\n田中", {"fmt": "html", "cte": B}),
    ("apple-ja", "en", "question", None, "お世話になっております。\n面接はオンラインでも可能でしょうか。ご確認のほどよろしくお願いいたします。", {"cte": B}),
    ("thunderbird-ja", "en", "decline", None, "大変恐縮ですが、今回は辞退させていただきます。", {"fmt": "plain", "charset": "iso-2022-jp", "cte": "7bit"}),
    ("gmail-ko", "en", "confirm", 3, "안녕하세요,\n\n12월 5일 토요일 오전 10시로 하겠습니다.\n\n감사합니다.\n김민지", {"cte": B}),
    ("naver-ko", "en", "reschedule", None, "안녕하세요. 제시해주신 시간이 모두 어려워서요, 다음 주 화요일 오후는 가능할까요?", {"fmt": "html", "cte": B}),
    ("outlook-ko", "en", "confirm", None, "네, 목요일 오후 2시에 참석하겠습니다. 감사합니다.", {"cte": B}),
    ("gmail-ru", "en", "confirm", 2, "Здравствуйте!\n\nМне удобнее в пятницу, 4 декабря, в 14:00.\n\nС уважением,\nАнна Иванова", {"cte": B}),
    ("thunderbird-ru", "en", "confirm", None, "Добрый день, четверг 3.12 в 14:00 подходит. Спасибо!", {"fmt": "plain", "charset": "koi8-r", "cte": "8bit"}),
    ("yandex-ru", "en", "unclear", None, "Пока не знаю, смогу ли. Отпишусь позже.", {"charset": "koi8-r", "cte": B}),
    ("outlook-ru", "en", "decline", None, "Добрый день!\n\nБлагодарю за приглашение, но я отказываюсь от участия.\n\nС уважением,\nАнна Иванова", {"fmt": "html"}),
]


def rows() -> list[tuple[str, str, str, int | None, str, dict[str, Any]]]:
    return R + ZH + OTHER


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    lines = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for n, (client, lang, intent, slot, body, opts) in enumerate(rows(), 1):
        loc = client.split("-")[1] if "-" in client else ""
        if loc in NAMES and "sender" not in opts:
            opts = {**opts, "sender": NAMES[loc]}
        data, label = compose(client, lang, body, n, **opts)
        name = f"b13_{n:03d}.eml"
        (HERE / name).write_bytes(data)
        lines.append(f"{name}\t{intent}\t{slot or ''}\t{lang}\t{client}\t{label}\tblind13")
    (HERE / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} replies")


if __name__ == "__main__":
    main()
