"""blind17 — English replies from everywhere: the candidates' words and the labels a careful HR person gives them.

Invitation options (en, Europe/London): 1 = Thu 3 Dec 14:00–15:00 (proposed), 2 = Fri 4 Dec 14:00–15:00,
3 = Sat 5 Dec 10:00–11:00.  zh (Asia/Shanghai): the same weekdays and clock times.
Label `slot` is 2 or 3 for those options, None for option 1 or for any other intent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .clients import Writer as W

# time zones in minutes east of UTC, valid for late Nov / early Dec 2026
UK, IE, US_E, US_C, US_P = 0, 0, -300, -360, -480
IN, SG, PH, CN, NG, DE, SYD, MEL = 330, 480, 480, 480, 60, 60, 660, 660

IN_DISCLAIMER = (
    "::DISCLAIMER::\n"
    "________________________________\n"
    "The contents of this e-mail and any attachment(s) are confidential and intended for the named recipient(s) "
    "only. E-mail transmission is not guaranteed to be secure or error-free as information could be intercepted, "
    "corrupted, lost, destroyed, arrive late or incomplete, or may contain viruses in transmission. The e mail and "
    "its contents (with or without referred errors) shall therefore not attach any liability on the originator or "
    "Brightpath Infotech Ltd. or its affiliates. Any form of reproduction, dissemination, copying, disclosure, "
    "modification, distribution and / or publication of this message without the prior written consent of "
    "authorized representative of Brightpath Infotech Ltd. is strictly prohibited.\n"
    "________________________________"
)

KOVARA_DISCLAIMER = (
    "DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of "
    "the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify "
    "the sender immediately and delete it from your system. Kovara Solutions Pvt. Ltd. accepts no liability for any "
    "damage caused by any virus transmitted by this email.\n"
    "Please consider the environment before printing this e-mail."
)

SG_BANK_DISCLAIMER = (
    "CONFIDENTIAL NOTE: The information contained in this email is intended only for the use of the individual or "
    "entity named above and may contain information that is privileged, confidential and exempt from disclosure "
    "under applicable law. If the reader of this message is not the intended recipient, you are hereby notified "
    "that any dissemination, distribution or copying of this communication is strictly prohibited."
)


@dataclass
class Reply:
    key: str
    lang: str
    intent: str
    slot: int | None
    client: str
    who: W
    body: str
    quote: str = "top"
    after: int | None = None  # minutes after the invitation was sent
    extra: dict = field(default_factory=dict)


REPLIES: list[Reply] = []


def R(key, lang, intent, slot, client, who, body, quote="top", after=None, **extra):
    REPLIES.append(Reply(key, lang, intent, slot, client, who, body.strip("\n"), quote, after, extra))


# ==============================================================================================================
# replies to the English invitation
# ==============================================================================================================

# ---- confirm, option 1 (the proposed Thursday) ---------------------------------------------------------------

R(
    "confirm-bare-us",
    "en",
    "confirm",
    None,
    "gmail",
    W("Jake Miller", "jake.miller88@gmail.com", US_E, "us"),
    "Confirm.\n\nThanks,\nJake",
)

R(
    "thursday-3rd-2pm",
    "en",
    "confirm",
    None,
    "gmail",
    W("Hannah Clarke", "hannah.clarke@gmail.com", UK, "gb"),
    "Hi,\n\nThursday 3rd at 2pm is fine with me. See you then.\n\nBest wishes,\nHannah",
)

R(
    "iphone-confirm-lower",
    "en",
    "confirm",
    None,
    "ios-mail",
    W("Ryan Patel", "ryanpatel@icloud.com", UK, "gb"),
    "confirm",
)

R(
    "india-corp-hereby-confirm",
    "en",
    "confirm",
    None,
    "outlook",
    W("Priya Raghavan", "priya.raghavan@kovarasolutions.in", IN, "in"),
    """Dear Sir/Madam,

Greetings of the day!

I hereby confirm my availability for the re-interview on Thursday, 03-Dec-2026 at 14:00 hrs (UK time). Kindly share the interviewer details if possible.

Thanks & Regards,
Priya Raghavan
Senior Associate – Customer Operations
Kovara Solutions Pvt. Ltd. | Chennai
M: +91 98400 12345""",
    gateway_disclaimer=KOVARA_DISCLAIMER,
    onprem="KSPLEXMB02.kovarasolutions.local",
)

R(
    "melbourne-1am-no-dramas",
    "en",
    "confirm",
    None,
    "owa",
    W("Liam O'Connor", "liam.oconnor@outlook.com.au", MEL, "au"),
    """Hi team,

Option 1 works for me – I'll join online as I'm in Melbourne at the moment. That's 1am Friday my time but no dramas, I'm a night owl anyway.

Cheers,
Liam""",
)

R(
    "yahoo-will-attend-thursday",
    "en",
    "confirm",
    None,
    "yahoo",
    W("Maria Gonzalez", "mgonzalez_77@yahoo.com", US_C, "us"),
    "Yes I will attend on Thursday. Thank you.",
)

R(
    "apple-proposed-slot",
    "en",
    "confirm",
    None,
    "apple-mail",
    W("Emma Whitfield", "emma.whitfield@icloud.com", UK, "gb"),
    """Hello,

Thank you for giving me a second chance. I'd be glad to take the proposed slot on Thursday 3 December, 2–3pm.

Kind regards,
Emma Whitfield""",
)

R(
    "nigeria-by-2pm",
    "en",
    "confirm",
    None,
    "gmail-android",
    W("Chinedu Okafor", "chinedu.okafor@gmail.com", NG, "ng"),
    """Good day Sir/Ma,

I acknowledge receipt of your mail. I wish to confirm that I will be available for the re-interview on Thursday 3rd December by 2pm. I will come along with all the required documents.

Thank you for the opportunity.

Regards,
Chinedu Okafor""",
)

R(
    "ph-noted-po-dec3",
    "en",
    "confirm",
    None,
    "outlook-android",
    W("Joy Mendoza", "joymendoza.cs@outlook.com", PH, "us"),
    "Good day po! Noted on this, I confirm my attendance on Dec 3, 2PM. Thank you and God bless!\n\nJoy",
    region="ph",
)

R(
    "sg-can-thurs",
    "en",
    "confirm",
    None,
    "gmail",
    W("Tan Wei Ling", "weiling.tan92@gmail.com", SG, "sg"),
    "Hi, can. Thurs 2pm ok for me. Will bring the documents. Thanks!\n\nWei Ling",
)

R(
    "de-tb-hereby-confirm-bottom",
    "en",
    "confirm",
    None,
    "thunderbird",
    W("Jonas Becker", "jonas.becker@web.de", DE, "de"),
    """Dear Sir or Madam,

thank you for your e-mail. I hereby confirm the proposed appointment on Thursday, 03.12.2026 at 14:00.

Kind regards
Jonas Becker""",
    quote="bottom",
)

R(
    "gmail-ios-thursday-slot",
    "en",
    "confirm",
    None,
    "gmail-ios",
    W("Tyler Brooks", "tbrooks.work@gmail.com", US_C, "us"),
    "Sounds good, I'll take the Thursday 2pm slot. Looking forward to it!\n\nTyler",
)

R(
    "iphone-thurs-thx",
    "en",
    "confirm",
    None,
    "ios-mail",
    W("Kayla Nguyen", "kaylanguyen@icloud.com", US_P, "us"),
    "Confirmed for thurs thx",
)

R(
    "cn-speaker-option-1",
    "en",
    "confirm",
    None,
    "gmail",
    W("Wang Lei", "wanglei.uk@gmail.com", UK, "gb"),
    """Dear HR,

I confirm the option 1. Thank you very much for give me this chance again, I will prepare well.

Best regards
Wang Lei""",
)

R(
    "proton-option-1-online",
    "en",
    "confirm",
    None,
    "proton",
    W("Radek Novak", "rnovak@proton.me", UK, "gb"),
    "Confirming option 1 (Thu 3 Dec, 14:00). I'll join via the online link.\n\nRadek",
)

R(
    "us-corp-accept-proposed",
    "en",
    "confirm",
    None,
    "outlook",
    W("Michael Torres", "mtorres@northwindlogistics.com", US_C, "us"),
    """Hello,

Thank you for the invitation. I accept the proposed time on Thursday, December 3 at 2:00 PM (London). Please let me know if anything else is needed from my side.

Best regards,
Michael Torres
Operations Coordinator | Northwind Logistics
(312) 555-0147""",
)

R(
    "au-yep-thursday",
    "en",
    "confirm",
    None,
    "ios-mail",
    W("Josh Kelly", "joshkelly@me.com", SYD, "au"),
    "yep thursday works, cheers",
)

R(
    "india-pfa-resume",
    "en",
    "confirm",
    None,
    "gmail",
    W("Rahul Verma", "rahul.verma1994@gmail.com", IN, "in"),
    """Hi,

PFA my updated resume. I confirm for the 3rd Dec slot.

Regards,
Rahul Verma
+91-9876543210""",
    attach=("Rahul_Verma_Resume_2026.pdf", "application/pdf", "rahul"),
)

R(
    "friday-no-dentist-keep-thursday",
    "en",
    "confirm",
    None,
    "apple-mail",
    W("Sarah Bennett", "sarah.bennett@mac.com", US_E, "us"),
    """Hi,

Friday would probably be best for me... actually no, scratch that, I just remembered I have a dentist appointment Friday afternoon. Let's keep Thursday as proposed.

Thanks,
Sarah""",
)

R(
    "mum-writes-from-sons-account",
    "en",
    "confirm",
    None,
    "gmail",
    W("Daniel Hughes", "dan.hughes.93@gmail.com", UK, "gb"),
    """Hello,

This is Daniel's mum writing, Margaret Hughes. Daniel is working offshore at the moment and has very little internet, so he asked me to reply for him. He will attend the re-interview on Thursday at 2pm, online.

Kind regards,
Margaret Hughes""",
)

R(
    "samsung-ok-thursday",
    "en",
    "confirm",
    None,
    "samsung",
    W("Ibrahim Musa", "ibrahimmusa.im@gmail.com", NG, "ng"),
    "OK with Thursday 3rd Dec 2pm. Thank you",
)

R("owa-just-1", "en", "confirm", None, "owa", W("Kevin Zhao", "kevin.zhao@outlook.com", US_P, "us"), "1", quote="none")

R(
    "option-1-please",
    "en",
    "confirm",
    None,
    "gmail",
    W("Ashley Carter", "ashleycarter.ac@gmail.com", US_E, "us"),
    "Option 1 please",
)

R(
    "de-corp-fits-for-me",
    "en",
    "confirm",
    None,
    "outlook",
    W("Sabine Krüger", "s.krueger@lindqvist-haustechnik.de", DE, "de"),
    """Hello,

thank you for the invitation. The proposed date on Thursday fits for me. I will take part online via the link.

Best regards
Sabine Krüger

Sabine Krüger | Kundenservice
Lindqvist Haustechnik GmbH
Hafenstraße 12, 20457 Hamburg
Tel. +49 40 1234567-23
Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg, HRB 123456 | Geschäftsführer: Dr. Peter Lindqvist""",
)

R(
    "yahoo-ng-yours-faithfully",
    "en",
    "confirm",
    None,
    "yahoo",
    W("Adebayo Oluwaseun", "adebayo.oluwaseun@yahoo.com", NG, "ng"),
    """Dear HR Manager,

I wish to confirm my availability for the re-interview scheduled for Thursday 3rd December 2026 by 2:00pm. I am most grateful for this opportunity.

Yours faithfully,
Adebayo Oluwaseun""",
)

R(
    "thursday-confirmed-side-question",
    "en",
    "confirm",
    None,
    "apple-mail",
    W("Oliver Grant", "olivergrant@icloud.com", UK, "gb"),
    """Thursday 14:00 confirmed.

Will the interview be recorded? Just so I know what to expect.

Oliver""",
)

R(
    "iphone-confirm-sorry-late",
    "en",
    "confirm",
    None,
    "ios-mail",
    W("Neha Sharma", "neha.sharma.uk@icloud.com", UK, "gb"),
    "Confirm. Will bring my ID and portfolio. Sorry for late reply was in meetings all day",
    after=60 * 11,
)

R(
    "proposed-time-works",
    "en",
    "confirm",
    None,
    "gmail",
    W("Chloe Adams", "chloe.adams.98@gmail.com", UK, "gb"),
    "Yes, the proposed time works for me. Thanks!\n\nChloe",
)

R(
    "ist-730-thursday",
    "en",
    "confirm",
    None,
    "owa",
    W("Arjun Mehta", "arjun.mehta@outlook.in", IN, "in"),
    """Hi,

Thursday 7:30 PM IST (2 PM UK) suits me. Confirming the same.

Regards,
Arjun""",
)

R(
    "eastern-9am-thursday",
    "en",
    "confirm",
    None,
    "outlook-ios",
    W("Brian Walsh", "brian.walsh@outlook.com", US_E, "us"),
    "Thursday at 9am Eastern (2pm London) works. I'll be on video.\n\nBrian",
)

# ---- confirm, option 2 (Friday 14:00) ------------------------------------------------------------------------

R("gmail-ios-just-2", "en", "confirm", 2, "gmail-ios", W("Daniel Kim", "danielkim.dk@gmail.com", US_P, "us"), "2")

R(
    "yahoo-android-option-2",
    "en",
    "confirm",
    2,
    "yahoo-android",
    W("Grace Adeyemi", "grace.adeyemi@yahoo.com", NG, "ng"),
    "Option 2 please. Thanks",
)

R(
    "thursday-no-friday-fine",
    "en",
    "confirm",
    2,
    "gmail",
    W("Tom Fletcher", "tom.fletcher@gmail.com", UK, "gb"),
    "Hi,\n\nThursday doesn't work for me unfortunately, but Friday at 2pm is fine.\n\nBest,\nTom",
)

R(
    "iphone-friday-4th",
    "en",
    "confirm",
    2,
    "ios-mail",
    W("Lucy Evans", "lucy.evans@icloud.com", UK, "gb"),
    "Friday 4th please.",
)

R(
    "india-corp-opt-for-2",
    "en",
    "confirm",
    2,
    "outlook",
    W("Suresh Kumar", "suresh.kumar@brightpathinfotech.com", IN, "in"),
    """Dear Team,

Greetings!

With reference to the below mail, I would like to opt for Option 2 i.e. Friday, 04-Dec-2026, 14:00-15:00 UK time.

Kindly do the needful and send the calendar invite for the same.

Thanks and Regards,
Suresh Kumar
Team Lead - Technical Support
Brightpath Infotech Ltd. | Pune
Ph: +91 20 6712 3400 Ext. 2231""",
    gateway_disclaimer=IN_DISCLAIMER,
    onprem="BPIEXCH01.brightpath.local",
    old_outlook=True,
)

R(
    "sg-fri-2pm-can",
    "en",
    "confirm",
    2,
    "gmail-android",
    W("Marcus Lim", "marcuslim.jw@gmail.com", SG, "sg"),
    "Hi, Fri 2pm can? Thurs I got class. Thanks",
)

R(
    "ph-2nd-option-po",
    "en",
    "confirm",
    2,
    "owa",
    W("Kristine Dela Cruz", "kristine.delacruz@outlook.ph", PH, "us"),
    """Hi Ma'am/Sir, good evening!

I would like to choose the 2nd option po (Dec 4, Friday 2PM). Thank you so much for this opportunity!

Respectfully,
Kristine Dela Cruz""",
    region="ph",
    after=195,
)

R(
    "de-prefer-option-2",
    "en",
    "confirm",
    2,
    "outlook",
    W("Felix Hoffmann", "felix.hoffmann@gmx.de", DE, "de"),
    """Dear Sir or Madam,

unfortunately I am not available on Thursday. I would therefore prefer option 2 (Friday, 4 December, 14:00).

Best regards
Felix Hoffmann""",
    imap=True,
)

R(
    "ng-prefer-friday",
    "en",
    "confirm",
    2,
    "gmail-android",
    W("Blessing Eze", "blessingeze2000@gmail.com", NG, "ng"),
    "Good afternoon,\nPlease I will prefer the Friday option.\nThank you.",
    after=1690,
)

R(
    "sister-wedding-option-2-then",
    "en",
    "confirm",
    2,
    "apple-mail",
    W("Isabel Moore", "isabel.moore@icloud.com", UK, "gb"),
    "I'll take option 3 — wait, no, Saturday is my sister's wedding, sorry! Option 2 then please.\n\nIsabel",
)

R(
    "iphone-friday-fir-typo",
    "en",
    "confirm",
    2,
    "ios-mail",
    W("Chris Dawson", "chrisdawson@me.com", US_E, "us"),
    "Friday at 2 works for me. Thanks fir the chance",
)

R(
    "go-for-friday-instead",
    "en",
    "confirm",
    2,
    "gmail",
    W("Amelia Price", "amelia.price@gmail.com", UK, "gb"),
    "Could I go for Friday instead? 2pm is perfect.\n\nMany thanks,\nAmelia",
)

R(
    "the-4th-at-2",
    "en",
    "confirm",
    2,
    "apple-mail",
    W("Jordan Reyes", "jordanreyes@icloud.com", US_P, "us"),
    "Hi there — the 4th at 2 works best for me. Thank you!\n\nJordan",
)

R(
    "cn-speaker-option2",
    "en",
    "confirm",
    2,
    "gmail",
    W("Zhang Wei", "zhangwei.leeds@gmail.com", UK, "gb"),
    "Hello, I choose the option2, Friday. Thanks a lot.",
)

R(
    "sg-10pm-sgt-friday",
    "en",
    "confirm",
    2,
    "gmail",
    W("Nur Aisyah", "nuraisyah.r@gmail.com", SG, "sg"),
    "Hi, Friday 10pm SGT (your 2pm) ok for me. Thanks.\n\nAisyah",
)

R(
    "proton-option-2-travelling",
    "en",
    "confirm",
    2,
    "proton",
    W("Hugo Lambert", "hugo.lambert@proton.me", UK, "gb"),
    "Option 2 works. I'm travelling on Thursday.\n\nHugo",
)

R(
    "husband-forwards-friday",
    "en",
    "confirm",
    2,
    "gmail-fwd",
    W("Marco Rossi", "marco.rossi.uk@gmail.com", UK, "gb"),
    """Hello,

I'm Ana Rossi's husband. She asked me to reply for her because her phone is broken and she can't get into her email at the moment. She'll take the Friday 2pm one.

Thanks,
Marco""",
    quote="forward",
    after=60 * 30,
    forwarded_by=("Ana Rossi", "ana.rossi.87@gmail.com", None),
)

R(
    "tb-inline-this-one",
    "en",
    "confirm",
    2,
    "thunderbird",
    W("Peter Walsh", "peter.walsh@zoho.eu", UK, "gb"),
    """{attr}
> WHEN
>   Option 1 (proposed): Thu 3 Dec 2026, 14:00–15:00 (Europe/London)
>   Option 2: Fri 4 Dec 2026, 14:00–15:00 (Europe/London)

This one, please (option 2).

Peter""",
    quote="inline",
    tb_plain=True,
)

R(
    "long-context-friday",
    "en",
    "confirm",
    2,
    "outlook",
    W("Rebecca Lawson", "rebecca.lawson@hotmail.co.uk", UK, "gb"),
    """Hello,

Thank you for getting back to me and for offering a re-interview. To be honest I was disappointed with how the first one went – my internet dropped twice during the video questions and I lost my train of thought on the complaint-handling scenario. I've since moved to a much better connection.

For the re-interview I would like the Friday slot (4 December, 2pm), as on Thursday I'm working until 4pm and can't leave early.

I'll have the documents ready. Many thanks again.

Kind regards,
Rebecca Lawson""",
)

R("gmail-ios-2-pls", "en", "confirm", 2, "gmail-ios", W("Karan Singh", "karansingh.ks@gmail.com", IN, "in"), "2 pls")

# ---- confirm, option 3 (Saturday 10:00) ----------------------------------------------------------------------

R("iphone-just-3", "en", "confirm", 3, "ios-mail", W("Sophie Turner", "sophie.t@icloud.com", UK, "gb"), "3")

R(
    "saturday-10am-please",
    "en",
    "confirm",
    3,
    "gmail",
    W("Nathan Cole", "nathan.cole@gmail.com", US_E, "us"),
    "Saturday 10am please.",
    quote="bottom",
)

R(
    "owa-weekdays-work",
    "en",
    "confirm",
    3,
    "owa",
    W("Ben Harper", "ben.harper@outlook.com", UK, "gb"),
    "Option 3 – Saturday morning suits me best as I work weekdays.\n\nThanks,\nBen",
)

R(
    "sydney-9pm-saturday",
    "en",
    "confirm",
    3,
    "gmail-ios",
    W("Mia Thompson", "miathompson.au@gmail.com", SYD, "au"),
    "Hi! Sat 9pm Sydney time (your Sat 10am) is perfect, locking that in. Thanks so much\n\nMia",
)

R(
    "india-night-shift-saturday",
    "en",
    "confirm",
    3,
    "yahoo",
    W("Ramesh Iyer", "ramesh_iyer87@yahoo.co.in", IN, "in"),
    """Respected Sir/Madam,

I am working in night shift during weekdays, hence kindly schedule my re-interview on Saturday, 5th December 10 AM.

Thanking you,
Ramesh Iyer""",
)

R(
    "iphone-weekend-one",
    "en",
    "confirm",
    3,
    "ios-mail",
    W("Jess Parker", "jessparker@icloud.com", UK, "gb"),
    "The weekend one please x",
)

R(
    "de-take-saturday",
    "en",
    "confirm",
    3,
    "outlook",
    W("Thomas Schneider", "thomas.schneider@t-online.de", DE, "de"),
    "Hello,\n\nI would take the appointment on Saturday, 05.12. at 10:00.\n\nBest regards\nThomas Schneider",
    imap=True,
)

R(
    "saturday-same-interviewer",
    "en",
    "confirm",
    3,
    "gmail",
    W("Rachel Kim", "rachel.kim.nyc@gmail.com", US_E, "us"),
    """I'd like to go with the Saturday slot. Will the interviewer be the same person as last time, or someone new?

Thanks,
Rachel""",
)

R(
    "ph-option-3-po",
    "en",
    "confirm",
    3,
    "ios-mail",
    W("Angelica Santos", "angelica.santos@icloud.com", PH, "us"),
    "Good day! Option 3 po. Thank you",
)

R(
    "ng-go-with-saturday",
    "en",
    "confirm",
    3,
    "gmail-android",
    W("Emeka Nwosu", "emekanwosu@gmail.com", NG, "ng"),
    "Sir,\nI will go with Saturday. Weekdays are not convenient for me because of my work schedule.\nThanks.",
)

R(
    "10am-works",
    "en",
    "confirm",
    3,
    "apple-mail",
    W("James Wilson", "james.wilson@me.com", UK, "gb"),
    "10am works, see you then.\n\nJames",
)

R(
    "thursday-then-saturday",
    "en",
    "confirm",
    3,
    "outlook-ios",
    W("Laura Mitchell", "laura.mitchell@outlook.com", UK, "gb"),
    "Thursday is fine. Hmm, actually Saturday would be better as I wouldn't need to take time off work. Let's do Saturday please.",
)

R(
    "cn-speaker-3rd-time",
    "en",
    "confirm",
    3,
    "gmail",
    W("Liu Yang", "liuyang.manchester@gmail.com", UK, "gb"),
    "Hi, I want to choose the 3rd time (Dec 5 Sat 10:00-11:00). Thank you!",
)

R(
    "sg-sat-morning-can",
    "en",
    "confirm",
    3,
    "ios-mail",
    W("Jonathan Teo", "jonteo@icloud.com", SG, "sg"),
    "Sat morning can. Thx",
)

R(
    "samsung-5th-dec-10am",
    "en",
    "confirm",
    3,
    "samsung",
    W("Pooja Nair", "pooja.nair.pn@gmail.com", IN, "in"),
    "5th dec 10am ok",
)

R(
    "owa-saturday-5th-better",
    "en",
    "confirm",
    3,
    "owa",
    W("Olivia Bennett", "olivia.bennett@outlook.com", UK, "gb"),
    "Hi,\n\nSaturday 5th would be much better for me, 10–11 is fine.\n\nMany thanks,\nOlivia",
)

R("proton-3-please", "en", "confirm", 3, "proton", W("Alex Mercer", "alexmercer@proton.me", UK, "gb"), "3 please")

R(
    "yahoo-saturday-10-oclock",
    "en",
    "confirm",
    3,
    "yahoo",
    W("Linda Park", "lindapark55@yahoo.com", US_P, "us"),
    "I'll be there on Saturday 10 o'clock. Thanks\nLinda",
)

# ---- decline ----------------------------------------------------------------------------------------------------

R(
    "accepted-another-offer",
    "en",
    "decline",
    None,
    "gmail",
    W("Charlotte Reed", "charlotte.reed@gmail.com", UK, "gb"),
    """Hello,

Thank you for the opportunity, but I have since accepted another offer and would like to withdraw my application.

Best of luck with your search.

Charlotte Reed""",
)

R(
    "india-corp-joined-another",
    "en",
    "decline",
    None,
    "outlook",
    W("Deepak Rao", "deepak.rao@kovarasolutions.in", IN, "in"),
    """Dear HR,

I regret to inform you that I will not be able to attend the re-interview as I have joined another organisation. Kindly remove my candidature from the process.

Regards,
Deepak Rao""",
    gateway_disclaimer=KOVARA_DISCLAIMER,
    onprem="KSPLEXMB01.kovarasolutions.local",
)

R(
    "iphone-decline",
    "en",
    "decline",
    None,
    "ios-mail",
    W("Ethan Price", "ethanprice@icloud.com", US_C, "us"),
    "Decline",
    quote="none",
)

R(
    "de-tb-not-take-part",
    "en",
    "decline",
    None,
    "thunderbird",
    W("Katrin Vogel", "katrin.vogel@posteo.de", DE, "de"),
    """Dear Sir or Madam,

thank you for the invitation. After careful consideration I have decided not to take part in the re-interview.

I wish you all the best.

Kind regards
Katrin Vogel""",
)

R(
    "au-ill-pass",
    "en",
    "decline",
    None,
    "gmail-ios",
    W("Dylan Murphy", "dylanmurphy.au@gmail.com", SYD, "au"),
    "Thanks but I'll pass. The role isn't really what I'm after. All the best",
)

R(
    "yahoo-ng-relocation",
    "en",
    "decline",
    None,
    "yahoo",
    W("Funmilayo Adeleke", "funmi.adeleke@yahoo.com", NG, "ng"),
    """Good evening,

I am sorry, I will not be able to continue with the process due to my relocation to Canada next week. Thank you for the consideration.

Regards,
Funmilayo""",
    after=580,
)

R(
    "ph-decline-po",
    "en",
    "decline",
    None,
    "outlook-ios",
    W("Mark Villanueva", "mark.villanueva@outlook.com", PH, "us"),
    "Hi, I would like to decline po, I already accepted an offer from another company. Thank you for considering me!",
    region="ph",
)

R(
    "mum-from-daughters-account",
    "en",
    "decline",
    None,
    "gmail",
    W("Jenny Clarke", "jennyclarke2004@gmail.com", UK, "gb"),
    """Hi,

This is Jenny's mum. Jenny asked me to let you know she won't be going ahead with the interview as she has taken a job closer to home.

Thanks,
Susan Clarke""",
)

R(
    "apple-withdraw-timing",
    "en",
    "decline",
    None,
    "apple-mail",
    W("Megan Foster", "megan.foster@icloud.com", US_C, "us"),
    """Hi,

I really appreciate the second chance, but I'm going to withdraw. The timing just isn't right for me right now. Thanks for understanding.

Megan""",
)

R(
    "iphone-not-interested",
    "en",
    "decline",
    None,
    "ios-mail",
    W("Ryan Cole", "ryan.cole@icloud.com", UK, "gb"),
    "not interested anymore thanks",
    quote="none",
)

R(
    "was-going-to-pick-friday-withdraw",
    "en",
    "decline",
    None,
    "gmail",
    W("Andrew Hayes", "andrew.hayes.ah@gmail.com", US_E, "us"),
    """Hi,

I was going to pick Friday but honestly, after thinking about it for a couple of days, I don't think this job is the right fit for me. Please withdraw my application.

Thanks for your time,
Andrew""",
    after=60 * 52,
)

R(
    "sg-not-proceed",
    "en",
    "decline",
    None,
    "gmail-android",
    W("Kelvin Ong", "kelvin.ong.kh@gmail.com", SG, "sg"),
    "Hi, sorry I decided not to proceed. Thank you.",
)

# ---- reschedule ----------------------------------------------------------------------------------------------------

R(
    "abroad-until-10th",
    "en",
    "reschedule",
    None,
    "yahoo",
    W("Natalie Cooper", "natalie_cooper84@yahoo.co.uk", UK, "gb"),
    "Hi,\n\nNone of these work for me, I'm abroad until 10 December. Could we do the week of the 14th instead?\n\nThanks,\nNatalie",
)

R(
    "india-semester-exams",
    "en",
    "reschedule",
    None,
    "samsung",
    W("Ankit Sharma", "ankitsharma.2003@gmail.com", IN, "in"),
    """Dear Sir,

I am having my semester exams from 1st Dec to 5th Dec. Kindly reschedule the interview to any day after 7th Dec.

Thanks in advance.
Ankit Sharma""",
)

R(
    "thursday-4pm-instead",
    "en",
    "reschedule",
    None,
    "ios-mail",
    W("Sam Taylor", "samtaylor@icloud.com", UK, "gb"),
    "Could we do Thursday at 4pm instead of 2?",
)

R(
    "reschedule-after-5pm",
    "en",
    "reschedule",
    None,
    "thunderbird",
    W("Patrick Doyle", "pdoyle@fastmail.com", US_E, "us"),
    "reschedule - any weekday after 5pm UK time works for me",
)

R(
    "de-monday-7th-morning",
    "en",
    "reschedule",
    None,
    "outlook",
    W("Martin Weber", "martin.weber@gmx.net", DE, "de"),
    """Dear Sir or Madam,

unfortunately none of the proposed dates suit me. Would Monday, 7 December, in the morning be possible?

Kind regards
Martin Weber""",
    imap=True,
)

R(
    "sydney-1am-uk-morning",
    "en",
    "reschedule",
    None,
    "gmail",
    W("Zoe Campbell", "zoe.campbell.syd@gmail.com", SYD, "au"),
    """Hi there,

The Thu and Fri times are 1am for me here in Sydney and I work Saturday nights, so none of them really work. Any chance of something in your morning, like 8 or 9am UK time on a weekday? That'd be early evening for me.

Thanks heaps,
Zoe""",
)

R(
    "ng-next-week-tuesday",
    "en",
    "reschedule",
    None,
    "gmail-android",
    W("Tunde Bakare", "tundebakare@gmail.com", NG, "ng"),
    """Good morning,

Please can the interview be moved to next week Tuesday? I will be travelling to Abuja for a family function this week.

Thank you.""",
    after=1350,
)

R(
    "us-corp-friday-morning",
    "en",
    "reschedule",
    None,
    "outlook",
    W("Kimberly Ross", "kross@bluecresthealth.com", US_C, "us"),
    """Hi,

Any chance we could do Friday morning instead? I have a conflict in the afternoon.

Thanks,
Kimberly Ross
Customer Success Specialist | Bluecrest Health""",
)

R(
    "sg-fri-but-earlier",
    "en",
    "reschedule",
    None,
    "gmail",
    W("Darren Goh", "darrengoh88@gmail.com", SG, "sg"),
    "Hi, can do Fri but earlier? like 9am your time? Thanks",
)

R(
    "ph-minor-operation",
    "en",
    "reschedule",
    None,
    "owa",
    W("Maricel Reyes", "maricel.reyes@outlook.com", PH, "us"),
    "Hello po, is it possible to move it to December 8 or 9? I have a minor operation on the 3rd and I need a few days to recover. Thank you very much.",
    region="ph",
)

R(
    "iphone-next-week-mad",
    "en",
    "reschedule",
    None,
    "ios-mail",
    W("Callum Reid", "callumreid@icloud.com", UK, "gb"),
    "can we do next week instead? this week is mad",
)

R(
    "saturday-then-swimming",
    "en",
    "reschedule",
    None,
    "apple-mail",
    W("Fiona Grant", "fiona.grant@me.com", UK, "gb"),
    "Saturday 10am works. Actually no, sorry — the kids have swimming on Saturday mornings. Could we do Saturday afternoon instead, say 2pm?\n\nFiona",
)

R(
    "friday-only-after-4",
    "en",
    "reschedule",
    None,
    "gmail",
    W("Eric Lawson", "eric.lawson@gmail.com", US_E, "us"),
    "Friday works but only after 4pm. Is that possible?",
)

R(
    "owa-holiday-until-6th",
    "en",
    "reschedule",
    None,
    "owa",
    W("Victoria Hughes", "victoria.hughes@outlook.com", UK, "gb"),
    """Hello,

I'm afraid I'm on holiday until 6 December. Could we arrange something for the following week? Tuesday 8th or Wednesday 9th, any time, would be ideal.

Kind regards,
Victoria Hughes""",
)

R(
    "cn-speaker-7-dec-afternoon",
    "en",
    "reschedule",
    None,
    "ios-mail",
    W("Chen Jing", "chenjing.bham@icloud.com", UK, "gb"),
    "Sorry, all three time is not convenient for me, can we change to 7 Dec afternoon? Thanks\nChen Jing",
)

R(
    "india-corp-notice-period",
    "en",
    "reschedule",
    None,
    "outlook",
    W("Sneha Kulkarni", "sneha.kulkarni@brightpathinfotech.com", IN, "in"),
    """Dear Team,

Thank you for the opportunity. I am currently serving my notice period and my manager has not approved leave for the given dates.

Request you to kindly provide a slot on the weekend of 12th-13th December, preferably after 11 AM IST.

Thanks & Regards,
Sneha Kulkarni
Senior Process Associate
Brightpath Infotech Ltd.""",
    gateway_disclaimer=IN_DISCLAIMER,
    onprem="BPIEXCH02.brightpath.local",
    old_outlook=True,
)

R(
    "de-postpone-one-week",
    "en",
    "reschedule",
    None,
    "outlook",
    W("Andreas Braun", "a.braun@braun-elektro.de", DE, "de"),
    """Hello,

would it be possible to postpone the appointment by one week? Thursday, 10 December at the same time would suit me well.

Best regards
Andreas Braun""",
)

R(
    "proton-mon-wed-next-week",
    "en",
    "reschedule",
    None,
    "proton",
    W("J. Harlow", "jharlow@protonmail.com", UK, "gb"),
    "Can't do any of those. I'm free Mon–Wed next week, mornings.\n\nJ.",
)

R(
    "tb-reschedule-9-or-10",
    "en",
    "reschedule",
    None,
    "thunderbird",
    W("Stuart Bell", "stuart.bell@fastmail.co.uk", UK, "gb"),
    "reschedule: 9 or 10 December, 10:00-12:00 UK time\n\nStuart",
    quote="bottom",
)

# ---- question ----------------------------------------------------------------------------------------------------

R(
    "in-person-or-online",
    "en",
    "question",
    None,
    "gmail",
    W("Amy Richardson", "amy.richardson@gmail.com", UK, "gb"),
    """Hi,

Before I choose a slot, could you tell me whether the re-interview is in person or online? I'm based in Leeds so travelling would be difficult.

Thanks,
Amy""",
)

R(
    "iphone-ai-or-person",
    "en",
    "question",
    None,
    "ios-mail",
    W("Brandon Lee", "brandonlee@icloud.com", US_P, "us"),
    "Will this interview also be with the AI or with a real person?",
)

R(
    "india-dress-code",
    "en",
    "question",
    None,
    "outlook",
    W("Lakshmi Narayanan", "lakshmi.narayanan@kovarasolutions.in", IN, "in"),
    """Dear HR,

Kindly let me know the dress code for the re-interview and whether I need to carry original documents or photocopies are sufficient.

Regards,
Lakshmi Narayanan""",
    gateway_disclaimer=KOVARA_DISCLAIMER,
    onprem="KSPLEXMB02.kovarasolutions.local",
)

R(
    "shanghai-address-mistake",
    "en",
    "question",
    None,
    "gmail",
    W("Jack Morgan", "jack.morgan.jm@gmail.com", UK, "gb"),
    "Hi, the address in the email is in Shanghai but I applied for the London office – is that a mistake? Which address should I go to?\n\nJack",
)

R(
    "ng-possible-online",
    "en",
    "question",
    None,
    "samsung",
    W("Ngozi Okeke", "ngozi.okeke@gmail.com", NG, "ng"),
    "Good day,\nPlease is it possible to do the interview online? I am currently in Port Harcourt.\nThanks",
)

R(
    "training-course-wont-load",
    "en",
    "question",
    None,
    "apple-mail",
    W("Harriet Lewis", "harriet.lewis@icloud.com", UK, "gb"),
    """Hello,

Do I need to complete the training course before the interview? I've tried the link in my portal but the course doesn't load.

Best,
Harriet""",
)

R(
    "ph-what-portfolio",
    "en",
    "question",
    None,
    "outlook-android",
    W("Rowena Garcia", "rowena.garcia@outlook.com", PH, "us"),
    "Hi po, what is the portfolio you mentioned? I'm applying for customer support so I don't have a portfolio. Thank you po",
    region="ph",
)

R(
    "sg-how-long-ah",
    "en",
    "question",
    None,
    "outlook-ios",
    W("Clement Tan", "clement.tan@outlook.sg", SG, "sg"),
    "Hi, how long is the interview ah? And is it the same questions as the AI one?\n\nThanks",
)

R(
    "de-tb-which-documents",
    "en",
    "question",
    None,
    "thunderbird",
    W("Julia Hartmann", "julia.hartmann@gmx.de", DE, "de"),
    """Dear Sir or Madam,

could you please tell me which documents exactly you need? I do not have a training assessment report yet, because I have not done the training.

Kind regards
Julia Hartmann""",
    quote="bottom",
)

R(
    "case-study-separate",
    "en",
    "question",
    None,
    "apple-mail",
    W("Nicole Adams", "nicole.adams@icloud.com", US_E, "us"),
    "Quick question before I pick a slot: is the 1 hour including the case study, or is that a separate session?",
)

R(
    "dublin-uk-time",
    "en",
    "question",
    None,
    "ios-mail",
    W("Aoife Byrne", "aoifebyrne@icloud.com", IE, "gb"),
    "Are these times UK time? I'm in Dublin",
)

R(
    "cn-speaker-mandarin",
    "en",
    "question",
    None,
    "owa",
    W("Huang Min", "huangmin_london@hotmail.com", UK, "gb"),
    "Hello, could the interview be in Mandarin? My English speaking is not very good. Thank you.",
)

# ---- unclear -------------------------------------------------------------------------------------------------------

R(
    "iphone-ok-thanks",
    "en",
    "unclear",
    None,
    "ios-mail",
    W("George Hill", "georgehill@icloud.com", UK, "gb"),
    "Ok thanks",
)

R(
    "any-of-them-fine",
    "en",
    "unclear",
    None,
    "yahoo-ios",
    W("Taylor Morgan", "taylormorgan_tx@yahoo.com", US_C, "us"),
    "Any of them is fine for me!",
)

R(
    "thursday-or-friday-both-ok",
    "en",
    "unclear",
    None,
    "gmail-android",
    W("Rohit Jain", "rohitjain.rj@gmail.com", IN, "in"),
    "Thursday or Friday both ok.",
)

R("2pm-works", "en", "unclear", None, "outlook-ios", W("Ryan Scott", "ryan.scott@outlook.com", US_E, "us"), "2pm works")

R(
    "india-will-revert",
    "en",
    "unclear",
    None,
    "outlook-plain",
    W("Venkatesh Babu", "venkatesh.babu@brightpathinfotech.com", IN, "in"),
    "Dear Team,\n\nReceived with thanks. Will revert shortly.\n\nRegards,\nVenkatesh",
    gateway_disclaimer=IN_DISCLAIMER,
    onprem="BPIEXCH01.brightpath.local",
)

R(
    "check-calendar",
    "en",
    "unclear",
    None,
    "gmail",
    W("Lauren Baker", "lauren.baker@gmail.com", UK, "gb"),
    "Thanks for this, let me check my calendar and get back to you.",
)

R(
    "friday-ask-manager",
    "en",
    "unclear",
    None,
    "owa",
    W("Daniel Brooks", "dbrooks@outlook.com", US_E, "us"),
    "I think Friday might work but I need to confirm with my manager first. Will let you know by Monday.",
)

R(
    "not-sure-continue",
    "en",
    "unclear",
    None,
    "apple-mail",
    W("Simon Price", "simon.price@me.com", UK, "gb"),
    "Thanks for the email. I'm honestly not sure I want to continue with this, let me think about it.",
)

R(
    "option-1-on-friday",
    "en",
    "unclear",
    None,
    "gmail",
    W("Jessica Hall", "jessica.hall.jh@gmail.com", US_E, "us"),
    "Hi, I'll go for option 1 on Friday the 4th. Thanks, Jessica",
)

R(
    "iphone-saturday-no-good",
    "en",
    "unclear",
    None,
    "ios-mail",
    W("Connor Walsh", "connorwalsh@icloud.com", UK, "gb"),
    "Saturday is no good for me",
)

R(
    "sg-noted-with-thanks",
    "en",
    "unclear",
    None,
    "gmail",
    W("Melissa Koh", "melissa.koh@gmail.com", SG, "sg"),
    "Noted with thanks.",
    gmail_sig="Melissa Koh\nCustomer Service Executive",
)

R(
    "tentatively-thursday",
    "en",
    "unclear",
    None,
    "outlook",
    W("Graham Fox", "graham.fox@hotmail.co.uk", UK, "gb"),
    "Hi,\n\nTentatively Thursday, but I may have a work trip that week. I'll confirm by Friday.\n\nGraham",
    after=300,
)

R(
    "iphone-whichever-suits-u",
    "en",
    "unclear",
    None,
    "ios-mail",
    W("Jayden Ross", "jaydenross@icloud.com", US_C, "us"),
    "thurs or sat whichever suits u",
)

R(
    "mother-daughter-in-hospital",
    "en",
    "unclear",
    None,
    "gmail",
    W("Emily Moore", "emily.moore.01@gmail.com", UK, "gb"),
    """Hello,

This is Emily's mother, Patricia. Emily is in hospital at the moment and I'm not sure she will be able to make any of these dates. I'll ask her to get in touch as soon as she's feeling better.

Patricia Moore""",
)

R(
    "ph-thank-you-emoji",
    "en",
    "unclear",
    None,
    "ios-mail",
    W("Jasmine Flores", "jasmine.flores@icloud.com", PH, "us"),
    "Thank you so much for the second chance!! I really appreciate it 🙏",
)

R(
    "cn-speaker-have-received",
    "en",
    "unclear",
    None,
    "gmail",
    W("Sun Hao", "sunhao.uk@gmail.com", UK, "gb"),
    "Hello, I have received. Thank you.",
)

R(
    "yahoo-ng-well-received",
    "en",
    "unclear",
    None,
    "yahoo",
    W("Chiamaka Obi", "chiamaka.obi@yahoo.com", NG, "ng"),
    "Well received. I will get back to you soonest.\n\nChiamaka",
)

R(
    "sg-10pm-double-check",
    "en",
    "question",
    None,
    "gmail",
    W("Priscilla Wong", "priscilla.wong@gmail.com", SG, "sg"),
    "Hi, is 2pm London 10pm in Singapore? If yes then Thursday might be too late for me, Saturday could work but let me double check first. Thanks",
)

R(
    "2-or-3-whichever",
    "en",
    "unclear",
    None,
    "owa",
    W("Edward Shaw", "edward.shaw@outlook.com", UK, "gb"),
    "Option 2 or 3, whichever is easier for the interviewer.\n\nEdward",
)

R(
    "thursday-or-maybe-friday",
    "en",
    "unclear",
    None,
    "samsung",
    W("Hannah Price", "hannah.price.hp@gmail.com", US_C, "us"),
    "Thursday is good. Or maybe Friday is better? I'm not sure yet, I'll let you know.",
    samsung_sig="Sent from my Verizon, Samsung Galaxy smartphone",
)

R(
    "au-should-be-right",
    "en",
    "unclear",
    None,
    "outlook-ios",
    W("Matt Ryan", "matt.ryan@outlook.com.au", SYD, "au"),
    "Should be right for Thursday, will confirm tomorrow",
    region="au",
)

# ---- automated -------------------------------------------------------------------------------------------------

R(
    "oof-us-corp",
    "en",
    "automated",
    None,
    "exchange-oof",
    W("Jennifer Walsh", "jwalsh@northwindlogistics.com", US_C, "us"),
    """Thank you for your message. I am out of the office until Monday, December 7, 2026 with limited access to email.

For urgent matters, please contact my colleague Mark Davis at mdavis@northwindlogistics.com.

Best regards,
Jennifer Walsh""",
    after=2,
)

R(
    "gmail-vacation-travelling",
    "en",
    "automated",
    None,
    "gmail-vacation",
    W("Oliver Bennett", "oliver.bennett.ob@gmail.com", UK, "gb"),
    "Hi,\n\nI'm travelling until 4 December with limited access to email. I'll reply as soon as I can.\n\nThanks,\nOliver",
    after=1,
)

R(
    "oof-de",
    "en",
    "automated",
    None,
    "exchange-oof",
    W("Lena Fischer", "lena.fischer@kranich-logistik.de", DE, "de"),
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 04.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Thank you for your message. I am out of the office until 4 December 2026 (inclusive) and have no access to my e-mails. Your message will not be forwarded.

Mit freundlichen Grüßen / Kind regards
Lena Fischer""",
    after=1,
)

R(
    "oof-india-on-leave",
    "en",
    "automated",
    None,
    "exchange-oof",
    W("Karthik Subramanian", "karthik.subramanian@brightpathinfotech.com", IN, "in"),
    """Hi,

I am on leave from 25-Nov-2026 to 04-Dec-2026 with limited access to mails. For any urgent matters, kindly contact my manager Mr. Anil Deshpande (anil.deshpande@brightpathinfotech.com).

Thanks & Regards,
Karthik""",
    after=1,
    onprem="BPIEXCH02.brightpath.local",
)

R(
    "ndr-forward-rule",
    "en",
    "automated",
    None,
    "exchange-ndr",
    W("Thomas Reid", "thomas.reid@harbourline.co.uk", UK, "gb"),
    "",
    after=1,
    dead="t.reid1987@btinternet.com",
)

R(
    "gmail-vacation-custom-subject",
    "en",
    "automated",
    None,
    "gmail-vacation",
    W("Grace Whitmore", "grace.whitmore@gmail.com", UK, "gb"),
    """Hello,

Thanks for your email. I'm away until 7 December and won't be checking my inbox regularly. If it's urgent please call me on 07700 900123.

Grace""",
    after=3,
    subject="Away until 7 December",
)

# ==============================================================================================================
# English replies to the Chinese invitation
# ==============================================================================================================

R(
    "zh-gmail-confirm-thanks",
    "zh",
    "confirm",
    None,
    "gmail",
    W("Li Na", "lina.sh2020@gmail.com", CN, "zh"),
    "Confirm, thanks.",
)

R(
    "zh-outlook-gb2312-option-1",
    "zh",
    "confirm",
    None,
    "outlook",
    W("赵敏", "zhaomin@huaxin-trading.cn", CN, "zh"),
    """Hi HR,

I confirm option 1 (Dec 3, Thu 14:00). I will come to the Xuhui office on time.

Best Regards
Zhao Min
赵敏 | 上海华信贸易有限公司""",
    charset="gb2312",
    cte="base64",
)

R(
    "zh-expat-caoxi-road",
    "zh",
    "confirm",
    None,
    "apple-mail",
    W("Ben Carter", "ben.carter@icloud.com", CN, "gb"),
    """Hi there,

Thursday 2pm works great. I'll come to the office on Caoxi North Road.

Cheers,
Ben""",
)

R(
    "zh-iphone-thursday-afternoon",
    "zh",
    "confirm",
    None,
    "ios-mail",
    W("Wang Fang", "wangfang_sh@icloud.com", CN, "zh"),
    "OK for Thursday afternoon, see you.",
)

R(
    "zh-sg-thurs-2pm",
    "zh",
    "confirm",
    None,
    "gmail",
    W("Lim Jia Hui", "limjiahui.sg@gmail.com", SG, "sg"),
    "Thurs 2pm ok. Thanks",
)

R(
    "zh-outlook-confirm-3f",
    "zh",
    "confirm",
    None,
    "outlook",
    W("Xu Jie", "xujie@shenghe-tech.com", CN, "zh"),
    "Confirm. BTW the office is on 3F, right?\n\nXu Jie",
)

R(
    "zh-yahoo-my-3-dec",
    "zh",
    "confirm",
    None,
    "yahoo",
    W("Tan Mei Ling", "meiling.tan@yahoo.com.my", SG, "sg"),
    "Dear HR,\n\nI will attend the interview on 3 Dec at 2pm. Thank you.\n\nMei Ling",
)

R(
    "zh-iphone-i-choose-2",
    "zh",
    "confirm",
    2,
    "ios-mail",
    W("Liu Qiang", "liuqiang88@icloud.com", CN, "zh"),
    "I choose 2",
)

R(
    "zh-gmail-friday-1400",
    "zh",
    "confirm",
    2,
    "gmail",
    W("陈晓", "chenxiao.work@gmail.com", CN, "zh"),
    "Friday 14:00 please.",
)

R(
    "zh-outlook-gb2312-option-2",
    "zh",
    "confirm",
    2,
    "outlook",
    W("Zhou Yi", "zhouyi@jinqiao-logistics.cn", CN, "zh"),
    """Hello HR,

I'd like option 2. On Thursday I already have another interview.

Thanks,
Zhou Yi""",
    charset="gb2312",
    cte="base64",
)

R(
    "zh-us-expat-friday-4th",
    "zh",
    "confirm",
    2,
    "gmail",
    W("Mike Anderson", "mike.anderson.sh@gmail.com", CN, "us"),
    "Friday the 4th at 2 works for me. Thanks!\n\nMike",
)

R(
    "zh-owa-dec-4th-better",
    "zh",
    "confirm",
    2,
    "owa",
    W("Kevin Wu", "kevin.wu@outlook.com", CN, "gb"),
    "Dec 4th is better for me, thanks",
    region="zh",
)

R(
    "zh-gmail-android-saturday-morning",
    "zh",
    "confirm",
    3,
    "gmail-android",
    W("Huang Lei", "huanglei1996@gmail.com", CN, "zh"),
    "Saturday morning please",
)

R(
    "zh-proton-option-3-hangzhou",
    "zh",
    "confirm",
    3,
    "proton",
    W("Sophie Martin", "sophie.martin@proton.me", CN, "gb"),
    "Option 3, I'll join online from Hangzhou.\n\nSophie",
)

R("zh-iphone-sat-10am", "zh", "confirm", 3, "ios-mail", W("Ma Jun", "majun.mj@icloud.com", CN, "gb"), "Sat 10am fine.")

R(
    "zh-outlook-no3-time",
    "zh",
    "confirm",
    3,
    "outlook",
    W("Yang Xue", "yangxue@dongfang-media.cn", CN, "zh"),
    "I take No.3 time. thank you",
)

R(
    "zh-london-2am-ok",
    "zh",
    "confirm",
    3,
    "gmail",
    W("Zheng Hao", "zhenghao.ucl@gmail.com", UK, "gb"),
    "Hi, Saturday 10am Beijing time is 2am here in London, a bit early but it's ok, I will do it online.\n\nZheng Hao",
)

R(
    "zh-gmail-accepted-another",
    "zh",
    "decline",
    None,
    "gmail",
    W("Feng Lin", "fenglin.fl@gmail.com", CN, "zh"),
    "Sorry, I have accepted another offer, so I will not attend. Thanks for your time.",
)

R(
    "zh-outlook-give-up-chance",
    "zh",
    "decline",
    None,
    "outlook",
    W("Guo Jing", "guojing@xinghai-ec.cn", CN, "zh"),
    "Dear HR,\nI give up this chance. Thank you.\nGuo Jing",
    charset="gb2312",
    cte="base64",
)

R(
    "zh-my-moving-back",
    "zh",
    "decline",
    None,
    "yahoo",
    W("Ong Wei Jie", "ongweijie@yahoo.com.my", SG, "sg"),
    "Please cancel my interview, I am moving back to Malaysia next month. Thank you for the opportunity.",
)

R(
    "zh-outlook-beijing-trip",
    "zh",
    "reschedule",
    None,
    "outlook",
    W("Sun Li", "sunli@huaxin-trading.cn", CN, "zh"),
    "Hi,\nNone of the time is ok for me, I am on business trip in Beijing until 6th. Can we do next Tuesday (8 Dec)?\nThanks\nSun Li",
)

R(
    "zh-iphone-thursday-morning",
    "zh",
    "reschedule",
    None,
    "ios-mail",
    W("Hu Yan", "huyan_0712@icloud.com", CN, "zh"),
    "Can change to Thursday morning?",
)

R(
    "zh-gmail-friday-4pm",
    "zh",
    "reschedule",
    None,
    "gmail",
    W("Deng Chao", "dengchao.dc@gmail.com", CN, "zh"),
    "Friday 4pm ok?",
)

R(
    "zh-expat-week-after",
    "zh",
    "reschedule",
    None,
    "apple-mail",
    W("Lucas Moreau", "lucas.moreau@icloud.com", CN, "gb"),
    "Hello,\n\nI'd like to reschedule to the week after, any afternoon works.\n\nBest regards,\nLucas Moreau",
)

R(
    "zh-yahoo-sunday-6th",
    "zh",
    "reschedule",
    None,
    "yahoo-ios",
    W("Tan Boon Kiat", "boonkiat.tan@yahoo.com.sg", SG, "sg"),
    "Could we do it on Sunday 6th instead? Thanks.",
)

R(
    "zh-expat-english-please",
    "zh",
    "question",
    None,
    "gmail",
    W("Emily Foster", "emily.foster.sh@gmail.com", CN, "us"),
    "Hi, is it possible to do the interview in English? My Chinese is not so good.\n\nThanks,\nEmily",
)

R(
    "zh-outlook-metro-station",
    "zh",
    "question",
    None,
    "outlook",
    W("Peng Yu", "pengyu@shenghe-tech.com", CN, "zh"),
    "Where is the office exactly, near which metro station?",
)

R(
    "zh-iphone-original-id",
    "zh",
    "question",
    None,
    "ios-mail",
    W("Xie Ting", "xieting.xt@icloud.com", CN, "zh"),
    "Need to bring original ID card or only copy?",
)

R(
    "zh-gmail-received-thanks",
    "zh",
    "unclear",
    None,
    "gmail",
    W("Luo Jun", "luojun.lj@gmail.com", CN, "zh"),
    "Received, thanks.",
)

R(
    "zh-outlook-thu-or-fri",
    "zh",
    "unclear",
    None,
    "outlook",
    W("Jiang Tao", "jiangtao@jinqiao-logistics.cn", CN, "zh"),
    "Thursday or Friday both fine.",
)

R(
    "zh-iphone-reply-you-later",
    "zh",
    "unclear",
    None,
    "ios-mail",
    W("Cao Ying", "caoying@icloud.com", CN, "zh"),
    "I will check and reply you later.",
)

R(
    "zh-gmail-android-2pm-ok",
    "zh",
    "unclear",
    None,
    "gmail-android",
    W("He Bin", "hebin.hb@gmail.com", CN, "zh"),
    "2pm ok",
)

R(
    "zh-oof-annual-leave",
    "zh",
    "automated",
    None,
    "exchange-oof",
    W("Zhu Qing", "zhuqing@dongfang-media.cn", CN, "zh"),
    """您好，我目前正在休年假，12月7日返回办公室，期间邮件回复可能不及时。如有急事请联系 wanglin@dongfang-media.cn。

Hi, I am on annual leave and will be back in the office on 7 Dec. Replies may be delayed. For urgent matters please contact wanglin@dongfang-media.cn.

Zhu Qing""",
    after=1,
)

R(
    "zh-gmail-vacation-en",
    "zh",
    "automated",
    None,
    "gmail-vacation",
    W("Daniel Lee", "daniel.lee.sh@gmail.com", CN, "gb"),
    "Hi, I'm currently travelling with limited access to email until 1 December. I will get back to you when I return.\n\nDaniel",
    after=1,
)
