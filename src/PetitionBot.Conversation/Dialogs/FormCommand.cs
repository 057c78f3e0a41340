namespace PetitionBot.Conversation.Dialogs;

/// <summary>Words that steer a form rather than answer it.</summary>
public enum FormCommandKind
{
    None,
    Help,
    Cancel,
    Back,
    Restart,
    Skip,
    Submit,
    Edit,
    Yes,
    No,
}

/// <summary>A steering word, with the rest of the sentence for 改 (改 手机号 13900001111).</summary>
public sealed record FormCommand(FormCommandKind Kind, string? Target = null, string? Rest = null)
{
    private static readonly (FormCommandKind Kind, string[] Words)[] Words =
    [
        (FormCommandKind.Help, ["帮助", "帮忙", "怎么填", "help", "?", "？"]),
        (FormCommandKind.Cancel, ["取消", "算了", "不办了", "不登记了", "退出"]),
        (FormCommandKind.Back, ["返回", "上一步", "回到上一步", "退回"]),
        (FormCommandKind.Restart, ["从头开始", "重新开始", "重来", "重新填"]),
        (FormCommandKind.Skip, ["跳过", "没有", "不清楚", "不知道", "无"]),
        (FormCommandKind.Submit, ["提交", "确认提交", "确认", "确定"]),
        (FormCommandKind.Yes, ["对", "是", "是的", "对的", "没错", "好", "好的", "嗯", "yes", "ok"]),
        (FormCommandKind.No, ["不对", "不是", "错了", "否", "no"]),
    ];

    public static FormCommand Read(string text)
    {
        var t = text.Trim().TrimEnd('。', '.', '！', '!');
        foreach (var (kind, words) in Words)
            if (words.Any(w => string.Equals(t, w, StringComparison.OrdinalIgnoreCase)))
                return new FormCommand(kind);
        if (t is "修改" or "改" or "改一下" or "我要改")
            return new FormCommand(FormCommandKind.Edit);
        foreach (var prefix in new[] { "修改", "改成", "改" })
        {
            if (!t.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = t[prefix.Length..].Trim().TrimStart('：', ':').Trim();
            var space = rest.IndexOfAny([' ', '　', '为', '：', ':']);
            return space < 0
                ? new FormCommand(FormCommandKind.Edit, rest)
                : new FormCommand(FormCommandKind.Edit, rest[..space].Trim(), rest[(space + 1)..].Trim());
        }
        return new FormCommand(FormCommandKind.None);
    }
}
