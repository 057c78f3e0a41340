using PetitionBot.Chat.Routing;
using PetitionBot.Chat.Visits;
using PetitionBot.Language.Text;

namespace PetitionBot.Chat.Help;

/// <summary>Answers to "how do I …" about the bot itself, one per job; the menu when the question names none.</summary>
public static class HowTo
{
    /// <param name="NeedsCases">Only for those who may see (and file) cases; staff are told they cannot, and offered what they can do.</param>
    /// <param name="Refusal">What staff are told instead, when not the general one.</param>
    private sealed record Topic(string[] Words, string Answer, string[] Buttons, bool NeedsCases = false, string? Refusal = null);

    private const string NoCases = "您的账号没有查看案件的权限，查询案件、办理步骤和到期提醒请联系信访部门。您可以直接问规定。";

    // Checked in order: the first topic whose words the question mentions answers it.
    private static readonly Topic[] Topics =
    [
        new(["提醒", "订阅", "汇总", "推送", "通知"],
            "到期提醒：说“订阅到期提醒”，快到期（黄牌）和超期（红牌）的件会推送给您，每天还有一条汇总（默认08:30）。" +
            "改时间说“提醒改到9点”，不要了说“取消提醒”，看设置说“我的提醒设置”。",
            ["订阅到期提醒", "我的提醒设置"], NeedsCases: true),
        new(["受理", "转送", "交办", "办结", "延期", "答复", "评价", "复查", "复核", "终结", "进展"],
            "办理步骤：案件编号加上步骤就行，比如“XF-2026-000123 受理”“XF-2026-000123 转送 城关镇人民政府”“申请延期 30天”。" +
            "缺什么我会一项项问；刚查看过的件可以直接说步骤。",
            ["本周到期", "我的案件"], NeedsCases: true),
        new(["追责", "问责", "处分", "诫勉", "责任追究"],
            "问追责：把情况说清楚——哪里（中央/上海/湖南/浙江/江苏）、谁、做了什么、后果多严重，比如“湖南 乡干部推诿扯皮导致越级上访 怎么处理”。" +
            "缺的情况我会一次问一项，结论先说，再附条款。",
            ["问规定"]),
        new(["规定", "条例", "办法", "细则", "文件", "条款", "第几条"],
            "问规定：直接问，比如“复查申请期限是多少天”“湖南办法第七条”“上海细则谁负责解释”。说“规定列表”看已加载的文件。" +
            "回答只引用原文，并标出条款。",
            ["规定列表"]),
        new(["查", "进度", "进展", "查询码", "到期", "超期", "编号"],
            "查询案件：报案件编号（XF-2026-000123）、查询码、来访人姓名、电话或身份证号都可以，比如“王秀兰的件到哪了”。" +
            "列表说“本周到期”“已超期”“我的案件”“集体访”。",
            ["本周到期", "已超期", "我的案件"], NeedsCases: true),
        new(["登记", "录入", "来访", "来信", "来电", "填", "修改", "改", "退出", "取消", "返回"],
            "登记来访：说“登记来访”（或来信、来电、网上信访），也可以一句话说全，比如“登记来访 张三 13812345678 昨天下午三点 5人 反映拖欠工资 属地城关镇”。" +
            "需要：来访人姓名、电话、时间、人数、问题属地、信访形式、内容分类和诉求；身份证号可以跳过。" +
            "登记中随时说“返回”改上一项、“改 属地 东关街道”改某一项、“取消”放弃。",
            ["登记来访"], NeedsCases: true, Refusal: CaseFilingPolicy.NotAllowed),
    ];

    /// <summary>The answer to a how-to question, or null when it names no job (then the menu is the answer).</summary>
    /// <param name="question">What the user asked.</param>
    /// <param name="seesCases">Whether the user may see cases; a case topic is otherwise answered with what they can do.</param>
    public static (string Text, string[] Buttons)? For(string question, bool seesCases = true)
    {
        var compact = TextNormalizer.Compact(question);
        foreach (var topic in Topics)
        {
            if (!topic.Words.Any(compact.Contains)) continue;
            return topic.NeedsCases && !seesCases ? (topic.Refusal ?? NoCases, MainMenu.StaffButtons) : (topic.Answer, topic.Buttons);
        }
        return null;
    }
}
