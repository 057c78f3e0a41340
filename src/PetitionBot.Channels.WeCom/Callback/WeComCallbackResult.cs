using System.Diagnostics.CodeAnalysis;

namespace PetitionBot.Channels.WeCom.Callback;

/// <summary>A callback's content, or why it was refused.</summary>
public readonly record struct WeComCallbackResult<T>(T? Value, WeComCallbackRejection? Rejection) where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool Accepted => Rejection is null && Value is not null;

    public static implicit operator WeComCallbackResult<T>(T value) => new(value, null);
    public static implicit operator WeComCallbackResult<T>(WeComCallbackRejection rejection) => new(null, rejection);
}
