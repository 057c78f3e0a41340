namespace PetitionBot.Language.Intents;

/// <summary>信访形式 named in a logging request (登记来信 → Letter).</summary>
public enum PetitionChannel
{
    Visit,
    Letter,
    Call,
    Online,
}
