namespace PetitionBot.Language.Intents;

public enum EntityKind
{
    CaseNumber,
    QueryCode,
    Phone,
    IdNumber,
    Date,
    Jurisdiction,
    Article,
}
