# ruff: noqa: E501
"""Write the blind6 batch: `python -m tests.inbound.corpus.blind6.make` (deterministic: fixed dates, ids, people).

One realistic week of the HR inbox for the 电商客服专员 re-interview (and the London support desk): each reply
below is one person, written as they write, sent by the client they use (clients.py), labelled with what a
careful HR person reads (evaluate.py's rules: confirm + option, decline, reschedule, question, unclear,
automated).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

from tests.inbound.corpus.blind6.clients import Reply, build, family

HERE = Path(__file__).parent
BATCH = "blind6"
REPLIES: list[Reply] = []

SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"), ("罗", "luo"), ("高", "gao"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng")]
GIVEN = [("雨婷", "yuting"), ("志强", "zhiqiang"), ("佳怡", "jiayi"), ("浩然", "haoran"), ("晓燕", "xiaoyan"), ("子涵", "zihan"), ("敏", "min"), ("思远", "siyuan"), ("静", "jing"), ("俊杰", "junjie"), ("梦琪", "mengqi"), ("宇航", "yuhang"), ("欣怡", "xinyi"), ("磊", "lei"), ("婉清", "wanqing"), ("建华", "jianhua"), ("诗涵", "shihan"), ("鹏", "peng"), ("慧敏", "huimin"), ("天宇", "tianyu"), ("丽娟", "lijuan"), ("博文", "bowen"), ("雪", "xue"), ("家豪", "jiahao"), ("春燕", "chunyan"), ("一鸣", "yiming"), ("倩", "qian"), ("明轩", "mingxuan"), ("秀英", "xiuying"), ("文博", "wenbo"), ("琳", "lin"), ("凯", "kai"), ("若曦", "ruoxi"), ("国庆", "guoqing"), ("亚楠", "yanan"), ("晨", "chen"), ("玉兰", "yulan"), ("子轩", "zixuan"), ("嘉欣", "jiaxin"), ("海涛", "haitao"), ("颖", "ying")]
FIRST = ["Olivia", "James", "Amelia", "Harry", "Priya", "Tom", "Chloe", "Daniel", "Sophie", "Mohammed", "Grace", "Liam", "Emily", "Jack", "Aisha", "Ryan", "Hannah", "Callum", "Zara", "Ben", "Megan", "Oliver", "Jade", "Kwame", "Lucy", "Nathan", "Ellie", "Sam", "Isla", "Marcus"]
LAST = ["Taylor", "Patel", "Hughes", "Evans", "Khan", "Wilson", "Roberts", "Walker", "Wright", "Thompson", "Green", "Hall", "Clarke", "Lewis", "Ahmed", "Morgan", "Turner", "Cooper", "Ward", "Owusu", "Bennett", "Price", "Murphy", "Kelly", "Shaw"]
COMPANY = ["hzxingchen.com", "szlanhai.cn", "bjyunfan.com", "shmingde.com.cn", "gzhuamei.cn", "cdtianfu-tech.com", "whguanggu.net", "njjinling.cn"]
UK_COMPANY = ["brightdesk.co.uk", "northgate-retail.co.uk", "harbourlogistics.com", "mapleleisure.co.uk"]

_used: set[str] = set()


def person(i: int, lang: str, client: str) -> tuple[str, str]:
    h = int(hashlib.sha1(f"{i}{client}".encode()).hexdigest(), 16)
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
    dom = {"gmail-web": "gmail.com", "gmail-android": "gmail.com", "gmail-ios": "gmail.com", "outlook-web": "outlook.com", "outlook-ios": "hotmail.co.uk", "outlook-android": "outlook.com", "apple-iphone": "icloud.com", "apple-mac": "me.com", "yahoo": "yahoo.co.uk", "samsung": "gmail.com", "thunderbird": "btinternet.com"}.get(fam, UK_COMPANY[h % len(UK_COMPANY)])
    local = [f"{f.lower()}.{last.lower()}", f"{f.lower()}{last.lower()[0]}{h % 100}", f"{f[0].lower()}{last.lower()}"][h % 3]
    return f"{f} {last}", f"{local}@{dom}"


def when(i: int, lang: str, reminder: bool) -> str:
    """Replies arrive from Fri 27 Nov (invitation) to Mon 30 Nov; reminder answers from Sat 28 Nov."""
    h = int(hashlib.sha1(f"t{i}".encode()).hexdigest(), 16)
    if lang == "zh":
        tz = timezone(timedelta(hours=8))
        start = datetime(2026, 11, 28 if reminder else 27, 10, 20, tzinfo=tz)
        span = (2 if reminder else 3) * 24 * 60 + 7 * 60
    else:
        tz = timezone.utc
        start = datetime(2026, 11, 28 if reminder else 27, 9, 25, tzinfo=tz)
        span = (1 if reminder else 2) * 24 * 60 + 23 * 60
    at = start + timedelta(minutes=h % span, seconds=h % 59)
    return format_datetime(at)


def add(slug: str, intent: str, slot: int | None, lang: str, client: str, body: str, *, name: str = "", addr: str = "", **kw: object) -> None:
    i = len(REPLIES) + 1
    if not name or not addr:
        n, a = person(i, lang, client)
        name, addr = name or n, addr or a
    reminder = bool(kw.get("reminder", False))
    date = str(kw.pop("date", "")) or when(i, lang, reminder)
    REPLIES.append(Reply(slug=f"r{i:03d}-{lang}-{client}-{slug}", intent=intent, slot=slot, lang=lang, client=client, body=body, name=name, addr=addr, date=date, **kw))  # type: ignore[arg-type]


# ====================================================================== replies to the Chinese invitation, part 1

add("haode-queren", "confirm", None, "zh", "qq-web", "好的，确认参加，谢谢！")
add("queren-zhunshi", "confirm", None, "zh", "163-web", "您好，我确认参加12月3日下午两点的面试，会准时到。谢谢给我这次机会！\n\n王雨婷", name="王雨婷", addr="wangyuting0412@163.com")
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
add("yi-ruzhi", "decline", None, "zh", "126-web", "您好，感谢贵公司的邀请。我目前已经入职了另一家公司，就不参加这次面试了，祝贵公司招聘顺利。")
add("laojia-12hao-yihou", "reschedule", None, "zh", "qq-card", "你好，这三个时间我都在老家，下周回上海，能不能约到12号以后？")
add("wen-ruanjian-zuopin", "question", None, "zh", "foxmail", "请问线上面试的话需要提前安装什么软件吗？还有作品是要打印出来还是电子版就行？")
add("5hao-xianxia", "confirm", 3, "zh", "wework", "12月5号上午10点可以，到时候线下过去。")
add("kan-shijian-zai-hui", "unclear", None, "zh", "gmail-web-zh", "收到，我看一下排班再回复您")
add("zhousi-zoubukai-zhouwu", "confirm", 2, "zh", "exmail", "HR您好，周四我这边走不开，周五下午两点可以。\n\n林晓燕\n市场部", name="林晓燕", addr="linxiaoyan@hzxingchen.com")
add("buheshi-suanle", "decline", None, "zh", "dingtalk", "考虑了一下，觉得这个岗位不太适合我，这次就算了，谢谢。")
add("xiazhou-yi-er", "reschedule", None, "zh", "feishu", "你好，请问可以改到下周一或者下周二下午吗？这周我都在外地参加公司培训。")
add("fangan-typo-2", "confirm", 2, "zh", "apple-iphone-zh", "好的，我选择方按2，周五下午")
add("queren-wen-louceng", "confirm", None, "zh", "qq-web", "确认参加周四的面试。另外想问一下，漕溪北路1号是哪个门进去呀？需要提前多久到？")
add("2-haishi-3-xiangxiang", "unclear", None, "zh", "163-web", "第二个还是第三个呢…我想想，周五的话可能要请假，周六又要陪孩子上课")
add("dushu-bu-qu", "decline", None, "zh", "mailmaster", "谢谢你们还记得我，不过我已经决定继续读研了，面试就不去了哈")
add("zhouliu-10dian-ok", "confirm", 3, "zh", "qq-app-android-zh", "周六10点 ok")
add("1-gai-16dian", "reschedule", None, "zh", "alimail", "您好，3号下午两点我要开会，当天能不能改成16:00以后？其他两天都不在上海。")
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
add("deng-offer", "unclear", None, "zh", "apple-iphone-zh", "我可能要晚几天才能确定，最近在等另一家的offer结果，到时候再跟您说可以吗")
add("queren-tanhao", "confirm", None, "zh", "samsung-zh", "确认！")
add("reminder-zhouwu", "confirm", 2, "zh", "qq-card", "不好意思才看到邮件，周五下午可以", reminder=True)
add("fangqi-formal", "decline", None, "zh", "foxmail", "本人因个人原因，决定放弃本次重新面试机会。感谢贵司！", sig="郑梦琪\n2026-11-28")
add("7hao-zhihou", "reschedule", None, "zh", "gmail-android-zh", "不好意思，12月3-5号我刚好在外地考试，7号之后任意一天都可以。")
add("tongshi-zhuyuan", "unclear", None, "zh", "wework", "你好，我是刘洋的同事，她这几天住院了，手机不方便看邮件，等她出院了我让她自己跟你们联系。", name="孙鹏", addr="sunpeng@gzhuamei.cn")
add("4hao-keyi", "confirm", 2, "zh", "163-web", "12月4日可以参加。")
add("wen-zai-shenqing", "question", None, "zh", "exmail", "我想问一下，这次重新面试如果还是没通过，以后还能再申请这个岗位吗？")
add("zhousi-jian", "confirm", None, "zh", "outlook-desktop-zh", "好的，没问题，周四下午2点见。", sig="Best regards\n徐俊杰")
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
add("queren-ranhou-buxing", "unclear", None, "zh", "126-web", "确认参加。\n\n啊不对，刚看了下日历，周四要去医院复查，那天去不了……")
add("tw-fangan2", "confirm", 2, "zh", "gmail-web-tw", "您好，我選擇方案2，12月4日週五下午兩點，謝謝。")
add("shoudao-zhunshi", "confirm", None, "zh", "huawei", "好的收到，准时参加")
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
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Thread-Topic": "重新面试邀请：电商客服专员"},
    shape="html",
)
add("wanshang-7dian", "reschedule", None, "zh", "alimail", "这几个时间都不太合适，我白天在门店上班，只有晚上有空，晚上7点以后可以吗？")


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
