namespace PetitionBot.Cases.Store;

/// <summary>No case has this number.</summary>
public sealed class CaseNotFoundException(string number) : Exception($"没有找到 {number}。")
{
    public string Number { get; } = number;
}
