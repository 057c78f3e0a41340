using System.Text.Json.Serialization;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Lifecycle;

/// <summary>
/// A change to a case: who asks for it, when, and why. Stored as the payload of the case's event,
/// so the type discriminator names are part of the stored format — do not rename them.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(RegisterCase), "register")]
[JsonDerivedType(typeof(TransferCase), "transfer")]
[JsonDerivedType(typeof(AcceptCase), "accept")]
[JsonDerivedType(typeof(RejectCase), "reject")]
[JsonDerivedType(typeof(AssignOfficer), "assign-officer")]
[JsonDerivedType(typeof(ExtendCase), "extend")]
[JsonDerivedType(typeof(ConcludeCase), "conclude")]
[JsonDerivedType(typeof(DeliverReply), "deliver-reply")]
[JsonDerivedType(typeof(EvaluateCase), "evaluate")]
[JsonDerivedType(typeof(RequestReview), "request-review")]
[JsonDerivedType(typeof(DecideReview), "decide-review")]
[JsonDerivedType(typeof(RequestReReview), "request-re-review")]
[JsonDerivedType(typeof(RecordHearing), "record-hearing")]
[JsonDerivedType(typeof(DecideReReview), "decide-re-review")]
[JsonDerivedType(typeof(CloseCase), "close")]
[JsonDerivedType(typeof(AddProgressNote), "progress-note")]
public abstract record CaseCommand
{
    public required Actor By { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? Why { get; init; }

    /// <summary>
    /// Names the request that sent the command (e.g. the chat activity). The store keeps it unique, so a request run
    /// twice gets the result of its first run instead of a second change. Stored beside the event, not in its payload.
    /// </summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    /// <summary>What the event is called in the case history, in Chinese (e.g. 受理).</summary>
    [JsonIgnore]
    public abstract string Label { get; }
}
