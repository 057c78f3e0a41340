namespace PetitionBot.Cases.Deadlines;

/// <summary>One time limit of one jurisdiction, with the clause that sets it.</summary>
/// <param name="Due">What is due, in Chinese (e.g. 办结, 受理告知).</param>
/// <param name="Citation">e.g. 《信访工作条例》第三十四条.</param>
public sealed record DeadlineRule(
    string Jurisdiction,
    DeadlineStep Step,
    string Due,
    TimeLimit Limit,
    ClockEvent Starts,
    DeadlineParty Party,
    string Citation);
