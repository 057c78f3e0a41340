using System.Text;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Language.Masking;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Cases;

/// <summary>
/// One case on a phone screen: what and where, who (masked), status with its date, the next due date with the
/// article, and who handles it.
/// </summary>
public sealed class CaseCard(ICaseStore store, CaseDeadlines deadlines, IPersonNames names)
{
    public async Task<string> WriteAsync(PetitionCase c, DateOnly today, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(" · ", new[] { c.Number, c.Category, c.ProblemLocation }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(InertText.Of)));
        text.AppendLine($"信访人：{Petitioners(c)}");
        text.AppendLine($"状态：{CaseStatusText.Describe(c)}");
        if (deadlines.NextDue(c, today) is { } due)
            text.AppendLine(CaseDueText.Line(due));
        if (c.Status == CaseStatus.NotAccepted && c.NotAcceptedReason is { } reason)
            text.AppendLine($"不予受理：{PersonalDataMask.Text(InertText.Of(reason))}");
        var unit = c.ResponsibleUnit ?? c.RegisteringUnit;
        var officer = await OfficerNameAsync(c, cancellationToken);
        // Units, names and reasons were typed by people: shown as typed, never rendered as links or markup.
        text.Append($"承办：{InertText.Of(unit)}{(officer is null ? "" : " " + InertText.Of(officer))}");
        return text.ToString();
    }

    /// <summary>王* 138****5678 · 6人（集体访）</summary>
    public static string Petitioners(PetitionCase c)
    {
        var first = c.Petitioners.FirstOrDefault();
        var who = first is null ? "" : PersonalDataMask.Name(first.Name) + (first.Phone is { } phone ? " " + PersonalDataMask.Phone(phone) : "");
        if (c.Petitioners.Count > 1)
            who += $"等{c.Petitioners.Count}人";
        return c.IsCollective ? $"{who} · {c.PeopleCount}人（集体访）" : who;
    }

    /// <summary>The handling officer's display name (the case keeps only the id): from the user directory, else as they signed their own steps.</summary>
    private async Task<string?> OfficerNameAsync(PetitionCase c, CancellationToken cancellationToken)
    {
        if (c.HandlingOfficer is not { } officer)
            return null;
        if (names.NameOf(officer) is { } known)
            return known;
        var history = await store.HistoryAsync(c.Number, cancellationToken);
        return history.Select(e => e.By).LastOrDefault(by => by.Id == officer)?.Name ?? officer;
    }
}
