using PetitionBot.Cases.Model;

namespace PetitionBot.Chat.CaseActions;

/// <summary>What a one-line command or a guided form says about an action, beyond which case and which step.</summary>
public sealed record CaseActionDetails
{
    /// <summary>The free words left: reason, unit, note or summary, depending on the step.</summary>
    public string? Text { get; init; }

    /// <summary>不予受理: the legal route told to the petitioner, when given apart from the reason.</summary>
    public string? Route { get; init; }

    public int? Days { get; init; }
    public string? Approver { get; init; }
    public HandlingOpinion? Opinion { get; init; }
    public Satisfaction? Satisfaction { get; init; }

    /// <summary>The day the step happened, when the message names one; otherwise today.</summary>
    public DateOnly? On { get; init; }

    /// <summary>Placeholders for whatever is missing, to ask the lifecycle whether the step is allowed at all.</summary>
    public CaseActionDetails Probe() => this with
    {
        Text = string.IsNullOrWhiteSpace(Text) ? "—" : Text,
        Days = Days ?? 1,
        Approver = string.IsNullOrWhiteSpace(Approver) ? "—" : Approver,
        Opinion = Opinion ?? HandlingOpinion.Support,
        Satisfaction = Satisfaction ?? PetitionBot.Cases.Model.Satisfaction.Satisfied,
    };
}
