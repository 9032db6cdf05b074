# ruff: noqa: E501
"""blind8 replies, part B2: the zh invitation (more people, forwards, twice-in-one-mail, option lines)."""

from __future__ import annotations

from tests.inbound.corpus.blind8._r import R

FWD = "\n\n---------- 转发的邮件 ----------\n发件人：Re-interview <reinterview@hr.example.com>\n日期：2026年11月27日 周五 10:05\n主题：重新面试邀请：电商客服专员（请于 2026年11月30日 周一 18:00 前回复）\n收件人：<{to}>\n"
WX = "【微信】"

B2 = [
    R("confirm", None, "qq-web", "您好！刚刚收到提醒邮件才看到这封，不好意思。确认参加周四下午的面试。", "曾小贤", "1451198307", day=1),
    R("confirm", 2, "163-web", "你好，12月4号下午两点可以，我线下过去。", "罗晶", "luojing_95"),
    R("confirm", None, "pasted-big5", "您好，我確認參加12月3日星期四下午的面試，謝謝。", "張家豪", "chiahao0521", thread=False),
    R("confirm", 2, "iphone", "4号", "小鹿", "xiaolu_1", day=30),
    R("confirm", None, "wecom", "确认参加。\n————\n黄海波 | 门店运营\n手机：180 1772 3349（微信同号）", "黄海波", "huanghb"),
    R("decline", None, "163-dashi", "谢谢 不用了 已经拿到offer了", "陶然", "taoran_cq"),
    R("reschedule", None, "qq-mobile", "能约周日吗 周日全天都有空", "小胖", "1603311982"),
    R("confirm", None, "huawei-mail", "好的没问题周四下午两点我准时到谢谢你们再给我一次机会", "付强", "fuqiang_1979"),
    R("question", None, "foxmail", "您好，我想先了解一下岗位的薪资待遇再决定是否参加，方便的话请告知。", "邓丽", "dengli_0905"),
    R("confirm", 3, "outlook-zh", "HR您好：\n\n我选周六（12月5日）上午10点。届时会带好身份证复印件、作品和培训测评报告。\n\n谢谢！", "姚晨", "yaochen"),
    R("confirm", None, "qq-card", "确认确认，谢谢！", "多多妈", "2763109984"),
    R("decline", None, "qq-web", "您好，孩子还小，最近实在走不开，这个机会我只能放弃了，抱歉。", "陈妈妈", "1276630094"),
    R("question", None, "iphone-html", "你好，请问一定要带作品吗？我之前没有做过作品集，只有一些客服工作的聊天截图可以吗", "安琪", "anqi_kefu"),
    R("confirm", None, "exmail", "确认方案1，谢谢。", "庞博", "pangbo"),
    R("reschedule", None, "foxmail", "您好，我人在武汉，能否全部改成线上并安排到下周任意一个晚上？白天实在请不了假。", "万里", "wanli_wh"),
    R("confirm", 2, "xiaomi-mail", "第二个时间可以", "小周", "902384471"),
    R("unclear", None, "163-web", "确认\n\n（等一下，我再看看周四要不要加班，回头再跟您说）", "邢帆", "xingfan_1994"),
    R("confirm", None, "vivo-mail", "收到邀请了 确认参加 谢谢", "阿彬", "1873321094"),
    R("decline", None, "outlook-zh-qp", "您好，\n\n我已经接受了其他公司的录用，所以不再参加重新面试。感谢贵司的邀请。", "Lily 李", "lily_li2019"),
    R("confirm", None, "gmail-zh", "确认参加方案一，谢谢！\n\n-- \n李振\nBlog: https://lizhen.example.org", "李振", "lizhen.dev"),
    R("reschedule", None, "dingtalk", "您好，周四周五我都在外地出差，周六上午要去医院复查。能否改到下周一（12月7日）下午？", "尹峰", "yinfeng"),
    R("confirm", None, "iphone-8bit", "ok确认", "Jason", "jason_zhang"),
    R("question", None, "qq-mobile", "你好，线上面试要开摄像头吗？我家里网不太好，可以用手机吗", "小芳", "1749902236"),
    R("confirm", None, "pasted-qq", "回复确认。\n\n我的名字：韦小宝\n手机：150 2211 8043", "韦小宝", "1928837740", thread=False),
    R("unclear", None, "qq-web", "方案1\n\n方案2也行\n\n其实哪天都可以", "甘露", "1322098847"),
    R("confirm", 3, "126-web", "您好，我报名方案3。", "桂林", "guilin_2001"),
    R("decline", None, "xiaomi-mail", "不考虑了谢谢", "小武", "488102937"),
    R("confirm", None, "163-web" , "您好，确认参加12月3日下午14：00的重新面试。" + FWD.format(to="shenmo@163.com"), "沈墨", "shenmo"),
    R("reschedule", None, "iphone", "您好 请问能改到下午4点以后吗 周四周五都行 我2点还在上班", "樊琳", "fanlin_sh"),
    R("confirm", None, "alimail", "HR老师您好：\n收到重新面试邀请，非常感谢！我确认参加12月3日（周四）14:00-15:00的面试，会提前15分钟到达。\n祝工作顺利！", "易晓婷", "yixiaoting"),
    R("confirm", None, "honor-mail", "周四两点可以", "孔亮", "kongliang_88"),
    R("automated", None, "autoreply", "您好！我正在休产假，12月15日之后回复邮件。紧急事务请联系同事 赵琪 zhaoqi@corp.example.cn。谢谢！", "莫小琴", "moxiaoqin"),
    R("unclear", None, "wecom", "您好，我是苗苗的同事，她这几天住院了，让我跟您说一声她可能去不了，等她出院再联系您。", "彭芳", "pengfang"),
    R("confirm", 2, "qq-web-gbk", "周五可以\n周四不行", "覃志", "2041187365"),
    R("confirm", None, "oppo-mail", "你好，确认参加，我会准时在线上会议室等候。", "蓝天", "lantian_0606"),
    R("question", None, "163-web-utf8", "您好，培训测评报告是指哪一份？我只收到过一个AI面试的结果通知。是不是需要先完成培训才能面试？", "肖雨", "xiaoyu_1225"),
    R("confirm", None, "feishu", "确认 👍", "贺磊", "helei"),
    R("decline", None, "iphone-b64", "您好，我已经回老家发展了，离上海太远，这次就不去了，谢谢您。", "汪洋", "wangyang_hn"),
    R("reschedule", None, "qq-card", "你好 这几天都有事 12月中旬再约可以吗", "小燕子", "3321904478"),
    R("confirm", None, "qq-mobile", "确认\n确认", "牛犇", "1527740092"),
    R("confirm", 3, "gmail-zh", "您好，星期六上午十点的可以吗？可以的话我就定这个了。", "柏杨", "baiyang.sh"),
    R("unclear", None, "huawei-mail", "后天可以", "老谭", "tanlaoshi", day=28),
    R("confirm", None, "outlook-zh-corp", "您好，确认参加。\n\n谢谢！", "吴昊", "wu.hao", kw={"sig": "吴昊 Wu Hao\n客户服务部 | 上海某某物流股份有限公司\nT: +86 21 6012 3300 | M: +86 139 1700 2209\n本邮件可能含有保密信息，如非指定收件人请删除。"}),
    R("reschedule", None, "163-dashi", "改期 周四晚上可以吗", "大米", "dami_2020"),
    R("confirm", None, "iphone-html", "确认参加，谢谢安排", "邵晓", "shaoxiao"),
    R("decline", None, "qq-web", "谢谢你们，我还是决定不去面试了，祝好", "桃子", "2907763315"),
    R("question", None, "exmail", "您好，请问这次面试和上次AI面试的内容一样吗？有没有需要提前准备的题目方向？", "段宇", "duanyu"),
    R("confirm", None, "xiaomi-mail", WX + "确认参加周四下午两点的面试", "小谷", "771923304"),
    R("confirm", None, "foxmail-gb18030", "嗯，确认。谢谢。\n\n𠮷野家", "吉野", "jiye_2002"),
    R("unclear", None, "iphone", "周六吧 不对 周六我要带娃打针 那就周五？也不一定 我明天再回你", "宝妈小敏", "xiaomin_mama"),
]
