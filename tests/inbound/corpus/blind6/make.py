# ruff: noqa: E501
"""Write the blind6 batch: `python -m tests.inbound.corpus.blind6.make` (deterministic: fixed dates, ids, people).

One realistic week of the HR inbox for the 电商客服专员 re-interview (and the London support desk): each reply
below is one person, written as they write, sent by the client they use (clients.py), labelled with what a
careful HR person reads (evaluate.py's rules: confirm + option, decline, reschedule, question, unclear,
automated).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from tests.inbound.corpus.blind4.clients import INV_TXT
from tests.inbound.corpus.blind6.clients import Reply, build, family

HERE = Path(__file__).parent
BATCH = "blind6"
REPLIES: list[Reply] = []

SURNAMES = [
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
    ("罗", "luo"),
    ("高", "gao"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("许", "xu"),
    ("韩", "han"),
    ("冯", "feng"),
    ("邓", "deng"),
    ("曹", "cao"),
    ("彭", "peng"),
]
GIVEN = [
    ("雨婷", "yuting"),
    ("志强", "zhiqiang"),
    ("佳怡", "jiayi"),
    ("浩然", "haoran"),
    ("晓燕", "xiaoyan"),
    ("子涵", "zihan"),
    ("敏", "min"),
    ("思远", "siyuan"),
    ("静", "jing"),
    ("俊杰", "junjie"),
    ("梦琪", "mengqi"),
    ("宇航", "yuhang"),
    ("欣怡", "xinyi"),
    ("磊", "lei"),
    ("婉清", "wanqing"),
    ("建华", "jianhua"),
    ("诗涵", "shihan"),
    ("鹏", "peng"),
    ("慧敏", "huimin"),
    ("天宇", "tianyu"),
    ("丽娟", "lijuan"),
    ("博文", "bowen"),
    ("雪", "xue"),
    ("家豪", "jiahao"),
    ("春燕", "chunyan"),
    ("一鸣", "yiming"),
    ("倩", "qian"),
    ("明轩", "mingxuan"),
    ("秀英", "xiuying"),
    ("文博", "wenbo"),
    ("琳", "lin"),
    ("凯", "kai"),
    ("若曦", "ruoxi"),
    ("国庆", "guoqing"),
    ("亚楠", "yanan"),
    ("晨", "chen"),
    ("玉兰", "yulan"),
    ("子轩", "zixuan"),
    ("嘉欣", "jiaxin"),
    ("海涛", "haitao"),
    ("颖", "ying"),
]
FIRST = [
    "Olivia",
    "James",
    "Amelia",
    "Harry",
    "Priya",
    "Tom",
    "Chloe",
    "Daniel",
    "Sophie",
    "Mohammed",
    "Grace",
    "Liam",
    "Emily",
    "Jack",
    "Aisha",
    "Ryan",
    "Hannah",
    "Callum",
    "Zara",
    "Ben",
    "Megan",
    "Oliver",
    "Jade",
    "Kwame",
    "Lucy",
    "Nathan",
    "Ellie",
    "Sam",
    "Isla",
    "Marcus",
]
LAST = [
    "Taylor",
    "Patel",
    "Hughes",
    "Evans",
    "Khan",
    "Wilson",
    "Roberts",
    "Walker",
    "Wright",
    "Thompson",
    "Green",
    "Hall",
    "Clarke",
    "Lewis",
    "Ahmed",
    "Morgan",
    "Turner",
    "Cooper",
    "Ward",
    "Owusu",
    "Bennett",
    "Price",
    "Murphy",
    "Kelly",
    "Shaw",
]
COMPANY = [
    "hzxingchen.com",
    "szlanhai.cn",
    "bjyunfan.com",
    "shmingde.com.cn",
    "gzhuamei.cn",
    "cdtianfu-tech.com",
    "whguanggu.net",
    "njjinling.cn",
]
UK_COMPANY = ["brightdesk.co.uk", "northgate-retail.co.uk", "harbourlogistics.com", "mapleleisure.co.uk"]

_used: set[str] = set()


def person(i: int, lang: str, client: str) -> tuple[str, str]:
    h = int(hashlib.sha256(f"{i}{client}".encode()).hexdigest(), 16)
    fam = family(client)
    if lang == "zh":
        for k in range(60):
            s, sp = SURNAMES[(h + k) % len(SURNAMES)]
            g, gp = GIVEN[(h // 31 + 7 * k) % len(GIVEN)]
            if s + g not in _used:
                break
        _used.add(s + g)
        name, py = s + g, sp + gp
        num = h % 9000 + 100
        dom = {
            "qq-web": "qq.com",
            "qq-card": "qq.com",
            "qq-app": "qq.com",
            "163-web": "163.com",
            "126-web": "126.com",
            "mailmaster": "163.com",
            "gmail-web": "gmail.com",
            "gmail-android": "gmail.com",
            "gmail-ios": "gmail.com",
            "outlook-web": "outlook.com",
            "outlook-ios": "hotmail.com",
            "outlook-android": "outlook.com",
            "apple-iphone": ["icloud.com", "qq.com", "163.com"][h % 3],
            "apple-mac": "icloud.com",
            "foxmail": "foxmail.com",
            "alimail": "aliyun.com",
            "yahoo": "yahoo.com",
            "samsung": "gmail.com",
            "huawei": ["139.com", "huawei.com"][h % 2] if False else "139.com",
            "pasted": ["163.com", "sina.com", "sohu.com"][h % 3],
            "thunderbird": "gmail.com",
        }.get(fam, COMPANY[h % len(COMPANY)])
        if dom == "qq.com":
            local = str(1000000000 + h % 2000000000)[: 9 + h % 2]
        else:
            local = [py, f"{py}{num}", f"{sp}.{gp}", f"{gp}{sp}{num % 100}"][h % 4]
        return name, f"{local}@{dom}"
    for k in range(60):
        f = FIRST[(h + k) % len(FIRST)]
        last = LAST[(h // 37 + 3 * k) % len(LAST)]
        if f + last not in _used:
            break
    _used.add(f + last)
    dom = {
        "gmail-web": "gmail.com",
        "gmail-android": "gmail.com",
        "gmail-ios": "gmail.com",
        "outlook-web": "outlook.com",
        "outlook-ios": "hotmail.co.uk",
        "outlook-android": "outlook.com",
        "apple-iphone": "icloud.com",
        "apple-mac": "me.com",
        "yahoo": "yahoo.co.uk",
        "samsung": "gmail.com",
        "thunderbird": "btinternet.com",
    }.get(fam, UK_COMPANY[h % len(UK_COMPANY)])
    local = [f"{f.lower()}.{last.lower()}", f"{f.lower()}{last.lower()[0]}{h % 100}", f"{f[0].lower()}{last.lower()}"][
        h % 3
    ]
    return f"{f} {last}", f"{local}@{dom}"


def when(i: int, lang: str, reminder: bool) -> str:
    """Replies arrive from Fri 27 Nov (invitation) to Mon 30 Nov, between 07:30 and 23:50 local time;
    answers to the reminder from Sat 28 Nov."""
    h = int(hashlib.sha256(f"t{i}".encode()).hexdigest(), 16)
    tz = timezone(timedelta(hours=8)) if lang == "zh" else UTC
    first = 28 if reminder else 27
    days = list(range(first, 31))
    day = days[h % len(days)]
    lo = 10 * 60 + 20 if day == 27 else 7 * 60 + 30
    if day == 28 and reminder:
        lo = 10 * 60 + 15
    hi = 18 * 60 if (day == 30 and lang == "zh") else (10 * 60 if day == 30 else 23 * 60 + 50)
    minute = lo + (h // 7) % (hi - lo)
    at = datetime(2026, 11, day, minute // 60, minute % 60, (h // 11) % 60, tzinfo=tz)
    return format_datetime(at)


def add(
    slug: str,
    intent: str,
    slot: int | None,
    lang: str,
    client: str,
    body: str,
    *,
    name: str = "",
    addr: str = "",
    **kw: Any,
) -> None:
    i = len(REPLIES) + 1
    if not name or not addr:
        n, a = person(i, lang, client)
        name, addr = name or n, addr or a
    reminder = bool(kw.get("reminder", False))
    date = str(kw.pop("date", "")) or when(i, lang, reminder)
    REPLIES.append(
        Reply(
            slug=f"r{i:03d}-{lang}-{client}-{slug}",
            intent=intent,
            slot=slot,
            lang=lang,
            client=client,
            body=body,
            name=name,
            addr=addr,
            date=date,
            **kw,
        )
    )


def interleave(lang: str, attr: str, notes: dict[str, str], top: str = "", cut: str = "") -> str:
    """An inline reply: the invitation quoted with "> ", the person's words typed under the lines they answer.
    `cut`: the quote is trimmed from the first line containing it (people delete the rest)."""
    out = [top, "", attr] if top else [attr]
    for ln in INV_TXT[lang].rstrip("\n").split("\n"):
        if cut and cut in ln:
            break
        out.append(f"> {ln}" if ln.strip() else ">")
        for key, note in notes.items():
            if key in ln:
                out += ["", note, ""]
    return "\n".join(out) + "\n"


# ====================================================================== replies to the Chinese invitation, part 1

add("haode-queren", "confirm", None, "zh", "qq-web", "好的，确认参加，谢谢！")
add(
    "queren-zhunshi",
    "confirm",
    None,
    "zh",
    "163-web",
    "您好，我确认参加12月3日下午两点的面试，会准时到。谢谢给我这次机会！\n\n王雨婷",
    name="王雨婷",
    addr="wangyuting0412@163.com",
)
add("bare-2", "confirm", 2, "zh", "qq-app-zh", "2")
add("zhouwu-fangan2", "confirm", 2, "zh", "mailmaster", "周五下午可以的，就方案2吧")
add("zhouliu-shangban", "confirm", 3, "zh", "gmail-android-zh", "收到 我选周六那个 工作日要上班请不了假")
add("queren", "confirm", None, "zh", "apple-iphone-zh", "确认")
add(
    "formal-fangan-yi",
    "confirm",
    1,
    "zh",
    "outlook-desktop-zh",
    "尊敬的HR您好：\n\n非常感谢贵公司再次给予我面试的机会。经过慎重考虑，我决定参加方案一（12月3日周四14:00-15:00）的重新面试，届时我将携带身份证复印件、作品及培训测评报告准时到达。\n\n如有任何变动，请及时告知。\n\n此致\n敬礼！\n\n陈志强\n电话：138****5621",
    name="陈志强",
    addr="chenzq@szlanhai.cn",
)
add("haodi-emoji", "confirm", None, "zh", "huawei", "好滴 周四见😊")
add(
    "yi-ruzhi",
    "decline",
    None,
    "zh",
    "126-web",
    "您好，感谢贵公司的邀请。我目前已经入职了另一家公司，就不参加这次面试了，祝贵公司招聘顺利。",
)
add(
    "laojia-12hao-yihou",
    "reschedule",
    None,
    "zh",
    "qq-card",
    "你好，这三个时间我都在老家，下周回上海，能不能约到12号以后？",
)
add(
    "wen-ruanjian-zuopin",
    "question",
    None,
    "zh",
    "foxmail",
    "请问线上面试的话需要提前安装什么软件吗？还有作品是要打印出来还是电子版就行？",
)
add("5hao-xianxia", "confirm", 3, "zh", "wework", "12月5号上午10点可以，到时候线下过去。")
add("kan-shijian-zai-hui", "unclear", None, "zh", "gmail-web-zh", "收到，我看一下排班再回复您")
add(
    "zhousi-zoubukai-zhouwu",
    "confirm",
    2,
    "zh",
    "exmail",
    "HR您好，周四我这边走不开，周五下午两点可以。\n\n林晓燕\n市场部",
    name="林晓燕",
    addr="linxiaoyan@hzxingchen.com",
)
add("buheshi-suanle", "decline", None, "zh", "dingtalk", "考虑了一下，觉得这个岗位不太适合我，这次就算了，谢谢。")
add(
    "xiazhou-yi-er",
    "reschedule",
    None,
    "zh",
    "feishu",
    "你好，请问可以改到下周一或者下周二下午吗？这周我都在外地参加公司培训。",
)
add("fangan-typo-2", "confirm", 2, "zh", "apple-iphone-zh", "好的，我选择方按2，周五下午")
add(
    "queren-wen-louceng",
    "confirm",
    None,
    "zh",
    "qq-web",
    "确认参加周四的面试。另外想问一下，漕溪北路1号是哪个门进去呀？需要提前多久到？",
)
add(
    "2-haishi-3-xiangxiang",
    "unclear",
    None,
    "zh",
    "163-web",
    "第二个还是第三个呢…我想想，周五的话可能要请假，周六又要陪孩子上课",
)
add("dushu-bu-qu", "decline", None, "zh", "mailmaster", "谢谢你们还记得我，不过我已经决定继续读研了，面试就不去了哈")
add("zhouliu-10dian-ok", "confirm", 3, "zh", "qq-app-android-zh", "周六10点 ok")
add(
    "1-gai-16dian",
    "reschedule",
    None,
    "zh",
    "alimail",
    "您好，3号下午两点我要开会，当天能不能改成16:00以后？其他两天都不在上海。",
)
add("en-ui-fangan3", "confirm", 3, "zh", "gmail-ios-en", "确认方案3，谢谢")
add("xianshang-hangzhou", "question", None, "zh", "huawei", "请问面试是线上还是必须到公司？我现在人在杭州")
add("owa-queren-3hao", "confirm", None, "zh", "outlook-web-zh", "已收到，确认参加12月3日（周四）下午的面试。")
add(
    "qq-auto",
    "automated",
    None,
    "zh",
    "autoreply-qq",
    "您好，您的邮件我已收到，我会尽快给您回复。\n\n【此邮件为QQ邮箱自动回复】",
    prefix="",
    subject_text="自动回复: 重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    addr="2873301455@qq.com",
    name="小周",
)
add(
    "long-story-zhouliu",
    "confirm",
    3,
    "zh",
    "126-web",
    "您好！\n看到邮件的时候还挺意外的，上次AI面试那天家里网特别卡，中间还断了一次，我还以为没戏了。这段时间我也在看一些客服相关的课程，投诉处理这块确实是我的弱项，谢谢你们安排的培训，我这两天会把视频课看完。\n时间的话，周四周五我都要上班，周六上午10点那个我可以，就定那个吧。身份证复印件和作品我都会准备好。\n再次感谢！",
)
add(
    "deng-offer",
    "unclear",
    None,
    "zh",
    "apple-iphone-zh",
    "我可能要晚几天才能确定，最近在等另一家的offer结果，到时候再跟您说可以吗",
)
add("queren-tanhao", "confirm", None, "zh", "samsung-zh", "确认！", shape="html")
add("reminder-zhouwu", "confirm", 2, "zh", "qq-card", "不好意思才看到邮件，周五下午可以", reminder=True)
add(
    "fangqi-formal",
    "decline",
    None,
    "zh",
    "foxmail",
    "本人因个人原因，决定放弃本次重新面试机会。感谢贵司！",
    sig="郑梦琪\n2026-11-28",
)
add(
    "7hao-zhihou",
    "reschedule",
    None,
    "zh",
    "gmail-android-zh",
    "不好意思，12月3-5号我刚好在外地考试，7号之后任意一天都可以。",
)
add(
    "tongshi-zhuyuan",
    "unclear",
    None,
    "zh",
    "wework",
    "你好，我是刘洋的同事，她这几天住院了，手机不方便看邮件，等她出院了我让她自己跟你们联系。",
    name="孙鹏",
    addr="sunpeng@gzhuamei.cn",
)
add("4hao-keyi", "confirm", 2, "zh", "163-web", "12月4日可以参加。")
add(
    "wen-zai-shenqing",
    "question",
    None,
    "zh",
    "exmail",
    "我想问一下，这次重新面试如果还是没通过，以后还能再申请这个岗位吗？",
)
add(
    "zhousi-jian",
    "confirm",
    None,
    "zh",
    "outlook-desktop-zh",
    "好的，没问题，周四下午2点见。",
    sig="Best regards\n徐俊杰",
)
add("ok-emoji", "confirm", None, "zh", "qq-app-zh", "ok👌")
add("yinggai-meiwenti", "confirm", None, "zh", "mailmaster", "应该没问题，我会按时到的")
add("5hao-shidian-dao", "confirm", 3, "zh", "dingtalk", "5号上午十点到，谢谢安排")
add(
    "new-mail-zhouwu",
    "confirm",
    2,
    "zh",
    "pasted",
    "HR你好，我是前天收到重新面试邀请的赵敏（电商客服专员），邀请邮件找不到了所以重新发一封。我选周五下午那场，谢谢。",
    name="赵敏",
    addr="zhaomin1997@sina.com",
    threaded=False,
    subject_text="关于重新面试时间",
)
add("buqu-le", "decline", None, "zh", "qq-web", "不去了，谢谢")
add("zhezhou-mei-kong", "reschedule", None, "zh", "apple-mac-zh", "这周都没空，下周吧")
add(
    "queren-ranhou-buxing",
    "unclear",
    None,
    "zh",
    "126-web",
    "确认参加。\n\n啊不对，刚看了下日历，周四要去医院复查，那天去不了……",
)
add("tw-fangan2", "confirm", 2, "zh", "gmail-web-tw", "您好，我選擇方案2，12月4日週五下午兩點，謝謝。")
add("shoudao-zhunshi", "confirm", None, "zh", "huawei", "好的收到，准时参加", threaded=False)
add("xuan3", "confirm", 3, "zh", "feishu", "选3")
add("xianxia-ma", "question", None, "zh", "qq-web", "方案1的话是线下吗？能线上的话我这边没问题")
add("offer-bucanjia", "decline", None, "zh", "outlook-ios-zh", "Hi，感谢邀请，我这边已经拿到offer了，就不参加了哈。")
add(
    "outlook-ooo",
    "automated",
    None,
    "zh",
    "autoreply-outlook-zh",
    "您好：\n\n我目前休假中，将于12月7日返回办公室，期间无法及时查看邮件。如有急事请联系我的同事 李娜（lina@shmingde.com.cn）。\n\n谢谢！",
    subject_text="自动答复: 重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    addr="yangbowen@shmingde.com.cn",
    name="杨博文",
    extra={
        "Auto-Submitted": "auto-replied",
        "X-Auto-Response-Suppress": "All",
        "Thread-Topic": "重新面试邀请：电商客服专员",
    },
    shape="html",
)
add(
    "wanshang-7dian",
    "reschedule",
    None,
    "zh",
    "alimail",
    "这几个时间都不太合适，我白天在门店上班，只有晚上有空，晚上7点以后可以吗？",
)


# ====================================================================== replies to the Chinese invitation, part 2

add(
    "inline-fangan2-zhege",
    "confirm",
    2,
    "zh",
    "thunderbird-zh",
    "",
    inline=interleave("zh", "{attr}", {"方案 2：": "这个可以"}, cut="请携带"),
)
add("queren-zhengzhuang", "confirm", None, "zh", "qq-web", "确认参加！请问需要穿正装吗？")
add(
    "pinyin-zhouwu", "confirm", 2, "zh", "163-web", "hao de, zhou wu xia wu liang dian wo ke yi\n（不好意思输入法坏了）"
)
add(
    "tw-zhouliu-keyima",
    "confirm",
    3,
    "zh",
    "outlook-desktop-tw",
    "您好，週四下午我有課，週六上午10點可以嗎？可以的話就選方案3。\n\n蔡宜君",
    name="蔡宜君",
    addr="yijun.tsai@gmail.com",
)
add(
    "tw-bu-zheteng",
    "decline",
    None,
    "zh",
    "foxmail-tw",
    "謝謝HR，我想了想還是不折騰了，祝好。",
    name="陳怡如",
    addr="yiru.chen@foxmail.com",
    no_quote=True,
    charset="big5",
)
add("8hao-sandian", "reschedule", None, "zh", "qq-card", "能否安排在12月8日（下周二）下午3点？这周我都在出差，回不来。")
add("en-ui-zhousi-zhunshi", "confirm", None, "zh", "mailmaster-en", "我周四14点准时参加")
add("zhouwu-zhouliu-anpai", "unclear", None, "zh", "apple-iphone-zh", "周五或者周六吧，看你们安排")
add(
    "ceping-baogao-nali",
    "question",
    None,
    "zh",
    "gmail-web-zh",
    "你好，请问培训测评报告在哪里下载？我没有收到过相关的链接。",
)
add("5hao-shangwu", "confirm", 3, "zh", "126-web", "12月5日上午可以的，到时候见", cte="quoted-printable")
add(
    "2-gai-1",
    "confirm",
    1,
    "zh",
    "exmail",
    "选方案2。\n\n——补充一下：刚跟领导确认了，周五下午要开季度会，还是改成方案1吧，周四下午我可以请假。",
)
add("zhousi-gongsi", "confirm", None, "zh", "wework", "收到，周四下午两点准时到公司面试，谢谢", shape="html")
add("wanghou-tui", "reschedule", None, "zh", "dingtalk", "最近比较忙，能不能往后推一推？")
add("tiyan-buhao", "decline", None, "zh", "huawei", "我不想再面了，上次面试体验不太好。", shape="html")
add("friday-2pm", "confirm", 2, "zh", "feishu", "Friday可以，2pm见")
add("hao", "confirm", None, "zh", "qq-app-zh", "好")
add(
    "alimail-disclaimer",
    "confirm",
    1,
    "zh",
    "alimail",
    "确认参加方案1，谢谢。",
    sig="高亚楠\n杭州某某电子商务有限公司 | 运营部\n手机：186 0000 3321\n\n本邮件及其附件含有保密信息，仅限于发送给上述收件人使用。如果您错收了本邮件，请立即通知发件人并删除本邮件。",
    name="高亚楠",
    addr="gaoyanan@aliyun.com",
)
add("nage-gangwei", "question", None, "zh", "samsung-zh", "是哪个岗位来着？我最近投了好几家公司")
add("reminder-fangan-san", "confirm", 3, "zh", "qq-web", "抱歉回复晚了！方案三，周六上午", reminder=True)
add("zhouri-keyima", "reschedule", None, "zh", "outlook-web-zh", "这三个时间我都要上班，周日可以吗？")
add("sandian-cai-dao", "unclear", None, "zh", "163-web", "确认参加周四下午的面试，但是我可能要3点才能到，可以吗？")
add("meiwenti", "confirm", None, "zh", "gmail-android-zh", "没问题")
add("2-jieguo", "confirm", 2, "zh", "apple-mac-zh", "我选方案2。想问下面试完大概多久出结果？")
add(
    "mama-daihui",
    "unclear",
    None,
    "zh",
    "qq-web",
    "您好，我是孩子妈妈，她已经回老家工作了，应该不去面试了，不好意思哈。",
    name="郭玉兰",
    addr="1034452871@qq.com",
)
add(
    "xiazhou-san-shangwu",
    "reschedule",
    None,
    "zh",
    "foxmail",
    "方便的话安排到下周三（9号）上午，其他时间都可以商量。",
    charset="gbk",
    cte="quoted-printable",
)
add("pinyin-queren", "confirm", None, "zh", "126-web", "que ren can jia，xie xie")
add(
    "bu-jide",
    "question",
    None,
    "zh",
    "mailmaster",
    "？？？这是什么面试，我好像不记得参加过AI面试，能说一下是哪家公司吗",
)
add(
    "formal-zhouliu",
    "confirm",
    3,
    "zh",
    "outlook-desktop-zh",
    "HR老师您好：\n\n来信已收悉。鉴于本人工作日需正常上班，经与家人商量，本人选择12月5日（周六）10:00-11:00场次参加重新面试，届时将按要求携带相关材料。\n\n感谢贵公司的安排。\n\n唐文博",
    name="唐文博",
    addr="tangwb@whguanggu.net",
)
add("laoshi-zhunshi", "confirm", None, "zh", "huawei", "好的，我会准时参加的，谢谢老师")
add("xiazhou-yi-san", "reschedule", None, "zh", "qq-card", "这周实在抽不出时间，我下周一到周三都可以，上午下午都行")
add("liangdian-zhouwu", "confirm", 2, "zh", "gmail-ios-zh", "下午两点那个…周五的")
add(
    "zan-bu-canjia",
    "decline",
    None,
    "zh",
    "wework",
    "您好，经慎重考虑，我决定暂不参加本次面试，感谢理解。",
    shape="html",
)
add("kan-qingkuang", "unclear", None, "zh", "exmail", "看情况吧，到时候再说")
add("zan-queren", "confirm", None, "zh", "qq-app-zh", "👍👍 确认")
add("xianshang-waidi", "question", None, "zh", "163-web", "你好，请问可以线上面试吗？我人在外地，回上海不太方便。")
add("zhousi-shangwu", "reschedule", None, "zh", "alimail", "周四能改到上午吗？下午要去幼儿园接孩子")
add(
    "tw-queren-big5",
    "confirm",
    None,
    "zh",
    "foxmail-tw",
    "確認參加，謝謝。",
    name="林佩珊",
    addr="peishan.lin@foxmail.com",
    no_quote=True,
    charset="big5",
)
add("4hao-xiawu", "confirm", 2, "zh", "dingtalk", "4号下午没问题")
add(
    "zhousi-zhouwu-jiaban",
    "unclear",
    None,
    "zh",
    "feishu",
    "周四可以\n周五也可以\n要不还是周四吧 不对周四晚上要加班 下午不知道走不走得开",
)
add("tb-fangan1", "confirm", 1, "zh", "thunderbird-zh", "确认参加方案1。")
add(
    "jiali-youshi",
    "decline",
    None,
    "zh",
    "apple-iphone-zh",
    "抱歉，家里出了点事，要回老家一段时间，面试就不参加了，谢谢你们。",
)
add("zhouliu-guolai", "confirm", 3, "zh", "gmail-web-zh", "周六吧，周六上午十点我过来")
add("ziwo-jieshao", "question", None, "zh", "outlook-android-zh", "请问面试需要准备自我介绍吗？大概多长时间？")
add("fushi-lianxi-shui", "confirm", None, "zh", "qq-web", "收到，确认参加周四下午的复试，到时候到了联系谁？")
add("12hao-yihou", "reschedule", None, "zh", "163-web", "12号以后都行")
add("buyongle", "decline", None, "zh", "samsung-zh", "不用了，谢谢", threaded=False)
add(
    "163-auto",
    "automated",
    None,
    "zh",
    "autoreply-163",
    "这是一封自动回复邮件。\n\n您好，我近期出差在外，不能及时查看邮件，回来后会第一时间回复您。",
    subject_text="自动回复：重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    name="冯晨",
    addr="fengchen88@163.com",
    charset="gbk",
)
add("ok-thx", "confirm", None, "zh", "mailmaster", "OK 周四见，thx")
add("zhouwu-zhouliu-doukeyi", "unclear", None, "zh", "qq-card", "周五还是周六呢 其实都可以吧我觉得")
add(
    "reminder-outlook-2",
    "confirm",
    2,
    "zh",
    "outlook-desktop-zh",
    "抱歉这几天在外面没看邮件，我选方案2，谢谢！",
    reminder=True,
)


# ====================================================================== replies to the Chinese invitation, part 3

add(
    "jinzhang-zhousi",
    "confirm",
    None,
    "zh",
    "qq-web",
    "您好，我是上次面试的候选人。说实话收到这封邮件我有点紧张，上次AI面试我答得很差，尤其是投诉处理那部分……这几天我一直在对着镜子练习。\n请问重新面试的形式和上次一样吗？还是有真人面试官？\n时间上我周四可以，就周四吧。",
)
add(
    "long-bu-shihe-kefu",
    "decline",
    None,
    "zh",
    "163-web",
    "HR您好：\n谢谢你们给我第二次机会。不过说实话上次面试后我反思了很久，觉得自己可能更适合做运营方向，客服岗位每天要面对大量投诉，我性格上不太能扛得住，硬着头皮去也是耽误大家时间。\n所以这次就不参加了，真心感谢，也祝你们早日招到合适的人。",
)
add("en-ui-xuan2", "confirm", 2, "zh", "gmail-web-en", "选2，谢谢")
add("en-ui-zhousi-xiawu", "confirm", None, "zh", "apple-iphone-en", "周四下午可以的")
add(
    "10hao-tongyi-shijian",
    "reschedule",
    None,
    "zh",
    "mailmaster",
    "老师好，我想申请改期，12月10日周四下午14:00可以吗？同一时间，只是推迟一周。",
)
add("tingchewei", "question", None, "zh", "wework", "面试地点有停车位吗？我可能开车过去")
add("keyi-zhunshi", "confirm", None, "zh", "qq-app-android-zh", "可以 到时候准时到")
add(
    "zhuguan-qingjia",
    "unclear",
    None,
    "zh",
    "outlook-desktop-zh",
    "Hi,\n\n我需要和我现在的主管确认一下能不能请假，明天给您答复。\n\nThanks\nKevin Zhou",
    name="周凯",
    addr="kevin.zhou@bjyunfan.com",
)
add(
    "reminder-bu-kaolv",
    "decline",
    None,
    "zh",
    "exmail",
    "不好意思，之前一直没回复。我已经不考虑这个岗位了。",
    reminder=True,
)
add("zhouwu-1400-ok", "confirm", 2, "zh", "feishu", "周五 14:00-15:00 👌")
add("diyige", "confirm", 1, "zh", "dingtalk", "第一个时间可以")
add(
    "baba-daihui",
    "unclear",
    None,
    "zh",
    "huawei",
    "您好，我是王浩然的爸爸，他手机摔坏了，让我帮忙回一下，他说周四应该可以去。",
    name="王建华",
    addr="wangjianhua66@139.com",
)
add(
    "xia-zhouliu",
    "reschedule",
    None,
    "zh",
    "qq-card",
    "你好，我这周六要考试，周四周五要上班，请问能不能安排到下周六上午？",
)
add("zhouliu-10-11", "confirm", 3, "zh", "126-web", "周六上午10点-11点这个时间段可以，我准时参加")
add(
    "zuopin-shi-shenme",
    "question",
    None,
    "zh",
    "alimail",
    "想问一下，要带的“作品”指的是什么？我之前一直做的是客服，没有什么作品……",
)
add("typo-queren", "confirm", None, "zh", "gmail-android-zh", "确人参加")
add("fangqi-jihui", "decline", None, "zh", "apple-mac-zh", "谢谢贵司，我决定放弃这个机会，祝一切顺利。")
add("queren-dai-cailiao", "confirm", None, "zh", "foxmail", "确认\n身份证复印件、作品、测评报告都会带上")
add("wanshang-xiaban", "reschedule", None, "zh", "samsung-zh", "能约晚上吗？下班后7点以后都行")
add("zai-kaolv", "unclear", None, "zh", "qq-web", "我再考虑考虑，这两天给您答复")
add("yi-queren", "confirm", None, "zh", "outlook-web-zh", "好的，已确认。")
add("jiu-zhousi", "confirm", None, "zh", "mailmaster", "就周四吧，别的时间我也不行", shape="html")
add("zhouwu-ok", "confirm", 2, "zh", "wework", "周五OK")
add("zhaodao-gongzuo", "decline", None, "zh", "qq-app-zh", "不好意思啊 不去了 找到工作了")
add("tong-mianshiguan", "question", None, "zh", "exmail", "请问重新面试还是同一个面试官吗？另外面试结果大概多久通知？")
add("tb-zhunshi", "confirm", None, "zh", "thunderbird-zh", "会准时参加，谢谢。")
add("12yue-zhongxun", "reschedule", None, "zh", "126-web", "12月中旬可以吗")
add("queren-fangan2", "confirm", 2, "zh", "dingtalk", "确认参加。方案2。")
add("ok-zhousi-jian", "confirm", None, "zh", "gmail-ios-zh", "Ok，没问题，周四见")
add("huilaojia-budasuan", "decline", None, "zh", "huawei", "我已经回老家了，这个工作也不打算做了，谢谢")
add(
    "exmail-auto",
    "automated",
    None,
    "zh",
    "autoreply-exmail",
    "您好，您的邮件已收到。\n本人12月1日至12月6日休假，期间不便查看邮件，返回后会尽快处理。\n\n（此为自动回复）",
    subject_text="自动回复：重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）",
    name="吴子涵",
    addr="wuzihan@cdtianfu-tech.com",
    charset="gb18030",
    extra={"Auto-Submitted": "auto-replied", "X-QQ-MAILAUTOREPLY": "1"},
)
add("zhousi-buxing", "unclear", None, "zh", "apple-iphone-zh", "周四不行")
add("zhouwu-xiawu-jian", "confirm", 2, "zh", "mailmaster", "收到～周五下午见🙏")
add("fangan1-xianshang", "confirm", 1, "zh", "outlook-android-zh", "确认方案1，线上参加可以吗？")
add("gaitian-buxiang-zhao", "decline", None, "zh", "163-web", "改天吧，最近不太想找工作了，谢谢你们")

# ---------------------------------------------------------------------- other languages, to the Chinese invitation

add(
    "ja-doyoubi",
    "confirm",
    3,
    "zh",
    "gmail-web-ja",
    "お世話になっております。\n12月5日（土）10時からの面接でお願いいたします。\nよろしくお願いいたします。\n\n佐藤 美咲",
    name="佐藤 美咲",
    addr="misaki.sato@gmail.com",
)
add(
    "ko-daeum-ju",
    "reschedule",
    None,
    "zh",
    "apple-iphone-ko",
    "안녕하세요. 목요일과 금요일은 회사 일정 때문에 어렵고, 토요일도 안 됩니다. 다음 주 월요일 오후에 가능할까요?",
    name="김지현",
    addr="jihyun.kim@icloud.com",
)
add(
    "ru-chetverg",
    "confirm",
    1,
    "zh",
    "thunderbird-ru",
    "Здравствуйте!\n\nПодтверждаю участие в собеседовании в четверг, 3 декабря, в 14:00.\n\nСпасибо,\nАнна Иванова",
    name="Анна Иванова",
    addr="anna.ivanova@gmail.com",
)

# ====================================================================== replies to the English invitation, part 1

add("confirm-thanks", "confirm", None, "en", "gmail-web", "Confirm. Thanks!")
add(
    "formal-option2",
    "confirm",
    2,
    "en",
    "outlook-desktop",
    "Dear Hiring Team,\n\nThank you for the opportunity to re-interview. I would like to confirm Option 2, Friday 4 December at 14:00.\n\nKind regards,\nPriya Patel",
    name="Priya Patel",
    addr="priya.patel@northgate-retail.co.uk",
)
add("cant-thu-sat-works", "confirm", 3, "en", "apple-iphone", "Can't do Thursday, work. Saturday morning works though")
add(
    "accepted-another-role",
    "decline",
    None,
    "en",
    "outlook-ios",
    "Hi, thanks for getting back to me but I've accepted another role so I'll pass. All the best.",
)
add(
    "in-person-shanghai",
    "question",
    None,
    "en",
    "yahoo",
    "Hello, is the interview in person only? I live in Leeds and the address says Shanghai?? Is it online then?",
)
add(
    "week-after-8-9",
    "reschedule",
    None,
    "en",
    "gmail-android",
    "None of those work for me unfortunately, I'm away all week with work. Any chance of the week after, say Tues 8th or Wed 9th?",
)
add(
    "inline-option3",
    "confirm",
    3,
    "en",
    "thunderbird",
    "",
    inline=interleave("en", "{attr}", {"Option 3:": "Yes please - this one."}, cut="WHAT TO BRING"),
)
add("will-let-you-know", "unclear", None, "en", "samsung", "Will let you know")
add(
    "option1-hold-on",
    "unclear",
    None,
    "en",
    "outlook-web",
    "Option 1 is fine.\n\nActually, hold on, I might be on a training course that week. Let me check and come back to you.",
)
add("thursday-at-2", "confirm", None, "en", "apple-mac", "Thursday at 2 is perfect, see you then.\n\nJack")
add(
    "gmail-vacation",
    "automated",
    None,
    "en",
    "autoreply-gmail",
    "Hi,\n\nI'm travelling until 4 December with limited access to email. I'll get back to you as soon as I can after that.\n\nThanks,\nHannah",
    name="Hannah Clarke",
    addr="hannah.clarke@gmail.com",
    prefix="Re: ",
    extra={"Auto-Submitted": "auto-replied"},
)
add("not-continue", "decline", None, "en", "lark", "Thanks, but I've decided not to continue with my application.")


# ====================================================================== replies to the English invitation, part 2

add(
    "thu-2pm-bring",
    "confirm",
    None,
    "en",
    "gmail-ios",
    "Yes, Thursday 2pm works. Do I need to bring anything apart from my ID?",
)
add(
    "no-longer-interested",
    "decline",
    None,
    "en",
    "outlook-android",
    "Sorry, I'm no longer interested. Please remove me from the process.",
)
add("confirmed-thumbs", "confirm", None, "en", "apple-iphone", "Confirmed 👍")
add(
    "chatty-shifts-sat",
    "confirm",
    3,
    "en",
    "gmail-web",
    "Hi there,\n\nThanks so much for this, I genuinely wasn't expecting it! The first interview was a bit of a disaster – my laptop decided to install updates halfway through and I panicked. I've been practising handling complaints since then, so hopefully I'll do better this time.\n\nI work shifts at the moment so weekdays are tricky, but I'm off on Saturday so I'll take the 10am slot if that's ok.\n\nThanks again,\nEllie",
    name="Ellie Morgan",
    addr="ellie.morgan@gmail.com",
)
add(
    "evening-next-week",
    "reschedule",
    None,
    "en",
    "outlook-desktop",
    "Hello,\n\nUnfortunately I have a hospital appointment on Thursday and I'm working Friday and Saturday. Would any evening next week be possible? After 6pm ideally.\n\nRegards,\nMarcus Shaw",
    name="Marcus Shaw",
    addr="marcus.shaw@harbourlogistics.com",
)
add(
    "childcare-monday",
    "unclear",
    None,
    "en",
    "yahoo-android",
    "Hi I think I can make it but not sure yet, my childcare might fall through. I'll confirm by Monday",
)
add("lowercase-confirm", "confirm", None, "en", "outlook-ios", "confirm")
add("moved-on", "decline", None, "en", "samsung", "I have moved on, thanks anyway.")
add(
    "thu-morning-instead",
    "reschedule",
    None,
    "en",
    "gmail-android",
    "Could we do Thursday but in the morning instead? 10 or 11?",
)
add(
    "full-time-before-confirm",
    "question",
    None,
    "en",
    "apple-mac",
    "Before I confirm - is this role still full time? The advert said 37.5 hours but the recruiter mentioned part time.\n\nTom",
)
add("friday-please", "confirm", 2, "en", "outlook-web", "Friday please.")
add(
    "partner-hospital",
    "unclear",
    None,
    "en",
    "thunderbird",
    "Hi, I'm Ryan's partner. He's in hospital at the moment and asked me to let you know he won't be able to reply for a while.\n\nJade",
    name="Jade Cooper",
    addr="jade.cooper@btinternet.com",
)
add(
    "outlook-ooo-en",
    "automated",
    None,
    "en",
    "autoreply-outlook",
    "Thank you for your email. I am out of the office until Monday 7 December with no access to email. For anything urgent please contact the front desk on 020 7946 0000.",
    subject_text="Automatic reply: Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
    name="Nathan Hughes",
    addr="nathan.hughes@mapleleisure.co.uk",
    extra={
        "Auto-Submitted": "auto-replied",
        "X-Auto-Response-Suppress": "All",
        "X-MS-Exchange-Inbox-Rules-Loop": "nathan.hughes@mapleleisure.co.uk",
    },
    shape="html",
)
add("thursday-online", "confirm", None, "en", "lark", "Thursday is fine for me. Online please.")
add(
    "edit-option3",
    "confirm",
    3,
    "en",
    "gmail-web",
    "Option 2 please.\n\nEdit: sorry, just realised Friday is my daughter's nativity play. Can I switch to Saturday instead? Option 3.",
)
add("leave-it", "decline", None, "en", "apple-iphone", "Thanks for thinking of me but I think I'll leave it this time.")
add(
    "option1-disclaimer",
    "confirm",
    1,
    "en",
    "outlook-desktop",
    "Confirming option 1, thank you.",
    sig="Zara Ahmed\nCustomer Service Adviser | Bright Desk Ltd\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Bright Desk Ltd, registered in England and Wales no. 01234567.",
    name="Zara Ahmed",
    addr="zara.ahmed@brightdesk.co.uk",
)
add(
    "week-of-14th",
    "reschedule",
    None,
    "en",
    "yahoo",
    "Is there anything in the week of the 14th? I'm on holiday until then.",
)
add(
    "yes-no-wait",
    "unclear",
    None,
    "en",
    "gmail-ios",
    "Yes to Friday. No wait, Friday's no good. Thursday? Not sure, I'll get back to you",
)
add("yep-thursday", "confirm", None, "en", "outlook-android", "Yep that's fine, see you Thursday")
add("ok", "confirm", None, "en", "samsung", "Ok", shape="html")
add(
    "mailbox-not-monitored",
    "automated",
    None,
    "en",
    "autoreply-yahoo",
    "This mailbox is no longer monitored. Please send any correspondence to olivia.taylor.jobs@gmail.com.\n\nThis is an automated response.",
    name="Olivia Taylor",
    addr="olivia.taylor@yahoo.co.uk",
    prefix="Re: ",
)
add(
    "inline-no-no-yes",
    "confirm",
    3,
    "en",
    "thunderbird",
    "",
    inline=interleave(
        "en",
        "{attr}",
        {"Option 1 (proposed):": "No - working.", "Option 2:": "No.", "Option 3:": "Yes."},
        cut="Duration:",
    ),
)
add(
    "friday-4pm",
    "reschedule",
    None,
    "en",
    "apple-mac",
    "Could we make it later in the afternoon on the Friday, like 4pm?",
)
add("wont-be-attending", "decline", None, "en", "gmail-android", "Hi, I won't be attending. Thanks.")
add(
    "reminder-thursday-works",
    "confirm",
    None,
    "en",
    "outlook-web",
    "Apologies for the slow reply. Thursday works.",
    reminder=True,
)
add(
    "what-training-report",
    "question",
    None,
    "en",
    "gmail-web",
    "What does 'training assessment report' mean? I haven't done any training with you yet.",
)
add(
    "nearer-the-time",
    "unclear",
    None,
    "en",
    "lark",
    "Hi, is it okay if I let you know nearer the time? Things are a bit up in the air at the moment.",
)
add("fri-4th-2pm", "confirm", 2, "en", "outlook-ios", "Fri 4th 2pm 👍")
add(
    "stay-current-job",
    "decline",
    None,
    "en",
    "apple-iphone",
    "Sorry, I've decided to stay in my current job. Thanks for the chance though.",
)
add("yes-thursday-2pm", "confirm", None, "en", "yahoo-android", "Yes I can make Thursday at 2pm. Thank you")
add("monday-7th", "reschedule", None, "en", "gmail-ios", "Can't do any of these sorry, could you do Monday 7th?")
add(
    "on-behalf-son",
    "unclear",
    None,
    "en",
    "outlook-desktop",
    "Hello,\n\nI am writing on behalf of my son Daniel, who has dyslexia and finds emails difficult. He would like to attend but needs to check his bus times first. Could someone give him a call?\n\nMany thanks,\nSophie Wilson",
    name="Sophie Wilson",
    addr="sophie.wilson@harbourlogistics.com",
)
add(
    "exchange-ooo",
    "automated",
    None,
    "en",
    "autoreply-exchange",
    "I'm currently away on annual leave and will return on 8 December.\n\nIf your query is urgent, please email hr@northgate-retail.co.uk.\n\nKind regards\nLiam Kelly",
    subject_text="Out of Office: Re-interview invitation: Support desk — please reply by Mon 30 Nov 2026, 10:00 (Europe/London)",
    name="Liam Kelly",
    addr="liam.kelly@northgate-retail.co.uk",
    extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "bulk"},
    shape="html",
)
add("first-slot", "confirm", 1, "en", "gmail-web", "Perfect, I'll take the first slot on Thursday.")
add("thursday-fine", "confirm", None, "en", "samsung", "Thursday fine")
add(
    "proposed-3rd",
    "confirm",
    None,
    "en",
    "apple-mac",
    "Hi,\n\nThanks for this. I'm happy with the proposed time on the 3rd.\n\nBest,\nOliver",
)
add("withdraw", "decline", None, "en", "outlook-web", "Please withdraw my application. Thank you.")
add(
    "new-mail-deleted-invite",
    "confirm",
    1,
    "en",
    "gmail-android",
    "Hi, this is Sam Ward. I got an email about a re-interview for the support desk job but deleted it by accident. I'm happy with the Thursday 2pm slot.\n\nSam",
    name="Sam Ward",
    addr="samward.93@gmail.com",
    threaded=False,
    subject_text="Re-interview - Sam Ward",
    no_quote=True,
)
add("is-this-a-scam", "unclear", None, "en", "thunderbird", "Is this a scam? I never applied for a support desk job.")
add(
    "sat-afternoon",
    "reschedule",
    None,
    "en",
    "apple-iphone",
    "Any chance of Sat afternoon instead of the morning? I've got football with the kids in the morning",
)
add("option1-works", "confirm", 1, "en", "outlook-mac", "Option 1 works for me.\n\nThanks,\nGrace")
add("be-there-thursday", "confirm", None, "en", "yahoo", "Thank you I will be there on Thursday")

# ---------------------------------------------------------------------- other languages, to the English invitation

add(
    "fr-option2",
    "confirm",
    2,
    "en",
    "gmail-web-fr",
    "Bonjour,\n\nJe vous remercie pour cette nouvelle chance. Je confirme ma présence pour l'option 2, le vendredi 4 décembre à 14h.\n\nCordialement,\nCamille Dubois",
    name="Camille Dubois",
    addr="camille.dubois@gmail.com",
)
add(
    "fr-jeudi-parfait",
    "confirm",
    None,
    "en",
    "outlook-ios-fr",
    "Bonjour, jeudi c'est parfait pour moi. Merci !",
    name="Hugo Martin",
    addr="hugo.martin@hotmail.fr",
)
add(
    "de-urlaub",
    "reschedule",
    None,
    "en",
    "outlook-desktop-de",
    "Hallo,\n\nleider passt mir keiner der Termine, da ich bis zum 6. Dezember im Urlaub bin. Wäre ein Termin in der Woche ab dem 7. Dezember möglich?\n\nViele Grüße\nLukas Becker",
    name="Lukas Becker",
    addr="lukas.becker@web.de",
)
add(
    "es-sabado",
    "confirm",
    3,
    "en",
    "gmail-android-es",
    "Hola, el sábado a las 10 me viene bien. ¡Gracias!",
    name="Lucía Fernández",
    addr="lucia.fernandez@gmail.com",
)
add(
    "pt-online",
    "question",
    None,
    "en",
    "apple-iphone-pt",
    "Olá, a entrevista pode ser feita online? Moro fora de Londres.",
    name="Beatriz Santos",
    addr="bia.santos@icloud.com",
)
add(
    "it-non-proseguire",
    "decline",
    None,
    "en",
    "outlook-web-it",
    "Buongiorno,\n\nvi ringrazio, ma ho deciso di non proseguire con la selezione.\n\nCordiali saluti,\nGiulia Romano",
    name="Giulia Romano",
    addr="giulia.romano@outlook.it",
)
add(
    "nl-zaterdag",
    "confirm",
    3,
    "en",
    "gmail-web-nl",
    "Hoi,\n\nzaterdag om 10:00 past mij het beste.\n\nGroetjes,\nSanne de Vries",
    name="Sanne de Vries",
    addr="sanne.devries@gmail.com",
)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = ["file\tintent\tslot\tlang\tclient\tformat\tbatch"]
    seen: set[str] = set()
    for r in REPLIES:
        raw, fmt = build(r)
        fname = f"{r.slug}.eml"
        assert fname not in seen, fname
        seen.add(fname)
        (HERE / fname).write_bytes(raw)
        rows.append(f"{fname}\t{r.intent}\t{r.slot or ''}\t{r.lang}\t{r.client}\t{fmt}\t{BATCH}")
    (HERE / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(REPLIES)} replies to {HERE}")


if __name__ == "__main__":
    main()
