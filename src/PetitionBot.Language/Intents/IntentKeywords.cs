using PetitionBot.Language.Text;

namespace PetitionBot.Language.Intents;

/// <summary>The words each intent is recognized by (simplified, no punctuation: matched against <see cref="IntentText.Compact"/>).</summary>
internal static class IntentKeywords
{
    public static readonly KeywordList Cancel = new(["取消登记", "不登记了", "取消", "算了", "不办了", "不要了", "不登了", "退出", "不用了", "停止", "别登了", "不弄了", "不搞了", "不填了", "放弃", "cancel", "quit"]);
    public static readonly KeywordList Back = new(["返回", "上一步", "回到上一步", "退回上一步", "后退", "上一个问题", "回上一步", "back"]);
    public static readonly KeywordList Restart = new(["从头开始", "重新开始", "重来", "重新来", "从头来", "重新填", "全部重填", "重新登记", "restart"]);
    public static readonly KeywordList Help = new(["帮助", "怎么用", "你能做什么", "你会什么", "能干什么", "能做什么", "使用说明", "help", "菜单", "有什么功能", "你是谁", "不会用", "功能介绍", "教我", "干什么用", "会干什么", "会做什么", "可以做什么", "能帮我什么", "能帮什么"]);

    public static readonly string[] Greetings = ["你好", "您好", "hi", "hello", "在吗", "在不在", "喂"];

    public static readonly KeywordList LogVerbs = new(["登记", "新建", "录入", "新增", "录一下", "登一下", "建档", "记一下", "记录一个", "记录一下", "建一个", "开一个", "录个"]);
    public static readonly KeywordList LogObjects = new(["来访", "来信", "来电", "走访", "信访件", "上访", "网上信访", "案件", "一件", "案子", "访客", "群众"]);
    // With a log verb these ask what the rules require ("要不要登记"), not for a registration now.
    public static readonly KeywordList RuleDoubts = new(["要不要", "是否", "需不需要", "应不应该", "该不该", "需要吗", "要吗"]);
    public static readonly KeywordList ArrivalPhrases = new(["有人来访", "有人上访", "来了一个人", "来了个人", "有群众来", "群众来访", "来访了", "来上访", "有人来反映", "来反映"]);

    public static readonly KeywordList Query = new(["查询", "查一下", "查查", "查下", "帮我查", "进展", "到哪", "哪一步", "什么状态", "状态", "进度", "办到", "办得怎么样", "怎么样了", "结果出来", "到期", "超期", "逾期", "临期", "我的案件", "我的件", "我经手", "我负责的", "我手上", "列表", "有几件", "几件", "多少件", "清单", "待办", "还剩几天", "黄牌", "红牌", "看看案件", "查看案件", "案件情况"]);
    // Topics that make a query only when a list is asked for ("查一下集体访", "集体访有哪些").
    public static readonly KeywordList QueryTopics = new(["集体访", "案件", "信访件", "件"]);
    public static readonly KeywordList ListCues = new(["有哪些", "几件", "多少件", "列表", "清单", "本周", "这周", "本月", "我的", "都有", "统计", "列出", "查一下", "查查", "看看", "查询"]);

    // Which list a query asks for.
    public static readonly KeywordList OverdueCues = new(["超期", "逾期", "红牌", "过期"]);
    public static readonly KeywordList ThisWeekCues = new(["本周", "这周", "这个星期", "本星期", "这礼拜"]);
    public static readonly KeywordList DueSoonCues = new(["到期", "临期", "黄牌", "还剩几天"]);
    public static readonly KeywordList MyCasesCues = new(["我的", "我经手", "我负责", "我手上"]);

    // Statistics: words that ask for counts, rates or a trend over many cases, not for a list to work through.
    public static readonly KeywordList StatisticsCues = new(["统计", "率", "走势", "趋势", "分布", "排名", "排行", "占比", "比例", "各单位", "每个单位", "分单位", "按单位", "各类", "各渠道", "哪类", "哪一类", "信访量", "来访量", "来信量", "来电量", "登记量", "总量", "汇总", "报表", "重复来访", "重复信访", "重复来", "多次来访", "反复来访", "重访", "来了好几次", "来过好几次"]);
    // "How many" over a period ("今年登记了多少件", "集体访有多少") is a count, not the list of today's work.
    public static readonly KeywordList HowManyCues = new(["多少", "几件", "几批", "几起", "几次", "几个", "一共", "总共", "共计"]);
    public static readonly KeywordList PeriodCues = new(["本月", "这个月", "上月", "上个月", "今年", "去年", "本年", "全年", "年度", "季度", "上半年", "下半年", "上周", "月份"]);

    public static readonly KeywordMap<CaseActionKind> Actions = new(
    [
        ("不予受理", CaseActionKind.Reject), ("不受理", CaseActionKind.Reject), ("不再受理", CaseActionKind.Terminate),
        ("受理", CaseActionKind.Accept), ("转送", CaseActionKind.Transfer), ("转办", CaseActionKind.Transfer), ("转给", CaseActionKind.Transfer),
        ("交办", CaseActionKind.Assign), ("申请延期", CaseActionKind.Extend), ("延期", CaseActionKind.Extend), ("延长期限", CaseActionKind.Extend),
        ("办结", CaseActionKind.Conclude), ("结案", CaseActionKind.Conclude), ("答复", CaseActionKind.Reply), ("回复", CaseActionKind.Reply),
        ("送达", CaseActionKind.Deliver), ("评价", CaseActionKind.Evaluate), ("满意度", CaseActionKind.Evaluate), ("不满意", CaseActionKind.Evaluate),
        ("复查", CaseActionKind.Review), ("复核", CaseActionKind.ReExamine), ("终结", CaseActionKind.Terminate),
        ("记录进展", CaseActionKind.RecordProgress), ("更新进展", CaseActionKind.RecordProgress), ("添加进展", CaseActionKind.RecordProgress),
    ]);
    public static readonly KeywordList ThisCase = new(["这件", "该件", "此件", "这个案子", "这个件", "本件", "这个案件", "该案", "把它", "给它", "已经", "已", "标记", "操作", "点", "办理", "确认"]);

    public static readonly KeywordList RegulationStrong = new(["规定", "条例", "办法", "细则", "哪条", "第几条", "依据", "条款", "法规", "原文", "时限", "期限", "多少天", "几天", "多久", "多长时间", "收费", "要求是", "谁批准", "谁审批", "谁决定", "责任制", "指导意见", "意见", "文件"]);
    public static readonly KeywordList RegulationWeak = new(["怎么处理", "如何处理", "怎么办", "要不要", "是否", "应当", "应该", "能不能", "能否", "可不可以", "可以吗", "需要", "必须", "怎样", "什么情况", "算不算", "属于", "有没有", "区别", "怎么算", "从哪天", "哪天起", "谁来", "由谁", "程序", "流程", "最多", "几个", "几名", "告知", "还能", "可以再"]);
    public static readonly KeywordList QuestionMarkers = new(["吗", "呢", "怎么", "如何", "哪", "什么", "是否", "能否", "能不能", "可不可以", "要不要", "多久", "多少", "几天", "几个", "几名", "谁", "为什么", "会不会", "有没有", "算不算"]);

    public static readonly KeywordList Measures = new(["追责", "问责", "处分", "诫勉", "通报批评", "通报", "责任追究", "追究责任", "追究", "停职", "免职", "降职", "引咎辞职", "责令辞职", "组织处理", "纪律处分", "书面检查", "调离", "担责", "什么责任", "承担责任", "负责任"]);
    public static readonly KeywordList MeasureQuestions = new(["怎么追责", "如何追责", "怎么问责", "如何问责", "怎么处理", "如何处理", "什么处分", "什么处理", "哪种", "何种", "给什么", "给予什么", "适用什么", "适用哪", "追什么责", "什么措施", "怎么处分", "如何处分", "该怎么", "追究什么", "追究谁", "处理谁", "谁负责", "担什么责", "什么责任", "哪一级", "哪些责任", "怎么定责", "怎么追究", "如何追究", "怎么罚", "怎么办", "什么方式", "方式是什么", "哪些措施", "如何处理"]);
    public static readonly KeywordList YesNoMeasure = new(["要追责吗", "要问责吗", "会被追责", "会被问责", "要不要追责", "要不要问责", "是否追责", "是否问责", "追不追责", "能追责吗", "该追责吗", "需要追责", "会不会被", "要处分吗", "会处分吗", "是否追究", "要不要追究", "可以追责", "算不算"]);
    public static readonly KeywordList Situations = new(["导致", "造成", "处置不力", "事态扩大", "瞒报", "谎报", "漏报", "迟报", "推诿", "敷衍", "拖延", "不作为", "乱作为", "危害", "影响重大", "影响恶劣", "情节", "严重", "群体性", "打击报复", "压制", "未按规定", "逾期", "失职", "渎职", "不落实", "没办结", "未办结", "没有受理", "未受理", "不受理", "弄虚作假", "泄露", "激化", "某街道", "某县", "某镇", "某乡", "某单位", "某部门", "工作人员", "领导", "干部", "书记", "局长", "镇长", "主任"]);

    public static readonly KeywordList Reminders = new(["提醒", "订阅", "通知我", "退订", "推送", "告诉我一声", "叫我一下", "到期前告诉"]);
    public static readonly KeywordList ReminderOff = new(["取消", "别", "不要", "关闭", "退订", "停止", "关掉", "不用"]);
    public static readonly KeywordList ReminderSettings = new(["设置", "改成", "改为", "几点", "提前", "频率", "每天", "时间改"]);
    // Asking what went out: records, whether it arrived, what failed.
    public static readonly KeywordList ReminderSendLog = new(["发送记录", "推送记录", "发送情况", "推送情况", "送达情况", "发送失败", "推送失败", "发出去了", "发没发", "收到没"]);
    public static readonly KeywordList ReminderList = new(["我的提醒", "有哪些提醒", "查看提醒", "提醒列表", "订阅了什么", "订阅了哪些", "订了哪些"]);

    public static readonly KeywordMap<PetitionChannel> Channels = new(
    [
        ("来访", PetitionChannel.Visit), ("走访", PetitionChannel.Visit), ("上访", PetitionChannel.Visit),
        ("来信", PetitionChannel.Letter), ("信件", PetitionChannel.Letter), ("来电", PetitionChannel.Call), ("电话", PetitionChannel.Call),
        ("网上", PetitionChannel.Online), ("网信", PetitionChannel.Online),
    ]);
}
