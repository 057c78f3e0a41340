using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Lifecycle;

/// <summary>A case's next due step as seen on a given day: what, by when, under which clause, and its colour.</summary>
/// <param name="Due">What is due, in Chinese (办结, 受理告知 …).</param>
/// <param name="DaysOverdue">Calendar days past the due date; 0 unless red.</param>
public sealed record NextDue(
    DeadlineStep Step,
    string Due,
    DateOnly Date,
    bool IsProvisional,
    string? ProvisionalNote,
    string Citation,
    DeadlineParty Party,
    DeadlineColour Colour,
    int WorkingDaysLeft,
    int DaysOverdue);
