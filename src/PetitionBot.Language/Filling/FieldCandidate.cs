namespace PetitionBot.Language.Filling;

/// <summary>A recognizer's offer for a field, before the extractor decides.</summary>
internal sealed record FieldCandidate(int Start, int End, object? Value, string? Error, double Confidence, bool IsAmbiguous);
