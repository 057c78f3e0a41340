using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Http.Wire;

/// <summary>The wire's ActivitySet; the watermark is a string, as the spec says.</summary>
public sealed class ActivitySet
{
    public IReadOnlyList<Activity> Activities { get; set; } = [];

    public string? Watermark { get; set; }
}
