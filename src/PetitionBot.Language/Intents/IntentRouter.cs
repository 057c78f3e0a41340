using PetitionBot.Language.Routing;
using static PetitionBot.Language.Intents.IntentKeywords;

namespace PetitionBot.Language.Intents;

/// <summary>
/// Routes an utterance to a job. Rules decide only what is certain — the bot's own commands and buttons, 取消/返回/
/// 从头开始/帮助, a message that is nothing but a case number, 查询码, ID or phone number; everything else is the
/// trained router's (<see cref="TrainedRouter"/>) calibrated choice. The keyword lists left here only say which
/// list, step or reminder setting a routed request means.
/// </summary>
public static class IntentRouter
{
    /// <summary>Top two jobs closer than this (in calibrated probability) are asked about, not guessed.</summary>
    public const double AmbiguityMargin = 0.2;

    /// <param name="reference">The user's local time, when date entities should be resolved.</param>
    public static IntentResult Route(string text, DateTimeOffset? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = new IntentText(text);
        var entities = EntityExtractor.Extract(text, reference);
        var ranked = CertainRoute.Of(t, entities) is { } certain
            ? [new IntentScore(certain, 1.0)]
            : TrainedRouter.Classify(t, entities);
        return Read(t, entities, ranked);
    }

    /// <summary>The job a route label's intent stands for, with what the router read of it (for a chosen clarification).</summary>
    public static IntentResult As(Intent intent, string text, DateTimeOffset? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(new IntentText(text), EntityExtractor.Extract(text, reference), [new IntentScore(intent, 1.0)]);
    }

    /// <summary>The decision and what its job needs from the words: which list, step, reminder setting or channel.</summary>
    private static IntentResult Read(IntentText t, IReadOnlyList<IntentEntity> entities, IReadOnlyList<IntentScore> ranked)
    {
        var top = ranked[0];
        var runnerUp = ranked.Count > 1 ? ranked[1] : new IntentScore(Intent.None, 0);
        return new IntentResult(top.Intent, top.Score, runnerUp, ranked, entities)
        {
            Ambiguous = top.Score - runnerUp.Score < AmbiguityMargin,
            Action = top.Intent == Intent.CaseAction || runnerUp.Intent == Intent.CaseAction ? t.FirstOf(Actions) : null,
            Query = top.Intent == Intent.CaseQuery ? QueryKindOf(t, NamesCase(entities)) : null,
            Reminder = top.Intent == Intent.Reminders ? ReminderKindOf(t) : null,
            Channel = top.Intent == Intent.LogVisit ? t.FirstOf(Channels) : null,
        };
    }

    private static bool NamesCase(IReadOnlyList<IntentEntity> entities)
    {
        foreach (var e in entities)
        {
            if (e.Kind is EntityKind.CaseNumber or EntityKind.QueryCode)
            {
                return true;
            }
        }
        return false;
    }

    private static CaseQueryKind QueryKindOf(IntentText t, bool namesCase)
    {
        if (namesCase)
        {
            return CaseQueryKind.Status;
        }
        if (AsksStatistics(t))
        {
            return CaseQueryKind.Statistics;
        }
        if (t.HasAny(OverdueCues))
        {
            return CaseQueryKind.Overdue;
        }
        if (t.HasAny(ThisWeekCues))
        {
            return CaseQueryKind.DueThisWeek;
        }
        if (t.HasAny(DueSoonCues))
        {
            return CaseQueryKind.DueSoon;
        }
        if (t.HasAny(MyCasesCues))
        {
            return CaseQueryKind.MyCases;
        }
        return t.Has("集体访") ? CaseQueryKind.GroupVisits : CaseQueryKind.Search;
    }

    /// <summary>
    /// Counts, rates and trends; "how many" over a period or of 集体访 too, except when it asks about this week's due
    /// list ("本周到期的有几件"), which is the list's count.
    /// </summary>
    private static bool AsksStatistics(IntentText t) =>
        t.HasAny(StatisticsCues)
        || (t.HasAny(HowManyCues) && (t.HasAny(PeriodCues) || t.Has("集体访")) && !t.HasAny(ThisWeekCues) && !t.HasAny(DueSoonCues));

    private static ReminderActionKind ReminderKindOf(IntentText t)
    {
        if (t.HasAny(ReminderSendLog))
        {
            return ReminderActionKind.SendLog;
        }
        if (t.HasAny(ReminderList))
        {
            return ReminderActionKind.List;
        }
        if (t.HasAny(ReminderOff))
        {
            return ReminderActionKind.Unsubscribe;
        }
        return t.HasAny(ReminderSettings) ? ReminderActionKind.Settings : ReminderActionKind.Subscribe;
    }
}
