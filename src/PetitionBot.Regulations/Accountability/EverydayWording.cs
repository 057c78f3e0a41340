namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Restates a description in the texts' terms: each everyday phrase found adds the term it stands for, so the
/// situations (whose cues are the texts' words) match stories told without legal vocabulary.
/// </summary>
public sealed class EverydayWording(AdvisorVocabulary vocabulary)
{
    /// <summary>The description followed by the terms its everyday phrases stand for (none: the description as it was).</summary>
    public string Restate(string description)
    {
        var terms = TermsIn(description);
        return terms.Count == 0 ? description : description + "\n" + string.Join("，", terms);
    }

    public IReadOnlyList<string> TermsIn(string description)
    {
        var scanner = new PhraseScanner(description);
        return vocabulary.Everyday
            .Where(t => !scanner.Contains(t.Term))
            .Where(t => scanner.ContainsAny(t.Phrases) && (t.RequiresAny.Count == 0 || scanner.ContainsAny(t.RequiresAny)))
            .Select(t => t.Term)
            .Distinct()
            .ToList();
    }
}
