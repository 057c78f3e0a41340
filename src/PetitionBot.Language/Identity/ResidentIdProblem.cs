namespace PetitionBot.Language.Identity;

/// <summary>Why an ID number was rejected; the Chinese sentence is in <see cref="ResidentIdCheck.Reason"/>.</summary>
public enum ResidentIdProblem
{
    None,
    WrongLength,
    InvalidCharacters,
    ImpossibleBirthDate,
    FutureBirthDate,
    WrongCheckDigit,
}
