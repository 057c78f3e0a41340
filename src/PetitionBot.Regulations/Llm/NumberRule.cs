namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Every number in the sentence — a time limit, a count, a date, an amount, in Arabic or Chinese numerals — is in
/// the cited clause with the same unit (15日 and 十五天 agree; 60日 and 15日, or 15日 and 15个工作日, do not).
/// </summary>
public sealed class NumberRule(GuardVocabulary vocabulary) : IGuardRule
{
    public string Name => "number";

    public string? Violation(AnswerSentence sentence, CitedSource source)
    {
        var known = Quantities.In(source.Normal, vocabulary);
        foreach (var (value, unit) in Quantities.In(NormalForm.Of(sentence.Text, vocabulary), vocabulary))
        {
            var found = unit.Length == 0 ? known.Any(k => k.Value == value) : known.Contains((value, unit));
            if (!found) return value + unit;
        }
        return null;
    }
}
