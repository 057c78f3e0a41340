namespace PetitionBot.Regulations.Accountability;

/// <summary>What is known about the case so far; kept in conversation state between turns so nothing is asked twice.</summary>
public sealed record AccountabilityFacts
{
    /// <summary>Document whose rules apply (after any fallback); null until known.</summary>
    public string? Document { get; init; }

    /// <summary>A second loaded document the user named (the place, when they chose other rules), for the 适用 line.</summary>
    public string? OtherDocument { get; init; }

    /// <summary>No place was named (nor set in the user's profile): the national rules, which apply everywhere, were taken.</summary>
    public bool JurisdictionAssumed { get; init; }

    /// <summary>A jurisdiction with no loaded document (北京 …): national rules apply.</summary>
    public string? UnloadedJurisdiction { get; init; }

    /// <summary>The user's own description so far (answers to questions excluded), matched against each document's situations.</summary>
    public string Description { get; init; } = "";

    /// <summary>Situation ids offered as choices when the description matched none; a tap or its number picks one.</summary>
    public IReadOnlyList<string> Offered { get; init; } = [];

    /// <summary>Situation id the user chose from the offered items (see <see cref="SituationRule.Id"/>).</summary>
    public string? Situation { get; init; }

    public Severity Severity { get; init; }
    public Subject Subject { get; init; }
    public PriorMeasure Prior { get; init; }

    /// <summary>After the prior measure: true rectified in time, false not, null unknown.</summary>
    public bool? Rectified { get; init; }

    public bool GroupDecision { get; init; }
    public bool Objection { get; init; }
    public bool PersonalDecision { get; init; }
    public bool Violation { get; init; }
    public bool Crime { get; init; }

    /// <summary>The user asks about rights and deadlines after a decision (不服、申诉).</summary>
    public bool AsksAppeal { get; init; }

    /// <summary>The user asks who bears which responsibility (主要领导责任, 不承担领导责任 …).</summary>
    public bool AsksResponsibility { get; init; }

    /// <summary>The user asks whether measures may be combined (同时给诫勉和纪律处分).</summary>
    public bool AsksCombine { get; init; }

    /// <summary>The user asks who proposes or decides, along with the measure (a question of that alone is procedural).</summary>
    public bool AsksWhoDecides { get; init; }

    /// <summary>The matter lies years back or the person has moved on (调走, 离任, 几年前).</summary>
    public bool TimePassed { get; init; }

    /// <summary>The user asks whether the case can still be pursued (还能追责吗), as when time has passed.</summary>
    public bool AsksStillPursued { get; init; }

    /// <summary>The user asks about procedure (deadline, appeal, who decides) and not which measure applies.</summary>
    public bool AsksProcedure { get; init; }

    /// <summary>The question the advisor is waiting on, if any.</summary>
    public QuestionKind? Pending { get; init; }

    /// <summary>Facts from <paramref name="newer"/> where it has them, these where it does not.</summary>
    public AccountabilityFacts Merge(AccountabilityFacts newer) => new()
    {
        Description = Description,
        Offered = newer.Offered.Count > 0 ? newer.Offered : Offered,
        Document = newer.Document ?? Document,
        OtherDocument = newer.Document is not null ? newer.OtherDocument : OtherDocument,
        UnloadedJurisdiction = newer.Document is not null ? newer.UnloadedJurisdiction : UnloadedJurisdiction,
        JurisdictionAssumed = newer.Document is null && JurisdictionAssumed,
        Situation = newer.Situation ?? Situation,
        Severity = newer.Severity != Severity.Unknown ? newer.Severity : Severity,
        Subject = newer.Subject != Subject.Unknown ? newer.Subject : Subject,
        Prior = newer.Prior != PriorMeasure.None ? newer.Prior : Prior,
        Rectified = newer.Rectified ?? Rectified,
        GroupDecision = GroupDecision || newer.GroupDecision,
        Objection = Objection || newer.Objection,
        PersonalDecision = PersonalDecision || newer.PersonalDecision,
        Violation = Violation || newer.Violation,
        Crime = Crime || newer.Crime,
        AsksAppeal = AsksAppeal || newer.AsksAppeal,
        AsksResponsibility = AsksResponsibility || newer.AsksResponsibility,
        AsksProcedure = AsksProcedure,
        AsksCombine = AsksCombine || newer.AsksCombine,
        AsksWhoDecides = AsksWhoDecides || newer.AsksWhoDecides,
        TimePassed = TimePassed || newer.TimePassed,
        AsksStillPursued = AsksStillPursued || newer.AsksStillPursued,
        Pending = newer.Pending,
    };
}
