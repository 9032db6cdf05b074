# ruff: noqa: E501  (each reply is one line, as written)
"""Write the blind4 batch: `python3 -m tests.inbound.corpus.blind4.make` (writes the .eml files and manifest.tsv).

A week of replies to the re-interview invitation, as people write them and their mail clients send them. The
label is what a person reading the reply understands (evaluate.py's rules: confirm + option, no option named =
the proposed one, 1; `unclear` where a person would have to ask back).
"""

from __future__ import annotations

import csv
from pathlib import Path

from tests.inbound.corpus.blind4 import clients
from tests.inbound.corpus.blind4.clients import build

HERE = Path(__file__).resolve().parent

ZH_NAMES = [
    "王磊",
    "李娜",
    "张伟",
    "刘洋",
    "陈静",
    "杨帆",
    "赵敏",
    "黄晓明",
    "周婷",
    "吴昊",
    "徐丽",
    "孙浩",
    "马超",
    "朱琳",
    "胡斌",
    "郭佳",
    "何欣",
    "林峰",
    "高原",
    "罗薇",
]
EN_NAMES = [
    "Oliver Brown",
    "Amelia Clarke",
    "James Patel",
    "Sophie Turner",
    "Liam O'Connor",
    "Chloe Martin",
    "Noah Evans",
    "Grace Lee",
    "Ethan Wright",
    "Hannah Scott",
]
DOMAINS = {
    "qq": "qq.com",
    "163": "163.com",
    "126": "126.com",
    "foxmail": "foxmail.com",
    "gmail": "gmail.com",
    "outlook": "outlook.com",
    "apple": "icloud.com",
    "mailmaster": "163.com",
    "exmail": "company.cn",
    "aliyun": "aliyun.com",
    "dingtalk": "dingtalk.com",
    "feishu": "bytes.cn",
    "lark": "larksuite.com",
    "thunderbird": "example.org",
    "yahoo": "yahoo.com",
    "android": "139.com",
    "exchange": "corp.example.cn",
    "wechat": "icloud.com",
}
PINYIN = [
    "wanglei",
    "lina88",
    "zhangwei_sh",
    "liuyang",
    "chenjing",
    "yangfan",
    "zhaomin",
    "hxm1996",
    "zhouting",
    "wuhao",
    "xuli",
    "sunhao",
    "machao",
    "zhulin",
    "hubin",
    "guojia",
    "hexin",
    "linfeng",
    "gaoyuan",
    "luowei",
]

# (slug, lang, intent, slot, client, body[, options])
# options: sig=..., mode="bottom"|"inline"
R: list[tuple] = []


def r(slug: str, lang: str, intent: str, slot: int | None, client: str, body: str, **opt: str) -> None:
    R.append((slug, lang, intent, slot, client, body, opt))


# ------------------------------------------------------------------ Chinese: choosing an option, many wordings
r("haode-canjia", "zh", "confirm", None, "qq-classic", "好的，我参加。")
r("queren", "zh", "confirm", None, "163-web", "确认")
r("shoudao-xuan2", "zh", "confirm", 2, "gmail-web-zh", "收到，我选方案2。")
r(
    "zhouwu-liangdian",
    "zh",
    "confirm",
    2,
    "outlook-desktop-zh",
    "您好，我选择周五下午两点那个时间，谢谢！",
    sig="刘洋\n138 1234 5678",
)
r("zhouliu-keyi", "zh", "confirm", 3, "apple-iphone-zh", "周六上午可以")
r("5hao-10dian", "zh", "confirm", 3, "mailmaster-zh", "12月5号上午10点我可以到")
r("bare-2", "zh", "confirm", 2, "qq-iphone", "2")
r("bare-hao", "zh", "confirm", None, "android-huawei-zh", "好")
r("fullwidth-3", "zh", "confirm", 3, "qq-card", "３")
r("fangan-fullwidth-2", "zh", "confirm", 2, "foxmail-zh", "方案２，谢谢")
r("di-er-ge", "zh", "confirm", 2, "dingtalk", "我选第二个时间")
r("di-san-ge-ba", "zh", "confirm", 3, "126-web", "第三个吧，周六我不上班")
r("jianyi-keyi", "zh", "confirm", None, "feishu", "建议时间可以的，到时候见", sig="杨帆 | 产品运营")
r("zhunshi-dao", "zh", "confirm", None, "outlook-desktop-zh-plain", "没问题，周四下午两点准时到。")
r("contrast-45", "zh", "confirm", 2, "gmail-android-zh", "周四不行，周五可以。")
r("contrast-only-sat", "zh", "confirm", 3, "qq-classic", "周四周五都要上班，只能周六了")
r("contrast-sat-q", "zh", "confirm", 3, "163-web", "周四那天我要考试，周五下午也有课，周六上午可以吗？")
r("xuan3", "zh", "confirm", 3, "apple-iphone-zh", "我选3")
r("xuan1", "zh", "confirm", None, "exmail", "选1")
r("zhouwu-bare", "zh", "confirm", 2, "android-xiaomi-zh", "周五")
r("di-er-fangan-ba", "zh", "confirm", 2, "aliyun", "第二个方案吧")
r("14-zhouwu", "zh", "confirm", 2, "qq-card", "14:00 周五")
r("12-4-xiawu", "zh", "confirm", 2, "outlook-ios-zh", "12.4 下午")
r("3hao-keyi", "zh", "confirm", None, "gmail-web-zh", "12月3号可以")
r("queren-canjia-3", "zh", "confirm", 3, "foxmail-zh", "确认参加，方案3")
r("check-4-then-pick", "zh", "confirm", 2, "outlook-owa-zh", "我确认一下：是12月4日下午两点对吧？那我选这个")
r("online-thu", "zh", "confirm", None, "outlook-mac-zh", "您好！周四14:00可以，届时会准时参加线上面试，谢谢！")
r("zhunshi-canjia", "zh", "confirm", None, "mailmaster-zh", "好的，我准时参加")
r("thu-pm-ok", "zh", "confirm", None, "126-web", "周四下午没问题")
r("weekend-only", "zh", "confirm", 3, "qq-iphone", "我只有周末有空，周六可以")
r("fri-exam-thu", "zh", "confirm", None, "apple-mac-zh", "这周五我在考试，周四可以")
r("thu-q-pick", "zh", "confirm", None, "android-huawei-zh", "周四可以吗？我想选周四")
r("not-thu-fri", "zh", "confirm", 2, "qq-classic", "不是周四，我要选周五的")
r("5-10-pick", "zh", "confirm", 3, "gmail-ios-en", "12月5日10点的可以吗？我选这个")
r("fri-half-hour", "zh", "confirm", 2, "dingtalk", "周五14点可以，不过我4点要赶回公司开会，应该来得及吧")
r(
    "business-trip-sat",
    "zh",
    "confirm",
    3,
    "exchange-zh",
    "王经理您好：\n\n我周四和周五都在深圳出差，周六上午十点可以，届时到漕溪北路参加。\n\n谢谢！",
    sig="郭佳\n华南区 销售支持部\n电话：0755-8888 6666",
)
r("queren-canjia", "zh", "confirm", None, "163-web", "确认参加")
r("ok", "zh", "confirm", None, "gmail-android-zh", "OK")
r("keyide-xiexie", "zh", "confirm", None, "aliyun", "可以的，谢谢安排")
r("thu-ok-howlong", "zh", "confirm", None, "feishu", "周四的时间可以，顺便问一下面试大概多长时间？")
r("fri-ok-where", "zh", "confirm", 2, "qq-card", "晚上好，我看了下，周五下午两点那个可以的，到时候是线上还是去现场？")
r("enen-haode", "zh", "confirm", None, "android-xiaomi-zh", "嗯嗯好的")
r("keyi-keyi", "zh", "confirm", None, "qq-iphone", "可以可以")
r("thu14-ok", "zh", "confirm", None, "exmail", "周四14点 ok")
r("keyi", "zh", "confirm", None, "foxmail-zh", "可以")
r("haode-xiexie", "zh", "confirm", None, "apple-iphone-zh", "好的，谢谢")
r("late-10min", "zh", "confirm", None, "mailmaster-zh", "周四可以，不过可能会晚到十分钟左右，提前跟您说一声")
r("thu-whom", "zh", "confirm", None, "outlook-desktop-zh", "可以，我周四下午两点到。请问到了前台找哪位？", sig="陈静")
r("sat-dress", "zh", "confirm", 3, "gmail-web-zh", "我参加，选周六上午。另外请问需要穿正装吗？")
r("online-ok-thu", "zh", "confirm", None, "outlook-android-zh", "能否线上参加？周四可以")
r("typo-queren", "zh", "confirm", None, "qq-iphone", "确任")
r("typo-fangan", "zh", "confirm", 2, "android-huawei-zh", "方按2")
r("mixed-option2", "zh", "confirm", 2, "gmail-ios-en", "OK，我选option 2")
r("mixed-confirm", "zh", "confirm", None, "lark", "confirm一下，周四14点没问题")
r("fri-range", "zh", "confirm", 2, "thunderbird-zh", "周五的可以，14:00 到 15:00 那个")
r("emoji-fri", "zh", "confirm", 2, "apple-iphone-zh", "好的👌 周五见")
r("emoji-thumb", "zh", "confirm", None, "qq-card", "👍")
r("correction-2", "zh", "confirm", 2, "qq-classic", "刚才发错了，我选2")
r("correction-3-not-1", "zh", "confirm", 3, "163-web", "不好意思上一封写错了，应该是方案3，不是方案1")
r(
    "colleague-fri",
    "zh",
    "confirm",
    2,
    "exchange-zh",
    "您好，我是张伟的同事，他今天在外面跑客户，让我帮他回一下：周五下午可以。",
    sig="李娜\n行政部",
)
r(
    "mother-sat",
    "zh",
    "confirm",
    3,
    "126-web",
    "您好，我是黄晓明的妈妈，孩子在外地实习，手机摔坏了，他打电话让我帮忙回复：周六上午他可以去。麻烦您了。",
    name="刘秀英",
)
r("wechat-fri", "zh", "confirm", 2, "wechat", "「Re-interview：方案 2：2026年12月4日 周五 14:00–15:00」\n@@\n这个可以")
r(
    "wechat-haode",
    "zh",
    "confirm",
    None,
    "wechat",
    "「Re-interview：请直接回复本邮件：回复「确认」接受方案 1；回复「2」或「3」选择其他方案」\n@@\n好的，就第一个吧",
)
r(
    "long-story-fri",
    "zh",
    "confirm",
    2,
    "gmail-web-zh",
    "您好，\n\n收到邮件很意外也很开心。上次AI面试的时候我家里网络不好，中间断了两次，回答得很乱，一直觉得很遗憾。这段时间我又把客户投诉处理的案例看了一遍，也在现在的公司帮忙处理了一些售后问题，感觉进步挺大的。\n\n周四我要陪我爸去医院复查，实在走不开，周五下午我已经跟领导请好假了，就定周五吧。\n\n再次感谢给我这个机会！\n\n周婷",
    name="周婷",
)
r(
    "long-story-sat",
    "zh",
    "confirm",
    3,
    "qq-classic",
    "HR您好：\n\n我是上个月面试电商客服专员的吴昊。说实话收到邮件的时候我犹豫了一下，因为我现在在一家服装店做导购，平时只有周末能休息，店长也不太好请假。后来跟家里人商量了一下，觉得这个机会还是挺难得的，客服这个方向也是我一直想做的。\n\n所以我想选周六上午十点那个时间，那天我正好轮休。培训计划里的课程我这两天会抽空看完。\n\n谢谢！",
    name="吴昊",
)
r("inline-opt2", "zh", "confirm", 2, "thunderbird-zh", "", mode="inline")
r("inline-opt3", "zh", "confirm", 3, "apple-iphone-zh", "", mode="inline")
r("bottom-opt1", "zh", "confirm", None, "thunderbird-zh", "好的，我选方案1", mode="bottom")
r("bottom-sat", "zh", "confirm", 3, "gmail-web-zh", "周六上午可以", mode="bottom")
r("yes-then-bring", "zh", "confirm", None, "163-web", "好的，周四下午准时到。作品需要打印出来吗还是带电脑？")
r("sat-later-pick", "zh", "confirm", 3, "outlook-desktop-zh-plain-18030", "您好，周六的那个时间吧，谢谢。")
r("fri-either-you-decide", "zh", "confirm", None, "feishu", "周五下午不太方便，周四和周六都可以，你们定吧")
r("xing", "zh", "confirm", None, "android-xiaomi-zh", "行")
r("tw-big5-fri", "zh", "confirm", 2, "outlook-desktop-tw-plain", "您好，我選擇週五下午兩點，謝謝。", sig="林峰")
r("hk-sat", "zh", "confirm", 3, "gmail-web-tw-big5", "收到，星期六上午可以。")
r(
    "gbk-long-thu",
    "zh",
    "confirm",
    None,
    "foxmail-zh",
    "您好，谢谢通知！\n我这周四下午正好调休，就按建议的时间来吧。身份证复印件和作品我会提前准备好。",
)

# ------------------------------------------------------------------ Chinese: reschedule
r("none-next-tue", "zh", "reschedule", None, "qq-classic", "不好意思，这三个时间我都不行，下周二下午可以吗？")
r("trip-next-week", "zh", "reschedule", None, "gmail-web-zh", "能不能改到下周？这周我在外地出差。")
r("push-later", "zh", "reschedule", None, "qq-iphone", "我这周都没空，可以往后推吗")
r("gaiqi-8th", "zh", "reschedule", None, "163-web", "改期，12月8日以后都可以")
r(
    "mon-or-wed",
    "zh",
    "reschedule",
    None,
    "outlook-desktop-zh",
    "您好，想改一下时间，下周一或者下周三上午，哪个都行。麻烦了。",
)
r("thu-gone-other", "zh", "reschedule", None, "android-huawei-zh", "周四去不了了，不好意思，有别的时间吗？")
r("evening-sunday", "zh", "reschedule", None, "mailmaster-zh", "这几个时间都跟我上班冲突，能安排在晚上或者周日吗")
r("sat-afternoon", "zh", "reschedule", None, "apple-iphone-zh", "周六可以改到下午吗？上午要送孩子上兴趣班")
r("all-three-no", "zh", "reschedule", None, "dingtalk", "三个时间都不行，能换个时间吗")
r("back-10th", "zh", "reschedule", None, "aliyun", "谢谢！不过我下周才能回上海，12月10号以后可以吗")
r("gaitian", "zh", "reschedule", None, "qq-card", "有点事，改天吧")
r(
    "family-later",
    "zh",
    "reschedule",
    None,
    "foxmail-zh",
    "不好意思，最近家里老人住院，这几天都走不开，能不能等下下周再约时间？",
)
r(
    "long-story-resched",
    "zh",
    "reschedule",
    None,
    "gmail-android-zh",
    "您好！\n\n非常感谢还给我一次机会。我现在人在老家河南，家里奶奶上周摔了一跤，我请了两周假回来照顾，车票买的是12月12号回上海。这三天我肯定赶不回去了。\n\n能不能等我回上海以后再安排？14号之后哪天都可以，下午更好。\n\n给您添麻烦了，谢谢理解。",
)
r("fri-4pm", "zh", "reschedule", None, "exmail", "周五下午四点以后可以吗？两点那会儿还在上班")
r(
    "tw-big5-resched",
    "zh",
    "reschedule",
    None,
    "outlook-desktop-tw-plain",
    "不好意思，這幾個時間我都沒辦法，可以改到下週嗎？",
)
r("push-week-else-sat", "zh", "reschedule", None, "126-web", "时间能不能往后推一周？如果实在改不了的话，我就选周六吧")
r("bottom-resched", "zh", "reschedule", None, "thunderbird-zh", "这几天都在外地，下周一之后可以吗？", mode="bottom")

# ------------------------------------------------------------------ Chinese: decline
r("found-job", "zh", "decline", None, "qq-classic", "不好意思，我已经入职其他公司了，就不参加了，谢谢。")
r("fangqi", "zh", "decline", None, "163-web", "放弃")
r("not-go", "zh", "decline", None, "apple-iphone-zh", "我考虑了一下，还是不去了")
r(
    "polite-decline",
    "zh",
    "decline",
    None,
    "outlook-desktop-zh",
    "您好：\n\n谢谢贵公司给的机会，但我目前已有其他安排，这次就不参加复试了。\n\n祝工作顺利！",
    sig="赵敏",
)
r("buyongle", "zh", "decline", None, "qq-iphone", "不用了，谢谢")
r("suanle", "zh", "decline", None, "android-xiaomi-zh", "算了，不考虑了。")
r("bucanjia", "zh", "decline", None, "mailmaster-zh", "不参加了，谢谢")
r("buxiang", "zh", "decline", None, "gmail-web-zh", "我不想复试了")
r("not-looking", "zh", "decline", None, "aliyun", "我已经不找工作了，谢谢关心")
r("too-busy", "zh", "decline", None, "qq-card", "放弃吧，最近太忙了")
r("not-consider", "zh", "decline", None, "feishu", "暂时不考虑这个岗位了，抱歉")
r("remove-me", "zh", "decline", None, "foxmail-zh", "麻烦把我从名单里去掉吧，以后也不用再发了")
r("not-fit", "zh", "decline", None, "exmail", "谢谢，不过我觉得这个岗位不太适合我，就不浪费大家时间了")
r("emoji-sorry", "zh", "decline", None, "apple-iphone-zh", "🙏不好意思，去不了了，已经回老家上班了")
r("butaile", "zh", "decline", None, "qq-iphone", "不去了")
r("new-job-1st", "zh", "decline", None, "dingtalk", "我12月1号入职新公司了，这次就算了吧")
r(
    "long-decline",
    "zh",
    "decline",
    None,
    "163-web",
    "您好，\n\n非常感谢贵公司还记得我，也谢谢给我准备了培训计划，看得出来很用心。\n\n不过上周我已经拿到了另外一家公司的offer，离家也比较近，下周一就入职了。考虑再三，还是决定不参加这次复试了，希望以后还有机会合作。\n\n祝好！\n孙浩",
    name="孙浩",
)
r(
    "decline-exchange",
    "zh",
    "decline",
    None,
    "exchange-zh",
    "您好，经过慎重考虑，我决定不再参加本次重新面试，感谢理解。",
    sig="马超\n财务共享中心",
)
r("tw-decline", "zh", "decline", None, "gmail-web-tw", "謝謝通知，不過我已經決定留在現在的公司，這次就不參加了。")

# ------------------------------------------------------------------ Chinese: questions
r("q-online", "zh", "question", None, "qq-classic", "请问面试是线上还是线下？")
r("q-bring", "zh", "question", None, "163-web", "请问需要带什么材料吗？作品集是纸质版还是电子版？")
r("q-salary", "zh", "question", None, "gmail-web-zh", "请问这个岗位薪资大概多少？")
r("q-metro", "zh", "question", None, "qq-iphone", "地址在哪里？坐地铁几号线比较方便？")
r("q-online-chengdu", "zh", "question", None, "outlook-desktop-zh", "您好，我人在成都，请问可以线上参加吗？")
r("q-ai-or-human", "zh", "question", None, "mailmaster-zh", "请问这次是和上次一样的AI面试吗，还是真人面试？")
r("q-course", "zh", "question", None, "dingtalk", "培训计划里的《客户投诉处理》课程在哪里看？没找到链接")
r(
    "q-sat-same-place",
    "zh",
    "question",
    None,
    "apple-iphone-zh",
    "想问下如果选周六的话，地点也是漕溪北路那里吗？周末那边开门吗",
)
r(
    "q-long-reapply",
    "zh",
    "question",
    None,
    "feishu",
    "您好，打扰一下。\n\n我想先问一下，这次复试如果还是没通过的话，以后还能申请贵公司其他岗位吗？比如售后或者运营助理之类的。我不太想因为这一次影响以后的机会。\n\n谢谢！",
)

# ------------------------------------------------------------------ Chinese: no decision yet (a person asks back)
r("shoudao", "zh", "unclear", None, "qq-iphone", "收到")
r("shoudao-xiexie", "zh", "unclear", None, "outlook-desktop-zh", "收到，谢谢！")
r("xiexie", "zh", "unclear", None, "android-huawei-zh", "谢谢")
r("look-later", "zh", "unclear", None, "qq-card", "好的，收到，我看一下时间再回复您")
r("sunday-answer", "zh", "unclear", None, "163-web", "目前还确定不了，周日前给您答复可以吗")
r("maybe", "zh", "unclear", None, "apple-iphone-zh", "应该可以吧，我再看看")
r("maybe-not", "zh", "unclear", None, "gmail-android-zh", "可能去不了，要看公司那边请不请得了假")
r("cond-child", "zh", "unclear", None, "mailmaster-zh", "如果周六可以带孩子一起来的话我就选3，不行的话可能就去不了了")
r("wrong-mail-receipt", "zh", "unclear", None, "exchange-zh", "王经理您好，附件是我11月的报销单，请查收。", sig="何欣")
r("zaima", "zh", "unclear", None, "qq-iphone", "在吗")
r("question-mark", "zh", "unclear", None, "android-xiaomi-zh", "？")
r("ask-mom", "zh", "unclear", None, "foxmail-zh", "我得问问家里人，晚点回复你们")
r("wrong-thread-wed", "zh", "unclear", None, "aliyun", "好的，那就周三下午见，我会带上合同原件。")

# ------------------------------------------------------------------ Chinese: automated
AUTO: list[tuple] = []
AUTO.append(
    (
        "auto-zh-vacation-noheader",
        "zh",
        "qq-classic",
        "【自动回复】您好，我正在休假中，12月7日返回，期间邮件可能无法及时回复，急事请致电。",
        "自动回复: ",
        {},
    )
)
AUTO.append(
    (
        "auto-zh-header",
        "zh",
        "exmail",
        "您好，您的邮件已收到，我会尽快回复。",
        "自动回复: ",
        {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    )
)
AUTO.append(
    (
        "auto-zh-outlook",
        "zh",
        "outlook-desktop-zh",
        "我目前不在办公室，12月4日返回。如有急事请联系我的同事 gaoyuan@corp.example.cn。",
        "自动答复: ",
        {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )
)
AUTO.append(
    (
        "auto-zh-163-noheader",
        "zh",
        "163-web",
        "这是来自网易邮箱的自动回复：您好，我已收到您的邮件，因近期外出，将于下周一统一处理，谢谢！",
        "自动回复：",
        {},
    )
)

# ------------------------------------------------------------------ English
r("en-confirm", "en", "confirm", None, "gmail-web-en", "Confirm.")
r(
    "en-works",
    "en",
    "confirm",
    None,
    "outlook-desktop-gb",
    "Yes, that works for me.\n\nThanks,",
    sig="Oliver",
    name="Oliver Brown",
)
r("en-opt2", "en", "confirm", 2, "apple-iphone-en", "Option 2 please.")
r("en-sat-slot", "en", "confirm", 3, "gmail-android-en", "I'll take the Saturday slot.")
r("en-thu-2pm", "en", "confirm", None, "outlook-owa-en", "Thursday at 2pm is fine, see you then.")
r("en-bare-3", "en", "confirm", 3, "gmail-ios-en", "3")
r("en-fri-better", "en", "confirm", 2, "yahoo-en", "Friday works better for me, thanks!")
r("en-contrast-fri", "en", "confirm", 2, "outlook-ios-en", "I can't do Thursday but Friday is fine.")
r("en-contrast-sat", "en", "confirm", 3, "apple-mac-en", "Thursday doesn't work, Saturday morning does.")
r("en-correction", "en", "confirm", 3, "gmail-web-en", "Sorry, please ignore my last email - I meant option 3, not 2.")
r(
    "en-parent",
    "en",
    "confirm",
    2,
    "yahoo-en",
    "Hello,\n\nI'm writing on behalf of my son Noah, who is abroad without internet access this week. He called and asked me to let you know that Friday at 2pm works for him.\n\nKind regards,\nMargaret Evans",
    name="Margaret Evans",
)
r("en-emoji-fri", "en", "confirm", 2, "apple-iphone-en", "👍 Friday")
r("en-typo-comfirm", "en", "confirm", None, "gmail-android-en", "comfirm")
r("en-typo-opiton", "en", "confirm", 3, "outlook-android-en", "opiton 3 pls")
r(
    "en-long-fri",
    "en",
    "confirm",
    2,
    "gmail-web-en-wrapped",
    "Hi,\n\nThank you so much for getting back to me. To be honest I was disappointed with how the AI interview went - my connection kept dropping and I lost my train of thought twice. Since then I have finished an online customer service course and I've been helping out on the returns desk at my current job, so I feel much better prepared.\n\nThursday won't work as I have a hospital appointment I can't move, but I have already booked Friday afternoon off, so let's go with the 4th.\n\nLooking forward to it,\nSophie",
    name="Sophie Turner",
)
r("en-bottom-thu", "en", "confirm", None, "thunderbird-en", "Confirmed, see you Thursday.", mode="bottom")
r("en-inline-2", "en", "confirm", 2, "thunderbird-en", "", mode="inline", name="Tom Hughes")
r("en-yes", "en", "confirm", None, "apple-iphone-en", "Yes.")
r("en-sure-1", "en", "confirm", None, "outlook-mac-en", "Sure, option 1 is good.", sig="Grace", name="Grace Lee")
r("en-sat-10", "en", "confirm", 3, "android-samsung-en", "Sat works, I'll be there at 10.")
r(
    "en-in-video",
    "en",
    "confirm",
    None,
    "gmail-web-en",
    "Thursday 2pm - I'm in. Will it be a video call or should I come to the office?",
)
r("en-either", "en", "confirm", None, "lark", "I can make Thursday or Friday, whichever suits you best.")
r("en-ok-see", "en", "confirm", None, "outlook-ios-en", "Ok see you then")
r("en-friday-guess", "en", "confirm", 2, "gmail-ios-en", "Hmm... Friday I guess.")
r(
    "en-not1-3",
    "en",
    "confirm",
    3,
    "exchange-en",
    "Option 1 is not possible for me. Option 3 please.",
    sig="Liam O'Connor\nSenior Analyst | Finance Operations",
)
r("en-mailmaster-2", "en", "confirm", 2, "mailmaster-en", "The 4th at 14:00 please")
r("en-foxmail-1", "en", "confirm", None, "foxmail-en", "Hi, the proposed time is fine with me. Thank you.")
r("en-qq-exmail-3", "en", "confirm", 3, "exmail", "Saturday 10am please, thanks")

r(
    "en-none-work",
    "en",
    "reschedule",
    None,
    "gmail-web-en",
    "Sorry, none of those times work for me. Could we do sometime next week, ideally Tuesday or Wednesday afternoon?",
)
r(
    "en-14th",
    "en",
    "reschedule",
    None,
    "outlook-desktop-en",
    "Would it be possible to move it to the week of the 14th? I'm travelling until then.",
    sig="James",
    name="James Patel",
)
r("en-fri-4pm", "en", "reschedule", None, "apple-iphone-en", "Can we do 4pm on Friday instead?")
r(
    "en-evening",
    "en",
    "reschedule",
    None,
    "outlook-owa-en",
    "Is there any chance of an evening slot? I work 9-6 and can't take time off this week.",
)
r("en-need-resched", "en", "reschedule", None, "yahoo-en", "I need to reschedule.")
r(
    "en-flu",
    "en",
    "reschedule",
    None,
    "gmail-android-en",
    "Hi, unfortunately I've come down with the flu. Could we push it back a week or so?",
)

r("en-wont", "en", "decline", None, "outlook-desktop-en", "I won't be attending.")
r(
    "en-other-offer",
    "en",
    "decline",
    None,
    "gmail-web-en",
    "Thanks for the opportunity, but I have accepted another offer and would like to withdraw my application.",
)
r("en-remove", "en", "decline", None, "apple-mac-en", "Please remove me from consideration.")
r("en-not-this-time", "en", "decline", None, "outlook-ios-en", "Not this time, thank you.")
r(
    "en-long-decline",
    "en",
    "decline",
    None,
    "gmail-web-en-wrapped",
    "Dear Sir or Madam,\n\nThank you for the invitation and for putting together a training plan for me - I genuinely appreciate it. After a lot of thought, and a long conversation with my manager, I have decided to stay in my current role, where I have just been offered a promotion.\n\nI'm therefore going to pass on the re-interview. I wish you all the best in filling the position.\n\nBest wishes,\nChloe Martin",
    name="Chloe Martin",
)
r("en-decline-word", "en", "decline", None, "exchange-en", "Decline, thanks.", sig="Ethan Wright")
r("en-cant-make-it", "en", "decline", None, "apple-iphone-en", "Sorry I can't make it.")

r(
    "en-q-online",
    "en",
    "question",
    None,
    "outlook-desktop-en",
    "Is the interview in person or online? I'm based in Manchester.",
)
r(
    "en-q-bring",
    "en",
    "question",
    None,
    "gmail-web-en",
    "What should I bring apart from my ID? Does the portfolio have to be printed?",
)
r(
    "en-q-salary",
    "en",
    "question",
    None,
    "yahoo-en",
    "Could you tell me the salary range for this role before I commit?",
)

r("en-thanks", "en", "unclear", None, "apple-iphone-en", "Thanks!")
r("en-received", "en", "unclear", None, "outlook-desktop-en", "Received, thank you.")
r("en-sunday", "en", "unclear", None, "gmail-android-en", "I'm not sure yet, I'll let you know by Sunday.")
r("en-check-manager", "en", "unclear", None, "outlook-owa-en", "Probably fine but let me check with my manager first.")
r(
    "en-cond-laptop",
    "en",
    "unclear",
    None,
    "gmail-web-en",
    "If I can use my own laptop for the test I'll take Friday, otherwise I'd rather not do it.",
)
r(
    "en-wrong-person",
    "en",
    "unclear",
    None,
    "outlook-desktop-gb",
    "Hi, I think this may have been sent to the wrong person - I don't remember applying for a support desk role?",
)
r("en-revert", "en", "unclear", None, "exchange-en", "Received with thanks, will revert shortly.", sig="Hannah Scott")

AUTO.append(
    (
        "auto-en-ooo-header",
        "en",
        "outlook-desktop-en",
        "I am out of the office until Monday 7 December with limited access to email. For urgent matters please contact my colleague.",
        "Automatic reply: ",
        {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )
)
AUTO.append(
    (
        "auto-en-ooo-noheader",
        "en",
        "gmail-web-en",
        "Hi, I'm currently on annual leave and will respond to your email on my return on 7 December. Thanks!",
        "Out of Office: ",
        {},
    )
)

# ------------------------------------------------------------------ other languages (they got the English invitation)
r(
    "de-fri",
    "en",
    "confirm",
    2,
    "outlook-desktop-de",
    "Hallo,\n\nFreitag um 14 Uhr passt mir gut.\n\nViele Grüße",
    sig="Jonas Becker",
)
r(
    "de-resched",
    "en",
    "reschedule",
    None,
    "outlook-owa-de",
    "Guten Tag,\n\nleider kann ich an keinem der Termine. Wäre nächste Woche möglich?\n\nMit freundlichen Grüßen\nJonas Becker",
    name="Jonas Becker",
)
r(
    "fr-thu",
    "en",
    "confirm",
    None,
    "outlook-desktop-fr",
    "Bonjour,\n\nJe confirme pour jeudi 14h.\n\nCordialement,",
    sig="Camille Durand",
)
r(
    "fr-decline",
    "en",
    "decline",
    None,
    "gmail-web-en",
    "Bonjour, merci mais je ne suis plus disponible, j'ai accepté une autre offre.",
)
r("es-opt3", "en", "confirm", 3, "gmail-web-es", "Hola, prefiero la opción 3. Gracias.")
r(
    "ja-2",
    "en",
    "confirm",
    2,
    "gmail-web-ja",
    "お世話になっております。\n2番でお願いいたします。\n\n田中",
    name="田中 美咲",
)
r("ko-thu", "en", "confirm", None, "gmail-android-ko", "안녕하세요, 목요일 오후 2시 괜찮습니다. 감사합니다.")
r(
    "pt-decline",
    "en",
    "decline",
    None,
    "gmail-web-pt",
    "Olá, infelizmente não poderei participar. Obrigado pela oportunidade.",
)
r(
    "es-outlook-q",
    "en",
    "question",
    None,
    "outlook-desktop-es",
    "Hola, ¿la entrevista es presencial o en línea? Vivo en Valencia.",
)


INLINE = {
    (
        "zh",
        "thunderbird-zh",
    ): "在 2026/11/27 10:05, Re-interview 写道:\n> 张三，您好：\n>\n> 感谢您参加「电商客服专员」岗位的 AI 面试。您的面试得分暂未达到岗位要求，我们希望再给您一次机会，特邀请您参加重新面试。\n>\n> 面试时间\n>   方案 1（建议时间）：2026年12月3日 周四 14:00–15:00\n不行，周四要上班\n>   方案 2：2026年12月4日 周五 14:00–15:00\n这个可以\n>   方案 3：2026年12月5日 周六 10:00–11:00\n>\n> 时长：1 小时\n> 地点：上海市徐汇区漕溪北路 1 号 3 层 / 线上：https://meet.example.com/r/1\n>\n> 请携带 / 准备\n>   - 身份证复印件\n>   - 作品（portfolio）\n>   - 培训测评报告\n>\n> 如何回复\n> 请直接回复本邮件：\n>   - 回复「确认」接受方案 1；\n>   - 回复「2」或「3」选择其他方案；\n>   - 回复「改期」并写明您方便的时间；\n>   - 回复「放弃」表示不参加。\n> 请于 2026年11月30日 周一 18:00 前回复。\n>\n> --\n> 此邮件由重新面试服务自动发送。\n",
    (
        "zh",
        "apple-iphone-zh",
    ): "> 2026年11月27日 10:05，Re-interview <reinterview@hr.example.com> 写道：\n> \n> 张三，您好：\n> \n> 感谢您参加「电商客服专员」岗位的 AI 面试。\n> \n> 面试时间\n> \n>    1. 2026年12月3日 周四 14:00–15:00（建议时间）\n\n不行\n\n>    2. 2026年12月4日 周五 14:00–15:00\n\n也不行\n\n>    3. 2026年12月5日 周六 10:00–11:00\n\n这个可以👌\n\n> 时长：1 小时\n> 地点：上海市徐汇区漕溪北路 1 号 3 层\n> 线上：https://meet.example.com/r/1\n\n发自我的iPhone\n",
    (
        "en",
        "thunderbird-en",
    ): "On 27/11/2026 10:05, Re-interview wrote:\n> Dear Alice Smith,\n>\n> Thank you for taking the AI interview for Support desk. Your score did not yet reach the bar for this job, and we would like to give you another chance: we invite you to a re-interview.\n>\n> WHEN\n>   Option 1 (proposed): Thu 3 Dec 2026, 14:00–15:00 (Europe/London)\n>   Option 2: Fri 4 Dec 2026, 14:00–15:00 (Europe/London)\n\nThis one works for me.\n\n>   Option 3: Sat 5 Dec 2026, 10:00–11:00 (Europe/London)\n>\n> Duration: 1 h\n> Where: 上海市徐汇区漕溪北路 1 号 3 层 / online: https://meet.example.com/r/1\n\nOnline please, I'm in Bristol.\n\nCheers,\nTom\n",
}

DATES_ZH = [
    "Fri, 27 Nov 2026 10:41:07 +0800",
    "Fri, 27 Nov 2026 12:03:55 +0800",
    "Fri, 27 Nov 2026 21:17:30 +0800",
    "Sat, 28 Nov 2026 08:52:11 +0800",
    "Sat, 28 Nov 2026 23:40:02 +0800",
    "Sun, 29 Nov 2026 15:26:48 +0800",
    "Mon, 30 Nov 2026 09:05:19 +0800",
    "Mon, 30 Nov 2026 17:48:33 +0800",
]
DATES_EN = [
    "Fri, 27 Nov 2026 11:20:41 +0000",
    "Fri, 27 Nov 2026 18:02:13 +0000",
    "Sat, 28 Nov 2026 09:44:50 +0000",
    "Sun, 29 Nov 2026 20:31:06 +0000",
    "Mon, 30 Nov 2026 08:15:27 +0000",
]


def sender_for(i: int, lang: str, client: str) -> str:
    fam = client.split("-")[0]
    dom = DOMAINS.get(fam, "example.com")
    if lang == "zh":
        return f"{ZH_NAMES[i % len(ZH_NAMES)]} <{PINYIN[i % len(PINYIN)]}{'' if i % 3 else i}@{dom}>"
    name = EN_NAMES[i % len(EN_NAMES)]
    return f"{name} <{name.split()[0].lower()}.{name.split()[-1].lower().replace(chr(39), '')}@{dom}>"


def main() -> None:
    rows = []
    for old in HERE.glob("*.eml"):
        old.unlink()
    n = 0
    for i, (slug, lang, intent, slot, client, text, opt) in enumerate(R):
        n += 1
        mode = opt.get("mode", "top")
        body = INLINE[(lang, client)] if mode == "inline" else text
        sender = sender_for(i, lang, client)
        if "name" in opt:
            sender = f"{opt['name']} <{sender.split('<')[1]}"
        elif (opt.get("sig") and len(opt["sig"].split("\n")[0]) <= 4) or (
            opt.get("sig") and lang == "en" and " " in opt["sig"].split("\n")[0]
        ):
            sender = f"{opt['sig'].split(chr(10))[0]} <{sender.split('<')[1]}"
        dates = DATES_ZH if lang == "zh" else DATES_EN
        raw, fmt = build(client, body, lang, sender, dates[i % len(dates)], sig=opt.get("sig", ""), mode=mode)
        name = f"c{n:03d}-{lang}-{client}-{slug}.eml"
        (HERE / name).write_bytes(raw)
        tag = client + ("-bottom" if mode == "bottom" else "-inline" if mode == "inline" else "")
        rows.append([name, intent, str(slot or ""), lang, tag, fmt, "blind4"])
    for j, (slug, lang, client, body, subj_prefix, extra) in enumerate(AUTO):
        n += 1
        sender = sender_for(j + 7, lang, client)
        dates = DATES_ZH if lang == "zh" else DATES_EN
        # an auto-reply: its own subject prefix, and the headers the server adds (if any)
        clients.OVERRIDE[:] = [subj_prefix, extra]
        raw, fmt = build(client, body, lang, sender, dates[j % len(dates)])
        clients.OVERRIDE.clear()
        name = f"c{n:03d}-{lang}-{client}-{slug}.eml"
        (HERE / name).write_bytes(raw)
        rows.append([name, "automated", "", lang, "auto-" + client, fmt, "blind4"])
    with (HERE / "manifest.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["file", "intent", "slot", "lang", "client", "format", "batch"])
        w.writerows(rows)
    print(f"{len(rows)} replies written to {HERE}")


if __name__ == "__main__":
    main()
