using System.Text.Json;

namespace PetitionBot.Conversation.State;

/// <summary>One document to store and the condition under which it may be stored.</summary>
public sealed class StateWrite
{
    /// <summary>
    /// A write with the Bot Framework ETag rules: null or "*" overwrite unconditionally,
    /// any other value must equal the stored ETag, an empty string is rejected.
    /// </summary>
    public StateWrite(ReadOnlyMemory<byte> json, string? expectedETag = null)
        : this(json, ConditionOf(expectedETag), expectedETag is "*" ? null : expectedETag)
    {
    }

    private StateWrite(ReadOnlyMemory<byte> json, StateWriteCondition condition, string? expectedETag)
    {
        EnsureSingleJsonValue(json.Span);
        Json = json;
        Condition = condition;
        ExpectedETag = expectedETag;
    }

    public ReadOnlyMemory<byte> Json { get; }

    public StateWriteCondition Condition { get; }

    /// <summary>The ETag the stored item must have; set only when <see cref="Condition"/> is IfMatch.</summary>
    public string? ExpectedETag { get; }

    public static StateWrite Always(ReadOnlyMemory<byte> json) => new(json, StateWriteCondition.Always, null);

    public static StateWrite IfMatch(ReadOnlyMemory<byte> json, string expectedETag)
    {
        ArgumentException.ThrowIfNullOrEmpty(expectedETag);
        return new(json, StateWriteCondition.IfMatch, expectedETag);
    }

    public static StateWrite IfAbsent(ReadOnlyMemory<byte> json) => new(json, StateWriteCondition.IfAbsent, null);

    /// <summary>The compare-and-set write after a read: must still match what was read, or still be absent.</summary>
    public static StateWrite Replacing(StateItem? read, ReadOnlyMemory<byte> json) =>
        read is null ? IfAbsent(json) : IfMatch(json, read.ETag);

    public static StateWrite Serialize<T>(T value, StateItem? read, JsonSerializerOptions? options = null) =>
        Replacing(read, JsonSerializer.SerializeToUtf8Bytes(value, options));

    private static StateWriteCondition ConditionOf(string? expectedETag) => expectedETag switch
    {
        null or "*" => StateWriteCondition.Always,
        "" => throw new ArgumentException("An ETag must not be empty; use null or \"*\" to overwrite unconditionally.", nameof(expectedETag)),
        _ => StateWriteCondition.IfMatch,
    };

    private static void EnsureSingleJsonValue(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException("State must be one UTF-8 JSON document.", nameof(json), e);
        }
    }
}
