namespace PetitionBot.Language.Intents;

/// <summary>Something concrete found in the utterance, in canonical form (XF-2026-000123, 2026-03-17, hunan).</summary>
public sealed record IntentEntity(EntityKind Kind, string Value, TextSpan Span);
