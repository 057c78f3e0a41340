using static PetitionBot.Language.Intents.IntentKeywords;

namespace PetitionBot.Language.Intents;

/// <summary>
/// Rule-and-keyword intent routing for how officers really type: no punctuation, full-width, typos
/// (登计 → 登记), traditional characters. Every intent gets a score; the caller sees the top two.
/// </summary>
public static class IntentRouter
{
    /// <summary>Below this the result is <see cref="Intent.None"/>.</summary>
    public const double Threshold = 0.35;

    /// <param name="reference">The user's local time, when date entities should be resolved.</param>
    public static IntentResult Route(string text, DateTimeOffset? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = new IntentText(text);
        var entities = EntityExtractor.Extract(text, reference);
        var scores = new IntentScores();

        var hasCase = NamesCase(entities);
        var question = t.HasQuestionMark || t.HasAny(QuestionMarkers);
        var reminders = t.HasAny(Reminders);

        ScoreInterruptions(t, reminders, scores);
        ScoreLogVisit(t, question, scores);
        var action = ScoreCaseWork(t, hasCase, question, scores);
        ScoreRegulation(t, question, CitesArticle(entities), scores);
        if (reminders)
        {
            scores.Raise(Intent.Reminders, 0.9);
        }

        // A question about the rules mentions 受理/逾期/登记 as topics, not as things to do now.
        var aboutRules = Math.Max(scores.Of(Intent.RegulationQuestion), scores.Of(Intent.Accountability));
        if (aboutRules >= 0.75 && !hasCase)
        {
            scores.Scale(Intent.CaseQuery, 0.6);
            scores.Scale(Intent.CaseAction, 0.6);
            scores.Scale(Intent.LogVisit, 0.6);
        }

        var ranked = scores.Ranked();
        var top = ranked.Count > 0 && ranked[0].Score >= Threshold ? ranked[0] : new IntentScore(Intent.None, ranked.Count > 0 ? ranked[0].Score : 0);
        // Below the threshold the best candidate is the runner-up of None; none at all is (None, 0).
        var runnerUpAt = top.Intent == Intent.None ? 0 : 1;
        var runnerUp = runnerUpAt < ranked.Count ? ranked[runnerUpAt] : new IntentScore(Intent.None, 0);

        return new IntentResult(top.Intent, top.Score, runnerUp, ranked, entities)
        {
            Action = top.Intent == Intent.CaseAction || runnerUp.Intent == Intent.CaseAction ? action : null,
            Query = top.Intent == Intent.CaseQuery ? QueryKindOf(t, hasCase) : null,
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

    private static bool CitesArticle(IReadOnlyList<IntentEntity> entities)
    {
        foreach (var e in entities)
        {
            if (e.Kind == EntityKind.Article)
            {
                return true;
            }
        }
        return false;
    }

    private static void ScoreInterruptions(IntentText t, bool reminders, IntentScores scores)
    {
        if (!reminders)
        {
            if (t.IsShortFor(Cancel))
            {
                scores.Raise(Intent.Cancel, 0.95);
            }
            else if (t.HasAny(Cancel) && t.Compact.Length <= 8)
            {
                scores.Raise(Intent.Cancel, 0.5);
            }
        }
        if (t.IsShortFor(Back))
        {
            scores.Raise(Intent.Back, 0.95);
        }
        else if (t.HasAny(Back))
        {
            scores.Raise(Intent.Back, 0.5);
        }
        if (t.IsShortFor(Restart, 4))
        {
            scores.Raise(Intent.Restart, 0.96);
        }
        else if (t.HasAny(Restart))
        {
            scores.Raise(Intent.Restart, 0.6);
        }
        if (t.IsShortFor(Help, 4) || t.Compact is "?" or "" || (t.Compact.Length <= 3 && t.HasQuestionMark))
        {
            scores.Raise(Intent.Help, 0.9);
        }
        else if (t.HasAny(Help))
        {
            scores.Raise(Intent.Help, 0.6);
        }
        else if (t.IsOneOf(Greetings))
        {
            scores.Raise(Intent.Help, 0.5);
        }
    }

    private static void ScoreLogVisit(IntentText t, bool question, IntentScores scores)
    {
        var verb = t.HasAny(LogVerbs);
        var target = t.HasAny(LogObjects);
        // "匿名信访件要不要登记？" asks what the rules require, not for a registration now.
        if (verb && t.HasAny(RuleDoubts))
        {
            scores.Raise(Intent.LogVisit, 0.5);
            scores.Raise(Intent.RegulationQuestion, 0.8);
            return;
        }
        if (verb && target)
        {
            scores.Raise(Intent.LogVisit, 0.9);
        }
        else if (verb)
        {
            // "…要不要登记？" asks about the rule, not for a registration.
            scores.Raise(Intent.LogVisit, question ? 0.5 : 0.7);
        }
        else if (t.HasAny(ArrivalPhrases) && !question)
        {
            scores.Raise(Intent.LogVisit, 0.65);
        }
        else if (target && !question)
        {
            scores.Raise(Intent.LogVisit, 0.4);
        }
    }

    private static CaseActionKind? ScoreCaseWork(IntentText t, bool hasCase, bool question, IntentScores scores)
    {
        var query = t.HasAny(Query);
        if (hasCase)
        {
            scores.Raise(Intent.CaseQuery, query || question ? 0.95 : 0.85);
        }
        else if (query)
        {
            scores.Raise(Intent.CaseQuery, t.HasAny(ListCues) ? 0.85 : 0.8);
        }
        else if (t.HasAny(QueryTopics) && t.HasAny(ListCues))
        {
            scores.Raise(Intent.CaseQuery, 0.8);
        }

        var action = t.FirstOf(Actions);
        if (action is { } found)
        {
            var score = 0.65;
            if (hasCase || t.HasAny(ThisCase))
            {
                score += 0.25;
            }
            if (question)
            {
                score -= 0.35; // "办结了吗" asks, it does not act
            }
            if (found == CaseActionKind.RecordProgress)
            {
                score += 0.25; // "记录进展" writes progress; its 进展 is not a status query
            }
            scores.Raise(Intent.CaseAction, score);
        }
        return action;
    }

    private static void ScoreRegulation(IntentText t, bool question, bool citesArticle, IntentScores scores)
    {
        var strong = t.HasAny(RegulationStrong);
        if (strong)
        {
            scores.Raise(Intent.RegulationQuestion, question ? 0.9 : 0.75);
        }
        else if (t.HasAny(RegulationWeak) && question)
        {
            scores.Raise(Intent.RegulationQuestion, 0.6);
        }
        else if (question && t.Compact.Length >= 6)
        {
            scores.Raise(Intent.RegulationQuestion, 0.4);
        }
        if (citesArticle)
        {
            scores.Raise(Intent.RegulationQuestion, 0.85);
        }

        var measure = t.HasAny(Measures);
        var asksMeasure = t.HasAny(MeasureQuestions);
        var situations = Math.Min(3, t.CountOf(Situations));
        var yesNo = t.HasAny(YesNoMeasure) || (measure && t.Compact.EndsWith('吗'));
        if (measure)
        {
            var score = asksMeasure ? 0.88 : 0.6;
            score += 0.04 * situations;
            if (yesNo)
            {
                // "要追责吗" wants the rule (yes, per clause …); which measure is the second reading.
                scores.Raise(Intent.RegulationQuestion, 0.9);
                score = Math.Min(score, 0.75);
            }
            else if (question || asksMeasure)
            {
                scores.Raise(Intent.RegulationQuestion, Math.Min(0.8, score - 0.1));
            }
            scores.Raise(Intent.Accountability, score);
        }
        else if (asksMeasure && situations >= 1)
        {
            // "情节较轻的怎么处理": a situation and a question about the consequence.
            scores.Raise(Intent.Accountability, situations >= 2 ? 0.8 : 0.75);
            scores.Raise(Intent.RegulationQuestion, 0.7);
        }
    }

    private static CaseQueryKind QueryKindOf(IntentText t, bool namesCase)
    {
        if (namesCase)
        {
            return CaseQueryKind.Status;
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

    private static ReminderActionKind ReminderKindOf(IntentText t)
    {
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
