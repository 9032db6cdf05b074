# ruff: noqa: E501  (each reply is one line, as written)
"""blind7 replies to the Chinese invitation: (slug, client, intent, slot, body[, options]).

Options 1/2/3 of the zh invitation: 周四 12月3日 14:00 (proposed), 周五 12月4日 14:00, 周六 12月5日 10:00.
"""

from __future__ import annotations

from typing import Any

from tests.inbound.corpus.blind7.clients import (
    GMAIL_ATTR,
    INV_HTML,
    INV_TXT,
    OURS,
    REMINDER,
    SUBJECT,
    as_html,
    esc,
    gt,
    inline_html,
    inline_plain,
    rendered,
)

REM = {"quote": REMINDER["zh"], "quote_html": as_html(REMINDER["zh"])}


def qq_chain(new: str, earlier: str, me: str) -> dict[str, str]:
    """A QQ Mail reply to the candidate's own earlier reply (found in 已发送), which quoted the invitation."""
    inner = f'{earlier}\n\n\n------------------ 原始邮件 ------------------\n发件人: "Re-interview"<reinterview@hr.example.com>;\n发送时间: 2026年11月27日(星期五) 上午9:12\n收件人: "张三"<{me}>;\n主题: {SUBJECT["zh"]}\n\n\n\n{rendered("zh")}'
    plain = f'{new}\n\n\n------------------ 原始邮件 ------------------\n发件人: "我"<{me}>;\n发送时间: 2026年11月28日(星期六) 晚上8:41\n收件人: "Re-interview"<reply+r7Kq2.s3.Zx81fQ@hr.example.com>;\n主题: 回复：{SUBJECT["zh"]}\n\n\n\n{inner}\n'
    h = (
        f'<div>{as_html(new)}</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
        f'<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"我"&lt;{esc(me)}&gt;;</div><div><b>发送时间:</b>&nbsp;2026年11月28日(星期六) 晚上8:41</div><div><b>收件人:</b>&nbsp;"Re-interview"&lt;reply+r7Kq2.s3.Zx81fQ@hr.example.com&gt;;</div><div><b>主题:</b>&nbsp;回复：{esc(SUBJECT["zh"])}</div></div><div><br></div>'
        f'<div>{as_html(earlier)}</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
        f'<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"Re-interview"&lt;reinterview@hr.example.com&gt;;</div><div><b>发送时间:</b>&nbsp;2026年11月27日(星期五) 上午9:12</div><div><b>收件人:</b>&nbsp;"张三"&lt;{esc(me)}&gt;;</div><div><b>主题:</b>&nbsp;{esc(SUBJECT["zh"])}</div></div><div><br></div>{INV_HTML["zh"]}'
    )
    return {"plain_override": plain, "html_override": f"<html><body>{h}</body></html>"}


def gmail_forwarded(new: str, other: str) -> dict[str, Any]:
    """Forwarded from the work mailbox to Gmail, then answered from Gmail with the reply address pasted in."""
    fwd = f"---------- Forwarded message ---------\n发件人： {OURS}\nDate: 2026年11月27日周五 09:12\nSubject: {SUBJECT['zh']}\nTo: 张三 <{other}>\n\n\n{INV_TXT['zh']}"
    attr = f"张三 <{other}> 于2026年11月27日周五 20:03写道："
    plain = f"{new}\n\n{attr}\n\n{gt(fwd)}\n"
    h = f'<div dir="ltr">{as_html(new)}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">---------- Forwarded message ---------<br>发件人： <strong class="gmail_sendername" dir="auto">Re-interview</strong> <span dir="auto">&lt;reinterview@hr.example.com&gt;</span><br>Date: 2026年11月27日周五 09:12<br>Subject: {esc(SUBJECT["zh"])}<br>To: 张三 &lt;{esc(other)}&gt;<br></div><br><br>{INV_HTML["zh"]}</blockquote></div></div>'
    return {"plain_override": plain, "html_override": h, "threaded": False, "prefix": "Re: Fwd: "}


def inline(lead: str, answers: dict[str, str], tail: str = "", attr: str = GMAIL_ATTR["zh"]) -> dict[str, str]:
    p = inline_plain("zh", lead, answers, attr, tail)
    return {"plain_override": p, "html_override": inline_html(p)}


A1, A2, A3 = "方案 1（建议时间）", "方案 2：", "方案 3："

CASES: list[tuple[Any, ...]] = [
    # ------------------------------------------------------------ confirm
    (
        "haode-queren",
        "qq-classic",
        "confirm",
        None,
        "好的，确认参加。",
        {"charset": "gb18030", "cte": "quoted-printable"},
    ),
    ("queren", "netease-163-web", "confirm", None, "确认"),
    ("shoudao-fangan2", "gmail-web-zh", "confirm", 2, "您好，收到，我选方案2，谢谢！"),
    (
        "zhouwu-liangdian",
        "outlook-desktop-zh",
        "confirm",
        2,
        "您好：\n\n周五下午两点可以，我会准时参加。\n\n谢谢\n李明",
    ),
    ("zhouliu-shangwu", "apple-iphone-zh", "confirm", 3, "周六上午可以的"),
    ("sanhao-liangdian", "netease-master-phone", "confirm", 1, "3号14点 OK"),
    ("bare-2", "qq-iphone", "confirm", 2, "2"),
    ("hao", "huawei-zh", "confirm", None, "好"),
    ("an-jianyi", "wecom-mail", "confirm", None, "收到，按建议时间参加即可。"),
    ("fangan1-xiexie", "dingtalk-mail", "confirm", 1, "确认参加方案1，谢谢安排"),
    ("sanri-xiawu", "exmail-web", "confirm", 1, "您好，我确认参加12月3日下午的面试。\n\n徐晨\n华东区客服中心"),
    ("fangansan", "aliyun-web", "confirm", 3, "方案三，谢谢"),
    ("zhousi-jian", "feishu-zh", "confirm", None, "可以的，周四见"),
    ("sihao-nachang", "foxmail-zh", "confirm", 2, "好的，我参加12月4号那场。"),
    ("xing", "bare-wechat", "confirm", None, "行"),
    ("keyide", "samsung-zh", "confirm", None, "可以的"),
    ("ganxie-jihui", "gmail-android-zh", "confirm", None, "确认！谢谢给我这次机会🙏"),
    ("zuihou-yige", "qq-classic", "confirm", 3, "选最后一个吧，周六我比较空"),
    ("ok-zhousi", "netease-163-phone", "confirm", 1, "ok 周四下午2点到"),
    (
        "fan-queren-2",
        "outlook-desktop-tw",
        "confirm",
        2,
        "您好，我確認參加方案2（12月4日 週五 14:00），謝謝。\n\n陳怡君",
        {"charset": "big5"},
    ),
    ("fan-zhouliu", "gmail-web-tw", "confirm", 3, "好的，週六早上十點可以，謝謝！"),
    ("queren-typo", "xiaomi-zh", "confirm", None, "好的 确任参加 到时候见"),
    ("fangan2-douhao", "netease-126-web", "confirm", 2, "方案2 可以 谢谢 ，，"),
    ("3hao-xiawu", "qq-classic", "confirm", 1, "3号下午可以"),
    ("4hao-liangdian", "gmail-ios-zh", "confirm", 2, "4号下午两点没问题"),
    ("gaizhuyi-zhouwu", "apple-mac-zh", "confirm", 2, "周四可以……哦不对，周四下午我要去医院复查，那就周五吧，方案2。"),
    (
        "gengzheng-3",
        "qq-classic",
        "confirm",
        3,
        "",
        {"_chain": ("不好意思，刚才那封回复写错了，我要选的是方案3，不是方案2。周五那天我有事。", "方案2")},
    ),
    (
        "inline-buxing-keyi",
        "gmail-web-zh",
        "confirm",
        2,
        "",
        {"_inline": ("", {A1: "不行，要上班", A2: "可以", A3: "不行"}, "")},
    ),
    ("inline-zhege", "gmail-web-zh", "confirm", 3, "", {"_inline": ("见下", {A3: "这个 ✔"}, "")}),
    ("tixing-fangan1", "netease-163-web", "confirm", 1, "抱歉回复晚了，确认参加，选方案1。", REM),
    ("tixing-zhouwu", "qq-classic", "confirm", 2, "周五的可以", REM),
    (
        "zhuanfa-fangan2",
        "gmail-web-zh",
        "confirm",
        2,
        "",
        {"_fwd": "确认参加 方案2\n\n（之前发到公司邮箱了，转到这里回复）"},
    ),
    ("bottom-fangan1", "thunderbird-zh", "confirm", 1, "确认方案1，谢谢。", {"bottom": True}),
    ("owa-zhousi", "outlook-owa-zh", "confirm", 1, "好的没问题，我参加周四的面试。", {"shape": "html"}),
    ("hunhe-ok-1", "gmail-android-zh", "confirm", 1, "OK, 方案1 fine with me, thx"),
    ("emoji-zhousi", "apple-iphone-zh", "confirm", 1, "👌 周四见"),
    (
        "zhengshi-xin",
        "outlook-desktop-zh",
        "confirm",
        2,
        "尊敬的HR：\n\n您好！非常感谢贵公司再次给予我面试机会。经过安排，我确认参加2026年12月4日（周五）14:00的重新面试，届时将携带身份证复印件、作品及培训测评报告准时到达。\n\n此致\n敬礼！\n\n王芳\n2026年11月28日",
    ),
    ("queren-wen-tiqian", "qq-classic", "confirm", 1, "确认参加方案1。请问线下面试需要提前多久到？"),
    (
        "fangan3-xianshang",
        "netease-master",
        "confirm",
        3,
        "方案3可以。想问下可以线上参加吗？我人在外地，线上方便一点。",
    ),
    ("zhouwu", "bare-wechat", "confirm", 2, "周五"),
    ("zhousi-liangdian", "huawei-zh", "confirm", 1, "下午两点周四 可以"),
    ("jianyi-shijian", "wecom-mail", "confirm", None, "可以的，就按你们建议的时间"),
    ("zhunshi", "exmail-web", "confirm", None, "收到，准时参加", {"shape": "html"}),
    ("fangan-yi", "gmail-web-zh", "confirm", 1, "OK 方案一", {"ui": "zh-old"}),
    ("diyige", "qq-iphone", "confirm", 1, "第一个时间吧"),
    ("12-3-xiawu", "netease-163-phone", "confirm", 1, "好的好的 12.3 下午没问题"),
    ("xuan1-qianming", "foxmail-zh", "confirm", 1, "选1\n\n张伟\n138****5621"),
    ("queren-peixun", "dingtalk-mail", "confirm", None, "确认。另外培训课程我已经看完了，测评报告会带过去。"),
    ("canjia-laoshi", "netease-163-web", "confirm", 1, "我参加，时间就周四下午吧，谢谢老师"),
    ("zhousi-zhouwu-buxing", "outlook-ios-zh", "confirm", 3, "周四周五都不太方便，周六上午可以。"),
    ("zhousi-buxing-zhouwu", "apple-iphone-zh", "confirm", 2, "周四不行，周五可以"),
    ("chule-zhousi", "feishu-zh", "confirm", 2, "除了周四都行，那就定周五吧"),
    ("zuihou-shijian", "aliyun-web", "confirm", 3, "那就最后一个时间"),
    ("thu-2dian", "gmail-ios-zh", "confirm", 1, "Thu 2点可以"),
    ("fangan-yi-canjia", "samsung-zh", "confirm", 1, "可以参加的，时间按方案一"),
    (
        "richeng-4ri",
        "outlook-desktop-zh",
        "confirm",
        2,
        "您好，我看了一下日程，12月4日可以。\n\n谢谢！",
        {"charset": "gb2312", "cte": "base64"},
    ),
    ("haodi", "qq-android", "confirm", None, "好滴 周四见~"),
    ("fan-zhunshi", "yahoo-tw", "confirm", None, "OK，我會準時出席，謝謝。", {"lang": "zh", "ui": "en"}),
    ("wecom-fangan1", "wecom-mail", "confirm", 1, "方案1"),
    ("gb18030-fangan1", "qq-classic", "confirm", 1, "确认参加（方案一）"),
    ("enen-zhousi", "xiaomi-zh", "confirm", 1, "嗯嗯 可以 周四那个"),
    ("confirm-fangan3", "gmail-web-zh", "confirm", 3, "Confirm 方案3"),
    ("huicanjia", "netease-master-phone", "confirm", None, "收到！我会参加的。"),
    ("pinyin-keyi", "bare-sms", "confirm", None, "keyi 周四可以de"),
    ("12-3-shi", "huawei-zh", "confirm", 1, "12月3号可以"),
    ("kongge-fanganyi", "thunderbird-zh", "confirm", 1, "方案一   周四14点   确认"),
    ("wandao-10fenzhong", "netease-163-web", "confirm", None, "确认参加，不过可能会晚到10分钟左右，路上比较堵。"),
    ("zhouwu-keyima", "qq-android", "confirm", 2, "周五可以吗？"),
    ("youxian-fangan2", "outlook-owa-zh", "confirm", 2, "方案1和方案2我都可以，优先方案2吧。"),
    (
        "qianming-gongzuoshijian",
        "exmail-web",
        "confirm",
        None,
        "确认参加\n\n--\n张伟 | 客服主管\n电话：138 0000 0000\n地址：上海市浦东新区张江路 2 号\n工作时间：周一至周五 9:00-18:00",
    ),
    ("zhuti-fangan2", "qq-iphone", "confirm", 2, "", {"prefix": "方案2 回复："}),
    ("zhousi-meiwenti-html", "apple-mac-zh", "confirm", 1, "周四下午没问题，届时线下参加。", {"shape": "html"}),
    ("zhouwu-typo", "qq-android", "confirm", 2, "周武可以"),
    ("fangan-typo", "netease-163-phone", "confirm", 2, "方按2 ok"),
    ("canjia-tongyin", "huawei-zh", "confirm", None, "确认残家，谢谢"),
    (
        "gengzheng-duli",
        "bare-wechat",
        "confirm",
        3,
        "更正一下：上一封邮件我说的周五，其实应该是周六上午，麻烦改成方案3，谢谢！",
        {"threaded": False},
    ),
    ("bottom-zhouliu", "apple-mac-zh", "confirm", 3, "周六上午10点可以。", {"bottom": True}),
    # ------------------------------------------------------------ decline
    ("fangqi", "qq-iphone", "decline", None, "放弃"),
    (
        "offer-bucanjia",
        "gmail-web-zh",
        "decline",
        None,
        "不好意思，我已经接受了其他公司的offer，这次就不参加了，谢谢。",
    ),
    ("haishi-buqu", "apple-iphone-zh", "decline", None, "我考虑了一下，还是不去了。"),
    ("buyongle", "netease-163-web", "decline", None, "谢谢，不用了。"),
    (
        "yiruzhi",
        "outlook-desktop-zh",
        "decline",
        None,
        "您好：\n\n本人已入职其他单位，本次重新面试就不参加了，感谢贵司的安排。\n\n刘洋",
        {"shape": "html"},
    ),
    ("suanle", "bare-wechat", "decline", None, "算了吧，不想再面了"),
    ("hui-laojia", "foxmail-zh", "decline", None, "家里有事要回老家了，之后也不打算在上海找工作，面试取消吧。"),
    ("shenzhong-fangqi", "exmail-web", "decline", None, "您好，经慎重考虑，我决定放弃本次重新面试机会。祝好。"),
    (
        "xiang-zhouwu-fangqi",
        "gmail-android-zh",
        "decline",
        None,
        "本来想选周五的，但是想了想还是算了，这个岗位不太适合我，就不参加了。",
    ),
    ("bottom-fangqi", "thunderbird-zh", "decline", None, "放弃，谢谢", {"bottom": True}),
    ("bucanjia-typo", "qq-android", "decline", None, "不参家了 谢谢"),
    (
        "fan-jueding-bu",
        "gmail-web-tw",
        "decline",
        None,
        "謝謝通知，我決定不參加這次面試了。",
        {"charset": "big5", "shape": "plain", "cte": "8bit", "noquote": True},
    ),
    (
        "zhaodao-gongzuo",
        "netease-master",
        "decline",
        None,
        "这三个时间我都去不了，而且我已经找到工作了，不用再给我安排了。",
    ),
    ("mingdan-qudiao", "aliyun-web", "decline", None, "请把我从候选名单里去掉，谢谢"),
    ("sorry-offer", "outlook-ios-zh", "decline", None, "Sorry 我这边已经有offer了，就不参加了"),
    ("tixing-buxuyao", "qq-classic", "decline", None, "不好意思一直没回，已经不需要了。", REM),
    (
        "chehui-shenqing",
        "dingtalk-mail",
        "decline",
        None,
        "您好，我想撤回重新面试的申请，后续不再参加这个岗位的招聘了。",
    ),
    # ------------------------------------------------------------ reschedule
    ("gaiqi-xiazhouyi", "qq-classic", "reschedule", None, "改期，下周一下午可以吗？"),
    ("dou-buxing-xiazhou", "netease-163-phone", "reschedule", None, "三个时间我都不行，能不能改到下周？"),
    (
        "chuchai-7ri",
        "outlook-desktop-zh",
        "reschedule",
        None,
        "您好，12月3日到5日我都在外地出差，能否改到12月7日（周一）上午？\n\n谢谢\n赵磊",
    ),
    ("zhouri", "apple-iphone-zh", "reschedule", None, "周四周五都要上班，周六上午又要带孩子去上课，能不能安排在周日？"),
    ("wanshang", "gmail-android-zh", "reschedule", None, "能不能晚上？比如周四晚上7点以后"),
    ("tuichi-yixiaoshi", "wecom-mail", "reschedule", None, "方案2的时间可以往后推一个小时吗？15:00开始我就能赶到。"),
    ("gaiqi-zaishuo", "bare-wechat", "reschedule", None, "我想改期，具体时间等我确定了再告诉你们"),
    ("xiazhou-gongzuori", "foxmail-zh", "reschedule", None, "这周都不在上海，下周任意工作日下午都可以。"),
    (
        "tiaozheng-8ri",
        "outlook-desktop-zh",
        "reschedule",
        None,
        "您好，\n\n因工作原因，原定的三个时间均无法参加，烦请将面试调整至12月8日（周二）14:00之后，谢谢。\n\n此致\n黄丽",
        {"charset": "gb18030"},
    ),
    ("zhouliu-xiawu", "qq-iphone", "reschedule", None, "周六下午可以吗"),
    ("10hao-yihou", "netease-126-web", "reschedule", None, "12月10号以后都可以，之前在考试。", {"cte": "8bit"}),
    ("zhousi-shangwu", "samsung-zh", "reschedule", None, "周四上午10点可以吗？下午我有课"),
    (
        "inline-dou-buxing",
        "gmail-web-zh",
        "reschedule",
        None,
        "",
        {"_inline": ("", {A1: "不行", A2: "不行", A3: "也不行"}, "改期：12月9日（周三）全天都可以。")},
    ),
    ("hunhe-reschedule", "gmail-ios-zh", "reschedule", None, "能reschedule到next week吗 thx"),
    (
        "fan-gaidao-7ri",
        "apple-mac-tw",
        "reschedule",
        None,
        "請問可以改到12月7日（週一）下午嗎？這三個時段我都要上班。",
        {"lang": "zh"},
    ),
    (
        "zhouwu-zhiban",
        "huawei-zh",
        "reschedule",
        None,
        "周五可以。等等，我刚看了排班表，周五我值班，周四周六也都排了班，还是改到下周吧。",
    ),
    ("tixing-yanhou", "netease-163-web", "reschedule", None, "能否延后一周？最近在外地参加培训。", REM),
    ("dou-bu-fangbian", "qq-classic", "reschedule", None, "这几个时间都不太方便"),
    # ------------------------------------------------------------ question
    ("xianshang-xian-wen", "qq-classic", "question", None, "请问可以线上面试吗？我需要先确认一下再选时间。"),
    ("duojiu-zuopin", "netease-163-web", "question", None, "面试大概多久？需要准备什么样的作品？", {"shape": "html"}),
    ("yingxiang-chengji", "gmail-web-zh", "question", None, "请问重新面试的结果会覆盖之前的成绩吗？"),
    ("kecheng-lianjie", "wecom-mail", "question", None, "培训课程在哪里看？邮件里没找到链接"),
    (
        "zuopin-dayin",
        "outlook-desktop-zh",
        "question",
        None,
        "您好，请问作品需要打印出来吗？还是带电脑现场展示就可以？",
    ),
    ("zhapian", "apple-iphone-zh", "question", None, "你好，请问这个邮件是真的吗？不是诈骗吧"),
    ("zaimian", "qq-android", "question", None, "想问一下如果这次还是没过，还能再面吗？"),
    ("zhouliu-dizhi", "feishu-zh", "question", None, "周六也有人上班吗？周六面试的话地址还是漕溪北路那个吗？"),
    ("online-link", "gmail-android-zh", "question", None, "请问online link 是哪个软件？Zoom 还是腾讯会议？"),
    ("shexiangtou", "netease-master-phone", "question", None, "请问线上面试需要开摄像头吗"),
    # ------------------------------------------------------------ unclear
    ("zhousi-huo-zhouwu", "qq-classic", "unclear", None, "周四或者周五都可以"),
    ("liangdian-nage", "netease-163-phone", "unclear", None, "下午两点那个可以"),
    ("shoudao", "exmail-web", "unclear", None, "收到"),
    (
        "mama-daihui",
        "netease-163-web",
        "unclear",
        None,
        "您好，我是张三的妈妈，他这几天生病住院了，手机也不方便看，等他出院了再联系你们。",
    ),
    ("kaolv", "gmail-web-zh", "unclear", None, "我再考虑一下，过两天回复"),
    ("kanqingkuang", "apple-iphone-zh", "unclear", None, "可能可以吧，到时候看情况"),
    ("doukeyi", "bare-wechat", "unclear", None, "都可以"),
    ("2-huo-3", "outlook-ios-zh", "unclear", None, "方案2或3，看你们方便"),
    ("nimen-ding", "foxmail-zh", "unclear", None, "周四可以，周五也可以，周六也行，你们定吧"),
    ("wenhao", "qq-iphone", "unclear", None, "？"),
    (
        "tongshi-daihui",
        "outlook-desktop-zh",
        "unclear",
        None,
        "您好，我是张三的同事，他这周在外地出差，让我帮忙回复一下，他应该可以参加周五的。",
        {"charset": "gbk"},
    ),
    ("qingjia", "dingtalk-mail", "unclear", None, "好的，不过我不确定那天能不能请到假，请到了再跟你们说"),
    ("zhouwu-zaikan", "xiaomi-zh", "unclear", None, "周五吧…不对，我再看看"),
    ("fan-doukeyi", "gmail-web-tw", "unclear", None, "三個時間我都可以，看你們安排。"),
    ("ruguo-qingjia", "wecom-mail", "unclear", None, "如果周五能请到假就周五，请不到就只能周六了，明天告诉你们。"),
    # ------------------------------------------------------------ automated
    (
        "qq-jiaqi",
        "qq-classic",
        "automated",
        None,
        "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。",
        {"noquote": True, "prefix": "自动回复: ", "threaded": False, "shape": "plain"},
    ),
    (
        "outlook-zidong",
        "outlook-desktop-zh",
        "automated",
        None,
        "您好，我目前不在办公室，12月1日返回，期间邮件回复可能延迟。急事请联系 021-5555 0000。",
        {
            "noquote": True,
            "prefix": "自动答复: ",
            "extra": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            "shape": "plain",
        },
    ),
    (
        "163-zidong",
        "netease-163-web",
        "automated",
        None,
        "您的邮件已收到，我会尽快回复。\n——网易邮箱自动回复",
        {"noquote": True, "prefix": "自动回复：", "shape": "plain", "extra": {"X-Autoreply": "yes"}},
    ),
    (
        "exmail-chuchai",
        "exmail-web",
        "automated",
        None,
        "【自动回复】您好，邮件已收到。本人11月27日至12月2日出差，期间无法及时回复，敬请谅解。",
        {"noquote": True, "prefix": "自动回复：", "extra": {"Auto-Submitted": "auto-replied"}},
    ),
    (
        "tingyong",
        "aliyun-web",
        "automated",
        None,
        "感谢来信。本邮箱已停用，请将邮件发送至新邮箱 zhang.san@newmail.cn，本邮件为系统自动回复，请勿回复。",
        {
            "noquote": True,
            "prefix": "自动回复：",
            "shape": "plain",
            "extra": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        },
    ),
]


def expand(case: tuple[Any, ...], sender_addr: str) -> tuple[Any, ...]:
    """Turn the shorthand options (_chain, _inline, _fwd) into the Mail fields they stand for."""
    if len(case) < 6:
        return case
    opts = dict(case[5])
    if "_chain" in opts:
        new, earlier = opts.pop("_chain")
        opts.update(qq_chain(new, earlier, sender_addr))
        case = (*case[:4], new, opts)
    if "_inline" in opts:
        lead, answers, tail = opts.pop("_inline")
        opts.update(inline(lead, answers, tail))
        case = (*case[:4], lead or tail or "(inline)", opts)
    if "_fwd" in opts:
        new = opts.pop("_fwd")
        opts.update(gmail_forwarded(new, sender_addr.replace("@gmail.com", "@corp-e.cn")))
        case = (*case[:4], new, opts)
    return (*case[:5], opts)
