# ruff: noqa: E501
"""blind8 replies, part B: the zh invitation (企业邮箱, 繁體, voice input, pasted from WeChat, forwards)."""

from __future__ import annotations

from tests.inbound.corpus.blind8._r import R

DISC_EXMAIL = "本邮件及其附件含有深圳市前海智联科技有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！\nThis e-mail and its attachments contain confidential information from Qianhai Zhilian Technology, which is intended only for the person or entity whose address is listed above."
SIG_LONG = "——————————————\n郭振宇 | 客户成功经理\n深圳市前海智联科技有限公司\nM：186 8820 1134\nWeChat：guozy_sz\nE：guozhenyu@techco.cn\n深圳市南山区科技园科苑路 15 号"

B = [
    R("confirm", None, "exmail", "您好，确认参加 12 月 3 日（周四）14:00 的重新面试，届时线上参加。谢谢！", "郭振宇", "guozhenyu", kw={"sig": SIG_LONG, "disclaimer": DISC_EXMAIL}),
    R("confirm", None, "outlook-tw", "您好：\n\n確認參加方案1，12月3日（週四）下午兩點，謝謝。\n\n陳怡君", "陳怡君", "yichun_chen"),
    R("confirm", 3, "gmail-tw", "您好，我選方案3，禮拜六早上十點，謝謝您。", "林冠宇", "kuanyu.lin"),
    R("decline", None, "iphone-tw", "不好意思，我已經決定留在現在的公司，這次就不參加了。謝謝。", "黃美玲", "meiling.h"),
    R("confirm", None, "iphone", "确认参加谢谢您给我这个机会我会好好准备的周四下午两点见", "吕小军", "lvxiaojun"),
    R("confirm", 2, "huawei-mail", "你好我选方案而周五下午两点可以的", "高燕", "gaoyan_1986"),
    R("confirm", None, "qq-mobile", "确认!我会准时到的，谢谢hr小姐姐", "小七", "2931100456"),
    R("confirm", None, "163-web", "確認", "施瑜", "shiyu_1997"),
    R("reschedule", None, "qq-web", "您好，我是外地的，目前在成都，12月3号赶不过去。能不能改到12月10号左右？我提前买票过去。", "卢俊", "1094473358"),
    R("unclear", None, "wecom", "[聊天记录]\n我：hr您好 面试的事\n阿May：你看下邮件里三个时间\n我：好的我看看哪天能请假\n\n（从微信复制过来的，我先确认下请假情况再回复您）", "May", "maychen"),
    R("confirm", 2, "qq-web-gbk", "您好，方案1我去不了，第二个可以。", "魏娜", "1561903874"),
    R("decline", None, "foxmail", "HR您好，家里临时有事要回老家一段时间，这次面试我就不去了，以后有机会再联系，谢谢。", "秦勇", "qinyong_1985"),
    R("question", None, "iphone", "你好 想问一下面试大概多长时间 我要带孩子过去方便吗", "贾丽娟", "jialijuan"),
    R("confirm", None, "alimail", "已收到，确认按建议时间（方案1）参加。", "严宏", "yanhong"),
    R("reschedule", None, "163-dashi", "3号4号5号都在外地 可以下周吗", "毛毛", "maomao_1212"),
    R("unclear", None, "qq-card", "周四或者周五吧，哪个方便你们定", "沈亦", "3012874451"),
    R("confirm", None, "xiaomi-mail", "可以 就周四下午", "杜明", "710394482"),
    R("automated", None, "autoreply", "【自动回复】您好，我已离职，该邮箱将不再使用，相关事宜请联系 hr@shopgroup.com.cn。", "雷鸣", "leiming"),
    R("confirm", 3, "163-web", "您好，我选12月5号周六上午10点的，平时工作日请假不方便。谢谢！", "苏晓", "suxiao_77"),
    R("decline", None, "outlook-zh-corp", "您好，\n\n谢谢邀请，我对这个岗位已经没有兴趣了，不用再安排。\n\n祝好", "丁一", "ding.yi", kw={"sig": "丁一\n采购部 | 上海某某实业集团\n电话：021-5132 8890 分机 206"}),
    R("confirm", None, "iphone-b64", "收到 没问题 准时到", "宁静", "ningjing_"),
    R("reschedule", None, "qq-mobile", "你好，我想改期，周四下午能不能改成周四上午10点？下午我要接孩子", "刘芳", "1287763309"),
    R("question", None, "feishu", "您好，请问地址那里有停车位吗？另外作品是带打印版还是U盘？", "邹鹏", "zoupeng"),
    R("confirm", None, "qq-web", "嗯嗯确认了，周四见~", "乐乐", "2599014732"),
    R("unclear", None, "163-web", "周四可以，周五也可以，周六不太行", "熊伟", "xiongwei_88"),
    R("confirm", None, "oppo-mail", "确认参加面试，谢谢。", "金晶", "jinjing2000"),
    R("decline", None, "vivo-mail", "不参加了", "龙哥", "1045566983"),
    R("confirm", None, "pasted", "你好，我是收到重新面试邀请的潘晓，我确认参加12月3日周四下午14:00的面试。之前的邮件不小心删了，所以新写了一封。", "潘晓", "panxiao_2002", thread=False),
    R("reschedule", None, "foxmail-gb18030", "您好！\n    很抱歉，12月3日至5日我要参加公司年会，均无法参加。能否改到12月9日（周三）下午或12月10日（周四）下午？\n    给您添麻烦了。", "萧然", "xiaoran_sz"),
    R("confirm", 2, "outlook-zh", "你好，\n\n方案2 —— 12月4日周五 14:00，确认。\n\n另外想问下线上和现场哪个更好？我都可以。", "侯佳", "houjia", kw={"sig": "侯佳\n手机/微信：133 2210 8876"}),
    R("unclear", None, "iphone", "好的我考虑一下", "黎明", "liming_ok"),
    R("confirm", None, "dingtalk", "确认参加，谢谢！\n\n发自钉钉邮箱", "文静", "wenjing"),
    R("question", None, "qq-mobile", "请问培训计划里的那个客户投诉处理课程在哪里看？必须面试前看完吗", "小芸", "1365508873"),
    R("confirm", None, "163-web-utf8", "确认方案1，谢谢！😊", "叶子", "yezi_0707"),
    R("decline", None, "qq-web", "算了吧，不想再面了，谢谢", "王帅", "1129904417"),
    R("reschedule", None, "wecom", "您好，请问能否安排在12月4日上午？下午我有个会议走不开。", "祝青", "zhuqing"),
    R("confirm", None, "honor-mail", "确认 周四下午两点 漕溪北路", "蔡坤", "caikun1992"),
    R("unclear", None, "qq-web", "不行", "邵杰", "1730298845"),
    R("confirm", 3, "iphone-html", "我选第三个，周六上午比较方便，谢谢", "欧阳娜", "ouyangna"),
    R("confirm", None, "exmail", "确认参加。\n\n以上", "江涛", "jiangtao", kw={"disclaimer": DISC_EXMAIL}),
    R("reschedule", None, "163-web", "你好 能不能往后推一周 最近身体不太舒服", "闫莉", "yanli_1990"),
    R("automated", None, "autoreply-qq", "您好，邮件已收到，我会尽快处理。（此为自动回复）", "阿强", "1098822734"),
    R("confirm", None, "qq-mobile", "确任参加 谢谢", "马小跳", "2219837745"),
    R("decline", None, "alimail", "您好，因个人职业规划调整，我决定放弃本次重新面试机会。感谢！", "白杨", "baiyang"),
    R("question", None, "outlook-zh-qp", "您好，\n\n想确认一下：如果这次重新面试通过，入职时间最早是什么时候？我现在还在职，需要提前一个月提离职。\n\n谢谢", "常远", "changyuan_sh"),
    R("confirm", None, "xiaomi-mail", "OK 我周四过去", "米粒", "802239945"),
    R("unclear", None, "iphone", "你好 我得先问下我们领导能不能请假 周五之前给你答复", "葛优", "geyou_work"),
    R("confirm", None, "qq-card", "收到～确认参加12月3号下午的面试，谢谢", "晨曦", "3149920087"),
    R("reschedule", None, "gmail-zh", "您好，我想改期。12月3-5日我在国外，12月8日回国，8号之后都可以。", "季安", "jian.ji.2000"),
    R("confirm", 2, "126-web", "您好，我周四有课，周五下午可以，选方案2吧。谢谢老师！\n\n——\n应届生 唐可\n华东师范大学 2026届", "唐可", "tangke_ecnu"),
]
