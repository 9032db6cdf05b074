"""blind15 — the candidates' words, who they are, the client they answer from, and the label.

`Z(...)` answers the Chinese invitation, `E(...)` the English one (the reply itself may be in any language).
Labels are what a careful HR person reads in the candidate's own words (see README.md for the choices).
"""

from __future__ import annotations

from .clients import Reply

REPLIES: list[Reply] = []


def Z(client, intent, slot, text, name, email, **kw) -> None:
    REPLIES.append(Reply(client, intent, slot, text, name, email, lang="zh", **kw))


def E(client, intent, slot, text, name, email, **kw) -> None:
    REPLIES.append(Reply(client, intent, slot, text, name, email, lang="en", **kw))


# ============================================================================================ Chinese invitation

# ---- Tencent Exmail (腾讯企业邮), web: gb18030 base64, 原始邮件 block
Z(
    "exmail",
    "confirm",
    None,
    "确认参加方案1，谢谢！",
    "张伟",
    "zhangwei@xinghe-tech.cn",
    sig="张伟\n星河科技 客服部\n电话：021-6480 1123",
)
Z("exmail", "confirm", 2, "您好，我选择方案2，12月4日周五下午两点，到时候准时到。", "徐丽", "xuli@hengda-trade.com")
Z(
    "exmail",
    "unclear",
    None,
    "你好，12月3日那天我要去医院复查，周五或者周六都可以，看你们方便。",
    "何佳怡",
    "hejiayi@lanshan-ec.com",
)
Z(
    "exmail",
    "question",
    None,
    "请问重新面试是线上还是必须到现场？我人在杭州，如果要到上海的话需要提前安排。",
    "马晓东",
    "maxiaodong@yunfan-media.cn",
    sig="马晓东\n13857112630",
)
Z("exmail", "confirm", 3, "3", "王磊", "wanglei@jinqiao-group.com", sig="王磊\n138 1762 0093")
Z(
    "exmail",
    "decline",
    None,
    "HR您好，感谢再给一次机会。考虑之后我决定不参加这次重新面试了，祝工作顺利。",
    "罗婷",
    "luoting@baize-info.cn",
)
Z(
    "exmail",
    "reschedule",
    None,
    "周四下午不太方便，能不能改到下周一（12月7日）下午？",
    "冯凯",
    "fengkai@tianhong-auto.com",
)
Z("exmail", "unclear", None, "收到", "蒋雪", "jiangxue@meilin-retail.com")
Z(
    "exmail",
    "confirm",
    3,
    "好的，周六上午10点我可以，就定方案3吧。另外作品集是带打印版还是电脑展示？",
    "韩梅",
    "hanmei@dongfang-cloud.cn",
)
Z("exmail", "confirm", 2, "方案二，周五14点，谢谢安排", "曹宇", "caoyu@ruixin-data.com", tz=8)
Z(
    "exmail",
    "automated",
    None,
    "这是来自腾讯企业邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。",
    "邓超",
    "dengchao@huaxia-print.com",
    auto="ooo",
)
Z("exmail", "automated", None, "", "孙悦", "sunyue@beiming-tech.cn", auto="bounce")

# ---- WeCom (企业微信) mail, mobile: UTF-8 base64
Z("wecom", "confirm", None, "确认", "李明", "liming@kaiyuan-edu.cn")
Z("wecom", "confirm", 2, "方案二可以", "周婷", "zhouting@shengda-hr.com")
Z(
    "wecom",
    "reschedule",
    None,
    "我这周都在外地出差，12月8号以后都可以，麻烦重新安排一下时间",
    "吴昊",
    "wuhao@zhongke-smart.cn",
)
Z("wecom", "confirm", 3, "周四周五都要上班请不了假，只有周六可以", "郑洁", "zhengjie@huarun-logis.com")
Z("wecom", "question", None, "你好 我想问一下如果这次还是没通过 还有机会吗", "陈浩", "chenhao@lingyun-games.cn")

# ---- NetEase enterprise mail, web (Coremail): GBK base64, text part 'At … wrote:' with '>' quotes
Z(
    "netease",
    "confirm",
    None,
    "您好！\n    我确认参加12月3日（周四）14:00的重新面试，届时会携带身份证复印件、作品集和培训测评报告。\n    谢谢！",
    "刘洋",
    "liuyang@hongtu-mfg.com.cn",
    sig="刘洋\n手机：186 2130 4471",
)
Z("netease", "confirm", 2, "方案1周四我有事，方案2可以。", "杨帆", "yangfan@jiaxin-pharma.com.cn")
Z(
    "netease",
    "decline",
    None,
    "不好意思，最近家里有些事情，暂时没法参加面试了，谢谢你们。",
    "黄蕾",
    "huanglei@yuanda-steel.com.cn",
)
Z(
    "netease",
    "question",
    None,
    "培训课程《客户投诉处理》在哪里学习？有没有链接？我先把课程看完再确认时间。",
    "赵敏",
    "zhaomin@kangning-med.com.cn",
)
Z("netease", "confirm", 3, "周六上午的那个吧", "林峰", "linfeng@haixing-ship.com.cn")
Z("netease", "reschedule", None, "我想改到12月10日左右，这几天在考试", "宋佳", "songjia@tongda-express.com.cn")
Z("netease", "unclear", None, "都可以，听从安排。", "谢军", "xiejun@xinyuan-energy.com.cn", sig="谢军")
Z(
    "netease",
    "automated",
    None,
    "您好，我目前不在办公室，将于12月1日返回，期间可能无法及时回复邮件。\n如有急事请联系 021-5588 6610。\n\n谢谢！",
    "唐文",
    "tangwen@jinhai-food.com.cn",
    auto="ooo",
)

# ---- NetEase Mail Master (网易邮箱大师) on a NetEase enterprise account
Z("mailmaster", "confirm", 3, "确认方案3，周六见。", "许晴", "xuqing@bohai-bank-service.com.cn")
Z(
    "mailmaster",
    "confirm",
    None,
    "你好，请问地址漕溪北路1号3层是哪栋楼？我选方案一。",
    "邵阳",
    "shaoyang@mingtai-law.com.cn",
)
Z("mailmaster", "unclear", None, "还在犹豫要不要参加，明天给您答复", "程琳", "chenglin@fuxing-tour.com.cn")

# ---- Alibaba Mail (阿里邮箱)
Z("alimail", "confirm", None, "您好，确认参加，时间按建议时间即可。", "陈静", "chenjing@yuhang-textile.com")
Z("alimail", "confirm", 2, "12月4日下午可以参加", "方圆", "fangyuan@xiaoshan-machinery.com")
Z("alimail", "confirm", None, "周四下午我线上参加，用邮件里的会议链接对吧？", "丁磊", "dinglei@qiantang-soft.com")
Z("alimail", "decline", None, "不好意思，我已经入职别的公司了，这次就不参加了。", "潘玉", "panyu@binjiang-design.com")
Z(
    "alimail",
    "reschedule",
    None,
    "周四和周五下午我都在上课，能否安排在12月5日周六下午或者12月6日周日？",
    "钱程",
    "qiancheng@xixi-ecom.com",
)
Z("alimail", "confirm", 2, "方案2", "姜敏", "jiangmin@wulin-trade.com", sig="——\n姜敏 | 客服运营\n手机：139 1234 5678")
Z(
    "alimail",
    "automated",
    None,
    "您好，我已休假，12月7日返回，期间邮件不能及时回复，请谅解。紧急事务请联系同事王女士。",
    "袁飞",
    "yuanfei@gongshu-pack.com",
    auto="ooo",
)

# ---- DingTalk mail (钉钉邮箱, Alimail engine)
Z("dingtalk", "confirm", None, "确认方案一，谢谢", "顾成", "gucheng@lingfeng-iot.com")
Z("dingtalk", "confirm", 3, "12月5日上午10点可以", "秦露", "qinlu@yunqi-robot.com")
Z("dingtalk", "question", None, "请问需要带身份证原件还是复印件就行？", "魏宁", "weining@huadong-cater.com")
Z("dingtalk", "unclear", None, "周四可能要加班，我周三晚上再跟你确认可以吗", "贺亮", "heliang@xinchuang-ai.com")

# ---- Feishu Mail (飞书邮箱)
Z("feishu", "confirm", 2, "选方案2，周五下午见。", "王芳", "wangfang@zijin-growth.cn")
Z("feishu", "confirm", None, "你好，建议时间没问题，我会准时参加。", "沈涛", "shentao@boyuan-study.cn")
Z(
    "feishu",
    "reschedule",
    None,
    "12月3号到5号我都在深圳出差，下周任意工作日下午都行",
    "陆晨",
    "luchen@qixing-fintech.cn",
)
Z("feishu", "unclear", None, "方案1和方案3都可以，你们定吧", "郭峥", "guozheng@tianqi-studio.cn")
Z("feishu", "decline", None, "放弃", "任杰", "renjie@wanxiang-retail.cn")
Z(
    "feishu",
    "question",
    None,
    "我想确认一下，面试是和上次一样的AI面试，还是有面试官在？需要准备什么题目吗？",
    "叶青",
    "yeqing@mingjing-health.cn",
)
Z("feishu", "confirm", 3, "周六那个 10点", "莫凡", "mofan@shanhai-travel.cn")
Z("feishu", "confirm", None, "周五 14:00 不行，周四 14:00 可以。", "白雪", "baixue@jingwei-auto.cn")
Z(
    "feishu",
    "confirm",
    2,
    "我选12月4号下午的那场\n\n另外想问下面试大概多久能出结果",
    "梁辰",
    "liangchen@hexin-capital.cn",
)

# ---- Sina Mail (新浪邮箱)
Z("sina", "confirm", None, "确认参加！谢谢给我这次机会", "田甜", "tiantian1996@sina.com")
Z("sina", "confirm", 2, "你好，我选第二个时间。", "邹毅", "zouyi_88@sina.cn", variant="mobile", thread=False)
Z("sina", "question", None, "请问面试大概多久出结果？", "蔡琴", "caiqin0721@sina.com")
Z(
    "sina",
    "reschedule",
    None,
    "我12月3日上午有事，下午三点以后可以，能不能把面试往后推一个小时？",
    "范伟",
    "fanwei_work@sina.com",
)

# ---- Sohu Mail (搜狐邮箱): HTML only
Z("sohu", "confirm", None, "确认方案1", "石磊", "shilei2018@sohu.com")
Z("sohu", "confirm", 3, "周六上午可以，选3。", "龙妍", "longyan_sh@sohu.com", variant="mobile")
Z("sohu", "decline", None, "我考虑了一下，还是决定不去了，谢谢", "江涛", "jiangtao_88@sohu.com")
Z(
    "sohu",
    "reschedule",
    None,
    "时间都不太合适，可以往后推一周吗",
    "史航",
    "shihang@sohu.com",
    variant="mobile",
    thread=False,
)

# ---- Outlook for Windows, Chinese UI (答复: / 回复:, 发件人/发送时间/收件人/主题)
Z(
    "outlook",
    "confirm",
    2,
    "您好，\n\n我确认参加12月4日（周五）14:00–15:00的重新面试（方案2）。\n\n谢谢！\n李娜",
    "李娜",
    "lina@zhongyuan-insurance.com",
    ui="zh",
)
Z(
    "outlook",
    "unclear",
    None,
    "您好：\n\n收到，谢谢通知。我这两天确认一下工作安排后再回复您具体时间。\n\n此致\n周杰",
    "周杰",
    "zhoujie@huatai-consult.com",
    ui="zh365",
)
Z(
    "outlook",
    "confirm",
    None,
    "确认方案1，谢谢。",
    "孟凡",
    "mengfan@anxin-property.com",
    ui="zh",
    sig="孟凡\n安信物业管理有限公司 | 客户服务中心\nTel: +86 21 5432 1100\n\n"
    "本邮件及其附件含有安信物业的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用"
    "（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！",
)
Z("outlook", "unclear", None, "你好，\n周四不行，周五周六都可以。", "乔丹", "qiaodan@xinhua-paper.com", ui="zh365")
Z(
    "outlook",
    "reschedule",
    None,
    "您好，我周六上午有课，周四和周五下午都排满了。12月7日下周一下午三点之后可以吗？",
    "金鑫",
    "jinxin@fudan-assets.com",
    ui="zh",
)
Z("outlook", "confirm", 3, "方案3", "尹航", "yinhang@hongqiao-airport-svc.com", ui="zh365")
Z(
    "outlook",
    "question",
    None,
    "您好，\n我之前已经参加过一次重新面试了，这次还需要参加吗？\n\n谢谢",
    "武斌",
    "wubin@longhua-elec.com",
    ui="zh",
    variant="plain",
)
Z(
    "outlook",
    "automated",
    None,
    "您好！\n我于11月27日至12月2日休年假，期间无法及时查看邮件。如有紧急事务，请联系 zhanglan@shenyuan-group.com。\n谢谢！",
    "高远",
    "gaoyuan@shenyuan-group.com",
    auto="ooo",
    ui="zh",
)

# ---- Outlook for iOS / Android, Chinese UI
Z("outlook-mobile", "confirm", None, "确认参加 周四14点", "朱琳", "zhulin_sh@outlook.com", ui="zh")
Z("outlook-mobile", "confirm", 2, "选2", "贾斌", "jiabin1990@hotmail.com", ui="zh", variant="android")
Z(
    "outlook-mobile",
    "reschedule",
    None,
    "我在国外，时差问题，北京时间下午两点是我这边凌晨，能不能安排北京时间晚上8点以后？",
    "夏雨",
    "xiayu.nz@outlook.com",
    ui="zh",
    tz=-5,
    extra={"en_dates": True},
)
Z(
    "outlook-mobile",
    "decline",
    None,
    "谢谢，不需要了，我已经找到工作了",
    "牛犇",
    "niuben@outlook.com",
    ui="zh",
    variant="android",
)
Z("outlook-mobile", "unclear", None, "好的，谢谢！", "童欣", "tongxin_2000@hotmail.com", ui="zh")

# ---- Apple Mail on macOS, Chinese UI
Z("apple-mail", "confirm", None, "您好，确认参加方案一。\n\n谢谢\n黎明", "黎明", "liming.mac@icloud.com", ui="zh")
Z("apple-mail", "confirm", 3, "方案3，周六上午10点，谢谢。", "柳青", "liuqing@me.com", ui="zh")
Z(
    "apple-mail",
    "question",
    None,
    "你好，我想问一下培训测评报告是在哪里下载？我还没收到。",
    "常悦",
    "changyue@icloud.com",
    ui="zh",
)
Z(
    "apple-mail",
    "decline",
    None,
    "我周四周五都得上班，周六上午的话又要带孩子，实在抽不出时间，要不就算了吧。",
    "毛利",
    "maoli@icloud.com",
    ui="zh",
)
Z("apple-mail", "confirm", 2, "12月4日 14:00 👍", "纪元", "jiyuan@icloud.com", ui="zh")

# ---- Thunderbird, Chinese UI
Z("thunderbird", "confirm", 2, "我选方案 2。", "孙磊", "sunlei@mail.qinghe-lab.cn", ui="zh", quote="above")
Z(
    "thunderbird",
    "confirm",
    3,
    "",
    "欧阳帆",
    "ouyangfan@nju-alumni.example.cn",
    ui="zh",
    quote="inline",
    inline=(("方案 3：", "这个时间可以"),),
)
Z(
    "thunderbird",
    "confirm",
    None,
    "确认，谢谢！",
    "司马南",
    "simanan@huanyu-games.cn",
    ui="zh",
    variant="html",
    sig="司马南 | 环宇游戏",
)
Z("thunderbird", "reschedule", None, "改期。12月9日（周三）全天都可以。", "上官婉", "shangguan@yinhe-edu.cn", ui="zh")

# ---- Samsung Email, Chinese UI
Z("samsung", "confirm", None, "确认方案1", "赵敏", "zhaomin1995@163.com", ui="zh")
Z("samsung", "confirm", 2, "周五可以", "钱伟", "qianwei_gz@126.com", ui="zh")
Z("samsung", "unclear", None, "我在考虑要不要继续应聘这个岗位，晚点回复", "孔亮", "kongliang@qq.com", ui="zh")

# ---- Zimbra, Chinese UI
Z("zimbra", "confirm", None, "您好，我确认参加12月3日的面试。", "杜鹃", "dujuan@sjtu-alumni.example.cn", ui="zh")
Z(
    "zimbra",
    "question",
    None,
    "请问可以换个岗位面试吗？我对数据分析岗更感兴趣。",
    "霍建",
    "huojian@minhang-tech.cn",
    ui="zh",
    variant="html",
)
Z("zimbra", "unclear", None, "12月5日不行，其他两个时间都行", "冷月", "lengyue@songjiang-univ.example.cn", ui="zh")

# ---- Roundcube, Chinese UI
Z("roundcube", "confirm", 2, "方案2，谢谢。", "车明", "cheming@webmail-hosting.example.cn", ui="zh")
Z(
    "roundcube",
    "confirm",
    None,
    "那就建议时间吧，周四下午见",
    "汪洋",
    "wangyang@yunhost.example.cn",
    ui="zh",
    quote="above",
    sig="汪洋",
)
Z(
    "roundcube",
    "confirm",
    3,
    "12月5日周六上午可以，周四周五下午不行",
    "祁红",
    "qihong@mailbox.example.cn",
    ui="zh",
    variant="html",
)

# ---- SquirrelMail-style webmail, zh_CN (labelled gb2312)
Z("squirrelmail", "confirm", None, "确认参加方案一", "包青", "baoqing@oldmail.example.com.cn", ui="zh")
Z(
    "squirrelmail",
    "reschedule",
    None,
    "能否推迟到12月中旬？",
    "胡图",
    "hutu@campus.example.edu.cn",
    ui="zh",
    variant="date",
    quote="above",
)

# ---- Zoho Mail, Chinese UI
Z("zoho", "confirm", None, "你好，方案1可以。", "戴安", "daian@zohomail.cn", ui="zh")
Z("zoho", "question", None, "我想先了解一下，这次面试通过后是直接发offer吗？", "阮文", "ruanwen@zohomail.cn", ui="zh")

# ---- Spark, Chinese UI
Z("spark", "confirm", 2, "确认 周五14:00", "林晓", "linxiao.work@gmail.com", ui="zh")
Z(
    "spark",
    "reschedule",
    None,
    "我周四下午还有一个面试，时间冲突了，改成周四上午可以吗？",
    "侯睿",
    "hourui@icloud.com",
    ui="zh",
    variant="sig",
)

# ---- Traditional Chinese writers replying to the Chinese invitation
Z("yahoo", "confirm", 3, "您好，我選擇方案3，12月5日週六上午10點。謝謝！", "陳怡君", "yijun.chen@yahoo.com.tw", ui="tw")
Z(
    "outlook",
    "decline",
    None,
    "您好：\n很抱歉，因個人規劃改變，決定不參加此次重新面試，謝謝貴公司的安排。\n\n林志明",
    "林志明",
    "chihming.lin@taipei-trading.com.tw",
    ui="tw",
    quote="none",
    extra={"fixed_charset": True},
)

# ---- Chinese candidates on international clients
Z("fastmail", "confirm", None, "你好，方案1没问题，12月3日下午见。", "高晨", "gaochen@fastmail.com")
Z(
    "proton",
    "reschedule",
    None,
    "你好，如果可以的话能否把面试安排在周日？工作日我请不了假。",
    "罗曼",
    "luoman@proton.me",
)
Z(
    "naver",
    "confirm",
    None,
    "您好，我现在在韩国，12月3日下午两点是韩国时间下午三点，可以参加。",
    "金哲",
    "jinzhe_kr@naver.com",
    tz=9,
)


# ============================================================================================ English invitation

# ---- Yahoo Mail
E(
    "yahoo",
    "confirm",
    None,
    "Hi,\n\nI confirm option 1, Thursday 3 December at 14:00.\n\nThanks,\nMichael",
    "Michael Brown",
    "mbrown77@yahoo.com",
)
E("yahoo", "confirm", 2, "Option 2 works for me.", "Jade Wilson", "jadewilson92@yahoo.co.uk", variant="android")
E(
    "yahoo",
    "question",
    None,
    "Hello, is the re-interview going to be in person in Shanghai? I'm based in Manchester so travelling there isn't "
    "really possible.",
    "Ryan Taylor",
    "ryan_taylor@yahoo.com",
)
E(
    "yahoo",
    "decline",
    None,
    "Thanks for the second chance! Unfortunately I've accepted another position in the meantime, so I'll withdraw my "
    "application.\n\nAll the best,\nHannah",
    "Hannah Clarke",
    "hannah.clarke@yahoo.com",
)
E("yahoo", "confirm", 3, "Sat works. 10am.", "Ben Carter", "bencarter@yahoo.com", variant="ios")
E(
    "yahoo",
    "automated",
    None,
    "Thank you for your email. I am currently travelling with limited access to email until 4 December. I will reply "
    "as soon as possible after I return.\n\nKind regards,\nLaura",
    "Laura Evans",
    "laura.evans@yahoo.com",
    auto="ooo",
)

# ---- Proton Mail
E(
    "proton",
    "confirm",
    None,
    "Hello,\n\nThursday at 2pm is fine. See you then.\n\nBest,\nTom",
    "Tom Hughes",
    "tom.hughes@proton.me",
)
E("proton", "confirm", 2, "I'd rather do the Friday slot if that's still available.", "Nadia Khan", "nadia.k@pm.me")
E(
    "proton",
    "reschedule",
    None,
    "None of these work for me unfortunately - I'm on a night shift rota that week. Would the week of 14 December be "
    "possible? Any afternoon.",
    "Connor Reid",
    "connor.reid@proton.me",
)
E(
    "proton",
    "question",
    None,
    "Could you tell me what format the portfolio should be in? Is a PDF ok?",
    "Ella Morris",
    "ellamorris@proton.me",
)
E(
    "proton",
    "automated",
    None,
    "Hi,\n\nI'm away from my desk until Monday 30 November and won't be checking email. I'll get back to you when I'm "
    "back.\n\nSam",
    "Sam Price",
    "sam.price@proton.me",
    auto="ooo",
)

# ---- Fastmail
E("fastmail", "confirm", None, "Confirm.", "Sarah Jenkins", "sarah@fastmail.com")
E(
    "fastmail",
    "unclear",
    None,
    "Hi there - I can do either Thursday or Friday afternoon, whichever is easier for the interviewer.",
    "Amir Patel",
    "amir.patel@fastmail.co.uk",
)
E(
    "fastmail",
    "confirm",
    3,
    "Option 3 please. Will the office be open on a Saturday, or should I join online?",
    "Grace Lee",
    "gracelee@fastmail.com",
)
E("fastmail", "confirm", 2, "2", "Owen Davies", "owen@davies.fastmail.net", quote="above")
E(
    "fastmail",
    "reschedule",
    None,
    "Can we push it back to the week after? I need more time to finish the training course first.",
    "Lucy Ward",
    "lucyward@fastmail.com",
)

# ---- Zoho Mail
E(
    "zoho",
    "confirm",
    None,
    "Dear HR Team,\n\nThank you for the invitation. I would like to confirm my attendance for Option 1 "
    "(Thu 3 Dec 2026, 14:00-15:00).\n\nKind regards,\nPriya Sharma",
    "Priya Sharma",
    "priya.sharma@zohomail.in",
    tz=5.5,
)
E(
    "zoho",
    "confirm",
    2,
    "Hi, 2pm UK time is 7:30pm for me in India, that's fine. I'll take Friday.",
    "Rahul Mehta",
    "rahul.mehta@zohomail.in",
    tz=5.5,
)
E(
    "zoho",
    "unclear",
    None,
    "Hello,\nI'm not sure I will be available on those days. I'll get back to you by Monday.",
    "Kevin Osei",
    "kevin.osei@zoho.com",
)
E(
    "zoho",
    "question",
    None,
    "Is this re-interview mandatory? I was told my application was being considered for a different team.",
    "Fatima Ali",
    "fatima.ali@zoho.com",
)

# ---- Zimbra
E(
    "zimbra",
    "confirm",
    2,
    "Hello,\n\nI'd like to go with option 2 please.\n\nRegards,\nDavid",
    "David Lee",
    "david.lee@staff.northbridge.example.ac.uk",
)
E(
    "zimbra",
    "decline",
    None,
    "Thanks, but I'm no longer interested in the role.",
    "Mark Fisher",
    "m.fisher@univ-mail.example.org",
    variant="html",
)
E(
    "zimbra",
    "reschedule",
    None,
    "Thursday doesn't suit, but I could do Thursday morning or any time Friday before noon.",
    "Chloe Barnes",
    "chloe.barnes@citycouncil.example.gov.uk",
)
E(
    "zimbra",
    "automated",
    None,
    "I am out of the office until Monday 7 December with no access to email.\nFor urgent matters please contact "
    "reception on 0161 496 0000.",
    "Peter Grant",
    "p.grant@college.example.ac.uk",
    auto="ooo",
)

# ---- Roundcube
E("roundcube", "confirm", None, "Option 1 is fine.", "Jack Turner", "jack@turner-family.example.net")
E("roundcube", "confirm", 3, "Saturday please.", "Mia Robinson", "mia@robinson.example.org", quote="above", sig="Mia")
E(
    "roundcube",
    "question",
    None,
    "I'm a bit confused - the email says 14:00-15:00 (Europe/London) but the address is in Shanghai. Which one is it? "
    "Do I need to travel?",
    "Leo Martin",
    "leo@martin-home.example.co.uk",
    variant="html",
)
E("roundcube", "unclear", None, "Any of the three is OK with me.", "Isla Scott", "isla@scott.example.net")

# ---- SquirrelMail
E(
    "squirrelmail",
    "confirm",
    None,
    "I will attend on Thursday 3rd. Thank you.",
    "George Hall",
    "ghall@webmail.oldtown.example.net",
    quote="above",
)
E(
    "squirrelmail",
    "decline",
    None,
    "Please take me off this process, I do not wish to continue.",
    "Norman Wright",
    "nwright@isp.example.com",
    variant="date",
)

# ---- Apple Mail on macOS
E(
    "apple-mail",
    "confirm",
    2,
    "Hi,\n\nFriday 4th at 2pm works best for me. I'll bring everything on the list.\n\nCheers,\nEmma",
    "Emma Collins",
    "emma.collins@icloud.com",
)
E("apple-mail", "confirm", None, "Confirmed for Thursday, thanks!", "Josh Bennett", "josh.bennett@me.com")
E(
    "apple-mail",
    "reschedule",
    None,
    "Would it be possible to do it earlier, like Wednesday 2 December? I'm flying out on the 3rd.",
    "Sophie Adams",
    "sophie.adams@icloud.com",
    ui="us",
    tz=-5,
)
E(
    "apple-mail",
    "decline",
    None,
    "Hi - I've had a think and I don't think I'll go ahead with the re-interview. Thanks for the opportunity though.",
    "Daniel Price",
    "dan.price@mac.com",
)
E(
    "apple-mail",
    "unclear",
    None,
    "Option 1 or 2 are both fine. Let me know which one you prefer.",
    "Zoe Foster",
    "zoe.foster@icloud.com",
)
E(
    "apple-mail",
    "confirm",
    2,
    "That one’s perfect for me – see you then.\n\nNoah",
    "Noah Turner",
    "noah.turner@icloud.com",
    extra={"selection": "Option 2: Fri 4 Dec 2026, 14:00–15:00 (Europe/London)"},
)
E(
    "apple-mail",
    "unclear",
    None,
    "I can do Saturday morning but I'd need to leave by 10:45 - is that ok?",
    "Harry King",
    "harry.king@icloud.com",
)

# ---- Outlook for iOS / Android
E("outlook-mobile", "confirm", None, "Confirm option 1.", "Liam O'Brien", "liam.obrien@outlook.com")
E(
    "outlook-mobile",
    "confirm",
    2,
    "Hi, can I do Friday instead of Thursday?",
    "Aisha Begum",
    "aisha.begum@outlook.com",
    variant="android",
)
E(
    "outlook-mobile",
    "question",
    None,
    "Sorry, what is the re-interview about? I thought I passed.",
    "Callum Shaw",
    "callum.shaw@hotmail.co.uk",
)
E(
    "outlook-mobile",
    "confirm",
    3,
    "3rd Dec doesn't work. Neither does the 4th. 5th is ok.",
    "Nathan Cole",
    "nathan.cole@outlook.com",
    variant="android",
)
E(
    "outlook-mobile",
    "reschedule",
    None,
    "I'm at work all week until 6pm. Could you do an evening slot, like 7pm any day?",
    "Molly Hayes",
    "molly.hayes@hotmail.com",
)
E("outlook-mobile", "confirm", None, "Sounds good, see you Thursday", "Ethan Wood", "ethan.wood@outlook.com")

# ---- Outlook for Windows, English UI
E(
    "outlook",
    "confirm",
    2,
    "Hi,\n\nPlease book me in for Option 2 (Fri 4 Dec, 14:00).\n\nMany thanks,",
    "James Walker",
    "james.walker@harbourline.example.co.uk",
    ui="en",
    sig="James Walker\nCustomer Operations | Harbourline Logistics\nT: +44 161 496 0123\n\n"
    "This email and any attachments are confidential and intended solely for the addressee. If you are not the "
    "intended recipient, please notify the sender immediately and delete it. Please consider the environment "
    "before printing this email.",
)
E(
    "outlook",
    "confirm",
    None,
    "Hello,\n\nI accept the proposed time.\n\nBest regards,\nOliver",
    "Oliver Green",
    "oliver.green@bramblecorp.example.com",
    ui="en",
)
E(
    "outlook",
    "reschedule",
    None,
    "Hi,\n\nI'm afraid none of those dates work as I'm on annual leave from 1-11 December. Could we look at 14 or 15 "
    "December instead?\n\nThanks,\nRebecca",
    "Rebecca Lewis",
    "rebecca.lewis@northgate.example.co.uk",
    ui="en",
)
E(
    "outlook",
    "question",
    None,
    "Hi,\n\nCould you confirm whether the interview will be with a person or another AI interview? Also, is the "
    "training course mandatory before the interview?\n\nThanks,\nAdam",
    "Adam Hughes",
    "adam.hughes@kestrel.example.com",
    ui="en",
    variant="named",
)
E(
    "outlook",
    "confirm",
    3,
    "Option 3 - Saturday 10am. Thanks",
    "Kate Murphy",
    "kate.murphy@oakfield.example.ie",
    ui="en",
    variant="plain",
)
E("outlook", "automated", None, "", "Robert Young", "robert.young@meridian.example.co.uk", auto="mdn")

# ---- Spark
E("spark", "confirm", None, "Yes, Thursday 2pm works.", "Alex Morgan", "alex.morgan@gmail.com", variant="sig")
E(
    "spark",
    "unclear",
    None,
    "Hmm, I might have a conflict on Friday. Let me check and get back to you.",
    "Jordan Bell",
    "jordan.bell@icloud.com",
)
E("spark", "confirm", 3, "Saturday 5th at 10 please", "Freya Watson", "freya.watson@gmail.com")

# ---- Thunderbird
E(
    "thunderbird",
    "confirm",
    2,
    "Option 2 for me, thanks.",
    "Simon Parker",
    "simon@parker-it.example.co.uk",
    quote="above",
)
E(
    "thunderbird",
    "confirm",
    3,
    "",
    "Helen Cooper",
    "helen.cooper@riverside.example.org",
    quote="inline",
    inline=(("Option 3: Sat", "Yes, this one please."),),
)
E(
    "thunderbird",
    "confirm",
    None,
    "I confirm the proposed slot on Thursday.",
    "Matthew Gray",
    "m.gray@linuxbox.example.net",
    variant="html",
    sig="Matthew Gray",
)
E(
    "thunderbird",
    "decline",
    None,
    "I won't be taking part, thanks. I've decided to pursue other opportunities.",
    "Paul Richardson",
    "paul.richardson@example-isp.co.uk",
    ui="us",
    tz=-5,
)
E(
    "thunderbird",
    "unclear",
    None,
    "Thursday at 2 works but only if it can be online - I can't get to the office. Please advise.",
    "Victoria Hunt",
    "vhunt@homemail.example.net",
)

# ---- Samsung Email
E("samsung", "confirm", None, "Ok confirm for Thursday", "Dylan Evans", "dylan.evans88@gmail.com")
E("samsung", "reschedule", None, "Can I change to next Monday afternoon?", "Kayleigh Ross", "kayleigh.ross@outlook.com")
E("samsung", "confirm", 2, "Friday", "Tyler Hill", "tyler.hill@yahoo.co.uk")

# ---- Lark Mail, English UI
E(
    "feishu",
    "confirm",
    None,
    "Hi, option 1 works. Do I need to bring the original ID or is a copy fine?",
    "Wei Chen",
    "wei.chen@larkcorp.example.com",
    ui="en",
)


# ============================================================================================ other languages (English invitation)

# ---- German
E(
    "gmx",
    "confirm",
    None,
    "Hallo,\n\nich bestätige den Termin am Donnerstag, 3. Dezember um 14:00 Uhr (Option 1).\n\nViele Grüße\nJonas Becker",
    "Jonas Becker",
    "jonas.becker@gmx.de",
    ui="de",
    tz=1,
)
E(
    "gmx",
    "confirm",
    3,
    "Hallo, Freitag passt mir leider nicht, Samstag ginge. Gruß",
    "Lena Wagner",
    "lena.wagner@gmx.net",
    ui="de",
    tz=1,
)
E(
    "webde",
    "decline",
    None,
    "Guten Tag,\nich muss leider absagen, ich habe inzwischen eine andere Stelle angenommen.\nMit freundlichen Grüßen\n"
    "Sabine Krüger",
    "Sabine Krüger",
    "s.krueger@web.de",
    ui="de",
    tz=1,
)
E(
    "outlook",
    "reschedule",
    None,
    "Hallo,\n\nkönnten wir den Termin auf die Woche ab dem 7. Dezember verschieben? Vormittags wäre ideal.\n\nBeste Grüße\n"
    "Tobias Schmitt",
    "Tobias Schmitt",
    "tobias.schmitt@rheinwerk.example.de",
    ui="de",
    tz=1,
)
E(
    "thunderbird",
    "confirm",
    2,
    "Option 2 passt. Danke!",
    "Felix Hoffmann",
    "felix@hoffmann-online.example.de",
    ui="de",
    tz=1,
    sig="Felix Hoffmann",
)
E(
    "gmx",
    "automated",
    None,
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro und habe keinen Zugriff auf "
    "meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nKarin Vogel",
    "Karin Vogel",
    "karin.vogel@gmx.de",
    auto="ooo",
    ui="de",
    tz=1,
)

# ---- French
E(
    "outlook",
    "confirm",
    None,
    "Bonjour,\n\nJe confirme ma présence pour l'option 1, jeudi 3 décembre à 14h00.\n\nCordialement,\nCamille Martin",
    "Camille Martin",
    "camille.martin@lumiere-conseil.example.fr",
    ui="fr",
    tz=1,
)
E(
    "thunderbird",
    "question",
    None,
    "Bonjour, est-ce que l'entretien peut se faire en français ? Merci.",
    "Hugo Bernard",
    "hugo.bernard@free-mail.example.fr",
    ui="fr",
    tz=1,
)
E(
    "zimbra",
    "confirm",
    3,
    "Bonjour,\nLe samedi me convient mieux, je prends l'option 3.\nBien à vous,\nLéa Dubois",
    "Léa Dubois",
    "lea.dubois@univ-lyon.example.fr",
    ui="fr",
    tz=1,
)

# ---- Russian
E(
    "mailru",
    "confirm",
    2,
    "Здравствуйте!\nПодтверждаю участие, вариант 2 (пятница, 4 декабря, 14:00).",
    "Анна Смирнова",
    "anna.smirnova@mail.ru",
    tz=3,
    sig="С уважением,\nАнна",
)
E(
    "yandex",
    "reschedule",
    None,
    "Добрый день. Четверг мне не подходит, пятница и суббота тоже заняты. Можно перенести на следующую неделю?",
    "Иван Петров",
    "ivan.petrov@yandex.ru",
    tz=3,
    sig="С уважением,\nИван Петров",
)
E(
    "outlook",
    "decline",
    None,
    "Здравствуйте.\n\nСпасибо, но я отказываюсь от повторного собеседования.\n\nДмитрий Волков",
    "Дмитрий Волков",
    "d.volkov@severtrans.example.ru",
    ui="ru",
    tz=3,
    quote="none",
)
E(
    "outlook",
    "confirm",
    3,
    "Добрый день!\n\nВариант 3 (суббота, 10:00) мне подходит.\n\nС уважением,\nМарина Орлова",
    "Марина Орлова",
    "m.orlova@uralstal.example.ru",
    ui="ru1251",
    tz=5,
    variant="plain",
    extra={"fixed_charset": True},
)
E("yandex", "automated", None, "", "Ольга Кузнецова", "olga.kuznetsova@yandex.ru", auto="bounce", tz=3)
E(
    "mailru",
    "automated",
    None,
    "Здравствуйте! Я в отпуске до 7 декабря, доступ к почте ограничен. Отвечу после возвращения.\n\nЕлена",
    "Елена Морозова",
    "elena.morozova@mail.ru",
    auto="ooo",
    tz=3,
)
E(
    "mailru",
    "question",
    None,
    "Добрый день! Собеседование будет на английском языке? Спасибо.",
    "Сергей Новиков",
    "s.novikov@bk.ru",
    tz=3,
    ui="en",
)

# ---- Japanese
E(
    "outlook",
    "confirm",
    None,
    "お世話になっております。\n山田です。\n\n12月3日（木）14:00からの再面接に参加いたします。\nよろしくお願いいたします。\n\n山田太郎",
    "山田太郎",
    "t.yamada@sakura-soft.example.co.jp",
    ui="ja",
    tz=9,
    quote="none",
    variant="textonly",
)
E(
    "apple-mail",
    "confirm",
    3,
    "ご連絡ありがとうございます。\n土曜日の10時でお願いできますでしょうか。\n\n佐藤花子",
    "佐藤花子",
    "hanako.sato@icloud.com",
    ui="ja",
    tz=9,
)

# ---- Korean
E(
    "naver",
    "confirm",
    2,
    "안녕하세요.\n12월 4일 금요일 오후 2시로 하겠습니다.\n감사합니다.",
    "김민지",
    "minji.kim@naver.com",
    tz=9,
)
E(
    "daum",
    "question",
    None,
    "안녕하세요, 혹시 온라인으로 참여해도 되나요? 그리고 시간은 아직 확실하지 않아서 내일 다시 연락드리겠습니다.",
    "박지훈",
    "jhpark@daum.net",
    tz=9,
)
E(
    "daum",
    "reschedule",
    None,
    "안녕하세요.\n12월 3일부터 5일까지 지방 출장이 있어서 세 시간 모두 참석이 어렵습니다.\n12월 8일 이후로 일정 조정이 가능할까요?\n\n최윤아 드림",
    "최윤아",
    "yuna.choi@hanmail.net",
    tz=9,
    variant="euc-kr",
)
E(
    "outlook",
    "unclear",
    None,
    "안녕하세요.\n\n제안해 주신 시간 모두 가능합니다.\n\n이수진 드림",
    "이수진",
    "sujin.lee@hanbit-corp.example.co.kr",
    ui="ko",
    tz=9,
    quote="none",
)

# ---- Spanish / Portuguese
E(
    "yahoo",
    "confirm",
    3,
    "Hola, confirmo la opción 3, sábado 5 de diciembre a las 10:00. Gracias.",
    "Lucía García",
    "lucia.garcia@yahoo.es",
    ui="es",
    tz=1,
    variant="ios",
)
E(
    "outlook",
    "reschedule",
    None,
    "Olá,\n\nInfelizmente não poderei participar nas datas propostas. Seria possível na semana seguinte?\n\nObrigado,\n"
    "Pedro Almeida",
    "Pedro Almeida",
    "pedro.almeida@solnascente.example.com.br",
    ui="pt",
    tz=-3,
)
