# ruff: noqa: E501
"""blind9 replies to the Chinese invitation (方案 1 建议 12月3日 周四 14:00，方案 2 12月4日 周五 14:00，方案 3 12月5日 周六 10:00，Asia/Shanghai).

Each entry: (intent, slot, client id with locale, sender name, the candidate's new text, optional client keywords).
"""

from __future__ import annotations

from typing import Any

DISCLAIMER_ZH = "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件。"

ZH: list[tuple[Any, ...]] = [
    # ---------------------------------------------------------------- confirm, 方案 1
    ("confirm", None, "plain-zh", "", "确认", {"user": "13912345678", "domain": "139.com"}),
    ("confirm", None, "gmail-web-zh", "李明", "您好，\n\n确认参加12月3日周四下午两点的面试，谢谢！\n\n李明", {"user": "liming.hz"}),
    ("confirm", None, "netease-zh", "周晓", "好的，方案1没问题，我会准时到。", {"user": "zhouxiao1998"}),
    ("confirm", None, "qq-zh", "小陈", "收到，确认方案一。谢谢给我这个机会！", {"user": "384920113"}),
    ("confirm", None, "apple-iphone-zh", "赵磊", "确认参加，周四见。", {"user": "zhaolei"}),
    ("confirm", None, "outlook-desktop-zh", "王芳", "老师您好：\n我确认参加3号下午2点的重新面试，会带好身份证复印件和作品。\n请问培训课程需要在面试前完成吗？\n\n王芳", {"user": "wangfang", "disclaimer": DISCLAIMER_ZH}),
    ("confirm", None, "gmail-android-zh", "孙浩", "OK，就按建议的时间，12月3日14:00。", {"user": "sunhao.sh"}),
    ("confirm", None, "gmail-ios-zh", "Vivian Zhang", "没问题，confirm 方案1 👍"),
    ("confirm", None, "netease-zh", "黄丽", "可以的，周四下午我有空，确认。", {"user": "huangli_88", "domain": "126.com"}),
    ("confirm", None, "gmail-web-zh", "Kevin Liu", "您好，我在伦敦读书，线上参加没问题，确认 Option 1（北京时间12月3日14:00，我这边早上6点）。\n\nKevin"),
    ("confirm", None, "apple-iphone-zh", "吴婷", "确认。", {"user": "wuting"}),
    ("confirm", None, "qq-zh", "杨帆", "好的，谢谢HR，我确认参加建议时间的面试。", {"user": "10293847"}),
    ("confirm", None, "plain-zh", "徐静", "嗯嗯 3号可以", {"user": "xujing", "domain": "sina.com", "charset": "gbk", "cte": "base64"}),
    ("confirm", None, "outlook-web-zh", "马超", "感谢再次给我机会！12月3日 周四 14:00–15:00 我能参加。", {"user": "machao"}),
    ("confirm", None, "netease-zh", "张伟", "确认参加重新面试（方案1）。\n张伟", {"user": "zhangwei2001"}),
    ("confirm", None, "gmail-android-zh", "何丹", "收到，按原定时间参加。", {"user": "hedan"}),
    ("confirm", None, "thunderbird-zh", "罗斌", "好的 我确认 周四下午两点 线上参加", {"user": "luobin", "domain": "foxmail.com"}),
    ("confirm", None, "qq-zh", "林晨", "您好，同意，12/3 14:00 见。", {"user": "563829101"}),
    ("confirm", None, "outlook-desktop-zh", "陈静", "确认出席。谢谢！\n—— 陈静", {"user": "chenjing"}),
    ("confirm", None, "gmail-web-zh", "Amy Wu", "Hi, 确认 Thursday 14:00，thanks!"),
    # ---------------------------------------------------------------- confirm, 方案 2 / 3
    ("confirm", 2, "plain-zh", "", "2", {"user": "18600001111", "domain": "163.com"}),
    ("confirm", 2, "netease-zh", "郑凯", "选方案2，周五下午两点。", {"user": "zhengkai"}),
    ("confirm", 2, "apple-iphone-zh", "冯雪", "您好，周四要上班，周五下午可以，选2。", {"user": "fengxue"}),
    ("confirm", 3, "qq-zh", "韩梅", "我选3，周六上午10点。", {"user": "77120934"}),
    ("confirm", 3, "gmail-ios-zh", "曹阳", "方案三，谢谢", {"user": "caoyang.cn"}),
    ("confirm", 3, "outlook-web-zh", "邓佳", "周六上午比较方便，就定周六吧。", {"user": "dengjia"}),
    ("confirm", 2, "gmail-android-zh", "彭亮", "12月4日下午可以，谢谢。", {"user": "pengliang"}),
    ("confirm", 2, "outlook-desktop-zh", "刘洋", "HR您好，\n\n我选择方案2（12月4日 周五 14:00–15:00）。\n\n刘洋", {"user": "liuyang"}),
    ("confirm", 3, "gmail-web-zh", "Grace Tan", "Option 3 please，周末比较方便。\nGrace"),
    ("confirm", 2, "samsung-zh", "蒋涛", "4号下午两点没问题", {"user": "jiangtao"}),
    # ---------------------------------------------------------------- decline
    ("decline", None, "plain-zh", "", "放弃", {"user": "wanglei77", "domain": "qq.com", "charset": "gb2312", "cte": "base64", "prefix": "回复："}),
    ("decline", None, "gmail-web-zh", "谢敏", "您好，我已经找到其他工作了，就不参加了，谢谢。", {"user": "xiemin"}),
    ("decline", None, "netease-zh", "宋佳", "不好意思，考虑之后决定放弃这次面试机会。", {"user": "songjia"}),
    ("decline", None, "apple-iphone-zh", "唐亮", "谢谢，不用了。", {"user": "tangliang"}),
    ("decline", None, "qq-zh", "许可", "我不去了，请取消我的面试资格。", {"user": "90011223"}),
    ("decline", None, "outlook-desktop-zh", "钱程", "已入职别的公司，感谢贵司。", {"user": "qiancheng"}),
    ("decline", None, "gmail-android-zh", "袁媛", "不参加了，谢谢好意。", {"user": "yuanyuan"}),
    ("decline", None, "outlook-web-zh", "沈阳", "抱歉，本人决定撤回申请，不再参加后续面试。", {"user": "shenyang"}),
    # ---------------------------------------------------------------- reschedule
    ("reschedule", None, "netease-zh", "高翔", "改期。我下周一（12月7日）或周二下午都可以。", {"user": "gaoxiang"}),
    ("reschedule", None, "qq-zh", "邱雨", "三个时间都不行，我那周在外地出差，能否改到12月10日以后？", {"user": "28374651"}),
    ("reschedule", None, "gmail-web-zh", "潘婷", "您好，周五上午可以吗？下午要上课。", {"user": "panting"}),
    ("reschedule", None, "apple-iphone-zh", "董强", "能不能改到晚上？白天都要上班。", {"user": "dongqiang"}),
    ("reschedule", None, "outlook-desktop-zh", "叶青", "老师好，我12月初有考试，能否推迟一周？谢谢", {"user": "yeqing"}),
    ("reschedule", None, "gmail-android-zh", "程鹏", "改期，周四下午4点以后可以吗", {"user": "chengpeng"}),
    ("reschedule", None, "gmail-web-zh", "Jason Lin", "我人在美国，北京时间下午两点是这边凌晨一点，可以改成北京时间晚上9点以后吗？\nJason"),
    ("reschedule", None, "netease-zh", "苏畅", "周日可以吗？周六上午有事，周四周五都上班。", {"user": "suchang"}),
    # ---------------------------------------------------------------- question
    ("question", None, "qq-zh", "魏然", "请问重新面试是线上还是必须到现场？", {"user": "66554433"}),
    ("question", None, "gmail-web-zh", "吕薇", "您好，培训测评报告在哪里下载？我没有收到。", {"user": "lvwei"}),
    ("question", None, "netease-zh", "丁一", "请问面试大概需要准备什么内容？和上次一样吗？", {"user": "dingyi"}),
    ("question", None, "apple-iphone-zh", "任杰", "想问一下，如果这次还没通过，还有机会吗？", {"user": "renjie"}),
    ("question", None, "outlook-web-zh", "姚琳", "请问作品需要打印出来吗？还是带电脑展示就行？", {"user": "yaolin"}),
    # ---------------------------------------------------------------- unclear
    ("unclear", None, "gmail-android-zh", "卢森", "周四周五都行，看你们安排。", {"user": "lusen"}),
    ("unclear", None, "plain-zh", "贾蕾", "收到", {"user": "jialei", "domain": "163.com", "charset": "gbk", "cte": "base64"}),
    ("unclear", None, "qq-zh", "小刚妈妈", "我是他妈妈，他现在在国外，面试的事情我帮他问一下，周四可以吗？", {"user": "33221100"}),
    ("unclear", None, "netease-zh", "夏天", "应该可以吧，到时候再看。", {"user": "xiatian"}),
    ("unclear", None, "gmail-web-zh", "方圆", "我再考虑一下，过两天回复您。", {"user": "fangyuan"}),
    ("unclear", None, "apple-iphone-zh", "石磊", "方案2或者3都可以", {"user": "shilei"}),
    ("unclear", None, "outlook-desktop-zh", "谭晶", "如果公司那边请假批下来的话就周四，不然就不行，我下周一告诉您。", {"user": "tanjing"}),
    # ---------------------------------------------------------------- automated
    ("automated", None, "auto-qq-zh", "", "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。", {"user": "1234509876"}),
    ("automated", None, "auto-outlook-zh", "龚宇", "您好，我目前不在办公室，将于12月1日返回，期间查看邮件可能不及时。如有急事请致电。\n\n龚宇", {"user": "gongyu", "prefix": "自动答复: "}),
]
