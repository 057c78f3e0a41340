namespace PetitionBot.Language.Text;

/// <summary>
/// What kinds of characters a folded text holds, read in one pass, so that recognizers that need
/// a digit or a Latin letter are not run on texts that have none.
/// </summary>
internal readonly record struct CharacterClasses(bool Digit, bool AsciiDigit, bool AsciiLetter)
{
    public static CharacterClasses Of(string folded)
    {
        bool digit = false, asciiDigit = false, asciiLetter = false;
        foreach (var c in folded)
        {
            // char.IsDigit is the regex class \d: any decimal digit, not only 0–9.
            digit |= char.IsDigit(c);
            asciiDigit |= char.IsAsciiDigit(c);
            asciiLetter |= char.IsAsciiLetter(c);
        }
        return new CharacterClasses(digit, asciiDigit, asciiLetter);
    }
}
