using System.Text;
using PetitionBot.Cases.Statistics;
using PetitionBot.Cases.Store;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Statistics.Charts;
using PetitionBot.Language.Masking;
using static PetitionBot.Chat.Statistics.StatisticsFormat;

namespace PetitionBot.Chat.Statistics;

/// <summary>
/// Answers a statistics request over the cases the user may see (an officer their unit, a supervisor their
/// jurisdiction): a few short lines, a chart (bars by unit, person or kind; a line for a trend), and buttons for the
/// other views of the same period.
/// </summary>
public sealed class StatisticsReply(ICaseStatistics statistics, CaseAccess access, StatisticsChart chart)
{
    /// <summary>Unit lines written out in the text; the chart shows up to <see cref="StatisticsChart.MaxBars"/>.</summary>
    public const int TextLines = 5;

    private readonly StatisticsVocabulary _words = StatisticsVocabulary.Default;

    public async Task<StatisticsAnswer> WriteAsync(StatisticsRequest request, string userId, DateOnly today, CancellationToken cancellationToken)
    {
        var scope = access.ScopeFor(userId);
        if (!scope.SeesAny)
            return new StatisticsAnswer(CaseAccess.NoPermission, []);
        var period = request.Period;
        var filter = scope.Narrow(new CaseQuery { ReceivedFrom = period.From, ReceivedTo = period.To });
        // An officer's or a jurisdiction's figures say whose they are.
        var whose = scope.All ? "" : string.Join("、", scope.Units) + " ";
        var subject = whose + period.Label;
        var answer = request.Topic switch
        {
            StatisticsTopic.Units => await UnitsAsync(filter, subject, today, cancellationToken),
            StatisticsTopic.Trend => await TrendAsync(filter, subject, request, today, cancellationToken),
            StatisticsTopic.Collective => await CollectiveAsync(filter, subject, today, cancellationToken),
            StatisticsTopic.Repeat => await RepeatAsync(filter, subject, cancellationToken),
            StatisticsTopic.Categories => await KindsAsync(filter, CaseGrouping.Category, subject, "内容分类", Category, today, cancellationToken),
            StatisticsTopic.Forms => await KindsAsync(filter, CaseGrouping.Form, subject, "信访形式", k => Form(k, _words), today, cancellationToken),
            StatisticsTopic.Satisfaction => await SatisfactionAsync(filter, subject, today, cancellationToken),
            _ => await OverviewAsync(filter, subject, today, cancellationToken),
        };
        return answer with { Buttons = FollowUps(request) };
    }

    private async Task<StatisticsAnswer> OverviewAsync(CaseQuery filter, string subject, DateOnly today, CancellationToken ct)
    {
        var all = await TotalAsync(filter, today, ct);
        if (all.Total == 0)
            return Nothing(subject);
        var forms = await statistics.TallyAsync(filter, CaseGrouping.Form, today, ct);
        var categories = await statistics.TallyAsync(filter, CaseGrouping.Category, today, ct);
        var units = await statistics.TallyAsync(filter, CaseGrouping.Unit, today, ct);
        var text = new StringBuilder($"{subject}共登记 {all.Total} 件：{Counts(forms, k => Form(k, _words))}。");
        text.Append('\n').Append(Handling(all));
        text.Append('\n').Append($"反映最多：{Counts(categories.Where(c => c.Key is not null), Category, 3)}。");
        var bars = units.OrderByDescending(u => u.Total).ThenBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => new ChartPoint(u.Key ?? "", u.Total, $"{u.Total} 件")).ToList();
        return new StatisticsAnswer(text.ToString(), [], chart.Bars($"{subject} 各单位登记量", bars), "各单位登记量.png");
    }

    private async Task<StatisticsAnswer> UnitsAsync(CaseQuery filter, string subject, DateOnly today, CancellationToken ct)
    {
        var units = await statistics.TallyAsync(filter, CaseGrouping.Unit, today, ct);
        if (units.Count == 0)
            return Nothing(subject);
        var all = units.Aggregate(CaseTally.Empty(), (sum, u) => sum.Plus(u));
        var ranked = units.OrderByDescending(u => u.OverdueRate).ThenByDescending(u => u.Total).ThenBy(u => u.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder(
            $"{subject}各单位超期情况：{units.Count} 个单位共 {all.Total} 件，超期 {all.Overdue} 件，超期率 {Percent(all.OverdueRate)}。");
        foreach (var u in ranked.Take(TextLines))
            text.Append('\n').Append($"{u.Key} {Percent(u.OverdueRate)}（{u.Overdue}/{u.Total}）");
        if (ranked.Count > TextLines)
            text.Append('\n').Append($"……另有 {ranked.Count - TextLines} 个单位");
        text.Append('\n').Append(all.OnTimeRate is { } onTime
            ? $"按期办结率 {Percent(onTime)}（{all.ConcludedOnTime}/{all.Concluded}）。"
            : "这段时间还没有办结的案件。");
        var bars = ranked.Select(u => new ChartPoint(u.Key ?? "", u.OverdueRate * 100, $"{Percent(u.OverdueRate)}（{u.Overdue}/{u.Total}）")).ToList();
        var average = all.OverdueRate * 100;
        return new StatisticsAnswer(text.ToString(), [], chart.Bars($"{subject} 各单位超期率", bars, p => p.Value > average), "各单位超期率.png");
    }

    private async Task<StatisticsAnswer> TrendAsync(CaseQuery filter, string subject, StatisticsRequest request, DateOnly today, CancellationToken ct)
    {
        var days = await statistics.TallyAsync(filter, CaseGrouping.ReceivedDay, today, ct);
        var buckets = TrendBuckets.Sum(days, request.Period, request.ByMonth);
        var total = buckets.Sum(b => b.Total);
        if (total == 0)
            return Nothing(subject);
        var by = request.ByMonth ? "按月" : "按周";
        var unit = request.ByMonth ? "" : "那周";
        var most = buckets.MaxBy(b => b.Total)!;
        var least = buckets.MinBy(b => b.Total)!;
        var text = new StringBuilder($"{subject}信访量走势（{by}）：共 {total} 件，最多 {most.Label}{unit} {most.Total} 件，最少 {least.Label}{unit} {least.Total} 件。");
        if (buckets.Count >= 2)
        {
            var (previous, last) = (buckets[^2], buckets[^1]);
            var change = last.Total - previous.Total;
            text.Append('\n').Append(change == 0
                ? $"最近一{(request.ByMonth ? "个月" : "周")}与前一{(request.ByMonth ? "个月" : "周")}持平（{last.Total} 件）。"
                : $"最近一{(request.ByMonth ? "个月" : "周")} {last.Total} 件，比前一{(request.ByMonth ? "个月" : "周")}{(change > 0 ? "多" : "少")} {Math.Abs(change)} 件。");
        }
        var points = buckets.Select(b => new ChartPoint(b.Label, b.Total, $"{b.Total}")).ToList();
        return new StatisticsAnswer(text.ToString(), [], chart.Line($"{subject} 信访量走势（{by}）", points), "信访量走势.png");
    }

    /// <summary>One pass over the period by unit gives both every case and the collective ones.</summary>
    private async Task<StatisticsAnswer> CollectiveAsync(CaseQuery filter, string subject, DateOnly today, CancellationToken ct)
    {
        var units = await statistics.TallyAsync(filter, CaseGrouping.Unit, today, ct);
        var all = units.Aggregate(CaseTally.Empty(), (sum, u) => sum.Plus(u));
        if (all.Collective == 0)
            return new StatisticsAnswer(all.Total == 0 ? $"{subject}没有登记的案件。" : $"{subject}没有集体访（共登记 {all.Total} 件）。", []);
        var withCollective = units.Where(u => u.Collective > 0).OrderByDescending(u => u.Collective).ThenBy(u => u.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder($"{subject}集体访 {all.Collective} 批，占全部 {all.Total} 件的 {Percent((double)all.Collective / all.Total)}。");
        text.Append('\n').Append($"按单位：{string.Join("、", withCollective.Take(TextLines).Select(u => $"{u.Key} {u.Collective}"))}");
        text.Append(withCollective.Count > TextLines ? $"，另有 {withCollective.Count - TextLines} 个单位。" : "。");
        var bars = withCollective.Select(u => new ChartPoint(u.Key ?? "", u.Collective, $"{u.Collective} 批")).ToList();
        return new StatisticsAnswer(text.ToString(), [], chart.Bars($"{subject} 各单位集体访", bars), "各单位集体访.png");
    }

    private async Task<StatisticsAnswer> RepeatAsync(CaseQuery filter, string subject, CancellationToken ct)
    {
        var repeat = await statistics.RepeatPetitionersAsync(filter, 2, StatisticsChart.MaxBars, ct);
        if (repeat.People == 0)
            return new StatisticsAnswer($"{subject}没有重复来访的人（同一身份证号或电话来了两次及以上）。", []);
        var text = new StringBuilder($"{subject}重复来访 {repeat.People} 人（同一身份证号或电话来了两次及以上）：");
        foreach (var p in repeat.Top.Take(TextLines))
            text.Append('\n').Append($"{Who(p)} {p.Cases} 次，最近 {Day(p.LastReceived)}");
        if (repeat.People > TextLines)
            text.Append('\n').Append($"……另有 {repeat.People - TextLines} 人");
        text.Append('\n').Append("说姓名或电话可以查他们的案件。");
        var bars = repeat.Top.Select(p => new ChartPoint(Who(p), p.Cases, $"{p.Cases} 次")).ToList();
        return new StatisticsAnswer(text.ToString(), [], chart.Bars($"{subject} 重复来访次数", bars), "重复来访.png");
    }

    private async Task<StatisticsAnswer> KindsAsync(CaseQuery filter, CaseGrouping grouping, string subject, string what,
        Func<string?, string> name, DateOnly today, CancellationToken ct)
    {
        var groups = await statistics.TallyAsync(filter, grouping, today, ct);
        var total = groups.Sum(g => g.Total);
        if (total == 0)
            return Nothing(subject);
        var text = $"{subject}共登记 {total} 件，按{what}：{Counts(groups, name, TextLines + 1)}。";
        var bars = groups.OrderByDescending(g => g.Total).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ChartPoint(name(g.Key), g.Total, $"{g.Total} 件（{Percent((double)g.Total / total)}）")).ToList();
        return new StatisticsAnswer(text, [], chart.Bars($"{subject} {what}", bars), $"{what}.png");
    }

    private async Task<StatisticsAnswer> SatisfactionAsync(CaseQuery filter, string subject, DateOnly today, CancellationToken ct)
    {
        var groups = (await statistics.TallyAsync(filter, CaseGrouping.Satisfaction, today, ct)).Where(g => g.Key is not null).ToList();
        var rated = groups.Sum(g => g.Total);
        if (rated == 0)
            return new StatisticsAnswer($"{subject}还没有信访人评价过的案件。", []);
        var satisfied = groups.Where(g => g.Key is "satisfied" or "basically-satisfied").Sum(g => g.Total);
        var text = $"{subject}已评价 {rated} 件：{Counts(groups, k => Satisfaction(k, _words))}；满意率（含基本满意）{Percent((double)satisfied / rated)}。";
        var bars = groups.OrderByDescending(g => g.Total).Select(g => new ChartPoint(Satisfaction(g.Key, _words), g.Total, $"{g.Total} 件")).ToList();
        return new StatisticsAnswer(text, [], chart.Bars($"{subject} 满意度", bars, p => p.Label == Satisfaction("dissatisfied", _words)), "满意度.png");
    }

    private async Task<CaseTally> TotalAsync(CaseQuery filter, DateOnly today, CancellationToken ct) =>
        (await statistics.TallyAsync(filter, CaseGrouping.None, today, ct)).FirstOrDefault() ?? CaseTally.Empty();

    /// <summary>"集体访 6 批；办结 40 件，按期 37 件（92.5%）；超期 9 件（7.0%）。"</summary>
    private static string Handling(CaseTally all)
    {
        var parts = new List<string>();
        if (all.Collective > 0)
            parts.Add($"集体访 {all.Collective} 批");
        parts.Add(all.Concluded == 0 ? "还没有办结的" : $"办结 {all.Concluded} 件，按期 {all.ConcludedOnTime} 件（{Percent(all.OnTimeRate!.Value)}）");
        parts.Add($"超期 {all.Overdue} 件（{Percent(all.OverdueRate)}）");
        return string.Join("；", parts) + "。";
    }

    private static StatisticsAnswer Nothing(string subject) => new($"{subject}没有登记的案件。", []);

    /// <summary>A person as a statistic shows them: the masked name only.</summary>
    private static string Who(RepeatPetitioner p) => PersonalDataMask.Name(p.Name);

    /// <summary>The other views of the same period, said so the reader reads the period back.</summary>
    private static string[] FollowUps(StatisticsRequest request)
    {
        var words = request.Period.Words;
        var views = new (StatisticsTopic Topic, string Text)[]
        {
            (StatisticsTopic.Overview, $"{words}统计"),
            (StatisticsTopic.Units, $"{words}各单位超期率"),
            (StatisticsTopic.Trend, $"{words}信访量走势"),
            (StatisticsTopic.Repeat, $"{words}重复来访"),
        };
        return [.. views.Where(v => v.Topic != request.Topic).Take(3).Select(v => v.Text)];
    }
}
