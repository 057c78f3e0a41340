namespace PetitionBot.Chat.Cases;

/// <summary>Replies shared by the case handlers when something goes wrong.</summary>
public static class CaseReplies
{
    public const string StoreDownForQuery = "案件库暂时连不上，没能查到。请稍后再问一次。";

    public const string StoreDownForAction = "案件库暂时连不上，这次操作没有保存，案件也没有变化。请稍后再说一次。";

    public static readonly string[] ListButtons = ["本周到期", "已超期", "我的案件"];
}
