namespace PetitionBot.Cases.Store;

/// <summary>How many cases a list has, and how many of them are overdue (next due date before today: red).</summary>
public readonly record struct CaseCounts(int Total, int Overdue);
