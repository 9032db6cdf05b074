"""blind21 — "a typical week at a Shanghai employer": the candidates' own words and the labels.

The invitation went out on Thursday 26 Nov 2026, 09:30 Shanghai time; it offers
  option 1 (proposed) Thu 3 Dec 14:00–15:00, option 2 Fri 4 Dec 14:00–15:00, option 3 Sat 5 Dec 10:00–11:00
(Shanghai for the zh invitation, Europe/London for the en one) and asks for an answer by Mon 30 Nov.
The replies trickle in over that working week: on the metro in the morning, at lunch, after 加班 at night, at the
weekend, a few after the deadline.  Most of the candidates work somewhere in Shanghai already.

Each entry: R(lang, client, intent, slot, at, name, address, text, **options)
  lang    the invitation replied to (zh / en)
  client  manifest client name; the builder is in clients.py (suffix -de/-ja/-ko/-zh/-en = UI locale)
  slot    2 or 3 for a confirm of that option, None otherwise (a confirm without slot = option 1)
  at      "MM-DD HH:MM" in the sender's local time zone (tz=..., default Asia/Shanghai)
  options quote=False (quote deleted), sig=..., kw for the client builder
"""

from __future__ import annotations


def R(lang, client, intent, slot, at, name, addr, text, *, quote=True, sig=None, tz=None, **kw):
    return dict(lang=lang, client=client, intent=intent, slot=slot, at=at, name=name, addr=addr, text=text,
                quote=quote, sig=sig, tz=tz, kw=kw)


LDN = "Europe/London"

REPLIES = [
    # ============================================================== zh: confirm the proposed time (option 1)
    R("zh", "qq-web", "confirm", None, "11-26 09:47", "李明", "1846620937@qq.com", "确认"),
    R("zh", "163", "confirm", None, "11-26 10:15", "王婷婷", "wangtingting_93@163.com", "确认，谢谢！"),
    R("zh", "foxmail", "confirm", None, "11-26 10:41", "", "limingyu0415@foxmail.com",
      "您好，\n\n确认参加12月3日（周四）下午14:00的面试，届时准时到场。\n\n谢谢！\n李明宇"),
    R("zh", "outlook-zh", "confirm", None, "11-26 11:02", "陈思远", "chen.siyuan@jinhe-scm.com.cn",
      "HR您好：\n\n方案1没问题，我会按时到漕溪北路那边。\n\n顺祝商祺",
      sig="陈思远\n上海锦禾供应链管理有限公司 | 客户服务部\n手机：138 1762 0934\n地址：上海市闵行区申长路 988 弄 2 号楼 5 层"),
    R("zh", "iphone", "confirm", None, "11-26 12:18", "Vivian", "vivian.xu@icloud.com", "可以的，周四下午两点见"),
    R("zh", "mailmaster", "confirm", None, "11-26 12:40", "周晓燕", "zxy_0621@126.com", "没问题"),
    R("zh", "qq-new", "confirm", None, "11-26 13:05", "赵磊", "zhaolei1990@qq.com", "行"),
    R("zh", "huawei", "confirm", None, "11-26 18:42", "孙悦", "sunyue_sh@163.com", "确认 周四下午"),
    R("zh", "qq-web", "confirm", None, "11-26 19:26", "小鱼", "1257740836@qq.com",
      "好的，我会准时参加的，谢谢给我这次机会！"),
    R("zh", "wecom", "confirm", None, "11-26 15:33", "周杰", "zhoujie@lianyi-logistics.com",
      "您好，确认12月3号14点。想问下可以线上参加吗？那天白天在公司，走不开太久。"),
    R("zh", "163", "confirm", None, "11-26 21:10", "黄佳琪", "huangjiaqi_sh@163.com",
      "确认方案1。身份证复印件和作品集我会带上。"),
    R("zh", "iphone", "confirm", None, "11-26 22:47", "刘畅", "liuchang.0912@icloud.com", "确认", quote=False),
    R("zh", "qq-app", "confirm", None, "11-27 08:12", "Kiki", "1029384756@qq.com", "ok 周四14点", ios=False),
    R("zh", "outlook-mobile-zh", "confirm", None, "11-27 08:35", "刘洋", "liuyang0712@outlook.com", "确认参加，谢谢"),
    R("zh", "xiaomi", "confirm", None, "11-27 08:51", "邓凯", "dengkai88@139.com", "收到，12月3日下午2点我准时到"),
    R("zh", "feishu", "confirm", None, "11-27 09:20", "许文静", "xuwenjing@yunqi-retail.cn",
      "您好，我选建议时间（周四14:00），谢谢。"),
    R("zh", "foxmail", "confirm", None, "11-27 09:58", "", "tanghao@foxmail.com", "确认！"),
    R("zh", "126", "confirm", None, "11-27 12:37", "马丽", "mali_1995@126.com", "方案一可以"),
    R("zh", "qq-app", "confirm", None, "11-27 12:55", "胖虎", "2284615307@qq.com",
      "好的 没问题[抱拳] 周四下午两点到", mclient="wechat-paste/qq-app"),
    R("zh", "qq-web", "confirm", None, "11-27 13:14", "吴昊", "540918273@qq.com", "1", quote=True),
    R("zh", "iphone", "confirm", None, "11-27 18:30", "林一", "linyi.sh@icloud.com", "周四可以👌"),
    R("zh", "huawei", "confirm", None, "11-27 19:05", "何伟", "hewei_1992@163.com",
      "确认。地铁1号线徐家汇站出来走过去是吧，到时候我自己找。"),
    R("zh", "outlook-zh", "confirm", None, "11-27 21:40", "Frank Zhu", "frank.zhu@hotmail.com", "确认，谢谢。",
      plain=True),
    R("zh", "qq-app", "confirm", None, "11-28 10:22", "安琪", "3318476520@qq.com", "可以\n\n"),
    R("zh", "163", "confirm", None, "11-28 11:09", "沈浩", "shenhao_2020@163.com", "收到，我选择方案1，谢谢。"),
    R("zh", "qq-web", "confirm", None, "11-28 23:48", "晴天", "1692837465@qq.com", "确任参加"),
    R("zh", "outlook-zh", "confirm", None, "11-30 09:12", "徐蕾", "xu.lei@shmetro-ad.com",
      "您好，\n\n抱歉回复晚了，这几天月底结账比较忙。周四下午（方案1）可以，届时线上参加。\n\n谢谢",
      sig="徐蕾 Lei XU\n客户体验部\nT: 021-6438 2210 ext. 305\nM: 139 1604 2277",
      subject_prefix="回复: ", new_outlook=True),

    # ============================================================== zh: option 2 (Fri 4 Dec 14:00)
    R("zh", "qq-web", "confirm", 2, "11-26 09:58", "张伟", "2035561894@qq.com", "2"),
    R("zh", "qq-app", "confirm", 2, "11-26 11:47", "Cindy", "cindy_lu@qq.com", "选2"),
    R("zh", "163", "confirm", 2, "11-26 12:30", "罗静", "luojing_1226@163.com",
      "您好，我选方案2，12月4号周五下午。谢谢"),
    R("zh", "foxmail", "confirm", 2, "11-26 14:20", "曹磊", "caolei@xinpu-ec.com",
      "您好！\n周四下午我们部门有周会，走不开。方案2（周五14:00）可以，谢谢。",
      sigline="曹磊 | 新浦电商 运营部 | 186 2177 4030"),
    R("zh", "outlook-zh", "confirm", 2, "11-26 16:05", "陈晨", "chenchen@hengtong-sh.com",
      "您好，\n\n我选择方案2。请问需要提前多久到？\n\n谢谢\n陈晨"),
    R("zh", "mailmaster", "confirm", 2, "11-26 17:31", "韩雪", "hanxue0309@163.com", "方案二"),
    R("zh", "huawei", "confirm", 2, "11-26 20:14", "彭宇", "pengyu_88@sina.com", "12月4日可以"),
    R("zh", "qq-new", "confirm", 2, "11-27 08:40", "袁芳", "yuanfang_sh@qq.com", "周四不行，周五可以"),
    R("zh", "wecom", "confirm", 2, "11-27 10:16", "于洋", "yuyang@hongda-kefu.com", "第二个时间可以", html_only=True),
    R("zh", "outlook-mobile-zh", "confirm", 2, "11-27 11:55", "任静", "renjing_1991@outlook.com", "2，谢谢", ios=False),
    R("zh", "qq-web", "confirm", 2, "11-27 12:33", "老K", "779304512@qq.com", "周五吧，周五下午比较好请假"),
    R("zh", "iphone", "confirm", 2, "11-27 19:20", "宋佳", "songjia.sj@me.com", "4号下午2点 ok", quote=False),
    R("zh", "xiaomi", "confirm", 2, "11-28 09:33", "谢飞", "xiefei_0707@163.com", "周五14点 确认"),
    R("zh", "163", "confirm", 2, "11-28 15:26", "范琳", "fanlin_hr@163.com",
      "1吧……不对，周四要跟老板去客户那边，还是2吧。周五下午。"),
    R("zh", "feishu", "confirm", 2, "11-29 21:07", "方舟", "fangzhou@qingniao-tech.cn",
      "我选周五那个时间段，方便的话发个会议邀请给我，谢谢"),
    R("zh", "foxmail", "confirm", 2, "11-30 10:48", "石磊", "shilei@dongfang-wl.com",
      "您好，方案1和方案2我都可以，优先方案2，谢谢。", sigline="石磊  东方物流 客服中心"),
    R("zh", "qq-web", "confirm", 2, "11-30 16:52", "Alex", "alex_chen1994@qq.com", "2号方案，谢谢"),
    R("zh", "qq-app", "confirm", 2, "11-28 21:36", "大白", "2690184735@qq.com",
      "张老师 11/27 14:32\n周四你方便吗？\n\n我 11/27 14:35\n周四不太行，周五可以吗\n\n张老师 11/27 14:40\n"
      "可以，你在邮件里回复一下就行\n\n——上面是微信里跟张老师聊的，我这边就按周五下午两点来，谢谢",
      mclient="wechat-paste/qq-app"),
    R("zh", "outlook-zh", "confirm", 2, "11-27 15:18", "蔡雯", "cai.wen@sunmart-group.com", "您好，见下方红字。谢谢！",
      inline=("2026年12月4日 周五 14:00–15:00", "【选这个】")),

    R("zh", "qq-web", "confirm", 2, "11-27 22:05", "方浩", "fanghao_1996@qq.com",
      "HR您好，我是方浩，收到重新面试的邀请了。我选周五下午14:00那场（方案2），谢谢！", quote=False,
      fresh_subject="重新面试时间确认-方浩", fresh_cs="gb18030"),

    # ============================================================== zh: option 3 (Sat 5 Dec 10:00)
    R("zh", "qq-web", "confirm", 3, "11-26 10:29", "潘婷", "1374659028@qq.com", "3"),
    R("zh", "qq-app", "confirm", 3, "11-26 12:05", "阿飞", "afei_sh@qq.com", "周六上午可以"),
    R("zh", "163", "confirm", 3, "11-26 12:48", "邹颖", "zouying_93@163.com",
      "您好，工作日请假不太方便，选方案3（周六上午10点），谢谢理解。"),
    R("zh", "mailmaster", "confirm", 3, "11-27 07:58", "熊丽", "xiongli_kf@163.com", "选3，周六上午我到现场"),
    R("zh", "outlook-zh", "confirm", 3, "11-27 13:40", "顾晓峰", "gu.xiaofeng@dafeng-ec.com",
      "您好：\n\n因工作日需要上班（年底比较忙），我选择12月5日周六10:00的场次。\n\n谢谢！",
      sig="顾晓峰\n大丰电子商务有限公司 | 售后服务组\n上海市普陀区真北路 3199 号"),
    R("zh", "huawei", "confirm", 3, "11-27 22:11", "邱敏", "qiumin_work@126.com", "周六10点"),
    R("zh", "foxmail", "confirm", 3, "11-28 11:20", "", "wuqiong@foxmail.com", "方案三，谢谢。"),
    R("zh", "qq-web", "confirm", 3, "11-28 20:03", "卢俊", "905817263@qq.com",
      "周四周五都要上班，只能周六了，周六10点可以。"),
    R("zh", "qq-app", "confirm", 3, "11-29 10:15", "橙子", "1938274650@qq.com", "周六上午10点可以的[OK]",
      mclient="wechat-paste/qq-app"),
    R("zh", "163", "confirm", 3, "11-29 13:50", "魏然", "weiran_2018@163.com", "12月5号上午"),
    R("zh", "xiaomi", "confirm", 3, "11-29 16:22", "蒋涛", "jiangtao_sh@163.com", "第三个"),
    R("zh", "wecom", "confirm", 3, "11-30 12:06", "苏晴", "suqing@meiyue-tech.com",
      "您好，周六上午我可以的，就定方案3吧。周六公司也开门的吧？"),
    R("zh", "iphone", "confirm", 3, "11-30 13:27", "陆一鸣", "luyiming@icloud.com", "我选周六的。到时候线上参加"),
    R("zh", "qq-app", "confirm", 3, "11-30 17:41", "Eric", "eric_wang0801@qq.com", "3 线上", quote=False),
    R("zh", "foxmail", "confirm", 3, "11-27 23:05", "任杰", "renjie@foxmail.com",
      "您好，选方案3（12月5日周六上午）。作品集先发给您，见附件。",
      attach=("作品集_任杰.pdf", "application/pdf")),

    # ============================================================== zh: decline
    R("zh", "qq-web", "decline", None, "11-26 10:52", "大伟", "1209384756@qq.com", "放弃"),
    R("zh", "163", "decline", None, "11-26 14:37", "陶琳", "taolin_1994@163.com",
      "您好，我已经接受了其他公司的offer，这次就不参加了，谢谢贵公司。"),
    R("zh", "iphone", "decline", None, "11-26 23:14", "程程", "chengcheng.c@icloud.com", "不好意思，不参加了", quote=False),
    R("zh", "outlook-zh", "decline", None, "11-27 10:30", "姜伟", "jiang.wei@huayu-cs.com",
      "HR您好：\n\n感谢贵司再次给予面试机会。经过慎重考虑，我决定放弃本次重新面试，祝招聘顺利。\n\n此致\n敬礼\n姜伟"),
    R("zh", "qq-app", "decline", None, "11-27 18:05", "毛毛", "2738465910@qq.com", "算了 不去了 谢谢"),
    R("zh", "mailmaster", "decline", None, "11-28 08:44", "贺佳", "hejia_sh@163.com", "已经找到工作了，放弃面试"),
    R("zh", "foxmail", "decline", None, "11-28 14:13", "", "zhangyu@foxmail.com", "您好，因个人原因放弃这次面试机会，抱歉。"),
    R("zh", "huawei", "decline", None, "11-28 22:39", "龙飞", "longfei_1988@163.com",
      "这周家里有事要回老家，后面也不确定什么时候回上海，就先放弃吧，谢谢"),
    R("zh", "wecom", "decline", None, "11-30 09:55", "潘磊", "panlei@zhongxin-md.com",
      "您好，我们公司这边给我调岗了，暂时不看机会，这次就不参加了。打扰了。"),
    R("zh", "126", "decline", None, "11-30 17:20", "朱敏", "zhumin_1990@126.com", "放弃。谢谢"),
    R("zh", "outlook-mobile-zh", "decline", None, "12-01 08:47", "Joyce", "joyce.huang@outlook.com",
      "不好意思现在才回，我已经入职别家了，面试就不去了，谢谢"),

    # ============================================================== zh: reschedule
    R("zh", "qq-web", "reschedule", None, "11-26 11:20", "贾斌", "786543210@qq.com",
      "三个时间都要上班，能不能晚上7点以后？"),
    R("zh", "163", "reschedule", None, "11-26 15:02", "孟佳", "mengjia_1128@163.com",
      "您好，12月3日到5日我在外地出差，能否改到12月8日（周二）下午？谢谢！"),
    R("zh", "iphone", "reschedule", None, "11-26 19:40", "白露", "bailu@icloud.com", "改期，下周一下午可以吗"),
    R("zh", "outlook-zh", "reschedule", None, "11-26 20:55", "秦川", "qin.chuan@leyou-shop.com",
      "您好，\n\n很抱歉，这周四周五我们在备战双12，公司不让请假，周六也要加班。请问能否安排在12月14日之后？"
      "任意工作日下午都可以。\n\n谢谢理解！\n秦川"),
    R("zh", "qq-app", "reschedule", None, "11-27 07:46", "丁丁", "3057192846@qq.com", "能改到周日吗"),
    R("zh", "mailmaster", "reschedule", None, "11-27 12:28", "田甜", "tiantian_0520@163.com",
      "改期 12月7号上午10点", mobile=False),
    R("zh", "foxmail", "reschedule", None, "11-27 14:50", "", "sunhao@hanxin-trade.com",
      "您好，周四上午可以吗？下午要开会。", sigline="孙浩 汉信贸易 186 0213 5522"),
    R("zh", "huawei", "reschedule", None, "11-27 16:33", "贺磊", "helei_sh@sohu.com", "周五上午10点可以吗 下午有事"),
    R("zh", "qq-new", "reschedule", None, "11-27 22:58", "Momo", "momo_zhang@qq.com",
      "不好意思，这几天都排满了，下周的话周二周三下午都可以"),
    R("zh", "wecom", "reschedule", None, "11-28 10:07", "戴维", "daiwei@jiahe-foods.com",
      "改期：12月10日 15:00-16:00，或12月11日全天"),
    R("zh", "163", "reschedule", None, "11-28 12:44", "常乐", "changle_sh@163.com",
      "周四下午3点以后可以吗？两点实在赶不过来"),
    R("zh", "iphone", "reschedule", None, "11-28 13:15", "余晖", "yuhui.sh@icloud.com",
      "能约中午12点吗 午休时间过来，公司就在附近", quote=False),
    R("zh", "qq-web", "reschedule", None, "11-29 20:37", "阿亮", "1445098723@qq.com",
      "我下周一才从成都回来，周二以后随时可以"),
    R("zh", "outlook-mobile-zh", "reschedule", None, "11-30 08:22", "朱琳", "zhulin_93@hotmail.com",
      "改期。12/9 周三 下午两点可以吗"),
    R("zh", "xiaomi", "reschedule", None, "11-30 11:03", "侯勇", "houyong_1987@163.com",
      "周四不行，周五也不行，周六下午可以吗"),
    R("zh", "feishu", "reschedule", None, "11-30 14:26", "叶青", "yeqing@shanhai-media.cn",
      "您好，能否推迟一周？下周同一时间（12月10日周四14:00）我可以。"),
    R("zh", "126", "reschedule", None, "11-29 09:05", "黎明", "liming_0318@126.com",
      "您好，我这两天发烧请病假在家，这周的时间都去不了，想改期，等身体好了再跟您约时间可以吗？"),
    R("zh", "qq-web", "reschedule", None, "11-27 00:41", "Leo", "leo_shi@qq.com",
      "刚加完班看到邮件。周四下午不行，周五周六也排班了，能不能下周一上午？"),

    # ============================================================== zh: question (decides nothing)
    R("zh", "qq-web", "question", None, "11-26 10:08", "卓雅", "1120394857@qq.com", "请问可以线上面试吗？"),
    R("zh", "163", "question", None, "11-26 13:12", "柳青", "liuqing_1215@163.com",
      "您好，请问这次重新面试是什么形式？还是AI面试，还是有真人面试官？"),
    R("zh", "iphone", "question", None, "11-26 21:58", "苗苗", "miaomiao@icloud.com", "作品集要打印出来吗，还是带电脑就行？"),
    R("zh", "outlook-zh", "question", None, "11-27 09:36", "汪洋", "wang.yang@tianrun-kf.com",
      "您好，\n\n培训计划里说的《客户投诉处理》课程在哪里看？邮件里没看到链接。\n\n谢谢"),
    R("zh", "qq-app", "question", None, "11-27 13:02", "糖糖", "2583940176@qq.com", "请问身份证复印件要几份"),
    R("zh", "mailmaster", "question", None, "11-27 21:19", "吕强", "lvqiang_ec@163.com", "面试是在3层哪个房间？到了找谁"),
    R("zh", "foxmail", "question", None, "11-28 10:31", "", "liyan@foxmail.com",
      "您好，我之前的AI面试是哪部分没过？想针对性准备一下，谢谢。"),
    R("zh", "qq-new", "question", None, "11-28 16:40", "阿文", "awen_1997@qq.com",
      "请问重新面试通过的话，薪资还是按之前沟通的那样吗"),
    R("zh", "huawei", "question", None, "11-29 18:56", "高峰", "gaofeng_sh@163.com", "有停车位吗？我开车过去"),
    R("zh", "wecom", "question", None, "11-30 10:40", "万琪", "wanqi@xingchen-ec.com",
      "方便问一下我之前的面试分数是多少吗？"),
    R("zh", "iphone", "question", None, "11-30 12:14", "鹿鹿", "lulu.li@icloud.com",
      "这个时间是北京时间吧？我现在人在新加坡出差", quote=False),

    # ============================================================== zh: unclear
    R("zh", "qq-web", "unclear", None, "11-26 09:52", "刚子", "1673920485@qq.com", "收到"),
    R("zh", "163", "unclear", None, "11-26 11:35", "唐糖", "tangtang_2017@163.com", "好的，我看下时间再回复您"),
    R("zh", "iphone", "unclear", None, "11-26 12:26", "木子", "muzi.l@icloud.com", "周四周五都行"),
    R("zh", "qq-app", "unclear", None, "11-26 18:20", "可乐", "1846372950@qq.com", "下午的都可以"),
    R("zh", "outlook-zh", "unclear", None, "11-27 09:05", "殷浩", "yin.hao@ruifeng-ec.com",
      "您好，三个时间我都可以，看贵司安排。\n\n殷浩"),
    R("zh", "mailmaster", "unclear", None, "11-27 12:03", "小柒", "xiaoqi_07@163.com", "应该可以吧"),
    R("zh", "foxmail", "unclear", None, "11-27 16:12", "", "xuefeng@foxmail.com", "确认方案1，周五下午见。"),
    R("zh", "qq-new", "unclear", None, "11-28 00:22", "夜猫子", "yemaozi@qq.com", "周四或者周五，到时候再说"),
    R("zh", "huawei", "unclear", None, "11-28 08:18", "童话", "tonghua_sh@163.com", "下午两点"),
    R("zh", "wecom", "unclear", None, "11-28 11:46", "冯涛", "fengtao@baixin-logistics.com",
      "我需要跟领导请个假，确定了再告诉你"),
    R("zh", "163", "unclear", None, "11-28 19:48", "鲁迅", "luxun_fan@163.com",
      "如果能线上的话我就周五，要去现场的话只能周六了"),
    R("zh", "xiaomi", "unclear", None, "11-29 12:30", "牛牛", "niuniu_2000@163.com", "确认12月4日周四"),
    R("zh", "outlook-mobile-zh", "unclear", None, "11-29 22:40", "Grace", "grace_zhou@outlook.com",
      "可能周六吧，不太确定，周一前给您准话"),
    R("zh", "126", "unclear", None, "11-30 08:10", "方圆", "fangyuan_88@126.com", "我考虑一下"),
    R("zh", "qq-web", "unclear", None, "11-30 18:26", "丸子", "1358264709@qq.com",
      "周五可以，周六也行，周四不行", quote=True),
    R("zh", "feishu", "unclear", None, "11-27 17:02", "闫妮", "yanni@lanjing-ai.cn",
      "周四下午应该可以，不过那天可能有个客户会，我跟领导确认一下再正式回复您。"),

    # ============================================================== zh: automated
    R("zh", "qq-autoreply", "automated", None, "11-26 09:31", "小王", "2231874650@qq.com",
      "这是来自QQ邮箱的假期自动回复邮件。\n \n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。",
      builder="auto", style="qq"),
    R("zh", "outlook-oof-zh", "automated", None, "11-26 09:31", "陆敏", "lu.min@huarun-ec.com",
      "您好！\n\n我于11月26日至12月1日在外地参加培训，期间邮件回复可能不及时。如有急事请拨打 139 1723 6548。\n\n谢谢！",
      builder="auto", style="exchange-zh"),
    R("zh", "163-autoreply", "automated", None, "11-26 09:31", "宋平", "songping_1989@163.com",
      "您好，您的来信已收到，我会尽快查看并回复，谢谢！\n（此邮件为自动回复）",
      builder="auto", style="coremail"),
    R("zh", "wecom-autoreply", "automated", None, "11-26 09:32", "郑洁", "zhengjie@baifu-retail.com",
      "您好，本人已于2026年11月20日离职，此邮箱不再使用。工作事宜请联系 service@baifu-retail.com，私人事宜请联系 "
      "zhengjie1993@163.com。谢谢！",
      builder="auto", style="exmail"),
    R("zh", "qq-mx-bounce", "automated", None, "11-26 09:31", "", "mailer-daemon@qq.com",
      "This is the mail system at host mx3.qq.com.\n\nI'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients. It's attached below.\n\n<3829104756@qq.com>: host mx3.qq.com said: "
      "552 mailbox is full\n\n很抱歉，您发送的邮件无法送达：收件人邮箱已满。",
      builder="bounce", style="qq", rcpt="3829104756@qq.com"),

    # ============================================================== en invitation: confirm option 1
    R("en", "gmail", "confirm", None, "11-26 10:12", "Kevin Zhou", "kevin.zhou.sh@gmail.com", "Confirm."),
    R("en", "gmail", "confirm", None, "11-26 13:40", "Jason Lin", "jasonlin.work@gmail.com",
      "Hi,\n\nI confirm option 1, Thursday 3 Dec at 14:00. Thanks for giving me a second chance!\n\nBest,\nJason"),
    R("en", "outlook-en", "confirm", None, "11-26 10:05", "Tom Bradley", "tom.bradley@outlook.com",
      "Hello,\n\nThursday works for me. See you then.\n\nRegards,\nTom", tz=LDN),
    R("en", "apple-mail", "confirm", None, "11-26 08:55", "Emma Clarke", "emma.clarke@me.com",
      "Confirmed, thank you.", tz=LDN, mac=True),
    R("en", "iphone", "confirm", None, "11-26 18:22", "Daniel Wu", "danielwu@icloud.com", "Option 1 is fine"),
    R("en", "qq-web", "confirm", None, "11-26 20:35", "Sunny", "1593827460@qq.com", "确认 option 1\n北京时间晚上10点对吧，可以"),
    R("en", "thunderbird", "confirm", None, "11-27 09:14", "Mark Hughes", "mark.hughes@posteo.net",
      "Confirm, thanks.\n\nMark", tz=LDN),
    R("en", "gmail-de", "confirm", None, "11-27 08:30", "Jonas Weber", "jonas.weber88@gmail.com",
      "Hallo,\n\nich bestätige Option 1 (Donnerstag, 3.12., 14:00 Uhr Londoner Zeit).\n\nViele Grüße\nJonas Weber",
      tz="Europe/Berlin"),
    R("en", "gmail-ja", "confirm", None, "11-27 11:02", "佐藤 健", "ken.sato.1990@gmail.com",
      "ご担当者様\n\nお世話になっております。佐藤です。\n12月3日（木）14:00の回でお願いいたします。\n\nよろしくお願いいたします。",
      tz="Asia/Tokyo"),
    R("en", "naver", "confirm", None, "11-27 13:45", "김지우", "jiwoo_kim@naver.com",
      "안녕하세요.\n1번 일정(12월 3일 목요일 14:00)으로 참석하겠습니다.\n감사합니다.\n김지우 드림", tz="Asia/Seoul"),
    R("en", "outlook-zh", "confirm", None, "11-27 14:20", "Ryan Xie", "ryan.xie@bluepeak-sh.com",
      "Confirm. 14:00 London time is 22:00 in Shanghai, right? That's fine for me, I'll join online.",
      sig="Ryan Xie\nBluepeak Trading (Shanghai) Co., Ltd.\nM: +86 186 2174 0931"),
    R("en", "gmail", "confirm", None, "11-28 22:16", "Chloe Tang", "chloe.tang.cs@gmail.com",
      "yes thursday 2pm works, will join online"),

    # ============================================================== en: option 2
    R("en", "gmail", "confirm", 2, "11-26 09:50", "Leo Park", "leopark.sh@gmail.com", "2", quote=False),
    R("en", "gmail-en-gb", "confirm", 2, "11-26 14:08", "Hannah Reid", "hannah.reid92@gmail.com",
      "Option 2 please.", tz=LDN, builder="gmail", ui="en-gb"),
    R("en", "outlook-en", "confirm", 2, "11-26 16:44", "Priya Nair", "priya.nair@fastmail.com",
      "Hi team,\n\nFriday 4 Dec at 14:00 suits me best. Could you send a calendar invite?\n\nThanks,\nPriya", tz=LDN),
    R("en", "apple-mail", "confirm", 2, "11-27 07:35", "Oliver Grant", "oliver.grant@icloud.com",
      "I'll take the Friday slot. Thanks", tz=LDN, mac=True),
    R("en", "qq-web", "confirm", 2, "11-27 12:48", "Cathy", "cathy_ye@qq.com",
      "Option 2, thanks. 周五晚上十点（北京时间）没问题"),
    R("en", "gmail-ko", "confirm", 2, "11-27 19:30", "박서연", "seoyeon.park.cs@gmail.com",
      "안녕하세요,\n2번 시간(12월 4일 금요일 14:00)으로 부탁드립니다.\n감사합니다.", tz="Asia/Seoul"),
    R("en", "outlook-de", "confirm", 2, "11-28 10:12", "Laura Schmidt", "laura.schmidt@t-online.de",
      "Guten Tag,\n\nOption 2 passt mir gut. Am Donnerstag bin ich leider verhindert.\n\nMit freundlichen Grüßen\n"
      "Laura Schmidt", tz="Europe/Berlin"),
    R("en", "iphone", "confirm", 2, "11-29 17:03", "Nick Chan", "nickchan@icloud.com", "Fri works. Thursday I can't",
      tz=LDN),

    # ============================================================== en: option 3
    R("en", "gmail", "confirm", 3, "11-26 11:25", "Sam Li", "sam.li.0622@gmail.com", "3"),
    R("en", "gmail", "confirm", 3, "11-27 12:15", "Grace Huang", "gracehuang.sh@gmail.com",
      "Saturday morning please, weekdays are tough with my current job."),
    R("en", "outlook-ja", "confirm", 3, "11-27 18:10", "山田 花子", "hanako.yamada@outlook.jp",
      "ご担当者様\n\nお世話になっております。山田です。\n平日は業務の都合で難しいため、3番目の日程（12月5日（土）10:00）で"
      "お願いできますでしょうか。\n\n何卒よろしくお願いいたします。", tz="Asia/Tokyo"),
    R("en", "apple-mail", "confirm", 3, "11-28 09:40", "Ben Carter", "ben.carter@mac.com",
      "Option 3 - Saturday 10am. Thanks!", tz=LDN, mac=True),
    R("en", "thunderbird", "confirm", 3, "11-28 20:12", "Sophie Martin", "sophie.martin@gmx.co.uk", "",
      tz=LDN, inline=("Option 3:", "That one works for me - Saturday 10:00.")),
    R("en", "outlook-mobile-en", "confirm", 3, "11-29 10:55", "Jack Wang", "jackwang_sh@outlook.com",
      "Saturday 10:00 is fine."),

    R("en", "gmail", "confirm", 3, "11-28 16:20", "Daniel Okafor", "d.okafor.personal@gmail.com",
      "Hello,\n\nThis is Daniel Okafor - I got your re-interview invitation on my work email but I'd rather use this "
      "address. Saturday 10:00 (option 3) works for me.\n\nBest,\nDaniel", quote=False, tz=LDN, ui="en-gb",
      fresh_subject="Re-interview - Daniel Okafor"),

    # ============================================================== en: decline
    R("en", "gmail", "decline", None, "11-26 15:30", "Michelle Gao", "michelle.gao.hz@gmail.com",
      "Thanks, but I've accepted another offer, so I'll decline."),
    R("en", "outlook-en", "decline", None, "11-27 11:00", "Rachel Green", "rachel.green@outlook.com",
      "Hi,\n\nI'd like to withdraw my application. Thank you for your time.\n\nBest regards\nRachel", tz=LDN),
    R("en", "gmx-de", "decline", None, "11-28 09:16", "Felix Braun", "felix.braun@gmx.de",
      "Hallo,\n\nvielen Dank für die Einladung, aber ich ziehe meine Bewerbung zurück.\n\nBeste Grüße\nFelix Braun",
      tz="Europe/Berlin", builder="gmx"),
    R("en", "apple-mail", "decline", None, "11-29 21:05", "Lucy Zhang", "lucy.zhang@icloud.com", "decline",
      quote=False, mac=True),

    # ============================================================== en: reschedule
    R("en", "gmail", "reschedule", None, "11-26 17:12", "Andy Xu", "andy.xu.sh@gmail.com",
      "Hi,\n\nNone of these work, I'm travelling for work that week. Could we do the week of 7 Dec instead?\n\nAndy"),
    R("en", "outlook-en", "reschedule", None, "11-27 09:48", "James Cole", "james.cole@btinternet.com",
      "Hello,\n\nWould Thursday 3 Dec at 16:00 be possible instead? I have a clash at 14:00.\n\nKind regards,\nJames",
      tz=LDN),
    R("en", "gmail", "reschedule", None, "11-27 22:40", "Wendy Qian", "wendyqian.cs@gmail.com",
      "reschedule - Monday 7 Dec any time after 10am please"),
    R("en", "iphone", "reschedule", None, "11-28 07:52", "Eason Fu", "easonfu@icloud.com",
      "Could we do it in the morning Shanghai time instead? 22:00 is really late for me after work", quote=False),
    R("en", "gmail-ja", "reschedule", None, "11-28 14:33", "鈴木 一郎", "ichiro.suzuki.work@gmail.com",
      "お世話になっております。鈴木です。\n大変申し訳ございませんが、ご提示いただいた日程はいずれも都合がつきません。\n"
      "12月8日（火）以降でご調整いただけますでしょうか。\n\nよろしくお願いいたします。", tz="Asia/Tokyo"),
    R("en", "naver", "reschedule", None, "11-29 10:20", "이민호", "minho_lee@naver.com",
      "안녕하세요.\n죄송하지만 제시해주신 시간이 모두 어렵습니다. 12월 9일 수요일 오후는 가능하실까요?\n감사합니다.",
      tz="Asia/Seoul"),
    R("en", "qq-app", "reschedule", None, "11-29 23:01", "Bella", "bella_tian@qq.com", "Can we do Sunday instead?"),
    R("en", "outlook-de", "reschedule", None, "11-30 08:05", "Markus Vogel", "markus.vogel@vogel-consulting.de",
      "Sehr geehrte Damen und Herren,\n\nan den vorgeschlagenen Terminen bin ich leider auf Dienstreise. Wäre Montag, "
      "der 7.12., um 14 Uhr möglich?\n\nMit freundlichen Grüßen\nMarkus Vogel", tz="Europe/Berlin"),

    # ============================================================== en: question
    R("en", "gmail", "question", None, "11-26 12:02", "Victor Ma", "victor.ma.sh@gmail.com",
      "Quick question: are these times London time or Shanghai time? The office address is in Shanghai so I'm a bit "
      "confused."),
    R("en", "outlook-en", "question", None, "11-27 10:22", "Sarah Jones", "sarah.jones@outlook.com",
      "Hi,\n\nIs the interview in person or can I join online? Also, do I need the original ID or is a copy fine?\n\n"
      "Thanks,\nSarah", tz=LDN),
    R("en", "apple-mail", "question", None, "11-27 20:31", "Tim Liu", "timliu@me.com",
      "Where do I find the training course? I don't see a link anywhere.", mac=True),
    R("en", "gmail", "question", None, "11-28 16:45", "Iris Chen", "iris.chen.work@gmail.com",
      "Will the re-interview be in English or Chinese?"),
    R("en", "iphone", "question", None, "11-30 09:10", "Henry Zhao", "henryzhao@icloud.com",
      "Who will be interviewing me? Same people as last time?"),

    # ============================================================== en: unclear
    R("en", "gmail", "unclear", None, "11-26 10:40", "Peter Sun", "peter.sun.88@gmail.com", "Thanks, noted."),
    R("en", "outlook-en", "unclear", None, "11-27 15:35", "Amy Fong", "amy.fong@outlook.com",
      "Either Thursday or Friday works for me.", tz=LDN),
    R("en", "gmail", "unclear", None, "11-28 11:30", "Kelly Ho", "kelly.ho.sh@gmail.com",
      "I'm confirming option 1 for Friday."),
    R("en", "apple-mail", "unclear", None, "11-28 19:50", "George King", "george.king@icloud.com",
      "Probably Saturday but let me check with my wife and get back to you.", tz=LDN, mac=True),
    R("en", "iphone", "unclear", None, "11-29 13:15", "Tony Lee", "tonylee.sh@icloud.com",
      "Thursday 2pm Shanghai time works for me"),
    R("en", "qq-new", "unclear", None, "11-30 12:58", "Nancy", "nancy_wu@qq.com", "Got it, thanks!"),

    # ============================================================== en: automated
    R("en", "gmail-vacation", "automated", None, "11-26 01:31", "Oscar Reed", "oscar.reed.uk@gmail.com",
      "Hi,\n\nI'm travelling until 7 December with limited access to email. I'll reply as soon as I can after I'm "
      "back.\n\nOscar", tz=LDN, builder="auto", style="gmail", subject="Out of office"),
    R("en", "outlook-oof-en", "automated", None, "11-26 01:31", "Helen Park", "helen.park@northwind-traders.co.uk",
      "Thank you for your email. I am out of the office until Monday 30 November with no access to email. "
      "For urgent matters please contact reception@northwind-traders.co.uk.\n\nKind regards,\nHelen",
      tz=LDN, builder="auto", style="exchange-en"),
    R("en", "outlook-oof-de", "automated", None, "11-26 02:32", "Anna Keller", "anna.keller@keller-gmbh.de",
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro und habe keinen Zugriff "
      "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@keller-gmbh.de.\n\nMit freundlichen Grüßen\n"
      "Anna Keller", tz="Europe/Berlin", builder="auto", style="exchange-de"),
    R("en", "gmail-mx-bounce", "automated", None, "11-26 09:31", "", "mailer-daemon@googlemail.com",
      "** Address not found **\n\nYour message wasn't delivered to william.xu.sh@gmail.com because the address "
      "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
      "550 5.1.1 The email account that you tried to reach does not exist.",
      builder="bounce", style="google", rcpt="william.xu.sh@gmail.com"),
]
