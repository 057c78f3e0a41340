namespace PetitionBot.Conversation.Dialogs;

/// <summary>A confirmed form. <see cref="IdempotencyKey"/> is the same when a turn is re-run, so a retry never files twice.</summary>
public sealed record FormSubmission(string FormId, IReadOnlyDictionary<string, FieldValue> Values, string IdempotencyKey);
