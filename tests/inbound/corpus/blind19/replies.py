"""blind19 — "people with circumstances": the candidates' own words and what a careful HR person reads in them.

The offered times (from the invitations):
  zh (Asia/Shanghai): 1 = 周四 2026-12-03 14:00–15:00 (proposed), 2 = 周五 12-04 14:00–15:00, 3 = 周六 12-05 10:00–11:00
  en (Europe/London): 1 = Thu 3 Dec 14:00–15:00 (proposed), 2 = Fri 4 Dec 14:00–15:00, 3 = Sat 5 Dec 10:00–11:00
The invitations went out on Thu 26 Nov 2026 (zh 10:00 +0800, en 09:00 +0000), reply by Mon 30 Nov.

`when` is the sender's local time ("MM-DD HH:MM", 2026) in `tz`; relative days ("本周五", "明天", "下周四") are
read against it. `quote`: top (the client's default), none (quote deleted), bottom, or inline:<quoted line the
answer is written under>.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reply:
    lang: str
    client: str
    intent: str
    slot: int | None
    when: str
    body: str
    name: str
    addr: str
    tz: str = "+0800"
    quote: str = "top"
    sig: str | None = None
    subject: str | None = None
    tzname: str = ""
    note: str = ""


def R(lang, client, intent, slot, when, body, name, addr, **kw) -> Reply:
    return Reply(lang, client, intent, slot, when, body.strip("\n"), name, addr, **kw)


Z, E = "zh", "en"

REPLIES: list[Reply] = [
    # ================================================================ zh — confirm option 1 (周四 12-03 14:00)
    R(Z, "qq", "confirm", None, "11-26 12:41", "确认。周四我正好轮休，下午两点准时到。", "张三", "2847561930@qq.com",
      note="shift worker, day off"),
    R(Z, "netease163", "confirm", None, "11-26 21:07", """
老师您好，确认方案1，周四下午我没有课，可以按时参加。

张三""", "张三", "zhangsan_0612@163.com", note="student"),
    R(Z, "apple-ios-zh", "confirm", None, "11-27 07:52", "确认参加，周四下午两点可以，早上送完孩子上学之后时间很充裕。",
      "张三", "zhangsan.sh@icloud.com", note="school run in the morning, not at 14:00"),
    R(Z, "foxmail", "confirm", None, "11-27 09:30", """
您好，

确认方案1（周四 14:00）。我已经跟公司请了半天假。希望面试能按时结束，我四点前还得赶回公司开会。

谢谢！""", "", "zhangsan@xinhe-tech.com", note="employed; needs to be back by 16:00, interview ends 15:00"),
    R(Z, "outlook-zh", "confirm", None, "11-27 10:15", """
您好：

确认方案1。我从公司过去路上比较远，可能会晚到5分钟左右，先跟您说一声，抱歉。""", "Zhang San", "san.zhang@huayu-logistics.com", sig="张三\n华宇物流 | 客服部\n电话：021-6088 7321",
      note="may be 5 minutes late"),
    R(Z, "mailmaster", "confirm", None, "11-26 19:20", "12月3号下午2点可以，确认", "张三", "zs19960215@163.com"),
    R(Z, "gmail-zh", "confirm", None, "11-26 08:30", """
您好，

我目前在英国交换，周四北京时间14:00对应这边早上6点，没有问题。确认方案1，我会通过线上链接参加。

张三""", "San Zhang", "zhangsan.ucl@gmail.com", tz="+0000", note="abroad, converts correctly, online"),
    R(Z, "gmail-zh", "confirm", None, "11-26 20:14",
      "我人在旧金山，北京时间周四下午2点就是我这边周三晚上10点吧？这个时间我可以，确认方案1。",
      "Zhang San", "sanzhang.sf@gmail.com", tz="-0800", note="own time zone, conversion right; the 吧？ is rhetorical"),
    R(Z, "qq", "confirm", None, "11-27 13:02", """
确认

补充一下：我会线上参加，不去现场了，麻烦到时候把链接再发我一下。""", "三三", "1093847562@qq.com",
      note="second thought in the same mail (补充一下) keeps the decision"),
    R(Z, "netease126", "confirm", None, "11-27 20:45", """
您好，我是张三的妈妈。他现在在外地实习，手机邮箱不方便看，让我帮他回复一下：周四下午两点可以，确认参加。
谢谢！""", "李秀英", "lixiuying1968@126.com", note="a parent answers for the candidate"),
    R(Z, "apple-ios-zh", "confirm", None, "11-28 11:20",
      "好的，确认方案1。周四白天我本来是下夜班补觉的时间，不过没关系，能来。", "张三", "zs_night@icloud.com",
      note="night shift"),
    R(Z, "qq-app", "confirm", None, "11-26 15:33", "收到，确认。就是周四14:00那个。", "张三", "3321908745@qq.com", quote="none"),
    R(Z, "outlook-zh", "confirm", None, "11-27 16:40", "确认方案一。我只能待到三点，三点之后要去接孩子放学。",
      "张三", "zhangsan@jinrui-retail.com", note="can stay only until 15:00 — the interview ends at 15:00"),
    R(Z, "qq", "confirm", None, "11-28 22:10", "确认。另外想问一下身份证复印件需要正反面都印吗？", "张三",
      "772910384@qq.com", note="decision plus side question"),
    R(Z, "gmail-zh", "confirm", None, "11-27 09:05",
      "您好，我这边刚拿到另一家公司的offer，不过还是更想争取贵司的机会，确认周四下午参加。", "Zhang San",
      "zhangsan.work@gmail.com", note="has another offer, still confirms"),
    R(Z, "netease163", "confirm", None, "11-27 18:22", """
这两天有点感冒，不过周四应该就好了。先确认方案1，如果到时候还没好我会提前跟您说。""", "张三",
      "zhangsan2001@163.com", note="ill; confirms with a hedge HR would still book"),
    R(Z, "mailmaster", "confirm", None, "11-26 11:11", "确认1", "张三", "zhangsan_88@163.com", sig=""),
    R(Z, "foxmail", "confirm", None, "11-29 10:02", "确认参加（12/3 14:00）", "张三", "zhangsan@foxmail.com",
      note="12/3 = 12月3日 in Chinese month/day order"),
    R(Z, "qq", "confirm", None, "11-27 08:40", "下周四下午两点可以，我那天调休。", "张三", "1577203986@qq.com",
      note="sent Fri 27 Nov: 下周四 = 3 Dec"),
    R(Z, "apple-mac-zh", "confirm", None, "11-27 21:00", """
您好，

我现在在悉尼读书。北京时间周四下午2点是悉尼时间下午5点，我那时候刚好下课，可以参加。确认方案1，线上。

张三""", "张三", "san.zhang@student.unsw.edu.au", tz="+1100", note="abroad, student, Sydney time named"),

    # ================================================================ zh — confirm option 2 (周五 12-04 14:00)
    R(Z, "qq", "confirm", 2, "11-26 18:05", "选2。周四要上班走不开，周五我调休。", "张三", "2039485761@qq.com"),
    R(Z, "netease163", "confirm", 2, "11-27 12:30", "老师好，周四下午我有期末考试，可以选方案2周五下午吗？谢谢老师！",
      "张三", "zs_student2004@163.com", note="student; '可以选…吗' is a polite choice"),
    R(Z, "qq", "confirm", 2, "11-30 09:12", "这周五下午两点可以。", "张三", "915724308@qq.com",
      note="sent Mon 30 Nov: 这周五 = 4 Dec"),
    R(Z, "foxmail", "confirm", 2, "11-28 14:16", "12/4 14:00 ok", "", "zhangsan@dingfeng-auto.com"),
    R(Z, "apple-ios-zh", "confirm", 2, "11-27 19:45", "4号下午可以，确认。", "张三", "zhangsan1993@icloud.com",
      note="4号 = the 4th"),
    R(Z, "outlook-zh", "confirm", 2, "11-27 17:50", "您好，我问过领导了，周五下午可以请假，就选方案2吧。谢谢！",
      "张三", "zhang.san@haitong-fin.com", note="asked the boss"),
    R(Z, "qq-wechat", "confirm", 2, "11-27 17:40", """
您好，刚跟领导确认过了，聊天记录贴在下面：

王经理 2026/11/27 17:32
周五下午可以，去吧[强]

张三 2026/11/27 17:33
谢谢王总[抱拳]

所以我选周五下午那个时间，谢谢。""", "张三", "1838294756@qq.com", note="WeChat chat pasted: boss approves Friday"),
    R(Z, "mailmaster", "confirm", 2, "11-26 20:33", "周四不行，周五可以。", "张三", "zhangsan_sz@126.com",
      note="contrast: turns Thursday down, takes Friday"),
    R(Z, "netease163", "confirm", 2, "11-27 08:55", "方案1那天我要值班，换成方案2吧，麻烦了。", "张三",
      "zhangsan_duty@163.com"),
    R(Z, "apple-ios-zh", "confirm", 2, "11-26 13:14", "2", "张三", "zs.2@icloud.com"),
    R(Z, "qq", "confirm", 2, "11-28 07:20", "我是三班倒，下周五正好轮到休息，就选周五下午14:00-15:00吧。", "张三",
      "2660193847@qq.com", note="sent Sat 28 Nov: 下周五 = 4 Dec"),
    R(Z, "gmail-zh", "confirm", 2, "11-27 15:40", """
我这几天在东京出差，周五北京时间下午两点就是这边三点，可以的。选方案2，线上参加。""", "張三", "zhangsan.tyo@gmail.com",
      tz="+0900", note="travelling, Tokyo time named"),
    R(Z, "outlook-zh", "confirm", 2, "11-27 11:03", """
确认方案1

不好意思，刚才看错日历了，周四下午我有事。改成方案2周五下午，以这条为准。""", "张三", "zhangsan@kaiyuan-edu.cn",
      note="corrects itself in the same mail; the later line counts"),
    R(Z, "netease126", "confirm", 2, "11-28 21:10", """
您好，我是张三的爱人。他在远洋船上工作，这几天信号不好，托我代为回复：选周五那个时间（方案2），他12月1号就下船了。""",
      "王丽", "wangli_8512@126.com", note="partner answers for the candidate"),
    R(Z, "qq", "confirm", 2, "11-26 16:48", "2号方案可以", "张三", "404938271@qq.com",
      note="2号方案 = 方案2, not 12月2号"),
    R(Z, "foxmail", "confirm", 2, "11-27 10:26", "周五下午可以，不过我三点得走，一个小时应该够吧？", "张三",
      "zhangsan@ruitai-pharma.com", note="must leave at 15:00, the slot ends at 15:00"),
    R(Z, "thunderbird-zh", "confirm", 2, "11-27 22:18", "这个可以，周五下午我有空。", "张三", "zhangsan@posteo.de",
      tz="+0100", quote="inline:方案 2：", note="answer written under the quoted option 2"),
    R(Z, "netease163", "confirm", 2, "11-28 09:41", "周五或者周六都行，最好是周五，周六要陪孩子。", "张三",
      "zhangsan_mom@163.com", note="two fine but a clear preference for Friday (Saturday is with the kids)"),
    R(Z, "gmail-zh", "confirm", 2, "11-27 02:12",
      "Hi, Friday 2pm works for me. My Chinese typing is slow so replying in English, hope that's ok. Thanks!",
      "Zhang San", "zhangsan.abroad@gmail.com", note="zh invitation answered in English"),
    R(Z, "yahoo-zh-tw", "confirm", 2, "11-27 11:30", "您好，我是香港人，目前在深圳工作。週五下午兩點可以，確認方案2。",
      "張三", "cheungsam_hk@yahoo.com.hk", tzname="GMT+8", note="traditional characters"),

    # ================================================================ zh — confirm option 3 (周六 12-05 10:00)
    R(Z, "qq", "confirm", 3, "11-26 22:31", "工作日实在请不了假，选周六上午那个吧。", "张三", "3098475612@qq.com"),
    R(Z, "netease163", "confirm", 3, "11-27 12:05", "选3，周六上午没课。", "张三", "zs_xmu2003@163.com"),
    R(Z, "apple-ios-zh", "confirm", 3, "11-27 21:58",
      "周六上午10点可以，不过我可能要带孩子一起过去，孩子比较乖，可以在外面等，请问方便吗？", "张三",
      "zhangsan.mama@icloud.com", note="decision plus side question"),
    R(Z, "outlook-zh", "confirm", 3, "11-28 10:40", "12月5号上午十点，确认。", "张三", "zhangsan@lianhe-express.com", quote="none"),
    R(Z, "mailmaster", "confirm", 3, "11-26 23:02", "方案三", "张三", "zs_0808@163.com"),
    R(Z, "gmail-zh", "confirm", 3, "11-26 10:22", """
您好，我目前在纽约。北京时间周六上午十点是这边周五晚上九点，这个时间我可以。选方案3，线上面试。""", "San Zhang",
      "san.zhang.nyc@gmail.com", tz="-0500", note="abroad; names the local Friday evening that equals option 3"),
    R(Z, "qq", "confirm", 3, "11-28 15:27", "我这周在住院，周四周五肯定出不了院，周六上午应该可以了，选方案3。线上参加可以吗？",
      "张三", "1203948576@qq.com", note="ill; picks 3 and asks about online"),
    R(Z, "foxmail", "confirm", 3, "11-27 16:12", "周六上午10:00-11:00这个可以。", "张三", "zhangsan@jiahe-food.com"),
    R(Z, "qq-app", "confirm", 3, "11-29 08:16", "前两个时间都要上班，只能周六了，确认方案3", "张三", "2384756190@qq.com"),
    R(Z, "netease163", "confirm", 3, "11-28 19:51", """
我手上有一个offer下周一需要答复，所以希望能尽快面试。工作日请不了假，只能选周六上午，确认。""", "张三",
      "zhangsan_offer@163.com", note="another offer pending"),
    R(Z, "qq", "confirm", 3, "11-27 20:20", """
选3

补充一下：作品我带纸质版和U盘各一份，可以吗？""", "张三", "845720391@qq.com"),
    R(Z, "apple-ios-zh", "confirm", 3, "11-30 12:48", "只能周六，确认。", "张三", "zs_weekend@icloud.com"),
    R(Z, "outlook-zh-gb2312", "confirm", 3, "11-28 09:15", """
您好，

12月5日（周六）上午10点确认参加。我住得比较远，地铁要换乘两次，可能会迟到几分钟，提前说一声。

张三""", "张三", "zhangsan@hengda-print.com", note="may be a few minutes late"),
    R(Z, "qq", "confirm", 3, "11-27 09:05", "我周六早上八点下夜班，十点过去来得及，选周六。", "张三", "1928374650@qq.com",
      note="night shift ends 08:00 Saturday"),
    R(Z, "mailmaster", "confirm", 3, "11-29 17:36", "星期六早上十点可以", "张三", "zhangsan_gz@126.com"),

    # ================================================================ zh — reschedule
    R(Z, "qq", "reschedule", None, "11-26 23:48", "三个时间我都在上班，能不能安排在晚上？比如下周一晚上7点以后。", "张三",
      "1456293078@qq.com"),
    R(Z, "netease163", "reschedule", None, "11-27 13:30", "老师好，我12月1日到12月5日是期末考试周，每天都有考试，能否安排在12月7日之后？",
      "张三", "zs_finals@163.com", quote="none"),
    R(Z, "gmail-zh", "reschedule", None, "11-27 23:05", """
您好，我在墨尔本读研，三个时间换算过来都和我的课冲突，能不能改到北京时间晚上8点以后？哪天都可以。""", "Zhang San",
      "zhang.s@student.unimelb.edu.au", tz="+1100"),
    R(Z, "outlook-zh", "reschedule", None, "11-27 14:22", "您好，周四周五都不行，周六也有安排，请问下周二（12月8日）下午可以吗？",
      "张三", "zhangsan@boyuan-design.com"),
    R(Z, "apple-ios-zh", "reschedule", None, "11-28 16:03", "我上个月刚做完手术，医生让我再休息两周，能否推迟到12月中旬以后？真的很想要这个机会。",
      "张三", "zhangsan.recover@icloud.com", note="ill; asks for a later time, not withdrawing"),
    R(Z, "qq", "reschedule", None, "11-27 21:37", "周六下午可以吗？上午要送孩子去兴趣班。", "张三", "3019283746@qq.com",
      note="Saturday afternoon is not offered"),
    R(Z, "foxmail", "reschedule", None, "11-27 12:48", "周四下午四点以后可以吗？两点我在上班走不开。", "张三",
      "zhangsan@xinda-mech.com", note="option 1's day at another hour"),
    R(Z, "netease163", "reschedule", None, "11-28 11:19", "我12月2号到8号要去成都出差，回来之后哪天都可以，比如12月9号。",
      "张三", "zhangsan_trip@163.com"),
    R(Z, "mailmaster", "reschedule", None, "11-27 18:00", "能否改到周五上午？下午要去学校接孩子。", "张三", "zs_dad@126.com"),
    R(Z, "qq-wechat", "reschedule", None, "11-28 09:30", """
您好，领导这周不批假，我把他的回复贴一下：

李总 2026/11/28 09:15
这周项目上线，谁都不能请假

所以能不能改到下周六（12月12日）上午？""", "张三", "2093847561@qq.com"),
    R(Z, "qq", "reschedule", None, "11-29 19:42", "改期。12月3号晚上7点可以吗", "张三", "572039184@qq.com"),
    R(Z, "netease126", "reschedule", None, "11-27 22:50", "能否线上面试？时间改到周日上午，周日我休息。", "张三",
      "zhangsan_sun@126.com"),
    R(Z, "qq", "reschedule", None, "11-27 10:11", "明天上午可以吗？我正好调休", "张三", "1102938475@qq.com",
      note="sent Fri 27 Nov: 明天 = Sat 28 Nov, not offered"),
    R(Z, "gmail-zh", "reschedule", None, "11-27 08:02", """
您好，我在德国。北京时间下午两点是我这边早上七点，周六上午十点更是凌晨三点，都太早了。能不能改到北京时间下午五点以后？""",
      "Zhang San", "zhangsan.de@gmail.com", tz="+0100"),
    R(Z, "apple-ios-zh", "reschedule", None, "11-28 10:27", "我现在发烧在医院输液，这周肯定来不了了，能不能等我好了再约时间？抱歉。",
      "张三", "zs_fever@icloud.com", note="ill; wants later, unspecified times"),
    R(Z, "outlook-zh", "reschedule", None, "11-27 15:58", """
您好，

我们车间是倒班制，这三个时间我都在班上。能否改到12月第二周的任意一个下午？

谢谢""", "张三", "zhangsan@huaneng-parts.com"),

    # ================================================================ zh — decline
    R(Z, "qq", "decline", None, "11-27 11:45", "谢谢，我已经接受了别家的offer，就不参加了。", "张三", "2938475610@qq.com"),
    R(Z, "netease163", "decline", None, "11-26 17:23", "放弃。我已经入职新公司了，谢谢。", "张三", "zhangsan_new@163.com"),
    R(Z, "outlook-zh", "decline", None, "11-28 14:05", """
您好，

我身体出了点状况，需要长期治疗，这次面试就放弃了。感谢贵司给的机会。

张三""", "张三", "zhangsan@yongxin-trade.com"),
    R(Z, "apple-ios-zh", "decline", None, "11-27 20:10", "您好，我是张三的父亲。他已经决定出国读书了，这个面试就不参加了，谢谢你们。",
      "张建国", "zhangjianguo1965@icloud.com", note="a parent withdraws for the candidate"),
    R(Z, "gmail-zh", "decline", None, "11-27 18:30", "谢谢邀请。我已经移民加拿大了，以后不在国内工作，放弃这次机会。",
      "Zhang San", "san.zhang.ca@gmail.com", tz="-0500"),
    R(Z, "mailmaster", "decline", None, "11-28 22:14", "跟家里商量了一下，这个岗位要倒班，孩子还小照顾不过来，还是算了，谢谢。",
      "张三", "zhangsan_home@163.com"),
    R(Z, "foxmail", "decline", None, "11-29 09:48", "不好意思，现公司给我涨薪了，决定留下来，就不参加复试了。谢谢！", "张三",
      "zhangsan@tianyu-soft.com", note="counter-offer"),

    # ================================================================ zh — question
    R(Z, "qq", "question", None, "11-26 14:30", "请问可以线上面试吗？我现在人在外地。", "张三", "3847561029@qq.com"),
    R(Z, "netease163", "question", None, "11-27 12:40", "请问面试大概需要多长时间？我中午只有一个半小时午休，想看看能不能抽空溜出来。",
      "张三", "zhangsan_lunch@163.com"),
    R(Z, "apple-ios-zh", "question", None, "11-27 09:18", "请问周六那一场是线上还是去现场？我人在杭州。", "张三",
      "zhangsan.hz@icloud.com"),
    R(Z, "outlook-zh", "question", None, "11-27 10:52", "您好，我需要先跟领导请假，请问最晚什么时候需要确认？", "张三",
      "zhangsan@zhongxin-bank.com"),
    R(Z, "qq", "question", None, "11-28 20:05", "请问培训测评报告在哪里下载？我还没收到课程链接。", "张三", "1029384756@qq.com"),
    R(Z, "gmail-zh", "question", None, "11-26 19:40", "请问上面写的时间是北京时间吗？我现在在温哥华，想确认一下再选。", "Zhang San",
      "zhangsan.van@gmail.com", tz="-0800"),

    # ================================================================ zh — unclear
    R(Z, "qq", "unclear", None, "11-26 17:02", "周四周五都行。", "张三", "2019384756@qq.com", note="two options, no choice"),
    R(Z, "foxmail", "unclear", None, "11-27 09:12", "我要先问一下领导能不能请假，确定了再回复您。", "张三",
      "zhangsan@huaxia-const.com", note="undecided, will come back"),
    R(Z, "qq-app", "unclear", None, "11-26 10:31", "收到", "张三", "674839201@qq.com", quote="none", note="acknowledgement only"),
    R(Z, "netease163", "unclear", None, "11-26 11:47", "好的，谢谢", "张三", "zhangsan_ok@163.com",
      note="acknowledgement only"),
    R(Z, "mailmaster", "unclear", None, "11-27 19:19", "周四或者周六，看你们安排。", "张三", "zs_either@163.com"),
    R(Z, "outlook-zh", "unclear", None, "11-27 13:44", "选方案2，周四下午两点见。", "张三", "zhangsan@dongfang-med.com",
      note="方案2 is Friday but the day named is Thursday"),
    R(Z, "qq", "unclear", None, "11-30 08:50", "下周四下午可以", "张三", "1674920385@qq.com",
      note="sent Mon 30 Nov: 下周四 may mean 3 Dec or 10 Dec"),
    R(Z, "apple-ios-zh", "unclear", None, "11-27 12:06", """
确认方案1。

诶等一下，我刚想起来那天可能要加班，我再确认一下，晚点回复您。""", "张三", "zs_overtime@icloud.com",
      note="takes it back in the same mail, undecided"),
    R(Z, "netease126", "unclear", None, "11-27 20:31", "您好，我是张三的爱人，他这几天在外地出差，等他回来我让他回复您。", "刘芳",
      "liufang_1990@126.com", note="partner, no decision"),
    R(Z, "qq", "unclear", None, "11-28 21:40", """
周四下午要带孩子打疫苗，周五下午开家长会，周六上午的话……我看看能不能找人帮忙带孩子吧。""", "张三",
      "3940128576@qq.com", note="none fit yet, may manage Saturday — undecided"),
    R(Z, "gmail-zh", "unclear", None, "11-27 09:30", "我现在在国外，周四下午2点可以。", "Zhang San",
      "zhangsan.paris@gmail.com", tz="+0100", note="abroad: 2 pm Beijing or 2 pm local? HR has to ask"),
    R(Z, "qq", "unclear", None, "11-27 22:22", "方案1和方案3都可以，你们定吧。", "张三", "2750193846@qq.com"),

    # ================================================================ zh — automated
    R(Z, "outlook-oof-zh", "automated", None, "11-26 10:00", """
您好，我正在休年假（11月26日—12月6日），期间不便查看邮件，12月7日返回后回复您。如有急事请拨打 138****5678。""",
      "张三", "zhangsan@minsheng-elec.com"),
    R(Z, "qq-auto", "automated", None, "11-26 10:00", """
这是来自QQ邮箱的假期自动回复邮件。
 
您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。""", "张三", "1357924680@qq.com"),
    R(Z, "netease-auto", "automated", None, "11-26 10:01", "您的来信已收到，我目前在外地培训，会尽快回复。", "张三",
      "zhangsan_auto@163.com"),
    R(Z, "outlook-oof-zh", "automated", None, "11-26 10:00", """
我目前在倒班，邮件查看不及时。紧急事务请联系值班主管 王工（分机 8021）。

I am on shift rotation and may not read e-mail promptly.""", "张三", "zhangsan@sinochem-plant.com"),

    # ================================================================ en — confirm option 1 (Thu 3 Dec 14:00)
    R(E, "gmail-gb", "confirm", None, "11-26 12:10", """
Confirm. Thursday works - it's my day off this week.

Alice""", "Alice Smith", "alice.smith.94@gmail.com", tz="+0000", note="shift worker"),
    R(E, "gmail", "confirm", None, "11-26 07:45", """
Hi,

Confirming option 1. That's 9am Eastern for me, which is fine. I'll join via the online link.

Thanks,
Alice""", "Alice Smith", "alicesmith.nyc@gmail.com", tz="-0500", note="abroad, own time zone named correctly"),
    R(E, "outlook-gb", "confirm", None, "11-26 16:02", """
Hello,

Thursday at 2pm is fine. I may be 5 minutes late as I'm coming straight from work - I hope that's ok.

Kind regards,
Alice Smith""", "Alice Smith", "alice.smith@harbourfreight.co.uk", note="may be 5 minutes late", tz="+0000"),
    R(E, "apple-ios-gb", "confirm", None, "11-26 18:21", "Hi, option 1 please. I have an exam on Friday morning so Thursday suits me best.",
      "Alice Smith", "alice.smith@student.manchester.ac.uk", tz="+0000", note="student"),
    R(E, "gmail-android", "confirm", None, "11-27 07:14", "Confirm for 3/12 at 2pm.", "Alice Smith",
      "alice.smith.uk@gmail.com", tz="+0000", note="UK day/month: 3/12 = 3 December"),
    R(E, "outlook", "confirm", None, "11-26 21:40", """
Dear Team,

Option 1 works for me - that's 7:30 PM IST, which is perfect as it's after office hours.

Regards,
Alice""", "Alice Smith", "alice.smith@infotech-blr.in", tz="+0530", note="India; own time zone, right"),
    R(E, "outlook-ios", "confirm", None, "11-27 12:33", """
Confirm. I'll be taking a long lunch for this so I'll probably dial in from my car - apologies in advance if there's a bit of background noise.""",
      "Alice Smith", "alice.smith@northgate-insurance.co.uk", tz="+0000", note="employed, sneaking out"),
    R(E, "gmail", "confirm", None, "11-26 09:58", """
Confirm.

Edit: forgot to say - I'll join via the online link rather than in person.""", "Alice Smith", "alicesmith.cx@gmail.com",
      tz="+0000", note="'Edit:' adds, does not change"),
    R(E, "yahoo", "confirm", None, "11-27 13:20", "Yes, Thursday the 3rd at 14:00 works for me.", "Alice Smith",
      "alice_smith77@yahoo.co.uk", tz="+0000", tzname="GMT"),
    R(E, "apple-ios", "confirm", None, "11-27 08:05", "Just off a night shift so sorry for the short reply - Thursday 2pm is good. Confirmed.",
      "Alice Smith", "alice.nights@icloud.com", tz="+0000"),
    R(E, "gmail", "confirm", None, "11-27 19:30", """
Hi,

This is Alice's husband. She's travelling for work without laptop access this week and asked me to reply on her behalf: she'll take the Thursday slot (option 1). She'll confirm from her own email when she's back on Tuesday.

Tom""", "Tom Smith", "tom.smith.1988@gmail.com", tz="+0000", note="partner answers for the candidate"),
    R(E, "outlook-mac", "confirm", None, "11-27 17:12", "Confirmed, but I can only stay until 3 - hard stop for school pickup.",
      "Alice Smith", "alice@smith-consulting.co.uk", tz="+0000", note="must leave at 15:00, the slot ends at 15:00"),
    R(E, "apple-mac", "confirm", None, "11-27 09:40", """
Hi there,

I'm currently in Sydney. 14:00 London on Thursday is 1am Friday here, but I'm happy to do it - it's only an hour. Option 1 confirmed.

Best,
Alice""", "Alice Smith", "alice.smith@me.com", tz="+1100", note="abroad; local time named, option named too"),
    R(E, "gmail-gb", "confirm", None, "11-28 11:02", "Thursday works. Quick question - can I bring my portfolio on a tablet rather than printed?",
      "Alice Smith", "asmith.portfolio@gmail.com", tz="+0000", note="decision plus side question"),
    R(E, "yahoo", "confirm", None, "11-26 11:55", "Confirming 12/3 at 2:00 PM (London time). Thanks!", "Alice Smith",
      "alicesmith_chi@yahoo.com", tz="-0600", tzname="CST", note="US month/day: 12/3 = 3 December"),
    R(E, "apple-ios", "confirm", None, "11-26 10:12", "confirm", "Alice Smith", "alice.s@icloud.com", tz="+0000", quote="none"),
    R(E, "thunderbird", "confirm", None, "11-27 14:44", "Option 1 is fine, see you Thursday.", "Alice Smith",
      "alice.smith@posteo.net", tz="+0000", quote="bottom", note="bottom-posted"),
    R(E, "qq-en", "confirm", None, "11-27 18:40", "您好，周四下午可以，确认方案1。我会线上参加。", "Alice Smith",
      "2049385716@qq.com", tz="+0800", note="en invitation answered in Chinese by a student in China"),
    R(E, "gmail", "confirm", None, "11-27 22:15", "Option 1 is 10pm for me in Shanghai - that's fine. Confirmed.",
      "Alice Smith", "alice.smith.sha@gmail.com", tz="+0800"),

    # ================================================================ en — confirm option 2 (Fri 4 Dec 14:00)
    R(E, "outlook", "confirm", 2, "11-26 19:05", "Option 2 please. I'm on a 12-hour shift on Thursday.", "Alice Smith",
      "alice.smith@stmarys-nhs.uk", tz="+0000"),
    R(E, "apple-ios", "confirm", 2, "11-26 09:47", "2", "Alice Smith", "alice.smith.2@icloud.com", tz="+0000"),
    R(E, "gmail-gb", "confirm", 2, "11-26 20:31", "Can't do Thursday (parents' evening at school), but Friday at 2 works.",
      "Alice Smith", "alice.parent@gmail.com", tz="+0000"),
    R(E, "yahoo-android", "confirm", 2, "11-27 07:58", "Friday the 4th, 2pm - I'll be there.", "Alice Smith",
      "alice.smith_88@yahoo.com", tz="+0000", tzname="GMT"),
    R(E, "gmail", "confirm", 2, "11-26 13:25", "Friday at 9am Eastern works - that's your option 2, right? Let's go with that one.",
      "Alice Smith", "alice.boston@gmail.com", tz="-0500", note="own time zone; 9am EST = 14:00 London"),
    R(E, "outlook-gb", "confirm", 2, "11-27 15:36", """
Hi,

I've checked with my manager and I can take Friday afternoon off, so I'd like option 2 please.

Many thanks,
Alice""", "Alice Smith", "alice.smith@kestrel-group.co.uk", tz="+0000", note="asked the boss"),
    R(E, "gmail", "confirm", 2, "11-26 22:03", """
Option 1 please.

Edit: sorry, just realised Thursday clashes with my daughter's nativity play. Please make it option 2 instead.""",
      "Alice Smith", "alice.mum.smith@gmail.com", tz="+0000", note="'Edit:' changes the choice; the later line counts"),
    R(E, "apple-mac", "confirm", 2, "11-28 10:15", """
Hi,

I'm recovering from flu so I'd prefer the later date - Friday (option 2) please. Could I do it online so I don't pass anything on?

Thanks, Alice""", "Alice Smith", "alice.smith.flu@icloud.com", tz="+0000", note="ill; online is offered"),
    R(E, "outlook-ios", "confirm", 2, "11-27 08:49", "4/12 at 2pm works for me", "Alice Smith", "alice_smith@outlook.com",
      tz="+0000", note="UK day/month: 4/12 = 4 December"),
    R(E, "owa", "confirm", 2, "11-27 16:20", "Let's go with Friday. I'll have to leave by 3 sharp though.", "Alice Smith",
      "alice.smith.work@outlook.com", tz="+0000"),
    R(E, "gmail-android", "confirm", 2, "11-27 12:02",
      "I've had another offer come in but I'd really like to continue with you. Friday 2pm please.", "Alice Smith",
      "alice.smith.offers@gmail.com", tz="+0000", note="another offer"),
    R(E, "yahoo", "confirm", 2, "11-26 15:30", "12/4 works for me, 2 pm.", "Alice Smith", "alicesmith_dallas@yahoo.com",
      tz="-0600", tzname="CST", note="US month/day: 12/4 = 4 December"),
    R(E, "apple-ios-gb", "confirm", 2, "11-27 13:13", "I have lectures until 1 on Friday but can be there for 2. Option 2.",
      "Alice Smith", "a.smith@student.kcl.ac.uk", tz="+0000", note="student"),
    R(E, "thunderbird", "confirm", 2, "11-28 08:30", "This one please.", "Alice Smith", "alice@smith-family.org.uk",
      tz="+0000", quote="inline:Option 2:", note="answer written under the quoted option 2"),

    # ================================================================ en — confirm option 3 (Sat 5 Dec 10:00)
    R(E, "gmail", "confirm", 3, "11-26 18:44", "Saturday please - weekdays are impossible with my job.", "Alice Smith",
      "alice.smith.sat@gmail.com", tz="+0000"),
    R(E, "outlook", "confirm", 3, "11-27 10:09", "Option 3.", "Alice Smith", "alice.smith@brightwell-retail.com", tz="+0000", quote="none"),
    R(E, "apple-ios", "confirm", 3, "11-27 20:40",
      "Saturday 10am is best for me as my partner can watch the kids then. Confirmed.", "Alice Smith",
      "alice.family@icloud.com", tz="+0000"),
    R(E, "gmail", "confirm", 3, "11-26 16:12",
      "I'm in California so Saturday 10am London is 2am for me... honestly that's fine, I'm a night owl. Option 3 please.",
      "Alice Smith", "alice.smith.la@gmail.com", tz="-0800"),
    R(E, "outlook", "confirm", 3, "11-27 19:25", "Option 3 works - that's 6pm Saturday my time. I'll join online.",
      "Alice Smith", "alice.smith@marina-tech.sg", tz="+0800", note="Singapore; 10:00 London = 18:00"),
    R(E, "yahoo-ios", "confirm", 3, "11-28 12:50", "Sat 5th, 10:00 - count me in.", "Alice Smith", "alice.s_1990@yahoo.co.uk",
      tz="+0000", tzname="GMT"),
    R(E, "gmail-android", "confirm", 3, "11-27 06:10",
      "I work Mon-Fri earlies so option 3 is the only one I can do. Confirmed - might be a few minutes late if the bus is slow.",
      "Alice Smith", "alice.earlies@gmail.com", tz="+0000"),
    R(E, "apple-ios", "confirm", 3, "11-29 11:34", """
Saturday

PS does the online link work on a phone? I may be joining from my parents' place.""", "Alice Smith",
      "alice.parents@icloud.com", tz="+0000"),
    R(E, "owa", "confirm", 3, "11-26 14:05", "Not Thursday or Friday, I'm at a conference in Berlin. Saturday morning is fine.",
      "Alice Smith", "alice.smith.conf@hotmail.com", tz="+0100", note="travelling; turns two down, takes one"),
    R(E, "outlook-gb", "confirm", 3, "11-28 09:22", "10am on the 5th works.", "Alice Smith",
      "alice.smith@oakfield-care.co.uk", tz="+0000"),

    # ================================================================ en — reschedule
    R(E, "gmail", "reschedule", None, "11-26 23:10",
      "None of those work with my shifts, unfortunately. Could we do Monday 7 Dec any time after 4pm?", "Alice Smith",
      "alice.shifts@gmail.com", tz="+0000", quote="none"),
    R(E, "outlook", "reschedule", None, "11-27 11:48", """
Hello,

I'm sitting my finals that week. Is there any chance of moving to the week of the 14th?

Thanks,
Alice""", "Alice Smith", "alice.smith@uni-finals.ac.uk", tz="+0000"),
    R(E, "apple-ios", "reschedule", None, "11-27 13:02", "Could we do Thursday at 4 instead of 2? I can't get away from work before then.",
      "Alice Smith", "alice.at4@icloud.com", tz="+0000", note="option 1's day at another hour"),
    R(E, "gmail", "reschedule", None, "11-26 08:33",
      "I'm based in New York - would it be possible to do it later in the London afternoon, say 4 or 5pm on Thursday or Friday?",
      "Alice Smith", "alice.smith.ny@gmail.com", tz="-0500"),
    R(E, "yahoo", "reschedule", None, "11-28 15:05",
      "I'm in hospital at the moment and won't be discharged until next week. Could we look at dates after the 10th?",
      "Alice Smith", "alice_smith_1985@yahoo.com", tz="+0000", tzname="GMT"),
    R(E, "outlook-ios", "reschedule", None, "11-27 07:40",
      "Could it be early morning, like 8am, any day that week? That's the only time I can get away without my boss noticing.",
      "Alice Smith", "alice.early@outlook.com", tz="+0000"),
    R(E, "gmail-gb", "reschedule", None, "11-26 17:55", "I'm travelling until the 9th. Happy to do any afternoon the week of the 14th.",
      "Alice Smith", "alice.travels@gmail.com", tz="+0000"),
    R(E, "apple-mac", "reschedule", None, "11-27 21:10", "Saturday afternoon instead? Morning I've got my son's football.",
      "Alice Smith", "alice.football@me.com", tz="+0000"),
    R(E, "outlook", "reschedule", None, "11-27 18:02", """
Hi,

Options 1 and 2 are 1am here and option 3 is 9pm on Saturday, which clashes with a family commitment. Could we find a time that's morning in London - say 8 or 9am?

Alice""", "Alice Smith", "alice.smith@coastal-health.com.au", tz="+1100"),
    R(E, "owa", "reschedule", None, "11-27 14:30", "Can we push it to the following week? My manager won't approve leave at such short notice.",
      "Alice Smith", "alice.smith.leave@outlook.com", tz="+0000"),
    R(E, "gmail-android", "reschedule", None, "11-28 19:20", "Unfortunately I can't make any of these - I'm on shift all three days. Sorry.",
      "Alice Smith", "alice.onshift@gmail.com", tz="+0000", note="none fit, no withdrawal: other times wanted"),

    # ================================================================ en — decline
    R(E, "outlook", "decline", None, "11-27 09:35",
      "Thank you for the opportunity, but I've accepted another offer and will withdraw my application.", "Alice Smith",
      "alice.smith@newrole.co.uk", tz="+0000"),
    R(E, "apple-ios", "decline", None, "11-28 14:20",
      "I'm afraid I'll have to decline - I've just had a baby and I'm not looking for work at the moment. Thanks for thinking of me.",
      "Alice Smith", "alice.baby@icloud.com", tz="+0000"),
    R(E, "gmail", "decline", None, "11-29 10:40", "Decline - I've decided to stay in my current role after a counter-offer. Thanks anyway.",
      "Alice Smith", "alice.stays@gmail.com", tz="+0000"),
    R(E, "yahoo", "decline", None, "11-27 16:45", """
Hello, I'm Alice's mother. Alice has decided to go back to university and asked me to let you know she won't be continuing with the application. Thank you for your time.""",
      "Margaret Smith", "margaret.smith52@yahoo.co.uk", tz="+0000", tzname="GMT", note="a parent withdraws for the candidate"),
    R(E, "gmail-gb", "decline", None, "11-28 18:18", "Thanks but I'll pass. I'm relocating abroad next month.", "Alice Smith",
      "alice.relocating@gmail.com", tz="+0000"),

    # ================================================================ en — question
    R(E, "gmail", "question", None, "11-26 15:08", "Can I do the online option instead of coming in person? I'm based abroad.",
      "Alice Smith", "alice.abroad@gmail.com", tz="+0100"),
    R(E, "outlook", "question", None, "11-26 14:17", "Are these times UK time? My calendar is showing them differently.",
      "Alice Smith", "alice.smith@globex-us.com", tz="-0500"),
    R(E, "apple-ios", "question", None, "11-27 12:51", "How long will it take? I'd need to slip out of work for it.",
      "Alice Smith", "alice.slipout@icloud.com", tz="+0000"),
    R(E, "yahoo", "question", None, "11-27 03:30", "Do I need to finish the training course before the interview? I'm on nights all week.",
      "Alice Smith", "alice_nights@yahoo.com", tz="+0000", tzname="GMT"),
    R(E, "outlook-gb", "question", None, "11-27 10:44",
      "Before I confirm, could you tell me whether the re-interview is with a person or the AI again?", "Alice Smith",
      "alice.smith@ridgeway-hotels.co.uk", tz="+0000"),

    # ================================================================ en — unclear
    R(E, "gmail", "unclear", None, "11-26 12:59", "Thursday or Friday both work for me.", "Alice Smith",
      "alice.both@gmail.com", tz="+0000", note="two options, no choice"),
    R(E, "outlook", "unclear", None, "11-26 16:30", "I need to check with my boss first and will come back to you.",
      "Alice Smith", "alice.smith@pinnacle-logistics.com", tz="+0000", quote="none"),
    R(E, "apple-ios", "unclear", None, "11-26 09:20", "Thanks, received.", "Alice Smith", "alice.received@icloud.com",
      tz="+0000", note="acknowledgement only"),
    R(E, "gmail-gb", "unclear", None, "11-27 11:11", "Option 2, Thursday at 2pm.", "Alice Smith", "alice.opt2@gmail.com",
      tz="+0000", note="option 2 is Friday; Thursday is option 1"),
    R(E, "yahoo", "unclear", None, "11-27 17:05", "2pm works", "Alice Smith", "alice_2pm@yahoo.com", tz="+0000",
      tzname="GMT", note="options 1 and 2 are both at 14:00"),
    R(E, "outlook-ios", "unclear", None, "11-27 20:48", """
Confirm

Edit: actually hold that - my shift pattern for next week hasn't come out yet. Will let you know.""", "Alice Smith",
      "alice.rota@outlook.com", tz="+0000", note="takes it back in the same mail"),
    R(E, "gmail", "unclear", None, "11-26 10:40", "I'm in Toronto. Thursday at 2 works.", "Alice Smith",
      "alice.toronto@gmail.com", tz="-0500", note="2 pm London (option 1) or 2 pm Toronto (19:00 London)?"),
    R(E, "apple-ios", "unclear", None, "11-27 18:36", "Any of them is fine, whichever suits you.", "Alice Smith",
      "alice.any@icloud.com", tz="+0000"),
    R(E, "gmail-android", "unclear", None, "11-26 11:03", "OK", "Alice Smith", "alice.ok@gmail.com", tz="+0000",
      note="acknowledgement only"),

    # ================================================================ en — automated
    R(E, "outlook-oof", "automated", None, "11-26 09:00", """
Thank you for your email. I am out of the office until Monday 7 December with limited access to email. I will respond on my return.""",
      "Alice Smith", "alice.smith@meridian-partners.com", tz="+0000"),
    R(E, "gmail-vacation", "automated", None, "11-26 09:01", """
Hi, I'm travelling in Asia until 10 December with patchy internet. I'll reply when I can.

Alice""", "Alice Smith", "alice.backpacking@gmail.com", tz="+0000", subject="Away until 10 December"),
    R(E, "exchange-oof", "automated", None, "11-26 09:00", """
I am currently on sick leave and not monitoring my inbox. For anything urgent please contact service.desk@northwind.co.uk.""",
      "Alice Smith", "alice.smith@northwind.co.uk", tz="+0000"),
]
