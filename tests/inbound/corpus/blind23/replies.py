"""blind23 — "Candidates who write more than one line": the candidates' words and the labels.

Each entry: key, invitation language, client, intent, slot, body (what the candidate typed, signature
included; a Gmail signature follows a "-- " line), who, when (local time of the sender), and how it was written:
mode (top / bottom / inline / none), inline answers (anchor in the quoted invitation, answer), fwd (the
invitation had first been forwarded to another mailbox, or is forwarded to the reply address), prior (the
candidate's own earlier reply that this mail replies to, quoted below), auto (auto-reply).

Labels are what a careful HR person reads in the candidate's own words (see README.md).
"""

from __future__ import annotations


def R(key, lang, client, intent, slot, body, *, who, when, mode="top", inline=(), fwd=None, prior=None, auto=False):
    return dict(
        key=key,
        lang=lang,
        client=client,
        intent=intent,
        slot=slot,
        body=body.strip("\n"),
        who=who,
        when=when,
        mode=mode,
        inline=list(inline),
        fwd=fwd,
        prior=prior,
        auto=auto,
    )


REPLIES = [
    # ================================================================================================ zh
    R(
        "z001",
        "zh",
        "qq",
        "confirm",
        None,
        """
您好，收到邀请，非常感谢贵公司再给我一次机会。
我确认参加方案1，也就是12月3日周四下午两点，会按要求带好身份证复印件和作品。

张伟
""",
        who=("张伟", "1835526047@qq.com"),
        when="11-26 11:42",
    ),
    R(
        "z002",
        "zh",
        "qq",
        "confirm",
        2,
        """
王老师您好：
谢谢通知。我选方案2（12月4日周五14:00）。
想问一下漕溪北路那边有没有访客停车位？我可能开车过去。
谢谢！
""",
        who=("周杰", "790213456@qq.com"),
        when="11-26 12:15",
    ),
    R(
        "z003",
        "zh",
        "foxmail",
        "confirm",
        3,
        """
HR您好，

感谢安排。因为我目前还在职，工作日请假比较困难，所以选择方案3，周六上午10点到公司面试。
培训课程我这两天会抽时间看完。

此致
敬礼

刘洋
""",
        who=("刘洋", "liuyang_sh@foxmail.com"),
        when="11-26 13:08",
    ),
    R(
        "z004",
        "zh",
        "outlook-zh",
        "confirm",
        None,
        """
您好，

确认参加12月3日（周四）14:00的重新面试，谢谢！

顺祝商祺

陈静
客户服务主管 | 华东区域运营中心
手机：138 1234 5678
座机：021-6488 2233 转 302
地址：上海市闵行区虹梅路 2008 号 5 楼
""",
        who=("陈静", "chenjing@huadong-ops.example.cn"),
        when="11-26 14:20",
    ),
    R(
        "z005",
        "zh",
        "163",
        "reschedule",
        None,
        """
您好！
谢谢您的邀请。我目前在一家门店上班，每天9点到18点，三个时间都在上班时间内，实在请不出假。
请问能否安排在下周一到周三晚上7点以后？或者下周日全天也可以。
麻烦您了！
""",
        who=("孙丽", "sunli_0512@163.com"),
        when="11-26 19:33",
    ),
    R(
        "z006",
        "zh",
        "iphone-zh",
        "confirm",
        2,
        """
周四要上班走不开，周六要带孩子上兴趣班，周五下午我可以请半天假，那就定方案2吧。
谢谢！
""",
        who=("马晓燕", "maxiaoyan@icloud.com"),
        when="11-26 20:05",
    ),
    R(
        "z007",
        "zh",
        "qq",
        "question",
        None,
        """
您好，
请问这次重新面试是必须到现场，还是可以线上参加？我人目前在杭州，如果只能线下的话我需要提前买车票。
确认形式以后我再回复具体时间，谢谢。
""",
        who=("何雨", "2469013578@qq.com"),
        when="11-26 21:10",
    ),
    R(
        "z008",
        "zh",
        "wechat",
        "confirm",
        3,
        """
好的收到[抱拳]
周六上午10点可以的
我会提前十分钟到 谢谢老师
""",
        who=("小唐", "tang_xm@qq.com"),
        when="11-26 22:47",
    ),
    R(
        "z009",
        "zh",
        "foxmail",
        "decline",
        None,
        """
您好：

非常感谢贵公司的重新面试邀请。
经过慎重考虑，我已经接受了另一家公司的offer，下周一就入职了，所以这次面试就不参加了，放弃本次机会。
祝工作顺利！

赵敏
""",
        who=("赵敏", "zhaomin1996@foxmail.com"),
        when="11-27 08:40",
    ),
    R(
        "z010",
        "zh",
        "outlook-zh",
        "confirm",
        None,
        """
您好：

方案1可以，我确认参加，届时会提前到3层前台登记。

孙浩
运营专员
电话：021-5108 7766

本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用（包括但不限于全部或部分地泄露、复制或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！
""",
        who=("孙浩", "sunhao@xinchen-tech.example.cn"),
        when="11-27 09:02",
    ),
    R(
        "z011",
        "zh",
        "163",
        "unclear",
        None,
        """
您好，
收到，谢谢！周四下午和周五下午我都可以，看您那边哪个方便就安排哪个。
周六不太方便。
""",
        who=("林峰", "linfeng_88@163.com"),
        when="11-27 09:15",
    ),
    R(
        "z012",
        "zh",
        "qq",
        "confirm",
        2,
        """
您好，
我目前上的是早班（7:00-15:00），周五我已经跟同事换了班，下午两点可以准时到。
确认方案2，谢谢！
""",
        who=("黄欢", "1067785432@qq.com"),
        when="11-27 09:48",
    ),
    R(
        "z013",
        "zh",
        "gmail-zh",
        "reschedule",
        None,
        """
您好，

谢谢邀请。12月3日到5日我在成都出差，6号晚上才回上海。
请问能否改到12月7日（周一）或者12月8日（周二）下午？两天下午任何时间都可以。

谢谢！
--
曹宇
""",
        who=("曹宇", "caoyu.work@gmail.com"),
        when="11-27 10:05",
    ),
    R(
        "z014",
        "zh",
        "qq",
        "confirm",
        None,
        """
确认方案1

不好意思，刚才这句没写完就点了发送。再说一下：我确认参加周四（12月3日）下午两点的面试，身份证复印件和作品都会带上。
""",
        who=("吕鹏", "3320917745@qq.com"),
        when="11-27 10:22",
    ),
    R(
        "z015",
        "zh",
        "apple-zh",
        "question",
        None,
        """
您好，

邮件收到了，谢谢。有两个问题想先确认一下：
作品需要打印出来，还是带笔记本电脑现场展示就可以？
另外培训测评报告我还没有收到，是在哪里下载？

谢谢！
顾晓
""",
        who=("顾晓", "guxiao@me.com"),
        when="11-27 10:40",
    ),
    R(
        "z016",
        "zh",
        "mailmaster",
        "confirm",
        3,
        """
好的，谢谢您。
周六上午10点我可以，选3。
""",
        who=("蒋敏", "jiangmin_1024@163.com"),
        when="11-27 11:03",
    ),
    R(
        "z017",
        "zh",
        "outlook-zh",
        "unclear",
        None,
        """
您好，

我确认参加方案2，周四下午14:00。

谢谢！
杨帆
""",
        who=("杨帆", "yangfan@ruijing.example.cn"),
        when="11-27 11:30",
    ),
    R(
        "z018",
        "zh",
        "qq",
        "decline",
        None,
        """
您好，
考虑了一下，我觉得这个岗位和我的职业规划不太匹配，就不参加重新面试了。
谢谢您这段时间的帮助，也谢谢给我安排了培训课程。
""",
        who=("邓超", "568231907@qq.com"),
        when="11-27 12:01",
    ),
    R(
        "z019",
        "zh",
        "foxmail",
        "confirm",
        2,
        """
您好：

我住在嘉定，到徐汇单程要一个半小时左右。周四上午学校有课，下午两点怕赶不过去；周五全天没课，所以选择方案2，周五14:00。
谢谢！

许佳琪
""",
        who=("许佳琪", "xujiaqi_jd@foxmail.com"),
        when="11-27 12:30",
    ),
    R(
        "z020",
        "zh",
        "163",
        "confirm",
        None,
        """
您好，确认参加12月3日下午的面试。
请问身份证复印件需要正反面复印在一张纸上吗？需要准备几份？
谢谢！
""",
        who=("朱红", "zhuhong_work@163.com"),
        when="11-27 13:14",
    ),
    R(
        "z021",
        "zh",
        "wechat",
        "confirm",
        2,
        """
老师您好[微笑]
我周五下午可以
周四下午要值班 走不开
周六上午也行但是我家离得远
就周五吧
""",
        who=("罗静", "luojing_cs@qq.com"),
        when="11-27 13:50",
    ),
    R(
        "z022",
        "zh",
        "qq",
        "confirm",
        None,
        """
您好！
非常感谢您的耐心和这次宝贵的机会。上次AI面试做到一半网络断了，后面几题没答完，这次我会好好准备。
时间上我确认方案1，周四下午两点，到时见。
""",
        who=("彭亮", "1298874563@qq.com"),
        when="11-27 14:26",
    ),
    R(
        "z023",
        "zh",
        "gmail-zh",
        "confirm",
        3,
        """
好的，方案3，周六上午见。谢谢！
""",
        who=("韩雪", "hanxue.sh@gmail.com"),
        when="11-27 15:02",
        mode="bottom",
    ),
    R(
        "z024",
        "zh",
        "outlook-zh",
        "reschedule",
        None,
        """
您好，

感谢安排。周四下午我可以过去，但是两点我们部门有例会，大概开到三点半。
能否改到周四下午四点以后？线上线下都可以。

谢谢！
冯磊
""",
        who=("冯磊", "fenglei@zhongheng.example.cn"),
        when="11-27 15:30",
    ),
    R(
        "z025",
        "zh",
        "iphone-zh",
        "unclear",
        None,
        """
收到，谢谢！
我晚点确认一下下周的排班再回复您。
""",
        who=("董琳", "donglin@icloud.com"),
        when="11-27 16:11",
    ),
    R(
        "z026",
        "zh",
        "qq",
        "confirm",
        3,
        """
您好：
周四周五我都排了班，只有周六上午有空，就选方案3吧。
顺便问一下，面试需要穿正装吗？
""",
        who=("萧然", "641120987@qq.com"),
        when="11-27 16:45",
    ),
    R(
        "z027",
        "zh",
        "163",
        "question",
        None,
        """
您好，
在确认时间之前，我想先了解一下这个岗位的薪资范围，以及是否需要倒班、周末值班。
方便的话请告知一下，谢谢！
""",
        who=("程伟", "chengwei_2020@163.com"),
        when="11-27 17:20",
    ),
    R(
        "z028",
        "zh",
        "qq",
        "confirm",
        2,
        """
您好，这是我的私人邮箱。之前的邀请发到了我的公司邮箱，我转到这里来回复。
我确认参加方案2，周五下午两点。
谢谢！
""",
        who=("袁媛", "2210456789@qq.com"),
        when="11-27 19:05",
        fwd=("self", "outlook-zh", ("袁媛", "yuanyuan@hengtai-group.example.cn"), "11-27 18:40"),
    ),
    R(
        "z029",
        "zh",
        "outlook-zh",
        "confirm",
        2,
        """
您好，具体回复见下文红色部分，谢谢！

潘婷
""",
        who=("潘婷", "panting@jiayi.example.cn"),
        when="11-27 19:40",
        mode="inline",
        inline=[("2026年12月4日 周五", "【回复】选这个，周五下午我可以。"), ("身份证复印件", "【回复】好的，会带上。")],
    ),
    R(
        "z030",
        "zh",
        "mailmaster",
        "confirm",
        None,
        """
您好，谢谢！
周四下午正好是我调休，方案1没问题。
""",
        who=("戴军", "daijun_77@163.com"),
        when="11-27 20:12",
    ),
    R(
        "z031",
        "zh",
        "qq",
        "reschedule",
        None,
        """
您好，
非常抱歉，这周家里老人住院，我要回老家照顾几天，三个时间都赶不上。
下周（12月7日之后）任意一天下午都可以，麻烦帮我重新安排一下，谢谢！
""",
        who=("魏兰", "1503368821@qq.com"),
        when="11-27 20:40",
    ),
    R(
        "z032",
        "zh",
        "qq",
        "confirm",
        2,
        """
您好，我选方案3。
哦不对，周六我要去考驾照科目二，还是选方案2吧，周五下午两点。
谢谢，不好意思。
""",
        who=("任杰", "908876123@qq.com"),
        when="11-27 21:05",
    ),
    R(
        "z033",
        "zh",
        "163",
        "unclear",
        None,
        """
您好，
方案1或者方案3我都行，周五那天不行。
麻烦您安排一下。
""",
        who=("夏雨", "xiayu_hz@163.com"),
        when="11-27 21:30",
    ),
    R(
        "z034",
        "zh",
        "apple-zh",
        "decline",
        None,
        """
您好，

谢谢您的邀请。我最近因为身体原因需要住院治疗一段时间，这次重新面试只能放弃了。
以后如果还有合适的机会，希望能再联系。

田甜
""",
        who=("田甜", "tiantian@icloud.com"),
        when="11-27 22:00",
    ),
    R(
        "z035",
        "zh",
        "owa-zh",
        "confirm",
        None,
        """
您好，
确认方案1。
请问如果选线上参加的话，直接点邮件里的链接就可以进入吗？需要提前下载什么软件吗？
谢谢！
""",
        who=("宋佳", "songjia_cs@outlook.com"),
        when="11-28 08:15",
    ),
    R(
        "z036",
        "zh",
        "foxmail",
        "confirm",
        3,
        """
你好！

我选择方案3（12月5日 周六 10:00-11:00）。
周一到周五我都在上班（9:00-18:00），只有周末方便。
谢谢！
""",
        who=("汪洋", "wangyang_sz@foxmail.com"),
        when="11-28 08:50",
    ),
    R(
        "z037",
        "zh",
        "wechat",
        "confirm",
        None,
        """
您好，刚才在微信上跟王经理确认过了，我把聊天记录贴一下：

王经理 11-28 09:02
小郑你看下邮件里的三个时间

我 11-28 09:05
好的 我周四下午两点可以[OK]

所以确认方案1，谢谢！
""",
        who=("郑小雅", "zhengxy_0301@qq.com"),
        when="11-28 09:10",
    ),
    R(
        "z038",
        "zh",
        "qq-app",
        "question",
        None,
        """
您好，请问面试大概需要多长时间？包括签到、等候在内。
我需要跟公司请假，想知道请半天够不够。
""",
        who=("崔浩", "2755018834@qq.com"),
        when="11-28 09:33",
    ),
    R(
        "z039",
        "zh",
        "163",
        "reschedule",
        None,
        """
您好，
三个时间我都有冲突：周四周五下午我要去客户那边，周六上午要陪孩子考试。
能否安排在周四或周五的16:00以后？线上也可以。
""",
        who=("方敏", "fangmin_1988@163.com"),
        when="11-28 10:02",
    ),
    R(
        "z040",
        "zh",
        "iphone-zh",
        "confirm",
        None,
        """
您好，我确认参加方案1（12月3日周四14:00），谢谢！

您好，我确认参加方案1（12月3日周四14:00），谢谢！
""",
        who=("秦朗", "qinlang@icloud.com"),
        when="11-28 10:20",
    ),
    R(
        "z041",
        "zh",
        "gmail-zh",
        "confirm",
        2,
        """
您好：

谢谢您的邀请，方案2可以，我会准时参加。

-- 
周晓明
2026届 市场营销专业 应届毕业生
电话：139 0000 1234
可到岗时间：2027年1月4日
""",
        who=("周晓明", "zhouxiaoming2026@gmail.com"),
        when="11-28 10:45",
    ),
    R(
        "z042",
        "zh",
        "outlook-zh",
        "automated",
        None,
        """
您好，

我于2026年11月26日至12月6日休假，期间无法及时查看邮件。
如有急事，请联系我的同事刘女士（liu.q@hongda.example.cn）。
12月7日返回后我会尽快回复您，谢谢！

韩冬
""",
        who=("韩冬", "handong@hongda.example.cn"),
        when="11-26 10:00",
        auto=True,
    ),
    R(
        "z043",
        "zh",
        "qq",
        "automated",
        None,
        """
这是来自QQ邮箱的假期自动回复邮件。
 
您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。
""",
        who=("阿杰", "3098765412@qq.com"),
        when="11-26 10:01",
        auto=True,
    ),
    R(
        "z044",
        "zh",
        "163",
        "confirm",
        3,
        """
您好！
周四下午我有另一家公司的二面（下午2点半），周五上午要去医院体检，下午不确定几点能结束。
所以选周六上午10点的方案3，谢谢！
""",
        who=("龚小波", "gongxb_sh@163.com"),
        when="11-28 11:30",
    ),
    R(
        "z045",
        "zh",
        "foxmail",
        "unclear",
        None,
        """
您好：

周五应该可以，不过我需要先跟领导请假，领导今天出差了，明天才能给您确切答复。

谢谢理解！
""",
        who=("钟华", "zhonghua_gz@foxmail.com"),
        when="11-28 12:05",
    ),
    R(
        "z046",
        "zh",
        "iphone-zh",
        "confirm",
        None,
        """
好的，周四下午两点见。
谢谢！
""",
        who=("万晴", "wanqing@icloud.com"),
        when="11-28 12:40",
    ),
    R(
        "z047",
        "zh",
        "qq",
        "reschedule",
        None,
        """
您好，
方案里的时间我都在上班，我每天下班是晚上6点，坐地铁到徐汇大概7点。
请问可以安排晚上7点以后的线上面试吗？周几都行。
谢谢！
""",
        who=("金宇", "1156789023@qq.com"),
        when="11-28 13:15",
    ),
    R(
        "z048",
        "zh",
        "outlook-zh",
        "confirm",
        2,
        """
张老师您好：

感谢您的邀请。我确认选择方案2，即2026年12月4日（周五）14:00–15:00，届时会通过线上链接参加。

此致

李明
高级客服专员
某某科技（上海）有限公司
Tel: +86 21 5555 0102 | Mob: +86 186 0000 3344

-----------------------------------------------
免责声明：本邮件所载信息为发件人所在公司的商业秘密，仅供指定收件人使用。如您并非指定收件人，请勿阅读、使用、复制、转发或披露本邮件的任何内容，并请立即通知发件人并删除本邮件。
""",
        who=("李明", "liming@moumou-tech.example.cn"),
        when="11-28 14:00",
    ),
    R(
        "z049",
        "zh",
        "163",
        "reschedule",
        None,
        """
您好，
谢谢通知。下周三到周六我被公司派去外地盘点，人不在上海，也没办法保证网络。
能否安排在12月2日（周三）晚上线上面试？或者等我12月6日回来之后再约。
""",
        who=("蔡明", "caiming_cs@163.com"),
        when="11-28 14:30",
    ),
    R(
        "z050",
        "zh",
        "wechat",
        "unclear",
        None,
        """
好的好的
我看一下哈
[OK][OK]
""",
        who=("小鱼", "xiaoyu_2000@qq.com"),
        when="11-28 15:05",
    ),
    R(
        "z051",
        "zh",
        "qq",
        "confirm",
        None,
        """
收到，谢谢！确认方案1。
另外想问几个问题：
1. 大楼有地下停车场吗？
2. 身份证原件需要带吗，还是复印件就行？
3. 到了以后找哪位联系？
""",
        who=("邹凯", "2038476519@qq.com"),
        when="11-28 15:40",
    ),
    R(
        "z052",
        "zh",
        "gmail-zh",
        "decline",
        None,
        """
您好：

感谢贵司的重新面试邀请，也谢谢您为我安排了培训。
由于我近期决定继续深造，准备明年的研究生考试，暂时不考虑求职了，所以放弃这次面试。
再次感谢！

-- 
吴佳
""",
        who=("吴佳", "wujia.study@gmail.com"),
        when="11-28 16:10",
    ),
    R(
        "z053",
        "zh",
        "foxmail",
        "question",
        None,
        """
你好，

我人在苏州，请问可以线上参加吗？需要用什么软件？
可以的话我再选时间，谢谢。
""",
        who=("陆涛", "lutao_sz@foxmail.com"),
        when="11-28 16:45",
    ),
    R(
        "z054",
        "zh",
        "apple-zh",
        "confirm",
        3,
        "",
        who=("贺芳", "hefang@me.com"),
        when="11-28 17:20",
        mode="inline",
        inline=[("2026年12月5日 周六", "选这个，谢谢。"), ("身份证复印件", "好的。")],
    ),
    R(
        "z055",
        "zh",
        "qq",
        "confirm",
        2,
        """
您好，我之前直接回复的邮件好像被退回来了，所以重新转发一下：
我选方案2（周五14:00），谢谢。
""",
        who=("尹红", "1422336758@qq.com"),
        when="11-28 18:00",
        fwd=("forward",),
    ),
    R(
        "z056",
        "zh",
        "163",
        "reschedule",
        None,
        """
您好，
周四周五我都要上班，周六上午10点又太早了，我住在松江，过去要两个小时。
能否改到周六下午？比如下午2点。
谢谢！
""",
        who=("高洁", "gaojie_sj@163.com"),
        when="11-28 18:35",
    ),
    R(
        "z057",
        "zh",
        "iphone-zh",
        "confirm",
        3,
        """
周六可以
周六上午十点
我会带好材料
谢谢
""",
        who=("石磊", "shilei@icloud.com"),
        when="11-28 19:10",
    ),
    R(
        "z058",
        "zh",
        "outlook-zh",
        "unclear",
        None,
        """
您好，

方案1和方案2都可以，这两天我都已经请了假。
麻烦您根据面试官的时间安排，定好了告诉我就行。

谢谢！
熊亮
""",
        who=("熊亮", "xiongliang@tianyu.example.cn"),
        when="11-28 19:45",
    ),
    R(
        "z059",
        "zh",
        "foxmail",
        "confirm",
        None,
        """
王老师好，

我目前在职，公司下午一点午休结束，不过周四下午我已经请好假了，两点之前能赶到漕溪北路。
确认方案1。
谢谢！
""",
        who=("孟飞", "mengfei_sh@foxmail.com"),
        when="11-28 20:20",
    ),
    R(
        "z060",
        "zh",
        "qq",
        "decline",
        None,
        """
您好，谢谢通知。
说实话，上次AI面试的体验不太好，我对这个岗位也没有那么大的兴趣了，这次就不参加了。
祝好。
""",
        who=("薛峰", "673345120@qq.com"),
        when="11-28 20:55",
    ),
    R(
        "z061",
        "zh",
        "mailmaster",
        "question",
        None,
        """
您好，方便问一下这次重新面试是什么形式吗？
还是AI面试，还是有真人面试官？我想根据形式准备一下。
""",
        who=("郝静", "haojing_0909@163.com"),
        when="11-28 21:20",
    ),
    R(
        "z062",
        "zh",
        "qq",
        "confirm",
        3,
        """
不好意思，更正一下我上一封邮件：周五公司临时要加班，改选方案3，周六上午10点。
给您添麻烦了！
""",
        who=("段文", "2901236547@qq.com"),
        when="11-28 21:50",
        prior=("11-28 09:12", "您好，我选方案2。"),
    ),
    R(
        "z063",
        "zh",
        "gmail-zh",
        "confirm",
        2,
        """
您好，
方案2，周五下午两点可以。
请问到了以后是到3层前台报到吗？

-- 
黄蕾
上海市浦东新区张杨路 500 号 12 楼 1203 室
手机：+86 137 6000 1212
""",
        who=("黄蕾", "huanglei.pd@gmail.com"),
        when="11-29 08:30",
    ),
    R(
        "z064",
        "zh",
        "outlook-zh",
        "reschedule",
        None,
        """
您好，

感谢安排。下周我在外地参加公司培训（12月1日-12月5日），三个时间都去不了。
能否改到12月9日或10日？上午下午都可以。

谢谢！
范琳
""",
        who=("范琳", "fanlin@yuanhang.example.cn"),
        when="11-29 09:00",
    ),
    R(
        "z065",
        "zh",
        "163",
        "unclear",
        None,
        """
您好，
周四下午我得看公司会不会临时安排我出差，要到周二才能知道。
到时候再回复您可以吗？
""",
        who=("姜涛", "jiangtao_nj@163.com"),
        when="11-29 09:30",
    ),
    R(
        "z066",
        "zh",
        "qq",
        "confirm",
        None,
        """
您好，确认方案1，谢谢！

————————
郑凯
QQ：283746591
微信：zk_1993
手机：150 2121 3434
""",
        who=("郑凯", "283746591@qq.com"),
        when="11-29 10:02",
    ),
    R(
        "z067",
        "zh",
        "wechat",
        "confirm",
        2,
        """
[抱拳]谢谢您
我这边周五下午14:00可以
周四下午我下班太晚了来不及
周五见
""",
        who=("阿梅", "amei_0618@qq.com"),
        when="11-29 10:40",
    ),
    R(
        "z068",
        "zh",
        "foxmail",
        "decline",
        None,
        """
您好！

因为家里有变故，我近期要回老家发展，不在上海工作了，所以放弃这次面试。
感谢您一直以来的耐心和帮助。

史进
""",
        who=("史进", "shijin_hn@foxmail.com"),
        when="11-29 11:15",
    ),
    R(
        "z069",
        "zh",
        "qq",
        "confirm",
        2,
        """
您好，
我最近在另一家公司实习，实习时间是周一到周四 9:00–18:00，周五不用去。
所以选方案2，周五下午。谢谢！
""",
        who=("谭畅", "1744320986@qq.com"),
        when="11-29 11:50",
    ),
    R(
        "z070",
        "zh",
        "apple-zh",
        "confirm",
        3,
        """
方案3，周六上午10点，谢谢。
""",
        who=("廖静", "liaojing@icloud.com"),
        when="11-29 12:25",
        mode="bottom",
    ),
    R(
        "z071",
        "zh",
        "163",
        "confirm",
        None,
        """
您好，感谢邀请！
周四下午、周五下午我都有空，不过周四更方便一些，那就定周四下午两点（方案1）吧。
""",
        who=("邵明", "shaoming_wx@163.com"),
        when="11-29 13:00",
    ),
    R(
        "z072",
        "zh",
        "qq",
        "reschedule",
        None,
        """
您好，
请问可以改成线上面试，并且时间调整到12月3日上午10点吗？
那天下午我要带老人去医院复查，实在走不开。
""",
        who=("毛宁", "2567890341@qq.com"),
        when="11-29 13:35",
    ),
    R(
        "z073",
        "zh",
        "gmail-zh",
        "unclear",
        None,
        """
谢谢！已收到邀请。
培训课程我会认真学习的。
""",
        who=("龙飞", "longfei.cs@gmail.com"),
        when="11-29 14:10",
    ),
    R(
        "z074",
        "zh",
        "iphone-zh",
        "confirm",
        2,
        """
好的，谢谢王老师～
周五下午两点见😊
""",
        who=("苏晴", "suqing@icloud.com"),
        when="11-29 14:45",
    ),
    R(
        "z075",
        "zh",
        "qq",
        "confirm",
        3,
        """
您好，方案3可以。
顺便问一下：1）着装有要求吗？2）这个岗位试用期工资是多少？
谢谢！
""",
        who=("常乐", "957731208@qq.com"),
        when="11-29 15:20",
    ),
    R(
        "z076",
        "zh",
        "outlook-zh",
        "decline",
        None,
        """
您好：

感谢贵公司给我重新面试的机会。经过和家人商量，我决定留在现在的公司，所以不参加这次重新面试了。

再次感谢，祝贵公司业务蒸蒸日上！

钱多多
财务助理
电话：021-5123 4567
""",
        who=("钱多多", "qianduoduo@jinhui.example.cn"),
        when="11-29 15:55",
    ),
    R(
        "z077",
        "zh",
        "foxmail",
        "unclear",
        None,
        """
您好，

我选择方案3，12月4日周五下午两点。

谢谢！
""",
        who=("雷鸣", "leiming_cd@foxmail.com"),
        when="11-29 16:30",
    ),
    R(
        "z078",
        "zh",
        "163",
        "confirm",
        2,
        """
您好！
我在医院做护工，周五那天是下夜班（早上8点下班），回家睡一觉，下午两点过去没问题。
就方案2吧。
""",
        who=("白秀兰", "baixiulan_66@163.com"),
        when="11-29 17:05",
    ),
    R(
        "z079",
        "zh",
        "qq",
        "question",
        None,
        """
您好，
我之前一直做电话客服，没有什么作品，这个作品（portfolio）具体是指什么？需要准备哪些内容？
谢谢！
""",
        who=("贾琪", "1389047562@qq.com"),
        when="11-29 17:40",
    ),
    R(
        "z080",
        "zh",
        "mailmaster",
        "confirm",
        None,
        """
收到！
周四14:00，我准时到，谢谢。
""",
        who=("严俊", "yanjun_2019@163.com"),
        when="11-29 18:15",
    ),
    R(
        "z081",
        "zh",
        "qq",
        "reschedule",
        None,
        """
您好，
周四周五我都要出差，周六上午我有课（9:00-12:00），三个时间都不行。
能否安排在周六下午或者周日？
谢谢！
""",
        who=("陶然", "2123456098@qq.com"),
        when="11-29 18:50",
    ),
    R(
        "z082",
        "zh",
        "163",
        "confirm",
        None,
        """
您好，
这是我的私人邮箱，公司邮箱下周就停用了，以后麻烦发到这里。
我确认方案1，周四下午两点。
""",
        who=("柳青", "liuqing_86@163.com"),
        when="11-29 19:25",
        fwd=("self", "outlook-zh", ("柳青", "liuqing@anxin-logistics.example.cn"), "11-29 19:10"),
    ),
    R(
        "z083",
        "zh",
        "qq",
        "decline",
        None,
        """
您好，我想了一下还是放弃吧。

谢谢您，也谢谢培训的安排。确实是我个人原因，不参加了。
""",
        who=("付强", "705612893@qq.com"),
        when="11-29 20:00",
    ),
    R(
        "z084",
        "zh",
        "wechat",
        "unclear",
        None,
        """
收到～ 我先问下我们店长排班
周四周五应该有一天可以
晚点跟您说
""",
        who=("小杜", "du_xiaoli@qq.com"),
        when="11-29 20:35",
    ),
    R(
        "z085",
        "zh",
        "apple-zh",
        "confirm",
        3,
        """
您好，

我选方案3。工作日我在幼儿园带班，没办法请假，周六上午最合适。
谢谢！

——
林小雨
手机 186 2020 0303
""",
        who=("林小雨", "linxiaoyu@icloud.com"),
        when="11-29 21:10",
    ),
    # ================================================================================================ en
    R(
        "e001",
        "en",
        "gmail",
        "confirm",
        None,
        """
Hi,

Thank you for giving me another chance, I really appreciate it. Option 1 on Thursday 3 December at 2pm works well for me, so please count me in.

Best regards,
Tom Baker
""",
        who=("Tom Baker", "tom.baker.cs@gmail.com"),
        when="11-26 10:12",
    ),
    R(
        "e002",
        "en",
        "outlook",
        "confirm",
        2,
        """
Hello,

Thanks for the invitation. I'd like to go with option 2 (Friday 4 Dec, 14:00).
Could you let me know whether there is visitor parking at the office, or should I plan to come by public transport?

Kind regards,
Priya Patel
Customer Service Advisor
M: +44 7700 900123
""",
        who=("Priya Patel", "priya.patel@outlook.com"),
        when="11-26 10:40",
    ),
    R(
        "e003",
        "en",
        "iphone",
        "confirm",
        3,
        """
Saturday morning is best for me as I work Monday to Friday 9–5. I'll take option 3.

Thanks,
James
""",
        who=("James Reid", "jamesreid@icloud.com"),
        when="11-26 11:05",
    ),
    R(
        "e004",
        "en",
        "gmail",
        "question",
        None,
        """
Hi there,

Thanks for this. Before I confirm a slot – the address in the email is in Shanghai but I'm based in Manchester. I assume I would join via the online link? Just want to be sure before I pick a time.

Many thanks,
Hannah
""",
        who=("Hannah Walsh", "hannah.walsh92@gmail.com"),
        when="11-26 11:30",
    ),
    R(
        "e005",
        "en",
        "outlook",
        "reschedule",
        None,
        """
Good morning,

Thank you for the invitation. Unfortunately I am on a training course all of next week (30 Nov – 4 Dec) and I'm travelling on the Saturday, so none of the options work for me.

Would it be possible to do Monday 7 or Tuesday 8 December instead, any time after 11am?

Best wishes,
Daniel Okafor
""",
        who=("Daniel Okafor", "d.okafor@outlook.com"),
        when="11-26 11:58",
    ),
    R(
        "e006",
        "en",
        "yahoo-android",
        "confirm",
        2,
        """
Hi, I work nights at the moment (10pm to 6am), so afternoons are better than mornings for me.
Friday the 4th at 2pm please.
Thank you
Maria
""",
        who=("Maria Lopez", "maria.lopez77@yahoo.co.uk"),
        when="11-26 12:20",
    ),
    R(
        "e007",
        "en",
        "gmail",
        "decline",
        None,
        """
Dear Recruiting Team,

Thank you very much for the opportunity and for putting together a training plan for me.

After some thought, I have decided to accept a position elsewhere, so I would like to withdraw from the re-interview.

I wish you all the best.

Kind regards,
Sophie Turner
""",
        who=("Sophie Turner", "sophie.turner.uk@gmail.com"),
        when="11-26 12:45",
    ),
    R(
        "e008",
        "en",
        "outlook",
        "confirm",
        None,
        """
Hi,

Confirming option 1 – Thursday 3rd December, 14:00–15:00. I'll bring a copy of my ID and my portfolio.

Regards,
Mark Jennings
Team Leader, Customer Operations
Northwind Logistics Ltd | Unit 4, Riverside Park, Leeds LS11 5QT
T: 0113 496 0321

This e-mail and any attachments are confidential and intended solely for the use of the addressee. If you have received this e-mail in error please notify the sender immediately and delete it. Any views or opinions expressed are solely those of the author and do not necessarily represent those of Northwind Logistics Ltd. Registered in England No. 01234567.
""",
        who=("Mark Jennings", "mark.jennings@northwind-logistics.example"),
        when="11-26 13:10",
    ),
    R(
        "e009",
        "en",
        "gmail",
        "unclear",
        None,
        """
Hi,

Thanks for getting back to me. Thursday or Friday afternoon would both be fine for me – whichever suits the interviewer best.

Cheers,
Ollie
""",
        who=("Oliver Grant", "ollie.grant@gmail.com"),
        when="11-26 13:40",
    ),
    R(
        "e010",
        "en",
        "apple",
        "confirm",
        2,
        """
Hello,

Thanks so much. Thursday I'm already committed to a hospital appointment and Saturday I'm away for a family wedding, so Friday (option 2) it is.

Best,
Rachel
""",
        who=("Rachel Green", "rachel.green@icloud.com"),
        when="11-26 14:05",
    ),
    R(
        "e011",
        "en",
        "gmail",
        "confirm",
        2,
        """
Hi, answers inline below.
""",
        who=("Nadia Hussain", "nadia.hussain@gmail.com"),
        when="11-26 14:30",
        mode="inline",
        inline=[
            ("Fri 4 Dec 2026", "This one please."),
            ("a copy of your ID card", "Is a passport OK instead? I don't have an ID card."),
        ],
    ),
    R(
        "e012",
        "en",
        "outlook",
        "reschedule",
        None,
        """
Hi,

Thursday would work but 2pm clashes with the school run. Could we do Thursday at 11am instead? Happy to join online.

Thanks,
Laura
""",
        who=("Laura Bennett", "laura.bennett@outlook.com"),
        when="11-26 15:00",
    ),
    R(
        "e013",
        "en",
        "gmail",
        "confirm",
        3,
        """
Hi,

I'd like option 3 (Saturday 5 Dec, 10:00). Weekdays are difficult because I'm currently working full time and can't take any more leave this month.

Thank you for understanding,
Ahmed Khan
""",
        who=("Ahmed Khan", "ahmed.khan.work@gmail.com"),
        when="11-26 15:25",
    ),
    R(
        "e014",
        "en",
        "yahoo",
        "question",
        None,
        """
Hello,
Could you tell me the salary range and the working hours for the Support desk role?
I want to make sure it's a good fit before I book a slot.
Thanks,
Grace
""",
        who=("Grace Miller", "grace_miller@yahoo.com"),
        when="11-26 15:50",
    ),
    R(
        "e015",
        "en",
        "owa",
        "confirm",
        None,
        """
Hi,

I have another interview on Thursday morning at 10:00 but I'll be free from 12:00, so option 1 at 14:00 is perfect.
Please book me in.

Thanks,
Ben Carter
""",
        who=("Ben Carter", "ben.carter@outlook.com"),
        when="11-26 16:15",
    ),
    R(
        "e016",
        "en",
        "iphone",
        "unclear",
        None,
        """
Thanks for this, got it.
I'll check my rota and come back to you tomorrow.
""",
        who=("Jade Cooper", "jadecooper@icloud.com"),
        when="11-26 16:40",
    ),
    R(
        "e017",
        "en",
        "gmail",
        "confirm",
        2,
        """
Hi,

Option 3 please.

Actually, sorry – I've just remembered I'm working Saturday morning. Can I take option 2 instead? Friday at 2pm.

Thanks,
Chloe
""",
        who=("Chloe Adams", "chloe.adams@gmail.com"),
        when="11-26 17:05",
    ),
    R(
        "e018",
        "en",
        "outlook-de",
        "confirm",
        2,
        """
Hallo,

vielen Dank für die Einladung. Ich nehme gerne Option 2 am Freitag, 4. Dezember, um 14:00 Uhr (Londoner Zeit, bei mir also 15:00 Uhr).

Mit freundlichen Grüßen
Jonas Weber
""",
        who=("Jonas Weber", "jonas.weber@outlook.de"),
        when="11-26 18:30",
    ),
    R(
        "e019",
        "en",
        "gmail",
        "decline",
        None,
        """
Hello,

Thank you for the invitation to re-interview. I've thought about it carefully and I don't think this role is the right fit for me at this stage, so I'll decline.

Thanks again for your time.

Best,
Nathan
""",
        who=("Nathan Price", "nathan.price88@gmail.com"),
        when="11-26 18:05",
    ),
    R(
        "e020",
        "en",
        "outlook",
        "question",
        None,
        """
Hi,

A couple of quick questions before I pick a time:
1. Is the interview in person or online?
2. Is there a dress code?
3. How long should I allow in total, including any tests?

Thanks,
Emily
""",
        who=("Emily Shaw", "emily.shaw@outlook.com"),
        when="11-26 18:40",
    ),
    R(
        "e021",
        "en",
        "gmail-fr",
        "confirm",
        None,
        """
Bonjour,

Merci pour l'invitation. Je confirme l'option 1, jeudi 3 décembre à 14h00 (heure de Londres).

Cordialement,
Camille Martin
""",
        who=("Camille Martin", "camille.martin.pro@gmail.com"),
        when="11-26 20:10",
    ),
    R(
        "e022",
        "en",
        "yahoo",
        "confirm",
        None,
        """
Thursday at 2 is fine, see you then.
Thanks, Pat
""",
        who=("Pat Dolan", "pat.dolan@yahoo.co.uk"),
        when="11-26 19:45",
        mode="bottom",
    ),
    R(
        "e023",
        "en",
        "apple",
        "reschedule",
        None,
        """
Hi,

I'm really sorry but I'm away from the 1st until the 6th of December. Could we look at the week after? Any afternoon from the 8th onwards would be fine.

Best regards,
Lucy
""",
        who=("Lucy Hall", "lucy.hall@me.com"),
        when="11-26 20:30",
    ),
    R(
        "e024",
        "en",
        "outlook",
        "confirm",
        3,
        """
Good afternoon,

I would like to confirm option 3, Saturday 5 December at 10:00.

Kind regards

Simon Price
Shift Supervisor
Mon–Fri 07:00–15:00
Direct line: +44 (0)20 7946 0958
""",
        who=("Simon Price", "simon.price@harbourfoods.example"),
        when="11-27 09:05",
    ),
    R(
        "e025",
        "en",
        "gmail",
        "unclear",
        None,
        """
Hi,

Option 2 on Thursday works for me.

Thanks!
Kelly
""",
        who=("Kelly Morgan", "kelly.morgan.k@gmail.com"),
        when="11-27 09:20",
    ),
    R(
        "e026",
        "en",
        "gmail",
        "confirm",
        None,
        """
Hi,

Replying from my personal email as my work account blocks external links. I'm happy to go with option 1, Thursday 2pm.

Thanks,
Alice
""",
        who=("Alice Smith", "alice.smith.home@gmail.com"),
        when="11-27 09:45",
        fwd=("self", "outlook", ("Alice Smith", "alice.smith@brightcare.example"), "11-27 09:31"),
    ),
    R(
        "e027",
        "en",
        "iphone",
        "confirm",
        2,
        """
Hi
Friday 2pm works
Thanks
Karen
""",
        who=("Karen Fox", "karenfox@icloud.com"),
        when="11-27 10:00",
    ),
    R(
        "e028",
        "en",
        "outlook",
        "decline",
        None,
        """
Dear Sir or Madam,

Thank you for offering me the opportunity to re-interview for the Support desk role. I have recently accepted an offer from another company and will be starting on 7 December, so I must respectfully decline.

I appreciate the time you and your team have invested.

Yours faithfully,
Robert Hughes
""",
        who=("Robert Hughes", "robert.hughes@outlook.com"),
        when="11-27 10:25",
    ),
    R(
        "e029",
        "en",
        "gmail",
        "reschedule",
        None,
        """
Hello,

Thank you. Would it be possible to move option 1 to later in the day, say 4pm on Thursday? I finish work at 3pm and my commute is about 45 minutes.

Best,
Isla
""",
        who=("Isla Campbell", "isla.campbell@gmail.com"),
        when="11-27 10:50",
    ),
    R(
        "e030",
        "en",
        "yahoo",
        "confirm",
        3,
        """
Hi,
Saturday 10am suits me best, I have childcare then. Option 3 please.
Thank you
Debbie
""",
        who=("Debbie Lane", "debbie.lane@yahoo.com"),
        when="11-27 11:15",
    ),
    R(
        "e031",
        "en",
        "gmail",
        "confirm",
        None,
        """
Hi again,

Sorry, please ignore my earlier email – I've managed to swap shifts, so option 1 (Thursday 2pm) works better after all. Please book me for Thursday.

Thanks,
Connor
""",
        who=("Connor Walsh", "connor.walsh@gmail.com"),
        when="11-27 11:40",
        prior=("11-26 18:20", "Hi,\n\nOption 2 please.\n\nThanks,\nConnor"),
    ),
    R(
        "e032",
        "en",
        "outlook",
        "question",
        None,
        """
Hi,

I don't have a national ID card as I'm a UK citizen – would a driving licence or passport be acceptable?
Also, what is the training assessment report – is that something I receive after the online course?

Thanks,
Michael
""",
        who=("Michael Brooks", "m.brooks@outlook.com"),
        when="11-27 12:05",
    ),
    R(
        "e033",
        "en",
        "apple",
        "confirm",
        2,
        """
Dear Recruiting Team,

Thank you for the second chance – my connection dropped halfway through the first interview, so I'm grateful. Option 2 on Friday at 14:00 suits me.

Warm regards,
Ella
""",
        who=("Ella Robinson", "ella.robinson@icloud.com"),
        when="11-27 12:30",
    ),
    R(
        "e034",
        "en",
        "gmail",
        "unclear",
        None,
        """
Hi,

I think Friday should be OK but I'm still waiting to hear back about a shift swap. Can I confirm on Monday?

Thanks,
Harry
""",
        who=("Harry Stone", "harry.stone@gmail.com"),
        when="11-27 12:55",
    ),
    R(
        "e035",
        "en",
        "outlook",
        "confirm",
        None,
        """
Hi, please see my comments below in red.

Tom
""",
        who=("Tom Ellis", "tom.ellis@westgate-retail.example"),
        when="11-27 13:20",
        mode="inline",
        inline=[("Thu 3 Dec 2026", "[Tom] Yes, this works for me."), ("Online:", "[Tom] I'll join online.")],
    ),
    R(
        "e036",
        "en",
        "qq-en",
        "confirm",
        None,
        """
Hello,

Thanks for the invitation. Option 1 is 22:00 Beijing time for me, which is fine.
I confirm option 1.

Best regards,
Wang Fang
""",
        who=("Wang Fang", "1530927784@qq.com"),
        when="11-27 21:45",
    ),
    R(
        "e037",
        "en",
        "163",
        "confirm",
        3,
        """
Dear HR,

I choose option 3. Saturday 10:00 London time is 18:00 Beijing time, it is OK for me.

Thank you!
Li Hua
""",
        who=("Li Hua", "lihua_en@163.com"),
        when="11-27 22:10",
    ),
    R(
        "e038",
        "en",
        "gmail",
        "reschedule",
        None,
        """
Hi,

None of these work, sorry – I'm in Dubai for work that week. I could do an online interview any weekday morning the following week (UK time).

Best,
Omar
""",
        who=("Omar Farouk", "omar.farouk@gmail.com"),
        when="11-27 14:10",
    ),
    R(
        "e039",
        "en",
        "outlook",
        "confirm",
        2,
        """
Hi,

I sent this yesterday but I'm not sure it went through, so here it is again:

"Hello, thank you for the invitation. I would like to choose option 2, Friday 4 December at 14:00."

Thanks,
Anna
""",
        who=("Anna Kowalski", "anna.kowalski@outlook.com"),
        when="11-27 14:35",
    ),
    R(
        "e040",
        "en",
        "iphone",
        "decline",
        None,
        """
Hi,

Thanks for this but I'm going to withdraw my application. Personal circumstances have changed and I'm moving abroad next month.

All the best
Jack
""",
        who=("Jack Dawson", "jackdawson@icloud.com"),
        when="11-27 15:00",
    ),
    R(
        "e041",
        "en",
        "gmail",
        "confirm",
        3,
        """
Hi,

Option 3 is great for me. Will the interview be with a person or another AI session? And is it OK to use headphones?

Thanks!
Mia
""",
        who=("Mia Thompson", "mia.thompson@gmail.com"),
        when="11-27 15:25",
    ),
    R(
        "e042",
        "en",
        "yahoo",
        "unclear",
        None,
        """
Hello,
Any of the three times would be fine for me, I'm flexible that week.
Thanks,
Doris
""",
        who=("Doris Evans", "doris.evans@yahoo.com"),
        when="11-27 15:50",
    ),
    R(
        "e043",
        "en",
        "outlook",
        "confirm",
        None,
        """
Hi there,

Thursday 3 December at 14:00 is good for me – confirmed.

Many thanks,

George Wilson
Customer Experience Associate
12 Station Road, Reading RG1 1JX
Office: 0118 496 0777
I work part-time: Tue, Wed, Fri
""",
        who=("George Wilson", "george.wilson@stationgroup.example"),
        when="11-27 16:15",
    ),
    R(
        "e044",
        "en",
        "gmail",
        "reschedule",
        None,
        """
Hi,

Thursday isn't possible and neither is Friday – I'm in the office all day on both. Saturday at 10 is too early because I'm driving back from Bristol that morning.

Could we do Saturday afternoon instead, maybe 2pm?

Thanks,
Freya
""",
        who=("Freya Collins", "freya.collins@gmail.com"),
        when="11-27 16:40",
    ),
    R(
        "e045",
        "en",
        "iphone",
        "confirm",
        2,
        """
Hi! Friday works for me – I finish my night shift that morning at 8 so the afternoon is ideal.
Option 2 please.
""",
        who=("Megan Ross", "meganross@icloud.com"),
        when="11-27 17:05",
    ),
    R(
        "e046",
        "en",
        "outlook",
        "automated",
        None,
        """
Thank you for your email. I am currently out of the office with limited access to email, returning on Monday 7 December.

For urgent matters please contact my colleague Jane Doe on jane.doe@northwind-logistics.example.

Kind regards,
Stephen Hart
""",
        who=("Stephen Hart", "stephen.hart@northwind-logistics.example"),
        when="11-26 09:31",
        auto=True,
    ),
    R(
        "e047",
        "en",
        "gmail-plain",
        "question",
        None,
        """
Hi,

Thanks for the invitation. Could you tell me who will be interviewing me and roughly what the format is? Also, does the 2-hour course have to be completed before I choose a time?

Best,
Alex
""",
        who=("Alex Rivera", "alex.rivera.uk@gmail.com"),
        when="11-27 17:30",
    ),
    R(
        "e048",
        "en",
        "apple",
        "confirm",
        None,
        """
Hello,

Option 1 suits me perfectly. Is there a dress code for the interview, or is smart casual fine?

Best,
Niamh
""",
        who=("Niamh Byrne", "niamh.byrne@icloud.com"),
        when="11-27 17:55",
    ),
    R(
        "e049",
        "en",
        "gmail",
        "decline",
        None,
        """
Hi,

Thank you for the second chance and for the detailed training plan.

Unfortunately, after my first interview I realised that the shift pattern wouldn't work with my caring responsibilities, so I'm going to decline the re-interview.

Kind regards,
Fiona
""",
        who=("Fiona Kerr", "fiona.kerr@gmail.com"),
        when="11-27 18:20",
    ),
    R(
        "e050",
        "en",
        "outlook",
        "confirm",
        3,
        """
Hello,

I have another interview on Friday at 14:00, and on Thursday I'm working until 18:00, so Saturday at 10:00 (option 3) would be best for me.

Kind regards,
Ryan Murphy
""",
        who=("Ryan Murphy", "ryan.murphy@outlook.com"),
        when="11-27 18:45",
    ),
    R(
        "e051",
        "en",
        "yahoo",
        "reschedule",
        None,
        """
Hi,
Unfortunately I can't make any of these as I'm working all three days.
I'm free on Sunday 6th, or any evening after 6pm.
Thanks, Sharon
""",
        who=("Sharon Bell", "sharon.bell@yahoo.co.uk"),
        when="11-27 19:10",
    ),
    R(
        "e052",
        "en",
        "gmail",
        "confirm",
        2,
        """
Hello,

I'm happy to take option 2, Friday 4th December.

Best regards,
-- 
Daniel Lee
Mobile: 07700 900456
linkedin.com/in/daniellee
Available to start: 4 January 2027
""",
        who=("Daniel Lee", "daniel.lee.cs@gmail.com"),
        when="11-27 19:35",
    ),
    R(
        "e053",
        "en",
        "owa",
        "unclear",
        None,
        """
Hi,

Thanks for the invite. I'm leaning towards Friday but I'm not 100% sure yet – let me get back to you once I've spoken to my manager.

Thanks,
Katie
""",
        who=("Katie Moore", "katie.moore@outlook.com"),
        when="11-27 20:00",
    ),
    R(
        "e054",
        "en",
        "iphone",
        "confirm",
        None,
        """
Thursday at 2pm please.
Will the online link be the same as in this email or will you send a new one?

Thanks
Liam
""",
        who=("Liam Foster", "liamfoster@icloud.com"),
        when="11-27 20:25",
    ),
    R(
        "e055",
        "en",
        "gmail",
        "confirm",
        3,
        """
Hi, option 3 (Saturday) works best for me.

Thanks,
Ruth
""",
        who=("Ruth Ellison", "ruth.ellison@gmail.com"),
        when="11-27 20:50",
        mode="bottom",
    ),
    R(
        "e056",
        "en",
        "outlook",
        "question",
        None,
        """
Hello,

I have dyslexia and wondered whether any reasonable adjustments are available for the re-interview, such as extra time for reading the questions.

Once I know, I'll confirm a time.

Kind regards,
Peter Grant
""",
        who=("Peter Grant", "peter.grant@outlook.com"),
        when="11-28 09:10",
    ),
    R(
        "e057",
        "en",
        "gmail",
        "confirm",
        2,
        """
Hi,

Thanks for the options. Thursday is my day off but I'm taking my mum to an appointment at 1:30, and Saturday I have the kids. Friday afternoon is free, so option 2 please.

Best,
Zoe
""",
        who=("Zoe Marsh", "zoe.marsh@gmail.com"),
        when="11-28 09:35",
    ),
    R(
        "e058",
        "en",
        "yahoo",
        "decline",
        None,
        """
Hello,
Thank you, but I no longer wish to be considered for this position.
Please remove my details from your system.
Regards
Barry
""",
        who=("Barry Cole", "barry.cole@yahoo.com"),
        when="11-28 10:00",
    ),
    R(
        "e059",
        "en",
        "gmail",
        "reschedule",
        None,
        """
Hi,

Option 2 would have been ideal, but I've just been asked to cover a colleague's shift on Friday. Could we do the following Friday (11 December) at the same time instead?

Thanks,
Tara
""",
        who=("Tara Quinn", "tara.quinn@gmail.com"),
        when="11-28 10:25",
    ),
    R(
        "e060",
        "en",
        "outlook",
        "confirm",
        None,
        """
Dear Recruiting Team,

Thank you for your email and for the opportunity to re-interview. I was disappointed with my performance last time – I had technical problems with my microphone – so I appreciate the chance to try again. I have already started the 客户投诉处理 course.

I am pleased to confirm that I will attend on Thursday 3 December at 14:00 (option 1).

Yours sincerely,
Edward Clarke
""",
        who=("Edward Clarke", "edward.clarke@outlook.com"),
        when="11-28 10:50",
    ),
    R(
        "e061",
        "en",
        "iphone",
        "unclear",
        None,
        """
Received, thanks!
Will take a look tonight.
""",
        who=("Sam Patel", "sampatel@icloud.com"),
        when="11-28 11:15",
    ),
    R(
        "e062",
        "en",
        "gmail",
        "confirm",
        3,
        """
Hi,

I work 2 till 10 on weekdays, so afternoons are out for me. Saturday morning (option 3) please.

Cheers,
Dan
""",
        who=("Dan Hughes", "dan.hughes@gmail.com"),
        when="11-28 11:40",
    ),
    R(
        "e063",
        "en",
        "outlook",
        "reschedule",
        None,
        """
Hi,

Would it be possible to do the interview on Thursday 3 December but in the morning instead, e.g. 10:00? I have a GP appointment at 14:30 that I can't move.

Regards,
Helen
""",
        who=("Helen Ward", "helen.ward@outlook.com"),
        when="11-28 12:05",
    ),
    R(
        "e064",
        "en",
        "apple",
        "confirm",
        3,
        "",
        who=("Priya Nair", "priya.nair@icloud.com"),
        when="11-28 12:30",
        mode="inline",
        inline=[("Sat 5 Dec 2026", "Yes – this one, please."), ("your portfolio", "I'll bring a printed copy.")],
    ),
    R(
        "e065",
        "en",
        "gmail-de",
        "confirm",
        None,
        """
Hi,

thanks a lot. I'll take option 1 (Thursday). I'm based in Berlin, so 14:00 London is 15:00 for me, which is fine.

Best,
Lena
""",
        who=("Lena Schulz", "lena.schulz.cs@gmail.com"),
        when="11-28 13:55",
    ),
    R(
        "e066",
        "en",
        "outlook",
        "decline",
        None,
        """
Hello,

I'm afraid I won't be able to attend the re-interview and would like to withdraw.
Can you tell me whether I can reapply for other roles with you in the future?

Thanks,
Gareth
""",
        who=("Gareth Jones", "gareth.jones@outlook.com"),
        when="11-28 13:20",
    ),
    R(
        "e067",
        "en",
        "yahoo",
        "confirm",
        2,
        """
Hello,
I'd like the Friday slot please (option 2).
Thank you,
Margaret Brown
7 Meadow Lane, Cardiff CF10 2AB
Tel 029 2018 0000
""",
        who=("Margaret Brown", "margaret.brown@yahoo.co.uk"),
        when="11-28 13:45",
    ),
    R(
        "e068",
        "en",
        "gmail",
        "unclear",
        None,
        """
Hi,

Thursday or Friday – either is fine, I just can't do Saturday.

Thanks,
Sam
""",
        who=("Sam Taylor", "sam.taylor.uk@gmail.com"),
        when="11-28 14:10",
    ),
    R(
        "e069",
        "en",
        "outlook",
        "confirm",
        None,
        """
Hi,

Forwarding from my work account as replying from my phone didn't seem to work. I confirm option 1, Thursday 3 December at 14:00.

Thanks,
Joanna
""",
        who=("Joanna White", "joanna.white@meridian-care.example"),
        when="11-28 14:35",
        fwd=("forward",),
    ),
    R(
        "e070",
        "en",
        "iphone",
        "confirm",
        3,
        """
Hi there,

Saturday at 10 is perfect – weekdays I'm on the early shift (6am–2pm) and then I collect my son. See you on the 5th.
""",
        who=("Becky Wood", "beckywood@icloud.com"),
        when="11-28 15:00",
    ),
    R(
        "e071",
        "en",
        "gmail",
        "question",
        None,
        """
Hello,

Is it possible to do the re-interview in Mandarin rather than English? If so, I'll pick a time straight away.

Thanks,
Kevin Zhou
""",
        who=("Kevin Zhou", "kevin.zhou.uk@gmail.com"),
        when="11-28 15:25",
    ),
    R(
        "e072",
        "en",
        "gmail",
        "confirm",
        2,
        """
Hi,

I forwarded your email to my personal account so I don't miss anything. Friday 4th at 14:00 (option 2) is fine for me.

Thanks,
Paul
""",
        who=("Paul Newman", "paul.newman.home@gmail.com"),
        when="11-28 15:50",
        fwd=("self", "owa", ("Paul Newman", "paul.newman@citycouncil.example"), "11-28 15:41"),
    ),
    R(
        "e073",
        "en",
        "outlook",
        "reschedule",
        None,
        """
Hello,

Thank you for the invitation and the training plan. I'm currently on holiday in Spain and won't be back until 9 December.

I'd be grateful if we could arrange a time after that – Thursday 10 or Friday 11 December would be ideal.

Kind regards,
Claire Evans
""",
        who=("Claire Evans", "claire.evans@outlook.com"),
        when="11-28 16:15",
    ),
    R(
        "e074",
        "en",
        "yahoo",
        "unclear",
        None,
        """
Hi, Thursday's good.
Oh wait, is that the 3rd? I might be at my sister's that day. I'll let you know.
Thanks
Bev
""",
        who=("Beverley Hunt", "bev.hunt@yahoo.co.uk"),
        when="11-28 16:40",
    ),
    R(
        "e075",
        "en",
        "apple",
        "decline",
        None,
        """
Hi,

Thank you for reaching out. I appreciate the offer of a re-interview, but I've decided to pursue a different career direction and won't be attending.

Wishing you and the team all the best.

Laura Kim
""",
        who=("Laura Kim", "laura.kim@icloud.com"),
        when="11-28 17:05",
    ),
    R(
        "e076",
        "en",
        "gmail-zh",
        "confirm",
        None,
        """
您好，

谢谢邀请。我现在人在国内，伦敦时间周四下午两点是北京时间晚上十点，没问题，我选方案1。

陈晨
""",
        who=("陈晨", "chenchen.sh@gmail.com"),
        when="11-28 17:30",
    ),
    R(
        "e077",
        "en",
        "outlook",
        "question",
        None,
        """
Hi,

I noticed the reply deadline is Monday 30 November at 10:00. Would it be OK if I confirm on Monday afternoon instead? I'm waiting to hear my shift pattern for next week.

Thanks,
Matthew
""",
        who=("Matthew King", "matthew.king@outlook.com"),
        when="11-28 17:55",
    ),
    R(
        "e078",
        "en",
        "gmail",
        "confirm",
        2,
        """
Dear team,

Thank you. I'd like to confirm Option 2, Friday 4 December at 14:00.

Best wishes,
-- 
Aisha Rahman
MSc Student, Department of Management
University of Exampleton

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager.
""",
        who=("Aisha Rahman", "aisha.rahman.msc@gmail.com"),
        when="11-28 18:20",
    ),
    R(
        "e079",
        "en",
        "outlook-ios",
        "confirm",
        None,
        """
Thursday 2pm works, thanks. I'll join online.
""",
        who=("Chris Doyle", "chris.doyle@outlook.com"),
        when="11-28 18:45",
    ),
    R(
        "e080",
        "en",
        "gmail",
        "reschedule",
        None,
        """
Hi,

Thank you. Could we do it online on Wednesday 2 December instead? Any time between 9 and 5 works.
I've just started a temp job that runs Thursday to Saturday.

Best,
Rosie
""",
        who=("Rosie Clarke", "rosie.clarke@gmail.com"),
        when="11-28 19:10",
    ),
    R(
        "e081",
        "en",
        "gmail",
        "automated",
        None,
        """
Hi,

I'm travelling from 25 November to 2 December with limited access to email. I will reply as soon as I can after I'm back.

Thanks,
Noah
""",
        who=("Noah Bennett", "noah.bennett@gmail.com"),
        when="11-26 09:30",
        mode="none",
        auto=True,
    ),
    R(
        "e082",
        "en",
        "outlook",
        "confirm",
        3,
        """
Hi again,

Apologies for the back-and-forth. My manager has just told me I can't have Thursday off after all.
Could you switch me to option 3 (Saturday 10:00)?

Thanks,
Owen
""",
        who=("Owen Price", "owen.price@outlook.com"),
        when="11-28 20:00",
        prior=("11-27 09:15", "Hi,\n\nI'd like option 1 please.\n\nThanks,\nOwen"),
    ),
    R(
        "e083",
        "en",
        "gmail",
        "confirm",
        2,
        """
Hi,

Friday works for me — I'll join via the online link since I'm not in Shanghai.

Thanks,
Bella
""",
        who=("Bella Howard", "bella.howard@gmail.com"),
        when="11-28 20:25",
    ),
    R(
        "e084",
        "en",
        "apple",
        "reschedule",
        None,
        """
Hello,

Thanks for the options. I'm in lectures every weekday until 5pm and I work Saturday mornings.
Is there any chance of an evening slot, e.g. Thursday or Friday at 6pm?

Best,
Tom Nguyen
""",
        who=("Tom Nguyen", "tom.nguyen@me.com"),
        when="11-28 20:50",
    ),
    R(
        "e085",
        "en",
        "gmail",
        "confirm",
        None,
        """
Hi Recruiting Team,

Thanks for the quick turnaround and the course recommendation. I'll go with the proposed time (Thursday 3 Dec, 2pm).

One question: should I bring the training assessment report printed, or is it enough that it's in your system?

Regards,
Victoria
""",
        who=("Victoria Lane", "victoria.lane@gmail.com"),
        when="11-28 21:15",
    ),
]
