using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Names;

/// <summary>Chinese personal names: 2–4 characters starting with a known surname, not ordinary words (来访, 反映 …).</summary>
public static class PersonNameRecognizer
{
    private static readonly Regex HanRun = new(@"\p{IsCJKUnifiedIdeographs}+", RegexOptions.CultureInvariant);

    // Labels in front of a name: 姓名张三, 来访人王秀兰, 我叫李四.
    private static readonly string[] Labels = ["来访人姓名", "信访人姓名", "来访人", "信访人", "当事人", "联系人", "姓名", "名字", "我叫", "叫做", "叫", "是"];

    // Words that follow a name in a run of characters: 张三反映…, 李四来访.
    private static readonly string[] Followers = ["来访", "来信", "来电", "反映", "投诉", "举报", "要求", "上访", "说", "等人", "等", "一行", "带领", "同志", "先生", "女士", "老人", "师傅", "和", "与", "及"];

    // Characters that never sit in a name but often follow a surname character in other words.
    private const string NotInName = "的了是在有和与及等来去说访信电映求诉报诉记查询请问办理期号月日年天周点时分人个名位镇乡村街道区县市省局所院厅办法规条例吗呢吧啊么";

    private static readonly string[] NonNames =
    [
        "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "方面", "方法", "方式", "高速", "高级", "黄金", "白天", "万元", "于是", "安全",
        "石头", "金额", "关于", "关系", "成功", "成为", "明天", "明年", "常委", "文件", "马上", "全部", "全体", "平时", "时间", "时候", "江苏", "湖南",
        "上海", "浙江", "宁波", "温州", "海南", "司法", "公安", "公司", "程序", "范围", "强制", "华为", "武汉", "齐全", "应当", "应该", "和平", "国家", "国务院",
        "任务", "任何", "党委", "党员", "宣传", "信息", "项目", "邵阳", "龙岗", "云南", "余额", "包括", "单位", "管理", "解决", "计划", "相关", "向前", "原因",
        "路口", "房子", "房屋", "车辆", "车库", "费用", "苗木", "谷物", "易地", "毛病", "庞大", "章程", "季度", "简单", "都是",
    ];

    public static IReadOnlyList<Recognition<string>> Recognize(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var results = new List<Recognition<string>>();
        foreach (Match run in HanRun.Matches(folded))
        {
            var found = FindInRun(text, run.Value, run.Index);
            if (found is not null)
            {
                results.Add(found);
            }
        }
        return results;
    }

    private static Recognition<string>? FindInRun(string text, string run, int runStart)
    {
        var offset = 0;
        var labelled = false;
        string? label;
        while ((label = Labels.FirstOrDefault(l => run.Length - offset > l.Length + 1 && run.AsSpan(offset).StartsWith(l, StringComparison.Ordinal))) is not null)
        {
            offset += label.Length;
            labelled = true;
        }
        var rest = run[offset..];
        if (rest.Length is >= 2 and <= 4 && IsName(rest, labelled))
        {
            return Make(text, runStart + offset, rest.Length, labelled ? 0.95 : 0.8);
        }
        // A name glued to what follows: 张三反映拖欠工资.
        for (var length = Math.Min(4, rest.Length - 1); length >= 2; length--)
        {
            var tail = rest[length..];
            if (Followers.Any(f => tail.StartsWith(f, StringComparison.Ordinal)) && IsName(rest[..length], labelled))
            {
                return Make(text, runStart + offset, length, 0.7);
            }
        }
        return null;
    }

    /// <summary>Whether the characters look like a personal name.</summary>
    public static bool IsName(string candidate, bool labelled = false)
    {
        var surname = ChineseSurnames.SurnameLength(candidate);
        if (surname == 0 || candidate.Length is < 2 or > 4 || candidate.Length - surname > 2 && !labelled)
        {
            return false;
        }
        if (NonNames.Any(w => candidate.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }
        return !candidate[surname..].Any(c => NotInName.Contains(c));
    }

    private static Recognition<string> Make(string text, int start, int length, double confidence) =>
        new(TextSpan.Of(text, start, start + length), text.Substring(start, length), Confidence: confidence);
}
