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

ZH: list[tuple[str, str, str, int | None, str, dict[str, Any]]] = []
OTHER: list[tuple[str, str, str, int | None, str, dict[str, Any]]] = []


def rows() -> list[tuple[str, str, str, int | None, str, dict[str, Any]]]:
    return R + ZH + OTHER


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    lines = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    for n, (client, lang, intent, slot, body, opts) in enumerate(rows(), 1):
        data, label = compose(client, lang, body, n, **opts)
        name = f"b13_{n:03d}.eml"
        (HERE / name).write_bytes(data)
        lines.append(f"{name}\t{intent}\t{slot or ''}\t{lang}\t{client}\t{label}\tblind13")
    (HERE / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} replies")


if __name__ == "__main__":
    main()
