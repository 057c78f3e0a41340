using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Store;

/// <summary>One change in a case's history: the version it produced, who, when, why and the command itself.</summary>
/// <param name="Kind">The command's stored name (register, accept …).</param>
/// <param name="Label">The step in Chinese (登记, 受理 …).</param>
public sealed record CaseEvent(
    string CaseNumber,
    long Version,
    string Kind,
    string Label,
    Actor By,
    DateTimeOffset At,
    string? Why,
    CaseCommand Command);
