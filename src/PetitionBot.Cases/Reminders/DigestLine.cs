using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Reminders;

/// <summary>One case in a digest.</summary>
/// <param name="Due">What is due, in Chinese (办结, 受理告知 …).</param>
/// <param name="IsNew">It turned this colour while reminders were held (rest day) and is reported here first.</param>
public sealed record DigestLine(string CaseNumber, string Due, DateOnly DueDate, DeadlineColour Colour, int DaysOverdue, int WorkingDaysLeft, bool IsNew);
