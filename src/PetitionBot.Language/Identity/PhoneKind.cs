namespace PetitionBot.Language.Identity;

public enum PhoneKind
{
    Mobile,
    Landline,
}
