namespace PetitionBot.Language.Intents;

public readonly record struct IntentScore(Intent Intent, double Score);
