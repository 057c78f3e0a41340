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
        var scores = new Dictionary<Intent, double>();
        void Raise(Intent intent, double score) => scores[intent] = Math.Clamp(Math.Max(scores.GetValueOrDefault(intent), score), 0, 1);

        var hasCase = entities.Any(e => e.Kind is EntityKind.CaseNumber or EntityKind.QueryCode);
        var question = t.HasQuestionMark || t.HasAny(QuestionMarkers);
        var reminders = t.HasAny(Reminders);

        ScoreInterruptions(t, reminders, Raise);
        ScoreLogVisit(t, question, Raise);
        var action = ScoreCaseWork(t, hasCase, question, Raise);
        ScoreRegulation(t, question, entities.Any(e => e.Kind == EntityKind.Article), Raise);
        if (reminders)
        {
            Raise(Intent.Reminders, 0.9);
        }

        // A question about the rules mentions 受理/逾期/登记 as topics, not as things to do now.
        var aboutRules = Math.Max(scores.GetValueOrDefault(Intent.RegulationQuestion), scores.GetValueOrDefault(Intent.Accountability));
        if (aboutRules >= 0.75 && !hasCase)
        {
            foreach (var work in new[] { Intent.CaseQuery, Intent.CaseAction, Intent.LogVisit })
            {
                if (scores.TryGetValue(work, out var s))
                {
                    scores[work] = s * 0.6;
                }
            }
        }

        var ranked = scores.Where(kv => kv.Value > 0)
            .Select(kv => new IntentScore(kv.Key, Math.Round(kv.Value, 3)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Intent)
            .ToList();
        var top = ranked.Count > 0 && ranked[0].Score >= Threshold ? ranked[0] : new IntentScore(Intent.None, ranked.Count > 0 ? ranked[0].Score : 0);
        var runnerUp = top.Intent == Intent.None
            ? ranked.FirstOrDefault()
            : ranked.Skip(1).FirstOrDefault();
        if (runnerUp.Intent == Intent.None && runnerUp.Score == 0)
        {
            runnerUp = new IntentScore(Intent.None, 0);
        }

        return new IntentResult(top.Intent, top.Score, runnerUp, ranked, entities)
        {
            Action = top.Intent == Intent.CaseAction || runnerUp.Intent == Intent.CaseAction ? action : null,
            Query = top.Intent == Intent.CaseQuery ? QueryKindOf(t, entities) : null,
            Reminder = top.Intent == Intent.Reminders ? ReminderKindOf(t) : null,
            Channel = top.Intent == Intent.LogVisit ? Channels.Where(c => t.Has(c.Word)).Select(c => (PetitionChannel?)c.Channel).FirstOrDefault() : null,
        };
    }

    private static void ScoreInterruptions(IntentText t, bool reminders, Action<Intent, double> raise)
    {
        if (!reminders)
        {
            if (t.IsShortFor(Cancel))
            {
                raise(Intent.Cancel, 0.95);
            }
            else if (t.HasAny(Cancel) && t.Compact.Length <= 8)
            {
                raise(Intent.Cancel, 0.5);
            }
        }
        if (t.IsShortFor(Back))
        {
            raise(Intent.Back, 0.95);
        }
        else if (t.HasAny(Back))
        {
            raise(Intent.Back, 0.5);
        }
        if (t.IsShortFor(Restart, 4))
        {
            raise(Intent.Restart, 0.96);
        }
        else if (t.HasAny(Restart))
        {
            raise(Intent.Restart, 0.6);
        }
        if (t.IsShortFor(Help, 4) || t.Compact is "?" or "" || (t.Compact.Length <= 3 && t.HasQuestionMark))
        {
            raise(Intent.Help, 0.9);
        }
        else if (t.HasAny(Help))
        {
            raise(Intent.Help, 0.6);
        }
        else if (t.IsOneOf(["你好", "您好", "hi", "hello", "在吗", "在不在", "喂"]))
        {
            raise(Intent.Help, 0.5);
        }
    }

    private static readonly string[] RuleDoubts = ["要不要", "是否", "需不需要", "应不应该", "该不该", "需要吗", "要吗"];

    private static void ScoreLogVisit(IntentText t, bool question, Action<Intent, double> raise)
    {
        var verb = t.HasAny(LogVerbs);
        var target = t.HasAny(LogObjects);
        // "匿名信访件要不要登记？" asks what the rules require, not for a registration now.
        if (verb && t.HasAny(RuleDoubts))
        {
            raise(Intent.LogVisit, 0.5);
            raise(Intent.RegulationQuestion, 0.8);
            return;
        }
        if (verb && target)
        {
            raise(Intent.LogVisit, 0.9);
        }
        else if (verb)
        {
            // "…要不要登记？" asks about the rule, not for a registration.
            raise(Intent.LogVisit, question ? 0.5 : 0.7);
        }
        else if (t.HasAny(ArrivalPhrases) && !question)
        {
            raise(Intent.LogVisit, 0.65);
        }
        else if (target && !question)
        {
            raise(Intent.LogVisit, 0.4);
        }
    }

    private static CaseActionKind? ScoreCaseWork(IntentText t, bool hasCase, bool question, Action<Intent, double> raise)
    {
        var query = t.HasAny(Query);
        if (hasCase)
        {
            raise(Intent.CaseQuery, query || question ? 0.95 : 0.85);
        }
        else if (query)
        {
            raise(Intent.CaseQuery, t.HasAny(ListCues) ? 0.85 : 0.8);
        }
        else if (t.HasAny(QueryTopics) && t.HasAny(ListCues))
        {
            raise(Intent.CaseQuery, 0.8);
        }

        CaseActionKind? action = null;
        foreach (var (word, kind) in Actions)
        {
            if (t.Has(word))
            {
                action = kind;
                break;
            }
        }
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
            raise(Intent.CaseAction, score);
        }
        return action;
    }

    private static void ScoreRegulation(IntentText t, bool question, bool citesArticle, Action<Intent, double> raise)
    {
        var strong = t.HasAny(RegulationStrong);
        if (strong)
        {
            raise(Intent.RegulationQuestion, question ? 0.9 : 0.75);
        }
        else if (t.HasAny(RegulationWeak) && question)
        {
            raise(Intent.RegulationQuestion, 0.6);
        }
        else if (question && t.Compact.Length >= 6)
        {
            raise(Intent.RegulationQuestion, 0.4);
        }
        if (citesArticle)
        {
            raise(Intent.RegulationQuestion, 0.85);
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
                raise(Intent.RegulationQuestion, 0.9);
                score = Math.Min(score, 0.75);
            }
            else if (question || asksMeasure)
            {
                raise(Intent.RegulationQuestion, Math.Min(0.8, score - 0.1));
            }
            raise(Intent.Accountability, score);
        }
        else if (asksMeasure && situations >= 1)
        {
            // "情节较轻的怎么处理": a situation and a question about the consequence.
            raise(Intent.Accountability, situations >= 2 ? 0.8 : 0.75);
            raise(Intent.RegulationQuestion, 0.7);
        }
    }

    private static CaseQueryKind QueryKindOf(IntentText t, IReadOnlyList<IntentEntity> entities)
    {
        if (entities.Any(e => e.Kind is EntityKind.CaseNumber or EntityKind.QueryCode))
        {
            return CaseQueryKind.Status;
        }
        if (t.HasAny(["超期", "逾期", "红牌", "过期"]))
        {
            return CaseQueryKind.Overdue;
        }
        if (t.HasAny(["本周", "这周", "这个星期", "本星期", "这礼拜"]))
        {
            return CaseQueryKind.DueThisWeek;
        }
        if (t.HasAny(["到期", "临期", "黄牌", "还剩几天"]))
        {
            return CaseQueryKind.DueSoon;
        }
        if (t.HasAny(["我的", "我经手", "我负责", "我手上"]))
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
