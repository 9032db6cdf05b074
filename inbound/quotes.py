"""The new text of a reply: quoted history, header blocks, attributions and signatures removed.

Covers the quoting of Gmail, Outlook (any header order, any of its languages), Apple Mail, Thunderbird,
Foxmail, QQ Mail (old dividers and the newer "Original"/"原始邮件" card), NetEase/163/Mail Master
("---- Replied Message ----" with its `| From | … |` table, "---- 回复的原邮件 ----"), Yahoo, text pasted from
WeChat with the quote first, `>` quoting, and phone signatures, with attribution and header words in zh, en,
de, fr, es, pt, it, nl, ja, ko and ru. Where the words are unknown, structure decides: a header block is
"Label: value" lines led by an address with a date among them, an attribution is the line above a `>` quote that
ends with a colon and names an address or a dated time, a signature card is rules, addresses, phones and the name
above them. Beyond what any client marks, lines of the email we sent (its `SentText` fingerprint) are removed
however the client re-wrapped or prefixed them, and with it an answer is found after a paste of our email
(WeChat) or between the lines of a quote no client marked.

Everything here is linear in the size of the input: lines are classified by dictionary look-ups, `str`
methods and anchored patterns without nested or overlapping quantifiers, on lines cut to `MAX_LINE` chars.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from inbound.mime import ORIGINAL_MESSAGE_SEPARATOR

# A line longer than this is never a divider, header or attribution (they are short); it is kept as text.
MAX_LINE = 400

# ---- dividers ---------------------------------------------------------------------------------------------
# The words clients put between dashes/equals/underscores above quoted history (compared after lower-casing,
# with the dashes, stars and spaces around them stripped).
_DIVIDER_WORDS = frozenset(
    {
        "original message",
        "original",
        "original email",
        "original mail",
        "forwarded message",
        "forwarded",
        "replied message",
        "reply message",
        "message",
        "原始邮件",
        "原始郵件",
        "原邮件",
        "原郵件",
        "回复的原邮件",
        "回覆的原郵件",
        "转发的邮件",
        "转发邮件",
        "轉寄的郵件",
        "原始訊息",
        "原始信件",
        "邮件原文",
        "ursprüngliche nachricht",
        "ursprungliche nachricht",
        "weitergeleitete nachricht",
        "message d'origine",
        "message original",
        "message transféré",
        "mensaje original",
        "mensaje reenviado",
        "mensagem original",
        "mensagem encaminhada",
        "messaggio originale",
        "messaggio inoltrato",
        "oorspronkelijk bericht",
        "origineel bericht",
        "doorgestuurd bericht",
        "исходное сообщение",
        "пересылаемое сообщение",
        "исходное письмо",
        "元のメッセージ",
        "転送メッセージ",
        "オリジナルメッセージ",
        "원본 메시지",
        "원본메시지",
        "전달된 메시지",
        "oprindelig besked",
        "opprinnelig melding",
        "ursprungligt meddelande",
        "alkuperäinen viesti",
        "oryginalna wiadomość",
        "orijinal ileti",
        "özgün ileti",
        "původní zpráva",
        "originalnachricht",
        "original-nachricht",
        "邮件原件",
        "郵件原件",
        "begin forwarded message:",
        "begin forwarded message",
        "原邮件信息",
        "原始邮件信息",
    }
)
# A bare word on its own line that starts a card (QQ's newer "Original", "原始邮件") when a header line follows.
# Lines that start quoted history without any dashes around them.
_BARE_DIVIDERS = frozenset(
    {"begin forwarded message", "-----original message", "original message follows", "以下为原始邮件", "原邮件如下"}
)
_CARD_WORDS = frozenset({"original", "原始邮件", "原始郵件", "原邮件", "回复的原邮件", "replied message", "原始信件"})
_DIVIDER_CHARS = "-=_*~—–·. "

# ---- header blocks ----------------------------------------------------------------------------------------
# Field names of the header block clients write above quoted history, by role.
_FROM = {
    "from",
    "发件人",
    "發件人",
    "寄件人",
    "寄件者",
    "发信人",
    "發信人",
    "von",
    "de",
    "da",
    "van",
    "от",
    "от кого",
    "差出人",
    "送信者",
    "보낸 사람",
    "보낸사람",
    "afzender",
    "absender",
    "expéditeur",
    "remetente",
    "mittente",
    "remitente",
    "fra",
    "från",
    "lähettäjä",
    "od",
    "kimden",
    "mailto",
}
_DATE = {
    "date",
    "sent",
    "sent at",
    "sent on",
    "发送时间",
    "發送時間",
    "发件时间",
    "时间",
    "時間",
    "日期",
    "寄件日期",
    "发送日期",
    "datum",
    "gesendet",
    "envoyé",
    "envoye",
    "envoyé le",
    "fecha",
    "enviado",
    "enviado el",
    "enviada em",
    "enviado em",
    "data",
    "inviato",
    "verzonden",
    "verstuurd",
    "отправлено",
    "дата",
    "送信日時",
    "日付",
    "날짜",
    "보낸 날짜",
    "보낸날짜",
    "dato",
    "sendt",
    "skickat",
    "lähetetty",
    "päivämäärä",
    "wysłano",
    "tarih",
    "gönderildi",
    "odesláno",
}
_OTHER = {
    "to",
    "cc",
    "bcc",
    "subject",
    "reply-to",
    "收件人",
    "收件者",
    "抄送",
    "抄送人",
    "密送",
    "主题",
    "主題",
    "主旨",
    "an",
    "kopie",
    "betreff",
    "à",
    "a",
    "objet",
    "para",
    "asunto",
    "assunto",
    "cco",
    "oggetto",
    "aan",
    "onderwerp",
    "кому",
    "копия",
    "тема",
    "宛先",
    "件名",
    "받는 사람",
    "받는사람",
    "참조",
    "제목",
    "til",
    "till",
    "emne",
    "ämne",
    "kopi",
    "vastaanottaja",
    "aihe",
    "do",
    "temat",
    "kime",
    "konu",
    "komu",
    "předmět",
}
_HEADER_NAMES = dict.fromkeys(_FROM, "from") | dict.fromkeys(_DATE, "date") | dict.fromkeys(_OTHER, "other")

# ---- attributions -----------------------------------------------------------------------------------------
# How an attribution line ends ("… wrote:"), compared after the trailing colon and spaces are stripped.
_WROTE_ENDINGS = (
    "wrote",
    "writes",
    "said",
    "写道",
    "寫道",
    "撰写",
    "撰寫",
    "写到",
    "寫到",
    "来信",
    "的来信",
    "schrieb",
    "geschrieben",
    "a écrit",
    "a ecrit",
    "écrit",
    "escribió",
    "escribio",
    "escreveu",
    "ha scritto",
    "scritto",
    "schreef",
    "geschreven",
    "написал",
    "написала",
    "написал(а)",
    "пишет",
    "書きました",
    "のメッセージ",
    "書き込みました",
    "작성",
    "작성했습니다",
    "님이 작성",
    "님이 작성:",
)
_VERB_FIRST = ("schrieb", "schreef", "wrote", "a écrit", "escribió", "escreveu", "ha scritto", "написал", "写道")
# How a wrapped attribution starts ("On …", "Am …", "Le …", "在 …", a date).
_ATTRIBUTION_START = re.compile(
    r"(?:on|am|le|el|em|il|op|в|於|在|于|日時|20\d\d|19\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![a-z])",
    re.IGNORECASE,
)
_DATE_START = re.compile(r"\d{4}[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_ADDRESS_ONLY = re.compile(r"[^<>@\n]{0,60}<[^<>@\s]{1,64}@[^<>\s]{1,255}>$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")

# ---- signatures -------------------------------------------------------------------------------------------
_SIGNATURE_PREFIXES = (
    "sent from my ",
    "sent from ",
    "sent via ",
    "sent with ",
    "get outlook for ",
    "获取 outlook",
    "获取outlook",
    "obtenir outlook",
    "outlook for ",
    "发自我的",
    "发自",
    "來自我的",
    "来自我的",
    "来自",
    "從我的",
    "从我的",
    "寄自我的",
    "发送自",
    "von meinem ",
    "gesendet von ",
    "envoyé de mon ",
    "envoyé depuis ",
    "envoyé à partir de ",
    "envoyé avec ",
    "enviado desde mi ",
    "enviado desde ",
    "enviado do meu ",
    "enviado de meu ",
    "inviato da ",
    "verzonden vanaf mijn ",
    "verzonden met ",
    "verstuurd vanaf mijn ",
    "отправлено с ",
    "отправлено из ",
)
_SIGNATURE_DEVICES = (
    "iphone",
    "ipad",
    "android",
    "手机",
    "手機",
    "客户端",
    "邮箱",
    "郵箱",
    "邮件",
    "mail",
    "outlook",
    "samsung",
    "huawei",
    "华为",
    "小米",
    "galaxy",
    "mobile",
    "设备",
    "blackberry",
    "pixel",
    "wechat",
    "微信",
    "gmail",
    "yahoo",
    "windows",
    "ios",
    "钉钉",
    "dingtalk",
    "企业微信",
    "飞书",
    "lark",
)
_SIGNATURE_SUFFIXES = (
    "から送信",
    "에서 보냄",
    "에서 보냄.",
    "gesendet",
    "发送",
    "傳送",
    "发来的云邮件",  # "从网易邮箱大师发来的云邮件"
    "发来的邮件",
)


def clean_line(line: str) -> str:
    """A line as compared: no-break and ideographic spaces made plain, trimmed."""
    return line.replace("\u00a0", " ").replace("\u3000", " ").replace("\u200b", "").strip()


def decode_entities(body: str) -> str:
    """HTML entities some clients leave in text parts (`&nbsp;`, `&gt;`, `&#39;`) decoded; linear."""
    if "&" not in body:
        return body
    return html.unescape(body)


def _divider_word(text: str) -> str | None:
    """The word between dashes/equals of a divider line ("---- Replied Message ----" → "replied message")."""
    if len(text) > 120:
        return None
    inner = text.strip(_DIVIDER_CHARS).strip()
    if inner == text.strip() and not (text.startswith("[") or text.startswith("【")):
        return None  # no dashes around it
    inner = inner.strip("[]【】").strip().lower()
    return inner


def _is_divider(text: str) -> bool:
    if not text:
        return False
    stripped = text.strip(_DIVIDER_CHARS)
    if not stripped:
        # "________________________________" (Outlook) and other long rules; a short "--" is the signature rule.
        return len(text) >= 8 and text[0] in "_=" and len(set(text.replace(" ", ""))) == 1
    if text.lower().rstrip(": ") in _BARE_DIVIDERS:
        return True
    if text.startswith(">>>") and text.endswith(">>>") and len(text) <= 200 and ("@" in text or _CLOCK.search(text)):
        return True  # GroupWise: '>>> "Name" <addr> 12/1/2026 10:00 AM >>>' above unquoted history
    word = _divider_word(text)
    return word is not None and word in _DIVIDER_WORDS


def header_field(text: str) -> str | None:
    """`from`, `date` or `other` when the line is a header field ("From: …", "发件人：", "| Date | … |")."""
    if not text or len(text) > MAX_LINE:
        return None
    line = text.lstrip("*|> ").replace("**", "")
    cut = -1
    for i, ch in enumerate(line[:32]):
        if ch in ":：|":
            cut = i
            break
    if cut <= 0:
        return None
    name = line[:cut].strip(" *\t").lower()
    return _HEADER_NAMES.get(name)


# Field names some clients (Lotus Notes) put on a line of their own, the value on the next line.
_BARE_FIELDS = frozenset(
    {"to", "cc", "bcc", "subject", "from", "sent by", "please respond to", "收件人", "抄送", "主题"}
)


def _bare_fields_at(lines: list[str], i: int) -> bool:
    """A Notes-style block: a bare field name at line i, and two or more of them (To, cc, Subject…) within ten
    lines, each but the last followed by a value line or a blank."""
    if clean_line(lines[i]).lower() not in _BARE_FIELDS:
        return False
    names = 0
    for j in range(i, min(len(lines), i + 10)):
        text = clean_line(lines[j]).lower()
        if text in _BARE_FIELDS:
            names += 1
        elif len(text) > 200:
            return False
    return names >= 2 and clean_line(lines[i]).lower() in {"to", "from", "收件人"}


def _names_a_date_field(text: str) -> bool:
    """Whether a From line goes on with a date field ("… Sent: …", "… 发送时间：…", "… Envoyé : …")."""
    if len(text) > MAX_LINE:
        return False
    words = text.replace("：", ": ").split()
    for k in range(1, len(words)):
        word = words[k]
        if word == ":" and _HEADER_NAMES.get(words[k - 1].lower()) == "date":
            return True
        if word.endswith(":") and _HEADER_NAMES.get(word[:-1].lower()) == "date":
            return True
    return False


def _label_value(text: str) -> tuple[str, str] | None:
    """ "Label: value" with a short label of at most four words, no digits or address in it; else None."""
    if not text or len(text) > MAX_LINE:
        return None
    line = text.lstrip("*|> ").replace("**", "")
    cut = -1
    for k, ch in enumerate(line[:32]):
        if ch in ":：":
            cut = k
            break
    if cut <= 0:
        return None
    label = line[:cut].strip(" *\t")
    if not label or len(label.split()) > 4 or "@" in label or any(ch.isdigit() for ch in label):
        return None
    return label, line[cut + 1 :].strip()


def _unnamed_header_block_at(lines: list[str], i: int) -> bool:
    """A header block in a language none of the names above covers (Vietnamese "Từ:/Đã gửi:", Thai, Arabic,
    Indonesian …), told by its shape: "Label: value" lines, the first naming an address, then two or more more
    within the next five lines, one of them giving a date or time."""
    first = _label_value(clean_line(lines[i]))
    if first is None or not _EMAIL.search(first[1]):
        return False
    fields, dated = 1, False
    for j in range(i + 1, min(len(lines), i + 6)):
        text = clean_line(lines[j])
        if not text:
            continue
        field = _label_value(text)
        if field is None:
            break
        fields += 1
        dated = dated or bool(_CLOCK.search(field[1]) or _DATE_START.search(field[1]) or _YEAR.search(field[1]))
    return fields >= 3 and dated


def _header_block_at(lines: list[str], i: int) -> bool:
    """A header block starts at line i: two or more header fields, one of them From or Date/Sent, within six
    lines (in any order: Outlook writes From first, some clients Date first, NetEase a `| From | … |` table);
    without a From field, three fields of which one is a date and one To/Subject ("日期/时间" alone is text)."""
    first_text = clean_line(lines[i])
    first = header_field(first_text)
    if first is None:
        return _bare_fields_at(lines, i) or _unnamed_header_block_at(lines, i)
    if first == "from" and _EMAIL.search(first_text) and _names_a_date_field(first_text):
        return True  # the whole block on one line: "发件人: HR <hr@x.com> 发送时间: 2026年12月1日 10:00 收件人: …"
    roles = [first]
    seen = 1
    continued = False
    j = i + 1
    while j < len(lines) and seen < 6:
        text = clean_line(lines[j])
        j += 1
        if not text or set(text) <= set("|-: "):
            continue
        seen += 1
        role = header_field(text)
        if role is None:
            # A wrapped field ("From: Human Resources" / "<hr@example.com>") continues; anything else ends.
            if continued or not roles or len(text) > 200:
                break
            continued = True
            continue
        roles.append(role)
    if "from" in roles:
        return len(roles) >= 2
    return len(roles) >= 3 and "date" in roles and "other" in roles


def _ends_like_attribution(text: str) -> bool:
    """ "… wrote:", "… 写道：", "… a écrit :", a Gmail `… Name <addr>:` after a date."""
    if len(text) > MAX_LINE:
        return False
    core = text.rstrip(" :：").lower()
    if text.rstrip().endswith((":", "：")) or core.endswith(_WROTE_ENDINGS):
        if core.endswith(_WROTE_ENDINGS):
            return True
        # Gmail's older "2014-03-20 8:48 GMT+01:00 Name <addr>:" and "On <date>, <addr>:" forms.
        # "Am 01.12.26 um 10:00 schrieb Re-interview:", "El …, Name escribió:" — the verb before the name.
        if (_ATTRIBUTION_START.match(core) or _DATE_START.match(core)) and any(w in core for w in _VERB_FIRST):
            return True
        if core.endswith(">") and ("@" in core):
            return bool(_DATE_START.match(core) or _ATTRIBUTION_START.match(core) or _CLOCK.search(core))
    return False


_YOU_WROTE = re.compile(r"(?:вы писали|ты писал|you wrote|sie schrieben|vous avez écrit)\b", re.IGNORECASE)


def attribution_span(lines: list[str], i: int) -> int:
    """How many lines (1-3) an attribution starting at line i spans (clients wrap long ones), else 0."""
    first = clean_line(lines[i])
    if not first or first.startswith(">") or len(first) > MAX_LINE:
        return 0
    first = first.strip("-=_* ") or first  # Zoho: "---- On Wed, … john@gmail.com wrote ----"
    if _YOU_WROTE.match(first) and first.endswith(":"):
        return 1  # The Bat!: "Вы писали 26 ноября 2026 г., 12:12:04:", "You wrote 26 November 2026, 12:12:04:"
    if _ends_like_attribution(first) and (
        _ATTRIBUTION_START.match(first) or _EMAIL.search(first) or _DATE_START.search(first) or len(first) < 160
    ):
        return 1
    if not (_ATTRIBUTION_START.match(first) or _DATE_START.match(first)):
        return 0
    joined = first
    for span in (2, 3):
        k = i + span - 1
        if k >= len(lines):
            return 0
        nxt = clean_line(lines[k])
        if not nxt or nxt.startswith(">"):
            return 0
        joined = f"{joined} {nxt}"
        if _ends_like_attribution(joined):
            return span
    return 0


def _drop_attribution_head(kept: list[str]) -> None:
    """An attribution line that is only the end of one ("上午10:00写道：", "escribió:") was wrapped: the one or two
    lines right above it (no blank line between) that name an address or start with a date are its head
    ("HR <hr@example.com> 于2026年12月1日周二" / "上午10:00写道：")."""
    for _ in range(2):
        prev = clean_line(kept[-1]) if kept else ""
        if not prev or len(prev) > MAX_LINE or _quoted(prev):
            return
        starts = bool(_ATTRIBUTION_START.match(prev) or _DATE_START.match(prev))
        if not (starts or _names_sender_or_time(prev) or prev.endswith("<")):  # "Name <" / "addr> 于…"
            return
        kept.pop()
        if starts:
            return


def _drop_attribution_above_quote(kept: list[str]) -> None:
    """Any client's attribution, known words or not: the line right above a `>` quote (blank lines between)
    that ends with a colon and names an address, or a date and a time ("* Name <addr> [2026-12-01 10:00]:")."""
    k = len(kept)
    while k and len(kept) - k < 8 and not clean_line(kept[k - 1]):
        k -= 1  # a few blank lines between (bounded: a reply of many blank-separated quotes stays linear)
    if not k or not clean_line(kept[k - 1]):
        return
    last = clean_line(kept[k - 1])
    if len(last) > MAX_LINE or not last.endswith((":", "：")):
        return
    if not _names_sender_or_time(last):
        # A short last piece of a wrapped one ("napisał(a):") under the line that names the sender and time.
        above = clean_line(kept[k - 2]) if k >= 2 else ""
        if len(last) > 40 or not above or len(above) > MAX_LINE or not _names_sender_or_time(f"{above} {last}"):
            return
        k -= 1
    del kept[k - 1 :]
    if not (_ATTRIBUTION_START.match(last) or _DATE_START.match(last)):
        _drop_attribution_head(kept)


def _names_sender_or_time(text: str) -> bool:
    """An address, or a date (numeric, or a year) with a time of day: what every attribution names."""
    return bool(_EMAIL.search(text) or ((_DATE_START.search(text) or _YEAR.search(text)) and _CLOCK.search(text)))


_DATE_ONLY = re.compile(r"[\w ,./:-]{0,12}\d{1,4}[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,4}日?[\w ,.:()+-]{0,30}")


def _drop_sender_lines(kept: list[str], marker: str) -> None:
    """Above a header block starting with `marker`: the sender and date lines Lotus Notes puts on lines of their own
    above its bare "To" ("Name <addr>" / "2026-12-01 10:00" / "To" / …), and a dashed divider in words we do not
    know, belong to it, not to the reply (a date the candidate wrote above another client's block stays)."""
    bare = marker.lower() in _BARE_FIELDS
    if not bare and header_field(marker) is None:
        return
    k = len(kept)
    while k and len(kept) - k < 8 and not clean_line(kept[k - 1]):
        k -= 1
    dropped = 0
    while k and dropped < 2:
        last = clean_line(kept[k - 1])
        dashed = _divider_word(last)  # "----- 원본 메일 -----": a divider in words we do not know, above the block
        if not (
            (bare and (_ADDRESS_ONLY.fullmatch(last) or (_DATE_ONLY.fullmatch(last) and _CLOCK.search(last))))
            or (dashed and len(dashed) <= 30 and last[:3] in ("---", "===", "___") and last[-3:] == last[:3])
        ):
            break
        k -= 1
        dropped += 1
    if dropped:
        del kept[k:]


def is_signature_start(line: str) -> bool:
    """ "-- " (RFC 3676) or a phone/webmail signature ("Sent from my iPhone", "发自我的iPhone")."""
    if line.rstrip("\r") in ("-- ", "--", "—", "– ", "__"):
        return True
    text = clean_line(line).lower()
    if not text or len(text) > 80:
        return False
    if text.startswith(_SIGNATURE_PREFIXES) and len(text) <= 50:  # "Sent from my desk, is much easier …" is text
        return any(device in text for device in _SIGNATURE_DEVICES) or (
            len(text) <= 32
            and text.startswith(
                ("sent from my ", "发自我的", "von meinem ", "envoyé de mon ", "enviado desde mi ", "enviado do meu ")
            )
        )
    return text.endswith(_SIGNATURE_SUFFIXES) and any(device in text for device in _SIGNATURE_DEVICES)


# A company's legal footer (Exchange and mail gateways append it under every message): from its first line on,
# nothing is the candidate's answer, and its "prohibited / not / 禁止" must not be read as a no.
_DISCLAIMER = re.compile(
    r"^[\W_]{0,3}(?:免责声明|免責聲明|保密声明|保密聲明|法律声明|重要声明|"
    r"(?:本|此|该)(?:电子)?邮件(?:及其|和|及)?(?:任何)?附件\S{0,6}?(?:含有|包含|可能包含|仅|僅|为|是)|"
    r"disclaimer\b|confidentiality (?:notice|note|statement|disclaimer)|legal (?:notice|disclaimer)|"
    r"important(?: notice| confidentiality notice)?:|privileged (?:and|&) confidential|"
    r"this (?:e-?mail|message|communication)(?: and any (?:files|attachments)(?: transmitted with it)?)?,? "
    r"(?:is|are|may (?:be|contain)|contains?|and its attachments) (?:\S+ )?(?:confidential|privileged|intended)|"
    r"the information contained in this (?:e-?mail|message|communication))",
    re.IGNORECASE,
)


def is_disclaimer_start(text: str) -> bool:
    """Whether a (cleaned) line opens a legal disclaimer footer."""
    return len(text) >= 4 and _DISCLAIMER.match(text) is not None


def _card_at(lines: list[str], i: int, text: str) -> bool:
    """QQ's newer card: a bare "Original"/"原始邮件" line followed by a header field."""
    if text.strip(_DIVIDER_CHARS).lower() not in _CARD_WORDS:
        return False
    for j in range(i + 1, min(len(lines), i + 4)):
        following = clean_line(lines[j])
        if following:
            return header_field(following) is not None
    return False


def _wechat_quote_end(lines: list[str]) -> int | None:
    """Text pasted from WeChat quotes first: "「Name：…」" then a "- - - - -" rule, then the new text."""
    first = next((clean_line(x) for x in lines if clean_line(x)), "")
    if not first.startswith(("「", "“", '"')) and not first.startswith("引用"):
        return None
    for j, line in enumerate(lines[:400]):
        text = clean_line(line)
        if len(text) >= 9 and " " in text and set(text) <= {"-", " "}:
            return j + 1
    return None


# At most this many lines of the sender's are read after or between the lines of our email they pasted.
MAX_ANSWER_LINES = 12


@dataclass(frozen=True)
class _Resume:
    """Where reading resumes after quoted history: at `at`; with `until` > `at`, the lines up to `until` are our
    email with answers written between its lines (only those answers are read), and reading ends there."""

    at: int
    until: int = -1


def _answer_after_ours(lines: list[str], i: int, sent: SentText | None, kept: list[str]) -> _Resume | None:
    """Where the sender's answer resumes after quoted history that starts at line i, or None (the rest is history).

    Only what we sent can tell: the history (past its marker lines) must be two or more lines of ours, with no
    further header block, divider or attribution in it (a thread's older messages are never an answer). Then
    - an answer below all of our lines (text pasted from WeChat ends with our footer's "--" and then the answer;
      a client that quotes unmarked and answers below) counts only when nothing of the sender's is above the
      history (`kept`): text under a top-posted reply is an appended disclaimer, not an answer;
    - answers written between our lines as paragraphs of their own (inline, in a quote no client marked) are
      read, up to the last line of ours.
    """
    if sent is None:
        return None
    ours = 0
    back = i - 1  # the lines right above the marker count too (our footer under its "--")
    while back >= 0 and i - back <= 4:
        text = clean_line(lines[back])
        back -= 1
        if compact(text):
            if not sent.contains(text):
                break
            ours += 1
    j = i
    first_ours: int | None = None
    previous = ""  # the compared characters of the last line of ours (a re-wrapped line's piece continues it)
    while j < len(lines):
        text = clean_line(lines[j])
        c = compact(text)
        if not c or is_signature_start(lines[j]):
            j += 1
            continue
        if sent.ours_like(c, previous):
            ours += 1
            previous = c
            first_ours = j if first_ours is None else first_ours
            j += 1
            continue
        if ours == 0 and (header_field(text) or _is_divider(text) or attribution_span(lines, j)):
            j += 1
            continue
        break
    if ours < 2 or j >= len(lines):
        return None
    last_ours = -1
    previous = ""
    others = others_before_last_ours = 0  # lines not ours: an answer is a few lines, not a whole other email
    for k in range(j, len(lines)):
        text = clean_line(lines[k])
        if _is_divider(text) or header_field(text) or attribution_span(lines, k):
            return None
        c = compact(text)
        if c and sent.ours_like(c, previous):
            last_ours, others_before_last_ours = k, others
            ours += 1
        elif c:
            others += 1
        previous = c if c else previous
    if last_ours >= 0:
        if others_before_last_ours > min(MAX_ANSWER_LINES, ours // 2):
            return None  # more of something else than an answer amid our lines (another email, not ours)
        return _Resume(first_ours if first_ours is not None else j, last_ours + 1)
    if others > MAX_ANSWER_LINES or any(compact(line) and not sent.contains(line) for line in kept):
        return None
    return _Resume(j)


def _quoted(text: str) -> bool:
    return text.startswith((">", "＞", "|>")) or bool(_INITIALS_QUOTE.match(text))


# The Bat! and some Fido-style clients prefix quoted lines with the author's initials ("RT> Dear Alice").
_INITIALS_QUOTE = re.compile(r"[A-Za-zА-Яа-яЁё]{1,3}> ")


def _split(body: str) -> list[str]:
    return decode_entities(body).replace("\r\n", "\n").replace("\r", "\n").split("\n")


def new_text(body: str, sent: SentText | None = None) -> str:
    """What the sender wrote in this message: no quotes, no quoted history, no signature, none of our text."""
    lines = _split(body)
    start = _wechat_quote_end(lines)
    if start is not None:
        lines = lines[start:]
    kept: list[str] = []
    # Lines [verified, until) are our email with answers between its lines: no markers, only the answers read.
    verified, until = len(lines), len(lines)
    previous = ""  # there: the compared characters of the last line of ours skipped
    last_kept = -1  # the index of the last line kept
    i = 0
    while i < len(lines):
        if i >= until:
            break
        line = lines[i]
        text = clean_line(line)
        if i >= verified and sent is not None:
            c = compact(text)
            in_answer = last_kept == i - 1  # the line above was kept: this one goes on with the answer
            if c and (sent.ours_like(c, previous, altered=True) or (clean_line(lines[i - 1]) and not in_answer)):
                # Ours, or a line inside a paragraph of ours that differs from what we sent (a link a mail filter
                # rewrote, an older wording): an answer written in between stands as its own paragraph.
                previous = c
                i += 1
                continue
            if (not c and text) or (not text and kept and not kept[-1].strip()):
                i += 1  # a rule line ("--" above our footer) in our text, a second blank line
                continue
            previous = c if c else previous
        if i < verified and (
            is_signature_start(line)
            or is_disclaimer_start(text)
            or _is_divider(text)
            or _card_at(lines, i, text)
            or _header_block_at(lines, i)
        ):
            resume = _answer_after_ours(lines, i, sent, kept)
            if resume is None:
                if not is_signature_start(line) and not is_disclaimer_start(text):
                    _drop_sender_lines(kept, text)
                break
            if resume.until > resume.at:
                verified, until = resume.at, resume.until
            i = resume.at
            continue
        span = attribution_span(lines, i)
        if span:
            if kept and text.startswith(("于", "於")) and _ADDRESS_ONLY.match(clean_line(kept[-1])):
                kept.pop()  # Gmail wrapped before the date: "Name <addr>" / "于2026年12月1日 … 写道："
            elif not (_ATTRIBUTION_START.match(text) or _DATE_START.match(text) or _EMAIL.search(text)):
                _drop_attribution_head(kept)
            j = i + span
            while j < len(lines) and not clean_line(lines[j]):
                j += 1
            if j < len(lines) and _quoted(clean_line(lines[j])):
                # Bottom- or inline-posting: skip the quoted block, keep reading what follows it.
                i = j
                continue
            resume = _answer_after_ours(lines, j, sent, kept)
            if resume is None:
                break
            if resume.until > resume.at:
                verified, until = resume.at, resume.until
            i = resume.at
            continue
        if _quoted(text):
            if i == 0 or not _quoted(clean_line(lines[i - 1])):
                _drop_attribution_above_quote(kept)
            i += 1
            continue
        kept.append(line.rstrip())
        last_kept = i
        i += 1
    kept = _without_signature_card(_without_trailing_rules(kept))
    if sent is not None:
        kept = sent.remove_from(kept)
    return "\n".join(kept).strip()


# Lines a client's signature card ends with: table rules ("| |"), a bare address, NetEase's "签名由…定制".
_CARD_LINE = re.compile(
    r"\|[\s|]*|(?:[^\s:：@|]{1,12} ?[:：] ?)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|签名由.{1,30}定制"
)


_PHONE = re.compile(r"(?:(?:手机|電話|电话|手機|mobile|phone|tel|mob|cell|m|t)\.? ?[:：]? ?)?(\+?)\d[\d ()-]{6,18}\d")
_SENTENCE_MARKS = frozenset("，。,.!?！？:：;；、")


def _is_card_line(text: str) -> bool:
    """A line of a signature card: a table rule, an address (optionally labelled), NetEase's "签名由…定制", or a
    phone number (labelled, international, or a mobile's 11 digits — never a date like 2026-12-08)."""
    if _CARD_LINE.fullmatch(text):
        return True
    phone = _PHONE.fullmatch(text.lower())
    if phone is None or _DATE_START.search(text):
        return False
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 8 and (phone.group(1) == "+" or not text[0].isdigit() or digits >= 11)


def _without_trailing_rules(kept: list[str]) -> list[str]:
    """The reply without the rule lines ("-----…", "=====…") left at its end above cut-off history."""
    end = len(kept)
    while end and (
        not kept[end - 1].strip() or (len(kept[end - 1].strip()) >= 8 and not kept[end - 1].strip(" -=_*~"))
    ):
        end -= 1
    return kept[:end]


def _is_card_name(text: str) -> bool:
    """The name on a signature card, above its address or phone: short, no sentence marks, no digits."""
    return 0 < len(text) <= 20 and not any(ch in _SENTENCE_MARKS or ch.isdigit() for ch in text)


def _without_signature_card(kept: list[str]) -> list[str]:
    """The reply without a signature card at its end (Foxmail's address line; NetEase's table of a name, an
    address and "签名由网易邮箱大师定制", blank lines within it): lines that are nothing but such furniture, and
    the name the card's rules enclose, set apart from the text by a blank line."""
    out = list(kept)
    while out and not out[-1].strip():
        out.pop()
    removed = False
    top_blank = False  # whether the topmost line taken off so far is blank (the card stands apart)
    while out:
        text = out[-1].strip()
        if not text:
            top_blank = True
            out.pop()
        elif _is_card_line(text):
            removed, top_blank = True, False
            out.pop()
        elif removed and len(text) <= 20 and len(out) >= 2 and re.fullmatch(r"\|[\s|]*", out[-2].strip()):
            out = out[:-2]  # "| |" / "张三" / "|": the name inside NetEase's card
            top_blank = False
        elif removed and not top_blank and _is_card_name(text) and len(out) >= 2 and not out[-2].strip():
            out.pop()  # "张三" / "zhangsan@qq.com": the name right above the card's address, under a blank line
            top_blank = False
        else:
            break
    if not removed or (out and not top_blank):
        return kept  # a card stands apart, under a blank line ("My new address:\nx@y" is the candidate's text)
    return out if any(line.strip() for line in out) else kept


# ---- what we sent -----------------------------------------------------------------------------------------
# A character of a line as compared with what we sent: letters and digits only, NFKC, lower case.
SHINGLE = 6
SHORT_LINE = 12  # compared characters: a shorter line must be a whole line of ours to count as ours
MAX_OURS = 4000  # compared characters: no line (or re-wrapped paragraph) of an email we send is longer


def compact(text: str) -> str:
    """Letters and digits of `text`, NFKC-normalised and lower-cased (spacing, punctuation, `>` dropped)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


def _hash(piece: str) -> int:
    """A stable signed 64-bit hash (a PostgreSQL bigint) of a shingle: BLAKE2b-64 of its UTF-8 bytes."""
    return int.from_bytes(hashlib.blake2b(piece.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def shingles(text: str) -> set[int]:
    """Hashes of every `SHINGLE`-character window of the compacted text (a line shorter than one: itself)."""
    c = compact(text)
    if len(c) <= SHINGLE:
        return {_hash(c)} if c else set()
    return {_hash(c[k : k + SHINGLE]) for k in range(len(c) - SHINGLE + 1)}


def fingerprint(text: str) -> list[int]:
    """The fingerprint kept of an email we sent: the shingle hashes of its text, line breaks ignored (so a
    client's re-wrapping of it still matches), and the hash of each whole line (so a short line — "面试时间" —
    is known too), sorted. It holds no readable text."""
    # The divider `html_to_text` writes for a rule (<hr>) in our HTML is not text we sent.
    text = "\n".join(line for line in text.split("\n") if line.strip() != ORIGINAL_MESSAGE_SEPARATOR)
    lines = {_hash(c) for c in (compact(line) for line in text.split("\n")) if len(c) >= 2}
    return sorted(shingles(text) | lines)


@dataclass(frozen=True)
class SentText:
    """The fingerprint of the email a reply answers (from the outbox), used to recognise its lines."""

    hashes: frozenset[int]

    @classmethod
    def of(cls, hashes: Iterable[int]) -> SentText:
        return cls(frozenset(hashes))

    def contains(self, line: str) -> bool:
        """Whether every window of the line's compared characters occurs in what we sent (stops at the first
        window that does not; a line longer than anything we send is never ours)."""
        c = compact(line)
        if not c or len(c) > MAX_OURS:
            return False
        if len(c) < SHORT_LINE:
            # A short line is ours only when it is a whole line of ours ("面试时间"): "Confirm" is a word of our
            # text too, but as a line of its own it is the candidate's answer.
            return _hash(c) in self.hashes
        return self._windows(c)

    def resembles(self, c: str) -> bool:
        """Whether most (3 in 4) of the windows of `c` (compared characters, a full-size line) occur in what we
        sent: a line of ours a client or a template change altered a little ("case_study" for "case studies")."""
        if len(c) < SHORT_LINE or len(c) > MAX_OURS:
            return False
        windows = len(c) - SHINGLE + 1
        found = sum(_hash(c[k : k + SHINGLE]) in self.hashes for k in range(windows))
        return 4 * found >= 3 * windows

    def ours_like(self, c: str, previous: str, *, altered: bool = False) -> bool:
        """A line (compared characters) that is ours, or a re-wrapped piece of the line of ours before it
        (`previous`), or (`altered`) ours altered a little."""
        if not c:
            return False
        if len(c) < SHORT_LINE:
            return _hash(c) in self.hashes or bool(previous and self.continues(previous, c))
        return self._windows(c) or bool(previous and self.continues(previous, c)) or (altered and self.resembles(c))

    def continues(self, previous: str, c: str) -> bool:
        """Whether `c` (compared characters) is the piece a client's re-wrapping split off a line of ours
        ending in `previous` ("…by the re-interview" / "service.")."""
        joined = previous[-(SHINGLE - 1) :] + c
        return len(joined) <= MAX_OURS and self._windows(joined)

    def _windows(self, c: str) -> bool:
        return len(c) >= SHINGLE and all(_hash(c[k : k + SHINGLE]) in self.hashes for k in range(len(c) - SHINGLE + 1))

    def remove_from(self, lines: list[str]) -> list[str]:
        """Lines of the reply that are not ours: a run of two or more matching lines (blank lines between them
        included) is a quote and goes; a single line of ours among the candidate's own (an option pasted to
        pick it) stays."""
        compacted = [compact(x) for x in lines]
        matches = [bool(c) and self.contains(c) for c in compacted]
        # A short piece a client's re-wrapping split off ("不参加。") continues the line of ours before it.
        for k in range(1, len(lines)):
            if not matches[k] and compacted[k] and matches[k - 1]:
                matches[k] = self.continues(compacted[k - 1], compacted[k])
        # … and a short first piece of a re-wrapped line of ours runs on into the next line, which is ours.
        for k in range(len(lines) - 2, -1, -1):
            if not matches[k] and 0 < len(compacted[k]) < SHORT_LINE and matches[k + 1]:
                matches[k] = self._windows(compacted[k] + compacted[k + 1][: SHINGLE - 1])
        out: list[str] = []
        run: list[str] = []
        for line, match in zip(lines, matches, strict=True):
            if match:
                run.append(line)
                continue
            if not compact(line) and run:
                run.append(line)
                continue
            out += self._flush(run)
            run = []
            out.append(line)
        out += self._flush(run)
        if not "".join(out).strip():
            ours = [x for x, m in zip(lines, matches, strict=True) if m]
            if len(ours) == 1:
                return ours
        return out

    @staticmethod
    def _flush(run: list[str]) -> list[str]:
        texts = [x for x in run if compact(x)]
        if not texts:
            return run
        if len(texts) >= 2:
            return [""] if not run[-1].strip() else []
        return run  # one line of ours amid the candidate's own: pasted on purpose ("Option 3: Sat 5 Dec")
