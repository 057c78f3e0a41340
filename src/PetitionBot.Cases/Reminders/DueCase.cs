using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Reminders;

/// <summary>An open case's next due step, read from the indexed columns alone (no case document).</summary>
public sealed record DueCase(
    string Number,
    DeadlineStep Step,
    DateOnly DueDate,
    string RegisteringUnit,
    string? ResponsibleUnit,
    string? HandlingOfficer);
