using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Cases;

/// <summary>
/// Finds the case a message is about: its case number, else its query code, else the last case shown in this
/// conversation. <see cref="CaseLookup.Problem"/> is the Chinese answer when there is none.
/// </summary>
public sealed class CaseLocator(ICaseStore store, CaseAccess access)
{
    public const string AskWhich = "请告诉我是哪一件，比如“XF-2026-000123 进展”，也可以报查询码、来访人姓名或电话。";

    public async Task<CaseLookup> FindAsync(TurnContext turn, IntentResult intent, CancellationToken cancellationToken)
    {
        var scope = access.ScopeFor(turn.Activity.From?.Id);
        if (!scope.SeesAny)
            return CaseLookup.Missing(CaseAccess.NoPermission);
        var (lookup, ifMissing) = await FindAnyAsync(turn, intent, cancellationToken);
        // Another unit's case is answered exactly like a missing one (worded from what was typed, never from the
        // case found), so numbers, codes and names cannot be probed.
        return lookup.Case is { } c && !scope.CanSee(c) ? CaseLookup.Missing(ifMissing) : lookup;
    }

    /// <summary>The case the message names, and what to answer if it is missing or not the user's to see.</summary>
    private async Task<(CaseLookup Lookup, string IfMissing)> FindAnyAsync(TurnContext turn, IntentResult intent, CancellationToken cancellationToken)
    {
        if (intent.CaseNumber is { } typed)
        {
            if (CaseNumber.Normalize(typed) is not { } number)
                return (CaseLookup.Missing($"“{typed}”不是有效的案件编号。案件编号应为XF-年份-6位序号，如XF-2026-000123。"), "");
            var missing = NotFound(number);
            return await store.GetByNumberAsync(number, cancellationToken) is { } byNumber
                ? (CaseLookup.Found(byNumber), missing)
                : (CaseLookup.Missing(missing), missing);
        }
        if (intent.Entities.FirstOrDefault(e => e.Kind == EntityKind.QueryCode)?.Value is { } code)
        {
            var missing = $"没有找到查询码 {code} 对应的案件（或您无权查看）。请核对查询码，也可以用案件编号、来访人姓名或电话查。";
            return await store.GetByQueryCodeAsync(code, cancellationToken) is { } byCode
                ? (CaseLookup.Found(byCode), missing)
                : (CaseLookup.Missing(missing), missing);
        }
        // The last case shown may have been shown to someone else in a group chat: not theirs is the same as none.
        if (CaseConversationMemory.LastCase(turn) is { } last && await store.GetByNumberAsync(last, cancellationToken) is { } remembered)
            return (CaseLookup.Found(remembered), AskWhich);
        return (CaseLookup.Missing(AskWhich), AskWhich);
    }

    public static string NotFound(string number) => $"没有找到 {number}（或您无权查看）。请核对编号，也可以用来访人姓名或电话查。";
}
