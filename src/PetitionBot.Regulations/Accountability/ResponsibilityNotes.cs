namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Which of a document's responsibility rules fit the facts: a decision taken by one member alone, a collective
/// decision, a recorded objection, or — when none of those is told — the split between the officer who did the work
/// and the leaders above.
/// </summary>
public static class ResponsibilityNotes
{
    public static IReadOnlyList<RuleNote> For(DocumentRules document, AccountabilityFacts facts)
    {
        var notes = new List<RuleNote>();
        if (facts.PersonalDecision)
            notes.AddRange(document.NotesOf("split-personal-decision").DefaultIfEmpty(document.NotesOf("split-individual").FirstOrDefault()).OfType<RuleNote>());
        else if (facts.GroupDecision)
            notes.AddRange(document.NotesOf("split-collective"));
        if (facts.Objection)
            notes.AddRange(document.NotesOf("split-objection"));
        if (notes.Count == 0 && facts.AsksResponsibility)
            notes.AddRange(document.NotesOf("split-individual"));
        return notes;
    }
}
