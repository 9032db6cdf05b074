"""An HR team's inbox on a Monday: the candidates' replies to the re-interview invitation, with labels.

Each entry is what one candidate typed (their words only); `clients.py` wraps it the way their mail client does.
Labels are what a careful HR person reads in the candidate's own words (see README.md).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from .clients import INVITE_AT, OFFSET, Reply, rng_for

# -- senders ------------------------------------------------------------------------------------------------------

ZH_DOMAINS_CORP = [
    "sh-meiyuan.com.cn",
    "hzbaixing.com",
    "jxlogistics.cn",
    "yunfan-tech.com",
    "greentea-retail.cn",
    "dongfang-ec.com",
]


def _h(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16)


def zh_addr(client: str, handle: str, key: str) -> str:
    n = _h(key)
    if client in ("qq", "qq_card", "qq_app", "qq_card_en") or (client == "auto" and handle.startswith("qq")):
        if n % 4 == 0:
            return f"{handle}@qq.com"
        return f"{n % 2_000_000_000 + 300_000_000}@qq.com"
    if client in ("mm", "mm_en", "netease", "netease_text"):
        dom = ["163.com", "163.com", "126.com", "163.com", "yeah.net"][n % 5]
        return f"{handle}{n % 90 + 10 if n % 3 else ''}@{dom}"
    if client == "foxmail":
        return f"{handle}@foxmail.com"
    if client == "outlook":
        return f"{handle}@{ZH_DOMAINS_CORP[n % len(ZH_DOMAINS_CORP)]}"
    if client in ("owa", "olmobile"):
        return f"{handle}{n % 900 + 100}@{['outlook.com', 'hotmail.com', 'live.cn'][n % 3]}"
    if client == "gmail":
        return f"{handle}.{n % 90 + 10}@gmail.com"
    if client == "iphone":
        return [f"{handle}@icloud.com", f"{handle}{n % 90 + 10}@163.com", f"{n % 900_000_000 + 100_000_000}@qq.com"][
            n % 3
        ]
    if client == "mac":
        return f"{handle}@icloud.com"
    if client in ("yahoo", "yahoo_app"):
        return f"{handle}@yahoo.com"
    return f"{handle}@example.cn"


def en_addr(client: str, name: str, key: str, loc: str = "en-gb") -> str:
    n = _h(key)
    parts = [p for p in name.lower().replace("'", "").split() if p.isascii()]
    first, last = (parts + ["x", "x"])[:2] if parts else ("cand", str(n % 1000))
    if client == "gmail":
        return [f"{first}.{last}@gmail.com", f"{first}{last}{n % 90 + 10}@gmail.com", f"{first[0]}{last}@gmail.com"][
            n % 3
        ]
    if client in ("outlook",):
        if loc == "de":
            return f"{first}.{last}@kessler-consulting.de"
        if loc == "fr":
            return f"{first}.{last}@atelier-moreau.fr"
        return f"{first}.{last}@{['brookfield-logistics.co.uk', 'northgate-services.com', 'harbourview.ie'][n % 3]}"
    if client in ("owa", "olmobile"):
        return f"{first}.{last}{n % 90 + 10}@{['outlook.com', 'hotmail.co.uk', 'live.com'][n % 3]}"
    if client in ("iphone", "mac"):
        return f"{first}{last}@{['icloud.com', 'me.com', 'icloud.com'][n % 3]}"
    if client in ("yahoo", "yahoo_app"):
        return f"{first}_{last}{n % 90 + 10}@yahoo.com"
    return f"{first}.{last}@mail.example.net"


# -- when they wrote ----------------------------------------------------------------------------------------------


def _when(key: str, loc: str, automated: bool) -> datetime:
    r = rng_for(key, "when")
    if automated:
        return (INVITE_AT + timedelta(seconds=r.randrange(4, 95))).astimezone(timezone(timedelta(hours=OFFSET[loc])))
    tz = timezone(timedelta(hours=OFFSET[loc]))
    x = r.random()
    if x < 0.08:
        day, lo, hi = 27, 11 * 60, 23 * 60 + 50
    elif x < 0.22:
        day, lo, hi = 28, 8 * 60, 23 * 60 + 30
    elif x < 0.40:
        day, lo, hi = 29, 9 * 60, 23 * 60 + 55
    elif x < 0.48:
        day, lo, hi = 30, 20, 2 * 60 + 30
    else:
        day, lo, hi = 30, 7 * 60 + 10, 12 * 60 + 40
    m = r.randrange(lo, hi)
    return datetime(2026, 11, day, m // 60, m % 60, r.randrange(60), tzinfo=tz)


# -- the replies --------------------------------------------------------------------------------------------------

REPLIES: list[Reply] = []


def R(client, lang, intent, slot, text, name, handle=None, loc=None, **kw):
    key = f"b18_{len(REPLIES) + 1:03d}"
    if loc is None:
        loc = "zh" if lang == "zh" and client not in ("mm_en", "qq_card_en") else ("zh" if lang == "zh" else "en-gb")
    if "addr" in kw:
        address = kw.pop("addr")
    elif handle is not None:
        address = zh_addr(client, handle, key)
    else:
        address = en_addr(client, name, key, loc)
    opts = kw.pop("opts", {})
    for k in (
        "app",
        "plain",
        "old_attr",
        "wechat",
        "card",
        "old",
        "charset",
        "logo",
        "attach",
        "style",
        "lead",
        "ios",
        "mailer",
    ):
        if k in kw:
            opts[k] = kw.pop(k)
    rep = Reply(
        key=key,
        lang=lang,
        client=client,
        loc=loc,
        intent=intent,
        slot=slot,
        text=text,
        name=name,
        addr=address,
        opts=opts,
        **kw,
    )
    rep.when = _when(key, loc, intent == "automated")
    REPLIES.append(rep)
    return rep


WX = "- - - - - - - - - - - - - - -"

# =================================================================================================================
# Replies to the Chinese invitation
# =================================================================================================================

# --- confirm, option 1 (the proposed Thursday) ---
R("mm", "zh", "confirm", None, "确认", "李娜", "lina")
R("qq", "zh", "confirm", None, "确认，谢谢！", "王磊", "wanglei")
R("iphone", "zh", "confirm", None, "确认参加，谢谢给的机会", "陈思远", "chensiyuan")
R("foxmail", "zh", "confirm", None, "好的，确认方案1，周四下午两点准时到。", "张伟", "zhangwei1993")
R("qq_app", "zh", "confirm", None, "1", "杨雪", "yangxue")
R("netease", "zh", "confirm", None, "方案1", "赵敏", "zhaomin")
R("mm", "zh", "confirm", None, "选1", "黄佳怡", "huangjiayi", sig="发自网易邮箱大师")
R(
    "outlook",
    "zh",
    "confirm",
    None,
    "您好，\n\n我选择方案一，12月3日下午2点。谢谢！\n\n王志刚\n138 1762 4490",
    "王志刚",
    "wang.zhigang",
    charset="gb2312*",
)
R("qq_card", "zh", "confirm", None, "周四下午可以的，我会准时参加。", "周杰", "zhoujie")
R("gmail", "zh", "confirm", None, "12月3号下午两点没问题，到时候线下过去。", "吴婷", "wuting")
R("netease", "zh", "confirm", None, "确认。请问线上和线下都可以吗？我打算线下去。", "徐明", "xuming")
R(
    "mac",
    "zh",
    "confirm",
    None,
    "您好！\n\n收到邀请非常感谢，我确认参加12月3日（周四）14:00的面试，会提前十分钟到。\n\n祝好\n孙悦",
    "孙悦",
    "sunyue",
)
R("qq", "zh", "confirm", None, "就按建议的时间吧，周四14点。", "马超", "machao", quote="none")
R(
    "iphone",
    "zh",
    "confirm",
    None,
    f"「Example HR 招聘：方案 1（建议时间）：2026年12月3日 周四 14:00–15:00」\n{WX}\n这个可以",
    "朱丽",
    "zhuli",
    quote="none",
    wechat=True,
)
R("mm", "zh", "confirm", None, "周五我要上班，周四下午可以", "胡斌", "hubin")
R("qq", "zh", "confirm", None, "2和3都不太方便，1可以", "郭晓", "guoxiao")
R("foxmail", "zh", "confirm", None, "确认！另外想问一下作品是带纸质的还是带笔记本电脑过去展示？", "何静", "hejing")
R("owa", "zh", "confirm", None, "确认参加。身份证复印件和培训测评报告我会提前准备好。", "高翔", "gaoxiang")
R("qq_card", "zh", "confirm", None, "好的，我确认参加周四（12月3日）下午的面试。", "林晨", "linchen")
R(
    "mm",
    "zh",
    "confirm",
    None,
    "您好，\n首先非常感谢贵公司再给我一次机会。上次AI面试的时候家里网络不太好，中间断了两次，有几道题没有发挥好，"
    "心里一直挺遗憾的，这次我一定好好准备。\n时间的话就按你们建议的周四下午两点，我会准时参加，培训课程我这两天也会抽时间看完。\n"
    "再次感谢！\n罗丹",
    "罗丹",
    "luodan",
    card=True,
)
R("gmail", "zh", "confirm", None, "确认 方案1 12.3 14:00", "梁宇", "liangyu", app=True)
R("iphone", "zh", "confirm", None, "收到，确认参加。", "宋佳", "songjia")
R("netease", "zh", "confirm", None, "第一个时间可以", "郑凯", "zhengkai")
R("qq", "zh", "confirm", None, "没问题，周四见", "谢雨", "xieyu")
R("mm_en", "zh", "confirm", None, "确认，谢谢", "韩梅", "hanmei")
R(
    "qq",
    "zh",
    "confirm",
    None,
    "确认参加，身份证复印件先发您，原件面试当天带过去。",
    "唐磊",
    "tanglei",
    attach="身份证复印件.jpg",
)

# --- confirm, option 2 (Friday) ---
R("qq", "zh", "confirm", 2, "2", "冯雪", "fengxue")
R("mm", "zh", "confirm", 2, "选2", "于洋", "yuyang")
R("netease", "zh", "confirm", 2, "方案2", "董琳", "donglin")
R("qq_app", "zh", "confirm", 2, "方案二，谢谢", "萧然", "xiaoran")
R("iphone", "zh", "confirm", 2, "周五下午可以", "程浩", "chenghao")
R("outlook", "zh", "confirm", 2, "您好：\n\n我选12月4日周五下午两点。\n\n谢谢！\n刘洋", "刘洋", "liuyang")
R("foxmail", "zh", "confirm", 2, "您好，周四我有课，周五下午可以，就方案2吧。", "曹颖", "caoying")
R("gmail", "zh", "confirm", 2, "2，线上参加可以吗？", "袁野", "yuanye")
R("qq_card", "zh", "confirm", 2, "您好，方案2可以，谢谢！", "邓超", "dengchao")
R("mm", "zh", "confirm", 2, "4号下午两点可以", "许晴", "xuqing", quote="none")
R("qq", "zh", "confirm", 2, "周五14:00", "傅强", "fuqiang")
R(
    "qq_app",
    "zh",
    "confirm",
    2,
    f"「Example HR 招聘：方案 2：2026年12月4日 周五 14:00–15:00」\n{WX}\n就这个吧",
    "沈蕾",
    "shenlei",
    wechat=True,
)
R("mac", "zh", "confirm", 2, "第二个时间比较合适，周五下午见。", "曾伟", "zengwei")
R("netease", "zh", "confirm", 2, "周四不行，周五可以", "彭博", "pengbo")
R(
    "qq",
    "zh",
    "confirm",
    2,
    "确认方案1。\n\n不好意思，刚看了下日程周四下午有安排，改成方案2吧，麻烦了。",
    "吕芳",
    "lvfang",
)
R(
    "owa",
    "zh",
    "confirm",
    2,
    "HR您好，我选择方案二（12月4日 周五 14:00–15:00），另外请问需要带纸质简历吗？",
    "苏航",
    "suhang",
)
R("mm_en", "zh", "confirm", 2, "方案2，周五下午2点，线下。", "卢佳", "lujia")
R(
    "iphone",
    "zh",
    "confirm",
    2,
    f"「招聘小助手：面试时间\n方案 1（建议时间）：2026年12月3日 周四 14:00–15:00\n方案 2：2026年12月4日 周五 14:00–15:00\n"
    f"方案 3：2026年12月5日 周六 10:00–11:00」\n{WX}\n第二个",
    "蒋涛",
    "jiangtao",
    wechat=True,
)

# --- confirm, option 3 (Saturday morning) ---
R("qq", "zh", "confirm", 3, "3", "蔡琴", "caiqin")
R("mm", "zh", "confirm", 3, "选3，谢谢", "贾明", "jiaming", quote="none")
R("netease", "zh", "confirm", 3, "方案三", "丁宁", "dingning")
R("iphone", "zh", "confirm", 3, "周六上午可以", "魏然", "weiran", quote="none")
R("foxmail", "zh", "confirm", 3, "工作日都要上班，周六上午10点可以，我选方案3。", "薛峰", "xuefeng", charset="gb2312*")
R("qq_card", "zh", "confirm", 3, "12月5号上午十点", "叶子", "yezi")
R("gmail", "zh", "confirm", 3, "周六上午10点，我线上参加。", "阎蕊", "yanrui", app=True, old_attr=True)
R("qq_app", "zh", "confirm", 3, "方案3 谢谢", "余波", "yubo")
R("mm", "zh", "confirm", 3, "您好，我在外地，周六才能回上海，就选周六上午那场吧。", "潘婷", "panting")
R("qq", "zh", "confirm", 3, "10点那个", "杜鹃", "dujuan")
R(
    "outlook",
    "zh",
    "confirm",
    3,
    "周六上午（方案3）可以，谢谢安排。\n\n戴军\n采购部 | 上海美缘贸易有限公司\n电话：021-6432 8810",
    "戴军",
    "daijun",
    logo=True,
    charset="gb2312*",
)
R(
    "netease",
    "zh",
    "confirm",
    3,
    "你好！我目前还在职，平时请假比较麻烦，周四周五都走不开，周六上午的话完全没问题。就定方案3吧。\n顺便问下面试大概多久出结果？",
    "夏雨",
    "xiayu",
)
R("gmail", "zh", "confirm", 3, "3，确认", "钟琪", "zhongqi", app=True)
R(
    "iphone",
    "zh",
    "confirm",
    3,
    f"「Example HR 招聘：方案 3：2026年12月5日 周六 10:00–11:00」\n{WX}\n选这个，谢谢",
    "汪洋",
    "wangyang",
    wechat=True,
)
R("mm_en", "zh", "confirm", 3, "周六早上10点，我准时到。", "田甜", "tiantian")

# --- decline ---
R("qq", "zh", "decline", None, "放弃", "任杰", "renjie")
R("mm", "zh", "decline", None, "不好意思，我已经接受了其他公司的offer，这次就不参加了，谢谢。", "姜文", "jiangwen")
R("iphone", "zh", "decline", None, "放弃，谢谢", "范冰", "fanbing")
R(
    "outlook",
    "zh",
    "decline",
    None,
    "您好，\n\n考虑了一下，我决定放弃这次重新面试的机会，感谢贵司的安排。\n\n此致\n敬礼\n\n方圆",
    "方圆",
    "fangyuan",
    old=True,
    charset="gb2312*",
)
R(
    "netease",
    "zh",
    "decline",
    None,
    "家里有事已经回老家了，短期内不会回上海，这次面试就不参加了，抱歉。",
    "石磊",
    "shilei",
)
R("qq_card", "zh", "decline", None, "不参加了", "姚瑶", "yaoyao")
R("foxmail", "zh", "decline", None, "谢谢，不用了，我已经入职别的公司了。", "谭晶", "tanjing")
R(
    "gmail",
    "zh",
    "decline",
    None,
    "三个时间我都不行，而且想了想这个岗位可能不太适合我，就不去了。谢谢。",
    "廖凡",
    "liaofan",
)

# --- reschedule ---
R("qq", "zh", "reschedule", None, "改期，下周一或周二下午可以吗？", "邹静", "zoujing")
R("mm", "zh", "reschedule", None, "改期，12月7日以后都可以", "熊伟", "xiongwei")
R(
    "netease",
    "zh",
    "reschedule",
    None,
    "您好，这三个时间我都要上班，能否安排在晚上7点以后？",
    "金鑫",
    "jinxin",
    quote="none",
)
R("iphone", "zh", "reschedule", None, "周四周五周六都不行，可以下周吗？", "陆毅", "luyi")
R("qq_card", "zh", "reschedule", None, "改期。我12月10号之后才有空。", "郝蕾", "haolei")
R("foxmail", "zh", "reschedule", None, "能不能改到周四上午？", "孔明", "kongming")
R("qq", "zh", "reschedule", None, "周五下午4点可以吗？", "白雪", "baixue")
R("mm", "zh", "reschedule", None, "方案都不合适，周日可以吗？", "崔健", "cuijian")
R("outlook", "zh", "reschedule", None, "改期，12月8日（周二）下午\n\n康宁", "康宁", "kangning")
R("owa", "zh", "reschedule", None, "您好，我下周出差，能否改到12月14日那一周？任意一天下午都行。", "邱实", "qiushi")
R("gmail", "zh", "reschedule", None, "可以线上吗？时间的话周三下午比较方便。", "秦岚", "qinlan")
R(
    "qq_app",
    "zh",
    "reschedule",
    None,
    "不好意思，周四那天要考试，周五周六也在外地，麻烦帮忙改个时间，下周任何时间都可以。",
    "史航",
    "shihang",
)
R(
    "netease_text",
    "zh",
    "reschedule",
    None,
    "周六11点开始可以吗？10点赶不过去",
    "顾北",
    "gubei",
    quote="inline",
    anchor="方案 3：2026年12月5日",
    lead="HR您好，写在下面了",
)

# --- question ---
R(
    "qq",
    "zh",
    "question",
    None,
    "请问可以线上面试吗？",
    "侯勇",
    "houyong",
    quote="none",
    refs=False,
    subject="关于重新面试",
)
R("mm", "zh", "question", None, "您好，请问重新面试的题目和上次一样吗？", "邵兵", "shaobing")
R("netease", "zh", "question", None, "请问培训课程在哪里看？没有收到链接。", "孟丽", "mengli")
R("iphone", "zh", "question", None, "面试是在漕溪北路那个地址吗？需要提前预约访客吗？", "龙飞", "longfei")
R("qq_card", "zh", "question", None, "请问培训测评报告在哪里下载？我还没做测评。", "万千", "wanqian")
R("foxmail", "zh", "question", None, "请问方案3周六那天是线下还是线上？", "段誉", "duanyu")
R("gmail", "zh", "question", None, "作品（portfolio）具体指什么？客服岗也需要作品吗？", "雷鸣", "leiming")
R(
    "outlook",
    "zh",
    "question",
    None,
    "您好，\n\n这次重新面试如果还是没通过，还会有下一次机会吗？\n\n钱程",
    "钱程",
    "qiancheng",
)

# --- unclear ---
R("qq", "zh", "unclear", None, "好的", "汤圆", "tangyuan", quote="none")
R("mm", "zh", "unclear", None, "收到", "尹正", "yinzheng", sig="发自网易邮箱大师")
R("iphone", "zh", "unclear", None, "都可以", "黎明", "liming")
R("netease", "zh", "unclear", None, "周四或者周五都行，看你们安排。", "易峰", "yifeng")
R("qq_app", "zh", "unclear", None, "14:00", "常青", "changqing")
R("qq", "zh", "unclear", None, "选3号吧", "武亮", "wuliang")
R("mm", "zh", "unclear", None, "我再考虑一下，明天回复您。", "乔治", "qiaozhi")
R("qq_card", "zh", "unclear", None, "下午的都可以", "贺岁", "hesui")
R("gmail", "zh", "unclear", None, "周四吧。哦不对，周四我好像有事，我确认一下再回复你", "赖宁", "laining", app=True)
R("foxmail", "zh", "unclear", None, "1或者2", "龚玥", "gongyue")
R("netease", "zh", "unclear", None, "确认方案2，周四下午见", "文静", "wenjing")
R("iphone", "zh", "unclear", None, "好的👌", "毛毛", "maomao")
R(
    "mm",
    "zh",
    "unclear",
    None,
    "您好，非常感谢。我现在还在职，周四周五请假要跟领导申请，周六的话要看孩子有没有人带，我先问一下家里，尽量这两天给您答复。",
    "白露",
    "bailu",
)

# --- automated (no Auto-Submitted / RFC 3834 headers) ---
R(
    "auto",
    "zh",
    "automated",
    None,
    "这是来自QQ邮箱的假期自动回复邮件。\n \n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。",
    "崔浩",
    "qqcuih",
    style="qq",
    subject="自动回复: 【重新面试邀请】电商客服专员",
    addr="1048837261@qq.com",
)
R(
    "auto",
    "zh",
    "automated",
    None,
    "您好！\n\n本人12月1日至12月6日休假中，期间不便查看邮件，如有急事请致电 139 0172 5536。\n\n谢谢！",
    "侯佳",
    style="outlook",
    subject="自动答复: 【重新面试邀请】电商客服专员",
    addr="houjia@yunfan-tech.com",
)
R(
    "auto",
    "zh",
    "automated",
    None,
    "【自动回复】您好，您的邮件已收到，我会尽快处理，谢谢！",
    "沈冰",
    style="coremail",
    subject="【自动回复】Re:【重新面试邀请】电商客服专员",
    addr="shenbing88@163.com",
)
R(
    "auto",
    "zh",
    "automated",
    None,
    "您好，本人已于2026年10月离职，此邮箱将停止使用。\n工作相关事宜请联系 service@greentea-retail.cn，个人事宜请发送至 lh_2019@163.com。\n"
    "\n（本邮件为系统自动回复，请勿回复）",
    "刘航",
    style="plain",
    subject="休假中/已离职 自动回复",
    addr="liuhang@greentea-retail.cn",
    mailer="Coremail Webmail Server Version XT5.0.13",
)
R(
    "auto",
    "zh",
    "automated",
    None,
    "Thank you for your email. I am out of the office until 7 December with limited access to email.\n"
    "For urgent matters please contact my colleague at ops@jxlogistics.cn.\n\n"
    "感谢来信。本人12月7日前不在办公室，邮件回复可能延迟。",
    "Gao Fei",
    loc="zh",
    style="outlook",
    subject="Automatic reply: 【重新面试邀请】电商客服专员",
    addr="gao.fei@jxlogistics.cn",
)
R(
    "auto",
    "zh",
    "automated",
    None,
    "您好，我已收到您的邮件，会在工作时间尽快回复。此为自动回复。",
    "罗琳",
    style="qq",
    subject="【自动回复】回复：【重新面试邀请】电商客服专员",
    addr="luolin_hr@qq.com",
)

# =================================================================================================================
# Replies to the English invitation
# =================================================================================================================

# --- confirm, option 1 ---
R("gmail", "en", "confirm", None, "Confirm", "Maya Patel", loc="en-gb")
R("iphone", "en", "confirm", None, "confirm", "Olivia Turner", loc="en-gb")
R(
    "outlook",
    "en",
    "confirm",
    None,
    "Hi,\n\nConfirmed, thank you!\n\nBest regards,\nDaniel Brooks",
    "Daniel Brooks",
    loc="en-gb",
)
R(
    "gmail",
    "en",
    "confirm",
    None,
    "Thursday works for me. See you then.\n\nJames",
    "James Whitaker",
    loc="en",
    quote="none",
)
R("owa", "en", "confirm", None, "Option 1 is fine.", "Sophie Clarke", loc="en-gb")
R("yahoo", "en", "confirm", None, "1", "Ryan O'Connor", loc="en-gb")
R(
    "mac",
    "en",
    "confirm",
    None,
    "Hi,\n\nI confirm option 1 (Thu 3 Dec, 14:00). Thanks for the second chance!\n\nKind regards,\nTom Ellison",
    "Tom Ellison",
    loc="en-gb",
)
R("gmail", "en", "confirm", None, "Yes, Thursday at 2pm is fine.", "Hannah Lewis", loc="en-gb", app=True)
R("outlook", "en", "confirm", None, "Confirm - will I get a calendar invite?", "Ben Carter", loc="en-gb")
R("iphone", "en", "confirm", None, "Thursday 3rd works. I'll join online if that's ok.", "Chloe Adams", loc="en-gb")
R(
    "gmail",
    "en",
    "confirm",
    None,
    "Bestätigt, Donnerstag 14 Uhr passt.\n\nViele Grüße\nJonas Weber",
    "Jonas Weber",
    loc="de",
)
R(
    "outlook",
    "en",
    "confirm",
    None,
    "Bonjour,\n\nJe confirme le créneau du jeudi 3 décembre à 14h.\n\nMerci et bonne journée,\nCamille Laurent",
    "Camille Laurent",
    loc="fr",
)
R(
    "gmail",
    "en",
    "confirm",
    None,
    "Hello,\n\nThank you so much for reaching out again. I was really disappointed with how the first interview went - "
    "my laptop crashed halfway through and I couldn't get back in - so I'm grateful for the opportunity. I'd be happy "
    "to go with the proposed time on Thursday. I'll make sure to finish the training course beforehand.\n\n"
    "Best regards,\nLiam Murphy",
    "Liam Murphy",
    loc="en",
    wrap=44,
)
R("yahoo_app", "en", "confirm", None, "Friday is tricky for me, Thursday is good.", "Grace Kim", loc="en")
R(
    "mm_en",
    "en",
    "confirm",
    None,
    "Sounds good, I'll take the proposed slot.",
    "Chen Wei",
    handle="chenwei_sz",
    loc="zh",
)
R(
    "gmail",
    "en",
    "confirm",
    None,
    "2026-12-03 14:00 works, confirmed.",
    "Zhou Yan",
    loc="zh-tw",
    old_attr=True,
    addr="zhouyan.tw@gmail.com",
)

# --- confirm, option 2 ---
R("gmail", "en", "confirm", 2, "2", "Noah Fischer", loc="en-gb")
R("outlook", "en", "confirm", 2, "Option 2 please.\n\nAisha", "Aisha Rahman", loc="en-gb")
R("iphone", "en", "confirm", 2, "Friday works.", "Ethan Cole", loc="en", quote="none")
R("owa", "en", "confirm", 2, "Friday works for me, thanks.", "Zoe Mitchell", loc="en-gb")
R("mac", "en", "confirm", 2, "I'd like option 2, Fri 4 Dec at 14:00.", "Lucas Silva", loc="en-gb")
R(
    "gmail",
    "en",
    "confirm",
    2,
    "Can't do Thursday, but Friday afternoon is fine.",
    "Mia Johansson",
    loc="en-gb",
    app=True,
)
R("yahoo", "en", "confirm", 2, "2 - thanks!", "Jack Evans", loc="en-gb")
R(
    "outlook",
    "en",
    "confirm",
    2,
    "Hi there,\n\nFri 4th 2pm please. Do I need to bring the printed portfolio or is a link ok?\n\nThanks,\nIsla",
    "Isla Robertson",
    loc="en-gb",
)
R(
    "gmail",
    "en",
    "confirm",
    2,
    "Hola,\n\nPrefiero la opción 2 (viernes 4 de diciembre). Gracias.\n\nSaludos,\nLucía Martín",
    "Lucía Martín",
    loc="es",
    addr="lucia.martin.r@gmail.com",
)
R(
    "gmail",
    "en",
    "confirm",
    2,
    "お世話になっております。\n\nオプション2（12月4日金曜日 14:00）でお願いいたします。\n\nよろしくお願いいたします。\n佐藤 健",
    "佐藤 健",
    loc="ja",
    addr="ken.sato.0712@gmail.com",
)
R("qq_card_en", "en", "confirm", 2, "Let's do Friday.", "Li Ming", handle="liming_lm", loc="zh")
R("olmobile", "en", "confirm", 2, "Fri is best", "Oscar Bennett", loc="en")
R(
    "gmail",
    "en",
    "confirm",
    2,
    "This one works for me.",
    "Freya Hughes",
    loc="en-gb",
    quote="inline",
    anchor="Option 2: Fri 4 Dec 2026",
)

# --- confirm, option 3 ---
R("iphone", "en", "confirm", 3, "3", "Harry Patel", loc="en-gb")
R("gmail", "en", "confirm", 3, "Saturday please.", "Amelia Scott", loc="en-gb")
R("outlook", "en", "confirm", 3, "Option 3 works best - I work weekdays.\n\nLeo", "Leo Martins", loc="en-gb")
R("owa", "en", "confirm", 3, "Saturday 10am is perfect.", "Ruby Ward", loc="en-gb")
R("gmail", "en", "confirm", 3, "Sat 5 Dec 10:00 confirmed", "Samuel Okafor", loc="en-gb", quote="bottom")
R(
    "gmail",
    "en",
    "confirm",
    3,
    "Добрый день!\n\nМне подходит вариант 3, суббота 5 декабря в 10:00.\n\nСпасибо,\nАнна Смирнова",
    "Анна Смирнова",
    loc="ru",
    addr="anna.smirnova.92@gmail.com",
)
R("yahoo", "en", "confirm", 3, "The 10am slot, please.", "Nina Kowalski", loc="en-gb")
R(
    "mac",
    "en",
    "confirm",
    3,
    "I'll take the Saturday slot. Is the interview in person or online?",
    "Kevin O'Neil",
    loc="en-gb",
)
R(
    "outlook",
    "en",
    "confirm",
    3,
    "Hallo,\n\nSamstag 10 Uhr wäre mir am liebsten – also Option 3.\n\nMit freundlichen Grüßen\nLena Hoffmann",
    "Lena Hoffmann",
    loc="de",
)

# --- decline ---
R("gmail", "en", "decline", None, "Decline", "Rachel Moore", loc="en-gb", quote="none")
R(
    "outlook",
    "en",
    "decline",
    None,
    "Hi,\n\nI'm going to decline - I've accepted another offer. Thanks for your time.\n\nRegards,\nPriya Nair",
    "Priya Nair",
    loc="en-gb",
)
R("iphone", "en", "decline", None, "Thanks, but I'm no longer interested in the position.", "Dylan Price", loc="en")
R("owa", "en", "decline", None, "Please withdraw my application. Thank you.", "Megan Hall", loc="en-gb")
R(
    "gmail",
    "en",
    "decline",
    None,
    "Bonjour,\n\nMerci, mais je ne souhaite plus poursuivre ma candidature.\n\nCordialement,\nThomas Girard",
    "Thomas Girard",
    loc="fr",
)
R(
    "yahoo",
    "en",
    "decline",
    None,
    "None of these work and to be honest I've decided to stay in my current role. Thanks anyway.",
    "Paul Grant",
    loc="en",
)

# --- reschedule ---
R(
    "gmail",
    "en",
    "reschedule",
    None,
    "reschedule - any weekday after 7 Dec works.",
    "Adam Wright",
    loc="en-gb",
    quote="none",
)
R("outlook", "en", "reschedule", None, "Could we do Wednesday 2 Dec instead?", "Ella Foster", loc="en-gb")
R(
    "iphone",
    "en",
    "reschedule",
    None,
    "None of those times work for me, I'm travelling until 9 Dec. Could we do the week after?",
    "Max Turner",
    loc="en",
)
R(
    "mac",
    "en",
    "reschedule",
    None,
    "Is there any chance of a morning slot on Thursday? 9-11am would be ideal.",
    "Poppy Reid",
    loc="en-gb",
)
R("gmail", "en", "reschedule", None, "Thursday at 4pm?", "Callum Shaw", loc="en-gb", app=True)
R(
    "owa",
    "en",
    "reschedule",
    None,
    "Hi,\n\nI'm based in Singapore (GMT+8), so 14:00 London is 22:00 for me. Could we do something around 09:00 London "
    "time instead, any day that week?\n\nBest,\nTan Wei Ling",
    "Tan Wei Ling",
    loc="en-sg",
)
R(
    "outlook",
    "en",
    "reschedule",
    None,
    "Guten Tag,\n\nleider passen mir alle drei Termine nicht. Wäre der 8. oder 9. Dezember möglich?\n\nViele Grüße\nMarkus Braun",
    "Markus Braun",
    loc="de",
)
R(
    "yahoo",
    "en",
    "reschedule",
    None,
    "Reschedule please. Monday 7th or Tuesday 8th, any time after 1pm.",
    "Sean Byrne",
    loc="en-gb",
)
R(
    "gmail",
    "en",
    "reschedule",
    None,
    "Friday works but only after 4pm, could it be moved to 4?",
    "Laura Bell",
    loc="en-gb",
)

# --- question ---
R(
    "gmail",
    "en",
    "question",
    None,
    "Is the interview online or in person? The address is in Shanghai but the times are London time.",
    "Jake Morgan",
    loc="en-gb",
)
R(
    "outlook",
    "en",
    "question",
    None,
    "Will the interview be with the AI system again or with a person?",
    "Evie Walsh",
    loc="en-gb",
)
R(
    "iphone",
    "en",
    "question",
    None,
    "Hi, what's the format of the training course? I can't find the link.",
    "Tyler Brooks",
    loc="en",
)
R(
    "owa",
    "en",
    "question",
    None,
    'What is the "training assessment report" - where do I get it?',
    "Holly Jenkins",
    loc="en-gb",
)
R(
    "gmail",
    "en",
    "question",
    None,
    "Do I need to bring the ID copy if I do it online?",
    "Arjun Mehta",
    loc="en-gb",
    quote="none",
    app=True,
)

# --- unclear ---
R("gmail", "en", "unclear", None, "ok", "Connor Hayes", loc="en-gb")
R("outlook", "en", "unclear", None, "Thanks, received.", "Abigail Stone", loc="en-gb")
R("iphone", "en", "unclear", None, "Any of those works for me.", "Nathan Cross", loc="en")
R("yahoo", "en", "unclear", None, "Thursday or Friday, whichever suits you.", "Lily Parker", loc="en-gb", quote="none")
R("gmail", "en", "unclear", None, "14:00 works.", "Owen Fletcher", loc="en-gb", app=True)
R("owa", "en", "unclear", None, "Let me check my calendar and get back to you.", "Georgia Lane", loc="en-gb")
R("mac", "en", "unclear", None, "Option 2 on Thursday please", "Finn Gallagher", loc="en-gb")
R(
    "gmail",
    "en",
    "unclear",
    None,
    "Probably Saturday, but I need to check whether I'm working that weekend. Will confirm tomorrow.",
    "Jessica Reed",
    loc="en-gb",
    wrap=52,
)
R("iphone", "en", "unclear", None, "Thanks! 👍", "Wang Fang", loc="en-gb", addr="fang.wang.uk@icloud.com")

# --- automated ---
R(
    "auto",
    "en",
    "automated",
    None,
    "Hello,\n\nI'm currently out of the office with limited access to email and will return on Monday 7 December.\n\n"
    "Kind regards,\nSteven Hart",
    "Steven Hart",
    loc="en-gb",
    style="outlook",
    subject="Automatic reply: Re-interview invitation: Support desk",
    addr="steven.hart@northgate-services.com",
)
R(
    "auto",
    "en",
    "automated",
    None,
    "Guten Tag,\n\nich bin bis einschließlich 4. Dezember nicht im Büro und habe nur eingeschränkten Zugriff auf meine "
    "E-Mails. In dringenden Fällen wenden Sie sich bitte an empfang@kessler-consulting.de.\n\nMit freundlichen Grüßen\n"
    "Julia Krause",
    "Julia Krause",
    loc="de",
    style="outlook",
    subject="Automatische Antwort: Re-interview invitation: Support desk",
    addr="julia.krause@kessler-consulting.de",
)
R(
    "auto",
    "en",
    "automated",
    None,
    "Thank you for your email. I am on annual leave until 8 December and will reply when I am back.\n\nSarah",
    "Sarah Quinn",
    loc="en-gb",
    style="plain",
    subject="Out of Office: Re-interview invitation: Support desk",
    addr="sarah.quinn@harbourview.ie",
    charset="us-ascii",
)
R(
    "auto",
    "en",
    "automated",
    None,
    "Hi, thanks for your message! I'm travelling with patchy signal until 6 Dec. I'll get back to you as soon as I can.",
    "Marco Rossi",
    loc="en-gb",
    style="plain",
    subject="[Auto-reply] Re: Re-interview invitation: Support desk",
    addr="marco.rossi@mail.example.net",
    charset="us-ascii",
)
