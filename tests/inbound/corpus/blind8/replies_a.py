# ruff: noqa: E501
"""blind8 replies, part A: the zh invitation (QQ, 网易, Foxmail, Outlook, phones)."""

from __future__ import annotations

from tests.inbound.corpus.blind8._r import R

SIG_ZH = "王建峰\n运营主管 | 杭州云帆电子商务有限公司\n手机：138 5712 0934\n微信：wjf_0934\n地址：杭州市余杭区文一西路 998 号 5 幢"
DISC = "【保密声明】本邮件及其附件可能包含保密信息，仅供指定收件人使用。如您并非指定收件人，请立即通知发件人并删除本邮件，严禁复制、转发或以任何方式使用其中内容。"

A = [
    R("confirm", None, "qq-web", "确认", "李婷", "1023847756"),
    R("confirm", None, "qq-mobile", "确认，谢谢！", "小鱼", "2398410021"),
    R("confirm", 2, "qq-web", "您好，我选方案2，周五下午两点，到时候准时参加。", "陈思远", "845120337"),
    R("confirm", None, "163-web", "您好：\n\n收到，我确认参加12月3日周四下午14:00的面试，谢谢给我这次机会！\n\n刘洋", "刘洋", "liuyang_1999"),
    R("confirm", 3, "foxmail", "HR您好，\n    我选择方案3，12月5日周六上午10点，线上参加。\n    谢谢！\n\n赵敏", "赵敏", "zhaomin0412"),
    R("confirm", None, "iphone", "好的 确认参加", "周杰", "zhoujie.sh"),
    R("confirm", 2, "iphone", "方案二", "Amy吴", "amywu_"),
    R("decline", None, "qq-web", "放弃", "张晓", "609923411"),
    R("decline", None, "163-web", "您好，非常感谢贵公司再给一次机会。我上周已经入职别的公司了，这次就不参加了，祝工作顺利。", "孙磊", "sunlei_hz"),
    R("reschedule", None, "qq-mobile", "您好 这三个时间我都要上班 能不能改到下周一晚上或者周日", "马丽", "1542098876"),
    R("question", None, "foxmail", "您好，请问线上面试是用腾讯会议还是什么软件？需要提前下载吗？", "黄志强", "hzq1988"),
    R("confirm", None, "huawei-mail", "确认参加 方案1", "杨帆", "yangfan_0808"),
    R("confirm", 3, "xiaomi-mail", "周六上午可以，就选周六吧", "吴倩", "319045522"),
    R("unclear", None, "oppo-mail", "周五周六都可以的，看你们安排", "郑浩", "zhenghao95"),
    R("confirm", 2, "vivo-mail", "我确认参加周五下午两点的面试谢谢", "何静", "1298834006"),
    R("confirm", 2, "163-dashi", "选2", "林小北", "linxiaobei"),
    R("confirm", None, "outlook-zh", "您好，\n\n确认参加方案 1（12月3日 周四 14:00–15:00）。\n\n谢谢！", "王建峰", "wangjf", kw={"sig": SIG_ZH}),
    R("decline", None, "qq-web-gbk", "不好意思，我考虑了一下还是不去了，谢谢你们。", "罗敏", "1733029841"),
    R("reschedule", None, "iphone", "您好，12月3号到5号我在外地出差，能否安排到12月8号以后？任何一天下午都行。", "梁晨", "liangchen.work"),
    R("confirm", None, "qq-card", "收到，确认参加。身份证复印件和作品我会带上。", "宋佳", "2871104453"),
    R("confirm", 3, "exmail", "您好：\n我选择方案三，12月5日周六10:00，谢谢。", "韩雪", "hanxue", kw={"disclaimer": DISC}),
    R("question", None, "wecom", "您好，请问重新面试的地点在徐汇区漕溪北路那边吗？可以选线上吗？我人不在上海。", "曹阳", "caoyang"),
    R("confirm", None, "qq-mobile", "好的 我会去的", "许文", "904471238"),
    R("confirm", 2, "qq-web", "> 方案 1（建议时间）：2026年12月3日 周四 14:00–15:00\n不行，周四要上班\n> 方案 2：2026年12月4日 周五 14:00–15:00\n可以\n> 方案 3：2026年12月5日 周六 10:00–11:00\n不行", "蒋丽", "1380029917"),
    R("decline", None, "163-web", "放弃，谢谢", "邓超", "dengchao_2001"),
    R("confirm", None, "foxmail-gb18030", "确认。\n\n（刚看到提醒邮件，抱歉回复晚了）", "冯晓东", "fxd1991"),
    R("reschedule", None, "huawei-mail", "改期 12月7号周一下午可以吗", "袁媛", "yuanyuan_cc"),
    R("confirm", 2, "alimail", "您好，我选择12月4日周五14:00那一场，谢谢。", "彭磊", "penglei2020", kw={"sig": "彭磊\n138-1123-4560"}),
    R("confirm", 3, "iphone-html", "星期六上午那个 可以的", "小雨", "xiaoyu_0301"),
    R("unclear", None, "qq-web", "我是张琳的妈妈，她这几天在学校考试，让我帮她回一下，她说周四应该可以，具体她回来再跟你们确认。", "张琳妈妈", "2210983345"),
    R("automated", None, "autoreply-qq", "这是来自QQ邮箱的假期自动回复邮件。\n \n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。", "刘佳琪", "3327719028"),
    R("confirm", None, "outlook-zh-qp", "可以，我会准时到。", "Kevin 黄", "kevinhuang_sh"),
    R("confirm", 2, "163-web", "方案2可以\n\n发自我的华为手机", "胡蓉", "hurong1993"),
    R("question", None, "qq-card", "请问作品需要打印出来吗，还是带电脑展示就行？培训测评报告我好像没收到，在哪里下载？", "田甜", "1649920073"),
    R("decline", None, "iphone", "不去了 谢谢", "阿杰", "ajie_88"),
    R("reschedule", None, "foxmail", "HR你好，三个时间都跟我现在的工作冲突了，能不能安排在工作日晚上7点以后？或者12月6号周日也行。", "姜波", "jiangbo_work"),
    R("confirm", None, "dingtalk", "收到，确认参加12月3日的面试。\n\n----\n谢芳\n钉钉：xiefang_shop", "谢芳", "xiefang"),
    R("unclear", None, "xiaomi-mail", "明天下午可以", "唐亮", "471120983"),
    R("confirm", 3, "qq-mobile", "最后一个可以", "于晴", "1109283374"),
    R("confirm", None, "163-web-utf8", "您好！\n\n非常感谢贵公司给我再次面试的机会，我一定好好准备。确认参加方案1，12月3日周四下午两点准时到达漕溪北路。\n\n此致\n敬礼\n\n应聘者：潘雨婷\n电话：15821093345", "潘雨婷", "pyt_2003"),
    R("decline", None, "outlook-zh", "您好，\n\n感谢邀请。经过慎重考虑，我决定不再参加本次重新面试，祝贵司招聘顺利。\n\n顺祝商祺", "董明", "dongming", kw={"sig": "董明 | 高级客服\n上海某某供应链管理有限公司\nTel: 021-6488 2210"}),
    R("confirm", 2, "feishu", "你好，12.4 下午两点 OK，我线上参加。", "薛凯", "xuekai"),
    R("reschedule", None, "wecom", "您好，我想改期，周四到周六我都要值班，下周二或周三的下午可以吗？", "程雪", "chengxue"),
    R("unclear", None, "iphone", "2和3都行", "任飞", "renfei_tt"),
    R("confirm", None, "qq-web", "确认\n\n\n\n上一封回错了，不好意思，以这封为准：确认参加12月3号的面试。", "范冰", "2043381129"),
    R("question", None, "163-dashi", "你好 请问这次重新面试还是AI面试吗 还是有人面", "钱多多", "qianduoduo_"),
    R("confirm", 2, "honor-mail", "礼拜五下午可以的", "方圆", "fangyuan1990"),
    R("automated", None, "autoreply", "您好，您的邮件我已收到。本人12月1日前出差在外，邮件查看不及时，如有急事请致电 139 1822 0047。", "石磊", "shilei"),
    R("confirm", 3, "outlook-zh", "您好，方案3。谢谢", "邱莉", "qiuli0921"),
    R("decline", None, "qq-mobile", "已经找到工作了，不需要了，谢谢", "阿珍", "1876633021"),
]
