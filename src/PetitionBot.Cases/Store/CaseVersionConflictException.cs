namespace PetitionBot.Cases.Store;

/// <summary>The case changed since the caller read it; reload and decide again.</summary>
public sealed class CaseVersionConflictException(string number, long expectedVersion)
    : Exception($"{number} 刚被其他人修改过，请刷新后再操作。")
{
    public string Number { get; } = number;
    public long ExpectedVersion { get; } = expectedVersion;
}
